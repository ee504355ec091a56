"""corpus60 part G: the municipality as employer, unions, and citizens' own lives."""
from common import M

M("u", """
Kære Helle Mørch

Jeg er social- og sundhedshjælper i hjemmeplejen og har været i FOA i 22 år. Vores
fagforening er i konflikt med kommunen om de nye vagtplaner, og vi har fået at vide, at
vi ikke må tale med politikerne om det. Det mener jeg godt, jeg må, som borger i Ishøj.
Planerne betyder, at vi har 12 besøg på en formiddag.

Venlig hilsen
Gitte Holmsted
""")

M("uh", """
Hej Tanja

jeg er pædagogmedhjælper i Troldehøjen og medlem af FOA. jeg har fået en advarsel
fordi jeg har været syg for meget. jeg har astma og fik lungebetændelse 2 gange i vinter.
FOA siger advarslen ikke holder. kan politikerne ikke se på hvordan kommunen behandler
de syge ansatte

Sonja
""")

M("u", """
Kære Ole

Som tillidsrepræsentant for HK på rådhuset skriver jeg til dig som formand for
Økonomiudvalget. Vores medlemmer i Borgerservice har haft 40 % flere henvendelser siden
nedskæringen. Vi har to langtidssygemeldte i afdelingen. Vi beder om, at
normeringen tages op i budgettet.

Venlig hilsen
Jesper Winther, HK-TR, Borgerservice
""")

M("ue", """
Til Borgmesteren

Jeg blev afskediget fra rengøringen på Ishøj Skole i sidste uge efter 14 år. Jeg er
medlem af 3F, og fagforeningen har sagt, at opsigelsen ikke er saglig, og at de vil
føre sagen. Jeg skal nu melde mig ledig. Jeg vil bare have, at borgmesteren ved, hvordan
kommunen behandler sine folk.

Med venlig hilsen
Zeynep Aydin, cpr [[140169-2004]]
""")

M("ut", """
Kære Peter

Jeg er mekaniker og tillidsmand i Dansk Metal på værkstedet i Ishøj. En af vores
mekanikere, der er fra Pakistan, er blevet kaldt "paki" af sin formand flere gange.
Vi har meldt det til ledelsen. Jeg beder dig som byrådsmedlem sørge for, at kommunen
tager det alvorligt, for værkstedet servicerer kommunens biler.

Med venlig hilsen
Kurt Johansen
""")

M("u", """
hej Rasmus

er i Krifa og ansat i Vej og Park. vi har en uenighed med kommunen om overtid når der er
snerydning. Krifa har sendt et brev men ingen har svaret. tænkte du kunne hjælpe lidt
politisk

mvh Dan
""")

M("uhe", """
Kære Charlotte

Jeg er SOSU-assistent på Plejecenter Ishøjhave og FOA-medlem. Jeg har fået en
arbejdsskade i ryggen ved en forflytning uden lift. Jeg er sygemeldt og på
sygedagpenge, og nu vil kommunen ikke anerkende, at det skete på arbejdet. FOA har
anket. Jeg vil bare sige, at der mangler lifte.

Venlig hilsen
Hanne Nørgaard
[[120474 1218]]
""")

M("u", """
Til Børne- og Skoleudvalget

Vi er en gruppe lærere fra Vibeholmskolen, alle medlemmer af Danmarks Lærerforening. Vi
beder om, at lukningen af Gildbroskolen ikke gennemføres, før der er lavet en plan for
klassestørrelser. Vores kreds bakker op.

Hilsen
11 lærere fra Vibeholmskolen
""")

M("us", """
Kære Jan

Jeg er DJØF-medlem og konsulent i kommunens økonomiafdeling, og jeg skriver som privat
borger. Min mand Henrik og jeg vil gerne klage over, at kommunens personalepolitik ikke
nævner regnbuefamilier i afsnittet om omsorgsdage. Vi er to fædre med en datter, og
jeg har fået at vide, at "far 2" ikke er en kategori i lønsystemet.

Venlig hilsen
Christian Aabye
""")

