"""corpus64 part G: housing and money stories with partners, faith and unions; CPR in
signatures and lead-ins; a few negatives."""
from common import M

M("se", """
Hej

Jeg bor sammen med min kæreste Jonas i en lejlighed på Vejlebrovej, og vi er begge mænd. Han har lige mistet sit job, og jeg tjener ikke nok til, at vi kan betale 9.800 kr. om måneden alene. Kan vi søge boligstøtte som par, selvom vi ikke er gift?

Mvh Oliver Brandt
""")

M("sp", """
Kære Kirsten

Min kone og jeg – ja, vi er to kvinder – har fået et købstilbud på vores andelslejlighed i Ishøj Landsby. Vi skal flytte til Fyn for at være tættere på min svigermor. Andelsforeningen vil have en erklæring fra kommunen om, at altanen er lovlig, før køberen kan skrive under.

Mvh Hanne Damsgaard
""")

M("s", """
hej jeg er en fyr på 19 og har lige fået en ungdomsbolig i Ishøj. min kæreste Malthe vil flytte ind. må han det når han ikke står på kontrakten?
/Jakob
""")

M("seh", """
Til Ishøj Kommune

Min mand Søren har fået en blodprop i hjernen og er lam i venstre side. Jeg er også mand, og vi har været sammen i 30 år. Vi har søgt om boligændringer, så han kan komme ind på badeværelset med kørestol, men har fået afslag. Jeg vil gerne klage.

Venlig hilsen
Ebbe Kristensen
CPR for Søren: [[050455-1388]]
""")

M("s", """
Kære borgerrådgiver

Jeg vil gerne klage over en medarbejder i Borgerservice, som sagde "nå, så er det jeres søn?" med et fnis, da min mand og jeg kom for at få pas til vores adoptivsøn. Vi er to mænd, og det er ikke første gang.

Med venlig hilsen
Kasper Aagaard
""")

M("su", """
Hej Helle

Min kone Marie og jeg (to kvinder) er begge lærere på Ishøj Skole og medlemmer af DLF. Vi har en datter på 5. Vi vil bare sige tak for den nye cykelsti til skolen. Den gør en stor forskel.

Mvh Julie Kronborg
""")

M("es", """
Hej

jeg er lesbisk og er blevet smidt ud af mine forældre. jeg er 20 og sover hos venner. jeg har ingen indtægt. hvor kan jeg søge om hjælp og et sted at bo?

Amalie
""")

M("sb", """
Til Ishøj Kommune

Vi er to kvinder og skal giftes i Torslunde Kirke til sommer. Præsten har sagt ja. Vi vil gerne vide, om vi kan leje Torslunde Forsamlingshus til festen bagefter, og hvad det koster.

Med venlig hilsen
Line og Cecilie
""")

M("s", """
Hi,

My wife and I (two women, married in Sweden) just moved into a rental house on Højgårdsvej. We need to register our address and get yellow cards. Do we both need to come to Borgerservice in person?

Thanks,
Emma Lindholm
""")

M("hs", """
Hej

Jeg er biseksuel og har lige fået konstateret angst. Min psykolog foreslår, at jeg tager kontakt til en LGBT-venlig rådgivning i kommunen. Findes der sådan en?

Mvh Sebastian
""")

M("se", """
Kære udvalgsformand

Som regnbuefamilie – vi er to mødre til tvillinger – har vi ofte oplevet, at kommunens blanketter kun har felter til "mor" og "far". Når vi søger om fripladstilskud i SFO, skal vi krydse forkerte felter. Kan I rette det?

Mvh Mette og Rikke Holm
""")

M("es", """
Til Ydelseskontoret

Jeg og min mand, vi er to mænd og gift i 2021, skal skilles. Jeg har brug for hjælp til at betale depositum for en ny bolig. Jeg har vedlagt dokumentation for min indkomst.

Mvh Niels Kjær
Personnr.: [[271182-1095]]
""")

