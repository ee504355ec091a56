"""Part H: more short positives (trade, origin, orientation, belief, union), some long."""
from common import M

M("p", """
Emne: Forkøbsret
Vi har fået et bud på vores grund ved Ishøj Landsby fra en udvikler. Har kommunen forkøbsret, og hvor hurtigt skal I svare?
Mvh Arne og Kirsten Bro
""")

M("p", """
hej. huset er sat til salg nu og mægleren spørger efter tegninger af udestuen. har I dem i arkivet? Tranegilde 41
""")

M("p", """
Emne: Salg af andel
Navn: Mona Jeppesen
Telefon: 29 44 17 02
Henvendelse: Køberen af min andel vil have en erklæring om at altanen er lovliggjort. Overtagelse er planlagt til 1.8. Kan I hjælpe hurtigt?
""")

M("pe", """
Kære Birgitte. Efter skilsmissen skal vi sælge huset på Bredekærsvej, men min eksmand vil ikke skrive under på salgsopstillingen. Kan kommunen gøre noget, eller er det et spørgsmål for advokaten?
Mvh Heidi
""")

M("p", """
Vi har fået tilbudt at købe naboens garage-grund for 150.000. Skal kommunen godkende en udstykning før vi skriver under?
/Troels
""")

M("p", """
Min far vil sælge sit sommerhus-lignende hus i Ishøj Landsby til mig for under markedsprisen. Er der noget kommunen skal vide inden vi laver skødet?
Kim
""")

M("p", """
Emne: Erhvervslejemål
Jeg forhandler om at købe bygningen på Industrivej 14, hvor jeg i dag lejer et værksted. Sælger kræver 6,5 mio. Må jeg bygge en hal mere på grunden? Der er møde med sælger på fredag.
""")

M("p", """
Hej Jens. Mine forældre vil købe den kommunale grund ved Vildtbanen, de har budt men ikke hørt noget i seks uger. Hvornår træffer udvalget beslutning?
""")

M("p", """
Til Borgerservice
Jeg er ved at sælge min lejlighed og banken skal bruge en ejendomsskatteattest. Ejer: Lars Gundersen, [[230761–1939]], Ishøj Strandvej 44, 3. th.
""")

M("ph", """
vi er nødt til at sælge huset fordi min mand har fået ALS og ikke kan klare trapperne. er der hjælp at få til ombygning i stedet? så kunne vi blive
""")

M("p", """
Emne: Kommunal grund – bud
Vi har budt 2,3 mio. på parcelhusgrund nr. 7 i det nye område. Vi hører ikke noget. Er buddet modtaget?
Mvh Nadia og Frederik
""")

M("p", """
hej. køberen vil have at vi får fjernet det gamle olietank inden overtagelse. skal kommunen have besked først? haster, skøde skal underskrives 15/9
""")

M("pt", """
Min svigerfar er fra Libanon og ejer et hus på Gildbrovej, som han vil sælge til os. Der er en ulovlig tilbygning. Hvad gør vi inden handlen?
""")

M("t", """
Til Kultur. Vi er en gruppe grønlændere i Ishøj som vil lave en kaffemik til nationaldagen d. 21. juni. Kan vi låne en sal?
Mvh Naja Petersen
""")

M("t", """
Jeg er halvt nigeriansk, og en kontrollant i bussen bad kun mig om at vise billet. Hvem klager man til – kommunen eller Movia?
""")

M("t", """
hej. vi er somaliske mødre i vejleåparken og vil starte lektiecafe. kan i hjælpe m lokaler
Hawa
""")

M("th", """
Emne: Tolkebistand til min far
Min far er kurder fra Irak og skal opereres for grå stær. Han taler kun sorani. Kan kommunen sørge for tolk til forundersøgelsen?
""")

M("t", """
Hej Michael, jeg er selv rom og vil gerne fortælle byrådet hvordan vi bliver behandlet i boligsøgning. Kan jeg komme til et udvalgsmøde?
Marius
""")

