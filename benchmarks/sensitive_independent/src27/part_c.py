"""Part C: forwarded threads with Fra:/Sendt:/Til:/Emne: headers, > quotes, staff replies,
signatures, disclaimers and HTML left-overs."""
from common import M

M("hp", """
Fra: Hovedpostkassen
Sendt: 3. november 2026 09:14
Til: Center for Byudvikling og Natur
Emne: VS: Skel mod sti - Ishøj Landsby 23

Til rette vedkommende, videresendt fra byrådsmedlem Lone Ravn.

-----Oprindelig meddelelse-----
Fra: Erling Munk <erling.munk@gmail.com>
Sendt: 1. november 2026 21:40
Til: Lone Ravn
Emne: Skel mod sti - Ishøj Landsby 23

Kære Lone

Jeg håber du kan hjælpe. Kommunen har sendt mig et brev om, at mit skel mod stien ikke passer med matrikelkortet, og at hegnet skal flyttes 30 cm. Det har stået der siden 1978.

Problemet er, at huset er solgt med overtagelse 1. januar, men køberens advokat har sat handlen i bero, indtil skelsagen er afklaret. Jeg har ikke kræfter til en lang sag, jeg er i strålebehandling for prostatakræft hele december.

Venlig hilsen
Erling Munk
&nbsp;
""")

M("", """
Fra: Hovedpostkassen
Sendt: 3. november 2026 09:20
Til: Center for Byudvikling og Natur
Emne: VS: Skelsager generelt

Videresendt fra byrådsmedlem Lone Ravn.

> Kære Lone
> Hvor mange skelsager har kommunen egentlig gang i? Jeg har hørt der er kommet en ny opmåling i Ishøj Landsby, og at mange hegn står forkert. Er det noget man som husejer skal være bekymret for, hvis man gerne vil sælge en dag?
> Mvh Poul Erik Hald

Med venlig hilsen
Hovedpostkassen, Ishøj Kommune
""")

M("e", """
Emne: SV: Restance på ejendomsskat

Kære Torben Hald

Tak for din mail. Vi har registreret din betaling af 1. rate.

Med venlig hilsen
Opkrævningen, Ishøj Kommune

-----
> Hej
> Jeg kan ikke betale 2. rate af ejendomsskatten til tiden. Jeg har været ledig siden maj og er først lige kommet på dagpenge. Kan I give mig henstand til 1. december?
> Torben Hald, Ishøj Søvej 52
""")

M("", """
Emne: SV: Ejendomsskat 2. rate

Kære Karen Hedegaard

Tak for din henvendelse. Du kan tilmelde ejendomsskatten til Betalingsservice via din netbank. Opkrævningsnummeret er 0312881456.

Med venlig hilsen
Opkrævningen, Ishøj Kommune

> Hej, hvordan tilmelder jeg ejendomsskatten til betalingsservice? Jeg har glemt det igen.
> Karen
""")

M("s", """
Fra: Frederik Alsted <f.alsted@outlook.dk>
Til: Borgerservice Ishøj
Emne: Navneændring efter bryllup

<div>Hej</div>
<div>&nbsp;</div>
<div>Min mand Rasmus og jeg blev gift på Ishøj Rådhus i lørdags. Vi vil begge gerne tage efternavnet Alsted-Kure. Skal vi søge om navneændring hos jer eller hos Familieretshuset, og hvad koster det?</div>
<div>&nbsp;</div>
<div>Mvh Frederik</div>
""")

M("", """
Fra: Camilla Kure <c.kure@outlook.dk>
Til: Borgerservice Ishøj
Emne: Navneændring efter bryllup

<div>Hej</div>
<div>&nbsp;</div>
<div>Jeg og min mand blev gift i lørdags. Vi vil gerne tage et fælles dobbelt-efternavn. Hvor søger vi?</div>
<div>Mvh Camilla</div>
""")

