"""corpus67 part c: refugee families, family reunification, origin and faith."""
from common import M

M("te", """
Til Center for Beskæftigelse og Erhverv

Vi er en familie fra Eritrea og kom til Ishøj i august som kvoteflygtninge. Vi har fået
integrationsydelse, men den kom ikke i november. Vi har fire børn og har ikke penge til mad.
Min mands cpr er [[150185-2241]] og mit er [[030790-2118]].

Med venlig hilsen
Selam Tesfay
""")

M("t", """
Kære borgmester

Min kone og mine to døtre er stadig i en lejr i Jordan. Jeg er syrisk flygtning og har fået
opholdstilladelse. Udlændingestyrelsen siger at kommunen skal godkende min bolig til
familiesammenføring. Jeg har en toværelses på 58 m2. Er den stor nok?

Med venlig hilsen
Khaled Al-Hassan
""")

M("", """
Til Social- og Sundhedsudvalget

Hvor mange flygtninge har Ishøj fået tildelt i 2026, og hvor mange af dem er børn? Jeg
spørger fordi jeg er formand for lektiecaféen på biblioteket og vil planlægge næste år.

Med venlig hilsen
Birgit Holm
""")

M("tbs", """
Dear councillor Hansen,

I fled Iran because I am gay and was arrested by the morality police. I have asylum in
Denmark and was placed in Ishøj. I have converted to Christianity and go to a church in
Copenhagen every Sunday. Some men from my home country who live in my stairwell have
threatened me. Can the kommune help me move?

Sincerely,
Reza
""")

M("th", """
Hej

Min søn på 11 er flygtning fra Ukraine sammen med mig. Han har PTSD efter bombningerne og
kan ikke sove. Skolen siger han skal udredes, men ventetiden er et år. Kan kommunen gøre
noget hurtigere?

Olena Kovalenko
""")

M("", """
Til hovedpostkassen

Jeg er tolk (arabisk og kurdisk) og vil gerne vide, om kommunen har brug for flere
freelancetolke til samtaler med flygtningefamilier. Mit telefonnummer er 2281 0465.

Venlig hilsen
Nour Saleh, cand.mag.
""")

M("tb", """
Til borgerrådgiveren

Vi er afghanske og muslimer. Min datter på 14 har fået at vide af en lærer at hun ikke må
bede i frikvarteret i et tomt klasselokale. Hun gør ikke nogen fortræd. Vi vil klage over
læreren.

Med venlig hilsen
Abdul Rahimi
""")

M("te", """
Hej jeg er kurder fra Irak og har fået afslag på familiesammenføring med min mor fordi
jeg har modtaget kontanthjælp de sidste 3 år. Nu har jeg arbejde. Kan kommunen skrive
at jeg ikke får hjælp mere? cpr.nr [[211093–1455]]

Mvh Dilan
""")

M("", """
Kære borgmester

Jeg har hørt at kommunen skal modtage en gruppe flygtninge fra Sudan i foråret. Hvor skal
de bo? Jeg har en lejlighed jeg gerne vil leje ud til en familie.

Venlig hilsen
Knud Erik Mortensen
""")

M("tbue", """
Til Center for Beskæftigelse og Erhverv

Jeg er kommet som flygtning fra Syrien, og i mit hjemland var jeg ingeniør. Jeg er nu
medlem af IDA og har fået en praktikplads hos en rådgivende ingeniør, men jobcentret vil
sende mig i praktik i et supermarked i stedet. Jeg faster i ramadanen og arbejder derfor
gerne om morgenen. Hvordan kan jeg klage?

Yousef Haddad
""")

M("e", """
Hej borgerrådgiver

Jeg har et barn på 3 år og får integrationsydelse. Jeg har fået et brev om at jeg skal
betale 12.000 kr. tilbage, fordi jeg har arbejdet nogle timer. Jeg forstår ikke brevet.
Det har sagsnummer 2025-118734.

Tigist
""")

M("ts", """
Til Lise Madsen, byrådsmedlem

Min kone Ana og jeg er to kvinder og er gift i Colombia, hvor vi begge er født. Vi flyttede
til Ishøj i år. Nu siger borgerservice at vores ægteskab ikke kan registreres fordi papiret
er på spansk. Hvad gør vi?

Venlig hilsen
Lucía Romero
""")

M("", """
Til Kultur- og Fritidsudvalget

Ishøj Bibliotek holder i maj en uge med fortællinger fra flygtninge, med støtte fra
Dansk Flygtningehjælp. Vi søger om at låne rådhushallen til en udstilling.

Venlig hilsen
Bibliotekar Annette Wulff
""")

M("tb", """
Hej

vi er en familie fra Tjetjenien. min mand er muslim og jeg er ortodoks kristen. vores
nabo skriver grimme sedler om at vi skal "rejse hjem". vi har gemt sedlerne. kan kommunen
gøre noget eller skal vi til politiet

Zarema
""")

