"""corpus65 part G: appeals and aktindsigt with CPR numbers in many formats, quoted
reply chains, short slangy notes; hard negatives with look-alike numbers."""
from common import M

M("he", """Til Center for Voksne og Velfærd

Jeg beder hermed om aktindsigt i hele min sag om hjælpemidler, herunder notater fra
ergoterapeutens besøg i juni, hvor hun skrev at min gigt "ikke er så slem". Jeg mener ikke
at det er det, jeg sagde. Jeg har fået afslag på en stok med sæde og en gribetang.

Mit cpr-nr. er [[140356\u00a01208]].

Venlig hilsen
Ellen Mortensen""")

M("", """Hej

Jeg har en regning fra jer med fakturanummer 2104671830, som jeg allerede har betalt den
3. oktober fra reg.nr. 9570 konto 12345678. Kan I se at den er betalt? Det er for
daginstitution.

Mvh Ole""")

M("heb", """Kære borgerrådgiver

Min far Abdullah er 77 og muslim. Han har fået nyt hofte og er på midlertidigt ophold på
Ishøj Plejecenter. Han har fået serveret svinekød to gange, selvom det står i hans papirer at
han kun spiser halal. Han spiste det ikke og har nu tabt sig. Cpr: [[050649-1567]].

Med venlig hilsen
Yasmin Abdullah""")

M("s", """hej jeg er 15 og jeg er lesbisk og jeg blev kaldt noget grimt af en lærer på skolen i dag foran
alle. han sagde at det var en joke. må han det? jeg vil ikke skrive mit navn""")

M("", """Til Ishøj Kommune

Vi har modtaget jeres brev om renovering af p-pladsen. Vores p-nr. er 1004418871 og CVR 29188044.
Vi driver et lille værksted på adressen og skal bruge pladsen til kunder. Hvornår starter
arbejdet, og hvor længe varer det?

Med venlig hilsen
Auto-Service Ishøj ApS""")

M("heu", """> Den 14. okt. 2026 skrev Center for Beskæftigelse og Erhverv:
> Vi har modtaget din klage og vender tilbage inden for 10 arbejdsdage.

Det er nu 3 uger siden. Jeg har stadig ikke fået svar om min sygedagpengesag. Jeg har en
diskusprolaps og kan ikke sidde ned mere end 20 minutter. Min fagforening, Dansk Metal, har også
skrevet til jer.

René Kofoed
cpr. [[121080-1939]]""")

M("p", """Kære Sofie

Jeg har budt på et hus på Gildbrovej, og sælgeren har accepteret, men nu siger kommunen at
huset har en ulovlig kælderlejlighed. Sælgeren siger at den er godkendt. Kan du få nogen til
at kigge på det hurtigt? Ellers mister vi huset.

Mvh Lars Pihl""")

M("", """Hej

Vi har to gange bedt om at få tømt skraldespanden ved busstoppestedet på Ishøj Strandvej ud
for nr. 99. Den flyder over og måger spreder det over hele fortovet. Sagsnummer 26-07-1188.

Grundejerforeningen Strandhøj""")

M("et", """Til borgerrådgiveren
mit navn er Olena, jeg er fra Ukraine. jeg får selvforsørgelsesydelse og jeg har fået brev på
dansk om at jeg skal betale tilbage 6.000 kr. jeg forstår ikke hvorfor. kan nogen forklare mig på
engelsk eller ukrainsk? tak
[[190188 4421]]""")

M("hs", """Hej Tobias

Det er Frank fra Vibeholm. Min mand Bjarne fik en hjerneblødning i juli og er nu på
genoptræning i Ishøj. Der er ingen der fortæller mig noget, fordi jeg "ikke er familie" - vi
er gift! Nu er jeg ved at blive vanvittig. Kan du hjælpe?

Frank""")

M("", """Hej

Min ordre nr. 0108752219 på en ny grøn affaldsbeholder er stadig ikke leveret. Jeg bestilte den
i august. Hvor bliver den af?

Mvh Mette Ravn""")

