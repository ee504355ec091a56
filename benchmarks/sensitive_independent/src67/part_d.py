"""corpus67 part d: underretninger, social workers, emergency cash help, gambling debt."""
from common import M

M("e", """
Til Center for Børn og Forebyggelse

Jeg er sundhedsplejerske i en anden kommune men skriver som privatperson. Min nabo,
Jannie i nr. 9, har en baby på 3 måneder, og jeg har set hende beruset flere gange med
barnevognen. Jeg vil lave en underretning. Skal det ske på jeres hjemmeside, eller kan jeg
sende det her?

Venlig hilsen
Karen
""")

M("", """
Hej

Hvordan laver man en underretning, og kan man være anonym? Jeg er træner i en fodboldklub
og vil gerne vide det, hvis vi en dag står med et barn vi er bekymrede for. Vi har ikke en
konkret sag.

Mvh Thomas, Ishøj IF
""")

M("eu", """
Kære borgerrådgiver

Jeg vil klage over min sagsbehandler i familieafdelingen. Hun har skrevet i underretningen
om mine børn at jeg "virker uoverskuelig", men hun har kun mødt mig én gang i 20 minutter.
Jeg er tillidsrepræsentant i FOA og er vant til at læse referater, og det her er ikke
retfærdigt.

Med venlig hilsen
Tanja Eriksen, [[100587-2016]]
""")

M("e", """
Til hovedpostkassen

Jeg har fået en regning på 4.200 kr. for tandlæge til min søn, og jeg er på kontanthjælp.
Kan jeg få akuthjælp? Tandlægen vil have pengene på fredag. Fakturanr. 2309250441.

Michelle
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har en kundenummer hos jer, 1012893345, på mit vandmåler-abonnement, og jeg har fået en
opkrævning to gange for samme kvartal. Kan I rette det? Målernr. 77410338.

Venlig hilsen
Erik Brønd
""")

M("eh", """
Hej

Jeg har spillegæld på 380.000 kr. til venner og kviklån. Jeg er ludoman og har været det i
5 år. Min kone ved det ikke. Jeg har hørt at kommunen har en gratis behandling. Hvor skal
jeg henvende mig? Skriv ikke til min e-boks.

Anonym
""")

M("", """
Kære Social- og Sundhedsudvalg

Spilleautomater i Ishøj Bycenter er blevet flere, og jeg synes kommunen skal gøre noget ved
det. Der er mange unge der spiller. Kan udvalget undersøge om man kan begrænse dem?

Med venlig hilsen
Aase Lindberg
""")

M("ep", """
Til borgmesteren

Min mand har spillet vores opsparing op, og vi skal sælge vores andelslejlighed i
Ishøj Strandpark. Der er en køber, men bestyrelsen har ikke godkendt prisen endnu. Samtidig
skylder vi kommunen 14.000 kr. i daginstitutionsbetaling. Kan vi få henstand indtil
salget er på plads?

Venlig hilsen
Rikke Bonde
""")

M("e", """
-----Oprindelig meddelelse-----
Fra: Jonna Friis
Sendt: 3. november 2026 09:14
Til: Lars Holm (byrådet)
Emne: min datter

Lars, vil du sende dette videre? Min datter Amalie på 15 er blevet anbragt på en
døgninstitution på Fyn, og vi får kun lov at se hende hver 3. uge. Vi vil gerne have
samværet udvidet.

-----
Til hovedpostkassen: videresendt efter aftale med borgeren. /Lars Holm
""")

M("", """
Til borgerrådgiveren

Hvad er sagsbehandlingstiden på en ansøgning om enkeltydelse? Jeg sidder i
brugerrådet i et værested og vil gerne kunne svare brugerne generelt.

Venlig hilsen
Ole Thygesen
""")

M("ebs", """
Kære Pia (formand for Børne- og Skoleudvalget)

Vi er to mødre, Line og Sara, og vores søn er tre år. En pædagog i vuggestuen har lavet en
underretning om os, fordi vores søn sagde at "mor slog far". Han har ingen far. Vi er
kristne og vil gerne have at præsten i vores kirke kan deltage i mødet med kommunen som
bisidder. Er det muligt?

Med venlig hilsen
Line Skov
""")

M("e", """
hej

har fået afslag på nødhjælp til el regningen, 6.300 kr. strømmen bliver lukket den 1.
jeg har to små børn og vi fryser allerede. hvad gør jeg nu. kundenr hos Radius 558123

Sofie
""")

M("", """
Hej

Kan kommunen oplyse hvor mange underretninger der blev modtaget i 2025 i Ishøj, og hvor
mange der førte til en børnefaglig undersøgelse? Jeg skriver en artikel til skolebladet
på Ishøj Gymnasium og vil gerne kende tallene.

Mvh Nikolaj
""")

