"""corpus9 part f: business owners, associations, landlords, estate agents and
tradespeople. Many hard negatives: invoice/customer/order numbers, concluded
trades, company matters, rentals, opening hours."""
from common import M

M("", """
Restaurant Bella Vista ApS
CVR 38294716

Vi ansøger hermed om tilladelse til udeservering på fortovet foran Ishøj Torv 8
fra 1. april til 30. september, 6 borde og 24 stole. Tegning vedlagt.

Med venlig hilsen
Giuseppe Romano, indehaver
""")

M("p", """
EDC Ishøj
Til Byggesagsafdelingen

Vi har sat Pilegården 12 til salg for ejerne, og en køber har afgivet bud betinget af
en gennemgang af byggesagen. Vi mangler oplysninger om, hvorvidt udestuen fra 2011
er godkendt. Vi beder om aktindsigt i byggesagen hurtigst muligt.

Med venlig hilsen
Lasse Bøgh, ejendomsmægler
""")

M("", """
Kontorhuset A/S

Faktura nr. 1807240063 vedr. levering af kontorartikler til rådhuset er endnu ikke
betalt. Forfaldsdato var 18.08. Vi beder om snarlig indbetaling på reg.nr. 9570
kontonr. 0012345678.

Med venlig hilsen
Debitorafdelingen
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg er privat udlejer af en lejlighed på Ishøj Strandvej. Lejer i stuelejligheden,
Jannik Bro, skylder nu fire måneders husleje, og jeg har indledt en sag om
ophævelse. Jeg ved, at han har fået boligstøtte. Kan støtten udbetales direkte til
mig, så restancen ikke vokser?

Venlig hilsen
Steen Bagger
""")

M("", """
Ishøj Handelsstandsforening

Vi ønsker igen i år at sætte et juletræ op på Ishøj Torv og tænde det den første
søndag i advent. Kan kommunen hjælpe med strøm og afspærring?

Med venlig hilsen
Bestyrelsen
""")

M("", """
Home Ishøj

Handlen om Strandgårdsvej 33 er endeligt afsluttet, og køber overtager den 1. maj.
Vi beder om, at affaldsordning og ejendomsskat overflyttes til den nye ejer.

Mvh Rikke Holmgren, ejendomsmægler
""")

M("", """
Ishøj Kirkes kontor

Vi beder om, at kommunens kalender opdateres med julens gudstjenester: juleaften
kl. 14.00, 15.30 og 16.45, juledag kl. 10.30 og 2. juledag kl. 10.30. Der er
kirkebil fra Vejleåparken til alle gudstjenester juleaften.
""")

M("", """
Maler Ib Nielsen ApS

Vi vil gerne byde på kommunens udbud af indvendig maling af skolerne. Vi følger
overenskomsten mellem Danske Malermestre og Malerforbundet og har 12 ansatte. Hvor
finder vi udbudsmaterialet?

Venlig hilsen
Ib Nielsen
""")

M("p", """
Til Byudvikling og Natur

Som ejer af Tømrerfirma Jensen overvejer jeg at købe nabogrunden til værkstedet på
Industrivej 40. Sælger og jeg er enige om prisen, men vi mangler kommunens svar på,
om jeg må bygge en lagerhal der, før vi skriver under.

Med venlig hilsen
Kim Jensen
""")

M("", """
Kiosk 24/7, Ishøj Bycenter

Hvornår må vi begynde at sælge fyrværkeri i år, og skal vi have en særlig
tilladelse fra kommunen eller kun fra beredskabet?
""")

M("e", """
Ishøj Bokseklub

Vi søger om ekstra tilskud til kontingent for børn fra familier med dårlig
økonomi. Konkret har vi to drenge, Ali og Mikkel fra 6. klasse, hvis familier er
på kontanthjælp og ikke længere kan betale de 300 kr. om måneden. Vi vil nødigt
miste dem.

Med venlig hilsen
Kenneth Olsen, formand
""")

M("", """
Kundenummer 2512801145

Vi er flyttet med vores kontor fra Industrivej 4 til Industrivej 22 og ønsker ny
adresse på vandregningen.

Mvh Alfa Rengøring ApS
""")

