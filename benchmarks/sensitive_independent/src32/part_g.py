"""corpus32 part G: long mails with pasted forms carrying CPR numbers, and look-alike numbers."""
from common import M

M("u", """Til Borgerrådgiveren i Ishøj Kommune

Jeg har udfyldt jeres klageformular, men da jeg trykkede "send", kom der en fejl, og jeg ved ikke, om den er gået igennem. Derfor kopierer jeg indholdet herind, så I har det. Hvis I har fået den to gange, må I undskylde.

==== KLAGEFORMULAR ====
Navn: Søren Egholm Vad
CPR-nr.: [[180679-1245]]
Adresse: Vildtbanevej 77, 2635 Ishøj
Telefon: 29 40 81 16
E-mail: (denne)
Hvilket center drejer klagen sig om: Center for Byudvikling og Natur
Sagsnr. (hvis kendt): 05.01.10-G01-0087-24
Ønsker du at være anonym over for centret: Nej
==== SLUT ====

Beskrivelse af klagen:

Jeg klager over, at kommunen ikke har svaret på min anmodning om at få etableret en overkørsel fra min grund til Vildtbanevej, som jeg sendte den 2. april. Jeg har rykket fire gange: 2. maj, 3. juni, 15. juli og 19. august. Hver gang har jeg fået en kvittering og ikke andet.

Jeg har brug for overkørslen, fordi jeg er håndværker (tømrer) og har en varevogn med trailer, og den nuværende indkørsel er for smal. Jeg holder i dag på vejen, og jeg har fået to parkeringsafgifter for det (afgiftsnr. 0306241107 og 1907240942), som jeg synes er urimelige, når det er kommunen, der ikke svarer.

Jeg vil også gerne nævne, at jeg i juni talte med en medarbejder på telefonen, som sagde: "Det er sikkert fordi du er i 3F, at du tror, du kan få alt, hvad du peger på." Jeg ved ikke, hvordan hun vidste det – jeg havde nævnt, at jeg havde talt med min fagforening om parkeringsafgifterne, fordi de har en advokat. Men jeg synes ikke, det er en måde at tale til borgerne på, uanset hvilken fagforening man er i.

Hvad jeg ønsker:

1. Svar på min ansøgning om overkørsel.
2. At parkeringsafgifterne bliver taget op til revurdering i lyset af, at sagen har ligget stille.
3. At nogen taler med medarbejderen om tonen.

Jeg er klar over, at du ikke kan bestemme, om jeg får overkørslen, og heller ikke om afgifterne skal frafaldes. Men jeg håber, at du kan sørge for, at der kommer skub i tingene.

Venlig hilsen
Søren Vad
Vildtbanevej 77
2635 Ishøj

---

> Fra: Ishøj Kommune
> Sendt: 19. august 2024 16:21
> Til: Søren Egholm Vad
> Emne: Kvittering
>
> Tak for din henvendelse. Vi har modtaget din mail og vil behandle den hurtigst muligt. Du vil få svar inden for 10 arbejdsdage. Har du spørgsmål, er du velkommen til at kontakte Vej og Park på telefon 43 57 70 00 mandag–torsdag kl. 9–14 og fredag kl. 9–12.
>
> Med venlig hilsen
> Vej og Park
> Center for Byudvikling og Natur
PS. Jeg har nu også sendt en kopi til byrådsmedlemmet for mit område, fordi jeg synes, at det er et politisk problem, når borgerne ikke får svar. Men jeg har ikke taget min klage over tonen med i den mail, for det hører vel til hos dig.
""")

