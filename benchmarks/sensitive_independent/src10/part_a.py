"""corpus10, part A: complaints to the citizen advisor (borgerrådgiver) about
case handling, staff conduct and discrimination."""
from common import M

M("he", """Til borgerrådgiveren

Vedr. [[140371-2284]], Bent Holmgaard, Vejleåvej 31, 2635 Ishøj

Jeg vil gerne klage over sagsbehandlingen i Center for Beskæftigelse og Erhverv. Jeg har været
sygemeldt siden februar efter en knæoperation, og min sygedagpengesag har nu skiftet
sagsbehandler tre gange. Ingen af dem har ringet tilbage, selv om jeg har lagt besked fem gange.
Senest fik jeg et brev om at mine sygedagpenge stoppes fordi jeg "ikke har medvirket", men jeg
har været til hver eneste samtale.

Jeg forventer at nogen ringer mig op inden fredag.

Bent Holmgaard
tlf. 28 41 90 17""")

M("", """Hej Borgerrådgiver

Jeg var i Borgerservice i tirsdags for at forny mit pas og blev mødt af en medarbejder der
himlede med øjnene og sagde at jeg burde have booket tid "som alle andre". Jeg HAVDE booket tid,
bekræftelse nr. 4471-093. Det var ydmygende at stå der i køen. Jeg ønsker ikke en stor sag ud af
det, men jeg synes ledelsen skal vide det.

Venlig hilsen
Lone Brix""")

M("e", """Kære borgerrådgiver. jobcentret har nu 2 gange "mistet" mine kontoudtog så min ansøgning
om kontanthjælp ikke kan behandles. jeg har sendt dem på e-boks d. 3/9 og igen d. 20/9. i mellemtiden
har jeg ingen penge til husleje. hvad kan jeg gøre?? /Mikkel""")

M("p", """Til borgerrådgiveren

Vi søgte byggetilladelse til en carport den 4. marts (sagsnr. 02.34.02-P19-118-25) og har stadig
ikke hørt noget, nu fire måneder efter. På hjemmesiden står der en servicemålsætning på otte uger.
Vi har sat huset til salg, og den køber vi forhandler med, vil ikke skrive under, før carporten er
lovliggjort. Når vi ringer, får vi at vide at sagen "ligger i bunken". Er det rimeligt?

Mvh. Ulrik og Pia Sandholt
Tranegildevej 8""")

M("he", """Kære borgerrådgiver

Jeg skriver som pårørende til min mor, Grethe Lund (84), der bor på Pilemøllevej 12. Mor har
Alzheimers, og hun har haft hjemmepleje morgen og aften i tre år. I sidste måned blev aftenbesøget
skåret væk efter en revisitering, hvor hverken jeg eller min bror var inviteret med. Mor kunne ikke
selv forklare hvordan hun klarer aftenen — det kan hun nemlig ikke.

Jeg har en fuldmagt fra mor, som jeg vedhæfter. Jeg vil gerne have hjælp til at klage over både
afgørelsen og måden den blev truffet på.

Med venlig hilsen
Susanne Lund Kjær""")

M("t", """Til borgerrådgiveren — jeg ønsker at være anonym

Jeg er somalier og har boet i Ishøj i 22 år. Da jeg i går stod i Borgerservice for at få hjælp til
MitID, sagde medarbejderen højt til sin kollega: "de kan aldrig finde ud af noget, de somaliere".
Folk i køen grinede. Jeg vil ikke oplyse mit navn, men jeg vil have at det bliver taget alvorligt.
Det skete ca. kl. 10.15 ved skranke 3.""")

M("", """Anonym klage

Medarbejderen på genbrugspladsen på Industrivej råbte ad mig fordi jeg lagde pap i den forkerte
container. Han var meget aggressiv og truede med at smide mig ud. Jeg ønsker at være anonym, men
vil gerne have at det bliver fulgt op. Det var lørdag formiddag.""")

