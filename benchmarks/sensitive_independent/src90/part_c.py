"""corpus90 part C: small businesses in trouble, job loss, dismissals with union help;
business-council events, union staff and general questions as negatives."""
from common import M

M("eu", """
Kære Jobcenter Ishøj

Jeg blev opsagt fra mit job som chauffør hos Vestegnens Kørsel den 31. oktober. Min
fagforening, 3F Vestegnen, mener opsigelsen er usaglig og fører sagen for mig. Jeg skal
melde mig ledig, men jeg vil gerne vide om det påvirker min sag, hvis jeg tager et
vikarjob imens.

Med venlig hilsen
Brian Lykke
""")

M("", """
Til Ishøj Erhvervsråd / Center for Beskæftigelse og Erhverv

Hvornår er næste erhvervsmorgenmad? Vi er en ny virksomhed i Ishøj Erhvervspark og vil
gerne møde andre. Kan man tage en kollega med?

Mvh
Signe Holmgaard
Holmgaard Design ApS, CVR 41228307
""")

M("e", """
Hej Dorthe

Jeg driver en lille pizzeria på Ishøj Store Torv som enkeltmandsvirksomhed. Efter
vejarbejdet foran butikken i tre måneder er omsætningen faldet med 60 procent, og nu
skylder jeg moms og husleje. Banken vil ikke låne mig mere. Jeg har lagt mine egne
opsparinger i det hele. Har kommunen en form for kompensation når det er kommunens
vejarbejde?

Mvh Hakan
""")

M("u", """
Til Center for Beskæftigelse og Erhverv

Jeg er tillidsrepræsentant for HK på lageret hos Nordic Parts i Ishøj. Vi har hørt at
firmaet vil søge om løntilskudsansatte. Jeg vil gerne vide hvordan kommunen sikrer, at
de ikke erstatter ordinære stillinger.

Venlig hilsen
Mette Rasmussen
""")

M("", """
Til Erhvervsservice

Jeg skal starte en lille kaffebar og vil gerne vide hvilke tilladelser jeg skal have,
og om der er et gebyr for udeservering på Ishøj Torv.

Mvh Sanne Kirk
""")

M("e", """
kære borgmester

jeg har mistet mit job på fabrikken i Vallensbæk efter 19 år. de lukker hele
afdelingen. jeg er 58 og ved ikke hvem der vil ansætte mig. kan kommunen ikke gøre
noget for os der bliver fyret? vi er 40 alene fra Ishøj.

Bjarne
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvordan søger man om at få en person i virksomhedspraktik? Vi er et lille
tømrerfirma med fire ansatte og vil gerne hjælpe en ung i gang.

Med venlig hilsen
Kristian Bach
Bach Tømrer & Snedker ApS
""")

M("eu", """
Til borgerrådgiveren

Jeg var ansat som pædagogmedhjælper i en af kommunens institutioner og blev
afskediget i september. Det ved jeg godt I ikke kan tage jer af. Men jeg vil klage over
jobcentret: jeg har fået at vide, at jeg skal søge job som sosu-hjælper, selvom FOA,
som hjælper mig med afskedigelsessagen, siger jeg ikke skal tage et job mens sagen
kører. Hvem har ret?

Mvh Gitte Agerskov
""")

M("u", """
Kære Social- og Arbejdsmarkedsudvalg

Vi er en gruppe ansatte på plejecentret, alle medlemmer af FOA, som gerne vil rejse
spørgsmålet om arbejdsmiljøet i nattevagterne. Vi vil gerne have lov at komme på et
udvalgsmøde og fortælle.

Med venlig hilsen
Yvonne, Hanne og Rikke
""")

M("", """
Til Ishøj Kommune

Jeg er faglig konsulent i Dansk Metal Storkøbenhavn og skriver på vegne af afdelingen.
Vi vil gerne invitere kommunens erhvervskonsulenter til et møde om
praktikpladser til smedelærlinge. Hvem er den rigtige kontakt?

Venlig hilsen
Allan Kragh, faglig konsulent
""")

