"""Part B: ordinary council members' inboxes - care, health, social, neighbours."""
from common import M

M("he", """
Hej Lone

Vi mødtes til vælgermødet i Strandparkhallen. Jeg fortalte om min mor, Ruth Andersen, der bor på Ishøj Plejecenter. Hun har diabetes og har fået to trykssår på hælene i løbet af sommeren, fordi hun ligger for meget. Personalet siger at de ikke har tid til at vende hende hver anden time.

Du sagde jeg skulle skrive, så det gør jeg. Hendes cpr er [[120338-1046]] hvis det hjælper nogen at finde hende.

Mvh
Jytte Andersen
""")

M("", """
Hej Lone

Tak for en god debat i Strandparkhallen i går. Jeg synes du var den eneste der havde konkrete bud på hvordan man rekrutterer flere sosu'er. Held og lykke med valget.

Hilsen Jonna
""")

M("e", """
Kære Kasper Nygaard (byrådsmedlem)

Min nabo i nr. 14, en ældre herre der hedder Viggo, har ikke fået sin hjemmehjælp i tre uger. Han har fortalt mig at han ikke tør ringe og klage fordi han er bange for at "miste" hjælpen. Kan du hjælpe ham? Han har givet mig lov til at skrive.

Mvh
Connie Juul, Højbjerg Vænge
""")

M("", """
Kære Kasper

Vi har i grundejerforeningen diskuteret om kommunen kan sætte en bænk op ved stien ved Store Vejleå. Mange ældre går tur der og har brug for et sted at hvile sig. Kan du tage det med til udvalget?

På vegne af bestyrelsen
Grundejerforeningen Ishøj Nord, Hans-Henrik Vinther
""")

M("h", """
Hej Anne

jeg er den der ringede til dig i sidste uge om min datter Emma. hun har fået diagnosen anoreksi og er indlagt på psykiatrisk børneafdeling i Glostrup. skolen spørger om hun skal meldes ud, og jeg ved ikke hvad jeg skal svare. hvad er reglerne? 

Rikke
""")

M("", """
Hej Anne

Spiseforstyrrelser blandt unge piger er et stigende problem. Jeg synes kommunens skolesundhedsplejersker skal have mere tid til samtaler i udskolingen. Kan du bringe det op i Børne- og Skoleudvalget?

Mvh
Birgit Thomsen, forælder i skolebestyrelsen på Ishøj Skole
""")

M("e", """
Kære byrådsmedlem

Jeg hedder Gitte og er alenemor til tre. Jeg har fået afslag på friplads i SFO'en fordi min indkomst er 3.000 kr. over grænsen. Men når jeg har betalt husleje og bil (som jeg skal bruge for at komme på arbejde kl. 6) er der næsten ingenting tilbage. Det giver ikke mening. Kan reglerne ikke ændres?

Gitte Holm
""")

M("", """
Kære byrådsmedlem

Hvor meget koster en SFO-plads i Ishøj i 2026, og hvad er indkomstgrænsen for økonomisk friplads? Jeg kan ikke finde det på hjemmesiden.

Mvh Jesper
""")

M("h", """
Hej Morten,

kort: min kollega Pernille (hun arbejder i Ishøj Bibliotek) har fået en arbejdsskade i ryggen efter flytningen af reolerne i marts. Hun tør ikke selv skrive, men hun synes det er forkert at der ikke var hjælpemidler. Kan du tage det op?

/Lars
""")

M("", """
Hej Morten,

Medarbejderne på biblioteket flytter stadig tunge reoler med håndkraft. Det er et arbejdsmiljøproblem, og jeg synes politikerne skal sikre at der er penge til løfteudstyr.

Mvh en bekymret bibliotekslåner
""")

M("eh", """
Til Lone Kjær, Venstre

Min søster er 45 og bor i en af jeres bofællesskaber for voksne med udviklingshæmning (Ishøjhus). Nu har vi fået at vide at hun skal flytte til et nyt botilbud i Greve pga. "omorganisering". Hun har boet der i 20 år. Hun forstår ikke hvad der sker og har haft voldsomme reaktioner.

Jeg vil bare høre om politikerne ved det her?

Hilsen
Marianne Krogh
""")

M("", """
Til Lone Kjær

Hvorfor lukker kommunen bofællesskabet Ishøjhus? Det er et velfungerende tilbud, og det er forkert at spare på de svageste borgere. Jeg håber Venstre vil stemme imod.

Venlig hilsen
Karina Lind
""")

M("e", """
Hej Kasper

Du skal vide at familien i nr. 7 på min opgang har fået en udsættelsesbegæring og skal ud af lejligheden den 1. Der er to små børn. Jeg har selv forsøgt at hjælpe med mad. Er der ikke noget kommunen kan gøre?

Mvh Hanne, Strandgårdsparken
""")

