from common import M
# Hard negatives: same topics in general/policy terms, non-CPR numbers,
# opposite-sex or unknown-sex partners, concluded trades, names alone.

M("", """Hej

Jeg har fået en faktura fra jer på renovation, fakturanr. 1504871123, som jeg mener er betalt. Jeg betalte den 14/4 via netbank fra konto 9570-0012345678. Kan I tjekke det?

Mvh Henrik Mortensen""")

M("", """hej hvornår har Sundhedshuset åbent i julen? vil gerne vide om de holder lukket mellem jul og nytår. vh Birthe""")

M("", """Kære borgmester

Jeg synes kontanthjælpsloftet er en skændsel, og at kommunen burde gøre mere for de familier der rammes. Kan Ishøj ikke gå foran og lave en lokal fattigdomsgrænse?

Mvh Poul""")

M("", """Hej

Hvornår holder Ishøj Pride i år? Vi vil gerne være med med en lille stand fra vores grundejerforening.

Venlig hilsen
Bestyrelsen, GF Strandhaven""")

M("", """hej, hvor kan man blive vaccineret mod influenza i ishøj her i efteråret? er det gratis hvis man er over 65? mvh Ib""")

M("", """Til Byrådet

Vi har solgt vores hus på Højdegårdsvej, og handlen er for længst faldet på plads. Vi flytter 1. august. Hvornår skal vi afmelde affaldsordningen?

Med venlig hilsen
Lis og Ove""")

M("", """Hej

Hvornår sælger kommunen de nye storparceller ved Vejlebroparken? Vi er en familie der overvejer at bygge selv og vil gerne skrives på en liste.

Mvh Dennis""")

M("", """hej. jeg er sygeplejerske og har lige fået job på Ishøj Sundhedshus. hvor kan jeg parkere? er der personaleparkering? -Mette""")

M("", """Kære kommune

Hvor mange flygtninge har Ishøj modtaget de sidste fem år? Jeg er ved at skrive en opgave på gymnasiet.

Mvh Johanne, 2.g""")

M("", """Hej

Har I arabisktalende tolke i Borgerservice, eller skal man selv have en med? Jeg spørger for vores forening, vi har mange medlemmer der har brug for det.

Venlig hilsen
Ishøj Beboerforening""")

M("", """hej, hvornår åbner den nye moske ved industrikvarteret? og bliver der lavet flere p-pladser, for der holder biler overalt om fredagen. mvh Ove""")

M("", """Til Center for Byudvikling og Natur

Vi er imod det planlagte supermarked ved Ishøj Landsby. Det vil ødelægge landsbymiljøet. Vi har samlet 412 underskrifter, som er vedhæftet.

På vegne af Landsbyens Venner
Karen Mølgaard""")

M("", """Hej. Hvilke fagforeninger deltager i jobmessen på rådhuset i næste uge? Mvh Casper""")

M("", """hej. jeg er medlem af ASE a-kasse, ikke nogen fagforening. kan man stadig komme med på kommunens gratis kursus for iværksættere? mvh Jesper""")

M("", """Hej

Min kæreste og jeg skal giftes på rådhuset i juni. Hvor lang tid i forvejen skal man booke? Og kan man tage en hund med ind i vielsessalen?

Hilsen Kim""")

M("", """Hej

Min mand og jeg vil gerne klage over støjen fra byggepladsen ved Ishøj Stationsforplads. De starter kl. 6 om morgenen. Det må da ikke være lovligt?

Venlig hilsen
Gitte Jensen""")

M("", """hej. min far døde i sidste måned og vi skal have tømt hans lejlighed. kan man bestille storskrald flere gange i samme måned? tak. Rasmus""")

M("", """Kære Skole- og Uddannelsesudvalg

Jeg er lærer på Vibeholmskolen og vil gerne foreslå, at skolerne i Ishøj får mere tid til naturfag. Vedhæftet er et notat fra vores fagteam.

Med venlig hilsen
Thomas""")

M("", """Hej, jeg vil gerne høre hvad satserne for boligstøtte er i år for en pensionist der bor alene. Spørger for en forening. Mvh Anni""")

M("", """hej, hvad er jeres kundenummer til vandværket? jeg har fået en regning med kundenummer 0908761234 og forbrugsnr. 300165-7788, men der står ikke hvem der har sendt den. mvh Bjørn""")

