"""Part B: Jobcentret — sygedagpenge, jobafklaring, ressourceforløb, rehabiliteringsteam, a-kasser."""
from common import M

M("eh", """
Hej Jobcentret

Jeg har fået indkaldelse til møde i rehabiliteringsteamet den 14. Jeg vil gerne vide hvem der deltager, og om jeg må have min kontaktperson fra Distriktspsykiatrien med. Jeg har svært ved at tale foran mange mennesker pga. min PTSD.

Mvh
Rune Kristoffersen
""")

M("", """
Hej

Hvem sidder typisk i et rehabiliteringsteam? Jeg er ved at skrive en opgave på socialrådgiveruddannelsen og kan ikke finde en klar beskrivelse på jeres hjemmeside.

Venlig hilsen
Amalie Dyhr
""")

M("eh", """
Til min sagsbehandler Pia

Jeg vedhæfter den nye statusattest fra min læge. Som du kan se er jeg stadig ikke klar til at arbejde, min kræftbehandling er forlænget med 3 serier kemo. Jeg håber det er nok til at forlænge mine sygedagpenge.

Cpr. [[190870–2215]]

Mange hilsner
Merete Dahl
""")

M("eh", """
jeg er blevet sat i jobafklaringsforløb men ingen har fortalt mig hvad det betyder for mine penge. får jeg mindre end på sygedagpenge? min sagsbehandler svarer ikke på beskeder på min side

hilsen Dennis
""")

M("", """
Kære Jobcenter Ishøj

Vi er en mindre virksomhed i Ishøj Erhvervspark og vil gerne høre om mulighederne for at tage en person i løntilskud eller virksomhedspraktik. Hvem kan vi kontakte?

Venlig hilsen
Henning Laustsen
Laustsen VVS ApS
CVR 38214497
""")

M("eu", """
Hej

Min a-kasse (HK) har sagt at jeg skal kontakte jer om min rådighed, fordi jeg har fået tilbudt et job på 25 timer om ugen og de siger jeg risikerer at miste supplerende dagpenge. Kan I hjælpe mig med hvad der gælder?

Venlig hilsen
Maria Holt
""")

M("", """
Hej,

Hvad er reglerne for hvor langt man skal pendle for at tage et job, når man er ledig? Jeg spørger for en ven der bor i Ishøj og har fået job i Roskilde.

Mvh
""")

M("hu", """
Til Jobcentret, sygedagpengeafdelingen

Jeg har været sygemeldt fra mit job som social- og sundhedsassistent efter en arbejdsulykke, hvor jeg fik et brud på håndleddet ved en forflytning. Min tillidsrepræsentant fra FOA har bedt mig sende jer kopi af anmeldelsen til Arbejdsmarkedets Erhvervssikring, så I kan se at sagen kører. Den er vedhæftet.

Med venlig hilsen
Helle Brink Mortensen
""")

M("", """
Jeg skal til ansættelsessamtale om pedeljobbet på rådhuset i morgen kl 9.30 men bussen 300S kører ikke pga vejarbejde, kan jeg komme lidt senere?

/Nicklas
""")

M("eh", """
Kære sagsbehandler

Jeg har læst referatet fra vores møde, og der står at jeg "ikke ønsker at deltage i aktivitet". Det er ikke det jeg sagde. Jeg sagde at jeg ikke kan deltage i et forløb om morgenen, fordi jeg tager metadon på Misbrugscentret hver dag kl. 8. Jeg vil gerne have det rettet inden det bliver brugt mod min kontanthjælp.

Med venlig hilsen
Tommy Lauritsen
""")

M("", """
Hej Jobcentret

Kan man komme med til jeres jobmesse i Ishøj Hallen uden at være tilmeldt som ledig? Jeg er i job men overvejer at skifte.

Mvh Julie
""")

M("eh", """
Hej

Jeg har fået et brev om at jeg skal i ressourceforløb i 2 år. Jeg har været syg med depression og angst i 6 år og har været i 7 praktikker som ikke har virket. Jeg troede at rehabiliteringsteamet ville indstille mig til førtidspension. Hvad sker der nu? Jeg er 52 år.

Venlig hilsen
Jette Gade
Ishøj Landsbygade 3
""")

M("e", """
Til Jobcentret

Jeg er ledig og har skrevet CV på Jobnet, men kan ikke finde ud af at uploade det som PDF. Er der nogen der kan hjælpe mig med det, evt. på et kursus?

Hilsen
Ole Jensen
""")

