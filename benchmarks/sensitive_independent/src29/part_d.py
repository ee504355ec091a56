"""corpus29 part D: writers' own party, faith and convictions, origin and discrimination, open letters to the mayor."""
from common import M

M("b", """Kære borgmester

Jeg har været medlem af Enhedslisten siden 2011, og jeg har aldrig før skrevet til en borgmester. Men jeg er nødt til at sige, at jeres beslutning om at fjerne gratis bus for pensionister er asocial. Jeg stemmer ikke på jer, men jeg forventer, at I lytter.

Med venlig hilsen
Gitte Mose""")

M("", """Kære borgmester

Jeres beslutning om at fjerne gratis bus for pensionister er asocial. Jeg håber, at oppositionen vil tage sagen op i næste budget.

Mvh
Gitte""")

M("b", """hej jens
jeg stemte på dig sidst fordi du lovede flere p-pladser ved stationen. der er ikke kommet én eneste. så næste gang bliver det liberal alliance
mvh rené""")

M("", """Hej Jens

Der er stadig for få parkeringspladser ved Ishøj Station. Jeg synes, kommunen skal bygge et p-hus.

Mvh René K.""")

M("b", """Kære Ahmad Karimi

Jeg er muslim og beder fem gange om dagen. Jeg arbejder i rengøringen på rådhuset, og der er intet sted, hvor jeg kan bede i pauserne. Jeg har spurgt min leder, som siger, det er et politisk spørgsmål. Derfor skriver jeg til dig.

Med venlig hilsen
Fatima Benali""")

M("", """Kære Ahmad Karimi

Har kommunen et stillerum på rådhuset, som ansatte og borgere kan bruge til bøn eller meditation? Jeg er med i Ishøj Dialogforum og undersøger det i flere kommuner.

Med venlig hilsen
Peter Nyholm""")

M("bt", """Kære Mette Lindholm

Jeg er jøde og har boet i Ishøj hele mit liv. Efter begivenhederne i efteråret har min søn fået tilråb i skolen, og vi overvejer at tage ham ud. Jeg beder jer om at tage antisemitisme alvorligt i kommunens skoler.

Med venlig hilsen
David Melchior""")

M("", """Kære Mette Lindholm

Har Ishøj Kommune en handleplan mod antisemitisme og racisme i skolerne? Jeg vil gerne høre, hvad der gøres, og om det evalueres.

Mvh
Inger Thule""")

M("t", """Kære borgmester

Jeg er dansk-marokkaner, født og opvokset i Ishøj. I sidste uge blev jeg afvist ved døren til diskoteket i Ishøj Bycenter, mens mine etnisk danske venner kom ind. Det er ikke første gang. Jeg ved, at det er politiets sag, men jeg vil have, at byrådet ved, hvad der sker i vores by.

Mvh
Yassin El-Amrani""")

M("", """Kære borgmester

Jeg har hørt, at der er problemer med dørpolitikken på diskotekerne i Ishøj Bycenter. Er det noget, kommunen har dialog med politiet om?

Mvh
Mona Lisberg""")

M("bu", """Kære Kim Hansen

Jeg er tillidsrepræsentant i 3F på Ishøj Havn og samtidig medlem af Socialdemokratiet. Jeg har stemt på dig hele vejen, men den nye havneplan med private marinaer gør, at vores 14 arbejdspladser er i fare. Jeg vil gerne have et møde med dig og en kollega.

Med venlig hilsen
Bjarne Løkke""")

M("", """Kære Kim Hansen

Du er jo socialdemokrat, så jeg forventer, at du kæmper for de 14 arbejdspladser på havnen. Det er dem, I er valgt til at passe på.

Mvh
Tove Lund""")

M("t", """Hej Jesper

vi er en gruppe unge fra Ishøj Strand med somalisk og eritreisk baggrund. vi vil gerne have en fodboldbane med lys. vi har samlet 230 underskrifter. kan vi komme og aflevere dem på rådhuset?
Abdi, Yonas og de andre""")

