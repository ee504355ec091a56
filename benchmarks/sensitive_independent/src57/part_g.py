"""corpus57 part G: forwarded chains, signatures with CPR numbers, mixed cases."""
from common import M

M("eu", """Fra: Lone Kragh (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Min fars hjemmepleje

Til rette center.

-----Oprindelig meddelelse-----
Fra: Finn Gregersen
Sendt: 9. januar 2025 21:14
Til: Lone Kragh

Hej Lone, vi kender hinanden fra FOA, hvor jeg stadig er medlem. Min far har
fået skåret sin hjemmepleje ned fra tre til to besøg. Han er 91. Kan du
hjælpe?

Hans cpr: [[240633-1489]]
Finn""")

M("bp", """Til Byudvikling og Natur

Jeg er præst i Den Katolske Kirke og bor i præsteboligen, som menigheden
ejer. Vi vil sælge den og købe en mindre lejlighed til mig, fordi jeg går på
pension. Der er en køber, men han venter på en udtalelse om
parkeringsforholdene fra kommunen. Hvor længe skal han vente?

Pater Tomasz Nowicki""")

M("s", """Den 3. feb. skrev Aktivitetscentret:
> Tilmelding til valentinsfrokost: skriv navn på dig og din ledsager.

Hej. Jeg tilmelder mig og min kone Gitte. Vi har været sammen i 40 år, men
sidste år skrev I "hr. og fru" på vores bordkort. Håber I husker det i år.

Hilsen
Bodil Nyborg""")

M("he", """Til visitationen

Vedr. min mor Karen Lund, [[120931\u00a01098]]

Hun blev udskrevet i går efter et lårbensbrud og har fået bevilget en
rollator og et toiletstativ. Toiletstativet er ikke kommet. Hun kan ikke
komme op fra toilettet alene.

Venlig hilsen
Anders Lund, søn, [[070368\u00a01127]]""")

M("th", """Til Borgerrådgiveren

Min nabo i opgangen, en ældre mand fra Eritrea, bliver kaldt "neger" af en
anden beboer, når han går med sin rollator ned ad trappen. Jeg har selv
hørt det. Han tør ikke selv klage. Kan kommunen gøre noget, eller er det kun
boligselskabet?

Venlig hilsen
Tina Sørensen""")

M("p", """Til Byudvikling og Natur

Jeg står til at købe mine forældres sommerhusgrund i Ishøj Strandpark (de er
begge over 85 og vil sælge til mig i stedet for at sælge til fremmede).
Prisen er aftalt, men advokaten siger, at der skal en erklæring fra
kommunen om, at huset ikke er til helårsbeboelse. Hvordan søger vi?

Venlig hilsen
Søren Fjeldsø""")

M("ub", """Kære Borgmester

Jeg er medlem af Socialistisk Folkeparti og var tillidsrepræsentant i FOA i
mange år på Bredekær. Jeg er glad for, at byrådet endelig har vedtaget
faste teams i hjemmeplejen. Det har vi kæmpet for i 20 år.

Med venlig hilsen
Jette Kofoed""")

M("steh", """Hej

I'm writing in English because my Danish is bad. My wife Mei-Lin and I
(Sarah) are both 67, she is Taiwanese and came here in 1985. She now has
home care after her stroke, but the helpers call her "din veninde" when
they talk to me. She is my wife. Please tell them.

Sarah Jensen""")

M("e", """Til Center for Voksne og Velfærd

Jeg har søgt om madservice, fordi jeg ikke kan stå ved komfuret mere. Jeg fik
afslag med den begrundelse, at jeg kan "købe færdigretter". Jeg vil klage.

Mit personnummer: [[170234-0659]]
Tlf. 43 73 21 09

Gudrun Valsted""")

M("pu", """Til Byudvikling og Natur

Jeg er formand for pensionistklubben i HK og sælger nu mit hus på
Strandvejen 34. Der er aftalt en pris med en køber, men køberen kræver, at
kommunen lover, at der ikke kommer en cykelsti på forsiden. Kan I svare på,
hvad planerne er?

Med venlig hilsen
Niels Tarp""")

