"""Part E: moving in with a partner, moving out, household changes, address changes
at Borgerservice, leases in two names."""
from common import M

M("s", """
Hej Borgerservice

Min kæreste Nikolaj flytter ind hos mig (Frederik) på Ishøj Strand 8, 3. th. pr. 1. juni. Skal han selv melde flytning, eller kan jeg gøre det for ham? Han bor i dag i Aarhus.

Mvh
Frederik Holst
""")

M("", """
Hej

Min kæreste flytter ind hos mig næste måned. Skal vi give besked til kommunen om det, eller er det nok at hun melder flytning på borger.dk?

Mvh
Morten
""")

M("se", """
Til Ydelsescentret

Jeg skal flytte sammen med min kæreste, Ida, i en lejlighed i Vejleåparken. Jeg (Josefine) får i dag boligstøtte alene. Bliver min boligstøtte stoppet, når vi er to, og skal Idas løn regnes med?

Venlig hilsen
Josefine Larsen
""")

M("s", """
Til Borgerservice

Jeg vil gerne melde flytning for min mand og mig. Vi er to mænd, gift i 2021, og flytter fra Brøndby til Gadekærvej 3, 2635 Ishøj, den 1. juli.

Kristoffer Wulff, [[120688-1987]]
Ahmad Rezai, [[050491-2239]]

Med venlig hilsen
Kristoffer
""")

M("", """
Hej

Hvad koster det at få et nyt sundhedskort når man flytter til Ishøj? Og kan vi beholde vores læge i Hvidovre?

Tak
Maria og Peter
""")

M("e", """
Hej

Jeg flytter fra min kæreste, fordi han har været voldelig. Jeg bor på krisecenter nu med min datter. Kan kommunen hjælpe mig med at få en lejlighed hurtigt? Jeg er på barsel og har ingen opsparing.

Med venlig hilsen
Nathalie
""")

M("s", """
Hey,

Me and my boyfriend Lukas are moving into a flat at Ishøj Strand together next month. I'm Jonas, we've lived in Berlin for three years. Do we need to register with the municipality within five days, and can it be done online in English?

Thanks,
Jonas
""")

M("", """
Til Borgerservice

Hvor mange dage har man til at melde flytning, og hvad sker der hvis man melder for sent? Jeg skal flytte sammen med min kæreste og vil gerne gøre det rigtigt.

Hilsen
Simone
""")

M("hse", """
Kære Voksne og Velfærd

Min kone Heidi og jeg, Gitte, flytter sammen i hendes rækkehus. Jeg har en rygmarvsskade og sidder i kørestol. Vi søger om at få flyttet mine hjælpemidler (loftlift og badestol) fra min gamle bolig og om en boligændring med rampe til hoveddøren.

Med venlig hilsen
Gitte Hvidt
""")

M("e", """
Til Ydelsescentret

Jeg har fået et brev om at jeg har fået for meget udbetalt i kontanthjælp, fordi min samlever har haft indtægt. Men vi flyttede fra hinanden i februar, ikke i maj som I skriver. Jeg har en kopi af hans nye lejekontrakt.

Mvh
Louise Berg
""")

M("s", """
Hej

Jeg er ny i Ishøj. Min mand Johan og jeg, Mikkel, er lige flyttet ind i Vejleåparken. Vi vil gerne høre om der er et tilbud om velkomstmøde for nye beboere i kommunen, og hvor man kan få et affaldsskema.

Mvh
Mikkel Svendsen
""")

M("e", """
Hej

Jeg flytter hjem til min mor igen efter at være smidt ud af min lejlighed for manglende husleje. Hun bor i Ishøj, jeg har boet i Greve. Skal jeg søge kontanthjælp i Ishøj nu? Personnr. [[2203993156]].

Mvh
Emir
""")

M("", """
Til Borgerservice

Vores søn på 18 flytter hjemmefra til et kollegieværelse i Lyngby. Hvordan flytter vi hans lægevalg, og skal han selv gøre det nu han er myndig?

Mvh
Rikke og Jens
""")

