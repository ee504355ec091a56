"""corpus80 part C: property trades not yet concluded (and concluded or general ones
as negatives), often together with other categories."""
from common import M

M("p", """
Hej Byggesag

Vi har fået et bud på vores hus på Ishøj Landevej 87, men køberen vil have skriftligt at lokalplanen tillader en dobbelt carport i forhaven, før de skriver under. Kan I give os det inden fredag?

Venlig hilsen
Annette og Claus Riis
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg overvejer at byde på den ledige grund på Vejleå Strandvej 5, som kommunen har i udbud. Må man bygge i 1½ plan der, og er grunden kloakeret?

Mvh
Peter Bjerre
""")

M("pe", """
Til borgmesteren

Vores hus skal på tvangsauktion den 14. januar, fordi vi ikke har kunnet betale lånet siden min mand mistede sit job. Vi har tre børn på Ishøj Skole. Kan kommunen gøre noget, så vi kan blive boende i området bagefter?

Med venlig hilsen
Mette Holgersen
""")

M("p", """
Til Ishøj Kommune, Byggesagsafdelingen

Vi er ved at formidle salget af Strandgårdsvej 9 på vegne af sælger. Køber har bedt om dokumentation for den lovliggjorte kælderudgravning, inden købsaftalen kan blive ubetinget. Vi beder om aktindsigt i byggesagen.

Med venlig hilsen
Christina Mørk
Statsautoriseret ejendomsmægler, home Ishøj
Tlf. 43 54 11 22
""")

M("", """
Hej

Handlen er gået igennem og vi fik nøglerne til huset på Torslunde Landevej i går. Hvornår kommer der skraldespande, og skal vi selv bestille dem?

Mvh Lærke og Simon
""")

M("p", """
hej
skal sælge mit kolonihavehus i H/F Rosenlund og vurderingsmanden kommer på onsdag. foreningen siger at kommunen skal godkende det lille skur først. hvad skal jeg sende ind
Bjørn, have nr 31
""")

M("ps", """
Hej

Min mand Thomas og jeg har budt på en lejlighed i Ishøj Bycenter. Sælger har sagt ja med forbehold for at vi kan få en P-licens til garagen. Hvordan søger man det?

Peter Nørgaard
""")

M("p", """
Til Ishøj Kommune

Vi sælger vores andel i A/B Vejleåhus. En køber havde underskrevet, men trak sig i fortrydelsesfristen i går. Nu er vi bange for at miste vores nye lejlighed i Roskilde. Har kommunen en liste over folk der søger andelsbolig?

Hilsen Jens og Birgit
""")

M("pe", """
Til borgerrådgiveren

Efter min skilsmisse skal huset på Brandvænget sælges, men min eksmand vil ikke skrive under på salgsaftalen med mægleren, og vi kan ikke blive enige om prisen. Jeg bor der med børnene og kan ikke betale lånet alene. Kan kommunen hjælpe med noget?

Trine
""")

M("p", """
Til Erhverv

Vores firma, Ishøj Rør & VVS ApS, forhandler med kommunen om at købe erhvervsgrunden Industribuen 12. Vi har fået et udkast til købsaftale, men der står ikke noget om jordforurening. Hvem kan svare?

Med venlig hilsen
Kim Lauritsen, direktør
""")

M("", """
Hej

Hvornår sætter kommunen de nye storparceller i Ishøj Landsby til salg, og hvordan bliver man skrevet op? Vi vil gerne bygge selv om et par år.

Mvh Line
""")

M("p", """
Til byggesagsbehandleren

Vores købsaftale på Brushøjvej 6 er betinget af, at kommunen godkender en tilbygning på 30 m2 mod haven. Vi har sendt tegningerne den 2. oktober (sag 26/21044). Sælger vil have svar inden 1. december, ellers bortfalder handlen.

Venlig hilsen
Malene og Rune
""")

M("p", """
Hej

Min mor sælger sit rækkehus i Vejleå Park og mægleren spørger om der er tinglyst en servitut om hegn. Min mor er 82 og kan ikke selv finde ud af tinglysning.dk. Kan I sende det til mig?

Venlig hilsen
Ulla Krog
""")

M("ph", """
Hej

Vi er nødt til at sælge vores hus, fordi min kone er blevet kørestolsbruger efter en ulykke og ikke kan komme op ad trapperne. Vi har haft fremvisning, og et par vil gerne købe, hvis vi kan få lov til at flytte hoveddøren. Hvor hurtigt kan I behandle det?

Henrik Lindberg
""")

