"""corpus65 part D: complaints about discrimination by staff (origin, faith,
orientation) and union representatives writing on a member's behalf."""
from common import M

M("tb", """Til Borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice. Da jeg kom for at få nyt sundhedskort
til min datter, sagde hun højt til sin kollega: "Det er altid de samme med tørklæderne,
der ikke kan finde ud af det." Jeg bærer tørklæde fordi jeg er muslim, og jeg er født i
Libanon, men jeg har boet her i 25 år og taler perfekt dansk. Det var ydmygende.

Venlig hilsen
Rania El-Khatib""")

M("u", """Kære borgmester

Som tillidsrepræsentant for HK'erne i Borgerservice vil jeg gerne gøre opmærksom på, at vores
medlemmer oplever flere trusler fra borgere. I sidste uge blev en kollega truet med en kniv.
Vi ønsker et møde om sikkerheden ved skranken.

Med venlig hilsen
Pernille Borg, TR, HK Kommunal""")

M("", """Til Borgerrådgiveren

Har kommunen en politik mod diskrimination? Jeg leder efter et dokument, der beskriver hvad
medarbejderne må og ikke må sige til borgerne om f.eks. religion og herkomst. Jeg kan ikke
finde det på hjemmesiden.

Mvh Torben Kastrup""")

M("s", """Hej borgerrådgiver

Jeg vil gerne klage over en pædagog i vuggestuen Solsikken. Min kone Louise og jeg har en søn
på 2, og pædagogen spurgte i garderoben foran andre forældre, "hvem af jer er den rigtige
mor". Hun har også sagt til vores søn at han "mangler en far". Vi vil gerne have at lederen
tager en snak med hende.

Venlig hilsen
Sara Dyhr""")

M("et", """Kære borgerrådgiver

Jeg er fra Gambia. Jeg fik et brev om at min boligstøtte er stoppet fordi jeg "ikke har
dokumenteret indtægten". Jeg var på kontoret og afleverede lønsedlerne, og manden ved
skranken sagde "I afrikanere har altid papirerne i uorden". Han tog ikke imod papirerne.
Jeg har vidne.

Lamin Jallow""")

M("", """Hej

Er det muligt at få en tolk til et møde med kommunen hvis man ikke taler dansk? Hvad koster
det, og hvordan bestiller man? Jeg spørger for vores forening, der hjælper nyankomne.

Med venlig hilsen
Frivilligcentret""")

M("esu", """Til Borgerrådgiveren

Jeg er FOA-medlem og arbejder i hjemmeplejen i en anden kommune, men jeg bor i Ishøj.
Da jeg søgte om at få min mand Henrik registreret som pårørende til min mor på
plejecentret, sagde sekretæren at "det kun kan være ægtefæller". Jeg fortalte at vi er gift,
og så kiggede hun mærkeligt og sagde "nå, jamen så". Det er ikke i orden i 2026.

Venlig hilsen
Jesper Kold""")

M("", """Kære borgerrådgiver,

Kan I fortælle hvor mange klager over diskrimination I fik i 2025, og hvilke centre de
handlede om? Vi er en antiracistisk forening og laver en årlig rapport.

Med venlig hilsen
SOS mod Racisme, Københavns Vestegn""")

M("tb", """Kære Ishøj Kommune

Jeg er sikh og bærer turban. Jeg var på genbrugspladsen i lørdags, og en medarbejder kaldte
mig "Osama" og grinede med sin kollega. Jeg har betalt skat i Ishøj i 17 år og er født i
Punjab. Jeg forventer en undskyldning.

Gurpreet Singh""")

M("eu", """Til Center for Beskæftigelse og Erhverv

Jeg skriver på vegne af vores medlem Johnny Pedersen, som har givet fuldmagt til Dansk Metal.
Han er blevet opsagt efter 22 år og har modtaget et brev fra jobcentret om at han skal til
samtale i morgen, selvom han endnu ikke er ledig. Vi beder om at samtalen flyttes.

Med venlig hilsen
Jørn Mikkelsen, tillidsrepræsentant og medlem af klubbestyrelsen
Dansk Metal Køge Bugt""")

