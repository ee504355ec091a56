"""Part E: longer mails from young parents and young adults with several categories and CPR numbers."""
from common import M

M("he", """Kære borgmesterens PA

Jeg skriver fordi jeg ikke ved hvor jeg ellers skal gå hen. Jeg er 24, alenemor til Milas på 3, og jeg har været sygemeldt med stress siden august. Jobcentret har sendt mig i et jobafklaringsforløb, og nu siger de at mine sygedagpenge stopper til december.

Milas har lige fået bevilget en støttepædagog i vuggestuen pga. forsinket sprog, men jeg er bange for at vi mister den hvis vi skal flytte.

Mit cpr er [[191101-2846]] og Milas' er [[040522-4413]].

Venlig hilsen
Sabrina Holm
Ishøj Parkvej 22, 2. th.""")

M("pe", """hej. vi er et ungt par (23 og 25) der har budt på et hus på Ishøj Landsbygade. banken vil kun låne hvis vi kan vise at min kærestes kontanthjælp stopper og hun får job. hun er til samtale på jobcentret på fredag. kan i skynde på? cpr på hende: [[110200 2318]] /Kevin""")

M("tb", """Hej Ahmed (byrådsmedlem)

Jeg er tyrkisk og alevi og har lige startet et ungdomsnetværk for alevitiske unge i Ishøj. Vi er omkring 20. Vi vil gerne høre om vi kan søge penge fra foreningspuljen.

Mvh
Deniz""")

M("hu", """hej. jeg er 3F-medlem og har arbejdet som chauffør i 2 år. jeg har fået konstateret sukkersyge og kan ikke få mit kørekort fornyet før lægen har godkendt. jobbet står på spil. kan kommunen hjælpe? mvh Kenneth [[020697-3314]]""")

M("hes", """Hej.

Min kæreste Mathias og jeg (jeg er Lasse, vi er to fyre) bor sammen på Gildbrovej. Mathias blev kørt ned på cykel i september og har haft en hjerneskade siden. Han har søgt om hjemmehjælp og et toiletsæde, men vi har ikke hørt noget i 7 uger. Hans cpr er [[300898-1433]].

Kan I hjælpe med at finde ud af, hvor sagen er?

Hilsen Lasse""")

M("te", """hej. min familie er fra Somalia og vi bor 7 i en 3-værelses på Vejlebrovej. vi har søgt om større bolig via boligsocial anvisning i 2 år. min lillebror sover i stuen. /Hodan, 17""")

M("bu", """Hej. Jeg er pædagogmedhjælper, medlem af FOA og aktiv i SF Ishøj. Jeg vil gerne have at udvalget hører os, der står på gulvet, før I skærer i vikarbudgettet. Mvh Emilie""")

M("eh", """Hej. Min lillesøster Freja (16) er anbragt på et opholdssted i Køge fordi hun har en spiseforstyrrelse og det gik helt galt derhjemme. Hun må kun se os hver anden weekend. Kan vi få mere samvær? Hendes cpr: [[061209–4530]]. Mvh Victoria""")

M("ps", """hej. min mand Anders og jeg (Jacob) har fået en betinget handel på en lejlighed i Ishøj Strandpark - betinget af at andelsforeningen godkender os. formanden har sagt at de "ikke plejer at have par som os". er det lovligt?? /Jacob""")

M("he", """hej, jeg er 21 og på ressourceforløbsydelse pga angst og depression. min mentor fra kommunen er stoppet og jeg har ikke fået en ny. det har været 2 måneder. jeg har det ikke godt. cpr [[170304 2671]] /Mikkel""")

M("tbe", """Kære udvalgsformand

Jeg er somalisk, muslim og mor til tre. Min ældste søn på 15 er blevet stoppet af politiet fire gange i år uden grund, og nu har skolen lavet en underretning. Han har aldrig gjort noget. Vi føler os forfulgt.

Mvh
Faduma Ali""")

M("sh", """Hej. Jeg er medmor til Alfred (2), og min kone Sofie ligger på Hvidovre med svangerskabsforgiftning, hun er gravid i uge 33 med vores andet barn. Kan Alfred få forlænget åbningstid i vuggestuen de næste uger? Mvh Julie""")

M("up", """hej. jeg er tillidsrepræsentant i 3F på lageret og vil gerne købe min onkels hus på Torslundevej - vi er blevet enige om prisen men skøde er ik underskrevet. skal jeg søge om noget hos kommunen hvis jeg vil bygge carport? /Jonas""")

M("he", """Hej. Min far på 62 bor alene og har fået en blodprop i hjernen. Han skal hjem fra Glostrup i næste uge og har brug for hjemmehjælp og madordning. Kan vi aftale noget nu? Hans cpr er [[150764-1128]]. Mvh Christina (datter)""")

M("st", """hej :) jeg er en brasiliansk transkvinde og lesbisk og bor med min kæreste Camilla i Ishøj. vi vil gerne være frivillige i ungdomsklubben men klublederen sagde at "forældrene vil blive forvirrede". ok?? /Bianca""")

M("eb", """hej. jeg er medlem af Alternativet og har lige været til min første samtale på jobcentret. jeg kan ikke forstå hvorfor jeg skal i praktik i en fastfoodkæde når jeg læser til landmåler. /Silas""")

M("hu", """hej, jeg er lærer og DLF-medlem og har været sygemeldt med en hjernerystelse efter en elev skubbede mig. skolelederen vil ikke anmelde det som arbejdsskade. hvad gør jeg? /Martin, 29""")

