"""corpus85 part C: forwarded mails, reply chains, young couples and newcomers."""
from common import M

M("p", """Til hovedpostkassen

Jeg videresender nedenstående, da det handler om en konkret sag om salg af en af
kommunens grunde.

Venlig hilsen
Per Thygesen, byrådsmedlem

-----Oprindelig meddelelse-----
Fra: emilie.og.rasmus@gmail.com
Sendt: 18. november 2026 21:14
Til: Per Thygesen
Emne: vores bud på grunden

Hej Per. Vi er et ungt par (25 og 27) som har afgivet bud på storparcel nr. 4 i det nye
udstykningsområde i Ishøj Landsby. Vi har ikke hørt noget i tre uger og banken vil have
svar inden vores lånetilsagn udløber 1. december. Kan du skubbe lidt på?
Emilie og Rasmus""")

M("", """Hej. Hvornår sætter kommunen de nye grunde ved Store Vejleå til salg, og bliver der
nogle mindre grunde, som unge førstegangskøbere har råd til? Mvh Kasper""")

M("s", """Til Borgerservice / vielser

Min kæreste Emma og jeg vil gerne giftes på Ishøj Rådhus en fredag i juni. Vi er 25 og
26. Skal vi begge møde op for at bestille tid, og kan vi få lov at have vores hund med
til vielsen? Det er vigtigt for os begge.

Kh Maja Holst""")

M("t", """Til Ishøj Ungeråd / sekretariatet

Jeg er 17 og vil gerne stille op til ungerådet. Jeg har tyrkisk-kurdisk baggrund og
synes der mangler nogen i rådet, der kender de unge fra min del af byen. Hvornår er
fristen, og skal jeg have underskrifter?

Med venlig hilsen
Dilan""")

M("u", """Hej HR

Jeg er studentermedlem i Djøf og læser jura på 5. semester. Djøf har rådgivet mig om at
spørge direkte: bliver jeres studiejob i HR og jura slået op med løn efter
overenskomsten for studerende, og hvor mange timer er der om ugen?

Venlig hilsen
Ingrid""")

M("e", """Hej Jobcentret

Jeg er på kontanthjælp og flytter den 1. december fra Vallensbæk til en værelse på Ishøj
Strandvej 112. Skal jeg søge om kontanthjælp igen hos jer, eller flytter sagen bare med?

Mvh
Patrick Sørensen
[[1604972115]]""")

M("seh", """Til borgerrådgiveren

Jeg er 19 og homoseksuel. Da jeg sprang ud i sommer, smed min familie mig ud, og nu bor
jeg på et herberg for unge i København, selvom jeg stadig er tilmeldt i Ishøj. Min
psykolog siger jeg har fået en angstlidelse. Jeg har søgt kommunen om en ungdomsbolig
med bostøtte, men ingen svarer. Kan du hjælpe mig med at finde ud af hvor min sag er?

Venlig hilsen
Alexander""")

M("", """Hej biblioteket! Super flot udstilling med queer-litteratur i pride-ugen. Kommer den
igen næste år? Jeg vil gerne anbefale den til min læseklub for unge. Mvh Freya""")

M("b", """Kære Kulturhuset

Vores søn Oliver skal konfirmeres i Ishøj Kirke den 25. april, og vi vil gerne leje den
store sal om aftenen. Er den ledig, og hvor mange kan der sidde?

Venlig hilsen
Pernille og Martin""")

M("p", """Til Erhvervsservice

Jeg er 26 og uddannet frisør. Jeg har givet et bud på en lille erhvervsejerlejlighed i
Ishøj Bycenter, hvor der før var en neglesalon, og sælgeren vil have svar inden jul.
Kræver det en ny tilladelse fra kommunen at lave den om til frisørsalon?

Mvh Hiba""")

M("h", """hej ung-rådgivningen

jeg har skåret i mig selv siden jeg var 14, og i sidste måned fandt min mor ud af det. min
læge har henvist mig til børne- og ungdomspsykiatrien men der er 9 mdr ventetid. kan i
hjælpe med nogen at snakke med imens? jeg er 16
anonym""")

