"""corpus28 part A: the main mailbox, first week — opening hours, waste, passports,
with CPR numbers given "so you can find me"."""
from common import M

M("", """Hej

Hvornår har Borgerservice åbent i julen? Jeg skal have fornyet mit pas inden vi rejser til Gran Canaria den 2. januar.

Mvh Bente Lykkegaard""")

M("", """hej er der lukket på genbrugspladsen på mandag?? skal af med en gammel sofa""")

M("", """Til hovedpostkassen

Vores restaffaldsspand på Strandager 41 er ikke blevet tømt siden den 14. Skraldebilen kører bare forbi. Det lugter nu ret slemt på trappen. Kan I sende nogen ud?

Venlig hilsen
Jørn Bisgaard""")

M("", """Jeg har bestilt tid til nyt pas, bookingnummer 1903241187, men kan ikke komme alligevel. Hvordan aflyser jeg? Der står ikke noget link i bekræftelsen.

/Lise""")

M("h", """Hej Ishøj Kommune,
jeg vil gerne vide om man skal have parkeringslicens for at holde ved Ishøj Strand om sommeren, eller om det kun gælder ved havnen. Min svigerfar har et handicapskilt hvis det gør en forskel, men det er mest for at vide det generelt.

Tak
Henrik""")

M("", """Goddag. Hvad koster det at få tømt haveaffald ekstra? Vi har en stor hæk der skal klippes i næste måned. Adressen er Vejlebrovej 212. Kundenummer hos affald står som 2207651043 på regningen.
Med venlig hilsen Kirsten og Ole Dam""")

M("", """Hej. Der holder en campingvogn på fællesparkeringen ved Gadekæret 8 som ikke har flyttet sig i 5 uger. Må man det?""")

M("", """Til Ishøj Kommune

Naboerne i opgangen over os (3. sal) spiller høj musik hver nat i weekenden, ofte til kl. 4. Vi har talt med dem to gange uden resultat. Kan kommunen gøre noget, eller er det boligselskabet?

Venlig hilsen
Camilla Thorsen, Vildtbanen 17, 2. th.""")

M("", """Hvornår er næste åbent hus på Ishøj Rådhus? Min skoleklasse vil gerne se byrådssalen. Vi er 24 elever fra 8.b på Vibeholmskolen.
Mvh Mette Kjær, lærer""")

M("", """Hej, jeg har fået et brev om at mit sundhedskort er spærret?? Jeg har ikke gjort noget. Kan I se hvad der er galt, mit cpr er [[120489-1635]]. Mvh Nicolai Frost""")

M("", """Kære hovedpostkasse

Jeg skriver på vegne af min mor, Inga Mortensen, som ikke selv kan bruge mail. Hun skal have ny adresse registreret fra 1. marts (hun flytter fra Torsbo til sin søster i Ishøj Landsby). Hendes personnummer er [[030741 1922]]. Jeg har fuldmagt og kan sende den med Digital Post hvis I vil have den.

Med venlig hilsen
Peter Mortensen
tlf. 22 71 48 09""")

M("", """Hvorfor bliver der ikke ryddet sne på stien langs Store Vejleå? Jeg cykler der hver morgen kl 6 og det er livsfarligt. Kom nu.""")

M("h", """Hej

Jeg vil gerne søge om at få min papirspand hentet ved døren i stedet for ved vejen. Jeg har fået en ny hofte i november og går med rollator, så jeg kan ikke trække spanden de 40 meter ud til vejen om vinteren.

Venlig hilsen
Aase Knudsen
Lillevangsvej 9""")

M("", """Er der nogen der ved om man må brænde haveaffald af på egen grund i Ishøj? Min nabo siger ja, jeg tror nej""")

M("e", """Til Borgerservice

Jeg har fået et brev fra jer om at jeg skylder 4.312 kr. i for meget udbetalt boligstøtte fra sidste år. Jeg kan ikke betale det på én gang, jeg er på kontanthjælp og har 2 børn. Kan jeg lave en afdragsordning på fx 200 kr. om måneden?

Mvh
Sanne Holm
[[170393-1144]]""")

