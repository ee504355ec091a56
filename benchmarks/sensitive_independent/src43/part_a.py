"""Part A: teenagers and students writing themselves - SU, first flat, student jobs, school."""
from common import M

M("", """hej er det jer der bestemmer om der kommer flere cykelstativer ved ishøj st? det er helt vildt om morgenen 😩""")

M("e", """hej 🙂 jeg er 19 og har lige fået min første lejlighed på Ishøj Strandvej. kan jeg søge boligstøtte selvom jeg får SU? har søgt på borger.dk men fatter ik svaret lol. mvh Sofie""")

M("", """hey, hvornår er der åbent i ungdomsklubben i vinterferien? mvh mikkel 8.b""")

M("h", """hej borgmester. jeg går i 9. klasse og har adhd, og vi har ik fået en eneste fridag til at forberede os til eksamen. kan i ik gøre noget ved at skolerne giver så mange afleveringer lige op til?? /Jonas""")

M("", """Hej. Jeg skriver en opgave om ungdomsarbejdsløshed i Ishøj til samf. Har I tal for hvor mange 18-25-årige der er på uddannelseshjælp? Vh Amalie, 2.g""")

M("e", """yo. jeg er på uddannelseshjælp og jobcentret siger jeg skal møde op mandag kl 9 men jeg har eksamen på VUC samme dag. hvem skriver jeg til?? ring gerne 2194 7730""")

M("", """hej, er der nogen fra byrådet der gider komme ud og snakke med vores klasse om hvordan man bliver politiker? vi er 24 elever i 8.a på Vibeholmskolen. /Nanna""")

M("s", """hej Malene (byrådsmedlem)
jeg så at du var med til pride sidste år. jeg er 16 og bi og der er ik rigtig noget sted i ishøj for unge som mig. kunne man lave en lgbt+ ungegruppe i klubben?? plz svar 🏳️‍🌈
- alex""")

M("", """hej, hvor mange unge i ishøj er egentlig lgbt+? har i nogle tal fra trivselsmålingen? skal bruge det til et oplæg""")

M("b", """hej. jeg er muslim og faster under ramadan og det er mega svært at have idræt kl 8 om morgenen i den periode. kan skolerne ik lave idræt om eftermiddagen de uger? mvh Yasmin 9.c""")

M("", """Hej. Hvornår åbner moskeen på Industribuen for fredagsbøn efter renoveringen? Min lillebror spørger hele tiden haha""")

M("u", """heeej. jeg er lige startet som elektrikerlærling og har meldt mig ind i Dansk El-Forbund. min mester siger at lærlinge ik må være med i faglig klub før de er udlært, passer det?? /Oliver""")

M("", """hej. hvilke fagforeninger kommer til uddannelsesmessen i hallen? jeg vil gerne høre om frisør og om man skal være med i en""")

M("", """Hej, jeg har fået et studiejob i Bilka og min skattekort er helt forkert. Er det jer eller Skat jeg skal snakke med? 🙈 /Freja""")

M("e", """hej igen. min SU er blevet stoppet fordi jeg droppede ud af hhx og nu kan jeg ik betale husleje til 1. har 4200 i restance allerede. kan kommunen hjælpe?? jeg bor på Kirkebjerg Allé. Mvh Line""")

M("", """hejsa! fedt med det nye skatepark ved strandparken, tak 🛹🔥""")

M("h", """hej, jeg er 17 og var indlagt 3 uger på psyk i foråret pga spiseforstyrrelse. nu skal jeg tilbage til gymnasiet og ingen voksne på skolen ved hvad de skal gøre. hvem i kommunen kan snakke med skolen? /E.""")

M("", """Hej. Er det rigtigt at der kommer en ny spiseforstyrrelses-indsats for unge i kommunen? Jeg læste det i Lokalavisen. Mvh Cecilie""")

M("t", """hej. jeg er født i danmark men mine forældre er fra somalia og på mit arbejde i netto kalder en kollega mig "abe". kan kommunen gøre noget ved racisme på arbejdspladser?? idk hvem jeg skal skrive til""")

M("", """hej. vi laver et projekt om racisme i skolen og vil gerne vide om kommunen har en handleplan mod diskrimination? Mvh gruppe 3, 9.a""")

M("", """heej, jeg har fundet et 10-cifret nummer på et brev fra biblioteket, 1507042231, er det mit cpr?? det ligner helt. hvorfor står det der 😬 (det viste sig at være et bilagsnr men stadig...)""")

M("", """hej jobcentret, hvornår har i næste gang jobcafe for unge? jeg vil gerne have hjælp til mit CV. /Mads""")

M("e", """Hej. Jeg skal møde til min første samtale på jobcentret på torsdag og har ingen anelse om hvad jeg skal have med. Er det nok med pas? Hilsen Tobias, 20""")

M("hu", """hej. jeg er SOSU-elev og medlem af FOA. jeg fik en arbejdsskade på praktikstedet (løftede en borger og fik en diskusprolaps) og nu er jeg sygemeldt. mvh Sara""")

M("", """hej, hvad er forskellen på SOSU-hjælper og SOSU-assistent? overvejer at søge ind efter sommer""")

M("p", """hej 😊 min kæreste og jeg har budt på en andelslejlighed på Gildbrovej og sælger vil ik svare før på mandag. må vi låne penge af kommunen til indskuddet?? eller findes det ik haha""")

M("", """Hej. Hvordan fungerer kommunens boliganvisning for unge under uddannelse? Er der ventetid på ungdomsboligerne ved Ishøj Centret?""")

