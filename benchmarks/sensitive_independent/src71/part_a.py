"""corpus71 part A: the jobcentre, sick-pay follow-up, ressourceforløb and flexjob."""
from common import M

M("he", """
Til Jobcenter Ishøj, sygedagpengeteamet

Jeg har fået brev om opfølgningssamtale den 14. november kl. 10.30. Jeg kan desværre
ikke møde fysisk, da jeg stadig går med krykker efter operationen i knæet og ikke kan
tage bussen. Kan samtalen tages over telefon i stedet?

Mit cpr-nr. er [[230471-2285]], hvis I skal finde sagen.

Venlig hilsen
Bente Vestergaard
""")

M("he", """
Kære Merete Dahl

Du sidder jo i Beskæftigelsesudvalget, så jeg skriver til dig. Jeg har været i
ressourceforløb i halvandet år nu på grund af min angst og depression, og jeg har
haft fire forskellige sagsbehandlere. Hver gang skal jeg fortælle hele min historie
forfra. Er det virkelig meningen? Jeg er ved at give op.

Mvh Kasper
""")

M("", """
Hej

Hvornår har Jobcenter Ishøj åbent for personligt fremmøde i julen? Jeg skal aflevere
nogle papirer for min arbejdsgiver og vil ikke stå foran en lukket dør.

Hilsen Torben, Ishøj Strandvej
""")

M("he", """
Til hovedpostkassen

Jeg er visiteret til fleksjob efter min diskusprolaps i 2022, men jeg har nu været ledig
på ledighedsydelse i syv måneder. Ingen af de virksomheder jeg har fået anvist vil
have en der kun kan arbejde 12 timer om ugen. Hvad gør kommunen egentlig for at
skaffe fleksjob?

Lone Harder
cpr [[1908762934]]
""")

M("", """
Hej,

Jeg så på ishoj.dk at jobcentret udbyder kurser i truckcertifikat og
hygiejnebevis. Er de åbne for alle borgere eller kun for dem der er tilmeldt
jobcentret? Jeg spørger for vores lokale idrætsforening, som søger frivillige
til kiosken.

Med venlig hilsen
Peter Lund, kasserer
""")

M("e", """
hej jeg har faet en indkaldelse til samtale d 3/12 men jeg har allerede et
jobinterview i Brøndby den dag. kan jeg flytte den uden at miste min kontanthjælp??
skriv hurtigt tak
Mahmoud
""")

M("et", """
Til borgmesterens sekretær

Min mand skal til møde på jobcentret om sin plan, og han taler kun arabisk. Sidst
kom der ingen tolk, og mødet blev aflyst. Nu er han bange for at de trækker i hans
ydelse. Kan borgmesteren sørge for at der er tolk næste gang?

Venlig hilsen
Rana, Vejleåparken
""")

M("", """
Goddag

Jeg er studerende på journalistuddannelsen og skriver en opgave om ledigheden på
Vestegnen. Kan I sende mig tal for, hvor mange borgere i Ishøj der var på dagpenge
og kontanthjælp i 2024 og 2025, gerne fordelt på alder? Jeg skal ikke bruge
oplysninger om enkeltpersoner.

Med venlig hilsen
Sofie Kragh, DMJX
""")

M("heu", """
Kære Jobcenter

Jeg er sygemeldt fra mit arbejde som social- og sundhedshjælper på grund af
slidgigt i begge hofter. Min tillidsrepræsentant fra FOA tager med til mødet den
20. januar, hvis det er i orden. Jeg er selv medlem af FOA og har været det i 19 år.

Hilsen
Gitte Sørensen
""")

M("e", """
Hej

Jeg blev ledig 1. oktober og får dagpenge fra ASE. Jeg har hørt jeg skal have et
CV på Jobnet inden tre uger, men min login virker ikke. Hvem i jobcentret kan hjælpe
mig med det?

Venlig hilsen
Jesper Bak
""")

M("h", """
Til formanden for Social- og Sundhedsudvalget

Jeg arbejder ved siden af studiet, men er blevet syg med kyssesyge og har været
hjemme i fem uger. Min chef siger at kommunen nok kan give ham refusion. Hvordan
søger han det? Jeg vil bare gerne tilbage når jeg er rask.

Mvh
Emil, 22 år
""")