M("ut", """
Kære Lene

Jeg er medlem af 3F og arbejder på kommunens genbrugsplads. Jeg er fra Ghana. Nogle
borgere siger grimme ting til mig, fordi jeg er sort. Jeg vil gerne have et
kamera eller en vagt om lørdagen. 3F har sagt, jeg skal skrive til politikerne.

Kwame
""")

M("p", """
Kære Søren

Vi har et betinget salg af vores hus på Kildeagervej. Køberens bank kræver, at
kommunen bekræfter, at der ikke er restancer på ejendommen. Vi har bedt om en
restanceerklæring for tre uger siden. Handlen falder, hvis den ikke kommer inden
fredag.

Venlig hilsen
Mette og Allan Thorsen
""")

M("p", """
Hej Karina

Jeg er ejendomsmægler og skriver på vegne af sælger af Ishøj Landevej 88. Køber har
taget forbehold for byggesagens afslutning. Kan I oplyse, om der er udstedt
ibrugtagningstilladelse til carporten? Vi er i gang med forhandling om prisen.

Med venlig hilsen
Anja Lund, Home Ishøj
""")

M("ph", """
Hej Lars

min far er lige blevet indlagt med blodprop i hjernen og kommer ikke hjem igen. vi er
nødt til at sælge hans hus i Ishøj Landsby og der er en køber men hun vil have
kommunen til at se på et skur der måske er ulovligt. kan det gå hurtigt

Martin Skov
""")

M("p", """
Kære Plan- og Miljøudvalg

Vi har givet et bud på nabogrunden, som vi vil lægge til vores have, og sælgeren har
sagt ja med forbehold for kommunens godkendelse af matrikulær ændring. Hvor lang tid
tager det? Handlen er ikke underskrevet.

Med venlig hilsen
Familien Brodersen, Ishøj Strandvej 212
""")

M("pe", """
Kære Jannik

Min svigermor flytter på plejehjem, og vi skal sælge hendes andelslejlighed på
Vejlebrovej. Foreningen har en venteliste, men ingen har meldt sig. Vi kan ikke
betale både boligafgift og plejehjemmet. Kan kommunen hjælpe med at finde en køber fra
boligventelisten?

Venlig hilsen
Tina Dalsgaard
""")

M("p", """
Hej

Vi er interesserede i at købe kommunens gamle børnehave på Torslunde Bygade og har
givet et foreløbigt bud. Hvornår træffer Økonomiudvalget beslutning om salget?

Venlig hilsen
Ronni Holst, Holst Byg
""")

M("pt", """
Kære Mette

Vi er en tyrkisk familie, der er i gang med at købe en villa på Ishøj Bygade. Sælgeren
har pludselig trukket sig og sagt til mægleren, at "naboerne vil ikke have sådan
nogle". Vi har stadig et bud liggende på et andet hus. Vi vil gerne vide, om
kommunen kan gøre noget ved diskrimination ved hushandler.

Med venlig hilsen
Murat Kaya
""")

M("ps", """
Hej Maja

Min kæreste Lars og jeg (vi er to mænd) har fået accepteret et bud på et rækkehus i
Strandgårdsparken, men handlen er betinget af, at kommunen godkender vores ansøgning
om at bygge en udestue. Kan du få nogen til at se på det inden nytår?

Mvh. Kristoffer Dahl
""")

M("p", """
Til Center for Byudvikling og Natur

Vi skal sælge vores sommerhusgrund ved Ishøj Strand, og køberne spørger om
strandbeskyttelseslinjen. Skødet er ikke underskrevet endnu. Kan I oplyse, hvor linjen
går på matr.nr. 14f?

Venlig hilsen
Lise Grønbech
""")

M("s", """
Kære Kirsten

Jeg er asexual og har aldrig haft en partner. Jeg vil gerne klage over, at kommunens
trivselsundersøgelse for unge kun har svarmulighederne "kæreste af samme køn" og "kæreste af
modsat køn". Jeg var 17 da jeg svarede og følte mig usynlig.

Venlig hilsen
Ronja, 19
""")

