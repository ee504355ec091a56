"""corpus65 part H: mixed complaints and appeals to every kind of addressee, several
categories in one mail, second-language Danish and indirect statements."""
from common import M

M("su", """Hej Kristian

Jeg er tømrer og medlem af 3F, og jeg bor med min kæreste Mikkel i Ishøj Landsby. Vi ville gerne
holde vores bryllupsfest i kommunens festsal, men fik at vide af udlejningen at "den slags fester
plejer vi ikke at have". Vi synes det lugter af diskrimination.

Mvh Rasmus Jeppesen""")

M("hep", """Til Borgerrådgiveren

Min mor er dement og bor på plejehjem. Hendes værge, min bror, har solgt hendes sommerhus ved
Stevns, men handlen er ikke afsluttet, fordi køber venter på et lån. Nu skal plejehjemmet have
betaling, og kommunen truer med inkasso. Vi har bedt om henstand til handlen er på plads.

Venlig hilsen
Lis Krogh""")

M("bt", """Kære Ahmed Hussein

Jeg er alevit og kurdisk fra Tyrkiet. Min datter har fået at vide af en lærer at "alle tyrkere er
muslimer, og så må hun også faste". Det er forkert og hun bliver drillet. Jeg vil have at skolen
taler med læreren.

Med venlig hilsen
Zeynep Aksoy""")

M("he", """Kære borgerrådgiver,
min søster har været sygemeldt med PTSD siden et overfald på jobbet, og hun har fået et brev om at
hun skal i jobafklaringsforløb. Hun har ikke sovet i en uge. Hun kan ikke selv skrive til jer. Hun
har sagt ja til at jeg skriver. Hendes cpr: [[080893-2310]].
Mvh Birgitte""")

M("", """Hej

Hvordan indgiver man en klage over en afgørelse fra Ankestyrelsen? Kan man gå til Ombudsmanden,
eller skal man i retten? Jeg spørger på vegne af Handicaprådets arbejdsgruppe.

Mvh. Inger""")

M("eht", """Til Center for Voksne og Velfærd

Jeg er fra Afghanistan og har været i Danmark i 5 år. Min mor er blind og jeg har søgt om
ledsagelse, så hun kan komme til lægen. Vi har fået afslag, fordi "familien kan hjælpe". Jeg
arbejder om dagen og kan ikke. Jeg vil klage.

Mvh Farid Rahimi
[[120395\u00a01427]]""")

M("ps", """Kære Mette

Min kone Karen og jeg (vi er begge kvinder, hvis det skulle være uklart) har fået et
tilbud på vores rækkehus fra et ungt par. De vil have at vi fjerner en havemur, som kommunen
påstår er ulovlig. Kan vi få en dispensation, før de skriver under?

Hilsen Bodil Vinter""")

M("hu", """Til Borgerrådgiveren

Jeg er TR for Dansk Socialrådgiverforening på jobcentret. Jeg vil ikke klage over noget
konkret, men jeg er selv gået ned med stress og er sygemeldt, og jeg synes at arbejdspresset er
blevet uforsvarligt. Er det noget borgerrådgiveren kan se på?

Karina""")

M("", """Kære byrådsmedlemmer

Jeg vil bare sige at fortovene i Ishøj Strand er umulige at gå på med en rollator. Der er fliser
der stikker op overalt. Det er ikke min egen rollator, men jeg har set så mange ældre falde.

Med venlig hilsen
Jytte""")

M("heb", """Hej borgerrådgiver

Jeg er muslim og bruger tørklæde. Jeg er på revalidering fordi jeg har en rygskade, og
mit praktiksted (via jobcentret) vil have at jeg tager tørklædet af i butikken. Jobcentret
siger at jeg så mister min ydelse hvis jeg stopper. Kan det være rigtigt?

Amina""")

M("ts", """Kære Borgerrådgiver

Jeg er fra Colombia og bor i Ishøj med min kæreste Andrés. Vi er to mænd. Da vi var til møde om
min opholdstilladelse på rådhuset, grinede medarbejderen og spurgte om vi "begge er kvinden".
Jeg vil klage.

Felipe Gómez""")

M("eh", """Hej

Jeg har en broder på 35 med Aspergers og depression, som bor i et botilbud. Han har fået
tvangsflytning til et andet tilbud i Køge uden at blive hørt ordentligt. Han er meget ked af
det, og vi har klaget. Hans cpr er [[2908904215]].

Hilsen Sebastian Kjær""")

M("pu", """Kære borgmester

Jeg er medlem af Dansk Metal og min kone og jeg skal sælge vores hus på Ishøj Landevej. Nu har
vi fået et bud, men kommunen har ikke behandlet vores ansøgning om at flytte indkørslen, som
køberen kræver. Vi har ventet i 10 uger.

Hilsen Kurt Madsen""")

M("", """Hej

Jeg vil klage over at Ishøj Kommune har flyttet åbningstiden i Borgerservice. Nu er der kun
åbent to eftermiddage om ugen. Det er ikke godt for folk der arbejder.

Venlig hilsen
Jan Bøgh""")