M("tb", """
Fra: Ahmad Sharifi
Sendt: 14. oktober 2026 08:02
Til: Borgmesterens sekretariat
Emne: VS: VS: Lokaler til fredagsbøn

Kære borgmester

Jeg videresender nedenstående, fordi jeg ikke har fået svar fra Kultur og Fritid i fem uger.

Vi er en lille forening af afghanske familier i Ishøj, som gerne vil leje et lokale i Ishøj Medborgerhus til fredagsbøn og koranskole for børnene om lørdagen. Jeg er selv formand og står for bønnen.

> Fra: Ahmad Sharifi
> Sendt: 8. september 2026
> Til: Kultur og Fritid
> Emne: Lokaler til fredagsbøn
>
> Kan vi leje lokale 3 fredag kl. 12-14?

Med venlig hilsen
Ahmad Sharifi
Formand, Afghansk Kulturforening Ishøj
""")

M("", """
Fra: Kultur og Fritid
Til: Foreningsportalen
Emne: VS: Regler for udlån af lokaler til trossamfund

Hej

Videresender spørgsmålet fra en borger. Hvad er reglerne, når et trossamfund vil låne lokaler i medborgerhuset? Må religiøse foreninger få gratis lokaler efter folkeoplysningsloven?

> Hej, må en kirke eller moské låne gratis lokaler i kommunen? Jeg spørger fordi min forening deler lokale med en sådan, og vi vil gerne kende reglerne.
> Mvh Lene Ibsen, Ishøj Bridgeklub
""")

M("ue", """
Fra: Hanne Kjeldsen [mailto:hanne.kjeldsen@mail.dk]
Sendt: 22. maj 2026 16:31
Til: Jobcenter Ishøj
Cc: HK Hovedstaden
Emne: Samtale om løntilskud

Hej

Jeg har fået indkaldelse til samtale om et løntilskudsjob hos Ishøj Forsyning. Jeg har bedt min faglige konsulent fra HK om at deltage, som er min ret som medlem. Hun kan kun om eftermiddagen. Kan mødet rykkes til kl. 13?

Mvh Hanne Kjeldsen

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du slette den.
""")

M("", """
Fra: Jobcenter Ishøj
Til: Alle virksomhedspartnere
Emne: Jobmesse 12. marts

Kære samarbejdspartner

Vi holder jobmesse i Ishøj Idrætscenter den 12. marts. HK, 3F, FOA og Dansk Metal har meldt deres deltagelse med stande, og der vil være oplæg om løntilskud og voksenlærlinge.

Tilmelding senest 1. marts.

Med venlig hilsen
Virksomhedsservice, Jobcenter Ishøj

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du slette den.
""")

M("eh", """
Fra: Kirsten Bay
Sendt: 2. februar 2026 10:11
Til: Ældre og Sundhed
Emne: SV: Ansøgning om plejebolig til min mor

Tak for svaret. Jeg har ikke fået lægens erklæring endnu, men jeg sender den, så snart jeg har den.

Mor har haft tre fald siden jul, og hun kan ikke længere finde vej hjem, når hun går ud. Demensudredningen er i gang på Glostrup.

-----Original Message-----
From: Ældre og Sundhed
Sent: 30. januar 2026 14:02
To: Kirsten Bay
Subject: RE: Ansøgning om plejebolig til min mor

Kære Kirsten Bay
Vi har modtaget ansøgningen om plejebolig til din mor, Else Bay, [[120533-0642]]. For at behandle den skal vi bruge en lægelig vurdering.
Med venlig hilsen
Visitationen
""")

M("", """
-----Original Message-----
From: Visitationen
Sent: 30. januar 2026 14:02
To: Lars Petersen
Subject: RE: Ventetid på plejebolig

Kære Lars Petersen

Tak for din henvendelse. Den gennemsnitlige ventetid på en plejebolig i Ishøj Kommune er i øjeblikket 7 uger. Plejeboliggarantien er 2 måneder.

Med venlig hilsen
Visitationen

> Hej, hvor lang er ventetiden på plejebolig? Vi diskuterer det i ældrerådet.
""")

M("p", """
Emne: VS: Tinglysning af servitut

Hej Henrik, kan du tage denne?
/Mette, Byggeri

> Hej
> Vi har solgt vores andelslejlighed i Bækkegården, men køberne vil ikke underskrive den endelige aftale, før de har set jeres svar på, om altanen er lovlig. Andelsforeningen siger, I skal bekræfte det. Handlen kører indtil videre kun på en forhåndsaftale.
> Hilsen Jens og Lotte Voss
""")

