"""corpus8 part B: elderly care, handicap, health and adult social services (Center for Voksne og Velfærd)."""
from common import M

M("eh", """Til Visitationen

Min mor Grethe Olsen, cpr [[120338-1184]], er efter sin hofteoperation blevet udskrevet fra Hvidovre Hospital i fredags, men hun har stadig ikke fået besøg af hjemmeplejen. Hun kan ikke selv komme ud af sengen og har kun mig.

Jeg har ringet tre gange. Nu skriver jeg.

Venlig hilsen
Bente Olsen
Ishøj Strandvej 12
tlf 40 18 27 63""")

M("", """Kære Ishøj Kommune

Hvad koster madordningen på plejecentrene pr. måned nu, og er der mulighed for at vælge vegetarmad? Jeg sidder i pårørenderådet på Ishøj Plejecenter og vi er blevet spurgt.

Venligst
Jytte Mortensen""")

M("h", """Hej

Jeg hedder Knud og er 81 år. Jeg har fået konstateret grå stær på begge øjne og skal opereres i april. Indtil da kan jeg ikke se at læse mine breve ordentligt. Kan jeg få læst min post op eller få den med større skrift?

Med venlig hilsen
Knud Erik Svendsen
Kærbo 14, 1.tv
2635 Ishøj""")

M("e", """Til borgmesteren

Jeg skal klage. Min far på 89 har boet på Plejecenter Ishøj i 2 år og nu har de skåret ned på hans bad til én gang om ugen. Han har betalt skat hele sit liv. Hjemmeplejen i Ishøj er blevet en skandale.

Med venlig hilsen
Flemming Juul (søn af Verner Juul, stue 12)""")

M("", """Kære borgmester

Jeg synes generelt at ældreplejen i Ishøj har fået for få penge i budgettet. Jeg bakker op om at der sættes flere ressourcer af til plejecentrene næste år.

Venlig hilsen
Gunnar Poulsen, Torslunde""")

M("he", """Vedr. ansøgning om BPA

Min datter Camilla Storm ([[0403964178]]) har muskelsvind (spinal muskelatrofi) og sidder i el-kørestol. Hun har brug for hjælp døgnet rundt og ønsker at flytte hjemmefra. Vi søger derfor borgerstyret personlig assistance efter servicelovens § 96.

Vedhæftet: lægeerklæring fra Rigshospitalets neuromuskulære klinik.

Med venlig hilsen
Lene og Torben Storm
Vibeengen 18
2635 Ishøj""")

M("", """Hej

Hvor får man sin influenzavaccination i år hvis man er over 65? Kan man stadig gå på Sundhedshuset eller skal man til apoteket?

Vh Hanne""")

M("", """Hej

Hvad er åbningstiderne i Sundhedshuset i påskeugen? Jeg skal hente nogle papirer til min nabo.

Mvh Karl Åge""")

M("h", """hej

jeg har diabetes 2 og har nu fået sår på foden som ikke vil hele. hjemmesygeplejersken kommer to gange om ugen men jeg synes det går den forkerte vej. min læge siger jeg skal bede kommunen om at få en fodterapeut der kan komme hjem til mig.

kan i hjælpe

venlig hilsen
bodil hansen
ishøj søvej 20 st tv""")

M("eht", """Hej Borgerrådgiveren

Jeg skriver for min far Mehmet Yılmaz. Han er 74 og kom til Danmark fra Tyrkiet som gæstearbejder i 1971. Han taler ikke meget dansk, og nu har han demens. Han har hjemmehjælp men det er nye hjælpere hver dag og ingen forstår ham, han bliver bange og tror de er tyve.

Kan det ikke være sådan at det er faste personer, og måske nogen der taler tyrkisk?

Med venlig hilsen
Ayşe Yılmaz
tlf 22 81 40 19""")

M("", """Til Center for Voksne og Velfærd

Hvem skal jeg kontakte for at blive frivillig besøgsven for ældre? Jeg er lige gået på pension og har tid.

Venlig hilsen
Gitte Rosendahl""")

M("h", """Kære kommune

Jeg fik en blodprop i hjernen i november og har stadig lammelser i venstre arm. Jeg er ved at være færdig med genoptræningen på Hvidovre, men fysioterapeuten siger jeg bør fortsætte i kommunalt regi. Hvordan kommer jeg i gang med det?

Med venlig hilsen
Jørgen Pedersen
Pilemøllevej 19, Ishøj
tlf. 43 73 12 09""")