M("", """Hej Jesper

Vi er en gruppe unge fra Ishøj Strand, som gerne vil have en fodboldbane med lys. Vi har samlet 230 underskrifter. Kan vi komme og aflevere dem på rådhuset?

Mvh
Ungdomsrådet""")

M("b", """Kære Lone Brix

Jeg er Jehovas Vidne og ønsker at gøre byrådet opmærksom på, at vi som familie er blevet nægtet at leje lokaler på Ishøj Bibliotek til et foredrag om familieliv. Vi mener, det strider mod ligebehandling. Min søster og jeg har søgt i vores egne navne.

Venlig hilsen
Ruth Mikkelsen""")

M("", """Kære Lone Brix

Hvad er reglerne for at leje lokaler på Ishøj Bibliotek til religiøse foreninger? Kan alle trossamfund låne lokaler på lige vilkår?

Mvh
Bibliotekets brugerråd""")

M("bt", """Til borgmester og byråd — åbent brev

Vi er 27 kvinder fra Ishøj, fleste med tyrkisk eller pakistansk baggrund, og vi bærer tørklæde, fordi vi er muslimer. Vi oplever, at vi ikke bliver kaldt til samtale, når vi søger job som dagplejere i kommunen. Vi beder om et møde.

Underskrevet af
Ayse Yilmaz, Samina Butt, Elif Kaya m.fl.""")

M("", """Til borgmester og byråd — åbent brev

Vi i Ishøj Kvindeforum beder byrådet om at indføre anonyme ansøgninger i kommunen for at modvirke diskrimination. Flere kommuner har allerede gode erfaringer.

Med venlig hilsen
Kvindeforummet""")

M("b", """Kære Jens Vinding

Jeg er pacifist og har altid været det. Jeg synes, det er forkert, at kommunen lader Hjemmeværnet rekruttere på skolernes erhvervsmesse. Jeg har en datter i 8. klasse og vil gerne kunne sige nej på hendes vegne.

Mvh
Knud Riis""")

M("", """Kære Jens Vinding

Hvilke organisationer deltager i erhvervsmessen på Ishøj Skole? Vi har hørt, at både Forsvaret og Hjemmeværnet kommer.

Mvh
Forældrerådet""")

M("t", """Kære Mette

Min datter Maja er adopteret fra Etiopien. I går kom hun grædende hjem fra skolebussen, fordi en voksen chauffør havde kaldt hende en grim ting. Vi har klaget til Movia, men jeg vil gerne have, at byrådet kræver, at chaufførerne bliver uddannet.

Mvh
Louise Engberg""")

M("", """Kære Mette

Er skolebuschaufførerne i Ishøj uddannet i at håndtere konflikter med børn? Jeg har set et par episoder, der ikke var så heldige.

Mvh
Brian""")

M("b", """Hej Ahmad

Jeg er ateist og har meldt mig ud af folkekirken. Alligevel bliver min søn i 3. klasse taget med til gudstjeneste i kirken før jul, og han kan kun blive på skolen alene. Jeg synes, det er forkert, at skolen gør det.

Mvh
Lasse Bjerring""")

M("", """Hej Ahmad

Skal skolerne i Ishøj holde juleafslutning i kirken? Jeg synes, det er en god tradition, og vil gerne høre din holdning.

Mvh
Kurt""")

M("bt", """Kære borgmester

Jeg er sikh og bærer turban. På Ishøj Svømmehal har jeg fået at vide, at jeg skal tage den af i omklædningsrummet og i hallen. Jeg er indisk af baggrund og har boet i Danmark i 30 år. Jeg ønsker at vide, hvad kommunens regel er.

Venlig hilsen
Harjit Singh Gill""")

M("", """Kære borgmester

Hvilke regler gælder for hovedbeklædning i kommunens svømmehal? Jeg er badeansvarlig og vil gerne have noget skriftligt.

Mvh
Svømmeklubben Ishøj""")

