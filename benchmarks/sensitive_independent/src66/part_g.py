"""corpus66 part G: young couples and families, first homes and trades, orientation."""
from common import M

M("ps", """
Hej Susanne

Min kæreste Anton og jeg (Frederik) har budt på en lille rækkehuslejlighed i Vejleå
Park. Det er vores første køb. Sælger har sagt ja, og vi venter på bankens
godkendelse. Mægleren nævner at der er en kommunal plan om at lukke stien bag huset.
Er det rigtigt?

Mvh
Frederik
""")

M("", """
Hej

Vi er et ungt par der drømmer om at købe vores første hus en dag, måske i Ishøj.
Hvilke skoler ligger tæt på Vejleå, og hvordan er busforbindelserne til
København? Vi har ikke fundet noget endnu.

Hilsen
Kathrine og Mathias
""")

M("s", """
Kære borgmester

Jeg er 31, homoseksuel og har lige åbnet en bar i Ishøj Bycenter. Jeg vil gerne lave en
regnbueaften hver måned. Jeg har allerede serveringstilladelse, men vil høre om
kommunen vil støtte arrangementet i sin markedsføring.

Mvh
Rune
""")

M("", """
Til Kulturudvalget

Hvornår holder Ishøj Pride-arrangementet i år, og kan lokale virksomheder være
sponsorer? Vi er et lille trykkeri og vil gerne trykke flag og plakater.

Med venlig hilsen
Ishøj Tryk
""")

M("sp", """
Hej Hatice

Min kone Ditte og jeg (Nanna) har sat vores lejlighed til salg for at købe et hus
med plads til vores to børn. Vi har fået et bud, men køberen vil vide om der kommer
letbane-støj. Hvad ved du om støjberegningerne for Ishøj Stationsvej?

Mvh
Nanna Aagaard
""")

M("s", """
Hej

Vi er to mødre, og vores søn skal starte i vuggestue. På indskrivningsblanketten står
der "mor" og "far". Kan I ændre det? Det er lidt trist at skulle strege ud.

Bedste hilsner
Louise og Stine
""")

M("pe", """
Kære borgerrådgiver

Jeg er 27 og har en andelslejlighed, som jeg må sælge, fordi jeg er blevet
arbejdsløs og får dagpenge. Der er en køber, men andelsforeningen siger at køberen
skal godkendes af kommunen, fordi det er en støttet andelsbolig. Er det rigtigt? Det
har taget tre uger.

Vh
Mikkel Aarup
[[151099-2804]]
""")

M("s", """
Til Ishøj Kommune

Jeg er 20 og kom ud som bi for et år siden. Jeg vil gerne starte en LGBT+-ungdomsklub i
Ishøj. Kan vi låne et lokale i ungdomsskolen en aften om ugen?

Hilsen
Ida
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har underskrevet en betinget købsaftale på en kolonihave i Haveforeningen
Vildtbanegård. Betingelsen er at kommunen bekræfter at huset er lovligt opført. Vi
har sendt tegninger. Kan I svare inden udgangen af måneden?

Venlig hilsen
Jonas og Julie Mikkelsen
""")

M("", """
Hej

Jeg er studerende og vil gerne leje et værelse ud i min lejlighed til en anden
studerende. Skal kommunen have besked om det, og skal man lave en skriftlig
lejekontrakt? Jeg spørger bare om reglerne.

Mvh
Asger
""")

M("sh", """
Hej Jens

Min mand Thomas og jeg (Lars) prøver at få et barn gennem surrogati i udlandet.
Thomas er lige blevet opereret for en diskusprolaps og er sygemeldt. Vi har to
spørgsmål: hvordan registrerer man barnet, og kan vi få barselsorlov begge to?

Mvh
Lars Kjeldgaard
""")

M("p", """
Hej

Vi har en lille slagterforretning og har fået tilbudt at købe den bygning vi lejer,
på Ishøj Bygade 22. Ejeren vil sælge, og vi har sagt ja til prisen, men vi skal have
et lån. Banken vil vide om kommunen har nogen planer for området de næste ti år.

Mvh
Slagter Madsen
""")

