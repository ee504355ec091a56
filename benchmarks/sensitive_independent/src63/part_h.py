"""corpus63 part H: the last mix: custody, faith at school, numbers, policy."""
from common import M

M("se", """Til Familieretshuset og familieafdelingen

Efter min skilsmisse fra Jacob har jeg fortalt ham at jeg er biseksuel og har fået en ny
kæreste, Line. Nu vil Jacob have fuld forældremyndighed over vores søn, fordi han mener
det "forvirrer" drengen. Vi har i dag fælles forældremyndighed og deleordning. Jeg vil
gerne vide hvad jeg skal forberede til mødet.

Med venlig hilsen
Stine Kruse""")

M("s", """Hej Ungdomsskolen

Vores søn Victor er 15 og homoseksuel, og han glæder sig til turen til Berlin. Han er lidt
nervøs for værelsesfordelingen, fordi et par af drengene har kommenteret det. Kan han få
lov at bo med sine to veninder, eller på et værelse med en lærer i nærheden?

Venlig hilsen
Annette og Kim Lorentzen""")

M("sbh", """Kære Torslunde Kirke og Ishøj Kommune

Min kone Sanne og jeg blev gift i Torslunde Kirke sidste sommer, og nu venter vi vores
første barn. Vi vil gerne have det døbt samme sted. Skal kommunen have besked om
medmoderskabet, eller klarer kirkekontoret det hele?

Kh Maja Feldt""")

M("s", """Hej / Hi

My husband and I (yes, two guys) just moved to Ishøj from Manchester. Vores datter er 3 og
taler lidt dansk. We'd like a børnehave close to Ishøj Landsby. Is there a place on the
waiting list soon, and can we visit before we decide?

Cheers,
Gareth Price""")

M("su", """Til skolelederen, cc DLF

Jeg er lærer på skolen, lesbisk og medlem af Danmarks Lærerforening. En forælder har klaget
over at jeg har fortalt 8. klasse at jeg er gift med en kvinde. Jeg har fået besked om en
samtale. Jeg tager min TR med. Jeg vil gerne have klagen på skrift inden.

Venlig hilsen
Katrine Ellegaard""")

M("sh", """Kære borgerrådgiver

Vores søn Emil på 16 er homoseksuel og har fået angst efter lang tids mobning på sin
ungdomsuddannelse. Han går nu til psykolog. Skolen siger de "ikke kan gøre mere". Kan man
klage over en ungdomsuddannelse hos kommunen, eller skal vi gå et andet sted hen?

Venlig hilsen
Birgitte Hjorth""")

M("sp", """Hej Pladsanvisningen

Min kone Nanna og jeg har fået accepteret et bud på et hus på Vejleå Parkvej og skal skrive
under hos advokaten på tirsdag. Vi har tvillinger på 2. Hvad er ventetiden i
vuggestuerne i Vejleå, og kan vi skrive dem op allerede nu?

Venlig hilsen
Ida Marcussen""")

M("u", """Hej Vibeholmskolen

Jeg er medlem af Teknisk Landsforbund og arbejder på et ingeniørfirma. Vi har en ordning,
hvor forbundet betaler for at medlemmer kan holde oplæg for elever om tekniske
uddannelser. Har 9. årgang brug for sådan et besøg i foråret?

Venlig hilsen
Lasse Kirk""")

M("ue", """Til Ishøj Kommune, Ydelser

Min mand er blevet bortvist fra plejehjemmet, hvor han har arbejdet i 9 år. FOA siger at
bortvisningen er uberettiget, og at de vil føre sagen for ham. Vi har nu kun min løn, og
vi har tre børn. Kan vi søge om friplads eller noget andet mens sagen kører?

Mvh Hatice""")

M("u", """hej klubben

jeg er frisørelev og medlem af Dansk Frisør og Kosmetiker Forbund. vi har et gratis
kursus om elevrettigheder og jeg vil gerne reklamere for det på jeres opslagstavle. må jeg
hænge en plakat op?

Cecilie 17""")

M("u", """Kære lektiecaféen

Jeg har været tillidskvinde i FOA i 25 år og er nu på pension. Jeg vil gerne lave en
aften om "mit første job" for unge i lektiecaféen: løn, kontrakter og hvad man skal
passe på. Er det noget for jer?

Venlig hilsen
Grethe Kaas""")

M("up", """Hej skolen

Vi har solgt vores hus i Slagelse, men køberen har stadig ikke fået lånet igennem, så vi
ved ikke om vi flytter til Ishøj til februar eller først til sommer. Jeg har fået nyt job
i København, og HK, som jeg er medlem af, har hjulpet mig med kontrakten. Kan vi holde
en plads i 3. klasse til vores datter?

Venlig hilsen
Lise Overgaard""")

