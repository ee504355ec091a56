"""Part A: health — positives in varied wording and hard negatives on the same subjects."""
from common import M

M("h", """
Hej Sundhedscentret

Jeg har fået konstateret type 2-diabetes i januar og min læge har henvist mig til jeres forløb "Lev med diabetes". Jeg har ikke hørt noget endnu. Hvornår starter næste hold?

Mvh Jens Ole Frandsen
""")

M("h", """
hej, min søn Mikkel (9 år) har adhd og får medicin (ritalin) – skolen siger at han skal have det udleveret af en voksen kl 12. kan SFO'en også gøre det om eftermiddagen? /Sanne
""")

M("he", """
Til borgmesteren

Jeg skriver fordi jeg er ved at være desperat. Jeg har været sygemeldt med stress og depression siden oktober, og nu har Jobcentret skrevet, at mine sygedagpenge kan stoppe ved revurderingen i næste måned. Jeg kan stadig ikke sove mere end 3-4 timer og min psykiater har lige sat medicinen op.

Kan du ikke hjælpe mig med at få nogen til at se på min sag?

Venlig hilsen
Rikke Mølgaard
Strandgårdsvej 14, 2. th.
""")

M("h", """
Kære Kirsten Holm (byrådsmedlem)

Min mor på 84 fik et slagtilfælde i sommer og har siden haft svært ved at tale. Hun er udskrevet fra Hvidovre og har fået en genoptræningsplan, men der er gået 5 uger uden at nogen fra genoptræningen har ringet. Er det normalt??

Hilsen Bente, datter af Inge Rasmussen, Vejleåparken
""")

M("h", """
Hej

Kan jeg flytte min tid hos tandplejen for Emma i 3.b? Hun har lige brækket armen til gymnastik og ligger med gips, så hun kan ikke komme onsdag.

Tak, Lars (far)
""")

M("h", """
Til Center for Sundhed og Omsorg

Jeg er gravid i uge 14 og har meget voldsom kvalme (hyperemesis), så jeg har svært ved at komme på arbejde. Kan sundhedsplejersken komme på hjemmebesøg tidligere end normalt, eller er det kun efter fødslen?

Mvh Amalie Toft
""")

M("h", """
Hej,
jeg er ked af at skrive det her men vi mistede vores baby i 11. uge i sidste uge (abort/misdannelse sagde lægen). Vi havde allerede meldt os til jeres forældrekursus i marts, så kan I slette os fra listen?
Mvh Sofie og Anders
""")

M("h", """
Kære Ældrerådet / Udvalget for Social og Sundhed

Jeg har en kronisk lungesygdom (KOL) og bruger ilt om natten. Vores bus 300S er blevet flyttet, så jeg nu skal gå 600 meter til stoppestedet. Det kan jeg simpelthen ikke. Kan I tage det op?

Venlig hilsen
Poul Erik Bech, 79 år
""")

M("h", """
Hej, jeg vil bare spørge om I kan rykke for min hjælpemiddelansøgning (rollator + badebænk) – jeg blev hofteopereret 3. marts og er hjemme nu men kan ikke stå i bad alene.
Erna Kjeldsen, Torslunde
""")

M("h", """
Til Byrådet

Jeg er alkoholiker, ædru i 2 år nu. Jeg vil gerne sige tak for Alkoholbehandlingen i Ishøj, som reddede mit liv, og bede jer om ikke at skære i den i budgettet. 

En tidligere bruger, Michael T.
""")

M("h", """
Hej Dagtilbud

Vores datter Ida (3 år) er lige blevet diagnosticeret med cøliaki, så hun må ikke få gluten. Hvordan håndterer I madordningen i Stjernen i den slags tilfælde? Skal vi have en lægeerklæring?

Mvh Kasper og Line Holt
""")

M("he", """
Sagsnr. 24-1189

Jeg har fået afslag på kørsel til dialyse. Jeg er i dialyse 3 gange om ugen på Herlev og det er ikke muligt for mig at tage offentlig transport bagefter, jeg er helt færdig. Jeg vil gerne klage.

Ahmad Rezai
""")

M("h", """
hej

min kæreste har fået en hjernerystelse efter et uheld på cyklen i Strandparken, han har stadig hovedpine og er lysfølsom 3 uger efter. Vejen der er fuld af huller og lamperne er slukket. Hvem har ansvaret for stien?

venlig hilsen Julie
""")

M("h", """
Jeg skriver på vegne af min bror Thomas, som er psykisk udviklingshæmmet og bor i bofællesskabet på Ishøj Boulevard. Han er faldet to gange i badet uden at personalet opdagede det. Han fik et sår i hovedet der skulle syes på skadestuen. Jeg vil gerne have et møde.

Mvh
Charlotte Winther (værge)
""")

