"""Part E: Center for Voksne og Velfærd — visitation, hjemmepleje, plejebolig, handicap, hjælpemidler."""
from common import M

M("eh", """
Til Visitationen

Min far, Svend Aage Pedersen, har fået afslag på plejebolig, selvom han er faldet 3 gange på en måned og har Parkinsons. Han bor alene på 2. sal uden elevator. Vi er meget bekymrede og vil gerne klage over afgørelsen.

Mvh
Dorte Pedersen (datter, med fuldmagt)
""")

M("", """
Hej

Hvad koster det at bo på et plejecenter i Ishøj? Jeg er ved at forberede mig til når min mor engang skal, men vi er slet ikke der endnu.

Mvh
""")

M("ehbt", """
Kære Center for Voksne og Velfærd

Min mor har fået hjemmepleje morgen og aften efter sin hofteoperation. Hun er ortodoks jødisk og har spurgt om det kan være kvindelige hjælpere der hjælper hende i bad, og at de ikke tager madvarer med ind i hendes køkken. Sidste uge kom der en mandlig hjælper to gange. Kan det respekteres?

Med venlig hilsen
Ruth Adler-Hansen
""")

M("", """
Til Center for Voksne og Velfærd

Hvorfor er hjemmeplejens rengøring sat ned til hver tredje uge? Det er en politisk beslutning jeg er meget uenig i, og jeg håber byrådet tager den op igen.

Venlig hilsen
Ebba Thygesen
""")

M("eh", """
Hej

Jeg sidder i kørestol efter en rygmarvsskade og har søgt om BPA-ordning. Sagen har nu ligget hos jer i 7 måneder. Min sagsbehandler er gået på barsel og ingen har overtaget. Hvem kan jeg tale med?

Mvh
Kenneth Bruun
Cpr: [[040288–1451]]
""")

M("", """
Hej Voksne og Velfærd

Kan man låne en kørestol gennem kommunen hvis man skal på ferie og har en gæst der har brug for en? Eller skal det være via hospitalet? Bare et generelt spørgsmål.

Tak
""")

M("ehs", """
Til Visitationen

Min mand Erik er blevet meget dårlig med sin KOL og kan ikke længere komme op af sengen selv. Vi har fået 15 minutters hjælp om morgenen, men det er ikke nok. Jeg er selv 79 og har dårlig ryg. Kan vi få en ny vurdering?

Vi har boet sammen i 41 år og blev gift, da det blev lovligt i 2012.

Venlig hilsen
Gunnar Bech
""")

M("", """
Hej

Jeg er sygeplejerske i hjemmeplejen og har et spørgsmål til kvalitetsafdelingen om hvordan vi skal dokumentere afviste besøg i Nexus. Er der en ny instruks?

Mvh
Bodil, Hjemmeplejen Nord
""")

M("eh", """
Kære Voksne og Velfærd

Jeg er pårørende til min bror, der har en erhvervet hjerneskade og bor i bofællesskabet på Ishøj Boulevard. Han har fået ny bostøtte og den nye medarbejder kender ham ikke. Han er blevet meget urolig og har slået en anden beboer. Vi vil gerne have et møde om hans § 85-støtte.

Mvh
Malene Friis
""")

M("eh", """
Hej

jeg har fået afslag på en ny elkørestol. min gamle er 9 år og går i stå midt på fortovet. jeg har sclerose og kan ikke gå mere end 20 meter. jeg forstår ikke hvorfor det hedder at den er "funktionsdygtig" når den ikke kan køre op ad en kantsten

Birgitte Lund
""")

M("", """
Hej

Er der nogen aktiviteter for ældre i Ishøj om sommeren? Min nabo på 84 keder sig og jeg vil gerne give hende nogle tips.

Mvh Jytte
""")

M("ehb", """
Til Center for Voksne og Velfærd

Min far er døende på Plejecenter Ishøjgård og er muslim. Vi vil gerne have at en imam må komme og at vi kan være mange i familien på stuen de sidste dage. Personalet har sagt at der kun må være 2 ad gangen. Kan der gøres en undtagelse?

Med venlig hilsen
Hamid Nouri
""")