M("", """
Hej Kasper

Hvor mange udsættelser af lejere har der været i Ishøj i år? Og hvad gør kommunen for at forebygge dem? Jeg har læst at tallet er steget på landsplan.

Hilsen
Louise Gram
""")

M("h", """
Kære Anne

Jeg har MS og bruger kørestol. Busstoppestedet ved Ishøj Station har en kant, der gør at jeg ikke kan komme op i bussen uden hjælp fra chaufføren. Det er ydmygende. Kan kommunen ikke lave en ordentlig perron?

Med venlig hilsen
Jette Kyhl
""")

M("", """
Kære Anne

Mange stoppesteder i Ishøj er ikke tilgængelige for kørestolsbrugere. Jeg opfordrer kommunen til at lave en samlet plan for tilgængelighed. Det er et spørgsmål om ligeværd.

Venlig hilsen
Dansk Handicap Forbund, Ishøj-Vallensbæk afdeling
v/ formand Torben Storm
""")

M("h", """
Hej Morten

Jeg skriver om min nabo i Ishøj Landsby, Hr. Eriksen. Han er 88 og har tydeligvis demens – han går rundt om natten og har to gange været væk. Hans datter bor i Jylland. Jeg har ringet til kommunen, men de siger at de ikke kan gøre noget uden hans samtykke. Han har ingen hjemmepleje. Hvad gør man?

Venlig hilsen
Bodil Friis
""")

M("", """
Hej Morten

Hvordan foregår det når man er bekymret for en ældre pårørende? Skal man ringe til visitationen, og kan man gøre det anonymt? Det er et generelt spørgsmål.

Mvh
Carsten
""")

M("ht", """
Kære Lone

Min mand er fra Vietnam og har kræft i leveren. Han taler ikke så godt dansk, og på sidste konsultation i sundhedscentret var der ingen tolk, selv om vi havde bedt om det. Han forstod ikke hvad lægen sagde om behandlingen. Det er ikke i orden.

Med venlig hilsen
Pia Nguyen
""")

M("", """
Kære Lone

Kan du fortælle hvornår kommunen begynder at opkræve gebyr for tolkning hos egen læge? Jeg er praktiserende læge i Ishøj og har mange patienter der får brug for tolk. Jeg er bekymret for at de vil fravælge tolk pga. prisen.

Venlig hilsen
Niels Aagaard, læge
""")

M("e", """
Hej Kasper

Min søn (16) blev anholdt i sidste uge for butikstyveri i Bycentret. Det er første gang. Politiet har sendt en underretning til kommunen, og nu skal vi til møde med en socialrådgiver. Jeg er bange for at det bliver en stor sag. Kan du sige noget om hvad der sker?

Hilsen Maria
""")

M("", """
Hej Kasper

Vi har i lang tid haft problemer med unge der hænger ud foran Bycentret om aftenen. Jeg synes kommunen skal ansætte flere gadeplansmedarbejdere og samarbejde med politiet. Det handler ikke om at straffe, men om at give de unge noget at lave.

Venlig hilsen
Lis Steffensen
""")

M("h", """
Kære Anne,

Jeg er 34, gravid i uge 30 og har svangerskabsforgiftning. Min læge siger jeg skal ligge ned. Vi bor på 4. sal uden elevator i Vildtbanegård, og min mand arbejder om natten. Kan kommunen hjælpe med indkøb i de næste par uger?

Mvh
Camilla Lund
""")

M("", """
Kære Anne

Jeg vil opfordre byrådet til at udvide tilbuddet om gratis svangerskabsyoga i Sundhedshuset. Det er et godt tilbud, men holdene er fyldt op med det samme.

Mvh
Trine Boesen, jordemoder
""")

M("u", """
Hej Morten

Jeg er TR for pædagogerne i Ishøj Kommunes dagtilbud og medlem af BUPL's kredsbestyrelse. Kunne du tænke dig at komme til vores medlemsmøde den 12. marts kl. 17 og fortælle om budgettet?

Venlig hilsen
Sanne Kirkegaard
""")

M("", """
Hej Morten

BUPL Storkøbenhavn inviterer alle byrådsmedlemmer til åbent møde om normeringer torsdag den 12. marts kl. 17 i Ishøj Medborgerhus. Der er kaffe og kage. Tilmelding ikke nødvendig.

Med venlig hilsen
BUPL Storkøbenhavn, sekretariatet
""")

M("he", """
kære lone. jeg har psoriasisgigt og er på førtidspension. kommunen har lige skåret min rengøringshjælp ned fra hver uge til hver anden uge. jeg kan ikke selv støvsuge. hvem kan jeg klage til?
vh Annette Bruun, Ishøj Strandvej
""")