M("p", """
Til kommunen

Køberen af vores hus er sprunget fra i sidste øjeblik, dagen før advokaten skulle godkende. Nu skal vi sætte det til salg igen, og vi skal bruge en ny ejendomsdatarapport. Kan man få den hurtigt?

Mvh
Lise og Erik
""")

M("", """
hej vi drømmer om at købe hus i ishøj en dag. hvad koster en grund sådan cirka og er der nogen ledige?
mvh mads
""")

M("pt", """
Dzień dobry / Goddag

Vi er en polsk familie og har boet i Ishøj i 8 år. Nu vil vi købe huset på Torslundevej 58 og har fået lånetilsagn fra banken. Men vi kan ikke forstå brevet om rottespærre. Er det sælger eller os der skal betale?

Med venlig hilsen
Agnieszka og Tomasz Nowak
""")

M("p", """
Hej

Vi er ved at forhandle pris med sælger af Baldersbækvej 2. Han siger kloakken er ny fra 2020, men vi kan ikke finde noget om det. Har kommunen en kloakrapport for ejendommen?

Mvh Jonas Nyborg
""")

M("pe", """
Til Ishøj Kommune

Efter min mands død i foråret har jeg fået en gæld jeg ikke kendte til, og jeg er nødt til at sælge lejligheden. Mægleren har sat den til 1,9 mio. Skal jeg betale ejendomsskatten for hele året, hvis den bliver solgt i januar?

Venlig hilsen
Birte Schultz
""")

M("p", """
Hej Vej og Park

Huset ved siden af os (Ishøj Strandvej 44) står til salg, og der har været fremvisninger hele weekenden. Bilerne holder i vores indkørsel og på græsrabatten. Må man det?

Venlig hilsen
Flemming
""")

M("p", """
Fwd: Salgsopstilling

Kopieret fra mæglerens salgsopstilling:
"Vejlebrovej 120, 2635 Ishøj. Udbudspris 3.195.000 kr. Ejerudgift 2.870 kr./md. Energimærke D."

Vi overvejer at byde, men energimærket er fra 2016. Kan kommunen oplyse, om der er søgt om nye vinduer siden?

Hilsen Camilla
""")

M("pu", """
Hej

Jeg er TR for Dansk Metal på min arbejdsplads og har fået nyt job i Aarhus fra 1. marts, så vores hus på Fasanvej er sat til salg. Der er interesse fra en køber, men han vil vide om kommunen har planer om at udvide skolen bagved. Står det i en lokalplan?

Mvh Kenneth
""")

M("p", """
Til Ishøj Kommune

Mit bud på 2,1 mio. på lejligheden i Strandgården er accepteret, men advokaten venter på at skødet kan anmeldes, fordi der mangler en erklæring om at kommunen ikke har forkøbsret. Hvem udsteder den?

Mvh
Sara Lind
""")

M("", """
Kære Ejendomsskat

Vi købte huset på Gildbrovej i 2019, og skødet har været tinglyst længe. Nu vil vi klage over den nye ejendomsvurdering, som er steget med 40 %. Skal klagen sendes til jer eller til Vurderingsstyrelsen?

Mvh
Kirsten og Palle
""")

M("p", """
Hej

Jeg har fået et skriftligt tilbud fra en projektudvikler om at købe min grund på Ishøj Landevej, hvor jeg har haft gartneri. Han vil bygge rækkehuse. Kan kommunen sige om det overhovedet er muligt, før jeg svarer ham?

Venlig hilsen
Arne Poulsen
""")

M("p", """
Til Center for Byudvikling og Natur

Min fars dødsbo skal sælge hans hus på Tranegilde Strandvej, og boet har modtaget to bud. Den ene køber vil rive huset ned. Er huset bevaringsværdigt?

På vegne af boet,
Lars Winther
""")

M("pe", """
hej

vi har budt på et hus på Ishøj Søvej og sælger har accepteret, men banken vil nu ikke låne os pengene fordi jeg er gået på dagpenge. kan man få en kommunegaranti eller noget?

Mvh Sandra
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har fået tilsagn fra Haveforeningen Tranemosen om at købe kolonihavehus nr. 48, men foreningen siger at kommunen skal godkende overdragelsen fordi det er kommunens jord. Hvor lang tid tager det?

Med venlig hilsen
Dorthe Bak
""")

M("p", """
Hej

Vi er nr. 1 på listen til en andel i A/B Vejleåparken, og sælgeren har accepteret vores tilbud på forbedringerne. Nu mangler vi kun at bestyrelsen godkender. Vi skal bruge en skoleplads til vores søn fra 1. januar – kan vi søge allerede nu?

Mvh Anders og Julie
""")

