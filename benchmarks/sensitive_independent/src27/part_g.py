"""Part G: long multi-paragraph mails and threads about practical matters (moves, bills,
building, events, school) with one sensitive sentence, plus a few hard negatives whose one
sentence only sounds sensitive."""
from common import M

M("p", """
Fra: Bjarne Lykkegaard <bjarne.l@live.dk>
Sendt: 11. september 2026 18:22
Til: Center for Byudvikling og Natur
Emne: Spildevand - separatkloakering Ishøj Landsby

Hej

Vi har fået brev om, at vores ejendom på Landsbygaden 30 skal separatkloakeres inden udgangen af 2027, og at vi skal betale for arbejdet på egen grund.

Jeg har tre spørgsmål:
1. Kan fristen forlænges, hvis der er særlige grunde?
2. Kan arbejdet udføres af vores egen kloakmester, eller skal det være HOFORs entreprenør?
3. Følger påbuddet ejendommen ved et salg?

Det sidste spørger jeg om, fordi vi er i forhandling med en køber, der har givet et bud, og han vil gerne vide, om han overtager påbuddet og udgiften.

Med venlig hilsen
Bjarne Lykkegaard
&nbsp;
""")

M("", """
Fra: Grundejerforeningen Ishøj Landsby
Til: Center for Byudvikling og Natur
Emne: Separatkloakering – spørgsmål fra medlemmer

Hej

Vi har fået mange spørgsmål fra medlemmerne om separatkloakeringen. De mest almindelige er:

1. Hvad koster det typisk for et parcelhus?
2. Følger påbuddet ejendommen, hvis huset sælges?
3. Kan man få hjælp, hvis man ikke har råd?

Kan kommunen deltage i vores generalforsamling og svare på det?

Med venlig hilsen
Bestyrelsen
""")

M("he", """
Hej

Jeg vil gerne klage over den måde min ansøgning om ledsageordning er blevet behandlet på.

Jeg søgte i april, fik kvittering i maj, og hørte så intet før september, hvor jeg fik et afslag med en begrundelse om at jeg "kan klare mig med offentlig transport". Jeg er blind efter en nethindeløsning i 2023 og har aldrig været alene i en bus siden.

Jeg vil gerne have sagen genoptaget, og jeg vil også gerne vide, hvorfor der gik fem måneder.

Med venlig hilsen
Arne Skovgaard
Gildbrovej 33
""")

M("", """
Hej

Hvad er den gennemsnitlige sagsbehandlingstid for ansøgninger om ledsageordning i Ishøj? Jeg er med i Dansk Blindesamfunds lokalafdeling og vil gerne have tallet til vores årsmøde. Det er ikke en personlig sag.

Med venlig hilsen
Arne Skov
""")

M("e", """
Til Borgerservice

Jeg flytter den 1. november til en lejlighed på Ishøj Strandvej 16 og skal i den forbindelse have ændret adressen på en række ting. Jeg kan se, at man kan gøre det meste på borger.dk, men der er nogle ting, jeg ikke kan finde:

- Min aftale om betaling af gæld til kommunen for for meget udbetalt boligstøtte – skal den overføres?
- Min plads i ventelisten til kolonihave – følger den med?
- Parkeringslicensen til Strandvejen – kan jeg få den med det samme?

Tak for hjælpen.

Mvh
Kristian Sommer
""")

M("", """
Til Borgerservice

Jeg flytter den 1. november til Ishøj Strandvej 16. Skal jeg søge om ny parkeringslicens, og følger min plads på ventelisten til kolonihave med? Licensnr. 0211961234.

Mvh
Kristian Sandholm
""")

M("u", """
Kære Ishøj Kommune, Center for Borger, Økonomi og IT

Jeg har fået en opkrævning på 1.200 kr. for vinterberedskab på vores private fællesvej, Egelundsvej. Jeg har aldrig set en saltvogn på vejen, og naboerne har heller ikke.

Jeg har arbejdet i kommunal vejdrift i 25 år og været TR for vejfolkene i 3F i Albertslund, så jeg ved godt, hvordan ruterne planlægges. Egelundsvej er ikke med på nogen rute, så vidt jeg kan se.

Kan I sende mig ruteplanen?

Mvh
Per Gudmundsen
""")

