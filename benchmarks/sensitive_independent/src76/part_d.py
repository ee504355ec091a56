"""corpus76 part D: lawyers, union representatives and bisiddere writing for others."""
from common import M

M("heu", """
Til Jobcenter Ishøj, Sygedagpengeteamet

Vedr. vores medlem Lars Henning Mikkelsen, cpr. [[120471-1359]]

Jeg skriver som faglig konsulent i 3F Køge Bugt på vegne af vores medlem, som har
givet fuldmagt. Lars faldt ned fra et stillads i maj og brækkede hælbenet. Han har
modtaget sygedagpenge siden, men fik den 2. oktober besked om, at udbetalingen stopper
efter revurderingen. Der er ikke indhentet udtalelse fra hans ortopædkirurg, og
arbejdsskadesagen er endnu ikke afgjort.

Vi anmoder om, at afgørelsen genoptages, og at han indkaldes til en samtale med
bisidder fra 3F.

Med venlig hilsen
Marianne Skov
Faglig konsulent, 3F Køge Bugt
""")

M("e", """
Til Center for Børn og Forebyggelse

Advokat Henriette Lund, på vegne af Kristina Møller

Min klient klager over Børn og Unge-udvalgets afgørelse af 17. september om fortsat
anbringelse af hendes to døtre uden samtykke. Klagen sendes hermed, så kommunen kan
sende sagen til Ankestyrelsen sammen med sagens akter inden for fristen.

Jeg vedlægger fuldmagt og beder om at blive orienteret om alle møder i sagen.

Med venlig hilsen
Henriette Lund, advokat (L)
""")

M("eu", """
Kære borgmester

Jeg er FOA-tillidsrepræsentant i hjemmeplejen Nord og skriver til dig, fordi en af
mine kolleger er blevet afskediget efter 22 års ansættelse, mens hun var i gang med et
forløb om nedsat tid. Hun går nu ledig. Jeg ved godt at du ikke kan blande dig i
personalesager, men jeg vil have, at du ved hvordan det foregår.

Med venlig hilsen
Gitte Hald
""")

M("et", """
Til Ishøj Kommune, Integrationsteamet

Vedr.: Ahmad Al-Hamwi, cpr.nr. [[010190 3219]]

Undertegnede repræsenterer Ahmad Al-Hamwi, der kom til Danmark som syrisk flygtning i
2015. Kommunen har ved afgørelse af 9. oktober nedsat hans selvforsørgelses- og
hjemrejseydelse med henvisning til, at han ikke har opfyldt beskæftigelseskravet.
Afgørelsen tager ikke højde for de 225 timer, han arbejdede som opvasker i 2023.

Vi anmoder om genvurdering.

Med venlig hilsen
Advokatfirmaet Nørgaard & Co.
v/ Jesper Nørgaard
""")

M("", """
Til Ishøj Byråd

HK Kommunal Hovedstaden har med bekymring læst forslaget om at udlicitere
lønadministrationen. Vi opfordrer byrådet til at afvente en analyse af
konsekvenserne for kvaliteten og for medarbejderne, og vi stiller os gerne til
rådighed for en dialog.

Med venlig hilsen
Kasper Holm, politisk konsulent, HK Kommunal
""")

M("u", """
Kære Jannie Sørensen

Som lærer på Vibeholmskolen og medlem af DLF er jeg dybt bekymret over planen om at
slå 4. og 5. årgang sammen i færre klasser. Vi har i forvejen 28 elever i flere
klasser. Jeg håber du vil tale imod forslaget i udvalget.

Venlig hilsen
Niels Kirk
""")

M("he", """
Til Center for Voksne og Velfærd, Visitationen

Advokat Karsten Bech, på vegne af Ingrid Poulsen, Ishøj Søvej 7

Min klient har svær KOL og bruger ilt døgnet rundt. Kommunen har skåret hendes
hjemmehjælp ned fra tre til ét besøg om dagen uden ny vurdering af hendes funktionsevne.
Vi anmoder om genvurdering og om at få udleveret visitationsnotatet.

Med venlig hilsen
Karsten Bech
""")

