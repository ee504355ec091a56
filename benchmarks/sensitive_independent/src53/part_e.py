"""corpus53 part E: CPR numbers in every format, and numbers that only look like them."""
from common import M

M("e", """Til Ydelsesservice

Jeg har fået afslag på hjælp til depositum. Jeg vil klage. Min sag har nr. 0302251187 i jeres brev (det er ikke mit cpr, det står øverst som "Sagsnr.").

Mvh
Rikke Andersen""")

M("he", """Hej

Jeg skal have en ny kørestol, den gamle er gået i stykker. Jeg har sclerose. Mit cpr: [[120763-1185]]. Kan nogen ringe mig op på 21 65 90 12?

Henny Kristoffersen""")

M("", """Til Center for Borger, Økonomi og IT

Vores forening har fået en faktura uden EAN-nummer. Vi skal bruge EAN 5798000559011 og vores CVR er 29188347. Fakturanummeret er 1510240083. Kan den genudstedes?

Venlig hilsen
Kasserer, Ishøj Sejlklub""")

M("", """Hej Ishøj Kommune

Jeg er ansat hos jer som pædagog og har fået forkert løn i marts. Mit medarbejdernummer er 0104851123 og lønnummeret 2311760048. HR har ikke svaret, så jeg prøver her.

Mvh
Sofie, Børnehuset Regnbuen""")

M("u", """Til Center for Voksne og Velfærd, HR

Jeg er medlem af FOA (medlemsnr. 1509882231) og har bedt om at min TR deltager i mødet om min vagtplan. Er det i orden?

Hilsen
Tina Holm, social- og sundhedshjælper""")

M("eh", """Til Jobcenter Ishøj

jeg kan ikke komme til samtalen d 14 fordi jeg skal til tandlæge. kan den flyttes. mit personnummer er [[0305912748]]

mvh Ali""")

M("t", """Hej

I bad om mit fødselsnummer for at finde min sag om parkeringslicens. Jeg kalder det fødselsnummer fordi jeg er fra Norge, men det er mitt danske: [[221148 3307]]

Hilsen
Kari Nordby""")

M("", """Hej

Jeg har en forsikringssag efter at min søns knallert væltede ind i en af jeres containere på genbrugspladsen. Policenr. 1207931450, skadesnr. 2404250017. Forsikringsselskabet vil have jeres kontaktperson.

Mvh
Lone""")

M("h", """Til Sundhedsplejen

Min datter Aya er født 7. maj 2002... nej undskyld, det er mig der er født da. Jeg er 22 og gravid i 30. uge og har brug for en sundhedsplejerske til efter fødslen. CPR [[070502–4419]].

Yasmin""")

M("", """Til: Borger, Økonomi og IT

Målernummer på vores fjernvarme er 1106894320, og aflæsningen er 48.221 MWh. Vi fik ikke sendt den ind til tiden. Kundenummer 2812901045.

Familien Holst, Vejlebrovej 11""")

M("e", """Kære Center for Borger, Økonomi og IT

Jeg sender igen mit personal ID number, since your letter says it is missing: [[310887\u00a01623]]. I have applied for housing benefit (boligstøtte) in February and no answer yet.

Kind regards
Marta Nowak""")

M("", """Hej

Vi skal indberette vores p-nummer for den nye afdeling i Ishøj. P-nr. 1003456789. Skal det også sendes til jobcentret når vi tager folk i praktik?

Mvh HR, Køge Bugt Logistik""")

M("", """Kære borgerservice

Jeg har bestilt tid til nyt pas den 3. juni, men kan ikke komme. Kan I flytte den? Ordrenr. på bookingen er 2502250931.

Mvh
Peter Lassen
cpr [[290276-0934]]""")

M("he", """Til Center for Voksne og Velfærd

Min far Svend Aage Poulsen ([[150354-2218]]) er lige blevet udskrevet fra Glostrup efter et slagtilfælde og skal have genoptræning og hjemmepleje. Hans adresse er Ishøj Landevej 88. Jeg er hans søn og har fuldmagt. Mit eget cpr er [[090981-1473]] hvis I skal bruge det til fuldmagten.

Med venlig hilsen
Jesper Poulsen""")

