"""corpus78, part D: union branches, shop stewards and union members."""
from common import M

M("uh", """Til Center for Beskæftigelse og Erhverv

3F Sydkysten henvender sig på vegne af vores medlem Brian Holm, der den 2. september kom til
skade med knæet ved et fald fra et stillads på en byggeplads i Ishøj. Arbejdsskaden er anmeldt.
Vi beder om at hans opfølgningssamtale flyttes, da han skal opereres samme dag.

Med venlig hilsen
Jonas Berg, faglig konsulent, 3F Sydkysten""")

M("", """Til Økonomiudvalget

FOA Sydkysten opfordrer byrådet til at skrive arbejdsklausuler ind i alle kommunens udbud på
rengøring og ældrepleje, så social dumping undgås. Vi vedlægger et forslag til standardklausul
og stiller gerne op til et møde.

Med venlig hilsen
Lene Qvist, faglig sekretær, FOA Sydkysten""")

M("u", """Kære Helle (formand for Social- og Sundhedsudvalget)

Jeg er TR for FOA på Plejecenter Ishøj. Vi har i tre uger kørt med to vikarer i aftenvagten i
stedet for fast personale, og beboerne mærker det. Kan udvalget få en status fra forvaltningen?

Venlig hilsen
Gitte Poulsen""")

M("ue", """hej jobcenter

er i HK og blev fyret i går fra mit job på lageret. skal jeg melde mig ledig hos jer først
eller hos a-kassen? har ikke prøvet det før

Dennis Juul [[260597-3341]]""")

M("", """Hej Center for Beskæftigelse og Erhverv

Hvilke fagforeninger og a-kasser deltager i jobmessen i Ishøj Idrætscenter den 12. marts? Vi
vil gerne have listen til vores opslag på skolen.

Mvh Studievejledningen, Ishøj Tekniske Gymnasium""")

M("uh", """Til Center for Børn og Forebyggelse, arbejdsmiljø

Jeg er pædagog i Børnehuset Solsikken og medlem af BUPL. Jeg er gravid i 14. uge, og der har
været to tilfælde af den femte sygdom i huset. Min leder siger jeg selv skal kontakte lægen. Er
der ikke en pligt til at lave en risikovurdering?

Venlig hilsen
Julie Mortensen""")

M("", """3F SYDKYSTEN – MEDLEMSNYT, FEBRUAR

· Generalforsamling 6. marts kl. 18 i Fagbevægelsens Hus, Ishøj Stationsvej
· Ny overenskomst på byggeområdet: hvad betyder den for dig?
· Kursus for nye TR'er i april

Du modtager denne mail som samarbejdspartner.""")

M("us", """Kære skoleleder og skoleforvaltning

Jeg er lærer på Strandskolen og medlem af DLF. Jeg er lesbisk og har aldrig lagt skjul på det.
Efter jeg nævnte min kone i klassen, har to forældre skrevet på Aula at "sådan en" ikke skal
undervise deres børn. Jeg vil gerne vide hvad skolen gør for at beskytte mig.

Venlig hilsen
Maria Dalgaard""")

M("ue", """Til Center for Beskæftigelse og Erhverv

Krifa har bedt mig sende min ledighedserklæring til jer. Jeg er medlem af Krifa og a-kassen
hos dem.

Medlemsnr. 445566
Cpr: [[210679-3318]]

Mvh Anders Holk""")

M("e", """Til jobcentret

Jeg er medlem af ASE og får dagpenge, og jeg har fået en indkaldelse til samtale den 14. Jeg har
en jobsamtale samme dag. Kan jeres samtale flyttes?

Venlig hilsen
Lisa""")

M("e", """hej kommunen

jeg er ikke medlem af nogen a kasse og har lige mistet mit job i netto. kan jeg få
kontanthjælp? min kæreste arbejder.

Mikkel""")

