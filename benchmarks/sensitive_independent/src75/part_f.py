"""corpus75 part F: homes and sales, first flats, name changes, families of every kind."""
from common import M

M("te", """
Til Center for Voksne og Velfærd

Vi er en flygtningefamilie fra Afghanistan, to voksne og fire børn, og vi har lige fået vores første lejlighed i Ishøj Strandpark. Der er ingen senge, intet køleskab og ingen gardiner. Vores sagsbehandler sagde at vi kan søge enkeltydelse til det. Hvordan gør vi? Børnene sover på gulvet nu.

Med venlig hilsen
Gul Ahmad Safi
""")

M("ps", """
Kære Helle Andersen

Min kone Hanne og jeg har boet i Torslunde i 26 år, men vi har sat huset til salg for at flytte nærmere vores barnebarn. I sidste uge trak køberen sig, da hun hørte at kommunen vil bygge en ny hal på marken bagved. Der står intet om det på hjemmesiden. Kan du få administrationen til at sige, hvad der er planlagt?

Med venlig hilsen
Birgit Rønne
""")

M("ps", """
Hej

Min mand Jonathan og jeg har budt på et rækkehus på Vejleå Parkallé, og sælger har sagt ja med forbehold for vores advokats gennemgang. I lokalplanen står der noget om en udvidelse af idrætsanlægget. Hvor tæt kommer den på husene, og er der lys på banerne om aftenen? Vi skal svare inden onsdag.

Mvh
Simon Bach
""")

M("p", """
Til Center for Byudvikling og Natur

Ishøj Søspejdere har fået et bud på vores gamle bådhus ved havnen fra en privat køber. Vi har underskrevet en aftale med forbehold for kommunens godkendelse, fordi grunden er lejet af kommunen. Kan I fortælle, hvor lang tid det tager at få svar?

Med spejderhilsen
Anders Kjær, kasserer
""")

M("p", """
Kære Kultur- og Fritidsudvalg

Ishøj Rideklub har tilbudt kommunen 1,4 mio. kr. for staldbygningen og folden på Tranegildevej, som vi har lejet i 30 år. Forvaltningen har svaret med et modbud på 2,1 mio. kr. Det kan vi ikke løfte. Vi håber, udvalget vil se på, om prisen kan forhandles, så klubben kan blive.

Med venlig hilsen
Bestyrelsen, Ishøj Rideklub
""")

M("p", """
Hej

Jeg har min andelsbolig på Ishøj Byvej til salg, og der står en køber klar, men hun er nervøs for larmen fra Kulturfestivalen, som foregår 100 m væk. Hvor mange dage om året må der være koncerter på Rådhustorvet? Hun skal bruge svaret før underskrift.

Vh
Merete Kolind
""")

M("", """
Til Center for Borger, Økonomi og IT

Spejdergruppen købte hytten i Ishøj Landsby af kommunen i 2019, og handlen er afsluttet for længst. Nu har vi fået en ejendomsvurdering, som vi ikke forstår. Skal en forening betale grundskyld af en spejderhytte?

Venlig hilsen
Karsten Bloch, kasserer
""")

M("", """
Hej

Har kommunen planer om at sælge den gamle biblioteksfilial i Vejleå, nu hvor den står tom? Jeg har hørt rygter om boliger, men også om et medborgerhus. Jeg synes det sidste ville være bedst.

Mvh
Knud
""")

M("", """
Hej

Jeg skriver en artikel om boligmarkedet på Vestegnen. Har kommunen tal for, hvor mange huse der blev solgt i Ishøj i 2025, og gennemsnitsprisen pr. m²? Jeg har Boligsidens tal, men vil gerne have jeres.

Venlig hilsen
Maja Bundgaard, journalist
""")

M("tb", """
Til Borgerservice

Jeg er jøde og vil gerne tage mit hebraiske navn, Yehudit, som mellemnavn. Jeg har fået det ved min bat mitzvah. Kan I hjælpe med navneændringen, og skal jeg dokumentere navnet fra synagogen?

Med venlig hilsen
Judith Levin
""")

