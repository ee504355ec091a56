"""Part I: long practical mails (bills, moves, school, building, parking) with the sensitive
clause well inside, threads with staff notes, and a last set of hard negatives."""
from common import M

M("pb", """
Kære Center for Byudvikling og Natur

Vi ejer ejendommen Vejlebrovej 140, hvor vi i mange år har drevet et lille forsamlingshus for vores menighed, Pinsekirken Vestegnen. Jeg er selv præst og medlem af menigheden.

Vi har nu aftalt at sælge bygningen til en privat køber, som vil lave den om til to boliger. Købsaftalen er underskrevet med forbehold for, at kommunen giver tilladelse til ændret anvendelse. Forbeholdet udløber 1. marts.

Ansøgningen om ændret anvendelse blev sendt 10. december (sagsnr. 26-51002). Kan I oplyse en forventet behandlingstid?

Med venlig hilsen
Jakob Lindqvist
""")

M("", """
Kære Center for Byudvikling og Natur

Hvordan søger man om ændret anvendelse af en bygning fra forsamlingshus til bolig? Hvad koster det, og hvor lang tid tager det typisk? Vi er en boligudvikler, der kigger på flere ejendomme i Ishøj.

Med venlig hilsen
Vestegnens Boligudvikling A/S
""")

M("p", """
Fra: Helle Brink
Sendt: 20. oktober 2026 09:01
Til: Byggesag
Emne: SV: Tilbygning Snerlevej 7

Tak for svaret. Vi kan godt vente med tilbygningen, men vi vil gerne vide, om det er i orden at skrive i salgsopstillingen, at der er "mulighed for tilbygning på 40 m2". Huset er til salg, og vi har fremvisning på lørdag med to interesserede.

Helle

> Kære Helle Brink. Tilbygningen kræver byggetilladelse. Vi har endnu ikke modtaget ansøgning.
> Med venlig hilsen, Byggesag
""")

M("", """
Fra: Helle Brink
Til: Byggesag
Emne: SV: Tilbygning Snerlevej 7

Tak for svaret. Vi har besluttet at vente med tilbygningen til næste år, hvor vi har sparet op. Ansøgningen kommer i foråret.

Helle

> Kære Helle Brink. Tilbygningen kræver byggetilladelse.
""")

M("pt", """
Hej

Vi er en polsk familie, der har boet på Tranegilde Strandvej i 14 år. Vi skal nu flytte tilbage til Polen og har sat huset til salg. En køber har budt, men hun vil have at vi først får lovliggjort udhuset. Kan I komme ud og se på det i næste uge?

Med venlig hilsen
Marek og Anna Zielinski
""")

M("p", """
Hej,

Jeg har fået et brev fra jer om, at ejendomsvurderingen på min grund på Ishøj Stationsvej er steget. Det kommer lidt på tværs, fordi jeg er midt i at forhandle et salg af grunden til min nabo, og vi var blevet enige om en pris ud fra den gamle vurdering. Hvornår bliver den nye vurdering endelig?

Mvh
Gunnar Frederiksen
""")

M("", """
Hej,

Hvornår kommer de nye ejendomsvurderinger for grunde i Ishøj? Jeg har set i pressen, at de bliver forsinket igen.

Mvh
Gunnar Fred
""")

M("s", """
Hej

Vedr. parkeringsafgift nr. 88102311 den 3. juni på Ishøj Torv.

Jeg holdt ved apoteket i 10 minutter for at hente medicin til min mands mor, som passede vores datter. Min mand (Kristian) havde bilen med licensen, og jeg havde lånt hans brors bil. Jeg er godt klar over, at det er forkert, men jeg håber at afgiften kan nedsættes.

Mvh
Anders Lykke
""")

M("", """
Hej

Vedr. parkeringsafgift nr. 88102312 den 3. juni på Ishøj Torv.

Jeg holdt i 10 minutter for at hente en pakke. Licensen lå i den anden bil. Kan afgiften nedsættes?

Mvh
Anders Lykke
""")

