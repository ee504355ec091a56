"""Part D: sports coaches, clubs, disability and children's leisure; club-finance and facility negatives."""
from common import M

M("he", """
Til Center for Børn og Forebyggelse

Jeg er træner for U12-drengene i Ishøj IF. En af mine spillere, Noah (11), kommer til træning uden mad og i for små støvler. Hans far har fortalt mig at han er blevet arbejdsløs og at de har svært ved at få pengene til at slå til. Noah har også ADHD og har fået medicin, som de nu ikke har råd til. Kan klubben søge om friplads til ham hos jer?

Venlig hilsen
Brian Juul, træner
""")

M("", """
Kære Kultur- og Fritidsudvalg

Ishøj IF søger om ekstra haltimer i vinterhalvåret. Vi har 340 medlemmer, og ventelisten til børnefodbold er på 60. Vi vedlægger vores regnskab for 2024, som viser et underskud på 112.000 kr.

Med venlig hilsen
Bestyrelsen
""")

M("s", """
Hej

Jeg er håndboldtræner for pigerne i U16. En af pigerne, Freja, er kommet ud som lesbisk, og nogle forældre fra et andet hold har skrevet grimme ting om hende i en Facebookgruppe. Jeg vil gerne høre om kommunen har materiale til klubber om at håndtere den slags.

Mvh Tine, Ishøj Håndbold
""")

M("", """
Hvornår åbner kunstgræsbanen ved Ishøj Idrætscenter efter renoveringen? Vi er et oldboyshold der gerne vil træne.
""")

M("h", """
Kære Idrætscentret

Min søn Oliver på 14 er født med cerebral parese og bruger kørestol. Han vil gerne gå til kørestolsbasket, men der er ikke noget tilbud i Ishøj. Kan kommunen samarbejde med Brøndby om et hold?

Med venlig hilsen
Anja Thomsen
""")

M("", """
Til Fritidsafdelingen

Vi er en ny forening for parasport i Ishøj og søger om opstartstilskud. Vi har 14 medlemmer og en frivillig træner. Hvordan søger vi?
""")

M("t", """
Hej

Jeg er fodboldtræner i Ishøj Boldklub. Til kampen i lørdags råbte en forælder fra modstanderholdet "abekat" og "gå hjem til Afrika" efter vores målmand, Kevin, som er 12 og har ghanesiske forældre. Dommeren gjorde intet. Vi har anmeldt det til DBU, men vil også gerne have at kommunen som udlejer af banen ved det.

Mvh Thomas Riis
""")

M("", """
Er der tilskud fra kommunen til kontingent for børn fra familier med lav indkomst? Vi har hørt om en fritidspas-ordning.
""")

M("he", """
Kære Handicaprådet

Min datter Ida (19) har Downs syndrom og er lige blevet færdig med STU. Hun har søgt om førtidspension og et dagtilbud. Hun har fået at vide at hun skal vente 8 måneder på en afklaring. Hun sidder hjemme og er ved at blive deprimeret. Hvad kan vi gøre?

Venlig hilsen
Jesper Olsen
""")

M("", """
Handicaprådet: hvornår holdes næste møde, og er det åbent for offentligheden? Jeg vil høre om tilgængeligheden på den nye station.
""")

M("hep", """
Til Borgerrådgiveren

Jeg er mor til Marcus (23), som har autisme og bor i et bosted i kommunen. Bostedet har meddelt at de lukker, og han skal flytte. Samtidig er hans egen lille ejerlejlighed, som han arvede efter sin far, ved at blive solgt af hans værge – der er en køber på vej, men Marcus er meget ked af det og vil ikke sælge. Kan kommunen stoppe salget, indtil der er fundet en ny bolig til ham?

Cpr. nr.: [[2801024879]]

Med venlig hilsen
Hanne Vestergaard
""")

M("", """
Kan kommunen oplyse hvor mange borgere med handicap der har ledsageordning i Ishøj? Og hvor mange timer får de i gennemsnit?
""")

M("e", """
Hej

Jeg er træner for U10 i gymnastik. En af pigerne, Laura, har fortalt mig at hun skal bo hos en plejefamilie fra næste måned og ikke ved om hun kan fortsætte på holdet. Jeg vil gerne hjælpe så hun kan blive. Kan kommunen køre hende til træning?

Vh Charlotte
""")

M("", """
Hej

Ishøj Tennisklub har brug for nye net og vil gerne vide om kommunen yder anlægstilskud. Vores kasse er tom efter sidste års lønudgifter til træner.
""")

