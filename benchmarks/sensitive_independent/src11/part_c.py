"""corpus11 part C: pending property trades at every stage, and hard negatives on property."""
from common import M

# --- property_trade, single category ----------------------------------------------

M("p", """Kære borgmester

Vi har sat vores rækkehus på Gildbrovej til salg og har fået et bud fra et ungt par. Købsaftalen er underskrevet med advokatforbehold, men køberens advokat vil have en bekræftelse på, at vores overdækkede terrasse er lovligt opført. Byggesagen har ligget hos jer siden september. Kan det gå lidt hurtigere, så handlen ikke glipper?

Med venlig hilsen
Jens og Kirsten Lyng""")

M("p", """hej Kasper. vi overvejer at sælge huset i foråret og har haft en mægler ude at vurdere det. er det rigtigt at der kommer en ny lokalplan for vores kvarter? det kan jo påvirke prisen. mvh Allan""")

M("p", """Til Center for Byudvikling og Natur

Mit firma, Nordvest Logistik ApS, er interesseret i at købe erhvervsgrunden matr.nr. 12ab ved Industrivej. Vi har en option indtil 1. marts, men vi mangler svar fra jer om jordbundsundersøgelsen, før vi kan skrive under.

Med venlig hilsen
Peter Thorsen, direktør""")

M("p", """Hej Lone

Vores kolonihavehus i haveforeningen Strandengen er til salg. Vurderingsmanden har sat prisen til 185.000, men køberen fra ventelisten vil kun give 150.000. Kan kommunen som udlejer af jorden blande sig?

Venlig hilsen
Inge Bertelsen""")

M("p", """Til Teknik- og Miljøudvalget

Vi har solgt vores andelslejlighed betinget af, at køberen kan få godkendt sit lån. Banken vil have en erklæring om, at foreningen ikke skal betale for den nye kloak. Hvem i kommunen kan svare på det?

Med venlig hilsen
Benny Skov""")

M("p", """Kære Ahmed

Jeg har givet bud på min nabos hus i Ishøj Landsby, men jeg er i tvivl om, hvorvidt grunden må udstykkes. Må jeg bygge et ekstra hus på den bagerste del? Jeg skal give besked til mægleren fredag.

Venlig hilsen
Thomas Kjær""")

M("p", """hej, vores køber er lige sprunget fra handlen to dage før fristen fordi tilstandsrapporten viste en ulovlig tilbygning. vi har brug for at få lovliggjort den hurtigt, så vi kan sælge igen. hvem ringer vi til? Maja og Kristian""")

M("p", """Til hovedpostkassen

Vores hus i Tranegilde skal på tvangsauktion den 18. februar. Vi har fundet en køber, som vil betale 2,4 mio. før auktionen, men kommunens pantebrev for lån til ejendomsskat skal aflyses. Kan I svare hurtigt?

Venlig hilsen
Anonym af hensyn til naboerne""")

M("p", """Kære udvalgsformand

Min mor er død, og vi tre søskende skal sælge hendes hus på Vejlebrovej. Ejendomsmægleren siger, at der mangler en færdigmelding på carporten fra 1998. Vi har en køber, der venter. Kan udvalget presse på?

Med venlig hilsen
Hans Christian Lund""")

M("p", """Hej Karin. Jeg ved, at du kender til byggeri. Jeg har forhandlet prisen på et parcelhus på Strandgårdsvej ned til 3,75 mio., men sælger vil ikke gå længere ned. Kan kommunen oplyse, om der er fredningslinje på grunden? Det betyder meget for om vi skriver under. /Morten""")

M("p", """Til Center for Byudvikling og Natur

Vi ønsker at købe den kommunale byggegrund nr. 7 i Vejleåparken, som I har i udbud. Vi har sendt vores bud den 3. oktober men har ikke fået kvittering. Kan I bekræfte, at buddet er modtaget?

Med venlig hilsen
Søren og Line Bak""")

