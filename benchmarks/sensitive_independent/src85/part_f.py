"""corpus85 part F: long letters, gender identity, learnt Danish, youth and parents."""
from common import M

M("", """Kære formand for Børne- og Skoleudvalget

Jeg skriver som forælder og som en, der har arbejdet med unge i tyve år. Vi ved fra
Ungdomsprofilen og fra Børns Vilkår, at flere og flere unge mellem 15 og 24 oplever
præstationspres, ensomhed og angst. Skemaerne på gymnasierne er fyldt, karakterkravene
stiger, og de sociale medier er åbne døgnet rundt.

Jeg vil foreslå tre ting: at kommunen opretter et gratis, anonymt samtaletilbud for
unge om aftenen; at ungdomsklubberne får midler til flere voksne i weekenderne; og at
skolerne holder et fælles temamøde for forældre om trivsel. Jeg håber, udvalget vil
drøfte det på et af de næste møder.

Med venlig hilsen
Lone Bjerregaard""")

M("p", """Til Byggesagsafdelingen

Vi er et ungt par, der har fået accepteret vores købstilbud på et hus på Ishøj
Landsbyvej. Tilstandsrapporten viser en tilbygning fra 2008, som måske ikke er godkendt.
Vores advokat siger, at vi kan gå fra handlen, hvis den ikke er lovlig. Kan I
bekræfte, om der findes en byggetilladelse?

Venlig hilsen
Asger og Louise""")

M("s", """hej ishøj bibliotek

jeg er queer og nonbinær og bruger navnet Sol. kan I skrive det navn på mit lånerkort i
stedet for det navn der står i folkeregistret? det er pinligt når automaten siger det
andet navn højt :/
tak, Sol (de/dem)""")

M("", """Hej Elevintra-support på Ishøj Skole

Jeg er nonbinær og går i 9.c. Kan I ændre mit kaldenavn på Elevintra til Kai og sætte
pronominer på, så lærerne kan se det? Min mor ved det og siger det er ok.

Hilsen Kai""")

M("h", """hej ungdomsskolen

jeg har panikangst og fik et anfald lige før prøven i engelsk i tirsdags, så jeg gik hjem.
hvordan melder jeg mig til sygeprøven? min læge kan godt skrive en attest
mvh Luna, 16""")

M("he", """Hej

Jeg er 23, læser til sygeplejerske og får SU med forsørgertillæg, fordi jeg har en søn på
2 år. Nu er jeg blevet gravid igen og... nej undskyld, det var ikke det jeg ville
spørge om. Jeg vil høre om jeg kan få friplads i dagplejen, når jeg er på SU?

Venlig hilsen
Maja Thomsen""")

M("t", """Til Ishøj Kommune, integration

Hej. Jeg hedder Mohamed. Jeg er fra Sudan, jeg kom til Danmark i 2019. Jeg er 22. Jeg
vil gerne arbejde i ungdomsklub som hjælper. Jeg spiller fodbold godt og kan lære børn.
Hvem skal jeg tale med? Undskyld min dansk.

Tak
Mohamed""")

M("b", """Til Kirkekontoret via Borgerservice

Jeg vil gerne melde mig ud af folkekirken. Jeg blev døbt som baby, men jeg er ateist og
vil ikke betale kirkeskat længere. Jeg er 19.

CPR-nummer: [[1807074561]]
Med venlig hilsen
Magnus Wendt""")

M("u", """Hej HR

Jeg er kontorelev på rådhuset og er valgt som elevrepræsentant i HK for de kommunale
kontorelever. Vi vil gerne mødes med jer om skolepraktik og løn under skoleophold. Hvornår
kan I?

Mvh Freja Ahlgren""")

M("", """Hej, hvilke ungdomsuddannelser kan man tage her i Ishøj, og hvor tager de fleste hen
efter 10. klasse? Jeg er ny i kommunen og har en datter på 16. Mvh Brian""")

