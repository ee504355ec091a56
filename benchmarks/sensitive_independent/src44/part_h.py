"""Part H: hard negatives - complaints about roads, fees, opening hours and policy, with law citations and look-alike numbers."""
from common import M

M("", """
Til Teknik- og Miljøudvalget

Klage over vintervedligeholdelse

Den 2. december blev Tranegilde Strandvej ikke saltet. Den 3. december heller ikke. Den 4. december kørte en bus i grøften ud for nr. 150. Jeg har skrevet via "Giv et praj" (sag 021224-0117) og fik et automatisk svar.

Vejloven § 1 forpligter kommunen til at holde vejene i forsvarlig stand. Jeg forventer et svar.

Med venlig hilsen
Vagn Halberg
""")

M("", """
Til Økonomiudvalget

Affaldsgebyret er steget fra 3.150 kr. til 3.890 kr. på et år. Det er 23 procent. Hvordan kan det forsvares? Jeg ønsker at se budgettet for affaldsområdet.

Mvh Lise Jepsen
""")

M("", """
Hej byråd

Hvorfor lukker biblioteket kl. 16 om fredagen? Det er umuligt for folk, der arbejder. Kom nu ind i kampen!

/Gry
""")

M("", """
Til borgerrådgiveren

Jeg har en klage over kommunens svartider generelt. I jeres egen servicedeklaration står "svar inden 10 arbejdsdage", men jeg har ventet 27 arbejdsdage på svar om en vejlampe. Reference 2024/118-29.

Mvh Lars Overgaard
""")

M("", """
Kære Social- og Sundhedsudvalg

Jeg læste i dagsordenen for mødet den 12.11.2024, punkt 7, at kommunen vil lukke et af dagcentrene. Det er dårlig politik. De ældre har brug for et sted at gå hen. Jeg håber I stemmer nej.

Mvh Kurt Ohlsen
""")

M("", """
Til byrådet

Høringssvar vedr. forslag til lokalplan 2.74 (Ishøj Strand Nord)

Grundejerforeningen Strandlinjen har følgende bemærkninger:
1. Byggehøjden på 4 etager bryder med områdets karakter, jf. planlovens § 11 a om kystnærhedszonen.
2. Der mangler en trafikanalyse.
3. Vi ønsker et borgermøde.

På foreningens vegne
Jytte Ravn, formand
""")

M("", """
hej! hvorfor koster det 35 kr at låne et mødelokale på biblioteket til vores lektiecafé? det burde være gratis for frivillige. vi er en lille forening
""")

M("", """
Til Børne- og Skoleudvalget

Forældrebetalingen i vuggestuerne i Ishøj er nu 4.350 kr. om måneden. I Vallensbæk er den lavere. Hvad er begrundelsen? Jeg har læst dagtilbudsloven § 32, og I må maks. opkræve 25 procent af bruttodriftsudgiften.

Mvh Jakob Thorsen
""")

M("", """
Til Teknik og Miljø

Der er ingen belysning på stien fra Ishøj Station til Strandparken. Det er utrygt om vinteren. Sagsnr. fra jeres system: 05.01.02-P20-77-24.

Venlig hilsen
Hanne Brix
""")

M("", """
Kære Anja

Hvorfor skal man betale 150 kr. for en parkeringslicens til sin egen vej? Det er en skat i forklædning.

Mvh Frederik
""")

M("", """
Til borgmesteren

Jeg vil klage over byrådets beslutning af 28. august om at nedlægge svømmehallens morgensvømning. Jeg har svømmet der hver morgen i 15 år, og det er en af de få glæder i hverdagen. Beslutningen er truffet uden høring.

Med venlig hilsen
Aase Vestergaard
""")

M("", """
Til Social- og Sundhedsudvalget

Jeg har set jeres nye sundhedspolitik 2025-2028. Den nævner ikke mental sundhed hos unge med ét ord. Det er en mangel, når man ser statistikken fra Sundhedsstyrelsen.

Venlig hilsen
Anders Holm, psykolog
""")

