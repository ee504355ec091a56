"""corpus68 part d: replies with quoted history, mails to the mayor and her PA, directors' assistants and committee secretaries."""
from common import M

M("she", """
Til borgmester Merete Dahl, att. Tine Lykke (PA)

Tak for kvitteringen. Jeg vil gerne tilføje noget, som jeg glemte i min første mail.

Min mand Henrik har haft sclerose i ti år og har fået afslag på en ny el-kørestol, fordi den gamle "stadig kan repareres". Den har været på værksted fem gange siden jul. Jeg er selv hans hjælper det meste af dagen, og jeg kan ikke skubbe ham op ad bakken ved Ishøj Søvej.

Henriks personnummer er [[130372–1455]]. Han har givet mig fuldmagt, den er vedhæftet.

Venlig hilsen
Anders Bové
""")

M("", """
Kære Susanne Bang

Tak for din henvendelse til borgmesteren. Vi har sendt den videre til centerchefen i Center for Byudvikling og Natur, som vil svare dig inden for 10 hverdage. Hvis du ikke har hørt fra os inden da, er du velkommen til at kontakte mig.

Med venlig hilsen
Tine Lykke
Personlig assistent for borgmesteren
Ishøj Kommune, Ishøj Store Torv 20, 2635 Ishøj
""")

M("tp", """
SV: Erhvervsgrunden på Industrivej 30

Kære Lars Ravn

Tak for hurtigt svar. For at sige det lige ud: Vi er en tyrkisk familie, og min far startede firmaet i 1986 med én varebil. Vi har nu budt 4,1 mio. på grunden og har banken klar. Hvis der kommer et højere bud, vil vi gerne have mulighed for at matche det.

Mvh
Murat Aydın
Aydın Transport ApS, CVR 19874563

-----Oprindelig meddelelse-----
Fra: Lars Ravn, direktionsassistent
Sendt: 3. marts 2025 10:12
Emne: SV: Erhvervsgrunden på Industrivej 30

Kære Murat Aydın
Kommunen har modtaget jeres bud. Udbuddet lukker 14. marts, og alle bud behandles i Økonomiudvalget den 8. april.
""")

M("u", """
Kære Jesper

Tak for svaret, men jeg synes du misforstår mig. Jeg er medlem af Lederne og har været afdelingsleder i hjemmeplejen i 12 år, og jeg taler ikke om min egen løn. Jeg taler om, at vi ikke kan rekruttere, fordi vagtplanerne er uforudsigelige.

Mvh
Jonna

> Kære Jonna
> Tak for din mail. Byrådet har ikke indflydelse på lønnen, det ligger i overenskomsten. Men jeg tager gerne en snak om arbejdsvilkår.
> Jesper
""")

M("s", """
Hej Ayse

Nej, det var ikke mig der skrev i Facebook-gruppen, det var min kone Mette. Men vi er enige: Legepladsen i Strandparken er farlig, og vores søn slog hovedet i sidste uge. Nogen må se på den gynge.

Sofie

Den man. 10. mar. 2025 kl. 19:22 skrev Ayse Yilmaz <ayy@ishoj.dk>:
> Hej Sofie, jeg så dit opslag om legepladsen – har du et billede?
""")

M("", """
Hej Kasper

Enig. Lad os tage den på næste udvalgsmøde.

Anne-Grethe

> Fra: Kasper Ørum
> Sendt: 11. marts 2025
> Emne: Vejarbejdet på Vejlebrovej
> Jeg har fået fem klager i denne uge over, at omkørslen ved Vejlebrovej ikke er skiltet. Kan vi bede administrationen om en plan?
""")

M("he", """
Til direktionsassistent Pia Storm

Jeg henvender mig igen, da jeg ikke har fået svar på mail af 4. februar (se nedenfor).

Venlig hilsen
Frank Nielsen

-----Oprindelig meddelelse-----
Fra: Frank Nielsen
Sendt: 4. februar 2025
Til: Direktør for Voksne og Velfærd
Emne: Min sag om bostøtte

Jeg fik en hjerneskade ved en trafikulykke i 2019 og har siden haft bostøtte to timer om ugen. Nu har jeg fået brev om at den stopper. Jeg har klaget, men klagen er ikke behandlet. Cpr [[2011791023]].
""")