M("eh", """
Hej Jobcenter

Jeg har været selvstændig tømrer i 12 år, men jeg har fået slidgigt i begge knæ og
har måttet lukke firmaet. Nu har jeg ingen indtægt. Jeg er ikke medlem af nogen
a-kasse. Hvad kan jeg søge om?

Med venlig hilsen
Tommy Brask
""")


M("eu", """
Kære Ulla

Du kender måske min mand Kenneth fra håndbold. Han blev fyret fra Ishøj Rengøring i
sidste måned, og Det Faglige Hus siger at han har krav på godtgørelse, men firmaet er
gået konkurs. Nu venter vi på Lønmodtagernes Garantifond. Vi har to små børn og kan
ikke betale husleje i december. Er der noget kommunen kan gøre som bro?

Hilsen Christina
""")

M("e", """
Subject: Lost my job - what now?

Hi,

I was made redundant last week from my job at a logistics company in Ishøj after 2
years. My work permit is linked to the job, so I don't know if I can stay in Denmark.
Do I need to register with the jobcenter, and can I receive any support while I look
for something new?

Regards,
Rahul
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi vil gerne høre om kommunens erhvervsvenlighed. I Dansk Industris måling er Ishøj
faldet 14 pladser. Hvad gør I ved det?

Mvh Jan Brodersen, formand for Ishøj Handelsstandsforening
""")

M("eu", """
Hej Jobcenter

Jeg har et møde hos jer den 8. december om mit ledighedsforløb. Kan jeg tage min
tillidsrepræsentant fra 3F med, hun har hjulpet mig efter jeg blev fyret fra
entreprenørfirmaet? Eller skal det være en fra a-kassen?

Mvh Jesper Thrane
""")

M("eh", """
Til Center for Borger, Økonomi og IT

Jeg har en lille frisørsalon og har fået brev om at kommunen har indberettet mig til
Gældsstyrelsen, fordi jeg ikke har betalt for erhvervsaffald i to år. Jeg har været
syg længe og har haft salonen lukket det meste af året, men jeg har ikke haft råd til
at melde den fra. Kan jeg få hjælp til en afdragsordning?

Mvh Lene
""")

M("", """
Til kommunen

Jeg vil gerne høre om muligheden for at leje et erhvervslokale i kommunens bygning på
Industrivej, til et lille værksted. Hvad er prisen per m2?

Med venlig hilsen
Mikael Bang
""")

M("u", """
Hej Lars

Som kasserer i 3F's lokale klub her i Ishøj vil jeg gerne invitere dig til vores
julefrokost den 12. december. Vi vil gerne snakke med dig om busserne til
industrikvarteret, som mange af vores medlemmer tager.

Mvh Bent Skovgaard
""")

M("he", """
Kære jobcenter

Jeg er blevet afskediget fra mit job på Hvidovre Hospital efter 8 måneders
sygefravær med depression. Jeg har fået brev om at min sygedagpengesag overgår til jer
nu. Jeg er bange for at møde op på jobcentret, kan det første møde tage telefonisk?

Med venlig hilsen
Christel Vang
""")

M("", """
Hej

Vi holder åbent hus i vores nye butik på Ishøj Strandvej den 5. december og vil gerne
invitere borgmesteren til at klippe snoren. Er det muligt?

Venlig hilsen
Amira og Josef, Vejleå Blomster
""")

M("u", """
Til borgerrådgiveren

Jeg er medlem af Krifa, og jeg har fået en advarsel på mit arbejde i en privat
børnehave i Ishøj. Krifa siger at jeg også kan klage til kommunen over tilsynet med
institutionen. Er det jer, jeg skal skrive til?

Venlig hilsen
Anna Birkholm
""")

M("e", """
Kære Erhvervsservice

Min virksomhed (enkeltmands, rengøring) har ikke fået betaling fra Ishøj Kommune for
tre måneders rengøring på Vejleå Skole, i alt 47.500 kr. Jeg har selv lån i huset og
kan ikke betale mine egne regninger, når I ikke betaler. Jeg har fået rykkere fra
banken. Faktura nr. 1022, 1031 og 1044.

Med venlig hilsen
Gülsen Tas
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har sendt faktura nr. 2026-0418 for levering af kontorstole til rådhuset. Forfald
var 30. november. Kan I bekræfte, at den er godkendt til betaling?

Med venlig hilsen
Bogholderiet, Kontorhuset A/S
""")

