"""corpus77 part G: a long illness, sick leave, losing a job and signing on."""
from common import M

M("he", """Hej jobcentret

Jeg har brystkræft og har været sygemeldt siden april. Nu skriver I, at mine sygedagpenge
stopper i januar, og at jeg skal i jobafklaringsforløb. Jeg er stadig i strålebehandling.
Hvad betyder det for mig?

Venlig hilsen
Helle Winther""")

M("ue", """hej

er blevet fyret fra lageret i Ishøj Nord pga nedskæringer. er i 3F og de siger jeg skal
melde mig ledig hos jer i dag. gør jeg det på jobnet eller skal jeg komme ned

Mvh Kenneth""")

M("", """Hej Beskæftigelse og Erhverv

Vi skal skrive om jobmessen i Idrætscentret i næste uge. Hvilke fagforeninger og
a-kasser deltager, og er der stande for folk, der vil skifte branche?

Venlig hilsen
Ishøj Avis""")

M("hu", """Til HR og arbejdsmiljø

Jeg er social- og sundhedshjælper og medlem af FOA. Jeg fik et vrid i ryggen, da jeg
løftede en borger uden lift i sidste uge, og nu kan jeg ikke arbejde. FOA siger det skal
anmeldes som arbejdsskade. Har min leder gjort det?

Venlig hilsen
Birgit""")

M("h", """Til jobcentret, virksomhedsservice

Vi er en lille tømrervirksomhed. Vores lærling Kim har epilepsi og har haft tre anfald på
pladsen i år. Vi vil gerne lave en § 56-aftale, så vi kan beholde ham. Hvad skal vi sende
ind?

Venlig hilsen
Tømrer Jensen ApS""")

M("he", """Hej

Jeg har fået brev om opfølgningssamtale på min sygedagpengesag den 2. december. Jeg er
sygemeldt med piskesmæld efter et færdselsuheld og kan ikke sidde længe. Kan samtalen
være hjemme hos mig?

Maja Lund, cpr [[1803871224]]""")

M("te", """Hej

Jeg er polsk og har arbejdet 9 år på slagteriet, nu er jeg fyret. Min dansk er ikke så
god. Hvor skal jeg søge penge mens jeg finder nyt arbejde? Jeg er ikke med i en
a-kasse.

Piotr""")

M("she", """Kære borgmester

Min mand Anders har fået konstateret kræft i bugspytkirtlen. Vi har boet i Ishøj i 30 år.
Jeg vil gerne have at han kan dø hjemme. Hvem i kommunen skal jeg tale med om en
hospitalsseng i stuen?

Venlig hilsen
Jens Mikkelsen""")

M("", """Hej

Jeg er journalist og skriver om ledige over 50. Hvilke tilbud har Jobcenter Ishøj til
den gruppe, og hvor mange kommer i job efter et år? Generelle tal er fine.

Venlig hilsen
Marie Dahl, DR Lokal""")

M("pe", """Hej

Jeg har mistet mit job i oktober og kan ikke betale lånet på huset på Tranegårdsvej. Vi
har sat det til salg, og i weekenden kom der et bud. Kan kommunen udsætte
ejendomsskatten til handlen er på plads?

Mvh Jesper og Lene""")

M("bhe", """Hej sagsbehandler

Jeg er muslim og vil gerne faste i ramadanen, som starter i februar. Jeg er i
kemobehandling, og lægen siger jeg ikke skal faste. Skal jeg have en erklæring fra
imamen til jobcentret, eller er lægens ord nok?

Mvh Khadija""")

M("e", """Hej

Mine dagpenge er opbrugt i december. Kan jeg få kontanthjælp fra januar, og skal min
kone også søge? Vi har to børn og jeg har været ledig i 2 år.

Venlig hilsen
Tommy""")

M("", """Hej

Har Jobcenter Ishøj åbent mellem jul og nytår, og kan man komme uden aftale for at bruge
computerne i cafeen? Spørgsmålet kommer fra flere i vores boligområde.

Mvh Beboerrådgiveren, Vildtbanegård""")

M("h", """Hej HR

Min kollega Lone i Byggesag har været syg i tre måneder efter en hjernerystelse. Vi vil
gerne sende hende en buket fra afdelingen. Har kommunen en fast ordning for blomster til
langtidssyge medarbejdere?

Venlig hilsen
Jakob""")

