"""corpus24 part D: long rambling letters from elderly writers, some dictated or typed by a grandchild."""
from common import M

M("hep", """Kære Borgmester

Jeg skriver til Dem fordi jeg ikke ved hvor jeg ellers skal gå hen. Jeg er 84 år og har boet på Tranegildevej i 51 år, først med min kære Poul, som døde i 2019, og siden alene. Huset er blevet for stort for mig, og min søn har fået en ejendomsmægler til at sætte det til salg. Der har været et ungt par og se det to gange og de har givet et bud, men de vil først skrive under når de har solgt deres egen lejlighed i Valby.

Imens er jeg faldet i badeværelset, og lægen siger jeg har knogleskørhed og skal passe på. Jeg har søgt om en plejebolig på Ishøj Plejecenter, men damen i telefonen sagde der var lang venteliste. Jeg forstår godt der er mange gamle mennesker, men jeg kan ikke blive boende her, og jeg kan ikke flytte før huset er solgt.

Kan De ikke se om der er noget at gøre? Jeg har altid betalt min skat og aldrig bedt om noget.

Med venlig hilsen
Inger Margrethe Holm
Tranegildevej 7
2635 Ishøj""")

M("", """Til Teknik og Miljø

Jeg har nu i over et halvt år ventet på at nogen kommer og ordner fortovet ud for nummer 12 til 20 på Ishøj Bygade. Fliserne står op som tænder og jeg har set både en dame med rollator og et barn falde. Min nabo siger han har skrevet to gange. Jeg har selv ringet, og en venlig ung mand sagde at det stod på listen. Men listen må være meget lang.

Da jeg var ung blev den slags ordnet i løbet af en uge. Jeg ved godt at tiderne er anderledes nu, og at kommunen har mange opgaver, men det er altså ikke forsvarligt. Jeg håber at der kommer nogen inden frosten.

Venlig hilsen
Kaj Rasmussen, pensionist""")

M("hb", """Kære udvalgsformand Birgit Nørgaard

Jeg kender Dem ikke, men min nevø siger De er et fornuftigt menneske. Jeg er 91 og har været medlem af Kristeligt Folkeparti siden 1972 og har gået i Ishøj Kirke hver søndag i 60 år, indtil mine ben ikke ville mere. Nu har jeg fået konstateret grå stær på begge øjne og venter på operation. Det er meget svært for mig at komme til kirke, og kirkebilen kører kun til højmessen. Kan kommunen ikke hjælpe med en kørselsordning til gudstjeneste for os gamle, der ikke kan tage bussen?

Jeg ved godt det måske ikke er kommunens sag, men jeg spørger alligevel.

Med venlig hilsen
Ellen Kirstine Bak
Pilemølle Allé 3""")

M("h", """Til Borgerrådgiveren

Jeg vil gerne klage over den måde, man bliver modtaget på i Borgerservice. Jeg var der i tirsdags for at få et nyt pas, og der var ingen stole at sidde på mens man ventede. Jeg er 79 år og har en dårlig ryg, så det var svært at stå i 40 minutter. Skærmen med numrene var også i stykker, så man kunne ikke se hvornår det var ens tur.

Jeg synes ikke det er godt nok. Det er ikke personalets skyld, de var søde, men det er dårligt organiseret.

Hilsen
Jørgen Kjær""")

M("ehu", """Hej Kommunen

Jeg er en gammel HK'er - jeg var medlem i 42 år og tillidsrepræsentant på Ishøj Rådhus i ti år i halvfemserne, så jeg ved lidt om hvordan tingene skal gøres. Nu er jeg 80 og har fået afslag på rengøringshjælp. Visitatoren var her i en halv time og kiggede mest på sin telefon. Hun sagde at jeg kan selv, men jeg kan ikke støvsuge med min skulder, og det skrev hun ikke ned.

Jeg vil klage, og jeg vil gerne have afgørelsen skriftligt og ikke bare i e-boks, for den kan jeg ikke finde ud af.

Med venlig hilsen
Bent Ove Sørensen
Vejleåvænget 15, 1.""")

M("", """Kære Byråd

Jeg har læst i Ishøj Avis at man vil fælde de gamle pil ved søen for at lave en ny sti. Det er efter min mening en skandale. De træer har stået der siden jeg kom til byen i 1968 og der bor både ugler og flagermus i dem. Kan man ikke lave stien uden om?

Jeg har ingen partibog og har aldrig haft det, men det her vil jeg gerne sige højt: lad træerne stå.

Venlig hilsen
Gerda Villadsen""")

