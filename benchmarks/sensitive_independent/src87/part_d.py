"""corpus87 part D: pensions, boligydelse, ældrecheck, debt and heating help (economy_social,
CPR); bus cards, rates, account and phone numbers as negatives."""
from common import M

M("e", """
Til Borgerservice

Jeg har fået brev om at min boligydelse bliver sat ned fra januar, fordi min
ATP er steget. Men jeg fik kun 212 kr. mere. Kan det virkelig passe at jeg mister 600 kr.
om måneden i boligydelse?

Venlig hilsen
Karla Juhl
[[170346-2288]]
""")

M("", """
Hi,

What are the 2027 rates for housing benefit for pensioners, and where can I find the
calculator? I volunteer at Ældre Sagen's IT café and get asked this all the time.

Kind regards, Kirsten
""")

M("e", """
Kære borgerrådgiver

Jeg er folkepensionist og har fået et krav fra Udbetaling Danmark om at betale
8.400 kr. tilbage i boligydelse for 2025. Jeg forstår ikke hvorfor, og jeg har ikke
pengene. Kan kommunen hjælpe mig med at forstå brevet?

Venlig hilsen
Hans Peter Toft
cpr [[2908411071]]
""")

M("", """
Hej

Kan man få et pensionistkort til bussen hos jer, eller skal man gå på Ishøj Station?
Jeg har lige fyldt 67.

Mvh Jens
""")

M("e", """
Hej

Jeg fik ikke min ældrecheck i år. Min nabo har fået den, og vi har vel nogenlunde samme
pension. Hvem skal jeg spørge?

Hilsen
Elly Rasmussen
""")

M("", """
Til hovedpostkassen

Hvilket kontonummer skal jeg indbetale depositum til lejligheden i Ishøj Bycenter på?
Jeg har fået reg. 2191 og konto 6281447302 oplyst, men vil lige være sikker på at det
er kommunens og ikke svindel.

Mvh Lars Tang
""")

M("eh", """
Til Borgerservice

Jeg søger om helbredstillæg til tandbehandling. Jeg har mistet tre tænder pga.
paradentose og skal have en bro til 14.000 kr. Jeg får folkepension og har ingen
formue.

Venlig hilsen
Gunnar Bertelsen
[[050143 1437]]
""")

M("e", """
Kære Ishøj Kommune

Min far, Egon Krogh, døde i september. Han fik folkepension og boligydelse. Nu har vi
fået et brev om at dødsboet skal betale oktober tilbage. Hvordan gør vi det, og kan det
trækkes fra depositum?

Venlig hilsen
Mona Krogh, boets kontaktperson
""")

M("", """
Kære borgmester

Det er ikke i orden at pensionisterne skal betale fuld pris i svømmehallen. I
Brøndby har de pensionistrabat. Jeg håber I kigger på det.

Med venlig hilsen
Rita Nymann
""")

M("eu", """
Hej

Jeg er 66 og gik på folkepension i april. Jeg har været medlem af 3F i 44 år og er stadig
med i pensionistklubben. Nu siger min fagforening at jeg skal spørge kommunen om
personligt tillæg til min varmeregning. Hvordan søger jeg?

Hilsen
Kurt Kristensen
""")

M("e", """
Til Borgerservice

Jeg skylder 3.100 kr. i restance på ejendomsskat og kan ikke betale det hele nu. Kan jeg
få en afdragsordning? Jeg er enke og lever af min pension.

Venlig hilsen
Inge Bonde
Ejendomsnr. 183-0044107
""")

M("", """
Hej

Hvor meget koster det at få kommunens madordning, hvis man ikke er visiteret men
bare vil købe? Det er til en artikel i vores pensionistforenings blad.

Hilsen
Redaktionen, Ishøj Seniorblad
""")

M("e", """
Dear Ishøj Municipality,

I am 68 and moved back to Denmark from Spain after 30 years. I have a small Spanish
pension and would like to apply for a partial Danish state pension (brøkpension). My
personal number is [[120758-1914]]. What do I need to send?

Best regards,
Bent Holm
""")

