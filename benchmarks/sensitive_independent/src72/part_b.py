"""Part B: mould, a sick child, heating and electricity bills, the stairwell; bulky waste and parking."""
from common import M

M("h", """
Til Center for Byudvikling og Natur

Der er skimmelsvamp i vores børneværelse i Vejleåparken 29. Det kommer igen hver vinter bag skabet og i vindueskarmen. Vores søn Elias på 4 år har haft astma siden sidste år, og lægen på Ishøj Lægehus siger at fugten meget vel kan være en del af årsagen. Boligselskabet har malet over to gange.

Kan kommunen komme og måle fugten? Vi har hørt at I kan give påbud.

Med venlig hilsen
Sara og Jakob Winther
""")

M("", """
Hej

Er der nogen regler for hvornår kommunen skal reagere på skimmelsvamp i almene boliger? Vi har i bestyrelsen fået klager fra tre opgange om fugt, og vi vil gerne vide hvad vi kan kræve af boligselskabet, før vi tager det op på repræsentantskabsmødet.

Mvh
Henrik, formand for afdelingsbestyrelsen
""")

M("h", """
hej jeg skriver igen om skimmel i soveværelset. min datter Asta har nu haft lungebetændelse to gange siden oktober og hun er kun 2. vi har sovet i stuen i en måned. boligselskabet svarer ikke. jeg er ved at gå ud af mit gode skind

Julie, Ishøj Søpark 7, 1. tv
""")

M("", """
Kære Ishøj Kommune

I aviserne står der at fjernvarmeprisen stiger 18 % i det nye år. Hvad gør kommunen for at presse prisen ned? Vi er mange pensionister i Ishøj Landsby der synes det er uholdbart.

Venlig hilsen
Kaj Frederiksen
""")

M("e", """
Til borgmesterens PA

Jeg har fået en varmeregning på 16.400 kr. i efterregulering. Jeg er enlig pensionist med folkepension og lidt ATP. Varmeselskabet vil have pengene inden 30 dage. Jeg har aldrig haft så stor en regning.

Jeg ved ikke om borgmesteren kan gøre noget, men jeg vil gerne have at I ved det.

Med venlig hilsen
Erna Bak
Tranegilde 44
""")

M("", """
Hej

Hvornår er der storskraldsafhentning i Ishøj Strand i maj? Vi skal af med en sofa og et gammelt køleskab. Og skal køleskabet stilles særskilt?

Tak
Dennis
""")

M("t", """
Til borgerrådgiveren

Jeg vil gerne klage over at jeg bliver chikaneret i min opgang. En nabo på 3. sal har flere gange råbt "skrid hjem til Somalia" efter mig og mine børn, og i sidste uge var der skrevet et skældsord om sorte mennesker på vores dør. Boligselskabet siger at det er en sag for politiet, politiet siger det er en sag for boligselskabet.

Jeg er født i Mogadishu, men jeg har boet i Ishøj i 15 år.

Med venlig hilsen
Hodan Abdi
""")

M("", """
Hej

Må man parkere en trailer på gæsteparkeringen ved Ishøj Strandvej i weekenden? Der står ingenting på skiltet. Vi skal flytte og har lejet en trailer fra fredag til søndag.

Mvh Thomas
""")

M("he", """
Hej Karen

Vi har haft skimmelsvamp i badeværelset i halvandet år. Min kone har KOL og hun har fået det meget værre. Lægen har skrevet en erklæring om at hun ikke bør bo i lejligheden, og vi har sendt den til kommunen sammen med en ansøgning om boligsocial anvisning til en anden bolig.

Der er gået ti uger. Kan du høre hvor sagen er?

Mange hilsner
Kurt Larsen
""")

M("", """
Til Teknik- og Miljøudvalget

Jeg har læst i Ishøj Avis at kommunen vil bruge 40 mio. kr. på energirenovering af almene boliger de næste fem år. Hvilke afdelinger er med, og hvornår kommer der en tidsplan? Jeg bor selv i en afdeling, der ikke er nævnt.

Med venlig hilsen
Bo Clausen
""")

M("e", """
Hej

Jeg skylder 8.900 kr. til Radius/elselskabet og de vil lukke strømmen. Jeg har en aftale med kommunen om at de betaler min husleje direkte fra kontanthjælpen, men de siger el ikke er med. Kan det lægges ind i aftalen?

Venlig hilsen
Jimmi Olsen
cpr.nr. [[030390-1557]]
""")

M("", """
Hej

Der har stået et gammelt køleskab og fire sække byggeaffald ved containerne i Gadekæret i over en uge. Det er ikke beboerne, det er en håndværker der har lagt det der. Hvem skal fjerne det? Det lugter.

Mvh
En træt beboer
""")

M("h", """
Kære hovedpostkasse

Jeg har multipel sklerose og tåler ikke varme. Min lejlighed på 4. sal er oppe på 29 grader om sommeren, fordi radiatorerne ikke kan slukkes helt i soveværelset. Vicevært siger det er et centralt anlæg. Hvad kan jeg gøre? Har kommunen nogen regler om indeklima?

Venlig hilsen
Susanne Krag
""")

