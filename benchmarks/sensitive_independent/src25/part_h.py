from common import M

M("p", """Hej

Vi har budt på Vejlebrovej 8 og sælger har lavet et modbud. Vi mødes med mægleren på mandag. Før vi siger ja vil vi gerne vide om der kommer en cykelsti foran huset, for så mister vi en del af forhaven.

Mvh Sebastian og Ida Krogh""")

M("p", """kære kommune. min farmor har lige fået en køber til sit parcelhus på Vibeholmsvej, men han vil have at kommunen bekræfter at der ikke er olietank i jorden før han skriver under. kan I tjekke jeres register? - Nikolaj""")

M("pe", """Hej

Vi får tvangsauktion over vores rækkehus på Gildbrovej 40 den 2. december, hvis vi ikke har solgt inden. Vi har en køber, men han vil først betale når kommunen har godkendt tagboligen. Kan sagen fremskyndes?

Mvh Jannik Dyrberg, [[130576-1188]]""")

M("p", """Hej Ishøj Kommune,

Vi er ved at købe en erhvervsgrund på Industrivej til vores VVS-firma. Sælger og vi har en betinget aftale, men vi venter på kommunens svar om vi kan bygge en hal på 800 m². Kan I give et foreløbigt svar?

Mvh Rune Møller, Møller VVS""")

M("p", """Hej,

Min mand og jeg vil gerne sælge vores kolonihavehus, og vi har en køber klar, men foreningen har sagt at kommunen skal godkende prisen først. Er det rigtigt?

Mvh Jytte Hjorth""")

M("p", """hej jens. huset ved siden af os på Strandgårdsvej 11 er sat til salg og mægleren har fortalt at der er to købere der vil rive det ned og bygge dobbelthus. kan de det uden at vi bliver hørt?

Mvh Per og Karin""")

M("", """Hej. Kommunen solgte i foråret den gamle børnehave på Strandgårdsvej til en developer. Hvornår begynder byggeriet?""")

M("", """Hvad har kommunen fået ind ved salget af storparcellerne i 2025? Det står ikke i årsregnskabet.""")

M("pt", """Hej,

Vi er en pakistansk familie der har boet i Vejleåparken i 20 år. Nu har vi givet bud på et hus på Gadekærsvej og mægleren siger at sælger har accepteret, men vi venter på banken. Må vi have en lille butik i garagen bagefter?

Mvh Imran og Nazia Chaudhry""")

M("s", """Hej

Jeg hedder Jesper og min mand Morten er netop gået på pension. Vi vil gerne melde os som frivillige ved Ishøj Strandbad. Hvem skal vi kontakte?

Mvh Jesper Nyholm""")

M("sh", """Hej

Min kone Lone og jeg, Pernille, fik vores søn med donorsæd i sidste måned. Han har haft gulsot og var indlagt i en uge på Hvidovre. Sundhedsplejen har ikke været her endnu. Kan I sende en?

Mvh Pernille Dal, [[200692 2105]]""")

M("e", """Hej,

Jeg har fået lov til at betale mine restancer til Ishøj Kommune over 24 måneder, men nu har jeg fået en lønindeholdelse fra Gældsstyrelsen oven i. Jeg kan ikke klare begge. Hvad gør jeg?

Mvh Kasper Bang, [[021185 1243]]""")

M("", """Hvad er reglerne for lønindeholdelse, når man skylder til det offentlige? Jeg skriver til et privatøkonomisk blad og vil gerne have kommunens vinkel.""")

M("e", """Hej

Jeg har en regning fra Ishøj Forsyning på 4.600 kr, og jeg har lige fået at vide at jeg ikke får løn i denne måned fordi min arbejdsgiver er gået konkurs. Kan jeg få henstand?

Mvh Anne Hauge""")

M("h", """Hej, jeg skal have lavet en MR-scanning af knæet på Glostrup, og jeg kan ikke gå på det. Kan I sende en taxa? [[061159-1054]]

Mvh Else Brandt""")

M("h", """Hej,

Min far har fået et ilttilskud efter sin KOL-diagnose, og han har brug for en ny iltkoncentrator fordi den gamle larmer. Hvem skal jeg kontakte?

Mvh Jeanette Dahl""")

M("h", """Hej. Jeg er gravid i 4. måned og arbejder i køkkenet på plejecentret. Jeg må ikke løfte tungt. Kan jeg blive flyttet til en anden opgave?

Mvh Jasmin""")

M("", """Hvilke regler gælder for gravide ansatte i kommunen? Jeg er HR-konsulent i en privat virksomhed og vil gerne sammenligne.""")