M("s", """
Hej Ishøj Kommune

Jeg har bestilt et vielsessted på Ishøj Strand via hjemmesiden den 15. august kl. 14, og bekræftelsen siger ikke, hvem der vier os. Vi vil gerne have en borgerlig vielse ved en af byrådets medlemmer.

Det er min kæreste Ida og mig, vi er begge kvinder, og vi håber at vielsesforretningen er kønsneutral formuleret, hvis der er valgfrihed.

Med venlig hilsen
Maja Holmgren
""")

M("", """
Hej Ishøj Kommune

Kan man blive viet på stranden? Hvordan bestiller man det, og hvem vier? Er det muligt at få en kønsneutral tekst til vielsen?

Med venlig hilsen
Maja Holm
""")

M("t", """
Fra: Ngozi Eze
Til: Ishøj Kommune, Borgerservice
Emne: SV: Vielse

Thank you for your answer.

We are from Nigeria and my husband's birth certificate is in English. Do we need to get it translated to Danish, or is English accepted? We want to marry in March.

Ngozi

>> Kære Ngozi Eze, for at blive viet skal I fremsende ægteskabserklæring via borger.dk. Familieretshuset behandler den.
""")

M("", """
Fra: Michael Heine
Til: Ishøj Kommune, Borgerservice
Emne: Vielse – dokumenter på engelsk

Hvis man skal giftes med en udenlandsk statsborger, accepterer Familieretshuset så dokumenter på engelsk, eller skal de oversættes?

Michael
""")

M("b", """
Hej

Jeg vil gerne søge om tilladelse til at sætte en gravsten med hebraisk og dansk tekst på Ishøj Kirkegård for min far. Han var ikke medlem af folkekirken, men tilhørte Mosaisk Trossamfund. Der er ikke en jødisk kirkegård tæt på, og han ønskede at ligge ved min mor.

Mvh
Rebecca Lindholm
""")

M("tb", """
Hej

Jeg har fået afslag på at få min fars grav på Ishøj Kirkegård vendt mod Mekka. Jeg ved ikke hvem der bestemmer det. Min familie er pakistansk, og det er meget vigtigt for min mor. Findes der en muslimsk afdeling?

Mvh
Bilal Chaudhry
""")

M("", """
Hej

Har Ishøj Kirkegård en muslimsk afdeling, eller skal man til Brøndby? Jeg spørger for en kollega fra arbejdet, som ikke taler dansk så godt.

Mvh
Kenneth Hjorth
""")

M("he", """
Til Center for Voksne og Velfærd

Min bror Jan, [[060774-1391]], bor på et bosted i Ishøj. Han har autisme og en lettere udviklingshæmning. Nu har jeg fået at vide, at han skal flytte til et andet bosted i Greve, fordi pladsen skal bruges til en anden. Han har boet der i 11 år. Ingen har spurgt mig eller ham.

Jeg har fuldmagt og vil gerne have et møde.

Med venlig hilsen
Lis Mikkelsen
""")

M("", """
Til Center for Voksne og Velfærd

Hvor mange bosteder har Ishøj Kommune, og hvor mange pladser er der? Jeg er med i Handicaprådet og vil gerne have et overblik.

Med venlig hilsen
Lis Mogensen
""")

M("pu", """
Hej

Jeg vil gerne købe den kommunale grund ved siden af vores værksted på Industribuen 8 (matr. 14cx). Vi har givet et bud på 1,2 mio. kr., og I har sagt, at I vender tilbage. Det er nu to måneder siden.

Vi er tre ansatte, alle organiseret i Dansk Metal, og vi har brug for pladsen til en ny hal. Jeg er selv ejer og var i sin tid TR, før jeg startede for mig selv.

Mvh
Kim Rasmussen
""")

M("", """
Hej

Sælger kommunen erhvervsgrunde i Industribuen? Hvad er prisen pr. m2 i dag?

Mvh
Kim Rask
""")

