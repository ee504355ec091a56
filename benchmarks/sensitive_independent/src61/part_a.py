"""corpus61 part A: employees and job seekers writing to council members, the mayor and the
mayor's PA about sick leave, work injuries, dismissals and their jobs."""
from common import M

M("h", """Kære Bente Holm

Jeg skriver til dig fordi du sidder i Social- og Sundhedsudvalget. Jeg er social- og sundhedsassistent på Ishøj Plejecenter og har været sygemeldt siden august med en diskusprolaps. Min leder har nu indkaldt til en sygefraværssamtale nr. 3, og jeg føler mig presset til at komme tilbage før lægen siger god for det.

Er det rimeligt at man bliver indkaldt så tit? Jeg vil gerne tilbage, men ikke hvis ryggen går i stykker igen.

Venlig hilsen
Gitte Rasmussen""")

M("", """Hej Bente

Tak for sidst på udvalgsmødet. Kan du sende mig datoen for næste temamøde om sygefravær i ældreplejen? Jeg vil gerne tage et par spørgsmål med om, hvordan kommunen som arbejdsgiver arbejder med trivsel og det psykiske arbejdsmiljø generelt.

Mvh Ole Frandsen
Vejleddet 14""")

M("eu", """Til borgmester Merete Amdisen

Jeg blev fyret fra Ishøj Rengøringsservice i sidste uge efter 11 år. Begrundelsen var "omstrukturering", men jeg er den eneste der er blevet sagt op. Jeg er medlem af 3F og de er inde over sagen nu, men jeg vil gerne have at du ved hvordan firmaet behandler folk. Fra 1. december står jeg uden arbejde og skal melde mig ledig.

Hilsen
Jannie Kristensen""")

M("h", """hej jeg arbejder som chauffør og faldt ned fra rampen på lageret i Ishøj Erhvervspark den 3. oktober. brækket håndled og hjernerystelse. arbejdsgiveren vil ikke anmelde det som arbejdsskade, siger jeg selv var uforsigtig. hvem i kommunen kan hjælpe med det? har ringet to gange

mvh Dennis""")

M("eht", """Kære Ali Ünal

Jeg kommer fra Eritrea og har boet i Ishøj i seks år. Jeg arbejder i et løntilskudsjob på genbrugspladsen, som jobcentret har fundet. Nu siger de at løntilskuddet stopper i januar og at jeg skal tilbage på integrationsydelse. Jeg har astma og kan ikke tåle støvet i sorteringshallen, så jeg har spurgt om et andet sted, men ingen svarer.

Kan du hjælpe mig med hvem jeg skal tale med?

Med venlig hilsen
Yonas Tesfay""")

M("", """Kære borgmester

Jeg er leder af en mindre tømrervirksomhed i Ishøj og vil gerne vide, hvilke ordninger kommunen har for virksomheder der vil tage en lærling eller en person i løntilskud. Vi har ikke prøvet det før. Er der en kontaktperson i Virksomhedsservice?

Med venlig hilsen
Kasper Nørgaard
Nørgaard Tømrer ApS, CVR 38114927""")

M("s", """Hej Henrik

Jeg ved du selv har været åben om det, så jeg tør godt skrive til dig. Jeg er pædagog i en af kommunens daginstitutioner, og efter jeg nævnte min mand til julefrokosten, er der en forælder der har klaget over at "en bøsse skifter ble på hendes søn". Min leder bakkede mig ikke op. Jeg vil ikke have en sag ud af det, men jeg vil gerne have at nogen i byrådet ved det sker.

Kærlig hilsen
Thomas Bech""")

M("b", """Til Kultur- og Fritidsudvalgets formand

Jeg er muslim og arbejder som pædagogmedhjælper i en SFO i Ishøj. Jeg har spurgt om jeg må bede i et tomt mødelokale i min pause om eftermiddagen, det tager 5 minutter. Min leder siger nej, fordi "det skal ikke være en religiøs arbejdsplads". Jeg synes det er uretfærdigt, andre ryger i pausen uden problemer.

Mvh
Amina""")

