"""Part A: roads, parking, permits and environment; replies with quoted answers, phone mails."""
from common import M

M("", """
Emne: Hul i vejen Vejlebrovej

Der er et stort hul ud for nr. 41, min cykelfælg er bøjet. Hvem betaler?
""")

M("", """
Hej igen

Tak for svar men jeg forstår stadig ikke hvorfor skiltet er flyttet.

/Bent

> Fra: Vej og Park, Ishøj Kommune
> Sendt: 3. oktober 2026 09:12
> Emne: SV: Parkeringsskilt Strandgårdsvej
>
> Kære Bent Holm
> Skiltet er flyttet som led i den nye parkeringsplan vedtaget i Teknik- og Miljøudvalget. Sagsnr. 26/04417.
""")

M("h", """
Hej

Jeg har fået en hofteoperation i september og kan ikke gå de 200 m fra p-pladsen ved Bredekærgård til min opgang. Kan jeg få lov at holde ved døren? Vedhæftet lægeerklæring.

Mvh Lone Krag
Bredekærs Vænge 14, 2. th
""")

M("he", """
Emne: Handicap-p-kort – afslag

Til Borgerservice

Jeg har fået afslag på handicapparkeringskort, selvom jeg har KOL og ilt med i bilen. Jeg vil gerne klage. Afgørelsen er dateret 12.10.2026, jeres j.nr. 27.12.04-G01-233-26.

Venlig hilsen
Poul Erik Vang
cpr [[030451-1187]]
""")

M("", """
sendt fra min iphone

hvornår bliver der saltet på cykelstien langs ishøj strandvej det er spejlglat
""")

M("", """
Fra: Henrik Brask
Sendt: 14. november 2026 21:40
Til: Teknik og Miljø
Emne: Støj fra Ishøj Havn

Hej. Bådene larmer med fald der slår mod masterne hele natten. Kan kommunen ikke sætte regler? Jeg bor på Havnevej.
""")

M("", """
Kære udvalgsformand

Som formand for grundejerforeningen Tranegården vil jeg bede udvalget om at se på hastigheden på Tranegårdsvej. Vi har målt biler i 70 km/t. Vedlagt: bilag 1 (målinger), bilag 2 (underskrifter fra 48 husstande).

Med venlig hilsen
Birgit Sønderby
Formand, GF Tranegården
tlf. 43 73 22 19
""")

M("h", """
hej min søn Oliver har astma og det er helt galt med røgen fra naboens brændeovn i nr 9 kan i gøre noget. vi har været på skadestuen to gange
""")

M("", """
Hej

Jeg har fået en p-afgift på P-pladsen ved Ishøj Bycenter, afgiftsnr. 2611041527. Jeg holdt der kun 10 min over. Kan den annulleres?

Hilsen Maja
""")

M("", """
Emne: Faktura 1510261187 – rottebekæmpelse

Jeg har modtaget faktura nr. 1510261187 for rottebekæmpelse, men det er da gratis? Kunde nr. 0409731122.

Venlig hilsen
Jens Ove Kirk
""")

M("p", """
Til byggesagsafdelingen

Vi er ved at sælge vores hus på Gildbrovej 63 og køberen vil have en ibrugtagningstilladelse på carporten før han skriver under. Ejendomsmægleren siger, handlen falder hvis det ikke er på plads inden 1. december. Kan I prioritere det?

Med venlig hilsen
Annette og Kim Lykke
""")

M("", """
Hej Kim

Tak for din mail om carporten. Ibrugtagningstilladelser behandles i den rækkefølge de kommer ind, og vi kan desværre ikke prioritere enkelte sager.

Venlig hilsen
Sofie Bach, byggesagsbehandler
Center for Byudvikling og Natur
""")

M("ep", """
Emne: SV: Tilbud på grunden Ishøj Søvej

Hej Torben

Vi kan kun byde 2,1 mio. for grunden, for banken vil ikke låne os mere – min løn er gået ned efter jeg blev sat ned i tid, og min kone er på dagpenge. Kan kommunen vente med at sælge til en anden til vi har hørt fra Nykredit?

Mvh Ali Rahimi

> Fra: Torben Mølgaard, Ishøj Kommune
> Sendt: 2. november 2026
> Kære Ali Rahimi. Kommunen har modtaget flere bud på grunden. Bud skal være afgivet senest 20. november.
""")

M("", """
Emne: Salg af kommunale byggegrunde

Hvornår sætter kommunen de nye grunde ved Vejleåparken til salg, og hvad bliver kvadratmeterprisen?
""")

M("", """
Goddag

Jeg vil gerne søge om tilladelse til at stille en container på vejen foran Stationsvej 12 i fire uger. Vi skal have nyt køkken. Vedlagt skitse.

Med venlig hilsen
Gitte Rasmussen
""")

M("u", """
Hej

Jeg er tillidsrepræsentant for 3F på affaldsbilerne og vil gerne tage fat i det med at folk parkerer så vi ikke kan komme frem på Torslunde Tværvej. Mine kolleger er trætte af at gå 100 m med hver spand.

Mvh
Rasmus Ehlers
""")