M("", """
Kære Jonas

Regnbueflaget blev ikke hejst på rådhuset under Copenhagen Pride i år. Hvorfor? Det gjorde man sidste år.

Hilsen Mette
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi i Ishøj Skakklub er blevet flyttet fra vores lokale uden varsel. Vi har 42 medlemmer og har brugt lokalet siden 1989. Kommunen skrev den 3. juni, at "lokalet skal bruges til andre formål". Vi ønsker en begrundelse.

Med venlig hilsen
Ishøj Skakklub, Erik Brandt, formand
""")

M("", """
Hej

Min klage går på at kommunens hjemmeside er fuld af døde links. Fx linket til "Ansøgning om boligstøtte" går til en fejlside. Prøv selv.

Mvh Jan
""")

M("", """
Til Ydelsescentret

Hvad er reglerne for kontanthjælp, hvis man er under 30 og har en uddannelse? Jeg skal holde et oplæg for elever i 9. klasse og vil gerne have det rigtigt.

Mvh Lærer på Ishøjgård Skole
""")

M("", """
Til byrådsmedlem Cecilie Brandt

Du skrev på Facebook at kontanthjælpsloftet skal afskaffes. Det er jeg helt uenig i. Man skal kunne betale sig at arbejde.

Hilsen Steen
""")

M("", """
Kære Cecilie

Enig med dig i at kontanthjælpsreglerne er alt for stramme. Godt at nogen siger det højt.

Hilsen Tove
""")

M("", """
Til Teknik og Miljø

Vandværket har sendt en regning for 2024 på 14.300 kr. med kundenummer 2211871019. Det er det dobbelte af sidste år. Vi har ikke brugt mere vand. Kan I tjekke måleren (målernr. 1106920412)?

Mvh Palle og Bente Strøm
""")

M("", """
Til Økonomiudvalget

Kommunen har solgt grunden ved Ishøj Havn for 32 mio. i 2023. Hvad blev pengene brugt til? Jeg vil gerne have aktindsigt i salgsaftalen.

Mvh Torben Nissen
""")

M("", """
Kære borgerrådgiver

Jeg har en klage over at kommunens medarbejdere i Teknik og Miljø ikke vil oplyse deres navne i telefonen. Det er ikke god forvaltningsskik.

Mvh Bjørn
""")

M("", """
Til borgmesteren

Jeg læser at Ishøj har landets højeste andel af borgere med ikke-vestlig baggrund (ca. 40 procent, Danmarks Statistik 2024). Hvad gør kommunen for integrationen? Jeg savner en plan.

Mvh Peter Kold
""")

M("", """
Til Børne- og Skoleudvalget

Hvorfor er der kun én tosproget pædagog i hele kommunens dagtilbud? Mange børn har brug for sprogstøtte. Det er ren politik, men det er vigtigt.

Mvh Hanan Yousef
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi foreslår, at kommunen laver en fælles mindehøjtidelighed for ofrene i Mellemøsten på Rådhuspladsen. Foreningerne kan stå for det.

Venlig hilsen
Ishøj Fredsforum
""")

M("", """
Til Teknik- og Miljøudvalget

Støjen fra Holbækmotorvejen er blevet værre, efter at støjvolden blev sænket i forbindelse med vejarbejdet. Miljøbeskyttelsesloven § 42 giver kommunen mulighed for at gribe ind. Gør det.

Venlig hilsen
Beboerne på Vejledalen 1-39
""")

M("", """
Hej Søren

Kommunen har lige sendt en spørgeskemaundersøgelse ud om ældreplejen. Spørgsmål 12 spørger om "religion" – hvorfor det? Jeg synes ikke det er relevant, og jeg har ikke svaret på det.

Mvh Else
""")

M("", """
Til Social- og Sundhedsudvalget

Er det rigtigt, at hjemmeplejen nu kun må bruge 7 minutter på et bad? Det har jeg læst i Ishøj Avis. Det virker helt urimeligt over for de ældre.

Mvh Bent Kruse
""")

