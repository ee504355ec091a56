"""corpus55 part D: houses, plots, dødsboer, summer houses, bids, expropriation, valuation."""
from common import M

M("p", """Til Center for Byudvikling og Natur

Vi har sat vores hus på Ishøj Landevej til salg og har fået et bud fra et ungt par, betinget af at de kan få lov at bygge en carport i skel. Kan I hurtigt sige om det kræver dispensation? Køberne skal have svar inden fredag.

Med venlig hilsen
Jens og Lis Dalgaard""")

M("", """Hej

Vi købte vores rækkehus i Ishøj Landsby i 2019, og handlen er for længst på plads. Nu vil vi gerne bygge et udestue på 18 m². Skal vi søge byggetilladelse?

Mvh Torben""")

M("p", """Kære borgmester

Min mor er død, og jeg er eksekutor i boet. Vi har solgt hendes lejlighed i Strandparken med overtagelse 1. februar, men køber har taget forbehold for at kommunen godkender en ulovlig altaninddækning. Sagen har ligget hos jer i 6 uger. Kan du skubbe lidt på?

Venlig hilsen
Peter Kragh""")

M("", """Til Center for Byudvikling og Natur

Hvornår sætter kommunen de sidste storparceller i Vejleå Park til salg, og hvad bliver mindsteprisen pr. m²? Vi følger med på hjemmesiden men intet sker.

Mvh
Familien Holst""")

M("p", """Til Ejendomsafdelingen

Vi afgiver hermed bud på den kommunale grund matr.nr. 12ax Ishøj By, Ishøj, på 1.850.000 kr. Buddet er betinget af en tilfredsstillende jordbundsundersøgelse og af at lokalplanen tillader to etager.

Med venlig hilsen
Henrik og Stine Aabo
Tlf. 40 21 88 90""")

M("", """Hej

Jeg har klaget over den nye ejendomsvurdering på vores hus på Gadekærvej. Vurderingsstyrelsen sætter den 600.000 kr. over hvad naboens hus blev solgt for sidste år. Vi har ingen planer om at sælge, men skatten stiger jo. Kan kommunen gøre noget?

Mvh
Grethe Bang""")

M("p", """hej lone. naboen i nr 14 har sat sit hus til salg, og der har været fremvisning hver weekend. jeg er bekymret for at nogen køber det og laver det om til udlejning med 8 håndværkere. kan kommunen forhindre det? venlig hilsen Ebbe""")

M("pe", """Kære borgerrådgiver

Vi er nødt til at sælge vores hus, fordi min mand har mistet sit arbejde og vi ikke kan betale lånet. Banken har givet os til 1. april, ellers bliver det tvangsauktion. Nu har kommunen et krav på ejendomsskat med udlæg i huset, og ejendomsmægleren siger det forsinker salget. Kan vi få en afdragsordning så udlægget kan aflyses?

Med venlig hilsen
Tina og Kim Rosenkilde""")

M("p", """Til Center for Byudvikling og Natur – journalnr. 01.03.00-P19-211-25

Vedr. forkøbsret til kolonihavehus, Haveforeningen Søholm, have nr. 47

Jeg har solgt mit kolonihavehus, men salget afventer at haveforeningen og kommunen godkender prisen på 165.000 kr. Køberen er på ventelisten. Hvornår kan jeg forvente svar?

Ole Bæk""")

M("p", """Hej

Vi er tre søskende der har arvet vores fars sommerhus i Karlslunde Strand (ikke i Ishøj, men kommunen har et tinglyst krav på det pga. en gammel kloakregning). Vi har en køber der vil betale 2,4 mio., men krav skal indfries først. Hvordan gør vi?

Michael Brandt
[[230370-1487]]""")

M("", """Til Center for Byudvikling og Natur

Hvem skal jeg kontakte for at få et kort over skellet mellem vores grund og kommunens grønne område bag Vejleåparken? Vi vil plante en hæk.

Mvh Lise""")

M("p", """Kære udvalgsformand

Kommunen vil ekspropriere 340 m² af min landbrugsjord langs Ishøj Landevej til den nye cykelsti. Jeg har fået tilbudt 110 kr. pr. m², men naboen fik 160 kr. for fem år siden. Jeg ønsker at forhandle prisen, før taksationen.

Venlig hilsen
Poul Thygesen, Thygesens Gård""")

