"""corpus33 part A: hovedpostkassen - mostly mundane, CPR-lookalike numbers, some CPR."""
from common import M

M("", """Hej

Vores skraldespand på Rylevænget 14 er ikke blevet tømt siden tirsdag. Kan I sende nogen forbi?

Mvh Bente Kjær""")

M("", """Til hovedpostkassen

Jeg har modtaget en faktura fra kommunen med fakturanr. 2503241187 på kr. 1.450,00 for rottebekæmpelse. Jeg har aldrig bestilt det. Kundenummer 0411792250.
Kan I se på det?

Venlig hilsen
Jens Aagaard
Vejlebrovej 61, 2635 Ishøj""")

M("", """hej er genbrugspladsen åben 2. juledag??""")

M("e", """Til Ishøj Kommune

Jeg skylder stadig 6.300 kr. i restance på ejendomsskatten og har fået en rykker med sagsnr. 24-118733. Jeg kan ikke betale det hele på én gang, da jeg lige er gået på kontanthjælp. Kan vi lave en afdragsordning på 500 kr. om måneden?

Med venlig hilsen
Dorthe Lindgaard
Gildbrovej 12, st. th.""")

M("", """Hej. Der står en efterladt bil på P-pladsen ved Ishøj Store Torv med nummerpladen CX 41 208. Den har stået der siden 12.03.24-1430 hvor jeg første gang lagde mærke til den. Hilsen Ole""")

M("h", """Hej

Min mor, Inger Pallesen, fik i går konstateret diabetes type 2 og skal nu have insulin. Hun bor alene på Ishøj Søvej 8. Hvem kan vi tale med om hvordan hun får hjælp til at måle blodsukker? Hun vil helst klare det selv, men er usikker.

Mvh Lone Pallesen, datter""")

M("", """Hvornår kommer de nye sundhedskort? Jeg flytter til Ishøj 1. maj og vil gerne vide hvordan jeg vælger læge. Tak, Mikkel""")

M("e", """Att.: Center for Borger, Økonomi og IT

Jeg har fået afslag på boligstøtte (journalnr. 27.15.08-G01-3341-24) og forstår ikke hvorfor. Jeg tjener 16.800 kr. før skat og betaler 8.900 i husleje i Vejleåparken.

Mit cpr-nr. er [[150689-1842]] hvis I skal slå mig op.

Venlig hilsen
Rasmus Holt""")

M("", """Goddag

Jeg vil gerne bestille en ny storskraldsafhentning til Bredekærs Vænge 44. Ordrenr. fra sidste gang var 1906231034. Det er en gammel sofa og to madrasser.

Venlig hilsen
Karin Vestergaard""")

M("hp", """Kære kommune

Vi har sat vores rækkehus på Vibeholms Allé 27 til salg hos EDC, fordi min mand har fået sklerose og ikke længere kan klare trapperne. Der er en køber der har budt 2,4 mio. men vi venter på hans bank. Spørgsmålet er om vi kan få en midlertidig handicapvenlig bolig hvis salget går igennem før vi har fundet noget?

Mvh Hanne Brix""")

M("", """Hej

Er det rigtigt at kommunen vil sælge grunden bag Ishøj Bygade? Hvem kan jeg spørge om prisen pr. m2 og hvornår udbuddet sker?

Mvh Torben""")

M("", """Jeg ringede i går på 43 57 75 00 og fik besked om at skrive her. Jeg har ikke fået min parkeringslicens til Strandgårdsparken. Licensnr. 210524-0193. Bilens reg.nr. er AB 12 345. Venligst ordn det. Hilsen Heidi Larsen""")

M("", """Til hovedpostkassen

Jeg skriver på vegne af grundejerforeningen Tranegilde Øst. Vi ønsker en drøftelse af trafiksikkerheden på Tranegilde Strandvej, hvor der kører alt for stærkt. Vi har målt 70 km/t flere gange i 50-zonen.

Med venlig hilsen
Formand Preben Krogh
Grundejerforeningen Tranegilde Øst""")

M("e", """Hej, jeg er blevet sat ud af min lejlighed på Strandgårdsparken pr. 1. i næste måned pga. huslejerestance. Jeg har ingen steder at bo og har to børn på 4 og 7. hvad gør jeg?? skriv til mig på sara.m.jensen88@hotmail.com
Sara""")

M("", """Hej

Jeg har betalt for en plads i Ishøj Svømmehal, men beløbet er trukket to gange fra min konto, reg.nr. 2191 kontonr. 0712855534. Kan I sende pengene retur?

mvh Charlotte Dam""")

M("t", """Goddag

Min nabo på Ørnebjergvej har flere gange råbt "skrid hjem til Somalia" efter min søn på 12 år. Vi er fra Somalia oprindeligt, men han er født her. Jeg vil gerne vide om kommunen kan gøre noget eller om det er politiet.

Hilsen Faduma Warsame""")

M("", """Vedr. jeres sagsnr. 01.02.05-P19-112-23 om byggetilladelse til carport. Jeg har sendt tegningerne for 3 uger siden og har intet hørt. Kan I give en status? Hilsen Kim Thorup, Kirkebjerg Allé 9""")

M("u", """Til hovedpostkassen

Jeg er tillidsrepræsentant for FOA på plejecentret Kærgården og vil gerne have en kontaktperson i administrationen vedr. de nye vagtplaner. Mine kolleger er meget utilfredse.

Venlig hilsen
Gitte Rahbek
FOA-TR, Kærgården""")

