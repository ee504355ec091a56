"""corpus80 part A: forwarded threads, quoted reply chains, the municipality's own
letters quoted back, out-of-office replies. The sensitive fact is often only in the
quoted part."""
from common import M

M("h", """
Til hovedpostkassen

Videresendes til rette center. Borgeren har givet mig lov til at sende det videre.

Venlig hilsen
Mette Aagaard
Byrådsmedlem, Ishøj Kommune

-----Oprindelig meddelelse-----
Fra: Rikke Lund <rikkelund77@gmail.com>
Sendt: 6. oktober 2026 21:12
Til: Mette Aagaard <meaa@ishoj.dk>
Emne: skolebussen

Hej Mette. Du sagde til vælgermødet at man bare kunne skrive. Min søn Elias har epilepsi og fik et anfald ved stoppestedet i sidste uge, og chaufføren kørte bare videre uden at vente på at jeg kom. Det må ikke ske igen. Hvem skal jeg tale med?
Rikke
""")

M("e", """
Emne: SV: Afgørelse om tilbagebetaling af boligstøtte

Jeg forstår ikke det her. Jeg har ikke fået mere end jeg skulle, jeg har sendt lønsedler hver måned.

Mvh Kenneth Bruun

> Ydelsescentret har truffet afgørelse om, at du skal tilbagebetale 4.312 kr. i
> boligstøtte for perioden 1. januar til 30. juni 2026, da din indtægt har været
> højere end oplyst.
> Du kan klage over afgørelsen inden 4 uger.
""")

M("", """
VS: Invitation til borgermøde om ny cykelsti på Ishøj Strandvej

Til orientering – kan vi få den lagt i byrådets kalender?

/Jesper, byrådsmedlem

---------- Videresendt meddelelse ----------
Fra: Center for Byudvikling og Natur
Dato: 2. nov. 2026
Emne: Invitation til borgermøde

Kære borger
Vi inviterer til borgermøde torsdag den 19. november kl. 19.00 i Ishøj Rådhus, mødesal 1.
Vi præsenterer forslaget til den nye dobbeltrettede cykelsti fra Ishøj Landsby til stranden og tager imod spørgsmål.
Tilmelding er ikke nødvendig. Der serveres kaffe.
""")

M("s", """
Hej igen

Har I fået min mail herunder? Jeg har ikke hørt noget i tre uger.

Jonas

Den 12. okt. 2026 kl. 09.14 skrev Jonas Friis <jonas.friis@outlook.dk>:
> Hej
> Min mand Anders og jeg vil gerne leje festsalen i Ishøj Kulturhus til vores
> 5-års bryllupsdag i marts. Hvad koster det en lørdag, og kan man selv have
> mad med?
> Mvh Jonas Friis
""")

M("hu", """
VS: arbejdsulykke på lageret

Jeg sender lige det her videre som jeg skrev til virksomheden. Kommunen er jo arbejdsgiver for nogle af dem i flexjob hos os så i skal vide det.

-----Original Message-----
From: Lars Mikkelsen
Sent: 28. oktober 2026 07:45
Subject: arbejdsulykke

Som tillidsrepræsentant for 3F her på lageret skal jeg melde at Bilal fik hånden i klemme i rullebåndet i går. Han har brækket to fingre og er sygemeldt resten af ugen. Det er tredje gang i år at skærmen mangler.

Lars Mikkelsen
TR, 3F
""")

M("t", """
Jeg skriver igen fordi ingen har svaret, se under. Nu er det snart vinter.

----- Oprindelig besked -----
> Hej Ishøj Kommune
> Vi er en familie fra Eritrea og bor i Vejleåparken. Vores tre børn skal gå til
> Vibeholmskolen, men der er ikke lys på stien under motorvejen og det er mørkt
> kl. 7. Kan I sætte lamper op?
> Med venlig hilsen Tesfay
""")

M("b", """
Til borgmesterens sekretariat

Jeg fik jeres autosvar om at borgmesteren er på ferie til den 27. Det haster desværre lidt.

> Tak for din mail. Jeg er på ferie og vender tilbage mandag den 27. oktober.
> Henvendelser kan sendes til borgmesterens PA.

Min svigerfar døde i nat. Vi er et muslimsk ægtepar og vil gerne begraves efter muslimsk skik, men vi ved ikke om der er et muslimsk gravfelt på kirkegården i Ishøj eller om vi skal til Brøndby. Hvem kan svare os i dag?

Med venlig hilsen
Hatice og Mehmet Aksoy
""")

