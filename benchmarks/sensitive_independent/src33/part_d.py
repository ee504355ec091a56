"""corpus33 part D: udvalgsformænd/dagsordensamlere - school, child, culture, technical committees."""
from common import M

M("", """Til formanden for Kultur- og Fritidsudvalget

Vi er en badmintonklub med 140 medlemmer og får for få haltimer. Vi søger om to ekstra timer tirsdag aften.

Venlig hilsen
Ishøj Badminton""")

M("t", """Kære formand for Børne- og Skoleudvalget

Vi er en tyrkisk familie og vores to børn går på Gildbroskolen. Vi ønsker at de får modersmålsundervisning i tyrkisk, som de havde i vores tidligere kommune. Hvorfor tilbyder Ishøj ikke det?

Med venlig hilsen
Emine og Hakan Yilmaz""")

M("", """Hej. Hvordan søger man om modersmålsundervisning, og hvilke sprog udbyder kommunen? Vi arbejder på en oversigt i Integrationsrådet. Mvh sekretær for Integrationsrådet""")

M("hs", """Til udvalgsformanden, Social- og Sundhedsudvalget

Jeg er bøsse og har levet med hiv i 20 år. Jeg oplever at hjemmesygeplejersken kommenterer på min kæreste Nikolaj, når han er hos mig. Jeg vil ikke klage formelt, men jeg synes udvalget skal vide, at der er brug for undervisning i den slags.

Venlig hilsen
Ole Brinch""")

M("", """Til formanden for Teknik- og Miljøudvalget

Kan udvalget ikke tage stilling til om vi kan få en fodgængerovergang ved Ishøj Strandvej/Vejlebrovej? Der er mange skolebørn.

Mvh forældrerådet, Strand Skolen""")

M("p", """Hej formand

Vi har solgt vores hus på Ishøj Søvej men køberen har et forbehold om at kommunen giver dispensation til den overdækkede terrasse. Sagen har nr. 02.34.02-P19-441-24. Kan udvalget behandle den på næste møde, så handlen ikke ryger?

Venlig hilsen
Morten og Lise Krag""")

M("", """Hej, hvornår bliver budgettet for 2026 vedtaget og kan man komme med forslag? /Inge""")

M("e", """Kære formand

Jeg er plejemor for to søskende på 6 og 9, som er anbragt hos os af Ishøj Kommune. Vi har ikke fået vederlag for december og januar, og sagsbehandleren er sygemeldt. Vi har lånt penge af familien for at klare os.

Venlig hilsen
Rikke Thygesen
Vibeholms Allé 3""")

M("", """Til Børne- og Skoleudvalget

Der er for mange elever i 0. klasserne på Ishøj Skole – 28 i hver. Vi vil bede udvalget tage normeringen op.

Forældrebestyrelsen""")

M("u", """Hej formand

Jeg har været medlem af Socialpædagogerne i 25 år og arbejder på et bosted i Ishøj. Vi vil gerne give udvalget et indblik i vores hverdag med for få hænder. Vil du komme på besøg?

Mvh Gert Lauritsen""")

M("", """---------- Videresendt besked ----------
Fra: Dagsordensamler, Kultur- og Fritidsudvalget
Til: Hovedpostkassen
Emne: VS: Forslag om skaterbane

Formanden foreslår at henvendelsen optages som meddelelse på næste dagsorden.

> Vi er en flok unge der ønsker en skaterbane ved Ishøj Idrætscenter. Vi har samlet 230 underskrifter.
> Hilsen Oliver, 15 år""")

M("hb", """Til formanden for Social- og Sundhedsudvalget

Jeg er veganer af etiske grunde og bor på Kærgården plejecenter efter mit slagtilfælde. Køkkenet serverer kød hver dag og siger de ikke kan lave andet. Jeg har skrevet til lederen to gange.

Venlig hilsen
Inger Thrane""")

M("", """Hej, kan man få udleveret de vedtagne kvalitetsstandarder for hjemmehjælp? Jeg vil gerne læse dem. Hilsen Oda""")

