"""corpus78, part G: lawyers, accountants and estate agents writing for clients."""
from common import M

M("pe", """Til Center for Borger, Økonomi og IT, opkrævningen

Advokatfirmaet Holm & Krogh repræsenterer Jan og Birgit Mortensen, Ishøj Landsby 40. Der er
berammet tvangsauktion over ejendommen den 12. marts efter begæring fra realkreditinstituttet.
Kommunen har anmeldt krav for restance på ejendomsskat. Vi anmoder om en opgørelse, da vores
klienter forsøger et frit salg inden auktionen.

Med venlig hilsen
Advokat Karen Holm""")

M("e", """Til kommunens opkrævning

Som revisor for Rasmus Kjeldsen, cpr [[190384-2271]], søger jeg om en afdragsordning på hans
gæld til kommunen på 46.310 kr. (tilbagebetaling af boligstøtte). Hans indkomst er faldet
efter en fyring, og budget vedlægges. Han kan betale 800 kr. om måneden.

Med venlig hilsen
Revisor Lars Winge, Winge Revision""")

M("p", """Til Center for Byudvikling og Natur

Dødsboet efter Inger Marie Friis sælger ejendommen på Torslunde Landevej 12. Der er underskrevet
en betinget købsaftale med overtagelse 1. april, men køberens advokat kræver en ibrugtagningstilladelse
for tilbygningen fra 1998. Vi kan ikke finde den. Kan I hjælpe inden 1. marts?

Med venlig hilsen
Advokat Mette Rye, bobestyrer""")

M("", """Anmodning om aktindsigt

På vegne af Grundejerforeningen Strandlyst anmoder vi om aktindsigt i alle dokumenter vedr.
lokalplan 1.41 for Ishøj Strand, herunder notater fra møder med developeren i 2024-2025.

Med venlig hilsen
Advokatfirmaet Bruun Hjejle""")

M("e", """Til Familieafdelingen, Center for Børn og Forebyggelse

Jeg repræsenterer Anders Kruse i sagen om samvær med hans datter Emilie (6). Familieretshuset
har fastsat samvær hver anden weekend, men moren har aflyst de sidste fire. Vores klient
ønsker at vide om kommunen er bekendt med forholdene i hjemmet.

Med venlig hilsen
Advokat Jesper Bang""")

M("e", """Til Center for Borger, Økonomi og IT, pension

Vores klient Lise Bøgh er på førtidspension og udlejer et værelse i sit hus. Vi har opgjort
lejeindtægten til 32.000 kr. årligt. Vi beder om bekræftelse af, hvordan det påvirker hendes
pension.

Med venlig hilsen
Kirsten Lau, registreret revisor""")

M("t", """Kære borgerrådgiver

Jeg er advokat for Khalil Nassar, der er statsløs palæstinenser født i Libanon. Han har boet
i Ishøj i 22 år. Borgerservice har afvist at udstede et sundhedskort, fordi han ikke kan
fremvise et pas. Vi anmoder om en revurdering.

Med venlig hilsen
Advokat Sara Lindholm""")

M("s", """Til personaleafdelingen, Ishøj Kommune

Vi repræsenterer Simon Kragh, der den 30. september blev opsagt som pædagogmedhjælper. Vores
klient har oplyst, at opsigelsen kom få uger efter, at han fortalte kollegerne, at han er
homoseksuel. Vi anmoder om begrundelse for opsigelsen.

Med venlig hilsen
Advokatfirmaet Lind""")

M("", """Til Center for Byudvikling og Natur

Vedlagt faktura for juridisk bistand i sagen om erstatning for vejudvidelse, J.nr. 2024-1187,
jeres sagsnr. 05.01.00-P20-3-24. Beløbet bedes betalt inden 30 dage til reg. 3409 konto
4450012345.

Med venlig hilsen
Advokatfirmaet Nielsen & Co.""")

M("", """Til Ishøj Kommune, regnskab

Vi fremsender årsregnskab for Ishøj Boldklub (CVR 25746102) som grundlag for tilskud. Revisors
erklæring er vedlagt. Regnskabet viser et overskud på 18.400 kr.

Med venlig hilsen
Revisionsfirmaet Dahl, statsautoriseret revisor""")

