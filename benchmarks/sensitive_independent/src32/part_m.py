"""corpus32 part M: short and medium positives of every kind, many with several categories."""
from common import M

M("p", """Hej. Vi har sat vores parcelhus på Bredekærs Vænge til salg og har en køber, der vil skrive under, når kommunen har bekræftet at kloakken er godkendt. Vi har ventet 6 uger. Kan borgerrådgiveren hjælpe? Mvh Rikke og Jan Ostenfeld""")

M("p", """Til direktionsassistenten. Jeg er interesseret i at købe kommunens tidligere børnehave på Vejlebrovej og har sendt et tilbud den 1. november. Jeg vil gerne vide, om der er andre bydende, og hvornår der træffes beslutning. Mvh Martin Ibsen""")

M("pe", """Kære borgerrådgiver. Min ekskæreste og jeg ejer lejligheden sammen. Vi er gået fra hinanden, og han vil sælge, men jeg har ikke råd til at købe ham ud, og jeg er på dagpenge. Der ligger et bud, som han vil tage imod. Kan kommunen hjælpe mig med at finde en bolig? /Julie""")

M("p", """Hej. Vi skal sælge vores kolonihave i Strandengens Haveforening og har fået et bud på 210.000. Foreningen siger at kommunens vurderingsmand skal godkende prisen. Hvor lang ventetid er der? Mvh Erik""")

M("p", """Kære direktør. Vores firma har fået tilbudt at købe grunden ved siden af vores værksted på Industrivej, men sælger kræver at kommunen først giver tilladelse til sammenlægning. Ansøgningen er 9 uger gammel. Mvh Helle Bach, Bach & Søn VVS""")

M("p", """hej, vores køber er sprunget fra handlen på huset på Ishøj Bygade fordi kommunen ikke kunne svare om fredningen. nu er vi tilbage på start. jeg vil klage. mvh Tom Skov""")

M("phe", """Kære borgerrådgiver

Min mor har fået konstateret demens og skal på plejehjem. Vi er derfor ved at sælge hendes lejlighed på Ishøj Strandvej. Der er en køber, men handlen kan ikke afsluttes, før kommunen har svaret om, hvem der skal underskrive, da min mor ikke længere selv kan. Hvem kan hjælpe?

Mvh Peter Friis""")

M("p", """Til borgerrådgiveren: Jeg har givet bud på en andelsbolig i Ishøj Strandpark, men andelsforeningen siger kommunen skal godkende, da det er en almen bolig med særlige regler. Hvad er reglerne? Mit bud er accepteret med forbehold. Mvh Ahmad Rahimi""")

M("p", """Kære direktionsassistent. Jeg er advokat for køberen af Tranegilde Strandvej 102. Handlen er betinget af kommunens svar om vejret over nabogrunden. Vi har en frist den 20. januar. Venligst bekræft modtagelse. Mvh adv. Signe Rønne, j.nr. 2024-0418""")

M("pe", """Hej borgerrådgiver. Vi er gået fra hus og hjem pga. gæld og huset skal sælges på tvangsauktion i februar. Kommunen har ikke svaret om vi kan få hjælp til et depositum til en lejebolig. Vi har tre børn. Mvh Kenneth og Lise""")

M("s", """Hej. Min mand og jeg – vi er to mænd – har søgt om at blive plejefamilie. Vi har fået at vide at der er "lang ventetid", men vores venner (mand og kone) fik svar på to uger. Er det rigtigt, at der er forskel? Mvh Bo Fenger""")

M("se", """Til borgerrådgiveren. Jeg er lesbisk og var til samtale på Jobcenteret, hvor sagsbehandleren spurgte, om jeg var "sikker på, jeg ville arbejde i en børnehave". Jeg vil gerne klage. Mvh Mette K.""")

M("s", """Kære direktør. Min kone og jeg (vi er begge kvinder) har ikke fået brev om vores datters sundhedsplejerskebesøg, fordi systemet kun kender min kone. Hvordan retter vi det? Mvh Sara Lindstrøm""")