M("ps", """Til Center for Byudvikling og Natur

Min kone Signe og jeg har budt på et rækkehus i Ishøj Strandpark, og sælgeren har sagt ja
med forbehold for at hegnet mod stien er lovligt. Vi er 28 og 30 og venter på jeres svar
før vores advokat kan skrive under.

Venlig hilsen
Katrine Mølgaard""")

M("h", """Hej Ishøj Idrætscenter / Fitness

Jeg er blevet opereret i korsbåndet og må ikke træne i fire måneder. Kan jeg sætte mit
medlemskab på pause, eller får jeg penge tilbage for de måneder?

Mvh Sander, 21""")

M("", """Hej Ishøj Idrætscenter. Har I studierabat i fitness, og kan man betale månedsvis?
Mvh Lea""")

M("b", """Hej svømmehallen

Jeg er 17, sikh og bærer turban. Jeg vil gerne tage livredderkurset hos jer i januar. Kan
jeg have en lille svømmeturban på under kurset, eller skal jeg have badehætte som de
andre?

Mvh Harjot""")

M("e", """Til min sagsbehandler / Center for Børn og Forebyggelse

Jeg er 18 og har boet på et opholdssted i Greve i tre år. Nu vil jeg gerne have min egen
lejlighed i Ishøj, tæt på min lillesøster. Kan kommunen hjælpe med en bolig og
efterværn? Min kontaktperson på stedet har sagt jeg skulle skrive.

Venlig hilsen
Emil""")

M("s", """Kære SSP / Ung-rådgivningen

For to uger siden fortalte vores søn Anton (16) os, at han er homoseksuel. Vi elsker ham
og er glade for, at han tør, men vi er også bekymrede, fordi han bliver drillet på
skolen. Findes der en gruppe for forældre til LGBT+ unge her i kommunen, eller et
tilbud til Anton selv?

Med venlig hilsen
Pia og Lars Vinther""")

M("", """Hej Center for Børn og Forebyggelse

Jeg er pædagog i en af kommunens ungdomsklubber. Har kommunen eller en forening i
området en gruppe for forældre til LGBT+ unge, som vi kan henvise til, hvis en forælder
spørger?

Venlig hilsen
Martin""")

M("pe", """Til Borgerservice

Min lejlighed på Ishøj Søvej skal på tvangsauktion i februar, fordi jeg har fået for
meget gæld efter en skilsmisse. Jeg er 29. En kollega har tilbudt at købe den inden, men
kan jeg sælge, når der er tinglyst udlæg? Kan kommunen udsætte sin del af kravet?

Mvh Kenneth Bruun""")

M("t", """Hej Sprogcentret / Borgerservice

Min kæreste er fra Brasilien og er lige flyttet til mig i Ishøj. Hun vil gerne på
danskkursus, men arbejder om dagen. Har I aftenhold?

Mvh Jakob""")

M("u", """Hej bostedet på Ishøj Strandvej

Jeg er uddannet socialpædagog i sommer og medlem af Socialpædagogerne. Jeg har set jeres
stillingsopslag. Er det fast eller vikar, og kan jeg se overenskomsten før samtalen?

Mvh Sigrid""")

M("e", """Hej Ydelseskontoret

Jeg har fået en lejlighed gennem den boligsociale anvisning og skal flytte ind 1.
december. Jeg har søgt om at låne depositum og om hjælp til flytning, men mangler svar.

Cpr.nr.: [[211201–5034]]
Mvh Dennis""")

M("", """Hej Ishøj Idrætscenter

Mit medlemsnr. i fitness er 2208024411. Jeg er blevet trukket for både november og
december, selvom jeg opsagde i oktober. Kan I sende pengene retur?

Mvh Cecilie""")

M("b", """Kære Kultur- og Fritidsudvalg

Jeg er 29 og nyansat sognepræst i Torslunde. Jeg vil gerne lave en ungdomsaften med
musik i kirken en gang om måneden og høre, om kommunens ungdomsskole vil være med til at
sprede ordet.

Venlig hilsen
Johanne Lind, sognepræst""")

