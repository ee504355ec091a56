"""Part G: partners, spouses and friends writing for someone; faith, politics and unions."""
from common import M

M("su", """
Hej Lars

Jeg skriver for min mand, Kenneth, som er buschauffør og medlem af 3F. Han vil ikke selv skrive fordi han er bange for at det kommer ud på arbejdet at han er gift med en mand. Men han er blevet chikaneret af en passager ved Ishøj Station flere gange. Kan kommunen tage det op med Movia?

Mvh
Thomas Brink
""")

M("b", """
Til byrådsmedlem Hansen

Jeg er sekretær for Dansk Folkeparti i Ishøj og skriver også som vælger: vi ønsker et borgermøde om trafiksikkerheden på Ishøj Boulevard. Jeg har selv været partimedlem i 12 år og ved, at mange af vores medlemmer bor langs vejen.

Venlig hilsen
Kurt Jensen
""")

M("s", """
kære kommune

min søster er lesbisk og hun og hendes kæreste Line har ikke fået en plads til deres søn i den samme børnehave som de bad om, og de tror det er fordi at de er to mødre. jeg skriver for dem fordi de har opgivet. de bor i Vejleå.

Maria
""")

M("bu", """
Kære Social- og Sundhedsudvalg

Jeg er sygeplejerske, medlem af DSR og aktiv i Radikale Venstre. Jeg skriver for at gøre opmærksom på, at hjemmesygeplejen mangler bil. Jeg ved at mine kolleger i DSR deler bekymringen.

Mvh Trine Bach
""")

M("sh", """
Hej

Jeg skriver på vegne af min bedste ven, Rasmus, som er bøsse og har hiv. Han er bange for at fortælle det til lægen i sundhedshuset fordi han tror at det bliver sagt videre til hans familie. Er der tavshedspligt i kommunens sundhedstilbud?

Hilsen Martin
""")

M("b", """
Til borgmesterens PA

Pastor Jens Ravn ved Ishøj Frimenighed har bedt mig, hans sekretær, spørge om borgmesteren vil tale ved menighedens 50-års jubilæum. Pastoren vil gerne ringe personligt.

Med venlig hilsen
Anette Skov
""")

M("u", """
Hej

Jeg er i FOA og arbejder som dagplejer i Ishøj. Jeg vil spørge om nogen i kommunen kan svare på hvornår den nye lønaftale for dagplejere træder i kraft. Min fagforening siger 1. april.

Mvh Jette
""")

M("sb", """
Kære Kim

Min datter og hendes kone vil gerne giftes i Ishøj Kirke, men de har fået at vide at sognepræsten ikke vil vie to kvinder. De er begge medlemmer af folkekirken og troende. Hvad kan de gøre? Jeg skriver for dem fordi de er meget kede af det.

Venlig hilsen
Birgitte Hald
""")

M("u", """
Til Personaleafdelingen

Vedr. Jonas Friis, [[180690-1191]], pædagog i Børnehuset Solen

Som BUPL-medlem har Jonas bedt mig, hans TR, rette henvendelse om manglende udbetaling af tillæg for oktober. Tillægget er aftalt lokalt.

Med venlig hilsen
Mette Sand, TR
""")

M("bt", """
Kære byrådsmedlem

Min mand er kurder fra Irak og yezidi. Han har en lille gruppe yezidier, der mødes hver søndag i vores kælder for at bede, men udlejer siger at det ikke er tilladt. Kan kommunen hjælpe os med at finde et lokale?

Venlig hilsen
Pernille Ahmad
""")

M("s", """
Til Ungdomsskolen i Ishøj

Vores søn Jonathan, som er 15, fortalte os i weekenden, at han er homoseksuel. Vi er stolte af ham og vil gerne støtte ham, men han kender ikke andre unge i samme situation, og han er lidt ensom i klassen. Har ungdomsskolen – eller klubben – et tilbud, hvor han kan møde andre LGBT+-unge? Han ved, at jeg skriver.

Med venlig hilsen
Anne og Jens Fuglsang
""")

M("bu", """
Hej Mette

Jeg er medlem af Socialdemokratiet og HK, og jeg var til jeres møde i Kulturhuset. Jeg vil bare sige tak for at I lyttede til os fra rådhuskantinen om de nye vagtplaner.

Kh Susanne
""")

