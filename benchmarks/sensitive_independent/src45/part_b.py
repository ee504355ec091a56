"""corpus45 part B: property trades not yet concluded, and union membership; moving house, allotments, new jobs."""
from common import M

M("p", """Hej Byudvikling

Vi har sat vores rækkehus på Høje Ishøj Stræde 9 til salg, og der er en køber der har budt 2,6 mio. med forbehold for tilstandsrapport. Han spørger om der er planer om en ny vej bag haven. Kan I svare hurtigt? Handlen kan falde hvis vi ikke har svar inden fredag.

Mvh Peter og Lise Moos""")

M("", """Hej, vi har lige købt hus på Kildebjerg Ager (overtagelse var 1. april, alt er på plads). Hvornår tømmes haveaffaldscontainerne i vores område? Mvh de nye i nr. 4""")

M("u", """hej, jeg er medlem af 3F og starter nyt job på havnen i juli. skal jeg selv sende noget til jer om min flytning hertil, eller gør fagforeningen det? /Brian""")

M("", """Hej. Hvilke fagforeninger deltager i jobmessen på Ishøj Rådhus den 10. juni? Jeg vil gerne høre om lønnen for havnearbejdere. mvh""")

M("p", """Til Teknik- og Miljøudvalget

Jeg er advokat for dødsboet efter Kaj Linde. Ejendommen Tranegildevej 88 skal sælges, og vi har et betinget tilbud fra en køber, som forudsætter at kommunen godkender en udstykning af grunden. Vi beder om en forhåndsvurdering.

Venlig hilsen
Advokat Simon Tarp, j.nr. 33190-SIT""")

M("u", """Kære Jesper

Jeg er FOA-tillidsrepræsentant på Ishøj Plejecenter og vil gerne have et møde med dig om sommerferieplanlægningen for personalet. Vi kommer til at mangle 6 hjælpere i uge 28-31.

Mvh Hanne Lykke""")

M("", """Kære Jesper. Som faglig konsulent i FOA Sydkysten vil jeg høre, om kommunen har planer om at nedlægge stillinger i hjemmeplejen efter sommer. Vi får mange spørgsmål. Venlig hilsen Niels Vang, FOA""")

M("p", """hej jeg har et kolonihavehus i Ishøj Haveforening (have 112) som jeg vil sælge nu fordi jeg flytter til min datter. der er en interesseret køber men foreningen siger at kommunen skal godkende prisen?? er det rigtigt? /Lilly""")

M("", """Hvordan kommer man på venteliste til en kolonihave i Ishøj? Vi er en familie på fire der drømmer om at dyrke kartofler. Tak, familien Overgaard""")

M("pe", """Kære Borgerrådgiver

Jeg skriver som bisidder for Ulla og Morten Gram. De er gået fra hinanden og deres hus på Strandgårds Allé 41 skal på tvangsauktion 26. juni, fordi Morten ikke har betalt sin del af lånet siden januar. Ulla har søgt om hjælp til indskud i en lejebolig. Kan kommunen fremskynde sagen?

Med venlig hilsen Lise Bang""")

M("ue", """Til jobcentret: Jeg har mistet mit job som elektriker og er medlem af Dansk El-Forbund og deres a-kasse. Skal jeg også tilmelde mig hos jer? Mvh Kenneth""")

M("e", """Til jobcentret: Jeg er ikke medlem af nogen a-kasse og har lige mistet mit job. Hvad gør jeg? Mvh Dennis""")

M("", """Til jobcentret: Hvad er forskellen på en tværfaglig a-kasse som ASE og en fagforenings a-kasse? Jeg skal holde oplæg for 10. klasse. Mvh lærer Dennis Holm""")

M("p", """Hej Anne-Marie. Vores naboer i nr. 12 har sat deres hus til salg, og nu har en køber spurgt os om vi vil sælge en stribe af vores grund til dem, så de kan få en indkørsel. Skal kommunen involveres? Vi har ikke sagt ja endnu. Mvh Bo, Vejlebrovej 10""")

M("", """Hej Anne-Marie. Hvornår sælger kommunen de nye grunde i Ishøj Landsby Syd, og hvad koster de pr. m²? Mvh Bo""")

M("u", """Kære Ishøj Kommune

Jeg er pædagog i en af jeres børnehaver og medlem af BUPL. Jeg vil gerne klage over at jeg ikke har fået min sommerferie bevilget, selvom jeg søgte i januar. Min TR siger, jeg skal skrive til jer direkte.

Venlig hilsen Mai""")