M("", """
Til Ishøj Kommune, Opkrævningen

Vi er kurator i konkursboet efter Strandens Byg ApS, CVR 31875204. Vi anmoder
kommunen om at anmelde eventuelle krav i boet inden den 15. december og henviser
til vores sagsnr. 70421-3.

Med venlig hilsen
Bech-Bruun Advokatfirma
""")

M("p", """
Til Byggesag, Ishøj Kommune

Som advokat for køberne af Ishøj Strandvej 211 skal jeg anmode om en hurtig afklaring
af, om den ombyggede kælder er godkendt. Købsaftalen er betinget af kommunens
bekræftelse, og fristen udløber 20. november. Sælger har oplyst, at ansøgningen om
lovliggørelse blev indsendt i juni.

Med venlig hilsen
Advokat Line Gram
""")

M("pe", """
Til Ishøj Kommune, Opkrævningen

Advokat Birger Holm, på vegne af Helle og Jan Andresen

Mine klienters ejendom på Torslunde Mølle 3 er berammet til tvangsauktion den
4. december på kommunens begæring for restance på ejendomsskat. Der foreligger et
købstilbud fra en privat køber, der vil dække restancen. Vi anmoder kommunen om at
udsætte auktionen i 30 dage, så handlen kan gennemføres.

Med venlig hilsen
Birger Holm
""")

M("u", """
Til Social- og Sundhedsudvalget

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR, og jeg skriver i egen
interesse som borger i Ishøj. Nedskæringerne betyder at vi kører fra borger til borger
uden tid til dokumentation. Det går ud over sikkerheden.

Med venlig hilsen
Mette Kronborg
""")

M("es", """
Til Familieafdelingen

Advokat Sune Friis, på vegne af Christian Aagaard

Min klient og hans tidligere ægtefælle, Jonas Bech, har fælles forældremyndighed over
deres adoptivsøn. Efter skilsmissen har kommunen truffet beslutning om, at drengen
skal have bopæl hos Jonas, uden at min klient er hørt. Vi klager over den manglende
partshøring.

Med venlig hilsen
Sune Friis
""")

M("bue", """
Til Jobcenter Ishøj

Jeg er i aktivering og er blevet tilbudt praktik i et supermarked med arbejde hver
søndag. Jeg er kristen og går i kirke søndag formiddag, og det har jeg sagt til min
jobkonsulent. Min fagforening, Krifa, har rådet mig til at skrive og bede om en plan
uden søndagsarbejde.

Venlig hilsen
Ruth Jeppesen
""")

M("", """
Til Borger, Økonomi og IT

Som advokat har jeg ofte brug for at søge aktindsigt på vegne af klienter. Opkræver
Ishøj Kommune gebyr for kopier, og skal fuldmagten være underskrevet med MitID?

Med venlig hilsen
Advokat Pia Thomsen
""")

M("hu", """
Til Jobcenter Ishøj, att. virksomhedsservice

Vedr. vores medlem Karina Holt

Jeg skriver fra HK Hovedstaden. Vores medlem har multipel sklerose og har fået mere
fravær. Hendes arbejdsgiver, Ishøj Revision, vil søge en § 56-aftale, så de får
refusion fra første fraværsdag. Karina beder os sikre, at ansøgningen behandles inden
nytår, så arbejdsgiveren ikke fortryder.

Med venlig hilsen
Anette Friis, faglig konsulent
""")

M("te", """
Til Ishøj Kommune, Boligsocialt team

Advokat Jens Toft, på vegne af familien Stankovic

Familien, der er romaer fra Serbien, har modtaget varsel om udsættelse fra
Strandgårdsparken. Kommunen har ifølge familien lovet at anvise en anden bolig, men
intet er sket. Der er fire mindreårige børn. Vi beder om kommunens redegørelse.

Med venlig hilsen
Jens Toft
""")