M("he", """
Til Borgerrådgiveren

Jeg vil klage over at min sygedagpengesag er blevet stoppet. Jobcentret mener at jeg
kan arbejde, selvom min læge og psykiateren på Glostrup skriver at jeg har svær PTSD.
Jeg har fået en afgørelse om ophør pr. 1. december, og jeg aner ikke hvordan jeg
skal betale husleje.

Jeg vil gerne være anonym over for centret indtil videre.

Med venlig hilsen
(navn kendt af borgerrådgiveren)
""")

M("", """
Kære Karsten Holm

Tak for dit indlæg på byrådsmødet om den nye indsats for unge ledige. Jeg er
virksomhedsejer i Ishøj Erhvervspark og vil meget gerne tage en praktikant eller
to, hvis jobcentret kan matche os. Hvem skal jeg kontakte?

Med venlig hilsen
Anders Friis
Friis Autolakering ApS, CVR 35 81 22 40
tlf. 43 73 12 90
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Jeg er i virksomhedspraktik i Netto på Ishøj Torv gennem jobcentret. Min
praktikperiode slutter 15. december, men butikschefen vil gerne forlænge.
Skal han selv kontakte jer, eller skal jeg?

Hilsen Laila
""")

M("he", """
Hej Merete

Kort spørgsmål. Min kollega Ditte har været sygemeldt med brystkræft siden maj og er
nu indkaldt af jobcentret til noget hun kalder en rundbordssamtale. Hun er meget nervøs. Må jeg som
kollega deltage? Hun har sagt ja til at jeg spørger.

Mvh Hanne
""")

M("e", """
Til Jobcenter Ishøj

Hermed mine ansøgninger for uge 44 og 45, som aftalt på mødet med min
jobkonsulent. Jeg har søgt 9 stillinger som lagerarbejder og 2 som chauffør.
Beklager de kommer sent, min computer har været i stykker.

Med venlig hilsen
Ronni Larsen
Kundenr. hos Jobnet: 88231
""")

M("", """
Kære borgmester

Hvorfor har jobcentret flyttet sine åbningstider så det først åbner kl. 10 om
torsdagen? Mange af os der arbejder skift kan ikke nå det. Det er en politisk
beslutning, synes jeg, og I bør lave den om.

Venlig hilsen
Jørgen Mikkelsen
""")

M("hes", """
Til direktionsassistenten i Center for Beskæftigelse og Erhverv

Jeg skriver på vegne af min mand, Thomas, som er i ressourceforløb efter en
hjerneblødning sidste år. Jeg hedder Mikkel, og vi har været gift i otte år.
Thomas kan ikke selv overskue al post fra jobcentret, og jeg har fuldmagt. Vi vil
gerne have at al post fremover også går til mig.

Med venlig hilsen
Mikkel Strand
""")

M("he", """
hej

er sygemeldt med stress fra mit job hos et rengøringsfirma. jobcenteret ringer hele
tiden og jeg kan ikke tage telefonen pga stress. må de bare skrive i stedet. jeg får
sygedagpenge fra kommunen nu fordi arbejdsgiverperioden er slut

anne-marie
""")

M("", """
Goddag

Vi er en mindre produktionsvirksomhed, der overvejer at ansætte en medarbejder i
fleksjob. Hvor stort er fleksløntilskuddet, og hvordan foregår visitationen fra
jobcentrets side? Vi har ikke en bestemt person i tankerne endnu.

Med venlig hilsen
Henriette Kvist, HR
Kvist Emballage A/S
""")

M("he", """
Til jobcentret

Jeg har modtaget brev om at min sag skal for rehabiliteringsteamet. Kan jeg tage min
egen læge med? Hun kender min sklerose bedre end nogen.

Mvh
Susanne Poulsen
[[110368-1456]]
""")

M("e", """
Kære Lise Brandt

Min søn på 19 har fået at vide at han skal i aktivering for at få
uddannelseshjælp. Han vil gerne i lære som tømrer, men jobcentret siger han skal
tage et forløb om "arbejdsparathed" først. Kan du hjælpe mig med at forstå hvorfor?

Venlig hilsen
Birgitte, Ishøj Landsby
""")

M("", """
Til udvalgsformanden for Beskæftigelse

På seneste møde i Erhvervsrådet blev det nævnt, at kommunen vil lave en
erhvervsstrategi med fokus på logistik. Kan I sige noget om tidsplanen, og om
lokale virksomheder bliver inviteret til workshops?

Med venlig hilsen
Klaus Bech
Formand, Ishøj Handelsstandsforening
""")

