"""Part H: forwarded chains, English and mixed mails, CPR numbers, many codes."""
from common import M

M("te", """-----Oprindelig meddelelse-----
Fra: Hovedpostkassen
Til: Center for Børn og Forebyggelse
Emne: VS: Ansøgning om friplads

Videresendes til rette afdeling.

> Hej, vi er en familie fra Ukraine og kom til Ishøj i 2022. Vi har to
> børn, Sofiia (9) og Maksym (12). Jeg arbejder 20 timer om ugen og min mand
> er i praktik via jobcentret. Vi søger friplads i SFO og klub.
> Sofiia [[140317-4626]], Maksym [[020914 4183]]
> Olena Kovalenko""")

M("bt", """Den 12. okt. skrev Miriam Katz:
> Kære skoleleder, kan Noam få fri til Jom Kippur den 2. oktober?

Hej igen

Jeg har ikke fået svar på ovenstående. Noam har nu været væk på dagen, og
det står som ulovligt fravær på Aula. Vi er jøder og han fastede med
familien. Kan det rettes?

Miriam Katz
cpr [[190380-2816]]""")

M("u", """Hej Mads

Som lovet: jeg er TR for 3F'erne i kommunens rengøringsteam på skolerne.
Vi er 11 medlemmer, og ingen af os har fået den nye sikkerhedsinstruks om
kemikalier. Kan du sørge for at HR sender den ud?

/Kenneth Holm""")

M("tb", """Kære Jesper

Jeg er medlem af Radikale Venstre og mor til to i Ishøj. Jeg er selv født i
Chile. Jeg undrer mig over at kommunen ikke har flere lærere med
tosproget baggrund. Min datter er den eneste i klassen hvis forældre taler
spansk derhjemme, og hun oplever at det bliver set som et problem.

Mvh Carolina Muñoz""")

M("p", """Fwd: Salg af Strandbovej 8

---------- Forwarded message ---------
From: Jens Bak
Date: tir. 4. nov. 2026
To: Skolesekretær Ishøj Skole

Hej. Vi har nu to bud på huset, og vi forventer at vælge det ene i denne
uge. Når handlen er på plads, flytter vi. Jeg skriver for at høre om Asger
kan gå på skolen til skoleårets slutning, også hvis vi bor i Høje-Taastrup
fra marts.""")

M("tu", """Hej Birgitte

Jeg er pædagog og medlem af BUPL, og jeg er selv vokset op i Ishøj af
pakistanske forældre. Jeg vil gerne holde et oplæg for udvalget om hvordan
SFO'erne kan blive bedre til at samarbejde med forældre med
minoritetsbaggrund.

Hilsen Sana Iqbal""")

M("eh", """Til Ishøj Kommune, Ydelsesservice

Ansøgning om enkeltydelse til briller til min søn Elias, [[281012–6731]].
Han har en synsnedsættelse på -5 på begge øjne og kan ikke se tavlen. Jeg er
på kontanthjælp og har ikke råd til de 2.400 kr.

Mvh Heidi Larsen, [[040893–2137]]""")

M("bu", """Kære Lone

Jeg er ikke i tvivl om at skolestrukturen skal ændres. Jeg skriver som
medlem af SF og som DLF-medlem og lærer i 25 år. Jeg stemte på jer ved
sidste valg, fordi I lovede mindre klasser. Det er ikke sket.

Venlig hilsen
Jette Bang""")

M("t", """Hej skolen, jeg er mor til Leo i 0.A. Vi er fra Grønland og Leo taler
mest grønlandsk derhjemme. Han forstår dansk, men han er genert. Kan
læreren give ham lidt tid? Tak. Ivalo""")

M("tp", """Hi,

We are a Danish-Kenyan family. My husband is from Nairobi. We have signed a
conditional contract on a house on Vejleåvej, and we are waiting for the
bank. If it goes through, our daughter Amani will start in 3rd grade after
Christmas. What documents does the school need?

Best regards,
Kirsten Otieno""")

