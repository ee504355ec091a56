"""corpus39 part C: sports clubs and associations, youth jobs, summer jobs."""
from common import M

M("u", """Hej

Jeg er 16 år og har fået sommerjob i kommunens park og vej. Jeg er lige blevet medlem af 3F Ungdom fordi min far sagde jeg skulle. Min chef siger jeg får 78 kr i timen, men 3F siger det er for lidt. Hvem har ret?

Mvh Mikkel, 16""")

M("", """Hej. Hvor mange sommerjob har kommunen til unge mellem 15 og 17 i år, og hvordan søger man? Tak. Hilsen Birthe (mor til Oscar)""")

M("", """Hej, hvornår åbner udendørsbadet i Ishøj Idrætscenter? Og er der livredder hele dagen? Mvh Ole""")

M("", """Til kultur- og fritidsudvalget

Jeg synes det er uretfærdigt at Ishøj IF fodbold får flere baneTimer end cricketklubben. Der er mange børn der spiller cricket, og de skal også have plads. Det er min mening som fritidsbruger.

Venlig hilsen
Rajesh""")

M("s", """Hej

Vi er nogle stykker i Ishøj Roklub der vil starte et hold for queer roere, fordi vi ikke altid føler os velkomne på de almindelige hold. Jeg er selv lesbisk og har roet i 10 år. Kan vi låne bådhallen tirsdag aften?

Kh Marianne Dahl""")

M("", """Hvad er reglerne for at få tilskud som ny forening i Ishøj? Vi vil starte en skakklub for pensionister. Tak, Erling""")

M("hu", """Hej

Min søn Frederik (17) har sommerjob på et lager i Ishøj Erhvervspark. I sidste uge fik han et vrid i ryggen og er sygemeldt. Han er medlem af HK Ungdom, og de siger det skal meldes som en arbejdsskade. Skal kommunen også have besked, da det er et jobcenter-job?

Mvh Lone""")

M("", """Hej. Jeg er 15 og vil gerne arbejde som bolddreng til sommerens turnering. Skal man have en børneattest? Mvh Sebastian""")

M("b", """Hej

Jeg er formand for ungdomsafdelingen i Radikale Venstre i Ishøj, og vi vil gerne låne et lokale på biblioteket til et debatmøde om klima i juni. Jeg ved at kommunen ikke udlåner til partier i valgkampen, men det er ikke valgkamp nu.

Mvh Laura Bjerre""")

M("", """Må politiske partier låne lokaler på biblioteket gratis? Og gælder det også religiøse foreninger? Jeg spørger generelt. Mvh Henning""")

M("e", """Hej

Min søn Tobias på 15 vil gerne gå til håndbold i Ishøj IF, men kontingentet er 1.800 kr. Jeg er på kontanthjælp og har lige fået afslag på hjælp fra fritidspuljen. Er der andre muligheder?

Venlig hilsen
Mette""")

M("", """Hej! Vores klub har fået et nyt CVR-nummer, 41 73 90 22. Skal vi sende det til foreningsafdelingen for at få tilskuddet udbetalt? Mvh kassereren, Ishøj Petanque""")

M("t", """Hej

Vi er en gruppe somaliske mødre der vil starte en svømmeklub kun for piger og kvinder i Ishøj. Vi er selv somaliere og vores døtre har aldrig lært at svømme. Kan vi få tider i svømmehallen om søndagen?

Mvh Hodan Ali""")

M("", """Hej, hvilke dage har skøjtebanen åbent i sommerferien – nej vent, den har jo lukket. Hvad med inline-banen ved idrætscentret? :-) /Kim""")

M("tb", """Hej

Min datter Simran spiller fodbold i Ishøj IF. Vi er sikher fra Punjab, og hun går med patka (lille turban) til kampene. En dommer har sagt at den ikke er tilladt. Kan kommunen tage det op med DBU eller klubben?

Venlig hilsen
Gurpreet Singh""")

M("", """Hej, jeg vil høre om kommunen giver tilskud til fodboldskoler i uge 27 og 28 så det bliver billigere for familierne? Tak""")

