"""corpus83 part E: strikes, lockouts, unions, municipal staff and working life."""
from common import M

M("uh", """Kære byrådsmedlemmer

Jeg er SOSU-assistent i hjemmeplejen og medlem af FOA. Vi strejker ikke for
sjov. Jeg har selv fået en diskusprolaps af at løfte alene, og nu er jeg
tilbage efter tre måneders sygemelding, men der er stadig ikke lifte nok.
Støt os.

Venlig hilsen
Lene Vinther""")

M("", """Til byrådet

Hvor mange af kommunens ansatte er udtaget til strejke fra 1. april, og
hvilke institutioner holder lukket? Jeg har to børn i Regnbuen og skal vide
om jeg skal tage fri.

Mvh Jonas Grum""")

M("u", """hej Kim
er i 3F og var med i blokaden foran renovationsfirmaet i går. vi vil bare
have at kommunen kun bruger firmaer med overenskomst. Kan du tage det op i
udvalget

Brian""")

M("", """Kære borgmester

3F Køge Bugt inviterer byrådet til 1. maj i Ishøj Bypark kl. 10. Der er
taler, musik og morgenkaffe. Vi håber at se jer.

Med venlig hilsen
3F Køge Bugt, afdelingskontoret""")

M("ue", """Til Beskæftigelsesudvalget

Jeg har været medlem af Dansk Metal i 22 år og blev fyret i januar, da
fabrikken i Ishøj lukkede. Nu går jeg på dagpenge og skal på kursus efter
kursus i jobcentret. Det er ikke det, der hjælper en 58-årig svejser.

Vh Poul Sand""")

M("", """Til byrådet

Jeg er imod at kommunen betaler løn under strejken til de ansatte der
ikke er i fagforening. Hvorfor skal de få penge, når de andre ikke gør?
Det er uretfærdigt. Kan I forklare reglerne?

Hilsen Lars Bonde""")

M("u", """Kære Mette

Som tillidsrepræsentant for BUPL i daginstitutionen Troldehøj skal jeg
gøre opmærksom på, at normeringerne ikke overholdes. Vi har haft 1:7 i
vuggestuen flere dage i træk. Bilag vedhæftet.

Med venlig hilsen
Sanne Bjerregaard, TR""")

M("", """Kære byråd

Krifa, FOA og HK holder fælles jobmesse i Ishøj Idrætscenter den 12. marts.
Kommunen er inviteret til at have en stand. Kontakt os på tlf. 70 10 44 20.

Med venlig hilsen
Arrangørgruppen""")

M("hue", """Hej Lone

jeg er sosuhjælper og har været sygemeldt med en arbejdsskade i ryggen siden
maj, jeg er på sygedagpenge. FOA hjælper mig med sagen men jobcentret vil
have mig i arbejdsprøvning. jeg kan ikke sidde mere end 20 minutter. kan du
hjælpe

Mvh Dorte""")

M("", """Til Økonomiudvalget

Jeg er konsulent i Djøf og skriver på vegne af vores medlemmer i kommunens
økonomiafdeling. Vi ønsker et møde om den nye lønpolitik. Vi kan mødes i
uge 42 eller 43.

Venlig hilsen
Rikke Holst, faglig konsulent, Djøf""")

M("u", """Kære byrådsmedlem

Jeg er selv medlem af Djøf og arbejder i en anden kommune. Jeg synes ikke
det er rimeligt, at I i Ishøj bruger konsulenter i stedet for at ansætte
folk. Det koster mere på den lange bane.

Mvh Andreas Lind""")

M("b", """Til Hakan

Jeg har været medlem af Socialdemokratiet i 40 år og har altid bakket op
om fagbevægelsen. Men strejken på plejehjemmene går ud over min mors ven,
som ikke får sine piller til tiden. Det her er ikke arbejderbevægelsen, jeg
kender.

Kurt Hansen""")

M("", """Kære borgmester

Hvordan kan det være at kommunen har fået bøde for at bruge et vikarbureau
uden overenskomst? Det stod i Ishøj Avis. Hvor meget kostede det, og hvem
betaler?

Jytte Bang""")

