"""corpus68 part b: one-liners, SMS and Messenger messages pasted in, out-of-office replies."""
from common import M

M("h", """
Autosvar: Tak for din mail. Jeg er sygemeldt efter en knæoperation og er tilbage mandag den 14. april. Din mail bliver ikke videresendt. Henvendelser om byrådets arbejde kan sendes til borgmesterens sekretariat.

Venlig hilsen
Birgitte Holm, byrådsmedlem
""")

M("", """
Autosvar: Jeg holder sommerferie til og med uge 29 og læser ikke mails. Haster det, kan du kontakte borgmesterens sekretariat på tlf. 43 57 70 00.
/Kasper Ørum
""")

M("b", """
Automatisk svar: Jeg er til landsmøde i Dansk Folkeparti i Herning fra fredag til søndag og svarer på mails mandag. God weekend!
Jesper Thorsen
""")

M("u", """
Out of office: Jeg deltager i FOA's kongres i Aalborg som delegeret fra FOA Sydkysten 6.-8. maj. Jeg tjekker mails om aftenen.
Mvh Annette Sørensen
""")

M("", """
Automatic reply: I am away at KL's Kommunalpolitisk Topmøde in Aalborg until Friday 28 March and will answer your e-mail when I return.
Best regards, Hassan Ali
""")

M("e", """
Sender lige en sms jeg fik her til aften, ved ikke hvem der skal have den

"hej det er Camilla fra nr 14 i opgangen, vi bliver sat ud i morgen kl 9 fogeden kommer. har 2 børn. kan du ringe"

/Malene
""")

M("", """
hvornår er der byrådsmøde i april? og er det åbent for alle eller skal man melde sig til
""")

M("t", """
Kopi af en kommentar på min Facebook-side fra i går, jeg har slettet den derinde fordi den blev delt meget, men I skal se den:

"jeg er halvt tyrkisk og har boet i ishøj hele mit liv. jeg er så træt af at i politikere kun snakker om os som et problem når der er valg. vi betaler også skat"

Vi bør måske tage den op på gruppemødet.
Rikke
""")

M("s", """
hej! min kæreste Jonas og jeg vil gerne leje pavillonen på Ishøj Havn til vores bryllup i september. hvor booker man den? vh Mikkel
""")

M("h", """
er gravid i 7. md og kan ikke gå op ad trapperne på rådhuset – er der elevator til borgermødet i byrådssalen?
""")

M("", """
Hvad koster en byggegrund i Ishøj Landsby nu, og hvornår sætter kommunen de næste til salg?
""")

M("p", """
vi har budt på Vejleå Allé 22 – må man sætte en carport op der uden at søge?? sælger siger ja men jeg tør ikke stole på det
""")

M("e", """
har I lukket for hjemmeplejen i weekenden?? min mormor har ikke fået morgenbesøg i dag og hun ringede til mig kl 11
""")

M("b", """
Jeg er medlem af Alternativet og vil gerne følge byrådets dagsordener. Kan man abonnere på dem som RSS eller mail?
""")

M("", """
Tak for en god tale på Ishøj Havn i går til indvielsen af den nye bådebro. Hilsen Jytte
""")

M("hbe", """
hej, min jobcentersamtale er lagt kl 18.30 på onsdag. jeg faster (ramadan) og har type 1 diabetes så det er lige der jeg skal spise og tage insulin. kan den flyttes til om morgenen? min sagsbehandler svarer ikke
""")

M("u", """
er i 3F og vil bare sige at jeres nye udbud på rengøring af skolerne er under al kritik. 4 timer til en hel skole
""")

M("", """
Hey Jesper! Kan du ikke få dem til at tømme skraldespanden ved Strandparken oftere? Den flyder hver weekend 🙃 (skrevet fra Messenger)
""")

M("t", """
hej vi er polske og vores søn skal starte i skole i august. hvordan skriver man ham op når vi ikke har MitID endnu?
""")

M("e", """
Min søster Lene har fået afslag på boligstøtte igen. hvordan kan det være at de regner hendes kontanthjælp med to gange?
""")

M("", """
Hvor mange i Ishøj er på førtidspension og hvor mange på fleksjob? Jeg skriver opgave på HF om det.
""")

M("h", """
Hej Rikke, Knud her. Jeg kommer ikke til mødet om stien i grundejerforeningen på torsdag, er lige blevet opereret for grå stær og må ikke køre bil i en uge.
""")

M("s", """
jeg er biseksuel og vil gerne vide om kommunen har rådgivning for unge der ikke kan snakke med deres forældre om det. er 16
""")

M("", """
Kan man melde afbud til byrådets nytårskur pr. mail? Jeg er forhindret. /Mogens Svendsen, Ishøj Erhvervsforening
""")

M("e", """
Jeg har ikke fået min pension i marts, cpr [[180352-2141]]. Hvem skal jeg ringe til?
Ellen
""")

M("b", """
jeg er ateist og synes ikke kommunen skal bruge penge på at sende skoleklasser til julegudstjeneste i skoletiden. det burde være frivilligt
""")

M("p", """
Hej Per. Vores køber er sprunget fra pga. jeres byggeplaner bag Ishøj Stationsvej. Nu står huset til salg igen med 200.000 kr i prisnedslag. Tak for ingenting. /Søren (sms)
""")

