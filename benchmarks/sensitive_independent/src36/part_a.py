"""corpus36 part A: health and economic/social circumstances said in everyday paraphrase."""
from common import M

M("h", """Hej Bente
Jeg kan ikke komme ud af sengen om morgenen for tiden, og derfor nåede jeg ikke mødet om legepladsen på Vejledalen. Kan I sende referatet?
Mvh Lisbeth Krogh""")

M("he", """Til Centerchef for Sundhed og Omsorg

Min mor, Inger Dahl, Store Torv 14, 2.th., er blevet meget glemsom det sidste år. Hun kan ikke længere finde hjem fra Bycentret, og der kommer nu en dame og hjælper hende i bad tre gange om ugen. Vi synes ikke det er nok. Hun har glemt komfuret to gange.

Kan nogen komme ud og se på hende igen?

Venlig hilsen
Karsten Dahl, søn""")

M("h", """mine knæ er skiftet begge to i foråret og jeg kan stadig ikke gå over den høje kantsten ved Ishøj Stationsvej. kan I ikke lave en rampe der. Hilsen Erna, 81""")

M("h", """Kære Ole Madsen

Jeg har været på Glostrup i tre uger i september, og da jeg kom hjem, havde nogen sat en bøde i min postkasse for at min hæk ikke var klippet. Det synes jeg er lidt hårdt. Jeg var jo ikke hjemme.

Med venlig hilsen
Pia Vestergaard
Gildbrovej 22""")

M("h", """Hej, jeg tager piller for nerverne og må ikke køre bil i øjeblikket, så jeg kan ikke komme til borgermødet i Ishøj Landsby. Kan man følge med online? /Tom""")

M("h", """Kære borgerrådgiver
Min søn Mikkel er ikke helt som andre børn. Han kan ikke holde ud at være i et rum med mange mennesker, og han slår sig selv, når det bliver for meget. Skolen har bare placeret ham i en klasse med 28 elever og siger han skal vænne sig til det. Jeg vil gerne klage over at ingen har lyttet til os.
Hilsen Dorthe Nymann""")

M("e", """hej
pengene slår ikke til. jeg har 400 kr til resten af måneden og to unger. hvem kan jeg ringe til?? har prøvet jobcentret men der er kø hele tiden
Jannie, Vildtbanegårdsvej""")

M("e", """Kære Merete Amdisen

Vi lever af min mands løn, jeg har ingen indtægt selv, og nu vil daginstitutionen have fuld betaling for vores to piger. Kan det passe at man ikke kan få hjælp, når den ene kun tjener 19.000 før skat?

Med venlig hilsen
Samira Holt
Ishøj Strandvej 61""")

M("e", """Jeg skal møde op derhenne hver uge for at få mine penge, og nu har de flyttet tiden til kl. 8 om morgenen, hvor jeg skal aflevere min datter. Hvorfor kan man ikke bare ringe ind? Jeg har gjort hvad de sagde i to år.
Mvh Brian Lauridsen""")

M("e", """Til boligafdelingen / kommunen
Vi har fået lov at betale af på restancen med 800 kr om måneden, men nu er der kommet et brev om at vi skal ud 1. februar alligevel. Det må være en fejl. Sagsnr. 24-118823.
Venlig hilsen Kenneth og Malene Friis, Tranegilde Strandvej 9""")

M("he", """hej jeg har ikke kunnet arbejde siden ulykken med ryggen og de har stoppet mine penge fra kommunen fordi jeg ikke kom til et møde. jeg kunne ikke komme op af stolen den dag. hvad gør jeg
Mvh Dennis""")

M("e", """Kære byrådsmedlem
Jeg er 62 og blev sagt op fra lageret i Brøndby efter 31 år. Nu sidder jeg derhjemme og skal søge 2 job om ugen, som om nogen vil have en på min alder. Jeg forstår ikke systemet.
Hilsen Poul Erik Sand""")