M("es", """Hej

Jeg er 78 og skal på plejehjem om kort tid — ja, det ved jeg jo godt. Jeg og min mand Helge har levet sammen siden 1971 og var de første par til at indgå registreret partnerskab her i området. Kan vi få en dobbeltstue, eller skal vi bo hver for sig?

Med venlig hilsen
Aage Kristiansen""")

M("he", """Til visitator, Voksne og Velfærd

Jeg vil klage over afslaget på hjælpemiddel, en kørestol med el. Jeg har KOL i svær grad og kan ikke gå mere end 50 meter uden at få ilt. Jeg bruger iltapparat om natten. I skriver at jeg kan klare mig med en rollator, det er simpelthen ikke rigtigt.

Jeg får folkepension med personligt tillæg og har ikke råd til at købe selv.

Venlig hilsen
Birthe Lauridsen
Strandgårdsparken 40, 2. th.""")

M("", """Hej

Der står på jeres hjemmeside at man kan søge om en ledsageordning. Kan man bruge den til at komme til fodbold? Jeg spørger for vores forening, der har flere medlemmer med udviklingshæmning, som gerne vil med til landskamp.

Mvh
Ishøj Boldklub, Frank Gregersen, kasserer""")

M("eh", """Hej

Min bror Jan (58) har et langt alkoholmisbrug bag sig og bor nu alene i en lejlighed i Vejleåparken. Han er ved at blive sat ud fordi han skylder husleje for 4 måneder. Han har fået ryste-delirium to gange i år.

Kan kommunen hjælpe med at få ham i behandling, og kan han få en bostøtte? Han vil selv gerne.

Venlig hilsen
Marianne Dahl
tlf. 27 15 60 44""")

M("be", """Kære Plejecenter Ishøj

Min mor er katolik, og det betyder meget for hende at få nadver. Kan en katolsk præst fra Sankt Knuds kirke komme og besøge hende på centret en gang om måneden? Hun har ikke selv mulighed for at tage af sted.

Med venlig hilsen
Maria Kowalczyk Andersen""")

M("", """Hej

Hvornår er der julegudstjeneste i Ishøj Kirke? Hvilke tider? Min svigerfar vil så gerne med, men vi skal kunne planlægge.

mvh
Ole""")

M("", """Hej

Vi har haft en dødsfald i familien. Min mormor døde i søndags. Hvordan afmelder vi hendes parkeringslicens og hendes tilmelding til storskrald? Hun boede på Kærbo 22.

Venlig hilsen
Rasmus Falk""")

M("ht", """hej

jeg er fra Somalia og bor i Ishøj siden 2009. min mor er kommet på besøg og er blevet syg med højt blodtryk og hun faldt i badeværelse. hun har nu sår i hovedet. kan hun få hjælp fra hjemmesygeplejerske selvom hun ikke har cpr? hun skal bo hos os 3 mdr.

hilsen
Hodan Abdi Warsame
Ishøj Strandvej 88, 1.th""")

M("h", """Til Ishøj Kommune, Sundhed

Jeg har Parkinsons sygdom og er begyndt at falde. Jeg vil gerne høre om I har et faldforebyggende hold i træningscentret, og om man skal have en henvisning fra lægen.

Med venlig hilsen
Poul-Erik Hald
Tlf.: 43 54 21 09""")

M("eh", """Hej

Jeg har skizofreni og får medicin (depotinjektion hver 3. uge). Jeg har haft en støttekontaktperson fra kommunen i to år, Tina, som har været helt fantastisk, men nu har jeg fået brev om at ordningen stopper. Hvorfor?? Jeg klarer mig kun fordi hun hjælper mig med post og penge.

Peter""")

M("", """Til kommunen

Jeg læste i Ishøj Avis at kommunen vil lukke dagcentret på Vejleåvej. Det er en dårlig ide, de gamle har ikke andre steder at mødes. Jeg håber byrådet ombestemmer sig.

Med venlig hilsen
Lis Kofoed""")

