"""corpus78, part A: small shop owners and small firms writing about themselves, staff or family."""
from common import M

M("e", """Hej Kirsten Hjort

Jeg skriver til dig fordi du er i byrådet og jeg ikke ved hvem ellers. Jeg har kiosken i
Ishøj Bycenter ved indgang B. Siden vejarbejdet på Ishøj Stationsvej startede i marts er
omsætningen halveret, og nu er jeg 3 måneder bagud med huslejen for lejligheden over
butikken, hvor jeg bor med mine to drenge. Udlejer har sendt en ophævelse i sidste uge.

Jeg har aldrig fået en krone fra det offentlige. Er der nogen i kommunen jeg kan tale med
før vi står på gaden?

Venlig hilsen
Sami Haddad, Kiosk B
cpr [[1503850781]]""")

M("", """Til Center for Byudvikling og Natur

Pizzeria Vejleå ønsker tilladelse til udeservering på fortovet foran Vejleåvej 58 i
perioden 1. maj – 30. september, 6 borde og 24 stole. Vi har fri passage på 1,5 m.

CVR 38471920 · EAN til fakturering 5790002345671 · tlf. 43 73 11 90

Med venlig hilsen
Giovanni Russo, indehaver""")

M("h", """Kære Center for Beskæftigelse og Erhverv

Jeg har en frisørsalon i Ishøj Landsby med én elev, Sabrina. Hun fortalte mig i går at hun
er gravid i 10. uge, og hendes læge siger hun ikke må arbejde med permanentvæske og visse
farver resten af graviditeten. Jeg vil gerne beholde hende, men hvad gør jeg rent praktisk
med uddannelsesaftalen? Kan hun flyttes til andre opgaver uden at aftalen skal ændres?

Mvh Lotte, Salon Lotte""")

M("p", """Att. direktionsassistenten, Teknik og Miljø

Vi er ved at sælge købmandsforretningen inkl. bygningen på Torslunde Landevej til et ungt
par, der vil fortsætte butikken og bo på 1. sal. Køberne har gjort købsaftalen betinget af,
at kommunen bekræfter, at 1. salen lovligt kan bruges til helårsbolig. Vores advokat har
bedt om svaret senest den 15. - kan direktøren sørge for at det kommer i gang?

Med venlig hilsen
Ebbe og Grete Lund""")

M("t", """til borgmesteren

nogen har igen skrevet "perker" og "skrid hjem" på ruden til min grønthandel på Gildbrovej.
jeg er kurder fra Irak og har haft butikken i 14 år. politiet siger de ikke kan gøre noget.
kan kommunen sætte kamera op på pladsen? jeg betaler gerne selv en del.

Hawre""")

M("e", """Til Jobcenter Ishøj, virksomhedsservice

Ahmad Rahimi har nu været i virksomhedspraktik hos os i bageriet gennem jer i 8 uger, og vi
er meget glade for ham. Vi vil gerne tilbyde ham et løntilskudsjob fra 1. november. Hvem er
hans sagsbehandler, så vi kan få papirerne i gang?

Venlig hilsen
Bageriet Strandgården v/ Kim Bager""")

M("", """Kære Kultur- og Fritidsudvalg

Ishøj Handelsforening søger om 25.000 kr. fra puljen til bylivsaktiviteter til julebelysning
og juletræ på Ishøj Torv. Budget vedlagt. Foreningen bidrager selv med 18.000 kr., og
butikkerne står for pyntningen den 29. november.

På foreningens vegne
Birthe Sandholm, kasserer""")

M("u", """Hej Ole (byrådsmedlem)

Du kender mig fra autoværkstedet på Industrivej. Jeg er stadig medlem af Dansk Metal fra
dengang jeg var svend hos Ford, selv om jeg nu har mit eget, og jeg har talt med flere af de
gamle kolleger. Vi forstår ikke hvorfor P-forbuddet på Industrivej skal gælde for
værkstedskunder. Kan du tage det op?

Hilsen Flemming""")

M("t", """Dzień dobry / Goddag

Mit rengøringsfirma har fem ansatte og vi er alle polske, også mig. Vi gør rent i flere
opgange i Vejleåparken. Beboerne siger vi sorterer affald forkert, men sorteringsvejledningen
findes kun på dansk. Har kommunen den på polsk eller med billeder?

Pozdrawiam
Tomasz Nowak, Nowak Clean ApS""")

M("", """Til Borgerservice

Jeg har enkeltmandsvirksomhed (CVR 38475612) og skal tilmelde erhvervsaffald. Selvbetjeningen
beder om mit cpr-nummer i stedet for CVR, hvilket jeg ikke synes er rimeligt. Kan jeg få et
papirskema i stedet?

Mvh Preben Holt, Holt VVS""")

