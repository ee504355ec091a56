"""corpus87 part H: carers' everyday life in mixed mails with several categories, CPR
numbers in every format (two in some mails, in signatures), unions among carers; hard
negatives with look-alike numbers."""
from common import M

M("ehu", """
Til Jobcenter Ishøj

Jeg er sosu-assistent og medlem af FOA. Min mand fik en blodprop i september, og jeg har
fået plejevederlag for at passe ham hjemme i de sidste måneder. Nu slutter det, og jeg
skal tilbage på arbejde. Kan jeg få en samtale om nedsat tid?

Venlig hilsen
Lone Kjær
[[180467\u00a02514]]
""")

M("", """
Hej

Vedr. ordre 1204261187: Jeg har bestilt 3 billetter til seniorteatret den 12. april, men
kun fået 2. Kan I sende den sidste?

Mvh Else Hviid
""")

M("tu", """
Kære Ole (byrådsmedlem)

Jeg er født i Tyrkiet og kom hertil i 1972. Jeg har været i 3F i 40 år og er nu
pensionist. Vi er mange gamle gæstearbejdere der gerne vil have et mødested i
Vejleåparken. Kan du hjælpe med at finde et lokale?

Med venlig hilsen
Hüseyin Kaya
""")

M("hse", """
Til Visitationen

Jeg passer min kone, Mette, som har sklerose. Vi er to kvinder, gift i 2014, og hun har
hjemmepleje morgen og aften. Nu søger jeg om aflastning en weekend om måneden, så jeg kan
besøge min søster i Aarhus.

Mette: [[050661-2412]]
Mig: [[210359–1136]]

Venlig hilsen
Jytte Dam
""")

M("", """
Til Borgerservice

Mit telefonnummer er 4357 1290 og min mand har 2311 6745. Vi vil gerne have begge numre
på vores sag om skraldespande. Sagsnr. 06.00.05-P19-18-26.

Mvh Vibeke
""")

M("pu", """
Hej

Jeg er pensioneret tømrer og medlem af Blik- og Rørarbejderforbundet... nej, af 3F
selvfølgelig. Vi har sat vores hus til salg, og en køber har bedt om at se
byggetilladelsen til vores kvist fra 1994. Kan I finde den?

Mvh
Leo Mikkelsen
""")

M("bt", """
Kære Social- og Sundhedsudvalg

Jeg er 70, bosnisk muslim og kom som flygtning i 1993. Mange af os gamle bosniere er
nu alene. Kunne kommunen støtte en ugentlig kaffeeftermiddag i vores forening?

Venlig hilsen
Emina Hodžić
""")

M("", """
Hej

Bank: reg.nr. 5301, konto 0244187312. Det er til refusion af for meget betalt
deltagergebyr for seniorholdet i svømmehallen (kr. 350). Kvitteringsnr. 0311470129.

Mvh Bjørn
""")

M("hu", """
Til Center for Voksne og Velfærd

Jeg er tillidsrepræsentant for FOA i hjemmeplejen, men skriver som privatperson. Min mor
har fået en demensdiagnose, og jeg vil gerne vide om kommunen har et pårørendekursus om
aftenen.

Venlig hilsen
Dorte Lind
""")

M("s", """
Til seniorklubben

Jeg og min kæreste, Birgit, vil gerne melde os til bankospillet. Vi er begge 71 og bor
sammen på Ishøj Strandvej.

Mvh
Hanne Koch
""")

M("", """
Dear Sir/Madam,

Could you tell me how to register for the senior citizens' computer course at the
library? I am 70 and just moved here. Reference from your website: KURSUS-2026-118.

Best wishes,
Angela
""")

M("ehu", """
Kære borgerrådgiver

Jeg er 62, medlem af Dansk Metal, og har passet min far med demens i 3 år ved siden af
mit arbejde. Nu er jeg selv sygemeldt med stress, og kommunen har afvist at give min far
aflastning. Jeg kan ikke mere.

Venlig hilsen
Carsten Nielsen
[[120264 1947]]
""")

M("ts", """
Hej

Jeg er pensioneret og kom fra Filippinerne for 30 år siden. Min mand, Lars, og jeg har
været gift i 12 år. Vi er to mænd. Vi vil gerne være plejefamilie for en ældre, er det
noget kommunen har?

Mvh
Ramon Cruz
""")

M("", """
Til hovedpostkassen

Jeg har en kvittering med nr. 2906451122 for betaling af parkering ved plejecentret. Den
blev trukket to gange. Kan I refundere?

Venlig hilsen
Jette
""")