M("hte", """
Hello,

My name is Oksana and I came to Denmark from Ukraine in 2022. I am in a
"ressourceforløb" because of my back pain and the war trauma. My caseworker wants
me to take a Danish course at the same time as physiotherapy. It is too much. Can I
get a meeting in English?

Thank you
Oksana Melnyk
""")

M("he", """
Til Ishøj Kommune

Jeg har fået et krav om tilbagebetaling af sygedagpenge på 14.280 kr. fordi jeg
angiveligt arbejdede i perioden. Det gjorde jeg ikke, jeg hjalp min bror med at
flytte én dag. Jeg klager hermed over afgørelsen.

Journalnr. 15.20.08-G01-3341-25
Cpr.nr. [[280990 3317]]

Michael Hansen
""")

M("", """
Hej

Holder jobcentrets jobcafé stadig åbent om tirsdagen i biblioteket? Jeg vil gerne
give en hånd som frivillig med CV-hjælp, jeg er pensioneret HR-konsulent.

Vh
Inger
""")

M("e", """
Kære borgmester

Jeg har været ledig i to år nu, og jobcentret har sendt mig på det samme
"jobsøgningskursus" tre gange. Jeg kan det udenad. Kan I ikke bruge pengene på noget
der virker, f.eks. et rigtigt kørekort til C?

Med venlig hilsen
Steen Aagaard
""")

M("heu", """
Til Jobcenter Ishøj

Vedr. § 56-aftale for undertegnede

Jeg har kronisk migræne og har flere sygedage om året. Min arbejdsgiver og jeg vil
gerne søge om en § 56-aftale. Jeg er tillidsrepræsentant i HK på min arbejdsplads,
så jeg har selv læst reglerne, men jeg kan ikke finde blanketten.

Venlig hilsen
Camilla Rask
""")

M("", """
Til jobcentret

Jeg er leder af Ishøj Bibliotek og vil gerne høre om vi kan få en løntilskudsmedarbejder
til udlånet i foråret. Hvilke krav stiller I til os som arbejdsplads?

Med venlig hilsen
Birthe Holm, biblioteksleder
""")

M("he", """
Hej med jer

Jeg har været på arbejdsprøvning i fire uger på et lager, og jeg kunne kun klare to timer
ad gangen på grund af smerterne i nakken efter piskesmældet. Nu står der i rapporten at
jeg "viste manglende motivation". Det er ikke rigtigt. Jeg vil have det rettet.

Mvh
Nikolaj Juhl
""")

M("e", """
Til Borgerrådgiveren

Min jobkonsulent sagde på mødet i går at jeg "bare skulle tage mig sammen" og at
"folk som mig" ikke gider arbejde. Jeg er på kontanthjælp og har søgt over 200 job.
Jeg synes ikke det er i orden at blive talt til sådan.

Hilsen
Patrick
""")

M("", """
Kære Karsten

I Folkebladet stod der at ledigheden i Ishøj er faldet til 4,1 procent. Hvordan
ser det ud for de unge under 30? Er vi stadig over landsgennemsnittet?

Venlig hilsen
en interesseret borger, Torslunde
""")

M("hte", """
Til Center for Beskæftigelse og Erhverv

Jeg hedder Abdirahman og kommer fra Somalia. Jeg er i fleksjob 15 timer om ugen på et
vaskeri efter min arbejdsulykke. Nu vil vaskeriet ikke forlænge, og jeg frygter at
miste tilskuddet. Hvad sker der med min ledighedsydelse?

Tak
Abdirahman Farah
""")

M("he", """
Til jobcentret

Jeg vedlægger ny lægeerklæring. Lægen skriver at jeg skal være fuldt sygemeldt seks uger
mere på grund af min graviditetsbetingede bækkenløsning. Jeg er på sygedagpenge fra
kommunen, da jeg er vikar.

Vh
Julie Mortensen
[[020697–4410]]
""")

M("", """
Hej

Er det rigtigt at jobcentret har lukket telefonen om fredagen? Jeg ringer for min
virksomhed, vi mangler folk til julesæsonen og vil gerne slå en stilling op gennem
jer.

Med venlig hilsen
Jan Ottesen
Ottesens Catering, tlf. 20 44 15 87
""")

M("e", """
Til Lise Brandt, byrådsmedlem

Jeg er 61 og blev fyret fra Arla sidste måned efter 34 år. Nu siger jobcentret jeg skal
på "jobklar"-kursus sammen med 20-årige. Jeg er ikke sur, bare træt. Kan man få lov
til at søge efterløn i stedet, når man har betalt ind hele livet?

Venlig hilsen
Poul Erik
""")

