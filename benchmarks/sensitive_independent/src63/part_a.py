"""corpus63 part A: daycare, school start, PPR and a first mix of families."""
from common import M

M("he", """Til PPR i Ishøj

Vores søn Malthe startede i 0.B på Vibeholmskolen efter sommerferien. I september fik
han diagnosen ADHD hos børnepsykiatrien i Glostrup, og lægen mener han vil have gavn af
en fast voksen i timerne. Klasselæreren er enig med os.

Vi vil derfor gerne søge om en støtteperson til Malthe, i hvert fald i de første
lektioner om dagen hvor det går værst. Hvad skal vi sende, og hvem skal vi tale med?

Venlig hilsen
Camilla og Rasmus Holt""")

M("", """Kære Jesper Lund

Jeg er forælder på Vibeholmskolen og har hørt at der næste år kommer 28 elever i hver
af de nye 0. klasser. Er det rigtigt? Hvad mener byrådet er en forsvarlig klassestørrelse
i indskolingen, og er der planer om at lave en ekstra klasse hvis tallet stiger?

Mvh Lene Bjerre, Gadekærsvej""")

M("e", """Hej

Jeg vil gerne søge økonomisk fripladstilskud til min søn Oliver, cpr [[140319-4127]], som går i
Børnehuset Mælkebøtten. Jeg blev opsagt fra mit job i lageret i august og min indtægt er
faldet meget. Jeg er alene med ham.

Skal jeg sende lønsedler eller er det nok at I kan se det i eIndkomst?

Hilsen Sabrina""")

M("tb", """Til skolelederen på Strandgårdskolen, cc borgerrådgiveren

Min datter Hodan går i 5.A. Hun kommer grædende hjem næsten hver dag. Tre drenge i klassen
kalder hende "sorte abe" og siger at hun skal rejse hjem til Somalia, og i sidste uge
rev de hendes tørklæde af i frikvarteret. Hun har gået med det siden hun var ni, det er
hendes eget valg og en del af hendes tro.

Jeg har talt med klasselæreren to gange, men intet sker. Jeg vil vide hvad skolen gør nu.

Faadumo Abdi""")

M("s", """hej borgerrådgiver

jeg er 15 og går i 8. klasse. jeg sprang ud som bøsse før jul og siden har nogle fra
parallelklassen skrevet ting om mig på snap og råbt efter mig i omklædningsrummet. jeg
har sagt det til min lærer men hun sagde bare at jeg skulle ignorere det.

kan man klage over skolen? jeg vil helst ikke have at mine forældre bliver ringet op

(vil gerne være anonym)""")

M("", """Hej Pladsanvisningen

Hvad er åbningstiderne i de kommunale børnehaver i juli? Jeg har hørt at nogle af dem
slår sig sammen i sommerferien, og at man skal melde ferie inden en bestemt dato. Hvornår
er fristen i år?

Tak
Marianne""")

M("p", """Til Center for Børn og Forebyggelse

Vi bor i dag på Torslunde Landevej og har sat huset til salg, fordi vi gerne vil tættere
på Gildbroskolen, hvor begge vores piger skal gå fra august. Vi har fået et bud, men
køberen har taget forbehold for finansiering, så handlen er ikke på plads endnu.

Kan pigerne blive skrevet op til Gildbroskolen allerede nu, selvom vi ikke har en ny
adresse i distriktet? Ellers risikerer vi at de skal starte et andet sted.

Med venlig hilsen
Anja og Søren Kofoed""")

M("u", """Hej SFO Regnbuen

Jeg er i en konflikt med min arbejdsgiver om mine vagter, og 3F hjælper mig med sagen.
Der er møde hos forbundet tirsdag og torsdag kl 16 de næste to uger, så jeg kan ikke
hente Sofie før kl 17.15. Er det ok at hun bliver lidt længere de dage?

Mvh Kenneth (far til Sofie i 2.C)""")

M("", """Til Opkrævningen

Jeg har betalt SFO for oktober to gange ved en fejl. Første betaling gik via
Betalingsservice, anden via bankoverførsel med fakturanr. 2103194471. Debitornummer
4410-22. Kan I sende det ekstra beløb retur til min konto reg. 9070 kontonr. 1623457788?

Mvh Jannik Møller""")

M("h", """Kære dagplejekontor

Jeg vil lige fortælle jer i god tid at jeg er gravid. Termin er 2. april, så jeg regner
med at stoppe som dagplejer i starten af februar. Mine fire børn skal have en ny plads
eller gæstepleje, og forældrene vil gerne vide det hurtigt.

Kan vi tage et møde i næste uge om hvem der overtager?

Hilsen Pia, dagplejer i Ishøj Landsby""")

