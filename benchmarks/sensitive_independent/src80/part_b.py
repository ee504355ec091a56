"""corpus80 part B: health and economic/social circumstances, often said indirectly
(what a person cannot do, where they must go, what they receive)."""
from common import M

M("h", """
Kære udvalgsformand

Borgermødet om den nye plejeboligplan holdes på 1. sal i Kulturhuset, og der er ingen elevator. Min mand kan ikke længere gå på trapper efter sin blodprop i hjernen i foråret, så vi kan ikke komme. Kan mødet flyttes til stueetagen, eller kan man følge med på nettet?

Med venlig hilsen
Ruth Kjærsgaard
""")

M("e", """
Hej
Jeg får kontanthjælp og har ikke råd til de 450 kr. for min datters svømmehold i kommunens svømmehal. Findes der en rabat eller et tilskud?
Vh Nanna
""")

M("h", """
Til Vej og Park

Jeg skal til dialyse på Herlev tre gange om ugen og kører selv derhen kl. 6.30. Nu er Vejlebrovej spærret ved rundkørslen og omkørslen tager 20 minutter ekstra. Hvor længe varer vejarbejdet?

Venlig hilsen
Bjarne Holt
""")

M("e", """
hej jeg står uden bolig fra 1 december, min lejekontrakt er opsagt og jeg sover allerede nogle nætter hos min søster på sofaen. hvem i kommunen kan hjælpe med en akutbolig. jeg har ringet til borgerservice men de sendte mig rundt.
Kim
""")

M("he", """
Kære Jobcenter Ishøj

Efter en svær depression har jeg været sygemeldt siden juni. Nu har I indkaldt mig til opfølgningssamtale torsdag kl. 9, men jeg har svært ved at være i store rum med mange mennesker. Kan samtalen foregå over telefon?

Med venlig hilsen
Anna Bundgaard
""")

M("e", """
Hej Pladsanvisningen

Vi har haft økonomisk friplads i SFO'en siden januar, men i brevet fra i går står der at den stopper fra december fordi vi ikke har sendt årsopgørelsen. Den sendte jeg den 3. oktober. Kan I se efter igen?

Mvh Camilla Brandt
""")

M("h", """
Til køkkenet på Strandgårdskolen

Min søn Oliver i 2.a har cøliaki og kan slet ikke tåle gluten. I torsdags fik han pastasalat til frokostordningen og var syg hele weekenden. Hvordan sikrer I at det ikke sker igen?

Venlig hilsen
Maria, Olivers mor
""")

M("eh", """
Hej

Min mor Karen får hjemmehjælp efter sit hoftebrud i august. Hjælperne kommer på forskellige tidspunkter hver dag, én gang kl. 7.15 og næste dag kl. 11. Hun kan ikke selv komme op af sengen, så hun ligger og venter. Kan man ikke få et fast tidspunkt?

Pernille Dahl (datter)
""")

M("h", """
Hej
Jeg er gravid i uge 30 og kan ikke cykle de 4 km ud til sundhedsplejersken i Vejleå mere. Må hun komme hjem til mig til næste besøg i stedet?
Mvh Emilie
""")

M("e", """
Til borgmesteren

Min eksmand og jeg har en samværssag i Familieretshuset, og han har fået at vide af nogen på rådhuset at jeg har sagt noget om ham til kommunen. Det har jeg ikke. Jeg vil gerne vide hvem der har talt med ham.

Marianne Vestergaard
""")

M("e", """
Til Center for Børn og Forebyggelse

Skolen har lavet en underretning om min datter Ida (12 år), fordi hun har haft meget fravær. Jeg har ikke fået noget at vide, kun at en rådgiver vil ringe. Har jeg ret til at se hvad der står?

Venlig hilsen
Heidi Laursen
""")

M("he", """
Hej

Vores søn Malthe har autisme og blev i sommer visiteret til specialklassen på Vibeholmskolen. Nu får vi at vide at taxakørslen derhen stopper efter jul, fordi der er kommet en ny aftale. Ingen har skrevet noget til os. Hvad sker der?

Mvh Jakob og Line Ravn
""")

M("h", """
kære borgerservice jeg tager medicin for ADHD og kan ikke stå i kø i en time uden at gå helt ud af mit gode skind. kan man bestille en tid til nyt pas i stedet for at vente i skranken
/Sebastian
""")