M("p", """Hej Pladsanvisning

Vi har lige fået en køber til vores hus i Hvidovre, og vi har selv et bud inde på et hus i
Ishøj Landsby. Sælger svarer på mandag. Vores to børn skal i børnehave og skole i Ishøj,
hvis alt går vel. Kan vi tage en snak om mulighederne?

Mvh Mikkel og Sara Jessen""")

M("p", """Til Ishøj Kommune

Min svigerfar sælger sit sommerhus i Odsherred for at hjælpe os med udbetalingen til en
lejlighed i Ishøj Strand, og det ser ud til at handlen er på plads i januar. Kan vi i
mellemtiden skrive vores søn op til Strandgårdskolen, når vi ikke bor i kommunen endnu?

Venlig hilsen
Jesper Aagesen""")

M("pt", """Hej Gildbroskolen

Min mand er fra Ghana, og vi har lige budt på et hus på Gadekærsvej. Vores to piger har
oplevet racisme på deres nuværende skole i Brøndby, så vi vil gerne høre, hvordan I
arbejder med det, inden vi beslutter os endeligt.

Mvh Louise Mensah-Boateng""")

M("p", """Til Ishøj Kommune

Jeg har solgt min lejlighed på Ishøj Strandvej for at flytte tættere på mit barnebarn i
Jylland, men køberen har endnu ikke betalt, og mægleren siger vi må vente til
skødet er tinglyst. Skal jeg melde flytning nu eller først når alt er i orden?

Venlig hilsen
Aase Lindgren""")

M("ph", """Kære Byudvikling og Handicapteamet

Vi har budt på en stueetagebolig i Ishøj Strand, fordi vores datter Liv på 11 sidder i
kørestol og ikke kan klare trapperne i vores nuværende hus. Sælger har sagt ja, men vi
skal bruge en rampe til indgangen. Kræver det byggetilladelse?

Venlig hilsen
Morten og Hanne Bjerre""")

M("t", """Goddag

Jeg kommer fra Congo, og jeg har boet i Ishøj i 5 år. Min datter Grace på 9 bliver kaldt
"abe" af en dreng i klassen. Jeg har sagt det til læreren, men drengen gør det igen. Jeg
vil gerne tale med skolelederen.

Mvh Jean-Pierre""")

M("t", """Hej SFO Stjernen

Min mor henter Leon hver mandag, og hun taler kun polsk. Vil I være så søde at skrive
beskeder til mig i Aula i stedet, så ikke noget bliver misforstået? Tak.

Kasia""")

M("te", """Hej Ydelser

Vi er fra Libanon og har boet i Ishøj i otte år. Min mand og jeg er på kontanthjælp, og vi
har fire børn. Vores ældste datter er kommet ind på gymnasiet og skal bruge en computer.
Kan vi søge hjælp til det?

Tak
Rima""")

M("t", """Til skolelederen på Ishøj Skole

Min søn Samuel på 10 blev i frikvarteret kaldt "neger" af tre drenge fra 6. klasse, og en
gårdvagt stod ved siden af uden at sige noget. Samuel er født i Danmark, men hans far er
fra Nigeria. Jeg forventer at høre fra jer i dag.

Helle Okafor""")

M("b", """Hej klasselæreren

Vores søn Ari har bar mitzvah den 14. februar og skal øve sig i synagogen de to
eftermiddage før. Han kommer derfor ikke til fodboldtræningen med klassen, og han skal
have fri fredag.

Venlig hilsen
Ruth Goldberg""")

M("b", """Til skolelederen

Vi er medlemmer af Humanistisk Samfund og ønsker ikke at vores datter deltager i
juleafslutningen i kirken. Vi vil gerne have at der er et andet tilbud på skolen i den
time, og ikke bare at hun sidder alene.

Venlig hilsen
Christian og Astrid Holm""")

M("b", """Hej lærerne i 5.B

Vores datter Aya har selv valgt at gå med tørklæde fra i år. Hun er glad for det, men lidt
nervøs for idræt. Må hun have et sportstørklæde på i gymnastiksalen?

Mange hilsner
Souad""")

M("b", """Kære skolebestyrelse

Jeg er aktiv i SF's lokalforening og vil gerne stille op til skolebestyrelsen på
Strandgårdskolen. Er der en regel om at man ikke må have en politisk post samtidig?
Jeg har to børn på skolen.

Mvh Torben Ahl""")

M("e", """Til Pladsanvisningen

Jeg søger om fripladstilskud for min søn Malik, [[091220\u00a05542]], i Børnehuset Havmågen. Jeg
er ledig og får dagpenge, og min kæreste er flyttet ud.

Mvh Jasmina Petrović""")

M("h", """Hej klasselærer

Vores datter Anna, [[210914 5068]], har ADHD og tager medicin om morgenen. Den virker ikke
rigtig efter kl. 13, så hun har svært ved at sidde stille til sidst på dagen. Kan vi tale
om hvordan hun kan få små pauser?

Venlig hilsen
Mads Holmgaard""")

