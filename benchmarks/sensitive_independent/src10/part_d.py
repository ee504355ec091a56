"""corpus10, part D: political mails to council members, the mayor and committee
chairs; many mention parties, unions, faith and background."""
from common import M

M("b", """Kære Lise Haugaard

Jeg har stemt Socialdemokratiet ved hvert eneste kommunalvalg siden 1989, men når I nu vil lukke
Torslunde Bibliotek, så bliver det sidste gang. Jeg forventer at du som vores byrådsmedlem
stemmer imod på mødet i næste uge.

Med venlig hilsen
Erna Vilstrup""")

M("", """Kære Lise Haugaard (S)

Jeg håber at du og dit parti vil stemme imod lukningen af Torslunde Bibliotek. Biblioteket er det
eneste samlingssted i landsbyen. Vi er mange der bruger det hver uge.

Med venlig hilsen
Erna Vilstrup""")

M("bu", """Kære byrådsmedlem

Jeg er medlem af Enhedslisten og af BUPL og arbejder som pædagog i en af kommunens børnehaver. Jeg
skriver privat, ikke som medarbejder. Normeringerne er blevet så dårlige at vi ofte er én voksen
til 12 børn om eftermiddagen. Jeg håber du vil tage det op i Børne- og Skoleudvalget.

Venlig hilsen
Katrine Moos""")

M("", """Kære byrådsmedlem

Jeg er pædagog i en af kommunens børnehaver og skriver privat. Normeringerne er så dårlige at vi
ofte er én voksen til 12 børn om eftermiddagen. Kan du tage det op i Børne- og Skoleudvalget?

Venlig hilsen
Katrine""")

M("u", """Hej Jan

Som tillidsrepræsentant for sosu'erne i hjemmeplejen Nord vil jeg gøre dig opmærksom på at
kørelisterne nu er så stramme at mine kolleger ikke kan nå toiletbesøg hos borgerne. Vi har
rejst det i MED-udvalget uden resultat. Jeg håber du vil tale med borgmesteren om det.

Mvh. Dorthe Rasmussen, FOA""")

M("", """Hej Jan

Hjemmeplejens kørelister er blevet så stramme at personalet ikke kan nå det. Det hører jeg fra
flere der arbejder der. Vil du tage det op politisk?

Mvh. Dorthe""")

M("t", """Kære borgmester

Jeg er dansk-tyrker, født på Hvidovre Hospital og opvokset i Ishøj. Min søn blev i går stoppet af
to betjente ved stationen, fordi han "lignede en der solgte hash". Jeg ved godt at politiet ikke
hører under kommunen, men jeg vil gerne have at byrådet tager det op med politikredsen. Vi
føler os ikke som en del af byen.

Med venlig hilsen
Serkan Öztürk""")

M("", """Kære borgmester

Hvordan samarbejder kommunen med Københavns Vestegns Politi om tryghed ved Ishøj Station? Der er
mange unge der føler sig uretfærdigt behandlet af politiet. Jeg synes byrådet bør tage det op.

Med venlig hilsen
Susanne Qvist""")

M("s", """Kære udvalgsformand

Jeg er 17 år og biseksuel, og jeg går på Ishøj Gymnasium. Ungdomsklubben har ingen LGBT+-aften,
og jeg har ikke turdet fortælle nogen i klubben hvem jeg er. Kan kommunen starte noget for unge
som mig? Jeg vil gerne være anonym over for klubben.

Hilsen S.""")

M("", """Kære udvalgsformand

Har kommunen planer om et tilbud for LGBT+-unge i Ishøj? Flere kommuner på Vestegnen har en
regnbueklub. Jeg er ungdomsrådsmedlem og vil gerne foreslå det.

Hilsen Victor, Ishøj Ungdomsråd""")

M("b", """Til borgmesteren

Jeg er katolsk præst i Sankt Knud Lavard Kirke og skriver på vegne af menigheden. Vi vil gerne
holde en procession gennem Ishøj Landsby på Kristi Himmelfartsdag. Kan kommunen lukke vejen i en
time?

Pater Stanisław Kowalczyk""")

M("b", """Kære Mette

Jeg var med til at stille op for Venstre i 2021, og jeg er stadig aktiv i partiforeningen. Men jeg
må sige at jeres forslag om at fjerne gratis parkering ved Strandparken er helt forkert. Jeg
håber at du vil lytte.

Venlig hilsen
Henrik Stald""")

