"""corpus67 part e: sudden death, funeral help, fire and flood, and the houses behind them."""
from common import M

M("e", """
Til Center for Borger, Økonomi og IT

Min mor døde pludselig i sidste uge. Hun havde ingen opsparing, og jeg er selv på
dagpenge. Jeg har søgt begravelseshjælp, men bedemanden vil have et depositum nu. Kan I
skynde på sagen? Min mors cpr var [[040946-1288]].

Med venlig hilsen
Susanne Berg
""")

M("", """
Hej

Hvor meget er begravelseshjælpen på i 2026, og hvilke regler gælder for formuen? Jeg er
bedemand i Vallensbæk og vil gerne kunne vejlede mine kunder rigtigt.

Med venlig hilsen
Bedemand Frank Holt
""")

M("ps", """
Kære borgmester

Min mand Erik døde i august. Vi var gift i 31 år, og jeg er nu alene om vores hus på
Tranegilde Strandvej, som jeg ikke kan holde. Jeg har sat det til salg og har fået et bud
fra et ungt par. Kan kommunen sige om den nye lokalplan påvirker grunden? Jeg vil gerne
kunne svare dem.

Med venlig hilsen
Bjarne Lund
""")

M("eh", """
hej

vores lejlighed brændte i nat pga en fejl i køleskabet. vi er ok, men min søn fik røgforgiftning
og var indlagt til i morges. vi har ingen steder at sove i nat. kan kommunen hjælpe med en
midlertidig bolig? vi er 4 personer

Hanan
""")

M("", """
Til hovedpostkassen

Hvad er kommunens beredskabsplan ved oversvømmelse langs Ishøj Strand? Efter stormen
sidste vinter har vi i grundejerforeningen spekuleret på, om der kommer sandsække.

Med venlig hilsen
Grundejerforeningen Strandhaven
""")

M("p", """
Til Center for Byudvikling og Natur

Vores kælder blev oversvømmet under skybruddet i september. Vi har en køber til huset på
Ishøj Landevej 112, men han har trukket sit bud tilbage indtil vi kan dokumentere at
kloakken er udbedret. Hvornår udfører kommunen arbejdet på vejen?

Med venlig hilsen
Gitte og Allan Nissen
""")

M("be", """
Til borgerrådgiveren

Min bror døde pludselig, og vi er muslimer og skal begrave ham inden for et døgn. Vi har
søgt begravelseshjælp, men sagsbehandleren sagde at det tager 14 dage. Det kan vi ikke
vente på. Der er ikke plads på den muslimske gravplads i Brøndby. Hvad gør vi?

Ahmed Yousef
""")

M("", """
Kære Teknik- og Miljøudvalg

Jeg vil foreslå at kommunen deler røgalarmer ud til ældre borgere, som man gør i nogle
andre kommuner. Der har været flere brande i landet hvor ældre er omkommet.

Venlig hilsen
Kurt Andersen, pensioneret brandmand
""")

M("pu", """
Hej Ishøj

Jeg er medlem af Dansk Metal og har fået job i Aarhus, så vi sælger vores rækkehus i
Ishøj Landsby. Ejendomsmægleren har fået et betinget bud, og køberen venter på at se
kommunens svar om byggetilladelsen til carporten. Hvornår kommer det?

Mvh Ronni Carlsen
""")

M("ep", """
Til Center for Borger, Økonomi og IT

Min far døde i juni. Boet skylder 190.000 kr., og vi er ved at sælge hans andelsbolig i
Ishøj Strandpark for at dække gælden. Der er en køber, og vi venter på bestyrelsens
godkendelse. Kan dødsboet få henstand med den sidste ejendomsskat?

Med venlig hilsen
Martin Holm, skifteretsattest vedlagt
""")

M("", """
Hej

Jeg læste at en mand døde ved en brand i Vallensbæk i weekenden. Er der planer om
brandsikkerhedstjek i kommunens almene boliger? Jeg bor selv i et ældre byggeri.

Mvh Inge
""")

M("eht", """
Til borgmesterens PA

Min far er død efter en lang kræftsygdom. Han var fra Pakistan og ønskede at blive begravet
der. Vi er ikke rige, og min mor får kun folkepension. Kan man få begravelseshjælp, når
begravelsen sker i udlandet?

Med venlig hilsen
Sana Malik
""")

M("ps", """
Kære Camilla (byrådet)

Jeg og min kæreste Anders, som jeg har været sammen med i 10 år, har købt en grund i
Ishøj Landsby betinget af at kommunen godkender byggeriet af et hus på 180 m2. Vi har 14
dage til at træde tilbage. Hvornår kommer afgørelsen?

Venlig hilsen
Peter Falk
""")

M("e", """
Til Center for Voksne og Velfærd

Der var brand i min lejlighed i Strandgårdsparken i tirsdags. Forsikringen dækker ikke,
fordi jeg ikke havde indboforsikring. Jeg har intet tøj, ingen seng og ingen penge. Kan jeg
søge en enkeltydelse? [[260898-3385]]

Venlig hilsen
Yasmin
""")