M("p", """Kære borgmester,

Vi har haft vores ejerlejlighed i Ishøj Strand til salg i 11 måneder. Alle købere spørger om den planlagte letbanestation og om støj. Kan I ikke lægge noget ud på hjemmesiden om tidsplanen? Det ville hjælpe os enormt med salget.

Hilsen Mette Hald""")

M("p", """hej. naboens hus i nr. 9 er lige kommet til salg, og vi er bange for at en udlejer køber det og laver det om til værelser. må det det? mvh Jonna, Hyldevej 11""")

M("p", """Til direktionen

Mit selskab ejer restauranten ved havnen. Vi har en køber, som vil fortsætte driften, men han kræver, at udeserveringstilladelsen følger med. Handlen er betinget af det. Kan den overdrages?

Med venlig hilsen
Giuseppe Morelli""")

M("p", """Kære Peter

Vi har fået et bud på vores hus, som er 200.000 under udbudsprisen, og vi skal svare i morgen. Ved du, om kommunen snart hæver grundskylden i området? Det spørger køberne om.

Mvh Kenneth""")

M("p", """Til borgerrådgiveren

Jeg vil klage over sagsbehandlingstiden på min ansøgning om ændret anvendelse af vores butikslokale. En køber har skrevet under på en betinget købsaftale, og fristen udløber om 14 dage. Sagen har ligget hos kommunen i fire måneder.

Venlig hilsen
Brian Nystrup""")

M("p", """Hej Hanne, vi er ved at købe et hus i Torslunde og har fået en købsaftale fra sælger, men vi har ikke skrevet under endnu. står der noget om naboens nye hal i kommunens planer? tak, Sofie""")

M("p", """Kære udvalg

Jeg ejer en lille landbrugsejendom nord for Vejlesøvej og har et tilbud fra en developer om at købe jorden. Aftalen er ikke underskrevet, men de vil kun gennemføre, hvis jorden bliver omlagt til byzone. Hvad er kommunens holdning?

Med venlig hilsen
Niels Juul""")

M("p", """Hej. Min far vil sælge sit kolonihavehus til mig, men bestyrelsen siger at jeg skal stå på ventelisten som alle andre. Er det kommunens regler eller foreningens? /Lasse""")

M("p", """Til hovedpostkassen

Jeg har fået tilbudt at overtage naboens andel i vores andelsboligforening, men prisen skal godkendes af bestyrelsen først. Andelen er ikke overdraget endnu. Kan jeg få oplyst, om kommunen har indsigelser mod en sammenlægning af de to lejligheder?

Med venlig hilsen
Lene Abildgaard""")

M("p", """Kære Kasper

Jeg skriver fortroligt: vores familiefirma forhandler om at sælge grunden på Ishøj Havnevej til en kædebutik. Der er ikke skrevet under. Hvis det går igennem, kommer der 30 nye arbejdspladser. Må vi få et uformelt møde med udvalget om skiltning og parkering?

Med venlig hilsen
Torben Hjorth""")

M("p", """hej Lone – vi har solgt lejligheden men køberen har endnu ikke fået sit lån godkendt, og han har fortrydelsesret indtil fredag. ejendomsmægleren siger vi skal bruge en ejendomsdatarapport fra jer. hvor lang tid tager det? /Mathias""")

M("p", """Til Center for Byudvikling og Natur

Vi har købsaftalen klar på et hus på Ishøj Strandvej, men overtagelsen er betinget af, at vi kan få lov at fælde det store bøgetræ i haven. Kan I give et forhåndstilsagn?

Med venlig hilsen
Anders og Julie Winther""")

M("p", """Kære borgmester

Jeg er 78 og har besluttet at sælge mit hus for at flytte i lejlighed. Mægleren kommer på mandag for at tage billeder. Jeg vil gerne vide, om jeg skal melde noget til kommunen om oliefyret, før det kommer på markedet.

Venlig hilsen
Aase Friis""")

M("p", """Hej, jeg har et bud liggende på min nedlagte tankstation på Industrivej fra et firma der vil lave bilvask. De vil have en miljøundersøgelse før de underskriver. Hvem betaler den? /Jørgen""")

