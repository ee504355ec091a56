"""corpus87 part B: hjælpemidler, handicapbil, ledsageordning and BPA (health,
economy_social, CPR); the depot's opening hours, returns and look-alike numbers as
negatives."""
from common import M

M("he", """
Til Hjælpemiddelteamet

Jeg søger hermed om en rollator. Jeg har slidgigt i begge knæ og er faldet to gange
på vej til Netto. Min læge siger jeg skal have noget at støtte mig til.

Venlig hilsen
Inga Madsen
CPR [[240639-1482]]
Ishøj Bygade 7
""")

M("", """
Hej Hjælpemiddeldepotet

Hvad er jeres åbningstider mellem jul og nytår? Vi har en rollator, vi selv har købt
i Bilka og aldrig fået brugt. Tager I imod den, så andre kan få glæde af den?

Mvh Lene Thorsen
""")

M("he", """
Kære borgerrådgiver

Jeg fik afslag på en handicapbil i juni. Jeg har en muskelsygdom (muskeldystrofi) og
kan ikke gå mere end 50 meter. Jobcentret og visitationen peger på hinanden, og jeg
har nu ventet 4 måneder på at få sagen genvurderet. Er det normalt?

Med venlig hilsen
Thomas Rask
[[020371-3319]]
""")

M("he", """
Til Center for Voksne og Velfærd

Vedr. ledsageordning

Min søster Lisbeth er udviklingshæmmet og bor i egen lejlighed. Hun har 15 timers
ledsagelse om måneden, men ledsageren er sygemeldt, og der er ikke sat nogen ind i
stedet. Hun har ikke været ude siden september.

Venlig hilsen
Anders Bruun
""")

M("", """
Til hovedpostkassen

Hvilke regler gælder for ledsageordningen efter servicelovens § 97? Jeg er ved at
skrive et debatindlæg til Ishøj Avis om at timerne er for få.

Mvh Claus Winther
""")

M("he", """
Hello,

I receive BPA and employ four helpers myself. I have had a spinal cord injury since an
accident in 1998. The November salary payment is late and my helpers have not been
paid. Who can I call today?

Morten Kjær
Phone 40 17 62 58
""")

M("eh", """
Til Visitationen, hjælpemidler

Min mand Ove har fået amputeret venstre ben under knæet pga. sukkersyge. Han kommer
hjem fra Bispebjerg den 12. Vi skal bruge en kørestol, et toiletforhøjer og et
badebræt. Hvordan søger vi hurtigst?

Mvh Ulla
""")

M("", """
Emne: Returnering af badebænk

Hej, vi har fundet en badebænk i kælderen efter de tidligere ejere af huset. Der står
Ishøj Kommune og nr. 1409250077 på. Kan I hente den, eller skal vi selv køre den ud?

Hilsen Peter
""")

M("he", """
Dear Sir or Madam,

I am writing on behalf of my mother, Margaret Holm, who has had a stroke and now
uses a wheelchair. Your assistive devices team delivered a ramp last week, but it is
too steep and she nearly fell backwards. Could someone come and look at it?

Yours faithfully,
David Holm
""")

M("eh", """
Til borgmesterens sekretariat

Kære borgmester

Jeg er 79 og har været blind i 10 år. Kommunen har nu sagt at jeg ikke længere kan
få min ledsager til at tage med i kirke og til frisør, kun til læge. Det betyder at
jeg sidder inde hele ugen. Jeg beder dig se på reglerne.

Venlig hilsen
Sigrid Mathiesen
""")

M("h", """
Hej

Hvad koster det at leje en kørestol i 2 uger? Min bror kommer på besøg fra Jylland
til hans fødselsdag og har sin egen, men den er for bred til vores dør. Vi vil gerne
leje en smallere privat.

Hilsen Bo
""")

M("he", """
Til Hjælpemiddelteamet

Min elektriske kørestol har været til reparation i 3 uger. Jeg har sclerose og kan
ikke komme ud uden den. Lånestolen I gav mig er manuel, og jeg kan ikke selv skubbe.
Hvornår får jeg min stol tilbage?

Jesper Lund
personnr. [[1605682417]]
""")

M("he", """
Kære Social- og Sundhedsudvalg

Vi er forældre til Mikkel på 24, som har cerebral parese og BPA. Kommunen har lagt op
til at skære hans timer fra 168 til 120 om ugen. Han kan ikke være alene om natten fordi
han ikke kan vende sig. Vi beder udvalget se på sagen.

Med venlig hilsen
Karen og Steen Dahl
""")