M("ehu", """
Hej Karina

Tak for i dag. Som aftalt sender jeg navnet på min advokat fra 3F, som hjælper mig med arbejdsskadesagen: Bettina Klausen. Hun vil gerne have kopi af jeres mødereferat, og den nye scanning af min skulder fra Hvidovre.

Jeg håber stadig vi kan finde et fleksjob, for jeg kan ikke gå tilbage til stilladset.

Hilsen
Bo Mikkelsen
""")

M("e", """
Jobcentret

Jeg fik i dag et brev om at jeg har fået en sanktion for ikke at møde op i nytteindsatsen. Men jeg var til jobsamtale hos Netto i Brøndby samme dag og sagde det til Hassan i receptionen. Nu mangler der 1.400 kr i min udbetaling. Det er helt urimeligt.

Ali
""")

M("", """
Hej

Jeg er leder i en daginstitution og har en medarbejder, som er sygemeldt. Hvornår skal vi som arbejdsgiver sende oplysninger til jer om sygedagpengerefusion? Er det efter 30 dage?

Venlig hilsen
Dorthe Kjær
Leder, Børnehuset Regnbuen
""")

M("hu", """
Kære Jobcenter

Jeg er lærer på en skole i Ishøj og har været sygemeldt i 10 uger med en hjernerystelse. Min fagforening, Danmarks Lærerforening, har rådet mig til at bede om en fastholdelsesplan. Hvem skal jeg kontakte om det?

Med venlig hilsen
Signe Raaby
""")

M("", """
Hej jeg vil gerne vide hvordan man søger om fleksjob generelt? Er der et skema?

mvh Benny
""")

M("eh", """
Til jobkonsulent Lasse Brun

Jeg vil gerne takke for mødet, men også gøre opmærksom på at jeg ikke kan tage et job i et køkken, som du foreslog. Jeg har alvorlig astma og kan ikke tåle dampe og røg. Det står i min lægeattest fra lungeklinikken. Jeg er på kontanthjælp og vil meget gerne arbejde, bare ikke der.

Venlig hilsen
Ramin Karimi
""")

M("", """
Kære Jobcentret

Vi er en gruppe frivillige fra Ishøj Lokalhistoriske Forening. Kan jobcentret formidle kontakt til ledige, som kunne have lyst til frivilligt arbejde hos os? Vi har brug for hjælp til at scanne gamle fotos.

Med venlig hilsen
Poul Vinter
""")

M("et", """
Hej

Jeg er fra Ukraine og kom til Danmark i 2022. Jeg får selvforsørgelses- og hjemrejseydelse og går på sprogskole. Jobcentret har sagt jeg skal i praktik 20 timer om ugen i et supermarked, men så kan jeg ikke gå på danskkursus om formiddagen. Kan jeg få praktikken om eftermiddagen?

Med venlig hilsen
Olena Hrytsenko
""")

M("", """
Til Jobcentret

Hvor mange borgere i Ishøj er på sygedagpenge lige nu? Jeg skriver et indlæg til lokalavisen om ventetider i sygedagpengesager.

Venlig hilsen
Jørgen Mølgaard
""")

M("e", """
Hej Jobcentret

Min kone har været arbejdsløs i over et år, og vi har fået at vide at hun skal møde i jobcentret 225-timers regel. Vi forstår ikke reglen. Hvis hun ikke får 225 timers arbejde, mister vi så begge noget af kontanthjælpen? Vi er gift og får begge kontanthjælp.

Mvh
Bilal Haidari
""")

M("u", """
Hej

Som TR for 3F-medlemmerne på Ishøj Havn vil jeg gerne høre om Jobcentret kan være med til et møde om opkvalificering af vores havnearbejdere. Det handler om truckcertifikater og kranførerbevis, og vi har 11 kolleger der er interesserede.

Venlig hilsen
Allan Skovgaard
3F tillidsrepræsentant
""")

M("", """
Hej

Er der en frist for at klage over en afgørelse fra Jobcentret om sygedagpenge? Og hvor sender man klagen hen?

Tak
""")

M("eh", """
Kære Jobcenter Ishøj

Jeg blev i sidste uge indlagt på Amager Hospital med en blindtarmsbetændelse der sprang, og derfor kunne jeg ikke møde til min samtale mandag. Jeg fik først min telefon igen i går. Jeg vil ikke miste mine dagpenge for det, så jeg vedlægger udskrivningsbrevet.

Med venlig hilsen
Kasper Vinther
[[120996-4021]]
""")

M("", """
Hej Jobcentret

Min virksomhed har 2 ansatte i fleksjob. Kan I sende mig en oversigt over jeres åbningstider for virksomhedskonsulenterne og en direkte mail?

Mvh
Sanne Krogh
Krogh Rengøring
""")

