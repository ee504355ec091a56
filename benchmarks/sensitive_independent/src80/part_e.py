"""corpus80 part E: beliefs (religion, practice, party, conviction) and union
membership; institution-level mentions as negatives."""
from common import M

M("b", """
Til Center for Børn og Forebyggelse

Jeg er muslim og beder fem gange om dagen. Jeg er lige startet som pædagogmedhjælper i Vejleå Børnehus, og min leder siger jeg ikke må bede i personalerummet i min pause. Hvad er kommunens regler?

Mvh Hamza
""")

M("b", """
hej

vi fejrer eid med hele familien den 27. maj og mine to drenge kommer ikke i skole den dag. skal jeg søge om fri eller bare skrive det på aula?

Zainab
""")

M("b", """
Til Ishøj Kirke / kommunen

Vores datter Clara skal konfirmeres i maj 2027, og vi vil gerne holde festen i Vejleå Kulturhus. Hvornår åbner man for booking af salene til konfirmationerne?

Venlig hilsen
Trine og Morten Holst
""")

M("b", """
Kære Kasper Holm

Jeg har været medlem af Venstre i 30 år, men jeg er dybt skuffet over at du stemte for at lukke Ishøj Landsby Skole. Jeg overvejer at melde mig ud.

Venlig hilsen
Bodil Kragelund
""")

M("b", """
hej Helle

Jeg stemte på SF sidst fordi du lovede flere pædagoger. Nu lukker der en stue i min søns børnehave. Hvad sker der?

Julie
""")

M("eb", """
Til køkkenet på Plejecenter Ishøjhave

Min mor Gudrun har været veganer af etiske grunde i 40 år, og nu får hun kødsovs tre gange om ugen. Hun siger det ikke selv, men hun spiser ingenting. Kan køkkenet lave vegansk mad til hende?

Mvh Anne Lise Berg
""")

M("eb", """
Hej

Jeg er ateist, og i min mors plejebolig hænger der et kors over sengen og kommer præsten hver torsdag og beder med beboerne i fællesstuen. Min mor er også ateist og vil ikke være med. Kan hun få lov at være fri?

Karsten Holm
""")

M("b", """
Til pladsanvisningen

Vi er katolikker og vil gerne have vores søn i Sankt Knud Lavards skole i Lyngby i stedet for en folkeskole i Ishøj. Får man så tilskud til transport?

Mvh Pawel og Anna
""")

M("b", """
Hej Ishøj Svømmehal

Jeg bærer tørklæde pga. min tro og vil gerne gå til vandgymnastik for kvinder. Må man bade med burkini eller badehætte med nakkedækning hos jer?

Venlig hilsen
Fatima
""")

M("b", """
Til Vibeholm Børnehus

Vores søn Yusuf spiser kun halal. I sidste uge fik han frikadeller med svinekød, fordi en vikar ikke vidste det. Kan det stå på en liste i køkkenet?

Mvh Leyla og Hasan
""")

M("b", """
Kære byrådsmedlemmer

Jeg skriver som sognepræst i Torslunde-Ishøj Pastorat. Mange ældre i sognet har svært ved at komme til kirke om søndagen, efter at busrute 128 blev nedlagt. Kan byrådet se på en løsning?

Med venlig hilsen
Marianne Krogh
Sognepræst
""")

M("b", """
Til Byrådet

Jeg er aktiv i Extinction Rebellion og vil gerne anmelde en fredelig demonstration foran rådhuset under budgetmødet den 8. oktober. Vi er ca. 30. Hvem skal vi anmelde det til?

Malthe
""")

M("b", """
Hej

Jeg er pacifist og nægter at deltage i kommunens beredskabsøvelse med Hjemmeværnet på min arbejdsplads. Min leder siger det er obligatorisk. Kan jeg blive fritaget?

Venlig hilsen
Karin, medarbejder i Borgerservice
""")