M("eu", """
Til Social- og Arbejdsmarkedsudvalget

Jeg vil gerne fortælle om min sag som eksempel. Jeg blev fyret fra mit job som
buschauffør efter jeg havde klaget over arbejdstiderne, og min fagforening, FOA nej
undskyld, 3F, kører en sag om det. Imens er jeg på dagpenge og jobcentret vil have mig
i aktivering på et lager. Jeg synes ikke det er rimeligt mens sagen kører.

Venlig hilsen
Torben Munk
""")

M("", """
Hej

Er det rigtigt at kommunen har indgået en aftale med fagbevægelsen om sociale klausuler
i udbud? Hvilke overenskomster gælder den for?

Mvh Per Toft
""")

M("u", """
Subject: Union membership and council job

Hi,

I'm a member of IDA and I'm applying for a position as a project engineer in Center for
Byudvikling og Natur. Does the municipality have a collective agreement with IDA, or
would I be hired on individual terms?

Thanks,
Lukas Brenner
""")

M("e", """
hej jeg er 19 og blev fyret fra mit fritidsjob i Netto fordi jeg kom for sent for
mange gange. nu er jeg bange for at jeg mister min SU også. hvordan hænger det sammen
""")

M("h", """
Til Center for Beskæftigelse og Erhverv

Jeg har en lille VVS-virksomhed. Min eneste ansatte, Kim Jacobsen, har fået konstateret
sclerose og er sygemeldt i perioder. Han vil gerne blive i jobbet. Kan jeg søge om
refusion fra første dag, og skal han selv skrive under på noget?

Med venlig hilsen
Preben Lind
Lind VVS
""")

M("", """
Til Erhvervsrådet

Vi er Ishøj Havns Erhvervsforening. Vi vil gerne have at kommunen bidrager til
julebelysningen på havnen i år. Sidste år kostede den 38.000 kr.

Venlig hilsen
Bestyrelsen
""")

M("u", """
Kære Jens

Jeg er TR for BUPL i Regnbuen og var med til budgetmødet. Jeg synes det var godt at du
tog normeringerne op. Tak for det.

Mvh Louise
""")

M("eu", """
Kære Jobcenter Ishøj

Jeg skriver på vegne af min svigerfar, Kaj Nielsen, som ikke har en computer. Han er
blevet afskediget fra Ishøj Renovation efter 31 år, og Dansk Metal har fået ham en
fratrædelsesgodtgørelse. Han spørger, om godtgørelsen bliver modregnet i hans
dagpenge, og om han skal komme til et møde hos jer.

Venlig hilsen
Helle Nielsen
""")


M("e", """
Til borgmesteren

Jeg har drevet en lille kiosk i Ishøj Bycenter i 11 år. Centret har sagt mit lejemål op
fordi jeg skylder 4 måneders leje. Det skyldes at kommunen lukkede indgangen ved
stationen i et halvt år. Nu mister jeg både butik og indkomst. Jeg synes I skylder
os butiksfolk en forklaring.

Med venlig hilsen
Abdullah
""")

M("", """
Hej

Hvornår er fristen for at søge om støtte til lokale iværksættere fra kommunens
erhvervspulje? Og skal man have CVR-nummer på ansøgningstidspunktet?

Mvh Maja
""")

M("u", """
Til Center for Borger, Økonomi og IT

Jeg er medlem af Djøf og vil gerne bruge deres advokat til at gennemgå den
lejekontrakt kommunen har sendt mig for mit kontor i Ishøj Kulturhus. Kan I give mig en
uges ekstra frist til at skrive under?

Med venlig hilsen
Anders Kvist
""")

M("eu", """
Til Social- og Arbejdsmarkedsudvalgets sekretær

Jeg vil gerne have at udvalget hører om dem af os, der mister jobbet uden varsel. Jeg
var HK-medlem i 20 år, meldte mig ud sidste år for at spare, og blev så fyret i juli.
Nu står jeg uden a-kasse og har fået afslag på kontanthjælp fordi min kone tjener for
meget. Det er et hul i systemet.

Venlig hilsen
Niels Holst
""")

