"""Part H: property trades not yet concluded, seen by relatives, neighbours and advisers."""
from common import M

M("p", """
Hej Morten

Min svigerfar, Villy Skov, har fået et bud på sin landbrugsejendom ved Tranegildevej fra et solcelleselskab. Han har ikke sagt ja endnu, men de vil have svar inden jul. Han vil gerne vide, om kommunen har planer for området, der kan påvirke prisen. Kan du pege mig i retning af den rigtige medarbejder?

Mvh
Anders Bruun
""")

M("", """
Hej

Vi har købt hus på Tranehøjvej, og handlen blev endeligt afsluttet i august. Nu vil vi gerne bygge en carport. Skal vi søge byggetilladelse, eller kan vi bare anmelde det?

Mvh
Sofie og Emil Hvid
""")

M("p", """
Kære byrådsmedlem

Mine forældre har i to år forsøgt at sælge deres villa på Gadekærvej. Nu er der endelig en køber, men handlen er betinget af, at kommunen giver dispensation til et hegn, som naboen har klaget over. Køber trækker sig, hvis ikke svaret kommer inden 1. februar. Kan du spørge forvaltningen, hvor langt sagen er?

Venlig hilsen
Kristina Juhl
""")

M("", """
Til Byudvikling

Hvornår sælger kommunen de næste storparceller i Ishøj Landsby Syd? Jeg er interesseret i at bygge selv og vil gerne vide, hvordan udbuddet foregår.

Mvh
Thomas Bak
""")

M("p", """
hej
min bror har lige budt på en andelsbolig i Ishøj Strand og vi har fundet ud af at der er et påbud fra kommunen om facaderenovering. han har ikke skrevet under endnu. hvad går påbuddet ud på og hvad koster det ca? han hedder Rune Kjær
/Mads
""")

M("pe", """
Til Borger, Økonomi og IT

Jeg hjælper min mor, Lis Brandt, med at sælge hendes rækkehus på Ishøj Søvej, fordi hun ikke længere kan betale ydelserne efter min fars død. Køberen har underskrevet købsaftalen med forbehold for advokatgodkendelse. Kommunen har lån til indefrysning af ejendomsskat i huset. Hvordan indfries det ved overtagelsen?

Med venlig hilsen
Lars Brandt
""")

M("", """
Hej

Hvordan beregnes ejendomsværdiskatten efter den nye vurdering? Vi har hørt, at kommunen ikke selv bestemmer satsen. Er det rigtigt?

Mvh
Grundejerforeningen Vibeholm
""")

M("p", """
Kære Center for Byudvikling og Natur

Jeg er ejendomsmægler og formidler salget af et parcelhus på Brudeløkke 4 for ejeren, Sven Aabo. Vi har en køber, der har givet et bud, men som vil have bekræftet, at det eksisterende orangeri er lovligt opført. Kan I oplyse, om der foreligger en byggetilladelse? Handlen afventer dette.

Med venlig hilsen
Nina Frost, EDC Ishøj
""")

M("", """
Hej

Jeg er ejendomsmægler og vil høre, om kommunen har en oversigt over, hvilke villaveje der er omfattet af lokalplan 4.18. Det er til vores generelle salgsmateriale.

Mvh
Mægleren, home Ishøj
""")

M("pb", """
Hej Ishøj Kommune

Vi er en katolsk menighed og mine forældre, Jan og Maria Nowicki, har skrevet et betinget tilbud på at købe den gamle spejderhytte på Vejlebrovej, som kommunen har sat til salg, så den kan bruges som menighedshus. De er begge aktive i menigheden. Hvornår træffer byrådet beslutning om salget?

Mvh
Adam Nowicki
""")

M("p", """
Hej

Min nabo, Tove Lassen, har fortalt at hun har fået et bud på sit kolonihavehus i H/F Solbakken, men at køberen står længere nede på ventelisten end en anden interesseret. Tove er i tvivl om, hvem hun må sælge til. Hvem bestemmer det, foreningen eller kommunen?

Mvh
Henny Berg
""")

M("", """
Hej

Vi har en erhvervslejekontrakt i Ishøj Erhvervspark. Udlejer vil sælge bygningen, og vi vil høre, om kommunen har forkøbsret. Vi er bare lejere og ved ikke, hvem køberen er.

Mvh
Lagerhuset ApS
""")