M("", """
Til Borgerservice

Jeg vil gerne klage over at man skal bestille tid til Borgerservice 14 dage frem. Der er ingen drop-in mere. Hvem har besluttet det?

Hilsen Jesper
""")

M("", """
Til Borgerrådgiveren

Klage over sagsbehandlingstiden i byggesager. Ifølge kommunens egen servicemålsætning (vedtaget 11.03.2021) skal en enkel byggesag være afgjort inden 40 dage. Min har ligget i 93 dage. Sag 02.34.02-G01-312-24.

Mvh Morten Kjær
""")

M("", """
Til formanden for Økonomiudvalget

Der står i budgetaftalen 2025, side 14, at "der afsættes 2,5 mio. til en pulje for udsatte borgere". Hvordan søger man, og hvem kan søge? Jeg arbejder i en frivillig forening.

Mvh Kirsten Alstrup, Kirkens Korshær Ishøj
""")

M("", """
Til Social- og Sundhedsudvalget

Vi er pårørenderådet på Ishøj Plejecenter. Vi ønsker, at udvalget genovervejer besparelsen på aktiviteter. Beboerne sidder mere alene end før.

Med venlig hilsen
Pårørenderådet
""")

M("", """
hej ishøj kommune jeres skraldebil kørte ind i min hæk!!! den er helt smadret. hvem betaler?? adr. vildtbanevej 41
""")

M("", """
Til Teknik og Miljø

Jeg ønsker at klage over afgørelsen af 04.09.24 om at afvise vores ansøgning om en hundeskov på arealet ved Ishøj Sø. Afgørelsen henviser til naturbeskyttelseslovens § 3. Vi mener ikke, at arealet er en beskyttet eng.

Med venlig hilsen
Ishøj Hundeejerforening
""")

M("", """
Til byrådet

Tak for det nye skaterområde. Men der mangler skraldespande, og det roder. Kan I sætte nogle op?

Mvh Unge i Ishøj Syd
""")

M("", """
Kære Per Lund

Hvornår bliver der vedtaget en ny lokalplan for erhvervsområdet ved Industrivej? Vi har et par kunder, der gerne vil etablere sig, men venter på planen.

Mvh Erhvervsrådgiver Ole Friis
""")

M("", """
Til borgmesteren

Jeg vil gerne klage over at byrådsmøderne nu holdes kl. 16 i stedet for kl. 19. Det gør det umuligt for borgere med job at følge med.

Mvh Lise Kamp
""")

M("", """
Kære byråd

Vi i Ishøj Ungdomsråd mener, at der skal være flere psykologtimer til unge i Ungdommens Uddannelsesvejledning. Der er for lang ventetid, ifølge vores egen undersøgelse blandt 212 unge.

Venlig hilsen
Ungdomsrådet
""")

M("", """
Til Børne- og Skoleudvalget

Hvor mange børn i Ishøj er anbragt uden for hjemmet? Jeg har set tallet 87 i Danmarks Statistik, men det virker højt. Er det korrekt?

Mvh journalist, Vestegnens Avis
""")

M("", """
Til borgerrådgiveren

Jeg er sagsbehandler i en nabokommune og vil gerne høre, hvordan I registrerer jeres henvendelser statistisk. Vi er ved at lave et lignende system.

Venlig hilsen
Lone Bak, Brøndby Kommune
""")

M("", """
Til Teknik og Miljø

Kan kommunen oplyse hvilke boliger i Ishøj der har radon over grænseværdien? Jeg er ved at undersøge området generelt før et eventuelt huskøb om et par år.

Mvh Kasper
""")

M("", """
Hej

Jeg har en klage over, at kommunens sms-service sender påmindelser om affald kl. 05.30 om morgenen. Det vækker hele familien.

Mvh Stine
""")

M("", """
Til Økonomiudvalget

I dagsordenen til mødet den 15. oktober står der under punkt 12 "Salg af ejendom – lukket punkt". Hvilken ejendom er det? Som borger har jeg ret til at vide det.

Mvh Gunnar Hviid
""")