M("he", """Til Center for Voksne og Velfærd

Vi repræsenterer Michael Berg, der fik en alvorlig hjerneskade ved et trafikuheld i januar. Han
har fået bevilget hjemmehjælp 2 timer om ugen, hvilket efter vores opfattelse er for lidt.
Lægeerklæringer vedlægges. Vi beder om en revurdering.

Med venlig hilsen
Advokat Marianne Skov""")

M("be", """Til borgerrådgiveren

Vores klient, Yasmin Abdi, bærer niqab af religiøse grunde. Hendes sagsbehandler på jobcentret
har skrevet i hendes plan, at hun skal tage niqaben af til samtalerne, ellers bliver ydelsen
nedsat. Vi beder om en undersøgelse af sagsbehandlingen.

Med venlig hilsen
Advokat Omar Shafi""")

M("e", """Til Center for Borger, Økonomi og IT

Vedlagt fuldmagt fra vores klienter til at søge aktindsigt i deres boligstøttesag:

Peter Holst, cpr [[060571-2283]]
Susanne Holst, cpr [[120874–1128]]

Vi beder også om kopi af afgørelsen om tilbagebetaling.

Med venlig hilsen
Advokat Dorthe Friis""")

M("", """Til Center for Byudvikling og Natur

Har kommunen forkøbsret til ejendomme i Ishøj Landsby, når de sælges, og i givet fald hvilke
matrikler? Vi spørger generelt og ikke om en konkret handel.

Med venlig hilsen
Advokatfirmaet Kjær""")

M("u", """Til Center for Borger, Økonomi og IT

Min klient Ole Sand har betalt fagforeningskontingent til 3F på 6.600 kr. i 2025, men det er ikke
kommet med på forskudsopgørelsen fra kommunens lønsystem. Kan I rette indberetningen?

Mvh Revisor Jane Hougaard""")

M("b", """Til kirkekontoret og Center for Borger, Økonomi og IT

Vores klient, Francesca Rossi, er medlem af den katolske kirke og betaler bidrag dér. Hun er
fejlagtigt registreret som medlem af folkekirken og har betalt kirkeskat i tre år. Vi anmoder om
rettelse og tilbagebetaling.

Med venlig hilsen
Revisor Peter Dam""")

M("e", """Til Center for Børn og Forebyggelse

Jeg er forsvarer for Jonas Lauridsen, 17, der afsoner i Vestre Fængsel. Han skal løslades den
2. december, og han har ingen bolig. Vi anmoder om at kommunen inddrages i udslusningen.

Med venlig hilsen
Advokat Thomas Bjerg""")

M("p", """Til Økonomiudvalget

Vores klient, Vestegnens Logistik A/S, har indgået en betinget købsaftale om kommunens erhvervsgrund
Industrivej 30 (matr. 5ap). Betingelsen om byggetilladelse skal være opfyldt senest 1. juni.
Vi beder om en tidsplan for kommunens behandling.

Med venlig hilsen
Advokatfirmaet Plesner""")

M("", """Høringssvar – lokalplan 2.49 Vejleå Erhverv

På vegne af Vejleå Grundejerforening gør vi indsigelse mod at byggehøjden hæves fra 12 til 20
meter. Forøgelsen strider mod kommuneplanens rammer og vil påvirke naboernes udsigt.

Med venlig hilsen
Advokat Henrik Lund""")

M("h", """Til Center for Børn og Forebyggelse, dagplejen

Min klient, dagplejer Lone Andersen, er sygemeldt efter en operation for diskusprolaps og kan
ikke tage børn i 8 uger. Hun driver dagplejen med eget regnskab, som jeg fører. Hvordan
afregnes hendes løn i perioden?

Med venlig hilsen
Revisor Bent Holm""")

M("he", """Til borgerrådgiveren

Min klient, Jens Rask, blev tvangsindlagt på psykiatrisk afdeling i Glostrup den 4. oktober. Han
mener, at hans støttekontaktperson i kommunens socialpsykiatri gav politiet urigtige oplysninger. Vi
anmoder om kopi af kommunens notater.

Med venlig hilsen
Advokat Lise Mogensen""")

