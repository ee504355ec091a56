"""corpus77 part B: divorce, separation, custody and child support (børnebidrag)."""
from common import M

M("e", """Hej

Jeg er blevet skilt i september og bor nu alene med Liva på 6. Jeg tjener 21.000 før
skat som rengøringsassistent. Kan jeg få boligstøtte nu, og hvordan får jeg det
børnebidrag som hendes far skal betale? Han har ikke betalt noget siden august.

Mvh Nanna""")

M("e", """Til Udbetaling / Borger og Økonomi

Jeg søger om bidragsforskud til min søn Oliver, da hans far ikke betaler det fastsatte
børnebidrag. Afgørelsen fra Familieretshuset er vedhæftet.

Mor: Tanja Eriksen, [[0904882316]]
Barn: Oliver Eriksen

Venlig hilsen
Tanja""")

M("set", """Kære borgerrådgiver

Min mand Kenneth og jeg skal skilles efter 11 år. Vi adopterede Malthe fra Colombia, da han
var to. Vi er uenige om, hvor han skal bo, og Kenneth har nu flyttet ham til sin mors
lejlighed i Greve. Hvem i kommunen kan hjælpe os med at finde en løsning der er god for
Malthe?

Venlig hilsen
Lars Vestergaard""")

M("pe", """Hej Byudvikling

Min eksmand og jeg er blevet skilt, og vores hus på Torslundevej er sat til salg. Der er
et bud fra et ungt par, men deres bank vil have en kopi af ibrugtagningstilladelsen til
udestuen. Kan I finde den? Køberne venter og vi har begge brug for pengene.

Mvh Helle Brandt""")

M("", """Hej

Jeg er bibliotekar på Ishøj Bibliotek og laver en lille informationshylde om
familieliv. Hvilke pjecer har kommunen om skilsmisse og samvær, og må vi lægge dem frem?
Vi vil også gerne vide om Familieretshuset holder åbent møde hos jer i år.

Venlig hilsen
Annette, Ishøj Bibliotek""")

M("he", """hej

er sygemeldt med depression efter skilsmissen og kan ikke overskue noget. min
sagsbehandler vil have mig til samtale men jeg kan ikke komme ud af døren. kan det
foregå i telefonen

Kenneth""")

M("te", """Til borgmesteren

Vi er kurdere fra Irak. Min eksmand og jeg er skilt, og han har sagt, at han vil tage
vores to børn med til Erbil i sommerferien og ikke komme tilbage. Jeg er meget bange.
Politiet sagde jeg skal kontakte kommunen og Familieretshuset. Hvad gør jeg?

Shirin""")

M("ue", """Hej jobcentret

Jeg er i 3F og de har hjulpet mig med at finde en advokat i skilsmissen. Nu skal jeg
flytte og kan ikke møde på mit arbejde i Køge hver morgen kl 6, fordi jeg har børnene hver
anden uge. Kan I hjælpe med et job tættere på? Jeg er bange for at blive fyret.

Mvh Dennis""")

M("be", """Hej Anne-Marie (Familieudvalget)

Jeg konverterede til islam for fire år siden. Min eksmand og jeg har fælles
forældremyndighed, og nu vil han ikke have at vores datter går med mig i moskeen i
weekenderne. Kan han bestemme det? Familieretshuset svarer ikke.

Venlig hilsen
Camilla""")

M("", """Kære Jannie

Til budgetforhandlingerne: har administrationen tal på, hvor mange skilsmisser der
var i Ishøj Kommune i 2024 og 2025, og hvor mange børn det berørte? Jeg vil bruge det
i debatten om familierådgivning.

Venlig hilsen
Rasmus Bach, byrådsmedlem""")

M("e", """Til Center for Børn og Forebyggelse

Jeg har fået at vide at min eksmand har lavet en underretning om mig efter vores skænderi
ved overleveringen af børnene. Jeg har aldrig gjort børnene noget. Må jeg se hvad han
har skrevet, og hvad sker der nu?

Venlig hilsen
Maiken Sørensen""")

M("e", """Hej

Ansøgning om ændring af børnebidrag, da jeg nu har børnene det meste af tiden:

Emma, [[050614-4187]]
Noah, [[211116 5203]]

Deres far tjener mere nu end da bidraget blev fastsat. Skal det sendes til jer eller
til Familieretshuset?

Hilsen Line Kjær""")

M("se", """Hej Borgerrådgiver

Min ekskone Trine og jeg (vi er to kvinder) har to børn, hvor jeg er medmor. Efter bruddet
siger skolen at de kun må tale med Trine, fordi hun er den biologiske mor. Er det
rigtigt? Jeg har fælles forældremyndighed.

Mvh Lærke""")

M("", """Hej

Hvad er normalbidraget for børnebidrag i 2027, og hvornår bliver satserne offentliggjort?
Vi er en forening for enlige forældre og vil lave en oversigt til vores medlemmer.

Venlig hilsen
Forældrenetværket Ishøj""")

