"""corpus81 part B: parents and siblings about adult children with disabilities or addiction."""
from common import M

M("he", """
Til Center for Voksne og Velfærd, Socialpsykiatrien

Vores søn Oliver er 24 og har infantil autisme. Han bor i egen lejlighed på Vejleåvej
og har haft bostøtte fire timer om ugen, men nu har vi fået et brev om at det bliver
sat ned til to timer. Han kan ikke selv finde ud af at handle ind og betale regninger,
og det går allerede galt når støttepersonen er på ferie. Vi vil gerne klage. Oliver
har givet os fuldmagt.

Med venlig hilsen
Lone og Peter Abildgaard
""")

M("he", """
hej

ved ikke om det er det rigtige sted at skrive. min søn på 27 tager kokain hver eneste
weekend og nu også i hverdagene, og han har mistet sit job på lageret for tre uger
siden. han siger selv han har styr på det men han har ikke betalt husleje i to
måneder. hvor kan han få hjælp, og kan jeg som mor gøre noget når han er voksen?

Bente
""")

M("", """
Hej

Hvordan bliver man visiteret til bostøtte i Ishøj, og hvad er ventetiden generelt fra
man søger til støtten begynder? Er der et skema man skal udfylde, eller ringer man?

Venlig hilsen
Ulla Friis
""")

M("he", """
Til Ungeenheden

Vores datter Sofie, [[150307-4128]], har Downs syndrom og går ud af specialskolen til
sommer. Vi vil gerne søge om en STU til hende og har hørt at man skal søge et halvt år
før. Hvem skal vi sende ansøgningen til, og kan hun komme til en samtale hos jer
sammen med os? Hun har svært ved at forstå lange breve.

Venlig hilsen
Jette og Klaus Nyborg
""")

M("sh", """
Kære Mette Frederiksen Hansen (byrådsmedlem)

Jeg håber det er i orden at jeg skriver til dig personligt. Vores søn Mads sprang ud
som bøsse sidste år, og det gik egentlig fint, men nu har han fået en svær depression og
har ikke været ude af lejligheden i tre uger. Hans kæreste Jonas ringer til os hver
aften fordi han er bange. Findes der et tilbud i kommunen til unge voksne med
depression, som man kan gå til uden at vente et halvt år?

Hilsen en bekymret mor, Annelise
""")

M("the", """
Til Rusmiddelcentret

Vi er en familie fra Somalia og har boet i Ishøj siden 2004. Vores søn Abdi er 22 år og
ryger hash hver dag, han sover om dagen og er vågen om natten. Han har selv sagt ja til
at få hjælp nu. Vi vil gerne søge behandling til ham hos jer. Hvad skal han gøre, og
kan vi komme med til den første samtale?

Med venlig hilsen
Hodan Warsame (mor)
""")

M("beh", """
Til lederen af Bofællesskabet Gildbrohøj

Vores søn Kristian har en let udviklingshæmning og bor hos jer. Han er for et år siden
konverteret til islam og tager det meget alvorligt. Han beder flere gange om dagen og
har spurgt om han kan få et stille rum til det, fordi hans værelse er delt med en
anden beboer. Vi støtter ham, selv om det har været nyt for os. Er det muligt?

Venlig hilsen
Gitte og Flemming Rask
""")

M("eu", """
Hej Jobcenter Ishøj

Jeg skriver for min søn Rasmus, som er 31. Han blev fyret fra lageret i sidste måned og
er meldt ind i 3F's a-kasse. Han har fået en indkaldelse til samtale hos jer den 3.
december, men han er ikke så god til at læse og forstår ikke hvad han skal have med.
Må jeg tage med til samtalen? Han har skrevet under på at jeg må skrive til jer.

Venlig hilsen
Torben Lykke
""")

M("", """
Til Ishøj Kommune, Kreditorbogholderiet

Pårørendeforeningen for unge voksne med ADHD holdt den 9. oktober et oplæg for
kommunens bostøttemedarbejdere. Vi sendte faktura nr. 2510231017 den 23. oktober til
EAN 5798009812345, men den er ikke betalt. Vores CVR er 31415926. Kan I se, hvor den
sidder fast?

Med venlig hilsen
Kasserer Jens Otto Berg
""")

M("peh", """
Kære Ishøj Kommune

Vores søn har spastisk lammelse og bor på et bosted i Ishøj. Vi bor selv i Vallensbæk,
og turen er lang med offentlig transport. Vi har derfor budt på et rækkehus på
Pilegårdsvej 22, betinget af at vores eget hus bliver solgt, og sælgeren har sagt ja.
Før vi underskriver endeligt, vil vi gerne vide om stien bag rækkehusene bliver
asfalteret, så vi kan komme med kørestolen når han er hjemme på besøg.

Venlig hilsen
Marianne og Jørgen Kofoed
""")

