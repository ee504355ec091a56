"""Part D: a death in the family, estates (dødsbo), selling the parents' house or flat."""
from common import M

M("p", """
Kære Hovedpostkasse

Min mor døde i oktober, og vi skal sælge hendes hus på Ishøj Bygade 31. Ejendomsmægleren har fået et bud, men køberen vil have en byggesagsattest for udestuen, inden han skriver under. Kan I sende den hurtigt?

Med venlig hilsen
Hans Christensen, på vegne af dødsboet
""")

M("", """
Hej. Min far er død og boet er gjort op, og huset blev solgt i august. Nu får jeg stadig ejendomsskattebilletten i hans navn. Hvordan stopper jeg det? Ejendomsnummer 183-045112.
""")

M("", """
Hvordan får man en gravplads på Ishøj Kirkegård, og hvad koster det? Spørger på forhånd.
""")

M("pe", """
Til borgerrådgiveren

Min bror og jeg arver vores fars andelslejlighed på Vejleåvej. Vi vil sælge den, men den er pantsat for mere end den er værd, og der er en køber som kun vil give 620.000. Min bror er på kontanthjælp og har brug for pengene, jeg vil vente. Kan kommunen trække hans kontanthjælp hvis han får arven?

Mvh Susanne Dahl
""")

M("e", """
Kære borgmester

Jeg vil gerne takke personalet på Ishøjcentret for den kærlige pleje af min mor i hendes sidste uger. Det glemmer vi aldrig.

Hilsen
Birthe Jacobsen
""")

M("p", """
Hej,

Vi har købt et hus på Skovlinien 12 med forbehold for at vi kan få lov til at bygge en tilbygning. Købsaftalen er betinget, og advokaten siger vi har 14 dage. Kan I sige noget om lokalplanen inden fredag?

Mvh Rikke og Anders Hedegaard
""")

M("", """
Kan kommunen hjælpe med udgifterne til en begravelse? Jeg spørger generelt om reglerne for begravelseshjælp.
""")

M("e", """
Kære Center for Borger, Økonomi og IT

Min mand døde d. 2. november. Jeg har søgt om begravelseshjælp, men fået at vide at vores fælles formue er for høj. Der er kun 38.000 kr på kontoen og begravelsen kostede 41.000. Jeg er på folkepension. Hvordan klager jeg?

Med venlig hilsen
Agnete Nørgaard, [[220346-1294]]
""")

M("p", """
hej. vi har et kolonihavehus i Ishøj Strand haveforening som vi gerne vil sælge efter min mands død. der er en interesseret køber men foreningen siger kommunen skal godkende prisen først. hvor lang tid tager det

mvh Jytte
""")

M("", """
Til hovedpostkassen. Hvornår sælger kommunen de nye storparceller i Ishøj Landsby? Vi vil gerne købe en, når der åbnes for salg.
""")

M("pb", """
Kære Ole (Dansk Folkeparti)

Jeg er selv medlem af DF og har stemt på dig. Vi er ved at sælge vores rækkehus på Tranegilde Strandvej, og nu hører jeg at kommunen vil bygge boliger til flygtninge lige ved siden af. Køberen er allerede ved at trække sig. Kan du bekræfte det?

Mvh Kurt Winther
""")

M("", """
Er det rigtigt at huspriserne i Ishøj er steget mere end i resten af Vestegnen? Jeg læste det i Børsen. Hvad betyder det for ejendomsskatten?
""")

M("p", """
Hej Mads

Naboen i nr. 17 på Ishøj Søvej har sat sit hus til salg, og der har været en fremvisning med en entreprenør der vil rive det ned og bygge tre rækkehuse. Er det noget kommunen kan stoppe? Vi vil ikke have byggerod.

Hilsen
Jens Ove
""")

M("", """
Kære direktionsassistent. Dødsboet efter Frida Karlsen er afsluttet og lejligheden er solgt. Kan I bekræfte at ejendomsskatten nu opkræves hos de nye ejere? J.nr. 24/30112.
""")

