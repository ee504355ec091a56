"""corpus54 part I: more family cases, forwarded mails, signatures with CPR numbers."""
from common import M

M("eh", """Fra: Birgit Holm
Sendt: 14. oktober 2026 08:12
Til: Hovedpostkassen
Emne: VS: hjælp til min dreng

Videresendes til Center for Børn og Forebyggelse. /Birgit

-----Oprindelig meddelelse-----
Fra: Jeanette Lykke
Emne: hjælp til min dreng

Hej Birgit. Min søn William på 12 har fået diagnosen Tourettes og ADHD, og vi har søgt om
en mentor i skolen for tre måneder siden. Intet svar. Kan du hjælpe?
Jeanette Lykke
cpr. [[240385\u00a02216]]""")

M("e", """Hej

Jeg søger om friplads i SFO til mine to børn. Vi er blevet skilt og jeg har kun én
indkomst nu.

Navn: Lotte Bech, [[1010872458]]
Børn: Frida Bech [[2206174833]], Anton Bech [[0911194926]]

Tak""")

M("s", """Hej Lone,

Jeg hedder Oliver og er 15. Jeg vil gerne have hjælp til at fortælle mine forældre, at jeg er
homo. Har kommunen en rådgiver til unge, jeg kan snakke med? Jeg har ikke fortalt det til
nogen endnu.""")

M("b", """Til Gildbroskolen

Vores datter Amira har valgt at begynde at gå med tørklæde efter sommerferien. Hun er
13. Vi vil gerne sikre os, at idrætslærerne ved det, så der ikke bliver problemer i
omklædningen.

Venlig hilsen
Samir og Dalia""")

M("pe", """Kære borgmesterens PA

Vi er nødt til at sælge vores hus på Torslundevej, fordi min mand er blevet arbejdsløs.
Vi har en køber, men han vil først skrive under, når han har fået svar om skolepladser
til sine børn. Kan kommunen svare ham hurtigt?

Med venlig hilsen
Kirsten Lund""")

M("tu", """Hej Ahmad

Jeg er født i Marokko og arbejder som pædagogmedhjælper i en vuggestue. Jeg er i FOA,
og vores TR siger, jeg skal skrive til politikerne: forældre har bedt om, at jeg ikke
skifter deres børn, fordi jeg er "muslimsk udseende". Lederen har givet dem ret.

Mvh Nadia El Idrissi""")

M("h", """hey kirsten

Mille er syg i dag og i morgen, hun har feber og ondt i halsen. lægen siger det kan være
halsbetændelse. hun kommer nok tilbage på torsdag

Mvh Henrik (Milles far)""")

M("sp", """Hej Birgit

Min kone Sara og jeg, to kvinder, har købt et hus på Hyldeholm, men handlen er ikke
endelig, fordi sælger har et forbehold om, at hun først skal finde en lejlighed. Vi
skal bruge en plads i børnehaven fra 1. marts. Hvordan sikrer vi det?

Hilsen Line Friis""")

M("eb", """Til borgerrådgiveren

Vores søn skal konfirmeres i maj, og vi har søgt om hjælp til konfirmationstøj og fest,
fordi vi er på kontanthjælp begge to. Vi har fået afslag. Kan vi klage?

Med venlig hilsen
Michael og Sanne Ravn""")

M("t", """Til Ishøj Skole

Min datter er halvt eritreansk, og hun har fået at vide af en klassekammerat, at hun er
"for sort til at være dansk". Klasselæreren har ikke gjort noget. Vi vil gerne have et
møde.

Mvh
Lars Gundersen""")

M("u", """hej
er i 3F og min kone er i FOA. vi begge arbejder weekender. har kommunen weekendpasning
eller kender I en dagplejer der passer lørdag? 2 børn, 1 og 4 år
/ Ahmad K.""")

M("hb", """Kære Center for Børn og Forebyggelse

Vores datter Ruth er gravid og 17 år. Vi er troende kristne og vil gerne støtte hende i
at beholde barnet, men hun har brug for rådgivning, og vi vil ikke presse hende.
Hvilken hjælp kan kommunen give?

Venlig hilsen
Esther og Paul Winther""")

M("se", """Hej familieafdeling

Jeg og min ekskone Hanne har fælles forældremyndighed over Liva. Hanne er flyttet sammen
med sin nye kone, og Liva har spurgt, om hun må bo der mere. Jeg er ikke imod det, men vi
skal have lavet aftalen om. Hvordan gør vi?

Venlig hilsen
Jesper Kjær
[[160781 1253]]""")

M("p", """Hej

Vi har fået et betinget købstilbud på vores hus, hvor køber først vil skrive under, når
kommunen har givet tilladelse til at udvide carporten. Det haster, fordi vi selv har budt
på et hus med plads til vores fire børn.

Mvh Per Kristensen""")

M("t", """Til Børne- og Skoleudvalget

Vi er en vietnamesisk-dansk familie, og vores søn er blevet kaldt "ching chong" af
lærere og elever. Skolen mener, det er for sjov. Vi vil gerne vide, om kommunen har en
politik mod racisme i skolerne.

Med venlig hilsen
Thu Nguyen og Per Andersen""")

M("hu", """Til skoleleder Kenneth

Jeg er lærer og TR for DLF på Vibeholmskolen, men skriver som forælder. Vores søn Otto er
blevet indlagt med lungebetændelse og er væk resten af ugen.

Venlig hilsen
Katrine Otte""")

M("e", """Kære Ahmad

Min datter på 15 har været væk fra skolen i et halvt år. Vi har haft et netværksmøde i
Familieafdelingen, og hun har fået bevilget en kontaktperson, men det er gået meget
langsomt. Kan du spørge til det?

Venlig hilsen
Susanne Bak""")

