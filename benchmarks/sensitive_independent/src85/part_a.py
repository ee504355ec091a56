"""corpus85 part A: mixed mails from young people (15-30) and their parents."""
from common import M

M("h", """hej ungeteamet

jeg er 17 og har haft anoreksi siden 8. klasse. min læge siger der er 4 mdr ventetid på
behandling i regionen og jeg ved ikke om jeg kan holde det ud så længe. findes der noget
hos kommunen man kan gå til imens? helst uden at mine forældre skal vide det lige nu

en pige fra ishøj""")

M("e", """Til borgerrådgiveren

Jeg er 22 år og tog fire kviklån sidste år, da jeg var uden arbejde. Nu skylder jeg
omkring 38.000 kr., og det ene lån er sendt til inkasso hos Lowell. Jeg har læst at
kommunen har gratis gældsrådgivning, men da jeg ringede, fik jeg at vide at jeg skulle
skrive. Hvem kan hjælpe mig, og kan det gå lidt hurtigt?

Venlig hilsen
Mathias""")

M("", """Hej!
Hvornår åbner ungdomsklubben i Vejleåparken igen efter efterårsferien? Og skal man være
indmeldt for at komme til fredagscafeen, eller kan man bare møde op? Min søn på 14 vil
gerne med sine venner derhen.
Mvh Dorthe""")

M("s", """Til Ung-rådgivningen

jeg er 16 og sprang ud som lesbisk i min klasse i sidste uge. det gik faktisk ok men min
far ved det ikke endnu og jeg er lidt bange for hvordan han tager det. kan man tale med
nogen hos jer om hvordan man siger det? trist smiley

/ S""")

M("e", """hej, jeg søgte boligstøtte til mit værelse på kollegiet på Ishøj Søvej i august og har
ikke hørt en lyd. er det jer jeg skal skrive til eller udbetaling danmark?? jeg får SU og
har ca 6.200 efter skat om måneden så det haster lidt
cpr: [[030904-4127]]
Ditte""")

M("t", """Kære formand for Kultur- og Fritidsudvalget

Jeg er 19 år og træner et pigefodboldhold (U13) i Ishøj IF. Mine forældre kom fra
Somalia i 90'erne, og mange af pigerne på holdet har det samme ophav som mig, så jeg
ved hvor meget det betyder for dem at have en træner der ligner dem. Vores problem er
banetid: vi har kun onsdag 16-17 på kunstgræsset, og det er mørkt og koldt om vinteren.
Kan udvalget se på fordelingen af haltider?

Med venlig hilsen
Hodan Ali""")

M("eu", """yo jobcenter/ungevejledningen
har lige fået mit første job i netto ved siden af gym og en kollega sagde jeg skulle
melde mig ind i HK så det har jeg gjort. men nu spørger de om jeg også vil i deres
a-kasse, og jeg får jo SU, giver det overhovedet mening?? ved ikke hvem ellers jeg
skal spørge lol
mvh oskar""")

M("p", """Til Center for Byudvikling og Natur

Min kæreste og jeg har budt på en andelslejlighed i Ishøj Landsby, og andelsforeningens
bestyrelse skal godkende os på mandag. Sælgeren har fortalt at udestuen på terrassen
aldrig er blevet godkendt af kommunen. Hæfter vi for det, hvis vi overtager lejligheden?
Vi vil gerne vide det inden vi skriver under.

Mvh Freja Lund""")

M("b", """Hej
Jeg er 18 og medlem af Radikal Ungdom her i Ishøj. Vi vil gerne holde et debatmøde om
klima med kandidater før valget, kan man låne salen på biblioteket gratis hvis det er
en ungdomspolitisk forening? Vi regner med ca. 40 deltagere.
Mvh Asger""")

M("", """Hej Ishøj Bibliotek
Har I studiepladser man kan booke i eksamensperioden? Jeg skal læse op til eksamen i
december og derhjemme er der alt for meget larm. Og passer det at der er åbent til kl. 22
med selvbetjening?
/Amalie""")

M("hs", """Til borgerrådgiveren

Jeg er en trans mand på 20 og har været i testosteronbehandling i et år via Sexologisk
Klinik. I lørdags var min kæreste Oliver og jeg i Ishøj Svømmehal, og en livredder
sagde foran alle at jeg skulle bruge dameomklædningen. Oliver sagde at vi er et homopar
og bare ville i svømmehallen sammen, og så begyndte han at grine.

Jeg vil gerne klage over den måde vi blev behandlet på. Hvordan gør jeg det?

Mvh
Noah""")

