"""Part G: CPR numbers in everyday mails (forms, children, partners, signatures) mixed with the other categories; hard negatives with invoice, customer, case and meter numbers that look like CPR numbers, and a few more couples, origins and trades."""
from common import M

M("e", """
Hej

Jeg har glemt at skrive mit personnummer på ansøgningen om enkeltydelse til en ny vaskemaskine. Det er [[120384-1127]].

Mvh Louise Kirk
""")

M("", """
Hej

Jeg har fået en faktura fra Ishøj Kommune, fakturanr. 1203841127, og kan ikke se hvad den dækker. Kan I sende en specifikation?

Mvh Louise Kirk
""")

M("h", """
Hej

Min søn Anton, cpr [[170615–4413]], er blevet henvist til ergoterapeut pga. motoriske vanskeligheder. Vi har ikke fået en tid endnu. Hvor lang er ventetiden?

Mvh Signe Ravn
""")

M("", """
Hej

Jeg har fået et brev fra jer med journalnr. 27.12.04-G01-17-0615 om min ansøgning om parkeringstilladelse. Hvornår kan jeg forvente svar?

Mvh Henrik
""")

M("s", """
hej, vi skal have medmor registreret for vores søn. mor: Julie Bang [[0211902946]], medmor: Anne Kjær [[150788 3312]]. hvad mangler I ellers?
""")

M("t", """
Til Borgerservice

Min mor er lige kommet fra Bosnien for at bo hos os, og hun har fået sit personnummer [[280154\u00a01289]]. Hun skal have et sygesikringskort og en læge tæt på Ishøj Strand. Hvordan gør vi?

Venlig hilsen
Amra Hadžić
""")

M("", """
Hej

Mit kundenummer hos Ishøj Forsyning er 2801541289. Jeg vil gerne have aflæst min vandmåler, da jeg flytter den 1. marts.

Mvh Jens Holt
""")

M("eh", """
Hej

Jeg er sygemeldt efter en hjernerystelse og mine sygedagpenge er ikke kommet. Mit cpr er [[0903891734]]. Jeg har ringet 3 gange uden at komme igennem.

Hilsen Kathrine Møller
""")

M("b", """
Hej

Vi vil gerne have vores datter, Nora [[240921-6154]], døbt i Ishøj Kirke, men det var kommunen der sendte navnebrevet. Skal dåben meldes til jer?

Venlig hilsen
Anne-Sofie og Mads
""")

M("", """
Hej

Hvad er tidsfristen for at give et barn navn, og skal det meldes til kommunen eller kirkebogen?

Venlig hilsen
Mads
""")

M("u", """
Hej

Jeg er HK-medlem og skal bruge en oversigt over mine timer i 2025 til min a-kasse. Personnr. [[050770–2218]].

Mvh Bente Sørensen
""")

M("p", """
Hej

Jeg er sælger af Ishøj Byvej 21 og køberen har spurgt om restancer. Jeg sender mit personnummer så I kan finde mig: [[191162-0471]]. Handlen er ikke på plads før advokaten har set papirerne.

Venlig hilsen
Kurt Bæk
""")

M("", """
Hej

Vi har fået en regning med betalings-id 1911620471 for ejendomsskat på Ishøj Byvej 21, men vi har solgt huset for tre år siden. Kan den annulleres?

Venlig hilsen
Kurt Bæk
""")

M("hte", """
Hej

Jeg er fra Syrien og har PTSD efter krigen. Min psykolog har anbefalet at jeg får en fast kontaktperson i kommunen. Mit CPR-nr. er [[010180 3325]] (jeg er registreret med 1. januar som fødselsdag).

Venlig hilsen
Hussein Al-Ali
""")

M("e", """
hej jeg har fået et brev om tilbagebetaling af boligstøtte på 7.400 kr. jeg forstår det ikke. mit nr er [[130699-3147]]
mvh Nicolai
""")

M("", """
Hej

Jeg har en pakke med sendingsnr. 1306993147 som er leveret til Ishøj Rådhus ved en fejl. Kan jeg hente den i borgerservice?

Mvh Nicolai
""")

M("s", """
Hej

Jeg og min kone Maja Holm ([[220893-2176]]) skal giftes i august. Jeg er selv Sanne Vind [[070491-1148]]. Vi vil gerne vielsen i Ishøj Rådhus' byrådssal.

Venlig hilsen
Sanne
""")

