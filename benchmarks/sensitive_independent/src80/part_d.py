"""corpus80 part D: ethnic origin and sexual orientation, alone and together with
other categories; general questions as negatives."""
from common import M

M("t", """
Kære borgerrådgiver

Jeg er kurder fra Irak og har boet i Danmark i 19 år. I Borgerservice i sidste uge sagde en medarbejder højt til sin kollega "han forstår jo ikke noget alligevel", mens jeg stod lige der. Jeg forstår dansk udmærket. Jeg vil gerne klage.

Med venlig hilsen
Shwan Rasul
""")

M("t", """
Til skolelederen på Gildbroskolen

Vores datter Amina i 4.b er sort, og to drenge i klassen har flere gange kaldt hende for n-ordet i frikvarteret. Hun vil ikke i skole mere. Hvad gør skolen?

Venlig hilsen
Christina og Abdi
""")

M("t", """
hej

vi er romaer og bor i campingvognen ved havnen med tilladelse fra havnefogeden. i går kom en mand fra kommunen og sagde vi skulle flytte inden fredag. er det rigtigt? ingen har skrevet noget til os.

Stefan
""")

M("t", """
Hej kommune

Jeg er halvt thailandsk og halvt dansk og vil gerne starte et thai-madkursus for ældre i Aktivitetscentret. Hvem bestemmer hvilke hold der kommer på programmet?

Mvh Nok Jørgensen
""")

M("te", """
Til Plejecenter Vejleåhaven

Min svigermor Shamim, som flyttede ind i sidste måned, taler kun urdu og punjabi. Personalet kan ikke tale med hende, og hun bliver forvirret om aftenen. Kan der komme et billedkort eller en tolk en gang om ugen?

Venlig hilsen
Sana Malik
""")

M("t", """
Til Ishøj Kommune

Jeg kom til Danmark som flygtning fra Syrien i 2015 og er i dag uddannet elektriker. Jeg vil gerne være frivillig mentor for nye unge i Ishøj. Findes der sådan en ordning?

Med venlig hilsen
Khaled Alhamoud
""")

M("t", """
Hej

Min kone er fra Filippinerne og har fået arbejde som rengøringsassistent på rådhuset. Hun har ikke fået sin lønseddel for oktober. Hvem skal hun skrive til?

Mvh Brian Holm
""")

M("t", """
Til borgmesteren

Jeg er grønlænder og har boet i Ishøj siden 1998. Til nationaldagen den 21. juni vil vi gerne hejse det grønlandske flag ved rådhuset og invitere til kaffe. Kan det lade sig gøre?

Med venlig hilsen
Aviaja Lynge
""")

M("t", """
Assalamu alaikum / Hej

Vi er fra Somalia og min søn Abdirahman (15) vil gerne spille fodbold, men klubben siger der er venteliste. Han har ikke noget at lave om eftermiddagen. Kan kommunen hjælpe med en anden klub?

Fadumo
""")

M("t", """
Til SFO'en på Strandgårdskolen

Min søn Emre bliver drillet af en pædagog, som siger "det er sådan I tyrkere gør" når han larmer. Hans far er tyrker, og Emre er født her. Det er ikke i orden at en voksen siger sådan.

Venlig hilsen
Julie Andersen
""")

M("t", """
Kære Helle Ploug

Som dansk-pakistaner født og opvokset i Ishøj vil jeg gerne takke dig for dit indlæg om foreningslivet. Jeg træner drengene i Ishøj Cricket Club, og vi mangler en bane. Kan du tage det op i Kultur- og Fritidsudvalget?

Hilsen Usman Chaudhry
""")

M("t", """
Hej Sundhedsplejen

Vi taler tigrinya derhjemme, og min mand forstår ikke så meget dansk. Kan næste besøg være når jeg er hjemme, så jeg kan oversætte? Helst efter kl. 15.

Hilsen Selam
""")

M("t", """
Til borgerrådgiveren

Min nabo i opgangen råber "perker" efter mig hver gang vi mødes, og han har skrevet det på min postkasse. Boligselskabet gør ingenting. Kan kommunen?

Anonym
(Jeg bor på Ishøj Boulevard)
""")

