"""corpus54 part D: newcomer and refugee families, language classes, interpreters."""
from common import M

M("t", """Til Center for Børn og Forebyggelse

Vi er kommet fra Ukraine i marts og har fået opholdstilladelse. Vores to børn skal
starte i modtageklasse. Her er oplysningerne:

Olena Kovalenko (mor) [[110387-2104]]
Maksym Kovalenko [[040115-4622]]
Daria Kovalenko [[270818-4419]]

Hvilken skole skal de gå på?

Med venlig hilsen
Olena""")

M("", """Hej

Hvor mange modtageklasser har Ishøj Kommune i dag, og hvor mange elever går der i hver?
Jeg er lærer og vil gerne søge en stilling som dansk som andetsprogslærer.

Venlig hilsen
Lea Kirkegaard""")

M("tb", """Kære udvalgsformand

Jeg er kurder fra Syrien og kom til Danmark som flygtning i 2015. Min datter går i 7.
klasse og har tørklæde, fordi hun selv har valgt at bære det efter sin tro. Nogle drenge
i klassen hiver i det hver dag. Skolen gør ingenting. Hvad kan udvalget gøre?

Med venlig hilsen
Rojda Hassan""")

M("", """Til hovedpostkassen

Er det muligt at få en arabisk tolk til skole-hjem-samtaler, hvis forældrene har brug for
det? Jeg spørger for vores skolebestyrelse, som vil lave en fast procedure.

Mvh
Anne Guldberg, skolebestyrelsesformand""")

M("te", """hej. jeg hedder Ahmed og jeg kom fra Afghanistan sidste år med min mor og mine to
søstre. jeg er 19 og skal gå på sprogskole, men jobcentret siger jeg skal i praktik i
stedet. jeg vil gerne lære dansk først så jeg kan tage en uddannelse. hvem bestemmer det

Ahmed""")

M("", """Til Ishøj Kommune

Hvordan er reglerne for at få danskundervisning, hvis man er EU-borger og kommer for
at arbejde? Min virksomhed har ansat tre nye medarbejdere og vil gerne hjælpe dem. Vi
har CVR-nr. 38441290.

Med venlig hilsen
Henrik Lauesen, HR, Ishøj Vinduer ApS""")

M("tbh", """Kære Ahmad Zaki

Vi er somaliske og muslimer. Min søn på 4 år går i Delfinen og har en alvorlig
nøddeallergi. Vi har bedt om, at han får halal og nøddefri mad, men køkkenet siger, de
ikke kan lave to slags særkost til ét barn. Han spiser derfor kun rugbrød til frokost.

Hilsen
Faduma Warsame""")

M("", """Hej. Kan man få børnebøger på tyrkisk eller arabisk på Ishøj Bibliotek? Jeg er
lærer i 1. klasse og har mange elever med andre modersmål. /Susanne""")

M("t", """Til Borgerservice

Jeg skal registrere min nyfødte søn. Han er født på Hvidovre. Vi er fra Vietnam, og min
mand er her ikke endnu, han kommer på familiesammenføring.

Mor: Nguyen Thi Lan  [[150293–2388]]
Barn: Minh Nguyen  [[081026–5116]]

Tak
Lan""")

M("", """Kære borgmester

Jeg har set tallene om, at 30 procent af børnene i Ishøj har anden etnisk baggrund end
dansk. Jeg vil gerne vide, hvad kommunen gør for at sikre blandede klasser. Det
handler ikke om nogen bestemt familie.

Med venlig hilsen
Jørgen Ploug""")

M("te", """Til Center for Beskæftigelse og Erhverv

Jeg er fra Eritrea og kom som flygtning for fire år siden. Jeg er i integrationsprogram og
får selvforsørgelses- og hjemrejseydelse. Jeg har fået barn nr. 3 og kan ikke komme til
sprogskolen om eftermiddagen, fordi vuggestuen lukker kl. 16. Kan jeg få et andet hold?

Med venlig hilsen
Selam Tesfaye""")

M("", """Hej Ishøj

Jeg er frivillig lektiehjælper i Dansk Flygtningehjælp og vil høre, om vi må låne et
lokale på Strandgårdskolen tirsdag eftermiddag. Vi har 15 børn tilmeldt.

Mvh Karsten""")

