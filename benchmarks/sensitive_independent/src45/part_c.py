"""corpus45 part C: ethnicity, sexual orientation and belief; weddings, confirmations, feasts, neighbours."""
from common import M

M("s", """Hej Borgerservice

Min mand Thomas og jeg (Henrik) skal giftes på rådhuset den 16. august. Vi vil gerne vide om vi kan få vielsen i Strandparken i stedet. Vores cpr-numre er [[110385-1229]] og [[020784 1847]].

Venlig hilsen Henrik Lassen""")

M("", """Hej Borgerservice. Kan man blive viet udendørs i Ishøj Strandpark, og hvad koster det? Vi er et par der skal giftes næste sommer. mvh""")

M("t", """Kære Borgerrådgiver

Jeg skriver for min nabo, fru Amina Hassan, der er fra Somalia og ikke skriver dansk. Naboen overfor har flere gange råbt racistiske ting efter hende over hækken, bl.a. "skrid hjem til Afrika". Hun tør ikke gå ud i haven længere.

Venlig hilsen Ellen Juhl, Ishøj Landsby""")

M("", """Kan kommunen skaffe en tolk på somali til forældremødet i 0.b? Der er flere forældre der har brug for det. Mvh klasselæreren""")

M("b", """Kære Rikke,

Jeg er medlem af Enhedslisten her i Ishøj og har i mange år deltaget i kampagnen for at bevare engen ved Tranegilde. Nu hører jeg at der skal bygges. Vil du mødes med os i vores lokalafdeling?

Mvh Anne Vibe""")

M("", """Kære Rikke. Jeg er imod at der bygges på engen ved Tranegilde. Der er så få grønne områder tilbage. Det skal du stemme imod. Hilsen en nabo""")

M("b", """hej, vi er en muslimsk familie og vil gerne holde eid-fest i Strandparken for 80 gæster den 6. juni. skal vi søge tilladelse og må vi grille? hilsen Yusuf""")

M("", """hej, hvornår starter eid i år og er der særlige regler for store fester i Strandparken i den periode? /arrangør af et foreningsarrangement""")

M("st", """Til Kulturudvalget

Jeg er bøsse og kom til Danmark fra Iran som flygtning i 2016. Jeg vil gerne være frivillig ved Ishøj Pride i august. Hvem skal jeg kontakte? Jeg vil helst ikke have at mit navn står på en offentlig liste.

Tak, Arash""")

M("", """Til Kulturudvalget. Hvornår er Ishøj Pride i år, og støtter kommunen med penge? mvh""")

M("b", """Kære skolen

Vores datter Freja skal ikke konfirmeres, fordi vi er humanister og ikke medlemmer af folkekirken. Hun vil gerne deltage i en humanistisk navnefest i stedet. Skal hun være i skole de dage hvor klassen går til konfirmandundervisning?

Venlig hilsen Anders og Pia Hvid""")

M("", """Kære skolen. Hvornår ligger konfirmandundervisningen i 7. klasse næste år? Vi skal planlægge fritidsjob. mvh""")

M("t", """hej Lars. min kæreste er polsk og vi skal giftes i Ishøj i juli. hans familie kommer fra Gdańsk. skal han have et særligt papir fra polen før vielsen? mvh Stine""")

M("sh", """Hej. Min kone Malene og jeg (Sofie) venter vores første barn i september, og vi vil gerne høre hvordan vi registrerer medmoderskab hos jer. Mvh Sofie Andersen""")

M("", """Hej. Hvordan registrerer man medmoderskab, og skal det ske før fødslen? Jeg er jordemoder og vil gerne give de rigtige svar til mine klienter.""")

M("b", """Kære byrådsmedlem. Jeg er Jehovas Vidne og jeg bliver chikaneret af min nabo, fordi vi har nogle møder i vores have om søndagen. Han har klippet vores hæk over skellet uden at spørge. Hvad kan jeg gøre? Mvh Ruth Abildgaard""")

M("", """Kære byrådsmedlem. Må naboen klippe min hæk over skellet uden at spørge? Den er 1,80 m høj og står på min grund. Mvh Ruth""")

M("ts", """Hej

Jeg er tyrkisk-kurdisk og min kæreste Markus og jeg bor sammen på Ishøj Strandvej. Vi er blevet overfaldet verbalt flere gange nede ved havnen, fordi vi er to mænd der holder i hånd. Jeg er bange. Er der nogen i kommunen der arbejder med det?

Mvh Deniz""")

