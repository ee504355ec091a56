"""Part E: teenagers: pregnancy, abortion, confirmation, school trips, care."""
from common import M

M("h", """Til sundhedsplejersken på Strandskolen

Min datter Laura i 9. klasse har fortalt mig at hun er gravid i 8. uge. Hun
vil gerne have en abort, og jeg støtter hende. Hun vil ikke have at nogen
på skolen får det at vide. Kan du hjælpe os med hvor vi skal henvende os, og
kan hun få fri til lægebesøgene uden at klasselæreren spørger?

Venlig hilsen
Mette Sørensen""")

M("", """Hej, jeg er 15 og vil bare spørge om skolens sundhedsplejerske har
tavshedspligt over for forældre? Hvis man fx vil spørge om prævention.
(anonym)""")

M("b", """Kære klasselærer

Vi vil gerne melde fra til klassens lejrskole i uge 19, da den falder
samtidig med Mias konfirmation den 2. maj i Torslunde Kirke og forberedelsen
dagen før. Vi håber det er i orden.

Venlig hilsen
Lotte og Jakob Friis""")

M("", """Hej skolen
Hvornår er der blå mandag i år? Flere forældre i 7. klasse vil gerne vide om
der er skole dagen efter konfirmationerne i Ishøj Kirke.
Mvh klasseforældrerådet 7.B""")

M("b", """Hej

Vores søn Victor er ikke døbt og skal ikke konfirmeres. I stedet holder han
nonfirmation med Humanistisk Samfund, fordi vi er ateister. Han bliver dog
drillet med at han "ikke får gaver". Kan læreren sige noget til klassen om at
der er forskellige valg?

Mvh Sune og Lis""")

M("", """Til skolekontoret

Nogle af eleverne i 8. årgang skal ikke konfirmeres. Har skolen et tilbud
i de timer hvor de andre går til konfirmationsforberedelse? Jeg spørger på
vegne af klasseforældrerådet. Mvh Henriette""")

M("b", """Til Ishøj Skole, turudvalget for 8. årgang

Vores datter Hiba spiser kun halal, og hun beder fem gange om dagen. Kan I
sikre, at der er halal kød på Bornholm-turen, og at hun kan få et stille
sted at bede om morgenen? Vi vil gerne bidrage med noget hvis det koster mere.

Med venlig hilsen
Mariam og Ahmad Saleh""")

M("", """Hej. Hvad får børnene at spise på lejrskolen til Skagen? Vi har hørt at
der kun er pizza. Er der et vegetarisk alternativ? Og er maden halal? Jeg
spørger fordi flere forældre i klassen har spurgt mig. Mvh Dorthe (kontaktforælder)""")

M("he", """Hej Jytte (byrådsmedlem)

Min datter Maja er 16 og gravid. Hun vil gerne beholde barnet. Hun bor hos
mig, og vi har ingen penge til barnevogn og tøj. Hun går i 1.g og vil
gerne fortsætte. Hvad kan man søge om af hjælp fra kommunen? Jeg er selv på
førtidspension.

Hilsen Susanne""")

M("e", """Til Familieafdelingen, myndighed

Jeg er plejefar for Sara (15). Hun skal på lejrskole til Tyskland, og skolen
har bedt om et pas. Hendes biologiske mor vil ikke skrive under. Hvad gør vi?
Sara er anbragt efter § 76 (nu barnets lov), så jeg går ud fra at I kan
underskrive?

Mvh Lars Holmberg
Plejefamilien Holmberg""")

M("", """Til Center for Børn og Forebyggelse
Vi er et par der overvejer at blive plejefamilie. Hvad kræver det, og er der
informationsmøder i Ishøj i foråret?
Mvh Anja og Thomas""")

M("h", """hej jeg er 14 og jeg tror jeg er gravid, min kæreste ved det ikke. må jeg
gå til lægen uden mine forældre? jeg tør ikke sige det til nogen. jeg har
skrevet til borgerrådgiver fordi jeg ikke ved hvem ellers""")

M("bt", """Kære skoleleder

Min søn Daniel skal bar mitzvah i marts, og vi skal til Israel to uger
for at fejre det med familien. Vi er jødiske og det er meget vigtigt for
os. Vi søger derfor om fri fra 3. til 17. marts.

Venlig hilsen
Miriam Levin""")

M("", """Hej. Skal man søge om fri fra skole hvis man skal til familiefest i
udlandet? Og hvor mange dage må man få? Vh Pernille""")