M("t", """
Hej Borgmester

Vi er en polsk familie, der har boet i Kirkebjerg Parken i 3 år. Naboerne i opgangen har hængt en seddel op om at "polakkerne" skal holde op med at ryge på trappen. Vi ryger ikke! Det er ikke os. Men nu taler ingen af dem til os. Min søn bliver drillet i skolen med det samme.

Kan nogen fra kommunen mægle?

Med venlig hilsen
Agnieszka Nowak
""")

M("", """
Til Ishøj Kommune

Hvem har ansvaret for at fjerne sne på stierne mellem blokkene i Vildtbanegård? Kommunen eller boligselskabet? Vi var tæt på at falde i går.

Venlig hilsen
Beboer
""")

M("he", """
Hej jeg hedder Kenneth. Vi har mus og skimmel i lejligheden og min søn på 8 har fået diagnosen astma i sidste uge. Boligselskabet har givet os tilbud om en anden lejlighed men den koster 1500 mere og det kan jeg ikke betale når jeg er på dagpenge. Kan kommunen betale forskellen et stykke tid?

Kenneth Lauridsen
""")

M("", """
Hej

Jeg har læst at der kommer en ny ordning for storskrald med bestilling via app. Skal man stadig selv bære tingene ned fra 4. sal, eller kan man få hjælp? Spørger for hele opgangen.

Venlig hilsen
Kirsten
""")

M("t", """
Til Karen Dam

Jeg er selv dansker, men min kone er fra Thailand. Hver gang hun tager vasketid i kælderen, bliver hendes tøj taget ud og smidt på gulvet. Naboen har sagt til hende at "hun skal lære at læse danske regler". Min kone er helt knust.

Kan byrådet ikke gøre noget mod racisme i boligområderne?

Med venlig hilsen
Jens Mogensen
""")

M("e", """
Hej

Har modtaget en slutopgørelse fra varmeværket på 7.200 kr. Jeg fik barselsdagpenge i det meste af perioden og har ikke pengene. Kan man søge kommunen om hjælp til en varmeregning?

Mvh Louise Dahl
""")

M("", """
Hej med jer

Vi vil gerne klage over at lejerne i vores gade parkerer på fortovet. Det sker særligt om aftenen når der er møde i beboerhuset. Kan kommunen sætte skilte op, eller lave en P-zone? Vi bor i rækkehusene ved siden af.

Mvh Familien Toft, Ishøj Landsby
""")

M("ht", """
Dear Ishøj Municipality,

My name is Rahul and I work at a hospital in Copenhagen. We are from India and came to Denmark two years ago. Our flat in Strandgårdsparken has black mould in the bedroom. My wife is pregnant (week 22) and the midwife told us to get it fixed. The housing company says it is because we dry clothes inside.

Who in the municipality can inspect this?

Regards
Rahul Menon
""")

M("", """
Hej

Er der nogen i kommunen der tjekker at boligselskaberne rent faktisk bruger pengene til renovering, som de har lovet? I vores afdeling har der stået stilladser i ni måneder uden at der sker noget. Jeg ved det er et privat selskab, men det er jo støttet af kommunen.

Venlig hilsen
Jørgen
""")

M("e", """
Til Ydelsescentret

Jeg søger hermed om hjælp til betaling af el-regning på 5.300 kr. Jeg er på ressourceforløb og har fået afslag på enkeltydelse før, men situationen er ændret, fordi min ekskæreste er flyttet og ikke betaler sin del.

Vedlagt: regning, kontoudtog.

Mads Overgaard
[[170993-2881]]
""")

M("h", """
hej igen. vi har nu fået lavet en fugtmåling selv og det viser 78% i soveværelset. vores datter Ingrid har fået konstateret astma i går på Hvidovre. vil bare lige sende det til jer så I har det med i sagen

mvh Pernille
""")

M("", """
Hej

Vi har gæster på besøg i 3 uger fra Tyskland med autocamper. Må de holde på den store parkeringsplads ved idrætscentret om natten? Hvis ikke, hvor kan de så holde?

Hilsen Hans
""")

M("t", """
Til borgerrådgiveren

Jeg klager over viceværten i vores afdeling. Han sagde til min mor, at "I perkere" altid laver rod i affaldsrummet. Min mor er fra Libanon og forstår godt dansk. Hun har boet her siden 1989. Jeg har skrevet til boligselskabet to gange uden svar.

Hilsen
Mahmoud
""")

M("e", """
Kære borgerrådgiver

Fjernvarmen blev lukket hos os i januar, fordi vi skyldte 11.000 kr. Vi har haft elradiatorer siden, men nu er el-regningen også eksploderet. Jeg har tre børn, min mand er i fængsel og jeg har ingen indtægt ud over børneydelse.

Hvad kan jeg søge om?

Venlig hilsen
Stine
""")