M("", """
Til Vej og Park

Som faglig konsulent i 3F Køge Bugt henvender jeg mig om arbejdsmiljøet for skraldemændene i Ishøj. Vi ser flere steder for smalle adgangsveje. Vi foreslår et møde.

Med venlig hilsen
Helle Stig, faglig konsulent, 3F
""")

M("t", """
hej jeg bor i Vildtbanegård og hver morgen står der nogen og råber perker efter min søn når han går til skole ved stien. han er 11. Kan i sætte lys op og få nogen til at gøre noget
""")

M("", """
Kære borgmester

Mange familier med anden etnisk baggrund end dansk bor i Vildtbanegård, og de skal have bedre belysning på stien ligesom alle andre. Det handler om tryghed for alle.

Mvh en borger
""")

M("", """
Emne: Cykelparkering ved Ishøj Station

Der er ingen overdækket cykelparkering på vestsiden. Jeg tror ikke jeg er den eneste der savner det.
""")

M("h", """
Hej

Jeg skal bruge en tilladelse til at holde ved min mors opgang på Gadekærvej 7 når jeg henter hende til kemo på Herlev hver tirsdag. Hun kan ikke gå langt. Hvem søger jeg hos?

Venlig hilsen
Susanne Bjerre
""")

M("", """
Fra: Kasper Vind
Til: Borgerservice
Emne: VS: Fornyelse af beboerlicens

Videresender lige – jeg fik ingen kvittering. Licensnr. 0511861234, nummerplade CX 44 512.

---------- Videresendt besked ----------
Jeg vil gerne forny min beboerlicens til P-området ved Ishøj Bycenter.
""")

M("", """
ok tak
""")

M("b", """
Hej Jesper

Som medlem af Alternativet og aktiv i Ishøj lokalforeningen vil jeg bede dig tage en snak i udvalget om flere træer langs Ishøj Boulevard. Jeg ved godt du sidder for et andet parti, men det her burde vi kunne blive enige om.

Mvh
Freja Holt
""")

M("", """
Ishøj har brug for flere træer langs Ishøj Boulevard. Det er ikke partipolitik, det er sund fornuft. Vil udvalget se på det?

Venlig hilsen
Lars Frost
""")

M("bu", """
Emne: Ladestandere

Kære Mette (S)

Som gammel socialdemokrat og 40 år i Dansk Metal har jeg altid stemt på jer, men nu kan jeg ikke få en ladestander ved min rækkehusforening. Kan du gøre noget?

Hilsen
Erik Bonde
""")

M("", """
Hvad er reglerne for at sætte en ladestander op på fællesarealet i en andelsboligforening? Skal der søges byggetilladelse?
""")

M("h", """
Kære Vej og Park

Jeg faldt på det løse flisebelagte fortov ved Ishøj Centervej 3 den 2. november og brækkede håndleddet. Jeg har været på Hvidovre Hospital og er gipset i seks uger. Jeg vil gerne gøre erstatningskrav gældende. Se bilag: skadestuejournal og billeder.

Med venlig hilsen
Merete Falk
Ishøj Centervej 11
""")

M("", """
Emne: SV: SV: Fortov

Tak, så venter jeg til foråret.

-----Oprindelig meddelelse-----
Fra: Vej og Park
Sendt: 10. november 2026 13:02
Til: Jørn Hald
Emne: SV: Fortov
Fortovet på Pilemosevej står på listen over renoveringer i 2027.
""")

M("e", """
hej. jeg har fået en p bøde på 750 kr og jeg har ikke råd, jeg er på kontanthjælp. kan jeg betale den af? 
mvh Jonas
""")

M("", """
Kan man betale en parkeringsafgift i rater? Og hvad sker der hvis man ikke betaler?
""")

M("", """
Goddag

Jeg er pedel på Strandgårdskolen. Kan Vej og Park komme og fjerne det væltede træ på stien bag hallen? Det spærrer for eleverne.

Hilsen Per Jakobsen, pedel, tlf. 43 57 11 02
""")

M("", """
Hej

Vi er tre naboer på Brødemosevej som gerne vil søge om at lave en legeplads på det grønne areal. Hvem kan vi tale med?

Charlotte, Jamal og Preben
""")

M("", """
Emne: Ukrudtsbekæmpelse

Bruger kommunen stadig glyphosat på fortovene? Jeg har set en mand med sprøjte på Ishøj Parkvej.
""")

M("b", """
Kære Miljøudvalg

Jeg er aktiv i Extinction Rebellion og vi planlægger en fredelig demonstration foran rådhuset den 5. december. Skal vi søge om tilladelse til at bruge pladsen?

Venlig hilsen
Tobias Lau
""")

M("", """
Skal man søge tilladelse til en demonstration på Rådhuspladsen? Hvem skal man kontakte?
""")

