"""Part E: neighbours, hedges, noise, complaints - many with quoted earlier mails."""
from common import M

M("", """
Hej

Min nabos hæk på Gøgevej 14 er over 3 meter og hænger 1 meter ind over fortovet. Man kan ikke gå der med barnevogn. Kan I give ham et påbud?

Mvh Lene
""")

M("p", """
Hej

Naboens hus på Bredekærs Vænge 11 er sat til salg, og mægleren har sat skilte op på vores græs. Hans hæk er også ødelagt af deres fotograf-lift. Hvem skal jeg klage til, når ejeren er flyttet og handlen ikke er faldet på plads?

Mvh Ole Brask
""")

M("t", """
Hej

Jeg vil klage over min nabo på Vejledalen 7, 1. tv. Han råber "sorte abe" efter mig hver gang jeg går forbi med vasketøj. Jeg kommer fra Nigeria og har boet her i 11 år. Boligselskabet siger det er en sag for kommunen.

Mvh
Chinedu Okafor
""")

M("", """
Hej

Der spilles høj musik fra en fest i kolonihaveforeningen hver lørdag til kl. 3. Hvem kan man ringe til om natten?
""")

M("he", """
Hej

Min nabo (Strandgårdsparken 22, st. th.) er en ældre mand, Erik, som jeg tror har demens. Han går ud om natten i bare underbukser og har to gange ikke kunnet finde hjem. Han har ingen familie og hans hjemmehjælp kommer kun en gang om ugen. Kan nogen se til ham?

Venlig hilsen
Bente Holst, nabo
""")

M("", """
Hej Ishøj

Rotter i gården på Ishøj Strandvej 80. Har set tre i dag. Hvem bekæmper?
""")

M("", """
Fra: Ishøj Kommune, Natur og Miljø
Sendt: 28. januar 2026
Til: Gert Ebbesen
Emne: Sv: Hundeglam

Kære Gert Ebbesen. Støj fra hunde er som udgangspunkt et privatretligt forhold mellem naboer.

---

Så hvad skal jeg gøre? Den har gøet hver dag fra 7 til 17 i tre måneder. Jeg arbejder hjemme.

Gert
""")

M("hs", """
Hej

Jeg og min kæreste Anders bor på Vejlebrovej 40. Naboen har skrevet "bøssesvin" på vores postkasse og truet min kæreste. Jeg er blevet så angst at jeg har fået sovemedicin af lægen. Politiet er involveret men vi vil gerne flytte. Kan kommunen hjælpe med en anden bolig?

Mvh Jakob
""")

M("", """
Hej

Må naboen fælde et stort træ på grænsen uden at spørge mig? Det er et egetræ på cirka 80 år.
""")

M("e", """
Hej

Min nabo i nr. 5 har lige fået en fogedudsættelse og hans ting står nu ude på fortovet. Det har regnet i to dage. Han sover i sin bil. Kan kommunen hjælpe ham? Han hedder Lars og er en flink mand.

Mvh Connie
""")

M("", """
Hej

Hvad er reglerne for at have høns i et rækkehus? Vores nabo har fået en hane og den galer kl 4.
""")

M("b", """
> Kære Muhammed Ali
> Vi har modtaget din klage over naboens grill.
> Venlig hilsen, Miljø

Tak. Men jeg vil tilføje at det ikke handler om røgen. Naboen griller svinekød lige ved vores vindue med vilje, fordi han ved at vi er muslimer og beder fem gange om dagen med åbent vindue. Han siger det højt. Det er chikane.

Muhammed Ali
""")

M("", """
Hej

Vi vil gerne klage over en virksomhed i Ishøj Erhvervspark, der larmer med kompressorer hele natten. Adressen er Industribuen 12.
""")

M("u", """
Hej

Jeg vil klage over at der holder en 3F-bus med højttaler og råber foran byggepladsen på Ishøj Strand hver morgen kl 6.30. Jeg er selv medlem af 3F og synes de har ret i konflikten, men det her er for tidligt.

Mvh Leif Storm
""")

M("", """
Hej

Der er en blokade på en byggeplads ved Ishøj Strand, og fagforeningen råber kl 6.30. Kan I gøre noget ved støjen? Det handler ikke om hvem der har ret.
""")

M("", """
Hej

Kan jeg klage over at naboens varmepumpe larmer? Den står en meter fra mit soveværelse.

Mvh Erik
""")

