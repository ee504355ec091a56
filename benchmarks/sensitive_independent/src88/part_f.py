"""corpus88 part F: families selling or buying a home to change school district, bids,
conditional contracts, andelsboliger; concluded trades, wishes with no property in
view, school districts and parking at schools as negatives."""
from common import M

M("p", """
Til Center for Børn og Forebyggelse

Vi har sat vores rækkehus på Gildbrohøj til salg, fordi vi gerne vil have vores børn
i Vibeholmskolens distrikt. Vi har en køber i hånden, men handlen er ikke underskrevet.
Kan vi allerede nu skrive børnene op til skolen med den nye adresse?

Mvh Karen og Thomas Lyngsø
""")

M("", """
Hej
Vi har købt huset på Torslundevej 14 og flyttede ind 1. august. Handlen er helt på
plads. Hvornår kan vi få vores søn overflyttet til Ishøj Landsby skole?
Mvh Jakob Ravn
""")

M("p", """
Kære byrådsmedlem

Vi har budt på en villa i Ishøj Landsby, og sælger har accepteret med forbehold for
finansiering. Vi er lidt nervøse for om den nye skolestruktur vil ændre distriktet. Kan
du sige noget om det, inden vi skriver under?

Venlig hilsen
Rikke og Anders Fog
""")

M("", """
Hej
Vi drømmer om at købe et hus i Ishøj om et par år. Hvilke skoler har de bedste
resultater ved afgangsprøven?
Mvh Line
""")

M("pe", """
Til borgerrådgiveren

Efter skilsmissen skal vores hus på Vejledalen sælges, men min eksmand vil ikke
skrive under på salgsaftalen, selvom vi har en køber der har budt 3,1 mio. Børnene og
jeg bor der stadig. Kan kommunen hjælpe os med en midlertidig bolig, hvis han trækker
det ud?

Mvh Anette Bruun
""")

M("p", """
Hej Byggesag

Vi sælger vores hus på Strandgårdsvej og køberens rådgiver har spurgt om den overdækkede
terrasse er lovliggjort. Kan I bekræfte det? Overtagelsen er først i februar, og
køberen venter på svaret før de skriver under.

Mvh Jan Knudsen
""")

M("", """
Til skolen

Der holder biler i dobbeltrække på Vejleåvej hver morgen kl. 7.50, og de små børn kan
ikke se over dem. Kan kommunen sætte en parkeringsvagt?

Vh en bekymret far
""")

M("p", """
Hej

Vi er ved at købe en andelsbolig i Vejleå Park og skal flytte fra Ishøj Strand med to
børn. Bestyrelsen godkender os først i januar. Kan børnene starte i den nye skole
allerede efter juleferien, selvom vi ikke er flyttet endnu?

Vh Sandra og Michael
""")

M("", """
Kære Center for Byudvikling og Natur

Hvornår sælger kommunen de nye byggegrunde i Ishøj Landsby? Og hører de til
Vibeholmskolens distrikt?

Mvh Per Nissen
""")

M("pe", """
Til borgmesteren

Vi skal tvangssælge vores hus på Gadekærvej, fordi vi ikke kan betale restancen til
banken efter at min mand blev arbejdsløs. Auktionen er den 15. januar. Vores børn går
på Ishøj Skole og vi vil så gerne blive i området. Kan kommunen hjælpe os med et
lejemål?

Venlig hilsen
Tove Hald
""")

M("p", """
Hej

Vores nabo i nr. 9 har sat sit hus til salg. Vi overvejer at byde, så vores datter kan
bo tæt på os med sine børn. Ved I om der er planer om at bygge en ny skole på
arealet bagved? Det kan påvirke prisen.

Mvh Ebbe Clausen
""")

M("", """
Hej
Vi har solgt vores lejlighed i København og er flyttet til Ishøj. Skødet er tinglyst.
Hvordan melder vi vores børn ind i SFO?
Mvh Sanne og Bo
""")

M("p", """
Dear Ishøj Kommune,

We have made an offer on a terraced house in Vejleå Park and the seller has accepted,
subject to our mortgage. Before we sign: is the house in the catchment area of
Vejleåskolen? Our two children speak English and we would like them to stay together.

Regards,
Oliver and Hannah Grant
""")