M("te", """Til Center for Beskæftigelse og Erhverv

Min klient, Dawit Haile, er eritreer og taler tigrinya. Han er indkaldt til møde om sin
sag den 14. november. Han beder om at mødet holdes med tolk, og at tolken ikke kommer fra det
eritreiske miljø i Ishøj.

Med venlig hilsen
Advokat Nina Bay""")

M("", """Hej Ishøj Kommune

Vi er et tolke- og oversættelsesbureau med 40 sprog, bl.a. arabisk, somali, tigrinya og urdu.
Vi vil gerne præsentere os for kommunens indkøbsafdeling med henblik på næste udbud.

Med venlig hilsen
Nordic Tolk ApS""")

M("pe", """Til Center for Byudvikling og Natur

Jeg er advokat for ægteparret Ulla og Kurt Ravn, der er ved at blive skilt. Deres fælles hus på
Gildbrovej 33 er sat til salg, og der er kommet et bud. Køber ønsker dokumentation for
lovliggørelse af carporten. Begge parter har givet fuldmagt.

Med venlig hilsen
Advokat Charlotte Thisted""")

M("e", """Kære opkrævning

Jeg fører regnskab for min klient, der har skattegæld og restance til kommunen på ejendomsskat.
Personnummer: [[2309672183]]. Vi ønsker en samlet afdragsordning. Hvilke papirer skal bruges?

Med venlig hilsen
Revisorhuset Vestegnen""")

M("e", """Til Center for Børn og Forebyggelse

Vi er advokater for Sara Nielsen, cpr. [[030489-2212]], hvis to børn blev anbragt uden for hjemmet i august. Vi
anmoder om aktindsigt i sagen, herunder underretninger og børnefaglige undersøgelser, og
om et møde om samvær.

Med venlig hilsen
Advokatfirmaet Ravn""")

M("", """Til Center for Byudvikling og Natur

Vedr. skade på kommunens vejskilt ved Ishøj Stationsvej 4. november. Forsikringstager er
Vognmand Hansen ApS, police nr. 2105921188, skadenr. 0311254477. Send venligst en opgørelse
over udgifterne.

Med venlig hilsen
Codan, erhvervsskade""")

M("st", """Kære borgerrådgiver

Vores klient, Brian Okello, er biseksuel og flygtede fra Uganda, hvor det er strafbart. Han har
fået asyl og er boligplaceret i Ishøj. Han beder om at hans sagsbehandler ikke deler hans
historie med tolke fra hans hjemland.

Med venlig hilsen
Advokat Signe Holm""")

M("uh", """Til Center for Beskæftigelse og Erhverv

Vi repræsenterer Allan Jessen, der er medlem af Dansk Metal, som betaler sagen. Han kom til skade
med ryggen ved et arbejdsuheld på Ishøj Havn i maj. Arbejdsskadesagen er anmeldt, og vi beder om
at kommunen sender sine akter til Arbejdsmarkedets Erhvervssikring.

Med venlig hilsen
LO Advokaterne""")

M("h", """Dear Ishøj Kommune,

I am the accountant for Mr. Lars Sørensen, a self-employed consultant. He has been on sick leave
since June with long Covid. We need to know which forms to use to apply for the employer's
reimbursement for his two employees while he is ill.

Best regards,
Helen Clarke, ACCA""")

M("p", """Til Borgerservice

I dødsboet efter Svend Nygaard er boets hus på Vejleåvej 7 sat til salg, og et bud er modtaget.
Arvingerne skal underskrive salgsaftalen:

Birgitte Nygaard, [[050561-1874]]
Henrik Nygaard, [[170965 2217]]

Kommunen bedes bekræfte, at der ikke er restancer.

Advokat Bo Kjær, bobestyrer""")

M("", """Til Center for Byudvikling og Natur

Handlen om Torslunde Landevej 18 er tinglyst og endelig. Vi beder blot kommunen om at ændre
ejerforholdet i BBR og sende refusionsopgørelsen for ejendomsskat.

Med venlig hilsen
Advokatfirmaet Lind""")

M("be", """Til Center for Beskæftigelse og Erhverv

Vores klient, Mathias Holt, er pacifist og har af samvittighedsgrunde afslået et job hos en
våbenproducent, som jobcentret henviste ham til. Han risikerer nu sanktion. Vi anmoder om at
sagen vurderes ud fra hans overbevisning.

Med venlig hilsen
Advokat Ane Riis""")