M("sh", """
Hej Skoletandplejen

Min datter Asta har tid hos jer onsdag, men hun har feber og mellemørebetændelse. Kan vi få en ny tid? Hendes to mødre, Karen og Lise, kan begge tage hende, så det kan være en hvilken som helst dag.

Mvh
Karen
""")

M("s", """
Kære Ishøj Bibliotek

Vi vil gerne holde en lille regnbuefamilie-legestue i børnebiblioteket en lørdag om måneden. Jeg har selv to børn med min mand Jonas og kender mange familier som os. Kan vi låne rummet?

Mvh
Rasmus Krag
""")

M("", """
Kære Ishøj Bibliotek

Vil biblioteket lave et arrangement om regnbuefamilier under Pride-ugen? Jeg tror det vil være populært, og jeg vil gerne hjælpe med at finde en forfatter.

Mvh
Rasmus Kragh
""")

M("b", """
Hej

Jeg er medlem af Dansk Folkeparti og stemte på jer sidst. Men jeg er utilfreds med, at der ikke er lavet noget ved vejen mellem Torslunde og Ishøj Landsby. Hullerne er blevet værre.

Mvh
Leif Rasmussen
""")

M("b", """
Hej Kommunen

Jeg stemte på Konservative sidst, og jeg kommer ikke til at gøre det igen, hvis I ikke får styr på affaldssorteringen. Der er ikke hentet pap i tre uger på Ravnsbjergvej.

Mvh
Jesper Skov
""")

M("", """
Hej Kommunen

Der er ikke hentet pap på Ravnsbjergvej i tre uger. Hvad sker der? Jeg synes ærligt talt ikke det er god politik at spare på affaldet.

Mvh
Jesper Skovgaard
""")

M("u", """
Hej

Vi er en gruppe skraldemænd fra Ishøj, alle 3F'ere, og vi vil gerne komme med input til det nye udbud på affaldsindsamling. Vi har erfaring med ruterne og kan se mange ting, der kan gøres bedre. Kan vi få et møde?

Hilsen
Michael, tillidsmand
""")

M("u", """
Kære Økonomiudvalget

Jeg er lærer på Ishøj Skole og medlem af Danmarks Lærerforening, men jeg skriver som forælder. Vi betaler 3.200 kr. om måneden for SFO til to børn, og nu kommer der en stigning. Kan udvalget ikke se på søskenderabatten?

Mvh
Malene Bruun
""")

M("", """
Kære Økonomiudvalget

Hvad er søskenderabatten på SFO i Ishøj, og hvordan sammenligner den med nabokommunerne?

Mvh
Malene Brun
""")

M("u", """
Hej Ishøj Kommune

Jeg er ingeniør og medlem af IDA, og jeg har lavet nogle beregninger på regnvandsbassinet ved Ishøj Søvej, som jeg mener er for lille. Vil I se på dem?

Mvh
Henrik Dalsgaard
""")

M("t", """
Hej Ishøj Kommune

Jeg er fra Bosnien og kom hertil som barn under krigen. Nu skal jeg søge dansk statsborgerskab og skal bruge en erklæring fra kommunen om, at jeg ikke har modtaget offentlig hjælp de seneste år. Hvor søger jeg?

Mvh
Amela Hodžić
""")

M("", """
Hej Ishøj Kommune

Hvor søger man om en erklæring om, at man ikke har modtaget offentlig hjælp? Jeg skal bruge den til indfødsret.

Mvh
Amalie Hoff
""")

M("et", """
Til Ydelsescentret

Jeg er lige blevet løsladt efter 8 måneder i Vestre Fængsel og har brug for kontanthjælp, indtil jeg finder arbejde. Jeg har ikke nogen bolig. Jeg er fra Marokko, men har dansk statsborgerskab.

cpr [[1709953147]]

Karim
""")

M("he", """
Hej

Jeg har fået en regning på 1.450 kr. fra kommunen for manglende fremmøde til et kursus på jobcentret. Jeg var indlagt på psykiatrisk afdeling den uge. Jeg har dokumentation.

Mvh
Thomas Vinge, [[250490 2711]]
""")