M("t", """
Hej

Jeg er adopteret fra Etiopien og arbejder på en bog om adopterede i Vestegnen. Har Ishøj Lokalhistoriske Arkiv materiale om adoptivfamilier fra 70'erne?

Mvh Tsion Bech
""")

M("te", """
Dobryi den, hello

I am from Ukraine and fled with my two children in March 2022. We live in Ishøj and I get selvforsørgelsesydelse. Now I have a job offer in a bakery 20 hours a week. Do I lose all my money from the kommune if I say yes?

Olena
""")

M("t", """
Til Ishøj Idrætscenter

Min mand er fra Gambia og vil gerne spille basketball på et motionshold for voksne. Der står at holdene er fyldt op. Er der venteliste?

Mvh Mette
""")

M("tb", """
Til Kultur

Vi er en gruppe tamiler fra Sri Lanka, der bor i Ishøj, og vil gerne fejre Thai Pongal i januar som vores egen høstfest med bøn og mad. Kan vi leje salen i Vejleå Kulturhus en søndag?

Venlig hilsen
Tharshini Sivakumar
""")

M("t", """
Hi,

I'm from India and moved to Ishøj for a job at a pharma company in Taastrup. My wife and daughter are joining me in January. How do we get a school place for our daughter (age 9), and is there an international class?

Regards,
Rohit Mehra
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvor mange flygtninge har Ishøj Kommune modtaget i 2025 og 2026, og hvor mange af dem er kommet i job? Jeg skriver en opgave på HF om integration.

Mvh Oscar, 2.g
""")

M("", """
Hej

Kan man få en arabisktalende tolk til borgermødet om Ishøj Bycenter? Der er mange i vores opgang, der gerne vil deltage.

Mvh
beboerrådet, Ishøj Boulevard 11–19
""")

M("s", """
Hej

Jeg er bøsse og vil gerne starte en LGBT+-gruppe for seniorer i Ishøj. Kan vi låne et lokale i Aktivitetscentret en eftermiddag om måneden?

Kh Bent, 71
""")

M("s", """
Til Ishøj Idrætscenter

Min kæreste Mikkel og jeg vil gerne købe et parkort til fitness. Står der et sted at det kun gælder ægtepar, eller kan samboende også få det?

Jonas Lindgaard
""")

M("s", """
Hej Pladsanvisningen

Vi er to mødre og har lige fået vores første barn. I skemaet til vuggestuen står der "mor" og "far". Hvad skal vi skrive?

Mvh Signe og Pernille
""")

M("s", """
Til Borgerservice

Jeg er medmor til en lille dreng født i oktober, men i jeres system står jeg som "anden forælder" og kan ikke søge om dagpleje for ham. Hvordan retter man det?

Sofie Kirk
""")

M("s", """
Til borgerrådgiveren

Jeg er biseksuel, og min sagsbehandler spurgte i et møde om det "ikke bare er en fase". Det har ikke noget med min sag at gøre og jeg synes det var grænseoverskridende. Jeg vil gerne klage over det.

Mvh Anton
""")

M("s", """
Hej byråd

Vi er en regnbuefamilie med to fædre og tre børn. Til Ishøj Skoles juleklippedag stod der på sedlen at man skulle lave en gave til "mor". Kan I sørge for at skolerne tænker over den slags?

Hilsen Morten
""")

M("s", """
Hej

Min kone Maria og jeg er lige flyttet til Ishøj. Vi vil gerne melde os som frivillige i Ishøj Naturcenter. Hvordan gør man?

Camilla Rask
""")

M("sh", """
Til hjemmeplejen

Min mand Ole (79) er kommet hjem fra Hvidovre efter en lungebetændelse, og han er stadig svag. Jeg er 82 og kan ikke løfte ham. Kan hjemmesygeplejersken komme og se til ham i morgen?

Frank Mortensen
""")

