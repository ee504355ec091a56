"""corpus23 part A: council members forwarding citizens' mails (quoted text, Outlook headers)."""
from common import M

M("he", """Til hovedpostkassen

Jeg videresender nedenstående, da det handler om en konkret sag. Jeg har ringet til borgeren og sagt at administrationen vender tilbage.

Mvh
Lone Haugaard
Byrådsmedlem, Ishøj Kommune
Tlf. 21 47 83 06

-----Oprindelig meddelelse-----
Fra: Bettina Krogh <bettinakrogh71@hotmail.com>
Sendt: 3. marts 2025 21:14
Til: Lone Haugaard <lhau@ishoj.dk>
Emne: min sag om sygedagpenge

Hej Lone
Jeg skriver til dig fordi jeg ikke ved hvad jeg ellers skal gøre. Jeg har været sygemeldt siden oktober med en diskusprolaps og nu skriver jobcentret at mine sygedagpenge stopper om 3 uger. Jeg kan stadig ikke sidde mere end en halv time ad gangen. Kan du hjælpe mig?
Bettina Krogh, Strandgårdsvej 41, 2.th""")

M("", """Fra: Mikkel Aagaard <maag@ishoj.dk>
Sendt: 12. februar 2025 08:02
Til: Hovedpostkassen
Emne: VS: Parkering ved Ishøj Bycenter

Videresendes til rette center - borgeren spørger generelt til parkeringsregler, ingen konkret sag.

> Hej. Hvorfor er der kommet 2-timers parkering på den nordlige p-plads ved Bycentret? Det er umuligt for os der arbejder i butikkerne.
> Venlig hilsen en træt ansat

Mikkel Aagaard
Byrådsmedlem""")

M("b", """Kære Jens

Tak for dit svar i sidste uge. Jeg vil bare lige sige at jeg har været medlem af Enhedslisten i 22 år og aldrig har oplevet at blive behandlet så nedladende på et borgermøde som torsdag. Jeg blev afbrudt tre gange.

Med venlig hilsen
Grethe Nordahl
Vejlebrovej 88""")

M("", """Sendt fra min iPhone

Start på videresendt besked:

> Fra: Karina Holt <karinaholt@gmail.com>
> Dato: 14. januar 2025 kl. 19.33.12 CET
> Til: Søren Beck <sbeck@ishoj.dk>
> Emne: Julebelysning
>
> Hej Søren, synes du ikke det er for dårligt at der ikke var julebelysning på Ishøj Boulevard i år? Det plejer at være så hyggeligt. Hilsen Karina""")

M("hse", """Hovedpostkassen – til Center for Voksne og Velfærd

Jeg har fået denne henvendelse og sender den videre. Jeg har ikke svaret borgeren.

Venlig hilsen
Pernille Dam
Byrådsmedlem

---------- Videresendt meddelelse ---------
Fra: Thomas Riber <t.riber@outlook.dk>
Til: pdam@ishoj.dk

Hej Pernille
Min mand Kasper fik konstateret sklerose i efteråret og er nu i kørestol. Vi har søgt om en trappelift til vores rækkehus i Vildtbanegårdsparken for fire måneder siden og har ikke hørt noget. Kasper kan ikke komme op i soveværelset og sover nu i stuen. Jeg ved at du ikke kan behandle sagen men kan du ikke finde ud af hvem der sidder med den?
Thomas""")

M("e", """VS: husleje

til hovedpostkassen - pls send videre til Borger, Økonomi og IT

/Ahmad

> hej ahmad det er mig fra fodboldklubben. jeg er kommet 3 mdr bagud med huslejen og boligselskabet har sendt et brev om at de vil ophæve lejemålet. jeg har fået afslag på hjælp til huslejerestance fra kommunen. hvad gør jeg?? mvh Rasmus Eg, Gildbrohøjvej 17""")

M("", """Kære byråd

Som formand for Grundejerforeningen Tranegilde Strand vil jeg på vegne af bestyrelsen opfordre til at kommunen prioriterer kystsikringen højere i næste års budget. Vi har haft vand i kældrene tre gange siden 2022.

Med venlig hilsen
Ole Brinck
Formand, Grundejerforeningen Tranegilde Strand""")

