"""Part D: long hard negatives - whole-story letters on the same subjects with no sensitive data about an identifiable person."""
from common import M

M("", """Kære byrådsmedlemmer i Social- og Sundhedsudvalget

Jeg skriver som pårørende og som borger, der har fulgt debatten om ældreplejen i Ishøj gennem de sidste par år. Jeg vil ikke skrive om en bestemt person, men om det generelle billede, som jeg og mange andre oplever.

Da budgettet for 2026 blev vedtaget, fik vi at vide, at der ville komme flere hænder i hjemmeplejen. Jeg har talt med mange i min boligforening på Ishøj Strandvej, og de oplever det modsatte: at der kommer nye ansigter hele tiden, og at det er svært for de ældre at vide, hvem der kommer. Jeg ved ikke, om det er rigtigt, men jeg vil gerne have, at udvalget undersøger det.

Jeg har tre konkrete spørgsmål. For det første: Hvor mange timer er der faktisk kommet ekstra i hjemmeplejen i 2025 i forhold til 2024? For det andet: Hvor stor en del af besøgene udføres af vikarer? For det tredje: Hvad gør kommunen for at fastholde de medarbejdere, der er ansat?

Jeg synes også, det ville være godt, hvis udvalget holdt et åbent møde om ældreplejen, hvor borgerne kunne komme og stille spørgsmål. Det er mange år siden, der har været sådan et møde, og jeg tror, der er stor interesse. Biblioteket i Ishøj Bycenter har et lokale til 80 personer, som man kan låne gratis.

Jeg har læst kvalitetsstandarden for hjemmepleje på hjemmesiden, og den er fin på papiret. Men der står intet om, hvor mange forskellige medarbejdere man kan forvente. Det kunne måske tilføjes.

Tak fordi I læste med. Jeg håber på et svar, også selvom det bare er et kort svar.

Venlig hilsen
Birthe Lauridsen
Ishøj Strandvej 64
""")

M("", """Hej Mette

Jeg skriver til dig, fordi du er formand for Børne- og Uddannelsesudvalget, og fordi jeg er blevet valgt som formand for forældrebestyrelsen i Børnehuset Regnbuen i Vejleå. Jeg vil gerne give dig et indtryk af, hvad der fylder hos forældrene, før I skal behandle forslaget om at lægge de to institutioner sammen.

Først vil jeg sige, at vi forstår, at der er færre børn i Vejleå end for ti år siden, og at det koster at holde to små huse kørende. Ingen af os er imod, at man kigger på det. Men forældrene har nogle bekymringer, som jeg har lovet at give videre.

Den første handler om trafik. Hvis alle børn skal køres til det nye hus på Vejlebrovej, bliver der meget mere trafik om morgenen på en vej, hvor der også går mange skolebørn. Vi foreslår, at der bliver lavet en ordentlig afsætningsplads og et fodgængerfelt, før huset åbner, ikke bagefter.

Den anden handler om personalet. Mange forældre har valgt Regnbuen, fordi personalet har været der længe. Vi vil gerne vide, om alle medarbejdere får tilbudt at følge med, og om ledelsen bliver fælles.

Den tredje handler om legepladsen. Regnbuens legeplads blev lavet om for to år siden med penge, som forældrene selv samlede ind ved loppemarkeder. Det vil vi gerne have, at man tager hensyn til, hvis legepladsen skal flyttes eller sælges.

Vi har lavet en spørgeskemaundersøgelse blandt forældrene. 41 ud af 56 har svaret. Jeg vedlægger resultatet som en pdf. Det er ikke videnskabeligt, men det giver et billede.

Vi vil rigtig gerne invitere dig og de andre i udvalget til at besøge huset en eftermiddag. Så kan I selv se, hvordan det fungerer.

Med venlig hilsen
Jakob Frandsen
Formand for forældrebestyrelsen, Børnehuset Regnbuen
""")