M("", """
Til Kultur- og Fritidsudvalget

Moskeen på Industrivej har fået byggetilladelse til en minaret. Jeg synes ikke der skal være minareter i Ishøj. Jeg forventer at byrådet stopper det.

Hilsen Ole B.
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvornår åbner den nye moske på Industrivej? Der er mange, der spørger på Facebook.

Mvh Ahmed
""")

M("", """
Til Teknik og Miljø

Vejbumpene på Ishøj Landevej er blevet for høje efter asfaltering. Jeg har fået ødelagt min udstødning. Kvittering fra værksted nr. 030324-1142 vedlagt. Jeg forventer erstatning.

Mvh Henrik Dall
""")

M("", """
Til Borgerrådgiveren

Jeg vil klage over at kommunen ikke har en klagevejledning i sine afgørelser om parkeringslicens. Forvaltningsloven § 25 kræver det.

Mvh Simon Ravn, jurastuderende
""")

M("", """
Til Social- og Sundhedsudvalget

Sundhedshuset har nu kun åbent for blodprøver om formiddagen. Det er upraktisk. Kan I udvide åbningstiden?

Venlig hilsen
Ishøj Pensionistforening
""")

M("", """
Til Børne- og Skoleudvalget

Vi er en gruppe forældre, der er utilfredse med, at skolebussen til Torslunde er blevet nedlagt. Børnene skal nu gå 2,8 km langs en vej uden cykelsti. Skoleloven § 26 siger at der skal være befordring ved over 2,5 km i 0.-3. klasse.

Underskrevet af 34 forældre
""")

M("", """
Til byrådet

Som medlem af Ishøj Kunstforening vil jeg klage over, at kunstværket ved Rådhuset er blevet fjernet uden høring. Det var en gave fra kunstneren.

Mvh Birgit Holst
""")

M("", """
Til borgerrådgiveren

Jeg har hørt, at fagforeningerne er blevet bedt om at dele listen over deres medlemmer ansat i kommunen. Er det rigtigt? Det virker som et brud på GDPR.

Hilsen Lars
""")

M("", """
Hej Jens Peter

hvordan kan det være, at der kun er to offentlige toiletter i hele Ishøj Strandpark? Om sommeren er der tusindvis af mennesker.

mvh Bente
""")

M("", """
Til Teknik og Miljø

Vi har fået påbud om at beskære vores hæk (j.nr. 2409-04-113). Hækken står på vores egen grund og generer ikke trafikken. Vi klager over påbuddet.

Mvh Ulla og Søren Lykke
""")

M("", """
Til byrådsmedlem Hans Nørgaard

Der står i Ishøj Avis, at du vil stemme for at sælge rådhusgrunden. Er det rigtigt? Jeg synes, det er en dårlig idé.

Mvh Anne-Grethe
""")

M("", """
Til Ydelsescentret

Kan I sende mig et skema over satserne for boligstøtte og boligydelse for 2025? Jeg underviser i samfundsfag og skal bruge det.

Mvh Lærer Kim Dahl
""")

M("", """
Til Social- og Sundhedsudvalget

Er der tolkebistand på arabisk og somali på kommunens sundhedscenter? Vores forening hjælper mange nytilkomne, og vi vil gerne kunne sige, hvad der tilbydes.

Venlig hilsen
Dansk Flygtningehjælp Frivillige, Ishøj
""")

M("", """
Kære Søren

Jeg er glad for at kommunen har oprettet flere hjerteløbere. Kan der komme en ved fodboldbanerne i Ishøj Idrætspark?

Mvh Knud
""")

M("", """
Til Økonomiudvalget

Jeg har regnet på det: Kommunens udgifter til konsulenter er steget med 11,4 mio. kr. fra 2022 til 2024. Hvad har vi fået for pengene?

Mvh Bo Svane
""")

M("", """
Til borgmesteren

Jeg vil klage over at byrådet har besluttet at flytte 4. juli-festen fra Strandparken til Rådhuspladsen. Jeg har været frivillig ved festen i 12 år.

Mvh Hans Juul
""")
