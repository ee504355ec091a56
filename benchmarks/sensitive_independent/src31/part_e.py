"""Part E: CPR numbers in many places, mostly together with the emphasis categories,
plus look-alike numbers in negatives."""
from common import M

M("tu", """
Hej

Jeg skal have et nyt sundhedskort, mit er blevet stjålet. CPR [[140387-2215]].

Jeg er født i Nuuk og flyttede hertil i 2010, hvis det har betydning for adressen i systemet. Jeg arbejder i Ishøj Havn og er med i 3F.

Aputsiaq Petersen
""")

M("h", """
cpr: [[0903521187]]
Jeg har fået brev om at min kørselsordning til dialyse ophører. Det må være en fejl, jeg skal stadig i dialyse 3 gange om ugen på Herlev.
Poul Henning Krag
""")

M("", """
Hej

Jeg har betalt faktura nr. 1903524471 for renovation to gange. Kan I tilbagebetale det ene beløb til min konto 2191 8734561209?

Venlig hilsen
Frank Olesen
""")

M("es", """
Til Ydelsescenteret

Jeg søger om enkeltydelse til depositum på en ny lejlighed. Min mand Anders og jeg er gået fra hinanden, og jeg er flyttet ud. Mit personnummer er [[210579 1835]].

Mvh
Kristoffer Due
""")

M("", """
Hej

Vores kundenummer hos jer er 2508761143. Vi har ikke modtaget regning for ejendomsskat i år. Kan I sende den igen?

Mvh
Familien Vang, Bækgårdsvej 18
""")

M("th", """
Hej

Min datter Zeynep (cpr [[020611–4132]]) skal starte i 0. klasse. Hun er født i Danmark men vi taler kun kurdisk derhjemme, så hun skal nok have sprogstøtte. Hun har også astma og skal have inhalator med.

Venlig hilsen
Berivan Aslan
""")

M("su", """
Til Lønkontoret

Jeg skal have ændret min nærmeste pårørende i personalesystemet til min mand, Søren Thrane. Vi blev gift i lørdags. Mit cpr-nr. er [[171188-1427]]. Jeg er ansat i Vej og Park, og min TR (3F) sagde jeg skulle skrive til jer.

Mvh
Martin Ølgaard
""")

M("", """
Hej

P-nummer 1017263548 står forkert i jeres leverandørregister. Det rigtige er 1017263584. Kan I rette det?

Mvh
Bogholderiet, Ishøj Tømrer ApS
""")

M("eh", """
Hej

Jeg er på sygedagpenge pga. en blodprop i hjertet, og jeg har fået et brev om at jeg skal betale 14.300 kr tilbage. Det forstår jeg ikke. CPR [[060465-0919]]

Kim Vestergaard
""")

M("t", """
Kære Borgerservice

Jeg har fået en navneændring godkendt, så mit efternavn nu er Ahmadzai igen (min fars afghanske slægtsnavn, som min mor tog fra mig som barn). Kan I opdatere folkeregisteret? Personnr. [[2912941653]].

Med venlig hilsen
Laila Ahmadzai
""")

M("", """
Hej

Bilag nr. 031024-0187 mangler i jeres afregning for oktober. Kan I tjekke?

Med venlig hilsen
Rengøringsfirmaet Blank ApS
""")

M("hs", """
Hej

Min kone Trine Dam (cpr [[121275\u00a01294]]) er indlagt på Rigshospitalet efter en hjerneblødning. Jeg skal bruge en blanket, så jeg kan tage mig af hendes post og sager, mens hun er syg.

Med venlig hilsen
Lotte Dam
""")

M("ue", """
Til Jobcentret

Jeg er blevet ledig efter lukningen af Ishøj Glas. Jeg har meldt mig i Dansk Metals a-kasse. Mit cpr er [[030772-1119]]. Hvornår skal jeg til første samtale?

Mvh Lars Bo Hald
""")

M("", """
Hej

Licensnummer 060580-2231 på vores skoleprogram er udløbet. Hvem i IT-afdelingen skal vi kontakte?

Mvh Pædagogisk IT, Gildbroskolen
""")

