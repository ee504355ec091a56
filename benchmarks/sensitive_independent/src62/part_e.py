"""Part E: mails with CPR numbers, many written for a parent or a neighbour."""
from common import M

M("e", """
Hej. Jeg har ikke fået min kontanthjælp i denne måned. Mit cpr er [[030588-2145]]. Husleje skal betales den 1. Hvad sker der? Mvh Roda
""")

M("", """
hej jeg skal bestille tid til nyt pas
cpr [[2211793318]]
hvornår har I tid i næste uge? mvh Dang
""")

M("h", """
Hej sundhedsplejerske. Min baby Amal [[150914 4127]]... nej undskyld det er min store datters nummer. Baby er ikke født endnu, termin er 3. marts. Jeg har meget kvalme og kan ikke komme til mødet. Hilsen Hibaq
""")

M("he", """
Til Hjælpemiddelcentret

Jeg skriver for min far, Stanisław Zieliński, cpr. [[070362–1084]]. Han har fået amputeret benet under knæet på grund af sukkersyge og har brug for en rampe ved døren. Han bor Ishøj Boulevard 31, st. th. Hans telefon 43 54 19 02.

Venlig hilsen
Tomasz Zieliński (søn)
""")

M("e", """
hej her er mit personnummer [[120395\u00a02236]] jeg har fået brev om jeg skylder 6.700 kr i boligstøtte. jeg kan ikke betale alt. kan jeg betale 300 hver måned
""")

M("t", """
Hej Borgerservice. Jeg er fra Syrien og har fået dansk statsborgerskab. Nu skal jeg have ændret mit navn i CPR-registret så det er skrevet rigtigt. Mit cpr nr [[010185-1939]]. Hvad skal jeg sende? Mohamad (ikke Muhammed)
""")

M("e", """
Hej Skoleafdelingen. Vi søger friplads i SFO til vores søn Adam [[280217-4395]]. Vi er begge ledige. Hvor finder vi ansøgningen? Mvh Samir og Nour
""")

M("het", """
Kære borgerrådgiver

Jeg skriver på vegne af min mor, fordi hun kun taler tyrkisk. Hun hedder Ayşe Demir, cpr-nr [[010448-0876]]. Hun har haft to slagtilfælde og sidder i kørestol. Hun har søgt plejebolig for 5 måneder siden. Visitationen siger at hun skal vente. Min far på [[240939-1552]] er 85 år og kan ikke passe hende mere. Kan I se på det?

Med venlig hilsen
Selin Demir
""")

M("", """
Hej. Mit nye sygesikringskort er ikke kommet. Jeg er flyttet til Ishøj Søndre Parkvej 4. Mit personnr. er [[180608-4713]], jeg er 16. Kan I sende det igen? Hilsen Adnan
""")

M("h", """
hej jeg er gravid uge 30 og skal have barnet i Hvidovre. min læge er i Albertslund men jeg bor i Ishøj nu. skal jeg skifte læge? mit cpr [[311299-2811]] tak Julia
""")

M("se", """
Hej. Min mand Erik og jeg er to mænd og vi har fået plejebarn nummer to, Noah, cpr [[110620 5032]]. Vi har ikke fået plejevederlag for marts. Hvem skal vi skrive til? Venlig hilsen Thomas
""")

M("", """
Goddag, jeg har mistet mit sundhedskort i bussen. cpr [[290292-1404]]. Kan jeg få nyt sendt? Tak. Van Anh
""")

M("he", """
Hej jobcenter

Jeg er sygemeldt med depression siden oktober. Jeg har møde med min sagsbehandler på torsdag men jeg kan ikke klare at komme ind til byen. Kan vi tale på telefon? Mit cpr er [[050756–0919]]. Venlig hilsen Zlatko
""")

M("b", """
Hej, jeg ønsker at melde mig ud af folkekirken fordi jeg er konverteret til islam. Cpr: [[140281-2205]]. Skal jeg også skrive til kirkekontoret? Mvh Christina
""")

