"""corpus7, part A: children and families, daycare, schools, youth."""
from common import M

M("h", """Hej

Oliver i 3.B får Ritalin, og han skal have sin middagspille kl. 12. I sidste uge glemte SFO'en det to gange, og så er eftermiddagen rigtig svær for ham.
Kan I sørge for at det står et sted hvor vikarerne også kan se det?

Mvh Trine Holm""")

M("e", """Til pladsanvisningen

Vi har nu fået rykker nr. 3 for Emmas vuggestueplads, og der er lagt et rykkergebyr på. Jeg søgte økonomisk friplads i januar men har ikke hørt noget siden.
Vi kan ikke betale det hele på én gang. Kan vi lave en afdragsordning, så det ikke ender hos inkasso?

Jesper Nørgaard
Vildtbanevej 41""")

M("", """Hej

Hvad er reglerne for økonomisk friplads i SFO – er det husstandsindkomsten før eller efter skat der tæller, og skal man søge igen hvert år?
Jeg kan ikke finde det på hjemmesiden.

Venlig hilsen
Lone""")

M("t", """Til Center for Børn og Forebyggelse

Vores datter Hiba starter i 0. klasse efter sommerferien. Vi kom fra Syrien for to år siden og taler arabisk derhjemme, så hendes dansk er ikke så stærkt endnu.
Kan hun få dansk som andetsprog fra start, og kan vi få en tolk med til skolestartssamtalen?

Med venlig hilsen
Rami og Nour Haddad""")

M("s", """Hej

Min kone Sofie og jeg har en søn i Strandgårdens Børnehus. I Aula kan man kun vælge "mor" eller "far" som relation, så Sofie står nu som far til Viggo. Det er lidt trist hver gang vi logger ind.
Kan det rettes til medmor?

Mvh Camilla Brandt""")

M("b", """Kære personale på Stjernen

Vores to drenge må ikke få svinekød, og det er af religiøse grunde – vi er muslimer og holder halal derhjemme. Kan I sikre at de får et alternativ i frokostordningen, også når der er vikarer i køkkenet?

Venlig hilsen Yusuf og Amal""")

M("u", """Kære Lene (formand for Børne- og Skoleudvalget)

Jeg skriver som BUPL-tillidsrepræsentant i Regnbuen. Vi har været under minimumsnormeringen næsten hver eftermiddag siden februar, og kollegerne er slidte. Jeg vil gerne mødes med dig og vise dig vores vagtplaner.

Hilsen
Maja Krogh, TR""")

M("", """Hej

Vibeholmskolen har temauge om verdensreligioner i uge 46, og 7. klasserne skal besøge moskeen og Ishøj Kirke. Er der bestilt bus, eller skal forældrene køre?

Mvh Kasper Lund, forældrerådet i 7.A""")

M("he", """Jeg vil gerne være anonym.

Jeg vil lave en underretning om familien i nr. 14 i vores opgang på Vejleåparken. Moren drikker meget, jeg har set hende fuld om formiddagen flere gange, og de to små går alene i skole uden madpakke. I nat var der råb og gråd til kl. 3.

En nabo""")

M("h", """Hej Gildbroskolen

Alma [[0711154562]] har fået konstateret type 1-diabetes og er lige kommet hjem fra Hvidovre Hospital. Hun har fået en insulinpumpe, og nogen i klassen skal kunne hjælpe hende med at tjekke blodsukkeret før frokost og idræt.
Hvem skal vi tale med om det?

Mvh Signe (mor)""")

M("e", """Til Familieafdelingen

Min eksmand og jeg har fælles forældremyndighed over Lærke, men siden bruddet har han ikke overholdt samværsaftalen. Nu henter han hende fra SFO uden at sige det til mig. Familieretshuset har et møde med os i næste måned, men hvad gør SFO indtil da?

Venlig hilsen
Pernille Storm""")

M("t", """Til skolelederen

Jeg er polsk og min søn Kacper går i 5. klasse. Hans lærer sagde foran klassen at "polakkerne altid kommer for sent". Kacper kom grædende hjem. Sådan skal man ikke tale om et barns familie.
Jeg forventer et svar.

Agnieszka Nowak""")

M("", """Hej

Jeg så jeres stillingsopslag som socialrådgiver i Familieafdelingen (underretninger og børnefaglige undersøgelser). Er stillingen på fuld tid, og hvornår ligger samtalerne? Jeg kan ikke se en kontaktperson i opslaget.

Mvh Line Dahl
tlf. 28 14 63 90""")