M("s", """
hej

jeg er aseksuel og min læge på sundhedshuset bliver ved med at spørge om "kæresteri" til mine tjek. kan man bede om at det ikke står i min journal hver gang. tak

Kasper
""")

M("s", """
Kære Helle Ploug

Jeg kom ud som lesbisk for min familie sidste år og fandt stor støtte i den ungdomsgruppe, kommunen havde i klubben. Nu hører jeg at den lukker. Jeg håber, du vil stemme imod.

Mvh Laura, 19
""")

M("s", """
Hello,

My husband and I (two men, married in Spain) would like to book Ishøj Rådhus for a small civil ceremony to renew our vows. Is that something you do for couples already married abroad?

Best,
Carlos
""")

M("s", """
Til Ishøj Bibliotek

Jeg er queer og vil gerne lave en bogudstilling til Pride-måneden i juni med queer litteratur. Har I plads til det i foyeren?

Mvh Robin
""")

M("s", """
Hej

Min ex-kæreste, en mand jeg boede sammen med i tre år, står stadig på min adresse i CPR, selvom han flyttede i sommer. Jeg får hans post. Hvordan får jeg ham meldt flyttet?

Mvh Jacob Winther
""")

M("st", """
Hi,

We are a gay couple from Iran who came to Denmark last year. We have just got our residence permit and have been given a flat in Ishøj. We would like to know if there is any group for LGBT refugees in the area.

Thank you,
Reza
""")

M("st", """
Hej

Vi er to mødre, og den ene af os (Fernanda) er fra Brasilien. Vores datter skal i børnehave, og vi vil gerne vide om der er andre brasilianske familier i Ishøj, så hun kan lege på portugisisk. Kender I en forening?

Mvh Fernanda og Ditte
""")

M("", """
Hej

Hvornår er Copenhagen Pride i 2027, og deltager Ishøj Kommune med en vogn i paraden igen?

Mvh Tine
""")

M("", """
Til byrådet

Jeg har set at Ishøj flager med regnbueflaget i Pride-ugen. Hvor meget koster det kommunen, og hvem har besluttet det?

Mvh Carl
""")

M("sh", """
Kære Sundhedshuset

Min kone Anja og jeg (Bettina) har været i fertilitetsbehandling på Hvidovre i to år. Anja er nu gravid i uge 14. Har I et fødselsforberedelseshold, hvor vi begge kan deltage?

Kh Bettina
""")

M("se", """
Til Center for Voksne og Velfærd

Min mand Hans-Jørgen og jeg (Kristian) har været sammen i 40 år. Han har fået tildelt en plejebolig på Ishøjhave, og jeg vil gerne flytte med. Har ægtefæller ret til at bo sammen i en plejebolig?

Med venlig hilsen
Kristian Eriksen
""")

M("su", """
Hej

Jeg er TR for HK på rådhuset og har fået en henvendelse fra en kollega, der er blevet kaldt "bøssekarl" af en leder. Jeg er selv bøsse og ved hvordan det føles. Vi vil gerne have et møde med direktionen om kommunens politik mod chikane.

Mvh Anders Kjeldsen
""")

M("te", """
Hej

Min far kom fra Marokko i 1971 og arbejdede på Avedøreværket i 35 år. Nu har han fået tildelt hjemmehjælp, men hjælperne må ikke lave mad til ham, og han kan ikke lide den mad, der bliver bragt ud. Kan hjemmehjælperne ikke varme hans egen mad?

Hilsen Karim
""")

M("t", """
Til Ishøj Lokalhistoriske Arkiv

Min familie er af tyskerslægt fra Sønderjylland, og min oldefar talte kun tysk derhjemme. Han boede i Ishøj Landsby i 1920'erne. Har I folketællinger fra dengang?

Med venlig hilsen
Anne-Grethe Petersen
""")

M("", """
Hej

Jeg bor ved siden af Ishøj Sprogcenter, og om eftermiddagen holder der biler i dobbeltrækker på Ishøj Boulevard når holdene slutter. Kan I ikke lave flere parkeringspladser?

Mvh Jens
""")
