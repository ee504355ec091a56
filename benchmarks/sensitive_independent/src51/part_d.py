"""corpus51 part D: origin, faith, religious practice and politics, often with care."""
from common import M

M("th", """Kære borgerrådgiver

Min mor er fra Irak og kom til Danmark som flygtning i 1995. Hun har sukkersyge og skal have fodterapi, men hun vil kun behandles af en kvinde. Klinikken i Ishøj har kun mandlige fodterapeuter. Er der andre muligheder?

Mvh Zainab""")

M("bh", """Hej

Min far ligger på Hvidovre efter en stor hjerteoperation. Han er muslim og faster i Ramadanen, selvom lægen har sagt at han ikke må. Kan kommunens hjemmesygepleje tale med ham om det når han kommer hjem? Han lytter ikke til os børn.

Vh Yusuf""")

M("", """Hej

Hvornår åbner den nye moské på Industrivej, og er der parkering? Vi bor på vejen og er bekymrede for trafikken om fredagen.

Mvh. beboerne i nr. 3-9""")

M("t", """Til Ishøj Kommune

Jeg er grønlænder og har boet i Ishøj i 12 år. Min søn bliver kaldt "eskimo" i skolen hver dag. Lærerne gør ingenting. Jeg vil klage.

Naja Kristiansen""")

M("be", """Kære Trine (formand for Børne- og Ungeudvalget)

Vores søn Ibrahim spiser kun halal, og børnehaven har nu besluttet at de ikke vil lave et alternativ længere. Han sidder med rugbrød hver dag mens de andre spiser varm mad. Vi betaler fuld pris, selv om vi har søgt om friplads og venter på svar.

Med venlig hilsen
Fatima og Omar""")

M("", """Hej

Kan man leje festsalen på Ishøj Medborgerhus til en eid-fest for foreningen den 30. marts? Vi forventer 150 gæster.

Mvh Ishøj Kulturforening""")

M("bt", """Til borgmesteren

Jeg er jøde og har boet i Ishøj hele mit liv. I går blev der malet et hagekors på min dør. Politiet er underrettet, men jeg vil gerne have at kommunen fjerner det fra opgangen, så mine børnebørn ikke ser det på fredag.

Med venlig hilsen
Ruth Levin""")

M("b", """hej Jens. jeg stemte på dig ved sidste valg fordi du lovede at kæmpe for skolebussen. nu er den nedlagt. jeg stemmer ikke på Venstre igen. /Lise""")

M("", """Til Center for Børn og Forebyggelse

Serverer kommunens daginstitutioner halal-kød? Jeg er nysgerrig efter hvordan det fungerer i praksis.

Mvh Claus""")

M("th", """Hej

Jeg er polsk og arbejder i hjemmeplejen som rengøringsassistent. Jeg har fået en diskusprolaps og er sygemeldt. Min chef siger at jeg skal snakke med kommunen på dansk, men mit dansk er ikke så godt. Kan jeg få en tolk?

Mvh Katarzyna""")

M("b", """Kære byrådsmedlem

Som medlem af Enhedslisten og aktiv i Extinction Rebellion vil jeg sige at kommunens klimaplan er alt for svag. Jeg kommer til byrådsmødet på torsdag med et banner.

Mvh Emil""")

M("bh", """Til borgerrådgiveren

Jeg er Jehovas Vidne og skal opereres for en blødende mavesår. Jeg vil ikke have blodtransfusion. Hospitalet siger det er mit valg, men hjemmesygeplejen har skrevet i min journal at jeg er "uforstandig". Det vil jeg gerne have fjernet.

Med venlig hilsen
Gerda Nilsson""")

M("t", """Hej

Min datter er adopteret fra Colombia og er 13 år. En lærer har sagt til hende at hun "bare kan tage hjem til jungleen". Jeg har klaget til skolelederen uden svar. Nu skriver jeg til jer.

Mvh Henrik""")

M("", """Hej

Findes der en arabisk tolk, som kan komme med til forældresamtaler på skolerne? Jeg er lærer og har flere forældre der har brug for det.

Venlig hilsen
Mette, Vibeholmskolen""")