M("p", """
VS: Købsaftale – Vejleåvej 41

Kære kommune
Mægleren bad mig sende denne her til jer direkte. Vi er sælgere og køberne vil ikke skrive under før de ved om kommunen har godkendt udestuen fra 2011.

Med venlig hilsen Bent og Inger Schou

-----Oprindelig meddelelse-----
Fra: Maja Kristensen, EDC Ishøj
Emne: Købsaftale Vejleåvej 41
Kære Bent og Inger
Købers advokat har taget forbehold: handlen er betinget af, at der foreligger byggetilladelse eller færdigmelding på udestuen. Købers bank har også givet lånetilsagn med samme forbehold. Kan I skaffe dokumentationen inden fredag?
""")

M("he", """
Til hovedpostkassen
Jeg har talt med borgeren i telefonen, og hun vil gerne have at administrationen ser på det. Videresender med hendes accept.
Kasper Holm, byrådsmedlem

> Fra: Grethe Mortensen
> Til: Kasper Holm
> Emne: min far
>
> Kære Kasper
> Min far Villy på 88 har demens og bor stadig selv på Ishøj Boulevard. Hjemmehjælpen
> er skåret ned fra to gange om ugen til én, og i sidste uge havde han ikke fået bad i
> elleve dage. Han kan ikke selv huske at spise. Kan du hjælpe?
> Grethe
""")

M("", """
SV: Nyt fra Ishøj Kommune – oktober

Tak for nyhedsbrevet. Der står ikke noget om svømmehallen, hvornår åbner den igen efter renoveringen?

Venlig hilsen
Poul

> NYT FRA ISHØJ KOMMUNE · OKTOBER 2026
> · Influenzavaccination: Gratis for borgere over 65 på apotekerne fra 1. oktober.
> · Sundhedshuset holder lukket fredag den 23. oktober pga. personaledag.
> · Storskrald: Husk den nye ordning med tilmelding via app.
> · Kræftens Bekæmpelse samler ind søndag den 18. – tag godt imod indsamlerne.
""")

M("u", """
SV: Spørgsmål om jobmessen

Tak for listen. Jeg er selv medlem af HK og undrer mig over at HK ikke står på. Er de bare ikke kommet med på listen endnu?

Hilsen Susanne Winther

Den 30. okt. skrev Center for Beskæftigelse og Erhverv:
> Kære Susanne
> Følgende organisationer har foreløbig tilmeldt sig jobmessen den 12. november:
> 3F, FOA, Krifa, Dansk Metal og ASE. Listen opdateres løbende.
""")

M("eh", """
Til borgerrådgiveren

Jeg sætter teksten fra afgørelsen ind her, så I kan se hvad jeg fik lovet:

"Du er bevilget en el-kørestol efter servicelovens § 112, da du på grund af din muskelsvind ikke kan gå mere end 20 meter. Hjælpemidlet leveres inden for 6 uger."

Det er nu 15 uger siden. Jeg har ringet til hjælpemiddeldepotet fem gange og hver gang siger de at de ringer tilbage. Jeg sidder fast i lejligheden. Det er ikke i orden.

Mikkel Thorsen
""")

M("t", """
Hej

Jeg skriver for min mor Amra, som ikke selv bruger mail. Hun kom hertil fra Bosnien som flygtning i 1993 og har boet i Ishøj siden. Nu vil hun gerne leje en nyttehave ved Tranegilde, men hun forstår ikke skemaet på hjemmesiden. Kan man søge på papir?

Venlig hilsen
Lejla Hodžić
""")

M("", """
Jeg henviser til svaret nedenfor. Det er ikke et svar, det er en undskyldning.

Vi hører stadig lastbilerne fra kl. 4.30 om natten på Industrivej, og jeres måling var foretaget en søndag.

Niels Ravn, Grundejerforeningen Vejleå Syd

Den 3. okt. 2026 skrev Vej og Park <vejogpark@ishoj.dk>:
> Kære Niels Ravn
> Tak for din henvendelse om støj. Vi har målt støjniveauet ved Industrivej 14 den
> 27. september og fundet 58 dB, hvilket er under grænseværdien. Sag nr. 26/18233.
""")