M("h", """Goddag
Min far, Arne Thomsen, er faldet to gange i sin lejlighed på Torslunde Ager, og efter sidste gang kan han ikke løfte armen. Han har været hos lægen, som siger det er skulderen der er gået. Han bor alene.
Kan I fortælle mig hvad man kan gøre?
Venlig hilsen Susanne Thomsen""")

M("he", """Hej Ishøj Kommune
Jeg får hjælp til rengøring hver anden uge, fordi jeg ikke kan stå op i lang tid efter min operation i maven. Men den nye hjælper kommer aldrig til tiden. I dag kom hun slet ikke.
Venlig hilsen
Ruth Clausen
cpr [[120341-2276]]""")

M("e", """Vores søn på 19 er flyttet hjem igen fordi han ikke havde råd til værelset i København mere, og han har ingen arbejde. Kan han få hjælp fra Ishøj når han bor hos os? Han står på vores adresse nu.
Mvh Helle Strand, Ørnekærs Vænge 4""")

M("h", """Kære Ole

Tak for snakken ved Arken. Som jeg fortalte, har jeg det ikke så godt i hovedet for tiden, og jeg har svært ved at overskue breve. Derfor vil jeg gerne have at min datter Julie må ringe på mine vegne om parkeringssagen.

Kh Bodil Rasmussen""")

M("e", """hey min kæreste og mig er blevet smidt ud af lejligheden og vi sover hos hans fætter på sofaen. kan kommunen hjælpe med et sted at bo?? vi har ingen penge til depositum
- Sabrina 22""")

M("h", """Kære Skole- og Dagtilbudsudvalg
Vores datter Ella (7) skal have medicin kl. 12 hver dag for sin mave, og SFO'en på Vibeholmskolen siger de ikke må give den. Hun har haft det sådan siden hun var lille. Hvad gør vi så?
Venlig hilsen
Maria og Jesper Kold""")

M("h", """jeg er blevet træt i hele kroppen siden jeg havde corona i 2022 og kan kun gå 200 m. kan jeg få lov at parkere tættere på døren ved Ishøj Bibliotek? Mvh Aase""")

M("e", """Til borgmesteren

Jeg har boet i min bil i fire måneder nu. Jeg har arbejde om dagen, men ingen vil leje ud til en med mine betalingsanmærkninger. Om natten holder jeg ved Strandparken. Jeg skriver, fordi nogen har sagt at parkeringsvagten vil give bøder for overnatning.

Hilsen en borger - Michael (vil helst ikke skrive efternavn)""")

M("he", """Hej,
min bror Lars bor i en af jeres boliger på Gadekærvej og der kommer personale hos ham hver dag, fordi han hører stemmer og ikke kan klare sig selv. Nu siger de at de skærer ned til 3 gange om ugen. Det går ikke. Han spiste ingenting sidste gang han var alene en weekend.
Mvh Henrik Bech""")

M("e", """Jeg er ked af at skrive men vi kan ikke betale for juniorklubben mere, min mand er gået fra os og jeg sidder med det hele alene. Kan Freja blive ved med at komme alligevel?
Hilsen Tina, mor til Freja 4.b""")

M("h", """Kære Merete
Min kone fik en blodprop i hjernen i august. Hun kan ikke tale ordentligt mere, men hun forstår alt. Vi ønsker at klage over at hun blev udskrevet uden at nogen fra kommunen havde snakket med os. Jeg har kørt hende frem og tilbage til genoptræning selv.
Med venlig hilsen
Erik Vinther
Bredekærs Vænge 31""")

M("e", """Hej
Jeg har fået en regning fra jer på 14.600 kr for noget jeg har fået for meget i hjælp sidste år. Jeg har ikke pengene. Jeg får selv kun det der er tilbage efter husleje. Kan det deles op?
Mvh Nadia Karimi
[[030598 4412]]""")