M("", """Til borgerrådgiveren

Jeg har en generel klage over, hvordan kommunen kommunikerer om affaldssortering, og jeg ved ikke, om det hører under jer eller under teknik. Jeg prøver jer først.

I sommer fik alle i vores rækkehusforening på Gildbrovej nye beholdere. Det var fint. Men den folder, der fulgte med, sagde én ting om glas og metal, og hjemmesiden sagde noget andet. Da jeg ringede til kundeservice, fik jeg en tredje forklaring. Siden er vores beholder blevet afvist to gange af skraldemanden med et gult kort, og vi har fået en regning på 275 kr. for ekstra tømning (faktura 2409251177).

Jeg har ikke noget imod at betale, hvis vi har gjort noget forkert. Men jeg synes, det er urimeligt, når kommunen ikke selv kan give et klart svar. Jeg har talt med naboerne, og mindst seks husstande har haft det samme problem.

Jeg har to ønsker. Det ene er, at I ser på, om fakturaerne for ekstra tømning i vores område kan annulleres, når forklaringerne har været så forskellige. Det andet er, at kommunen laver én samlet vejledning, som er den samme i folderen, på hjemmesiden og i telefonen.

Jeg har vedlagt et billede af folderen og et skærmbillede af hjemmesiden fra august, så I kan se forskellen.

Jeg vil også gerne rose skraldemændene. De er altid venlige, og de har ikke skyld i det her.

Venlig hilsen
Poul Erik Vestergaard
Gildbrovej 31
""")

M("", """Kære Ahmad Rahimi

Jeg skriver til dig, fordi du har talt om integration i byrådet, og fordi jeg selv har arbejdet som frivillig lektiehjælper i Vildtbanegård i seks år. Jeg vil gerne komme med nogle iagttagelser og et forslag.

Vi er en gruppe på omkring tolv frivillige, der hver tirsdag og torsdag hjælper børn fra 3. til 9. klasse med lektier i beboerhuset. Børnene kommer fra mange forskellige familier, og mange af dem taler et andet sprog end dansk derhjemme. Det er de dygtigste børn, jeg nogensinde har mødt, men mange af dem mangler nogen, der kan forklare en matematikopgave på dansk.

Problemet er, at vi ikke har fået tilskud i år. Vi fik 18.000 kr. i 2024 fra puljen til frivilligt socialt arbejde, men i år fik vi afslag med den begrundelse, at puljen var brugt op. Vi bruger pengene på frugt, blyanter, papir og en gang om året en tur i Tivoli. Det er ikke meget, men det betyder noget.

Jeg ved, at byrådet har diskuteret, hvordan man hjælper flere unge i gang med en uddannelse. Jeg tror, at lektiecaféer som vores er en billig måde at gøre det på. Jeg foreslår, at der bliver sat et fast beløb af hvert år, så vi ikke skal søge om det samme hvert år og være i tvivl.

Statistikken fra kommunens egen integrationsrapport viser, at andelen af unge med anden etnisk baggrund end dansk, der gennemfører en ungdomsuddannelse, er steget fra 58 til 71 procent på ti år. Det er godt, og jeg tror, at lektiecaféerne har en lille del af æren.

Du er meget velkommen til at komme forbi en tirsdag. Vi starter kl. 15.

Venlig hilsen
Grethe Mogensen
Frivillig, Lektiecaféen i Vildtbanegård
""")