M("he", """Kære direktionsassistent

Jeg skriver på vegne af min mor, Birgit Hallager, og med hendes samtykke (fuldmagt vedlagt). Jeg har i forvejen sendt en henvendelse til borgmesteren, men har fået at vide af borgmesterens PA, at sagen hører under direktøren for Center for Voksne og Velfærd, og at jeg derfor skal skrive til dig. Jeg håber, at du vil sørge for, at den kommer det rigtige sted hen.

Her er min mors oplysninger, så I kan finde hendes sag:

Navn: Birgit Hallager
Personnummer: [[110240–1652]]
Adresse: Ishøj Plejecenter, Ishøj Boulevard 2, bolig 14
Pårørende/kontaktperson: Kim Hallager (søn), tlf. 28 15 60 73

Min mor flyttede ind på plejecentret i marts efter at have haft flere fald derhjemme. Hun har Alzheimers og har brug for hjælp til alt. Vi har været glade for personalet, som gør, hvad de kan.

Men der er et problem, som vi ikke kan få løst. Min mor har fået tandpine, og hun har ikke været til tandlæge i over et år. Vi har spurgt plejecentret, som siger, at det er omsorgstandplejen, der skal komme. Omsorgstandplejen siger, at de ikke har fået en henvisning. Plejecentret siger, at de har sendt henvisningen. Vi har nu spurgt seks gange siden juni.

Jeg har også spurgt, om vi selv kan tage min mor med til hendes gamle tandlæge. Det må vi gerne, men hun kan ikke sidde i en almindelig tandlægestol, og hun bliver meget urolig uden for plejecentret. Så det er ikke en reel mulighed.

Min mor kan ikke selv sige, at hun har ondt. Vi ser det på, at hun ikke vil spise, og at hun holder sig på kinden. Hun har tabt sig tre kilo siden august.

Jeg beder om:

1. At nogen med ansvar finder ud af, hvor henvisningen er blevet af, og sørger for, at omsorgstandplejen kommer.
2. At jeg får én kontaktperson, der har ansvaret for at koordinere.
3. En forklaring på, hvordan det kan tage fem måneder.

Jeg har valgt at sende denne mail via kommunens sikre postkasse, fordi den indeholder min mors personnummer og helbredsoplysninger.

Med venlig hilsen
Kim Hallager
Gildbrovej 61
2635 Ishøj

> Fra: Borgmesterens sekretariat
> Sendt: 29. oktober 2024
> Emne: SV: Min mors tandbehandling
>
> Kære Kim Hallager
> Tak for din henvendelse til borgmesteren. Da din henvendelse vedrører en konkret sag, har borgmesteren bedt mig sende den videre til administrationen. Sagen hører under direktøren for Center for Voksne og Velfærd. Du er velkommen til at skrive direkte til direktørens assistent, så der bliver sørget for, at din henvendelse bliver behandlet. Du vil modtage et svar inden for 10 arbejdsdage.
> Med venlig hilsen
> Borgmesterens PA
""")

M("", """Kære borgerrådgiver

Jeg vil gerne klage over den måde, kommunen behandlede min anmodning om aktindsigt på. Jeg har brugt meget tid på den, og jeg synes ikke, jeg er blevet taget alvorligt.

Den 10. juni søgte jeg om aktindsigt i kommunens sag om etablering af en ny legeplads i Ishøj Landsby. Jeg skrev, at jeg ønskede alle dokumenter, herunder tilbud fra entreprenører, mails mellem forvaltningen og grundejerforeningen og eventuelle notater om placeringen. Jeg har ingen personlig interesse i sagen ud over, at jeg bor tæt på og synes, at placeringen er uheldig.

Efter 7 arbejdsdage fik jeg en mail om, at sagen var "omfattende", og at kommunen forventede at kunne svare inden for 30 arbejdsdage. Det var fint.

Efter 30 arbejdsdage hørte jeg intet. Jeg rykkede den 2. august og fik at vide, at sagsbehandleren var på ferie.

Den 27. august fik jeg endelig en mail med fire dokumenter. Det drejede sig om to referater fra udvalgsmøder (som allerede ligger offentligt på hjemmesiden), en tegning af legepladsen og et kort notat. Der var ingen tilbud og ingen mails. Der stod intet om, at der var dokumenter, som var undtaget, eller hvorfor.

Jeg skrev tilbage og spurgte, om det virkelig var alle dokumenter i sagen. Jeg fik et svar om, at "det var de dokumenter, der var relevante". Jeg mener ikke, at det er kommunen, der skal vurdere, hvad der er relevant for mig, når jeg har bedt om aktindsigt i hele sagen.

Jeg har to klagepunkter:

1. Fristen på 30 arbejdsdage blev ikke overholdt, og jeg blev ikke orienteret.
2. Jeg har ikke fået aktindsigt i alle dokumenter, og der er ikke givet en begrundelse for undtagelser.

Jeg er klar over, at selve afgørelsen om aktindsigt kan påklages til Ombudsmanden, og det vil jeg overveje. Men jeg vil gerne have, at borgerrådgiveren ser på forløbet, fordi det handler om, hvordan kommunen behandler borgerne.

Jeg har vedhæftet min anmodning af 10. juni (kvitteringsnr. 100624-1633), rykkeren af 2. august og svaret af 27. august.

Jeg vil også gerne tilføje, at jeg har stor respekt for, at kommunens medarbejdere har travlt. Jeg har selv arbejdet i staten i 30 år. Men aktindsigt er en vigtig ret, og den skal tages alvorligt.

Med venlig hilsen
Knud Erik Holmberg
Ishøj Landsby 16
2635 Ishøj
tlf. 43 73 16 22

> Fra: Ishøj Kommune, Center for Byudvikling og Natur
> Sendt: 28. august 2024 11:09
> Emne: SV: SV: Aktindsigt – legeplads
>
> Kære Knud Erik Holmberg
> Tak for din mail. De fremsendte dokumenter er de dokumenter, der er relevante for sagen. Hvis du ønsker at klage over afgørelsen om aktindsigt, kan du klage til Folketingets Ombudsmand.
> Med venlig hilsen
> Center for Byudvikling og Natur
""")

