"""corpus61 part D: harassment at work, shop stewards and union help; mails to the citizen
advisor (borgerrådgiveren) and to single centres."""
from common import M

M("tu", """Til Borgerrådgiveren

Jeg er ansat som rengøringsassistent på en af kommunens skoler. Min leder kalder mig "polakken" i stedet for mit navn, selvom jeg har sagt at jeg ikke bryder mig om det. Jeg har talt med min tillidsrepræsentant fra 3F, og hun siger, at jeg skal skrive ned hver gang det sker. Jeg har nu 14 eksempler. Hvad kan jeg gøre?

Med venlig hilsen
Agnieszka Nowak""")

M("", """Kære Borgerrådgiver

Jeg vil gerne vide, om du også kan hjælpe ansatte i kommunen, eller kun borgere. Jeg spørger for en kollega, men det er ikke noget konkret endnu, bare for at vide det.

Venlig hilsen
Mette""")

M("s", """Hej borgerrådgiver

jeg er 24 og har været i praktik i en børnehave gennem min uddannelse. da jeg fortalte at min kæreste hedder Sofie og at jeg er pansexuel, sagde en pædagog at "det er ikke noget børnene skal se". jeg blev sat til kun at gøre rent resten af ugen. er det ok??

mvh Ida""")

M("b", """Til Borgerrådgiveren

Jeg er sikh og har i 8 år arbejdet som buschauffør. Efter den nye uniformspolitik skal jeg bære kasket, men jeg bærer turban. Min arbejdsgiver (busselskabet, ikke kommunen) siger at jeg må finde et andet job. Jeg skriver fordi kommunen bestiller busruterne. Kan I stille krav til selskabet?

Med venlig hilsen
Harjit Singh""")

M("eu", """Kære Center for Beskæftigelse og Erhverv

Jeg blev fyret fra min stilling som lagermedarbejder den 30. oktober, to uger efter jeg blev valgt som tillidsrepræsentant. Dansk Metal har rejst sag mod virksomheden. Nu er jeg på dagpenge og har fået en indkaldelse til samtale hos jer. Kan samtalen vente til sagen er afgjort?

Venlig hilsen
Kenneth Wulff
Cpr.nr. [[090381-1553]]""")

M("", """Hej Center for Borger, Økonomi og IT

Jeg har fået en mail fra noreply@ishoj.dk om at mit MitID skal fornyes via et link. Er det svindel? Jeg har ikke trykket på linket.

Mvh
Helge""")

M("t", """Kære borgerrådgiver

Min søn er ansat i kommunens vejafdeling. Han er sort, min mand er fra Senegal, og han bliver hele tiden spurgt af kollegerne om han "overhovedet kan tåle kulden". Det lyder uskyldigt, men det er hver dag. Hans leder griner med. Han vil ikke selv klage, men jeg synes nogen skal vide det.

Vh Karen Diop""")

M("sh", """Til borgerrådgiveren

Jeg har arbejdet i kommunens hjemmepleje i 12 år. Efter jeg fortalte, at jeg er homoseksuel, og at min kæreste Jesper og jeg skal giftes, er der kolleger der ikke vil køre med mig i bilen. Jeg har fået angst af det og er sygemeldt på 3. uge. Ledelsen siger at det er "en personkonflikt".

Mvh
Rasmus Fog""")

M("", """Til borgerrådgiveren

Hvor mange klager fik du sidste år om Center for Beskæftigelse og Erhverv, og hvad handlede de om? Jeg skriver en opgave om borgernes oplevelse af jobcentre på min uddannelse.

Hilsen
Freja Lind, stud.scient.pol.""")

M("b", """Hej. Jeg hedder Esra og arbejder i en børnehave. Jeg faster i ramadanen og har spurgt om jeg kan holde pause lidt senere. Min leder sagde nej og sagde at "man må lade religionen blive derhjemme". Nu er der en ny ramadan til foråret og jeg er bange for det samme. Må de det?""")