M("e", """Til familieafdelingen

Jeg er farmor til Noah, cpr [[230916\u00a05281]], som blev anbragt på et opholdssted i Holbæk i
foråret. Jeg havde ham hver anden weekend før anbringelsen og han spørger efter mig, siger
pædagogerne. Nu har jeg ikke set ham i tre måneder.

Kan jeg få samvær med ham, og hvem bestemmer det? Jeg har ikke fået noget brev.

Venlig hilsen
Birthe Lauridsen""")

M("b", """Hej Louise (klasselærer 3.B)

Vi fejrer eid med familien på onsdag, og Yusuf og hans lillesøster skal være hjemme den
dag. Vi er hos hans morfar i Køge hele dagen. Han kommer igen torsdag.

Mange hilsner
Zainab, mor til Yusuf""")

M("", """Til Skole- og Uddannelsesudvalget

Serverer skolernes madordning i Ishøj halal kød, eller er der altid et vegetarisk
alternativ? Jeg sidder i forældrerådet på Ishøj Skole, og vi er blevet spurgt om det
flere gange til forældremøderne. Det ville være godt at have et fælles svar fra
kommunen.

Venlig hilsen
Tina Mikkelsen, forældrerådet""")

M("he", """Kære Anne Christiansen

Jeg skriver til dig som byrådsmedlem fordi jeg ikke ved hvor jeg ellers skal gå hen.
Min søn Kasper på 16 blev anholdt i fredags ved stationen med hash på sig, og politiet
siger han har solgt til yngre børn. Han ryger hver dag og har gjort det i et år, han
sover ikke og har droppet ud af 10. klasse.

Han skal have behandling for sit misbrug, men ungdomsteamet har ventetid til februar.
Kan I ikke gøre noget?

Mvh en mor der er ved at give op
Helle""")

M("t", """Dear Ishøj Kommune

We moved to Denmark from India in June, because of my husband's job at the hospital in
Hvidovre. Our daughter Anika is 11 and she speaks English and Hindi but no Danish yet.
Can she start in a modtagelsesklasse, and which school has one?

Best regards
Priya Raghunathan""")

M("", """Hi,

Our son was born in 2020, so he should start school next August, if I understand it
right. When does the registration for skolestart open, and do we apply on the
municipality's website or through the school? Is there an English version of the form?

Thank you
Mark""")

M("se", """Til Familieretshuset og kommunens familieafdeling

Min ekskone Mette og jeg var gift i seks år, og jeg er medmor til vores datter Alma. Efter
skilsmissen har Mette flyttet Alma fra Ishøj Skole til en skole i Greve uden at spørge mig,
selvom vi har fælles forældremyndighed. Hun vil nu også ændre samværet til hver tredje
weekend.

Jeg ønsker et møde hurtigst muligt.

Venlig hilsen
Katrine Vang""")

M("b", """hej ungdomsskolen

jeg skal konfirmeres den 26. april i Ishøj Kirke, så jeg kan ikke komme til
dansetræning den lørdag. kan jeg få lov at være med til opvisningen alligevel?

mvh Freja fra 7.x""")

M("", """Kære formand for Børne- og Familieudvalget

Hvor mange børn i Ishøj har en diagnose som autisme eller ADHD, og hvor mange af dem går
i specialtilbud uden for kommunen? Jeg skriver en opgave på pædagoguddannelsen om
inklusion og kunne ikke finde tallene på hjemmesiden.

Med venlig hilsen
Oliver Steen, studerende""")

M("ue", """Hej Pladsanvisning

Jeg blev fyret fra mit job som kontorassistent i oktober efter en længere konflikt med
min chef. HK har hjulpet mig og sagen kører stadig, men lige nu er jeg på dagpenge og kan
ikke betale fuld pris for vuggestuen.

Kan jeg søge nedsat betaling for min søn fra december?

Hilsen
Mia Sandberg""")

M("h", """Hej lærerne i 4.A

Jeg er morfar til Ellen, og hun skal med på lejrskole til Bornholm i næste uge. Hun fik
konstateret type 1-diabetes i maj og har insulinpumpe. Min datter er på arbejde i
udlandet, så det er mig der har styr på det lige nu.

Hvem af lærerne kan hjælpe hende med at tjekke blodsukkeret om natten? Jeg kan komme
forbi og vise hvordan pumpen virker.

Venlig hilsen
Poul Erik Juhl""")

