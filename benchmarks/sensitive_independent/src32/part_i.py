"""corpus32 part I: short and medium positives (property trades, orientation, union, belief, origin)."""
from common import M

M("p", """Hej borgerrådgiver. Vores andelsbolig i Ishøj Strandpark er solgt med forbehold, men kommunen har ikke svaret på om altanen er lovlig. Køber har givet os 14 dage. Kan du skubbe lidt på? /Malene og Tim""")

M("p", """Kære direktionsassistent

Jeg har givet et bud på 3,4 mio. på Ishøj Bygade 58, og sælger har accepteret, men vi venter på kommunens svar om forkøbsret. Kommunen har ikke reageret i fem uger. Hvem har sagen?

Mvh Jakob Winge""")

M("p", """hej vi har købt et hus på Pilemølle Allé betinget af at kommunen godkender udstykning af haven. køber af den udstykkede del trækker sig hvis der ikke er svar i denne måned. ingen svarer i telefonen. /Rasmus og Line""")

M("p", """Til borgerrådgiveren. Min far er død og vi arvinger er i gang med at sælge hans hus på Tranegildevej. Der er en køber, men skifteretten og kommunen skal være enige om ejendomsværdien, og kommunen svarer ikke. Mvh Bente Holt""")

M("pe", """Kære borgerrådgiver

Jeg er gået konkurs med mit firma, og banken har sat mit hus på Vejlebrovej til salg. Der er et bud, men kommunen har tinglyst pant for restskat. Ingen i opkrævningen vil tale med mig om, hvad der sker med pantet ved salget. Hjælp.

Mvh Kenneth Aas""")

M("p", """Vi skal købe kolonihavehus i H/F Lyngtoften. Sælger og vi har underskrevet, men foreningen siger, at kommunen først skal godkende prisen. Er det rigtigt? Og hvor lang tid tager det? Mvh Ulla og Bent Kyhl""")

M("p", """Hej. Naboen i nr. 9 på Gildbro Strand har solgt sit hus med forbehold for, at kommunen giver dispensation til en kvist. Vi er ikke blevet partshørt. Vi vil gerne høres, før der træffes afgørelse. Mvh Jonas Friis, nr. 11""")

M("p", """Kære direktør. Vi er et lille firma, der har budt på erhvervsgrunden på Industrivej 12. Vi fik at vide, at vi ville høre inden 1. oktober. Nu er det november. Er grunden solgt til en anden? Mvh Mohammed Khan, Khan Auto ApS""")

M("ph", """hej borgerrådgiver, vi har fået et bud på vores lejlighed men køber vil have en skriftlig bekræftelse fra kommunen på at der ikke er en verserende byggesag. sagsbehandleren har været syg i 3 uger og ingen andre kan svare. /Nanna""")

M("p", """Til Ishøj Kommune

Jeg er ejendomsmægler og repræsenterer sælgerne af Ishøj Landevej 210. Handlen er betinget af kommunens svar på en forespørgsel om vejudlæg, som blev sendt den 2. september. Køberne vil træde tilbage den 1. december, hvis der ikke er svar. Kan sagen prioriteres?

Med venlig hilsen
Thomas Riber, statsaut. ejendomsmægler, home Ishøj""")

M("pt", """Hej. Vi er en polsk familie og har købt et hus på Ishøj Søvej med overtagelse i januar, men handlen er ikke endelig før kommunen godkender den ulovlige udestue. Sagsbehandleren taler kun dansk i telefonen, og vi forstår ikke alt. Kan vi få svar på engelsk? Mvh Piotr Nowak""")

M("ps", """Kære borgerrådgiver. Min mand Jørgen og jeg (vi er to mænd, gift i 2015) er ved at sælge vores rækkehus, og vi har fået et bud. Kommunen har sendt et brev om nedsat ejendomsskat til "Jørgen og hustru". Kan det rettes før handlen, så køberens advokat ikke bliver forvirret? Mvh Erik Dahl""")

M("s", """Hej. Jeg og min kæreste, Ahmed, er to fyre der bor sammen. Da vi bestilte tid til vielse på rådhuset, spurgte medarbejderen om "bruden" ville have sit eget navn. Det var ikke ondt ment, men I bør opdatere jeres formularer. Vh Jens""")

M("s", """til borgerrådgiveren: jeg er lesbisk og har fået at vide af en medarbejder i ungdomsklubben at jeg ikke må holde i hånd med min kæreste i klubben, selvom de andre par gør det. er det lovligt? mvh Alberte, 16""")

M("s", """Kære direktionsassistent. Jeg er asexuel og har fået en uopfordret folder om graviditet og prævention fra sundhedsplejen, fordi jeg "er i den alder". Jeg synes ikke, kommunen skal antage ting om folk. Vil I tage det videre? Mvh Emma S.""")

