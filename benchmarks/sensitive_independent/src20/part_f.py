"""Part F: professionals writing in their role (doctors, teachers, social workers, estate agents, union reps)."""
from common import M

M("h", """
Til Ishøj Kommune, Visitationen

Undertegnede er praktiserende læge for Gerda Møller, [[141033-0884]]. Patienten har svær hjerteinsufficiens og kan ikke længere gå på trapper. Jeg anbefaler en bolig i stueplan eller med elevator, og at sagen behandles med hast.

Med venlig hilsen
Læge Thomas Wiberg
Lægehuset Ishøj Torv
""")

M("p", """
Kære Byudvikling

Jeg er ejendomsmægler og har Ishøj Landevej 203 til salg. Der er underskrevet en købsaftale med forbehold for købers advokatgennemgang, og køberen har spurgt til den planlagte støjskærm. Kan I bekræfte, om den er besluttet?

Med venlig hilsen
Camilla Ravn, statsaut. ejendomsmægler
home Ishøj
""")

M("", """
Hej

Jeg er ejendomsmægler i Ishøj og vil generelt høre, hvornår kommunen offentliggør de nye ejendomsvurderinger for 2025. Vi får mange spørgsmål fra kunder.

Mvh
Henrik Skovgaard, EDC Ishøj
""")

M("he", """
Kære Skoleleder og Pædagogisk Psykologisk Rådgivning

Som klasselærer i 3.b på Vibeholmskolen vil jeg gerne indstille Alfred Jepsen til en PPR-vurdering. Alfred har svære koncentrationsvanskeligheder, og forældrene oplyser, at han er udredt for ADHD i børnepsykiatrien. Forældrene er indforståede.

Venlig hilsen
Lise Holmgaard, lærer
""")

M("", """
Hej

Jeg er lærer på Strandgårdskolen og vil høre, om kommunen tilbyder kurser i førstehjælp for lærere i år, og hvornår tilmeldingen er.

Mvh
Søren Kjær
""")

M("e", """
Til Familieafdelingen

Hermed underretning vedr. Mathilde Skov, 6. klasse, Ishøj Skole. Mathilde er flere gange kommet i skole uden madpakke og i samme tøj hele ugen. Hun har fortalt, at mor "ikke står op" og at der ikke er strøm i lejligheden.

Venlig hilsen
Kontaktlærer Jens Brøndum
""")

M("u", """
Kære Økonomiudvalg

Jeg skriver som fællestillidsrepræsentant for DLF's medlemmer på kommunens skoler. Vi ønsker et møde om den planlagte besparelse på 2,4 mio. på skoleområdet.

Venlig hilsen
Mette Ludvigsen, FTR, Ishøj Lærerforening
""")

M("", """
Hej

Jeg er jordemoder i Hvidovre og holder gratis fødselsforberedelse for gravide i Ishøj. Må jeg hænge en plakat op i Sundhedshuset?

Mvh
Karen Friis
""")

M("he", """
Til Ydelsescenteret

Jeg er psykolog for Emil Bruun og skriver efter aftale med ham. Emil har svær OCD og kan ikke deltage i aktivering i større grupper. Jeg anbefaler, at han fritages midlertidigt, så han ikke mister sin kontanthjælp.

Med venlig hilsen
Cand.psych. Marianne Thorup
""")

M("", """
Kære kommune

Jeg er sagsbehandler i en anden kommune og skriver på egne vegne for at høre, om I har ledige stillinger i Center for Voksne og Velfærd.

Venlig hilsen
Anders Bech
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er pædagog i Børnehuset Solsikken. Vi er bekymrede for Oskar (5), hvis far vi ved sidder varetægtsfængslet. Oskar er blevet meget indadvendt. Kan vi få sparring om, hvordan vi støtter ham?

Mvh
Jeanette Lund
""")

M("p", """
Hej

Jeg er landinspektør for ejeren af matr. nr. 14a Torslunde By. Grunden er solgt betinget af, at udstykningen godkendes, og køberen venter på jer. Kan I give en forventet sagsbehandlingstid?

Med venlig hilsen
Landinspektør Ole Kirk
""")

M("", """
Hej

Jeg er praktiserende læge i Ishøj og vil gerne høre, hvornår kommunens nye akutteam starter, og hvordan vi henviser til det.

Venlig hilsen
Dr. Sara Mogensen
""")

M("hu", """
Kære HR, Ishøj Kommune

Jeg skriver som FOA-tillidsrepræsentant på vegne af medlemmet Hanne Ring, som har været sygemeldt med stress i 9 uger. Hun er indkaldt til en fraværssamtale, hvor jeg deltager som bisidder.

Med venlig hilsen
Birgitte Lauesen
""")

