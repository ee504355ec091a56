"""corpus9 part a: elderly citizens and relatives writing about their parents.
Formal, old-fashioned Danish ("De", "undertegnede", "ærede")."""
from common import M

M("he", """
Kære borgmester

Tillad mig som gammel Ishøj-borger at henvende mig direkte til Dem. Jeg er 86 år
og har siden min blodprop i hjernen for tre år siden haft besvær med hele venstre
side. Hjemmeplejen kommer to gange dagligt, men nu er morgenbesøget skåret ned til
et kvarter, og det kan jeg simpelthen ikke nå at blive vasket og klædt på på.

Jeg vil være Dem meget taknemmelig, om De vil se på sagen.

Med venlig hilsen
Ingrid Mølgaard
Gadekæret 14, st. tv.
[[120338-1846]]
""")

M("", """
Ærede byrådsmedlem

Jeg skulle høre, om De kan oplyse, hvornår Sundhedshuset har åbent for
influenzavaccination i år. Min veninde mente, det var om torsdagen, men det står
ikke i Ishøj Avis.

Med venlig hilsen
Else Holm
""")

M("ep", """
Til Center for Borger, Økonomi og IT

Undertegnede skriver på vegne af min mor, Karen Frost, der i februar flyttede ind
på plejehjemmet ved Vejleåen. Hendes rækkehus på Strandgårdsvej skal derfor
afhændes. Der er kommet et bud fra et ungt par, men de afventer stadig bankens
tilsagn, så intet er underskrevet.

Jeg beder om en opgørelse over den ejendomsskat, der forfalder i år, så vi kan
tage højde for den i forhandlingerne.

Ærbødigst
Jytte Frost Andersen
""")

M("", """
Goddag. Kører linje 300S stadig til Hvidovre Hospital om søndagen, eller er
køreplanen lagt om? Jeg kan ikke finde det på nettet.
Venlig hilsen Aage Rasmussen
""")

M("", """
Til kirkekontoret / kommunen

Hvornår er der gudstjeneste i Ishøj Kirke 2. juledag, og kører kirkebussen stadig
fra Vejleåparken? Det plejede at stå på opslagstavlen i Brugsen.

Med venlig hilsen
fru Gudrun Bech
""")

M("b", """
Kære udvalgsformand

Som mangeårigt medlem af Det Konservative Folkeparti her i byen har jeg altid
forsvaret kommunens prioriteringer. Men at fjerne bænkene langs Ishøj Søvej,
hvor vi ældre hviler benene på vej til Brugsen, kan jeg ikke forsvare over for
nogen. Jeg beder Dem tage sagen op i udvalget.

Med konservativ hilsen
Erik Vilhelmsen
""")

M("", """
Til Ishøj Kommune

Jeg ønsker oplyst, hvordan man søger om varmetillæg, og hvilke betingelser der
gælder. Jeg spørger for at kunne give besked videre til medlemmerne af vores
pensionistklub, da mange har spurgt.

Med venlig hilsen
Lis Gormsen, formand for Torslunde Pensionistklub
""")

M("", """
Kære byrådsmedlem

Min mand døde i foråret efter 58 års ægteskab. Jeg vil gerne have hans navn
fjernet fra affaldsordningen og have regningen i mit eget navn fremover. Hvem skal
jeg skrive til?

Med venlig hilsen
Solveig Thomsen, Ishøj Landsby 9
""")

M("he", """
Til Center for Voksne og Velfærd

Vedrørende min mor, Gerda Lund, [[030231 2058]].

Min mor har de seneste to år fået det stadig sværere med hukommelsen, og
hendes læge har nu konstateret Alzheimers sygdom. Hun har flere gange forladt
lejligheden om natten og er fundet af naboer i nattøj. Jeg ansøger hermed om, at
hun visiteres til en plejebolig, og beder om, at sagen fremmes, da hun ikke længere
kan være alene.

Jeg er vedlagt fuldmagt.

Med venlig hilsen
Birgitte Lund Holmgaard (datter)
""")

