"""Part A: pupils with ADHD or autism, PPR, special classes, school refusal."""
from common import M

M("he", """Til Center for Børn og Forebyggelse

Vores søn Malthe går i 3.B på Vibeholmskolen. Han fik sin ADHD-diagnose i
foråret på børnepsykiatrisk i Glostrup og får nu medicin om morgenen. Skolen
siger at de har indstillet ham til PPR, men vi har ikke hørt noget i 9 uger.
Kan I fortælle hvor sagen ligger?

Mvh Sanne og Kristoffer Holm""")

M("he", """hej
min datter Freja er autist og har haft en støttepædagog i indskolingen. nu
siger skolen at timerne bliver skåret fra 1. januar. hun kan ikke klare en
hel dag uden. hvem skal jeg klage til?? er det borgerrådgiveren
Camilla""")

M("", """Kære udvalgsformand

Jeg har fulgt debatten om at lægge Gildbroskolens udskoling sammen med
Ishøj Skoles. Som forælder til tre børn i kommunen synes jeg, at I bør
vente til den nye skolestrukturanalyse er færdig. Der er ingen grund til
at forhaste sig. Hvad er tidsplanen for høringen?

Venlig hilsen
Per Lindberg""")

M("e", """Til PPR

Jeg vil gerne høre, om vi kan få en samtale om vores datter Ellen (6. klasse).
Hendes lærer har foreslået at hun bliver testet for ordblindhed, og vi har
skrevet under på indstillingen i sidste uge. Hvornår kan vi forvente at høre
fra en psykolog?

Hilsen Jeanette Brink""")

M("", """Hej, hvad er PPR's åbningstider i juleferien? Jeg skal aflevere en
underskrevet blanket fra skolen og vil ikke stå foran en lukket dør.
Mvh Søren""")

M("he", """Kære borgmester,

jeg skriver til dig fordi jeg ikke ved hvad jeg ellers skal gøre. Min søn
Noah er 11 og har autisme og en angstlidelse. Han har ikke været i skole siden
efterårsferien. Vi søgte om plads i specialklassen på Strandskolen i august og
fik afslag i sidste måned med den begrundelse at han "fungerer fagligt". Han
sidder derhjemme hver dag og jeg er selv sygemeldt fordi jeg ikke kan passe
arbejde og ham på samme tid.

Jeg håber du vil se på det.
Louise Thorsen
Ishøj Strandvej""")

M("", """Til Børne- og Skoleudvalgets sekretær

Kan I oplyse hvor mange elever der i gennemsnit går i en klasse i Ishøj i
dette skoleår, fordelt på skoler? Jeg skriver en opgave på pædagoguddannelsen
om klassekvotienter og inklusion.

Med venlig hilsen
Anne-Sofie Bech, studerende""")

M("e", """Hej Gitte

Tak for snakken i går ved forældremødet. Som lovet skriver jeg lige: Aksel
er nu visiteret til Kilden (specialklasserækken) fra 1. februar, og vi er
egentlig glade for det. Men vi har ikke fået noget om kørsel. Han er 8 og kan
ikke tage bussen alene. Hvem skal jeg kontakte om kørselsordningen?

/Morten""")

M("h", """Skolevægring, min datter, 14 år.

Hun har været hjemme i 5 uger nu. Egen læge har henvist hende til
børne- og ungdomspsykiatrien pga. depression og hun står på venteliste.
Skolen ringer hver morgen og det hjælper ikke. Kan nogen fra kommunen bare
lige trække vejret med os?

Vh. mor til Alma, 8.A""")

M("", """Hej

Vores søn vil ikke i skole om morgenen. Han siger det er kedeligt og at han
hellere vil spille. Læreren kalder det "begyndende skolevægring". Har I nogle
råd eller et forældrekursus man kan melde sig på? Vi vil gerne tage det i opløbet.

Hilsen Mikkel""")

M("he", """Til borgerrådgiveren

Jeg vil gerne klage over sagsbehandlingen i min søns sag. Oliver har Tourettes
og ADHD og har brug for en fast voksen i frikvartererne. Skolen søgte om
støttetimer i maj. I oktober fik vi at vide at ansøgningen var "blevet væk" i
overgangen mellem to sagsbehandlere. Det er simpelthen ikke godt nok.

Oliver Hansens cpr-nr. er [[070613-4129]] hvis I skal finde sagen.

Venlig hilsen
Dorthe Hansen""")