M("ehs", """
Hej

Min mand, Torben, og jeg har lige haft et møde med jer om hans sygedagpenge. Han har fået konstateret ALS, og det går hurtigt. Vi forstår at han kan få ret til førtidspension hurtigere i sådan en sag, men sagsbehandleren kunne ikke svare. Kan I ringe til mig i stedet for til ham? Han har svært ved at tale.

Jeg er hans ægtefælle og har fuldmagt.

Mvh
Peter Lundgaard
""")

M("", """
Hej

Når en medarbejder går på barsel, skal vedkommende så selv ansøge om barselsdagpenge hos Udbetaling Danmark, eller er det Jobcentret? Vi er ved at skrive en vejledning til vores nye ansatte.

Venlig hilsen
""")

M("u", """
Til Jobcentret

Jeg har lige skiftet a-kasse fra Krifa til Dansk Metal fordi jeg er startet som smed. Skal jeg selv give jer besked om det, eller sker det automatisk?

Mvh
Jonas Bech
""")

M("eh", """
Hej sagsbehandler

Jeg har svært ved at overholde aftalerne om at søge 2 job om ugen, fordi min ADHD gør at jeg glemmer det. Jeg er ikke i medicinering endnu, jeg venter på udredning. Kan vi lave en aftale om at jeg får en sms-påmindelse? Ellers er jeg bange for at jeg mister min ydelse igen.

Mvh
Sebastian Holm
""")

M("", """
Hej

Jeg skal holde oplæg om sygedagpengereformen på et seminar for HR-folk. Har I nogle tal for hvor mange jobafklaringsforløb der er startet i Ishøj i 2024?

Mvh
Katrine Damsgaard
HR-konsulent
""")

M("", """
Til Jobcentret

Jeg fik et brev med "sagsnr. 150385-0211" i emnefeltet. Er det et sagsnummer eller et cpr-nummer? Det ligner min fødselsdato lidt, men jeg er født i 1990, så det kan det vel ikke være.

Mvh Anne
""")

M("eh", """
Hej

Jeg er i ressourceforløb og min mentor er stoppet. Det er tredje mentor på et halvt år. Jeg har en personlighedsforstyrrelse og det tager mig lang tid at stole på nye mennesker. Kan jeg få en ny mentor der bliver?

Mvh
Frederikke
""")

M("", """
Hej jobcenteret! jeg er 17 og vil gerne have et fritidsjob. kan I hjælpe med det eller er det kun for voksne?

Emil
""")

M("eh", """
Kære Jobcentret

Min søn Mathias er 24 og har en let udviklingshæmning. Han er lige flyttet i egen lejlighed og er kommet på kontanthjælp, men han forstår ikke brevene fra jer. Kan I sende kopi til mig? Han har givet mig fuldmagt.

Hans cpr er [[0801002517]].

Venlig hilsen
Lisbeth Frandsen
""")

M("b", """
Hej

Jeg har fået tilbudt praktik i en slagterforretning. Jeg er muslim og kan ikke håndtere svinekød. Kan jeg få en anden praktik, uden at det tæller som at jeg siger nej?

Med venlig hilsen
Yusuf Demir
""")

M("", """
Hej

Hvor kan man parkere, når man skal til møde på Jobcentret? Er der gratis p-pladser?

Mvh Ib
""")

M("ehu", """
Til Jobcentret

Jeg har været i jobafklaring i 18 måneder efter min hjerneblødning. Min sag er nu sendt til rehabiliteringsteamet med indstilling om fleksjob, og det er jeg glad for. Jeg er medlem af Dansk Sygeplejeråd, og de vil gerne have kopi af rehabiliteringsplanen, så de kan hjælpe mig med at finde et fleksjob i regionen.

Mange hilsner
Anette Skytte
""")

M("", """
Kære Jobcenter

Vi holder Pride i Ishøj i juni med en jobcafé for LGBT+-unge. Vil I deltage med en stand og fortælle om uddannelsesvejledning?

Med venlig hilsen
Ishøj Ungeråd
""")

M("e", """
hej. fik afvist min ansøgning om hjælp til kørekort. men min sagsbehandler sagde selv at det ville give mig job som chauffør. jeg har været ledig i 3 år og har ikke råd. kan i se på det igen

Daniel Westh
""")

M("", """
Hej

Jeg er personalechef og vi diskuterer i ledergruppen, hvordan en delvis raskmelding fungerer rent teknisk. Skal medarbejderen selv udfylde noget, eller er det arbejdsgiveren? Det er et generelt spørgsmål til vores personalehåndbog.

Mvh Charlotte
""")
