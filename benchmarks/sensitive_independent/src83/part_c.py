"""corpus83 part C: school food (halal, pork, vegan), school rules and closures."""
from common import M

M("", """Til Børne- og Skoleudvalget

Jeg har hørt at skolemaden på Gildbroskolen nu kun er halal. Er det rigtigt?
Hvem har besluttet det, og blev forældrebestyrelsen hørt?

Venlig hilsen
Niels Brandt""")

M("b", """Hej Lone

Min søn Ali spiser kun halal, og det har aldrig været et problem før. Nu vil
nogle i byrådet have frikadeller med svinekød hver dag "for at bevare dansk
madkultur". Hvad skal han så spise? Et stykke brød?

Mvh Sana""")

M("", """Kære udvalg,

Forældrebestyrelsen på Strandgårdskolen har drøftet skolemaden og ønsker, at
der altid er et svinekødsfrit og et vegetarisk alternativ. Vi ønsker ikke at
retten dagligt skal være halal for alle. Referat vedhæftet.

På vegne af bestyrelsen
Karina Ipsen, formand""")

M("h", """til skoleudvalget

min datter Ella har cøliaki og kan ikke tåle gluten. skolemaden har svigtet
hende 3 gange denne måned, hun fik ondt i maven og blev sendt hjem. det her
handler ikke om svinekød eller halal men om at køkkenet ikke kan styre det

Rikke""")

M("b", """Kære Peter

Jeg er veganer af overbevisning, og mine to børn spiser heller ikke kød. At
byrådet vil skære den vegetariske ret ud for at spare penge, rammer os. Vi
betaler fuld pris for skolemaden.

Med venlig hilsen
Julie Frisk""")

M("e", """Hej Peter

Jeg vil gerne vide om man kan få friplads til skolemaden. Jeg er alene med to
børn og er på kontanthjælp, og 35 kr. om dagen for to er mange penge for os.
De kommer sultne hjem.

Mvh Jeanette""")

M("", """Til byrådet

Skolemaden skal være for alle. Det kan ikke passe at man ikke kan få en
leverpostejmad i en dansk folkeskole. Stem for forslaget om dansk mad på
skolerne.

Hilsen Kaj""")

M("te", """Kære Børne- og Skoleudvalg

Jeg er sort og opvokset i Ishøj. Min søn Malik blev kaldt "abe" af en anden
elev i frokostpausen, og lærerne gjorde ingenting. Sagen ligger nu hos PPR,
fordi han ikke vil i skole mere. Jeg vil gerne have at I tager racisme i
skolen alvorligt.

Venlig hilsen
Grace Mensah""")

M("", """Hej

Hvem leverer skolemaden til Vejleåskolen? Jeg er indkøber i et lokalt
cateringfirma og vil gerne byde, når kontrakten udløber. Vores CVR er
39827441, EAN-nr. 5790001234567.

Med venlig hilsen
Lars Hedegaard, Hedegaard Catering""")

M("bh", """Hej Susanne

Vores datter Aya er 14 og har diabetes 1. Hun faster i ramadanen, ligesom
resten af familien, og skolen vil gerne vide hvordan de skal forholde sig
med idræt og insulin. Kan kommunen ikke lave en vejledning, som skolerne kan
bruge? Vi er ikke de eneste.

Venlig hilsen
Samir og Leila Haddad""")

M("s", """Til Morten Kjær

Jeg vil takke for din tale om regnbuefamilier ved skolens forældremøde. Vores
søn har to mødre, Sara og mig, og han har endelig fortalt sin klasse det.

Med venlig hilsen
Anja Sørensen""")

M("", """Kære byråd

Jeg forstår ikke hvorfor skolerne skal servere halal. Hvis nogen ikke vil
spise svinekød, kan de tage madpakke med. Det er ikke kommunens opgave.

Hilsen en bekymret bedstefar""")