M("st", """
Kære Ishøj Kommune

Jeg hedder Farah og er lesbisk. Jeg er flyttet ind hos min kæreste Sara i Ishøj, og jeg er bange for, at min familie finder min nye adresse. Min familie er fra Irak og de har truet mig. Kan jeg få adressebeskyttelse?

Med venlig hilsen
Farah
""")

M("e", """
Hej

Min eksmand og jeg er blevet skilt, og jeg bliver boende i lejligheden i Ishøj Strand. Boligselskabet vil have en erklæring fra Familieretshuset om hvem der har ret til lejligheden. Kan I hjælpe?

Mvh
Charlotte
""")

M("su", """
Til Borgerservice

Jeg melder flytning for mig selv og min mand. Vi er to mænd, og vi har boet i Ishøj før. Vi er begge medlemmer af FOA og arbejder på Ishøj Plejecenter, derfor flytter vi tilbage. Hvor lang tid tager det før adressen opdateres i Sundhedsdatanettet?

Med venlig hilsen
Rune Østergaard
""")

M("sh", """
Hej

Jeg er flyttet ind hos min kæreste Mathilde, og vi er to kvinder der forventer barn til januar (jeg er gravid i 5. måned). Kan Mathilde registreres som medmor allerede nu, eller skal vi vente til fødslen?

Mvh
Cecilie
""")

M("e", """
Til borgerrådgiveren

Jeg er blevet smidt ud af min mands lejlighed, efter vi skal skilles. Jeg sover hos en veninde. Kommunen siger at jeg ikke er hjemløs fordi jeg har et sted at sove. Men det er kun en sofa. Kan I hjælpe?

Med venlig hilsen
Ayla
""")

M("", """
Til Center for Borger, Økonomi og IT

Når to personer flytter sammen og begge ejer en bil, hvilken adresse skal stå på parkeringslicensen? Vi spørger generelt for beboerforeningen.

Med venlig hilsen
Beboerforeningen Strandgården
""")

M("se", """
Hej

Vi er to mænd der lige er flyttet sammen på Ishøj Strand 44, 1. tv. Kan I registrere at vi er samlevende, så vores boligstøtte bliver beregnet rigtigt? Jeg får ikke boligstøtte, men min kæreste Rasmus søger om det nu.
Rasmus Kjærgaard [[171296\u20134410]]
Morten Ibsen [[030795 1203]]

Morten
""")

M("", """
Hej

Hvad er reglerne for at have en lejer boende i sit ejerhus? Vi vil leje værelset ud til en studerende, og vi vil gerne vide om vi skal registrere det hos kommunen.

Mvh
Anne og Kim
""")

M("te", """
Til Borgerservice

Jeg er fra Ukraine og bor nu sammen med min kæreste i Ishøj. Jeg har midlertidig opholdstilladelse efter særloven. Jeg fik bolig af kommunen i Vejleåparken, men nu flytter jeg til min kæreste. Skal jeg give boligen tilbage til kommunen?

Med venlig hilsen
Olena
""")

M("s", """
hej

min kone har lige fået job i ishøj og vi skal flytte. jeg hedder Sofie og min kone hedder Amalie. vi vil gerne vide hvilke skoler der er gode i ishøj til vores søn på 7

mvh sofie
""")

M("", """
Hej

Vi skal flytte til Ishøj og har to børn. Hvordan skriver man dem op til daginstitution, og hvor lang er ventetiden?

Mvh
Signe og Mads
""")

M("hse", """
Til Voksne og Velfærd

Min mand, Flemming, og jeg, Poul, har været sammen i 40 år. Flemming har fået Alzheimer og skal på plejehjem. Vi har søgt om en plejebolig hvor vi kan bo sammen, for jeg kan ikke forestille mig at bo uden ham. Vi har hørt at der findes parboliger. Kan vi komme på ventelisten sammen?

Venlig hilsen
Poul Vestergaard
""")

