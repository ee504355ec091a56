"""corpus65 part E: property trades tied to a handicap adaptation, a move to care or a
forced sale; hard negatives on concluded trades, roads and building cases."""
from common import M

M("hep", """Til Center for Voksne og Velfærd

Vi har fået bevilget et nyt handicapbadeværelse til vores søn Malthe, som har spinal
muskelatrofi. Håndværkerne skulle starte i januar. Men nu har vi fået et bud på huset fra et
par, der vil overtage 1. marts, og vi vil gerne købe en bungalow i Torslunde i stedet, hvor
alt er i ét plan. Kan bevillingen flyttes med til den nye adresse, hvis vi køber den?

Venlig hilsen
Stine og Rune Kjærgaard""")

M("", """Hej

Vi har solgt vores hus på Strandvejen i foråret, og handlen er for længst på plads. Nu får
vi stadig regninger for ejendomsskat på den gamle adresse. Hvem skal vi kontakte? Sagsnr
fra SKAT er 2026-118-4471.

Mvh Hanne og Leo""")

M("pe", """Kære borgerrådgiver

Mit hus skal på tvangsauktion om tre uger. Jeg har haft en rådgiver fra kommunens
gældsrådgivning, men han er holdt op, og ingen har overtaget. Jeg skylder 340.000 kr. mere
end huset er værd. Jeg har en køber der vil give 1,9 mio., men banken siger nej til
salget. Kan nogen fra kommunen hjælpe?

Med venlig hilsen
Allan Brøndum""")

M("", """Til Center for Byudvikling og Natur

Jeg vil klage over hullerne i asfalten på Industrivej. Jeg har punkteret to gange på en
måned. Sidste gang kostede det 2.300 kr. Jeg har kvitteringen fra værkstedet, faktura nr.
1411264420, og vil gerne have pengene tilbage.

Venlig hilsen
Søren Fisker""")

M("hp", """Hej Maria Lund

Min mor har fået en blodprop i hjernen og kan ikke bo i sit rækkehus på Vejleåvej mere. Vi
har sat det til salg, og der er en køber, men han vil først skrive under, når han har set
kommunens papirer om den overdækkede terrasse. Det har vi ventet på i 5 uger. Kan du
spørge til det?

Venlig hilsen
Thomas Rydahl""")

M("", """Til Ishøj Kommune

Hvordan søger man om tilladelse til at lave en rampe op til hoveddøren? Skal det have
byggetilladelse, eller er det anmeldelse? Det er til en kundes hus, som jeg er ved at
renovere for ham.

Mvh Carl, tømrer""")

M("hep", """Kære borgmester

Jeg er 74 og har fået amputeret mit ene ben på grund af sukkersyge. Kommunen har givet mig
afslag på en boligændring, fordi huset er "uegnet". Derfor har jeg sat det til salg. Men jeg
kan ikke finde en bolig, jeg kan komme ind i med kørestol. Kommunens ældreboliger har ventetid
på to år. Imens bor jeg i stuen og vasker mig i køkkenet.

Med venlig hilsen
Knud Aagesen
CPR: [[150452-1097]]""")

M("p", """Til Byudvikling

Vi er i gang med at sælge vores grund på Tranegildevej til en udvikler. Han vil have
garanti for at lokalplanen tillader to-plans rækkehuse. Kan I skrive det til os, så vi kan
sende det videre? Købsaftalen er betinget af det.

Mvh Ejnar Thomsen""")

M("", """Hej

Hvornår bliver Vejlebrovej asfalteret? Den har stået med midlertidig belægning siden sommer
og der er store lunker. Vi er flere der har klaget. Hvad er planen?

Grundejerforeningen Solbakken""")

M("ep", """Til Borgerrådgiveren

Min eksmand og jeg er blevet skilt, og vi skal sælge vores fælles andelsbolig. Han nægter at
skrive under på salget, og imens betaler jeg hele boligafgiften alene. Jeg har søgt om
boligstøtte men fik at vide at jeg "ejer" boligen. Kan I forklare mig reglerne?

Venlig hilsen
Charlotte Mikkelsen""")