M("e", """Hej Pladsanvisningen

Jeg er alene med min datter på 1 år og har søgt økonomisk friplads til vuggestuen
Regnbuen den 2. oktober. Jeg læser til pædagog og lever af SU og børnetilskud. Hvornår
kan jeg forvente svar? Jeg skal nemlig betale for november om en uge.

Vh Nanna""")

M("h", """Kære skolesekretær på Strandgårdskolen

Vores søn Emil (8.b) har lige fået diagnosen ADHD og skal starte på Concerta i næste
uge. Lægen siger han skal have en ekstra dosis kl. 12. Kan skolen opbevare pillerne på
kontoret, og hvem giver ham dem?

Venlig hilsen
Rikke og Jesper""")

M("", """Hej. Vi er nogle unge der gerne vil leje hal 2 i Ishøj Idrætscenter om fredagen fra
20 til 22 til basket. Hvad koster det, og skal vi være en forening for at booke? Ring
gerne på 31 42 18 07.
/Yusuf""")

M("", """hej borgerservice jeg har mistet mit gule sundhedskort og skal bruge et nyt inden
jeg tager til london i januar. kan i sende det til min nye adresse Strandgårdsvej 14,
2.th? mit personnummer er [[120699-1843]]
mvh Jonas Kragh""")

M("tb", """Til borgerrådgiveren

Jeg er 17 og går med tørklæde fordi jeg er muslim. Jeg er født i Ishøj, men mine
forældre kommer fra Pakistan. Da jeg var til samtale om en elevplads i køkkenet på
plejecentret, sagde lederen at "der ikke er plads til jeres kultur i et køkken". Jeg fik
ikke pladsen. Er det lovligt at sige sådan? Jeg har en veninde der hørte det.

Venlig hilsen
Aisha""")

M("e", """hej. er 19 og blev smidt ud hjemmefra i september. har sovet på sofaen hos forskellige
venner siden da. jeg har ingen adresse at skrive på min ansøgning om uddannelseshjælp,
hvad gør jeg så? og kan man få et sted at bo gennem kommunen
-k""")

M("", """Kære borgmester

I Ishøj Avis stod der i sidste uge, at hver femte unge i kommunen har haft angst eller
stress inden de fylder 25. Det er skræmmende tal. Hvad gør kommunen konkret for at
styrke trivslen på ungdomsuddannelserne, og er der afsat penge i budgettet til det?

Med venlig hilsen
Peter Holm, forælder til to teenagere""")

M("u", """Hej Lone

Som formand for Beskæftigelsesudvalget vil du måske gerne høre det her. Jeg er 24 og er
lige blevet valgt som elevtillidsrepræsentant i FOA for SOSU-eleverne i Ishøj. Mange af
eleverne i praktik på plejecentrene får ikke deres pauser, og nogle arbejder alene om
natten. Kan vi mødes og tale om det?

Mvh Camilla""")

M("he", """hej jobcenter
jeg fik stress på mit første rigtige job efter uni og har været sygemeldt siden 1. sep.
jeg får sygedagpenge nu og har fået en indkaldelse til samtale d. 3. dec kl 9. kan vi
tage den på telefon? jeg får hjertebanken bare af at tænke på at sidde i et venteværelse
mvh Julie""")

M("p", """Hej
Mine forældre har sat huset på Gadekæret til salg og har fået et bud, men køberen vil kun
skrive under hvis de må bygge en dobbelt carport. Jeg skriver for dem fordi de ikke er så
vilde med mails. Hvor lang tid tager en byggetilladelse til en carport cirka?
Mvh Sara (datteren)""")

M("", """hvornår er ishøj pride næste år?? og kan man melde sig som frivillig til at lave
regnbue makeup på børn? har prøvet at skrive på fb men ingen svarer haha""")

M("b", """Hej Kulturhuset

Vores datter Ella har valgt at blive nonfirmeret i stedet for konfirmeret, fordi hun ikke
tror på Gud, og vi vil gerne holde festen i den lille sal i maj. Er den ledig lørdag den
9. maj, og hvad koster den med køkken?

Venlig hilsen
Maria Kjær""")

