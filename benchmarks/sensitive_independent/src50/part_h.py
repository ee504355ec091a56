"""corpus50 part H: mixed errands to the mayor, the citizen advisor and the main mailbox; early retirement, students, seniors."""
from common import M

M("eh", """Kære borgmester

Jeg er 64 og har arbejdet som murer hele livet. Min ryg er slidt op, og min læge siger jeg ikke kan fortsætte. Jeg har søgt om tidlig pension (Arne-pension) og fået afslag fordi jeg mangler 3 måneders beskæftigelse. Jeg føler mig snydt.

Med venlig hilsen
Arne Poulsen, Ishøj Landsby""")

M("", """Hej Ishøj Kommune

Hvad er reglerne for tidlig pension, og kan kommunen hjælpe med at beregne ancienniteten? Vi har mange ældre medlemmer der spørger, så vi skriver generelt.

Med venlig hilsen
Ishøj Seniorforening""")

M("sp", """Hej Lone

Min mand Jesper og jeg har sat vores rækkehus på Strandgårdsvej til salg, fordi vi flytter til Aarhus for hans nye job. Der er en køber, men han vil have at kommunen bekræfter at der ikke kommer støjvold bag haven. Kan nogen fra planafdelingen svare os?

Mvh Henrik Bach""")

M("", """Til Ishøj Kommune

Hvorfor kan man ikke se på borger.dk, hvornår man kan gå på folkepension? Min mand og jeg har diskuteret det i en uge.""")

M("he", """Hej

Jeg har fået tilbudt et skånejob i kommunens grønne afdeling efter at have fået en ny hjerteklap. Jeg er på førtidspension. Må jeg tjene lidt ved siden af uden at miste pensionen?

Hilsen Torben Lyng
[[1904571341]]""")

M("", """Kære byrådsmedlem

Jeg er bekymret for at kommunen vil nedlægge sine seniorjob. Mange over 60 har brug for dem. Kan du fortælle, hvad planen er?""")

M("s", """Hej Birgitte

Jeg er aseksuel og har aldrig talt om det på arbejdet, men nu vil kommunens trivselsundersøgelse vide "om man har en partner". Jeg synes det er grænseoverskridende. Kan I tage spørgsmålet ud?

Mvh Kim fra rådhusets bogholderi""")

M("", """Hej

Jeg vil gerne takke for den gode hjælp til vores virksomhed i forbindelse med ansættelse af en lærling i sidste måned. Det gik nemt og hurtigt.

Mvh Ishøj El-Service""")

M("eh", """hej mette

min søster Louise har skizofreni og har lige mistet sit job i kantinen. hun har ikke søgt noget endnu men hun har ikke penge til husleje til januar. kan hun få akut hjælp? hun bor på Gildbrovej.

/Camilla""")

M("", """Hej, hvordan søger man akut hjælp til husleje i Ishøj? Jeg er socialrådgiver i et boligselskab og skal give vores beboere en vejledning.""")

M("pb", """Kære Ishøj Kommune

Jeg er ejer af et lille trykkeri, og jeg er også SF'er og kandidat til næste kommunalvalg. Jeg er ved at sælge trykkeriets bygning på Industrivej 8 til en lokal sportsklub, og de venter på at kommunen godkender den nye anvendelse. Jeg nævner min kandidatur, så I ved jeg ikke vil have særbehandling.

Med venlig hilsen
Carsten Ravn""")

M("", """Til borgerrådgiveren

Jeg vil gerne klage over, at kommunen ikke svarer på mails inden for 10 arbejdsdage. Det er ikke en personlig sag, men jeg har hørt fra mange.""")

M("ehu", """Hej Jonas

Jeg er 62 og arbejder som smed. Jeg er medlem af Dansk Metal. For et halvt år siden fik jeg en stroke og har nu fået 12 timer om ugen i fleksjob hos min gamle arbejdsgiver. Kommunen har endnu ikke udbetalt tilskuddet for oktober. Mit cpr: [[020963-2145]].

Med venlig hilsen
Leif Holm""")

M("", """Kære borgmester

Jeg skal skrive en artikel om kommunens erhvervsliv. Kan I give mig tal på, hvor mange nye virksomheder der er startet i 2025, og hvor mange der er gået konkurs?

Venlig hilsen
Mia, journaliststuderende""")

M("s", """Hej,

Min kone og jeg er to kvinder og har søgt om at blive plejefamilie. Vi er blevet godkendt i sidste uge! Vi glæder os. Hvornår får vi at vide, om der er et barn til os?

Mvh Ida Schmidt""")

M("", """Til Børn og Unge

Hvor mange plejefamilier mangler der i Ishøj? Vi er en arbejdsplads der vil opfordre vores medarbejdere til at overveje det.""")

M("e", """Kære borgerrådgiver

Vores plejesøn Noah på 14, som kommunen har anbragt hos os, har fået et fritidsjob i Netto. Kommunen vil nu trække hans løn fra plejevederlaget? Er det rigtigt? Han vil gerne spare op til et knallertkørekort.

Venlig hilsen
Michael og Susanne Krogh""")

M("", """Hej. Hvor mange børn er anbragt uden for hjemmet i Ishøj? Det er til et studieprojekt om socialt arbejde.""")

M("e", """Til hovedpostkassen

Jeg er hjemmehjælper og har lige fået en besked fra en af mine borgere, Inga Frandsen på Bredekærs Vænge, at hun ikke har fået sin mad fra madordningen i tre dage. Jeg har ikke kunnet få fat i visitationen.

Mvh Gitte, hjemmeplejen gruppe 3""")