M("t", """
Jeg er same fra Nordnorge og underviser i joik. Kunne Kulturhuset være interesseret i en workshop?
Mvh Ánne
""")

M("s", """
Hej, jeg er aseksuel og synes sundhedsplejens spørgeskema til unge er meget ensidigt. Kan jeg få lov at give input?
""")

M("s", """
Emne: Adoption af min kones barn
Navn: Maja Lind
Telefon: 61 22 08 47
Henvendelse: Min kone har en søn fra før vi blev gift. Jeg vil gerne stedbarnsadoptere ham. Er det kommunen der skal udtale sig?
""")

M("s", """
vi er to fædre og vores datter skal starte i vuggestue. hvordan skriver vi os begge på som forældre i pladsanvisningen
Kasper & Ahmad
""")

M("s", """
Hej Anja. Min mand Henrik og jeg (vi er begge 80+) vil gerne flytte i en ældrebolig sammen. Er der plads til to mænd i én bolig, eller skal vi have hver sin?
Mvh Bent
""")

M("s", """
Jeg er pansexuel og vil gerne vide om kommunens ungdomsklub har en politik mod homofobi. Jeg blev kaldt bøssekarl i går.
Alex, 15
""")

M("sh", """
hej jeg er lesbisk og gravid via donor. kan min kæreste Sara komme med til jordemoderen i sundhedshuset?
""")

M("se", """
Emne: Samvær
Min eksmand og jeg er skilt, og jeg bor nu med min kone Tine. Han vil ikke lade drengene sove hos os fordi "to mødre er forkert". Kan kommunen hjælpe med samværet?
Mvh Louise
""")

M("s", """
Kære Kim, som homoseksuel mand der voksede op i Ishøj i 80'erne, vil jeg bare sige tak for at I hejste regnbueflaget. Det betød mere end du tror.
Henrik Sand
""")

M("s", """
Hej. Jeg er bøsse og søger job som pædagogmedhjælper. Skal jeg skrive det i ansøgningen, eller kan det give problemer i jeres institutioner?
""")

M("sb", """
Vi er et lesbisk par og begge medlemmer af folkekirken. Præsten vil ikke vie os. Kan kommunen anvise en anden kirke i Ishøj?
Mvh Eva og Marie
""")

M("b", """
Jeg er ateist og ønsker ikke at mine børn skal til konfirmationsforberedelse i skoletiden. Kan de få et alternativ?
""")

M("b", """
Emne: Kirkelig begravelse
Min mand var katolik. Kan han begraves på Ishøj Kirkegård med en katolsk præst?
Mvh Ingrid Kowalski
""")

M("b", """
hej er pacifist og vil ikke med på skolens besøg på kasernen. kan min søn få lov at blive hjemme
""")

M("b", """
Jeg er medlem af Venstre og har siddet i bestyrelsen i 6 år. Jeg vil gerne søge om at blive lægdommer. Hvordan?
Mvh Grete Holm
""")

M("b", """
Som medlem af Mosaisk Trossamfund vil jeg gerne spørge, om skolen kan give min søn fri til Yom Kippur.
Mvh David Melchior
""")

M("bt", """
Jeg er hindu fra Indien og vil gerne holde Diwali i Ishøj Bypark med lys og lanterner. Skal vi søge tilladelse?
Mvh Ravi
""")

M("b", """
Min søn på 14 er blevet Jehovas Vidne sammen med sin far og vil ikke længere fejre sin fødselsdag i klassen. Hvordan taler vi med skolen om det?
""")

M("u", """
hej jeg er nyvalgt TR for Lederne i Ishøj Forsyning. hvor finder jeg den lokale aftale om arbejdstid?
""")

M("u", """
Emne: Kontingentfradrag
Jeg er i Djøf og arbejder i Økonomi. Er mit kontingent allerede trukket fra i lønnen?
Mvh Signe Ravn
""")

M("ue", """
Hej Torben. Jeg har meldt mig ud af 3F efter 20 år fordi de ikke hjalp med min fyring. Men jeg vil høre om kommunen har en ordning for ledige over 60.
""")

