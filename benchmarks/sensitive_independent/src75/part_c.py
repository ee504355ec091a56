"""corpus75 part C: flextrafik, handicapkørsel, buses and road works."""
from common import M

M("he", """
Til Center for Voksne og Velfærd

Klage over afslag på handicapkørsel

Jeg har fået afslag på handicapkørsel med den begrundelse, at jeg kan bruge almindelig bus. Jeg har svær leddegigt i begge knæ og hofter og kan højst gå 100 meter med rollator. Nærmeste stoppested er 450 meter væk. Jeg beder om, at sagen bliver set på igen, og vedlægger udtalelse fra reumatologisk ambulatorium.

Med venlig hilsen
Jytte Kähler
""")

M("", """
Hej

Hvad koster en flextur fra Ishøj Landsby til Glostrup Station, og hvor lang tid før skal man bestille? Kan man tage cyklen med? Jeg kan ikke finde det på hjemmesiden.

mvh Ib
""")

M("", """
Til Teknik- og Miljøudvalget

Fra 1. marts kører linje 128 kun hvert 20. minut efter kl. 19 i stedet for hvert 10. Det betyder at vi, der arbejder i Rødovre, venter 19 minutter ved Ishøj Station om aftenen. Kan udvalget bede Movia om at se på køreplanen igen? Movias kundecenter (70 15 27 00) henviser til kommunen.

Venlig hilsen
Karen Vestergaard
""")

M("", """
Hej

Hvor længe varer vejarbejdet på Ishøj Strandvej ved Gildbrovej? Der har været lukket i den ene side i seks uger, og der bliver arbejdet til kl. 22 nogle aftener. Står det på jeres hjemmeside et sted?

Venlig hilsen
Finn fra nr. 61
""")

M("p", """
Til Center for Byudvikling og Natur

Vores hus på Vejleå Parkallé er sat til salg, og vi har fået et bud, men køberne vil have et afslag på 150.000 kr. på grund af det store fjernvarmearbejde, der er gravet op lige foran indkørslen. Mægleren siger, at de trækker buddet, hvis vi ikke kan dokumentere at det er færdigt inden 1. maj. Kan I skriftligt bekræfte slutdatoen?

Med venlig hilsen
Lisbeth og Carsten Møller
""")

M("he", """
Hej

Jeg går til dialyse på Herlev Hospital tre gange om ugen, og kommunen har indtil nu betalt kørslen. Nu har jeg fået brev om, at kørslen stopper, fordi jeg "kan bruge offentlig transport". Efter dialysen kan jeg knap stå på benene. Hvad kan jeg gøre?

Leif Sommer
""")

M("h", """
Til Teknik og Miljø

Jeg sidder i kørestol og har taget 300S fra Ishøj Station i tre år. Rampen på busserne har været i stykker tre gange den sidste måned, og chaufføren kører bare. I går stod jeg 45 minutter i regnen. Kommunen må kunne stille krav til Movia.

Mvh
Hans-Jørgen Buch
""")

M("h", """
Til borgmesteren

Jeg er blind og går med stok. Ved det nye stoppested på Ishøj Boulevard har I lagt fliser uden ledelinjer, og cykelstien går lige hen over. Jeg er to gange næsten blevet kørt ned. Jeg håber, at nogen vil komme ud og se på det.

Med venlig hilsen
Gunnar Dam
""")

M("u", """
Kære udvalgsformand

Jeg kører flextrafik for et vognmandsfirma med kontrakt med Movia og er organiseret i 3F Transport. Vi får ikke betaling for ventetid, når borgerne ikke er klar ved døren, og det sker hver dag i Ishøj. Kommunen er med i bestyrelsen for Movia. Vil du tage det op?

Med venlig hilsen
Kemal Demir
""")

M("u", """
Til Teknik- og Miljøudvalget

Jeg er tillidsrepræsentant for chaufførerne på garagen i Ishøj. Den nye køreplan lægger pauserne så sent, at kollegerne kører fem timer uden pause på linje 128. Vi har talt med ledelsen. Nu beder vi også jer som bestiller om at se på det.

På vegne af kollegerne
Jannik Holt, TR
""")

