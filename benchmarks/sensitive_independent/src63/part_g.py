"""corpus63 part G: long letters, reply chains, unions, homes for sale."""
from common import M

M("su", """Hej Børnehuset Havmågen

Min kone Lotte og jeg deler afhentningen, men de næste to uger er jeg til kursus som ny
tillidsrepræsentant i HK hver eftermiddag. Lotte henter derfor hver dag. Det er bare så
I ved det, hvis Frida spørger efter mig.

Kh Bettina""")

M("s", """Hej klasselærer

Vi er en regnbuefamilie: Noor har to mødre, Helle og mig, og en far, Kasper, som hun er
hos hver tredje weekend. Vi vil gerne have at alle tre står som kontakter i Aula, så
beskederne når frem. Hvordan gør vi det?

Mvh Camilla Winge""")

M("seh", """Til borgerrådgiveren

Min mand Mikkel og jeg har en søn på 6 med svær epilepsi. Jeg gik ned i tid for at passe
ham, og vi søgte om tabt arbejdsfortjeneste i foråret. Nu har vi fået afslag med den
begrundelse at "den anden forælder kan tage over", men Mikkel har et job med rejser.
Vi synes ikke sagsbehandleren har læst lægens erklæringer.

Kan du se på hvordan sagen er behandlet?

Med venlig hilsen
Jakob Ørsted""")

M("st", """Hej

Jeg er 20 og homoseksuel, og jeg kom som flygtning fra Iran for to år siden. Jeg bor i
Ishøj og går på sprogskole. Jeg vil gerne være frivillig og hjælpe unge i en klub, men
jeg ved ikke om man må når man ikke taler godt dansk. Hvem kan jeg spørge?

Venlig hilsen
Arash""")

M("s", """Kære Vibeholmskolen

Min mand Bent og jeg er begge gået på pension og vil gerne være læsebedsteforældre i
indskolingen. Vi har hørt at I har sådan en ordning. Vi har selv børnebørn på skolen, så
vi kender stedet. Hvem skal vi henvende os til?

Venlig hilsen
Hans Juul""")

M("u", """Hej Pladsanvisningen

Min kone Maria er pædagog og medlem af BUPL, og hun har fået at vide at hun har ret til
en plads til vores søn i den børnehave hun selv arbejder i. Er det rigtigt? Hun tør ikke
selv spørge sin leder.

Mvh Thomas Friis""")

M("ue", """Hej

Jeg er maler og blev opsagt i oktober. Malerforbundet, hvor jeg har været medlem i 12 år,
siger at opsigelsen ikke holder, og de fører sagen. Imens er jeg ledig, og jeg vil søge
friplads til mine to børn i SFO. Hvordan søger jeg?

Mvh Søren Dam""")

M("u", """Til formanden for Børne- og Skoleudvalget

Jeg er tillidsrepræsentant for Danmarks Lærerforening på Strandgårdskolen. Lærerne er
bekymrede over at klasserne i næste skoleår bliver slået sammen til 28 elever. Vi vil
gerne invitere udvalget på besøg, så I kan se forholdene selv.

Venlig hilsen
Anja Krogh""")

M("uh", """Hej SFO'en

Jeg kom ud for en arbejdsulykke på byggepladsen i sidste uge og har brækket foden. 3F, hvor jeg
er medlem, har anmeldt det for mig. Jeg kan ikke køre bil i 6 uger, så min nabo henter Victor om
tirsdagen og torsdagen. Hun hedder Birthe Holm.

Mvh Jimmi""")

M("u", """Hej UU

Min datter på 16 vil gerne have et fritidsjob i en butik, og jeg vil anbefale hende at
melde sig i en fagforening med det samme. Jeg var selv medlem af HK i 20 år, indtil jeg
blev selvstændig. Hvilke foreninger har I gode erfaringer med for unge?

Venlig hilsen
Merete Kvist""")

M("u", """Til Ungdomsskolen

Jeg er næstformand i Dansk Metals lokalafdeling på Vestegnen og far til Emil på 14. Vi
vil gerne tilbyde et gratis kursus i svejsning for unge i ungdomsskolen i foråret. Vi har
instruktør og udstyr. Er det noget I vil være med på?

Venlig hilsen
Kenneth Holt""")

M("p", """Til Ishøj Skole

Vores hus er solgt og købsaftalen er underskrevet, men køberen har endnu ikke indbetalt
deponeringen, og mægleren siger handlen kan falde. Vi har meldt vores to børn ud pr.
31. januar. Hvis handlen falder, kan vi så trække udmeldelsen tilbage?

Venlig hilsen
Kristina Holm""")

M("p", """Kære Byudvikling

Vi har sendt et bud på den gamle pedelbolig ved Ishøj Skole, som kommunen har sat til
salg. Vi er en familie med fire børn, og det vil være ideelt for os at bo lige ved
skolen. Hvornår beslutter kommunen hvem der får lov at købe?

Med venlig hilsen
Jens og Pernille Abildgaard""")

