"""corpus57 part H: short notes, slang, mixed cases across all categories."""
from common import M

M("s", """hej aktivitetscentret
kan min mand og jeg komme med på turen til Møns Klint? vi hedder Ib og
Kaj og bor i strandparken. vi betaler selvfølgelig selv
hilsen Kaj""")

M("u", """er i 3F og har været det siden 1972. vil bare sige at jeres nye
seniorbus er super. chaufføren var flink. hilsen Erling""")

M("p", """Til Byudvikling og Natur

Vi har fået et bud på vores husbåd i Ishøj Havn. Køberen vil have en
bekræftelse på, at bådpladsen følger med ved salg. Før vi siger ja: gør
den det?

Mvh
Lone og Bo Arnfred""")

M("sh", """Til Center for Voksne og Velfærd

Min kæreste gennem 15 år, Ole, og jeg (Hans) har lige fået at vide, at Ole
har prostatakræft. Hvis han skal have hjælp derhjemme, kan jeg så stå som
pårørende, selvom vi ikke er gift?

Hans Erik Damgaard""")

M("pe", """Til hovedpostkassen

Jeg er bobestyrer for min afdøde fars dødsbo. Hans ejerlejlighed på Ishøj
Strandvej er sat til salg, og der er et bud, vi overvejer. Men kommunen har
et tilgodehavende for hans madservice, og skifteretten siger, vi skal
have en opgørelse. Kan I sende den? Sagsnr. fra skifteretten: BS-4412/2025.

Venlig hilsen
Rikke Gammelgaard""")

M("u", """Til Kultur- og Fritidsudvalget

Jeg er pensioneret postbud og stadig medlem af 3F's seniorgruppe. Vi vil
gerne lave en fotoudstilling om "Ishøj før betonen" i rådhushallen. Kan vi
få lov?

Hilsen
Bjarne Wind""")

M("bs", """Til borgmesteren

Jeg og min kone Annemette er begge aktive i Ishøj Kirkes menighed og
synger i kirkekoret hver søndag. Vi vil gerne invitere dig til en
koncert i maj, hvor vi fejrer 30 år sammen.

Med venlig hilsen
Susanne Krogh""")

M("peh", """Til Center for Voksne og Velfærd

Min mor er kommet på plejehjem, og hendes rækkehus i Torslunde skal sælges.
Køber har underskrevet, men vi mangler min mors underskrift, og hun kan ikke
skrive mere. Kan kommunen være behjælpelig med en værgemålssag, før
handlen kan gennemføres?

Venlig hilsen
Michael Hjort""")

M("t", """Hej

jeg er tyrkisk og 73 år og jeg vil gerne lære at bruge computer. er der hold
på biblioteket for os der ikke er så gode til dansk

Hüseyin""")

M("ue", """Til Borgerrådgiveren

Jeg er medlem af HK og gik på efterløn sidste år. Nu har jeg fået et brev om,
at jeg har fået for meget udbetalt, fordi jeg har arbejdet nogle timer i
Netto. Det var aftalt med a-kassen. Kan kommunen hjælpe?

Venlig hilsen
Lis Wagner""")

M("sp", """Til Byudvikling og Natur

Min mand Thomas og jeg (Peter) vil sælge vores hus på Torslundevej og købe
et mindre. Vi har et køberbud, der er betinget af, at kommunen godkender
vores gamle carport. Kan I komme ud og se på den?

Mvh
Peter og Thomas Lykke-Hansen""")

M("hu", """Til direktionsassistenten, Voksne og Velfærd

Jeg er tillidsrepræsentant for Dansk Sygeplejeråd på plejecentret
Bredekær og er selv lige vendt tilbage efter en brystkræftoperation. Jeg
vil gerne tale med direktøren om, hvordan vi tager imod kolleger, der har
været syge længe.

Venlig hilsen
Annette Schultz""")

M("b", """hej
jeg er muslim og 70 år. jeg vil gerne gå til svømning i ishøj bad for
ældre men jeg vil kun svømme med kvinder. er der et hold kun for kvinder?
tak
Fatima""")

