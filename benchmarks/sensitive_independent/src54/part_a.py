"""corpus54 part A: school absence, well-being, PPR and a child's diagnosis."""
from common import M

M("h", """Kære Birgit Holm (formand for Børne- og Skoleudvalget)

Min søn Aksel går i 4.b på Vibeholmskolen. Han fik i sommer konstateret type 1-diabetes
og skal have insulin i løbet af skoledagen. Klasselæreren siger, at der ikke er nogen
voksne, der må hjælpe ham med at måle blodsukker i frikvarteret. Kan udvalget se på, hvordan
skolerne håndterer børn med diabetes? Han er ni år og kan ikke altid selv.

Venlig hilsen
Rikke Lauritsen""")

M("eh", """Til borgerrådgiveren

Jeg vil klage over sagsbehandlingen i PPR. Vores datter Sofie (8 år) blev henvist til
en udredning i februar, og først nu i oktober har vi fået et møde. Børne- og
ungdomspsykiatrien har i mellemtiden givet hende diagnosen autisme, men skolen vil ikke
give støttetimer, før PPR har lavet deres egen vurdering. Vi har søgt om en plads i
specialklasse og har ikke fået svar.

Mvh
Jonas og Line Bech""")

M("e", """Hej

vedr min søn Elias Hansen cpr [[140312-4127]] han har ikke været i skole i 3 uger nu. han vil bare ikke. skolen har lavet en underretning og nu skal vi til møde i familieafdelingen på torsdag. jeg ved ikke hvad jeg skal gøre. kan i ringe til mig

Camilla
tlf 28 41 07 93""")

M("", """Til hovedpostkassen

Hvor mange elever har Ishøj Kommune registreret med bekymrende skolefravær i skoleåret
2025/26, fordelt på skoler? Jeg skriver en opgave på pædagoguddannelsen om fravær og
trivsel og vil gerne have tallene, hvis de er offentlige.

Med venlig hilsen
Mathilde Krogh, studerende""")

M("h", """Kære Ahmad Zaki

Du sidder i Børne- og Skoleudvalget, så jeg skriver til dig. Min datter på 13 har haft
angst siden corona og har fået det værre efter skoleskiftet. Hun er i behandling hos en
psykolog, men skolen giver hende fravær for de timer, hun går til samtaler. Er det rimeligt?

Hilsen
en far fra Strandgårdskolen (Kenneth)""")

M("he", """Borgmesterens sekretariat

Vores søn Noah på 6 år har cerebral parese og bruger kørestol. Vi har søgt om et
tilpasset bord og en trappelift til børnehaven i Torslunde, men har fået at vide, at det
kan tage et halvt år. Han starter i 0. klasse til august, og vi er bange for, at der
heller ikke er styr på hjælpemidlerne der.

Vil borgmesteren se på sagen?

Med venlig hilsen
Sara og Mikkel Thorsen
Ishøj Strandvej""")

M("", """Til udvalgsformanden for Børn og Skole

Jeg har læst i Ishøj Avis at kommunen vil samle de små specialklasser på én skole. Hvad
betyder det for transporten? Mange forældre i vores boligforening er bekymrede for, at
børnene kommer til at sidde længe i bus. Jeg har ikke selv børn i specialklasse, men min
nabo har spurgt mig, om jeg vidste noget.

Venlig hilsen
Bente Schou""")

M("eh", """Til Center for Børn og Forebyggelse

Ansøgning om tabt arbejdsfortjeneste

Jeg søger om dækning af tabt arbejdsfortjeneste, fordi min datter Alma Nørgaard,
[[0203154682]], har epilepsi og har krampeanfald flere gange om ugen. Jeg er nødt til at
være hjemme med hende de dage, hvor hun ikke kan komme i skole. Lægeerklæring fra
Rigshospitalet er vedhæftet.

Min egen cpr er [[1711862014]].

Venlig hilsen
Signe Nørgaard""")

M("h", """jeg skriver bare fordi ingen gider at høre på mig. jeg er 15 og jeg har det rigtig
dårligt. jeg har skåret i mig selv siden 8. klasse og min mor ved det ikke. min
skolepsykolog er på barsel. hvem kan jeg snakke med? vil ikke skrive mit navn""")

M("e", """Kære borgerrådgiver

Vi har fået afslag på at vores søn kan fortsætte i specialklassen på Ishøj Skole efter
sommerferien. Skolen mener, han kan klare sig i almenklasse med støtte. Det mener vi ikke,
og vi vil gerne vide, hvordan vi klager. Afgørelsen kom i e-Boks i sidste uge.

Mvh Hanne Friis""")

M("", """Til borgmester Ole Bjørstorp

Jeg synes det er en skandale at klasserne på Ishøj Skole nu er oppe på 28 elever. Mine
egne børn er voksne, men mit barnebarn starter til august, og jeg ved fra lærerne,
at de ikke kan nå alle. Læg flere penge i folkeskolen!

Med venlig hilsen
Poul-Erik Jeppesen, pensionist""")