M("eh", """
Til Center for Voksne og Velfærd

Min søster Mette er ludoman og har lånt penge af alle i familien. Nu har hun fået en
udkastelse fra sit boligselskab. Hun har også en depression og vil ikke tale med nogen.
Kan kommunen sende en socialrådgiver ud til hende?

Med venlig hilsen
Jesper Holm
""")

M("u", """
Kære borgmester

Jeg er formand for 3F's afdeling af pensionister i Ishøj og selv medlem i 40 år. Vi vil
gerne invitere dig til julefrokost den 14. december, hvor vi også vil tale om
ældrepolitik.

Venlig hilsen
Henning Steen
""")

M("", """
Til hovedpostkassen

Jeg har bestilt en storskraldsafhentning med ordrenr. 2506861187, men bilen kom aldrig.
Mit tlf. er 40 18 22 63.

Venlig hilsen
Birgit
""")

M("e", """
Kære Anne (byrådsmedlem)

Tak for snakken på torvet i lørdags. Som lovet skriver jeg. Min socialrådgiver er stoppet,
og den nye har ikke læst min sag. Jeg har ventet 8 uger på en afgørelse om særlig støtte
til husleje. Jeg har modtaget et varsel om udsættelse.

Mange hilsner
Jamal
""")

M("eb", """
Til Center for Børn og Forebyggelse

Jeg er Jehovas Vidne, og min eksmand har sagt til kommunen at jeg ikke vil lade vores datter
få blod hvis hun får brug for det. Nu er der startet en børnefaglig undersøgelse. Jeg vil
gerne forklare mig. Hvem er min sagsbehandler?

Med venlig hilsen
Anette Kruse
""")

M("", """
Hej

I vores afdeling har vi brug for en socialrådgiver der kan komme til beboermødet og
fortælle om hvilke tilbud kommunen har til familier med økonomiske problemer. Kan I sende
nogen den 20. januar?

Mvh Beboerrådet, Vildtbanegård
""")

M("e", """
Hej Ishøj

Jeg skylder 42.000 kr. i SU-gæld og 18.000 kr. til SKAT. Jeg har lige fået job og vil gerne
have en afdragsordning. Kan kommunens gældsrådgivning hjælpe mig?

[[220299-2734]]
Frederik
""")

M("et", """
Til borgerrådgiveren

Jeg er fra Iran og min søn har fået en anbringelse uden for hjemmet. Jeg har ikke
fået et brev på persisk, kun på dansk, og jeg forstår ikke hvad jeg kan klage over. Min
sagsbehandler siger jeg skal bruge en tolk fra Google.

Mina
""")

M("", """
Til Center for Børn og Forebyggelse

Jeg er nyuddannet socialrådgiver og har set at I søger en medarbejder til
myndighedsafdelingen. Kan I fortælle lidt om arbejdsmiljøet og sagstallet?

Venlig hilsen
Cecilie Lund
""")

M("eu", """
Hej Kristian (byrådsmedlem)

Jeg er elektriker og medlem af Dansk El-Forbund. Jeg har lige fået at vide at min søn på 16
er blevet anholdt for indbrud. Kommunen har kaldt os til møde i SSP. Må jeg tage en
bisidder med?

Med venlig hilsen
Mogens Riis
""")

M("e", """
Til hovedpostkassen

Jeg har fået en regning fra kommunen på 11.450 kr. som jeg skal betale tilbage for
boligstøtte. Jeg vil gerne have den delt op i rater. Sagsnr. 00.32.10-G01-77-24.

Venlig hilsen
Gurli Nielsen
""")

M("", """
Kære Børne- og Skoleudvalg

Jeg synes den nye procedure for underretninger fra skolerne er for bureaukratisk. Lærerne
bruger for meget tid på skemaer. Kan udvalget se på det?

Med venlig hilsen
Kirsten Thorup, skoleleder
""")

M("esh", """
Til Center for Voksne og Velfærd

Min mand Ole og jeg er to mænd i 60'erne. Ole har fået konstateret Parkinsons og kan ikke
længere arbejde. Han har søgt om førtidspension for et halvt år siden, og vi har stadig
ikke hørt noget. Kan I sige hvem der har sagen?

Med venlig hilsen
Poul Winther
""")

M("eh", """
hej jeg hedder Emil og er 17 år. min mor drikker og der er ikke mad i køleskabet. jeg har
ikke lyst til at hun kommer i problemer men min lillesøster på 8 har det ikke godt. hvem
kan jeg snakke med uden at det bliver en sag

Emil
""")

M("", """
Til direktionsassistenten

Vedr. jeres EAN-nr. 5798009811278: vi har sendt faktura nr. 0101960042 for levering af
kontorstole til jobcentret, men den er afvist i systemet. Kan I undersøge hvorfor?

Med venlig hilsen
Kontormøbler A/S, debitorafdelingen
""")