M("pt", """
Hej

Min svoger, Ahmet Kaya, der er tyrker og ikke så god til dansk, har budt på en ejendom til sit pizzeria på Ishøj Torv. Sælger har accepteret, men der er en betingelse om, at kommunen godkender udeservering. Jeg hjælper ham med sagen. Hvem skal vi skrive til?

Mvh
Hasan Öztürk
""")

M("", """
Til Ejendomsafdelingen

Jeg vil høre, om kommunen har planer om at sælge den tomme daginstitution på Gildbrovej. Der går rygter i kvarteret, og vi er bekymrede for, hvad grunden skal bruges til.

Mvh
Beboerforeningen Gildbroparken
""")

M("phe", """
Hej

Jeg er datter af Kirsten Vig, der er blevet dement og er flyttet på plejehjem. Vi har fået et bud på hendes lejlighed (ejerlejlighed på Ishøj Parkvej) på 1,85 mio., men jeg har kun fremtidsfuldmagt, og sælgeren skal skrive under hos notaren. Kan I hjælpe med at bekræfte, at fremtidsfuldmagten er sat i kraft?

Venlig hilsen
Pia Vig
""")

M("p", """
Kære udvalgsformand

Min mand og jeg ejer en grund ved Tranegilde Strandvej, som vi har sat til salg. En udvikler har vist interesse, men vil have vished om, hvorvidt der kommer en ny lokalplan. Vi skal give dem svar om to uger. Kan du sige noget om tidsplanen?

Mvh
Karin Ravnsborg
""")

M("", """
Hej

Jeg har købt en lejlighed i Ishøj Strand i 2019, og nu vil jeg bare høre, om ejendomsskatten for 2026 bliver hævet. Jeg har ikke tænkt mig at sælge.

Mvh
Frank
""")

M("pe", """
Til Borgerrådgiveren

Jeg er søn af Finn Gulstad og hjælper ham, da hans hus på Bredekærs Vænge er sat på tvangsauktion i februar. Han har gæld til kommunen for ejendomsskat og renovation og har fået udlæg. Vi har en privat køber, der vil betale 2,2 mio. før auktionen, men kommunen svarer ikke på, om den vil acceptere at trække auktionsbegæringen. Kan du hjælpe?

Venlig hilsen
Carsten Gulstad
""")

M("p", """
hej, min veninde og hendes mand er ved at købe hus i Torslunde. købsaftalen er underskrevet men de har 6 hverdages fortrydelse tilbage. hun vil vide om der er planlagt en vej bag huset, for det er noget mægleren har nævnt. de hedder Lærke og Kasper Bonde. mvh Sanne
""")

M("", """
Hej

Kan kommunen oplyse, hvor mange huse der blev solgt i Ishøj sidste år, og hvad gennemsnitsprisen var? Jeg er journaliststuderende og skriver om boligmarkedet på Vestegnen.

Mvh
Jakob Holm
""")

M("ps", """
Hej

Jeg skriver for min bror, Klaus, og hans mand, Henrik. De er ved at købe vores barndomshjem af vores mor på Vibeholmsvej. Mor har sagt ja til en pris, men banken vil have en vurdering. Kan kommunen hjælpe med oplysninger om tidligere tilbygninger, så vurderingsmanden har dem?

Mvh
Helle Bjørn
""")

M("", """
Hej

Vi er en kommende køber af et rækkehus i Ishøj. Vi har ikke budt endnu og vil først høre, om der er planer om flere boliger i området, da vi gerne vil have et roligt kvarter. Hvor kan vi se kommuneplanen?

Mvh
Malene
""")

M("p", """
Kære Jonas

Jeg er bestyrelsesformand i vores andelsboligforening og skriver om en af vores medlemmer, Birgit Hjort, der vil sælge sin andel. Køberen er fundet, men han vil have, at kommunen bekræfter, at der ikke er verserende sager om byggeskader, før han skriver under. Hvem kan give det svar?

Mvh
Kjeld Storm
""")

M("pe", """
Hej

Min kusine, Jannie Lind, er gået fra sin mand, og de skal sælge huset på Strandgårdsvej. Han vil ikke sælge, og hun har ikke råd til at blive boende. Der er en køber, men han skriver ikke under. Kan kommunen gøre noget, eller er det kun Familieretshuset?

Mvh
Tina
""")