M("sh", """
Fwd: til byrådet

Jeg sendte den her til byrådet for en måned siden men fik intet svar, så nu prøver jeg hovedpostkassen.

Begin forwarded message:
> Kære byråd
> Min kone Sara og jeg blev gift i 2019 og venter nu vores første barn – Sara er gravid
> i 5. måned med termin i marts. Vi har skrevet os op til vuggestue i Ishøj Landsby,
> men får at vide at der er 9 måneders ventetid. Hvordan kan det være?
> Louise Kragh
""")

M("e", """
Til Ishøj Kommune

Jeg skriver på vegne af min nabo, fru Else Jensen i nr. 14, som ikke har computer. Hun har fået et brev fra boligselskabet om at hun skylder tre måneders husleje og bliver sat ud hvis det ikke er betalt den 1. Hun er helt ude af den. Kan nogen fra kommunen ringe til hende? Hendes nummer er 43 73 21 09.

Hilsen Birthe fra nr. 16
""")

M("b", """
Se nedenstående. Kan I hjælpe med et svar på det faktuelle, så svarer jeg selv på resten?
Vh Anne-Mette, byrådsmedlem

> Fra: Tobias Hedegaard
> Kære Anne-Mette
> Jeg er medlem af Enhedslisten og sidder i bestyrelsen for lokalafdelingen her i
> Ishøj. Vi vil gerne holde et åbent møde på biblioteket i december om
> klimaplanen. Skal vi betale for lokalet, når vi er en politisk forening?
> Tobias
""")

M("h", """
RE: besked

Jeg glemte at skrive mit cpr i den første mail. Se nedenfor, undskyld

> Hej
> Jeg har været indlagt på Hvidovre med lungebetændelse i 9 dage og kunne derfor
> ikke komme til tandplejen med min datter den 14. Kan vi få en ny tid uden at
> betale udeblivelsesgebyr?
> cpr [[0304751128]]
> Tina Lauridsen
""")

M("p", """
Hej Ishøj Kommune

Vi har budt 2,8 mio. på rækkehuset Vejleå Park 112, og sælger har svaret med et modbud på 2,95. Før vi går videre vil vi gerne vide om den nye daginstitution, der er nævnt i lokalplanen, skal ligge lige bag ved haven. Det betyder meget for os.

> Fra: Mathias Juul (ejendomsmægler)
> Sælger har afvist 2.800.000 og giver modbud på 2.950.000 kr. Tilbuddet gælder til mandag kl. 12.

Mvh Sofie og Rasmus
""")

M("", """
Hej

Jeg fik det her autosvar fra affaldsafdelingen:
> Tak for din henvendelse. Jeg er på ferie til og med 20. oktober. Ved akutte
> spørgsmål kontakt Kundeservice på 43 57 70 00.

Jeg har ikke et akut spørgsmål men vil bare vide hvornår der er storskrald i Strandparken i november. Jeg kan ikke finde det på hjemmesiden.

Mvh Jytte
""")

M("h", """
Kære hovedpostkasse

Jeg har nu skrevet tre gange til Birgitte Holm om min søns skolekørsel, og hver gang får jeg dette svar:

"Tak for din mail. Jeg er sygemeldt og læser ikke mails i øjeblikket. Henvendelser om befordring kan sendes til skoleadministrationen."

Skolen starter igen om en uge. Hvem har hendes sager mens hun er syg?

Venlig hilsen
Frederik Skov
""")

M("et", """
Hej

Min far Tariq er født i Pakistan og taler kun punjabi og lidt urdu. Han har fået et brev fra Udbetaling Danmark om hans folkepension, men de har sendt det til kommunen også, og nu har han fået et brev fra jer han ikke forstår. Kan I ringe til mig i stedet? Jeg er hans søn og hjælper ham med alt.

Imran
""")

M("u", """
Til orientering, borgeren ønsker svar fra administrationen om normeringen.
Mvh Søren Bech, formand for Social- og Sundhedsudvalget

> Kære Søren Bech
> Jeg har været medlem af FOA i 22 år og er TR på Plejecenter Ishøjhave. Vi har
> i 14 uger kørt aftenvagter med én fast medarbejder for mange beboere. Det går
> ikke. Jeg vil gerne have et møde med dig.
> Venlig hilsen Dorthe Kjær
""")

M("s", """
Hi,

I'm writing on behalf of my husband and me. We're two guys who moved to Ishøj from Copenhagen in September, and we have a car each but only one parking permit for Ishøj Strand. Can we get a second one, and what does it cost?

Thanks,
Daniel Moreno
""")