M("", """Hej

Min datter Ida Marie [[070412-4730]] skal skifte fra Ishøj Skole til Strandgårdskolen efter
vinterferien fordi vi er flyttet til Strandparken. Hvem skal jeg give besked?

Mvh
Lars""")

M("p", """Til Pladsanvisningen

Vi har budt på et rækkehus i Vejleåparken og venter på svar fra sælger i denne uge.
Hvis vi får det, flytter vi 1. februar. Kan vores søn blive i Børnehuset Søstjernen
selvom vi flytter til den anden ende af byen? Det er vigtigt for os at han ikke skal
skifte igen.

Venlig hilsen
Jonas Frost""")

M("st", """Hej

Jeg er 17 og bøsse. Min familie er fra Irak og de ved det ikke, og jeg tør ikke sige det
til dem. Jeg har hørt at kommunen har nogen man kan snakke med anonymt. Hvor finder jeg
dem? Jeg kan ikke ringe hjemmefra.

A.""")

M("", """Til Børne- og Skoleudvalget

Ventelisten til vuggestuepladser i Ishøj er nu på over fire måneder, hvis man ønsker en
plads i Ishøj Landsby. Hvad vil udvalget gøre ved det? Pasningsgarantien må vel gælde i
hele kommunen og ikke kun i de institutioner der tilfældigvis har plads.

Venlig hilsen
Forældrebestyrelsen i Børnehuset Troldehøj""")

M("e", """Til Ishøj Kommune, skolekørsel

Vores plejesøn Mikkel på 9 år bor hos os i Torslunde og går i specialklasse på
Vibeholmskolen. Busforbindelsen er meget dårlig og han kan ikke selv skifte bus.

Vi vil gerne søge om kørsel til og fra skole til ham.

Med venlig hilsen
Dorthe og Kim Asmussen, plejefamilie""")

M("", """Hej familieplejen

Min mand og jeg har i et stykke tid talt om at blive plejefamilie. Vi har to store børn
der er flyttet hjemmefra og har god plads i huset i Ishøj Landsby. Hvordan foregår
godkendelsen, og er der et informationsmøde snart?

Venlig hilsen
Lisbeth Hammer""")

M("he", """Kære borgerrådgiver

Vores datter Freja på 12 har infantil autisme og har gået i almindelig klasse med støtte.
Det fungerer ikke mere, hun har ikke været i skole i 5 uger. PPR anbefalede selv
specialskole, men kommunen har givet afslag og siger hun skal prøve en
inklusionsklasse først.

Vi vil klage over afgørelsen. Hvordan gør vi det, og kan du hjælpe os med at formulere
klagen?

Venlig hilsen
Henrik og Susanne Dalsgaard""")

M("b", """Til klasselæreren i 2.B, Gildbroskolen

Vi er Jehovas Vidner, og vores søn Elias deltager derfor ikke i fødselsdagsfejringer
eller juleaktiviteter. Vi vil gerne have at han får lov til at lave noget andet i de
timer, fx læse i biblioteket. Han er helt indforstået med det.

Venlig hilsen
Ruth og David Christoffersen""")

M("", """Hej SFO Stjernen

Hvornår er juleafslutningen i SFO'en i år, og skal børnene have noget med til
pakkeleg? Sidste år lå den samme dag som skolens afslutning, og det var lidt kaotisk.

Hilsen Mette, mor i 1.A""")

M("e", """Til borgmesterens sekretær

Jeg har i over et år ikke fået lov at se mine to børn, selv om Familieretshuset har
fastsat samvær hver anden weekend. Deres mor afleverer dem bare ikke, og kommunen siger
det ikke er deres sag. Jeg har ikke råd til advokat.

Jeg beder om et møde med borgmesteren. Nogen må kunne hjælpe en far.

Michael Bruun""")

M("t", """Dzień dobry / Goddag

Vi er polske og flyttede til Ishøj for to år siden. Min søn Kacper går i 3. klasse og taler
godt dansk nu, men vi vil gerne at han også lærer at skrive polsk ordentligt.
Tilbyder kommunen modersmålsundervisning i polsk?

Med venlig hilsen
Agnieszka Nowak""")

M("u", """Til Børne- og Skoleudvalget

Jeg skriver som tillidsrepræsentant for BUPL i Børnehuset Solsikken. Vi har i to måneder
haft tre ubesatte stillinger, og vikarerne skifter hver uge. Det går ud over børnene,
og kollegerne er slidte.

Vi vil gerne inviteres til at fortælle udvalget om situationen.

Venlig hilsen
Trine Ebbesen""")