M("s", """
Til borgmesterens PA

Jeg er formand for en lille queer-forening, og jeg er selv pansexual. Vi vil gerne
invitere borgmesteren til at åbne vores første Ishøj Pride-picnic i august. Kan hun?

Venlig hilsen
Robin Holm
""")

M("", """
Til Center for Byudvikling og Natur

Hvordan søger man om at ændre et erhvervslokale til bolig? Vi er en gruppe
studerende der gerne vil bo i bofællesskab, og vi har set at der er mange tomme
lokaler i Ishøj Bycenter.

Mvh
Sebastian
""")

M("ps", """
Kære borgerrådgiver

Jeg sælger mit hus, og jeg er i forhandling med en køber. Jeg boede der med min mand,
Henrik, indtil han døde sidste år. Køberen vil vide om der er tinglyst en
vejret for kommunen over grunden. Jeg kan ikke finde ud af det. Kan I hjælpe?

Med venlig hilsen
Poul Erik Madsen
""")

M("b", """
Til Kulturudvalget

Vi er en gruppe unge humanister og vil gerne holde en nonfirmation for vores
medlemmer i Ishøj Kulturhus. Jeg er selv formand og er vokset op i en ateistisk
familie. Kan vi booke salen den 27. april?

Venlig hilsen
Asta
""")

M("st", """
Hej Lone

Jeg er en lesbisk kvinde fra Iran og har asyl i Danmark. Jeg har lige fået job i en
lille virksomhed i Ishøj og vil gerne have en lejlighed sammen med min kæreste Leila.
Hvilke boligselskaber er der?

Mvh
Shirin
""")

M("", """
Til Ishøj Kommune

Hvornår kommer der flere ungdomsboliger i Ishøj? Vi er tre venner der gerne vil bo
tæt på hinanden. Vi har set at der er en plan, men den er meget gammel.

Hilsen
Nikoline, Sofie og Amalie
""")

M("sp", """
Hej Mikkel

Jeg og min mand Kristian har budt på en grund i Ishøj Landsby for at bygge et lille
bryggeri med en lejlighed ovenpå. Sælger har sagt ja med forbehold for lokalplanen.
Jeg hedder Anders og har brygget øl i garagen i fem år.

Skål og hilsen
Anders Bøgh
""")

M("eb", """
Til borgerrådgiveren

Jeg er 19 og har lige meldt mig ud af folkekirken, og mine forældre har smidt mig ud.
Jeg har fået et værelse, men jeg har ingen indtægt og har søgt uddannelseshjælp.
Sagsbehandleren sagde at jeg bare skulle flytte hjem igen. Det kan jeg ikke.

Mvh
Tobias
""")

M("", """
Hej

Vil kommunen have regnbueflag på rådhuset i Pride-ugen? Jeg mener ikke at
kommunen skal blande sig i den slags. Jeg betaler skat til veje og skoler.

Mvh
Jørgen
""")

M("sh", """
Til Center for Voksne og Velfærd

Min kone Hanne har Parkinson og jeg passer hende. Jeg hedder Birgit og er 66. Vi har
ikke hjemmehjælp. Vi drev en lille boghandel sammen til sidste år. Jeg vil gerne vide
om der er en pårørendegruppe i Ishøj.

Mvh
Birgit Lauritzen
""")

M("p", """
Til Erhvervsudvalget

Jeg ejer et lille hotel ved Ishøj Strand. Jeg har fået et bud fra en kæde, og vi
forhandler pris. Kæden vil udvide med 20 værelser. Kan kommunen sige om det kan ske,
før vi bliver enige?

Med venlig hilsen
Hotel Havblik v/ Ulla Brink
""")

M("s", """
hej
er en fyr der har en kæreste der også er en fyr og vi er begge 17. kan man få
rådgivning hos kommunen om at fortælle det til sine forældre?? vi ved ikke hvordan
""")

