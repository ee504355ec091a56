"""corpus54 part G: mixed family mails, several categories, look-alike numbers."""
from common import M

M("", """Til Opkrævningen

Jeg har fået en rykker for forældrebetaling, men jeg har betalt. Fakturanr. 2411250187,
betalt 28.11 fra reg.nr. 2191 konto 6283119045. Kan I tjekke det? Kundenummer
0106880412.

Mvh Jesper Holm""")

M("pst", """Hej Lone

Min kæreste Omar og jeg (Daniel) har købt et rækkehus sammen på Ishøj Strandvej, men
handlen er ikke endelig, fordi banken vil have en udtalelse fra kommunen om
fjernvarmen. Omars forældre er fra Libanon og er ikke så glade for, at vi bor sammen
som to mænd, så vi vil gerne have det på plads hurtigt. Kan du hjælpe?

Daniel""")

M("", """Hej Center for Børn og Forebyggelse

Sagsnr. 27.12.04-G01-331-25 / journalnr. 2025-118804. Jeg er advokat for en forælder
i en sag om skoleskift og beder om aktindsigt. Fuldmagt vedlagt. Min telefon er 33 12 04 87.

Med venlig hilsen
Advokat Pernille Bang, CVR 31425566""")

M("bu", """Kære borgmester

Jeg er imam i en lille menighed og skriver som privat forælder. Jeg er også medlem af
3F, fordi jeg arbejder i lufthavnen. Min søn går i 3. klasse og får aldrig lov til at
spise sin madpakke i fred, fordi den ikke har svinekød. Hvad siger kommunens politik?

Med venlig hilsen
Mustafa Demir""")

M("p", """Hej Ahmad Zaki

Jeg er ved at sælge min fars gamle hus i Torslunde efter hans død, og vi har en køber,
der vil lave det om til en dagpleje. Køberen venter på svar fra kommunen om
godkendelse som dagplejer, før hun skriver under. Hvor lang tid tager det?

Mvh Lise""")

M("", """Hej. Jeg har fået en SMS om at hente et barn fra Bifrost fra nummeret 70 20 34 56.
Er det jer? Der står ordre nr. 2103190921. Jeg har ikke bestilt noget og har ikke et
barn i Bifrost. Er det svindel? Mvh Kurt""")

M("tsu", """Hej Birgit

Jeg er fra Chile og bor med min kone Valentina, og vi har to børn. Vi er begge
medlemmer af FOA og arbejder i hjemmeplejen. I vores datters klasse har en forælder
skrevet på forældre-intra, at "sådan nogle familier" ikke burde have børn. Vi vil gerne
have at skolen gør noget.

Mvh Camila Rojas""")

M("s", """til Ishøj Kommune
jeg er 14 og jeg tror jeg er homo. jeg har ikke sagt det til nogen. er der en
sundhedsplejerske man kan snakke med anonymt på skolen?""")

M("pb", """Kære udvalg

Vi er en familie, der er aktive i Pinsekirken, og vi har budt på et hus på Vejlebrovej,
hvor vi også vil holde bibelstudier for unge. Sælgeren har accepteret buddet, men
skødet er ikke underskrevet. Må man holde møder med 15 personer i et almindeligt
parcelhus?

Venlig hilsen
Jonathan og Ruth Bjerre""")

M("", """Hej. Min vandmåler nr. 14087623 viser et forbrug på 412 m³, og vi er kun to voksne
og en baby. Kan det passe? Forbrugernr. 0411220563. Mvh Natalie""")

M("ut", """Kære borgmesterens PA

Jeg er tyrkisk af oprindelse og arbejder som lærer. Jeg er i DLF. Mine kolleger
kalder mig "den tyrkiske" og spørger, om mine elever forstår mig. Jeg har klaget til
ledelsen uden svar. Kan borgmesteren hjælpe?

Med venlig hilsen
Elif Yilmaz""")

M("bs", """Hej Lone

Min kæreste Jonas og jeg er to mænd og skal giftes i Ishøj Kirke til august. Vi vil gerne
låne Strandparken til fotos bagefter. Kræver det en tilladelse?

Kh Anders Bro""")

M("p", """Til Økonomiudvalget

Jeg har budt på kommunens byggegrund på Gildbrovej, der blev udbudt i oktober, men jeg
har ikke hørt noget i seks uger. Jeg har to børn og har sagt vores lejlighed op betinget
af grunden. Hvornår træffes beslutningen?

Med venlig hilsen
Kasper Toft""")