M("", """Til Ishøj Skole

Vi vælger Ishøj Skole til vores søn Arthur i udskolingen. Hans cpr-nummer er [[0605124731]],
hvis I skal bruge det til tilmeldingen. Tak for rundvisningen i sidste uge.

Venlig hilsen
Henrik Søe""")

M("e", """hej jobcenter ungeindsats

jeg er fyldt 18 og skal vist søge uddannelseshjælp nu hvor jeg er stoppet på teknisk skole.
hvordan gør jeg det? min mor siger jeg skal skrive mit cpr: [[170908–4463]]

mvh Younes""")

M("", """Hej Ishøj Skole

Vores tvillinger skal starte i 0. klasse i august. De hedder Ella og Alma:
Ella [[120321-4218]]
Alma [[120321-4226]]
Vi ønsker dem gerne i hver sin klasse. Er det muligt?

Venlig hilsen
Lotte Rydahl""")

M("ue", """Til Pladsanvisningen

Jeg er medlem af Dansk Metal, og efter at de hjalp mig i en sag med min arbejdsgiver blev jeg
opsagt. Nu er jeg ledig og vil søge om fripladstilskud til min datter.

Mvh Kenneth Olsen, cpr [[240879-1733]]""")

M("e", """Til borgerrådgiveren

Vores søn Mathias på 14 har fået afslag på en kontaktperson, selv om både skolen og PPR
har anbefalet det. Afgørelsen kom tre måneder efter vi søgte. Vi vil gerne klage og vil
vide hvad fristen er.

Venlig hilsen
Marianne og Kasper Nyholm""")

M("", """Kære Børne- og Familieudvalget

Hvor lang er ventetiden hos PPR på en pædagogisk-psykologisk vurdering i dag, og hvad vil
udvalget gøre ved den? Skolebestyrelserne har flere gange peget på problemet.

Venlig hilsen
Fællesrådet for skolebestyrelser i Ishøj""")

M("", """Hej Ishøj Idrætscenter

Vores forening holder eid-fest i hallen den 10. april for hele kvarteret. Kan vi låne
ekstra borde og stole, og hvornår kan vi komme ind og gøre klar?

Mvh Vejleåparkens Beboerforening""")

M("", """Hej

Er der en børnegudstjeneste juleaften i Ishøj Kirke, og hvad er klokken? Min datter vil
gerne se krybbespillet, og vi skal planlægge hvornår vi kører til svigerfamilien.

Mvh Jonas""")

M("", """Hello,

Could someone explain the rules for børne- og ungeydelse (child benefit) for families who
move to Denmark from another EU country? I'm writing a guide for our company's new staff,
so I need the general rules only.

Kind regards
HR, Novo Relocation Team""")

M("", """Til Center for Børn og Forebyggelse

Vi har modtaget jeres brev, jeres reference 1012250733. Brevet handler om en ændring i
åbningstiden for Børnehuset Mælkebøtten fra januar. Kan I bekræfte at lukketiden fredag
bliver 16.00? Ring gerne på 28 11 19 85.

Mvh Forældrebestyrelsen""")

M("", """Kære byrådsmedlemmer

Jeg er imod planen om at lægge Ishøj Skole og Vibeholmskolens udskoling sammen. Det giver
længere skoleveje og større klasser. Lyt til forældrene, inden I beslutter noget.

Venlig hilsen
Bo Thygesen""")

M("", """Kære alle

Ishøj Skole fylder 50 år! Vi holder jubilæumsfest fredag den 5. juni med åbent hus fra
kl. 10, optræden i aulaen og grill om eftermiddagen. Tidligere elever og lærere er meget
velkomne.

Hilsen Skolens ledelse""")

M("", """Til udvalgssekretæren, Børn og Forebyggelse

Har kommunen tal for hvor stor en andel af børnene i daginstitutionerne der har anden
etnisk baggrund end dansk, fordelt på institutioner? Jeg er forsker på Roskilde Universitet
og arbejder med sprogstimulering i dagtilbud.

Venlig hilsen
Lektor Sune Bak""")

M("", """Hej Pladsanvisningen

Hvad koster en vuggestueplads og en børnehaveplads i Ishøj i 2027, og er der søskenderabat?
Vi overvejer at flytte til kommunen og vil gerne sammenligne med Greve.

Mvh Kamilla""")

M("", """Hej familieplejen

Vi blev godkendt som plejefamilie i september og har siden deltaget i jeres kursus. Hvor
lang tid går der typisk, før man bliver kontaktet om et barn? Vi er spændte og vil gerne
være forberedt.

Venlig hilsen
Annemette og Jørn Lykke""")

M("", """Til Ungdomsskolen

Hvilke partier stiller op til ungdomsbyrådsvalget i år, og hvornår er valgmødet? Vi er en
klasse på Ishøj Gymnasium der vil lave et projekt om unges valgdeltagelse.

Venlig hilsen
2.g samfundsfag""")