M("p", """Kære Tommy

Jeg er blevet tilbudt en stilling i Vejle fra 1. februar, og vi har sat vores rækkehus på Kirkebjerg Allé til salg hos Home i sidste uge. Vi har allerede haft to fremvisninger. Jeg skriver egentlig bare for at spørge, om kommunen har en plan for den støjskærm der er lovet langs vejen, for det spørger køberne til, og det trækker prisen ned.

Mvh Lars Jepsen""")

M("u", """Hej Kim

Som FOA-tillidsrepræsentant på hjemmeplejen i Vest vil jeg gerne invitere dig til et møde med os om de nye køreplaner. Kollegerne er kørt helt ned. Vi kan mødes på Ishøj Bycenter en eftermiddag.

Hilsen
Susanne Holt, TR""")

M("", """Kære udvalgsformand

Hvorfor har jobcentret lukket kl. 14 om fredagen? Jeg kom selv forbi med plakater fra vores idrætsforening til opslagstavlen kl. 14.30 og stod foran en lukket dør. Det må kunne gøres bedre, der må være mange der arbejder indtil middag.

Vh
Bo Lauritzen""")

M("eh", """Til borgmesterens PA

Min mor Inger Schmidt, 61 år, har arbejdet som køkkenassistent i 30 år. Hun fik konstateret brystkræft i foråret og har været på sygedagpenge siden. Nu har hun fået brev om at sygedagpengene stopper ved revurderingen, og at hun skal i jobafklaring. Hun er knust. Jeg beder om at borgmesteren ser på, om reglerne bliver fulgt.

Med venlig hilsen
Camilla Schmidt""")

M("t", """Hej Ali

Jeg hedder Deniz, og min far kom fra Tyrkiet i 1972 for at arbejde på fabrikken i Glostrup. Jeg er selv født i Ishøj. Nu søger jeg job som elektriker, og to gange har jeg fået at vide i telefonen at "vi har ikke så gode erfaringer med tyrkere". Kan man gøre noget ved det? Det er jo diskrimination.

Mvh Deniz Kaya""")

M("", """Hej Merete

Vi i Ishøj Handelsstandsforening vil gerne invitere borgmesteren til vores nytårskur den 8. januar kl. 16. Der bliver taler om lokale arbejdspladser og det nye erhvervsområde. Giv gerne besked til undertegnede senest 15. december.

Med venlig hilsen
Jytte Poulsen, sekretær
Tlf. 43 73 21 08""")

M("eu", """kære byrådsmedlem

er i HK og har været ledig i 5 mdr nu efter butikken på strandvejen lukkede. a-kassen siger jeg har styr på det men jobcentret kalder mig ind til samtale hver 3. uge og sender mig på kurser jeg allerede har taget. det er spild af tid for alle

Lone P""")

M("ht", """Kære Bente

Min kollega på plejecentret, Fatima, er fra Somalia. Hun fik et slag i hovedet af en beboer i september og har haft hovedpine og svimmelhed siden. Hun er bange for at sige noget, fordi nogle af de andre allerede mener at "de afrikanske piger ikke kan tage det". Jeg skriver med hendes accept. Hvad gør kommunen som arbejdsgiver ved vold mod personalet?

Hilsen
Maja Thorsen""")

M("", """Til Økonomiudvalget

Jeg har læst i Ishøj Avis at kommunen vil spare på vikarbudgettet i ældreplejen. Som borger synes jeg det er kortsigtet: det giver mere sygefravær og flere opsigelser blandt personalet. Husk at kommunen er byens største arbejdsplads.

Venlig hilsen
Preben Dahl""")

