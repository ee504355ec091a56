"""corpus69, part e: elderly immigrants, interpreters, origin and faith in old age."""
from common import M

M("te", """Til visitationen

Min far er 79 og kom fra Pakistan i 1971. Han har fået tilbudt en samtale om hjemmehjælp på torsdag, men han taler kun urdu. Sidst kom der en tolk der talte hindi, og han forstod næsten ingenting. Kan I bestille en urdu-tolk denne gang?

Mvh
Imran Chaudhry""")

M("", """Hej

Hvor mange tolketimer bruger hjemmeplejen om året, og hvilke sprog er de mest brugte? Jeg er studerende og skriver opgave om tolkning i ældreplejen.

Venlig hilsen
Maja""")

M("t", """Kære Jens

Jeg er 72 og kom til Danmark fra Chile som flygtning i 1975. Ishøj har været mit hjem i 45 år. Jeg vil gerne takke kommunen for den nye seniorklub på Vejleåparken, hvor vi gamle fra Latinamerika kan mødes og tale spansk.

Con cariño,
Rosa""")

M("", """Til Center for Voksne og Velfærd

Kan man få en tolk med til et møde i visitationen? Jeg spørger for en ven, der ikke er så god til dansk. Hvordan bestiller man, og koster det noget?

Mvh Ali""")

M("teh", """Hej

Min mor er tyrkisk og har boet i Danmark i 50 år, men efter sin blodprop har hun mistet sit danske. Hun taler kun tyrkisk nu. På plejecentret kan ingen tale med hende, og hun græder hver dag. Kunne man ikke have en tyrkisktalende medarbejder på hendes afdeling? Der bor flere tyrkiske ældre.

Venlig hilsen
Ayşe Demir""")

M("", """Hej Helle,

Hvordan er fordelingen af ældre med anden etnisk baggrund end dansk i Ishøj? Jeg har hørt at vi har en af de højeste andele i landet. Hvad gør kommunen for at tilpasse ældreplejen?

Mvh
Steen Holm, medlem af Ældrerådet""")

M("tbe", """Kære formand for Social- og Seniorudvalget

Min farmor er fra Marokko og er 86. Hun er muslim og beder fem gange om dagen, og hun faster stadig i ramadanen, selv om lægen siger hun ikke skal. Hun bor på Torslundehuset. Personalet er søde, men de forstår ikke hvorfor hun ikke vil spise om dagen. Kunne de få et kursus i det?

Venlig hilsen
Nadia""")

M("", """Til hovedpostkassen

Jeg underviser på Sprogcenter Vestegnen i dansk for ældre indvandrere. Kunne kommunen tænke sig at holde et informationsmøde hos os om hjemmehjælp og plejeboliger? Vi har en stor gruppe over 60.

Venlig hilsen
Anne Thomsen, lærer""")

M("t", """Hej Kim

Min far er fra Eritrea og min mor fra Etiopien. De taler tigrinya og amharisk derhjemme, og de er ved at være gamle. Jeg vil bare vide: findes der materiale om ældrepleje på deres sprog? De er bange for at komme på plejehjem fordi de ikke forstår noget.

Mvh
Yonas""")

M("", """Hej,

Vi er en frivillig forening der laver mad til ældre fra Mellemøsten i Ishøj, og vi vil gerne søge § 79-midler til vores madklub. Hvornår er ansøgningsfristen?

Mvh
Foreningen Fælles Bord""")

M("te", """Kære borgerrådgiver

Min mor og far er begge fra Vietnam og fik folkepension fra 2015. Nu har Udbetaling Danmark skåret deres pension ned, fordi de ikke har boet i Danmark i 40 år, men det sagde kommunen ikke dengang. De har kun 6.000 kr om måneden hver. Kan I vejlede mig i hvordan jeg klager?

Venlig hilsen
Thanh Nguyen""")

M("", """Hi,

Does the municipality offer Danish lessons for retired people who moved here late in life? My neighbour asked me to find out. She is 68.

Thank you,
Sarah""")