M("t", """
Kære borgmester

Min svigerdatter, som er født og opvokset i Thailand og kom hertil for fire år
siden, vil gerne lære bedre dansk, men hun arbejder i dagtimerne. Har kommunen
sprogundervisning om aftenen? Jeg har lovet at forhøre mig, da hun selv er lidt
genert ved at skrive.

Med venlig hilsen
Hans Ulrik Brandt
""")

M("", """
Ærede byrådsmedlem

Jeg er pensioneret sygeplejerske og har god tid. Jeg vil gerne melde mig som
frivillig ved besøgstjenesten eller på plejecentrene. Hvem skal jeg henvende mig
til?

Venlig hilsen
Annelise Brinch
""")

M("u", """
Kære Borgmester

Jeg har været medlem af Dansk Metal i 52 år og er nu seniormedlem. I den
anledning vil jeg foreslå, at kommunen sætter en mindeplade op ved den gamle
maskinfabrik på Industrivej, hvor vi var over tre hundrede mand i 1970'erne.

Med kammeratlig hilsen
Villy Kragh
""")

M("hs", """
Kære udvalgsformand

Min mand Aksel og jeg har levet sammen siden 1978 og blev gift, så snart loven
tillod det. Aksel sidder i kørestol, efter at han fik amputeret højre ben for to
år siden på grund af dårligt kredsløb. Vi har nu i et halvt år bedt om en
handicapparkeringsplads foran opgangen, men intet sker.

Jeg håber, De vil hjælpe os.

Med venlig hilsen
Bent Krogh
""")

M("", """
Det er en skam, at kommunen lukker aktivitetscentret om fredagen. Mange ældre har
brug for et sted at gå hen, også sidst på ugen. Jeg håber, byrådet vil genoverveje
beslutningen ved næste budget.

Med venlig hilsen
Tove Dalsgaard
""")

M("u", """
Til borgmesteren

Min far, Harald Kold, der er 88 år og bor på Torslundevej, har været medlem af
Malerforbundet i over 70 år og skal have forbundets hæderstegn i næste måned. Det
ville glæde ham meget, hvis borgmesteren kunne komme forbi til en kop kaffe den
dag.

Med venlig hilsen
Ulla Kold Berthelsen
""")

M("p", """
Til Center for Byudvikling og Natur

Min hustru og jeg overvejer at sælge vores rækkehus på Tranegilde Strandvej, og
en ejendomsmægler har været her og vurdere det. Der er allerede en interesseret
køber. Inden vi går videre, vil vi gerne vide, om kommunen har planer om en
støjvold mod motorvejen, da det naturligvis har betydning for prisen.

Med venlig hilsen
Poul og Edith Sandberg
""")

M("b", """
Kære byrådsmedlem

Som praktiserende katolik gennem hele mit liv ønsker jeg at blive begravet efter
katolsk ritual. Jeg vil derfor gerne høre, om der på Ishøj Kirkegård er mulighed
for et gravsted, hvor der kan sættes et krucifiks, og om en katolsk præst må
forestå handlingen i kapellet.

Ærbødigst
Margrethe Olesen, 84 år
""")

M("", """
Hvornår er kirkegårdskontoret åbent, og kan man bestille pasning af et gravsted
for fem år ad gangen? Jeg har ringet to gange uden at komme igennem.
Med venlig hilsen Kirsten Juhl
""")

M("", """
Til Ishøj Kommune

Jeg har mistet mit gule sygesikringsbevis og beder om at få tilsendt et nyt.
Henning Bach Kjær
Ishøj Søvej 61
[[0711322519]]
""")

M("", """
Jeg ønsker hermed at klage over, at snerydningen på stierne ved Ishøj Landsby
ikke er foretaget i tre dage. Jeg tør ikke gå ud, når der er is, og det
gælder mange af os på Landsbygaden.
Med venlig hilsen Asta Nørgaard
""")

M("t", """
Kære borgmester

Mine forældre kom hertil fra Pakistan i 1970 som gæstearbejdere. Min far er nu 84
og taler kun lidt dansk. Han skal til møde i Borgerservice om sit pas i næste
uge, og jeg beder om, at der er en tolk med, der taler punjabi, da jeg selv er på
arbejde den dag.

Med venlig hilsen
Tariq Mahmood
""")

