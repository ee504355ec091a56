"""corpus36 part C: property trades not yet concluded, ethnic origin and sexual orientation - often together with paraphrased health or money troubles - and their hard negatives."""
from common import M

M("pe", """Kære Ole Madsen
Vi er nødt til at sælge huset på Gildbrovej 41, fordi pengene ikke slår til efter min mand mistede sit arbejde. Der er en køber, der har budt, men han vil først have svar fra kommunen om lokalplanen for carporten. Kan I skynde lidt på?
Mvh Anita Frost""")

M("p", """Hej
Vores rækkehus på Vejledalen 23 har været til salg i 5 måneder. Nu har vi endelig et bud, men køberen vil have garanti for at der ikke kommer støjvold bag haven. Hvad kan I oplyse?
Hilsen Jens og Tove""")

M("ph", """Kære borgerrådgiver
Jeg kan ikke gå på trapper længere efter mine to hofteoperationer, så vi har sat lejligheden på 3. sal til salg og skal købe en stueetage i Ishøj Landsby. Handlen er betinget af at kommunen godkender en rampe. Hvor lang tid tager det?
Venlig hilsen
Poul Lassen""")

M("p", """hej vi har givet et bud på grunden ved Tranegilde og sælger siger ja hvis vi får lov at bygge to etager. hvem skal vi snakke med? /Kasper & Line""")

M("p", """Kære Teknik- og Miljøudvalg
Køberen af vores andelsbolig i Strandgårdsparken er sprunget fra i sidste øjeblik, fordi han hørte om jeres planer for letbanen. Nu står vi med to boliger. Kan I fortælle, hvad der faktisk er besluttet?
Venlig hilsen
Birgit og Hans Overgaard""")

M("pe", """Hej
Banken siger at huset bliver sat på tvangsauktion i marts, hvis vi ikke får solgt inden. Vi har en mulig køber, men han venter på at kommunen giver tilladelse til udstykning. Kan I behandle sagen før jul?
Mvh Rene Hald, Torslunde Ager 8""")

M("", """Hej
Vi købte huset på Pilemølle 27 i 2019, handlen er for længst på plads. Nu vil vi gerne vide hvornår der kommer fjernvarme på vejen.
Mvh Maja""")

M("", """Hvornår sælger kommunen de nye byggegrunde ved Ishøj Landsby? Og hvad koster de ca. pr. m2?
Hilsen Jacob""")

M("p", """Kære Merete
Vores nabo i nr. 14 har sat sit hus til salg, og mægleren skriver i salgsopstillingen at man må bygge en 1. sal. Det er vi ikke enige i - vi vil få hele skyggen. Må han skrive det inden køber har skrevet under?
Hilsen Lotte Dalsgaard, Vejledalen 16""")

M("p", """Goddag
Vi er i gang med at forhandle prisen på Ishøj Autoværksted på Industrivej, som vi vil overtage efter nytår. Sælger vil have 2,1 mio, vi har budt 1,7. Før vi går videre vil vi vide om der er jordforurening på grunden.
Med venlig hilsen
Faisal og Omar Rahimi""")

M("p", """Hej Pia. Vi har kolonihavehuset i Ishøj Haveforening, have 43, til salg. Der er en køber, men bestyrelsen siger at kommunen skal godkende prisen. Passer det? Mvh Eigil""")

M("", """Min gamle Renault er til salg, hvis nogen på rådhuset mangler en bil 😉 Nej, det jeg egentlig ville spørge om: kan man få beboerlicens til to biler?
Mvh Jesper""")

M("t", """Kære borgerrådgiver
Jeg er født i Somalia og har boet i Ishøj i 25 år. I går sagde en medarbejder i Borgerservice, at "sådan nogle som jer" altid kommer for sent. Jeg vil gerne klage.
Med venlig hilsen
Hodan Ali""")

M("t", """hej jeg er halvt tyrkisk og halvt dansk og vil gerne være med i Ishøjs ungeråd. er det kun for dem der går på gymnasiet? /Deniz""")

M("th", """Kære Skole- og Dagtilbudsudvalg
Min søn er sort, vi har adopteret ham fra Etiopien, og han bliver kaldt grimme ting i frikvarteret på Strandskolen. Han har fået ondt i maven hver morgen og vil ikke af sted. Lægen siger det er angst. Skolen gør ingenting.
Venlig hilsen
Henrik og Mette Bang""")

