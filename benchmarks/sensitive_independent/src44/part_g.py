"""Part G: longer accounts with several kinds of sensitive detail, many with CPR numbers."""
from common import M

M("seh", """
Til Borgerrådgiveren

Jeg skriver om min mand, Frank Holm, cpr [[220751-1307]], og mig, Poul Holm.

Den 3. februar fik Frank konstateret Parkinsons. Den 20. marts søgte vi om hjemmehjælp til bad. Den 15. maj kom visitator, som spurgte, om "konen ikke kunne hjælpe". Da jeg sagde, at det er mig, der er hans ægtefælle, blev hun forlegen og skrev i visitationen, at "ægtefælle kan yde hjælp". Jeg er 76 og har selv et dårligt hjerte.

Afgørelsen af 2. juni siger: "Du er ikke berettiget til hjælp efter serviceloven § 83, da din husstand kan varetage opgaven." Vi klager.

Med venlig hilsen
Poul Holm
""")

M("s", """
Kære Jonas

Min søn Victor på 14 er lige sprunget ud som homo. Han er glad, men der er ingen ungdomsklub i Ishøj med et tilbud til unge som ham. Kan du gøre noget?

Mvh Heidi
""")

M("sb", """
Til Kultur- og Fritidsudvalget

Jeg er imam-uddannet, muslim og homoseksuel. Jeg vil starte en samtalegruppe for muslimske LGBT+ personer i Ishøj og søger om et lokale i Kulturhuset. Jeg forventer, at nogen vil protestere, så jeg vil gerne aftale sikkerheden med jer først.

Med venlig hilsen
Yusuf
""")

M("tb", """
Til Kultur- og Fritidsudvalget

Vi er en gruppe kurdiske alevitter i Ishøj, og jeg er formand for vores cemevi-forening. Vi har fået afslag på lokaletilskud, fordi vi "ikke er en folkeoplysende forening". Det synes vi er forskelsbehandling, når kirkens spejdere får tilskud.

Venlig hilsen
Hüseyin Demir
""")

M("hs", """
Kære Social- og Sundhedsudvalg

Jeg er HIV-positiv og bøsse, og jeg oplevede at en hjemmesygeplejerske nægtede at give mig min indsprøjtning uden dobbelthandsker og maske. Det er ydmygende og fagligt forkert. Jeg vil gerne have at udvalget tager det op som en principiel sag.

Med venlig hilsen
Lars Winge
""")

M("s", """
Hej Søren

Min kone Susan og jeg er begge 71 og bor i kommunens ældreboliger. Vi har fået nye naboer, der har spurgt, om vi er "søstre". Da vi sagde nej, begyndte de at lave grimme bemærkninger. Vi tør ikke gå ud på fællesarealet.

Hilsen Grethe
""")

M("tu", """
Til borgerrådgiveren

Jeg er litauer og arbejder på slagteriet, og jeg er medlem af NNF. Jeg skulle bruge en tolk hos Borgerservice til at få mit sygesikringskort, men de sagde at der ikke fandtes tolk til litauisk. Er det rigtigt?

Med venlig hilsen
Tomas Petrauskas
""")

M("he", """
Til borgerrådgiveren

Den 5. maj blev jeg opereret for tarmkræft. Den 7. juni fik jeg et brev om, at mine sygedagpenge vil blive standset den 30. juni, fordi jeg "har nået varighedsbegrænsningen". Jeg er stadig i kemobehandling. Jeg har ringet og fået at vide, at jeg kan søge om forlængelse, men ingen har hjulpet mig med det.

Cpr: [[1712650432]]

Venlig hilsen
Birte Svendsen
""")

M("tbe", """
Til Social- og Sundhedsudvalget

Jeg er ortodoks jøde og bor på Ishøj Plejecenter, hvor jeg har fået en plads i september. Maden er ikke kosher. Personalet har sagt at "det må familien selv sørge for". Jeg har ingen familie i Danmark.

Med venlig hilsen
Samuel Rosenthal
""")

M("b", """
Kære borgmester

Jeg vil gerne klage over, at kommunens julefrokost for frivillige var placeret i Ishøj Kirke. Som buddhist følte jeg mig ikke velkommen, og det har jeg ikke lyst til at forklare hver gang.

Hilsen Tenzin
""")

