"""Part I: mixed mails about moving, neighbours and the blocks; learnt Danish, English and forwards."""
from common import M

M("ub", """
Hej Karen

Tak for sidst til partiforeningens møde. Som du ved er jeg både i SF og TR for HK på rådhuset. Jeg bor i Gadekæret, og vi er mange der undrer os over at kommunen ikke har svaret på afdelingsbestyrelsens brev om trafiksikkerhed. Kan du rykke?

Hilsen
Mette Lauridsen
""")

M("ps", """
Hej

Min mand Jens og jeg (Torben) har sat vores lejlighed til salg for at flytte til noget i stueplan. Køberen vil have en erklæring om at altanen er lovlig. Kan I sende den?

Venlig hilsen
Torben Mikkelsen
""")

M("", """
Hej

Hvilke krav stiller kommunen til altaner, der bygges til eksisterende boliger? Vi er en ejerforening, der overvejer det på den kommende generalforsamling.

Mvh
Formanden, E/F Strandparken
""")

M("hu", """
hej ole

jeg er i FOA og arbejder på plejecentret. har lige fået at vide at jeg er gravid med tvillinger og vi bor i en toværelses. kan vi komme hurtigere på listen til en større bolig i vores afdeling?

Nadja
""")

M("tb", """
Hej

Jeg hedder Amir og kommer fra Iran. Jeg konverterede til kristendommen for fem år siden og er blevet døbt. Nogle af mine naboer fra Iran er blevet vrede, og de siger ting i opgangen. Jeg føler mig ikke tryg. Hvem i kommunen kan jeg tale med om tryghed i boligområdet?

Amir Hosseini
""")

M("s", """
Til Ishøj Kommune

Min kone og jeg (vi er to kvinder) har fået et barn, og nu er vi tre i en etværelses. Vi har været skrevet op i 4 år. Er der noget vi kan gøre for at komme hurtigere frem?

Med venlig hilsen
Sofie Christensen
[[280992-2613]]
""")

M("p", """
Kære borgmester

Jeg ejer en grund ved Ishøj Landevej, som jeg har forsøgt at sælge i to år. Nu har jeg en køber, der vil bygge rækkehuse, men det kræver en ny lokalplan. Hvordan søger man om det, og hvor lang tid tager det?

Venlig hilsen
Arne Bonde
""")

M("", """
Hej

Hvordan søger man om en ny lokalplan? Vi er en gruppe studerende der laver et projekt om byplanlægning i Ishøj.

Mvh
Gruppe 7, DTU
""")

M("hbt", """
Til Center for Voksne og Velfærd

Min far er 88 og jødisk. Han har fået demens og bor stadig hjemme. Han vil gerne have kosher mad, hvis han skal på plejehjem en dag. Jeg spørger bare om det er muligt i Ishøj.

Venlig hilsen
David Melchior
""")

M("u", """
Hej

Jeg er pædagog og medlem af BUPL. Jeg er lige flyttet til Ishøj og skal skrive min søn op til en vuggestue. Hvor lang er ventetiden i Ishøj Landsby?

Mvh
Lærke Holm
[[021190 2544]]
""")

M("s", """
Hello,

My girlfriend Anna and I (I'm Sarah, we're both women) are moving from London to Ishøj this summer. We have found an apartment but need to register. Do we need to come to Borgerservice together?

Cheers
Sarah Mitchell
""")

M("hp", """
Hej

Vi har solgt vores hus i Torslunde betinget af at vi kan finde en lejlighed i Ishøj Landsby. Min kone har fået en ny hofte og kan ikke gå på trapper. Køberen har en frist til 1. maj. Har boligselskabet noget i stueplan?

Venlig hilsen
Henning Rask
""")

M("bt", """
hej

vi er fra Bosnien og er muslimer. vi vil gerne slagte et lam til eid på vores altan, som vi gjorde derhjemme. vores nabo siger at det er ulovligt. er det rigtigt?

Edin
""")

M("", """
Hej

Er det tilladt at slagte dyr i private haver eller på altaner i Ishøj? Vi har set en diskussion om det på Facebook og vil gerne kende reglerne.

Mvh
Rikke
""")

M("u", """
Til hovedpostkassen

Jeg er vicevært i en almen afdeling og er medlem af 3F. Jeg har fundet en gammel kommunal skrivelse fra 1992 om en servitut i afdelingen. Kan I sende mig en kopi af originalen?

Venlig hilsen
Søren Bech
""")

M("he", """
Kære Borgerrådgiver

Mit barn på 10 er blevet anbragt på et opholdssted. Jeg er selv i behandling for alkoholmisbrug og vil gerne have min søn hjem, når jeg er klar. Men nu siger boligselskabet at jeg skal flytte i en mindre bolig, fordi han ikke bor her mere. Kan I hjælpe?

Med venlig hilsen
Lene
""")

M("pb", """
Hej

Vores menighed (Jehovas Vidner i Ishøj) vil gerne købe et lille erhvervslokale til rigssal. Vi har givet et bud på en ejendom på Industrivej, men vil vide om lokalplanen tillader forsamlingslokale. Jeg er ældste i menigheden.

Venlig hilsen
Henrik Winther
""")

M("s", """
Hej,

Min mand Peter og jeg (Karsten) har en hund, og der er nye regler om hunde i vores afdeling. Kan kommunen bekræfte, om de er lovlige?

Mvh
Karsten Wolff
""")

