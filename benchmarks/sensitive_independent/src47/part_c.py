"""Part C: small business owners, landlords, sellers and buyers of property, farms."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi har givet et bud på storparcel 4B i Ishøj Nord (erhvervsgrund, ca. 2.800 m²) til 1,9 mio. kr. Budet er betinget af at vi kan få lov til at bygge et lager på 8 meter. Vores CVR er 38271604. Hvornår får vi svar på om kommunen accepterer budet?

Med venlig hilsen
Kenneth Dalgaard
Dalgaard VVS ApS
""")

M("p", """
Hej

Jeg ejer en lille udlejningsejendom med fire lejligheder på Ishøj Stationsvej. Jeg har en køber på hånden, men han vil først skrive under når kommunen har svaret på om tagboligen er lovlig. Kan sagen fremskyndes? Køberen har sagt at han trækker sig 1. maj.

Mvh Flemming Strand
""")

M("pe", """
Kære Borgmester

Min landbrugsejendom ved Tranegilde skal på tvangsauktion i august, hvis jeg ikke finder en køber før. Banken har opsagt mit lån efter to dårlige høstår. Jeg har en interesseret nabo, men han venter på om kommunen vil købe jorden mod vest til regnvandsbassin. Kan I give et svar?

Med venlig hilsen
Jørgen Lindegaard, landmand
""")

M("tp", """
Hej,

Jeg er iraner og har en lille grøntforretning i Ishøj Bycenter. Jeg vil gerne købe den lille butik ved siden af, som ejeren vil sælge. Vi er blevet enige om prisen, men udlejer siger kommunen skal godkende ændret brug (kiosk til grønt). Hvordan søger jeg?

Tak
Reza Karimi
Karimi Frugt & Grønt, CVR 41882309
""")

M("e", """
Hej

Min restaurant i Ishøj Centret har haft et meget dårligt år og jeg skylder nu kommunen 46.000 kr. i ejendomsskat og affaldsgebyr. Jeg kan ikke betale alt på én gang, og jeg har selv ingen løn fået siden oktober. Kan vi lave en afdragsordning?

Med venlig hilsen
Dimitrios Papadakis
""")

M("p", """
Hej

Vi har sat vores andelsbolig i Andelsboligforeningen Strandparken til salg. Der er en køber der tilbyder 10.000 under, og bestyrelsen skal godkende. Spørgsmål: skal vi have en ny vurdering fra kommunen, eller er det kun foreningen?

Hilsen Camilla og Rasmus Wulff
""")

M("b", """
Kære udvalgsformand

Jeg driver en lille halal-slagterbutik og er selv troende muslim. Jeg vil gerne holde åbent til kl. 22 under ramadanen, så folk kan handle efter iftar. Er der regler i kommunen for åbningstider?

Med venlig hilsen
Mohammed Rahimi
""")

M("ep", """
Til Borgerrådgiveren

Jeg er udlejer af et værelse i mit hus på Strandhaven Allé. Min lejer skylder 3 måneders husleje, og hun har fortalt mig at hun er på kontanthjælp og at kommunen har stoppet hendes hjælp. Samtidig er jeg ved at sælge huset og køberen vil ikke overtage lejeren. Hvad gør jeg?

Mvh
Birthe Rask
""")

M("p", """
Hej Byudvikling

Jeg har fået et tilbud på 2,4 mio. fra en investor på min grund på Industrivej 12. Men han vil kun købe hvis lokalplanen ændres så der må bygges boliger. Står det på dagsordenen i Plan- og Miljøudvalget snart?

Mvh
Henning Boye, Boye Autolakering
""")

M("h", """
Hej

Jeg har en frisørsalon på Ishøj Torv og har fået konstateret eksem på hænderne af alle de kemikalier. Lægen siger jeg skal stoppe. Kan kommunen hjælpe en selvstændig med omskoling, eller er det kun for lønmodtagere?

Venlig hilsen
Sanne Frederiksen
""")

M("pt", """
Hej

Vi er en tamilsk familie fra Sri Lanka og har drevet kiosk i Ishøj i 25 år. Nu vil vi sælge butikken til min fætter, men handlen er ikke færdig fordi kommunen skal overføre spillelicens og alkoholbevilling. Hvor lang tid tager det?

Med venlig hilsen
Sivakumar Rajan
""")

M("e", """
Hej kommune

Jeg er udlejer, og min lejer i Vejleåparken nr. 8 har bedt mig om at skrive en erklæring til jer om at hun bor alene, så hun kan få boligstøtte. Er det noget jeg må, og skal I have lejekontrakten?

Med venlig hilsen
Jens Vinther
""")