M("", """Kære Mette

Jeres forslag om at fjerne gratis parkering ved Strandparken er helt forkert. Det går ud over
familier der bruger stranden. Jeg håber du vil lytte.

Venlig hilsen
Henrik Stald""")

M("", """Kære byrådsmedlem. Som Dansk Folkeparti-medlem af byrådet ved du sikkert at mange ældre i Ishøj
ikke kan bruge de digitale løsninger. Hvad vil I gøre for dem? /Ib Lauritsen""")

M("b", """Kære Ahmed

Jeg er en af dem der satte kryds ved dig til valget, og jeg er selv muslim. Jeg vil spørge hvorfor
kommunen ikke vil give tilladelse til en muslimsk gravplads på kirkegården, når der er plads nok.
Min far blev begravet langt herfra, fordi der ikke var et sted her. Jeg vil gerne begraves i Ishøj.

Mvh. Yusuf Demir""")

M("", """Kære Ahmed

Hvorfor har Ishøj ikke en muslimsk gravplads, når flere omegnskommuner har? Hvem skal træffe
beslutningen — byrådet eller menighedsrådet? Jeg håber du vil tage sagen op.

Mvh. Thomas Dalby""")

M("ue", """Kære byrådsmedlem

Jeg er medlem af Dansk Metal og har arbejdet 31 år på fabrikken på Industrivej, som nu lukker. Vi
er 140 mand der står uden arbejde fra marts. Hvad gør kommunen? Jobcentret har ikke kontaktet os.

Mvh. Bjarne Lind""")

M("", """Kære byrådsmedlem

Fabrikken på Industrivej lukker i marts, og 140 medarbejdere mister jobbet. Hvad har kommunen af
planer for at få nye virksomheder til byen? Det bør være øverst på dagsordenen.

Mvh. Ishøj Erhvervsforening""")

M("t", """Hej Karina

Jeg har læst dit opslag om "integration". Jeg er født i Iran og kom hertil som flygtning i 1987,
har arbejdet som ingeniør i 30 år og betalt skat hele livet. Jeg bliver træt af at høre at folk som
mig er et "problem". Jeg vil gerne mødes og fortælle dig hvordan det faktisk er.

Med venlig hilsen
Dariush Karimi""")

M("", """Hej Karina

Jeg har læst dit opslag om integration. Jeg synes du skal se på tallene: beskæftigelsen blandt
indvandrere i Ishøj er steget med 9 procentpoint siden 2015 ifølge Danmarks Statistik. Mvh.
Jørgen Lassen""")

M("s", """Kære borgmester

Tak fordi kommunen hejste regnbueflaget under Copenhagen Pride. Som homoseksuel mand, der er vokset
op i Ishøj i 80'erne, hvor man ikke kunne sige det højt, betyder det meget for mig. Bliv ved med
det.

Kærlig hilsen
Bo Bertelsen""")

M("", """Kære borgmester

Jeg synes ikke at kommunen skal hejse regnbueflag eller andre politiske flag på rådhuset. Flaget
bør være Dannebrog og intet andet. Det mener mange i min omgangskreds.

Mvh. Vagn""")

M("bt", """Kære udvalgsformand for Kultur og Fritid

Jeg er formand for Ishøj Pakistanske Kulturforening og selv født i Lahore. Vi vil gerne låne
Ishøj Kulturhus til vores Eid-fest, men vi har fået afslag, fordi det er et "religiøst
arrangement". Jeg er troende muslim, men festen er åben for alle. Er det en politisk beslutning?

Med venlig hilsen
Tariq Mahmood""")

M("", """Kære udvalgsformand

Må foreninger låne Ishøj Kulturhus til religiøse arrangementer, fx en jule- eller Eid-fest? Jeg
kan ikke finde reglerne på hjemmesiden. Mvh. Lars Holm, Ishøj Grundejerforening""")

M("ue", """Hej Lars

Jeg har været medlem af 3F i 25 år og er nu blevet ledig for første gang. Min a-kasse siger at jeg
skal søge 20 job om måneden, selv om der ikke findes 20 job som chauffør i hele regionen. Jeg ved
du har været fagligt aktiv selv. Hvad mener du om det?

Mvh. Palle Krogsgaard""")

M("", """Hej Lars

Hvad mener du om kravet om at ledige skal søge mange job om måneden? Det er vel en statslig regel,
men kan kommunen gøre noget? Jeg hører fra mange at det er umuligt.

Mvh. Palle""")