M("b", """Hej Erik

Jeg bærer selv tørklæde, og min datter på 12 har valgt at gøre det samme. Nu
vil en lærer have at hun tager det af til gymnastik. Det er ikke en regel på
skolen, har jeg fået at vide. Hvem bestemmer det?

Amina Jaber""")

M("", """Til Børne- og Skoleudvalget

I Danmarks Statistik kan man se, at 34 % af eleverne i Ishøj har anden
etnisk baggrund end dansk. Hvordan tager skolernes køkkener højde for det,
og hvor meget madspild er der af retter med svinekød?

Venlig hilsen
Kirsten Lund, kandidatstuderende""")

M("ht", """hej.
jeg er fra Syrien. min søn har epilepsi og tager medicin 2 gange om dagen.
skolens SFO giver ham ikke medicinen om eftermiddagen. jeg ringede mange
gange. hvem kan jeg skrive til?
Abdullah""")

M("u", """Kære udvalgsformand

Jeg er køkkenmedarbejder i skolekøkkenet på Ishøj Skole og medlem af 3F. Vi er
tre i køkkenet til 600 portioner, og hvis byrådet vil have både halal,
svinekød, vegetar og glutenfri hver dag, så skal der flere hænder til.

Venlig hilsen
Hanne Mørk""")

M("", """Hej

Ordre nr. 2010881432 – 40 portioner vegetarlasagne til Vibeholmskolens 6.
årgang den 3. april – er ikke leveret. Kan kommunen kontakte leverandøren?

Mvh
Lærer Signe Gade""")

M("eh", """Til borgerrådgiveren

Min søn Oliver har ADHD og autisme og har fået afslag på at komme i
specialklasse. Han spiser ikke i kantinen, fordi der er for meget larm, og
han er træt og vred når han kommer hjem. Jeg vil klage over afgørelsen.

Mette Ravn""")

M("bt", """Kære Hakan

Jeg er jødisk, og min datter går på Ishøj Skole. Hun har aldrig fået kosher
mad, og det forventer vi heller ikke. Men jeg ønsker ikke at byrådet gør
skolemad til en kamp mellem "danskere" og "muslimer". Der er flere af os.

Venlig hilsen
David Abramsen""")

M("", """Til byrådet

Forslag fra Ishøj Skolernes Fællesrådet: Indfør gratis skolemad til alle
elever fra 0.-3. klasse i 2026. Vi vedlægger en beregning fra KL, der viser
udgiften for en kommune af Ishøjs størrelse.

Med venlig hilsen
Fællesrådet""")

M("ep", """Hej Mette

vi er ved at sælge vores lejlighed i Strandparken for at flytte tættere på
min mors plejebolig i Vallensbæk. køberen har fået lån men ikke underskrevet.
Hvis vi flytter nu skal min datter skifte skole midt i året. kan hun blive
på Strandgårdskolen selvom vi flytter ud af kommunen?

Mvh Lene Hald""")

M("b", """Hej Peter

Jeg stemte på dig ved sidste valg, fordi du lovede gratis skolemad. Nu stemte
du imod. Jeg er skuffet og det bliver ikke igen.

Jens Thorup""")

M("", """Til alle partier i byrådet

Skolemaden er blevet en valgkampssag, og det er trist. Jeg har ingen børn i
skolen men betaler gerne skat til at alle børn får et varmt måltid.

Med venlig hilsen
Inga Sommer""")

M("s", """Hi Susanne,

I'm a teacher at Vejleåskolen and wanted to thank you personally. My
girlfriend Sofie and I (I'm Hannah) were nervous before the Pride week at
school, but the children made flags and the parents were lovely. Please keep
supporting it.

Hannah Weiss""")

M("e", """Kære borgmester

Vores familie har fået en underretning, fordi min søn kom i skole uden
madpakke tre gange. Vi havde ikke penge sidst på måneden. Nu har vi møde med
en socialrådgiver. Er det virkelig sådan, det skal være i Ishøj?

Vh Tina""")