M("he", """Til borgerrådgiveren

Min niece Emma på 17 fik en abort i sidste uge og er nu indlagt med en
infektion. Hun er anbragt på en døgninstitution i kommunen, og personalet
har ikke fulgt hende til kontrol. Hendes mor er min søster og hun har bedt
mig skrive, fordi hun selv ikke har kræfter. Vi vil klage over institutionen.

Venlig hilsen
Tina Frost""")

M("b", """Hej Lene

Jeg er lærer i 8.A og skriver til dig som skolens leder. Jeg vil bede om
fri den 24. april, fordi min egen søn bliver konfirmeret den dag. Jeg har
aftalt med en kollega at hun tager mine timer.

Mvh Stig""")

M("b", """Hej,
Jeg hedder Amal og går i 8. klasse. Jeg vil gerne på lejrtur, men mine
forældre siger jeg kun må hvis jeg kan sove på et værelse med kun piger og
have mit tørklæde på hele tiden. Læreren siger det "kommer an på". Hvem
bestemmer det?""")

M("e", """Kære Bente (formand for Børne- og Skoleudvalget)

Vores plejedatter Nanna har boet hos os i tre år. Nu har kommunen besluttet at
hun skal flyttes til et opholdssted midt i 9. klasse, lige før eksamen.
Hun er ked af det og vi forstår det ikke. Kan udvalget se på sagen?

Hilsen
Pia og Kim Andreasen""")

M("", """Hej kommunen. Vi er en plejefamilie der er blevet godkendt i sommer og
venter på vores første barn. Hvornår kan vi forvente at høre noget? Mvh
Familien Høj""")

M("hb", """Hej

Min datter har lige fortalt at hun er gravid. Hun er 16. Vi er katolikker,
og hun vil ikke have abort. Hun skal til eksamen i juni. Kan skolen lave en
plan for hende, så hun kan gå op til prøverne selvom hun har termin i maj?

Mvh Anna Kowalski""")

M("", """Til skolens ledelse

Hvorfor kan skolen ikke bare servere det samme mad til alle på lejrturen?
Nu skal der laves halal, vegetar, glutenfri og laktosefri. Det er for meget
arbejde for lærerne. Jeg mener det er forældrenes ansvar.
Mvh Flemming""")

M("eh", """Til Center for Børn og Forebyggelse

Hermed underretning fra Ishøj Ungdomsskole vedrørende eleven Kiara
Petersen, cpr [[141009-8837]]. Kiara har fortalt sin lærer at hun er gravid i 12.
uge, at hun ikke bor hjemme, og at hun sover hos en 24-årig mand. Vi vurderer
at hun har brug for hjælp.

Med venlig hilsen
Lene Bang, afdelingsleder""")

M("b", """Hej Mette,
Kan Sami få lov at gå hjem kl. 12 fredag? Vi skal i moskeen til fredagsbøn
og så videre til familie i Odense til eid. Det gør vi hvert år.
Vh Rashid""")

M("", """Hej Ishøj Kommune
Ishøj Moské afholder eid-fest i Idrætscentret lørdag den 20. juni fra
kl. 14. Alle er velkomne. Må vi hænge plakater op på skolernes
opslagstavler?
Med venlig hilsen
Ishøj Moskéforening""")

M("h", """Hej Bo

Det er Sebastian fra 2.g. Jeg har været væk fra skole i tre uger, fordi min
kæreste fik en abort og jeg har haft det rigtig skidt bagefter. Min læge har
sendt mig til psykolog. Kan jeg få forlænget afleveringsfristen?

Vh Sebastian""")

M("e", """Til Ishøj Kommune

Jeg er mor til Jonathan (15), som er anbragt på en institution i Holbæk.
Hans klassekammerater skal konfirmeres i foråret, det vil han ikke selv.
Men jeg vil gerne have ham hjem til min fødselsdag den 10. maj, og
institutionen siger at jeg skal søge om samvær via kommunen. Hvem skal jeg
skrive til?

Mvh Sandra Poulsen""")

M("", """Til skolebestyrelsen
Jeg foreslår at kommunens skoler laver en fælles regel om at der ikke
holdes lejrskole i ramadanen, så alle kan være med. Det gør man i flere
andre kommuner. Venlig hilsen Lise Brandt""")

M("b", """Hej Signe

Vi har fået invitationen til klassens juleafslutning i kirken. Victoria
bliver hjemme, da vi som Jehovas Vidner ikke deltager i kirkelige
handlinger. Kan hun være i SFO'en imens?

Med venlig hilsen
Familien Winther""")

M("", """Kære Ishøj Skole
Hvad er reglerne for juleafslutning i kirken? Er det obligatorisk for
eleverne? Jeg er bare nysgerrig, mine børn er for længst ude af skolen.
Hilsen Birthe""")

