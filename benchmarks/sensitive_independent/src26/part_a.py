"""Part A: adult children writing about elderly parents."""
from common import M

M("he", """
Kære Voksne og Velfærd

Jeg skriver på vegne af min mor, Inge Margrethe Holst, som bor i Strandgårdsparken 14, 1. tv. Hun har fået konstateret Alzheimers i foråret og kan ikke længere selv huske at tage sin medicin. Hjemmeplejen kommer to gange om dagen, men det er ikke nok. Hun gik ud i nattøj i sidste uge og blev fundet ved stationen.

Vi vil gerne søge om en plejebolig så hurtigt som muligt. Fuldmagt er vedhæftet.

Venlig hilsen
Susanne Holst (datter)
tlf. 28 41 66 09
""")

M("he", """
hej. min far Kaj er blevet indlagt på Hvidovre igen med lungebetændelse, 3. gang i år. hans hjemmehjælp skal afmeldes fra i morgen og til han er hjemme. han har KOL og ilt i stuen så det er måske også noget i skal vide før han kommer hjem. mvh Jannik
""")

M("", """
Hej

Min mor fylder 90 i næste måned, og vi vil gerne holde festen i beboerhuset på Vejlebrovej. Kan man leje salen en lørdag, og hvad koster det? Vi er ca. 40 gæster.

Mvh
Pernille Kragh
""")

M("e", """
Til Ydelsescentret

Min far, Bent Ove Clausen, Ishøj Strandvej 88, har fået et brev om, at hans boligstøtte bliver sat ned fra 1. marts, og at han skal betale 6.200 kr. tilbage. Han forstår ikke brevet og har ringet til mig helt ude af den. Han har kun folkepensionen og en lille pension fra Arla.

Kan I forklare, hvordan tilbagebetalingen er regnet ud, og om den kan afdrages? Jeg har fuldmagt og sender den gerne.

Venlig hilsen
Lone Clausen
""")

M("p", """
Kære byrådsmedlem

Min mor og jeg har sat hendes rækkehus på Birkelundsvej til salg, fordi hun skal flytte ned til os i Jylland. Mægleren har nu en køber, der har budt 2,4 mio., men køberen vil have en betingelse om, at kommunen godkender det overdækkede carport-byggeri, som min afdøde far lavede i 1998. Vi har søgt om lovliggørelse for fem uger siden og hører ingenting.

Kan du hjælpe med at få sagen skubbet lidt? Handlen falder, hvis vi ikke har svar inden 1. december.

Med venlig hilsen
Morten Aagaard
""")

M("he", """
Hej,
jeg er datter af Edith Nørgaard der bor på Plejecenter Kærbo. Hun faldt i søndags og brækkede håndleddet, og ingen ringede til mig før mandag aften. Jeg synes det er for dårligt. Hun er dement og kan ikke selv fortælle hvad der skete. Hvem kan jeg klage til?
Mette N.
""")

M("", """
Til Center for Voksne og Velfærd

Hvad er reglerne for, hvor lang tid man må vente på en plejebolig i Ishøj? Jeg læser i avisen, at ventetiden er steget, og vil gerne vide, om kommunen overholder plejeboliggarantien. Spørgsmålet er generelt, jeg har ikke selv nogen på venteliste.

Venlig hilsen
Erik Dalsgaard
""")

M("eh", """
Hej

Jeg er søn af Preben Lykke (cpr [[120438-1173]]), som bor alene på Tranemosevej. Efter sin blodprop i august kan han ikke gå uden rollator og har brug for hjælp til bad og indkøb. Vi søgte om hjemmehjælp den 2. september og har stadig ikke hørt noget. Han har også brug for en madordning, for han kan ikke stå ved komfuret.

Kan I sige, hvornår visitatoren kommer?

Mvh
Rasmus Lykke
tlf 61 22 83 70
""")

M("be", """
Kære Plejecenter Ishøjhave

Min mor er flyttet ind hos jer i sidste uge. Hun er katolik og har gået i kirke hver søndag hele sit liv. Er det muligt at arrangere, at præsten fra Sankt Andreas kommer forbi hende en gang om måneden? Hun kan ikke selv komme derind længere.

Hilsen
Teresa Wiśniewska-Berg
""")

M("t", """
Hej

Min far er fra Tyrkiet og kom hertil i 1971. Han taler godt dansk i hverdagen, men når han er hos lægen eller til møder med kommunen, forsvinder ordene. Kan han få en tolk med til mødet i Borgerservice den 14. om hans nye pas? Han hedder Hüseyin Demir og bor i Vildtbanegård.

Mvh
Selin Demir
""")

