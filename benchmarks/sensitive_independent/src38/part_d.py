"""Part D: elderly writers - pension, care, the house, old union and party ties, late partners."""
from common import M

M("p", """
Kære kommune

Jeg er 81 og har besluttet at sælge mit hus på Torslundevej. Der har været fremvisning i weekenden og et ungt par har budt. Min søn spørger om der er nogen servitutter fra kommunen vi skal kende til, før vi skriver under.

Venlig hilsen
Grethe Aagaard
""")

M("es", """
Goddag

Min mand Henning døde i oktober. Vi havde været sammen i 41 år og gift siden 2012, da det endelig blev muligt for to mænd. Nu får jeg et brev om at min pension skal genberegnes. Hvad betyder det?

Med venlig hilsen
Villy Bruhn
cpr [[2705410339]]
""")

M("", """
Hej

Hvor kan man købe klippekort til Flextur i Ishøj? Min nabo på 88 spørger, hun har ikke computer.
""")

M("u", """
Hej

Jeg var i 40 år medlem af Blik- og Rørarbejderforbundet og er stadig seniormedlem. Forbundet holder julefrokost for pensionister i Ishøj Idrætscenter – skal vi selv leje salen?

Venlig hilsen
Verner Kristoffersen
""")

M("he", """
Kære Visitationen

Jeg er 86 og har fået konstateret grå stær på begge øjne. Jeg kan ikke se at gøre rent mere. Kan jeg få hjemmehjælp til rengøring hver 14. dag?

Venlig hilsen
Edith Mortensen
Ishøj Landsby 14
cpr [[040540–1126]]
""")

M("", """
Hej

Er ældrecaféen i Ishøj Landsby åben mellem jul og nytår? Og koster det noget at spise med?
""")

M("", """
Til Ældrerådet

Jeg synes valget til Ældrerådet skal annonceres bedre. Jeg vidste ikke at der var valg før det var for sent.

Hilsen
Johannes Ravn, 79
""")

M("e", """
Kære plejecentret Kærbo

Jeg skriver for min mor Ruth Hald som har boet hos jer siden august. Vi har fået en opkrævning for husleje der er meget højere end aftalt. Kan I sende en specifikation?

Venlig hilsen
Lars Hald
""")

M("p", """
Hej

Min kone og jeg vil sælge vores kolonihavehus i Haveforeningen Ishøj Søhave. Der er en køber, men bestyrelsen siger kommunen skal godkende prisen først. Passer det?

Mvh
Arne og Lis Brodersen
""")

M("", """
Hej

Hvad er reglerne for salg af kolonihavehuse i Ishøj? Er der en maksimal pris? Bare et generelt spørgsmål, jeg tænker på at købe et engang.
""")

M("he", """
kære hjemmeplejen
jeg vil bare sige tak til Hanne der kommer hos mig om morgenen. hun er så sød og husker altid mine øjendråber og at smøre mine ben. god jul til jer alle
Olga, 92 år
""")

M("", """
Hej

Jeg hørte at pensionistforeningen ikke må bruge lokalerne på rådhuset mere. Er det rigtigt? Vi har brugt dem i 20 år.

Venlig hilsen
Pensionistforeningen Ishøj, formand Erling Sand
""")

M("bu", """
Kære borgmester

Jeg har været socialdemokrat hele mit liv og var i mange år tillidsmand i Dansk Metal på Ishøj-værkstedet. Jeg blev meget skuffet over jeres beslutning om at lukke ældreklubben. Det havde vores gamle partifolk aldrig gjort.

Med venlig hilsen
Egon Larsen, 84
""")

M("", """
Hej

Er der gratis vaccination mod influenza for pensionister i år, og hvor foregår det i Ishøj?
""")

M("he", """
Hej

Jeg hedder Inge og er 77. Jeg har fået et nyt knæ i november og kan ikke komme i badet selv. Jeg har søgt om badebænk og toiletforhøjer for 3 uger siden og hører ikke noget.

cpr [[161147 2260]]
Inge Rasmussen
""")

M("", """
Kære Ishøj Kommune

Jeg har læst at der bliver bygget nye ældreboliger ved Vejleå. Hvornår kan man skrive sig op, og er der ventelister?
""")

M("ep", """
Goddag

Jeg er enke og skal på plejehjem til foråret. Mit hus på Kirkebjerg Allé er sat til salg, men der er ingen der har budt endnu. Kan jeg få udsættelse med betalingen af egenbetalingen indtil huset er solgt?

Venlig hilsen
Ellen Petersen
[[150236 1045]]
""")

M("", """
Hej

Hvad koster en plads på plejehjem i Ishøj om måneden? Jeg skal bruge det til en opgave på sosu-skolen.
""")

M("t", """
Hej

Jeg er 80 år og kom til Danmark fra Jugoslavien i 1970 som gæstearbejder. Jeg vil gerne gå med i et seniorhold i Ishøj Idrætscenter, men jeg kan ikke læse så godt dansk. Er der nogen der taler serbokroatisk?

Mvh
Milan Jovanović
""")