M("s", """hej jeg er 17 og bi og vil gerne klage over at en medarbejder i ungdomsklubben fortalte min mor at jeg havde en kæreste der var pige. det havde jeg ikke fortalt hjemme. mvh anonym""")

M("s", """Kære borgerrådgiver. Jeg er homoseksuel og dagplejer i kommunen. En forælder har klaget over mig til kommunen pga. min "livsstil", og min leder har bedt mig "være diskret". Jeg ved det er en ansættelsessag, men hvor går jeg hen? Mvh Lars""")

M("se", """Til borgerrådgiveren. Min kæreste Mikkel og jeg (to fyre) er flyttet sammen, og nu har kommunen nedsat min boligstøtte uden at spørge. Jeg vil gerne vide hvordan de har regnet. Mvh Oscar""")

M("sb", """Hej. Jeg er præst i folkekirken og gift med en mand. Jeg har fået en anonym klage via kommunens borgerpanel om, at jeg "ikke burde vies" i kommunens kapel. Kan kommunen fjerne den slags fra panelet? Mvh Johannes Krag""")

M("s", """Kære direktionsassistent. Vi er en regnbuefamilie med to mødre og vil gerne klage over, at kommunens velkomstpakke til nye forældre kun taler om "mor og far". Mvh Anne og Birte""")

M("u", """Hej. Jeg er medlem af FOA og har fået tilbud om et job i hjemmeplejen i Ishøj. Kommunen vil have min fagforening oplyst i ansættelsesskemaet. Skal jeg oplyse det? Mvh Zainab""")

M("u", """Til borgerrådgiveren. Jeg er tidligere tillidsrepræsentant for Dansk Metal og har nu fået et brev fra kommunen om, at min tidligere arbejdsgiver har indberettet mig til "Jobcenterets virksomhedsservice". Hvorfor? Mvh Kurt Lykke""")

M("u", """hej jeg er med i HK og vil bare spørge om jeg kan få fri til at mødes med borgerrådgiveren i arbejdstiden. min arbejdsgiver siger nej. mvh Lina""")

M("u", """Kære direktør. Jeg er TR for BUPL i Børnehuset Regnbuen og skriver som forælder til et barn i et andet hus. Min datters stue har haft 5 forskellige vikarer på en måned. Hvad gør kommunen? Mvh Tina Hald""")

M("u", """Hej borgerrådgiver. Min far har været medlem af 3F i 50 år og er lige død. Fagforeningen siger, at kommunen skal sende en dødsattest, før de udbetaler begravelseshjælp. Er det rigtigt? Mvh Jesper""")

M("ue", """Til direktionsassistenten. Jeg er medlem af Krifa og har fået afslag på løntilskud fordi jeg "ikke har været ledig længe nok". Jeg har været ledig i 7 måneder. Mvh Helena""")

M("uh", """Kære borgerrådgiver. Jeg er sygeplejerske, medlem af DSR, og jeg har haft long covid i et år. Kommunens arbejdsmedicinske konsulent har sendt mine papirer til min fagforening uden samtykke. Hvem skal jeg klage til? Mvh Rikke""")

M("b", """Hej. Jeg er muslim og har bedt om at få min far begravet efter islamisk skik på Ishøj Kirkegård. Kommunen har ikke svaret i 2 uger. Det haster. Mvh Hassan""")

M("b", """Til borgerrådgiveren. Jeg er medlem af Venstre og sidder i bestyrelsen for vores lokalforening. En medarbejder i Borgerservice kommenterede mit partimærke og sagde at "sådan nogle som dig" skar i velfærden. Mvh Lars Munk""")

M("b", """Kære direktør. Min datter er Jehovas Vidne og har fået at vide, at hun skal deltage i juleafslutningen i kirken med skolen. Vi vil gerne have et alternativ. Mvh Ruth Jensen""")

