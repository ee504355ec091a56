"""corpus60 part D: parking, traffic, roads and the street."""
from common import M

M("he", """
Kære Peter Lund

Jeg har fået afslag på et handicapparkeringskort, selvom jeg har to nye knæ og
ikke kan gå mere end 50 meter. Nu skal der være betalingsparkering ved Ishøj Bycenter,
og så kan jeg ikke længere handle selv. Jeg beder dig se på, om der kan laves
undtagelser for folk som mig.

Med venlig hilsen
Gunnar Holt
cpr. [[140246 1317]]
""")

M("", """
Til Teknik- og Miljøudvalget

Hvorfor skal der være betalingsparkering ved Ishøj Bycenter? Det vil ramme de små
butikker og de ældre. Jeg synes, byrådet skal droppe forslaget.

Hilsen Else Marie Bundgaard
""")

M("", """
Hej

Jeg har fået en p-afgift på Ishøj Stationsplads, afgiftsnr. 7100245813. Jeg havde
p-skiven fremme, men den var faldet ned. Kan jeg få den annulleret? Billede vedhæftet.

Mvh Jacob Winkel
Reg.nr. 1551 kontonr. 3456789012 (hvis den bliver annulleret og jeg har betalt)
""")

M("t", """
hej Bo

nogle drenge har skrevet "perkere ud" med spraymaling på garagerne i Vildtbanegård og
under det min bils nummerplade. jeg er fra Libanon og de ved det godt. politiet siger
det er hærværk. kan kommunen i det mindste fjerne graffitien hurtigt

Khaled
""")

M("", """
Til hovedpostkassen

Der er graffiti på garagerne i Vildtbanegård, afdeling 3, og på tunnellen under Ishøj
Boulevard. Hvem har ansvaret for at fjerne den, kommunen eller boligselskabet?

Venlig hilsen
Afdelingsbestyrelsen
""")

M("e", """
Kære Mette

Jeg har fået bøde for at parkere min varevogn på Strandgårdsvej om natten. Jeg er
selvstændig og har ingen anden plads. Jeg skylder allerede SKAT 60.000 og har en
afdragsordning. Jeg kan ikke betale flere bøder. Kan der laves et sted til
håndværkerbiler?

Mvh. Tonny Schmidt
""")

M("", """
Kære Mette

Kan kommunen lave natparkering for varebiler ved Industrivej? Mange håndværkere i
Strandgårdsområdet har problemer, og det giver trængsel på boligvejene.

Mvh. Strandgårdens Erhvervsforening
""")

M("hse", """
Hej Rasmus

Jeg og min mand Kenneth har ventet 8 måneder på svar om en handicapparkeringsplads foran
vores opgang. Kenneth har ALS og sidder i kørestol. Vi har søgt gennem boligselskabet
og kommunen. Ingen svarer. Kan du rykke for os? Hans cpr er [[0903681245]] og mit er
[[220771-2219]].

Mvh
Thomas Vind
""")

M("b", """
Kære Jan Hansen

Jeg har været medlem af Konservative i mange år og var med i kampagnen for flere
p-pladser ved stationen i 2021. Nu vil jeg bede dig som udvalgsformand om at se på
busholdepladsen ved Ishøj Landevej, der står tom det meste af dagen. Den kunne blive til
10 pladser.

Med venlig hilsen
Finn Agerskov
""")

M("", """
Hej Jan

Tal fra tællingen i uge 38: p-pladsen ved Ishøj Station var 97 % belagt mellem 7 og 17.
Busholdepladsen ved Ishøj Landevej blev brugt 4 gange om dagen. Det kan du bruge i
debatten.

Hilsen
Bo, cyklist og pendler
""")

M("h", """
Hej

min datter blev påkørt i fodgængerfeltet ved Ishøj Søvej i tirsdags. hun har brækket
benet og ligger på Hvidovre. det er 3. gang i år der sker noget der. hvornår kommer der
lysregulering????

Morten Kjeldsen
""")

