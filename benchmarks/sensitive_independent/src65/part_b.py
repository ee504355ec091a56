"""corpus65 part B: to council members, the mayor and the mayor's PA about appeals,
Ankestyrelsen, aktindsigt and political views; hard negatives on policy."""
from common import M

M("heb", """Kære Maria Lund

Jeg er selv medlem af Socialdemokratiet i Ishøj og har stemt på dig to gange, så jeg
håber du vil læse det her. Min mor har Parkinson og har fået afslag på en plads i
dagcenteret. Hun sidder alene hele dagen, og min far på 86 kan ikke klare det længere.
Vi har klaget til Ankestyrelsen, men det tager et halvt år.

Kan du ikke bare tage det op i udvalget?

Venlig hilsen
Helle Bjerregaard""")

M("", """Til byrådsmedlem Jens Krogh

Jeg synes det er en skandale at Ankestyrelsen omgør så mange af kommunens afgørelser på
handicapområdet. Jeg læste i avisen at det er hver tredje. Hvad vil I politikere gøre ved
det? Det kan ikke passe at borgerne skal klage for at få deres ret.

Med venlig hilsen
Vibeke Storm""")

M("eh", """Til borgmesteren

Min søn Jonas er 26 og har været misbruger af kokain og hash i seks år. Han har selv bedt
om døgnbehandling, men kommunen vil kun tilbyde ambulant behandling to gange om ugen. Det
har han prøvet to gange og det virker ikke. Han bor hos os igen fordi han har mistet sin
lejlighed.

Jeg beder dig ikke om at ændre noget, jeg ved godt at du ikke må. Men nogen må lytte.

Med venlig hilsen
Dorthe Mortensen
Ishøj Landsby""")

M("", """Kære borgmester

Vi er en gruppe forældre fra Vibeholmskolen, som er meget bekymrede for trafikken på
Vejlebrovej om morgenen. Bilerne kører alt for stærkt, og der mangler et fodgængerfelt ved
hallen. Vi har samlet 212 underskrifter, som vedlægges.

På vegne af forældregruppen
Tina Hvid""")

M("tb", """Hej Ahmed Hussein

Jeg skriver til dig fordi du også er muslim og kender problemet. Jeg er selv somalisk
muslim og bruger tørklæde. Jeg har søgt job som hjemmehjælper tre gange i kommunen og
er blevet afvist hver gang, selvom jeg har uddannelsen. Sidst sagde lederen til samtalen
at "borgerne måske vil blive utrygge". Kan du hjælpe mig med hvem jeg kan klage til?

Hilsen Hodan""")

M("e", """Til Ishøj Byråd, att. Susanne Holm (V)

Jeg har bedt om aktindsigt i min egen sag om kontanthjælp for over 2 måneder siden og har
stadig ikke fået noget. Jeg ved at loven siger 7 arbejdsdage. Kan du spørge til hvorfor
det tager så lang tid? Jeg vil ikke have at du kigger i min sag, bare at nogen rykker.

Venlig hilsen
Ronni Sørensen""")

M("", """Kære Mette Friis (Ø)

Tak for dit indlæg i byrådet om tilgængelighed. Jeg er helt enig i at det er for dårligt
at der stadig ikke er elevator på biblioteket. Bliv ved med at tage det op.

Mvh en borger der følger med""")

M("pe", """Kære borgmester

Vores hus på Tranegilde Strandvej skal på tvangsauktion den 3. december. Vi er kommet i
restance med lånet efter jeg blev fyret fra Novo, og banken vil ikke vente længere.
Vi har to børn i skole her. Er der noget kommunen kan gøre? Kan man få hjælp til at
købe tid, eller kan kommunen købe huset?

Med venlig hilsen
Kenneth og Lisbeth Aagaard""")

M("su", """Hej Lars

Jeg er tillidsrepræsentant for 3F'erne på materielgården, og jeg vil bare orientere dig om at
en af vores folk, en ung fyr, er blevet kaldt "bøssekarl" og værre af sin formand i månedsvis.
Han har selv bedt mig om at tage det videre. Han er homo og har været åben om det fra første dag.
Han er medlem hos os. Vi tager det med HR, men jeg synes politikerne skal vide det.

Hilsen
Brian, TR 3F""")

M("", """Til borgmesterens kontor

Hvornår behandler byrådet forslaget om at nedlægge de to beskyttede værkstedspladser i
Vejleåparken? Det var på dagsordenen i Social- og Sundhedsudvalget i august, men jeg kan
ikke finde referatet.

Venlig hilsen
Jens Olesen""")