M("pu", """
Hej

Jeg er selvstændig murer og har været medlem af 3F hele mit liv, nu også af Krifa's selvstændig-afdeling. Jeg er i gang med at købe en byggegrund af kommunen på Pilemøllevej. Købsaftalen er sendt, men jeg har ikke fået underskrevet kopi retur. Er der et problem?

Mvh
Allan Krogh
""")

M("eh", """
Hej

Jeg har en lille rengøringsvirksomhed med 3 ansatte. En af dem, Gloria, har været sygemeldt med rygsmerter i 6 uger. Skal jeg søge sygedagpengerefusion hos kommunen, og hvad skal jeg bruge af oplysninger? Hendes cpr er [[080391 2166]].

Med venlig hilsen
Marianne Lund
CVR 35660142
""")

M("p", """
hej jeg vil høre om kommunen har forkøbsret til min mors gamle hus på Ishøj Landevej, vi har en køber der har skrevet under med forbehold for advokatgodkendelse. advokaten spurgte om det. mvh Nikolaj
""")

M("pb", """
Til Byrådet

Vores menighed, Ishøj Evangeliske Frikirke, har bud inde på den gamle børnehave på Bækkeskovvej. Jeg er præst i kirken og vi er ca. 80 medlemmer. Vi har hørt at der også er en anden køber. Hvornår træffer byrådet beslutning?

Venlig hilsen
Pastor Daniel Okafor
""")

M("ep", """
Hej

Jeg ejer en landejendom med hestepension. Efter min skilsmisse skal gården sælges, og min eks-mand og jeg er ikke enige om prisen. Kommunen har sendt en påbud om mødding, som skal være løst før salg. Kan fristen forlænges?

Mvh
Pernille Schou
""")

M("t", """
Goddag

Jeg er pakistaner og ejer af Ishøj Auto. Flere gange har kommunens miljøtilsyn sagt noget om "jeres folk" når de kom på besøg. Jeg vil gerne klage over den tone.

Med venlig hilsen
Imran Qureshi
""")

M("p", """
Hej

Jeg skal sælge min ejerlejlighed på Ishøj Strandvej, og køberen har betinget sig at altanen er lovliggjort. Mægleren siger jeg skal have byggetilladelse efter. Kan I behandle det før 1. juni, hvor købsaftalen ellers bortfalder?

Med venlig hilsen
Susanne Kehlet
""")

M("es", """
Kære borgmester

Min mand Ahmad og jeg (Thomas) har en lille café i Vejleå. Vi har fået en stor regning for affald fordi vi var registreret forkert. Vi har ikke råd — vi har ikke taget løn i fire måneder. Kan vi få en afdragsordning?

Mvh Thomas Bjerre
""")

M("pu", """
Hej

Jeg er medlem af Dansk Metal og arbejder som svejser. Jeg og min kone vil købe en af kommunens grunde i Ishøj Landsby. Vi har fået tilsagn fra banken, men kommunen har ikke svaret på vores bud fra marts.

Hilsen
Claus Bendtsen
""")

M("p", """
Til kommunen

Vi er et landbrug på 60 ha og vil sælge 4 ha til en nabo som vil lave solceller. Vi har en betinget aftale, men den kræver landzonetilladelse. Vi har søgt. Hvornår kommer afgørelsen?

Med venlig hilsen
Hanne og Poul Vestergaard, Vestergaard I/S, P-nummer 1012345678
""")

M("e", """
Hej, jeg er selvstændig og mistede min butik under coronaen. Nu har jeg ingen indtægt og skal søge kontanthjælp, men jeg har stadig et ApS der ikke er lukket. Må jeg det? Mvh Kasper Nyborg, [[250776-3412]]
""")

M("p", """
Hej. Vores nabo på Torslunde Gade 9 har sat sit hus til salg, og vi vil gerne byde, fordi det giver os mulighed for at lave et generationsskifte på gården. Er der nogen kommunale planer for området vi skal vide før vi byder?

Med venlig hilsen
Familien Kjeldsen
""")

M("b", """
Hej

Jeg er veganer af etiske grunde og ejer en lille plantebaseret catering. Jeg vil gerne byde på at levere mad til kommunens møder, men udbuddet kræver kød. Det kan jeg ikke leve op til af overbevisning. Kan I dele udbuddet?

Mvh
Ida Grønbech
""")

M("u", """
Hej

Jeg er medlem af HK og arbejder i en af butikkerne i centret. Vi vil gerne have at kommunen kigger på parkeringsforholdene for personalet. Min TR har også skrevet. Hilsen Jeanette
""")

