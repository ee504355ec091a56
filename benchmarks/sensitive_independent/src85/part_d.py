"""corpus85 part D: text-speak, youth from immigrant families, faith and orientation."""
from common import M

M("t", """hej fritid og kultur

jeg er 19 og hazara fra afghanistan, kom alene til dk som 15 årig. vi er 14 drenge fra
ishøj og vallensbæk der spiller cricket hver søndag på græsset bag skolen men vi bliver
smidt væk hele tiden. kan vi få lov at bruge en bane fast? vi har vores egne måtter
tak
Ali Reza""")

M("p", """Hej Center for Byudvikling og Natur

Min storebror vil sælge sin lejlighed på Ishøj Søvej til mig til en familiepris. Vi har
ikke skrevet noget under endnu, men hans bank siger vi skal have en vurdering, og at
kommunen skal godkende at det er en "handel mellem nærtstående". Er det rigtigt?

Mvh Jonathan, 25""")

M("s", """hej klubben på gildbrovej

min kæreste og jeg er begge piger og vi fik at vide af en voksen i klubben at vi ikke
måtte kysse i sofaen fordi "der er små børn". der sidder hele tiden drenge og piger og
kysser i den samme sofa uden at nogen siger noget. det er ikke fair. hvem bestemmer det?
mvh Naja 15""")

M("u", """Hej Ishøj Ungdomsskole

Jeg er 19 og aktiv i Ung i 3F. Vi vil gerne tilbyde en gratis workshop på ungdomsskolen
om ungdomsløn, kontrakter og hvad man må som 15-årig med fritidsjob. Jeg kommer selv
ud som frivillig sammen med en anden ung. Hvem kan vi snakke med?

Mvh Mustafa""")

M("b", """Til SSP

Jeg er vokset op som Jehovas Vidne og meldte mig ud i sommer, da jeg fyldte 18. Min
familie taler ikke med mig mere. Er der en gruppe i Ishøj for unge der har forladt et
trossamfund? Jeg har det rigtig svært med det.

Hilsen Jeremias""")

M("", """hejsa, holder biblioteket ramadan-iftar igen i år som sidste år? det var så hyggeligt
med alle de forskellige retter. hvornår er det?""")

M("e", """Hej Udbetaling / Borgerservice

Jeg er blevet far og bor nu med min kæreste og vores søn i en lejlighed på Ishøj
Strandvej. Jeg har søgt boligstøtte i oktober, men jeg er usikker på om min lærlingeløn
er sat rigtigt ind. Kan I tjekke det?

Mvh Christoffer Lindgaard
[[170801-5117]]""")

M("he", """hej ishøj kommune

jeg er 22 og ryger hash hver dag siden jeg var 15. jeg vil gerne stoppe nu fordi jeg har
fået en søn. kan jeg komme i behandling hos jer uden at det kommer med i min sag hos
familieafdelingen?? jeg søger hermed
mvh d""")

M("ps", """Til Byggesagsafdelingen

Min mand Jakob og jeg har fået accepteret vores bud på en andelsbolig i Ishøj Landsby. Vi
er to mænd på 28 og 30, og andelsforeningen vil først godkende os når vi har fremvist
en udskrift af BBR der viser at kælderen er godkendt til beboelse. Kan I sende den?

Venlig hilsen
Simon Friis""")

M("t", """hey hey

im 18 and half nigerian, half danish. me and some friends wanna start an afro dance
crew for teens in ishøj. can we use a room in the ungdomshus on saturdays? we dont need
much, just a mirror and speakers lol

Tobi""")

M("bu", """Kære formand for Økonomiudvalget

Jeg er 26, medlem af Enhedslisten og tillidsrepræsentant i HK på mit arbejde i en privat
virksomhed i Ishøj. Jeg vil gerne høre om kommunen vil stille krav om overenskomst til
firmaerne, der får kommunale rengøringsopgaver, så de unge ansatte ikke bliver snydt.

Med venlig hilsen
Laura""")

M("", """Hej Erhvervsservice

Vi er fire unge, der har startet en lille virksomhed med at vaske biler. Vores CVR er
44129056 og p-nr. 1003241889. Må vi stå på parkeringspladsen ved Ishøj Bycenter en lørdag,
eller skal vi have en tilladelse?

Mvh Mikkel og co.""")

M("e", """Til gældsrådgivningen

Min lillebror på 19 har lånt 15.000 kr. i Vivus og to andre steder, og nu er det vokset
til 31.000 med renter. Han tør ikke selv skrive. Kan jeg komme med ham til et møde hos
jer? Han bor hjemme hos vores mor i Vejleåparken.

Mvh Sarah""")

M("h", """Hej HF-koordinatoren / Ungdomsskolen

Jeg aborterede i uge 10 i sidste uge og jeg kan slet ikke koncentrere mig. Kan jeg få
udsat min eksamen i matematik på aftenholdet til januar? Jeg vil helst ikke fortælle
det til min lærer.

Mvh Caroline""")

M("s", """Hey!

I'm bi and I've been with my girlfriend Lea for a year. We're both 17 and in the
ungdomsskole's drama group. There's a school ball next month and the form only has spaces
for "dreng" and "pige" as a couple. Can you change it so it's just "partner"? Thanks!!

Ella""")

