"""Part C: children's leisure, club fees, fripladstilskud, sports clubs."""
from common import M

M("e", """Hej

Jeg har søgt fritidspladstilskud (friplads) til min søn Bertram i Ishøj
Ungdomsklub i august, og har stadig ikke fået svar. I mellemtiden har klubben
sendt rykker på kontingentet på 2 x 310 kr. Jeg har ikke pengene lige nu. Kan
rykkeren sættes i bero til I har behandlet ansøgningen?

Mvh Stine Lassen""")

M("", """Hej Ishøj Kommune
Hvordan fungerer fritidspasset? Kan alle børn mellem 6 og 17 få det, eller
er det kun for familier med lav indkomst? Og hvilke foreninger er med?
Vh Jens""")

M("e", """hej idrætsforeningen / kommunen
min datter vil rigtig gerne gå til gymnastik men vi har ikke råd til de 1.450
kr om halvåret. hendes far betaler ikke bidrag og jeg er arbejdsløs siden maj.
er der nogen hjælp at få? hun er 8
Jessica""")

M("", """Til Kultur- og Fritidsudvalget

Ishøj Svømmeklub vil gerne søge om flere baneleje-timer i svømmehallen om
lørdagen. Vi har nu 214 børnemedlemmer og venteliste på 60. Vedlagt vores
medlemsstatistik og budget.

Venlig hilsen
Bestyrelsen, Ishøj Svømmeklub, CVR 12874563""")

M("eh", """Kære borgmester,

Vores søn Magnus (12) spiller fodbold i IIF og har lige fået at vide at han
ikke kan komme med til stævne i Tyskland fordi vi skylder klubben 1.800 kr.
Min mand har været sygemeldt med kræft i et år og vi er gået ned til
sygedagpenge. Magnus har ikke gjort noget forkert. Kan kommunen ikke hjælpe
foreninger, så børn ikke straffes for forældrenes økonomi?

Med venlig hilsen
Anja Mikkelsen""")

M("", """Hej
Vi er en gruppe forældre i Vejleå, der vil starte en ny e-sportsforening for
børn 10-14 år. Kan vi låne lokaler på skolen om aftenen, og kan vi søge
kommunalt tilskud det første år?
Mvh Dan Friis""")

M("", """Ishøj Ungdomsklub afholder halloweenfest fredag den 30. oktober kl. 18-22.
Entré 20 kr. Alle 10.-klasses elever i kommunen er velkomne. Spørgsmål til
klubleder Ahmed på tlf. 43 57 71 00. Med venlig hilsen klubben""")

M("e", """Til Center for Børn og Forebyggelse, fripladsafdelingen

Hermed ansøgning om økonomisk friplads i SFO for Lea og Otto Jensen.
Vores husstandsindkomst er 241.000 kr. årligt efter skilsmissen i marts.
Jeg vedlægger årsopgørelse og skilsmissebevilling.

Lea: [[030716-6214]]
Otto: [[181118-4402]]

Venlig hilsen
Tina Jensen""")

M("", """Hej. Hvornår åbner tilmeldingen til sommerferieaktiviteterne "Sommer i
Ishøj"? Sidste år var alt udsolgt på to timer. Min søn vil gerne på
kanoturen igen. Mvh Gitte""")

M("he", """Hej Kasper (træner U13 piger)

Sofie kan ikke komme til træning resten af sæsonen. Hun har fået en
korsbåndsskade og skal opereres i januar. Vi har desuden søgt kommunen om
kørsel til genoptræningen, men har ikke hørt noget endnu.

Tak for en god sæson
Lene, Sofies mor""")

M("e", """Til Ishøj Kommune

Jeg er plejemor for Ronja på 11. Hun er anbragt hos os af Københavns Kommune,
men vi bor i Ishøj. Hun vil gerne gå til ridning. Hvem betaler for
fritidsaktiviteter for et plejebarn – jer eller København?

Mvh Bodil Kjær""")

M("", """Kære Kultur- og Fritidsudvalg
Ishøj Tennisklub vil gerne invitere udvalget til åbent hus lørdag d. 5. april,
hvor vi fejrer klubbens 50 års jubilæum. Der er pølser og boldkast for børn.
Med venlig hilsen
Formand Svend Aage Lind""")

M("e", """hej
mit barn er blevet smidt ud af klubben fordi jeg ikke har betalt i 3 mdr.
jeg har en gæld til kommunen på daginstitutionsbetaling fra før og så blev
klubben bare lagt oveni. kan man få en afdragsordning? hun har ingen
andre steder at være efter skole.
Mvh Shadi""")

