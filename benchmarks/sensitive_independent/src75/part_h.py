"""corpus75 part H: homes for sale, clubs and unions, and hard look-alikes."""
from common import M

M("p", """
Hej Kultur og Fritid

Vi har fået et bud på vores hus på Gildbrovej, men køberne har hørt, at ungdomsklubben skal flytte ind i pavillonen lige ved siden af. De vil have det afklaret, før de skriver under. Er det besluttet, og hvornår flytter klubben i givet fald?

Med venlig hilsen
Jette og Allan Skov
""")

M("p", """
Til Center for Byudvikling og Natur

Køberen af vores lejlighed på Ishøj Strandvej trak sig i går efter en fremvisning, hvor der blev brudt asfalt op lige under vinduet fra kl. 7. Mægleren siger, at vi ikke får solgt, før vejarbejdet er færdigt. Kan I give os en skriftlig tidsplan?

Venlig hilsen
Lars Thygesen
[[041262-1579]]
""")

M("p", """
Hej

Jeg har budt 650.000 kr. på den gamle spejderhytte ved Ishøj Sø, som kommunen har sat til salg. Sagsbehandleren ringede og sagde, at kommunen vil have mindst 800.000. Jeg kan gå til 700.000. Skal jeg sende et nyt bud skriftligt?

Mvh
Claus Brodersen
""")

M("p", """
Kære byrådsmedlem

Min mor døde i januar, og min bror og jeg sælger hendes hus i Torslunde. Vi har en køber, men handlen er ikke endelig, fordi kommunen stadig ikke har svaret på, om det gamle udhus er lovligt. Kan du hjælpe os med at få svar, så køberen ikke springer fra?

Venlig hilsen
Bente Kornum
""")

M("p", """
Til Teknik- og Miljøudvalget

Kommunen har tilbudt at købe en 6 meter bred strimmel af min mark langs Tranegildevej til den nye cykelsti. Jeg er ikke uvillig, men prisen på 45 kr. pr. m² er alt for lav. Jeg har svaret med 110 kr. og afventer et modbud. Jeg beder udvalget se på sagen, før der tales om ekspropriation.

Med venlig hilsen
Gårdejer Niels Hvidkjær
""")

M("ps", """
Hej

Min kæreste Morten og jeg er ved at købe et kolonihavehus i Haveforeningen Strandlyst. Bestyrelsen skal godkende os som købere på mødet den 12. april. Vi har hørt, at kommunen skal skrive under på overdragelsen, fordi den ejer jorden. Er det rigtigt?

Mvh
Jesper Nørby
""")

M("pt", """
Til Ishøj Kommune

Vi er fra Bosnien og har boet i Danmark siden 1994. Vi har fået vores bud på en andelsbolig i Vejleåparken accepteret, men andelsforeningen kræver at vi viser, at vi ikke skylder kommunen noget. Hvordan får vi en restanceerklæring?

Med venlig hilsen
Emir og Lejla Hodžić
""")

M("p", """
Hej

Naboens hus på Vejleå Strandvej skal på tvangsauktion i næste måned. Huset har stået tomt siden jul, og haven vokser til. Hvem har ansvaret for at slå græsset og holde rotterne væk indtil det er solgt?

Mvh
Inge
""")

M("p", """
Til Center for Byudvikling og Natur

Vi driver et fitnesscenter og vil gerne købe den gamle gymnastiksal ved Vejleåskolen, som kommunen ikke bruger mere. Vi har fået en vurdering på 2,8 mio. og er klar til at give et bud med forbehold for lokalplanen. Hvem skal vi sende buddet til?

Med venlig hilsen
Fit Vest ApS
v/ Kenneth Dybdahl
""")

M("pu", """
Til Borgerservice

Jeg er medlem af Dansk Metal og har fået arbejde på et værft i Frederikshavn. Vi har solgt vores hus betinget af, at køberne kan få fjernvarme tilsluttet inden overtagelsen. Kan kommunen bekræfte, at der er fjernvarme i vejen fra efteråret?

Venlig hilsen
Torben Kjær
""")

