"""corpus23 part D: the citizen advisor's mailbox; CPR numbers in many shapes; look-alike numbers."""
from common import M

M("e", """Til Borgerrådgiveren

Jeg vil klage over min sagsbehandler i Ydelsesservice. Jeg har søgt om boligstøtte i november og hun har mistet mine papirer to gange. Jeg har nu fået afslag fordi "dokumentationen mangler".

Mvh Morten Sørensen
Cpr.nr.: [[190584-1623]]""")

M("", """Kære borger

Tak for din henvendelse til Borgerrådgiveren. Vi ringer dig op inden for en arbejdsdag. Borgerrådgiveren er uafhængig af den øvrige administration.

Venlig hilsen
Borgerrådgiveren, Ishøj Kommune""")

M("h", """Jeg ønsker at være anonym. Jeg arbejder ikke for kommunen men min søster er blevet behandlet meget dårligt på akutafdelingen i kommunens sundhedshus – hun havde et epileptisk anfald og blev sendt hjem efter 20 minutter. Hun hedder Louise Frank og bor på Ishøjvej. Jeg vil ikke have mit navn med.""")

M("", """Hej Borgerrådgiver. Hvad kan du hjælpe med, og hvad kan du ikke? Jeg har en uenighed med min nabo om en hæk. Mvh Bent""")

M("he", """Til borgerrådgiveren

Min far Svend Aage Holm, [[110235-0417]], bor på Ishøj Plejecenter. Han har fået et tryksår som ikke blev opdaget i to uger og er nu indlagt på Hvidovre. Jeg har fuldmagt. Jeg vil klage over plejen.

Venlig hilsen
Ulla Holm""")

M("e", """hej, jeg vil klage over at jobcentret har trukket mig i kontanthjælp fordi jeg kom 10 min for sent til et møde. bussen var aflyst. mit cpr er [[0906982741]]. mvh Sebastian""")

M("", """Hej, mit kundenummer hos Ishøj Forsyning er 0701851234. Jeg har fået en vandregning der er dobbelt så stor som sidste år. Kan borgerrådgiveren hjælpe, eller skal jeg skrive til forsyningen? Mvh Camilla""")

M("", """Bilag nr. 300125-0042 vedlagt. Vi beder om at beløbet overføres til konto 9570 0012345678. Venlig hilsen Ishøj Malerfirma, CVR 29108744""")

M("t", """Til Borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice som sagde til mig "I somaliere forstår jo aldrig reglerne". Det skete den 4. april kl. ca. 10.30. Jeg var der for at forny mit sundhedskort.

Mvh Hodan Warsame
Cpr [[040391-2288]]""")

M("", """Til Borgerrådgiveren

Jeg er lektor på Københavns Professionshøjskole og underviser i forvaltningsret. Må jeg bruge jeres årsberetning 2023 (58 henvendelser, 23 klager) i undervisningen? Tak.
Mvh Birthe Aagaard""")

M("hs", """Til borgerrådgiver

Jeg er transkvinde og biseksuel, og jeg har i to år ventet på en henvisning til kønsidentitetsklinikken. Min læge siger det er kommunens socialrådgiver der skal skrive en udtalelse, men hun svarer aldrig. Jeg er ved at knække psykisk.

Alex (Alexandra) Juhl
[[220799 4183]]""")

M("", """Har borgerrådgiveren tavshedspligt? Jeg vil gerne klage anonymt over en medarbejder men er bange for at det kommer ud. Mvh""")

M("e", """Til borgerrådgiveren. Jeg klager over at min søn Mathias (7) blev underrettet om af skolen uden at vi blev hørt. Nu skal vi til møde i familieafdelingen. Vi har intet gjort forkert. Forældrene, Ishøj Landsby""")

M("be", """Hej

Jeg er veganer af etiske grunde og har bedt om vegansk mad på dagcentret hvor jeg kommer to dage om ugen. Det får jeg at vide at de "ikke laver". Er det rimeligt?

Hilsen Jytte Foss""")