M("", """
Til hovedpostkassen

Ishøj Lions Club afholder juleindsamling til fordel for familier der har mistet alt ved
brand. Kan vi få en stand i Ishøj Bycenter den 6. december? Vi har tilladelse fra centret.

Venlig hilsen
Lions Club Ishøj, kasserer Per Holm
""")

M("p", """
Til borgmesteren

Jeg ejer en byggegrund på Vejlebrovej og har aftalt salg med en entreprenør. Han vil kun
gennemføre handlen, hvis kommunen ændrer lokalplanen, så der kan bygges i to etager. Kan
sagen komme på Økonomiudvalgets dagsorden i januar?

Med venlig hilsen
Erling Damgaard
""")

M("eh", """
Kære borgerrådgiver

Min kone døde pludselig af en blodprop i hjernen. Jeg er 79 og har aldrig lavet mad. Hun
gjorde alt. Jeg har søgt om madordning for tre uger siden, og intet er sket. Jeg spiser
rugbrød hver dag.

Venlig hilsen
Arne Søndergaard
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår sælger kommunen de sidste parceller i Ishøj Landsby Vest? Jeg overvejer at købe
en grund på et tidspunkt og vil gerne holde mig orienteret.

Mvh Kasper Lind
""")

M("pt", """
Hej

Vi er en tyrkisk familie, og vi har budt på en ejendom på Ishøj Stationsvej, hvor vi vil
åbne en bagerforretning. Sælgeren har accepteret, men handlen er betinget af at
kommunen giver tilladelse til erhverv i stueetagen. Hvor lang tid tager det?

Med venlig hilsen
Mehmet Aydın
""")

M("eh", """
Til Center for Voksne og Velfærd

Min søn Rasmus tog sit eget liv for tre uger siden. Han var 24. Jeg kan ikke arbejde og er
sygemeldt. Jeg har fået brev fra jobcentret om en samtale, men jeg kan ikke. Kan I vente?

Lise
""")

M("", """
Kære borgmester

Jeg vil gerne takke brandvæsenet og kommunens beredskab for den hurtige indsats ved
branden på Ishøj Havn i weekenden. Jeg var tilskuer og var imponeret.

Venlig hilsen
Jens Frederiksen
""")

M("pb", """
Til Center for Byudvikling og Natur

Jeg er formand for Ishøj Frikirke og skriver også som privatperson. Jeg har solgt
mit hus betinget af at køberen kan få lov at bygge en tilbygning. Køberen har fået
afslag. Kan man klage? Handlen falder ellers.

Med venlig hilsen
Sten Ravnholt
""")

M("e", """
Til borgerrådgiveren

Min far døde i Hjemmeplejens varetægt. Han lå på gulvet en hel nat, fordi nødkaldet ikke
blev besvaret. Han fik hjemmehjælp tre gange om dagen. Jeg vil klage og vil have at sagen
undersøges.

Med venlig hilsen
Annette Bjerre
""")

M("p", """
Hej

Vores kolonihavehus i H/F Vejleå blev oversvømmet, og nu vil vi sælge. Bestyrelsen har
godkendt en køber fra ventelisten, men prisen skal vurderes af kommunens vurderingsmand.
Hvornår kan han komme?

Mvh Lotte og Bo
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har fået en regning på begravelse af min afdøde moster med regningsnr. 2207531102,
men hun boede i Greve. Må det være en fejl at den er sendt fra Ishøj?

Med venlig hilsen
Karina Thomsen
""")

M("ehu", """
Til hovedpostkassen

Min mand døde på arbejdet på en byggeplads i oktober. Han var medlem af 3F og de hjælper
os med arbejdsskadesagen. Jeg har fået angstanfald og kan ikke sove. Jeg har to børn og
har ikke råd til huslejen uden hans løn. Kan jeg få boligstøtte med det samme?

Camilla Høj
""")

M("p", """
Til Økonomiudvalget

Som ejer af ejendommen Ishøj Torv 4 har jeg modtaget et købstilbud fra et pensionsselskab.
Vi forhandler stadig om prisen. Jeg vil høre om kommunen har forkøbsret på grund af den
nye byfornyelsesplan.

Med venlig hilsen
Niels Damgaard, direktør, Damgaard Ejendomme ApS
""")

M("", """
Hej

Hvornår holder kommunen en øvelse i beredskabet igen? Sidste gang hylede sirenerne og min
gamle mor blev meget forskrækket. Det ville være rart med et varsel i lokalavisen.

Venlig hilsen
Lene
""")

M("se", """
Til Center for Borger, Økonomi og IT

Min mand, Jens, døde i oktober. Vi var to mænd, der havde levet sammen i 40 år, gift siden
2012. Nu siger pensionskontoret at jeg ikke kan få hans enkepension, og at min egen
folkepension skal genberegnes. Jeg forstår det ikke.

Med venlig hilsen
Kaj Petersen
""")

