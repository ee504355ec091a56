"""Part F: hard negatives — associations, faith communities, unions and businesses on their activities."""
from common import M

M("", """
Kære Kultur- og Fritidsudvalg

Ishøj Islamiske Kulturcenter har inviteret skolerne til åbent hus den 3. marts, hvor de viser moskéen frem. Må en 8. klasse tage derhen i skoletiden som en del af kristendomskundskab, eller skal forældrene give lov først?

Med venlig hilsen
Klasselærer, Ishøj Skole
""")

M("", """
Hej

Vi er en fodboldklub med 240 medlemmer, mange af dem med anden etnisk baggrund end dansk. Vi søger tilskud til trænerkurser. Hvilken pulje kan vi søge?

Mvh Ishøj IF, ungdomsafdelingen
""")

M("", """
Hej

Hvornår er fristen for at søge lokaletilskud for foreninger i 2027? Vi er en spejdergruppe og lejer et hus.

Venlig hilsen kassereren
""")

M("", """
Til kommunen

3F Ishøj-Vallensbæk vil gerne holde en informationsdag om arbejdsmiljø for unge på Ishøj Gymnasium. Kan kommunen formidle kontakten til skolerne?

Mvh
faglig sekretær, 3F
""")

M("", """
Hej

Jeg skriver fra FOA's lokalafdeling som konsulent. Vi har en række spørgsmål til kommunens nye vagtplaner i hjemmeplejen på vegne af vores medlemmer generelt. Kan vi få et møde?

Med venlig hilsen
Jesper Winge, konsulent
""")

M("", """
Kære Byråd

Som formand for Ishøj Pride-komité vil jeg invitere jer til at gå med i paraden den 16. august. Vi håber på mange deltagere fra byrådet.

Med venlig hilsen
Pride-komitéen
""")

M("", """
Hej

Vi er lejerbestyrelsen i Gildbrohøj. Mange beboere klager over at vaskeriet er lukket. Vi ved at det ikke er kommunens bygning, men kan I presse boligselskabet?

Venlig hilsen bestyrelsen
""")

M("", """
Hej

Hvornår er næste byrådsmøde, og er det muligt at stille spørgsmål fra tilhørerpladserne? Vi er en gruppe borgere der er imod vindmøllerne ved Tranegilde.

Mvh
""")

M("", """
Til Teknik- og Miljøudvalget

Ishøj Kolonihaveforening ønsker at forlænge lejekontrakten med kommunen for hele området. Den udløber i 2029. Kan vi få et møde om vilkårene?

Med venlig hilsen
Foreningens formand
""")

M("", """
Hej

Jeg synes at kommunen skal give flere penge til integrationsprojekter. Der er mange unge med indvandrerbaggrund der mangler fritidsjob. Det er bare min mening.

Hilsen en borger fra Vejleå
""")

M("", """
Hej kommune

Hvor mange flygtninge har Ishøj modtaget i år? Jeg skriver en opgave til 9. klasse om integration.

Venlig hilsen
Selma, 15
""")

M("", """
Kære borgmester

Jeg vil gerne rose kommunen for den nye legeplads i Ishøj Bypark. Mine børnebørn elsker den.

Venlig hilsen
Grethe
""")

M("", """
Hej

Kan man se hvilke partier der har stemt for lukningen af Torslunde Bibliotek? Jeg vil gerne vide det før næste valg.

Mvh
""")

M("", """
Hej

Vi er Ishøj Internationale Festivalforening. Vi holder vores årlige kulturfest i Kulturhuset og vil gerne have en repræsentant fra kommunen til at holde tale. Det bliver lørdag den 20. september kl. 14.

Med venlig hilsen
bestyrelsen
""")

M("", """
hej. hvorfor er der ikke halal-mad i skolernes madordning? mange familier i Ishøj spiser ikke svinekød. det er bare et spørgsmål
""")

M("", """
Hej

Jeg er ejendomsmægler og skriver for at høre hvornår kommunen forventer at udbyde de nye grunde i Ishøj Landsby. Jeg har kunder der generelt er interesserede.

Mvh
Brian Madsen, Home Ishøj
""")

M("", """
Kære udvalg

Som formand for Ishøj Seniorklub vil jeg spørge om vi kan få en fast busforbindelse til Sundhedshuset. Mange af vores medlemmer har ikke bil.

Venlig hilsen
Ruth
""")

M("", """
Hej

Vi er en forening der holder sommerlejr for børn. Skal vi have en madtilladelse fra kommunen, når vi laver mad til 60 børn?

Mvh lederteamet
""")

M("", """
Til kommunen

Vi er en lille gård med gårdbutik og vil gerne sælge æg og honning ved vejen. Skal det anmeldes til kommunen eller kun til Fødevarestyrelsen?

Med venlig hilsen
Torslundegaard
""")

M("", """
Hej, jeg er journalist på Ishøj Avis. Vi skriver om antallet af borgere på kontanthjælp i kommunen over de seneste 10 år. Kan I sende tallene? Mvh Pia Thorsen
""")

M("", """
Hej

Jeg har set at kommunen vil sælge Bækkeskov-grunden. Jeg synes den bør blive til en park i stedet. Der er allerede nok byggeri.

Mvh en nabo
""")

