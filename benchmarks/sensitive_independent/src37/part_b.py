"""corpus37 part B: belief through practice, life events and political activity; event/building negatives."""
from common import M

M("b", """Hej

Vores søn Viktor skal konfirmeres i Ishøj Kirke den 2. maj, og vi vil søge om fri fra SFO-betalingen den uge, hvor han er i konfirmandlejr. Er det muligt?

Venlig hilsen
Heidi Kragh""")

M("", """Hej. Hvornår er der konfirmationer i Ishøj Kirke i 2027? Vi driver caféen i Ishøj Medborgerhus og vil planlægge bemandingen de dage. Mvh Heidi""")

M("b", """Kære skoleleder

Min datter Hannah har bat mitzvah i synagogen i Krystalgade den 14. marts. Hun skal bruge fri fredag og mandag. Familien kommer langvejs fra.

Med venlig hilsen
Daniel Rosen""")

M("", """Kære skoleleder. 8.a skal på besøg i synagogen i Krystalgade og Moskeen på Vibeholm i forbindelse med religionsundervisningen. Skal vi forældre selv betale bussen? Mvh Charlotte""")

M("b", """Hej Personale

Jeg har brug for et sted at bede om eftermiddagen i Jobcentret, hvor jeg er i praktik. Det tager 10 minutter. Må jeg bruge mødelokale 3, når det er ledigt?

Venlig hilsen
Yusuf Demir""")

M("be", """Til min sagsbehandler

Jeg er blevet sendt i virksomhedspraktik i et pølseri i Hundige. Jeg spiser ikke svinekød og kan ikke røre ved det af religiøse grunde. Kan jeg blive flyttet til et andet sted?

Med venlig hilsen
Bilal Qureshi
cpr [[040591-1873]]""")

M("", """Til Jobcentret. Hvilke brancher tilbyder virksomhedspraktik i Ishøj lige nu? Jeg er interesseret i lager og logistik. Mvh Thomas""")

M("b", """Hej! Vi har udmeldt os af folkekirken hele familien, så vi vil gerne have at Sofie ikke skal med til julegudstjenesten med klassen. Hun kan være i SFO'en imens? /Mia Jeppesen""")

M("", """Hej. Skal klassen til julegudstjeneste i år igen, og hvornår? Den plejer at ligge samme dag som juleklippedagen, og der skal vi sende kage med. /Mia""")

M("", """Jeg synes ikke at kommunens skoler bør tage børn med til julegudstjeneste. Skolen skal være sekulær. Venligst, Peter Holm""")

M("b", """Kære Poul (byrådet)

Tak for i går på Vejlebrovej. Jeg stod og delte løbesedler for partiet sammen med dig og vil gerne være med igen lørdag. Kan vi mødes ved Ishøj Station kl. 10?

Hilsen Marianne Kofod""")

M("", """Kære Poul (byrådet). Kan du fortælle, hvornår der er borgermøde om den nye letbanestation? Jeg vil gerne stille spørgsmål om støj. Hilsen Marianne""")

M("b", """Hej Ishøj Kommune

Jeg stiller op til kommunalvalget for Enhedslisten og skal bruge tilladelse til at hænge valgplakater op på Ishøj Strandvej. Hvilke regler gælder?

Venlig hilsen
Rasmus Bak, Gildbrovej 11""")

M("", """Hej Ishøj Kommune. Hvornår må valgplakater hænges op før kommunalvalget, og hvornår skal de være taget ned igen? Venlig hilsen Rasmus""")

M("b", """til Mette i byrådet: jeg var med til jeres partimøde i tirsdags i Ishøj Medborgerhus og meldte mig ind bagefter. hvad sker der nu? hilsen Oliver, 19""")

M("b", """Hej. Jeg stemte på dig ved sidste valg, Anders, og jeg fortryder det. I har lovet at bevare biblioteket i Vejleåparken. Mvh Kirsten Brandt""")

M("", """Hej Anders. I har lovet at bevare biblioteket i Vejleåparken. Hvad er status? Mvh Kirsten Brandt""")

M("b", """Til kirkegården

Min far døde i går. Han var muslim, og vi skal begrave ham inden for et døgn, hvis det overhovedet er muligt, på den muslimske del af Ishøj Kirkegård. Hvem kan jeg ringe til nu?

Ahmad Rahimi
tlf 22 41 80 95""")

M("", """Til kirkegården. Har Ishøj Kirkegård en afdeling for muslimske begravelser, og hvor mange gravsteder er der tilbage? Jeg spørger til et læserbrev. Mvh Henrik""")

M("b", """Kære borgmester

Vi har valgt at blive gift i Torslunde Kirke og ikke på rådhuset, fordi troen betyder meget for os begge. Men parkeringen ved kirken er umulig. Kan kommunen låne os pladsen ved skolen?

Med venlig hilsen
Ida og Kristoffer Lange""")

M("", """Kære borgmester. Parkeringen ved Torslunde Kirke er umulig ved bryllupper og begravelser. Kan kommunen lave flere pladser? Med venlig hilsen Ida Lange""")

M("", """Hej. Hvad koster det at leje Ishøj Strandpark Pavillonen til bryllupsfest en lørdag i juli? Vh Camilla""")

M("b", """Hej. Jeg arbejder i hjemmeplejen og vil gerne have fri den 10. april til Eid. Min leder siger jeg skal spørge kommunen om helligdage for andre religioner. Hilsen Amina""")

M("", """Hvornår falder påsken i 2027, og har Borgerservice lukket skærtorsdag? Mvh Birthe""")

M("be", """Hej

Vores præst fra Ishøj Kirke kommer på besøg hos min mor hver torsdag på Ishøj Plejecenter. Nu siger personalet, at han skal melde sig i receptionen først. Det har han aldrig skullet. Hvad er reglen?

Mvh
Jytte Kirk""")