M("est", """hej

jeg er 17 og kommer fra afghanistan. jeg er homo men det ved min familie ikke. min
støtte-kontaktperson fra kommunen sagde til en kollega at jeg "ikke må opføre mig så feminint".
jeg hørte det. jeg vil ikke have hende mere. men i må ikke fortælle noget til min familie.

A.""")

M("", """Til Center for Børn og Forebyggelse

Vi er forældrebestyrelsen i Regnbuen Børnehus. Vi vil gerne have et oplæg for personalet om
forskellige familieformer, f.eks. regnbuefamilier og familier med anden etnisk baggrund.
Kan kommunen betale for en oplægsholder?

Mvh Bestyrelsen""")

M("bt", """Til borgerrådgiveren

Vi er jøder og vores søn har fået at vide af en lærer på Strandgårdskolen at han ikke skal gå
med kippa i skolen "af sikkerhedsgrunde". Han er 11 og er stolt af det. Vi vil gerne vide,
om skolen overhovedet må bestemme det, og om lærerens tone var i orden.

Venlig hilsen
David og Ruth Levin""")

M("u", """Kære borgmester

Jeg er tillidsrepræsentant for Danmarks Lærerforening på Vejlebroskolen. Lærerne har nu i tre
uger ikke kunnet bruge lokalerne i fløj B på grund af skimmel. Vi ønsker klar besked om
hvornår der bliver gjort noget.

Med venlig hilsen
Sanne Falk, TR, DLF""")

M("", """Hej borgerrådgiver

Jeg har været til et møde i kommunen med en sagsbehandler som var fantastisk. Hun talte langsomt,
spurgte om jeg forstod, og skrev det vigtigste ned. Kan man rose hende et sted?

Hilsen Niels""")

M("tbe", """Til Borgerrådgiveren

Jeg er palæstinenser og muslim. Jeg er ledig og var til samtale i jobcentret i mandags. Min
rådgiver spurgte om jeg "støttede Hamas", fordi jeg havde en halskæde med Al-Aqsa. Det er
en diskriminerende og uprofessionel bemærkning. Jeg vil have en anden rådgiver.

Khaled""")

M("", """Kære alle,

Ishøj Pride holder fest på Bytorvet lørdag den 6. juni fra kl. 13. Der er musik, boder og
taler. Kommunen er velkommen til at have en stand. Skriv tilbage hvis I vil være med.

Kærlig hilsen
Arrangørgruppen""")

M("su", """Hej Lars Andersen

Jeg er lesbisk og TR for 3F i rengøringen på rådhuset. Jeg har fået anonyme sedler i mit skab
om at "sådan nogle som dig skal ikke gøre rent på herretoilettet". HR har ikke gjort noget.
Jeg skriver til dig fordi du er formand for Økonomiudvalget.

Mvh Dorte""")

M("t", """Til Ishøj Kommune

Jeg er grønlænder og har boet i Ishøj i 9 år. Da jeg ringede om min søns skolebus, sagde
medarbejderen "I grønlændere ringer altid fulde". Jeg var ikke fuld, det var klokken 10
om formiddagen. Jeg vil gerne have at lederen hører om det.

Naja Lynge""")

M("", """Til hovedpostkassen

Jeg synes det er mærkeligt at kommunen flager med regnbueflaget på rådhuset. Kommunen skal
være neutral. Jeg håber I stopper med det.

Mvh Jørgen""")

M("hb", """Kære borgerrådgiver

Jeg er Jehovas Vidne og skal opereres for en hjertefejl. Jeg har fortalt hjemmesygeplejersken
at jeg ikke modtager blodtransfusion, og hun sagde til mig at "det er jo selvmord". Det gjorde
mig ked af det. Jeg ved det ikke er kommunens operation, men sygeplejersken er kommunens.

Venlig hilsen
Ruth Hansen""")