M("t", """Hej Ole,
Vi er en familie fra Polen, som bor på Vejleåvej. Vores datter taler ikke så godt dansk endnu. Er der en ekstra danskundervisning i børnehaven?
Med venlig hilsen
Agnieszka Nowak""")

M("te", """Goddag
Jeg kom til Danmark som flygtning fra Syrien i 2015, og jeg har aldrig kunnet få et arbejde der passer til min uddannelse som ingeniør. Jeg har været i tre praktikker gennem jobcentret uden løn. Jeg har en familie at forsørge.
Venlig hilsen
Mahmoud Haddad
[[010175-3362]]""")

M("t", """Kære borgmester
Min mor er grønlænder og hun føler sig ikke velkommen på Ishøj Bibliotek efter det der skete i sidste uge, hvor en ansat spurgte om hun "overhovedet kunne læse". Det er ikke i orden.
Hilsen
Niviaq Petersen""")

M("", """Hvor mange flygtninge har Ishøj modtaget i 2024? Jeg har hørt forskellige tal.
Mvh Erling""")

M("", """Kan man få en arabisk tolk med til forældremødet, eller skal familien selv sørge for det? Jeg er klasselærer på Vibeholmskolen.
Hilsen Trine Lau""")

M("te", """hej jeg er fra Pakistan og min mand sidder i fængsel i Vestre. jeg ved ikke hvem der kan hjælpe mig med husleje for december, jeg har aldrig selv haft penge. /Saima""")

M("t", """Kære Merete Amdisen
Min farfar kom fra Jugoslavien som gæstearbejder i 1969 og byggede halvdelen af Vejleåparken. Vi i familien vil gerne foreslå at der kommer en mindeplade for gæstearbejderne.
Med venlig hilsen
Dragan Petrović""")

M("t", """Hej. Naboen i nr. 9 råber "tyrkersvin" efter min far hver gang han går ud med skraldet. Min far er kurder, og han er 78. Vi har talt med boligselskabet. Hvad kan kommunen gøre?
Mvh Rojin""")

M("th", """Til Ældre- og Sundhedsudvalget
Min mormor er fra Vietnam og taler ikke dansk. Hun er blevet meget forvirret efter sit slagtilfælde og forstår ikke hvad de siger til hende på genoptræningen. Kan hun få en tolk?
Venlig hilsen
Linh Tran""")

M("t", """vi er romaer og vores børn bliver altid sendt hjem fra fritidsklubben i Ishøj Centrum. hvorfor? vi vil gerne snakke med nogen. Marius""")

M("", """Kære Ole
Jeg synes det er forkert at Ishøj bliver omtalt som en "ghetto" i medierne. Der bor mennesker fra over 100 lande her, og det går godt. Tak for jeres arbejde.
Hilsen Inge Lise""")

M("t", """Hej Pia
Jeg har et spørgsmål på vegne af min kone, som er thailandsk. Hun har fået brev om at hun skal til prøve i dansk igen, selvom hun bestod sidste år. Hvad er reglerne?
Mvh Kim Sejersen""")

M("t", """Kære Kulturudvalg
Jeg er samisk og vil gerne lave en lille udstilling om samisk kultur på biblioteket. Er der en væg man kan låne?
Venlig hilsen
Elle Máret Somby""")

M("s", """Hej Ole
Min mand Jonas og jeg (begge mænd, ja) vil gerne adoptere, og vi har hørt at der er et informationsmøde i kommunen. Hvornår er det?
Mvh Anders Holck""")

M("s", """hej jeg er lesbisk og 15 og der er ingen steder i Ishøj hvor man kan møde nogen som en selv. kan ungdomsklubben ikke lave noget for LGBT+? :) /Emma""")

M("sh", """Kære borgerrådgiver
Min kone Sara og jeg har fået en datter med hjælp fra en donor. Sara har haft en svær fødsel og er stadig meget træt og ked af det. Jeg er medmor, men sundhedsplejersken taler kun til Sara og kalder mig "veninden". Det gør ondt. Kan I tale med dem?
Venlig hilsen
Nanna Friis""")

M("s", """Til Kultur- og Fritidsudvalget
Jeg er bøsse og har boet i Ishøj hele mit liv. Jeg vil gerne foreslå at kommunen hejser regnbueflaget i pride-ugen. Mange af os ville føle os set.
Med venlig hilsen
Frederik Møller""")