M("h", """
Til Center for Beskæftigelse og Erhverv

Jeg driver frisørsalonen på Ishøj Torv og er sygemeldt efter en diskusprolaps i
lænden. Kan jeg få lov at lade en kollega overtage min standplads på markedsdagene
midlertidigt, uden at jeg mister pladsen?

Mvh Dorthe Winkel
""")

M("", """
Klinik Ishøj Fysioterapi

Vi har en ledig stilling som fysioterapeut og sygeplejerske i vores private klinik.
Må vi hænge en plakat op på biblioteket og i Sundhedshuset?
""")

M("", """
Ishøj Erhvervsråd

Hvilke fagforeninger og a-kasser har tilmeldt sig erhvervsmessen i hallen den 4.
oktober? Vi skal lave standoversigten.
""")

M("p", """
Andelsboligforeningen Strandhaven

Et medlem, Hanne Thorsen, ønsker at sælge sin andel, og bestyrelsen har fundet en
køber på den interne venteliste. Inden overdragelsen kan godkendes, skal vi bruge
kommunens udtalelse om de ombyggede altaner. Vi beder om svar inden 1. juni.

Med venlig hilsen
Bestyrelsen v/ Jens Kure
""")

M("", """
Byg & Renovering ApS

Vi søger byggetilladelse til en tilbygning på Torslundevej 17 for bygherren. Jeres
sagsnr. er 2024-018734. Hvornår kan vi forvente svar?
""")

M("b", """
Kære formand for Erhvervsudvalget

Jeg er selvstændig og medlem af Liberal Alliance, og jeg synes, det er vanvittigt,
at kommunen indfører betalingsparkering ved butikkerne på Ishøj Torv. I jager
kunderne til Waves og Fields.

Mvh Mikael Storm, Storm Cykler
""")

M("", """
Ishøj Golfklub meddeler, at caféen fremover har åbent kl. 8–18 alle dage i
sæsonen. Vi beder om, at det rettes i kommunens foreningsoversigt.
""")

M("s", """
Kære Erhvervsudvalg

Vi er en lille café på Ishøj Strandvej, som min mand Mikkel og jeg har drevet i
fem år. Vi vil gerne søge om lov til at stille tre borde ud mod stranden i
sommerhalvåret.

Med venlig hilsen
Jonas Vang, Café Havblik
""")

M("", """
Til Byggesagsafdelingen

Vi udlejer lejligheden på Ishøj Strandvej 77, 2. th., til en ny lejer fra 1. august
og vil høre, om der stilles krav om nyt energimærke ved genudlejning.

Mvh Ishøj Ejendomsadministration
""")

M("t", """
Hej

Jeg er tømrer, oprindeligt fra Litauen, og har mit eget firma i Ishøj. En kunde på
Tranegildevej har i to måneder nægtet at betale og skriver i sms'er, at jeg er en
"østeuropæisk svindler". Kan kommunen gøre noget, når det er en privat kunde?

Mvh Tomas Kazlauskas
""")

M("", """
Ishøj Pensionistforening

Vi holder banko hver tirsdag kl. 13 i Ishøj Landsby Forsamlingshus. Kan kommunen
skrive det i seniorbladet?
""")

M("e", """
Ejendomsselskabet Vejlebro

Vedr. lejer Marianne Lykke, [[160372-0846]], som har søgt boligstøtte. Vi har nu
udfyldt huslejeoplysningerne på skemaet og sender det hermed.

Mvh Udlejningen
""")

M("", """
Ishøj Trælast vil gerne sponsorere T-shirts til Kræftens Bekæmpelses stafet for
livet i Ishøj Strandpark. Hvem i kommunen står for arrangementet?
""")

M("", """
Grundejerforeningen Ishøj Nord

Bestyrelsen ønsker vejbump på Nordvej, hvor der køres alt for stærkt. Vi har 140
husstande bag forslaget.
""")

M("p", """
Danbolig Ishøj

Vi har fået opdraget at sælge dødsboet efter Erna Klit, Fasanvej 3. Arvingerne
ønsker at vide, om der er tinglyst byggelinje mod vejen, inden vi laver
salgsopstillingen.

Mvh Camilla Friis, ejendomsmægler
""")

M("", """
Tandlægerne Ishøj Torv

Vi har pr. 1. marts overtaget praksis fra tandlæge Hviid, og handlen er endelig. Vi
beder om, at kommunens liste over tandlæger til børneklinikken opdateres.
""")