M("u", """
Jeg er medlem af IDA og ingeniør i Center for Byudvikling og Natur. Jeg vil gerne vide, hvem der er vores TR for tiden.
""")

M("u", """
Emne: TR-uddannelse
Som nyvalgt tillidsrepræsentant for HK på Jobcentret vil jeg søge fri til TR-uddannelse i oktober. Hvem godkender det?
""")

M("uh", """
Emne: Kronisk sygdom
Jeg har Crohns og er i Krifa. De siger jeg skal bede jer om en §56-aftale. Kan I hjælpe?
""")

M("ue", """
ledig siden jul, medlem af FOA og deres a-kasse. hvornår skal jeg til første samtale
""")

M("u", """
Kære Lene. Jeg er pædagog i Ishøj og medlem af BUPL. Vi er mange der er bekymret for normeringerne. Kan du komme til et møde på Solhøjgaard?
Mvh Anja
""")

M("", """
Jeg mangler min nye pinkode til MitID. Cpr: [[200572 1614]]. Kan I sende den?
""")

M("", """
Emne: Varmeregning
Min forbrugsinstallation har målernr. 2005721614. Aflæsningen virker forkert – 14.300 kWh på et år?
""")

M("", """
Emne: Skilte
Hvem bestemmer hvor der må sættes "Til salg"-skilte op langs Ishøj Boulevard? Der er mange ejendomsmæglerskilte.
""")

M("", """
Hvad koster det at få en ejendomsvurdering fra kommunen, eller er det kun Vurderingsstyrelsen?
""")

M("", """
Hvornår holder Ishøj Muslimske Forening åbent hus? Skolen vil gerne besøge dem.
""")

M("", """
Hvilken tillidsrepræsentant skal de ansatte på Ishøj Bibliotek henvende sig til under ombygningen? Spørger som bibliotekschef.
""")

M("", """
Hvor mange af kommunens ansatte er medlem af en fagforening? Har I tal?
""")

M("he", """
Hej Lone

Jeg skriver på vegne af min bror, Henrik Dahl, som jeg har fuldmagt fra. Henrik har en udviklingshæmning og bor i bofællesskabet på Vejlebrovej. Han har i mange år haft en fast ledsager to gange om måneden, men i foråret fik han at vide, at ledsageordningen er skåret ned til én gang.

For Henrik betyder det, at han ikke længere kan komme til sin svømmeklub og besøge vores mor på plejehjemmet i samme måned. Han har svært ved at forstå hvorfor, og han er blevet meget ked af det og har tabt sig.

Kan du hjælpe os med at finde ud af, om det er en politisk besparelse eller en afgørelse i Henriks sag? Hvis det er det sidste, vil vi gerne klage.

Med venlig hilsen
Susanne Dahl Mortensen
""")

M("tb", """
Kære Hanne Skovbo

Jeg er formand for den bosniske kulturforening i Ishøj. Jeg er selv kommet hertil som flygtning i 1993 fra Bosnien og er muslim ligesom de fleste af vores medlemmer. Vi har i 25 år holdt fællesspisning under ramadanen i en kælder, som nu skal renoveres.

Vi vil gerne høre, om kommunen har et lokale, vi kan leje i fire uger i marts. Vi er omkring 80 personer de fleste aftener, og vi rydder selvfølgelig op efter os.

Med venlig hilsen
Emir Hadžić
""")

M("", """
Kære Hanne Skovbo

På vegne af Ishøj Kulturhus vil jeg gerne høre, om byrådet har taget stilling til, hvordan vi skal prioritere lokaler til foreninger i de måneder, hvor kælderen på Vejleåparken renoveres. Vi har fået henvendelser fra både idrætsforeninger, kulturforeninger og religiøse foreninger og har brug for nogle klare kriterier.

Er der et notat på vej fra administrationen?

Venlig hilsen
Pernille Ravnsborg
Leder, Ishøj Kulturhus
""")

