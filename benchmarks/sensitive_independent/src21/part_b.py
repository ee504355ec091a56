"""corpus21 part B: housing, integration, ghetto-list debate, ethnicity in the local debate."""
from common import M

M("", """Kære borgmester

Jeg er imod nedrivningen af blok 4-7 i Vejleåparken. Det giver ingen mening at rive 200 boliger ned, der lige er renoveret, bare for at komme af en liste i Folketinget. Hvor skal folk bo? Byrådet burde have kæmpet imod loven i stedet for at føje sig.

Med venlig hilsen
Henrik Sejersen""")

M("t", """Kære borgmester

Jeg bor i blok 6 i Vejleåparken og har fået brev om, at vi skal genhuses. Jeg kom til Danmark fra Somalia i 1998 og har boet i den samme lejlighed i 22 år. Mine børn er vokset op her. Jeg føler, at loven er lavet for at få os, der ikke er etnisk danske, ud af området. Jeg vil gerne vide, om kommunen kan hjælpe med en bolig i nærheden af mine børns skole.

Venlig hilsen
Faduma Hirsi""")

M("", """Til byrådet

Parallelsamfundsloven bruger begrebet "ikke-vestlig baggrund" som kriterium. Jeg mener, det er diskriminerende, og at Ishøj Kommune officielt burde tage afstand fra det. Andre kommuner har sendt protestbreve til ministeren. Hvorfor ikke Ishøj?

Med venlig hilsen
Søren Thrane""")

M("t", """hej Mette. jeg er født i ishøj men mine forældre er fra tyrkiet og folk kalder mig stadig "perker" på gaden. i siger at integrationen går godt. det gør den ikke for os der er vokset op her. vi er danske men ingen ser os som det. /Emre, 19""")

M("", """hej Mette, mange unge i Ishøj føler sig ikke set. lav flere ungdomsklubber i stedet for flere kameraer. /Ali""")

M("", """Til Integrationsrådet, att. sekretariatet

Kan rådet oplyse, hvor mange flygtninge Ishøj har modtaget i 2024 og hvor mange der er kommet i job eller uddannelse efter tre år? Jeg skal bruge tallene til en opgave på VUC.

Venlig hilsen
Sarah Lindholm""")

M("te", """Kære Integrationsrådet

Jeg er flygtning fra Syrien og kom til Ishøj i 2016. Jeg har gået på sprogskole og taget en uddannelse som social- og sundhedshjælper. Nu er jeg på kontanthjælp igen, fordi mit job blev nedlagt. Jobcentret siger, at jeg skal søge 25 job om ugen. Jeg vil gerne arbejde, men jeg bliver ikke kaldt til samtale. Jeg tror, det er på grund af mit navn.

Med venlig hilsen
Hassan Al-Khatib""")

M("", """Til borgmesteren

Jeg læste, at Ishøj har en højere andel af borgere med indvandrerbaggrund end landsgennemsnittet. Hvad gør kommunen for at sikre, at alle børn kan dansk ved skolestart? Jeg er ikke imod indvandring, jeg vil bare gerne vide, hvad planen er.

Venlig hilsen
Anette Brønd""")

M("t", """Kære borgmester

Min kone og jeg er fra Polen og har boet i Ishøj i 11 år. Vi har begge arbejde og betaler skat. Alligevel oplever vi, at vores naboer ikke vil hilse på os, og sidste uge fik vi en seddel i postkassen om at "rejse hjem". Vi har meldt det til politiet. Vi skriver til dig, fordi vi gerne vil have, at kommunen tager det alvorligt.

Med venlig hilsen
Tomasz og Agnieszka Nowak
Tranegårdsvej 18, 2635 Ishøj""")

M("", """Kære Kultur- og Fritidsudvalg

Jeg foreslår en mangfoldighedsfestival i Ishøj Bypark til sommer med mad, musik og foreninger fra hele verden. Mange af kommunens borgere kommer fra andre lande, og det kan vi være stolte af.

Med venlig hilsen
Dansk Folkeoplysning Ishøj v/ Marianne Welling""")

