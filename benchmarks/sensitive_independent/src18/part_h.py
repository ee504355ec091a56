"""Part H: CPR numbers in every format, with and without lead-ins, and CPR-like negatives."""
from common import M

M("h", """
Hej

Jeg skal have fornyet min recept på insulin, men min læge er på ferie. Kan Sundhedshuset hjælpe?

Cpr: [[140382-3317]]
Mvh Nikolaj Berg
""")

M("e", """
Til Ydelsescentret

Jeg har søgt om hjælp til tandbehandling (enkeltydelse) og har ikke hørt noget. Mit personnummer er [[0711651284]].

Venlig hilsen
Lone Svane
""")

M("", """
Hej, jeg skal bare have et nyt sygesikringskort. Mit CPR er [[230447 2091]]. Jeg er flyttet fra Ishøj Strandvej 12 til Vejleåvej 3. Tak. Knud Lund
""")

M("eh", """
Hej

Min søn Tobias, cpr [[301290–1456]], er indlagt på psykiatrisk afdeling og kan ikke møde til jobcentermødet. Han er på kontanthjælp. Kan mødet flyttes?

Mvh Hanne Kirk
""")

M("h", """
Hej sundhedsplejen

Vores datter Alma ([[050812 4112]]) har astma og skal have ny inhalator-plan i skolen. Kan skolesundhedsplejersken ringe til mig?

/mor Tanja
""".replace("050812 4112", "050812\u00a04112"))

M("u", """
Hej Løn

Jeg er blevet medlem af FOA og vil have trukket kontingentet over lønnen. Mit CPR-nr. er [[190599-0873]].

Mvh Jasmin Hald
""")

M("t", """
Hej

Jeg er fra Somalia og skal have min opholdstilladelse registreret i folkeregistret. Personnummer [[280274-2218]]. Jeg har vedhæftet kopi af kortet.

Mvh Abdirahman Warsame
""")

M("p", """
Vedr. salg af Vejlebrovej 88

Vi har en køber der har budt, men handlen afventer jeres ejendomsskattebillet. Ejer: Svend Hedegaard, [[121159-1640]]. Kan I sende den til mægleren?

Mvh
Svend Hedegaard
""")

M("s", """
Hej

Min mand Anders og jeg (Mikael) skal registreres som gift i folkeregistret efter vielsen i udlandet.
Mikael: [[010170-3339]]
Anders: [[310885 1023]]

Mvh Mikael Strand
""")

M("b", """
Hej

Jeg er katolik og vil gerne melde mig ud af folkekirken. Jeg blev døbt i Ishøj Kirke. CPR: [[090603-4217]]

Mvh Kacper
""")

M("he", """
Til borgerrådgiveren

Jeg har fået afslag på førtidspension trods min sklerose. Jeg vil klage.
Navn: Annette Falk
Personnr.: [[2202881765]]
Sagsnr. 24-3317

Venlig hilsen
Annette
""")

M("e", """
hej. min mor [[150536-0412]] skal have hjemmehjælp, hun kan ikke længere gå på trapper. kan i ringe til mig 28 74 11 90, Gitte
""")

M("h", """
Hej

Vedr. min far Arne Kjeldsen, f. [[170928-2204]]. Han bliver udskrevet fra Glostrup i morgen efter en lungebetændelse og skal have hjemmesygepleje. Hvem koordinerer?

Mvh
Birgit Kjeldsen
""")

M("te", """
Hej

Vores datter [[040716-5021]] går i børnehave. Vi er nyankomne fra Ukraine og har ingen indtægt endnu. Kan vi få økonomisk friplads?

Mvh Iryna
""")

M("", """
Hej – kan I ændre min adresse? Jeg er flyttet til Ishøj Søpark 14, 1. th. Cpr-nummer: [[260193–2145]]. Tak!
""")

M("u", """
Hej

Vedhæftet er min ansøgning om tjenestefri til TR-kursus i 3F.
Med venlig hilsen
Kurt Jakobsen
[[080877 1396]]
Pladsmand, Teknisk Service
""")

M("h", """
Min kone har fået konstateret lungekræft. Hun skal have hjælpemidler hurtigt.
Hende: [[291168-0718]]
Ring venligst til mig, Ole, på 41 22 09 87
""")

M("e", """
Til Dagtilbud

Jeg er alene med vores søn efter skilsmissen og søger søskendetilskud og friplads. Hans cpr [[130409 9032]], mit [[200562-1138]].

Mvh Jens Bøgh
""".replace("130409 9032", "130409\u00a09032"))

M("", """
Hej

Jeg skal bruge en bopælsattest til min bank. CPR [[031075-2560]]. Kan den sendes til e-Boks?

Mvh Sanne
""")

M("b", """
Hej, jeg er Jehovas Vidne og ønsker at fravælge mig som stemmetilforordnet ved valget af religiøse grunde. Jeg er blevet udpeget. Cpr [[250797 3312]]. Mvh Rakel
""")

M("e", """
Hej Jobcentret

Jeg er ledig og skal på kursus. Husk at mit personnummer er [[1606941129]], jeg blev forvekslet med en anden sidst.

Mvh Mathias
""")