M("he", """hej
min søster er 17 og har fået en baby for 2 uger siden. hun bor hos os fordi
hun blev smidt ud hjemme. hun har fødselsdepression siger sundhedsplejersken.
kan hun få noget hjælp til at passe barnet så hun kan gå i skole? hun er
på 10. klassecenteret. hvem skal vi ringe til
Aisha""")

M("b", """Til Ungdomsskolen, rejsegruppen

Min søn Arjun er hindu og spiser ikke oksekød. Han har tilmeldt sig
Londonturen. Jeg vil bare sikre mig at det bliver taget med i
madbestillingen.

Mvh Kavita Patel""")

M("", """Hej. Hvilke rejser tilbyder Ungdomsskolen i år, og hvad koster de?
Kan man betale i rater? Mvh Sonja""")

M("h", """Til skolelæge / sundhedsplejen

Jeg har lige fundet ud af at min datter Nikoline (14) har fået p-piller af en
læge uden at jeg blev spurgt. Hun har samtidig fået det dårligt og er
blevet sygemeldt fra skolen med migræne i to uger. Jeg vil gerne vide om
sundhedsplejen har været involveret.

Mvh Lene Nyborg""")

M("e", """Kære Lone Vestergaard

Jeg er 17 og var i plejefamilie fra jeg var 6. Nu bliver jeg 18 i februar og
kommunen siger at min efterværn stopper. Jeg går i gymnasiet og har ingen
andre steder at bo. Jeg har søgt om at blive, men har fået afslag. Kan du
hjælpe? Jeg kender ingen andre politikere.

Hilsen Emilie""")

M("", """Hej kommunen, kan I sende mig en oversigt over hvad efterværn er, og hvem
der har ret til det? Jeg skal holde et oplæg på socialrådgiveruddannelsen.
Tak, Nadja""")

M("hb", """Til Vibeholmskolen

Yara er i gang med en ramadan-faste for første gang, og hun har diabetes.
Lægen har sagt at hun skal holde øje med blodsukkeret og bryde fasten hvis
det falder for meget. Kan læreren minde hende om at måle ved middagstid?

Mvh Hanan""")

M("b", """Hej

Min søn skal konfirmeres i Ishøj Kirke den 25. april. Kan han få fri fra
skole fredag, så vi kan nå at pynte og hente familie i lufthavnen?

Mvh Helle Mortensen""")

M("", """Til Ishøj Kommune
Vi er en forening, der vil udleje vores sal til konfirmationsfester.
Skal vi have en særlig tilladelse til at servere alkohol? Med venlig hilsen
Ishøj Forsamlingshus""")

M("e", """Til skoleleder Martin Kirk

Jeg er sagsbehandler for en af jeres elever, Lukas (8.C), som er
anbragt i netværkspleje hos sin moster. Lukas skal til et møde i
børnehuset på onsdag, og jeg vil gerne have at han får fri fra kl. 11.

Med venlig hilsen
Ida Lundgaard, socialrådgiver, Center for Børn og Forebyggelse""")

M("", """Hej, er det rigtigt at kommunen har lukket for nye plejefamilier? Jeg
har læst i Ishøj Avis at der mangler plejefamilier i hele hovedstadsområdet.
Vh Kurt""")

M("b", """Til klasselærer Henriette

Vores datter Ester har sabbat fra fredag aften til lørdag aften, da vi er
syvendedags-adventister. Hun kan derfor ikke deltage i lørdagens
skolefest. Vi håber det er forståeligt.

Med venlig hilsen
Gert og Maren Olsen""")

M("", """Hej, hvorfor afholdes skolefesten på en lørdag? Det er svært for mange
familier der arbejder i weekenden. Kan det ikke være en torsdag næste år?
Mvh Allan""")

M("h", """Hej Gitte, det er Ninas mor. Nina var med til lejrskole og er kommet
hjem med en hjernerystelse efter at være faldet ned fra en køjeseng. Vi har
været på skadestuen og hun skal holde sig i ro en uge. Ingen skærm. Kan
I sende lektierne på mail i stedet for Aula?""")

M("e", """Kære borgmester

Min søn har været hjemme siden august, fordi skolen har sendt ham hjem med
en "nedsat skemaordning" på 2 timer om dagen. Han er 10. Kommunen har
bevilget en støttepædagog, men hun er ikke kommet endnu. Jeg er nødt til at
blive hjemme fra arbejde og har mistet mit job.

Mvh Thomas Hald""")