M("hs", """Hi,

My girlfriend Ana and I are both women and live together in Ishøj. She just had surgery
for endometriosis and can't go to her Danish lessons at the language centre for the next
four weeks. Does she need a doctor's note, or can I just tell you?

Thanks, Sarah""")

M("", """Hej Ishøj Pride-udvalget / Kultur og Fritid

Kan vores spejdergruppe gå med i optoget til næste år med vores eget banner? Vi er ca.
25 spejdere mellem 12 og 17.

Mvh KFUM-Spejderne Ishøj""")

M("e", """hej
kommer ud af statsfængslet i januar efter 14 mdr. skal bruge en bolig og uddannelseshjælp
fra dag 1. hvem skal jeg skrive til i ishøj? er 22 og vil gerne starte på tømrer
vh Jannik""")

M("t", """Til Ishøj Bycenter og kommunens tryghedsgruppe

Som dansk-pakistaner bliver jeg og mine venner altid fulgt af vagterne, når vi går i
Ishøj Bycenter. Mine danske venner bliver ikke. Jeg er 18 og har aldrig stjålet noget.
Er det noget kommunen kan tale med centret om?

Mvh Usman""")

M("h", """hej ungdomsskolen
jeg har astma og skal med på vandreturen i norge. skal jeg aflevere en plan til lederne om
min medicin (ventoline og inhalator) eller tager I jer af det?
mvh Liva""")

M("s", """Hej Ishøj Skole

Jeg har to fædre, Henrik og Rasmus, og skolens skema til lejrskolen har kun plads til
"mor" og "far". Kan I ændre det til "forælder 1" og "forælder 2"? Jeg er 13 og synes det
er lidt pinligt.

Hilsen Emma, 7.a""")

M("", """Kære byråd

Unge bruger alt for meget tid på TikTok og Snapchat. Kunne kommunen ikke lave skærmfri
zoner i ungdomsklubberne om aftenen?

Mvh en morfar""")

M("p", """Til Center for Byudvikling og Natur

Vi er to brødre på 24 og 27, der har arvet en stor grund i Torslunde. En køber vil købe
den ene halvdel, hvis grunden kan udstykkes. Køberen venter på jeres svar om
udstykningen, før han skriver under.

Venlig hilsen
Lars og Mads Nygaard""")

M("b", """Hej Kulturhuset

Jeg er 19 og missionær for Jesu Kristi Kirke af Sidste Dages Hellige. Min kollega og jeg vil
gerne tilbyde gratis engelskundervisning for unge i Ishøj. Må vi låne et lokale?

Venlig hilsen
Ældste Johnson""")

M("u", """Til Teknik- og Miljøudvalget

Vi er nogle unge havnearbejdere fra forskellige forbund, der arbejder på Ishøj Havn.
Belysningen på stien fra havnen til stationen er slukket efter kl. 23, og mange af os
cykler hjem efter aftenvagt. Kan I tænde den igen?

Med venlig hilsen
Havnens unge""")

M("", """Hej Borgerservice

Tak for svaret. Jeg har nu booket en tid den 2. december.

Mvh Nikoline

Den 3. nov. 2026 skrev Borgerservice Ishøj:
> Kære Nikoline
> Vi kan desværre ikke finde dig ud fra navnet alene. Vil du sende dit personnummer?
>
> > jeg skal have fornyet mit pas før jul, kan jeg booke tid på lørdag?
> > mit cpr er [[2001034234]]
> > Nikoline""")

M("", """Hej Borgerservice, kan man booke tid til pas om lørdagen, eller kun i hverdagene?
Mvh Kenneth""")

M("he", """Til Center for Børn og Forebyggelse

Vores søn Viggo på 4 har cerebral parese og har brug for meget pleje om natten. Jeg er
26 og har søgt om tabt arbejdsfortjeneste, så jeg kan gå ned i tid. Vi har ventet i to
måneder.

Venlig hilsen
Signe""")