M("", """
Til Teknik- og Miljøudvalget

Ifølge politiets statistik har der været 7 uheld i krydset Ishøj Søvej/Ishøj Boulevard
siden 2022. Vi beder udvalget vedtage lysregulering i budget 2026. Vedhæftet 412
underskrifter fra beboerne.

Med venlig hilsen
Initiativgruppen "Sikker Søvej"
""")

M("u", """
Kære Helle

Jeg er buschauffør og tillidsvalgt i 3F i Ishøj-garagen. Buslinje 128 holder nu ved et
stoppested uden toilet eller pauserum, efter vejomlægningen. Vores medlemmer har
ikke adgang til toilet i 4 timer. Vi beder kommunen tage det op med Movia.

Venlig hilsen
Ricky Jensen
""")

M("e", """
Kære Søren

Min nabo i nr. 22 har boet i sin bil på parkeringspladsen i tre uger. Han har mistet
lejligheden efter skilsmissen, og han har ingen steder at bo. Nu har viceværten sagt,
at bilen bliver fjernet. Kan kommunen ikke hjælpe ham i stedet for at fjerne bilen?

Venlig hilsen
Lone Søgaard
""")

M("b", """
Hej Ali Hussain

Jeg er sikh og bærer turban. Jeg kører taxa og blev i sidste uge stoppet af en
parkeringsvagt fra kommunen, der sagde: "tag den klud af, når du taler med mig". Jeg
vil klage over ham. Vil du hjælpe mig med at finde ud af, hvor jeg skal sende klagen?

Venlig hilsen
Manpreet Singh
""")

M("", """
Til Borgerrådgiveren

Jeg vil gerne klage over en parkeringsvagts opførsel ved Ishøj Station i går kl. 16.30.
Han var meget uhøflig over for flere bilister, også mig. Kan I sende klagen det rigtige
sted hen?

Mvh
Jan Nielsen
""")

M("h", """
Til Teknik og Miljø

Vores søn Noah er blind og lærer at gå selv til skole med stok. Der er ingen
lydsignaler ved lyskrydset ved Vejleåvej. Vi beder om, at der bliver sat lydfyr op.

Med venlig hilsen
Lise og Martin Vang
""")

M("", """
Hej

Hvor mange lyskryds i Ishøj har lydsignal til blinde? Jeg arbejder på en rapport for
Dansk Blindesamfund, Vestegnen.

Med venlig hilsen
Gurli Nissen, konsulent
""")

M("p", """
Hej Karina

Vi er ved at sælge vores ejendom på Ishøj Landevej 144, og køberen har som betingelse,
at vi får lov til at lave en ny indkørsel. Jeg har søgt om overkørselstilladelse for 6
uger siden. Hvis den ikke kommer snart, trækker køberen sig. Kan du hjælpe?

Venlig hilsen
Per Bjørn
""")

M("hse", """
hi Lars,
sorry for writing in english. my husband Daniel and I moved to Ishøj last month. Daniel
is recovering from a stroke and cannot walk far. our street (Torvevej) has no disabled
parking at all. can you help us get one? we are both new here and dont know the system.

best,
James O'Connor
""")

M("", """
Hi,
Is there any English information on parking rules in Ishøj? We just moved here and
got a fine for parking on the pavement, which we did not know was illegal.
Fine no. 7100311876.

Thanks, Siobhan
""")

M("b", """
Kære Borgmester

Jeg er valgt for Liberal Alliance i ungdomspartiet og skriver som privatperson. Jeg
mener, at kommunen skal skrotte p-afgiften ved Ishøj Strand. Jeg tager gerne en snak med
dig om det.

Venlig hilsen
Frederik Holm, 19 år
""")

M("", """
Kære borgmester

P-afgiften ved Ishøj Strand er en skandale. Stranden er for alle, også dem der ikke har
råd til 25 kr. i timen. Fjern den.

Mvh. Rita
""")

M("he", """
Til Borgmesterens PA

Jeg skriver, fordi min far på 88 får hjemmehjælp og har demens. Han har stadig sin bil
og kører rundt på Ishøj Søvej, selvom lægen har inddraget hans kørekort. Han parkerer
på græsset ved skolen. Jeg er bange for, at han kommer til at køre nogen ned. Hvad kan
kommunen gøre?

Med venlig hilsen
Susanne Ravn
Min fars cpr: [[110736\u00a02113]]
""")

