"""corpus75 part A: sports clubs and scout groups."""
from common import M

M("h", """
Til formanden for Kultur- og Fritidsudvalget

Kære Lise Grønbech

Jeg er træner for U11-pigerne i Ishøj IF Håndbold og har været det i fire sæsoner. For seks år siden fik jeg konstateret sklerose, og det er blevet sværere for mig at gå på trapper. Vores omklædningsrum og trænerrummet i Ishøj Idrætscenter ligger på 1. sal, og elevatoren har været ude af drift siden september.

Kan udvalget presse på for at få den repareret? Jeg vil nødig stoppe som træner på grund af en elevator.

Venlig hilsen
Mette Skovgaard
Strandgårdsvej 14, 2635 Ishøj
""")

M("e", """
hej

min søn Adam på 9 vil rigtig gerne spille fodbold i Ishøj Boldklub men kontingentet er 1.650 kr for et halvt år og det har vi ikke råd til. jeg er alene med ham og på kontanthjælp. er der noget med at kommunen kan give tilskud eller nedsat pris?

mvh Sanne
""")

M("", """
Fra: Bestyrelsen, Vejleå Tennisklub
Til: Byrådsmedlem Jonas Vestergaard

Kære Jonas

Som lovet sender vi indkaldelsen til vores ordinære generalforsamling torsdag den 27. februar kl. 19.00 i klubhuset, Vejleåvej 101.

Dagsorden:
1. Valg af dirigent
2. Formandens beretning
3. Regnskab 2025 (klubbens CVR 29874513)
4. Forslag fra bestyrelsen om kontingentstigning på 150 kr.
5. Valg til bestyrelse
6. Eventuelt

Du er meget velkommen til at komme og fortælle om planerne for de nye baner.

Med sportslig hilsen
Bestyrelsen
""")

M("p", """
Kære borgmester

Det Danske Spejderkorps, Ishøj Gruppe, har siden 1978 lejet grunden ved Tranegilde Strand, hvor vores hytte står. Vi har nu sparet op og vil gerne købe grunden af kommunen. Vi sendte et bud på 410.000 kr. til Center for Byudvikling og Natur den 3. november, men har endnu ikke hørt noget. Vores kasserer er bekymret for, at en anden køber kommer først.

Kan du hjælpe os med at få et svar?

Med spejderhilsen
Kirsten Holm, gruppeleder
""")

M("t", """
Til borgerrådgiveren

Min søn på 12 år spiller på et hold i Ishøj. Til kampen i lørdags råbte en voksen fra modstanderholdets side "perker" og "skrid hjem" efter ham flere gange. Dommeren gjorde ingenting. Vi er kurdere fra Irak, men min søn er født på Hvidovre Hospital og har aldrig boet andre steder end her.

Jeg har klaget til klubben, men de siger det er DBU's sag. Hvem i kommunen kan jeg tale med? Kommunen giver jo tilskud til klubben.

Hilsen Rebin
""")

M("s", """
Hej Kristian

Du kender mig måske fra badmintonklubben. Jeg har meldt mig som hjælpetræner for de små, og klubben beder om en børneattest. Det er helt fint. Men en af forældrene har sagt til formanden, at hun ikke vil have "sådan en som ham" til at træne sin datter, fordi hun har set mig og min mand i Bilka med vores datter.

Jeg synes ikke klubben står ordentligt op for mig. Er der nogen regler for foreningerne om det her, når de får kommunale lokaler?

Venlig hilsen
Thomas Lind
""")

M("b", """
Til svømmehallen / Ishøj Kommune

Min datter Leyla på 10 år vil gerne gå til svømning i Ishøj Svømmeklub. Hun går med tørklæde og vil svømme i burkini. Instruktøren sagde til prøvetimen at det måske ikke er tilladt. Kan I fortælle mig hvad der gælder i jeres svømmehal, så hun kan begynde efter vinterferien?

Tak
Amina
""")

