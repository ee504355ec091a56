"""corpus61 part H: short and slangy mails, second-language Danish, homes and business
premises for sale, and the remaining staff notes."""
from common import M

M("p", """hej tommy. har endelig fået bud på lejligheden i strandparken men køberen vil ha den 50.000 billigere pga taget. mægler siger vi skal tage den. ved du om boligforeningen skal skifte taget snart?? det ville ændre alt. mvh kim (ham fra varmeværket)""")

M("pe", """Kære Merete

Jeg er blevet afskediget fra min stilling som butikschef efter 22 år. Vi har fået at vide af banken, at vi skal sælge huset i Ishøj Landsby, og det er sat til salg nu. Der er ikke kommet bud endnu. Jeg skriver bare for at sige, at det er svært at være 57 og ledig i denne by.

Med venlig hilsen
Hanne Friis""")

M("s", """Hej Ali

jeg er en fyr på 31 og arbejder som tjener. min kæreste Oscar og jeg bliver ofte råbt efter når vi går hjem fra arbejde gennem Ishøj Centret om aftenen. kan i ikke sætte mere lys op? vi er trætte af at gå omvejen

Vh Nicklas""")

M("tp", """Hej Tommy

Jeg har en lille import-forretning og er fra Sri Lanka, tamil. Vi vil sælge vores forretningsejendom på Industrivej og har en køber, men han vil først skrive under når kommunen har godkendt, at den må bruges til lager. Vi har ventet i 6 uger. Vær sød at hjælpe.

Venlig hilsen
Suresh Kumar""")

M("b", """hej kim

har lige meldt mig ind i SF efter jeres møde om ældreplejen. jeg arbejder selv som hjemmehjælper og vil gerne være med i jeres arbejdsgruppe om arbejdsmiljø. hvem skal jeg skrive til?

Dorthe""")

M("eh", """Hej

Mig Zainab. Jeg har ondt i ryg længe og læge siger diskusprolaps. Jeg arbejde rengøring men nu sygemeldt. Jobcenter ringer og siger jeg skal komme møde mandag men jeg kan ikke sidde i bus. Hvad jeg gør? Mit cpr [[160378–1994]]

Tak
Zainab""")

M("u", """Kære Henrik

Som formand for Krifas lokalafdeling for Vestegnen og selv medlem i 15 år vil jeg invitere dig til vores arrangement om arbejdsglæde den 14. februar. Vi håber at se dig.

Med venlig hilsen
Kirsten Bach""")

M("ps", """Til Tommy Petersen

Min kone Marianne og jeg (Anne) har købt et hus i Ishøj med forbehold for salg af vores lejlighed i Valby. Salget af lejligheden er ikke faldet på plads endnu, og fristen udløber 15. december. Vi har begge fået job i Ishøj Kommune fra januar. Er der noget, kommunen kan gøre for tilflyttere i den situation, fx med pasning?

Venlig hilsen
Anne Kofoed""")

M("", """Hej Tommy

Vi har fået lavet en vurdering af vores hus, men vi skal ikke sælge foreløbigt. Vi er bare nysgerrige på hvad ejendomsvurderingen i 2027 betyder for ejendomsskatten generelt i Ishøj. Kan du svare på det?

Mvh
Kåre""")

M("b", """Hej Hovedpostkassen

Jeg er ansat i Borgerservice og er veganer af etiske grunde. Til julefrokosten bliver der kun serveret kød, og jeg er blevet kaldt "hippie" af min leder, da jeg spurgte om et alternativ. Er der en politik for mad til personalearrangementer?

Vh Julie""")

M("e", """Tlf.notat 24/11
Borger Helle Sand ringede, cpr [[201279\u00a01526]]. Hun er netop startet i fleksjob hos Ishøj Bibliotek og har ikke fået løntilskuddet udbetalt for oktober. Arbejdsgiveren siger, det er kommunens fejl. Sendt til Fleksjobteamet.
/MS""")

M("p", """kære Bente

Vores nabo i nr. 9, en ældre mand, har sat sit hus til salg, og der har været 4 fremvisninger. Nu vil en af køberne lave huset om til kontor for et rengøringsfirma, og vi er bekymrede for alle bilerne. Kan man det, i et villakvarter?

mvh
Familien Steen, Bredekærs Vænge""")

M("t", """hej Ali! mig og min kollega er fra Rumænien og arbejder på en byggeplads i Ishøj. arbejdsgiver siger til os vi er "østblok-slaver" og giver os ikke pause. vi ved ikke hvem vi kan spørge. tak, Ionut""")

