"""Part C: property trades not yet concluded (sales, bids, offers for municipal land,
exchanges of land, estate sales, reserved plots, cooling-off) and hard negatives
about the municipality's own sales, finished trades and general questions."""
from common import M

M("p", """Kære Center for Byudvikling og Natur

Vi har i dag underskrevet en købsaftale på Ishøj Strandvej 212 med forbehold for advokatgodkendelse. Sælger oplyser at carporten ikke er lovliggjort. Kan I inden fredag bekræfte om der er byggetilladelse på carporten? Ellers trækker vi os.

Med venlig hilsen
Anna og Martin Kofod""")

M("", """Hej. Hvornår sætter kommunen de nye storparceller i Ishøj Landsby til salg, og hvad bliver kvadratmeterprisen? Vi har set det i lokalplanforslaget. Venlig hilsen Jesper Dam""")

M("p", """Til Økonomiudvalget

Undertegnede vil hermed afgive købstilbud på det kommunale restareal mellem Tranegilde Strandvej og min grund (matr. nr. 14ca). Jeg tilbyder 450 kr. pr. m² for de ca. 220 m². Jeg ser frem til udvalgets behandling.

Med venlig hilsen
Preben Lykke
Tranegilde Strandvej 9""")

M("", """Kære Økonomiudvalg

Jeg undrer mig over at kommunen solgte grunden ved den gamle tankstation til en udvikler for under markedspris. Kan I offentliggøre vurderingen? Salget blev jo afsluttet i 2019, så det burde ikke være hemmeligt længere.

Mvh Kaj Rasmussen""")

M("p", """hej Bo, vi har fået et bud på huset på Kløvertoften på 3,1 mio men vi vil egentlig gerne op på 3,3. ejendomsmægleren siger at den nye cykelsti langs vejen trækker ned. ved du om den stadig er planlagt?? mvh Lotte""")

M("p", """Kære Rasmus

Jeg skriver fortroligt: jeg er ved at sælge min andel i Andelsboligforeningen Søparken, og formanden har sagt at bestyrelsen vil nægte at godkende køberen. Køberen venter på svar og jeg risikerer at miste handlen. Har kommunen nogen rolle i sådan en sag?

Venlig hilsen
Bjarne Ravn""")

M("", """Hej, hvor kan man se tinglyste købesummer for huse i Ishøj? Jeg overvejer at flytte til kommunen og vil gerne se prisniveauet i Torslunde. Mvh Ida""")

M("p", """Kære Ishøj Kommune

Min bror og jeg er arvinger i vores fars dødsbo. Huset på Vejlebrovej skal sælges, og vi har fået et bud på 2,65 mio., men min bror vil vente. Skifteretten har spurgt om der er kommunale krav mod boet. Kan I svare hurtigt - køberen vil have svar inden 1. april.

Mvh Susanne Lind""")

M("p", """Til Center for Byudvikling og Natur

Jeg har fået reserveret storparcel nr. 7 i Ishøj Landsby til og med 30. juni. Jeg mangler stadig bankens tilsagn, så jeg beder om en forlængelse af reservationen med en måned.

Med venlig hilsen
Sebastian Ahmadi""")

M("", """Kære Center for Byudvikling og Natur. Hvor lang tid kan man få reserveret en kommunal byggegrund, og koster det noget? Står der noget om det i salgsvilkårene? Tak. Mvh Kenneth""")

M("p", """hej Sanne!! vi har lige købt hus på Vibeholms Allé, men vi er stadig i fortrydelsesfristen, og nu har vi hørt at der skal bygges et stort plejecenter lige bag os?! er det rigtigt? vi skal beslutte os inden på mandag!! Camilla""")

M("p", """Kære Jens

Som aftalt sender jeg dig lige et overblik: Min nabo og jeg har aftalt at bytte ca. 40 m² jord, så skellet bliver lige. Landinspektøren er bestilt, men mageskiftet er ikke tinglyst endnu, og vi skal have kommunens godkendelse efter udstykningsloven. Hvem behandler det?

Venlig hilsen
Claus Andersen
Ishøj Landsby 31""")

M("", """Hej. Er det kommunen der godkender mageskifte mellem to private grunde, eller er det Geodatastyrelsen? Generelt spørgsmål. Mvh Ole""")

M("pe", """Kære borgmester

Jeg er nødt til at sælge mit rækkehus i Ishøj Strandpark, fordi jeg ikke kan betale afdragene efter jeg mistede mit job. Banken har sagt at der ellers kommer tvangsauktion til efteråret. Jeg har et bud men det er 200.000 under restgælden. Kan kommunen hjælpe på nogen måde?

Med venlig hilsen
Lene Boysen""")