M("ph", """Hej Pladsanvisningen

Vi skal sælge vores hus i Torslunde, fordi min mand har sklerose og ikke længere kan gå
på trapper. Huset er sat til salg, og vi har set på en stueetagelejlighed i Ishøj
Strand. Kan vores yngste få plads i en børnehave dernede?

Venlig hilsen
Anne Marie Vinther""")

M("p", """hej

vores kolonihavehus i Ishøj Strand Kolonihaveforening er til salg, og der er en køber der
har sagt ja, men foreningen skal godkende ham først. vores søn har haft haven som sit sted
at være i weekenderne. spørger bare om kommunen har nogen regler om hvem der må købe

mvh Per""")

M("pe", """Kære borgerrådgiver

Min mand er gået konkurs med sin tømrervirksomhed, og vi er nødt til at sælge vores hus i
Vejleå. Der er to købere der har været til fremvisning. Vi har to børn på Gildbroskolen
og vil så gerne blive i området, men vi har ikke råd til husleje her. Er der nogen
støtte vi kan søge?

Med venlig hilsen
Line Bro""")

M("p", """Til Strandgårdskolen

Vi har fået en køber til vores rækkehus, men han har ikke fået sit lånetilsagn endnu. Hvis
han får det, flytter vi til Roskilde 1. april, og børnene skal skifte skole. Kan vi få
en skoleudtalelse med, så den nye skole ved hvor de er fagligt?

Mvh Dorthe Klint""")

M("t", """Hej klasselæreren

Vores datter Mei er adopteret fra Kina, og hun har fortalt at nogle børn siger hun "ikke
er en rigtig dansker". Hun er født i Kina, men har boet her siden hun var et år. Vi vil
gerne have at klassen taler om det.

Mvh Steen og Birgitte Hansen""")

M("t", """Til Ishøj Kommune

Vi er fra Bosnien og kom til Danmark i 1994. Nu er vores barnebarn startet på Ishøj Skole, og
hun vil gerne lære bosnisk. Er der nogen undervisning, eller ved I om en forening?

Venlig hilsen
Amira og Senad Hodžić""")

M("te", """Hej Ydelser

Min mand er fra Gambia, og vi har tre børn. Vi får boligstøtte, og nu er min mand
flyttet ud. Skal jeg give besked, og får vi så mere i boligstøtte? Og hvad med
børnetilskud?

Mvh Jane Ceesay""")

M("t", """Hej skolelederen

Jeg er fra Irak og min søn Ali går i 6.A. Hans dansklærer sagde til ham foran klassen at
"I arabere lærer aldrig at stave". Han har fortalt det til mig, og to andre børn har
bekræftet det. Jeg vil klage.

Mvh Haider""")

M("tb", """Til skolelederen

Vores datter Rebekka er halvt jødisk, hendes far er jøde, og hun har fået hagekors tegnet
på sin taske. Vi har anmeldt det til politiet. Vi vil have et møde med skolen om hvordan
de vil beskytte hende.

Mvh Sanne Bergmann""")

M("b", """Kære Ishøj Kirke og sognets ungdomsarbejde

Vores søn Johan blev konfirmeret i maj og vil gerne være hjælper på minikonfirmand-holdet
i foråret. Han er 15. Er der brug for unge hjælpere, og skal han have en børneattest?

Venlig hilsen
Gitte og Lars Bang""")

M("b", """Hej børnehaven

Jeg går med niqab. Når jeg henter Adam, beder personalet mig vise ansigtet. Det gør jeg
gerne, men kan det ske inde på kontoret og ikke i garderoben, hvor mændene står?

Tak
Umm Adam""")

M("b", """Hej skolen

Vi er bahá'í, og den 21. marts fejrer vi Naw-Rúz, vores nytår. Vores to børn skal være
hjemme den dag. Vi vil gerne komme og fortælle klassen om det, hvis læreren synes det er
en god idé.

Venlig hilsen
Parisa og Daniel Madsen""")

M("eh", """Til formanden for Børne- og Familieudvalget

Jeg skriver til dig, fordi jeg ikke ved hvad jeg ellers skal gøre. Min datter Stella, cpr
[[120713-5802]], blev anbragt uden for hjemmet for to år siden. Jeg har siden fået behandling
for mit alkoholmisbrug og har været ædru i 14 måneder. Min sagsbehandler sagde i foråret
at vi skulle se på en hjemgivelse efter sommer, men nu har jeg fået ny sagsbehandler,
og hun siger at sagen skal "starte forfra".

Jeg har samvær med Stella hver anden weekend, og det går godt. Hun spørger hver gang
hvornår hun må komme hjem. Plejefamilien er søde, men Stella vil hjem.

Jeg beder ikke om at du blander dig i sagen, men om at nogen ser på om det er i orden at
vi må vente igen.

Med venlig hilsen
Jannie Rask, cpr [[030491-2418]]""")

M("h", """Hej skolesundhedsplejersken

Min søn Alfred, [[1909136015]], har astma og skal tage sin inhalator før idræt. Han glemmer
det tit. Kan idrætslæreren minde ham om det? Jeg har talt med lægen, der siger det er
vigtigt.

Mvh Tina Bjerg""")

