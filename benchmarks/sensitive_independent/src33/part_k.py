"""corpus33 part K: the last mixed batch - mundane mail, hard negatives, remaining categories."""
from common import M

M("", """Hej

Der er en lygtepæl der blinker ud for Rylevænget 22. Pælen har nummer 14-0378-22 på et skilt.

Mvh Hans""")

M("se", """Hej Ishøj Kommune

Jeg er en kvinde på 62, og min kone Birthe er lige død. Vi var gift i 15 år. Jeg skal vide hvordan jeg får begravelseshjælp og hvem der skal have besked.

Venlig hilsen
Jonna Vedel""")

M("", """Hej. Hvordan søger man om begravelseshjælp, og hvad afhænger beløbet af? Mvh Bedemandsforretningen Vestegnen""")

M("p", """Til Byudvikling

Vi har lavet et købstilbud på den kommunale grund ved siden af vores hus på Tranegilde Strandvej 78 – ca. 200 m2 – for at udvide haven. Vi har ikke hørt noget i tre måneder. Er tilbuddet modtaget?

Mvh Søren og Kirsten Brix""")

M("", """Hej. Jeg har bestilt tid i Borgerservice til den 19.03.25 kl. 10.30 men kan ikke komme. Bookingnr. 190325-1030. Kan tiden flyttes? /Marianne""")

M("u", """hej jeg er tr for Dansk Metal på materielgården og vil bare sige at vi stadig mangler vinterjakker til drengene. kan I sætte skub i det? mvh Søren""")

M("", """Kære byrådsmedlem

Jeg mener at Ishøj skal bruge flere penge på ældreplejen og færre på kunstværker. Det er min klare holdning.

Hilsen Bodil Winther""")

M("s", """Hej

Jeg er biseksuel og har både haft kærester af det ene og det andet køn. Min sagsbehandler i Center for Børn og Forebyggelse har spurgt ind til det i forbindelse med min adoptionsansøgning. Er det relevant?

Mvh Nadja Høyer""")

M("", """Hej, hvordan foregår en adoptionsgodkendelse, og hvilke spørgsmål stiller kommunen? Generelt spørgsmål. Mvh""")

M("p", """Hej

Vi har en aftale med naboen om at købe hans garage-grund på Syvstjernevej, men han har en bank der skal frigive pantet. Det trækker ud. Kan kommunen alligevel godkende vores byggeansøgning på grunden?

Mvh Allan Dyhr""")

M("b", """Hej kommune

Jeg er humanist og medlem af Humanistisk Samfund. Jeg vil gerne høre om man kan holde en ikke-religiøs navngivningsceremoni i Ishøj Medborgerhus.

Mvh Lene Birch""")

M("", """Hej, kan man leje Ishøj Medborgerhus til en navnefest? Pris? /Carsten""")

M("hs", """Hej

Jeg er kvinde og min hustru Gitte har fået konstateret Alzheimers. Hun er 67. Vi vil gerne have hjælp til at forstå hvilke tilbud der er, men jeg vil ikke have at hun skal på plejehjem endnu.

Mvh Anne Sejersen""")

M("", """Hej. Hvor mange plejehjemspladser er der i Ishøj og hvor lang er ventelisten? Mvh journalist, DR Lorry""")

M("u", """Hej

Jeg er TR for Djøf-ansatte i Center for Borger, Økonomi og IT og vil gerne have at lønforhandlingen starter før sommerferien.

Mvh Astrid Holm""")

M("", """Bestilling af affaldsspand: 
Str. 240 l
Adresse: Ishøj Bygade 112
Ordrenr. 040524-1181
Tlf. 43 73 88 01""")

M("p", """Hej

Jeg er ved at købe min søsters halvdel af vores forældres hus på Ishøjgårdsvej 4. Vi er ikke enige om prisen endnu. Kan kommunen oplyse ejendomsvurderingen fra 2022, så vi har et udgangspunkt?

Mvh Kasper Holmboe""")

M("s", """hej!! min bofælle og kæreste Line og jeg (begge piger) har søgt om en større lejlighed via boligselskabet. vi har fået at vide at "søstre" ikke kan stå på samme kontrakt. vi er IKKE søstre lol. mvh Pernille""")

M("", """Hej. Kan to personer stå på samme lejekontrakt hos boligselskaberne i Ishøj? Generelt spørgsmål. /Ole""")

M("ue", """Til hovedpostkassen

Jeg er medlem af Lærernes a-kasse og DLF og skal bruge en erklæring fra kommunen om min ansættelse på Strand Skolen til min dagpengesag. Hvem laver den?

Mvh Birgitte Frost""")

M("p", """Hej. Kolonihaven i Ishøj Strandhaver nr. 87 er til salg (min egen). Der er to interesserede, og jeg vil gerne vide om haveforeningens maksimalpris er kommunens eller foreningens beslutning. Mvh Egon""")

M("se", """Kære Susanne

Jeg er far til to, og min ekskone og jeg er skilt. Jeg har nu en kæreste, Thomas, og min ekskone bruger det imod mig i samværssagen. Hun skriver til skolen at jeg "lever i et homoforhold". Kan du hjælpe?

Mvh Lars Bjerregaard""")

M("", """Hej, hvordan fungerer samværssager mellem kommunen og Familieretshuset? Jeg er studerende. Tak""")

M("", """Hej. Vores vandmåler nr. 2104671198 er frostsprængt. Hvem betaler for den nye? Mvh Irene, Kirkebjerg Allé 12""")

M("b", """Til Kultur og Fritid

Jeg er medlem af Dansk Folkeparti og har været det i 10 år. Jeg synes ikke kommunen skal sponsorere Eid-festen på Ishøj Store Torv, men jeg synes juletræet skal have støtte.

Mvh Knud Erik Lykke""")

M("", """Hej. Hvem arrangerer Eid-festen på Ishøj Store Torv, og får den tilskud fra kommunen? Mvh Henrik""")

M("e", """Hej

jeg har lige fået min første løn efter 2 år på kontanthjælp!!! tak til min jobkonsulent Mette i Jobcenter Ishøj, hun er guld værd. /Jasmin""")

M("", """Hej. Jeg vil gerne rose medarbejderne i Borgerservice for god service da jeg fik nyt pas i går. Hilsen Ella""")