M("tb", """Kære borgerrådgiver

Jeg er sort og født i Ghana, min mand er dansk. Vores søn på 10 bliver kaldt for grimme
ting af andre børn i SFO'en, og en pædagog sagde, at han skulle "lade være med at være så
følsom". Jeg vil klage over hende. Vi er også kristne og har bedt om at han må blive
hjemme til påskegudstjenesten i vores kirke, men det ser SFO'en som ulovligt fravær.

Venlig hilsen
Abena Mortensen""")

M("", """Til Børne- og Skoleudvalget

Vi ønsker en drøftelse af, hvorfor elever i modtageklasser ikke må komme med på
lejrskole. Det er en regel fra skolen, ikke fra kommunen, siger de. Som formand for
Skolebørnenes Forældreforening mener jeg, at det er diskrimination.

Med venlig hilsen
Mette Brandt""")

M("te", """Hej Familieafdelingen

Her er papirerne til ansøgning om familiesammenføring med min mand, der stadig er i
Syrien, hvor vi begge er fra. Jeg har brug for en udtalelse fra kommunen om, at jeg ikke
har fået kontanthjælp de sidste tre år. Jeg fik kun boligstøtte, mens jeg var på barsel.

Mit cpr: [[0304892326]]
Mine børn: Ranim [[1908134780]] og Yousef [[0211164925]]

Med venlig hilsen
Hiba Al-Hamwi""")

M("", """Hej! Er der nogen børneaktiviteter i forbindelse med Eid-festen i Ishøj Kulturhus? Min
nabo spurgte, og jeg kunne ikke finde programmet. Tak, Bettina""")

M("tb", """Kære Birgit Holm

Vi er en tamilsk familie fra Sri Lanka. Vores datter på 12 vil gerne gå til
bharatanatyam-dans i templet om onsdagen, og vi har spurgt skolen om hun må gå lidt før,
fordi vi også beder sammen der. Skolen siger nej. Kan udvalget lave en regel for det?

Med venlig hilsen
Sivakumar Rajan""")

M("", """Til Ishøj Kommune, Center for Børn og Forebyggelse

Jeg er konsulent i Red Barnet og vil gerne tilbyde et gratis forældrekursus for nye
flygtningefamilier i kommunen. Vil I hjælpe med at sprede budskabet?

Venlig hilsen
Ane Thuesen""")

M("t", """Hej Lone,

min svigerdatter er fra Thailand og vores barnebarn på 3 taler mest thai derhjemme.
Børnehaven siger han skal have sprogstimulering. Det er vel fint nok, men hvorfor
skriver de i brevet at "tosprogede børn fra asiatiske hjem ofte er stille"? Det lyder
som om de har en mening om hans baggrund.

Hilsen farmor Grethe""")

M("the", """Til PPR

Min søn Ibrahim er 9 og kom fra Gaza i 2024. Han taler ikke i skolen, men godt derhjemme.
Lægen siger, det er selektiv mutisme efter traumer. Skolen vil gerne have en udredning.
Vi vil også gerne, men vi har brug for en arabisk tolk til møderne.

Mvh
Mona Abu Salem""")

M("tu", """Kære udvalg

Jeg er polsk og arbejder som pædagogmedhjælper i en vuggestue i Ishøj. Jeg er medlem af
FOA. Min datter skal starte i skole og taler kun polsk og dansk. Er der mulighed for
modersmålsundervisning i polsk? Vi er flere polske familier i Ishøj, der gerne vil have det.

Med venlig hilsen
Katarzyna Wiśniewska""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvad koster danskuddannelse for selvforsørgende udlændinge, og hvor mange moduler er der?
Jeg underviser selv på sprogcentret i Glostrup og vil sammenligne.

Mvh Helle""")

M("bt", """Hej

jeg er muslim og jeg har tørklæde. min lille søster på 6 har også fået et tørklæde, og
hendes pædagog tog det af hende og sagde, at det var "synd for hende". Vi er fra Irak. min
mor taler ikke dansk, så jeg skriver. hvad kan vi gøre

Zainab, 17 år""")

