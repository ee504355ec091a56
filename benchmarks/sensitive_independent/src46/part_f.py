"""Part F: culture, sport, associations and politics; sexual orientation, belief and ethnicity in everyday forms."""
from common import M

M("s", """
Hej Ishøj Bibliotek

Jeg er lesbisk og vil gerne lave en læsekreds for queer kvinder i Ishøj. Kan vi låne et mødelokale en gang om måneden?

Mvh Rikke Dam
""")

M("", """
Har biblioteket litteratur om LGBT+ til unge, og holder I arrangementer under Pride?
""")

M("sb", """
Kære Kulturudvalg

Som homoseksuel mand og medlem af Enhedslisten synes jeg, det er pinligt at Ishøj ikke hejser regnbueflaget under Copenhagen Pride. Mine venner i Albertslund spørger hvorfor.

Mvh Jonas Brink
""")

M("", """
Hvorfor hejser Ishøj ikke regnbueflaget under Pride? Andre kommuner gør.
""")

M("s", """
hej jeg og min kæreste Mikkel vil gerne leje festsalen på rådhuset til vores bryllup i juni. jeg hedder Anders. hvad koster det
""")

M("", """
Kan man leje festsalen på rådhuset til bryllup, og hvad koster det?
""")

M("s", """
Emne: Vielse på rådhuset

Min kone Sara og jeg vil gerne giftes igen i Ishøj (vi blev gift i udlandet, men det er ikke registreret). Hvad skal vi medbringe?

Kærlig hilsen
Maria Holm
""")

M("b", """
Hej

Jeg er sikh og bærer turban. Jeg vil gerne spille i badmintonklubben i Ishøj Hallen, men de siger at jeg skal have hjelm på i holdturneringen? Det forstår jeg ikke.

Mvh Harpreet Singh
""")

M("", """
Er der regler for religiøse hovedbeklædninger i kommunens idrætshaller?
""")

M("t", """
Kære Fritids- og Idrætsudvalget

Min søn Kevin blev kaldt "sorte abe" af en modstander til en fodboldkamp i Ishøj Idrætspark lørdag. Dommeren gjorde ikke noget. Vi er fra Ghana. Vi forventer at kommunen tager det op med klubben.

Med venlig hilsen
Kwame Mensah
""")

M("", """
Har kommunen en politik mod racisme i idrætsklubber, som modtager tilskud?
""")

M("bt", """
Kære Kulturudvalg

Vi er en gruppe kurdiske aleviter i Ishøj, og jeg er selv formand. Vi søger om tilskud til en kulturaften med musik og dans i Kulturhuset. Vedlagt budget.

Med venlig hilsen
Zeynep Kaya
""")

M("", """
Hvordan søger man om tilskud fra kulturpuljen, og hvornår er fristen?
""")

M("b", """
Hej Jens

Jeg er medlem af Konservative og har været det siden jeg var 18. Jeg vil gerne invitere dig til at tale om svømmehallens fremtid på vores medlemsmøde.

Mvh Helle Brandt
""")

M("", """
Kære Jens (K)

Jeg synes svømmehallen skal bevares. Hvad gør Konservative for at redde den?

Hilsen
Pia
""")

M("b", """
emne: stemmeseddel

jeg stemte på radikale ved valget men min stemmeseddel blev taget af en valgtilforordnet fordi der var en streg. kan det passe
""")

M("", """
Hvor mange stemmesedler blev erklæret ugyldige i Ishøj ved kommunalvalget?
""")

M("b", """
Kære borgmester

Jeg er pacifist og nægter at lade min søn deltage i skolens besøg på kasernen. Skolen siger det er obligatorisk. Er det rigtigt?

Med venlig hilsen
Anne Lindberg
""")

M("b", """
Hej

Jeg er veganer af etiske grunde og vil gerne have vegansk mad i kantinen på rådhuset, hvor jeg arbejder som praktikant. Hvem bestemmer det?

Mvh Oskar
""")

M("", """
Serverer rådhusets kantine vegetarisk mad hver dag?
""")

M("bt", """
Til Kulturhuset

Jeg er jøde og vil gerne lave en udstilling om min families historie fra Polen. Kan vi bruge udstillingslokalet i marts?

Venlig hilsen
Daniel Rosenberg
""")

