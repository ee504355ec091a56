"""corpus55 part E: origin and belief, mostly alongside work and money."""
from common import M

M("tbe", """Kære borgerrådgiver

Jeg er somalisk og bærer tørklæde pga. min tro. På jobcentrets kursus sagde underviseren foran alle at "sådan en som mig" aldrig får job i en butik. Jeg vil klage over hende. Jeg har ikke noget imod kurset, men tonen var forkert.

Hodan""")

M("b", """Hej Erik

Jeg stemte på dig ved sidste valg, men efter I lukkede svømmehallen om morgenen gør jeg det ikke igen. Jeg er 71 og svømmer hver dag kl. 7.

Venlig hilsen
Gunnar""")

M("be", """Hej

Min søn spørger om han kan få fri fra praktikken i jobcentret til Eid. Skal han bare sige det til sin praktikvært, eller skal jobcentret vide det? Han er 20.

Mvh Hamid""")

M("t", """Til borgmesteren

Jeg er født i Danmark af vietnamesiske forældre, men på mit arbejde på Ishøj Rådhus bliver jeg kaldt "Kinamanden" af en kollega. Min leder griner med. Jeg vil ikke have at det fortsætter.

Anonym medarbejder""")

M("be", """Kære Lone Kjær

Jeg er Jehovas Vidne og har fået afslag på kontanthjælp fordi jeg ikke ville tage et job i en butik der sælger julepynt på fuld tid i december. Jobcentret siger det er "at afvise et rimeligt tilbud". Jeg synes det er uretfærdigt.

Venlig hilsen
Ruth Madsen""")

M("", """Hej

Hvornår holder Ishøj Moské åbent hus i år? Vores skoleklasse vil gerne komme på besøg i forbindelse med kristendomsundervisningen.

Mvh
Signe, lærer på Gildbroskolen""")

M("te", """Hej Annette

Jeg er kurder fra Irak og har en kandidatgrad i økonomi fra Bagdad. Jobcentret har nu i 3 år sendt mig i praktik som rengøringsassistent. Jeg vil gerne have min uddannelse godkendt. Hvem kan hjælpe mig?

Med venlig hilsen
Karwan""")

M("b", """Til udvalgsformanden

Som medlem af Socialdemokratiet i Ishøj i 30 år er jeg skuffet over at partiet stemte for at lukke Torslunde Bibliotek. Jeg har meldt mig ud i protest.

Venlig hilsen
Leif Andersen""")

M("", """Til Center for Børn og Forebyggelse

Serverer børnehaverne i Ishøj halal kød, og hvis ja, er det alle steder eller kun nogle? Jeg er journalist på en lokalavis.

Venlig hilsen
Kasper Moos""")

M("tbeh", """Hej

min mor er fra Pakistan og bor på Ishøj Plejecenter. hun beder fem gange om dagen men personalet afbryder hende med medicin og vask. kan man få plejeplanen ændret så der er tid til bøn? hun taler ikke dansk. mvh Imran""")

M("bhe", """Kære byrådsmedlem

Jeg er vegetar af etiske grunde og har fået diabetes 2 sidste år. Madordningen fra kommunens køkken har ikke en ordentlig vegetarisk diabeteskost. Jeg betaler selv for maden, men kan I se på menuen?

Venlig hilsen
Karen Thorsen""")

M("t", """Hej

Vi er en polsk familie og bor i Ishøj. Vores datter bliver drillet i skolen med at hun er "østeuropæer der stjæler". Lærerne gør ikke noget. Hvem kan vi klage til?

Agnieszka og Tomasz""")

M("", """Til Kultur- og Fritidsudvalget

Jeg vil foreslå at kommunen holder en fælles Eid-fest i Ishøj Kulturhus for alle borgere, ligesom vi har juletræsfest. Det vil styrke sammenholdet.

Med venlig hilsen
Farah""")

M("bt", """Til borgerrådgiveren

Jeg er jøde og arbejder i kommunens IT-afdeling. Min leder placerer altid de store opdateringer om lørdagen, selvom jeg har sagt at jeg holder sabbat. Jeg er den eneste der skal bytte hver gang. Jeg vil have det taget op.

David L.""")