M("eh", """
Emne: Betaling for madservice

Hej

Jeg har fået en regning på 2.880 kr. for madservice i oktober. Min mor har været indlagt hele oktober efter en blodprop og har ikke fået én eneste ret. Kan I trække det fra?

Min mor: Ella Hjorth, Grønningen 6

Mvh
Birgit Hjorth
""")

M("", """
Emne: Madservice – priser

Hej

Hvad koster madservice pr. måltid i 2027, og kan man framelde dage, hvis man er bortrejst?

Mvh
Birgit Holm
""")

M("b", """
Hej

Vi er en gruppe veganere, der gerne vil lave et fællesskabskøkken i Ishøj Medborgerhus. Jeg er selv veganer af etiske grunde og har været det i 10 år. Kan vi låne køkkenet en gang om måneden?

Mvh
Signe Juhl
""")

M("", """
Hej

Kan foreninger låne køkkenet i Ishøj Medborgerhus til fællesspisning? Vi er en madklub, der gerne vil lave vegetarisk mad.

Mvh
Signe Jakobsen
""")

M("et", """
Til Integrationsafdelingen

Jeg er rohingya og kom til Danmark fra en lejr i Bangladesh i 2021. Min integrationsydelse er sat ned, fordi jeg ikke har bestået danskprøven. Men jeg har været på prøve to gange og er kun lige dumpet. Kan jeg klage?

Mohammed Hassan
""")

M("s", """
Hej

Jeg vil gerne skrive min søn Elias op til dagpleje. Jeg er far, og hans anden far hedder Christoffer. Begge vores navne skal stå på, vi har fælles forældremyndighed.

Mvh
Martin Gundersen
""")

M("u", """
Hej

Jeg skriver som tillidsrepræsentant for sygeplejerskerne i hjemmeplejen i Ishøj, DSR. Parkeringslicenserne til hjemmeplejens biler er udløbet, og vi får bøder, når vi parkerer ved borgerne. Kan det løses hurtigt?

Mvh
Lene Kvist
""")

M("p", """
hej

vores nabo i nr. 14 har sat sit hus til salg og har fortalt os at han har fået et bud. hvis den nye ejer vil fælde de store træer i skellet skal det så søges hos jer? vi bor på Brødemosevej 16

mvh Per og Gitte
""")

M("", """
hej

skal man søge om lov til at fælde store træer i skellet? vi bor på Brødemosevej

mvh Per
""")

M("h", """
Til Vej og Park

Snerydningen på fortovet ved Ishøj Søvej 40-60 er ikke sket i denne vinter. Jeg er faldet to gange og har nu et brækket håndled. Jeg er 81 år og bor alene. Kan I sørge for rydning?

Mvh
Karen Thøgersen
""")

M("b", """
Hej

Er der mulighed for at få en privat gudstjeneste for min mor på Ishøj Plejecenter? Hun er katolik og kan ikke komme i kirke mere. Hvem skal jeg kontakte?

Mvh
Anna Kowalski
""")

M("te", """
Kære Borgerrådgiver

Jeg er fra Afghanistan og har fået afslag på enkeltydelse til en vinterjakke til min søn, fordi sagsbehandleren mener, jeg burde spare op. Jeg får 6.500 kr. om måneden efter husleje og har tre børn.

Med venlig hilsen
Shirin Ahmadzai
""")

M("h", """
Hej

Mit barn skal vaccineres for HPV, men har en nåleskræk, som er så slem, at hun besvimer. Kan skolesundhedsplejersken give vaccinen, hvor jeg er med, eller skal det være hos egen læge?

Mvh
Line Frandsen
""")

M("", """
Hej

Giver skolesundhedsplejersken HPV-vaccine, eller skal det altid være hos egen læge?

Mvh
Line Frandsen
""")

M("sb", """
Kære Ishøj Kommune

Jeg ønsker at klage over, at min kones navn ikke står på vores fælles barns fødselsattest. Vi er to kvinder, og hun er medmor, men attesten viser kun mig. Præsten i Ishøj Kirke nægtede os at få barnet døbt sammen, fordi hun ikke er medlem – hun er muslim og jeg er kristen. Jeg vil gerne vide, om det er kommunen eller sognet, der retter attesten.

Med venlig hilsen
Tine Andersen
""")
