"""corpus32 part B: long letters from lawyers, bisiddere and relatives, with pasted forms and quoted chains."""
from common import M

M("eh", """Ishøj Kommune
Center for Voksne og Velfærd
Att.: Direktør / direktionsassistent
Ishøj Store Torv 20
2635 Ishøj

Vores ref.: 24-3318/MKL
Deres ref.: sagsnr. 27.36.04-G01-0712-23
Dato: 5. november 2024

KLAGE OVER SAGSBEHANDLINGSTID OG ANMODNING OM AKTINDSIGT

Undertegnede advokat repræsenterer Birthe Solvang Jensen, og jeg vedlægger fuldmagt af 28. oktober 2024.

Klient:
Navn: Birthe Solvang Jensen
CPR-nr.: [[140761-2286]]
Adresse: Kærbovej 18, 2635 Ishøj
Sagsnr. hos kommunen: 27.36.04-G01-0712-23

1. Baggrund

Min klient ansøgte den 9. januar 2024 om merudgifter efter servicelovens § 100 i forbindelse med sin sklerose. Kommunen kvitterede for ansøgningen den 11. januar 2024 og oplyste en forventet sagsbehandlingstid på 12 uger, svarende til kommunens offentliggjorte sagsbehandlingsfrister.

Den 18. april 2024 rykkede min klient telefonisk og fik oplyst, at sagen afventede lægelige oplysninger. Kommunen havde imidlertid ikke anmodet min klients egen læge om disse, hvilket fremgår af den aktindsigt, min klient selv fik den 2. maj 2024.

Den 13. juni 2024 anmodede kommunen om en LÆ 145 fra egen læge. Erklæringen blev fremsendt den 27. juni 2024.

Siden da har min klient ikke hørt fra kommunen, trods skriftlige rykkere af 15. august og 23. september 2024.

2. Klagepunkter

Det gøres gældende,

at sagsbehandlingstiden på nu mere end 10 måneder væsentligt overstiger kommunens egen offentliggjorte frist,

at kommunen ikke har oplyst min klient om, at fristen ikke kunne overholdes, og hvornår en afgørelse kunne forventes, jf. retssikkerhedslovens § 3, stk. 2,

at kommunen ikke har iværksat oplysning af sagen i rette tid, idet anmodningen om lægelige oplysninger først blev sendt fem måneder efter ansøgningen, og

at kommunen ikke har besvaret min klients skriftlige rykkere.

3. Anmodning om aktindsigt

Jeg anmoder på min klients vegne om aktindsigt i sagens samtlige dokumenter fra den 2. maj 2024 til dato, herunder interne notater, mails og eventuelle udtalelser fra kommunens lægekonsulent, jf. forvaltningslovens § 9.

4. Anmodning

Jeg anmoder om, at kommunen

– senest inden 10 arbejdsdage oplyser, hvornår der vil blive truffet afgørelse, og
– redegør for årsagen til den lange sagsbehandlingstid.

Jeg har samtidig sendt kopi af denne henvendelse til borgerrådgiveren til orientering. Jeg er bekendt med, at borgerrådgiveren ikke kan tage stilling til sagens indhold, men alene til sagsbehandlingen.

Henvendelsen sendes via sikker mail. Svar bedes ligeledes sendt via sikker mail eller Digital Post til kontoret.

Med venlig hilsen

Mette Klarlund
advokat (H)
Klarlund & Bech Advokater
Rådhusvej 4, 2600 Glostrup
Direkte: 43 96 21 18
CVR 34 81 22 97
""")

