"""corpus83 part I: own cases raised with politicians, local plans and house sales."""
from common import M

M("p", """Kære Plan- og Miljøudvalg

Vi har solgt vores hus på Torslunde Bygade med forbehold for, at køberen kan
få lov at bygge en carport i skel. Forbeholdet udløber om 14 dage. Sagen
ligger hos jeres byggesagsafdeling. Kan udvalget presse på?

Venlig hilsen
Frank og Lisbeth Toft
Frank: [[040458-2239]]""")

M("", """Hej

Vedr. ejendommen matr.nr. 12c Ishøj By: Jeg har modtaget en opkrævning på
ejendomsskat med betalingsID 2307581145 og forfald 1. september. Beløbet
stemmer ikke med vurderingen. Kan I tjekke det?

Mvh Ole Lauridsen""")

M("ue", """Til Beskæftigelsesudvalget

Jeg er medlem af 3F og har været ledig i 8 måneder. Min a-kasse siger, at
jobcentret har glemt at registrere min aktivitet. Nu risikerer jeg at miste
dagpengene. Mit cpr er [[2109740153]].

Venlig hilsen
Michael Strand""")

M("sp", """Hej Susanne

Min mand Kenneth og jeg (Steffen) har fået et bud på vores andelsbolig i
Vejleåparken. Køber har spurgt, om den kommende renovering efter
udviklingsplanen er besluttet. Kan du sige noget om det fra byrådet?

Steffen Ladefoged""")

M("h", """Kære borgmester

Jeg skrev til dig i sidste måned om min kræftbehandling og de manglende
p-pladser ved Herlev Hospital. Du sendte mig videre til regionen, og nu har
jeg fået svar derfra. Tak for hjælpen.

Karen Brink
[[150952 1248]]""")

M("up", """Til byrådet

Jeg er medlem af Dansk Metal og har arbejdet på Ishøj Havn i 20 år. Jeg og
min bror er i gang med at købe en erhvervsgrund af kommunen ved havnen for
at starte et værksted. Købsaftalen er betinget af byggetilladelse. Hvornår
behandler I sagen?

Jesper Vind""")

M("e", """Til Socialudvalget

Jeg har fået afslag på at få min datter tilbage efter anbringelsen, og nu
skal hun blive i plejefamilien et år mere. Jeg har gjort alt, hvad de bad
om. Hvordan kan det være?

Mor til Emilie
cpr [[220691-2008]]""")

M("sh", """Hej Mette

Min kone, Sanne, og jeg (Mia) er gravide med vores første barn. Sanne er
i 20. uge. Vi vil gerne vide, om kommunen tilbyder forældrekurser, hvor man
ikke antager, at der er en far.

Mia Holm, cpr.nr. [[301189-1628]]""")

M("tp", """Til Plan- og Miljøudvalget

Jeg er indisk og har købt en grund i Ishøj Søpark med forbehold for, at jeg
må bygge i to plan. Sælgeren venter på svar. Mit personnummer, hvis I har
brug for det: [[080379\u00a03145]].

Rajesh Kumar""")

M("", """Kære byrådsmedlem

Jeg har kundenummer 1003755618 hos Ishøj Forsyning og har fået en regning
på 14.000 kr. for vand. Måler nr. 18347221. Det må være en fejl. Hvem kan
jeg klage til?

Mvh Anders Kirk""")

M("he", """Kære Sundheds- og Ældreudvalg

Jeg er 91 og har hjemmehjælp to gange om dagen. Jeg fik en hjerneblodprop
sidste år og kan ikke gå uden rollator. Jeg læser, at I vil skære ned på
hjemmehjælpen. Jeg håber, I tænker på os.

Dagny Petersen
[[140133\u00a02006]]""")

M("be", """Til byrådet

Jeg er katolik og har bedt om at få en bedebænk i min stue på plejecentret,
men personalet siger, det er "brandfarligt". Er det en kommunal regel?

Mvh Josef Nowicki
cpr. [[110641-3113]]""")

M("e", """Hej Lone,

min søn Mathias er 22 og har siddet i fængsel i to år. Han kommer ud i
næste måned og har ingen bolig. Han er tilmeldt hos min adresse men kan
ikke bo her. Kan kommunen hjælpe ham med en bolig?

Hilsen Bente
Mathias' cpr: [[050103-4417]]""")

