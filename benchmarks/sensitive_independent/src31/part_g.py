"""Part G: long practical mails with the sensitive part buried, quoted replies, signatures,
P.S., learner Danish and English; many with several categories."""
from common import M

M("p", """
Hej Center for Byudvikling og Natur

Tak for svaret om skel. Lige et spørgsmål til: vi har fået et bud på vores sommerhusgrund ved Ishøj Strand (matr. nr. 14dø), men køberen vil vide, om strandbeskyttelseslinjen går hen over grunden. Vi har ikke accepteret buddet endnu.

Mvh
Karen og Poul Brink
""")

M("pe", """
Kære Ishøj Kommune

Efter vores skilsmisse skal huset på Gadekærvej 21 sælges, men min eksmand vil ikke skrive under på salgsaftalen. Køberen har ventet i tre uger. Kan kommunen gøre noget, eller er det en sag for Familieretshuset?

Med venlig hilsen
Bettina Skov
""")

M("pt", """
Hello,

We are a Ghanaian family living in Ishøj since 2018. We want to buy the townhouse at Vibeholmsvej 15, and the bank asks for a letter from the municipality about the planned noise wall on the motorway before they approve the loan. The seller has accepted our offer on the condition that the loan goes through.

Best regards,
Kwame and Abena Boateng
""")

M("", """
Hello,

When will the noise wall along the motorway near Vibeholmsvej be built? Many residents are asking and the information on your website is only in Danish.

Regards,
Vibeholm Residents' Association
""")

M("p", """
hej. vi har et bud på vores rækkehus fra nogle unge, men de vil have svar på om kommunen har planer for det grønne område bag ved. hvis de trækker sig mister vi vores nye lejlighed. kan I svare hurtigt?? mvh Tina, Ishøj Nord
""")

M("pu", """
Hej Anne-Marie

Du kender mig fra 3F, hvor jeg er tillidsmand på havnen. Jeg skriver privat: min bror og jeg skal sælge vores afdøde mors hus på Ishøj Landevej 63, og der er en køber, men han kræver at kommunen bekræfter kloakforholdene. Vi har ventet på jer i 5 uger.

Hilsen
John Frederiksen
""")

M("ph", """
Kære Ejendomsafdeling

Jeg ønsker at sælge mit hus tilbage til kommunen (Tranegilde Strandvej 40), som I tilbød sidste år i forbindelse med vejudvidelsen. Jeg har fået konstateret lungekræft og vil gerne have styr på tingene, mens jeg kan. Er tilbuddet stadig gældende?

Med venlig hilsen
Aage Juul Pedersen
""")

M("p", """
Hej

Jeg har fået et tilbud på min forretningsejendom på Ishøj Stationsvej 3 fra en pizzakæde. De har givet mig til 1. marts at svare. Kan jeg få oplyst, om der er planlagt vejarbejde på Stationsvej næste år? Det påvirker prisen.

Venlig hilsen
Ivan Kostić
""")

M("ps", """
Hej

Min kone Sara og jeg vil gerne købe lejligheden ved siden af vores i Ishøj Søpark og slå dem sammen. Sælger har sagt ja til vores bud på 1,9 mio, hvis I giver byggetilladelse til gennembrydning af væggen. Hvor lang tid tager det?

Mvh
Signe Lauridsen
""")

M("p", """
> Fra: Byggesag, Ishøj Kommune
> Vi forventer at kunne træffe afgørelse i uge 49.

Tak. Det er desværre for sent – køberen af vores hus på Ishøj Søvej 15 har sagt, at han trækker sig, hvis ikke han har et svar inden 1. december. Kan I se på det før?

Mvh
Lars Vind
""")

M("pb", """
Kære Økonomiudvalg

Ishøj Valgmenighed, hvor jeg sidder i bestyrelsen og er troende medlem, har fået tilbudt at købe det gamle præstegårdsjord ved Torslunde. Prisen forhandles stadig. Vi vil gerne vide, om kommunen har forkøbsret.

Venlig hilsen
Ellen Krogh
""")

