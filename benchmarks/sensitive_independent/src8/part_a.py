"""corpus8 part A: schools, daycare, children and families (Center for Børn og Forebyggelse)."""
from common import M

M("", """Hej

Vi er flyttet til Ishøj i januar og vil gerne høre hvornår skoleindskrivningen til 0. klasse åbner for børn født i 2020. Vores datter har fødselsdag 14.03.2020 så hun skal vel starte til august næste år?

Skal vi selv gøre noget eller får vi et brev i e-boks?

Mvh
Katrine Holmgaard
Vibeengen 41, 2635 Ishøj
tlf 28 41 90 17""")

M("h", """Til Børnehuset Solsikken / pladsanvisningen

Vores søn Malthe starter hos jer 1. april. Jeg vil bare sikre mig at personalet er klar over at han har svær nøddeallergi (peanuts og hasselnød) og skal have sin adrenalinpen med i tasken hver dag. Han fik et anafylaktisk chok sidste sommer og var indlagt et døgn på Hvidovre.

Kan vi aftale et møde med jer før start, hvor jeg kan vise hvordan pennen bruges?

Venlig hilsen
Louise Dam
Ishøj Søvej 8, 2.tv""")

M("he", """Emne: ansøgning om merudgifter – Noah

Hej

Jeg søger om dækning af merudgifter efter serviceloven for min søn Noah, cpr [[110616-4127]]. Han blev i efteråret udredt på Børne- og Ungdomspsykiatrisk Center i Glostrup og har fået diagnosen infantil autisme. Vi har mange ekstra udgifter til specialsko, vægtdyne og kørsel til ergoterapi.

Lægeerklæring og kvitteringer vedhæftes. Jeg er alene med ham og det er svært at få det til at løbe rundt.

Mvh
Sanne Vestergaard
Strandgårdsparken 22, st. th.
2635 Ishøj
51 72 08 33""")

M("", """Hej,

Hvor går indkomstgrænsen for økonomisk friplads i daginstitution i år? Og hvordan regnes det, er det husstandens samlede indkomst før skat?

Jeg spørger for en veninde der lige er flyttet til kommunen.

Hilsen
Mette""")

M("e", """Kære pladsanvisning

Jeg har søgt økonomisk friplads til Ella i vuggestuen Mariehønen i december men har stadig ikke hørt noget. Siden skilsmissen i efteråret er min indtægt faldet til ca 19.000 om måneden brutto og jeg har svært ved at betale den fulde takst. Jeg fik en rykker i sidste uge for januar.

Kan I se på sagen?

Med venlig hilsen
Nanna Bjerre, cpr [[220993 1108]]
Gadekærvej 17, 1.
2635 Ishøj""")

M("t", """Til skolelederen på Gildbroskolen (cc. borgmesteren)

Min søn Yonas i 4.b er blevet kaldt "sorte abe" af to drenge i frikvarteret tre gange siden jul. Yonas er adopteret fra Etiopien og er den eneste mørke dreng i klassen. Han vil ikke i skole mere.

Jeg har snakket med klasselæreren, men der sker intet. Jeg forventer at skolen tager det her alvorligt og inddrager forældrene til de to drenge.

Venlig hilsen
Birgitte Frost
Askerød 55
2635 Ishøj""")

M("s", """Hej

Vi har lige fået tilbudt plads til vores datter i Skovmusen, tak for det. En lille ting: i jeres indmeldelsesskema står der "mor" og "far". Vores datter har to mødre – min kone Signe og mig – så vi kunne ikke rigtig udfylde det. Kan I ikke lave det om til forælder 1 og forælder 2?

Kh
Julie Aagaard Nørby
Bredekærs Vænge 112""")

M("b", """Hej SFO'en

Vores datter Amira spiser ikke svinekød og vi vil også gerne at kødet er halal fordi vi er muslimer. Kan I sørge for at hun får et alternativ når der er pølser eller frikadeller til fredagshygge?

Tak på forhånd
Hilsen Farid og Hanan""")