M("", """
Findes der en tolkeordning på urdu ved kommunens informationsmøder for ældre? Der
kommer mange fra vores forening, og de forstår ikke alt.
Venlig hilsen, Ishøj Seniorforening
""")

M("p", """
Til Center for Byudvikling og Natur

Undertegnede, enkefru Ruth Damgaard, [[250435–1120]], har sat min ejerlejlighed
på Strandparksvej til salg, da jeg skal flytte nærmere min datter i Roskilde. Der
er nu en køber, som har skrevet under med advokatforbehold, og hendes advokat
spørger efter en erklæring om altanerne. Jeg beder om, at den sendes snarest.

Med venlig hilsen
Ruth Damgaard
""")

M("he", """
Kære byrådsmedlem

Min lillebror Svend er udviklingshæmmet og har boet på bostedet i Ishøj i
tyve år. Nu hører vi, at han skal flytte til et botilbud i en anden kommune. Han
har epilepsi og bliver meget urolig ved forandringer. Vi er hans eneste familie, og
jeg beder Dem undersøge, om det virkelig er nødvendigt.

Med venlig hilsen
Inge-Lise Mortensen
""")

M("", """
Vi er nogle pensionister fra Ældrerådet, som gerne vil vide, hvordan kommunen
fordeler midlerne til ældreområdet i budget 2026, og om der er afsat penge til
flere plejeboliger. Vi beder om et møde.

Med venlig hilsen
på Ældrerådets vegne, Knud Eriksen
""")

M("b", """
Kære udvalgsformand

Jeg er ateist og har været det hele mit voksne liv. Ved kommunens julefrokost for
pensionister i Kulturhuset blev der i år holdt andagt, uden at nogen var blevet
spurgt på forhånd. Jeg finder det upassende ved et kommunalt arrangement, og jeg
måtte gå ud på gangen i et kvarter.

Med venlig hilsen
Jens-Ole Dybdahl
""")

M("u", """
Til borgmesteren

Jeg har været FOA-medlem hele mit arbejdsliv som sygehjælper, først på
Glostrup og siden i hjemmeplejen her i Ishøj. Jeg foreslår, at kommunen laver en
mindestund for de ansatte i ældreplejen, der arbejdede under coronaen.

Med venlig hilsen
Lilly Sørensen
""")

M("", """
Kære Jens Vestergaard (S)

Jeg skriver til Dem, fordi De sidder i Social- og Sundhedsudvalget. Vil De
arbejde for, at der kommer flere bænke og et offentligt toilet ved Ishøj
Strandpark? Vi ældre kan ikke gå så langt.

Med venlig hilsen
Inger Buch
""")

M("p", """
Kære formand for Teknik- og Miljøudvalget

Min hustru og jeg kan ikke længere passe vores kolonihavehus i Haveforeningen
Vejlebro, og vi har derfor meldt det til salg gennem bestyrelsen. Vurderingen
er på plads, og der står tre på ventelisten. Vi vil gerne vide, om kommunen vil
kræve, at det lille udhus fjernes, før en ny ejer overtager.

Med venlig hilsen
Arne og Bodil Wæver
""")

M("", """
Til Ishøj Kommune

Vi solgte vores parcelhus i Torslunde sidste sommer, og handlen er for længst
afsluttet. Alligevel modtager vi stadig opkrævning af renovation på den gamle
adresse. Vil De venligst rette det?

Med venlig hilsen
Helge og Karin Vang
""")

M("h", """
Kære byrådsmedlem

Min kone har fået konstateret Parkinsons sygdom, og hun ryster nu så meget, at
hun ikke længere kan cykle til ældreklubben i Torslunde. Er der en kørselsordning,
hun kan benytte? Jeg har ikke selv kørekort.

Med venlig hilsen
Carl Emil Strand
""")