M("tue", """Til Beskæftigelsesudvalget

Jeg er fra Ghana og har arbejdet som rengøringsassistent på Ishøj
Rådhus i 14 år. Jeg er medlem af 3F. Jeg er blevet fyret uden varsel, da
kommunen skiftede rengøringsfirma. 3F har min sag.

Kwame Asante, personnr. [[120670-3101]]""")

M("p", """Hej Peter

Naboens hus på Gildbro Allé 6 er sat til salg, og mægleren siger, at køberen
må bygge en tilbygning på 80 m2 ind mod vores have. Er det rigtigt? Huset har
ikke fået en køber endnu, men vi vil gerne vide det, før det er for sent.

Mvh Rikke Vang""")

M("e", """Kære borgerrådgiver

Jeg er førtidspensionist og har fået en regning fra Udbetaling Danmark
på 9.000 kr. i tilbagebetaling af boligstøtte. Jeg har ikke fået noget
forkert. CPR [[010154\u20131823]].

Vh Bodil Schmidt""")

M("", """Til Økonomiudvalget

Vedr. faktura 1811891234 fra kommunen for leje af Ishøj Idrætscenter den
18. november: Vi har betalt via konto 9570 0012345678. Bedes kvitteret.

Ishøj Skakklub, kasserer""")

M("u", """hej kim
jeg er TR for HK på biblioteket. vi skal lige vide om biblioteket faktisk
lukker 1. januar, for så skal vi i gang med forhandlinger. kan du sige noget
uofficielt
Lotte""")

M("ep", """Til Økonomiudvalget

Vi skylder kommunen 42.000 kr. i ejendomsskat, og nu er huset på vej på
tvangsauktion. Vi har en køber, som vil betale lidt mere, hvis vi kan vente
en måned. Kan kommunen udsætte auktionen?

Preben og Gitte Hald
[[230667-1911]] / [[180969-2424]]""")

M("sb", """Kære byrådsmedlemmer

Jeg er lesbisk, konverteret til islam, og jeg bor i Ishøj Strand. Jeg
vil bare sige, at jeg findes, og at I har brug for at tænke på, at
mennesker kan være mere end én ting.

Sumaya Nielsen""")

M("he", """Hej Hakan

Min bror har skizofreni og bor i et bosted i Ishøj. Stedet skal lukkes, sagde
I på byrådsmødet. Han har det svært med forandringer. Hvor skal han hen?

Mvh Laila Sørensen
Brorens cpr: [[1703781211]]""")

M("", """Kære udvalg

Vedr. journalnr. 2024-18875 og vores ansøgning om byggetilladelse til et
udhus på 18 m2 på Torslundevej 44. Vi har ventet i 4 måneder. CVR for
tømreren: 31925688.

Mvh Kasper og Line Mørch""")

M("p", """Kære borgmester

Jeg har fået et tilbud fra en ejendomsudvikler på mit landbrug i
Torslunde, men kun hvis kommunen omlægger jorden til byzone. Vi har
underskrevet en købsaftale med forbehold for det. Kommer sagen i
byrådet i år?

Ejvind Jørgensen""")

M("sh", """Hej

Jeg er bøsse og har HIV. Kan man få sin medicin leveret hjem, og er det
kommunen eller regionen, der bestemmer det? Jeg har skrevet til Sundhedsudvalgets
formand og fået nul svar. Mit personnummer: [[0712831577]].

Christoffer""")

M("ep", """Kære Lone,

Vi er et ungt par, der har budt på et hus på Ishøj Strandvej. Sælger har
sagt ja, men vi skal have en kommunegaranti for at få lån. Vi er begge på
SU. Er det noget, kommunen kan give?

Sara og Jonas
[[290601-4819]]
[[130400-4920]]""")

M("t", """Til borgerrådgiveren

Jeg er rumæner og har fået et brev om, at min opholdstilladelse ikke længere
giver ret til at bo i min lejlighed. Det er boligselskabet, der siger det,
ikke kommunen. Kan I hjælpe med at forstå det? CPR: [[220486-3365]]

Adrian Popescu""")