M("ep", """
Til byrådet

Min far har boet på plejehjem i to år og hans hus står tomt. Kommunen siger han skal betale mere for plejeboligen fordi han har formue i huset. Nu er vi tvunget til at sælge det. Vi har det til salg hos Home på Ishøj Strandvej, men der er ingen bud endnu. Det er ikke rimeligt.

Mvh Tommy Jessen
""")

M("", """
Hvordan foregår det med forkøbsret når kommunen sælger grunde? Vi er en andelsboligforening der undersøger mulighederne.
""")

M("pt", """
Hej

Jeg er fra Irak og har boet i Danmark i 20 år. Vi prøver at købe et hus i Ishøj, men sælgeren vil pludselig ikke sælge til os efter han så os. Vi havde et bud på 3,1 mio. og han sagde ja på telefonen. Kan kommunen gøre noget ved diskrimination?

Mvh Ali Hussein
""")

M("", """
Kære Byudvikling. Vi har købt et hus på Ishøjvej, handlen er for længst på plads og vi er flyttet ind. Men vi har nu opdaget at der er en gammel olietank i haven. Hvem har ansvaret for den?
""")

M("pe", """
Kære borgerrådgiver

Mit hus skal på tvangsauktion i januar. Jeg har mistet mit job og har 11 måneders restance på lånet. Jeg har fået et bud fra en privat køber, som banken måske vil acceptere, men kommunen har pant i huset for et lån til indskud. Hvem skal jeg tale med?

Med venlig hilsen
Søren Rytter, [[140771-2299]]
""")

M("", """
Hvordan skal man forholde sig til ejendomsskat når huset er solgt midt i året? Har I en vejledning? Mvh. en ejendomsmægler i Ishøj
""")

M("p", """
Til Center for Byudvikling og Natur

Vi er købere af Torslunde Bygade 6 og venter på jeres svar om skel mod kommunens grønne område. Skødet kan ikke tinglyses, før det er afklaret, og sælgeren truer med at annullere handlen.

Venlig hilsen
Kristian og Eva Brask
""")

M("", """
Kære borgmester

Jeg vil udtrykke min medfølelse med familien efter tidligere rådmand Henning Poulsens død. Han var en stor mand for Ishøj.

Med venlig hilsen
Ejnar Lund
""")

M("ep", """
Hej

Efter min kone døde har jeg ikke råd til at blive boende i vores hus alene. Jeg har fået et bud på 2.850.000 fra et ungt par, og jeg vil gerne flytte i en ældrebolig hos kommunen. Kan jeg komme på ventelisten nu, selvom huset ikke er solgt endnu?

Venlig hilsen
Arne Bech, 78 år
""")

M("", """
Hvad gør man, når en lejer dør i en kommunal bolig og der ikke er nogen pårørende? Vi er udlejer i Ishøj og spørger generelt.
""")

M("ph", """
hej. vi er ved at købe en andel i Vejleåparken men foreningen vil have kommunens godkendelse af at vi kan få handicapparkering. handlen er ikke underskrevet endnu. hvordan

mvh Kasper
""")

M("ph", """
Kære Jette Larsen

Min far har lungekræft og har ikke lang tid tilbage. Han vil gerne nå at sælge sit sommerhus i Tranegilde inden han dør, så der ikke bliver problemer i boet. Der er en køber, men der mangler en landzonetilladelse til en gammel tilbygning. Kan I prioritere det?

Mvh Lone Brix
""")

M("", """
Til kommunen: Mit boliglån er i Nykredit med lånenummer 1208560331. Banken siger kommunen skal godkende en rykning af pant på min grund. Hvem gør det?
""")

M("", """
Hej. Min moster er død, og jeg er blevet bobestyrer. Hvordan får jeg adgang til hendes post fra kommunen? Er det via Digital Post? Tak.
""")

M("e", """
Til hovedpostkassen

Min mor døde i sidste måned. Hun fik boligstøtte og varmetillæg og nu har vi fået et brev om at der skal betales 6.400 kr tilbage fra dødsboet. Der er ingen penge i boet. Hvad gør vi? Hendes cpr var [[020229-0314]].

Hilsen
Jan Krogh
""")