M("b", """
Til Aktivitetscentret

Jeg er buddhist og mediterer hver morgen. Vil I have et meditationshold for seniorer, hvis jeg selv leder det? Jeg har gjort det i 25 år.

Hilsen Per
""")

M("b", """
Til Ishøj Idrætscenter

Min søn er sikh og bærer turban. Han må ikke spille håndbold med den på, siger træneren, fordi "alt på hovedet er forbudt". Er det virkelig reglen?

Venlig hilsen
Harpreet Singh
""")

M("b", """
Hej

Vi er Jehovas Vidner og fejrer ikke fødselsdage. Min datter i 0.c skal ikke med til klassens fødselsdagsfester, og hun bliver nu drillet med det. Kan klasselæreren tale med klassen?

Mvh Ruth og Daniel
""")

M("b", """
Til skolen

Vores søn Magnus har valgt en nonfirmation hos Humanistisk Samfund i stedet for konfirmation, men konfirmationsforberedelsen ligger i skoletiden om tirsdagen. Hvad laver han i de timer?

Hilsen Louise Dam
""")

M("b", """
Kære Mette Aagaard

Jeg går i moskeen på Ishøj Boulevard hver fredag, og parkeringen er kaos. Kan kommunen ikke åbne p-pladsen ved skolen om fredagen?

Med venlig hilsen
Mustafa
""")

M("b", """
Til kulturudvalget

Vi er en humanistisk studiekreds i Ishøj, der mødes en gang om måneden for at diskutere etik uden religion. Jeg er formand. Kan vi låne et lokale på biblioteket gratis, ligesom andre foreninger?

Mvh
Erik Sandberg
""")

M("b", """
hej

jeg konverterede til islam for to år siden og min mor er meget imod det. nu vil hun ikke lade mig hente min lillebror i SFO'en selvom jeg står på listen. kan SFO'en nægte mig det?

Emma
""")

M("b", """
Kære borgmester

Jeg stiller op for Det Konservative Folkeparti til næste kommunalvalg og vil gerne høre, om jeg kan få en rundvisning på rådhuset for at lære forvaltningen at kende.

Med venlig hilsen
Frederik Lorentzen
""")

M("b", """
Til Center for Byudvikling og Natur

Som formand for Radikale Venstre i Ishøj vil jeg gerne søge om tilladelse til at stå med en stand ved Ishøj Bycenter de tre sidste lørdage før valget.

Venlig hilsen
Hanne Birk
""")

M("", """
Til Kultur

Hvornår holder moskeen på Ishøj Boulevard åbent hus i år? Min klasse (8.a på Gildbroskolen) vil gerne besøge den i faget kristendomskundskab.

Mvh Marie Skov, lærer
""")

M("", """
Hej

Hvad er gudstjenestetiderne i Ishøj Kirke i julen? Jeg kan ikke finde dem på kommunens hjemmeside.

Hilsen Vera
""")

M("", """
Kære byrådsmedlemmer

Folkekirkens Nødhjælp samler ind i Ishøj søndag den 8. marts. Vi mangler 40 indsamlere. Vil I hjælpe med at dele vores opslag?

Med venlig hilsen
Indsamlingskomitéen
""")

M("u", """
Hej

Jeg er medlem af 3F og arbejder som chauffør for kommunens leverandør af madordningen. Vi har fået at vide at vi skal køre flere ture på samme tid, uden mere løn. Ved kommunen det?

Mvh
Johnny
""")

M("u", """
Til Center for Voksne og Velfærd

Som FOA-medlem og social- og sundhedsassistent i hjemmeplejen vil jeg gerne vide hvorfor vi ikke længere får kørselsgodtgørelse for den første tur om morgenen.

Venlig hilsen
Hanne Lauritsen
""")

M("u", """
Hej

Jeg er med i Dansk Metal og arbejder på Ishøj Havn. Vi vil gerne høre om kommunen vil være med til at lave en lærepladsordning for unge i Ishøj.

Thomas
""")