M("e", """Til borgerrådgiveren

Min datter Olivia [[110309\u00a08214]] fik i august et afslag på
befordring til sin specialskole i Taastrup. Vi klagede, men har ikke hørt
noget i tre måneder. Hun er 17 og kan ikke tage tog alene.

Mvh Bente Frandsen""")

M("bte", """Til Ishøj Skole

Vi er en afghansk familie og vi er muslimer. Vores søn Hamid har ikke været
med på svømning, fordi han skal have badebukser til knæet. Læreren har givet
ham fravær. Vi har ikke råd til nye badebukser nu, vi får
integrationsydelse.

Mvh Nasir Rahimi""")

M("u", """Til Børne- og Skoleudvalgets sekretær

Vi er fire forældre fra skolebestyrelsen på Gildbroskolen. Tre af os er
medlemmer af HK, og vi har fået at vide at bestyrelsesmøderne ligger i
vores arbejdstid. Kan møderne flyttes til efter kl. 17?

Mvh Linda Vang (kontaktperson)""")

M("hu", """-----Oprindelig meddelelse-----
Fra: Tina Holm
Sendt: 3. november 2026 08:12
Til: Skoleleder
Emne: Sygemelding

Hej Per. Jeg er syg igen, migrænen er blevet værre og lægen har sat mig på
ny medicin. Jeg har talt med DLF, som siger at vi skal have en samtale om
mulighederne. Jeg er tilbage mandag hvis medicinen virker.
Tina

-----
Per videresendt til HR: Til orientering. Per""")

M("pe", """Kære Torben

Vi har et hus på Ishøj Bygade, som vi har sat til salg for at betale
gælden efter min mands konkurs. Der er en interesseret køber, men banken vil
ikke frigive pantet. Vores to drenge spørger hele tiden om de skal flytte.
Kan kommunen hjælpe med at finde en midlertidig bolig i skoledistriktet?

Mvh Karina Nilsson
[[121075-1268]]""")

M("t", """Hej AKT

Min søn Malik er halvt dansk og halvt gambiansk. Han bliver kaldt "brun" og
"chokolade" af nogle i 5.C, og han vil ikke gå i skole. Vi vil have et møde.

Mvh Anja Ceesay""")

M("bu", """Hej Jytte

Jeg er aktiv i Enhedslisten i Ishøj og lærer på Vibeholmskolen, organiseret i
DLF. Jeg vil gerne invitere dig til en debat om skolestrukturen på skolen.
Vi er flere lærere der gerne vil tale om det.

Mvh Ole Hjort""")

M("e", """Hej Center for Børn og Forebyggelse

Jeg vil gerne bekræfte at jeg har modtaget afgørelsen om aflastning for
min søn Mikkel, [[290611-5521]]. Han skal i aflastning hver tredje weekend.
Men afgørelsen nævner ikke ferier. Kan det tilføjes?

Mvh Susanne Dahl
[[170584-2946]]""")

M("tb", """Dear Mayor,

We moved to Ishøj from Lebanon when I was 10. Now I'm 19 and study to become
a teacher. I wear a headscarf and during my internship at a school here a
parent complained. The school did not back me up. I think the municipality
should have a clear policy.

Kind regards,
Rana Haddad""")

M("pu", """Hej Anders

Jeg er medlem af Dansk Metal og bor med min familie på Ishøj Landevej. Vi
har givet bud på en grund til et nyt hus i Torslunde, og kommunen skal
godkende byggeriet. Sælger vil have svar inden jul. Ved du hvornår
byggesagerne bliver behandlet?

Mvh Kim Sørensen""")

M("e", """Til Ishøj Kommune, Familieafdelingen

Jeg hedder Michelle og er mor til Jayden, [[090416 6643]]. Der er lavet en
underretning fra børnehaven, og jeg er indkaldt til møde. Jeg vil gerne
have en bisidder med. Hvordan gør jeg det?

Mvh Michelle""")

M("bt", """Hej Lars

Jeg er kristen konvertit og kom hertil som flygtning fra Iran. Min søn
på 13 skal konfirmeres i foråret. Vores familie i Iran ved det ikke, og det
er farligt for os hvis det kommer ud. Må kirken og skolen holde det
fortroligt?

Venlig hilsen
Reza""")