M("p", """Til Erhvervsafdelingen

Vi har fået en forkøbsret på nabogrunden til vores værksted, og ejeren har nu meddelt, at han vil sælge. Vi har 30 dage til at beslutte os. Kan kommunen oplyse, om grunden er forurenet?

Med venlig hilsen
Rune Bech, Bech Auto ApS""")

M("p", """Kære Karin

Vi var ude at se et hus i Strandparken i går og vil byde i morgen. Er det rigtigt, at der kommer cykelsti lige bag haven?

Mvh Nadia og Rasmus""")

# --- property_trade with other categories ------------------------------------------

M("pe", """Hej Kasper

Jeg er gået fra min mand, og vi skal sælge vores fælles hus på Tranegildevej. Han nægter at skrive under på salgsopstillingen. Jeg har kun min SU og kan ikke betale mit halve af lånet mere. Kan kommunen hjælpe med en midlertidig bolig, mens huset er til salg?

Venlig hilsen
Kristina""")

M("ph", """Til Center for Voksne og Velfærd

Min mand har fået Parkinsons og kan ikke klare trapperne i vores hus mere. Vi har sat huset til salg og har et bud, men det kommer først til overtagelse i juli. Kan vi få en trappelift eller noget midlertidigt indtil da?

Med venlig hilsen
Else Marie Bruun""")

M("ps", """Kære borgmester

Min mand Anders og jeg er ved at købe et byggegrundsareal af kommunen i Ishøj Landsby. Vi har fået den betingede købsaftale, men der står kun mit navn på den. Kan I rette den, så vi begge står som købere?

Med venlig hilsen
Jakob Hedegaard""")

M("pt", """Hej

Vi er en tyrkisk familie, og vi er ved at købe en lejlighed på Ishøj Strandvej. Sælgers mægler sagde i telefonen, at "den slags som jer" plejer at have svært ved at få lån. Vi har ikke skrevet under endnu. Kan kommunen gøre noget ved den slags forskelsbehandling?

Hilsen Emre og Aylin""")

# --- hard negatives on property ---------------------------------------------------

M("", """Hvornår sætter kommunen de næste byggegrunde i Vejleåparken til salg? Vi er flere i vores vennekreds, der er interesserede. Mvh Casper""")

M("", """Kære borgmester

Vi købte huset på Gildbrovej i 2019, og handlen er for længst på plads. Nu har vi fået en opkrævning på vejbidrag, som sælger burde have betalt. Hvem har ansvaret?

Venlig hilsen
Tobias og Anne Møller""")

M("", """Til Center for Byudvikling og Natur

Vi har fået overtaget vores nye hus den 1. oktober og vil gerne søge om tilladelse til en carport på 32 m². Skal det være en byggeansøgning?

Mvh Jeppe""")

M("", """Hej Lone, hvornår kommer den nye ejendomsvurdering for parcelhuse i Ishøj? Journalnr. 02.34.02-P19-112-24 i jeres brev til os henviser til en høring. /Lars""")

M("", """Kære udvalgsformand

Jeg vil protestere mod lokalplanforslaget for Ishøj Strand. Bebyggelsen bliver for høj og tager udsigten fra hele kvarteret. Jeg håber udvalget stemmer imod.

Med venlig hilsen
Grete Munk""")

M("", """Hej
Min nabo har sat et hegn op, der står 20 cm inde på vores grund. Kan kommunen afgøre skellet?
Tlf. 60 18 44 21
Mvh Flemming""")

M("", """Til hovedpostkassen

Vi udlejer et værelse i vores villa til en studerende. Skal det registreres hos kommunen?

Venlig hilsen
Ole Vestergaard""")

M("", """Kære Ahmed

Hvor mange almene boliger er planlagt i den nye bydel, og hvornår kan man skrive sig op? Jeg spørger for min datter på 20, der bor hjemme.

Hilsen Karen""")

