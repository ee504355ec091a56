"""corpus28 part F: housing, building and property — sales not yet concluded given as
the reason for a request; concluded trades, plot prices and valuations as hard negatives."""
from common import M

M("p", """Hej

Vi har en køber til vores parcelhus på Bækkeskovvej, men købers bank kræver en færdigmelding på udestuen fra 2009 før de vil låne ud. Vi kan ikke finde den. Kan I se i jeres byggesagsarkiv om den er der? Handlen falder til jorden hvis vi ikke har den inden 3 uger.

Venlig hilsen
Poul og Inge Stæhr""")

M("", """Hej, kan jeg få aktindsigt i byggesagen for Bækkeskovvej 7? Jeg er interesseret i at se tegningerne af huset, som vi bor i.""")

M("pe", """hej, jeg skal sælge min mors hus på Ishøj Landsby 22 da hun er flyttet på plejehjem. ejendomsmægleren spørger om der er en lokalplan der tillader udstykning af grunden. det kan betyde 500.000 mere for huset. kan I svare hurtigt? mvh Lotte""")

M("", """Hvad er prisen pr. m2 for kommunens byggegrunde i Ishøj Landsby i 2027?""")

M("p", """Kære Byudvikling

Vi har underskrevet en betinget købsaftale på en kolonihave i Haveforeningen Vejlebro, betinget af at kommunen godkender at vi må bo der fra april til oktober. Er det tilladt? Sælger venter på svar.

Mvh Kasper og Line Fog""")

M("", """Må man overnatte i sit kolonihavehus i Ishøj om sommeren? Hvad siger lokalplanen?""")

M("p", """Til kommunen

Jeg har fået et bud på min andelsbolig i Strandgården, men andelsforeningen har ikke fået godkendt vurderingen af forbedringerne. Køberen trækker sig hvis ikke det er afklaret inden 1. marts. Er det kommunen der godkender vurderingsmanden?

Venlig hilsen
Hussein Omar""")

M("", """Er det kommunen eller andelsforeningen der fastsætter maksimalprisen for en andelsbolig?""")

M("pe", """Hej

Mit hus skal på tvangsauktion i fogedretten den 19. februar, fordi jeg har misligholdt mit realkreditlån. Jeg har en mulig køber, som vil købe det i fri handel før auktionen. Kommunen har et pantebrev i huset for lån til betaling af ejendomsskat. Kan I frigive det, så handlen kan gå igennem?

Mvh
Jens-Erik Vad
[[091263-1582]]""")

M("", """Hej. Hvordan kan man se om der er tvangsauktioner i Ishøj? Er det kommunen der har listen? /Mads""")

M("p", """Kære borgmester

Naboen på Pilemølle Allé 5 har solgt sit hus betinget til en investor, der vil rive det ned og bygge fire rækkehuse. Handlen er ikke endelig før kommunen har givet dispensation. Vi er mange på vejen der er imod, og vi vil gerne høre om vi bliver hørt inden I beslutter noget.

Med venlig hilsen
Beboerne på Pilemølle Allé, v. Annie Greve""")

M("", """Kære borgmester

Vi er mange på Pilemølle Allé der synes at rækkehuse ikke passer ind i villakvarteret. Vi håber at I fastholder lokalplanen.

Venlig hilsen
Annie Greve""")

M("p", """Hej

Jeg vil gerne købe den lille jordlod bag ved min have (matr. 11aø), som kommunen ejer. Jeg har sendt et tilbud på 45.000 kr. i oktober, men har ikke hørt noget. Er det stadig aktuelt?

Mvh Helmer Lunde, Ishøj Søvej 31""")

M("", """Sælger kommunen små jordstykker til grundejere der ligger op ad kommunale arealer? Hvordan foregår det?""")

M("phe", """Kære Ishøj Kommune

Min kone og jeg har sat huset til salg, fordi hun har fået sclerose og ikke længere kan klare trapperne. Vi har søgt om en ældrebolig i Torslunde, og en køber vil gerne overtage huset 1. juli. Kan vi få at vide om vi er sikre på at få ældreboligen før vi skriver under?

Med venlig hilsen
Aage Sørensen""")

M("", """Hvordan skriver man sig op til en ældrebolig i Ishøj, og hvor lang er ventetiden?""")

M("e", """Hej. Jeg er blevet opsagt fra min lejlighed på Ishøj Strandvej pga. huslejerestance på 18.600 kr. Fogeden kommer den 3. marts. Jeg har to børn. Hvem i kommunen kan hjælpe mig?? Pia""")

M("pt", """Hej

Vi er en tyrkisk familie der har drevet et pizzeria i Ishøj Bycenter i 12 år. Nu vil vi købe bygningen på Vejleåvej 41 for at flytte restauranten, og sælger har accepteret vores bud. Men vi skal have kommunens tilladelse til at ændre anvendelsen fra butik til restaurant før vi skriver under. Hvor lang tid tager det?

Mvh Mehmet og Ayşe Demir""")