M("", """
Til Ishøj Kommune

Jeg har fundet en rollator i buskuret ved Ishøj Station. Der står "Ishøj Kommune
Hjælpemidler" og et nummer 4471-22 på. Hvem skal jeg ringe til?

Mvh
Simon
""")

M("eh", """
hej

jeg søgte om et nødkald i august fordi jeg er faldet flere gange og har knogleskørhed.
har stadig ikke hørt noget!!!

Lilly Jepsen, Gildbrovej
[[090832-2040]]
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg har fået bevilget et høreapparat via kommunens høreklinik, men det hyler når jeg
taler i telefon. Kan jeg få det justeret?

Venlig hilsen
Holger Winther
cpr [[071044 1139]]
""")

M("", """
Kære Jakob (byrådsmedlem)

Fortovet på Ishøj Strandvej er så skævt, at det er næsten umuligt at komme frem med
rollator eller barnevogn. Kan du tage det op i Teknik- og Miljøudvalget?

Venlig hilsen
Vera Skov
""")

M("he", """
Til Hjælpemidler

Jeg er 42 og har fået konstateret ALS. Min ergoterapeut på Rigshospitalet siger jeg
skal søge om en trappelift nu, før jeg får brug for den. Jeg bor i rækkehus på to
etager.

Med venlig hilsen
Kristine Bonde
""")

M("u", """
Hej

Jeg arbejder som hjælper i en BPA-ordning i Ishøj og vil høre om kommunen tilbyder
kurser i forflytning for hjælpere? Jeg har spurgt i FOA, hvor jeg er medlem, men de siger
jeg skal spørge jer.

Mvh Ronja
""")

M("eh", """
Til Visitationen

Klage over afslag på støttestrømper

Jeg har lymfødem efter brystkræft og har brugt kompressionsstrømper i 6 år. Nu får jeg
afslag med den begrundelse at det er en behandling og ikke et hjælpemiddel. Jeg kan
ikke betale 1.800 kr. hvert halve år selv. Jeg klager hermed.

Vibeke Andreasen
[[120458–2026]]
""")

M("eh", """
Hej

Vi har fået en plejeseng fra kommunen til min mor. Den skal vel hentes nu hun er flyttet
i plejebolig? Hun bor på Kærbo fra 1. december.

Mvh Jan
""")

M("he", """
Til Center for Voksne og Velfærd

Ansøgning om ledsageordning

Jeg er 31 og har autisme og angst. Jeg kan ikke tage bus alene. Jeg vil gerne kunne
komme til svømning og til min fritidsklub uden at min mor skal køre mig. Derfor søger
jeg om ledsageordning.

Med venlig hilsen
Malthe Vinther
[[280995-4113]]
""")

M("eh", """
Kære borgerrådgiver

Min mor, Solveig Ahlgren ([[150233-0484]]), har fået bevilget en badestol og et
greb ved toilettet efter sin hoftebrud. Montøren har sat grebet i den forkerte side, og
hun kan ikke bruge det. Det er 4 uger siden vi klagede. Jeg er selv hendes
værge: [[300462-1826]].

Venlig hilsen
Annelise Ahlgren
""")

M("", """
Hej

Jeg har kundenr. 0304411187 hos Falck Hjælpemidler. Er det jer der har overtaget
serviceaftalen på min el-scooter, som jeg selv har købt?

Mvh Erik
""")

M("he", """
Hej kommune

Vores handicapbil er 9 år gammel og går i stykker hele tiden. Min søn Oliver har
spinal muskelatrofi og skal ud og køre hver dag til skole og fys. Kan vi søge en ny
nu, eller skal vi vente til den er 10?

Hilsen
Mette Graversen
""")

M("", """
Til byrådet

Hvor mange borgere i Ishøj fik bevilget handicapbil i 2025, og hvor lang er den
gennemsnitlige sagsbehandlingstid? Svar gerne pr. mail.

Venlig hilsen
Dansk Handicap Forbund, lokalafdelingen
""")

M("eh", """
Til Hjælpemiddelteamet

Jeg har fået en ny hofte og vil gerne låne en toiletforhøjer og en strømpepåtager i 6
uger. Det er min nabo som skriver for mig.

Knud Heilmann
Ishøj Søpark 22, 4. tv.
cpr [[0107391163]]
""")

M("he", """
Til hovedpostkassen

Jeg har diabetes 1 og får mine teststrimler og kanyler fra kommunen. Den sidste
levering manglede kanylerne. Kan I sende dem?

Med venlig hilsen
Ida Laursen, [[190502-4418]]
""")

