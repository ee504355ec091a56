"""corpus69, part i: mixed letters from old age, short and long, many in one mail."""
from common import M

M("he", """Hej

Jeg er 87 og har fået at vide at min hjemmehjælp skal leveres af en robotstøvsuger fremover. Jeg har grå stær og kan ikke se hvor den kører hen. Jeg er faldet over den to gange.

Venlig hilsen
Asta Frandsen
Cpr. [[130238\u00a01264]]""")

M("e", """hej jens

min svigermor er blevet visiteret til madordning og den første levering kom i dag. maden var kold og der var ingen gaffel. det er ikke værdigt. hun skal have varm mad

Tobias""")

M("hs", """Kære Sanne

Jeg skriver fordi min mand Kjeld har fået diagnosen Alzheimers. Vi er to mænd på 74 og 76. Jeg vil gerne deltage i et pårørendekursus, men jeg er bange for at være den eneste mand hvis ægtefælle også er en mand. Findes der noget for os?

Mvh
Henrik""")

M("p", """Til Center for Byudvikling og Natur

Jeg er 84 og vil sælge min grund i kolonihaveforeningen Tranegilde, fordi jeg ikke kan passe den mere. En køber har budt 180.000 kr., men foreningen siger at prisen skal godkendes af en vurderingsmand. Er det kommunen der udpeger vurderingsmanden?

Venlig hilsen
Vagn Lorentzen""")

M("tb", """Hej

Min mormor er fra Bosnien og muslim. Hun har boet i Ishøj i 30 år, men kan ikke gå i moskeen længere. Hun vil gerne besøges af en imam. Har kommunen en ordning med imamer til ældre, der bor hjemme?

Mvh Amra""")

M("hue", """Hej Lars

Gammel 3F'er her. Har lige fået konstateret hjertesvigt, og lægen siger jeg ikke må løfte mere. Jeg kan ikke klippe hæk eller slå græs. Får man hjælp til det af kommunen? Eller skal jeg sælge huset?

Bent Lauridsen""")

M("e", """Kære borgerrådgiver

Min far fik sidste år et tilbud om en ældrebolig på Gadevang, som han takkede nej til. Nu er han blevet meget dårligere til at gå, og vi har søgt igen. Vi får at vide at han er sat bagest i køen. Er det rigtigt, at man mister sin plads, hvis man takker nej én gang?

Med venlig hilsen
Jesper Krogh""")

M("bte", """Kære Helle

Min mor er jøde og overlevede som barn krigen i Polen. Hun har boet i Ishøj siden 1968 og er nu 89. Hun vil gerne have kosher mad i sin madordning, hvis det overhovedet er muligt. Hun er ikke sur over det, hun spørger bare.

Mvh
David Rosenberg""")

M("e", """Hej

Min mand og jeg er begge på folkepension og har fået et brev om at vi skal betale for madordningen bagud for tre måneder, fordi den er steget. Vi har ikke fået besked om prisstigningen.

Mvh
Erna og Gunnar Kirk
Cpr Erna: [[051038-2148]]
Cpr Gunnar: [[1208371077]]""")

M("hbe", """Hej,

Far er på plejehjem med demens. Han har været katolik i 80 år, og nu har personalet sagt at det ikke er deres opgave at køre ham til messe. Vi ved det godt, men kunne man ikke lave en fælles kørsel for de beboere der vil i kirke?

Mvh
Ewa""")

M("s", """Hej Anne

Jeg vil gerne takke dig for dit indlæg i Ishøj Avis om ældre homoseksuelle. Jeg er selv lesbisk og 81, og jeg kan genkende alt hvad du skrev om at skulle gemme sig igen, når man kommer på plejehjem.

Kærlig hilsen
Else""")

M("pe", """Til direktionsassistenten

Min søster og jeg er arvinger efter vores far, der døde i januar. Han havde en restance på 48.000 kr. til kommunen for hjemmehjælp og husleje i ældreboligen. Vi er ved at sælge hans sommerhus i Tisvilde og har en køber. Kan restancen betales efter salget?

Venlig hilsen
Lone Bech""")

M("hu", """hej helle

min mand har været HK'er hele livet. han har fået et hjerteanfald og ligger på Herlev. han skal snart hjem. vi ved ikke om han må gå op ad trapper. hvem spørger man?

Gitte""")

M("hte", """Hej,

Min bedstemor er pakistaner og har diabetes. Hun får hjemmesygepleje to gange om dagen og madordning fra kommunen, men maden er ikke tilpasset diabetes. Kan I lave det om?

Mvh
Saira""")

M("u", """Kære Bente

Jeg har været medlem af Blik- og Rørarbejderforbundet i 40 år og vil gerne hjælpe med at installere nødkald hos ældre som frivillig. Jeg har papirerne. Hvem skal jeg tale med?

Mvh
Per Lindberg""")