M("", """Det er sgu for meget med alle de tolke. Lær dansk eller find en anden kommune. Hilsen en skatteyder""")

M("t", """Til byrådsmedlem Ahmad Rashid

Jeg har en tyrkisk-kurdisk baggrund, og jeg oplevede i sidste uge, at vagten på rådhuset bad mig vise legitimation, mens den danske kvinde foran mig bare gik ind. Jeg ved ikke, om det var bevidst, men det føltes sådan. Jeg vil gerne vide, om kommunen har en politik mod forskelsbehandling.

Venlig hilsen
Zeynep Demir""")

M("", """Til byrådsmedlem Ahmad Rashid

Har kommunen en politik mod forskelsbehandling af borgere ved skranken? Jeg vil gerne se den.

Venlig hilsen
Ida Boesen""")

M("p", """Kære borgmester

Vi er ved at sælge vores rækkehus på Tangsøparken 12, og køberen har i går trukket sig, fordi han har hørt, at kommunen vil lave en ny lokalplan med en vej bag haverne. Vi har allerede købt en lejlighed i Greve og risikerer at sidde med to boliger. Kan I bekræfte, om planen er reel?

Venlig hilsen
Jacob og Louise Hammer""")

M("", """Kære borgmester

Er det rigtigt, at lokalplan 1.84 indeholder en ny vej bag rækkehusene på Tangsøparken? Jeg kan ikke finde forslaget på hjemmesiden. Som grundejer vil jeg gerne kunne afgive høringssvar.

Venlig hilsen
Grundejerforeningen Tangsø v/ Preben Mark""")

M("p", """Til Teknik- og Miljøudvalget

Jeg er ejer af en andelsbolig i A/B Strandhaven og har sat den til salg. Vi har en interesseret køber, der har givet et bud på 1,65 mio., men hun afventer udvalgets beslutning om den nye cykelsti, som skal gå tværs gennem vores fælles grønne område. Kan sagen fremskyndes?

Med venlig hilsen
Helle Buch""")

M("", """Til Teknik- og Miljøudvalget

A/B Strandhaven er imod cykelstien gennem vores grønne område. Generalforsamlingen har vedtaget en udtalelse, som vi vedlægger. Vi foreslår, at stien føres langs Ishøj Strandvej i stedet.

Bestyrelsen, A/B Strandhaven""")

M("", """Kære borgmester

Vi købte vores hus på Vibelundsvej i 2019, og handlen har været på plads længe. Nu vil kommunen lave en ny lokalplan, der tillader fire etagers byggeri lige overfor. Det forringer vores udsigt og sikkert også værdien. Har vi ret til kompensation?

Med venlig hilsen
Lene og Bo Thorsen""")

M("pe", """Hej Jens

Vi bliver nødt til at sælge huset i Torslunde. Banken har sagt op for vores lån, efter at jeg blev fyret, og hvis vi ikke får solgt inden 1. marts, ender det på tvangsauktion. Ejendomsmægleren siger, at folk er bange for at byde, fordi der er usikkerhed om den nye motorvejsstrækning. Kan du fortælle, hvornår byrådet beslutter sig?

Mvh Kristian""")

M("", """Hej Jens. Hvornår beslutter byrådet sig om motorvejsstrækningen ved Torslunde? Det er svært at planlægge noget som helst. /Kristine""")

M("p", """Til borgmesterens PA

Jeg har givet et bud på kommunens gamle børnehavebygning på Baldersbo 3, som er sat til salg via mægler. Jeg har hørt, at der er en anden byder, og at sagen skal behandles i Økonomiudvalget den 12. Må jeg deltage i mødet, eller kan jeg sende et supplerende brev?

Med venlig hilsen
Niels Overby, Overby Tømrer ApS""")