M("p", """Fra: Hanne Lykke <hlyk@ishoj.dk>
Sendt: 6. maj 2025 13:48
Til: Direktør for Byudvikling og Natur
Emne: VS: Byggetilladelse - haster pga. salg

Til orientering og videre behandling.

-----Oprindelig meddelelse-----
Fra: Jørgen Falk
Sendt: 5. maj 2025 22:10

Hej Hanne. Vi har solgt vores hus på Ishøj Strandvej 212 med forbehold for at carporten bliver lovliggjort. Køberne har sagt at de træder tilbage hvis ikke vi har en byggetilladelse inden 1. juni. Vi har ventet på svar fra Byg i syv uger. Kan du ikke få nogen til at kigge på det? Jørgen""")

M("t", """Hej Michael

Jeg er træt af at blive stoppet af vagterne i Bycentret hver gang jeg kommer der med mine venner. Vi er alle sammen somaliere og vi laver ikke noget, vi sidder bare ved bænkene. I går var der en vagt der sagde "I ved godt hvorfor". Det er ikke i orden. Kan byrådet gøre noget?

Abdirahman, 19 år""")

M("", """Hej Michael, tak for henvendelsen fra de unge ved Bycentret. Jeg har talt med centerledelsen og de har lovet at tage en snak med vagtfirmaet om deres generelle fremgangsmåde. Det er ikke kommunens vagter, så vi har ikke direkte instruktionsret. Mvh Kim, sekretariatet""")

M("hue", """Kære Bo Hansen

Jeg skriver til dig som formand for Social- og Sundhedsudvalget. Jeg har været ansat som SOSU-assistent i 17 år og har været med i FOA hele vejen. Sidste år fik jeg en arbejdsskade i ryggen da en borger faldt, og siden har jeg været på sygedagpenge. Nu siger kommunen at jeg skal i jobafklaring. FOA siger at sagen om arbejdsskade ikke er afgjort endnu. Jeg synes ikke det hænger sammen.

Venlig hilsen
Lis Mortensen
cpr [[140869-1726]]""")

M("", """Til dagsordensamleren for Kultur- og Fritidsudvalget

Vi er en gruppe studerende fra Roskilde Universitet der skriver projekt om borgerinddragelse i Vestegnskommunerne. Må vi overvære udvalgsmødet i april, og er der mulighed for et kort interview med udvalgsformanden?

Mvh
Sara Bundgaard, Emil Thorsen og Ida Kähler
RUC, Sociologi, 4. semester""")

M("hse", """VS: Til Borgmesteren

Kære Lise (PA)

Borgmesteren har bedt mig sende denne videre til dig så der kan sendes en kvittering. Det er en svær sag.

/Malene, sekretariatet

> Kære borgmester
> Min søn Jonas på 16 har fortalt os at han er bøsse, og siden har han været udsat for grov mobning på sin skole. Han har ikke været i skole i seks uger og går nu til psykolog for angst. Skolen siger at de "holder øje". Vi har bedt om et skoleskift men har ikke fået svar. Jonas får nu undervisning hjemme to timer om ugen fra kommunen.
> Vi er desperate.
> Susanne og Karsten Wulff, Torslunde""")

M("", """Hej

Hvornår er der åbent i Borgerservice i påskeugen? Jeg skal have nyt pas.

Mvh Jan""")

M("u", """Hej Henrik

Som tillidsrepræsentant for 3F-medlemmerne på Ishøj Havns værft vil jeg gerne have et møde med dig om støjreglerne for havneområdet. Vores folk er bekymrede for arbejdspladserne hvis man indskrænker arbejdstiden.

Med venlig hilsen
Carsten Ulrich
TR, 3F Vestegnen
tlf. 40 17 62 33""")

M("", """Kære byrådsmedlemmer

3F Vestegnen inviterer hermed alle byrådsmedlemmer til dialogmøde om rekruttering til bygge- og anlægsbranchen den 9. oktober kl. 16 i Ishøj Bycenters mødelokale.

Venlig hilsen
3F Vestegnen, Kommunikation""")