M("b", """
SV: Parkering ved Torslunde Kirke

Kære Rikke Holm

Tak for dit svar. Jeg forstår godt, at kommunen ikke kan afsætte flere pladser lige nu. Men ved begravelser holder folk på kørebanen, og jeg som præst står ofte og dirigerer trafikken, før jeg skal ind og forrette. Det er ikke værdigt.

Venlig hilsen
Johannes Vind
Sognepræst i Torslunde

> Kære Johannes Vind
> Teknik- og Miljøudvalget har ikke midler til en ny parkeringsplads i 2025.
""")

M("", """
Automatisk svar: Tak for din mail. Jeg er på kursus og tilbage mandag den 31. marts. Henvendelser til direktøren for Børn og Velfærd kan i mellemtiden sendes til sekretariatet på bornogvelfaerd@ishoj.dk.

Venlig hilsen
Pia Storm, direktionsassistent
""")

M("tu", """
Hej Annette

Tak for at du svarede så hurtigt. Ja, du må gerne sende det videre, men uden mit navn.

Jeg er fra Filippinerne og har arbejdet som sygeplejerske i hjemmesygeplejen i Ishøj i seks år. Jeg er medlem af DSR. Flere af os med udenlandsk uddannelse får lavere løntrin end danske kolleger med samme erfaring. Det er ikke noget vi kan tale om højt på arbejdet.

Venlig hilsen
R.

> Hej, må jeg sende din mail videre til Personaleafdelingen? /Annette
""")

M("p", """
Til: borgmesterens PA
Emne: VS: Ishøj Strandvej 5 – forkøbsret?

Hej Tine, se nedenstående fra en ejendomsmægler. Kan du finde ud af, hvem der skal svare?
/Merete

---------- Videresendt meddelelse ----------
Fra: Henrik Dam, Danbolig Ishøj
Emne: Ishøj Strandvej 5

Sælger af Ishøj Strandvej 5 har accepteret købers bud på 3.450.000 kr. under forudsætning af, at kommunen ikke gør brug af sin forkøbsret i henhold til lokalplan 1.64. Vi skal bruge et skriftligt svar senest 25. marts.
""")

M("e", """
Kære Sanne

Tak fordi du ringede. Som lovet skriver jeg det hele her.

> Jeg er blevet sat ud af min lejlighed i Vejleå Park fordi jeg skyldte husleje for tre måneder. Jeg bor nu på et værelse hos en kammerat, men han skal have det tilbage 1. maj. Jeg har været på Borgerservice og fået at vide, at der ikke er noget ledigt på akutlisten.

Det var det, jeg skrev til boligselskabet. De har ikke svaret.

Mikkel
""")

M("", """
Hej Morten

Jeg er ikke enig. At sænke kontanthjælpsloftet løser ikke problemet, det flytter det bare til boligstøtten. Tallene fra Beskæftigelsesministeriet viser, at effekten er under 300 fuldtidspersoner på landsplan.

Torben

> Fra: Morten Skov
> Vi må kunne forvente, at folk tager et job, når der er mangel på arbejdskraft. Det er min holdning, og jeg siger det gerne i byrådssalen.
""")

M("sb", """
Kære Jesper

Jeg er homoseksuel og har været medlem af Venstre i Ishøj i 11 år. Jeg blev derfor ked af at læse dit opslag om "familiepolitik med en mor og en far". Jeg håber, vi kan tage en snak om det, før det bliver en sag i lokalforeningen.

Venlig hilsen
Christian Holck
""")

M("te", """
Til direktionsassistent Lars Ravn, Center for Beskæftigelse og Erhverv

Jeg kom som flygtning fra Syrien i 2015, og jeg er nu færdig med mit integrationsprogram. Jeg har fået et tilbud om job som buschauffør fra 1. maj, men jobcentret har ikke svaret på, om jeg kan få betalt kørekort til bus som en del af min plan.

Mit CPR-nummer: [[140290-2517]]

Med venlig hilsen
Abdulrahman Khalil
""")

M("u", """
Kære Sanne

Tak for svaret, og tak fordi du tog dig tid. Jeg er tidligere tillidsrepræsentant og var medlem af 3F i 25 år, indtil jeg gik på pension i fjor, så jeg ved godt, hvordan det med overenskomsterne fungerer. Min pointe er bare, at kommunen som indkøber kan stille krav.

Venlig hilsen
Poul Lindberg
""")

