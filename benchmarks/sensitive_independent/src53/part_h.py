"""corpus53 part H: faith, practice and politics; unions at work."""
from common import M

M("b", """Til Center for Børn og Forebyggelse

Vores søn Ibrahim (4) spiser kun halal, og børnehaven har nu to gange givet ham frikadeller med svinekød. Vi har sagt det ved indskrivningen. Hvad gør I for at det ikke sker igen?

Mvh Fatima og Karim""")

M("b", """Hej

Vores datter Freja skal konfirmeres i Ishøj Kirke den 2. maj, og hun har fået fri fra svømning den dag. Men skolen siger hun skal indhente timen. Er det rimeligt?

Hilsen Louise""")

M("b", """Kære udvalgsformand

Jeg er medlem af Enhedslisten og sidder i vores lokale bestyrelse. Jeg skriver ikke som politiker, men som nabo: Kan vi få en fodgængerovergang ved Ishøj Stationsvej? Der er ofte uheld.

Venlig hilsen
Tobias""")

M("u", """Hej HR

Jeg er ansat på Ishøj Rådhus og medlem af Djøf. Jeg vil gerne høre om jeg kan få seniordage, og om det står i overenskomsten for AC'ere. Min leder ved det ikke.

Mvh Jens""")

M("b", """Til Ishøj Kommune

Jeg faster i ramadanen og arbejder som buschauffør. Kan kommunen som ejer af busterminalen lade os holde pause i venterummet ved solnedgang? Vi er flere der gerne vil bryde fasten der.

Hilsen Mustafa""")

M("bu", """Kære borgmester

Som aktiv i Socialdemokratiet og mangeårigt medlem af 3F vil jeg opfordre dig til at sikre at kommunens rengøringsudbud stiller krav om overenskomst. Jeg har selv været rengøringsassistent i 20 år.

Med venlig hilsen
Birgit Lund""")

M("b", """Hej kultur

Vi er en gruppe kvinder der går i Ishøj Moské hver fredag, og vi vil gerne låne en gymnastiksal til en kvindeaften med sport. Kan det lade sig gøre om søndagen?

Mvh Amina""")

M("u", """Til Center for Beskæftigelse og Erhverv

Jeg er TR hos 3F på byggepladsen ved Ishøj Strand. Vi har flere lærlinge fra jobcentrets projekt, og de mangler sikkerhedssko. Hvem skal betale?

Mvh
Jimmi Rask""")

M("b", """Hej borgerservice

Jeg er ateist og vil udmeldes af folkekirken. Kan I hjælpe mig med hvordan man gør, eller er det kirkekontoret?

Mvh Ole""")

M("ub", """Til udvalgsformanden for Børne- og Skoleudvalget

Som formand for BUPL's lokalklub i Ishøj og medlem af Radikale Venstre vil jeg spørge om normeringerne i 2026. Jeg beder om at spørgsmålet kommer på dagsordenen.

Venlig hilsen
Hanne Rask""")

M("b", """Til dagsordensamler, Kultur- og Fritidsudvalget

Jeg er veganer af etiske grunde og vil gerne at kommunens kantiner altid tilbyder en vegansk ret. Det er ikke kun et spørgsmål om smag, men om dyrenes rettigheder.

Hilsen Martin""")

M("bhe", """Hej

Min mor er 87 og gik i kirke hver søndag hele sit liv. Nu bor hun på plejecenter og kan ikke komme afsted pga. sin hofte. Kunne præsten ikke komme på plejecentret?

Venlig hilsen
Anne Grethe""")

M("u", """Kære byrådsmedlem

Jeg er medlem af Dansk Sygeplejeråd og arbejder i hjemmesygeplejen. Vi har underskrevet et åbent brev til byrådet om for lidt tid til hvert besøg. Jeg håber du vil læse det.

Venlig hilsen
Maja""")

M("bt", """Til Kultur og Fritid

Jeg er af tamilsk oprindelse og hindu, og vi fejrer Pongal som familie. Må vi lave et lille bål i Ishøj Bypark den 14. januar?

Mvh
Kumar""")

M("b", """Hej

Jeg har et spørgsmål til kommunens vielse. Vi skal giftes i moskéen i juli, men skal også have en borgerlig vielse for at det er gyldigt i Danmark. Kan det ske samme dag?

Mvh Hamza""")

M("u", """Til HR, Ishøj Kommune

Jeg er meldt ud af FOA i januar, men der bliver stadig trukket kontingent i min løn. Det skal stoppe. Lønnummer 0204861187.

Mvh
Annette Vinther, social- og sundhedsassistent""")

M("b", """Til byrådsmedlem fra Dansk Folkeparti

Jeg stemte på dig og jeg vil gerne have at du gør noget ved at busserne kører for sjældent om aftenen.

Hilsen
en pensionist fra Ishøj Nord""")

M("uh", """Til Center for Voksne og Velfærd

Jeg er medlem af HK og har været sygemeldt med en diskusprolaps i 8 uger. HK siger jeg skal bede om et møde med jer om en §56-aftale. Hvordan gør jeg?

Marianne Friis""")

M("b", """Hej

Vi er Jehovas Vidner og vil gerne stå med vores stand med blade ved Ishøj Station om lørdagen. Skal vi have tilladelse fra kommunen? Jeg er selv forkynder.

Mvh Ruth""")

