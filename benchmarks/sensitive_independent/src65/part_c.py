"""corpus65 part C: psychiatry, addiction and suicide attempts; relatives writing to
centres, the main mailbox and the citizen advisor; forwarded chains."""
from common import M

M("he", """Til Center for Voksne og Velfærd

Min kæreste er blevet udskrevet fra Psykiatrisk Center Glostrup efter et selvmordsforsøg
med piller. Udskrivningsbrevet siger at kommunen skal tilbyde samtaler og bostøtte, men da
jeg ringede sagde I at der er 8 ugers ventetid. Han er alene om dagen mens jeg er på arbejde.
Det er ikke forsvarligt.

Line Sandberg""")

M("", """Til hovedpostkassen

Vi er en gruppe pårørende, der gerne vil låne et lokale i Ishøj Bibliotek til et
netværksmøde for pårørende til mennesker med psykisk sygdom. Vi er ca. 15 personer,
første tirsdag i måneden kl. 19-21. Hvem skal vi kontakte?

Mvh Kirsten, Pårørendenetværket""")

M("heu", """-----Oprindelig meddelelse-----
Fra: Poul Erik Vang
Sendt: 3. november 2026 09:12
Til: Hovedpostkassen
Emne: VS: Min søn

Videresendes fra byrådsmedlem Maria Lund efter aftale.

> Hej Maria
> Min søn Kristoffer på 30 er alkoholafhængig og har lige været i afrusning for tredje gang.
> Han skal have en behandlingsplads, men der er ventetid. Han arbejder som elektriker og er
> i Dansk El-Forbund, og hans arbejdsgiver har givet ham én chance til. Han har fået
> sygedagpenge i tre uger og er bange for at miste jobbet.
> Kan kommunen fremskynde en behandlingsplads?
> Poul Erik""")

M("", """Hej, hvornår holder Ishøj Kommune næste informationsmøde om alkoholbehandling for
pårørende? Jeg så en plakat på biblioteket men kan ikke huske datoen. Tak""")

M("h", """til alkoholbehandlingen

jeg har været ædru i 4 måneder nu og har gået til samtaler hos jer hver onsdag. nu har jeg
fået brev om at forløbet stopper til december. jeg er bange for at falde i igen. kan man
forlænge? jeg går stadig på antabus.

mvh Steen
cpr [[240871-1533]]""")

M("hte", """Til Borgerrådgiveren

Jeg er iransk og kom til Danmark som flygtning i 2015. Jeg har depression og tager medicin.
Min psykiater har skrevet at jeg ikke kan arbejde fuld tid, men jobcentret har sendt mig i
virksomhedspraktik 30 timer om ugen. Jeg kollapsede efter to uger. Jeg vil klage over at
de ikke læste lægens papir.

Reza Ahmadi""")

M("", """Kære medarbejdere i Socialpsykiatrien

Tak for et rigtig godt fyraftensmøde om recovery i sidste uge. Foredragsholderen var
fantastisk. Vil slides blive lagt på hjemmesiden?

Venlig hilsen
Eva Dam, sygeplejerske""")

M("hes", """Hej

Jeg hedder Nicolai og jeg er 24. Jeg er bøsse og har OCD og social angst. Jeg har en
støtte-kontaktperson fra kommunen, men hun har flere gange kommet med kommentarer om "min
livsstil" og at min angst nok "hænger sammen med det". Jeg har det rigtig dårligt med det
og vil gerne have en anden. Hvordan søger man om det?

Nicolai""")

M("he", """Kære borgerrådgiver

Min mor på 58 har et stort alkoholproblem. Vi har flere gange ringet til kommunen, fordi hun
falder og slår sig og ikke spiser. Hun har hjemmehjælp to gange om ugen, og personalet ser
det, men ingen gør noget. De siger hun "har ret til at bestemme selv". Vi er på randen.

Hilsen Christina og Jakob""")

M("", """Til Ishøj Kommune

Jeg har fundet et par brugte sprøjter på legepladsen bag Vejleåparken. Der leger børn hver
dag. Kan I sørge for at det bliver ryddet, og måske sætte en kanyleboks op?

Mvh Henriette""")

