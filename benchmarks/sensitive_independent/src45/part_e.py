"""corpus45 part E: sexual orientation, ethnicity and property trades in neighbour quarrels, weddings and divorces; with hard negatives."""
from common import M

M("s", """Kære Borgerrådgiver

Jeg er bisidder for Lars Winther og hans mand Ole, der bor i Ishøj Landsby. Deres nabo har sat et skilt op ved hækken med teksten "ingen homoer her" og klager nu over deres grill hver eneste weekend. Kommunen har sendt Lars og Ole et påbud om røg, men ikke naboen. Vi mener de forskelsbehandles.

Med venlig hilsen Eva Thorsen""")

M("", """Kære Borgerrådgiver. Hvad gør man når naboen klager over grillrøg hver eneste weekend? Er det en sag for kommunen eller for politiet? Mvh Eva""")

M("p", """hej! vi har lagt bud på et rækkehus i Strandgårdsparken, men sælger vil have 50.000 mere. mægleren siger at der kommer en ny støjvold – passer det? så byder vi ikke mere. /Kathrine og Mikkel""")

M("", """Hej! Hvornår bliver støjvolden langs Køge Bugt Motorvejen ved Strandgårdsparken færdig? mvh beboerforeningen""")

M("t", """Til Ishøj Havn

Jeg er pakistaner og har haft bådplads i 12 år. Nu har havnefogeden sagt til mig at "folk som dig" ikke passer ind i bådlauget. Det er diskrimination og jeg vil klage.

Mvh Tariq Mahmood""")

M("s", """Kære Tanja, min datter Laura fortalte os i foråret at hun er lesbisk, og nu vil hun gerne tage sin kæreste med til skolens sommerfest. Skolen siger at "det kan skabe uro". Er det virkelig lovligt? Mvh Jette, mor""")

M("", """Kære Tanja. Må man tage sin kæreste med til skolens sommerfest i 9. klasse? Vores søn vil gerne. Mvh Jette""")

M("p", """Til Center for Byudvikling og Natur

Jeg sælger min grund på Tranegilde Strandvej til min nabo, men vi mangler at få afklaret skellet. Landinspektøren siger at kommunen skal godkende matrikelændringen før vi kan tinglyse. Vi har ikke underskrevet endnu.

Mvh Kurt Vestergaard""")

M("t", """hej, jeg hedder Nadia, jeg er kurder og min familie kom fra Irak. Til min kusines bryllup i Ishøj Kulturhus sagde vagten at vi "ikke skulle lave ballade som de sidste araber-fester". Det var så ydmygende. Hvor klager jeg? /Nadia""")

M("", """hej, hvem står for vagterne i Ishøj Kulturhus ved private fester, er det kommunen eller et firma? /Nadia""")

M("s", """Hej. Jeg er aseksuel og har fået at vide af min læge at jeg burde "tjekkes", hvilket jeg synes er krænkende. Det er ikke kommunens ansvar, men er der et sted i Ishøj hvor jeg kan tale med nogen? /Mia""")

M("se", """Til Familieretshuset/kommunen

Jeg og min eks-kone Hanne er skilt efter 12 år, og nu bor hun sammen med en kvinde. Hun vil have børnene hele sommerferien. Jeg betaler børnebidrag men har ikke set dem siden påske. Jeg beder om hjælp til en samværsaftale.

Mvh Steffen Rask""")

M("", """Hvordan laver man en samværsaftale for sommerferien? Skal kommunen inddrages, eller er det Familieretshuset? Mvh""")

M("p", """Kære Borgmester

Jeg ejer tre andelsboliger i Vildtbanegård, som jeg er ved at sælge til min søn. Bestyrelsen vil ikke godkende handlen, fordi de mener prisen er for lav. Kan kommunen hjælpe? Handlen er ikke gennemført.

Mvh Bjarne Krog""")

M("t", """Til Vej & Park

Vi er en familie fra Sri Lanka og vores nabo har sprøjtet vores urtehave med gift to gange. Han har sagt at vi "ikke hører hjemme i et dansk villakvarter". Kan kommunen gøre noget ved giften?

Mvh Thusha og Ravi Kandasamy""")

