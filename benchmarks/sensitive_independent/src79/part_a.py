"""corpus79 part A: health, short and messy (phone dictation, learnt Danish, typos)."""
from common import M

M("h", """Emne: afbud til borgermødet torsdag - har lige fået konstateret brystkræft

Sendt fra min iPhone""")

M("he", """hej Lise det er Bent jeg er sygemeldt med rygsmerter igen og jobcentret har indkaldt mig til samtale på mandag kan du hjælpe mig med at flytte den for jeg kan ikke sidde i bussen så længe""")

M("h", """Hej, jeg hedder Samira. Min søn han har astma meget slem og han skal bruge medicin i skolen hver dag. Lærer siger de må ikke give medicin. Hvad jeg skal gøre? Tak""")

M("he", """Merhaba. Min mand er meget syg, han er på hospital Hvidovre siden to uge. Jeg kan ikke komme til møde i Jobcenter på fredag, jeg skal være hos ham. Undskyld.
Venlig hilsen Ayse""")

M("h", """hej hvor søger man handicap p-kort?? min far har fået amputeret det ene ben i sommer og kan ikk gå fra p-pladsen til lægen mvh jonas""")

M("h", """Kære Jens Kristian

Jeg skriver igen om hækken ved stien bag Torslunde Idrætsanlæg, som nu er vokset så langt ud at man ikke kan gå to ved siden af hinanden. Jeg har ringet to gange til Vej og Park og fået at vide at det er grundejerforeningens ansvar, men grundejerforeningen siger det er kommunens. Det er sådan noget der gør folk trætte af systemet.

Det er blevet et reelt problem for os, for min kone er gravid i 7. måned og kan ikke gå om ad Ishøj Landevej med barnevognen til storebror hver morgen, der er ingen fortov det sidste stykke. Vi har også set flere cyklister køre ind i grenene i mørket.

Kan du ikke tage det op i udvalget, eller i det mindste finde ud af hvis ansvaret er?

Mange hilsner
Torben Lykke""")

M("ht", """Dzień dobry. Jeg skriver fordi min datter Zofia har diabetes type 1, hun skal have hjælp til insulin i SFO. Hvem skal jeg snakke med? Vi er fra Polen og jeg forstår ikke alt i systemet her.
Dziękuję, Magdalena""")

M("he", """Asc. jeg er Hodan. min bror er psykisk syg han har skizofreni, han bor alene i Ishøj Strand og han spiser ikke. kan kommunen hjælpe ham med bostøtte? han vil ikke selv ringe. jeg er bange for ham""")

M("h", """Vanakkam. Jeg er Kumar, jeg arbejder i Ishøj Bycenter i butik. Min kone har fået depression efter fødsel og hun græder hele dagen. Kan sundhedsplejerske komme hjem til os igen? Mange tak for hjælpen.""")

M("he", """Hi, sorry my Danish is not good. My daughter Emma (8) was diagnosed with ADHD last month and the teacher says she needs to be assessed by PPR. Please refer her, I have attached the letter from the hospital. Thanks, Rachel""")

M("h", """er indlagt på Glostrup til og med fredag så kommer ikke til bestyrelsesmødet på Vejleå skole. /Mette""")

M("he", """hej hej det er Karin fra Torslunde min mand har demens og han er begyndt at gå ud om natten jeg kan ikke mere kan han komme i aflastning bare en weekend så jeg kan sove tak""")

M("h", """Hej. Min mor fik en blodprop i hjernen i sidste uge og hun skal have genoptræning når hun kommer hjem fra Rigshospitalet. Hvordan søger vi det? Hun bor på Ishøj Strandvej.
Venlig hilsen Niels""")

M("h", """Vedr. min sygemelding

Jeg har været sygemeldt siden 3/10 med et brækket håndled, lægeerklæring vedhæftet. Cpr [[070388-2141]].

Mvh Jesper Holm
Materielgården""")

M("h", """yo min lillebror er blevet afhængig af kokain og mine forældre ved ikk hva de skal gøre. findes der noget misbrugsbehandling i ishøj for unge? han er 19 og vil godt selv""")

M("h", """Emne: Min datter Freja har fået epilepsi - kan hun stadig tage skolebussen alene?

(ingen tekst)""")

M("he", """Hej jeg er Mahmoud. Jeg har fået en arbejdsskade på lageret i Ishøj, min ryg er ødelagt. Jeg får sygedagpenge nu men kommunen vil stoppe dem i januar. Hvorfor? Jeg kan ikke arbejde. Please svar mig""")

M("h", """Til Teknik- og Miljøudvalget

Tak for den nye belysning på Gildbrovej, det har været savnet. Men jeg vil gerne gøre opmærksom på cykelstien mellem Ishøj Landsby og stationen, hvor asfalten er løftet af rødder flere steder. Jeg cykler der hver dag, og jeg har selv haft en hjerneskade siden ulykken i 2019 så jeg cykler langsomt og ser dårligt i mørke, og jeg er tæt på at vælte hver gang. Der er også en kantsten ved tunnelen som er helt skæv. Kunne man ikke tage stien med i næste års asfaltpulje?

Venlig hilsen
Grethe Ravn""")

M("h", """hejmed dig jeg skal bare sige at minkone har fået en spontan abort i går så vi kommer ikke til forældremødet i børnehaven i aften hilsen Ali""")

