"""corpus69, part g: houses and estates, retired union members, numbers that are and are not CPR."""
from common import M

M("pe", """Til Center for Borger, Økonomi og IT

Jeg søger om at få udsat betalingen af min mors ejendomsskat, til hendes hus er solgt. Hun er flyttet på plejehjem i august, og huset har været til salg siden september. Der er en køber der har budt, men finansieringen er ikke på plads. Hendes cpr er [[120933–1024]].

Venlig hilsen
Marianne Skovgaard""")

M("", """Hej

Jeg har fået en faktura fra kommunen med fakturanr. 1207391155 på 1.840 kr. for en ekstra affaldsbeholder på min afdøde fars adresse. Han døde i juni, og boet er afsluttet. Hvem skal jeg kontakte? Kundenr. 2804401882.

Mvh
Jens Præstø""")

M("u", """Kære Bente

Jeg er pensioneret sygeplejerske og har været medlem af DSR i 44 år. Jeg sidder nu i seniorsektionen og vil gerne invitere dig til at tale om kommunens ældrepolitik på vores møde i marts.

Venlig hilsen
Hanne Kjærgaard""")

M("pu", """Hej Kim

Min bror og jeg har arvet vores fars hus i Ishøj Landsby. Han var murer og livslangt medlem af BJMF, og han byggede huset selv. Nu har vi en køber, men banken vil have en tilstandsrapport, og rapporten siger at kloakken er fra før 1970. Kan kommunen sende os kloaktegningerne?

Venlig hilsen
Rasmus Wied""")

M("", """Til Center for Byudvikling og Natur

Vi har solgt vores hus på Bækkeskovvej, og handlen er for længst på plads. Vores køber spørger nu, om hækken mod vejen må være 1,80 m høj. Det er vel hans eget problem nu, men vi vil gerne hjælpe ham. Matr.nr. 14bc.

Mvh
Birte og Ole""")

M("eu", """Til Ydelsesservice

Jeg er 66, medlem af Serviceforbundet, og er gået på folkepension. Jeg har fået et brev om at jeg skal betale varmetillæg tilbage. Jeg har ikke fået mere i indtægt. Mit personnummer: [[1806581937]]. Sagsnummer 2025-117-0034.

Venlig hilsen
Jan Brøndum""")

M("", """Hej,

Kan I bekræfte, at min mors ejendom er afmeldt for renovation? Hun er død, og boet har solgt huset med overtagelse 1. oktober. Kundenummer hos Vestforbrænding: 0611480132.

Mvh Ulrik""")

M("p", """Kære udvalgsformand

Kommunen har sat den gamle børnehave på Tranegildevej til salg, og vi er en gruppe pensionister der gerne vil købe den og lave et seniorbofællesskab. Vi har afgivet et bud på 3,2 mio. sidste fredag, men har ikke hørt noget. Hvornår træffer udvalget beslutning?

Med venlig hilsen
Arbejdsgruppen for Seniorbo Ishøj, v/ Erik Bonde""")

M("hue", """Hej,

Jeg er pensioneret elektriker og har været medlem af Dansk El-Forbund siden 1974. Jeg har fået konstateret prostatakræft og skal opereres på Herlev. Jeg kan ikke selv køre derud bagefter. Tilbyder kommunen kørsel, eller skal jeg tage en taxa?

Mvh
Bjarne Sørensen
cpr [[0411471231]]""")

M("", """Hej,

Vi er en lille forretning med hjælpemidler i Ishøj Bycenter. En kundeordre med ordrenummer 1502572213 er ved en fejl leveret til kommunens hjælpemiddeldepot i stedet for til os. Kan I sende pakken retur, eller skal vi selv hente den?

Mvh
Aase, Ishøj Helse & Hjem""")

M("pb", """Hej Jens,

Jeg er medlem af Venstre og kender dig fra partiforeningen. Min far er død og vi skal sælge hans hus på Vejlebrovej. Mægleren har fået to bud, men begge er under vurderingen. Er der noget kommunen ved om planerne for letbanestationen, som kan påvirke prisen?

Venlig hilsen
Mads Toft""")

