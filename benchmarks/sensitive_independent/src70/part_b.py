"""Part B: bullying for origin, faith or being gay; anti-bullying policies."""
from common import M

M("t", """Kære skoleleder og kære kommune

Min søn Abdi går i 6. klasse. Han er født i Danmark men vi er fra Somalia.
I tre uger har nogle drenge fra 7. kaldt ham "abe" og "sorte" i
frikvarteret og lagt det på Snapchat. Lærerne siger de "holder øje". Det er
ikke nok. Jeg vil have et møde i denne uge.

Halima Warsame""")

M("s", """hej
jeg er 15 og jeg er bøsse. det ved hele klassen nu fordi en skrev det i
klassens gruppechat. siden har jeg ikke villet i omklædningsrummet til
idræt. min kontaktlærer siger jeg bare skal "lade være med at tage det så
tungt". jeg ved ikke hvem jeg ellers skal skrive til. må I sige det til mine
forældre? de ved det ikke
(vil ikke skrive mit navn)""")

M("", """Til Børne- og Skoleudvalget

Jeg har læst den nye antimobbestrategi for kommunens skoler. Det er godt, at
der er en fast procedure, men jeg savner, at eleverne selv bliver inddraget.
Kunne man ikke lade elevrådene skrive en del af den? Og hvordan håndteres
digital mobning uden for skoletiden?

Med venlig hilsen
Lisbeth Ahlgren, forælder""")

M("bt", """Til borgerrådgiveren

Min datter Rivka (12) bliver drillet fordi hun er jødisk. Nogen har tegnet et
hagekors på hendes taske og skrevet "gas" på tavlen. Skolen vil ikke kalde
det antisemitisme, de kalder det "konflikt". Jeg vil klage over hvordan
skolen har håndteret det.

Venlig hilsen
Daniel Abramowitz""")

M("b", """Hej Lærke

Vores datter Zainab har valgt at gå med tørklæde fra i år, fordi hun selv er
blevet mere troende. Nogle af pigerne i klassen har trukket det af hende to
gange. Det vil vi ikke acceptere. Kan vi tage det op på næste
forældremøde uden at det bliver en stor sag for hende?

Hilsen Samira og Khalid""")

M("", """Hej, er det rigtigt at alle skoler i Ishøj skal have en
trivselsundersøgelse hvert år? Hvem ser resultaterne og bliver de
offentliggjort på skoleniveau? Mvh Marianne, skolebestyrelse""")

M("st", """Kære borgmester

Vi er to fædre, Jonas og Ali, og vores søn Elias går i 2. klasse. Nogle af
de andre forældre har sagt til deres børn at Elias har "en forkert familie".
Samtidig har en dreng kaldt Ali "terrorist" foran skolen, fordi han er
iransk. Vi synes kommunen skal sende et klart signal til alle forældre.

Venlig hilsen
Jonas Kragh og Ali Rezaei""")

M("", """Til Ishøj Kommune. Hvorfor bruger skolerne ikke "Fri for Mobberi"
i indskolingen, som i nabokommunerne? Jeg har hørt det virker. Kan I sende
mig jeres evaluering af antimobbeindsatsen?
Mvh Connie""")

M("t", """Hej
Min datter er adopteret fra Etiopien. Hun er 9 og en pige fra klassen har sagt
at hun "er beskidt" og ikke må røre ved hendes ting. Det har stået på siden
sommerferien. Læreren siger at pigerne "bare leger forskelligt". Hvad gør
vi?
Helle og Carsten""")

M("sh", """Til AKT-vejlederen, Strandskolen

Jeg er mor til Sofus i 8.B. Han fortalte os i sommer at han er biseksuel, og
det har vi det helt fint med. Men efter en fest er der blevet delt et billede
af ham og en anden dreng. Han er meget ked af det, og hans psykolog siger at
han har tegn på en depression. Jeg vil gerne vide hvad skolen gør ved
billedet.

Mvh Inger Bak""")