M("h", """
Hej borgerrådgiver

Jeg vil klage over en sagsbehandler i Jobcentret, som under en samtale sagde højt foran andre at jeg "bare skulle tage mig sammen med den angst". Jeg har generaliseret angst og PTSD efter udsendelse og det var meget ydmygende.

Mvh
Rasmus Kolding
""")

M("h", """
Hej

Må jeg få en p-plads tættere på indgangen ved Ishøj Rådhus? Jeg har handicapkort pga. sklerose (MS) og det er langt fra de almindelige pladser.

Hilsen Lone Dahl
""")

M("h", """
Emne: Aflysning af svømmeundervisning

Min søn har epilepsi og har haft et krampeanfald i sidste uge, så lægen har sagt at han ikke må svømme uden 1:1 voksen foreløbig. Kan skolen stille en ekstra voksen, ellers må han springe over?

Venlig hilsen
Hanne Bjerg, mor til Oliver 5.a
""")

M("h", """
Hej Henrik

Tak for en god debat i går i Kulturhuset. Jeg ville gerne have spurgt om noget, men jeg er hørehæmmet og kunne ikke høre mikrofonen ordentligt – kan I få en teleslynge i salen til næste gang?

Mvh Birthe Lykke
""")

M("h", """
Hejsa – min far (Kurt Andersen, Vildtbanevej) har fået demens og har glemt komfuret tændt 2 gange. Kan hjemmeplejen ikke sætte en komfurvagt op? Han bor alene.
/Jette
""")

M("he", """
Til Ydelsescentret

Jeg har søgt om enkeltydelse til briller, fordi jeg har grå stær på begge øjne og skal have nye glas efter operationen. Jeg er på førtidspension og har ikke selv råd. Hvornår får jeg svar?

Mvh
Gurli Nissen
""")

M("h", """
hej jeg blev kørt ned af en bil ved Baldersbæk skole i sidste uge og har knækket to ribben, jeg er 14. min mor siger jeg skal skrive om at få et fodgængerfelt der. please gør noget
Noah
""")

M("h", """
Kære Social- og Sundhedsudvalget

Jeg vil gerne gøre jer opmærksom på ventetiden til psykolog for unge. Min datter på 16 har en spiseforstyrrelse (anoreksi) og har ventet 4 måneder på at komme i behandling. Hun har tabt sig 8 kilo imens.

Venlig hilsen
Morten Skov
""")

M("h", """
Hej,

Jeg arbejder i hjemmeplejen og har fået en arbejdsskade i ryggen (diskusprolaps) efter et forflytningsuheld. Min leder siger at jeg selv skal anmelde den. Er det ikke arbejdsgiveren, der skal?

Mvh
Dorte
""")

M("he", """
Til kommunen
Vedr. min kone Ruths plads på aflastning i weekenden.
Ruth har Parkinson og jeg kan ikke klare løftene alene mere. Vi har haft aflastning hver anden weekend, men nu står der i brevet at det stopper. Hvorfor?
Hilsen Arne Sørensen
""")

M("h", """
Hej, kan I oplyse åbningstiderne i genbrugspladsen i påsken? Jeg skal af med en gammel sofa.

PS: jeg kan ikke bære tungt pga. min nyopererede skulder, er der nogen der kan hjælpe med at løfte ved containeren?

/Niels
""")

M("h", """
Vedr. klage over afgørelse

> Den 3. april skrev Rebecca Dam:
> Jeg har været indlagt på psykiatrisk afdeling i 3 uger med en psykose og har
> derfor ikke kunnet møde op til jeres samtaler.

Jeg har stadig ikke fået svar på ovenstående. Hvornår kan jeg forvente det?
Rebecca Dam
""")

M("h", """
hey borgmester!! vi er nogle unge fra Vejleåparken der gerne vil have en ny fodboldbane. jeg selv sidder i kørestol efter en ulykke men spiller el-hockey og vil gerne have en bane til det også 🙂
mvh Yasin 15 år
""")

M("h", """
Hej

Jeg skal have ændret mit tilskud til inkontinensprodukter – efter min prostataoperation bruger jeg nu flere bleer end før. Hvem skal jeg kontakte?

Venlig hilsen
Svend Aage Mortensen
""")

M("h", """
Dear municipality, sorry for English. My wife Olena is pregnant (28 weeks) and has high blood pressure. We are new in Ishøj and don't know where to find the midwife (jordemoder). Can you help?
Taras
""")

M("h", """
Hej Lene,

vil bare sige at jeg ikke kan komme til forældremødet på torsdag da jeg er i kemo for brystkræften igen. Kan du sende referatet?

kh Mette (mor til Freja)
""")

