"""Part K: more long hard negatives, and long letters full of numbers that look like CPR numbers but are not."""
from common import M

M("", """Til Center for Borger, Økonomi og IT

Jeg har et spørgsmål om en opkrævning, og jeg har prøvet at samle alle numre, så I ikke skal lede.

Vi har fået en rykker for ejendomsskat på vores sommerhusgrund ved Tranegilde. Rykkeren har fakturanummer 1504781290, og beløbet er 3.412 kr. Vi har betalt beløbet den 2. oktober fra vores konto i Arbejdernes Landsbank, reg.nr. 5301, kontonr. 0241887. Betalingen er registreret i netbanken med reference 0210251415, og jeg har vedlagt et skærmbillede.

Derudover har vi fået et brev om vandafledningsbidrag med kundenummer 2803661020, og her undrer det os, at beløbet er næsten dobbelt så højt som sidste år. Vores måler har nummer 4451-882 og blev aflæst den 31. august til 214 m³. Sidste år var forbruget 118 m³. Vi har ikke haft nogen læk, som vi ved af, og vi har været i sommerhuset mindre end sidste år.

Kan I se, om der er sket en fejl i aflæsningen? Og kan I tilbagekalde rykkeren, når I har set, at betalingen er kommet?

Jeg kan træffes på 40 18 33 92 efter kl. 16 på hverdage.

Med venlig hilsen
Arne Rosendahl
""")

M("", """Kære byrådsmedlemmer

Jeg skriver som talsperson for en gruppe forældre på Gildbroskolen, der er bekymrede for sikkerheden i skolegården efter ombygningen.

Ombygningen blev færdig i august, og det ser flot ud. Men der er to ting, der bekymrer os. For det første er den nye klatrevæg bygget lige op ad cykelskuret, så børnene kan kravle op på taget af skuret. Vi har set det ske flere gange. For det andet er faldunderlaget under gyngerne allerede slidt ned flere steder.

Vi har skrevet til skolens ledelse, som har sendt det videre til kommunens ejendomsafdeling. Vi har fået et sagsnummer, 82.05.00-G01-12-25, men ingen har været ude at kigge.

Vi ved godt, at det ikke er byrådet, der fører tilsyn med legepladser. Men vi håber, at I kan hjælpe med at få sagen prioriteret, før der sker en ulykke. Der går over 400 børn på skolen, og gården bliver brugt af mange andre om eftermiddagen.

Vi vil gerne mødes med en fra ejendomsafdelingen på skolen en morgen, så vi kan vise, hvad vi mener. Vi kan komme alle dage kl. 7.45.

Med venlig hilsen
Charlotte Winther
på vegne af forældregruppen, Gildbroskolen
""")

M("", """Hej Henrik

Tak for snakken på torvet lørdag. Du bad mig sende mine tanker om cykelstien langs Ishøj Strandvej, så her kommer de.

Jeg cykler hver dag fra Ishøj Landsby til stationen, og strækningen mellem Vejlebrovej og Ishøj Boulevard er farlig. Cykelstien er smal, der er mange huller, og ved busstoppestedet ved nr. 80 skal man ud på kørebanen, fordi folk står og venter på cykelstien. Om vinteren er det endnu værre, fordi den ikke bliver saltet lige så tidligt som vejen.

Jeg har talt med flere naboer, og vi er enige om, at det burde prioriteres. Vi har lavet en lille optælling en tirsdag morgen mellem 7 og 8, og der kom 143 cyklister forbi, heraf mange skolebørn.

Mit forslag er, at man flytter busstoppestedet en smule, så der bliver plads til både ventende og cyklister, og at man lapper hullerne, inden frosten kommer. På længere sigt bør stien udvides.

Jeg ved, at der er lavet en cykelhandlingsplan for 2024-2028. Jeg har læst den, og strækningen står som 'prioritet 2'. Jeg synes, den burde være prioritet 1.

Mange hilsner
Søren Kjeldsen
""")

M("", """Til borgerrådgiveren

Jeg skriver med et generelt spørgsmål om reglerne for aktindsigt, og jeg håber, at I kan vejlede mig.

Jeg er formand for en lille forening af ejere på Industribuen, og vi har i nogen tid fulgt kommunens planer om en ny tilkørselsvej. Vi har bedt om aktindsigt i de dokumenter, der ligger til grund for beslutningen, men har kun fået en del af dem. Resten er undtaget med henvisning til, at de er 'interne arbejdsdokumenter'.

Jeg vil gerne forstå, hvad der gælder. Hvornår kan kommunen undtage dokumenter, og hvordan klager man, hvis man mener, at undtagelsen er forkert? Er det jer, der skal have klagen, eller er det Ombudsmanden?

Jeg har forstået fra jeres hjemmeside, at I ikke kan behandle sager, der ligger hos Ombudsmanden, og det vil jeg selvfølgelig respektere. Men vi er ikke nået dertil endnu.

Vores sag hos kommunen har nummer 01.02.05-P20-3-25, og afgørelsen om delvis aktindsigt er dateret 14. oktober.

Med venlig hilsen
Henning Aagaard
Formand, Ejerforeningen Industribuen
""")