M("", """
Hej

Jeg er ergoterapeut i en privat klinik og vil gerne vide hvem der er kontaktperson på
hjælpemiddelområdet i Ishøj. Vi har en del fælles borgere.

Venlig hilsen
Lærke Holt, ergoterapeut
""")

M("eh", """
Dear Ishøj Municipality,

My husband John has Parkinson's disease and we were granted a stair lift last spring.
It has not been serviced since, and it makes a grinding noise. Who is responsible for
the service, us or the municipality?

Best regards,
Patricia Olsen
""")

M("he", """
Hej visitatoren

Tak for besøget i går. Som aftalt sender jeg udtalelsen fra øjenlægen om min
makuladegeneration, så I kan behandle min ansøgning om en læseskærm.

Hilsen Poul Henning Lyng
[[221136-2517]]
""")

M("", """
Kære udvalgsformand

Vi er en gruppe pårørende der mener at kommunen bør genindføre gratis lån af
rollatorer. Det er en lille udgift for kommunen og en stor hjælp for borgerne. Vi
håber I tager det op.

På vegne af gruppen
Else Bak
""")

M("eh", """
Til Center for Voksne og Velfærd

Min bil er ikke en handicapbil, men jeg fik tilskud til automatgear fra kommunen i 2023
pga. min gigt. Nu skal jeg have ny bil. Kan tilskuddet flyttes med?

Venlig hilsen
Birgit Hald
""")

M("", """
Hej

Jeg vil gerne klage over at bussen 300S ikke kan tage kørestole i myldretiden. Det er
et generelt problem for mange. Hvem tager sig af det, kommunen eller Movia?

Mvh Louise
""")

M("eh", """
hej

min datter Emma på 9 har epilepsi og skal have en anfaldsalarm i sengen. lægen siger
kommunen skal betale. hvordan søger vi?

mvh Rasmus, Emmas far
""")

M("", """
Til Ishøj Kommune

Jeg har modtaget en faktura på 460 kr. fra jeres hjælpemiddeldepot for en transport,
men jeg har ikke bestilt noget. Faktura 1811250412, kundenr. 2206470031. Jeg tror det er
en fejl, måske en med samme navn?

Venlig hilsen
Inger Jørgensen
""")

M("he", """
Kære borgerrådgiver

Min far har demens og har en GPS-tracker fra kommunen, fordi han går ud om natten.
Batteriet holder kun 10 timer, så han står uden den om morgenen. Vi har bedt om en ny
model tre gange.

Hilsen
Kasper Friis
""")

M("eh", """
Til Hjælpemiddelteamet

Vedr. sag 27.36.12-G01-1043-26

Hermed lægeerklæring om min hjertesvigt. Jeg søger stadig om el-scooter så jeg kan
handle selv. Jeg håber I nu kan træffe en afgørelse.

Venlig hilsen
Arne Bjerre
CPR: [[131141-1265]]
""")

M("", """
Hej

Hvordan bliver man leverandør af hjælpemidler til Ishøj Kommune? Vi er et mindre
firma i Greve med CVR 38214467.

Med venlig hilsen
Tanja Kirk, Mobilitet ApS
""")

M("h", """
Hej

Jeg har fået en kørestol fra hospitalet efter min knæoperation, ikke fra kommunen. Må
jeg tage den med i aktivitetscentrets bus, eller fylder den for meget?

Vh Gitte
""")

M("eh", """
Til Hjælpemiddeldepotet

Vi henter den bevilgede rollator til min far Henrik Borup på fredag kl. 10, som aftalt
i telefonen. Bevillingsnr. 2025-11873.

Mvh Sanne Borup
""")

M("su", """
Til Hjælpemiddeldepotet

Min mand Carl og jeg er begge gamle 3F'ere og hjælper til på 3F's seniordag. Vi vil
gerne vise, hvilke hjælpemidler man kan låne af kommunen. Har I nogle brochurer, vi kan
hente på lørdag?

Mvh Peter Frandsen
""")

M("tb", """
Kære byrådsmedlem

Jeg er armensk af afstamning og medlem af den armenske kirke i København. Jeg vil gerne
foreslå, at kommunen sætter bænke op langs stien til Ishøj Strand, så vi ældre kan
hvile.

Venlig hilsen
Anahit Sarkisian
""")

M("pu", """
Hej

Jeg er tidligere TR i FOA og skal sælge mit rækkehus på Gildbrovej. Ejendomsmægleren
spørger om trappen ved indgangen er godkendt. Kan I se det i jeres papirer?

Hilsen
Lis Bjerregaard
""")