M("e", """
til ydelseskontoret
barselsdagpenge ikke kommet. jeg er på barsel siden marts. mit cpr [[0904963412]] barnet cpr [[0204244156]]. ring 60 17 22 84
Sabiha
""")

M("u", """
Hej jeg er 3F og jeg skal bruge en attest om at jeg har boet i Ishøj siden 2015 til min ansøgning om lejlighed i boligselskabet. mit cpr [[170872-3061]] tak Ionut
""")

M("ep", """
Kære Center for Borger, Økonomi og IT

Jeg har fået indefrosset ejendomsskat på mit hus og nu vil jeg sælge det. Der er en køber som har givet bud, men vi har ikke skrevet under. Hvad sker der med det indefrosne beløb? Jeg er pensionist og får folkepension.

cpr [[260152-0713]]
Med venlig hilsen
Knud Jørgensen
""")

M("t", """
hello kommune I am from Ukraine and I have temporary residence. I need to register my son in school. his CPR is [[140211\u00a06027]] and mine is [[230487-2960]]. we live Ishøj Torv 6. thank you Iryna
""")

M("h", """
Hej. Jeg skriver for min nabo Fru Hansen, Birkevej 9, hun er 91 og har ikke telefon. Hun faldt i går og ligger på Hvidovre Hospital. Hendes katten skal fodres. Hun har sagt jeg skal skrive hendes cpr [[021033-0466]] så I ved hvem det er. Kan kommunen hjælpe med katten? Hilsen Zeynep (nabo)
""")

M("e", """
Hej. Jeg har fået brev om at mit sygesikringskort ... nej undskyld det var om huslejetilskud. Jeg vil gerne søge boligstøtte fordi jeg er alene nu. Mit cpr: [[1506911298]]. Hvor finder jeg skema? /Hamza
""")

M("he", """
Hej Center for Voksne og Velfærd. Min søster Kateryna, [[300390 3914]], er kommet hjem efter operation for kræft i tarmen. Hun har stomi og kan ikke gå på indkøb. Kan hun få madordning? Jeg bor i Odense og skriver herfra. Vh Olena
""")

M("", """
Kære borgerservice. Jeg har været hos jer i dag og fik at vide at jeg skulle sende mit personnummer på mail for at få svar om mit pas. Her er det: [[121178–2643]]. Passet er til ferie i juli. Mvh Li Wei
""")

M("ue", """
hej jeg er medlem af FOA og er lige blevet fyret fra plejehjemmet. cpr [[240690-2117]]. jeg vil melde mig ledig. skal jeg komme på jobcenter eller kan jeg gøre det online?
""")

M("e", """
Kære Borgerrådgiver

Jeg søgte om hjælp til depositum til ny lejlighed og fik afslag. Jeg har været hjemløs i 4 måneder. Jeg har en bolig nu men mangler 18.000 kr. Jeg vil klage.

Mit personnummer er [[081184 1775]]
Hilsen
Sebastian
""")

M("sh", """
Hej. Min mand David Nielsen, cpr [[041071-1029]], og jeg (Mikkel) skal have ny læge fordi vores læge går på pension. David har diabetes og skal have læge tæt på. Hvem har plads i Ishøj? Mikkel Nielsen, [[120375-1837]]
""")

M("e", """
Hej. Min datter Lina skal have plads på efterskole og vi søger tilskud fra kommunen fordi vi har lav indkomst. Lina cpr [[0509094838]]. Mvh, Nadia Hassan
""")

M("", """
Hej, jeg flytter fra Ishøj til Vejle 1. juni. Skal jeg melde flytning til jer også? Mit cpr er [[310582-1124]]. Tak Jens
""")