M("u", """Til borgmesteren

Jeg er tillidsrepræsentant for Dansk Metal på en virksomhed i Ishøj, hvor 12 stillinger
skal nedlægges efter nytår. Kan jobcentret komme ud på virksomheden og holde et møde om
mulighederne, inden de går ud ad døren?

Venlig hilsen
Carsten Bruun""")

M("ue", """Hej jobcentret

Jeg mistede mit job som kontorassistent 1. november. Jeg er medlem af HK og har søgt
dagpenge. Hvornår skal mit CV være oprettet? Jeg kan ikke finde ud af jobnet.

Yvonne Berg
[[230977–2412]]""")

M("th", """Hej

Min mor har fået type 2-diabetes, og hun taler kun arabisk. Hun forstår ikke, hvad
diætisten siger. Kan hun få tolk med til sundhedshusets kursus?

Venlig hilsen
Rania""")

M("", """Kære byrådsmedlemmer

Jeg mener at kontanthjælpsreglerne er alt for stramme, og at kommunen burde lægge pres på
regeringen. Det er uværdigt at se hvordan folk behandles. Stem for et forslag om at gøre
noget ved det.

Venlig hilsen
En vred borger""")

M("he", """Hej

Jeg har haft piskesmæld siden 2021 og kan ikke arbejde fuld tid. Jeg har søgt fleksjob, og
rehabiliteringsteamet har behandlet sagen. Nu har jeg ventet 4 måneder på en afgørelse.
Hvornår kan jeg forvente svar?

Venlig hilsen
Dorthe""")

M("se", """Hej

Min kone og jeg er to kvinder og bor i Ishøj Landsby. Jeg er lige blevet opsagt fra mit
job i Brøndby. Hvordan påvirker det vores ansøgning om friplads til vores datter i
børnehaven?

Mvh Camilla""")

M("bh", """Til Hvidovre Hospital og Ishøj Kommune

Jeg skal opereres i hoften i januar. Jeg er Jehovas Vidne og kan ikke modtage blod. Kommunen
skal sørge for genoptræningen bagefter. Kan I sikre at det står i min plan?

Venlig hilsen
Ruth Andersen""")

M("", """Hej

Til Beskæftigelsesudvalget: hvor mange langtidssygemeldte var der i Ishøj i 2025, og
hvor mange af dem var i jobafklaringsforløb? Kun tal til næste møde.

Venlig hilsen
Kim Larsen, formand""")

M("e", """Hej

Jeg er i ressourceforløb og min koordinerende sagsbehandler er stoppet. Nu har jeg ikke
hørt noget i 2 måneder. Hvem er min nye sagsbehandler?

Mvh Nikolaj""")

M("he", """Til Center for Børn og Forebyggelse

Vores søn Lucas har leukæmi og er i behandling på Rigshospitalet i mindst et år. Jeg har
søgt om tabt arbejdsfortjeneste, så jeg kan være hos ham.

Barn: Lucas Dahl, [[150615-4427]]

Venlig hilsen
Maria Dahl""")

M("pe", """Hej Byudvikling

Vi har solgt vores lejlighed på Ishøj Boulevard betinget, men køberen har lige mistet sit
job og vil trække sig. Mægleren spørger om vi kan bruge kommunens vurdering til at
finde en ny køber hurtigt. Kan I hjælpe?

Mvh Anne og Jonas""")

M("hu", """Hej

Jeg er sygeplejerske og medlem af DSR. Jeg har været sygemeldt med stress i 8 uger efter
omstruktureringen i hjemmeplejen. DSR har bedt mig skrive til jer om en
rundbordssamtale. Hvem skal deltage?

Venlig hilsen
Marianne Friis""")

M("", """Hello,

Does Jobcenter Ishøj offer job coaching in English for people who do not speak Danish?
I'm asking for the international community group I run. General info is fine.

Best,
Tom Walker""")

M("te", """Hej

Jeg er fra Syrien og var tandlæge der. Jeg har arbejdet som tandklinikassistent i
Ishøj, men klinikken er lukket og jeg er ledig. Kan jobcentret hjælpe med at få min
uddannelse godkendt?

Venlig hilsen
Rami""")

M("she", """Hej visitationen

Min kæreste Ole har sklerose og har fået det meget værre i år. Jeg hedder Bjarne og vi
har boet sammen i 15 år. Jeg vil søge om plejeorlov, så jeg kan passe ham hjemme. Hvordan
gør jeg?

Mvh Bjarne""")

