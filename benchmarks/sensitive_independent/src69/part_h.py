"""corpus69, part h: forwarded mails, reply chains, English, CPR numbers in many forms."""
from common import M

M("he", """Fra: Hanne Bruun
Sendt: 14. oktober 2025 09:12
Til: Hovedpostkassen
Emne: VS: Min fars plejebolig

Jeg videresender min mail til byrådsmedlemmet, som bad mig skrive til jer.

-----Oprindelig meddelelse-----
Fra: Hanne Bruun
Til: Kim Lund
Emne: Min fars plejebolig

Kære Kim, min far Holger Bruun ([[190335\u00a02017]]) har vaskulær demens og har stået på venteliste til plejebolig i 7 måneder. Han bor alene med hjemmepleje fire gange dagligt. Kan du hjælpe med at få et svar?

Hanne""")

M("", """Den 3. nov. 2025 kl. 10.14 skrev Ishøj Kommune <ikke-svar@ishoj.dk>:
> Tak for din henvendelse om Ældrerådets valg. Vi svarer inden for 10 hverdage.

Hej igen, jeg har stadig ikke fået svar på hvornår stemmesedlerne sendes ud til valget til Ældrerådet. Det er en generel forespørgsel fra os i Pensionistforeningen.

Mvh Arne Dahl""")

M("ps", """Dear Councillor,

My husband Robert and I (we are two men, married for 18 years) own a terraced house at Ishøj Søvej. We have accepted an offer from a young family, but the sale is conditional on the municipality confirming the boundary with the green area behind the house. Our estate agent says this can take weeks. Could you help us get an answer before the buyers' deadline on 1 December?

Kind regards,
Paul Hendricks""")

M("he", """Hej

Jeg har nu ringet fire gange om min mors hjemmehjælp. Hun hedder Edith Poulsen, cpr [[2708290196]], og hun får ikke hjælp til at komme op om morgenen, selvom det er bevilget. Hun har slidgigt og kan ikke komme ud af sengen selv.

Mvh
Søren Poulsen""")

M("eu", """Til Ydelsesservice

Se venligst nedenfor.

> Fra: Jørgen Riis
> Emne: Efterløn og ældrecheck
> Jeg har været på efterløn siden 2022 og er nu gået på folkepension. Jeg har været medlem af Dansk Metal og dets a-kasse i 45 år. Får jeg ældrecheck i år?

Det er min far der har skrevet ovenstående. Han har bedt mig sende det videre. Hans cpr er [[231057–1289]].

Venlig hilsen
Mads Riis""")

M("eh", """Kære borgerrådgiver

Min mor, Else Margrethe Andersen ([[080432-1976]]), og min far, Aage Andersen ([[150530 2311]]), bor begge på Plejecentret Strandhaven, men på hver sin etage. Far har demens og mor har hjertesvigt. De har været gift i 68 år og vil gerne bo sammen. Vi har søgt om en dobbeltbolig, men har ikke fået svar i 5 måneder.

Med venlig hilsen
Bjarne Andersen""")

M("", """VS: Menu madservice uge 47

-----Oprindelig meddelelse-----
Fra: Madservice Ishøj
Emne: Menu madservice uge 47

Mandag: Hakkebøf med bløde løg. Tirsdag: Kylling i karry. Onsdag: Fiskefrikadeller med remoulade. Torsdag: Boller i selleri. Fredag: Stegt flæsk.

Hej, kan I ikke også sende menuen på hjemmesiden? Den er svær at finde. Jeg er ikke selv kunde, jeg hjælper pensionistforeningen med nyhedsbrevet.

Mvh Bodil""")

M("hes", """Hej Anne,

Jeg skriver igen om min mand, Knud-Erik Larsen, født [[110238-2215]]. Han har haft to blodpropper og er nu i aflastning på Kærbo. Jeg vil gerne have ham hjem igen, men så skal vi have en hospitalsseng og en lift. Vi er to ældre mænd og kan ikke klare det uden hjælp.

Mvh
Holger Nielsen""")

M("pt", """Hi,

My mother is Filipino and has lived in Ishøj since 1984. She passed away in September. We want to sell her apartment in Strandparken, and a buyer has made an offer, but the housing association asks for a statement from the municipality about the windows. What should we do?

Thanks,
Maria Santos-Jensen""")