M("", """Til borgerrådgiveren, Ishøj Kommune

Emne: Spørgsmål om fremgangsmåde ved aktindsigt og partsrepræsentation

Kære borgerrådgiver

Jeg er frivillig rådgiver i en lokal retshjælp, der hjælper borgere i Ishøj, Vallensbæk og Brøndby, og jeg har nogle generelle spørgsmål til kommunens praksis, som vi ofte bliver spurgt om. Jeg skriver ikke om en konkret sag, og der er ingen personoplysninger i denne mail.

1. Fuldmagter
Vi oplever, at forskellige afdelinger i kommunen stiller forskellige krav til fuldmagter. Nogle afdelinger godtager en fuldmagt, der er underskrevet med pen og scannet; andre kræver, at fuldmagten er underskrevet med MitID; og en tredje afdeling har bedt om, at borgeren møder op personligt. Er der en fælles retningslinje i kommunen, og hvis ja, kan vi få den?

2. Sikker post
Når vi som partsrepræsentant skriver til kommunen, beder vi altid om, at svaret sendes via sikker post. Alligevel sker det jævnligt, at vi modtager svar med personoplysninger via almindelig mail. Vi vil gerne vide, om kommunen har en procedure for, hvordan man sikrer, at svar med fortrolige oplysninger går via en sikker kanal, og hvem vi skal kontakte, når det går galt.

3. Frister for aktindsigt
Efter offentlighedsloven skal en anmodning om aktindsigt som udgangspunkt besvares inden for 7 arbejdsdage. Vi oplever, at fristen ofte overskrides uden at der gives besked. Vi er klar over, at der kan være travlt, men vi vil gerne vide, om kommunen registrerer sagsbehandlingstiden for aktindsigter, og om tallene er offentlige.

4. Borgerrådgiverens rolle
Vi bruger ofte borgerrådgiveren som vejviser for borgere, der ikke ved, hvor de skal henvende sig. Er det en rolle, du gerne vil have, at vi bruger dig til, eller vil du helst have, at vi henviser direkte til de enkelte centre?

5. Årsberetning
Vi har læst din seneste årsberetning med stor interesse, herunder fordelingen af henvendelser mellem centrene og andelen af klager. Vi vil gerne vide, om der er planer om at offentliggøre tal for, hvor mange klager der fører til en egentlig undersøgelse, og hvor mange der ender med kritik.

Vi vil meget gerne mødes med dig, hvis det er muligt, så vi kan få en bedre forståelse af, hvordan vi bedst kan samarbejde. Vores frivillige er primært jurastuderende fra Københavns Universitet, og vi har åbent hver tirsdag fra 17 til 19 i Ishøj Kulturhus.

Jeg ser frem til at høre fra dig.

Med venlig hilsen
Sofie Hasselbalch
frivillig koordinator
Retshjælpen Vestegnen
Ishøj Kulturhus, lokale 2
tlf. 71 99 40 12 (tirsdage 17–19)
""")

M("hte", """Til Borgerrådgiver
Ishøj Kommune

Klage over behandling hos Jobcenter Ishøj – på vegne af min bror

Jeg skriver som bisidder og på vegne af min bror, Oleksandr Kovalenko, som har givet mig skriftlig fuldmagt (vedhæftet, underskrevet 30.09.). Han taler og forstår dansk, men har svært ved at skrive, og han er stadig meget påvirket af det, han har været igennem.

Vi kom begge til Danmark fra Kharkiv i marts 2022 som fordrevne fra Ukraine, og Oleksandr har opholdstilladelse efter særloven. Han fik i 2023 en skade i skulderen ved en arbejdsulykke på et lager, og han har siden været sygemeldt og fået sygedagpenge. Han går til genoptræning to gange om ugen, og han tager smertestillende medicin.

Her er forløbet, som jeg har samlet det ud fra hans breve:

– 12. juni: Opfølgningssamtale på Jobcenteret. Der var ingen tolk, selvom det var bestilt. Sagsbehandleren talte engelsk, som Oleksandr kun forstår lidt.
– 3. juli: Brev om, at han skal i "afklaring" i en virksomhed. Der står ikke, hvilken virksomhed eller hvornår.
– 29. juli: Nyt brev om, at han ikke har deltaget i afklaringen. Han har ikke fået besked om, hvor den skulle foregå.
– 8. august: Brev om, at kommunen påtænker at standse hans sygedagpenge. Han har 8 dage til at svare.
– 14. august: Jeg skriver på hans vegne og forklarer det hele. Der kommer ikke noget svar.
– 2. september: Afgørelse om stop for sygedagpenge fra 1. september.

Vi har klaget over afgørelsen til Ankestyrelsen via kommunen, så den del er ikke til dig.

Det, vi klager over til dig, er:

1. At der ikke var tolk ved samtalen den 12. juni, selvom det var lovet.
2. At brevet af 3. juli ikke indeholdt de oplysninger, der var nødvendige for at deltage.
3. At mit svar af 14. august ikke er besvaret eller nævnt i afgørelsen.
4. At ingen har ringet til Oleksandr i hele perioden, selvom han har bedt om det flere gange.

Oleksandr har lige nu ingen indtægt, og han har fået en rykker for husleje fra boligselskabet. Vi er meget bekymrede. Jeg hjælper ham med mad, men jeg har selv tre børn.

Jeg håber, at du vil se på sagen hurtigt. Vi vil gerne mødes, og vi kan komme på rådhuset når som helst efter kl. 14.

Med venlig hilsen
Iryna Kovalenko
på vegne af Oleksandr Kovalenko
Ishøj Boulevard 31, 1. mf.
2635 Ishøj
tlf. 50 14 63 29

Oleksandrs sagsnr. i Jobcenteret: 32.03.00-P20-0418-23
PS. Vi har prøvet at ringe til Jobcenterets hovednummer flere gange. Telefonen åbner kl. 9, og vi har typisk ventet 30–45 minutter. To gange er vi blevet afbrudt. Den ene gang blev vi stillet om til en medarbejder, som sagde, at sagsbehandleren var på kursus og ville ringe tilbage. Det gjorde hun ikke. Jeg har noteret datoerne: 19. juni, 24. juli, 15. august og 20. august. Jeg vil gerne vide, om der findes en anden måde at få fat i sagsbehandleren på, f.eks. en direkte mail.
""")