M("h", """Kære Sundhedsplejen / hvem der nu har med det at gøre

Min mand Erik (87) har fået Parkinson og ryster meget nu. Han har svært ved at spise selv og han er blevet meget tynd. Vores datter bor i Aarhus og kan kun komme hver anden weekend. Jeg vil høre om der findes et hold med fysioterapi for folk med Parkinson i Ishøj, det har jeg læst om i bladet fra Parkinsonforeningen.

Vi vil gerne betale selv hvis det er nødvendigt.

Venlig hilsen
Agnete Lund""")

M("", """Kære Kommune

Min barnebarn skriver dette for mig, da jeg ikke er god til computer. Jeg vil gerne vide hvornår der kommer nye bænke ved busstoppestedet på Ishøj Stationsvej. Der har været en bænk før, men den er blevet fjernet, og nu kan vi ældre ikke sidde mens vi venter på 128'eren. Det er også et spørgsmål om værdighed.

Tak på forhånd
Helga Andersen (skrevet af Mathias)""")

M("e", """Goddag

Jeg skriver på vegne af min mor, Ruth Pedersen, som er 88 og bor i ældrebolig på Søvangsparken. Hun har i mange år fået madordning fra kommunen, men siden oktober er maden kommet kold og nogle dage slet ikke. Hun har ikke sagt noget, fordi hun ikke vil være til besvær, men jeg fandt tre uåbnede bakker i køleskabet i søndags.

Hun får også hjemmepleje morgen og aften. Hjemmeplejen må da kunne se at maden ikke bliver spist?

Jeg vil bede om en samtale med en leder.

Med venlig hilsen
Lone Pedersen""")

M("", """Kære Borgmester

Jeg har boet i Ishøj siden 1971 og jeg har set byen vokse fra marker til det den er i dag. Jeg er stolt af den. Men jeg synes at I skal gøre mere ved Ishøj Centret, der står mange butikker tomme, og der er ikke længere nogen skomager eller urmager. Min kone siger at jeg skal holde op med at brokke mig, men jeg mener at en borgmester skal vide hvad de gamle tænker.

Jeg ønsker Dem en glædelig jul.
Svend Aage Nielsen""")

M("hse", """Kære Borgerrådgiver

Jeg er en mand på 76 år og har i 40 år levet sammen med min mand Holger, som vi blev gift med da det blev tilladt. Holger har fået demens og er nu på plejecenter. Personalet omtaler ham som "din ven" og "din bror", og en af dem spurgte engang om vi ikke bare var gode venner. Det gør ondt efter så mange år.

Jeg vil gerne have at de lærer at sige "din mand". Det er ikke for meget at forlange.

Med venlig hilsen
Aksel Thomsen""")

M("e", """Til Center for Voksne og Velfærd

Jeg er 81 år og har fået et brev om at min boligydelse bliver sat ned fordi jeg har fået udbetalt en livsforsikring efter min bror. Det er ikke mange penge og de skal bruges til hans begravelse, som jeg har lagt ud for. Kan man ikke se bort fra det? Jeg har vedlagt regningen fra bedemanden.

Venlig hilsen
Anna Louise Frederiksen
Ishøj Søvej 31, st.""")

M("", """Kære Kommune

Hvad skal man gøre når ens nabos hæk vokser ud over fortovet, så folk med rollator og barnevogn ikke kan komme forbi? Jeg har spurgt ham pænt, men han siger det er kommunens sag. Er det rigtigt? Jeg tænker det må være hans egen hæk.

Venlig hilsen
Margit Holm, Gildbrohaven""")

M("te", """Kære Byrådsmedlem Hansen

Jeg er 83 år og tysk født - jeg kom til Danmark som barn i 1946 efter krigen, og jeg har altid følt at jeg skulle bevise at jeg hørte til her. Nu er jeg blevet gammel og glemmer mit danske ind imellem, og på dagcentret er der en ung mand der kalder mig "den tyske" og gør nazi-honnør når han tror ingen ser det. Jeg synes ikke det er morsomt.

Jeg vil ikke lave ballade, men jeg vil gerne at nogen taler med ham.

Hilsen Ursula Madsen""")