M("", """Hej. Hvornår kommer skolekalenderen for næste skoleår? Vi skal bestille
sommerferie og vil gerne vide hvornår sidste skoledag ligger i juni.
Tak, Lise""")

M("h", """Kære Birgitte Lund (byrådsmedlem)

Du talte ved borgermødet om inklusion. Jeg er mor til en pige med
cerebral parese, og jeg vil bare fortælle dig at det i praksis betyder at hun
spiser frokost alene på gangen fordi der ikke er plads til kørestolen i
klassen. Det er jo ikke inklusion.

Hilsen Maria Eskildsen""")

M("he", """til skolens ledelse / cc kommunen

vi har nu ventet på en udredning fra PPR siden marts. vores søn Emil (2.kl)
slår de andre og skolen siger det er "adfærd". vi tror han har en diagnose,
måske autisme, hans fætter har det. nu har han fået en sygemelding fra
skolelægen pga hovedpine og ondt i maven hver dag. hvornår kommer psykologen??

Rasmus og Lina""")

M("", """Kære direktionsassistent

Jeg er formand for skolebestyrelsen på Ishøj Skole. Bestyrelsen vil gerne
have et møde med direktøren om budgettet til specialundervisning for 2027.
Vi har læst i budgetforslaget, at der spares 2,1 mio. kr. på området, og vi
vil gerne forstå, hvad det konkret betyder for klassestørrelserne.

Med venlig hilsen
Torben Kjær
Formand, skolebestyrelsen""")

M("he", """Til Center for Børn og Forebyggelse, Specialundervisning

Ansøgning om skift af skoletilbud for:
Sebastian Nørgaard, cpr [[190910 5837]]
Diagnoser: infantil autisme, let mental retardering (udredt 2019)

Vi søger om plads på en specialskole, da den nuværende gruppeordning ikke kan
rumme Sebastians behov. Vedlagt er udtalelse fra børnepsykiater og skolens
pædagogiske udtalelse.

Med venlig hilsen
Ulla og Jens Nørgaard""")

M("h", """Hej Karina

Bare så du ved det: Liva tager sin medicin (Concerta 18 mg) kl. 7, så hvis hun
bliver urolig efter frokost er det fordi virkningen aftager. Kan hun få lov
at gå en tur rundt om skolen ca. kl. 12.30? Det har hjulpet før.

Kærlig hilsen
Nina, Livas mor""")

M("", """Hej kommunen. Jeg har hørt at man kan få "ADHD-foreningens kursus" gratis
gennem kommunen. Er det rigtigt og hvor melder man sig til? Jeg er lærer og
vil gerne blive bedre til at undervise elever med koncentrationsbesvær.
Mvh Jakob Frost""")

M("e", """Kære Lars Møller

Jeg skriver til dig som formand for Børne- og Skoleudvalget. Min datter Clara
er bevilget 10 støttetimer om ugen, men det seneste halve år har hun fået
højst 4, fordi støttepædagogen bruges som vikar i andre klasser. Kan
udvalget ikke bede forvaltningen se på, om bevillingerne bliver overholdt?

Hilsen Mette Riis""")

M("", """Spørgsmål til Børne- og Skoleudvalget: Hvor mange elever i Ishøj går
i specialklasse i dag sammenlignet med for fem år siden? Og hvor mange
modtager undervisning i et specialtilbud uden for kommunen? Jeg beder om
tallene som aktindsigt i henhold til offentlighedsloven.
Henrik Sejer, journalist, Ishøj Avis""")

M("h", """Hej,

Jeg hedder Yasmin, jeg går i 9. klasse. Jeg har OCD og det er rigtig svært til
prøverne fordi jeg skal tjekke alt mange gange. Min lærer siger jeg kan søge om
ekstra tid til eksamen men hun ved ikke hvem. Kan kommunen hjælpe?
Jeg har spurgt min mor og hun siger det er ok jeg skriver.
Yasmin, 9.C""")

M("e", """Til PPR, Ishøj

Vi har fået indkaldelse til et netværksmøde om vores søn Anton den 14/11 kl.
8.15. Desværre kan hans far ikke komme, han er på arbejde i Jylland. Kan mødet
holdes over Teams eller flyttes til en eftermiddag?

På forhånd tak
Pernille Vad
Tlf. 22 41 87 30""")