M("hpe", """Hej

Det er Jan fra Ishøj Landsby. Min kone er i kemoterapi for brystkræft, og vi har besluttet at
sælge huset og flytte tættere på vores datter. Vi har accepteret et bud i går. Vi har en
hjemmehjælper to gange om ugen fra kommunen. Skal vi selv opsige den, når vi flytter, eller
sker det automatisk?

Jan Hjorth
cpr [[0307581121]]""")

M("", """Til Center for Byudvikling og Natur

Jeg vil klage over at mit skur i haven er blevet målt forkert ved tilsynet. Det er 9,8 m2 og
ikke 10,2. Det betyder at jeg ikke skal søge tilladelse. Journalnr. 02.34.02-P19-12-26.

Venlig hilsen
Arne Frost""")

M("hpt", """Kære byrådsmedlem

Jeg er fra Bosnien og kom til Danmark som flygtning i 1993. Min mand har fået Parkinson, og vi
kan ikke bo på 3. sal uden elevator. Vi har fundet en ejerlejlighed i stueplan, og sælger har
sagt ja til vores bud, men vi mangler kommunens svar om vi må få lov at lave en rampe
ved indgangen. Ellers kan vi ikke købe den. Vi har ventet to måneder.

Med venlig hilsen
Amela Hodžić""")

M("", """Hej

Jeg har læst at kommunen sælger grunde i det nye udstykningsområde ved Ishøj Landsby. Hvornår
kommer de til salg, og hvad koster de cirka? Vi er ikke helt klar endnu, bare nysgerrige.

Mvh Rikke og Anders""")

M("ps", """Hej Mette

Min mand Morten og jeg er i gang med at købe et hus på Vibeholmsvej. Vi har underskrevet en
betinget købsaftale, men ejendomsmægleren siger at der er en servitut om en sti over
grunden, som kommunen skal tage stilling til. Vi kan ikke få svar. Kan du hjælpe?

Søren Jacobsen""")

M("hep", """Til Center for Voksne og Velfærd

Vores datter på 6 har en sjælden muskelsygdom og sidder i kørestol. Kommunen har bevilget
merudgifter, men afslag på flytning til en handicapvenlig bolig. Vi har fundet et hus, som vi
har budt på, men vi har ikke råd uden hjælp til flytningen. Vi har klaget til Ankestyrelsen.
Sagsnr. 26-11873.

Med venlig hilsen
Sofie og Kristian Bang
Datter: [[210219 4512]]""")

M("", """Kære Ishøj Kommune

Jeg er ejendomsmægler og har flere kunder, der spørger om støjniveauet fra motorvejen ved
Torslunde. Har kommunen nye målinger? Og er der planer om støjskærm?

Med venlig hilsen
Lasse Bergmann, EDC Ishøj""")

M("pu", """Kære Jens

Jeg er medlem af 3F og har arbejdet som stilladsarbejder i 30 år. Jeg vil gerne sælge min
grund i kolonihaveforeningen, for jeg kan ikke længere passe den. Der er en køber, men
foreningen siger at kommunen skal godkende, og kommunen siger det er foreningens sag. Kan du
finde ud af hvem der bestemmer?

Hilsen Jørgen Bach""")

M("", """Til Ishøj Kommune

Vi har købt vores hus i 2019, og nu opdager vi at der er en gammel olietank i haven, som
kommunen aldrig har registreret. Hvem har ansvaret for at fjerne den? Handlen er afsluttet
for mange år siden.

Mvh Johnny Hald""")

M("pt", """Hej borgmester

Jeg ejer en lille frisørsalon på Ishøj Bytorv, og jeg vil sælge forretningen og lejemålet,
fordi jeg flytter tilbage til Tyrkiet, hvor jeg kommer fra. Køberen skal have lov til at
fortsætte med samme erhverv. Er der noget kommunen skal godkende? Handlen skal være
klar inden 1. februar.

Med venlig hilsen
Serkan Demir""")

M("hep", """Til Borgerrådgiveren

Jeg har epilepsi og har mistet mit kørekort. Jeg har fået afslag på hjælp til transport til
arbejde. Derfor er jeg nødt til at sælge vores hus i Torslunde og flytte ind til byen. Vi har
en køber der har budt, men banken vil ikke lave nyt lån til en lejlighed, fordi jeg er på
nedsat tid. Jeg har ikke flere muligheder.

Hilsen Morten Vind""")

