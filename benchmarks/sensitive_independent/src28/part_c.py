"""corpus28 part C: inquiries forwarded to the main mailbox from council members and
the mayor — moves, house sales, local plans, party and union talk."""
from common import M

M("p", """Kære Ishøj Kommune

Vi har sat vores hus på Tranegilde Mosevej til salg, og der er en køber der har givet et bud, men han vil have sikkerhed for at der ikke kommer en ny lokalplan for marken bag ved. Kan I sige noget om det? Vi vil gerne flytte tættere på vores datter i Odense inden sommer.

Med venlig hilsen
Birthe og Allan Kjærgaard""")

M("", """Hej. Hvornår sælger kommunen de sidste storparceller i Ishøj Landsby? Vi overvejer at bygge.""")

M("p", """hej vi er ved at købe en andelslejlighed i Strandparken men andelsforeningen siger vi skal have kommunens godkendelse af en altan inden handlen går igennem?? er det rigtigt. køber: Mathias og Sofie. vi har kun 10 dage før fristen i købsaftalen""")

M("", """Til borgmesteren

Jeg synes det er dybt skuffende at byrådet har stemt for at lukke Vildtbanegårdens bibliotek. Det er et vigtigt sted for de ældre. Jeg håber I tænker jer om igen.

Venlig hilsen
Grethe Brink""")

M("b", """Kære borgmester

Som mangeårigt medlem af Socialdemokratiet i Ishøj er jeg ked af at se at partiet lokalt ikke længere kæmper for svømmehallen. Jeg har selv delt løbesedler ud ved hvert valg siden 1998. Jeg håber I genovervejer.

Med venlig hilsen
Aksel Nørgaard""")

M("", """Kære byrådsmedlem

Jeg vil bare sige tak for jeres indsats for at få flere cykelstier i Ishøj. Det er en stor forbedring for os der cykler til stationen.

Mvh Karin Lind""")

M("pe", """Kære Ishøj Kommune

Jeg er nødt til at sælge mit hus på Baldersbo fordi jeg ikke kan betale mine lån efter skilsmissen. Banken har sagt at hvis huset ikke er solgt inden 1. maj, går det på tvangsauktion. En køber har været forbi to gange, men vil gerne vide om ejendomsskatten stiger næste år. Hvem kan svare på det?

Venlig hilsen
Flemming Hald
[[300865-1233]]""")

M("", """Hej. Vores nabo har solgt sit hus og de nye ejere er flyttet ind for et halvt år siden. De har fældet alle træerne mod vores skel. Må de det?""")

M("u", """Kære udvalgsformand

Jeg er pædagog i en af kommunens børnehaver og medlem af BUPL. Vi har i vores faglige klub diskuteret de nye normeringer, og jeg vil som privatperson gerne opfordre udvalget til at se på tallene igen.

Med venlig hilsen
Malene Vinther""")

M("", """Kære udvalgsformand

Hvordan sikrer kommunen at normeringerne i daginstitutionerne lever op til minimumsnormeringen? Jeg er forælder i Stjernen og vil gerne se tallene.

Venlig hilsen
Nikolaj Storgaard""")

M("ps", """Hej

Min mand Thomas og jeg (Frederik) har fået accept på et bud på en byggegrund i Ishøj Landsby, men det er betinget af at vi kan få lov til at bygge i halvanden etage. Købsaftalen er ikke underskrevet endnu. Kan I fortælle hvad lokalplanen siger om højden?

Mvh Frederik Holm-Larsen""")

M("", """Til hovedpostkassen

Vi flytter til Ishøj fra Herlev pr. 1. april (vi har købt lejlighed på Ishøj Strandvej, handlen er helt på plads og skødet tinglyst). Hvordan skriver vi vores søn op til børnehave?

Mvh Julie og Simon Krog""")

M("b", """Kære byrådsmedlem

Jeg har stemt på dig ved de sidste to valg fordi du lovede at kæmpe for de ældre. Nu kan jeg se at du har stemt for besparelser på hjemmeplejen. Det er sidste gang jeg stemmer på Venstre.

Arne Kofoed""")

M("", """Kære byrådsmedlem

Hvad er din holdning til den nye letbane-station ved Ishøj Syd? Jeg skriver en opgave i samfundsfag på 3.g og vil gerne høre flere partier.

Venlig hilsen
Ida, Ishøj Gymnasium""")