M("", """Til kommunens kreditorbogholderi

Vi har ikke modtaget betaling for faktura nr. 2303871456 af 14. august (kundenummer
0405901122, jeres ordre 4500218830). Beløbet er 18.437,50 kr. inkl. moms. Kan I oplyse
hvornår den betales?

Med venlig hilsen
Dorthe Krog, bogholder, Krog Maskinudlejning A/S""")

M("s", """Hej Anne (formand for Teknik- og Miljøudvalget)

Min mand Jonas og jeg har haft caféen ved stranden i tre sæsoner nu. Naboen har klaget over
musik om aftenen, og vi har fået et brev fra kommunen. Vi vil gerne mødes og finde en løsning
- vi har allerede skruet ned og lukker kl. 22.

Hilsen Mikkel Dahl, Café Strandly""")

M("", """Høringssvar – lokalplan 2.45 for Ishøj Bymidte

Ishøj Handelsstandsforening bakker op om planens intentioner, men er bekymret for, at antallet
af korttidsparkeringspladser på Ishøj Torv reduceres fra 120 til 70. Erfaringen fra andre
bymidter er, at kunderne kører videre til Waves. Foreningen foreslår en parkeringsløsning i
konstruktion på p-pladsen ved Ishøj Stationsvej.

Med venlig hilsen
Bestyrelsen""")

M("b", """Til Center for Byudvikling og Natur, att. ejendomsafdelingen

Jeg lejer butikslokalet på Ishøj Torv 7 af kommunen og driver halal-slagteren der. Som
muslim går jeg selv i moskéen hver fredag middag, og jeg lukker derfor butikken fra 12.30 til
13.30 om fredagen. En medarbejder fra jer sagde, at lejekontrakten kræver åbent 10-18. Gælder
det virkelig også en halv time om fredagen?

Med venlig hilsen
Yusuf Demir""")

M("he", """Kære borgerrådgiver

Jeg er selvstændig (tømrer, 2 ansatte). Jeg har været sygemeldt med stress og angst siden
august, og min kone har holdt firmaet kørende. Jeg søgte sygedagpenge som selvstændig, men fik
afslag, fordi min forsikring angiveligt ikke var i orden. Ingen har ringet til mig, jeg fik
bare et brev. Kan I se på om sagen er behandlet rigtigt?

Venlig hilsen
Thomas Winther
Cpr.nr. [[230879-1133]]""")

M("", """Hej Kultur og Fritid

Vi vil gerne booke Ishøj Torv til Ishøj Kræmmermarked lørdag den 7. juni kl. 8-16. Vi forventer
ca. 60 stadepladser. Vores p-nr. hos Skattestyrelsen er 1018534972, og vi har ansvarsforsikring
i Tryg (police 6543219870).

Mvh Ishøj Kræmmerforening v/ Jytte""")

M("ep", """Til hovedpostkassen

Mit tatovørfirma gik konkurs i foråret, og jeg står nu personligt med en gæld til
Skattestyrelsen på 340.000 kr. plus 60.000 til kommunen for ejendomsskat på værkstedet. Værkstedet
står til salg, og der er en køber, men han venter på kommunens vurdering. Jeg har fået job som lagermand, men lønnen kan ikke dække afdragene. Findes der gældsrådgivning i
Ishøj? Og kan kommunens krav sættes i bero mens jeg får overblik?

Rasmus""")

M("p", """Hej byrådsmedlem Lars Bo

Min kone og jeg ejer ejendommen på Vejlebrovej hvor vores isenkræmmer ligger i stueetagen. Vi
har fået et bud på 4,1 mio. fra en investor, men han vil kun købe hvis stueetagen kan laves om
til lejligheder. Sagsbehandleren i Byudvikling har ikke svaret i 5 uger, og køberen truer med
at trække sig. Kan du hjælpe med at få fart på?

Mvh Bent""")

M("s", """Til Sundhedshuset

Vi er en lille café i Ishøj Landsby og vil gerne være med i Sundhedsugen i uge 40 med en stand
med sunde smoothies foran Sundhedshuset. Hvem skal vi kontakte om stadeplads og strøm?

Hilsen Café Grøn v/ Kasper og hans mand Mathias""")

M("ue", """Til borgerrådgiveren

Min nevø Kasper Lind er medlem af 3F og får dagpenge, og jobcentret har sendt ham i
virksomhedspraktik – i min egen butik, uden at nogen spurgte mig eller ham om det passede. Jeg
har ikke brug for en praktikant, og han vil hellere på kursus. Jeg synes ikke det er i orden
at blive brugt sådan. Kasper har givet mig lov til at skrive.

Vh Hanne Lind, Lind Garn""")

M("t", """Dear Sir or Madam,

I own the launderette on Ishøj Landsby 12. I am originally from Nigeria and have lived here
for 11 years. Last week your food and environment inspector told me in front of customers that
"people like you" do not understand Danish rules. I would like to file a complaint about his
behaviour. I have a witness.

Kind regards,
Chinedu Okafor""")