M("", """Hej

Jeg vil klage over at kommunens entreprenør har parkeret en gravko på mit fortov i 4 uger.
Jeg kan ikke komme ud med min cykel. Adressen er Ishøj Søvej 21. Kontrakt nr. 26-4471.

Venlig hilsen
Gunnar""")

M("p", """Kære Center for Byudvikling og Natur

Vores nabo i nr. 14 har sat sit hus til salg, og køberne har været her flere gange og spurgt
til vores fælles hæk og skel. De siger at de trækker sig, hvis skellet ikke er afklaret inden
jul. Kan kommunen hjælpe med at få en landinspektør ud?

Venlig hilsen
Ditte og Hans""")

M("ehp", """Til borgmesteren

Min far er 88 og har fået plejebolig på Ishøj Plejecenter efter et fald, hvor han brækkede hoften. Vi skal sælge hans
lejlighed for at betale, og der er nu en køber, men dødsboet efter min mor er ikke færdigt
og skifteretten er langsom. Kan kommunen give henstand med betalingen for plejeboligen?

Venlig hilsen
Karin Holm""")

M("", """Til Center for Byudvikling og Natur

Hvad er reglerne for at udleje en del af mit hus til en lejer? Skal kommunen godkende det?
Det er en kælderlejlighed med eget toilet. Matrikelnr. 12ab, Ishøj By.

Venlig hilsen
Leif Rask""")

M("ps", """Kære Ishøj Kommune

Vi er to kvinder, der er blevet gift i sommer. Vi har nu fået et bud på min kones gamle
rækkehus i Ishøj Strand, og vi vil flytte sammen i mit hus. Køberen har spurgt om der er
restancer på renovationen. Kan I bekræfte at der ikke er det?

Mvh
Julie Kragh""")

M("hep", """Kære Tobias

Min bror har en psykisk udviklingshæmning og har arvet vores mors hus i Ishøj. Han er under
værgemål, og værgen har sat huset til salg uden at spørge ham. Han bliver utryg og ked af det.
Der er en køber på vej. Jeg ved godt det er Familieretshuset, men kan kommunen ikke sige noget?

Venlig hilsen
Birgit Holst""")

M("", """Til Ishøj Kommune

Jeg vil gerne klage over at kommunens grønne områder ved søen ikke bliver slået. Græsset er en
meter højt og der er flåter. Jeg har en kunde-id hos jeres app: 0301854417. Tak.

Lars""")

M("bp", """Kære Ishøj Kommune

Vi er en kirkelig forening, Ishøj Baptistmenighed, og vi har 60 medlemmer. Jeg er forstander.
Vi har fået tilbudt at købe den gamle børnehave på Gildbrovej af en privat ejer, og vi har
givet et bud. Men vi skal vide om bygningen må bruges til gudstjenester. Haster, da der
er andre bydere.

Venlig hilsen
Peder Vognsen""")

M("", """Hej

Vi har fået et afslag på en byggetilladelse til en tilbygning, men vi forstår ikke
begrundelsen. Kan vi få aktindsigt i naboernes høringssvar? Og hvad er klagefristen?

Med venlig hilsen
Mona og Ib""")

M("he", """-----Oprindelig meddelelse-----
Fra: Stefan Lind
Sendt: 18. oktober 2026 14:02
Til: Center for Voksne og Velfærd
Emne: SV: Boligændring

Hej igen. Jeg har stadig ikke fået svar på min mail nedenfor. Det er nu en måned siden.

Den 17. sep. skrev Stefan Lind:
> Jeg har fået bevilget en elevator i mit rækkehus pga. min rygmarvsskade, men
> håndværkeren siger at den kræver et nyt fundament, som kommunen skal godkende.
> Hvem skal jeg tale med?
> Stefan""")

M("pe", """Til Borgerrådgiveren

Jeg har været på kontanthjælp i et år og har et gammelt sommerhus i Odsherred, som kommunen
siger jeg skal sælge før jeg kan få hjælp. Jeg har sat det til salg, men ingen vil købe det,
og mægleren siger det tager mindst et år. Hvad gør jeg imens?

Venlig hilsen
Pia Fog""")