M("eb", """
Til Ishøj Kommune

Min far er præst emeritus og bor nu på Kærbo. Han har bedt om at få lov at holde en lille
andagt for de andre beboere en gang om måneden. Hvem kan give lov til det?

Venlig hilsen
Anna Kirkegaard
""")

M("ue", """
Hej

Jeg har været i HK i 35 år og blev fyret i januar, 63 år gammel. Nu er jeg på dagpenge
og skal snart på seniorpension. Kan jeg stadig deltage i kommunens seniortræf?

Mvh Susanne Brix
""")

M("", """
Hej

Vi er en privat hjemmeplejeleverandør med CVR 41228754 og vil gerne høre om udbuddet på
praktisk hjælp i 2027.

Venlig hilsen
Omsorg Plus ApS
""")

M("hte", """
Kære Tina (byrådsmedlem)

Min svigermor taler kun arabisk og har Alzheimers. Hun bor hos os, og jeg passer hende.
Vi har søgt om dagcenter til hende, men det eneste dagcenter taler kun dansk. Er der
noget tilbud med arabisktalende personale?

Mvh Rania
""")

M("u", """
Til Ishøj Kommune

Jeg er medlem af Lederne og pensioneret afdelingsleder. Jeg vil gerne stille op til
ældrerådsvalget. Hvornår er fristen?

Venlig hilsen
John Ebbesen
""")

M("", """
Hej

Jeg har født i 1946 og fylder 80 den 12.03.2026... nej 2026 er forbi, jeg mener næste
år. Er der noget kommunen giver til 80-årige?

Mvh Ebba
""")

M("h", """
Hej

Jeg hjælper min nabo Tove med indkøb, fordi hun har dårligt hjerte og ikke kan bære.
Hun har ingen familie. Er der en frivillig indkøbsordning i Ishøj, jeg kan fortælle hende
om?

Mvh Kim
""")

M("tbe", """
Til Visitationen

Min mor, Zainab, er fra Irak og taler kun arabisk. Hun er muslim og vil ikke vaskes af en
mand. Hun har fået bevilget bad to gange om ugen fra i næste uge. Kan I sørge for en
kvindelig hjælper?

CPR: [[010144–2386]]

Venlig hilsen
Ali Hassan
""")

M("us", """
Hej

Min mand, Bent, og jeg skal til 3F's pensionistfest i december, og vi vil høre om
Flextur kan køre os hjem efter kl. 22? Jeg har været medlem siden 1970.

Mvh Jørn Frost
""")

M("pe", """
Kære borgerrådgiver

Vores hus skal på tvangsauktion i januar, fordi vi ikke har kunnet betale efter min
mand gik på førtidspension. Vi har fundet en køber, som vil give lidt mindre end gælden.
Kan kommunen hjælpe, så vi undgår auktionen?

Venlig hilsen
Karin Lund
CPR [[1911611924]]
""")

M("", """
Hej

Hvornår kommer bogbussen til Torslunde i januar? Den plejer at holde ved kirken
onsdag kl. 14.

Mvh Anders
""")

M("ub", """
Kære borgmester

Jeg er 75, har været med i DSR i 50 år og er ikke bange for at sige at jeg er
socialist. Kommunens nye ældrepolitik er et skridt tilbage, og jeg vil gerne tale ved
næste borgermøde.

Med venlig hilsen
Gerda Ahlmann
""")

M("he", """
Dear Ishøj Municipality,

My mother, Mrs. Ellen Barker, aged 91, was granted a home care package last month but
has since had a fall and broken her wrist. She will need help with dressing as well.
Could her care be reassessed urgently? Her CPR number is [[080835-2262]].

Kind regards,
Robert Barker
""")

M("", """
Til Center for Byudvikling og Natur

Der er et hul i fliserne foran seniorbofællesskabet på Strandgårdsvej. En af beboerne
er lige ved at falde hver dag. Kan I lappe det?

Venlig hilsen
Beboerforeningen
""")

M("tu", """
Hej

Jeg er polsk og har arbejdet i Danmark som bygningsarbejder siden 2005. Nu er jeg 64 og
medlem af 3F. Kan kommunen hjælpe mig med at forstå, hvornår jeg kan få folkepension, når
jeg har arbejdet i to lande?

Mvh
Marek Zieliński
""")

M("", """
Hej

Sidste dag for tilmelding til seniorernes sommerudflugt er 15.06.26? Eller 16.06.26? Der
står to datoer på opslaget.

Mvh Irene
""")

M("seh", """
Til borgerrådgiveren

Min kone Louise har fået konstateret demens, 67 år. Jeg er hendes hustru og pårørende,
men hjemmeplejen vil kun tale med hendes bror. Vi fik hjemmepleje bevilget i oktober.
Vi har været gift i 10 år. Jeg vil klage.

Med venlig hilsen
Karina Holm
""")