M("", """Til Center for Voksne og Velfærd

Jeg vil gerne vide, om kommunens elektriske kørestole bliver serviceret af et eksternt firma. Vi er et firma der reparerer kørestole og vil gerne byde på opgaven. CVR 38427115.

Mvh
RehaService ApS""")

M("pt", """Kære borgmester,

Min mor er fra Ungarn og kom hertil efter opstanden i 1956. Hun er nu 91 og skal sælge sin lejlighed på Strandparken. Køberen har trukket sig to gange. Nu har vi en tredje, men han vil have en udtalelse om at altanen er lovlig. Kan kommunen give den?

Med venlig hilsen
András Kovács""")

M("ue", """Hej

jeg er HK'er og har været det i 30 år og nu har jeg mistet mit job i administrationen hos et vognmandsfirma. jeg er 61 og har ikke lyst til at begynde forfra. skal jeg melde mig ledig i jobcentret eller først hos a-kassen? min faglige siger noget andet end min nabo

Kirsten""")

M("", """Hej,

Mit barnebarn har fået et nyt sundhedskort med forkert adresse. Hendes cpr-nummer står rigtigt, men vejnavnet er stavet forkert. Hvem retter det? Det er et generelt spørgsmål, jeg ringer bare ind med hende bagefter.

Mvh
Vera""")

M("pe", """Kære borgerrådgiver

Min far er under værgemål og hans værge vil sælge hans sommerhus i Gildbrohave for at betale for plejehjemmet. Far vil ikke sælge. Han er stadig klar i hovedet de fleste dage. Der er allerede en køber der har givet et bud. Kan værgen det uden farens accept?

Mvh
Tove Rasmussen""")

M("", """Hej,

Jeg er kasserer i Ishøj Pensionistforening. Vi har fået ny bankforbindelse og vil bede kommunen om at opdatere kontoen til tilskuddet: reg. 2191 kontonr. 0741862315. Vores CVR er 29471803.

Mvh
Knud""")

M("tu", """Hej Helle

Jeg er 68, født i Marokko, og har været i FOA i 30 år som rengøringsassistent på Hvidovre Hospital. Nu vil jeg gerne lave frivilligt arbejde på et plejecenter. Jeg taler arabisk, fransk og dansk. Hvor skal jeg henvende mig?

Mvh
Fatima""")

M("p", """Til Center for Byudvikling og Natur

Vi ejer en grund bag vores hus på Ishøj Strandvej, og naboen, der er 89, vil gerne købe den, så hans børnebørn kan bygge der. Vi er næsten enige om prisen. Skal grunden udstykkes først, og hvor lang tid tager det?

Venlig hilsen
Poul og Lise Eskildsen""")

M("hue", """Til Center for Beskæftigelse og Erhverv

Jeg er 63 og medlem af Teknisk Landsforbund. Jeg er blevet opsagt og er nu på dagpenge. Jeg har fået en indkaldelse til jobsamtale den 12., men jeg skal være hos min døende mor den dag. Kan samtalen flyttes?

Med venlig hilsen
Kenneth Holm
[[140862 1359]]""")

M("he", """Hej,

Jeg skriver på vegne af min moster, Gudrun Lauridsen, født [[020631-0282]]. Hun har fået bevilget en rollator og et badebræt, men det er aldrig blevet leveret. Hun har haft en hofteoperation og kan ikke gå uden støtte.

Venlig hilsen
Annette (niece, med fuldmagt)""")

M("", """Til hovedpostkassen

Journalnr. 27.12.04-G01-3-25: Jeg mangler svar på min aktindsigtsanmodning om budgettet for ældreområdet 2026. Den blev sendt 4. november.

Mvh
Morten Friis, journalist""")

M("pu", """Hej Anne

Min kone og jeg har fået et bud på vores hus i Vildtbanegård fra en kollega fra min gamle arbejdsplads. Jeg var fællestillidsrepræsentant for Dansk Metal der i 20 år, og nu er han min køber. Det er lidt pinligt, men vi er uenige om prisen. Kan kommunen oplyse den seneste offentlige vurdering?

Venlig hilsen
Verner""")

M("", """Hej

Vi har fået målernummer 5702351981 på den nye vandmåler i mors tidligere hus, og det skal stå på slutopgørelsen. Huset er overdraget til køber. Hvem skal vi sende aflæsningen til?

Mvh Dorthe""")