M("b", """Jeg stemte på Alternativet ved sidste valg, men jeg fortryder. Når I ikke engang kan holde Strandparkens toiletter åbne i sommerferien, hvad kan I så? Hilsen en skuffet vælger, Jan Dahl""")

M("", """Hvorfor er toiletterne i Strandparken lukket om aftenen i juli? Det er en skandale. mvh en skuffet bruger""")

M("tb", """Kære Jens

Min søn Daniel skal have bar mitzva i juni, og vi vil gerne holde fest i Ishøj Kulturhus. Vi er jøder, og vi har brug for et køkken hvor vi kan lave kosher mad. Har I det?

Mvh Ruth og Simon Levin""")

M("", """Har Ishøj Kulturhus et køkken man må bruge til private fester, og skal man selv rengøre? mvh""")

M("te", """Til Børn og Forebyggelse

Jeg er plejemor til Samira på 12, der er født i Eritrea. Vi er blevet kontaktet af hendes biologiske mors familie, som vil have hende på sommerferie i Sverige. Hvad er vi forpligtet til?

Venlig hilsen Grethe Bruun""")

M("s", """hej, jeg er biseksuel og er blevet mobbet af nogle fra min klasse på Vibeholmskolen lige op til eksamen, de har skrevet ting på min taske. min lærer gør ingenting. hvad kan jeg gøre? /Emma, 9.c""")

M("", """hej, er der nogen tilbud til unge LGBT+ i Ishøj? jeg laver en opgave i samfundsfag om det /Emma""")

M("b", """Kære Borgmester

Som katolik synes jeg det er forkert at kommunens sommerfest lægges på en søndag formiddag. Jeg vil gerne deltage men går i kirke. Kunne man ikke lægge den lørdag?

Venlig hilsen Jozef Nowak""")

M("", """Kære Borgmester. Kunne man ikke lægge kommunens sommerfest på en lørdag, så flere familier kan komme? Venlig hilsen Jozef""")

M("th", """Kære Social- og Sundhedsudvalget

Jeg er datter af Mohammad Rahimi, [[010552-2917]], som kom hertil fra Afghanistan i 1992. Han forstår ikke dansk godt og der er ingen tolk når hjemmesygeplejen kommer. Han har sukkersyge. Kan I sørge for tolk?

Mvh Leila Rahimi""")

M("", """Hvordan bestiller man en tolk til en samtale hos kommunen, og koster det noget? Mvh Leila, frivillig i Ishøj Netværkshus""")

M("s", """Kære Tanja (udvalgsformand)

Jeg hedder Martin og min mand Jens og jeg vil gerne adoptere. Vi har hørt at kommunen holder informationsmøder om adoption. Er homoseksuelle par velkomne der?

Mvh Martin""")

M("bs", """hej Rikke! tak for din tale ved pride i fjor. jeg er selv lesbisk og medlem af SF, og jeg vil gerne høre om du vil komme til vores sommerfest i haveforeningen? /Nina""")

M("", """hej Rikke! tak for din tale på Ishøj Pride i fjor, den var virkelig god. kommer du igen i år? /Nina og hendes kolleger""")

M("t", """Til Borgerrådgiveren

Jeg er romaer og jeg oplever at Borgerservice behandler mig anderledes end andre. I går fik jeg at vide at jeg skulle "vente udenfor" mens en anden blev ekspederet. Jeg vil klage.

Mvh Milan Kovač""")

M("b", """Kære Byråd. Jeg er veganer af etiske grunde og jeg synes det er forkert at kommunen sponsorerer et pattegrisegilde ved havnefesten. Jeg vil gerne have et svar. Vh Freja Lind""")

M("", """Kære Byråd. Kan der komme vegetariske retter på menuen ved havnefesten? Det er vel ikke for meget at forlange. Vh Freja""")

M("tb", """Kære Center for Børn og Forebyggelse

Jeg er muslim og min datter Hiba går med tørklæde pga. sin tro. Hendes pædagog på SFO'en har sagt til hende at "her i Danmark gør vi ikke sådan". Vi er palæstinensere og har boet i Ishøj i 20 år. Jeg er meget ked af det.

Venlig hilsen Khaled Odeh""")