M("u", """Kære Kirsten Holm (formand for Børne- og Skoleudvalget)

Jeg skriver som tillidsrepræsentant for lærerne på Strandgårdskolen og medlem af Danmarks Lærerforening gennem 22 år. Forslaget om at skære 1,2 mio. på to-lærer-timerne rammer vores elever i indskolingen hårdt, og kollegerne er meget bekymrede.

Jeg vil gerne invitere dig på besøg en onsdag, så du kan se hverdagen med egne øjne.

Med venlig hilsen
Henrik Skov Madsen
TR, Strandgårdskolen""")

M("", """Hej Kirsten

Jeg har læst BUPLs udmelding om minimumsnormeringer i Politiken og jeg er helt enig. Det er for dårligt at der kun er to voksne på 14 børn om eftermiddagen i vores børnehave. Hvad vil byrådet gøre ved det?

venlig hilsen
en træt far, Søren (Torslunde)""")

M("he", """Til Børne- og Familierådgivningen

Jeg er meget vred over at skolen har lavet en underretning om min søn Mikkel uden at snakke med mig først. Ja han har været ude af kontrol på det sidste, men det er fordi han har ADHD og hans medicin (Concerta) blev sat op i februar og han har haft det svært med bivirkningerne. Det er ikke fordi der er noget galt derhjemme!!

Jeg vil have aktindsigt i underretningen og et møde med hans sagsbehandler.

Tina Korsgaard
Vejleåparken 6, 3.mf
tlf. 20 88 14 52""")

M("", """Hej

Vi flytter til Ishøj 1. juni og vores søn er 11 måneder. Hvornår kan vi skrive ham op til vuggestue, og gælder pasningsgarantien også når man kommer fra en anden kommune?

Mvh
Anders Lykke""")

M("", """Til center for børn og forebyggelse

Skolebussen fra Tranegilde kører nu 7.05 i stedet for 7.25, så børnene står og venter udenfor skolen i 25 minutter før den åbner. Det er ikke rimeligt om vinteren. Kan man ikke rykke den tilbage?

Hilsen Jens Thygesen, Tranegilde Strandvej""")

M("", """Ansøgning om skoleskift

Jeg vil gerne søge om at min datter Freja Holst, cpr. [[030914 4722]], kan skifte fra Vibeengskolen til Ishøj Skole efter vinterferien. Hun har 5 min. gang til Ishøj Skole og hendes bedste venner går der.

Med venlig hilsen
Pernille Holst
Pilemøllevej 3
2635 Ishøj""")

M("e", """Hej skolen

Jeg er Lucas' far. Jeg har fælles forældremyndighed men hans mor og jeg er i en verserende samværssag hos Familieretshuset, og hun har sagt til jer at I ikke må give mig oplysninger. Det er ikke korrekt. Jeg har ret til at se Aula og deltage i forældresamtaler. Hvordan får vi det løst?

Mvh
Kasper Brandt
(bor pt. i Greve)
tlf 31 19 62 40""")

M("", """Hej

Fejrer skolen både jul og eid i indskolingen? Jeg synes egentlig det er rigtig fint at børnene lærer om forskellige højtider, og vil gerne hjælpe hvis der skal laves mad.

venlig hilsen
Lone, mor til Otto i 1.a""")

M("ht", """Dzień dobry / Goddag

Jeg hedder Agnieszka og min søn Kacper går i 2. klasse på Vibeengskolen. Vi er fra Polen og flyttede her for to år siden, han taler polsk hjemme. Lærer siger han skal have mere dansk som andetsprog, det er fint.

Men også han stammer meget nu, mere end før, og han bliver drillet. Kan skolen give ham talepædagog? Lægen siger det er en god ide.

Tak
Agnieszka Nowak
Ishøj Strandvej 41, 4. th""")