M("ut", """Hej,

Jeg er polsk og arbejder som murer på byggepladsen ved det nye rådhus-anneks.
Jeg er blevet medlem af 3F efter vi fik for lidt i løn. Vi har nu
overenskomst, tak til dem der hjalp. Men nogle af mine kolleger er stadig ikke
betalt for marts.

Tomasz Wójcik""")

M("u", """Til Teknik- og Miljøudvalget

Jeg er skraldemand og medlem af 3F. Når vi strejker, er det ikke for at
genere jer borgere. Vi har ikke fået lønforhøjelse i to år. Renovationen
i Ishøj kører på minimumsbemanding.

Hilsen Claus""")

M("", """Kære udvalg

Renovationen har ikke tømt containere i Strandparken i 3 uger pga. strejken.
Der lugter og der er rotter. Hvornår bliver det tømt? Kundenr. 4703850241.

Ejerforeningen Strandparken 12""")

M("ub", """Kære Mette,

Jeg er sygeplejerske, medlem af DSR og aktiv i SF. Jeg har været med til
at skrive det læserbrev, som jeg sender videre nedenfor. Vi håber byrådet
vil svare.

"Vi sygeplejersker i Ishøjs hjemmesygepleje har ikke været i strejke for
sjov. Vi har ikke tid til at sætte os ned hos de ældre."

Venlig hilsen
Birgit Lorenzen""")

M("", """Til byrådet

Jeg har intet imod strejker, men jeg synes kommunen skal sørge for
nødberedskab på plejehjemmene. Det er ikke de gamles skyld. Hvordan er
nødberedskabet organiseret?

Mvh Ole Skov""")

M("eh", """Kære borgmester

Min mor bor på Ishøj Plejecenter og har demens. Under strejken har hun ikke
fået bad i 10 dage. Jeg forstår godt personalet, men nogen må tage ansvar for
de gamle. Hvem gør det?

Vh Susanne Aagaard""")

M("u", """Hej Erik

Jeg er tidligere medlem af HK og meldte mig ud i 2019. Nu forstår jeg ikke,
hvorfor jeg stadig får brev om kontingent. Det er ikke kommunens ansvar,
men du kender jo folk i fagbevægelsen.

Mvh Bettina Ravn""")

M("", """Kære byrådsmedlemmer

Ishøj Lærerforening, DLF kreds 26, inviterer til debatmøde om
folkeskolens fremtid tirsdag den 15. oktober kl. 19 på Gildbroskolen. Alle
politikere er velkomne.

Med venlig hilsen
Kredsstyrelsen""")

M("u", """Kære Lone,

Vi er nogle stykker fra forskellige forbund, der arbejder på Ishøj
Rådhus, og vi er trætte af at blive kaldt "latte-lønmodtagere" af et
byrådsmedlem på Facebook. Vi har valgt at skrive anonymt.

Medarbejdere på rådhuset""")

M("he", """Til Beskæftigelsesudvalget

Jeg har haft sclerose i 8 år og har et fleksjob på 12 timer i kommunens
kantine. Kantinen lukkes pga. besparelser. Jeg kan ikke få et nyt fleksjob
let. Hvad sker der med os der er i fleksjob hos kommunen?

Anja Storm""")

M("", """Til Ishøj Kommune

Vi er en fagforening der ønsker at leje Ishøj Idrætscenters store sal til
generalforsamling den 23. november. Er salen ledig? Vi er ca. 200 deltagere.
Faktureres til EAN 5798009812345.

Med venlig hilsen
Dansk El-Forbund, Region Sjælland""")

M("ut", """Til byrådet

Jeg er fra Sri Lanka og arbejder som rengøringsassistent på rådhuset. Jeg er
medlem af 3F. Vores firma betaler ikke for overtid. Jeg har fået hjælp af
fagforeningen men vil også gerne have at politikerne ved det.

Tharshini""")

M("be", """Kære Peter

Jeg er gammel kommunist og ved godt du ikke er enig med mig. Men vi der er
på folkepension, har også stemmeret. I skulle bruge pengene på ældreplejen
i stedet for et nyt rådhusanneks.

Med kammeratlig hilsen
Villy Jensen""")