M("", """Hej,

Videresender hermed en henvendelse, der er kommet ind via byrådsmedlemmets mail. Byrådsmedlemmet har bedt mig sende den videre til relevant direktør, da den handler om kommunens forvaltning. Jeg har ikke svaret borgeren, men har bekræftet modtagelsen uden at citere.

Mvh
Trine Hjort
Sekretariat for Byrådet
Ishøj Kommune
Direkte tlf.: 43 57 70 11
Mobil: 24 70 19 68

---------- Videresendt meddelelse ----------
Fra: "Anette Rask"
Dato: tirs. 8. okt. 2024 kl. 22:14
Emne: Busstoppestedet ved Tranegilde skole – igen
Til: byrådsmedlem

Kære byrådsmedlem

Nu skriver jeg for tredje gang om det samme. Busstoppestedet ved Tranegilde Skole har stadig ikke fået det læskur, som kommunen lovede i foråret. Børnene står i regn og blæst, og der er ingen belysning. Jeg har skrevet til Teknik og Miljø to gange (den 3. april og den 21. juni), og begge gange har jeg fået en kvittering og at vide, at jeg ville få svar inden for 10 arbejdsdage. Jeg har aldrig fået svar.

Jeg er klar over, at du ikke selv kan bestemme, hvornår der bliver sat et læskur op. Men jeg vil gerne have, at du sørger for at nogen i kommunen svarer mig. Det er ikke en stor sag, men det irriterer mig grænseløst, at man lover et svar og så ikke giver det.

Jeg har et par spørgsmål, som jeg også håber, nogen kan svare på:

– Er læskuret bestilt, og hvornår kommer det?
– Hvem ejer stoppestedet – kommunen eller Movia?
– Kan man få sat en midlertidig lampe op, indtil læskuret kommer? Det er mørkt fra kl. 17 nu.

Vi er mange forældre, der har talt om det på skolens forældreintra, og nogle har foreslået, at vi laver en underskriftindsamling. Jeg vil helst undgå det og bare få et svar.

Jeg har vedhæftet de to kvitteringer, jeg har fået (ref. nr. 030424-0931 og 210624-1108), så du kan se, at jeg har skrevet.

Venlig hilsen
Anette Rask
Tranegilde Bygade 9
2635 Ishøj
Trine Hjort tilføjer: Byrådsmedlemmet har bedt om at blive orienteret, når der er svaret, så hun kan følge op på det i Teknik- og Miljøudvalget, hvis der er behov for en generel drøftelse af læskure ved skolevejene. Kvitteringen til borgeren skal sendes fra centret, så hun får at vide, hvem der svarer. Henvendelsen bør journaliseres på den eksisterende sag om stoppestederne, hvis der er en, ellers på en ny sag. Tak for hjælpen.
Til orientering: Byrådsmedlemmet har modtaget lignende henvendelser fra to andre forældre i samme uge. De er ikke videresendt, da de ikke indeholder konkrete spørgsmål, men byrådsmedlemmet vil gerne have, at centret tager det med i overvejelserne.
""")

