"""corpus75 part G: to the mayor, the PA and directors' assistants; forwarded chains, English."""
from common import M

M("s", """
Fra: Borgmesterens sekretariat
Til: Hovedpostkassen
Emne: VS: Stoppestedet ved Ishøj Landsby

Videresendes til Center for Byudvikling og Natur. Kvittering er sendt.

-----Oprindelig meddelelse-----
Fra: Niels Winge
Sendt: 9. februar 2026 21:14
Til: Borgmester
Emne: Stoppestedet ved Ishøj Landsby

Kære borgmester

Min mand Lars og jeg har boet i Ishøj Landsby i 31 år og har altid taget bussen fra stoppestedet ved kirken. Nu er det nedlagt uden varsel. Vi er begge over 75, og det nye ligger ved landevejen uden fortov. Vi håber, I finder en løsning.

Venlig hilsen
Niels
""")

M("su", """
Kære borgmester

Jeg er lesbisk og fællestillidsrepræsentant for FOA i ældreplejen her i kommunen. Jeg vil gerne sige tak for, at I hejste regnbueflaget i august. Flere af mine kolleger fortalte mig bagefter, at de for første gang følte sig set på deres arbejdsplads.

Med venlig hilsen
Tanja Lykkegaard
""")

M("u", """
Til direktionsassistenten, Kultur og Borgerservice

Jeg er HK'er og kontorassistent i det private, men jeg er også en af de faste gæster på Vejleå Bibliotek. Når filialen lukker, mister vi et sted at være. Jeg vil gerne høre, om direktøren har overvejet at holde åbent med frivillige.

Med venlig hilsen
Susanne Kjær
""")

M("u", """
Hej

Jeg er medlem af Socialpædagogerne og arbejder på et bosted i Ishøj. Mange af vores beboere bruger flextrafik til dagtilbud. Kan I fortælle mig, hvor vi som personale klager, når bilerne ikke kommer? Det er ikke til den enkelte beboer, men generelt.

Venlig hilsen
Morten Flensborg
""")

M("ue", """
Til borgmesterens PA

Jeg kørte handicapkørsel for en underleverandør til Movia i otte år. Firmaet har mistet kontrakten i Ishøj, og vi 12 chauffører er blevet fyret fra dag til dag. Jeg er medlem af Serviceforbundet og er nu på dagpenge. Vidste kommunen, at det ville ske, da I godkendte den nye kontrakt?

Venlig hilsen
Erkan Yildiz
""")

M("", """
Hej Jobcentret

Jeg er med i ASE og skal til jobmessen i Ishøj Hallen den 3. april. Skal man tilmelde sig, og kan man tage sit CV med på papir?

Mvh
Line
""")

M("", """
Hej

Hvilke fagforeninger og a-kasser deltager i jobmessen i Ishøj Hallen, og er der stande for unge under 25? Jeg er vejleder på en produktionsskole og vil tage en klasse med.

Venlig hilsen
Kasper Hald
""")

M("", """
Til Kultur og Fritid

Jeg har søgt job som livredder i svømmehallen til sommer. Jeg er ikke medlem af nogen fagforening. Hvilken overenskomst bliver jeg ansat efter, og hvad er timelønnen for en 19-årig?

Mvh
Mikkel Storm
""")

M("tu", """
Dear Mayor,

I moved to Ishøj from Scotland three years ago and work at the hospital in Hvidovre. Back home I was a shop steward for Unite, and here I have joined HK. I would like to help set up an English-language conversation café at the library for newcomers who are in work. Who at the municipality should I talk to?

Kind regards,
Fiona MacLeod
""")

M("s", """
Hi,

My husband and I have a daughter, Maya, aged 7, who would love to start piano at Ishøj Musikskole. We are both men and both on the Danish birth certificate. The online form only lets one parent get messages. Can you add the second parent by hand?

Thanks a lot,
David Keller
""")

M("", """
Hi bibliotek,

Vi er en lille gruppe developers, der gerne vil holde et Python-meetup i jeres mødelokale en gang om måneden. Ca. 15 personer, onsdag aften. Is that possible, and is there free wifi? Vi rydder selvfølgelig op.

Cheers,
Anders @ Vestegn Tech
""")

