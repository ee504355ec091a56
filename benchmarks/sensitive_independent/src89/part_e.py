"""corpus89 part E: religion, prayer rooms and religious practice among newcomers,
political conviction; festivals, prayer rooms asked about in general and church times
as negatives."""
from common import M

M("", """
Hej

Findes der et stillerum eller bederum på Ishøj Bibliotek, som alle kan bruge? Vi er
flere studerende der spørger.

Mvh
Studiegruppen på 2. sal
""")

M("b", """
Til Ishøj Svømmehal

Jeg er muslim og går med tørklæde. Må jeg svømme i burkini til kvindesvømning om
søndagen? Livredderen sagde sidste gang at det ikke var tilladt, men jeg har set andre.

Mvh
Hiba
""")

M("", """
Hvornår er der julegudstjeneste i Ishøj Kirke og Torslunde Kirke juleaften? Og er der
en gudstjeneste på engelsk i området?

Tak
Rebecca
""")

M("b", """
Kære borgmester

Vi er ortodokse kristne. Vores jul er den 7. januar (vi følger
stadig den gamle kalender). Kan vores børn få fri fra skole den dag? Skolen siger at
det skal kommunen afgøre.

Med venlig hilsen
Olha og Vasyl Kravchuk
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvornår er Eid-festen i Ishøj Idrætscenter i år, og skal man tilmelde sig? Sidste år var
der hoppeborg til børnene.

Venlig hilsen
Nadia
""")

M("b", """
Hej

Min søn Yasin på 9 år faster i ramadanen, og han har svært ved idræt om eftermiddagen.
Kan han være undtaget fra løb i de uger?

Mvh
Hassan Ali
""")

M("", """
Kære byrådet

Jeg synes ikke kommunen skal bruge penge på bederum i kommunale bygninger. Religion
er en privatsag. Det er min holdning som skatteyder.

Venlig hilsen
Jens Mølgaard
""")

M("be", """
Til Center for Voksne og Velfærd

Min mor Khadija bor på Ishøj Plejecenter og beder fem gange om dagen. Hun kan ikke
længere selv finde retningen mod Mekka, og personalet drejer hendes stol forkert. Hun
er meget stolt. Kan personalet få en lille vejledning?

Med venlig hilsen
Youssef Benali
""")

M("eb", """
Hej

Jeg er ikke særlig troende, men min mor vil gerne begraves på den muslimske gravplads.
Hun fik kontanthjælp hele livet og der er ingen penge. Kan man søge begravelseshjælp
hos kommunen?

Vh
Ahmed
""")

M("", """
Til Ishøj Kommune

Vores forening, Ishøj Islamiske Kulturforening, søger om lokale til koranskole for børn
om lørdagen fra februar. Vi er ca. 25 børn. Hvem behandler ansøgninger om lokaler?

Med venlig hilsen
Bestyrelsen
""")

M("bt", """
Dear Councillor,

I am a Catholic from the Philippines and I work as an au pair
in Ishøj. Is there a Catholic mass in Tagalog or English anywhere near Ishøj? The
church in Hvidovre only has Danish and Polish.

God bless you,
Cherry Ann
""")

M("", """
Hej

Er Diwali-fejringen i Ishøj Kulturhus åben for alle, eller kun for foreningens
medlemmer? Vi vil gerne tage vores børn med og se lysene.

Mvh
Familien Sørensen
""")

M("tb", """
Til borgerrådgiveren

Jeg konverterede fra islam til kristendommen i Iran og flygtede derfor til Danmark. Nu
bor jeg i Ishøj og nogle mænd fra min gamle landsby, som også bor her, truer mig. Jeg
har meldt det til politiet. Kan kommunen hjælpe mig med at flytte?

Reza
""")

M("", """
Hej

Holder Ishøj Kirke stadig julegudstjeneste for flygtninge og indvandrere med tolk på
arabisk og farsi? Jeg så det på en plakat sidste år.

Venlig hilsen
Birte Nielsen
""")