M("u", """Hej Kim (byrådet)

Jeg er tillidsrepræsentant for FOA i hjemmeplejen og træner samtidig U12-pigerne i Ishøj IF. Vores træningstider bliver flyttet til 17.00, og det går ikke for os der arbejder i skiftehold. Kan du tage det op?

Mvh Jannie""")

M("", """Hej, er der nogen der kan fortælle mig hvilke fagforeninger man kan melde sig ind i som ung med fritidsjob? Jeg kender kun 3F. Mvh Victor, 16""")

M("he", """Hej

Jeg er 17 og har fået job gennem jobcentrets ungeindsats, fordi jeg er droppet ud af gymnasiet efter en depression. Jeg skal starte i Ishøj Idrætscenter mandag. Hvem er min kontaktperson på jobcentret? Jeg har glemt navnet.

Mvh Josefine""")

M("", """Til hovedpostkassen: Vores idrætsforening har 432 medlemmer, og vi vil gerne søge om lokaletilskud. Vores medlemsnummer hos DIF er 1103 2211. Hvor sender vi ansøgningen hen? Mvh Ishøj Gymnastikforening""")

M("s", """hej jeg er 16 og bi og vil gerne i en klub hvor man ikke bliver kaldt ting. findes der et LGBT ungdomshus eller noget i Ishøj? ellers må jeg til kbh. /noah""")

M("", """Hej. Hvorfor er der ikke en LGBT+ ungdomsklub i Ishøj når der er en i Albertslund? Det burde kommunen tage op. Hilsen en mor""")

M("", """Hej, vi er en forening der vil holde sommerfest på Ishøj Torv 21. juni. Hvad skal vi søge om – og skal politiet også spørges? Mvh Kulturforeningen Strandparken""")

M("b", """Kære borgmester

Jeg er katolik og leder en spejdertrop i Sankt Knuds menighed. Vi vil gerne låne lejrpladsen ved Ishøj Sø i uge 30. Jeg har skrevet til fritidsafdelingen for fire uger siden uden at få svar.

Med venlig hilsen
Pater nej, leder Andreas Nowak""")

M("u", """Hej

Jeg har sommerjob i en kiosk i Ishøj Bycenter. Jeg er i Det Faglige Hus, og de siger at min arbejdsgiver ikke må lade mig arbejde efter kl. 20 når jeg er 15. Kan kommunen gøre noget, eller er det kun Arbejdstilsynet?

Mvh Ida""")

M("", """Hej. Min søn har et DGI-medlemsnummer der hedder 2311094417. Foreningen skriver at det skal sendes til jer for at han kan få rabat i svømmehallen. Er det rigtigt? Mvh Stine""")

M("", """Er det rigtigt at Ishøj Boldklub får 500.000 fra kommunen til nyt kunstgræs? Jeg synes pengene skulle bruges på ældre i stedet. /Jørgen""")

M("hs", """Hej

Jeg er homoseksuel og spiller badminton i Ishøj Badmintonklub. Efter en kamp i sidste uge blev jeg overfaldet af to fra en anden klub og fik en hjernerystelse. Jeg har politianmeldt det, men klubben vil ikke gøre noget. Kan kommunen stille krav til klubberne?

Venlig hilsen
Martin Kjærgaard""")

M("", """Hej, er der tilskud til ungdomstrænernes kursus hos DGI? Og gælder det også hvis træneren er under 18? Mvh Ishøj Volley""")

M("e", """Hej

Jeg søger om at få fritidspas til min søn Yusuf på 12. Jeg har boligstøtte og får børnetilskud som enlig. Han vil gerne starte til karate i august. Hvor finder jeg ansøgningen?

Mvh Leyla""")

M("", """Hej jobcentret/ungeindsatsen. Jeg arbejder selv i ungeindsatsen i Albertslund og vil høre hvordan I organiserer sommerjob til unge 15-17. Kan vi tage en snak? Mvh Stine, konsulent""")

