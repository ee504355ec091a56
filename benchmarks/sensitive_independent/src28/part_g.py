"""corpus28 part G: health, elderly care and everyday services — same-sex partners,
origin and language, CPR numbers in signatures; service questions as hard negatives."""
from common import M

M("hse", """Kære Visitationen

Min mand Henning (79) er lige kommet hjem fra Hvidovre Hospital efter en lungebetændelse, og han har brug for hjælp til bad. Jeg er selv 81 og kan ikke løfte ham. Vi har været sammen i 50 år, og gift siden det blev muligt. Kan I komme og vurdere ham?

Mvh Karl-Otto Bredahl
Ishøj Søvej 12
Hennings cpr: [[040447-1331]]""")

M("", """Hvor lang tid går der fra man søger om hjemmehjælp til der kommer en visitator? Jeg skal skrive en sag om det til ældrerådet.""")

M("te", """hej. jeg er fra Sri Lanka (tamil) og min mor på 84 skal på plejehjem. hun taler kun tamil. er der nogen plejehjem i ishøj med personale der taler tamil? hun har ikke fået plads endnu, vi overvejer bare. Hilsen Kumar""")

M("", """Hej, har kommunens plejehjem personale der taler andre sprog end dansk, fx arabisk, tyrkisk eller urdu?""")

M("s", """Hej

Jeg er 73 og bøsse, og jeg bor alene efter at min kæreste gennem 30 år, Poul, døde sidste vinter. Jeg vil gerne høre om der findes en besøgsven-ordning, og om de frivillige er forberedt på at besøge en gammel homo.

Med venlig hilsen
Gunnar Ravnholt""")

M("", """Hvordan bliver man besøgsven for en ældre i Ishøj? Jeg vil gerne være frivillig.""")

M("th", """Kære Sundhedshuset

Min far er fra Pakistan og har fået konstateret KOL. Han taler dårligt dansk og har ikke forstået lægens råd om rygestop. Findes der rygestopkurser på urdu eller punjabi, eller kan vi få en tolk med?

Mvh Sana Malik""")

M("", """Har Sundhedshuset rygestopkurser om aftenen? Jeg arbejder til kl. 17.""")

M("", """Jeg vil bare sige at jeres nye rygestopkursus er fantastisk – jeg har holdt op i 3 uger nu! Tak for det. Hilsen Bjørn""")

M("h", """Hej Ishøj Kommune

Jeg har fået et ekstra brev om den nye madordning, men jeg får ikke mad fra jer længere, fordi jeg er blevet opereret for tyktarmskræft og er på speciel kost fra hospitalet. Kan I slette mig fra listen?

Med venlig hilsen
Inger Dahlgaard
[[150139-2204]]""")

M("", """Hvad koster madordningen for ældre i Ishøj pr. måltid i 2027?""")

M("s", """hej, jeg er pansexual og har søgt ind som frivillig i ungdomsklubben. lederen spurgte om jeg "havde en kæreste" og da jeg sagde at jeg dater både drenge og piger sagde han at det "kunne forvirre de unge". er det ok at sige? mvh Noa""")

M("", """Hej. Hvilke krav stiller kommunen til frivillige i ungdomsklubber? Børneattest?""")

M("t", """Kære borgmester

Jeg er af romani-herkomst og har boet i Ishøj siden 1990. Der er blevet skrevet nedsættende ting om "sigøjnere" på kommunens Facebook-side under et opslag om vores familiefest i medborgerhuset, og ingen har fjernet dem. Jeg vil gerne have at de bliver fjernet.

Med venlig hilsen
Jozef Balog""")

M("", """Kære borgmester. Hvem moderer kommentarerne på kommunens Facebook-side? Der er mange grimme kommentarer under opslaget om sommerfesten.""")

M("e", """Hej

Jeg bor i en plejebolig på Ishøj Plejecenter og har fået en regning på husleje som er 1.100 kr. højere end sidste år. Kan det passe? Min pension rækker ikke.

Venlig hilsen
Ruth Larsen""")

M("", """Hvad er huslejen i en plejebolig i Ishøj? Vi skal til at finde et sted til min mormor, og vil gerne vide det.""")

M("hse", """Kære Center for Voksne og Velfærd

Min kone, Anja, har fået en kræftdiagnose og er i kemo. Jeg, Marianne, er hendes eneste pårørende og går på arbejde. Kan vi få en aflastning nogle timer om ugen? Jeg har hørt der findes en ordning.

Venlig hilsen
Marianne Borup""")