M("", """Til hovedpostkassen

Vedr. faktura nr. 2208140412 fra jeres skolemælksordning. Vi har betalt
beløbet to gange i september (kr. 245,00). Kan I tilbagebetale det ene til
reg.nr. 2211 konto 6278431509?

Mvh Kasper Dam""")

M("he", """Hej Susanne (skolens AKT-lærer)

Jeg vil lige fortælle at Milas psykiater har ændret hendes medicin fra
Ritalin til Elvanse i sidste uge. Hun har fået det lidt svært med appetitten,
så hvis hun ikke spiser sin madpakke er det derfor. Og så er hun netop kommet
i familiebehandling hos kommunen onsdage kl. 14, så hun går tidligere der.

Venlig hilsen
Tanja""")

M("", """Hej, jeg har et spørgsmål om skolernes inklusionsstrategi. I
kommunens strategi står der at "alle børn skal have et fællesskab". Hvordan
måler I det? Findes der trivselstal pr. skole som man kan se?
Venlig hilsen Gorm""")

M("he", """Kære borgerrådgiver

Jeg vil gerne være anonym.
Min nevø bor hos mig en del af tiden. Han har en hjerneskade efter en
trafikulykke da han var 7 og går i en specialklasse på Gildbroskolen. Han
bliver hentet af taxa hver dag, men taxaen kommer ofte en time for sent så
han står alene og venter. Han bliver meget utryg og har haft anfald to gange.
Hvem har ansvaret for kørslen?""")

M("", """Til skolebestyrelsen og forvaltningen

Jeg vil protestere mod planen om at samle 0.-3. klasse på én matrikel. For
små børn er det vigtigt at have en skole tæt på hjemmet. Jeg har ingen
børn i skolealderen mere, men jeg mener det er dårlig byplanlægning.
Ole Bjerre, Vejleå""")

M("e", """hej

jeg er far til Lucas i 4. klasse. han har haft støttekontaktperson fra
kommunen i et år nu og det går meget bedre. vi har fået brev om at det
stopper til jul. kan man søge om forlængelse? og hvad skal der stå?
Hilsen Dennis""")

M("h", """Til Ishøj Skole, sundhedsplejen

Min datter Ida (7.B) har diabetes type 1 og går med insulinpumpe. Til
lejrskolen i maj skal der være en voksen der kan hjælpe hende om natten
hvis blodsukkeret falder. Kan sundhedsplejersken undervise de lærere der tager med?

Mvh Helle Gram""")

M("", """Hej,
Hvornår er næste informationsmøde om skolestart 2027? Og skal man selv skrive
sit barn ind på distriktsskolen eller sker det automatisk?
Mvh Sara""")

M("he", """Hej Mads

Jeg er lige blevet ringet op fra skolen: Viktor er blevet kørt på akutten med
et astmaanfald efter idræt. Han er ok nu men jeg vil gerne vide hvorfor ingen
gav ham hans inhalator som står i hans mappe. Jeg har snakket med min
sagsbehandler i jobcentret om at jeg ikke kunne komme til mødet i morgen fordi
jeg skal være hos ham.

Mie""")

M("e", """Til skoleleder Jonas Krogh

Tak for mødet. Jeg vil bekræfte, at vi ønsker, at Theo fortsætter i
modtagelsesklassen til sommer og derefter udsluses til 5. klasse. Vi vil også
gerne søge om fritidsplads i klubben med friplads, da jeg stadig er på
kontanthjælp.

Med venlig hilsen
Amira Haddad""")

M("", """Kære borgmester, tillykke med den nye skolebygning på Strandgården.
Mine børnebørn glæder sig til at se den nye idrætshal. Hvornår er der
indvielse, og må bedsteforældre komme?
Venlig hilsen Karen og Poul""")

M("he", """Til PPR v/ psykolog

Jeg sender hermed lægens erklæring om min søn Frederik. Han er diagnosticeret
med dysleksi og dyskalkuli og har desuden en synsnedsættelse på det ene øje.
Skolen har bedt om papirerne inden testen den 3. december.

Frederik Lauritsen, f. 2011
cpr [[240311–5512]]

Venlig hilsen
Birgit Lauritsen""")