M("", """
Emne: VS: Altaner i Bækkegården

Hej Henrik, kan du tage denne?
/Mette, Byggeri

> Hej
> Skal andelsforeninger søge byggetilladelse til nye altaner, eller er det nok med en anmeldelse? Vi er i bestyrelsen i Bækkegården og overvejer at sætte altaner på alle lejligheder.
> Hilsen bestyrelsen v/ Ove
""")

M("ht", """
Fra: Emma Lindqvist
Til: Borgerservice
Emne: SV: SV: Sundhedskort

Hej igen

Nej, jeg har stadig ikke fået kortet. Jeg er svensk og flyttede hertil i august, og jeg skal bruge kortet fordi jeg er gravid og skal til jordemoder næste uge. Jeg har CPR-nummer: [[230996–2418]]

Emma

> Kære Emma
> Dit sundhedskort er sendt til folkeregisteradressen. Du bør have det inden for 14 dage.
> Borgerservice
""")

M("", """
Fra: Peter Saxe
Til: Borgerservice
Emne: SV: Sundhedskort

Hej igen

Kortet er kommet, tak. Jeg har bare et spørgsmål mere: Hvor lang tid er man i karantæne, når man flytter fra Sverige, før man kan vælge læge? Min kollega skal flytte hertil.

Peter

> Kære Peter
> Dit sundhedskort er sendt til din adresse.
> Borgerservice
""")

M("b", """
Fra: Lise Gregersen
Sendt: 7. april 2026
Til: Begravelsesmyndigheden / Borgerservice
Emne: Askespredning over havet

Hej

Min mand døde i sidste uge. Han var medlem af Humanistisk Samfund hele sit liv og ville ikke have nogen præst eller ceremoni i kirken. Han ønskede sin aske spredt over Køge Bugt.

Skal jeg søge om det hos jer, og hvor lang tid tager det? Bedemanden siger, der er en formular.

Venlig hilsen
Lise Gregersen

--
Sendt fra min iPad
""")

M("", """
Fra: Borgerservice
Til: Niels Vad
Emne: SV: Askespredning

Kære Niels Vad

Ansøgning om spredning af aske over havet sker via borger.dk og behandles af Kirkeministeriet / Ankestyrelsen, ikke af kommunen. Behandlingstiden er ca. 1-2 uger.

Med venlig hilsen
Borgerservice

> Hvem søger man hos, hvis ens afdøde far gerne vil spredes over havet?
""")

M("e", """
Fra: Lejerforeningen Strandparken
Til: Ishøj Kommune, Borgerrådgiveren
Emne: VS: Fogedsag

Til borgerrådgiveren

Vi videresender her en mail fra en af vores beboere, som har bedt os om hjælp. Hun har givet fuldmagt.

> Jeg har fået brev fra fogedretten om at jeg skal sættes ud den 15. Jeg har skyldt husleje for tre måneder, fordi mine sygedagpenge blev stoppet, og jeg har klaget. Kan kommunen ikke gøre noget? Jeg har to børn.
> Marianne Lykke, Strandparken 14, 2. th.

Med venlig hilsen
Lejerforeningen
""")

M("", """
Fra: Lejerforeningen Strandparken
Til: Ishøj Kommune, Borgerrådgiveren
Emne: Møde om udsættelser

Til borgerrådgiveren

Vi har i foreningen oplevet flere udsættelser i år end tidligere. Vil borgerrådgiveren komme til vores generalforsamling og fortælle, hvad man kan gøre, hvis man kommer bagud med huslejen? Der er ingen konkrete sager, det er til generel information.

Med venlig hilsen
Lejerforeningen
""")

M("s", """
Sendt fra Outlook til iOS
________________________________
Fra: Nikolaj Bech <nikobech@hotmail.com>
Sendt: søndag, oktober 4, 2026 8:51 PM
Til: Kultur og Fritid
Emne: Leje af Ishøj Strandhus

Hej

Vi vil gerne leje Strandhuset den 12. december til en julefrokost for vores forening, Regnbuelaget Vestegnen – vi er en flok bøsser og lesbiske fra Ishøj og omegn, ca. 40 personer. Er det ledigt, og hvad er prisen med køkken?

Nikolaj (formand)
""")