M("heu", """Til Center for Beskæftigelse og Erhverv

Jeg skriver som faglig sekretær i 3F Køge Bugt, men også fordi min egen sag er gået i
stå. Jeg er selv medlem af 3F, og er sygemeldt med stress og angst siden august. Jeg har
ikke hørt fra min sagsbehandler i 6 uger, og min opfølgningssamtale er blevet aflyst to gange.
Mit cpr-nr. er [[1902750331]].

Venlig hilsen
Allan Svendsen""")

M("", """Hej

Jeg er formand for LAP Ishøj-Vallensbæk. Vi vil gerne sende et høringssvar til den nye
psykiatriplan. Hvad er fristen, og til hvilken mail?

Med venlig hilsen
Ove, formand""")

M("hes", """Til rette vedkommende

Min kone og jeg er to kvinder og har en datter på 14, som har gjort skade på sig selv i et
halvt år. Hun er skrevet op til børne- og ungdomspsykiatrien, men der er 9 måneders ventetid.
Vi har bedt kommunen om en familiebehandler, men har fået afslag med begrundelsen at vi
"fungerer godt som forældre". Hvad skal vi gøre?

Venlig hilsen
Marianne og Trine Holt""")

M("h", """Kære Ishøj Kommune
Min bror Daniel har skizofreni og har lige stoppet sin medicin. Han ringer om natten og siger
at naboerne overvåger ham. Han vil ikke til lægen. Jeg ved godt at I ikke kan tvangsindlægge,
men hvem kan jeg ringe til?
Hilsen Camilla""")

M("", """Hej

Er det rigtigt at kommunen har lukket den anonyme rusmiddelrådgivning for unge på
Ishøj Bytorv? Jeg er lærer og plejede at henvise elever dertil. Hvor skal de nu gå hen?

Mvh. Sanne, lærer på Gildbroskolen""")

M("bh", """Salam

Jeg hedder Fatima. Min bror er i metadonbehandling i kommunen. Han vil gerne holde ramadan
som vi andre i familien, men personalet siger han skal hente metadon om morgenen og ikke
kan få den med hjem til aften. Vi er muslimer og det er meget vigtigt for ham. Kan det
laves om?

Fatima""")

M("", """Til Center for Voksne og Velfærd

Hvor mange borgere i Ishøj er i behandling for stofmisbrug? Jeg er studerende på
socialrådgiveruddannelsen og skriver bachelor. Jeg har ikke brug for navne, kun tal for
2024-2026.

Venlig hilsen
Mathilde""")

M("he", """Hej

Det er Birgitte, mor til Oliver (17). Oliver har et stofmisbrug og blev fundet i går efter at have været væk
i to døgn. Skolen har lavet en underretning om ham i september, og vi har fået at vide at vi skal have et møde "inden for 14 dage". Det er for længe. Han er i fare.

Birgitte Kruse
Oliver: [[2506094317]]""")

M("ht", """Good afternoon,

My name is Ivan and I am Ukrainian. My father (73) lives with us in Ishøj since we fled
the war. He has severe PTSD and cannot sleep, he screams in the night. We have asked the
doctor for a psychologist but were told the municipality might help. Where should we ask?

Thank you,
Ivan Kovalenko""")

M("", """Til borgerrådgiveren

Jeg vil gerne klage over at Ishøj Kommunes telefontid er for kort. Man kan kun ringe mellem
10 og 12, og så står man i kø i 40 minutter. Det er umuligt hvis man er på arbejde.

Mvh
Lise Møller""")

M("he", """hej jeg er 19 og jeg har lige været indlagt fordi jeg prøvede at tage mit liv. jeg
bor alene og min kontaktperson fra kommunen er på barsel. der er ingen der har ringet til
mig. jeg ved ikke om jeg må skrive her men jeg ved ikke hvad jeg ellers skal gøre

Sebastian""")

M("", """Kære kommune

Jeg har hørt at I er begyndt på et projekt med peer-medarbejdere i psykiatrien. Det synes jeg
er fantastisk. Søger I nye folk? Jeg er uddannet peer-støtte og bor i Ishøj.

Med venlig hilsen
Julie Lund""")