M("", """Hej

Jeg har bestilt skolefotos af begge mine børn og har fået ordrebekræftelse med ordrenr.
0605218834 og kundenummer 1104178820, men billederne er ikke kommet. Fotografen siger at
skolen har dem. Kan kontoret tjekke om der ligger en pakke?

Mvh Rikke Vestergaard""")

M("h", """hej Ungdomsskolen

jeg har meldt mig til filmholdet om torsdagen men jeg har angst og får det rigtig dårligt
når der er mange mennesker i et lokale. er holdet stort? kan jeg komme og se lokalet
før første gang?

mvh Sebastian 14 år""")

M("he", """Hej SFO

Jeg er sygemeldt med en diskusprolaps og får sygedagpenge fra kommunen. Jeg har hørt at man
kan miste SFO-pladsen når man er hjemme. Gælder det også mig? Min datter Laura elsker at gå
der og det er det eneste faste i hendes hverdag lige nu.

Hilsen Charlotte""")

M("", """Kære Mogens Jensen (byrådet)

Hvad koster en støtteperson i folkeskolen egentlig kommunen om året? Og hvor mange
elever i Ishøj har en? Jeg synes at pengene ville gøre mere gavn på flere lærere i de
almindelige klasser, men jeg vil gerne have tallene før jeg skriver et læserbrev.

Mvh Bent Rosendahl""")

M("pe", """Til Ishøj Kommune, skoleindskrivning

Vores hus på Strandgårds Allé skal på tvangsauktion den 15. januar, fordi vi ikke har
kunnet betale af på lånet siden min mand mistede sit arbejde. Vi ved ikke hvor vi skal
bo bagefter, måske hos min søster i Brøndby.

Hvad sker der med børnenes skolepladser på Strandgårdskolen hvis vi flytter ud af
kommunen midt i skoleåret?

Med venlig hilsen
Louise Petersen""")

M("s", """Kære klasselærer

Vores datter Sigrid har fortalt os at hun er lesbisk. Vi er stolte af hende og hun har det
godt med det, men nogle af pigerne i klassen har lavet en gruppechat hvor de gør grin
med hende. Hun har vist os skærmbilleder.

Vi vil gerne have et møde med dig og AKT-læreren i denne uge.

Venlig hilsen
Anne og Thomas Kjær""")

M("b", """Hej køkkenet i Børnehuset Bølgen

Vores datter Luna er veganer, og det er et etisk valg i vores familie. Vi spiser ingen
animalske produkter af hensyn til dyrene. Kan køkkenet lave en vegansk portion til hende,
eller skal vi sende madpakke med?

Venlig hilsen
Sara og Mikkel Bech""")

M("e", """Til Ydelseskontoret

Jeg har eneforsørgelse af mine to børn og vil søge om ekstra børnetilskud. Faderen er flyttet
til udlandet og betaler ikke børnebidrag.

Emil Kaya [[030715-6649]]
Leyla Kaya [[190818-7102]]

Hvilke papirer skal jeg sende?

Mvh Selin Kaya""")

M("", """Vedr. jeres sag nr. 2024-118230

Hej. Jeg har fået et brev fra Skoletandplejen med journalnr. 27.15.00-G01-4471-24 og
kvitteringsnr. 1209231145 om at min datter er indkaldt til eftersyn. Tiden passer ikke,
kan vi flytte den til en onsdag? Mit telefonnummer er 43 73 22 18.

Hilsen Birgitte Lind""")

M("h", """Til Sundhedsplejen

Min datter fødte sin søn for tidligt i uge 29, og han ligger stadig i kuvøse på
neonatalafsnittet på Hvidovre Hospital. De forventer at han kan komme hjem om en måned.
Min datter spørger om sundhedsplejersken kan komme på besøg allerede på hospitalet, eller
først når de er hjemme?

Jeg er mormor og hjælper hende med det praktiske.

Hilsen Gitte Nørby""")

M("tb", """Hej lærerne på 6. årgang

Vi er fra Eritrea og er ortodokse kristne. I faste-perioden før påske spiser vores søn
Daniel ikke kød, æg eller mælkeprodukter. Lejrskolen ligger midt i fasten. Kan han få
vegansk mad på turen? Vi kan gerne sende noget med.

Tak
Semhar og Tesfay""")
