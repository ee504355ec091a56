"""corpus29 part B: benefit cuts and the jobcentre, citizens' own cases sent to politicians, CPR numbers."""
from common import M

M("e", """Kære borgmester

Jeg hedder Johnny Friis, cpr [[120371-1457]]. Jeg har fået at vide, at min kontanthjælp bliver sat ned fra næste måned på grund af det nye beskæftigelseskrav. Jeg har ikke fået noget brev om det. Kan du sørge for, at nogen ser på min sag?

Johnny Friis
Ishøj Bygade 3""")

M("", """Kære borgmester

Jeg synes, det nye beskæftigelseskrav for kontanthjælpsmodtagere er urimeligt og rammer de svageste. Det er ikke et spørgsmål om vilje, men om helbred og muligheder. Jeg håber, Ishøj vil gøre det så skånsomt som muligt.

Mvh
Susanne Enevoldsen""")

M("he", """Hej Ahmad

jeg har fået besked om at mine sygedagpenge stopper om 3 uger selvom jeg stadig venter på operation i ryggen. jobcentret siger jeg skal i jobafklaringsforløb men ingen har forklaret hvad det betyder. mit cpr er [[0507821233]] hvis det hjælper. jeg er desperat

Kenneth Bjørn""")

M("", """Hej Ahmad

Hvordan fungerer jobafklaringsforløb i Ishøj? Hvor mange er i forløb, og hvor mange kommer tilbage i arbejde? Jeg vil gerne skrive et debatindlæg om det.

Mvh Leif""")

M("e", """Kære Jens Vinding

Vedr. min ansøgning om enkeltydelse til tandbehandling: Jeg har ventet i 9 uger og fået afslag uden begrundelse. Mit personnummer er [[231164-2210]]. Jeg har ingen opsparing og har ikke kunnet tygge ordentligt i et halvt år.

Med venlig hilsen
Annette Lykke""")

M("", """Kære Jens Vinding

Jeg har et spørgsmål om kommunens budget for enkeltydelser. Hvor meget blev der bevilget i 2024, og hvor stor en andel af ansøgningerne fik afslag?

Med venlig hilsen
Jørgen Wiberg""")

M("e", """Til borgmesterens sekretariat

Jeg er 63 og har været ledig siden fabrikken i Vallensbæk lukkede. Mit a-kasse-medlemskab er hos ASE. Jeg har fået at vide, at jeg skal i virksomhedspraktik i et supermarked i 13 uger uden løn. Jeg har arbejdet i 40 år. Er det virkelig kommunens politik?

Mvh
Flemming Hjort""")

M("", """Til borgmesterens sekretariat

Hvilke a-kasser samarbejder jobcentret med om de ledige over 60? Jeg er med i en seniornetværksgruppe, og vi vil gerne invitere en repræsentant.

Mvh
Seniornetværk Ishøj""")

M("u", """Kære Kim,

Jeg er tillidsrepræsentant for HK'erne i Borgerservice. Vi har nu tre uger i træk haft over 40 minutters ventetid i telefonen, og kollegerne er slidte. Vi har brug for, at politikerne ved, at det ikke er de ansattes skyld.

Med venlig hilsen
Marianne Schou
TR, HK Kommunal""")

M("", """Kære Kim,

Borgerservice har lange telefonkøer for tiden. Vil det ikke være en idé at udvide åbningstiden om torsdagen? Jeg er sikker på, at mange ville sætte pris på det.

Mvh
Anders""")

M("eh", """Kære Lone Brix

Jeg har fået et brev om, at min førtidspension skal revurderes. Jeg fik den i 2015 på grund af sklerose, og min sygdom er ikke blevet bedre. Jeg forstår ikke, hvorfor det skal op igen. Jeg tør knap åbne min e-Boks.

Mvh
Pia Steffensen
CPR [[140772–1184]]""")

M("", """Kære Lone Brix

Er det rigtigt, at Ishøj Kommune gennemgår alle førtidspensioner tilkendt efter 2013? Det har stået i en Facebookgruppe, og folk er bange.

Mvh
Lisa""")

M("e", """Kære Mette Lindholm

Jeg blev sat ud af min lejlighed på Ishøj Strandvej i september pga. huslejerestance. Jeg sover nu på min søsters sofa med min søn på 6. Jeg har søgt om en akutbolig men får at vide, at der er ventetid. Kan byrådet ikke gøre noget ved boligmanglen?

Kristina""")

M("", """Kære Mette Lindholm

Hvor mange hjemløse er der i Ishøj ifølge den seneste VIVE-tælling? Og hvor mange akutboliger har kommunen? Jeg skriver på vegne af Kirkens Korshær.

Med venlig hilsen
Bent Nørby""")

