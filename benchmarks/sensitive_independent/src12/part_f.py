"""Part F: invoices, fees, debt to the municipality, business matters, Borgerservice - CPR-heavy."""
from common import M

M("", """
Hej

Vi har modtaget faktura nr. 1203261456 fra Ishøj Kommune for leje af Ishøj Idrætscenter, men beløbet er forkert. Vi lejede kun 3 timer, ikke 5. EAN 5798000123456.

Mvh Ishøj Håndboldklub, kasserer
""")

M("", """
Hej

Kundenummer 0701851234. Jeg har betalt for sent og fået et gebyr på 100 kr. Kan det frafaldes første gang?

Mvh Bo
""")

M("e", """
Hej Borgerservice

Jeg har en gæld til kommunen på ca. 38.000 kr. fra tilbagebetaling af kontanthjælp. Jeg vil gerne lave en afdragsordning på 500 kr. om måneden. Mit cpr er [[170692-2871]].

Mvh Patrick Holm
""")

M("", """
Hej

Hvad koster et nyt pas og hvor lang tid tager det? Jeg skal rejse i april.
""")

M("", """
Hej

Vi har en faktura fra jer, bilag nr. 300125-0042, som vi ikke kan finde ordren til. Kan I sende dokumentation? CVR 38291746.

Venlig hilsen
Bogholderiet, Ishøj VVS ApS
""")

M("h", """
Hej

Jeg skal have fornyet mit kørekort men jeg har sukkersyge og skal have en lægeerklæring. Kan jeg bestille tid i Borgerservice før jeg har erklæringen?

cpr [[2011551043]]

Mvh Jørgen Hansen
""")

M("e", """
Hej

Jeg har fået et brev om at jeg skal betale 12.400 kr. tilbage i boligstøtte fordi min indkomst var højere end oplyst. Jeg forstår ikke beregningen. Jeg fik et job i november.

Mvh Stine Eriksen, [[040195-2734]]
""")

M("", """
Hej

Hvad er kommunens betalingsfrist på fakturaer fra leverandører? Vi har ventet 45 dage. Faktura 20250887.

Mvh Svend, Ishøj Maler
""")

M("eh", """
Til Ydelsesafdelingen

Jeg vil søge enkeltydelse til ny seng. Min gamle er ødelagt, og jeg har dårlig ryg efter en trafikulykke og kan ikke sove på sofaen. Jeg er på ressourceforløbsydelse.

Mvh
Ayse Yilmaz
[[230984-1852]]
""")

M("", """
Hej

Kan kommunen hjælpe små virksomheder med at finde lærlinge? Vi er et lille tømrerfirma i Ishøj og vil gerne tage en lærling.

Mvh Claus, Claus Tømrer ApS
""")

M("e", """
Hej

Min virksomhed er gået konkurs og jeg har personlig gæld på over 600.000 kr. Jeg er nu arbejdsløs og skal søge kontanthjælp. Hvor starter jeg?

Mvh Michael Brun
""")

M("", """
Hej

Vi er et rengøringsfirma der gerne vil byde på kommunens udbud. Hvornår kommer næste udbud, og er der krav om kædeansvar?

Mvh
CleanPro ApS
""")

M("", """
Hej

En af vores leverandører har en gæld til SKAT på 2 mio. og kan ikke levere. Kan vi stadig få tilskuddet fra kommunen til energiprojektet? Vi er en virksomhed i Ishøj.

Mvh Erhvervsenheden, Ishøj Plast A/S
""")

M("ht", """
Hej Borgerservice

Jeg er flygtning fra Syrien og har fået opholdstilladelse. Jeg vil have sundhedskort, men jeg er syg med sukkersyge og skal have medicin hurtigt. Min cpr er [[010178 2913]].

Tak
Mahmoud Alhasan
""")

M("", """
Hej

Hvor meget koster det at få en kopi af sit sundhedskort?
""")

M("", """
Hej

Mit ordrenr. 1508931274 for storskraldsafhentning er ikke blevet udført. Kan I tjekke?
""")