M("u", """
Hej

Som selvstændig VVS'er har jeg stadig mit medlemskab af Blik- og
Rørarbejderforbundet fra min tid som svend, og jeg er med i deres udvalg for
lærlinge. Vi vil gerne lave et informationsmøde for elever i 9. klasse. Kan vi
komme ud på skolerne?

Mvh Henrik Bay
""")

M("", """
Ordrenr. 0209211187: Leveringen af 40 stole til Ishøj Bibliotek er desværre
forsinket to uger. Vi beklager.
Mvh Møbelhuset Kontor A/S
""")

M("", """
Ishøj Svømmeklub

Vores cheftræner, Kenneth Borg, stopper til sommer efter 12 år. Må vi slå
stillingen op på kommunens foreningsportal, og kan hallens ledelse være fleksibel
med træningstiderne, indtil vi har fundet en afløser?

Med venlig hilsen
bestyrelsen
""")

M("", """
Til Byggesagsafdelingen

Hvad er reglerne for at opsætte en luft-til-vand-varmepumpe i en udlejningsejendom
med seks lejemål? Skal lejerne høres?
""")

M("b", """
Til Kultur- og Fritidsudvalget

Jeg er formand for Alternativets lokalforening i Ishøj og vil gerne booke den
store sal i Kulturhuset til et borgermøde om grøn omstilling den 9. september.

Mvh Ida Kristiansen
""")

M("", """
Hvidt & Rent ApS

Vi er en rengøringsvirksomhed med 30 ansatte. Hvordan får vi adgang til kommunens
udbudsportal?
""")

M("pe", """
Nybolig Ishøj

Sælgeren af Ishøj Søvej 18 er under gældssanering, og skifteretten skal derfor
godkende salget, før købsaftalen bliver endelig. Køber spørger til forsinkelsen.
Kan kommunen bekræfte, at der ikke er restancer på ejendommen?
""")

M("", """
Ishøj Tøjbutik

Vi vil gerne hænge regnbueflag op i butikken til Pride i juni. Hvornår er Pride-
optoget i år, og må man hænge flag ud over fortovet?
""")

M("", """
Asia Kitchen Ishøj

Vi driver en asiatisk restaurant og søger tilladelse til et nyt lysskilt over
døren. Skiltet er 2 x 0,5 meter.
""")

M("t", """
Til Center for Borger, Økonomi og IT

Vores lejer i nr. 3, hr. Malik, en ældre pakistansk mand, forstår ikke de breve om
varmeregnskab, han får. Han bad mig spørge, om kommunen har en tolk på urdu, der
kan forklare det.

Venlig hilsen
Kirsten Falk, udlejer
""")

M("", """
Ishøj Bridgeklub søger lokale til 20 spillere mandag aften. Har I noget ledigt i
medborgerhuset fra september?
""")

M("h", """
Hej

Jeg ejer kiosken ved Ishøj Station og blev udsat for et røveri i februar. Siden har
jeg haft PTSD og kan ikke stå bag disken om aftenen. Kan kommunen hjælpe med
bedre belysning og kameraer, så jeg tør åbne igen?

Mvh Ali Rezai
""")

M("", """
Forsamlingshuset Torslunde

Vi søger tilskud til nyt tag. Tilskuddet bedes indbetalt på reg.nr. 5301 konto
0712345688. Ansøgningsskema vedlagt.
""")

M("s", """
Ishøj Hundepension

Hundepensionen drives af undertegnede og min kone Bente. Vi vil gerne udvide
med et ekstra løbegård og spørger, om det kræver landzonetilladelse.

Mvh Lone Berg
""")

M("", """
Nybolig Ishøj

Hvornår forventes den nye lokalplan for Ishøj Strand vedtaget? Vi får mange
spørgsmål fra mulige købere i området.
""")

M("p", """
Til Byudvikling og Natur

Som ejer af landbrugsjorden ved Tranegilde har jeg modtaget et bud fra et
solcelleselskab på 14 hektar. Inden jeg accepterer, vil jeg vide, om kommunen
overhovedet vil give tilladelse til solceller i området.

Mvh Jens Peder Houmann
""")