M("bteh", """Kære udvalgsformand,

Min far er 84 og bor på Plejecenter Vejleå. Han er ortodoks jøde og må kun spise kosher. Køkkenet siger at det er for dyrt. Han spiser næsten ingenting nu og er tabt 8 kilo.

Venlig hilsen
David Melchior""")

M("e", """Hej

Vores familie bor på plejecentret i weekenden hos min bedstemor, fordi hun ikke kan være alene. Hun har plads på centret, men personalet er så få. Vi vil gerne give en hånd med, men må vi det?

Mvh Mustafa""")

M("tb", """Til borgmester

I am a Sikh from Punjab and I wear a turban. I applied for a job as a bus driver for the municipal flextrafik, and at the interview I was asked if I could "take it off for work". I find this wrong. Please look into it.

Gurpreet Singh""")

M("b", """Hej Hovedpostkassen

Vi er ateister og ønsker ikke at vores datter skal deltage i skolens julegudstjeneste. Skolen siger at hun så skal sidde alene på kontoret i to timer. Er det rimeligt?

Mvh Jonas og Line""")

M("", """Til Kultur- og Fritidsudvalget

Vi foreslår at kommunen laver en fælles kalender med de forskellige religiøse højtider, så skoler og institutioner kan planlægge efter dem. Det ville gavne sammenhængskraften i Ishøj.

Med venlig hilsen
Foreningen Ishøj for Alle""")

M("bh", """Hej

Min datter Amira på 16 går med tørklæde og har fået at vide af gymnastiklæreren at hun ikke må have det på i idræt. Hun har også astma og har svært ved at løbe, men læreren tror ikke på hende. Vi er vrede.

Mvh Samira""")

M("t", """Kære borgerrådgiver

Jeg er kurder fra Syrien. I borgerservice sagde en medarbejder til mig at "I kurdere er altid så utålmodige". Jeg vil klage over det.

Mvh Rezan""")

M("tb", """Hej

Vi er en tamilsk familie og min mand er hindu. Han er død i sidste uge på hospitalet. Vi vil kremere ham efter vores skikke med ceremoni ved bålet. Hvad tillader kommunen?

Vh Kalaivani""")

M("", """Hej

Hvad er de faste tider for gudstjeneste i Ishøj Kirke i julen? Jeg skal lave en oversigt til opslagstavlen i vores opgang.

Vh Kim""")

M("be", """Til direktionsassistenten

Jeg har søgt kontanthjælp og jobcentret har sendt mig i praktik i et supermarked, hvor jeg skal stå ved kødafdelingen og pakke svinekød. Jeg er muslim og kan ikke gøre det. De siger at jeg så mister min hjælp.

Mvh Hassan""")

M("th", """Kære Ahmed,

Min mor er fra Marokko og taler kun arabisk. Hun har fået konstateret brystkræft. Hospitalet giver tolk, men når kommunens sygepleje kommer hjem til hende, er der ingen tolk. Min lillesøster på 12 oversætter.

Mvh Nadia""")

M("b", """hej, jeg er veganer af etiske grunde og min søn også. kan han få vegansk mad i SFO'en eller skal vi sende madpakke? /Maja""")

M("t", """Hej

Min nabo råber "din sorte abe" efter min søn hver gang han går forbi. Politiet siger at det er en sag for boligselskabet. Boligselskabet siger at det er kommunens. Hvad gør vi?

Mvh Grace (fra Ghana)""")

M("bt", """Til Ishøj Kommune

Jeg skriver som formand for Mosaisk Trossamfunds lokale studiekreds. Vi er 12 jødiske familier i Ishøj og vil gerne have et lokale på biblioteket en fredag om måneden. Jeg er selv jøde og har boet her i 20 år.

Mvh Daniel Salomon""")

M("", """Hej

Vi er en gruppe gymnasieelever der laver en undersøgelse om integration i Ishøj. Må vi bruge kommunens statistik om antal flygtninge modtaget pr. år?

Mvh 3.x, Ishøj Gymnasium""")

M("tb", """Til borgerrådgiveren

Jeg er somalisk og går med niqab. I Borgerservice ville de ikke lade mig få mit nye pas uden at tage den af foran en mandlig medarbejder. Jeg bad om en kvinde, men det blev afvist.

Mvh Amina""")