M("u", """Hej igen Line,

tak for svaret. Jeg er ked af at skulle gå videre med det, men vi har stadig ikke fået
noget at vide fra centret.

Nikolaj, TR for de unge medarbejdere i Ishøj Svømmehal (3F)

Den 12. okt. 2026 skrev Line Skov <lsk@ishoj.dk>:
> Kære Nikolaj
> Tak for din henvendelse om vagtplanerne for livredderne. Jeg har sendt den videre til
> Center for Kultur og Fritid, som vender tilbage inden for 10 hverdage.
> Venlig hilsen Line Skov""")

M("", """Hej, hvornår har ungdomsklubben i Ishøj Landsby lektiecafé? Og er det kun for dem der
går i klubben, eller kan alle i 7.-9. klasse komme? /Hans""")

M("t", """Hej kulturkonsulenten

Jeg er grønlænder, 20 år, og flyttede til Ishøj i sommer for at gå på Teknisk Skole. Vi
er en lille flok unge grønlændere i området der gerne vil starte en forening med
trommedans og kaffemik. Kan man låne et lokale gratis?

Qujanaq / tak
Aviaja""")

M("eh", """Til Ydelseskontoret

jeg er 18 og gravid i 7. måned og bor alene. jeg har søgt om enkeltydelse til en
barnevogn og en seng den 10. okt men har ikke hørt noget. barnet kommer i januar. kan i
skynde jer lidt plz
mvh Ronja""")

M("b", """Kære Borgerservice

Vi er humanister og vil ikke døbe vores datter Luna, der er født i september. I stedet vil
vi holde en humanistisk navnefest på rådhuset med en taler fra Humanistisk Samfund. Kan
man låne et lokale på rådhuset til det?

Med venlig hilsen
Sebastian og Nanna""")

M("t", """Hej

Jeg er 20 og kom til Danmark fra Syrien som flygtning med min mor i 2016. Nu vil jeg søge
om dansk indfødsret og skal bruge en udtalelse om at jeg ikke har gæld til kommunen.
Hvordan får jeg den?

Venlig hilsen
Yara Haddad
cpr. [[050706-4188]]""")

M("", """Til Center for Byudvikling og Natur

Vedr. sagsnr. 24/18733 og journalnr. 01.02.05-G01-12-24: høringssvar om ombygningen af
Ishøj Ungdomshus. Vi er bekymrede for at musiklokalerne bliver mindre. Høringssvaret er
vedhæftet som PDF.

Med venlig hilsen
Bestyrelsen for Ishøj Ungdomshus' brugerråd""")

M("s", """Hi there,

My boyfriend Marcus and I just moved into a flat at Ishøj Strandpark. We're both guys,
26 and 28, and we'd like to join a local LGBT+ sports club or running group. Does Ishøj
have anything like that, or is it all in Copenhagen? Tak!

Lucas (he/him)""")

M("p", """Til Byggesagsafdelingen

Vi har en køber, der venter på at overtage vores andelslejlighed i Ishøj Strandpark, men
vurderingsmanden vil have dokumentation for køkkenet, der blev flyttet i 2019. Kan vi få
en kopi af sagen, så handlen kan komme på plads?

Mvh Ahmad og Fatima""")

M("he", """Hej Hjælpemiddelafdelingen

Vores datter Nora på 15 har ADHD og kan ikke sove, og lægen har anbefalet en kugledyne.
Vi har udfyldt ansøgningen om den som hjælpemiddel, men har ikke fået svar efter seks
uger. Kan I se hvor den ligger?

Venlig hilsen
Lene Vestergaard""")

M("u", """hej centret for trafik

jeg er vægter og medlem af serviceforbundet og har nattevagter på Ishøj Station. der er
ingen steder at parkere lovligt efter kl 22 uden at få bøde. kunne vi få en
parkeringstilladelse til nattevagter?
mvh Brian, 28""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvilke fagforeninger og a-kasser deltager i uddannelsesmessen for 9. og 10. klasse i
januar? Vores elevråd vil gerne forberede spørgsmål.

Venlig hilsen
Vibeholmskolens elevråd""")

M("t", """Til borgerrådgiveren

Jeg er 21 og arbejder som pædagogstuderende i en af kommunens institutioner. En kollega
har flere gange kaldt mig "aben" og sagt, at det er pga. min hudfarve at forældrene ikke
stoler på mig. Jeg har talt med lederen, men intet sker. Hvor kan jeg klage?

Mvh Grace""")