M("", """Laver kommunens madservice vegetarisk og vegansk mad til borgere? Vi er et cateringfirma der vil byde på næste udbud. Mvh GreenFood ApS""")

M("e", """OBS: dagcenter. Jytte Foss' henvendelse om madordning i dagcentret er registreret som vejledning, Center for Voksne og Velfærd. /Borgerrådgiveren""")

M("u", """Til Borgerrådgiveren

Jeg var medlem af Det Faglige Hus indtil sidste år og skiftede til en anden a-kasse. Nu siger jobcentret at der er et hul i mine oplysninger og at de ikke kan se min dagpengeret. Jeg ved ikke hvem der har fejlen.

Venlig hilsen
Michael Frost
CPR [[130779-1937]]""")

M("", """Jeg er ikke medlem af nogen a-kasse og vil gerne vide om jeg kan få hjælp af kommunen hvis jeg bliver fyret? Bare et generelt spørgsmål. Mvh Lasse""")

M("", """Til borgerrådgiveren

Jeg er medlem af ASE's a-kasse og vil generelt høre, om kommunen kan hjælpe med at forklare reglerne for supplerende dagpenge. Jeg er i job og bare nysgerrig.

Mvh Tove""")

M("he", """Til borgerrådgiver

Min kone Helle er blevet visiteret til 4 timers hjemmehjælp om ugen, men hun har ALS og kan ikke længere spise selv. Vi har klaget men fik samme svar. Jeg er 79 og kan ikke løfte hende.

Knud Riis, [[300746–0281]]""")

M("", """Borgerrådgiveren har i 2024 modtaget 64 henvendelser, heraf 26 klager. Flest vedrører Center for Voksne og Velfærd (29). Centre med under 3 henvendelser beskrives ikke nærmere af hensyn til anonymiteten. – Udkast til årsberetning""")

M("tbe", """Hej borgerrådgiveren

Jeg er somalisk og bærer tørklæde pga. min tro. Jeg var til jobsamtale gennem jobcentret og arbejdsgiveren sagde at tørklædet ikke passede ind. Jobcentret sagde bare at jeg skal søge andre steder. Er det lovligt?

Fadumo""")

M("", """Er det lovligt for en arbejdsgiver at forbyde tørklæde? Jeg er HR-konsulent i en privat virksomhed og vil gerne være sikker. Venlig hilsen Trine Lauge, HR""")

M("e", """Til borgerrådgiveren

Jeg har fået et brev om at min boligstøtte stopper fordi min kæreste er flyttet ind. Men han er kun hos mig i weekenderne. Hvem skal jeg klage til?

Mvh Sofie Lindgaard
[[150502 9012]]""")

M("h", """borgerrådgiveren: jeg har ADHD og dyslexi og kan ikke læse de lange breve fra kommunen. Jeg har bedt om at få dem læst op eller i kortere form men ingen svarer. Mvh Oliver Bech, 19""")

M("", """Tilbyder kommunen oplæsning af breve for borgere med læsevanskeligheder? Vi er en ordblindeforening og vil gerne henvise medlemmer. Mvh Ordblindeforeningen Vestegnen""")

M("e", """Til Borgerrådgiveren

Jeg klager over at jeg fik at vide i Borgerservice at jeg ikke kan få nyt sygesikringskort fordi jeg ikke har en fast adresse. Jeg har været hjemløs siden marts og sover hos venner.

Tommy Christensen""")

M("", """Hej, hvor bestiller jeg et nyt sundhedskort? Mit er blevet væk. Mvh Inge""")

M("hp", """Til Borgerrådgiveren

Vores købsaftale på Vejleåvej 66 er betinget af at kommunen godkender en handicapvenlig tilbygning, da vores datter er spastisk og i kørestol. Sagsbehandleren har nu ligget på den i 11 uger og sælger har givet os en sidste frist. Vi vil gerne klage over sagsbehandlingstiden.

Venlig hilsen
Martin og Julie Bak""")