M("", """Hej

Kommunen eksproprierede en bid af vores have i 2017 til vejudvidelsen. Sagen blev afsluttet dengang og vi fik erstatning. Men nu står der stadig en gammel stolpe fra landinspektøren. Må vi fjerne den?

Kh Annie""")

M("pe", """Til borgerrådgiveren

Min bror og jeg er arvinger i vores mors dødsbo. Huset skal sælges, men min bror bor der gratis og nægter at flytte ud, så mægleren kan ikke vise det. Han er på kontanthjælp og har ingen andre steder at bo. Kan kommunen hjælpe ham med en bolig, så vi kan komme videre med salget?

Venlig hilsen
Susanne Lykke""")

M("p", """Til Ishøj Kommune

Jeg er ejendomsmægler og repræsenterer sælgerne af Vejlebrovej 112. Køberne har trukket sig, fordi de var i tvivl om kommunens planer for en støjvold. Kan I bekræfte skriftligt at der ikke er planer, så vi kan få nye købere?

Med venlig hilsen
Mette Sølvstein, EDC Ishøj""")

M("", """Hej,

Hvad er reglerne for at udleje sit sommerhus i sommerhusområdet ved Ishøj Strand? Må man udleje det hele året? Vi har haft huset i familien i 40 år.

Mvh Preben""")

M("p", """hej Erik
vi har fået et bud på vores andelslejlighed i Ishøj Søpark, men bestyrelsen vil ikke godkende prisen før kommunen har svaret på en sag om altaner. køber hopper fra hvis der ikke sker noget inden nytår. kan du hjælpe
hilsen Sanne""")

M("p", """Til Ejendomsafdelingen, Ishøj Kommune

ERHVERVSGRUND, Industrivej øst

På vegne af Nordhavn Logistik ApS (CVR 40118822) meddeler vi hermed, at vi accepterer kommunens betingede købsaftale på 4.250 m² under forudsætning af byrådets godkendelse den 18. december. Vi ønsker overtagelse 1. marts.

Med venlig hilsen
Jakob Ellegaard, direktør""")

M("", """Kære Lone Kjær

Jeg vil klage over ejendomsvurderingen på min grund. Jeg synes den er alt for høj, og jeg har boet her i 40 år. Hvem kan jeg tale med?

Med venlig hilsen
Kaj Rasmussen
Ejendomsnr. 183-0044218""")

M("pt", """Hej Annette

Vi er en tyrkisk familie og har boet i lejlighed i 15 år. Nu vil vi købe et hus på Torslundevej, og vi har givet et bud, men sælger har ikke svaret. Vi har hørt at nogen siger de ikke vil sælge til udlændinge. Er det lovligt?

Hilsen Erdem Kaya""")

M("p", """Til Center for Byudvikling og Natur

Min far, som er død, ejede et sommerhus på lejet kommunal grund ved Strandengen. Boet vil gerne sælge huset til en nabo, men kontrakten med kommunen kræver jeres godkendelse af ny lejer. Prisen er aftalt til 480.000 kr.

Venlig hilsen
Birte Winther
på vegne af dødsboet efter Erling Winther""")

M("", """Hej

Vi har overtaget vores hus i Ishøj Landsby i sommer, og der følger en gammel tinglyst deklaration med om at kommunen har vejret over grunden. Hvad betyder det? Handlen er afsluttet og alt er betalt.

Mvh Frida og Jonas""")

M("ep", """Til Borgerservice

Jeg har fået indkaldelse til tvangsauktion over min lejlighed den 3. marts pga. restance på ejerforeningsbidrag. Jeg lever af kontanthjælp, og kan ikke skaffe pengene. Kan kommunen lave et lån?

Malik
[[050577 3385]]""")

M("p", """Kære borgmester

Jeg ved godt at du ikke må blande dig, men vi har stået på venteliste til en af de kommunale byggegrunde i Strandhaven i to år, og nu har vi endelig fået tilbudt grund nr. 7. Købsaftalen er underskrevet af os, men vi har ikke hørt noget siden. Vores bank skal bruge den endelige aftale.

Hilsen
Amalie og Jonathan Friis""")

M("", """Til Ishøj Kommune, Center for Byudvikling og Natur

Hvorfor har kommunen solgt grunden bag Ishøj Bycenter til en investor uden offentlig debat? Det burde være en park. Jeg har skrevet om det i Ishøj Avis.

Mvh Jørgen Carlsen""")

