"""corpus71 part H: families, partners and homes; same-sex couples and trades in progress."""
from common import M

M("sp", """
Kære Merete Dahl

Min mand Jesper og jeg har sat vores rækkehus til salg, fordi vi skal adoptere og har
brug for mere plads. Vi har en køber, men mægleren siger kommunen ikke har svaret på
spørgsmålet om den ulovlige udestue. Kan du puffe lidt til sagen?

Med venlig hilsen
Anders Kirkeby
""")

M("s", """
hej Lise, jeg er 16 og er lige sprunget ud som lesbisk. mine forældre ved det ikke. er
der en ungdomsklub i ishøj hvor man kan møde andre som mig? vil ikke skrive mit navn
""")

M("p", """
Til udvalgsformanden for Plan og Erhverv

Jeg har fået et købstilbud på min frisørsalon inkl. lokaler i Ishøj Centret. Køberen
vil bruge lokalerne til tandklinik, hvilket kræver ændret anvendelse. Sagen hos jer er
sendt for to måneder siden. Kan den behandles før jul, så handlen ikke falder?

Med venlig hilsen
Birthe Rosenkilde
""")

M("s", """
Til Center for Børn og Forebyggelse

Vi er to fædre, Mathias og Ahmad, og vores datter starter i vuggestue i februar. På
indmeldelsesblanketten står der kun "mor" og "far". Kan den rettes, så vi begge kan
skrive os på som forældre?

Venlig hilsen
Mathias
""")

M("pt", """
Kære Karsten Holm

Jeg er født i Tyrkiet og har drevet pizzeria på Ishøj Bygade i 20 år. Nu vil jeg sælge
forretningen og bygningen til min nevø, men kommunen har en fortrinsret i den gamle
lokalplan. Vi har en underskrevet aftale, der afventer jeres svar. Hvad sker der?

Med venlig hilsen
Mehmet Öztürk
""")

M("se", """
Til Borgerrådgiveren

Min tidligere kone og jeg (vi er begge kvinder) er blevet skilt, og vi kan ikke blive
enige om samvær med vores søn. Familieretshuset siger vi skal have børnesagkyndig
rådgivning gennem kommunen. Hvem skal vi ringe til?

Med venlig hilsen
Maja Rosenvinge
""")

M("p", """
Hej

Vores nabo på Tranegilde Strandvej 44 har solgt sit hus betinget til en, der vil
bygge et hus i to etager. Vi har hørt at køberen venter på svar fra jer om
dispensation. Vi vil gerne være part i sagen.

Mvh
Finn og Merete Laursen
""")

M("sb", """
Kære borgmester

Jeg er kvinde, præst i folkekirken og gift med en kvinde. Jeg vil gerne invitere dig til
vores regnbuegudstjeneste i Ishøj Kirke den 16. august. Det er første gang vi holder
den, og det vil betyde meget.

Med venlig hilsen
Sognepræst Karen Lysholm
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg er ved at købe min svigerfars landbrugsjord ved Tranegilde. Kan kommunen bekræfte
at den ikke er omfattet af ekspropriationen til den nye regnvandssø? Ellers kan banken
ikke give lånetilbud.

Med venlig hilsen
Kim Thorsen
""")

M("s", """
Hej Karsten

Jeg er biseksuel og er med i bestyrelsen for en ny LGBT+-forening i Ishøj. Vi søger
lokaler til møder en gang om måneden. Har kommunen et sted vi kan låne gratis?

Hilsen
Mikkel Berg
""")

M("ph", """
Til hovedpostkassen

Vi har et kolonihavehus i Ishøj Strandhaver som vi er ved at sælge, fordi min mand
ikke kan klare havearbejdet efter sin blodprop. Foreningen har fundet en køber, men
kommunen skal godkende tilbygningen først. Hvornår sker det?

Venlig hilsen
Grethe Ibsen
""")