M("", """Er der nogen der har fundet en sort Samsung telefon på biblioteket? Serienr. står på kassen: 0903871122. Tak""")

M("", """Goddag

Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter den 14. maj? Jeg er nyuddannet og vil gerne høre om a-kasser.

Venlig hilsen
Emil Sørensen""")

M("h", """hej

min søn Noah 9 år har ADHD og har fået ny medicin (Concerta) og skolen på Vibeholmskolen giver ham ikke pillen kl 12 som aftalt. hvem skal jeg klage til?

mvh Jannie""")

M("", """Hej, jeg har et spørgsmål om hvordan man søger om friplads i daginstitution. Hvilke indkomstgrænser gælder i 2025? Jeg spørger for en veninde. Tak!""")

M("e", """Hej

Jeg har søgt om økonomisk friplads til min datter i Børnehuset Regnbuen, men har ikke hørt noget. Jeg er alene med hende og tjener kun ca 19.000 om måneden.
Cpr: [[030391 2214]]

Venlig hilsen
Nadia Hussein""")

M("", """Kære kommune. Tak for en super god julebelysning på Ishøj Bygade i år. Det ser hyggeligt ud! Knus fra Lis""")

M("", """Vi har fået et nyt fjernvarmemålernummer 2812951032 men den gamle måler sidder stadig i kælderen. Hvem fjerner den? Mvh Villy, Pilemøllevej 3""")

M("p", """Hej

Vi er ved at købe et hus på Syvstjernevej 18 – købsaftalen er underskrevet, men med advokatforbehold, og vi har fem dage tilbage. Kan I fortælle om der er kendte planer om at bygge noget på marken bag huset? Det afgør om vi går videre.

Mvh Anders og Julie Winther""")

M("", """Jeg vil gerne klage over at kommunen ikke har saltet cykelstien langs Ishøj Strandvej i morges. Jeg faldt næsten. Hilsen en sur cyklist""")

M("b", """Hej

Jeg er muslim og beder fem gange om dagen. Jeg er lige startet som ansat på kommunens materielgård og vil gerne vide om der er et stille rum jeg må bruge i frokostpausen.

Mvh Yusuf Demir""")

M("", """Hvornår åbner den nye moské på Industrivej for besøgende? Vores skoleklasse vil gerne på besøg i forbindelse med religionsundervisning. Hilsen lærer Mette Bang, Strand Skolen""")

M("", """Hej

Jeg har fået et brev med j.nr. 2024-0311-5542 om vandafledningsbidrag. Beløbet virker højt. Mit forbrug var 84 m3. Venligst gennemgå.

Finn Rask
Torslundevej 102""")

M("e", """Til hovedpostkassen,

Min far (Poul Erik Sand, 84 år) har fået hjemmehjælp to gange om ugen, men det er blevet skåret ned til én gang uden at vi har fået et brev. Han bor på Ishøj Bygade 31. Kan nogen forklare?

Hilsen Susanne Sand""")

M("", """Hej. Hvad er reglerne for at sætte et skur op i haven uden byggetilladelse? Max m2? Tak. Palle""")

M("h", """Jeg skal til operation i knæet den 3. februar på Hvidovre Hospital og kan derfor ikke møde op til mødet om vores vejlaug den 5. Kan mødet flyttes? Hilsen Kurt Poulsen, Kongeparken 19""")

M("", """Hej

Kan man få et P-kort til handicapparkering hos jer, eller skal man søge hos Danske Handicaporganisationer? Jeg spørger generelt, vi er ved at lave en folder i seniorrådet.

Venlig hilsen
Ebba Munk, Seniorrådet""")

M("", """Bestilling nr. 110223-7781 (sandsække til oversvømmelse) – hvornår kan de afhentes? /Bo""")

M("s", """Hej

Min mand Jakob og jeg har lige adopteret en hund og vil gerne høre om hundeskov i Ishøj. Er der en indhegnet en i nærheden af Ishøj Strand?

Mvh Thomas Riis""")

M("e", """Hej, jeg hedder Malene og sidder i fængsel indtil marts. Mit barn er anbragt i familiepleje, og jeg vil gerne vide hvordan jeg får samvær når jeg kommer ud. Min sagsbehandler svarer ikke. Skriv venligst til min mor lise.holm@gmail.com""")

M("", """Hej. Hvor mange borgere i Ishøj modtager kontanthjælp i dag sammenlignet med 2020? Jeg skriver en opgave på HF. Tak, Ida""")

M("", """Goddag

Vi har fået tilsendt en regning med bilagsnr. 300125-0042 fra Ishøj Forsyning. Er det en fejl at der står forfald 1. februar når regningen først kom 30. januar?

Venlig hilsen
Hr. og fru Bech""")

M("u", """Hej. Jeg er medlem af 3F og min fagforening siger at kommunen skal betale mig for 3 timers overarbejde på vejafdelingen i december. Hvem skal jeg kontakte i lønkontoret? Mvh Brian Holm""")

M("", """Hej

Jeg synes det er en skandale at kommunen lukker Ishøj Bibliotek om søndagen. Folk har brug for et sted at være. Jeg vil opfordre jer til at genoverveje.

Venlig hilsen
Aase Damgaard""")

M("hte", """Til hovedpostkassen

Jeg er kurdisk fra Irak og har PTSD fra krigen. Min læge siger jeg skal have en tolk til mine samtaler i jobcentret, men de siger jeg taler godt nok dansk. Hvem bestemmer det?

Hilsen Azad Karim
Vejleåparken 22, 3. tv""")