M("ue", """Hej. Jeg er medlem af HK, og min fagforening har sagt at jeg skal have jer til at rette min dagpengesag, fordi jobcentret har registreret mig som uden for rådighed mens jeg var til min brors bryllup i Tyrkiet. Det var aftalt med min a-kasse. Mvh Derya""")

M("", """Hej, bare et spørgsmål: Hvor mange af kommunens ansatte er organiseret i en fagforening? Jeg læser statskundskab. Mvh Kasper""")

M("p", """Til Kommunen

Vi har skrevet under på købet af andelslejligheden i Vildtbanegård, men med forbehold for at bestyrelsen godkender os som ny andelshaver. Vi vil gerne vide om kommunen har forkøbsret, før vi opsiger vores nuværende lejlighed.

Mvh Ida og Jakob Friis""")

M("", """Har Ishøj Kommune forkøbsret på andelsboliger i almene bebyggelser? Det er et generelt spørgsmål fra en ejendomsmægler. Mvh Danbolig Ishøj""")

M("ue", """Kære Jytte fra Socialudvalget,

Jeg har været medlem af Dansk Metal i 31 år, og nu er jeg gået på efterløn. Jeg vil gerne høre om jeg kan hjælpe som frivillig i Strandparkens sommerlejr.

Hilsen Ove Nygaard""")

M("p", """hej, min kæreste og jeg har fået accepteret vores bud på en lejlighed på Ishøj Strandvej, men banken vil have en vurdering af om der bygges foran udsigten. Kan kommunen sige noget om lokalplanen? Handlen er ikke underskrevet endnu. mvh Amalie""")

M("", """Hej, hvor finder jeg lokalplanen for området ved Ishøj Strandvej? Jeg læser til landinspektør. mvh""")

M("u", """Kære byrådsmedlem

Vi er fire kollegaer fra forskellige forbund på Ishøj Havn (Metal, 3F og Serviceforbundet) og vi vil gerne invitere dig til sommerfest for havnearbejderne den 21. juni.

Mvh Søren, Kim, Ali og Gert""")

M("", """Kære byrådsmedlem. Hvem har ansvaret for at tømme skraldespandene ved lystbådehavnen i juli? Det flyder med pizzabakker. mvh Ishøj Havns Bådelaug""")

M("pe", """Hej Rikke

Min svigermor har fået plejebolig og hendes hus på Bredekærs Vænge skal sælges. Der er en køber der vil give 200.000 under udbudsprisen, og vi er i tvivl om vi skal tage imod. Kommunen har sendt en regning for plejeboligen, som skal betales af salgsprovenuet. Kan betalingen udskydes til handlen er på plads?

Mvh Mette Kaspersen""")

M("u", """Til Center for Borger, Økonomi og IT

Jeg er tillidsmand for 3F'erne på genbrugspladsen og vil gerne have svar på hvorfor der ikke er opsat skygge på pladsen, når det er 28 grader. Det er et arbejdsmiljøproblem.

Mvh Jørn Hedegaard, TR""")

M("", """Til Center for Borger, Økonomi og IT. Hvorfor har genbrugspladsen på Industrivej ikke længere åbningstider til kl. 19 om sommeren? Vi kan ikke nå det efter arbejde. mvh""")

M("p", """Kære Byudvikling

Vi har et købstilbud på vores erhvervsgrund på Industrivej 30 fra et logistikfirma. Tilbuddet er betinget af at der må bygges 14 m højt. Hvad siger lokalplanen? Køber venter på svar til 1. juli.

Venlig hilsen Mogens Brandt, Brandt Maskinservice ApS""")

M("u", """Hej Kasper

Min datter er lige blevet færdig som sygeplejerske og har meldt sig ind i DSR. Hun søger job på jeres plejecentre – er der ledige sommerstillinger?

Mvh Connie Haugaard""")

M("", """Hej Kasper. Hvor mange sygeplejersker mangler kommunen i sommerferien? DSR har skrevet om det i avisen. mvh en bekymret borger""")

M("p", """Kære Ishøj Kommune. Vores hus er til salg, og mægleren siger at der mangler en ibrugtagningstilladelse for udestuen. Køberen har trukket sig én gang pga. det. Kan vi få den hurtigt? Sagsnr. 01.03.03-P19-2201-24. Mvh Birgit og Erik Lorenzen""")