M("eb", """Kære borgerrådgiver

Jeg skriver for at klage over den måde, jeg er blevet behandlet på i Borgerservice i forbindelse med min ansøgning om personligt tillæg. Jeg har prøvet at skrive det kort, men det er svært, fordi der er sket meget.

Jeg er 71 år og får folkepension. Jeg har ingen anden indtægt og ingen opsparing, efter at min mand døde for to år siden og jeg skulle betale for begravelsen. Jeg bor i en lejlighed i Ishøj Centrets gamle boligområde, og jeg har boet der i 38 år.

I august fik jeg en regning på 6.800 kr. til tandlægen, som jeg ikke kan betale. Jeg søgte om personligt tillæg. Jeg sendte min ansøgning via borger.dk, men fik en fejl, så jeg gik ned på Borgerservice den 22. august med den i papir.

Medarbejderen, en ung mand, tog imod ansøgningen, men han sagde, at "det nok ikke kunne betale sig", og at jeg "kunne tage et lån i banken ligesom alle andre". Jeg var meget flov, for der stod andre i kø bag mig. Han spurgte højt, om jeg havde nogen børn, der kunne hjælpe. Det har jeg ikke.

Jeg hørte ikke noget i fire uger. Så ringede jeg den 23. september, og så sagde en kvinde, at der ikke var registreret nogen ansøgning. Jeg har ikke fået nogen kvittering, så jeg kan ikke bevise, at jeg afleverede den.

Jeg søgte igen, og denne gang hjalp min nabo mig med at gøre det på computeren. Det var den 30. september. Jeg fik svar den 14. november om, at jeg havde fået afslag. Der stod ikke noget om, hvorfor, bortset fra at jeg "ikke havde dokumenteret, at der var tale om en nødvendig udgift".

Til sidst, og det er egentlig det, der har gjort mig mest ked af det: Da jeg den 23. september ringede, spurgte kvinden mig, hvorfor jeg ikke bad min kirke om hjælp, "når jeg nu er så troende". Jeg har ingen anelse om, hvordan hun vidste, at jeg er aktiv i Indre Mission. Det har jeg aldrig oplyst til kommunen. Jeg har tænkt meget over det. Måske stod det i et gammelt notat fra dengang min mand døde og præsten hjalp mig med papirerne? Jeg synes ikke, det er i orden, at den slags står i min sag, og jeg vil gerne have at vide, hvad der står om mig.

Jeg beder dig derfor om:
1. at se på, hvorfor min første ansøgning forsvandt,
2. at se på, om det er i orden at tale til en borger sådan i skranken,
3. at hjælpe mig med at få aktindsigt i min sag, så jeg kan se, hvad der står om min tro.

Jeg har ikke Digital Post, så jeg vil gerne have svar med brev.

Med venlig hilsen
Ellen Margrethe Wulff
Ishøj Centervej 11, 4. tv.
2635 Ishøj
tlf. 43 73 12 95 (fastnet)
PS. Jeg ved godt, at det er svært for jer at finde ud af, hvad der er sket ved skranken. Jeg har skrevet datoen og klokkeslættet ned: torsdag den 22. august kl. ca. 11.15. Der var kø. Jeg havde nummer 38. Manden havde en grøn trøje på og en navneskilt med et navn, der begyndte med M. Jeg har ikke lyst til at han skal have problemer, men jeg synes, han skal vide, hvordan det føltes at stå der.
""")

M("", """Kære direktionsassistent

Tak for dit svar i går. Jeg forstår godt, at min henvendelse er sendt videre til centerchefen i Center for Borger, Økonomi og IT, og at jeg får svar fra dem. Jeg vil bare gerne uddybe min klage, så de har det hele.

Jeg klager over, at kommunens nye system til tidsbestilling i Borgerservice ikke fungerer for ældre, og jeg vil gerne have, at det bliver taget op. Her er, hvad der skete for mig i sidste uge:

Mandag: Jeg skulle have nyt pas. Jeg gik ind på hjemmesiden for at bestille tid. Siden bad mig logge ind med MitID. Det gjorde jeg. Så kom der en fejl ("Der opstod en uventet fejl. Prøv igen senere. Fejlkode 5012-0311"). Jeg prøvede igen efter en time. Samme fejl.

Tirsdag: Jeg ringede til Borgerservice. Jeg var nummer 23 i køen. Efter 40 minutter blev jeg afbrudt.

Onsdag: Jeg tog ned på rådhuset. Der var en seddel på døren om, at man kun kan komme ind med en bestilt tid. En medarbejder kom ud og sagde, at jeg skulle bestille tid på hjemmesiden. Jeg sagde, at den ikke virkede. Hun sagde, at jeg kunne bruge computeren i biblioteket. Den virker på samme måde, så det hjalp ikke.

Torsdag: Min datter hjalp mig. Hun brugte sin egen computer, og det virkede. Jeg fik en tid tre uger senere.

Jeg er 78 år og ikke dårlig til computere. Jeg har brugt e-Boks i mange år. Men når et system ikke virker, og man ikke kan komme ind ad døren eller få fat i nogen i telefonen, så er man lukket ude. Jeg kender flere fra min pensionistforening, der har opgivet.

Mine forslag:

– At der altid er en mulighed for at møde op uden tid, f.eks. en time om dagen.
– At telefonkøen ikke afbryder folk efter 40 minutter, men i stedet tilbyder at ringe op.
– At fejlmeddelelser på hjemmesiden fortæller, hvad man skal gøre.

Jeg er klar over, at serviceniveauet er noget, politikerne bestemmer, og det er derfor, jeg skrev til direktøren og ikke til borgerrådgiveren. Hvis det skal forbi et udvalg, vil jeg gerne vide hvilket, så jeg kan følge med i dagsordenen.

Jeg har været glad for Ishøj Kommune i de 44 år, jeg har boet her. Det her er bare ikke godt nok.

Med venlig hilsen
Poul Erik Damgaard
Pilemølle Allé 17
2635 Ishøj
tlf. 43 73 40 55

PS. Mit passagernummer fra bookingen var 2810-0093-4471, hvis nogen vil se på det.
PPS. Jeg har nu, mens jeg skrev denne mail, fået en sms om, at tiden er flyttet til en uge senere "på grund af sygdom blandt personalet". Det er selvfølgelig ikke nogens skyld. Men det understreger mit punkt: Når tiden flyttes, er der ingen mulighed for at tale med nogen om det, og hvis jeg ikke havde haft min datter til at hjælpe, ville jeg ikke have kunnet finde en ny tid. Sms'en kom fra nummeret 1919, og der stod, at man ikke kunne svare på den.
""")