M("u", """Kære borgerrådgiver

Jeg er SFO-medhjælper, tidligere FOA-medlem, nu i Krifa. Min leder har
fortalt kollegaerne at jeg har meldt mig ud af FOA, og nu bliver jeg holdt
udenfor. Det er ikke i orden at lederen deler det.

Venlig hilsen
Susanne""")

M("he", """Til PPR

Sendes på vegne af min søster, som ikke skriver dansk:
Hendes søn Abdullah (8) har fået diagnosen ADHD og autisme i sommer. Han
skal have en støttepædagog i skolen. Ansøgningen er sendt i august.
Abdullah: [[251018-7190]]
Mor: [[030591-4328]]

Mvh Hassan""")

M("tp", """Hej Jesper

Jeg er fra Sri Lanka og har en lille tøjbutik i Ishøj Bycenter. Jeg er ved at
sælge butikslokalet til en køber, men købet afhænger af at kommunen giver
tilladelse til café. Min datter går i 9. og skal have hjælp til
uddannelsesvalg, men det er en anden sag. Kan du sige hvornår sagen bliver
behandlet?

Mvh Kumar""")

M("pe", """Til Ishøj Kommune

Min far bor på plejecentret Ishøjgård, og vi skal sælge hans hus i Ishøj
Landsby for at betale egenbetalingen. Der er en køber der har budt 2,8 mio.
Vi er tre søskende og vi er uenige. Skal kommunen godkende salget?

Mvh Jens Mogensen""")

M("ut", """Hi Ishøj Kommune,

I'm a Polish bricklayer, member of 3F, and my kids go to Ishøj Skole. I
want to ask about the "fritidspas" – can my kids get it even though I have a
job? My Danish is bad so I write in English.

Thanks,
Marek Nowak""")

M("b", """Kære formand for Børne- og Skoleudvalget

Jeg er sognepræst i Ishøj og far til to i kommunens skoler. Jeg synes det
er vigtigt at skolerne ikke afskaffer juleafslutningen i kirken, og jeg
vil gerne mødes med udvalget om det.

Venlig hilsen
Thomas Krag, sognepræst""")

M("t", """hej jeg er fra Irak og min søn går i 4 klasse. læreren siger han skal i
modtagelsesklasse igen men han har gået her 3 år. han taler kun arabisk
med mig, fordi jeg ikke kan dansk så godt. hvad gør vi
Ali""")

M("eu", """Til jobcentret

Jeg er ledig lærer og medlem af DLF A-kasse. Jeg har fået en praktikplads
på Ishøj Skole gennem jer, men skolen vil have mig til at undervise fuldt
uden løn. Er det lovligt i en virksomhedspraktik?

Mvh Jesper Holm
[[010290-2279]]""")

M("pt", """Hej Bo

Vi er en dansk-tyrkisk familie og vi har et tilbud på et rækkehus i Vejleå,
men sælgeren har givet os kun to dage til at svare. Vores ældste skal
starte på Gildbroskolen og vi vil vide om der er plads, inden vi siger ja.

Mvh Emre og Julie Demir""")

M("b", """Hej Karina

Jeg vil bare sige at Sigrid ikke skal med til kirken ved juleafslutningen.
Vi er humanister og melder hende fra alt kirkeligt. Hun kan bare vente på
skolen.

Mvh Kasper""")

M("te", """Til Center for Beskæftigelse og Erhverv

Jeg er kommet til Danmark som flygtning fra Syrien, og jeg er i
virksomhedspraktik på en skole som pædagogmedhjælper. Skolen vil gerne
ansætte mig. Hvordan stopper man praktikken?

Mvh Rami Khalil
[[150185\u00a01713]]""")

M("u", """Hej Lone, kort: jeg er FOA-medlem og dagplejer og vil gerne høre om kommunen
vil have dagplejen med i skolestarterprojektet. Vi er flere der vil. Mvh Tove""")