M("heu", """Til Center for Beskæftigelse og Erhverv

Jeg er i BUPL og har været sygemeldt med en hjernerystelse siden marts. Mit sygedagpengeforløb
er nu ved at nå revurderingen, og jeg har fået at vide at jeg "nok ikke opfylder kravene". Men
jeg kan stadig kun arbejde 2 timer om dagen. Kan I se på det igen?

Mette Bang
[[191086–1338]]""")

M("sb", """Til borgerrådgiveren

Jeg er kristen og homoseksuel. Jeg går i kirke hver søndag i Torslunde. En medarbejder i
kommunens kulturforvaltning har sagt foran andre at "man kan ikke være begge dele". Det var en
offentlig bemærkning på et møde om frivillige. Jeg synes det er krænkende.

Jacob""")

M("he", """Kære Center for Voksne og Velfærd

Min far har haft et slagtilfælde og skal hjem fra Hvidovre Hospital på fredag. Vi har søgt om en
plejeseng og en lift, men depotet siger at der er 14 dages ventetid. Han kan ikke komme hjem uden.

Mvh Heidi Larsen""")

M("", """Til Center for Børn og Forebyggelse

Vi er en gruppe forældre der synes at skolernes trivselsmålinger bør offentliggøres for hver
skole. Det ville give mere åbenhed om mobning. Hvad er kommunens holdning?

Forældregruppen Ishøj""")

M("te", """Hej

Jeg er tamil fra Sri Lanka. Min søn er anbragt i en plejefamilie, og han må ikke tale tamil når
jeg besøger ham. De siger at han skal lære dansk. Men det er hans modersmål. Jeg vil klage.

Mvh Kumar""")

M("bu", """Hej Tobias

Jeg stemte på dig, for jeg er også liberal og medlem af Liberal Alliance. Jeg er også i Krifa,
så du skal ikke tro jeg er imod fagforeninger. Men jeg synes kommunen bruger for mange penge på
konsulenter. Vil du tage det op?

Mvh Kristoffer""")

M("hes", """Hi,

my husband Tom and I are both men and have lived in Ishøj for five years. Tom was diagnosed with
early-onset dementia last year. We asked the home care team about respite care and were told to
"ask his family". I am his family. Who should I talk to?

Kind regards,
David Harris""")

M("pe", """Til Borgerrådgiveren

Jeg har en andelslejlighed, som jeg er nødt til at sælge, fordi jeg er blevet arbejdsløs og ikke
kan betale boligafgiften. Foreningen vil ikke godkende en køber, fordi han har "ikke været på
ventelisten". Jeg har fået udsættelsesvarsel. Hvad kan jeg gøre?

Mvh Søren Dahl
[[040771 1256]]""")

M("", """Hej

Jeg har prøvet at finde kommunens klagevejledning til afgørelser om hjælpemidler. Den står ikke
på hjemmesiden. Kan I sende den? Jeg arbejder som rådgiver i en patientforening.

Venlig hilsen
Nanna""")

M("hbe", """Kære Ishøj Kommune

Min far er buddhist og vil gerne mediterer i stilhed hver morgen. Han bor på plejehjemmet efter
sin hjerneblødning, og personalet tænder radioen på stuen hver morgen kl. 7. Vi har bedt dem om at
lade være, men det sker stadig.

Venlig hilsen
Ananda""")

M("su", """Kære Sofie

Jeg er 62, lesbisk og medlem af FOA. Min kone er netop død, og hendes søster prøver at tage
hendes ting fra vores lejlighed. Kommunen sagde at jeg skal kontakte skifteretten. Men kan
kommunen ikke i det mindste bekræfte at vi var gift? Det står i CPR-registret.

Hilsen Vivi""")

M("et", """Til borgerrådgiveren
Jeg er etiopisk og jeg har fået afslag på hjælp til husleje. Jeg er på kontanthjælp og har 3 børn.
Medarbejderen sagde at jeg skulle "tage hjem til mit eget land". Det er ikke ok!!
Meron""")

M("h", """Hej
jeg er gravid i 7. måned og har sukkersyge. jordemoderen siger at jeg skal have hjælp til at
få en parkeringsplads tæt på, men jeg ved ikke om det er kommunen. kan I hjælpe?
mvh Sandra""")

M("pb", """Kære Lars

Vi er medlemmer af Ishøj Islamiske Forening. Jeg er formand og muslim. Vi har underskrevet en
betinget købsaftale på en gammel lagerbygning, som vi vil bruge som forsamlingshus. Den er
betinget af at kommunen giver lov til ændret anvendelse. Vi venter svar.

Med venlig hilsen
Hamid Rahman""")

M("eh", """Kære borgerrådgiver

Jeg bor alene og har kronisk lungesygdom. Min hjemmehjælp kommer ikke til tiden og nogle gange
slet ikke. Sidste fredag kom ingen, og jeg fik ikke mad. Jeg har klaget, men der sker ingenting.
Jeg er 81.

Karen Jensen
Cpr. nr. [[221044-1662]]""")