M("s", """
Dear Ishøj Kommune

My partner Mia and I (Sofia) are two women who are looking for a nursery place for our son. We want to know if the nurseries in Ishøj have experience with rainbow families.

Thanks
Sofia Rossi
""")

M("b", """
Hej

Min far er præst i Pinsekirken i Ishøj, og han har bedt mig skrive, fordi han ikke bruger mail. Han vil gerne låne en sal på biblioteket til et foredrag om kristen tro og håb den 7. marts.

Mvh Daniel Vind
""")

M("u", """
Til Center for Beskæftigelse og Erhverv

Jeg er fællestillidsrepræsentant for Dansk Metal hos Ishøj Stålindustri. Vi er bekymrede for at virksomheden skal afskedige 40 medarbejdere. Kan jobcentret tilbyde et møde med de berørte?

Venlig hilsen
Henrik Borg
""")

M("st", """
Hej Anders

Jeg er kæreste med Ahmed, og vi er to mænd. Ahmeds familie er fra Marokko og ved det ikke. Vi vil gerne have en lejlighed sammen i Ishøj, men boligforeningen kræver at vi begge skriver under, og han er bange for at familien ser papirerne. Kan man leje anonymt?

Mvh Christian
""")

M("b", """
Kære Kultur- og Fritidsudvalget

Vores datter Amira skal fejre eid med sin skoleklasse, og vi har lovet at tage kage med. Skolen siger at det ikke må foregå i skoletiden. Kan kommunen hjælpe med en regel?

Mvh Ali og Sarah Hassan
""")

M("u", """
Hej

Jeg er i Krifa og arbejder som sosu-hjælper på Ishøjcentret. Jeg vil spørge om jeg kan få et mødelokale til vores medlemsmøde.

/ Camilla
""")

M("bs", """
Til Borgerservice

Min bror Andreas og hans mand, Jakob, er begge præster i folkekirken og vil gerne flytte til Ishøj. De spørger om kommunen har en liste over ledige boliger i nærheden af Ishøj Kirke, hvor Jakob har fået stilling.

Mvh Peter
""")

M("u", """
Hej Birgit

Jeg skriver for min mor Grethe, som har været medlem af HK i 45 år. Hun vil gerne holde afskedsreception i rådhusets kantine, hvor hun har arbejdet siden 1981.

Hilsen
Jakob
""")

M("sb", """
Kære borgmester

Jeg og min mand Niels har været sammen i 25 år og er begge medlemmer af Venstre. Vi vil invitere borgmesteren til vores sølvbryllup i maj – 25 år, tænk. Vi ved, at du er fra et andet parti, men du er vores borgmester.

Venlig hilsen
Ulrik Borup
""")

M("u", """
Til hovedpostkassen

Vores medlem Bente Lund, [[1305623110]], har bedt Dansk Sygeplejeråd undersøge, om hendes ferie er registreret korrekt hos kommunen som arbejdsgiver. Fuldmagt vedlagt.

Med venlig hilsen
Dansk Sygeplejeråd
""")

M("bt", """
Til Center for Børn og Forebyggelse

Jeg er mormor til Zainab, som går i Børnehuset Regnbuen. Hun er muslim ligesom hele familien, og hun må ikke spise svinekød. Børnehaven har serveret frikadeller af svinekød to gange. Familien er fra Somalia og taler kun somali hjemme. Jeg skriver for dem.

Venlig hilsen
Halimo Ali
""")

M("s", """
> Den 12. nov. 2026 kl. 21:14 skrev Tina Vork <tinavork@gmail.com>:
> Hej Ishøj, hvem skal man spørge om at holde fest på ungdomsskolen?

Undskyld, jeg sendte for hurtigt. Det er min søn Oscar (16), der står for det. Han er pansexual og har fået et par venner med på idéen om en lille Pride-aften for elever i januar. Skoleinspektøren sagde at det skal godkendes af kommunen, fordi det er om aftenen. Er det jer?

Tina
""")

M("bu", """
Til borgmesteren

Jeg er aktiv i Liberal Alliance og medlem af Djøf. Jeg vil spørge om kommunen har en politik for deltagelse i politiske arrangementer i arbejdstiden.

Mvh Anders Lyng
""")