M("", """Til Center for Byudvikling og Natur

Jeg repræsenterer bestyrelsen for Ishøj Moské-forening i en tvist om lejemålet på Industrivej.
Udlejer hævder at foreningen har brugt lokalet til andet end aftalt. Vi beder om kopi af
kommunens godkendelse af anvendelsen fra 2019.

Med venlig hilsen
Advokat Rune Falk""")

M("sp", """Til Center for Byudvikling og Natur

Mine klienter, Anne og Line Vinther, der er gift, har købt et hus på Vejleåvej med forbehold for
at kommunen godkender deres ombygning. Købet er betinget og skal være afklaret inden 15. maj.

Med venlig hilsen
Revisor Frank Ibsen""")

M("e", """Til hovedpostkassen

Jeg videresender en mail fra en klient, der har bedt mig hjælpe.

Den 12. okt. skrev Waleed Hamid:
> hej advokaten. jeg har fået brev fra kommunen at jeg skylder husleje 3 mdr og boligselskab
> vil smide mig ud. jeg har ikke arbejde mere. hvad skal jeg gøre. kan du skrive til dem

Med venlig hilsen
Advokat Louise Dam""")

M("bt", """Kære borgmester

Jeg repræsenterer familien Cohen, Ishøj Strandvej. De er jøder, og i den sidste måned er der to
gange smurt hagekors på deres hus. Politiet efterforsker, men familien ønsker at vide om kommunen
vil fjerne graffitien og sætte belysning op på stien.

Med venlig hilsen
Advokat Mikael Bloch""")

M("h", """Til personaleafdelingen

Vores klient er hiv-positiv og blev i sidste uge afvist som frivillig i kommunens ældrecafé,
da lederen fik at vide at han var smittet. Vi anmoder om en begrundelse for afvisningen.

Med venlig hilsen
Advokat Emil Holt
(Klienten: Kasper Nørgaard)""")

M("", """Anmodning om aktindsigt

Vi anmoder om aktindsigt i kommunens kontrakter med private leverandører af aktiveringsforløb
i jobcentret 2023-2025, herunder priser.

Med venlig hilsen
Advokatfirmaet Gorrissen""")

M("ep", """Til kommunens gældsrådgivning

Jeg er revisor for Anders Tvede, hvis VVS-firma gik konkurs i august. Han hæfter personligt for
en kassekredit på 280.000 kr., og banken har begæret hans hus på Gildbrovej på
tvangsauktion i maj. Vi vil gerne aftale et møde om gældssanering.

Med venlig hilsen
Revisor Karin Rønne""")

M("b", """Til Ishøj Kommune, sikkerhedskoordinatoren

Jeg er advokat for Katrine Holm, der er kandidat for SF ved kommunalvalget. Hun har modtaget
trusler efter et vælgermøde på rådhuset. Vi beder om en drøftelse af sikkerheden ved de næste
møder.

Med venlig hilsen
Advokat Ida Brandt""")

M("tu", """Til Center for Byudvikling og Natur

Vi repræsenterer tre polske byggearbejdere, herunder Marek Nowak, [[0108824139]], der er medlem
af 3F. De har ikke fået løn i to måneder for arbejde på kommunens byggeplads i Vejleå. Vi beder
om at kommunen tilbageholder betalingen til entreprenøren.

Med venlig hilsen
Advokat Finn Larsen, på 3F's vegne""")

M("e", """Til Jobcenter Ishøj

Jeg fører regnskab for min klient Palle Skov, cpr [[020758 1134]].
Han er ledig og har spurgt om hans lille udlejning af sommerhuset påvirker dagpengene. Kan I
svare ham direkte?

Mvh Revisor Søren Bak""")

M("ps", """Til ejendomsafdelingen

Jeg er ejendomsmægler og formidler salget af Vejlebrovej 101 for Jens og Morten Lykke, der er
gift. Køber har underskrevet, men handlen er betinget af kommunens tilladelse til
skiltning for klinikken i stueetagen. Hvornår kommer svaret?

Med venlig hilsen
Home Ishøj, ejendomsmægler Lise Dam""")
