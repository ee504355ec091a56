"""Part G: hard negatives — general questions, opinions, statistics, CPR-like numbers, second-language writers."""
from common import M

M("", """
Hej, hvad er satsen for boligstøtte i 2027 for en enlig? Jeg spørger for at lære, jeg læser til socialrådgiver. Mvh
""")

M("", """
Goddag. I kommune brev står "partshøring". Hvad betyder det ord? Jeg lærer dansk på sprogcenter og min lærer siger vi skal spørge kommunen selv. Tak.
""")

M("", """
Hej

Hvornår åbner Sundhedshuset om lørdagen? Der står forskellige tider på hjemmesiden og på døren.

Mvh
""")

M("", """
Kære byråd

Jeg synes kontanthjælpsreglerne er alt for stramme, og at kommunen burde bruge flere penge på at få folk i job i stedet for at straffe dem. Det er min holdning.

Mvh Jytte
""")

M("", """
Hej, kan man få influenzavaccine gratis når man er over 65, og hvor? Min mand og jeg vil gerne. Tak, Inger
""")

M("", """
Hej. Please what is "fuldmagt"? I want help my friend with letter but she must give me fuldmagt? Where is the form? Thank you
""")

M("", """
Hej

Mit varenummer på den nye affaldsbeholder er 0708930045. Den er for lille. Kan jeg bytte til en større?

Mvh Rolf
""")

M("", """
Til kommunen

Jeg vil gerne vide hvilke fagforeninger der deltager i jobmessen i oktober. Jeg er ved at vælge uddannelse.

Venlig hilsen
Emma, 19
""")

M("", """
Hej

Hvor kan man se statistik over hvor mange der bor i Ishøj med anden etnisk baggrund end dansk? Jeg skal bruge det til et oplæg.

Mvh
""")

M("", """
hej, min kæreste og jeg skal flytte sammen i Ishøj. hvad koster det at få en parkeringslicens? mvh
""")

M("", """
Goddag

Vi har en indsamling for Kræftens Bekæmpelse i Ishøj Bycenter den 2. maj. Skal vi have tilladelse fra kommunen til en bøsse (indsamlingsbøsse)?

Venlig hilsen
Lise, frivillig
""")

M("", """
Kære udvalg

Jeg er sygeplejerske på Hvidovre Hospital og bor i Ishøj. Jeg vil bare gerne foreslå en cykelsti langs Ishøj Søvej — det er farligt om vinteren når jeg cykler på arbejde.

Mvh Karin
""")

M("", """
Hej, jeg har fået mit nye sundhedskort, men der står forkert adresse. Hvordan retter jeg det? Mvh Jens
""")

M("", """
Hej! Hvornår er der Pride i Ishøj i år? Jeg vil gerne komme med mine venner. :)
""")

M("", """
Hej, hvad tid er der gudstjeneste i Torslunde Kirke juleaften? Mvh Hans
""")

M("", """
Goddag kommune. Mit abonnementsnummer for fjernvarme er 3003911234. Prisen er steget meget. Hvorfor? Med venlig hilsen Wojciech
""")

M("", """
Hej

Kan man få en tolk til forældremøde i skolen på arabisk? Jeg spørger for skolebestyrelsen, vi vil gerne have en generel ordning.

Mvh skolebestyrelsen
""")

M("", """
Kære borgmester

I skal holde biblioteket åbent om søndagen. Det er det eneste sted hvor mange unge kan lave lektier i ro.

Venlig hilsen
Marianne
""")

M("", """
Hej

Jeg har hørt at kommunen sælger byggegrunde i lodtrækning. Hvornår er næste runde, og hvordan tilmelder man sig?

Mvh
""")

M("", """
Hej, hvad er forskellen på hjemmehjælp og hjemmesygepleje? Jeg læser om det til min SOSU-uddannelse. Mvh Amina
""")

M("", """
Til Borgerservice

Jeg skal forny mit pas. Kan man booke tid online, eller skal man møde op? Hvad koster det for en voksen?

Venlig hilsen
""")

M("", """
Hej

Min mobilnummer er 31 05 85 12 34? Nej undskyld, 31058512. Kan I ringe mig om vejarbejdet på Vejleåvej? Jeg ejer bageriet på hjørnet.

Mvh Kemal
""")

M("", """
Hej

Er det rigtigt at Ishøj Kommune vil bygge et nyt plejecenter? Hvor skal det ligge, og hvor mange pladser? Jeg spørger som nabo.

Mvh
""")

M("", """
Hej

Hvordan søger man om at blive plejefamilie? Vi er et par der har tænkt over det længe og har et stort hus.

Venlig hilsen
Bettina og Kim
""")

M("", """
Kære byråd, tak for en god borgermøde om den nye skolestruktur. Jeg synes at I lyttede. Hilsen en forælder
""")