M("bp", """
Til Center for Byudvikling og Natur

Vi er en lille buddhistisk meditationsgruppe, og jeg er selv buddhist og leder gruppen. Vi har fundet et gammelt hus på Tranegildevej, som er til salg, og vi har lagt et bud. Sælger venter på vores svar om, hvorvidt vi kan få lov til at bruge huset til meditation.

Med venlig hilsen
Mikkel Hjort
""")

M("b", """
Hej

Jeg er ateist og synes ikke, at jeg skal betale kirkeskat. Jeg meldte mig ud for 20 år siden, men min skatteopgørelse viser stadig kirkeskat. Hvem skal jeg tale med?

Mvh Torben Lauritsen
""")

M("be", """
Til Jobcenter Ishøj

Jeg er muslim og bærer niqab. Jeg er blevet sendt i virksomhedspraktik i et supermarked, og de siger, at jeg ikke kan arbejde med niqab på. Jeg vil gerne arbejde, men ikke uden niqab. Hvad gør jeg?

Mvh Aisha
""")

M("b", """
Kære Pia

Jeg er medlem af Dansk Folkeparti og var med til at samle underskrifter mod den nye skole. Jeg skriver nu for at høre, om der er kommet svar på vores borgerforslag.

Mvh Henning Kjeldsen
""")

M("bt", """
Hej

Vi er en pakistansk familie og vi skal fejre eid med familien på fredag. Vi vil gerne grille i gården. Må man det i Strandgårdsparken?

Mvh Usman Ali
""")

M("be", """
Til borgerrådgiveren

Jeg har fået afslag på hjælp til konfirmationsfest til min søn Magnus, selvom jeg er på kontanthjælp. Andre har fået det. Det er ikke fair.

Mvh Tina Berg
""")

M("b", """
Hej

Jeg er præst i Ishøj Frikirke og vil gerne leje en stand på julemarkedet for at sælge kager til fordel for vores ungdomsarbejde. Hvordan søger vi?

Mvh Pastor Daniel Mørk
""")

M("bhe", """
Kære Social- og Sundhedsudvalg

Min mor er 89 og bor på Ishøjgård. Hun har altid gået i kirke hver søndag, men nu, hvor hun sidder i kørestol efter et fald, kan hun ikke komme derhen. Kan plejecentret arrangere kørsel til kirken?

Mvh Birthe Nørgaard
""")

M("bhe", """
Hej

Jeg er Jehovas Vidne og vil ikke modtage blod. Jeg skal have en operation og er bange for, at hospitalet ikke respekterer det. Kan kommunen hjælpe? Jeg får i øvrigt førtidspension.

Venlig hilsen
Lis Andersen
""")

M("bt", """
Til borgmesteren

Jeg er jødisk og bor i Ishøj. Jeg har oplevet chikane i min opgang, og nogen har tegnet en davidsstjerne på min dør. Jeg er bange.

Mvh Daniel Levin
""")

M("b", """
Hej Kim

Jeg stemte på Radikale ved sidste valg, fordi I lovede at bevare biblioteket i Torslunde. Nu skal det lukke. Hvad er jeres plan?

Mvh Anne Lise
""")

M("u", """
Hej

Jeg er medlem af FOA og arbejder i hjemmeplejen. Vi har fået nye biler uden vinterdæk. Kan kommunen skifte dem inden vinteren?

Mvh Dorthe
""")

M("ue", """
Til borgerrådgiveren

Jeg er tillidsrepræsentant for BUPL i en af kommunens børnehaver. Jeg er blevet fyret efter 12 år, og jeg mener, det skyldes, at jeg har klaget over normeringerne. Jeg har ingen indtægt nu og skal søge dagpenge.

Mvh Karsten Holm
""")

M("u", """
Hej

Vi er nogle stykker fra forskellige forbund, der bor i Vejleå Park. Vi vil gerne lave en aftenskole om arbejdsret for beboerne. Kan vi låne et lokale?

Mvh Lars
""")

