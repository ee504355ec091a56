"""Part F: young people, grandparents and teachers writing with CPR numbers given in passing; property and ethnicity in everyday forms."""
from common import M

M("e", """
Hej

Jeg er farfar til Sebastian [[120516-5119]] og har forældremyndigheden efter hans forældre døde i en ulykke. Udbetaling Danmark siger jeg ikke kan få børneydelsen før kommunen har registreret mig. Hvad skal jeg gøre?

Mvh Erik Vang
""")

M("", """
Hej

Min far døde i sidste måned. Hans barnebarn, min søn, har arvet hans cykel og et lille beløb. Skal det oplyses til nogen?

Mvh
""")

M("h", """
Hej Mette

Vedlagt er lægeerklæringen for Anton, cpr [[2802144873]]. Han har brækket armen og kan ikke skrive i hånden i 5 uger. Kan han bruge computer til de skriftlige prøver?

Mvh Henriette
""")

M("e", """
Hej

Min mor er på plejehjemmet Æblehaven, og jeg passer både hende og mine egne børn. Jeg har søgt om plejevederlag. Hendes cpr er [[040539-1806]].

Mvh Kirsten Friis
""")

M("", """
Hej

Hvad er besøgstiderne på plejehjemmet Æblehaven? Vi vil gerne tage børnene med og synge julesange for beboerne.

Mvh 2.A på Ishøj Skole
""")

M("t", """
Hej

Jeg hedder Ayaan og er 15. Jeg er fra Somalia og vil gerne være hjælpetræner i basket. Træneren siger jeg skal have en børneattest, og mit cpr er [[100310 9127]]. Skal jeg sende det til jer?

/Ayaan
""")

M("", """
hej hvordan får man en børneattest når man er under 18? er det gratis
""")

M("", """
Hej

Jeg er ny lærer på Gildbroskolen og vil gerne vide hvordan vi bruger tolk til forældresamtaler. Er der en liste over sprog?

Mvh Sigrid
""")

M("e", """
Hej

Jeg er lærer og har en elev, Oskar i 6.A, som fortæller at der ikke er mad derhjemme og at hans mor ikke har arbejde. Jeg vil lave en underretning. Hvor sender jeg den?

Mvh Karsten, Vibeholmskolen
""")

M("", """
Hej

Hvad skal en underretning indeholde? Vi skal undervise de nye pædagogstuderende i det.

Mvh Kirsten, uddannelsesansvarlig
""")

M("", """
Hej

Tak for den gode foredragsaften om børn og skærmbrug. Kommer der flere arrangementer i foråret?

Mvh
""")

M("h", """
Hej

Jeg er lærer og min kollega Jonna er syg i tre uger efter en operation. Hendes klasse har ingen vikar. Kan forvaltningen sende en?

Mvh Ole, 4.B
""")

M("", """
Hej

Hvordan er vikardækningen på kommunens skoler? Jeg har læst at op mod 20 % af timerne dækkes af ikke-uddannede.

Mvh
""")

M("p", """
Hej

Vi er fire søskende der har arvet mors rækkehus på Gildbrovej. To af os vil sælge og to vil beholde. Huset er sat til salg, men der er ingen bud. Hvem skal betale ejendomsskatten imens?

Mvh Bente
""")

M("p", """
hej. naboens hus i nr 8 er til salg og der har været fremvisning hele weekenden. kan kommunen sige om der må bygges dagpleje i det? vi har to små børn og vil gerne vide det inden det sælges
""")

M("p", """
Hej

Vi har budt 2,4 mio på et hus på Ishøj Strandvej, men sælger vil have 2,6. Huset ligger tæt på stranden — er der planer om en ny legeplads der? Det har betydning for vores bud.

Mvh Ida og Marcus
""")

M("p", """
Hej

Køberen af vores lejlighed er sprunget fra i sidste øjeblik, så vi flytter ikke alligevel. Kan vi trække vores udmeldelse af SFO tilbage?

Mvh Karina
""")

M("", """
Hej

Vi flytter til Ishøj 1. marts — huset er købt og overtaget. Hvordan søger vi plads i børnehave?

Mvh
""")

M("p", """
Hej

Min svigerfar vil sælge os sin grund i Torslunde til en lav pris, men advokaten er ikke færdig og intet er skrevet under. Må man bygge to huse på grunden?

Mvh Jonas
""")