M("e", """Fra: Nanna Frisk <nfri@ishoj.dk>
Til: Hovedpostkassen
Emne: VS: Borgerhenvendelse - Kvittering er sendt

Borgeren har bedt om at det går videre til Center for Børn og Forebyggelse.

>>> Til Nanna Frisk
>>> Jeg er alene med tre børn efter skilsmissen i januar og min eksmand betaler ikke børnebidrag. Jeg har søgt om friplads i børnehaven til den mindste men har fået at vide at jeg skal vente på en ny årsopgørelse. Hvordan skal jeg klare mig til den tid?
>>> Mette Linde, Bredekærs Vænge 9""")

M("", """Hej Nanna
Vi har fået sagen fra Mette Linde videre. Centeret sender kvittering i dag og ringer hende op. Sagen er journaliseret i SBSYS på sagsnr. 28.09.04-G01-112-25.
Mvh Tina, Pladsanvisningen""")

M("be", """Hej Dorte

Jeg hedder Yusuf og er 24 år. Jeg er muslim og beder fem gange om dagen. Jeg har fået praktik gennem jobcentret i et lager i Hundige, men jeg får ikke lov at bede i pausen. Min sagsbehandler siger at jeg bare må finde mig i det. Er det rigtigt?

Mvh Yusuf""")

M("e", """Dorte har bedt mig sende Yusufs mail videre til Jobcentret, da han er i virksomhedspraktik. Jeg har fjernet hans tekst fra svaret til ham. – Sekretær Anja Krüger""")

M("", """Kære Dorte

Tak for din hurtige reaktion på mailen fra den unge mand. Generelt: har kommunen en politik for religiøse pauser hos praktikvirksomheder? Jeg spørger som journalist på Vestegnens Avis og vil gerne skrive om emnet uden at nævne nogen enkeltsag.

Venlig hilsen
Troels Ahm
Journalist, Vestegnens Avis""")

M("hte", """Hej Søren

Min far er 81 og kom til Danmark fra Tyrkiet i 1969. Han har fået demens og taler nu næsten kun tyrkisk. På plejecentret forstår ingen ham, og han bliver meget urolig. Kan kommunen ikke sørge for at der er bare én medarbejder der taler tyrkisk, eller en tolk ved lægebesøg?

Hilsen
Derya Aksoy""")

M("", """Er der tolkebistand på plejecentrene i Ishøj, og hvilke sprog dækker den? Jeg spørger for en forening for ældre indvandrere som gerne vil lave en folder.

Venlig hilsen
Sekretariatet, Foreningen Ældre på Tværs""")

M("p", """Fra min iPad

Hej Kim, vi har lagt et bud på Fiskerhusets grund ved havnen og vil høre om kommunen har planer om en ny lokalplan for området før vi skriver under. Vores advokat har sagt vi skal have svar inden fredag. Mvh Niels og Birgitte Holm""")

M("", """Hvornår sætter kommunen de sidste storparceller i Ishøj Landsby til salg? Jeg så noget om det i Ishøj Avis men kan ikke finde det på hjemmesiden. Tak. Poul""")

M("eu", """Kære Helle (formand for Beskæftigelsesudvalget)

Jeg er blevet afskediget fra Metro Service efter 11 år og er nu ledig. Jeg er medlem af Dansk Metal og deres a-kasse, og jeg har fået at vide at jeg skal møde på jobcentret i næste uge. Men jeg har en kontrakt på et nyt job fra 1. maj, så jeg forstår ikke hvorfor jeg skal i aktivering i de fem uger.

Venlig hilsen
Bjarne Kvist
Tlf 26 81 44 70""")

M("", """Til hovedpostkassen

Henvendelse om det nye cykelstiprojekt på Vejlebrovej. Borgeren ønsker at vide hvornår arbejdet går i gang. Ingen personoplysninger. Jeg har svaret borgeren at administrationen vender tilbage.

Mvh Kasper Lund, byrådsmedlem
tlf. 30 91 26 55

DENNE E-MAIL KAN INDEHOLDE FORTROLIGE OPLYSNINGER. Hvis du har modtaget den ved en fejl, bedes du slette den og give afsenderen besked.""")