M("hse", """Til Bente Holm

Min mand Kristian har fået en depression efter han blev fyret fra sit job som IT-konsulent. Jeg er selv læge, og jeg kan se at han har brug for hjælp, men han vil ikke gå til psykolog. Findes der en kommunal rådgivning, han kan gå anonymt til?

Venlig hilsen
Mads Kvist""")

M("eh", """Borger ringede: Leif Andersen, [[220661-1439]], tømrer. Har fået amputeret to fingre i en arbejdsulykke. Sygedagp. kører. Spørger om omskoling til et kontorjob er muligt. Booket samtale med virksomhedskonsulent 3/12. /KJ""")

M("", """Hej alle

Kantinen holder lukket mandag pga. rengøring af ventilationen. Der er sandwich fra Lagkagehuset i mødelokale 0.12 kl. 11.30. Husk at tilmelde jer inden fredag kl. 12.

/Kantinen""")

M("bt", """Kære borgmester

Jeg er iraner og har konverteret til kristendommen. På min arbejdsplads i Ishøj er der to kolleger, som har sagt, at jeg er en "forræder" og at jeg skal passe på. Jeg har anmeldt det til politiet, men jeg føler mig ikke tryg på arbejdet.

Med venlig hilsen
Reza Ahmadi""")

M("u", """Hej Tommy

Jeg er tidligere TR i Metal og har taget et job som faglærer på erhvervsskolen. Jeg vil gerne spørge, om kommunen vil tage elever fra vores smedeuddannelse i praktik i Teknik og Miljø.

Mvh
Steen Nørby""")

M("pe", """Hej Merete

Jeg er enke og på efterløn. Jeg har sat min lejlighed på Ishøj Strandvej til salg og flytter ind hos min datter. En køber har budt, men handlen er betinget af, at hun kan sælge sin egen. Jeg er bange for, at jeg ender uden penge til flytningen. Har kommunen nogen hjælp?

Venlig hilsen
Grethe Lund""")

M("s", """Dear Council Member Holm,

My husband Michael and I recently moved to Ishøj. We are two dads, and I work in the municipality's IT department. We were wondering if there is a network for LGBT+ employees in the municipality, or if anyone has thought of starting one?

Kind regards,
James O'Connor""")

M("", """Til Center for Beskæftigelse og Erhverv

Jeg repræsenterer en jødisk menighed, der gerne vil tage unge ledige i praktik som pedelmedhjælpere i vores forsamlingshus. Er det muligt, og hvad kræver det af os?

Med venlig hilsen
Bestyrelsen""")

M("b", """Hej Ali

Jeg går i kirke hver søndag og synger i kirkekoret. Min nye arbejdsplads har indført søndagsvagter hver anden uge, og jeg har bedt om at blive fritaget. Min leder siger at "troen er en privatsag". Det er den jo også, men det betyder meget for mig.

Vh Gurli""")

M("pt", """Til Erhvervsservice

Vi er en kinesisk familie, der har drevet restauranten på Ishøj Torv i 25 år. Vi forhandler nu med en køber om salg af restauranten og lokalerne, men han kræver at udendørsarealet følger med. Hvem ejer arealet?

Med venlig hilsen
Li Wei""")

M("e", """Notat:
Bgr. (Martin Lund, [[030992-2183]]) oplyser at han er blevet løsladt fra Vestre Fængsel i sidste uge efter 2 års afsoning. Søger KH og bolig. Har ikke nogen steder at bo. Henvist til herberg. Samtale booket 26/11.
/AR""")

M("", """Hej HR

Jeg har et spørgsmål om de nye regler for seniorsamtaler i overenskomsten for HK Kommunal. Er det noget lederen skal tilbyde, eller skal medarbejderen selv bede om det? Generelt spørgsmål til vores personalehåndbog.

Mvh
Dorthe, sekretariatet""")

M("s", """Hej Merete

Jeg er lærer og bliver ofte spurgt af elever om min kone. Jeg har svaret ærligt, at jeg er gift med en kvinde, og nu har en far klaget til skolelederen. Jeg vil bare vide om kommunen bakker sine lærere op i det.

Hilsen
Karen Munk""")

M("p", """Hej Henrik

Vi har et par byggegrunde ved Tranegilde, som vi har arvet. Der er en køber, der har budt, men han vil kun købe hvis han må bygge to huse. Kan du finde ud af hvem i Byudvikling vi skal tale med? Vi har ikke skrevet under endnu.

Mvh
Søskende Ravn""")