M("eu", """hej jesper
jeg er medlem af 3F og arbejder på genbrugspladsen. vi har hørt at kommunen vil udlicitere den. hvis det sker mister jeg mit job og min kone er allerede på dagpenge. så det bliver svært med huslejen
mvh jan""")

M("", """Hej Jesper

Vi er et par på Genbrugsstationen der gerne vil vide, om det passer, at kommunen overvejer at udlicitere den. Vi har hørt det fra en kollega, men ingen har sagt noget officielt.

Hilsen
medarbejdere på genbrugsstationen""")

M("", """Kære borgmester

Jeg fik et brev fra kommunen med sagsnummer 27.12.04-G01-1834-25 og et løbenummer 1105921834. Det fremgår ikke, hvad det drejer sig om. Hvem kan jeg kontakte?

Venlig hilsen
Marie Holmgaard""")

M("", """Hej Kim

Jeg har betalt for p-tilladelse til Ishøj Strand, men kvitteringen viser ordrenr. 0304861190, og på sms'en står der et andet nummer. Jeg vil bare være sikker på, at jeg ikke får en bøde.

Mvh
Rune""")

M("ehu", """Kære Kim Hansen

Jeg er pædagog i Børnehuset Solsikken og medlem af BUPL. Jeg kom til skade i maj, da jeg faldt på en legeplads, der ikke var blevet vedligeholdt, og er anmeldt som arbejdsskade. Jeg er stadig på sygedagpenge. Jeg fortæller det, fordi jeg i dag hørte, at vedligeholdelsesbudgettet til legepladserne skal skæres med 30 %.

Med venlig hilsen
Louise Brandt""")

M("", """Kære Kim Hansen

BUPL Storkøbenhavn har udarbejdet en analyse af normeringerne i Ishøjs daginstitutioner, som vi gerne vil præsentere for Børne- og Skoleudvalget. Kan du hjælpe os med at få et foretræde?

Mvh
BUPL Storkøbenhavn""")

M("e", """Kære Jesper Bang

Jeg er lige gået på efterløn efter 42 år som murer. Nu læser jeg, at kommunen vil hæve prisen for madordningen i dagcentret, hvor min kone kommer to gange om ugen. Vi må vælge imellem. Det synes jeg ikke er i orden.

Mvh
Svend Aage Winther""")

M("", """Kære Jesper Bang

Hvad koster det at få madordning gennem kommunen i 2026 sammenlignet med 2025? Jeg kan ikke finde taksterne på hjemmesiden.

Venlig hilsen
Pensionistforeningen Ishøj Landsby""")

M("e", """Kære Ahmad Karimi

Jeg hedder Lasse, er 24 og har siddet i fængsel i to år. Jeg blev løsladt i foråret og prøver at komme videre. Jobcentret har ikke haft et eneste forslag til mig. Jeg tror, det handler om min straffeattest. Jeg ville bare gerne sige det til en politiker, fordi ingen andre lytter.

Lasse M.""")

M("", """Kære Ahmad Karimi

Hvad gør Ishøj Kommune for at hjælpe løsladte borgere i job? Har I en særlig indsats, som vi kan henvise til? Vi er en frivillig forening, der laver mentorordninger.

Mvh
Exit-netværket""")

M("e", """hej mette
vi er blevet skilt og min eks vil ikke betale det hun skylder i børnebidrag. vores søn på 8 bor hos mig. familieretshuset har ikke gjort noget og kommunen siger det ikke er deres bord. hvem skal jeg gå til? jeg har 1200 kr tilbage om måneden efter husleje.
tobias""")

M("", """Kære Mette

Jeg vil gerne foreslå, at kommunen laver en rådgivning for forældre i skilsmisse. Mange ved ikke, hvor de skal henvende sig. Andre kommuner har gode erfaringer med det.

Mvh
Ditte fra Familienetværket""")

M("eht", """Kære borgmester

Min far kom hertil fra Irak som flygtning i 1996. Han er 71 nu og har fået en hjerneblødning. Han har søgt om plejebolig og er blevet visiteret, men ventetiden er 8 måneder. Min mor er selv syg og kan ikke passe ham. Hans personnummer er [[010354 3119]], hvis I skal slå ham op.

Med venlig hilsen
Noor al-Hashimi""")

M("", """Kære borgmester

Ishøj har mange ældre borgere med flygtningebaggrund. Har kommunen en strategi for kultursensitiv ældrepleje? Jeg arbejder for Dansk Flygtningehjælp og vil gerne tilbyde et samarbejde.

Venlig hilsen
Tove Hjelm""")