M("e", """Hej. jeg har fået afslag på hjælp til tandregulering til min datter. hun har skæve
tænder og bliver drillet. jeg er enlig og har ikke råd selv. kan jeg klage? /Janne""")

M("", """Kære Ishøj Kommune

EAN-nummer 5798000552131 og P-nummer 1017881942 står på jeres faktura til vores
børnehave, men vi er en privat institution og har et andet EAN. Kan I rette fakturaen?

Venlig hilsen
Børnehuset Mælkebøtten, bogholderiet""")

M("sb", """Hej Ahmad

jeg er muslim og jeg er bøsse. jeg er 18 og bor stadig hjemme. min familie ved det ikke.
jeg skal bare have en bolig så jeg kan leve mit liv. hvordan står man i kø til en
ungdomsbolig i ishøj? ikke skriv til min mail med noget om det her, jeg sletter den

anonym""")

M("t", """Hej Skolen

Min søn Mohammed er halvt dansk og halvt palæstinensisk. En vikar sagde i timen, at
"palæstinensere ikke kan opføre sig". Han er 12. Vi vil gerne have en forklaring.

Venlig hilsen
Kirsten Larsen""")

M("pu", """Hej

Jeg har en lejlighed på Ishøj Torv, som jeg sælger, og der er en køber der er
pædagog og skal have job i kommunen. Jeg er selv i HK og TR på mit job. Køberen spørger,
om hun kan få en pasningsgaranti for sin datter. Handlen afventer det.

Mvh Carsten Lyng""")

M("", """Til Ydelseskontoret

Mit kundenummer hos jer er 1509921234, og der står på brevet, at jeg skal betale 450 kr.
for en glemt aflysning hos tandplejen. Jeg vil gerne betale, men hvilket kontonummer?

Mvh Tove""")

M("s", """Dear Lone,

I am a trans woman and my wife Helle and I have a son in 2nd grade at Ishøj Skole. The
school photographer asked us which of us was "the real mother". We would like the school
to brief external suppliers better. Thank you.

Kind regards,
Maria Skov""")

M("be", """Kære borgerrådgiver

Vi er Jehovas Vidner. Vores datter er blevet visiteret til specialklasse, men klassen
holder juleafslutning i kirken, og hun må ikke være med. Skolen har truet med at sende en
underretning, hvis hun bliver hjemme. Det synes vi er urimeligt.

Venlig hilsen
Mette og Lars Skytte""")

M("tb", """Hej

jeg er kurdisk og alevi. mine børn skal have religion i skolen men underviseren siger at
alevier er "en slags sunnimuslimer". det er forkert. kan kommunen give læreren noget
materiale?

Deniz""")

M("up", """Til Center for Byudvikling og Natur

Vi er seks familier, der alle er medlemmer af Dansk Metal, og vi har gået sammen om at
byde på den nedlagte børnehave på Østergården for at lave bofællesskab. Buddet er betinget
af lokalplanen. Hvornår behandler I det?

På vegne af gruppen
Jan Rasmussen""")

M("", """Til Ishøj Kommune

Jeg har modtaget en regning med bilagsnr. 211119-0045 for SFO i november, men min søn
stoppede i september. Kan I annullere den?

Mvh Dennis""")

M("s", """Til Familieafdelingen

Min søn Magnus på 16 har fortalt os, at han er aseksuel. Han bliver presset af en
støttelærer til at "finde en kæreste". Det er meget ubehageligt for ham. Vi vil gerne
have støttelæreren skiftet.

Venlig hilsen
Susanne Dyhr""")

M("pt", """Hej Birgit

Vores nabo, familien Ahmadi, der er fra Iran, har sat deres hus til salg, og de er bange for,
at de ikke kan sælge det, fordi en anden nabo har hængt plakater op om "udlændinge".
Kan kommunen gøre noget ved plakaterne? Der er en køber på vej.

Mvh Bodil Frandsen""")

M("ub", """Hej Ahmad

Jeg er lærer, medlem af DLF, og veganer af etiske grunde. Min datter på 7 skal have mad
fra skolens madordning, men der er ingen vegansk mulighed. Kan kommunen indføre det?

Hilsen
Signe Ørum""")