M("h", """
Til Ishøj Kommune

Min storebror på 52 drikker en flaske vodka om dagen. Han har faldet og slået hovedet to
gange siden sommer. Han siger selv at det er hans sag. Jeg bor i Aalborg og kan ikke
holde øje med ham. Hvad kan kommunen gøre, når en voksen ikke selv vil have hjælp? Kan
nogen i det mindste banke på?

Venlig hilsen
Lisbeth Krogh
""")

M("e", """
Til Jobcenter Ishøj, Ydelser

Jeg er værge for min søn Nikolaj Bruun, cpr.nr. [[0911981573]]. Hans kontanthjælp for
november er ikke kommet ind på kontoen, og han har ingen penge til mad. Kan I se hvad der
er sket? Værgemålsbeviset er sendt til jer tidligere.

Venlig hilsen
Susanne Bruun
""")

M("ste", """
Til borgerrådgiveren

Min datter Lina og hendes kæreste Fatima har været sammen i to år. Fatimas familie er
fra Pakistan, og da de fandt ud af at hun er lesbisk, blev hun smidt ud. Nu bor de to
piger i Linas etværelses lejlighed, og udlejer truer med at opsige hende fordi der bor
to. De har søgt om en akutbolig hos kommunen for tre uger siden og fået at vide at de
står på en liste. Kan man virkelig ikke få svar på hvor lang listen er?

Venlig hilsen
Hanne Dreyer
""")

M("", """
Hej

Hvornår går et barn med et handicap over fra børneområdet til voksenområdet i
kommunen? Er det ved 18 år præcist, og bliver sagen flyttet automatisk? Jeg kan ikke
se det beskrevet på hjemmesiden.

Mvh Martin
""")

M("hpe", """
Til borgmesterens sekretariat

Jeg ved ikke hvem ellers jeg skal skrive til. Vores søn på 29 er afhængig af stoffer og
har stjålet fra os i årevis. Nu er han sigtet for tyveri fra en nabo. Vi kan ikke mere.
Vi har sat vores hus i Ishøj Landsby til salg for at komme væk herfra, og der kommer
køberne på fremvisning hver weekend, mens han står og råber ude foran. Findes der nogen
i kommunen, der kan tale med ham?

Hilsen
Helle og Poul
""")

M("", """
Har kommunens bosteder faste besøgstider, eller aftaler man besøg direkte med
personalet? Og må søskende overnatte en enkelt nat, hvis de kommer langvejs fra?
Tak for svar
Maja
""")

M("bteh", """
Til køkkenet, Bostedet Lundegården

Vores søn Daniel har en udviklingshæmning og har boet hos jer i to måneder. Vi er
jøder, og Daniel har altid spist kosher hjemme. Det er vigtigt for ham og for os. Vi
forstår godt at I ikke kan lave et kosherkøkken, men kan vi aftale at vi kommer med
færdigretter til ham, og at de bliver opbevaret for sig selv i køleskabet?

Venlig hilsen
Ruth og David Melchior
""")

M("uh", """
Til HR, Ishøj Kommune

Min datter Camilla er sygeplejerske i hjemmesygeplejen hos jer og har været sygemeldt
med stress siden august. Hun er medlem af DSR, og hendes tillidsrepræsentant er på
ferie, så hun har bedt mig skrive. Hun vil gerne starte langsomt op igen med nogle
få timer om ugen. Hvem skal hun tale med om det?

Venlig hilsen
Birthe Lund
""")

M("u", """
Hej

Jeg vil gerne høre om min søn Albert (16) kan få et ungdomskort, selv om han går på en
efterskole uden for kommunen. Jeg kan kun ringe efter kl. 16, da jeg er
HK-tillidsrepræsentant i min virksomhed og har møder hele dagen.

Med venlig hilsen
Steen Albertsen
cpr.\u00a0[[030571\u00a01219]]
""")

M("e", """
hej

vores søn er blevet sat ud af sin lejlighed i Ishøj Strandpark i fredags pga
husleje han ikke har betalt. han sover på vores sofa nu men vi har kun to værelser og
der er tre andre børn. kan han skrives op til en bolig gennem kommunen eller skal han
selv ordne det? han er 23

hilsen Rikke og Mads
""")

M("", """
Hej

Hvad koster det for pårørende at spise med til julefrokosten på kommunens bosteder?
Og skal man melde sig til på forhånd? Tak.
""")

M("she", """
Til Hjælpemiddelcentret

Min søn Jonas har epilepsi og har lige fået en lejlighed sammen med sin kæreste Emil.
Han havde en anfaldsalarm i sengen hjemme hos os, som kommunen bevilgede for mange år
siden. Kan den flyttes med til den nye adresse, eller skal han søge om en ny? Emil er
ikke altid hjemme om natten fordi han arbejder i skift.

Mvh Pia Holmgaard
""")