M("", """Hej, hvem er leder af hjemmeplejen i Ishøj nu? Jeg skal sende en ansøgning som social- og sundhedshjælper.""")

M("h", """Kære Ishøj Kommune

Min far, Bent Aagaard, får hjemmesygepleje to gange om ugen til sine sår på benene efter diabetes. Sygeplejersken kom ikke i mandags. Kan I undersøge det? Han bor på Ishøj Landsbyvej 3.

Venlig hilsen
Tina Aagaard""")

M("", """Til Ishøj Kommune

Hvad er hjemmesygeplejens åbningstider i weekenden? Vi er en privat praktiserende læge i Ishøj og vil gerne henvise patienter.""")

M("et", """Hej

Jeg er iraner og har boet i Ishøj i 6 år. Jeg blev lige opsagt fra mit arbejde som kok. Nu har jeg meldt mig ledig og jobcentret har indkaldt mig til samtale den 3. december. Jeg vil gerne have en tolk på farsi til samtalen.

Med venlig hilsen
Dariush Moradi
CPR: [[080485 3127]]""")

M("", """Hej Ishøj Kommune

Kan jeg bestille en tolk på farsi til et møde i vores virksomhed med en ny medarbejder? Eller skal vi selv finde en privat tolk?

Mvh Strandvejens Restaurant""")

M("e", """Kære Anders

Jeg er 19 og har lige fået et job som lagerarbejder. Min mor er på kontanthjælp, og nu siger kommunen at hun skal have nedsat sin ydelse fordi jeg bor hjemme og tjener penge. Er det rigtigt? Jeg betaler allerede husleje til hende.

Mvh Marcus""")

M("", """Til byrådet

Vi i Ishøj Ungdomsråd mener at unge under 18 skal have ret til en fast mindsteløn, når de arbejder i kommunen. Vi vil gerne have et møde om det.""")

M("b", """Hej Jens

Jeg er medlem af Nye Borgerlige og arbejder som elektriker. Jeg synes kommunen bruger for mange penge på integration. Jeg vil gerne have et svar på, hvad det koster om året.

Mvh Brian Lund""")

M("", """Hej, hvor mange penge brugte kommunen på integration i 2024? Det er til en debat i vores klasse.""")

M("u", """Kære Helle

Jeg er tidligere medlem af Socialpædagogerne og er nu blevet leder i kommunens bosted. Jeg vil gerne vide, om jeg skal melde mig ind i Lederne i stedet, og om kommunen betaler kontingentet for ledere.

Med venlig hilsen
Jens Kirk""")

M("", """Til direktionsassistenten

Vi er en gruppe fagforeninger i Ishøj, og vi vil gerne invitere direktøren til et møde om arbejdsmiljø i ældreplejen. Vi har ikke nogen enkeltsager med.""")

M("ht", """Hej

Min svoger Jamal, som er fra Gaza, arbejder som buschauffør og har lige fået konstateret sukkersyge. Han er bange for at miste sit kørekort og sit job. Han vil ikke selv skrive fordi hans dansk er dårlig. Hvad skal han gøre?

Mvh Yasmin""")

M("", """Hej, hvornår kan man få en influenzavaccine på rådhuset? Vi er 20 ansatte i vores firma, der gerne vil have den.""")

M("sbt", """Kære borgmester

Jeg er jøde og bøsse og har været ansat på Ishøj Bibliotek i 14 år. Jeg har oplevet at flere brugere råber ad mig, fordi jeg bærer kippa. Min mand Ole siger, jeg skal skrive til dig. Jeg vil gerne vide, hvad kommunen gør for at beskytte sine medarbejdere.

Mvh Daniel Rosen""")

M("", """Hej Ishøj Kommune

Vi er et vikarbureau, og vi vil gerne vide hvilke krav I stiller til vikarers sprogkundskaber i hjemmeplejen. Det er et generelt spørgsmål.""")

M("p", """Hej Lars

Jeg har købt en andel i Ishøj Strandparks andelsboligforening med forbehold for at min nuværende lejlighed bliver solgt. Handlen er ikke endelig. Kan kommunen oplyse, om der er planer om at lukke for bilkørsel langs stranden?

Mvh Anne Winkel""")

M("", """Til hovedpostkassen

Vi har solgt vores erhvervsgrund på Industrivej 30 i august, og skødet er tinglyst. Kan I stoppe opkrævningen af dækningsafgift på adressen?

Med venlig hilsen
Kjær Transport ApS""")

M("eu", """Hej Mette

Jeg er fra Dansk Sygeplejeråd og skriver personligt: jeg er selv medlem og har været ansat i hjemmesygeplejen, men blev opsagt i sidste uge pga. omstrukturering. Jeg er nu ledig og vil gerne vide om kommunen har en plan for de opsagte.

Venlig hilsen
Birgitte Kvist""")

M("", """Hej Mette

Som faglig sekretær i Dansk Sygeplejeråd vil jeg gerne på vegne af vores medlemmer høre om kommunens planer for hjemmesygeplejen. Vi har hørt om afskedigelser.

Venlig hilsen
Lise Holm, DSR Kreds Hovedstaden""")

M("ht", """Hej

Jeg er fra Eritrea og arbejder som rengøringsassistent på rådhuset. Jeg er blevet gravid og har kvalme hele tiden. Min leder siger jeg skal tage en sygedag uden løn. Er det rigtigt?

Mvh Senait Tesfaye""")

M("", """Kære Ishøj Kommune

Jeg har et spørgsmål om reglerne for barsel for kommunens ansatte. Hvor mange ugers barsel med løn får fædre? Jeg overvejer at søge job hos jer.""")