M("ts", """Kære Maria

Jeg er vietnamesisk adopteret og bøsse. Jeg er blevet kaldt "gul bøsse" af en medarbejder på
genbrugspladsen. Det er utroligt at det kan ske i 2026. Jeg har navnet på medarbejderen og en
kollega hørte det.

Mads Nielsen""")

M("", """Til Ishøj Kommune

Vi er fra Socialpsykiatriens brugerråd og vil gerne foreslå at der bliver lavet en pårørendegruppe
for unge søskende. Vi har ikke nogen konkrete navne, men vi ved at behovet er der.

Med venlig hilsen
Brugerrådet""")

M("heu", """Til Center for Beskæftigelse og Erhverv

Jeg skriver for min kollega, Lone, som er medlem af HK ligesom mig. Hun har brystkræft og har
en § 56-aftale, men hun har nu fået afslag på at få den forlænget. Hun er selv for syg til at
skrive. Hun har givet mig fuldmagt.

Hilsen Hanne Ibsen""")

M("bh", """Hej

Jeg er Jehovas Vidne og skal opereres i ryggen. Kommunens visitator har sagt at jeg ikke kan få
genoptræning hjemme, hvis jeg afviser blod. Det har intet med hinanden at gøre.

Mvh Poul""")

M("te", """Kære Tobias

Jeg er fra Bangladesh og har boet her i 20 år. Min mand er død og jeg er alene. Jeg har fået
afslag på boligstøtte og kan ikke betale huslejen. Jeg forstår ikke hvorfor. Kan du hjælpe med
at finde ud af det?

Rehana Begum""")

M("p", """Til Center for Byudvikling og Natur

Jeg er ved at købe en grund i Torslunde til at bygge et enfamilieshus. Sælger har accepteret mit
bud, men købet er betinget af at jeg får byggetilladelse inden 1. marts. Kan I sige noget om hvor
lang tid det tager?

Mvh Thomas Frost""")

M("", """Kære Ishøj Kommune

Er det muligt at få en liste over hvilke klager I har fået om støj fra festlokaler i 2025? Jeg
skal bruge det til et møde i grundejerforeningen.

Mvh Morten, formand""")

M("he", """Til borgerrådgiveren

Min datter på 16 har spiseforstyrrelse og er i behandling på Rigshospitalet. Hendes skole har
sendt hende hjem fordi hun "ikke kan deltage i idræt". Nu har hun ikke været i skole i to
måneder. Vi har søgt om undervisning i hjemmet, men fået afslag.

Hilsen Mette""")

M("bsu", """Hej Mette Friis

Jeg er socialist og medlem af SF og sidder i HK's klubbestyrelse på mit arbejde. Jeg er også
homoseksuel og gift med Lars. Jeg vil bare takke dig for at du stemte for regnbueflag på rådhuset.
Det betyder noget for os.

Jens Erik""")

M("hte", """Kære borgerrådgiver

Jeg er fra Irak og jeg har PTSD. Jeg har fået førtidspension, men nu skriver kommunen at jeg
skal betale 40.000 kr. tilbage, fordi jeg har været i udlandet for længe. Jeg var i Irak for at
begrave min mor. Jeg har papirer.

Ali Hassan
CPR: [[010170–1551]]""")

M("ps", """Kære Ishøj Kommune

Vi er to fædre og vil sælge vores lejlighed i Ishøj for at købe et hus i Torslunde. Vi har fået
accepteret et bud på huset, men vi mangler jeres svar om skolefordeling. Kan I svare inden 1.
december? Ellers kan vi ikke gå videre med handlen.

Mvh Niels og Martin""")

M("su", """Til Ishøj Kommune

Jeg er TR for Danske Fysioterapeuter. Min kollega og jeg, to kvinder og gift med hinanden, har
ansøgt om samme ferie og fået afslag. Vi har hørt at andre par får lov. Vi vil gerne vide om
det er en regel.

Mvh Line""")

M("", """Hej

Jeg vil gerne vide hvad kommunen gør for at forebygge selvmord blandt unge. Jeg har læst at tallet
er steget i hele landet. Har Ishøj en handlingsplan?

Mvh Bjarne, pensioneret lærer""")

M("het", """Til Center for Voksne og Velfærd

Jeg er fra Polen. Min mand har alkoholproblem og slår. Jeg har søgt om plads på et krisecenter
og har fået afslag, fordi der ikke er plads. Jeg er bange. Mine børn er 3 og 6.

Magdalena
[[150589\u00a02044]]""")

M("eh", """Hej borgmester

Min søn på 12 har Tourettes og har fået afslag på skolekørsel. Skolen er 8 km væk og han kan
ikke tage bus pga. sine tics, hvor folk griner af ham. Vi har klaget, men kommunen har ikke
svaret i 6 uger.

Hilsen Thomas Bruun""")