M("", """Hej

Jeg vil høre om kommunen har statistik over, hvor mange flygtningebørn der er startet
i dagtilbud i 2026. Jeg sidder i Integrationsrådet og vi skal lave en årsrapport.

Med venlig hilsen
Ali Hussein, Integrationsrådet""")

M("te", """Til Ydelseskontoret

Jeg er kommet fra Venezuela med min søn og har fået asyl. Jeg har ikke fået børne- og
ungeydelse endnu, fordi I siger, at jeg ikke har boet i Danmark længe nok. Jeg har
papirer fra Udlændingestyrelsen.

Moder: Carolina Pérez, cpr [[290690 2915]]
Søn: Diego Pérez, cpr [[100416 4538]]

Saludos,
Carolina""")

M("", """Kære Borgmester

Tillykke med den nye integrationsplan. Jeg har et par spørgsmål til punktet om
sprogstimulering i dagtilbud: hvor mange timer om ugen er det, og hvem betaler? Jeg er
leder af en privat børnehave i kommunen.

Med venlig hilsen
Jette Hougaard""")

M("t", """Fra: Sanja Petrović
Til: Ishøj Skole, kontoret

Hej, vi er serbere og min søn blev kaldt "jugo-svin" af en lærer i frikvarteret. Han er
11. Jeg har snakket med klasselæreren men intet er sket. Jeg vil have et møde med skolelederen.

Sanja""")

M("", """Til hovedpostkassen

Jeg er ny tolkekoordinator i Region Hovedstaden og vil gerne høre, hvilke tolkebureauer
Ishøj Kommune bruger til børne- og familiesager. Det er til en intern opgørelse.

Venlig hilsen
Mikkel Haugaard""")

M("tb", """Hej Ahmad

Vi er en afghansk familie og har boet i Ishøj i to år. Vores søn skal holde sin første
ramadan i år og er meget stolt. Skolen har lavet en aftale om at han må hvile i
frikvarteret. Vi vil bare sige tak, fordi du har arbejdet for det.

Kærlig hilsen
Farid og Mariam Noori""")

M("te", """Til borgerrådgiveren

Min far er fra Marokko og har boet i Danmark i 40 år. Han har aldrig lært at læse dansk,
og nu har han fået et brev om, at hans folkepension bliver nedsat. Han forstår det ikke,
og jeg vil gerne hjælpe ham med at klage. Jeg har fuldmagt.

Venlig hilsen
Youssef El Amrani""")

M("", """Hej, hvornår starter de nye hold på sprogskolen efter nytår? Jeg spørger for min
kollega, som ikke har dansk e-mail endnu. Tak, Jonas""")

M("tsb", """Dear Councillor,

I moved to Ishøj from Brazil with my husband Lucas last year. We are two men and we have
a daughter through surrogacy. In the kindergarten, a member of staff said to another
parent that "she needs a mother". We are also Catholic and would like our daughter
baptised at the Catholic church in Hvidovre, but the kindergarten asked us to "keep
religion out". Who can we talk to?

Best wishes,
Rafael Souza""")

M("t", """Hej

Jeg skal bruge en bekræftelse på, at min datter har gået i modtageklasse i 2025. Hun kom
fra Ukraine i 2024 sammen med mig. Hun hedder Sofiia Melnyk, [[120711-4050]]. Det er til
gymnasiet.

Mvh Iryna Melnyk""")

M("tbe", """Til borgmesterens PA

Jeg skriver for min mor, som er jødisk og kom til Danmark fra Ungarn i 1956. Hun er 89 og
bor på plejecenter i Ishøj. Hun har bedt om kosher mad og om at få besøg af en rabbiner,
men personalet siger, de ikke kan klare det. Kan borgmesteren hjælpe?

Med venlig hilsen
Eva Rosenberg""")

M("t", """hej

vi er romaer fra Rumænien og vores datter er den eneste i sin klasse. hun har fået at vide
af en mor til en anden elev at hun ikke må lege hjemme hos dem "fordi i stjæler". skolen
siger det er forældrenes sag. er det rigtigt?

Florin""")
