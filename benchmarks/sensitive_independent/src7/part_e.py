"""corpus7, part E: culture, sport, associations, libraries and political mails to members."""
from common import M

M("s", """Hej Ishøj Svømmehal

Min kæreste Jonas og jeg vil gerne købe et familiekort, men på hjemmesiden står der at det kun gælder "mor, far og børn". Vi er to mænd uden børn. Kan vi få et parkort i stedet?

Mvh Simon Bækgaard""")

M("", """Hej

Hvornår er Ishøj Pride i år, og skal man søge om at være med i optoget med en forening? Vi er en løbeklub der gerne vil gå med.

Mvh Ishøj Løbeklub""")

M("b", """Kære Mette (Byrådsmedlem for SF)

Jeg er selv medlem af SF og har været det i 20 år. Jeg synes partiet svigter i sagen om Strandparkens lukning. Kan vi tage en snak før næste medlemsmøde?

Venlig hilsen
Kirsten Lauge""")

M("", """Kære byrådsmedlem

Jeg synes I skal beholde biblioteksfilialen i Vejleåparken. Den er vigtig for børnene i området. Lyt til borgerne.

Mvh Birgit Hansen""")

M("u", """Hej Kulturhuset

Vi er en gruppe HK-medlemmer fra Ishøj, og jeg er vores lokale TR. Vi vil gerne leje et mødelokale til en faglig klub-aften d. 14. november. Hvad koster det?

Venlig hilsen
Sanne Møller""")

M("", """Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter i oktober? Jeg er gymnasieelev og vil gerne vide noget om forskellige fag.

Mvh Ida, 17""")

M("t", """Hej Ishøj Bibliotek

Jeg er fra Afghanistan, og mine børn taler dari derhjemme. Har I børnebøger på dari eller persisk? Mine børn vil gerne læse på vores sprog også.

Tak
Zarmina""")

M("", """Hej

Biblioteket har et foredrag om islam i Danmark d. 3. oktober kl. 19. Er det gratis, og skal man tilmelde sig?

Mvh Poul Erik""")

M("b", """Hej Ishøj Kulturhus

Jeg er imam i en lille menighed i Ishøj, og vi vil gerne leje salen til et fællesspisningsarrangement (iftar) under ramadanen. Vi er ca. 80 personer. Er det muligt en fredag i marts?

Venlig hilsen
Hamid Rahimi""")

M("s", """Hej

Jeg spiller i Ishøj IF's damehold og har en kæreste der hedder Marie. Vi er blevet kaldt ting i omklædningsrummet efter en kamp, og træneren gjorde ingenting. Kan kommunen gøre noget, når det er jeres hal?

Mvh Sara""")

M("", """Hej

Vi vil gerne booke Ishøj Idrætscenter til en turnering i futsal d. 15.-16. februar. Vi er 12 hold, bl.a. fra den somaliske og den tyrkiske kulturforening og fra FOA's firmaidræt. Hvem skal vi tale med?

Mvh Mohammed, Ishøj Futsal""")

M("b", """Kære Lars

Jeg har stemt på Venstre hele mit liv, men efter jeres beslutning om at lukke Torslunde Skole stemmer jeg på Konservative næste gang. Det ville jeg bare lige sige.

Mvh Ebbe Mikkelsen""")

M("s", """Hej Ishøj Bibliotek

Jeg er 16 og lesbisk og vil gerne starte en LGBT+-klub for unge på biblioteket. Kan man låne et lokale en gang om ugen, og skal en voksen være der?

Hilsen
Emma""")

M("", """Hej

Biblioteket har sat en udstilling op om "100 års homoseksuel historie i Danmark". Hvor længe står den, og må skoleklasser komme og se den?

Mvh Lærer i 9.C""")

M("u", """Hej kulturudvalget

Jeg er medlem af Dansk Musikerforbund og spiller i Ishøj Big Band. Når kommunen hyrer musikere til sommerkoncerterne, betales der under overenskomst. Det er ikke rimeligt.

Mvh
Per Winther""")

M("bt", """Til Ishøj Kulturhus

Vi er en sikh-familie, og min søn vil gerne spille i den kommunale musikskole. Han bærer turban. En lærer har spurgt om han kan tage den af under koncerten. Det kan han ikke, for det er en del af vores tro. Min familie kommer fra Punjab, og det har aldrig været et problem i andre kommuner.

Gurpreet Singh""")

M("", """Hej

Jeg kunne godt tænke mig at der blev afholdt en gudstjeneste i Ishøj Kirke til minde om ofrene på Strandvejen sidste år. Kan kommunen tage det op med menighedsrådet?

Mvh Anne""")

M("s", """Hej

Min søn er bøsse og vil gerne være frivillig i ungdomsklubben, men han er bange for hvordan de andre unge vil tage det. Har I erfaring med det, og kan nogen tale med ham først?

Mvh Randi Lynge""")