M("h", """Hej Tommy, det er Rikke fra fodboldklubben. Jeg ville bare fortælle at jeg ikke kan træne U10 resten af sæsonen, jeg er gravid og har bækkenløsning. Kan du give bestyrelsen besked? Jeg har svært ved at få fat i formanden.

/Rikke""")

M("b", """Kære Henrik Madsen

Jeg er Jehovas Vidne og arbejder som rengøringsassistent på rådhuset gennem et vikarbureau. Til afdelingens julefrokost blev jeg bedt om at holde en tale, og da jeg sagde at vi ikke fejrer jul, blev jeg kaldt "sektmenneske" foran alle. Jeg vil bare gerne have lov at passe mit arbejde.

Venlig hilsen
Marianne Lund""")

M("", """Hej Kim

Hvornår lægger kommunen de nye jobopslag ud? Min datter bliver færdig som socialrådgiver til sommer og vil gerne kigge efter stillinger i Center for Børn og Forebyggelse. Er der en mailingliste man kan komme på?

Mvh
Hanne Ibsen""")

M("es", """Til borgmesteren

Jeg og min kone Louise blev gift i sommer. Jeg er ansat i Ishøj Kommunes rengøring og har søgt om to ugers fri til bryllupsrejse, men min leder har sagt nej og sagt at "det er ikke et rigtigt ægteskab". Jeg har desuden fået nedsat mine timer fra 37 til 25 uden varsel, så jeg ikke kan betale huslejen i december.

Med venlig hilsen
Sara Nielsen""")

M("e", """Kære Ali Ünal

Min søn Mikkel på 22 har aldrig haft et fast job. Han bor stadig hjemme og får uddannelseshjælp. Nu skal han i virksomhedspraktik på et lager, men han har ingen kørekort og der går ingen bus derud kl. 6. Kan kommunen ikke tænke lidt mere praktisk?

Venlig hilsen
Birthe Mogensen""")

M("", """Dear Mayor Amdisen

I am writing on behalf of the International Community Ishøj, a network for expats working at the companies in Ishøj and Vallensbæk. We would like to invite you to a breakfast meeting in March about how the municipality can attract foreign skilled workers. Please let us know a suitable date.

Kind regards
Jessica Moore, coordinator""")

M("u", """Hej Bente,
kort: jeg har været i Dansk Metal i 25 år og nu vil min nye arbejdsgiver have at jeg melder mig ud og går over i en gul fagforening. må de det?? jeg bor i Ishøj og arbejder i Brøndby
Kent""")

M("pe", """Kære Tommy Petersen

Jeg mistede mit job som lagerchef i september. Min kone og jeg har derfor måttet sætte huset på Ishøj Landevej til salg. Vi havde en køber, men han trak sig i sidste uge fordi han ikke kunne få lån. Vi kan ikke holde til at betale afdrag mere end et par måneder. Findes der nogen hjælp fra kommunen mens vi venter på et nyt salg?

Venlig hilsen
Jørgen Hald""")

M("", """Kære alle i byrådet

Jeg vil gerne rose medarbejderne på Vejleåskolen. Min datter har haft en rigtig god tid, og lærerne er enestående. I burde gøre mere for at holde på dem: lønnen og arbejdsvilkårene for lærere er for ringe i hele landet.

Mvh en glad far""")

M("t", """hej merete jeg er fra polen og arbejder på byggepladsen ved den nye skole. vi er 8 polakker og vi får lavere løn end de danske, og formanden kalder os "de billige". er det lovligt i danmark? jeg vil ikke sige mit navn fordi jeg så bliver fyret""")

M("h", """Til Henrik Madsen

Jeg har arbejdet som pædagog i 20 år og er nu gået ned med stress. Jeg sover dårligt, græder i bilen på vej hjem og har ikke været på arbejde i 6 uger. Min leder spørger hver uge hvornår jeg kommer tilbage. Jeg har fået en psykologhenvisning men der er 3 måneders ventetid.

Undskyld den lange mail, jeg ved bare ikke hvem jeg ellers skal skrive til.

Tina""")