M("b", """
Hej Borgerservice

Vores datter blev døbt i Torslunde Kirke i søndags og fik mellemnavnet Marie efter sin oldemor. Præsten sagde, at navnet registreres automatisk. Er det rigtigt, eller skal vi søge om noget?

Kh Trine og Morten
""")

M("pu", """
Kære byrådsmedlem

Jeg er sygeplejerske og medlem af DSR, og jeg har fået job i Aarhus fra 1. august. Vi har fået et bud på vores hus på Ishøj Søvej, men køberne vil have skriftligt, at kommunen ikke lægger en cykelsti gennem haven, som de har hørt. Jeg har ringet tre gange. Kan du hjælpe?

Med venlig hilsen
Pernille Bang
""")

M("pe", """
Hej

Min eksmand og jeg er ved at blive skilt, og huset i Vejleå skal sælges. Vi har fået et bud, men han vil ikke skrive under, fordi han vil have mere. Jeg har ikke råd til at blive boende alene, og jeg er bange for at ende uden et sted at bo med børnene. Kan kommunen hjælpe med en midlertidig bolig?

Venlig hilsen
Signe Bak
""")

M("ph", """
Til Kommunen

Min mand har fået Parkinson og kan ikke klare trapperne i vores hus mere. Vi har sat det til salg og fået et bud, men køberne vil vide, om kommunen stadig vil overtage den private fællesvej. Vi kan ikke vente længe med at flytte. Hvem kan give et svar?

Med venlig hilsen
Ruth og Ove Brandt
""")

M("p", """
Til Vej og Park

Naboens hus på Fuglesangsvej er til salg, og der er fremvisninger hver weekend. Mægleren og køberne parkerer på vores græsrabat og har kørt den helt op. Må man det? Og hvem skal betale for at få den lavet?

Venlig hilsen
Kurt Nørgaard
""")

M("p", """
Hej

Jeg skulle have solgt mit kolonihavehus i Haveforeningen Vejleå Lyst, men køberen sprang fra i går, fordi kommunens vurderingsmand har sat prisen til 95.000 i stedet for 140.000. Kan jeg få vurderingen lavet om? Der er en ny interesseret.

Mvh
Jørgen
""")

M("p", """
Til Center for Byudvikling og Natur

Vi driver cykelforretningen i Ishøj Bycenter og vil gerne købe kommunens erhvervsgrund på Ishøj Søvej til et nyt værksted med udlejning af el-cykler. Vi har sendt et betinget tilbud den 2. februar og har ikke hørt noget. Er grunden stadig til salg?

Med venlig hilsen
Nicolai Storm
Storm Cykler ApS
""")

M("s", """
Hej Ishøj Svømmehal

Vi er to fædre til tvillinger på fem måneder og vil gerne starte til babysvømning. Tilmeldingen skal ske med "mors" navn og cpr. Vi har ingen mor. Kan I lave det om, eller hvordan tilmelder vi os?

Mvh
Rasmus og Ahmed
""")

M("s", """
Kære ungdomsklubben

Jeg er 17 og aseksuel. Jeg kommer tit i klubben, men jeres "kæresteaften" og spørgsmålene om hvem man er forelsket i, gør at jeg føler mig helt forkert. Jeg siger ikke at I skal stoppe det, men kan der også være noget andet den aften?

Anonym, men du ved godt hvem jeg er
""")

M("s", """
Til Ishøj Kommune og boligselskabet

Nogen har skrevet "bøssesvin" med spraymaling på vores hoveddør i opgangen på Strandgårdsparken. Jeg bor der med min kæreste, Mads. Det er anden gang. Vi har anmeldt det til politiet. Kan kommunen hjælpe med at fjerne det hurtigt, og er der kameraer?

Anders Holm
""")

M("se", """
Hej Familierådgivningen

Min ekskone Tina og jeg har fælles forældremyndighed over vores søn Elias. Efter vi blev skilt, er hun flyttet sammen med en mand i Køge, og nu vil hun ikke lade mig hente ham til fodbold i Ishøj. Vi har et samværsmøde i Familieretshuset i april. Kan kommunen sige noget om, at han bør blive i sin klub?

Venlig hilsen
Camilla Juhl
""")