M("ps", """
Hej Ishøj Kommune

Min mand Anders og jeg sælger vores lejlighed i Ishøj Bycenter. Køberens bank kræver en attest om, at altanen er lovlig. Vi søgte byggetilladelse i 2012, men kan ikke finde papirerne. Kan I finde dem i jeres arkiv?

Venlig hilsen
Jakob Rosenlund
""")

M("p", """
Til Center for Borger, Økonomi og IT

Vi skal købe et hus på Ishøj Søvej og har underskrevet købsaftalen med forbehold for finansiering. Banken vil have en bekræftelse på, at der ikke er gæld til kommunen på ejendommen. Sælger har givet os lov til at spørge. Her er mit cpr til identifikation: [[2606851643]].

Venlig hilsen
Sara Holmgren
""")

M("pb", """
Til Center for Byudvikling og Natur

Vi er Ishøj Muslimske Kulturforening og har budt på erhvervsgrunden på Industrivej 22 for at bygge et forsamlingshus med bederum til vores medlemmer. Vores bud er betinget af, at lokalplanen tillader forsamlingslokaler. Hvornår kan vi forvente et svar?

Med venlig hilsen
Foreningens formand, Jamal Osman
""")

M("s", """
Hej Musikskolen

Min mand Steen og jeg vil gerne købe billetter til jeres forårskoncert, hvor vores barnebarn spiller. Er der nummererede pladser, og kan man sidde tæt på scenen?

Venlig hilsen
Frode Bøgvad
""")

M("s", """
Kære Kultur og Fritid

Min kone Ellen døde sidste år. Vi var sammen i 42 år, og vi var blandt de første par af to kvinder, der blev gift på Ishøj Rådhus. Jeg vil gerne donere hendes samling af lokale fotografier til lokalarkivet. Hvem skal jeg kontakte?

Med venlig hilsen
Agnete Funch
""")

M("s", """
Hej spejderne og kommunen

Vores søn Villads (14) er homo og har fået at vide, at han ikke må sove i telt med de andre drenge på sommerlejren, "fordi det kan være akavet". Det har gjort ham meget ked af det. Lejren er støttet af kommunen. Er det i orden?

Hilsen
Marlene og Rasmus Iversen
""")

M("st", """
Til Borgerrådgiveren

Jeg er homoseksuel og fra Iran. Jeg har fået asyl her. Min tolk på sprogcentret oversætter forkert, når jeg taler om min kæreste, og han har fortalt andre iranere om mig. Jeg vil have en anden tolk, og jeg vil klage over ham.

Venlig hilsen
Amir
""")

M("se", """
Hej Familieafdelingen

Min eksmand Jonas og jeg har et barn sammen, Bertram, og vi har været skilt i to år. Han henter ikke Bertram til svømning på sine dage, og nu har Familieretshuset indkaldt os til møde om samværet. Jeg vil gerne have, at kommunens familierådgiver er med. Kan det lade sig gøre?

Venlig hilsen
Mads Skjold
""")

M("su", """
Hej Fritidsafdelingen

Jeg er queer og pædagog, medlem af BUPL, og jeg træner et ungdomshold i badminton. Jeg vil gerne starte et hold for LGBT+-unge, hvor de kan være trygge. Kan jeg søge en hal og måske en lille opstartspulje?

Mvh
Kim Laurberg
""")

M("se", """
Ansøgning om fritidspas

Vi er to mødre, Rikke og Dorthe, og vi har sønnen Noah. Vi er begge på kontanthjælp lige nu.

Noah Andersen Holm, [[090611-4423]]
Rikke Andersen Holm (mor), [[110386-2948]]

Han vil gerne gå til karate i Ishøj Budo.

Venlig hilsen
Rikke
""")

M("u", """
Til Kulturhuset

Jeg er freelancefotograf og medlem af Dansk Journalistforbund. Jeg vil gerne fotografere Kulturfestivalen for Ishøj Avis. Skal jeg have et pressekort fra jer, eller er forbundets pressekort nok?

Mvh
Maria Lund
""")