M("", """
Hej

Hvornår er høringsfristen for lokalplanen for Torslunde Landsby? Vi vil gerne indsende et høringssvar om trafik ved skolen.

Mvh
""")

M("t", """
Hej

Jeg er halvt thailandsk og min datter har fået at vide af en anden mor at hun ikke kan være med i legegruppen fordi hun "ikke er dansk nok". Jeg vil bare have at pædagogerne kender til det.

Mvh Ploy
""")

M("t", """
Hej

Vi er en irakisk-kurdisk familie og vores søn har brug for modersmålsundervisning i sorani. Tilbyder kommunen det?

Mvh Hevin
""")

M("", """
Hej

Tilbyder kommunen modersmålsundervisning og i hvilke sprog?

Mvh
""")

M("te", """
Hej

Jeg er afghaner og kom hertil som flygtning. Jeg har fået afslag på specialkørsel til min søn der går i specialklasse. Hans cpr: [[080812–7245]].

Mvh Nazir
""")

M("", """
Hej

Hvorfor er der så mange børn af indvandrere i specialklasserne? Det viser tallene fra Danmarks Statistik.

Mvh
""")

M("e", """
Hej

jeg har fået et brev om en samtale på jobcentret på onsdag men jeg har ingen pasning til min baby. kan jeg tage hende med? cpr [[191099-3442]]

mvh Sara
""")

M("", """
Hej

Har jobcentret legeplads eller pusleplads? Jeg skal til jobmesse der med barnevogn.

Mvh
""")

M("", """
Hej

Jeg arbejder på jobcentret og vil gerne høre om der er plads til vores personaleaften i Ishøj Kulturhus.

Mvh Karen
""")

M("e", """
Hej

Jeg er ung mor på 19 og bor i en ungdomsbolig med min datter. Jeg får uddannelseshjælp og vil gerne søge om enkeltydelse til en barnevogn. Cpr: [[020607-9324]]

Mvh Natasja
""")

M("e", """
hej jeg hedder jonas og jeg er 14. jeg bor på et opholdssted og vil gerne spille fodbold i ishøj if men pædagogerne siger kommunen skal betale. hvordan?
""")

M("", """
Hej

Hvordan kan unge på opholdssteder deltage i foreningslivet? Vi er en klub der gerne vil tage imod dem.

Mvh Ishøj Badminton
""")

M("", """
Hej

Hvad er reglerne for unges fritidsjob i kommunens svømmehal? Min datter på 15 vil gerne søge.

Mvh
""")

M("s", """
Hej

Jeg er dreng, 16, og har en kæreste der også er dreng. Vi vil gerne gå til klubfesten sammen men vi er bange for hvad de andre siger. Kan klubben sige noget om det på forhånd?

/N
""")

M("", """
Hej

Hvornår er klubfesten i Ungdomsklubben Strandgården, og hvad koster billetterne?

Mvh
""")

M("", """
Hej

Hvad er åbningstiderne i ungdomsklubben i efterårsferien?

Mvh
""")

M("", """
Hej

Vi er en gruppe bedsteforældre der gerne vil læse højt for børnene på biblioteket om tirsdagen. Hvem skal vi tale med?

Mvh
""")

M("", """
Hej

Bliver der skøjtebane på Rådhuspladsen igen i år? Børnene glæder sig.

Mvh
""")

M("", """
Hej

Kan man leje Ishøj Hallen til en børnefødselsdag? Hvad koster det?

Mvh
""")

M("", """
Hej

Hvad er prisen for en plads i Ishøj Ungdomsskole på knallertholdet?

Mvh
""")

M("", """
Kære skoleudvalg

Jeg mener I skal genindføre karakterer fra 6. klasse. Børn skal lære at præstere.

Mvh en farfar
""")

M("", """
Hej

Jeg synes det er dejligt at kommunen har indført gratis frugt i indskolingen. Tak!

Mvh
""")

M("", """
Hej

Vil kommunen lave en tryg skolevej ved Vejlebrovej? Bilerne kører alt for stærkt om morgenen.

Mvh forældre fra 1.C
""")

M("", """
Hej

Jeg har set at skolerne skal spare på bibliotekerne. Det er forkert, børn skal læse mere. Stem imod.

Mvh
""")