M("", """Hvad er åbningstiderne på Ishøj Bibliotek i uge 7? Vi vil gerne komme med børnene i vinterferien.""")

M("p", """Hej

Vi er ved at sælge vores rækkehus på Gildbrohøj, og køberens advokat spørger efter en ejendomsskatteoversigt og oplysning om der er restancer på rottebekæmpelse og renovation. Handlen er betinget af at det er på plads inden 15. april. Hvem hos jer kan hjælpe?

Venlig hilsen
Martin og Rikke Aagaard""")

M("", """Jeg har solgt mit hus på Strandvangen for over et år siden og handlen er for længst afsluttet, men jeg får stadig opkrævning for ejendomsskat på det. Kan I rette det så den nye ejer får den? Opkrævningsnummer 88201-3341.

Hilsen Preben Vinter""")

M("", """Hej. Jeg er selv sygeplejerske og undrer mig over at der ikke er flere vaccinationssteder i Ishøj i år. Hvor kan man få influenzavaccine uden at køre til Glostrup?""")

M("h", """Hej

Jeg skal have fornyet mit kørekort men min læge siger at jeg skal have en lægeerklæring pga. min sukkersyge (type 1). Skal den sendes til jer eller til politiet? Jeg har ikke prøvet det før.

Mvh Rasmus Eg""")

M("", """Kan man hente gratis kompost på genbrugsstationen? og i så fald hvor meget må man tage""")

M("", """Til hovedpostkassen

I sidste uge blev der sat nye skilte op om 2-timers parkering ved Ishøj Bycenter, men skiltene ved indkørslen fra Ishøj Stationsvej siger stadig 3 timer. Jeg fik en p-afgift (nr. 310124-0077) selvom jeg holdt mig til skiltet. Hvem skal jeg klage til – jer eller Q-Park?

Venlig hilsen
Søren Bach""")

M("b", """Hej

Min søn Yusuf går i 2.a på Strandgårdskolen. Vi fejrer Eid al-Fitr torsdag og fredag i næste uge, og han bliver derfor hjemme de to dage. Klasselæreren svarer ikke på Aula, så jeg skriver her for at være sikker på at fraværet bliver registreret som lovligt.

Med venlig hilsen
Amira Haddad""")

M("", """Hvornår kommer det nye skema for storskrald for 2027? Det ligger ikke på hjemmesiden endnu""")

M("", """hej i har sat en byggeplads op på mit vej og nu kan jeg ikke komme ud af indkørslen om morgenen ved 7 tiden. hvem har ansvaret. Jens, Tranegilde Strandvej""")

M("e", """Hej Borgerservice

Jeg har fået en restanceopkrævning fra Ishøj Kommune på 2.870 kr. for daginstitutionsbetaling (vedhæftet). Jeg blev fyret i oktober og har ikke haft nogen indtægt i november, så jeg kom bagud. Kan jeg søge om økonomisk friplads med tilbagevirkende kraft?

Mvh Dennis Kristoffersen""")

M("", """Jeg vil høre om der er planer om en hundeskov i Ishøj Nord. Vi er mange hundeejere i Vejleåparken der savner et sted at lade hundene løbe.""")

M("", """Kære Ishøj Kommune. Jeg skal bruge en navneattest til min datter som skal giftes i Polen til sommer. Hvor bestiller jeg det og hvor lang tid tager det? Venlig hilsen Grazyna Nowak""")

M("t", """Hej

Vi er en polsk familie der flyttede til Ishøj i august. Mine to drenge taler endnu ikke så meget dansk. Jeg har hørt at der er modtageklasser – hvordan kommer de ind i sådan en, og hvem skal vi tale med?

Med venlig hilsen
Tomasz Wiśniewski""")

M("", """Hej, hvornår er der fyrværkeri-forbud i Ishøj nytårsaften? Vi bor tæt på stråtækte huse i landsbyen.""")