M("eh", """Til byrådsmedlem Pia Thomsen

Min bror er 41 og har været alkoholiker hele sit voksne liv. Han drikker to flasker vodka
om dagen. Han har ingen bolig og sover hos forskellige venner. Vi har bedt kommunen om hjælp
til en plads på et forsorgshjem, men han står på venteliste. Jeg er bange for at han dør i vinter.

Jeg ved ikke hvem jeg ellers skal skrive til.

Hilsen Connie""")

M("hs", """Hi,

I am writing to you in English as my Danish is not yet good enough. My wife Sarah and I are
a lesbian couple who moved to Ishøj last year. Sarah is pregnant and due in February. We
were told at the health visitor that the forms only have room for "mother" and "father".
This is a small thing, but it made us feel unwelcome. Could the council update the forms?

Best regards,
Emma Collins""")

M("", """Kære Kristian

Som formand for Børne- og Skoleudvalget vil jeg gerne spørge: hvor mange børn i Ishøj har
fået afslag på specialskole i år, og hvor mange af afgørelserne er blevet ændret af
Ankestyrelsen? Jeg er bestyrelsesmedlem i en forældreforening og vi har brug for tallene.

Mvh
Line Ravn""")

M("heu", """Kære Hans Erik (F)

Jeg er formand for FOA's lokale klub i hjemmeplejen, men jeg skriver som privatperson.
Jeg har selv været sygemeldt med en diskusprolaps siden april og fik i går et brev fra jobcentret om
at jeg skal i arbejdsprøvning, selvom lægen siger nej. Jeg synes det er helt forkert og
vil klage, men jeg vil gerne have at politikerne ser hvordan systemet behandler folk.

Venlig hilsen
Annette Winther""")

M("", """Til byrådet

Jeg vil protestere mod de nye parkeringsregler ved Ishøj Station. To timers parkering er
alt for lidt for folk der pendler. Hvorfor er det ikke blevet sendt i høring? Det er
vores penge der betaler for P-pladserne.

Mvh.
Per Damgaard""")

M("heb", """Hej Sofie

Jeg har været aktiv i Enhedslisten i mange år og har delt løbesedler med dig. Derfor tør
jeg godt skrive: min nevø er anbragt på en institution i Jylland, og hans mor (min søster)
får kun lov at se ham hver 4. uge under opsyn. Hun er ude af misbruget nu. Hvordan kan hun
få sagen genoptaget? Vi har ikke råd til advokat.

Kærlig hilsen
Jesper""")

M("", """Kære borgmester

Jeg vil rose medarbejderne i Borgerservice for den hjælp jeg fik med min NemID-sag i sidste
uge. Det var en ung mand ved skranke 3 som var meget tålmodig. Det skal han have ros for.

Venlig hilsen
Ingrid""")

M("t", """Til byrådsmedlem Tobias Nielsen

Jeg er sort og har boet i Ishøj siden jeg var 4. I lørdags blev jeg smidt ud af svømmehallen
af en vagt, fordi jeg "lignede en der ville lave ballade". Min hvide ven som var med fik lov
at blive. Der er kameraer, så det kan kontrolleres. Jeg har klaget til hallen, men de svarer
ikke. Det her er racisme og I skal vide det.

Daniel, 19""")

M("", """Kære byrådsmedlemmer

Handicaporganisationen Lev i Ishøj sender hermed vores høringssvar til budgettet. Vi er
bekymrede for besparelserne på bostøtte og aflastning, som vil ramme de mest sårbare
familier. Vi opfordrer byrådet til at fastholde rammen fra 2025.

Med venlig hilsen
Lev Ishøj, bestyrelsen""")

M("ep", """Kære Susanne Holm

Min mor er flyttet på plejehjem, og vi skal sælge hendes andelslejlighed i Ishøj Strand for at
betale. Der er en køber, men foreningen vil ikke godkende prisen, og køberen truer med at trække
sig. Imens betaler mor både husleje på plejehjemmet og boligafgift. Det går ikke i længden.
Kan kommunen hjælpe med en udsættelse af egenbetalingen?

Med venlig hilsen
Karina Dalsgaard""")