M("e", """
Hej

Jeg har fået afslag på hjælp til indskud til ny bolig. Jeg er hjemløs og har sovet på herberg i to måneder. Jeg vil gerne klage.

cpr [[121168-3409]]

Mvh
Torben Kjær
""")

M("", """
Hej

Jeg vil gerne høre om kommunen udbetaler tilskud til erhvervsdrivende til at ansætte ledige. Hvad er satserne?
""")

M("bt", """
Hej

Jeg er fra Iran og har konverteret til kristendommen, og derfor kan jeg ikke tage tilbage. Jeg skal have lavet et nyt pas fra Danmark (fremmedpas). Kan Borgerservice hjælpe med ansøgningen?

cpr: [[060790-3157]]

Mvh Reza Ahmadi
""")

M("", """
Hej

Jeg vil gerne bestille navneændring for min søn. Hvad koster det?
""")

M("s", """
Hej Borgerservice

Jeg skal giftes med min kæreste Lars (jeg hedder Martin) på Ishøj Rådhus. Kan vi booke en dato i juni? Mit cpr er [[140390–1117]].

Mvh Martin Lind
""")

M("", """
Hej

Hvad kræves for at blive gift på Ishøj Rådhus som udenlandsk statsborger?
""")

M("ue", """
Hej

Jeg har fået en regning på 1.200 kr. for ekstra SFO-pasning på en dag, hvor min arbejdsplads var i konflikt og vi var lockoutet. Jeg er medlem af BUPL og vi fik ikke løn. Kan regningen nedsættes?

cpr [[051182-2564]]

Mvh Tina Berg
""")

M("", """
Hej

Kan I oplyse, hvad tilbagebetalingsprocenten for kommunale lån til ejendomsskat er i år?
""")

M("p", """
Hej

Jeg er ved at sælge min virksomhed og dens erhvervsgrund på Industribuen 7. Køber vil have bekræftet at der ikke er miljøpåbud. Handlen er ikke underskrevet endnu. Kan I udstede en bekræftelse?

Mvh
Jens Skovgaard
""")

M("he", """
Hej

Jeg har fået en regning på 3.400 kr. for hjælpemidler (badestol og toiletforhøjer). Jeg troede det var gratis. Jeg har haft et slagtilfælde og er på folkepension.

Mvh Gunnar Holm, [[180941-1209]]
""")

M("", """
Hej

Jeg forstår ikke jeres nye takst for hjemmehjælp. Er den steget? Hvad er prisen pr. time for ikke-visiterede ydelser?
""")

M("", """
Hej

Hvordan melder man flytning for en virksomhed? Vores CVR-nr. er 12345674.
""")

M("e", """
Hej

Jeg skal bruge en udskrift af min gæld til kommunen til skifteretten, da jeg er ved at blive skilt. cpr [[290486-1733]].

Mvh Sabrina
""")

M("ue", """
Hej Jobcentret

Jeg er ledig og medlem af FOA's a-kasse. De siger I ikke har godkendt mit CV. Kan I se på det? cpr [[150578-2290]]

Mvh Lise
""")

M("", """
Hej

Jeg er medlem af ASE a-kasse og skal til samtale. Hvor foregår det?
""")

M("", """
Hej

Jeg er ikke medlem af nogen a-kasse. Kan jeg få hjælp fra kommunen?
""")

M("e", """
Hej Ydelsescenter

Vi er en familie på fem og min mand er i fængsel. Jeg er alene og på kontanthjælp. Kan jeg søge om hjælp til børnenes vinterjakker?

cpr [[100888 2448]]

Mvh Yasmin
""")

M("", """
Hej

Kan I fortælle hvad en kontanthjælpsmodtager maks kan få om måneden i 2026? Til en artikel.

Mvh Kristian, Politiken
""")

M("p", """
Hej

Jeg ejer en andelslejlighed i A/B Ishøjgården og har en køber som vil overtage den. Bestyrelsen venter på en erklæring fra kommunen om altanen. Køber har sagt at han trækker sig om to uger hvis ikke.

cpr [[090963-1485]]

Mvh Bente Mogensen
""")

M("", """
Hej

Er der tilskud til flytning, hvis man har fået job langt væk? Jeg er ikke på ydelse, jeg spørger bare.
""")