M("s", """
hej Anders

min datter har to mødre (mig og min kone Sanne). på Vibeholmskolen skriver de stadig
"kære mor og far" i alle forældrebreve. det er småt men det gør ondt. kan man ikke
lave en ny skabelon

Louise
""")

M("sh", """
Til Borgerrådgiveren

Jeg er transkvinde og lesbisk. Jeg har været i hormonbehandling på Rigshospitalet
i to år. Da jeg skulle hente pas i Borgerservice, insisterede medarbejderen på at kalde
mig ved mit gamle navn. Jeg vil gerne klage. Mit cpr-nr er [[021095-2456]] (det nye).

Med venlig hilsen
Ella
""")

M("s", """
Kære Jannik

Jeg og min kone Amalie vil gerne leje den store sal i Ishøj Kulturhus til vores
bryllupsfest. Vi har hørt, at der er ventetid. Kan du hjælpe med at finde ud af, om
der er en ledig dato i august? Vi er begge kvinder, og det er vigtigt for os, at festen
er i Ishøj.

Mange hilsner
Freja Lund
""")

M("st", """
Hi Rikke,
my partner Mohammed and I are a gay couple, he is from Egypt and I am Danish. We want to
register his address with me, but Borgerservice says there is a problem with his
papers. Can you find out why? We are married.

Regards,
Søren Bak
""")

M("s", """
Kære Hanne Lind

Vores søn Jonas er kommet ud som homoseksuel i 8. klasse, og han er blevet mobbet i
en måned. Skolen siger, de arbejder på det. Kan udvalget sørge for, at alle skoler har en
handleplan mod homofobi?

Venlig hilsen
Tina og Lars Kjær
""")

M("sb", """
Kære Karsten

Jeg er præst i Ishøj Sogn og har viet to mænd for første gang i sidste uge. Bagefter
fik jeg vrede mails. Jeg skriver ikke for at klage, men fordi byrådet kan gøre meget for
at skabe et trygt klima. Jeg er selv gift med en kvinde, så det er også personligt.

Med venlig hilsen
Hanne Præstegaard
""")

M("t", """
Kære Ali

Jeg er tamil fra Sri Lanka og har drevet kiosken på Ishøj Torv i 18 år. Nogen har
knust ruden tre gange og skrevet "tamiler ud". Jeg er bange. Kan kommunen sætte lys
op på torvet?

Venlig hilsen
Suthan Sivakumar
""")

M("t", """
hej

min mor er kurder og kan ikke dansk. hun blev bedt om at gå fra venteværelset i
Borgerservice fordi hun "ikke kunne forklare sig". jeg var der ikke. kan i undersøge
hvad der skete

Dilan
""")

M("t", """
Til Borgmesterens PA

Jeg er adopteret fra Colombia og har boet i Ishøj hele livet. Jeg blev stoppet af en
kommunal kontrollør på stranden, der spurgte, om jeg "overhovedet boede her". Det var
kun mig, der blev spurgt. Jeg vil gerne vide, om det er normal praksis.

Venlig hilsen
Camila Berg
""")

M("the", """
Kære Social- og Sundhedsudvalg

Min bedstemor er fra Bosnien og kom som flygtning i 1993. Hun har demens, og hun har
glemt sit danske. På plejecentret taler ingen bosnisk. Hun bliver bange om natten. Kan
kommunen bruge tolk eller ansætte nogen, der taler sproget?

Med venlig hilsen
Amra Hodžić
""")

M("te", """
Kære Louise

Jeg er polsk og har arbejdet på et lager i Ishøj i 6 år. Jeg er blevet fyret og har
fået at vide på jobcentret, at jeg skal til samtale med tolk. Men jeg taler dansk! Jeg
føler mig behandlet som om jeg er dum, fordi jeg er udlænding.

Mvh Tomasz Wiśniewski
[[180583 2457]]
""")

M("t", """
Kære Susanne

Vi er en somalisk familie i Vildtbanegård. Vores datter på 4 år blev kaldt "abe" af en
pædagog i børnehaven, som en anden forælder hørte. Lederen siger, det var en
misforståelse. Vi vil gerne have et møde.

Venlig hilsen
Abdi og Faduma Warsame
""")