M("be", """hej. jeg er buddhist og mediterer i min frokostpause på jobcentret hvor jeg er i praktik. min vejleder siger det er "mærkeligt". er det et problem? mvh Kasper""")

M("b", """Til borgerrådgiveren. Jeg er medlem af Alternativet og stillede op til kommunalvalget. Kommunen fjernede mine valgplakater dagen før de andres. Jeg vil gerne have en forklaring. Mvh Ida Vang""")

M("bh", """Kære borgerrådgiver. Jeg er katolik og får kemo for leukæmi. Jeg har bedt hospitalspræsten om at komme, men kommunens hjemmesygepleje sagde at det "ikke var deres opgave at koordinere". Hvem koordinerer så? Mvh Maria Kowalski""")

M("bt", """Hej. Vi er en jødisk familie og vores søn bliver drillet på skolen for at bære kippa. Vi har skrevet til skolelederen to gange uden svar. Kan borgerrådgiveren hjælpe? Mvh Rebecca Stein""")

M("te", """Til borgerrådgiveren. Jeg er fra Vietnam og har boet i Danmark i 40 år. En medarbejder i hjemmeplejen har kaldt min mand "kineser". Vi vil gerne have, at det stopper. Mvh Lan""")

M("te", """Hej. Jeg er polsk og arbejder i Danmark. Jobcenteret har stoppet min kontanthjælp, fordi jeg "ikke har bevist at jeg bor her". Jeg har lejekontrakt. Mvh Tomasz Lewandowski""")

M("t", """Kære borgerrådgiver. Min kone er filippinsk og blev af Borgerservice spurgt, om hun var "au pair". Hun har boet her i 12 år og er dansk statsborger. Mvh Søren Dahl""")

M("t", """hej min mand er fra Gambia og da vi var på rådhuset for at gifte os spurgte medarbejderen om det var "ægte kærlighed". jeg vil klage. mvh Pernille""")

M("the", """Til direktionsassistenten. Min far er iransk og har Parkinsons. Kommunens visitator ville ikke tale med ham, kun med mig, fordi "han nok ikke forstår". Han taler flydende dansk. Mvh Dara""")

M("h", """Hej borgerrådgiver. Jeg er døv og kan ikke ringe til kommunen. Jeres kontaktformular virker ikke, og der er ingen tegnsprogstolk til møder. Hvad gør jeg? Mvh Anette""")

M("h", """Kære direktionsassistent. Min søn har type 1-diabetes, og SFO'en vil ikke hjælpe med at måle hans blodsukker. Vi har skrevet til skolen tre gange. Mvh Lise og Morten Holm""")

M("he", """hej jeg er gravid i 7. måned og har fået indkaldelse til møde på 3. sal på jobcentret uden elevator. kan jeg få det flyttet? mvh Amanda""")

M("he", """Til borgerrådgiveren. Jeg har sklerose og har søgt om en el-kørestol. Jeg har ventet i 5 måneder. Min gamle stol er ved at gå i stykker. Sagsnr. 27.12.24-G01-1105-24. Mvh Lene Brøns""")

M("h", """Kære borgerrådgiver. Min nabo på Vildtbanevej 12, den ældre herre, er blevet meget forvirret og har ikke spist i dagevis. Jeg er bekymret for ham. Hvem i kommunen skal jeg kontakte? Mvh Jytte""")

M("he", """Hej. Min datter har ADHD og har fået en skærm i klassen, men den er blevet fjernet uden varsel. Hvem bestemmer det? Mvh Michelle""")

M("he", """Kære direktør for Voksne og Velfærd

Min far har KOL og fik bevilget iltapparat og hjemmesygepleje. Hjemmesygeplejen er ikke kommet to gange i sidste uge. Han var alene og fik åndenød. Det er ikke godt nok.

Mvh Brian Olesen""")

M("he", """Til borgerrådgiveren. Jeg er blevet opereret for grå stær og må ikke køre bil i 4 uger. Kan jeg få flyttet mit møde på Jobcenteret, eller skal jeg tage en taxa for egen regning? Mvh Jørgen""")

