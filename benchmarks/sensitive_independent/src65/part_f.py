"""corpus65 part F: sheltered workshops, guardians (værge), bostøtte workers, mixed
and English mails, forwarded chains; CPR numbers in many formats."""
from common import M

M("eh", """Til Center for Voksne og Velfærd

Jeg er værge for min datter Julie på 28, som har autisme og en udviklingshæmning. Hun har
gået på det beskyttede værksted i Vejleåparken i 6 år og er glad for det. Nu har vi fået
brev om at hun skal flyttes til et aktivitetstilbud i Greve. Det er ikke drøftet med mig
som værge. Jeg klager hermed.

Julies cpr: [[110698-2474]]

Venlig hilsen
Jens Ole Krag""")

M("s", """Hej Ahmed

Jeg er biseksuel og har været med i byens LGBT+-klub i mange år. Vi vil gerne høre om kommunen
kunne tænke sig at støtte vores ungegruppe med et lokale, for ungdomsklubben har lukket. Jeg
skriver som privatperson, men klubben ved det.

Mvh Jonas Kirk""")

M("hebu", """Fra: Karsten Frost
Sendt: 2. nov. 2026
Til: Dagsordensamler, Social- og Sundhedsudvalget
Emne: Min bror på værkstedet

Kære formand

Jeg er SF'er og har været aktiv i FOA i mange år som pædagogmedhjælper, så jeg ved hvordan
systemet fungerer. Men det hjælper ikke min bror. Han har Downs syndrom og har arbejdet på
kommunens beskyttede værksted i 15 år. Nu siger de, at hans plads nedlægges fra januar og at han
skal "tilbydes et dagtilbud". Han forstår det ikke og græder hver aften.

Vil udvalget ikke se på det?

Karsten""")

M("", """Til Center for Voksne og Velfærd

Hvor mange pladser er der på kommunens beskyttede værksteder, og hvad er ventetiden? Jeg
sidder i Handicaprådet og vi vil drøfte det på næste møde.

Med venlig hilsen
Margit Lykke""")

M("eh", """Hej

Jeg er bostøttemedarbejder i en privat organisation og har en borger i Ishøj, som ikke tør skrive
selv. Hun har svær angst og har givet mig skriftlig fuldmagt. Hendes boligstøtte er stoppet, og
hun har fået varsel om udsættelse. Jeg har sendt jer papirerne 3 gange. Kan I bekræfte at I har
modtaget dem? Borgerens cpr-nr: [[0912843638]]

Med venlig hilsen
Kirstine Pallesen, bostøtte""")

M("ht", """Dear Ishøj Municipality,

I am an American citizen living in Ishøj since 2021. My son (9) has been diagnosed with ADHD
and the school suggested he should have a support person in class, but we have not heard
anything for two months. I don't understand the Danish letters. Who can I talk to in English?

Kind regards,
Jennifer Walsh""")

M("", """Hi,

Is there an English-language version of the complaint form for the municipality? I'd like to
complain about the noise from the new recycling station on Industrivej. The trucks start at 5 am.

Thanks,
Mark""")

M("bu", """Kære Lars

Jeg er medlem af Dansk Folkeparti og af 3F, og jeg stemte på dig ved sidste valg. Jeg synes det
er for ringe at kommunens egne ansatte i rengøringen skal gå ned i tid, mens der bruges penge
på konsulenter. Det vil jeg gerne høre dit svar på.

Mvh.
Torben Larsen""")

M("eh", """Kære borgerrådgiver

Min søn Frederik (22) har infantil autisme og bor på et bosted. Jeg er hans værge. Personalet
har låst hans mobiltelefon inde om natten uden at spørge mig, og han har ikke kunnet ringe
hjem. Det er en indgriben, som jeg mener kræver en afgørelse. Vi har klaget til stedet, men
de siger at "det er pædagogik".

Venlig hilsen
Hanne Wulff
Frederiks cpr [[180504 9215]]""")

M("", """Til hovedpostkassen

Kan kommunen oplyse hvordan man bliver værge for et familiemedlem? Er det kommunen eller
Familieretshuset der bestemmer? Det er til et tema-aften i vores pensionistforening.

Venlig hilsen
Bent, kasserer""")