M("", """
Hej

Jeg har fået et brev med journalnr. 27.03.04-P20-14-24 om min ejendomsskat. Er det rigtigt at den stiger igen næste år?
""")

M("she", """
Hej

Min kone Annette og jeg har boet sammen i 35 år. Hun har fået Alzheimer, og jeg vil gerne have hjælp til at finde ud af om hun skal i aflastning en uge i januar så jeg kan få lidt ro.

Venlig hilsen
Birthe Juhl
""")

M("e", """
Hej

Jeg har fået afslag på min ansøgning om ledsageordning. Jeg er 68 og vil klage. Hvor sender jeg klagen hen?

Mvh
Poul Erik Jakobsen
""")

M("", """
Hej, jeg er 74 og vil gerne høre hvordan man bliver frivillig besøgsven for andre ældre i Ishøj.
""")

M("b", """
Kære menighedsrådet og kommunen

Jeg er medlem af Mosaisk Trossamfund og min kone er begravet på den jødiske kirkegård i København. Jeg vil spørge, om kommunen har en ordning for kørsel til gravstedet for ældre borgere.

Venlig hilsen
Salomon Adler
""")

M("", """
Hej

Hvilke dage kører den kommunale bus til Ishøj Bycenter fra Gildbrohøj? Køreplanen på nettet er fra sidste år.
""")

M("u", """
Hej

Jeg er pensioneret lærer og stadig med i DLF's seniorklub. Vi vil gerne besøge Ishøj Rådhus og høre om skolepolitikken. Hvem kan vise os rundt?

Venlig hilsen
Kirsten Bak
""")

M("", """
Goddag

Hvornår er der seniordans i Kulturhuset i januar? Jeg har hørt det er flyttet til torsdag.
""")

M("eh", """
Kære Hanne Sørensen

Min gamle mor på 94 bliver afvist af plejecenteret selvom hun har faldet tre gange i december og har hjertesvigt. Visitationen siger hun kan klare sig med hjemmepleje. Det kan hun ikke. Kan du hjælpe?

Hilsen
Jytte Mogensen
cpr mor: [[2103311018]]
""")

M("", """
Hej

Jeg har et forslag: kan kommunen ikke sende en liste ud til alle over 75 med numre man kan ringe til i julen, hvis man får brug for hjælp? Det tror jeg mange ville være glade for.

Venlig hilsen
Hilda
""")

M("p", """
Hej Byggesag

Jeg skal sælge min andelsbolig i Vejleåparken og køberen vil gerne vide om altanen er lovlig. Han har sagt at han trækker sit bud tilbage hvis den ikke er godkendt.

Mvh
Ingrid Søndergaard
""")

M("", """
Hej, jeg fylder 100 år den 3. januar! Min datter siger at borgmesteren nogle gange kommer på besøg. Er det rigtigt?
Hilsen Agnes, Ishøj Søvej
""")

M("", """
Til Ældre- og Sundhedsudvalget

Jeg læste i avisen at hjemmeplejen skal spare 3 mio. kr. Det synes jeg er en dårlig idé, der er så mange ældre der har brug for hjælp.

Mvh Gunnar
""")

M("t", """
Hej

Jeg er fra Chile og kom som politisk flygtning i 1974. Nu er jeg blevet gammel og vil gerne vide om der er et ældrehold i Ishøj hvor man kan tale spansk.

Venlig hilsen
Luis Fernández
""")

M("h", """
Hej

Min mand Finn har fået en pacemaker og må ikke gå gennem de der tyverialarmer på biblioteket. Findes der en anden indgang?

Venlig hilsen
Lise Finnerup
""")

M("", """
Hej

Jeg vil gerne melde en fejl på pensionistbussen: chaufføren kører for stærkt på Ishøj Strandvej. Det er ikke første gang.
""")

M("b", """
Kære Ishøj Bibliotek

Jeg er 83 og har været humanist og ateist hele livet. Jeg vil gerne holde et foredrag i jeres seniorklub om livet uden religion. Er der plads i januar?

Venlig hilsen
Knud Hvidt
""")

M("", """
Hej

Jeg har fået en regning med kundenummer 2811471234 fra Ishøj Forsyning. Det er ikke mit kundenummer. Hvad sker der?

Venlig hilsen
Bente Kjær
""")

M("ehs", """
Kære borgerrådgiver

Jeg er 79 og bor sammen med min mand Bjørn. Han har haft en blodprop i hjernen og får nu genoptræning. Kommunen har trukket halvdelen af hans hjemmehjælp, og jeg kan ikke løfte ham selv – jeg har selv dårlig ryg. Det må I gøre noget ved.

Venlig hilsen
Jørgen Lykkegaard
""")

M("", """
Hej

Hvornår får vi den nye pensionsoversigt? Jeg vil bare vide om der er nogen ændringer i reglerne fra januar.
""")