M("he", """
Kære borgmester

Min datter er 24 og har autisme. Hun er i gang med en uddannelse på HF og klarer sig
godt, men jobcentret har nu skrevet til hende om et "afklaringsforløb". Hun forstår ikke
hvorfor, og det gør jeg heller ikke. Hun modtager ikke nogen ydelse fra jer.

Med venlig hilsen
Lene Gram
""")

M("", """
Til Ishøj Kommune

Hvilke kurser tilbyder jobcentret for ledige akademikere? Jeg spørger på vegne af
Ishøj Seniorklub, som har fået en henvendelse om emnet til vores nyhedsbrev.

Med venlig hilsen
Else Brønd
Sekretær, Ishøj Seniorklub
""")

M("he", """
til jobcentret

mit navn er Dennis. jeg er alkoholiker og har været på afvænning i Nordsjælland i tre
måneder. nu er jeg hjemme og vil gerne i gang. jeg har fået at vide jeg skal have en
mentor via jobcentret, hvem ringer jeg til?

dennis
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Ang. jeres brev om at min integrationsydelse nedsættes fra januar: jeg har
ikke fået nogen forklaring på beregningen. Kan I sende den?

Venlig hilsen
Yonas Tesfay
""")

M("het", """
Til formanden for Beskæftigelsesudvalget

Jeg er polsk og har arbejdet på byggepladser i Danmark i 14 år. Efter min ulykke
på stilladset (brækket ryg og hofte) er jeg nu i ressourceforløb. Jobcentret vil
sende mig i praktik i et supermarked, men jeg kan ikke stå i kassen otte timer.
Hvem kan jeg tale med?

Pozdrawiam
Tomasz Wiśniewski
""")

M("", """
Hej Merete

Er der tal på, hvor mange i Ishøj der er i ressourceforløb, og hvor mange af dem der
kommer i job bagefter? Jeg sidder i bestyrelsen for Handicaprådet og vil gerne have
det med til næste møde.

Vh
Henrik Mølgaard
""")

M("eh", """
Kære borgmester

Jeg skriver for min nabo Vera, 58 år, der har fået afslag på førtidspension, selvom
hun har KOL og knap kan gå op ad trappen. Hun har givet mig lov til at skrive. Hun er
nu henvist til et nyt ressourceforløb, det tredje. Det kan ikke være rigtigt.

Venlig hilsen
Ole Thygesen, Strandgårdsvej
""")

M("e", """
Hej

Jeg vil bare bekræfte at jeg kommer til mødet torsdag med min jobkonsulent. Jeg tager
mine lønsedler fra rengøringsjobbet med, så I kan se timerne, jeg har kun 8 timer om
ugen og supplerende dagpenge.

Vh Fatima
""")

M("", """
Til Jobcenter Ishøj

Jeg har fået en sms fra nummeret 72 35 00 00 om at jeg skal "bekræfte mit cpr-nummer"
via et link for at få tilbagebetalt penge fra jobcentret. Er det jer? Det ser ud som
svindel.

Med venlig hilsen
Karin Lauesen
""")

M("he", """
Til Borgerrådgiveren

Jeg har været sygemeldt med en hjernerystelse siden en cykelulykke i juni og har ikke
fået svar fra sygedagpengeafdelingen på min mail om delvis raskmelding i fem uger.
Min arbejdsgiver venter. Det er vel ikke i orden?

Hilsen
Camilla Ørum
""")

M("he", """
Til Ishøj Kommune

Vedrørende borger: Hanne Juul Pedersen, cpr [[070582-2468]]

Jeg er advokat og har fuldmagt fra ovennævnte. Min klient har modtaget afgørelse om
ophør af sygedagpenge efter varighedsbegrænsningen, til trods for at hun er i aktiv
kræftbehandling på Herlev. Vi anmoder om genoptagelse.

Med venlig hilsen
Advokat Rasmus Kjær
Kjær & Partnere, Vesterbrogade
""")

M("", """
Hej Lise

Synes du ikke, det er på tide at kommunen laver sommerjob til de unge igen? Da jeg var
ung havde kommunen et sommerjobprojekt ved stranden, og det gjorde en kæmpe forskel.

Mvh
Jytte fra Ishøj Strand
""")
