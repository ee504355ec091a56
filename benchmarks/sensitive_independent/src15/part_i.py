"""Part I: house and business sales not yet concluded in casework mail; same-sex families; mixed casework and negatives."""
from common import M

M("ps", """
Hej Center for Byudvikling og Natur

Min mand Thomas og jeg har sat vores rækkehus på Ishøj Parkvej til salg og har fået et bud, men køberens rådgiver har fundet ud af at vores carport ikke er godkendt. Køberen har taget forbehold, indtil vi har en lovliggørelse fra jer. Kan sagen fremskyndes? Vi er ved at miste handlen.

Mvh
Jesper Krogh
""")

M("", """
Hej

Hvor lang tid tager det typisk at få lovliggjort en carport? Vi er ved at rydde op i husets papirer.

Mvh
""")

M("pe", """
Til borgerrådgiveren

Jeg vil klage over at Ydelseskontoret har stoppet min kontanthjælp fordi jeg ejer en andelslejlighed. Jeg har sat den til salg for 3 måneder siden, men andelsforeningen har ikke godkendt den køber jeg har fundet, og sagen trækker ud. Imens har jeg ingen penge til mad. Er det lovligt at stoppe hjælpen så længe handlen ikke er gennemført?

Venlig hilsen
Martin Lykke
[[130185-2207]]
""")

M("p", """
Hej

Vi har fået et bud på vores villa på Ishøj Søvej og har accepteret, men køberen vil have en tilkendegivelse fra kommunen om at der kan bygges en tilbygning på 40 m2. Handlen er betinget af det. Hvem kan give os en forhåndsvurdering?

Mvh
Birgitte og Ole Hestbech
""")

M("", """
Kære kommune

Hvornår sælger I de kommunale grunde ved Ishøj Havn? Vi er interesserede i at købe en og vil gerne på en liste.

Mvh
""")

M("pe", """
Hej Center for Børn og Forebyggelse

Vores plejesøn Jonas skal snart flytte med os, fordi vi er ved at sælge vores hus i Ishøj Landsby og har købt et større i Greve, betinget af at vi får vores eget solgt. Vi har en køber, men han har ikke underskrevet endnu. Skal plejeaftalen flyttes til Greve Kommune, og hvornår skal vi give besked?

Mvh
Karina og Henrik Bay
""")

M("phte", """
Til Ydelseskontoret

Min far er fra Marokko og bor alene i sin lejlighed i Ishøj. Han har fået konstateret nyresvigt og skal i dialyse 3 gange om ugen. Vi vil sælge hans ejerlejlighed på Vejlebrovej for at han kan flytte tættere på os i Hvidovre, og en køber har givet bud. Kan han få hjælp til kørsel til dialysen indtil salget er gennemført? Hans cpr er [[150348 1021]].

Mvh
Yassine Benjelloun
""")

M("s", """
Hej Borgerservice

Min kæreste Mikkel og jeg skal flytte sammen. Vi vil gerne melde flytning for os begge på én gang, men jeg kan kun se, at man kan gøre det for sig selv på borger.dk. Kan I hjælpe?

Mvh
Anders Lauge
""")

M("", """
Hej

Kan man melde flytning for hele familien på én gang? Vi er 5 personer.

Mvh
""")

M("pu", """
Til Center for Byudvikling og Natur

Jeg er 3F-medlem og selvstændig murer og er ved at købe en erhvervsgrund i Ishøj Erhvervspark. Vi er blevet enige om prisen, men købsaftalen er betinget af at jeg får lov at opføre en lagerhal på 600 m2. Hvornår kan jeg få svar på min forespørgsel?

Mvh
Brian Lassen
""")

M("ps", """
Hej

Vi er to kvinder, gift, og er ved at købe vores første hus på Tranegilde Vænge. Vores bud er accepteret, men handlen er betinget af at kommunen bekræfter at der ikke er planer om en ny vej bag huset. Kan I sende os en skriftlig bekræftelse?

Mvh
Lene og Camilla Friis-Holm
""")

M("", """
Hej

Er der planer om en ny vej bag Tranegilde Vænge? Der går rygter på vejen.

Mvh
""")

M("eps", """
Kære Ydelseskontoret

Min mand Kasper og jeg er gået fra hinanden efter 12 år. Vores fælles hus på Ishøj Landsbygade er sat til salg, men vi har kun haft et lavt bud, som Kasper vil tage og jeg ikke vil. Imens bor jeg på et værelse og har søgt om hjælp til husleje. Jeg er ikke på papiret skilt endnu, så jeg ved ikke om jeg kan få boligstøtte.

Mvh
Jonas Hvilsom
cpr.nr. [[111079-2841]]
""")

