"""corpus65 part A: to the citizen advisor (borgerrådgiveren) about handicap, BPA,
bostøtte and decisions the writer disagrees with; hard negatives on procedure."""
from common import M

M("he", """Til Borgerrådgiveren

Jeg vil gerne klage over den måde min sag om BPA er blevet behandlet på. Jeg har
muskelsvind og sidder i kørestol, og siden marts har jeg haft 37 timers BPA om ugen.
Den 2. oktober fik jeg et brev om at timerne bliver skåret ned til 20, uden at nogen
har været ude og se hvordan jeg klarer mig. Jeg ringede tre gange til Center for
Voksne og Velfærd og fik ikke svar.

Jeg ved godt at I ikke kan ændre afgørelsen, men jeg synes ikke det er i orden at
man ikke bliver hørt først.

Venlig hilsen
Kasper Lindahl
Vejleåvej 41, 2635 Ishøj""")

M("", """Hej borgerrådgiver

Hvor lang tid har man til at klage over en afgørelse fra kommunen? Og skal klagen
sendes til jer eller til det center der har truffet afgørelsen? Jeg spørger for en
ordens skyld, der står ikke noget om det på hjemmesiden så vidt jeg kan se.

Mvh Bente""")

M("eh", """Kære borgerrådgiver,

min søster Lene (47) har en udviklingshæmning og bor i egen lejlighed i Ishøj Strandpark.
Hun har haft bostøtte to gange om ugen i fire år. Nu har hun fået en ny bostøttemedarbejder
som kun kommer 20 minutter og mest sidder med telefonen. Lene tør ikke selv sige noget.
Hendes køleskab var tomt da jeg kom forbi i søndags.

Kan I se på det? Jeg har fuldmagt fra hende og sender den gerne.

Hilsen Marianne Kjær""")

M("he", """hej jeg har fået afslag på en ny el-kørestol, den gamle er 9 år og batteriet holder
kun en time. jeg har sclerose og kan ikke gå mere end et par meter. sagsbehandleren
skriver at den gamle "kan repareres" men værkstedet siger noget andet. hvad gør jeg,
skal jeg klage til ankestyrelsen eller til jer?

/ Torben H""")

M("", """Til Borgerrådgiveren

Jeg har nu ventet 14 uger på svar på en ansøgning om byggetilladelse til et carport.
Sagsnummer 2026-04117. Jeg har rykket to gange. Kan det virkelig passe at
sagsbehandlingstiden er så lang? Jeg forstår godt at der er travlt, men der må
være en grænse.

Med venlig hilsen
Ole Rasmussen""")

M("heu", """Kære Borgerrådgiver

Jeg skriver som tillidsrepræsentant for FOA på et af kommunens bosteder, men det her
handler om mig selv og ikke om arbejdet. Min søn Mikkel er autist og går i 8. klasse.
Han har fået afslag på støttetimer fra næste skoleår, og afgørelsen er begrundet med
en test fra 2022. Han har det meget svært, han har ikke været i skole i fem uger.

Vi har klaget, men jeg vil gerne vide om sagsbehandlingen har været i orden.
Vi har f.eks. aldrig fået partshøring.

Venlig hilsen
Hanne Bech""")

M("", """Hej

Er det korrekt at borgerrådgiveren ikke kan tage stilling til om en afgørelse er
rigtig, men kun til hvordan sagen er behandlet? Jeg er med i bestyrelsen for en
lokal handicapforening og vi vil gerne kunne give vores medlemmer det rigtige svar.

Venlig hilsen
Sekretær Lis Holst""")

M("eh", """Goddag.

Min mor Inger Poulsen, Baldersbo 2, fik bevilget hjemmehjælp efter hun faldt og brækkede
hoften i sommer. Nu får hun kun rengøring hver tredje uge og ingen hjælp til bad. Hun er
92 og svimmel. Visitator var der i 10 minutter.

Jeg har spurgt om at få afgørelsen på skrift, men det har vi ikke fået. Er det ikke et krav?

Med venlig hilsen
Jørgen Poulsen""")

M("", """Til borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice, som var meget uhøflig over for mig da jeg
skulle hente nyt pas. Hun himlede med øjnene og sagde at jeg burde have læst hjemmesiden.
Jeg er 71 år og ikke så god til computer. Det var torsdag den 9. ved 11-tiden.

Venlig hilsen Edith""")

