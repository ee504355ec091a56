"""corpus83 part B: churches, the churchyard, bells, baptism, faith and worldview."""
from common import M

M("b", """Kære byrådsmedlemmer

Jeg er sognepræst i Ishøj Sogn og skriver, fordi kommunen har foreslået at
nedlægge stien mellem kirken og Ishøj Landsby. Mange ældre bruger den om
søndagen, og begravelsesfølger går den vej. Jeg håber I vil genoverveje det.

Med venlig hilsen
Kristine Bang
sognepræst""")

M("", """Til Kultur- og Fritidsudvalget

Menighedsrådet ved Torslunde Kirke søger om tilskud på 45.000 kr. til
koncertrækken "Musik i landsbykirken" 2025. Budget og program vedhæftet.

Med venlig hilsen
Menighedsrådet, Torslunde Kirke
CVR 47583219""")

M("b", """Hej Mette

Kirkeklokkerne i Ishøj Landsby ringer kl. 8 hver morgen også i weekenden.
Nogen i Facebookgruppen vil have dem stoppet. Jeg vil bare sige at jeg går i
kirke hver søndag og er glad for klokkerne, de er en del af landsbyen.

Hilsen Ellen""")

M("", """Hvorfor skal kommunen betale for snerydning på kirkens parkeringsplads?
Det er vel menighedsrådets opgave. Jeg vil gerne have svar på hvad det koster
om året.

Torben Friis""")

M("bu", """Til borgmesteren

Jeg er humanist, medlem af Humanistisk Samfund og HK'er, og jeg synes det er
forkert at byrådets julefrokost starter med en gudstjeneste i Ishøj Kirke. Det
er fint for dem der tror, men det bør ikke være en del af et officielt
arrangement.

Venlig hilsen
Mikkel Frost""")

M("hb", """Kære Lone Hansen

Jeg har kræft i bugspytkirtlen og har fået at vide, at jeg har måneder
tilbage. Jeg ønsker at blive begravet på Torslunde Kirkegård, hvor min mand
ligger, men jeg har hørt at kommunen vil lukke for nye gravsteder der. Jeg
er døbt og konfirmeret i den kirke. Kan I hjælpe mig med svar hurtigt?

Venlig hilsen
Agnete Rasmussen""")

M("", """Kære Kirke- og Kulturudvalg

Hvornår er der gudstjenester juleaften i Ishøj og Torslunde kirker? Min mor
på 90 vil gerne med, og vi skal have bestilt flextur.

Mvh Dorthe""")

M("bs", """Til alle byrådsmedlemmer

Min mand Lasse og jeg (Christian) blev viet i Ishøj Kirke i august af
vores præst, og det var en dag vi aldrig glemmer. Nu læser vi, at nogle vil
have at kommunen trækker støtten til kirkens koncerter fordi "kirken ikke er
for alle". For os var den.

Christian Holt""")

M("", """Hej

Kirkegården i Torslunde er i forfærdelig stand. Hækkene er ikke klippet og
der ligger affald ved containerne. Er det kommunen eller kirken der har
ansvaret? Grave nr. B-114 og B-115 er helt groet til.

Hilsen Arne""")

M("b", """Til Børne- og Skoleudvalget

Vores datter Freja skal konfirmeres i maj, og konfirmationsforberedelsen
ligger tirsdag eftermiddag, samtidig med svømning i skolen. Kan skolen rykke
svømningen, så hun ikke skal vælge?

Venlig hilsen
Maja og Kim Sørensen""")

M("e", """Kære borgmester

Jeg er 71 og går på Ishøj Kirkes sociale café hver onsdag, det er det eneste
sted jeg kommer ud. Jeg får hjemmehjælp og min hjælper kan ikke køre mig.
Nu er bussen fra Torslunde lagt om, og jeg kan ikke komme derhen mere.

Hilsen Birthe Kold""")

M("", """Kære udvalgsformand

Der står på kommunens hjemmeside at kirkegårdskontoret har åbent til kl. 15.
Det passer ikke, de lukker kl. 13 om fredagen. Det burde rettes.

Venlig hilsen
Lis Bruun""")

M("bt", """Hej Hakan

Jeg er ortodoks kristen fra Eritrea. Vores lille menighed har i tre år lejet
os ind i Ishøj Kirkes sognegård om søndagen, men nu har menighedsrådet sagt
op. Kan kommunen hjælpe os med et lokale? Vi er 40 familier.

Yonas Tesfaye""")