M("e", """Kære Jens Vinding

Jeg er 68 og lever af folkepension uden tillæg. Når I hæver prisen på hjemmehjælp og samtidig fjerner rabatten på svømmehallen for pensionister, mærker jeg det. Vil du huske det, når I laver budget?

Med venlig hilsen
Aase Mølgaard""")

M("", """Kære Jens Vinding

Det er en forkert prioritering at fjerne rabatten for pensionister i svømmehallen. Bevægelse er forebyggelse, og det sparer penge på sundhedsbudgettet. Jeg håber, Konservative vil stemme imod.

Mvh
Hans Rytter""")

M("b", """Kære Jens Vinding

Som medlem af Det Konservative Folkeparti i Ishøj vil jeg opfordre dig til at stemme imod forslaget om at fjerne pensionistrabatten i svømmehallen. Det er ikke konservativ politik at ramme de ældre.

Venlig hilsen
Hans-Ole Rytter, Konservative Ishøj, bestyrelsesmedlem""")

M("e", """Til byrådet

Min søn er anbragt i familiepleje i Tølløse. Jeg har samvær hver anden weekend men må selv betale transporten, og jeg er på kontanthjælp. Det koster mig 400 kr. hver gang. Jeg har søgt om hjælp til transporten og fået afslag. Jeg vil gerne have et møde med en af jer.

Mvh
Camilla R.""")

M("", """Til byrådet

Jeg vil gerne bede om aktindsigt i Ishøj Kommunes udgifter til anbringelser 2020-2025 fordelt på familiepleje og institution. Jeg er studerende på socialrådgiveruddannelsen.

Venlig hilsen
Frederik Baun""")

M("h", """Kære Lone

Jeg er gravid i 7. måned og har lige fået at vide, at jordemoderkonsultationen i Ishøj Sundhedshus lukker, og at jeg skal til Glostrup. Jeg har ingen bil. Det er ikke kun et politisk spørgsmål for mig.

Mvh
Emma Søgaard""")

M("", """Kære Lone

Er det regionen eller kommunen, der bestemmer, om jordemoderkonsultationen i Ishøj skal lukke? Jeg vil gerne vide, hvem jeg skal skrive til.

Mvh
Jeanette""")

M("e", """Kære borgmester

Jeg er lige blevet fyret fra rengøringen på rådhuset, fordi den er udliciteret. Jeg har arbejdet der i 12 år. Jeg er ikke medlem af nogen fagforening, så jeg har ingen at gå til. Nu skal jeg på kontanthjælp, fordi jeg heller ikke er i en a-kasse.

Mvh
Mirela Kovač""")

M("", """Kære borgmester

Hvilke krav stiller kommunen til løn- og arbejdsvilkår, når rengøringen udliciteres? Er der arbejdsklausuler i kontrakten? Jeg spørger, fordi jeg selv har gjort rent i 20 år.

Mvh
Niels Westh""")

M("", """Til Jesper Bang

Kære Jesper

Tak for invitationen til reception i anledning af dit 10-års jubilæum i byrådet. Vi kommer meget gerne fra Ishøj Handelsstandsforening.

Mange hilsner
Lotte og Per""")

M("eh", """Kære Ahmad Karimi

Jeg er 52, har fibromyalgi og er på ressourceforløb. Jeg er blevet indkaldt til møde i rehabiliteringsteamet for fjerde gang på to år. Hver gang starter vi forfra. Jeg vil gerne fortælle dig om det, for jeg tror, systemet er i stykker. Kan vi mødes?

Med venlig hilsen
Helle Vestergaard
Cpr: [[180273-2046]]""")

M("", """Kære Ahmad Karimi

Jeg vil høre, om du har tid til at deltage i et paneldebat om beskæftigelsesindsatsen den 6. november på Ishøj Bibliotek? Arrangør er Ishøj Debatforum.

Med venlig hilsen
Søren Bech""")

M("e", """Til borgmesteren

Jeg skylder kommunen 38.000 kr. i tilbagebetaling af børne- og ungeydelse og daginstitutionsbetaling, og nu trækker Gældsstyrelsen i min løn. Der er kun 4.000 kr. tilbage om måneden til mig og to børn. Jeg beder om, at nogen ser på en afdragsordning.

Mvh
Mathilde Kragh
personnr [[290591 1476]]""")

M("", """Til borgmesteren

Kan kommunen ikke oplyse borgerne bedre om reglerne for tilbagebetaling af ydelser? Mange får regninger, de ikke forstår. Jeg har hjulpet flere i min opgang.

Mvh
Bo Lassen""")