M("u", """Kære Center for Voksne og Velfærd

Jeg skriver som tillidsrepræsentant for SOSU-assistenterne i FOA på Ishøj Plejecenter. Vi har ikke fået svar på vores henvendelse om arbejdstidsplanerne for januar. Kan I sende den videre til den rette?

Mvh
Lena Vestergaard, TR""")

M("", """Hej

Jeg arrangerer et temamøde om arbejdsmiljø for små virksomheder på Vestegnen. Vi vil gerne låne et mødelokale på rådhuset en eftermiddag i februar. Hvem skal jeg spørge?

Venlig hilsen
Jens-Ole Mikkelsen""")

M("te", """Til Borgerrådgiveren

Jeg er fra Syrien og kom til Danmark i 2015 som flygtning. Jeg har arbejdet som tandlæge i Damaskus, men i Ishøj har jobcentret sendt mig i praktik i et supermarked i 2 år. Min rådgiver siger, at "folk som dig skal starte fra bunden". Jeg føler at det er fordi jeg er arabisk.

Med venlig hilsen
Rami Haddad""")

M("s", """hej borgerrådgiver. min kæreste og jeg er to mænd og vi arbejder begge i Ishøj Bycenter. en sikkerhedsvagt har flere gange smidt os ud fordi vi holdt i hånd. han sagde "ikke her". vi har klaget til bycentret men hører intet. kan kommunen gøre noget?? /Marco""")

M("bt", """Til borgerrådgiveren

Jeg er jøde og arbejder som lærer i Ishøj. Efter oktober 2023 har jeg oplevet at elever har tegnet hagekors på min tavle, og at en forælder har skrevet på Aula at "jødelæreren skal væk". Skolen har ikke reageret ordentligt. Jeg ønsker at være anonym over for skolen, indtil jeg ved hvad der kan gøres.""")

M("", """Kære borgerrådgiver

Kan du oplyse, hvordan jeg klager over en afgørelse om et byggeri på naboens grund? Jeg ved godt, at det måske ikke er dig, men jeg ved ikke hvor jeg ellers skal starte.

Med venlig hilsen
Torben Dyhr""")

M("eh", """Til Center for Beskæftigelse og Erhverv

Jeg har været sygemeldt siden april med en arbejdsskade i ryggen (løftede en beboer). Min sagsbehandler er skiftet 4 gange. Hver gang skal jeg forklare det hele igen. Nu har jeg fået brev om at mine sygedagpenge stopper den 1. december, og ingen har forklaret mig hvorfor.

Cpr: [[120774 2341]]
Venlig hilsen
Lisbeth Agger""")

M("u", """Hej borgerrådgiver

Jeg er medlem af Krifa og har spurgt kommunen som arbejdsgiver, om Krifa må deltage i min tjenstlige samtale. Min leder siger, at det kun er "de rigtige fagforeninger" der kan deltage. Er det rigtigt?

Mvh
Benjamin Steen""")

M("p", """Til borgerrådgiveren

Jeg er ansat i Byudvikling, men skriver som privatperson. Min nabo på Pilemøllevej har solgt sit hus, men køberen har trukket sig, og nu forsøger han at sælge igen. Han siger til alle i vejen, at det er fordi kommunen ikke svarer på hans ansøgning om carport. Han har bedt mig "presse mine kolleger". Det vil jeg ikke. Hvordan siger jeg det pænt?

Hilsen
Martin Borg""")

M("", """Til Borgerrådgiveren

I jeres årsrapport skriver I, at mange klager handler om Voksne og Velfærd. Hvad gør kommunen for at forbedre sig? Er der planer om flere medarbejdere?

Venlig hilsen
Gerda Holm""")

M("eb", """Kære Borgerrådgiver

Jeg er katolik og arbejder som pædagogmedhjælper i et løntilskudsjob i en vuggestue. Den nye leder har sagt, at jeg ikke må bære mit kors synligt. Min rådgiver på jobcentret siger at jeg bare skal gøre det, ellers kan jeg miste løntilskuddet. Er det rimeligt?

Med venlig hilsen
Teresa Kowalski""")

