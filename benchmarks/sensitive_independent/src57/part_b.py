"""corpus57 part B: care homes, plejeboliger, ældreboliger, couples, moving."""
from common import M

M("se", """Kære Borgerrådgiver

Min kone Ruth og jeg (Birgit) har boet sammen i 41 år og været gift siden
1989. Ruth flyttede på plejecenter Ishøjhave i oktober, fordi jeg ikke kunne
klare plejen mere. Nu har jeg søgt om at flytte ind i en parbolig på samme
center, men jeg har fået at vide, at parboliger "normalt er til ægtepar".
Vi ER et ægtepar.

Jeg vil gerne have hjælp til at klage.

Birgit Lauridsen""")

M("ehs", """Til plejecentrets leder, cc. udvalgsformanden

Min mand Arne har boet på jeres plejecenter siden maj. Han har Lewy body
demens og er ofte bange om aftenen. I sidste uge fik jeg at vide af en
aftenvagt, at "det er bedre, hvis du ikke kysser ham på gangen, de andre
beboere kan blive forvirrede". Vi har været sammen i 52 år.

Jeg forventer en undskyldning og at personalet bliver talt med.

Venlig hilsen
Frede Johansen""")

M("", """Til Center for Voksne og Velfærd

Hvor lang er ventetiden på en plejebolig i Ishøj lige nu? Og er der forskel
på de forskellige plejecentre? Jeg sidder i bestyrelsen for
pensionistforeningen, og vi får mange spørgsmål om det til vores møder.

Med venlig hilsen
Jørn Mikkelsen, Pensionistforeningen Ishøj""")

M("e", """Hej

Jeg er blevet skrevet op til en ældrebolig i Torslunde for et halvt år siden.
Kan I sige, hvor langt jeg er på listen? Jeg bor på 3. sal uden elevator,
og trappen bliver sværere for hver vinter.

Venlig hilsen
Else Marie Kjærgaard
personnummer [[190339-0826]]""")

M("", """Til hovedpostkassen

Hvor mange ældreboliger har kommunen i alt, og hvor mange står tomme? Jeg
har hørt, at der står flere tomme i Strandparken, samtidig med at folk
venter. Er det rigtigt?

Hilsen
Niels Ravn""")

M("ep", """Til visitationen

Vi har fået tilbudt en ældrebolig på Pilemølle pr. 1. juni. Det er vi meget
glade for. Men vores hus på Tranegildevej er først sat til salg i sidste uge,
og vi kan ikke betale husleje begge steder i flere måneder. Kan
indflytningen udskydes til 1. august? Ejendomsmægleren regner med, at huset
er solgt inden sommerferien.

Med venlig hilsen
Gunnar og Lis Bjerre""")

M("teh", """Goddag

Min svigermor er fra Bosnien, hun kom som flygtning i 1993. Nu er hun 84 og
har fået plads på plejecenter efter to slagtilfælde. Hun taler næsten kun
bosnisk igen, hun har glemt sit danske. Personalet forstår ikke, når hun
har ondt. Kan I skaffe en tolk en gang om ugen, eller en medarbejder der
taler sproget?

Venlig hilsen
Jesper Andersen""")

M("", """Til plejecentrene i Ishøj

Hvornår er der åbent hus på de nye plejeboliger ved Ishøj Bygade? Vi er et
hold fra seniorhøjskolen, der gerne vil se, hvordan de er indrettet.

Mvh
Birthe Lykke""")

M("eb", """Kære plejecenterleder

Min far Ibrahim bor på jeres afdeling 2. Han beder fem gange om dagen og har
brug for at vide, hvilken retning der er mod Mekka, og for et roligt sted
om fredagen. Personalet har sagt, at der ikke er plads. Kan vi finde en
løsning sammen? Vi vil gerne selv tage et bedetæppe med.

Venlig hilsen
Samira Haddad""")

M("", """Hej

Er der et stillerum eller bederum på de kommunale plejecentre? Jeg skriver
en opgave om religion og ældrepleje på SOSU-skolen og vil gerne vide, hvad
kommunen tilbyder generelt.

Tak
Mathilde (SOSU-assistentelev)""")