M("teh", """
Kære Social- og Sundhedsudvalg

Min far er 68, somalier og har fået opholdstilladelse som familiesammenført til mig. Han
har hjertesvigt og kan ikke gå op ad trapper. Jeg har søgt om en ældrebolig til ham for 5
måneder siden. Vi har intet hørt.

Med venlig hilsen
Ayaan Warsame
""")

M("", """
Til hovedpostkassen

Hvilke dokumenter skal en flygtning have med til den første samtale i borgerservice? Jeg
er frivillig i Røde Kors' netværk og hjælper nyankomne med at finde rundt.

Venlig hilsen
Solveig Tranberg
""")

M("tu", """
Hello Ishøj Kommune,

I'm from the Philippines and work as a nurse at Hvidovre Hospital. I am a member of DSR.
My husband is still in Manila and we want family reunification. The Danish authorities ask
for a statement from the kommune that I have not received public help. How do I get it?

Best regards,
Maricel Santos
""")

M("tb", """
Til borgmesterens PA

Vi er tamiler fra Sri Lanka og hinduer. Vi vil gerne holde Diwali for familien i vores
kolonihave i Ishøj og tænde olielamper og nogle få stjerneskud. Må man det, eller skal vi
søge om tilladelse?

Med venlig hilsen
Rajan Sivakumar
""")

M("", """
Kære udvalgsformand

Kan kommunen oplyse statistik over hvor mange familiesammenføringer der er sket i Ishøj
de sidste fem år, fordelt på land? Jeg skriver speciale ved Roskilde Universitet.

Venlig hilsen
Freja Kjærgaard
""")

M("eh", """
Til Center for Børn og Forebyggelse

Mine to børn skal have en tolk til skolesamtalen på mandag, fordi jeg kun forstår lidt
dansk. Min ældste er blevet diagnosticeret med autisme, og jeg vil forstå alt hvad de
siger. Vi får hjælp af familieafdelingen til en støtteperson i hjemmet.

Venlig hilsen
Mahmoud
""")

M("tu", """
Hej

Jeg er fra Bosnien og har boet i Ishøj siden 1994. Jeg har været medlem af FOA i 25 år og
arbejdet på plejecentret. Nu har min svigerdatter, som er fra Serbien, fået afslag på
opholdstilladelse. Kan kommunen skrive en udtalelse om at hun er godt integreret?

Med venlig hilsen
Emina Hodžić
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvordan er reglerne for selvforsørgelse ved ægtefællesammenføring? Jeg arbejder i et
advokatfirma og vil gerne have kommunens praksis beskrevet. Journalnr. hos os: 4411-22.

Med venlig hilsen
Advokatfuldmægtig Jonas Riis
""")

M("tbe", """
Kære borgerrådgiver

Jeg er en ung kvinde fra Afghanistan. Jeg har taget mit tørklæde af og min familie har
smidt mig ud. Min far siger at jeg ikke er muslim længere. Jeg bor hos en veninde og har
ingen penge. Må jeg få min egen kontanthjælp selvom jeg er 18?

Shabnam
""")

M("te", """
Til hovedpostkassen

Jeg kom som flygtning fra Congo i 2016. Jeg har fået et job, men kommunen har stoppet
min boligstøtte uden at spørge. Jeg har fire børn. Mit cpr er [[010178 3116]].

Med venlig hilsen
Jean-Pierre Mbala
""")

M("tb", """
Kære Henrik (byrådet)

Jeg er pakistaner og sunnimuslim, og jeg er med i bestyrelsen for Ishøj Moské. Vi har
haft hærværk på bygningen to gange. Menigheden er bange. Kan politikerne tale med
politiet om flere patruljer ved fredagsbønnen?

Med venlig hilsen
Imran Qureshi
""")

M("", """
Hej

Jeg har set at kommunen har fået mange flygtninge fra Ukraine. Er der brug for nogen der kan
undervise i svømning? Jeg er livredder og underviser frivilligt.

Mvh Jakob
""")

M("ts", """
Til borgmesteren

Mein Name ist Jonas Weber. Jeg er tysk og bor i Ishøj med min mand Thomas, som er dansk.
Vi er begge mænd og har fået ja til at adoptere et barn fra Colombia. Adoptionsstyrelsen
vil have en udtalelse fra kommunen om vores bolig. Kan I hjælpe?

Venlig hilsen
Jonas
""")

M("eth", """
Hej

jeg er eritreansk og gravid i 6. måned. min mand er stadig i Etiopien og vi har søgt
familiesammenføring. jeg bor alene og har ikke råd til barnevogn. kan jeg få hjælp til
det? jeg får kontanthjælp

Helen
""")

M("", """
Til Børne- og Skoleudvalget

Hvor mange modtageklasser har Ishøj, og hvor mange elever går i dem lige nu? Jeg er
medlem af skolebestyrelsen på Vejleåskolen.

Venlig hilsen
Michael Brix
""")