M("bp", """Kære udvalgsformand

Som formand for Ishøj Muslimske Forening og medlem af foreningen har jeg
givet bud på en grund ved Industrivej til vores nye foreningshus. Sælger har
accepteret, men handlen er betinget af lokalplanen. Kan vi få en tidsplan?

Ahmed Yousef
[[141062-2891]]""")

M("", """Hej

Jeg har en police hos Ishøj Kommunes forsikringsordning for frivillige.
Policenr. 0310881204. Dækker den, hvis en frivillig kommer til skade ved
Pride-optoget?

Mvh Birthe Fog""")

M("he", """Til Sundheds- og Ældreudvalget

Jeg har fået bevilget en elkørestol, men den er ikke leveret efter 3
måneder. Jeg har muskelsvind og kan ikke komme ud. Cpr: [[261069 0987]].

Hilsen Allan Mortensen""")

M("u", """Kære Mette

Jeg er BUPL-medlem og pædagog i Børnehuset Mælkebøtten. Vi har ikke haft
en fast leder i et år, og det går ud over børnene. Jeg skriver som privat
person, ikke som TR.

Vibeke Lund""")

M("pt", """Til byrådet

Min nabo, familien Ahmadi, er afghanere og har boet på vejen i 15 år. De har
sat huset til salg, fordi de føler sig uønskede efter en grim
underskriftindsamling mod dem. Kan kommunen gøre noget ved den slags?

Mvh Susanne Kloster""")

M("e", """Hej Hakan

Jeg er tidligere indsat og har afsonet min dom. Nu vil ingen leje ud til
mig. Jeg har været på herberg i 3 måneder. Jeg har søgt om en bolig via
kommunen. Mit cpr: [[030392-1173]].

Daniel""")

M("s", """Hej Erik

Min kæreste Jonas og jeg (Mathias) er lige flyttet til Ishøj. Vi vil gerne
engagere os i kommunen. Er der et lokalt LGBT+-netværk, vi kan blive en
del af?

Mathias Berg""")

M("he", """Kære borgmester

Jeg er pårørende til min mor, Grete Holm, som er i aflastning på Ishøj
Plejecenter efter et fald. Hun har knoglebrud i hoften. Vi har fået at vide,
at aflastningen stopper på fredag, selvom hun ikke kan gå. Hendes cpr er
[[061229-1348]].

Lene Holm""")

M("", """Til Teknik- og Miljøudvalget

Ordre 1505904411 på ny affaldsspand til Vejledalen 14 er ikke leveret. Jeg
har ringet tre gange. Ref. 2024/11-3387.

Mvh Lars Ehlers""")

M("u", """Kære byrådsmedlemmer

Vi er nogle Krifa-medlemmer i kommunens ældrepleje. Vi har ikke fået
tilbud om efteruddannelse i 5 år. Vi håber, I vil tage det op.

Medarbejdere i ældreplejen""")

M("pe", """Hej

Jeg arvede mine forældres hus i Gildbro og har sat det til salg. Der er en
køber, men dødsboet skylder kommunen penge for hjemmehjælp til min far. Det
skal betales først, siger advokaten. Kan det forhandles?

Mvh Lone Sønderby""")

M("h", """Kære udvalgsformand

Jeg er blevet opereret for en hjernesvulst og har mistet førerretten. Min
søn siger, jeg skal skrive til jer om bedre bustrafik i Torslunde. Så det
gør jeg.

Hilsen Eigil Dam
cpr [[291145-1113]]""")

M("u", """Kære Peter

Jeg var medlem af 3F i 30 år og er nu pensioneret. Jeg synes det er for
dårligt, at kommunens rengøringsfolk ikke har overenskomst. Jeg vil gerne
komme og fortælle, hvordan det var engang.

Ib Larsen""")

M("p", """Til Plan- og Miljøudvalget

Vi har fået et betinget tilbud på vores grund i Ishøj Landsby. Køberen vil
rive huset ned og bygge to nye. Vi afventer udvalgets svar på, om det er
muligt efter lokalplanen.

Venlig hilsen
Arne og Karen Bech""")

M("s", """Hej Lone

Jeg er biseksuel og har en kæreste, der hedder Sofie. Jeg (Emil) vil gerne
vide, om Ishøj Ungdomsskole har tilbud om LGBT+-grupper. Jeg er 16.

Emil""")