M("", """Til borgmesteren

Hvorfor sælger kommunen den gamle børnehave på Baldersbo til en privat investor i stedet for at lave den om til et medborgerhus? Bygningen er kommunens fælles eje.

Venlig hilsen
Beboerforeningen i Baldersbo""")

M("", """Til Økonomiudvalget

Jeg vil gerne se listen over de kommunale grunde og bygninger, der er sat til salg i 2025, og hvordan salgene annonceres. Efter udbudsreglerne skal offentlige ejendomme sælges i offentligt udbud. Er det sket i sagen om Baldersbo?

Med venlig hilsen
Torben Kiær""")

M("s", """Kære Anne-Mette

Min mand Jonas og jeg har ansøgt om at blive plejefamilie. Vi blev godkendt i sommer, men nu har vi ventet fire måneder, og vi har hørt fra en anden familie, at "to fædre" ikke er første valg hos visitationen. Jeg håber, det ikke er rigtigt. Vi vil bare gerne give et barn et trygt hjem.

Med venlig hilsen
Mikkel Strand""")

M("", """Kære Anne-Mette

Jeg synes, det var et godt initiativ, at kommunen flagede med regnbueflaget under Copenhagen Pride. Hvorfor ikke gøre det hvert år?

Hilsen Mia""")

M("s", """hej, jeg er 17 og bi og går på Ishøj Gymnasium. der er ikke noget sted i Ishøj hvor man som ung LGBT+ kan mødes. i Albertslund har de en klub. kan byrådet ikke lave sådan en her? /Noah""")

M("", """Til Kultur- og Fritidsudvalget

Foreningen Regnbuen Vestegnen søger om lokaler i Ishøj Kulturhus to aftener om måneden til et mødested for LGBT+ unge. Vi vedlægger vores vedtægter og budget.

Med venlig hilsen
Regnbuen Vestegnen, bestyrelsen""")

M("s", """Kære borgmester

Min kone Camilla og jeg blev gift på rådhuset i 2021, og vi var så glade for den ceremoni. Nu er vi blevet mødre, og vi har oplevet, at sundhedsplejersken insisterede på at tale med "faderen". Det er en lille ting, men jeg håber, kommunens skemaer kan blive opdateret, så de passer til familier som vores.

Med venlig hilsen
Julie Frederiksen""")

M("", """Til borgmesteren

Kommunens digitale skemaer til sundhedsplejen har stadig felterne "mor" og "far". Det passer ikke til mange familier i dag, fx enlige forsørgere eller plejeforældre. Kan det ændres?

Venlig hilsen
Tine Bækgaard""")

M("b", """Kære byrådsmedlem

Jeg er muslim og går på arbejde hver dag som buschauffør. I debatten om moskéen på Industrivej bliver vi fremstillet som om, vi ikke hører til. Jeg beder jer om at holde debatten saglig. Moskéen er for mig et sted, hvor jeg beder og møder mine venner, ikke et politisk projekt.

Venlig hilsen
Yusuf Karaca""")

M("", """Til Teknik- og Miljøudvalget

Vedr. ansøgning om landzonetilladelse til moské på Industrivej 44: Vi er en gruppe naboer, der er bekymrede for parkeringsforholdene fredag middag. Vi er ikke imod moskéen som sådan, men vi ønsker en trafikplan.

På vegne af Erhvervsgruppen Industrivej
Jørgen Kjeldsen""")

M("", """Hvornår er der høringsfrist på moskésagen på Industrivej? Jeg kan ikke finde den. Mvh Malene""")

M("b", """Kære Lars

Som menighedsrådsmedlem i Ishøj Kirke og praktiserende kristen vil jeg sige, at jeg støtter, at muslimerne får deres moské. Religionsfrihed gælder for alle. Jeg håber, byrådet giver tilladelsen.

Med venlig hilsen
Kirsten Marie Holmgaard""")