M("p", """hej

jeg har butik på Industrivej 14 og vil købe kommunens grund ved siden af til parkering. jeg har
sendt tilbud på 1,2 mio kr for 3 uger siden til ejendomskontoret men ingen svar. min bank skal
vide det før 1. december ellers mister jeg lånetilsagnet. hvem bestemmer om salg?

Ahmet Yilmaz""")

M("", """Til Ishøj Kommune, indkøb

Vedr. jeres ordrenr. 110492-3344 på kontormøbler til rådhuset: Levering sker uge 46. Ring
venligst til lageret på 43 57 70 00 for at aftale aflæsning. Følgeseddel 2210954417.

Venlig hilsen
Kontorland Sydkysten""")

M("ue", """Kære Jobcenter Ishøj

Vi har en medarbejder, Line, i fleksjob hos os i butikken, 15 timer om ugen. Line er også
tillidsrepræsentant for HK-klubben i vores kæde. Hendes fleksjob skal revurderes, og hun vil
gerne have at jeg deltager i mødet. Kan mødet lægges en onsdag, hvor vi har flest på arbejde?

Mvh Søren, butikschef, Tøjhuset Ishøj""")

M("", """Til Center for Voksne og Velfærd

Vi er leverandør af høreapparater og hjælpemidler og vil gerne høre, hvornår kommunens næste
udbud på høreomsorg forventes offentliggjort, og om man kan få tilsendt det nuværende
kontraktgrundlag.

Med venlig hilsen
Lyd & Syn ApS""")

M("", """Hej

Jeg har indbetalt for meget i ejendomsskat for slagterbutikken på Ishøj Torv. Kan beløbet
sendes til min NemKonto?

Mvh
Ali Khan
Slagter Khan
cpr [[020781 2345]]
tlf 22 41 90 12""")

M("he", """Hej Dorte

Du kender min mor fra butikken, hun har stået bag disken hver formiddag i 30 år. Hun har nu
fået konstateret Alzheimers, og visitationen har bevilget hjemmehjælp morgen og aften. Men
hjælperne kommer kl. 6.30 og hun er forvirret og bange. Kan du som formand for Social- og
Sundhedsudvalget høre om tiden kan flyttes?

Kh Jesper, Ishøj Blomster""")

M("b", """Til borgmesteren

Jeg er selv medlem af Venstre og har været det i 20 år, så det er ikke politisk når jeg siger,
at jeres nye parkeringspolitik slår handlen ihjel på Ishøj Torv. Jeg har 4 ansatte og de kan
ikke parkere nogen steder.

Mvh Jan Thorsen, Thorsens Isenkram""")

M("", """Kære byråd

Som butiksejer i Vejleåparken ser jeg hver dag unge, der har det svært. I er alt for stramme
med kontanthjælpsreglerne og skulle hellere bruge pengene på lærepladser. Jeg tager gerne en
lærling, hvis I hjælper med papirarbejdet.

Venlig hilsen
Bilal, Mobil & Tilbehør""")

M("ep", """Til hovedpostkassen

Min eks-kone og jeg er midt i en skilsmisse. Vi ejer sammen bygningen på Ishøj Strandvej, hvor
vores frisørsalon ligger, og vi har sat den til salg hos EDC. Køber vil vide om der er
restancer til kommunen på ejendommen. Jeg må ikke selv få oplysningerne uden hendes
underskrift, siger I. Hvordan gør vi det, når vi ikke taler sammen?

Morten Krag""")

M("", """Til Center for Byudvikling og Natur

Vores entreprenørfirma byder på renoveringen af Vejleåparken. I udbudsmaterialet står der, at
leverandøren skal have overenskomst. Vi har overenskomst med 3F og HK og vedlægger
dokumentation. Skal vi også vedlægge lønsedler?

Mvh Kristensen Byg A/S, tilbudsafdelingen""")

M("he", """Til Center for Børn og Forebyggelse

Jeg og min kone har slagterbutikken ved stationen. Vores søn Malik på 9 år har autisme og
går i specialklasse på Vibeholmskolen. Han har fået bevilget kørsel, men taxaen kommer 40
minutter for sent flere gange om ugen, og så går han helt i sort. Hvem skal vi klage til?

Mvh Imran Shah""")

M("t", """Kære Lisbeth Holm, byrådet

Jeg har en lille rengøringsvirksomhed og har ansat Teodora. Hun er rumænsk roma, og naboerne i
den opgang hun gør rent i kalder hende "sigøjner" og har klaget til boligselskabet over at hun
"stjæler". Hun har aldrig taget noget. Kan kommunen gøre noget ved diskrimination af den slags?

Lene Bruun, Bruun Service""")