M("bhe", """Til hjemmeplejen

Min mor har Alzheimer og har været religiøs hele sit liv – hun er pinsekristen.
Hun bliver meget urolig, hvis hun ikke får lov at bede aftenbøn med en
af hjælperne. Kan det stå i planen?

Venlig hilsen
Karoline Dahl""")

M("s", """Til borgmesterens PA

Min kone og jeg (Hanne) vil gerne invitere borgmesteren til vores
guldbryllup, men vi forstår godt, hvis hun ikke kan. Vi blev registrerede
partnere i 1989 som nogle af de første i Ishøj og giftede os i 2012. Det
var en stor dag for os.

Med venlig hilsen
Hanne og Vibeke""")

M("te", """Til visitationen

Min far er fra Libanon og er 84. Han har søgt om hjemmehjælp til
rengøring, og I har sendt en visitator, der ikke ville tage skoene af i
hans hjem. Det betyder meget for ham. Kan næste besøg være med en, der
tager hensyn til det?

Mvh
Ali Hamdan""")

M("eh", """Fra: Susanne Kjeldgaard
Til: Borgerrådgiveren
Emne: Fwd: Afgørelse om hjælpemidler

Videresender afgørelsen. Jeg er uenig. Jeg har fået afslag på en el-scooter,
og jeg kan ikke gå til butikken uden.

---------- Forwarded message ---------
From: Hjælpemiddelafdelingen
Afgørelse: Ansøgning om el-scooter afslås, jf. servicelovens § 112.

Susanne Kjeldgaard
Ishøj Bygade 2
[[2209441213]]""")

M("u", """Til Beskæftigelsesudvalget

Jeg er medlem af Lederne og har været leder i 30 år. Nu er jeg 66 og har
lyst til at give noget tilbage. Jeg har set, at kommunen søger
erhvervsmentorer. Kan jeg melde mig direkte til jer?

Med venlig hilsen
Peter Holmberg""")

M("pb", """Til Byudvikling og Natur

Vi er en buddhistisk meditationsgruppe på 12 pensionister og vil gerne købe
det gamle pumpehus ved Ishøj Å som mødested. Vi har givet kommunen et bud
og afventer svar. Selv er jeg buddhist i 40 år. Hvornår behandles sagen?

Med venlig hilsen
Anne-Grethe Thiel""")

M("hu", """Hej udvalgsformand

Jeg er social- og sundhedsassistent og medlem af FOA. Jeg har været
sygemeldt i 4 måneder med en arbejdsskade efter at have løftet en borger
uden lift. Jeg vil gerne vide, om kommunen har styr på, hvor mange af os
der får skader. Jeg tror ikke, jeg er den eneste.

Helle Brandt""")

M("st", """Til Borgerrådgiveren

Jeg er kvinde, 70, og min kone er fra Filippinerne. Da vi var til
møde i Borgerservice om hendes pas, spurgte medarbejderen hende, om hun "var
kommet for at blive gift". Vi var meget ydmygede. Vi har været gift i 22 år.

Venlig hilsen
Merete Bjerregaard""")

M("pe", """Hej
vi har sat vores lejlighed på Ishøj Strandvej til salg og har fået et bud på
2,4 mio. køber vil gerne have en ny altan godkendt før han skriver under.
hvor hurtigt kan i behandle en altanansøgning? vi skal flytte til en
ældrebolig i Hvidovre
mvh Karen & Jørn""")

M("b", """Til borgmesteren

Jeg er 84 og har været medlem af Venstre i 60 år. Jeg har altid stemt på
partiet, også ved sidste valg. Men jeg er bekymret for, at I lukker
aktivitetscentret i Torslunde. Det er det eneste sted, vi gamle mødes.

Hilsen
Harald Bruun""")

