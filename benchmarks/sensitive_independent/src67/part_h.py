"""corpus67 part h: hard negatives on safety, preparedness and charities, plus mixed cases."""
from common import M

M("", """
Til Teknik- og Miljøudvalget

Politiets nye tal viser at vold på gaden i Ishøj er faldet med 12 procent, mens
indbrud er steget. Hvordan bruger kommunen tallene i den kriminalpræventive indsats? Jeg
er medlem af Det Kriminalpræventive Råd lokalt og vil gerne forberede næste møde.

Med venlig hilsen
Erik Dahl
""")

M("", """
Hej

Hvornår er der tryghedsvandring i Vildtbanegård i år? Sidste år gik vi med
boligselskabet og SSP og fandt mange mørke steder. Vi vil gerne have flere beboere med.

Mvh Beboerrådet
""")

M("", """
Kære borgmester

Jeg så på TV 2 Lorry at der var en knivstikkeri ved Ishøj Station i går aftes. Hvad gør
kommunen for at gøre området trygt? Jeg tager toget hver morgen kl. 6.

Venlig hilsen
Gitte Vestergaard
""")

M("", """
Til hovedpostkassen

Hvor ligger kommunens krisecenter for kvinder, og hvem driver det? Jeg er nyansat i en
lægepraksis i Ishøj og vil gerne kunne henvise patienter.

Venlig hilsen
Sekretær Pia Lindhardt, Lægehuset Ishøj
""")

M("", """
Til Økonomiudvalget

Hvordan finansieres krisecentret i Ishøj? Får det penge fra staten via satspuljen, eller
betaler kommunen det hele? Jeg sidder i Ishøj Borgerforening og vi diskuterer budgettet.

Venlig hilsen
Jørgen Skaarup
""")

M("", """
Hej Ishøj Kommune

Vi holder velgørenhedskoncert i Ishøj Kirke den 17. december til fordel for Kirkens
Korshærs natvarmestue. Må vi hænge plakater op på biblioteket og i rådhushallen?

Med venlig hilsen
Koret Ishøj Vokal
""")

M("", """
Til borgerrådgiveren

Er det jer, man skal kontakte, hvis man har et generelt spørgsmål om hvordan kommunen
behandler underretninger? Jeg vil ikke klage, bare forstå processen.

Mvh Lars
""")

M("", """
Kære Social- og Sundhedsudvalg

DR havde i går et indslag om en kvinde, der døde efter vold fra sin mand, selvom
kommunen havde fået flere underretninger. Det skete ikke i Ishøj, men jeg vil høre
hvordan kommunen sikrer, at det ikke sker her.

Med venlig hilsen
Marianne Lykke
""")

M("", """
Til hovedpostkassen

Kommunen bør sende en sms ud, når der er fare for oversvømmelse. Under stormen i januar
fik vi ingen besked i vores område ved stranden. Andre kommuner bruger det.

Mvh Svend Åge
""")

M("", """
Hej

Hvor kan jeg aflevere en donation til Ishøj Herberg? Det er en check fra vores firmas
julefrokost. Beløbet er 12.500 kr.

Med venlig hilsen
Nordic Print A/S, Sanne Kolding
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har set at der skal bygges et nyt krisecenter på Vejlebrovej. Hvornår er der
borgermøde om byggeriet? Jeg er nabo og er ikke imod det, men vil gerne kende trafikken.

Venlig hilsen
Hans Jørgen Friis
""")

M("", """
Til Kultur- og Fritidsudvalget

Ishøj Lokalhistoriske Arkiv vil lave en udstilling om oversvømmelsen i 1872 og stormen
i 1999. Har kommunen fotos fra beredskabets arbejde dengang, som vi må låne?

Med venlig hilsen
Arkivleder Birgitte Holm
""")

M("", """
Hello,

I am a journalist from a Swedish newspaper writing about Danish municipalities' shelters
for homeless people. Could someone from Ishøj Kommune give a short interview about the
number of beds and the winter plan?

Best regards,
Erik Lindqvist, Sydsvenskan
""")

M("", """
Hej

Vi er en gruppe fra en moskéforening der vil uddele varm mad til hjemløse på torvet hver
fredag i vinter. Skal vi søge tilladelse til en madvogn, og hvor?

Med venlig hilsen
Foreningen Fællesskab, kontaktperson Bilal
""")