M("heb", """Kære borgerrådgiver

Jeg bor på et botilbud for voksne med psykiske lidelser i Ishøj. Jeg er muslim og faster
i ramadanen, men personalet vil ikke gemme maden til mig til efter solnedgang. De siger
at det er "af hensyn til de andre". Jeg har spurgt tre gange. Min kontaktperson siger
det er fordi der er regler om køkkenet.

Jeg har skizofreni men jeg er stabil og tager min medicin.

Hilsen Yasin""")

M("eh", """Til Borgerrådgiver

Min datter Sofie på 19 har fået afslag på STU. Hun har ADHD og angst og har ikke gennemført
9. klasse. UU-vejlederen anbefalede STU, men kommunen mener hun skal på FGU. Vi er ikke enige
og har klaget. Men jeg vil gerne klage over at vi ventede 5 måneder på afgørelsen. Hun har
siddet derhjemme hele den tid.

Mvh Lotte Andersen""")

M("", """Hej

Jeg har læst jeres årsberetning for 2025. I skriver at Center for Voksne og Velfærd får flest
henvendelser. Kan I oplyse hvor mange der handlede om hjælpemidler? Jeg er studerende og
skriver opgave om klager i kommunerne.

Venlig hilsen
Amalie Nørgaard""")

M("he", """Borgerrådgiveren

Jeg har fået bevilget en badebænk og et toiletforhøjer efter min knæoperation, men
hjælpemiddeldepotet har nu aflyst leveringen tre gange. Jeg har ikke kunnet gå i bad
ordentligt i to uger. Telefonen bliver ikke taget om eftermiddagen.

Hilsen Grethe Holm, Torslunde""")

M("eh", """Kære borgerrådgiver

Jeg er værge for min bror Henrik, som har en hjerneskade efter en trafikulykke i 2019.
Han bor i en lejlighed med bostøtte. Nu har kommunen flyttet ham til et andet bosted uden
at spørge mig først. Jeg er udpeget af Familieretshuset og skulle have været hørt.

Henriks cpr er [[030685-1227]], hvis I vil slå sagen op.

Venlig hilsen
Susanne Lauridsen""")

M("", """hej, hvordan klager man over at skraldebilen ikke har tømt vores papircontainer i tre
uger? vi har ringet og skrevet via appen. adressen er Gildbrovej 18. mvh Kim""")

M("eht", """Til Borgerrådgiveren

Jeg hedder Abdi og jeg kom til Danmark fra Somalia i 2009. Jeg har PTSD og ryg-problemer,
og jeg er på ressourceforløb. Min sagsbehandler på jobcentret taler til mig som om jeg
er et barn. Sidst sagde hun: "I somaliere vil jo bare ikke arbejde." Jeg har skrevet
det ned med dato. Jeg vil klage over det.

Med venlig hilsen
Abdi""")

M("he", """Kære borgerrådgiver.
Min mand er blind og har fået afslag på ledsageordning, de siger han kan bruge sin
kone, altså mig. Men jeg har selv en kræftbehandling kørende og kan ikke altid. Vi har
klaget men jeg synes ikke de har lyttet. Må jeg komme ned og tale med jer?
Birthe Mølgaard, tlf 22 41 87 30""")

M("", """Hej

Jeg er formand for en boligafdeling. Vi har flere beboere, der klager over at kommunens
afgørelser er svære at forstå. Holder borgerrådgiveren nogensinde oplæg for
beboergrupper om hvordan man klager? Vi kunne godt tænke os et møde en aften i
fælleshuset.

Venlig hilsen
Carsten Juul, Afdelingsbestyrelsen""")

M("hes", """Hej borgerrådgiver

Min mand Rasmus og jeg (Thomas) har en plejesøn på 11 med føtalt alkoholsyndrom. Han har
fået afslag på aflastning, selvom vi begge arbejder fuld tid og han har brug for opsyn
hele tiden. Sagsbehandleren spurgte ved mødet om "hvem af jer der er moren". Det synes vi
var dybt uprofessionelt, og vi vil gerne klage over hendes opførsel.

Venlige hilsner
Thomas og Rasmus""")

M("e", """Jeg vil klage over at min sag om enkeltydelse til tandlæge har ligget i 3 måneder.
Jeg er på kontanthjælp og har ikke råd til at betale selv, tandlægen vil have pengene
inden han går i gang. Sagsnr. 26-771203. Tak
Leon""")