M("", """Hej

Jeg arbejder som sundhedsplejerske i en anden kommune og har tit børnene med i bil om morgenen. Må man parkere 5 min i kiss'n'ride zonen ved Gildbroskolen når man går ind med de små, eller får man en bøde?

mvh Camilla""")

M("p", """Til Ishøj Skole

Vi har sat vores hus på Gadekærvej til salg og har afgivet et bud på et rækkehus i Torslunde, men sælger har ikke svaret endnu. Hvis det går igennem, kan vores to drenge så blive på Ishøj Skole selvom de ikke længere bor i distriktet?

Vi vil gerne vide det inden vi skriver under på noget.

Venlig hilsen
Michael og Tine Lund""")

M("", """Hej

Vi har købt huset på Bredekærs Vænge 30 og fik nøglerne den 1. februar, handlen er helt på plads. Nu mangler vi bare at få vores søn indskrevet på den lokale skole. Hvilken skole hører adressen til?

mvh
Christian Bay""")

M("e", """Til Familieafdelingen

Jeg er plejemor for Sofie på 9 år (cpr.nr. [[050716–4390]]), som har været anbragt hos os siden hun var 4. Vi har stadig ikke fået vederlaget for marts og det er anden gang i år det sker. Vi har også udlagt for hendes briller.

Kan I se på det?

Venlig hilsen
Ruth og Poul Eskildsen
Torslunde Bygade 7""")

M("b", """hej

min søn Arjun skal til lejrskole i maj. han er sikh og bærer turban og kara (armbånd), det må han gerne have på når de skal svømme i svømmehallen? lærer var i tvivl

mvh Gurpreet""")

M("", """Kære borgmester

Tillykke med den nye skole i Vejleåparken. Det er dejligt at se byggeriet gå i gang. Men kan I ikke sørge for at der kommer fortov hele vejen ned til Ishøj Boulevard?

Med venlig hilsen
Ulla Jepsen""")

M("s", """Hej

Min søn Elias (15) fortalte mig i weekenden at han er bøsse. Det er helt fint for os, men han er meget bange for hvordan klassekammeraterne vil reagere. Har skolen en AKT-lærer eller skolepsykolog han kan snakke med, uden at det bliver en stor sag?

Mvh
Hanne Krogh""")

M("h", """Hej Ishøj Ungdomsskole

Jeg vil bare informere om at min datter Laura, der går på 8. klasses holdet, har epilepsi. Hun er velbehandlet med Lamictal, men hvis hun får et anfald skal man lægge hende i aflåst sideleje og ringe til mig, og hvis det varer over 5 min skal der ringes 112.

Hun må ikke bade alene.

Mange hilsner
Karina Buus
tlf 42 60 71 55""")

M("", """Hej

Hvornår er der lukkedage i daginstitutionerne i 2026? Jeg skal planlægge ferie med min arbejdsgiver.

Hilsen Stine""")

M("eh", """Til Ishøj Kommune, Børn og Familie

Jeg hedder Aisha, jeg er 19 år og har en søn på 7 måneder. Jeg bor på et værelse hos en veninde, fordi jeg blev smidt ud hjemmefra da jeg blev gravid. Jeg har ikke min egen adresse og ved ikke hvor jeg skal gøre af mig selv. Jeg får uddannelseshjælp men det rækker ikke til depositum.

Jeg har også haft fødselsdepression, og min læge har sagt jeg skal søge hjælp hos kommunen.

Kan nogen ringe til mig? 93 10 47 68""")

M("t", """Hej

Min datter Zeynep går i 6. klasse. Vi er kurdere fra Tyrkiet og hun taler både kurmanji og tyrkisk derhjemme. Hun har spurgt om der er modersmålsundervisning i kurdisk i Ishøj? Tyrkisk er der, men det er ikke det samme for os.

Venlig hilsen
Serkan Aydın""")

