"""corpus60 part C: the proposed closure of Gildbroskolen and school matters."""
from common import M

M("", """
Kære Børne- og Skoleudvalg

Jeg er imod lukningen af Gildbroskolen. Skolen er samlingspunkt for hele bydelen, og
eleverne får 2,4 km længere skolevej til Vibeholmskolen over Ishøj Boulevard. Besparelsen
på 6,1 mio. kr. om året står ikke mål med det, vi mister.

Med venlig hilsen
Rune Albrechtsen
""")

M("h", """
Hej Kirsten

Min søn Oscar har ADHD og har endelig fundet ro i 4.A på Gildbroskolen med en lærer, han
stoler på. Hvis skolen lukker, skal han starte forfra i en klasse med 28 elever. Hans
psykiater har sagt, at skift er det værste for ham. Vil udvalget tænke på de børn, der
ikke kan klare et skoleskift?

Venlig hilsen
Camilla Brandt
""")

M("", """
Til Børne- og Skoleudvalget

Hvor mange elever i Gildbroskolens distrikt har en diagnose eller går i specialklasse?
Jeg mener, at udvalget bør have de tal, før der træffes beslutning. Jeg beder ikke om
navne, kun om antal.

Med venlig hilsen
Skolebestyrelsen, Gildbroskolen
""")

M("e", """
Kære Lars

Jeg er alene med tre børn og har ikke bil. Hvis Gildbroskolen lukker, skal min yngste
på 7 gå over Ishøj Boulevard hver morgen. Jeg er på kontanthjælp og kan ikke bare købe
en cykel og en cykelhjelm til hver. Får mine børn buskort fra kommunen?

Venlig hilsen
Sabrina Møller
""")

M("t", """
Kære Formand for Børne- og Skoleudvalget

Jeg er mor til to piger på Gildbroskolen. Vi kom fra Eritrea i 2015. Mine døtre har lært
dansk på skolen, og deres lærere kender vores familie. Jeg er bange for, at de mister
det trygge sted. På Vibeholmskolen kender de ingen.

Med venlig hilsen
Semhar Tesfay
""")

M("be", """
Kære Ole

Vi er en katolsk familie og har valgt Gildbroskolen fordi den ligger tæt på, så
børnene kan gå selv til messe i Sankt Mikael om søndagen med deres farmor. Hvis skolen
lukker, overvejer vi Sankt Knuds Skole i København, men vi kan ikke betale skolepengene
uden friplads. Min mand har været ledig siden jul. Hvordan søger man friplads?

Venlig hilsen
Teresa Nowicki
""")

M("", """
Hej Ole

Hvor mange elever fra Ishøj går på privatskole i dag, og hvad koster det kommunen pr.
elev? Jeg har hørt, at lukningen kan få flere til at vælge privat.

Mvh Kristian Wulff
""")

M("u", """
Kære Børne- og Skoleudvalg

Jeg har undervist på Gildbroskolen i 19 år og er tillidsrepræsentant for DLF på skolen.
Lærerne har ikke fået nogen information om, hvad der skal ske med os ved en lukning.
Vi beder om et møde med forvaltningen, før udvalget træffer beslutning.

Med venlig hilsen
Steen Hvidberg
TR, Gildbroskolen
""")

M("", """
Til Børne- og Skoleudvalget

Københavns Vestegns Lærerkreds har følgende bemærkninger til forslaget om
skolestruktur: Vi savner en plan for overflytning af personale og en analyse af
klassekvotienter. Vi opfordrer til, at beslutningen udskydes til efter budgetforhandlingerne.

Med venlig hilsen
Kredsstyrelsen
""")

M("h", """
hej Kirsten

min datter Alma har type 1 diabetes og skolesygeplejersken på Gildbro har lært hele
klassen hvad de skal gøre hvis hun får føling. det tog et år. hvad sker der med det hvis
hun skal skifte skole? jeg sover ikke om natten af det her

Nanna
""")

M("", """
Hej

Skal skolesygeplejersken på Gildbroskolen flytte med til Vibeholm, hvis skolen lukker?
Og hvor mange timer har hun om ugen i dag?

Hilsen
Forældrerådet, 2.B
""")

M("s", """
Kære Kirsten Hvidt

Vi er to fædre til Malthe i 3.B. På Gildbroskolen har vi aldrig mødt spørgsmål om vores
familie, og Malthe har haft det godt. Vi er nervøse for at starte forfra et sted, hvor
andre forældre ikke kender os. Vi håber, udvalget vil gøre noget for at holde klasserne
samlet, hvis lukningen bliver til noget.

Venlig hilsen
Jakob og Morten Lindqvist-Ahl
""")