M("p", """Hej

Jeg vil sælge mit kolonihavehus i Ishøj Haveby, og naboen har budt 185.000. Foreningen
skal godkende handlen. Hvad skal kommunen have, og må han overtage det i vinterhalvåret?
Vi har ikke skrevet under endnu.

Venlig hilsen
Poul""")

M("u", """Til Center for Børn og Forebyggelse

Jeg er BUPL-tillidsrepræsentant i Børnehuset Stjernen. Vi oplever tit, at forældre efter
en skilsmisse beder os om ikke at udlevere barnet til den anden forælder. Må vi få en
fælles retningslinje fra kommunen, så personalet ved hvad de skal gøre?

Venlig hilsen
Marianne Holt, TR""")

M("te", """Hej

Mig kommer fra Eritrea og jeg taler tigrinya, lidt dansk. Jeg og min mand er skilt nu.
Han siger han tager børnene hver weekend, men han kommer ikke. Hvad kan jeg gøre. Kan jeg
få tolk i Familieretshuset?

Selam""")

M("he", """Kære borgerrådgiver

Min eksmand drikker, og børnene har fortalt at han var fuld sidste gang de var hos ham.
Han har samvær hver anden weekend. Jeg tør ikke sende dem derhen på fredag, men jeg er
bange for at få skylden for at bryde aftalen. Hvad skal jeg gøre?

Venlig hilsen
Birgitte""")

M("be", """Hej

Jeg er ved at blive skilt fra min mand, som er præst i folkekirken her i området. Han vil
gerne blive boende i præsteboligen med børnene. Kan kommunen hjælpe mig med at finde en
lejlighed i Ishøj, så børnene ikke skal skifte skole?

Med venlig hilsen
Eva""")

M("", """Hi,

I'm writing an article for an expat magazine. In general, how does joint custody work in
Denmark when one parent moves abroad? Is it the municipality or the Family Court that
decides? Just general info, please.

Best,
Sarah Cole, freelance journalist""")

M("e", """Hej

Jeg søger om enkeltydelse til en seng og et køleskab efter skilsmissen. Jeg fik kun tøjet
med da jeg flyttede. Jeg får kontanthjælp og har ingen opsparing.

Ahmed
cpr: [[190793–1427]]""")

M("s", """Hej Skoleudvalget

Min søn Albert bor hos mig og min mand Peter på Strandhaven, og hans mor bor i
Hundige. Vi har samvær efter en aftale der fungerer fint. Kan skolens breve og
Aula-beskeder gå til begge adresser, eller skal vi vælge den ene?

Mvh Jesper""")

M("", """Fra: Karina Holm, byrådsmedlem
Til: Hovedpostkassen
Emne: VS: ventetid i Familieretshuset

Hej, en borger spørger generelt hvor lang ventetid der er på en børnesagkyndig
samtale i Familieretshuset lige nu. Har vi nogen tal, eller skal jeg henvise til
dem? Jeg har slettet resten af mailen.

/Karina""")

M("ue", """Hej

Jeg er medlem af Krifa og har min a-kasse der. Efter skilsmissen har jeg mistet mit job,
fordi jeg ikke kunne arbejde weekender mere. Nu skal jeg til første samtale på jobcentret
tirsdag. Må jeg tage min søn med, han er 4 og jeg har ingen pasning den dag?

Mvh Simon""")

M("he", """Til PPR

Vores datter Ella på 9 har fået konstateret angst efter vores skilsmisse. Hun sover
dårligt og vil ikke i skole. Lægen har henvist til børnepsykiatrien, men der er ventetid.
Kan skolen gøre noget i mellemtiden? Hendes far og jeg er enige om at skrive til jer.

Venlig hilsen
Rikke""")

M("pe", """Hej igen

Køberen til vores hus på Åhusene har trukket sig, så nu står vi igen med to lån efter
skilsmissen. Mægleren siger vi skal sænke prisen. Kan kommunen udsætte
ejendomsskatten til huset er solgt?

Mvh Claus (og Susanne)""")

M("tbe", """Hej borgerrådgiveren

Vi er fra Bosnien og er muslimer. Min mand har givet mig en religiøs skilsmisse hos
imamen, men vi er stadig gift efter dansk lov, fordi han ikke vil skrive under. Kan
kommunen hjælpe mig? Jeg bor i dag hos min søster med børnene.

Amra""")

M("", """Til bogholderiet

Vi har ikke modtaget betaling for kurset "Samarbejde efter brud" for kommunens
familierådgivere. Fakturanr. 1507892234, bilag nr. 010226-0045, beløb 18.400 kr. Jeres
EAN-nummer 5798007123459 er anvendt.

Venlig hilsen
Konfliktcentret Øst""")

M("e", """Hej

Udbetaling Danmark har lavet lønindeholdelse for børnebidrag, og nu har jeg kun 3.000 kr
at leve for om måneden. Jeg har to børn hos mig hver anden weekend. Kan kommunen hjælpe
med husleje til december?

Hilsen Mikkel""")