M("", """
Til Ishøj Kommune

Vi har søgt om erhvervsaffaldsordning for vores restaurant, kunde nr. 8802113498. Er
ansøgningen modtaget?

Mvh Restaurant Havblik
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Jeg har haft et lille vognmandsfirma, som gik konkurs i oktober. Kurator har overtaget
boet. Jeg står med personlig kaution for 600.000 kr. og banken kræver pengene. Hvad
er mine muligheder for hjælp? Kan jeg få kontanthjælp når jeg har en gæld i den
størrelse?

Hilsen
Jørn Bak
""")


M("u", """
Kære Ole

Jeg skriver som formand for FOA's sektor for social og sundhed i Ishøj og som
medlem her siden 1998. Vi er bekymrede over de nye vagtplaner i hjemmeplejen. Kan vi få
et møde?

Med venlig hilsen
Lisbeth Krogh
""")

M("u", """
Til Center for Beskæftigelse og Erhverv

Jeg er fællestillidsrepræsentant for Dansk Metal på værftet ved Ishøj Havn. Virksomheden
vil gerne tage fire lærlinge ind, men mangler en kontakt i kommunen om
praktikpladser. Kan I sende mig et navn?

Venlig hilsen
Kenneth Brandt, FTR
""")

M("uh", """
Kære Ole

Jeg har været medlem af DSR i 30 år og arbejder som sygeplejerske i hjemmesygeplejen.
Jeg er selv sygemeldt med en frossen skulder og hører at kollegerne løber endnu
stærkere. Jeg håber udvalget vil se på vikarbudgettet.

Med venlig hilsen
Birthe Kjærgaard
""")

M("u", """
hej Lars
vi er nogle stykker fra HK og 3F på lageret i Ishøj Erhvervspark der gerne vil have en
bedre busforbindelse om natten. vi har nattevagter og der kører ingen busser efter kl 1.
kan du tage det op?
""")

M("u", """
Til Erhvervsservice

Jeg er selvstændig elektriker og medlem af Dansk El-Forbund, selvom jeg nu driver eget
firma. Jeg vil gerne byde på kommunens udbud af elinstallationer i skolerne. Hvor finder
jeg udbudsmaterialet?

Mvh Søren Winther, Winther El
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi er et rekrutteringsfirma og vil gerne høre om kommunens jobmesse i marts. Hvilke
fagforeninger deltager, og kan vi få en stand?

Mvh Lise Borup, TalentBroen ApS
""")

M("u", """
Subject: Pension question - I'm in Lederne

Hi,

I'm a member of Lederne and work for a private company in Ishøj. My union says I should
ask the municipality whether my local pension scheme affects the property tax
deferral (indefrysning) later. Is that the kind of question you answer?

Best,
Morten Aalund
""")

M("ub", """
Kære Jens

Som mangeårigt medlem af både Socialdemokratiet og FOA vil jeg sige tak for jeres
beslutning om at hjemtage rengøringen på skolerne. Det giver ordentlige vilkår.

Mvh Lone Holbek
""")

M("us", """
Kære Lars

Min mand Steffen og jeg er begge medlemmer af 3F og arbejder i Ishøj Havn. Vi vil gerne
spørge, om kommunen kan få flere parkeringspladser til personalet ved havnen. Det er et
problem for alle.

Mvh Jan Thygesen
""")

M("u", """
Til Center for Borger, Økonomi og IT

Jeg er meldt ind i Dansk Sygeplejeråd igen efter fem år udenfor. Jeg arbejder som vikar
for kommunen. Hvem skal have besked, så kontingentet trækkes over lønnen?

Mvh Tina Lyngby
""")

M("ut", """
Subject: Union for cleaners?

Hello,

I'm Romanian and work as a cleaner at a company that cleans for Ishøj Kommune. I joined
3F last month. My colleagues say we don't get the agreed wage. Does the municipality
check this in its contracts?

Thanks,
Ionut Popescu
""")