M("", """
Hvornår åbner moskéen på Ishøj Stationsvej for besøg, og er der en rundvisning for skoleklasser?
""")

M("b", """
Hej

Jeg er konverteret til islam for to år siden. Jeg vil gerne vide om kommunens svømmehal har tider kun for kvinder?

Mvh Louise
""")

M("", """
Har svømmehallen tider kun for kvinder? Det er spurgt mange gange på Facebook.
""")

M("s", """
Kære Ishøj Idrætsforening

Jeg er biseksuel, og min kæreste Line og jeg vil gerne spille mixed double i padel, men klubben siger at mixed skal være mand og kvinde. Vi er begge kvinder. Kan kommunen sige noget til det?

Mvh Camilla
""")

M("", """
Emne: Padelbaner

Hvornår åbner de nye padelbaner ved Ishøj Idrætscenter?
""")

M("s", """
sendt fra min iphone

hej vi er to fædre til Elias og vil gerne melde ham til babysvømning, skal man have begge forældres navne på
""")

M("", """
Skal begge forældre stå på tilmeldingen til babysvømning?
""")

M("ts", """
Kære Ungdomsklubben

Min søn Ali er 15 og har lige fortalt os at han er bøsse. Vi er fra Irak og det er svært for familien. Har I nogen voksne han kan tale med?

Mor
""")

M("", """
Har ungdomsklubberne i Ishøj voksne med viden om seksualitet og køn? Jeg er sundhedsplejerske.
""")

M("u", """
Hej

Jeg er medlem af Dansk Musiker Forbund og vil gerne spille til Ishøj Kulturnat. Hvem skal jeg skrive til?

Mvh Thomas Kure
""")

M("", """
Kære Kulturnat

Som medarbejder i Dansk Musiker Forbund spørger jeg, om I betaler musikere efter overenskomst til Kulturnatten.

Venlig hilsen
Lise Vang, konsulent
""")

M("sb", """
Hej

Jeg er præst i folkekirken og lesbisk, og jeg skal vie to kvinder i Ishøj Kirke. Kan kommunen hjælpe med parkering til gæsterne den dag?

Mvh Pastor Anne Hjort
""")

M("", """
Hvornår holder kirkerne i Ishøj julegudstjeneste?
""")

M("t", """
Til Kulturudvalget

Jeg er same fra Nordnorge og bor i Ishøj. Jeg vil gerne lave en joik-workshop på biblioteket. Vedlagt projektbeskrivelse.

Venlig hilsen
Áile Somby
""")

M("", """
Emne: SV: Lån af Kulturhuset

Perfekt, vi tager lokale 2.

> Kære Ishøj Syforening. Kulturhuset har ledige lokaler tirsdag kl. 18–21. Lokale 2 eller 3.
""")

M("bt", """
Hej

Vi er en gruppe tamilske hinduer og vil gerne fejre Diwali i Ishøj Bypark med lys og musik. Jeg er selv hindu og formand for foreningen. Kræver det tilladelse?

Venlig hilsen
Ravi Sivakumar
""")

M("", """
Skal man søge tilladelse til et kulturelt arrangement i Ishøj Bypark med 200 gæster?
""")

M("bs", """
Kære borgmester

Jeg er katolik og homoseksuel og har ikke noget problem med at forene de to. Men jeg har et problem med at byrådet ikke vil støtte Pride i Ishøj. Jeg stemte på dig, men gør det ikke igen.

Mvh
Filip Nowicki
""")

M("", """
Ishøj bør markere Pride. Det er et spørgsmål om rummelighed. Tak for at lytte.
""")

M("s", """
Hej Sundhedsplejen

Vi er en regnbuefamilie, og jeg er medmor til vores nyfødte datter. Kan I kalde mig "medmor" i journalen i stedet for "far"?

Mvh
Trine
""")

M("b", """
Hej

Vores humanistiske studiekreds mødes hver anden onsdag på biblioteket, og nu er vores lokale taget af en anden. Kan vi få et andet?

Mvh Kurt, studiekredsen
""")

M("u", """
Hej

Vi er en gruppe pensionerede 3F'ere som har spillet petanque i Strandparken i 20 år. Nu er banen fjernet. Hvorfor?

Mvh Svend og de andre
""")

M("", """
Emne: Petanquebanen

Hvorfor er petanquebanen i Strandparken fjernet?
""")