M("u", """Hej

Jeg har fået at vide af Dansk Metal, hvor jeg er medlem, at kommunen skal give mig en afgørelse på min ansøgning om at flytte min erhvervsuddannelse til Ishøj Tekniske Skole inden 4 uger. Det er nu 6 uger siden. Hvad sker der?

Mvh Lasse Kragh""")

M("p", """Kære Ishøj Kommune

Min nabo i nr. 14 på Ishøj Stationsvej har sat sit hus til salg, og nu har en ejendomsmægler spurgt mig om jeg vil sælge min halvdel af den fælles indkørsel med. Jeg er usikker på om indkørslen overhovedet er matrikuleret som fælles. Kan I hjælpe med at finde matrikelkortet?

Venlig hilsen
Jytte Albrechtsen""")

M("", """Hej. Kan jeg få tilsendt matrikelkortet for Ishøj Landsby 4g? Det skal bruges til en tilbygning.""")

M("t", """Kære borgmester

Jeg er vietnamesisk og driver et lille frisørsalon i Ishøj Bycenter. Jeg har fået at vide at jeg skal have et nyt skilt godkendt, men papirerne er svære at forstå for mig. Findes der en person i kommunen der kan hjælpe små forretningsdrivende med ikke-dansk baggrund?

Med venlig hilsen
Thi Lan Nguyen""")

M("", """Kære borgmester

Hvorfor er der ikke tolkebistand på vietnamesisk og tyrkisk i Borgerservice? Der bor mange i Ishøj der har brug for det. Jeg spørger generelt, ikke for mig selv.

Hilsen Bo Sandberg""")

M("bu", """Kære byrådsmedlem

Som aktiv i Enhedslisten og tillidsrepræsentant for HK på kommunekontoret i nabokommunen vil jeg gerne opfordre dig til at stille et forslag om at hjemmeplejen tages tilbage fra private leverandører. Jeg stiller gerne op til et møde.

Solidarisk hilsen
Maria Bjerre""")

M("", """Hej byrådsmedlem. Hvordan bliver man opstillet til kommunalvalget? Er det gennem partierne eller kan man stille op selv?""")

M("ep", """Kære byrådsmedlem

Jeg er gået fra min kone og er blevet boende i huset på Korsbjerggårdsvej, men vi skal sælge det. Vi har en køber der har tilbudt 3,2 mio., men hun vil ikke sælge for under 3,5. I mellemtiden betaler jeg alle udgifter alene og har fået restance på ejendomsskatten. Kan kommunen give henstand til vi har solgt?

Mvh Kenneth Bager""")

M("", """Hej. Jeg har lige overtaget mit barndomshjem efter min fars død. Hvordan overfører jeg ejendomsskatten til mit navn? Handlen er afsluttet gennem skifteretten.
Mvh Dorthe Lyng""")

M("h", """Kære udvalgsformand

Jeg har haft brystkræft og er lige færdig med kemo. Jeg vil gerne takke for at kommunens genoptræning har været fantastisk, og jeg håber ikke I skærer i den. Holdet på Ishøj Sundhedshus har reddet mig.

Med venlig hilsen
Lisbeth Rønne""")

M("", """Kære udvalgsformand

Jeg vil gerne opfordre udvalget til at bevare kræftrehabiliteringen i Sundhedshuset. Det er et vigtigt tilbud for mange borgere, og ventetiderne i regionen er lange.

Venlig hilsen
Kræftens Bekæmpelse, lokalafdelingen Ishøj-Vallensbæk""")

M("s", """Hej

Jeg er lesbisk og har boet i Ishøj hele mit liv. Jeg vil gerne foreslå at kommunen hejser regnbueflaget på rådhuset i Pride-ugen ligesom nabokommunerne. Det betyder meget for unge i byen der ikke er sprunget ud endnu.

Mvh Stine Jakobsen""")

M("", """Hej. Hvornår er Copenhagen Pride i år, og deltager Ishøj Kommune med en vogn? Spørger for vores ungdomsklub.""")