M("bh", """Kære Helle

Min farmor ligger for døden på hospice. Hun har været medlem af Pinsekirken i Ishøj i 60 år og har bedt om at menigheden må synge for hende. Hospice siger at det skal godkendes. Kan kommunen hjælpe?

Mvh
Simon""")

M("e", """Til borgmesterens PA

Sender som aftalt min mors oplysninger, så hendes sag om plejebolig kan findes:
Navn: Jenny Kristiansen
Cpr.nr.: [[010436-2088]]
Adresse: Vejleåvej 11, 1. th.

Hun har stået på venteliste i et halvt år.

Med venlig hilsen
Flemming Kristiansen""")

M("u", """Dear Sir or Madam,

I am a retired Danish union member (HK, 37 years) living abroad in Spain. I am writing to ask whether I can still use the Ishøj senior centre's activities when I visit my daughter each summer.

Regards,
Jens Brix""")

M("", """Den 28. sep. 2025 skrev Lene Holm:
> Hvad er besøgstiderne på Ishøj Plejecenter i weekenden?

Hej Lene, der er ingen faste besøgstider, men vi beder om ro mellem 13 og 15.
Mvh Ishøj Plejecenter

Tak! Så kommer hele familien på søndag med kage.
Lene""")

M("ep", """Hej Kim

Kan du hjælpe mig? Jeg er i gang med at sælge mit hus fordi jeg ikke kan betale lånene efter min skilsmisse. Køberen har budt 1,6 mio. Jeg skal også have en ældrebolig, og jeg har søgt. Mit cpr er [[2210491362]].

Hilsen
Jytte Andersen""")

M("tb", """Hej,

Vi er en familie fra Afghanistan. Min far er 82 og han er meget syg — nej undskyld, han er ikke syg, han er bare gammel og træt. Han beder i moskeen på Industrivej hver fredag, men nu kan han ikke gå derhen. Findes der en kørselsordning til ældre, som man kan bruge til moskeen?

Mvh
Farid""")

M("u", """Til udvalgsformanden for Beskæftigelse

Vi er tre pensionerede tillidsrepræsentanter fra FOA, HK og 3F, som gerne vil holde et oplæg om seniorer på arbejdsmarkedet for udvalget. Vi har selv været medlemmer og aktive i mere end 30 år hver.

Med venlig hilsen
Lise, Hanne og Bent""")

M("he", """Hej

jeg er ved at blive sindssyg. mor fik afslag på plejebolig igen, selvom hun har kræft i knoglerne og ikke kan gå. hendes cpr [[050733-1448]]. hvem kan jeg klage til??

Helle""")

M("", """Fw: Ældrerådsvalg 2025 – kandidatliste

Hej. Jeg vedhæfter kandidatlisten til Ældrerådsvalget som blev sendt til os. Kan I lægge den på hjemmesiden? Listen er offentlig. Valget sker ved brevstemme 1.-15. november.

Mvh Ældrerådets sekretær""")

M("be", """Kære Center for Voksne og Velfærd

Min far, [[1303401121]], bor på Torslundehuset og er Jehovas Vidne. Han vil gerne deltage i rigssalens møder via video. Kan personalet hjælpe ham med tablet'en hver søndag?

Mvh
Lars Jeppesen""")

M("hue", """Hej

Jeg er sygeplejerske og medlem af DSR. Jeg skriver, fordi jeg har fået kræft og skal i strålebehandling. Min arbejdsgiver vil have en § 56-aftale, men jeg ved ikke hvor jeg søger. Mit cpr-nr er [[1904721088]].

Mvh
Trine Mølgaard""")

M("pe", """Til Center for Byudvikling og Natur

Mine forældre har begge fået plejehjemsplads, og vi har sat deres parcelhus på Tranegilde Strandvej til salg. Den første køber sprang fra, fordi der ikke var ibrugtagningstilladelse på udestuen. Nu har vi en ny køber. Kan I udstede tilladelsen hurtigt?

Mvh
Kasper Nygaard""")

M("e", """Hej

Min far, Ib Sørensen ([[170427-0312]]), er død, og jeg skal afslutte hans sag med hjemmeplejen. Han havde en nøgleboks og et nødkald fra kommunen, som skal afleveres. Hvor skal jeg aflevere dem?

Mvh Ulla""")