M("", """Hej. Jeg er født 12.03.1985 og vil gerne vide om jeg er gammel nok til at stille op til ældrerådet. Vist ikke? :) mvh Jan""")

M("", """Til borgerservice

Jeg har fået et brev med et cpr-nummer der ender på -XXXX, altså 140685-XXXX. Det er vel mit? Hvorfor står det sådan? Jeg er bare nysgerrig.

Mvh Trine""")

M("ue", """Kære Center for Beskæftigelse og Erhverv

Jeg er ledig og medlem af Det Faglige Hus. De beder mig sende jer min CV og mit personnummer, så her er det: [[180699-4031]]. Jeg har CV'et vedhæftet som PDF.

Mvh
Nicklas Brandt""")

M("", """Hej

Jeg har betalt for skolefritidsordning, men beløbet er trukket to gange. Reg.nr. 1551 kontonr. 0701885533. Kan I tilbagebetale?

Hilsen
Mette Falk""")

M("e", """Til Ishøj Kommune, familieafdelingen

Vedr. min søn Noah, cpr [[240817-9264]]: Jeg har søgt om aflastning, fordi jeg er alene med ham og hans storebror og ikke kan mere. Sagsnr. 27.12.04-G01-112-24.

Med venlig hilsen
Louise Frederiksen""")

M("", """hej borgerservice, jeg skal bruge et nyt sygesikringskort, har mistet mit. nummeret på det gamle kort var mit cpr [[011010-5092]], det er min søns, han er 14, han har også mistet sit. kan vi bestille begge? mit eget kommer i næste mail

Hanna""")

M("", """Til Ishøj Kommune

Jeg er medlem af Ishøj Golfklub, medlemsnummer 2206781044, og vi vil gerne have tilladelse til at holde en turnering med parkering på kommunens areal. Hvem skal søge?

Mvh Frank""")

M("ht", """Dear Sir/Madam

I am an Indian national working at Novo in Bagsværd and living in Ishøj. I recently had surgery for a slipped disc and need a Danish GP. My civil registration number (CPR) is [[140489-2617]] and my wife's is [[020791-2058]]. Could you please help us register with a doctor near Ishøj Station?

Best regards
Rajesh Iyer""")

M("", """Hej

I jeres brev står journalnr. 2010240056 og dato 21.10.2024. Jeg kan ikke finde brevet i Digital Post igen. Kan I sende det en gang til? Det handler om vores ansøgning om vejskilt til foreningen.

Mvh
Grundejerforeningen Strandparken""")

M("e", """Hej jobcenter

Jeg er blevet indkaldt til møde om min ressourceforløb. Min adresse er ændret.
Ny adresse: Ishøj Strandvej 104, st. tv.
Borger-ID (det er bare mit cpr, jeres system kalder det borger-ID): [[2711843392]]

Ahmed Hassan""")

M("", """Kære Ishøj Kommune

Hvorfor bliver der spurgt om cpr-nummer når man tilmelder sig biblioteket? Det synes jeg er for meget. Burde det ikke være nok med en mailadresse?

Hilsen
Lise""")

M("h", """Til Sundhedshuset

Jeg har været til blodprøve for min diabetes og fik at vide at svaret sendes til kommunens diætist. Kan I bekræfte at det er modtaget? Personnr: [[160362 1174]].

Venlig hilsen
Bente Juul""")

M("", """Til: hovedpostkassen
Emne: Fejl i nummer

Hej. I jeres brev om affald står der "kundenr. 0106601131" men på vores tidligere regning står der 0106601113. Hvilken er rigtig?

Mvh
Ib Kristensen""")

