"""corpus90 part H: gambling debts, prison sentences and fines, and long mixed mails
with several categories; fines for parking, general questions on gambling and
council events as negatives."""
from common import M

M("he", """
Kære borgerrådgiver

Jeg skriver fordi jeg skammer mig for meget til at ringe. Jeg er ludoman. Jeg har spillet
online i fire år og skylder nu ca. 340.000 kr. til banken, kviklånsfirmaer og min
svigerfamilie. Min kone ved det kun halvt. Jeg har et job, men lønnen går til afdrag.
Jeg har hørt at kommunen har gratis gældsrådgivning. Hvordan får jeg en tid uden at
skulle stå i Borgerservice foran alle?

Anonym, Ishøj
""")

M("", """
Til Kultur- og Fritidsudvalget

Jeg synes kommunen skal forbyde spilleautomater i kiosker og på grillbarer i Ishøj. Der
er mange unge der hænger ud ved dem. Kan udvalget tage det op?

Venlig hilsen
Lone Kragh
""")

M("eh", """
Hej

Min søn Tobias på 24 har spillet alle sine penge op og har nu lånt 60.000 kr. i
mit navn uden at spørge. Han er i behandling for spilleafhængighed, men han er ved at
blive sat ud af sin lejlighed i Vejleåparken. Jeg ved ikke om jeg skal melde ham til
politiet eller hjælpe ham. Har kommunen nogen, man kan tale med?

Hilsen en mor
Birgitte S.
""")

M("e", """
Til Center for Borger, Økonomi og IT

Min far har fået en dom på 1 år og 3 måneders fængsel for momssvig i sit firma. Han skal
afsone fra februar. Han ejer sammen med min mor huset på Ishøj Landevej, og hun kan
ikke betale lånet alene. Kan hun få udsættelse på ejendomsskatten imens?

Med venlig hilsen
Maja Frost
""")

M("", """
Hej

Jeg har fået en parkeringsafgift ved Ishøj Strand, afgiftsnr. 14120652211. Jeg holdt i
en bås med skilt om 2 timer, og jeg var der kun 1½ time. Hvordan klager jeg?

Mvh Jesper Kolding
""")

M("eu", """
Til Social- og Arbejdsmarkedsudvalget

Jeg var TR for 3F på Ishøj Havn i ti år. Efter jeg fik en dom for vold efter en
fest, mistede jeg jobbet, og nu siger jobcentret, at min straffeattest gør det umuligt at
finde job i transportbranchen. Jeg har afsonet med fodlænke. Jeg vil gerne videre. Er
der nogen ordning for folk som mig?

Venlig hilsen
René Vestergaard
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi er et firma, der har fået en bøde fra Arbejdstilsynet. Skal den betales via
kommunen? Sagsnummer 20261133214. CVR 38812009.

Mvh Flemming, Ishøj Stilladser ApS
""")

M("het", """
Subject: My brother in prison - his flat and debts

Dear citizen advisor,

My brother, Piotr Nowak, is Polish like me and is in Vestre Fængsel awaiting trial. He
has type 1 diabetes and the prison doctor is handling it. Meanwhile his rent in Ishøj
is not being paid and his landlord has started eviction. Can the municipality pay the
rent while he is in custody, or at least store his belongings?

Kind regards,
Anna Nowak
""")

M("", """
Hej

Hvor mange borgere i Ishøj er registreret i ROFUS (selvudelukkelse fra spil)? Jeg
skriver en artikel til Ishøj Avis om ludomani.

Mvh Kasper Hein, journalist
""")

M("he", """
Til Jobcenter Ishøj

Jeg skal i fængsel i 40 dage fra 6. januar for spirituskørsel. Jeg er på sygedagpenge
efter en knæoperation. Hvad sker der med mine sygedagpenge imens, og skal jeg melde
det til jer?

Mvh Steen Holbøll
Cpr. [[031279-1055]]
""")

M("ehsp", """
Kære Ole

Jeg har fået at vide, at jeg kan skrive til dig som formand. Min mand Jacob og jeg
er ved at miste vores hus, fordi han har et spillemisbrug vi ikke kendte omfanget af.
Han har optaget lån i huset bag min ryg, og banken har varslet tvangsauktion. Han er
nu i behandling på Ludomanicentret. Vi har to børn. Kan kommunen hjælpe os med at
beholde huset, i hvert fald til skoleåret er slut?

Med venlig hilsen
Anders Lykkegaard
""")

M("", """
Til byrådet

Jeg synes bøderne for at parkere forkert på Ishøj Strandvej er alt for høje. 510 kr.
er mange penge for pensionister. Kan I ikke sætte dem ned?

Mvh Else Bruun
""")

M("e", """
hej
jeg har fået dom på 30 dages betinget og 80 timers samfundstjeneste for hærværk.
kriminalforsorgen siger jeg kan afvikle timerne hos kommunen, fx i Vej og Park. hvem
skal jeg skrive til?
mvh Lucas 19
""")