M("su", """Kære Sofie

Jeg er bøsse og tillidsrepræsentant for Socialpædagogerne på et af kommunens bosteder. Vi har
en beboer, der gentagne gange har råbt nedsættende ting om min seksualitet, og ledelsen siger
at jeg må "tåle det, fordi han er syg". Jeg forstår det godt, men der må være en grænse for
hvad vi som ansatte skal tåle.

Mvh
Christian, TR""")

M("he", """hej jeg arbejder på værkstedet ved Ishøj Havn. jeg har ADHD og det siger lederen til alle.
hun siger "det er ham med ADHD der har glemt at lukke". det må hun vel ikke? jeg får førtidspension
og vil gerne bare lave mit arbejde i fred.
Rasmus""")

M("", """Kære Ishøj Kommune

Vi er en frivillig organisation, som laver aktiviteter for voksne med udviklingshæmning. Vi
søger 15.000 kr. fra §18-puljen til en sommertur. Vores CVR er 40118273 og vores konto
er reg. 1551 kontonr. 0004420198. Ansøgningen er vedhæftet.

Venlig hilsen
Foreningen Fællesskab for Alle""")

M("tbs", """Hej Mette

Jeg er født i Iran og konverterede til kristendommen for 8 år siden. Min mand Ali og jeg er
to mænd, og vi er flygtet fra Iran af de grunde. Vi har fået at vide at vi skal til samtale om
vores integrationskontrakt, og tolken der kommer er fra samme moské som min familie. Kan vi få
en anden tolk?

Med venlig hilsen
Hossein""")

M("eh", """Til Borgerrådgiveren

Jeg har klaget over en afgørelse om afslag på hjælp til merudgifter til min søns diabetesudstyr.
Klagen blev sendt 4. august. Kommunen skal genvurdere inden 4 uger, men jeg har ikke hørt
noget, og sagen er ikke sendt til Ankestyrelsen. Er det ikke en fejl?

Venlig hilsen
Helle Svane
[[071081–2036]]""")

M("", """Hej

Jeg vil klage over at der er for få handicapparkeringspladser ved Ishøj Bibliotek. Der er kun
to, og de er altid optaget. Og de er for smalle til en bil med lift.

Mvh Gerda""")

M("bh", """Kære borgerrådgiver

Jeg er katolsk nonne og bor i vores lille kommunitet i Ishøj. En af søstrene, Sr. Maria, er 91
og har demens. Hjemmesygeplejen vil ikke give hende medicin før morgenmessen, fordi "ruten
ikke passer". Vi beder om en løsning, så hun kan deltage.

Med venlig hilsen
Sr. Agnes""")

M("ut", """Til Center for Beskæftigelse og Erhverv

Jeg er TR for Serviceforbundet og skriver for en medarbejder i jeres rengøringsfirma. Hun er fra
Filippinerne og har fået at vide at hun skal tage en danskprøve for at blive fastansat. Ingen af de
danske kolleger skal. Hun er medlem af forbundet og har bedt os tage sagen.

Venlig hilsen
Kenneth Ravn""")

M("", """Kære dagsordensamler

Vil Social- og Sundhedsudvalget behandle de nye kvalitetsstandarder for hjælpemidler på
decembermødet? Vi vil gerne sende et skriftligt indlæg fra Dansk Handicap Forbund, lokalafdelingen.

Med venlig hilsen
Formanden""")

M("hes", """Hej

Min kæreste og jeg er to kvinder, og hun har fået en hjerneblødning i september. Hun skal nu
på et rehabiliteringsophold, som kommunen skal bevilge, men hospitalet siger at kommunen ikke
har svaret. Jeg er hendes nærmeste pårørende, men sagsbehandleren vil kun tale med "familien".
Vi har boet sammen i 10 år.

Hilsen Tanja Holm""")

