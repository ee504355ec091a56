"""Part E: ethnic origin and sexual orientation, often with economy, belief or a
property trade; hard negatives on interpreters, statistics, Pride and families."""
from common import M

M("t", """Kære Integrationsrådet

Jeg er kurder fra Tyrkiet og har boet i Ishøj i 22 år. Min søn bliver kaldt "terrorist" af en lærer på skolen. Vi vil gerne have et møde om det, for det er ikke første gang.

Med venlig hilsen
Zeynep Aydın""")

M("", """Hej. Har kommunen tolke på kurdisk (kurmanji) til forældremøder i skolerne? Vores skolebestyrelse vil gerne vide, hvordan man bestiller. Mvh Skolebestyrelsen på Strandskolen""")

M("s", """hej Jonas, min mand Thomas og jeg er lige flyttet til Ishøj fra Aarhus og vil gerne engagere os lokalt. er der en LGBT+-forening i kommunen, eller skal vi starte en? mvh Frederik""")

M("", """Hej. Hvornår er Ishøj Pride i år, og skal man søge om tilladelse for at gå med i paraden? Vi er en gruppe fra gymnasiet. Mvh Laura""")

M("se", """Kære Center for Børn og Forebyggelse

Min kone og jeg fik vores søn ved hjælp af en donor, og jeg er registreret som medmor. Nu har vi fået afslag på barselsdagpenge for min del, fordi systemet åbenbart kun kender "far". Kan I hjælpe med at rette det?

Venlig hilsen
Mette Kjeldsen""")

M("", """Hvordan registrerer man medmoderskab, og er det kommunen eller Familieretshuset, der gør det? Jeg spørger til en opgave på sygeplejerskeuddannelsen. Mvh Amanda""")

M("te", """Hej Hanne

Jeg kom til Danmark som flygtning fra Syrien i 2015 og har boet i Ishøj siden. Min integrationsydelse er blevet nedsat fordi jeg ikke har bestået danskprøven til tiden. Jeg har tre børn. Jeg forstår ikke hvordan vi skal klare os.

Venlig hilsen
Ahmad Khalil""")

M("", """Kære byråd. Hvor mange flygtninge har Ishøj modtaget i 2023 og 2024, og hvor mange er kommet i job? Det er til en debat i vores læsekreds om integration. Mvh Preben""")

M("s", """Kære Anja

Tak for at du stod frem og talte om din egen coming out til debatmødet. Det gjorde mig modig nok til at fortælle mine forældre at jeg er lesbisk. De tog det bedre end jeg troede. Jeg ville bare sige tak.

Kh Emilie""")

M("t", """til byrådet. jeg er sort og blev nægtet adgang til diskoteket ved havnen lørdag mens mine hvide venner kom ind. vagten sagde "ikke din slags". kommunen giver jo alkoholbevilling - kan I gøre noget? /Kwame""")

M("", """Hej. Hvem giver alkoholbevillinger i Ishøj, og kan man klage over et diskotek der diskriminerer i døren? Generelt spørgsmål. Mvh Ditte""")

M("sb", """Kære Louise Frandsen

Jeg er homoseksuel og medlem af Konservative i Ishøj. Jeg vil gerne opfordre dig til at tage ordet ved Pride-arrangementet på rådhuspladsen, for det er vigtigt at vi borgerlige også viser flag.

Venlig hilsen
Christian Bendtsen""")

M("t", """Kære Center for Børn og Forebyggelse

Vores datter er adopteret fra Etiopien og er den eneste mørke pige i sin børnehavegruppe. Personalet kalder hende "vores lille chokolade". Det er ikke ok. Vi ønsker et møde.

Med venlig hilsen
Kathrine og Lars Munch""")

M("s", """hey Rasmus, du kender min kæreste Jonas fra fodboldklubben. vi er blevet forlovet og vil gerne giftes på rådhuset i august. kan du sige hvem man skal kontakte? tak mand. Nikolaj""")

M("", """Kære Kultur- og Fritidsudvalget. Kommunen bør hejse regnbueflaget ved rådhuset under Pride. Det koster ingenting og viser at vi er en inkluderende kommune. Mvh Mette Vinther""")

M("te", """Hej Ali

Jeg er somalier og mor til fire. Vi har boet i en toværelses på Vildtbanegård i 6 år og har søgt større bolig via boliganvisningen, men får at vide at der er 5 års ventetid. Min ældste søn sover i køkkenet. Vi er på kontanthjælp.

Venlig hilsen
Hodan Warsame""")

M("tb", """Kære borgmester

Jeg er palæstinenser og muslim. I forbindelse med den seneste debat i byrådet har jeg fået trusler i min postkasse. Jeg har anmeldt det til politiet. Jeg beder kommunen om at tage afstand til hadet.

Mvh Samir Odeh
Ishøj Strandvej""")

M("se", """Hej Karin. Det er mig, Lars. Som du ved er Peter og jeg blevet separeret, og han flytter ud af huset på Åhaven næste måned. Vil du sørge for, at min adresse i ældrerådet ændres til min nye mail? Mvh Lars Toft""")

M("", """Hej. Har Ishøj Kommune en politik mod diskrimination af LGBT+-personer i jobopslag og ansættelser? Jeg spørger som HR-studerende. Mvh Nadia""")