M("s", """Hej Mads

Jeg er bi og har lige været til møde i ungdomsskolen, hvor en underviser sagde at
biseksuelle "bare ikke har bestemt sig endnu". Det var foran hele klassen. Jeg har ikke
sagt det til mine forældre, så send venligst ikke noget hjem. Jeg ville bare sige det
til en politiker.

anonym, 16 år""")

M("he", """Til Borgmesterens PA

Jeg vil gerne have et møde med borgmesteren om min datter Ida, som har cerebral parese og
har fået afslag på en ny kommunikationscomputer. Hun kan ikke tale, og den gamle virker
ikke mere. Vi har klaget for 11 uger siden og intet hørt.

Ida: [[120312-4438]]
Min: [[040779-2216]]

Med venlig hilsen
Camilla Brix""")

M("", """Kære borgmester

Ishøj Kommune har bevilget 2,3 mio. kr. til et nyt aktivitetshus for borgere med psykiske
lidelser. Det er godt, men hvornår åbner det? Der stod i sommer i avisen at det ville
åbne 1. oktober, men det er stadig lukket.

Mvh Bo Henriksen""")

M("tb", """Kære Ahmed

Jeg er kurder fra Syrien og kristen. I min blok bliver jeg kaldt "vantro" af nogle unge
drenge og der er tegnet kors med streg over på min dør. Jeg har meldt det til politiet,
men boligselskabet siger det er kommunens sag. Kan du hjælpe mig at finde den rigtige?

Med venlig hilsen
Nadim""")

M("", """Til Ishøj Byråd

Jeg vil foreslå at byrådsmøderne bliver tegnsprogstolket og tekstet, så døve og
hørehæmmede kan følge med. Det gør flere andre kommuner allerede. Det vil ikke koste
meget og vil vise at Ishøj tager tilgængelighed alvorligt.

Venlig hilsen
Jonna Bak""")

M("he", """Kære Kristian Madsen

Min svigerinde har spiseforstyrrelse og vejer 38 kilo. Hun er 22. Psykiatrien siger at hun
ikke er syg nok til indlæggelse og kommunen siger det er regionens opgave. Imens sidder
hun derhjemme og bliver tyndere. Hun har søgt om et dagtilbud men fik afslag i sidste uge.
Hvem har ansvaret?

Med venlig hilsen
Frederik""")

M("p", """Til borgmesteren

Vi har fået et bud på vores parcelhus på Ishøj Parkvej, men købers bank kræver at kommunen
bekræfter at den ulovlige tilbygning fra 1986 er lovliggjort. Vi har søgt om det i maj og
har ikke fået noget svar. Handlen falder på gulvet hvis vi ikke har papiret inden den 15.

Med venlig hilsen
Per og Randi Nyholm""")

M("", """Hej Jens

Kan du fortælle mig hvordan man bliver medlem af Handicaprådet? Jeg har selv været med
i mange år i en landsforening, og jeg vil gerne bidrage lokalt.

Hilsen Ulla""")

M("bu", """Kære Morten (K)

Jeg er medlem af Konservative og også af Dansk Metal, og jeg er sikker på at du kender
min holdning til brugerbetaling. Men nu handler det om noget andet: jeg har søgt om
aktindsigt i kommunens aftaler med vagtfirmaet på genbrugspladsen og har fået afslag med
begrundelsen "forretningshemmeligheder". Det synes jeg lugter. Kan du rejse det?

Mvh Leif""")

M("ehs", """Hej Mette F

Jeg skriver til dig fordi jeg kan se at du går op i LGBT+-rettigheder. Min kæreste Jonas og
jeg er to mænd, og vi har været sammen i 3 år. Han har svær depression og har ikke kunnet
arbejde i et år. Han fik afslag på ressourceforløb og skal nu tilbage på kontanthjælp, hvor
han mister det meste af sin indtægt fordi han bor med mig. Jeg er ved at gå ned med stress.

Mvh Simon""")

M("", """Til byrådsmedlemmerne

Hvorfor er der ikke et tilbud om gratis psykolog til unge mellem 18 og 25 i Ishøj, når
flere nabokommuner har det? Jeg har læst at 1 ud af 5 unge har angst eller depression.
Det er en politisk prioritering.

Venlig hilsen
Kirsten Lauritzen, pensioneret skolelærer""")

M("eu", """Kære borgmester

Jeg henvender mig som tillidsrepræsentant i BUPL for pædagogerne i Ishøj. En af vores
medlemmer er blevet opsagt efter 18 år, og hun har ikke fået det skriftligt. Hun har nu
meldt sig ledig og ved ikke om hun kan få dagpenge. Vi beder om et møde.

Med venlig hilsen
Gitte Hald
TR, BUPL""")