M("", """Hej
Jeg er lærer og vil gerne lave et undervisningsforløb om seksualitet og
køn i 7. klasse. Har kommunen materialer om LGBT+ som man kan låne, eller skal
jeg kontakte en organisation? Vh Martin, dansklærer""")

M("b", """Kære Mette (byrådsmedlem)

Min søn Yusuf faster i ramadanen for første gang i år, han er 13. Han bliver
til grin i idrætstimerne fordi han sidder ned når han bliver svimmel. En
lærer har sagt foran klassen at "det er vel hans egen skyld". Er det ok at en
lærer siger sådan?

Hilsen Fatma""")

M("", """Til Center for Børn og Forebyggelse

I forbindelse med Ramadan: hvordan er kommunens retningslinjer for idræt og
svømning for elever, der faster? Vi er en skolebestyrelse som ønsker at lave
en fælles linje for vores skole.

Venlig hilsen
Skolebestyrelsen, Ishøj Skole""")

M("t", """hej, jeg er far til Kevin i 5 klasse. vi er fra Polen og Kevin taler med
accent. de andre kalder ham "polak-tyv" og siger han skal tage hjem. jeg har
skrevet til læreren to gange og hun svarer ikke. kan I hjælpe mig? mit
danske er ikke så godt undskyld
Tomasz""")

M("b", """Hej Anders

Vores søn Gabriel er Jehovas Vidne som resten af familien, og han deltager
derfor ikke i fødselsdage og jul i klassen. Nu er han begyndt at blive holdt
udenfor i frikvartererne også. Vi respekterer at klassen fejrer, men vi vil
gerne have at læreren forklarer børnene at det er hans families tro.

Venlig hilsen
Ruth og Samuel Dahl""")

M("", """Kære udvalgsformand
Det undrer mig at kommunens antimobbepolitik ikke nævner racisme med et
eneste ord. Jeg har ingen konkret sag, men jeg synes det bør stå der. Andre
kommuner har et særligt afsnit om det.
Mvh Jonna Lykke""")

M("s", """Hej Pia

Det er Emma fra 9.A. Jeg har en kæreste, hun hedder Signe og går i 9.C. Vi
holder i hånd i frikvarteret og nogle drenge råber "lesbe" efter os hver dag.
Jeg har ikke fortalt det til nogen voksne før nu. Kan du gøre noget uden at
sige det til hele klassen?
Emma""")

M("th", """Til skolens ledelse, kopi til Børne- og Skoleudvalget

Vores søn Mohammed (10) blev i fredags slået af tre ældre elever, mens de
råbte "perker". Han har en hjernerystelse og har været hjemme siden. Skolen
har ikke ringet til os. Vi har meldt det til politiet.

Khaled og Rania Al-Sayed""")

M("", """hej. hvordan melder man mobning anonymt? min lillesøster fortæller at en
dreng i hendes klasse bliver holdt udenfor hele tiden. jeg kender ham ikke.
er der en side på kommunens hjemmeside?""")

M("b", """Til skoleinspektøren

Vores datter Maja er opdraget som ateist, ligesom vi selv er det. Hun bliver
mobbet af en gruppe i klassen, som siger at hun "kommer i helvede". Vi ønsker
at hun bliver fritaget for kristendomskundskab i resten af skoleåret, og vi
vil gerne have et møde om mobningen.

Med venlig hilsen
Rune og Tove Agger""")

M("t", """Kære Borgerrådgiver,

My son Ravi is in 4th grade at Gildbroskolen. We moved from India two years
ago for my husband's job. Since September some boys have been calling him
"curry" and pushing him in the queue for lunch. The school replied in
Danish and I do not understand it well. Can you help us with what our
rights are?

Kind regards,
Priya Sharma""")