M("p", """Til Byudvikling og Natur

Vores forældre vil sælge deres landbrugsjord ved Tranegilde til en nabo.
Der er enighed om prisen, men der er en aftale om en rekreativ sti, som
kommunen har tinglyst. Skal kommunen give samtykke før salget?

Med venlig hilsen
Ole og Kirsten Mortensen""")

M("se", """Til Borgerrådgiveren

Jeg er 69 og har været sammen med en kvinde i 20 år, selvom jeg selv er
kvinde og kommer fra en tid, hvor det ikke blev sagt. Nu skal hun på
plejehjem, og jeg vil gerne vide, om jeg kan få aktindsigt i hendes sag. Vi
er ikke gift.

Venlig hilsen
Lilian""")

M("u", """Til hovedpostkassen

Vi er en gruppe pensionerede medlemmer af Serviceforbundet, der vil tilbyde
frivillig hjælp til ældre, der ikke kan klare haven. Må vi reklamere på
kommunens hjemmeside?

Med venlig hilsen
Kurt Sand""")

M("tp", """Til Byudvikling og Natur

Jeg er kurder og har boet i Ishøj i 35 år. Jeg vil købe en lille grund til
et gartneri. Kommunen har grunden til salg, og jeg har givet et bud. Jeg har
hørt, at der er andre bydende. Hvornår får jeg svar?

Venlig hilsen
Ahmet Aydin""")

M("e", """Til Center for Voksne og Velfærd

Jeg har brug for hjælp. Mit navn er Johannes Iversen, personnr.
[[180645-1331]], og min kone har personnr. [[230948\u20132188]]. Vi har
begge fået hjemmehjælp i et år, men nu er hjælperen stoppet uden at en ny
er sat på. Vi kan ikke selv gøre rent.

Hilsen
Johannes""")

M("bu", """Kære udvalgsformand

Jeg var medlem af Konservative i 30 år og tillidsrepræsentant i Dansk
Metal på Avedøreværket. Nu vil jeg gerne være frivillig i
borgerrådgiverens brugerpanel. Hvordan melder man sig?

Med venlig hilsen
Kjeld Ravn""")

M("s", """hej med jer
jeg er en ældre bøsse på 77 og vil gerne høre om der findes en
LGBT+-venlig hjemmeplejeleverandør i ishøj. jeg skal snart søge og vil helst
slippe for dumme spørgsmål
mvh Leif""")

M("ph", """Til Byudvikling og Natur

Jeg er lige blevet enke og har demens i begyndelsen, siger lægen. Mine
børn vil have mig til at sælge huset på Vibeskrænten, og der er kommet et
bud. Jeg ved ikke, om jeg vil. Kan kommunen rådgive mig, før jeg
underskriver noget?

Venlig hilsen
Margit Nielsen""")

M("u", """Til borgmesteren

Jeg har været medlem af Djøf og er nu pensioneret jurist. Jeg tilbyder
gratis at hjælpe ældre med at læse breve fra kommunen i den frivillige
rådgivning. Har kommunen noget imod det?

Med venlig hilsen
Birgit Holmsgaard""")

M("st", """Til Center for Voksne og Velfærd

My husband and I are gay men from Brazil. We moved to Ishøj last year to
be near my sister. I am 70 and would like to join the activity centre's
walking group. Is it okay if my husband comes too, even though he does not
speak Danish?

Regards,
Paulo Souza""")

M("p", """Hej

vi skal købe min svigermors lejlighed. hun bor der stadig. købsaftalen er
klar men ikke skrevet under. skal kommunen godkende noget eller er det
kun ejerforeningen?

mvh Rasmus""")

M("s", """Til kommunen

jeg er lesbisk og 82, min kone døde i sommer. vil bare høre om der er en
sorggruppe for os der har mistet en kone. har ikke lyst til at sidde med
enker der taler om deres mænd
vh Tove""")

M("u", """Kære Kasper

Som tidligere fællestillidsrepræsentant i FOA for hele ældreplejen i Ishøj
vil jeg gerne foreslå, at byrådet besøger et plejecenter om natten. Så ser I,
hvordan det er.

Med venlig hilsen
Lisbeth Kruse""")