M("", """Hej

Jeg har ringet fra 31 20 06 84 tre gange i dag uden at komme igennem til Borgerservice. Kan nogen ringe mig op? Det drejer sig om et pas.

Mvh Nadia""")

M("", """Hej Imran

Tillykke med valget til byrådet! Vi er nogle naboer der vil høre om du vil komme til vores gårdfest den 24. august.

Vh Olena, Yasmin og Henrik""")

M("", """Til Borgerrådgiveren

Jeg vil klage over at jeg skulle vente 45 minutter i Borgerservice uden at få et nummer. Der var kun én skranke åben. Det er ikke godt nok.

Venlig hilsen
Jens""")

M("", """hej! kan vi låne Ishøj Kulturhus til en indsamling til Kræftens Bekæmpelse i september? vi er nogle mødre fra Gildbrohøj der vil lave et lotteri. kh Rikke""")

M("", """Hej

Jeg vil høre hvilke busser der kører til Hvidovre Hospital fra Ishøj Station om søndagen? Jeg skal besøge en bekendt.

Mvh Hanne""")

M("", """Kære borgmester

Jeg synes det er en god idé at bevare biblioteket i Ishøj Landsby. Lad være med at lukke det. Det er et samlingssted for de gamle.

Venlig hilsen
Inger""")

M("", """hej, mit nye sundhedskort er ikke kommet efter flytningen. jeg flyttede 1. marts til Ishøj Strandvej. skal jeg bestille et nyt? mvh Ali""")

M("", """Hej

Vedr. jeres j.nr. 27.12.00-P20-4-24 og sagsnr. 2401180531: Jeg har sendt de ønskede tegninger til carporten for tre uger siden. Hvor langt er sagen?

Mvh Peder Holm""")

M("", """Hej

Vi er en gruppe forældre der synes at normeringen i børnehaverne generelt er for lav i Ishøj. Vi vil gerne have at punktet kommer på dagsordenen i Børne- og Ungeudvalget.

Med venlig hilsen
Forældrenetværket""")

M("", """hej hvornår er der gudstjeneste i Ishøj Kirke juleaften? og er der plads til kørestole? mvh Bodil""")

M("", """Til Center for Borger, Økonomi og IT

Vores CVR-nr. er 37451298 og EAN-nummer 5790002341123. Vi har ikke fået betaling for faktura 220324-0015 på 18.750 kr. for snerydning. Kan I undersøge?

Mvh Ishøj Snerydning ApS""")

M("", """hej jeg har hørt man kan få tilskud til briller hvis man er på kontanthjælp? gælder det også hvis man er pensionist? spørger generelt. vh Karl""")

M("", """Hej Kommune

Min kæreste flytter ind hos mig 1. maj. Skal vi melde det et sted, eller klarer vedkommende det selv på borger.dk?

Mvh Alex""")

M("", """Hej

Kan I fortælle mig, om kommunen tilbyder rygestopkurser? Vores arbejdsplads vil gerne tilbyde det til medarbejderne.

Venlig hilsen
HR, Ishøj Autoservice""")

M("", """hej jeg sælger kager på torvet hver lørdag og vil høre om jeg skal have en tilladelse fra jer eller kun fra fødevarestyrelsen. vh Fatima""")

M("", """Kære Kenneth

Jeg er uenig i byrådets beslutning om at hæve taksten for madordningen i SFO'erne. Det rammer børnefamilierne hårdt. Kan du forklare hvorfor?

Hilsen Mads""")

M("", """Hej

Min licensnummer til fiskeriet i Ishøj Sø er 1207823456, men kortet virker ikke i automaten ved P-pladsen. Skal jeg have et nyt?

Mvh Svend""")

M("", """Hej Borgerservice

Jeg er født 12. marts 1987 og skal bruge en navneændring, fordi jeg vil tage min mands efternavn. Hvad koster det?

Mvh Louise Andersen""")

M("", """hej. hvad gør kommunen for at forebygge ensomhed blandt ældre? min oldemor siger der ikke er nogen aktiviteter mere i hendes område. vh Oscar 14""")

M("", """Kære Udvalgsformand

Jeg vil gerne foreslå at kommunen opretter en rådgivning for LGBT+ unge, ligesom man har i Københavns Kommune. Det vil gøre en forskel for mange.

Med venlig hilsen
Helle Sørensen""")

M("", """Hej

Hvad siger reglerne om at have høns i haven i et parcelhusområde? Vi vil gerne have tre høner, ingen hane.

Mvh familien Nielsen, Bredekærs Vænge""")