M("p", """
Hej

Vi har en betinget købsaftale på vores hus, og køberen har 14 dages fortrydelsesret der udløber fredag. Kan I fremskynde den attest om spildevand, som køberens advokat har bedt om?

Mvh
Torben Schack
Vejlebrovej 155
""")

M("", """
Hej Byudvikling og Natur

Vi solgte vores hus på Ishøj Søvej i 2019, og handlen er for længst på plads. Nu får vi stadig regninger på renovation. Kan I rette det?

Mvh
Poul og Annie
""")

M("ep", """
hej, jeg er ved at sælge min lille butik i Ishøj Bycenter fordi jeg har for meget gæld og ikke kan betale huslejen. der er en køber men han vil have at jeg sænker prisen med 50.000. jeg er også på vej til at søge kontanthjælp. kan jobcentret hjælpe mig videre

mvh Kamal
""")

M("pb", """
Til Center for Byudvikling og Natur

Vores menighed, Pinsekirken Ishøj, vil købe den tidligere børnehave på Bredekærs Vænge. Jeg er formand og selv aktivt medlem af menigheden. Vi har budt, men vil gerne vide om kirkelige aktiviteter er tilladt efter lokalplanen, før vi underskriver.

Mvh
Samuel Ebbesen
""")

M("", """
Hej

Må man drive en kirke eller et forsamlingshus i et erhvervsområde? Hvilke lokalplaner gælder?

Mvh
""")

M("pbt", """
Hej

Min familie og jeg er tamiler og hinduer og vil åbne et tempel i en tom lagerbygning i Ishøj. Vi har indgået en betinget købsaftale med ejeren. Handlen falder bort, hvis vi ikke får en dispensation inden 1. september. Kan I hjælpe os med hvad vi skal søge om?

Mvh
Kannan Thurairajah
""")

M("p", """
Kære kommune

Naboen i nr. 8 har sat sit hus til salg, og der har været fremvisninger hele ugen. Mægleren har sagt til en køber, at man "sagtens kan bygge på", men der ligger en servitut om højde. Skal kommunen ikke gøre opmærksom på det?

Mvh
Kirsten på Gildbrovej
""")

M("", """
Hej

Hvad koster en ejendomsoplysning fra kommunen, når man skal sælge? Vi har ikke sat noget til salg endnu, vi vil bare vide det.

Mvh
""")

M("eps", """
Hej Borgerrådgiveren

Jeg er bøsse og var gift med en kvinde i 15 år, før jeg sprang ud. Nu er vi skilt, og vores hus er til salg, men vi kan ikke blive enige om den laveste pris vi vil acceptere. I mellemtiden har min ekskone fået kommunen til at undersøge om vores børn har det godt hos mig og min nye kæreste. Jeg føler mig mistænkeliggjort. Hvem kan jeg klage til?

Mvh
Lars Bonde
""")

M("s", """
Hej Pladsanvisningen

Vi er to mødre og har søgt vuggestueplads til vores søn Valdemar. I ansøgningen kan vi kun skrive "mor" og "far". Kan det rettes, så vi begge står som mødre? Det gav problemer med Aula sidst.

Mvh
Sofie og Maria Lynge
""")

M("", """
Hej Pladsanvisningen

Kan ansøgningsskemaet til vuggestuer ikke ændres, så der står "forælder 1" og "forælder 2" i stedet for "mor" og "far"? Det ville være mere tidssvarende.

Mvh
""")

M("hs", """
Til Sundhedsplejen

Vores datter blev født i sidste uge efter en fertilitetsbehandling på Hvidovre. Jeg er medmor, og vi vil gerne have sundhedsplejersken ud. Vi vil også gerne tale med en om min kones fødselsdepression, som hun har fået diagnosticeret.

Mvh
Rikke Jeppesen
""")

M("s", """
Hej Ishøj Bibliotek

Min mand og jeg – vi er to mænd – vil gerne have et lånerkort til vores fælles datter, så hun kan låne bøger. Hvem af os skal stå som værge?

Mvh
Kristian Høst
""")

M("hs", """
Hej

Jeg er lesbisk og har levet med min kæreste Mette i 20 år. Nu har hun fået en hjerneblødning og ligger på Glostrup. Hospitalet vil ikke give mig oplysninger, fordi vi ikke er gift. Kan kommunen hjælpe mig med en fuldmagt eller værgemål?

Mvh
Inge Lauritsen
[[080569 1104]]
""")

M("", """
Hej

Hvordan får man en fremtidsfuldmagt? Jeg vil gerne have det på plads i god tid, jeg er rask og rørig.

Mvh
""")

M("es", """
Til Center for Børn og Forebyggelse

Vi er et homoseksuelt par, der er blevet godkendt som plejefamilie og nu har en dreng på 6 i pleje. Vores familieplejekonsulent er skiftet tre gange på et år. Den nye har aldrig mødt os. Vi vil gerne have en fast konsulent.

Mvh
Jens og Kasper Rønnow
""")