M("et", """Hej Kim

Vi er en roma-familie, der har boet i Ishøj i 6 år. Vores søn har fået afslag på fritidsklub, og vi fik at vide, at der ikke var plads. Vores nabos barn fik plads dagen efter. Vi tror ikke, det er tilfældigt. Vi er på kontanthjælp og kan ikke betale en privat klub.

Mvh
Familien Nicolae""")

M("", """Hej Kim

Har kommunen tal på, hvor mange børn der står på venteliste til fritidsklub? Og hvordan prioriteres pladserne?

Mvh
Forældrerådet i Strandgårdsklubben""")

M("e", """Kære Mette

Min mor er 89 og har fået plads i dagcenter to dage om ugen. Nu skal der skæres en dag, fordi kommunen vil spare. Hun er alene resten af ugen, og jeg bor i Aarhus. Kan I ikke vente med den besparelse?

Venlig hilsen
Kurt Engelbrecht""")

M("", """Kære borgmester,

Ishøj Seniorråd har læst budgetforslaget og har en række bemærkninger til reduktionerne på ældreområdet. Vi vedlægger vores høringssvar og beder om et møde.

På Seniorrådets vegne
Kaj Ebbesen, formand""")

M("hu", """Kære Jesper

Jeg er Dansk Metal-medlem og arbejder som smed i Ishøj Havn. Jeg har fået konstateret høretab fra arbejdet, og vores arbejdsskadesag er langsom. Det har intet med kommunen at gøre, men jeg vil gerne bede dig løfte spørgsmålet om støj i havnen i Teknik- og Miljøudvalget.

Mvh
Carsten Holm""")

M("", """Kære Jesper

Jeg vil gerne gøre opmærksom på støjen fra havnen om natten. Det er især værkstederne ved Ishøj Havnevej, der larmer. Kan kommunen gøre noget?

Mvh
Birthe fra Havnevænget""")

M("e", """Kære Jens

Jeg har netop fået afslag på min ansøgning om friplads til min datters SFO. Vi tjener 14.000 kr. for meget efter den nye beregning, men vi har stadig ikke råd, fordi min mand er ledig. Hvad kan man gøre?

Med venlig hilsen
Nadia Haddad""")

M("", """Kære Jens

Hvad er indkomstgrænsen for fuld friplads i SFO i 2026? Og er der søskenderabat?

Mvh
Kamilla""")

M("e", """Kære Ahmad

Mit navn er Per Holmsgaard, [[081159-0721]]. Jeg har ansøgt om boligstøtte fire gange og fået forskellige svar hver gang. Jeg bor i Ishøj Strandpark, 2. sal, og har kun min pension. Jeg vil gerne have, at en politiker ser, hvor kaotisk det er.

Per""")

M("", """Kære Ahmad,

Ishøj Boligselskab har lavet en undersøgelse blandt beboerne om boligstøtte og huslejeniveau. Vi sender gerne rapporten. Resultatet er, at 38 % af beboerne modtager boligstøtte.

Mvh
Afdelingsbestyrelsen""")

M("h", """Kære Mette Lindholm

Jeg har en datter på 17 med anoreksi. Hun har ventet på behandling i børne- og ungdomspsykiatrien i 11 måneder. Jeg ved godt, det er regionens ansvar, men jeg beder jer som byråd om at presse på. Hun vejer 41 kilo.

Mette Rørvig""")

M("", """Kære Mette Lindholm

Jeg er bekymret over ventetiderne i børne- og ungdomspsykiatrien. Kan Ishøj Kommune ikke indgå et samarbejde med regionen, så børnene får hjælp hurtigere?

Mvh
Rikke Winge, Psykiatrifonden lokalt""")

M("e", """Hej borgmester

kort og godt: jeg har fået underretning på mine børn fra skolen og nu skal der være børnesamtale og alt muligt. jeg har ALDRIG gjort noget mod dem. det er fordi jeg er alene og ikke har penge til tøj. hvordan kan det være jeres politik?
Natasja J""")

M("", """Hej borgmester

Hvor mange underretninger modtog Ishøj Kommune i 2024? Jeg har set et tal på 1.100, men det virker højt.

Mvh
Kasper H., journaliststuderende""")

M("e", """Kære Jesper Bang

Min far, Arne Vibe, [[020238-1094]], har fået bevilget en ledsageordning, men der er ikke fundet en ledsager i fem måneder. Han sidder alene og venter. Han har altid været aktiv i bowlingklubben og savner det.

Venlig hilsen
Thomas Vibe""")

M("", """Kære Jesper Bang

Kan kommunen oplyse, hvor mange ledsagere der er ansat til ledsageordningen, og hvor lang ventetiden typisk er? Vi spørger for at kunne vejlede vores medlemmer i Ældre Sagen.

Med venlig hilsen
Ældre Sagen Ishøj""")
