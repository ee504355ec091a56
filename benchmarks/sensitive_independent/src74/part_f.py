"""Part F: property trades not yet concluded, written by agents, lawyers, heirs, buyers and sellers."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vedr. Ishøj Landsby 19 – købers advokatforbehold

Jeg er købers advokat i handlen om ovennævnte ejendom. Købsaftalen er underskrevet den 14. november med advokatforbehold til 21. november. Min klient ønsker oplyst, om der er verserende sager om ulovlig tilbygning eller påbud vedrørende kloak. Jeg beder om svar inden fredag, da forbeholdet ellers må gøres gældende.

Med venlig hilsen
Advokat Louise Damgaard
""")

M("pe", """
Hej Michael

Det er ikke så nemt at skrive, men vi bliver nødt til at sælge huset på Vejleåvej. Jeg er blevet arbejdsløs og min kone er gået ned i tid. Vi har haft det til salg i fire måneder, og nu er der en køber, men han vil kun give 2,3 mio, og så kan vi ikke betale banken ud. Har kommunen nogen ordning for folk i vores situation?

Hilsen
Allan Jeppesen
""")

M("p", """
Kontaktformular

Navn: Kristina Holt (ejendomsmægler, Nybolig Ishøj)
Emne: Tinglyste byrder
Besked: Vi har en ejendom til salg på Tranegildevej 44, og en interesseret køber spørger om servitutten om vejret fra 1974 stadig gælder. Kan kommunen bekræfte? Køber vil give bud i næste uge.
""")

M("ps", """
Kære byrådsmedlem Jensen

Min mand Kristoffer og jeg (Søren) skal købe hans mors rækkehus i Ishøj Landsby. Vi har aftalt en pris og lavet en betinget købsaftale, men boligforeningen kræver at vi får kommunens godkendelse som "familieoverdragelse". Hvem i kommunen står for det?

Venlig hilsen
Søren Lykke
""")

M("", """
Hej

Hvad koster en tinglysning nu? Jeg skal ikke købe noget lige nu, men vil gerne være forberedt.

Mvh Lars
""")

M("p", """
Til Ishøj Kommune, Ejendomsafdelingen

Vi har været til fremvisning af byggegrund nr. 3 på Torslunde Bygade og vil gerne byde 1.150.000 kr. Kan vi aflevere buddet på mail? Finansieringen er på plads hos Danske Bank.

Venlig hilsen
Pernille og Mathias Elm
""")

M("pb", """
Hej Jesper

Jeg er formand for Ishøj Baptistmenighed og skriver i eget navn, fordi du har spurgt mig om det. Menigheden har fået et bud på vores gamle kirkebygning på Ishøj Stationsvej fra en privat investor, 4,2 mio, men vi vil hellere sælge til kommunen, så huset kan bruges til foreningsliv. Jeg har selv været baptist i 40 år og ved hvor meget bygningen betyder. Vil kommunen overveje at give et modbud?

Med venlig hilsen
Hans Kjeldgaard
""")

M("", """
Hej

Vi købte vores hus i Ishøj Strand i 2019. Kan kommunen fortælle, hvornår kloakken i vores område sidst blev renoveret?

Mvh Anja
""")

M("pe", """
Til Center for Borger, Økonomi og IT

Jeg har fået et brev om at mit hus på Ishøj Parkvej skal på tvangsauktion i januar pga. restance på ejendomsskat og et banklån. Jeg har en køber der vil give 2,7 mio hvis vi kan nå det inden auktionen. Kan kommunen udsætte sin del af kravet? Mit cpr er [[040771-3328]].

Mvh
Jeanette Kragh
""")

M("p", """
Hej

Jeg er ejendomsmægler for køberen af andelslejligheden i A/B Vejleågården, lejlighed 12. Bestyrelsen har godkendt, men køberens bank venter på en erklæring fra kommunen om at der ikke er planer om nedrivning. Kan I sende den?

Venlig hilsen
Morten Skaarup
""")

M("pt", """
Hello

I'm from the Netherlands and my wife is from Ghana. We've made an offer on a townhouse on Vibeholmsvej and the seller has countered. Before we sign, can the municipality tell us if there are plans for a wind turbine near Ishøj Landsby? Our bank wants to know.

Thanks
Pieter de Vries
""")

M("p", """
Kære udvalgsformand

Vi er tre nabofamilier på Torslundevej, der har fået tilbud fra en projektudvikler om at købe vores tre grunde samlet. Tilbuddet er betinget af, at kommunen vil lave en ny lokalplan. Før vi siger ja, vil vi gerne vide, om kommunen overhovedet vil det.

Venlig hilsen
Familierne Bach, Rye og Toft
""")

M("", """
Til Ishøj Kommune

Hvem ejer det lille grønne område mellem Vejleåvej og stien? Vi tænker på at foreslå at der plantes frugttræer. Matrikelnr. 7bø Ishøj By.

Mvh Jonna
""")