M("", """Til Borgerrådgiveren

Jeg vil klage over støj fra vejarbejdet på Ishøj Boulevard, som starter kl. 6 om morgenen,
også om lørdagen. Jeg har skrevet til Center for Byudvikling og Natur, men har ikke fået
noget svar ud over en automatisk kvittering. Det er nu fem uger siden.

Venlig hilsen
Preben Kofoed""")

M("hep", """Kære borgerrådgiver

Vi har søgt om boligændring, fordi min kone Jytte efter en blodprop ikke kan komme op ad
trappen til soveværelset. Kommunen siger nej og mener vi skal flytte. Vores hus er sat
til salg nu, men vi har kun haft to fremvisninger og ingen bud. Imens sover hun i stuen
på en sofa.

Jeg synes ikke sagen har været belyst ordentligt. Ergoterapeuten var her aldrig.

Med venlig hilsen
Erik Frandsen""")

M("e", """Hej
jeg har fået brev om at min boligstøtte skal betales tilbage, 14.300 kr. Jeg forstår ikke
hvorfor, jeg har oplyst alt. Kan I hjælpe mig med at forstå brevet? Jeg har aldrig prøvet
sådan noget før.
Sara""")

M("", """Til borgerrådgiver

I jeres pjece står der at I svarer inden for én hverdag. Gælder det også i
efterårsferien? Jeg har lagt besked på telefonsvareren mandag.

Mvh Karsten""")

M("h", """Kære Borgerrådgiver

Jeg er døv og har brug for tolk når jeg skal til møde på rådhuset. Til det sidste møde om
min sag var der ingen tolk, og mødet blev holdt alligevel med skrevne sedler. Jeg følte
mig overhovedet ikke hørt. Jeg vil gerne klage over at mødet ikke blev aflyst.

Hilsen
Niels Bo Eriksen
cpr [[210774-1883]]""")

M("b", """Hej borgerrådgiveren

Jeg er Jehovas Vidne og bliver hjemme på vores helligdage og deltager ikke i fødselsdage.
Min datters pædagog har skrevet på Aula at vi er "en sekt". Det var til alle forældre i
stuen. Kan man klage over det et sted?

Mvh. Jette Vinther""")

M("he", """Til Borgerrådgiveren

Min far Bent er 84 og har demens. Han kom hjem fra Hvidovre Hospital en fredag
eftermiddag uden at hjemmeplejen var blevet orienteret. Han sad alene hele weekenden
uden medicin. Jeg fandt ham søndag. Han har ellers hjemmepleje tre gange dagligt.

Jeg vil gerne have undersøgt hvordan det kunne ske.

Venlig hilsen
Kirsten Dahl""")

M("", """Til Borgerrådgiveren, Ishøj Kommune

Danske Handicaporganisationer i Ishøj vil gerne invitere jer til vores temadag den 14.
marts om tilgængelighed i kommunens bygninger. Vi har 11 medlemsforeninger og vil høre
om jeres erfaringer med klager fra mennesker med handicap, gerne i anonymiseret form.

Venlig hilsen
Handicaprådet, Ishøj""")

M("eh", """hej

min bostøtte er stoppet uden at nogen har sagt det til mig. hun kom bare ikke mere. jeg
ringede og fik at vide at "forløbet er afsluttet". jeg har bipolar lidelse og har lige
været indlagt i 3 uger på Glostrup. jeg troede hun kom igen når jeg kom hjem.

er det lovligt at stoppe uden at skrive?

Mette""")

M("heu", """Kære borgerrådgiver

Jeg er medlem af HK og min fagforening har rådet mig til at skrive til jer. Jeg blev
sygemeldt i foråret og har nu fået besked fra jobcentret om at mit sygedagpengeforløb
stopper, fordi jeg "ikke medvirker". Men jeg har deltaget i alle samtaler. Jeg har
papirer på det hele.

Venlig hilsen
Maja Toft""")

M("h", """Borgerrådgiver!

Jeg har været på Ishøj Sundhedscenter til genoptræning efter min skulderoperation, og
fysioterapeuten nævnte min diagnose højt i venteværelset så alle kunne høre det. Det er
ikke i orden. Det er mit helbred og det vedkommer ikke de andre.

Jan Mikkelsen""")

M("", """Hej, jeg vil bare høre om det er jer eller Ombudsmanden, man skal skrive til, hvis
man synes kommunen har været for lang tid om at give aktindsigt? Det gælder ikke mig selv,
men en forening jeg er med i, som har bedt om papirer i en lokalplansag.

Hilsen Johannes""")