M("t", """Dear Citizen Advisor, I am from the Philippines and work as au pair for a family in Ishøj. The family calls me "the Filipino" and says Asian girls are made for cleaning. I am afraid to lose my residence permit if I complain. Can you help me anonymously?""")

M("", """Kære Center for Børn og Forebyggelse

Hvornår er der informationsmøde om sommerjob for unge mellem 15 og 17 år i kommunen? Min nevø vil gerne søge noget i parkafdelingen.

Hilsen
Bente""")

M("su", """Til borgerrådgiveren

Jeg er HK-tillidsrepræsentant i Borgerservice og skriver med samtykke fra en kollega, Mads, som er blevet udsat for chikane efter at han kom ud som bøsse. Han vil gerne tale med dig fortroligt. Kan han få en tid, uden at hans leder får det at vide?

Mvh
Charlotte Kiær, TR""")

M("h", """Til Center for Voksne og Velfærd

Jeg er hjemmehjælper og har fået en stikskade med en kanyle hos en borger. Jeg venter nu på svar på blodprøver for hepatitis og HIV. Min leder har ikke fulgt op. Jeg er bange. Hvem skal jeg tale med?

Anonym medarbejder""")

M("b", """Hej borgerrådgiver

Jeg stemte på Nye Borgerlige ved sidste valg og har sagt det i frokoststuen. Nu bliver jeg holdt ude af alle sociale arrangementer på arbejdet i kommunens tekniske afdeling. Jeg ved godt, det ikke er ulovligt at være tarvelig, men det er ubehageligt.

Vh Knud""")

M("", """Kære Borgerrådgiver

Jeg vil klage over at Borgerservice ikke tager telefonen. Jeg har ringet 6 gange på 43 57 75 75 i denne uge og venter hver gang i 20 minutter. Det er ikke i orden.

Mvh
Erling Juhl""")

M("eht", """Til Jobcenter Ishøj

Min far Mehmet Yilmaz, cpr [[0103611235]], kom fra Tyrkiet i 1980 og har arbejdet på et støberi i 35 år. Han har KOL og kan ikke mere. Han har søgt førtidspension, men jobcentret vil have ham i et ressourceforløb. Han forstår ikke brevene på dansk. Vi beder om tolk til næste møde.

Med venlig hilsen
Ayşe Yilmaz (datter)""")

M("u", """hej. er i FOA og har været det i 30 år. vil bare høre om kommunen har en aftale med FOA om den nye seniorordning, for min leder siger der ikke er. tak""")

M("s", """Til Borgerrådgiveren

Jeg er en kvinde og gift med en kvinde, Anna. Vi har en søn i kommunens dagpleje. Dagplejeren har flere gange kaldt Anna "den anden" og sagt, at drengen "mangler en far". Vi vil gerne skifte dagplejer, men pladsanvisningen siger der ikke er ledige pladser.

Med venlig hilsen
Julie Ravn""")

M("", """Hej Borgerrådgiver

Kan du sende mig kommunens politik mod chikane og diskrimination på arbejdspladsen? Jeg sidder i arbejdsmiljøudvalget i en forening og vil gerne lade os inspirere.

Vh
Solveig""")

M("te", """til borgerrådgiveren

jeg er somalier og har boet i DK i 12 år. jeg søger job som chauffør og jobcentret sender mig til samtaler, men når jeg kommer og de ser mig så er jobbet "lige blevet besat". sidste gang sagde manden "vi har haft dårlige erfaringer med jer". er det ikke ulovligt??

Abdi""")

