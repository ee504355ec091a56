"""corpus73, part E: work, unions and convictions around sick leave and disability."""
from common import M

M("u", """
Hej Anders

Er i 3F og har været det i 30 år. Vil bare sige at jeg synes det er for dårligt at kommunen bruger vikarbureauer på vejene om vinteren. Det er ikke ordentlige forhold for folk.

Mvh Henning
""")

M("", """
Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Hallen d. 9. oktober? Jeg er arrangør for en gruppe fra sprogskolen og vil gerne forberede dem.

Venlig hilsen
Karen Lind
""")

M("uh", """
Til Center for Voksne og Velfærd

Som tillidsrepræsentant for SOSU-assistenterne i hjemmeplejen (FOA) vil jeg gøre opmærksom på, at vores kollega Jannie har fået en arbejdsskade efter et løft uden lift hos en borger. Hun har en diskusskade og er sygemeldt. Det er anden gang i år at liften har været i stykker.

Vi forventer en handleplan.

Med venlig hilsen
Gitte Sørensen, TR, FOA
""")

M("", """
Til hovedpostkassen

FOA Storkøbenhavn inviterer kommunens ledere til temadag om arbejdsmiljø i ældreplejen. Tilmelding senest 1. april til undertegnede.

Med venlig hilsen
Lisbeth Kragh, faglig konsulent, FOA
""")

M("ue", """
Hej

Jeg er medlem af HK, og min a-kasse siger at jeg skal til samtale på jobcentret i næste uge, fordi jeg har været ledig i 3 måneder. Jeg har fået tilbudt et job i Roskilde. Skal jeg stadig møde op?

Mvh Jeanette Bruun
""")

M("hu", """
Hej Lise

Jeg er i DSR og er sygeplejerske på Hvidovre. Jeg har fået en senskadebehandling på Bispebjerg efter min arbejdsulykke, og jeg skal nu have nedsat tid. Men jeg bor i Ishøj og vil høre om kommunen kan hjælpe med befordring, for jeg kan ikke køre bil mere.

Hilsen
Marianne
""")

M("", """
Hej

Jeg er lige startet på mit første job efter gymnasiet og vil gerne vide, hvad en fagforening egentlig gør, og om det er obligatorisk at være med. Er der nogen i kommunen, der kan forklare det?

Tak
Rosa
""")

M("ub", """
Kære borgmester

Jeg er næstformand i SF's lokalafdeling og i øvrigt medlem af Dansk Metal. Jeg vil gerne invitere dig til debat om arbejdsmiljø på kommunens vejdepot.

Venlig hilsen
Kurt Vestergaard
""")

M("uh", """
Hej

jeg er i DLF og lærer på Gildbroskolen, og efter jeg fik nyt knæ har jeg ikke kunnet gå på trapper. lærerværelset ligger på 1. sal uden elevator. hvem skal jeg skrive til

Susanne
""")

M("", """
Til udvalgsformanden

I den nye overenskomst for kommunale ansatte er der aftalt ekstra seniordage. Hvordan vil kommunen sikre, at det ikke går ud over borgerne i hjemmeplejen?

Venlig hilsen
Anne-Grete, borger
""")