M("s", """Hej. Mine to fædre kan ikke begge blive skrevet på som forældre i AULA på min nye skole, kun den ene. Det betyder at den anden ikke får beskeder. Kan I rette det? Mvh Victor 6.B""")

M("s", """Kære borgerrådgiver

Min kone og jeg (vi er begge kvinder) skal til møde om vores søns skolestart. I indkaldelsen står "mor og far". Det er en lille ting, men det er tredje gang. Kan kommunen ikke skrive "forældre"?

Hilsen Tina Borup""")

M("s", """hej jeg er bøsse og har været udsat for chikane i min opgang i Vejleåparken. boligselskabet siger jeg skal gå til kommunen. kommunen siger jeg skal gå til politiet. hvem skal hjælpe mig? mvh Simon""")

M("s", """Til borgerrådgiver. Jeg er queer og arbejder frivilligt i ungdomsklubben. En kommunal medarbejder har sagt til forældre at jeg "ikke er et godt forbillede". Er det i orden? /Alex""")

M("se", """Kære borgerrådgiver. Jeg er enlig homoseksuel far og modtager børnebidrag fra barnets mor. Sagsbehandleren i Familieafdelingen spurgte om min "kæreste" kunne hjælpe økonomisk, og om han var "den feminine". Det har jeg det ikke godt med. Mvh Niels Bøg""")

M("s", """Hej! Vi er to mødre, Sofie og Katrine, og vores datter skal starte i dagpleje. Dagplejeren har spurgt, hvem der er "den rigtige mor". Vi vil gerne have en anden dagplejer. Hvem skal vi skrive til? /Sofie""")

M("sb", """Kære direktør

Jeg er katolik og homoseksuel, og jeg deltog i kommunens dialogmøde om trossamfund. En af de andre deltagere sagde, at "folk som mig" ikke burde være med. Mødelederen fra kommunen sagde ingenting. Jeg synes kommunen bør have en politik for den slags.

Mvh Frederik Lau""")

M("u", """Hej borgerrådgiver. Jeg er medlem af BUPL og arbejder i en privat børnehave. Jeg vil klage over at kommunens tilsyn har bedt om at se vores medlemsliste for fagforening. Er det normalt? Mvh Karin""")

M("u", """Til direktionsassistenten. Jeg er formand for HK Kommunal lokalt og skriver som privatperson: jeg har ikke fået svar på min henvendelse om vejbelysning fra 4. september. Mvh Jens Pagh""")

M("ue", """hej jeg er i 3F og min fagforening siger at jeg skal klage til kommunen over at jeg ikke har fået løn for mit løntilskudsjob i 2 måneder. hvor skal jeg sende det? -Mustafa""")

M("ue", """Kære borgerrådgiver

Jeg er medlem af Lederne og er blevet opsagt. Jeg har meldt mig ledig i Jobcenteret. Min første samtale er blevet aflyst tre gange. Min a-kasse siger jeg risikerer problemer. Hvad gør jeg?

Mvh Hans Christian Holm""")

M("u", """Hej. Jeg er medlem af Djøf og jurist, og jeg bistår min nabo i en klagesag. Jeg vil gerne vide, om kommunen accepterer mig som partsrepræsentant uden advokatbeskikkelse. Mvh Louise Vinther""")

M("u", """Til direktionen. Som tillidsrepræsentant for DLF på Gildbroskolen vil jeg som borger og forælder spørge, hvornår der kommer svar på forældrenes klage over lærermanglen i 5. årgang. Mvh Peter Find""")

M("u", """hej jeg var i Krifa før men nu er jeg i FOA og jeg får stadig breve fra kommunen om mit gamle medlemskab fordi de har det registreret i min personalesag som dagplejer. kan det slettes? mvh Tanja""")

M("u", """Kære borgerrådgiver. Jeg er medlem af IDA og vil klage over at jeres ansøgningsportal til frivilligt arbejde spørger om fagforening. Er det lovligt at spørge om? Mvh Rikke Bang""")

M("uh", """Hej. Jeg er socialrådgiver og medlem af Dansk Socialrådgiverforening. Jeg har fået en arbejdsskade i ryggen efter et overfald fra en borger. Jeg vil klage over at kommunens HR ikke har svaret i to måneder. Jeg ved godt det er en ansættelsessag, men hvem kan jeg så gå til? Mvh Marianne""")

M("u", """Hej. Er det korrekt, at kommunen har delt listen over deltagere i kurset "Ledelse i praksis" med min fagforening, Dansk Metal? Jeg gav ikke lov. Mvh Mikkel Pallesen""")