M("", """Hej! Jeg er 14 og vil gerne vide om man kan få fritidsjob i
ungdomsklubben? Eller hvor søger man fritidsjob i kommunen? Hilsen Line""")

M("eb", """Til Fritidspas-ordningen

Vores søn Elias vil gerne gå til spejder i KFUM-spejderne, da hele familien er
aktive i frikirken. Vi modtager boligstøtte og børnetilskud og har svært ved at
betale uniform og lejr. Kan fritidspasset dække spejder, og skal vi søge
særskilt om udstyr?

Venlig hilsen
Hanne og Mikael Sørensen""")

M("", """Til formanden for Kultur- og Fritidsudvalget. Jeg synes det er for
dårligt at kunstgræsbanen ved Vejleåparken stadig ikke er blevet renoveret.
Der er huller overalt. Børnene falder og slår sig. Hvornår kommer pengene?
Jan Holgersen""")

M("eu", """Hej

Jeg hedder Pia og er alene med to drenge. Jeg er blevet fyret fra min
stilling som rengøringsassistent og er meldt ledig i min a-kasse, 3F. Jeg kan
ikke længere betale de 600 kr. om måneden for Oliver's håndbold. Kan han
søge fritidspas selv, eller skal jeg?

Mvh Pia Knudsen""")

M("h", """Kære træner

Jeg vil fortælle dig, at William har fået konstateret hjertefejl efter en
undersøgelse på Rigshospitalet. Han må gerne træne, men kun let, og der skal
være en hjertestarter i nærheden. Han er ked af det og vil helst ikke have
at holdkammeraterne ved det.

Venlig hilsen
Christian Holm""")

M("", """Hej. Er det rigtigt at Ishøj Ungdomsskole lukker knallertholdet? Min
søn har glædet sig i et år. Hvis det er pga. for få tilmeldte kan vi måske
skaffe flere. Mvh Lars""")

M("e", """Hej Birgitte (byrådsmedlem)

Min søn Kenneth på 16 har fået job i Føtex, og nu siger kommunen at jeg skal
betale kontanthjælp tilbage fordi hans løn tæller med. Han sparer op til en
knallert og til ungdomsskolens rejse. Det er urimeligt at et barn skal betale
for sin mors kontanthjælp.

Hilsen Annette""")

M("", """Til Fritidskonsulenten

Vedr. foreningstilskud for 2026, foreningsnummer 4410. Vi har sendt
regnskab for 2025 og medlemstal. CVR 29876512. Kan I bekræfte at ansøgningen er
modtaget inden fristen 1. marts?

Med venlig hilsen
Kasserer, Ishøj Cykelklub""")

M("he", """Hej, vi har et barn med Downs syndrom, Marie på 10, som gerne vil gå
til dans. Kan kommunen give tilskud til en ledsager til holdtræningen? Hun
kan ikke deltage uden en voksen ved siden af. Vi har tidligere fået
ledsagelse bevilget i skolen.
Mvh Lotte og Erik Bang""")

M("", """Hej Ishøj Kommune, jeres side om fritidspas siger at ansøgningsfristen
er 1. september, men linket virker ikke. Kan I rette det? Mvh en forælder""")

M("e", """Til Familieafdelingen

Min plejesøn Alex (14) har fået lov at tage med på klubrejse til Berlin. Jeg
skal bruge samtykke fra jer som myndighed, da han er anbragt. Kan I sende
det inden 1. december?

Venlig hilsen
Kirsten Vang, plejemor""")

M("", """Kære Kultur- og Fritidsudvalg

Jeg har været træner i Ishøj Basket i 20 år. Jeg vil foreslå at kommunen
laver et "træneropkvalificeringsforløb" for frivillige. Mange af vores
unge trænere har brug for kurser i førstehjælp og i at håndtere konflikter.

Hilsen Kurt Hald""")

M("eh", """Hej klubben

Det er Robin's far. Robin har fået plads på et bosted i Roskilde og kan
derfor ikke gå i klubben mere. Det er en beslutning kommunen har truffet
efter hans psykose i sommer. Vi vil gerne sige tak for alt, og vi beder om
at hans medlemskab opsiges. Kontingentet for december skal ikke trækkes.

Mvh Jan Rask""")

M("", """Hej! Vi er nogle piger fra 8. der gerne vil starte et pigehold i
fodbold i ungdomsklubben. Vi mangler en træner. Kan I hjælpe os? Fra Maja,
Leyla og Frida""")

