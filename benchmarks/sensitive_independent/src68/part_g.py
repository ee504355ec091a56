"""corpus68 part g: a mixed council inbox: hard negatives on welfare, health, housing, integration, religion, unions and party matters; CPR numbers in many forms."""
from common import M

M("p", """
Kære Anne-Grethe Lund

Vi har afgivet det højeste bud på kommunens byggegrund Ishøj Landsby Vest, parcel 4, og har fået at vide, at Økonomiudvalget skal godkende salget den 6. maj. Vores nuværende lejlighed er opsagt til 1. august. Vi vil bare høre, om der er risiko for at udvalget udsætter punktet, så vi kan planlægge.

Venlig hilsen
Rune og Camilla Dahl
Ishøj Strandvej 72, 1. tv.
Rune Dahl, [[040889-1735]]
""")

M("", """
Kære byrådsmedlemmer

Ishøj Debatforum inviterer til vælgermøde om velfærd tirsdag den 4. november kl. 19 i Ishøj Kulturhus. Alle partier, der stiller op til kommunalvalget, er inviteret til at sende deres spidskandidat. Temaerne er ældrepleje, psykiatri, boligpolitik og integration. Ordstyrer: redaktøren af Lokalavisen.

Venligst bekræft deltagelse senest 20. oktober.

Ishøj Debatforum
""")

M("sh", """
Hej Bent

Min mand Kasper har været indlagt på psykiatrisk afdeling i Glostrup i tre uger med en svær depression. Nu skal han udskrives, og der er ikke lavet nogen plan for, hvem han skal snakke med i kommunen. Jeg er bange for, at det går galt igen. Jeg ved godt, du ikke kan behandle sagen, men kan du sende den til den rigtige?

Hans personnummer er [[230478\u00a01391]].

Morten Lind
""")

M("", """
Hej Kasper

Tak for snakken på havnen. Som lovet tallene fra vores forsikringssag om oversvømmelsen: policenr. 1507841234, skadesnr. 0912761188, og taksators bilag nr. 310124-0077. Kommunens sagsnr. er 06.02.03-G01-4-24.

Vi er stadig uenige med kommunen om, hvem der har ansvaret for grøften bag husene, men det må advokaterne finde ud af.

Hilsen
Grundejerforeningen Strandhaven
""")

M("u", """
Hej Sanne

Jeg er lærer på Gildbroskolen og medlem af DLF, og jeg vil gerne takke dig for, at du stemte imod forslaget om at samle specialklasserne på én skole. Jeg taler ikke på kredsens vegne, kun for mig selv.

Mvh
Helle Skov
""")

M("the", """
Til formanden for Ældre- og Sundhedsudvalget

Vores forældre kom fra Tyrkiet i 1970 og har boet i samme lejlighed på Vejleå Parkvej siden. Nu har min far Mehmet fået en blodprop og kan ikke gå, og min mor Ayşe har svær leddegigt. Vi har søgt om plejebolig til dem begge, og vi ønsker, at de kan bo sammen.

Mehmet Kaya, [[010245–0913]]
Ayşe Kaya, [[150648–0728]]

De taler kun tyrkisk, så det er mig, der skriver. Fuldmagt er vedlagt.

Venlig hilsen
Selin Kaya
""")

M("", """
KL PRESSEMEDDELELSE

Kommunerne mangler 5.000 social- og sundhedsmedarbejdere i 2030

En ny analyse fra KL viser, at kommunerne skal rekruttere 5.000 flere social- og sundhedsmedarbejdere for at følge med stigningen i antallet af ældre over 80 år. I Region Hovedstaden er manglen størst.

"Vi skal have flere unge til at vælge fagene," siger KL's formand.
""")

M("bp", """
Hej Jesper

Du kender mig fra lokalbestyrelsen i Dansk Folkeparti. Jeg har sat mit hus i Torslunde til salg, og der har været fremvisning for en familie, der er meget interesseret. Men de spørger til den nye transformatorstation, som kommunen har givet lov til på marken bag ved. Ved du, om der er klaget over den?

Hilsen
Verner Bach
""")