M("b", """Hej klasselærer

Vi har besluttet at Bastian ikke skal konfirmeres. Vi er ateister i familien og har aldrig meldt ham ind i folkekirken. Han skal derfor ikke med til konfirmandforberedelse tirsdag morgen, men vil gerne have noget andet at lave i de timer.

Hilsen Rikke""")

M("h", """hej

Noah har ligget på rigshopitalets børneafd. i 9 dage med en slem lungebetændelse og skal have iltbehandling derhjemme et stykke tid. han kan ikke komme i klubben før efter efterårsferien. kan pladsen holdes til ham?

mvh Dennis""")

M("eh", """Kære sagsbehandler

Vi har aflastning for Ella hver anden weekend på Lindehuset, og det er det der holder os oven vande. Hun har infantil autisme og sover meget lidt. Nu hører vi rygter om at aflastningen skal skæres ned til én weekend om måneden. Er det rigtigt?

Venlig hilsen
Martin og Tina Lauritsen""")

M("s", """Hej

Vi er en regnbuefamilie – Anders og jeg er gift og har adopteret Malthe på 4. I velkomstfolderen fra dagplejen står der "mor og far" over det hele. Kunne man skrive "forældre" næste gang?

Venlig hilsen
Kristoffer Juul""")

M("", """Hej

Hvornår har tandplejen på Ishøj Skole åbent i sommerferien? Vi skal have kontrol med begge børn, og det sidste brev kom vist ikke frem.

Mvh Helle""")

M("e", """Hej byråd

Jeg er 16 og har boet på et opholdssted i Tranegilde i snart to år. Nu siger min sagsbehandler at jeg skal flytte til en anden kommune fordi det er billigere. Jeg har mine venner og min skole her. Kan I ikke gøre noget?

Hilsen Sebastian""")

M("h", """Til PPR

Vores datter Lulu er i udredning for ADHD hos børnepsykiatrien i Glostrup. Vi har ventet i 11 måneder, og skolen siger de ikke kan gøre noget før der er en diagnose. Er det virkelig sådan det skal være?

Mvh Bo Jeppesen""")

M("p", """Hej Torslunde Skole

Vi er ved at købe et hus i Torslunde og har skrevet under på købsaftalen med advokatforbehold. Vores advokat har ikke godkendt den endnu. Kan vi allerede nu skrive vores søn op til 2. klasse, selvom vi ikke er 100 % sikre på at handlen går igennem?

Venlig hilsen Mads og Ida Bech""")

M("", """Hej

Vi overtog huset på Kirkebjerg Allé i august, og flytningen er endelig overstået. Hvordan skriver vi vores datter op til Vejleåskolen, og er der venteliste til SFO?

Venlig hilsen
Familien Friis""")

M("ht", """Til Strandgårdsskolen

Det er min mor som henter Aya og Samir om eftermiddagen. Hun er fra Pakistan og taler kun urdu, og hun hører ret dårligt efter en operation i øret sidste år. Sedler i tasken forstår hun ikke. Kan I ringe til mig i stedet for at sende beskeder med hende?

Mvh Sana Qureshi
tlf. 31 70 42 18""")

M("bt", """Klage over lærer

Min datter Hodan går med tørklæde fordi hun selv har valgt at praktisere sin tro. I tirsdags sagde hendes idrætslærer at hun "ikke skulle tro hun var i Mogadishu". Vi er somaliere, og det er ikke første gang.
Jeg vil gerne have et møde med skolelederen.

Fadumo Abdi""")

M("eu", """Hej Kim

Jeg blev opsagt fra dagplejen i sidste måned "pga. omstrukturering". FOA siger at opsigelsen ikke er saglig, og deres advokat kigger på sagen nu. Imens er jeg ledig og på dagpenge, og jeg har to børn. Jeg synes byrådet bør vide hvordan det foregår.

Venlig hilsen
Gitte Poulsen""")

M("", """Hej

Hvornår er forældremødet for kommende 0. klasser? Og er der en plan for emneugen "Familier i forskellige kulturer", så vi kan forberede børnene?

Mvh Anne-Mette""")