M("hu", """hej Bente. er i FOA og arbejder på plejecenteret. blev skubbet af en beboer og slog hovedet ind i en dør. har haft hovedpine i 3 uger og er sygemeldt. mit arbejde siger det ikke er en arbejdsskade fordi beboeren er dement. hvad gør jeg??

Jette""")

M("bu", """Kære Kim

Jeg er medlem af Konservative og af Lederne. Jeg vil gerne give dig et input til jeres erhvervspolitik: kommunen skal blive bedre til at svare virksomheder om byggetilladelser. Det går for langsomt.

Mvh
Claus Rosenkvist""")

M("eht", """Hej

Jeg er fra Irak og jeg har arbejdet som taxachauffør i 10 år. Nu har jeg sukkersyge og kan ikke se godt. Jeg har fået brev fra kommunen om ressourceforløb. Jeg forstår ikke brevet. Kan du hjælpe mig med en tolk på arabisk?

Ali Hassan
Cpr [[0502714467]]""")

M("p", """Hej Tommy

Jeg sidder i bestyrelsen i haveforeningen Ishøj Vest. Et medlem, Bent i have 42, har sat sit kolonihavehus til salg, og der er tre købere. Han vil gerne sælge til den højeste, men reglerne siger ventelisten. Han spørger, om kommunen som ejer af jorden har noget at sige.

Mvh
Lis, kasserer""")

M("sb", """Til borgmesteren

Jeg er muslim og lesbisk, og jeg arbejder som pædagog i Ishøj. Jeg har været åben om begge ting over for mine kolleger, og det har gået fint, indtil en ny kollega begyndte at sige højt at jeg "ikke kan være begge dele". Jeg vil gerne vide, hvad kommunen gør for at beskytte personalet.

Venlig hilsen
Yasmin""")

M("", """Til Center for Byudvikling og Natur

Hvornår sælger kommunen de nye grunde i Ishøj Landsby Vest? Og kan man skrive sig op på en venteliste? Vi er ikke sikre på, om vi vil købe, men vil gerne holde os orienteret.

Mvh
Familien Hedegaard""")

M("ep", """Notat 25/11 (ydelse)
Bgr. ejer et sommerhus i Ishøj Strand, og KH er derfor stoppet, til det er solgt. Sommerhuset har været til salg i 4 mdr., ingen bud. Bgr. spørger om lån i mellemtiden. Sendt til teamleder.
Cpr: [[111178 2019]]""")

M("t", """Hej Bente

Jeg er dansk-tyrkisk og arbejder som sygeplejerske. En patients pårørende nægtede at tale med mig, fordi "de ikke ville tale med en tyrker". Min afdelingsleder sagde bare, at jeg skulle gå. Jeg vil bare have, at nogen ved det sker, også her i Ishøj.

Vh Elif""")

M("p", """Hej

Vi har et bud på vores andelslejlighed i Ishøj Strandpark, men andelsforeningen har ikke godkendt køberen endnu. Mægleren siger at kommunen skal godkende noget med en altan, som den tidligere ejer har bygget. Ved I noget?

Vh Bjørn og Anja""")

M("", """Hej Personaleafdelingen

Kan I sende mig skabelonen til ansættelsesbreve for timelønnede? Den jeg har, er fra 2022 og henviser til den gamle overenskomst.

Mvh
Lise, Sekretariatet for Børn""")

M("u", """Kære Merete

jeg har været medlem af HK i 35 år og er nu gået på pension. Jeg vil bare sige, at jeg synes kommunen skal være bedre til at invitere fagforeningerne med, når der skal spares. Det har jeg set for lidt af.

Hilsen
Bodil Ottesen""")

M("hb", """Til hovedpostkassen

Jeg er Jehovas Vidne, og jeg har fået anæmi efter en operation. Min arbejdsgiver vil have mig undersøgt af bedriftslægen, og jeg er bange for at de vil give mig blod. Jeg vil ikke have blodtransfusion af religiøse grunde. Hvor kan jeg få vejledning?

Venlig hilsen
Else Hviid""")

M("s", """Hej Kim

Jeg er bøsse og arbejder i supermarkedet på Ishøj Torv. Jeg har fået en besked fra en kunde på Facebook med trusler, efter han så mig og min kæreste kysse uden for butikken. Politiet siger det ikke er nok til en sag. Hvad kan kommunen gøre?

Frederik""")
