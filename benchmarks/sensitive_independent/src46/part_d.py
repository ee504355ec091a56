"""Part D: jobcenter, benefits, a-kasser and unions; Outlook chains and short phone mails."""
from common import M

M("eu", """
Emne: Samtale på jobcentret 26/11

Hej

Jeg er indkaldt til samtale torsdag, men min a-kasse (3F) siger at jeg skal til møde hos dem samme dag. Kan jobcentret flytte tiden?

Mvh Brian Holm, cpr [[140788-1453]]
""")

M("", """
Hvilke virksomheder deltager i jobmessen i Ishøj Hallen i februar, og er fagforeningerne med?
""")

M("ehu", """
Hej

Jeg har været sygemeldt med stress siden august og får sygedagpenge. Nu skal jeg til opfølgningssamtale på jobcentret, og jeg vil gerne have min tillidsrepræsentant fra HK med. Er det ok?

Mvh
Camilla Storm
""")

M("", """
Emne: Bisidder

Må man have en bisidder med til samtaler på jobcentret? Jeg er frivillig rådgiver i en forening og spørger generelt.
""")

M("e", """
sendt fra mobil

jeg har ikke fået min kontanthjælp i dag hvad sker der. husleje skal betales i morgen
Ahmad
""")

M("", """
Hvornår udbetales kontanthjælp i december måned, når den sidste hverdag falder før jul?
""")

M("eht", """
Kære Jobcenter Ishøj

Jeg kom som flygtning fra Syrien i 2016 og har arbejdet som buschauffør. Efter en trafikulykke har jeg PTSD og kan ikke køre mere. Jeg har været i ressourceforløb i et år. Nu vil jeg gerne søge fleksjob. Hvad skal jeg gøre?

Med venlig hilsen
Khaled Al-Hassan
[[030681–5563]]
""")

M("", """
Til Beskæftigelsesudvalget

Hvordan går det med integrationen af flygtninge på arbejdsmarkedet i Ishøj? Jeg har set tal der viser at 45 % er i job efter tre år. Er det rigtigt?

Mvh Jan Kofod
""")

M("u", """
Hej Jobcenter

Jeg er IDA-medlem og ingeniør, og jeg vil gerne høre om I har virksomheder i Ishøj som søger folk til grøn omstilling. Jeg er i job, men overvejer at skifte.

Mvh Kristoffer
""")

M("", """
Hej

Jeg er jobkonsulent hos jer og vil høre om hovedpostkassen kan videresende mails om virksomhedspraktik til os direkte?

Hilsen Tina, Jobcenter Ishøj
""")

M("eu", """
Fra: Jesper Vinther
Sendt: 20. november 2026 15:45
Til: Borgerrådgiveren
Emne: VS: Klage over sagsbehandler

Jeg sender igen, for jeg har ikke hørt noget. Jeg er blevet fyret fra lageret efter 12 år, og Det Faglige Hus hjælper mig med sagen mod arbejdsgiveren. Men jobcentret har sendt mig i aktivering på en genbrugsplads, selvom jeg har jobsamtale i næste uge.

Jesper
""")

M("", """
Hvordan klager man over en afgørelse fra jobcentret? Jeg skal bruge det til en vejledning i vores boligforening.
""")

M("u", """
hej, jeg er i Krifa og vil gerne vide om kommunen tager lærlinge som elektriker til foråret
""")

M("", """
Tager Ishøj Kommune lærlinge inden for el og VVS?
""")

M("eu", """
Kære Borgerservice

Jeg er meldt ud af FOA i 2024 og har nu ingen a-kasse. Jeg er blevet ledig fra plejehjemmet og har søgt kontanthjælp, men I siger min samlever har for meget i indtægt. Kan det passe?

Med venlig hilsen
Dorthe Bang
""")

M("", """
Er man som samlever forsørgerpligtig over for en person på kontanthjælp?
""")

