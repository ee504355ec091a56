"""Part G: a last mixed batch - long signatures, forwarded chains, dictated and angry mails,
learner Danish and English; more property trades, CPR numbers and hard negatives."""
from common import M

M("p", """
Hej Ishøj Kommune&nbsp;

Vi har fået accepteret vores bud på Ishøj Strandvej 102 i går, men det er med advokatforbehold. Vores advokat vil vide, om der er verserende naboklager over hækken mod stien.&nbsp;

Mvh<br>
Signe og Kasper Holt<br>
Sendt fra min iPhone
""")

M("", """
Hej Ishøj Kommune&nbsp;

Hvad er reglerne for hækkens højde mod en offentlig sti? Vi har diskuteret det i grundejerforeningen.&nbsp;<br>
Mvh Signe
""")

M("pt", """
Hej

Jeg er fra Tyrkiet og har et frisørsalon i Ishøj Bycenter. Jeg er ved at købe lokalet af udlejer, men vi er ikke færdige, fordi banken vil have en erklæring fra kommunen om erhvervsformålet. Min dansk er ikke så god, kan I ringe? 53 80 17 24

Hilsen Emre Kaya
""")

M("ph", """
Kære Borgerservice

Jeg skriver på vegne af min morbror, Ejvind Lauesen, der ligger på hospitalet. Han har underskrevet en købsaftale om at sælge sin sommerhusgrund ved Tranegilde, men køber har 6 hverdages fortrydelsesret, som ikke er udløbet. Kan vi få en kopi af ejendomsvurderingen til køberens bank?

Venlig hilsen
Mette Lauesen
""")

M("p", """
hej jeg dikterer det her vi har fået et bud på rækkehuset på Gildbro Vænge men køberen vil have at kommunen siger god for at vores ulovlige skur kan blive stående ellers trækker han buddet hvad gør vi Thomas
""")

M("pe", """
FRA: Dorthe Skov
SENDT: 17. juni 2026
TIL: Borgmesteren
EMNE: TVANGSSALG!!!

JEG ER VED AT MISTE MIT HUS PÅ VIBEHOLMS ALLÉ PGA. GÆLD TIL KOMMUNEN FOR VEJBIDRAG. DER ER EN KØBER DER VIL GIVE 1,8 MEN HAN SKAL HAVE SVAR FRA JER FØRST. I SVARER IKKE!!!!
""")

M("", """
Fra: Dorthe Skov
Sendt: 20. juni 2026
Til: Borgmesteren
Emne: Vejbidrag

Hvordan beregnes vejbidrag i Ishøj, og kan det betales i rater? Vi skal snart have ny belægning på vores vej.
""")

M("s", """
Hej Ishøj

Min kæreste Nikolaj og jeg (Rasmus) flytter sammen i Ishøj 1. marts. Vi skal bruge en plads i dagpleje til min søn fra et tidligere forhold. Hvordan skriver vi ham op? Hans cpr er [[030424 4118]].

Mvh Rasmus Nørgaard
""")

M("st", """
Dear Ishøj Kommune,

I'm a lesbian mum from Scotland (moved here for my wife's job). We'd like to register our daughter for swimming lessons at the kommune pool but the form only allows one parent. Could you fix that?

Best wishes,
Fiona MacLeod
""")

M("u", """
Kære Ishøj Kommune

Min datter Amanda er 17 og arbejder i SuperBrugsen. Hun er blevet medlem af HK Ungdom, fordi hun mener hun får for lidt i løn. Nu vil butikschefen ikke give hende flere vagter. Er det lovligt, og kan kommunens ungdomsvejleder hjælpe?

Venlig hilsen
Trine Amdisen
""")

M("", """
Hej

Hvad er mindstelønnen for unge under 18 i detailhandlen? Min datter skal have sit første job og vi vil bare gerne vide, hvad der er normalt.

Venlig hilsen
Trine
""")

M("eh", """
Hej

Jeg skriver på vegne af min nabo Kirsten i nr. 14. Hun har fået konstateret brystkræft og skal have stråler i Herlev hver dag i 5 uger. Hun har ingen bil og har svært ved at betale taxa af sin kontanthjælp. Kan kommunen hjælpe med kørsel?

Mvh
Else Bruun, nr. 12
""")

M("", """
Hej

Dækker kommunen kørsel til strålebehandling i Herlev? Jeg er frivillig chauffør i Røde Kors og vil gerne kunne vejlede.

Mvh Ole
""")

M("e", """
Hej Jobcenter,

Mit CPR-nr. er [[091290 1834]]. Jeg har ikke fået mine dagpenge for oktober, fordi mit jobloggen ikke blev opdateret. Jeg er ikke medlem af nogen fagforening, kun ASE. Hvad gør jeg?

Mvh Mikkel Bro
""")