M("", """
Kære borgmester

Hvorfor blev kommunens julefrokost for frivillige holdt i kirken? Var det ikke bedre i Kulturhuset? Jeg spørger bare, det var lidt koldt.

Hilsen Niels
""")

M("sh", """
Hej Jonas

Min kæreste Sofie og jeg (vi er begge piger) venter vores første barn, og hun skal føde i marts. Jeg har fået at vide af sundhedsplejersken, at "medmødre ikke kan deltage i mødregruppen". Er det kommunens politik?

Hilsen Clara Bjerre
""")

M("t", """
Til Børne- og Skoleudvalget

Jeg er en etiopisk-dansk far, og da jeg hentede min datter i børnehaven, spurgte en ny pædagog mig, om jeg var "chaufføren". Det skete ikke for første gang. Det er tydeligt, at det skyldes min hudfarve.

Med venlig hilsen
Dawit Bekele
""")

M("p", """
Kære Per Lund

Vi har sat vores grund ved Torslunde til salg, men en køber har netop trukket sig, fordi kommunen ikke vil svare på, om der må bygges to huse. Det koster os mindst 300.000 kr. i lavere pris. Kan du presse på?

Med venlig hilsen
Henrik og Anne Toft
""")

M("bu", """
Til borgmesteren

Jeg er medlem af Enhedslisten og HK, og jeg sidder i vores lokalafdeling af Mellemfolkeligt Samvirke. Jeg klager over, at vores stand til byfesten blev flyttet om bag toiletterne, mens Venstres stand stod ved scenen.

Mvh Karina Bak
""")

M("", """
Til borgmesteren

Hvorfor står de politiske partiers stande ved byfesten så forskellige steder? Nogle får gode pladser, andre ikke. Hvordan fordeles de?

Mvh Karina Lind
""")

M("e", """
Til Ydelsescentret

Jeg har fået afslag på enkeltydelse til depositum på ny lejlighed. Jeg er hjemløs og bor på herberg. Mit cpr er [[280490-2617]]. Jeg har fået lejlighed fra boligforeningen 1. februar. Hvis ikke jeg betaler depositum, mister jeg den.

Mvh Michael Henningsen
""")

M("eh", """
Til Social- og Sundhedsudvalget

Min bror Bjarne, [[091168–1843]], er psykisk syg (skizofreni) og bor på bostedet Vejlegården. Han har fået nedsat sine støttetimer fra 12 til 6 om ugen. Han har ikke fået nogen afgørelse, kun en mundtlig besked. Er det lovligt?

Mvh Kirsten Lorentzen
""")

M("ut", """
Til borgerrådgiveren

Jeg er fra Filippinerne og arbejder som au pair... nej, nu som rengøringsassistent, og jeg er medlem af 3F. Jeg har ikke fået mit gule kort endnu efter 7 uger. Mit personnummer [[030395 3018]].

Mvh Maricel Santos
""")

M("he", """
Kære borgerrådgiver

Min mor er død i sidste måned på Hvidovre Hospital efter en lang kamp med leukæmi. Nu får hun stadig breve fra kommunen om medicintilskud. Kan I stoppe dem? Hendes cpr: [[120144-0982]].

Venlig hilsen
Karin Westh
""")

M("", """
Kære borgerrådgiver

Min mor døde i sidste måned. Hun får stadig breve fra kommunen om affaldsgebyr til hendes gamle adresse. Kan I stoppe dem?

Venlig hilsen
Karin Westergaard
""")

M("bs", """
Til Kultur- og Fritidsudvalget

Vi er medlemmer af Ishøj Frikirke, og jeg er præst. Jeg er også gift med en mand. Vi har søgt om lokaletilskud for 2025 og fået afslag med begrundelsen "religiøs forkyndelse". Vi mener ikke, at vores aktiviteter er forkyndelse.

Venlig hilsen
Pastor Mikkel Holst
""")

M("t", """
Til Børne- og Skoleudvalget

Min søn er halvt japansk og bliver drillet med sine øjne i klassen. Lærerne har sagt at "det bare er drengestreger". Vi ønsker et møde.

Mvh Rie Takahashi Jensen
""")

M("s", """
Til Borgerservice

Jeg har fået nyt navn efter at min kone og jeg er blevet gift – vi er to kvinder – men jeres system vil ikke registrere hende som "ægtefælle", kun som "samlever". Kan I rette det? Mit CPR er [[150885-2204]].

Mvh Sanne Lindgren
""")