M("", """
Vikarbureauet Staffit

Vi vil gerne samarbejde med Jobcentret om at formidle ledige til lagerjob. Hvem
skal vi kontakte?
""")

M("hu", """
Til Center for Beskæftigelse og Erhverv

Min ansatte, Dennis Kofoed, er kommet til skade med knæet på en byggeplads. Han er
medlem af Det Faglige Hus, som har bedt os om at spørge kommunen, om han kan komme
i et delvist raskmeldingsforløb.

Mvh Tækkefirma Dahl
""")

M("", """
Vi ønsker at blive registreret som leverandør. P-nummer 1021584733, CVR 41928374,
EAN 5790002345678.
Mvh Ishøj VVS & Blik
""")

M("b", """
Hej

Jeg driver guldsmedebutikken på Ishøj Torv og er praktiserende hindu. Jeg vil
gerne holde lukket under Diwali og spørger, om det går ud over min aftale om
standplads på torvet.

Mvh Ravi Sharma
""")

M("", """
Tranegilde Landbrug

Vi vil høre om de gældende regler for udbringning af gylle nær boligområder.
Hvor langt skal vi holde os fra nærmeste hus?
""")

M("t", """
Hej

Som chilensk indvandrer, der kom hertil i 1975, har jeg drevet mit lille
byggefirma i Ishøj i 30 år. Jeg vil foreslå, at kommunen laver et netværk for
iværksættere med anden baggrund end dansk.

Mvh Ricardo Fuentes
""")

M("", """
Lejekontrakt for erhvervslejemål Industrivej 12 udløber 31. december. Vi ønsker
forlængelse med fem år på uændrede vilkår.
Mvh Ishøj Auto
""")

M("e", """
Jeg er selvstændig frisør og har fået en restskat på 85.000 kr., som jeg ikke kan
betale. Kan kommunen hjælpe med en afdragsordning eller rådgivning?
Bodil Hjort [[2811670512]]
""")

M("", """
Ishøj Erhvervsråd takker for jeres deltagelse i morgenmødet om grøn omstilling.
Præsentationen er vedhæftet.
""")

M("p", """
Kolonihaveforeningen Vejlebro

Et medlem, Ole Stubbe, vil sælge sit havehus for 180.000 kr., hvilket er over
vurderingen. Køberen har sagt ja, men bestyrelsen vil ikke godkende overdragelsen.
Kan kommunen som ejer af jorden afgøre sagen?

Mvh Bestyrelsen
""")

M("p", """
Projektudvikler Nordhavn Bolig A/S

Vi er i forhandling med ejerne af tre parcelhuse på Vildtbanevej om køb med
henblik på tæt-lav bebyggelse. Ingen aftaler er underskrevet. Vi ønsker et
uforpligtende møde om en mulig lokalplan.
""")

M("u", """
Hej

Jeg er leder af en privat børnehave og medlem af Lederne. Vi vil gerne deltage i
kommunens netværk for dagtilbudsledere. Er der plads til private?

Mvh Susanne Kjeldgaard
""")

M("", """
Ishøj Tandklinik

Jeres regning nr. 0311241187 er betalt to gange. Vi beder om at få det ene beløb
tilbageført.
""")

M("u", """
Hej

Jeg ejer en lille tegnestue og er stadig medlem af Arkitektforbundet. Jeg vil gerne
vide, om kommunen bruger lokale rådgivere ved mindre byggeprojekter.

Mvh Anders Kold
""")

M("s", """
Bed & Breakfast Strandlyst

Min mand Søren og jeg driver et lille B&B på Ishøj Strandvej. Vi vil gerne sætte et
skilt op ved vejen. Kræver det tilladelse?

Mvh Michael Holst
""")

M("", """
Til Erhvervsservice

Vi har lige købt kiosken på Ishøj Station, og handlen blev afsluttet i sidste uge.
Skal vi søge ny alkoholbevilling, eller overgår den gamle?

Mvh Jamal og Sana Haddad
""")

M("e", """
Ishøj Ejendomsadministration

Vores lejer i nr. 14, Brian Dam, er blevet løsladt fra fængslet og vil gerne flytte
tilbage i sin lejlighed, men lejeaftalen er ophævet. Kan kommunen anvise ham en
anden bolig?
""")
