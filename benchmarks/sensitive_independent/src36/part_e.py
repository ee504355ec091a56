"""corpus36 part E: more property trades, ethnic origin and sexual orientation, mostly mixed with health or money troubles told in everyday words."""
from common import M

M("ph", """Kære Ole
Min mand kan ikke længere gå op til soveværelset, han har fået det dårligt med hjertet og bliver forpustet af tre trin. Vi har derfor sat huset på Bredekærs Vænge 9 til salg og har en køber på krogen, men han vil have at kommunen først godkender den tilbygning vi lavede i 2003. Kan I hjælpe?
Mvh Ingrid Hvass""")

M("pe", """hej vi skal sælge lejligheden fordi vi ikke kan betale lånet mere efter min mand blev sagt op. der har været fremvisning og en har budt, men banken vil have papir fra jer om der er restancer på ejendomsskatten. hvordan får vi det? Mette, Ishøj Strandvej 44""")

M("p", """Kære Teknisk Forvaltning
Vi har underskrevet en betinget købsaftale på grunden Tranegildevej 3 - betingelsen er at vi må lave en rideskole. Hvornår behandler udvalget vores dispensation?
Venlig hilsen
Signe og Thomas Holm""")

M("pe", """Til borgerrådgiveren
Efter skilsmissen skal huset på Pilemølle 11 sælges, men min eksmand nægter at skrive under på salgsaftalen, selvom der er en køber. Jeg har ikke råd til at blive boende alene. Kan kommunen gøre noget?
Mvh Karina Lau""")

M("p", """Hej Pia, nabohuset nr. 22 er til salg og køberen har spurgt os om vi vil dele udgiften til ny hæk. Vi vil gerne vide hvor skellet går før de skriver under.
Hilsen Kaj""")

M("ph", """Kære Merete
Jeg er 87, og kroppen vil ikke mere. Min datter har fundet en køber til mit hus på Torslunde Ager, men før han vil skrive under skal kommunen svare på om der er en kloaksag. Jeg har ikke kræfter til at ringe rundt.
Venlig hilsen
Alma Bjerre""")

M("pt", """Hej Ole
Vi er fra Bosnien og har boet på Vejleåvej i 20 år. Nu vil vi købe et lille hus i Ishøj Landsby, og vi har fået accepteret vores bud på betingelse af at vi får lov at lave kælder. Hvem skal vi ansøge?
Mvh Amir og Selma Hodžić""")

M("p", """Kære udvalg
Kommunen har sat grunden ved Ishøj Havn til salg, og vores firma har afgivet et bud i sidste uge. Vi har ikke hørt noget. Er vi stadig med?
Med venlig hilsen
Strandbyg A/S, Kim Thorup""")

M("p", """hej. køberen af vores rækkehus trak sig i går fordi tilstandsrapporten viser fugt. nu skal vi sætte det til salg igen. kan vi få en kopi af byggetilladelsen fra kælderen fra jer? Jacob""")

M("pe", """Kære Socialudvalg
Min far, Knud Bille, bor på plejecenter, og vi er nødt til at sælge hans lejlighed for at betale. Der er et bud, men kommunen skal sige god for at han ikke bor der mere. Hvordan gør vi det?
Venlig hilsen
Helle Bille""")

M("ps", """Kære Ole Madsen
Min kone Line og jeg sælger vores andelslejlighed i Strandgårdsparken, og køberen kræver svar fra kommunen om vores altan. Vi skal have svar inden 14 dage, ellers går handlen i vasken.
Hilsen Ulla Brandt""")

M("p", """Hej, vi forhandler med sælger af Ishøj Kiosk om prisen - han vil have 600.000 og vi har sagt 450. Har kommunen planer for området omkring den der kan ændre noget? /Tarek""")

M("p", """Goddag. Jeg har et hus i Ishøj som jeg overvejer at sælge til min nevø, vi har aftalt en pris men intet er underskrevet. Skal kommunen godkende noget?
Mvh Gunnar Hessel""")

M("pe", """Kære borgmester
Vi fik tvangsauktion på huset på Gildbrovej 12 udsat én gang, men nu kommer den den 3. februar. Vi har en køber som kan betale, men han skal have lov af jer til at bruge huset som klinik. Hjælp.
Hilsen
Michael og Trine Sørensen""")

M("th", """Kære Ole
Jeg er palæstinenser og har boet i Ishøj siden 1990. Efter alt det der er sket, kan jeg ikke sove om natten og har været hos lægen. Nu har min nabo malet noget grimt på vores postkasse. Vi føler os ikke trygge.
Venlig hilsen
Khaled Nasser""")

M("te", """hej jeg er fra Eritrea og kom som flygtning. min familie får hjælp fra kommunen men vi har ikke fået penge for december. vi har tre børn. Mvh Semhar""")

M("t", """Kære borgerrådgiver
Min mor er fra Filippinerne, og hun blev i går stoppet i Bycentret af en kommunal kontrollant, der spurgte om hun "arbejdede her ulovligt". Hun har dansk pas. Vi vil klage.
Hilsen Kristian Reyes Hansen""")

M("t", """Hej Merete
Jeg er iraner og arbejder som tolk for kommunen. Jeg vil gerne foreslå at der kommer farsi-skilte på rådhuset.
Mvh Parisa""")

M("t", """Vi er en grønlandsk familie og vil gerne vide om der er andre grønlændere i Ishøj, som mødes. Er der en forening? Hilsen Aaja""")