M("u", """
Kære formand for Børne- og Skoleudvalget

Jeg er lærer og DLF-medlem på Vibeholmskolen. Vi har i to år haft 28 elever i alle klasser. Kan udvalget ikke se på klasseloftet?

Med venlig hilsen
Pia Kronborg
""")

M("u", """
Hej

jeg er sygeplejerske og medlem af DSR, arbejder på Hvidovre. vil gerne høre om kommunen har brug for folk i aftenvagter i hjemmesygeplejen. kan godt tage 2 vagter om ugen

Mette
""")

M("u", """
Til Jobcentret

Jeg er medlem af Krifa og vil gerne høre, om I har en aftale med Krifa om jobsøgningskurser, ligesom med de andre fagforeninger.

Mvh
Jesper
""")

M("u", """
Kære kommune

Jeg har været medlem af Det Faglige Hus i 6 år og har nu fået nyt job i Ishøj Kommunes vejafdeling. Skal jeg skifte fagforening for at være dækket af overenskomsten?

Mvh Lars
""")

M("u", """
Til HR

Som Djøf-medlem og nyansat jurist i Byudvikling vil jeg gerne vide, hvornår kommunen holder lønforhandling for akademikere.

Med venlig hilsen
Cecilie Bang
""")

M("u", """
hej jeg er i IDA og ingeniør og vil gerne holde et oplæg for 9. klasserne om teknik på Uddannelsesdagen. hvem skal jeg skrive til

/Kasper
""")

M("u", """
Hej

Jeg er leder i en privat børnehave og medlem af Lederne. Vi vil gerne i dialog med kommunen om tilskuddet til private institutioner.

Mvh
Susanne Hald
""")

M("u", """
Til borgmesteren

Jeg er fællestillidsrepræsentant for pædagogerne i Ishøj Kommune og vil gerne have et møde om den nye vikarordning, før den træder i kraft.

Venlig hilsen
Nikolaj Fabricius
FTR, BUPL
""")

M("hu", """
Hej

Jeg var medlem af Serviceforbundet indtil sidste år, da jeg stoppede i kommunen. Jeg har stadig en klage kørende om min arbejdsskade fra kommunens rengøring. Skal jeg kontakte forbundet eller kommunen?

Venlig hilsen
Inge
""")

M("", """
Hej Jobcentret

Hvilke fagforeninger deltager i jobmessen den 12. november, og er der en stand for folk uden a-kasse?

Mvh Camilla
""")

M("", """
Til Ydelseskontoret

Jeg er medlem af ASE's a-kasse og har fået nyt job i kommunen fra 1. december. Skal jeg give jer besked om noget?

Mvh Rikke
""")

M("", """
Til kommunen

Jeg er ikke medlem af nogen a-kasse eller fagforening og vil gerne vide, om kommunen tilbyder gratis rådgivning om ansættelseskontrakter for små virksomheder.

Mvh Morten, selvstændig tømrer
""")

M("u", """
Kære Søren Bech

Vi er nogle stykker fra forskellige forbund på byggepladsen ved den nye skole, og vi har set at underentreprenøren ikke har styr på sikkerheden. Vi vil gerne mødes med dig.

Hilsen en gruppe bygningsarbejdere
""")

M("bu", """
Hej Mette Aagaard

Jeg er både medlem af Socialdemokratiet og af HK, og jeg er bekymret for, at kommunens nye IT-system fører til fyringer i administrationen. Kan du svare mig, inden jeg skriver et læserbrev?

Mvh Birgit Hvid
""")

M("hu", """
Hej

Jeg er tillidsrepræsentant for Socialpædagogerne på bostedet og er selv sygemeldt med en skulderskade efter en episode med en beboer. Hvem i kommunen skal have min arbejdsskadeanmeldelse?

Dennis Vang
""")
