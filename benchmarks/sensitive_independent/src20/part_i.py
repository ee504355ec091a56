"""Part I: a last mix of all voices, with CPR numbers in several formats (incl. no-break space)."""
from common import M

M("e", """
hej jeg har lige fået job efter 2 år på kontanthjælp!! skal jeg selv stoppe ydelsen eller gør i det. første løn kommer d. 31
cpr [[090296\u00a02317]]
/nadia
""")

M("h", """
Til Genoptræningen

Jeg er udskrevet fra Herlev efter en knæoperation og har fået en genoptræningsplan med. Hvornår kan jeg starte?

Mvh
Bent Aagaard, personnr. [[031155\u00a01089]]
""")

M("", """
Hej

Jeg ringede i går om et hul i vejen på Vejlebrovej ud for nr. 120. Sagsnummer 24-881234. Der er stadig ikke sat afspærring op.

Mvh
Tommy
""")

M("eh", """
Kære Borgerservice

Jeg er 67 og har netop fået tilkendt folkepension, men min boligydelse er ikke beregnet endnu. Jeg er også i behandling for prostatakræft, så jeg har ikke kræfter til at ringe rundt.

Venlig hilsen
Kaj Petersen
[[2807570341]]
""")

M("", """
Hej, hvornår er der næste gang ansøgningsfrist for Ishøj Kommunes kulturpulje? Vi er et lille teater.
""")

M("p", """
Til Byudvikling

Vi har underskrevet en købsaftale på Ishøj Landevej 77 med forbehold for finansiering og byggeteknisk gennemgang. Sælger har nævnt, at der er en verserende sag om en ulovlig tagterrasse. Vi vil gerne have oplysninger om sagen, før forbeholdet udløber.

Venlig hilsen
Sune og Ditte Lerche
""")

M("t", """
hej jeg er grønlænder og bor i ishøj. på apoteket i bycentret spurgte ekspedienten om jeg var fuld før jeg havde sagt noget. kan kommunen gøre noget, de lejer jo lokalerne af jer ik?
/naja
""")

M("s", """
Hej Borgerservice

Jeg og min kæreste Jonas (vi er to mænd) vil gerne melde os som samlevende på samme adresse. Skal vi begge logge på med MitID?

Mvh
Asger
""")

M("e", """
Kære Borgerrådgiver

Jeg klager over, at min ansøgning om friplads i SFO har ligget i fire måneder uden afgørelse. Jeg er alene med tre børn og tjener 19.000 kr. om måneden før skat.

Venlig hilsen
Sabina Holm
[[150681 2468]]
""")

M("", """
Hej

Vi er en dansk-tyrkisk erhvervsforening og vil gerne invitere kommunens erhvervschef til vores netværksmøde i november.

Mvh
Sekretær for foreningen
""")

M("hb", """
Kære Hjemmesygepleje

Jeg er ortodoks kristen og faster i de store faster, hvor jeg ikke spiser animalske produkter. Min diætist siger, jeg skal have mere protein pga. min nyresygdom. Kan I hjælpe med at finde en løsning, som passer med min tro?

Med venlig hilsen
Georgios Papadopoulos
""")

M("u", """
Kære Borgmester

Som formand for FOA Ishøj-Vallensbæks seniorklub og selv medlem i 42 år vil jeg invitere Dem til at holde tale ved vores 1. maj-arrangement.

Med venlig hilsen
Inger Bjerre
""")

M("", """
Hej

Kan I sende mig et eksempel på en fuldmagtsblanket? Min mor skal muligvis have hjælp fra jer senere, men det er ikke aktuelt nu.

Mvh
Stine
""")

M("he", """
hej jeg hedder jan og jeg er 58. jeg har KOL og kan ikke arbejde mere. min læge siger jeg skal søge førtidspension. hvordan gør man det, jeg er ikke god til computer
personnummer [[170966-1337]]
""")

M("p", """
Kære Ishøj Kommune

Min søster og jeg har arvet vores fars sommerhusgrund ved Ishøj Strand og er ved at sælge den til naboen. Vi er enige om prisen, men der mangler en landinspektørerklæring fra kommunen om skellet.

Med venlig hilsen
Birthe Holm
""")

M("", """
Hej

Hvad er forskellen på plejebolig og ældrebolig? Jeg skriver en artikel til vores beboerblad.

Mvh
Redaktionen, Strandparken Nyt
""")

M("t", """
Kære Skoleleder

Vores søn Yusuf er den eneste mørke dreng i sin klasse, og han er i år blevet holdt udenfor til alle fødselsdage. I dag kom han hjem og sagde, at han gerne ville være hvid. Vi har brug for en snak med skolen.

Venlig hilsen
Halima og Jens Mikkelsen
""")

M("ehs", """
Hej

Min mand Steffen og jeg (vi er begge mænd) har søgt om merudgifter til vores søn, som har cerebral parese. Vi har fået afslag fordi "en af jer kan gå ned i tid". Vi har begge fuldtidsjob og har ikke råd.

Mvh
Jens Bruun
""")

M("", """
Til Ishøj Kommune

EAN-nummer 5798000123456 skal bruges på fakturaen for vores levering til Ishøj Idrætscenter. Kan I bekræfte, at det er korrekt?

Mvh
Sport & Fritid ApS
""")