M("tb", """Til formanden for Beskæftigelsesudvalget

Jeg er fra Eritrea og kom som flygtning i 2015. Jeg er nu uddannet SOSU-assistent, men jeg oplever at få afslag på job fordi jeg har tørklæde og mørk hud. Kan udvalget ikke arbejde med det?

Hilsen Senait Tesfaye""")

M("e", """Hej formand

Jeg er 58 og modtager førtidspension. Kommunen har opkrævet mig for madordning, men jeg har aldrig fået maden. Kundenr. 1208660213. Kan udvalget tage det op generelt?

Mvh Flemming Storm""")

M("", """Kære udvalg. Vi foreslår en fast markedsdag på Ishøj Store Torv hver lørdag. Vi er 12 handlende der er klar. Mvh Torvelauget""")

M("s", """Hej Børne- og Skoleudvalget

Jeg er far til en dreng i 3. klasse og er gift med en mand. Vi har været glade for skolen, men skolens forældreintra har kun felterne "mor" og "far". Vi vil gerne have at der står "forælder 1" og "forælder 2".

Mvh Jesper Hald""")

M("", """Til Teknik- og Miljøudvalget

Jeg har læst at kommunen vil fælde 40 træer langs Vejleå. Det er jeg stærkt imod.

Hilsen Lone Eskildsen""")

M("hb", """Til formanden for Børne- og Skoleudvalget

Vores datter Amira (10) er muslim og faster under ramadanen. Hun besvimede i idræt i sidste uge og blev kørt på skadestuen. Lærerne vidste ikke at hun fastede. Vi ønsker ikke at skolen blander sig i vores tro, men der må være en plan for at tage hensyn.

Venlig hilsen
Hassan og Leila Abdi""")

M("", """Hej formand. Hvornår kommer referatet fra sidste møde på hjemmesiden? Tak, Benny""")

M("p", """Til Teknik- og Miljøudvalget

Jeg ejer et kolonihavehus i Haveforeningen Ishøj Søpark og har en køber der vil give 340.000. Bestyrelsen skal godkende, men kommunens lejekontrakt udløber 2027. Kan I fortælle om den bliver forlænget? Køberen vil ikke skrive under før.

Mvh Svend Aage Hviid""")

M("", """Hej. Vi ønsker at kommunen markerer holocaustdagen 27. januar. Hvad har udvalget planlagt? Mvh Ishøj Lokalhistoriske Forening""")

M("bt", """Kære formand for Kultur- og Fritidsudvalget

Jeg er jøde og har boet i Ishøj hele mit liv. Til holocaustdagen vil jeg gerne fortælle min farmors historie på biblioteket. Hun flygtede til Sverige i 1943. Kan udvalget støtte et arrangement?

Venlig hilsen
David Melchior""")

M("", """Til udvalgsformanden

Jeg har et spørgsmål om hvor mange børn i Ishøj der er anbragt uden for hjemmet. Er tallet steget? Jeg spørger til en artikel i vores foreningsblad.

Mvh Vibeke Bille""")

M("e", """Hej formand

Min søn Lucas på 14 har en kontaktperson fra kommunen fordi han har begået kriminalitet. Nu skal kontaktpersonen stoppe. Det er en katastrofe for ham.

Mvh Carina Bjørn""")

M("", """Hej. Hvor mange gange mødes Beskæftigelsesudvalget om året? Tak. Studerende på KU""")

M("u", """Til Beskæftigelsesudvalget

Som formand for 3F Vestegnens afdeling for Ishøj vil jeg selv gerne deltage i mødet om sociale klausuler. Jeg har været medlem siden 1988. Jeg kan komme alle tirsdage.

Med venlig hilsen
Palle Dahl""")

M("", """Til Kultur- og Fritidsudvalget: Vi beder om tilskud til sommerkoncert i Ishøj Kirke. Budget vedlagt. Mvh Ishøj Kirkekor""")

M("het", """Hej formand for Social- og Sundhedsudvalget

Min farmor er 88 og fra Pakistan. Hun har demens og får hjemmehjælp, men hjælperne taler kun dansk, og hun har glemt sit dansk. Kan kommunen sende hjælpere der taler urdu?

Mvh Bilal Chaudhry""")