M("sb", """
Kære direktionsassistent

Jeg er præst i Vejleå Kirke og gift med en kvinde, Lotte. Vi vil gerne leje Kulturhusets sal til vores 10-års bryllupsdag i september. Jeg spørger på forhånd, fordi der sidst blev sagt noget ubehageligt ved skranken, da vi bookede sammen.

Med venlig hilsen
Birgitte Lund
""")

M("s", """
Hej Kulturhuset

Vores søn Emil og hans kæreste, Oliver, vil gerne holde deres fælles 18-års fødselsdag i Kulturhuset den 5. april. Kan man leje den lille sal til ca. 60 unge, og skal der være en voksen til stede hele aftenen?

Mvh
Gitte Frandsen
""")

M("seh", """
Til Center for Voksne og Velfærd

Min mand Hans bor på plejecentret Vejleåparken efter sin hjerneblødning. Personalet kalder mig hans "bror", selvom de godt ved, at vi har været gift i 14 år. Jeg vil ikke gøre et stort nummer ud af det, men jeg vil gerne have, at det bliver rettet i hans journal.

Venlig hilsen
Knud Steffensen
""")

M("s", """
kære byrådsmedlem

jeg er 16 og panseksuel og går i ungdomsklubben i Ishøj Nord. der er ikke noget sted hvor man kan være sig selv uden at blive grinet af. andre kommuner har LGBT+ grupper, hvorfor har vi ikke?? kan I ikke bare lave en

/ M
""")

M("st", """
Til Borgerrådgiveren

Min kone Nadia og jeg er begge fra Pakistan. Vi blev gift i Sverige sidste år og bor nu i Ishøj. Hendes familie må ikke vide noget, og jeg er bange for at vores adresse bliver fundet. Kan kommunen beskytte vores adresse i folkeregistret?

Venlig hilsen
Aisha
""")

M("s", """
Til Borgerservice

Vi skal registrere medmoderskab for vores søn, som blev født den 2. marts på Hvidovre Hospital. Jeg er hans mor, og min kone Sofie er medmor.

Mor: Katrine Holm Larsen, [[2103914068]]
Medmor: Sofie Holm Larsen, [[0911893142]]

Hvad skal vi sende, og kan det klares digitalt?

Venlig hilsen
Katrine
""")

M("s", """
Hej Kulturhuset

Som biseksuel mand savner jeg, at Pride-arrangementerne også tænker os bi+-folk ind. Det er ofte kun for homoseksuelle par. Kunne I lave en aften med en bog eller film, hvor bi-erfaringer er i centrum? Jeg hjælper gerne.

Venlig hilsen
Rune Østergaard
""")

M("s", """
Hej Borgerservice

Min datter Karen og hendes kone skal giftes på Ishøj Rådhus i juni. Vi kommer ca. 25 gæster. Må man tage billeder i salen, og kan man kaste ris udenfor bagefter?

Mvh
Birthe Jessen (brudens mor)
""")

M("b", """
Kære Michael

Vi kender hinanden fra vælgermøderne – jeg er medlem af Det Konservative Folkeparti og stillede selv op i 2021. Jeg skriver dog som nabo til Vejleå Idrætspark. Lyset fra de nye master skinner direkte ind i vores soveværelse. Kan du tage det op i udvalget?

Venlig hilsen
Claus Rosenmeier
""")

M("b", """
Hej

Jeg stemte på Alternativet, fordi I lovede flere cykelstier. Nu lukker I cykelstien langs Ishøj Strandvej i ti uger uden omkørsel. Hvordan hænger det sammen?

/Mette
""")

M("b", """
Til Kulturhuset

Jeg er forkynder i Jehovas Vidner i Ishøj menighed. Vi vil gerne leje et mødelokale til et foredrag om familieliv, åbent for alle. Er der lokaler, der kan lejes af trossamfund, og hvad koster det?

Med venlig hilsen
Johannes Petersen
""")