M("u", """Til Ishøj Kommune

Vi er nogle medlemmer af FOA og 3F der arbejder på Ishøj Plejecenter. Vi har skrevet under
på vedlagte protest mod de nye vagtplaner. Vi ønsker et møde med centerchefen.

20 underskrifter vedlagt""")

M("te", """Kære borgerrådgiver

Jeg har romabaggrund og min familie har fået afslag på boligstøtte, fordi "vi flytter hele
tiden". Vi har boet på samme adresse i 4 år. Jeg synes det er fordomme. Medarbejderen sagde
"I er jo et rejsende folk". Jeg vil klage over det.

Marius""")

M("", """Hej

Jeg er lærer og vil tale med mine elever om diskrimination. Har kommunen nogle materialer eller
tal om klager over diskrimination, som vi kan bruge i undervisningen?

Mvh Anne, Gildbroskolen""")

M("bs", """Til Borgerrådgiveren

Jeg er imam og underviser i moskéen på Vejlebrovej. Min yngste søn har fortalt mig at han er
homoseksuel. Jeg vil gerne have et sted hvor vi kan tale sammen som familie med en neutral
person. Jeg har spurgt på kommunen, men de sendte mig videre tre gange. Hvem er rette sted?

Med venlig hilsen
Mustafa""")

M("eu", """Kære Ishøj Kommune

Jeg skriver på vegne af mit medlem, Birthe Skov, som er ansat i hjemmeplejen og er medlem af
FOA. Hun er kommet i lønindeholdelse fordi kommunen mener hun skylder 23.000 kr. i for meget
udbetalt løn. Hun forsørger to børn alene og har ikke råd til sin husleje nu.

Venlig hilsen
Lone Kjær, FOA-TR""")

M("", """Til borgerrådgiveren

Kan man klage anonymt over en medarbejder? Jeg vil ikke have at personen ved det var mig.
Det er ikke mig selv der er blevet behandlet dårligt, men jeg så noget på et plejecenter.

Hilsen""")

M("htb", """Hej

Jeg er buddhist og fra Thailand. Min mand er dansk og ligger på hospice og skal dø inden
længe. Vi har bedt om at en munk må komme og holde ceremoni på stuen. Lederen sagde nej, fordi
"det lugter af røgelse". Andre familier har præst på besøg. Jeg synes ikke det er lige.

Malai""")

M("su", """Hej Mads

Kan du ikke hjælpe os? Jeg er i HK og min kæreste Morten og jeg har været sammen i 6 år.
Vi har søgt om at blive godkendt som plejefamilie, men sagsbehandleren har spurgt om vi
"har tænkt over hvordan det er for et barn med to fædre". Vi føler os ikke behandlet som
andre ansøgere.

Anders""")

M("", """Kære Center for Voksne og Velfærd

Kan I oplyse, om kommunens personale på plejecentrene får undervisning i at tage hensyn til
beboeres religion og kultur? Jeg spørger som formand for Ældrerådet.

Med venlig hilsen
Poul Lassen""")

M("t", """Til borgerrådgiveren
Min mand er fra Irak og jeg er dansk. Da vi var til møde om vores søns skole sagde
skolelederen kun noget til mig og så ikke på min mand. Da min mand spurgte, sagde hun
"jeg tror din kone forstår det bedre". Min mand er ingeniør og taler godt dansk.
Hilsen Mette Al-Sayed""")

M("eu", """Til Jobcenter Ishøj

Jeg er i 3F's a-kasse og har været ledig siden maj. Jeg var til samtale på jobcentret
og min rådgiver sagde at jeg "nok ikke ville få job fordi jeg er over 60". Er det ikke
aldersdiskrimination? Jeg vil gerne have en anden rådgiver.

Villy Krog, cpr [[020363-1459]]""")