M("", """
Hej Morten

Jeg tror, vi taler forbi hinanden. Min pointe var ikke, at ledige er dovne. Min pointe var, at kommunens beskæftigelsesindsats har kostet 14 mio. mere end budgetteret uden at flere er kommet i job. Vi må kunne tale om effekt uden at blive kaldt kolde.

Torben

> Fra: Morten Skov
> Sendt: 2. april 2025 22:14
> Det er ikke værdigt at tale om mennesker på overførselsindkomst, som om de var en udgiftspost.
""")

M("s", """
Til Børne- og Skoleudvalget

Vi er to kvinder og har lige fået tvillinger. Vi har søgt om vuggestueplads fra januar, men pladsanvisningens system vil ikke acceptere, at begge forældre hedder "mor". Kan I give det videre til IT?

Venlig hilsen
Pernille og Stine Holm
Pernille Holm, [[1902901640]]
""")

M("tu", """
Hej Hassan

Jeg er tillidsrepræsentant i Ishøj Bycenters rengøring og medlem af 3F. Jeg er født i Marokko. Mange af mine kolleger taler ikke så godt dansk, og de tør ikke sige noget til centerledelsen om, at de skal arbejde om natten uden tillæg. Kan kommunen gøre noget, når den selv lejer lokaler i centret?

Hilsen
Youssef El Amrani
""")

M("", """
Til byrådet

Jeg synes, det er skammeligt, at Ishøj Kommune ikke vil give tilskud til Ishøj Frikirkes juleuddeling, når man giver penge til iftar i Kulturhuset. Hvorfor behandles religioner forskelligt?

Venlig hilsen
en borger
""")

M("bp", """
Kære Kasper Ørum

Jeg stemte på jer, fordi I lovede at bevare de grønne områder. Nu hører jeg, at kommunen er i dialog med en køber om salg af grunden ved Vejleå Sø til et hotel, og at der er en forhåndsaftale. Er det rigtigt? Jeg vil gerne have et ærligt svar, før jeg gør noget.

Venlig hilsen
Britta Holmgaard
""")

M("", """
Hej alle

Ishøj Kommune er i år vært for KL's integrationskonference. Program: oplæg om beskæftigelse blandt flygtninge, erfaringer fra boligsociale helhedsplaner og en debat om modersmålsundervisning. Byrådsmedlemmer kan deltage gratis.

Tilmelding senest 15. maj via Teams-linket.

Borgmesterens Sekretariat
""")

M("he", """
Hej Annette

Min svigermor på 91 fik en blærebetændelse og blev indlagt i sidste uge. Hun bor alene og får hjemmehjælp tre gange om dagen. Nu vil hospitalet udskrive hende i morgen, men hjemmeplejen siger, at de ikke kan komme før mandag. Hvad gør vi i weekenden?

Jeg sender samtidig til hovedpostkassen.

Hilsen
Flemming, [[0912631289]]
""")

M("", """
Hej Rikke

Tak for invitationen til partiernes fælles debat om boligpolitik. Ishøj Boligselskab kan desværre ikke stille med en taler den 12., men vores direktør sender gerne skriftlige bemærkninger om venteliste og huslejeniveau i de almene afdelinger.

Med venlig hilsen
Ishøj Boligselskab, administrationen
""")

M("ep", """
Kære Per

Jeg skylder 94.000 kr. i huslejerestance og ejendomsskat efter min skilsmisse, og banken siger, at jeg skal sælge rækkehuset. Der er en køber, der har budt 200.000 under udbudsprisen. Kan kommunen vente med at inddrive ejendomsskatten, til handlen er gået igennem? Jeg har fire uger.

Cpr-nr.: [[110377-2460]]

Venlig hilsen
Susanne Krag
""")

M("", """
Kære Ældreudvalg

Antallet af borgere over 80 år i Ishøj stiger med 60 % frem mod 2035 ifølge kommunens befolkningsprognose. Pensionistforeningen mener derfor, at byrådet allerede nu skal reservere grunde til nye plejeboliger. Vi foreslår arealet ved Ishøj Stationsvej.

Med venlig hilsen
Ishøj Pensionistforening, bestyrelsen
""")

