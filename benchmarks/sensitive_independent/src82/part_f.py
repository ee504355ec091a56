"""Part F: housing for refugees and newcomers, integration in the estates, language
and origin, faith in daily life at home, written by families, volunteers and boards."""
from common import M

M("", """
Til Byrådet

Jeg har læst i avisen at Ishøj skal modtage 42 flygtninge i år og at de skal bo i pavilloner ved Ishøj Idrætscenter. Hvor længe skal de bo der, og hvad koster pavillonerne kommunen?

Mvh
Bjarne Holt
""")

M("te", """
Kære Integrationsteamet

Vi er en familie fra Afghanistan, og vi har boet i kommunens midlertidige bolig på Industrivej i 14 måneder. Min datter på 8 har ikke et sted at lave lektier og der er kun ét rum. Vi har spurgt om en permanent bolig mange gange. Hvornår kan vi få en?

Med venlig hilsen
Mohammad Rahimi
""")

M("tb", """
Hej

Jeg er frivillig i Dansk Flygtningehjælp, men skriver om mig selv: Jeg kom som flygtning fra Bosnien i 1993 og er muslim. Min mor på 79 bor alene i Ishøj Strand og kan kun læse bosnisk. Hun har fået et brev fra boligselskabet om renovering, som hun ikke forstår. Kan kommunen sende information på bosnisk?

Venlig hilsen
Amra Hodžić
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvor mange af de flygtninge, der er kommet til Ishøj siden 2022, har i dag en permanent bolig? Jeg skriver for Venligboerne, og vi vil gerne vide, hvordan vi bedst kan hjælpe.

Med venlig hilsen
Venligboerne Ishøj
""")

M("te", """
Til Ydelsescentret

Jeg, Tesfay Gebremariam, er fra Eritrea og har fået opholdstilladelse. Jeg har fået anvist en lejlighed i Vejleåparken pr. 1. september og søger om lån til indskud. Jeg modtager selvforsørgelses- og hjemrejseydelse. Mit cpr-nummer er [[010190-3457]].

Med venlig hilsen
Tesfay
""")

M("be", """
Hej

vi er muslimer og min mand beder om morgenen før solopgang. vores nye bolig fra kommunen har ingen gardiner og ingen lys der virker i stuen. kan nogen komme og se på det

mvh Fatima
""")

M("", """
Kære Ishøj Kommune

Kan I oplyse, om der bliver holdt fællesspisning for nye og gamle beboere i Vejleåparken i forbindelse med Eid? Vores forening vil gerne være med til at arrangere det.

Venlig hilsen
Kvindeforeningen i Vejleåparken
""")

M("te", """
Til borgerrådgiveren

Jeg er statsløs palæstinenser fra Libanon og har boet i Ishøj siden 2002. Nu har kommunen besluttet at rive min blok ned i Vejleåparken og jeg får tilbudt genhusning i Hundige, langt fra min datters skole. Jeg er på førtidspension. Kan jeg sige nej?

Med venlig hilsen
Ibrahim Khalil
""")

M("tb", """
Hej Ishøj Kommune,

Min far er 82 og er fra Somalia. Han taler kun somali og beder i moskeen hver fredag. Han flytter snart til et rækkehus i Ishøj, og jeg vil gerne vide, om der er en tolk til indflytningsmødet med boligselskabet, og om der kører en bus til moskeen i Taastrup.

Venlig hilsen
Hassan Warsame
""")

M("", """
Til byrådsmedlem Hanne Pedersen

Jeg synes, at kommunen skal bruge flere penge på at integrere flygtninge i boligområderne i stedet for at flytte dem rundt. Det er mit synspunkt som borger og nabo.

Venlig hilsen
Jytte Bang
""")

M("et", """
Kære kommune

Min svigerfar kom fra Tyrkiet i 1970 som gæstearbejder og har boet i den samme lejlighed i 50 år. Nu er boligselskabet ved at sætte ham ud fordi han ikke har betalt varmeregningen på 16.000 kr. Han forstår ikke papirerne. Han har ikke andet end folkepension.

Med venlig hilsen
Emine Yilmaz
""")

M("b", """
Til Borgerservice

Jeg skal flytte ind i den nye lejlighed den 20. marts. Men det er midt i Ramadanen og jeg faster, så jeg kan ikke bære tunge ting om dagen. Kan man flytte ind om aftenen, eller kan kommunens flytteservice hjælpe sent?

Mvh
Yasmin
""")