M("h", """Jeg er gravid i 6. måned og kan ikke gå op ad trapperne på Ishøj Rådhus, elevatoren har været i stykker i tre uger. Hvornår laves den?
Venlig hilsen Camilla Juhl""")

M("h", """hej Ole. min datter har ikke spist ordentligt i et halvt år og vejer 38 kg. hun er 15. vi har ventet på at komme til i psykiatrien siden maj. kan du gøre noget? Hilsen Lone""")

M("he", """Kære Socialudvalg

Jeg er 44 år, og efter min hjerneblødning kan jeg ikke arbejde mere. Lægen siger det er varigt. Jeg har søgt om at komme på pension for et år siden og har endnu ikke hørt noget. I mellemtiden lever jeg af min opsparing, som er ved at være brugt.

Med venlig hilsen
Jens Ole Bisgaard
Ishøj Boulevard 18, 1.
[[170980-1187]]""")

M("e", """Vi har fået et brev fra familieafdelingen om at nogen har meldt os fordi vores drenge er alene hjemme om aftenen. Det passer ikke. Vi vil gerne vide hvem der har skrevet det.
Ahmed og Lina Saleh, Vejleåvej 88""")

M("h", """Jeg har det skidt med maven efter mine behandlinger på Herlev og skal på toilet hele tiden, så jeg vil gerne vide om der kommer offentlige toiletter på stranden i år. /Kurt Hansen""")

M("e", """Hej jeg har fået lov at bo i min mors lejlighed efter skilsmissen, men nu siger boligselskabet at jeg skal have mit eget navn på kontrakten. Min ex-mand har stadig halvdelen af gælden på vores gamle hus.
Hilsen
Mette Sørensen""")

M("h", """Kære Ishøj Kommune
Min mand kan ikke tåle lyden fra vejarbejdet på Ishøj Søvej, han er blevet så dårlig med sine ører efter han var i militæret, det hyler hele tiden. Kan I flytte arbejdet til dagtimerne?
Hilsen Grethe Poulsen""")

M("he", """hej. min far er kommet på et sted hvor de passer på ham døgnet rundt, Ishøjgård, fordi han ikke kan huske noget. men han har ikke fået sit tøj vasket i to uger. hvem har ansvaret?
Katrine Vang""")

M("e", """Jeg har ikke haft fast arbejde siden 2019 og får lidt hjælp fra jer hver måned. Nu vil jeg gerne starte en lille frisørsalon hjemmefra. Må jeg det, og mister jeg så pengene?
Yasmin""")

M("h", """Hej Pia
Jeg har været syg i tre uger og derfor har vores forening ikke fået søgt tilskud inden fristen. Kan vi få en uges udsættelse?
Med venlig hilsen
Torben Kjær, formand for Ishøj Petanqueklub""")

M("h", """Min søn på 9 har fået at vide at han ikke kan lære at læse som de andre, det hedder noget med ord-blind. Skolen vil ikke give ham en computer. Hvem bestemmer det?
Mvh Jane Larsen""")

M("he", """Kære Centerchef
Jeg vil gerne klage over at min mor ikke får sin mad længere. Hun har fået maden bragt ud fra kommunen i to år, fordi hun ikke kan stå ved komfuret efter sine fald. Nu står der i et brev at hun skal hente den selv i dagcentret. Hun kommer ikke ud af døren uden hjælp.
Venlig hilsen
Anne-Mette Holm
Pilemølle 7""")

M("e", """Goddag. Jeg har fået udbetalt for lidt i folkepension i november. Jeg bor alene efter min kone døde, og der mangler 2.300 kr. Vil I undersøge det. cpr [[050649–1108]]. Venlig hilsen Henning Mørk""")

M("h", """Kære borgerrådgiver
Sidste år mistede jeg et barn i 20. uge. Jeg har bagefter været hos en psykolog, og nu hører jeg at kommunen kan give tilskud. Ingen har sagt noget til mig. Er det rigtigt?
Mvh Rikke""")