M("", """
Til Borgerservice

Jeg har fået nyt nummer: 26 11 47 83. Jeg vil gerne have at I ringer på det i stedet for
fastnettet, når det gælder min sag. Journalnr. 28.09.03-G01-44-26.

Mvh Ellen Dahl
""")

M("e", """
hej

jeg har en gæld til kommunen fra da jeg fik kontanthjælp i 90erne, 11.000 kr. Nu er jeg
pensionist og de trækker det i min folkepension. Kan de det? Jeg har næsten intet at
leve for efter huslejen.

mvh Ole, Vejleåparken
""")

M("eh", """
Kære Ishøj Kommune

Jeg søger om enkeltydelse til en ny seng. Min gamle seng er så slidt at jeg får ondt i
ryggen, og jeg har diskusprolaps. Jeg er på førtidspension og har ikke penge til det.

Venlig hilsen
Pernille Mosegaard
[[041168–2143]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Hvornår udbetales folkepensionen i december, når den sidste hverdag er juleaften?
Jeg skal planlægge mine udgifter.

Mvh
Erik
""")

M("e", """
Til Borgerservice

Jeg bor i ældrebolig i Torslunde og søger hermed om boligydelse. Min husleje er
7.450 kr. og min pension er 14.900 kr. efter skat. Vedlagt lejekontrakt.

Med venlig hilsen
Ulla Gravesen
CPR.NR. [[110347-1924]]
""")

M("", """
Hej

Jeg er 73 og vil høre om kommunen tilbyder hjælp til selvangivelsen/årsopgørelsen, fx
en frivillig fra biblioteket. Jeg er ikke så god til computer.

Mvh Bodil
""")

M("eu", """
Til borgerrådgiveren

Jeg var i FOA i 38 år som sosu-hjælper, og nu hvor jeg er på pension, har FOA
hjulpet mig med at klage over min pensionsberegning. De siger jeg skal have en
vejledning fra kommunen om førtidspension før 2003. Kan du pege mig i den rigtige
retning?

Venlig hilsen
Hanne Rasmussen
""")

M("", """
Hej

Vedr. faktura 3010260918 på 219 kr. for affaldsgebyr: den er betalt 1. november via
MobilePay. Kvitteringsnr. 2211460198. Kan I tjekke det?

Mvh Arne
""")

M("e", """
Kære Jesper (byrådsmedlem)

Jeg er 81 og har ikke råd til at betale varmen i vinter. Regningen er steget med 900
kr. om måneden. Jeg har kun folkepensionen. Jeg skammer mig over at skrive det. Hvad kan
jeg gøre?

Venlig hilsen
Edith Mortensen
""")

M("", """
Hej

Hvad er reglerne for at få varmetillæg? Jeg er næstformand i ældrerådet og vi vil gerne
informere om det på vores næste møde.

Med venlig hilsen
Svend Holck
""")

M("e", """
Til Borgerservice

Jeg skal skifte bank og vil gerne have min pension sat ind på min nye konto. Hvem skal
jeg oplyse det til? Min NemKonto er ændret.

Venlig hilsen
Lise Hammer
[[1301502308]]
""")

M("e", """
Kære Center for Borger, Økonomi og IT

Jeg er blevet skilt efter 42 år, og min ex-mand og jeg skal dele pensionen. Jeg vil gerne
vide hvordan det påvirker min boligydelse og mit pensionstillæg, nu hvor jeg bor alene.

Venlig hilsen
Birgit Aagesen
""")

M("", """
Hello,

Which bus goes from Ishøj Station to the senior centre on Vejlebrovej, and is there a
discount for people over 65? We are visiting my sister for a week.

Thanks,
Solveig
""")

M("eh", """
Kære Social- og Sundhedsudvalg

Jeg har fået tilkendt førtidspension pga. min bipolare lidelse, og jeg bor alene i
Ishøj Bycenter. Kommunen har standset min bostøtte, og jeg er bange for at jeg falder
tilbage. Jeg håber I kan se på min sag.

Hilsen
Christian
""")

M("", """
Hej

Kan man betale for sin ældrebolig med PBS? Vi er flyttet ind, og jeg har ikke fået
noget betalingsnummer. Lejemålsnr. 1704-3311.

Mvh
Tove
""")