M("e", """hej... min mor har smidt mig ud og jeg sover hos en ven på sofaen. jeg er 18. hvem kan hjælpe mig med et sted at bo?? skriv gerne på snap eller 5230 1844""")

M("", """hej, hvor mange hjemløse unge er der i Ishøj? jeg skal lave en podcast om det til skolen""")

M("s", """hey, jeg er en dreng på 15 og har en kæreste der også er en dreng. vi blev chikaneret i bussen af nogle fra vores skole. kan i ik tale med skolerne om det?? tak. (ik skriv mit navn til nogen)""")

M("", """hej. jeg hedder Ahmad og vil gerne søge fritidsjob i kommunens parkafdeling. hvor søger man? 15 år""")

M("b", """hej!! jeg er vegetar af etiske grunde og til lejrskolen var der kun pølser og frikadeller. kan kommunens skoler ik have et vegetarisk tilbud? mvh Ida 7.b""")

M("", """hej. kan man få vegetarmad i skolemadsordningen? min ven siger det koster ekstra""")

M("", """Hej, min billetnr. til koncerten i Arken er 2409031120 men den virker ikke ved indgangen. Er det jer der står for arrangementet? /Magnus""")

M("eh", """yo. fik afslag på handicaptillæg til SU selvom jeg har cerebral parese. det er kommunen der skal lave en udtalelse siger SU-styrelsen. hvem skal jeg ringe til?? // Nikolaj""")

M("", """hej, holder borgerservice åbent mellem jul og nytår? skal have nyt sundhedskort 😅""")

M("e", """hej. jeg har fået et brev om at jeg skal betale 3.100 kr tilbage i boligstøtte fordi jeg tjente for meget på mit studiejob. kan jeg dele det op i rater?? mvh Katrine, Vejlebrovej 12""")

M("", """Hej. Hvor meget må man tjene ved siden af SU før det går ud over boligstøtten? Spørger for en ven 😇""")

M("", """sup. kommunens wifi på biblioteket er nede igen. bare fyi""")

M("t", """hej, jeg er 18 og kom til danmark fra Eritrea som 12-årig. jeg vil gerne være frivillig lektiehjælper i klubben, men de siger mit dansk ikke er godt nok. er det fair?? mvh Senait""")

M("", """hej, leder kommunen efter frivillige lektiehjælpere? jeg går på HF og har tid mandag og onsdag""")

M("b", """hej. jeg er lige blevet medlem af DSU og vil gerne høre om jeg kan komme til et byrådsmøde og se hvordan det foregår? /Emil, 17""")

M("", """hej. er byrådsmøderne åbne for alle? kan man bare møde op? vh Clara""")

M("b", """hi!! min familie er Jehovas Vidner og jeg må ik være med til julefrokost i klassen. kan læreren give mig noget andet at lave den dag? skriv ik til mine forældre pls""")

M("", """Hej. Hvad gør skolerne ved elever der ikke fejrer jul eller fødselsdage? Er der en fælles politik? Mvh en forælder i skolebestyrelsen""")

M("", """Hej. Ordrenr. 0311981234 på min bestilling af sygesikringskort – jeg har ikke fået det endnu. Er det jer eller Borgerservice? /Rasmus""")

M("h", """hej, jeg har diabetes type 1 og skal på lejrskole med klassen. læreren siger hun ik vil have ansvaret for min insulin. hvem bestemmer det? Mvh Liva, 6.c""")

M("", """Hej. Hvad er reglerne for medicin på lejrskole? Skal forældrene give samtykke? Mvh Anders, lærer""")

M("e", """hej, jeg er 22, alenemor og på kontanthjælp. jeg har fået at vide jeg skal i virksomhedspraktik men jeg har ingen vuggestueplads til min søn endnu. hvad gør jeg?? /Jasmin""")

M("", """hej byråd! jeres nye busplan er elendig for os der går på Ishøj Gymnasium. linje 128 kommer aldrig til tiden. gør noget 🙏""")

M("", """Hej, mit kundenummer hos forsyningen er 1012001347, kan I se om min måleraflæsning er kommet ind? Flyttede ind 1. okt. Mvh Noah""")

M("e", """hej, jeg bliver 18 i næste måned og har været i familiepleje siden jeg var 9. hvad sker der så med mig? må jeg blive boende? /Mia""")

M("", """hej, hvordan bliver man plejefamilie? min mor overvejer det efter vi er flyttet hjemmefra""")

M("u", """hejhej. jeg er HK-medlem (elev i kommunen) og vil gerne stille op som elevrepræsentant. hvor finder jeg info? /Julie""")

M("", """hej. hvad tjener en kontorelev i kommunen på første år? kan ik finde det på jeres side""")

M("t", """hej. jeg er polsk og har boet i ishøj i 3 år. min skole siger at jeg skal i modtageklasse igen selvom jeg snakker dansk fint. hvem kan jeg klage til? mvh Kacper 14""")

M("", """hej, hvor mange elever går i modtageklasse i Ishøj? og hvilke skoler har det? skal bruge det til en opgave""")

M("sh", """hej. jeg er trans og lesbisk og har fået diagnosen depression. min læge siger jeg skal finde et sted at snakke med nogen, findes der noget i kommunen for unge lgbt? 🥲 /R""")

M("", """hej! jeg har hørt der findes et gratis tilbud til unge der har det svært psykisk, hvad hedder det og hvor ligger det?""")

M("e", """halløj. mine forældre er blevet skilt og jeg vil gerne bo hos min far men min mor siger nej. har jeg noget at skulle have sagt når jeg er 13? /Laura""")