M("e", """
Emne: Boligstøtte – sagsnr. 2026-188321

Jeg har fået at vide at jeg skal betale 14.000 kr boligstøtte tilbage. Jeg har ikke pengene. Jeg er studerende og arbejder 10 timer om ugen. Se vedhæftede lønsedler.

Sara Nielsen
""")

M("", """
Udbetaling Danmark sender afgørelser om boligstøtte, ikke kommunen, er det korrekt? Så ved jeg hvem jeg skal henvise vores lejere til.

Venlig hilsen
Administrator, Ishøj Boligselskab
""")

M("eub", """
Kære Jesper (V)

Jeg har været Venstre-medlem i 30 år og stemte på dig ved sidste valg. Nu sidder jeg i seniorjob og er medlem af Lederne, og jeg har hørt at seniorjobbene i Ishøj skal skæres. Er det rigtigt?

Med venlig hilsen
Karl Erik Høj
""")

M("", """
Kære Jesper

Seniorjobordningen er vigtig. Jeg håber, at Venstre vil kæmpe for at bevare den i Ishøj.

Hilsen
en vælger
""")

M("u", """
Til Byrådet

Jeg er TR for Dansk Sygeplejeråd på Ishøj Sundhedscenter og skriver om nedskæringerne. Vi er i forvejen for få.

Med venlig hilsen
Mette Rønne, sygeplejerske og TR
""")

M("", """
Til Byrådet

Vi er en gruppe sygeplejersker og SOSU'er som er bekymrede over nedskæringerne i sundhedscentret. Det er vores arbejdsplads, og vi elsker den.
""")

M("u", """
Kære borgmester

Vi er nogle stykker fra forskellige forbund – 3F, Metal og HK – som sammen vil lave en 1. maj-plads på torvet. Må vi stille en scene op?

Hilsen
Arbejdsgruppen
""")

M("", """
Emne: 1. maj i Ishøj

Fejrer kommunen 1. maj med et arrangement? Vi er nogle borgere der gerne vil lave et.
""")

M("eh", """
hej. jeg har fået brev om at jeg skal til møde i rehabiliteringsteamet pga min ryg og min angst. kan jeg få en tolk med. skriver fra min søsters mail
Aziz
""")

M("", """
Hvad er et rehabiliteringsteam, og hvem sidder i det?
""")

M("e", """
Kære jobcenter

Vedlagt ansøgning om enkeltydelse til en ny vaskemaskine. Den gamle er gået i stykker og jeg har tre børn. Jeg er på uddannelseshjælp.

Med venlig hilsen
Nicoline Sand
personnr. [[060703 4418]]
""")

M("", """
Emne: Fakturanr. 2004861532

Hej, betalingen for kursusgebyret med fakturanr. 2004861532 er gået igennem? Virksomhed: Ishøj Rengøring ApS, CVR 38 11 24 95.
""")

M("eh", """
Emne: Tilbagebetaling af sygedagpenge

Jeg har fået krav om tilbagebetaling af sygedagpenge på 22.000 kr fordi jeg arbejdede to timer om ugen mens jeg var syg efter min operation. Jeg vidste ikke at jeg skulle oplyse det. Vedlagt: mine bemærkninger.

Lars Vedel
""")

M("", """
Hvis man er sygemeldt og arbejder lidt ved siden af, skal man så oplyse det til kommunen? Jeg spørger fordi vi skal lave en folder i foreningen.
""")

M("u", """
hej jeg er tillidsmand for BUPL i dagtilbuddet og spørger om hvem der har mødeindkaldelsen til MED-udvalget
""")

M("e", """
Hej

Min nabo Tommy i nr 12 sidder i fængsel, og hans hund er alene i lejligheden. Vi har fodret den gennem brevsprækken. Hvem skal vi ringe til?

Hilsen Anja, Ishøj Strandvej 12
""")

M("", """
Hvem kan man kontakte hvis man ser et dyr der er efterladt i en lejlighed?
""")

