"""Part I: landlords' letters, housing boards, estate agents and owners; mixed
errands where faith, party, origin, partners, trades or CPR numbers come up."""
from common import M

M("p", """
Kære Center for Byudvikling og Natur

Jeg er udlejer af en ejerlejlighed på Ishøj Strand 60, som jeg nu har sat til salg, fordi lejeren er fraflyttet. En interesseret køber spørger, om altanen er lovligt inddraget. Kan I finde byggesagen?

Venlig hilsen
Bent Holmgaard
""")

M("b", """
Kære borgmester

Jeg stemte på Enhedslisten ved sidste valg, men jeg skriver til dig, fordi du er borgmester for os alle: Min udlejer har sat huslejen op med 1.800 kr. uden varsel. Kan kommunen gøre noget, eller skal jeg gå til Huslejenævnet?

Med venlig hilsen
Rikke Holm
""")

M("pe", """
Til Ydelsescentret

Vi er ved at sælge vores andelsbolig i A/B Torslundegården, og køberen overtager 1. februar, hvis generalforsamlingen godkender prisen. Indtil da skal vi betale både boligafgift og husleje i vores nye lejebolig. Jeg er på førtidspension. Kan vi søge om hjælp til dobbelt husleje?

Med venlig hilsen
Birgitte og Hans Lauesen
""")

M("b", """
Hej

Vores datter skal konfirmeres i Torslunde Kirke den 27. april, og vi vil gerne holde festen i beboerhuset i Vejleåparken. Afdelingsbestyrelsen siger, vi skal have en tilladelse fra kommunen til at have telt på græsset. Stemmer det?

Mvh
Jeanette og Kim
""")

M("s", """
Til Huslejenævnet via Ishøj Kommune

Min mand og jeg – vi er to mænd, Martin og Ole – har lejet et rækkehus privat i Ishøj. Udlejer vil ikke udbedre fugtskaderne og siger direkte, at "folk som jer" kan flytte, hvis vi ikke er tilfredse. Vi vil gerne indbringe sagen for nævnet.

Med venlig hilsen
Martin Kold og Ole Brask
""")

M("", """
Til Borgerservice

Jeg ejer et rækkehus og skal bruge en bopælsattest til mit forsikringsselskab (policenr. 6541-228-17). Mine oplysninger:
Thomas Pallesen
Cpr: [[121065-1743]]
Bredekærs Vænge 12

Mvh Thomas
""")

M("pb", """
Hej

Vi er fire medlemmer af Dansk Vegetarforening, og vi har et betinget bud på en nedlagt landbrugsejendom ved Tranegilde, hvor vi vil dyrke grønt. Vi er veganere af etiske grunde og vil ikke holde dyr. Kræver det en landzonetilladelse at bruge stalden til grøntsagspakning?

Mvh
Ida, Kasper, Lone og Simon
""")

M("t", """
Til Boligudvalget

Jeg er udlejer af fem lejligheder i Ishøj. En af mine lejere, familien Haidari fra Afghanistan, har bedt mig om at skrive, fordi de ikke kan få kontakt til kommunen om en skimmelsag i deres soveværelse. De har givet mig fuldmagt. Hvem kan komme ud?

Med venlig hilsen
Ole Fisker, udlejer
""")

M("he", """
Hej

Jeg har søgt om at få min søns skole ændret, fordi vi flytter til Ishøj Landsby. Han har ADHD og har brug for en lille klasse. Hans cpr-nummer er [[200211-4523]]. Vi har ikke hørt noget i fire uger.

Mvh
Marianne Juul
""")

M("ps", """
Til Center for Byudvikling og Natur

Min kone Anne og jeg (Susanne) har købt en grund i Ishøj Landsby med forbehold for, at vi kan få byggetilladelse til et hus på 180 m2. Sælger vil have svar inden 14 dage. Kan I give en forhåndsvurdering?

Mvh
Susanne Winge
""")

M("bt", """
Kære byrådsmedlem Yasmin Ali

Jeg er shia-muslim og af irakisk oprindelse, ligesom mange andre i Vejleåparken. Jeg vil gerne spørge, om du vil arbejde for at kommunen tillader en lille bygning til bøn på det tomme areal ved blok 9, hvor der i dag kun er græs.

Med venlig hilsen
Hussein al-Amiri
""")