M("pu", """
Hej Lone

Jeg er tillidsrepræsentant i 3F på Ishøj Havn, og vores arbejdsgiver, Ishøj Havnefisk ApS, har fået et bud fra en udvikler på hele pakhuset. Ejeren har sagt til os at han overvejer at sige ja før jul. Mine kolleger er bekymrede for deres arbejdspladser. Kan kommunen sige noget om hvad grunden må bruges til?

Mvh Kim Ravn
""")

M("ph", """
Til byggesagsafdelingen

Min mor er blevet alvorligt syg (kræft i bugspytkirtlen) og vil gerne sælge sommerhuset ved Ishøj Strand, mens hun stadig kan. Der er en køber, men handlen er betinget af at den overdækkede terrasse bliver lovliggjort. Kan vi få en hurtig behandling? Vi har fuldmagt.

Mvh Christian Toft
""")

M("p", """
Kontaktformular

Navn: Anders Lind
Emne: Salg af kolonihave
Besked: Jeg skal sælge min kolonihave i Haveforeningen Vejleå, have 18. Vurderingsmanden har været her i går. Kan kommunen som ejer af jorden godkende køber inden jul?
""")

M("pe", """
Til Ydelsescentret

Jeg får boligstøtte og skal flytte, fordi min udlejer har solgt lejligheden... nej, han har SAT den til salg og siger at køberen vil flytte ind selv. Handlen er ikke underskrevet endnu. Kan jeg få hjælp til depositum et andet sted?

Mvh
Sanne Beck
""")

M("", """
Hej

Vi har læst at kommunen vil sælge det gamle bibliotek i Ishøj Landsby. Vi synes bygningen skal blive i kommunens eje. Vil I tage det op?

Mvh
Beboerforeningen
""")

M("p", """
Hej Kasper

Jeg er ejer af Ishøj Autoværksted og har fået en henvendelse fra Circle K, der vil købe min grund på Industrivej for at bygge tankstation. De har sendt en hensigtserklæring. Jeg vil gerne vide om kommunen vil give byggetilladelse før jeg skriver under.

Mvh
Erik Laursen
""")

M("psb", """
Kære borgmester

Min kone, Anna, og jeg (Maria) – vi er begge aktive i Enhedslisten lokalt – er ved at købe en andel i Ishøj Bofællesskab. Vi har fået tilbudt andelen og skal svare inden 1. december. Men foreningens vedtægter siger, at kommunen skal godkende overdragelse i almene andelsboliger. Hvem skal vi skrive til?

Mvh Maria Holm
""")

M("p", """
Til Center for Byudvikling og Natur

Vedr. matrikel 5a Tranegilde By

Som sælgers advokat skal jeg anmode om en ejendomsoplysningsrapport. Ejendommen er solgt med forbehold for købers finansiering og advokatgennemgang. Overtagelse forventes 1. marts.

Med venlig hilsen
Advokat Sten Harboe
""")

M("", """
Hej

Kan man se offentlige vurderinger på ejendomme i Ishøj? Jeg er nysgerrig på hvad huse på min vej er vurderet til.

mvh Per
""")

M("pu", """
Hej

Vi er et par HK'ere og en FOA'er, der sammen har budt på et dobbelthus på Ishøj Søvej. Det lyder som en joke, men det er sandt. Buddet er godkendt, men vi skal bruge en attest fra kommunen om at huset må deles i to ejerlejligheder. Hvor lang tid tager det?

Mvh
Stine, Rikke og Ole
""")

M("pt", """
Til byrådet

Vi er en polsk familie, og vi har budt på et hus i Torslunde. Mægleren har sagt at sælger også har fået bud fra en anden familie, og at vi har til fredag. Vi vil bare vide om der er planlagt motorvej tæt på, fordi vi har hørt det.

Mvh
Marek og Ewa Nowak
""")

M("", """
Hej

Jeg er ejendomsmægler og vil gerne lave en aftale med kommunen om at vi får besked når kommunale grunde sættes til salg. Kan det lade sig gøre?

Mvh Jens Bak, Danbolig
""")

M("pe", """
Kære borgerrådgiver

Jeg er bror til Lisbeth Mørk og har fuldmagt. Lisbeth er skilt og skal sælge fællesboet, huset på Vibeholmsvej 8, men hendes eksmand nægter at skrive under på salgsopstillingen. Der er en køber der har budt 3,1 mio. Hvad kan kommunen gøre?

Mvh
Finn Mørk
""")

M("p", """
Hi,

My father is selling his summer house in Ishøj Strand and I am helping him from London. The buyer has signed but his bank wants a copy of the building permit from 1988. Can you email it to me? We need it before 2 December.

Regards
Sarah Nielsen-Hughes
""")

