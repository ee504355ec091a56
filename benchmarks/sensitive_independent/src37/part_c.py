"""corpus37 part C: union, health, economy and CPR, often together with orientation or belief; look-alike number negatives."""
from common import M

M("u", """Hej. Jeg er tillidsrepræsentant for FOA på Ishøj Plejecenter og vil gerne have et møde med udvalgsformanden om vagtplanerne. Mvh Bettina Grøn""")

M("", """Hej. Hvilke faglige organisationer sidder med i MED-udvalget på ældreområdet? Mvh en studerende""")

M("u", """Til løn og personale

Jeg har meldt mig ud af 3F og ind i Krifa pr. 1. oktober. Kan I rette fradraget for kontingent i min lønseddel?

Med venlig hilsen
Jimmi Lauritsen, vej og park
cpr.nr. [[170279-1455]]""")

M("", """Til løn og personale. Mit lønsedlens medarbejdernummer er 1702791455, og det står forkert på min feriepengeopgørelse. Kan I tjekke? Mvh Jimmi, vej og park""")

M("uh", """Kære Birgit

Jeg har været sygemeldt med en diskusprolaps siden januar, og min arbejdsgiver vil nu afskedige mig. Dansk Metal har sagt, at jeg skal kontakte kommunen om et fleksjob.

Hilsen
Kenneth Bay, Gildbrovej 5""")

M("ueh", """Hej Jobcenter Ishøj

Jeg er på sygedagpenge efter en arbejdsulykke på lageret og har fået brev om opfølgningssamtale. HK's jurist vil gerne deltage. Skal jeg give besked til jer?

Venlig hilsen
Dennis Frandsen
[[230884–2219]]""")

M("u", """hej, jeg er BUPL-medlem og tillidsrepræsentant i Børnehuset Solsikken, og jeg er bekymret for normeringen. kan vi snakke? Maria""")

M("", """Hej. BUPL har lavet en undersøgelse af normeringer i Vestegnens kommuner. Hvad siger Ishøj til tallene? Mvh Karsten (journalist)""")

M("us", """Til Nanna Friis (byrådet)

Jeg er TR for DSR på Ishøj Sundhedshus. Jeg vil gerne sige tak for jeres støtte til Pride-ugen. Min mand Carsten og jeg gik begge med i optoget, og det betød meget.

Hilsen
Jens Lassen""")

M("ub", """Hej. Jeg er medlem af DLF og samtidig aktiv i Radikale Venstre her i Ishøj, og jeg vil gerne invitere udvalget til et vælgermøde om folkeskolen. Mvh Signe Winther, lærer på Vibeholmskolen""")

M("", """Hej. Vi inviterer alle partier til vælgermøde om folkeskolen i Vibeholmskolens aula den 20. oktober. Mvh skolebestyrelsen""")

M("eu", """Hej. Jeg er blevet fyret fra mit job på Ishøj Havn og har meldt mig ledig i 3F's a-kasse. Hvornår skal jeg til første samtale i Jobcentret? Mvh Carsten Juhl""")

M("e", """Hej. Jeg er blevet fyret og har meldt mig ledig i ASE. Hvornår skal jeg til første samtale i Jobcentret? Mvh Carsten Juhl""")

M("", """Hej. Er det rigtigt, at man skal møde op i Jobcentret inden for en uge, når man melder sig ledig? Jeg spørger for min forening. Mvh Carsten""")

M("h", """Hej. Min datter Emma har fået diagnosen type 1-diabetes og skal måle blodsukker i skolen. Er der en voksen, der kan hjælpe hende i frikvarteret? Venlig hilsen Søren Bang""")

M("", """Hej. Har skolerne i Ishøj en politik for børn med diabetes og allergi? Vi er i forældrerådet og vil gerne se den. Venlig hilsen Søren Bang""")