M("eh", """
Hej

Jeg skal flytte til Ishøj fra Hvidovre og får i dag personligt tillæg til min
medicin. Følger det med, eller skal jeg søge igen?

Vh Solvej Ravn
""")

M("eu", """
Til borgerrådgiveren

Jeg er pensioneret elektriker og stadig medlem af Dansk El-Forbund. Efter min kones
død har jeg fået et brev om tilbagebetaling af ældrechecken, fordi hendes
pensionsopsparing er udbetalt til mig. Fagforeningen kan ikke hjælpe med det her.
Hvem kan?

Venlig hilsen
Bjarne Thomsen
cpr: [[040948 3051]]
""")

M("", """
Kære udvalgsformand

Pensionistforeningen vil gerne mødes med Økonomiudvalget om den stigende husleje i
ældreboligerne. Vi repræsenterer ca. 300 medlemmer.

Venlig hilsen
Bestyrelsen, Ishøj Pensionistforening
""")

M("e", """
Hej Borgerservice

Vil I sende mig en kopi af min pensionsmeddelelse for 2026? Jeg skal bruge den til
banken, fordi jeg vil låne til en ny bil.

Mvh Jytte Holm
CPR [[200153\u00a03048]]
""")

M("", """
Dear Citizen Service,

I have lost my travel card. Can you help, or should I call Rejsekort directly? Card no.
3089 1150 2417 6620.

Regards, Aksel
""")

M("e", """
Kære borgerrådgiver

Min kone og jeg har begge folkepension, men min kone kom for 4 år siden i plejebolig.
Nu beregner de os som to enlige, men jeg betaler stadig for det hele i huset. Jeg
forstår ikke beregningen af min pension.

Hilsen Alfred Bech
""")

M("", """
Hej

Jeg har modtaget en regning på en beboerparkeringslicens med kundenr. 2203480042, men
vi opsagde licensen i august, da vi solgte bilen. Kan I annullere den?

Mvh Susanne
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg har søgt om lån til indskud i ældrebolig på Ishøj Strandvej, men fået afslag fordi
min formue er for høj. Jeg har 62.000 kr. i banken, og det er alt. Jeg klager over
afgørelsen.

Venlig hilsen
Karen Lassen
""")

M("e", """
hey jeg hjælper min bedstemor. hun har fået et brev i e-boks om pension. hun er 90
og forstår ikke det med "pensionstillæg reguleres". skal hun gøre noget?
Mvh Oliver
""")

M("", """
Hej

Vi er en ny ældreforening i Ishøj Strand og vil gerne søge kommunens § 18-midler til
kaffemøder. Hvornår er ansøgningsfristen?

Venlig hilsen
Tove Bang, kasserer
""")

M("eh", """
Til hovedpostkassen

Jeg har været sygemeldt fra mit rengøringsjob siden august pga. en knæskade, og nu
siger jobcentret at jeg skal søge seniorpension. Jeg er 63. Hvem hjælper med
ansøgningen?

Venlig hilsen
Dorte Lyngby
[[080363-2714]]
""")

M("ub", """
Til Borgerservice

Jeg er gammelt medlem af Dansk Metal og af Det Radikale Venstre. Jeg vil gerne vide om
kommunen kan sende pensionsoversigter med Digital Post til min søn, som hjælper mig, eller
om det kræver fuldmagt.

Venlig hilsen
Kurt Pallesen
""")

M("pu", """
Hej

Jeg har været medlem af HK siden 1975. Nu sælger vi vores hus og har fået et bud fra et
ungt par. Hvornår skal vi afmelde ejendomsskatten, når handlen kommer på plads?

Mvh Lene og Bo Riis
""")

M("ts", """
Hej

Jeg er vietnamesisk født og bor med min mand, Christian, i Ishøj Strand. Vi er begge
mænd over 70 og vil gerne vide, hvordan vi tilmelder os seniorholdet i svømmehallen.

Mvh Minh Tran
""")

M("et", """
Hello,

I'm an American who has lived in Ishøj since 1990. I turn 67 in March and have been told I
must apply for the Danish state pension myself. I also get a small US Social Security
pension. Does that reduce my Danish pension supplement?

Thanks,
Linda Moretti
CPR [[230360-1884]]
""")