M("he", """
Hej

Jeg skriver på vegne af min far, Bent Olsen, [[030438\u00a00726]], som har fået hjemmesygepleje efter et fald. Han er blevet mere og mere forvirret og vi er bange for at han ikke kan bo alene. Vi ønsker en plejebolig.

Venlig hilsen
Tina Olsen (fuldmagt vedlagt)
""")

M("", """
Hej

Jeg har en P-tilladelse med nr. 030438-0726 til Ishøj Station. Den udløber i næste måned. Hvordan fornyer jeg den?

Mvh Bent
""")

M("t", """
Hej. Jeg hedder Dariusz, polak, bor i Ishøj 5 år. Jeg skal have en attest for min søn [[110316–5509]] til skolen i Polen. Hvor får jeg den?
""")

M("u", """
Hej

Som TR for 3F-folkene i Vej og Park vil jeg bede jer rette min egen skatteprocent. Jeg hedder Dennis Frost, cpr [[260875-1653]].

Hilsen Dennis
""")

M("", """
Hej

Min forbrugsmåler i kælderen har nr. 2608751653, og tallet stemmer ikke med regningen. Kan I sende en montør?

Mvh Dennis
""")

M("e", """
Til Ydelsescentret

Ansøgning om kontanthjælp for Mia Rosenberg, født [[041000-4213]]. Jeg har ingen indkomst siden jeg stoppede på gymnasiet og bor hos min far, som ikke vil forsørge mig mere.

Mvh Mia
""")

M("h", """
Hej, min datter Lea [[200817 4836]] har astma og skal have inhalator med i skole. Skal vi udfylde en medicin-blanket? /Rikke
""")

M("p", """
Kære Ishøj Kommune

Vi har givet bud på en andelsbolig på Ishøj Torv og skal dokumentere vores adresse. Mine oplysninger: Lars Wiberg, [[231279-1957]]. Min kæreste: Sophie Nyholm, [[140282-2384]].

Mvh Lars
""")

M("", """
Hej

Vi har fået et brev med sagsnummer 231279-1957 om vores vejbelysning. Det er vist sendt til forkert adresse, da vi bor på Tjørnevej.

Mvh Sophie
""")

M("b", """
Hej

Jeg vil gerne melde mig ud af folkekirken og har fået at vide at det skal ske hos præsten. Men jeg har også hørt at I kan sende mit cpr-nr. videre? Det er [[090996-3064]].

Mvh Rasmus
""")

M("ht", """
hej min mand er fra Marokko og har ikke dansk sygesikring endnu. han har ondt i maven og kaster op hver dag. hans cpr er [[180585-3912]] og han har lige fået opholdskort. hvor kan han gå hen?
""")

M("", """
Hej

Hvor kan man gå hen, hvis man ikke har en læge endnu og er syg uden for lægevagtens tider? Jeg er lige flyttet til Ishøj.

Mvh Karen
""")

M("e", """
Hej

Ansøgning om friplads til vores søn Elias. Far: Simon Berg, [[121086-1543]]. Mor: Karina Berg, [[300588-2297]]. Elias: [[020522-5710]]. Vi har fået nedsat vores indkomst, da Simon er blevet ledig.

Venlig hilsen
Karina Berg
""")

M("s", """
Hej

Jeg er Kristoffer Lind, cpr [[0807831991]], og min mand er Hassan Lind. Vi vil gerne have vores fælles efternavn rettet på hans sygesikringskort.

Mvh Kristoffer
""")

M("", """
Hej

Licensnr. 0807831991 står på vores fiskekort fra Ishøj Kommune, men navnet er stavet forkert. Hvor kan det rettes?

Mvh Kristoffer
""")

M("hu", """
Hej

Jeg er Dansk Metal-medlem og havde en arbejdsulykke på havnen i Ishøj, hvor jeg brækkede armen. Arbejdsskadesagen skal have mit cpr: [[210567 1042]].

Mvh Kim Schou
""")

M("et", """
Hej

Min familie er palæstinensisk og vi bor på Vejleåvej. Min bror Khalid, [[010301-4522]], er blevet sat ud af sin lejlighed og bor nu hos os på sofaen. Vi har ikke plads. Kan han få en bolig hurtigt?

Hilsen Sami
""")

M("", """
Hej

Hvor mange boliger har Ishøj Kommune anvist til akutte sager sidste år?

Mvh Kasper
""")