M("et", """Til Ishøj Kommune
Att.: Borgerrådgiveren og direktøren for Center for Beskæftigelse og Erhverv

Vedr.: Min klient Ahmet Demir – klage over sagsbehandling i integrationsprogram

Undertegnede er socialrådgiver i en frivillig rådgivning for flygtninge og indvandrere i Vestegnen og bistår Ahmet Demir, som har givet skriftligt samtykke til, at jeg skriver på hans vegne. Samtykket er vedlagt.

Klientens oplysninger:
Navn: Ahmet Demir
CPR: [[0104914473]]
Adresse: Ishøj Boulevard 55, 4. tv, 2635 Ishøj
Sagsnr.: 32.15.06-G01-0622-22

Ahmet kom til Danmark fra Syrien i 2021 og fik opholdstilladelse som flygtning. Han har siden været i integrationsprogrammet og modtager selvforsørgelses- og hjemrejseydelse. Han har bestået Prøve i Dansk 2 og arbejder som flaskedreng i et supermarked 12 timer om ugen.

Problemet er, at kommunen i september stoppede hans ydelse i tre uger med den begrundelse, at han ikke var mødt op til et møde den 4. september. Ahmet havde imidlertid skriftligt meldt afbud via Jobnet den 2. september, fordi han skulle arbejde i supermarkedet. Han har et skærmbillede, der viser afbuddet.

Han klagede over afgørelsen den 20. september, og den klage er sendt til Ankestyrelsen. Det er ikke den, vi beder borgerrådgiveren se på.

Vi beder om, at der ses på følgende:

1. At afbuddet på Jobnet ikke er registreret eller taget i betragtning.
2. At Ahmet ikke blev partshørt, før ydelsen blev stoppet. Han fik brevet om stop samme dag som brevet om, at han ikke var mødt op.
3. At han i tre uger ikke har kunnet betale husleje, og at boligselskabet nu har sendt en påkravsskrivelse. Han frygter at blive sat ud.

Vi beder desuden om aktindsigt i journalnotater fra 1. august til dato.

Ahmet vil gerne mødes og kan tage fri fra arbejde, hvis han får besked tre dage i forvejen.

Med venlig hilsen

Lone Abildgaard
socialrådgiver (frivillig)
Vestegnens Flygtningerådgivning
Ishøj Kulturhus
tlf. 50 62 77 41

Bilag:
1. Samtykkeerklæring underskrevet 25.09.2024
2. Skærmbillede fra Jobnet, afbud sendt 02.09.2024 kl. 07:42
3. Brev om stop af ydelse af 05.09.2024
4. Påkravsskrivelse fra boligselskabet af 01.10.2024
Vi gør opmærksom på, at Vestegnens Flygtningerådgivning ikke kan modtage Digital Post. Svar bedes derfor sendt til Ahmet Demir i hans Digital Post med kopi til undertegnede via kommunens sikre mail. Hvis der skal aftales et møde, kan undertegnede træffes tirsdage og torsdage kl. 10–15 på tlf. 50 62 77 41. Vi vil også gerne vide, hvem der er hans kontaktperson i kommunen, så vi kan rette henvendelse direkte, hvis der opstår nye spørgsmål.
""")