M("s", """Kære borgerrådgiver

Min kone Sidsel og jeg har skrevet vores datter op til dagpleje. I skemaet kan man kun skrive
"mor" og "far", og da jeg ringede for at få det rettet, sagde medarbejderen at "så må I jo finde ud
af hvem af jer der er far". Vi er to mødre og har været gift i seks år. Jeg synes det var en
nedladende bemærkning, og jeg synes kommunen skal rette blanketten.

Venlig hilsen
Maja Ravn Sørensen""")

M("", """Til borgerrådgiveren

Jeg er pædagog og arbejder i en anden kommune, så jeg kender problemet: Ishøjs
indskrivningsblanket til dagtilbud har kun felterne "mor" og "far". Det passer dårligt til
mange familier i dag. Kan borgerrådgiveren tage det op som en generel sag, eller skal jeg skrive
til udvalget?

Mvh. Christina Holm""")

M("b", """Hej

Jeg vil klage over børnehaven Mariehønen. Vi har flere gange sagt at vores søn Yusuf ikke spiser
svinekød fordi vi er muslimer, og det står også på hans stamkort. Alligevel fik han leverpostej på
rugbrød i fredags, og en pædagog sagde til ham at "en lille smule skader ikke". Vi føler ikke at
vores tro bliver respekteret.

Hilsen Amina og Tarek""")

M("", """Hej, tilbyder kommunens daginstitutioner svinekødsfri kost eller halal, hvis forældrene ønsker
det? Og er det den enkelte institution der bestemmer? Mvh Louise""")

M("eu", """Til borgerrådgiveren

Jeg er ledig og har samtaler i jobcentret hver måned. Til den seneste samtale havde jeg taget min
faglige konsulent fra FOA med som bisidder, men sagsbehandleren nægtede at hun måtte deltage og
sagde at "fagforeningen har intet at gøre her". Så vidt jeg ved har man altid ret til en bisidder.
Jeg vil gerne klage over det.

Med venlig hilsen
Jeanette Sommer
Gildbrovej 44, 2. th.""")

M("b", """Til borgerrådgiver

Jeg sidder i bestyrelsen for Radikale Venstre i Ishøj, men skriver her som almindelig borger.
Den 2. oktober skrev jeg til Center for Byudvikling og Natur om den manglende gadebelysning på
stien mellem Ishøj Stationsvej og skolen. Jeg fik en automatisk kvittering med lovning på svar
inden for 10 hverdage. Der er nu gået seks uger. Kan I hjælpe med at få et svar?

Karl-Erik Bruun""")

M("heb", """Kære borgerrådgiver

Min mor, Teresa Nowicka, bor på plejehjemmet Søhuset efter sin blodprop sidste år. Hun er
praktiserende katolik og har altid gået i kirke om søndagen. Nu kan hun ikke selv komme derhen, og
hun har bedt om at præsten fra Sankt Knud Lavard må komme og give hende nadver på stuen. Personalet
har sagt nej, fordi "det forstyrrer de andre beboere". Det synes vi i familien er urimeligt. Kan I
se på det?

Med venlig hilsen
Piotr Nowicki""")

M("", """Hej borgerrådgiveren, cykelstien langs Ishøj Strandvej er ikke blevet saltet i tre dage, og
min nabo væltede i morges. Når jeg ringer til kommunen får jeg bare at vide at vejen har "lav
prioritet". Hvem kan jeg klage til? /Birgit""")

M("e", """Til borgerrådgiveren

Jeg fik den 12. maj et brev om at der var kommet en underretning om mine børn, og at familieafdelingen
ville indkalde til møde. Siden har jeg intet hørt. Jeg ved ikke hvem der har underrettet, eller hvad
der står i den. Jeg har sovet dårligt i to måneder. Min ekskæreste har samværet hver anden weekend,
og jeg er bange for at han bruger det imod mig i sagen om bopæl.

Kan I hjælpe mig med at få at vide hvad der sker?

Kh Rikke""")