M("", """Kunden med ordrenummer 2708951462 har reklameret over leveringen af affaldscontainer. Venligst bekræft afhentning. Mvh Renovationen""")

M("", """Til Borgerrådgiveren

Licensnr. 1911870533 på vores vandscooter skal fornyes. Hvem i kommunen udsteder tilladelse til at sejle i Ishøj Havn? Mvh Ishøj Bådlaug""")

M("s", """hej borgerrådgiveren. jeg og min kæreste Jonas (vi er to drenge) blev smidt ud af en café i bycentret fordi vi kyssede. det er vel ikke kommunens ansvar men jeg ved ikke hvor jeg ellers skal gå hen. mvh Mikkel, 18""")

M("", """Hvor kan man klage hvis man bliver diskrimineret på en restaurant? Det er et generelt spørgsmål til et skoleprojekt. Mvh 9.c""")

M("h", """Til Borgerrådgiveren

Anonym henvendelse. Jeg er ansat som rengøringsassistent hos et vikarbureau og har hørt at en kollega, Dragana, har fået kræft og ikke tør sige det til bureauet af frygt for at miste jobbet. Kan kommunen gøre noget? Jeg ved det er privat.""")

M("ue", """Til Borgerrådgiveren

Jeg blev fyret fra kommunens ældrepleje i januar, og FOA har hjulpet mig med sagen. Nu er jeg på dagpenge. Jeg klager over at jobcentret kræver at jeg søger job i netop den afdeling der fyrede mig.

Hilsen Gitte Lund""")

M("", """Kan borgerrådgiveren tage sager om ansættelse i kommunen? Spørger for en kollega. Mvh""")

M("eh", """Til borgerrådgiveren

Jeg har fået frakendt min førtidspension efter en revurdering, selv om min gigt og depression kun er blevet værre. Jeg ved godt at det er Ankestyrelsen der tager klagen, men jeg vil klage over at min sagsbehandler ikke læste min speciallægeerklæring.

Henriette Lau
CPR-nr.[[281169-2046]]""")

M("", """Til borgerrådgiveren

Vi er en forskningsgruppe ved VIVE, der undersøger ventetider på afgørelser om førtidspension. Kan I oplyse gennemsnitlig sagsbehandlingstid i Ishøj i 2024? Ingen personoplysninger ønskes.

Venlig hilsen
Seniorforsker Anne Kristoffersen""")

M("", """Hej. Min søn er født 240315 og skal starte i skole. Hvornår skal vi indskrive ham? Mvh Rasmus""")

M("e", """Klage: Min datter Nanna (14) er anbragt i familiepleje og plejefamilien har flyttet hende til en ny skole uden at spørge mig. Jeg har delt forældremyndighed. Hvem kan jeg klage til? – Jette Krog""")

M("", """Skal man give fuldmagt, hvis man vil klage på vegne af sin mor? Jeg vil bare vide det først. Mvh Susanne""")

M("t", """Hej,

Jeg er adopteret fra Colombia og har fået at vide på Borgerservice at mit pas ikke kan fornyes før jeg viser dokumentation for min "oprindelige nationalitet". Jeg er dansk statsborger og har været det siden jeg var 2 år. Det føles helt forkert.

Mvh
Camilo Rasmussen
[[070893-3305]]""")

M("be", """Til Borgerrådgiveren

Jeg sidder i Ishøj Byråd for Dansk Folkeparti... nej, undskyld, jeg sidder IKKE i byrådet, men jeg er aktiv i DF's lokalforening og har søgt om tilskud til en udflugt for foreningens pensionister. Jeg er selv folkepensionist og lever kun af pensionen og boligydelse. Jeg mener vi bliver forskelsbehandlet.

Finn Laursen""")

M("", """Hej borgerrådgiver

Må partiforeninger søge om lokaletilskud efter folkeoplysningsloven? Det er et spørgsmål fra vores studiekreds om demokrati på Ishøj Bibliotek.

Mvh Anette""")