M("h", """Hej borgerrådgiver

Jeg er sikker på, at du får mange af den slags mails, men jeg må altså skrive. Jeg har prøvet at få kommunen til at gøre noget ved en vandpyt på fortovet foran min opgang i over to år. Jeg ved godt, at det lyder som en bagatel, men det er det ikke, når man er 79 og går med stok.

Det startede i november for to år siden. Efter et kraftigt regnvejr opstod der en stor vandpyt på fortovet ud for Ishøj Parkvej 3. Den har været der hver gang det regner siden. Om vinteren fryser den til is. Jeg er faldet én gang og slog knæet. Det var heldigvis ikke alvorligt.

Jeg har meldt det via Giv et praj fire gange (ID 2211221408, 0703230931, 1912231115 og 0204241247). Hver gang har meldingen fået status "afsluttet" efter et par uger, uden at der er sket noget. Jeg har også ringet til kommunen to gange. Første gang fik jeg at vide, at det var boligselskabets fortov. Anden gang fik jeg at vide, at det var kommunens, og at de "ville se på det".

Jeg har talt med boligselskabets ejendomsinspektør, som siger, at det er kommunens fortov, og at han selv har meldt det til kommunen.

Jeg synes, det er for dårligt, at en melding kan blive "afsluttet" uden at noget er lavet. Det giver et forkert indtryk i statistikken. Og jeg synes, at kommunen bør kunne finde ud af, hvem der ejer et fortov.

Jeg beder om:

1. At kommunen finder ud af, hvem der har ansvaret for fortovet.
2. At pytten bliver fjernet, f.eks. ved at der bliver lagt et afløb.
3. At jeg får en forklaring på, hvorfor mine meldinger er blevet afsluttet uden handling.

Jeg har billeder fra alle fire gange.

Jeg bor alene, og mine naboer er for det meste unge mennesker, der er på arbejde. Jeg er ikke ude efter at klage over nogen bestemt. Men nu har jeg ventet i to år, og jeg synes, jeg har været tålmodig.

Venlig hilsen
Gudrun Wissing
Ishøj Parkvej 3, st. tv.
2635 Ishøj
tlf. 43 73 55 80 (fastnet, jeg har ikke mobil)

PS. Min nevø har hjulpet mig med at skrive denne mail. Hvis I svarer, må I gerne skrive til denne adresse, så læser han den op for mig. Eller ringe. Jeg er hjemme det meste af tiden, bortset fra tirsdag formiddag, hvor jeg går til gymnastik i Pensionistforeningen.

> Giv et praj – status for din melding ID 0204241247
> Status: Afsluttet
> Kommentar fra sagsbehandler: Meldingen er videresendt til rette afdeling.
> Dato: 23.04.2024
> Giv et praj – status for din melding ID 1912231115
> Status: Afsluttet
> Kommentar: Sagen er overdraget til ejer af arealet.
> Dato: 08.01.2024
(Mail skrevet af nevøen på Gudruns vegne.)
""")