M("su", """
Til borgmesteren

Jeg er TR for HK'erne på rådhuset og åbent homoseksuel. I denne uge er der to gange sat en nedsættende tegning op på tavlen i frokoststuen med mit navn på. Jeg skriver til dig, fordi jeg ikke mener, at sagen bliver taget alvorligt af min nærmeste leder.

Venlig hilsen
Kristoffer Dam
""")

M("b", """
Kære Kultur og Fritid

Jeg er imam i Ishøj Moské og arbejder meget med de unge drenge i byen. Vi vil gerne lave en fodboldturnering i juni sammen med Ishøj IF for unge fra hele byen. Kan vi låne kunstgræsbanen en lørdag?

Med venlig hilsen
Imam Khalid Rahman
""")

M("b", """
Hej Fritidsafdelingen

Vores søn Pablo skal til førstekommunion i Sankt Nikolaj Kirke i Hvidovre den 10. maj. Det er samme dag som fodboldstævnet, hvor hans hold er tilmeldt gennem kommunen. Vi er katolikker og vælger selvfølgelig kommunionen. Kan han få refunderet stævnegebyret?

Mvh
Elena og Thomas Vang
""")

M("b", """
Til Teknik- og Miljøudvalget

Jeg er aktiv i Extinction Rebellion og cykler hver dag til Ishøj Station. Vejarbejdet har lukket cykelstien i fire uger uden omkørsel, mens bilerne har fået to spor. Vi planlægger en fredelig cykeldemonstration på fredag. Vil I genåbne cykelstien?

Mvh Freja Lindholm
""")

M("b", """
Til Kulturhuset

Jeg er pacifist og har været det hele mit voksne liv. Jeg var meget ked af at se Forsvarets stand med våben, hvor børn kunne holde et gevær, til Ishøj Bydag. Jeg synes ikke kommunen skal invitere den slags til en familiefest.

Venlig hilsen
Aase Kjærgaard
""")

M("u", """
Kære Kultur- og Fritidsudvalg

Jeg er advokat og medlem af Djøf, men jeg skriver som formand for Ishøj Petanqueklub. Lejekontrakten for vores baner, som kommunen har sendt, indeholder et punkt om opsigelse med en måneds varsel. Det er meget usædvanligt for foreningslokaler. Kan vi få et møde om det?

Med venlig hilsen
Birthe Lauesen
""")

M("u", """
Hej

Jeg er pædagog og medlem af BUPL, og så er jeg leder i FDF Ishøj. Vi vil gerne lave et samarbejde mellem min SFO og FDF om friluftsliv. Kan kommunen støtte med en pulje til udstyr?

Mvh
Katrine Bønnelykke
""")

M("u", """
Til Teknik og Miljø

Jeg var med i Dansk Metal i 30 år, indtil jeg gik på pension sidste år, og jeg kan sagtens se, at svejsningerne på den nye gangbro ved havnen ikke er i orden. Der er rust allerede. Vil I få nogen til at se på det, før der sker en ulykke?

Venlig hilsen
Egon Lund
""")

M("p", """
Til Ishøj Kommune, Byggesag

Vi har solgt vores hus på Ishøj Landevej 44 med overtagelse den 1. juli, men køberne har forbeholdt sig at kommunen godkender den lovliggørelse af carporten, som vi søgte om i februar. Handlen falder, hvis det ikke er på plads. Kan sagen få prioritet?

Med venlig hilsen
Ulrik Bach
Cpr. [[120364-1187]]
""")

M("s", """
Flytteanmeldelse

Min mand Peter og jeg er flyttet fra Valby til Ishøj Strandvej 140, 3. th., pr. 1. marts. Vi kan ikke få flyttet i systemet, fordi det siger, at adressen har for mange beboere.

Henrik Nybo, [[030871-1225]]
Peter Nybo, [[170576-2014]]

Venlig hilsen
Henrik
""")

