"""Part F: union representatives and members; union-meeting, collective-agreement and statistics negatives."""
from common import M

M("heu", """
Til Jobcenter Ishøj

Jeg er faglig konsulent i FOA og skriver på vegne af vores medlem, Lone Berg, cpr [[190771-2064]], SOSU-hjælper i hjemmeplejen. Hun har været sygemeldt med en arbejdsskade i ryggen siden marts. Vi ønsker et rundbordsmøde om hendes fremtid.

Med venlig hilsen
Bettina Holm, FOA Hovedstaden
""")

M("", """
FOA inviterer alle interesserede til offentligt møde om arbejdsmiljøet i ældreplejen torsdag kl. 17 i Ishøj Kulturhus. Byrådets medlemmer er særligt velkomne.
""")

M("u", """
Hej Jesper

Jeg er tillidsrepræsentant for HK'erne på rådhuset, og jeg vil gerne bede om et møde om den nye hjemmearbejdspolitik inden den vedtages.

Mvh Karina Dahl
""")

M("", """
Hvilke fagforeninger deltager i jobmessen i Ishøj Hallen i oktober? Jeg er selv ledig og vil gerne høre om mulighederne.
""")

M("ue", """
Til borgmesteren

Jeg er medlem af 3F og har været ledig i 14 måneder. Min dagpengeret udløber i december. 3F siger at kommunen skal tilbyde mig et job, men jobcentret siger noget andet. Hvem har ret?

Med venlig hilsen
Kenneth Bach
""")

M("", """
Kære kommune

Jeg vil gerne vide, om kommunens ansatte i rengøringen er dækket af overenskomst, og hvilken. Jeg skriver en artikel til en fagblad.
""")

M("u", """
hej, jeg er i Dansk Metal og vil gerne vide om kommunen har lærepladser for smede. Jeg har en søn på 16. mvh Bo
""")

M("uh", """
Kære Helle

Jeg er BUPL-tillidsrepræsentant i Børnehuset Regnbuen. En kollega, Mette S., er gået ned med stress og har været sygemeldt i 10 uger. Ledelsen har indkaldt hende til en fraværssamtale på mandag, og hun er slet ikke klar. Kan samtalen udskydes?

Mvh Stine Kofoed
""")

M("", """
Til HR

Hvordan forhandles løn for nyansatte pædagoger i kommunen? Er det BUPL eller kommunen der har sidste ord? Generelt spørgsmål.
""")

M("u", """
Hej

Jeg er medlem af Krifa og vil gerne vide om jeg må deltage i kommunens kursus for tillidsfolk, selvom jeg ikke er i LO-forbund.

Vh Mads Bruun
""")

M("", """
3F Ishøj-afdelingen har 2.400 medlemmer. Vi vil gerne invitere beskæftigelsesudvalget til et møde om social dumping på byggepladserne. Med venlig hilsen afdelingsformanden.
""")

M("ue", """
Til Ydelsescentret

Jeg skriver som rådgiver fra Det Faglige Hus for min medlem Julie Andersen, [[121095-4718]]. Hun har søgt kontanthjælp efter at være faldet ud af dagpengesystemet, men har fået at vide at hun skal vente 6 uger. Hun har en datter på 3 og ingen penge til husleje.

Med venlig hilsen
Per Sommer
""")

M("", """
Er det rigtigt at kommunen ikke længere trækker fagforeningskontingent over lønnen? Jeg spørger for en kollega.
""")

M("u", """
Kære borgerrådgiver

Jeg er DLF-tillidsrepræsentant på Strandgårdsskolen og vil klage over at skoleledelsen ikke har inddraget mig i planlægningen af næste års skema. Jeg har rejst det på to møder.

Hilsen Karsten Lerche
""")

M("ush", """
Hej

Jeg er sygeplejerske, medlem af DSR og sidder i vores netværk for LGBT+-ansatte. Jeg og min kone skal have barn, og jeg vil gerne vide om kommunens personalepolitik giver medmor samme barselsrettigheder som far. HR har ikke svaret.

Mvh Nanna Hvid
""")

M("", """
Hvornår skal kommunens nye personalepolitik om barsel behandles i Økonomiudvalget? Vi er flere der gerne vil følge sagen.
""")

M("ub", """
Kære Vibeke

Som formand for HK Kommunal i Ishøj og medlem af SF ønsker jeg at gøre byrådet opmærksom på, at flere af vores medlemmer er bekymrede for den nye sparerunde. Jeg skriver dog ikke i partiets navn.

Med venlig hilsen
Hanne Skov
""")