M("bh", """
Kære Sundhedsudvalget

Min kone er gravid og vi er Jehovas Vidner. Vi har talt med jordemoderen om at hun
ikke modtager blod, men hun siger det er hospitalets afgørelse. Hvem på Hvidovre kan
vi tale med? Vi ville bare gerne have det på plads i god tid.

Venlig hilsen
Thomas Holm
""")

M("", """
Hej

Må man afholde en bryllupsfest med imam i en kommunal sal, eller kun borgerlig vielse?
Det er til en kollega, der spørger.

Mvh
Jane
""")

M("b", """
Til dagplejen

Vores datter Sara spiser kun halal og vi vil gerne sikre, at der ikke serveres
svinekød til hende. Dagplejeren siger at hun "ikke kan lave to slags mad". Kan vi få
hjælp?

Mvh
Amal og Karim
""")

M("", """
Hej, hvad er åbningstiderne for Ishøj Moské i december? Vi er en skoleklasse fra
Brøndby der gerne vil på besøg.

Vh Susanne, lærer
""")

M("bt", """
Til Skoleudvalget

Jeg er sikh fra Punjab og min søn Harjot på 12 år går med turban. En lærer har
sagt at han skal tage den af i idræt. Det kan han ikke. Hvad er kommunens regler?

Venlig hilsen
Gurpreet Singh
""")

M("b", """
Hej Lene (SF)

Jeg er selv medlem af SF i Ishøj og har en idé: kunne partiet foreslå en pulje til
lektiecaféer for flygtningebørn? Jeg vil gerne tale om det til næste medlemsmøde.

Hilsen
Ole Tang
""")

M("", """
Hej

Jeg kan ikke finde tidspunkterne for fredagsbøn i Ishøj Moské på deres hjemmeside. Ved
kommunen det? Jeg skal køre min nabo derhen første gang.

Mvh Jørn
""")

M("bh", """
Til Center for Voksne og Velfærd

Min far Ibrahim (82) er lige blevet indlagt med lungekræft, og lægerne siger han har få
uger tilbage. Han er muslim. Han vil dø hjemme og have en imam til at bede
med ham. Kan kommunens hjemmesygepleje komme flere gange om dagen, og må imamen være
der?

Med venlig hilsen
Amra Hodžić
""")

M("b", """
hej
jeg er ateist selvom min familie er muslimsk og jeg vil ikke have at min datter skal
have religion i skolen. kan hun fritages fra kristendomskundskab? hun går i 3 klasse.
Mvh Dounia
""")

M("", """
Hej

Er der nogen kirker i Ishøj, der har gudstjeneste på ukrainsk eller russisk? Det er
til en flygtningeven-gruppe.

Venlig hilsen
Merete, Flygtningevenner Ishøj
""")

M("bt", """
Kære byrådsmedlem Ahmad

Jeg er kurdisk alevit, og vi er ikke sunni muslimer. Min datter bliver drillet på skolen,
fordi hun ikke faster i ramadanen som de andre. Klasselæreren siger at det er en
privat sag. Hvad kan jeg gøre?

Hülya Kaya
""")

M("", """
Til Ishøj Kirkegård

Hvad koster en gravplads i den muslimske afdeling, og skal man være medlem af noget
for at få en?

Vh
Søren Winther, bedemand
""")

M("b", """
Hej

Jeg arbejder på sprogskolen som rengøringsassistent og går med niqab. Min nye leder
har sagt at jeg skal tage den af på arbejdet. Må hun det?

Mvh
Fatuma
""")

M("b", """
Dear Mayor,

I am a Jehovah's Witness and I go from door to door in Ishøj with my wife on
Saturdays. A neighbour in Vejleåparken called the police on us last week. Is there a
local rule against this?

Kind regards,
Samuel Okoro
""")

M("bu", """
Kære borgerrådgiver

Jeg er tillidsrepræsentant for FOA på Vejleå Plejecenter. En ny kollega, der er hindu,
har bedt om fri til Diwali og har fået afslag, selvom andre får fri til jul. Hun har
bedt mig skrive. Hvordan skal vi forholde os?

Venlig hilsen
Mette Jensen
""")

