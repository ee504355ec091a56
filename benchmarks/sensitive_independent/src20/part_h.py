"""Part H: mixed voices, weighted towards property trades, sexual orientation, belief and union."""
from common import M

M("p", """
hej vi har fået et bud på vores rækkehus på vejledalen men køber vil have at carporten er lovlig. kan i sende en erklæring hurtigt? mægleren presser på
""")

M("p", """
Kære Byudvikling

Vi er i gang med at købe andelsboligen Ishøj Søvej 5, 3. th. Vi har underskrevet betinget af, at andelsforeningen godkender os, og generalforsamlingen er først i juni. Må vi indtil da få lov at se kommunens byggesag på ejendommen?

Mvh
Christina og Bo Ahlers
""")

M("pe", """
Hej

Vi er gået fra hinanden og huset på Gildbrovej skal sælges. Min eksmand vil ikke gå med til prisen mægleren foreslår, og nu er der kommet en køber der vil give 3,1 mio. Kan kommunen ikke bare sige til ham at han skal skrive under? Jeg har ikke råd til at blive boende alene.

Mette
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg ejer kolonihavehuset i Haveforeningen Ishøjgård, have nr. 47, og har en køber, der har tilbudt 185.000 kr. Foreningen skal godkende prisen og kommunen skal vist godkende tilbygningen først. Hvor lang tid tager det?

Med venlig hilsen
Hans Otto Bille
""")

M("", """
Hej

Hvornår sælger kommunen de nye parcelhusgrunde ved Ishøj Landsby, og hvordan kommer man på interesselisten? Vi overvejer at flytte hertil.

Mvh
Familien Thorup
""")

M("p", """
hey hey, vores lejlighed i ishøj strand er til salg og vi har en køber der vil have svar på om der kommer nyt boligbyggeri foran. hvem ved det?? han trækker sig hvis vi ik svarer inden fredag
/kristian
""")

M("pe", """
Kære Borgmester

Jeg skriver i fortvivlelse. Min bank har begæret tvangsauktion over mit hus på Torslundevej, og auktionen er sat til den 12. november. Jeg mistede mit job i foråret og har søgt kontanthjælp. Er der nogen mulighed for at kommunen kan hjælpe, så jeg kan nå at sælge huset selv?

Med venlig hilsen
Jan Frederiksen
[[080268-1945]]
""")

M("p", """
Dzień dobry. Vi er ved at købe et hus i Ishøj på Vejlebrovej, handlen er ikke færdig. Sælger siger, der er en sag om ulovlig kælder hos kommunen. Kan vi få at vide om det er rigtigt før vi skriver under? Tak. Paweł
""")

M("p", """
Til Ishøj Kommune

Vores firma er ved at købe en erhvervsgrund i Ishøj Erhvervspark, matr. 9bx, og aftalen er betinget af, at der kan gives dispensation til en højere bygning. Vi beder om et møde med planafdelingen.

Med venlig hilsen
Mogens Ravnholt, direktør, Ravnholt Transport ApS
""")

M("p", """
Hej

Min nabo i nr. 14 har sat sit hus til salg, og der har været fremvisninger hele ugen. Jeg er bange for at en ny ejer vil fælde det store træ i skel. Kan kommunen frede det inden salget går igennem?

Mvh Bodil, nr. 16
""")

M("phe", """
Hej

Vi er nødt til at sælge vores hus på Ishøj Landevej, fordi min mand har fået ALS og ikke kan komme op ad trapperne mere. Huset er sat til salg, men vi har ikke fået noget bud endnu. Kan kommunen hjælpe med en midlertidig bolig i stueplan, indtil huset er solgt?

Venlig hilsen
Annette Krogh
""")

M("", """
Hej, vi solgte vores hus i Ishøj tilbage i 2019 og handlen er for længst afsluttet, men vi får stadig breve om ejendomsskat fra jer. Kan I opdatere jeres system?

Mvh
Lotte og Søren Busk
""")

M("pb", """
Kære Udvalg

Ishøj Baptistmenighed, hvor jeg er præst og min familie er medlemmer, har fået et tilbud fra en investor om at købe vores kirkebygning på Brøndby Nord Vej. Vi er i forhandling, men lokalplanen tillader kun kirkeformål. Kan den ændres, hvis salget gennemføres?

Med venlig hilsen
Pastor Jonathan Weiss
""")

M("p", """
Kære Borgerrådgiver

Jeg har en betinget købsaftale på en ejerlejlighed på Ishøj Strandvej, hvor køberen venter på en byggeattest fra kommunen. Den har jeg ventet på i 9 uger. Køberen kan træde tilbage efter 1. december.

Med venlig hilsen
Allan Kofoed
""")