M("h", """
hej det er Birthe [[1912481231]]. jeg har fået sukkersyge og skal have fodterapi. er det gratis hos kommunen?
""")

M("s", """
Kære Ishøj Kommune

Min kone Tanja og jeg (Helle) har fået tvillinger den 3. marts. Deres CPR-numre er [[030326-4411]] og [[030326-4438]]. Hvornår står Tanja som medmor i systemet?

Med venlig hilsen
Helle
""")

M("e", """
Hej

Min søn på 17 er blevet anholdt for tyveri. Politiet sagde at kommunen skal deltage i samrådet. Hans cpr er [[251108-4027]]. Hvem er hans rådgiver?

Mvh Lars Juul
""")

M("", """
Hej

Vi har fået et ordrenr. 2511084027 på en bestilling af nye affaldsbeholdere. Hvornår bliver de leveret?

Mvh Lars, Ishøj Grundejerforening
""")

M("u", """
Hej

Jeg er lige blevet valgt som TR på Ishøj Skole for LC-lærerne. HR skal bruge mit cpr for at registrere mig: [[161179–2380]].

Hilsen Mads Laugesen
""")

M("p", """
hej. vi har lagt vores hus på Ishøj Søvej ud til salg og har fået et bud, men køberen skal bruge vores personnumre til købsaftalen. mig: [[2907721176]], min kone: [[140874 2081]]. vil I bekræfte adressen på dem?
/Tom
""")

M("", """
Hej

EAN-nummer 5798003021234 skal stå på fakturaer til Ishøj Skole. Hvor sender vi den nye regning hen?

Mvh Jan, IT-leverandør
""")

M("t", """
Hej

Jeg er født i Eritrea og har fået dansk statsborgerskab. Jeg skal bruge en navneattest. Mit personnummer er [[010185-2953]].

Mvh Yonas
""")

M("e", """
Hej

Jeg sender lige mit cpr til jer, da det manglede i min ansøgning om boligstøtte: [[280602–4711]]. Jeg bor alene og er studerende på SU.

Mvh Oscar
""")

M("", """
Hej

Mit telefonnummer er 28 06 02 47, og jeg venter stadig på at nogen ringer tilbage om min ansøgning om byggetilladelse.

Mvh Oscar
""")

M("hb", """
Hej

Jeg er katolik og har fået konstateret kræft i bugspytkirtlen. Jeg ønsker ikke genoplivning. Kan hjemmeplejen få det noteret? Mit cpr: [[050343-0612]]. Min præst hjælper mig med papirerne.

Med venlig hilsen
Maria Kowalski
""")

M("h", """
Hej

Jeg er gravid i uge 20 og skal vide hvor jeg skal melde mig til jordemoder i Ishøj. Mit personnr. [[170396\u00a02286]].

Mvh Amalie
""")

M("e", """
Hej

Vores plejedatter Ronja ([[120709-5223]]) har brug for et pas til skolerejsen. Må vi som plejeforældre søge det?

Venlig hilsen
Gitte og Frank
""")

M("", """
Hej

Bilag nr. 120709-5223 er vedhæftet vores ansøgning om tilskud til foreningens sommerlejr. Har I modtaget det?

Venlig hilsen
Kassereren, Ishøj Spejderne
""")

M("b", """
Hej

Jeg er medlem af Socialistisk Folkeparti og søger om at få en stand på Ishøj Torv ved valget. Ansøgningen skal vist have mit cpr: [[091269-1394]].

Mvh Hans Erik Olsen
""")

M("s", """
Hej, min kæreste er transkvinde og vi er lesbiske. Vi vil gerne registrere partnerskab... eller ægteskab hedder det nu. Mig: [[220600-4190]].
""")

M("", """
Hej

Er det stadig muligt at indgå registreret partnerskab i Danmark, eller hedder det ægteskab for alle nu?

Mvh Frank
""")

M("", """
Hej

Kontonummer 2211 0651224398 er vores nye bankkonto. Kan I ændre den, så vores forening får tilskuddet udbetalt dertil? CVR 39284511.

Mvh Ishøj Roklub
""")

M("", """
Hej

Vi har mistet et sygesikringskort på legepladsen ved Strandgårdskolen. Der står ikke navn, kun et nummer der er delvist slidt væk. Vi har afleveret det i borgerservice.

Hilsen Pedellen
""")