M("eh", """Til formand for Social- og Sundhedsudvalget

Min mor, Gudrun Lassen, venter på en plejebolig. Hun har været på
aflastningsplads på Bredekær i 9 uger nu, efter hun kom hjem fra Hvidovre
med en lungebetændelse og ikke kunne gå. Vi får at vide, at der "snart"
er en plads. Hvad betyder snart?

Hendes cpr: [[2007282015]]

Venlig hilsen
Bjarne Lassen""")

M("", """Til Center for Voksne og Velfærd

Hvad koster en plejebolig om måneden i husleje, og hvad kommer oven i for
mad, vask og rengøring? Kan man se priserne for 2025 et sted? Jeg kan ikke
finde det på hjemmesiden.

Mvh
Anders Thye""")

M("ste", """Til borgmesteren

Jeg skriver, fordi min partner Marianne og jeg har fået afslag på at bo i
samme bolig, da hun skal på plejecenter. Vi er to kvinder og har aldrig
giftet os, fordi det ikke kunne lade sig gøre, da vi mødte hinanden. Jeg er
selv oprindelig fra Færøerne og har ingen familie her.

Vi har været sammen i 38 år. Må vi ikke være sammen de sidste år?

Venlig hilsen
Randi Joensen""")

M("e", """Til Borgerrådgiveren

Vores mor har boet på plejecenter i to år. I januar fik hun en ny
kontaktperson, og siden har vi ikke fået besked om noget – ikke om lægebesøg,
ikke om fald. Vi har skrevet til lederen tre gange. Hvad kan vi gøre?

Pia og Jens Holmgaard""")

M("", """Hej

Min mand og jeg er 82 og 79 og har boet i hus i 40 år. Vi overvejer nu at
flytte i seniorbofællesskabet ved Strandgården. Hvordan kommer man på listen, og hvor mange lejligheder er
der?

Venlig hilsen
Lene Abildgaard""")

M("ep", """Til hovedpostkassen

Min far har fået en plejebolig og flytter 1. april. Hans andelslejlighed i
Ishøj Strandpark skal sælges, og foreningen har en køber på ventelisten, men
der er ikke skrevet under endnu. Hvordan går det med huslejen i plejeboligen,
hvis vi først får pengene for andelen om to måneder? Kan den udskydes?

Venlig hilsen
Karina Schmidt, datter og fuldmagtshaver""")

M("eb", """Til plejecentret Ishøjhave

Vores oldemor skal flytte ind hos jer. Hun er katolik og vil gerne have
besøg af en præst fra Sankt Mikaels Kirke hver måned og have mulighed for
at modtage nadver. Er det i orden, og hvem skal vi aftale det med?

Venlig hilsen
Magdalena Kowalski""")

M("b", """Til plejecentrene

Jeg er sognepræst, og vi vil gerne holde gudstjeneste en gang om måneden for
de beboere, der har lyst, ligesom vi gør på Bredekær. Kan det lade sig gøre
på Ishøjhave? Hvem skal jeg kontakte?""")

M("eh", """Hej

Jeg har fået tildelt en ældrebolig i Strandparken, men der er ingen
dørtrinsramper, og jeg går med rollator. Kan I sætte ramper op før jeg
flytter ind? Udlejningen siger det er kommunens sag.

Mvh Ester Lund, [[041132-0998]]""")

M("", """Til Center for Voksne og Velfærd

Jeg har hørt, at man kan bytte ældrebolig, hvis man gerne vil bo tættere på
sin familie. Gælder det kun inden for kommunen, eller kan man bytte til en
anden kommune? Jeg spørger for en ven i kortspilsklubben.

Venlig hilsen
Bjarne Sørensen""")

M("hes", """Til direktionen, Voksne og Velfærd

Min mand Peter er 71 og har fået diagnosen frontotemporal demens. Vi har søgt
om plejebolig, og vi er blevet lovet en plads i foråret. Jeg har ét ønske:
at han kommer et sted, hvor personalet er vant til, at han har en mand og
ikke en kone. Han er forvirret nok i forvejen og bliver rasende, når nogen
spørger efter "konen".

Venlig hilsen
Claus Dahl""")