M("ehs", """Kære borgerrådgiver

Jeg har fået anbefalet at skrive til dig af min psykolog. Jeg har længe været i tvivl om, om jeg skulle, fordi jeg ikke orker mere konflikt. Men jeg synes, det er vigtigt, at nogen ved, hvordan jeg er blevet behandlet.

Jeg er 34 år og har siden foråret været sygemeldt med depression og angst. Jeg har fået sygedagpenge og har været til opfølgningssamtaler på Jobcenteret ca. hver fjerde uge. I juni blev min sag flyttet til en ny sagsbehandler.

Ved den første samtale med den nye sagsbehandler spurgte hun ind til, hvad der havde udløst min depression. Jeg fortalte, at det bl.a. skyldtes et brud med min familie, efter at jeg var sprunget ud som lesbisk, og at min kæreste og jeg havde haft en svær periode. Jeg syntes, det var ubehageligt at fortælle, men jeg gjorde det, fordi jeg troede, det var relevant.

Ved den næste samtale, hvor der var en praktikant med, sagde sagsbehandleren: "Det her er den borger, jeg fortalte dig om – hende med familieproblemerne på grund af kæresten." Jeg følte mig udstillet. Praktikanten havde ikke været der ved den første samtale, og jeg var ikke blevet spurgt, om det var i orden, at hun var med.

Senere fik jeg aktindsigt og kunne se, at sagsbehandleren i et notat havde skrevet, at jeg "lever i et lesbisk forhold, som ifølge borger er årsag til konflikt med familien". Jeg forstår ikke, hvorfor min seksualitet skal stå i min sygedagpengesag.

Jeg klager over:

1. At sagsbehandleren omtalte mine personlige forhold over for en praktikant uden mit samtykke.
2. At min seksualitet er skrevet ind i et journalnotat uden at det har betydning for sagen.
3. At jeg ikke blev spurgt, om praktikanten måtte deltage.

Jeg vil gerne have, at notatet bliver rettet, så oplysningen om min seksualitet bliver fjernet, hvis det er muligt. Og jeg vil gerne have en ny sagsbehandler.

Jeg har det bedre nu og er i gang med en gradvis tilbagevenden til mit arbejde. Jeg vil ikke have, at denne sag ødelægger det.

Du må gerne ringe til mig, men send venligst en sms først, så jeg ved, at det er dig.

Venlig hilsen
Freja Munk
Ishøj Søpark 40
2635 Ishøj
tlf. 31 90 54 27

Sagsnr. i Jobcenteret: 32.12.00-G01-1290-24
-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Sendt: 11. november 2024
Emne: Aktindsigt

Kære Freja Munk
Hermed fremsendes aktindsigt i din sag, som du har anmodet om den 28. oktober. Du modtager kopi af journalnotater i perioden 1. juni til 1. november samt breve sendt til dig i samme periode. Hvis du mener, at der er oplysninger, der er forkerte, kan du skrive til os, så vil vi vurdere, om notatet skal tilføjes en bemærkning.
Med venlig hilsen
Sygedagpengeteamet
""")

M("", """Til borgerrådgiveren

Klage over håndtering af henvendelse om fejl i ejendomsskattebillet – kunde-/ejendomsnr. 183-019044

Kære borgerrådgiver

Jeg skriver, fordi jeg nu i fire måneder har forsøgt at få rettet en fejl i min ejendomsskattebillet, og jeg føler, at jeg er havnet i et sort hul.

I januar fik jeg min ejendomsskattebillet for 2024. Jeg kunne se, at der var opkrævet renovationsgebyr for to boliger, selvom min ejendom kun er én bolig. Jeg tror, at fejlen skyldes, at der tidligere har været en udlejningsbolig i kælderen, som blev nedlagt i 2019 med kommunens godkendelse (byggesag 02.34.02-P19-0412-19).

Jeg skrev til kommunens opkrævning den 1. februar og vedlagde kopi af byggetilladelsen og færdigmeldingen. Jeg fik en kvittering. Jeg hørte ikke mere.

Den 4. marts rykkede jeg. Jeg fik et svar om, at opkrævningen ikke kunne ændre BBR, og at jeg skulle kontakte byggesagsafdelingen. Det gjorde jeg den 5. marts. Byggesagsafdelingen svarede den 22. april, at BBR var rettet.

Men opkrævningen har ikke ændret billetten, og jeg har nu betalt første og anden rate med det forkerte gebyr. Jeg har skrevet til opkrævningen igen den 25. april og den 20. maj, uden svar.

Det drejer sig om 2.870 kr. for hele året, så det er ikke et stort beløb. Men det er princippet.

Jeg beder om, at du ser på:

1. Hvorfor det er nødvendigt for borgeren selv at koordinere mellem to afdelinger i kommunen.
2. Hvorfor mine henvendelser til opkrævningen ikke er besvaret.
3. Hvornår jeg kan forvente at få det for meget betalte tilbage.

Jeg har vedhæftet alle mails og dokumenter. Faktura/betalingsnr. på billetten er 2401180744, og mit kundenummer er 0512660198. Jeg nævner det, hvis det kan hjælpe jer med at finde sagen.

Venlig hilsen
Torben Skaarup
Industrivej 3A (privatadresse: Ishøj Bygade 44)
2635 Ishøj
tlf. 40 18 27 66

---

> Fra: Byggesag
> Sendt: 22. april 2024 13:18
> Emne: SV: BBR-oplysninger
>
> Kære Torben Skaarup
> Vi har nu rettet BBR, så ejendommen er registreret med én bolig. Rettelsen er sket med virkning fra 2019. Vi kan ikke ændre ejendomsskattebilletten; det skal du tage op med opkrævningen.
> Med venlig hilsen
> Byggesag, Center for Byudvikling og Natur
PS. Jeg har lagt mærke til, at mine to rater allerede er trukket via Betalingsservice (aftalenr. 0411 7702 3345). Jeg ved ikke, om I kan se det. Hvis jeg skal stoppe aftalen for at undgå at betale tredje rate med det forkerte gebyr, vil jeg gerne have besked, men jeg vil helst ikke risikere en rykker.
Sendt fra min iPad
""")