M("", """Hej, hvad koster det at få en tinglysningsattest, og kan kommunen hjælpe med det? Eller er det kun Tinglysningsretten? /Bjarne""")

M("", """Til Center for Byudvikling og Natur

Kan I fortælle, hvilke huse i Torslunde der er bevaringsværdige? Vi er i en lokalhistorisk forening og laver en byvandring.

Med venlig hilsen
Ishøj Lokalhistoriske Forening""")

M("", """Kære Peter

Vi har boet i vores rækkehus i 30 år og er glade for det. Vi vil bare spørge om, hvornår vejen bliver asfalteret igen – hullerne er slemme.

Hilsen Bent og Inger""")

M("", """Hej
Handlen på vores hus blev endelig og tinglyst i juni, og vi er flyttet til Solrød. Hvordan afmelder vi renovationen på den gamle adresse? Kundenr. 2306197741.
Mvh Carsten""")

M("", """Til Erhvervsudvalget

Hvordan er reglerne for at købe en kommunal erhvervsgrund generelt? Er der krav om, at man skal bygge inden for et bestemt antal år?

Med venlig hilsen
Ishøj Erhvervsforening""")

M("", """hej Kasper, hvornår er der åbent hus i det nye seniorbofællesskab? kan man komme og kigge uden tilmelding? /Gitte""")

M("", """Kære borgmester

Haveforeningen Strandengen fylder 75 år i august. Vi inviterer dig til at holde tale ved jubilæet den 16. august kl. 14.

Med venlig hilsen
Bestyrelsen""")

M("", """Til hovedpostkassen

Hvad er reglerne for at have en campingvogn stående i indkørslen hele vinteren? Vi har fået en klage fra genboen.

Venlig hilsen
Henning Sørensen""")

M("", """Hej Karin, kan du oplyse, hvor mange ejendomme der blev solgt i Ishøj sidste år, og den gennemsnitlige kvadratmeterpris? Jeg er studerende på KU. /Emil""")

M("", """Kære Teknik- og Miljøudvalg

Gadelyset på stien mellem Strandgårdsparken og stationen har været slukket i tre uger. Fejlmeldingens referencenr. er 2210250456. Hvornår bliver det repareret?

Venlig hilsen
Vibe Nørskov""")

M("", """Til Center for Byudvikling og Natur

Hvad er fristen for høringssvar til kommuneplanen 2025? Og kan man sende det på mail?

Hilsen Ellen""")

M("", """Hej. Vi overtog vores hus den 1. november, og handlen er helt afsluttet og tinglyst. Hvornår skal jeg betale ejendomsskat første gang? Mvh Rasmus""")

M("p", """Hej Kasper

Tak fordi du gad ringe tilbage i går.

Som jeg fortalte, har vi haft vores hus på Tranegildevej til salg siden april. Nu har vi endelig et par, der vil købe, men deres bank vil ikke give lån, før kommunen har bekræftet, at vores kælder er godkendt til beboelse. Det står nemlig ikke i BBR.

Vi har sendt tegninger og gamle papirer fra 1974 til byggesagsafdelingen den 2. september. Sagsnr. 2025-104417.

Køberne har sagt, at de venter til 1. december, men ikke længere.

Jeg ved godt, at du ikke kan behandle sagen selv, men kan du sende det videre til den rette direktør?

Mange hilsner
Heidi Borup""")

M("", """Til Center for Byudvikling og Natur

Vedr. træfældning i fællesarealet ved Strandgårdsparken 40-58

Vi er en gruppe beboere, der er bekymrede for, at boligselskabet vil fælde de seks store popler mellem blokkene. Vi har fået at vide, at det er fordi rødderne ødelægger kloakken.

Vi vil gerne vide:
- om der skal søges tilladelse hos kommunen
- om træerne er omfattet af lokalplanen
- om der kan plantes nye træer i stedet

Vi har samlet 83 underskrifter, som vi gerne vil aflevere til udvalget.

Venlig hilsen
Marianne Fog
Strandgårdsparken 44, st. tv.""")
