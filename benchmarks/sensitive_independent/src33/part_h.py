"""corpus33 part H: replies and forwards with quoted text; CPR in signatures and lead-ins."""
from common import M

M("hs", """SV: Din henvendelse om genoptræning

Tak for svaret. Men I har stadig ikke svaret på om min mand Anders kan få genoptræning hjemme, nu hvor han ikke kan gå efter hofteoperationen.

Mvh Peter Vang
Cpr [[231055-1189]]

> Den 3. marts 2025 kl. 10.14 skrev Center for Voksne og Velfærd:
> Kære Peter Vang
> Tak for din henvendelse. Vi vender tilbage inden for 10 arbejdsdage.""")

M("", """SV: Kvittering

> Vi har modtaget din henvendelse og vender tilbage inden for 10 arbejdsdage.

Tak, men jeg spurgte bare om hvornår biblioteket holder åbent i påsken. Det kunne I vel bare have skrevet? /Ruth""")

M("e", """---------- Videresendt besked ----------
Fra: Borgmesterens PA
Til: Centerchef, Center for Beskæftigelse og Erhverv
Cc: Direktør for Arbejdsmarked
Emne: VS: Min kontanthjælp

Til orientering og videre behandling. Kvittering er sendt til borgeren 12.02.25.

> Kære borgmester
> Min kontanthjælp er blevet sat ned med 3.000 kr. fordi min kæreste er flyttet ind. Men vi er ikke kærester længere, han bor her bare midlertidigt. Hvordan beviser jeg det?
> Cpr [[140398 4217]]
> Hilsen Amanda Friis""")

M("", """---------- Videresendt besked ----------
Fra: Direktionsassistent
Til: Centerchef, Center for Byudvikling og Natur
Emne: VS: Busstoppested

Til videre behandling, kvittering sendt.

> Hej. Busstoppestedet ved Ishøj Landsby er flyttet 200 meter. Det er langt for os ældre. Kan det flyttes tilbage?
> Hilsen Ingrid, 84 år""")

M("heu", """SV: Tilbud om arbejdsprøvning

Jeg kan ikke møde mandag, for jeg skal til scanning på Herlev for min ryg. Min tillidsrepræsentant fra Dansk Metal, Ole, vil gerne deltage i mødet når det bliver flyttet.

Mvh Michael Strand
personnr. [[051280-2239]]""")

M("", """Hej igen

Jeg skrev i sidste uge om vores vejbump (jeres ref. 05.01.10-G01-8-25). Kan I opdatere mig?

Mvh Villy Krog
Syvstjernevej 3
Tlf. 22 31 10 55""")

M("et", """Fra: Yusra Ahmed
Sendt: 4. april 2025 21:03
Til: byrådsmedlem Hanne Vestergaard
Emne: hjælp

Hej Hanne, du mødte mig på markedet. jeg er fra Syrien og har 3 børn. min mand er gået fra mig og jeg har ingen penge til husleje i maj. jeg er bange for at blive smidt ud. mit personnummer er [[020887–4432]] hvis det hjælper.

Yusra""")

M("", """Kære Hanne

Tak for at du videresendte min mail om trafikken på Vejlebrovej. Jeg har nu fået svar fra centret. Alt godt.

Mvh Bo Jepsen""")

M("e", """Til: Hovedpostkassen
Fra: Byrådsmedlem Kenneth Sloth
Emne: VS: Hjemmepleje til fru Winther

Hej, vil I sende denne til Voksne og Velfærd? Jeg har kvitteret over for borgeren uden at gentage indholdet.

> Min mor, Edith Winther (cpr [[310134-1262]]), fik hjemmepleje morgen og aften, men nu kommer der kun nogen om morgenen. Hun ligger i sin seng fra kl. 16. Det er uværdigt.
> Bente Winther""")

M("", """Til: Hovedpostkassen
Fra: Byrådsmedlem Kenneth Sloth
Emne: VS: Forslag

Til orientering.

> Kan vi ikke få en hundeskov i Ishøj Søpark? Hilsen Jens og Loke (hunden)""")