M("e", """Hej borgerrådgiver. Jeg er på førtidspension og har fået et brev om at min pension skal reguleres, men jeg forstår ikke beregningen. Ingen svarer i telefonen. Mvh Tonni""")

M("e", """Kære borgerrådgiver. Min søn er anbragt på en døgninstitution, og jeg får ikke svar på hvornår jeg må se ham til jul. Sagsbehandleren har ferie til 2. januar. Mvh Mia""")

M("e", """Til direktionsassistenten. Jeg har søgt om enkeltydelse til tandlæge og har ventet i 10 uger. Jeg er på kontanthjælp og kan ikke spise ordentligt. Mvh Ricky""")

M("e", """hej jeg er hjemløs og sover hos venner. jeg har ikke fået svar på min ansøgning om en skæv bolig. hvem kan jeg tale med? mvh Dennis""")

M("e", """Kære borgerrådgiver. Min mor modtager madordning fra kommunen, men maden kommer kold og for sent. Vi har klaget til leverandøren uden svar. Mvh Hanne Leth""")

M("e", """Hej. Min samværsaftale med mine børn bliver ikke overholdt, og Familieretshuset siger at kommunen skal indkalde til møde. Kommunen siger det modsatte. Mvh Ronni""")

M("e", """Til borgerrådgiveren. Jeg sad i fængsel i to år og er lige løsladt. Jobcenteret vil ikke give mig en samtale, før jeg har en adresse. Hvad gør jeg? Mvh Kenneth""")

M("e", """Kære direktør. Jeg modtager hjemmehjælp og har fået ny hjælper hver uge i to måneder. Jeg er 91 og bliver utryg. Mvh Astrid Wendel""")

M("", """Navn: Claus Rohde
CPR-nr.: [[090571-1233]]
Adresse: Strandgårdsvej 19
Sagsnr.: 00.01.00-A00-3319-24
Klagen drejer sig om: Manglende svar på henvendelse om støjvold.""")

M("e", """Hej. Jeg er i restance med huslejen og har fået en opsigelse. Jeg har søgt om hjælp hos kommunen. Cpr: [[1010930318]]. Jeg har ikke fået svar. Mvh Sabrina""")

M("he", """Til borgerrådgiveren

Navn: Henning Ravn
Cpr: [[280549 1129]]
Emne: Manglende svar på ansøgning om handicapparkering. Jeg har amputeret venstre ben.

Mvh Henning""")

M("ut", """Hej. Jeg hedder Aleksandra, cpr [[150882–2448]], og jeg er fra Ukraine. Jeg er medlem af 3F. Jeg har ikke fået min løn for tre uger fra et rengøringsfirma, der arbejder for kommunen. Kan kommunen gøre noget?""")

M("b", """Kære borgerrådgiver. Mit cpr er [[040190 3527]]. Jeg har bedt kommunen om at ændre mit navn til et muslimsk navn efter min konvertering, men ansøgningen er blevet afvist uden begrundelse. Mvh Kristian/Karim""")

M("s", """Hej. Jeg og min mand Henrik (vi er begge mænd) har søgt om adoption. Kommunen har bedt om mit cpr-nummer igen: [[311085 1923]]. Hvorfor skal det sendes på mail? Mvh Rasmus""")

M("pe", """Til Ishøj Kommune

Navn: Bjarne Vestergaard
Cpr: [[221158-3110]]
Adresse: Ishøj Søvej 88

Mit hus er sat til salg, fordi jeg ikke kan betale min gæld til kommunen for ejendomsskat. Jeg vil gerne have en afdragsordning, så jeg ikke behøver at sælge til den første køber, der har budt alt for lavt.""")

M("", """Hej, jeg har sendt min klage to gange, og I siger I ikke kan finde den. Her er mine oplysninger igen: Mia Sand, [[200905-4412]], Ishøj Parkvej 2. Klagen handler om at skolebussen ikke kom. Skrevet af mor, Janne Sand.""")
