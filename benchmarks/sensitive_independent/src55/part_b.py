"""corpus55 part B: debt to the municipality and SKAT, rent arrears, boligstøtte, funeral aid."""
from common import M

M("e", """Til Opkrævningen, Ishøj Kommune

Jeg har modtaget en rykker på 4.612,50 kr. for daginstitutionsbetaling (faktura 2409118834). Jeg kan ikke betale det hele på én gang, da jeg har en restgæld til SKAT i forvejen. Kan jeg lave en afdragsordning på 500 kr. om måneden?

Venlig hilsen
Mona Kristensen
[[280788-1642]]""")

M("e", """Hej borgerrådgiver. boligselskabet har sendt mig en opsigelse pga huslejerestance på 3 mdr. jeg har 2 børn. kan kommunen betale restancen?? jeg har søgt men ingen svarer. hilsen Jessica""")

M("", """Til Center for Borger, Økonomi og IT

Hvordan beregnes boligstøtte når man bor i en almen bolig, og gælder der særlige satser for pensionister? Jeg er frivillig rådgiver i Ældre Sagen og vil gerne kunne svare rigtigt.

Med venlig hilsen
Ib Gregersen""")

M("e", """Til Ishøj Kommune

Min mor Else Marie døde den 2. september. Hun havde ingen opsparing, og vi søger derfor om begravelseshjælp. Boet er et boet uden midler. Jeg vedlægger regningen fra bedemanden (ordrenr. 0409251178).

Med venlig hilsen
Kurt Hansen
søn""")

M("", """Hej

Hvad koster en kistebegravelse på Ishøj Kirkegård i forhold til en urnebegravelse, og kan man reservere gravsted ved siden af en afdød ægtefælle? Min svoger spurgte, og jeg kunne ikke finde det på hjemmesiden.

Mvh Bente""")

M("e", """Kære Lone Kjær

Jeg skylder SKAT 186.000 kr. fra da jeg havde et firma, der gik konkurs i 2019. Nu trækker de 30 % ekstra af min løn, og jeg kan ikke betale både husleje og mad. Kan kommunen gøre noget, eller skal jeg til gældsrådgivning? Hvem har I et samarbejde med?

Venlig hilsen
Finn""")

M("e", """Til Borgerservice

Jeg er blevet sat ud af min lejlighed i Vildtbanegård den 1. og sover nu hos en ven på sofaen. Jeg har brug for en midlertidig bolig. Mine ting står i en container.

Steffen Lau
cpr [[1603791135]]""")

M("", """Kære borgmester

Huslejen i de almene boliger stiger og stiger. Det er på tide at kommunen presser boligselskaberne til at holde igen. Mange familier har det svært nu.

Hilsen
Dorthe, Gildbroparken""")

M("eh", """Hej

Jeg søger om hjælp til depositum til en ny lejlighed. Jeg er på sygedagpenge efter en hjerneblødning og kan ikke gå på trapper, så jeg skal flytte fra 3. sal. Lejligheden i Torslunde er i stueplan.

Venlig hilsen
Helle Fisker
personnummer [[071162-0438]]
reg. 9570 konto 0011623344""")

M("e", """Til Ydelseskontoret

I har sendt mig et tilbagebetalingskrav på boligstøtte for 2024 på 9.840 kr. fordi min samlevers indkomst var højere end oplyst. Han fik en bonus i december. Jeg vil gerne klage, for vi oplyste det til Udbetaling Danmark i januar.

Sagsnummer 00.32.08-P20-44-25

Mvh
Katrine Holt""")

M("", """Hej,

Hvornår udsender kommunen årsopgørelsen for ejendomsskat, og kan man betale i rater? Det står ikke klart på hjemmesiden. Tak

Henrik""")

M("eh", """Til hovedpostkassen

Min far Arne på 84 har fået en rykker fra kommunen om betaling for madordning i 5 måneder. Han har demens og har ikke kunnet åbne sin e-Boks. Jeg har nu fuldmagt. Hvor meget skylder han, og kan rentebeløbet frafaldes?

Venlig hilsen
Susanne Grøn""")

M("he", """To whom it may concern

My landlord says I owe 3 months rent (27.600 DKK). I lost my job in the spring because I was pregnant and had complications, and now I live on my savings. I don't get any benefits. Is there any help from the kommune for rent? My English is better than my Danish, sorry.

Ana Lucia Pereira
[[140593 4021]]""")