M("bu", """Til byrådsmedlem Sofie

Jeg er partimedlem hos Moderaterne og sidder i Ishøj-lokalforeningens bestyrelse. Som
tillidsrepræsentant for IDA på mit arbejde ser jeg jo alle de klager, der kommer over
kommunens byggesagsbehandling. Det burde I prioritere i budgettet.

Hilsen
Martin Holk""")

M("eh", """Kære Center for Børn og Forebyggelse

Vores søn Magnus har fået en underretning om sig, fordi skolen mener at han har selvskadende
adfærd. Det har han ikke, det er et hundebid, som han blev syet for på skadestuen. Vi har bedt om aktindsigt i underretningen for
2 måneder siden og intet fået.

Magnus: [[030711-4156]]
Venlig hilsen
Pernille og Jakob Holt""")

M("", """Til Borgerrådgiveren

Jeg vil gerne klage over kommunens parkeringsvagter. Jeg fik en bøde på 510 kr. mens jeg
hjalp min nabo med at bære indkøb op. Jeg var væk i 4 minutter. Afgiftsnr. 0511791138.

Mvh Karl""")

M("tb", """Kære Ahmed

Mine forældre er fra Somalia og jeg er født her. Jeg er praktiserende muslim og går til fredagsbøn
hver uge i moskéen på Industrivej. Nu har kommunen lavet nye parkeringsregler der betyder at vi
får bøder hver fredag. Det er som om de gør det med vilje. Kan du undersøge det?

Liban""")

M("heu", """hej,
har kræft og er i kemo og er i FOA, de siger at jeg skal til samtale om fleksjob selv om jeg er
syg. kan man det? jeg er så træt

/Jonna""")

M("", """Til kommunen

Vores lille vej, Hyldevangen, har ikke fået fejet blade i to år. Det er glat og vi har haft to
fald blandt de ældre beboere. Vi betaler grundejerbidrag og forventer noget for det.

Mvh Vejlauget Hyldevangen""")

M("eh", """Kære Borgerrådgiver

Jeg er mor til en pige på 10 med svær astma og allergi. Vi har søgt om tabt arbejdsfortjeneste i
forbindelse med hendes mange indlæggelser, og fået afslag. Begrundelsen er at hun "ikke er
alvorligt syg nok". Hun har været indlagt 6 gange i år.

Mit cpr: [[281082–2214]], hendes: [[120416–4872]]

Mvh Trine Boesen""")

M("", """Hej

Jeg har fået en rykker med journalnummer 27.69.48-G01-1082-26, men jeg har aldrig fået den
oprindelige regning. Hvad handler den om?

Mvh Alice""")

M("stb", """Hi Mette,

I'm writing in English as my partner Omar and I are still learning Danish. We are two men,
both from Lebanon, and we came here as refugees because we are gay. We are atheists, which
made it even more dangerous back home. We were given a flat in Ishøj, but neighbours have
written slurs on our door. The housing association says to contact the municipality.

Best,
Karim""")

M("hep", """Til Ishøj Kommune

Min mand har fået en diagnose med Huntingtons sygdom og vi ved at vi skal sælge huset på et tidspunkt.
Nu har vi fået et tilbud fra en køber gennem mægleren, men vi vil gerne vide om vi kan få hjælp til
at finde en ældrebolig først, da han snart ikke kan klare trapper. Har søgt i september.

Med venlig hilsen
Birthe Lorentzen""")

M("", """Kære Ishøj Kommune

Jeg bor på Ishøj Strandvej og trafikken er blevet værre. Lastbilerne kører hele natten. Kan der
laves en kørselsbegrænsning? Der ligger to skoler på vejen.

Venlig hilsen
Pia Dalgaard""")