M("", """
Hej

vejen ud for Ishøj Søvej 3-11 har huller man kan miste et hjul i. har meldt det i appen
3 gange. sagsnr. 24-004513

Thomas
""")

M("u", """
Kære Tanja

Jeg er medlem af HK Kommunal og ansat som administrativ medarbejder i Vej og Park. Vi
skal fremover selv betale for parkering ved rådhuset. Vi har rejst sagen i MED-udvalget
med HK's hjælp, men der er ikke sket noget. Jeg skriver til dig som politiker for at
sige, at det rammer de lavtlønnede hårdest.

Venlig hilsen
Anita Bøgh
""")

M("", """
Til Økonomiudvalget

Hvad bliver indtægten fra betalingsparkering ved rådhuset for medarbejderne? Og er det
aftalt med de faglige organisationer? Jeg spørger som borger.

Hilsen Jens
""")

M("e", """
Hej

jeg har fået 4 p-bøder og nu inkasso. jeg er studerende og på SU og har ikke pengene.
kan jeg lave en afdragsordning med kommunen? cpr [[030402–9876]]

Sara
""")

M("", """
Til Opkrævningen

Jeg vil gerne betale p-afgift 7100295534 via bankoverførsel. Hvad er jeres reg. og
kontonr., og skal jeg skrive afgiftsnummeret i teksten?

Venlig hilsen
Mikkel Holst
""")

M("t", """
Kære Peter

Jeg er romaer og har boet i Ishøj i 22 år. Vores familie har fået at vide af
parkeringsvagterne, at vores campingvogne ikke må holde på Industrivej, selvom andre
vogne holder der. Jeg mener, det er fordi vi er romaer. Jeg vil gerne mødes.

Med venlig hilsen
Milan Horvath
""")

M("", """
Kære Teknik- og Miljøudvalg

Vi i Ishøj Cykelklub vil gerne opfordre udvalget til at lave en cykelsti langs Vejlebrovej.
Tællinger viser 1.200 cyklister i døgnet. Sikkerheden for børn er for dårlig.

På bestyrelsens vegne
Niels Brink
""")

M("h", """
Kære Jan

Jeg cyklede på Vejlebrovej i august og blev ramt af en lastbil, der skulle dreje. Jeg
har haft et kompliceret brud i skulderen og er stadig til genoptræning. Jeg beder
udvalget om at prioritere cykelstien. Det må ikke ske for andre.

Venlig hilsen
Katrine Thorup
""")

M("hbt", """
Til Vej og Park

Jeg er jødisk og går i synagogen i Krystalgade hver lørdag. Jeg kan ikke bruge bil på
sabbat og går til toget. Der er ikke ryddet for sne på stien til Ishøj Station om
lørdagen. Jeg faldt i januar og forstuvede anklen. Kan I rydde stien også i weekenden?

Med venlig hilsen
David Melchior
""")

M("", """
Hej

Ryddes cykelstien til Ishøj Station for sne om lørdagen og søndagen? Jeg kan ikke se det
i vinterberedskabsplanen.

Venlig hilsen
Lise
""")

M("e", """
Kære Charlotte

Min bror sidder i fængsel og har fået udgang en weekend om måneden. Han bor hos mig, og
vi har kun én p-plads. Han får bøder hver gang han parkerer sin bil på vejen. Kan man
få en gæste-p-tilladelse for en weekend?

Mvh. Jeanette
""")

M("", """
Til Teknik og Miljø

Kan man som beboer få en gæste-p-tilladelse til weekendbesøg? Hvad koster det?

Mvh. Søren, Strandgårdsparken
""")

M("", """
Kære byrådsmedlemmer

Debatindlæg, Ishøj Avis, uge 11 (sendt til jer til orientering):

"Parkering er ikke en menneskeret. Ishøj bør gøre som København og indføre beboerlicens
i hele centerområdet. Pengene kan gå til bedre busser."

Med venlig hilsen
Lars Kjær, Ishøj Centrum
""")