M("", """
Hej

Hvordan søger man om en ekstra vaskemaskine i fællesvaskeriet? Vi er 48 lejligheder og kun tre maskiner. Er det kommunen eller boligselskabet?

Tak
Mette
""")

M("h", """
Til hovedpostkassen

Vi bor i Ishøj Søpark og har en søn på 14 med autisme. Naboen over os har et meget højt fjernsyn til langt ud på natten, og vores søn sover næsten ikke. Vi har talt med naboen flere gange. Boligselskabet siger det er "normal brug af boligen".

Er der noget kommunen kan gøre?

Venlig hilsen
Anja og Mikkel
""")

M("", """
Hej

En nabo i vores opgang larmer hver nat. Vi har klaget til boligselskabet. Er der også en måde at klage til kommunen på, eller er det kun boligselskabet der kan gøre noget ved husorden?

Mvh beboer på Ishøj Strandvej
""")

M("ht", """
Til Social- og Sundhedsudvalget, formanden

Jeg er kurdisk fra Tyrkiet og bor alene. Efter at en nabo slog mig på trappen i november har jeg fået PTSD igen, som jeg havde fra krigen. Jeg tør ikke gå ud om aftenen. Jeg har bedt boligselskabet om at flytte mig til en anden afdeling, og min psykiater har skrevet et brev.

Hvem i kommunen kan jeg tale med om tryghed i opgangen?

Med venlig hilsen
Serhat
""")

M("", """
Hej Ishøj Kommune

Vores afdeling har fået solceller på taget. Hvordan bliver strømmen fordelt mellem lejlighederne, og kan man se det på elregningen? Er det noget kommunen har tilsyn med?

Hilsen
Michael, Vejleåparken
""")

M("he", """
Hej

Jeg skriver for min svigerfar Erik Holm på 84. Han har fået en elregning på 12.000 kr. efter at hans elvarme har kørt på fuld styrke hele vinteren, fordi han fryser efter sin blodprop. Han får hjemmepleje to gange om dagen. Kan hjemmeplejen ikke hjælpe ham med at skrue ned, og kan han få hjælp til regningen?

Hilsen
Tina Holm
""")

M("t", """
Hej

Jeg er født i Bosnien og kom hertil som flygtning som barn. Nu bor jeg i Ishøj med min familie, og vi har problemer med en nabo, der konstant klager over madlugt fra vores lejlighed. Han har sendt 11 klager til boligselskabet. Vi vil gerne have en mægling.

Mvh
Amra Hodžić
""")

M("", """
Kære kommune

Hvor mange klager over skimmelsvamp i almene boliger har kommunen modtaget i 2024? Og hvor mange sager har ført til påbud? Jeg er journalist ved Ishøj Lokalavis.

Venlig hilsen
Peter Bang
""")

M("e", """
Til hovedpostkassen

Jeg har fået et brev om at min varmeregning vil blive sendt til inkasso. Jeg har en betalingsaftale med jer i Borgerservice om tilbagebetaling af boligstøtte, så jeg kan ikke betale begge dele.

Mvh Dennis Ravn
CPR: [[071185 3329]]
""")

M("", """
Hej

Vores opgang lugter af røg, fordi nogen ryger på trappen. Kan kommunen indføre rygeforbud i opgangene, eller er det boligselskabet? Vi har små børn.

Hilsen Kristina
""")

M("h", """
hej, naboen under mig i nr 5 har lige fået konstateret demens, og hun går ned og banker på hos alle om natten. hendes datter bor i Jylland. hun (naboen) er sød men det kan ikke blive ved. hvem ringer man til??

Kim
""")

M("", """
Hej

Kan I oplyse hvad aftagernummer og målernummer vores ejendom har hos fjernvarmen? Vores målernr. er 0107690023 ifølge den gamle regning, men den nye regning viser et andet nummer. Vi er en forening, ikke en privatperson.

Venlig hilsen
Grundejerforeningen Torslunde Vænge
""")

M("et", """
Kære borgerrådgiver

Mine forældre er fra Vietnam og taler kun vietnamesisk. De har fået varsel om at fjernvarmen lukkes, fordi en regning ikke er betalt. De forstod ikke brevet. Kan kommunen sende breve til dem på vietnamesisk, og kan I hjælpe dem med en betalingsaftale?

Hilsen
Linh Tran
""")

M("", """
Hej

Hvornår bliver legepladsen i Gadekæret færdig? Den har været lukket i et halvt år pga. renovering. Børnene leger nu på parkeringspladsen.

Mvh en mor
""")

M("h", """
Til Center for Voksne og Velfærd

Jeg bor i en almen bolig og er blind. Boligselskabet har flyttet postkasserne og skraldespandene, og nu kan jeg ikke finde dem. Jeg har bedt om at få en skinne eller et mærke, men de siger det koster for meget. Har kommunen nogen regler om tilgængelighed i almene boliger, som boligselskabet skal følge?

Venlig hilsen
Jytte Boel
""")