M("h", """Til skolesundhedsplejen, Ishøj

Min søn Viggo Asmussen, personnummer [[210613 4551]], har fået ordineret Ritalin for
ADHD af børnepsykiater. Han skal have en pille kl. 12 i skolen. Hvem på skolen tager
imod medicinen, og skal vi udfylde en blanket?

Mvh
Julie Asmussen""")

M("", """Hej

Min datter går i Bifrost, og der har været lus på stuerne tre gange i efteråret.
Kan institutionen ikke sende en generel besked til alle forældre om at tjekke? Det
er ikke for at hænge nogen ud, bare for at få det stoppet.

Mvh Rasmus""")

M("he", """Kære Mette Frederiksen fra Børne- og Skoleudvalget (ikke hende den anden, haha)

Min dreng har ordblindhed og har brug for en computer med læseprogram. Skolen siger at
de har søgt om det hos kommunen, men der er gået fire måneder. Han sakker bagud i alle
fag. Kan du hjælpe med at få skubbet på?

Venligst
Dorthe Winther""")

M("", """Spørgsmål til Center for Børn og Forebyggelse:

Hvilke tilbud har kommunen til børn, der har svært ved at komme i skole? Jeg er
lærer på en privatskole i Greve og vil gerne henvise familier til noget konkret, hvis
de flytter til Ishøj.

Venlig hilsen
Jesper Mølgaard""")

M("hu", """Hej Lone

Du kender mig fra lokalafdelingen af FOA, hvor jeg er tillidsrepræsentant på
Ishøj Plejecenter. Det er ikke det, jeg skriver om. Min søn Oliver har fået en
hjernerystelse til fodbold og må ikke se på skærm i tre uger. Skolen vil have ham
til at tage prøven i dansk på computer. Kan der laves en undtagelse?

Kh Birthe""")

M("e", """Til hovedpostkassen

Jeg har søgt om fritidspas til min søn på 11, fordi vi ikke har råd til håndbold
efter at jeg mistede mit job. Vi har fået brev om, at ansøgningen er modtaget, men intet
siden. Hvornår kan vi forvente et svar?

Hilsen
Marianne Quist""")

M("h", """Hej Kirsten

Her er en kort besked fra Sebastians mor. Han blev indlagt på Hvidovre i går med
blindtarmsbetændelse og bliver der nok til fredag. Han kommer ikke til lejrskolen.
Kan I give det videre til klassen?

Tak
Malene Skov""")

M("eh", """Kære sagsbehandler

Jeg har nu vedhæftet papirerne fra Børne- og Ungepsykiatrisk Center om vores tvillinger.
De har begge fået diagnosen FAS (føtalt alkoholsyndrom). De er i pleje hos os, og vi
har aftalt med kommunen at søge om støttepædagog i børnehaven.

Mathias: [[111019–4876]]
Emilie: [[111019–4897]]

Hilsen
plejefar Bo Rasmussen""")

M("", """Hvad er reglerne for fravær, når man tager børnene med på ferie uden for
skoleferierne? Vi har en bryllupsfest i Spanien i maj. Skal vi søge om det, eller
skal vi bare give besked? Mvh. Nikolaj""")

M("b", """Til skolelederen, Vibeholmskolen (kopi til borgerrådgiveren)

Vores datter Maryam er muslim og faster i ramadanen sammen med resten af familien. Hun
er 14 og har selv valgt det. I sidste uge ville hun ikke drikke vand i idræt, og læreren
skældte hende ud foran klassen for at være "dum". Vi synes, det er dårligt håndteret, og vi vil gerne
have et møde om, hvordan hun kan deltage i idræt i fasteperioden.

Venlig hilsen
Khaled og Noor""")

M("", """Hej, jeg skal bare høre om PPR har telefontid om fredagen? Der står forskellige ting på
hjemmesiden. Jeg er sundhedsplejerske i Vallensbæk og skal henvise en familie der er
flyttet. /Gitte""")

M("eh", """Til borgmesterens PA

Min datter Nanna har spiseforstyrrelse og har været indlagt på psykiatrisk afdeling i
Glostrup siden september. Nu skal hun udskrives, og kommunen vil give hende en
kontaktperson, men vi har ventet tre uger på at få navnet. Hun må ikke stå alene
med det her. Kan borgmesteren sørge for, at der sker noget?

Med venlig hilsen
Annette Kjær""")

M("", """Til skolebestyrelsen og Center for Børn og Forebyggelse

Indmeldelse i 0. klasse på Ishøj Skole:
Barnets navn: Ella Marie Svendsen
Barnets cpr: [[050619-4331]]
Mor: Louise Svendsen, [[230989-2786]]
Far: Kristian Svendsen

Vi ønsker at Ella kommer i samme klasse som sin veninde Lily fra børnehaven.

Venlig hilsen
Louise""")