M("e", """Til Ishøj Kommune, Ydelseskontoret

Jeg har fået afslag på enkeltydelse til en ny vaskemaskine. Jeg har tre små børn og den gamle er
gået i stykker. Jeg er på kontanthjælp. Kan jeg klage, og hvor?

Med venlig hilsen
Zeynep
cpr-nr [[030391-4286]]""")

M("", """Hej

Jeg er ergoterapeut og har et spørgsmål om jeres procedure for genbrug af hjælpemidler. Hvor lang
tid går der fra en kørestol bliver leveret retur, til den kan udlånes igen?

Mvh Karoline""")

M("heb", """Til Borgerrådgiveren

Jeg er veganer af etiske grunde og har været det i 20 år. Jeg er nu på plejecenter efter et
slagtilfælde og får ikke vegansk mad, men "vegetar med ost". Jeg har klaget til køkkenet.

Med venlig hilsen
Agnete Rosenberg""")

M("", """Til Ishøj Kommune

Vejen foran Ishøj Plejecenter er en rutsjebane om vinteren. I sidste uge faldt en besøgende.
Hvorfor bliver der ikke saltet før kl. 9? Personalet skal på arbejde kl. 7.

Venlig hilsen
en pårørende""")

M("eu", """Til jobcentret

Jeg skriver som formand for FOA's afdeling i Ishøj. Vores medlem, Susanne Bak, har givet
fuldmagt. Hun har fået brev om at hun skal i virksomhedspraktik, men hun er allerede i job 15
timer om ugen og får supplerende dagpenge. Vi beder om en ny vurdering.

Med venlig hilsen
Gitte Holm""")

M("hs", """Hej

Jeg er 54 og homoseksuel. Jeg har HIV, som er velbehandlet. Hjemmesygeplejersken, der kommer for
at skifte mit sårplaster efter en operation, tager dobbelt handsker på og vil ikke sidde på
mine stole. Det føles nedværdigende. Kan jeg få en anden?

Peter""")

M("", """Hej kommune!

Jeg har læst at Ishøj er den kommune i landet med flest klager til Ankestyrelsen pr. indbygger
på handicapområdet. Er det rigtigt, og hvad gør I ved det?

Mvh Jan""")

M("eht", """Fra: Aisha Mahmoud
Til: Borgerrådgiveren
Emne: VS: klage over værge

Hej

Min far er fra Sudan og har et hjerneskade efter en blodprop. Han har fået en beskikket værge,
som ikke taler arabisk og aldrig har mødt ham. Værgen har opsagt hans lejlighed uden at spørge
nogen. Nu skal han på plejehjem. Vi har klaget til Familieretshuset, men vil også have at
kommunen ved det.

Aisha""")

M("su", """Kære Maria Lund

Vi er to mænd, begge medlemmer af Dansk Sygeplejeråd, og vi arbejder på plejecentrene i Ishøj.
Vi har været et par i mange år. Nu hører vi at der bliver talt om at det "ikke er passende" at vi
arbejder på samme center. Der er intet i reglerne om det. Kan du hjælpe med at afklare det?

Mads og Oliver""")

M("", """Til Center for Voksne og Velfærd

Jeg kører en taxa og kører mange af jeres borgere til dagcenteret. Bommen ved indkørslen virker
ikke og vi skal ringe hver gang. Det tager tid. Kan I ikke få den lavet?

Mvh Yusuf, Taxa 4x48""")

M("he", """Hej

Min søn på 32 har psykose og bor i bofællesskab under kommunen. Hans støttekontaktperson har
fortalt mig at han har stoppet sin medicin, men at hun "ikke må gøre noget". Jeg forstår det ikke.
Jeg er hans mor og jeg kan se at han bliver dårligere. Hvem kan gribe ind?

Inge-Lise""")

M("bt", """Kære Ishøj Kommune

Jeg er sikh, og mine forældre er fra Indien. Min søn skal til svømning med skolen, og
livredderen siger at hans patka ikke må komme i vandet. Han har altid haft den på. Kan
skolen ikke finde en løsning?

Mvh Harpreet Kaur""")

M("", """Hej

Jeg vil gerne have aktindsigt i kommunens kontrakt med firmaet, der driver hjælpemiddeldepotet.
Jeg er ikke part i noget, men jeg vil gerne se kvalitetskravene. Er det muligt?

Mvh Søren Holst""")