M("bu", """Kære Borgerrådgiver

Jeg er præst i frikirken i Vallensbæk og arbejder deltid som pædagog i en kommunal børnehave i Ishøj. Jeg er også medlem af BUPL. En forælder har klaget over at jeg "prædiker for børnene", hvilket ikke er rigtigt. Min leder har kaldt mig til samtale. BUPL er med. Jeg vil gerne vide, hvad der står i klagen.

Med venlig hilsen
Samuel Okafor""")

M("h", """Til Center for Voksne og Velfærd

Min kollega Dorthe på Egelund blev slået af en beboer i sidste uge og har brækket næsen. Hun er sygemeldt. Vi vil gerne vide hvad kommunen gør for at forebygge det, for det er tredje gang i år.

Med venlig hilsen
Kollegerne på Egelund""")

M("", """Kære Borgerrådgiver

Hvordan fungerer det med anonyme henvendelser? Hvis jeg skriver anonymt, gemmer I så min mailadresse? Jeg er ikke sikker på, om jeg vil skrive, før jeg ved det.

Hilsen""")

M("peh", """Til borgerrådgiveren

Jeg har været på sygedagpenge i et halvt år, og banken har krævet, at vi sælger vores andelslejlighed. Vi har fået et bud, men andelsforeningen har ikke godkendt køberen endnu, og jeg har hørt, at en af jeres medarbejdere i Borgerservice har sagt til køberen, at "der er noget med lejligheden". Det kan jo ødelægge handlen.

Med venlig hilsen
Nanna Lykke""")

M("h", """Borgerrådgiver, Ishøj Kommune

Jeg er ansat i Teknik og Miljø og har diabetes type 1. Jeg har spurgt om jeg kan have et lille køleskab ved mit skrivebord til insulinen, men facility siger nej. Jeg har ikke lyst til at fortælle hele afdelingen om min sygdom.

Venlig hilsen
Jakob""")

M("t", """Kære Center for Børn og Forebyggelse

Jeg er pædagog med indisk baggrund. En forælder i min børnehave har bedt om, at jeg ikke skifter ble på hendes datter, fordi jeg "ikke er dansk". Min leder har accepteret det. Jeg føler mig krænket og vil gerne have at centret tager stilling.

Med venlig hilsen
Priya Nair""")

M("", """Til Borgerrådgiveren

Jeg vil bare sige tak for hjælpen sidste år. Det gjorde en stor forskel at blive hørt. Jeg har anbefalet dig til flere i min forening.

Hilsen
Inge-Lise""")

M("us", """Kære Borgerrådgiver

Jeg er TR for lærerne på Strandgårdskolen (DLF). En kollega, Sebastian, har fået at vide af en forælder, at hans "homoseksuelle livsstil" ikke hører hjemme i en 3. klasse, efter han nævnte sin mand i en time om familier. Skolelederen har svaret forælderen vagt. Vi vil gerne vide, hvad kommunens linje er.

Med venlig hilsen
Hanne Bjerre""")

M("e", """Kære Center for Beskæftigelse og Erhverv

Jeg har fået et brev om at jeg skal betale 34.000 kr. i kontanthjælp tilbage, fordi jeg havde et studiejob i sommer. Jeg troede, at jeg havde oplyst det. Jeg kan ikke betale det på én gang.

Mvh
Laura Holst
[[220201-4876]]""")

M("", """Kære Center for Beskæftigelse og Erhverv

Jeg er journalist på Vestegnens Lokalavis og skriver om arbejdsskader i den kommunale ældrepleje. Kan I oplyse antallet af anmeldte arbejdsskader i 2024 og 2025, fordelt på områder? Ingen personoplysninger, kun tal.

Med venlig hilsen
Peter Mølgaard""")

M("b", """Til borgerrådgiveren

Jeg er vegetar og dyreretsaktivist, og jeg nægter at være med til at tilberede kød i køkkenet på det plejecenter hvor jeg er ansat. Min leder siger, at jeg så må finde et andet job. Jeg er klar over at det er et særligt ønske, men det er en overbevisning for mig, ikke en smag.

Med venlig hilsen
Malthe Riis""")