M("be", """Til visitationen

Min far er 86 og troende hindu. Han skal have madservice, men han spiser
ikke oksekød. Kan I tage højde for det?

Venlig hilsen
Rajesh Patel""")

M("up", """Hej

Jeg er medlem af Dansk Metal og har købt et lille værksted i Ishøj
Erhvervspark på betingelse af, at kommunen godkender skiltet. Sælger vil
ikke vente mere end 14 dage. Kan I svare hurtigt?

Mvh
Kim Berg""")

M("s", """Til Center for Voksne og Velfærd

Min mand Birger og jeg (Carl) er begge på aktivitetscentret hver torsdag.
Vi vil gerne tilmelde os julefrokosten som par og sidde sammen. Tak.

Carl""")

M("", """Til aktivitetscentret

Hvornår er julefrokosten i år, og hvad koster den? Skal man tilmelde sig
sammen med sin ægtefælle, eller kan man komme alene?

Hilsen
Anne""")

M("t", """Til Borgerservice

Jeg er fra Sydkorea og blev adopteret til Danmark som baby. Nu er jeg 55 og
skal hjælpe min danske mor med hendes papirer. Borgerservice spurgte mig, om
jeg "overhovedet var familie". Det vil jeg gerne klage over.

Venlig hilsen
Mette Kim Hansen""")

M("u", """Til borgmesterens PA

Vi er Ishøj Lærerkreds' pensionistgruppe under Danmarks Lærerforening og
vil gerne have borgmesteren til at åbne vores efterårsudstilling den 3.
oktober.

Med venlig hilsen
Gudrun Skov, formand""")

M("ph", """Til Byudvikling og Natur

Vi har solgt betinget: køber har 8 dages fortrydelsesret, og han vil først
beslutte sig, når han ved, om der må bygges en rampe til en kørestol. Min
mand har sidde i kørestol efter en ulykke, så vi skal til et mindre sted.
Hvornår kan I svare?

Venlig hilsen
Sonja Winther""")

M("se", """Hello,

I am writing for my mother, who is 78 and lives in a care home in Ishøj with
her partner Elisabeth. They are a lesbian couple and have been together for
45 years. Can they share a room? They have been told to apply separately.

Kind regards,
Julia Berg""")

M("u", """Hej

Jeg er TR for IDA-medlemmerne i Teknik og Miljø og vil gerne høre, om
seniorordningen for kommunens ansatte også gælder for os. Jeg har spurgt
personaleafdelingen uden svar.

Mvh
Morten Holm""")

M("pb", """Til Byudvikling og Natur

Jehovas Vidners menighed i Ishøj, som jeg er ældste i, vil sælge
rigssalen på Ishøj Boulevard. En køber har budt, men vil have bekræftet,
hvad lokalplanen tillader. Kan I svare inden fredag?

Venlig hilsen
Ebbe Lauritzen""")

M("", """Til Byudvikling og Natur

Hvad tillader lokalplanen for Ishøj Boulevard 40-60, hvis en bygning skal
ændres fra forsamlingshus til boliger? Vi er et arkitektfirma og forbereder
en skitse for en kunde.

Mvh
Tegnestuen Vest""")

M("pt", """Til borgerrådgiveren

Min far er fra Indien og har ejet en kiosk i Ishøj i 30 år. Han vil sælge
den til sin nevø, men kommunen har ikke svaret på ansøgningen om at overføre
spiritusbevillingen. Handlen er ikke endelig, før det er på plads.

Venlig hilsen
Anil Sharma""")

M("u", """Til hovedpostkassen

Jeg er pensioneret medlem af BUPL og vil gerne være frivillig læsevenner i
børnehaverne. Hvem skal jeg skrive til?

Mvh
Jytte Bang""")

M("ep", """Til Borgerservice

Min mor har fået førtidspension i mange år og har ingen opsparing. Nu er hun
død, og vi har fået en køber til hendes lille hus, der dog ikke har
underskrevet. Kan vi få begravelseshjælp, før huset er solgt?

Med venlig hilsen
Tina Lauridsen""")
