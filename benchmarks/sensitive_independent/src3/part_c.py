"""Part C: mostly property_trade and union, plus hard negatives."""
from common import M

M("p", """Til Byg og Miljø

Vi har solgt vores hus på Torslundevej 14 med betinget skøde, og køberne har et advokatforbehold, der udløber fredag. Deres advokat har spurgt, om der er planer om at ændre lokalplanen for området, så der kan bygges etageboliger på marken bag os. Hvis det er tilfældet, trækker de sig.

Kan I give os et hurtigt svar, så handlen ikke falder?

Med venlig hilsen
Jørgen og Susanne Bech""")

M("p", """Kære Teknik- og Miljøudvalg

Jeg vil gerne gøre udvalget opmærksom på, at planerne om en ny omfartsvej langs Store Vejleå allerede nu har konsekvenser for os, der bor i området.

Vi satte vores hus på Ishøjgård Allé til salg i august med en udbudspris på 4.495.000 kr. Mægleren fortæller, at tre ud af fire interesserede har trukket sig, så snart de hørte om vejen, og at vi formentlig skal ned med en halv million for at sælge.

Jeg forstår godt, at der skal bygges veje. Men jeg synes, kommunen burde melde klart ud, hvor vejen skal ligge, så folk ikke hænger i luften.

Med venlig hilsen
Ole Frederiksen""")

M("p", """Hej

Vi holder åbent hus søndag kl. 13-14 på Gildbrohøj 22, fordi huset er sat til salg. Der er vejarbejde på hele vejen lige nu, og mægleren er bange for, at ingen kan finde parkering. Kan vi få lov at bruge skolens parkeringsplads den dag?

Mvh Anja Winther""")

M("pe", """Kære byrådsmedlem

Jeg har fået at vide af en bekendt, at huset ved siden af os, Strandgårdsvej 61, skal på tvangsauktion i næste måned, fordi ejeren ikke har betalt sine lån i et år. Huset har stået og forfaldet, og der er rotter i haven.

Vil kommunen gøre noget, inden der kommer en ny ejer? Vi er bekymrede for, at det bliver opkøbt af en spekulant.

Mvh
Poul Nielsen, Strandgårdsvej 59""")

M("p", """Til Borgerservice

Jeg er formand for andelsboligforeningen Lindegården. En af vores andelshavere har sat sin andelsbolig til salg, og køberen, som står øverst på ventelisten, har spurgt, om der er planlagt renovering af vejen. Det har betydning for, hvad køberen vil byde.

Hvem kan vi spørge?

Med venlig hilsen
Torben Laursen""")

M("p", """Hej

Vi har købt et rækkehus på Skovvej 9, men overtagelsesdatoen er først 1. februar, og sælgeren bor der stadig. Kan vi allerede nu melde flytning, og kan vi bestille en ekstra papirspand til adressen, så den er klar?

Mvh Louise og Martin""")

M("p", """Til Center for Byudvikling og Natur

Jeg har hørt, at kommunen har forkøbsret til den ubebyggede grund på hjørnet af Ishøj Landevej og Tranegilde, og at ejeren nu har fået et bud fra en privat udvikler. Jeg har selv budt på grunden sidste år og fik at vide, at den ikke var til salg.

Vil kommunen gøre brug af forkøbsretten? Og hvis ikke, kan jeg så komme med et nyt bud?

Venlig hilsen
Anders Hald, murermester""")

M("p", """Kære direktør for Byudvikling og Natur

Som aftalt på mødet i sidste uge sender jeg hermed vores reviderede bud på kommunens erhvervsgrund, matr.nr. 7bx, på Industrivej. Vi byder 1.150 kr. pr. m² og ønsker at overtage grunden 1. juni under forudsætning af, at jordbundsundersøgelsen ikke viser forurening.

Vi ser frem til at høre, om kommunen kan acceptere betingelserne.

Med venlig hilsen
Jesper Holm
Direktør, Holm Ventilation ApS""")

M("p", """Hej Lars

Vi var lige ved at have solgt vores hus på Ishøj Søvej, men køberen sprang fra i sidste uge, fordi radonmålingen i kælderen lå over grænseværdien. Kan kommunen hjælpe med en ny måling? Vi mener, målingen var forkert.

Hilsen
Bettina""")

M("p", """Hej

Jeg er ved at sælge mit kolonihavehus i Haveforeningen Vejlebro, og køberen vil have bekræftet, at huset er lovligt opført. Foreningen siger, at det er kommunen, der skal udstede en attest. Kan I hjælpe? Køberen vil gerne underskrive i næste uge.

Mvh Ruth Frandsen""")