M("h", """
hej. min nabo Bente i nr 4 er lige kommet hjem fra hospitalet efter et slagtilfælde. hun kan ikke bære sin skraldepose ned. kan kommunen hjælpe eller er det boligselskabet?

Lise
""")

M("", """
Hej

Hvem skal fjerne affaldet fra beboere der ikke selv kan bære det ned? Vores afdelingsbestyrelse diskuterer det, der er flere ældre i afdelingen.

Mvh
Afdelingsbestyrelsen
""")

M("bt", """
Til hovedpostkassen

Mine svigerforældre er fra Indien og sikher. Min svigerfar bærer turban, og han er blevet stoppet af en vagt i boligområdet, der spurgte om han "boede her". Han har boet her i 12 år. Vi vil gerne klage.

Venlig hilsen
Manpreet Kaur
""")

M("p", """
Hej

Vi har tilbudt at købe naboens andel, så vi kan slå lejlighederne sammen. Andelsforeningen er positiv, men kommunen skal vist godkende sammenlægningen. Hvordan søger vi?

Mvh
Louise og Mikkel Strøm
""")

M("ue", """
Hej

Jeg er 3F-medlem og har fået job som vicevært i Ishøj. Jeg har været på kontanthjælp og skal nu stoppe. Skal jeg give jer besked?

Mvh
Omar Said
[[150489-3227]]
""")

M("s", """
Kære Karen

Jeg er en af dem du talte med på Pride-dagen. Jeg er biseksuel og har nu fået en lejlighed i Ishøj. Tak for dit engagement.

Mvh
Julie
""")

M("b", """
Kære udvalgsformand

Jeg er medlem af Extinction Rebellion og bor i Vejleåparken. Vi vil gerne lave et klimaværksted i beboerhuset. Kræver det tilladelse?

Mvh
Alberte Friis
""")

M("t", """
Hej

Min svigermor er fra Kina og taler kun kinesisk. Hun er flyttet ind hos os. Kan hun få et brev om affaldssortering på kinesisk?

Mvh
Henrik Larsen
""")

M("hs", """
Til Center for Voksne og Velfærd

Min kone Nanna har fået sklerose, og vi har brug for en lejlighed med elevator. Vi er to kvinder og har stået på ventelisten i boligselskabet i to år. Har kommunen nogen regler om fortrinsret, når man er syg?

Med venlig hilsen
Line Bergström
""")

M("u", """
Hej

Jeg har været tillidsrepræsentant i Dansk Metal i 20 år, og er det stadig, nu på deltid. Jeg bor i Ishøj Strand og vil gerne høre om kommunens planer for havnen.

Mvh
Bent Kofoed
""")

M("pu", """
Hej Ahmed

Jeg er tømrer og medlem af 3F. Jeg har købt en grund ved Torslunde og vil bygge mit eget hus, men købet er betinget af, at lokalplanen tillader 1½ plan. Kan du sige noget om det?

Mvh
Jacob Lind
""")

M("h", """
Kære hovedpostkasse

Min datter på 7 har cøliaki og skal have glutenfri mad i SFO'en. Vi er lige flyttet til Ishøj. Hvordan søger jeg?

Mvh
Cecilie Holm
[[101285\u00a01478]]
""")

M("u", """
-----Oprindelig meddelelse-----
Fra: Hovedpostkassen
Sendt: 9. januar 2025
Til: Center for Byudvikling og Natur
Emne: VS: Snerydning på stierne

Til rette vedkommende.

> Hej. Jeg er vicevært i Strandgårdsparken og TR i 3F for os ejendomsfunktionærer. Kommunens
> snerydning skubber sneen ind på vores stier, så vi skal rydde dem to gange. Kan I koordinere
> med os? Vi er kun tre mand på vagten.
> Mvh Kenneth Aagaard
""")

M("", """
Kære Økonomiudvalg

Fjernvarmeprisen i Ishøj er ifølge Forsyningstilsynets tal blandt de højeste på Vestegnen. Hvad har kommunen tænkt sig at gøre, når den er medejer af forsyningsselskabet? Jeg spørger som skatteyder og medlem af grundejerforeningen, ikke om min egen regning.

Med venlig hilsen
Poul Henningsen
""")

M("p", """
Hej

Vi har set at Ishøj Kommune har sat de gamle ejerlejligheder i Ishøj Bymidte til salg. Vi har været til fremvisning i lørdags og vil gerne give et bud på nr. 4, 2. th. Skal buddet sendes til mægleren eller til jer?

Venlig hilsen
Signe og Kristian Brøndum
""")

M("te", """
Hej med jer

Jeg er kommet til Danmark som flygtning fra Sudan i 2021. Jeg får integrationsydelse og bor på et værelse hos en dansk familie. Nu skal jeg flytte, fordi familien skal have deres værelse igen. Jeg har ingen steder at gå hen fra 1. marts.

Med venlig hilsen
Abdelrahman Osman
""")

M("b", """
hej

jeg går i moskéen hver fredag og min kone går til koranundervisning i kælderlokalet i vores blok onsdag. nu siger boligselskabet at lokalet skal bruges til cykler. kan kommunen ikke sige at de skal lade os beholde det? vi har lavet det flot

Bilal
""")