M("bp", """Kære udvalgsformand

Vi har et bud inde på præstegårdsjorden ved Torslunde, som kirken sælger.
Handlen er ikke på plads endnu, for provstiet skal godkende den. Jeg er selv
flittig kirkegænger i Torslunde og vil gerne have at jorden forbliver grøn. Kan I bekræfte
at jorden stadig er landzone?

Med venlig hilsen
Henrik Juhl""")

M("h", """til Sundheds- og Ældreudvalget

Ishøj Kirke har klokkeringning kl 7. Jeg har migræne og kronisk
søvnforstyrrelse og min læge siger jeg skal sove længere. Det er ikke at jeg
har noget imod kirken men kan ringningen ikke starte kl 9

Mvh Susanne P.""")

M("", """Hej

Jeg vil gerne klage over at kommunen har givet tilladelse til at Jehovas
Vidner står med deres stande ved Ishøj Bycenter. Det er chikane mod
forbipasserende. Hvem giver tilladelsen?

Mvh Per Dalsgaard""")

M("b", """Kære borgmester,

Som Jehovas Vidne står jeg selv ved standen i Bycentret to lørdage om måneden.
Jeg vil sige at vi altid har fået tilladelse fra centret, ikke fra kommunen,
og at vi aldrig råber eller stopper folk. Jeg er ked af at nogen kalder det
chikane.

Venlig hilsen
Ruth Kjeldsen""")

M("be", """Til Jobcentret, cc byrådet

Jeg er i virksomhedspraktik gennem jobcentret og I har placeret mig på
kirkegården som graverassistent. Jeg er muslim og vil gerne arbejde, men jeg
ønsker ikke at deltage ved kristne begravelser. Kan jeg få en anden opgave
i praktikken?

Mvh Yusuf Aksoy""")

M("", """Kære Byråd

Folkekirken i Ishøj mister medlemmer hvert år. Ifølge Danmarks Statistik er
medlemsprocenten nu under 55 % i kommunen. Burde I ikke tage det med i
overvejelserne om den nye kirkegårdsplan?

Venlig hilsen
Steen Pagh""")

M("bs", """Hej Susanne

Min kone og jeg (Malene) fik vores søn døbt hjemme i haven af en
frikirkepræst, fordi vi ikke følte os velkomne i sognet. Det er ikke noget
kommunen kan gøre ved. Men vi vil opfordre byrådet til at hejse
regnbueflaget også i år.

Malene Krogh""")

M("bt", """Kære byråd

Jeg er jøde, født i Ishøj af polske forældre, og vores familie har gravsted
på Mosaisk Vestre Begravelsesplads. Jeg er bekymret for den stemning der er
opstået i debatten om religiøse bygninger. Kan byrådet ikke vedtage en
fælles udtalelse mod antisemitisme og muslimhad?

Med venlig hilsen
Rebekka Salomon""")

M("b", """Til Kirkeministeriet og Ishøj Kommune

Jeg har meldt mig ud af folkekirken, fordi jeg ikke længere tror. Alligevel
får jeg stadig breve fra sognet om kirkeskat. Hvem har ansvaret for at
opdatere det?

Hilsen Morten Storm""")

M("", """Hej,

Ishøj Kirkes Børnekor søger ny korleder pr. 1. januar. Vil kommunen dele
opslaget på sine sider? Se vedhæftet.

Venlig hilsen
Kirkekontoret, Ishøj Kirke
tlf. 43 73 11 05""")

M("", """Til byrådet

Kirkeklokker er en dansk tradition, og de skal ikke dæmpes fordi nogle få
brokker sig. Byrådet skal ikke blande sig i folkekirkens ringetider.

Venlig hilsen
Lone Busk""")

M("bh", """Kære Erik

Jeg er buddhist og mediterer hver morgen, men nu er jeg efter en operation i
ryggen ikke i stand til at sidde på gulvet i templet i Brøndby. Jeg spørger
bare om kommunen har et roligt lokale på biblioteket, hvor en lille gruppe
kan mødes på stole en gang om ugen.

Mvh Tuan Nguyen""")