M("e", """
Hej

Jeg er 19 og er flyttet hjemmefra fordi min mor og stedfar har smidt mig ud. Jeg bor hos en ven. Min sagsbehandler i Jobcentret siger jeg skal få en adresse. Kan kommunen hjælpe med en ungebolig?

mvh Sebastian
""")

M("", """
Hej

Kan man flytte sammen med sin kæreste i en almen bolig, hvis kun den ene står på kontrakten? Hvad siger reglerne?

Mvh
Camilla
""")

M("sbt", """
Kære Ishøj Kommune

Min mand Yosef og jeg (Noam) er flyttet til Ishøj. Vi er begge medlemmer af den liberale jødiske menighed Shir Hatzafon og vil gerne vide, om der er andre jødiske familier i kommunen vi kan kontakte. Hvis kommunen ikke må oplyse det, forstår vi det.

Venlig hilsen
Noam Adler
""")

M("", """
Til Borgerservice

Min svigermor flytter ind hos os i en periode, mens hendes hus bliver renoveret. Skal hun melde flytning, hvis det kun er i 4 måneder?

Mvh
Kasper
""")

M("s", """
Til borgerrådgiveren

Jeg har klaget over at kommunens flytteformular kun har felter for "mand" og "kvinde" som ægtefælle. Jeg er en mand gift med en mand, og det føles forkert at skulle vælge. Jeg har ikke fået svar i 6 uger.

Med venlig hilsen
Henrik Lund
""")

M("eh", """
Hej

Jeg er gået fra min mand og er flyttet til min søster i Ishøj med mine to drenge. Jeg er sygemeldt med depression. Kan jeg få hjælp til at finde en bolig, og kan drengene starte på skolen i Ishøj, mens vi venter?

Mvh
Louise Damgaard
""")

M("", """
Hej

Jeg flytter til en ny lejlighed i Vejleåparken. Kan jeg få et nyt affaldsabonnement, eller overtager jeg det fra den gamle lejer?

Mvh Per
""")

M("st", """
Hi,

My husband Tom and I (Richard) are moving from Manchester to Ishøj in the autumn. We are both British citizens. Do we register our marriage with the municipality, or is that done through the state?

Kind regards,
Richard Ellis
""")

M("se", """
Hej

Vores søn Mathias på 16 er lige sprunget ud som homoseksuel og vil flytte hos sin far, som han har det bedre med. Vi er skilt. Skal vi som forældre skrive noget til kommunen om bopælen?

Mvh
Tina
""")

M("", """
Til hovedpostkassen

Hvorfor står der på kommunens hjemmeside at man skal melde flytning "senest 5 dage efter", mens borger.dk siger noget andet? Det er forvirrende.

Mvh
Kristian
""")

M("eu", """
Hej

jeg er lige flyttet sammen med min kæreste og hendes 2 børn og nu siger ydelsescentret at hendes børnebidrag skal regnes med i min boligstøtte. er det rigtigt? jeg er i 3F og de siger at det ikke er deres område

mvh Kenneth
""")

M("st", """
Kære Ishøj Kommune

Jeg hedder Ali og er fra Marokko. Min kæreste Jakob og jeg har boet sammen i et år, og nu skal vi giftes på rådhuset. Hvilke papirer skal jeg have fra Marokko?

Venlig hilsen
Ali Benali
""")

M("", """
Til Borgerservice

Vi er et ældre ægtepar, der flytter fra vores hus til en lejlighed i Ishøj Strand. Hvordan flytter vi vores lægevalg og sundhedskort, og skal vi selv give besked til forsyningsselskaberne?

Venlig hilsen
Erling og Anna Petersen
""")

M("se", """
Hej,

Min kone Maria og jeg, Lene, har boet sammen i Vejleåparken i 8 år. Nu skal vi skilles. Maria flytter ud, og jeg bliver i lejligheden. Skal jeg søge boligstøtte på ny eller bliver den justeret?

Mvh
Lene Nørgaard
""")