M("", """
Hej

Kan man være i ASE a-kasse og samtidig være i en fagforening? Og hvad er forskellen? Jeg skal snart færdiggøre min uddannelse.

Mvh Laura
""")

M("h", """
Hej

Mit barn Noor, cpr [[160919–4231]], har fået hørerapparater i begge ører. Daginstitutionen siger, at de har brug for en teleslynge. Hvem skal vi søge?

Hilsen Fatima
Sendt fra min Huawei
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er Martin Juhl, [[011066-1953]]. Jeg blev udskrevet fra psykiatrisk afdeling i fredags, efter en indlæggelse for svær depression, og jeg skulle have haft besøg af en bostøtte i mandags. Der kom ingen.

Martin
""")

M("e", """
Hej

Jeg har fået en regning på friplads i SFO for hele året, fordi min indkomst steg i august. Men jeg har kun haft det nye job i 4 måneder. Mit CPR er [[281086-2054]]. Kan det genberegnes?

Mvh Stine Madsen
""")

M("", """
Hej

Hvordan beregnes økonomisk friplads i SFO i Ishøj? Er der en beregner på hjemmesiden? Det er til vores forældreråd.

Mvh Stine
""")

M("t", """
Hej

jeg er fra Afghanistan, hazara. på sprogskole en anden elev siger til mig hver dag at hazara er slaver. læreren gør ingenting. jeg vil skifte hold

Ali Hussaini
""")

M("", """
Hej. Hvor mange hold er der på sprogskolen i Ishøj, og kan man skifte hold hvis tiden ikke passer med arbejde? mvh Ali
""")

M("b", """
Kære byrådsmedlem Mona

Jeg er medlem af Radikale Venstre og har arbejdet frivilligt for dig i valgkampen. Jeg vil gerne foreslå, at du stiller et forslag om gratis bus for unge. Vi kan tage en kop kaffe og snakke om det.

Mvh Sebastian Wulff
""")

M("", """
Kære byrådsmedlem Mona

Vil du arbejde for gratis bus for unge under 18 i Ishøj? Det ville betyde meget for os i 9. klasse.

Mvh Sebastian
""")

M("", """
Hej

Jeg er ejendomsmægler og vil gerne høre, om kommunen stadig tilbyder gratis energirådgivning til nye husejere. Vi vil gerne nævne det i vores salgsmateriale.

Mvh
Danbolig Ishøj

Denne e-mail og eventuelle vedhæftede filer er fortrolige og kun beregnet for den anførte modtager. Hvis du ikke er den rette modtager, bedes du slette e-mailen og give afsenderen besked.
""")

M("", """
Kære Ishøj Kommune

Lægehuset på Ishøj Bygade ændrer telefontid fra 1. januar: kl. 8.00-9.30 alle hverdage. Vil I opdatere oplysningerne på kommunens hjemmeside?

Med venlig hilsen
Lægesekretær Bente Winther
""")

M("", """
Kære beboere og samarbejdspartnere

Grundejerforeningen Strandgården holder generalforsamling tirsdag den 24. marts. Kommunen er inviteret til at orientere om den nye trafikplan.

Venlig hilsen
Bestyrelsen
""")

M("", """
Hej

Er det rigtigt at Ishøj Kommune overvejer at sælge ejendommen, hvor biblioteksfilialen ligger? Der er ingen af os i lokalrådet, der har hørt noget officielt.

Mvh Lokalrådet i Ishøj Landsby
""")

M("", """
hej jeg dikterer det her hvornår bliver der tømt storskrald på Tranehaven i december fordi vi har en gammel seng og vi vil ikke have den stående i opgangen tak
""")

M("", """
Hi

The recycling station has a sign saying "kun for private". I'm a self-employed painter – can I still bring leftover paint cans? Thanks, Mark
""")

M("ubt", """
Kære Borgmester

Jeg er formand for Ishøj Afdeling af 3F's integrationsudvalg, selv født i Marokko, og jeg er også medlem af Socialdemokratiet. Jeg ønsker et møde om, hvordan vi får flere nydanskere i lære i kommunens Vej & Park.

Med venlig hilsen
Rachid Bennani
""")

M("eu", """
Hej

Jeg er tillidsrepræsentant for 3F hos Ishøj Rengøring ApS. En af vores kolleger, Natalia, har fået lønnen trukket tre måneder i træk og kan nu ikke betale husleje. Hun har givet mig lov at skrive. Kan kommunen hjælpe hende med en akutydelse, mens vi kører sagen?

Mvh
Lars Winther, TR 3F
""")

M("ht", """
Hej

Jeg er fra Somalia og jeg har sukkersyge og ondt i fødderne. Lægen sige jeg skal have specielle sko. Kan kommunen betale? Jeg har brev fra lægen.

Mvh Hawa Abdi
""")