M("", """Til jobcentret

Ordrebekræftelse 1104901234 på 14 hæve-sænkeborde til jobcentrets nye kontorer.
Levering uge 50. CVR 31245678, EAN 5798009876543. Kontaktperson: Lars, tlf. 22 45 67 89.

Venlig hilsen
Kontormøbler Øst A/S""")

M("be", """Hej Kim

Vi kender hinanden fra Venstres vælgerforening, hvor jeg sidder i bestyrelsen. Jeg er
blevet fyret fra min stilling i et konsulentfirma og har brug for råd om jobcentret.
Kan vi tage en kop kaffe?

Venlig hilsen
Morten Højgaard""")

M("h", """Hej

Jeg fik en blodprop i hjernen i august og er lammet i højre side. Jeg kan ikke skrive, så
min søn skriver for mig. Kan biblioteket bringe lydbøger ud til mig?

Venlig hilsen
Agnete (skrevet af Thomas)""")

M("tu", """Hej

Jeg er fra Thailand og gør rent på skolerne i Ishøj. Jeg er medlem af Det Faglige Hus.
Min chef siger vi skal arbejde lørdag uden tillæg. Er det rigtigt?

Mvh Siriporn""")

M("e", """Hej borgerrådgiver

Min nabo i nr. 12 er lige blevet fyret og har ingen penge til mad til sine to børn. Han
skammer sig og vil ikke selv skrive. Kan kommunen hjælpe ham? Jeg har hans fuldmagt.

Venlig hilsen
Inge, Gildbrohøj""")

M("", """Hej

Hvilke virksomheder deltager i jobmessen i Ishøj Idrætscenter den 4. december, og skal
man tilmelde sig? Jeg sender det videre til vores elever i 10. klasse.

Venlig hilsen
UU-vejleder Line""")

M("he", """Hej plejecentret

Min mor har haft Parkinson i 12 år og flyttede ind hos jer i sommer. Hun ryster så meget,
at hun ikke kan spise selv. Personalet har ikke tid til at hjælpe hende. Hvad kan vi gøre?

Venlig hilsen
Jan""")

M("e", """Til jobcentret

Jeg har fået indkaldelse til samtale den 9. december kl. 10. Jeg er ledig og vil gerne
møde op, men kan jeg tage en bisidder med?

Mvh Lise Holm
Cpr-nummer [[090189 2332]]""")

M("su", """Hej HR

Jeg er lesbisk og er tillidsrepræsentant for BUPL i Børnehuset Solsikken. En kollega
kommer med grove bemærkninger om mig og min kone foran forældrene. Jeg har talt med min
leder, uden resultat. Hvad er næste skridt?

Venlig hilsen
Gitte""")

M("te", """Hej

Vi er fra Kosovo og bor i Ishøj Nord. Min mand har mistet sit arbejde og vi kan ikke
betale huslejen for december. Kan vi få hjælp fra kommunen?

Drita""")

M("", """Hej

Jeg læser jura og skriver opgave. Har Ishøj Kommune generelle regler for, hvor længe en
medarbejder kan være sygemeldt, før ansættelsen ophører? Eller følger I bare
funktionærloven?

Venlig hilsen
Sebastian""")

M("p", """Til Erhverv

Vores firma er i forhandling med kommunen om at købe grunden Industrivej 14 i Ishøj
Erhvervspark. Vi har givet et tilbud og venter på jeres modbud. Kan vi få en ubindende
tidsplan, så vi kan informere vores bank?

Med venlig hilsen
Nordic Pack ApS""")

M("be", """Hej jobcentret

Jeg er buddhist og mediterer hver morgen. På jobcentrets kursus for ledige skal vi møde
kl. 8, og så kan jeg ikke nå det. Kan jeg få lov at starte kl. 9?

Mvh Anders""")

M("h", """Hej biblioteket

Jeg har haft kronisk træthedssyndrom i fire år og kommer næsten aldrig ud. Kan jeg
blive tilmeldt ordningen hvor bøgerne bringes hjem, selvom jeg kun er 34?

Venlig hilsen
Sofie""")

M("", """Hej

Hvor mange ledige var der i Ishøj Kommune i oktober 2026 sammenlignet med oktober sidste
år? Og hvordan ser det ud for unge under 30?

Venlig hilsen
Peter, byrådsmedlem""")

M("sue", """Hej jobcentret

Min kæreste Jonas og jeg er begge mænd og begge medlem af HK. Jeg blev fyret i sidste uge,
og Jonas arbejder i Ishøj. Må jeg tage Jonas med som bisidder til min første samtale hos
jer?

Mvh Frederik Lund""")