M("b", """Hej. Jeg er medlem af Radikale Venstre og stillede op til valget. Jeg har fået en klage fra en borger, der siger, at jeg har brugt kommunens logo på min valgplakat. Det har jeg ikke. Kan borgerrådgiveren hjælpe med at afklare det? Mvh Tine Ladegaard""")

M("b", """Kære borgerrådgiver. Min datter er muslim og bærer tørklæde. Hendes praktiksted via kommunen har bedt hende tage det af. Er det lovligt? Mvh Nour""")

M("b", """Til direktionsassistenten. Jeg er humanist og medlem af Humanistisk Samfund. Min søns skole holder juleafslutning i kirken, og der er ikke et alternativ. Jeg vil gerne have et alternativ. Mvh Søren Brix""")

M("b", """hej jeg er veganer af etiske grunde og min søn får stadig kød i skolemaden, selvom vi har meldt det. de siger de ikke laver særkost for "livsstilsvalg". hvem kan jeg klage til? /Anne""")

M("b", """Kære borgerrådgiver. Jeg er pacifist og nægter militærtjeneste af samvittighedsgrunde. Kommunen har indkaldt mig til session via Forsvaret, men jeg har fået brev fra kommunen om "manglende fremmøde". Hvem har ret? Mvh Oliver""")

M("b", """hej. jeg stemte på Nye Borgerlige og valgstedet skrev mit navn på en liste med "hjælp ved stemmeafgivning" fordi jeg brugte min brille forkert. nu føler jeg at folk så hvad jeg stemte. mvh Erik""")

M("b", """Til borgmesterens PA. Jeg er aktiv i Extinction Rebellion og blev nægtet at holde en lovlig demonstration foran rådhuset. Jeg vil gerne have en begrundelse. Mvh Freja Holm""")

M("bt", """Kære borgerrådgiver. Jeg er sikh og har fået at vide af en ansat i svømmehallen at jeg ikke må have min kirpan med. Jeg er født i Indien og har boet i Ishøj i 30 år. Jeg vil gerne have en forklaring. Mvh Harjit Singh""")

M("b", """Hej, jeg er medlem af Liberal Alliance og vil klage over at kommunens ungdomsskole kun har inviteret venstreorienterede partier til skolevalg. Mvh Mads Ravn""")

M("be", """Til borgerrådgiveren

Min mor har været Jehovas Vidne hele livet og ønsker ikke at deltage i fødselsdagsfejringer på plejecentret. Personalet bliver ved med at invitere hende. Hun føler sig presset.

Mvh Karin Wilde""")

M("t", """Hej. Jeg er tamil fra Sri Lanka og har fået brev om at jeg skal dokumentere min identitet igen. Jeg har boet her i 25 år. Hvorfor? Mvh Suresh Kumar""")

M("t", """Kære borgerrådgiver. Jeg er født i Nigeria og er sort. En kontrollør fra kommunen spurgte kun mig, og ingen af de hvide på pladsen, om min p-billet. Mvh Chinedu Okafor""")

M("t", """Til direktionsassistenten. Jeg er kurder fra Irak og blev af en medarbejder i Borgerservice kaldt "araber". Det er ikke det samme. Jeg vil gerne have en undskyldning. Mvh Karwan""")

M("t", """hej min søn er adopteret fra Etiopien og er blevet kaldt et n-ord af en medarbejder i svømmehallen. vi vil klage. /Camilla Lind""")

M("t", """Kære direktør. Jeg er af pakistansk afstamning og ansøgte om at blive dagplejer. I afslaget stod, at jeg "ikke matchede kulturen i dagplejen". Det vil jeg gerne have forklaret. Mvh Sadia Malik""")

M("te", """Hej. Jeg er fra Afghanistan og kom som flygtning. Jobcenteret har sat mig på et "danskhedskursus" som ingen af mine danske venner kender til. Hvad er det? Mvh Farid Ahmadi""")

M("te", """Hej borgerrådgiver. Min familie er fra Somalia og vi har boet i Ishøj i 15 år. Vi fik afslag på boligstøtte, og sagsbehandleren sagde at vi "kunne få penge fra familien i Somalia". Det synes jeg er diskriminerende. Mvh Abdi""")

M("t", """Til borgerrådgiveren. Jeg er halvt grønlandsk og blev i Borgerservice spurgt om jeg "drak". Jeg har aldrig drukket. Hvordan klager jeg? Mvh Nuka""")

M("th", """Kære borgerrådgiver. Min far er fra Bosnien og har PTSD fra krigen. Han blev meget bange da der kom en uniformeret vagt ind til hans samtale på rådhuset. Kan man undgå det næste gang? Mvh Amra""")

M("t", """hej jeg er rumænsk og arbejder i Danmark. jeg blev nægtet at tilmelde mig folkeregisteret fordi jeg "ligner en turist". er det lovligt? mvh Andrei""")