M("e", """
VS: Afdragsordning

Hej, jeg sendte det her til banken men de siger at det er kommunen der skal bevilge afdragsordningen.

Jeg har en restance på ejendomsskatten på 11.400 kr. fra 1. og 2. rate. Jeg har været uden arbejde siden maj og kan betale 1.000 om måneden. Kan det lade sig gøre?

Mvh
Bo Klausen
Gildbrovej
""")

M("b", """
Til Center for Byudvikling og Natur

Ved Eid al-Adha næste år forventer vi ca. 900 deltagere til fællesbøn i idrætshallen. Sidste år holdt bilerne på græsset og vi fik en klage. Kan vi låne parkeringspladsen ved Ishøj Idrætscenter fra kl. 7 til 10?

Med venlig hilsen
Yusuf Demir
Imam, Ishøj Moskéforening
tlf. 22 41 86 30
""")

M("", """
Kære Vej og Park

Ved julekoncerten i Ishøj Kirke den 13. december forventer vi mange gæster. Vil det være muligt at afspærre Ishøj Kirkevej mellem kl. 15 og 18, og kan kommunen stille to ekstra lysmaster op ved parkeringspladsen?

Med venlig hilsen
Menighedsrådet ved Ishøj Kirke
v/ formand Karen Lykke
""")

M("ht", """
Hej borgerrådgiver

> Min mor er fra Vietnam og har lige fået konstateret type 2-diabetes. Hun vil gerne
> på kommunens kursus "Lev godt med diabetes", men der er kun hold på dansk.

Det skrev jeg til Sundhedshuset for en måned siden. De svarede at der ikke er tolk på holdene. Er det rimeligt? Hun forstår ikke nok dansk til at følge med.

Venlig hilsen Linh
""")

M("p", """
VS: Forkøbsret?

Hej
Jeg skal sælge min andel i A/B Ishøjgård. Køberen har skrevet under, men bestyrelsen siger at kommunen har en forkøbsret fordi foreningen har fået støtte. Er det rigtigt? Køberen vil gerne flytte ind 1. januar, og jeg har allerede lejet et sted.

Mvh Hanne
""")

M("eu", """
Til Jobcenter Ishøj

Jeg er medlem af 3F's a-kasse og blev ledig den 1. oktober efter 11 år på Ishøj Havn. Nu har jeg fået en indkaldelse fra jer til en samtale den 4. november kl. 8.30, men samme dag har a-kassen møde med mig. Kan vi flytte jeres tid?

Mvh Jan Poulsen
""")

M("h", """
Til hovedpostkassen

Borgeren Vibeke Lindqvist, Ishøj Søvej, ringede til mig i går. Hun har fået en blodprop i benet og må ikke gå langt i de næste måneder, og hun er bekymret for at hun ikke kan nå ud til sin postkasse nu hvor den er flyttet op til vejen. Kan nogen fra administrationen kontakte hende?

Venlig hilsen
Tanja Rask, byrådsmedlem
""")

M("", """
VS: Pressemeddelelse – ny sundhedsstrategi

Til byrådets medlemmer, til orientering.

PRESSEMEDDELELSE
Ishøj Kommune vedtager ny sundhedsstrategi 2027–2030
Byrådet har vedtaget en ny sundhedsstrategi med fokus på mental trivsel blandt unge, færre rygere og flere der bevæger sig. I Ishøj ryger 18 procent af de voksne dagligt mod 13 procent på landsplan. Strategien skal halvere forskellen inden 2030.
Kontakt: Kommunikation, tlf. 43 57 75 00
""")

M("st", """
SV: Indskrivning til skole 2027

Tak for brevet. Vi er to fædre, og vores søn Mateo er adopteret fra Colombia som 3-årig. Han taler godt dansk nu, men pædagogerne siger at han stadig er lidt genert. Kan vi komme på besøg på Ishøj Skole før vi vælger?

Mvh Christian og Henrik Falk

> Kære forældre til Mateo
> Ishøj Kommune byder jeres barn velkommen i skole i august 2027. Indskrivning sker
> på pladsanvisningens hjemmeside inden 1. februar.
""")

