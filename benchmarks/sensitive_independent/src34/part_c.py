"""corpus34 part C: short and medium mails with health and economic/social circumstances
said in passing, many with a CPR number."""
from common import M

M("h", """hej, kan ikke komme til mødet torsdag pga jeg skal have fjernet galdeblæren på Køge sygehus onsdag. kan vi rykke det? mvh Dennis""")

M("he", """Hej
Jeg er på sygedagpenge efter en piskesmældsskade og har fået et brev om at jeg skal til samtale d. 12. Kan jeg få den som telefonmøde? Jeg kan ikke sidde i bussen så længe.
Cpr [[140383-2217]]
Mvh Nanna Bjerre""")

M("e", """Til opkrævningen. Jeg har fået brev fra et inkassobureau om en gammel regning på daginstitution fra 2022. Jeg vil gerne lave en afdragsordning med 300 kr om måneden. Mit personnummer er [[0907911462]]. Hilsen Kenneth Olsen, Askerød 14""")

M("h", """Kære Lone
Tak for snakken i går. Jeg glemte at sige at jeg først er tilbage på kontoret efter min kontrol på øjenafdelingen i Glostrup den 3., så jeg kan først underskrive udlejningsaftalen for foreningslokalet derefter.
Hilsen Birthe""")

M("e", """Hej Center for Børn og Forebyggelse, jeg har haft besøg af en socialrådgiver i sidste uge efter en underretning om vores datter Ella. Hvornår får vi den skriftlige vurdering? Ulrik Fogh, Vejleå Have 8""")

M("e", """hej jeg har pantsat min guldkæde for at betale huslejen, og nu spørger jeg om man kan få en enkeltydelse så jeg kan indløse den før den bliver solgt. den betyder meget for mig, det var min mormors. Sanne""")

M("he", """Til visitationen
Min mor Ruth Aagesen, [[210834-1155]], Ishøjgårdsvej 9, har fået et nyt høreapparat, men hun kan ikke selv skifte batterier pga. gigt i fingrene. Kan hjemmeplejen hjælpe hende med det ved morgenbesøget?
Venlig hilsen
Kirsten Aagesen""")

M("h", """Hej Martin, vil lige sige at jeg ikke stiller op til bestyrelsesvalget i grundejerforeningen i år. Har fået konstateret diabetes og skal lige finde mine ben. Men jeg hjælper gerne med at rydde op efter generalforsamlingen. Mvh Hans""")

M("e", """Jeg har fået et brev fra fogedretten om udsættelse den 28. november. Jeg har tre børn. Hvem i kommunen kan hjælpe mig med at finde et sted at bo? Det haster.
Fatima, Strandparken 9""")

M("e", """Hej med dig
Jeg har fået tildelt en budgetrådgiver gennem kommunens gældsrådgivning, og hun siger, at jeg skal bede jer om en udskrift over min restance på daginstitutionsbetaling. Mit cpr er [[0405923318]].
Tak
Jonas Meldgaard""")

M("h", """kære borgmester, jeg skulle have været til nytårskuren men ligger på Hvidovre med en lungebetændelse. send gerne en hilsen til byrådet fra mig. kh Inge Marie""")

M("e", """Hej, hvor lang tid går der før madservice kan starte? Min far Jørgen Skov, Kirkebakken 2, er blevet visiteret i dag. På forhånd tak, Anja""")

M("h", """Til Borgerservice
Jeg skal have nyt pas, men jeg kan ikke stå op i køen i længere tid efter min rygoperation. Kan jeg bestille en tid med en stol? Mit personnummer er [[121158–1023]].
Hilsen Vibeke Stampe""")

M("eh", """Vi har fået bevilget aflastning til vores søn Emil, som har autisme, en weekend om måneden. Men aflastningsfamilien har opsagt aftalen. Hvad sker der nu?
Med venlig hilsen
Louise og Martin Dalgas""")

M("e", """Kære Center for Beskæftigelse og Erhverv

Jeg skal møde i virksomhedspraktik hos Netto fra mandag, men jeg har ikke fået papirerne. Jeg er på kontanthjælp og vil ikke miste min ydelse. Kan I sende dem til min e-Boks?

Cpr: [[190299 2461]]
Venlig hilsen
Yasmin Okafor""")

M("h", """Hej Peter, jeg må desværre melde afbud til frivilligdagen ved Vejleåen. Min psykolog har rådet mig til at holde igen med aftaler nu hvor angsten er blusset op igen. Håber det går godt! Mvh Signe""")

M("e", """Jeg vil klage over at min husleje-restance er sendt videre til boligselskabets advokat selv om jeg har en betalingsplan med afdelingen. Jeg betaler 500 kr hver den 1. Hvad gør jeg? /Brian Lykke""")