M("ps", """
Hej

Min kæreste Mikkel og jeg (Jonas) har fundet et rækkehus på Vejlebrovej, som vi har budt på. Vi er ved at aftale prisen og skal bruge en erklæring om at der ikke er restancer på ejendommen hos kommunen. Hvordan får vi den?

Mvh Jonas
""")

M("", """
Hej

Vi er en lille bageri-kæde (CVR 29817763) og vil gerne åbne en filial i Ishøj Bycenter. Hvilke tilladelser skal vi søge hos kommunen, og hvor lang tid tager det?

Med venlig hilsen
Søndergaard Bageri
""")

M("", """
Til Erhvervsservice

Hvornår kommer de nye erhvervsgrunde i Ishøj Nord til salg, og hvad er m²-prisen ca.? Vi er en mindre transportvirksomhed der overvejer at flytte. Mvh
""")

M("", """
Hej, jeg har faktura nr. 1109841223 fra jer for et containergebyr. Er den betalt? Jeg kan ikke se den i netbanken. Mvh Dansk Byggeaffald ApS
""")

M("", """
Kære kommune

Jeg ejer et par lejligheder og vil gerne vide hvordan man indberetter lejeindtægt af hensyn til ejendomsskatten. Er der en vejledning? Jeg taler ikke om nogen bestemt lejer.

Mvh Peter Juul
""")

M("", """
Hej. Er det rigtigt at kommunen har solgt den gamle brandstation? Jeg læste det i Ishøj Avis. Hvem købte? Hilsen en nysgerrig nabo
""")

M("", """
Goddag, jeg har en pizzeria og vil gerne have udeservering i sommer. Hvor søger man og koster det noget? Med venlig hilsen Luigi
""")

M("", """
Hej

Vores kundenummer hos jer er 2901751348 og P-nummer 1019283746. Vi har fået to fakturaer for samme erhvervsaffald i april. Kan I kreditere den ene (fakturanr. 88120455)?

Med venlig hilsen
Bogholderiet, Ishøj Maskinudlejning
""")

M("", """
Hej Byudvikling. Hvornår kan man se forslaget til ny lokalplan for Ishøj Landsby? Jeg har landbrug i området og er interesseret i hvad det betyder for drift og udstykning generelt. Mvh Niels Holt
""")

M("", """
Kære udvalg, som erhvervsdrivende i Ishøj synes jeg at I skal sænke dækningsafgiften. Det er en af de højeste på Vestegnen og skræmmer virksomheder væk. Venlig hilsen Lars Bonde, Bonde Tømrer
""")

M("", """
Hej, kommunen har lige solgt byggegrund nr. 14 til os, skødet er tinglyst i sidste uge. Skal vi nu selv søge om vejadgang, eller følger det med? Mvh familien Nørgaard
""")

M("", """
Hej. Jeg er landmand og vil gerne vide om kommunen giver tilskud til at lave vandhuller og læhegn. Gælder det også på forpagtet jord? Mvh
""")

M("", """
Til kommunen. Vi er et udlejningsselskab med 40 lejemål i Ishøj. Hvordan tilmelder vi alle lejemål til den nye affaldsordning på én gang? CVR 40718295. Med venlig hilsen Vestegnens Bolig ApS
""")

M("", """
hej, hvad koster det at få en ejendomsvurdering lavet? vi overvejer måske at sælge om et par år men ikke nu. mvh
""")

M("", """
Hej

Jeg driver en kiosk og skal forny min alkoholbevilling. Hvad skal jeg vedlægge? Sidst skulle jeg vise straffeattest, gælder det stadig?

Mvh Ali
""")

M("", """
Hej, vi er en lille virksomhed der sælger halal-kød engros. Har kommunens institutioner brug for en leverandør? Vi kan sende katalog. Mvh salgsafdelingen
""")

M("", """
Goddag, jeg har fået en rykker med bilagsnr. 031285-7720 for renovation på min udlejningsejendom, men jeg har betalt. Kan I se på det? Venlig hilsen Erik Steen
""")

M("", """
Hej. Hvordan søger man om dispensation fra lokalplanen for at sætte et skilt op ved min butik? Skiltet er 2 m bredt. Mvh Ishøj Cykler
""")

M("", """
Hej, jeg er ejendomsmægler og har flere kunder der spørger om støjen fra motorvejen i Vejleå. Har kommunen målinger som vi må dele med købere generelt? Mvh Ishøj Bolighandel
""")

M("", """
Til kommunen. Jeg vil leje min kælder ud som værelse. Skal det godkendes af kommunen (brandsikring, loftshøjde)? Venlig hilsen Bent
""")