M("", """
Hej

Hvor kan man købe de der nøglebokse, som hjemmeplejen bruger? Vi vil gerne have en ved min svigerfars hoveddør, så vi selv kan komme ind, når vi kommer på besøg. Han har ingen hjælp fra kommunen, vi vil bare gerne have et system.

Jesper
""")

M("he", """
Kære borgerrådgiver

Min mor Birthe Vang, [[0503411046]], har fået afslag på ansøgning om plejebolig. Afslaget er begrundet med, at hun "kan klare sig med hjemmepleje". Hun har diabetes, er næsten blind på det ene øje og har faldet fem gange siden sommer. Hun er bange for at være alene om natten.

Jeg vil gerne klage over afgørelsen, men ved ikke hvordan. Kan du hjælpe mig med at forstå, hvor klagen skal sendes hen?

Venlig hilsen
Kirsten Vang Madsen
Gadekæret 7, 2635 Ishøj
""")

M("p", """
hej Henrik
du kender måske min far, Svend fra kolonihaven i Tranegilde. han skal sælge havehuset nu han ikke kan passe det mere, og der er en ung familie der har budt 160.000 men foreningen siger kommunen skal godkende prisen først. er det rigtigt? det trækker ud og de unge er ved at miste tålmodigheden
/Lasse
""")

M("he", """
Til hjemmeplejen, gruppe Syd

Min mor Ruth Bech har fået ny medicin mod sin depression af lægen i tirsdags (Sertralin 50 mg morgen). Jeg vil bare sikre mig, at I har fået det på medicinlisten, for hun siger, at hun ikke har fået nogen pille i morges.

Hilsen
Claus Bech
""")

M("", """
Hej. Min far er død i sidste uge. Hvad skal vi gøre med hans beboerparkeringskort, skal det sendes tilbage til jer? Mvh Dorthe
""")

M("e", """
Kære Ydelsescenter

Min mor er blevet skilt efter 41 års ægteskab og har kun sin folkepension at leve af. Hun har fundet en lejlighed i Ishøj Landsby, men kan ikke betale depositum på 27.000 kr. Kan hun søge om lån til indskud hos jer? Hun hedder Grethe Lauritsen og bor lige nu hos mig.

Mvh
Anja Lauritsen
""")

M("hes", """
Hej

Jeg skriver om min far, Poul, som bor på Plejecenter Kærbo. Han er for nylig begyndt at få besøg af sin kæreste, Anders, som han har været sammen med i over tyve år, men som personalet tilsyneladende tror er "en god ven". Poul er dement nu og kan ikke selv forklare det. Anders bliver bedt om at gå kl. 20 ligesom alle andre gæster. Kan man lave en aftale om, at han må blive længere?

Venlig hilsen
Maja Storm
""")

M("e", """
Til Center for Voksne og Velfærd

Min svigermor har haft hjemmehjælp til rengøring hver 14. dag, men har nu fået brev om, at det stopper. Hun er 87. Hvad er begrundelsen, og kan man få afgørelsen genovervejet? Hun hedder Agnes Hvid, Ishøj Parkvej 31.

Med venlig hilsen
Thomas Hvid
""")

M("", """
Kære Ældrerådet

Jeg vil gerne høre, om I kender til frivillige besøgsvenner i Ishøj. Min nabo mener, at Røde Kors har en ordning. Jeg tænker på at melde mig selv som besøgsven, nu jeg er gået på efterløn og har tid.

Hilsen
Birgit
""")

M("pe", """
Til Borger, Økonomi og IT

Min far har fået brev om, at huset på Ishøj Søvej skal på tvangsauktion den 20. januar, fordi han skylder ejendomsskat og har fået udlæg fra kreditforeningen. Han har ikke fortalt nogen om det, før jeg fandt brevene. Vi er ved at prøve at sælge huset frivilligt i stedet og har en køber, men kan kommunen stille sit krav i bero imens?

Venlig hilsen
Nicolai Brandt
""")

M("h", """
Min mor er blevet opereret for brystkræft i sidste uge og må ikke løfte noget i seks uger. Kan hun få udsat den her affaldsindsamling af storskrald hun har bestilt, så vi kan komme og hjælpe? Det er bestilt til torsdag. Adresse: Bredekærs Vænge 3. Mvh. Line
""")