M("", """
Kære Center for Voksne og Velfærd

Hvordan foregår visitation til hjemmehjælp? Er det en sygeplejerske der kommer hjem, eller sker det telefonisk? Jeg er formand for pensionistforeningen og vil gerne orientere medlemmerne.

Med venlig hilsen
Karl Åge Madsen
""")

M("eh", """
Hej

Jeg er 34 og har haft en svær depression i flere år. Jeg har bostøtte 2 timer om ugen, men min bostøttemedarbejder har nu skiftet 4 gange på et år. Hver gang begynder vi forfra. Jeg har ikke overskud til at klage, men jeg vil gerne at nogen ved det.

Mvh
L.
""")

M("", """
Hej

Jeg vil gerne vide hvornår I åbner det nye aktivitetscenter på Vejlebrovej og om man skal tilmelde sig.

Venlig hilsen
""")

M("ehp", """
Kære Center for Voksne og Velfærd

Min mor, der har Alzheimers, har fået tilbudt plejebolig om 4 uger. Hendes lejlighed i andelsforeningen på Ishøj Strandvej skal sælges, og foreningen har en køber klar, men prisen er ikke forhandlet på plads. Hun har ikke råd til både at betale husleje i plejeboligen og boligafgift i andelen samtidig. Er der mulighed for at udskyde indflytningen?

Mvh
Søren Kamp
""")

M("", """
Til Visitationen

Jeg har set på jeres hjemmeside at man skal søge om madservice. Hvad koster et måltid i år, og kan man vælge kun at få mad om weekenden?

Mvh
""")

M("eht", """
Hej

Min mormor er fra Pakistan og taler kun urdu. Hun har fået hjemmehjælp efter et slagtilfælde, men ingen af hjælperne kan tale med hende, og hun forstår ikke hvad de siger. Hun er meget bange og vil ikke lade dem hjælpe hende. Kan der komme en hjælper der taler urdu eller punjabi, eller en tolk til de første besøg?

Med venlig hilsen
Aisha Malik
""")

M("", """
Hej

Jeg er stolt af kommunens nye demensvenlige byprojekt. Jeg har lige været til foredraget i Kulturhuset. Tak for det!

Mvh Grete
""")

M("ehu", """
Til Center for Voksne og Velfærd

Jeg er social- og sundhedshjælper og FOA-tillidsrepræsentant, men skriver som privatperson: Min egen mor får hjemmepleje fra jer, og hun er blevet liggende i en våd ble i 4 timer, fordi besøget blev flyttet uden at nogen sagde det til hende. Hun har inkontinens og begyndende demens. Jeg vil gerne have en forklaring.

Mvh
Tina Lykkegaard
""")

M("", """
Hej

Hvad er reglerne for ledsageordning? Jeg skal skrive om det til en eksamen på pædagoguddannelsen.

Vh Noah
""")

M("e", """
Kære Voksne og Velfærd

Jeg fik i dag brev om at min ledsageordning på 15 timer om måneden bliver sat ned til 8. Der står ingen begrundelse. Jeg bruger timerne til at komme til svømning og til at handle. Jeg ønsker at klage.

Venlig hilsen
Jesper Mølholm
""")

M("", """
Til Center for Voksne og Velfærd

Jeg er ansat i en privat leverandør af hjemmepleje. Kan I fortælle mig hvornår næste udbudsrunde er, og hvem der er kontaktperson?

Med venlig hilsen
Rikke Dam, Omsorgsgruppen ApS
""")

M("hs", """
Hej

Min kone Hanne fik en blodprop for 2 måneder siden og er nu hjemme igen. Vi har fået at vide at hun skal på genoptræning, men det er 3 uger siden og vi har intet hørt. Hun kan ikke bruge sin venstre arm. Vi er begge kvinder på 70, og jeg kan ikke løfte hende alene.

Med venlig hilsen
Lis Damgaard
""")

M("", """
Hej

Hvornår holder Ældrerådet næste møde, og er det åbent for offentligheden?

Vh Kurt
""")

M("eh", """
Til visitationen

Jeg er blevet opereret i begge knæ og kan ikke selv handle eller gøre rent de næste 3 måneder. Jeg bor alene og har ingen familie i nærheden. Jeg har fået at vide at jeg ikke kan få hjemmehjælp til indkøb fordi "det er midlertidigt". Kan det passe? Cpr [[300651-0414]]

Mvh
Birte Lassen
""")