M("", """
Til Beskæftigelsesudvalget

3F Køge Bugt inviterer udvalgets medlemmer til en konference om ledighed blandt
ufaglærte i Køge Bugt-kommunerne den 28. november. Vi præsenterer nye tal for
langtidsledighed og drøfter, hvad kommunerne kan gøre.

Med venlig hilsen
Heidi Lund, organisationssekretær
""")

M("e", """
Kære borgerrådgiver

Jeg er bisidder for min nabo, Karin Rask, cpr [[030552\u00a02178]], som har fået afslag
på enkeltydelse til ny vaskemaskine. Hun er på folkepension og har ingen opsparing.
Karin har bedt mig skrive, fordi hun ikke har en computer.

Venlig hilsen
Birte Hammer, nabo
""")

M("h", """
Til Ishøj Kommune, Vej og Park

Erstatningskrav

Vi repræsenterer Gerda Holm, der den 8. februar faldt på den isglatte sti ved Ishøj
Søndergård og brækkede hoften. Hun var indlagt i tre uger og har stadig ikke genvundet
sin gangfunktion. Vi gør gældende, at kommunen har forsømt glatførebekæmpelsen, og
beder kommunen anmelde sagen til sit forsikringsselskab.

Med venlig hilsen
Advokatfirmaet Holm & Lind
""")

M("u", """
hej
er i dansk metal og de siger at i ikke må kræve at jeg fjerner min skurvogn fra
grunden før byggesagen er afgjort. stemmer det?
Mvh Allan Bak
""")

M("s", """
Til Borgerservice, Vielser

Advokat Mette Kold, på vegne af Sara Lindholm og Anja Dahl

Mine klienter, der er et lesbisk par, har bedt om vielse på rådhuset den 14. februar
og fået afslag, fordi dagen "er booket til traditionelle par". Medarbejderen skal have
sagt det i telefonen. Vi beder om en skriftlig redegørelse.

Med venlig hilsen
Mette Kold
""")

M("be", """
Til Ishøj Kommune, Opkrævningen

Advokat Kim Storm, på vegne af Imam Abdullah Rashid

Min klient, der er imam ved Ishøj Moské, har modtaget rykker for restance på
ejendomsskat for sin private bolig på 38.400 kr. Min klient har ikke modtaget de
oprindelige opkrævninger. Vi anmoder om en afdragsordning.

Med venlig hilsen
Kim Storm
""")

M("", """
Til Ishøj Kommune, Presse

Fagbladet 3F undersøger, hvor mange kommuner der bruger sociale klausuler om
lærlinge i byggeudbud. Bruger Ishøj Kommune sådanne klausuler, og hvor mange lærlinge
har de givet de seneste tre år?

Med venlig hilsen
Mads Ibsen, journalist, Fagbladet 3F
""")

M("he", """
Til Ishøj Kommune, Pensionsteamet

Vedr. min klient Rune Aalund, [[180684-2297]]

Min klient er tidligere udsendt soldat og har diagnosen PTSD efter to udsendelser til
Afghanistan. Kommunen har afvist at behandle hans ansøgning om førtidspension, før han
har gennemført endnu et ressourceforløb. Vi gør gældende, at det er udsigtsløst, og
beder om, at sagen forelægges rehabiliteringsteamet.

Med venlig hilsen
Advokat Nikolaj Borg
""")

M("t", """
Til HR-chefen, Ishøj Kommune

Advokat Sofie Dam, på vegne af Imran Qureshi

Min klient, som er af pakistansk afstamning, var til samtale om en stilling som
ingeniør i Center for Byudvikling og Natur. En af paneldeltagerne spurgte, om han
"kunne forstå dansk humor". Vi mener, spørgsmålet er udtryk for forskelsbehandling
på grund af etnisk oprindelse, og anmoder om kommunens bemærkninger.

Med venlig hilsen
Sofie Dam
""")

