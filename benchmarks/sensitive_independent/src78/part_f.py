"""corpus78, part F: parents' councils, school boards, food bank and other volunteers."""
from common import M

M("", """Høringssvar – ny skolestruktur i Ishøj

Skolebestyrelsen ved Strandskolen kan ikke støtte forslaget om at samle udskolingen på
Vibeholmskolen. Eleverne får over 3 km skolevej langs Ishøj Strandvej, og forældrene er ikke
blevet inddraget. Vi foreslår at beslutningen udskydes et år.

Skolebestyrelsen, Strandskolen""")

M("he", """Kære skolechef

Jeg sidder i skolebestyrelsen, men skriver som mor. Vores søn Oscar i 3.A har fået diagnosen
ADHD, og skolen indstillede ham til PPR i august. Vi har ikke hørt noget siden. Han har det
rigtig skidt i klassen. Hvornår kan vi forvente et møde?

Med venlig hilsen
Katrine Bjerre""")

M("e", """Til Center for Voksne og Velfærd

Jeg er frivillig i Ishøj Fødevarebank. Familien Jensen på Gildbrovej har hentet madkasse hos os
hver uge i tre måneder. Moren har fortalt at de er på kontanthjælp og at strømmen er ved at blive
lukket. Hun har givet lov til at vi skriver. Kan hun få hjælp til elregningen?

Venlig hilsen
Annie, Ishøj Fødevarebank""")

M("", """Til Social- og Sundhedsudvalget

Ishøj Fødevarebank uddelte 4.200 poser i 2024 mod 2.900 i 2023. Flere end halvdelen af
modtagerne er børnefamilier. Vi søger om fortsat lokaletilskud og vedlægger årsberetningen.

Med venlig hilsen
Bestyrelsen""")

M("te", """Hej Center for Voksne og Velfærd

I fødevarebanken har vi fået en ny modtager, Olena, som kom fra Ukraine i marts med to små børn.
Hun har ikke fået sin første ydelse endnu og har ingen penge til mad. Hun har bedt mig skrive.
Kan hun få et forskud?

Mvh Bodil, frivillig""")

M("", """Til Center for Børn og Forebyggelse

Forældrebestyrelsen i Børnehuset Stjernen ønsker at køkkenet tilbyder et halalalternativ og et
vegetarisk alternativ hver dag. Vi har spurgt forældrene, og 70 % ønsker det. Hvad koster det?

Forældrebestyrelsen""")

M("b", """Hej Børnehuset Stjernen

Vores søn Yusuf spiser kun halal, det har vi sagt ved indskrivningen. I fredags fik han
frikadeller med svinekød. Vi vil gerne vide hvordan det kunne ske, og hvad I gør for at det
ikke sker igen.

Venlig hilsen
Layla og Omar""")

M("e", """Til SSP-konsulenten

Jeg er frivillig i lektiecaféen på biblioteket. En af vores piger, Aisha i 7. klasse, har
fortalt at hendes far sidder i fængsel og at hun passer sine små brødre hver aften. Hun falder
i søvn over lektierne. Jeg ved ikke hvem jeg ellers skal sige det til.

Mvh Jørgen Bach""")

M("e", """Kære Center for Børn og Forebyggelse

Som formand for forældrerådet i 4.B vil jeg fortælle, at vi i klassen har lavet en underretning
om Lucas, fordi han flere gange har haft blå mærker og sagt, at hans stedfar slår. Skolen har
sendt underretningen. Vi vil bare sikre os, at nogen har set den.

Venlig hilsen
Tina""")

M("h", """Hej Center for Voksne og Velfærd

Jeg er besøgsven for Røde Kors og kommer hos Grethe i Strandhusene hver tirsdag. Hun har KOL
og iltapparat og kan ikke gå ned i kælderen til vaskeriet. Hun tør ikke selv spørge om hjælp.
Hvor kan hun henvende sig?

Mvh Karin""")

M("", """Hej Frivilligcentret

Røde Kors Ishøj søger 10 nye besøgsvenner og vil gerne have et opslag på kommunens
frivillighedsportal. Vores kursus for nye frivillige er den 22. februar. Tekst vedlagt.

Røde Kors Ishøj""")

M("", """Hej Borgerservice

Jeg er ny leder af Ishøj Fødevarebank og skal have børneattest, fordi vi også deler ud til
børnefamilier. Jeg har udfyldt blanketten og skriver mit personnummer her: [[0704731129]].
Er det alt, I skal bruge?

Mvh Søren Juhl""")

M("s", """Kære skolebestyrelse og skoleleder

Vi er to fædre, Martin og jeg, og vores datter Ida skal starte i 0. klasse. På forældremødet
blev vi spurgt "hvem af jer er mor". Det var sikkert ikke ondt ment, men kan skolen tage en snak
med personalet om regnbuefamilier?

Med venlig hilsen
Christian Hald""")