M("b", """
Til borgmesteren

Som medlem af Liberal Alliance og erhvervsdrivende i Ishøj er jeg dybt uenig i kommunens nye skattestigning. Jeg vil opfordre til, at du mødes med os.

Mvh Peter Groth
""")

M("", """
Til borgmesteren

Jeg er erhvervsdrivende i Ishøj og dybt uenig i skattestigningen. Det rammer de små virksomheder.

Mvh Peter Gram
""")

M("hu", """
Hej Anja

jeg er FOA-medlem og social- og sundhedsassistent. Jeg har fået en rygskade på arbejdet, da en lift gik i stykker på plejecentret. Jeg har meldt det som arbejdsskade, men kommunen som arbejdsgiver siger at det var "min egen fejl". Min TR hjælper mig. cpr: [[270988-2915]]

Hilsen Marianne
""")

M("s", """
Kære Lars

Jeg er asexual og har fået at vide af en lærer på ungdomsskolen, at "det er en fase". Jeg er 18. Er det okay at lærere siger sådan?

Hilsen Nora
""")

M("tb", """
Kære Søren

Vi er en kristen assyrisk familie fra Irak, og min far vil gerne begraves på Ishøj Kirkegård i den afdeling, hvor vores landsmænd ligger. Kirkegårdskontoret siger, at der ikke er plads. Kan kommunen hjælpe?

Med venlig hilsen
Nineb Shamoun
""")

M("", """
Kære Søren

Er der ledige gravsteder på Ishøj Kirkegård? Jeg har læst i avisen, at der er mangel på plads i Storkøbenhavn.

Med venlig hilsen
Oda Bang
""")

M("ep", """
Til Økonomiudvalget

Vi er blevet skilt og skal sælge vores andelsbolig i Ishøj Søpark. Min eksmand vil ikke skrive under på salget, og en køber har afgivet et bud, der udløber på fredag. Kan kommunen hjælpe med at mægle?

Venlig hilsen
Tanja Skov
""")

M("s", """
Hej Mikkel

Vi er to mødre med en søn i 3. klasse, og vi har fået en seddel hjem om "fars dag-arrangement". Vi føler os overset.

Hilsen Ditte og Hanne
""")

M("h", """
Til Teknik og Miljø

Jeg er kørestolsbruger efter en rygmarvsskade og kan ikke komme ind på den nye p-plads ved Rådhuset, fordi kantstenen er for høj. Den 4. marts skrev jeg første gang. Nu er det september. Sag nr. 2403-00415.

Med venlig hilsen
Klaus Grønborg
""")

M("", """
Til Teknik og Miljø

Kantstenen ved Rådhusets nye p-plads er for høj til kørestole og barnevogne. Det strider vel mod tilgængelighedsreglerne i bygningsreglementet?

Hilsen Danske Handicaporganisationer, Ishøj
""")

M("pt", """
Kære udvalgsformand

Vi er en tyrkisk familie og har forhandlet om at købe butikslokalet på Ishøj Bygade 12. Sælger har nu ændret mening efter at have mødt os. Vi har en mail, hvor han skriver: "Jeg vil ikke have flere udlændinge på gaden." Kan kommunen gøre noget?

Venlig hilsen
Murat Yilmaz
""")

M("b", """
Til borgerrådgiveren

Min datter på 6 blev tvunget til at synge julesalmer i skolens juleforestilling, selv om vi har skrevet til læreren, at vi er Jehovas Vidner og ikke fejrer jul. Hun græd hele vejen hjem.

Med venlig hilsen
Ruth Enevoldsen
""")

M("", """
Til borgerrådgiveren

Er det obligatorisk at deltage i skolernes juleforestillinger? Jeg har hørt om familier, der ikke ønsker det. Hvad er reglerne?

Mvh Sonja
""")

M("st", """
Hi, i'm Peter from Sweden, living in Ishøj with my husband Alexander. We would like to register as a couple at the municipality but the form only lets us choose "wife". Could you please fix this?
""")

M("ub", """
Til Børne- og Skoleudvalget

Som DLF-tillidsrepræsentant på Strandgårdskolen og aktiv i SF's lokalforening vil jeg bede udvalget om at genoverveje nedskæringen på inklusionspuljen.

Mvh Lene Vesterby
""")