M("", """
Hej

Jeg har et spørgsmål til den nye takst for madordning til ældre, som byrådet vedtog i oktober. Hvor meget stiger en hovedret med, og gælder stigningen også for dem der allerede har ordningen? Min mor overvejer at melde sig, men vil gerne kende prisen først.

Mvh
Henrik Sommer
""")

M("ht", """
Kære Sundhedshuset

Min far er palæstinenser og taler meget lidt dansk. Han har en neurologisk sygdom (Parkinsons) og skulle starte på genoptræning hos jer efter sin hofteoperation, men han forstod ikke det brev I sendte, og derfor mødte han ikke op. Nu står der, at han er "udeblevet". Kan han få en ny tid, og kan der være en arabisktalende tolk med?

Venlig hilsen
Rania Abu-Saleh
""")

M("e", """
Hej Birgitte Vind

Jeg henvender mig til dig som formand for Social- og Sundhedsudvalget. Min far på 92 har fået bevilget en ledsageordning, men han har ikke fået tildelt en ledsager i fire måneder. Det betyder at han ikke kommer ud af lejligheden. Jeg synes det er uværdigt.

Jeg håber du vil kigge på det.
Venlig hilsen
Karsten Bøgh
""")

M("bte", """
Hej

Min mormor, Esther Rosenfeld, bor på Ishøjhave og har altid holdt jødisk sabbat. Hun vil meget gerne have mulighed for at tænde lys fredag aften på sit værelse, men har fået at vide at levende lys ikke er tilladt. Kan man finde en løsning, fx med elektriske sabbatslys, og hvem skal vi tale med?

Med venlig hilsen
Daniel Rosenfeld-Kjær
""")

M("", """
Hej

Jeg forstår at min mor skal have en ny hjemmehjælper efter nytår, fordi Maria, som hun har haft i fire år, går på pension. Mor er meget glad for Maria og vil gerne give hende en lille gave. Må personalet tage imod gaver, og er der en grænse for hvor meget de må være værd?

Venlig hilsen
Ulla Friis
""")

M("u", """
Kære hovedpostkasse

Min far, Leif Sander, var i 38 år medlem af Dansk Metal og tillidsmand på Ishøj Maskinfabrik. Fagforeningen vil gerne holde en lille mindehøjtidelighed for ham i byrådssalen, da han også sad i byrådet i 70'erne. Er det noget kommunen kan være med til?

Med venlig hilsen
Jette Sander Olsen
""")

M("he", """
Til visitationen

Min far Erling Jacobsen, [[260936 1427]], blev udskrevet fra Glostrup i går efter et apopleksi-tilfælde. Han er lam i venstre side og skulle efter udskrivningsaftalen have hjælp fra hjemmeplejen morgen og aften fra i dag. Der kom ingen i morges. Han lå i sin seng til jeg kom kl. 11.

Jeg er rasende. Ring venligst til mig på 31 78 02 45.

Søren Jacobsen
""")

M("e", """
Hej

Vi er tre søskende, og vores mor, Vibeke Lund, har en gæld til kommunen på ca. 14.000 kr. for for meget udbetalt pension, som hun ikke selv kan overskue. Vi vil gerne betale den for hende. Kan I sende os et indbetalingskort, eller skal hun selv bede om det? Hun bor på Torslunde Bygade.

Mvh
Carsten Lund
""")

M("", """
Til Center for Byudvikling og Natur

Der mangler en bænk ved busstoppestedet på Ishøj Boulevard ud for Bycentret. Min far, der er 84, går den vej hver dag til frisøren og må hvile sig på en skraldespand. Kan der sættes en bænk op?

Venlig hilsen
Helle Brink
""")

M("ph", """
Kære Ole

Tak for snakken ved Ishøj Strand i weekenden. Som lovet skriver jeg om min mors andelsbolig i Ishøj Søvej-bebyggelsen. Hun er flyttet på hospice med en kræftdiagnose, og vi skal have solgt andelen hurtigt. Der er en interesseret køber fra ventelisten, men bestyrelsen kræver en vurdering fra kommunen af forbedringerne, før vi må skrive under. Er det korrekt, at kommunen skal involveres?

Mvh
Camilla Winther
""")

M("", """
hej
hvornår har jeres borgerservice åbent i julen? min far skal have fornyet sit pas inden en rejse til Spanien i januar og han kan kun komme om formiddagen
mvh Kim
""")

M("ht", """
Hej

Min mor er indvandret fra Pakistan i 1980 og har aldrig lært at læse dansk. Hun har fået en indkaldelse til mammografi, men smed den ud fordi hun troede det var reklame. Lægen siger hun har en knude i brystet som skal undersøges. Kan I hjælpe med at få en ny tid og sende et brev på urdu?

Venlig hilsen
Faisal Iqbal
""")