M("s", """
hej Malene, det var mig og min kæreste Line der stod i boden ved Pride i lørdags 🙂 du spurgte om vi ville være med i regnbuerådet – ja, det vil vi gerne! ring på 31 22 48 90. kh Mette
""")

M("", """
Til Ishøj Byråd – høringssvar fra Ishøj Integrationsråd

Integrationsrådet anbefaler, at kommunen fortsætter med tolkebistand i sundhedsplejen, og at informationsmateriale om vaccinationer fortsat udgives på flere sprog. Rådet noterer med tilfredshed, at andelen af børn fra familier med anden etnisk baggrund, der går i dagtilbud, er steget til 92 %.

Med venlig hilsen
Ishøj Integrationsråd
""")

M("b", """
Kære borgmester

Som kirkegænger i Ishøj Kirke gennem 40 år vil jeg gerne takke for den nye belysning på stien fra Ishøj Landsby. Om vinteren gik jeg ikke hjem fra aftensang, fordi det var for mørkt. Nu kan jeg igen.

Med venlig hilsen
Gudrun Nielsen
""")

M("", """
Hej Tine

Borgmesteren har et interview med DR om fagforeningernes rolle i kommunale udbud kl. 14. Kan du finde forliget fra 2023 om arbejdsklausuler frem? Hun vil gerne have tallene: 46 udbud, 3 overtrædelser.

Vh
Camilla, Kommunikation
""")

M("pu", """
Hej Morten

Min kone og jeg er ved at sælge vores hus, og vi har en køber. Jeg er medlem af Dansk Metal, og jeg har lige fået job i Esbjerg, som starter 1. juni. Køberen vil kun overtage 1. august. Kan kommunen forlænge vores barns plads i SFO, selv om vi har meldt flytning, hvis vi bliver boende lidt længere?

Lars Madsen
""")

M("", """
Hej Bent

Jeg er uenig i, at kommunen skal stoppe med at udbyde dansk for udlændinge om aftenen. Det er de folk, der arbejder om dagen, der har brug for det. Min nabo lærer dansk efter sin vagt på lageret, og han er rigtig glad for det.

Mvh Peter Thorsen
""")

M("t", """
Hej Ayse

Jeg vil bare fortælle dig, at min søn på 9, som er adopteret fra Etiopien, for tredje gang er blevet kaldt "n-ordet" i frikvarteret på Ishøj Skole. Skolen siger, at de arbejder med det. Jeg tror, udvalget skal vide, hvor tit det sker.

Vh
Lotte Brix
""")

M("", """
Hej Annette

Jeg læste dit indlæg om psykiatrien. Jeg er enig i, at der mangler sengepladser i regionen, men det er vel ikke en kommunal opgave? Hvad kan byrådet egentlig gøre? Jeg spørger, fordi jeg skal stemme til november og vil forstå det.

Hilsen
Kirsten Dahl
""")

M("b", """
Hej Birgitte

Jeg er pacifist og har været det hele mit liv, og jeg er derfor imod, at Ishøj Kommune lægger hal til hjemmeværnets rekrutteringsdag på Ishøj Skole. Jeg vil bede dig stemme imod på næste møde.

Mvh
Aksel Winther
""")

M("", """
Nyhedsbrev fra Sundhedshuset – april

* Nyt hold: KOL-rehabilitering starter 6. maj
* Gratis kursus for pårørende til mennesker med psykisk sygdom
* Sundhedshuset holder lukket 29. maj (Kristi himmelfartsdag)

Tilmelding via egen læge eller på ishoj.dk/sundhed.
""")

M("sbt", """
Kære Tina

Jeg er 24, muslim og lesbisk, og mine forældre er fra Irak. Jeg har ikke fortalt dem om min kæreste. Jeg skriver ikke for at få hjælp til det, men fordi I i byrådet skal vide, at når jeg går til Pride-arrangementer i Ishøj, er jeg bange for at blive genkendt. Måske kunne man holde et mindre arrangement i et lukket lokale også.

Hilsen
N.
""")