M("hebs", """Til Borgerrådgiveren

Jeg er homoseksuel og muslim, og det er ikke let. Min familie har smidt mig ud, og jeg har
sovet på herberg i Hvidovre i to måneder. Jeg har angst og har søgt om en akutbolig i Ishøj,
men sagsbehandleren sagde at jeg "burde tale med min familie". Det kan jeg ikke, det er
farligt for mig.

Jeg vil gerne være anonym.""")

M("h", """Hej

Min veninde Ditte på 30 har bulimi og kaster op flere gange om dagen. Hun vil ikke have
hjælp, og jeg er bange. Kan man som veninde gøre noget gennem kommunen?

Hilsen Signe""")

M("", """Til Center for Voksne og Velfærd

Hvorfor står der på kommunens hjemmeside at alkoholbehandling er gratis og anonym, når man
så alligevel skal oplyse sit navn ved første samtale? Det er misvisende. Ret det venligst.

Venlig hilsen
en borger""")

M("eh", """-----Original Message-----
From: Jan Bruun
Sent: 11. okt. 2026 21:40
To: Borgmester
Subject: klage

Min søster har fået frataget sine 2 børn. Hun har været deprimeret efter en fødselsdepression,
og børnene er anbragt hos en plejefamilie i Greve. Hun har ikke fået lov at se dem i 5 uger.
Det er ikke menneskeligt.
Jan""")

M("", """Hej

Kommunen har fjernet bænkene ved stationen for at "undgå at misbrugere samles". Men nu kan
ældre mennesker heller ikke sidde ned når de venter på bussen. Det er en dårlig løsning.

Med venlig hilsen
Kaj Nielsen, 78 år""")

M("hep", """Kære borgerrådgiver

Min far har Korsakoffs syndrom efter mange års druk, og jeg har fået generalfuldmagt.
Hans hus i Torslunde står tomt og forfalder, og vi har sat det til salg for at betale
hans plejebolig. Nu har en køber givet et betinget bud, men kommunen har ikke svaret på vores
spørgsmål om spildevandet, som køberen kræver svar på. Alt går i stå.

Venlig hilsen
Louise Vestergaard""")

M("eh", """Til Center for Voksne og Velfærd

Jeg har fået afslag på hjælp til psykologbehandling efter servicelovens § 102, selvom min
psykiater skriver at jeg har en personlighedsforstyrrelse og ikke kan få hjælp i
regionen. Jeg vil have afgørelsen begrundet ordentligt.

Venlig hilsen
Malene Hermansen
[[300392–2108]]""")

M("hetb", """Til Ishøj Kommune

Jeg er eritreansk og kristen ortodoks. Min søn er anbragt på et ungdomshjem og i behandling
for hash-misbrug. Han må ikke komme hjem til vores påske, som er den vigtigste fest for os,
fordi det er "en weekend uden hjemmebesøg". Vi beder om undtagelse.

Med venlig hilsen
Yonas Tesfay""")

M("", """Til hovedpostkassen

Vi er naboer til Vejleåvej 12-30. I den tomme butik på hjørnet samles der hver aften en flok
som larmer og ryger hash. Vi har ringet til politiet flere gange. Vil kommunen sætte lys op
eller gøre noget?

Grundejerforeningen Vejlebro""")

M("eu", """Kære borgerrådgiver

Jeg er tillidsrepræsentant for sygeplejerskerne i DSR på Ishøj Plejecenter. En beboer har
klaget over at hans sygeplejerske var "fuld på arbejde". Det er ikke rigtigt, men vores
kollega er blevet fritaget fra tjeneste uden løn i to uger, og hun har nu ingen indtægt.
Hun ønsker at vi tager kontakt. Hun er medlem hos os.

Med venlig hilsen
Mette Rasmussen, TR DSR""")

M("he", """Hej

Det er en pårørende til en beboer på plejecentret Porsebakken. Min onkel er spritter og får hver dag
en pose øl fra en nabo. Personalet siger de ikke kan gøre noget. Han har skrumpelever og
må ikke drikke. Det er bare helt vildt.

Ulrik""")