M("h", """Hej

Jeg er 34 og har sklerose og har fået en attakbehandling i sidste uge. Jeg skal bruge et handicap-parkeringskort, da jeg ikke kan gå langt på dårlige dage. Er det kommunen eller Danske Handicaporganisationer der udsteder det?

venlig hilsen
Maja Eriksen""")

M("", """Hej

Der er mange fejlparkeringer på handicappladserne foran Ishøj Bycenter. Kan kommunen ikke håndhæve det noget mere? Jeg ser folk uden kort holde der hver dag.

Mvh Ib""")

M("eh", """Kære Visitation

Vi har søgt om plejebolig til min mand Bent i november. Han fik konstateret Alzheimers for to år siden og bliver mere og mere forvirret, og jeg kan ikke klare det alene længere, jeg sover ikke. Hvor lang er ventelisten på Ishøj Plejecenter?

Med venlig hilsen
Else Marie Juhl, Ishøj Landsby""")

M("u", """Til Ældre- og Sundhedsudvalget

Jeg er social- og sundhedshjælper i hjemmeplejen Nord og valgt som tillidsrepræsentant for FOA. Kollegerne har bedt mig skrive fordi køreplanerne er blevet så stramme at vi ikke kan nå at vaske hænder mellem borgerne.

Mvh
Susanne Wiberg""")

M("", """Hej

Hvilke fagforeninger er repræsenteret i MED-udvalget på ældreområdet? Jeg skriver en opgave på SOSU-skolen om medarbejderindflydelse.

Venlig hilsen
Amalie Nygaard""")

M("eh", """Hej

Mit navn er Lone og jeg har været på sygedagpenge siden oktober efter et piskesmæld ved et trafikuheld. Jeg har stadig kronisk hovedpine og svimmelhed og kan ikke arbejde mere end et par timer. Jobcenteret vil have mig i arbejdsprøvning. Jeg er bange for at miste mine penge. Hvad er mine rettigheder?

cpr: [[211179–2646]]

Lone Hvid
Vejleåvej 122, Ishøj""")

M("", """Hej

Min kæreste og jeg vil gerne være aflastningsfamilie for et barn med handicap. Hvordan søger man, og skal man have en bestemt uddannelse? Vi arbejder begge i sundhedssektoren, jeg som sygeplejerske.

Vh Sara""")

M("h", """Emne: Hjerteforeningens løbegruppe

Hej, jeg har fået en ballonudvidelse og to stents efter et hjertestop i efteråret. Min kardiolog har anbefalet hjerterehabilitering. Tilbyder Ishøj det selv eller skal jeg til Glostrup?

Kh
Bjarne Nielsen""")

M("", """Hej

Jeg samler ind til Kræftens Bekæmpelse på lørdag ved Ishøj Bycenter. Skal man have tilladelse fra kommunen til at stå med indsamlingsbøssen?

mvh
Lene Storgaard""")

M("es", """Hej Borgerrådgiver

Jeg er 70 og min mand Erik og jeg bor i en ældrebolig. Erik har fået hjemmehjælp i tre år, men nu er han flyttet på aflastning i fire uger, og jeg må ikke besøge ham efter kl. 20. Hvorfor? Vi er gift og har været det i 40 år, og jeg er hans ægtefælle lige meget hvad hjælperne siger om, at vi er "to mænd".

Med venlig hilsen
Kjeld Vinther""")

M("h", """Kære Ishøj Kommune,

Jeg har tinnitus og et høretab på 60% på venstre øre efter mange år i byggebranchen. Jeg har fået høreapparat fra Bispebjerg, men det hyler når jeg taler i telefon. Kan kommunens hørekonsulent hjælpe?

Med venlig hilsen
Verner Bonde""")

M("", """Til Center for Voksne og Velfærd

I jeres brev af 3. marts (j.nr. 27.12.04-G01-1234-25) står der at jeg skal kontakte jer på tlf. 43 57 70 00 inden fredag. Jeg har ringet 5 gange og ingen tager den. Hvad gør jeg?

Hilsen Finn Kastrup""")

M("e", """Til kommunen

Jeg er 67 og bor alene på Ishøj Torv. Jeg har ikke penge nok til at betale varmeregningen fra HOFOR, over 9.000 kr i efterbetaling. Jeg får kun folkepension. Kan man få hjælp til det, en enkeltydelse eller noget?

Venlig hilsen
Edith Sørensen""")