M("b", """Kære Kim Hansen,

Jeg sidder i bestyrelsen for Venstre i Ishøj og skriver ikke på partiets vegne, men som borger: Jeg er uenig i din linje om skolelukningen og vil gerne have en snak, før vi i bestyrelsen skal diskutere kandidatlisten.

Mvh
Per Egeberg""")

M("", """Kære Kim Hansen

Venstre i Ishøj holder åbent vælgermøde den 3. marts på Ishøj Bibliotek. Alle er velkomne, og der er kaffe og kage.

Mvh
Venstre Ishøj""")

M("t", """Til Jesper Bang

Jeg er grønlænder og har boet i Ishøj i 8 år. Jeg har mange gange oplevet, at socialrådgiverne ikke forstår min kultur. Jeg vil gerne foreslå, at kommunen ansætter en grønlandsk kontaktperson.

Mvh
Naja Kleist""")

M("", """Til Jesper Bang

Hvor mange grønlændere bor der i Ishøj? Jeg arbejder for Det Grønlandske Hus og vil gerne vide, om der er behov for rådgivning lokalt.

Mvh
Aviaja""")

M("bh", """Kære Lone

Jeg er buddhist og har meditation som en fast del af mit liv. Siden jeg fik brystkræft, har det været det, der holdt mig oppe. Jeg vil gerne foreslå, at Sundhedshuset får et stillerum, så andre som mig kan bruge det mellem behandlingerne.

Kærlig hilsen
Birgitte Wendt""")

M("", """Kære Lone

Kunne Sundhedshuset få et stillerum? Det ville være godt for mange patienter og pårørende.

Hilsen
en borger""")

M("t", """hej mette
min mor er fra vietnam og forstår ikke de breve hun får fra kommunen. hun bor alene og er 77. kan i ikke sende dem på vietnamesisk eller ringe til mig i stedet?
mvh Anh""")

M("", """Kære Mette

Kunne kommunen oversætte sine breve til de mest brugte sprog i Ishøj? Det ville gøre livet lettere for mange.

Mvh
Ulrik""")

M("bs", """Kære Ahmad,

Jeg er bøsse og medlem af Radikale Venstre. Jeg skriver til dig, fordi jeg tror, du vil forstå: Ishøj har brug for et sted, hvor unge LGBT+-personer kan mødes. Jeg var selv alene med det som teenager her i byen.

Med venlig hilsen
Frederik Ibsen""")

M("", """Kære Ahmad

Ishøj Ungdomsskole har ikke noget tilbud til LGBT+-unge. Vil byrådet overveje at støtte et netværk?

Mvh
Sex & Samfund, Ungdomsgruppen""")

M("t", """Kære borgmester

Min mand og jeg er fra Ukraine og kom hertil i 2022. Vores datter har fået plads i Ishøj Skole, men de vil placere hende i modtageklasse, selv om hun taler godt dansk nu. Kan vi få en samtale?

Med venlig hilsen
Olena Kovalenko""")

M("", """Kære borgmester

Hvor mange ukrainske flygtninge bor der i Ishøj nu, og hvor mange børn går i modtageklasse? Jeg skal bruge tallene til et skoleprojekt.

Mvh
Karla, 9.b""")

M("b", """Kære Jens Vinding

Som Extinction Rebellion-aktivist og far synes jeg, at det er uforsvarligt, at kommunen stadig har dieselbusser på skolekørslen. Jeg har selv været anholdt for civil ulydighed, og jeg gør det gerne igen for mine børns fremtid.

Mvh
Anton Bering""")

M("", """Kære Jens Vinding

Hvornår bliver skolebusserne i Ishøj elektriske? Jeg synes, det bør være et krav i næste udbud.

Mvh
Grøn Forælder""")