M("ue", """
Hej Jobcenter

3F har bedt mig sende mit cpr-nummer direkte til jer, så I kan finde min sag om dagpenge og aktivering. Jeg blev afskediget fra Ishøj Havn i november.

[[2812681347]]

Mvh
John Kragh
""")

M("t", """
Olá

Jeg er fra Brasilien og er lige flyttet til Ishøj med min danske mand. Jeg har fået opholdskort, men ikke noget sundhedskort endnu. Kan I se hvad der mangler?

Mit personnummer: [[190493–4152]]

Obrigada
Juliana Costa Sørensen
""")

M("", """
Til Ishøj Kommune

Jeg meldte mig ud af folkekirken i januar, men på min årsopgørelse står der stadig kirkeskat. Kan I rette det? Mit cpr er [[221165-2219]].

Venlig hilsen
Peter Riis
""")

M("h", """
Til Fritidsklubben Strandgården / Ishøj Kommune

Vores søn Alexander (cpr [[100713 4391]]) starter i klubben efter sommerferien. Han har svær nøddeallergi og har en adrenalinpen med. Vi vil gerne have et møde med personalet om, hvad de gør, hvis han får et anfald, og om køkkenet bruger nødder.

Venlig hilsen
Christina og Lars Kjeldsen
""")

M("", """
Hej

Jeg skriver bachelorprojekt om boligplacering af flygtninge. Hvordan foregår det i Ishøj: får familierne en almen bolig med det samme, eller bor de midlertidigt først? Og hvem betaler indskuddet?

Mvh
Sara, socialrådgiverstuderende
""")

M("", """
Til Miljø og Teknik

Der har været fest på Rådhustorvet til kl. 01 tre weekender i træk. Jeg forstår godt at byen skal have liv, men står der i tilladelsen, hvornår musikken skal slukkes? Jeg bor i Ishøj Bycenter og skal op kl. 5.

Mvh
Gert
""")

M("", """
Hej Jonas

Tak fordi du kom til generalforsamlingen i Ishøj Bowlingklub. Som du hørte, fik vi valgt to nye i bestyrelsen, og kontingentet blev sat op med 50 kr. Vi håber kommunen vil være med til at betale nye baner i 2027. Referatet følger.

Venlig hilsen
Tove, formand
""")

M("", """
Hej Kulturhuset

Jeg har købt fire billetter til sommerkoncerten den 21. juni (ordrenr. 2106261534), men har kun fået tre på mail. Kan I sende den sidste? Betalt med MobilePay, transaktion 7823 4411 0912.

Tak
Hanne Ravn
""")

M("", """
Til Teknik og Miljø

Vi driver en tøjbutik i Ishøj Landsby. Vejarbejdet og den omlagte bus 128 har ramt vores omsætning hårdt, fordi kunderne ikke kan parkere. Får erhvervsdrivende nogen form for kompensation, og hvornår er arbejdet færdigt?

Med venlig hilsen
Butik Lykke v/ Lykke Holm, CVR 38562104
""")

M("", """
Kære borgmester

Bliver regnbueflaget hejst ved rådhuset under Copenhagen Pride i august, som i København og Albertslund? Jeg synes det ville være et flot signal fra Ishøj.

Venlig hilsen
Bjørn
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har fået en elregning for spejderhytten på Tranegildevej, men målernummeret (571313104400256718) passer ikke med vores. Vores EAN er 5790001432568, og vi har betalt aconto til kommunen. Kan I tjekke det?

Ishøj Spejderne
""")

M("t", """
Vanakkam

Vi er tamiler fra Sri Lanka og har boet i Ishøj i 20 år. Vi vil gerne leje en sal til vores tamilske kulturaften med dans og musik, ca. 150 gæster, i oktober. Har Kulturhuset en sal, der er stor nok?

Med venlig hilsen
Tamil Kulturforening Ishøj v/ Suthan Rajendran
""")

M("", """
Hej

Holdes der julemarked på Rådhustorvet igen i år, og kommer kirkekoret og synger? Vi vil gerne have en bod med hjemmelavede julekranse. Hvad koster det, og hvor tilmelder man sig?

Mvh Dorte
""")
