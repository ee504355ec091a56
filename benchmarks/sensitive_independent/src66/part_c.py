"""corpus66 part C: business premises, farms and homes for sale; CPR numbers."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vores VVS-firma har købt en erhvervsgrund på Industrivej af kommunen med forbehold
for jordbundsundersøgelsen. Rapporten viser olieforurening i det ene hjørne. Skal vi
nu forhandle prisen med jer, eller kan vi træde tilbage fra handlen?

Med venlig hilsen
Søren Vestergaard, direktør
Vestergaard VVS ApS
""")

M("", """
Hej

Jeg har købt mit værksted på Vejlebrovej for fire år siden, og handlen er for længst
tinglyst. Nu vil jeg sætte solceller på taget. Skal jeg søge byggetilladelse, eller er
det nok at anmelde det? Ejendomsnummer 183-004512.

Mvh
Henrik Dam
""")

M("pe", """
Kære borgmester

Jeg har haft min lille gård i Torslunde i 26 år med æg og grøntsager. Det løber ikke
rundt længere, og banken har sagt at den kommer på tvangsauktion i januar, hvis jeg
ikke sælger først. En nabo har budt, men under vurderingen. Jeg ved ikke hvad jeg
skal gøre. Kan kommunen købe jorden til naturområde?

Venlig hilsen
Aage Mortensen, [[240756-1198]]
""")

M("p", """
Hej Susanne

Vi er tre tandlæger der har et tilbud om at købe den gamle bankbygning i Ishøj Landsby
og lave klinik. Købsaftalen er underskrevet med advokatforbehold, og vi mangler kun at
høre om kommunen vil give dispensation til flere parkeringspladser. Kan du hjælpe med
hvem vi skal tale med?

Mvh
Tandlægerne på Bygaden
""")

M("", """
Til Ishøj Kommune

Vi er en lille virksomhed der overvejer at flytte til Ishøj. Vi leder efter et
erhvervslejemål på 300-400 m² med lager. Har kommunen en erhvervsservice der kan
hjælpe med at finde ledige lokaler? Vi skal ikke købe, kun leje.

Med venlig hilsen
Nordlys Emballage ApS, CVR 29384756
""")

M("pt", """
Hej

Jeg er polsk og har haft en lille byggeforretning i Ishøj siden 2009. Jeg vil sælge
mit lager og værksted på Industrivej, fordi jeg flytter hjem til Krakow. En dansk
køber har givet et bud, men mægleren siger at kommunen skal godkende ændret
anvendelse til fitnesscenter. Hvor lang tid tager det?

Pozdrawiam / Mvh
Tomasz Wiśniewski
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har modtaget en faktura for renovation på vores erhvervsejendom (fakturanr.
1807240062). Beløbet er det dobbelte af sidste år. Vores målernummer for vand er
57103328, og vi har ikke ændret noget. Er der sket en fejl?

Mvh
Bogholderiet, Ishøj Autolakering
""")

M("ps", """
Hej Bent

Min mand og jeg har solgt vores hus i Tranegilde, og nu venter køberen kun på at
kommunen godkender den lovliggørelse af carporten, som mægleren fandt. Handlen er
betinget af det. Jeg er bange for at han springer fra.

Hilsen Kenneth Aagaard
""")

M("e", """
Til hovedpostkassen

Jeg har modtaget et brev fra Udbetaling Danmark om at jeg skal betale 14.320 kr.
tilbage i boligstøtte, fordi min indtægt som selvstændig var højere end forventet.
Men jeg tjente jo ikke mere end oplyst, det var omsætning, ikke overskud. Kan I
vejlede?

Lise Jespersen
CPR-nr.: [[191188-2346]]
""")

M("", """
Hej

Hvordan søger man om at få lov til at drive bed & breakfast fra et hus i landzonen?
Vi spørger på vegne af vores forening, som holder et møde om turisme i Tranegilde
næste måned, og vi vil gerne have de rigtige regler med.

Venlig hilsen
Tranegilde Landsbyforening
""")

M("pu", """
Kære Mikkel Vang

Jeg er murer, medlem af BAT-kartellet via Murerforbundet, og har budt på den
kommunale grund ved Baldersbæk som i har udbudt til selvbyg. Budfristen var i fredags.
Hvornår får vi svar? Mit tilbud gælder kun til 1. maj.

Mvh
Nikolaj Brix
""")

M("h", """
Til Center for Voksne og Velfærd

Min kollega i forretningen har sclerose og bruger rollator. Indgangen til butikkerne
i Ishøj Bycenter fra parkeringskælderen er stejl, og hun er faldet to gange. Kan
kommunen gøre noget ved rampen?

Mvh Charlotte
""")

M("pb", """
Til Byudvalget

Vi er en lille buddhistisk meditationsgruppe, og jeg har selv praktiseret i 15 år. Jeg
har skrevet under på en købsaftale på en villa på Gildbrovej, som vi vil bruge til
meditation om aftenen. Køber er mig personligt. Kræver det ændret anvendelse, før
handlen kan gå igennem?

Venlig hilsen
Tenzin Larsen
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår sælger kommunen de sidste grunde i Vejleå Nord? Vi har hørt at der bliver
en lodtrækning. Er der en liste man kan skrive sig på, og hvad koster grundene?

Mvh
Familien Poulsen
""")