M("u", """
Kære Fritidssekretariat

Jeg er pædagog i en af kommunens børnehaver og træner i min fritid et basketballhold. Kommunens trænerkursus for foreningsledere ligger på tirsdage kl. 16–20, og det er netop der, vi har klubmøde i BUPL, hvor jeg er suppleant til bestyrelsen i vores lokale kreds. Kunne kurset også udbydes en anden ugedag i foråret?

Med venlig hilsen
Dorthe Nyborg
""")

M("e", """
Til Center for Børn og Forebyggelse

Ansøgning om fritidspas til min datter

Navn: Safa Haddad
CPR: [[140614-4218]]
Forening: Ishøj Gymnastikforening, springhold

Vi er en familie på fem, og jeg og min mand får begge kontanthjælp. Vi har ikke penge til kontingentet på 900 kr. Safas lærer siger hun er meget god til at springe.

Venlig hilsen
Nour Haddad (mor)
""")

M("", """
Hej

Kan I fortælle hvem der kan få fritidspas i Ishøj? Jeg skriver en opgave på pædagoguddannelsen om foreningsliv og vil gerne vide hvor mange børn der fik pas i 2024 og 2025, og om der er forskel på bydelene. Jeg har læst at det mest er familier med lav indkomst eller på offentlig forsørgelse.

mvh
Emil, studerende
""")

M("", """
Til Kultur og Fritid

Vi er 1. Ishøj KFUM-spejdere og skal på sommerlejr med kommunens andre korps i uge 28. Sidste år var der ikke noget at vælge imellem for de børn, der ikke spiser svinekød. Vil kommunen sørge for, at der er et halalalternativ i år i fællesforplejningen, og kan vi få svar inden den 1. april, hvor vi skal sende tilmeldinger?

Spejderhilsen
Lederteamet
""")

M("e", """
Kære Kristina Møller (formand for Børne- og Skoleudvalget)

Vi er plejefamilie for en dreng på 11 år, Mikkel, som har været anbragt hos os siden han var seks. Han er vild med ishockey, men hallen i Hvidovre er for langt væk, og plejefamilieudgifterne dækker ikke udstyr til 4.000 kr. Hans sagsbehandler siger, det skal søges som en særlig udgift, men vi har ikke fået svar i syv uger.

Kan du hjælpe med at få sagen videre?

Venlig hilsen
Hanne og Per Dahl
""")

M("e", """
Jeg skriver fordi jeg er træt af at min eks ikke kører Noah til kampene i de weekender han er hos hende. Vi blev skilt sidste år og har delt samvær 7/7, men hun mener fodbold "er min hobby". Statsforvaltningen/Familieretshuset er inde over. Kan kommunens familiekonsulent ikke sige noget til hende? Det går ud over drengen.

Mikael, far til Noah (U10)
""")

M("h", """
Hej Ishøj Svømmehal

Jeg er instruktør for Ishøj Triatlon og har type 1-diabetes. Jeg har brug for at kunne opbevare min insulin koldt under de lange søndagstræninger. Må vi sætte et lille køleskab ind i instruktørrummet? Det ville gøre min hverdag meget nemmere.

Mvh
Jakob Friis
""")

M("e", """
Til Fritidskonsulenten

Som kasserer i Ishøj Volleyball skal jeg høre, om kommunen har en ordning, vi kan henvise til. Familien Olsen på Ishøj Strandvej skylder os nu 2.400 kr. i kontingent for to børn, og faren har selv fortalt, at han blev fyret i august og er på dagpenge. Vi vil ikke smide børnene ud, men vi kan heller ikke bare se bort fra det.

Venlig hilsen
Birgit Larsen
kasserer
""")

M("", """
Hej

Vores hold kan ikke logge ind i Conventus-bookingen til Vejleåhallen. Jeg har booking nr. 2403151234 for lørdag den 15. marts, men systemet siger "ukendt forening". Foreningsnummer hos jer er 1047. Kan nogen se på det inden weekenden?

Mvh
Frank, U13 drenge
""")