M("p", """Hej

Vi er ved at sælge vores hus på Kirkestræde 4, overfor kirkegården. To
købere er sprunget fra efter fremvisningen, fordi kommunen vil udvide
kirkegården med parkeringsplads lige ved vores have. Hvornår bliver det
besluttet? Mægleren har lige sat prisen ned igen.

Anne og Jesper Nørgaard""")

M("ehb", """Til borgerrådgiveren

Min far bor på Ishøj Plejecenter og har Parkinsons. Tidligere kom præsten fra
Ishøj Kirke forbi hver anden uge, nu må han ikke komme uden aftale med
ledelsen. Far har gået i kirke hele sit liv og spørger efter ham hver dag. Hvem har besluttet det?

Vh Pia Højgaard""")

M("u", """Kære Kim

Jeg er graver ved Ishøj Kirke og medlem af 3F. Vi er fire ansatte på
kirkegården og I vil nu lægge grønne områder ind under kommunens
entreprenør. Vi er bekymrede for vores job. Hvad er planen?

Frits Ravn""")

M("", """Hej

Ishøj Landsbylaug afholder julebasar i sognegården
den 30. november kl. 10-14. Alle byrådsmedlemmer er velkomne, og borgmesteren
er inviteret til at åbne basaren. Overskuddet går til Kirkens Korshær.

Venlig hilsen
Bodil Ask, Ishøj Landsbylaug""")

M("b", """kære byråd

er konverteret til islam for 6 år siden, er dansk, bor i Ishøj Strand. min
familie har meldt sig ud af folkekirken, og vi vil gerne begraves på den
muslimske del af kirkegården i Brøndby. Er der en aftale med Brøndby
Kommune om det, eller skal vi selv betale?

Christina Aziz""")

M("b", """Til Hakan Yilmaz

Jeg er tidligere imam i Vejleåparkens gamle moské og nu pensioneret. Jeg vil
sige at kirken og moskéen altid har samarbejdet i Ishøj. Kald det ikke en
konflikt mellem religioner, det er en diskussion om parkering.

Imam Jamal Hussein""")

M("", """Kære borgmester

Er det rigtigt at kommunen betaler vedligehold af Ishøj Kirkes tag? Jeg har
hørt det på et møde i grundejerforeningen, og jeg vil gerne vide hvad loven
siger.

Mvh Gitte Roed""")

M("bt", """Hej Peter

Vi er armenske kristne og fejrer jul den 6. januar. Vores børn får fri fra
skole juleaften, men ikke den 6. Kan byrådet give skolerne lov til at give
fri på vores jul?

Venlig hilsen
Anahit og Aram Petrosyan""")

M("", """Til Plan- og Miljøudvalget

Indsigelse mod lokalplan 2.14 (udvidelse af Torslunde Kirkegård):
Matr.nr. 4b Torslunde By, Ishøj, ejerlav 2000553. Vi ejer jorden øst for og
mener at udvidelsen ødelægger udsigten. Ejendomsnummer 183-012498.

Søren og Aase Bech""")

M("bhe", """Kære byrådsmedlemmer

Jeg er diakon ved Ishøj Kirke og leder vores besøgstjeneste. Flere af de ældre
vi besøger, blandt andre fru Holm i Strandparken, har fået frataget deres
hjemmehjælp til rengøring efter den nye visitation. Fru Holm er næsten blind.
Kan I se på reglerne?

Rikke Lauridsen, diakon""")

M("bs", """Hej Mette

Jeg er biseksuel og aktiv i Ishøj Kirkes regnbuegudstjenester. Jeg læser at
nogen i byrådet mener, at kirken ikke skal have kommunale midler til Pride
Week. Kirken søger slet ikke penge til det. Tjek lige fakta inden mødet.

Mads Quist""")

M("", """Til Ishøj Kommune

Vi er et firma der laver gravsten og vil gerne høre, om kommunen har
rammeaftale på gravstensrenovering på Torslunde Kirkegård.
Faktura fra sidste år: nr. 1405874412.

Med venlig hilsen
Stenhuggeriet Vest ApS""")

M("b", """Kære byråd,

Jeg er veganer af etiske grunde og har været det i 15 år. Jeg er også meget
glad for kirkens høstmarked, men der er ikke en eneste vegansk ret. Det er en
lille ting, men kunne kommunen, der giver tilskud, ikke bede dem om det?

Maria Lykke""")