M("", """
Til Personaleudvalget: Hvor mange ansatte i Ishøj Kommune er omfattet af overenskomsten for social- og sundhedspersonale? Og hvor mange er på deltid?
""")

M("uh", """
Hej

Jeg er arbejdsmiljørepræsentant og TR for Dansk El-Forbund på kommunens varmeværk. En af vores elektrikere, Rasmus Holt, fik i sidste uge et elektrisk stød og har brandsår på hånden. Vi vil gerne vide hvordan arbejdsskaden anmeldes til kommunen som arbejdsgiver.

Mvh Kim Ovesen
""")

M("u", """
Hej. Jeg var medlem af FOA i 20 år, men meldte mig ud sidste år. Nu siger min leder at jeg ikke kan få den samme lønforhøjelse som de andre. Er det lovligt?

Anonym SOSU-assistent
""")

M("", """
Jeg synes ikke at kommunen skal indgå aftaler med firmaer uden overenskomst. Det er min mening at alle offentlige udbud skal have krav om overenskomst.
""")

M("ut", """
Til Center for Beskæftigelse og Erhverv

Jeg er fra 3F's byggegruppe og skriver om tre polske håndværkere på byggepladsen ved Ishøj Havn, som er medlemmer hos os. De får ikke udbetalt løn og bor i skurvogne. Kommunen er bygherre. Hvad gør I?

Venlig hilsen
Tomasz Lewandowski, faglig sekretær
""")

M("", """
Hvor mange borgere i Ishøj modtager dagpenge, og hvor mange er i hvilke a-kasser? Jeg vil gerne have en statistik til en opgave.
""")

M("u", """
Kære Vejcentret

Som tillidsrepræsentant for Fagligt Fælles Forbund på Vejcentret ønsker jeg at vide, hvorfor vi ikke er indkaldt til MED-mødet om den nye vagtordning. Jeg forventer at blive indkaldt.

Mvh Johnny Larsen
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er medlem af ASE's a-kasse og har fået kræft. Min sagsbehandler siger at jeg skal i arbejdsprøvning, mens jeg er i kemobehandling. Er det virkelig rigtigt? Jeg er på sygedagpenge.

Hilsen Nina Wolff
""")

M("", """
Hej

ASE skriver at alle a-kasser skal sende oplysninger til jobcentret. Hvordan sikrer kommunen at de ikke ligger på usikre mails? Generelt spørgsmål om datasikkerhed.
""")

M("u", """
Hej

Min mand er medlem af Dansk Sygeplejeråd og arbejder i hjemmeplejen. Han er blevet valgt som TR og skal på kursus. Må han tage vores bil fra kommunens parkeringsplads om aftenen? 

Mvh Dorthe
""")

M("ue", """
Kære byrådsmedlem

Jeg er medlem af Djøf og blev fyret fra kommunen i maj. Min opsigelse var efter min mening usaglig. Nu er jeg ledig og på dagpenge. Djøf fører sagen, men jeg vil gerne have at byrådet ved hvordan ledelsen behandler folk.

Mvh Christian Bøgh
""")

M("", """
Fagbevægelsen i Ishøj holder 1. maj-arrangement i Ishøj Bypark. Kan vi låne scene og strøm fra kommunen?
""")

M("uh", """
Hej

Jeg skriver som FOA-tillidsrepræsentant på Ishøj Plejecenter om en kollega, Yvonne, som er gravid og har bedt om at slippe for tunge løft. Hendes leder har sagt nej. Yvonne har selv bedt mig skrive.

Mvh Charlotte Bech
""")

M("", """
Hvad betyder det, når kommunen skriver at man skal kontakte sin "faglige organisation"? Jeg er ikke medlem af nogen.
""")

M("u", """
Til HR

Jeg er IDA-medlem og ingeniør i Byudvikling. Jeg har fået en ny stillingsbeskrivelse uden forhandling. Kan I oplyse hvem der er TR for akademikerne?

Mvh Laila Sørensen
""")

M("ue", """
Hej

Jeg er tidligere medlem af Dansk Metal og røg ud af a-kassen for 2 år siden. Nu er jeg på kontanthjælp og min far er lige død. Kan jeg få hjælp til begravelsen?

Vh Jimmy Lund
""")