M("e", """
Kære Borgerrådgiver

Min far, som bor på Ishøjhave, bliver opkrævet for tøjvask og medicinhåndtering, selv om det står i hans aftale at det er inkluderet. Han har ikke råd til det ved siden af huslejen, og han har allerede en restance på over 5.000 kr. Kan du se på om opkrævningen er lovlig?

Hilsen
Bo Henriksen
""")

M("hb", """
Hej

Min far, Johannes Thygesen, ligger for døden på Hospice Sjælland. Han har været aktiv i Indre Mission hele livet og vil gerne begraves fra Ishøj Kirke med salmer han selv har valgt. Han kan ikke skrive selv mere. Kan I oplyse hvad vi skal gøre for at sikre, at begravelsen kan ske i Ishøj, selv om han nu er flyttet til Roskilde?

Venlig hilsen
Anna Thygesen
""")

M("", """
Hej

Jeg er pårørende til en beboer på Ishøjhave og vil gerne foreslå, at der kommer fast fællessang om torsdagen. Mange af de ældre savner det. Jeg kan godt selv spille klaver.

Hilsen Kirsten
""")

M("", """
Til Ældrerådet

Hvorfor har plejecentrene forskellige regler for besøgstider? Min nabo siger, at man må komme til kl. 22 på Kærbo, mens det er kl. 20 på Ishøjhave. Er det noget politikerne bestemmer eller centrene selv?

Venlig hilsen
Finn Ravn
""")

M("eh", """
Kære udvalgsformand

Jeg er datter af en 79-årig mand med svær hjertesvigt, som sidder hjemme på 2. sal uden elevator. Han kommer ikke ud, fordi han ikke kan klare trapperne. Han har søgt om at blive boligplaceret i en stueetage-bolig og fået afslag, og hans pension rækker ikke til en privat lejebolig. Han hedder Niels Kofoed og bor Vejleåparken 27, 2. th.

Jeg håber, at udvalget vil se på, hvordan kommunen hjælper ældre i hans situation.

Med venlig hilsen
Susanne Kofoed
""")

M("he", """
hej jeg er søn af Ella fra Lundegården 8. hun er ikke tryg ved den nye hjemmehjælper fordi hun ikke kan huske hende (hun er dement). kan i sende den samme hver gang? tak
""")

M("", """
Hej

Min mor har fået et brev fra Udbetaling Danmark om sin pension, og det siger at hun skal kontakte kommunen. Der står "sagsnr. 1803441126" øverst - er det et sagsnummer hos jer eller hos dem? Vi kan ikke finde ud af hvem vi skal ringe til.

Mvh
Lene Dahl
""")

M("pe", """
Til Ishøj Kommune

Min bror og jeg er ved at sælge vores afdøde mors hus på Strandbovej. Vi har fået et bud på 3,1 mio., og køberen venter på svar. Men kommunen har en tinglyst pant for et lån til ejendomsskat, som mor fik i 2016, fordi hun ikke kunne betale. Hvor meget skal indfries før handlen kan gå igennem?

Mvh
Peter Frandsen
""")

M("t", """
Hej

Min mor og far er kurdere fra Irak og bor i Ishøj Centrum. Mor skal have besøg af en håndværker fra boligselskabet i næste uge. Kan han ringe til mig i stedet, for hun forstår ikke dansk i telefonen? Jeg er Avin, 50 21 44 73.
""")

M("", """
Kære Aktivitetscentret

Min far er glad for jeres nye julekalender med aktiviteter for ældre. Kan man tilmelde sig julefrokosten den 12. december for pårørende også? Vi er to.

Hilsen
Gitte
""")

M("heu", """
Hej

Min far Arne Pedersen er gammel FOA-mand og har været tillidsrepræsentant på plejehjem i 30 år, så han kender reglerne. Nu er han selv blevet skrøbelig efter sin hjerneblødning og får hjemmepleje, og han er utilfreds med at hjælperne kun har 7 minutter til ham. Han har bedt mig skrive til udvalget, fordi han ikke kan bruge computeren mere.

Venlig hilsen
Marianne Pedersen
""")

M("", """
Min bedstemor på 96 har fået et brev om at hun skal stemme ved valget til ældrerådet. Kan hun brevstemme hjemmefra? Hun er frisk men gider ikke tage bussen til valgstedet. /Sofie
""")