M("", """Hvornår er Copenhagen Pride i år, og deltager Ishøj Kommune med en vogn? Jeg arbejder i Ishøj og spørger for vores personaleforening.
Mvh Susanne""")

M("s", """Kære Merete
Min mand og jeg har været gift i 12 år. Jeg hedder Thomas. Nu er vi flyttet til Ishøj og vil gerne melde os til i den lokale borgerforening, men de har en rubrik hvor der står "hustru". Kan kommunen sige noget til dem?
Hilsen Thomas Ravn""")

M("se", """hej jeg er 19 og er blevet smidt ud hjemmefra fordi jeg fortalte min far at jeg er bøsse. jeg sover hos en ven. hvad kan kommunen gøre for mig? /Alex""")

M("s", """Hej
Min kæreste Mikkel og jeg vil gifte os på Ishøj Rådhus til sommer. Vi er to mænd - gør det nogen forskel for hvem der kan vie os?
Mvh Jonathan Bruun""")

M("s", """Kære udvalg
Jeg er biseksuel og har i 20 år været træner i Ishøj Håndbold. En forælder har sagt til klubben at "sådan en" ikke skal træne piger. Klubben har fritaget mig. Er det lovligt?
Venlig hilsen
Camilla Winther""")

M("s", """To fædre her 👋 Vi vil gerne melde vores søn ind i dagplejen på Bredekær, men tilmeldingen online har kun felter til "mor" og "far". Kan I rette det? Hilsen Rasmus og Jakob""")

M("s", """Kære Pia Andersen
Jeg er aseksuel og har ingen partner, men min sagsbehandler bliver ved med at spørge om jeg har en kæreste i forbindelse med min ansøgning om bolig. Hvorfor er det relevant?
Venlig hilsen
Maja Bendtsen""")

M("sh", """Hej Ole
Min kone Hanne har fået kræft igen. Vi er to kvinder og har været sammen i 30 år. På hospice i Hvidovre er de søde, men kommunens hjemmesygepleje skriver stadig "ægtefælle: ukendt". Kan det ændres?
Kh Birthe Lund""")

M("s", """Kære borgmester. Vi er et regnbuepar, to mødre med tvillinger i 0.b, og vi savner at skolen også nævner familier som vores i sundhedsundervisningen. Mvh Ditte og Louise""")

M("", """Vil kommunen tage stilling til LGBT+-undervisning i skolerne? Jeg synes ikke det er kommunens opgave, men jeg vil gerne vide hvad politikerne mener.
Hilsen Karl Bruun""")

M("s", """hej. jeg er queer og vil gerne starte en læseklub på biblioteket for unge som mig. hvem skal jeg skrive til? /Noa""")

M("", """Min mand og jeg (Henrik og Bodil) vil gerne høre om der kan sættes en bænk ved søen i Ishøj Landsby, vi går der hver dag.
Venlig hilsen Bodil""")

M("s", """Kære borgerrådgiver
Min mand, Peter, og jeg søgte om at blive plejefamilie. Vi fik afslag, og i begrundelsen står der at barnet har brug for "en mor". Jeg er også en mand. Det vil jeg gerne klage over.
Venlig hilsen
Henrik Nordahl""")

M("", """Hej. Min kæreste og jeg skal flytte sammen i en lejlighed i Ishøj Strand. Skal vi begge melde flytning, eller er det nok at én gør det?
Mvh Sam""")

M("pt", """Hej Ole
Vi er en tamilsk familie, som gerne vil købe huset på Ishøj Søvej 12, og vi har givet et bud. Sælgers mægler sagde til os, at "naboerne nok ikke vil have sådan nogle". Kan kommunen gøre noget ved den slags diskrimination, før vi skriver under?
Venlig hilsen
Kumar Selvarajah""")

M("ps", """Kære Teknik- og Miljøudvalg
Min mand Erik og jeg skal sælge vores hus på Pilemølle 5 og flytte ind i en andel i byen. Køberen venter på en byggeattest fra jer fra 1994, som ikke kan findes. Kan I finde den?
Med venlig hilsen
Jørn Madsen""")

M("", """Kære Ole
Vores ejendomsmægler siger, at huspriserne i Ishøj er steget 12% i år. Er det noget kommunen har tal på? Vi overvejer at sælge om et par år.
Hilsen Knud""")