M("", """Hej

Er det rigtigt at kommunen stopper madudbringningen fra Fælleskøkkenet og skifter leverandør? Hvis ja, hvornår? Jeg er formand for Ældrerådet og vil gerne orientere vores medlemmer.

Venlig hilsen
Kirsten Aagesen
Formand, Ishøj Ældreråd""")

M("he", """Til Hjemmeplejen

Jeg vil gerne klage over at min hjemmehjælper glemmer at give mig min blodfortyndende medicin (Eliquis). Det er sket 3 gange nu, og jeg har haft en blodprop før. Jeg er bange.

Vh
Aase Mogensen
Ishøj Søvej 24, 1.
Personnr. [[190241 1228]]""")

M("", """Hej

Tak til personalet på Ishøj Plejecenter, afdeling Syrenen, for den fantastiske sommerfest i lørdags. Vi var med som frivillige fra menighedsplejen, og det var en fornøjelse at se hvor meget der var gjort ud af det.

Med venlig hilsen
Hans-Henrik Bruun og familie""")

M("ht", """Hej

Jeg hedder Nguyen Thi Lan og jeg er vietnamesisk og kan ikke så godt dansk. Min mand har kræft i lunger og får kemo på Herlev. Han er træt og kan ikke gå op på 3. sal. Kan vi få lejlighed i stue?

Tak
Lan""")

M("bh", """Hej

Jeg er muslim og faster under ramadanen. Jeg har type 1 diabetes og skal have insulin. Kan hjemmesygeplejersken komme efter solnedgang i stedet for kl 17, så jeg kan tage min insulin når jeg bryder fasten?

Venlig hilsen
Khalid Rahimi
Vejleåparken 14, 2.tv""")

M("he", """Hej jeg har fået en ny knæprotese og skal bruge toiletforhøjer og badebænk. Hvor henter jeg det? Mvh Jens Ole Bak""")

M("", """Til Ishøj Kommune

Hvad er reglerne for at få hjemmehjælp til rengøring? Jeg tænker på at søge om det til næste år, men vil gerne vide hvor meget man kan få, og om det er hver uge eller hver anden.

Mvh Grete""")

M("e", """Hej

Vores søn Mads er 24 og bor på et bosted under §108 i Ishøj. Vi er hans værger. Vi har modtaget en regning for hans egenbetaling som vi ikke forstår, den er steget med 3.000 om måneden. Kan vi få en forklaring?

Med venlig hilsen
Karen og Jens Munk""")

M("u", """Hej

Jeg er sygeplejerske i akutteamet og medlem af Dansk Sygeplejeråd. Jeg vil bare sige til Sundhedsudvalget, at jeg har været glad for den nye vagtplan. Tak for at I lyttede.

mvh Nina Fabricius""")

M("", """Hej

Jeg er ergoterapeut og søger job i Ishøj Kommune. Har I ledige stillinger i træningscentret? Hvem skal jeg kontakte?

Mvh Julie""")

M("h", """Til Sundhedsplejen

Jeg er gravid i 30. uge med vores andet barn og har fået svangerskabsforgiftning, så jeg er indlagt til observation. Min mand er alene med vores 2-årige. Kan sundhedsplejersken komme på besøg på hospitalet i stedet for derhjemme i næste uge?

Kh Cecilie""")

M("", """Hej

Er der en gruppe for pårørende til demente i Ishøj? Jeg vil gerne sætte en plakat op om Alzheimerforeningens café i Kulturhuset.

Venlig hilsen
Bodil""")

M("ehb", """Kære borgerrådgiver

Jeg har været på førtidspension siden 2015 pga. bipolar lidelse. Jeg er aktiv i Indre Mission og vores fællesskab har betydet alt for at jeg er kommet på benene igen. Min nye sagsbehandler i Ydelsesservice skrev i et notat, at min tro "er en del af problemet". Det synes jeg er krænkende og ikke hendes sag.

Jeg vil gerne klage over den formulering.

Med venlig hilsen
Jens Peter Lauridsen
Tlf 21 47 39 85""")

M("te", """Hej Plejecenteret

Min far er roma fra Kosovo, og han har oplevet at nogle af medarbejderne kalder ham "sigøjneren" bag hans ryg. Det er nedværdigende. Jeg vil have at det stopper.

Med venlig hilsen
Dragan Berisha""")