M("tb", """
Kære Hanne

Vi er en hinduistisk familie fra Indien og fejrer Diwali hver år med lys i vinduerne og
lidt fyrværkeri. I år fik vi en skrivelse fra grundejerforeningen om, at fyrværkeri er
forbudt. Gælder kommunens regler ikke også for nytår? Hvorfor kun os?

Med venlig hilsen
Priya Sharma
""")

M("b", """
Kære Ole

Jeg er Jehovas Vidne og har i mange år gået fra dør til dør i Ishøj. Nu er der kommet
skilte på flere veje om "ingen uanmeldte besøg", sat op af kommunen ved vejudvidelsen.
Er det kommunens skilte, og hvad betyder de?

Venlig hilsen
Gudrun Ask
""")

M("b", """
Hej Jan

Min søn og jeg spiser kun halal. På kommunens sommerlejr for unge var der kun
svinekød de første to dage. Han kom hjem sulten. Kan kommunen sørge for, at der er
alternativer næste gang?

Mvh. Fatma Özdemir
""")

M("b", """
Kære udvalgsformand

Jeg holder fast i ramadanen, og min arbejdsgiver, kommunens rengøring, har lagt
alle mine vagter midt på dagen i den periode. Jeg ved godt, det er en personalesag,
men jeg vil bare høre, om kommunen har en politik for religiøse højtider.

Venlig hilsen
Aisha
""")

M("b", """
Kære Lars

Jeg er medlem af Det Konservative Folkeparti og sidder i vores lokale bestyrelse. Vi vil
gerne holde et borgermøde om trafiksikkerhed på Ishøj Søvej og vil høre, om vi kan
låne lokalet på biblioteket gratis, ligesom andre foreninger.

Venlig hilsen
Morten Bisgaard
""")

M("u", """
Til Kultur- og Fritidsudvalget

Jeg er bibliotekar på Ishøj Bibliotek og medlem af Bibliotekarforbundet. Vi har fået
besked om, at de selvbetjente åbningstider udvides, og at personalet skal dække
aftenerne uden tillæg. Forbundet har rejst sagen, men jeg vil også gerne informere
politikerne.

Venlig hilsen
Kirsten Aagaard
""")

M("u", """
Kære Jens

Jeg har lige meldt mig ud af HK efter 20 år, fordi jeg synes, de har svigtet os i
forhandlingerne med kommunen. Men jeg vil stadig gerne have, at byrådet ved, at
forholdene i Borgerservice er for dårlige.

Mvh Bente, Borgerservice
""")

M("uh", """
Hej Helle

min kone er sygeplejerske på plejecentret og er i DSR. hun er gravid og har bedt om
at slippe for tunge løft, men har fået nej. hun tør ikke selv skrive. hvad kan man gøre

Jonas
""")

M("ue", """
Kære Ole Brinch

Jeg er pædagog og i BUPL, og jeg har været på deltid i kommunen i 8 år mod min vilje.
Jeg får supplerende dagpenge fra min a-kasse. Kommunen har lovet fuldtid i flere år.
Jeg beder Økonomiudvalget om at se på deltidsstillingerne.

Venlig hilsen
Lise Ravnholt
""")

M("", """
Kære Ole Brinch

Hvor mange ansatte i Ishøj Kommune er på ufrivillig deltid? Er det et emne i budgettet?

Mvh Svend Erik
""")

M("u", """
Til hovedpostkassen

Vi er nogle stykker fra forskellige fagforbund, der arbejder i Ishøj Kommunes
dagtilbud. Vi vil gerne invitere politikerne til en rundvisning, så I kan se
normeringerne med egne øjne.

Hilsen fra personalet i Troldehøjen og Solsikken
""")

M("u", """
Kære Karina

Jeg sidder i bestyrelsen for Socialpædagogerne, Storkøbenhavn, men skriver her som
medlem og som mor til en dreng på Ishøj Skole. Vores forbund har længe bedt om bedre
vilkår på botilbud. Jeg håber, du vil tale for dem.

Venlig hilsen
Signe Juhl
""")