M("", """
hvorfor lugter der af kloak ved Ishøj Søvej nr 40-60?? ring gerne 22 48 19 07
""")

M("h", """
Min søn er autist og kan ikke klare larmen fra byggepladsen ved Vibeholmskolen. Kan de ikke holde de værste maskiner til efter kl. 15?
""")

M("e", """
er hjemløs siden januar og sover hos venner. kan man skrive sig op til en bolig uden en adresse? sender fra min vens telefon
""")

M("", """
Et spørgsmål til budgetforliget: Hvor meget får Ishøj Moské og Ishøj Kirke hver især i tilskud fra kommunen om året, fx til lokaler eller ejendomsskat?
""")

M("u", """
Som TR for HK-gruppen i Borgerservice vil jeg bare sige tak, fordi du tog sagen om skærmbriller op i udvalget. Det betyder noget for os.
Vh Lotte
""")

M("", """
NYHEDSBREV – Ishøj Idrætsråd, marts

* Den nye kunstgræsbane ved Ishøj Idrætscenter åbner 1. maj
* Ishøj IF's U13-piger vandt indendørsturneringen i Brøndby
* Husk ansøgningsfristen til foreningspuljen 15. april
* Idrætsrådet holder årsmøde 24. april kl. 19 – alle byrådsmedlemmer er inviteret
""")

M("t", """
min mand er fra Marokko og skal have sit kørekort omskrevet til dansk. hvor i Ishøj gør man det og skal han have tolk med?
""")

M("e", """
Skriver lige hvad hun sendte til mig på Messenger:
"Hej. jeg har fået en underretning på min datter fra skolen fordi hun har haft meget fravær. de har ikke engang ringet til mig først. nu skal vi til møde i familieafdelingen"
Hvad gør man med sådan en?
""")

M("b", """
Jeg er en af dem, der bad fredagsbøn på parkeringspladsen ved Ishøj Idrætscenter under corona, og vi var rigtig glade for at kommunen lod os låne pladsen hver fredag. Tak for det, det glemmer vi ikke.
Ahmad
""")

M("hs", """
Hej Tina, min mand Jens er indlagt på Hvidovre efter et hjertestop i lørdags, så jeg når ikke at aflevere høringssvaret fra grundejerforeningen til tiden. Kan fristen udsættes en uge?
Hilsen Christian
""")

M("", """
Er det rigtigt at Ishøj har den højeste andel af indvandrere og efterkommere i hele landet? Så det på TikTok men ved ikke om det er fake
""")

M("", """
Hej Kasper, super godt indlæg i Lokalavisen om normeringerne i børnehaverne! Vi ses til fodbold på torsdag. Mikael
""")

M("h", """
Hej. Jeg skal have taget blodprøver i Sundhedshuset hver tredje måned pga. mit stofskifte, men de kan ikke finde min henvisning. Mit personnummer er [[120794\u00a01138]]. Kan du sende det videre?
""")

M("p", """
Hvis vi skriver under på købet af rækkehuset på Ishøj Landsbygade i næste uge, kan vi så nå at få vuggestueplads i Ishøj til august, eller skal man have bopæl først?
""")

M("e", """
fik ik min børnepenge i jan. er det fordi jeg er flyttet hjem til min mor efter skilsmissen?
""")

M("", """
Hvor mange kvadratmeter bliver den nye svømmehal, og hvornår åbner den? Min klub vil gerne booke tider.
""")

M("u", """
Hi Hassan, I'm in Dansk Metal and we're holding a workplace meeting at the container terminal next Thursday. Would you come and say a few words about the bypass road? Several of us live in Ishøj. Cheers, Lars
""")

M("tb", """
Hello, as Indians living in Ishøj we celebrate Diwali at home every year, and this year some families would like to hold a small Diwali evening with lights and fireworks in Ishøj Bypark. Do we need permission from the municipality? Thanks, Priya
""")

M("", """
Kan vi få en pedel på Ishøj Skole igen? Min søn siger toiletterne er låst tre dage om ugen fordi ingen kan reparere dem.
""")

M("h", """
Jeg er afhængig af min rollator efter to blodpropper og kan ikke komme over den nye høje kantsten ved Bycentrets busstoppested. Den må være lavet forkert.
""")

M("he", """
Send venligst svaret på min ansøgning om handicapbil med Digital Post og ikke til min hotmail. [[090476-1563]]
Bettina Rask
""")

M("s", """
Hej Malene, tak fordi du gik med i Pride-optoget gennem Ishøj. Som homoseksuel mand på 67 havde jeg aldrig troet, at jeg skulle opleve det her i min egen by. Preben
""")

M("", """
Hvornår er Pride i Ishøj i år, og er det kommunen der betaler for scenen?
""")

M("b", """
vi er veganere af etiske grunde og vores datter på 2 får mælk og kød i vuggestuen hver dag. må vi selv medbringe mad til hende?
""")

M("e", """
min bror sidder i Vestre Fængsel til efteråret og vores mor på 80 kan ikke klare haven alene. kan kommunen hjælpe med noget?
""")