M("be", """
Til plejecentret / Center for Voksne og Velfærd

Min mor, som er flyttet ind på plejecentret Bøgeskovgården i denne uge, spiser kun kosher. Hun har gjort det hele livet. Vi kan godt selv bringe maden, men hun skal have et sted at opbevare den. Kan køkkenet hjælpe med et lille køleskab på stuen?

Med venlig hilsen
David Melchior
""")

M("b", """
Hej Kulturhuset

Vi fejrer Diwali derhjemme hvert år med hele familien, men i år bliver vi 70 personer, og vores lejlighed er for lille. Kan vi leje salen lørdag den 7. november om aftenen? Der bliver tændt små lys, men ikke levende flammer, hvis det ikke er tilladt.

Mvh
Priya Sharma
""")

M("bt", """
Kære byrådsmedlem

Vi er koptere fra Egypten og er 40 familier i Ishøj og omegn. Vi holder gudstjeneste i en lejet kælder i Glostrup, og vi vil gerne finde et lokale i Ishøj til søndagsskole for børnene. Kan kommunen hjælpe med et lokale?

Med venlig hilsen
Bishoy Girgis
""")

M("p", """
Til borgmesterens PA

Vi har solgt vores hus på Ishøj Byvej med forbehold for, at køberne kan få lov til at bygge et udhus. Byggesagen har ligget hos jer siden december. Køberne er ved at springe fra. Vi beder borgmesteren om at se på, hvorfor det tager så lang tid.

Med venlig hilsen
Hanne og Erik Tolstrup
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har sat min andel i A/B Strandhaven til salg, og køberen har bedt om en bekræftelse på, at kommunen ikke har planer om at ekspropriere et stykke af fællesarealet til den nye cykelsti. Jeg vedhæfter købsaftalen, der er betinget af svaret.

Med venlig hilsen
Tove Ebbesen
Cpr: [[280557-1236]]
""")

M("p", """
Hej

Vi har budt på en af kommunens parcelhusgrunde i Ishøj Landsby (matr.nr. 8ab) den 1. marts. Der står på hjemmesiden, at der er "flere interesserede". Hvornår træffer kommunen afgørelse, og kan man hæve sit bud?

Mvh
Marie og Kenneth Bruun
""")

M("p", """
Kære Helle Andersen

Vores køber af huset på Vejleåvej har trukket sig, fordi bus 128 nu skal køre ad vores vej. Det stod ingen steder, da vi satte huset til salg. Vi har en ny interesseret på vej, men hun spørger også til bussen. Kan kommunen sende en plan, vi kan vise hende?

Hilsen Karin Dahl
""")

M("pu", """
Hej Teknik og Miljø

Jeg er elektriker og medlem af Dansk El-Forbund, og vi sælger huset for at flytte til Jylland. Køberens rådgiver har fundet, at kommunens kloakledning løber under vores terrasse uden servitut. Handlen er sat i bero. Hvem kan jeg tale med?

Mvh
Allan Poulsen
""")

M("pe", """
Til borgerrådgiveren

Vi er nødt til at sælge vores rækkehus, fordi vi ikke kan betale lånet efter min mand mistede jobbet, og jeg selv er på nedsat tid. Mægleren har en køber, men kommunen har tinglyst et lån til betaling af ejendomsskat, som skal indfries først. Vi kan ikke få nogen til at svare.

Venlig hilsen
Britt Sørensen
""")

M("hu", """
Til Center for Byudvikling og Natur

Jeg er VVS'er og med i Blik og Rør. Jeg faldt i et uafskærmet hul ved jeres vejarbejde på Ishøj Bygade den 4. marts og brækkede håndleddet. Jeg har været sygemeldt siden. Mit forsikringsselskab beder om kommunens svar.

Cpr-nr. [[190184-1339]]
Mvh Dan Rask
""")