M("t", """
Til Borgerrådgiveren

Min mor, som er fra Ghana, blev i tirsdags hentet af flextrafik til sin fysioterapi. Chaufføren sagde til hende, at "I sorte altid kommer for sent" og nægtede at hjælpe hende med tasken. Hun har boet i Ishøj i 40 år og er helt knust. Vi har bilens nummer. Hvordan klager vi?

Med venlig hilsen
Abena Mensah-Larsen
""")

M("b", """
Til skolekørslen

Vi er sikher, og vores søn Harjot (9) bærer patka. Børnene i skolebussen til Gildbroskolen trækker i den hver dag, og chaufføren siger, at det ikke er hans problem. Hvem har ansvaret for, at der er ro i bussen, kommunen eller busselskabet?

Venlig hilsen
Gurpreet Singh
""")

M("b", """
Kære Teknik- og Miljøudvalg

Som medlem af Enhedslisten og fast buspassager vil jeg gerne protestere mod nedlæggelsen af linje 129 i weekenden. Det rammer de ældre og de unge, der ikke har bil. Vi samler underskrifter i vores lokalafdeling og kommer med dem til næste udvalgsmøde.

Med solidarisk hilsen
Rasmus Krag
""")

M("she", """
Til Center for Voksne og Velfærd

Min mand Erik har haft en blodprop i hjernen og kan ikke længere gå uden støtte. Han har fået bevilget handicapkørsel, men han har kun 104 ture om året, og han skal til genoptræning to gange om ugen ud over alt det andet. Kan han få flere ture? Jeg kan ikke selv køre ham, da jeg ikke har kørekort.

Med venlig hilsen
Bjarne Thomsen
""")

M("", """
Ansøgning om midlertidig parkeringstilladelse under vejarbejde

Adresse: Ishøj Bygade 12
Bil: AB 12 345
Periode: 3. marts – 30. april
Navn: Lotte Friis, cpr [[051167-2248]]

Jeg kan ikke parkere i min egen indkørsel, mens fortovet bliver lagt om.

Med venlig hilsen
Lotte Friis
""")

M("", """
Til Ishøj Kommune, Vej og Park

Vi er et anlægsfirma, der leverer til Ishøj Havn. Omkørslen ved Ishøj Strandvej er skiltet så lastbiler ender i en blind vej. Vores ordre nr. 1504261188 til havnen er forsinket med to dage. Kan I kontakte entreprenøren? Vores CVR er 35471209.

Med venlig hilsen
Nordisk Anlæg ApS
""")

M("", """
Hej

Jeg skriver speciale på RUC om busbetjeningen i Vestegnen. Har Ishøj Kommune tal for antal påstigere pr. stoppested på linje 128, 300S og 500S for 2024 og 2025? Jeg har allerede Movias offentlige tal, men vil gerne have jeres egne tællinger.

Venlig hilsen
Emilie Bruun
""")

M("", """
Til Center for Voksne og Velfærd

Vi er Ishøj Pensionistforening. Mange af vores medlemmer spørger, hvem der kan blive visiteret til handicapkørsel, og hvad forskellen er på den og flextur. Vil I komme og holde et lille oplæg ved vores medlemsmøde i april? Vi er ca. 60.

Venlig hilsen
Bestyrelsen
""")

M("e", """
hej. jeg er på kontanthjælp og har fået indkaldelse til møde i jobcentret i Glostrup på tirsdag kl 8.30. jeg har ikke penge til rejsekortet, der er 12 kr på. kan jeg få dækket bussen? jeg vil ikke få sanktion fordi jeg ikke kom.
Mads Bech
""")

M("te", """
Hej Jobcenter

Mit navn er Farid. Vi kom fra Afghanistan for to år siden som flygtninge. Jeg har møde i jobcentret torsdag med tolk. Busserne kører ikke fra Ishøj Strand så tidligt. Kan jeg få kørsel betalt eller kan mødet være kl. 10? Min dansk er ikke så god, undskyld.

Tak
Farid Rahimi
""")

M("h", """
Til Teknik og Miljø

Jeg er højgravid (uge 36) og bruger bussen til Hvidovre Hospital til kontrol. To gange har chaufføren kørt fra stoppestedet, før jeg nåede at sætte mig, og jeg faldt næsten. Jeg ved det er Movia, men I må sige det videre. Det er farligt.

Mvh
Cecilie Holm
""")