M("", """Kære Center for Voksne og Velfærd. Findes der aflastning for pårørende til kræftpatienter i Ishøj? Jeg spørger for en pårørendegruppe.""")

M("t", """Hej

Vi er en ukrainsk familie på fire, og vi er flyttet fra Holbæk til Ishøj. Hvordan skriver vi os op til en læge her? Alle lægerne i Ishøj skriver "lukket for tilgang" på nettet.

Med venlig hilsen
Olena Kovalenko""")

M("", """Hej, hvorfor er alle lægepraksisserne i Ishøj lukket for tilgang? Hvad gør kommunen ved det?""")

M("", """Kære Borgerservice. Jeg har fået nyt sundhedskort, men der står forkert læge. Kan I rette det til Lægerne på Ishøj Torv? Mvh Hans Pedersen, [[221052 1149]]""")

M("h", """Hej

Jeg bruger kørestol efter en rygmarvsskade og kan ikke komme ind i stemmelokalet på Vibeholmskolen, fordi der er to trin. Til sidste valg måtte jeg stemme i døren. Kan I sørge for en rampe til næste valg?

Mvh Tim Lindqvist""")

M("", """Er alle stemmelokaler i Ishøj handicaptilgængelige? Spørger for Ishøj Handicapråd.""")

M("hb", """Kære Sundhedshuset

Jeg er vegetar af religiøse grunde (jeg er hindu), og jeg har fået diabetes 2. Kostvejlederen gav mig en plan med kylling og fisk. Kan jeg få en ny plan, der passer til mig?

Venlig hilsen
Rajesh Patel""")

M("", """Har kommunens kostvejledere erfaring med vegetarisk og vegansk kost? Det er til en foredragsaften i biblioteket.""")

M("st", """hej. jeg og min kæreste Laura er lige flyttet sammen i Vejleåparken, og vi har fået en seddel i postkassen med "lebber skal ud" og en grim tegning. Laura er også sort, og der stod også noget om hendes hudfarve. vi er bange. hvem kan vi snakke med? Frida""")

M("", """Hej, hvordan anmelder man hadefulde sedler i opgangen? Til politiet eller kommunen?""")

M("he", """Kære Ishøj Kommune

Jeg har fået bevilget en handicapbil, men jeg kan ikke få den registreret fordi min kørekortsfornyelse venter på en lægeerklæring fra neurologen. Jeg har muskelsvind. Kan I forlænge fristen for at hente bilen?

Mvh Lene Thygesen
[[1803771248]]""")

M("", """Hej. Er der lukket på Ishøj Bibliotek på grundlovsdag? Mvh Søren""")

M("t", """Hej. Jeg er same og kommer fra Kautokeino i Norge. Jeg laver en udstilling om samisk kultur og vil gerne låne Ishøj Kulturhus i 2 uger i september. Hvad koster det? Med venlig hilsen Máret Sara""")

M("", """Hvad koster det at leje Ishøj Kulturhus til en udstilling? Vi er en kunstforening.""")

M("hse", """Kære Visitationen

Min kæreste, Tobias, og jeg (Simon) bor sammen på Vildtbanevej. Tobias har fået en hjerneskade efter en ulykke og kommer hjem fra genoptræning om to uger. Vi skal bruge hjælp til at få badeværelset gjort handicapvenligt. Hvor søger man?

Mvh Simon Kirk""")

M("", """Hej. Hvordan søger man om boligændring til handicapvenligt badeværelse?""")

M("et", """Hej

Jeg kom til Danmark som flygtning fra Afghanistan for 6 år siden og er nu på selvforsørgelses- og hjemrejseydelse. Jeg kan ikke betale for min søns fodboldklub. Kan kommunen hjælpe med kontingentet?

Mvh Farid Ahmadzai""")

M("", """Hej, har Ishøj en fritidspas-ordning, så børn fra familier med lav indkomst kan gå til fodbold? Jeg er træner og vil gerne fortælle forældrene om det.""")

M("he", """Hej. min far Jørgen (87) er faldet og har brækket hoften og ligger på Hvidovre. Kan I sætte hans avis og madudbringning på pause til han kommer hjem? Mvh Karina""")

M("", """Hvordan sætter man madudbringning på pause, hvis man skal på ferie?""")