M("", """Hej

Jeg er pensioneret og har boet i Ishøj siden 1971. Jeg synes der er sket meget med byen. Kunne
kommunen ikke lave en udstilling om Ishøjs historie med indvandring og almene boliger? Jeg vil
gerne låne mine gamle fotos ud.

Mvh Erling""")

M("bt", """Kære borgerrådgiver

Jeg er kristen og fra Nigeria. Jeg har søgt om at få vores menighed til at låne kommunens
lokaler om søndagen, og kommunen sagde nej, men andre foreninger får lov. Jeg spurgte hvorfor,
og medarbejderen sagde "I larmer så meget når I synger". Jeg synes det er fordomme om os.

Pastor Emmanuel Okafor""")

M("s", """Kære borgerrådgiver

Jeg er 68 og lesbisk. Jeg bor i ældrebolig og blev til fællesspisning spurgt af en medarbejder
fra aktivitetscentret om jeg "aldrig havde mødt den rette mand". Alle grinede. Jeg har ikke
været dernede siden. Jeg vil bare sige det, så I kan gøre noget ved det.

Inge""")

M("", """Til Ishøj Kommune

Vi vil gerne klage over at der ikke er halal-alternativ til skolemaden på Ishøj Skole. Det
er en fælles skole og mange elever kan ikke spise svinekød. Det er et spørgsmål om respekt.

Forældrerådet, Ishøj Skole""")

M("ut", """Til Borgerrådgiveren

Jeg er TR for Fødevareforbundet NNF på kantinen. En af vores medlemmer, en kvinde fra Vietnam,
er blevet kaldt "ris" af sin leder i månedsvis. Hun tør ikke selv klage. Hun har bedt os
skrive. Vi ønsker at det bliver undersøgt.

Jakob Hein, TR NNF""")

M("", """Hej, hvad er jeres åbningstider i julen? Skal have hjælp til at søge om nyt sygesikringsbevis.
Tak, Kim""")

M("ts", """Hi,

I'm Brazilian and I live in Ishøj with my husband Lucas. We're both men. When we went to
Borgerservice to change my address, the employee said "your wife must also sign". When I
explained, she asked if we were "really married or just partners". It felt humiliating.

Rafael Souza""")

M("bu", """Kære Tobias

Jeg er medlem af Venstre og af Djøf, og jeg vil bare sige at det var en dårlig beslutning
at lukke Ishøj Rådhus' kantine. Det handler ikke om mig, men om medarbejderne. Det vil
du nok høre mere om fra fagforeningerne.

Venlig hilsen
Kasper Winther""")

M("", """Kære Borgerrådgiver

Jeg er leder af et privat plejehjem i Ishøj. Vi vil gerne invitere jer til et møde om
hvordan vi bedst håndterer klager fra pårørende. Vi har ingen konkrete sager, men vil gerne
blive bedre.

Venlig hilsen
Henriette Bloch, forstander""")

M("ht", """Til Ishøj Kommune

Min mor er fra Vietnam og taler kun vietnamesisk. Hun er 81 og har knogleskørhed og har
brækket håndleddet. Hjemmesygeplejersken kommer hver dag, men kan ikke tale med hende, og
de har ikke bestilt tolk til en eneste samtale. Hun forstår ikke hvilken medicin hun får.
Hendes cpr: [[120845 1372]].

Venlig hilsen
Linh Nguyen""")

M("ts", """Til Borgerrådgiveren

Jeg er dansk-thai og gift med min kone Nok. Vi er to kvinder. Da vi skulle skrive vores datter
ind i dagplejen, spurgte dagplejeren: "Hvem af jer er så den thailandske mor, der ikke taler
dansk?" Jeg er født i Hvidovre. Det var pinligt.

Pim Sørensen""")

M("bu", """Hej Lars

Jeg er medlem af Socialdemokratiet og har været TR for 3F på havnen i 12 år. Vi er flere fra
fagbevægelsen der gerne vil mødes med dig om kommunens udbud af rengøring. Kan vi få et møde?

Hilsen Henning Vang""")