M("e", """mor og far er ved at gå fra hinanden og jeg er 16 og vil bo hos min far men min mor siger nej. hvem kan jeg snakke med? jeg går på Ishøj Skole. /Oliver""")

M("h", """Hej
Jeg drikker for meget og vil gerne stoppe. Jeg har en datter på 3 og tør ikke gå til lægen, fordi jeg er bange for at I tager hende. Kan jeg få hjælp uden at det bliver til en sag?
Anonym mor fra Ishøj""")

M("he", """Kære Ole Madsen
Mit barnebarn Noah på 11 har fået en kørestol fra kommunen, men den kan ikke komme ind i bussen til Strandskolen. Han har muskelsvind. Vi har klaget i to måneder.
Hilsen Birte Olsen""")

M("e", """Til Jobcenter Ishøj
Jeg har nu været i jeres praktik i Netto i 13 uger uden løn. Jeg blev lovet at det ville føre til et job. Nu siger butikken at de ikke har plads. Jeg vil gerne vide hvad der så sker med mig.
Venlig hilsen
Ali Demir
[[220791-3351]]""")

M("h", """Hej! Jeg fik nyt hjerte-apparat for en måned siden og må ikke gå gennem de nye tyverialarmer i biblioteket. Kan man komme ind en anden vej? Gitte""")

M("e", """Kære Merete
Efter min mand kom i fængsel har jeg stået med huslejen alene. Jeg har betalt, men nu kan jeg ikke mere. Må jeg bede om en snak?
Hilsen
Lene""")

M("he", """Hej jeg har fået at vide at jeg ikke må arbejde mere end 15 timer om ugen pga min sclerose og jobcentret vil have mig i fleksjob. Men ingen arbejdsgiver i Ishøj har en ledig stilling. hvad nu? mvh Rasmus Lind [[011185 2219]]""")

M("hb", """Goddag,
Min svigerfar sidder i kørestol efter sit benamputation, og der er ingen handicapparkering ved Ishøj Kirke. Vi kører ham derhen hver søndag. Kan der males en bås?
Med venlig hilsen
Claus Eriksen""")

M("e", """Vi er fire i en toværelses på Vejlebrovej. Vores ældste sover i køkkenet. Vi har stået på venteliste i 6 år. Jeg har arbejde som rengøring, min kone er hjemme. Vi har ikke råd til mere end vi betaler nu.
Mohammed Yusuf""")

M("h", """hejsa, har lige fået at vide at jeg skal opereres for noget i brystet og skal være væk et stykke tid. hvem overtager som kontaktforælder i 2.a? Sofie""")

M("e", """Hej borgerrådgiver
Jeg fik min datter tilbage efter 2 år hos en plejefamilie. Nu vil sagsbehandleren stadig komme hver uge. Er det lovligt? Vi har gjort alt hvad de bad om.
Mvh Jeanette Bak""")

M("h", """Kære Pia Andersen
Jeg har en søn på 24 som har det svært med sig selv, han har prøvet at tage sit liv to gange. Han er ikke kendt af kommunen. Hvem kan jeg kontakte, der ikke er lægevagten?
Mvh Hanne""")

M("e", """Hej - jeg har to inkassosager og en sag i Skifteretten efter min far. Kan kommunen hjælpe med rådgivning om gæld? Jeg har ikke råd til advokat.
Venlig hilsen Martin Holmgaard, Skovvej 3""")

M("he", """Kære Socialudvalg
Vores datter Clara er født med et hul i hjertet og skal have ilt om natten. Vi har søgt om at få dækket de ekstra udgifter til strøm og transport til Rigshospitalet, men har fået afslag. Jeg arbejder kun halv tid for at passe hende.
Venlig hilsen
Julie og Mads Krog
Clara: [[140322-4316]]""")