M("tb", """
Hej Ishøj

Vi er en somalisk familie og muslimer, og vi vil gerne have halalmad til vores søn på
SFO'en. Pædagogerne siger at der ikke er noget alternativ til frikadellerne. Han spiser
så kun rugbrød. Kan vi få en aftale?

Med venlig hilsen
Sahra Mohamed
""")

M("th", """
Til Center for Voksne og Velfærd

Min bror er tyrkisk statsborger og kom til Danmark på visum. Han har fået hjerneblødning
og ligger på Rigshospitalet. Han har ingen forsikring. Hvem skal betale regningen?
Vi er kurdere, og han har ingen familie her ud over mig.

Deniz Aslan
""")

M("", """
Til borgerrådgiveren

Er det rigtigt at flygtninge får gratis bolig i Ishøj? Min nabo siger det. Jeg vil bare
gerne have fakta så vi kan stoppe den diskussion i vores frokoststue.

Venlig hilsen
Gert
""")

M("tbu", """
Kære Mette (formand, Beskæftigelsesudvalget)

Jeg er fra Marokko og har arbejdet i Danmark i 12 år. Jeg er medlem af 3F og Socialistisk
Folkeparti. På mit arbejde siger formanden at jeg ikke må bede i pausen. Fagforeningen
siger at kommunen ikke kan gøre noget, men jeg vil gerne have at politikerne ved det.

Hilsen
Youssef Benali
""")

M("the", """
Hej

Min mor er flygtning fra Vietnam fra 1979 og er nu 82. Hun har Alzheimers og taler kun
vietnamesisk igen. Hjemmehjælperne forstår hende ikke. Kan hun få en hjælper der taler
vietnamesisk?

Med venlig hilsen
Thi Lan Nguyen
""")

M("", """
Til hovedpostkassen

Jeg skal holde et foredrag for Ishøj Seniorklub om flygtningehistorie i Danmark fra 1945
til i dag. Har kommunen arkivmateriale om de tyske flygtninge, der var indkvarteret i Ishøj
efter krigen?

Venlig hilsen
Lokalhistoriker Bent Rask
""")

M("tbs", """
Til borgerrådgiveren

Jeg er lesbisk og kristen. Jeg er fra Uganda og har fået asyl på grund af min seksualitet.
Nu har kommunen placeret mig i en lejlighed ved siden af en familie fra mit hjemland som
ved hvem jeg er. Jeg er bange. Min kontaktperson svarer ikke.

Grace
""")

M("et", """
Hej

Jeg kom fra Ukraine i 2022 og får nu kontanthjælp. Jeg vil gerne starte på en uddannelse som
sosu-hjælper. Jeobcentret siger at jeg skal vente. Min cpr er [[140697-4872]].
Hvorfor skal jeg vente?

Iryna
""")

M("", """
Kære borgmester

Tak for at kommunen deltog i Verdensflygtningedagen med et arrangement på torvet. Det var en
smuk dag. Vi i Amnesty-gruppen håber I vil gøre det igen.

Med venlig hilsen
Amnesty International, Ishøj-gruppen
""")

M("ph", """
Til Center for Byudvikling og Natur

Vi har en køber til vores hus på Tranegårdsvej, men han er fra udlandet og vil have en
erklæring om at der ikke er planer om at bygge asylcenter på grunden bagved. Min mand er
meget syg og vi skal flytte til noget i stueplan. Kan I give erklæringen?

Med venlig hilsen
Birthe og Leif Andersen
""")

M("tb", """
Hej

Vi er to søstre fra Gambia, og vi går med hijab. Svømmehallen siger at vi ikke må bade i
burkini i kvindesvømningen om søndagen. Andre kommuner tillader det. Kan det ændres?

Fatou og Isatou
""")

M("", """
Hej Ishøj Kommune

Er der stadig brug for møbler til flygtningefamilier? Jeg har et komplet køkkenbord med
seks stole, som jeg gerne vil give væk.

Mvh Hanne fra Torslunde
""")

M("tu", """
Til direktionsassistenten

Jeg er polsk, og jeg er tillidsrepræsentant for de polske chauffører i vores firma og
medlem af 3F. Flere af mine kolleger har familie i Polen, som vil flytte hertil. Hvordan
registrerer de sig i Ishøj, og kan jeg følge med som tolk?

Med venlig hilsen
Tomasz Nowak
""")

M("ts", """
Dear Ishøj Kommune,

My husband Daniel and I just moved here from Scotland. We are a married gay couple and
want to register our marriage so our names appear on the same address in CPR. Is there an
English form?

Cheers,
Callum
""")

M("", """
Til Social- og Sundhedsudvalget

Jeg har læst i Politiken at flere kommuner sparer på integrationsindsatsen. Det håber jeg
ikke sker i Ishøj. Vi har brug for den.

Venlig hilsen
Birte Skov
""")