M("h", """Hej, min datter Laura (9) har fået briller og et lappeforløb for sit dovne øje. Kan skolen sørge for, at hun sidder forrest i klassen? Hilsen mor, Rikke""")

M("e", """Til borgerrådgiveren
Jeg har siddet på krisecentret i Roskilde med mine to børn siden august. Nu skal vi flytte tilbage til Ishøj, og jeg vil gerne vide hvem der hjælper med bolig. Jeg vil gerne være anonym over for min eksmand.
Mvh A.""")

M("h", """Halløjsa Søren, kan ikke deltage i klubmødet om vinterbadning. Lægen siger nej til koldt vand efter min blodprop i sommer. Men jeg betaler stadig kontingent ;) /Erling""")

M("he", """Hej
Min mand har fået en kørestol fra kommunens hjælpemiddeldepot efter sin amputation. Men den kan ikke komme ind ad døren til badeværelset. Kan nogen komme og se på det?
Bodil Thygesen, Pile Allé 41""")

M("e", """Jeg har fået afslag på tilskud til briller fra kommunen. Jeg får førtidspension og har ikke råd selv. Kan jeg klage? Cpr [[230567 1190]]""")

M("h", """Hej Janni
Jeg kan godt tage referatet til næste udvalgsmøde, men ikke det efter — jeg skal have lagt et nyt knæ ind på Gentofte den 14. og er sygemeldt 6 uger efter.
Hilsen Bo""")

M("e", """Hej Ishøj Kommune. Vores el er blevet lukket i dag fordi vi skylder 4.800 kr til Andel Energi. Vi har en baby på 3 mdr. Kan kommunen hjælpe med en akut ydelse? Min sambo hedder Dennis Kruse og jeg hedder Michelle. Tlf 61 39 24 08""")

M("h", """Vedr. parkeringstilladelse: Jeg har et handicapskilt pga. min MS, men der er ingen handicapplads foran lægehuset på Torvet. Kan der laves en? Mvh Henriette Lund""")

M("eh", """Hej,
Min søster Pia Korsholm bor på bosted i Ishøj og har en udviklingshæmning. Hun har fået en ny kontaktperson, men ingen har fortalt os det. Vi er hendes værger. Hvem kan vi tale med?
Mvh Gitte Korsholm""")

M("e", """kære alle. jeg sidder i et betalingsforløb med Gældsstyrelsen om en gammel studiegæld og kan ikke også betale den ekstra regning på rottebekæmpelse på 1.200. kan den deles? ejendom: Bregnevænget 17 / Carsten""")

M("h", """Jeg har været ved lægen og fået en sygemelding frem til den 1. Jeg sender den med her, så I har den til min fraværssag i rengøringen på Vibeholmskolen. [[061080-1437]], Dorthe Holm""")

M("e", """Til Center for Voksne og Velfærd
Jeg er løsladt fra Herstedvester i sidste uge og har ingen bolig. Min kriminalforsorgsmedarbejder har sagt jeg skulle skrive til jer om en midlertidig bolig. Cpr.nr. [[150788–2975]].
Mikkel Brandt""")

M("he", """Hej
Jeg har fået bevilget et toiletsæde med forhøjer og et badebræt efter min hofteoperation. Leverandøren har ikke hørt noget. Hvem følger op?
Mvh Grete Jørgensen, Ishøj Søvej 3""")

M("e", """Hej, vi er en familie på fem der har fået mad fra Kirkens Korshærs uddeling i tre måneder fordi min mand er blevet arbejdsløs. Er der nogle tilbud i kommunen omkring julehjælp? Hilsen Sabina""")

M("h", """Kære udvalgsformand
Jeg beklager, at jeg ikke fik sendt mit høringssvar om cykelstien i tide. Jeg var indlagt på psykiatrisk afdeling i Glostrup i to uger i oktober. Jeg sender det nu, hvis det stadig kan nå at komme med.
Venlig hilsen
Lasse Dahl""")

M("e", """Hej
Jeg bor på herberget i Valby men er folkeregistreret i Ishøj. Kan jeg få en ny sundhedskort sendt til Borgerservice? Mit cpr er [[280973 1145]].
Jimmi""")

M("h", """Halløj. Min gravide kone (Julie) har fået at vide at hun har svangerskabsforgiftning og skal liggende. Kan vi få flyttet vores storskraldsafhentning fra fortovet til indkørslen, så jeg ikke skal bære alt ud mens hun er alene? Mvh Rasmus, Strandgårdsvej 2""")

M("e", """Til Ydelsesservice. Jeg har fået et krav om at betale 14.000 kr i boligstøtte tilbage. Det kan jeg ikke. Jeg vil gerne have en afdragsordning. Mit personnummer: [[0311852236]]. Hilsen Susanne Brix""")