M("esh", """Kære Borgerrådgiver

Jeg er klar over, at du ikke kan gå ind i afgørelser om forældremyndighed eller samvær, da det hører under Familieretshuset. Det er heller ikke det, jeg beder om. Jeg skriver om den måde, Center for Børn og Forebyggelse har håndteret en underretning om min datter på, og om den måde, jeg og min partner er blevet talt til på.

Lidt baggrund: Min ekskone og jeg blev skilt for tre år siden. Vi har fælles forældremyndighed over vores datter Liva på 10 år, og hun bor hos mig halvdelen af tiden. For halvandet år siden flyttede min kæreste Thomas ind hos mig. Det har Livas mor haft svært ved at acceptere, og der har været en del konflikt om samværet.

I september modtog kommunen en underretning om Liva, som jeg efterfølgende har fået at vide kom fra hendes mor. Underretningen gik ud på, at Liva "ikke trivedes i et hjem med to mænd" og at hun var "forvirret over sin identitet". Jeg ved ikke, hvad det skulle betyde. Liva er en glad pige, der går til håndbold og har mange venner.

Den 2. oktober blev vi indkaldt til et møde. Jeg troede, det var et almindeligt møde om Livas trivsel. Men rådgiveren startede med at spørge, "hvor længe Thomas og jeg havde været sammen", "om Liva havde set os kysse", og "om vi havde overvejet, hvordan det påvirker en pige i hendes alder at vokse op uden en kvindelig rollemodel i hjemmet". Thomas blev så vred, at han forlod mødet. Jeg blev siddende, men jeg følte mig som en mistænkt.

Efter mødet fik jeg en kopi af notatet. Der stod, at "far virker defensiv", og at "samleveren udviste aggressiv adfærd". Der stod ingenting om, hvad vi faktisk blev spurgt om.

Liva har siden mødet haft ondt i maven og har ikke villet i skole to dage. Vi har været hos lægen, som siger, det er stress.

Jeg klager over:
1. Spørgsmålene på mødet, som jeg mener var diskriminerende.
2. At notatet ikke afspejler mødet korrekt.
3. At jeg ikke har fået at vide, hvad der sker med underretningen nu, og om sagen er lukket.

Jeg vil gerne have aktindsigt i hele sagen, inklusive underretningen.

Jeg er åben for et møde. Thomas vil også gerne deltage.

Mvh
Mikkel Brøndum
Ishøj Søpark 3
2635 Ishøj
mobil 31 48 29 07
-----Oprindelig meddelelse-----
Fra: Center for Børn og Forebyggelse
Sendt: 25. september
Emne: Indkaldelse til samtale

Kære Mikkel Brøndum
Vi har modtaget en henvendelse vedrørende Liva og vil gerne invitere dig til en samtale, så vi kan høre, hvordan det går. Samtalen foregår onsdag den 2. oktober kl. 13.00 på rådhuset, mødelokale 2.14. Du er velkommen til at tage en bisidder med. Giv venligst besked, hvis tidspunktet ikke passer.
Med venlig hilsen
Familierådgivningen
""")