M("", """Kære Lars

Ishøj Kirkes menighedsråd ønsker at gøre opmærksom på, at kirkegårdens udvidelse er forsinket, fordi kommunen ikke har færdigbehandlet lokalplanen. Vi beder om en status.

Ishøj Menighedsråd, formanden""")

M("", """Kære byrådet

Jeg vil bare sige at jeg er imod at der bygges en moske i Ishøj. Der er rigeligt af dem i København. Vh Poul""")

M("bt", """Kære Mette Kragh

Tak for dit svar på mit spørgsmål om bederum på gymnasiet. Du skrev:

> Vi har ikke kompetence over gymnasierne, men jeg forstår godt problemet.

Det er fint, men jeg vil gerne fortælle, at min datter, som bærer tørklæde, har fået at vide af en lærer, at "hun burde tage det af, hvis hun vil være rigtig dansk". Vi er pakistanske og muslimer, og min datter er født på Hvidovre Hospital. Hun er lige så dansk som læreren.

Med venlig hilsen
Farah Qureshi""")

M("", """Kære Mette Kragh

Hvad er kommunens holdning til tørklæder hos kommunens ansatte i borgerrettede funktioner? Jeg har hørt, at der er forskellige regler i forskellige centre.

Venlig hilsen
Bjarne Hald""")

M("e", """Til borgmesteren

Jeg bor på herberget på Ishøj Strandvej siden august, efter at min kæreste smed mig ud. Jeg står på venteliste til en akutbolig, men de siger, at der kan gå et år. Jeg har et job på en tankstation, men jeg kan ikke finde en lejlighed til under 9.000. Kan kommunen ikke gøre noget ved manglen på billige boliger?

Mvh Dennis Lund""")

M("", """Til borgmesteren

Ishøj mangler billige boliger til unge. Lav flere ungdomsboliger ved stationen i stedet for flere dyre ejerlejligheder.

Mvh Ungdomsrådet""")

M("", """Til Boligudvalget

Jeg har set, at boligselskabet har ansøgt om at lave 40 af deres familieboliger om til ungdomsboliger. Hvordan påvirker det ventelisten for familier? Hvor mange står på den kommunale boliganvisnings venteliste i dag?

Venlig hilsen
Stine Kaspersen""")

M("eth", """Kære Integrationsrådet

Jeg hedder Olena, jeg er fra Ukraine og kom hertil med min søn i 2022. Min søn har PTSD efter bombningerne i Kharkiv og går til psykolog. Vi bor i en midlertidig bolig, og nu har kommunen skrevet, at vi skal flytte, fordi særloven udløber. Jeg har ikke arbejde endnu og får selvforsørgelsesydelse. Hvor skal vi bo?

Med venlig hilsen
Olena Kovalenko""")

M("", """Kære Integrationsrådet

Hvor mange ukrainske flygtninge bor i Ishøj i dag, og hvad sker der med de midlertidige boliger ved Tranegildeskolen, når særloven udløber?

Venlig hilsen
Kurt Brix""")

M("t", """hej byråd. jeg er grønlænder og har boet i ishøj i 5 år. jeg vil bare sige at I aldrig nævner os når I taler om integration. der er mange grønlændere her der har brug for hjælp med fx at forstå breve fra kommunen. tak. Naja""")

M("", """Til byrådet

Kommunen bør have en grønlandsk kontaktperson i Borgerservice ligesom i Aalborg og Odense. Mange grønlændere på Vestegnen har svært ved at navigere i de danske systemer.

Med venlig hilsen
Kalaallit Illuutaat-foreningen, Vestegnen""")

M("p", """Kære borgmester

Vi har en betinget købsaftale på et kolonihavehus i H/F Lillevang. Handlen er betinget af, at kommunen forlænger lejekontrakten på området ud over 2030. Sælger er nervøs, og vi risikerer at miste huset. Hvornår tager byrådet stilling til forlængelsen?

Mvh Louise og Anders Kirk""")