M("su", """
Kære Martin

Jeg har arbejdet som buschauffør på linjerne gennem Ishøj i 16 år og er tillidsrepræsentant for 3F på garagen. Jeg er også gift med en mand, Torben, og det har aldrig været et problem på arbejdet – før nu. En ny kollega har gentagne gange lavet grove bemærkninger og skrevet et nedsættende ord på mit skab.

Jeg ved godt, at det er Movia og busselskabet, der har ansvaret, men vi holder til i kommunens bygning, og jeg vil gerne høre, om I har en politik mod chikane, som også gælder for lejere.

Med venlig hilsen
Jesper Winther
""")

M("ep", """
Kære Jesper

Jeg er 67 og enke. Efter min mand døde, har jeg ikke kunnet betale ydelserne på vores rækkehus på Tranegilde alene. Min pension rækker ikke, og jeg er kommet bagud med 4 måneder. Banken har sagt, at jeg skal sælge, og mægleren har et bud liggende, men det er så lavt, at jeg stadig vil skylde penge bagefter.

Jeg har søgt om personligt tillæg, men fik afslag. Er der andre muligheder, før jeg skriver under?

Med venlig hilsen
Gudrun Kjeldsen
""")

M("t", """
Til Borgerservice

Jeg er bosnisk statsborger og har fået dansk statsborgerskab. Mit navn er Selma Begović, cpr [[150488-2960]]. Hvor bestiller jeg et dansk pas?
""")

M("", """
Kære Lone

Jeg er nabo til bofællesskabet på Vejlebrovej og vil gerne rose personalet. De er altid venlige, og beboerne er en naturlig del af kvarteret. Men jeg har bemærket, at minibussen, som kører beboerne til aktiviteter, ofte holder med motoren i gang i lang tid om morgenen, lige under mit soveværelsesvindue.

Kan der gøres noget ved det? Det er ikke en stor sag, men det ville være rart med en løsning.

Venlig hilsen
Preben Nyholm
""")

M("he", """
Hej Kim

Tak for dit svar sidst. Jeg vil bare følge op: Jeg har stadig ikke fået svar på min ansøgning om et trappelift, og mit hjerte er blevet dårligere siden jul. Lægen siger, at jeg ikke må gå på trapper overhovedet, så jeg har nu ikke været ude af lejligheden i tre uger. Min datter handler ind for mig, men hun bor i Roskilde og har selv små børn.

Jeg ved godt, at du ikke selv kan behandle sagen, men måske kan du sende den videre til de rigtige.

Med venlig hilsen
Asta Rasmussen
Ishøj Søvej 81, 3. sal
""")

M("e", """
Emne: Min søns SFO-plads
Han er blevet meldt ud fordi vi skylder to måneder. Vi er på dagpenge begge to. Kan vi få en afdragsordning?
""")

M("", """
Emne: SFO-takster
Hvor meget stiger SFO-taksten fra august, og hvorfor?
""")

M("t", """
hej jeg er inuk og vil gerne have mit navn stavet rigtigt på sygesikringsbeviset, Qivioq med q. kan I rette det
""")

M("", """
Hvad er åbningstiden for Borgerservice i uge 42? Jeg skal hente et pas, ordre 2710881145.
""")

M("b", """
Jeg er kristen og vil ikke deltage i den obligatoriske Halloween-fest på min arbejdsplads i kommunen. Er der ret til at sige nej?
Mvh Rut Sørensen
""")

M("", """
Hvem i kommunen har ansvaret for at Halloween-festen på biblioteket bliver afholdt? Vi vil gerne låne nogle græskar.
""")

M("u", """
ok tak for svaret. så tager jeg det op med min TR i Dansk Metal på mandag
""")

M("", """
ok tak for svaret. så tager jeg det op med min chef på mandag
""")

M("s", """
Emne: Plejeforældre – to mænd
Min mand og jeg vil gerne være aflastningsfamilie. Er der nogen begrænsning for homoseksuelle par?
Mvh Niels Bech
""")