M("", """Hej

Kan I svare på, om det er rigtigt at kommunens nye indkøbspolitik kræver
overenskomst hos alle leverandører? Jeg driver et lille rengøringsfirma,
CVR 37019942, p-nr. 1019283746, og vil gerne vide det inden vi byder.

Mvh Karina Lohse""")

M("ue", """Til borgerrådgiveren

Jeg er medlem af HK og arbejdede som sekretær i kommunen indtil jeg blev
afskediget sidste måned. Jeg har fået dagpenge fra HK's a-kasse. Nu er jeg
indkaldt til samtale i jobcentret, hvor en af mine tidligere kolleger skal
være min rådgiver. Er det ikke inhabilt?

Mvh Karen Kruse""")

M("", """Kære byråd

Kommunens lønstatistik viser, at kvinder i administrationen tjener 6 %
mindre end mænd. Hvad gør I for at lukke løngabet? Spørgsmålet er stillet
på vegne af Kvindernes Netværk i Ishøj.

Med venlig hilsen
Netværket""")

M("uh", """hej Mette
er TR for Dansk Metal på værkstedet i Ishøj Vejdepot. en af vores folk,
Henrik, har fået et hjertestop på arbejdet i sidste uge, han overlevede.
vi har ikke hjertestarter på depotet. kan I bevilge en?

Kenneth""")

M("", """Til borgmesteren

Jeg vil klage over at rådhusets kantine lukker, mens I sætter
politikernes vederlag op. Det er et dårligt signal til de ansatte.

Hilsen Allan""")

M("ue", """Til Beskæftigelsesudvalget

Jeg er ikke medlem af nogen a-kasse, men jeg er i Krifa som fagforening.
Jeg er blevet ledig og vil gerne vide om jeg kan få kontanthjælp, når min
kæreste har en indtægt. Jeg har søgt, men hørt intet i 5 uger.

Mvh Signe Dam""")

M("", """Kære udvalgsformand

Fagbevægelsens Hovedorganisation har i en ny rapport vist, at kommuner med
flere fastansatte har lavere sygefravær. Har Ishøj undersøgt det? Rapporten
er vedhæftet.

Venlig hilsen
Torben Lauesen""")

M("ueb", """Til byrådet

Jeg er tidligere HK-tillidsrepræsentant i kommunen og er nu på
folkepension, og jeg er stadig aktiv i Enhedslisten. Jeg vil gerne
opfordre til, at man giver de ansatte løn under lockouten, så det ikke er
dem der betaler for politikernes konflikt.

Else Mortensen""")

M("", """Hej

Vi har en pædagogstuderende i praktik, som har spurgt om hun skal strejke
med. Hvad siger kommunens regler om studerende under konflikt?

Med venlig hilsen
Leder af Børnehuset Solsikken""")

M("ue", """Kære byråd

Jeg er lærer og i DLF. Efter min skilsmisse har jeg fået en husleje jeg
ikke kan betale, og nu har jeg søgt om boligstøtte. Det er første gang i mit
liv jeg beder om hjælp. Når I taler om lærernes løn, så husk, at mange af os
ikke har råd til at bo i Ishøj.

Vh Kasper Lind""")

M("up", """Kære Lone

Jeg er i FOA og var udtaget til strejke i seks uger i foråret. Vi har
derfor sat vores lejlighed i Strandparken til salg for at komme ned i
udgift. Der er en køber, som har budt 40.000 under prisen, og mægleren
vil have svar i morgen. Jeg skriver bare, så I ved, hvad konflikten
koster folk.

Mvh Dorthe Ibsen
[[170281-2630]]""")

M("u", """Til Teknik- og Miljøudvalget

Er stadig i Blik og Rør selvom jeg er fyldt 70, og jeg vil bare
sige at kloakarbejdet på Vejleåvej bliver lavet af et firma uden
overenskomst. Det har jeg set med egne øjne. Tjek det.

Verner""")

M("pu", """Hej Kim,

Jeg er lokalformand i Dansk Metal Køge Bugt-afdelingens seniorklub, men
skriver som privatperson og medlem. Min kones og min sommerhusgrund ved
Tranegilde er sat til salg, og en køber har givet et betinget bud, der
afhænger af, om kommunen vil tillade helårsbeboelse. Hvornår tager I
stilling?

Leif Sommer""")