M("ht", """Hej

Min bedstemor er fra Pakistan og taler kun punjabi. Hun har fået et lårbensbrud og har
hjemmesygepleje, men sygeplejerskerne har sagt at de ikke kan forstå hende, og hun får ikke
sin smertestillende til tiden. Hun er 86. Kan I sørge for at der bliver bestilt tolk?

Mvh Aleena""")

M("su", """Hej borgmester

Jeg er medlem af Blik- og Rørarbejderforbundet og har været gift med min mand Kasper i 4 år. Vi
har søgt om at adoptere, og kommunens socialrådgiver sagde ved samtalen at "det er svært for et
barn uden en mor". Det er ikke hendes job at sige det. Vi vil klage.

Ole Brandt""")

M("", """Til Borgerrådgiveren

Jeg har aldrig fået svar på min mail om den nye skatepark. Er det normalt at kommunen ikke
svarer? Jeg skrev den 4. september.

Venlig hilsen
Mikkel, 14 år""")

M("e", """Hej

Jeg vil klage over sagsbehandlingstiden på min ansøgning om friplads til min datters SFO. Vi har
ventet i 10 uger, og imens skal vi betale fuld pris, som vi ikke har råd til. Jeg er alene med
to børn og på SU.

Mvh Camilla
CPR [[170799-4316]]""")

M("hbte", """Til Center for Voksne og Velfærd

Min mand er ortodoks jøde og har fået demens. Han spiser kun kosher mad. Daghjemmet, hvor han er
om dagen, vil ikke tage imod vores egen mad af hygiejnehensyn. Vi vil gerne have en løsning.

Med venlig hilsen
Rachel Stern""")

M("", """Til Ishøj Kommune, Center for Borger, Økonomi og IT

Vores EAN-nummer er 5798000556431, og vi har ikke modtaget faktura nr. 260013 for oktober.
Kan I sende den igen? Vi er en underleverandør til hjælpemiddeldepotet.

Med venlig hilsen
Bogholderiet, Rehab Partner A/S""")

M("eh", """Kære borgerrådgiver

Jeg er på førtidspension pga. svær leddegigt. Jeg har fået en ny sagsbehandler, som har
ændret min handicapbil-bevilling uden at spørge mig. Nu kan jeg ikke længere få en bil med
automatgear. Jeg kan ikke bruge min venstre hånd. Jeg har klaget men fået standardsvar.

cpr 01 09 64, nej undskyld, hele nummeret er [[010964-1318]]

Kirsten Berg""")

M("", """Hej, er der nogen der ved om genbrugspladsen har åbent 2. juledag? Og kan man aflevere
gamle hjælpemidler der? Min nabo har en rollator hun ikke skal bruge mere.""")

M("hte", """Til borgerrådgiveren

Jeg er fra Syrien og jeg var på sprogskole i 2 år. Nu er jeg syg med migræne og har været på
sygedagpenge i 4 måneder. Jeg fik et brev hvor de skriver "du har ikke deltaget i samtale", men
jeg var der! Tolken var ikke der, så de sendte mig hjem.

Rami Haddad
[[200979-1744]]""")

M("pe", """Kære Ishøj Kommune

Vores hus skal sælges på tvangsauktion, men vi har fundet en køber privat, som vil betale
lidt mere end auktionsprisen. Kan kommunen, som har pant i huset for lån til ejendomsskat,
give samtykke til at vi sælger selv? Det haster.

Mvh Dennis og Marie Lauritsen""")

M("", """Kære Ishøj Kommune

Vi er fra Handicaporganisationernes Hus og vil spørge om kommunen vil være med i en kampagne
om tilgængelige legepladser i 2027. Vi har 800 medlemmer i regionen.

Med venlig hilsen
Lone Brink, koordinator""")

M("bs", """Hej Lars

Jeg hedder Sanne og er lesbisk og medlem af Enhedslisten. Jeg har længe villet sige at jeg synes det
var flot at du stemte for Pride-støtten, selvom du er fra et andet parti. Tak.

Sanne Møller""")