M("eh", """Hej
Jeg har fået stillet en mentor til rådighed af jobcentret pga. min ADHD. Hun er ikke mødt op to gange. Kan I finde en ny? Kristian, [[101097-3319]]""")

M("e", """Vores barnebarn Noah bor hos os nu, efter at kommunen har anbragt ham i netværkspleje. Vi vil gerne vide, om vi kan få tilskud til en cykel til ham. Med venlig hilsen Jytte og Poul Kirk""")

M("h", """Hej Ole, hermed mine punkter til generalforsamlingen i haveforeningen. Jeg bliver nok nødt til at melde fra til selve aftenen, fordi jeg er i strålebehandling på Herlev den uge. /Marianne, have 43""")

M("e", """Jeg er blevet sat ned i min kontanthjælp fordi min kæreste er flyttet ind. Er det rigtigt at hans indkomst tæller med? Cpr [[230194–1722]]""")

M("he", """Hej hjemmeplejen. Min far Svend (Vejlebrovej 33) har fået stærkere morfinplaster efter sin kræftbehandling, og han er meget forvirret om morgenen. Kan I komme lidt senere, så han er vågen? Tak. Helle""")

M("h", """yo, kan ikk spille kampen lørdag, har brækket fodem på arbejdet, sygemeldt til jul. sorry drenge. /Milad""")

M("e", """Til Jobcenter Ishøj
Jeg har 225-timers kravet, men har nu kun 180 timer. Kan jeg få en forlængelse fordi jeg har været i praktik? [[121289-2206]]
Mvh Jakob Feldt""")

M("h", """Kære Bente
Tak for invitationen til frokost for de frivillige. Jeg kommer gerne, men jeg kan ikke tåle gluten pga. min cøliaki, så hvis I kan tage hensyn, ville det være dejligt.
Knus Anne""")

M("e", """Hej
Vi fik en ansøgning om friplads afvist fordi vi havde glemt at sende lønsedler. Nu har vi sendt dem. Min mand tjener 21.000 om måneden før skat og jeg er ledig. Børnene hedder Sofie og Oskar. Hvornår får vi svar? Ditte Hald""")

M("he", """Til Center for Voksne og Velfærd
Jeg er 41 år og har været i misbrugsbehandling i Lænkeambulatoriet. Nu har jeg været ædru i et halvt år og vil gerne søge om bostøtte, så jeg ikke falder tilbage. Hvordan gør jeg?
[[020484-2391]]
Kim Frandsen""")

M("h", """Min søn Victor har fået astma, og skolelægen siger han skal have sin inhalator med på lejrskolen. Kan en lærer opbevare den? /Helena""")

M("e", """hej. min lejlighed blev ryddet af fogeden i går. jeg sover på min vens sofa på vibeholmen. hvad gør jeg nu med min post og min ydelse?? mvh Sebastian [[050501-4478]]""")

M("h", """Hej Lise. Jeg kan se i referatet, at I vil flytte tirsdagsholdet i seniorgymnastik. Det passer ikke mig, for jeg går til genoptræning efter min apopleksi om onsdagen. Kan vi beholde tirsdag? Mvh Elly""")

M("e", """Til pladsanvisningen. Vi har fået tilbudt en plads i vuggestuen, men vi har ikke råd til egenbetalingen nu hvor vi begge er på SU. Kan vi søge om økonomisk friplads? Cpr mor: [[170302-4415]]. Hilsen Amalie og Frederik""")

M("eh", """Hej
Jeg har været ansat i kommunens rengøring i 12 år. Nu har jeg fået en arbejdsskade i skulderen og er blevet afskediget efter 120-dages-reglen. Hvad sker der med min pension?
Mvh Zeynep""")

M("e", """Hej Ishøj Kommune, min far på 84 har fået plads på Ishøjgård Plejecenter fra 1. december. Hvordan opsiger vi hans lejebolig, og hvem betaler husleje i overlappet? Hilsen Ib Gregersen""")

M("h", """Hej Thomas
Jeg kan ikke komme til arbejdsdagen i kolonihaven. Jeg har fået min første migræneanfald i et år og ligger med gardinerne trukket for. Jeg skal nok tage en ekstra dag i foråret.
Mvh Susanne, have 12""")

M("e", """Kære Mette
Jeg har modtaget en stævning fra Intrum på 23.000 kr. Det er en gammel mobilregning. Jeg er blevet fortalt at kommunen har gratis gældsrådgivning. Hvor finder jeg den?
Hilsen Tobias Holm, cpr [[270695-1551]]""")

M("eh", """Hej. Vores datter Freja på 15 har fået en spiseforstyrrelse og er indlagt på Bispebjerg. Vi har talt med skolen. Vi vil gerne have en støtteperson fra kommunen til når hun kommer hjem. Hvordan søger vi? Pernille og Jakob Thorsø""")