M("s", """Til SSP og skolelederen på Vibeholmskolen

Vores søn Magnus på 15 sprang ud som homoseksuel efter påske. Siden er han blevet kaldt ting på
Snapchat af drenge fra parallelklassen, og i går fik han smadret sin cykel. Vi vil gerne have
et møde hurtigst muligt.

Mvh Jette og Henrik Bang""")

M("", """Hej Kultur og Fritid

Elevrådet på Ishøj Skole vil gerne holde en Pride-dag i august med regnbueflag og oplæg fra LGBT+
Ungdom. Hvornår er Ishøj Pride i år, så vi ikke lægger os samtidig?

Elevrådet""")

M("es", """Til Center for Børn og Forebyggelse

Jeg er formand for forældrerådet i Børnehuset Møllen og er selv ledig og på dagpenge. Jeg har
fået en indkaldelse til jobsamtale den samme formiddag som vores forældrerådsmøde med
dagtilbudschefen. Kan mødet flyttes til eftermiddagen? Min kone Sidsel kan ikke tage det alene.

Venlig hilsen
Anette Kirk, cpr. [[050388 2904]]""")

M("e", """Hej hovedpostkassen

Fra Ishøj Fødevarebank: en af vores faste, Henrik (52), sover i sin bil på p-pladsen ved
stranden. Han har mistet sin lejlighed. Han har sagt ja til at vi skriver. Kan kommunen tilbyde
ham et herbergsophold eller hjælp?

Mvh Tove""")

M("he", """Til skolechefen

Vores datter Freja i 5. klasse er ordblind og har fået afslag på at komme i ordblindeklassen på
Vibeholmskolen, fordi der ikke er plads. Skolebestyrelsen har sagt at vi selv skal skrive. Vi
klager hermed over afgørelsen.

Venlig hilsen
Mette og Jakob Krogh""")

M("", """Kære skoleforvaltning

Forældrerådene på Strandskolen har spurgt til ventetiden hos PPR. Hvor lang er den i
gennemsnit, og hvor mange børn venter lige nu?

Venlig hilsen
Skolebestyrelsen""")

M("hep", """Til Center for Beskæftigelse og Erhverv

Jeg er mor til to i Børnehuset Solsikken og sidder i bestyrelsen. Jeg har brystkræft og er på
sygedagpenge. Jobcentret har sendt et brev om opfølgningssamtale midt i min kemo. Kan den ske
over telefonen? Vi har også huset til salg og fremvisninger
hver weekend, og jeg kan ikke mere.

Mvh Louise Brandt, cpr [[221085-1348]]""")

M("t", """Hej Frivilligcentret

Vores frivillige i lektiecaféen, Amal, kom som flygtning fra Sudan for seks år siden og læser
nu til lærer. Hun vil gerne tale om sin historie på Frivillighedsdagen. Kan hun stå på
programmet?

Mvh koordinatoren""")

M("", """Til Integrationsrådet

Hvor mange flygtninge modtog Ishøj Kommune i 2024, og hvor mange af dem har børn i kommunens
skoler? Vi skal bruge tallene til vores frivillighedsindsats.

Venlig hilsen
Venligboerne Ishøj""")

M("b", """Hej Strandskolen

Vores datter Sofie skal konfirmeres i Ishøj Kirke den 3. maj. Kan hun få fri fra
lejrskoledagen den 2. maj, da vi har familie fra Jylland?

Mvh Dorte""")

M("", """Til skolebestyrelsen

Der er forældre der har spurgt om konfirmationsforberedelsen fortsat skal ligge i skoletiden
tirsdag morgen. Vi foreslår at bestyrelsen drøfter det på næste møde.

Skolelederen""")

M("u", """Til SFO Vibeholm og skolebestyrelsen

Vi er begge i 3F og arbejder i skiftehold på Avedøre Havn. SFO'en lukker kl. 17, men vi kommer
først hjem kl. 17.30 hver anden uge. Kan åbningstiden forlænges, eller kan vi få en
dispensation?

Mvh Jimmy og Sanne""")

M("b", """Hej skolebestyrelsen

Jeg stiller op for Konservative til kommunalvalget og sidder også i jeres bestyrelse som
forældrerepræsentant. Jeg vil gerne vide, om jeg skal melde mig inhabil i sager om skolens
budget.

Venlig hilsen
Thomas Brix""")

M("", """Til skolelederen

Skolebestyrelsen foreslår en vælgerdebat for 9. klasserne med repræsentanter fra alle partier
før kommunalvalget. Kan vi bruge aulaen en formiddag i november?

Formanden""")

M("p", """Til Økonomiudvalget

Ishøj Fødevarebank har fået tilbudt at købe den tidligere børnehave Myretuen for 1,5 mio. kr.
af kommunen. Buddet er givet, og vi har fondsmidler klar, men vi mangler udvalgets svar på om
vi må bruge bygningen til uddeling. Kan sagen behandles snart?

Bestyrelsen""")

M("pe", """Til skoleforvaltningen

Vi er ved at blive skilt og har sat huset på Torslunde Landevej til salg. Der er en køber, men
vi ved ikke hvor vi hver især skal bo. Kan vores søn blive på Torslunde Skole, selvom han flytter
til Hundige med sin far?

Mvh Pia""")