M("", """Hej, jeg er ny i bestyrelsen i Ishøj Ungdomsskole. Hvordan får vi adgang
til kommunens mødelokaler på rådhuset til vores møder? Og skal vi booke via
Teams eller via et skema? Hilsen Sidsel""")

M("h", """hej Bo, jeg er ked af det men jeg sender lige til dig fordi du er i udvalget
min søn Lasse blev i går udskrevet fra Hvidovre efter en selvmordstanke-episode
han går i 8. og skolen vil have ham tilbage på mandag som om intet er sket.
kan du hjælpe mig med at få nogen til at tage det alvorligt
Trine""")

M("", """Til Center for Børn og Forebyggelse

Jeg arbejder som ergoterapeut i en privat praksis og vil gerne høre, om
kommunens skoler er interesseret i et kursus om sansemotorik i indskolingen.
Kurset er for hele personalegruppen og varer 3 timer.

Vh. Rikke Skov, Sansehuset ApS, CVR 39128844""")

M("e", """Kære Lone Vestergaard, du har sikkert mange mails. Men min søn Villads
fik afslag på specialskole i går, og klagefristen er 4 uger. Jeg har ingen
penge til advokat. Er der nogen i kommunen der kan forklare mig hvordan man
klager til Klagenævnet for Specialundervisning?
Hilsen Charlotte Winther""")

M("h", """Hej

Min søn Anton (5.A) har fået konstateret epilepsi. Han tager Orfiril og må ikke
svømme uden en voksen ved siden af. Svømmeundervisningen starter i januar.
Kan skolen sørge for en ekstra voksen ved bassinet?

Med venlig hilsen
Kim Poulsen
[[120485-1167]]""")

M("", """Hej Ishøj Kommune. Er det muligt at få oplyst hvor mange elever der er
henvist til PPR i 2025, fordelt på årsag (læsning, adfærd, trivsel)? Jeg
skal bruge det til et oplæg i forældrerådet. Ingen navne selvfølgelig.
Mvh Ib""")

M("eh", """Til: Borgerrådgiveren
Emne: Klage over manglende handling - min datter Naja

Naja er 13 og har været udredt for autisme og angst. Vi fik i juni bevilget et
forløb hos en privat psykolog via kommunen (§ 11), men psykologen har ingen
tider før februar. Samtidig har skolen ikke lavet den handleplan de lovede.
Naja har nu ikke været i skole siden 2. september.

Jeg beder om at I ser på om kommunen lever op til sin pligt.

Venlig hilsen
Gry Mortensen
cpr. for Naja: [[020613 4890]]""")

M("", """Hej. Min nabos søn sidder ude på trappen hver morgen og ser ud til at
pjække. Jeg ved ikke om han er syg eller noget. Er der en hotline man kan
ringe til som ikke er en underretning? Jeg vil ikke lave ballade.
Mvh en nabo på Ishøj Bygade""")

M("e", """Til sagsbehandler, Familieafdelingen

Hermed kopi af skolens underretning om vores datter Sofie, som vi fik udleveret
i går. Vi er uenige i beskrivelsen af hjemmet, og vi vil gerne have et
møde hurtigst muligt. Vi vil også gerne have partshøring i sagen.

Mvh Jacob og Line Ravn""")

M("h", """Hej, vi er forældre til Silas i 1.C. Silas har svær nøddeallergi. Vi har
set at der stod "nøddebrød" på madplanen i kantinen på fredag. Kan I
sørge for at han får noget andet, eller skal vi sende madpakke med?
Mvh Anne""")

M("", """Til skolekontoret: kantinens madplan for uge 47 er ikke blevet lagt på
Aula. Kan I lægge den op? Flere forældre har spurgt. Og fakturaen for
skolemaden skal vist sendes til skolens EAN-nr. 5798000552133, ikke til os.
Mvh. Klasseforælder 3.A""")

M("eh", """Kære Jesper Holst

Jeg er alenemor til tvillinger på 9 år, og begge har ADHD. Den ene, Marius,
er netop blevet visiteret til en specialklasse på en anden skole end hans
bror. Jeg har ikke bil og kan ikke aflevere to steder på samme tid. Jeg er
på sygedagpenge efter en diskusprolaps og kan ikke gå langt.

Kan I finde en løsning så de kan gå samme sted?

Venlig hilsen
Kathrine Bruun
Cpr. [[280889-2214]]""")