M("", """
Kære Borgerrådgiver

Hvordan klager man over en afgørelse? Jeg spørger generelt, fordi jeg er frivillig i en forening hvor mange spørger mig.

Venlig hilsen
Hassan, frivillig i Ishøj Lektiecafé
""")

M("", """
Hej

Vi er et boligselskab og har fået et brev med løbenummer 311279-0045 om rottebekæmpelse. Hvad skal vi gøre?

Mvh driftschefen
""")

M("", """
Hej

Hvorfor skal man betale for tolk til lægen nu? Jeg synes det er forkert for dem der ikke kan dansk endnu. Kan byrådet ikke ændre det lokalt?

Hilsen Birte
""")

M("", """
Goddag. Jeg vil gerne vide om den katolske kirke i Ishøj har fået byggetilladelse til sin nye menighedssal. Der er larm fra byggeriet om morgenen. Mvh nabo i Strandgården
""")

M("", """
Hej

Ishøj Bokseklub søger om tilskud til nye handsker og ringtov. Vi har mange drenge fra området som ellers ville hænge på gaden. Vedhæftet budget.

Mvh Boksetræneren
""")

M("", """
Kære politiker

Jeg mener at kommunen skal sige nej til flere spillehaller på Ishøj Torv. Det skaber utryghed.

Mvh
""")

M("", """
Hej

Jeg driver et lille vandrerhjem. Hvordan tilmelder man sig turistinformationens liste over overnatningssteder? CVR 39018826.

Mvh Ishøj Strand Hostel
""")

M("", """
Hej

Vi i Ishøj Cricket Club vil gerne lave cricketbane i Vejleåparken. Er der plads, og hvem ejer græsarealet?

Mvh foreningen
""")

M("", """
Hej, jeg undrer mig over hvorfor kommunen ikke flager på Eid ligesom på andre dage. Er det bestemt af staten? Mvh Lars
""")

M("", """
Til Beskæftigelsesudvalget

HK Hovedstaden vil gerne deltage i kommunens jobmesse med en stand om elevpladser. Kontakt mig gerne.

Med venlig hilsen
Eva Kristiansen, organisationskonsulent, HK
""")

M("", """
Hej

Hvad er reglerne for valgplakater i Ishøj? Der hænger plakater på lygtepælen foran min indkørsel, og de blokerer udsynet når jeg bakker ud.

Mvh en bilist
""")

M("", """
Kære kommune

Ishøj Havnefest vil gerne holde en koncert udendørs ved havnen pinsedag. Kræver det tilladelse, og må der spilles efter kl. 22?

Venlig hilsen
Havnefestens arbejdsgruppe
""")

M("", """
Hej

Må man fiske i søerne i Ishøj Bypark? Min fiskeklub spørger.

Tak
""")

M("", """
Hej, jeg er formand for Ishøj Skakklub. Vi har et turneringsnummer 1004951122 fra DSU og skal bruge en sal til 50 spillere. Mvh Henrik
""")

M("", """
Hej

Jeg vil gerne vide om kommunen har en politik for religiøse symboler hos ansatte. Jeg spørger bare fordi vi diskuterer det i min læsekreds.

Mvh Hanne
""")

M("", """
Hej

Vi er en andelsboligforening med 120 boliger. Generalforsamlingen har besluttet at undersøge om vi kan købe nabogrunden af kommunen til parkering. Hvem skal vi kontakte for at høre om det overhovedet er muligt?

Venlig hilsen
bestyrelsen, A/B Strandhusene
""")

M("", """
hej. vi er nogle unge der vil lave en debataften om racisme i Danmark på ungdomsklubben. kan kommunen støtte med penge? mvh Ishøj Ungdomsråd
""")

M("", """
Hej

Hvor stor en andel af kommunens ansatte er medlem af en fagforening? Jeg kan ikke finde tallet på jeres hjemmeside.

Mvh
""")

M("", """
Til Borgmesteren

Jeg bor lige ved gurdwaraen på Industrivej. De har inviteret hele kvarteret til langar (fællesspisning) søndag den 5. oktober. Gælder de almindelige parkeringsregler den dag, eller lukker kommunen vejen?

Med venlig hilsen
en nabo
""")

M("", """
Hej

Kan man søge §18-midler til en forening der hjælper ensomme ældre med indkøb? Vi er 12 frivillige.

Mvh Ishøj Besøgstjeneste
""")

M("", """
Hej, min virksomhed har fået et EAN-nummer 5798000123456 fra jer til fakturering. Skal jeg skrive det på alle fakturaer til skolerne? Mvh Malerfirmaet Bech
""")

M("", """
Kære byråd

Jeg synes I skal lave flere almene boliger til unge. Det er umuligt at finde noget i Ishøj under 7.000 kr.

Venlig hilsen
en ung borger
""")

M("", """
Hej

Vi er en pigeklub i et boligområde og vil gerne tage på tur til Lalandia. Kan vi søge om tilskud til bussen?

Venlig hilsen
Klubbens leder
""")

M("", """
Hello, I am opening a small Thai restaurant in Ishøj. Do I need a permit from the municipality for the kitchen ventilation? Thank you, Somchai
""")