M("p", """Kære borgerrådgiver

Jeg har modtaget et brev i Digital Post om vejbidrag (journalnr. 05.01.00-G01-12-24), men
vedhæftningen kan ikke åbnes, og telefonen hos Center for Byudvikling og Natur er lukket om
fredagen. Det haster, for vi er midt i salget af huset, og køberens advokat vil have vejbidraget
afklaret før købsaftalen kan gøres endelig. Kan I få dem til at sende brevet igen?

Med venlig hilsen
Finn Dalsgaard""")

M("h", """Hej

Vores søn Oliver på 9 har autisme, og skolen har i et år lovet os en plan for hvordan han kan komme
tilbage i klassen efter sit lange fravær. Planen er aldrig kommet. Skolelederen svarer ikke på mails
og har nu henvist os til PPR, som siger at det er skolens opgave. Vi føler os sendt rundt i
systemet.

Hilsen Camilla og Jens Møller""")

M("", """Kære borgerrådgiver

Min datter går i 4. klasse på Strandgårdskolen og bliver drillet i frikvartererne. Vi har skrevet til
klasselæreren tre gange og til skolelederen én gang uden at få svar. Vi vil gerne vide hvordan man
klager over at skolen ikke svarer forældrene.

Venlig hilsen
Tina Frost""")

M("", """Til Borgerrådgiveren

Ved en fejl har Borgerservice sendt mit sygesikringskort til min gamle adresse på Vejleå Allé, selv
om jeg meldte flytning i august. Mit cpr-nummer er [[090786-1147]]. Jeg har ringet tre gange og fået
tre forskellige svar. Kan I sørge for at der bliver sendt et nyt?

Mvh. Thomas Winther""")

M("t", """Kære borgerrådgiver

Da vi var til borgermøde om den nye helhedsplan for vores boligområde, sagde en medarbejder
fra kommunen til os at "der bor allerede mange af jeres slags i blok 4, så det bliver svært".
Vi er kurdere fra Tyrkiet. Jeg mener det er diskrimination og vil gerne klage.

Med venlig hilsen
Dilan Aydın""")

M("", """Hej

Jeg synes ikke det er i orden at kommunen bruger penge på at rive boliger ned i Vejleåparken på
grund af parallelsamfundsloven. Det rammer almindelige mennesker. Kan borgerrådgiveren gøre noget,
eller er det et politisk spørgsmål?

Mvh. Erik""")

M("heu", """Til borgerrådgiveren

Jeg har været sygemeldt med stress og depression siden januar. Min sagsbehandler i jobcentret har
indkaldt mig til opfølgningssamtale hver 14. dag, selv om min læge har skrevet at samtalerne
forværrer mine symptomer. Nu truer hun med at stoppe mine sygedagpenge. Min fagforening, 3F, har
hjulpet mig med at skrive til jobcentret, men vi har ikke fået svar.

Jeg vedhæfter lægeerklæringen og mit brev fra 3F.

Venlig hilsen
Lasse Bech""")

M("", """Til borgerrådgiveren

For to år siden fjernede kommunen busstoppestedet ved Ishøj Landsby, og siden har vi ældre skullet
gå næsten en kilometer. Jeg klagede dengang og fik aldrig svar. Kan I tage sagen op nu?

Med venlig hilsen
Aase Kristoffersen""")

M("s", """Hej borgerrådgiver

Da jeg i sidste uge var i Borgerservice for at få ændret adresse for mig og min mand Henrik, sagde
medarbejderen "nå, så I er sådan nogle" og lavede en grimasse. Jeg har aldrig oplevet noget lignende
fra en offentlig ansat. Jeg vil gerne have en undskyldning.

Karsten Yde""")

M("", """Kære borgerrådgiver

Jeg er utilfreds med at Center for Byudvikling og Natur har givet min nabo dispensation til at
bygge et skur 40 cm fra skellet. Jeg blev ikke partshørt. Kan I undersøge om det er gået rigtigt
til?

Preben Juhl""")