M("he", """Kære Visitation

Jeg har fået konstateret KOL og kan ikke længere gå på trapper. Jeg søger om en rollator og hjælp til rengøring.

Med venlig hilsen
Grethe Hviid
Pilemøllevej 18, st. tv.
CPR: [[050747-0862]]""")

M("h", """hej jeg er gravid i 8. uge og vil høre hvornår jeg skal til jordemoder når jeg bor i ishøj. har ikke en læge endnu. /Sabrina""")

M("", """hej hvor ligger jordemodercentret i ishøj og hvornår har de åbent? /Sabrina""")

M("hs", """Til Sundhedshuset. Min kone Birthe er i behandling for brystkræft, og jeg (Anne) vil gerne med til hendes samtaler. Kan I skrive mig på som pårørende? Hilsen Anne Kjær""")

M("h", """Til Sundhedshuset. Min mand er i behandling for prostatakræft, og jeg vil gerne med til hans samtaler. Kan I skrive mig på som pårørende? Hilsen Anne Kjær""")

M("", """Til Sundhedshuset. Hvilke kræftrehabiliteringstilbud har I, og skal man henvises af lægen? Hilsen Anne""")

M("e", """Kære Borgerservice

Jeg har ikke kunnet betale huslejen for to måneder, og boligselskabet truer med udsættelse. Jeg har tre børn. Kan I hjælpe med en enkeltydelse?

Med venlig hilsen
Natasha Holm
[[010590-2346]]""")

M("", """Kære Borgerservice. Hvilke regler gælder for enkeltydelse til huslejerestance, og hvor søger man? Med venlig hilsen Natasha""")

M("eh", """Hej

Jeg er førtidspensionist pga. sklerose og har fået at vide, at min handicapbil skal afleveres tilbage. Jeg kan ikke komme nogen steder uden den.

Hilsen
Bo Dalsgaard, [[300962 1187]]""")

M("e", """Hej. Min søn Mads (15) er blevet anbragt i en plejefamilie i Greve. Jeg vil høre om mine samvær, og hvem der er hans sagsbehandler nu. Hilsen Trine Larsen""")

M("es", """Hej, vi er to mænd der har været plejefamilie for en dreng i snart to år. Vores plejesøn vil gerne på efterskole, og vi vil høre hvem der betaler. Hilsen Morten & Lars Ibsen""")

M("eb", """Til borgerrådgiveren

Jeg får kontanthjælp og har fået sanktion, fordi jeg ikke mødte op til en aktivering en fredag. Det var under fredagsbønnen, og jeg havde sagt det til min sagsbehandler på forhånd.

Hilsen
Hassan Omar
[[141194-3021]]""")

M("", """Til borgerrådgiveren. Hvordan klager man over en sanktion i kontanthjælpen? Jeg skal hjælpe en nabo og har fuldmagt. Hilsen Jeanette""")

M("", """Journalnummer 27.12.04-G01-1283-25. Jeg afventer stadig svar på min henvendelse fra 3. september om vejbump på Tranegilde Strandvej. Mvh Per""")

M("", """Hej. Fakturanr. 2104891203 fra Ishøj Forsyning er forkert. Jeg har betalt to gange. Kundenummer 45 882 301. Mvh Lisbeth""")

M("", """Hej, vi har fået bilag nr. 1809230114 og 1809230115 fra Kultur og Fritid. Vi er en forening og har ikke bestilt lokalet to gange. Venlig hilsen Ishøj Skakklub""")

M("", """Hvad er CVR-nummeret på Ishøj Kommune? Vi skal sende en e-faktura. EAN 5798000558716 er det rigtige? Mvh regnskab, Vest Tømrer ApS""")

M("h", """Hej, mit personnummer er [[181203-4612]] og jeg skal bruge en ny lægeerklæring til skolen, fordi min astma er blevet værre. Hvem skal jeg skrive til? /Mathilde 9.b""")