M("p", """
Hej

Jeg vil gerne vide, hvornår kommunen afgør sagen om forkøbsret på grunden ved Ishøj Havn, matr. 7b. Jeg har et bud liggende fra en udvikler, som udløber fredag.

Mvh
Knud Erik Laursen
""")

M("", """
Hej

Har kommunen forkøbsret på grunde ved havnen? Jeg sidder i Ishøj Havns sejlklub og vi snakker om det.

Mvh
Steen
""")

M("tp", """
Hej

Jeg er fra Pakistan og har en lille købmandsbutik på Ishøj Boulevard. Jeg vil sælge den, og der er en køber, men han vil først købe, hvis kommunen giver tilladelse til at sælge varm mad. Hvem skal vi tale med?

Tak
Tariq Mahmood
""")

M("p", """
Hej Byudvikling

Vedr. salg af vores del af fællesjorden i Tranegilde Landsby. Alle fire ejere er enige, og køber har skrevet under med forbehold for jeres udstykningstilladelse. Kan vi få en forventet tidsplan?

Mvh
Gitte Bundgaard, på vegne af ejerne
""")

M("b", """
Hej

Tak for svaret om kirkegården.

Jeg vil bare lige tilføje, at jeg ikke er medlem af folkekirken – jeg meldte mig ud for 20 år siden, fordi jeg er humanist – så begravelsen skal være borgerlig. Hvem står for ceremonien så?

Hilsen
Preben Riis
""")

M("b", """
Hej

Jeg er katolik og vil gerne vide, om det er muligt at få min mor begravet med en katolsk præst på Ishøj Kirkegård, selvom hun ikke var katolik.

Venlig hilsen
Maria Wozniak
""")

M("b", """
Kære borgmester

Jeg skriver som aktivist i Extinction Rebellion Vestegnen. Vi holder demonstration foran rådhuset på fredag kl. 12 og vil gerne tale med dig bagefter.

Venlig hilsen
Ida Norup
""")

M("", """
Kære borgmester

Hvad gør Ishøj Kommune for at nå klimamålene? Jeg kan ikke finde en klimaplan på hjemmesiden.

Venlig hilsen
Jesper Lund
""")

M("bh", """
Hej

Min søn Elias skal på lejrskole med 6.b. Vi er ortodokse kristne og faster i den periode, og Elias har desuden cøliaki. Kan køkkenet lave glutenfri, vegansk mad til ham?

Venlig hilsen
Mariam Haddad
""")

M("b", """
Til Center for Børn og Forebyggelse

Jeg har meldt mig ind i Dansk Folkeparti og er blevet opstillet til skolebestyrelsen. En anden forælder siger, at partipolitik ikke hører hjemme der. Er der regler om det?

Mvh
Jørgen Holt
""")

M("b", """
Mvh
Abdullah Çelik
Imam, Ishøj Moské
Tlf. 22 41 07 93

---
Hej Teknik og Miljø,
Fredagsbønnen trækker mange biler, og vi vil gerne høre om muligheden for at leje p-pladserne ved skolen om fredagen.
""")

M("", """
Hej

Der holder mange biler ulovligt parkeret ved moskéen på Ishøj Boulevard om fredagen. Kan I sende parkeringsvagter?

Mvh
Bo, nabo
""")

M("b", """
hej! Jeg er vegansk af etiske grunde og min søn på 3 er det også. vuggestuen siger de ikke kan lave vegansk mad. er det lovligt at nægte? mvh. Cecilie
""")

M("bs", """
Dear Mayor,

I am a member of the Quaker community in Copenhagen and live in Ishøj with my wife, Eleanor. We would like to organise a silent peace vigil in Ishøj Strandpark on 6 August. Do we need a permit?

Kind regards,
Margaret Hall
""")

M("b", """
Hej Lars

Som medlem af SF's lokalforening skal jeg lige sige, at jeg er meget enig i dit indlæg om hjemløse. Kunne du tænke dig at holde et oplæg på vores medlemsmøde?

Hilsen
Rikke Ebbesen
""")