M("p", """Hej

Jeg er interesseret i at købe en af de kommunale jordlodder ved Tranegilde til hestefold. Jeg har set annoncen og vil gerne byde 55.000 kr. Skal buddet sendes til jer eller til mægleren?

Venlig hilsen
Camilla Tranberg""")

M("phe", """Til Center for Byudvikling og Natur

Vi har solgt vores hus betinget af at vi kan få en ældrebolig. Jeg har haft tre blodpropper og kan ikke klare trapperne mere. Køberne venter på at vi kan flytte. Hvornår kan vi få svar på ansøgningen om ældrebolig?

Venlig hilsen
Aase og Frede Bonde""")

M("", """Hej

Jeg har set at der skal bygges 120 nye boliger ved Ishøj Strand. Bliver det ejer eller leje? Jeg er ejendomsmægler og bliver spurgt af mange kunder.

/Thomas, home Ishøj""")

M("pe", """Kære Lone

min svigerinde sælger sit rækkehus på Strandgårdsvej fordi hun skal skilles, og køberen har bedt om at få oplyst om der er påbud om kloakrenovering. hun tør ikke spørge kommunen selv, så jeg spørger for hende. hvad gør hun? (hun hedder Helle Storm)""")

M("", """Til Ejendomsafdelingen

Hvad er status på salget af den gamle tandklinik på Ishøj Skole? Vi er en gruppe borgere der gerne vil have at bygningen bliver til et medborgerhus i stedet.

Med venlig hilsen
Bo Lauridsen""")

M("pe", """Hej borgerrådgiver

Vi var i gang med at købe et hus i Ishøj Landsby, men banken trak lånetilsagnet tilbage fordi kommunen har registreret mig i RKI for en gammel gæld for daginstitution. Nu har sælgerne en anden køber på. Er det lovligt at kommunen melder til RKI?

Mvh Louise Jæger
[[120991-4102]]""")

M("p", """Til udvalgsformanden, Teknik- og Miljøudvalget

Min nabo har solgt halvdelen af sin grund til en entreprenør, og handlen er betinget af en udstykning som nu ligger til behandling hos jer. Jeg protesterer mod udstykningen, da det vil skygge for min have. Handlen må ikke godkendes.

Med venlig hilsen
Henning Skov, Vejlebrovej""")

M("", """Til Ishøj Kommune

Jeg vil gerne have en kopi af BBR-meddelelsen for min ejendom, da der står forkert antal kvadratmeter. Ejendommen er købt i 2011. Jeg skal bruge det til forsikringen, policenr. 7711852019.

Venlig hilsen
Jørn Ahlefeldt""")

M("p", """Hej

Kommunen har sendt os et forslag om at købe et stykke af vores grund til en ny regnvandsbassin. I tilbyder 450.000 kr. Vi er ikke afvisende, men vil gerne have en vurdering fra en uvildig. Kan vi få et møde inden 1. februar?

Mvh
Tove og Arne Bech, Ishøj Landevej 240""")

M("pt", """Til Ejendomsafdelingen

Dear Sir/Madam, I am a Pakistani-born engineer living in Ishøj since 2004 and I would like to bid on the commercial plot at Industrivej 22 for my workshop. Do I need a Danish company to place the bid? I have a residence permit and a Danish bank.

Regards,
Tariq Mahmood""")

M("", """Hej,

Vi solgte vores lejlighed i 2022 og flyttede til Solrød. Nu har vi fået en regning på ejendomsskat for 2023 på den gamle adresse. Det må være en fejl. Debitornummer 1605822211.

Mvh Kenneth Sand""")

M("ps", """Kære byrådsmedlem

Min mand og jeg – vi er to mænd, gift siden 2015 – vil gerne købe det gamle stationsmesterhus, som kommunen har sat til salg. Vi har afgivet et bud på 2,1 mio. og hørt at der er et andet bud. Kan du fortælle hvornår sagen behandles i udvalget?

Venlig hilsen
Lars Hedegaard""")

M("pe", """til kommunen. vi skal sælge min farmors hus i Ishøj Landsby. hun er flyttet på plejehjem og huset står tomt. mægleren siger vi skal have en tilstandsrapport men der er problemer med en ulovlig tilbygning fra 70erne. hvad gør vi??""")