M("ts", """
Hej

Jeg er kommet fra Uganda og har fået asyl fordi jeg er lesbisk. Jeg bor nu i Ishøj med min kæreste Grace. Er der en forening for LGBT+-flygtninge i området?

Venlig hilsen
Sarah
""")

M("t", """
hej min far er fra Gambia og min mor er fra Ishøj haha. jeg søger om fritidsjob i Ishøj Bad og de spørger om jeg har arbejdstilladelse. jeg er dansk statsborger?? er det normalt
""")

M("s", """
Hej Kristina

Du sagde til debatmødet at vi skulle skrive hvis vi havde oplevet noget. Min kone og jeg (to kvinder, 60+) blev nægtet et dobbeltværelse på et kommunalt rekreationsophold, fordi "det er til ægtepar". Vi ER gift.

Venlig hilsen
Ruth
""")

M("p", """
Hej

Vi skal sælge vores rækkehus på Lindevangen 40 og har fået to bud. Den ene køber spørger om der kommer ny fjernvarmeledning. Kan I svare inden weekenden, så vi kan tage stilling?

Mvh Mikkel
""")

M("", """
hej er det rigtigt at man skal have nyt sundhedskort når man flytter inden for kommunen? eller kommer det af sig selv
""")

M("ue", """
Hej

Jeg er 58, medlem af 3F og har lige fået besked om at jeg er afskediget fra Ishøj Kommunes vejafdeling efter 24 år. Jeg har ikke flere år tilbage på arbejdsmarkedet end til efterlønnen, men jeg skal bruge en opsigelsesudtalelse. Cpr. [[140468-1037]].

Mvh Jørn Kruse
""")

M("", """
Hej

Vi er et lille vognmandsfirma i Ishøj og har fået en rykker fra kommunen på 12.000 kr. for en gammel faktura. Vi har betalt den. Kan I tjekke jeres system?

Med venlig hilsen
Kruse Transport ApS
""")

M("tse", """
Hej

Min søn er 19, født i Danmark af iranske forældre, og han har lige fortalt os at han er bøsse. Hans far vil ikke længere have ham boende. Er der nogen i kommunen der kan tale med os begge?

Med venlig hilsen
Mahnaz
""")

M("", """
Hej

Hvad gør kommunen for at hjælpe unge, der bliver smidt hjemmefra pga. æresrelaterede konflikter? Jeg er lærer og vil gerne vide hvor jeg kan henvise til.

Mvh Ulla
""")

M("hb", """
Hej

Jeg faster i ramadanen selvom jeg har diabetes, og min læge har lavet en plan med mig. Men hjemmesygeplejen kommer med insulin kl. 12 hvor jeg ikke spiser. Kan de komme efter solnedgang i stedet?

Venlig hilsen
Hamid
""")

M("", """
Hej

Hvilke tider kan hjemmesygeplejen komme? Er der aftenbesøg?

Mvh Hamid
""")

M("p", """
Hej

Vi er i gang med at købe huset på Strandgårdsvej 112 og har fået at vide at der ligger en gammel olietank i haven. Sælger siger den er sløjfet. Har I papirer på det? Vi skal skrive under fredag.

Venlig hilsen
Dorthe og Kasper Friis
""")

M("", """
Hej

Hvordan sløjfer man en gammel olietank korrekt, og skal kommunen have besked?

Venlig hilsen
Kasper
""")

M("s", """
hej jeg er en mand og vil gerne have min mand med til konsultationen på Sundhedshuset for pårørende. må han det selvom han ikke er patienten? det er hans mor det handler om
""")

M("", """
Hej

Må pårørende deltage i møder om hjemmepleje, hvis borgeren selv har givet lov?

Mvh Niels
""")

M("b", """
Hej

Jeg er udtrådt af Jehovas Vidner og har mistet al kontakt med min familie. Jeg er 23 og vil gerne snakke med nogen. Findes der et tilbud i Ishøj?

Hilsen Simon
""")

M("", """
Hej

Hvorfor har kommunen givet tilskud til en religiøs forening? Jeg synes ikke skattekroner skal gå til trossamfund.

Mvh Jens Erik
""")

M("et", """
Hej

Vi er en kurdisk familie på syv og bor i en treværelses på Vejleåparken. Vi har boet der i fire år og har stadig ikke fået en større bolig. Min mand er på kontanthjælp og jeg er i praktik.

Venlig hilsen
Berivan Aslan
""")