M("pt", """
hej vi er en pakistansk familie og har budt på et hus på Torslunde Byvej. ejendomsmægleren sagde at naboerne "nok ikke ville bryde sig om det". må mægleren sige sådan? handlen er ikke underskrevet
""")

M("p", """
Hej

Jeg vil gerne sælge min andel i Andelsboligforeningen Strandgården og har en interesseret køber, men foreningen siger, kommunen skal godkende maksimalprisen pga. den kommunale garanti. Er det rigtigt?

Mvh
Ib Lauritzen
""")

M("se", """
Hej

Jeg er en kvinde på 52 og er lige blevet skilt fra min mand efter 25 år, fordi jeg er forelsket i en kvinde. Min nye kæreste Hanne og jeg vil flytte sammen i hendes lejlighed i Ishøj. Skal jeg melde flytning et bestemt sted?

Mvh
Lisbeth
""")

M("s", """
hej er der nogen i kommunen der ved hvor man kan få rådgivning om at blive regnbuefamilie? jeg og min kone vil gerne have børn med en donor
/camilla
""")

M("s", """
Kære Borgerrådgiver

Min mand Thomas og jeg (vi er begge mænd, gift i 2019) er blevet mødt med spørgsmålet "hvem er så moren?" af en sundhedsplejerske. Vi synes det var respektløst og vil gerne klage.

Mvh
Nikolaj Aagaard
""")

M("sh", """
Hej

Jeg er aseksuel og har autisme. Min sagsbehandler bliver ved med at spørge om jeg har en kæreste og om jeg er interesseret i at "finde en". Det er ikke relevant for min sag og jeg vil gerne have en anden sagsbehandler.

Venlig hilsen
Mikkel Schou
""")

M("st", """
Hello, my wife Anna and I (we are two women) want to marry at Ishøj Rådhus. We are both German. Do we need special papers? Danke!

Katrin Müller
""")

M("se", """
Til Center for Børn og Forebyggelse

Min eks-kone og jeg har delt forældremyndighed over vores søn. Efter jeg har fået en kæreste, der er mand, har hun stoppet samværet og siger, det er "for forvirrende" for drengen. Hvad kan kommunen gøre?

Mvh
Henrik Bolt
""")

M("s", """
hej jeg er pan og nonbinær og vil gerne være med i kommunens ungeråd men ansøgningen spørger om køn og kun har 2 muligheder. kan i lave det om
""")

M("s", """
Kære Ældreråd

Jeg er 74 og lesbisk og har boet alene hele mit liv. Jeg er bange for, hvordan personalet vil tale om mig, hvis jeg en dag skal på plejehjem. Har Ishøj nogen tanker om LGBT+-venlige plejehjem?

Med venlig hilsen
Kirsten Holt
""")

M("sb", """
Hej

Jeg er homoseksuel og katolik og føler mig ikke velkommen nogen steder. Jeg ved ikke om kommunen kan gøre noget, men jeg vil gerne vide om der er en samtalegruppe for folk som mig. Jeg bor på Gildbrohøj.

Venlig hilsen
Daniel
""")

M("", """
Kære Byråd

Hvorfor har kommunen ikke en politik for LGBT+-borgere, som Københavns Kommune har? Det er på tide.

Med venlig hilsen
En borger
""")

M("s", """
Til Borgerservice

Min mand og jeg skal registrere vores søns navn. På formularen står "mor" og "far", men vi er to fædre og drengen er født via surrogati i USA. Hvordan gør vi?

Hilsen
Ole og Rasmus Vind-Larsen
""")

M("b", """
Kære Borgmester

Jeg stemte på Dem ved sidste valg, men er dybt skuffet over lukningen af Ishøj Bibliotek om søndagen. Næste gang stemmer jeg Konservativt.

Med venlig hilsen
Preben Holm
""")

M("b", """
hej jeg er veganer af etiske grunde og min søn må ikke få kød i vuggestuen. de siger det er for besværligt at lave særkost. har vi ret til det?
""")

M("b", """
Kære Skolechef

Vi er Jehovas Vidner og ønsker ikke, at vores datter deltager i fødselsdagsfejringer og juleklip på Ishøj Skole. Læreren har sagt, at hun så skal sidde alene på gangen. Er det i orden?

Venlig hilsen
Familien Kristensen
""")

M("bt", """
Hej

Min familie er kristne fra Egypten (koptere). Vi er ved at søge om at få vores søster hertil. Kan kommunen hjælpe med en udtalelse om hendes forhold i Egypten?

Mvh
Mina Girgis
""")

M("b", """
Til Byrådet

Som formand for Venstre i Ishøj vil jeg gerne invitere alle byrådets medlemmer til vores sommermøde. Det er et åbent arrangement.

Med venlig hilsen
Jens Kold
""")

