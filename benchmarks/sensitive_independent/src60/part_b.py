"""corpus60 part B: the local plan, the wind turbine and the solar park."""
from common import M

M("", """
Kære medlemmer af Plan- og Miljøudvalget

Jeg har læst forslaget til lokalplan 2.47 for området ved Tranegilde. Efter min mening
er en 150 meter høj vindmølle 700 meter fra nærmeste bolig for tæt. Naturstyrelsens
vejledning taler om fire gange møllens højde. Jeg opfordrer udvalget til at flytte den
eller vælge en lavere model.

Med venlig hilsen
Svend Aage Kjær, Tranegildevej
""")

M("b", """
Hej Rikke

Jeg er medlem af Enhedslisten og har stemt på jer i 20 år, men jeg er imod vindmøllen
ved Tranegilde. Ikke fordi jeg er imod vindenergi, men fordi borgerne ikke er blevet
spurgt. Jeg synes, partiet skal tage det op på næste medlemsmøde, og jeg vil gerne
være med til at skrive et forslag.

Kammeratlig hilsen
Inge Marie Dahl
""")

M("h", """
Til Plan- og Miljøudvalget

Høringssvar til lokalplan 2.47

Jeg har tinnitus efter en arbejdsulykke og er meget følsom over for lavfrekvent støj.
Ørelægen har sagt, at konstant brummen kan gøre det værre. Jeg bor 900 meter fra den
planlagte mølle. Jeg beder om, at kommunen får lavet en uafhængig måling af
lavfrekvent støj, før planen vedtages.

Med venlig hilsen
Flemming Østergaard
Tranegilde Strandvej 3
""")

M("p", """
Kære Jens

Vi har haft vores landejendom ved Tranegilde til salg siden januar, og en køber havde
givet et bud på 4,2 mio. med forbehold for lokalplanen. Nu hvor møllen er kommet i
høring, har han trukket buddet. Vi havde regnet med at kunne flytte til Jylland i
foråret. Kan kommunen oplyse, om der kommer værditabserstatning, og hvornår den
endelige plan foreligger?

Venlig hilsen
Mogens og Birgit Holm
""")

M("", """
Til hovedpostkassen

Hvornår udbetaler Energistyrelsen værditabserstatning, og hvordan beregnes den? Det er
et generelt spørgsmål, vi er ikke selv berørt, men jeg skriver en artikel til
grundejerforeningens blad.

Hilsen
Bent Lorentzen, redaktør
""")

M("b", """
Kære Borgmester

Jeg er aktiv i Extinction Rebellion og har deltaget i aktioner mod fossile
investeringer i flere år. Derfor vil jeg gerne rose byrådet for vindmølleplanen. Men
jeg vil også bede jer om at sætte gang i en borgerejet model, så folk i Ishøj kan købe
andele. Jeg vil gerne være med i en arbejdsgruppe.

Med venlig hilsen
Asta Winther
""")

M("", """
Hej Borgmester

Jeg vil bare sige, at jeg synes vindmølleplanen er en god idé, og at I ikke skal lade jer
skræmme af dem, der råber højest på Facebook. Vi skal have mere grøn energi.

Hilsen Kasper, Ishøj Landsby
""")

M("ht", """
Dear Councillor,

I am writing to object to the proposed wind turbine. I am originally from Ghana and
came to Denmark as a nurse 12 years ago. I live in one of the houses closest to the
site, and I suffer from epilepsy, which my neurologist says can be triggered by
flickering light. The shadow flicker from the turbine blades is a real concern for me.

Please forward this to the planning committee.

Yours sincerely,
Abena Mensah
""")

M("", """
Referat af borgermøde om lokalplan 2.47, Ishøj Rådhus 12. februar
(fremsendt til Plan- og Miljøudvalget fra Center for Byudvikling og Natur)

Deltagere: ca. 140 borgere. Spørgsmål om skyggekast, støj, fuglebeskyttelse og
værditab. 23 ønskede ordet. Flertallet af talerne var imod den foreslåede placering,
fire talte for. Forvaltningen oplyste, at høringsfristen er 15. marts.
""")

M("he", """
Til Borgerrådgiveren

Jeg bor i Ishøj Landsby og er på kontanthjælp, fordi jeg har været syg med depression i
to år. Jeg ville gerne komme til borgermødet om vindmøllen, men der var ingen
tolk til tegnsprog, og jeg er døv. Jeg synes ikke, det er i orden, at jeg ikke kan
deltage i demokratiet på lige fod.

Med venlig hilsen
Lotte Kristensen
""")