M("he", """
Til Center for Arbejdsmarked

Jeg er blevet bevilget fleksjob på 12 timer om ugen pga. gigt (leddegigt) i hænder og knæ, men jeg har endnu ikke fået nogen praktikplads. Hvad sker der nu med min ledighedsydelse?

Med venlig hilsen
Susanne Kirkegaard
""")

# --- hard negatives on health subjects ---
M("", """
Hej

Hvad er åbningstiderne i Sundhedshuset i sommerferien? Og skal man bestille tid til blodprøver, eller kan man bare møde op?

Mvh Carsten
""")

M("", """
Kære byrådsmedlemmer

Jeg samler ind til Kræftens Bekæmpelse ved Ishøj Bycenter lørdag den 12. Må vi stå med en bod ved indgangen, eller skal man søge om lov hos kommunen?

Venlig hilsen
Inger Thorsen, indsamlingsleder
""")

M("", """
Hvor kan man blive vaccineret mod influenza i år? Er det stadig gratis for dem over 65?
""")

M("", """
Til Social- og Sundhedsudvalget

Jeg synes det er en skandale, at ventetiden til psykiatrien i Region Hovedstaden er så lang. Ifølge Dagens Medicin venter unge i gennemsnit 11 uger. Hvad gør Ishøj Kommune for at presse regionen?

Mvh
Kim Lauridsen
""")

M("", """
Hej, jeg er uddannet sygeplejerske og vil gerne søge jobbet i hjemmeplejen nattevagt. Er stillingen stadig ledig?

Mvh Annette Vang
""")

M("", """
Hej

Hvilken bus kører fra Ishøj Station til Hvidovre Hospital i weekenden? 

Tak
""")

M("", """
Hej, jeg har mistet mit sundhedskort (det gule). Hvordan bestiller jeg et nyt, og koster det noget?
Mvh Peter
""")

M("", """
Kære Borgmester

Tak for et flot arrangement på Hjertestiens dag. Mange løb og gik for Hjerteforeningen, og der var fin stemning. Kan vi gentage det næste år?

Hilsen
Løbeklubben Ishøj Strand
""")

M("", """
Hej

Er der hjertestartere ved Ishøj Idrætscenter og ved stranden? Vi er en gruppe der gerne vil lave et kursus i førstehjælp og vil gerne vise hvor de hænger.

Mvh
Grundejerforeningen Tranegården
""")

M("", """
Hej, hvordan får man skoletandplejen til at sende indkaldelser på mail i stedet for Digital Post? Vi har 3 børn og det er uoverskueligt.
""")

M("", """
Til kommunen

Min syge gamle Volvo er endelig død 😅 – hvordan får jeg den skrottet, og kan kommunen hente den?

Mvh Brian
""")

M("", """
Hej Udvalget for Børn og Skole

Hvor mange børn i Ishøj er udredt for ADHD eller autisme i de sidste fem år? Jeg skriver en opgave på pædagoguddannelsen om inklusion.

Venlig hilsen
Stine Olsen, studerende
""")

M("", """
Jeg har hørt at Ishøj skal lukke genoptræningscentret og flytte det til Vallensbæk. Passer det? Det vil være en dårlig idé for mange ældre.
""")

M("", """
Hej

Vi vil gerne holde et foredrag om demens og pårørende på biblioteket. Kan vi låne salen en tirsdag aften i oktober?

Mvh Alzheimerforeningen, lokalafdeling Vestegnen
""")

M("", """
hej, er det rigtigt at man skal have lægeerklæring for at få en ekstra skraldespand? (til bleer, vi har tvillinger på 1 år lol)
""")

M("", """
Til Teknik- og Miljøudvalget

Støjen fra motorvejen er sundhedsskadelig ifølge Miljøstyrelsens nye rapport. Hvornår kommer der støjskærm langs Køge Bugt Motorvejen ved Ishøj Landsby?

Mvh
Vagn Hedegaard
""")

M("", """
Hej, hvad gør jeg hvis jeg finder en brugt sprøjte på legepladsen ved Bækkegården? Jeg fandt en i går og lagde den i en flaske. Den står i min carport nu.
""")

M("", """
Hej

Jeg er pædagog og vil høre om kommunen tilbyder kursus i medicinhåndtering for personale i dagtilbud. Hvem står for det?

Mvh Anja
""")

M("", """
Kære byråd, hvorfor koster det 50 kr. at bruge motionsrummet i Sundhedshuset, når det er gratis i Brøndby? Det burde være gratis for alle borgere. Sund by = sund økonomi.
""")

M("", """
Hej,
hvornår kommer resultatet af trivselsmålingen for skolerne? I sidste års måling stod der at 12 % af eleverne i udskolingen har haft angst eller følt sig ensomme. Er det blevet bedre?
mvh Forældrebestyrelsen, Vibeholmskolen
""")