M("p", """
Notat fra borgmesterens sekretariat, til Center for Byudvikling og Natur

En borger, Lene Nørgaard, har ringet til borgmesterens kontor. Hendes datter Ida er i gang med at købe huset Torslunde Bygade 14 og har en købsaftale med forbehold for købers advokat. Advokaten har spurgt til en servitut om vejret, som kommunen har tinglyst i 1992. Lene ønsker at vide, om kommunen vil aflyse servitutten.

Tine Lykke
""")

M("", """
Hej Annette

Du spurgte til tallene: I 2024 modtog 1.480 borgere i Ishøj hjemmehjælp, heraf 640 kun praktisk hjælp. Den gennemsnitlige visiterede tid pr. uge er 2,4 timer. Tallene ligger i bilaget til punkt 6 på udvalgets dagsorden.

Vh
Camilla, udvalgssekretær, Ældreudvalget
""")

M("h", """
Hej Malene

Ja, det er fint at du sender den videre. Jeg vil bare lige sige det mere tydeligt end på telefonen:

> Jeg har epilepsi og må ikke køre bil. Bussen 128 stopper nu kun hver time om aftenen, og jeg arbejder til kl. 22 i Bycentret. Jeg har gået hjem til Torslunde fire aftener i den sidste uge.

Tak
Sebastian
""")

M("t", """
Kære Hassan

Din kollega sagde at jeg skulle skrive til dig, fordi du sidder i Integrationsrådet.

Jeg er halvt jamaicansk og er den eneste sorte frisør i Ishøj. Jeg har søgt om at få min salon med i kommunens erhvervsnetværk tre gange og har aldrig fået svar, mens to af mine naboer i samme gade er kommet med. Jeg vil ikke påstå noget, men jeg vil gerne forstå kriterierne.

Venlig hilsen
Daniel Brown
""")

M("s", """
Til udvalgssekretæren for Kultur- og Fritidsudvalget

Jeg skal bruge en blanket til ansøgning om lokaler til en ny forening: "Ishøj Queer Kor". Vi er syv medlemmer nu, og jeg er selv biseksuel og dirigent. Kan vi søge om lokale i Kulturhuset om mandagen?

Med venlig hilsen
Sara Lindgren
""")

M("", """
SV: SV: Spørgsmål til budgettet

Hej Kim

Jeg har spurgt administrationen. Beløbet til integration i 2025 er 14,2 mio. kr., hvoraf 8,1 mio. er statslig refusion. Det står i budgetbilag 3, s. 42.

Mvh Sanne

> Hvor meget bruger kommunen på integration i alt? Kim
""")

M("p", """
Kære Per Aagaard

Tak for at du svarede i weekenden. Jeg vil præcisere: Vi har ikke solgt endnu. Vi har en køber, som har skrevet under med forbehold for finansiering, og banken vil have en vurdering, som afhænger af om kommunen vil godkende kvistene. Vi søgte i november.

Mvh
Nina og Rasmus Bech
Vildtbanegårdsvej 7

Den 15. mar. 2025 kl. 09:03 skrev Per Aagaard:
> Tillykke med salget! Hvad er det, I mangler fra kommunen?
""")

M("tu", """
Til udvalgssekretær, Beskæftigelsesudvalget

Som tillidsrepræsentant for chaufførerne hos et busselskab på Vestegnen (3F) vil jeg gerne komme med et indspark til jeres tema om rekruttering. Jeg er selv kommet fra Irak i 1999, og 60 % af mine kolleger er født i udlandet. Mange stopper, fordi de ikke kan få kommunal hjælp til kørekort.

Venlig hilsen
Haider Abbas
""")

M("h", """
Hej Tine

Du må meget gerne give borgmesteren besked om, at jeg ikke kan komme til mødet om boligsocial helhedsplan den 20. Jeg har lige fået besked om, at jeg skal indlægges på Glostrup for min ryg, og jeg er sygemeldt fra mit arbejde i beboerrådgivningen resten af måneden.

Venlig hilsen
Helle Sand, næstformand i afdelingsbestyrelsen
""")

M("", """
Til: Susanne Bang, udvalgssekretær
Emne: Dagsorden Social- og Sundhedsudvalget

Hej Susanne

Kan vi få punktet om nye retningslinjer for misbrugsbehandling flyttet op som punkt 3? Jeg skal gå kl. 17.30. Bilagene er fine.

Bedste hilsner
Ayse
""")