M("b", """Kære Merete,

Jeg er katolsk præst i Sankt Mikaels Menighed og besøger jævnligt beboere på jeres plejecentre. Jeg er selv katolik, men jeg skriver om parkering: kan jeg få en p-tilladelse ved centrene?

Fader Tomasz""")

M("bhe", """hej borgmester. min søn skal konfirmeres i maj men han er blind og vi mangler penge til en førerhund til ham før festen. kan kommunen hjælpe med at søge? /Mette""")

M("t", """Hej

Jeg er halvt tysk, halvt dansk, og har et spørgsmål om dobbelt statsborgerskab. Min tyske far er blevet gammel og jeg vil gerne kunne flytte til ham. Hvor skal jeg henvende mig?

Mvh Annika Schulz""")

M("bthe", """Til Social- og Sundhedsudvalget

Min bedstefar er fra Kina og buddhist. Han er døende og vil gerne have besøg af en munk fra templet i København på plejecentret. Personalet har sagt nej, fordi der er "regler om besøg". Hvilke regler?

Mvh Lily Chen""")

M("", """Hej Center for Byudvikling og Natur

Hvad koster det at leje Ishøj Idrætscenters hal til en konfirmationsfest i maj? Vi er et selskab, der lejer lokaler ud.

Mvh Festlokaler Vest ApS""")

M("b", """Kære Jens,

Jeg er medlem af Radikale og sidder i vores lokale bestyrelse. Jeg vil gerne invitere dig til en debat om psykiatri i oktober. Du er jo Socialdemokrat, så det bliver en god diskussion.

Mvh Peter Juhl""")

M("t", """Hej

Vi er en ukrainsk familie, vi kom i 2022. Min datter skal starte i 0. klasse. Skal hun i en modtageklasse først, eller kan hun gå direkte i almindelig klasse?

Vh Olena""")

M("tb", """Til Ishøj Kommune

Jeg er af armensk afstamning og medlem af den armenske apostoliske kirke. Jeg har søgt om lov til at sætte et mindesmærke op på kirkegården, men har ikke fået svar.

Venlig hilsen
Ara Petrosian""")

M("bh", """hejsa, jeg er gravid og går med tørklæde. jordemoderen på Hvidovre var sød, men sundhedsplejersken fra kommunen sagde at "det må være varmt at gå med det der om sommeren". jeg følte mig ikke velkommen. /Leyla""")

M("b", """Hej

Jeg stemte på Konservative ved kommunalvalget. Jeg er meget skuffet over at partiet nu stemmer for nedskæringer på ældreområdet.

Mvh Birthe""")

M("t", """Til Center for Borger, Økonomi og IT

Jeg er rom og min familie har boet i Danmark i tre generationer. I Borgerservice blev jeg spurgt om jeg "virkelig boede i Ishøj" da jeg skulle have nyt sundhedskort. Det er diskrimination.

Mvh Milan""")

M("", """Hej

Kan kommunen oplyse hvor mange borgere med anden etnisk baggrund end dansk der arbejder i ældreplejen? Jeg er forsker på KU.

Mvh Sara Holm""")

M("bth", """Kære borgmester

Min kone, Mariam, er koptisk kristen fra Egypten. Hun har fået en depression efter at hendes bror blev dræbt i Egypten. Hun beder og går i kirke hver søndag, men det hjælper ikke. Hun har ikke fået psykolog. Kan kommunen hjælpe?

Med venlig hilsen
Samir""")

M("b", """Hej

Jeg er lige blevet døbt som 45-årig i Torslunde Kirke og vil gerne hjælpe som frivillig i kirkens besøgstjeneste for ensomme ældre. Er det noget kommunen samarbejder med?

Mvh Annette""")

M("te", """Hej,

Jeg er fra Eritrea, jeg fik opholdstilladelse som flygtning for 2 år siden. Jeg er på integrationsydelse og vil gerne tage kørekort. Kan kommunen hjælpe med pengene?

Vh Yonas""")

M("tbhe", """Til Center for Voksne og Velfærd

Min mor er fra Bosnien og muslim, og hun har Alzheimers. På plejecentret fik hun serveret flæskesteg, og hun kan ikke selv huske at sige nej. Kan personalet ikke læse det i hendes journal?

Mvh Emina""")