M("ph", """
Til byggesagsafdelingen

Vi har købt et hus på Strandhaven med overtagelse til februar, men sælger er meget syg og ligger på hospice, så underskriften på skødet er ikke kommet endnu. Kan kommunen allerede nu behandle vores ansøgning om at sætte solceller op, eller skal vi vente til vi ejer det?

Venlig hilsen
Rikke Bonde
""")

M("p", """
Hej

Vi har solgt vores hus med overtagelse 1. februar, men køber har taget forbehold for tilstandsrapporten, som har et rødt punkt om taget. Køber vil have dokumentation for at taget er lovligt udskiftet i 2015. Kan I finde det?

Mvh Gert
""")

M("", """
BOLIGMARKEDET I ISHØJ – 3. KVARTAL 2026

Nyhedsbrev fra Danbolig Ishøj
· Huspriserne i Ishøj steg 4,1 % i 3. kvartal
· Liggetiden faldt til 74 dage
· 38 ejerlejligheder blev solgt, flest i Ishøj Bycenter
Afmeld nyhedsbrevet her.

Sendt til: hovedpostkassen@ishoj.dk
""")

M("p", """
Til Opkrævningen

Kan I bekræfte skriftligt, at der ikke er restancer på ejendomsskat eller vand på Ishøj Søvej 31? Det skal bruges til salget af ejendommen, og køberens advokat vil ikke frigive deponeringen før det er på plads.

Venlig hilsen
Knud Vinther
""")

M("p", """
Hello,

We are in the middle of buying a terraced house in Vejleå Park. The seller has accepted our offer, and the contract is with our lawyer now. Could you tell us if the road in front of the house is private or municipal? Our lawyer says it matters for the price.

Best regards,
Emma and Lukas
""")

M("pe", """
Hej

Kommunen har tinglyst pant i mit hus, fordi jeg har fået lån til ejendomsskatten som pensionist. Nu vil jeg sælge og flytte i lejlighed, og køberen er klar. Hvordan får jeg pantet indfriet og aflyst?

Med venlig hilsen
Asta Jepsen
""")

M("p", """
Til Erhverv

Vi skal sælge vores erhvervsejendom på Industriparken 7. Køberen er en landsdækkende kæde, som vil have en garanti for at de må have skiltning mod motorvejen. Hvem kan vi tale med?

Mvh
Ib Dalgaard, Dalgaard Auto A/S
""")

M("", """
Hej

Hvordan søger man byggetilladelse til en udestue på 18 m2? Skal der være tegninger fra en arkitekt, eller kan man selv tegne dem?

Mvh Hans
""")

M("ps", """
Til Borgerservice

Min kone Hanne og jeg har sat vores lejlighed på Ishøj Boulevard til salg, og vi har fået et bud. Vi vil gerne flytte til et rækkehus med have. Har kommunen en liste over almene boliger med have, som vi kan skrive os op til?

Lise Overgaard
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har afgivet bud på kommunens grund på Baldersbækvej i det offentlige udbud, der lukkede den 1. november. Hvornår får budgiverne besked?

Med venlig hilsen
Nordvest Byg ApS
v/ Mikael Friis
""")

M("p", """
hej

huset er solgt med forbehold for købers advokat. advokaten vil vide om der er en påbudt kloakseparering på vej. hvornår kommer den på vores vej (Kirkebjerg Allé)?

tak, Ulrik
""")

M("", """
Til Vej og Park

Ejendomsmæglernes reklameskilte står i alle rabatter langs Vejlebrovej og Ishøj Boulevard. Er det lovligt at sætte dem op på kommunens areal? Det skæmmer helt vildt.

Mvh Vibeke
""")

M("pe", """
Hej borgerrådgiver

Jeg er nødt til at sælge huset, fordi jeg er blevet arbejdsløs og min dagpengeperiode udløber. Mægleren siger at jeg kan få 300.000 mindre end jeg skylder. Kan kommunen hjælpe med noget?

Tom
""")

M("pt", """
Hej

Jeg og min bror er fra Tyrkiet og har haft grillbaren på Ishøj Torv i 10 år. Nu vil vi købe grunden, som bygningen står på, af kommunen. Vi har sendt et tilbud i september men ikke fået svar.

Med venlig hilsen
Murat og Serkan Yıldız
""")

M("p", """
Til kommunen

Kommunen har sagt ja til at sælge det lille jordstykke bag min have (ca. 120 m2) til mig. Nu forhandler vi prisen. Jeres landinspektør siger 400 kr. pr. m2, men det er et grønt område, man ikke må bygge på. Kan prisen sættes ned?

Venlig hilsen
Poul-Erik Madsen
""")