M("e", """
SV: Din henvendelse til borgmesteren

Kære Tine Lykke

Tak for kvitteringen. Jeg vil gerne præcisere, at jeg har betalt mit afdrag på 500 kr. om måneden til kommunen for min gamle gæld til daginstitution hver måned siden 2021, men nu har Gældsstyrelsen alligevel modregnet i min skat. Det er det, jeg klager over.

Venlig hilsen
Bianca Stenz

> Kære Bianca Stenz
> Borgmesteren har modtaget din henvendelse og har sendt den til Center for Borger, Økonomi og IT.
""")

M("t", """
Hej Rikke

Jeg svarer lige på din mail fra i går. Nej, vi vil gerne deltage i arbejdsgruppen om Strandgårdsparken, men det skal ikke være fordi vi er "de fra Pakistan". Vi har boet her i 31 år. Min mand er født i Lahore, jeg er født på Hvidovre Hospital. Vi vil deltage som beboere.

Shazia

> Kære Shazia, vi vil gerne have nogle af beboerne med pakistansk baggrund med i arbejdsgruppen. Har I lyst? Rikke
""")

M("s", """
Hej Bent

Min kæreste Mark og jeg (jeg er også en mand, så bare rolig, du hørte rigtigt på mødet) har søgt om at overtage lejemålet på Ishøj Strandvej efter hans mor. Vi forstår, at boligselskabet har regler for samlevere. Kan du sige, om det er kommunen eller boligselskabet der afgør det?

Frederik
""")

M("", """
Hej Malene

Hermed de lovede tal fra Ishøj Boligselskab til artiklen: 312 udsættelser i hele Region Hovedstaden i 2024, heraf 14 i Ishøj. Gennemsnitlig restance ved udsættelse: 23.000 kr.

Mvh
Kommunikation, Ishøj Kommune
""")

M("u", """
SV: Høringssvar om nye arbejdstider

Hej Susanne

Vi sender høringssvaret fra MED-udvalget i morgen. Jeg vil bare lige sige til dig, at jeg selv er medlem af BUPL og deler mine kollegers bekymring, men i MED-udvalget taler jeg på ledelsens vegne.

Venlig hilsen
Henriette, institutionsleder
""")

M("pb", """
Kære borgmester

Jeg skriver til dig, selvom jeg ved, det ikke er din sag, fordi vi har stemt på dig i tre valg.

Vores søn vil købe vores hus på Gildbrovej, og vi har aftalt en pris under markedsværdi. Banken siger, at SKAT kan sige nej til prisen. Vi har spurgt, om kommunen kan give en vurdering, som vi kan bruge. Sagsbehandleren i Borgerservice sagde nej.

Venlig hilsen
Inge og Arne Solberg
""")

M("", """
Hej Pia

Kan du booke byrådssalen til borgermødet om ny affaldsordning den 12. maj kl. 19-21? Vi regner med ca. 80 deltagere. Kaffe og vand.

Tak
Lars Ravn
""")

M("h", """
Til: udvalgssekretær, Ældre- og Sundhedsudvalget
Cc: formanden

Jeg vil gerne have mit høringssvar om genoptræning med i sagen. Jeg er 72 og fik en ny hofte i januar. Jeg fik fire gange genoptræning på Ishøj Sundhedscenter og så et hæfte med øvelser. Det er for lidt.

Med venlig hilsen
Aase Kjærgaard
""")

M("tu", """
Kære Morten

Tak for dit svar på mit første brev. For at være helt åben: Jeg er kurder og har været HK-medlem i 20 år. Jeg er ikke imod den nye praksis på jobcentret, jeg synes bare at sagsbehandlerne skal have tid til at forklare reglerne for dem, der ikke læser dansk godt.

Med venlig hilsen
Rêber Amin
""")

M("", """
Fra: borgmesterens sekretariat
Til: alle byrådsmedlemmer
Emne: Pressehenvendelse om flygtningeboliger

Kære byrådsmedlemmer

TV2 Lorry har spurgt til kommunens planer for midlertidige boliger til flygtninge på Ishøj Havnevej. Borgmesteren svarer på vegne af byrådet. Henvis venligst eventuelle journalister til Kommunikation.
""")