M("b", """
Kære Tanja fra fritidsafdelingen

Stævnet for U12-drengene er lagt den 30. marts, og den dag fejrer min søn Yasin og jeg eid sammen med hele familien i Køge. Han er meget ked af at miste kampen. Er der mulighed for at kommunens hal-bookinger flyttes en uge, eller må han spille med på et andet hold dagen efter?

Tak for hjælpen
Hussein
""")

M("te", """
Hej kommunen

Vi kom som flygtninge fra Syrien i 2022. Nu bor vi i Ishøj i Strandparken. Min søn Karam er 13 og han vil gerne spille fodbold. Vi får integrationsydelse og har ikke penge til støvler og kontingent. Kan kommunen hjælpe? Jeg taler lidt dansk, min søn taler godt dansk.

Venlig hilsen
Mahmoud
""")

M("s", """
Hej med jer

Vores søn Alfred (8) skal starte til spejder i Torslunde. På tilmeldingsskemaet skal man skrive "mor" og "far". Han har to mødre – mig og Julie – og der er ingen far. Kan kommunen, som ejer lokalerne og giver tilskud, bede gruppen lave et skema der passer til alle familier?

Kh Sofie
""")

M("b", """
Kære Søren

Jeg er aktiv i Venstre i Ishøj og sidder i vores lokale bestyrelse, så du kender mig sikkert fra møderne. Jeg skriver nu som far til to håndboldspillere: lysene på kunstgræsbanen slukker kl. 21, og det er for tidligt for seniorholdene. Kan du få det på udvalgets dagsorden?

Hilsen Henrik Brandt
""")

M("", """
kære byrådsmedlem

jeg synes helt ærligt at kommunen skal holde idrætshallerne åbne til kl 23 i weekenderne, der er alt for mange unge der hænger ud ved stationen. brug pengene på haller i stedet for på rådhuset. det vil jeg gerne have at du stemmer for når budgettet kommer.

vh en træt borger
""")

M("h", """
Til Center for Byudvikling og Natur

Min søn Viktor (14) brækkede underbenet i søndags under træning på græsbanen bag Gildbroskolen. Han trådte ned i et dybt hul ved hjørneflaget, som har været der hele efteråret. Han er opereret på Hvidovre og skal gå med gips i otte uger.

Jeg vil gerne vide, hvem der har ansvaret for banen, og om hullet er meldt ind før.

Venlig hilsen
Camilla Rask
""")

M("h", """
Hej Kultur og Fritid

Jeg er fodboldtræner og skal køre klubbens minibus til stævner. Klubben siger at jeg skal have en særlig tilladelse fra kommunen, fordi jeg har epilepsi og er anfaldsfri efter medicin i tre år. Min læge har skrevet en erklæring. Hvordan får jeg sagen afgjort?

Martin Kjeldsen
cpr [[230788-1453]]
""")

M("u", """
Til udvalgsformanden for Teknik og Miljø

Jeg kører bus på linje 128 og er med i 3F's buschaufførklub. Jeg træner også ungdomsfodbold om aftenen. Efter omlægningen af ruten i Vejleå har jeg ikke en chance for at nå træningen kl. 17, fordi turen nu ender i Brøndby. Jeg ved godt at det er Movia, men kommunen bestiller jo ruten. Vil udvalget se på det igen?

Med venlig hilsen
Ole Hjorth
""")

M("", """
Kære Ishøj Kommune

I anledning af 75-årsjubilæet for Ishøj Spejderne vil vi gerne holde en lejrbålsaften på Rådhustorvet fredag den 6. juni kl. 18–22. Vi forventer ca. 200 gæster. Vi har allerede talt med politiet (sagsnr. 0100-79451-00213-25) om bål i byen. Hvad skal vi søge hos jer, og hvem taler vi med om strøm og toiletter?

Foreningens CVR: 31245867

Med spejderhilsen
Jubilæumsudvalget
""")