M("s", """Hej Bente (formand for Børne- og Skoleudvalget)

Jeg er far til Sigurd i 3. klasse. Min mand, Henrik, og jeg var med til
juleklippedagen, og bagefter fortalte Sigurd at en pige havde sagt at "to
mænd kan ikke være forældre". Det er ikke så slemt i sig selv, men det er
ikke første gang. Kunne skolerne ikke tale mere om forskellige familier?

Venlig hilsen
Thomas Winther""")

M("tb", """Hej

Jeg er mor til Hamza (7. kl). Vi er kurdere fra Irak og vi er muslimer. En
lærer har spurgt ham i timen om han "støtter terror". Han kom grædende hjem.
Jeg synes det er diskrimination og vil klage. Skal jeg skrive til skolen
eller til jer?

Mvh Shirin Ahmed""")

M("", """Til skolekontoret. Vi har fået et brev om at skolen indfører
mobilforbud fra januar for at mindske mobning. Gælder det også i SFO'en
og i frikvarteret? Mvh. Peter (far i 2.B)""")

M("t", """Til formanden for Børne- og Skoleudvalget

Vores datter Aputsiaq er grønlænder og går i 8. klasse. Hun er blevet kaldt
"fuld eskimo" af klassekammerater, og en lærer lo med. Vi er rystede. Vi
beder udvalget følge op på hvordan skolen arbejder med racisme.

Med venlig hilsen
Nivi og Peter Kleist""")

M("", """Hej Ishøj Kommune
Jeg vil gerne anmelde at der hænger et racistisk klistermærke på busstoppestedet
ved Ishøj Skole. Det bør fjernes inden børnene kommer i skole mandag.
Vh Arne""")

M("s", """Hej Mona,

Tak for din mail om forældrekaffe. Min kone Sara og jeg kommer begge. Vi har
i øvrigt tænkt at vi gerne vil holde et lille oplæg for klassen om
regnbuefamilier, da Lily er blevet spurgt meget om "hvem der er hendes
rigtige mor". Er det noget vi kan aftale med dig?

Kærlig hilsen
Camilla (Lilys mor)""")

M("e", """Til Familieafdelingen

Min søn Johan er blevet udelukket fra klassens fester efter at det kom frem at
han bor på et opholdssted. Forældrene har sagt at han er "et problembarn".
Kan hans sagsbehandler hjælpe med at tale med skolen?

Venlig hilsen
Bettina Holm, mor""")

M("", """Kære borgmester. Jeg så i avisen at kommunen vil bruge 400.000 kr. på
kampagnen mod mobning på sociale medier. Hvorfor ikke bruge pengene på flere
lærere? Jeg synes det er symbolpolitik. Mvh Egon Riis""")

M("bt", """Hej skolebestyrelse og ledelse

Vores søn Gurpreet er sikh og bærer turban. En vikar sagde i sidste uge at han
skulle tage "hatten" af i klassen. Han nægtede og blev sendt ud. Vi er fra
Punjab og det er første gang vi oplever det her i Ishøj. Vi forventer en
undskyldning.

Harjit og Manpreet Singh""")

M("s", """Til AKT-teamet

Min datter Nora har sagt at hun er aseksuel og ikke vil være med til
"kærestelegen" som nogle i klassen leger. Hun bliver kaldt "robot" og
"frigid". Det er hun ked af. Kan I tale med klassen generelt?
Mvh Ditte Laursen""")

M("", """Til Børne- og Skoleudvalget
Som SSP-konsulent vil jeg gøre opmærksom på, at vi i år har set flere sager
med hadefulde beskeder mod elever med minoritetsbaggrund på tværs af skolerne.
Jeg foreslår et temamøde for alle skoleledere. Tallene er anonymiseret i
vedhæftede notat.
Med venlig hilsen
Kasper Lind, SSP Ishøj""")