M("teh", """Kære Socialudvalg
Jeg er kurder fra Irak og har arbejdet i rengøring i 18 år. Nu er mine skuldre slidt op, og jeg kan ikke mere. Jobcentret siger jeg skal prøve et andet arbejde, men jeg kan ikke læse dansk godt. Hvad sker der med mine penge?
Venlig hilsen
Hasan Barzani""")

M("teh", """Til Ishøj Kommune
Min svigermor er fra Sri Lanka, og hun er begyndt at glemme alt. Der kommer to kvinder fra hjemmeplejen om morgenen og om aftenen, men de taler ikke tamil, og hun bliver bange. Kan hun få nogen der forstår hende?
Mvh Nirosha""")

M("t", """hej jeg er halvt marokkaner og blev kaldt "perker" af en pedel på skolen. jeg har optaget det på min mobil. hvem skal jeg sende det til? /Yassin 8.b""")

M("t", """Kære Kultur- og Fritidsudvalg
Vi er en gruppe afghanske kvinder, der vil starte et syhold i Ishøj Medborgerhus. Jeg er selv fra Kabul. Kan vi få en fast tid om onsdagen?
Venlig hilsen
Farida Noori""")

M("t", """Hej
Min søn på 4 er mørk i huden, og en anden forælder i børnehaven Troldehøj har sagt at han "ligner en der stjæler". Pædagogerne grinede. Jeg vil klage.
Hilsen Lisbeth Akinola""")

M("te", """Kære Merete Amdisen
Jeg kom fra Ukraine i 2022 med mine to børn. Vi bor i en lejlighed, kommunen har fundet, men nu siger de at vi skal flytte om en måned og vi ved ikke hvorhen. Jeg har ingen arbejde endnu.
Med venlig hilsen
Olena Kovalenko
[[250887 4513]]""")

M("t", """Goddag. Jeg er japansk gift med en dansker og vil gerne undervise i origami på biblioteket. Er der interesse? Mvh Yuki Sørensen""")

M("s", """Kære borgerrådgiver
Min kæreste Jesper og jeg er to mænd og har boet sammen i 4 år på Ishøj Søvej. En nabo har skrevet grimme sedler om "de to bøsser" i opgangen. Boligselskabet siger det er kommunens sag. Er det?
Mvh Nicolai""")

M("sh", """hej ole. jeg er lesbisk og er blevet så ked af det at jeg ikke kan komme ud af døren, efter min familie har brudt med mig. min læge siger jeg skal finde et fællesskab. findes der noget i ishøj? /Sara""")

M("s", """Til Skole- og Dagtilbudsudvalget
Vores datter har to mødre, og i skolens blanketter skal vi vælge mellem "mor" og "far". Min kone Anne har skrevet sig ind som "far" i protest. Kan I rette det?
Mvh Tina Bundgaard""")

M("se", """Kære Socialudvalg
Jeg og min mand Martin (vi er to mænd) har fået et plejebarn, Lukas, fra Ishøj Kommune. Sagsbehandleren kommer nu med kommentarer om at "drengen mangler en kvinde i sit liv". Det vil vi klage over.
Venlig hilsen
Simon Aagaard""")

M("sh", """Hej Pia
Jeg er bøsse og HIV-positiv, og jeg har læst at Sundhedshuset har en samtalegruppe. Men jeg er bange for at møde nogen jeg kender. Kan man deltage anonymt?
Venlig hilsen
(skriver anonymt)""")

M("s", """Kære borgmester
Jeg er pansexual og har stillet op til ungdomsrådet. Nogen har skrevet på nettet at jeg ikke "er et godt forbillede". Kan kommunen tage afstand fra det?
Mvh Liv""")

M("s", """hej, min kone og jeg (vi er begge kvinder) vil gerne leje festsalen til vores bryllupsfest. er der rabat for ishøjborgere? Hilsen Mie""")

M("se", """Kære Merete
Efter min skilsmisse fra min mand, Kristian, som jeg var gift med i 9 år - jeg er også en mand - har jeg ikke kunnet betale husleje alene. Kan jeg få et mindre sted?
Mvh Peter Lunde""")

M("s", """Kære Kulturudvalg
Jeg er formand for en lille forening for ældre homoseksuelle mænd i Vestegnen, og jeg er selv bøsse på 72. Vi søger et mødested i Ishøj.
Hilsen Erik Thaysen""")

M("s", """Hej, mig og min kæreste Signe er begge piger og vi går i 9. klasse. vi vil gerne til skolefesten sammen men læreren siger det skal være dreng-pige til dansen. er det lovligt?? /Johanne""")

M("sh", """Kære borgerrådgiver
Min mand Lars og jeg har været sammen i 40 år. Han er blevet indlagt på Glostrup og vil ikke have at hans bror får oplysninger. Men hospitalet og kommunen ringer kun til broren, fordi vi ikke er gift. Hvad gør jeg?
Venlig hilsen
Jens Kofoed""")

M("s", """hej ishøj kommune. jeg er bi og vil gerne hjælpe med at lave en pride-fest for unge i kulturhuset. hvem skal jeg snakke med? mvh Tobias""")

M("st", """Kære Ole
Jeg er bøsse og kommer fra Iran, hvor jeg ikke kunne leve som mig selv. Jeg har fået asyl og bor nu i Ishøj. Jeg vil gerne være frivillig i LGBT-foreningen, men jeg er bange for at min landsmænd finder ud af det.
Mvh Reza""")

M("", """Kære Ole
Hvorfor har Ishøj ikke flaget med regnbueflaget i år, som Albertslund har? Jeg synes det er en vigtig symbolhandling.
Hilsen Hanne Schmidt""")

M("", """Hvordan registrerer man et nyt ægteskab hos kommunen? Vi blev gift i Las Vegas.
Mvh Lise og Bo""")