M("e", """
Til Pia Storm, direktionsassistent

Jeg har fået dit navn fra Bent Wolff. Min datter Clara på 17 er blevet anbragt i en plejefamilie på Sjælland, og familieafdelingen har nu flyttet hende igen uden at inddrage mig. Jeg beder om at direktøren bliver orienteret.

Venlig hilsen
Martin Vinge
""")

M("s", """
Hej Kasper

Kort svar på dit spørgsmål på Facebook om hvorfor jeg var sur på Pride-debatten: Det er fordi min kone og jeg blev kaldt "de der" af en af dine kolleger ved indgangen. Det er ok, men det må ikke ske igen.

Mvh Dorte
""")

M("p", """
VS: Bud på grunden i Vejleå Erhvervspark

Hej Lars, jeg videresender fra en borger der ringede til mig. Han vil ikke have at det kommer ud, at han byder, før det er afgjort.

> Fra: Jonas Kirk
> Jeg har i dag sendt et bud på 2,3 mio. kr. på grunden Vejleå Erhvervspark 14 til mit værksted. Jeg har hørt, at der er et andet bud. Kan I fortælle mig, hvornår afgørelsen kommer?

/Jesper
""")

M("", """
Hej Tine

Borgmesteren vil gerne have en kort talepapir til åbningen af Sundhedshusets nye træningssal. Nøgletal: 400 m², 4,2 mio. kr., 1.100 forløb om året for borgere med kronisk sygdom. Tak.

Camilla
""")

M("t", """
Hej Sanne

Jeg har talt med mine forældre, og de vil gerne deltage i høringen om Vejleå Park, men min mor taler kun vietnamesisk, og min far taler meget lidt dansk. Kan der være en tolk? Ellers kommer jeg og oversætter.

Anh Nguyen
""")

M("hb", """
SV: SV: Mødet i Torslunde Sognegård

Kære Kasper Ørum

Nej, jeg kan ikke komme på tirsdag. Jeg er kemopatient og har behandling hver anden tirsdag på Herlev. Men jeg vil gerne sige, at vi i menighedsrådet er glade for, at I vil se på stien. Jeg går selv i kirke hver søndag og har set, hvor mørkt der er om vinteren.

Venlig hilsen
Vibeke Lau
""")

M("", """
Til Tine Lykke, borgmesterens PA

Tak for svaret. Jeg har nu bestilt det nye sundhedskort selv, men den adresse, der står på det, er stadig den gamle. Kan Borgerservice rette det? Mit personnummer er [[261054–1322]] og fakturaen for kortet har nr. 2604251322.

Venlig hilsen
Ib Kjær
""")

M("u", """
SV: Din henvendelse om kontingentfradrag

Hej Pia

Ja, det er korrekt forstået. Jeg er medlem af FOA, og fradraget skal fortsætte som før. Her er mit cpr, som I bad om: [[090369\u00a01884]].

Venlig hilsen
Marianne Holt
Hjemmeplejen Syd

> Hej Marianne, for at vi kan rette lønsedlen, skal vi bruge dit cpr-nummer. Mvh Pia Storm
""")

M("", """
Hej Lars

Vedhæftet kopi af kørselsbilag for byrådets studietur til Malmø. Til refusion: Kasper Ørum, [[170381 2245]], 312 km.

Mvh
Borgmesterens Sekretariat
""")

M("e", """
Til direktionsassistent Lars Ravn

Vi er to søskende, der har arvet vores fars gæld til kommunen for for meget udbetalt boligydelse. Vi har fået hver sin opkrævning og forstår ikke, hvorfor gælden ikke bortfaldt ved dødsfaldet.

Lene Rask, [[0311742318]]
Ole Rask, [[1505771927]]

Med venlig hilsen
Lene Rask
""")

M("t", """
Den 3. apr. 2025 kl. 14:12 skrev Susanne Bang:
> Kære Dilnoza, kan du sende dit cpr-nummer, så vi kan finde din sag om tolkebistand?

Hej Susanne, her er det: [[280695-4411]]. Jeg er fra Usbekistan og har boet i Danmark i fire år, så jeg klarer mig på dansk, men min mand skal bruge tolk. Tak!
Dilnoza
""")

M("", """
Kære udvalgssekretær

Jeg var til borgermødet om Ishøj Strandpark og vil gerne have mit indlæg med i referatet. Jeg foreslog, at badebroen forlænges med 20 meter.

Venlig hilsen
Bo Lindhardt
Ishøj Strandvej 210
[[210766-1151]]
""")