M("", """Kære Ishøj Kommune. Hvor lang er sagsbehandlingstiden på byggetilladelser til udestuer? Jeg overvejer at bygge en til næste år. Mvh Erik""")

M("u", """Jeg er medlem af Lærernes a-kasse og DLF, og jeg har lige fået job på Strandgårdskolen fra august. Kan jeg få en plads i SFO til min datter fra samme dato? Venlig hilsen Kamilla Berg""")

M("", """hej, hvornår er der sommerferie for lærerne på Strandgårdskolen i år og hvornår starter skolen igen? mvh mor til 3.a""")

M("pu", """Hej

Jeg er 3F-medlem og arbejder på Ishøj Havn, og jeg har fået tilbudt at købe min kollegas båd plus hans bådplads. Handlen er aftalt mundtligt men ikke skrevet under. Skal pladsen godkendes hos kommunen før vi kan skrive under?

Hilsen Tommy""")

M("", """Hej. Hvordan søger man bådplads i Ishøj Havn, og hvor lang er ventelisten? Vi har lige købt en lille jolle. Tak""")

M("p", """Til borgmesteren

Jeg er ejendomsmægler for familien Nørgaard, som sælger deres parcelhus på Torslundevej. Køberen har trukket sig efter at have hørt om kommunens planer for en ny cykelsti gennem haven. Er det rigtigt? Mine klienter er meget bekymrede.

Mvh Lotte Agger, EDC""")

M("u", """hej, min mand er i Djøf og jeg er i IDA og vi skal begge starte nyt arbejde efter sommer, men vi har ingen vuggestueplads endnu til vores lille. hvad gør vi? /Louise""")

M("", """hej, hvordan skriver man sit barn op til vuggestue? vi flytter til Ishøj i oktober. /Louise""")

M("p", """Kære Kommune

Vi er ved at købe et ældre hus på Ishøj Landevej, og køber-rådgiveren har fundet olietank i haven. Vi har ikke skrevet under endnu. Ved kommunen om tanken er sløjfet?

Venlig hilsen Nikolaj Brun""")

M("", """Hvem skal man kontakte hvis man vil vide om en olietank er sløjfet? Mvh en ejendomsmægler fra Greve""")

M("ue", """Kære Borgerrådgiver

Jeg er tidligere medlem af Krifa og meldte mig ud i april, da jeg blev opsagt fra Ishøj Bowling. Jobcentret siger nu at jeg ikke har ret til dagpenge og skal søge kontanthjælp. Ingen har forklaret mig hvorfor.

Mvh Simon Kjærgaard""")

M("", """Hej. Hvad gør man, hvis man er uenig i en afgørelse fra jobcentret om dagpenge? Jeg er journalist på Ishøj Avis og skriver en baggrundsartikel.""")

M("p", """Hej Jan

Vi har fået et bud på vores sommerhusgrund ved Ishøj Strand, men køber vil først skrive under, hvis kommunen kan bekræfte at der må opføres et anneks. Vi skal give svar inden weekenden.

Mvh Helle og Steen Riis""")

M("u", """Kære Vej & Park. Jeg er TR for buschaufførerne og medlem af 3F. Busstoppestedet ved Ishøj Strand har ingen toiletter, og chaufførerne har 40 min pause der. Kan det løses inden strandsæsonen? Mvh Reza""")

M("p", """Vores kolonihave i Vejleåparkens haveforening er solgt med forbehold — køberen skal først godkendes af foreningen og kommunen. Det har nu taget seks uger. Hvad er status? Have nr. 18. Mvh Palle Strand""")

M("", """Vores haveforening holder sommerfest 28. juni og vil gerne låne borde og bænke fra kommunen. Hvordan gør vi? Mvh bestyrelsen, Vejleåparkens Haveforening""")

M("ue", """Til Center for Beskæftigelse

Jeg er medlem af Det Faglige Hus og har fået tilbudt virksomhedspraktik via jobcentret på et lager i Greve. Jeg har meget lang transporttid og vil gerne høre om jeg kan få dækket befordring.

Venlig hilsen Anja Sørensen""")

M("", """Kære Kommune, vi sælger vores hus og har fået et par spørgsmål fra køberens rådgiver om kloakken. Men handlen er faktisk helt på plads og overtagelsen var i går – vi vil bare gerne have det afklaret for hans skyld. Mvh Kim""")