M("t", """Til Center for Børn og Forebyggelse

Min lillebror Ahmed på 12 går i fritidsklubben på Vildtbanegårdsvej. I torsdags kaldte en
af pædagogerne ham "lille perker", da han ikke ville rydde op. Han græd da han kom hjem.
Jeg har fået mine forældres lov til at skrive. Vi vil gerne vide hvad I gør ved det.

Mvh Karim (storebror, 23)""")

M("eh", """hej

jeg har bulimi og fik bevilget en støtte-kontaktperson gennem kommunen i foråret, men hun
er stoppet og jeg har ikke hørt fra nogen siden. jeg har det ikke så godt igen. kan i
finde en ny? mit cpr er [[210501 4096]]

Line""")

M("sb", """Kære Jens Bak

Du skrev på Instagram at du gerne vil høre fra unge i Ishøj. Jeg er 18, muslim og bøsse,
og der er ikke ét sted i byen hvor jeg kan være begge dele på én gang. I ungdomshuset er
der folk fra min moské, og i København er jeg bare "ham fra forstaden". Kunne man lave
et lukket LGBT+ aftenhold i ungdomshuset, hvor der er tavshedspligt?

Jeg skriver uden navn af gode grunde.""")

M("u", """hej
er i lære som smed på HTX og medlem af dansk metal ung. bus 128 kommer for sent til at
vi kan nå første time kl 8, og vi er 6-7 stykker fra ishøj der hver dag kommer for sent.
kan kommunen tale med movia?
mvh tobias""")

M("", """Hej

Vi er tre elever fra 3.g på Ishøj Gymnasium der laver projekt om fagbevægelsen og unge.
Kan vi få et interview med nogen fra kommunen om, hvilke overenskomster unge
fritidsansatte i kommunen er ansat under, og om kommunen samarbejder med
fagforeningerne om ungejobs?

Mvh Laura, Ida og Mads""")

M("p", """Til Center for Byudvikling og Natur

Vi overvejer forældrekøb til vores søn, der skal læse i København fra februar. Vi har
været til fremvisning af en toværelses i Ishøj Strandpark til 1,4 mio., og mægleren
siger at der allerede er et andet bud. Inden vi byder: må han leje det ene værelse ud
til en studiekammerat, eller kræver det noget af kommunen?

Med venlig hilsen
Helle og Torben Vang""")

M("", """Hej. Jeg har bestilt en plads på sommerholdet i ungdomsskolen (ordrenr. 2406981175) men
er blevet trukket to gange på kortet. Kan I betale det ene beløb tilbage til reg. 2191
konto 8841207733?
mvh Victor""")

M("h", """Hej Jobcenter Ishøj / Ungeindsatsen

jeg er 19 og gravid i 12. uge. jeg er i gang med at søge ind på frisørskolen i januar.
kan man starte på grundforløbet når man skal føde i juni, eller skal jeg vente et år?
jeg vil rigtig gerne i gang.

hilsen Mie""")

M("e", """Kære borgerrådgiver

Jeg har været anbragt i plejefamilie siden jeg var 9, og jeg fylder 18 i februar. Min
sagsbehandler siger, at jeg ikke kan få efterværn, fordi jeg "klarer mig godt". Men jeg
har ingen lejlighed og ingen penge til depositum. Kan jeg klage over det, og hvordan?

Med venlig hilsen
Sofie""")

M("t", """Hej
Jeg hedder Tigist, jeg kommer fra Eritrea og har boet i Ishøj 3 år. Jeg vil gerne
begynde at svømme. Er der et tidspunkt kun for kvinder i svømmehallen? Jeg kan ikke
svømme så godt endnu.
Tak
Tigist""")

M("h", """Til sundhedsplejen i Ishøj

Min søn blev født for tidligt i uge 31 og ligger stadig på neonatalafdelingen på Hvidovre.
Vi regner med at komme hjem om cirka to uger, og lægerne siger, at I skal vide det på
forhånd, så sundhedsplejersken kan komme hurtigt. Mit personnummer er [[170302-4538]] og
hans er [[030926–5012]].

Venlig hilsen
Ronja Madsen""")

M("b", """Til Teknik- og Miljøudvalget

Jeg er aktivist i Extinction Rebellion, og vi er en lille gruppe unge i Ishøj, der vil lave
en fredelig happening på stranden ved Ishøj Havn den 12. december om havstigninger.
Skal vi søge om tilladelse hos jer eller hos politiet?

Mvh Clara Nørgaard""")