M("b", """Kære Anders

Som aktivt medlem af Enhedslisten i Ishøj vil jeg gerne invitere dig til en debat om boligpolitik i Vejleåparken. Vi har booket lokale d. 22.9. kl. 19.30.

Venlig hilsen
Magnus Berg""")

M("", """Hej

Hvornår er der valgmøde på Ishøj Bibliotek før kommunalvalget? Jeg vil gerne høre kandidaterne diskutere trafikken på Ishøj Strandvej.

Mvh Jette""")

M("t", """Hej

Jeg er fra Filippinerne og har boet i Ishøj i 8 år. Jeg vil gerne starte en filippinsk danseforening for børn. Kan vi låne en sal, og kan vi søge foreningstilskud?

Mvh Maricel Santos""")

M("u", """Hej

Jeg er frivillig i Ishøj Fodboldklub og samtidig tillidsrepræsentant for FOA i hjemmeplejen. Jeg kan ikke nå trænermødet d. 5.5. kl. 17, fordi vi har TR-møde. Kan mødet flyttes?

Hilsen
Yvonne Kragh""")

M("", """Hej

Den tyrkiske restaurant på Ishøj Store Torv har stillet borde ud på fortovet, så man ikke kan komme forbi med barnevogn. Må de det?

Mvh Sanne""")

M("stb", """Hej Kulturhuset

Min kæreste Yusuf og jeg (vi er to mænd, begge med arabisk baggrund) vil gerne lave et foredrag om at være skeiv og muslim i Danmark. Det skal være anonymt hvem vi er på plakaten. Kan man det hos jer?

Hilsen
Karim""")

M("", """Hej

Hvor mange medlemmer har foreningerne i Ishøj tilsammen, og hvor meget får de i lokaletilskud? Jeg skriver en artikel til lokalavisen.

Mvh Sebastian Holm, journalist""")

M("b", """Til Ishøj Idrætscenter

Jeg er veganer af etiske grunde og har været det i 12 år. I cafeteriet er der ingen vegansk mad overhovedet. Kan man ikke have bare én ret?

Mvh Nina""")

M("s", """Hej

Jeg vil gerne melde min kone Louise og mig ind i seniordans på Ishøj Bibliotek. Vi har danset sammen i 30 år og vil gerne danse som par, men på tilmeldingssedlen står "herre" og "dame". Hvad gør vi?

Venlig hilsen
Birgitte Holm""")

M("u", """Hej

Jeg er bibliotekar i Ishøj og medlem af Bibliotekarforbundet. Vi er blevet bedt om at arbejde søndage uden tillæg. Jeg synes kulturudvalget skal vide det, før de vedtager de nye åbningstider.

Mvh Anne Lind""")

M("", """Kære kulturudvalg

Ishøj Bibliotek burde have længere åbningstider om søndagen. Mange familier har kun tid i weekenden. Kan det ikke blive til kl. 16?

Mvh Karen""")

M("b", """Hej

Jeg er humanist og medlem af Ateistisk Selskab. Ved kommunens juleafslutning for foreningsfrivillige blev der sunget salmer og holdt andagt. Det synes jeg ikke hører til i et kommunalt arrangement.

Mvh Rasmus Vestergaard""")

M("t", """Hej Idrætscentret

Min datter er adopteret fra Etiopien. Hun blev kaldt "abe" af en modstander i håndbold i søndags, og dommeren gjorde ingenting. Det var i jeres hal. Hvad gør I ved racisme?

Mvh Charlotte Dyhr""")

M("", """Hej

Vi vil gerne leje Ishøj Kulturhus til en polsk folkedanseopvisning arrangeret af den polske forening. Hvad koster det for en lørdag aften?

Mvh Polonia Ishøj""")

M("sb", """Kære Pia

Jeg er lesbisk og medlem af Radikale Venstre. Jeg er skuffet over at du stemte imod regnbuefodgængerfeltet. Jeg havde troet partiet stod sammen om det.

Med venlig hilsen
Ditte Frandsen""")

M("", """Hej

Jeg har fået en mail om at mit bibliotekslån er forsinket. Lånernummer 1808921145 (det står på mit lånerkort). Men jeg har afleveret bogen i boksen for en uge siden.

Mvh Mona""")

M("ue", """Hej

Jeg har været medlem af Dansk Sygeplejeråd i 30 år og er nu gået på efterløn. Jeg vil gerne give et foredrag på biblioteket om sygeplejerskers arbejde i 70'erne. Hvem skal jeg kontakte?

Venlig hilsen
Gudrun Bach""")

M("b", """Hej

Min mand og jeg er Jehovas Vidner og vil gerne stille en bogstand op ved Ishøj Station. Skal vi have tilladelse fra kommunen?

Venlig hilsen
Lise Skov""")

M("", """Hej

Hvad koster det at leje Strandgårdshallen en lørdag eftermiddag til vores sølvbryllup? Vi er ca. 60 gæster.

Mvh Tanja""")

M("t", """Hej

Min svigerfar er tamil fra Sri Lanka og vil gerne lave en tamilsk kulturaften for de ældre i Ishøj. Han taler ikke godt dansk, så jeg skriver for ham. Kan de få tilskud?

Venlig hilsen
Lotte Sivakumar""")