M("bt", """Til Børne- og Skoleudvalget

Jeg er sikh og bærer turban. Min søn skal starte i 0. klasse til august. Jeg
er født i Punjab og har oplevet at blive drillet i skolen i Danmark. Jeg vil
gerne høre, hvad kommunen gør for at forebygge mobning mod religiøse
minoriteter.

Harpreet Singh""")

M("", """Hej

Hvornår begynder halalmenuen på Gildbroskolen, og kan man se menuen på
Aula? Jeg er redaktør for forældreavisen.

Hilsen Tove Lindholm""")

M("h", """Kære Lone

Mit barnebarn, Sofus, er allergisk over for nødder og fisk. Han fik et
anfald i skolen i sidste uge og blev kørt på hospitalet. Jeg synes det er
det vigtigste, byrådet kan gøre noget ved, ikke om der er halal eller ej.

Med venlig hilsen
Bedstemor Ruth""")

M("bu", """Til skoleudvalget

Jeg er pædagog, medlem af BUPL, og SF'er. Jeg har arbejdet i SFO'en på
Vejleåskolen i 20 år. Det er ikke os pædagoger, der skal stå og smage
madkasserne af for svinekød. Få nu styr på reglerne i forvaltningen.

Mette-Marie Kjeldsen""")

M("e", """Hej,

Jeg er sygeplejerske men har været ledig siden marts og har fået et
vikariat i skolekøkkenet gennem jobcentret. Det er et løntilskudsjob. Jeg vil
bare sige at halalmaden smager godt, og at det er mærkeligt at politikerne
bruger så meget tid på det.

Mvh Lotte Dam""")

M("", """Kære Børne- og Skoleudvalg

Hvornår er der åbent samråd om skolemaden? Ishøj Liberale Ungdom vil gerne
deltage med et indlæg.

Venlig hilsen
Ishøj Liberale Ungdom""")

M("etb", """Hej Erik

Jeg er tyrkisk og min mand og jeg er skilt. Min eks siger til vores datter at
hun ikke må spise skolemaden fordi den ikke er halal. Jeg vil gerne vide om
skolen skal spørge begge forældre? Vi har fælles forældremyndighed.

Hülya Çelik""")

M("", """Hej

jeg er lærer og vil bare sige: de fleste elever er ligeglade om maden er
halal. de vil bare have noget der smager godt. I politikere burde spise med
en dag.

Morten""")

M("sh", """Kære Susanne

Jeg er min datters far og bor sammen med min mand Jakob. Vores datter Ida
er gravid som 16-årig og skolen ved det ikke endnu. Hun skal til jordemoder
i skoletiden. Hvordan søger vi om fri uden at skulle forklare hvorfor?

Venlig hilsen
Thomas Wulff""")

M("b", """Til Børne- og Skoleudvalget

Vi er Jehovas Vidner og vores søn deltager ikke i fødselsdage og jul i
skolen. Klasselæreren har skrevet i Aula at han "ikke er en del af
fællesskabet". Det synes vi er forkert.

Venlig hilsen
Familien Andreasen, Gildbro""")

M("", """Kære udvalgsformand

Faktura 2404791138 fra Kommunens Køkken for marts er dobbeltbetalt. Jeg er
bogholder i forældreforeningen og har kontonr. 2211 0612783345. Kan beløbet
sendes retur?

Mvh Else Dyrberg""")

M("heb", """Til skoleudvalget

Min søn er Down-barn og har en støtteperson i skolen. Han elsker skolemaden.
Jeg læser at I vil fjerne den, fordi den er "for muslimsk". Vi er selv
katolikker, og den mad er fin for os.

Mvh Beata Zielinska""")

M("", """Til byrådet

Jeg vil gerne have at I forklarer hvad "religiøs neutralitet i skolen"
betyder i praksis. Må man synge julesalmer til skoleafslutning, og må lærerne
bære religiøse symboler? Jeg har ingen holdning, jeg vil bare forstå reglerne.

Venlig hilsen
Karen Slot""")