M("p", """
Hi, I'm a Danish citizen living in Spain. I've inherited my aunt's flat in Ishøj and want to sell it. A buyer has offered 1.4 million but wants a declaration about the balcony renovation. Who at the municipality should I contact?

Best regards
Camilla Ørum
""")

M("", """
Hvem har ansvaret for at rydde ud i en kommunal lejlighed efter et dødsfald? Boligselskabet eller kommunen?
""")

M("pu", """
Hej Bo

Jeg er medlem af Dansk El-Forbund og har købt grunden ved siden af min egen på Ishøj Landevej, men handlen er betinget af at jeg får lov til at sammenlægge matriklerne. Kan du hjælpe mig med at få det behandlet før jul?

Hilsen
Kenneth Holm
""")

M("e", """
Jeg har fået dødsfaldsattest og skifteretsattest. Skal kommunen have en kopi for at afslutte min fars sag om hjemmehjælp? Jeg spørger fordi sagsbehandleren ikke svarer.
""")

M("p", """
Kære byrådsmedlem

Vi vil gerne sælge vores lille erhvervsgrund i Ishøj Erhvervsområde til en investor, men han vil have en dispensation for bebyggelsesprocenten. Det betyder en million mere eller mindre. Kan det komme på udvalgsmødet i januar?

Med venlig hilsen
Frank Duus, direktør, Duus Maskinværksted ApS
""")

M("", """
Hej, vi har solgt vores hus og overtagelsesdagen var 1. oktober. Kommunen sender stadig affaldsgebyr til os. Kundenr. 0107604598. Mvh. Anette
""")

M("pe", """
Til borgmesterens PA

Jeg er skilt og vi skal sælge vores fælles hus på Kirkebjerg Allé. Min eksmand vil ikke skrive under på salget, og nu er der en køber der er ved at trække sig. Kan kommunen gøre noget? Vi har to børn i skolen her.

Venlig hilsen
Tina Holst
""")

M("", """
Hvad sker der med kommunens planer om at sælge Ishøj Gamle Præstegård? Jeg har læst det i byrådsreferatet men forstod det ikke.
""")

M("ps", """
Hej Mette

Min kone Anna og jeg er ved at købe et hus i Ishøj Landsby og har fået tilsagn fra sælgeren, men vi mangler kommunens svar om vandløbet bag grunden. Vi er to kvinder og vil gerne være en del af lokalsamfundet, så vi håber at det går.

Kærlig hilsen
Line Kjær
""")

M("", """
Hvor finder jeg den offentlige ejendomsvurdering for min nabos hus? Vi skal selv sætte vores til salg til foråret og vil gerne sammenligne.
""")

M("pe", """
Kære direktør

Jeg har en kommunal lånegaranti på min andelsbolig på Gildbroparken og ønsker nu at sælge, da jeg ikke kan betale boligafgiften efter at være blevet arbejdsløs. Køberen har underskrevet, men kommunen skal godkende at garantien overgår. Hvornår kan det ske?

Venlig hilsen
Rasmus Ibsen
""")

M("", """
Til Kommunen. Min far blev begravet i sidste uge. Tak for hjælpen fra Borgerservice med de praktiske ting.
""")

M("pt", """
Kære borgerrådgiver

Jeg er somalisk og mine naboer på Ishøj Strandvej har skrevet til ejendomsmægleren at de ikke vil have "flere af dem" i gaden, nu hvor jeg har budt på huset i nr. 9. Mægleren har sendt mig beskeden. Handlen er ikke afsluttet. Hvad kan jeg gøre?

Med venlig hilsen
Hodan Ali
""")

M("", """
Kære Hovedpostkassen

Jeg vil høre om der er regler for at sælge et hus med en ulovlig udestue. Jeg spørger fordi jeg overvejer at købe et sådant hus på et tidspunkt, men har ikke fundet et endnu.
""")

M("p", """
Hej. Vores nabo på Gildbrovej 5 har fået et bud på sit hus, men køberen vil åbenbart bruge det som værksted. Må det? Det er et boligområde. Vh. Inge
""")