M("", """Til Vej & Park. Må man bruge ukrudtsgift i sin have, hvis der ligger et vandhul ved skellet? Mvh""")

M("s", """hej Lars, jeg er pansexuel og vil gerne vide om kommunens nye ungdomsklub i Ishøj Bycenter er et trygt sted for sådan nogen som mig. sidste år blev jeg kaldt ting. /Noah, 16""")

M("p", """Hej

Mine forældre er døde og min bror og jeg arver huset på Gildbrovej 14. Vi er enige om at sælge, og en køber har givet bud på 3,1 mio. Vi har brug for en bekræftelse fra kommunen på, at der ikke er restancer på ejendomsskat.

Venlig hilsen Tina Holm""")

M("", """Hej, hvordan får man en restanceerklæring på ejendomsskat, og koster den noget? Mvh Tina, advokatsekretær""")

M("t", """Kære Kommune

Min svigerdatter er thai og taler kun lidt dansk. Hun bliver behandlet dårligt på sin arbejdsplads i Ishøj Bycenter, hvor kollegerne kalder hende "thaipigen". Kan kommunen gøre noget?

Venlig hilsen Knud Frederiksen""")

M("sb", """Kære Kirkeudvalg

Jeg og min mand Søren er begge aktive i Ishøj Kirke, men præsten vil ikke vie to mænd. Vi er medlemmer af folkekirken og troende kristne. Kan kommunen hjælpe os med at finde en præst?

Mvh Jens Vinding""")

M("", """Kære Kirkeudvalg. Vies der par af samme køn i Ishøj Kirke? Jeg spørger for en ven. Mvh""")

M("pe", """Til Borgerrådgiveren

Jeg er konkursramt og mit hus i Ishøj Landsby skal sælges af kurator. Der er en køber, men jeg har ikke fået nogen information om hvornår jeg skal flytte. Jeg har ingen steder at bo.

Mvh Flemming Rasmussen""")

M("", """Hvor mange tvangsauktioner har der været i Ishøj i 2024? Jeg skriver til Ishøj Avis. mvh""")

M("t", """hej kommune, vores nye nabo er fra Nigeria og vi har fået en klage over at vi har ringet til politiet flere gange. det var fordi de larmede kl. 2 om natten. vi er ikke racister. /Familien Bach""")

M("s", """Hej, min søn Viktor på 15 er sprunget ud som homo i sommerferien og han bliver nu drillet i sin fodboldklub. Klubben bruger kommunens baner. Kan kommunen gøre noget? Mvh Christina Lund""")

M("", """Hej, har kommunen en politik mod mobning i de idrætsforeninger der bruger kommunens baner? Mvh Christina""")

M("p", """Kære byrådsmedlem

Vi sælger vores hus på Vejlebrovej fordi vi skal flytte til Fyn for min mands nye job. Køberne vil kun købe, hvis de kan få lov at bygge en garage. Vi har brug for en hurtig forhåndsdialog.

Mvh Ulla og Peter Damgaard""")

M("ts", """Til Ishøj Kommune

Jeg hedder Ahmed, jeg er egypter og jeg er gift med en mand, Tobias. Vi har fået brev om at jeg skal til samtale om familiesammenføring, men det står på dansk og jeg forstår ikke det hele. Kan I sende det på engelsk?

Mvh Ahmed""")

M("", """Kan kommunen sende breve på engelsk til borgere der ikke taler dansk? Det er et generelt spørgsmål. Mvh""")

M("p", """hej, jeg ejer en bolig i Ishøj Haveforening og vil sælge den, men foreningen siger at kommunen har en ventelisteordning der skal følges. jeg har en køber klar. hvorfor må jeg ikke bare sælge til ham? /Bent""")

M("t", """Hej. Min mand og jeg er adopteret fra Korea, og vi oplever ved Borgerservice at medarbejderne taler langsomt og højt til os som om vi ikke forstår dansk. Vi er født og opvokset i Danmark. Mvh Soo-Ji Nielsen""")