M("", """
Ærede borgmester

I vores pensionistforening har vi talt om, at bedsteforældre ofte mister kontakten
til børnebørnene, når forældrene går fra hinanden. Jeg ved godt, at De ikke kan
blande Dem i enkeltsager, men jeg beder Dem oplyse, om bedsteforældre har nogen
rettigheder i den slags sager.

Med venlig hilsen
Grethe Holmboe
""")

M("", """
Jeg henviser til Deres skrivelse, j.nr. 140325-0117, vedrørende beskæring af
hækken ud mod fortovet. Hækken er nu klippet, som De bad om.
Med venlig hilsen Preben Lauritsen
""")

M("hb", """
Kære udvalgsformand

Min far, Ejnar Bille, er i dialyse tre gange om ugen på grund af nyresvigt. Han
er Jehovas Vidne og har derfor underskrevet en erklæring om, at han ikke ønsker
blodtransfusion. Personalet på plejecentret har spurgt os, hvem der skal have den
erklæring. Kan kommunen svare på det?

Med venlig hilsen
Ruth Bille Hansen
""")

M("t", """
Kære borgmester

Jeg er selv grønlænder, født i Sisimiut, og har boet i Ishøj i over fyrre år. Jeg
vil gerne foreslå, at biblioteket får nogle bøger på grønlandsk. Vi er flere her i
byen, der savner det.

Med venlig hilsen
Nukaaka Berthelsen
""")

M("", """
Tak for en dejlig sommerudflugt for pensionister til Møns Klint. Chaufføren var
meget hjælpsom, og frokosten var god. Hilsen fra en glad deltager, Eva Krog.
""")

M("he", """
Til Center for Voksne og Velfærd

Sag vedrørende min svigerfar Arne Vinther, [[180929-0833]].

Han er indlagt med lungebetændelse oven i sin KOL, som nu er i slutstadiet.
Lægerne mener ikke, han kan komme hjem til sit eget, og vi ansøger derfor om en
aflastningsplads, indtil der er en plejebolig ledig.

Med venlig hilsen
Lone Vinther
""")

M("", """
Kære byrådsmedlem

Jeg har læst i avisen, at antallet af demente i kommunen vil stige kraftigt de
næste ti år. Hvad gør byrådet for at udbygge demensområdet? Jeg synes ikke, det
fremgår af budgettet.

Med venlig hilsen
Vagn Albrechtsen
""")

M("p", """
Kære udvalgsformand

Vores nabo i nr. 9, enkemand Frits Bjerre, har sat sin villa til salg, og der går
rygter om, at en investor vil købe den og rive den ned for at bygge tæt-lav.
Intet er underskrevet endnu. Vi beder om at blive hørt, før der gives
tilladelse til noget som helst.

Med venlig hilsen
beboerne i nr. 7 og 11, Fasanvej
""")

M("s", """
Kære borgmester

Min datter Lene og hendes kone Maja har fået en lille dreng i marts. De bor på
Ishøj Strandvej og er meget bekymrede for ventetiden på vuggestue. Jeg tillader
mig at spørge, om der er udsigt til flere pladser i den nordlige del af byen.

Med venlig hilsen
en stolt mormor, Hanne Rask
""")

M("e", """
Kære byrådsmedlem

Jeg er blevet snydt af en telefonsælger og har nu en gæld på 38.000 kr. hos et
inkassofirma for et abonnement, jeg aldrig har bestilt. Jeg er 81 år og kan ikke
overskue det. Findes der nogen i kommunen, der kan hjælpe mig med at læse
papirerne?

Med venlig hilsen
Elna Kjeldsen
""")

M("", """
Hvornår har Ishøj Bibliotek åbent i påsken, og har De stadig bøger med stor
skrift til vores læsekreds? Vi er otte damer, der mødes hver anden torsdag.
Venlig hilsen Magda Iversen
""")

M("p", """
Kære formand

Min hustru og jeg er i forhandling med en køber om vores parcelhusgrund på
Tranegildevej. Køberen vil have en form for tilsagn om, at der ikke anlægges ny vej
bag grunden. Han siger, at han ellers springer fra. Kan kommunen udtale sig om det?

Med venlig hilsen
Svend Aage Lorentzen, [[040339-1277]]
""")