M("h", """Kære borgerrådgiver. Jeg sidder i kørestol efter en rygmarvsskade, og handicapparkeringen ved
rådhuset har nu været spærret af en byggecontainer i tre uger. Jeg har skrevet til teknik to gange.
Ingen svarer. Jeg er nødt til at parkere på Store Torv og rulle hen over brostenene. Venlig hilsen
Ole Vinther""")

M("", """Hej. Handicapparkeringen ved rådhuset har været spærret af en container i flere uger. Det må
være et problem for dem der har brug for den. Kan det ikke løses? /en borger""")

M("e", """Til borgerrådgiveren

Jeg var tidligere indsat i Vridsløselille og blev løsladt i marts. Jeg har siden forsøgt at få
hjælp fra kommunen til et sted at bo, men jeg bliver sendt frem og tilbage mellem jobcentret og
Borgerservice. Lige nu sover jeg hos forskellige venner. Jeg vil bare gerne have én person der
tager ansvar for min sag.

Mvh. D.""")

M("", """Kære borgerrådgiver,

jeg er sygeplejerske på Hvidovre Hospital og kører hver dag med bus 300E. Siden køreplanen blev
ændret, har jeg ikke kunnet nå mødetiden kl. 7. Er det kommunen eller Movia jeg skal klage til?

Mvh. Britt""")

M("hu", """Til borgerrådgiveren

Jeg er sosu-assistent i kommunens hjemmepleje og var tillidsrepræsentant i otte år. Efter en
arbejdsskade i ryggen sidste år har jeg fået at vide at jeg ikke kan komme tilbage på fuld tid.
Jeg ved godt at borgerrådgiveren ikke behandler personalesager, men jeg vil gerne vide hvor jeg
så kan gå hen, når både min leder og HR har svaret forkert på mine spørgsmål.

Lis Thorup""")

M("u", """Hej. Jeg ved at borgerrådgiveren ikke behandler sager om ansættelse i kommunen. Men hvem skal
man så kontakte hvis man er utilfreds med en jobsamtale man har været til hos kommunen? Jeg fik
ikke stillingen som pædagogmedhjælper og fik ingen begrundelse. Min fagforening, BUPL, siger at jeg
har ret til en. Mvh. Nicolai""")

M("t", """Til borgerrådgiveren

Min søn, der er adopteret fra Colombia, fik af en lærer på sin skole at vide at han skulle "tage
sig sammen, ellers ender han som de andre fra hans land". Han er 12. Vi har talt med skolelederen,
der sagde at det var "en misforståelse". Vi vil gerne klage over hvordan skolen har håndteret det.

Helle og Søren Abildgaard""")

M("t", """Til Borgerrådgiveren

Vi er en lille gruppe polske mødre i Ishøj, og jeg er utilfreds med at kommunen har afvist vores
ansøgning om at holde et polsk loppemarked på Ishøj Store Torv den 7. juni med begrundelsen at der "allerede er et arrangement". Jeg kan ikke se noget i
kalenderen. Ansøgnings-ID 20250317-0442.

Mvh. Jette""")

M("e", """Hej

Jeg har fået afslag på enkeltydelse til en ny komfur, fordi min sagsbehandler mener jeg "burde
have sparet op". Jeg er på førtidspension og har 3.100 kr. om måneden at leve for efter faste
udgifter. Jeg ved godt at borgerrådgiveren ikke kan ændre afgørelsen, men sagsbehandleren var
meget nedladende i telefonen, og det vil jeg gerne klage over.

Birthe""")

M("", """Kære borgerrådgiver

I jeres årsberetning for 2023 står der at I modtog 58 henvendelser, heraf 23 klager. Hvor mange
af klagerne endte med kritik af kommunen? Jeg skriver en opgave på pædagoguddannelsen og vil gerne
bruge tallene.

Med venlig hilsen
Sofie Wang""")