M("eh", """Til Borgerrådgiveren

Jeg arbejder på et beskyttet værksted i Ishøj, fordi jeg har en hjerneskade. Lederen har
sagt at vi ikke får vores arbejdsdusør i december fordi der "ikke er penge". Det er ikke
mange penge men det er mine. Kan I hjælpe?

Hilsen Lasse, 32 år""")

M("", """Til Borgerrådgiveren

Parkeringsforholdene ved Strandgården er blevet elendige efter ombygningen. Bilerne holder
på fortovet og barnevogne og rollatorer kan ikke komme forbi. Vi har klaget til kommunen,
men ingen reagerer. Hvad kan man gøre?

Venlig hilsen
Beboer i Strandgården""")

M("ehs", """Kære Borgerrådgiver

Jeg hedder Peter og bor sammen med min mand Claus. Claus har svær KOL og iltapparat. Vi har
søgt om en trappelift, og visitatoren spurgte ved besøget om "vennen" også boede der. Da
jeg sagde at vi var gift, lo hun og sagde "nå, sådan". Afgørelsen kom 2 dage senere: afslag.

Jeg vil ikke påstå at det hænger sammen, men jeg synes I skal vide det.

Venlig hilsen
Peter Kragh""")

M("he", """Hej

Min søn på 23 har forsøgt selvmord i september, og han blev udskrevet fra psykiatrisk afdeling
med en plan om at kommunen skulle tage over med en støtte-kontaktperson. Der er gået seks
uger og ingen har kontaktet os. Vi er så bange. Hvem skal vi ringe til?

Anne-Marie""")

M("et", """Til Borgerrådgiveren

Jeg er polsk og har boet i Ishøj i 12 år. Jeg fik brev om tilbagebetaling af børnetilskud,
men brevet var kun på dansk og med mange svære ord. Da jeg ringede, sagde medarbejderen
"så må du lære dansk". Jeg forstår dansk fint, men ikke juridisk dansk. Jeg vil klage over
tonen.

Regards / Hilsen
Agnieszka""")

M("e", """Kære Borgerrådgiver

Jeg skriver på vegne af min nabo, Hr. Olsen, der er blevet sat ud af sin lejlighed og nu
sover i sin bil. Han har fuldmagt til mig. Han har søgt om hjælp til depositum flere gange
men får ikke svar. Han er 66 år. Hvad kan han gøre?

Venlig hilsen
Gitte fra nr. 14""")

M("", """Kære Borgerrådgiver

Jeg er journalist på Lokalavisen og skriver om antallet af klager i kommunerne. Kan I
oplyse hvor mange klager I har fået i 2026 indtil nu, fordelt på centre? Ingen
personoplysninger, selvfølgelig.

Venlig hilsen
Rikke Skov, journalist""")

M("he", """Hej

Jeg vil klage over at min bevilling til hjælp til påklædning blev stoppet uden varsel.
Jeg har leddegigt i hænderne og kan ikke knappe bukser. Jeg fik et brev i e-Boks med
3 linjer. Min cpr er [[1109521046]] hvis det er nødvendigt.

Mvh Hanne Schmidt""")

M("eh", """Kære borgerrådgiver

Jeg skriver fordi min svigerfar er flyttet på plejecenter efter et slagtilfælde, og vi har
spurgt om at få hans tøj vasket separat. Det er tre gange kommet retur med andre beboeres
ting og hans egne skjorter er forsvundet. Vi har klaget til centret, men intet sker.

Hilsen Martin""")

M("", """Hej. Min nabo har sat et hegn op der er 2,3 meter højt og tager alt lyset fra vores
køkken. Kan borgerrådgiveren gøre noget? Vi har talt med ham men han er ligeglad. /Birgit""")

M("eh", """Til Borgerrådgiveren

Min datter har Downs syndrom og er 17. Vi har fået afslag på tabt arbejdsfortjeneste,
selvom jeg har måttet gå ned i tid for at passe hende, fordi hun ikke kan være alene.
Afgørelsen siger at hendes behov "ikke er væsentligt større" end andre unges. Det
giver ingen mening. Vi har sendt klage til Ankestyrelsen via kommunen.

Venlig hilsen
Louise Friis""")

M("", """hej, bare et spørgsmål: hvis man er utilfreds med borgerrådgiverens svar, hvor kan
man så gå hen? kan man klage over borgerrådgiveren?""")