M("b", """
hej jeg er pacifist og vil ikke have at min søn skal have besøg af forsvaret på skolen i forbindelse med uddannelsesvejledning. kan han få fri?
""")

M("b", """
Kære Borgerrådgiver

Jeg bærer niqab, fordi min tro kræver det, og blev afvist ved skranken i Borgerservice, da jeg skulle hente mit pas. Jeg tilbød at vise ansigtet for en kvindelig medarbejder. Jeg vil klage over behandlingen.

Mvh
Amal
""")

M("be", """
Hej

Jeg er medlem af Dansk Folkeparti og sidder i partiets lokalbestyrelse. Efter at det blev kendt, har jeg mistet mit job i en børnehave i kommunen. Jeg er nu på dagpenge og vil vide, om kommunen har lov til det.

Mvh
Kenneth Lind
""")

M("b", """
Kære Kultur- og Fritidsudvalg

Jeg er humanist og medlem af Humanistisk Samfund. Jeg foreslår, at kommunen tilbyder ikke-religiøse navngivningsceremonier på rådhuset. Jeg og min mand vil gerne være de første.

Med venlig hilsen
Sara Bech
""")

M("bhe", """
Hej

Jeg er hindu og vegetar og ligger på Plejecenter Ishøjhus efter et slagtilfælde. Køkkenet serverer tit retter med kødsovs og siger, jeg bare kan skrabe det af. Kan kommunen sørge for ordentlig mad?

Venlig hilsen
Ramesh Patel
[[2111499182]]
""")

M("u", """
Hej

Jeg er medlem af Lederne og ansat som afdelingsleder i kommunen. Jeg vil gerne vide om kommunen har en fast procedure for lønforhandling af ledere.

Mvh
Kirsten Berg
""")

M("u", """
hej jeg er meldt ud af 3F for et år siden og nu får jeg stadig opkrævning. kommunen trækker det vist over lønnen? jeg er ansat i parkafdelingen
""")

M("u", """
Kære Børne- og Ungeudvalg

Som BUPL-tillidsrepræsentant i Børnehuset Regnbuen vil jeg gøre opmærksom på, at vi i fire uger har manglet to pædagoger. Forældrene er også bekymrede.

Venlig hilsen
Tina Vestergaard
""")

M("ue", """
Hej

Jeg har været medlem af Dansk Sygeplejeråd i 20 år, men blev afskediget fra hjemmesygeplejen i Ishøj i marts. Min fagforening siger, afskedigelsen er usaglig. Jeg er nu på dagpenge og vil have aktindsigt i min personalesag.

Venlig hilsen
Ulla Mose
[[120574–2290]]
""")

M("u", """
Til Ishøj Kommune

Jeg er medlem af Djøf og ansat i Økonomiafdelingen. Jeg vil gerne søge om at gå ned i tid og vil høre, om det kræver at min fagforening er med.

Mvh
Jakob Henriksen
""")

M("u", """
hej jeg er ny TR for HK på rådhuset og har brug for en liste over medarbejdere i min afdeling, hvem kan give mig den?
""")

M("ut", """
Hej

Jeg er medlem af Det Faglige Hus og arbejder som rengøringsassistent på Ishøj Skole. Min kollega har flere gange sagt, at "I østeuropæere arbejder jo for ingenting". Jeg er fra Litauen og vil gerne vide, hvordan man klager.

Mvh
Rasa Petrauskienė
""")

M("u", """
Kære Teknik- og Miljøudvalg

Jeg er tidligere tillidsmand i Dansk Metal og nu pensionist. Jeg vil foreslå, at kommunen bruger lokale lærlinge til den nye cykelbro.

Med venlig hilsen
Erik Søndergaard
""")

M("uh", """
hej jeg er medlem af IDA og ansat som ingeniør i kommunen. jeg har været sygemeldt med diskusprolaps og vil gerne starte op på deltid. skal jeg skrive til HR eller min leder?
""")

M("u", """
Hej

Jeg er 3F-medlem og arbejder som chauffør for kommunens madudbringning. Vi har fået nye ruter uden at tillidsmanden blev spurgt. Hvem har besluttet det?

Mvh
Kim Dalsgaard
""")

M("u", """
Kære Økonomiudvalg

Jeg skriver som TR for Socialpædagogerne på Bostedet Vibeholm. Vi er bekymrede for nattevagtsnormeringen.

Venlig hilsen
Louise Dam
""")

M("", """
Hej

Hvilke fagforeninger har overenskomst med Ishøj Kommune på rengøringsområdet? Jeg overvejer at søge job hos jer.

Mvh
Kristina
""")