M("pt", """Hello,

I am an Irish woman living in Ishøj for 30 years. I am 78 now and want to sell my flat in Vejleåparken to move back home to Cork. I have a Danish buyer who offered 1.4 million. Do I need a form from the municipality to sell?

Best wishes,
Siobhan Murphy""")

M("he", """Kære Kim

Jeg vil gerne søge om en hjemmehjælper der kan hjælpe mig med at tage mine øjendråber. Jeg har grøn stær og hænderne ryster for meget. Mit cpr er [[2906371456]].

Venlig hilsen
Aase Brandt""")

M("sp", """Hej Sanne,

Min mand Lars og jeg (Morten) vil sælge vores lejlighed på Strandparken og flytte i et seniorbofællesskab. Vi har en køber der er interesseret, men han vil have at vi fjerner vores indbyggede skabe, som ikke er godkendt. Kan I fortælle om de kræver byggetilladelse?

Mvh
Morten""")

M("hbe", """Kære borgerrådgiver

Min svigerfar er muslim og ligger for døden på Ishøj Plejecenter. Vi vil gerne have at en imam kommer og beder med ham, og at vi kan være der hele natten. Personalet siger at der kun må være to pårørende ad gangen. Det er mod vores tradition. Kan der gøres en undtagelse?

Med venlig hilsen
Yousef""")

M("ue", """Hej,

Jeg er pensioneret buschauffør og var medlem af 3F i 38 år. Jeg har fået et brev om at min ældrecheck er forkert beregnet fordi jeg har en pension fra PensionDanmark. Mit cpr er [[1402581125]].

Mvh
Kurt""")

M("ht", """Hej

Min far er fra Tyrkiet, han er 84 og har fået konstateret demens. Han kan ikke længere tale dansk. Lægen har henvist ham til en demensudredning, men der er ingen tolk på tyrkisk. Hvad gør vi?

Mvh
Emre""")

M("p", """Kære udvalgsformand

Vi ejer Ishøj Landsbys gamle købmandsbygning og har fået et bud fra en kæde, der vil lave den om til en dagligvarebutik. Vi har ikke accepteret endnu, fordi vi ikke ved om lokalplanen tillader det. Kan vi få et møde?

Mvh
Familien Jørgensen""")

M("bs", """Hej Jan

Jeg er diakon i Vallensbæk og bor i Ishøj med min kone Sara. Vi vil gerne lave en samtalegruppe for ældre, der har mistet en ægtefælle. Kan vi låne et lokale på biblioteket?

Venlig hilsen
Maria Holm, diakon""")

M("e", """Hej

Min mor har fået en plejeboligplads på Strandhaven, men hun kan ikke flytte før om tre uger, fordi min far lige er død og vi skal rydde deres lejlighed. Vi har fået at vide at hun skal betale husleje to steder imens. Er det rigtigt?

Mvh
Kristian""")

M("eh", """Til Center for Voksne og Velfærd

Jeg har søgt om en el-scooter, fordi jeg efter min hjerneblødning ikke kan gå mere end 200 meter. Jeg har fået afslag. Jeg vil klage. Min læge har skrevet en erklæring.

Venlig hilsen
Jens Ole Schmidt
[[0301491207]]""")

M("tbe", """Kære borgmester

Min far kom fra Irak som flygtning i 1996. Han er kristen assyrer og går i kirke i Glostrup hver søndag. Han har netop fået plads på plejehjem i Ishøj, men han vil meget gerne fortsætte med at gå i kirke. Kan kommunen hjælpe med kørsel?

Mvh
Ninos""")

M("he", """Hej,

Min mor har fået en plads på dagcentret, men hun kan ikke selv komme derhen. Hun har en hjerneskade efter et fald. Kan man få kørsel?

Mvh
Pernille
Cpr. mor: [[1703441932]]""")

M("pu", """Hej Anne

Jeg er 70, pensioneret fra Dansk Metal, og min kone og jeg har fået et bud på vores hus fra naboens søn. Han vil gerne købe det, men vil have os til at blive boende til vi får en ældrebolig. Kan man lave sådan en aftale?

Mvh
Erik""")

M("sbeh", """Kære Center for Voksne og Velfærd

Min kone Tove og jeg er begge kvinder og har været sammen i 40 år. Tove er nu på plejehjem med demens. Hun har altid været buddhist og mediterer hver morgen. Personalet har fjernet hendes buddhafigur fordi de troede det var pynt. Kan I sørge for at den kommer tilbage?

Mvh
Jette""")