M("", """Den 4. nov. 2026 kl. 09.12 skrev Pladsanvisningen:
> Kære Marie. For at finde din søns plads har vi brug for hans personnummer.

Hej igen, det er [[290822–8315]]. Han hedder Eik. Tak for hjælpen.

Marie""")

M("he", """Hej SFO

Jeg er sygemeldt og på sygedagpenge efter en operation i knæet, og jeg skal til
genoptræning hver dag kl. 14. Min datter Emma skal derfor gå lidt længere i SFO. Jeg har
fået et brev fra jobcentret om en samtale, og der skal jeg vist oplyse, hvor hun er om
eftermiddagen. Her er mit cpr: [[160388–2651]].

Mvh Sanne""")

M("t", """Til Ishøj Kommune, skole og integration

Vi kom som flygtninge fra Syrien i 2016. Min søn Omar, [[010311-6119]], har gået i
modtagelsesklasse i to år og skal nu i almindelig klasse. Vi vil gerne tale om hvilken
skole der er bedst for ham.

Med venlig hilsen
Ahmad Alhassan""")

M("h", """Til SFO Regnbuen

Min far, som plejer at hente Lukas om fredagen, har fået demens og kan ikke længere køre bil
eller passe ham alene. Vil I fjerne ham fra hentelisten? Det er trist, men det er bedst.

Mvh Henriette""")

M("e", """Hej familieafdelingen

Vi har fået bevilget en familiebehandler, og det er vi glade for. Men hun kan kun komme kl.
10 om formiddagen, hvor vi begge er på arbejde. Kan vi få tider efter kl. 16?

Venlig hilsen
Mette og Brian Storm""")

M("", """Til Børne- og Skoleafdelingen, bogholderi

Vedr. bilag nr. 150226-0031 og bilag nr. 150226-0032 fra Skolernes Indkøbsforening. De
to bilag er bogført to gange i oktober. Vi beder om at få den ene krediteret. Vores
reference: Lene, konto 4410.

Med venlig hilsen
Vibeholmskolens administration""")

M("", """Hej

Hvilke daginstitutioner har åbent mellem jul og nytår i år, og skal man tilmelde sig? Jeg
kan ikke finde listen på hjemmesiden, og fristen plejer at være i november.

Mvh Stine""")

M("", """Kære udvalgssekretær

Hvor mange børn står lige nu på venteliste til SFO i kommunen, og hvor mange har fået
plads efter fristen? Vi har en sag på næste møde i skolebestyrelsen om SFO-kapaciteten.

Venlig hilsen
Skolebestyrelsen på Gildbroskolen""")

M("", """Kære forældre i 6. årgang

Vi inviterer til forældremøde om trivsel og sociale medier tirsdag den 13. januar kl.
19 i aulaen. SSP-konsulenten kommer og fortæller om hvad børn møder på nettet. Der er
kaffe og kage.

Venlig hilsen
Årgangsteamet, Ishøj Skole""")

M("", """Kære byrådsmedlem

Skal der være kønsneutrale toiletter på skolerne i Ishøj? Jeg har læst at andre kommuner har
indført det. Jeg har selv ingen holdning endnu, men vil gerne vide hvad byrådet mener.

Mvh Bjarne Koch""")

M("", """Til borgmesteren

Hvad gør kommunen for børn der vokser op i familier med lav indkomst? Jeg synes der burde
være gratis fritidsaktiviteter for alle børn. Det ville gøre en stor forskel i Ishøj.

Venlig hilsen
Lisbeth Gram""")

M("", """Hej ungdomsskolen

Hvornår åbner tilmeldingen til knallertkørekortet i foråret, og hvad koster det? Skal man
være fyldt 15 når holdet starter, eller når prøven er?

Mvh Anders""")

M("", """Hi,

Does Ishøj offer baby swimming lessons, and is there a waiting list? We'd like to sign up
for the spring if possible. We live near Ishøj Strand.

Thanks,
Laura""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvor mange unge mellem 15 og 24 år i Ishøj er hverken i uddannelse eller job, og hvordan
ser udviklingen ud? Jeg skal holde oplæg i Rotary om ungdomsarbejdsløshed og vil gerne
bruge de rigtige tal.

Venlig hilsen
Erik Wulff""")

M("", """Til skolebiblioteket på Vibeholmskolen

Vedr. jeres abonnement på Ishøj Avis, kundenummer 1906144420. Abonnementet udløber den
31. december. Ønsker I at forny? Svar venligst på denne mail eller ring på 43 54 00 12.

Med venlig hilsen
Abonnementsservice""")

M("", """Tusind tak for svaret.

> Den 18. sep. skrev Pladsanvisningen:
> Skolestart for børn født i 2021 er august 2027. Indskrivningen åbner 1. november
> og lukker 1. december. Se mere på ishoj.dk/skole.

Så ved vi hvad vi skal. God weekend.
Peter""")