M("e", """Hej Ishøj Kommune

Jeg ved godt at det er sent, men jeg har glemt at søge fripladstilskud i
sommer. Nu kan jeg se at jeg skylder SFO'en 4.200 kr. Kan man søge med
tilbagevirkende kraft? Jeg var på dagpenge fra april til august.

Mvh Jonas Brix
[[150786-3371]]""")

M("", """Til Ishøj Idrætsråd
Referat af generalforsamlingen 12. februar er vedhæftet. Bemærk det nye
kontingent for voksne (800 kr. årligt) og for børn (450 kr.). Kontonummer
for indbetaling er reg. 9570 konto 1204861502. Med venlig hilsen sekretæren""")

M("b", """Hej Mads (U10 træner)

Tak for invitationen til juleafslutningen. Vi vil gerne komme, men Adam
fejrer ikke jul og spiser kun halal, så han tager sin egen mad med. Det er
ikke et problem for os, bare så I ved det.

Vh Nadia""")

M("", """Hej,
Jeg er leder af Ishøj Ungdomsklub. Vi har fået henvendelser fra forældre om
halalmad på vores årlige lejrtur. Vi vil gerne lave en fast politik om, at
kødet på klubbens ture altid er halal eller at der er et vegetarisk
alternativ. Skal det godkendes af forvaltningen?
Mvh Peter Mølgaard""")

M("e", """Til borgerrådgiveren

Jeg vil klage over at min datter Isabella er blevet afvist i ridecentret
fordi hendes fritidspas-ansøgning "ikke var godkendt". Jeg har papir på at den
er godkendt. Vi er en familie på kontanthjælp og det her er det eneste hun
har at se frem til.

Cpr på Isabella: [[280513\u00a06140]]

Mvh Dorte Thomsen""")

M("", """Hej. Hvad koster et årskort til svømmehallen for en familie med tre
børn? Og er der rabat hvis man også er medlem af svømmeklubben? Vores gamle
kort har kundenummer 1708135521 og ordrenr. 250312-0087.
Hilsen Lone""")

M("ht", """Hej

Jeg er træner for et fodboldhold med drenge fra 12-14. En af mine spillere,
Mustafa, er fra Syrien og har været hjemme i en måned. Hans far fortalte mig at
han har fået konstateret sukkersyge. Han vil gerne tilbage. Må jeg tage ham
med på turneringen i Holbæk, eller skal jeg have en attest?

Mvh Michael Dahl""")

M("", """Til kommunen. Ungdomsklubben holder åbent til kl. 22 om fredagen. Der
er for meget larm på parkeringspladsen bagefter. Kan man flytte lukketiden
til kl. 21? Mvh beboer på Ishøj Søvej""")

M("e", """hej, jeg er 16 og bor på ungdomsherberg efter min mor har smidt mig ud.
jeg vil gerne blive ved med at gå til boksning i klubben men jeg har ikke
penge til kontingent. kan jeg få fritidspas selv uden min mor skriver under?""")

M("", """Til Center for Børn og Forebyggelse
Hvordan er reglerne for fritidspas, hvis barnet bor skiftevis hos to forældre
i to kommuner? Spørger på vegne af flere forældre i vores forening.
Venlig hilsen Ishøj Volley, ungdomsudvalget""")

M("", """Kære borgmester
Tak for en fantastisk Ishøj Ungdomsdag. Min datter havde en super dag med
klatrevæggen og koncerten. Lad det blive en tradition! Mvh Kirsten""")

M("eh", """Hej

Jeg er mormor til Frida (9), som bor hos mig fordi hendes mor er i
behandling for sit misbrug. Frida er glad for at spille klaver på
musikskolen, men det koster 2.100 kr. pr. semester og jeg er på folkepension.
Kan vi søge om friplads?

Venlig hilsen
Ruth Andersen""")

M("", """Hej. Musikskolens hjemmeside siger at der er søskenderabat på 25%. Gælder
det også hvis det ene barn går på kor og det andet på guitar?
Vh. Peter""")

M("e", """Kære Jens Ole (formand for Kultur- og Fritidsudvalget)

Jeg er far til to. Vi har en samværssag kørende i Familieretshuset, og
børnenes mor har meldt dem ud af svømmeklubben uden at spørge mig, selvom
vi har fælles forældremyndighed. Kan klubben bare gøre det? Jeg betaler
halvdelen af kontingentet.

Mvh Rasmus Ebbesen""")