M("", """Kære Byudvalg

Jeg synes det er helt forkert at sælge Ishøj Stadions parkeringsplads til boliger. Der er i
forvejen for få P-pladser i området. Hvorfor er det ikke blevet sendt i offentlig høring?

Mvh. Henrik, medlem af fodboldklubben""")

M("hept", """Kære Borgerrådgiver

Min svigermor er fra Chile og kom hertil i 70'erne. Hun har fået Alzheimer, og min svoger,
der er hendes værge, vil sælge hendes lejlighed uden at tale med resten af familien. Der er
allerede en køber, som har fået nøglen for at kigge. Vi synes ikke det er i orden.

Venlig hilsen
Lone Nordby""")

M("", """Hej

Jeg har solgt min lejlighed, og køberen har overtaget den 1. oktober. Alt er underskrevet.
Nu vil jeg bare høre hvordan jeg flytter min affaldsordning til min nye adresse i Vallensbæk.

Mvh Pernille""")

M("eps", """Til Borgerrådgiveren

Min mand er død i sommer, og vi var to mænd gift i 11 år. Kommunen har givet afslag på
hjælp til begravelsen, fordi jeg "har friværdi i huset". Men jeg er nødt til at sælge huset
og har haft det til salg i 3 måneder uden bud. Jeg har kun min folkepension.

Venlig hilsen
Erik Vestergaard""")

M("", """Til Ishøj Kommune

Vi har fået en regning på 17.400 kr. for kloakseparering. Kundenummer 7204661092. Vi mener
ikke at vores ejendom er omfattet af planen. Kan I kontrollere det?

Mvh Søren og Anette Lind""")

M("pb", """Hej Lars

Jeg er medlem af Radikale Venstre og har fulgt byrådet længe. Min kone og jeg skal sælge
vores hus i Ishøj Landsby, og en af køberne er en af dine partifæller i byrådet. Vi har
fået et bud, og nu er der snak om at han vil have kommunens vurdering af et fredet træ. Er
det i orden at han skal have den hurtigere end andre?

Venlig hilsen
Mogens Kyhl""")

M("hpe", """Kære Maria

Min bror har sclerose og kan ikke længere gå på trapper. Han har søgt om en ældrebolig, og
imens har han sat sin lejlighed til salg. Der er en køber, der gerne vil overtage 1. januar,
men han har ikke fået svar fra kommunen om boligen. Hvis han sælger, har han intet sted at bo.

Hilsen
Tove Kaas
Brorens cpr: [[190961 2245]]""")

M("", """Til Center for Byudvikling og Natur

Jeg har et spørgsmål om ejendomsvurderingen. Min nabo har fået en lavere vurdering end mig,
selvom husene er ens. Skal jeg klage til kommunen eller til Vurderingsstyrelsen?
BFE-nr. 4421903.

Med venlig hilsen
Niels Tang""")

M("pe", """Til Ishøj Kommune

Jeg er i restance med ejendomsskatten på 48.000 kr., og jeg har fået brev om at I vil sende
huset på tvangsauktion. Jeg har lige fået job igen efter et år på dagpenge og kan betale
5.000 om måneden. Kan vi lave en afdragsordning inden det går så langt?

Med venlig hilsen
Kenneth Holst
Cpr-nr.: [[270586-1312]]""")

M("hpe", """Hej

Min kone har fået bevilget en ombygning af badeværelset, men vi har netop fået et bud på huset
og skal måske flytte i en plejebolig til foråret, fordi hendes sclerose er blevet værre. Skal vi
sige ombygningen fra nu, eller kan vi vente til handlen er underskrevet?

Mvh Verner Lund
[[120653 1419]]""")

M("pt", """Kære Ishøj Kommune

Jeg er fra Vietnam og har drevet et spisested på Ishøj Bytorv i 15 år. Jeg har nu en køber til
restauranten med lejemålet, og han har underskrevet med forbehold for at kommunen godkender at
han må have udeservering. Hvor lang tid tager det?

Mvh Thanh Tran""")