M("b", """Kære borgmester

Jeg er katolik og går i Sankt Knuds Kirke hver søndag. Bussen (linje 128) kører ikke længere om søndagen før kl. 10, så jeg kan ikke nå messen. Kan kommunen tale med Movia om det?

Med venlig hilsen
Teresa Kowalczyk""")

M("", """Kære borgmester. Kan kommunen tale med Movia om at få bus 128 til at køre tidligere om søndagen? Mange skal på arbejde kl. 8. Mvh Henrik Dahl""")

M("peu", """Hej

Jeg er medlem af 3F og har været ledig i 14 måneder. Nu har jeg fået et jobtilbud i Aarhus, og derfor har vi sat vores rækkehus i Ishøj Landsby til salg. 3F siger jeg kan få flyttehjælp fra kommunen når man har været ledig i mere end et år – er det rigtigt? Vi har en køber der vil overtage 1. juni hvis finansieringen går igennem.

Mvh Brian Olsen""")

M("", """Til hovedpostkassen

Vi vil gerne holde en vejfest på Fuglesangs Allé den 21. juni. Skal vi søge om at lukke vejen, og hvor lang tid i forvejen?

Venlig hilsen
Vejlauget v. Sanne Egeberg""")

M("b", """hej jeg er medlem af Dansk Folkeparti og vil klage over at vores valgplakater blev pillet ned på Ishøj Boulevard 3 dage før valget. Det var ikke kommunen, men kan kommunen gøre noget ved det? Hilsen Verner""")

M("", """Hej. Hvornår må valgplakater hænges op før kommunalvalget, og hvornår skal de ned igen?""")

M("u", """Kære direktør

Jeg er ansat som buschauffør hos Arriva og TR for vores 3F-klub. Vi har mange klager fra chauffører over at der ikke er toiletter ved endestationen på Ishøj Strand. Kan kommunen hjælpe med at opstille et?

Med venlig hilsen
Mogens Thrane""")

M("", """Kære direktør. Vi er en virksomhed der vil etablere os i Ishøj erhvervsområde. Hvilke grunde er til salg fra kommunen lige nu, og hvad er kvadratmeterprisen? Mvh NordPak A/S""")

M("p", """Kære direktør

Vi har givet et bud på kommunens erhvervsgrund på Industribuen 18 og har fået at vide at byrådet skal godkende salget på næste møde. Vores bank skal bruge en bekræftelse senest 10. marts. Kan I give en status?

Med venlig hilsen
Rasmus Finnerup, adm. direktør
Finnerup Logistik ApS""")

M("", """Til hovedpostkassen

Mit kælderrum i Gildbrohøj er blevet oversvømmet for anden gang i år. Boligselskabet siger det er kommunens kloak. Hvem har ret?

Mvh Bettina Rask""")

M("t", """Kære byrådsmedlem

Jeg er dansk-pakistaner og født og opvokset i Ishøj. Jeg vil gerne stille op til ungdomsrådet, men jeg har hørt at man skal være indstillet af en skole. Jeg går på HF i Brøndby. Kan jeg stadig stille op?

Mvh Zain Iqbal""")

M("", """Hej, hvem kan stille op til ungdomsrådet i Ishøj? skal man bo i kommunen? Tak, Emil 16 år""")

M("sb", """Kære borgmester

Min mand og jeg er begge aktive i Radikale Venstre her i Ishøj. Vi blev gift på rådhuset sidste år – to mænd, og det første par af to mænd som en borgmester i Ishøj har viet, fik vi at vide. Nu vil vi gerne invitere dig til vores forenings sommerfest.

Med venlig hilsen
Jesper og Ahmad Lund""")

M("", """Hej. Kan man blive gift på Ishøj Rådhus om lørdagen? Og hvad koster det? Mvh Nanna""")

M("e", """Kære byrådsmedlem

Jeg er enlig mor til tre og har været på kontanthjælp i et år efter at jeg mistede mit job i Bilka. Jeg synes ikke det er rimeligt at vi ikke har råd til en fritidsaktivitet til børnene. Jeg ved at du ikke kan ændre min sag, men jeg vil gerne have at du ved hvordan det er.

Mvh Jeanette""")

M("", """Kære byrådsmedlem

Jeg synes kontanthjælpsloftet er uretfærdigt over for børnefamilier. Håber du vil tage det op med dit parti på landsplan.

Venlig hilsen
Morten Ibsen""")