M("b", """SV: Valgplakater

Jeg er lokalformand for Dansk Folkeparti i Ishøj, og vi har fået at vide at vores plakater på Ishøj Strandvej hænger for tæt på rundkørslen. Det passer ikke – vi målte.

Hilsen Preben Sejer

> Kære Preben Sejer
> Vi har konstateret at valgplakater på Ishøj Strandvej hænger under 1 m fra rundkørslen...""")

M("", """SV: Valgplakater

Hvor langt fra en rundkørsel skal valgplakater hænge? Jeg spørger for en nabo.

> Tak for din henvendelse.""")

M("eh", """Kære borgerrådgiver

Jeg videresender min korrespondance med Jobcentret. Som du kan se nedenfor, har de ikke svaret på mit spørgsmål om ressourceforløb i over en måned.

> Fra: Jobcenter Ishøj
> Kære Rikke. Dit ressourceforløb skal revurderes. Vi indkalder dig til rehabiliteringsteamet den 14. maj.

> Fra: Rikke Steen
> Hvorfor? Min psykiater siger at jeg ikke kan arbejde med min bipolare lidelse lige nu.

Rikke Steen
CPR: [[071191 2024]]""")

M("", """VS: Tilbud på maling

> Hej Ishøj Kommune, vi kan tilbyde maling af Ishøj Skoles gange til 184.000 ekskl. moms. Tilbudsnr. 2025-0412-88.
> Mvh Malerfirmaet Hansen & Søn

Til centerchef for Børn og Forebyggelse, til vurdering.""")

M("u", """Hej

Som formand for HK Kommunal Hovedstaden, Ishøj-klubben, skriver jeg angående medarbejdernes arbejdstid i Borgerservice. Jeg er selv ansat der.

Venlig hilsen
Merete Lund""")

M("e", """SV: Rykker

Jeg har betalt 2.500 af de 9.800 kr. jeg skylder i daginstitutionsbetaling. Resten kan jeg ikke betale før jeg får min SU i juni. Kan rykkergebyret fjernes?

Mvh Oliver Krogh

> Rykker for betaling, kundenr. 0403952271""")

M("", """SV: Rykker

> Rykker for betaling, kundenr. 1508831190, beløb 420 kr.

Det er betalt i dag. Kvittering vedhæftet. /Ib""")

M("ts", """Til hovedpostkassen

Jeg har videresendt nedenstående fra min mand Mohammed. Han skrev til jer i januar og har intet hørt.

> Jeg er fra Iran og kom hertil som flygtning fordi jeg er homoseksuel. Min mand Jonas og jeg vil gerne flytte til en større lejlighed i Ishøj, og vi vil høre om boligsocial anvisning.

Jonas Pedersen""")

M("", """Hej, hvordan fungerer boligsocial anvisning i Ishøj, og hvem kan få en anvist bolig? Generelt spørgsmål. Mvh Boligrådgivningen, Vestegnen""")

M("hes", """Kære Simon

Min hustru Birgitte og jeg, Lene, har været gift i 8 år. Hun har fået en hjerneskade efter en ulykke og får nu pleje i hjemmet. Jeg er selv blevet sygemeldt af ren udmattelse. Vi har søgt om aflastning. Kan du hjælpe os videre?

Lene Kristensen
CPR [[120383\u00a02118]]""")

M("", """Hej. Min mail fra 11.11.24 kl. 08.45 er ikke besvaret. Emne: vejtræer. Ref.nr. 111124-0845. /Annie""")

M("p", """SV: Byggetilladelse

Tak. Men som jeg skrev, er huset sat til salg, og køberne vil have tilladelsen til tagterrassen skriftligt før de underskriver. Kan vi ikke få svar i denne uge?

Mvh Anette og Bo Krarup, Vejlevænget 19

> Kære Anette og Bo Krarup. Vi forventer at træffe afgørelse inden for 6-8 uger.""")