M("e", """Til pladsanvisningen

Victor [[050918-5531]] skal have børnehaveplads fra 1. august. Hans far afsoner i Vestre Fængsel til marts, så det er kun mig der kan hente og bringe. Vi har derfor brug for en institution tæt på Ishøj Station.

Hilsen
Jannie Olsen""")

M("hs", """Hej sundhedsplejen

Min kone Louise er gravid i 22. uge efter insemination på Hvidovres fertilitetsklinik, og vi glæder os helt vildt. Vi vil gerne høre om der er fødselsforberedelse eller en mødregruppe der også tager imod to mødre.

Mange hilsner
Mette Kjær""")

M("h", """Hej

Skolesundhedsplejersken sagde at Freja skal have briller, det har vi ordnet. Men hun har også hovedpine hver dag efter skole og sover dårligt, efter lægen satte hende på sertralin i foråret. Kan vi få en samtale med sundhedsplejersken igen?

Mvh Jonas Frost""")

M("", """Hej

Kan man låne gymnastiksalen på Ishøj Skole en lørdag til en børnefødselsdag? Vi er ca. 25 børn. Hvad koster det, og hvem har nøglen?

Hilsen Camilla
tlf. 40 55 12 87""")

M("e", """Hej

Jeg er alene med tre børn og på kontanthjælp. Vi har klaret jul med madpakker fra Kirkens Korshær, men nu skal drengene på lejrskole og det koster 1.200 kr. hver. Kan skolen hjælpe, eller findes der en pulje?

Venlig hilsen
Maria""")

M("t", """Til Ishøj Ungdomsskole

Vi er kurdere fra Irak, og min søn Hemin er blevet kaldt "terrorist" af tre andre drenge i klubben. Pædagogerne hørte det men sagde ingenting. Hvad vil I gøre?

Hilsen
Dilan Aziz""")

M("b", """Hej

Ahmad på 12 vil gerne faste under ramadanen i år for første gang. Han vil stadig gerne være med til idræt, men kan han få lov at sidde over hvis han bliver svimmel? Og må han sidde i biblioteket i frokostpausen?

Mvh Layla (mor)""")

M("", """Hej

Skal børnene i 4. klasse have cykelhjelm på til cykelturen til Ishøj Strand på torsdag d. 22.05.? Og hvornår er de tilbage – kl. 14.30 eller kl. 15? Ring gerne på 40 12 77 31.

Mvh Peter""")

M("u", """Til Vejleåskolen

Min mand Jens er lærer hos jer og medlem af Danmarks Lærerforening. Han har fået at vide at han skal tage 4 ekstra lektioner om ugen uden varsel. Hans fagforening siger det strider mod aftalen. Han tør ikke selv klage, så jeg skriver.

Hilsen
Birgitte Jensen""")

M("e", """Hej Børne- og Familieafdelingen

Vi har været plejefamilie for en dreng på 9 i tre år. Hans biologiske mor vil nu have mere samvær, og det går hårdt ud over ham. Vi har ikke hørt fra hans sagsbehandler siden maj. Hvem har sagen nu?

Venlig hilsen
Henriette og Poul Mikkelsen""")

M("s", """Hej

Jeg går i 8. klasse på Gildbroskolen og jeg er bi. Nogen i klassen har fundet ud af det og skriver "klam" og værre ting på Snapchat. Jeg har sagt det til en lærer men der sker ingenting. Jeg vil helst ikke have at mine forældre får det at vide endnu.

Hilsen
en elev""")

M("", """Vil bare sige tak til Solsikken for sommerfesten i fredags. Maden fra den tyrkiske bager på Ishøj Store Torv var fantastisk, og børnene elskede hoppeborgen.

Hilsen fra forældrene i Mariehønsestuen""")

M("h", """Til skoleleder

Min søn har stammet siden han var 4 og går til talepædagog. I fredags lod hans lærer ham læse højt foran hele klassen og sagde "få det nu sagt". Han vil ikke i skole mere. Det er ikke i orden.

Mvh
Kenneth Wulff""")

M("ep", """Hej

Vi er ved at blive skilt, og huset på Baldersbækvej er sat til salg. Mægleren har fremvisning på søndag. Børnene skal blive på Baldersbækskolen uanset hvor vi ender, men kan de få skolebus hvis en af os flytter til Torslunde?

Hilsen
Rasmus""")

M("", """Hej

Skolebussen fra Torslunde (afgang kl. 7.35) er 10-15 minutter forsinket næsten hver morgen. Børnene kommer for sent til første time. Kan I tale med busselskabet?

Venlig hilsen
forældrerådet, Torslunde""")