M("", """
Til Center for Voksne og Velfærd

Jeg vil gerne søge om tilskud til vores forening for pårørende til demente. Vi mødes hver anden tirsdag i Sognegården. Hvilken pulje kan vi søge?

Mvh
""")

M("eb", """
Hej

Jeg har fået tilbudt en plads på et forsorgshjem i Ballerup efter at jeg blev smidt ud af min lejlighed. Men det drives af Kirkens Korshær, og jeg er ateist og har det ikke godt med at der er andagt om aftenen. Er der et andet sted jeg kan bo?

Mvh
Brian Stokholm
""")

M("", """
Hej

Vi er en gruppe borgere der gerne vil starte et cykelhold for mennesker med handicap. Har Voksne og Velfærd nogen kontakter vi kan bruge?

Vh Cykel-Ishøj
""")

M("eh", """
Kære sagsbehandler

Tak for mødet om min datter Line, som er 19 og har Downs syndrom. Vi vil gerne at hun flytter i et bofællesskab, men vi er bekymrede for ventelisten. Hun er meget klar til at flytte hjemmefra. Kan du skrive hvor langt hun er på listen?

Hilsen
Carsten og Pia Moos
""")

M("", """
Hej

Må man have hund på plejecentrene i Ishøj, hvis man flytter ind? Min morfar spørger ikke, men vi er bare nysgerrige.

Mvh
""")

M("ehu", """
Til Voksne og Velfærd

Jeg har fået arbejdsskade i ryggen efter 20 år som pædagog på et bosted, og har nu brug for hjælpemidler i hjemmet: et bade-taburet og forhøjede møbler. Min fagforening BUPL har sagt at jeg skal søge jer først. Jeg er på sygedagpenge.

Mvh
Lene Gormsen
""")

M("", """
Til Center for Voksne og Velfærd

Jeg vil gerne klage over at I har ændret ugedag for madudbringning uden varsel. Det er bare irriterende, for jeg skal så være hjemme om onsdagen i stedet. Kan I ikke sende besked næste gang?

Hilsen Inge
""")

M("h", """
Hej

Jeg skriver på vegne af min nabo, Tove i nr. 14, som ikke selv kan skrive. Hun er blevet meget glemsom, lægen har nævnt demens, og hun har ikke spist ordentligt i flere uger. Hun har ingen familie. Kan nogen fra kommunen komme og se til hende? Hun har ikke hjemmehjælp endnu.

Mvh
Irene Bach, Gildbrovej 12
""")

M("b", """
Til Center for Voksne og Velfærd

Jeg sidder i bestyrelsen for Venstre i Ishøj og ville egentlig tage det her op politisk, men vil først høre: hvor mange ansøgninger om plejebolig har I pt. på venteliste? Jeg vil gerne have tallet rigtigt inden næste borgermøde.

Med venlig hilsen
Lars Kjeldgaard
""")

M("", """
Hej

Hvor mange ansøgninger om plejebolig venter der på en afgørelse i Ishøj lige nu, og hvad er den gennemsnitlige ventetid? Jeg er bare interesseret borger.

Mvh
Preben
""")

M("eh", """
hej min kæreste har bipolar lidelse og er lige blevet udskrevet fra psykiatrisk. han har fået en støtte kontaktperson (SKP) men hun har ikke ringet i to uger. han har det ikke godt og jeg er bange for at han bliver indlagt igen

hilsen Mie
""")

M("", """
Hej Visitationen

Er det jer eller Borgerservice der udsteder handicapparkeringskort? Jeg kan ikke finde det på hjemmesiden.

Tak
""")

M("ehb", """
Kære Voksne og Velfærd

Jeg er vegetar af etiske og religiøse grunde – jeg er hindu – og har netop fået tilkendt madservice efter min operation. Maden der kommer har kødsovs på grøntsagerne og fiskefrikadeller. Kan jeg få en vegetarisk menu?

Med venlig hilsen
Ravi Subramaniam
""")

M("", """
Til Center for Voksne og Velfærd

Jeg har fået et brev med reference 0311940127 om en hjælpemiddelsag, men jeg har ikke søgt om noget. Jeg tror det er sendt til den forkerte. Hvad skal jeg gøre?

Mvh
Jan Riis
""")
