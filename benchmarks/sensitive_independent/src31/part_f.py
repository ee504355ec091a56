"""Part F: property trades not yet concluded, beliefs, often mixed with the emphasis categories."""
from common import M

M("p", """
Hej

Vi har sat vores hus på Vejlebrovej 102 til salg, og ejendomsmægleren skal bruge en kopi af byggetilladelsen til carporten fra 1998. Kan I finde den?

Mvh
Henrik og Susanne Lykke
""")

M("", """
Hej

Vi har købt huset på Vejlebrovej 102, og handlen gik igennem i marts. Kan I sende os de gamle tegninger af carporten til vores egne papirer?

Mvh
Familien Abildgaard
""")

M("phe", """
Kære Ishøj Kommune

Vi er nødt til at sælge vores andelsbolig i Ishøj Søpark, fordi min mand har fået ALS og ikke kan komme op ad trapperne længere. Der er en køber, som har budt, men han vil først skrive under, når vi ved om kommunen kan anvise en handicapvenlig bolig til os.

Venlig hilsen
Gerda Munk
""")

M("p", """
Hej Jannie

Jeg hører rygter om, at kommunen vil købe min nabos grund på Ishøj Landevej 211 til en ny daginstitution. Han har sagt til mig, at han er i forhandling med jer om prisen. Hvis det bliver til noget, vil jeg gerne sælge min grund også.

Hilsen
Bjarne Kjær
Ishøj Landevej 209
""")

M("", """
Hej

Hvornår sælger kommunen de næste byggegrunde i Ishøj Landsby? Vi vil gerne på interesselisten.

Mvh
Sofie og Magnus
""")

M("pe", """
Til Ydelsescenteret

Jeg har tvangsauktion på mit hus den 15. januar. Jeg har været arbejdsløs i et år og kan ikke betale. Er der noget kommunen kan gøre, før det er for sent?

Mvh
Allan Nygaard
Bækgårdsvej 9
""")

M("", """
Hej

Hvor mange tvangsauktioner har der været i Ishøj i år? Jeg skriver en artikel om boligmarkedet på Vestegnen.

Mvh
Journalist, Vestegnens Avis
""")

M("pt", """
Hej

Vi er en vietnamesisk familie og vil gerne købe den gamle kiosk på Ishøj Stationsvej 12 og lave den om til en restaurant. Sælgeren vil vente på svar fra jer om ændret anvendelse. Vi har givet et bud på 1,4 mio.

Mvh
Tran Van Minh og Hoa Tran
""")

M("p", """
Hej

Jeg har fået et tilbud på mit kolonihavehus i H/F Birkelunden (have 47) på 310.000 kr. Køberen vil have et skriftligt svar på, om den lille tilbygning er lovlig, før han skriver under.

Hilsen
Gunnar Svane
""")

M("", """
Hej

Hvad er den maksimale pris, man må sælge et kolonihavehus for i Ishøj? Vi er bestyrelsen i H/F Birkelunden og vil gerne opdatere vores vedtægter.

Mvh
Bestyrelsen
""")

M("ps", """
Kære byrådsmedlem

Min mand Kasper og jeg (vi er to mænd) har givet bud på huset på Kongsgårdsvej 8. Sælgeren har fortalt os, at naboen har klaget over at "sådan nogle som os" flytter ind. Kan naboen gøre noget for at stoppe handlen? Vi har ikke skrevet under endnu.

Hilsen
Anders Wibe
""")

M("p", """
Hej Teknik og Miljø

Vores køber er trukket ud, fordi der blev fundet olietank i haven på Tranegilde Bygade 19. Vi skal have den fjernet og har brug for jeres godkendelse. Hvor hurtigt kan det gå? Vi har en ny interesseret køber.

Mvh
Lis og Hans Thorup
""")

M("", """
Hej

Skal man have tilladelse fra kommunen for at fjerne en gammel olietank? Vi skal renovere haven.

Mvh Tove
""")

M("pu", """
Hej

Jeg er tillidsrepræsentant (HK) i Borgerservice og skal sælge min lejlighed på Ishøj Strandvej, fordi jeg flytter til Jylland. Der er en køber, men han skal have bekræftet, at der ikke er restancer på ejendomsskatten. Kan I sende en erklæring?

Mvh
Mona Lind
""")

M("p", """
hej, naboens hus i nr. 14 er sat til salg og der står i annoncen at der må bygges 2 etager. er det rigtigt? for så kommer vi til at få skygge på hele haven. mvh Rasmus, Fasanvej 16
""")

M("", """
Hej

Hvad er reglerne for bebyggelsesprocent i villaområderne i Ishøj? Vi overvejer at bygge en førstesal.

Mvh
Peter
""")

M("pb", """
Kære Økonomiudvalg

Ishøj Muslimske Forening, hvor jeg er formand, har givet et betinget bud på den tidligere Vejleå Skoles gymnastiksal for at lave et kulturhus. Jeg er selv muslim og har boet her i 30 år. Vi venter på jeres svar, før vi kan skrive under.

Venlig hilsen
Mustafa Kaya
""")

M("", """
Hej Økonomiudvalget

Hvad skal der ske med den tomme gymnastiksal på den gamle Vejleå Skole? Der har været snak om et salg, men intet står på hjemmesiden.

Mvh
Beboerforeningen
""")

M("be", """
Hej

Jeg er vegetar af etiske grunde og har været det i 20 år. Jeg flytter nu på Ishøj Plejecenter, og madordningen har ikke noget vegetarisk menu. Kan det ændres?

Venlig hilsen
Grethe Holmgaard
""")

M("", """
Hej

Tilbyder plejecentrenes køkkener vegetarisk mad? Jeg skriver en rapport om kost til ældre.

Mvh Ida Lauritsen, ernæringsstuderende
""")