M("", """
Kære udvalgsformand

Vil der blive tegnsprogstolk til næste borgermøde om lokalplanen? Det bør være standard
ved alle offentlige møder. Det er et principielt spørgsmål.

Hilsen
Døveforeningen Hovedstaden, lokalafdeling
""")

M("p", """
Hej Louise

Vi har et betinget købstilbud på en af kommunens erhvervsgrunde på Industrivej (grund
nr. 14). Kontrakten er afhængig af, at lokalplanen tillader lager i to etager. Vi
venter stadig på jeres afklaring, og vores finansiering udløber 1. april. Kan du
skubbe lidt på?

Med venlig hilsen
Kenneth Bach
Direktør, KB Logistik ApS
""")

M("", """
Hej Louise

Hvornår sætter kommunen de sidste erhvervsgrunde på Industrivej til salg? Og hvad er
kvadratmeterprisen? Vi er et lille firma der overvejer at flytte fra Brøndby.

Mvh
Ali Ghani
Ghani Auto
""")

M("e", """
Hej Thomas

Vi har fået brev om, at vi skal betale 38.000 kr. i vejbidrag til den nye vej ved
lokalplanområdet. Det kan vi slet ikke. Jeg er på dagpenge siden juni, og min kone er
på SU. Kan man få henstand eller afdrag?

Venlig hilsen
Martin Eriksen
""")

M("", """
Til Økonomiudvalget

Hvordan fordeles vejbidraget ved den nye adgangsvej til erhvervsområdet mellem
grundejerne? Gælder det efter facadelængde eller matrikelstørrelse? Et generelt
spørgsmål fra grundejerforeningen Tranehaven.

Med venlig hilsen
Bestyrelsen
""")

M("s", """
hej Maja

jeg og min kone bor på Tranegildevej og vi er faktisk FOR møllen, men vi vil gerne
have at der kommer en lokal andelsordning. vi er to mødre med tre børn og vi vil
gerne investere i noget grønt i vores eget lokalområde. kan kommunen hjælpe med det?

Anne-Sofie
""")

M("b", """
Kære Tanja

Jeg skriver som medlem af Dansk Folkeparti og som nabo til den planlagte solcellepark.
Jeg mener ikke, at vi skal bruge god landbrugsjord på solceller. Jeg ved, at du er enig
med mig i dette, og jeg håber, at du vil stemme imod i udvalget.

Med venlig hilsen
Erik Hvid
""")

M("", """
Til Plan- og Miljøudvalget

Solcelleparken bør placeres på taget af de store lagerhaller på Industrivej frem for på
markerne ved Tranegilde. Det er mit høringssvar. Jeg har ingen personlige interesser i
sagen.

Venlig hilsen
Hans-Henrik Lunde
""")

M("hp", """
Kære Peter

Jeg er 79 og har fået konstateret Parkinsons. Vi har derfor sat vores villa på
Vejlebrovej til salg for at komme i en lejlighed. Mægleren siger, at to interesserede
trak sig efter at have hørt om vindmøllen. Vi har stadig ingen bud. Vi har ikke tid til
at vente flere år på en afgørelse.

Med venlig hilsen
Arne og Ruth Sørensen
""")

M("u", """
Kære Lokalplanudvalg

Jeg er tømrer og medlem af Blik og Rør... undskyld, af 3F Byggefagene. Vi har i
fagforeningen drøftet, om kommunen vil stille krav om lokale lærlinge ved byggeriet af
møllens fundament. Det vil jeg gerne opfordre til. Det er godt for unge i Ishøj.

Mvh. Brian Kofoed
""")

M("", """
Hej Jens

3F Køge Bugt holder åbent møde om sociale klausuler i kommunale byggerier den 10.
april. Byrådsmedlemmer er velkomne. Vil du give et kort oplæg om Ishøjs udbudspolitik?

Med venlig hilsen
Lise Hammer, faglig sekretær, 3F Køge Bugt
""")

M("t", """
Til Plan- og Miljøudvalget

Høringssvar, lokalplan 2.47

Vi er en familie med vietnamesisk baggrund, der har drevet gartneri på Tranegildevej
siden 1992. Mine forældre kom som bådflygtninge. Møllen vil stå på den mark, vi lejer af
kommunen. Vi beder om at blive inddraget, før der træffes beslutning.

Med venlig hilsen
Linh Nguyen
Nguyen Gartneri
""")

M("", """
Kære Plan- og Miljøudvalg

Jeg læser i den miljøvurdering, der er vedlagt lokalplanen, at der er registreret
rød glente og vandrefalk i området. Hvilke afværgeforanstaltninger er planlagt? Jeg
er medlem af DOF's lokalafdeling og kan bidrage med observationer.

Hilsen Tove Kristiansen
""")