M("", """hej, er der nogen mulighed for at få en halal-menu i skolernes madordning? mange forældre har spurgt. mvh forældrerådet""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en mindre virksomhed med 8 ansatte og vil gerne tage en person i løntilskud. Hvordan gør vi?

Venlig hilsen
Ishøj Tømrer & Snedker""")

M("", """hej Ishøj, hvad koster et parkeringskort til beboere i Ishøj Strand? og kan man få det for to biler? mvh Jonas""")

M("", """Hej

Jeg er ordblind-lærer og vil gerne høre om kommunen har et tilbud om gratis IT-rygsæk til elever i 7. klasse. Jeg spørger fagligt, ikke om en bestemt elev.

Venlig hilsen
Annette""")

M("", """Kære kommune

Min mand og jeg har været gift i 50 år i næste måned, og vi har hørt at borgmesteren nogle gange sender en hilsen ved guldbryllup. Er det rigtigt? Vi bor på Ishøj Søvej.

Kærlig hilsen
Ruth og Erik""")

M("", """Hej

Ordrenummer 2511943377 – vi har bestilt en ny affaldsbeholder i maj og har stadig ikke fået den. Vores adresse er Gildbrohøj 61.

Mvh Michelle""")

M("", """Hej

Kan I oplyse, hvor mange borgere i Ishøj der modtager førtidspension? Jeg er journaliststuderende og skriver om beskæftigelse på Vestegnen.

Mvh Jakob Frandsen""")

M("", """hej er der nogen steder i ishøj hvor man kan spille skak om aftenen? jeg er lige flyttet hertil fra Odense. vh Bjarke""")

M("", """Hej Trine

Jeg synes, at 3F og de andre fagforeninger burde inviteres til næste erhvervsmøde. Det vil give en bedre dialog mellem virksomheder og ansatte.

Mvh Rolf""")

M("", """Hej

Jeg er blevet bedt om at skrive min kvitteringskode fra tandlægen, som er 281265-0042-A, i ansøgningen om tilskud til tandrensning for min forening, men feltet tager kun 8 tegn. Hvad gør jeg?

Mvh Preben""")

M("", """Kære Ishøj Kommune

Tak for den fine indsats med julebelysningen på Ishøj Torv i år. Det var rigtig hyggeligt. Min kone og jeg gik en tur der juleaften.

Venlig hilsen
Carsten""")

M("", """hej kan jeg få en kopi af min navneattest eller er det kun kirkekontoret? vh Lykke""")

M("", """Hej

Vi er en forening for tyrkiske og kurdiske kvinder i Ishøj og vil gerne søge om lokaletilskud. Hvem er kontaktperson?

Venlig hilsen
Foreningens kasserer""")

M("", """Hej

I jeres nyhedsbrev nævner I, at kommunen skal spare 14 mio. kr. på ældreområdet. Hvad betyder det konkret for hjemmeplejen? Jeg spørger som almindelig borger.

Mvh Bent""")

M("", """hej. hvad er reglerne for at holde en lille kaffefest i den lokale park, vi er en gruppe kolleger fra lageret på Industrivej der holder afskedsreception. skal man søge? vh Lisa""")

M("", """Hej

Jeg er ansat som tillidsrepræsentanternes kontaktperson i HR i en privat virksomhed og vil gerne høre om kommunen kan deltage i et møde om arbejdsmiljø i industrikvarteret generelt.

Mvh Kirsten""")

M("", """Hej

Min telefonnummer er 2614 8832 og jeg vil gerne ringes op af en fra Byudvikling angående hækken ved fortovet på Ishøj Landevej. Den skal vel klippes af kommunen?

Vh Tom""")

M("", """Kære Kultur- og Fritidsudvalg

Jeg synes der mangler kunstgræsbaner i Ishøj. Mine to drenge spiller i IF Ishøj og de må træne i mørke på en grusbane. Kan det komme på budgettet?

Med venlig hilsen
Sanne""")

M("", """hej hvornår er der afstemning til kommunalvalget og hvor er valgstedet for Vejleåparken? vh Ahmed""")

M("", """Hej

Vi har købt rækkehus på Ishøj Strandvej; skødet blev tinglyst i sidste uge og vi er flyttet ind. Hvornår kommer ejendomsskattebilletten i vores navn?

Mvh Sofia og Magnus""")