M("", """Hej

Må man have hund med på plejecenter i Ishøj? Vi har set en udsendelse fra en
anden kommune, hvor beboerne havde en fælles kat. Kunne det være noget for
Ishøj? Jeg synes det ville give glæde.

Hilsen Tove""")

M("the", """Til plejecentret

Min mor er grønlænder og flyttede til Danmark som ung. Hun er nu 86 og har
demens og taler kun grønlandsk om aftenen. Personalet sagde i går, at hun
"bare snakker sit eget sprog" og gik igen. Kan I finde en grønlandsk tolk,
eller i det mindste tage det alvorligt? Hun har ikke fået sin aftenmedicin.

Naja Petersen""")

M("", """Kære udvalgsformand

Jeg har fulgt debatten om de nye plejeboliger ved Ishøj Bygade. Jeg synes, det
er forkert at bygge så store centre. Mindre enheder er bedre for de ældre,
viser forskningen. Jeg håber, udvalget vil genoverveje.

Med venlig hilsen
Kirsten Brandt""")

M("e", """hej jeg skriver for min morfar. han er på venteliste til plejebolig og
har sagt ja til Bredekær, men nu siger de at der er en plads på Ishøjhave i
stedet. kan han sige nej uden at miste pladsen på listen? han bliver sur når
han ikke må bestemme selv

mvh Nikolaj""")

M("", """Til byrådsmedlem Anette Borg

Tak for dit indlæg om ældreboliger i lokalavisen. Jeg er enig i, at der skal
bygges flere, og at de skal ligge tæt på bussen. Jeg håber, du får flertal.

Venlig hilsen
Palle Hjort""")

M("eh", """Til visitationen

Min kone Inge har haft sklerose i mange år og sidder i kørestol nu. Vi har
søgt om en ældrebolig med plads til kørestolen, da vores lejlighed ikke kan
bygges om. Det er 14 måneder siden. Hvor lang tid tager det?

Venlig hilsen
Per Bruun
personnr. [[150846-2315]]""")

M("", """Hej

Kan I sige, hvem der er ejer af plejecentret på Vildtbanegårdsvej – er det
kommunen eller en privat? Vi er nogle naboer, der undrer os over, at
bygningen står tom.

Mvh
Flemming""")

M("et", """Goddag Ishøj Kommune

Jeg er 81 år, kommer fra Vietnam. Jeg bor alene i Vejleåparken. Jeg har søgt
ældrebolig og fået et brev, men jeg forstår ikke brevet. Min datter arbejder i Norge.
Kan en person ringe til mig og tale langsomt?

Mange tak
Nguyen Thi Lan""")

M("eb", """Til plejecentret Bredekær

Vores far, Erling, var medlem af Socialdemokratiet i 60 år, og han vil så
gerne have Socialdemokratens blad og se partilederdebatten. Vi har spurgt
om fjernsyn med DR2 på hans værelse. Kan det ordnes?

Venlig hilsen
Hanne og Lars""")

M("", """Til Center for Voksne og Velfærd

Hvad er reglerne for at få en ægtefælle med ind i en plejebolig, hvis den ene
ikke selv har brug for pleje? Vi skriver en artikel om emnet til
pensionistbladet og vil gerne have kommunens svar med.

Venlig hilsen
Redaktionen, "Seniornyt Ishøj\"""")

M("ep", """Til Center for Voksne og Velfærd

Mine forældre har fået en ældrebolig i Torslunde. Deres hus på Ishøj Landsby
er solgt betinget: køberen skal have sit eget hus solgt først, og fristen er
30. april. Hvis handlen falder, har de ikke råd til at flytte. Kan de beholde
tilbuddet om ældreboligen, selvom indflytning bliver senere?

Med venlig hilsen
Lotte Winther""")

M("", """Til plejecentret Ishøjhave

Jeg vil gerne sende en tak til personalet på afdeling 3 for den fine
sommerfest i lørdags. Maden var god, musikken var god, og de gamle dansede.
Sådan skal det være.

Mange hilsner
Aksel, nabo""")

M("he", """Hej

Min mor er flyttet på plejecenter og har fået at vide, at hun ikke må have
sine egne piller med. Hun tager Marevan og har gjort det i 20 år, og nu giver
de hende en anden dosis. Hun er blevet svimmel og er faldet. Hvem tager
ansvar for hendes medicin?

Bente Dyrholm""")