M("th", """
Hej sundhedsplejerske

Vi har fået vores søn Yusuf den 4. marts ([[040325-5019]]). Jeg er stadig meget svag efter kejsersnittet. Min mand er fra Syrien og taler lidt dansk, men jeg vil gerne have at I ringer til mig.

Hiba
""")

M("e", """
Hej, jeg har fået en rykker på min huslejerestance fra boligselskabet og de truer med udsættelse. Jeg har søgt boligstøtte men har ikke hørt noget. CPR [[250899-3366]]. hilsen Mads Lund
""")

M("", """
Hej

Ordrenummer 2501993366 – vi har ikke modtaget de bestilte skraldespande. Hvornår kommer de?

Mvh Mads fra Ishøj Strand Camping
""")

M("bt", """
Kære Ishøj Kirkegård

Min far, Mehmet Öztürk ([[010140-0535]]), døde i går. Han var muslim og af tyrkisk oprindelse, og vi vil gerne have ham begravet på den muslimske afdeling. Er der plads, og hvem skal vi tale med?

Med venlig hilsen
Selim Öztürk
""")

M("", """
Hej

Har Ishøj Kirkegård en muslimsk afdeling, og hvordan foregår det praktisk, hvis man ønsker at blive begravet der? Spørger på vegne af vores forening.

Mvh
Dansk-Tyrkisk Kulturforening Ishøj
""")

M("p", """
Hej

Vi er ved at sælge vores rækkehus på Lindelundsvej 31 og køberen vil gerne vide, om der er nogen planer om ny lokalplan for området. Handlen er betinget af svaret. Sælger: Jørn Hald, cpr [[180354 2201]].

Mvh
Jørn
""")

M("", """
Hej

Jeg har betalt 4.250 kr til kontonummer 1551-0711851234 som I oplyste. Kan I bekræfte at beløbet er modtaget?

Venlig hilsen
Kirsten
""")

M("she", """
Til Center for Voksne og Velfærd

Ansøgning om ledsageordning

Jeg søger om ledsageordning til min mand Per Holm, [[2206601811]], som er sclerosepatient og sidder i kørestol. Han kan ikke længere tage bussen alene. Vi er to mænd, der bor sammen på Ishøj Boulevard 44, og jeg arbejder fuld tid.

Med venlig hilsen
Claus Holm
""")

M("u", """
Hej, vedhæftet min lønseddel for oktober. Jeg kan se at der er trukket kontingent til BUPL to gange.
Medarbejdernr. 22051, cpr [[090984–2140]].
Mvh Pernille
""")

M("e", """
Til Ishøj Kommune

Jeg har modtaget et brev om, at min ret til friplads ophører, fordi min indkomst er steget. Men jeg er lige blevet fyret fra mit job pr. 1. december. Skal jeg søge forfra? Min søns cpr er [[110418-4921]], mit eget [[300391-1254]].

Med venlig hilsen
Julie Winther
""")

M("", """
Hej

Hvad er indkomstgrænsen for økonomisk friplads i 2026? Jeg kan ikke finde den på jeres hjemmeside.

Mvh Anette
""")

M("th", """
Hej

Jeg er grønlænder og er lige flyttet til Ishøj fra Ilulissat, og jeg skal have en læge. Jeg har type 2-diabetes og skal have fornyet min insulin inden for 2 uger. Personnummer: [[1505781042]]

Ivalu Heilmann
""")

M("", """
Hej

Journalnummer 15.05.78-P20-1042 – jeg har ikke hørt noget om min byggesag siden august. Hvornår kan jeg forvente svar?

Mvh Erik Thorsen
""")

M("b", """
Hej

Jeg er Jehovas Vidne og ønsker ikke at min søn deltager i fødselsdagsfejringer i SFO'en. Hans cpr er [[080716-4413]]. Jeg vil gerne have det noteret.

Mvh
Rebekka Mikkelsen
""")