M("hse", """Hej Kasper

Jeg kender dig fra skolebestyrelsen, derfor skriver jeg. Min kæreste Lars og jeg har været sammen i 9 år og vi har Liva på 4 som Lars er far til. Lars fik en blodprop i hjertet i november og døde. Nu siger kommunen at jeg ikke kan få Liva fordi jeg ikke har forældremyndighed, og hendes mormor vil have hende. Jeg er hendes far i alt undtagen på papiret. Hvad gør jeg?

Mads Kjeldsen
[[230487 2215]]""")

M("", """Til Kasper Lund

Tak for din mail om Mads' sag. Jeg har sendt den til Center for Børn og Forebyggelse og sagt at de skal kontakte ham. Fremover: husk at slette borgerens tekst, når du kvitterer til en gmail-adresse.

Venlig hilsen
Jurist Rikke Hvass
Borger, Økonomi og IT""")

M("", """Kære alle byrådsmedlemmer

Ishøj Kommune har i 2024 modtaget 1.412 borgerhenvendelser via byrådsmedlemmernes mailbokse, heraf blev 37 % videresendt til administrationen. Vedlagt er opgørelsen fordelt på centre. Husk at henvendelser med fortrolige oplysninger aldrig må sendes til private mailadresser.

Med venlig hilsen
Direktionssekretariatet""")

M("t", """Hej Tanja

Mit barn Aya går i 3.b på Strandgårdskolen. Hun har to gange fået at vide af en lærer at hun "må lære hvordan man gør i Danmark", fordi vi er fra Irak. Hun er født her. Skolelederen tager det ikke alvorligt. Jeg har klaget skriftligt.

Mvh
Noor Al-Saadi""")

M("", """Hej Tanja. Kan du oplyse hvor mange klager over diskrimination kommunens skoler har fået de sidste tre år? Jeg skriver speciale om emnet på KU. Jeg har ingen behov for navne. Hilsen Frederik Vang, stud.scient.pol.""")

M("h", """hej Jan! hvad sker der med genoptræningen efter min knæoperation, jeg har ventet 5 uger og min læge siger det er for længe. ved godt du ikke kan gøre noget selv men kan du sende det videre. Mvh Gitte fra Ishøj Landsby""")

M("", """VS: Henvendelse fra Gitte

Til hovedpostkassen. Vedr. genoptræning - venligst videre til rette center.

Jan Holm
Byrådsmedlem | Ishøj Kommune | M: 28 55 41 09""")

M("bt", """Til borgmesteren

Vi er en gruppe sikher der gerne vil leje et lokale i Kulturhuset til vores fejring af Vaisakhi. Vi fik nej med begrundelsen "ingen religiøse arrangementer". Samtidig holder kirken koncerter der. Jeg hedder Harpreet Singh, jeg er født i Punjab og har boet i Ishøj i 30 år. Jeg synes det er forskelsbehandling.

Venligst
Harpreet Singh, Ishøj Strandvej""")

M("", """Kære Harpreet Singh

Tak for din henvendelse til borgmesteren. Vi har modtaget den og vender tilbage inden for 10 arbejdsdage. Svaret kommer fra Center for Byudvikling og Natur.

Med venlig hilsen
Borgmesterens sekretariat""")

M("e", """Kort besked: Min mor Inger Thomsen, Torslunde Bygade 5, har fået frataget sin hjemmehjælp til rengøring, hun er 88. Jeg er hendes søn og har fuldmagt. Kan I se på det? Per Thomsen""")

M("", """Hvor mange timer rengøring kan man normalt få i hjemmeplejen i Ishøj? Jeg er sygeplejerske på Hvidovre Hospital og får ofte spørgsmålet fra pårørende.""")

M("s", """Hej Line

Jeg er med i bestyrelsen for Ishøj Pride (vi er en lille gruppe), og jeg er selv lesbisk og mor til to. Vi vil gerne søge om at få lov til at hænge regnbueflag op på Ishøj Torv i juni. Hvem skal jeg skrive til?

Mvh Camilla Rask""")

M("", """Hvornår er Ishøj Pride i år og går ruten forbi Rådhuset? Vi er et børnehavehold der gerne vil vinke. Mvh Pia fra Troldehøjen""")