M("u", """
Kære musikskoleleder

Som TR for lærerne på musikskolen (DLF) vil jeg gerne have et møde om den nye mødeplan. Mange kolleger oplever, at de ikke kan nå forberedelsen med de korte pauser mellem eleverne.

Venlig hilsen
Jens Bredahl
""")

M("u", """
Til biblioteket

Jeg har været HK-medlem hele mit arbejdsliv og nu i pensionistklubben. Vi vil gerne låne et mødelokale den første mandag i måneden til vores læsekreds. Kan det lade sig gøre?

Venlig hilsen
Gudrun Vesth
""")

M("hu", """
Hej

Jeg er sygemeldt fra mit job i hjemmeplejen med en diskusprolaps. FOA har sagt, at jeg skal sende min lægeerklæring direkte til jer og ikke til min leder. Er det rigtigt? Mit cpr: [[071078–2232]]

Venlig hilsen
Helle Mikkelsen
""")

M("u", """
Hej Fritidsafdelingen

Vi er nogle stykker fra 3F og Dansk Metal, der spiller old boys-fodbold om torsdagen på Ishøj Stadion. Banerne bliver kridtet op til ungdomsholdene, men vi kan ikke få lys efter kl. 20. Kan vi få lyset til kl. 21?

På vegne af holdet
Preben
""")

M("u", """
Til Teknik- og Miljøudvalget

Vi er en gruppe fra forskellige forbund, som cykler til arbejde i Hvidovre hver dag. Cykelstien ved Ishøj Strandvej er lukket, og omkørslen er livsfarlig. Vi har skrevet til Vej og Park uden svar. Vil udvalget se på det?

Cyklende lønmodtagere i Ishøj
""")

M("u", """
Kære borgmester

Jeg sidder i Djøfs lokale netværk for Vestegnen og er selv jurist. Vi vil gerne invitere dig til at holde oplæg om kommunens erhvervspolitik til et medlemsmøde i efteråret. Passer en torsdag i oktober?

Med venlig hilsen
Louise Brandt
""")

M("b", """
Hej Ishøj Svømmehal

Jeg går med tørklæde og vil gerne bruge fitnessrummet i hallen. Må jeg træne med tørklæde og lange ærmer, eller er der en dresscode? Jeg vil ikke blive bedt om at gå midt i træningen.

Tak
Hanan
""")

M("b", """
Kære Jonas

Jeg er medlem af Radikale Venstre, men det her handler ikke om partier. Musikskolens venteliste er på over et år, og mit barnebarn har ventet siden sidste forår. Kan du undersøge, hvorfor der ikke bliver oprettet flere hold?

Venlig hilsen
Kirsten Møller
""")

M("b", """
Hej Ishøj Håndbold / Fritidsafdelingen

Vi holder sabbat fra fredag aften til lørdag aften, så vores søn Elias kan ikke spille kampe om lørdagen. Kan han spille på et hold, der har kampe om søndagen, eller kan han være reserve?

Mvh
Ruth og Daniel Salomonsen
""")

M("b", """
Til spejderne og kommunens lejrudvalg

Vores søn Yusuf spiser kun halal. På sidste lejr fik han kun brød i tre dage. Kan vi sende mad med til ham, eller kan køkkenet lave halal til ham i år?

Med venlig hilsen
Khadija Nasser
""")

M("", """
Hej Borgerservice

Jeg har fået nyt sundhedskort med forkert læge. Jeg har valgt Lægehuset i Ishøj Bycenter, men der står en læge i Greve. Personnummer [[180890-3027]]. Kan I rette det?

Mvh
Kristian Hjort
""")

M("e", """
hej jeg vil søge fritidspas til begge mine børn. vi får boligstøtte og jeg er alene med dem
[[231013-4587]] Selma 
[[050716-4491]] Jamie
de vil gå til fodbold og gymnastik. Mvh Tanja
""")

