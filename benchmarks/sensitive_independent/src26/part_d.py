"""Part D: partners, spouses and carers writing for someone close."""
from common import M

M("hs", """
Til Center for Voksne og Velfærd

Min mand, Henrik Wessel, har fået en hjerneskade efter en trafikulykke og har nu brug for en pårørendesamtale med jer om hjemmetræning. Jeg (Lars) er hans ægtefælle og har fuldmagt. Kan vi få et møde i uge 3?

Venlig hilsen
Lars Wessel
""")

M("he", """
Hej

Jeg skriver for min kone, Bente, der fik en blodprop i hjernen i september. Hun kan ikke tale ordentligt endnu. Vi har søgt om en plads i genoptræningscentret og om hjælp til personlig pleje om morgenen, for jeg har selv en dårlig ryg og kan ikke løfte hende. Hvornår kan vi forvente svar?

Med venlig hilsen
Verner Sørensen, Ishøj Søvej 12
""")

M("u", """
Kære Løn og Personale

Min kæreste, Mikkel Brandt, har bedt mig skrive, da han er på montage i Norge. Han er medlem af Dansk El-Forbund, og de har bedt om en kopi af hans ansættelseskontrakt som vikar i vejafdelingen for at tjekke lønnen. Kan kontrakten sendes til ham i e-Boks igen, så han kan videresende det?

Mvh
Josefine Lund
""")

M("", """
Hej

Min kone og jeg skal giftes på rådhuset i maj. Hvilke dokumenter skal vi aflevere, og hvornår skal vi senest booke? Vi er begge danske statsborgere og har ikke været gift før.

Mvh
Anders
""")

M("s", """
Hej

Jeg og min kone, Camilla, har fået en datter i oktober. Jeg er medmor, men på sygesikringsbeviset står kun Camilla som forælder. Hvordan bliver jeg registreret, så jeg kan hente hende i vuggestuen og få besked fra lægen?

Venlig hilsen
Rikke Sand-Jensen
""")

M("eh", """
Til Ydelsescenteret

Min samlever Michael Skov, [[151179-2087]], er indlagt på psykiatrisk afdeling i Glostrup med en psykose og kan ikke selv åbne sin post. Han har fået brev om, at hans kontanthjælp stopper, fordi han ikke er mødt til en samtale. Han var indlagt den dag. Kan I stoppe sanktionen?

Mvh
Signe Kvist
""")

M("", """
Hej

Jeg er pårørende og vil gerne høre, om kommunen har pårørendegrupper for ægtefæller til demente. Vi er ikke nået så langt endnu, vi er bare ved at forberede os.

Hilsen
Kirsten
""")

M("hb", """
Kære Hospice-koordinator

Min mand, Abdirahman, er døende af kræft og vi er muslimer. Det er vigtigt for os, at han kan ligge vendt mod Mekka, og at en imam kan komme forbi. Han kommer hjem fra hospitalet på fredag for at dø hjemme. Kan hjemmesygeplejen hjælpe med det praktiske?

Med venlig hilsen
Fadumo Warsame
""")

M("e", """
hej. min kæreste og jeg er gået fra hinanden og han bor stadig i lejligheden som står i mit navn. han betaler ikke husleje og jeg har nu 3 mdr restance. kan kommunen hjælpe mig eller er det boligselskabet. /sarah
""")

M("su", """
Hej

Jeg er gift med en mand, Tobias, og vi vil gerne adoptere. Vi har begge fast arbejde, jeg er lærer og medlem af DLF, han er sygeplejerske. Vi har hørt, at man skal til et informationsmøde hos kommunen før godkendelsen. Hvornår er det næste?

Venlig hilsen
Frederik Nyholm
""")

M("", """
Hej

Jeg er gift med en sygeplejerske, og hun er på nattevagt det meste af ugen. Kan vores datter komme i SFO kl. 6.15 i stedet for 6.30? Hvem bestemmer åbningstiden?

Mvh
Jesper
""")

M("he", """
Kære borgerrådgiver

Jeg er ægtefælle til Ole Dam, som har svær demens og bor hjemme med mig. Han er aflastet på Kærbo to uger hver tredje måned. Ved sidste aflastning kom han hjem med et tryksår, som ingen havde fortalt mig om. Jeg vil gerne have en forklaring og vide, hvad der er gjort for at det ikke sker igen.

Venlig hilsen
Gudrun Dam
""")

M("ht", """
Hej

Min kone, Mei, er kinesisk og har haft opholdstilladelse i seks år. Hun skal til danskprøve, men prøven er samme dag som hun skal føde. Kan hun få en anden dato? Hvem skal vi skrive til?

Mvh
Jesper Vinding
""")

M("", """
Hej

Hvor finder man et skema til at søge om at være plejefamilie? Min mand og jeg har tænkt over det længe.

Hilsen
Annette
""")

M("hes", """
Til Voksne og Velfærd

Min mand Jørn og jeg (Peter) har været sammen i 35 år. Jørn fik i sommer en amputation af det højre ben pga. sukkersyge. Vi har søgt om en handicapbil og et bruserum i stueetagen. Vi har fået at vide, at vi skal dele udgiften til bruserummet, men vi lever begge af folkepension og har ingen opsparing.

Venlig hilsen
Peter Kristensen
""")

M("b", """
Kære borgmester

Min samlever, Karin Juhl, er aktiv i Alternativet og har sammen med mig startet en frøbytte-ordning på biblioteket. Vi vil gerne invitere dig til åbningen den 4. april. Karin sender et personligt invitationsbrev, men jeg ville lige høre om datoen passer.

Mvh
Bjarne Wolff
""")