M("e", """
Til Ydelsescenteret

Jeg har fået afslag på hjælp til tandbehandling. Jeg er på kontanthjælp og har ikke råd til at betale 8.000 kr. selv. Jeg vil gerne klage.

[[050595-2736]]
Sara Mahmoud
""")

M("h", """
Hej

Jeg var ude for en cykelulykke på Ishøj Strandvej i sidste uge, hvor en kantsten var løs. Jeg brækkede håndleddet. Hvor anmelder jeg det? cpr [[231163 1457]].

Mvh
Vibeke Kjær
""")

M("", """
Hej, kantstenen ved Ishøj Strandvej 80 er løs, og der har været flere cykelulykker der. Kan I reparere den? Mvh Vibeke (nabo)
""")

M("se", """
Kære borgerrådgiver

Min kone, Mette Jønsson, og jeg er ved at blive skilt, og hun har flyttet vores datter til sin nye kæreste i Hvidovre uden at spørge mig. Jeg har fået afslag på samvær gennem Familieretshuset. Vi er et lesbisk par, og sagsbehandleren kalder hele tiden Mette for "far". Cpr på mig: [[190682-1938]].

Jeg vil klage over den måde, sagen er håndteret på.

Mvh
Hanne Jønsson
""")

M("", """
Hej

Kundenr. 7009 2210 48, elmåler 571313100003378921. Måleren på vores fælleshus viser forkert. Hvem skal vi kontakte?

Mvh Grundejerforeningen Tranegilde
""")

M("tb", """
Til Center for Børn og Forebyggelse

Vi vil gerne melde vores datter Esther ([[280917-4460]]) ind i Børnehuset Mariehønen. Vi er en jødisk familie og holder sabbat, så hun kan ikke hentes sent om fredagen i vinterhalvåret. Kan I tage højde for det?

Venlig hilsen
Daniel og Naomi Levin
""")

M("h", """
Hej

Jeg skal bruge en attest til kørekortfornyelse. Jeg har epilepsi og har været anfaldsfri i 3 år. Hvad skal jeg indsende til jer?

CPR [[040258-1619]]
Leif Berthelsen
""")

M("", """
Hej

Hvornår er telefontiden i Borgerservice om kørekortfornyelse? Telefonnummer 43 57 70 00 svarer ikke.

Mvh Torben
""")

M("eu", """
Kære Jobcenter

Jeg har været ledig i 6 måneder og er medlem af FOA's a-kasse. De siger, at jeg skal i aktivering hos jer. Jeg vil gerne i virksomhedspraktik i en børnehave. CPR [[1103870418]].

Med venlig hilsen
Sanne Nørregaard
""")

M("", """
Hej

Hvilke virksomheder i Ishøj tager imod folk i virksomhedspraktik? Jeg driver en lille børnehave og overvejer at tage nogen.

Mvh
Jette, Privatbørnehaven Spirehuset
""")

M("st", """
Hej

Jeg skal giftes med min kæreste Ahmed i Ishøj Rådhus den 14. juni. Vi er to mænd, han er palæstinensisk og jeg er dansk. Vi skal bruge en tolk til arabisk ved vielsen for hans forældre. Hans cpr er [[011290-2237]], mit er [[161092-1575]].

Mvh
Jakob Sand
""")

M("", """
Hej

Kan man blive viet på Ishøj Rådhus om lørdagen? Og kan man have tolk med ved ceremonien? Vi har gæster fra udlandet.

Mvh
Simone og Jacob
""")

M("h", """
CPR [[270869-2018]]
Tid til genoptræning efter knæoperation – jeg har stadig ikke fået brev om start. Operationen var 2. oktober på Glostrup.
Mvh Lone Dalsgaard
""")

M("p", """
Hej

Jeg har givet et bud på andelsboligen i Tranehaven nr. 42, men sælgeren venter på jeres byggesagsafdeling om en tilbygning, der måske ikke er lovliggjort. Jeg venter i spænding. Mit cpr, hvis I skal bruge det: [[130694\u00a02288]].

Mvh
Louise Tang
""")