M("eht", """
Kære borgerrådgiver

Jeg hedder Aleksandra, jeg er bulgarsk. Jeg har været gravid og mistet barnet i uge 14
sidste måned. Min arbejdsgiver fyrede mig bagefter. Jobcentret siger at jeg ikke kan få
dagpenge, fordi jeg ikke har været i Danmark længe nok. Er det rigtigt?

Aleksandra Petrova
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg er blevet opkrævet for morgenmad i vuggestuen selvom min datter har friplads. Det
står på opkrævning nr. 1002774466. Jeg kan ikke betale det.

Med venlig hilsen
Mette Sørensen
""")

M("", """
Hej

Er der et sted i Ishøj hvor man kan få gratis økonomisk rådgivning? Jeg spørger for min
pensionistforening, som vil arrangere et foredrag om budget og pension.

Venlig hilsen
Ingrid Laursen, Ishøj Pensionistforening
""")

M("e", """
SV: Underretning om Liam

Hej igen

Tak for at I har læst min underretning. Jeg vil bare tilføje at Liam igen kom uden madpakke
i hele sidste uge, og han fortæller at han har sovet i bilen med sin far. Jeg er hans
lærer.

> Vi har modtaget din underretning om Liam (4.b) og går videre med den.
> Med venlig hilsen, Familieafdelingen

Louise Kragh, lærer
""")

M("ehb", """
Til Mette Bach (byrådet, Socialdemokratiet)

Jeg har stemt på jer i 30 år. Nu har jeg fået afslag på hjælp til medicin fra kommunen, fordi
min folkepension er for høj efter jeres beregning. Jeg synes det er uretfærdigt.

Venlig hilsen
Knud Aage Thomsen
""")

M("", """
Til borgmesterens PA

Vi er en forening der laver gratis julehjælp for familier i Ishøj. Kan kommunen hjælpe os
med at nå ud til familierne, f.eks. via skolerne? Vi ønsker ikke navne, bare at vores
brev bliver delt ud.

Med venlig hilsen
Julehjælpen Ishøj, Sanne Vind
""")

M("eh", """
Til Center for Beskæftigelse og Erhverv

Jeg er på sygedagpenge efter en knæoperation, og nu vil I stoppe dem fordi jeg har været
syg i mere end 22 uger. Lægen siger jeg skal have 3 måneder mere. Hvad gør jeg?
cpr [[130271-1108]]

Jan Bjørnskov
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg har en spillegæld til en mand, som truer mig. Jeg tør ikke gå til politiet. Jeg har
fået kontanthjælp i to år og har kun 1.400 kr. tilbage om måneden efter huslejen. Kan I
hjælpe mig med at komme væk fra Ishøj?

Anonym
""")

M("", """
Kære Social- og Sundhedsudvalg

Ludomani er et voksende problem blandt unge mænd. Jeg foreslår at kommunen laver en
kampagne i samarbejde med ungdomsskolen. Jeg er selv socialrådgiver og har set det
mange gange.

Med venlig hilsen
Charlotte Fenger
""")

M("es", """
Hej

Jeg er transkvinde og lesbisk, og jeg har fået et brev om at min søn skal undersøges
fordi nogen har skrevet en underretning om "utrygge forhold i hjemmet". Jeg tror det er
min eksmands nye kone. Kan jeg få at vide hvem der har skrevet den?

Nina
""")

M("eu", """
Til hovedpostkassen

Jeg er medlem af Krifa og har været på kontanthjælp i tre måneder efter konkurs. Jeg
har fået et krav fra Gældsstyrelsen på 96.000 kr. Kan kommunen give mig et engangsbeløb
til husleje i december?

Med venlig hilsen
Steen Kofoed
""")

M("", """
Hej

Jeg har en faktura med nr. 1512880930 fra kommunens tandpleje, men min søn har ikke været
der. Vores kundenummer er 3304. Kan I tjekke det?

Mvh Pernille
""")

M("e", """
Kære Mads (byrådsmedlem)

Du sagde at jeg bare kunne skrive. Min veninde Josefine har fået frataget forældremyndigheden
over sin datter og er helt knust. Hun har ikke råd til advokat. Er der nogen i kommunen der
kan forklare hende hvad hun kan gøre?

Hilsen Ditte
""")

M("ht", """
Til borgerrådgiveren

Jeg er fra Eritrea og har diabetes. Da jeg var hos min praktiserende læge, sagde lægen at
"folk som jer" skal lære at spise dansk mad. Jeg synes det var racistisk. Kan jeg klage til
kommunen?

Mulu
""")

M("", """
Til hovedpostkassen

Hvornår udbetales vinterhjælpen fra kommunens legat for enlige forsørgere? Vi vil gerne
nævne det i foreningens nyhedsbrev. Legatets konto er reg.nr. 2211 kontonr. 0712847702.

Venlig hilsen
Enlige Forældres Forening
""")