M("b", """Kære Kultur og Fritid

Jeg skal bruge en bekræftelse til min menighed (Ishøj Baptistkirke) på at jeg har lejet salen til vores bønnemøde den 4. maj. Jeg er selv medlem og diakon. Kontaktperson: Samuel Osei, cpr [[030570-2845]].

Tak
Samuel""")

M("", """Hej Borgerservice

Jeg har et gammelt sygesikringsbevis fra 1980'erne hvor der står et nummer 0712801234 på bagsiden. Det er vist et kortnummer og ikke mit cpr. Skal det destrueres, eller vil museet have det?

Mvh Karen""")

M("e", """Til Center for Borger, Økonomi og IT

Jeg modtager førtidspension og har fået brev om et tilbagebetalingskrav. Kravet har nr. 1108231187 i jeres system. Jeg vil gerne have en afdragsordning.

Venlig hilsen
Erling Storm""")

M("s", """Hej

Vi skal have registreret vores nye datter. Min kone Sara og jeg (Mathilde) er begge mødre til hende, og jordemoderen sagde at vi skulle kontakte kommunen om medmoderskab. Sara's cpr: [[130493–1856]], mit: [[050795–2279]].

Mathilde""")

M("", """Til Ishøj Kommune

Jeg har fået en p-afgift ved Ishøj Station. Afgiftsnummer 0909231608. Jeg holdt i 5 minutter for at hente min mor. Kan den annulleres?

Mvh
Brian""")

M("eh", """Til Center for Voksne og Velfærd

Jeg søger om madservice, fordi jeg efter min hjerteoperation ikke kan stå ved komfuret. Jeg er 79.

Gudrun Vestergaard
Ishøj Landsby 12
[[230845-1668]]""")

M("t", """Kære Ishøj Kommune

I have a question about parking permits for residents of Ishøj Strand. I'm British and moved here in March. My Danish social security number, which you call the CPR, is [[111285\u00a01439]]. Do I need a permit for my second car?

Kind regards
James Whitfield""")

M("", """Hej

Vi har fået en regning fra Ishøj Forsyning med fakturanr. 3112240099. Forfaldsdato 31.12.2024. Vi har betalt 02.01.2025 og fået rykkergebyr. Er det rimeligt med to dages forsinkelse?

Mvh Kurt""")

M("e", """Til Jobcenter Ishøj

Jeg er sygemeldt.. nej jeg er ledig, undskyld. Jeg er ledig og har ikke fået svar på min ansøgning om kontanthjælp. Det er 4 uger siden. Mit nr. i jeres brev er mit cpr: [[200201-4523]].

Mvh
Zakaria""")

M("", """Til HR, Ishøj Kommune

Jeg er tidligere ansat og skal bruge en udtalelse. Mit gamle lønnummer var 1505800312 og jeg var ansat på Vibeholmskolen 2010–2018. Kan I finde min personalemappe?

Venlig hilsen
Helle Bruun""")

M("p", """Til Center for Byudvikling og Natur

Vi er to ejere af Strandagervej 33 og har fået et bud på huset. Mægleren har brug for en erklæring fra jer om kloakforhold inden vi accepterer. Ejere: Finn Brix [[081259-1907]] og Lise Brix [[150961-1136]].

Tlf. 26 14 33 80""")

M("", """Hej

Jeg skal bruge et bevis for min medlemskab af Ishøj Tennisklub til min arbejdsgivers sundhedsordning. Mit medlemsnummer er 0503931265. Er det jer eller klubben?

Mvh Anne""")

M("", """Hej borgerservice

Mit sundhedskort er knækket. Nummeret på kortet (det gule kort) er [[250667-3052]]. Jeg bor Ishøj Parkvej 14. Kan I sende et nyt?

Hilsen
Bjørn""")

M("", """Til hovedpostkassen

Vi har fået tildelt journalnr. 1402250044 og j.nr. 14.02.25.0044 i to forskellige breve om vores byggeansøgning. Er det den samme sag? Vi søger om en ny carport på Kirkebjerg Allé.

Mvh Palle""")