M("eh", """Til Center for Voksne og Velfærd

CPR: [[0112341035]]
Navn: Ejnar Mogensen
Adresse: Ishøj Landsby 8

Jeg har fået en nødkald-armbånd fra kommunen, men det virker ikke i haven.
Kan I skifte det? Jeg har faldet to gange i år.

Ejnar""")

M("tbe", """Til plejecentret Bredekær

Min mor er irakisk kristen og taler assyrisk. Hun skal fejre påske efter den
østlige kalender, og hun vil gerne til kirke i Vesterbro. Kan personalet
hjælpe hende med at komme derind, hvis jeg kører hende?

Venlig hilsen
Nineb Yousif""")

M("s", """Til Social- og Sundhedsudvalget

Jeg er en ældre lesbisk kvinde og frivillig i besøgstjenesten. Jeg vil opfordre udvalget til at
uddanne plejepersonalet i LGBT+-ældres behov. Mange af os går tilbage i
skabet, når vi skal på plejehjem.

Med venlig hilsen
Gunvor Lind""")

M("u", """Til hovedpostkassen

Jeg var i mange år TR for 3F på Ishøj Havn og er stadig medlem. Vi er nogle
gamle havnearbejdere, der vil lave en lille udstilling om havnens historie.
Kan kommunen låne os et lokale på biblioteket?

Mvh
John Birch""")

M("he", """Til Borgerrådgiveren

Min mor, Edith Poulsen, cpr [[060529-2084]], døde i januar på Ishøjhave efter
at være faldet ud af sengen. Hun havde demens og var sengeliggende, og vi
havde bedt om sengehest mange gange. Vi vil have en redegørelse.

Med venlig hilsen
Bjarne Poulsen""")

M("pt", """Til Byudvikling og Natur

Min mand og jeg er fra Eritrea og har boet i Ishøj i 30 år. Vi vil købe
et lille hus på Gildbrohøj, og sælgeren har accepteret vores bud. Men hans
mægler siger, at kommunen har en forkøbsret. Er det rigtigt? Vi skal
skrive under næste uge.

Venlig hilsen
Saba Tesfay""")

M("bu", """Til udvalgsformanden

Jeg er katolik og ansat som tolk, og medlem af HK. Jeg har fået at vide, at
jeg ikke må bære et kors-smykke, når jeg tolker på plejecentrene, fordi
det kan "provokere". Er det kommunens politik?

Venlig hilsen
Maria Pereira""")

M("es", """Til Center for Voksne og Velfærd

Jeg hedder Flemming og bor sammen med min mand Karsten. Karsten har fået
tildelt aflastning en uge om måneden, men stedet ligger i Brøndby, og vi har
ingen bil. Kan kommunen hjælpe med transport?

Flemming Kjærsgaard
[[140652\u20131375]]""")

M("pt", """Dear Sir/Madam,

We are a Chinese family running a restaurant in Ishøj Bycenter for 22 years.
My parents are now old and want to sell the restaurant. A buyer has made an
offer, but it depends on getting the lease transferred. The shopping
centre says the municipality must approve. Is that correct?

Regards,
Wei Zhang""")

M("b", """Kære Pia

Jeg er medlem af Dansk Folkeparti og har været det i 25 år. Jeg vil gerne
høre, hvad du mener om, at plejecentrene ikke længere serverer flæskesteg
juleaften. Er det rigtigt?

Vh
Poul Holst""")

M("", """Til plejecentret Ishøjhave

Er det rigtigt, at der ikke bliver serveret flæskesteg juleaften i år? Min
nabo sagde det, og jeg vil gerne vide, om det passer, før folk bliver
oprørte.

Hilsen
Bente""")

M("sb", """Kære borgerrådgiver

Vi er to mænd, gift, og begge aktive i Ishøj Kirke. Da vi ville bestille en
velsignelse af vores ægteskab efter 40 år sammen, sagde kirkekontoret, at det
skulle "gå gennem kommunen". Er det rigtigt?

Venlig hilsen
Erik og Bent""")