M("ht", """Kære borgerrådgiver

Jeg er født og opvokset i Grønland og har boet i Ishøj i fire år. Jeg har diabetes type 1 og skal
have hjælp til at sætte insulin, fordi jeg ser dårligt. Hjemmesygeplejersken kommer ofte to timer
for sent, og en af dem sagde til mig at "I grønlændere er jo vant til at klare jer selv". Jeg vil
gerne klage over både tiderne og bemærkningen.

Naja Kleist""")

M("", """Hej Borgerrådgiveren. Jeg fik et brev om at min ansøgning om parkeringstilladelse er
afvist. Brevet henviser til en vejledning som ikke findes på hjemmesiden. Kundenr. 1504921873.
Jeg vil bare gerne vide hvor jeg kan læse reglerne. /Morten S.""")

M("es", """Til borgerrådgiveren

Min mand Jesper og jeg har i to år været plejefamilie for en dreng på 7. I sidste uge fik vi besked
om at han skal flyttes til en anden plejefamilie, uden at vi er blevet hørt. Sagsbehandleren skrev
i en sms at "det er bedre for ham med en mor i huset". Vi oplever at det handler om at vi er to mænd.
Drengen er ked af det og forstår ikke hvorfor.

Anders Krogh""")

M("b", """Til borgerrådgiveren

Jeg er sikh og bærer turban. Ved optagelsen af mit pasbillede i Borgerservice sagde medarbejderen
at jeg skulle tage "hatten" af, selv om reglerne tillader religiøs hovedbeklædning. Jeg forklarede
det, men hun hentede sin kollega og de grinede. Jeg fik mit pas, men oplevelsen var ubehagelig.

Harpreet Singh Gill""")

M("", """Hej. Må man have tørklæde på på pasbilledet? Min veninde har spurgt mig, og jeg kunne ikke
finde svaret på borger.dk. Mvh Sara""")

M("e", """Kære borgerrådgiver,

Jeg vil klage over at familieafdelingen har aflyst tre samvær mellem mig og min datter, der er
anbragt på en institution i Roskilde. Det sker hver gang med under et døgns varsel, og jeg får ingen
forklaring. Jeg har set hende én gang siden sommer.

Mads Enevoldsen""")

M("", """Til borgerrådgiveren

Kommunen har nu for tredje gang flyttet tømningen af vores affaldsbeholdere uden at give besked.
Vi er en grundejerforening med 64 husstande på Torslundevej, og flere har fået gebyr for at stille
spanden forkert. Kontaktperson: bestyrelsesformand Bo Ravn, tlf. 40 18 22 73.""")

M("hb", """Kære borgerrådgiver

Jeg er Jehovas Vidne, og min datter på 15 har en spiseforstyrrelse og er tilknyttet kommunens
ungeteam. En medarbejder har sagt til hende at "det er nok jeres religion der gør hende syg". Hun
kom grædende hjem. Vi har fortalt det til teamlederen, som ikke har svaret. Jeg ønsker en
undskyldning.

Ruth Mogensen""")

M("", """Til borgerrådgiveren

Jeg er utilfreds med at Center for Borger, Økonomi og IT ikke svarer på mine mails om
ejendomsskattebilletten. Jeg har skrevet den 2/5, 19/5 og 3/6. Ejendomsnr. 183-047211. Jeg beder
blot om en forklaring på stigningen.

Mvh. Carsten Eriksen""")

M("he", """Hej

Jeg klager på vegne af min bror, Jimmi Kragh, [[230679 2215]], der bor i en af kommunens skæve
boliger. Jimmi har skizofreni og et alkoholmisbrug, og han har en bostøttemedarbejder to gange om
ugen. Bostøtten har nu ikke været der i fem uger, og ingen har givet besked. Jimmi har ikke spist
ordentligt og har ikke fået sin medicin. Jeg har fuldmagt og vedhæfter den.

Rene Kragh""")