M("u", """Til borgmester Merete Amdisen

Jeg er jurist, medlem af Djøf og bor i Ishøj. Jeg har søgt stillingen som juridisk
konsulent hos jer to gange og aldrig fået en begrundelse for afslaget. Kan jeg få en
tilbagemelding?

Med venlig hilsen
Nanna Weis""")

M("tu", """Til Center for Byudvikling og Natur

3F's byggegruppe skriver på vegne af vores medlem Piotr Kaminski, en polsk bygningsarbejder på
renoveringen af Vejleåparken. Underentreprenøren betaler ham under overenskomsten. Kommunen er
bygherre og har en arbejdsklausul. Vi beder jer håndhæve den.

Med venlig hilsen
3F Sydkysten, byggegruppen""")

M("", """Høringssvar – Ishøj Kommunes beskæftigelsesplan 2026

HK Hovedstaden, Sydkysten, finder planens mål om at flere unge kommer i uddannelse
positive. Vi savner dog konkrete mål for ledige akademikere og kontoruddannede over 50 år.

HK Hovedstaden, Sydkysten""")

M("uhes", """Til jobcentret, sygedagpengeafdelingen

Jeg er i Dansk Metal og er sygemeldt efter en ulykke på værkstedet, hvor jeg brækkede
håndleddet. Jeg har fået en indkaldelse til opfølgningssamtale hos jer, men min fagforening
siger at jeg skal have en bisidder med. Kan Dansk Metal komme med, eller må min mand Per?

Mvh Kenneth""")

M("", """Til Beskæftigelsesudvalget

Som led i vores analyse af ledigheden på Vestegnen kan vi oplyse at 72 % af 3F's medlemmer med
bopæl i Ishøj er i arbejde, og at ledigheden i afdelingen er faldet fra 6,8 til 5,1 % på to år.

Venlig hilsen
3F Sydkysten, analysefunktionen""")

M("uh", """Hej Pia (byrådsmedlem)

Jeg er hjemmehjælper i Ishøj Kommune og medlem af FOA. Jeg har haft en depression i et år og
er lige kommet tilbage på nedsat tid. Min leder vil nu flytte mig til nattevagt, selvom lægen
har sagt dagarbejde. Jeg tør ikke gå til chefen selv.

Kh Bente""")

M("u", """Til kommunens lønkontor

Jeg meldte mig ud af 3F i sommer, men der bliver stadig trukket fagforeningskontingent over
lønnen. Kan det stoppes fra næste lønudbetaling?

Med venlig hilsen
Tina Jakobsen, rengøringen, Ishøj Rådhus""")

M("", """Til Center for Borger, Økonomi og IT

Overenskomsten for kommunens rengøringsassistenter giver ret til et tillæg for aftenarbejde, som
efter vores opfattelse ikke er udbetalt korrekt i 2025. Vi beder om et møde med
personaleafdelingen om fortolkningen.

Serviceforbundet, faglig afdeling""")

M("u", """Hi,

I'm the shop steward (TR) for 3F at the Coop warehouse in Ishøj. Several of my colleagues ask
whether the 400E bus can run earlier in the morning; our shift starts at 5.30 and the first
bus arrives at 5.42. Who at the municipality decides this?

Best regards,
Gabriel Santos""")

M("bu", """Kære Lars (byrådet)

Jeg er aktiv i SF og tillidsrepræsentant i FOA på Strandhusene. Jeg skriver som menigt
SF-medlem, ikke som TR: jeg synes byrådet skal genoverveje besparelsen på rengøring i
ældreboligerne.

Mvh Susanne""")

M("uh", """Til Center for Voksne og Velfærd

Jeg er leder i Ishøj Kommunes madservice og medlem af Lederne. Jeg er netop blevet behandlet for
brystkræft og vil gerne starte langsomt op igen. Kan vi lave en delvis raskmelding, og hvem
skal jeg tale med om det?

Venlig hilsen
Birgitte Lund""")