M("", """
Hej Jesper

Partiernes fælles valgplakatregler er nu sendt rundt, og vi er enige om ikke at hænge op på lygtepæle ved skolerne. Kommunen har bedt os oplyse, hvem der er ansvarlig for nedtagning. Kan du svare for din liste inden fredag?

Venlig hilsen
Valgsekretariatet, Ishøj Kommune
""")

M("ue", """
Kære Morten

Jeg var tillidsrepræsentant for chaufførerne hos Movia-entreprenøren i Ishøj i ti år, indtil jeg gik på efterløn. Vil du hilse og sige til udvalget, at natbussen 350S er livsnerven for mange skifteholdsarbejdere?

Mvh
Kurt Sandberg
""")

M("", """
Til Ishøj Byråd

Det fremgår af Danmarks Statistik, at 38 % af indbyggerne i Ishøj har indvandrer- eller efterkommerbaggrund. Jeg synes, at byrådet skal tage det mere alvorligt i planlægningen af skolerne, fx med flere lærere med dansk som andetsprog som linjefag.

Mvh
Jens Møller, Ishøj Landsby
""")

M("p", """
Hej Per

Kort: Vi har fået et betinget tilbud på vores andel i A/B Strandgården fra en køber, der skal have afklaret, om altanerne bliver udskiftet med kommunal støtte. Bestyrelsen har søgt, men ingen svar. Kan du rykke for et svar?

Mvh
Bo og Mette Friis
""")

M("", """
Hej kolleger

Til orientering: Ishøj Kommunes medarbejdertrivselsmåling viser, at sygefraværet i hjemmeplejen er faldet fra 8,4 % til 6,9 %. Det er stadig over landsgennemsnittet. HR laver en handleplan, som kommer i MED-hovedudvalget i juni.

Vh
Anne-Grethe
""")

M("he", """
Hej Sanne

Jeg er 59 og har været på fleksjob i syv år efter en piskesmældsskade. Min arbejdsgiver vil nu skære mine timer ned fra 15 til 10, og jobcentret siger, at mit fleksløntilskud så ændres. Jeg kan ikke få det til at løbe rundt.

Mit cpr: [[221265 1108]]

Hilsen
Bente Holm
""")

M("t", """
Hej Hassan

Tak fordi du tog dig tid til mig og min nabo i Bycentret i går. Som vi fortalte, er vi to pakistanske mødre, der gerne vil starte en lektiecafé for piger i Vejleå. Vi mangler et lokale og en lille sum til frugt.

Rabia og Saima
""")

M("", """
Pressemeddelelse fra Ishøj Kommune

Ishøj vil have flere seniorboliger. Byrådet har vedtaget et kommissorium for en ny boligstrategi, der skal sikre 200 nye boliger til seniorer frem mod 2032. Borgere kan komme med idéer på ishoj.dk/boligstrategi frem til 1. juni.
""")

M("s", """
Kære Kasper

Din kollega skrev på Facebook, at "homoægteskab er en privatsag". Det er det ikke for mig og min mand Jeppe, når vi skal forklare vores børn, hvorfor nogen mener, vi ikke er en rigtig familie. Du må gerne tage det op i jeres gruppe.

Venlig hilsen
Claus Vind
""")

M("", """
Hej Lone

Kan du sende mig referatet fra Social- og Sundhedsudvalgets temamøde om misbrugsbehandling? Jeg var der ikke, og jeg vil gerne se, hvad administrationen sagde om ventetider på alkoholbehandling.

Mvh
Torben
""")

M("ep", """
Kære borgmester

Jeg er 67, på folkepension, og bor i min afdøde mands hus i Ishøj Landsby. Huset er til salg, og der har været to fremvisninger, men ejendomsmægleren siger, at køberne skræmmes af, at kommunen har planlagt en ny vej lige bag haven. Jeg har ikke råd til at blive boende.

Venlig hilsen
Edith Lund
""")

