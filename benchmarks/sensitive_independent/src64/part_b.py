"""corpus64 part B: houses for sale, purchases under way, skøde, udstykning, forkøbsret."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi har underskrevet en købsaftale på huset Vibeholmsvej 17 med advokatforbehold, som udløber på fredag. Vores advokat har opdaget, at carporten ikke står i BBR. Kan I bekræfte, om den er lovligt opført? Ellers vil vi bede sælger om en nedsættelse af prisen, før forbeholdet løftes.

Med venlig hilsen
Camilla og Frederik Winther
""")

M("p", """
hej. vi har fået et bud på vores rækkehus i Vejleå Park på 2,85 mio, men køberens bank vil have en kopi af ibrugtagningstilladelsen til udestuen. hvor finder jeg den? det haster lidt, køberen skal have svar på mandag
mvh Gitte
""")

M("pe", """
Kære borgerrådgiver

Min bror og jeg er arvinger i vores mors dødsbo. Boet har ikke penge nok til at betale hendes gæld til kommunen for hjemmehjælp og madordning, og vi har derfor sat hendes lejlighed i Ishøj Landsby til salg. Vi har haft to fremvisninger. Kommunen har nu sendt en rykker med gebyr til boet. Kan kommunen vente med inddrivelsen, til lejligheden er solgt?

Venlig hilsen
Ole Brandt
""")

M("p", """
Til Ishøj Kommune

Jeg ejer Tranegilde Strandvej 41 og ønsker at sælge ejendommen. Ejendomsmægleren siger, at kommunen har forkøbsret, fordi grunden ligger i et område, der er udlagt til rekreativt formål. Jeg beder om en skriftlig tilkendegivelse af, om kommunen vil gøre brug af forkøbsretten, så jeg kan komme videre med salget. Jeg har en køber, der venter.

Med venlig hilsen
Erik Mortensen
""")

M("", """
Hej

Hvornår forventer kommunen at sælge de sidste storparceller i Vejlebrovej-udstykningen? Står de på kommunens hjemmeside, når de bliver udbudt, og sker det ved budrunde eller fast pris?

Venlig hilsen
Anne-Mette Friis
""")

M("p", """
Kære Teknik- og Miljøudvalg v/ sekretær

Vi har en grund på 1.900 m² på Ishøj Landsbygade og vil gerne udstykke den bagerste del. Vores nabo har allerede sagt ja til at købe parcellen for 1,1 mio., når udstykningen er godkendt. Hvor lang er sagsbehandlingstiden hos jer, og hvilke dokumenter skal landinspektøren sende?

Venlig hilsen
Bent og Lis Kofoed
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har hørt, at den nye lokalplan for området ved Ishøj Strand tillader etagebyggeri i fire etager. Hvornår er der borgermøde, og hvor kan man se forslaget? Jeg bor selv i Strandparken og er bekymret for udsigten og trafikken.

Mvh Niels Overgaard
""")

M("pt", """
Kære Pernille

Min mand og jeg er begge fra Pakistan, og vi har drevet købmandsbutikken på Ishøj Stationsvej i 14 år. Nu vil vi sælge butikken og bygningen, fordi vi skal hjem og passe min svigermor. Vi har en køber, som gerne vil lave en frisørsalon, men han er bekymret for, om det kræver ny anvendelsestilladelse. Vil du hjælpe os med at finde ud af, hvem vi skal spørge?

Med venlig hilsen
Nasreen Iqbal
""")

M("", """
Hej

Hvordan beregnes den nye ejendomsvurdering, og hvorfor er grundværdierne i Torslunde steget mere end i resten af kommunen? Jeg tænker på området generelt, ikke på et bestemt hus. Er der noget kommunen kan gøre over for Vurderingsstyrelsen?

Venlig hilsen
Grundejerforeningen Torslunde Nord
""")

M("pe", """
Til borgmesteren

Jeg er blevet skilt og skal sælge huset på Gadekærvej, fordi jeg ikke kan købe min eks-kone ud. Huset har været til salg siden januar. Nu er der endelig en køber, men han trækker sig, hvis ikke kommunen kan bekræfte, at den ulovlige tagterrasse bliver lovliggjort. Jeg sendte ansøgningen i november. Kan du hjælpe med at få sagen prioriteret?

Med venlig hilsen
Carsten Holm
""")

M("p", """
hej, naboen i nr. 12 har sat sit hus til salg og der har været fremvisninger hele weekenden. de har en stor ulovlig skur lige op ad vores skel, som vi har klaget over før. hvis det bliver solgt som det er, får vi så aldrig det skur fjernet? hvem skal vi kontakte?

Lars fra Pilemøllevej
""")