M("", """Til Opkrævningen

Vi har betalt faktura nr. 1511230987 for renovation to gange ved en fejl. Kundenummer 0203711188. Vil I tilbageføre det ene beløb til reg.nr. 5301 kontonr. 0240117788?

Med venlig hilsen
Anja og Michael Thorsen""")

M("e", """Hej

jeg vil lige høre om jeg kan få hjælp til at betale min elregning, ørsted har lukket for strømmen og jeg har en på 4 år. jeg er på dagpenge og de kommer først den 10.

Sandra
tlf 31 22 90 14""")

M("e", """Til Borgerrådgiveren

Jeg mener Ishøj Kommune har behandlet min ansøgning om enkeltydelse til tandbehandling forkert. De har regnet med en indtægt jeg ikke har haft siden sommer, hvor jeg blev skilt og flyttede fra huset. Min eksmand beholdt bilen og kontoen.

Venlig hilsen
Gülay Aksoy""")

M("", """Hej, er det rigtigt at kommunen har sænket taksten for dagpleje fra januar? Vores nabo sagde det. Vi overvejer at skifte fra vuggestue.
Mvh Rasmus""")

M("e", """Til borgmesterens PA

Jeg vil gerne have et møde med borgmesteren om min gæld til kommunen. Det drejer sig om et krav om tilbagebetaling af kontanthjælp på 62.000 kr. fra 2018, som nu er sendt til Gældsstyrelsen. Jeg har to børn og arbejder nu som sosu-hjælper, men de trækker så meget at vi ikke kan leve.

Med venlig hilsen
Zainab Hussein
[[300185-3722]]""")

M("be", """Kære Borgerrådgiver

Min mand døde i sommer. Vi er begge muslimer, og han blev begravet på den muslimske gravplads i Brøndby. Kommunen har givet afslag på begravelseshjælp, fordi de mener udgiften til ligvask og transport ikke er "rimelig". Det er en del af vores tro. Jeg vil klage.

Fatma Yilmaz""")

M("e", """hej jeg har et spørgsmål. min kæreste og jeg er flyttet sammen, skal jeg så give besked om det til boligstøtte? hun tjener ca 23.000 om måneden, jeg er under uddannelse og får SU. og hvad med min gæld til studiestyrelsen? mvh Emil""")

M("", """Til Center for Borger, Økonomi og IT

Vi er en boligforening og vil gerne lave et samarbejde med kommunen om tidlig opsporing af lejere med restancer, før det ender i udsættelse. Hvem står for det i jeres forebyggende indsats?

Venlig hilsen
Boligforeningen 3B, afdeling Strandgården""")

M("e", """Til hovedpostkasse@ishoj.dk

Vedr. betaling for plejehjemsplads – min moster Inger Lund, Ishøj Plejecenter

Vi har modtaget en opgørelse over husleje og serviceydelser. Der står at hun skylder 11.300 kr. Vi forstår ikke hvordan det er beregnet, for hun har betalt over PBS hver måned (aftalenr. 1102481922).

Venlig hilsen
Lotte Nyborg, værge""")

M("ue", """Hej Erik

Jeg er medlem af Dansk Metal og var på dagpenge i 4 mdr. i foråret. Nu har kommunen opkrævet mig ejendomsskat med renter, men det er fordi jeg fik brev i e-Boks mens jeg var sygemeldt... nej undskyld, mens jeg var ledig. Jeg har betalt nu. Jeg vil bare spørge om renterne kan fjernes.

Hilsen Brian""")

M("e", """Hej

min søster og jeg har arvet vores fars gæld. Kommunen har sendt et krav på 14.000 for hjemmehjælp og nødkald fra sidste år, som han aldrig betalte. Hans bo er sluttet. Skal vi betale det?

Jeanette""")

M("", """Til Opkrævningen

Jeg har fået en opkrævning på vandafledning for Industrivej 14, men målernummer 71102244 sidder i en ejendom vi lejer ud. Kan regningen sendes til lejer, Ishøj Autoservice ApS, CVR 31224590?

Mvh
Knud Bjerre""")

M("et", """Kære byrådsmedlem

Jeg er fra Syrien og har boet her i 8 år. Min boligstøtte er blevet sat ned fordi min søn er flyttet hjemmefra. Men han bor her stadig om weekenden. Jeg har kun min løn fra rengøring 17 timer om ugen. Hvad kan jeg gøre?

Ghalia""")

M("e", """Til Borgerservice, Ishøj

Jeg beder om at få en kopi af min gældsoversigt til kommunen (daginstitution, ejendomsskat, lån til indskud). Jeg skal bruge den til mit møde i Gældsrådgivningen hos Kirkens Korshær.

Med venlig hilsen
René Holmgaard
cpr nr [[1903831929]]""")