M("bt", """
Kære borgmester, jeg er palæstinenser og muslim og jeg vil gerne begraves på muslimsk gravplads. Er der plads på Ishøj Kirkegård? Jeg er 78 år og vil ordne det nu. Personnr. [[160346–1209]]. Venlig hilsen Abu Khaled
""")

M("he", """
Til jobcentret

Jeg har været til møde med rehabiliteringsteamet og de siger førtidspension. Men jeg har ikke fået brev. Jeg har sclerose og kan ikke arbejde mere. Cpr [[220968\u00a01430]]. 

Vh Jolanta
""")

M("p", """
Hej. Vi skal sælge vores hus på Vejleå Parkallé og køberen vil vide om der er kloaksag fra kommunen. Jeg er sælger, cpr [[101163-1811]]. Kan I tjekke? Mvh Ole
""")

M("", """
Hej, min mor (84) skal bruge hjælp til at logge på MitID. Hun har ikke smartphone. Kan hun komme i borgerservice uden tid? Hendes cpr [[190540-0552]]. Tak, Marianne
""")

M("h", """
hej vores søn Yusuf [[271016-4218]] har epilepsi og skal have medicin i SFO kl 15. kan pædagog give ham det? vi har brev fra lægen. mor Ayan
""")

M("e", """
Goddag. Jeg er far til Mila, [[130815 4981]]. Hendes mor og jeg har delt forældremyndighed men hun vil flytte til Jylland med Mila. Kan kommunen sige noget? Vi har sag i Familieretshuset. Hilsen Daniel
""")

M("", """
Hej, I har skrevet forkert navn på min søns skolebrev. Han hedder Aleksander med ks. Hans cpr er [[060712-4507]]. Mvh Ewelina
""")

M("t", """
hej jeg er fra Filippinerne og har været au pair. nu har jeg fået opholdstilladelse som studerende. skal jeg have nyt cpr kort? mit nr [[150300-4416]] tak Kristine
""")

M("he", """
Til Borgerrådgiveren

Min far Mehmet Yilmaz, cpr [[010150–0537]], bor på plejecenter Kærholm. Han har Alzheimer og får ikke sin medicin til tiden. Vi har klaget til lederen. Ingen svar.

Venlig hilsen
Deniz Yilmaz (datter)
Tlf. 27 44 19 86
""")

M("", """
hej jeg har betalt for meget for hundetegn. faktura 1603852290. kan I betale tilbage? reg 5301 konto 0248591. mvh Lone
""")

M("e", """
Hej jeg skriver fordi min lillebror Emre [[090606-4133]] er anbragt på opholdssted og han ringer og græder. Han vil hjem. Hvem er hans sagsbehandler nu? Jeg er hans storesøster og 24 år. Hilsen Büşra
""")

M("he", """
Hej. Jeg blev opereret i knæet i går og skal bruge krykker i 6 uger. Mit barn går i Ishøj Skole, kan hun få skolebus i den tid? Mit cpr er [[250879 2240]]. Mvh Gabriela
""")

M("b", """
Hej. Jeg vil gerne have min søn Idris [[221113-4650]] fritaget for svømning i ramadanen, han faster for første gang i år og bliver svag om eftermiddagen. Kan læreren give ham andet? Mvh Mariam
""")

M("be", """
Til Ydelseskontoret. Jeg er Jehovas Vidne og forkynder og arbejder kun halvtid. Jeg har søgt om boligstøtte i februar, sagsnr. 25-4471. Har I brug for mere? cpr [[060878\u00a02319]]. Vh Anders Mikkelsen
""")

M("bh", """
hej jeg er katolik og går i kirke hver søndag i Vallensbæk. efter min hofteoperation kan jeg ikke køre bil i 2 måneder. er der frivillige som kører? Teresa
""")

M("", """
Hej kommunen, hvor skal jeg betale for min søns klubkontingent? Der står "OCR-linje +71<000004152290211+88125437<" på girokortet. Er det det rigtige? Tak, Eszter
""")