M("ph", """
Hej Ishøj

Vores datter Ella har cerebral parese og vi er nødt til at købe et hus i ét plan. Vi har fundet et i Vejleå og givet bud. Sælger har accepteret, men vi mangler at vide om kommunen giver tilskud til ombygning af badeværelset, før vi skriver under.

Mvh
Thomas og Louise Kirk
""")

M("", """
Til Økonomiudvalget

Som borger vil jeg protestere mod salget af grunden ved Ishøj Sø til boligbyggeri. Området skal være grønt.

Mvh Ingrid
""")

M("pt", """
Hej

Min farbror, der kom fra Pakistan i 1970'erne, har et lille butikslokale i Ishøj Bycenter som han gerne vil sælge. En køber er interesseret men vil vide om kommunen planlægger ombygning af centret. Vi skal give svar i næste uge.

Mvh Imran Butt
""")

M("p", """
Til hovedpostkassen

Vi har skrevet under på Ishøj Landsby 3, men købsaftalen er betinget af at sælger fjerner det ulovlige skur i haven, og det har han ikke gjort. Kan kommunen bekræfte om skuret er lovligt eller ej? Vi kan træde tilbage fra handlen til 1. december.

Mvh Frederikke og Jonas
""")

M("", """
Hej

Vi solgte vores hus sidste år, og handlen er afsluttet. Men vi får stadig regning for vandafledning. Kundenr. 3105914420. Kan I stoppe det?

Mvh Birgit Holm
""")

M("pe", """
Kære byrådsmedlem

Jeg er 74 og bor alene. Jeg har fået tilbudt en ældrebolig på Gildbrovej og skal sælge mit rækkehus i Ishøj Landsby. Mægleren har fået et bud på 2,95 mio, men køberen vil først overtage i april. Kan jeg få udskudt indflytningen i ældreboligen?

Venlig hilsen
Else Marie Krog
""")

M("p", """
Til Center for Byudvikling og Natur

Ishøj Tennisklub har modtaget et tilbud fra en nabo om at købe klubhuset og de to baner på lejet kommunal jord. Bestyrelsen overvejer. Har kommunen noget imod et salg?

Med venlig hilsen
Bestyrelsen, Ishøj Tennisklub
""")

M("pu", """
Hej

Jeg er landmand i Tranegilde og medlem af NNF (fødevareforbundet) fra mine år på slagteriet. Jeg vil sælge et stykke af min mark til en nabo, vi har aftalt prisen. Kræver det udstykning hos kommunen?

Mvh Hans Peter Brandt
""")

M("", """
Hej

Min morfar ejede engang et hus på Ishøj Strandvej. Har I nogen arkiver, hvor jeg kan se gamle tegninger? Det er til en slægtsbog.

Mvh Anette
""")

M("p", """
Til Ishøj Kommune

Jeg er bobestyrer i dødsboet efter Inge Thorup. Boet har en andel i Ishøj Strandpark, og der er en køber på venteliste, som har sagt ja til prisen. Før overdragelsen skal kommunen bekræfte, at der ikke er restancer på forbedringer. Hvor lang tid tager det?

Med venlig hilsen
Advokat Klaus Rye
""")

M("ps", """
Hej

Min kone Ditte og jeg (Maja) har budt på et hus i Ishøj Landsby og mægleren siger at der er et forbehold om kommunens forkøbsret. Hvad er det for noget?

Mvh Maja og Ditte Skov
""")

M("pe", """
Hej Anne

Jeg er på dagpenge og er nødt til at sælge min lejlighed i Ishøj Strand. Der er en køber der vil overtage den, men han skal først sælge sin egen. Imens kan jeg ikke betale renterne. Har kommunen nogen mulighed for et lån?

Mvh Søren
""")

M("p", """
Kære Ishøj Kommune

Vi ejer en lille erhvervsgrund ved Industrivej og har indledt forhandlinger med et logistikfirma om salg. De ønsker kommunens bekræftelse på at grunden må bruges til lager. Vi forventer at skrive under efter nytår.

Med venlig hilsen
Direktør Ole Kaas
""")

M("", """
Til borgmesteren

Tak fordi kommunen solgte grunden til den nye børnehave i Vejleå. Det var en god beslutning.

Mvh Lise
""")

M("pb", """
Til Center for Byudvikling og Natur

Vi er den katolske menighed i Ishøj, og som medlem og kasserer skriver jeg fordi vi har fået tilbud på en grund ved Ishøj Landsby, hvor vi ønsker at bygge et lille kapel. Sælger vil vide om kommunen vil give lokalplan, før han skriver under.

Venlig hilsen
Teresa Kowalczyk
""")

M("p", """
Hej

Jeg har sat mit hus til salg på Vejleåvej 102 og en køber spørger om det er lovligt at bygge carport på grunden. Kan I svare på det?

Mvh Peter Gram
""")