M("tb", """Til Vibeholmskolen

Vores datter Sara er adopteret fra Kina. Vi er buddhister. I
religionsundervisningen har en lærer sagt at buddhisme er "ikke rigtig en
religion". Sara blev ked af det. Vi vil gerne tale med læreren.

Mvh Karen og Erik Vinther""")

M("he", """Kære borgerrådgiver

Min søn Felix [[300908-4470]] har spiseforstyrrelse og er netop udskrevet
fra Rigshospitalet. Han har fået bevilget hjemmeundervisning, men læreren
er ikke kommet i 3 uger.

Mvh Inge Lindholm
[[100672-1836]]""")

M("tu", """Hej Jesper

Jeg er formand for Ishøj Somali Forening og medlem af 3F. Mange af vores
familier har børn i klubberne. Vi vil gerne hjælpe med lektiecafé. Jeg er
selv fra Somalia og kom i 1995.

Mvh Abdirahman""")

M("p", """Hej skole

Vores hus er til salg og vi har haft 6 fremvisninger. Mægleren siger at der
kommer et bud i næste uge. Vi vil bare sige at William måske flytter i
foråret.

Mvh Julie""")

M("eh", """Til Center for Børn og Forebyggelse

Hermed kopi af vores ansøgning om tabt arbejdsfortjeneste for pasning af
vores datter Frida, cpr [[1509154392]], der er født med en hjertefejl.

Mvh Lise og Martin Nørby""")

M("t", """Hej,
Jeg er kurder fra Tyrkiet og mor til tre. Min mindste, Deniz, taler kun
kurdisk. Han skal starte i 0. klasse. Kan skolen sørge for at han får hjælp
til dansk fra starten?
Mvh Gülay""")

M("u", """Kære Bente

Jeg er Lederne-medlem og afdelingsleder på en skole i nabokommunen, men bor i
Ishøj med mine børn. Jeg vil gerne foreslå et netværk for skoleledere på
tværs af kommunerne.

Venlig hilsen
Annemette Kruse""")

M("pb", """Til Ishøj Kommune, Center for Byudvikling og Natur

Jehovas Vidner i Ishøj, hvor jeg selv er ældste, ønsker at købe den tidligere
børnehave på Ishøj Bygade til en rigssal. Vi har afgivet et bud og venter på
kommunens svar.

Med venlig hilsen
Jørgen Winther""")

M("tbh", """Hej

Jeg er jødisk og min søn har en alvorlig allergi mod sesam. Til skolens
kulturdag skal der serveres mad fra "forskellige lande", og jeg er bange for
at han ikke kan spise noget. Kan vi få menuen på forhånd?

Mvh Ruth Bernstein""")

M("e", """Hej, jeg har fået brev om at min søns SFO-plads bliver opsagt fordi jeg
skylder 3 måneder. Jeg har lige fået arbejde igen efter et år på
kontanthjælp. Kan jeg få en afdragsordning?
Mvh Rasmus, cpr [[120387 1939]]""")

M("tu", """Dear Lone,

I'm a member of IDA and work as an engineer. I moved here from Brazil. My
son is in 6th grade and wants to join the youth club's robotics team, but
the club says it's only for Danish speakers. Is that allowed?

Regards,
Rafael Souza""")

M("p", """Kære Lars

Min mor skal sælge sit hus på Ishøj Strandvej og har fået et bud, men
køberen vil have at kommunen bekræfter at der ikke kommer en ny skolevej
gennem haven. Kan I bekræfte det?

Mvh Lene""")

M("b", """Hej Mette (klasselærer)

Malthe skal til konfirmationsforberedelse hver tirsdag kl. 14 i Ishøj Kirke.
Han går derfor kl. 13.45. Vi har talt med præsten om det.

Mvh Peter""")

M("eh", """Til PPR

Vores søn Jonas [[070715-4012]] er blevet indstillet til PPR, fordi han
har stammen og taler meget lidt. Talepædagogen har sagt at han har en
sprogforstyrrelse. Vi vil gerne høre hvornår han kan starte i
taleundervisning.

Mvh Marianne Bech""")