M("t", """Dear Strandskolen,

My wife and I moved to Ishøj from Brazil in August, and our two children start school in
January. Our daughter only speaks Portuguese and some English. Is there a class where she can
learn Danish first?

Best regards,
Rafael Oliveira""")

M("", """INTERNATIONAL PARENTS ISHØJ – NEWSLETTER

Hello everyone! Our next coffee morning is on 12 March at the library. The municipality's
school department will talk about school start. Bring your children. Donations: MobilePay
2635 88.""")

M("h", """Til kommunens kørselskontor

Jeg kører frivilligt for Ældresagen Ishøj. En af mine faste, Ib i Strandhusene, er blind og skal
til øjenlægen på Glostrup hver måned. Nu siger I, at jeg ikke må parkere ved hans dør. Kan der
laves en undtagelse?

Mvh Ole""")

M("h", """Kære skoleleder

Forældrerådet i 2.C vil gerne vide hvad der sker med undervisningen, nu hvor vores klasselærer
Per har fået kræft og skal have kemo i et halvt år. Børnene er kede af det, og vi vil gerne
hjælpe.

Mvh Forældrerådet""")

M("", """Til kommunen

Strandskolens 6. klasser samler ind til Kræftens Bekæmpelse ved at løbe rundt om søen den 24.
april. Må vi sætte bøsser op på biblioteket ugen før?

Mvh Lærerne i 6. årgang""")

M("t", """Hej Vibeholmskolen

Min søn Kofi blev kaldt "sorte" og "abe" i frikvarteret igen. Vi er fra Ghana, og han er den
eneste sorte dreng i klassen. Jeg vil gerne vide hvad skolen har gjort siden sidst.

Mvh Ama Mensah""")

M("he", """Til Center for Børn og Forebyggelse

Jeg skriver fra Forældreforeningen for Døve og Hørehæmmede Børn. Vores medlem Noah (6) har fået
cochlear implant, og kommunen har bevilget en FM-anlæg til skolen. Anlægget er nu gået i
stykker, og skolen siger det er kommunens ansvar. Hvem reparerer det?

Mvh Lene, formand""")

M("", """Hej Kultur og Fritid

Døveforeningen for Sydkysten spørger om byrådsmøderne kan tegnsprogstolkes, når de
livestreames. Det er ikke tilfældet i dag.

Døveforeningen""")

M("", """Kære Borgerservice

Vi skal indskrive vores datter i 0. klasse på Strandskolen, men selvbetjeningen afviser hendes
cpr-nummer. Hun hedder Emma Lind og har personnummer [[110918-4123]]. Kan I gøre det manuelt?

Mvh Jonas Lind""")

M("u", """Hej forældrebestyrelsen

Jeg er pædagog og tillidsrepræsentant i BUPL i Vallensbæk Kommune og har et barn i jeres hus. Jeg
vil gerne hjælpe bestyrelsen med at forstå normeringsreglerne, hvis I har brug for det.

Mvh Rikke""")

M("sb", """Til Ishøj Kirke, kopi til Borgerservice

Vi er to mødre, Julie og Nanna, og vil gerne have vores søn Storm døbt i Ishøj Kirke. Kirken
siger at medmor skal registreres hos Borgerservice først. Hvordan gør vi det?

Venlig hilsen
Julie Nørgaard""")

M("he", """Til Center for Voksne og Velfærd

Fra Ishøj Fødevarebank: en af vores modtagere, Samira, er gravid i 7. måned og på kontanthjælp.
Hun har ikke råd til barnevogn og babytøj. Kan hun søge om enkeltydelse?

Mvh Inge, frivillig""")

M("e", """Til skoleforvaltningen

Mikkel, som går i 4.A, er plejebarn hos os, og hans biologiske mor vil gerne deltage i
skole-hjem-samtalen. Hendes samvær er overvåget af kommunen. Må hun komme, eller skal
samtalen holdes for sig?

Venlig hilsen
Plejefamilien Holm""")

M("sp", """Hej Peter (byrådet)

Min mand Kristian og jeg, og vores adoptivsøn, skal flytte til Ishøj. Vi har budt på et
rækkehus på Vejleåvej, og handlen afhænger af at han kan få plads i Ishøj Skole. Kan du hjælpe
os med at få et svar fra skoleforvaltningen?

Mvh Mads Bonde""")

M("peh", """Kære borgerrådgiver

Jeg er frivillig i Ishøj Fødevarebank og skriver privat. Min far Harald har demens og bor på
plejecenter, og vi har sat hans hus til salg for at betale. Der er et bud, men kommunen har sat
pant i huset for plejeudgifter, og ejendomsmægleren kan ikke få svar. Hvem kan hjælpe?

Mvh Lis""")

M("bt", """Til skolebestyrelsen, Ishøj Skole

Jeg er forældrerepræsentant og selv katolik og polsk. Jeg vil foreslå at skolens kalender også
viser de store højtider for de andre religioner, så lærerne ikke lægger prøver på dem.

Med venlig hilsen
Joanna""")