M("he", """Hej

Jeg betaler børnebidrag for 2 børn, men har fået en diskusprolaps og er blevet opereret.
Jeg kan ikke arbejde de næste måneder og kan ikke betale. Hvem skal jeg skrive til for at
få det sat ned?

Rene Winther
[[151280-1035]]""")

M("se", """hej

jeg er 15 og mine to mødre er ved at gå fra hinanden. de skændes om hvem jeg skal bo hos.
kan jeg selv bestemme det? min klasselærer sagde jeg kunne skrive til jer

Asta""")

M("be", """Hej

Min ekskone vil have vores søn døbt i Torslunde Kirke. Jeg er ateist og vil ikke have at
han bliver døbt, før han selv kan vælge. Vi har fælles forældremyndighed. Kan hun gøre
det uden min underskrift?

Venlig hilsen
Michael Dam""")

M("ue", """Hej HR

Jeg er HK-tillidsrepræsentant i Borgerservice og er selv netop blevet skilt. Jeg har
børnene hver anden uge og vil gerne høre om jeg kan få fast tidligt fri i de uger, så jeg
kan hente dem. Det gælder sikkert flere af mine kolleger.

Venlig hilsen
Tina Gade""")

M("", """Hej

Hvornår afholder kommunen næste gang kurset "Samarbejde efter skilsmisse" for
forældre? Jeg er sundhedsplejerske og vil gerne give datoerne videre til de familier,
der spørger mig. Gerne både forår og efterår.

Mvh Lisbeth, sundhedsplejen""")

M("te", """Hej borgmester

Min eksmand er fra Marokko. Efter skilsmissen siger hans familie, at vores datter skal
bo hos dem i Casablanca et år for at lære arabisk. Jeg vil ikke. Kan kommunen gøre noget,
hvis han rejser med hende?

Venlig hilsen
Marianne""")

M("e", """hej

efter skilsmissen har jeg ikke noget sted at bo. sover på min vens sofa i Vildtbanegård
og må kun være der til 1. december. har en søn på 8 som bor hos hans mor. hvad gør jeg

Jonas""")

M("", """Kære Ishøj Kommune

Vi er et advokatkontor, der ofte har klienter i familieretlige sager. Hvad er
borgerservices åbningstider i julen, og kan man hente papirer uden tidsbestilling?

Venlig hilsen
Advokatfirmaet Holm & Bager""")

M("tue", """Hej

Jeg er rumæner og arbejder på lageret i Ishøj, jeg er medlem af 3F. Min ekskone er
flyttet tilbage til Rumænien med vores søn. Hvordan betaler jeg børnebidrag til hende
gennem det danske system?

Mulțumesc,
Ionuț""")

M("she", """Hej borgerrådgiver

Min eksmand Mads har fået en svær depression efter at vi gik fra hinanden i foråret, og han
er indlagt på psykiatrisk afdeling. Vi har en datter sammen, som nu kun bor hos mig. Kan
kommunen hjælpe hende med at tale med nogen om det?

Mvh Kristian""")

M("e", """Til Udbetaling af børnebidrag

Bidragspligtig: Henrik Lund, [[250677-1543]]
Jeg er blevet arbejdsløs og kan ikke længere betale det fulde bidrag. Jeg vil gerne
søge om nedsættelse. Hvilken blanket skal jeg bruge?

H. Lund""")

M("", """Hej

Til Social- og Sundhedsudvalget: hvor mange familier i Ishøj modtager bidragsforskud,
og hvordan har tallet udviklet sig siden 2020? Spørgsmålet er fra vores
partigruppe til næste udvalgsmøde.

Venlig hilsen
Lene Krog, byrådsmedlem""")

M("b", """Til Familieudvalget

Jeg er medlem af Dansk Folkeparti og sidder i lokalafdelingens bestyrelse. Vi synes at
kommunen skal gøre mere for fædre efter en skilsmisse, fx med weekendåbent i
familierådgivningen. Kan udvalget tage det op?

Venlig hilsen
Bent Kjeldsen""")

M("pe", """Hej

Min eksmand og jeg ejer et sommerhus i Rørvig sammen, og efter skilsmissen skal det
sælges. Vi har fået et bud på 2,1 mio., men han vil ikke acceptere. Jeg får kontanthjælp
nu og har brug for min del. Kan kommunen tage hensyn til det i min sag?

Mvh Jeanette""")

M("", """Den 12. okt. skrev Borgerservice Ishøj:
> Tak for din henvendelse. Familieretshuset holder møder i rådhusets lokale 1.14
> tirsdage kl. 9-15.

Tak for svaret. Så skal jeg bare vide: er lokalet handicaptilgængeligt generelt? Vi er
en frivilliggruppe der viser folk vej på rådhuset.

Hilsen Gunnar""")