M("", """
Fra: Michael Jeppesen <mj.tagdaekning@mail.dk>
Emne: Stillads Vejledalen 4

Hej, vi skal opstille stillads på fortovet ved Vejledalen 4 fra uge 48. CVR 31 52 88 41. Tilladelse vedlagt til godkendelse.

Mvh Michael, Jeppesen Tagdækning ApS, 22 41 67 80
""")

M("", """
Hvornår tømmer I glascontaineren på hjørnet af Ishøj Søvej og Gildbrovej? Den flyder over hver weekend
""")

M("e", """
Kære Borgerrådgiver

Jeg har klaget over at Vej og Park har fjernet min bil fra Krogårdsvej. Jeg skal betale 2.800 kr for at få den tilbage, og jeg har i forvejen gæld til Gældsstyrelsen på 41.000. Jeg er enlig med to børn. Jeg føler mig ikke hørt.

Mvh
Nanna Søgaard
""")

M("", """
Hej. Hvad gør man med en bil der har stået på vores parkeringsplads i 3 måneder uden nummerplader? Holmegårdsparken blok 4.
""")

M("", """
Til kommunen

Hvorfor er der ikke flere handicap-pladser ved Ishøj Rådhus? Der er kun to, og de er altid optaget. Det er en generel bemærkning – mange ældre har svært ved at gå.

Med venlig hilsen
Inger Lise Berg
""")

M("h", """
Hej

jeg er blind og bruger førerhund. Den nye skraldespand er sat midt på fortovet på Ishøj Stationsvej og jeg går ind i den hver dag. kan den flyttes

Mvh Hans
""")

M("", """
Emne: Forsinket byggetilladelse sag 26-011876

Jeg søgte om tilbygning i juni. Det er nu november. Hvornår hører jeg noget? Sagsnummer 26-011876, matr.nr. 12bø Ishøj By, Ishøj.

Mvh Christian Lind
""")

M("p", """
Hej

Vi har fået et bud på vores sommerhusgrund i kolonihaveforeningen Ishøj Strand. Køber vil vide om der er planer om at tillade helårsbeboelse før han skriver under. Kan I svare inden fredag?

Hilsen Birthe og Ole
""")

M("", """
Emne: Lokalplan for kolonihaver

Er der planer om at tillade helårsbeboelse i kolonihaverne ved strandparken? Vi diskuterede det på generalforsamlingen.
""")

M("hs", """
Hej Vej og Park

Min mand Thomas og jeg (jeg hedder Mikkel) har fået en søn med Downs syndrom, og vi skal bruge handicap-p på Torslunde Tværvej når vi kører til fysioterapi. Hvordan søger vi?

Venlig hilsen
Mikkel Aagaard
""")

M("", """
sry for sen besked men vejen er stadig ikke ryddet for sne, store vejle alle ved nr 30
""")

M("e", """
Kære borgmester

Jeg er blevet sat ud af min lejlighed på Tranehusene og bor nu i min bil. Nu vil parkeringsvagterne ikke lade mig holde ved Ishøj Strand om natten. Hvor skal jeg så være?

Kim
""")

M("", """
Hvor mange hjemløse er der i Ishøj, og hvad gør kommunen for dem? Jeg spørger til en opgave på gymnasiet.

Emma, 2.g
""")

M("", """
Sendt fra min Samsung Galaxy

vejlyset ved stien bag Ishøj Skole er slukket igen
""")

M("", """
Fra: Karin Wendt <karin.wendt@ishoj.dk>
Sendt: 18. november 2026 08:14
Til: Hovedpostkassen
Emne: VS: Træfældning Vejleåparken

Videresendes til Center for Byudvikling og Natur. Borgeren spørger om tilladelse til at fælde to birketræer på fællesarealet.

Karin Wendt, byrådssekretær
""")

M("u", """
Hej

Jeg er medlem af FOA og sidder i bestyrelsen for min boligafdeling. Vi vil gerne have en byttecentral til storskrald. Hvem kan hjælpe?

Mvh Lene
""")

M("", """
Hej

Hvilke fagforeninger og organisationer har I inviteret til høringen om den nye affaldsordning?

Venlig hilsen
Peter Bruun
""")

M("h", """
Kære Teknik og Miljø

Min nabo på Vejleåvej 22, Hanne, er blevet dement og fodrer rotter og måger med brød på terrassen. Vi har rotter i haven nu. Hendes søn svarer ikke. Hvad gør vi?

Mvh Finn Roed
""")

M("", """
Emne: rotter

Vi har set rotter ved kloakken på Ishøj Parkvej. Hvem skal vi ringe til?
""")

M("t", """
Hej

Jeg hedder Milan og er rom. Vi holder vores campingvogne på pladsen ved Ishøj Havn, og nu siger en parkeringsvagt at vi skal flytte inden fredag. Andre campister må gerne stå der. Er det fordi vi er romaer?

Milan Stojka
""")

M("", """
Må man overnatte i autocamper på den offentlige p-plads ved Ishøj Strand?
""")