M("", """
Hej

Hvad er forskellen på et ejerlejlighed og en andelsbolig, når man skal betale
ejendomsskat i Ishøj? Jeg underviser i privatøkonomi for unge og vil gerne være
præcis.

Mvh
Kirsten, underviser
""")

M("bp", """
Hej Bent

Jeg er katolik og har budt på en lejlighed i Ishøj Strand tæt på den katolske kirke i
Hundige. Sælger har accepteret, men jeg har opdaget at der er varslet renovering af
altanerne. Er det kommunen der bestemmer om den bliver gennemført?

Med venlig hilsen
Agnieszka Kowalska
""")

M("s", """
Til Center for Børn og Forebyggelse

Vi er to fædre med en datter på 4. I børnehaven har en pædagog sagt til hende at
"alle børn har en mor". Vi har talt med lederen, men vil gerne vide om kommunen har
en politik om regnbuefamilier i dagtilbud.

Mvh
Søren og Ahmad
""")

M("ep", """
hej
vores hus skal på tvangsauktion i marts. vi skylder 320.000 og banken vil ikke
vente. en køber har budt lidt under gælden. kan kommunen hjælpe os med at
forhandle? cpr på mig [[050281-1627]] og min kone [[170683–2214]]
mvh Per
""")

M("s", """
Kære udvalgsformand

Jeg er ejer af et fitnesscenter i Ishøj og gift med en mand. Vi vil gerne lave et
omklædningsrum for ikke-binære og transpersoner. Kræver det en byggetilladelse?

Venlig hilsen
Morten Vang
""")

M("", """
Til Center for Byudvikling og Natur

Vi er et lille byggefirma, og vi har købt en grund på Ishøj Søvej for to år siden.
Handlen er afsluttet. Nu vil vi gerne vide om vi må bygge tre rækkehuse i stedet for to.

Mvh
Vestegnens Byg
""")

M("pt", """
Til borgerrådgiveren

Jeg er fra Kosovo og har budt på en lille grund i Torslunde for at bygge et
hus til min familie. Sælger har sagt ja, men kommunen har ikke svaret på om
grunden kan bebygges. Det har varet 2 måneder. Vi mister grunden.

Mvh
Arben Krasniqi
""")

M("s", """
Hej Hatice

Jeg er trans og homoseksuel. Jeg har lige fået job som elev i en lille revisorvirksomhed
i Ishøj, og min chef vil gerne have en politik mod chikane. Har kommunen en skabelon
som små virksomheder kan bruge?

Hilsen
Jonathan
""")

M("", """
Hej

Jeg er ejendomsmægler og har to kunder der vil sælge deres erhvervsejendomme i
Ishøj Erhvervspark. Jeg vil gerne høre om der er planer om at ændre lokalplanen, så
jeg kan vejlede dem generelt. Jeg nævner ingen navne.

Mvh
Jesper Lund, Home Ishøj
""")

M("sp", """
Hej

Min kone Susanne og jeg (Maria) har fået et lån og underskrevet købsaftale på en
lejlighed i Ishøj Strand. Advokaten siger at der mangler en færdigmelding på
badeværelset fra 2008. Kan I finde den? Handlen afhænger af den.

Mvh
Maria Thomsen
""")

M("b", """
Til Center for Børn og Forebyggelse

Vores datter skal konfirmeres i maj, og vi holder festen i Ishøj Kulturhus. Kan vi
låne ekstra borde og stole fra kommunen? Det er til 80 personer.

Mvh
Jette og Bo
""")

M("s", """
Dear Ishøj Kommune,

My husband Marco and I (I'm Luca) are moving from Italy with our two-year-old son. We
both work in tech and will be self-employed. How do we register our family at the
same address, and does the municipality need our marriage certificate translated?

Thanks,
Luca Bianchi
""")