M("", """
Fagforeningen Lederne holder gratis kursus om ledelse i den offentlige sektor. Må kommunens ledere deltage i arbejdstiden?
""")

M("ub", """
Hej Ole

Du kender mig fra Venstre. Jeg er også medlem af Kristelig Fagforening og har været det i 15 år. Jeg skriver for at gøre dig opmærksom på, at FOA presser nyansatte på plejecentret til at melde sig ind hos dem.

Hilsen Jens Thorup
""")

M("", """
Kære Beskæftigelsesudvalg

Hvor mange ledige i Ishøj har været ledige i mere end 2 år? Og hvilke brancher kommer de fra? Vi er en lokal erhvervsforening.
""")

M("uh", """
Til kommunen som arbejdsgiver

Vi er fra Dansk Socialrådgiverforening og repræsenterer vores medlem Signe Mørk, [[240488-3109]], socialrådgiver i Børn og Forebyggelse. Hun blev overfaldet af en borger i sidste uge og har været sygemeldt med PTSD siden. Vi ønsker et møde om hendes arbejdsmiljø.

Med venlig hilsen
Lars Kjeldsen, DS
""")

M("u", """
hej, jeg er TR for 3F på rengøringen på Gildbroskolen. vi mangler rengøringsmidler og maskinerne er gået i stykker i 3 uger. kan kommunen gøre noget nu? /Mira
""")

M("", """
Til kommunen: hvilke overenskomster er gældende for hjemmeplejens ansatte, og hvornår udløber de? Spørgsmålet kommer fra en studerende.
""")

M("u", """
Kære Center for Børn og Forebyggelse

Jeg er BUPL-medlem og pædagog i Ishøj. Jeg søger job i en af jeres institutioner, men jeg har hørt at man ikke kan blive TR det første år. Er det korrekt?

Mvh Sofie Dyhr
""")

M("ut", """
Hej

Jeg er tillidsrepræsentant i HK. En af vores medlemmer, Fatima, som er marokkansk, får hele tiden kommentarer fra en kollega om at "hun burde tage hjem". Hun vil ikke klage officielt af frygt for at miste sit job. Hvad kan vi gøre?

Vh Anja
""")

M("", """
Jeg vil gerne vide om kommunen støtter forslaget om at TR skal have mere tid til deres hverv? Det står i en ny overenskomst.
""")

M("uhe", """
Kære Borgerrådgiver

Jeg skriver for min bror, Steen Møller, [[1011651119]], som er medlem af 3F. Han fik en hjerneskade efter en arbejdsulykke og er nu på førtidspension. 3F har opgivet sagen om erstatning. Vi vil gerne vide om kommunen har fejlet i sin sagsbehandling.

Med venlig hilsen
Pia Møller
""")

M("u", """
Hej

Jeg er Lederne-medlem og leder på kommunens materielgård. Jeg vil gerne vide om min fagforening kan deltage i min lønforhandling.

Hilsen Bo Thygesen
""")

M("", """
Til HR: Hvor mange sygedage havde kommunens ansatte i gennemsnit i 2024? Vi er et forbund der laver benchmark.
""")

M("us", """
Hej Mette

Jeg er biseksuel, medlem af HK og sidder i en forening for LGBT+ i fagbevægelsen. Jeg vil gerne foreslå at kommunen som arbejdsgiver deltager i Copenhagen Pride med en vogn.

Mvh Simone Kirk
""")

M("u", """
Kære Økonomiudvalg

Jeg er TR for Dansk Journalistforbund og ansat på kommunens kommunikationsafdeling. Vi ønsker et møde om arbejdsmængden.

Med venlig hilsen
Rasmus Eg
""")

M("", """
Hej, findes der en liste over fagforeninger, der har kontor i Ishøj? Min søn skal vælge.
""")

M("ue", """
Hej

Jeg er medlem af FOA. Jeg har fået en lønindeholdelse fra Gældsstyrelsen og har næsten ingen penge til mad. FOA siger jeg skal gå til kommunen. Kan I hjælpe?

Hilsen Lise Jørgensen
""")

M("ub", """
Til borgmesteren

Jeg er aktiv i Socialistisk Arbejderparti og medlem af 3F. Jeg har søgt om tilladelse til en demonstration foran rådhuset den 15. marts mod nedskæringerne i ældreplejen. Ca. 60 deltagere.

Mvh Lukas Holm
""")