M("", """
Hej

Hvilke krav stiller kommunen til de boliger, som flygtninge bliver anvist til? Er der et minimum for kvadratmeter pr. person? Jeg spørger som medlem af Integrationsrådet.

Mvh
Carsten Lund
""")

M("teh", """
Hej

jeg hedder Abdi og kom fra Somalia som flygtning i 2015. jeg har ptsd og sover dårligt fordi der er så meget larm i den midlertidige bolig på Industrivej hvor vi bor 4 mænd i et rum. min læge siger jeg har brug for et eget værelse. kan kommunen hjælpe

Abdi
""")

M("", """
Til hovedpostkassen

Er det rigtigt, at kommunen har købt et tidligere plejehjem til boliger for ukrainske flygtninge? Hvornår bliver det taget i brug, og hvor mange kommer til at bo der?

Med venlig hilsen
Karsten Lau
""")

M("te", """
Hej

Min kone og jeg er fra Ukraine og bor i en lejlighed som kommunen har lejet for os. Nu har udlejeren skrevet at han vil sælge lejligheden. Han siger at vi skal flytte inden 3 måneder. Er det lovligt når kommunen er lejer?

Mvh
Dmytro Kovalenko
""")

M("tbe", """
Kære Integrationsteamet

Jeg er kristen fra Syrien, og jeg bor i kommunens bolig sammen med to muslimske familier i et dobbelthus. De har bedt mig om ikke at hænge mit kors op i fælleskøkkenet. Jeg vil gerne have et eget køkken. Er det muligt at få en anden bolig?

Med venlig hilsen
George Haddad
""")

M("", """
Til Voksne og Velfærd

Kan kommunen tilbyde tolkning på arabisk og tigrinya ved beboermøderne i Vejleåparken? Vi er afdelingsbestyrelsen og vil gerne have alle med.

Mvh
Afdelingsbestyrelsen afd. 6
""")

M("t", """
Hej

Vores nabo, Mariam fra Etiopien, har fået at vide af en anden beboer at "sådan nogle som hende" ikke må bruge vaskeriet. Hun er for bange til at skrive selv. Hun har bedt mig videregive det. Kan kommunen gøre noget?

Mvh
Lise Holm
""")

M("tu", """
Til borgerrådgiveren

Jeg kom til Danmark fra Polen i 2008 og arbejder som murer. Jeg er medlem af 3F. Min udlejer i et privat hus i Ishøj vil ikke give mig min depositum tilbage og siger at "I polakker ødelægger alt". 3F siger det er en boligsag og ikke deres. Kan Huslejenævnet hjælpe?

Med venlig hilsen
Marek Wiśniewski
""")

M("", """
Hej

Hvornår er der informationsmøde om den nye integrationsplan? Jeg er lærer på sprogcentret og vil gerne komme.

Mvh
Helle
""")

M("be", """
Hej

Jeg er konverteret til islam for 5 år siden og går med tørklæde. Jeg bor i en almen bolig og har fået afslag på et job som rengøringsassistent i boligselskabet, fordi de ikke vil have tørklæde. Nu er jeg på kontanthjælp. Kan kommunen gøre noget, når det er kommunens egen anvisningsbolig jeg bor i?

Hilsen
Trine
""")

M("t", """
Hi,

I am an Indian citizen working at a company in Taastrup, and my family of four has just arrived. We are living temporarily with friends in Ishøj and searching for a rental. Does the municipality have a list of landlords for newcomers?

Regards,
Priya Raman
""")

M("", """
Til Byrådet

Vi er en gruppe beboere, som er imod at kommunen placerer flere flygtninge i Ishøj Strand. Vi mener, det er for mange på ét sted. Vi beder byrådet sprede boligerne.

Med venlig hilsen
Beboergruppen "Et trygt Ishøj Strand"
""")

M("tu", """
Til borgerrådgiveren

Jeg er filippinsk og arbejder som social- og sundhedsassistent. Jeg er medlem af FOA og har boet i et privat værelse i Ishøj, hvor udlejer nu vil have mig ud fordi min veninde fra Filippinerne har boet hos mig i to uger. Er det lovligt?

Med venlig hilsen
Maricel Santos
""")

M("tbe", """
Kære borgmester

Jeg er rohingya fra Myanmar, og jeg er muslim. Jeg bor med min mand og fem børn i en 3-værelses lejlighed. Kommunen har sagt at vi kan få en større bolig, men den er i en anden kommune. Vi vil gerne blive, fordi der er en moske vi går til og vores børn går i skole her. Vi får kontanthjælp.

Med venlig hilsen
Rahima
""")