M("u", """Hej Center for Byudvikling og Natur

Jeg er studentermedlem af IDA og læser bygningsdesign på DTU. Jeg søger en praktikplads
i foråret og har set at I har ingeniører i byggesagsafdelingen. Tager I praktikanter?

Mvh Victor""")

M("tb", """Til svømmeundervisningen på Ishøj Skole

Vi er en somalisk familie, og vores datter Hamdi i 5.b går med tørklæde. Hun vil gerne
have en heldækkende badedragt (burkini) på til svømning. Er det tilladt i jeres
svømmeundervisning?

Venlig hilsen
Abdi og Hawa""")

M("p", """Hello,

I'm 29 and I'm buying the terraced house I rent in Vejleåparken from my landlord. We've
signed a conditional contract, and my lawyer says the municipality must confirm there's
no unpaid property tax on it before the deal goes through. Who should I contact?

Best,
Daniel Okafor""")

M("", """Kære byrådsmedlemmer

Der er alt for få fritidsjob til unge i Ishøj. Når man er 15 og bor i Vejleåparken, er det
næsten umuligt at få et job i bycentret. Kunne kommunen ikke oprette flere ungejob i
parkerne og idrætscentret om sommeren?

Venlig hilsen
en bekymret mor""")

M("eh", """Hej hjælpemiddelafdelingen

Jeg er 21 og har type 2-diabetes. Min læge siger jeg skal have teststrimler og nåle fra
kommunen. Jeg har sendt ansøgningen, men ikke hørt noget i tre uger, og jeg har næsten
ingen strimler tilbage.

cpr:\u00a0[[020305\u00a04229]]
Venlig hilsen
Rasmus Nielsen""")

M("he", """Kære Familieafdelingen

Min søn Noah på 3 år blev anbragt i en plejefamilie i maj. Jeg er 20 og har været i
behandling og har fået styr på mit liv. Jeg vil gerne have mere samvær end hver anden
lørdag. Hvordan søger jeg om det?

Mvh Josephine""")

M("s", """hej gymnastik i idrætscentret

jeg er 15 og homo, og de andre drenge på holdet siger ting i omklædningen hver gang. kan
jeg bruge det lille omklædningsrum ved siden af eller er det kun for trænerne?
/ L""")

M("b", """Kære SSP-konsulent

Jeg er 18 og er blevet kristen. Jeg konverterede fra islam i sommer og går nu i en
kirke i København, men min familie ved det ikke, og jeg er bange for hvad der sker hvis
de finder ud af det. Kan jeg tale med dig fortroligt?

Hilsen M.""")

M("", """Til Teknik- og Miljøudvalget

Hver fredag ved middagstid er der kaos ved Ishøj Stationsvej, når folk parkerer til
fredagsbønnen. Kan kommunen lave en midlertidig parkeringsordning eller sætte skilte
op?

Venlig hilsen
Nabo på Stationsvej""")

M("u", """Hej HR og Løn

Jeg var TR for de unge i Netto på Ishøj Torv i to år og vil gerne søge job som
fritidsmedarbejder i en af kommunens klubber. Har kommunen en ordning med en TR for de
unge medarbejdere i klubberne?

Mvh Ahmed, 24""")

M("t", """Hej Ungdomsklubben i Vejleåparken

Jeg er født i Danmark, men min far er fra Gambia. I fredags sagde en af de voksne i
klubben til mig at jeg skulle "tage hjem til Afrika", da jeg skændtes med en anden. Jeg
vil gerne have at min mor og jeg kan få et møde med lederen.

Hilsen Lamin, 14""")

M("he", """hej jobcenter

har adhd og har ikke fået min medicin i 2 mdr fordi jeg ikke har råd. er på kontanthjælp
og har et møde med jer på torsdag. kan jeg få hjælp til medicinen? ellers kan jeg ikke
sidde stille til mødet haha (ikke sjovt egentlig)
mvh Kenneth, 25""")

M("", """Hej Ungdomsskolen, hvornår starter kurset i selvforsvar for piger? Min datter på 16 og
hendes veninde vil gerne med. Mvh Pia""")

M("p", """Til Center for Byudvikling og Natur

Vi har fundet en køber til min mors hus på Torslundevej, men naboen har gjort indsigelse
mod det nye hegn, og køberen vil ikke skrive under før sagen er afgjort. Min mor er
gammel, så jeg (28) tager mig af salget. Hvornår kan vi forvente en afgørelse?

Venlig hilsen
Morten""")

M("s", """Til Børnehuset Mariehønen

Vi er to mødre, Amanda (26) og Josefine (27), og vores datter Alma starter hos jer i
februar. Vi vil gerne have, at I til morsdag ikke kun laver én gave. Hun har to mødre, og
vi er en regnbuefamilie.

Kh Amanda""")

M("", """Hej Borgerservice

I need a residence certificate (bopælsattest) in English for my internship in Hamburg
starting in February. Can you send it to my e-boks?

Thanks,
Marcus Holm
[[240599-1035]]""")