M("s", """Kære Mette

Min søn er bøsse og er blevet overfaldet to gange i Ishøj Bycenter, senest med en knytnæve i
ansigtet. Han tør ikke gå ud om aftenen. Jeg synes kommunen skal gøre mere ved tryghed i
bycentret — og jeg vil gerne have at du ved hvorfor det er vigtigt for os.

Mor til en ung mand""")

M("", """Kære Mette

Der har været flere overfald i Ishøj Bycenter. Jeg synes kommunen skal sætte flere lys og kameraer
op. Hvad er planen?

Mvh. Flemming""")

M("h", """Kære borgmester

Jeg har Parkinsons og kan ikke længere køre bil. Flextrafik er mit eneste transportmiddel, men
ventetiderne er nu op til to timer. I går ventede jeg udenfor Sundhedshuset i regnen i en time
og tyve minutter. Det kan I ikke være bekendt.

Gunnar Bjerregaard""")

M("", """Kære borgmester

Flextrafik har alt for lange ventetider. Jeg hører det fra mange ældre i Ishøj. Kan byrådet
kræve bedre service af Movia?

Gunnar""")

M("bs", """Kære Sofie

Jeg er medlem af SF og var med til at stemme dig ind. Min kone og jeg har fået vores første barn,
og på sundhedsplejens skemaer står der stadig kun "mor" og "far". Vi er to mødre. Kan du tage det
op i udvalget?

Venlig hilsen
Julie Brandt""")

M("", """Kære Sofie

På sundhedsplejens skemaer står der kun "mor" og "far". Mange familier ser anderledes ud i dag. Kan
du tage det op i udvalget?

Venlig hilsen
Julie""")

M("u", """Hej Kenneth

Jeg er lærer på Vibeholmskolen og sidder i DLF's kreds som tillidsrepræsentant. Vi er bekymrede for
den nye arbejdstidsaftale. Må vi invitere dig til et møde med lærerne på skolen?

Mvh. Rikke Olesen""")

M("", """Hej Kenneth

Vi er en gruppe lærere på Vibeholmskolen, og vi er bekymrede for den nye arbejdstidsaftale. Må vi
invitere dig til et møde?

Mvh. Rikke Olesen""")

M("e", """Kære byrådsmedlem

Jeg er alenemor med tre børn og har været på kontanthjælp i to år. Efter kontanthjælpsloftet blev
genindført, har vi 1.800 kr. mindre om måneden. Jeg skriver ikke for at få en sagsbehandling,
men fordi I politikere skal vide hvordan det er. Jeg kan ikke købe vinterstøvler til min søn.

Hilsen Natasja""")

M("", """Kære byrådsmedlem

Jeg synes at kontanthjælpsloftet er urimeligt, og at det rammer børnene. Hvad mener du, og hvad
gør kommunen for børnefamilier med lav indkomst?

Hilsen Natasja""")

M("bhe", """Kære byrådsmedlem

Jeg er vegansk af etiske grunde og har været det i 12 år. Jeg bor på plejecentret Bøgebakken efter
min hofteoperation, og køkkenet kan ikke lave andet end en kartoffel med sovs til mig. Kan I ikke
stille krav til leverandøren?

Venlig hilsen
Agnete Vind""")

M("", """Kære byrådsmedlem

Jeg synes kommunens plejecentre skal tilbyde et vegansk alternativ hver dag. Det er et spørgsmål
om klima og om respekt for dem der spiser anderledes.

Venlig hilsen
Agnete""")

M("t", """Hej Peter

Vi er en gruppe forældre fra den ukrainske forening i Ishøj. Vores børn er kommet hertil efter
krigen, og de fleste af dem har stadig ikke fået plads i modtageklasse. Vi vil gerne møde dig.

Med venlig hilsen
Oksana Melnyk, Ihor Bondar og Natalia Kravets""")

M("", """Hej Peter

Hvor mange pladser har kommunen i modtageklasserne, og hvor lang er ventelisten? Jeg har hørt at
der mangler plads. Mvh. skolebestyrelsen på Gildbroskolen""")

M("u", """Kære byrådsmedlem

Jeg har været medlem af Dansk Sygeplejeråd i 30 år og arbejder nu i kommunens akutteam. Jeg
skriver for at sige at vi mangler fire sygeplejersker, og at vagtplanen ikke hænger sammen. Det
går ud over de syge borgere.

Venlig hilsen
Lene Wagner""")