M("th", """Kære Sundhedsudvalg

Jeg er af pakistansk oprindelse og har sukkersyge. På diabetesholdet i Sundhedshuset bliver der kun talt dansk, og kostvejledningen handler om rugbrød og leverpostej. Kan man ikke lave et hold for folk fra Sydasien?

Venlig hilsen
Rubina Qureshi""")

M("", """Kære Sundhedshuset. Tilbyder I diabeteskurser på andre sprog end dansk, fx urdu, arabisk eller tyrkisk? Jeg er sundhedsformidler i en forening og vil gerne henvise. Mvh Ayesha""")

M("sh", """Kære Birgitte

Jeg er 17 og transkønnet og biseksuel. Jeg har det virkelig svært og har været i kontakt med psykiatrien. Jeg vil gerne vide om kommunen har en ungerådgivning, hvor man kan være anonym?

/Alex""")

M("", """Hej. Har Ishøj en anonym rådgivning for unge, og hvor sidder den? Jeg er lærer og vil gerne kunne henvise elever. Mvh Jakob""")

M("tp", """Kære Kim

Vi er en polsk familie og er ved at købe huset på Bredekærs Vænge 31. Sælger har sagt at naboerne ikke ønsker "flere udlændinge" på vejen, og nu vil grundejerforeningen ikke godkende vores udstykning af carport. Kan de det? Vi har fortrydelsesret til fredag.

Med venlig hilsen
Agnieszka og Tomasz Nowak""")

M("s", """hej! min kæreste Sofie og jeg (vi er to piger) vil gerne melde vores kommende barn til vuggestue. vi er lidt i tvivl om hvem der skal stå som forælder 2 i pladsanvisningen? kh Maja""")

M("", """Hvornår skal man skrive sit barn op til vuggestue i Ishøj, og kan man selv vælge institution? Mvh Jonas""")

M("t", """Kære Louise Kjær

Jeg er grønlænder og har boet i Ishøj i 40 år. Jeg savner at kommunen gør noget ud af Grønlands nationaldag den 21. juni, sådan som Brøndby gør. Der bor mange grønlændere her, også mig og min familie.

Venlig hilsen
Aviaja Lynge""")

M("", """Hej. Fejrer kommunen Grønlands nationaldag? Jeg har en kollega der spurgte, men jeg kunne ikke svare. Mvh Bent""")

M("sb", """Kære præst og byrådsmedlem Søren Hald

Jeg er aktiv i folkekirken og synger i Ishøj Kirkes kor. Min kæreste Anders og jeg vil gerne vies i kirken. Jeg ved at nogle i menighedsrådet er imod homovielser. Kan du hjælpe os at finde en præst, der vil?

Mvh Jesper Holm""")

M("", """Kære menighedsråd. Er det muligt at blive viet i Ishøj Kirke, hvis ingen af parterne bor i sognet? Og hvad koster det? Mvh Marie""")

M("te", """Til jobcentret

Jeg er fra Ukraine og har midlertidig opholdstilladelse efter særloven. Jeg er uddannet ingeniør, men jobcentret har sendt mig i praktik som rengøringshjælp. Kan jeg få anerkendt min uddannelse?

Med venlig hilsen
Olena Shevchenko""")

M("", """Hvor mange ukrainske flygtninge bor der i Ishøj, og hvor mange er i arbejde? Jeg vil gerne vide det til et oplæg i Rotary. Mvh Hans-Henrik""")

M("s", """kære Anna fra byrådet 🌈 jeg er 15 og bøsse og vil gerne starte en regnbueklub på Vejleåskolen men rektor siger nej. har I regler om det? /Lukas""")

M("te", """Kære Socialudvalg

Min mor er romani og er blevet nægtet at komme ind i dagcentret i Vildtbanegård, fordi "der er sket tyverier". Hun er 70 år. Personalet har aldrig sagt noget til mig direkte. Jeg forlanger en forklaring.

Med venlig hilsen
Dragan Petrović""")

M("", """Hej. Hvad er de præcise regler for at komme i dagcenter, og skal man være visiteret? Vores lokale pensionistforening vil gerne informere medlemmerne. Mvh formanden""")

M("se", """Hej Pia

Min mand Michael og jeg er godkendt som plejeforældre, og vi har nu fået en pige på 4 i pleje. Vi oplever at sagsbehandleren taler ned til os, fordi vi er to mænd. Hun spørger hele tiden om "hvem der er mor". Vi vil gerne have en anden sagsbehandler.

Med venlig hilsen
Henrik Dahl""")

M("t", """hej. jeg er tyrkisk og min kollega i kommunens vejafdeling kalder mig "perker" hver dag. min leder griner bare. hvad skal jeg gøre? mvh Emre""")

M("", """Til byrådet. Jeg synes at ordet "perker" skal forbydes i kommunens ansattes sprog. Har kommunen en code of conduct mod racistisk sprog på arbejdspladsen? Mvh Karen""")

M("s", """Kære Anne, kort besked: min hustru Helle og jeg kan ikke komme til borgermødet om Strandparken, da vi er i Spanien. Vi er begge imod byggeriet. Kh Bente""")

M("t", """Kære Ishøj Kommune

Jeg er dansk-vietnamesisk og ejer restauranten på Ishøj Torv. Jeg har fået 3 kontrolbesøg på en måned fra fødevarekontrollen, mens naboen ikke har fået nogen. Jeg mener jeg bliver forskelsbehandlet pga. min baggrund.

Venlig hilsen
Minh Tran""")