M("b", """Hej Lone

Jeg er medlem af Konservative og har været kasserer i lokalforeningen i 5 år. Jeg vil bede dig om at sende mig budgetudkastet for Ishøj Strand Kultur, for vi vil lave et høringssvar.

Mvh
Poul Henrik Damsgaard""")

M("e", """Hej

Jeg har brug for hjælp til at betale konfirmationstøj til min datter, men hun skal ikke konfirmeres i kirken, hun skal bare til fest hos sin veninde. Nej vent, det er til min niece. Kan man søge enkeltydelse til tøj til en fest når man er på kontanthjælp?

Mvh Bettina""")

M("tu", """Kære Erik Olsen

Jeg er fra Ghana og arbejder som SOSU-hjælper i hjemmeplejen. Min FOA-tillidsrepræsentant har fortalt mig at jeg har ret til et sprogkursus i arbejdstiden, men min leder siger nej. Kan du hjælpe?

Venlig hilsen
Kwame Boateng""")

M("be", """Hej

Jeg er konverteret til islam for to år siden og bærer nu niqab. Jobcentret siger at jeg ikke kan få kontanthjælp hvis jeg ikke tager den af til praktikken i Netto. Er det rigtigt? Jeg vil gerne arbejde, men ikke i en butik.

Louise""")

M("", """Til Center for Voksne og Velfærd

Er der mulighed for at få en tolk på arabisk til et pårørendemøde på plejecentret? Det drejer sig ikke om mig, men om en anden familie, jeg er frivillig besøgsven for.

Venlig hilsen
Marianne""")

M("t", """hej. jeg er grønlænder og har boet i Ishøj i 3 år. når jeg ringer til borgerservice bliver jeg tit talt ned til, som om jeg ikke forstår dansk. jeg er født i Nuuk og taler dansk som alle andre. vil bare sige det. Aviaja""")

M("b", """Til borgmesteren

Jeg er aktiv i Extinction Rebellion og vil gerne søge om tilladelse til en fredelig demonstration foran rådhuset den 22. april. Vi bliver ca. 30 personer.

Med venlig hilsen
Magnus Lind""")

M("te", """Kære borgerrådgiver

Jeg er fra Ukraine og kom hertil i 2022. Jeg får selvforsørgelsesydelse og har nu fået job som tandlægeassistent på deltid, men kommunen har trukket hele lønnen i ydelsen. Jeg forstår ikke regnestykket. Min løn er 9.400 kr.

Olena Kovalenko
[[080790-1436]]""")

M("bte", """Hej Annette

Jeg er kristen fra Irak (kaldæisk katolik) og bor i Ishøj. Jeg er ledig og har søgt job i en børnehave, men de sagde jeg ikke passede ind fordi jeg bærer et stort kors. Er det diskrimination?

Med venlig hilsen
Raad""")

M("", """Til Ishøj Kommune

Hvilke regler gælder for religiøse symboler for medarbejdere i borgerservice? Må man bære tørklæde, kors eller kalot? Vi er en gymnasieklasse der har et projekt om religionsfrihed.

Venlig hilsen
3.g, Ishøj Gymnasium""")

M("b", """Kære byrådsmedlem

Vi har et lille barn der skal døbes i Ishøj Kirke i maj. Vi vil gerne holde festen i Strandhuset, men det er udlejet. Kan kommunen anvise et andet sted?

Mvh Julie og Nicolai""")

M("t", """Til borgmesterens PA

Min mand er fra Marokko og jeg er dansk. Han har søgt job i kommunens Vej og Park, og til samtalen blev han spurgt om han "forstår danske regler". Ingen andre blev spurgt om det. Vi vil gerne have en forklaring.

Venlig hilsen
Maria Benali""")

M("be", """Til Jobcenter Ishøj

Jeg er pacifist og har nægtet at tage et praktikjob hos en virksomhed, der laver dele til militærfly. Nu vil I sanktionere min kontanthjælp. Jeg beder om at min overbevisning bliver respekteret.

Med venlig hilsen
Simon Kjærgaard""")