M("", """
Hej

Må jeg som privatperson sætte en bænk op ved stien til stranden til minde om min afdøde mor? Hun elskede at gå der.

Mvh Lotte
""")

M("", """
hej jeg vil gerne have et job i kommunen som pædagogmedhjælper. hvor ser jeg ledige stillinger? mvh Sara
""")

M("", """
Hej

Hvilke krav er der til en ny udestue? Vi vil bygge en på ca. 18 m² i haven. Skal den søges?

Mvh Kurt
""")

M("", """
Kære kommune

Jeg læste at antallet af hjemløse i hovedstadsområdet er steget. Hvad gør Ishøj for at hjælpe? Jeg vil gerne være frivillig.

Venlig hilsen
Preben
""")

M("", """
Hallo, jeg er ikke så god på dansk. Hvor kan jeg spille fodbold for voksne, over 40 år? Old boys hold? Danke!
""")

M("", """
Hej

Min kunde-ID hos Vestforbrænding er 121199-4410, og den står også på regningen. Hvorfor har jeg fået to regninger? Mvh Bo
""")

M("", """
Hej

Vi er en grundejerforening og vil gerne have kommunen til at beskære træerne langs fællesvejen. Hvem har ansvaret?

Mvh Grundejerforeningen Ishøj Vænge
""")

M("", """
Goddag

Jeg skriver på vegne af en gruppe ældre i Ishøj Landsby som ønsker en bænk ved busstoppestedet. Mange kan ikke stå længe.

Med venlig hilsen
Arne
""")

M("", """
Til udvalget

Jeg er imod at kommunen bruger penge på et nyt rådhus. Brug dem hellere på ældreplejen. Jeg har ingen partibog, jeg er bare træt.

Mvh en borger
""")

M("", """
Hej, er der en tandlæge i Ishøj der tager imod nye patienter? Jeg er lige flyttet hertil. Mvh Jonas
""")

M("", """
Hej

Hvor mange borgere får hjemmehjælp i Ishøj, og hvor mange timer i gennemsnit? Jeg er studerende og skriver speciale om ældrepleje.

Mvh Camilla
""")

M("", """
hej, hvorfor blinker lyskrydset ved Ishøj Stationsvej om natten? det er farligt
""")

M("", """
Kære kommune

Jeg vil gerne spørge om jeres tyske hjemmeside-oversættelse. Den er meget dårlig. Kan I rette den?

Mvh Hans Jürgen
""")

M("", """
Hej

Kan man leje Ishøj Kulturhus til et bryllup for 150 gæster? Hvad koster det en lørdag?

Mvh Farah
""")

M("", """
Hej, vores ordre på sandsække har referencenummer 0112880219. Hvornår bliver de leveret før stormen? Mvh beboerne på Strandvejen
""")

M("", """
Goddag

Hvad siger lokalplanen om at drive en lille frisørsalon fra sit hjem? Jeg overvejer det på sigt.

Venlig hilsen
Mina
""")

M("", """
Hej

Hvornår er der valg til integrationsrådet, og hvor kan man læse referaterne fra rådets møder?

Mvh
""")

M("", """
Hej, hvor afleverer jeg gammel medicin? Apoteket eller genbrugspladsen? Tak
""")

M("", """
Dear council, is there any English-speaking group for parents in Ishøj? We would like to meet other international families. Best, Sarah
""")

M("", """
Hej

Jeg er landmand og vil gerne vide om der kommer nye regler for gylleudbringning i kommunen. Generelt spørgsmål.

Mvh
""")

M("", """
Hej, kan I sende mig årsrapporten fra borgerrådgiveren for 2025? Jeg vil se hvor mange klager der er på ældreområdet. Mvh
""")

M("", """
Hej

Vi holder loppemarked i Gildbrohøj lørdag. Må vi stille boder på fortovet? Overskuddet går til Røde Kors.

Mvh beboerforeningen
""")

M("", """
Hej, mit CVR er 28491036 og jeg har fået et brev om skiltning. Jeg har ikke noget skilt. Fejl? Mvh Lars, enkeltmandsvirksomhed
""")

M("", """
Kære byrådsmedlem

Jeg vil gerne vide hvad du mener om at lukke ungdomsklubben om fredagen. Svar gerne før valget.

Mvh Kasper
""")

M("", """
Hej. Er det gratis at bruge kommunens genbrugsplads med trailer? Min svoger har en varevogn, må han også? Mvh Bilal
""")

M("", """
Hej

Jeg har et gammelt journalnummer fra 2019: 01.02.05-P20-3-19. Kan I finde sagen om min carport? Den er færdig nu og jeg vil have den lukket.

Mvh Erik
""")