M("heu", """Til Center for Beskæftigelse og Erhverv

Vedr. vores medlem Lotte Juhl, FOA. Lotte har fået en arbejdsskade på knæet i hjemmeplejen
og har fået afslag på forlængelse af sygedagpenge. Vi vedlægger speciallægens erklæring og beder
om genoptagelse. Lottes cpr-nr. er [[021172-1638]].

Med venlig hilsen
FOA, afd. Køge Bugt
Jens Nyholm, TR""")

M("pt", """Hej Ahmed

Jeg er fra Tyrkiet og ejer et lille lagerbyggeri på Industrivej. Jeg har fået et bud fra en
investor, men han vil have lov til at bygge en etage mere. Jeg har søgt i 4 måneder og ikke
fået svar fra byggesagsafdelingen. Jeg er ved at miste handlen.

Mvh Cem Arslan""")

M("", """Til Ishøj Kommune

Hvad er reglerne for at klage over en afgørelse om skolevalg? Vi vil gerne vide det, inden vi
søger, så vi ved hvor vi står.

Venlig hilsen
Mathias og Julie""")

M("bs", """Kære borgerrådgiver

Jeg er præst i en frikirke i Ishøj og gift med en mand. Vores menighed har accepteret det,
men en medarbejder i kommunens foreningsafdeling har sagt til mig i telefonen at "det er jo
lidt et selvmodsigende liv". Det er upassende at en offentligt ansat kommenterer det.

Pastor Henrik Dalum""")

M("he", """Til Borgerrådgiver

Min mand er 71 og har Parkinson og angst. Han har haft en personlig hjælper fra kommunen 2 timer
om ugen til at komme ud, men nu er hun blevet stoppet uden begrundelse. Vi har ikke fået nogen
afgørelse. Jeg kan ikke selv tage ham med, jeg har dårlig ryg.

Med venlig hilsen
Gudrun Wind
Gudruns cpr: [[250755 2036]]""")

M("", """Hej

Jeg har et spørgsmål om jeres bemærkning på hjemmesiden om at klager over hjemmehjælp skal
behandles inden for 4 uger. Er det 4 uger fra I modtager klagen eller fra afgørelsen? Jeg
skriver for Ældre Sagen lokalt.

Venlig hilsen
Erik Juul""")

M("p", """Hej Pia

Det er Claus fra Ishøj Strand. Min nabo har sat sit hus til salg og køberen vil lave en
tilbygning helt ud til skellet. Han har spurgt mig om jeg vil skrive under på en
naboerklæring, før han skriver under på købsaftalen. Hvad skal jeg gøre? Kommunen svarer ikke.

Claus""")

M("teh", """Til borgerrådgiveren

Jeg er somalisk og mor til 4. Min ældste søn har autisme. Han har fået en plads i et specialtilbud,
men transporten kommer aldrig til tiden, og chaufføren råber ad ham. Chaufføren sagde til mig:
"Jeres folk kan ikke opdrage jeres børn." Det er racisme. Jeg vil klage.

Hawa Ali""")

M("u", """Kære Maria

Som medlem af Socialpædagogernes bestyrelse lokalt og som borger vil jeg gerne sige tak for
beslutningen om at bevare de to bosteder. Det betyder meget for personalet.

Hilsen Kim Søndergaard""")

M("", """Til hovedpostkassen

Vi har modtaget en målerstand for vores vandmåler nr. 26148903 der er helt forkert. Den viser
1.200 m3 for et kvartal. Vi er to voksne. Kan I sende en ud at kontrollere?

Venlig hilsen
Per og Lis""")

M("hbe", """Kære borgmester

Jeg er sikh og har diabetes og er blevet amputeret på den ene fod. Jeg har fået bevilget en
kørestol, men den er for smal og min turban rammer stativet når jeg skal i bilen. Det lyder
fjollet, men det er et problem. Hjælpemiddeldepotet griner bare.

Jaswinder Singh""")