M("sbt", """Hi Ishøj,

My husband Ben and I are two dads and we are Jewish. Our son Noah is in kindergarten.
They are planning a Christmas play, and we would like Noah to be able to join but not
play a religious role. Is that possible?

Regards,
Eli Cohen""")

M("ep", """Til Ishøj Kommune

Min eksmand og jeg skal skilles og sælge vores rækkehus. Vi har en køber, men han
vil have at vi fjerner et skur først. Jeg er på dagpenge og har ingen penge til det.

Mvh Anne Sørensen""")

M("t", """Hej

Jeg er fra Pakistan, og min datter bliver kaldt "perker" i skolebussen. Chaufføren har
hørt det og siger ingenting. Hvem er ansvarlig?

Mvh Shazia""")

M("uh", """Hej Birgit

Jeg er pædagog og i BUPL. Jeg har fået at vide, at jeg har en arbejdsskade i skulderen
efter at have løftet børn. Kan kommunen give hjælpemidler i institutionen, så andre ikke
får det samme?

Mvh Lene""")

M("", """Til Ydelse

Brev med reference 1512890412 og sagsnummer 00.32.10-P20-4412-26. Vi har modtaget en
opkrævning for skolemad på 312 kr. Vores søn er ikke tilmeldt. Rettes venligst.

Med venlig hilsen
Familien Juhl, kundenr. 3007821190""")

M("sb", """Hej

Min kæreste Mads og jeg er to mænd og har meldt os ud af folkekirken. Vi vil gerne holde
en humanistisk navnefest for vores datter i Ishøj Kulturhus. Kan man leje en sal?

Vh Simon""")

M("et", """Til familieafdelingen

Jeg er fra Irak og har fået at vide, at min søn skal anbringes. Jeg har ikke forstået
halvdelen af møderne, fordi der ikke var tolk. Jeg vil klage.

Mit cpr: [[010175–0811]]
Søn: [[150910–5367]]

Ahmed Jaber""")

M("b", """Kære borgerrådgiver

Vores søn Ezra spiser kun kosher mad, og han får ikke noget i skolens madordning. Vi har
søgt om at sende egen mad med, men skolen siger nej. Det er urimeligt.

Venlig hilsen
Deborah Hertz""")

M("p", """Hej Birgit

Vi har budt på et nyt hus i Ishøj Landsby, og sælger har accepteret, men vi skal først
sælge vores lejlighed. Der er en køber, men han er ikke sikker. Har kommunen tilskud
til flytning for børnefamilier?

Hilsen
Maria og Rasmus""")

M("", """Hej

Jeg har kontaktet Ishøj Kommune om vores søns skoleplads. I et brev står der cpr-nummer
"xxxxxx-xxxx". Hvorfor skriver I det? Mvh Bo""")

M("eh", """Til Ishøj Kommune

Min mor bor hos os og har demens. Vi har tre børn og kan ikke passe hende. Vi har søgt
om hjemmehjælp og plads i dagcenter. Hvornår sker der noget?

Mvh
Mette Kaas
[[300682\u00a02864]]""")

M("et", """Hej kommune

mig og min børn bor i Ishøj 2 år. jeg kommer fra Afghanistan. nu jeg får brev at min
boligstøtte stop fordi min søn fylder 18. men han går stadig i skole. hvad jeg skal gøre?
jeg ikke forstår brev godt.

tak
Gul Ahmadi
[[010180 2943]]""")

M("u", """Hi Birgit / Hej Birgit

Sorry for mixing languages. I am a teacher at an international school and a member of
Uddannelsesforbundet. My kids go to Vibeholmskolen. Is there an English-speaking
parents' group in Ishøj? Tak!

Jennifer Lund""")

M("hs", """Til sundhedsplejen

Min mand Anders og jeg (Mikkel) har fået vores datter via surrogatmor i Canada. Hun blev
født for tidligt i uge 32 og har været på neonatal i fem uger. Vi er lige kommet hjem
og vil gerne have besøg af en sundhedsplejerske.

Barnets cpr: [[2810264387]]

Mikkel""")

M("b", """Kære skoleleder

Vores datter Rebekka har bedt om at blive døbt, nu hvor hun er 12. Vi har sagt ja, og
dåben er i Ishøj Kirke den 2. søndag i advent. Hun vil gerne have fri fredag til
forberedelse med præsten.

Venlig hilsen
Martin og Helle Friis""")

M("pt", """Kære Lone

Vi er en kinesisk familie, og vi har budt på en andelslejlighed i Ishøj Strandpark.
Foreningen har svaret, at vi skal vente, fordi "andre er foran", men vi kan se, at
lejligheden stadig står til salg. Vi tror, det er fordi vi er kinesere.

Venlig hilsen
Wei Zhang""")

M("e", """Til Ishøj Kommune

Jeg har fået et brev fra Udbetaling Danmark om, at mit børnetilskud skal betales
tilbage, fordi jeg har haft en kæreste boende. Han boede her kun i tre uger. Jeg har
tre børn og kan ikke betale 14.000 kr.

Mvh Jannie
cpr [[2504911628]]""")

M("sbu", """Kære Ahmad Zaki

Jeg er lærer, DLF-medlem og mor til to. Min kone Stine og jeg er begge aktive i
Alternativet i Ishøj. Vi vil gerne invitere dig til et møde om regnbuefamiliers
vilkår i skolen.

Venlig hilsen
Cecilie Lindahl""")

M("he", """Hej Rådhus

Min søn Felix på 10 har fået en hjerneskade efter en trafikulykke og skal have en
særlig stol og et ståstativ i klassen. Ergoterapeuten har søgt for os. Hvornår
hører vi noget?

Mvh Dorthe Kjeldsen
[[191183–2520]]""")