M("b", """
Kære Skoleudvalg

Vi er Jehovas Vidner og vores datter Ester har fået besked om, at hun skal deltage i klassens juleklippedag. Vi beder om, at hun fritages.

Mvh
Familien Sørensen, Strandgårdsvej 31
""")

M("", """
Hej Skoleudvalget

Hvordan håndterer skolerne elever, der af religiøse grunde ikke deltager i jul og fødselsdage? Jeg er lærer og vil gerne have en fælles praksis.

Mvh
Tanja
""")

M("sh", """
Hej Lone

Jeg vil bare sige tak for sidst. Det betød meget at du kom til vores bryllup, min kone Mia og jeg er stadig helt høje.

Og ja, som jeg fortalte: Mia starter på fertilitetsbehandling i januar. Vi krydser fingre.

Kh Nadia
""")

M("s", """
hej det er mig der skrev om LGBT-gruppen i ungdomsklubben. jeg er selv bi og jeg har fået flere af mine venner til at skrive under på underskriftsindsamlingen (vedhæftet). tak fordi i læser det. //Freja 8.x
""")

M("st", """
Hej

Min kæreste og jeg er begge kvinder, og hun er fra Brasilien. Hun har fået afslag på opholdstilladelse som min samlever, og vi skal have en erklæring fra kommunen om, at vi bor sammen på Ishøj Boulevard 12. Hvor får vi den?

Mvh
Line Pape
""")

M("s", """
Dear Ishøj Kommune,

My partner John and I (we're both men) want to adopt a child. Does the municipality handle the first approval, or is it Ankestyrelsen? We live in Ishøj Strandpark.

Cheers,
Michael O'Connor
""")

M("suh", """
Til Personaleafdelingen

Jeg skal på barselsorlov, fordi min kone Louise føder i marts. Jeg er medmor, og min fagforening HK siger at jeg har ret til samme orlov som en far. Kan I bekræfte det?

Mvh
Julie Bech, Ydelsescenteret
""")

M("u", """
Hej Økonomiudvalget

Jeg er medlem af Lederne og skal ansættes som afdelingsleder i Vej og Park. Kan jeg bevare min pensionsordning fra det private?

Mvh
Bjørn Axelsen
""")

M("u", """
Til Ishøj Kommune

Jeg er blevet valgt som ny arbejdsmiljørepræsentant og tillidsrepræsentant for Dansk Sygeplejeråd på Ishøj Sundhedscenter fra 1. januar. Hvem skal jeg melde det til?

Hilsen
Camilla Skou
""")

M("ue", """
Hej

Jeg har været i Krifa's a-kasse i 5 år og er nu blevet ledig. Min a-kasse siger at jobcentret skal godkende et kursus i truckkørsel. Hvem hos jer gør det?

Mvh
Dennis Hjorth
""")

M("ut", """
Hej

Jeg hedder Amani og jeg er fra Tanzania. Jeg arbejder i Ishøj hjemmepleje og er medlem af FOA. Min leder siger at jeg ikke må tale swahili med min kollega i pausen. Er det rigtigt? Mit dansk er ikke så godt men jeg prøver.

Tak
Amani Mwangi
""")

M("tu", """
Hej. Jeg er kommet fra Syrien i 2016. Jeg arbejder nu som buschauffør i Arriva, og jeg er i 3F. Vi er på strejke fra mandag. Min søns skolebus er også Arriva - kører den så ikke? Hilsen Khaled
""")

M("th", """
Goddag

Mig hedder Wei og jeg kommer fra Kina. Min mand er meget syg med kræft i leveren og ligger på Herlev. Jeg forstår ikke brevene fra kommune. Kan nogen forklare på engelsk eller kinesisk? Mange tak

Wei Zhang
""")

M("te", """
Hej kommune

Jeg er rumæner og jeg arbejdede på byggeplads i Ishøj, men chefen har ikke betalt løn i 2 måned. Nu jeg har ingen penge til husleje og min udlejer siger jeg skal ud. Hvad kan jeg gøre?

Ion Popescu
""")