M("", """
Kære byrådsmedlem

Jeg har læst i Ishøj Avis, at byrådet vil sælge den gamle børnehave på Baldersbækvej til et privat byggefirma. Som borger mener jeg, at grunden burde bruges til en ny legeplads i stedet. Jeg håber, du vil stemme imod salget.

Med venlig hilsen
Ulla Bach
""")

M("pe", """
Til Ishøj Kommune, Ejendomsskat

Vi er ved at sælge vores andelsbolig i Ishøj Landsby, fordi vi er kommet bagud med betalingerne efter min mands arbejdsløshed. Andelsforeningens bestyrelse har godkendt prisen, og vi har en køber, der gerne vil overtage den 1. august, men overdragelsesaftalen er ikke underskrevet endnu. Vi har et lån til indefrysning af grundskyld, som vi skal have afklaret. Hvad sker der med det lån, når vi sælger?

Venlig hilsen
Kirsten Fogh
""")

M("ps", """
Hej

Min kæreste Mads og jeg (to mænd) har lige fået accepteret vores bud på et rækkehus på Strandgårdsvej. Købsaftalen ligger hos vores advokat. Vi vil gerne vide, om der er planer om at bygge på marken bag ved husene, før vi løfter forbeholdet.

Venlig hilsen
Jonas Riis
""")

M("p", """
Kære direktionsassistent

Jeg skriver på vegne af Ishøj Auto ApS, CVR 29 71 40 88. Vi har afgivet et betinget tilbud på kommunens erhvervsgrund på Industrivej 22, men har endnu ikke hørt, om tilbuddet er godkendt. Betingelsen er, at vi kan få lov at bygge værksted med vaskehal. Hvornår behandler Økonomiudvalget sagen?

Med venlig hilsen
Kenneth Vang, direktør
""")

M("", """
Til kommunen

Vi købte vores hus på Vejleåvej i 2021, og handlen er for længst på plads. Men vi har opdaget, at der er et dræn på grunden, der ikke står nogen steder. Har I nogen tegninger over kloakering fra da huset blev bygget i 1972?

Venlig hilsen
Maja og Rune
""")

M("pb", """
Til Ishøj Kommune

Vi er en menighed i Ishøj Frikirke, hvor jeg er forkynder og leder gudstjenesterne hver søndag. Vi har fundet en tidligere lagerbygning på Ishøj Industrivej, som vi gerne vil købe og bruge som kirke. Sælger har accepteret vores bud med forbehold for kommunens godkendelse af ændret anvendelse. Kan I oplyse, om det er muligt efter lokalplanen?

Med venlig hilsen
Jakob Lindahl
""")

M("p", """
Hej

Vores købsaftale på Tranegildevej 8 er betinget af, at vi kan få lov til at fælde de to store ege i forhaven. Sælger siger, de ikke er fredede. Kan I bekræfte det? Vores advokatforbehold udløber den 22.

Mvh Sebastian Krogh
""")

M("phe", """
Kære borgerrådgiver

Min far har demens og bor nu på plejecenter. Jeg er værge, og vi er nødt til at sælge hans hus i Torslunde for at betale for plejen. Vi har en køber, men kommunen har stadig ikke udskrevet den attest om, at der ikke er påbud på ejendommen, som køberens advokat beder om. Det har taget seks uger.

Hilsen
Susanne Lauridsen
""")

M("e", """
Hej

Mine forældre døde begge sidste år, og jeg har arvet 640.000 kr. Jeg får kontanthjælp. Betyder det, at hjælpen stopper? Jeg vil gerne bruge pengene på at betale min gæld og købe en bil til mit arbejde, når jeg får et.

Mvh Patrick
""")

M("", """
Til Økonomiudvalget

Jeg ser i referatet fra sidste møde, at kommunen har solgt 14 parcelhusgrunde i 2025 til en gennemsnitspris på 1,3 mio. kr. Hvor meget af indtægten går til anlægsbudgettet, og hvor meget går til kassebeholdningen?

Venlig hilsen
Jørgen Bak
""")

M("p", """
Kære Bo Andersen

Jeg har hørt, at du sidder i udvalget for byudvikling. Jeg har sat mit hus på Strandgårdsvej til salg for to måneder siden, og alle købere falder fra, når de hører, at kommunen planlægger en ny vej bag haverne. Er det rigtigt, at den vej kommer? Jeg har brug for et klart svar, så jeg kan sætte prisen rigtigt.

Med venlig hilsen
Henrik Skou
""")