M("", """
Til Børne- og Skoleudvalget

Jeg vil foreslå, at skolerne i Ishøj får undervisning i førstehjælp og brandsikkerhed i 7.
klasse. Det gør man i Greve, og det virker godt.

Med venlig hilsen
Camilla Søgaard, forælder
""")

M("", """
Til Center for Voksne og Velfærd

Jeg arbejder i Kirkens Korshær og vil gerne høre, om kommunen vil være med til at
finansiere en ekstra nattevagt på varmestuen i januar og februar.

Med venlig hilsen
Leder Poul Bang, Kirkens Korshær
""")

M("", """
Kære borgmester

Jeg har læst i Ishøj Avis at kommunen vil lave en ny beredskabsplan for hedebølger og
skybrud. Bliver planen sendt i høring, og kan borgerne komme med input?

Venlig hilsen
Mona Rasmussen
""")

M("", """
Hej

Hvornår er der åben rådgivning om gæld i Ishøj i december? Jeg har set en plakat om
Gældsrådgivningen på biblioteket, men der stod ikke datoer. Jeg vil gerne fortælle det til
mine naboer.

Mvh Tove Bach
""")

M("", """
Til hovedpostkassen

SV: Indsamling

Tak for svaret. Vi har nu fået tilladelse fra politiet til indsamlingen for Danske
Hospitalsklovne den 9. maj. Må vi låne borde fra rådhuset?

> Kære Ulla, I skal have politiets tilladelse først.

Ulla Kragh, Ishøj Rotary
""")

M("", """
Til Center for Børn og Forebyggelse

Hvad er SSP's telefonnummer? Jeg er formand for Ishøj Ungdomsklub og vil gerne have
en oplægsholder om bandekriminalitet til vores forældremøde.

Venlig hilsen
Dennis Brandt
""")

M("", """
Kære dagsordensamler

Kan følgende komme på næste møde i Social- og Sundhedsudvalget: en drøftelse af
ventetiden på en plads på herberget om vinteren generelt, og om kommunen kan købe flere
pladser i nabokommunerne?

Med venlig hilsen
Ældrerådet v/ Ruth Bagge
""")

M("", """
Hej

Der er blevet sprøjtet graffiti på muren ved krisecentret igen. Det er ikke pænt for
kvinderne der bor der. Hvem fjerner det? Jeg bor overfor.

Mvh Henrik Storm
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg skal sælge mit sommerhus-lignende hus ved Ishøj Strand, og køberen spørger om huset
ligger i et område, der er udpeget som risikoområde for oversvømmelse. Kan I sende en
skriftlig bekræftelse? Vi skal underskrive på fredag.

Med venlig hilsen
Ulla Riis
""")

M("pb", """
Kære Økonomiudvalg

Ishøj Moskéforening har givet et bud på kommunens gamle børnehave på Vejlebrovej. Jeg er
selv medlem af moskéen og har været med til at samle pengene ind. Vi håber at I vil tage
stilling til buddet inden ramadanen, hvor vi beder i lejede lokaler.

Med venlig hilsen
Abdelkader Mansour
""")

M("pe", """
Hej

Min mor er død og jeg er eneste arving. Hendes lejlighed i Ishøj Strandpark er sat til
salg, og der er et bud. Hun havde en gæld til kommunen for ejendomsskat. Skal den betales
før salget kan gennemføres?

Mvh Anders Kofoed
""")

M("pb", """
Til borgmesteren

Jeg er kandidat for Dansk Folkeparti ved næste valg og ejer en grund i Torslunde, som jeg
er ved at sælge til en udvikler. Handlen afventer kommunens svar om vejadgang. Jeg håber
ikke min politik påvirker sagsbehandlingen.

Med venlig hilsen
Bjarne Hove
""")

M("b", """
Hej

Jeg er med i Extinction Rebellion og vil gerne demonstrere stille foran rådhuset under
byrådsmødet om skybrudssikring. Skal vi anmelde det til kommunen eller kun til politiet?

Mvh Signe
""")

M("b", """
Til Kultur- og Fritidsudvalget

Vi er en familie, der fejrer Hanukkah, og vores søn på 8 vil gerne tænde lys på torvet
sammen med sine klassekammerater. Må vi stille en menora op på torvet i otte dage?

Venlig hilsen
Familien Levin
""")