M("t", """
Hej Ishøj Bibliotek

Jeg er inuk og har lavet en lille udstilling af min mormors perlekraver fra Østgrønland. Kan jeg låne montren i foyeren i februar?

Kh
Pipaluk Jeremiassen
""")

M("", """
Hej Ishøj Bibliotek

Har I bøger på grønlandsk til børn? Jeg er pædagog og vi har flere børn i institutionen, der taler det derhjemme.

Mvh
Susan
""")

M("tbh", """
Kære Borgerrådgiver

Jeg er kurdisk alevit og blev i sidste uge indlagt med et panikanfald efter, at en mand i opgangen i Vejleåparken truede mig og kaldte mig "vantro". Politiet er inde over. Jeg ønsker at blive flyttet til en anden bolig, og jeg vil gerne vide, om kommunen kan hjælpe.

Venlig hilsen
Deniz Yıldız
""")

M("h", """
Hej

Jeg skulle have afleveret min ansøgning om tilskud til vores grundejerforening senest i dag, men jeg har ligget med lungebetændelse hele ugen. Kan jeg få en uges udsættelse?

Venlig hilsen
Karl Emil Dahl, formand for GF Vibeholm
""")

M("", """
Hej

Hvornår er ansøgningsfristen for tilskud til grundejerforeninger i 2026? Vi vil gerne søge om penge til en ny legeplads.

Mvh
GF Vibeholm
""")

M("he", """
> Hej Bodil. Vi har modtaget din ansøgning om hjemmehjælp og vender tilbage.

Tak. Jeg vil lige tilføje, at jeg er faldet igen i weekenden og har slået hoften. Jeg kan ikke komme i bad selv. Kan det gå lidt hurtigere?

Bodil Frandsen
Ishøj Søvej 42
""")

M("h", """
Hej

Sådan lidt udenfor sagen: jeg skal have fjernet livmoderen i februar og kan ikke deltage i møderne i Ældrerådet i to måneder. Min suppleant Kurt tager over.

Venlig hilsen
Alice Buch
""")

M("", """
Hej Ældrerådet

Møderne i februar og marts er flyttet til Ishøj Rådhus, lokale 2. Husk at give besked, hvis jeres suppleant kommer i stedet.

Mvh
Sekretariatet
""")

M("hte", """
From: Adaeze Okafor
To: Jobcenter Ishøj

Hi, I am Nigerian and I have lived in Denmark for 3 years. I was diagnosed with sickle cell disease as a child and I get pain crises that put me in hospital several times a year. Can the jobcenter take this into account when planning my activation?

Thank you,
Adaeze
""")

M("he", """
Hej

Jeg har fået afslag på kørestol fra kommunen, fordi jeg "kan gå korte stykker". Jeg har muskelsvind og falder hver uge. Jeg vil klage.

[[190371-2604]]
Peter Frost
""")

M("s", """
Kære Ishøj Kommune

Vi søger om tilladelse til at holde en fest i Ishøj Strandpark i anledning af min og min kone Gittes 25-års bryllupsdag. Ca. 60 gæster, telt, ingen musik efter kl. 23.

Med venlig hilsen
Hanne Winther
""")

M("e", """
Hej. Jeg har fået et brev om at min boligstøtte bliver sat ned fra januar fordi min søn er flyttet hjemmefra. Jeg har stadig samme husleje og kan ikke betale den. CPR [[2502630814]]. Mvh Kirsten Ravn
""")

M("eh", """
Til Ydelsescenteret

Min datter Julie (19) er på kontanthjælp og har en spiseforstyrrelse. Hun har ikke kræfter til at skrive selv, så jeg skriver på hendes vegne med fuldmagt. Hun er blevet indkaldt til aktivering på mandag, men hun vejer 41 kg og er under udredning på Børne- og Ungdomspsykiatrisk Center.

Hendes cpr: [[120806-4387]]

Med venlig hilsen
Annette Lauesen (mor)
""")

M("e", """
Hej

Jeg er løsladt fra Vestre fængsel i sidste uge og har ingen bolig. Jeg sover hos en ven på sofaen. Jeg har brug for en samtale med en socialrådgiver.

CPR [[171096 1121]]
Mikkel
""")