M("heu", """
Til Jobcenter Ishøj

Ishøj Lærerkreds skriver på vegne af vores medlem Tine Birk, lærer på Strandgårdskolen.
Tine er sygemeldt med stress og er indkaldt til opfølgningssamtale den 12. november.
Hun ønsker en bisidder fra kredsen med og beder om at mødet holdes i et mindre lokale.

Med venlig hilsen
Peter Lauge, kredsformand
""")

M("", """
Til Center for Byudvikling og Natur

Vores sagsnr. 2101881937

Vi repræsenterer ejeren af Tranegildevej 9 i en tvist med naboen om et hegn i skel.
Vi beder om kommunens oplysninger om, hvornår hegnet blev opsat, såfremt det fremgår
af kommunens arkiver.

Med venlig hilsen
Advokat Henrik Sand
""")

M("p", """
Til Økonomiudvalget

Som advokat for Vestegnens Boligudvikling A/S skal jeg anmode om en status på den
betingede købsaftale om erhvervsgrunden ved Ishøj Stationsvej. Min klient har ikke
hørt fra kommunen siden august, og finansieringstilsagnet udløber 31. december.

Med venlig hilsen
Advokat Christian Holt
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er socialrådgiver i Mødrehjælpen og skriver med samtykke fra Sabrina Kjær. Sabrina
er alene med to børn, har en huslejerestance på 19.000 kr. og har fået varsel om
udsættelse. Vi beder kommunen vurdere, om der kan ydes hjælp efter § 81.

Med venlig hilsen
Hanna Wulff
""")

M("ht", """
Til Hjemmesygeplejen

Jeg er patientvejleder og skriver med fuldmagt for Nguyen Thi Lan, 79 år. Hun er
vietnamesisk og taler kun vietnamesisk. Hun har sukkersyge og skal have insulin hver
morgen, men sygeplejerskerne kan ikke forklare hende noget. Kan I bruge tolk ved besøgene?

Med venlig hilsen
Mette Brink, patientvejleder
""")

M("sb", """
Til Ishøj Bibliotek

Jeg er præst i Torslunde og gift med en mand, og jeg var inviteret til at fortælle om
tro og kærlighed ved bibliotekets temaaften. Nu er arrangementet aflyst med den
begrundelse, at emnet er "for kontroversielt". Jeg vil gerne vide, hvem der har
besluttet det.

Venlig hilsen
Johannes Friis
""")

M("eu", """
Til Jobcenter Ishøj

Det Faglige Hus skriver på vegne af vores medlem Jacob Lerche, som har fået en
sanktion for ikke at have mødt til et jobsøgningskursus. Jacob var til jobsamtale hos
et firma samme dag og har dokumentation. Vi beder om, at sanktionen bortfalder.

Med venlig hilsen
Signe Krarup, faglig rådgiver
""")

M("", """
Hej

Har I en standard-fuldmagt, som en advokat kan bruge, når han skriver på vegne af en
borger? Eller skal vi lave vores egen? Vi er et mindre advokatkontor i Greve.

Venlig hilsen
Lisa, sekretær
""")

M("he", """
Til Center for Voksne og Velfærd

Vedr. min klient Hanne Lund [[020388-2314]]

Min klient er lam fra brystet ned efter en trafikulykke og har søgt om borgerstyret
personlig assistance (BPA). Kommunen har givet afslag med henvisning til, at hun kan
dækkes af hjemmeplejen. Vi klager over afgørelsen og beder om at sagen sendes til
Ankestyrelsen.

Med venlig hilsen
Advokat Morten Kjær
""")

M("tb", """
Til Ishøj Svømmehal

Advokat Rebekka Stein, på vegne af Daniel Levin

Min klient, der er jøde og bærer kippa, blev den 2. september bedt om at forlade
svømmehallens cafeteria, efter at andre gæster havde råbt efter ham. Personalet greb
ikke ind over for dem, men bad ham gå. Vi kræver en beklagelse.

Med venlig hilsen
Rebekka Stein
""")