M("p", """Hej

Vi har underskrevet en købsaftale på en lejlighed på Ishøj Strandvej med bankforbehold, og banken vil have en tilstandsvurdering af ejendommens tag. Har kommunen nogen oplysninger om, hvornår taget sidst blev udskiftet?

Venlig hilsen
Daniel Søndergaard""")

M("hep", """Kære Borgerservice

Jeg er nødt til at sælge vores hus på Vejledalen, efter at min mand fik en hjerneblødning i foråret. Han er lam i venstre side og kan ikke komme op ad trapperne. Vi har en køber, men handlen er ikke på plads endnu, og i mellemtiden bor han på et midlertidigt plejeophold.

Jeg vil gerne vide, om vi kan komme på venteliste til en stueetagebolig i kommunen, inden huset er solgt.

Med venlig hilsen
Lis Bjerre""")

M("ep", """Hej

Min kone og jeg er ved at blive skilt, og vi skal sælge huset på Vibeholms Allé. Hun vil blive boende, indtil det er solgt. Vi har fået et bud på 3,1 mio., men det dækker ikke engang lånet. Kan kommunen hjælpe med en ny vurdering af ejendommen? Den offentlige vurdering er alt for høj.

Mvh Rune""")

M("p", """Til Byg og Miljø

Jeg er bobestyrer i boet efter min mor, der døde i juli. Boet skal sælge hendes hus på Baldersbækvej 7, og mægleren har fundet en køber, men køberen vil ikke skrive under, før vi kan dokumentere, at udestuen er lovliggjort. Kan I finde byggetilladelsen fra 1987?

Med venlig hilsen
Susanne Kamp""")

M("p", """Hej

Huset overfor os, nr. 18, har været til salg i over et år og står nu tomt. Haven gror til, og der har været indbrud to gange. Ved kommunen, om det er ved at være solgt? Vi er bange for, at det ender som et udlejningsprojekt.

Mvh familien på Vejlebrovej 15""")

M("p", """Hej Søren

Vi har budt 3.250.000 kr. på en villa på Thorsbrovej, og sælgeren har givet et modbud på 3.400.000. Inden vi går videre, vil vi gerne vide, om det er rigtigt, at kommunen planlægger en daginstitution på grunden bag huset. Det betyder meget for, hvad vi vil betale.

Mvh Peter og Ane""")

M("p", """Emne: SV: Køb af parcel 14, Vejleå Enge

Tak for orienteringen. Vi har stadig ikke hørt fra vores bank, men vi regner med at kunne stille garantien inden den 20.

Mvh
Kristian Møller

> Kære Kristian Møller
>
> Kommunen har endnu ikke underskrevet købsaftalen om parcel 14, da byrådet først behandler salget på mødet den 24. marts. Købesummen på 1.875.000 kr. forudsætter, at der stilles bankgaranti senest 14 dage før.
>
> Med venlig hilsen
> Center for Byudvikling og Natur""")

M("p", """Til Byg og Miljø

Jeg er ejendomsmægler hos Danbolig Ishøj og skriver på vegne af sælgeren af Vejledalen 70, Kirsten Aabo. Vi har en køber, der ønsker at tage forbehold for, om den overdækkede terrasse er godkendt. Kan I oplyse, om der foreligger en byggetilladelse?

Venlig hilsen
Michael Dalgaard, statsaut. ejendomsmægler""")

M("pe", """Kære Center for Voksne og Velfærd

Mine forældre, Arne og Grethe Lund, er visiteret til en plejebolig sammen fra 1. april. De skal sælge deres hus på Torslunde Byvej, men har endnu ikke fundet en køber. De kan ikke betale både husleje i plejeboligen og ydelser på huset i længere tid.

Kan der gives henstand med huslejen, indtil huset er solgt?

Med venlig hilsen
Peter Lund""")

M("p", """Til Center for Byudvikling og Natur

Vi er i forhandling med en privat sælger om køb af ejendommen Industrivej 12, hvor vi vil flytte vores autoværksted hen. Købesummen er ikke aftalt endnu. Inden vi giver et endeligt bud, vil vi gerne vide, om ejendommens anvendelse må ændres fra lager til værksted.

Mvh
Kenneth Due, Due Auto ApS""")

M("p", """Hej

Jeg har spurgt kommunen, om jeg kan købe den smalle strimmel jord mellem min have og stien på Pilemøllevej. Jeg fik et tilbud på 45.000 kr., men jeg synes, det er for meget for 60 m². Kan man forhandle om prisen?

Venlig hilsen
Hans Christian Falk""")