M("", """Hej kommunen. Hvor kan unge mellem 18 og 24 få gratis psykologhjælp i Ishøj, og er der
ventetid? Jeg skal lave en plakat til vores ungdomsråd. Mvh Mads""")

M("t", """Til Strandgårdskolen

Min mor taler kun farsi, så jeg (16) skriver for hende. Hun vil gerne have at skolen
sender beskeder om min lillebror til mig også, så jeg kan oversætte. Går det?

Mvh Darya""")

M("p", """Til Vej og Park / Center for Byudvikling og Natur

Kommunen har tilbudt at købe vores hus på Vejlebrovej på grund af den nye cykelsti, men
prisen er meget lavere end det vi selv har betalt for tre år siden. Vi er et ungt par med
en baby. Kan vi forhandle om prisen, og hvem skal vi forhandle med?

Venlig hilsen
Jonas og Sara""")

M("s", """hej ungdomsskolen
vi er et lesbisk par (begge 16) og skal med på lejrturen i marts. må vi sove på værelse
sammen? drenge og piger må jo ikke men vi er jo to piger så det er lidt mærkeligt
mvh Clara og Ronja""")

M("e", """hej kommunen
jeg er 15 og min lærer har lavet en underretning om mig fordi jeg sagde at jeg ikke får
aftensmad derhjemme. nu har mine forældre fået brev fra jer og de er sure på mig. hvad
sker der nu? jeg er bange
(vil ikke skrive mit navn)""")

M("", """Hej Center for Børn og Forebyggelse

Jeg er ny ungdomstræner i Ishøj IF. Hvordan er proceduren, hvis man som frivillig er
bekymret for et barn i klubben? Skal det gå gennem foreningen, eller kan man selv sende
en underretning?

Mvh Thomas""")

M("u", """Hej Hjemmesygeplejen

Jeg er nyuddannet sygeplejerske, 25 år, og medlem af Dansk Sygeplejeråd. Jeg har søgt
stillingen hos jer, og DSR har spurgt, om den er på fuld tid eller deltid. Det står ikke
i opslaget.

Mvh Ida""")

M("b", """Til borgmesteren

Jeg er 18 og pacifist og vil ikke aftjene værnepligt, hvis jeg bliver trukket. Jeg har
hørt at man kan lave civil tjeneste i kommunen i stedet. Har Ishøj den slags pladser?

Med venlig hilsen
Viktor""")

M("", """Hej, hvornår er Forsvarets Dag for dem, der fylder 18 i Ishøj i år, og skal man selv
melde sig? Mvh Otto""")

M("h", """Hej Gildbroskolen

Min søn Oskar i 9.b har fået kyssesyge og er ude af skole i mindst tre uger. Kan lærerne
lægge opgaver på Elevintra?

Hans cpr er [[090510-4488]], hvis I skal bruge det til sygefraværet.
Mvh Helle""")

M("", """Hej. Hvor kan man få HPV-vaccine gratis, når man er 20? Min egen læge siger hun ikke
har den på lager. Mvh Josefine""")

M("tb", """Til Ishøj Skole

Vi er fra Eritrea og er ortodokse kristne. Vi fejrer jul den 7. januar, og vores datter
Helen i 4.a skal i kirke med os om morgenen. Må hun komme senere i skole den dag?

Venlig hilsen
Yonas og Selam""")

M("", """Hej Ishøj Kommune

Vedr. faktura 0108991442 for lydudstyr til Ishøj Ungdomshus: betalingen er ikke modtaget.
Kunne I sende den til rette afdeling? Vores EAN-reference er 5790001330552.

Mvh Lydteknik Vest""")

M("", """Hej klubben, til halloween-festen den 31., må de unge have masker på, og er der
kostumekonkurrence? Mvh Rikke""")