M("ueh", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Krifa og har været sygemeldt med bækkenbrud efter en cykelulykke. Min arbejdsgiver har opsagt mig under sygdom. Jeg har søgt om sygedagpenge hos jer, men har fået at vide at jeg først skal melde mig ledig.

Hvad er rigtigt?

Med venlig hilsen
Morten Sejr
Cpr [[040491-2733]]
""")

M("bu", """
Hej Sara

Jeg er aktiv i Enhedslisten og medlem af Djøf (ja, det findes). Kunne du sige noget om hvornår byrådet tager stilling til sundhedshusets budget? Vi i partiet vil gerne komme med forslag.

Kh Malthe
""")

M("", """
Hej

Skal man være medlem af en fagforening for at blive ansat i kommunens rengøring? Min veninde spurgte mig og jeg vidste det ikke.

Hilsen
Aisha
""")

M("ub", """
Til byrådet

Jeg har stemt på Dansk Folkeparti i 20 år og er med i 3F. Jeg synes det er forkert at kommunen bruger penge på tolke i sundhedshuset, når der er 4 ugers ventetid på genoptræning.

Med venlig hilsen
Preben Jensen
""")

M("hue", """
-----Videresendt besked-----
Fra: Fie Holm
Til: Borgerrådgiveren

Hej. Jeg er i FOA. Jeg blev sygemeldt med angst og skulle til sygeopfølgning på jobcentret. Min tillidsrepræsentant måtte ikke komme med. Sagsbehandleren sagde at "FOA har ikke noget at gøre her". Det har jeg læst at det har de. Jeg vil gerne klage.

Fie
""")

M("", """
Hej

Har kommunen en aftale med en bestemt a-kasse for sine elever på erhvervsuddannelserne? Jeg er vejleder på EUC og bliver spurgt af de unge.

Mvh Palle, studievejleder
""")

M("ut", """
Hej,

Jeg er fra Litauen og arbejder på et byggeri i Ishøj. Jeg er med i 3F og har fået at vide af min kollega at vi ikke får overenskomstløn. Min arbejdsgiver siger at vi ikke er omfattet. Kan kommunen kontrollere det, når det er kommunens byggeri?

Darius
""")

M("uh", """
Til hovedpostkassen

Jeg er lærer og TR for DLF på Ishøj Skole. En af mine kolleger er gået ned med en stressreaktion efter flere voldsomme episoder med en elev. Vi vil gerne have et møde med skolechefen om en fælles plan.

Med venlig hilsen
Claus Fogh
""")

M("be", """
Kære byrådsmedlem

Jeg er vegetar af overbevisning og har været det i 30 år. Nu er min mor kommet på plejecenter, og hun har det på samme måde, men hun får kød hver dag. Vi har bedt om vegetarmad.

Med venlig hilsen
Anne Thorsen
""")

M("beh", """
Hej

min mor er kommet på plejecenter Ishøjhave og hun er vegetar af etiske grunde hele sit liv. de serverer hende kød. hun er dement nu og kan ikke selv sige fra

mvh hendes søn
""")

M("", """
Til hovedpostkassen

Hvor mange medarbejdere i kommunen er organiseret i en fagforening? Jeg er forsker på Roskilde Universitet og laver en undersøgelse af den danske model i kommunerne.

Venlig hilsen
Lektor Jonas Bech
""")

M("bh", """
Kære Social- og Sundhedsudvalget

Som buddhist mediterer jeg hver dag, og det har hjulpet mig gennem min kræftbehandling. Jeg vil gerne foreslå, at Sundhedshuset tilbyder mindfulness til andre kræftpatienter.

Med venlig hilsen
Lotte Nymann
""")

M("u", """
Hej

Jeg har været medlem af 3F, men meldte mig ud sidste år. Nu vil jeg gerne i HK. Kan man være i a-kasse uden fagforening?

Mvh Rasmus
""")

M("", """
Hej

Er der en fagforening for frivillige i kommunens besøgstjeneste? Eller har vi nogen forsikring?

Hilsen
Grethe
""")

M("bt", """
Til byrådsmedlem

Jeg er sikh og bærer turban. Jeg er ansat som chauffør på Flextrafikken og får at vide af passagerer, at jeg "skal tage det der af" og "rejse hjem til Indien". Mine forældre er fra Punjab. Firmaet siger at det er kommunens ordning, så kommunen må gøre noget.

Med venlig hilsen
Harpreet Singh
""")

M("u", """
Hej

Jeg er tillidsrepræsentant i 3F for chaufførerne hos Arriva i Ishøj. Vi har et spørgsmål om kommunens udbud af buskørsel: indeholder det en arbejdsklausul?

Mvh Lars Hvid
""")

M("", """
Hej

Vi er fra Dansk Metals lokalafdeling og vil gerne leje Ishøj Medborgerhus til vores generalforsamling d. 15. marts. Hvad koster det?

Med venlig hilsen
Dansk Metal Vestegnen
""")

M("bhe", """
Hej

Jeg er katolik, og min mand er lige død på hospice. Vi vil gerne have at præsten fra Sankt Knud kan komme på plejecentret og give de syges salvelse til min svigermor, der også ligger for døden. Hun er også katolik. Er det tilladt?

Venlig hilsen
Teresa Kowal
""")

M("b", """
Hej Ishøj

Vi er en familie der går i moskeen hver fredag. Vi vil høre om der kan blive parkering ved Ishøj Moské, det er kaos hver fredag.

Mvh Ali og familie
""")

M("", """
Hej

Hvornår åbner moskeen på Vejleåvej efter ombygningen? Vi bor overfor og undrer os over byggepladsen.

Med venlig hilsen
Familien Larsen
""")

M("b", """
Kære udvalgsformand

Jeg er medlem af Humanistisk Samfund og ikke-troende. Min datter skal have nonfirmation i maj. Kan vi leje festsalen på rådhuset, som de kristne får lov at leje til konfirmationer?

Mvh Søren Dahl
""")

M("bh", """
Til Center for Voksne og Velfærd

Jeg er Jehovas Vidne og skal opereres for en blodprop i benet. Jeg modtager ikke blodtransfusion af trosmæssige grunde. Jeg vil bare sikre mig at hjemmesygeplejen kender til det bagefter.

Med venlig hilsen
Inger Hald
[[160452–1390]]
""")

M("", """
Hej

Vi er fra menighedsrådet i Ishøj Kirke. Vi vil gerne holde en mindegudstjeneste for dem der er døde af corona, og invitere borgmesteren.

Med venlig hilsen
Menighedsrådet
""")

M("b", """
Kære Jesper

Jeg stemte på dig ved sidste valg, fordi du sagde du ville kæmpe for de ældre. Nu lukker I dagcentret. Jeg er skuffet.

Hilsen
Ruth Aagaard
""")

M("bh", """
Hej

Jeg er muslim, og jeg faster i ramadanen. Men jeg har diabetes type 2, og min læge siger jeg skal passe på. Kan Sundhedshuset give råd om at faste med diabetes? Jeg vil gerne tale med en sygeplejerske.

Hilsen Fatima
""")

M("b", """
Til kommunen

Vi er en lille gruppe pensionister fra Ishøj, der er medlem af Radikale Venstre. Vi vil gerne have et møde med borgmesteren om kollektiv trafik til sundhedshuset.

Med venlig hilsen
Jørgen, Hanne og Birte
""")

M("", """
Hej

Hvad er reglerne for at holde en demonstration foran rådhuset? Vi er en forening der vil demonstrere mod hospitalsplanen.

Mvh Bevar Glostrup Hospital
""")

M("bh", """
Til hovedpostkassen

Jeg er rabbiner og bor i Ishøj, og jeg har selv fået konstateret Parkinsons. Jeg vil gerne blive ved med at gå til synagogen i København om lørdagen, men jeg kan ikke køre selv. Jeg må ikke køre på sabbaten. Findes der en kommunal kørselsordning der kan tage hensyn til dette?

Med venlig hilsen
Rabbi David Melchior
""")

M("hbe", """
Hej

jeg er muslim og min mand er død. jeg fik hjemmehjælp men nu kommer en mand for at bade mig. det må jeg ikke efter min tro. jeg har lige været indlagt med lungebetændelse. vil gerne have en kvinde

Hawa
""")

M("u", """
Hej

Jeg er fra Djøf og har altid været det, men min søn er nu blevet lærer og vil vide om han skal være i DLF. Hvad anbefaler kommunen?

Mvh Birgitte
""")

M("", """
Til direktionsassistenten

Kan direktøren deltage i møde med de faglige organisationer om den nye sygefraværspolitik den 12. februar? Dagsordenen er vedlagt.

Med venlig hilsen
Trine, HR
""")

M("hbu", """
Hej Kasper

Jeg er pensioneret tømrer, medlem af 3F, og var i min tid formand for Socialdemokratiets lokalforening. Nu har jeg fået Alzheimer i begyndende grad. Jeg vil gerne være med i byrådets arbejde om demensvenlig by, så længe jeg kan.

Mvh Bent Kjeldsen
""")

M("bu", """
Kære Rikke

Jeg er med i Alternativet og i Lederne. Vi vil gerne have et møde om cykelstier. Hvornår kan du?

Hilsen
Karina Dall
""")