M("b", """
Kære Borgmester

Jeg har været medlem af Venstre i 30 år og har stemt på partiet hver gang. Men lukningen
af Gildbroskolen er jeg helt uenig i, og jeg har meldt mig ud af den lokale bestyrelse
i protest. Jeg synes, I skal lytte til forældrene.

Med venlig hilsen
Erling Poulsen
""")

M("", """
Kære borgmester

Lukningen af Gildbroskolen er den forkerte prioritering. Spar hellere på konsulenter
og rådhusets ombygning. Skolerne er kommunens fremtid.

Venlig hilsen
Annelise Kvist
""")

M("he", """
Til Borgerrådgiveren

Jeg har klaget til skolen og forvaltningen over, at min søn Mathias ikke har fået den
støtte, han er visiteret til. Han har en hjerneskade efter en trafikulykke og skal have
en støttelærer 10 timer om ugen. Nu siger skolen, at der ikke er råd, fordi skolen
måske lukker. Det synes jeg ikke er en grund. Mathias' cpr er [[170913-4129]].

Venlig hilsen
Charlotte Weng
""")

M("", """
Kære Borgerrådgiver

Jeg vil gerne vide, om I også kan behandle klager over skolestrukturen, eller om det er
en politisk beslutning, I ikke kan se på. Jeg vil ikke klage endnu, bare vide det.

Mvh Søren
""")

M("t", """
Hej Jannik

Vores søn Amir er den eneste elev med tyrkisk baggrund i sin klasse på Vibeholmskolen,
og han bliver kaldt for "tyrkersvin" af nogle af de andre. Nu skal Gildbroskolen lukke
og klassen fyldes op. Jeg er bekymret for mobning. Hvad gør skolen?

Venlig hilsen
Emine Yilmaz
""")

M("", """
Til Børne- og Skoleudvalget

Vi beder om at få statistik på, hvor mange elever med anden etnisk baggrund end dansk
der går på hhv. Gildbroskolen og Vibeholmskolen. Vi er bekymrede for
ghettoiseringen ved en sammenlægning.

Venlig hilsen
Integrationsrådet i Ishøj
""")

M("e", """
Kære Kirsten

Jeg skriver fordi vores familie har en sag i familieafdelingen. Min ældste er anbragt i
en plejefamilie i Ishøj og går på Gildbroskolen. Skolen er det eneste faste i hans liv.
Hvis den lukker, mister han også det. Tænker udvalget på de anbragte børn?

Med venlig hilsen
en mor
""")

M("", """
Hej Kirsten

Hvor mange anbragte børn går på skoler i Ishøj, og får de særlig hensyn ved en
skolelukning? Jeg spørger generelt, til et indlæg i lokalavisen.

Hilsen
Hanne
""")

M("", """
Kære Kirsten

Jeg er godkendt plejefamilie og har netop fået en henvendelse om et barn i
Gildbroskolens distrikt. Hvis skolen lukker, vil barnet blive indskrevet på
Vibeholmskolen fra start? Vi har ikke sagt ja endnu.

Mvh. Dorthe Lund
""")

M("h", """
Hej

jeg var med i demonstrationen mod lukningen i fredags og en af de andre forældre skubbede
mig så jeg faldt og slog hovedet. fik hjernerystelse og var på skadestuen på Hvidovre.
bare så i ved at stemningen er meget ophidset. håber i vil lytte

Mie
""")

M("", """
Kære udvalgsmedlemmer

Vi har samlet 1.842 underskrifter mod lukningen af Gildbroskolen. Listen er vedhæftet med
navn og vej for hver underskriver. Vi afleverer den gerne personligt på rådhuset før
byrådsmødet.

På vegne af Bevar Gildbroskolen
Karin Riis og Thomas Bolt
""")

M("b", """
Kære Karsten

Jeg vedhæfter underskriftsindsamlingen mod skolelukningen. Jeg er selv medlem af
Alternativet og har hjulpet med at samle ind ved Ishøj Station. Vi i partiet mener, at
skolestrukturen bør sendes til borgerhøring. Jeg håber, du vil tage imod listerne på
mødet.

Venlig hilsen
Viggo Larsen
""")