M("", """Kære byråd. Hvor mange tvangsauktioner var der i Ishøj sidste år sammenlignet med Brøndby? Jeg skriver en artikel til lokalavisen om boligmarkedet i Vestegnen. Mvh journalist Henrik Wulff""")

M("p", """Til Teknik- og Miljøudvalget

Vi er ved at købe Industrivej 22 til vores virksomhed, men handlen er betinget af, at der må drives autoværksted på grunden. Sælger vil have et svar fra os inden den 15. Kan I hurtigt bekræfte om lokalplanen tillader det?

Med venlig hilsen
Kemal Yıldız
Direktør, KY Autoservice ApS""")

M("", """Hej. Vores virksomhed har lejet Industrivej 22 i 8 år og vi er tilfredse, men vi vil gerne vide om lokalplanen tillader autoværksted, hvis vi en dag skal udvide. Mvh KY Autoservice""")

M("p", """hej Ole. min svigermor skal sælge sin lejlighed på Ishøj Søvej fordi hun flytter til Fyn, og køberen har bedt om en tilstandsrapport. Der er en altan der måske ikke er godkendt. Hvor finder vi byggesagen?""")

M("p", """Kære Pernille Holm

Jeg har lagt bud ind på 2,4 mio. på et hus på Torslundevej 58, og sælger svarer først på mandag. Jeg har hørt rygter om at kommunen vil ekspropriere en del af forhaven til en ny rundkørsel. Kan du bekræfte eller afkræfte det, før vi binder os?

Venlig hilsen
Michael Dahl""")

M("", """Til Teknik- og Miljøudvalget. Hvornår starter anlægget af rundkørslen ved Torslundevej/Ishøj Landevej, og skal der eksproprieres? Jeg bor på vejen og vil gerne vide hvordan det kommer til at påvirke trafikken. Mvh Birger""")

M("p", """Hej

Vi er køber på Strandgårdsvej 17 og overtager den 1. juni, hvis alt går vel. Sælgeren har lovet at fjerne den ulovlige tilbygning inden, men vi vil gerne have kommunens bekræftelse på at der ikke er påbud på ejendommen. Handlen er ikke endelig før advokaten har godkendt.

Mvh Louise og Nikolaj""")

M("", """Kære Ishøj Kommune

Vi købte vores hus på Strandgårdsvej 17 i 2008, og handlen er for længst på plads, men nu har vi opdaget at tilbygningen fra 1998 aldrig blev færdigmeldt. Hvordan får vi den lovliggjort?

Mvh Louise og Nikolaj Berg""")

M("p", """Kære Udvalgsformand

Som formand for Kolonihaveforeningen Tranegilde skriver jeg om, at et af vores medlemmer, Ruth Jakobsen i have 44, er ved at sælge sit havehus. Prisen er over den maksimalpris som foreningen og kommunen har aftalt. Vi beder om kommunens vurdering før handlen godkendes.

Med venlig hilsen
Lars Winther""")

M("", """Hvad er maksimalprisen for et kolonihavehus i Ishøj, og hvem fastsætter den? Jeg er bare nysgerrig, vi har ikke selv en have endnu. Tak. Mvh. Sofie""")

M("p", """kære Lisbeth. kort besked: min mor har nu accepteret et bud på huset i Tranegilde. køberen har 6 dages fortrydelsesret og går i gang med en byggesagkyndig gennemgang i morgen. vi krydser fingre. kh Tine""")

M("p", """Til Ishøj Kommune, Ejendomsafdelingen

Vi ejer naboparcellen til den kommunale grund på Vejleåvej og har tidligere fået at vide, at kommunen er villig til at sælge en strimmel på ca. 3 meter til os. Vi afventer stadig et købstilbud fra jer. Vores advokat spørger hvornår det kommer.

Med venlig hilsen
Helle og Rune Thorsen""")

M("", """Kære Ejendomsafdelingen. Sælger kommunen nogensinde små restarealer til naboer? Vi har en kommunal græsstribe bag haven, som ingen bruger. Mvh Rune""")

M("pe", """Hej

Jeg skriver til dig, Jonas, fordi min ægtefælle og jeg er ved at blive skilt, og vi skal sælge vores fælles hus på Pile Allé. Han vil ikke medvirke til salget. Mægleren har en køber klar, der vil give 3,8 mio. Kan man tvinge et salg igennem? Vi har også en sag i Familieretshuset om børnene.

Venlig hilsen
Marianne""")