M("", """Hej. Jeg er ikke selv handicappet, men jeg synes at stien ved Ishøj Sø burde være tilgængelig for kørestole. Hvornår bliver den lavet?""")

M("", """Hej, jeg er ikke medlem af nogen fagforening, men jeg har hørt at HK har en gratis juridisk rådgivning for alle. Er det rigtigt?""")

M("", """Hej, jeg er ikke muslim, men jeg vil gerne besøge moskeen på Industrivej til åbent hus. Hvornår er det?""")

M("t", """Hej,

Min mor er thailandsk og har boet i Ishøj i 25 år. Hun er nu blevet enke og vil gerne lære flere danske ord. Har Ishøj Sprogcenter hold for ældre?

Mvh Kasper Thorup""")

M("t", """Hej Ishøj Kommune. Min søn er sort, og han er den eneste i sin klasse. Han fortæller at han bliver drillet. Hvad gør skolen for at forebygge racisme?

Mvh Grace Mensah""")

M("b", """Hej,

Jeg er katolik og går i Sankt Mikaels Kirke. Min søn vil gerne være ministrant. Kan han få fri fra skolen til gudstjenesten på Kristi Himmelfartsdag?

Mvh Helena Kowalczyk""")

M("", """Hej, er Kristi Himmelfartsdag stadig en helligdag for kommunens ansatte? Jeg ved at Store Bededag er afskaffet.""")

M("b", """Hej

Jeg er medlem af Moderaterne og stiller op til kommunalvalget i Ishøj. Hvor finder jeg reglerne for valgplakater?

Mvh Casper Juhl""")

M("u", """Hej

Vi har haft en faglig klub i Ishøj Havn i mange år, og jeg er formand for klubben under Dansk Metal. Vi vil gerne have en p-plads foran vores lokale.

Mvh Allan Rye""")

M("u", """Hej Ishøj,

Jeg er blevet opfordret af min fagforening, Socialpædagogerne, til at kontakte jer om et bofællesskab. Jeg arbejder der som pædagog. Hvem skal jeg tale med?

Mvh Lise Bonde""")

M("", """Hvem har arbejdsgiveransvaret for pædagogerne i bofællesskabet Regnbuen? Jeg spørger for en rapport om bostøtte.""")

M("ue", """Hej

Jeg er blevet ledig og betaler til min a-kasse under Djøf. Jeg har fået at vide at jeg skal i aktivering allerede efter 6 uger. Er det rigtigt?

Mvh Mette Aagaard""")

M("eh", """Hej borgerrådgiver,

Jeg har været i rehabiliteringsteamet to gange og de vil ikke indstille mig til fleksjob, selv om min læge skriver at jeg har kroniske smerter efter en trafikulykke. Jeg vil klage.

Mvh Jesper Holt, [[250776-1241]]""")

M("et", """Hej,

Min mand er tyrker og har været arbejdsløs i 2 år. Vi får begge kontanthjælp. Han har fået et brev om at han skal til sprogtest. Hvad hvis han ikke består?

Mvh Ayşe Demir""")

M("bt", """Hej,

Jeg er armensk og medlem af den armensk-apostolske kirke. Vi vil gerne holde en mindehøjtidelighed den 24. april ved Ishøj Rådhus. Må vi det?

Mvh Aram Sarkisian""")

M("", """Hej, jeg vil bare sige at kommunens kampagne "Ishøj er for alle" med plakater om forskellige religioner er rigtig flot. Godt gået.""")

M("s", """hej. jeg har været i et forhold med en pige i 2 år, og vi vil gerne flytte sammen. jeg er selv en pige, og vi er begge 19. kan vi få en ungdomsbolig sammen? /Amalie""")

M("", """Hej, jeg og min kæreste er 19 og vil gerne flytte sammen. Kan vi få en ungdomsbolig sammen? /Alex""")

M("e", """Hej

Min datter er blevet anbragt i en plejefamilie i Hvidovre, og jeg må kun se hende hver anden weekend. Jeg vil gerne have mere samvær. Hvem skal jeg skrive til?

Mvh Tanja Overgaard, [[141088 2286]]""")

M("pu", """Hej,

Jeg er tillidsrepræsentant i FOA og skal flytte til Roskilde. Vores andelslejlighed på Ishøj Søvej er sat til salg, og vi har en køber der venter på bestyrelsens godkendelse. Kan vi beholde vores barns plads i SFO'en indtil flytningen?

Mvh Kirsten Bagger""")

M("h", """Hej,

Jeg har lige været hos øjenlægen, og han siger at jeg har glaukom og skal have dråber resten af livet. Jeg kan ikke læse de små skilte ved busstoppestederne. Kan skiltene blive større?

Mvh Jens Kirk""")