M("e", """hej familieafdelingen

min eks vil ikke lade mig se min datter på 2 år længere. vi har aldrig lavet en rigtig
samværsaftale. jeg er 22 og har ingen penge til advokat. kan i hjælpe eller skal jeg
skrive til familieretshuset? jeg savner hende

Mahmoud
[[221104 5583]]""")

M("b", """Til Ishøj Bibliotek

Jeg er muslim og plejer at bede eftermiddagsbønnen i et stille hjørne mellem reolerne, når
jeg læser hos jer. I går bad en medarbejder mig om at gå udenfor, fordi "det ikke er et
bederum". Det tager tre minutter. Har I en regel om det?

Venlig hilsen
Idris""")

M("e", """Hej ungdomsskolen

Min lillebror og jeg vil gerne med på skituren til Norge, men vores mor har ikke råd til
de 3.800 kr. Vi har søgt om tilskud hos jer den 2. november. Må vi stadig være med, hvis
vi ikke har hørt noget før tilmeldingsfristen? Mit personnummer er [[090110-4731]] og min
brors er [[250512-6012]].

Hilsen Melissa""")

M("", """Kære kolleger i Ungeindsatsen

Jeg er lærer på 10. klassecentret og vil høre om kommunen igen holder oplægget for
forældre til unge med ADHD i foråret. Vi har flere i lærerteamet, der gerne vil henvise
forældre til det.

Venlig hilsen
Søren Lykke""")

M("ps", """Til Center for Byudvikling og Natur

Min mand Thomas og jeg har budt på et hus på Ishøj Landsbyvej, og sælgeren har accepteret
med forbehold for at kommunen kan bekræfte, at garagen er lovlig. Vi håber at kunne skrive
under inden jul. Kan I tjekke jeres sag?

Venlig hilsen
Henrik Dam""")

M("h", """Hi Ishøj library,

I broke my leg skiing in Austria and I'm stuck at home for six weeks. Can I extend all my
loans (course books for my bachelor) until January? My library card number is
2212937745.

Thanks, Sophie""")

M("e", """hej
min SU er stoppet fordi jeg er droppet ud af pædagoguddannelsen og nu har jeg 0 kr fra
december. skal jeg søge kontanthjælp eller uddannelseshjælp?? er 24
cpr [[1110024993]]
mvh Frederik""")

M("t", """Til Center for Børn og Forebyggelse

Jeg er 18 og roma. Min lillesøster på 13 bliver drillet i skolen med at vi "stjæler", og
en lærer har sagt til hende at "I er jo sådan nogen der rejser rundt". Vi har boet i
Ishøj hele vores liv. Hvad kan vi gøre?

Med venlig hilsen
Sara""")

M("b", """Kære borgmester

Jeg er næstformand i Venstres Ungdom Ishøj-Vallensbæk, og vi vil gerne inviteres til
budgetdebatten for unge på rådhuset. Sidste år var det kun nogle partiers
ungdomsorganisationer der fik en invitation.

Med venlig hilsen
Frederikke""")

M("s", """Til hovedpostkassen, til orientering

Sendt videre fra mit byrådsmail. Jeg har svaret pigen personligt og henvist hende til
Ung-rådgivningen.

Hilsen Malene Krogh

> Fra: "l.xx" <lx2009@hotmail.com>
> jeg er lesbisk og 17 og min kæreste og jeg blev kastet sten efter i skoleparken i
> fredags. vagterne så det og gjorde ingenting. hvorfor er der ikke lys i parken?""")

M("", """Hej. Hvornår har moskeen på Ishøj Stationsvej åbent hus? Jeg er lærer og vil gerne tage
min 8. klasse med derhen i religionstimen. Mvh Anne""")

M("u", """Hej lønafdelingen

Jeg var i HK indtil sidste år, men meldte mig ud, da jeg startede på studiet. Nu har jeg
fået et vikarjob på Ishøj Rådhus, og lønsedlen viser stadig træk til fagforeningskontingent.
Kan I fjerne det?

Mvh Josefine""")