M("up", """Til Center for Byudvikling og Natur

Jeg har fået job i Aarhus og er medlem af HK, som har hjulpet med kontrakten. Vi har et bud på
vores rækkehus på Gildbrovej, og køberen vil have en erklæring om at der ikke er
kloakoprensning på vej. Kan I sende den hurtigt?

Med venlig hilsen
Line Holmgaard""")

M("", """Til Kultur og Fritid

Fagbevægelsens Hus i Ishøj vil gerne booke Kulturhusets sal til 1. maj-arrangement 2026 fra
kl. 11 til 16. Vi forventer 300 deltagere og taler fra flere forbund.

Med venlig hilsen
Sekretariatet""")

M("us", """Kære borgerrådgiver

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Min kone og jeg har fået at vide af
personalekontoret, at vi ikke begge kan få fri i uge 29, fordi "man kun har én familie". Det
gælder åbenbart ikke for de heteroseksuelle par på arbejdspladsen. Kan I se på det?

Venlig hilsen
Anja Holst""")

M("ue", """hej jobcenter

min a-kasse er Det Faglige Hus og de siger jeg skal til samtale hos jer inden 2 uger fordi jeg
har fået dagpenge i 3 måneder. jeg har ikke fået noget brev. hvor finder jeg tiden

Kasper Ahmadi""")

M("", """Til Social- og Sundhedsudvalget

Jeg er faglig sekretær i FOA Sydkysten. Forbundet er dybt bekymret for forslaget om at skære
3,5 mio. på hjemmeplejen i 2026. Erfaringerne fra andre kommuner viser øget sygefravær blandt
personalet og færre besøg hos borgerne.

Venlig hilsen
Rikke Holm, FOA""")

M("uhe", """Til Jobcenter Ishøj, sygedagpengeafdelingen

Vores medlem Hanne Lund, cpr [[150372–1294]], har modtaget varsel om stop for sygedagpenge
pr. 1. december. Hun er stadig i behandling for en ryglidelse. Serviceforbundet repræsenterer
hende og beder om aktindsigt i sagen og om et møde inden stoppet.

Med venlig hilsen
Ole Brink, faglig konsulent, Serviceforbundet""")

M("ue", """Kære Center for Voksne og Velfærd

Min far har været i Dansk Metal hele sit arbejdsliv og fortæller det til alle. Han er nu 89 og
har søgt om plads på plejehjem. Han har fået at vide at der er 6 måneders venteliste. Kan han
komme på et andet plejecenter i mellemtiden?

Venlig hilsen
Gert Christiansen""")

M("u", """Høringssvar til Klimaplan 2030

Som ingeniør, IDA-medlem og borger i Ishøj vil jeg foreslå, at planen tager højde for
stigende grundvand i Ishøj Landsby. Jeg vedlægger beregninger fra mit eget kvarter.

Med venlig hilsen
Jakob Fenger""")

M("tu", """Til skolechefen

Jeg er en sort lærer på Vibeholmskolen og medlem af DLF. En elev kaldte mig "n-ordet" i
frikvarteret, og ledelsen har valgt bare at give en advarsel. Jeg føler mig ikke beskyttet.

Venlig hilsen
Samuel Mensah""")

M("u", """Til direktionsassistenten, Børn og Unge

Som formand for FOA-klubben på Ishøj Skoles køkken beder jeg om et møde med direktøren om den
nye vagtplan. Klubbens medlemmer er utilfredse med weekendvagterne.

Venlig hilsen
Merete Kjær""")

M("ue", """Til hovedpostkassen

er i 3F og er lige blevet skilt. jeg bor midlertidigt hos min bror i Hundige, men skal finde et
sted at bo med mine to børn hver anden uge. kan kommunen hjælpe med en bolig? min bror kan
ikke have os længere

Allan""")