M("h", """
Til Borgerservice

Jeg har kronisk migræne med synsforstyrrelser, og min neurolog mener, at jeg ikke må køre, når jeg har aura. Skal jeg melde det til jer, og kan jeg beholde mit kørekort?

Venlig hilsen
Vibeke Krogh
[[140579–2650]]
""")

M("b", """
Til Borgerservice

Vi er muslimer og vil gerne give vores nyfødte datter navnet Maryam Fatima. Præsten i sognet sagde, at vi skal navngive hende gennem jer, fordi hun ikke skal døbes. Hvordan gør vi?

Hendes cpr: [[010326\u00a04112]]

Med venlig hilsen
Sana og Omar Qureshi
""")

M("", """
Hej

Kører bus 128 efter sommerkøreplanen i efterårsferien, eller er det den normale? Vi skal med til Ishøj Strand med børnene hver dag i uge 42.

Mvh
Birgitte
""")

M("", """
Høringssvar til Ishøj Kommunes integrationspolitik 2026–2030

Ishøj Boligforening bakker op om målet om flere beboere i job og foreslår, at foreningerne i boligområderne inddrages mere i indsatsen. Vi mangler en klar ansvarsfordeling mellem jobcentret og de boligsociale medarbejdere.

Med venlig hilsen
Bestyrelsen, Ishøj Boligforening
""")

M("", """
Hej Kulturfestivalen

Jeg har meldt mig som frivillig og står på listen til lørdag kl. 12–18. Kan jeg bytte til søndag i stedet? Og hvor henter man t-shirt og madbilletter?

Tak
Marianne
""")

M("", """
Indkaldelse til ekstraordinær generalforsamling

Ishøj Skakklub og Vejleå Skakforening foreslår at lægge de to klubber sammen fra 1. januar. Generalforsamlingen holdes i Kulturhuset den 3. december kl. 19.30. Byrådsmedlemmer i Kultur- og Fritidsudvalget inviteres som gæster.

Bestyrelserne
""")

M("", """
Kære Kultur- og Fritidsudvalget

Kulturhusets årsrapport viser 84.000 besøgende i 2025, 12 % flere end året før. Men andelen af unge mellem 15 og 25 er faldet til 9 %. Vi foreslår et ungepanel, der kan være med til at lægge programmet.

Venlig hilsen
Kulturhusets brugerråd
""")

M("", """
Til Center for Byudvikling og Natur

Skaden på vores carport fra jeres gravemaskine er anmeldt til vores forsikring (policenr. 2011853344). Forsikringsselskabet skal bruge jeres journalnr. og entreprenørens CVR. Vores skadenummer er 0409-2618-773.

Mvh
Poul Winther
""")

M("", """
Hej

Har Ishøj Svømmehal kvindesvømning i ramadanen med ændrede tider, som der var sidste år? Jeg spørger for vores boligforenings nyhedsbrev, hvor vi plejer at skrive tiderne.

Med venlig hilsen
Redaktionen, Strandparkens beboerblad
""")

M("", """
Til Kultur og Fritid

Vi er foreningen, der holder eid-fest i Ishøj Hallen den 21. marts. Må vi bruge gasgrill på arealet foran hallen, og skal vi have særlig tilladelse fra brandvæsenet? Vi forventer ca. 600 gæster.

Med venlig hilsen
Festudvalget
""")

M("", """
Hej Borgerservice

Hvor gammel skal man være for at tage knallertkørekort, og kan man starte på teorien før man fylder 15? Min søn er 14 og vil gerne begynde til efteråret.

Mvh
Jan
""")

M("", """
Kære Ali Sahin

Ishøj Skakklub vil gerne invitere dig til vores åbne aften for nye spillere den 8. oktober kl. 19. Du kan ringe til formanden på 40 55 12 98 eller kassereren på 26 18 03 77, hvis du har spørgsmål.

Med venlig hilsen
Ishøj Skakklub
""")