M("", """Til Center for Byudvikling og Natur

Vejbelysningen på Pilemølle Allé mellem nr. 20 og 38 har været slukket i tre uger. Det er meget mørkt for skolebørnene om morgenen.

Venlig hilsen
Grundejerforeningen Pilemøllen, v. formand Lars Aagaard""")

M("u", """Hej

Jeg er tillidsrepræsentant for 3F på en byggeplads på Ishøj Strandvej, og vi vil gerne vide hvornår kommunens byggepladstilladelse til støjende arbejde om lørdagen udløber. Medarbejderne har fået at vide at de skal arbejde hver lørdag frem til påske.

Mvh
Kim Rasmussen""")

M("", """Hej. Hvilke fagforeninger og a-kasser deltager i jobmessen i Ishøj Kulturhus den 12. marts? Jeg vil gerne vide hvem jeg kan snakke med om at skifte branche.""")

M("hse", """Kære borgerrådgiver

Min mand Jonas og jeg (Morten) har været i kontakt med Center for Voksne og Velfærd om et hjælpemiddel til Jonas efter hans blodprop i hjernen i september. Vi har nu ventet 11 uger på svar på vores ansøgning om en kørestol med el-assistance, og ingen ringer tilbage. Vi vil gerne klage over sagsbehandlingstiden.

Med venlig hilsen
Morten Vestergaard
Ishøj Søvej 44""")

M("", """Hvornår åbner skøjtebanen på Ishøj Torv i år?""")

M("", """Til hovedpostkassen

Jeg har modtaget en e-boks-besked om en afgørelse, men linket virker ikke. Sagsnummer 27.12.04-G01-1823-24. Kan I sende den igen med Digital Post?

Venlig hilsen
Winnie Carlsen""")

M("he", """Hej

Jeg er nødt til at opsige min plads i kolonihaveforeningen og min parkeringstilladelse ved haverne, da jeg er blevet sygemeldt med en depression og ikke kan overskue haven længere. Jeg er på sygedagpenge og har ikke råd til lejen heller.

Venligst
Bjarne Holst""")

M("", """hej hvor kan jeg aflevere batterier og gamle elpærer, det er ikke med i den grønne spand vel""")

M("", """Kære Ishøj Kommune

Vi har fået besked om at vores vej bliver gravet op til fjernvarme i april. Får vi besked om hvornår vi ikke kan køre ind til huset? Vi har en nyfødt og skal kunne komme til og fra med barnevogn.

Venlig hilsen
Anne og Jakob Storm""")

M("h", """hej jeg er gravid i 7 måned og vil bare høre om jeg kan få en p-dispensation til at holde tættere på jordemoderkonsultationen i Sundhedshuset, der er altid fyldt op. Maja""")

M("", """Til Ishøj Kommune

Mit firma, VVS-Service ApS, CVR 38124459, har ikke fået betaling for faktura nr. 1402241456 fra september. Hvem kan jeg kontakte i økonomiafdelingen?

Mvh
Claus Brix""")

M("", """Der er lavet graffiti på tunnelen under Ishøj Parkvej ved skolen. Det er grimme ord. Kan I fjerne det inden børnene ser det?""")

M("", """Hej

Jeg skal til Thailand om 3 uger og har opdaget at mit pas er udløbet. Kan jeg få et nødpas hos jer eller skal jeg til politiet? Mit fødselsdag er 4. maj 1986 hvis det betyder noget for ventetiden.

Venlig hilsen
Jonas Brandt""")

M("e", """Kære Borgerservice

Jeg hedder Katrine og er 19 år. Jeg er lige flyttet hjemmefra og bor på et værelse på Vejleåvej. Min mor siger jeg kan søge boligstøtte og SU på samme tid. Jeg har ansøgt om boligstøtte i sidste uge men har ikke fået svar. Mit cpr nr er [[0908075624]]. Hvornår hører jeg noget?

Mvh Katrine Juul""")