M("", """
Hej

Jeg er bibliotekar og vil gerne invitere kommunens sagsbehandlere til en workshop om digital selvbetjening for borgere. Det er gratis.

Mvh
Pernille
""")

M("e", """
Til Ydelsescenteret

Jeg er gældsrådgiver i Ishøj Frivilligcenter og hjælper Vivi Juhl, som har givet fuldmagt. Vivi har huslejerestance på 23.000 kr. og har modtaget udsættelsesvarsel. Vi søger om hjælp til restancen efter aktivloven § 85.

Venlig hilsen
Kurt Mølgaard
Vivis cpr [[240975 1628]]
""")

M("ht", """
Kære Sundhedspleje

Jeg er tolk og har været med til hjemmebesøg hos en eritreansk familie på Vejlebrovej 60. Moren virkede meget nedtrykt og sagde, at hun ikke har sovet i flere uger efter fødslen. Jeg er bekymret for en fødselsdepression og ville sige det videre.

Mvh
Selam Tesfay
""")

M("", """
Til Ishøj Kommune

Jeg er fysioterapeut og har netop åbnet klinik på Ishøj Torv. Kan klinikken komme på listen over leverandører af vederlagsfri fysioterapi?

Venlig hilsen
Morten Pihl
""")

M("p", """
Kære Økonomiudvalg

Som advokat for køberen af Ishøj Strandvej 112 skal jeg oplyse, at min klient ønsker at købe, men at handlen forudsætter, at kommunen frafalder sin tilbagekøbsret. Parterne er enige om pris, men intet er underskrevet.

Med venlig hilsen
Advokat Line Ebbesen
""")

M("e", """
Hej

Jeg er boligsocial medarbejder i Ishøj Boligselskab. Familien Rasmussen i opgang 14 har fået varsel om udsættelse, og de har tre små børn. Familien har givet samtykke til, at jeg skriver. Kan kommunen hjælpe med en løsning inden den 1.?

Mvh
Maja Kristoffersen
""")

M("u", """
Hej

Jeg er klubformand for 3F-klubben på kommunens vejdrift. Vi vil gerne have et møde med udvalgsformanden om den nye vintervagtsordning.

Mvh
Kenneth Nyborg
""")

M("", """
Kære Ishøj Kommune

Som skoleleder på en privatskole i Greve vil jeg høre, hvordan jeres ordning for kørsel af elever på tværs af kommunegrænsen er skruet sammen.

Venlig hilsen
Susanne Aagaard
""")

M("h", """
Til Hjemmesygeplejen

Efter udskrivelse fra Amager Hospital overgår Erik Vang, [[0711404309]], til jeres varetagelse. Han har et bensår på venstre underben, der skal skiftes hver anden dag, og er i blodfortyndende behandling.

Med venlig hilsen
Sygeplejerske Hanne Wulff, afd. K3
""")

M("", """
Hej

Jeg er socialrådgiverstuderende og skriver bachelorprojekt om underretninger fra skoler. Kan I give mig anonymiserede tal for antal underretninger i Ishøj 2021-2024?

Mvh
Anja Dreyer
""")

M("s", """
Til Center for Børn og Forebyggelse

Jeg er pædagog i vuggestuen Krudtuglen. Vi har fået en ny familie, to mødre, hvor medmor Tina ikke står som forælder i kommunens system, så hun kan ikke hente på Aula. Kan I rette det?

Mvh
Lotte
""")

M("", """
Kære Center for Voksne og Velfærd

Som leder af et privat hjemmeplejefirma vil vi gerne byde på det kommende udbud af praktisk hjælp. Hvornår offentliggøres udbudsmaterialet?

Venlig hilsen
Rikke Vinther, Omsorgsgruppen ApS
""")

M("bh", """
Kære Ishøj Kommune

Jeg er præst i Ishøj Kirke og skriver efter aftale med en af vores menighedsrådsmedlemmer, Flemming Bak, som er meget aktiv i kirken. Han har fået en blodprop og har brug for kørsel til gudstjeneste og genoptræning. Kan den kommunale kørselsordning bruges til det?

Venlig hilsen
Sognepræst Anne Munk
""")

M("", """
Hej

Jeg er journalist på Ishøj Lokalavis og skriver en artikel om ventetiden på handicapparkeringskort. Kan jeg få en kommentar fra udvalgsformanden og de seneste tal?

Mvh
Kristoffer Dahl
""")