M("tu", """Til borgmesteren

Jeg er pakistaner og kom til Danmark i 1970. Jeg har været medlem af 3F i 45
år. Mange af os gamle fra den tid har ikke nogen mødested. Kan kommunen
hjælpe os med et lokale til en seniorklub?

Mvh
Mohammad Iqbal""")

M("ep", """Til Center for Voksne og Velfærd

Min mor (Lilly Bak, cpr [[290138 2019]]) har fået plejebolig, og vi har
sat hendes lejlighed til salg. Der har været to fremvisninger, men ingen
bud. Kan hun få lov at betale lavere husleje i plejeboligen, til salget er
på plads?

Venlig hilsen
Peter Bak""")

M("su", """Til Borgerrådgiveren

Jeg er tidligere skolelærer og medlem af DLF's pensionistforening. Min mand
Jakob og jeg bliver chikaneret af en nabo, der skriver ting på vores
postkasse. Politiet siger, at det er et civilt problem. Kan kommunen gøre
noget?

Venlig hilsen
Søren Krog""")

M("ph", """Til Byudvikling og Natur

Jeg har sat mit hus til salg, fordi jeg har fået Parkinson og ikke kan bo i
et hus med trapper. En køber har budt, men vil have en ombygning af kælderen
godkendt først. Hvor længe tager det at få svar?

Venlig hilsen
Karsten Holm""")

M("t", """Til kommunen

Jeg er grønlænder og er 70. Jeg bliver behandlet dårligt i Borgerservice.
Sidste gang spurgte medarbejderen, om jeg havde drukket. Det havde jeg ikke.
Jeg vil klage.

Hans Kristiansen""")

M("u", """Til direktør for Voksne og Velfærd

Som næstformand i FOA's afdeling for Ishøj og Vallensbæk (og medlem siden
1979) beder jeg om et møde om den nye vagtplan på plejecentrene.

Med venlig hilsen
Susanne Holt""")

M("bt", """Til borgmesteren

Jeg er jødisk og 88. Jeg har boet i Ishøj siden 1962. Jeg ønsker at blive
begravet på Mosaisk Nordre Begravelsesplads. Kan kommunen hjælpe min søn
med papirerne, når tiden kommer?

Venlig hilsen
Leo Abrahamsen""")

M("eh", """Til visitationen

Mine forældre har brug for en ny vurdering. Far er faldet tre gange siden
jul, og mor har fået konstateret KOL og kan ikke hjælpe ham op. De har
begge praktisk hjælp i dag.

Far: Villy Brandt, [[150230-0915]]
Mor: Rigmor Brandt, [[0201341442]]

Jeg træffes på 21 44 87 10 efter kl. 16.

Lene Brandt""")

M("", """Til Center for Borger, Økonomi og IT

Jeg har overført depositum til kommunens konto, men pengene er kommet
retur. Min konto: reg.nr. 2191, kontonr. 0612451170. Fakturaen hed
1104520038. Kan I se, hvad der er gået galt?

Venlig hilsen
Frank Olsen""")

M("set", """Hi,

I am British, retired, and live in Ishøj with my husband, Tom. Tom was
allotted an ældrebolig in Torslunde last month, but the contract is only
in his name. Can I be added? We have been married since 2014.

My CPR number is [[030849-1571]].

Thanks,
Graham Fielding""")

M("u", """Den 2. apr. skrev Borgerservice:
> Vi mangler dit personnummer for at kunne finde din sag om parkeringslicens.

Her er det: [[111158 1353]]. Jeg søgte licensen, fordi jeg som
tillidsrepræsentant i 3F kører ud til møder på arbejdspladser i kommunen.

Mvh
Allan Vestergaard""")

M("hb", """Til hjemmesygeplejen

Vedr. Abdi Noor, [[091042\u20131219]]

Min far har sår på fødderne pga. sukkersyge og får besøg af jer hver dag.
Han faster i ramadanen fra næste uge. Kan I flytte besøget til efter
solnedgang, så han kan tage sin medicin med maden?

Venlig hilsen
Hamza Noor""")