M("", """Kære byrådsmedlem

Jeg er sygeplejerske i kommunens akutteam. Vi mangler fire sygeplejersker, og vagtplanen hænger
ikke sammen. Jeg håber byrådet vil finde pengene.

Venlig hilsen
Lene Wagner""")

M("b", """kære lise. jeg har altid stemt konservativt men du har fået min stemme i år pga din indsats for
svømmehallen. bare så du ved det. /Ole""")

M("bt", """Kære borgmester

Jeg er af jødisk afstamning, og mine bedsteforældre flygtede til Sverige i 1943. Min datter blev
i sidste uge kaldt "jødesvin" i skolegården, og skolen har ikke reageret. Jeg er selv ikke
religiøs, men jeg er medlem af Mosaisk Trossamfund for at holde fast i min familiehistorie. Jeg
beder dig sikre at skolerne har en plan mod antisemitisme.

Med venlig hilsen
Ruth Adler""")

M("", """Kære borgmester

Har skolerne i Ishøj en handleplan mod racisme og antisemitisme? Jeg har læst at andre kommuner
har fået en. Mvh. Else Marie""")

M("s", """Hej Anders

Som lesbisk kvinde på 68 vil jeg spørge om kommunen har tænkt på at ældre LGBT+-personer kan føle
sig utrygge på plejehjem. Jeg er ikke selv på plejehjem endnu, men jeg tænker på det.

Mvh. Hanne Frisk""")

M("", """Hej Anders

Har kommunen en politik for mangfoldighed på plejehjemmene, så alle beboere føler sig trygge? Jeg
spørger på vegne af Ældrerådet. Mvh. Hanne Frisk""")

M("eu", """Kære byrådsmedlem

Jeg er tillidsrepræsentant for buschaufførerne i 3F og skriver om min kollega, som jeg har fået
lov at nævne: Kurt Møller har siden skilsmissen boet i sin bil på p-pladsen ved Ishøj Strand.
Han arbejder fuld tid, men kan ikke finde en bolig han har råd til. Det er ikke rimeligt at en
fuldtidsansat i Ishøj er hjemløs. Kan kommunen hjælpe?

Henrik Bast""")

M("", """Kære byrådsmedlem

Der mangler billige boliger i Ishøj til almindelige lønmodtagere. Hvad vil byrådet gøre for at få
bygget flere almene familieboliger?

Henrik Bast""")

M("b", """Kære Sofie, jeg er en af de mennesker fra Extinction Rebellion der stod på Ishøj Strandvej i
lørdags. Vi var ikke voldelige. Jeg vil spørge hvorfor kommunen har meldt os til politiet for
at skrive med kridt på fortovet? /Laura Bech""")

M("", """Kære Sofie, der var en demonstration på Ishøj Strandvej i lørdags, og der blev skrevet med
kridt på fortovet. Er det lovligt, eller skal kommunen rydde op? /Ellen""")

M("ts", """Kære borgmester

Jeg er en sort, homoseksuel mand, og jeg har boet i Ishøj i syv år sammen med min mand. I sidste
uge blev vi råbt efter i bussen af en gruppe unge. Jeg skriver ikke for at klage over nogen
bestemt, men fordi jeg vil have at kommunen ved at det sker — og at det sker her.

Med venlig hilsen
Kwame Asante""")

M("", """Kære borgmester

Kommunen bør have en kampagne mod chikane i busserne. Jeg har set unge råbe efter andre passagerer
flere gange. Hvad gør I?

Med venlig hilsen
Bente""")

M("u", """Hej Jan

Vi er en gruppe HK'ere der arbejder i Borgerservice, og vi er alle medlemmer af HK Kommunal. Vi
skriver privat for at sige at de nye åbningstider er umulige at bemande. Vi håber byrådet vil
kigge på sagen igen.

Fire medarbejdere i Borgerservice""")

M("", """Hej Jan

De nye åbningstider i Borgerservice er for korte. Jeg kan ikke nå det efter arbejde. Kan byrådet
ikke udvide dem?

Mvh. Helle""")

M("bh", """Kære udvalgsformand

Jeg er hindu og vil gerne høre om vi kan få lov at sprede aske fra afdøde i Køge Bugt ved Ishøj
Strand, som vores tradition foreskriver. Min mor er meget syg, og vi ønsker at forberede det.

Med venlig hilsen
Ravi Sharma""")

M("", """Kære udvalgsformand

Hvad er reglerne for askespredning over havet ud for Ishøj Strand? Skal man søge kommunen eller
staten? Mvh. en bedemand i Vallensbæk""")