M("", """Hvor lang tid tager det at få godkendt en ændret anvendelse af et erhvervslokale fra butik til restaurant? Det er til en forretningsplan.""")

M("p", """Kære Center for Byudvikling og Natur

Min bror og jeg har arvet et sommerhus-lignende hus ved Ishøj Strand og vil sælge det. En køber har budt, men spørger om huset må bruges til helårsbeboelse. Hvad er status for ejendommen (BBR)? Handlen er ikke underskrevet.

Mvh Bjarke Ravn""")

M("", """Hej. Hvordan retter man fejl i BBR? Vores carport står som garage. Mvh Anja""")

M("ps", """Hej

Min mand Kristian og jeg (Lars) er ved at købe et rækkehus på Gildbro Tværvej, og vi har lige fået at vide at der er en verserende sag om en ulovlig overdækket terrasse. Sælger vil ikke fjerne den. Kan kommunen oplyse hvad sagen går ud på, inden vi underskriver?

Venlig hilsen
Lars Bang""")

M("", """Hej. Hvad sker der hvis man køber et hus med en ulovlig tilbygning? Skal den nye ejer fjerne den? Generelt spørgsmål.""")

M("p", """Hej, vi har fået et købstilbud på vores ejerlejlighed på Ishøj Boulevard men køber vil have at vi får lovliggjort altaninddækningen først. hvad koster en byggetilladelse til det og hvor lang tid tager det? mvh Christian L""")

M("", """Kan man få en byggetilladelse til altaninddækning på Ishøj Boulevard? Det er min udlejer der skal søge, men jeg vil gerne vide det.""")

M("e", """Kære Borgerservice

Jeg har fået afslag på boligstøtte til min nye lejlighed fordi jeg har formue over grænsen. Men de penge er min arv efter min far og de er allerede brugt på at betale min gæld til SKAT. Jeg vedhæfter dokumentation. Kan I genberegne?

Venlig hilsen
Tommy Gravesen
[[290881-0937]]""")

M("", """Hvor stor må ens formue være for at man kan få boligstøtte?""")

M("p", """Hej

Jeg har et grønt areal på 800 m2 ved min ejendom i Tranegilde, som en nabo gerne vil købe. Vi har aftalt en pris, men ikke skrevet under. Skal kommunen godkende en udstykning før vi kan sælge?

Mvh Bent Skovgaard""")

M("", """Hej! Vi har købt hus på Ishøj Stationsvej, overtagelsen var 1. november og alt er på plads. Hvornår tømmes skraldespandene på vejen? Mvh Kathrine og Mikkel""")

M("ep", """Kære borgerrådgiver

Min eksmand og jeg skal sælge vores fælles hus som led i skilsmissen, men han nægter at godkende en køber, der har budt 2,9 mio. Jeg kan ikke betale afdragene alene og er kommet i restance. Jeg ved det er en privatretlig sag, men kan du vejlede mig om hvor jeg kan få hjælp?

Venlig hilsen
Birgitte Hauge""")

M("", """Hej. Jeg har et spørgsmål om min ejendomsvurdering for 2024. Den er steget 40 %. Hvor klager man? Ejendomsnummer 183-004512.""")

M("p", """Hej

Vi har solgt vores hus på Ishøj Landsby 9 med overtagelse 1. april, men køberen har endnu ikke fået finansieringen på plads og har forlænget fristen to gange. Vi er nødt til at flytte alligevel, da jeg har fået job i Horsens. Kan vi afmelde renovation fra april, selvom handlen ikke er endelig?

Mvh Signe og Thomas Brun""")

M("", """Hvordan afmelder man renovation når man sælger sit hus?""")

M("pb", """Kære udvalgsformand

Som medlem af Alternativet og aktiv i den lokale naturforening har jeg og min kone besluttet at sælge vores jordlod ved Ishøj Sø til kommunen, så den kan blive en del af naturparken. Vi har fået et tilbud fra jeres ejendomsafdeling, men vi vil gerne forhandle prisen. Hvem skal vi tale med?

Med venlig hilsen
Niels Engberg""")

M("", """Hej. Skal kommunen registrere det, når en parkeringsplads i en ejerforening skifter ejer? Lyder mærkeligt men spørger bare for bestyrelsen.""")

M("p", """hej, min nabo på Hybenvej 12 har solgt sit hus til en der vil lave det om til to lejligheder. køberen venter kun på kommunens ok før han overtager. jeg er bekymret for parkeringen. kan jeg gøre indsigelse? Egon""")

M("", """Hej kommunen

Hvad er reglerne for at udleje en del af sit hus som lejlighed? Vi tænker på at bygge om. Vi har boet her i 20 år.

Venlig hilsen
Hanne og Jørgen""")

M("p", """Kære Ishøj Kommune

Vores butik i Ishøj Landsby er til salg, og en køber har budt, men han vil gerne have en forlængelse af den midlertidige tilladelse til udeservering med i aftalen. Kan vi få en skriftlig bekræftelse på at tilladelsen kan overdrages?

Mvh
Café Landsbyen v. Ole Rasmussen""")