M("", """Kære Tobias

Vi har haft problemer med rotter i gården i Ishøj Strandpark i to måneder. Boligselskabet
siger det er kommunens skadedyrsbekæmpelse, og kommunen siger det er boligselskabets.
Imens løber de rundt ved sandkassen. Det er en farce.

Hilsen Lene, blok 4""")

M("et", """Til borgmesteren

Jeg er tyrkisk og fik afslag på at min mor fra Tyrkiet kan bo hos mig, fordi jeg har
modtaget kontanthjælp inden for de sidste 3 år. Men jeg arbejder fuld tid nu. Jeg har
klaget til Udlændingestyrelsen. Kan kommunen skrive et brev om at jeg er i job?

Med venlig hilsen
Emre Yıldız
CPR: [[160288 1145]]""")

M("", """Kære Maria

Tak for et godt borgermøde om ældreplanen i torsdags. Jeg savnede dog at I talte om
pårørende. Mange af os pårørende føler at vi bliver glemt. Kunne I lave et møde kun om det?

Venlig hilsen
Frank Hjort""")

M("hep", """Til Borgmesteren og Social- og Sundhedsudvalgets formand

Jeg har ALS og har fået bevilget boligændringer: en rampe og et nyt badeværelse. Men så
siger kommunen at de kræver tilbagebetaling, hvis vi sælger huset inden for 5 år. Vi har
fået et bud på huset nu, fordi vi alligevel skal flytte i en plejebolig inden længe. Det er
urimeligt at vi skal betale tilbage.

Jeg kan kun skrive med øjenstyring, så undskyld hvis sproget er kort.

Hans Kjeldsen
[[290958-1735]]""")

M("b", """Kære Lars

Jeg er humanist og medlem af Humanistisk Samfund. Jeg synes det er forkert at der bliver
holdt gudstjeneste i byrådssalen til jul, når det er en fælles sal for alle borgere.
Det strider mod min overbevisning at kommunen blander sig. Vil du tage det op?

Hilsen Sune""")

M("", """Kære udvalgsformand

Sagsbehandlingstiderne på byggesager er nu oppe på 20 uger ifølge kommunens egen
hjemmeside. Hvad gør udvalget for at få dem ned? Vi er flere erhvervsdrivende, som venter
på tilladelser og taber penge hver uge. CVR 38291044.

Med venlig hilsen
Torben Lykke, Lykke Byg ApS""")

M("eht", """Til byrådsmedlem Ahmed Hussein

Min far er fra Pakistan og taler kun urdu. Han har demens og bor på plejecenteret. Personalet
taler ikke med ham, fordi han ikke forstår, og de har ikke en eneste gang bestilt tolk. Han
er bange og ensom. Vi har klaget til centret men de siger at det er for dyrt.

Venlig hilsen
Sana Iqbal""")

M("", """Hej

Jeg forstår ikke hvorfor kommunen skal have 6 måneder til at svare på en klage om
vejbelysning. Lygterne på stien mellem Ishøj Centret og stationen har været slukket siden
august, og det er mørkt og utrygt. Sagsnr. 26/08817.

Mvh en træt cyklist""")

M("hb", """Kære Pia

Vi er katolikker og vores søn på 15 har en kronisk tarmsygdom. Han må ikke få gluten og
skal have særlig kost. Skolen serverer nu mad, og de siger at de ikke kan tage hensyn, men
de tager jo hensyn til de muslimske elever. Vi vil ikke have særbehandling, bare det samme.

Venlig hilsen
Anna og Mikael Nowak""")

M("hu", """Kære Jens Krogh

Jeg er tillidsrepræsentant for HK på rådhuset og har selv været på kræftbehandling i år. Jeg
vil bare sige tak for at byrådet holdt fast i at ansatte kan gå ned i tid under behandling uden
at miste pension. Det har betydet alt for mig.

Venlig hilsen
Merete Kold""")

M("et", """Hej Pia

Min nabo er fra Ghana og er blevet sat ud af sin lejlighed i sidste uge, fordi han skyldte
husleje i tre måneder. Han sover nu i opgangen. Han har ikke selv en computer, men har bedt mig
skrive. Hvem i kommunen skal han tale med om en akutbolig?

Hilsen Bo fra opgang 6""")