M("h", """Hjemmesygeplejersken kom ikke i går til min fars sårskift på benet. Han har sukkersyge og såret bliver værre. Ring til mig 22 45 81 90. Birgitte""")

M("he", """Til Plejecentret Kærgården

Min mor Inger Madsen, [[120338-1424]], der bor på stue 9, har fået lungebetændelse igen. Har lægen været der? Kan I ringe til mig i eftermiddag.

Hans Madsen""")

M("he", """Hej Borgerrådgiver, I need to complain. Min sagsbehandler på sygedagpenge told me that my sick leave is 'not real' fordi det er angst. I have panic attacks every day. This is not okay.
Best, Tom""")

M("h", """ka i flytte min tid i genoptræningen til efter kl 14? knæoperationen gør at jeg ikk kan køre bil om morgenen. mvh Lone""")

M("he", """Dzien dobry, ja Marek. Mam problem: jeg har fået diskusprolaps og lægen siger ikke arbejde 6 uger. Jeg har søgt sygedagpenge på nettet for 3 uger siden men ikke fået svar. Hvem ved det? Dziękuję bardzo""")

M("h", """hej jeg er Fadumo. min datter på 4 år hun høre ikke godt, lægen siger hun skal have høreapparat. kommunen betaler det? hvem jeg skriver til""")

M("", """Hvornår har Sundhedshuset åbent i juleugen? mvh""")

M("", """Hej! hvor kan man blive vaccineret mod influenza i ishøj, er det gratis for over 65? tak Birthe""")

M("", """Skriver på vegne af Ishøj Løbeklub. Vi samler ind til Kræftens Bekæmpelse ved Stafet for Livet 14. juni. Må vi sætte plakater op på biblioteket og i hallen? MobilePay 12345, tlf 41 22 90 17""")

M("", """hej er der nogen bus fra ishøj st til hvidovre hospital om søndagen? min bil er på værksted""")

M("", """Jeg er sygeplejerske på Hvidovre og pendler, vil bare høre om P-pladsen ved stationen bliver gjort større? det er umuligt at finde plads efter kl 7. /Maja""")

M("", """Emne: nyt sundhedskort - flyttet til Vejleåparken 14, 2.tv, hvor bestiller jeg det""")

M("", """Hej, fakturaen for leje af festsalen i Ishøj Idrætscenter er forkert, fakturanr. 1805931147, I har taget for 8 timer men vi havde den i 5. Kan I rette det? Mvh Claus, Grundejerforeningen Strandparken""")

M("", """hvornår åbner genbrugspladsen lørdag? og må man aflevere gamle medicinglas der eller skal det på apoteket""")

M("", """Til Social- og Sundhedsudvalget. Jeg læser at antallet af borgere med demens i Ishøj stiger med 30 % frem mod 2035. Hvad er planen for nye plejeboliger? Med venlig hilsen, en bekymret borger""")

M("", """kan i ringe til mig ang. hvordan man tilmelder sig førstehjælpskursus på rådhuset? 28 19 44 03""")

M("", """hej min kæreste og jeg skal flytte til Ishøj fra Aarhus, hvordan vælger man læge her? er der nogen der tager nye patienter? mvh S""")

M("", """Hej. Vores dagplejer er på kursus i førstehjælp d. 12/3, hvem passer børnene den dag? Mvh Rasmus, far til Alma""")

M("h", """hej min datter Laura (15) har anoreksi og har været indlagt på BUC i Glostrup i 3 uger, hun kan ikke gå i skole resten af måneden. kan skolen sende lektier hjem? Mor Pia""")

M("he", """hej det er Poul igen angående min kost jeg har fået konstateret cøliaki og madordningen sender stadig rugbrød til mig kan I ændre det tak""")

M("h", """Til Borgerrådgiveren

Jeg ved ikke om det er jer jeg skal skrive til men nu prøver jeg. Vi har en nabo over os på Ishøj Søvej som spiller musik til kl 3 om natten flere gange om ugen, og hunden gør hele dagen når de er på arbejde. Boligforeningen siger de har sendt breve men der sker ingenting. Jeg tager i forvejen antidepressiv medicin og jeg kan simpelthen ikke holde til at sove så lidt, jeg har haft to dage fri fra arbejdet pga det. Min søn er også træt i skolen. Kan kommunen gøre noget eller skal vi bare flytte? Jeg har boet her i 11 år og kan godt lide området ellers.

Hilsen Pernille""")

M("h", """Til borgmesterens PA

Jeg er blind og jeg kan ikke læse brevene fra kommunen i e-Boks. Kan kommunen sende dem som lydfil eller ringe?

Venlig hilsen
Knud Erik Sørensen, cpr [[030947 1155]]""")

M("he", """vi er begge døve og har fået afslag på tegnsprogstolk til forældremødet på Gildbroskolen. det er ikke i orden, hvordan skal vi så følge med? Mvh Camilla og Jens""")

M("ht", """İyi günler. Min far 78 år han har fået kræft i lungen. Han kan ikke tale dansk, kun tyrkisk. Kan han få tolk når sygeplejersken fra kommunen kommer? Tak. Deniz""")

M("h", """omg min farmor er faldet og har brækket hoften, hun er på hvidovre nu. hvem skal vi snakke m om hjælp når hun kommer hjem?? hun bor alene på Vildtbanevej""")

M("h", """Emne: SV: Afbud - min kollega Hanne er gravid og har kvalme, hun kan ikke stå for kagebordet til julemarkedet""")