M("be", """
Til Center for Voksne og Velfærd

Min far, som er 91 og bor på Plejecenter Bøgely, har altid gået i kirke om søndagen.
Nu kan han ikke komme med, fordi der ikke er personale til at følge ham. Kan det ændres?

Med venlig hilsen
Jytte Vestergaard
""")

M("p", """
Til borgerrådgiveren

Jeg er sælger af et hus i Ishøj Landsby, og kommunen har i 8 uger ikke svaret på
køberens ansøgning om lovliggørelse af en carport. Køberen truer med at træde tilbage. Jeg
vil gerne klage over sagsbehandlingstiden.

Med venlig hilsen
Torben Ahlgren
""")

M("eb", """
Til hovedpostkassen

Jeg er veganer af etiske grunde og bor på et herberg i kommunen. Der er ingen vegansk mad,
og jeg får kun brød. Jeg har ikke råd til at købe mad selv. Hvad er reglerne?

Mvh Johan
""")

M("p", """
Hej

Vi har fået et bud på vores hus, men køberens bank vil ikke låne, før kommunen har
bekræftet, at den nye cykelsti ikke tager en del af grunden. Kan I bekræfte det? Adressen
er Gildbrovej 31.

Mvh Familien Nørgaard
""")

M("be", """
Til borgerrådgiveren

Min datter på 14 er blevet konfirmeret i maj, og nu har kommunen afslået vores ansøgning om
enkeltydelse til tøj, fordi konfirmationen var forbi. Jeg synes det er urimeligt, fordi vi
søgte i april. [[120479-2218]]

Med venlig hilsen
Dorthe Friis
""")

M("", """
Til Teknik- og Miljøudvalget

I forbindelse med den landsdækkende sirenetest den første onsdag i maj vil jeg spørge, om
sirenen ved Ishøj Skole virker. Vi hørte den ikke sidste år.

Venlig hilsen
Per Holst
""")

M("t", """
Hej

Jeg er fra Kroatien og skriver for at spørge om min søn kan få tilbudt dansk som
andetsprog i skolen, selvom han er født i Danmark. Vi taler kroatisk derhjemme.
Hans cpr: [[0312164019]]

Mvh Ivana Marić
""")

M("", """
Kære Social- og Sundhedsudvalg

Vi er frivillige i Ishøj Frivilligcenter og tilbyder gratis lektiehjælp og hjælp til at
læse breve fra kommunen. Må vi lægge folder på jobcentret og i borgerservice?

Venlig hilsen
Frivilligcentret
""")

M("h", """
Hej

jeg faldt på isen ved Ishøj Bycenter i går og har brækket håndleddet. der var ikke saltet.
hvem kan jeg sende regningen for fysioterapi til? ortopæden siger 12 behandlinger

Mvh Lone Rask
""")

M("pt", """
Til Center for Byudvikling og Natur

We are an Indian family living in Copenhagen, originally from Kerala. We have made an offer
on a house in Ishøj (Tranegilde Strandvej 9), and the seller has accepted, subject to
the kommune approving a small extension. How long does it take?

Best regards,
Priya and Arjun Menon
""")

M("", """
Til hovedpostkassen

Kan kommunen oplyse, hvor mange familier der har fået hjælp efter brande i kommunale
boliger de sidste fem år? Jeg skriver til Ishøj Avis. Jeg har ikke brug for navne.

Venlig hilsen
Journalist Ida Brix
""")

M("pu", """
Hej Ishøj

Jeg er medlem af FOA og har fået fast job i Næstved. Vi har derfor sat vores hus på
Gildbrovej til salg, og vi har et bud. Køberen vil have lov til at overtage den kommunale
lejeaftale for garagen. Er det muligt?

Mvh Charlotte Vind
""")

M("", """
Til borgerrådgiveren

Jeg har en forsikringspolice nr. 1802770044 hos et forsikringsselskab, og de siger at
kommunen skal bekræfte at stormen var en stormflod. Er det jer eller Stormrådet?

Med venlig hilsen
Anette Bang
""")

M("pt", """
Til direktionsassistenten

Vi er en kinesisk familie, og vi er ved at købe et restaurantlokale i Ishøj Bycenter. Sælger
og vi har aftalt prisen, men kontrakten er betinget af en ny brugstilladelse til køkken.
Hvornår kan den komme?

Med venlig hilsen
Wei Zhang
""")