M("he", """
Til Center for Borger, Økonomi og IT

Jeg har restskat på 42.000 kr. for 2025, fordi jeg tog ekstra vagter som sosu-assistent,
mens jeg ventede på en operation for en brystkræftknude og derefter var sygemeldt i
fire måneder. Jeg har ikke pengene. Kan kommunen hjælpe med en henstand?

Med venlig hilsen
Merete Vang
""")

M("ebu", """
Kære Jonas

Du kender mig fra SF's bestyrelse her i Ishøj. Jeg sidder også som TR for HK på mit
arbejde. Jeg er netop blevet afskediget efter en omstrukturering og har brug for at
vide, om jeg kan fortsætte i min frivillige post i seniorrådet, hvis jeg kommer på
dagpenge. Det er måske et dumt spørgsmål.

Mvh Helle Brandt
""")

M("", """
Hej

Er det rigtigt at kommunen har tjent penge på Danske Spils lotteri til idrætsforeninger?
Hvordan fordeles pengene?

Mvh Hans Peter
""")

M("hte", """
Til Center for Voksne og Velfærd

Min svigerfar er tyrkisk og taler kun tyrkisk. Han har lige fået en blodprop og
kommer hjem fra Hvidovre Hospital på fredag. Vi har søgt om hjemmehjælp, men vi har
ikke hørt noget. Han har også en stor gæld til sin bank fra hans lukkede restaurant,
som han er meget bekymret for.

Venlig hilsen
Jeanette Yilmaz
[[240659-0822]] (svigerfars cpr)
""")

M("", """
Til Center for Byudvikling og Natur

Vi har fået afslag på byggetilladelse til en carport (sagsnr. 02.34.02-P19-2201-26), men
naboen i nr. 12 har fået lov til det samme. Hvorfor?

Mvh Jakob Holm
""")

M("e", """
Subject: Fine and debt - what happens to my residence permit?

Hello,

I am married to a Danish man, Anders, and live in Ishøj on a family reunification
permit. I recently got a fine of 8,000 kr for shoplifting and I have also some debt to
the municipality for daycare. Will this affect my permit? I am very afraid.

Regards,
Elena
""")

M("", """
Subject: Question about municipal fees

Hi,

I have received a fee notice for waste collection (kundenr. 0301971144). Can I pay it
in installments, like property tax, or does it have to be paid at once?

Thanks,
Ben
""")

M("ehb", """
Kære borgerrådgiver

Jeg er muslim, og jeg skammer mig meget, fordi spil er haram. Men jeg har spillet på
nettet i to år og har nu fået inkasso fra tre firmaer og kommunen. Jeg er i behandling
hos en psykolog for depression. Jeg vil gerne have en afdragsordning med kommunen og ikke
have rykkere hver uge.

Med venlig hilsen
Yusuf
[[180996-3421]]
""")

M("", """
Til borgmesteren

Tak for en god erhvervsreception i rådhushallen. Vi glæder os til næste års
erhvervspris. Kan man indstille sin egen virksomhed?

Venlig hilsen
Pia Juul, Ishøj Revision
""")

M("e", """
Til Center for Børn og Forebyggelse

Min eksmand har lige fået 2 års fængsel for narkosalg. Vores datter på 9 spørger hele
tiden efter ham. Kan kommunen hjælpe med besøg i fængslet, og kan hun få en
støtteperson i skolen?

Mvh Cecilie Brandt
""")


M("ep", """
Til Plan og Byg

Jeg er blevet idømt 2 år for bedrageri og skal sælge mit hus på Torslundevej for at
betale erstatning til mine ofre. Køber har underskrevet, men han vil have en
bekræftelse på, at garagen er lovlig. Kan I sende den inden jeg skal afsone?

Mvh Allan Bjørn
[[150766-0197]]
""")

M("", """
Til Økonomiudvalget

Hvad koster det kommunen at opkræve gæld fra borgere, og hvor meget bliver afskrevet
hvert år? Jeg er pensioneret revisor og vil gerne have tallene.

Mvh Frits Holm
""")

M("etu", """
Kære Jens

Jeg kommer fra Bosnien og har arbejdet som svejser i Ishøj i 22 år, altid medlem af
Dansk Metal. Min virksomhed gik konkurs i oktober, og nu er jeg 61 og på dagpenge. Jeg vil
gerne vide, om kommunen har jobs til ældre svejsere, for ingen vil ansætte mig.

Med venlig hilsen
Senad Hodžić
""")

M("", """
Hej Ishøj Kommune

Jeg spiller i et lokalt pokerklub der mødes i medborgerhuset. Skal vi have tilladelse
til at spille om små beløb?

Mvh Mads
""")

M("hs", """
Til Center for Voksne og Velfærd

Min kæreste Rasmus (vi er to mænd) har fået konstateret HIV og er meget bange for at
nogen i boligforeningen finder ud af det. Må kommunen fortælle boligselskabet om
det, hvis han søger om en anden bolig med elevator?

Venlig hilsen
Kristoffer Bay
""")

