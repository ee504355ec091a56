"""Part E: mixed family mails to council members, the mayor's PA and the citizen advisor, many with several categories."""
from common import M

M("ts", """
Kære Ahmad Khan

Jeg er dansk-marokkansk og lever med min kæreste Yassin. Vi har adopteret en dreng, og i børnehaven spørger personalet hele tiden hvem af os der er "moren". Det er pinligt for vores søn. Kan kommunen lave et kursus for pædagogerne om regnbuefamilier?

Mvh Karim Benali
""")

M("bs", """
Hej

Min kone Sofie og jeg er begge aktive i Det Radikale Venstre i Ishøj. Vi har en datter i Troldehøj og vil gerne foreslå et forældremøde om mangfoldighed.

Mvh Katja Winther
""")

M("tb", """
Hej borgmesterens PA

Vi er en syrisk kristen familie og vores børn bliver drillet af andre elever fordi de ikke er muslimer, og fordi de ikke "ligner danskere". Vi vil gerne tale med borgmesteren.

Med venlig hilsen
George og Maryam Haddad
""")

M("te", """
Hej

Jeg kom som flygtning fra Eritrea for 4 år siden med min søn. Jeg er i praktik via jobcentret og kan ikke nå at hente ham i SFO kl. 16. Kan han være længere? Hans cpr: [[290814 5503]]

Mvh Senait Tesfay
""")

M("tu", """
Hej

Jeg er fra Polen og arbejder på et byggeri, medlem af 3F. Min datter Zofia skal begynde i 0. klasse. Har skolen en lærer der taler polsk?

Mvh Piotr Zielinski
""")

M("tb", """
Hej

Vi er palæstinensere og muslimer, og vores datter Lina (14) vil gerne bære tørklæde i skolen. En lærer har sagt at det er "undertrykkelse". Vi vil gerne have et møde med skolelederen og skoleudvalgets formand.

Mvh familien Odeh
""")

M("th", """
Hej

Min mand er fra Nigeria og vores søn Daniel er blevet diagnosticeret med seglcelleanæmi. Han kan blive meget træt og har ofte smerter. Skal skolen have noget fra hospitalet?

Mvh Susanne Okafor
""")

M("st", """
hej. jeg er 17, bi, og mine forældre er fra Iran. de ved det ikke. jeg er bange for hvad der sker hvis skolen ringer hjem om de billeder nogen har delt. kan borgerrådgiveren hjælpe mig uden at mine forældre får det at vide?
""")

M("sb", """
Hej

Jeg er præst i folkekirken og gift med min kone Anne. Vi har et barn i Vejleåskolen og har oplevet kommentarer fra andre forældre om vores familie. Skolen bør have en politik.

Mvh Maria Holmgaard
""")

M("bu", """
Hej Ole

Jeg er medlem af Enhedslisten og tillidsrepræsentant for FOA i dagplejen. Vi har holdt møde om de nye regler og er meget imod dem. Vil du tage det op i udvalget?

Mvh Jette Kvist
""")

M("hes", """
Kære borgerrådgiver

Min mand Michael og jeg er plejeforældre for Oliver (9), som har FAS og brug for meget støtte. Kommunen har skåret i vores aflastning og vi er ved at gå ned med stress begge to. Olivers cpr er [[010417 5826]].

Mvh Henrik Steen
""")

M("hu", """
Hej

Jeg er pædagog, medlem af BUPL, og har været sygemeldt i 8 uger med en ryglidelse. Kan kommunen hjælpe med at tilpasse mit arbejde i vuggestuen når jeg starter op?

Mvh Anne-Mette
""")

M("eb", """
Hej

Min søn Ismail er blevet optaget i moskeens koranskole, og vi kan ikke betale både den og SFO. Jeg er på kontanthjælp. Kan han få friplads i SFO'en?

Mvh Nadia Hassan
""")

M("pt", """
Hej

Vi er vietnamesere og vores far vil sælge sit hus i Ishøj Landsby til os, men vi er ikke enige om prisen endnu. Vores børn vil gerne gå på Ishøj Landsby Skole. Hvornår skal vi søge?

Mvh Linh Nguyen
""")

M("pb", """
Hej

Vi er Jehovas Vidner og vores menighed har budt på en grund ved Industrivej til en ny rigssal. Kan byrådsmedlemmer fortælle, hvornår I behandler buddet?

Mvh Thomas Greve, ældste
""")