M("", """
________________________________
Fra: Kultur og Fritid
Til: Alle foreninger
Emne: Pride-flag på Rådhuspladsen

Kære foreninger

Ishøj Kommune hejser regnbueflaget på Rådhuspladsen under Copenhagen Pride i uge 33. Foreninger, der vil deltage i markeringen, kan kontakte os.

Med venlig hilsen
Kultur og Fritid
""")

M("eh", """
Fra: Ole Winther
Sendt: 19. juni 2026 07:58
Til: Ydelseskontoret
Emne: VS: Tilbagebetaling af boligstøtte

Hej

Jeg har fået det her brev fra Udbetaling Danmark og forstår ingenting. De siger, jeg skal betale 11.400 kr. tilbage i boligstøtte. Jeg har jo bare fået det, de har givet mig.

Jeg er førtidspensionist pga. min skizofreni, og min bostøtte har normalt hjulpet mig med brevene, men hun er på barsel.

Kan I hjælpe mig?

Ole

> Udbetaling Danmark: Afgørelse om tilbagebetaling, j.nr. 4110-2261-33
""")

M("", """
Fra: Ydelseskontoret
Til: Ole Winther
Emne: SV: VS: Tilbagebetaling

Kære Ole

Vi kan desværre ikke behandle sager om boligstøtte, det gør Udbetaling Danmark. Du kan ringe til dem på 70 12 80 63. Vi har ikke gemt din mail.

Med venlig hilsen
Ydelseskontoret
""")

M("u", """
Emne: RE: RE: Arbejdsmiljø på genbrugspladsen

Hej Lars,
tak for hurtigt svar. Som sagt er jeg ikke TR længere, men stadig medlem af 3F, og jeg har talt med den nye TR, Rene, som også mener at støvet ved trærummet er for slemt. Vi håber at Arbejdstilsynet kommer.
Jan

>> Hej Jan, tak for din henvendelse. Vi kigger på ventilationen.
>> Lars Bruun, driftsleder
""")

M("", """
Emne: RE: Arbejdsmiljø på genbrugspladsen

Hej Lars,
tak for svaret. Er der lavet en støvmåling ved trærummet? Jeg kommer der hver lørdag med haveaffald, og det støver forfærdeligt, også for os besøgende.
Jan Steen

>> Hej Jan, vi kigger på ventilationen.
>> Lars Bruun, driftsleder
""")

M("et", """
Fra: Fatima Osman
Til: Borgerservice Ishøj
Emne: Pas til min søn

Hej

Jeg skal have lavet pas til min søn Abdi, 4 år. Vi er somaliske, og hans far bor i Somalia, så jeg kan ikke få hans underskrift. Vi blev skilt for to år siden, og jeg har forældremyndigheden alene, det står i afgørelsen fra Familieretshuset.

Hvad skal jeg tage med?

Fatima
&nbsp;<br>
<span style="font-size:9pt">Sendt fra Mail til Windows</span>
""")

M("", """
Fra: Birgitte Dam
Til: Borgerservice Ishøj
Emne: Pas til barn

Hej

Skal begge forældre være med, når man søger om pas til et barn under 18? Hvad hvis den ene bor i udlandet?

Birgitte
<span style="font-size:9pt">Sendt fra Mail til Windows</span>
""")

M("hu", """
Fra: Søren Kirk
Sendt: 12. august 2026 13:40
Til: Anne-Marie Holst (byrådsmedlem)
Emne: Hastighed på Ishøj Boulevard

Hej Anne-Marie

Vi talte sammen ved FOA's sommerfest, hvor jeg jo er TR på Ishøj Plejecenter. Jeg lovede at skrive om farten på Ishøj Boulevard ved Gildbroskolen. Bilerne kører 80, og der mangler et fodgængerfelt.

Jeg er selv blevet påkørt derfra på cykel i 2024 og har stadig et piskesmæld, så det er ikke kun teori.

Hilsen
Søren
""")

M("", """
Fra: Anne-Marie Holst (byrådsmedlem)
Til: Søren Kirk
Emne: SV: Hastighed på Ishøj Boulevard

Kære Søren

Tak for din mail. Jeg har slettet din oprindelige tekst af hensyn til fortroligheden og har sendt sagen videre til administrationen, som vil svare dig inden for 10 hverdage.

Venlig hilsen
Anne-Marie Holst
""")