M("ht", """
Hej

Naboen til min mor er rumæner og roma, og han hjælper hende med indkøb. Andre beboere har klaget over ham til boligselskabet og kalder ham sigøjner. Min mor har Parkinson og er afhængig af hans hjælp. Jeg synes kommunen skal vide at han er en god nabo.

Mvh Hanne Dahl
""")

M("", """
Til kommunen

Bålfyring i haverne i Torslunde. Hele vejen lugter. Er det ikke forbudt i byzone?
""")

M("e", """
VS: Klage over naboens hund

-----Original Message-----
From: Tove Ringsted
To: Politiet
Subject: Klage

Jeg klager igen over naboens hund. Han er netop løsladt fra fængslet og hunden er af en forbudt race.

---
Hej Ishøj. Politiet siger jeg skal skrive til jer om hunden. Se nedenfor.
Tove
""")

M("", """
Hej

Vi har fået en vandskade fra lejligheden ovenover. Hvem skal betale, og skal kommunen vide det?
""")

M("s", """
Hej

Jeg bor på Ishøj Søpark 12 med min kone Maria. Naboerne har sat en seddel på vores dør om at "lesbiske ikke er velkomne i opgangen". Vi vil gerne have at kommunen eller boligselskabet tager det alvorligt.

Venlig hilsen
Camilla Juhl
""")

M("", """
Hej

Er der en mægler-ordning hvis man er i konflikt med naboen om et plankeværk? Vi vil gerne undgå retten.
""")

M("pe", """
Hej

Min nabo i nr. 14 har fortalt mig at han skal sælge huset fordi han og konen skal skilles, og at de har en køber der vil lave en betinget aftale. Han siger at vores fælles hæk skal fjernes før køber vil skrive under. Skal jeg acceptere det?

Mvh Orla
""")

M("", """
Hej, der er nogen der fodrer duer fra altanen på Vejlebrovej 56. Det giver rotter. Kan I gøre noget?
""")

M("h", """
Hej

Min nabo Jytte i nr. 3 har lige fået en ny hofte og har svært ved at gå. Hendes have er blevet helt vild og der er en klage fra grundejerforeningen. Kan kommunen give henstand?

Mvh Inger
""")

M("", """
Fra: Per Gjesing
Sendt: 3. marts 2026 07:55
Til: post@ishoj.dk
Emne: Fw: Naboens byggeri

Jeg skrev til byrådsmedlem Karen Lund om det her. Hun siger jeg skal skrive direkte til jer.

> Kære Karen
> Naboen bygger en garage uden tilladelse på Hyldegårds Vænge 6. Kan du gøre noget?
> Per

Mvh Per Gjesing
""")

M("t", """
Hej

Jeg har fået en klage fra naboen over mad-lugt fra min lejlighed. Han har skrevet til boligselskabet at "de indere koger karry hele dagen". Vi er indere, ja, men vi laver bare mad. Kan kommunen gøre noget ved chikane?

Mvh Priya Sharma
""")

M("", """
Hej

Hvad må man bygge af hegn i forhaven? Vores grundejerforening siger max 1,2 m.
""")

M("bt", """
Hej

Vores nabo har sat et stort israelsk flag op på altanen og vi har sat et palæstinensisk. Nu har boligselskabet klaget til kommunen over os. Vi er palæstinensere og vi mener det er vores politiske overbevisning at Palæstina skal være frit. Hvorfor skal kun vi tage flaget ned?

Mvh Khaled Saadi
""")

M("", """
Hej

Må man hejse andre flag end Dannebrog i sin have i Ishøj? Fx et regnbueflag eller et ukrainsk flag?
""")

M("h", """
Sv: Støj fra Ishøj Havn

> Vi har målt støjen og den er inden for grænseværdierne.

Det kan godt være, men jeg har tinnitus efter en ulykke og larmen fra motorbådene om natten gør at jeg ikke kan sove. Kan I tage hensyn?

Holger
""")

M("", """
Hej

Kan kommunen sætte skraldespande op i Ishøj Søpark ved legepladsen? Der ligger altid skrald.
""")

M("e", """
Hej

Jeg vil klage over naboen der har 6 hunde i en toværelses. Hunden bider. Jeg ved at han får førtidspension og at kommunen har givet ham en hjemmehjælper, så I må vel vide hvordan det ser ud derinde.

Mvh anonym nabo, Vejledalen
""")

M("", """
Hej

Må man ryge på legepladser i Ishøj? Der sidder voksne og ryger hver eftermiddag.
""")