M("u", """
Hej

Jeg er i Krifa og pensionist. Krifa har en seniorforening, der vil lave et foredrag om
ensomhed. Kan vi bruge biblioteket?

Mvh
Svend Erik
""")

M("", """
Til Borgerservice

Jeg fik en sms fra "Ishøj Kommune" om at jeg skal klikke på et link for at få "penge
tilbage". Er det svindel? Afsender: 1919.

Mvh Agnes
""")

M("bu", """
Kære udvalgsformand

Jeg er aktiv i Dansk Folkeparti og var i mange år tillidsrepræsentant i HK. Jeg vil
gerne foreslå at kommunen laver en ordning med frivillige der kører ældre til lægen.

Med venlig hilsen
Finn Bach
""")

M("e", """
Hej

Min CPR er [[291249-1017]]. Jeg har fået en ny adresse, fordi jeg er flyttet i
ældrebolig. Kan I ændre min madordning, så den kommer til Torslunde Bygade 3B?

Mvh
Verner
""")

M("", """
Hej

Mit kundenummer hos jer er 1402531177 (står på fjernvarmeregningen). Jeg vil bare høre om
der er varmetillæg for pensionister i Ishøj, eller om det kun er staten?

Mvh Kirsten
""")

M("te", """
Til Ishøj Kommune

Jeg er kurder fra Syrien og har boet i Danmark i 8 år. Min mor, Fatma, er 79 og bor hos
mig. Hun har fået afslag på hjemmehjælp, fordi hun bor med familie. Vi vil klage.

Venlig hilsen
Rojda Amin
[[150390-2138]]
""")

M("", """
Hej

Jeg vil gerne høre, om der er et tilbud til pårørende til demente i Ishøj – ikke til mig,
men til en artikel i kirkebladet.

Mvh Grethe Sønderby
""")

M("u", """
Kære Jakob (byrådsmedlem)

Tak for dit indlæg om bedre forhold for sosu'erne. Som gammel FOA-tillidsmand på Kærbo
i 20 år ved jeg hvor hårdt de arbejder.

Mvh
Erling
""")

M("hseu", """
Til Center for Voksne og Velfærd

Min mand, Torben, har ALS og har netop fået bevilget BPA. Jeg er sygeplejerske og
medlem af DSR og vil gerne være en af hans hjælpere. Må man det, når man er ægtefælle?
Vi har været gift siden 2012.

Venlig hilsen
Jakob Møller
Torben: [[160259-3301]]
""")

M("", """
Hi,

Quick question about Flextur discounts: my friend and I ride together to senior
dancing every Wednesday. How much does it cost?

Birte
""")

M("tbu", """
Hej

Jeg er 73, kom til Danmark fra Pakistan i 1971 og var i 30 år medlem af SiD, nu 3F. Jeg er
også formand for vores lille moskéforening og beder hver dag. Vi vil gerne invitere
borgmesteren til vores eid-fest for ældre.

Med venlig hilsen
Mohammad Rafiq
""")

M("e", """
Til Ishøj Kommune

Mit journalnummer hos Ankestyrelsen er 24-81123. Hvordan finder jeg ud af, hvor min
klage over boligstøtte er henne?

Mvh
""")

M("pe", """
Kære borgerrådgiver

Mine forældre skal sælge huset, fordi mor er kommet i plejebolig og far ikke kan
betale alene. Der er en køber, men han vil først købe, når far er flyttet. Far har
søgt ældrebolig og venter stadig.

Venlig hilsen
Mikkel Borg
""")

M("ps", """
Hej

Min kone Sonja og jeg (Birgitte) har solgt vores lejlighed med forbehold for købers
finansiering. Hvis det går i orden, flytter vi i seniorbofællesskabet. Kan I sige hvornår
vi kan skrive os på dørskiltet der?

Mvh Birgitte Hald
""")

M("ub", """
Til hovedpostkassen

Jeg var fællestillidsrepræsentant for 3F på Ishøj Havn i 18 år og er i dag medlem af
Konservative. Jeg vil gerne høre om kommunen har planer for de gamle havnearbejderes
mindesten.

Venlig hilsen
Svend Aage Holst
""")

M("tsu", """
Hej

Jeg er grønlænder, 69, og min mand Niels og jeg er begge gamle medlemmer af Serviceforbundet.
Vi vil gerne invitere til grønlandsk kaffemik i seniorklubben. Kan vi låne køkkenet?

Mvh Hans Kristian Lynge
""")