M("", """Hej, jeg har glemt mit MitID og skal bruge mit personnummer til skolens fraværssystem. Hvordan får jeg det? /Mathilde 9.b""")

M("eu", """Hej Ishøj Kommune

Jeg er nyuddannet og har fået job i kommunen, men jeg er stadig medlem af Djøf og deres a-kasse, hvor jeg fik dagpenge i tre måneder. Skal jeg give kommunen besked om noget?

Mvh
Sebastian Krogh""")

M("", """Jeg mener kontanthjælpsloftet rammer børnefamilierne i Ishøj hårdt, og byrådet burde sige det højt. Med venlig hilsen Karen Dahl""")

M("", """Har Ishøj Kommune tal for, hvor mange borgere der er på førtidspension? Jeg er studerende på RUC. Venlig hilsen Ahmad""")

M("h", """Hej, jeg hedder Filip og har ADHD. Jeg har fået et nyt skema i 8. klasse, men det hjælper ikke. Kan min mor komme til et møde? Filip Andersen""")

M("he", """Hej. Min søn Filip har ADHD og autisme og har fået afslag på støttetimer. Vi søger nu om en hjælpelærer eller et skærmet bord. Vh Rikke Andersen, [[220212 4408]] er Filips nr.""")

M("bu", """Kære udvalgsformand

Som FOA-medlem og aktiv i Alternativet skriver jeg om jeres forslag om at udlicitere rengøringen. Vi stiller op med et borgerforslag.

Mvh
Lene Friis""")

M("", """Kære udvalgsformand. Hvad vil udliciteringen af rengøringen betyde for medarbejderne? Mvh Lene Friis""")

M("h", """Kære Ole. Du skal vide, at jeg er ked af det. Vores barnebarn blev født for tidligt i uge 26 og ligger på Hvidovre Hospital. Min svigerdatter er også indlagt. Hilsen farmor Ruth""")

M("e", """Hej jeg er lige blevet smidt ud hjemmefra og sover hos en ven på sofaen. Jeg er 18. Kan jeg få hjælp til at finde et sted at bo? Hilsen Jonathan""")

M("", """Hvad har Ishøj Kommune af tilbud til unge hjemløse? Jeg er frivillig i Kirkens Korshær. Hilsen Bente""")

M("hs", """Hej

Min kæreste Jesper (jeg er Tobias) har en alkoholafhængighed og vil gerne i behandling. Han tør ikke selv ringe. Kan jeg gøre det for ham?

Mvh Tobias Skov""")

M("", """Hej. Hvor ligger kommunens alkoholbehandling, og er det gratis? Jeg spørger for en ven. Mvh Tobias""")

M("eh", """Til Borgerrådgiveren
Jobcentret vil have mig tilbage i arbejde efter 22 uger, men jeg har stadig smerter efter operationen i knæet. Nu har de stoppet mine sygedagpenge.
[[061075-2893]]
Anja Lind""")

M("u", """Hej borgmester, jeg er formand for Dansk Metals Ishøj-afdeling og vil gerne invitere dig til vores 1. maj-arrangement på Ishøj Havn. Mvh Ib Sand""")

M("", """Hej borgmester. Hvem har lejet Ishøj Havn 1. maj? Der plejer at være arrangement for fagbevægelsen. Mvh Ib""")

M("hu", """Hej Personale. Jeg har fået en arbejdsskade på knæet i skolekøkkenet, og min fagforening, 3F, siger jeg skal have skadesanmeldelsen fra jer. Hilsen Dorthe Sørensen, Ishøj Skole""")

M("", """Hej. Er Ishøj Kommune forsikret mod arbejdsskader i skolekøkkenerne, eller er det selvforsikring? Hilsen Dorthe""")

M("eb", """Hej. Jeg er på kontanthjælp og går i moskeen på Vejlebrovej hver fredag, hvor imamen har sagt han kan skrive under på at jeg hjælper til som frivillig. Kan det tælle som aktivering? Mvh Ali""")