M("", """
Hej

Jeg sender hermed kopi af mit sygesikringsbevis, som I bad om til ansøgningen om parkeringslicens i Ishøj Bycenter. Cpr [[2710750617]].

Mvh Lene Madsen
""")

M("pu", """
Til hovedpostkassen

Jeg er medlem af 3F og arbejder i byggebranchen. Jeg har sammen med min bror givet bud på et nedrivningshus på Ishøj Søvej, og mægleren siger, at sælger accepterer, hvis kommunen giver lov til at opføre et dobbelthus. Hvem kan svare på det?

Mvh
Carsten Bro
""")

M("ps", """
Hej

Min kæreste Kristian og jeg, Jesper, har fået tilbudt at købe en andelsbolig i Ishøj og skriver under i næste uge. Bestyrelsen spørger, om kommunen skal have en kopi af vores samlivserklæring, når vi begge står på andelen. Skal den det?

Mvh
Jesper Aagaard
""")

M("pt", """
Kære Ishøj Kommune

Mit navn er Anh Tran, og min familie er fra Vietnam. Vi har givet et bud på et rækkehus i Vejleå Park, men sælgeren har sagt til mægleren, at han helst ikke vil sælge til "udlændinge". Kan kommunen gøre noget ved den slags?

Venlig hilsen
Anh Tran
""")

M("h", """
Til Center for Voksne og Velfærd

Min far, Svend Aage Knudsen, [[080336-1918]], er faldet i sit hjem og har brækket hoften. Han er på Hvidovre Hospital nu. Vi vil gerne vide, om nogen fra kommunen kan se på hans hus, før han kommer hjem – han har trapper overalt.

Venlig hilsen
Karin Knudsen
""")

M("b", """
Til afdelingsbestyrelsen og kommunen

Jeg er buddhist og har et lille alter på min altan i Ishøj Strand. Boligselskabet siger at det er "genstande på altanen" og skal fjernes. Er det noget kommunen har regler om?

Mvh
Tenzin Dorje
""")

M("p", """
Til Byudvikling og Natur

Jeg er mægler og har et hus på Torslundevej til salg for ægteparret Hvidt. Køber har sendt en købsaftale med forbehold for, at der ikke er en kommunal sag om den ulovlige kælderlejlighed. Sælgerne har bedt mig sende jer deres oplysninger:
Erik Hvidt [[151149\u20131573]]
Birte Hvidt [[220552-2076]]

Med venlig hilsen
Louise Brandt, EDC
""")

M("b", """
Hej

Jeg er medlem af Alternativet og har skrevet et læserbrev om lokalplanen for Ishøj Strand. Må jeg bruge kommunens kort over området i mit læserbrev, eller er det ophavsretligt beskyttet?

Mvh
Dorthe Lind
""")

M("se", """
Hej

Min kone Louise og jeg, Anna, har fået anvist en lejlighed gennem kommunen, fordi Louise er blevet udskrevet fra et bosted og har brug for støtte. Vi vil gerne vide, hvornår bostøtten starter i den nye lejlighed.

Mvh
Anna Krogh
""")

M("t", """
Til borgerrådgiveren

Vi er en familie fra Sri Lanka med tamilsk baggrund, og vores udlejer har sendt os et brev på engelsk om, at vi skal fraflytte, fordi han selv vil bo i lejligheden. Vi tror ikke at det er sandt. Kan I hjælpe os at forstå vores rettigheder?

Mvh
Kumar Sivakumar
""")

M("p", """
Hej

Naboen på den anden side af vejen, i nr. 7, skal på tvangsauktion i næste måned. Vi vil gerne byde på huset, men vi vil vide, om kommunen har nogen restancer tinglyst på ejendommen. Hvordan finder vi det ud?

Mvh
Jakob og Lea Hansen
""")

M("", """
Hej Borgerservice,

jeg skal bruge et nyt sygesikringskort efter jeg flyttede til Gildbrovej. det gamle har min gamle adresse. mit personnummer er [[091102 4877]]

Mvh Ali
""")