M("", """Hej, er der stadig plads på knallertholdet i ungdomsskolen i januar? Min datter
fylder 15 i december. Og kan man betale med MobilePay?
Mvh Jens""")

M("e", """Til skolelederen på Vibeholmskolen, cc. Børne- og Skoleudvalget

Vores søn på 17 har fået en betinget dom for hærværk på stationen i sommer. Nu siger
praktikkoordinatoren at han ikke kan komme i praktik i kommunen, fordi han har en
plettet straffeattest. Er det rigtigt? Han har lært af det.

Venlig hilsen
Birgitte""")

M("s", """Hi, I'm 21 and bisexual, just moved to Ishøj from Aarhus for work. Is there any LGBT+
youth group or meetup here? The guy at the library said I should ask you. Thanks a lot!
Noah""")

M("he", """Til PPR og Center for Børn og Forebyggelse

Vores datter på 16 har autisme og svær angst, og hun har ikke været i skole i tre
måneder. Vi har bedt om et møde med PPR i september, men har stadig ikke fået en dato.
Hun sidder på sit værelse hele dagen. Hvad gør vi?

Med venlig hilsen
Anette og Kim""")

M("p", """Hej

Jeg har arvet min mormors kolonihavehus i H/F Tranegilde og har fundet en køber, men
foreningen siger at prisen skal vurderes og godkendes før vi kan skrive kontrakt. Er det
kommunen der gør det, og hvad koster det? Køberen vil gerne overtage 1. marts.

Mvh Cecilie, 26""")

M("t", """Til Borgerservice

Jeg er 24 og adopteret fra Colombia som baby. Jeg vil gerne prøve at finde mine biologiske
forældre. Har kommunen stadig papirerne fra min adoption i 2002, og hvordan får jeg
aktindsigt?

Venlig hilsen
Daniel""")

M("u", """Hej lønkontoret

Jeg har et fritidsjob i kantinen på rådhuset og er studentermedlem i HK. De siger ved HK
at jeg skal have feriepenge af mine timer, men på lønsedlen står der 0. Hvem skal jeg
tale med?

Mvh Emma""")

M("", """hej, hvornår starter eid festen i ishøj ungdomshus på lørdag og må man tage sine små
søskende med? de er 7 og 9""")

M("b", """til valgsekretariatet

jeg stemte for første gang i går (på Enhedslisten!!) men elevatoren på Ishøj Skole
virkede ikke, så dem i kørestol kunne ikke komme op at stemme. det er altså ikke ok i 2026
mvh malthe""")

M("e", """Hej kommunen

Mine forældre er ved at blive skilt og de skændes om hvem jeg skal bo hos. Jeg er 14.
Må jeg selv sige noget til Familieretshuset eller til jer? Jeg vil helst bo hos min mor
men ikke skifte skole.

Fra Alberte""")

M("", """Hej biblioteket, jeg vil gerne have et lånerkort. jeg er 15 og har ikke MitID endnu,
kan jeg så bare komme forbi med mit sundhedskort?

Mvh Liva Andersen
[[180311–6620]]""")

M("", """Hej

Hvor mange unge mellem 18 og 29 får uddannelseshjælp i Ishøj i dag, sammenlignet med
2020? Jeg skriver speciale om unge uden for uddannelse og arbejde og vil gerne have tal
fordelt på køn.

Mvh Rasmus Bech, Københavns Universitet""")

M("hb", """Til skolesundhedsplejersken

Min søn Bilal i 9.a har type 1-diabetes og vil gerne faste i ramadanen til foråret ligesom
sin far og jeg. Lægen siger det kan lade sig gøre med tæt kontrol. Kan vi holde et møde
med dig om hvordan skolen holder øje med hans blodsukker?

Venlig hilsen
Samira""")

M("eu", """blev fyret fra lageret i går (sidst ind først ud). er medlem af 3F og deres a-kasse.
skal jeg melde mig ledig hos jer på jobcentret eller klarer 3F det? er 20 og har
aldrig prøvet det før
/Nikolaj""")

M("", """Kære Integrationsudvalg

Som lærer på 10. klassecentret ser jeg hvert år, at mange unge med anden etnisk baggrund
end dansk har svært ved at få en praktikplads. Har kommunen en strategi for at hjælpe
dem, og vil I tage det op på et møde?

Mvh Henriette Dahl, lærer""")