M("", """
Hej

Kan man få en regning for manglende fremmøde på jobcentret? Hvad er reglerne? Jeg har hørt det fra en ven, og det lyder underligt.

Mvh
Thomas Vang
""")

M("e", """
Kære Ishøj Kommune

Min mor, Gudrun Holm, [[280736-1620]], bor på Plejecenter Ishøj Strand. Hun har fået en regning på husleje, som er dobbelt så høj som sidste år. Hvem kan forklare den?

Med venlig hilsen
Jørn Holm
""")

M("", """
Kære Ishøj Kommune

Hvad er huslejen på Plejecenter Ishøj Strand, og er det muligt at få boligydelse til en plejebolig? Min familie overvejer mulighederne.

Med venlig hilsen
Jørn Holst
""")

M("h", """
Fra: Rikke Bang
Til: Vej og Park
Emne: SV: Kantsten ved Gildbro Allé

Hej igen

Kantstenen ved fodgængerfeltet er stadig ikke sænket. Jeg har siden min rygmarvsskade været i kørestol og må køre ud på cykelstien for at komme over. Hvornår sker der noget?

Rikke

> Kære Rikke. Vi har sat sænkningen på listen for 2026.
""")

M("", """
Fra: Handicaprådet
Til: Vej og Park
Emne: Kantsten ved Gildbro Allé

Handicaprådet beder om, at kantstenen ved fodgængerfeltet på Gildbro Allé sænkes, så kørestolsbrugere kan komme over.

Med venlig hilsen
Handicaprådet
""")

M("e", """
Hej

Jeg skal flytte fra min lejlighed i Strandparken, fordi jeg ikke kan betale huslejen mere. Jeg har fået tilbudt et værelse i en bofællesskab gennem en boligsocial anvisning. Hvad skal jeg gøre med min flytning?

Mvh
Emma Kjær
""")

M("hse", """
Hej

Jeg vil gerne søge om ekstra rengøringshjælp for min mand Carl, da han er blevet dårligere efter kræftbehandlingen. Jeg er selv 79 og kan ikke mere. Vi bor på Kildebjerg 4.

Mvh
Ejnar Holmberg
""")

M("t", """
hej vi er en eritreisk familie og vores søn skal starte i skole. han taler tigrinya hjemme. kan han få modersmålsundervisning? mvh Semhar
""")

M("", """
hej, tilbyder Ishøj modersmålsundervisning i tigrinya, somali og arabisk? mvh Semhar Yohannes, tolk
""")

M("be", """
Hej

Jeg skal til møde på jobcentret på fredag kl. 12.30, men det er fredagsbøn, og jeg går altid i moskéen. Kan mødet flyttes til om formiddagen?

Mvh
Abdullah Rashid
""")

M("", """
Hej

Hvornår åbner den nye moské i Ishøj? Og bliver der parkering nok? Vi bor på vejen lige ved siden af.

Mvh
Lars Brandt
""")

M("ep", """
Kære borgerrådgiver

Jeg har fået et brev om, at kommunen vil sende mit hus på tvangsauktion på grund af gæld til ejendomsskat. Jeg har allerede en køber, der har underskrevet en betinget købsaftale. Kan auktionen udsættes?

Mvh
Leo Hansen, [[101162-1431]]
""")

M("", """
Kære borgerrådgiver

Hvor mange tvangsauktioner har kommunen begæret på grund af gæld til ejendomsskat i 2026? Jeg er med i Ishøj Grundejerforening og vil gerne vide det.

Mvh
Leo Hein
""")

M("hu", """
Hej

Jeg er HK'er og har været sygemeldt med stress siden 1. september fra mit job i Borgerservice. Jeg vil gerne have en samtale om at komme tilbage på nedsat tid. Hvem skal jeg skrive til?

Mvh
Lotte Vind
""")

M("", """
Hej

Hvad er reglerne for at komme tilbage efter en sygemelding på nedsat tid i kommunen? Er der en fast procedure? Jeg er leder og vil gerne vide det.

Mvh
Lotte Vinge
""")