M("h", """
> ----- Oprindelig meddelelse -----
> Fra: Ida Vestergaard
> Emne: Fodterapi
> Jeg har diabetiske fødder og har fået henvisning til fodterapeut. Mit cpr
> er [[270351-1004]].

Hej igen, jeg har stadig ikke hørt fra jer. Mvh Ida
""")

M("t", """
Hej

Vi har adopteret vores søn fra Sydkorea, og hans danske personnummer [[100218-4460]] står stadig med koreansk navn i skolens system. Kan det rettes?

Mvh Rikke og Hans
""")

M("eh", """
Hej

Jeg har været sygemeldt med en diskusprolaps siden april og får sygedagpenge. Opfølgningsskema er vedhæftet.

Venlig hilsen
Sabrina Lund
Cpr.nr. [[061283-2871]]
""")

M("", """
hej, jeg skal ha nyt pas, hvad koster det? [[140661–1559]] er mit personnr hvis i skal bruge det. vh Jytte
""")

M("se", """
Hej, Birgit Holm her, [[220944-2318]]. Min kone Else og jeg ønsker at flytte sammen i en ældrebolig. Kan vi skrives op sammen?
""")

M("p", """
Kære Plan og Byg

Vi har solgt vores hus betinget af lovliggørelse af udestuen. Ansøger: Morten Gram, [[181186-3009]].
Sagen haster – køberens forbehold udløber om 10 dage.

Mvh
Morten
""")

M("u", """
Hej Personaleafdelingen

Jeg ønsker at skifte fra HK til Krifa. Kan I sørge for at det rigtige kontingent bliver trukket? Medarbejder nr. 4471, CPR [[050399-1234]].

Mvh Line
""")

M("e", """
Hej

Jeg søger om nødhjælp til mad, jeg har 0 kr. til resten af måneden.
Simon Bech [[290284-1177]]
""")

M("h", """
Hej Tandplejen

Min datter Emilie ([[120300-4221]]) har fået ødelagt en fortand i skolen og har meget ondt. Kan hun få akut tid?

Mvh
Dorte
""")

M("b", """
Til valgsekretariatet

Jeg er opstillet for Dansk Folkeparti og skal indlevere min kandidatliste med underskrifter. Kandidat: Kim Holst, cpr [[030265-1457]].

Mvh Kim
""")

# --- CPR-like negatives ---
M("", """
Hej

Jeg har modtaget en faktura fra kommunen, fakturanr. 1203241456, på 2.350 kr. for rottebekæmpelse. Jeg har ikke bestilt noget. Kan I forklare?

Mvh Torben
""")

M("", """
Hej, min ordre 0701851234 på en ny affaldsbeholder er ikke leveret. Det var bestilt den 7. januar.
""")

M("", """
Hej

Vedr. kundenummer 1506 902233 hos Ishøj Forsyning – måleren viser et forbrug, der ikke kan passe.

Mvh
Kirsten
""")

M("", """
Til Plan og Byg

Jeg rykker for sag nr. 241122-0043 om byggetilladelse til carport.

Mvh Jens Olesen
""")

M("", """
Hej, vandmåler nr. 3009871145 er udskiftet den 30.09.2024 – skal jeg selv indberette den nye målerstand?
""")

M("", """
Hej, ring venligst på 43 57 75 00 eller 2231 0588. Jeg er hjemme efter kl. 16. Mvh Lis
""")

M("", """
Hej

Jeg har betalt parkeringsafgiften til konto reg. 2235 kontonr. 0712853344, men den står stadig som ubetalt.

Mvh Anders
""")

M("", """
Hej, mødet er flyttet fra 14.03.2025 til 21.03.2025 kl. 10–12. Mvh Udvalgssekretariatet, Børn og Skole
""")

M("", """
Hej

Bilag nr. 300125-0042 mangler i vores regnskab for foreningstilskud. Kan I sende det igen?

Mvh Kasserer, Ishøj Bueskytter
""")

M("", """
Hej, journalnr. 27.12.06-P20-1-24 – hvornår kan jeg forvente svar på min aktindsigt?
""")

M("", """
Hej

Vores CVR-nummer er 31245678 og EAN 5798000123456. Kan fakturaen sendes elektronisk?

Mvh
Ishøj Tømrer ApS
""")

M("", """
Hej, jeg har fået en bøde med nr. 2811 9345 67 for at parkere ved Ishøj Strand. Hvordan klager jeg?
""")

M("", """
Hej, hvad skal jeg bruge for at få mit cpr-nummer ændret efter kønsskifte? Er det kommunen eller Folkeregistret? (spørger for en bekendt, vil bare kende proceduren)
""")

M("", """
Hej, hvorfor skal man oplyse CPR-nummer for at melde sig til svømmeholdet? Det synes jeg er unødvendigt.
""")

M("", """
Hej

Licensnr. 1408 8321 11 på vores fiskeplads ved Ishøj Havn udløber snart. Hvordan fornyes den?

Mvh Lystfiskerforeningen
""")

M("", """
Hej, ordrebekræftelse 2306-2024-118 for leje af Kulturhusets sal den 23.06.2024. Vi er 60 personer.
""")