M("", """
Hej

Kan man låne en kommunal sal til en konfirmationsfest? Vi er en forening der udlejer
telte og borde til fester og får mange spørgsmål om det.

Mvh
Teltudlejning Vest
""")

M("pe", """
Til Ishøj Kommune

Jeg er 23 og har arvet halvdelen af min mormors hus. Min onkel vil sælge, og der er en
køber. Men jeg får kontanthjælp, og jeg har hørt at jeg mister den, hvis jeg får
penge fra salget. Er det rigtigt?

Mvh
Sofie
""")

M("se", """
Hej Bent

Jeg er 45 og har lige fortalt min familie at jeg er lesbisk. Jeg driver en lille
blomsterbutik med min ekskone, altså min eks-mand, undskyld. Vi skal dele forretningen.
Har kommunen en erhvervsrådgiver der kan hjælpe med hvordan vi gør?

Mvh
Birthe
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Tilbyder kommunen kurser i bogføring for nye selvstændige? Jeg er ved at starte
firma og har hørt at der var et kursus sidste år på biblioteket.

Hilsen
Theo
""")

M("p", """
Til Center for Byudvikling og Natur

Vi er et lille gartneri i Tranegilde og har fået et tilbud fra en udvikler på
vores jord. Vi har ikke sagt ja endnu. Kan I fortælle om jorden kan
udstykkes til boliger? Det afgør om vi sælger.

Mvh
Gartneriet Solsikken, Hans og Lene Dalsgaard
""")

M("bs", """
Til Kirkeudvalget

Jeg er sognepræst i et nabosogn og gift med en kvinde, Karin. Vi skal flytte til
Ishøj og vil gerne have en plads i dagpleje til vores søn. Hvordan søger man?

Med venlig hilsen
Signe Birk, sognepræst
""")

M("s", """
Hej

Jeg er 22 og queer. Jeg har startet et lille tatovørfirma og vil gerne have at
kommunen ved, at det er svært for os at få lokaler, fordi udlejerne ikke vil have
"sådan nogen". Kan I hjælpe med at finde noget?

Vh
Kim
""")

M("p", """
Kære Jens

Vores familie har ejet det gamle mejeri i Ishøj Landsby i tre generationer. Vi har
fået et bud fra kommunen selv, men buddet er lavt. Kan du sørge for at
prisforhandlingen foregår åbent?

Mvh
Familien Hald
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår bliver de nye erhvervsgrunde ved Ishøj Havn udbudt? Vi er en lille
bådebygger der gerne vil se materialet, når det kommer.

Mvh
Bådeværftet
""")

M("ts", """
Hej Susanne

Min mand Jamal og jeg (Peter) vil gerne adoptere. Jamal er fra Marokko. Vi har fået at
vide at det er svært for to mænd. Har kommunen en rådgiver?

Mvh
Peter Lund
""")

M("p", """
Hej

Vi har solgt vores frisørsalon og erhvervsejendom på Ishøj Stationsvej, men køberen
har forbehold for at kommunen godkender skiltning. Det har varet 5 uger. Vi flytter
snart og er nervøse.

Vh
Connie og Ole
""")

M("", """
Hej

Har kommunen en pulje til unge iværksættere under 25? Jeg har set at Høje-Taastrup
har en. Jeg er bare nysgerrig og har ikke startet noget selv.

Mvh
William
""")

M("s", """
Til borgmesteren

Jeg er aseksuel og gift med en mand der også er aseksuel. Vi har et lille
rådgivningsfirma. Vi har oplevet at blive spurgt om vores "rigtige" forhold af en
medarbejder i Borgerservice ved en vielse. Det var ubehageligt.

Mvh
Jesper Nørby
""")

M("ph", """
Til borgmesterens PA

Min far er indlagt på Bispebjerg med lungebetændelse, og hans hus i Ishøj er
sat til salg. En køber vil have at kommunen svarer om kloakken inden fredag. Min far
kan ikke selv svare. Jeg har fuldmagt. Kan I ringe til mig?

Med venlig hilsen
Henriette Lauridsen
""")