M("s", """Kære byrådsmedlem. Mig og min kone Sanne (jeg er også kvinde, Lise) har fået at vide af vores boligforening at vi ikke må hejse regnbueflag på altanen under Pride. Er det lovligt? Mvh Lise""")

M("", """Kære byrådsmedlem. Må man hejse flag på altanen i almene boliger? Boligforeningen siger nej. Mvh en beboer""")

M("p", """Til Byudvikling

Jeg er advokat for Kildebjerg Invest ApS, som har indgået en betinget aftale om køb af erhvervsgrunden på Industrivej 14. Aftalen er betinget af, at kommunen ændrer lokalplanen. Hvornår forventes forslaget i udvalget?

Venlig hilsen Advokat Karsten Nyholm""")

M("", """Til Byudvikling. Hvornår er næste møde i Teknik- og Miljøudvalget, hvor lokalplaner behandles? Mvh Karsten""")

M("tb", """Kære Jobcenter, jeg er somalisk og har fået job i Ishøj Havn. Min nye chef har sagt at jeg skal tage mit tørklæde af. Er det lovligt? Mvh Hodan""")

M("s", """hej, mig og min kæreste Andreas (jeg hedder Mathias) vil gerne leje en kolonihave sammen. kan vi begge stå på kontrakten? /Mathias""")

M("", """hej, kan man være to om at leje en kolonihave i Ishøj? vi er et par. /Mathias og Laura""")

M("p", """Hej Anne-Marie. Min mor vil sælge sit hus i Torslunde, og vi har en køber, men han kræver at kommunen godkender en udvidelse af terrassen først. Min mor er 82 og bekymret. Kan sagen fremskyndes? Mvh Hanne Ravn""")

M("t", """hej. jeg er halvt grønlandsk og jeg blev kaldt "eskimo" af en kommunal medarbejder på genbrugspladsen. det skal I vide. /Naja""")

M("s", """Kære Kommune. Vi er to fædre til to piger, og vi har ikke fået børnenes pas til ferien fordi systemet kun har plads til "mor" og "far". Hvad gør vi? Mvh Kasper og Rune Thomsen""")

M("", """Kære Kommune. Hvor lang tid tager det at få et pas til et barn, vi skal på ferie i juli? Mvh""")

M("p", """Til Center for Byudvikling og Natur

Vi har skrevet betinget købsaftale på grunden Ishøj Landevej 112, betinget af at vi kan få tilladelse til at holde høns og en hest. Hvad siger reglerne?

Venlig hilsen Marie og Jonas Kjær""")

M("", """Må man holde høns i en almindelig villahave i Ishøj? mvh""")

M("s", """Hej Borgerservice, jeg er homoseksuel og skal flytte sammen med min kæreste Peter. Kan vi få fælles adresse registreret, og skal det stå nogen steder at vi er par? Mvh Ole""")

M("tse", """Kære Borgerrådgiver

Jeg er frivillig i LGBT+ Ishøj og skriver med tilladelse fra Yasmin, 22, som er lesbisk og af irakisk afstamning. Hendes familie vil have hende giftet med en fætter og hun har brug for at komme væk. Kan kommunen hjælpe med en midlertidig bolig?

Mvh Marie Winther""")

M("", """Kære Borgerrådgiver. Har kommunen tilbud til unge der er udsat for social kontrol i familien? Vi vil gerne henvise, men kender ikke jeres tilbud. Mvh LGBT+ Ishøj""")

M("p", """Hej Vibeke. Vores nabo i nr. 22 har sat huset til salg, og der er en køber der vil rive det ned og bygge et dobbelthus. Kan kommunen stoppe det? Vi vil ikke have to huse på den grund. Mvh Bente fra nr. 24""")

M("s", """Hej! Jeg er lesbisk og har boet i Ishøj i 3 år. Jeg vil gerne starte en lokal gruppe for queer kvinder og søger om lokaler i Kulturhuset. Vh Maja""")