M("", """Til Center for Voksne og Velfærd

Hvornår åbner kommunen for skrivning til de nye ældreboliger ved Ishøj
Bygade? Og skal man være over en bestemt alder for at komme i betragtning?
Jeg planlægger lidt frem i tiden og vil gerne vide, hvad reglerne er.

Mvh
Ole Kristoffersen""")

M("es", """Til Borgerrådgiveren

Jeg har været gift med min mand Henrik i 20 år. Han bor nu på plejecenter.
Da jeg bad om at komme til plejecentrets pårørendemøde, blev jeg skrevet ind
som "ven". Jeg vil gerne have det rettet i deres system, så jeg står som
ægtefælle.

Jeg hedder Thomas Gade, og Henriks personnummer er [[170549 1217]].""")

M("", """Hej

Vi er en gruppe pårørende, der vil lave en forening for pårørende på
plejecentrene i Ishøj. Kan vi låne et lokale en gang om måneden, og kan
kommunen hjælpe med at dele foldere ud på centrene?

Venlig hilsen
Birgitte Lind""")

M("ehbt", """Til borgmesterens PA

Jeg skriver om min far, Moshe Levin, som bor på plejecenter siden august.
Han er ortodoks jøde og spiser kun kosher. Plejecentret har sagt, at de ikke
kan lave kosher mad, så vi bringer mad hver dag. Han har fået
mavebesvær af at spise for lidt. Vi vil gerne have et møde om det.

Med venlig hilsen
Rebecca Levin""")

M("e", """Hej

Jeg har søgt om ældrebolig for to år siden og fik at vide, at jeg var nr. 40
på listen. Nu er jeg nr. 38. Det går ikke særlig hurtigt. Er det normalt?

Knud Erik Madsen, Ishøj Strandvej 120""")

M("", """Til plejecentrene i Ishøj

Vi er et kor fra Ishøj Seniorsang, der gerne vil synge på plejecentrene op
til jul. Hvornår passer det bedst? Vi kan komme både formiddag og
eftermiddag i december.

Mvh
Korleder Lis Hvid""")

M("ehp", """Til Center for Voksne og Velfærd

Jeg er flyttet i plejebolig efter min hofteoperation, men jeg har ikke fået
solgt mit rækkehus endnu. Der har været et bud på 2,1 mio., men køberen
trak sig efter tilstandsrapporten. Nu kræver banken, at jeg sætter prisen
ned. Kan kommunen vente med at opkræve fuld husleje i plejeboligen?

Venlig hilsen
Gerda Holst""")

M("", """Til Byudvikling og Natur

Hvornår bliver stien langs plejecentret Ishøjhave asfalteret? Rollatorerne
sidder fast i gruset, og beboerne kan ikke komme ud og gå. Jeg går selv
tur der hver dag med min hund.

Hilsen
Ivan Lauritsen""")

M("st", """Til hovedpostkassen

Jeg er 79 og lesbisk. Min kæreste gennem 30 år, Aicha, er fra Marokko og
har ingen familie i Danmark. Hvis jeg dør først, hvem sørger så for, at hun
bliver ved med at bo i vores ældrebolig? Kontrakten står kun i mit navn.

Venlig hilsen
Jytte Bendtsen""")

M("", """Kære borgmester

Jeg vil gerne rose personalet på Bredekær for en flot indsats under
coronaen. Jeg kender mange, der arbejder der, og de har knoklet. De
fortjener en tak fra kommunen.

Hilsen
Hans Eriksen""")

M("e", """Hej
Mor har fået plejebolig og skal flytte på fredag!! Kan kommunen hjælpe med at
flytte hendes seng og lænestol, eller skal vi selv bestille flyttemand? Det
er gået hurtigt.
Helle""")

M("u", """Til udvalgsformanden

Som HK'er og tillidsvalgt på et af kommunens plejecentre vil jeg gøre
opmærksom på, at de administrative medarbejdere har fået en ny opgave med at
skrive pårørendereferater uden at der er fulgt timer med. Vi ønsker at blive
inddraget, før den slags besluttes.

Med venlig hilsen
Ditte Lorentzen, HK-tillidsrepræsentant""")