M("e", """
hej jeg har fået en indkaldelse til samtale om "mistanke om socialt bedrageri". jeg har ikke gjort noget!! jeg får enlig forsørger tillæg og bor alene med min datter. hvad må de spørge om
cpr [[300890 3542]]
""")

M("b", """
Hej

Jeg er medlem af SF og var kandidat ved sidste kommunalvalg. Jeg søger om at få vores partiforening optaget i kommunens foreningsregister.

Mvh
Ida Jessen
""")

M("", """
Hej

Hvornår kommer den nye affaldskalender ud? Vi er ikke sikre på, hvornår plastik bliver hentet.

Mvh
Familien på Ishøj Parkvej 11
""")

M("h", """
Kære Center for Voksne og Velfærd

Jeg er hørehæmmet og har brug for tegnsprogstolk til mødet den 24. om mit hjælpemiddel. Hvem bestiller tolken, mig eller jer?

Med venlig hilsen
Maria Lykkegaard
[[010288–2566]]
""")

M("ut", """
Hej

Jeg er medlem af Krifa og arbejder i kommunens køkken. Jeg er fra Filippinerne og min leder siger jeg ikke må tale tagalog med min kollega i pausen. Er det lovligt?

Mvh
Maricel Santos
""")

M("", """
Hej

Jeg underviser i dansk som andetsprog på sprogcentret og vil gerne have en kommunal medarbejder ud og fortælle kursisterne om, hvordan man bruger Borger.dk.

Mvh
Lærke Bro
""")

M("eh", """
Kære Ydelsescenter

Jeg har fået et krav om tilbagebetaling af 12.400 kr. i sygedagpenge, fordi jeres system viste forkert indkomst. Jeg kan ikke betale det på én gang, da jeg kun arbejder 25 timer. Kan vi lave en afdragsordning?

Venlig hilsen
Kim Svendsen, [[041083-1762]]
""")

M("", """
hej hvor meget koster et nyt sundhedskort hvis man har mistet det
""")

M("p", """
hej mægleren siger vores køber vil ha lavet tilstandsrapport om igen pga en sag hos jer om dræn. handlen er ikk færdig og vi skal flytte om 3 uger. kan nogen kigge på det hurtigt
/tina, vejledalen 22
""")

M("s", """
Kære Borgerrådgiver

Min kone Sanne og jeg (Line) har fået et brev fra kommunen adresseret til "Hr. og Fru Kjær". Det er tredje gang. Vi vil bede om at blive registreret korrekt som et lesbisk ægtepar.

Mvh
Line Kjær
""")

M("", """
Hej

Vi er et konsulentfirma, der hjælper kommuner med digital post. Må vi præsentere vores løsning for jeres IT-chef?

Med venlig hilsen
Digiforvalt A/S
""")

M("he", """
Til Ishøj Kommune

Min mor, Lis Jakobsen, [[220744 2853]], er flyttet i plejebolig efter et fald. Hun har givet mig fuldmagt. Vi vil gerne vide, hvordan betalingen for boligen beregnes ud fra hendes pension.

Venlig hilsen
Peter Jakobsen
""")

M("", """
Hej, ligger der en oversigt over, hvilke trossamfund der må foretage vielser i Ishøj? Tak
""")

M("b", """
Kære Kultur- og Fritidsudvalg

Jeg er buddhist og leder af en lille meditationsgruppe, som mødes privat hjemme hos mig på Ishøj Søvej. Vi er nu så mange, at vi gerne vil låne et kommunalt lokale en aften om ugen.

Med venlig hilsen
Henrik Ø. Sand
""")

M("e", """
hej min søster på 16 er anbragt i en plejefamilie i ishøj og jeg vil gerne have hende boende hos mig nu hvor jeg er 22 og har egen lejlighed. kan man det?
""")

M("h", """
Til Skolesundhedsplejen

Vores datter Freja, 4.a, har svær nøddeallergi og fik en reaktion ved klassens fødselsdag i går. Vi vil gerne have en plan for, hvordan skolen håndterer det fremover, og hvor hendes EpiPen skal ligge.

Venlig hilsen
Camilla og Peter Rønn
""")

M("h", """
hej kan i rykke min tid i borgerservice, jeg er til dialyse tirsdag formiddag
cpr.nr [[190362\u00a01174]]
mvh finn
""")

M("p", """
Hej Byudvikling

Jeg har et bud på min grund på Tranegilde Strandvej fra en køber, der vil bygge to huse. Han vil kun købe, hvis I kan godkende en udstykning. Må jeg sende tegningerne til jer, før vi skriver under?

Mvh
Arne Vilhelmsen
""")

M("s", """
hej min kæreste hedder Sofie og jeg er også pige. vi vil gerne have et dobbeltværelse på ungdomsboligerne ved stationen. er der regler for par?
/ida, 19
""")

M("u", """
Hej

Jeg er medlem af Dansk Journalistforbund, men skriver her som privatperson: hvorfor tager jeres parkeringsvagter billeder af nummerplader på Ishøj Torv?

Mvh
Rune Vang
""")

M("", """
Hej

Jeg har fået et girokort med betalings-id 1208811234. Er det til ejendomsskat eller renovation?

Mvh
Søren Hald
""")

M("e", """
Kære Ishøj Kommune

Jeg skriver på vegne af min far, Arne Bech, [[241149\u00a01906]], som har givet fuldmagt. Han har fået hjemmehjælp til rengøring hver 14. dag, men den er stoppet uden afgørelse.

Mvh
Tina Bech
""")