M("ue", """Til jobcentret

Min fagforening, Serviceforbundet, har sagt at jeg skal bede om en ny dato til samtalen om
min jobplan, fordi den 3. marts falder på min første dag i et vikariat. Jeg er ledig og på
dagpenge. Kan det lade sig gøre?

Mvh Vibeke Thorup
[[190588 1046]]""")

M("", """Til personaleafdelingen

Har kommunens ansatte lov til at være medlem af hvilken som helst fagforening, eller skal man
være i den, der har overenskomsten? Jeg skal søge job i kommunen til foråret.

Hilsen Johanne""")

M("tu", """Til Center for Beskæftigelse og Erhverv

Jeg kom som flygtning fra Syrien i 2015 og er nu i 3F og arbejder som chauffør. Min fagforening
har sagt at kommunen har et kursus i dansk for arbejdende. Hvor finder jeg det?

Med venlig hilsen
Mohammad Al-Ali""")

M("ue", """Hej Center for Beskæftigelse

Jeg skiftede fra 3F til Krifa i januar. Nu siger jobcentret at min a-kasse ikke har sendt
papirer. Hvem skal jeg kontakte?

Mvh Jan Holm""")

M("", """PRESSEMEDDELELSE – til orientering

Dansk Metal Storkøbenhavn: Vestegnens virksomheder mangler 1.200 faglærte inden 2030. Dansk
Metal opfordrer kommunerne til at oprette flere lærepladser i egne værksteder.

Kontakt: pressetelefon 33 63 20 00""")

M("uh", """Til skoleforvaltningen

Som TR for BUPL i SFO'en på Strandskolen skriver jeg om min kollega Sanne, der er sygemeldt med
depression og skal starte op på nedsat tid. Hun ønsker at jeg deltager i sygefraværssamtalen.
Hvem indkalder?

Mvh Lars Bech""")

M("us", """Dear HR,

Our member Daniel Fogh (HK) works in your IT department. He is bisexual, and he has been mocked
about it in team meetings by a colleague. HK asks for a meeting with the manager and HR.

Best regards,
Camilla Rask, HK Hovedstaden""")

M("", """Til Center for Byudvikling og Natur

Fagbevægelsens Hus (lejer af Ishøj Stationsvej 14) har et varmeregnskab som vi ikke kan få til
at passe. Vores kundenummer hos jer er 1903781234, og måler nr. 15032211 er skiftet midt i
perioden. Kan I sende aflæsningerne?

Mvh Husets forvalter""")

M("ue", """Til Center for Beskæftigelse og Erhverv

Jeg er i FOA, men har været på kontanthjælp i et år, fordi jeg mistede dagpengeretten. Jeg har
fået tilbud om rengøringsjob i 12 timer. Hvordan regnes det med i kontanthjælpen?

Mvh Nadia Saleh, personnummer [[070993\u00a02218]]""")

M("hu", """Til Center for Børn og Forebyggelse

Jeg videresender nedenstående fra vores TR, da jeg som leder ikke kan svare på det.

-----Oprindelig meddelelse-----
Fra: Kirsten (TR, BUPL)
Sendt: 2. april
Emne: graviditet

Hej Tove. Vores kollega Maiken er gravid og har haft pletblødninger. Hun er sygemeldt i 14
dage. Hun spørger om der gælder særlige regler for graviditetsbetinget fravær.

Mvh Tove, leder, Børnehuset Møllen""")

M("up", """Kære byrådsmedlem

Jeg er formand for 3F's seniorklub og selv medlem i 45 år. Min kone og jeg har solgt vores hus
betinget af at vi får et lejemål, og vi har søgt ældrebolig – nej, undskyld, seniorbolig i
Strandhusene. Køberen venter på vores svar. Hvornår fordeles boligerne?

Mvh Poul Erik""")

M("u", """Hej Center for Voksne og Velfærd

Jeg er socialrådgiver og medlem af Dansk Socialrådgiverforening. Jeg har set jeres stilling i
handicapteamet og vil høre om der er mulighed for 32 timer.

Mvh Sabine""")