M("st", """Kære borgmester,

Jeg er en ældre kvinde fra Thailand og min kone Birgit er dansk. Vi er gift og bor i Ishøj. Jeg vil gerne lære dansk bedre, så jeg kan tale med lægen selv. Er der danskundervisning for pensionister?

Med venlig hilsen
Somchai""")

M("eh", """Til visitationen

Vedr. ægteparret Poul og Inger Holm, [[220931-1045]] og [[040334-0956]]. Inger har Alzheimers og Poul har hjertesvigt, og de har begge brug for plejebolig. De vil gerne flyttes sammen. Deres datter (undertegnede) har fremtidsfuldmagt.

Med venlig hilsen
Tina Holm""")

M("", """Hej

Jeg vil gerne vide, hvad reglerne er for parkering ved Ishøj Plejecenter for pårørende. Der står 2 timer, men mange besøg varer længere. Kan man få en p-tilladelse? Mit p-nr. er 1003214512 fra arbejdspladsen, hvis det gør en forskel.

Mvh
Brian""")

M("ub", """Hej Bente

Jeg er pensioneret lærer, livslangt medlem af DLF og aktiv i Alternativet. Jeg vil gerne komme med et forslag om at plejecentrene får en grøn have. Kan vi mødes?

Mvh
Jonas""")

M("he", """> Den 2. dec. skrev Hjemmeplejen Syd:
> Vi har desværre måttet ændre tidspunktet for dit bad til onsdag.

Det går ikke. Jeg har psoriasis over hele kroppen og skal have badet og smurt mig to gange om ugen, ellers sprækker huden. Mit cpr er [[120242–2214]], hvis I skal slå mig op.

Inga Lassen""")

M("pb", """Hej Jan,

Vi er et ældre par, begge troende muslimer, og vi vil sælge vores hus på Ishøj Landsby for at flytte tættere på moskeen i Brøndby. Vi har fået et bud, men køberen vil have at vi fjerner bederummet i kælderen, som er bygget uden tilladelse. Kan det lovliggøres?

Mvh
Mohammed og Aisha""")

M("", """Hej Ishøj Kommune

Jeg er pensionsrådgiver i en bank og får mange spørgsmål om ældrecheck. Er satsen i 2026 den samme som i 2025? Kundenr. og sagsnumre er ikke relevante, det er et generelt spørgsmål.

Mvh
Lars, Danske Bank""")

M("t", """Hej Sanne,

Jeg er halvt grønlandsk og halvt dansk, og min mor er fra Sisimiut. Hun er nu 80 og vil flytte til Ishøj for at bo tæt på mig. Hvordan kommer hun på venteliste til en bolig? Hun er rask og klarer sig selv.

Mvh
Naja""")

M("hse", """Kære borgerrådgiver

Min mand Flemming ([[3009451533]]) har Parkinson, og jeg (Per, [[1807441227]]) har lige haft en knæoperation. Vi har begge fået hjemmepleje, men de kommer på forskellige tidspunkter, så vi skal åbne døren fire gange om morgenen. Kan det ikke samles?

Mvh
Per""")

M("p", """Hej Kim

Jeg sælger min mors hus i Torslunde nu hvor hun er død. Vi har en køber, og handlen skal gå igennem i december. Men mægleren siger at der er en servitut om vejadgang, som kommunen skal bekræfte. Kan du hjælpe med at det går hurtigt?

Hilsen
Mikkel""")

M("", """Hej

Hvad er åbningstiden for Sundhedshuset i juleugen? Vi er et firma, der skal levere nye stole til venteværelset, og vil gerne vide hvornår der er åbent for varelevering.

Tak
Sara""")

M("sb", """Hi Anne,

My wife Joanna and I are both women and both Quakers. We moved to Ishøj last year. We would like to know if there is a quiet room at the town hall that the Quaker meeting could rent on Sunday mornings for our silent worship.

Warm wishes,
Ruth Palmer""")

M("eh", """Hej,

Min morfar Arne Hansen [[250725-0417]] har fået en ny kørestol fra kommunen, men den passer ikke. Han har haft et ben amputeret pga. diabetes. Hvem skal vi kontakte?

Mvh
Amalie""")

M("tbe", """Kære Jens

Min mor er fra Sri Lanka og er tamil. Hun er hindu og går i templet i Brøndby hver søndag. Nu kan hun ikke gå så langt. Hun har søgt om kørsel til templet, men har fået afslag. Kan det være rigtigt?

Mvh
Priya Rajan""")