M("", """Hej

Kan man få indskudslån i kommunen hvis man flytter ind i en ungdomsbolig? Jeg skal bruge info til vores nyhedsbrev for unge i Ishøj. Tak!

Karoline, Ungdomsskolen""")

M("e", """Til borgerrådgiveren

Vi har fået at vide at vi mister retten til friplads i SFO, fordi vores indtægt er 12.000 kr. over grænsen. Men min mand har været på nedsat tid siden januar. Vi har sendt lønsedler, men de bruger tallene fra sidste år. Det er ikke rimeligt.

Mvh
Karina Ravn""")

M("es", """Kære Lone

Min mand Jesper og jeg har gæld til kommunen for en fejlagtig udbetalt boligydelse. Vi har fået et ret ubehageligt brev, hvor sagsbehandleren skriver "De og Deres hustru". Jeg har altså ikke en hustru. Vi er to mænd og har været gift i 9 år. Det er tredje gang det sker.

Med venlig hilsen
Mads Vinther""")

M("e", """bedemanden siger at kommunen betaler begravelseshjælp men at det bliver modregnet i boet. jeg er mors eneste barn og forstår ikke hvad der sker. hun havde kun 9000 på kontoen. kan nogen ringe mig op på 28 19 44 02? hilsen Allan""")

M("", """Til Center for Borger, Økonomi og IT

Hvordan er reglerne for begravelseshjælp i Ishøj, og er der ændret noget i satserne for 2026? Jeg er bedemand og vil gerne kunne vejlede de pårørende korrekt.

Med venlig hilsen
Morten Lindahl, Lindahls Begravelsesforretning""")

M("e", """Til borgmesterens PA

Jeg har kontaktet jer fire gange om min gæld på husleje, og hver gang siger I at I vender tilbage. Nu står fogeden og kommer tirsdag. Jeg har intet sted at gå hen med mine to hunde.

Rikke Palm
Tlf. 60 11 82 47
CPR: [[020272-0316]]""")

M("eh", """Hej borgerrådgiver

Jeg har fået afslag på hjælp til medicinudgifter. Jeg tager insulin og blodtryksmedicin og det koster mig ca 900 om måneden. Jeg er på folkepension og har ingen opsparing. Jeg har søgt om helbredstillæg. Sagsnr 2025-14402.

Jens Otto Birk""")

M("", """Hej

Hvor kan man henvende sig hvis man har spørgsmål til sin skatteopgørelse? Kommunens borgerservice eller direkte til SKAT? Jeg forstår ikke fradraget for befordring.

/Mikael""")

M("e", """Fra: Jonna Westh
Til: Ishøj Kommune, Opkrævningen

Jeg har modtaget en regning for min søns ophold på døgninstitution (forældrebetaling). Det er første gang, og der står intet om hvordan det er beregnet. Han har været anbragt siden april.

Jonna Westh""")

M("ue", """Hej Annette

Du kender mig fra FOA-klubben på plejecentret. Jeg har fået et krav fra kommunen om tilbagebetaling af for meget udbetalt løn fra 2023 – 22.000 kr. Det var deres egen fejl i lønsystemet. Vores TR siger jeg skal kontakte dig. Jeg tjener 26.000 før skat og kan ikke betale det på én gang.

Hilsen
Birthe""")

M("e", """Kære Borgerrådgiver

Vi bor i en lejebolig og har haft skimmel i badeværelset i to år. Udlejer gør intet. Vi har holdt huslejen tilbage nu, og de truer med at sætte os ud. Vi får boligsikring, og sagsbehandleren siger den stopper hvis vi ikke betaler. Hvem skal jeg henvende mig til?

Mvh
Dragan og Milica Petrović""")

M("", """Til Ishøj Kommune

Jeg vil gerne have oplyst mit kundenummer på ejendomsskat. På brevet står der kun "Debitornr. 2511760042", og jeg er i tvivl om det er det samme som det jeg skal bruge ved betaling via netbank. Ejendomsnr. 183-012445.

Venlig hilsen
Villy Dam""")

M("e", """Hej Lone. Min datter er 22 og har en kviklånsgæld på 70.000 og er blevet sagsøgt. Hun tør ikke åbne sin post. Findes der en gældsrådgiver i kommunen man kan sende hende til? Hun er på SU og arbejder 8 timer i Rema. Mvh en bekymret mor""")