M("", """
Til Borgerservice

Hvad er ejendomsværdiskatten for et parcelhus i Ishøj i 2027, ca.? Vi skal til at lave
budget og vil gerne vide det.

Mvh Jørn
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har fået et betinget tilbud på vores hus på Ishøj Landevej 211, hvis vi får lov at
udstykke grunden. Køberen vil bygge et hus til sine forældre bagerst. Kan vi få en
forhåndsudtalelse om udstykning?

Venlig hilsen
Hasse Nordahl
""")

M("pe", """
Hej

Vi har solgt vores hus med forbehold for at vi finder en ny bolig tæt på specialskolen
i Albertslund, hvor vores datter Kamma er visiteret til. Kan kommunen give en
skriftlig bekræftelse på visitationen, så banken vil godkende lånet?

Mvh Mikkel og Nanna Dam
""")

M("", """
Hej
Min mand og jeg har boet i vores hus i 20 år og har ingen planer om at flytte. Vi vil
bare høre om vores grund kan deles, hvis vores søn en dag vil bygge.
Mvh Inge
""")

M("p", """
Til ejendomsafdelingen

Jeg ejer en kolonihavehus i Haveforeningen Solbakken og har en køber, men bestyrelsen
siger at kommunen skal godkende prisen på 240.000 kr. først. Hvor lang tid tager
det?

Mvh Kjeld Andersen
""")

M("", """
Til Ishøj Kommune

Vi har solgt vores villa til vores datter og svigersøn, og handlen blev afsluttet i
2024. Nu får vi stadig girokort for renovation. Kundenr. 100452371.

Hilsen Ruth og Erik Bang
""")

M("pe", """
Kære borgerrådgiver

Min mor er død, og hendes hus skal sælges af boet. Min bror og jeg er uenige om
prisen, og han vil ikke lade mig se tilbuddene. Jeg er på kontanthjælp og har brug for
min arv for at kunne beholde min lejlighed med mine to børn. Kan kommunen mægle?

Mvh Rasmus Lauritsen
""")

M("p", """
hej vi har en køber til vores lejlighed i Ishøj Bycenter men han vil ikke skrive under
før han ved om han kan få en p-tilladelse til sin varevogn. hvem kan svare på det?
mvh Dennis
""")

M("", """
Til skolebestyrelsen og kommunen

Er der planer om at flytte skoledistriktsgrænsen mellem Gildbroskolen og
Strandgårdskolen? Der er rygter om det i boligforeningen.

Mvh Mona
""")

M("p", """
Hej

Vi er ved at sælge vores hus for at flytte tættere på mine forældre i Torslunde, så
de kan hjælpe med børnene. Mægleren spørger om der er nogen servitutter om hegnet.
Kan I finde det?

Mvh Katrine Østergaard
""")

M("ph", """
Kære Anja Thomsen

Vores søn Bastian har muskelsvind og bliver snart kørestolsbruger. Vores hus har tre
etager, så vi har sat det til salg og har budt på et plan-hus i Ishøj Landsby.
Sælgeren venter på vores svar til fredag. Kan kommunen give tilskud til ombygning af
et badeværelse, hvis vi køber det?

Venlig hilsen
Nanna og Jesper Holm
""")

M("", """
Hej
Vi kigger efter et hus med have i Ishøj, men har ikke fundet noget endnu. Er der
gode legepladser i Ishøj Landsby?
Mvh Jonas
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg ejer en lille erhvervsgrund på Industrivej, hvor jeg har drevet en legetøjsbutik.
Jeg skal sælge den, og en daginstitutionskæde har vist interesse, men de vil vide om
lokalplanen tillader en børnehave. Kan I svare inden vores møde den 10.?

Venlig hilsen
Allan Jepsen
""")

M("", """
Til byrådsmedlem

Jeg er ejendomsmægler i Ishøj. Vores kunder spørger tit om skoledistrikter. Kan
kommunen lave et samlet kort, som vi kan linke til?

Mvh Jeanette Kirk, EDC Ishøj
""")

M("pe", """
Hej kommune

Vi har sat huset til salg, fordi vi ikke kan klare afdragene efter jeg mistede mit job
på lageret. Vi har to piger på Strandgårdskolen. Hvis vi flytter til en lejlighed i
Ishøj Strand, kan de så blive på samme skole?

Mvh Morten Vinther
""")