M("", """Kære Social- og Sundhedsudvalg

Jeg vil gerne gøre jer opmærksomme på et problem med tilgængeligheden ved Ishøj Sundhedshus, som jeg har hørt om fra mange i lokalområdet. Jeg skriver på et generelt grundlag og ikke om nogen bestemt.

Hoveddøren er tung og åbner ikke automatisk. Der er en knap, men den virker kun halvdelen af tiden. Det betyder, at folk i kørestol eller med rollator ofte må vente på, at nogen kommer forbi og holder døren. Jeg har selv flere gange holdt døren for andre, og jeg har set folk opgive og gå hjem.

Derudover er skiltningen inde i huset forvirrende. Der står 'Genoptræning' på en dør, men genoptræningen er flyttet til 1. sal, og elevatoren er ofte ude af drift.

Jeg har skrevet til husets administration, som siger, at en ny dør er 'på listen'. Men den har været på listen i mindst et år.

Jeg håber, at udvalget vil se på sagen. Det er et sundhedshus. Det burde være det nemmeste sted i hele byen at komme ind.

Med venlig hilsen
Grethe Bonde
""")

M("", """Kære borgmester

Jeg skriver for at foreslå, at kommunen laver en mindeplade for de gæstearbejdere, der i 1960'erne og 70'erne byggede en stor del af Ishøj. Jeg har i mange år samlet historier fra den tid til lokalhistorisk arkiv.

Mange af dem kom fra Tyrkiet, Jugoslavien og Pakistan og arbejdede på byggepladserne i Vildtbanegård, Strandparken og Ishøj Bycenter. Deres historie er en vigtig del af byens historie, men den er næsten ikke beskrevet. Arkivet har omkring 40 interviews, som vi har lavet de seneste ti år, og der er en udstilling på vej i biblioteket.

Mit forslag er, at der sættes en mindeplade op ved Ishøj Station, hvor mange af dem kom til byen for første gang, og at den bliver indviet næste år, hvor det er 60 år siden de første kom.

Jeg har talt med foreningerne i byen, og der er stor opbakning. Vi har også fået tilsagn om støtte fra en lokal fond, så kommunen skal kun betale for pladen og opsætningen.

Jeg står gerne til rådighed for at fortælle mere.

Med venlig hilsen
Ingrid Nørgaard
Ishøj Lokalhistoriske Arkiv
""")

M("", """Hej Fatima

Jeg skriver på vegne af Ishøj Seniorklub, hvor jeg er næstformand. Vi er omkring 120 medlemmer og mødes hver onsdag i Kulturhuset.

Vi har i længere tid ønsket os en mere fast ordning med transport for de medlemmer, der ikke selv kan komme frem. Nogle bruger Flextur, men det er dyrt, og flere har sagt, at de ikke har råd til at komme hver uge. Vi har undersøgt, om vi kan få en frivillig chauffør med en minibus, men vi mangler en bus.

Vi ved, at kommunen har en minibus, der står stille om onsdagen, fordi den kun bruges til dagcentret mandag, tirsdag og torsdag. Kunne vi låne den?

Vi vil selvfølgelig sørge for forsikring og en chauffør med det rigtige kørekort. Vi har en tidligere buschauffør i klubben, som gerne vil køre.

Jeg vedlægger vores vedtægter og sidste års regnskab, så I kan se, hvem vi er.

Med venlig hilsen
Knud Erik Larsen
Næstformand, Ishøj Seniorklub
""")

M("", """Kære Beskæftigelsesudvalg

Jeg er direktør for et mindre rengøringsfirma i Ishøj med 28 ansatte, og jeg skriver, fordi jeg gerne vil samarbejde mere med Jobcentret om at ansætte ledige. Jeg skriver om virksomheden og ikke om nogen enkelte personer.

Vi har de seneste to år haft fire i virksomhedspraktik, og tre af dem er blevet fastansat. Det er vi glade for. Men samarbejdet har været besværligt. Vi har haft tre forskellige kontaktpersoner i Jobcentret på to år, og hver gang har vi skullet starte forfra.

Mit forslag er, at Jobcentret får en fast virksomhedskonsulent til de mindre virksomheder i Ishøj, som man kan ringe direkte til. Jeg tror, at mange andre små firmaer har det som os.

Jeg vil også foreslå, at Jobcentret holder et årligt møde med de lokale virksomheder, hvor vi kan fortælle, hvad vi har brug for, og de kan fortælle, hvad de kan tilbyde.

Vi er med i Dansk Erhverv, men vi vil gerne have en lokal kontakt.

Med venlig hilsen
Martin Skaarup
Direktør, Skaarup Service ApS
""")

M("", """Kære Kultur- og Fritidsudvalg

Jeg vil gerne rose arrangementet i anledning af Ishøj Pride i august. Der var fyldt ved Ishøj Strand, og stemningen var god. Det var første gang, jeg så så mange forskellige mennesker samlet ét sted i Ishøj, og det gjorde mig glad.

Jeg har et par forslag til næste år. For det første manglede der toiletter. Der var kun to, og køen var lang hele eftermiddagen. For det andet var lyden fra scenen så høj, at det var svært for de ældre at være der. Måske kunne man lave et roligt område lidt væk fra scenen.

Jeg synes også, at arrangementet kunne annonceres bredere, for eksempel i lokalavisen og på biblioteket. Flere af mine bekendte vidste ikke, at det fandt sted.

Tak til de frivillige og til kommunen for at gøre det muligt.

Med venlig hilsen
Bente Lykke
""")

M("", """Til Center for Byudvikling og Natur

Jeg har et spørgsmål om et dokument, jeg har fundet i forbindelse med et dødsbo. Boet er gjort op, og huset er solgt og overtaget af de nye ejere i august, så det er ikke for at få noget ændret i handlen.

Blandt papirerne lå en gammel tilladelse til en garage fra 1976 med løbenummer 170376-0412 og et stempel fra Ishøj Kommune. De nye ejere vil gerne have en kopi af tegningen, som hørte til. Jeg har sagt, at jeg ville spørge.

Kan I finde tegningen i arkivet ud fra det nummer? Og kan den sendes direkte til de nye ejere på Vejlebrovej 52?

Med venlig hilsen
Marianne Juhl
""")
