"""corpus87 part G: faith at the end of life and party convictions (belief), retired union
members and carers in unions (union); church times, Ældre Sagen, ASE and union staff as
negatives."""
from common import M

M("bhe", """
Til Plejecenter Solgården

Min far, Niels Jørgen, der bor hos jer, er uhelbredeligt syg og har måske kun uger tilbage. Han er
dybt troende og har bedt om, at sognepræsten kommer og beder med ham. Kan I hjælpe
med at kontakte Ishøj Kirke, når vi ikke er der?

Med venlig hilsen
Karin Vestergaard
""")

M("", """
Hej

Hvornår er der julegudstjeneste i Ishøj Kirke i år? Min mor vil gerne med, hvis hun er
frisk.

Mvh Lone
""")

M("be", """
Kære Hjemmeplejen

Min mor, Fatima, er muslim og vil gerne vaskes af en kvinde. Hun beder fem gange om
dagen, så det er bedst at I ikke kommer lige ved middagstid. Hun får hjælp til bad
tirsdag og fredag.

Venlig hilsen
Amina Hassan
""")

M("u", """
Til Ishøj Kommune

Jeg er pensioneret murer og har været i 3F siden 1968. Vores pensionistklub i 3F
Ishøj vil gerne låne et lokale i aktivitetscentret til julefrokost. Jeg er kontaktperson.

Venlig hilsen
Poul Sejer
""")

M("", """
Hej

Jeg er medlem af Ældre Sagen og vil gerne høre, om kommunen samarbejder med Ældre Sagens
besøgstjeneste. Jeg vil gerne være besøgsven.

Mvh Kirsten
""")

M("be", """
Til borgerrådgiveren

Jeg er ateist og vil ikke have, at præsten kommer forbi ved min seng, når jeg ligger
for døden. Plejecentret har skrevet "folkekirken" i min journal, fordi jeg er døbt.
Jeg vil have det rettet.

Med venlig hilsen
Jens Ove Bertelsen
""")

M("", """
Hej

Kan man leje kirkens sognegård til en 80-års fødselsdag, eller skal man gå til
menighedsrådet? Det er til min far.

Mvh Trine
""")

M("bthe", """
Dear Solgården Care Home,

My grandmother, Mrs. Miriam Levin, is Jewish and in her final days. The family would
like a rabbi to visit and to say the prayers with her. Could the staff please let us
know when would be convenient, and make sure the room is quiet?

Thank you,
Daniel Levin
""")

M("", """
Til Ishøj Kommune

Hvornår holder Ishøj Moské åbent hus for ældre fra kommunens seniorklubber? Vi vil
gerne arrangere en tur.

Venlig hilsen
Torslunde Seniorklub
""")

M("u", """
Kære Social- og Sundhedsudvalg

Som mangeårig tillidsrepræsentant i FOA på Solgården, nu på pension, vil jeg gerne
fortælle jer, at jeg er bekymret for arbejdsmiljøet. Mine gamle kolleger ringer til mig
hver uge.

Venlig hilsen
Birthe Klausen
""")

M("", """
Hej

Jeg er faglig sekretær i FOA Vestegnen og skriver på vegne af vores medlemmer i
hjemmeplejen. Vi ønsker et møde med udvalget om de nye køreruter.

Med venlig hilsen
Heidi Brandt, faglig sekretær
""")

M("ub", """
Kære borgmester

Jeg har været medlem af Socialdemokratiet i 52 år og af Dansk Metal i 47. Jeg er
skuffet over at min egen partiformand i byrådet stemte for at skære i
hjemmehjælpen. Det er ikke det parti jeg meldte mig ind i.

Med venlig hilsen
Verner Hald
""")

M("", """
Til borgerrådgiveren

Min a-kasse er ASE, og de siger at jeg skal spørge kommunen om efterløn og folkepension
overlapper. Hvem kan svare på det generelt?

Mvh
""")

M("be", """
Til Visitationen

Min mand Abdul er muslim og vil kun spise halal. Han har fået madordning fra
kommunen, men I leverer svinekød to gange om ugen. Kan I give ham et halalmenu?

Venlig hilsen
Nasima
""")