M("e", """
Til Borgerservice

Jeg har været i fængsel i 14 måneder og er løsladt den 1. december. Mit pas er udløbet,
og jeg skal have et nyt for at kunne arbejde i Sverige, hvor jeg har fået et job. Kan jeg
få det hurtigt, og kan jeg betale i rater?

Mvh Dennis Ørum
[[010290-1739]]
""")


M("eph", """
Kære Lise

Jeg skriver til dig, fordi du sidder i Økonomiudvalget. Min mand Bjarne er død, og han
havde skjult en stor spillegæld for mig, over 400.000 kr. Jeg har fået at vide, at jeg
skal sælge huset, og jeg har fået et bud på 2,9 mio. Men jeg er selv syg med KOL og kan
ikke overskue at flytte. Kan kommunen give mig en ældrebolig hurtigt? Jeg har søgt.

Venlig hilsen
Else Bjarnø
""")

M("", """
Hej

Jeg har fået en faktura fra kommunen med nr. 2404881063 for leje af
bådplads i Ishøj Havn, men min båd er solgt i september. Kan I kreditere den?

Mvh Peter Brink
""")

M("eb", """
Til Center for Borger, Økonomi og IT

Jeg er kristen og har altid givet tiende til min kirke. Nu er jeg på kontanthjælp, og min
sagsbehandler siger at jeg ikke kan trække bidraget fra i mit budget. Passer det?

Med venlig hilsen
Esther Mwangi
""")


M("es", """
hej Kirsten
min kæreste Simon og jeg har boet sammen i 3 år og vi er begge mænd. nu er vi gået fra
hinanden og han har efterladt mig med en gæld til boligselskabet på 14000. jeg kan ikke
betale. hvem skal jeg snakke med?
Nikolaj
""")

M("", """
Kære Jonas

Jeg vil gerne høre dit syn på, om kommunen skal sætte ejendomsskatten ned næste år. Jeg
har hørt at grundskyldspromillen er højere end i Vallensbæk.

Mvh Arne
""")

M("he", """
Til Jobcenter Ishøj

Jeg er blevet sygemeldt af min læge for alkoholafhængighed og er startet i behandling i
Ishøj Alkoholbehandling. Min arbejdsgiver har opsagt mig. Jeg har brug for at vide, hvad
jeg skal gøre nu for at få penge.

Mvh Torben
""")

M("", """
Subject: Ishøj Business Council event

Hi,

Is the Ishøj business breakfast on 22 January held in English or Danish? Our company is
new to the area and our staff are mainly international.

Kind regards,
Helena Svensson, Nordic Robotics ApS
""")

M("eu", """
Til borgerrådgiveren

Jeg er medlem af FOA og har været ansat som sosu-hjælper i hjemmeplejen. Jeg er
blevet fyret efter at en borger klagede over mig. FOA har hjulpet med sagen, men
jobcentret vil nu have at jeg tager kursus i et andet fag. Jeg vil klage over
jobcentrets behandling af mig, ikke over fyringen.

Venlig hilsen
Jeanette Storm
""")

M("", """
Hej

Vi er en almen boligforening og vil gerne vide om kommunen har en aftale med
Gældsrådgivningen, vi kan henvise beboere til. Mange har spurgt.

Mvh Ejendomskontoret, Strandgården
""")

M("bhu", """
Til Center for Voksne og Velfærd

Jeg er sognepræst i Ishøj og medlem af Præsteforeningen. Jeg har selv været sygemeldt
med stress i efteråret og vil gerne tilbyde at hjælpe med en samtalegruppe for
pårørende på plejecentret, når jeg er rask igen. Hvem kan jeg tale med?

Venlig hilsen
Lene Bruun, sognepræst
""")

M("ts", """
Subject: Two dads from South Africa - school enrolment

Hi,

We're a gay couple originally from Cape Town and just moved to Ishøj with our
adopted son, 7. Which school do we contact to enrol him, and can we both be listed as
fathers on the school's system?

Cheers,
Pieter and Johan van der Merwe
""")

M("hb", """
Hej

Min mor er buddhist og vil gerne have en munk på besøg på hospice, hvor hun ligger
med kræft i sidste stadie. Ved I om kommunen har kontakt til et buddhistisk center?

Mvh Linh Tran
""")

M("ut", """
Kære Ole

Jeg er polsk og arbejder som murer i Ishøj, medlem af BJMF. Jeg vil gerne vide, om
kommunen kontrollerer at underleverandører på kommunens byggerier betaler overenskomstløn.

Mvh Paweł Zieliński
""")

M("hs", """
Til borgerrådgiveren

Min kæreste Anne og jeg (to kvinder) har klaget over at vores datter ikke kan få tid hos
børnepsykiatrien, selvom hun har angst. Det er vel regionens sag, men kan I hjælpe os
med, hvem vi skal klage til?

Mvh Kirsten Lauge
""")

M("ht", """
Til Center for Børn og Forebyggelse

Vi er somaliske, og vores søn på 4 har fået konstateret autisme. Vi vil gerne vide,
hvilke børnehaver i Ishøj der har erfaring med det.

Mvh Abdi og Hawa Warsame
""")