M("pe", """
hej

mit firma (enkeltmand, tømrer) er gået konkurs og jeg skal sælge huset for at betale
banken. der er en køber men han vil have at kommunen ser på kloakken først. kan i
komme ud inden fredag?? ellers går han. personnummer [[1409791443]]

/Lasse
""")

M("tp", """
Kære borgerrådgiver

Vi er en tyrkisk familie og har ejet pizzeriaet på Ishøj Stationsvej, inklusive
bygningen, i 15 år. Nu har vi sat det hele til salg. En køber har sagt at han ikke vil
købe "af en tyrk" uden at kommunen bekræfter at alt er lovligt. Vi har fået
modstridende svar fra byggesag om vores kølerum. Hvem skal vi tale med?

Med venlig hilsen
Mehmet og Ayşe Yılmaz
""")

M("", """
Til Center for Byudvikling og Natur

Jeg vil høre om den nye lokalplan for Ishøj Erhvervsområde giver lov til
detailhandel. Vi er en lille fagforretning med køkkener, og vi spørger for at se om
det er en mulighed for os på sigt.

Med venlig hilsen
Køkkenhuset Ishøj
""")

M("ps", """
Hej Hatice

Min kone Pia og jeg (jeg hedder Helle) sælger vores hestestutteri ved Tranegilde og er
nået til en betinget aftale med en køber. Der mangler en udtalelse fra kommunen om
vandboringen. Kan du finde ud af hvem der sidder med den?

Vh
Helle Bjerg
""")

M("eh", """
Til borgmesterens PA

Jeg er selvstændig massør og har været sygemeldt i fire måneder med en diskusprolaps.
Jeg fik sygedagpenge fra kommunen fra 3. uge, men nu skriver de at de stopper, fordi
jeg har for lav en indkomst. Jeg har hverken opsparing eller forsikring. Jeg vil
gerne have borgmesteren til at se på reglerne.

Tanja Kristensen
cpr: [[070981\u00a02102]]
""")

M("", """
Hej

I skal vide at der står et stort skilt "TIL SALG" på den kommunale bygning på
Vejleåvej, men teksten er falmet, og man kan ikke læse telefonnummeret. Hvis I vil have
den solgt, skulle I nok skifte skiltet.

Hilsen en forbipasserende
""")

M("pb", """
Til Center for Byudvikling og Natur

Ishøj Muslimske Forening, som jeg er formand for, har budt på den gamle tømmerhandel
ved Vejlebrovej for at lave et kulturhus med bederum. Sælger har accepteret, men
handlen er betinget af kommunens tilladelse til forsamlingslokale. Jeg beder selv i
moskeen hver fredag og håber vi kan få et sted tættere på.

Med venlig hilsen
Omar Farouk
""")

M("e", """
Hej Jens

Jeg ringer ikke, for jeg er flov. Jeg har haft en lille dameskobutik, og den lukkede i
sommer. Nu har jeg 210.000 kr. i gæld til leverandører, og SKAT har sendt en
restskat. Jeg får kontanthjælp fra næste måned, men det er næsten ingenting efter
husleje. Hvad kan man gøre?

Mette
""")

M("", """
Til Erhvervsudvalget

Jeg har set i jeres dagsorden at I vil sælge erhvervsgrunden ved Ishøj Havn til
udvikling. Som nabo vil jeg bare sige at der er mange fugle om foråret, og at I bør
lave en naturundersøgelse før I sælger.

Mvh
Erik, Ishøj Strand
""")

M("pu", """
Hej

Jeg er TR i FOA på plejecentret, men skriver privat. Min mor skal sælge sin lejlighed i
Strandgårdsparken, og en køber har budt, men der er en fejl i BBR, så lejligheden står
med 12 m² for lidt. Kan I rette det hurtigt, så handlen ikke går i stå?

Mvh Jannie
""")

M("h", """
Til Center for Voksne og Velfærd

Jeg er iværksætter og har fået en sjælden muskelsygdom. Jeg går til kontrol hver måned
på Rigshospitalet. Jeg vil gerne høre om der findes en patientforening lokalt, jeg
kan tale med nogen i.

Venlig hilsen
Lotte Friberg
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har købt en grund til et enfamiliehus på Vejleå Parkvej. Købsaftalen siger at
handlen er betinget af at kommunen godkender at jeg må have en lille
revisorpraksis i huset med skilt ved indkørslen. Kan I svare inden den 20.?

Mvh
Annika Bruun
""")

M("", """
Hej
Jeg har hørt at kommunen har lavet en aftale med en køber om Ishøj Bycenter. Er det
rigtigt, og vil det betyde noget for de små butikker? Jeg har selv ikke en butik, men
jeg handler der hver dag.
Venlig hilsen Bente
""")