M("b", """
Kære Kirke- og Kulturudvalg

Jeg er buddhist og vil gerne låne et lokale på biblioteket til en ugentlig meditationsgruppe. Det er gratis for deltagerne. Kan man det?

Venlig hilsen
Jens Peter Hallberg
""")

M("", """
Hej

Kan foreninger låne lokaler på Ishøj Bibliotek gratis? Vores skakklub mangler et sted at spille om onsdagen.

Mvh
Ishøj Skakklub
""")

M("bu", """
Hej Kim

Som du ved fra valgkampen, er jeg aktiv i Enhedslisten og sidder i bestyrelsen for 3F Ishøj. Jeg skriver for at invitere dig til debatmøde om social dumping den 19. februar. Du kan tage hvem du vil med fra dit parti.

Kammeratlig hilsen
Bente Holm
""")

M("", """
Hej Kim

Jeg læste i avisen, at du er imod den nye vej ved Ishøj Landevej. Kan du forklare hvorfor? Jeg synes selv, den er en god idé.

Mvh
Carsten
""")

M("b", """
Hej

Jeg vil gerne bede om at min søn fritages for kristendomskundskab. Vi er ateister og ønsker ikke at han skal undervises i religion. Han går i 4.a på Vibeholmskolen.

Mvh Kasper Friis
""")

M("", """
Hej

Kan man blive fritaget for kristendomskundskab i folkeskolen? Hvad kræver det? Jeg spørger til en debat i skolebestyrelsen.

Venlig hilsen
Lene Steffensen
""")

M("bh", """
Kære Sundhedshuset

Jeg er Jehovas Vidne og vil ikke modtage blod. Jeg skal opereres for en galdesten i næste måned, og vil gerne høre om kommunens genoptræning tager hensyn til mit ønske, hvis der opstår komplikationer.

Venlig hilsen
Karin Mikkelsen
""")

M("b", """
Hej!

Jeg stemte på Alternativet ved sidste valg, og jeg er skuffet over, at de ikke har fået cykelstien langs Vejleåen igennem. Jeg forventer at de tager det op igen.

Henriette
""")

M("", """
Hej

Hvornår er næste byrådsmøde, og er det offentligt? Jeg vil gerne høre debatten om cykelstien langs Vejleåen.

Mvh
Mikael
""")

M("bt", """
Hej

Jeg hedder Harpreet Singh og er sikh. Jeg skal starte som vikar på Ishøj Skole og vil gerne sikre mig, at jeg må bære turban og kirpan (en lille symbolsk kniv). Min familie kommer fra Punjab.

Mvh Harpreet
""")

M("", """
Hej

Hvad er kommunens regler for religiøse symboler for ansatte på skolerne? Vi har en debat i personalegruppen.

Mvh
Medarbejderrepræsentanten, Ishøj Skole
""")

M("b", """
Jeg er pacifist og nægter at min søn skal deltage i "forsvarsdagen" som skolen har arrangeret med Hjemmeværnet. Hvad er jeres regler? Mvh Morten Bach
""")

M("bt", """
Til Center for Børn og Forebyggelse

Vores datter Aaliyah har fået et tørklæde på pga. sin tro, og nogle af pædagogerne i SFO'en har sagt, at hun "ikke behøver det her". Vi er somaliske muslimer, og vi ønsker at hun respekteres.

Mvh
Abdi og Halima Warsame
""")

M("", """
Hej

Vi er en muslimsk forening, som gerne vil holde et åbent Eid-arrangement i Ishøj Kulturhus for alle borgere. Hvad koster lejen?

Mvh
Foreningen Ishøj Fællesskab
""")

M("b", """
Hej Birgit

Jeg er medlem af Venstre og har været aktiv i lokalforeningen i 15 år. Jeg kan ikke forstå, at partiet stemte for at lukke Torslunde Bibliotek. Jeg melder mig ud, hvis det ikke bliver lavet om.

Hilsen
Svend Aage Mortensen
""")

M("", """
Kære Birgit

Hvordan stemte de forskellige partier om lukningen af Torslunde Bibliotek? Jeg kan ikke finde det i referatet.

Mvh
Gunhild
""")

M("bs", """
Hej

Jeg er præst i Ishøj Valgmenighed og lever sammen med min mand, Torben. Vi vil gerne leje Ishøj Kulturhus til vores 10-års bryllupsdag. Er det muligt i september?

Mvh
Søren Haagensen
""")

M("be", """
hej kommune. jeg er konverteret til islam for et halvt år siden og min familie er sure. jeg vil gerne flytte hjemmefra men har ikke penge til depositum endnu, jeg tjener selv fra mit studiejob. kan man få rådgivning om hvordan man finder bolig i ishøj?
Mathias
""")

M("", """
Hej

Hvordan skriver man sig op til en ungdomsbolig i Ishøj? Er der ventelister?

Hilsen Mathilde
""")

M("p", """
Hej

Vi har underskrevet en betinget købsaftale på Ishøj Parkvej 27, men forbehold for at kommunen godkender en dispensation til en udestue. Kan sagen fremskyndes? Sælger flytter til Spanien i marts.

Mvh
Casper og Line Hjort
""")

M("p", """
Til Byudvikling

Jeg ejer grunden på Industrivej 4 og har fået et bud fra en vognmand, som vil bygge lagerhal. Han vil kun skrive under, hvis I kan bekræfte at lokalplanen tillader det. Hvor lang tid tager et svar?

Venlig hilsen
Ole Sejersen, Sejersen Holding
""")

M("", """
Hej

Hvilke typer virksomheder må ligge i erhvervsområdet ved Industrivej? Vi overvejer at leje os ind.

Mvh
Kim Bundgaard, Bundgaard Vognmandsforretning
""")
