"""Part F: Borgerservice — pas, folkeregister, flytning, ægteskab, navneændring, sundhedskort, MitID."""
from common import M

M("s", """
Hej Borgerservice

Min mand Jakob og jeg skal giftes på rådhuset i august. Vi vil begge gerne tage mit efternavn, Skovbo. Skal vi søge om navneændring hver for sig, eller sker det ved prøvelsen af ægteskabet? Mit cpr er [[170689-1673]] og Jakobs er [[020791-2285]].

Mvh
Anders Skovbo
""")

M("", """
Hej

Hvor lang tid tager det at få et nyt pas lige nu? Vi skal ud at rejse om 5 uger.

Mvh Lotte
""")

M("t", """
Kære Borgerservice

Jeg er født i Vietnam og adopteret til Danmark som 2-årig. Nu har jeg fået en e-Boks-besked om at mit fødested i folkeregisteret skal "opdateres", og jeg er i tvivl om hvilke papirer I skal bruge. Jeg har kun adoptionspapirerne fra 1991.

Venlig hilsen
Linh Sørensen
[[120589 2316]]
""")

M("", """
Til Borgerservice

Jeg har fået et nyt sundhedskort, men der står min gamle adresse på. Skal jeg bestille et nyt, eller er det ligegyldigt?

Mvh Ulla
""")

M("e", """
Hej

Jeg har været hjemløs i et halvt år og har fået en c/o-adresse hos en ven på Ishøj Strandvej. Kan jeg bruge den i folkeregisteret, så jeg kan få min post og søge kontanthjælp? Min ven har sagt ok.

Mvh
René Hvidberg
[[1912820131]]
""")

M("", """
Hej Borgerservice

Hvad skal man medbringe for at få lavet MitID, hvis man ikke har pas? Min far på 90 har kun et gammelt kørekort.

Mvh
Helle
""")

M("t", """
Kære Borgerservice

Jeg er tyrkisk statsborger og har permanent opholdstilladelse. Mit opholdskort udløber i næste måned. Skal jeg forny det hos jer eller hos SIRI? Jeg er kurdisk, og mit navn er stavet forkert på det gamle kort – kan det rettes samtidig?

Med venlig hilsen
Berivan Aydin
""")

M("", """
Til Borgerservice

Kan I bekræfte at mit pasnummer 210787345 er registreret korrekt? Jeg fik en mail fra rejsebureauet om at det ikke passer.

Hilsen Maria
""")

M("ep", """
Hej

Vi skal flytte fra vores hus på Torslunde Bygade, men køberen har stadig ikke fået sin bankgodkendelse, så vi ved ikke om overtagelsen bliver 1. eller 15. Kan man melde flytning med en foreløbig dato og rette den senere? Vi skal også søge boligstøtte til vores nye lejlighed.

Mvh
Jacob og Sille Brix
""")

M("", """
Hej

Er Borgerservice åben den 5. juni? Jeg skal hente et kørekort.

Vh
""")

M("bs", """
Kære Borgerservice

Min forlovede Sarah og jeg (vi er to kvinder) vil gerne giftes i Ishøj Kirke, men præsten har sagt at han ikke vil vie os. Kan vi i stedet blive viet borgerligt på rådhuset og få en velsignelse bagefter? Vi er begge medlemmer af folkekirken og troende, så det betyder meget for os.

Med venlig hilsen
Emma Thorup
""")

M("", """
Hej

Jeg skal bestille pas til min søn på 4 og begge forældre skal give samtykke. Hvordan gør vi det når far bor i Jylland?

Tak
Marianne
""")

M("ht", """
Hej

Jeg er fra Bosnien og har dansk indfødsret. Jeg skal have nyt pas, men kan ikke stå i kø pga. min sklerose. Kan man bestille en tid hvor man kan sidde ned, eller komme bagom køen?

Mvh
Amra Hodžić
""")

M("", """
Kære Borgerservice

Jeg vil gerne klage over at der er 45 minutters ventetid i Borgerservice om mandagen. Det må kunne gøres bedre. Jeg har ikke selv noget problem, jeg synes bare det er for dårligt.

Mvh
Niels Ole
""")

M("e", """
Hej,

Jeg er skilt og flyttet ud, men min ekskone vil ikke acceptere at vores datter skal have bopæl hos mig halvdelen af tiden. Hun har meldt datteren flyttet til sin nye adresse uden at spørge. Kan Borgerservice ændre det tilbage? Vi har fælles forældremyndighed og en sag i Familieretshuset.

Mvh
Rasmus Dall
""")

M("", """
Til Borgerservice

Jeg har en faktura fra Ishøj Kommune med fakturanr. 1408551273. Den er for en hjemmeside-annonce som vores butik ikke har bestilt. Er det jer der skal have den?

Mvh
Kiosk Strandcentret
""")

M("et", """
Hej

Jeg er polsk og har arbejdet i Danmark i 5 år som rengøringsassistent. Jeg mistede mit job i januar og har fået at vide at mit EU-opholdsbevis kan blive taget fra mig, hvis jeg ikke finder arbejde. Er det rigtigt? Jeg har en 10-årig datter i skole her.

Mvh
Agnieszka Wiśniewska
""")

M("", """
Hej

Kan man få sit navneskilt på dørtelefonen ændret via Borgerservice, eller skal man kontakte boligforeningen?

Mvh Jan
""")