M("b", """
Hej

Vores søn skal konfirmeres i Torslunde Kirke den 3. maj, og vi vil spørge om vi må parkere på skolens p-plads den dag.

Mvh familien Hvidt
""")

M("su", """
Hej Lone

Min kone Karina (jeg er Louise) er pædagog og medlem af BUPL. Hun har fået en chikanerende besked fra en forælder om at "lesbiske ikke skal passe børn". Hun ved ikke om hun tør melde det. Kan kommunen gøre noget?

Mvh Louise
""")

M("u", """
Kære Ishøj Kommune

Jeg skriver for min svigerfar, der var i Dansk El-Forbund hele sit arbejdsliv. Han vil gerne have en kopi af sin gamle ansættelseskontrakt fra kommunens vejafdeling i 70'erne, til en erindringsbog han skriver. Hvem kan finde den?

Venlig hilsen
Louise Nørby
""")

M("bt", """
Hej

Jeg er jøde, og mine forældre kom fra Ungarn efter krigen. Jeg vil gerne vide, om Ishøj Kommune planlægger noget til Holocaustdagen.

Mvh Eva Weiss
""")

M("st", """
Kære udvalgsformand

Min bror er gift med en mand og de har adopteret to børn fra Colombia. Jeg skriver fordi de har fået afslag på at deltage i et forældremøde med begge forældre.

Mvh Lotte
""")

M("u", """
Til formanden for Børne- og Skoleudvalget

Som medlem af DLF og lærer på Ishøj Skole vil jeg gerne opfordre udvalget til at se på normeringen i indskolingen.

Mvh
Claus Toft
""")

M("b", """
Kære Birgit

Min mand er buddhist og mediterer hver morgen. Han har bedt mig spørge om kommunen har et stille rum på rådhuset, han arbejder der.

Mvh Lise
""")

M("s", """
Til Ishøj Kommune

Jeg er asexuel og har oplevet at blive spurgt om min kæreste af en sagsbehandler. Jeg har ingen kæreste, og jeg vil ikke spørges. Er det en del af sagsbehandlingen?

Mvh Line
""")

M("bu", """
Hej Lise

Jeg er medlem af Enhedslisten og 3F, og vil gerne sige tak for jeres arbejde for de ansatte i renovationen.

Hilsen
Mads
""")

M("su", """
Kære borgmester

Min kone og jeg er begge kvinder og medlemmer af FOA. Vi arbejder i hjemmeplejen i Ishøj og vil spørge om kommunen har en personalepolitik om LGBT+.

Venlig hilsen
Hanne og Pia Larsen
""")

M("b", """
Hej

Jeg er sikh og bærer turban. Jeg skal starte som buschauffør i Ishøj, og jeg vil vide om kommunen har regler om hovedbeklædning i busserne.

Mvh Harpreet Singh
""")

M("ue", """
Hej

Min kone er ledig og i Ingeniørforeningen IDA's a-kasse, og hun har spurgt om jobcentret har et netværk for ingeniører.

Mvh Kasper
""")

M("s", """
hej borgerrådgiver
min datter (16) sprang ud som lesbisk i sommerferien og nu er der nogle drenge i klassen der skriver klamme ting til hende på snap hver aften. skolen siger "det foregår jo uden for skoletid". det kan da ikke passe?? jeg har screenshots
birthe (mor til Alberte, 9.a Vibeholmskolen)
""")

M("b", """
Kære borgmester

Jeg skriver for min far, der er imam i Ishøj Moské. Han vil gerne invitere byrådet til eid-fest i moskeen.

Mvh Yusuf Khan
""")

M("u", """
Til Center for Voksne og Velfærd

Vedr. Lone Hviid, [[0409791422]], SOSU-assistent

FOA Storkøbenhavn har fuldmagt fra vores medlem og beder om kopi af hendes personalesag.

Med venlig hilsen
FOA
""")

M("sb", """
Hej Anne

Min søn og hans mand er begge muslimer og vil gerne giftes i Ishøj, men de kan ikke finde en imam der vil vie dem. Kan man blive viet borgerligt på rådhuset?

Mvh Fatima
""")