M("", """Kære borgmester

Jeg skriver som formand for Ishøj Grundejerforening af 1962 om den foreslåede nye lokalplan for området ved Ishøj Landsby.

Vores forening repræsenterer 212 husstande. Vi har holdt et ekstraordinært medlemsmøde, hvor over 90 mødte op, og jeg har lovet at bringe de vigtigste synspunkter videre.

Mange af vores medlemmer er glade for, at der kommer nye boliger, og at området bliver levende. Men der er tre ting, som går igen. For det første er vi bekymrede for højden på de nye bygninger. Lokalplanforslaget tillader fire etager langs Ishøj Landsby, og det vil tage lyset fra de eksisterende huse, især om vinteren. For det andet er vi bekymrede for, om kloakken kan klare det. Ved skybruddet i 2023 stod der vand i kældrene i mindst 20 huse. For det tredje vil vi gerne vide, hvad der sker med markstien, som mange bruger til gåture.

Vi har også hørt rygter om, at kommunen vil sælge den sidste del af grunden til en privat investor. Vi vil gerne vide, om det er rigtigt, og om der bliver en offentlig udbudsrunde.

Vi beder om, at høringsfristen forlænges med fire uger, så vi kan nå at sende et ordentligt høringssvar. Vi beder også om et møde med Teknik- og Miljøudvalget.

Med venlig hilsen
Svend Aage Krogh
Formand, Ishøj Grundejerforening af 1962
""")

M("", """Hej Sara

Jeg er medarbejder i FOA's afdeling for Vestegnen, hvor jeg arbejder som faglig sekretær, og jeg skriver på vegne af afdelingen om den kommende udbudsrunde på rengøringen i kommunens institutioner.

Vi har hørt, at byrådet overvejer at sende rengøringen i udbud igen, som det skete i 2019. Vi vil gerne gøre opmærksom på de erfaringer, som andre kommuner har gjort, og som også Ishøj gjorde dengang. Efter udbuddet i 2019 kom der mange klager fra institutionerne, og kommunen endte med at tage opgaven hjem igen i 2022.

Vi mener ikke, at det er vores rolle at bestemme, hvordan kommunen løser opgaven. Men vi vil gerne opfordre til, at beslutningen træffes på et oplyst grundlag, og at man ser på de reelle udgifter, også til kontrol og klager, og ikke kun på prisen i tilbuddene.

Vi stiller gerne op til et møde med udvalget, hvor vi kan fortælle om erfaringerne fra Albertslund, Brøndby og Høje-Taastrup. Vi har også tal fra vores egen undersøgelse blandt rengøringsassistenter på Vestegnen, som vi kan sende.

Endelig vil vi gerne spørge, om der er planlagt en høring af medarbejderne, før beslutningen træffes. Efter vores opfattelse bør MED-udvalget inddrages tidligt.

Med venlig hilsen
Jette Hald
Faglig sekretær, FOA Vestegnen
""")

M("b", """Kære medlemmer af byrådet

Jeg skriver som præst i Ishøj Sogn. Jeg vil gerne sige tak for det gode samarbejde om mindehøjtideligheden i marts, og jeg vil gerne komme med et forslag om et fælles arrangement næste år.

Som I ved, bor der i Ishøj mennesker med mange forskellige religioner og livssyn. Vi har i sognet talt med imamen fra moskeen på Ishøj Boulevard, med en repræsentant fra den katolske menighed og med en humanistisk forening, om at lave en fælles aften om det at være nabo. Ikke en gudstjeneste, men en aften med mad, musik og samtaler på tværs.

Vi forestiller os, at arrangementet kunne ligge i Ishøj Kulturhus i september, og at kommunen måske kunne stille lokalet gratis til rådighed. Vi regner med omkring 150 deltagere. Udgifterne til mad vil vi selv dække via indsamlinger i de forskellige fællesskaber.

Jeg ved, at nogle vil synes, at kommunen ikke skal blande sig i religion. Det er jeg enig i. Men her handler det ikke om tro, det handler om at kende hinanden.

Jeg vil meget gerne mødes med borgmesteren eller kulturudvalgets formand og fortælle mere. I kan træffe mig på kirkekontoret.

Med venlig hilsen
Sognepræst Anne-Marie Bech
Ishøj Kirke
""")