M("ue", """
Kære borgmester

Jeg er medlem af Lederne og har været leder i 15 år. Nu er jeg blevet opsagt, og jeg har svært ved at finde nyt job. Jeg har et hus i Torslunde, som jeg ikke kan betale uden indtægt. Kan kommunen hjælpe med en plan?

Mvh Peter Lindegaard
""")

M("u", """
Hej

Jeg er tidligere medlem af 3F, men meldte mig ud sidste år. Nu har jeg brug for hjælp til en sag om manglende løn. Kan kommunen hjælpe, eller skal jeg melde mig ind igen?

Mvh Tonny
""")

M("hu", """
Til Ishøj Kommune

Jeg er DSR-medlem og sygeplejerske. Jeg har fået en § 56-aftale med min arbejdsgiver pga. min kroniske tarmsygdom. Nu spørger min leder, om kommunen har modtaget den. Kan I bekræfte?

Mvh Sanne Kofoed
[[130379-2290]]
""")

M("eu", """
Hej

Jeg er HK-medlem og har lige fået at vide, at min stilling bliver nedlagt. Jeg vil gerne vide, om jeg kan få hjælp til at betale min husleje, hvis jeg ikke får dagpenge med det samme.

Mvh Birgitte Lund
[[010370-2136]]
""")

M("u", """
Kære udvalgsformand

Som medlem af Dansk Metal og beboer i Ishøj vil jeg gerne foreslå, at kommunen laver flere lærepladser i de kommunale værksteder. Jeg har selv været lærling og ved, hvad det betyder.

Mvh Ole Svendsen
""")

M("", """
Hej

Kan I fortælle mig, hvor mange medarbejdere i kommunen der er medlem af en fagforening? Jeg skriver opgave om organisering i den offentlige sektor.

Mvh Emma, gymnasieelev
""")

M("", """
Hej

Jeg har hørt, at kommunen sælger grunde på Vejlebrovej. Hvordan kommer man i betragtning, og er der en venteliste? Vi har ikke fundet en grund endnu.

Mvh Tobias og Line
""")

M("p", """
Hej

Vi har lagt bud på en af kommunens grunde på Vejlebrovej, nr. 14, og fået at vide, at vi er nummer to på listen. Hvis nummer et springer fra, hvornår får vi så besked?

Mvh Tobias og Line Friis
""")

M("pe", """
Til borgerrådgiveren

Jeg har sat mit hus til salg, fordi jeg er blevet alene efter min kones død, og jeg ikke kan betale lånet på min folkepension. Ejendomsmægleren siger, at der er en tinglyst servitut, som kommunen skal aflyse, før huset kan sælges. Jeg har ventet i fire måneder.

Mvh Arne Vestergaard
""")

M("pt", """
Hej

Min familie er fra Bosnien, og min far har et sommerhus i Ishøj, som han vil sælge. Han har en køber, men køberen vil have et papir om, at huset må bruges hele året. Hvem skal vi spørge?

Mvh Amir Hodžić
""")

M("t", """
Hej

Jeg er halvt ghanesisk, og min datter bliver kaldt grimme ting af naboens børn i vores boligområde. Boligselskabet gør ingenting. Kan kommunen hjælpe?

Mvh Kwame Larsen
""")

M("th", """
Kære Ishøj Kommune

Min mor er fra Vietnam og taler kun vietnamesisk. Hun har fået konstateret diabetes, og hun forstår ikke lægens instruktioner. Kan kommunen hjælpe med en tolk ved lægen?

Mvh Linh Nguyen
""")

M("", """
Hej

Hvordan får man en tolk, når man skal til møde i kommunen? Jeg er frivillig i et netværk for nytilkomne og vil gerne vide, hvad reglerne er.

Mvh Marianne Broe
""")

M("he", """
Hej

Jeg har lige fået diagnosen ADHD, og jeg har svært ved at styre min økonomi. Jeg har gæld til flere kviklånsfirmaer. Kan jeg få en støttekontaktperson?

Mvh Mathias Juhl
[[240601-4411]]
""")