M("ps", """
Hej

Min mand Kristoffer og jeg har fået accept på vores bud på en villa på Vejleåvej, men kun hvis banken godkender. Vi adopterer snart et barn og vil gerne have en børnehaveplads. Hvem kan vi tale med?

Mvh Jacob Lind
""")

M("pu", """
Hej

Jeg er faglig sekretær hos HK men skriver privat: jeg er selv HK-medlem og vil købe et af kommunens rækkehuse i Vejleå Park, og min datter skal i børnehave. Hvor står min ansøgning?

Mvh Sara Bendtsen
""")

M("", """
Hej

Jeg er faglig sekretær i 3F Køge Bugt og skriver på forbundets vegne om arbejdsforholdene for køkkenpersonalet i skolernes madordning.

Mvh Leif Hansen, 3F
""")

M("ep", """
Hej

Jeg har fået varsel om udsættelse og min udlejer vil sælge lejligheden. Der kommer folk og ser den hver dag. Mine børn er bange. Hvor kan vi bo? Cpr [[171183-2640]]

Mvh Jenny
""")

M("bh", """
Hej sundhedsplejersken

Vi er veganere af etiske grunde og vil gerne opdrage vores baby veganer. Hun vokser dog ikke nok ifølge lægen og har lavt jern. Kan I rådgive os?

Mvh Astrid og Morten
""")

M("eh", """
Hej

Vores datter Sofia (14) har spiseforstyrrelse og er indlagt på Bispebjerg. Vi har søgt om tabt arbejdsfortjeneste men fået afslag. Vi vil klage.

Mvh Tina og Frank Holst
""")

M("he", """
Hej

Jeg er alenemor og har sclerose. Kommunen har bevilget mig praktisk hjælp til at få børnene i skole om morgenen, men hjælperen kommer ikke. Hvem skal jeg ringe til?

Mvh Birgitte
""")

M("te", """
Hej

Jeg er rumæner og bor i Ishøj med mine to børn. Jeg mistede mit job i sidste måned og min udlejer truer med at smide os ud. Børnene går på Gildbroskolen. Hvad kan kommunen gøre?

Mvh Ioana Popescu
""")

M("tbh", """
Hej

Jeg er jødisk, min mand er israeler, og vores søn er blevet truet i skolen efter konflikten i Mellemøsten. Han har nu angst og vil ikke i skole. Vi har brug for hjælp.

Mvh Sarah Cohen
""")

M("sbu", """
Hej

Jeg er lærer, medlem af DLF, og er selv homoseksuel. Som medlem af Socialdemokratiet vil jeg opfordre skoleudvalget til at vedtage en handleplan mod homofobi i skolerne.

Mvh Christian Dahl
""")

M("", """
Hej

Har Ishøj en handleplan mod homofobi i skolerne? Andre kommuner har. Jeg spørger som borger.

Mvh
""")

M("", """
Hej

Skal byrådet ikke lave en plan mod antisemitisme og racisme i skolerne? Det fylder meget i medierne.

Mvh Kirsten
""")

M("ue", """
Hej

Min kone er blevet fyret fra sit job som dagplejer, og hun er medlem af FOA. Nu siger de at vores datter mister sin plads i dagplejen. Er det rigtigt?

Mvh Jan Poulsen
""")

M("b", """
Hej

Jeg er aktiv i Extinction Rebellion sammen med min datter på 16, og vi vil gerne lave en klimademonstration foran rådhuset med skoleelever. Skal vi søge tilladelse?

Mvh Helle
""")

M("", """
Hej

Skal man søge tilladelse for at holde en demonstration på Rådhuspladsen i Ishøj? Det er for en skoleklasse.

Mvh
""")

M("bt", """
Hej

Jeg er konverteret til islam og min mand er fra Tunesien. Vores søn skal omskæres, og vi vil gerne have fri fra vuggestuen en uge. Er det et problem?

Mvh Maja
""")

M("th", """
Hej

Jeg er grønlænder og min søn er blevet kaldt grimme ting af nogle ældre elever. Han har også diabetes og har nu sprunget sin insulin over fordi han skammer sig. Jeg er bekymret.

Mvh Aviaja Lyberth
""")

M("t", """
Hej

Vores familie er roma, og min søn Marius bliver sat i klassen bagerst. Lærerne siger ingenting når de andre kalder ham sigøjner.

Mvh Elena
""")