M("p", """Emne: VS: Bud på Ishøj Strandvej 88, 1. tv.

Hej Tina

Kan du som byrådsmedlem sige, om det passer, at der skal bygges et højhus lige ud for vores altan? Se nedenfor – vi har fået et bud, og køberne er nervøse.

Hilsen Lars Viborg

> Fra: Nybolig Ishøj
> Kære Lars og Hanne
> Vi har modtaget et bud på 2.850.000 kr. fra et par, der var til fremvisning i søndags. De ønsker svar senest onsdag kl. 12 og har taget forbehold for advokatgennemgang.
> Venlig hilsen, Nybolig""")

M("p", """Hej

Vi har overtaget en andel i A/B Strandparken, men bestyrelsen har endnu ikke godkendt overdragelsen, og sælgeren har ikke fået sine penge. I mellemtiden vil vi gerne søge om parkeringstilladelse. Kan vi gøre det allerede nu?

Mvh Asger""")

M("", """Hej

Vi købte vores hus på Torslundevej i 2015, og nu vil vi gerne bygge en tilbygning på 25 m². Skal vi søge om byggetilladelse, eller er det nok at anmelde det?

Venlig hilsen
Morten og Trine Gammelgaard""")

M("", """Kære Byg og Miljø

Handlen på vores hus på Baldersbuen 3 gik igennem i juni, og vi er faldet godt til. Nu har vi opdaget, at naboens hæk står cirka en halv meter inde på vores grund. Hvad gør man?

Mvh Jacob Nissen""")

M("", """Hej

Hvornår sælger kommunen de næste byggegrunde i Vejleå Enge, og hvordan kommer man på interesselisten? Er der en pris pr. grund allerede nu?

Mvh
Simon Bech""")

M("", """Hej

De nye ejere af nr. 22 er flyttet ind, og de har parkeret en trailer på fortovet i tre uger. Må de det?

Mvh
Inge""")

M("", """Kære Teknik- og Miljøudvalg

Jeg har læst forslaget til ny lokalplan for Ishøj Bycenter og vil gerne give mit høringssvar. Jeg synes, bygningerne bliver for høje, og at der er for få grønne områder. Jeg håber, udvalget vil lytte til borgerne.

Venlig hilsen
Bodil Dahl""")

M("u", """Hej Torben

Jeg er tillidsrepræsentant for 3F på byggepladsen ved den nye skole på Strandgårdsvej, som kommunen er bygherre på. Vi har opdaget, at en underentreprenør har østeuropæiske folk gående uden overenskomst til 90 kr. i timen. Vi har sagt det til hovedentreprenøren, men der sker ingenting.

Kan du tage det op i udvalget? Kommunen har jo en arbejdsklausul i udbuddet.

Med venlig hilsen
Brian Thorsen""")

M("u", """Kære Børne- og Kulturudvalg

Jeg skriver som fællestillidsrepræsentant for BUPL i Ishøjs daginstitutioner. Vi har i løbet af efteråret oplevet, at vikarbudgettet er brugt op, og at mange stuer er dækket af én voksen om eftermiddagen.

Vi vil gerne indbydes til et møde med udvalget, inden budgettet for næste år lægges.

Med venlig hilsen
Mette Bruun
FTR, BUPL Ishøj""")

M("u", """Hej Hanne

Jeg er lærer på Vibeholmskolen, og jeg har netop været til møde i min fagforening, Danmarks Lærerforening, om inklusionsopgaven. Vi er mange, der synes, at kommunens nye model for specialundervisning lægger for meget over på den enkelte lærer.

Må jeg invitere dig til at komme og høre, hvad vi oplever?

Mvh
Jonas Bergmann""")

M("eu", """Hej

Jeg er medlem af Krifa og deres a-kasse, og jeg er blevet ledig efter 8 år som chauffør. Krifa siger, at jeg skal have en samtale i jobcentret inden for den første måned, men jeg har ikke fået nogen indkaldelse. Hvad gør jeg?

Venlig hilsen
Rasmus Lyng""")

M("u", """Til Direktøren for Borger, Økonomi og IT

Jeg er medlem af Djøf og har søgt stillingen som økonomikonsulent i jeres afdeling. Jobopslaget nævner, at lønnen fastsættes efter forhandling med organisationen. Kan I sige, om I forhandler med Djøf direkte, og hvornår?

Venlig hilsen
Caroline Westh""")

M("eu", """Hej

Jeg er smed og medlem af Dansk Metal. Jeg blev fyret fra Ishøj Stålindustri i sidste måned, da virksomheden flyttede produktionen til Polen, og jeg får nu dagpenge fra Metals a-kasse. Vi var 40, der blev fyret, og vi vil gerne høre, om kommunen har en plan for, hvordan vi kommer videre.

Mvh
Steen Kofoed""")