M("", """
Hej

Jeg er pårørende til en beboer på et af jeres bosteder og undrer mig over, at personalet skifter så ofte. Hvor stor er personaleomsætningen i socialpsykiatrien i Ishøj? Jeg vil gerne have tallene for 2024 og 2025.

Venlig hilsen
Karl Emil Bang
""")

M("eu", """
Hej Ydelsescenter

Min mand, Kenneth Holm, blev fyret fra Dansk Vognmand i sidste måned. Han er medlem af HK's a-kasse og får dagpenge, men han mangler en blanket fra jer om boligstøtten, fordi indtægten er faldet. Han ringer og ringer og ingen tager telefonen.

Mvh
Dorthe Holm
""")

M("h", """
hej, min kæreste Sara har en svær graviditet med svangerskabsforgiftning og må ikke arbejde. hun har en tid hos jer i borgerservice på tirsdag til nyt kørekort men kan ikke møde op. kan det flyttes? /Kristian
""")

M("", """
Til kommunen

Jeg er carer for min bror, og vi vil gerne vide hvilke regler der er for at være lønnet pårørende (plejeorlov). Er det noget man søger om hos jer, og hvad er kriterierne generelt? Vi har ikke besluttet noget endnu.

Mvh
Nina
""")

M("he", """
Hej

Min hustru, Lis Mogensen, [[020548-0916]], har været på Kærbo i aflastning i fire uger, efter hun blev opereret for en hjernesvulst. Hun er blevet lovet en permanent plejebolig, men nu siger de, at det kan tage tre måneder. Jeg kan ikke have hende hjemme. Kan det fremskyndes?

Venlig hilsen
Anker Mogensen
""")

M("t", """
Hej

Min mand er fra Marokko, og vi har fået brev om, at hans opholdstilladelse ikke kan forlænges, før han har bestået en prøve i Danmarkskundskab. Han har været på sprogskolen i Ishøj i to år. Kan vi få en attest fra sprogskolen om hans deltagelse?

Mvh
Louise Haddou
""")

M("bs", """
Kære sognepræst og kirkekontor

Min kæreste Anders og jeg vil gerne vies i Ishøj Kirke. Vi er begge medlemmer af folkekirken og troende. Vi har hørt, at nogle præster ikke vil vie to mænd. Kan vi bede om en bestemt præst?

Venlig hilsen
Emil Juul
""")

M("", """
Hej

Jeg har et spørgsmål om plejevederlag. Er det korrekt, at man kan få løn fra kommunen, hvis man passer en nærtstående, der er døende? Hvor mange uger kan man få det i? Jeg spørger for en kollega, som vil vide det før hun går videre.

Mvh
Hanne
""")

M("e", """
Hej

Jeg er kæreste med Tommy Johansen, som sidder i Vestre Fængsel til februar. Han skal have en bolig, når han kommer ud. Kan han blive skrevet op til en boligsocial anvisning nu, eller skal han vente til han er løsladt? Jeg har fuldmagt.

Venlig hilsen
Maria Larsen
""")

M("hu", """
Hej

Jeg hjælper min hustru, der er sygemeldt med kræft i tarmen. Hendes arbejdsgiver, Ishøj Kommune, vil holde en sygefraværssamtale. Hun er medlem af FOA, og hendes tillidsrepræsentant vil gerne deltage. Må hun tage mig med også? Hun hedder Kirsten Pallesen og er dagplejer.

Mvh
Karsten Pallesen
""")

M("", """
Hej

Min kæreste og jeg flytter sammen i januar. Skal vi selv melde flytning hos Borgerservice, eller sker det automatisk, når vi skriver under på lejekontrakten?

Mvh
Mathilde
""")

M("ehs", """
Kære Familieretshuset og Ishøj Kommune

Jeg er gået fra min kone, fordi jeg har erkendt at jeg er homoseksuel. Vi har to børn og er uenige om samværet. Hun vil ikke lade mig se børnene, når min nye kæreste, Thomas, er til stede. Jeg er blevet så ked af det, at lægen har sygemeldt mig med depression. Jeg håber, kommunen kan hjælpe med en børnesagkyndig samtale.

Venlig hilsen
Christian Bjørn
""")

M("p", """
Hej

Min kone og jeg har solgt vores hus på Snerlevej, men køberens advokat har nu bedt om en ny ejendomsdatarapport, og handlen er ikke endeligt på plads før den foreligger. Købers frist er fredag. Kan I prioritere den?

Venlig hilsen
Claus Winther
""")

M("", """
Til Center for Voksne og Velfærd

Vi er en gruppe ægtefæller til mennesker med sklerose, som mødes privat en gang om måneden. Kunne kommunen tænke sig at holde et oplæg for os om hjælpemidler og boligændringer? Generelt, ikke om vores egne sager.

Mvh
Pårørendegruppen i Ishøj, v. Ingrid
""")

M("b", """
Kære borgerrådgiver

Min kone, Ayesha, er konverteret til islam og går med niqab. Hun blev afvist ved skranken i Borgerservice, fordi en medarbejder mente, at hun ikke kunne identificeres. Hun tilbød at vise ansigtet for en kvindelig medarbejder, men fik nej. Vi synes ikke det er i orden.

Med venlig hilsen
Søren Bakhtiari
""")

M("", """
Hej. Min kone har mistet sit sundhedskort. Kan hun bestille et nyt online eller skal hun møde op? /Brian
""")

M("he", """
Hej

Jeg er pårørende til min samlever, Jan Nygaard, som er alkoholiker og nu er gået i behandling hos Alkoholbehandlingen i Ishøj. Han har mistet sit kørekort og sit job som chauffør. Vi har fået et rykkerbrev om restance på ejendomsskat og ved ikke hvad vi skal stille op.

Venlig hilsen
Lene Holst
""")