M("", """
Til Teknik- og Miljøudvalget

Hvor mange parkeringspladser er der ved moskéen på Industrivej? Der holder altid mange
biler ulovligt om fredagen, og det generer erhvervsdrivende.

Mvh Per Larsen, Ishøj Erhvervsforening
""")

M("bt", """
Hej

Vi vil gerne vide om vores søn Mikael (6) må få fri fra skolen til Rosh Hashana,
vores jødiske nytår. Vi fejrer det med familien i synagogen i Krystalgade hvert år.

Mvh
Ruth og Daniel Levin
""")

M("be", """
Til Jobcentret

Jeg går med hijab. Jeg har fået en praktikplads i et bageri via
jer, men ejeren siger at jeg ikke kan stå i butikken med tørklæde. Er det lovligt?

Mvh
Amran
Cpr-nr. [[110598-2342]]
""")

M("b", """
Til Kultur- og Fritidsudvalget

Jeg er præst i Ishøj Frikirke, der har mange medlemmer fra Eritrea og Etiopien. Vi har
brug for et større lokale til gudstjenester om søndagen. Hvem kan vi tale med?

Venlig hilsen
Pastor Yohannes Berhe
""")

M("", """
Hej

Er det rigtigt at kommunen vil lukke bederummet på Ishøj Station? Hvem har besluttet
det?

Mvh
En borger
""")

M("b", """
Hej Peter (Venstre)

Jeg har stemt på dig hver gang, men nu hvor partiet vil stramme reglerne for
familiesammenføring, stemmer jeg ikke på Venstre igen. Min kone er fra Danmark, så
det handler ikke om mig, men om princippet.

Hilsen
Allan Grøn
""")

M("bh", """
Kære hjemmesygeplejen

Min mand Mustafa har sukkersyge og vil gerne faste i ramadanen som hvert år. Lægen
siger han skal justere insulinen. Kan I hjælpe med at give den om aftenen i stedet for
om morgenen i de fire uger?

Med venlig hilsen
Leyla Aksoy
""")

M("bt", """
Til Center for Børn og Forebyggelse

Min kone er fra Thailand, jeg er dansk, og vi er begge buddhister. Vi vil gerne have at vores søn ikke kommer med til
skolens julegudstjeneste. Hvem skal vi sige det til?

Vh
Martin og Nok
""")

M("b", """
Hej

Min datter Aya skal konfirmeres i Ishøj Kirke i maj, selvom hendes far er muslim. Kan
vi leje Ishøj Medborgerhus til festen bagefter?

Mvh
Trine
""")

M("b", """
Til Ishøj Svømmehal

Min søn Levi går med kippa. Må han have den på i svømmehallens foyer, når han venter på
holdet?

Mvh
Sara Rosen
""")

M("bp", """
Hej

Vi er medlemmer af Jehovas Vidner og har budt på en grund på Industrivej, hvor vi vil
bygge en rigssal. Sælger har accepteret med forbehold for lokalplanen. Hvornår
kommer kommunens svar?

Med venlig hilsen
Knud og Else Jessen
""")

M("b", """
Hej byrådet

Jeg stemte på Dansk Folkeparti sidst, men er skuffet. Jeg vil gerne vide hvad byrådet
gør for at integrere de nye borgere bedre, det er vigtigt for mig.

Mvh Frank
""")

M("bh", """
Til hjemmeplejen

Min far Yusuf får insulin to gange om dagen. Han beder morgenbøn kl. 6, så kan
sygeplejersken komme efter kl. 6.30?

Mvh
Ahmed Çelik
""")

M("bs", """
Hej

Jeg er lesbisk og buddhist, og jeg vil gerne starte en meditationsgruppe for
LGBT+-personer på biblioteket. Kan vi låne et rum om tirsdagen?

Mvh
Maja Linde
""")