M("u", """Til Kultur og Fritid

Jeg skriver som formand for 3F Ishøj-Vallensbæks lokale fritidsudvalg. Vi vil gerne sponsorere drikkevarer til Ishøj Sommerfest og have en stand. Hvem ansøger vi?

Mvh Brian Hougaard""")

M("s", """hej

jeg og min kæreste vil gerne være frivillige på festivalen. jeg hedder Mathias og han hedder Andreas, vi er 19. kan vi få vagt sammen?

Mathias""")

M("", """Hej

Jeg har lige fået juridisk kønsskifte og nyt navn, og jeg har fået tildelt et nyt personnummer. Biblioteket har stadig mit gamle navn på mit lånerkort. Kan det rettes uden at jeg skal møde op?

Mvh Alex""")

M("b", """Til borgmesteren

Jeg er pacifist og nægter at deltage i kommunens "beredskabsdag" med militærkøretøjer på rådhuspladsen, hvor min datters klub er inviteret. Kan der blive lavet et alternativ for børn, hvis forældre ikke vil have det?

Mvh Kåre Lindberg""")

M("", """Hej

Jeg synes det er problematisk at kommunen bruger penge på en kulturfestival med politiske paneler. Kultur og politik bør holdes adskilt.

Mvh Torben""")

M("su", """Kære udvalgsformand

Jeg er TR for DLF på Ishøj Skole og deltager i Copenhagen Pride med min mand Lars. Nogle forældre har klaget over at jeg viste et billede fra Pride i undervisningen om familier. Jeg vil gerne forklare min side.

Venlig hilsen
Jesper Bendtsen""")

M("t", """Hej

Jeg er halvt thailandsk og arbejder som frivillig i Ishøj Cykelklub. En anden frivillig kalder mig "ping-pong" og laver skæve øjne. Klubben er under kommunens foreningspolitik – hvem klager man til?

Mvh Thomas Nielsen""")

M("", """Hej

Vi holder fredagsbar i Ishøj Rugbyklub for medlemmer fredag kl. 20.00. Må vi sælge øl i klubhuset, som kommunen ejer? Depositum for nøglen er betalt til reg.nr. 5301 konto 0246813579.

Mvh Ishøj Rugby, kasserer""")

M("b", """Kære Kristian

Du spurgte på mødet hvem der var medlem af partiet. Jeg er ikke medlem, men jeg har altid stemt på Socialdemokratiet og vil gerne hjælpe med valgkampen. Hvad kan jeg gøre?

Mvh Helle Dam""")

M("s", """Hej

Jeg er aseksuel og har aldrig haft en kæreste, og det er helt fint. Men jeg blev ret ked af at jeres plakat for singlearrangementet i Kulturhuset siger "alle drømmer om kærlighed". Måske kunne man formulere det lidt bredere næste gang?

Hilsen
Sofie""")

M("u", """Hej

Jeg er medlem af Dansk Journalistforbund og freelancer. Jeg har skrevet til kommunens kommunikationsafdeling tre gange om betaling for min artikel i Ishøj Nyt fra marts. Nu beder jeg udvalget om hjælp.

Mvh Line Rask""")

M("", """Hej

Hvorfor har Ishøj Kommune ikke en Pride-flagstang som Vallensbæk? Det ville være et godt signal.

Mvh Helene""")

M("t", """Hej

Jeg er dansker af pakistansk afstamning, og min søn spiller cricket i Ishøj Cricket Club. Klubben har fået at vide at banen skal bruges til parkering under sommerfesten. Det er den eneste cricketbane i kommunen!

Venlig hilsen
Imran Chaudhry""")

M("b", """Hej

Jeg er medlem af Nye Borgerlige og vil gerne have en stand på Ishøj Store Torv i valgkampen. Hvordan søger jeg, og hvor mange m² må standen være?

Mvh Ronny Holst""")

M("", """Hej Kultur

Tak for en fantastisk Sankt Hans-aften ved Ishøj Strand. Båltalen var god, og det var dejligt at se så mange forskellige mennesker.

Mvh en glad borger""")

M("s", """Hej

Min datter Ida og hendes kone Mia bor i Ishøj og har lige fået en lille dreng. Jeg vil gerne give dem et års medlemskab til svømmehallen som familiekort. Kan man købe det som gave?

Venlig hilsen
Bodil Winther""")

M("u", """Hej

Jeg er ansat i Ishøj Idrætscenter og TR for 3F. Vi har ikke fået udleveret sikkerhedssko i to år, og det står i aftalen. Jeg har spurgt min leder uden svar.

Mvh Henrik Lund""")

M("b", """Hej Ishøj Kommune

Min mor er medlem af Mosaisk Trossamfund og går i synagogen i Krystalgade hver sabbat. Hun vil gerne have at der står en menorah ved juletræet på Ishøj Torv, som de gør i andre kommuner. Hvem kan man foreslå det til?

Mvh David Levin""")