M("hu", """Kære Center for Voksne og Velfærd

Som rengøringsassistent på rådhuset og medlem af Serviceforbundet vil jeg gerne gøre opmærksom på, at de nye rengøringsmidler giver os udslæt på hænderne. Vi har bedt om at få handsker af en anden type, men der sker ikke noget.

Venlig hilsen
Zainab Ahmadi""")

M("u", """Hej

Jeg er VVS'er og organiseret i Blik og Rør. Vi har lavet et tilbud på kommunens udskiftning af varmtvandsbeholdere i børnehaverne, men vi har hørt, at kontrakten gives til et firma uden overenskomst. Stemmer det?

Mvh Ebbe Larsen, Larsen VVS""")

M("u", """Hej

Jeg er elektriker og medlem af Dansk El forbund og sidder i afdelingsbestyrelsen i København. Vi vil gerne i dialog med kommunen om lærlingepladser i de kommunale byggeprojekter. Hvem skal jeg kontakte?

Mvh
Jimmi Lund""")

M("u", """Til Social- og Sundhedsudvalget

Jeg er tillidsrepræsentant for Socialpædagogerne på bostedet Stranden og skriver på vegne af personalegruppen. Vi har i årevis kørt med for få kolleger om natten, og i sidste måned blev en kollega slået af en beboer. Vi beder om et møde om sikkerheden.

Med venlig hilsen
Lasse Brink, TR""")

M("u", """Hej

Jeg er fængselsbetjent i Vestre og medlem af Fængselsforbundet. Jeg bor i Ishøj og vil gerne klage over, at bussen om natten er nedlagt. Vi har skiftende vagter og kan ikke komme hjem efter aftenvagt.

Mvh Kim Rasmussen""")

M("u", """Hej Morten

Jeg er betjent i Københavns Vestegns Politi, medlem af Politiforbundet og sidder i den lokale kreds' bestyrelse. Vi vil gerne invitere byrådet til et dialogmøde om tryghed i Vejleåparken.

Venlig hilsen
Claus Poulsen""")

M("u", """Hej

Jeg er ingeniør og medlem af IDA. Jeg har lagt mærke til, at kommunens nye cykelbro over Ishøj Strandvej har en hældning, der ikke lever op til vejreglerne. Jeg vil gerne give mine beregninger videre til den relevante afdeling.

Venlig hilsen
Søren Kastrup""")

M("u", """Kære Direktion

Jeg er afdelingsleder i Ishøj Bycenter og medlem af Lederne. Vi vil gerne indgå et samarbejde med jobcentret om praktikpladser for unge ledige. Hvem kan vi kontakte?

Med venlig hilsen
Annie Frost""")

M("u", """Hej

Jeg er ansat i Borgerservice og medlem af HK Kommunal. Jeg skriver privat. Jeg vil gerne høre, om kommunen overvejer at genindføre fleksibel arbejdstid for de administrative medarbejdere, som blev afskaffet under corona.

Mvh
Dorthe Hammer""")

M("u", """Hej Lene

Jeg har været FOA-medlem i 30 år og var tidligere tillidsrepræsentant i hjemmeplejen. Jeg vil bare sige, at de unge medarbejdere jeg møder, fortæller, at de løber stærkere end nogensinde. Det må byrådet tage alvorligt.

Mvh Inger Lise""")

M("u", """Hej

Jeg meldte mig ud af 3F sidste år, fordi jeg ikke syntes, de gjorde nok for os i rengøringsbranchen. Nu har min arbejdsgiver, som er kommunens leverandør, sagt, at jeg ikke er dækket af overenskomsten. Kan kommunen gøre noget?

Mvh Marianne""")

M("", """Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Hallen i oktober? Jeg vil gerne vide, om der er nogen fra byggefagene.

Mvh
Emil (elev på EUD)""")

M("", """Kære byrådsmedlemmer

Jeg synes, at kommunen kun skal bruge firmaer, der har overenskomst, når der bygges med skattekroner. Det er et spørgsmål om ordentlighed.

Venlig hilsen
Carsten Bjerg""")

M("", """Hej

Jeg er ikke medlem af nogen a-kasse, men overvejer det, når jeg bliver færdig med min uddannelse til sommer. Hvornår holder Jobcentrets åbne rådgivning for unge åbent?

Mvh Frederik""")

M("", """Hej

Jeg er pædagog i Regnbuen og vil gerne foreslå, at legepladsen får et nyt klatrestativ. Det gamle er rådnet, og vi har lukket det af. Hvem skal jeg kontakte?

Mvh Sanne""")