M("bt", """
Til Borgerservice

Jeg har konverteret til islam og ønsker at tage navnet Abdullah som mellemnavn. Min familie er danske gennem generationer, men min kone er egyptisk, og vi vil gerne at vores søn bliver navngivet efter islamisk tradition. Hvordan søger vi om navneændring for os begge?

Mvh
Mads Abdullah Jensen
cpr [[060483-1745]]
""")

M("", """
Kære Borgerservice

Hvordan søger man om navneændring, hvis man bare gerne vil have et nyt mellemnavn? Er der et gebyr?

Hilsen
""")

M("h", """
Hej Borgerservice

Jeg har ikke kunnet komme til at få taget billede til pas, fordi jeg har svær agorafobi og ikke kan forlade hjemmet. Findes der en ordning hvor en medarbejder kan komme hjem til mig? Jeg skal bruge pas for at få et ID til banken.

Mvh
Kristina Holst
[[140396-2150]]
""")

M("", """
Hej

Jeg har fået et brev fra Borgerservice med "journalnr. 01.02.05-P20-3-24". Hvad betyder det? Skal jeg bruge det når jeg ringer?

Vh
""")

M("e", """
hej jeg skal have nyt sygesikringskort men har ikke råd til gebyret på 210 kr. jeg er på kontanthjælp og har først penge den 1. kan jeg få det gratis?

Jamie
""")

M("ts", """
Kære Borgerservice

Min mand Kwame og jeg har været gift i Sverige, og nu vil vi gerne have ægteskabet registreret i Danmark. Han er fra Ghana og har fået opholdstilladelse som ægtefælle. Borgerservice sagde til min mand at det ikke var nok med den svenske vielsesattest. Vi er begge mænd, og vi tænker om det har skabt forvirring. Hvad mangler I?

Mvh
Henrik Asp
""")

M("", """
Til Borgerservice

Jeg vil gerne have en udskrift fra folkeregisteret om min adressehistorik. Hvordan bestiller jeg det?

Mvh
""")

M("p", """
Hej

Vi har købt en grund i Ishøj Landsby og har skrevet under på købsaftalen, men der er en betingelse om at kommunen godkender byggeriet, før handlen er endelig. Vi vil gerne vide hvornår vi må melde adresse på grunden, når huset står færdigt. Og kan vi gå i gang med at søge byggetilladelse, før handlen er helt på plads?

Mvh
Lasse og Kamilla Gad
""")

M("", """
Hej

Hvornår kan man stemme til kommunalvalget? Og hvor ligger valgstedet for Ishøj Syd?

Mvh Eigil
""")

M("b", """
Kære Borgerservice

Jeg har meldt mig ud af folkekirken for 2 år siden, men kan stadig se at der bliver trukket kirkeskat. Jeg er ateist og vil ikke betale kirkeskat. Kan I se hvad der er sket?

Cpr. [[180872-3117]]

Venlig hilsen
Karsten Birk
""")

M("", """
Hej

Er det rigtigt at man nu kan bestille pas online og hente det i Borgerservice? Hvordan gør man det?

Tak
""")

M("e", """
Til Borgerservice

Min søn sidder i fængsel i Nyborg og skal have fornyet sit pas før han bliver løsladt i oktober, så han kan få et job hos sin onkel i Norge. Hvordan foregår det når han ikke selv kan komme?

Venlig hilsen
Merete Dyrberg
""")

M("", """
Hej

Jeg skal melde flytning for min afdøde mor. Hvad gør man, når man er i gang med dødsboet?

Mvh
Carsten
""")

M("ht", """
Til Borgerservice

Jeg er døv og taler tegnsprog. Jeg er født i Iran og har brug for at forny min opholdstilladelse. Jeg vil gerne have en tegnsprogstolk med til mødet. Må jeg selv bestille tolken, eller gør I det?

Mvh
Dariush Rahimi
""")

M("", """
Hej Borgerservice

Jeg har et kundenummer hos jer: 1503872291. Kan jeg bruge det til at booke tid, eller skal jeg bruge mit cpr?

Vh Lise
""")

M("he", """
Hej

Jeg skal have nyt kørekort, men min læge har skrevet at jeg skal have ny helbredsattest pga. min epilepsi. Jeg har været anfaldsfri i 2 år. Jeg er på fleksjob og skal bruge bilen for at komme på arbejde. Hvor lang tid tager det?

Mvh
Torsten Vad
""")

M("", """
Kære Borgerservice

Vi er en gruppe fra Ishøj Moské, der gerne vil holde åbent hus for skoleklasser. Hvem i kommunen skal vi kontakte om det?

Mvh
""")

M("t", """
Hej

Jeg er Sri Lankansk tamil og har boet i Danmark siden 1989. Jeg har mistet mit danske pas, og Borgerservice siger at jeg skal bevise mit statsborgerskab. Jeg har indfødsret fra 2001. Hvilke papirer skal jeg finde frem?

Venlig hilsen
Sivakumar Rasalingam
[[250761 0339]]
""")

M("", """
Hej

Kan man stadig få pas med gammelt billede hvis man har fået nyt hår? Spørger for en veninde haha

Mvh
""")

M("e", """
Kære Borgerservice

Jeg har fået en underretning om at jeg skal betale gæld til det offentlige på 34.000 kr. Det er noget med en gammel daginstitutionsregning og parkeringsbøder. Jeg har ingen indkomst lige nu. Kan man aftale en afdragsordning hos jer, eller er det Gældsstyrelsen?

Venlig hilsen
Bjarne Lynge
""")