M("ehs", """Til Center for Voksne og Velfærd

Jeg er 71. Min mand Jørgen og jeg har været gift i 20 år, efter vi indgik registreret
partnerskab i 1995. Han har fået hjemmehjælp efter sit slagtilfælde, men hjælperne spørger
hver gang "hvor er hans kone". Kan det skrives i journalen, så vi ikke skal forklare det igen?

Med venlig hilsen
Poul Nørby""")

M("eu", """Kære borgerrådgiver,

jeg er i HK og har været ledig i ni måneder. Min rådgiver på jobcentret har lovet mig et kursus
i regnskab, men nu siger en anden rådgiver at jeg ikke kan få det. Jeg har mailen med løftet.

Mvh Lisbeth
[[2312691048]]""")

M("", """Til Social- og Sundhedsudvalget

Vi er fem beboere fra Ishøj Strandpark, der vil klage over at busstoppestedet ved blok 3 er
blevet flyttet 300 meter. Mange af os går med rollator. Det er ikke rimeligt.

Underskrevet af fem beboere""")

M("bhe", """Kære borgerrådgiver

Min mor er 82 og muslim og bor på Ishøj Plejecenter efter et hjertestop. Hun får ikke hjælp til
at vaske sig før bøn, og personalet har sagt at det "ikke er deres opgave". Vi har spurgt om
hun kan få en kvindelig hjælper til bad, og det kunne heller ikke lade sig gøre. Hun er meget
ked af det.

Venlig hilsen
Samira Haddad""")

M("pu", """Hej

Jeg er DLF-medlem og lærer på Ishøj Skole. Jeg er ved at købe en andelslejlighed i Ishøj Strand,
og foreningen spørger om der er støjklager fra naboerne. Jeg har fået en betinget købsaftale.
Kan kommunen se om der er registreret klager på adressen?

Mvh Louise Dam""")

M("", """Hej

Jeg har klaget over en afgørelse i juni og fået at vide at sagen er sendt til Ankestyrelsen.
Hvordan kan jeg se hvor langt de er? Er der et sagsnummer jeg kan bruge? Mit nummer fra jer er
26-004713.

Mvh Jens""")

M("het", """Til Center for Voksne og Velfærd

Jeg er fra Eritrea. Jeg har fået en hjerneskade efter en arbejdsulykke, og jeg har bostøtte.
Min bostøtte fortæller mine private ting til andre eritreanere i byen. Nu ved hele miljøet at jeg
er syg. Jeg vil ikke have hende mere.

Dawit""")

M("ps", """Kære Ishøj Kommune

Min kone Mette og jeg (Anne) skal sælge vores rækkehus i Vejleå Park, og vi har en køber. Men
køberens rådgiver siger at der mangler en færdigmelding af vores udestue fra 2018. Kan I hjælpe
hurtigt, så handlen ikke falder?

Med venlig hilsen
Anne Lund""")

M("bs", """Hej Mads

Jeg er medlem af Alternativet og sidder i bestyrelsen for foreningen Regnbuefamilier i Ishøj.
Jeg og min kone har selv to børn. Vi synes kommunens skoleindskrivning stadig spørger efter
"mor" og "far". Det er en lille ting, men vil du tage det op?

Mvh Signe Dahl""")

M("eh", """Til Center for Voksne og Velfærd

Jeg er 38 og bor på et bosted efter mange års stofmisbrug. Jeg har nu været clean i 2 år og vil
gerne flytte i egen lejlighed med bostøtte. Min kontaktperson siger at jeg skal vente et år mere.
Hvem bestemmer det?

Mvh Michael
[[0303882317]]""")

M("su", """Hej Sofie

Jeg er medlem af Dansk Sygeplejeråd og bor med min kæreste Karoline. Jeg er selv kvinde. Vi har
begge søgt om deltid for at passe vores søn på et år, og min leder sagde at "det er jo ikke
rigtig dit barn". Jeg tænkte bare at politikerne skulle høre det.

Mvh Emma""")