M("t", """
Dzien dobry,

Jesteśmy – sorry, jeg skriver på dansk: Vi er en polsk familie, der flyttede til Ishøj i sommer fra Gdańsk. Vores to drenge vil gerne gå til håndbold, men de forstår ikke så meget endnu. Findes der en klub i Ishøj, hvor en træner taler polsk eller engelsk?

Pozdrawiam
Agnieszka Wójcik
""")

M("b", """
Til Vejleå Gymnastik og kommunens fritidsafdeling

Jeg vil gerne sige det på forhånd, så ingen bliver sure: Vi er Jehovas Vidner, og vores datter Ruth deltager ikke i juleafslutningen den 15. december eller i fødselsdagsfejringer på holdet. Det er ikke fordi hun ikke kan lide de andre. Kan træneren give hende en anden opgave den dag i stedet?

Venlig hilsen
Rebekka Madsen
""")

M("s", """
Hej

Jeg er dommer i lokale serie 4-kampe og bøsse. Efter kampen på Ishøj Stadion sidste søndag blev jeg kaldt ting i omklædningsrummet som jeg ikke vil skrive her. Det var spillere fra et hjemmehold der træner på kommunens anlæg. Kommunen har et værdigrundlag for foreninger der bruger jeres haller – hvad gør I, når det bliver overtrådt?

Mvh Lars
""")

M("h", """
Hej Tanja

Jeg er gravid i 5. måned og min jordemoder siger at jeg skal holde igen med at stå i hallen i mange timer. Jeg træner U8 og U10 i Ishøj Badminton. Har kommunen en pulje til vikartrænere som vi kan søge? Klubben har ikke selv penge.

Hilsen
Louise Hvidt
""")

M("", """
Til Kultur- og Fritidsudvalget

Her er de tal vi lovede fra foreningsundersøgelsen 2025:

- 7.412 medlemmer under 25 år i de tilskudsberettigede foreninger
- 41 % piger, 59 % drenge
- 23 % af de 6–12-årige i Ishøj Nord går til en idræt, mod 48 % i Torslunde
- 17 foreninger har ventelister

Bilaget ligger i sagen (journalnr. 18.15.00-A00-3-25). Vi foreslår punktet taget op som meddelelse i marts.

Venlig hilsen
Fritidssekretariatet
""")

M("", """
Hej

Jeg er journalist på Ishøj Avis og skriver om regler i offentlige svømmehaller. Må man bade med tørklæde eller i burkini i Ishøj Svømmehal? Og må man bade i shorts? Vi har fået et par læserbreve om det. Et kort svar vil være fint.

Venlig hilsen
Kasper Vinther
""")

M("p", """
Kære Jonas Vestergaard

Vi har haft vores hus på Torslunde Landevej til salg siden august. I sidste uge trak køberne sig, efter at de hørte at der kommer nye lysmaster til kunstgræsbanen lige bag haven. Ejendomsmægleren siger at flere har spurgt om det. Kan kommunen ikke give et klart svar på hvor høje masterne bliver, og om lyset bliver skærmet? Vi har fundet et nyt hus og står i klemme.

Med venlig hilsen
Gitte og Bo Ravn
""")

M("", """
Tilmelding til Ferieaktiviteter uge 29 – Ishøj Kommune

Jeg vil gerne tilmelde mine to børn til kajak og klatring:

Oscar Brink, cpr [[020613-4127]]
Ella Brink, cpr [[110915–4052]]

Oscar kan svømme 200 m, Ella kan svømme 100 m. Vi henter dem kl. 15.

Venlig hilsen
Rikke Brink
Telefon 22 41 87 09
""")

M("he", """
Kære Center for Børn og Forebyggelse

Vores søn Malte har ADHD og har fået bevilget en støtte-kontaktperson, Kim, tre timer om ugen. Kim tager med ham til fodbold om onsdagen, og det går rigtig godt. Nu siger sagsbehandleren, at timerne skal skæres ned til to. Det vil betyde at han ikke kan komme til fodbold. Vi vil gerne klage.

Hilsen
Anja og Peter Winther
""")