M("he", """
Kære Børne- og Skoleudvalgsformand

Vores søn Johan har Downs syndrom og går på specialskolen i Albertslund. Vi har fået afslag på kørsel, fordi han "kan lære at tage bussen". Han er 11 år og kan ikke læse skilte. Vi har klaget, men der er gået to måneder. Kan du hjælpe med at få svar?

Venlig hilsen
Tine og Anders Kolding
""")

M("he", """
Til Center for Voksne og Velfærd

Min mor har Alzheimers og kommer i dagcentret på Bøgeskovgården tre dage om ugen. I torsdags satte flexbilen hende af ved en forkert opgang, og hun gik rundt i en time, før en nabo fandt hende. Jeg vil gerne vide, hvordan det kunne ske, og hvad I gør for at det ikke sker igen.

Venlig hilsen
Helle Brandt
""")

M("", """
Hej

Hvilke busser stopper ved det nye stoppested ved Ishøj Station, Vejlebrovej? Jeg skal til Ishøj Gymnasium hver morgen kl. 8 og har hørt at 128 ikke kører den vej mere.

Tak
Oliver (2.g)
""")

M("", """
Hej

Jeg har læst, at der kan komme strejke hos buschaufførerne fra 1. april. Er det 3F der strejker, og kører skolebusserne i Ishøj alligevel? Vi har to børn der bliver kørt til Vejleåskolen, og vi skal vide om vi skal tage fri.

Mvh
Heidi og Lars
""")

M("u", """
Til Teknik og Miljø

Jeg er social- og sundhedshjælper i hjemmeplejen og medlem af FOA. På grund af vejarbejdet på Ishøj Bygade kan vi ikke holde ind ved borgerne. Jeg har fået to p-bøder på en uge, mens jeg var inde og give medicin. Kan vi få en dispensation? Jeg har skrevet til FOA også.

Mvh
Lina Kristensen
""")

M("u", """
hej. jeg arbejder som asfaltarbejder på jeres projekt ved Vejleå og jeg er 3F'er. der er ingen afspærring mod trafikken om aftenen og folk kører 70 forbi os. vi har sagt det til formanden men intet sker. I er bygherre så i må gøre noget.
Kim
""")

M("p", """
Til Teknik- og Miljøudvalgets formand

Vi er i gang med at købe et hus på Vejleå Strandvej og har givet et bud, som sælger har accepteret med forbehold for vores advokats gennemgang. Vi har hørt rygter om, at der skal anlægges en ny busvej bag grunden. Har kommunen planer om det? Vi skal give svar til mægleren på fredag.

Venlig hilsen
Sidsel og Jakob Heller
""")

M("p", """
Hej Michael

Vi har underskrevet en betinget købsaftale på en lejlighed i Ishøj Bycenter. Betingelsen er, at vi får klarhed over den nye busterminal, som skal ligge under vores vinduer. Vores advokat har skrevet til kommunen uden svar. Kan du som byrådsmedlem skubbe lidt på? Fristen er den 15. maj.

Hilsen
Nanna Riis
""")

M("", """
Til Vej og Park

Bilerne kører alt for hurtigt på Baldersbækvej ved børnehaven. Vi vil gerne have en trafiktælling og bump. Vi har målt med en app til over 70 km/t. Mange forældre går med barnevogn der.

Beboerne i Baldersbæk Øst
""")

M("s", """
Hej

Jeg blev råbt efter af en gruppe drenge ved busstoppestedet ved Strandgårdsparken i går aftes, fordi jeg holdt min kæreste Sara i hånden. De smed en flaske efter os. Stoppestedet er helt mørkt, lampen har været i stykker i en måned. Kan I få den lavet og måske sætte et kamera op?

Vh Katrine
""")

M("t", """
Hej Flextrafik / Ishøj Kommune

Min mor taler kun tigrinya og kan ikke bestille flextur i telefonen, for de taler kun dansk. Hun skal til lægen hver anden uge. Kan jeg bestille for hende fra min telefon, selvom jeg ikke kører med?

Tak
Senait
""")

M("he", """
Ansøgning om handicapkørsel

Navn: Bent Rosendahl
Cpr.nr. [[0906411535]]
Adresse: Tranegilde Strandvej 20

Jeg har KOL og hjertesvigt og kan ikke gå til bussen. Jeg bruger ilt. Min læge kan sende dokumentation.

Med venlig hilsen
Bent Rosendahl
""")