M("b", """Kære Kim Sørensen

Jeg skriver som medlem af Socialistisk Folkeparti i Ishøj og som ansat på jobcentret. Vi har på en medlemsaften talt om at kommunen bør tilbyde flere fleksjob internt. Kan du tage det med til jeres gruppe?

Med venlig hilsen
Lisbeth Kjær""")

M("", """Hej Bente

Hvad er reglerne egentlig for de nye sygefraværssamtaler i kommunen? Jeg har set på intranettet at der er kommet en ny sygefraværspolitik. Jeg vil bare gerne forstå hvad der er nyt i forhold til den gamle, før jeg spørger ind til den på næste personalemøde.

Vh Anja""")

M("eh", """Til borgmesterens sekretariat

Min far, Erik Olsen, 63 år, har arbejdet som murer hele livet. Hans knæ er slidt op, og han har søgt om førtidspension, men har fået afslag og at han skal prøve et fleksjob først. Han har aldrig siddet ned på et arbejde. Jeg ved ikke hvad jeg skal gøre, han er helt ked af det.

Mvh
Kathrine Olsen""")

M("s", """Hi Ali, I hope it is fine to write in English. I work at a warehouse in Ishøj and I am a trans woman and lesbian. My colleagues keep joking about my girlfriend and call her "your little friend". HR does not react. Is there anyone in the municipality who advises on discrimination at work, or should I go elsewhere?

Best,
Katarina""")

M("", """Kære Tommy

Jeg har et spørgsmål om kommunens erhvervsgrunde. Hvornår kommer den næste udbudsrunde på grundene ved Industrivej, og hvad er prisen pr. m²? Vi er en mindre virksomhed der måske vil flytte til Ishøj om et par år.

Venlig hilsen
Niels Brandt
Brandt VVS""")

M("u", """hej

jeg er tillidsrepræsentant for pædagogerne i Gildbro og BUPL-medlem. vi er rigtig mange der har ondt af normeringen, og der er tre kolleger der har sagt op i år. kan du komme ud og se hverdagen?

mvh
Jens K.""")

M("ebt", """Kære Ali

Jeg har været på kontanthjælp i to år. Jeg har fået tilbudt et job i et supermarked, men de vil have at jeg arbejder fredag eftermiddag. Jeg er jøde og holder sabbat fra fredag aften. Jobcentret siger at hvis jeg siger nej, mister jeg hjælpen. Kan det være rigtigt?

Med venlig hilsen
Daniel Levin""")

M("", """Til Kim Sørensen

Vi er nogle beboere der har bemærket at ældreplejens biler holder på fortovet ved Torslunde. Det er ikke personalets skyld, de har travlt, men kan kommunen ikke lave et par pladser til dem?

Hilsen
Anders Bak""")

M("h", """Hej Merete

Jeg vil bare sige tak til personalet på Ishøj Sundhedscenter. Efter min blodprop i foråret har jeg fået genoptræning tre gange om ugen, og nu er jeg tilbage på arbejdet som buschauffør på nedsat tid. Det havde jeg ikke klaret uden dem.

Mange hilsner
Poul Erik""")

M("eu", """Kære Bente

Jeg er 58 år og blev opsagt fra Postnord i oktober. Jeg er meldt ledig og får dagpenge gennem Det Faglige Hus. Jeg søger alt, men jeg kan mærke at alderen er et problem. Hvad gør kommunen for os ældre ledige?

Mvh
Hans Ejlersen""")

M("t", """Til borgrådgiveren / borgmesteren

Min datter arbejder i kommunens kantine. Hun er halvt thailandsk, og hendes leder har flere gange kaldt hende "vores lille thai" foran gæster. Hun tør ikke selv klage. Jeg vil gerne vide hvordan man kan klage uden at hun bliver straffet for det.

Med venlig hilsen
Søren Wang""")