M("he", """hej vi har fået bevilget kørsel til specialskolen i Albertslund til vores søn
Marcus men taxaen kommer aldrig til tiden. han har tourette og bliver rigtig urolig når det
hele skrider. Han kom for sent 6 gange i sidste måned. hvem har ansvaret for kørslen?

mvh Tina Larsen""")

M("", """Til Center for Børn og Forebyggelse

Jeg arbejder som støttepædagog på en skole i kommunen og vil gerne vide, om der bliver
afholdt det kursus i neuropædagogik igen til foråret, som var annonceret i
nyhedsbrevet. Jeg har 12 års erfaring med børn med autisme og ADHD.

Venlig hilsen
Jeanette Ravn""")

M("h", """Dear Ishøj municipality,

My son Daniel (10) has been diagnosed with severe asthma and cannot take part in outdoor
PE when pollen counts are high. The school in Ishøj keeps marking it as unexcused absence.
Who should I talk to about this? I do not speak Danish well yet, sorry.

Best regards,
Tom Whitfield""")

M("he", """Til Center for Børn og Forebyggelse
Att. familierådgiver

Jeg vil gerne søge om aflastning. Min søn Jakob, cpr [[190716 5508]], er multihandicappet
efter iltmangel ved fødslen og kræver pasning døgnet rundt. Jeg er alene med ham og hans
storebror og er selv sygemeldt med stress siden juni.

Jeg har vedlagt lægens erklæring.

Venlig hilsen
Kira Mogensen
[[0811912348]]""")

M("", """Spørgsmål til borgerrådgiveren: Kan man klage til jer over en skoles beslutning om
at aflyse en lejrskole? Det handler ikke om mit barn specifikt, hele årgangen har fået
aflyst pga. økonomi.

/Lasse Dahl""")

M("h", """hej Kenneth

min lille pige har fået konstateret leukæmi. vi er på Riget det meste af tiden nu.
hendes klasse vil gerne lave en kasse med tegninger til hende. kan du som skoleleder
sige det til lærerne? jeg kan ikke overskue at skrive til alle

Nadja""")

M("", """Til Børne- og Skoleudvalget

Jeg vil gerne foreslå, at kommunen indfører mobilfri skoletid på alle skoler. Forskningen
viser, at børns trivsel bliver bedre, når de ikke har telefonen i frikvartererne. Flere
nabokommuner har gjort det.

Med venlig hilsen
Lærke Damgaard, mor til to""")

M("eh", """Kære borgerrådgiver,

Jeg har klaget over at kommunen har nedsat min søns bevilling til merudgifter. Kasper har
muskelsvind og skal bruge særlige sko og en elkørestol, som slides. Vi fik 2.400 kr. om
måneden før og nu kun 900. Ingen har forklaret hvorfor.

Med venlig hilsen
Helle Brandt""")

M("", """Hej
Har skolerne i Ishøj nogen politik for hvad der sker hvis et barn bliver mobbet på
snapchat uden for skoletiden? Vi diskuterede det i vores forældregruppe og ingen
vidste det.
Anne-Mette""")

M("the", """Til PPR Ishøj

Vi er en polsk familie og flyttede hertil for et år siden. Vores søn Kacper er 7 år og
taler ikke meget endnu. Lægen tror, det kan være en sprogforstyrrelse og ikke kun at dansk er nyt
for ham. Kan I teste ham på polsk også? Vi kan finde en tolk.

Med venlig hilsen
Agnieszka Nowak""")

M("h", """Kære Sundhedsplejen

Jeg er gravid i uge 30 med vores tredje, og vores mellemste har fået skoldkopper. Er det
farligt for graviditeten? Min læge kan ikke få os ind før på mandag.

Mvh Trine""")

M("ehs", """Til Birgit i Børne- og Skoleudvalget

Min mand Kasper og jeg (Mads) har en søn på 9, Theo, der har fået diagnosen OCD. Vi har
bedt skolen om et hvilerum og en fast voksen, og PPR har anbefalet det, men vi har fået
afslag fra kommunen med henvisning til økonomien. Theo bliver hjemme flere dage om ugen nu.

Hilsen
Mads Kofoed""")

M("h", """Til Tandplejen Ishøj

Min søn Malthe Winther ([[020211-5819]]) har knækket en fortand i frikvarteret og er
meget bange. Han har i forvejen angst for tandlæger og har fået beroligende medicin før.
Kan han få en akuttid og evt. narkose?

Mvh far
Morten Winther""")

M("e", """til borgerrådgiveren
min søn på 16 er blevet smidt ud af efterskolen og nu bor han hos mig igen. jeg er på
kontanthjælp og har ikke plads. hans far vil ikke have ham. hvem i kommunen skal jeg
snakke med. jeg er bange for han ender på gaden
hilsen en mor i Vildtbanegård""")