M("", """Kære Kultur- og Fritidsudvalg

Vi er en flok ældre damer der har gået til gymnastik i Ishøj Hallen hver onsdag i over 20 år. Nu har vi fået at vide at tiden går til en fodboldklub. Vi forstår godt at de unge skal have plads, men kan vi ikke få en anden tid? Vi kan ikke om aftenen, for så kører bussen ikke.

Med venlig hilsen
på vegne af Onsdagsholdet
Birthe Clausen""")

M("h", """Til Visitationen

Min svigerfar Kurt Hansen, som bor på Vejlebrovej 104, har været indlagt på Glostrup med en blodprop i hjernen i tre uger. Han kommer hjem på fredag, og vi er meget bekymrede for om han kan klare sig. Han kan ikke bruge højre arm og taler utydeligt. Vi beder om at nogen fra genoptræningen kontakter os snarest.

Venlig hilsen
Susanne Hansen (svigerdatter)
tlf. 22 61 78 03""")

M("", """Hej

Jeg er 77 og har lige fået en iPad af mine børn. Jeg vil gerne lære at bruge MitID og Digital Post. Holder biblioteket stadig kurser for ældre, og hvor kan man melde sig til?

Venlig hilsen
Erna""")

M("b", """Kære Borgmester

Jeg har været medlem af Venstre i Ishøj siden 1965 og har stemt på partiet ved hvert eneste valg. Derfor skuffer det mig at se hvordan vores egne folk har stemt for at hæve grundskylden. Jeg er 88 og vil ikke forlade partiet, men jeg vil sige min mening.

Med venlig hilsen
Harald Vestergaard""")

M("", """Kære Borgmester

Hvorfor skal grundskylden stige igen? Vi pensionister har ikke flere penge end vi havde sidste år. Jeg beder Dem om at tænke på os.

Med venlig hilsen
en pensionist fra Torslunde""")

M("ph", """Kære Kommune

Min hustru og jeg har besluttet at sælge vores parcelhus på Strandager 19, fordi hun efter sit slagtilfælde ikke længere kan gå på trapper. Vi har fået et betinget tilbud fra en familie, men de vil have en udtalelse om at kælderen er lovlig. Den blev bygget i 1974 og jeg har tegningerne, men de er ikke stemplet.

Kan en fra byggesag komme ud og se på det? Der er travlt, for køberne vil have svar inden den 15.

Venlig hilsen
Verner Christiansen""")

M("", """Kære Kommune

Jeg vil gerne vide om det er rigtigt at der kommer et nyt plejecenter i Ishøj, og hvor det skal ligge. Jeg spørger fordi jeg sidder i ældrerådet og vi har ikke hørt noget.

Venlig hilsen
Jytte Bonde, ældrerådet""")

M("ue", """Til Jobcentret

Jeg er 66 år og skal på pension til foråret. Jeg har været medlem af Dansk Metal i 47 år og min a-kasse siger at jeg skal have en sidste samtale med jobcentret før min efterløn stopper. Kan I fortælle mig hvad jeg skal medbringe?

Med venlig hilsen
Palle Jørgensen""")

M("he", """Til hvem det måtte vedrøre

Jeg er 79 og bor alene. Jeg har fået konstateret lungekræft, og lægen siger der ikke er mere at gøre. Jeg har ingen børn. Min nabo Lis hjælper mig med indkøb, men hun skal selv opereres i januar. Jeg vil gerne spørge om hjemmeplejen kan komme dagligt, og om jeg kan få et sted at være de sidste uger, et hospice eller lignende.

Jeg er ikke bange, men jeg vil gerne have ordnet tingene.

Venlig hilsen
Johannes Krog""")

M("", """Kære Ældreråd

Jeg har hørt at der skal holdes møde om ældreplejen i Ishøj og at man kan komme med forslag. Mit forslag er at hjemmeplejen skal have tid til en kop kaffe med de ældre. Det er det, vi savner mest.

Venlig hilsen
Inge""")

M("t", """Kære Kommune

Min afdøde mands familie var tatere - rejsende, som man sagde dengang - og jeg er ved at skrive vores slægtshistorie til mine børnebørn. Findes der stadig gamle protokoller i kommunens arkiv fra Torslunde sogn i 1920'erne, hvor hans bedstefar skulle være registreret? Jeg er selv en del af familien, for min mor var også af taterslægt.

Med venlig hilsen
Karen Marie Olsen""")