M("p", """Hej

Vi har underskrevet en betinget købsaftale på en etværelses i Ishøj Strandpark til vores
datter, der skal læse på Roskilde Universitet. Forbeholdet er at ejerforeningen godkender
at hun bor der alene. Skal kommunen også godkende noget, når det er forældrekøb?

Mvh Susanne Poulsen""")

M("h", """Kære Strandgårdskolen

Min lillebror Lucas i 6.b har fået leukæmi og starter kemo i næste uge. Han kan ikke
komme i skole i lang tid. Mine forældre er på hospitalet med ham, så jeg skriver. Kan
klassen lave et videoopkald med ham en gang om ugen?

Hilsen Victoria, 19""")

M("", """Hej Ishøj Ungeråd, hvordan stiller man op til valget i februar? Skal man være 14, eller
kan min lillebror på 13 også stille op, hvis han fylder 14 i marts? Mvh Kim""")

M("hs", """Til Center for Voksne og Velfærd

Jeg er en trans kvinde på 24 og venter på kønsbekræftende behandling på Rigshospitalet.
Min kæreste Ida og jeg er lesbiske og bor sammen i Vejleåparken. Vi er blevet truet af en
nabo, og vi vil gerne vide om kommunen har en kontaktperson for LGBT+ borgere, der
oplever chikane.

Venlig hilsen
Mira""")

M("e", """Hej ydelseskontoret

Min kæreste og jeg (begge 23) er på uddannelseshjælp og har endelig fået en lejlighed
gennem boligselskabet. Vi har søgt om at få lånt depositummet på 21.000 kr. af jer. Hvor
lang tid tager det at få svar? Vi skal betale inden den 15.

Mvh Kevin""")

M("", """Hej Ishøj Kommune

Jeg skriver en artikel til skoleavisen på Ishøj Gymnasium. Hvor mange deltog i Ishøj
Pride i år, og hvad kostede det kommunen at være med? Tak!

Mvh Rebecca, 2.x""")

M("h", """hej knallertholdet

min søn Jeppe på 15 har epilepsi men har været anfaldsfri i 2 år og hans neurolog siger
han godt må køre knallert. skal i have en lægeerklæring før han starter på holdet i
januar? hans cpr er [[140611–7725]]
mvh Charlotte""")

M("t", """Til Vibeholmskolen

Jeg er far til Senait i 7.a. Jeg skriver på dansk, min nabo har hjulpet. Min kone taler
kun tigrinya. Kan skolen have en tolk til skole-hjem-samtalen, så hun også forstår?

Venlig hilsen
Tesfay""")

M("bt", """Hej ungdomsskolen

Vores familie er hinduer fra Sri Lanka, og vi fejrer diwali den weekend, hvor jeres
lejrskole er. Må vores søn Arun komme et døgn senere? Det er meget vigtigt for hans
bedsteforældre.

Venlig hilsen
Priya""")

M("u", """Hej

Jeg er lærerstuderende og studentermedlem i DLF. Jeg vil gerne være vikar på skolerne i
Ishøj, men DLF siger, at jeg skal spørge om kommunen bruger lokalaftalen for vikarer
under uddannelse. Hvem ved det?

Venlig hilsen
Albert""")

M("", """Hej Ishøj Ungdomsskole, er førstehjælpskurset for unge i februar stadig åbent for
tilmelding? Jeg er 17 og skal bruge det til mit job som livredder. /Asta""")

M("ep", """Til Borgerservice

Min mand og jeg skal skilles, og vi har sat vores hus i Torslunde til salg. Vi har fået et
bud, men det er under hvad vi skylder banken. Jeg bliver alene med vores to børn og skal
søge boligstøtte til en lejlighed. Hvordan gør man det, når huset ikke er solgt endnu?

Mvh Camilla, 29""")

M("", """Hej

Jeg har fået skade på min cykel da en bom ved skolens parkering faldt ned. Min
forsikring (Tryg, policenr. 6403951187) vil have en erklæring fra kommunen om hvem der
ejer bommen. Hvem kan skrive den?

Mvh Jesper""")

M("", """Hej Ishøj Svømmeklub / Idrætscentret, hvornår træner konkurrenceholdet for unge mellem
15 og 19, og skal man til prøvetræning først? Mvh Emilie""")