M("thbe", """Hej

min morfar er kurder fra syrien og er yezidi. han har demens og har fået plads på plejecentret, men han bliver meget bange når der kommer mandlige hjælpere med skæg, for han tror det er isis. vi har sagt det til personalet. men det sker igen og igen. hvad kan i gøre?

Dilan""")

M("", """Til borgmesterens PA

Vil borgmesteren holde tale til ældredagen i Ishøj Moské? Vi afholder den 3. oktober, der kommer ca. 150 ældre og deres familier. Moskeens bestyrelse står for arrangementet.

Venlig hilsen
Bestyrelsen, Ishøj Moské""")

M("te", """Til hjemmeplejen

Min mor taler kun arabisk og har ikke forstået, at hendes hjemmehjælp er ændret fra torsdag til mandag. Hun har siddet og ventet i tre torsdage. Kan I skrive det til hende på arabisk, eller ringe til mig?

Mvh Khaled, søn
Tlf. 51 24 93 88""")

M("", """Hej

Jeg er tolk (arabisk og kurdisk) og har ofte opgaver i ældreplejen. Jeg vil gerne klage over at tolkefirmaet betaler os for lidt til at tage transporten til plejecentrene. Er det kommunen eller firmaet der fastsætter honoraret?

Mvh
Layla, freelance tolk""")

M("tb", """Kære udvalgsformand

Jeg er 74 år og kom som gæstearbejder fra Jugoslavien i 1969. Jeg er muslim fra Bosnien og har været med til at stifte den første moské i Ishøj. Nu hører jeg at kommunen vil lukke seniorklubben i kulturhuset, hvor vi ældre bosniere mødes. Hvorfor?

Venlig hilsen
Mehmed Hodžić""")

M("", """Til Center for Voksne og Velfærd

Tilbyder kommunen halal-mad i madordningen? Jeg spørger generelt, fordi jeg sidder i Ældrerådet og vi har fået spørgsmålet flere gange.

Mvh
Bodil""")

M("tbe", """Hej,

Min farfar er sikh fra Punjab og er nu på plejehjem i Ishøj. Han bærer turban og har langt hår og skæg. Plejerne har sagt at han skal klippes fordi det er svært at vaske. Det kan han ikke, det er hans tro. Kan I gøre noget?

Mvh Gurpreet""")

M("", """Hej Lars,

Der er ved at blive opført et nyt tyrkisk kulturhus i Ishøj. Får det kommunalt tilskud? Jeg spørger som skatteyder.

Venlig hilsen
Hans""")

M("teh", """Til Center for Beskæftigelse og Erhverv

Jeg er 63 og kom til Danmark fra Somalia som flygtning. Jeg har været ledig i tre år og er på kontanthjælp. Nu siger jobcentret at jeg skal i praktik, men mine knæ kan ikke. Kan jeg ikke bare få lov at vente til pensionen?

Mvh
Hodan Ali""")

M("", """Hej,

Hvor mange ældre med indvandrerbaggrund bor på kommunens plejecentre? Jeg laver en undersøgelse for Ældre Sagen om ensomhed blandt ældre indvandrere. Anonymiserede tal er fint.

Mvh
Trine Kofoed""")

M("tu", """Kære borgmester,

Jeg er 70, født i Tyrkiet, og har arbejdet på Carlsberg i 32 år. Jeg har været i 3F og tillidsmand i mange år. Nu er jeg pensionist og vil gerne hjælpe andre ældre tyrkere i Ishøj med at forstå deres pension. Kan kommunen bruge en frivillig som mig?

Venlig hilsen
Mustafa Kaya""")

M("", """Til borgerrådgiveren

Jeg vil gerne klage over, at kommunens breve om ældrecheck kun er på dansk. Mange ældre i Ishøj kan ikke læse dansk godt. Det er ikke for min egen skyld, jeg klarer mig fint.

Mvh
Ahmad""")