M("u", """Re: Seniorsamtale

Hej Tina

Jeg har talt med min fagforening, Lederne, og de siger at jeg har ret til at have en bisidder med. Det vil jeg gerne.

> Den 3. apr. skrev Tina (HR):
> Vi indkalder dig til seniorsamtale den 22. april.

Kurt Nielsen""")

M("bt", """Kære borgmester

Jeg er armensk kristen og min familie flygtede fra Syrien. Vi vil gerne have lov at holde en mindegudstjeneste for det armenske folkemord den 24. april ved mindestenen i parken.

Hilsen
Aram""")

M("u", """Til Center for Borger, Økonomi og IT

Jeg er ansat i kommunens IT-afdeling og var indtil sidste år medlem af PROSA. Nu er jeg skiftet til IDA. Skal jeg melde det et sted for at få det rigtige lønfradrag?

Vh Lars""")

M("b", """Hej Kultur

Min datter Maja skal ikke konfirmeres, hun har valgt en nonfirmation med Humanistisk Samfund. Må vi holde festen i beboerhuset på Strandgårdsvej?

Mvh Henrik""")

M("u", """Kære udvalgsformand

Jeg er pædagog og sidder som arbejdsmiljørepræsentant og TR (BUPL) i Børnehuset Solstrålen. Vi har haft tre voldsepisoder på en måned. Vi ønsker en handleplan fra forvaltningen.

Med venlig hilsen
Sara Lind""")

M("b", """Til Center for Børn og Forebyggelse

Vores søn på 12 går til koranlæsning i moskéen hver lørdag og kan ikke komme til skolens ekstra idrætsdag. Kan han få fri?

Hilsen Nadia""")

M("ub", """Til borgmesteren

Jeg har været medlem af Krifa i 30 år og er aktiv i Indre Mission. Jeg skriver for at bede kommunen om at holde Ishøj Kirkes parkeringsplads ryddet for sne om søndagen, så de ældre kan komme til gudstjeneste.

Venlig hilsen
Poul Erik""")

M("b", """Hej byrådsmedlem

Jeg er medlem af Extinction Rebellion og var med til aktionen ved rådhuset sidste fredag. Jeg vil gerne have et møde om kommunens klimaplan.

Marie""")

M("u", """Hej

Jeg var TR for Dansk Metal på værkstedet i 12 år, men er stoppet på værkstedet nu. Jeg vil gerne melde mig som frivillig til lektiehjælp. Hvem skal jeg kontakte?

Mvh Bent""")

M("bs", """Kære udvalgsformand

Jeg er rabbiner... nej, det er min mand der er rabbiner. Jeg er selv mand og konverteret til jødedommen, og vi har boet i Ishøj i 5 år. Vi vil gerne holde en lille hanukkah-fejring i biblioteket for naboerne.

Venlig hilsen
Michael""")

M("u", """Til direktøren for Børn og Forebyggelse

Som TR for Danmarks Lærerforening på Vibeholmskolen vil jeg gøre opmærksom på at vi har 14 ubesatte stillinger. Det går ud over eleverne.

Med venlig hilsen
Kim Vestergaard""")

M("b", """Hej

Jeg er medlem af Nye Borgerlige og vil gerne klage over at vores valgplakater blev pillet ned ved Ishøj Centret. Hvem har ansvaret?

Mvh Jesper""")

M("ue", """Til Jobcenter Ishøj

Jeg er ledig og medlem af Faglig Fælles Forbund (3F). Min a-kasse har sagt jeg skal i aktivering, men jeg har ikke hørt noget fra jer. Skal jeg selv kontakte nogen?

Mvh
Brian Hald""")

M("b", """Til Center for Børn og Forebyggelse

Vores datter Leah skal ikke have svinekød, da vi holder kosher derhjemme. Kan skolens madordning tage højde for det?

Hilsen
Familien Rosenberg""")

M("ut", """Hej borgerrådgiver

Jeg er fra Rumænien og arbejder på et lager i Ishøj. Jeg er medlem af 3F. Min arbejdsgiver siger at jeg ikke kan få en lejlighed i kommunen fordi jeg ikke er dansk. Er det rigtigt? Jeg spørger for at vide hvor jeg skal søge.

Ion Popescu""")

M("u", """Kære byrådsmedlem

Jeg er næstformand i HK Kommunal Vestegnen og medlem af HK siden 1995. Jeg vil gerne invitere dig til vores medlemsmøde om arbejdsmiljø.

Hilsen
Susanne Dahl""")

M("b", """Hej

Jeg er pacifist og vil gerne klage over at kommunen har inviteret Forsvaret til at lave rekruttering på skolerne. Mine børn skal ikke udsættes for det.

Mvh Ida""")

M("u", """Til HR, Ishøj Kommune

Jeg søger stillingen som SSA i hjemmeplejen. Jeg er medlem af FOA. Mit cpr: [[040294-1226]] til straffeattesten.

Mvh
Yvonne Beck""")

M("be", """Kære borgmester

Jeg er muslim og beder fem gange om dagen. På mit praktiksted via jobcentret må jeg ikke bede i pausen. Jeg vil gerne vide om jobcentret kan tale med arbejdsgiveren.

Mohammed""")