M("st", """
Hello,

My husband Kenji and I (I am James, from Scotland; Kenji is from Japan) have just moved
to Ishøj. We are trying to register our marriage, but the system doesn't seem to
accept two husbands. Who in Borgerservice can help?

Best wishes
James MacLeod
""")

M("p", """
Til Ishøj Kommune

Jeg har et tilbud om køb af en erhvervsgrund i Ishøj Erhvervspark fra en anden
virksomhed. Vi skal underskrive i næste uge, men vi har hørt at kommunen vil lægge
en ny vej over det sydlige hjørne. Er det rigtigt?

Med venlig hilsen
Lene Kjær, direktør
LK Maskinservice A/S
""")

M("s", """
Til Kultur og Fritid

Jeg er homoseksuel og er lige flyttet til Ishøj. Jeg vil gerne vide om der findes en
idrætsforening her, der er åben for LGBT+, f.eks. et svømmehold. Jeg er 53 og vil bare
gerne lære nogen at kende.

Hilsen
Niels Hougaard
""")

M("bp", """
Kære Lise Brandt

Jeg er katolik, og vores lille katolske menighed i Ishøj har fået et tilbud om at
købe et tidligere forsamlingshus. Sælger vil have svar inden 1. februar. Kan vi
regne med at kommunen giver tilladelse til at bruge det som kirke?

Med venlig hilsen
Lucia Ferreira
""")

M("she", """
Til Center for Voksne og Velfærd

Min kone Ingrid og jeg (Birte) har været sammen i 41 år. Nu skal hun på plejehjem
på grund af demens, og vi vil gerne bo sammen på plejehjemmet. Er det muligt for et
par?

Med venlig hilsen
Birte Holmgaard
""")

M("pe", """
Hej Merete

Jeg har fået en tvangsauktion berammet på mit hus, men en køber har lige budt. Min
bank vil acceptere, hvis kommunen frafalder sin del af pantet for restskatten. Kan du
hjælpe med at få det afklaret hurtigt?

Mvh
Rene Schultz
""")

M("st", """
Til Borgerrådgiveren

Jeg er en homoseksuel mand fra Uganda og har fået asyl i Danmark. Min nabo i
opgangen har fundet ud af det og råber efter mig. Jeg vil gerne flytte til en anden
lejlighed i samme boligselskab. Kan kommunen hjælpe med at prioritere det?

Venlig hilsen
Joseph
""")

M("p", """
Til Center for Byudvikling og Natur

Min mor er død, og vi arvinger har sat hendes hus på Vejleåvej til salg. En køber har
budt, men vil vide om der er nogle kendte sager om skel. Kan I tjekke det?

Venlig hilsen
Karin Esbensen
""")

M("s", """
Hej Karsten

Min mand og jeg (jeg hedder Lasse) vil gerne være aflastningsfamilie. Vi har
hørt at kommunen mangler familier. Hvordan søger man?

Mvh
Lasse Holt
""")

M("pb", """
Til borgmesteren

Jeg er imam i den lille moské på Industrivej og skriver på vegne af menigheden. Vi
har en betinget aftale om at købe nabobygningen, hvis kommunen vil ændre
anvendelsen. Hvornår kan vi forvente en afgørelse?

Med venlig hilsen
Imam Abdullah Rahimi
""")

M("sh", """
Til Center for Børn og Forebyggelse

Jeg er gravid i 20. uge, og min kone og jeg har fået at vide at barnet har en
hjertefejl. Vi vil gerne have en sundhedsplejerske der kender til det, når hun er født.

Kh
Sara og Helene
""")

M("p", """
Kære Lise Brandt

Min svigersøn har budt på en villa på Ishøj Strandvej. Sælger vil have svar om
to dage, men der er et påbud om at udskifte kloakken. Kommunen skal sige om påbuddet
stadig gælder. Kan du få nogen til at ringe til ham?

Venlig hilsen
Anne-Lise Hvidt
""")