M("e", """
Hej

jeg har været hjemløs i 3 måneder og sover på herberget i Valby. Jeg er fra Ishøj og vil gerne hjem. Kan I hjælpe mig med en bolig? Min sagsbehandler hed Lone før. Jeg har ikke telefon men tjekker mail på biblioteket.

Kenneth Strøm
""")

M("", """
Hej

Hvor mange hjemløse er der i Ishøj, og har kommunen et herberg? Jeg skriver en opgave på socialrådgiveruddannelsen.

Mvh Julie
""")

M("sh", """
Hej igen

Jeg skrev i sidste uge om min kæreste Kristian, som er blevet indlagt med en psykose. Jeg er hans partner (vi er to mænd) og personalet vil ikke give mig oplysninger fordi vi ikke er gift. Kan kommunen hjælpe med en fuldmagt?

Mvh
Nicolai Berg

> Den 3. nov. skrev Nicolai Berg:
> Hej, min kæreste er indlagt, hvem kan jeg tale med?
""")

M("p", """
Til Ishøj Kommune

Vi er en andelsboligforening, og vores bestyrelse har modtaget et betinget købstilbud på hele ejendommen fra et investeringsselskab. Medlemmerne skal stemme om det på den ekstraordinære generalforsamling. Vi vil gerne vide, om kommunen har forkøbsret eller andre rettigheder, før vi stemmer.

Venlig hilsen
Bestyrelsesformand Lars Hjort, A/B Ishøj Søpark
""")

M("hu", """
Hej Ishøj Kommune

Jeg er social- og sundhedsassistent og medlem af FOA. Jeg har fået en arbejdsskade i ryggen ved en forflytning på plejecentret og er sygemeldt. Min leder har bedt mig ringe ind hver dag, er det rimeligt?

Venlig hilsen
Bettina Lund
Sendt fra min iPhone
""")

M("", """
Hej

Hvilke regler gælder for sygemelding i Ishøj Kommune som ansat? Skal man ringe hver dag eller kun første dag? Jeg er tillidsvalgt i en forening og vil gerne lave en folder til medlemmerne.
""")

M("ep", """
hej jeg er Jannie jeg snakker det her ind vi skal skilles og huset på Ishøj Landsby 70 er sat til salg men der er ingen bud endnu og jeg har ikke råd til at betale min halvdel af lånet mere kan jeg få boligstøtte til en lejlighed imens
""")

M("bs", """
Kære borgmester

Jeg er imam-uddannet og muslim, og jeg er også homoseksuel. Jeg vil gerne starte en samtalegruppe for unge muslimer i Ishøj, der er LGBT+, i et lokale på biblioteket. Kan kommunen låne os et lokale uden at offentliggøre gruppens navn i kalenderen?

Med venlig hilsen
Yunus Demir
""")

M("", """
Kære borgmester

Kan foreninger låne lokaler på biblioteket gratis, og skal arrangementerne stå i den offentlige kalender? Vi er en ny studiekreds.

Med venlig hilsen
Yunus
""")

M("t", """
HEJ. MIN SØN ER MØRK I HUDEN OG HAN BLIVER STOPPET AF VAGTERNE I ISHØJ BYCENTER HVER ENESTE GANG. HANS HVIDE VENNER BLIVER ALDRIG STOPPET. HVAD VIL KOMMUNEN GØRE VED DET???
LINDA ASANTE
""")

M("e", """
Hej

Min ex betaler ikke børnebidrag, og jeg har ikke råd til vinterjakke til vores datter. Kan jeg søge en enkeltydelse? Vi har delt forældremyndighed.

Mvh Sara Bech
Sendt fra min iPhone
""")

M("", """
Hej

Hvordan fungerer forskudsvis udbetaling af børnebidrag, og er det kommunen eller Udbetaling Danmark? Jeg spørger for en veninde, som ikke vil nævnes.

Mvh Sara
""")

M("h", """
Navn: Kurt Rønne
E-mail: krønne@live.dk
Emne: Hjælpemiddel
Besked: Jeg har fået amputeret venstre ben under knæet pga. sukkersyge og venter på en ny protese. Den gamle gnaver. Hvor lang tid går der?

Denne formular er sendt fra ishoj.dk/hjaelpemidler
""")

M("", """
Navn: Kurt
E-mail: krønne@live.dk
Emne: Åbningstid
Besked: Hvad er åbningstiderne for Hjælpemiddeldepotet i julen?

Denne formular er sendt fra ishoj.dk/hjaelpemidler
""")

M("", """
Hej HOFOR/kommunen

Vores vandmåler nr. 0311874402 viser et forbrug, der er tre gange så højt som sidste år. Vi har ingen utætheder. Kan nogen komme og se på måleren? Adressen er Strandgårdsvej 9.

Mvh Familien Bjerre
""")