M("ep", """
Fra: Gorm Lassen
Til: Skat og Opkrævning, Ishøj Kommune
Emne: VS: Lån til betaling af ejendomsskat

Hej

Jeg har fået afslag i banken på at forlænge min kassekredit, og jeg er bagud med 14.000 kr. i ejendomsskat. Jeg har derfor sat huset på Brodersens Allé til salg, og der er en køber, der har budt, men handlen er ikke på plads. Kan I udsætte inddrivelsen til salget er gennemført?

Hilsen Gorm

---------- Videresendt meddelelse ----------
Fra: Nordea
Emne: Afslag på ansøgning
""")

M("", """
Fra: Skat og Opkrævning
Til: Alle husejere i Ishøj (nyhedsbrev)
Emne: Lån til betaling af ejendomsskat

Kære husejer

Pensionister og andre kan søge om at låne til betaling af ejendomsskat. Lånet forrentes og tinglyses som pant i ejendommen. Læs mere på ishoj.dk.

Skat og Opkrævning
""")

M("s", """
Hej,
&nbsp;
Jeg vil bare melde flytning til jer, min kæreste Signe og jeg er flyttet sammen på Strandboulevarden 41, 1. tv. fra 1. oktober. Hun har allerede meldt sig selv, men jeg kunne ikke finde knappen. Vi er to kvinder, hvis det gør nogen forskel for boligstøtten (det gør det nok ikke, haha).
&nbsp;
Mvh Julie Bach
</p>
""")

M("", """
Hej,
&nbsp;
Vil bare melde flytning: Jeg er flyttet til Strandboulevarden 41, 1. tv. fra 1. oktober sammen med min kæreste. Kunne ikke finde knappen på borger.dk.
&nbsp;
Mvh Julie Brink
</p>
""")

M("pb", """
Fra: Menighedsrådet ved Torslunde Kirke
Til: Center for Byudvikling og Natur
Emne: VS: Præsteboligen

Vi videresender herunder brev fra vores præst, Anders Thygesen, med hans tilladelse.

> Jeg har sammen med min kone besluttet at sælge vores private hus på Torslunde Bygade, da vi flytter ind i præsteboligen. Ejendomsmægleren har en køber, der venter på jeres svar om udstykningen af haven. Kan I prioritere det?

Med venlig hilsen
Menighedsrådet
""")

M("e", """
Fra: Rikke Lauritsen
Til: Borgerservice
Emne: Ny adresse

Hej,

Jeg skal flytte på krisecenter i en periode og vil ikke have, at min tidligere samlever kan se min nye adresse. Kan jeg få navne- og adressebeskyttelse? Jeg har også brug for at ændre adressen til min enkeltydelse-sag i Ydelsescentret.

Rikke
""")

M("", """
Fra: Thomas Bøg
Til: Borgerservice
Emne: Adressebeskyttelse

Hej

Hvad koster navne- og adressebeskyttelse, og hvor længe gælder det? Jeg er journalist og vil ikke have min adresse fundet af kilder.

Thomas
""")

M("hse", """
Fra: Mikkel Østergaard
Sendt: 9. marts 2026 22:10
Til: Visitationen
Emne: Hjælpemidler til min mand

Hej

Min mand Anders har fået sklerose og har svært ved at gå. Vi har søgt om en badebænk og greb ved toilettet for tre måneder siden. Vi har ikke hørt noget. Kan I sige hvor sagen er?

Mvh
Mikkel Østergaard, Pilemøllevej 6
""")

M("he", """
Fra: Ishøj Apotek
Sendt: 1. juli 2026
Til: Borgerservice
Emne: VS: Ansøgning om helbredstillæg

> Hej
> Apoteket siger jeg skal søge om helbredstillæg til min medicin mod parkinson, fordi jeg er folkepensionist med meget lille formue. Kan jeg gøre det hos jer?
> Arne Lauesen, [[170242 1178]]

Vi har henvist kunden til at skrive til jer.
Med venlig hilsen
Ishøj Apotek
""")

M("", """
Fra: Ishøj Apotek
Til: Borgerservice
Emne: Helbredstillæg – info til kunder

Vi får mange spørgsmål om helbredstillæg. Har I en folder, vi kan lægge på disken? Vores apotek har kunde-nr. 0104551230 hos jer, hvis I skal bruge det.

Med venlig hilsen
Ishøj Apotek
""")