M("he", """
Kære Tanja

Jeg har kræft og er sygemeldt fra mit job som pædagog. Jeg har ikke kræfter til at køre
min søn til Vibeholmskolen hver dag, og min mand arbejder i Roskilde. Jeg er i et
jobafklaringsforløb og har ikke råd til SFO på den nye skole. Hvis skolen lukker, hvad
gør vi så?

Mvh. Helene
""")

M("bt", """
Kære Hanne Lind

Min datter Fatima bærer tørklæde, og på Gildbroskolen har ingen sagt noget om det. Hun er
bange for, at det bliver anderledes på Vibeholm. Vi er fra Pakistan og er muslimer,
og hun har aldrig følt sig anderledes før nu. Kan skolen sikre, at der bliver talt om
det med de nye klassekammerater?

Med venlig hilsen
Nadia Rehman
""")

M("", """
Hej

Hvilke regler gælder for tørklæde i idræt og svømning på kommunens skoler? Vi er i gang
med at skrive en fælles værdierklæring for forældrerådet.

Venlig hilsen
Vibeholmskolens forældreråd
""")

M("p", """
Hej Lars

Vi har et bud på vores hus på Gildbrovej, men køberne har taget forbehold for, om
Gildbroskolen lukker. De har to børn i indskolingen og vil ikke købe, hvis skolen
lukker. Hvornår træffer byrådet beslutning? Vi skal give svar inden 14 dage.

Venlig hilsen
Jonas og Trine Eskildsen
""")

M("", """
Til Økonomiudvalget

Jeg kan se, at skolelukningen står til at spare 6,1 mio. kr. Er udgifterne til
buskort, ombygning af Vibeholmskolen og flytning af inventar regnet med? Budgetnotat
2025-17, side 4, nævner det ikke.

Venlig hilsen
Lars Hørsholt
""")

M("u", """
Til Børne- og Skoleudvalget

Jeg er pædagog i SFO'en på Gildbroskolen og medlem af BUPL. Vi har fået at vide, at der
kommer afskedigelser ved en lukning. Fagforeningen har bedt om, at vi får høring i MED-
udvalget, før beslutningen træffes. Jeg håber, I vil lytte til os.

Med venlig hilsen
Camilla Thorsen
""")

M("h", """
Kære Kirsten

Jeg skriver på vegne af min mor, der er lærer på Gildbroskolen og har været sygemeldt med
stress siden oktober. Hun vil ikke selv skrive, men rygterne om lukningen gør det ikke
bedre. Kan forvaltningen sige noget konkret til personalet snart?

Venlig hilsen
Line Hedegaard
""")

M("", """
Hej

Hvor mange lærere på kommunens skoler er langtidssygemeldte? Jeg har set et tal i
Folkeskolen om Vestegnen, og jeg vil gerne vide, om Ishøj ligger højt.

Mvh Jens Ole
""")

M("e", """
Hej Rasmus

Min datter har fået afslag på specialklasse og skal gå i almindelig klasse på
Vibeholmskolen, hvis Gildbro lukker. Vi har klaget til Klagenævnet for Specialundervisning.
Kan udvalget ikke vente med at flytte hende, til klagen er afgjort?

Mvh. Stine Kofoed
""")

M("", """
Kære udvalg,

Kort høringssvar fra Ishøj Ungdomsskole: Vi anbefaler, at lokalerne på Gildbroskolen
bevares til fritidsaktiviteter og ungdomsskoleundervisning om aftenen. Der er 410
tilmeldte elever i år.

Med venlig hilsen
Ungdomsskoleleder
""")

M("bs", """
hej Maja

er lesbisk og medlem af Socialdemokratiet, og jeg har været med til at lave en
regnbuegruppe i partiet her i Ishøj. vi vil gerne lave et oplæg om trivsel for
LGBT-børn når skolerne slås sammen. kan du hjælpe os med at få det på udvalgets
dagsorden?

Laura
""")

M("", """
Hej

hvornår er der Pride i Ishøj i år? vores klasse vil gerne lave et flag til optoget.

mvh 6.C Gildbroskolen
""")

M("he", """
Til Center for Børn og Forebyggelse

Min søn Lucas er ordblind og har fået bevilget en computer med læseprogram fra PPR.
Computeren står på Gildbroskolen. Hvis skolen lukker, hvem sørger så for at den flytter
med? Hans cpr-nummer er [[0510124673]], hvis I skal finde sagen.

Venlig hilsen
Mette Lauridsen
""")

M("", """
Hej

Vi har fået regning nr. 1105121904 for skolefotografering, men vi har betalt via MobilePay.
Kan I se på det? Elev i 5.A.

Mvh. Karina Bruun
""")