M("", """
Hej!

Vi vil gerne tænde bål til sankthans ved spejderhytten i Ishøj Landsby den 23. juni. Skal vi søge om det hos beredskabet eller kommunen? Og hvad gør vi hvis der kommer forbud på grund af tørke?

Spejderhilsen
Mads, grupperådsformand
""")

M("u", """
Til Borgmesteren

Jeg er lærer og tillidsrepræsentant for DLF på Vibeholmskolen, og jeg træner også skolens streetbasket efter skoletid. Kommunen har nu lukket skolens hal efter kl. 17 for ikke-foreninger. Vi har 30 unge, der kommer hver tirsdag. Kan vi få en dispensation, indtil vi har fået stiftet en forening?

Venlig hilsen
Pernille Vad
""")

M("b", """
Kære fritidsafdeling

Jeg er præst i Ishøj Sogn og er samtidig leder af KFUM-spejderne i Ishøj. Vi vil gerne låne kommunens shelterplads ved Tranegilde i weekenden 16.–18. maj. Hvordan booker vi den?

Med venlig hilsen
Anne Mørch
sognepræst
""")

M("e", """
hej. jeg mistede mit job på lageret i januar og er på dagpenge nu. min datter Freja spiller håndbold og klubben vil have 1.400 kr til næste sæson. kan man få hjælp fra kommunen til det eller skal jeg bare melde hende ud? vh Jesper
""")

M("tb", """
Til Kultur- og Fritidsudvalgets formand

Vi er en gruppe somaliske mødre fra Ishøj Nord. Vi er muslimer, og vores døtre må gerne gå til sport, men vi ønsker at de har et hold kun for piger, med en kvindelig træner. Mine egne piger, Hodan og Sagal, vil gerne spille basket. Vil kommunen hjælpe os med en hal på en fast dag?

Med venlig hilsen
Faduma Ali
""")

M("", """
yo

hvorfor koster en sodavand 25 kr i kiosken på stadion?? det er kommunens bygning. min søn har 50 kr med og så er det bare væk. helt vildt. fix det pls

/Nicklas
""")

M("", """
Kære Jonas

Tak for sidst. Til orientering vedhæfter jeg referatet fra generalforsamlingen i Ishøj Cykelklub. Foreningen fik i 2025 et lokaletilskud på 86.400 kr. og et aktivitetstilskud på 31.200 kr. Regnskabet viser et lille underskud, som bestyrelsen dækker af egenkapitalen. Der var ingen bemærkninger fra revisor.

Med venlig hilsen
Ulrik, formand
""")

M("s", """
Hej

Vores søn Sebastian på 15 sprang ud som homoseksuel sidste forår. Siden er det blevet rigtig grimt i omklædningsrummet i floorballklubben. Trænerne ser det ikke. Vi har talt med klubben to gange. Har kommunen en konsulent der kan komme ud til foreningerne og tale om det her?

Venlig hilsen
Merete og Claus Bang
""")

M("h", """
Hej Kirsten

Jeg må desværre melde fra som tropsleder resten af foråret. Jeg er sygemeldt med stress og depression fra mit arbejde, og lægen siger at jeg skal skære alt væk en periode. Kan du sige til kommunens fritidsafdeling at de skal sende post om lejrpladsen til Jens i stedet?

Kh Rasmus
""")

M("u", """
Ansøgning om refusion af lederkursus

Jeg har deltaget i DGI's trænerkursus "Børn i bevægelse" og har betalt 1.850 kr. selv. Jeg har forstået at kommunen refunderer 50 % til frivillige ledere. Kvittering vedhæftet. Min fagforening Dansk Metal har i øvrigt betalt halvdelen af min kørsel, så jeg søger kun selve kursusgebyret.

Reg.nr. 9570 kontonr. 0012345678

Med venlig hilsen
Brian Holst
Cpr [[0304851127]]
""")