M("e", """
Fra: Borgmesterens PA
Til: Center for Børn og Forebyggelse
Emne: VS: fritidspas til min datter

Kære center, videresendes til behandling. Borgeren har fået kvittering.

Den 3. feb. 2026 skrev Samira Abdi:
> Hej borgmester, jeg har søgt fritidspas til min datter Hanan i oktober og har
> ikke fået svar. Jeg er på kontanthjælp og alene med tre børn. Hun vil gerne
> gå til gymnastik. Hendes cpr: [[120716-4562]]
> Mvh Samira
""")

M("t", """
Hej

Vi er fra Kosovo og flyttede til Ishøj i december. Vores søn skal starte i fodbold, og klubben beder om hans cpr og en lægeerklæring. Er det normalt? Her er hans nummer: [[030314\u00a04155]]

Hilsen
Arben Krasniqi
""")

M("b", """
Til Borgerservice

Vores søn Magnus skal konfirmeres i Ishøj Kirke den 2. maj. Præsten beder om en dåbsattest, men vi kan ikke finde hans. Kan I hjælpe med at få en ny? Hans cpr er [[150412-4297]].

Venlig hilsen
Lone Brix
""")

M("", """
Fra: Direktionssekretariatet
Til: Byrådsmedlem Ali Sahin

Kære Ali

Til orientering: henvendelsen om Kulturfestivalens budget fra Ishøj Handelsforening er besvaret af Center for Borger, Økonomi og IT den 14. maj (journalnr. 20.00.00-G01-12-26). Svaret er vedhæftet. Der er ikke behov for yderligere fra din side.

Venlig hilsen
Direktionssekretariatet
""")

M("", """
Kære borgmester

Kulturfestivalen koster 1,8 mio. kr. om året. Samtidig skærer I i musikskolen. Jeg synes, I skal prioritere børnene frem for en weekend med koncerter på Rådhustorvet. Det er et politisk valg, og jeg håber, det bliver ændret i næste budget.

Venlig hilsen
Hans Henrik Ploug
""")

M("", """
Hi,

Can we rent bikes somewhere in Ishøj for a weekend? We are a group of six students from Lund and want to ride along the coast to Køge. Is there a city bike scheme?

Thanks!
Elin
""")

M("", """
Kære byrådsmedlem

Ishøj Pensionistforening indkalder til generalforsamling mandag den 16. marts kl. 14 i Kulturhuset. På dagsordenen er bl.a. valg af ny kasserer og planlægning af sommerudflugten til Møns Klint. Du er velkommen som gæst.

Med venlig hilsen
Bestyrelsen
""")

M("", """
Til Beskæftigelsesudvalget

Jeg har læst i avisen, at kun 38 % af flygtningene i Ishøj er i job efter tre år, mod 52 % i nabokommunerne. Hvad er forklaringen, og hvad vil udvalget gøre? Tallene bør også stå i integrationsredegørelsen.

Venlig hilsen
Bo Frederiksen
""")

M("", """
Kære Jonas Vestergaard

Integrationsrådet i Ishøj inviterer byrådets medlemmer til konference om foreningsliv og nye borgere lørdag den 25. april kl. 10–15 i Ishøj Idrætscenter. Tilmelding via linket senest 10. april.

Med venlig hilsen
Integrationsrådets sekretariat
""")

M("", """
hej

efter festivalen i weekenden ligger der flasker og pap over hele strandengen bag rådhuset. hvem rydder op? det er ulækkert og der er glasskår hvor børnene leger

mvh Tina fra Vejleå
""")

M("", """
Til Borgmesterens sekretariat

Vedr. jeres svar på min henvendelse om parkeringen ved Ishøj Idrætscenter (jeres sagsnr. 05.01.00-P20-44-26). Tak for svaret. Jeg er tilfreds med, at der kommer 20 nye pladser til efteråret.

Venlig hilsen
Grete Vinther
""")

M("", """
Kvittering for betaling – Ishøj Musikskole

Ordrenr.: 3107250911
Kursus: Sommerskole, rock og pop, uge 31
Beløb: 1.200 kr.
Betalt med kort ****4411

(Videresendt af Jens Aaen til musikskolen med spørgsmålet: "Hvornår får vi programmet?")
""")