M("t", """
Hej PA

Borgmesteren sagde i avisen at han vil tale med alle familier der har oplevet racisme. Jeg er sort, født i Kenya, og min datter har oplevet det i børnehaven. Jeg vil gerne mødes.

Mvh Grace Wanjiru
""")

M("", """
Hej PA

Hvornår har borgmesteren åben træffetid? Jeg vil gerne tale om skolebusserne.

Mvh
""")

M("s", """
Hej

Vi er to mænd der er gift og har en søn gennem surrogati. Han skal starte i vuggestue og vi vil gerne være sikre på at personalet ved det. Hvordan gør vi?

Mvh Rasmus og Emil
""")

M("s", """
Hej

Jeg er pansexuel og 16. Jeg har en kæreste der er en pige og vi bliver drillet på skolen. Kan jeg tale med en AKT-lærer uden at mine forældre skal vide det?

/Frida
""")

M("s", """
Hej

Jeg er asexual og 15 og har det svært med seksualundervisningen fordi alle går ud fra at man bliver forelsket. Kan jeg blive fritaget?
""")

M("s", """
Hej Ishøj IF

Min søn har to mødre, mig og min kone, og jeres tilmeldingsformular har kun felterne "mor" og "far". Kan det rettes?

Mvh Louise Gram
""")

M("", """
Hej Ishøj IF

Hvorfor står der "mor" og "far" på tilmeldingsformularen? Det er gammeldags. Skriv "forælder 1" og "forælder 2".

Mvh
""")

M("s", """
Hej

Jeg er morfar til Lukas og vil gerne komme til bedsteforældredagen sammen med min mand Ove. Er der plads til os begge?

Mvh Kaj Andersen
""")

M("", """
Hej

Hvornår er bedsteforældredag i Børnehuset Solsikken i år?

Mvh
""")

M("se", """
Hej

Jeg er biseksuel og lever med min kæreste Anna. Min ekskone og jeg har fælles forældremyndighed over vores datter og det fungerer fint. Jeg vil bare spørge om skolen har et kursus for forældre om kønsidentitet.

Mvh Peter Skou
""")

M("b", """
Hej

Jeg er buddhist og mediterer med min datter hver morgen. Hun vil gerne tage sin meditationspude med i SFO'en i frikvarteret. Er det ok?

Mvh Lone
""")

M("b", """
Hej

Vi er medlemmer af Mosaisk Trossamfund og vil gerne have at vores datter kan få kosher mad på skolelejren.

Mvh Daniel Melchior
""")

M("b", """
Hej

Jeg er medlem af Venstre og formand for forældrebestyrelsen i Solsikken. Jeg vil gerne indkalde til et møde om budgettet.

Mvh Claus
""")

M("b", """
Hej

Min søn er pacifist og vil ikke deltage i skolens besøg på Garderkasernen. Det er hans overbevisning og vi støtter ham. Kan han få en alternativ opgave?

Mvh Inger
""")

M("", """
Hej

Hvorfor tager skolen 8. klasse med på kasernebesøg? Det er der mange forældre der undrer sig over.

Mvh
""")

M("bu", """
Hej

Jeg er muslim og medlem af FOA, og jeg arbejder i køkkenet på Ishøj Skole. Jeg har fået at vide at jeg ikke må bede i min pause. Er det rigtigt?

Mvh Amina
""")

M("u", """
Hej

Jeg er tidligere medlem af Dansk Metal og er nu selvstændig. Min søn vil gerne i lære som smed. Har kommunen en ordning for lærepladser?

Mvh Henning
""")

M("", """
Hej

Har kommunen lærepladser til unge fra 9. klasse? Min søn er interesseret i at blive smed.

Mvh
""")

M("pu", """
Hej

Jeg er medlem af Djøf, og min kone og jeg har budt på et hus på Ishøj Bygade. Sælger kommer med modbud i morgen. Kan vi få en plads til vores søn i Ishøj Landsby Skole?

Mvh Christian
""")

M("u", """
Hej

Jeg er IDA-medlem og ingeniør, og jeg vil gerne tilbyde min hjælp som frivillig i en kodeklub for børn på biblioteket. Hvem skal jeg skrive til?

Mvh Lars
""")

M("u", """
Hej

Vores mor er Lederne-medlem og leder i en daginstitution i Hvidovre. Hun vil gerne i dialog med kommunen om at skifte til Ishøj.

Mvh Maria
""")