M("", """Fra: Ankestyrelsen
Til: Ishøj Kommune, hovedpostkassen
Emne: Anmodning om genvurdering og fremsendelse af sagens akter – j.nr. 24-41822

Ankestyrelsen har modtaget en klage over en afgørelse truffet af Ishøj Kommune. Klagen er sendt direkte til Ankestyrelsen af klageren. Efter reglerne skal kommunen genvurdere afgørelsen, før Ankestyrelsen behandler klagen.

Vi beder derfor kommunen om at:

1. genvurdere afgørelsen inden for 4 uger fra modtagelsen af denne henvendelse,
2. hvis kommunen fastholder afgørelsen, sende klagen og sagens akter til Ankestyrelsen via Ankestyrelsens klageportal,
3. oplyse, hvilken lovgivning afgørelsen er truffet efter, og
4. vedlægge en kort redegørelse for kommunens begrundelse for at fastholde afgørelsen.

Klagen og oplysninger om klageren fremgår af den vedhæftede fil, som er sendt krypteret. Af hensyn til databeskyttelse gentager vi ikke klagerens oplysninger i denne mail. Kommunen kan finde sagen i klageportalen under vores journalnummer 24-41822 og kommunens sagsnummer, hvis dette er oplyst af klageren.

Vi gør opmærksom på, at Ankestyrelsen generelt har behandlingstider på mellem 3 og 8 måneder afhængigt af sagsområdet. Aktuelle sagsbehandlingstider kan ses på Ankestyrelsens hjemmeside.

Hvis kommunen har spørgsmål til fremgangsmåden, kan I kontakte os på telefon 33 41 12 00 på hverdage kl. 9–15, eller skrive via sikker post. Husk at oplyse journalnummeret.

Med venlig hilsen

Ankestyrelsen
Klagecenter
Teglholmsgade 3
2450 København SV

Denne mail er sendt fra en adresse, der ikke kan besvares. Henvendelser skal sendes via sikker post.

Ankestyrelsen behandler personoplysninger i overensstemmelse med databeskyttelsesforordningen. Du kan læse mere om, hvordan vi behandler personoplysninger, på vores hjemmeside.
Vejledning til kommunen om genvurdering:
Når kommunen genvurderer afgørelsen, skal den tage stilling til klagerens argumenter og eventuelle nye oplysninger. Hvis kommunen giver klageren helt medhold, skal kommunen sende en ny afgørelse til klageren, og klagen skal ikke sendes til Ankestyrelsen. Hvis kommunen giver delvist medhold, skal kommunen sende en ny afgørelse og spørge klageren, om klagen fastholdes. Hvis kommunen fastholder afgørelsen, skal den senest 4 uger efter modtagelsen af klagen sende sagen til Ankestyrelsen sammen med en begrundelse. Kommunen skal samtidig orientere klageren om, at sagen er sendt videre. Vi henviser i øvrigt til Ankestyrelsens vejledning om klagebehandling, som kan findes på vores hjemmeside.
""")

M("pe", """Hej borgerrådgiver

Jeg har fået dit navn fra en bekendt, som sagde, at du var god til at finde ud af, hvem man skal snakke med. Jeg er helt forvirret og har brug for hjælp til at forstå, hvad der sker.

Jeg har et kolonihavehus i Haveforeningen Strandhaven, som jeg har haft i 14 år. Jeg har også en lejlighed i Vejleåparken. I foråret blev jeg arbejdsløs, og jeg har nu haft kontanthjælp siden maj. Min sagsbehandler på Jobcenteret har fortalt mig, at kolonihavehuset er en "formue", og at jeg skal sælge det, før jeg kan få kontanthjælp videre.

Jeg har sat huset til salg gennem haveforeningen. Der er en køber, der har budt 145.000 kr., men foreningens bestyrelse skal godkende prisen, og det tager tid, fordi de kun holder møde én gang om måneden. Køberen har sagt, at han kan vente til januar, men ikke længere.

I mellemtiden har Jobcenteret skrevet til mig, at jeg skal betale kontanthjælpen tilbage for de måneder, hvor jeg "havde formue". Det er over 40.000 kr. Jeg har ikke de penge, og jeg kan jo først betale, når huset er solgt.

Jeg forstår ikke:
– Hvorfor skal jeg betale tilbage, når jeg prøver at sælge?
– Hvorfor har ingen fortalt mig det fra starten?
– Hvem skal jeg tale med for at få en aftale om, at jeg betaler, når huset er solgt?

Jeg har ringet til Jobcenteret, men de siger, at det er Ydelsesservice, og Ydelsesservice siger, at det er Jobcenteret, der skal sige god for det.

Jeg har også spurgt i haveforeningen, om de kan skynde sig, men formanden siger, at reglerne er reglerne, og at bestyrelsen først kan godkende salget på mødet i december.

Kan du hjælpe mig med at finde ud af, hvem der bestemmer, og om der er nogen, der har overblikket? Jeg vil gerne gøre det rigtige, jeg ved bare ikke hvad det rigtige er.

Jeg kan sende alle breve, hvis du har brug for dem. Jeg har også købstilbuddet fra køberen, underskrevet.

Venlig hilsen
Lars Winther
Vejleåparken 12, st. tv.
2635 Ishøj
mob 27 81 35 60
PS. Jeg har lige fundet brevet fra Jobcenteret frem igen. Der står, at jeg "skal realisere formuen inden for rimelig tid". Hvad er rimelig tid? Er det tre måneder, seks måneder? Det står der ikke. Jeg har spurgt i telefonen, og de sagde, at det "kommer an på sagen". Det hjælper mig ikke at planlægge. Jeg har sagsnummeret 32.18.00-G01-0917-24, hvis du skal bruge det.
Jeg har også spurgt på Borgerservice, om der findes en pjece om reglerne for formue og kontanthjælp, men de havde ikke nogen. Medarbejderen henviste til borger.dk, hvor jeg ikke kunne finde noget om kolonihavehuse.
""")