M("", """Hej Henrik

Bare en påmindelse om at Ishøj Erhvervsråd holder jobmesse den 6. marts i Ishøj Hallen. Vi mangler stadig en politiker til åbningen. Der kommer ca. 40 virksomheder og jobcentret har en stand.

/Christina, Erhvervsrådet""")

M("ps", """Hej Tommy

Min mand Morten og jeg har solgt vores lejlighed i Strandparken betinget af at vi kan overtage huset i Tranegilde. Købsaftalen på huset er ikke underskrevet endnu, fordi sælger venter på en tilstandsrapport. Vi er nervøse for at stå uden bolig, især fordi jeg skal starte nyt job den 1. januar.

Ved du om kommunen har lokalplaner for området der kan påvirke huset?

Venlig hilsen
Jakob Winther""")

M("e", """kære borgmester jeg vil bare sige at jeg endelig har fået fast arbejde efter 3 år på kontanthjælp. tak til min rådgiver Lene på jobcentret, hun troede på mig. nu kan jeg betale min gæld til skat af

hilsen Ronni""")

M("", """Kære Kim

Vi er tre ansatte fra Ishøj Bibliotek, der gerne vil høre hvornår byrådet tager stilling til budgettet for 2027. Vi har hørt rygter om besparelser på åbningstiden og vil gerne forberede os.

Mvh Anne, Jesper og Nanna""")

M("hu", """Til Henrik Madsen, formand for Beskæftigelsesudvalget

Jeg er 44 år, i DSR, og har arbejdet på Hvidovre Hospital i 18 år. I foråret fik jeg konstateret sklerose. Jeg vil gerne blive på arbejdsmarkedet med nedsat tid, men min leder siger at det kan man ikke på en sengeafdeling. Min fagforening mener jeg bør søge en § 56-aftale. Hvordan gør man det i Ishøj?

Venlig hilsen
Helle Brix""")

M("b", """Kære Merete Amdisen

Jeg har været aktiv i Extinction Rebellion i tre år og er nu blevet kaldt til samtale af min leder i en privat virksomhed i Ishøj, fordi jeg blev fotograferet til en demonstration. Han siger det "skader virksomhedens image". Må en arbejdsgiver det? Jeg ved godt du ikke bestemmer over private firmaer, men jeg skriver alligevel.

Sofie""")

M("ep", """Kære Tommy

Jeg har kørt en lille frisørsalon i Ishøj i 12 år. Jeg har nu fået en alvorlig gæld til SKAT og må lukke. Salonens lokaler på Ishøj Stationsvej er sat til salg, og der er én interesseret køber, men han vil have kommunens tilladelse til at lave det om til en café først. Kan du hjælpe med at få svar fra byggesag hurtigt?

Hilsen
Pia Hvidt""")

M("", """Kære PA

Borgmesteren skal på virksomhedsbesøg hos Ishøj Metalindustri den 12. januar. Virksomheden beder om at få navne på deltagere senest en uge før, pga. sikkerhedsregler på fabrikken. Kan du sende listen til kontakt@ishojmetal.dk?

Med venlig hilsen
Mette Frost
Tlf. 43 54 76 10""")

M("t", """Hej Ali Ünal. Jeg er vietnamesisk og har arbejdet på et rengøringsfirma i 8 år. Min nye leder siger at jeg skal tale dansk hele tiden, også i frokostpausen med min søster som også arbejder der. Han siger "det er ikke Vietnam her". Er det tilladt? Venlig hilsen Lan""")

M("", """Hej Bente

Jeg har en idé til kommunens arbejdsmarkedspolitik: kunne man lave et "åbent jobcenter" i Ishøj Bycenter en gang om ugen, hvor virksomheder og ledige kan mødes uden tidsbestilling? Det har de gjort i andre kommuner med succes.

Mvh
Flemming Aagaard""")