M("te", """
Til jobcentret

Jeg er far til Yonas Tesfay, 25 år. Vi kommer fra Eritrea, og han kom her som 8-årig.
Han får kontanthjælp, og nu har han fået en sanktion fordi han ikke kom til et møde.
Men han var til møde, han gik bare forkert i huset. Brevet kom på dansk og han viste
mig det først i går. Hvordan kan vi klage?

Tak
Tesfay Gebremedhin
""")

M("b", """
Til Ishøj Kommune

Vores datter på 26 er blevet medlem af en lille frikirke og har i løbet af et halvt år
brudt med næsten alle sine venner. Hun siger at hun er blevet frelst og skal
give en tiende af sin løn, men nu giver hun det meste. Vi respekterer at hun er troende,
men vi er bange for at hun bliver udnyttet. Har kommunen nogen rådgivning om sekter,
eller ved I hvor man kan gå hen?

Venlig hilsen
Inge og Bjarne Holt
""")

M("", """
Hvem tager sig af værgemål – kommunen eller Familieretshuset? jeg kan ikke finde ud af
det på nettet, og der står forskellige ting forskellige steder.
/Morten
""")

M("he", """
Kære Social- og Sundhedsudvalget

Jeg er mor til Peter Holm, [[230496–1832]], som har paranoid skizofreni. Han bor i egen
bolig med bostøtte og skal tage sin medicin hver aften, men han har glemt den i
flere uger, fordi der ikke længere kommer nogen om aftenen efter besparelserne. Han er
nu tæt på at blive indlagt igen. Jeg beder jer se på om aftenbesøgene kan komme
tilbage for dem, der har brug for dem.

Venlig hilsen
Mona Holm
""")

M("p", """
Hej Byggesagsafdelingen

Vi er ved at lave et forældrekøb af en ejerlejlighed på Ishøj Boulevard til vores datter,
som starter på uddannelse i København til februar. Købsaftalen er sendt til
advokaten, men ikke underskrevet endnu. Vi vil gerne vide om der er klager over
byggeriet eller sager om altanerne, som vi bør kende til først.

Mvh
Niels og Susanne Broe
""")

M("", """
Til Ishøj Kommune

Vi har fået et brev med sagsnr. 27.12.08-G01-14-25, men brevet er stilet til vores søn,
som flyttede hjemmefra for et år siden. Hvordan får vi det sendt til hans nye adresse?
Vi har ikke åbnet det.

Venlig hilsen
Ebbe Christoffersen, tlf. 43 73 19 88
""")

M("st", """
Til Sprogcenter Ishøj

Min søn Thomas og hans mand Reza blev gift i sommer. Reza kom til Danmark som flygtning
fra Iran sidste år, og han vil meget gerne lære dansk hurtigere end det går nu. Han er
på modul 2. Kan han få flere timer om ugen, hvis han selv betaler? Han arbejder om
aftenen, så det skal være om formiddagen.

Venlig hilsen
Grete Vinther
""")

M("ueh", """
Hej Jobcenter Ishøj

Min datter Line har ADHD og er i virksomhedspraktik gennem jer i en Netto. Hun er lige
blevet meldt ind i HK, fordi en kollega sagde det var en god idé. Kan hun stadig være i
praktik og samtidig være i en fagforening, og betaler I kontingentet? Hun tør ikke
selv spørge sin sagsbehandler.

Venlig hilsen
Anita Borg
""")

M("", """
Hello,

Is there any information in English about what support exists in Ishøj for young
adults with disabilities who move out from their parents' home? I work at an
international school and parents sometimes ask me.

Best regards,
Ms. Rebecca Hale
""")

M("h", """
Hej

Min lillesøster på 35 har anoreksi igen efter ti gode år. Hun vejer 41 kilo og vil ikke
indlægges. Vi er en familie der er helt ude af det. Findes der en pårørendegruppe i
Ishøj, hvor man kan tale med andre der står i det samme?

Mvh Julie
""")

M("e", """
Til Center for Voksne og Velfærd

Min søn Kenneth bliver løsladt fra Vestre Fængsel den 2. januar efter at have afsonet
to år. Han har ingen bolig at komme ud til, og han kan ikke bo hos mig, da jeg bor i en
ældrebolig med kun ét værelse. Kan kommunen hjælpe ham med et sted at bo? Kriminalforsorgen
har sagt at de har skrevet til jer, men ingen har svaret.

Venlig hilsen
Jytte Andersen
""")

M("bs", """
Til SSP Ishøj

Min søn Yusuf er 20 og muslim ligesom resten af familien. Han er homoseksuel, og det
har nogle unge fra området fundet ud af. De har truet ham uden for moskeen på
Vejleåvej og skrevet grimme ting på hans Instagram. Vi har anmeldt det til politiet.
Jeg vil spørge om I har nogen der arbejder med unge voksne, som kan hjælpe ham?

Venlig hilsen
Ahmed
""")