M("tbh", """Hej

Min svigerfar er hinduist fra Sri Lanka. Han fik et slagtilfælde i januar og har nu svært ved at tale. Han har altid holdt sig vegetar af religiøse grunde, men på hospitalet får han kød. Vi har sagt det flere gange.

Mvh
Anita Sivakumar""")

M("", """Hej,

Jeg vil gerne spørge om kommunens tilbud om tolk også gælder når man er hos den praktiserende læge? Det er et generelt spørgsmål fra vores integrationsråd.

Venlig hilsen
Integrationsrådet""")

M("te", """Kære Bente

Vi er en ældre familie fra Polen. Min mand arbejdede i Danmark i 25 år, og nu er vi begge pensionister og bor i en lille lejlighed i Ishøj. Vi har søgt boligstøtte og fået afslag. Vi forstår ikke brevet. Kan du hjælpe?

Z poważaniem,
Krystyna Kowalczyk""")

M("tb", """hej

jeg er jøde og vokset op i Israel, nu 78 og bor alene i Ishøj. jeg vil bare spørge om der er andre jødiske ældre i kommunen at mødes med? jeg er ensom. det er ikke nemt at finde andre her.

Miriam""")

M("", """Til Center for Voksne og Velfærd

Vi er en gruppe pårørende som gerne vil arrangere en Eid-fest for beboerne på Ishøj Plejecenter med musik og mad. Hvornår kan vi låne fællesstuen? Alle beboere er velkomne.

Mvh
Pårørendegruppen""")

M("teh", """Hej

Min mor er iraner og kom hertil i 1986. Hun har nu Parkinson og kan ikke gå på toilettet selv. Hun har fået en toiletforhøjer fra kommunen, men den er for høj. Kan man få en anden?

Mvh
Shirin Karimi""")

M("tbs", """Kære Anne,

Jeg er 69 og homoseksuel, og jeg kom til Danmark fra Iran i 1988 fordi jeg ikke kunne leve som mig selv dernede. Jeg er også ateist. Jeg skriver fordi jeg har hørt at kommunen vil lave en regnbueklub for ældre LGBT+-personer. Jeg vil gerne være med.

Venlig hilsen
Reza""")

M("te", """Hej

Jeg skal på besøg hos min ven på Torslundehuset. Han er fra Gambia og har ingen familie her. Må jeg tage mad med udefra?

Vh Ole""")

M("tehu", """Til hjemmeplejen

Min far er fra Grækenland og har boet i Danmark siden 1967. Han var medlem af Dansk Metal hele sit arbejdsliv. Nu har han fået diabetes og hjemmeplejen kommer tre gange om dagen. Han har sagt til mig at en af hjælperne har kaldt ham "græker-svin". Det skal I undersøge.

Med venlig hilsen
Nikos Papadopoulos jr.""")

M("", """Til Social- og Seniorudvalget

Vi foreslår, at kommunen laver en seniorcafé i Vejleåparken med fokus på ældre fra mange forskellige lande. Vi er en frivillig gruppe fra Dansk Flygtningehjælp og har allerede lokaler.

Med venlig hilsen
Dansk Flygtningehjælp Ishøj""")

M("te", """Kære borgerrådgiver

Min bedstemor fra Libanon har fået et brev fra kommunen om at hendes madordning stopper. Hun kan ikke læse dansk. Vi ved ikke hvorfor. Hun spiser kun den mad hun får bragt. Hvad skal vi gøre?

Mvh
Hussein""")

M("b", """Hej

Jeg har været medlem af Enhedslisten siden den blev dannet og er nu 80. Jeg vil gerne sige at jeg er glad for at kommunen har valgt at give ældrechecken videre til de fattigste. Men I skal også huske dem der står lige over grænsen.

Vh Ebbe""")

M("", """Hi,

I'm looking for information on whether elderly EU citizens in Ishøj can get home care in the same way as Danes. I'm writing for a Polish-language newsletter in Copenhagen.

Regards,
Piotr""")