M("h", """
Til Ishøj Kommune

Jeg, Kirsten Ahlgren, [[220647 0412]], har netop fået en ny hofte på Hvidovre
Hospital. Jeg skulle have genoptræning i Sundhedshuset fra i mandags, men ingen
har ringet. Jeg må ikke gå på trapper endnu og kan derfor ikke selv komme derhen.

Med venlig hilsen
Kirsten Ahlgren
""")

M("e", """
Ærede borgmester

Min søn sidder i Vestre Fængsel og afsoner en dom på to år. Jeg er 79 og har
svært ved at komme derind på besøg med offentlig transport. Kan kommunen hjælpe
med kørsel, eller kender De en forening, der gør det?

Med venlig hilsen
Oda Lykkegaard
""")

M("", """
Jeg ønsker oplyst, om kommunen stadig giver tilskud til ældreklubber, og hvor man
søger. Vi er en lille klub, der spiller whist om onsdagen i Torslunde.
Med venlig hilsen Henry Jessen
""")

M("t", """
Kære borgmester

Min mand og jeg kom hertil som bosniske flygtninge i 1993. Nu er vi begge over
halvfjerds, og vi savner et sted at mødes med andre ældre fra det gamle
Jugoslavien. Kunne ældreklubben låne os et lokale en eftermiddag om måneden?

Med venlig hilsen
Amira Hodžić
""")

M("", """
Hvornår forventer kommunen at sælge de nye byggegrunde ved Ishøj Landsby, og hvad
bliver prisen pr. kvadratmeter? Mit barnebarn overvejer at bygge.
Venlig hilsen Erling Dam
""")

M("s", """
Kære byrådsmedlem

Min kone Birgit og jeg blev gift for 25 år siden, dengang det hed registreret
partnerskab. Nu vil vi gerne forny vores løfter i rådhushaven i august. Er det
muligt at leje haven en lørdag formiddag?

Med venlig hilsen
Kamma Villadsen, [[170553-0784]]
""")

M("", """
Kære borgmester, tak for Deres tale ved indvielsen af den nye bro i Ishøj
Strandpark. Det var en smuk dag, og min mand og jeg nød den meget.
Med venlig hilsen Ellen Haugaard
""")

M("s", """
Ærede byrådsmedlem

Jeg er 78 år og har aldrig talt højt om det, men jeg er homoseksuel og har levet
alene hele mit liv. Jeg har hørt, at man i København har en gruppe for ældre
bøsser og lesbiske. Er der noget lignende i Ishøj, eller kunne ældreklubben
overveje det?

Jeg beder om, at mit navn ikke videregives.

Med venlig hilsen
K. S.
""")

M("", """
Til Teknik- og Miljøudvalget

Der har i flere uger stået vand på fortovet foran Ishøj Landsby 22 efter hvert
regnskyl. Jeg er faldet én gang og vil ikke falde igen. Kan kommunen rense
afløbet?

Med venlig hilsen
Frode Kirkegaard
""")

M("e", """
Til Center for Voksne og Velfærd

Min far, Ove Halling, fik sidste år bevilget madservice fem dage om ugen. Nu er
regningen steget, og han har fået en rykker, som han ikke kan betale af sin
pension. Jeg beder om en opgørelse og om mulighed for afdrag.

Med venlig hilsen
Dorthe Halling
""")

M("", """
Ærede udvalgsformand

Min mor fylder 100 år den 3. maj og bor stadig selv i sit hus på Vejleåvej. Vil
borgmesteren have lyst til at komme forbi med blomster? Det ville glæde hende
meget.

Med venlig hilsen
Bente Schou
""")

M("s", """
Kære byrådsmedlem

Min søn Anders og hans mand Kristian er flyttet ind hos mig i huset på
Torslundevej, så de kan hjælpe mig i hverdagen. Skal jeg give kommunen besked om,
at vi nu er tre voksne på adressen, af hensyn til affald og vand?

Med venlig hilsen
Edel Brøndsted
""")