M("ph", """
Kære Jesper (formand for Teknik- og Miljøudvalget)

Mit hus er til salg, og køberen har fået en tilstandsrapport, der viser fugt efter
oversvømmelsen. Han vil have afslag i prisen. Jeg har astma, og lægen siger jeg skal ud af
huset hurtigst muligt. Kan kommunen hjælpe med at dokumentere, at det var kommunens
regnvandsledning der svigtede?

Venlig hilsen
Grethe Olsen
""")

M("ebt", """
Hej borgerrådgiver

Min mormor døde i går. Hun var jødisk og skal begraves på Mosaisk Nordre Begravelsesplads.
Familien har søgt om begravelseshjælp, fordi hun kun havde folkepension. Kan det gå
hurtigt, da vi skal begrave hende hurtigt efter vores tradition?

Med venlig hilsen
Rebecca Adler
""")

M("", """
Til Center for Byudvikling og Natur

Jeg er ejendomsmægler og har fået en henvendelse fra en kunde der vil vide, om der er
planer om at bygge boliger på marken ved Ishøj Søvej. Er der en lokalplan under
udarbejdelse?

Med venlig hilsen
Rasmus Kjær, ejendomsmægler
""")

M("pe", """
Til borgmesterens PA

Vores hus blev ødelagt ved branden i juli, og forsikringen har udbetalt. Vi vil sælge grunden
og har en køber, men kommunen har stadig ikke frigivet grunden efter brandtilsynet. Vi bor
i mellemtiden i en nødbolig fra kommunen. Hvor lang tid skal det tage?

Med venlig hilsen
Familien Hvid
""")

M("", """
Hej

Jeg har fundet en gammel gravsten på kirkegården med min oldefars navn. Ved kommunen om
gravstedet kan fornyes, eller skal jeg spørge kirkegårdskontoret?

Mvh Tove
""")

M("eu", """
Til Center for Beskæftigelse og Erhverv

Jeg er blevet ledig fra min stilling som social- og sundhedsassistent. Jeg er medlem af
FOA's a-kasse. Da min mand døde sidste år, har jeg ikke andre indtægter. Skal jeg
melde mig ledig hos jer eller hos a-kassen først?

Med venlig hilsen
Lisbeth Frandsen
""")

M("eps", """
Hej Lars (byrådsmedlem)

Min hustru Helle og jeg ... undskyld, min ex-hustru og jeg har solgt vores hus, men nu
har køberen trukket sig, og jeg bor der alene med min nye kæreste, Mads. Vi vil gerne købe
hendes halvdel. Kan kommunen give os et lån til udbetalingen?

Venlig hilsen
Claus Eriksen
""")

M("", """
Til hovedpostkassen

Hvad er de samlede udgifter til begravelseshjælp i Ishøj i 2025? Jeg har søgt aktindsigt
i budgettet til en artikel om kommunens sociale udgifter.

Med venlig hilsen
Journalist Signe Lauesen, Sjællandske
""")

M("pe", """
Kære borgerrådgiver

Jeg er konkursramt og har et hus på Ishøj Byvej, som skal på tvangsauktion den 15.
januar. Der er en privat køber der vil købe det før, men banken skal acceptere. Kan kommunen
vente med sit krav på ejendomsskatten?

Mvh Torben Kjeldsen
""")

M("et", """
Hej

Vores lejlighed blev oversvømmet fordi naboen ovenover lod badekarret løbe over. Vi er
en polsk familie med 3 børn og har fået anvist et værelse på et hotel af boligselskabet,
men kun i 3 dage. Vi har ingen penge til mere. Hjælp.

Agnieszka
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår bliver digerne ved Ishøj Strand forhøjet? Jeg har læst om stormflodssikringen i
Ishøj Avis og vil gerne vide om tidsplanen holder.

Med venlig hilsen
Vagn Christiansen
""")

M("pt", """
Til Center for Byudvikling og Natur

Jeg er vietnamesisk og har en restaurant i Ishøj. Jeg vil gerne købe lokalet ved siden af
og har givet et bud til ejeren, men han vil først vide om kommunen tillader udvidelse.
Kan jeg få et møde?

Med venlig hilsen
Hoang Tran
""")

M("eh", """
Til Center for Voksne og Velfærd

Min svigerfar fik et hjertestop i bussen og døde på vej til hospitalet. Min svigermor er
blind og har brug for hjælp til alt. Hun har nu bedt om hjemmehjælp. Kan det gå hurtigt?

Med venlig hilsen
Dorthe Ravn
""")

M("pu", """
Til direktionsassistenten

Jeg er faglig sekretær i HK, men skriver her som privat. Jeg er selv medlem af HK, og jeg
har købt en ejerlejlighed i Ishøj betinget af kommunens godkendelse af en ombygning.
Sælger vil trække sig, hvis svaret ikke er der inden nytår.

Med venlig hilsen
Katrine Hjort
""")

M("", """
Hej

Jeg vil bare spørge, hvordan man får en gratis parkeringstilladelse ved hospicet? Jeg
spørger for vores besøgsvenner i Røde Kors, som kører derud flere gange om ugen.

Mvh Irene
""")