M("", """Spørgsmål til Borgerservice: Hvis man bliver skilt og skal dele et hus, hvem afgør så fordelingen? Er det Familieretshuset eller skifteretten? Jeg spørger for at forstå reglerne, ikke fordi jeg selv skal skilles. Mvh Gunver""")

M("p", """hej! min kæreste og jeg har lige fået accepteret vores bud på en lejlighed i Ishøj Bycenter-området, men banken vil have en vurdering fra kommunen af fremtidig ejendomsværdi?? er det noget I laver? vh Oscar""")

M("p", """Kære Center for Byudvikling og Natur

Jeg har arvet min mosters sommerhusgrund ved Ishøj Strand. Boet er endnu ikke gjort op, men der er en interesseret køber, og han spørger om grunden kan udstykkes. Hvad siger lokalplanen?

Med venlig hilsen
Anders Møller, arving i boet efter Gudrun Møller""")

M("", """Hej. Hvad betyder det at en ejendom er "i dødsbo" på Boligsiden? Jeg har set et par huse i Ishøj med den betegnelse. Er de billigere? Mvh Erik""")

M("p", """Til Økonomiudvalget

Ishøj Golf & Fritid ApS ønsker at købe det kommunale areal øst for klubhuset, matr. nr. 3b. Vi har en foreløbig aftale med forvaltningen, men bestyrelsen vil gerne høre udvalgets signal før vi fremsender et endeligt købstilbud på 1,2 mio. kr.

Med venlig hilsen
Henning Storm, direktør""")

M("", """Til Økonomiudvalget. Jeg kan se på dagsordenen at I skal behandle salget af matr. nr. 3b. Hvorfor er punktet lukket? Det er jo offentlige midler. Mvh. Jan""")

M("p", """Kære Torben

Tak for din tid i går. Vi har nu fået et betinget skøde på parcellen, men det er betinget af at lokalplanen vedtages i byrådet. Hvis den bliver udskudt, kan vi ikke nå at få byggelånet. Hvornår forventer du den bliver vedtaget?

Venlig hilsen
Line og Kristoffer Brink""")

M("", """Hvornår skal lokalplan 3.41 for Ishøj Landsby vedtages endeligt? Vi er nogle naboer der har indsendt høringssvar og vil gerne komme og høre debatten. Mvh. Grundejerforeningen Landsbyen""")

M("phe", """Kære Lene

Min far har Alzheimers og er flyttet på plejehjem, så vi skal sælge hans lejlighed på Sejrøgade. Jeg har fremtidsfuldmagt. Der er en køber, men han vil have et nedslag fordi badeværelset ikke er godkendt. Kan kommunen finde papirerne på badeværelset?

Mvh Henrik Thomsen""")

M("p", """Til Byggesagsafdelingen

Jeg er køberrådgiver for familien Rahimi, der har budt på Hyldeager 8. Min klient har en fortrydelsesret til og med torsdag. Vi skal bruge byggesagsarkivet for ejendommen hurtigst muligt.

Med venlig hilsen
Advokat Pia Bering""")

M("", """Til Byggesagsafdelingen. Vi er et advokatkontor og vil gerne høre, hvor lang jeres sagsbehandlingstid er på bestilling af byggesagsarkiv i øjeblikket. Vi får mange henvendelser fra klienter. Mvh Bering & Co.""")

M("p", """hej, vi har fået at vide at køberen af vores hus (Gadekærvej 3) er sprunget fra efter tilstandsrapporten pga råd i tagkonstruktionen. nu skal vi sætte huset til salg igen. kan vi få tilskud til nyt tag? mvh Hans og Grethe""")

M("", """Er der nogen tilskudsordninger fra kommunen til energirenovering af tag og facade? Vi har et parcelhus fra 1972. Hilsen Marianne og Kurt""")

M("p", """Kære Sara

Vi har talt med Ishøj Boligselskab om at købe et af de rækkehuse, som de skal sælge fra i Vejleåparken. Vi står som nr. 2 på listen. Vi skal bare høre, om kommunen skal godkende salget, og hvornår det sker?

Mvh Yusuf og Hanne""")

M("", """Hej. Er det rigtigt at almene boliger i Ishøj skal sælges fra pga. den nye lov? Hvilke afdelinger drejer det sig om? Jeg er beboer og bekymret. Mvh Bente""")