M("", """Til byrådet

Haveforeningen Lillevang vil gerne invitere alle byrådsmedlemmer til åbent hus den 24. august, hvor vi fortæller om foreningens historie og håb for fremtiden. Vi har 110 haver og en lang venteliste.

Med venlig hilsen
H/F Lillevang, bestyrelsen""")

M("", """Kære Økonomiudvalget

Jeg vil gerne vide, hvad kommunen fik for salget af grunden ved Ishøj Havn til Nordhavn Invest A/S i 2023. Handlen er afsluttet, men prisen blev aldrig offentliggjort. Det bør den være.

Med venlig hilsen
Villy Svendsen""")

M("tb", """Til byrådsmedlem Hanne Friis

Jeg er sigøjner/roma af oprindelse, og min familie har boet i Ishøj i tre generationer. Jeg har forsøgt at leje et lokale i kulturhuset til min datters konfirmationsfest, men jeg fik at vide, at de "ikke lejer ud til den slags fester". Jeg ved godt, hvad det betyder. Jeg vil have en forklaring.

Med venlig hilsen
Milan Stojanović""")

M("", """Til byrådsmedlem Hanne Friis

Hvad er reglerne for udlejning af lokaler i kulturhuset til private fester? Må man leje til konfirmationer og bryllupper? Og hvad koster det?

Venlig hilsen
Birthe Holck""")

M("e", """Hej Jesper

Du svarede mig på Facebook, at jeg skulle skrive på din Ishøj-mail i stedet, så det gør jeg her. Jeg har fået en underretning fra skolen om min søn, og nu skal vi til møde med familieafdelingen. Jeg forstår ikke hvad det handler om, og ingen vil fortælle mig noget. Kan du forklare hvordan det foregår?

Mvh Natasja Berg""")

M("", """Hej Jesper

Hvordan foregår det, når skolen sender en underretning til kommunen? Hvem beslutter, hvad der skal ske? Jeg spørger fordi vi skal diskutere det i skolebestyrelsen.

Mvh Ole Dam, skolebestyrelsesformand""")

M("", """Kære borgmester

Jeg synes, kommunen skal holde op med at bruge ordet "ghetto" i sine dokumenter. Ordet er fjernet fra loven. Det stigmatiserer de tusinder af mennesker, der bor i vores almene boligområder.

Med venlig hilsen
Anne Sofie Lindberg""")

M("tb", """Kære Ahmad

Jeg er palæstinenser og kristen, og jeg synes, det er vigtigt at sige, at ikke alle med arabisk baggrund er muslimer. I debatten om integrationsplanen lyder det, som om der kun findes én slags indvandrer. Jeg har boet i Ishøj siden 1989 og sunget i kirkekoret i 20 år.

Med venlig hilsen
Elias Haddad""")

M("", """Kære Ahmad

Integrationsplanen nævner ikke de mange kristne og andre religiøse minoriteter fra Mellemøsten. Det bør den. Mange af dem har andre behov end resten af gruppen.

Venlig hilsen
Ruth Mogensen""")

M("e", """Til Boligudvalget

Jeg har været på venteliste til en almen bolig siden 2017. Jeg er førtidspensionist og bor i dag i et værelse hos min søster. Min sagsbehandler siger, at jeg ikke kan få akut boliganvisning, fordi jeg "ikke er hjemløs". Hvad skal der til?

Venlig hilsen
Gert Rømer, [[110663-2207]]""")

M("", """Til Boligudvalget

Hvad er kriterierne for akut boliganvisning i Ishøj? Skal man være helt uden tag over hovedet? Jeg er socialrådgiver i en frivillig organisation og får spørgsmålet ofte.

Venlig hilsen
Maria Holmstrøm, Kirkens Korshær Vestegnen""")