M("st", """
Hej Ishøj Skole

Vores søn Hugo har fortalt at han er pansexuel, og at han er blevet skubbet og kaldt "f***ot" i omklædningsrummet. En af drengene har også kaldt hans kinesiske mor "ching chong". Vi vil gerne have et møde med ledelsen.

Mvh
Wei Lin og Peter Dam
""")

M("", """
Hej

Har Ishøj Kommune en handlingsplan mod homofobi i skolerne? Jeg er journalist og skriver om emnet.

Mvh
""")

M("s", """
Kære borgerrådgiver

Jeg vil klage over at en medarbejder i Borgerservice ved bestilling af pas sagde "nå, det er din ven" om min mand Anders, da han var med. Han rettede hende, og hun grinede. Det var ubehageligt.

Mvh
Jonathan Kirk
""")

M("et", """
Hej Jobcentret

Jeg er fra Filippinerne og kom til Danmark som au pair. Nu er jeg gift med en dansker og har fået opholdstilladelse, men jeg har været ledig i 8 måneder. Kan I hjælpe mig med at få min sygeplejerskeuddannelse godkendt i Danmark?

Mvh
Maricel Santos
""")

M("eb", """
Hej Jobcentret

Jeg har lige fået job som præst i Ishøj Baptistmenighed og skal derfor afmeldes som ledig. Jeg er selv døbt baptist. Hvem skal jeg give besked til?

Mvh
Jakob Thule
""")

M("", """
Hej

Tæller frivilligt arbejde i en kirke som rådighed, når man er ledig? Generelt spørgsmål.

Mvh
""")

M("e", """
Hej,

Min sagsbehandler har skiftet og den nye har skrevet at jeg skal møde til partshøring om "tilbagebetaling af uddannelseshjælp". Jeg har ikke fået at vide hvad det drejer sig om. Jeg var indskrevet på VUC og stoppede i november.

cpr [[2210012933]]

Mvh
Wilma
""")

M("ht", """
Hej Tandplejen

Min søn Ibrahim på 11 er lige kommet fra Sudan og har aldrig været hos tandlæge. Han har stærke tandsmerter. Kan han få en akut tid i børnetandplejen?

Mvh
Mariam Osman
""")

M("", """
Hej Tandplejen

Hvornår bliver børn indkaldt til første tandeftersyn? Min søn er 2 år.

Tak
""")

M("u", """
Hej Center for Børn og Forebyggelse

Jeg er tillidsrepræsentant for DLF på Strandgårdskolen, men skriver privat som forælder: Kan forældre få aktindsigt i skolens trivselsmåling for klassen? Det handler ikke om mit eget barn, men om klassen generelt.

Mvh
Lotte Bjerregaard
""")

M("", """
Hej

Jeg har fået ordrenr. 1102921834 på en bestilling af storskrald, men ingen er kommet. Kan I undersøge det?

Mvh
""")

M("ehb", """
Kære Borgerrådgiver

Jeg er muslim og har bedt om en kvindelig læge til min arbejdsevnevurdering i Jobcentret. Jeg fik at vide, at det "ikke er en ret". Det endte med at jeg ikke turde sige noget om mine underlivssmerter til den mandlige læge, og nu står der i min sag at jeg kan arbejde fuld tid. Jeg er på sygedagpenge.

Mvh
Hawa Jama
[[0203874416]]
""")

M("pu", """
Hej Borgerrådgiver

Jeg er HK-medlem og har fået hjælp af HK's jurist til at læse købsaftalen på en ejerlejlighed i Vejleåparken. Sælger er kommunens eget boligselskab, og vi venter på at bestyrelsen godkender prisen. Nu har jeg ventet i 7 uger. Kan I se på hvorfor det tager så lang tid?

Mvh
Malene Skou
""")

M("p", """
hej byggesag. vi har solgt vores hus med forbehold for at I godkender det nye tag vi har lagt på. køber trækker sig hvis vi ikke har papir på det inden d. 30. hvornår kan vi forvente svar? sagsnr 2025-08812

mvh Kenneth & Lise, Bredekærs Vænge
""")

M("", """
Hej Byggesag

Hvornår skal man søge tilladelse til nyt tag, og hvornår er det bare en anmeldelse? Det er en generel forespørgsel fra grundejerforeningen.

Mvh
Grundejerforeningen Tranegilde
""")

M("eu", """
Til Jobcentret

Jeg er tidligere medlem af Fødevareforbundet NNF, men meldte mig ud da jeg blev langtidsledig. Nu har jeg fået tilbudt job på et slagteri igen og vil gerne vide om jeg mister min kontanthjælp fra første dag, eller først når lønnen kommer.

Mvh
Henrik Lomholt
""")
