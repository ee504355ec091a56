"""Part D: association chairs, faith communities, tenant boards, political activists (positives)."""
from common import M

M("b", """
Kære Borgmester

Som formand for Ishøj Humanistforening og selv overbevist ateist vil jeg gerne foreslå at byrådet holder et minuts stilhed i stedet for en kristen andagt ved nytårskuren. Vi vil gerne mødes om det.

Med venlig hilsen
Ebbe Thygesen
""")

M("u", """
Hej

Jeg er formand for FOA's seniorklub i Ishøj og har selv været medlem siden 1979. Vi vil gerne låne Kulturhuset til en jubilæumsfest den 8. oktober. Hvad koster det?

Mvh
Bente Kruse
""")

M("s", """
Hej

Jeg er formand for en nystartet badmintonklub for queer voksne, og selv lesbisk. Vi har brug for haltid en aften om ugen. Vi har 22 medlemmer. Kan vi komme på listen over foreninger?

Kh Signe Bak
""")

M("b", """
Kære udvalg

Jeg er medlem af Enhedslisten og aktiv i vores lokalafdeling. Vi vil stille en stand op på Ishøj Torv tre lørdage før valget. Skal vi søge om det?

Med venlig hilsen
Rikke Winther
""")

M("bt", """
Til Kultur- og Fritidsudvalget

Jeg er formand for Dansk-Tyrkisk Kulturforening og selv tyrkisk-født. Vores medlemmer er både sunni og alevi, og jeg er selv alevit. Vi ønsker at leje Strandgårdshallen til en folkedansaften. Hvem skal jeg kontakte?

Venlig hilsen
Hasan Yıldız
""")

M("u", """
Hej

Vi er nogle stykker fra 3F, HK og FOA som vil holde 1. maj-arrangement i Ishøj Bypark. Jeg er selv TR for FOA på Ishøj Plejecenter. Hvad skal vi søge om?

Mvh
Dorthe Mikkelsen
""")

M("bs", """
Hej

Jeg er præst i en lille luthersk frikirke og er selv homoseksuel, gift med en mand. Vi vil gerne vie par af samme køn i vores kirkesal, men må vi det juridisk når vi ikke er folkekirke? Spørgsmålet er også til kommunens vielsesafdeling.

Mvh
Kristian Lorentzen
""")

M("b", """
Hej Borgmester

Jeg har stemt på dig i 20 år, men jeg stemmer ikke på Socialdemokratiet mere efter I lukkede svømmehallen om søndagen. Jeg er 79.

Hilsen Gerda Brøndum
""")

M("u", """
kære byråd. jeg er medlem af BUPL og arbejder i en børnehave i Ishøj. vi er for få voksne og jeg ville bare sige det. mvh Sofie
""")

M("b", """
Til udvalgsformanden

Som menighedsrådsformand i Torslunde Kirke og aktiv kristen vil jeg gerne invitere udvalget til vores høstgudstjeneste. Vi håber også at tale om parkeringen ved kirken.

Venlig hilsen
Inge Lise Krogh
""")

M("sb", """
Hej

Jeg er transkvinde og biseksuel, og jeg er aktiv i Alternativet. Jeg vil gerne stille op til Ungdomsrådet. Men kan jeg stille op under mit nye navn, selvom mit cpr ikke er ændret endnu?

Hilsen Alex Winther
[[030505-4218]]
""")

M("u", """
Hej

Jeg er tidligere medlem af DSR — meldte mig ud da jeg gik på pension. Nu vil jeg gerne være frivillig på plejecentret. Skal jeg have en børneattest eller straffeattest?

Mvh
Jytte Holst, pensioneret sygeplejerske
""")

M("bt", """
Kære borgmester

Jeg er formand for den jødiske forening Chai på Vestegnen og selv jøde. Efter hærværket på vores opslagstavle i biblioteket føler vi os utrygge. Kan kommunen hjælpe med at anmelde og sikre stedet?

Med venlig hilsen
Daniel Rosenthal
""")

M("s", """
Hej! Vi er to mødre, Louise og Nanna, og vi starter en legegruppe for regnbuefamilier i Ishøj. Kan vi låne legepladsen ved Kulturhuset en søndag om måneden? Kh os
""")

M("be", """
Til Borgerrådgiveren

Jeg er formand for beboerrådet i Vildtbanegård og aktiv i Dansk Folkeparti. Jeg skriver om mig selv: Jeg fik afslag på boligstøtte og føler at det er fordi sagsbehandleren kender min politiske holdning. Jeg vil klage.

Cpr [[120958-1733]]
Kjeld Brandt
""")

M("u", """
Hej

Jeg er tillidsrepræsentant for DLF på Vejleåskolen. Kollegerne har bedt mig spørge byrådet om den nye arbejdstidsaftale. Kan vi få et møde med udvalgsformanden?

Mvh Morten Bak
""")

M("b", """
Hej

Jeg er medlem af Extinction Rebellion og vil gerne lave en fredelig demonstration foran rådhuset næste fredag. Vi er ca. 30. Skal vi meddele politiet eller kommunen?

Mvh Astrid
""")

M("bt", """
Hej

Jeg er imam i Ishøj Moské og født i Bosnien. Vi vil gerne åbne moskéen for skoleklasser. Men jeg vil også klage: to gange har kommunens folk kaldt os "de fremmede" ved møder.

Venlig hilsen
Imam Senad Begić
""")

M("us", """
Hej

Jeg er aktiv i 3F's LGBT+-netværk og selv bøsse. Vi vil gerne hejse regnbueflaget på rådhuset i Pride-ugen og holde et arrangement for fagbevægelsen. Må vi?

Mvh Nicolai Friis
""")