M("", """Hej Erik

Jeg synes det er forkert at kommunen bruger penge på at restaurere Torslunde Kirke når vi mangler pædagoger. Folkekirken har penge nok.

Mvh
Jesper""")

M("b", """Hej

Jeg er sikh og bærer turban. Jeg er blevet ansat som buschauffør i Movia, men får nu at vide at jeg skal bruge hjelm på cyklen til arbejde på kommunens cykelkursus. Det kan jeg ikke. Jeg vil gerne høre om der er en undtagelse.

Gurpreet Singh""")

M("b", """Til Borgerrådgiveren

Jeg er ateist og vil gerne have min søn fritaget for at deltage i skolens julegudstjeneste i kirken. Skolen siger han så skal sidde alene på kontoret. Det er urimeligt.

Venlig hilsen
Anne-Mette Krogh""")

M("te", """Hej Lone

Jeg er rom og har boet i Ishøj i 10 år. Jeg har søgt om boligstøtte, og sagsbehandleren spurgte mig om jeg "virkelig bor der" eller rejser rundt. Hun ville se billeder af min lejlighed. Det ville hun ikke spørge en dansker om.

Hilsen
Dušan""")

M("", """Til Kultur- og Fritidsudvalget

Kan Ishøj Kommune støtte vores forenings Ramadan-iftar i Kulturhuset med et tilskud? Vi forventer 150 gæster fra alle kulturer.

Med venlig hilsen
Ishøj Kvindeforening""")

M("be", """Kære Borgerrådgiver

Jeg fik afslag på enkeltydelse til min søns konfirmation, selvom vi er fattige og jeg er på førtidspension. Han skal konfirmeres i Ishøj Kirke den 3. maj. Alle hans klassekammerater får nyt tøj. Jeg klager.

Venlig hilsen
Tina Mortensen""")

M("t", """Dear Mayor,

I'm an American living in Ishøj with my Danish wife. I'm not writing about myself but about the signs at the jobcenter, which are only in Danish and Arabic. Why not English? Many newcomers from India and the Philippines don't read either.

Best regards,
Michael Carter""")

M("bu", """Til borgmesteren

Jeg er medlem af SF og har været det i 20 år. Jeg er også tillidsrepræsentant i 3F på genbrugspladsen. Jeg synes kommunen skal droppe udliciteringen af genbrugspladsen. Det vil koste arbejdspladser.

Venlig hilsen
Finn Møller""")

M("t", """Hej, min kone er thai og arbejder i kantinen på rådhuset. hun siger at hendes kolleger taler om hende på dansk og griner. hun tør ikke selv skrive. hvad kan vi gøre? mvh Søren""")

M("b", """Kære udvalgsformand

Vi er en gruppe humanister, der mødes i en studiekreds om etik. Som humanist ønsker jeg at der bliver mulighed for borgerlig navngivning på rådhuset, så man ikke skal i kirken. Kan det komme på dagsordenen?

Med venlig hilsen
Ida Kofoed""")

M("", """Hej

Vores fodboldklub har mange spillere med forskellige baggrunde. Vi vil gerne søge kommunens integrationspulje til en sommerlejr. Hvor søger man, og hvad er fristen?

Mvh
Ishøj IF, ungdomsafdelingen""")

M("tb", """Til Ishøj Kommune

Jeg er tamil fra Sri Lanka og hindu. Min far er død og vi vil gerne holde en hinduistisk ceremoni ved Ishøj Strand, hvor asken spredes i vandet. Må man det?

Med venlig hilsen
Kannan Sivakumar""")

M("be", """hej jeg er muslim og faster i ramadanen. jobcentret har indkaldt mig til et heldagskursus med frokost hver dag, og de siger jeg skal deltage i fællesspisningen for "social træning". kan de det?? /Ali""")

M("t", """Kære Erik

Jeg er afrikansk-dansk og arbejder som pædagog i Ishøj. Forældre har klaget over at "den sorte" skal skifte deres børn. Ledelsen har flyttet mig til et andet hus i stedet for at tage snakken med forældrene. Jeg føler mig straffet for min hudfarve.

Med venlig hilsen
Grace""")