M("bu", """
Til byrådsmedlem Anne Holm

Jeg er medlem af Venstre og sidder i bestyrelsen for HK Hovedstaden. Jeg vil gerne høre, om du vil støtte at der bliver bygget ungdomsboliger ved Ishøj Station. Vi har mange unge medlemmer, der ikke kan finde en bolig.

Med venlig hilsen
Mette Schou
""")

M("h", """
Til Miljøafdelingen

Der er skimmel i vores børneværelse, og vores datter på 5 har været indlagt to gange med lungebetændelse i vinter. Lægen mener, det kan hænge sammen. Boligselskabet gør ingenting. Kan kommunen kræve, at de udbedrer?

Mvh
Sidsel Kragh
""")

M("pe", """
Hej

Vi har vores hus i Ishøj Landsby til salg, og der er en køber, som har fortrudt efter fortrydelsesretten. Nu står vi med to huse, fordi vi allerede har købt et andet. Banken siger at vi skal søge om henstand med ejendomsskatten, fordi vi ikke kan betale begge. Kan kommunen give henstand?

Mvh
Kristina og Jonas Sølvsten
""")

M("b", """
Hej

Jeg er præst i Ishøj Kirke og bor i præsteboligen. Jeg vil gerne søge om lov til at fælde to gamle træer i haven, som truer med at vælte ned over huset.

Med venlig hilsen
Signe Refslund
Sognepræst
""")

M("s", """
Til Byudvikling og Natur

Vi er to kvinder, gift, og bor i et rækkehus i Ishøj Landsby. Vi vil gerne bygge et lille anneks til vores svigermor. Hvilke regler gælder for anneks i Ishøj?

Mvh
Tine og Bodil Rask
""")

M("p", """
Hej

jeg har lige været til åbent hus i kolonihaven på Strandlyst have nr. 23, og vil gerne købe. sælger siger jeg skal godkendes af kommunen også. er det rigtigt? hvad skal jeg sende?

mvh Rasmus
""")

M("b", """
Til Borgerservice

Jeg er medlem af Katolsk Kirke og skal giftes i Sankt Mikaels Kirke. Præsten beder om en prøvelsesattest fra kommunen. Mine oplysninger: Monika Zielińska, [[051190-2868]].

Mvh
Monika
""")

M("h", """
Hej

Vi er ved at flytte min svigermor ind i vores hus, fordi hun har fået en demensdiagnose og ikke kan bo alene. Vi vil bygge en ekstra stue om til værelse med eget bad. Kræver det byggetilladelse?

Mvh
Hans Christian Bøgh
""")

M("p", """
Hej

Vi skal sælge vores lejlighed på Ishøj Strand 10, og køber overtager når han har fået lån. Min advokat beder om en restanceattest. Ejere:
Lars Nymann, [[280467-1139]]

Mvh Lars
""")

M("tb", """
Til Kultur- og Fritidsforvaltningen

Jeg er en hinduistisk kvinde fra Nepal, og vi vil gerne fejre Diwali med lys på vores altan i Vejleåparken, som vi gør hvert år. Boligselskabet siger, at levende lys er forbudt. Har kommunen en regel om brandsikkerhed på altaner?

Mvh
Sita Gurung
""")

M("u", """
Hej

Jeg er FOA-tillidsrepræsentant på et plejecenter og bor i Ishøj Strand. Jeg vil høre, hvornår der bliver holdt beboermøde om den nye helhedsplan.

Mvh
Bettina Krogh
""")

M("eu", """
Hej Ydelsescentret

Udlejer har sendt os et påkrav på 12.600 kr. for to måneders husleje. Min kone og jeg har begge mistet arbejdet på det samme lager, da det lukkede, og vi venter stadig på dagpenge fra HK's a-kasse. Vi søger om at I betaler restancen, så vi ikke bliver sat ud. Vores numre:
Peter Hjort [[180778-1316]]
Malene Hjort [[0306811948]]

Venlig hilsen
Peter
""")

M("", """
Hej

Vi har fået et brev fra kommunen om, at der skal graves fjernvarme ned på vores vej fra uge 14. Ordrenr. 2403851166 står i brevet. Kan vi stadig komme ind i vores indkørsel, og hvem betaler for at lægge fliserne tilbage?

Mvh
Bodil og Arne Thrane
""")