M("", """Kære Borgerrådgiver

Jeg vil gerne klage over kommunens håndtering af min ansøgning om at få lov til at holde en gadefest på vores vej, og den måde, jeg er blevet behandlet på i telefonen. Jeg ved godt, det lyder som en lille sag, og det er det måske også, men jeg synes alligevel, det er værd at sige noget.

Vi er 14 husstande på Bækkeskovvej, der hvert år holder gadefest den sidste lørdag i august. Vi har gjort det i 11 år. Vi plejer at søge om tilladelse til at lukke vejen hos kommunen, og det har aldrig været et problem.

I år søgte jeg den 3. juni via kommunens hjemmeside. Jeg fik en automatisk kvittering med nummeret 030624-1547. Der stod, at vi ville få svar inden for 4 uger. Vi fik ikke svar.

Den 15. juli ringede jeg til kommunen. Jeg blev stillet om til Vej og Park, hvor en mand svarede. Jeg forklarede, hvad det drejede sig om, og han sagde: "Vi har altså vigtigere ting at lave end jeres grillfest." Han sagde, at jeg skulle "vente som alle andre". Jeg sagde, at festen var om seks uger, og at vi skulle vide, om vi måtte lukke vejen. Han sagde, at det var "ikke hans problem", og lagde på.

Den 2. august fik vi en tilladelse, men med betingelser, vi aldrig har haft før: Vi skulle betale for skiltning (1.850 kr.), og vi skulle have en "godkendt ansvarlig person" på stedet. Vi fik ingen forklaring på, hvorfor reglerne var lavet om, eller hvad en godkendt ansvarlig person er.

Vi holdt festen, og vi betalte for skiltene. Men jeg vil gerne have:

1. En forklaring på, hvorfor det tog to måneder at svare.
2. At nogen taler med medarbejderen om tonen i telefonen.
3. En forklaring på de nye betingelser, og om de gælder for alle.

Jeg vil også bare sige, at kommunen tit siger, at den gerne vil have, at borgerne tager ansvar og laver fællesskaber. Så er det lidt mærkeligt, at det skal være så svært.

Med venlig hilsen
Helle Munch
Bækkeskovvej 22
2635 Ishøj
tlf. 40 28 66 91

(På vegne af festudvalget på Bækkeskovvej)
-----Oprindelig meddelelse-----
Fra: Vej og Park
Sendt: 2. august 2024
Emne: Tilladelse til midlertidig lukning af vej

Tilladelse gives til lukning af Bækkeskovvej lørdag den 31. august kl. 12.00 til søndag den 1. september kl. 02.00 på følgende vilkår: 1) Der skal opsættes godkendt afspærring og skiltning i henhold til skilteplan, som bestilles hos kommunens leverandør mod betaling. 2) Der skal være en ansvarlig person til stede under hele arrangementet. 3) Der skal sikres fri passage for udrykningskøretøjer. 4) Vejen skal afleveres ryddet. Tilladelsen kan tilbagekaldes, hvis vilkårene ikke overholdes.
Med venlig hilsen, Vej og Park
""")