M("bu", """Hej direktionsassistent

Jeg skriver til direktøren for Center for Borger, Økonomi og IT gennem dig, fordi jeg ikke ved, hvem der ellers kan svare. Det handler om en oplevelse i forbindelse med valget, hvor jeg var valgtilforordnet.

Jeg er medlem af Socialdemokratiet og var udpeget som tilforordnet af partiet til folketingsvalget. Jeg var på valgstedet på Strandgårdskolen. Det gik fint det meste af dagen.

Men ved optællingen om aftenen sagde valgstyrerens formand til mig, foran de andre, at jeg "nok skulle passe på med at tælle for hurtigt, når det var mine egne stemmer". Det var sagt som en spøg, men det var ikke sjovt, for det insinuerede, at jeg ville snyde. Bagefter kom en anden tilforordnet hen og spurgte, om det passede, at jeg også var "aktiv i HK", og om det var "fagforeningen, der havde sendt mig". Det er rigtigt, at jeg er tillidsrepræsentant for HK på min arbejdsplads, men det har intet at gøre med, at jeg var tilforordnet.

Jeg vil gerne vide:

1. Om kommunen har retningslinjer for, hvordan valgstyrere og tilforordnede skal opføre sig over for hinanden.
2. Om kommunen har delt oplysninger om tilforordnedes fagforeningsmedlemskab med andre på valgstedet. Jeg har aldrig oplyst det til kommunen, så jeg forstår ikke, hvordan det kunne være kendt.
3. Hvem jeg kan tale med om det.

Jeg ønsker ikke at gøre det til en stor sag. Jeg har været tilforordnet mange gange, og det har altid været en god oplevelse. Men den her gang var det ikke.

Jeg er klar over, at valgstyrerne er udpeget af partierne, og at kommunen måske ikke kan gøre så meget. Men kommunen er ansvarlig for at afholde valget, og så må det også være kommunen, der sikrer en ordentlig tone.

Mvh
Bettina Kragh
Tranegilde Strand 18
2635 Ishøj
tlf. 27 54 01 93

> Fra: Valgsekretariatet
> Sendt: 25. juni
> Emne: Tak for din indsats
>
> Kære tilforordnede. Tak for jeres store indsats ved valget. Vi har brug for jeres feedback og vil sætte pris på, hvis I vil udfylde et kort spørgeskema. Jeres besvarelser er anonyme. Venlig hilsen, Valgsekretariatet, Ishøj Kommune
PS. Jeg har selvfølgelig udfyldt spørgeskemaet og nævnt det der. Men da det var anonymt, forventer jeg ikke, at nogen kan følge op på det, og derfor skriver jeg også her med mit navn. Jeg vil gerne deltage som tilforordnet igen ved næste valg, så længe jeg ved, at tonen bliver bedre.
Bettina
""")