M("", """Hej. Vi er en gruppe fra Ishøj Vegetarforening og vil gerne høre om skolernes
madordning har vegetarisk eller vegansk mulighed. Vi vil lave en undersøgelse. Tak""")

M("se", """Kære borgmester

Jeg er medmor til Ella på 4. Min kone og jeg blev skilt for to år siden, men vi er
gode venner. Børnehaven vil ikke udlevere Ella til mig, fordi de mener, at jeg ikke er
"rigtig" forælder. Jeg har fælles forældremyndighed. Hvad gør jeg?

Med venlig hilsen
Trine Kaas""")

M("b", """Til Ishøj Skole

Vores søn Rahul er sikh og bærer turban. Han må ikke have den på i svømmehallen, og
han skal have en undtagelse eller en alternativ aktivitet. Hvem godkender det?

Med venlig hilsen
Harpreet Singh""")

M("", """Hej

Har Ishøj Svømmehal regler om turban, tørklæde eller burkini? Jeg er træner i en klub,
der vil leje banerne, og vil gerne forberede medlemmerne.

Venlig hilsen
Anja Rask""")

M("peh", """Kære Center for Børn og Forebyggelse

Vi er ved at sælge vores hus og flytte til en lejebolig, fordi vi skal bruge pengene på
vores søns behandling i udlandet. Han har en sjælden muskelsygdom. Vi har søgt
kommunen om dækning af rejseudgifter men fik afslag. Køberen har givet bud i går.

Venlig hilsen
Anders og Lise Søndergaard""")

M("", """Til hovedpostkassen

Vi har fået et brev med dato 01.03.2026 og reference 0103261411, om at vores søn skal
til skolelæge. Han er allerede blevet undersøgt. Er det en fejl?

Mvh Helena""")

M("u", """Hej Lone

Jeg er Djøf'er og arbejder i staten, min mand er i IDA. Vi har en datter, der skal
starte i 0. klasse. Vi vil gerne have hende på Gildbroskolen, selvom vi ikke bor i
distriktet. Kan man søge?

Mvh Kirsten""")

M("t", """Hej,

jeg er grønlænder og mine børn bliver drillet i skolen med at de er "eskimoer". læreren
siger det er sjov. det er det ikke. Hvem kan jeg snakke med?

Naja""")

M("sb", """Til Ishøj Kommune

Jeg og min kone Maja skal have vores datter døbt, og vi vil gerne låne kommunens
festlokale i Torslunde bagefter. Vi har hørt, at der er lang ventetid. Kan vi skrive os
på venteliste?

Hilsen Lotte""")

M("p", """Hej borgmester

Vores forening af forældre vil gerne købe den gamle skolebygning i Torslunde, som
kommunen har sat til salg. Vi har givet et bud, og kommunen har ikke svaret. Vi
ønsker at lave en friskole. Kan du fortælle, hvor sagen står?

Mvh Niels Kragh, formand for Torslunde Friskoleforening""")

M("b", """Hej Birgit

Jeg stemte på dig, fordi du er den eneste, der taler om børnene. Jeg er
socialdemokrat hele vejen, og det er mine forældre også. Men nu vil jeres parti lukke
Torslunde Skole. Det er ikke i orden.

Venlig hilsen
Pia Nyholm""")

M("", """Kære Birgit

Jeg synes, det er helt forkert at lukke Torslunde Skole. Vi har brug for små skoler i
landsbyerne. Mine børn gik der for 20 år siden og var glade.

Med venlig hilsen
Erling Mikkelsen""")

M("t", """Hej. Min søn er adopteret fra Etiopien og er den eneste sorte dreng i klassen. Han
bliver ikke inviteret til fødselsdage. Skolen siger, det er forældrenes sag. Hvad
mener kommunen? Venlig hilsen Jette Bro""")

M("sp", """Hej Ahmad

Min mand Simon og jeg (Jakob) har sat vores lejlighed til salg og skal flytte til Ishøj.
Vi har budt på et rækkehus i Ishøj Landsby, men mangler svar fra sælger. Vi har en
datter på 3 og skal bruge en vuggestueplads. Hvornår skal vi skrive hende op?

Mvh Jakob""")

M("ub", """Til Kultur og Fritid

Jeg er TR i FOA på Ishøj Plejecenter og er også aktiv i Dansk Folkeparti. Jeg vil gerne
leje et lokale til et møde om børnefamiliers økonomi. Må politiske partier leje
kommunens lokaler?

Mvh Bent Hjorth""")