M("", """Hej

Ved I om der findes tolkebistand til forældremøder på arabisk? Der er flere forældre i vores klasse der ikke får meget ud af møderne.

Hilsen forældrerådet, 3.c, Strandgårdskolen""")

M("u", """Til Kirsten Holm

Jeg er pædagog i Børnehuset Regnbuen og fællestillidsrepræsentant for BUPL-medlemmerne i dagtilbuddene i Ishøj. Vi oplever at vikarbudgettet er brugt op allerede i april. Jeg vil gerne have et møde med udvalget.

Venlig hilsen
Marianne Thorsen""")

M("b", """Hej Ishøj Skole

Vi er Jehovas Vidner, og vores søn Jonathan deltager derfor ikke i fødselsdagsfejring og julearrangementer. Vil I sørge for at han får en anden opgave den dag der er juleklip i klassen, så han ikke skal sidde alene?

Med venlig hilsen
Thomas og Rebekka Mørch""")

M("", """Hej,

Mit barn kom hjem med lus igen. Er der ikke nogen regler om at forældre skal give besked? Det er tredje gang på to måneder i Bifrost.

Mvh Lise""")

M("h", """hej

jeg skriver fordi min datter Ida (12) ikke har været i skole siden oktober. hun har angst og tør ikke forlade huset, hun er tilknyttet BUP og går til psykolog hver anden uge. skolen har sendt et brev om ulovligt fravær og det er simpelthen for meget

kan vi få en plan for hjemmeundervisning eller noget?

mette bang
ishøj landsby""")

M("", """Til Skolebestyrelsen på Vibeengskolen

Jeg foreslår, at skolen stopper med at servere kød i kantinen to dage om ugen af hensyn til klimaet. Mange skoler i København gør det allerede.

venlig hilsen
Pia Jessen, forælder""")

M("es", """Hej

Jeg søger om tilskud til pasning af min søn i ferien fordi jeg er på sygedagpenge... nej undskyld, på dagpenge, og har lige fået arbejde fra 1. juli. Min mand Rasmus og jeg har ikke andre til at passe ham, vores familie bor i Aalborg.

Mvh
Jesper Kragh
Vejleåvej 104
2635 Ishøj""")

M("", """Hej

Der er knust glas på legepladsen i Ishøj Landsby, lige ved gyngerne. Kan nogen fra kommunen komme og rydde op inden børnehaverne kommer i morgen?

Mvh Helle""")

M("t", """Hej Ishøj Kommune

Jeg er grønlænder og min søn på 10 år, Aputsiaq, bliver konstant spurgt om han bor i iglo og kaldt "eskimo" af de større børn i SFO. Pædagogerne griner med. Jeg vil gerne klage.

Najaaraq Lynge
Ishøj Torv 4, 6. tv""")

M("", """Til Centerchefen for Børn og Forebyggelse

Jeg vil klage over sagsbehandlingstiden. Jeg sendte en ansøgning om tilskud til privat pasning den 4. januar (jeres sagsnr. 25/01837) og har endnu ikke fået svar. Det er over otte uger.

Med venlig hilsen
Jonas Friis
Tlf. 61 44 28 03""")

M("he", """Hej

Jeg vil søge om at få min søn Oskar ([[270518-5093]]) i specialbørnehave. Han har cerebral parese og går med rollator, og han er ved at blive for stor til den almindelige børnehave, som ikke har plads til hans hjælpemidler.

Jeg er på fleksjob og kan ikke selv køre ham langt hver dag.

Venlig hilsen
Dorthe Kjær""")

M("", """hej vil bare høre om skolernes sommerferie starter fredag d 26 eller mandag d 29 juni?? tak""")

M("p", """Hej

Vi overvejer at købe en grund i den nye udstykning ved Ishøj Landsby, og har et tilbud fra sælgers mægler på 2,1 mio, men vi har et forbehold om finansiering og har ikke skrevet under endnu. Hvilken skole vil grunden høre til, og er der venteliste i børnehaverne derude?

Mvh
Rikke og Bo Svendsen""")