M("p", """
Hej

Køberne af vores lejlighed på Ishøj Strandvej har trukket sig, fordi de ikke kunne få
en plads i vuggestuen i området. Er det muligt at få en plads garanteret, så vi kan
fortælle det til de næste interesserede?

Vh Maria Lind
""")

M("", """
Kære borgmester

Jeg synes kommunen skal bygge flere billige boliger til børnefamilier. Priserne er
løbet løbsk, og mange unge familier flytter væk.

Mvh Kasper Lindqvist
""")

M("p", """
Til borgerrådgiveren

Vi har underskrevet en betinget købsaftale på et hus i Torslunde, men kommunen har
ikke svaret på om vi kan få en overkørsel til grunden. Købet falder, hvis vi ikke får
svar før 1. februar.

Venlig hilsen
Lasse og Ida Vad
""")

M("pt", """
Hej

Vi er en familie fra Vietnam med tre børn, og vi har budt på en rækkehus i Vejleå
Park. Sælgeren spørger om vi har børn der larmer, og siger at "folk som os" ikke
passer ind i området. Er det lovligt? Buddet er stadig gyldigt til på mandag.

Mvh Nguyen Van Minh
""")

M("", """
Hej
Hvad koster det at få lavet en ejendomsvurdering fra kommunen? Vi er ikke ved at sælge,
vi er bare nysgerrige.
Mvh Bodil
""")

M("peh", """
Til Center for Borger, Økonomi og IT

Jeg vil gerne søge om lån til indskud i en almen bolig, fordi vores hus skal sælges på
tvangsauktion i februar. Vi har fire børn, og jeg er på sygedagpenge efter en
arbejdsulykke, hvor jeg knuste foden.

Venlig hilsen
Anders Mikkelsen
""")

M("", """
Hi,
Can we park in the school car park at the weekend when there are football matches on
the pitches behind it?
Ib
""")

M("p", """
Hej igen

Vi har nu fået et bud på 2,75 mio. på vores hus på Gildbrohøj, men køberen vil have
huset fri til 1. marts. Vores søn Alfred skal så gå på skole i Ishøj mens vi bor
midlertidigt hos min svigermor i Greve. Kan han det?

Mvh Jens Winther
""")

M("", """
Til Center for Byudvikling og Natur

Kommunen solgte grunden ved siden af vores hus sidste år, og nu bygges der en
børnehave. Salget er afsluttet, det ved jeg, men vi vil gerne vide hvor indkørslen
kommer til at ligge.

Mvh Dorthe Brink
""")

M("p", """
Til Vibeholmskolen

Vi er ved at købe et hus i jeres distrikt. Vi skal skrive under på købsaftalen i næste
uge og vil gerne komme og se skolen inden. Er der en rundvisning for nye forældre?

Mvh Anne Sofie Bech
""")

M("ep", """
Hej

min far sidder i fængsel og hans lejlighed skal sælges for at betale hans gæld. jeg
er 19 og har boet der med min lillebror på 15. mægleren har været her og hun siger at
vi skal være ude før salget. hvor skal vi bo?

Jonas
""")

M("p", """
Dear Center for Byudvikling og Natur,

We have sold our house on Vejledalen subject to the buyer getting a loan, and the bank
asks for a copy of the building permit for the extension from 2011. Could you send it?
The deadline is Friday.

Kind regards,
Helen Parker
CPR [[220774-1360]]
""")

M("ps", """
Hej

Min mand Ole og jeg (ja, vi er to mænd) har fået et bud på vores rækkehus på
Gildbrohøj. Køberne har små børn og spørger om vejen bag huset bliver lukket for
gennemkørsel, som der har været talt om. Hvad er status?

Mvh
Søren Dahl
[[140669–1835]]
""")

M("pt", """
Hej Ishøj Kommune

Vi er irakiske kurdere og har boet i Ishøj i tolv år. Nu har vi accepteret et bud på
vores lejlighed og vil købe et hus i Torslunde, men kun hvis vores børn kan gå på
samme skole. Kan I sige om de kan blive på Ishøj Skole?

Mvh Shirin og Dilshad Karim
""")

M("p", """
Til Center for Borger, Økonomi og IT

Jeg har en køber til min andelsbolig i Vejleå Park, men han vil først underskrive,
når han har set restancelisten for ejendomsskat. Kan I udstede en erklæring om at der
ingen restancer er?

Venlig hilsen
Ellen Mortensen, [[030462\u00a02284]]
""")