M("eh", """
Hej

Den 4. nov. skrev Borgerservice:
> Din ansøgning om enkeltydelse til tandbehandling er modtaget. Sagen behandles
> inden for 4 uger.

Der er gået 5 uger nu. Tanden gør så ondt at jeg ikke kan sove, og tandlægen vil ikke gå i gang før kommunen har sagt ja. Hvornår får jeg svar?

Sonja
""")

M("b", """
Til Helle Ploug, byrådsmedlem

Jeg stemte på Alternativet ved sidste valg, fordi I lovede at Ishøj skulle være CO2-neutral i 2030. Nu læser jeg i avisen at der skal bygges en ny vej gennem Store Vejleå Ådal. Jeg kommer ikke til at stemme på jer igen, medmindre I stemmer imod.

Ida Brink
""")

M("", """
Emne: Rykker – faktura ikke betalt

Til Ishøj Kommune, kreditorbogholderiet

Vi har endnu ikke modtaget betaling for fakturanr. 2110851234 af 21. september 2026 på 38.750,00 kr. ekskl. moms (levering af legepladsudstyr til Vibeholm Børnehus). Fakturaen er sendt til EAN 5798000556789.

Jeres ordrenr.: 4500128871

Med venlig hilsen
Lene Dyhr
Bogholderi, Nordisk Legeplads ApS
CVR 38211904
""")

M("h", """
hej

min datter Freja er blevet opereret for blindtarmsbetændelse i weekenden og må ikke tage med på lejrskolen med 6.b på mandag. vi har betalt 1.200 kr. Kan vi få pengene tilbage?

hilsen Martin
""")

M("u", """
er TR for BUPL i Ishøj Børnehave og vil gerne mødes med udvalgsformanden om normeringerne inden budgetforhandlingerne. Kan du finde en tid i uge 47?

Mvh Lotte

Sendt fra min iPhone
""")

M("p", """
Hej

Naboens hus på Gildbrovej 22 er sat til salg, og i går kom et par der overvejer at byde over og spurgte os om skellet mod vores have. Vi ved faktisk ikke om hækken står på vores eller deres grund. Kan kommunen se det på et kort?

Venlig hilsen Karsten og Lis
""")

M("e", """
Klage

Citat fra jeres brev af 2. september:
> Du er bevilget 15 timers ledsageordning om måneden efter servicelovens § 97.

Siden da har jeg haft ledsager præcis to gange. Hver gang jeg ringer, er der ingen, der kan. Jeg vil gerne klage over det.

Venlig hilsen
Hans-Erik Dam
""")

M("s", """
Til borgerrådgiveren

Jeg er lesbisk og bor med min kæreste i en opgang på Ishøj Boulevard. To af naboerne har skrevet grimme ting på vores dør to gange og sagt at vi "ødelægger opgangen". Boligselskabet siger det er en privat sag. Kan I vejlede mig om hvem jeg skal gå til?

Anonym, men I må gerne svare på denne mail
""")

M("", """
VS: Indkaldelse – Social- og Sundhedsudvalget 14. november 2026

Hej Kasper, kan du læse pkt. 3 igennem inden mødet? Jeg tror der er en fejl i tabellen.
/Mette

-----Oprindelig aftale-----
Emne: Social- og Sundhedsudvalget, ordinært møde
Hvornår: 14. november 2026 16.00–19.00
Hvor: Rådhuset, mødelokale 2
Dagsorden:
1. Godkendelse af dagsorden
2. Budgetopfølgning 3. kvartal
3. Statistik for visiteret hjemmehjælp 2025–2026 (1.412 modtagere, +4 %)
4. Orientering om sygefravær i ældreplejen
5. Eventuelt
""")

M("hb", """
Til hjemmesygeplejen

Min mand Knud skal opereres i hoften på Glostrup den 30., og han skal have besøg af hjemmesygeplejen bagefter. Vi er Jehovas Vidner og han har skrevet under på at han ikke vil have blodtransfusion. Skal jeg sende kopi af hans erklæring til jer også?

Med venlig hilsen
Edith Sørensen
""")

M("", """
Hej Jesper

Tak for dit svar nedenfor, men der er stadig hundelorte overalt på stien ved Tranegilde Strandpark. Kan I ikke sætte flere skraldespande op?

Mvh Pia

> Kære Pia
> Tak for din mail. Jeg har bedt Vej og Park se på det. Der er opsat fire nye
> affaldsspande i foråret.
> Mvh Jesper, byrådsmedlem
""")