M("ep", """Kære Sanne

Jeg er 70 og fraskilt, og jeg har fået et brev om at min ejerlejlighed skal på tvangsauktion i december, fordi jeg er bagud med fællesudgifterne. Der er en køber, der vil give mig lidt under gælden, hvis jeg sælger frivilligt først. Kan kommunen hjælpe mig med at undgå auktionen?

Mvh
Bente Mikkelsen""")

M("u", """Kære borgmester

Vi er en gruppe pensionister fra forskellige forbund, der har lavet en seniorklub på Ishøj Bibliotek. Vi vil gerne søge om gratis lokaler. Vi er omkring 30.

Venlig hilsen
Seniorklubben Arbejderne""")

M("", """Hej

Er der nogen fagforeninger, der holder pensionsrådgivning i Ishøj? Vi er en pensionistforening der gerne vil invitere nogen ud. Det er et generelt spørgsmål.

Mvh
Lise""")

M("pt", """Hej,

Min svigerfar er fra Indien og er lige død. Han efterlod et hus på Ishøj Søvej, som skal sælges. Der er en nabo der har budt, men min svigermor taler kun gujarati, og hun forstår ikke hvad hun skriver under på. Kan kommunen hjælpe med en tolk, når hun skal underskrive købsaftalen?

Mvh
Anders""")

M("e", """Til borgerrådgiveren

Min mor, Lilly Holm, [[030329-1158]], har boet på Kærbo siden 2022. Jeg har opdaget at hun er blevet opkrævet for tøjvask to gange i 14 måneder. Hun har ikke selv overblik. Kan I hjælpe med at få pengene tilbage?

Venlig hilsen
Bjarne Holm""")

M("", """Hej

Hvorfor står der "CPR-nummer" på fremmødelisten til Ældrerådets valgmøde? Jeg synes ikke det er nødvendigt for at stemme. Kan det ikke laves om?

Mvh
Birgitte""")

M("ub", """Hej Kim,

Jeg er gammel DSU'er og nu socialdemokrat i 50 år, og jeg har været i 3F siden 1970. Jeg vil gerne stille op til Ældrerådet. Hvordan gør man?

Hilsen
Aage""")

M("p", """Til Center for Byudvikling og Natur

Mine forældre skal sælge deres parcelhus i Torslunde. En køber har budt, men vil først skrive under, når kommunen bekræfter at skuret på 12 m² ikke kræver byggetilladelse. Kan I bekræfte det?

Venlig hilsen
Sebastian Hviid""")

M("", """Hej,

Jeg er ved at lave en oversigt over ældreboligerne i Ishøj til vores beboerforening. Hvor mange er der i alt, og hvad er den gennemsnitlige husleje? Boligafdelingsnr. 1-234.

Mvh
Beboerforeningen Gadevang""")

M("hpu", """Hej Lars

Min far har været i Dansk Metal siden 1961 og har nu fået stillet diagnosen Alzheimers. Vi vil sælge hans lejlighed, mens han kan deltage i beslutningen. Vi har haft tre fremvisninger og fået et bud. Hvad kræver det, hvis han bliver dårligere før underskriften?

Mvh
Lene""")

M("", """Hej,

Jeg søger generelt information om, hvordan kommunen prioriterer ventelisten til plejeboliger. Er det efter tid eller behov? Vi diskuterer det i vores studiekreds.

Mvh
Elsebeth""")

M("tb", """Kære Sanne

Min far er fra Tyrkiet og har altid været alevi. Han er død, og vi ønsker en alevitisk begravelsesceremoni i kapellet på Ishøj Kirkegård. Kirkekontoret er usikre på om det er tilladt. Ved kommunen noget om det?

Venlig hilsen
Zeynep""")

M("hu", """Til hjemmeplejen

Jeg er 75 og gammel TR fra FOA, så jeg ved godt hvor travlt I har. Men jeg har fået ny hofte og kan ikke tage mine kompressionsstrømper på. Hjemmesygeplejersken kommer kun hver anden dag. Kan det blive hver dag?

Mvh
Jytte""")