M("he", """
Til Borgerrådgiveren

Jeg vil klage over sagsbehandlingen. Se nedenfor.

Den 12. okt. 2026 skrev Ishøj Kommune, Center for Voksne og Velfærd:
> Vi har behandlet din ansøgning om befordringsgodtgørelse til kemobehandling
> på Herlev Hospital. Du opfylder ikke betingelserne, da afstanden er under 50 km.

Jeg har brystkræft og skal i behandling hver uge i fire måneder. Afstanden er 28 km, men jeg kan ikke køre selv, og jeg er på sygedagpenge. Ingen har spurgt til min situation.

Mette Agerbæk
[[220679-2640]]
""")

M("", """
Hello,

We are visiting Copenhagen in July with our two kids. Which bus goes from Ishøj Station to ARKEN museum and to the beach? Do we need a special ticket or is the Copenhagen card enough?

Best regards,
Sarah Mitchell
""")

M("", """
Til pressefunktionen

Jeg er journalist på Vestegnens Lokalavis. Hvor mange borgere i Ishøj var visiteret til handicapkørsel i 2024 og 2025, og hvor mange fik afslag? Jeg vil også gerne høre, hvor mange klager der er kommet over flextrafik.

Venlig hilsen
Troels Aagaard
""")

M("b", """
Kære flextrafik / kommunen

Jeg er 86 år og vil gerne i kirke hver søndag i Torslunde Kirke, som jeg har gjort hele mit liv. Gudstjenesten begynder kl. 10, men flexturen kan tidligst hente mig kl. 10. Kan det ikke laves om? Det er det eneste sted jeg kommer.

Venlig hilsen
Ester Jacobsen
""")

M("b", """
Til Teknik og Miljø

Vi er en gruppe mænd der går til fredagsbøn i moskeen ved Ishøj Stationsvej hver fredag. Nu er busstoppestedet flyttet 600 meter væk på grund af vejarbejdet, og flere af os er gamle. Kan der komme et midlertidigt stoppested tættere på?

Med venlig hilsen
Abdullah Yusuf
""")

M("e", """
Hej

Jeg er blevet sat ud af min lejlighed i Ishøj Strandpark for huslejerestance, og fogeden kommer på mandag. Jeg har fået et værelse hos en ven i Køge, men min søn går stadig i skole i Ishøj. Kan han få et buskort betalt, indtil vi finder noget? Jeg er helt på bar bund.

Jannie
""")

M("he", """
Hej

Jeg har været på sygedagpenge siden november efter en knæoperation. Nu er busstoppestedet ved Vejleå Station flyttet på grund af vejarbejde, og jeg skal gå 800 meter til genoptræningen med krykker. Kan kommunen gøre noget, eller kan jeg få kørsel?

Mvh Steen Lauritsen
""")

M("", """
Til Vej og Park

Jeg er vicevært ved moskeen på Ishøj Stationsvej. Under vejarbejdet er der ingen parkering til fredagsbønnen, og folk holder på fortovet. Kan I skilte en midlertidig parkering ved idrætsparken fredage kl. 12–14? Det vil give mere ro for naboerne.

Med venlig hilsen
Kasper Ahmadi
vicevært
""")

M("", """
hej

buslæskuret ved Ishøj Landevej er fuld af graffiti igen og glasset er smadret. det er 3. gang i år. hvem skal man ringe til? der står et nummer på skiltet men det virker ikke

Jonna
""")

M("t", """
Bună ziua

Vi er romaer fra Rumænien og bor i Ishøj i et år nu. Mine børn skal til skole i Vejleå og vi ved ikke hvilket buskort de skal have. Hvad koster det for børn? En mand i bussen sagde vi skal betale dobbelt fordi vi ikke er danske, det er ikke rigtigt vel?

Mulțumesc
Florin
""")

M("h", """
Hej

Jeg har angst og får panikanfald i fyldte busser. Jeg er i behandling hos en psykolog, og hun har foreslået at jeg spørger, om jeg kan bruge flextur til arbejde i en periode. Er det noget man kan søge om, eller skal jeg bare betale selv?

Venlig hilsen
Rikke Munch
""")