M("", """Til Ishøj Kommune

Jeg har betalt for dobbelt forældrebetaling i januar. Faktura nr. 2801251366 og 2801251367 er begge trukket fra min konto. Kan jeg få det ene beløb retur?

Mvh Martin Dalsgaard
Kundenr. 1104884410""")

M("e", """Hej

Vores barnebarn bor hos os nu, fordi vores datter afsoner en dom i Vestre Fængsel. Det er foreløbig til sommer. Vi er pensionister og vil gerne vide om vi kan få noget hjælp til hans udgifter og til SFO'en?

Venlig hilsen
Inge og Arne Rasmussen
Ishøj Landsby 19""")

M("b", """Hej

Vi er ikke medlem af folkekirken og vores datter er opdraget som humanist. Hun er blevet sat til at synge med til skolens gudstjeneste i kirken i december. Vi ønsker at hun fritages og har et alternativ på skolen.

Mvh
Ditte Sandholm""")

M("", """Hej,

Skal man søge om fritagelse fra kirkebesøget i december, eller er det frivilligt for alle? Jeg spørger bare fordi det ikke står i Aula.

Tak, Kim""")

M("", """Hej

Min søns klasse har ingen dansklærer haft siden november. Der er vikarer hver dag. Vi forældre er ved at være trætte af det. Hvad gør kommunen for at rekruttere lærere?

venlig hilsen
Anja Wulff
formand for klasserådet 5.b""")

M("hse", """Kære Børne- og Familierådgivning

Min mand Kristoffer og jeg (Daniel) har haft vores plejesøn i to år. Han er præmaturt født og har en hjerneskade, han har brug for fysioterapi to gange om ugen. Vi vil gerne have hjælp til at søge en handicapbil.

Med venlig hilsen
Daniel Winther-Hansen
Bredekærs Vænge 78
tlf 53 29 81 60""")

M("", """Hej

Skal mit barn have en ny sundhedskort når vi flytter? Han fik et gult kort da han blev født på Hvidovre, men nu bor vi et andet sted.

mvh
Marlene""")

M("u", """Hej

Jeg er pædagogmedhjælper i en af jeres børnehaver og jeg har fået en advarsel jeg ikke synes er fair. FOA har sagt at jeg skal have min tillidsrepræsentant med til mødet, men hun er syg. Kan mødet flyttes? Jeg har kontaktet FOA Sjælland og de siger det er min ret.

Mvh
Sabrina Lind""")

M("", """Godt nytår

I har en fejl på hjemmesiden under "skoledistrikter": Vejleåvej ulige numre står både under Gildbroskolen og Vibeengskolen.

Vh Ole""")

M("e", """Til Ishøj Kommune

Vi har fået en regning fra pladsanvisningen på 8.432 kr for restance på forældrebetaling, men vi har ikke råd lige nu, fordi min mand er blevet fyret fra sit job i december. Kan vi lave en afdragsordning?

Venlig hilsen
Selma Hadžić
CPR: [[2911851064]]
Ishøj Strandvej 77, 2. tv
tlf. 26 54 90 12""")

M("ht", """Hej

Vores datter Mai er adopteret fra Vietnam da hun var et år. Hun er nu 14 og har fået en spiseforstyrrelse – lægen siger anoreksi – og hun er tilknyttet Rigshospitalet. Hun føler sig som den eneste med asiatisk udseende på skolen og det fylder meget for hende.

Vi vil gerne have et møde med skolen om hvordan vi støtter hende bedst.

Med venlig hilsen
Lars og Anette Bech""")

M("", """Hej

Jeg har hørt at der kommer en ny moské i Ishøj og at den skal have koranskole for børn. Hvornår åbner den og vil den være under tilsyn af kommunen?

Mvh Per""")