M("", """
Hej

Jeg er ejer af en udlejningsejendom og vil gerne stille to lejligheder til rådighed for flygtninge. Hvordan indgår man en aftale med kommunen, og hvad betaler kommunen i husleje?

Mvh
Bent Kirkegaard
Kirkegaard Ejendomme
""")

M("t", """
Til Ishøj Kommune

Jeg er grønlænder og har boet i Ishøj i 3 år. Jeg har fået en lejlighed gennem boligselskabet, og nu siger naboerne at jeg er "fuld grønlænder" og at jeg ikke hører hjemme her. Jeg drikker ikke engang. Hvad kan jeg gøre?

Mvh
Naja Lynge
""")

M("b", """
Hej

Vi er en familie af Jehovas Vidner og vi er lige flyttet til Ishøj Landsby. Vi vil gerne vide om der er andre vidner i nærheden vi kan holde bibelstudie med, eller om kommunen har et lokale vi kan leje om tirsdagen.

Mvh
Familien Sørensen
""")

M("te", """
Hej

jeg er ny i Danmark fra Eritrea og bor hos min bror i Ishøj Strand. jeg har ikke min egen bolig. hvordan kan jeg skrive mig op? jeg er i integrationsprogrammet og får integrationsydelse. cpr [[1502959012]]

Yonas
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi vil gerne foreslå, at kommunen laver et bederum i det nye medborgerhus i Ishøj Strand, som alle trossamfund kan bruge. Vi er en tværreligiøs gruppe.

Med venlig hilsen
Dialoggruppen Ishøj
""")

M("th", """
Hej Ishøj Kommune

Min søn på 12 er fra Kina, adopteret da han var 2. Han er blevet mobbet af børn i boligområdet, som kalder ham "kineser" og slår ham. Han har fået angst og har ikke været i skole i 3 uger. Kan kommunen hjælpe med at stoppe det?

Mvh
Lone Kjeldsen
""")

M("b", """
Kære byrådsmedlem

Jeg er medlem af Radikale Venstre og engageret i flygtningesagen. Jeg vil gerne invitere dig til et møde i vores lokalforening om boliger til flygtninge.

Med venlig hilsen
Sofie Engberg
""")

M("te", """
Hej

Min mand er fra Syrien og jeg er dansker. Vi har boet i kommunens flygtningebolig, men nu skal han have familiesammenføring med sine børn fra Syrien, og vi mangler plads. Kommunen siger han ikke kan få en større bolig før børnene er kommet. Vi kan ikke betale en privat bolig med vores indkomst på kontanthjælp.

Mvh
Marianne
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvad er ventetiden på en kommunal anvisningsbolig for flygtninge i Ishøj i gennemsnit? Jeg er journalist på TV 2 Lorry.

Venlig hilsen
Martin Frost
""")

M("tb", """
Til Borgerservice

Jeg er iraner, bahá'í, og kom til Danmark som flygtning i 1989. Jeg har nu købt en lejlighed, men har brug for dokumentation for mit navn, da mine iranske papirer blev væk. Kan kommunen udstede en navneattest?

Med venlig hilsen
Shirin Rouhani
""")

M("te", """
Kære Ydelsescenter

Vi er en afghansk familie og vi har fået brev om at vi skal betale 8.200 kr. tilbage i boligstøtte. Vi forstår ikke hvorfor. Vi har ikke fået mere løn. Vores cpr: [[120376-3912]] (far) og [[190881-3480]] (mor).

Med venlig hilsen
Zahir og Nazia Ahmadi
""")

M("bu", """
Hej

Jeg er præst i frikirken i Vallensbæk og bor selv i Ishøj. Jeg har også været medlem af Krifa i mange år. Jeg vil gerne vide, om kommunen samarbejder med kirker om at hjælpe nyankomne flygtninge med at finde bolig.

Med venlig hilsen
Peter Lindholm
""")

M("", """
Hej

Hvordan bliver boligerne fordelt mellem kommunerne, når der kommer nye flygtninge til Danmark? Er det kommunen der bestemmer at de skal bo i Ishøj?

Tak
Malene
""")

M("t", """
Kære borgerrådgiver

Vi er romaer fra Rumænien og bor i en campingvogn på en privat grund, som ejeren har givet os lov til. Kommunen har sendt et brev at vi skal flytte. Hvor kan vi gå hen? Vi har to børn i skole.

Med venlig hilsen
Florin Lăcătuș
""")