M("", """Til SFO-lederen. Har I regler om hovedbeklædning til sommerudflugten til Bonbon-Land? Mvh en forælder""")

M("s", """hej, jeg og min kæreste Sebastian (jeg hedder Frederik) er lige flyttet ind i en lejlighed i Vildtbanegård, og vi har problemer med nogle naboer der skriver grimme ting om "bøsserne" på opslagstavlen. er det noget kommunen kan hjælpe med? eller kun boligselskabet? /Frederik""")

M("b", """Kære Kirke- og kulturudvalg. Jeg er buddhist og vil gerne vide om vi må holde en lille meditationsceremoni ved stranden ved fuldmåne i juli. Vi er ca. 12 personer. Mvh Thomas Kjær""")

M("", """Kære Kulturudvalg. Må man holde et lille arrangement med 12 personer på stranden om aftenen uden tilladelse? Mvh Thomas""")

M("t", """Hej Lone. Min mand er fra Marokko og vi vil gerne holde en stor sommerfest i haveforeningen når vi har fået vores nye have. Hans familie er 50 personer. Hvor mange må vi være? Mvh Kirsten El Idrissi""")

M("bu", """Kære borgmester,

Jeg er medlem af Socialdemokratiet og af HK, og jeg er helt uenig med dig om nedskæringerne på biblioteket. Jeg vil melde mig ud af partiet hvis det går igennem.

Vh Lene Vinther""")

M("", """Kære borgmester. Biblioteket i Ishøj Bycenter skal ikke have kortere åbningstider i sommerferien. Børnene har brug for et sted at være. Vh Lene""")

M("sh", """Hej, jeg er transkvinde og homoseksuel, og jeg er i hormonbehandling på Rigshospitalet. Mit navneskifte er ikke kommet igennem i jeres systemer, så jeg får stadig breve med mit gamle navn. Hvem kan rette det? /Alex""")

M("", """Hej, hvordan ændrer man sit navn i kommunens systemer efter navneændring hos Familieretshuset? /en borger""")

M("tb", """Kære Kommune. Vi er en sikh-familie fra Punjab og min far bærer turban. Han har fået at vide at han ikke må bruge svømmehallen på Ishøj Strand med turban. Er det rigtigt? Mvh Harpreet Singh""")

M("t", """Kære udvalgsformand

Jeg adopterede min datter fra Colombia for 14 år siden, og nu bliver hun kaldt ting i skolen pga. sin hudfarve. Hun skal til eksamen og er helt ude af den. Hvad gør skolen?

Venlig hilsen Marianne Holst""")

M("", """Hvor mange adoptivbørn fra udlandet bor der i Ishøj? Jeg skriver speciale om internationale adoptioner og skal bruge tal, ikke navne. Mvh""")

M("b", """Jeg er aktiv i Extinction Rebellion og vil gerne søge om at holde en lille demonstration ved Ishøj Havn mod de nye krydstogtsanlæg. Hvor søger jeg? Mvh Ida Krog""")

M("", """Hvor søger man tilladelse til en demonstration i Ishøj? Og skal politiet også have besked? mvh""")

M("se", """Kære Familieafdeling

Mig og min eksmand Jørgen er enige om at deles om vores søn, men nu er Jørgen flyttet sammen med sin nye mand Kasper, og min mor siger at det er "ikke normalt". Jeg vil bare sikre mig at det ikke har betydning for samværet. Kan I bekræfte det?

Mvh Susanne""")

M("", """Kære Familieafdeling. Har det nogen betydning for samværet om den ene forælder bor sammen med en ny partner? Spørgsmålet er generelt, jeg underviser i familieret.""")

M("t", """hej, min mor er grønlandsk og kan ikke få sine medicinrecepter overført fra Nuuk. nej forresten, hun får ikke medicin, det var til en anden. men hun vil bare gerne vide hvor hun kan få dansk undervisning i sommer. /Aputsiaq""")

M("b", """Kære Lars. Jeg er pacifist og nægter at mit barnebarns skole deltager i Forsvarets skoledag i juni. Det er mod min overbevisning. Hilsen Bodil Krag""")

M("", """Kære Lars. Hvad er Forsvarets skoledag og hvem har bestemt at 8. årgang skal deltage? mvh""")