M("eh", """Til Familieafdelingen (sag 24/18823)

Jeg har fået brev om at I vil lave en børnefaglig undersøgelse af Nikolaj. Jeg er i behandling for depression og har været sygemeldt siden nytår, men jeg passer ham fint. Jeg er bange for at I vil tage ham fra mig.

Hilsen
Sara Lindholm""")

M("", """Hej

Vi vil gerne foreslå at dagplejen laver en fælles tur til Arken. Ikke alle familier har råd til entré og bus, så kan man søge tilskud hos kommunen til den slags, og til hvilken frist?

Mvh Dagplejegruppen Vejlebro""")

M("s", """Hej sundhedsplejen

Min mand Mikkel og jeg har fået en lille pige via surrogati i USA, og hun kommer hjem med os i næste uge. Hvordan får vi tilknyttet en sundhedsplejerske, og hvad skal vi bruge af papirer?

Hilsen
Rune Østergaard""")

M("", """Hej

Der er en fodgængerovergang ved Vibeholmskolen hvor bilerne kører sygt stærkt om morgenen mellem kl. 7.45 og 8.10. Det er et under at ingen er kommet til skade endnu. Kunne man få en skolepatrulje eller et par bump?

Venlig hilsen
Tove""")

M("et", """Til Center for Børn og Forebyggelse

Vi er en familie fra Eritrea, og vi fik afslag på hjælp til briller til vores søn fordi vi "ikke havde søgt rigtigt". Vi lever for tiden af integrationsydelse og har ingen penge til brillerne. Kan nogen hjælpe os med ansøgningen på tigrinya eller engelsk?

Tesfay Gebremedhin""")

M("e", """hej

min datters far har ikke betalt børnebidrag i 8 mdr og udbetaling danmark siger de har sendt det til inkasso. det er fint nok men jeg har ikke råd til hendes fritidsklub nu. kan hun blive der alligevel til det er løst?

mvh Nanna""")

M("b", """Kære skolebestyrelse

Jeg er medlem af Jehovas Vidner, og vores børn fejrer ikke fødselsdage og jul. Vi beder om at de kan sidde i et andet lokale når klassen holder julearrangement, uden at de bliver stillet til skue.

Med venlig hilsen
Ruth Hedegaard""")

M("", """Hej

Er det rigtigt at Ishøj Kommune har fået tilskud til at uddanne flere pædagoger i dansk som andetsprog? Hvor mange institutioner er med i projektet?

Mvh Jan, journaliststuderende""")

M("hu", """Hej

Jeg er sygemeldt med stress fra min stilling som pædagogmedhjælper i Skovmusen. Min leder har ringet til mig fire gange denne uge og spurgt hvornår jeg kommer tilbage. FOA har rådet mig til at skrive til jer og få det stoppet.

Venlig hilsen
Jeanette Holst""")

M("", """Hej

Jeg er sygeplejerske og har nattevagter, så jeg kan først hente kl. 17.15. Børnehaven lukker kl. 17. Er der nogen institutioner i Ishøj med længere åbningstid?

Mvh Sabrina""")

M("he", """Til Familieafdelingen

Min søster har en søn på 6 som ikke kommer i skole. Hun har skizofreni og er ikke i behandling lige nu. Jeg har fuldmagt fra hende. Vi har brug for en familiebehandler eller lignende, før det går helt galt.

Hilsen
Lise Mogensen, moster""")

M("", """Hej

Vi afholder loppemarked i Strandgårdens Børnehus lørdag d. 12.04. kl. 10-14. Overskuddet går til en ny legeplads. Må vi sætte plakater op på biblioteket?

Mvh forældrebestyrelsen""")

M("t", """Hej dagplejen

Vores datter Ayşe på 2 år bliver passet hos Bente. Bente har sagt til min mand at "tyrkiske børn bare er mere vilde". Vi er begge født i Danmark af tyrkiske forældre, og Ayşe er ikke vild. Vi vil gerne skifte dagplejer.

Venlig hilsen
Elif Demir""")

M("e", """Hej

Min ældste søn på 19 er flyttet hjem igen efter han blev sat ud af sin lejlighed. Han sover på vores sofa. Tæller han med i husstanden når vi søger friplads til hans lillebror?

Mvh
Heidi Pallesen""")