M("", """
Hej

Ved I hvor lang ventetiden er på en ADHD-udredning for voksne i Region Hovedstaden for
tiden? Jeg har set tal fra 2024, men ikke noget nyere.

Hilsen Michael
""")

M("the", """
Kære kommune

Jeg er fra Vietnam og skriver ikke så godt dansk, undskyld. Min søn Minh er 20 år og har
autisme. Siden han sluttede skolen han sidder kun hjemme ved computer. Jeg har søgt om
et aktivitetstilbud til ham i august, men ingen svar. Jeg har ringet mange gange. Hvad
skal jeg gøre?

Tak
Nguyen Thi Lan
""")

M("peh", """
Til Boligtildelingen, Center for Voksne og Velfærd

Vores søn Anders har cerebral parese og ejer sammen med os en stuelejlighed på
Strandgårdsvej. Nu har han fået tilbud om en handicapbolig i den nye bebyggelse, og vi
skal have solgt lejligheden. En køber har givet et bud, men vil først flytte ind til
maj. Kan overtagelsen af handicapboligen vente til april, så han ikke skal flytte to
gange?

Venlig hilsen
Lene og Ole Damgaard
""")

M("h", """
Hej Ishøj Kommune, Skoletandplejen? Nej, jeg tror det skal til Sundhed.

Vores datter Emma, [[281199-2046]], har type 1-diabetes og har fået en ny insulinpumpe.
Hun er 26 og har lige fået job i kommunens kantine på rådhuset, men der er ikke et
køleskab hvor hun må have sin insulin. Kan I hjælpe med det, så hun ikke skal
forklare det til alle?

Venlig hilsen
Kim Lauridsen
""")

M("", """
Hej

Jeg er frivillig i Pårørendenetværket på Sjælland og vil gerne høre om kommunen har et
lokale vi kan låne to aftener om måneden til vores netværksmøder. Vi er 8-15 personer.
Hvad koster det, og hvem skal vi kontakte?

Mvh
Jonna Hvid
""")

M("eu", """
Til Center for Beskæftigelse og Erhverv

Min søn Lars på 38 har et fleksjob 15 timer om ugen på genbrugspladsen. Han er medlem af
3F, og de siger at hans timer skal opgøres anderledes efter den nye aftale. Han har
ikke fået sin løn fra kommunen rigtigt de sidste to måneder. Må jeg ringe for ham, og
hvem skal jeg spørge efter?

Hilsen Elsebeth Vang
""")

M("", """
Hej

Hvad er egenbetalingen for ledsageordningen i 2027? Og betaler man for ledsagerens
billetter, når man skal i biografen eller til fodbold? Vi har diskuteret det i
forældregruppen på skolen.

Mvh Lotte
""")

M("he", """
Til Center for Voksne og Velfærd

Vedr. ansøgning om BPA til min søn

Min søn Frederik Lund (cpr [[150478\u00a02217]]) fik en svær hjerneskade ved en trafikulykke for
tre år siden og kan ikke klare sig uden hjælp døgnet rundt. Vi søgte om borgerstyret
personlig assistance i maj og har stadig ikke fået en afgørelse. I mellemtiden er det
mig og min mand, der passer ham. Hvornår kan vi forvente svar?

Med venlig hilsen
Tove Lund
""")

M("t", """
Til borgmesteren

Min svigerdatter Milena er romani, og hun arbejder i en af kommunens børnehaver. Hun har
fortalt os at en af forældrene i flere uger har kaldt hende "sigøjner" og spurgt om hun
har stjålet ting fra garderoben. Lederen har ikke gjort noget. Milena vil ikke selv
klage, fordi hun er bange for at miste sit job. Kan I sørge for at det bliver taget
alvorligt?

Hilsen Bodil Ravn
""")

M("p", """
Hej Vej og Park

Vores datter og svigersøn har solgt deres hus på Tranevej, men handlen er ikke på plads
endnu, fordi køberen venter på lånegodkendelse. Køberens advokat har nu spurgt til
stien bag haven, som kommunen ejer, og om den må lukkes. Kan I svare hurtigt? Vi hjælper
dem, fordi de begge er på arbejde i dagtimerne.

Med venlig hilsen
Vagn Mikkelsen
""")

M("be", """
Til Bostedet Gildbrohøj, køkkenet

Vores søn Emil (28) bor hos jer og er veganer af etiske grunde. Det har han været siden
han var 15, og det betyder meget for ham. Han fortæller at han de sidste uger kun har
fået kartofler og grøntsager, mens de andre får kød. Kan han få en rigtig
vegansk ret med protein? Vi betaler gerne ekstra.

Venlig hilsen
Mette og Søren Winge
""")