M("u", """
Til Center for Byudvikling og Natur

Jeg er selv jurist og medlem af Djøf, så jeg ved godt hvordan en partshøring skal
foregå. Den, jeg modtog om støjen fra Industrivej, var to linjer og gav en frist på tre
dage. Jeg forventer, at høringen gentages.

Med venlig hilsen
Lotte Hviid
""")

M("", """
Til borgerrådgiveren

Foreningen Retshjælp Ishøj vil gerne vide, om I registrerer, hvor mange borgere der har
en bisidder med til møder med kommunen. Vi overvejer at uddanne flere frivillige
bisiddere.

Med venlig hilsen
Anders Lau, formand
""")

M("e", """
Kære borgerrådgiver

Jeg er bisidder for min veninde, som bor på krisecentret med sine to børn. Hun har fået
besked om at hun skal flytte ud om 14 dage, men kommunen har ikke fundet en bolig til
hende. Hun tør ikke selv ringe. Hvad kan vi gøre?

Venlig hilsen
Maria
""")

M("ste", """
Til Ishøj Kommune, Integration

Advokat Eva Lindqvist, på vegne af Joseph Okello

Min klient er homoseksuel og er flygtet fra Uganda. Han har fået opholdstilladelse og
er boligplaceret i Ishøj i et værelse, han deler med to andre mænd, der truer ham.
Vi beder kommunen anvise en anden midlertidig bolig snarest.

Med venlig hilsen
Eva Lindqvist
""")

M("h", """
Til Hjemmesygeplejen, Ishøj

Advokat Tove Ring, på vegne af Else Marie Kirk

Min klient fik den 11. august udleveret en forkert dosis blodfortyndende medicin af
hjemmesygeplejen og blev indlagt med en blødning. Vi beder om kommunens redegørelse
og om, at hændelsen er rapporteret som utilsigtet hændelse.

Med venlig hilsen
Tove Ring
""")

M("p", """
Til Byggesag, Ishøj Kommune

Vi har på vegne af ejerne solgt ejendommen Ishøj Landevej 300 med forbehold for, at
kommunen lovliggør tilbygningen fra 1998. Køber har stillet krav om, at det er på
plads inden overtagelse 1. januar. Kan vi få en tidshorisont?

Med venlig hilsen
Thomas Lund, Home Ishøj
""")

M("e", """
Til Ishøj Kommune, Boligstøtte

Advokat Tina Mørk, på vegne af parterne

Mine klienter er blevet skilt og bor fortsat i samme lejlighed, indtil den ene finder
en anden bolig. Kommunen har beregnet boligstøtte som om de var samboende. Vi anmoder
om ny beregning for hver især.

Maria Hedegaard, [[140591–2238]]
Lasse Hedegaard, [[211089 1455]]

Med venlig hilsen
Tina Mørk
""")

M("", """
Til Social- og Sundhedsudvalget

FOA Ishøj skriver på vegne af afdelingen om normeringen i hjemmeplejen. Antallet af
besøg pr. medarbejder er steget med 18 procent på tre år, og sygefraværet følger med.
Vi beder udvalget sætte normeringen på dagsordenen.

Med venlig hilsen
Lene Koch, faglig sekretær, FOA Ishøj
""")

M("b", """
Til Center for Byudvikling og Natur

Advokat Frederik Rahbek, på vegne af Maja Holt

Min klient, der er aktiv i Extinction Rebellion, har fået en regning på 14.500 kr. for
rengøring efter en klimademonstration foran rådhuset. Vi bestrider, at hun har malet
på facaden, og beder om kommunens dokumentation.

Med venlig hilsen
Frederik Rahbek
""")

M("", """
Hej

Skal en fuldmagt til kommunen være underskrevet med MitID, eller kan det være en
underskrift på papir? Jeg skal hjælpe min onkel med noget om hans skattekort.

Tak
Jeppe
""")