M("b", """
Hej, jeg er buddhist og leder af en lille meditationsgruppe på 12 personer. Vi søger et lokale til at meditere tirsdag aften. Kan vi bruge et klasselokale på Ishøj Skole? Venlig hilsen Tove Lind
""")

M("eu", """
Kære byrådsmedlem

Som formand for lejerbestyrelsen skriver jeg om mig selv: Jeg er medlem af Dansk Metal og blev fyret i sidste måned. Jeg ved ikke om jeg kan blive i bestyrelsen når jeg ikke længere kan betale huslejen fuldt. Det er pinligt, men jeg spørger.

Hilsen Rene Poulsen
""")

M("b", """
Til Byrådet

Jeg er pacifist og medlem af Aldrig Mere Krig. Jeg protesterer mod at kommunen lader Forsvaret rekruttere på gymnasiet.

Venlig hilsen
Lise Hald
""")

M("s", """
hej jeg er 17 og ikke-binær og aseksuel. jeg vil gerne starte en ungdomsgruppe for asexuals i Ishøj. er der penge til det fra kommunen? hilsen Kim
""")

M("ub", """
Hej

Jeg er medlem af både Krifa og Kristeligt Folkeparti. Jeg vil gerne vide om kommunen vil lave en høring om søndagsåbent i butikkerne. Det bekymrer mig som kristen.

Mvh
Søren Krogsgaard
""")

M("b", """
Hej

Som konvertit til islam og formand for en kvindeforening vil jeg spørge om vi kan få svømmehallen alene en aften om ugen for kvinder.

Mvh Louise Hansen
""")

M("s", """
Hej

Jeg er formand for Ishøj Roklub og jeg er gift med min kone Mette. Vi vil invitere borgmesteren til vores åbningsdag. Hilsen Pia Kragh
""")

M("u", """
Hej

Jeg er formand for IDA's seniorer i Vestegnen og selv medlem af IDA gennem 40 år. Vi vil gerne holde foredrag om klimasikring på biblioteket. Er der en sal?

Med venlig hilsen
Ib Johannsen
""")

M("b", """
Hej byråd

Jeg stemte på Venstre ved sidste valg, men jeg er rasende over planen om at nedlægge Ishøj Landsby Skole. I får ikke min stemme igen.

Mvh Anders Hjort
""")

M("sh", """
Hej

Min kæreste Rasmus og jeg (Ole) har været sammen i 30 år. Rasmus har fået en demensdiagnose, og vi vil gerne på et pårørendekursus. Er det også for par som os?

Venlig hilsen
Ole Brix
""")

M("tb", """
Hej

Vi er en gruppe eritreiske kvinder fra den ortodokse kirke, og jeg er formand for foreningen. Vi vil gerne lave kaffeceremoni på den internationale dag i Kulturhuset. Må vi bruge røgelse indendørs?

Venlig hilsen
Saba Tekle
""")

M("up", """
Til Byudvikling

Jeg er medlem af HK og formand for Grundejerforeningen Torslundegård. Jeg selv har sat mit hus til salg, og en køber har bedt om at se vejplanen for området før han byder. Er den offentlig?

Mvh
Anette Schmidt
""")

M("s", """
Hej

Jeg er biseksuel og mor til to. Jeg vil gerne være frivillig i et projekt for LGBT-unge. Har kommunen sådan et, eller kan I henvise?

Mvh Ditte
""")

M("bt", """
Til borgmesteren

Jeg er aktiv i Nye Borgerlige og vil gerne sige at jeg som dansk-iraner og ex-muslim synes at I giver moskeen for meget plads. Jeg vil gerne mødes.

Mvh Ali Rostami
""")

M("u", """
Kære udvalg, jeg er medlem af Lederne og leder i en privat børnehave. Jeg vil gerne høre om kommunens tilskud til private institutioner. Venlig hilsen Karina
""")

M("sb", """
Hej

Jeg er lesbisk og medlem af SF. Jeg har set at kommunen ikke markerer Pride. Vil I tage det op?

Mvh Julie Lassen
""")

M("u", """
Hej, jeg er næstformand i Djøf's lokale netværk og selv medlem. Vi vil gerne invitere kommunaldirektøren til et debatmøde om velfærd. Mvh Frederik
""")

M("us", """
Hej

Jeg er TR i 3F hos et rengøringsfirma og bøsse. En kollega har kaldt mig grimme ting, og firmaet gør ikke noget. Det er ikke en kommunesag, men jeg vil bare spørge om kommunen har en anti-diskriminationsenhed.

Mvh Jamal
""")

M("p", """
Hej

Vi er Ishøj Skytteforening og har forhandlet med kommunen om at købe vores klubhus på Ishøj Søvej. Vi har tilbudt 400.000 kr., men kommunen har ikke svaret. Jeg er formand og står personligt som kautionist.

Mvh
Bjarne Holm
""")

M("s", """
Hej, jeg er Mads, vi er to mænd og skal til at adoptere. Kommunens samrådsforløb – hvornår er næste hold?
""")

M("b", """
Hej

Jeg er Jehovas Vidne og vil gerne høre om vi må stå med vores stande ved stationen. Andre har fået at vide at det ikke er tilladt.

Med venlig hilsen
Birgit Møller
""")

M("eu", """
Hej

Jeg er medlem af Dansk Sygeplejeråd og har meldt mig ledig efter at plejehjemmet lukkede. Jeg skal til samtale i jobcentret i morgen. Skal jeg have min a-kasse med?

Mvh Hanna
[[291078 1948]]
""")