M("", """
Kære præst

Hvad tid er der gudstjeneste på Kærbo på torsdag? Vi er nogle stykker fra
seniorklubben, der gerne vil høre koret.

Mvh Emil
""")

M("be", """
Hej

Jeg er 85 og har været Jehovas Vidne i 60 år. Hvis jeg bliver indlagt, vil jeg ikke
have blod. Kan kommunen skrive det i min journal i hjemmeplejen, så de ved det?

Med venlig hilsen
Gudrun Stokholm
""")

M("u", """
Hi there,

I've been a member of HK for 40 years and am now a senior member. Do senior members get
a discount on the municipality's adult education classes? It said so in the members'
magazine.

Anne-Lise Berg
""")

M("", """
Hej

Hvilke fagforeninger er repræsenteret i Ishøj Kommunes MED-udvalg på ældreområdet? Jeg
skriver en opgave.

Venlig hilsen
Sebastian
""")

M("bh", """
Til Hjemmesygeplejen

Min mor Lise har kun kort tid tilbage, og hun har bedt om at få den sidste olie. Hun er
katolik. Vi har kontaktet Sankt Knuds Kirke, men præsten kan først komme på fredag.
Kan I hjælpe med smertestillende, så hun er vågen?

Mvh Peter Andersen
""")

M("", """
Kære udvalgsformand

Jeg er medlem af Danske Handicaporganisationer, og vi vil gerne have mere tilgængelige
toiletter i parkerne. Det gælder mange af vores medlemmer.

Venlig hilsen
Vagn Olsen, DH Ishøj
""")

M("u", """
Kære borgerrådgiver

Jeg er gået på pension fra Ishøj Kommune efter 31 år som pædagog. Jeg var BUPL-medlem
hele tiden og er stadig. Min pensionsindbetaling mangler for 2019. BUPL siger jeg skal
spørge kommunen som tidligere arbejdsgiver.

Med venlig hilsen
Lene Bøgh
""")

M("b", """
Til hovedpostkassen

Jeg er 81 og buddhist. Jeg vil gerne have at mine ønsker til min bisættelse bliver
respekteret, hvis jeg dør på plejecentret. Hvor afleverer jeg et skriftligt ønske?

Venlig hilsen
Tove Mikkelsen
""")

M("", """
Hej

Holder kirken gudstjeneste med nadver i hjemmet for folk, der ikke kan komme ud? Jeg
spørger generelt, til vores nyhedsbrev i ældrerådet.

Mvh Bente
""")

M("ue", """
Til Center for Voksne og Velfærd

Jeg er pensioneret chauffør og stadig med i 3F's seniorgruppe. Jeg får hjemmehjælp og
har søgt om et nødkald, fordi jeg bor alene. Kan I sige hvornår det bliver installeret?

Venlig hilsen
Svend Jacobsen
[[150343-1177]]
""")

M("b", """
Kære Jesper (byrådsmedlem)

Jeg har stemt på Enhedslisten siden partiet blev stiftet, og jeg synes du gør et godt
arbejde i byrådet. Jeg håber I holder fast i kravet om flere fastansatte i
hjemmeplejen.

Rød hilsen
Kaj Pedersen, 78
""")

M("bu", """
Kære Karina (byrådsmedlem)

Vi er nogle pensionerede sygeplejersker fra DSR's seniorforening, og flere af os er
aktive i Moderaterne. Vi vil gerne invitere dig til at tale om sundhedsreformen på vores
møde. Jeg er selv medlem af partiets lokalbestyrelse.

Venlig hilsen
Birgitte Lorentzen
""")

M("be", """
Til Visitationen

Min far, Harjit Singh, er sikh og bærer turban. Hjemmehjælperne vil have ham til at tage
den af ved badet, men det må han ikke. Kan de tage hensyn?

Venlig hilsen
Gurpreet Singh
""")

M("u", """
Hello,

I'm a retired Danish nurse, member of DSR for 40 years, now living in Ishøj. I would
like to volunteer at one of your care homes. Who do I contact?

Kind regards,
Hanne Clausen
""")