M("ehu", """
Kære Borgerrådgiver

Jeg er murer og medlem af BJMF. Efter en arbejdsulykke har jeg fået amputeret to fingre. Jobcentret vil have mig i praktik som kontorassistent. Jeg synes ikke de lytter. Min sagsbehandler har skiftet fire gange.

Jens Kragh, cpr. [[121167-3309]]
""")

M("", """
Emne: Statistik

Hvor mange borgere i Ishøj er på sygedagpenge lige nu, og hvor mange af dem er i jobafklaringsforløb?
""")

M("e", """
Hej

Jeg har fået job og skal stoppe på dagpenge pr. 1. december. Skal jeg melde det til jobcentret eller kun til a-kassen? Jeg er i ASE.

Mvh Emil Thorsen
""")

M("", """
Hej, er ASE en fagforening eller bare en a-kasse? Det er til vores arbejdsplads' nyhedsbrev.
""")

M("ue", """
Hej

Jeg er i Dansk Metal og er blevet varslet fyret fra fabrikken på Industrivej. Skal jeg melde mig ledig nu eller først når jeg stopper?

Mvh Kenneth
""")

M("", """
Til Erhvervsservice

Jeg har startet et lille firma med rengøring og vil gerne høre om kommunens tilskud til iværksættere. CVR 43 22 18 76.

Med venlig hilsen
Gül Demir
""")

M("eht", """
Til Ydelsescentret

Jeg er polsk og har arbejdet i Danmark i 7 år. Jeg brækkede benet på byggepladsen og er nu sygemeldt. Min arbejdsgiver vil ikke betale løn. Har jeg ret til sygedagpenge?

Piotr Nowak
""")

M("", """
Har udenlandske arbejdere ret til sygedagpenge i Danmark, hvis de har arbejdet her i mindre end et år?
""")

M("b", """
Hej

Jeg går med tørklæde pga. min tro og har fået at vide af en virksomhed i praktikforløbet at jeg skal tage det af. Jeg er ikke på ydelse, det er et frivilligt praktikforløb gennem min uddannelse. Hvad siger kommunen til det?

Mvh Leila
""")

M("", """
Må en arbejdsplads forbyde tørklæder? Vi diskuterer det i samfundsfag.
""")

M("u", """
Emne: SV: Høringssvar

Tak for svaret. Jeg er selv medlem af HK Kommunal og sidder i hovedbestyrelsen for Ishøj-klubben, så jeg kender sagen.

Mvh Bettina Lund

> Kære Bettina Lund. Høringen om ny organisering af Borgerservice slutter 1. december.
""")

M("", """
Hej Borgerservice

Jeg er faglig sekretær i HK Kommunal og skriver på vegne af forbundet. Vi har ikke modtaget materialet til høringen om Borgerservice. Kan I sende det?

Venlig hilsen
Anders Rud, faglig sekretær
""")

M("e", """
ok så jeg er blevet smidt ud af min lejlighed og sover på min vens sofa. hvor søger jeg om boligstøtte og en bolig. jeg har ingen penge
""")

M("e", """
Kære byrådsmedlem

Min søster Gitte har kæmpet med kommunen i to år om førtidspension. Hun har fået afslag igen. Kan du se på det?

Mvh Tove Lau
""")

M("", """
Hvor mange får tilkendt førtidspension i Ishøj om året? Er tallet faldende?
""")

M("hu", """
Hej

Jeg er DLF-medlem og lærer på Ishøj Skole. Jeg har været syg med long covid i tre måneder og min skole truer med afsked. Kan kommunen som arbejdsgiver bare det?

Mvh Simon
""")

M("", """
Emne: Ansøgning om lønnet praktik

Hej Jobcenter, vi er et byggefirma i Ishøj og vil gerne tage en ledig i praktik. Hvordan gør vi?

Venlig hilsen
Hanne Fugl, HR, Fugl Byg A/S, tlf. 70 22 41 10
""")

M("ue", """
hej er i 3F og fik fyresedlen i dag. hvornår skal jeg til jobcenteret
""")