M("u", """
Hej Annette

Jeg er sygeplejerske i hjemmesygeplejen og tidligere kredsnæstformand i DSR. Nu er jeg bare menigt medlem, men jeg ved, hvad der sker, når man sparer på introduktion af nye kolleger. Kom og tal med os.

Hilsen
Susanne Bro
""")

M("", """
Hej Sanne

Du spurgte mig til Pride-budgettet. Kommunen gav 25.000 kr. til scenen og 8.000 kr. til regnbueflag og bannere i 2024. Resten var sponsorater fra Bycentret og to banker. Håber det hjælper.

Vh
Kultur og Fritid
""")

M("b", """
Kære Malene Krogh

Jeg har meldt mig ind i Socialistisk Folkeparti efter dit indlæg om børnefattigdom, og nu vil jeg gerne være aktiv lokalt. Hvordan kommer jeg med i en arbejdsgruppe?

Venlig hilsen
Freja Lauridsen
""")

M("h", """
Hej Morten

Jeg har haft en nethindeløsning på begge øjne og kan næsten ikke læse småt, så jeg har svært ved at udfylde høringsskemaet om ny trafikplan. Kan jeg ringe mine kommentarer ind i stedet?

Mvh
Rasmus Winther
""")

M("p", """
Hej Tina

Vores nabo i nr. 9 har haft huset til salg i et år, og nu er der endelig en køber, men han vil bygge en garage på skel, og han har spurgt os, om vi vil skrive under på en dispensation. Vi vil gerne vide, hvad kommunens regler er, før vi svarer, så vi ikke ødelægger handlen for naboen.

Venlig hilsen
Jytte og Palle Hansen, Ishøj Søvej 7
""")

M("", """
Hej Jesper

Jeg har hørt, at der er en bolig på Ishøj Strandvej, der har stået tom i to år. Kan kommunen ikke overtage den til flygtningefamilier? Det er spild, når folk står på venteliste.

Hilsen
Kim
""")

M("bs", """
Hej Rikke

Jeg er Jehovas Vidne, eller var det indtil jeg blev udstødt, da jeg fortalte menigheden at jeg er bøsse. Jeg er ikke længere troende. Jeg vil gerne hjælpe kommunen med at forstå, hvor svært det er for unge at komme ud af sådan et miljø. Jeg har set, at Ungdomsskolen har et projekt om social kontrol.

Venlig hilsen
Jonathan
""")

M("e", """
Hej Bent

Min søn på 19 har siddet i arresten i Vestre i to måneder, og nu er han løsladt uden et sted at bo. Han sover hos mig på sofaen, men jeg bor i en etværelses. Kommunen sagde, at han skulle henvende sig selv, men han gør det ikke.

Mvh
Gitte Winther
""")

M("u", """
Hej Morten

Som medlem af 3F's ungdomsudvalg og elev på Ishøj Tekniske Skole vil jeg invitere dig til vores debat om elevløn den 22. maj. Vi vil gerne høre, hvorfor kommunen tager så få elever.

Mvh
Mikkel Bang
""")

M("pt", """
Kære Anne-Grethe

Vi er en familie fra Syrien og har lige fået et bud accepteret på rækkehuset Vejleå Allé 14. Det er vores første hus. Købsaftalen er med forbehold for købers advokat, og advokaten har fundet ud af, at udestuen ikke er godkendt. Kan kommunen hurtigt fortælle, om den kan lovliggøres?

Venlig hilsen
Ahmad og Rasha Al-Hussein
""")

M("", """
Hej byrådsmedlemmer

Dette er en påmindelse om, at spørgetiden i byrådet er åben for alle borgere. Spørgsmål skal sendes til borgmesterens sekretariat senest fem hverdage før mødet og må ikke handle om personsager.

Med venlig hilsen
Borgmesterens Sekretariat
""")

M("p", """
Hej Per Aagaard

Kan kommunen ikke vente med at godkende salget af den gamle skolegrund på Ishøj Skolevej til byggefirmaet, til der har været et borgermøde? Jeg ved, at der er underskrevet en betinget købsaftale, men den er ikke endelig før byrådet har sagt ja.

Mvh
Hans Kjeldsen
""")