M("te", """
Kære udvalgsformand

Jeg er somalier og har haft en lille butik med telefonkort og tøj i Ishøj i 10 år.
Nu skylder jeg 45.000 kr. i husleje til udlejeren og er blevet truet med udsættelse
af butikken. Der er et kommunalt tilbud om gældsrådgivning til virksomheder, men
de siger det kun er for danske virksomheder. Er det rigtigt?

Abdi
""")

M("", """
Hej

Hvad er proceduren for at få vurderet om en bygning på landet skal bevares? Vi er en
lokalhistorisk forening og har lagt mærke til at flere gamle gårde bliver sat til salg
i disse år.

Mvh
Ishøj Lokalhistoriske Forening
""")

M("pt", """
Hej Lone

Mine svigerforældre fra Indien vil gerne købe et hus i nærheden af os. De har været
til fremvisning på Ishøj Bygade 44, og vi har givet et bud. Mægleren spørger om
kommunen har planer for vejen, som kan påvirke prisen. Ved du noget?

Kind regards
Priya Sharma
""")

M("ubs", """
Kære Bent

Jeg er medlem af Enhedslisten og af 3F, og jeg er bøsse. Jeg er lige blevet valgt som
formand for min boligafdeling og vil gerne gøre det til et sted hvor alle er velkomne.
Kan vi få et møde om kommunens støtte til beboerarrangementer?

Solidarisk hilsen
Martin
""")

M("e", """
Til hovedpostkassen

Vedr. min ansøgning om fleksjob

Jeg sendte min ansøgning i marts, men har ikke hørt noget. Jeg har drevet et lille
rengøringsfirma, men kan ikke klare fuld tid længere. Jeg har fået at vide at
rehabiliteringsteamet skal se på sagen. Hvornår er mødet?

Marianne Schou, personnummer [[250472-0815]]
""")

M("", """
Hej

Kunne man lave et "tomme butikker"-projekt, hvor kunstnere og studerende kan låne
tomme butikslokaler gratis i en periode? Det har de gjort i Roskilde. Jeg synes
bycentret ser trist ud.

Mvh en borger
""")

M("p", """
Til borgmesterens PA

Jeg skriver for min far, som er 84. Han har sat sin andelsbolig i Ishøj Stationspark
til salg, og en køber har tilbudt prisen, men køberen vil først have at kommunen
svarer på om facaderenoveringen, som er varslet, bliver betalt af andelshaverne. Kan
nogen svare?

Med venlig hilsen
Bodil Jensen
""")

M("", """
Til Center for Byudvikling og Natur

Hvordan får man en ejendomsvurdering ændret? Jeg spørger generelt, fordi vores
grundejerforening vil lave en vejledning til medlemmerne. Er det kommunen eller
Vurderingsstyrelsen?

Mvh
Grundejerforeningen Vejleå Syd
""")

M("ht", """
Kære borgerrådgiver

Min far kom til Danmark fra Marokko i 1970 og arbejdede hele livet i et
trykkeri. Han er nu 80, har haft et slagtilfælde og ligger på Glostrup. Hospitalet
vil udskrive ham i næste uge, og vi har ikke hørt fra kommunen. Hvem skal vi kontakte?

Youssef
""")

M("pe", """
Til Ishøj Kommune

Vores café er gået konkurs, og curator har sat ejendommen på Vejleåvej til salg. Jeg
hæfter personligt for banklånet. Der er to købere der har budt, og den ene vil
bruge den til vaskehal. Må der laves vaskehal der?

Mvh
Christian Holm, [[300684-1537]]
""")

M("", """
Hej
Er der en frist for at søge om at få sin ejendom fritaget for dækningsafgift for
erhverv? Vi er en regnskabsvirksomhed, og flere kunder spørger.
Mvh Bruun Revision
""")

M("b", """
Hej Mikkel

Jeg stemte på dig ved sidste valg, fordi du lovede at hjælpe de små butikker. Jeg har en
cykelforretning og har ventet i 8 måneder på at få en cykelparkering foran. Hvad sker
der?

Mvh
Niels
""")

M("pe", """
Til Center for Byudvikling og Natur

Mit autoværksted på Industrivej 9 er sat til salg, fordi jeg er gået i betalingsstandsning
med firmaet og hæfter selv. Der er en køber, som vil vide om der må være
bilvask på grunden. Jeg skal have et svar hurtigt.

Mvh
Jørn Kastrup
CPR [[280863\u00a01459]]
""")

M("s", """
Hej Bent

Min kæreste Johan og jeg (Viktor) har købt en gammel food truck og vil gerne stå ved
Ishøj Strand i weekenderne. Vi er to fyre der elsker at lave mad. Hvordan søger vi
plads?

Mvh
Viktor
""")

M("b", """
Til hovedpostkassen

Jeg er medlem af Moderaterne og ejer en lille malerforretning. Jeg har skrevet til
jer tre gange om en skraldespand, der er placeret foran min indgang, uden at få svar.

Mvh
Charlotte Wulff, [[1507753218]]
""")

M("t", """
Hej Susanne

Jeg er af vietnamesisk afstamning og driver en lille restaurant. En gruppe unge
kommer og råber "kinesere" ad os og smider ting mod ruden. Kan kommunen sætte mere
lys op på pladsen?

Mvh
Tuan Pham
""")