M("eh", """Hej

Jeg er 92 og blind, og jeg har fået hjemmehjælp i 15 år. Nu siger de at jeg skal have besøg af en "hverdagsrehabiliterings-terapeut" i stedet. Jeg vil ikke trænes, jeg vil have hjælp. Hvem kan hjælpe mig?

Venlig hilsen
Inger Marie Rask
Tlf. 43 73 09 12""")

M("bu", """Hej Kim,

Jeg er medlem af Dansk Folkeparti og var FOA-tillidsrepræsentant i 25 år. Jeg vil gerne sige at jeg er meget uenig i at kommunen vil lukke plejecentret på Tranegildevej. Jeg håber du stemmer imod.

Mvh
Hanne""")

M("t", """Hej

Jeg er en ældre mand fra Gambia og har boet i Danmark i 40 år. Jeg vil gerne være besøgsven for andre ældre fra Vestafrika i Ishøj. Hvem skal jeg kontakte?

Mvh
Lamin""")

M("he", """Til Hjælpemiddelcentret

Min svigermor har søgt om en badestol og gribehåndtag, fordi hun har fået Parkinson og falder i badet. Det er nu syv uger siden. Hendes personnummer er [[250943–2116]]. Vi kontakter jer igen i næste uge.

Mvh
Morten Leth""")

M("", """Den 8. okt. 2025 skrev Pia Holst:
> Hvorfor koster madservice 62 kr pr måltid i Ishøj, når det er 55 kr i Brøndby?

Jeg har stadig ikke fået svar på ovenstående. Det er et spørgsmål om priserne, jeg er ikke selv kunde.

Pia Holst""")

M("ps", """Hej Bente,

Jeg er 76 og bor med min kæreste Ib, som også er mand. Vi har besluttet at sælge min lejlighed og flytte sammen i hans. Køberen er fundet, men skødet er ikke underskrevet. Kan vi få hjælp til at forstå reglerne om ejendomsavancebeskatning?

Mvh
Finn""")

M("e", """Til Social- og Seniorudvalget

Jeg har fået afslag på min ansøgning om ledsageordning til at komme til mine lægeaftaler. Jeg er 70 og bor alene. Jeg synes ikke det er rimeligt.

Venlig hilsen
Gerda Hansen""")

M("hse", """Hej

Min kone Line har ALS og jeg er hendes eneste pårørende. Jeg er også kvinde. Vi har fået bevilget BPA, men vi kan ikke finde hjælpere. Hvem kan hjælpe os?

Mvh Mette""")

M("tu", """Hej Lars

Jeg er fra Pakistan og kom som ung til Danmark. Jeg har været medlem af 3F i 35 år og vil gerne tale for de ældre fra min generation i Ældrerådet. Hvordan stiller man op?

Mvh
Tariq""")

M("p", """Kære Jens

Mine forældre er begge døde, og vores barndomshjem på Ishøj Strandvej er til salg. En entreprenør har budt, men vil rive huset ned og bygge lejligheder. Vi har ikke accepteret. Hvad siger lokalplanen?

Mvh
Søskende Nielsen""")

M("hbe", """Hej

Jeg er præst, men det er ikke derfor jeg skriver. Min mor er indlagt på Glostrup med et hjertestop, og jeg vil vide om hun kan komme på en midlertidig plads i Ishøj, når hun bliver udskrevet.

Mvh
Lise Nørgaard, sognepræst""")

M("hte", """Hej

Min morfar er kineser og taler kun kantonesisk. Han har fået demens og bor på Kærbo. Personalet kan ikke tale med ham. Kan I finde en frivillig, der taler kantonesisk?

Mvh
Wei""")

M("b", """Hej,

Jeg har et generelt spørgsmål om hvordan Ishøj Kommune har fordelt ældremilliarden. Jeg skriver for Seniorpartiet, og vi vil gerne have tallene til vores valgprogram.

Mvh
Kurt Bay""")

M("e", """hej bente

min mormor har fået at vide hun skal flytte fra sin ældrebolig til en plejebolig men hun vil ikke. hun siger hun klarer sig fint med hjemmeplejen. kan kommunen tvinge hende?

Frederikke""")

M("he", """Kære borgerrådgiver

Min far, [[1607361324]], er blevet visiteret til plejebolig efter sit slagtilfælde, men han har fået tildelt en bolig i Vallensbæk. Vi har søgt om Ishøj. Kan vi klage?

Mvh
Camilla Mortensen""")

M("", """Hej,

Jeg har set at ældrerådet har valg i november. Hvem kan stemme, og kan man stemme digitalt? Jeg er 66 og har aldrig stemt til det før.

Mvh
Jonna""")

M("ue", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Lederne og er blevet fyret som 63-årig. Jeg har tilmeldt mig som ledig. Hvornår skal jeg til første samtale? Cpr: [[1505621289]].

Mvh
Torben""")