M("be", """Hej Visitationen. Min mor Edith bor på plejecenter Torsbo. Hun er meget troende og vil gerne have besøg af en præst hver uge og komme til gudstjeneste om søndagen, men der er ingen til at køre hende. Kan kommunens kørselsordning bruges? Venlig hilsen Hanne Borg""")

M("b", """Til køkkenet på Strandgårdskolen

Min søn Elias får kun fisk eller vegetar, da vi spiser kosher derhjemme. Kan I markere det i madordningen?

Venlig hilsen
Miriam Elias""")

M("", """Til køkkenet. Serverer skolen også halal- eller vegetarmad, og hvem bestemmer menuen? Venlig hilsen forældrebestyrelsen, Strandgårdskolen""")

M("b", """hej jeg går til fredagsbøn hver uge i moskeen på Vejlebrovej og min arbejdsgiver (kommunen, rengøring) vil ikke flytte min pause. er det lovligt? Abdi""")

M("b", """Kære Lise Nørby (byrådet)

Tak for et godt debatmøde. Jeg er formand for vores lokale SF-afdeling og vil gerne invitere dig til en paneldebat om klima i oktober.

Hilsen
Gustav Hald""")

M("", """Kære Lise Nørby. Tak for et godt debatmøde om klimaplanen. Jeg synes I skal gå længere og lukke for biler i bymidten. Hilsen Gustav""")

M("b", """Hej Borgerservice. Jeg har meldt mig ud af folkekirken og vil gerne have bekræftet, at kirkeskatten er stoppet fra januar. Hilsen Jannik Bro, [[120388 2907]]""")

M("", """Hej Borgerservice. Hvordan melder man sig ud af folkekirken, og stopper kirkeskatten så med det samme? Hilsen Jannik""")

M("b", """Hej Birgitte. Jeg kommer ikke til møde i Beboerrådet lørdag, det er sabbat og jeg er hjemme med familien. Kan vi flytte til søndag? Mvh Benjamin, opgang 4""")

M("be", """Til Plejecentret Ishøjgård

Far har altid levet efter Jehovas ord og ønsker ikke blodtransfusion eller at fejre fødselsdag. Kan personalet respektere det, når han flytter ind?

Venlig hilsen
Bent Mogensen""")

M("be", """Til Plejecentret Ishøjgård

Far flytter ind i næste uge efter tre måneders venten. Han beder bordbøn før hvert måltid og vil gerne have ro til det. Kan I tage hensyn?

Venlig hilsen
Bent Mogensen""")

M("", """Hej. Der er julekoncert i Ishøj Kirke den 14. december. Kan kommunen sætte flere cykelstativer op ved kirken? Mvh Ruth""")

M("", """Hvorfor holder kommunen ikke lukket på Eid, når der er så mange muslimske borgere i Ishøj? Det er et politisk spørgsmål, jeg gerne vil have svar på. Mvh en borger""")

M("b", """Hej. Jeg bærer kippa og er blevet råbt efter ved stationen to gange. Det ved jeg ikke om kommunen kan gøre noget ved, men jeg vil gerne have det registreret. Mvh Aron Levin""")

M("bt", """Hej. Jeg er jøde og er blevet råbt efter ved stationen to gange. Jeg vil gerne have det registreret som chikane. Mvh Aron Levin""")

M("b", """Til Ældrerådet

Jeg har været valgt for Venstre i kommunalbestyrelsen i otte år og skal nu stille op til Ældrerådet. Hvordan foregår valget?

Med venlig hilsen
Erik Bruun""")

M("", """Til Ældrerådet. Hvordan foregår valget til Ældrerådet, og hvem kan stille op? Med venlig hilsen Erik Bruun""")

M("b", """Kære Ishøj Kommune. Jeg har fået min datter døbt i Vejleå Kirke, men I har skrevet i navnebeviset at hun er navngivet. Det er forkert. Mvh Kathrine Lund""")

M("", """Kære Ishøj Kommune. Hvordan navngiver man et barn uden dåb? Og hvor lang tid har man? Mvh Kathrine""")

M("b", """Hej. Som medlem af Humanistisk Samfund vil jeg gerne holde en navnefest for min søn i Medborgerhuset. Kan man leje det til det? Hilsen Søren""")

M("b", """jeg var ude at banke på døre for Socialdemokratiet hele søndag på Ishøj Strandvej og blev mødt af en hund uden snor på nr. 70. kan i gøre noget?? / Lotte""")

M("", """En hund uden snor på Ishøj Strandvej 70 har nu for tredje gang sprunget op ad mine børn. Kan kommunen gøre noget? / Lotte""")

M("be", """Hej Jobcentret

Jeg faster i ramadanen fra næste uge og vil høre, om mit jobsøgningskursus kan starte kl. 9 i stedet for 8.

Venlig hilsen
Mariam Haddad""")

M("", """Hej Jobcentret. Hvornår begynder ramadanen i år? Vi planlægger et kursus for borgere og vil ikke lægge det der. Venlig hilsen Tina, virksomhedskonsulent""")

M("", """Kære borgmester. Dronning Margrethe åbnede Ishøj Bycenter... nej undskyld, det var vist Kongen, sidste år. Kommer han igen til 800-års jubilæet? Mvh Hans""")

M("b", """Til Borgerrådgiveren

Min sagsbehandler spurgte mig i et møde om jeg "går i kirke", da jeg nævnte at min menighed hjælper med madpakker. Jeg er pinsekristen, og det har ikke noget med sagen at gøre. Er det i orden at spørge sådan?

Mvh
Grace Mensah""")