M("hs", """
Hej

Jeg er 16 og bøsse og træner svømning i Ishøj Svømmeklub. Jeg har haft en spiseforstyrrelse i to år og er i behandling. Min træner ved det, men jeg er bange for at det bliver sagt videre til resten af holdet. Har kommunen regler for tavshedspligt i foreninger? Jeg vil helst være anonym.
""")

M("", """
Vi oplever at der ikke er handicapparkering ved Ishøj Idrætscenter om aftenen, fordi alle pladser er optaget. Kan I sætte flere skilte op?
""")

M("he", """
Til Visitationen, Handicapområdet

Vedr. min søn Elias, cpr [[150611-4357]].

Elias har muskelsvind og vi har søgt om merudgiftsydelse til hans særlige kost og til transport til hans rideterapi. Vi har fået afslag, og vi har ikke råd til at betale det selv – jeg er alene med ham og arbejder kun 20 timer.

Venlig hilsen
Mona Sørensen
""")

M("", """
Hej, jeg vil gerne høre om ishøj kommune har en hjertestarter ved fodboldbanerne på Vejlebrovej? Det burde der være.
""")

M("t", """
Kære Ishøj Kommune

Min søn Deniz (13) spiller basket, og hans træner har flere gange sagt ting som "I tyrkere er altid så hidsige". Det er ikke i orden at en voksen træner siger sådan til et barn. Vi har talt med klubben, men intet sker. Klubben får tilskud fra kommunen, så I må kunne gøre noget.

Mvh
Serkan Aydın
""")

M("", """
Hvor mange børn i Ishøj går til en fritidsaktivitet? Jeg skriver en opgave om foreningslivet på HF og vil gerne have tal.
""")

M("h", """
Hej

Jeg er spejderleder i De Grønne Pigespejdere. En af vores spejdere, Clara (10), har svær nøddeallergi og epipen. Vi skal på sommerlejr på kommunens lejrplads. Må vi opbevare hendes medicin i køleskabet i hytten? Der står at køleskabet er låst.

Venlig hilsen
Gitte, spejderleder
""")

M("", """
Kære udvalg. Vi er en forening for roere på Ishøj Havn, og vi ønsker at kommunen renoverer bådebroen. Den er farlig. Vi har sendt billeder til teknisk forvaltning.
""")

M("s", """
Hej

Jeg er træner for et motionshold i badminton, og vi har en spiller, Marie, der er gift med en kvinde (Anne). De har spurgt om de kan få et "familiekontingent" ligesom de andre ægtepar, men kassereren har sagt nej. Kan kommunen som tilskudsgiver sige noget om det?

Mvh Poul
""")

M("", """
Til Kultur og Fritid: jeg vil gerne klage over at svømmehallen lukker kl. 20 om fredagen. det er for tidligt for os der arbejder.
""")

M("e", """
Hej Lone

Jeg er træner i Ishøj Judo. En af vores drenge, Ahmed, har fortalt at hans far er kommet i fængsel, og at moren nu er alene med fem børn og ikke kan betale kontingentet. Klubben vil gerne lade ham træne gratis, men vi vil også gerne have at kommunen ved hvordan det står til, hvis familien har brug for hjælp.

Mvh Kenneth
""")

M("", """
Er der stadig tilskud fra kommunen til kørsel til ridning for børn med handicap? Jeg hørte at ordningen blev skåret væk.
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er kontaktperson for Jesper Friis, 34 år, som har en hjerneskade efter en trafikulykke. Han har ledsageordning på 15 timer om måneden, men har fået besked om at det skæres til 8. Han bruger timerne til at gå til fodbold i en G-idrætsklub, som er hans eneste sociale kontakt. Vi ønsker at klage.

Med venlig hilsen
Susanne Vang
""")

M("", """
Kan I sende mig en oversigt over idrætsforeninger i Ishøj, der har tilbud til voksne med udviklingshæmning?
""")

M("ht", """
Hej

Jeg er leder af et mødrehold i Ishøj Fitness. En af kvinderne, Sahra, er fra Somalia og har fået en diskusprolaps efter fødslen. Hendes egen læge har bedt hende om at få genoptræning, men hun forstår ikke hvordan hun skal søge det. Kan kommunen hjælpe?

Venlig hilsen
Line
""")

M("", """
Hej. Vi er et hold pensionister der spiller petanque. Kan vi få lov til at sætte en bænk op ved banen ved Ishøj Sø?
""")