M("bu", """Hej

Jeg er medlem af Dansk Metal og SF, og jeg har i 20 år været træner i Ishøj Bokseklub. Nu vil klubben have mig til at skrive under på at jeg ikke "blander politik ind" i træningen, efter jeg delte valgplakater ud. Er det lovligt at en kommunalt støttet klub kræver det?

Hilsen Søren Bak""")

M("", """Hej. Vores forening har fået et brev med "sagsnr. 270625-0031" om vores lokaletilskud. Det ligner et personnummer, men det er vel bare jeres sagsnummer? Mvh Ishøj Seniorbowling""")

M("t", """Hej, jeg er ukrainer og har boet i Ishøj siden 2022. Min søn Artem vil gerne spille ishockey, men klubberne er i Rødovre og Hvidovre. Kan kommunen give tilskud til transport? Vi har ikke bil. Mvh Olena""")

M("", """Er der sommerferiehold i svømning for børn der ikke kan svømme? Jeg synes alle børn i Ishøj skal kunne svømme før de går i 4. klasse. Mvh Karen""")

M("u", """Hej

Jeg hedder Bashir, jeg er 17. Jeg har fået arbejde på Ishøj Strand som isbod-sælger. Jeg er medlem af HK Ungdom, og de har bedt mig spørge kommunen om strandens kiosk har overenskomst, da kommunen ejer den. Kan I svare?

Mvh Bashir""")

M("", """Hej, jeg arbejder i 3F Ungdom og vil gerne komme ud på skolerne i Ishøj og fortælle om rettigheder i fritidsjobbet inden sommerferien. Hvem skal jeg kontakte? Mvh Lasse, ungdomssekretær""")

M("h", """Hej

Min datter Clara har epilepsi og skal på sommerlejr med FDF i uge 28. Lejren ligger på kommunens lejrplads. Er der adgang til en hjertestarter og god mobildækning, så lederne kan ringe 112?

Mvh Trine""")

M("", """Til byrådet. Der bør være gratis adgang til udendørs fitness for alle. Stop brugerbetalingen! Det er en principsag. Mvh en motionist""")

M("bs", """Hej

Vi er Ishøj Humanistiske Forening, og jeg (Kasper) og min mand Tobias står for arrangementerne. Vi vil gerne lave en navnefest for ikke-troende familier på biblioteket i juni – et alternativ til dåb. Kan vi leje salen?

Mvh Kasper Rytter""")

M("", """Hej. Hvilke dokumenter skal en 14-årig have med til sit første fritidsjob? Er det skattekort og NemKonto? Tak. Mvh Birgitte""")

M("e", """Hej

Min søn Lucas (16) har fået sommerjob, men han får frataget sin ungeydelse fra kommunen. Han er på en ungdomsbolig via socialforvaltningen efter at han blev anbragt for to år siden. Hvor meget må han tjene?

Mvh Camilla (mor)""")

M("", """Hej. Hvornår er fristen for at søge Ishøj Kommunes idrætspris? Vi vil gerne indstille vores træner, der har været i klubben i 40 år. Mvh bestyrelsen""")

M("t", """Til Kultur og Fritid

Der er en træner i Ishøj Cricket Club som kalder vores søn "den lille paki". Vi er fra Pakistan, ja, men det er ikke i orden. Vores søn Hamza er 11. Klubben svarer ikke. Hvem fører tilsyn med foreninger der får tilskud?

Mvh Imran og Saima""")

M("b", """Hej, hvad er reglerne for at drive en ungdomsklub som frivillig? Skal alle frivillige have børneattest? Vi er fra Mosaisk Trossamfunds ungdomsafdeling i København og tænker på at lave noget i Ishøj også.""")

M("u", """Hej

Jeg har været medlem af Krifa siden jeg startede som elev, og nu er jeg fyret fra mit sommervikariat i vejservice efter tre uger. Krifa siger at opsigelsen er ulovlig. Jeg vil bare have kommunen til at svare Krifa, de har skrevet to gange.

Mvh Jonathan""")