M("", """Til Center for Borger, Økonomi og IT

Jeg har et spørgsmål, som jeg ikke kan finde svar på på hjemmesiden, og det er lidt langt at forklare, så bær over med mig.

Jeg administrerer en lille udlejningsejendom på Industribuen med seks erhvervslejemål. En af lejerne har spurgt, om han kan få kommunen til at betale hans husleje direkte til os, og jeg har sagt, at det ved jeg ikke noget om. Jeg spørger ikke om hans sag, den kender jeg ikke og vil ikke kende. Jeg spørger generelt: Kan en virksomhed overhovedet modtage betaling direkte fra kommunen for en lejer, og hvordan foregår det i givet fald? Skal vi udfylde en blanket? Har I et kreditornummer til os, eller skal vi oprette et?

Vi har CVR 31445012, og vores bankkonto står i NemKonto-registret. Vi fakturerer normalt via EAN, men kan også sende almindelige fakturaer.

Derudover vil jeg spørge, om kommunen har overvejet at gøre det nemmere for små udlejere at finde information. Der er meget for lejere på hjemmesiden, men næsten intet for os.

Jeg vil også gerne nævne, at jeres tekniske afdeling var meget hjælpsom, da vi sidste år skulle have godkendt en ny brandtrappe. Det tog kun to uger. Det skal I have ros for.

Med venlig hilsen
Claus Wendelboe
Wendelboe Ejendomme ApS
Industribuen 22
""")

M("", """Kære Birgit

Tak for sidst til foreningsmødet. Jeg lovede at sende dig mine tanker om busforbindelserne, og her kommer de. Det blev lidt langt.

Jeg bor i Ishøj Landsby og kører med bus 128 og 300S hver dag til arbejde i Glostrup. Siden køreplanen blev ændret i august, er der gået 20 minutter mellem busserne om morgenen i stedet for 10, og de er så fyldte, at jeg flere gange har måttet vente på den næste. Det gælder også mange skolebørn og ældre, der skal til lægen eller til Hvidovre Hospital.

Jeg har skrevet til Movia, men de henviser til, at det er kommunen, der bestiller og betaler for de lokale linjer. Jeg har også skrevet til trafikafdelingen og fået et høfligt svar om, at det er et spørgsmål om prioritering i budgettet.

Jeg vil derfor gerne bede dig om at tage det op i byrådet. Jeg tror ikke, det koster så meget at sætte en ekstra bus ind om morgenen mellem 7 og 8.30, og det ville gøre en stor forskel for mange.

Hvis det kan hjælpe, vil jeg gerne indsamle underskrifter i Landsbyen. Jeg tror, der er mange, der har det som mig.

Mange hilsner
Frank Vinther
""")

M("", """Kære borgerrådgiver

Jeg er journaliststuderende på DMJX og skriver en opgave om borgerrådgiverfunktionen i kommunerne på Vestegnen. Jeg har læst jeres årsberetning for 2023 og har nogle spørgsmål, som jeg håber, I vil svare på.

I beretningen står der, at I modtog 58 henvendelser, og at 23 af dem var klager. Jeg vil gerne høre, om I kan sige noget om, hvordan tallet har udviklet sig i 2024 og 2025, og om der er bestemte typer klager, som går igen. Jeg er ikke interesseret i enkeltsager, kun i det overordnede.

Jeg har også bemærket, at I ikke beskriver centre med meget få henvendelser, fordi man ellers kan genkende borgerne. Det synes jeg er en god praksis, og jeg vil gerne høre, hvordan I har besluttet grænsen.

Endelig vil jeg spørge, om det er muligt at interviewe borgerrådgiveren i 20-30 minutter, enten på telefon eller ved et møde. Jeg kan tilpasse mig jeres kalender, og jeg sender gerne citaterne til godkendelse, før opgaven afleveres.

Opgaven skal afleveres den 15. januar, så det ville være dejligt at høre fra jer inden jul.

Med venlig hilsen
Ida Skovgaard
Studerende, DMJX
Tlf. 61 22 08 45
""")