M("te", """hej. jeg er polsk og min kæreste er dansk, vi har lige fået en baby og jeg vil søge barselsdagpenge men kommunen siger jeg ikke har optjent nok. cpr [[080396-2247]] /Agnieszka""")

M("pt", """Hej. Vi er en pakistansk familie og har budt på et parcelhus på Bredekærs Vænge. Sælgers mægler har sagt at "andre købere" er foretrukket. Vi føler os diskrimineret. Hvad kan kommunen gøre? Mvh Imran""")

M("he", """Hej. Jeg er 19 og har lige fået at vide jeg er gravid. Jeg bor i en ungdomsbolig og er på SU. Kan jeg få hjælp til indskud til en større lejlighed? [[220706-4819]] Mvh Amanda""")

M("bs", """hej. jeg er lesbisk og katolik og skal giftes med min kæreste Rikke til sommer. vi vil gerne giftes i rådhuset, er der ledige lørdage i juni? /Ewa""")

M("ue", """hej. jeg har lige fået dagpenge fra min a-kasse i FOA efter jeg blev fyret fra plejecentret. jobcentret siger jeg skal på kursus i Excel. hvorfor?? /Bo""")

M("he", """hej. min søn Oliver på 14 er blevet hash-misbruger og vi har søgt om en kontaktperson fra kommunen. vi har hørt ingenting. hans cpr: [[011211 4237]]. plz hjælp. /Kenneth og Louise""")

M("pt", """hej, vi er en irakisk familie og vores bud på en lejlighed i Ishøj Bycenter er lige blevet afvist fordi vi "ikke passer ind". mægleren sagde det direkte. vi har stadig et bud inde på en anden. /Hussein""")

M("uh", """Hej. Jeg er HK-medlem og kontorelev i kommunen. Jeg har fået migræne hver dag siden jeg blev flyttet til et nyt kontor uden vinduer. Min læge har sygemeldt mig en uge. Kan lokalet tjekkes? Mvh Julie""")

M("seh", """hej. jeg er en 20-årig homo fyr og har ik haft fast bolig i 4 mdr efter jeg røg ud hjemmefra. jeg er også blevet diagnosticeret med PTSD. min sagsbehandler snakker om et herberg. ikke ok. /Jonathan""")

M("bt", """Hej. Vi er en jødisk familie med to små børn, og vi vil gerne vide om børnehaven kan tage hensyn til at vi spiser kosher. Mvh Daniel og Ruth""")

M("ep", """Hej. Vi er blevet skilt og skal sælge vores hus på Tranegilde Strandvej, og indtil det er solgt bor jeg og børnene hos min mor. Huset har været til salg i 8 måneder. Hvordan søger jeg boligstøtte til en lejlighed i mellemtiden? Mvh Stine""")

M("bu", """hej! jeg er med i Radikal Ungdom og også i HK Ungdom, og vi holder en fælles debat om studiejob og løn. må vi låne kulturhuset? /Amalie""")

M("te", """hej, min mor er fra Gambia og er kommet på plejehjem i Ishøj efter sit slagtilfælde - nej hun har ik haft et slagtilfælde, hun er bare gammel. personalet snakker ikke engelsk med hende. kan der komme tolk? /Awa""")

M("sb", """Hej. Jeg er imam-uddannet og homoseksuel og vil gerne holde et oplæg for unge i klubben om tro og identitet. Hvem skal jeg kontakte? Mvh Yusuf""")

M("he", """hej. min datter Nora på 5 har en sjælden muskelsygdom og skal have en kørestol, og vi har fået afslag på en handicapbil. cpr: [[170519 4318]]. vi vil klage. /Martin og Sanne""")

M("tu", """Hej. Jeg er rumænsk og arbejder på byggeplads i Ishøj. Jeg er meldt ind i 3F fordi jeg ikke fik løn i 2 måneder. Kan kommunen kontrollere firmaet? Mvh Ion""")

M("hs", """hej, jeg er en pige på 16 og har en kæreste der også er pige. hun er blevet indlagt efter et selvmordsforsøg og hendes forældre vil ikke lade mig besøge hende. hvem kan hjælpe?? 😢""")

M("eu", """Hej. Jeg er lige blevet sat ned i tid og har søgt supplerende dagpenge fra min a-kasse (3F). Hvornår skal jeg til samtale i jobcentret? Cpr [[120893 1175]]. Mvh Daniel""")

M("bp", """hej. vi er et ungt par, begge aktive i Socialdemokratiet, og vi har budt på et hus på Ishøj Strandvej hvor sælger også er byrådskandidat. er det et problem at han ved hvem vi er? haha. /Kristoffer""")

M("th", """Hej. Min nabo, familien fra Eritrea i nr. 9, har en dreng på 4 som har hoste konstant og jeg tror der er skimmelsvamp i lejligheden. Kan kommunen tjekke? Mvh Anders""")

M("eh", """Hej. Min søn på 17 har fået en dom for vold og er i ungdomssanktion. Han har ADHD og kan ikke få sin medicin på institutionen. Hans cpr er [[030708-4412]]. Mvh Mona""")

M("se", """Hej. Jeg er på kontanthjælp og bor med min kone Malene. Vi har fået et brev om samlevende-reglen og at hun skal forsørge mig. Hun er selv studerende. Hvad nu? Mvh Line, [[161197-2089]]""")