M("e", """
Til Ishøj Kommune

Jeg afsoner i øjeblikket i Vestre Fængsel og bliver løsladt den 3. februar. Jeg har ingen bolig når jeg kommer ud. Min mor i Ishøj har sagt jeg kan få min post sendt til hende. Kan nogen fra kommunen besøge mig her før løsladelsen så vi kan lave en plan?

Med venlig hilsen
Dennis Holm
""")

M("h", """
Til entreprenøren / Vej og Park

Fru Hansen i nr. 3 har kræft og får kemo, og hun sover dårligt. I går startede I med at bore i fortovet kl. 6.45. Kan I ikke starte kl. 8 som der står i skiltet?

Venlig hilsen naboerne på Ishøj Søvej
""")

M("e", """
hej jeg er studerende og lever af SU og boligstøtte, og nu har I sendt et brev om at min boligstøtte bliver sat ned fordi min kæreste er flyttet ind. men han er flyttet ud igen. hvad skal jeg gøre
Freja
""")

M("h", """
Til præsten? nej undskyld, til kommunen.

Vi mistede vores lille barn i 12. uge i september. Vi havde allerede fået plads i dagplejen fra næste sommer og vil bare gerne have at I sletter det, så vi ikke får flere breve. Det er svært at få dem.

Med venlig hilsen
Katrine og Mads
""")

M("eh", """
Hej

Min far er flyttet på Plejecenter Ishøjhave, fordi hans demens er blevet for svær til at han kan bo hjemme. Han har en kat, som han ikke kunne tage med. Må familien have katten med på besøg?

Venlig hilsen
Lone Friis
""")

M("e", """
Kære borgerrådgiver

Jeg har fået afslag på enkeltydelse til depositum til en ny lejlighed. Jeg bor i dag i et værelse på 14 m2 med min søn. I afslaget står der at jeg "selv burde have sparet op". Hvordan skulle jeg det på 9.000 kr. om måneden? Kan jeg klage?

Yasmin
""")

M("h", """
Til kulturudvalget

Jeg har været alkoholiker i 20 år og har nu været ædru i to år og tre måneder. Jeg vil gerne holde et foredrag for unge på biblioteket om hvordan det startede for mig. Hvem kan jeg tale med om det?

Michael Thygesen
""")

M("e", """
Til Familieafdelingen

Vores plejebarn Noah (7) skal på ferie med os til Jylland i efterårsferien. Skal vi søge om lov, eller er det nok at vi giver hans sagsbehandler besked?

Mvh Gitte og Ole Bach, plejefamilie
""")

M("he", """
Kære hovedpostkasse
Jeg er på sygedagpenge pga. en diskusprolaps og har fået brev om at de stopper efter 22 uger. Min læge siger jeg ikke kan arbejde endnu. Hvad sker der så?
Mvh Tommy
""")

M("h", """
Hej

Min datter Signe er indlagt på psykiatrisk afdeling i Glostrup og har været det i tre uger. Hun skulle have været til eksamen på Ishøj Ungdomsskole i næste uge. Kan den flyttes?

Venlig hilsen
Dorte Kragh
""")

M("e", """
Ydelseskontoret

Jeg har fået et brev om at jeg skylder kommunen 23.140 kr. for for meget udbetalt boligydelse siden 2024. Jeg har aldrig fået at vide at min pension talte med. Jeg kan ikke betale det på én gang.

Ingrid Lund, pensionist
""")

M("h", """
Til byrådet

Jeg er døv og vil gerne deltage i borgermødet om Ishøj Bycenter. Kan der komme tegnsprogstolk, eller skal jeg selv bestille én?

Med venlig hilsen
Rasmus Eg
""")

M("e", """
hej

min lillebror Mikkel er hjemløs og har boet i sin bil ude ved Ishøj Strand siden august. nu bliver det koldt. han vil ikke selv ringe til jer. kan der komme nogen ud og snakke med ham? det er en grå Peugeot

Nikolaj
""")

M("eh", """
Hej Jobcentret

Jeg har sklerose og har fået mere og mere træthed. Min arbejdsgiver og jeg har talt om at søge om en § 56-aftale, og jeg har nu sendt ansøgningen ind. Hvornår kan jeg forvente svar?

Venlig hilsen
Tina Halberg
""")

M("h", """
Kære Sundhedshuset

Jeg har fået konstateret brystkræft og skal have stråler på Herlev hver dag i fem uger. Jeg har hørt I har et træningshold for kræftramte – kan jeg starte bagefter?

Bente
""")