M("", """Hej

Jeg har lagt mærke til at kommunens hjemmeside om psykiatri kun findes på dansk. Mange i
Ishøj har andet modersmål. Vil I ikke overveje at oversætte siderne til engelsk, arabisk og
tyrkisk? Det kan gøre en stor forskel.

Mvh Deniz, SSP-medarbejder""")

M("ehs", """Kære Mette Friis

Min søn Emil er 20 og transkønnet og har fortalt at han er til mænd. Efter han sprang ud
har han fået en depression og er stoppet på sin uddannelse. Nu får han uddannelseshjælp
og har en mentor fra jobcentret, men mentoren kalder ham ved hans gamle navn. Jeg synes det
er respektløst og vil gerne vide om det kan ændres.

Venlig hilsen
Karen""")

M("e", """Hej
jeg bor på herberg og har fået ny sagsbehandler igen, den fjerde i år. hver gang skal jeg
fortælle hele historien forfra. kan det virkelig passe? jeg er på kontanthjælp og har ingen
telefon, så skriv til mig her.
Kent""")

M("", """Til Ishøj Kommune

Hvor mange døgnpladser til psykisk syge har Ishøj i dag, og hvor mange står på venteliste?
Spørgsmålet er stillet af Ishøj Lokalavis til brug for en artikel om ventelister i
psykiatrien.

Med venlig hilsen
Redaktionen""")

M("hu", """Hej

Jeg er medlem af Lederne og afdelingsleder i kommunen. Jeg var tvunget til at sygemelde mig
med depression i foråret, og nu har min direktør sendt mig på "udviklingsforløb" uden at
spørge. Jeg ved godt at borgerrådgiveren ikke tager ansættelsessager, men kan I sige hvor
jeg skal gå hen?

Anonym leder""")

M("hetp", """Kære borgmester

Jeg er fra Marokko og har boet i Ishøj i 30 år. Min kone har Alzheimers og skal på plejehjem,
og derfor må vi sælge vores rækkehus. Ejendomsmægleren siger at der er en køber, som gerne vil
vente til efter nytår. Men kommunen siger at plejeboligen kun holdes til 1. december. Kan vi
få lidt længere tid?

Med venlig hilsen
Mohamed Bennani""")

M("", """Kære Center for Voksne og Velfærd

Vores landsforening for pårørende vil gerne afholde et kursus i Ishøj om mentalt helbred hos
unge. Har kommunen lokaler vi kan leje til 40 personer en lørdag i marts?

Venlig hilsen
Bedre Psykiatri, Vestegnen""")

M("eh", """Hej

Min far er 79 og har lungekræft og bor alene. Han får hjemmehjælp, og han har nu fået et brev
om at hjemmehjælpen skal komme fra et privat firma. Han forstår ikke brevet og er bange. Han
har ikke sagt ja til noget. Hans cpr-nummer er [[081247 2004]], han ønsker at I ringer til mig
i stedet. Mit nummer er 40 17 22 93.

Lene Hvidberg""")

M("heu", """Til Borgerrådgiveren

Jeg er i Krifa og deres konsulent har sagt at jeg skal klage til jer. Jeg har fået en
arbejdsskade på ryggen på lageret og har været på sygedagpenge i 14 uger. Kommunen har bedt om
mine journaler fra lægen, fra fysioterapeuten og fra psykologen. Hvorfor skal de have
psykologens? Det har intet med ryggen at gøre.

Ahmed S.""")

M("he", """Til hovedpostkassen

Vedr. min datter Laura, 20 år. Hun har været indlagt på lukket afdeling i 5 uger efter et
selvmordsforsøg og skal udskrives til sin egen lejlighed på mandag. Hun har bostøtte 3 timer
om ugen, men vi har søgt om mere og ikke hørt noget. Hun er ikke klar til at være alene.

Lauras cpr: [[140606-4180]]

Mvh Henrik Bonde""")

M("bh", """Kære borgerrådgiver

Jeg er frivillig i Kirkens Korshær men jeg skriver som privatperson. Jeg er selv troende
katolik og har været alkoholiker, nu ædru i 11 år. Jeg vil gerne fortælle at kommunens
alkoholbehandling reddede mit liv dengang. Giv jer selv et skulderklap.

Venlig hilsen
Bernhard""")