M("pt", """
Hej Ishøj Kommune

Vi er en tyrkisk familie, og min far og hans bror ejer et stykke jord sammen ved Tranegilde. Nu vil onklen sælge sin del til en udvikler, og der er en købsaftale, men den kræver at jorden kan udstykkes. Min far er imod salget. Kan kommunen godkende en udstykning, hvis den ene ejer ikke er enig?

Mvh Emre
""")

M("pu", """
Til Center for Byudvikling og Natur

Jeg er tillidsmand for 3F-klubben på Ishøj Havn, og jeg har i privat regi købt et sommerhus i kolonihaveforeningen Ishøj Strandvænge, men handlen er ikke endelig, fordi foreningen først skal godkende mig som køber. Er det korrekt, at kommunen også skal godkende overdragelser i kolonihaverne?

Hilsen
Flemming Dam
""")

M("", """
Hej

Jeg er ejendomsmægler hos Ishøj Bolig & Ejendom og skal bruge den generelle information om, hvilke kommuneplanrammer der gælder for villaområderne nord for Ishøj Boulevard. Er der et kortopslag på jeres hjemmeside?

Med venlig hilsen
Lene Thrane, statsautoriseret ejendomsmægler
""")

M("pe", """
hej jeg har fået brev fra banken om at jeg skal sælge lejligheden ellers går de til fogeden. jeg har lagt den til salg hos en mægler i går. jeg er på dagpenge og kan ikke betale ydelsen. kan kommunen hjælpe med at betale ejerforeningens fællesudgifter til den er solgt?? 
/Michelle
""")

M("ps", """
Kære Mette

Min kone Sara og jeg (vi er to kvinder, gift i 2022) har givet bud på en ejerlejlighed i Ishøj Søpark. Sælger har accepteret, men vi mangler at få ejerforeningens vedtægter godkendt af vores advokat. Vedtægterne siger noget om, at kommunen har tilbagekøbsret. Er det stadig gældende?

Med venlig hilsen
Louise Bech
""")

M("p", """
Til Ishøj Kommune

I forbindelse med salg af min ejendom, matr.nr. 12ab Ishøj By, Ishøj, beder jeg om en ejendomsdatarapport og en oversigt over eventuelle restancer på ejendomsskat. Køberen overtager 1. september, og købsaftalen er endnu betinget af køberens finansiering.

Med venlig hilsen
Vibeke Dalsgaard
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har købt et hus på Vibeholmsvej. Købsaftalen er underskrevet, advokatforbeholdet er løftet, og skødet tinglyses i næste uge. Hvornår kan vi få en ny affaldsbeholder, og skal vi selv melde flytningen til renovationen?

Venlig hilsen
Peter Sandberg
""")

M("pt", """
Kære borgmester

Jeg hedder Ngoc Anh og er vietnamesisk. Min mand og jeg har drevet restauranten ved Ishøj Havn i mange år. Vi vil sælge bygningen og forretningen til vores nevø. Han har fået lånetilsagn, men banken vil have et papir fra kommunen om, at restauranten må have udeservering. Vi har søgt for to måneder siden.

Mange hilsner
Ngoc Anh Tran
""")

M("", """
Hej

Jeg vil gerne vide hvordan man søger om at få udstykket en grund. Hvad koster det, og hvor lang tid tager det normalt? Vi har ikke nogen konkret plan endnu, jeg vil bare vide det før vi taler med en landinspektør.

Mvh Jesper
""")

M("pb", """
Til Ishøj Kommune

Jeg er formand for Ishøj Moskéforening og er selv muslim og beder i moskéen hver fredag. Vi har lagt bud på en ledig erhvervsbygning på Vejlebrovej, og sælger har accepteret med forbehold for byggetilladelse. Vi vil gerne vide, om vi kan få dispensation til at bruge den som bederum.

Venlig hilsen
Khalid Rahimi
""")

M("p", """
Kære Teknik- og Miljøudvalg

Jeg er ved at købe en grund på Ishøj Landsbygade af kommunen. Jeg har fået tilbud om 1,45 mio., men jeg mener, grunden er for dyr, fordi der er en gammel olietank i jorden. Kan vi forhandle om prisen, før jeg skriver under?

Med venlig hilsen
Anders Bruun
""")

M("pe", """
Til borgerrådgiveren

Jeg er 71 og får folkepension. Jeg har boet i mit hus på Pilemøllevej i 38 år. Min søn har overtalt mig til at sælge huset til ham under markedsprisen, og nu siger kommunen, at det kan få betydning for min ret til varmetillæg. Handlen er ikke underskrevet endnu. Kan nogen forklare mig reglerne, før jeg skriver under?

Venlig hilsen
Grethe Vinding
""")