M("hs", """
Kære borgmester

Min søn Malthe (15) er kommet ud som homoseksuel, og siden har han ikke villet gå til fodbold, fordi hans holdkammerater kalder ham ting. Han er også blevet meget deprimeret og er henvist til en psykolog. Jeg synes kommunen skal lave en indsats i klubberne.

Med venlig hilsen
Annette Winther
""")

M("", """
Kære kommune, jeg er formand for Ishøj Atletik. Vores revisor har fundet fejl i regnskabet for 2023, og vi skal nu tilbagebetale 24.000 kr. i tilskud. Kan vi få en afdragsordning for klubben?
""")

M("e", """
Hej

Min søn Victor (8) er anbragt i en plejefamilie i Hundige, men går stadig til fodbold i Ishøj. Jeg har samvær hver anden weekend. Jeg vil gerne se hans kampe, men plejefamilien siger at jeg ikke må komme. Hvem bestemmer det?

Vh Daniel
""")

M("", """
Hvordan bliver man godkendt som frivillig træner med børneattest, og hvor lang tid tager det at få attesten?
""")

M("h", """
Til Sundhedsplejen

Jeg er fodboldtræner for en pige på 13 år (Emma i U14), som har tabt sig rigtigt meget på kort tid og besvimede til træning i går. Hendes mor er informeret. Kan sundhedsplejen tage kontakt? Moren siger OK.

Mvh Rasmus
""")

M("", """
Er der kommunale tilskud til elitesport? Jeg tænker på unge talenter der skal til stævner i udlandet.
""")

M("het", """
Hej Mette

Jeg er træner i Ishøj Cricket Club, hvor de fleste spillere er af pakistansk og srilankansk oprindelse. En af vores spillere, Nimal fra Sri Lanka, har fået et hjerteanfald og kan ikke arbejde. Han har ingen dagpenge og har fået afslag på kontanthjælp fordi han ikke har boet i Danmark længe nok. Hans familie har ingen penge. Hvad kan man gøre?

Mvh Ravi
""")

M("", """
Hvordan søger en forening om brug af skolernes gymnastiksale om aftenen? Vi er et volleyballhold.
""")

M("h", """
Kære Specialskolen

Min datter Sofia (9) har diabetes type 1, og hun skal med på idrætsdag i næste uge. Er der en voksen der kan hjælpe hende med insulinen, eller skal jeg selv tage fri og tage med?

Mvh Louise
""")

M("", """
Vi er en håndboldklub, der vil lave en kampagne mod racisme på tribunerne. Kan kommunen være med som samarbejdspartner?
""")

M("hb", """
Hej

Jeg er træner for drengene i Ishøj Bryderklub. En af mine drenge, Yusuf, faster under ramadanen og besvimede under træning i går. Han er 15 og siger at han faster af tro og ikke vil stoppe. Jeg har talt med hans forældre. Har kommunen nogen retningslinjer for klubber om træning under ramadanen, så vi gør det rigtigt?

Mvh Jimmi
""")

M("", """
hvornår er der offentlig svømning i Ishøj Svømmehal i efterårsferien?
""")

M("he", """
Til Center for Voksne og Velfærd

Min bror Kristoffer, [[040290 1836]], har skizofreni og bor i en bostøtte-lejlighed. Han har mistet sin kontaktperson og er holdt op med at tage sin medicin. Han har ikke betalt husleje i to måneder. Jeg er meget bekymret. Kan I tildele ham en ny kontaktperson hurtigst muligt?

Venlig hilsen
Louise Bang
""")

M("", """
Er der nogen der har en statistik over hvor mange unge i Ishøj der er ramt af stress eller angst? Jeg er formand for ungdomsrådet.
""")

M("s", """
hej jeg er træner for et ungdomshold i hockey. en af mine spillere er trans og bi (han hedder nu Alex) og vil gerne bruge drengenes omklædningsrum. hvad siger kommunens regler for haller? han har sagt ok til jeg spørger

mvh Magnus
""")

M("", """
Hej – vi er en frivillig forening der tilbyder gratis fodbold til flygtningebørn om lørdagen. Kan vi få banen ved Strandgårdsskolen gratis?
""")

M("hte", """
Hej

Jeg er handicaphjælper for Samir Haddad, som er lam fra halsen og ned. Han er palæstinensisk og har ikke familie i Danmark. Han har fået afslag på hjælpemidler til sin nye bolig. Jeg vil gerne hjælpe ham med at klage – hvem skal klagen sendes til?

Mvh Jakob
""")