M("ut", """Til direktionsassistenten
Center for Børn og Forebyggelse

Kære direktionsassistent

Jeg har fået oplyst, at du koordinerer henvendelser til direktøren, så jeg sender denne til dig og beder om, at den bliver videresendt til direktøren og den relevante centerchef. Jeg vil også gerne have en kvittering.

Jeg er pædagog i en af kommunens daginstitutioner og tillidsrepræsentant for BUPL på min arbejdsplads. Jeg skriver ikke som tillidsrepræsentant eller om mit eget ansættelsesforhold – det ved jeg godt, at jeg skal tage op et andet sted. Jeg skriver som forælder og borger, fordi min søn går i en anden af kommunens institutioner, og fordi jeg har oplevet noget, som jeg mener, ledelsen bør kende til.

Den 11. september hentede jeg min søn, Yusuf, på 4 år. En af de voksne sagde til mig, at de havde haft en "snak" med Yusuf, fordi han havde "sagt nogle ting på et andet sprog", og at de "foretrak, at der kun blev talt dansk på stuen". Jeg er selv født i Danmark, men min far kom fra Pakistan, og vi taler urdu derhjemme med min mor. Yusuf er helt tosproget.

Jeg spurgte, hvad han havde sagt. Det vidste de ikke, for de forstod det ikke. Han havde formentlig bare talt med en anden dreng, der også taler urdu.

Jeg er klar over, at der er forskellige faglige holdninger til flersprogethed i daginstitutioner. Men jeg mener ikke, at det er i overensstemmelse med kommunens egen sprogstrategi at forbyde børn at tale deres modersmål med hinanden i leg. Og jeg synes ikke, at det var en god måde at fortælle mig det på, i døren, mens andre forældre stod og lyttede.

Jeg vil gerne have svar på:

1. Har institutionen eller kommunen en regel om, at der kun må tales dansk?
2. Hvis ja, hvor står den, og hvornår er den besluttet?
3. Hvis nej, hvordan sikrer man, at medarbejderne kender kommunens sprogstrategi?

Jeg har valgt ikke at skrive, hvilken institution det er, fordi jeg ikke vil have, at det går ud over min søn. Jeg vil gerne oplyse det i et møde, hvis det bliver nødvendigt.

Med venlig hilsen
Amina Rashid Sørensen
Gildbro Strand 7
2635 Ishøj
tlf. 30 19 47 52
-----Oprindelig meddelelse-----
Fra: Direktionssekretariatet
Sendt: 13. september
Emne: Kvittering for din henvendelse

Kære Amina Rashid Sørensen
Tak for din henvendelse til direktøren for Center for Børn og Forebyggelse. Din henvendelse er sendt videre til centerchefen, som vil sørge for, at du får et svar inden for 10 arbejdsdage. Direktøren er orienteret. Hvis du har spørgsmål i mellemtiden, er du velkommen til at kontakte mig.
Med venlig hilsen
Direktionsassistent
""")

M("", """Hej igen

Jeg har nu ventet i 23 arbejdsdage på svar på min henvendelse af 2. oktober om den manglende snerydning på fortovet ved Ishøj Centret. Jeg fik en kvittering den 3. oktober, hvor der stod, at jeg ville få svar inden for 10 arbejdsdage, og at det var Center for Byudvikling og Natur, der ville svare. Jeg har ikke hørt noget.

Jeg har to kommentarer:

For det første synes jeg ikke, det er i orden at lave et løfte om en svarfrist og så ikke holde den, og heller ikke give besked om, at man ikke kan. Det står i jeres egne retningslinjer, som jeg fandt på hjemmesiden, at man skal give besked, hvis fristen ikke kan overholdes. Det er ikke sket.

For det andet er problemet stadig der. I sidste uge, da der kom sne, var fortovet foran Ishøj Centrets indgang ikke ryddet før kl. 11. Der ligger en frisør, en apotek og en lægepraksis lige der, og det er mange ældre og gangbesværede, der skal den vej. Jeg så selv en ældre herre falde, heldigvis uden at slå sig.

Jeg forstår, at der kan være uenighed om, hvem der skal rydde fortovet – kommunen, centret eller grundejeren. Men det må kommunen kunne finde ud af, og så sige det til os.

Mine spørgsmål fra den 2. oktober står stadig:

1. Hvem har ansvaret for snerydning foran Ishøj Centret?
2. Hvornår på dagen skal det være ryddet?
3. Hvad gør kommunen, hvis den ansvarlige ikke rydder?

Jeg kopierer min oprindelige mail nedenfor.

Med venlig hilsen
Gitte Hvidberg
Ishøj Centervej 32
2635 Ishøj

> Fra: Gitte Hvidberg
> Sendt: 2. oktober 2024 19:41
> Til: Ishøj Kommune
> Emne: Snerydning ved Ishøj Centret
>
> Hej. Sidste vinter var fortovet ved Ishøj Centrets hovedindgang flere gange ikke ryddet om morgenen. Jeg vil gerne høre, hvem der har ansvaret, hvornår det skal være ryddet, og hvad kommunen gør, hvis det ikke sker. Jeg spørger nu, så det kan være på plads før vinteren. Venlig hilsen Gitte Hvidberg

> Fra: Ishøj Kommune
> Sendt: 3. oktober 2024 08:02
> Emne: Kvittering for din henvendelse
>
> Kære Gitte Hvidberg. Tak for din henvendelse, som er modtaget og sendt videre til Center for Byudvikling og Natur. Du vil modtage svar inden for 10 arbejdsdage. Venlig hilsen, Ishøj Kommune
PS. Jeg har lagt mærke til, at den oprindelige kvittering lovede svar fra Center for Byudvikling og Natur, men at jeres hjemmeside siger, at vintertjenesten på fortove ved private ejendomme er grundejerens ansvar. Hvis det er tilfældet for Ishøj Centret, så sig det bare. Så kan jeg tage det op med centerforeningen. Jeg vil bare gerne have et svar, så jeg ved, hvem jeg skal henvende mig til næste gang.
""")