M("e", """Hej kommunen

min mor får førtidspension, og jeg er 17 og passer hende det meste af tiden efter skole.
jeg har læst at man kan få tilskud som pårørende. hun vil gerne at jeg skriver for
hende. hvad skal vi gøre?
mvh Adam""")

M("t", """Til Kulturforvaltningen

Mine bedsteforældre kom til Danmark som bådflygtninge fra Vietnam i 1979. Jeg er 23 og
laver en podcast om vietnamesiske familier i Vestegnen. Har kommunens lokalarkiv
billeder fra dengang, som jeg må bruge?

Venlig hilsen
Thanh Nguyen""")

M("u", """Hej Plejecenter Ishøjgaard

Jeg er SOSU-elev og medlem af FOA, og jeg starter praktik hos jer den 4. januar. Min
praktikvejleder er på ferie i den første uge, og FOA siger, at jeg skal have en
stedfortræder. Hvem skal jeg møde hos?

Mvh Maja""")

M("b", """Kære borgmester

Jeg er 20 og medlem af Liberal Alliances Ungdom. Jeg vil gerne stille et spørgsmål på
borgermødet om skatten, men man skal være tilmeldt. Kan jeg tilmelde mig her?

Med venlig hilsen
William""")

M("", """Hej Ishøj Bibliotek! Har I bøger om ADHD og angst skrevet til unge, gerne lydbøger? Jeg
er lærer og vil lave en kasse til klasselokalet. Mvh Jeanette""")

M("hs", """Til Sundhedshuset

Jeg er 24 og bøsse og tager PrEP, som jeg får på Hvidovre. Hospitalet spørger om der er
et sted i Ishøj hvor man kan få taget de blodprøver, jeg skal have hver 3. måned, så jeg
ikke skal helt derind. Kan jeres laboratorium gøre det?

Mvh Kasper""")

M("hp", """Hej

Vi har sat vores kolonihavehus i H/F Ishøjgård til salg, fordi vi venter barn og skal
flytte til noget større. Vi har en interesseret køber, men foreningen siger at
kommunen skal godkende det nye skur først. Hvordan gør vi det hurtigt?

Mvh Frida og Jonas""")

M("", """Er det rigtigt at kommunen vil lukke fritidsklubben i Vejleåparken næste år?? hvor skal
alle de unge så gå hen om aftenen? synes i skal tænke jer om""")

M("t", """Hei / Hej

Jeg er 17 og kom fra Ukraine i 2022 med min mor og søster. Jeg går i 10. klasse. Jeg vil
gerne tage mit ukrainske eksamensbevis med til optagelsen på gymnasiet. Skal det
oversættes af kommunen?

Dyakuyu
Oleksandr""")

M("e", """hej gældsrådgivningen

jeg er på SU og har en gæld til skat på 12.000 fra et år hvor jeg arbejdede for meget
ved siden af studiet. de vil trække det i min SU. kan man lave en aftale?
mvh Katrine
[[130699–2848]]""")

M("", """Hej Jobcenter / Ungejobs

Har kommunen nogen sommerjob til 15-årige i år, f.eks. i parkerne eller i svømmehallen?
Min datter vil rigtig gerne tjene lidt. Mvh Anja""")

M("bs", """Kære borgerrådgiver

Jeg er 21, kristen og lesbisk. Præsten i min frikirke har sagt til mig at jeg "skal
bedes for". Jeg ved godt kommunen ikke kan gøre noget ved kirken, men jeg har brug for
at vide om der findes et sted i Ishøj, hvor man kan få hjælp, når man er kristen og
queer.

Venlig hilsen
Hannah""")

M("u", """Kære borgmester

Jeg læser journalistik og er studentermedlem i Dansk Journalistforbund. Til min
bacheloropgave vil jeg interviewe dig om unges brug af sociale medier i Ishøj. Har du
30 minutter i december?

Mvh Clara""")

M("h", """Hej Ishøj Skole

Min far fik en blodprop i hjertet i går og ligger på Hvidovre. Jeg er 18 og skal passe
mine to små søskende i 3. og 5. klasse indtil min mor kommer hjem. Kan de blive i SFO
lidt længere de næste dage?

Venlig hilsen
Selma""")

M("", """Hej Borgerservice

Min lillebror og jeg har begge mistet vores sundhedskort ved et indbrud. Kan I sende nye
til vores adresse på Ishøj Torv 6, 3. tv.?

Mvh Julius Berg, [[080402-4417]]
og Anton Berg, [[191107 5531]]""")

M("", """Hej! Jeg bestilte en hoodie i ungdomsskolens webshop, ordrenr. 1505001234, men fik den i
forkert størrelse. Kan jeg bytte den på kontoret? Mvh Viktor""")

M("", """Kære byråd

Kunne I ikke hejse regnbueflaget på rådhuset i hele Pride-ugen? Det gør mange andre
kommuner, og det ville betyde meget for de unge.

Mvh Tanja""")

M("", """hej klubben. min søn vil gerne med i ungdomsklubben men han er kun 12. må han komme når
han starter i 7. klasse eller skal han være 13? mvh Mona""")