M("", """
Hej

Jeg er frivillig i Kirkens Korshær og vil gerne dele julekurve ud til ældre i
Ishøj. Må vi stå foran aktivitetscentret?

Mvh Ulla
""")

M("bh", """
Til Hospice og Hjemmesygeplejen

Min hustru Anna er døende af kræft. Hun er humanist og ønsker en sekulær samtale i
stedet for en præst. Kan I formidle kontakt til Humanistisk Samfund?

Venlig hilsen
Henrik Toft
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi er Faglige Seniorer i Ishøj og vil gerne have en stand på Seniordagen. Hvem skal vi
kontakte?

Venlig hilsen
Bestyrelsen
""")

M("ub", """
Kære borgmester

Jeg er 70, pensioneret lærer og har været medlem af DLF hele mit arbejdsliv. Jeg er
også medlem af SF og vil gerne høre om kommunen vil støtte et lokalt seniornetværk
for tidligere lærere.

Mvh Ebbe Skov
""")

M("", """
Hej

Der er forårskoncert i Torslunde Kirke i maj. Er der parkering ved kirken til en bus
med 40 seniorer fra klubben?

Mvh Poul
""")

M("bte", """
Kære borgerrådgiver

Min far er ortodoks kristen, født i Eritrea, og har bedt om en præst fra den eritreiske
kirke. Plejecentret har kun folkekirkens præst. Kan kommunen hjælpe?

Venlig hilsen
Selam Tesfaye
""")

M("", """
Hej

Jeg har fået brev fra Krifa om en pensionistforsikring. Er det kommunen, der har
givet dem min adresse? Jeg har aldrig været medlem der.

Mvh Gert
""")

M("u", """
hej

jeg var tillidsmand i Dansk Metal på skibsværftet i 20 år. nu er jeg pensionist og har
tid. kan jeg være med i ældrerådet?

mvh Ib
""")

M("bte", """
Til Visitationen

Jeg er 88 og jøde. Jeg har fået madordning fra jer siden oktober, men jeg spiser kun
kosher. Kan madordningen levere noget der passer til mig, eller skal jeg selv bestille?

Venlig hilsen
Ruth Melchior
""")

M("ub", """
Til Social- og Sundhedsudvalget

Jeg er medlem af Faglige Seniorer og af FOA siden 1979. Vi demonstrerer på lørdag
mod besparelserne på ældreområdet. Jeg er også medlem af Enhedslisten og vil tale ved
demonstrationen.

Med venlig hilsen
Lis Ravnsborg
""")

M("be", """
Hej plejecentret

Min mormor Ingrid på stue 4 hos jer ønsker at blive døbt, inden hun dør. Hun er 91 og
har aldrig været det.
Præsten kan komme på søndag. Kan vi låne jeres fællesstue?

Mvh Clara
""")

M("ub", """
Kære Social- og Sundhedsudvalg

Jeg er pensioneret pædagog og seniormedlem af BUPL. Jeg er medlem af Alternativet og vil
gerne foreslå en grøn seniorhave ved aktivitetscentret.

Mvh Dorthe Krogh
""")

M("bs", """
Til Ishøj Kirke og kommunen

Min mand Lars og jeg, Michael, vil gerne have en kirkelig velsignelse af vores ægteskab
til vores 25-års jubilæum. Vi er begge døbt og troende. Hvordan booker vi kirken?

Venlig hilsen
Michael Storm
""")

M("tb", """
Hej

Min mormor, som er fra Libanon og muslim, vil gerne besøges af en imam nu hvor hun er
ved at blive svag. Er det noget kommunen kan formidle?

Mvh Layla
""")

M("", """
Hi,

What time is the Christmas Eve service in Ishøj Church this year? My parents are
staying with us over Christmas and would like to go.

Best, Tom
""")

M("but", """
Dear Councillor,

I am a retired shop steward from Unite in Manchester and have lived in Ishøj for ten
years. I'm now a member of Danish 3F's senior club and a proud Labour man still. I'd
like to invite you to speak at our pensioners' meeting.

Cheers,
Keith Barlow
""")