M("tb", """Kære Lone

Jeg er muslim og fra Bosnien. Min datter Amina er den eneste pige i klassen
med tørklæde. Hun kom hjem og sagde at en dreng havde kaldt hende "en bombe".
Jeg har skrevet til skolen men de svarede at der "ikke var vidner". Kan du
som politiker tage det op?

Mvh Senada Hodzic""")

M("", """Hej. Jeg er 12. Vi har fået at vide at vi skal skrive en opgave om
diskrimination. Må jeg interviewe en fra kommunen om hvad man gør når
nogen bliver mobbet? Hilsen Oskar, 6.B""")

M("s", """Hej Jeanette

Det er Rasmus' far. Rasmus har fortalt mig og min kone, at han er homoseksuel,
og at han er blevet truet i bussen af nogle ældre elever. Vi har meldt det
til politiet. Kan skolen sørge for at han får lov at gå 5 minutter før de
andre, så han kan nå en anden bus?

Venlig hilsen
Bjarne Eriksen""")

M("bt", """Til Ishøj Kommune, Center for Børn og Forebyggelse

Vi er en romafamilie fra Rumænien, og vores to børn går på Vibeholmskolen.
Lærerne kalder vores døtre "sigøjnere" når de taler med hinanden, og vores
ældste hørte det. Vi er også ortodokse kristne og min datter blev grinet
af, fordi hun har et kors på. Vi vil bare at børnene skal være trygge.

Ion og Maria Stan""")

M("", """Kære Lone
Kan du fortælle om kommunen har underskrevet "Skolernes Charter mod
Homofobi"? Jeg er selv mor, og jeg synes det ville være et fint signal.
Hilsen Susanne Holm""")

M("tbse", """Hej,
Jeg hedder Ahmad, jeg er 17, jeg kom som flygtning fra Afghanistan for 4 år
siden og går på 10. klassecenteret. Jeg er homo og mine klassekammerater har
fundet ud af det. Nogle af de afghanske drenge siger at jeg ikke er en rigtig
muslim længere og at de vil fortælle det til min onkel. Jeg er bange. Jeg
bor på et opholdssted. Hvem kan jeg tale med?""")

M("", """Hej. Hvem er kontaktperson for LGBT+ ungdomsgruppen i Ishøj
Ungdomsklub? Min søns venner vil gerne starte en gruppe men de ved ikke
hvordan. Mvh Kirsten""")

M("b", """Til Ishøj Skole, 4.A

Vi vil gerne gøre opmærksom på, at Ibrahim hverken må eller vil spise
svinekød (vi spiser kun halal hjemme). Til juleklippedagen fik han
frikadeller og blev drillet fordi han spyttede dem ud. Kan der være et
alternativ næste gang?

Mvh Fatima og Omar""")

M("", """Til hovedpostkassen

Hermed rapport om mobbehændelser på Strandskolen skoleåret 2025/26 som
bestilt af udvalget. 14 hændelser registreret, 9 løst. Sag nr. 25/08812,
journalnummer 17.02.05-G01-3-25.

Med venlig hilsen
Skoleledelsen""")

M("t", """Hej Lars

Jeg vil bare sige tak fordi du stod frem til borgermødet om racisme i
skolen. Jeg er selv født i Pakistan og kom hertil som 8-årig. Der blev råbt
ting efter mig i skolen i 90'erne, og det sker stadig for min nevø i dag.
Vi mangler voksne der siger fra.

Hilsen Imran""")

M("s", """Til skolebestyrelsen

Jeg er lærer på skolen og selv lesbisk. Flere elever har spurgt mig om det,
og jeg har svaret ærligt. Nu har en forælder klaget til ledelsen over at jeg
"propaganderer". Jeg vil gerne have at bestyrelsen tager stilling til om
jeg har gjort noget forkert.

Venlig hilsen
Marianne Krog""")

M("", """Hej. Er der nogen statistik over hvor mange børn med anden etnisk
baggrund end dansk der går på hver skole i Ishøj? Jeg overvejer at flytte
til kommunen. Vh Jeppe""")