M("te", """Kære Kim

Jeg er født i Chile og kom som politisk flygtning i 1975. Nu er jeg 78 og får hjemmepleje hver morgen, men der er ikke spansktalende personale. Jeg taler dansk, men når jeg bliver træt, kommer spansken frem. Det ville betyde meget.

Med venlig hilsen
Rodrigo Fuentes""")

M("", """Kære Kim

Er det muligt at ønske sig en bestemt medarbejder i hjemmeplejen? Jeg spørger, fordi jeg overvejer at søge job der.

Mvh
Lise""")

M("bt", """Kære Ahmad Karimi

Jeg er palæstinenser og medlem af Ishøjs muslimske forening. Vi vil gerne invitere dig til iftar i ramadanen den 14. marts. Der kommer omkring 200 mennesker, og mange vil gerne møde en politiker, der lytter.

Med venlig hilsen
Khaled Odeh""")

M("", """Kære Ahmad Karimi

Ishøj Moské inviterer byrådet til åbent hus lørdag den 5. april kl. 13–16. Alle er velkomne.

Med venlig hilsen
Moskéens bestyrelse""")

M("b", """Hej Jesper Bang

Jeg har lige meldt mig ind i Danmarksdemokraterne efter jeres afstemning om vindmøllerne ved Ishøj Strand. Jeg er træt af, at byrådet ikke lytter til os, der bor her.

Mvh
Kenneth Bager""")

M("", """Hej Jesper Bang

Jeg er imod vindmøllerne ved Ishøj Strand. De ødelægger udsigten og naturen. Jeg håber, du stemmer nej.

Mvh
Kenneth""")

M("t", """Kære Lone Brix

Jeg er selv tyrkisk-kurdisk og arbejder som frivillig i Ishøj Kvindehus. Jeg har set, at mange kvinder med anden baggrund ikke kommer til screening for brystkræft, fordi de ikke forstår indkaldelsen. Jeg vil gerne hjælpe kommunen med oplysning.

Mvh
Dilan Arslan""")

M("", """Kære Lone Brix

Hvordan når kommunen ud til borgere med anden etnisk baggrund om screeningsprogrammerne? Jeg arbejder i Kræftens Bekæmpelse og vil gerne samarbejde.

Mvh
Kirsten""")

M("b", """Kære borgmester

Jeg er humanist og medlem af Humanistisk Samfund. Jeg vil gerne spørge, om det kan lade sig gøre at holde en humanistisk navngivning for mit barnebarn i Ishøj Kulturhus, ligesom kirken bruges til dåb.

Med venlig hilsen
Jytte Holst""")

M("bu", """Kære Mette

Som medlem af DLF og af Socialistisk Folkeparti vil jeg sige: tak for din tale på lærernes lønforhandlingsmøde. Det var vigtigt for os at høre, at der er politikere, der står ved folkeskolen.

Med venlig hilsen
Kirsten Dahl""")

M("t", """Til borgmesterens PA

Min far er tamil og kom fra Sri Lanka i 1986. Han skal have sin 75 års fødselsdag i Ishøj Kulturhus, og vi har hørt, at borgmesteren nogle gange sender en hilsen. Det ville glæde ham meget.

Mvh
Priya Sivakumar""")

M("", """Til borgmesterens PA

Sender borgmesteren hilsner til borgere, der fylder 100? Min nabo fylder 100 i næste måned.

Mvh
Lise""")

M("eb", """Kære Jens

Jeg er aktiv i Frie Grønne og har selv været på kontanthjælp i tre år. Jeg vil gerne fortælle byrådet, hvordan det nye beskæftigelseskrav virker fra den anden side af skranken. Kan jeg få foretræde?

Mvh
Sara Holm""")

M("t", """Kære Jesper

Jeg er vietnamesisk og ejer en neglebar på Ishøj Torv. Tre gange er vores rude blevet smadret, og der er skrevet ting om 'gule' på muren. Politiet siger, de ikke kan gøre noget. Kan kommunen sætte kamera op?

Mvh
Thi Lan Nguyen""")