M("", """
Til borgmesterens kontor

Ishøj Kommunes salg af grunden ved Ishøj Havn til et hotelprojekt er en skandale. Det burde have været til et åbent udbud. Jeg ønsker aktindsigt i sagen, herunder tilbuddene og værdiansættelsen.

Venlig hilsen
Torben Falk
""")

M("p", """
Hej Helle

Vi har en køber til vores kolonihavehus i Haveforeningen Vejlegården, men foreningen siger at prisen er over vurderingen fra kommunens vurderingsmand. Køberen vil gerne betale det. Må han det? Vi har aftalt overdragelse til 1. maj.

Hilsen Jytte og Poul
""")

M("hpe", """
Til Ishøj Kommune

Jeg har sclerose og kan ikke komme op ad trapperne i mit hus mere. Derfor har jeg sat det til salg og fået et bud fra et ungt par. Men de vil kun købe, hvis kommunen fjerner den trappelift, som jeg fik bevilget for to år siden. Hvordan gør jeg det?

Venlig hilsen
Annette Brix
""")

M("", """
Til Ishøj Kommune

Hvilken grundskyldspromille gælder i Ishøj i 2026, og hvornår bliver der opkrævet første rate? Ejendomsnummer 183-026411.

Venlig hilsen
Hanne Ravn
""")

M("pu", """
Hej

Jeg er lærer og medlem af DLF, og min kæreste og jeg er ved at købe et hus sammen på Vejleåvej. Vi har fået en foreløbig godkendelse fra banken. Sælger vil have, at vi løfter advokatforbeholdet allerede i morgen, men kommunen har ikke svaret os om, hvorvidt huset er tilsluttet fjernvarme. Kan I svare i dag?

Hilsen
Maria Kjeldsen
""")

M("pe", """
Kære borgerrådgiver

Jeg har en gæld på 290.000 kr. til Gældsstyrelsen fra min tid som selvstændig. Nu skal jeg sælge mit sommerhus i Tranegilde, og jeg har fået et bud. Gældsstyrelsen har tinglyst et udlæg i huset. Jeg er bange for, at hele salgssummen forsvinder. Kan kommunen hjælpe mig med at forhandle?

Mvh
Niels Christiansen
""")

M("", """
Kære byråd

Boligpolitikken i Ishøj har de seneste år handlet alt for meget om nye ejerboliger. Vi mangler billige lejeboliger til unge. Jeg foreslår, at en del af de kommunale grunde, der sælges, øremærkes til almene ungdomsboliger.

Med venlig hilsen
Rebecca Lorentzen
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg er eksekutor i dødsboet efter Gunnar Hvidt, Tranegildevej 112. Huset er sat til salg, og vi har modtaget et bud. Køberen ønsker oplyst, om der er verserende sager om ulovligt byggeri på ejendommen. Jeg beder om en udskrift.

Med venlig hilsen
Advokat Bettina Lerche
på vegne af boet
""")

M("pe", """
Hej

Vores husleje er steget så meget, at vi gerne vil købe den andelslejlighed, som vores ven sælger i Ishøj Landsby. Vi har aftalt en pris på 320.000 kr. Men vi er begge på kontanthjælp, og banken siger nej til et lån. Kan kommunen give et lån til andelsbevis?

Hilsen
Sami og Hanne
""")

M("", """
Til Teknik- og Miljøudvalget

Lokalplan 2.41 for Ishøj Bycenter giver mulighed for boliger over butikkerne. Hvor mange boliger regner kommunen med bliver bygget, og hvad bliver den forventede husleje pr. m²? Jeg spørger som beboer i området.

Venlig hilsen
Vagn Hedegaard
""")

M("pt", """
Dear Sir/Madam,

My wife and I are Indian nationals and have been living in Ishøj since 2018 on work permits. We have made an offer on a terraced house on Strandgårdsvej and the seller has accepted. Our lawyer tells us that as non-EU citizens we need a permission from Justitsministeriet. Does the kommune need to be involved too?

Kind regards,
Arjun Mehta
""")

M("p", """
Kære Kim

Du kender vores gård på Torslunde Landevej. Min søster vil købe mig ud af gården, og vi har aftalt pris, men kommunen skal give landzonetilladelse til, at hun kan bygge en ny staldbygning. Uden den, ingen handel. Kan du sige noget om, hvor lang tid det tager?

Hilsen Morten Sandholt
""")

M("", """
Hej

Jeg er nysgerrig på, hvad kommunen har tænkt sig med det gamle rådhusområde. Skal det sælges, og i givet fald til boliger eller erhverv? Hvornår kommer der en beslutning?

Mvh Kirsten Lykke
""")