M("e", """
Hej

Jeg har været ledig siden april og skal til møde i jobcentret hver tredje måned. Nu vil de have mig til at søge 6 jobs om ugen, men der er ikke 6 jobs som lagermedarbejder i hele Storkøbenhavn om ugen. Er det lovligt at kræve det?

Ali
""")

M("h", """
Til borgmesteren

Min mand fik hjertestop på arbejdet i Ishøj Bycenter i sidste måned. Det var en tilfældig kunde der startede hjertestarteren, og han overlevede. Jeg vil gerne have at kommunen sætter flere hjertestartere op, og jeg vil gerne sige tak til manden, hvis I kan finde ham.

Med venlig hilsen
Lisbeth Rosendahl
""")

M("eh", """
Til Center for Voksne og Velfærd

Jeg får førtidspension pga. skizofreni og har en bostøtte to gange om ugen. Hun er lige stoppet og jeg har ikke fået en ny. Det er fire uger siden. Jeg kan ikke selv holde styr på regningerne.

Martin
""")

M("e", """
Kære borgerrådgiver

Vi er blevet sat ud af vores lejlighed i Strandparken i går pga. restance. Fogeden var der. Vi bor nu på et vandrerhjem med to børn, og kommunen sagde i telefonen at de "vender tilbage". Hvem har ansvaret for at finde et sted til os?

Nadia og Ahmad
""")

M("h", """
Hej

jeg er blind på det ene øje og ser dårligt på det andet. De nye blå skilte ved Ishøj station er helt umulige at læse. Kan de ikke laves med større bogstaver?

Jens Peter
""")

M("e", """
Til SSP

Vores søn Lucas på 17 fik i sidste måned en betinget dom på 30 dage for indbrud. Han fortryder det og vil gerne i gang med noget. Kan SSP hjælpe ham med en fritidsjob eller et forløb?

Venlig hilsen
Helle og Thomas
""")

M("", """
Hej

Hvad er de nye satser for boligstøtte fra 1. januar 2027, og hvornår bliver de lagt på borger.dk? Jeg sidder i bestyrelsen for en lejerforening og vil gerne skrive om det i vores blad.

Mvh Kurt
""")

M("", """
Hej Sundhedshuset

Hvornår har I åbent mellem jul og nytår, og kan man få taget blodprøver hos jer eller skal man til egen læge?

Mvh
Anders
""")

M("eh", """
Hej Hjælpemiddeldepotet

Min mor Ellen (84) har fået en rollator fra jer i foråret. Nu er det ene forhjul knækket og hun tør ikke gå udenfor med den. Kan I hente den og give hende en anden?

Mvh Søren Ellegaard
""")

M("e", """
Hej

jeg er gået på efterløn 1. oktober og vil gerne hjælpe frivilligt på biblioteket nogle formiddage. skal jeg melde det til nogen?

hilsen Kirsten
""")

M("h", """
Kære klubleder / Center for Børn og Forebyggelse

Min kollega Jens i Ungdomsklubben Vejleå er sygemeldt med stress, og han kommer ikke tilbage før jul. Vi har været to voksne til 40 unge i fem uger. Kan der ansættes en vikar?

Mvh Morten, pædagog
""")

M("e", """
Til madservice

Min onkel Poul får mad bragt ud fra kommunens madordning. I går kom der ingen mad, og han har ikke selv noget i køleskabet. Hvad skete der?

Venlig hilsen
Gitte Winkel
""")

M("h", """
Hej frivilligcentret

Jeg bliver opereret i knæet den 20. november og kan ikke tage mine vagter i genbrugsbutikken før i februar. Kan I finde en afløser?

Kh Aase
""")

M("", """
Hej

Mit barnebarn Sofie er uddannet sygeplejerske til sommer og vil gerne arbejde i hjemmeplejen i Ishøj. Hvor kan hun se de ledige stillinger?

Venlig hilsen
Jørgen
""")

M("e", """
Kære Borgerservice

Jeg er folkepensionist og har søgt om helbredstillæg til mine nye briller i august. Jeg har ikke hørt noget siden. Regningen fra optikeren er på 3.800 kr.

Venlig hilsen
Erik Nygaard
""")

M("h", """
Til Vej og Park

Den nye LED-gadelampe ud for Torslundevej 14 lyser direkte ind i vores soveværelse. Jeg lider af kronisk migræne og stærkt lys om aftenen udløser anfald. Kan der sættes en skærm på lampen?

Med venlig hilsen
Susanne Toft
""")