M("", """Til ejendomsafdelingen

Vi søger lejemålet i kiosken ved Ishøj Strand, som I har slået op. Ansøgere er:
Kemal Arslan, [[150968-1235]]
Ayse Arslan, [[0203721456]]
Vi har drevet kiosk på Amager i 12 år og vedlægger regnskaber.

Venlig hilsen
Kemal og Ayse""")

M("s", """Hej Jannie (kultur- og fritidsudvalget)

Min kone Bettina og jeg har blomsterbutikken på Ishøj Torv, og vi vil gerne pynte torvet med
regnbueflag og blomster til Pride-ugen i august. Må vi det, og skal vi søge om det?

Kh Hanne Gram""")

M("", """Hej genbrugsstationen

Hvad er åbningstiden for erhverv om lørdagen? Vi har et erhvervskort, kundenummer 2809781045,
og skal aflevere gipsplader og træ. Skal det vejes?

Mvh Malerfirmaet Holm""")

M("e", """til kommunen

jeg er på førtidspension men har en lille netbutik med strik ved siden af, ca 2-3000 kr om
måneden. må jeg det? jeg vil ikke miste min pension. hvem skal jeg spørge

Birgit Sand [[1207611402]]""")

M("bt", """Til borgmester og byråd

I nat blev der malet et hagekors på ruden til min urmagerforretning på Ishøj Stationsvej, og
"jøde" med store bogstaver ovenover. Jeg er jøde, og min familie har haft butik i Ishøj siden
1978. Jeg har anmeldt det, men jeg vil også gerne have at byrådet markerer at det ikke er i
orden.

Med venlig hilsen
David Melchior""")

M("", """Til skoleforvaltningen

Vi er en grossist der leverer fødevarer og overvejer at byde på skolemadsordningen. Skal
udbuddet indeholde halalmenu og vegetarisk dagens ret, og hvor mange elever regnes der med?

Med venlig hilsen
Sydkyst Food Service""")

M("", """Hej

Vi er 6 butikker i Ishøj Landsby der deltager i Stafet for Livet for Kræftens Bekæmpelse den
14. juni. Må vi sætte bannere op på lygtepælene langs Ishøj Landsby i ugen før?

Mvh Susanne, Landsbyens Boghandel""")

M("he", """Til Center for Voksne og Velfærd

Min søn Jesper Holm, cpr [[0911990123]], arbejder i min forretning 10 timer om ugen. Han har
ADHD og en let udviklingshæmning og har brug for bostøtte i sin egen lejlighed, ellers går det
galt med regninger og mad. Han har søgt for to måneder siden. Hvor langt er sagen?

Venlig hilsen
Marianne Holm (værge), Holms Dyrehandel""")

M("", """Høringssvar lokalplan 2.47 – Baldersbækvej

Som ejer af Baldersbæk Autoværksted vil jeg gøre opmærksom på at planens vejlukning ved nr. 12
gør det umuligt for autotransportere at aflæsse. Jeg foreslår en vendeplads ved matr. 4ab.

Venlig hilsen
Jens Olsen""")

M("u", """Hej Peter, byrådet

Jeg var selv i HK i 15 år, inden jeg startede mit eget revisorkontor. Derfor ved jeg, hvor
svært unge har det med at få elevpladser. Jeg vil gerne tage en kontorelev fra 2026, hvis
kommunen kan hjælpe med at finde en. Hvem skal jeg skrive til?

Mvh Annette Friis""")

M("h", """Fra: Ishøj Vinhandel
Til: Center for Beskæftigelse og Erhverv

Videresender nedenstående fra vores elev. Hvad gør vi med skoleopholdet?

-----Oprindelig meddelelse-----
Fra: Oliver
Sendt: 12. oktober 07:41
Emne: kan ikke komme

hej Lars. jeg er indlagt på hvidovre med blindtarmsbetændelse og bliver her nok til fredag.
kan ikke nå skoleforløbet mandag. undskyld
Oliver""")

M("sp", """Til ejendomskontoret

Min mand og jeg - Niels og Carsten Eriksen - har butik og bolig på Ishøj Landsby 21, og vi har
netop underskrevet en betinget købsaftale på kommunens naboparcel (matr. 7f) for at udvide
gårdhaven. Betingelsen er byrådets godkendelse i december. Kan I bekræfte at sagen kommer på
dagsordenen?

Venlig hilsen
Carsten Eriksen""")

M("", """Kære Økonomiudvalg

Ishøj Erhvervsforum har set på kommunens erhvervsbarometer: 312 virksomheder i 2024 mod 298
året før, og ledigheden blandt unge er faldet til 3,1 %. Vi vil gerne præsentere vores
forslag til en erhvervsstrategi på udvalgets møde i februar.

Med venlig hilsen
Erhvervsforum""")