M("su", """
Hej Merete

Jeg er lesbisk og medlem af Dansk Sygeplejeråd. Jeg vil gerne starte et LGBT+-netværk
for sundhedspersonale i kommunen. Kan kommunen hjælpe med lokaler?

Venlig hilsen
Line Brøndum
""")

M("pe", """
Til Center for Borger, Økonomi og IT

Jeg har solgt min lejlighed, men køberen har trukket sig i sidste øjeblik. Nu har jeg
to huslejer at betale og kan ikke betale min ejendomsskat til januar. Kan jeg få
henstand?

Med venlig hilsen
Sanne Vogel
""")

M("s", """
Til Ishøj Kommune

Vi er en regnbuefamilie med to mødre og to børn, og vi vil gerne høre om skolens
seksualundervisning også nævner familier som vores. Vores ældste starter i 0. klasse
til august.

Med venlig hilsen
Hanne og Julie
""")

M("tp", """
Kære borgmester

Min far er fra Pakistan og er lige gået bort. Vi skal sælge hans hus, og der er en
køber, men min farbror i Lahore skal skrive under på noget. Kan kommunen hjælpe med
at oversætte tinglysningspapirerne? Min far talte kun urdu.

Mvh
Sana Malik
""")

M("sh", """
Hej Lise

Jeg er 72, og min kæreste Poul og jeg har været sammen i 30 år. Nu er han syg, og jeg
er bange for at blive behandlet som "bare en ven" på hospitalet. Kan kommunen skrive et
papir om at jeg er hans pårørende?

Venlig hilsen
Henning
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har købt et sommerhus i Ishøj Strand med overtagelse 1. marts. Købsaftalen er
betinget af at der ikke er ulovlige byggerier. Mægleren siger at anneksets byggetilladelse
mangler i jeres arkiv. Har I den?

Med venlig hilsen
Jakob Bergmann
""")

M("s", """
Til Borgerrådgiveren

Min søn på 15 har fortalt os at han er homoseksuel. Han bliver mobbet i skolen, og
lærerne gør ikke noget. Jeg ved at skolen skal kontaktes først, men jeg vil gerne vide om
I kan hjælpe, hvis skolen ikke reagerer.

Med venlig hilsen
Susanne Friis
""")

M("ps", """
Hej Karsten

Min mand og jeg har budt på Ishøj Kommunes byggegrund på Tranegildevej 9 og venter på
svar. Vi er to mænd, og mægleren spurgte om vi var "brødre". Vi bliver lidt trætte af
det. Kan du fortælle hvornår kommunen beslutter sig?

Hilsen
Christian og Rasmus
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår udløber høringen af lokalplan 3.12 for boligområdet ved Vejleå? Vores
andelsboligforening vil sende et fælles høringssvar om trafikken på Vejleåvej.

Med venlig hilsen
A/B Vejlebo, bestyrelsen
""")

M("s", """
Til Ishøj Kommune, Borgerservice

Jeg har skiftet juridisk køn og er gift med en kvinde. Da vi begge er kvinder nu, står vi
forkert i CPR som "mand og hustru". Kan I rette det?

Med venlig hilsen
Charlotte og Mette Winkel
""")

M("sp", """
Kære Merete

Jeg (Jonas) og min mand Emil har fået accepteret vores bud på en andelslejlighed i
Vejleåparken, men foreningen har ikke holdt bestyrelsesmøde endnu, så vi venter. Skal vi
selv søge om at få beboerparkering, eller følger den med lejligheden?

Hilsen Jonas
""")

M("st", """
Til Borgerrådgiveren

Jeg er en kvinde fra Brasilien og bor med min kone i en kommunal lejebolig. Vi har flere
gange fundet sedler i postkassen om at "udlændinge og lesbiske skal ud". Vi vil gerne
vide om kommunen kan tale med boligselskabet.

Obrigada
Luana Costa
""")