M("he", """
Hej Rasmus

Jeg har lungekræft og er i kemo på Herlev. Jeg modtager hjemmepleje morgen og aften.
Jeg har hørt, at der skal graves kabler til møllen på min vej i hele maj. Hvordan skal
hjemmeplejens bil så komme frem? Og ambulancen, hvis det bliver nødvendigt?

Med venlig hilsen
Poul Madsen, Tranegilde Bygade 8
""")

M("", """
Til Teknik og Miljø

Hvornår starter kabelarbejdet på Tranegilde Bygade, og hvor længe er vejen lukket?
Vi er hjemmeplejens planlægning i Center for Voksne og Velfærd og skal lægge ruter.

Venlig hilsen
Hjemmeplejen Syd
""")

M("b", """
Kære Hanne

Jeg er præst i Tranegilde Kirke. Menighedsrådet har taget stilling til møllen, og det
har jeg ikke noget at sige til, men personligt beder jeg jer overveje udsigten fra
kirkegården, hvor mange har deres kære begravet. Jeg vil gerne vise dig stedet.

Venlig hilsen
Jakob Brandt
""")

M("", """
Til Plan- og Miljøudvalget

Tranegilde Menighedsråd har på sit møde den 4. marts vedtaget følgende høringssvar:
Menighedsrådet er ikke imod vindenergi, men ønsker, at møllen placeres, så den ikke
kan ses fra kirkegården. Vi henviser til Stiftsøvrighedens retningslinjer for
kirkeomgivelser.

På menighedsrådets vegne
Formand Lisbeth Aagaard
""")

M("eh", """
Til Byrådet

Jeg har fået afslag på boligstøtte efter vi flyttede tættere på min søn, der har
cerebral parese og bor på et bosted i Tranegilde. Nu skal der bygges mølle lige ved
bostedet. Ingen har spurgt beboerne eller pårørende. Jeg har ikke råd til at flytte
igen. Kan I ikke huske de svageste, når I planlægger?

Venlig hilsen
Mona Juhl
""")

M("p", """
Kære Jan

Min bror og jeg har arvet vores fars jord ved Tranegilde. Vi er i forhandling med en
energivirksomhed om at sælge den, men prisen afhænger helt af, om kommunen vedtager
lokalplanen. Kan du give os et fingerpeg om tidsplanen? Aftalen er ikke underskrevet.

Venlig hilsen
Henrik Juul
""")

M("", """
Til Økonomiudvalget

Vi har solgt vores ejendom på Tranegilde Strandvej. Handlen blev endelig i 2021, og vi
bor nu i Greve. Vi har fået en skrivelse om vejbidrag sendt til den gamle adresse. Kan
I rette det, så det går til de nye ejere?

Venlig hilsen
Ellen og Jørn Bang
""")

M("bs", """
Hej Anders

Jeg er formand for SF i Ishøj og vil gerne som privatperson sige tak for din indsats
for vindmøllen. Jeg og min mand Viktor bor tæt på, og vi ser frem til den. Du er
velkommen til at citere mig i debatten.

Venlig hilsen
Oliver Haugaard
""")

M("", """
Kære Anders

Kan du oplyse, hvordan partierne stemte ved førstebehandlingen af lokalplan 2.47? Jeg
kunne ikke finde afstemningen i referatet.

Venlig hilsen
Ulla Brix
""")

M("h", """
Hej

Jeg var til borgermødet og faldt på trappen ved udgangen. Jeg brækkede håndleddet og
har gået med gips i 6 uger. Trappen var ikke oplyst. Jeg vil gerne vide, om kommunen
har en forsikring, der dækker, og hvem jeg skal skrive til.

Med venlig hilsen
Bodil Rask, [[250854-1632]]
""")

M("", """
Til Center for Byudvikling og Natur

Bestilling nr. 2208741355: 20 eksemplarer af den trykte lokalplan til beboerhuset.
Vi har endnu ikke modtaget dem. Kontakt: 43 54 12 00.

Med venlig hilsen
Vildtbanegård Beboerhus
""")

M("t", """
hej Jannik

min svigerfar er grønlænder og jager stadig lidt. han spørger om han stadig må skyde
gæs på marken ved Tranegilde når møllen kommer. han forstår ikke brevene fra kommunen
så jeg skriver for ham

Kim
""")

M("b", """
Kære Lars

Min far er 91 og har været socialdemokrat og medlem af partiet hele sit liv. Han var
med i beboerforeningen, der i 70'erne kæmpede for den første lokalplan for Tranegilde.
Han er rystet over denne mølle og har bedt mig skrive. Du må gerne læse brevet op i
udvalget.

Med venlig hilsen
Birgitte Friis
""")