M("", """
Hej Lone

Jeg synes det er en skandale at kommunen skærer i rengøringshjælpen til ældre. Det er ikke et luksusgode at have et rent hjem. Venstre bør skamme sig.

Hilsen
Niels
""")

M("eh", """
Kære Anne Sejr

Jeg er pårørende til min bror Michael, som er 52 og har skizofreni. Han har boet på et bosted i 8 år, men er nu blevet visiteret til egen lejlighed med bostøtte 3 timer om ugen. Han har allerede fået rykkere for el og husleje. Han kan ikke håndtere økonomi. Jeg frygter han ender på gaden.

Med venlig hilsen
Lene Olsen
""")

M("", """
Kære Anne Sejr

Psykiatrifonden holder et foredrag om skizofreni og pårørende i Ishøj Bibliotek den 4. november. Vil du hjælpe med at sprede budskabet blandt dine kolleger i byrådet?

Venlig hilsen
Psykiatrifonden, lokalafdeling Sydvest
""")

M("he", """
Hej Kasper,

Min kollega Ahmed og jeg kører begge på værkstedet i Industrikvarteret. Ahmed kom galt af sted med en løftebuk sidste måned og har knust to fingre. Han har været sygemeldt siden, og nu har kommunen sendt ham et brev om at hans sygedagpenge kan blive standset fordi han ikke mødte op til en samtale, mens han var til operation. Det er jo vanvittigt.

/Jimmy
""")

M("", """
Hej Kasper

Ahmed fra værkstedet bad mig sige tak for hjælpen. Han er tilbage på arbejde, og det hele er faldet på plads. Vi giver en øl når vi ses til Ishøj Byfest.

/Jimmy
""")

M("h", """
Hej Morten

Vil bare sige at jeg er meget glad for genoptræningen i Sundhedshuset efter min knæoperation. Fysioterapeuterne er fantastiske. Giv dem en ros fra mig.

Venlig hilsen
Henning Bak
""")

M("", """
Hej Morten

Sundhedshuset har åbent til kl. 15 på hverdage. Det passer ikke for folk der arbejder. Kunne man ikke have åbent til 18 en dag om ugen?

Mvh
Sara
""")

M("eh", """
Kære Lone

Jeg har et barn i plejefamilie. Han er 6 og har boet hos sin plejefamilie i Ishøj siden han var to. Jeg er nu blevet clean og vil gerne have mere samvær, men sagsbehandleren svarer ikke. Jeg har ret til at blive hørt.

Hilsen
Jannie Dahl
""")

M("", """
Kære Lone

Vi er en plejefamilie i Ishøj og vil gerne gøre opmærksom på at vederlaget til plejefamilier ikke er reguleret i 4 år. Det er på tide. Vi skriver på vegne af netværket af plejefamilier i kommunen.

Med venlig hilsen
Plejefamilienetværket i Ishøj
""")

M("e", """
Hej Anne

Jeg har 11.450 kr. i restance på vand og varme til forsyningen og har fået varsel om lukning. Jeg får kun SU og er studerende ved siden af jobbet. Jeg vil gerne afdrage, men de vil have hele beløbet. Er kommunen ikke medejer af forsyningen?

Mvh Oliver
cpr [[240303 4517]]
""")

M("", """
Hej Anne

Er kommunen medejer af Ishøj Forsyning? Og hvem sidder i bestyrelsen? Jeg vil gerne vide hvem der bestemmer priserne på fjernvarme.

Mvh Oliver Hjort
""")

M("hu", """
Kære Kasper

Jeg er sygeplejerske og arbejder på Ishøj Plejecenter. Jeg er medlem af DSR. Jeg er gået ned med stress efter 7 måneder med konstant underbemanding. Jeg har været sygemeldt i fire uger nu. Min leder presser på for at jeg kommer tilbage, og det gør mig mere syg.

Jeg skriver til dig fordi du har sagt at du vil gøre noget for medarbejderne. Det her er hvad det koster.

Annette Holm Larsen
""")

M("", """
Kære Kasper

Sygefraværet i ældreplejen i Ishøj er over 10 % ifølge den sidste HR-rapport. Det må være et tegn på at noget er galt med arbejdsmiljøet. Hvad vil du gøre ved det?

Venlig hilsen
Peter Vang
""")

M("h", """
Kære Lone Kjær

Det er min far, Knud Lassen, der har bedt mig skrive. Han fik en blodprop i hjertet i januar og er nu på en genoptræningsplads på Ishøj Plejecenter. Han har lige fået at vide at pladsen stopper om 10 dage, og at han skal hjem. Han kan ikke gå uden rollator endnu. Vi er bange for at han falder.

CPR [[030641 1289]]

Mvh
Lisbeth Lassen
""")
