"""Part D: job applications, staff matters, associations, sport halls, library and events."""
from common import M

M("u", """
Hej

Hermed min ansøgning til stillingen som pædagog i Børnehuset Bækkebo. Jeg har 12 års erfaring og har de sidste fire år været TR for BUPL i Brøndby. CV vedhæftet.

Mvh Tanja Riis
""")

M("", """
Hej

Jeg søger stillingen som vej- og parkarbejder (jobnr. 2026-014). Jeg har kørekort til lastbil og 8 års erfaring fra anlægsgartner. Hvornår er samtalerne?

Mvh Brian Koch
""")

M("hu", """
Ansøgning: sosu-assistent, Ishøjhave

Jeg har været medlem af FOA i 20 år og arbejdet i hjemmeplejen i Hvidovre. Jeg var sygemeldt i 2024 med en diskusprolaps men er nu helt rask og klar til fuldtid. Jeg vil hellere sige det nu end at I finder ud af det senere.

Venlig hilsen
Gitte Lorentzen
""")

M("ut", """
Hej HR

Jeg søger jobbet som IT-supporter. Jeg er uddannet datamatiker fra Pakistan og har fået min uddannelse godkendt i Danmark. Jeg er medlem af HK og Prosa. Jeg vedlægger CV og eksamensbeviser.

Med venlig hilsen
Usman Tariq
""")

M("", """
Hej

Hvilke fagforeninger har overenskomst med Ishøj Kommune på skoleområdet? Jeg er ny lærer og vil gerne vælge rigtigt.

Mvh Emil
""")

M("u", """
Til Løn og Personale

Jeg er blevet trukket 485 kr. i fagforeningskontingent til Dansk Metal i min løn i januar, men jeg meldte mig ud i december og er gået over til Krifa. Kan I stoppe trækket og refundere?

Mvh
Henrik Aalund, medarbejdernr. 40217
""")

M("", """
Hej

Vi er Ishøj Petanqueklub og vil gerne søge om tilskud fra Folkeoplysningspuljen til nye baner. Budgettet er 42.000 kr. Hvad er ansøgningsfristen?

Mvh kassereren, Jytte Bang
""")

M("b", """
Kære Kultur og Fritid

Vi er en lille buddhistisk meditationsgruppe, og jeg er selv buddhist og leder af gruppen. Vi søger et lokale på Ishøj Bibliotek torsdag aften. Vi er 8-10 personer. Kan man booke det gratis som forening?

Venlig hilsen
Lise Tang
""")

M("", """
Hej

Kan man låne Ishøj Idrætscenters hal C en lørdag til en fødselsdag for 30 børn? Hvad koster det?

Mvh Camilla
""")

M("b", """
Hej

Jeg er formand for Venstre i Ishøj og vil gerne booke mødesalen på Ishøj Rådhus til et vælgermøde den 14. marts. Kan partiforeninger det?

Med venlig hilsen
Per Lindholm
""")

M("", """
Hej

Må politiske partier låne kommunens lokaler til vælgermøder? Jeg spørger generelt, fordi der er valg til efteråret og jeg arbejder på en artikel.

Mvh Anders Vinge, Sjællandske
""")

M("bt", """
Hej

Jeg søger om lokale til vores kurdiske kulturforening i Ishøj. Vi er kurdere fra Tyrkiet og mødes hver søndag. Jeg er også aktiv i SF lokalt, men det har ikke noget med foreningen at gøre. Hvem skal vi skrive til?

Mvh Dilan Aydin
""")

M("", """
Hej

Der er fejl i jeres kalender: Kulturnatten står til 10. oktober men plakaterne siger 11. Hvad er rigtigt?
""")

M("s", """
Hej Ishøj Bibliotek

Jeg og min kæreste Mads vil gerne lave et arrangement under Pride-ugen om at være homoseksuel på Vestegnen i 80'erne. Jeg er selv 62 og har boet her hele livet som bøsse. Kan vi låne salen?

Mvh Poul-Erik Thorsen
""")

M("", """
Hej

Hvornår er der Pride i Ishøj i år, og deltager kommunen med en vogn?

Mvh Ida
""")

M("", """
Til Ishøj Bibliotek

Jeg har fået en regning på 420 kr. for to bøger, jeg har afleveret i bogkassen. Lånernr. 2104881123. Kan I tjekke det?

Mvh Lotte Dam
""")

M("h", """
Hej biblioteket

Jeg har grå stær og kan ikke læse almindelige bøger længere. Kan jeg få lydbøger via Nota eller eReolen, og kan I hjælpe mig i gang?

Mvh Erna Vestergaard, 82 år
""")

M("", """
Hej

Har I mødelokaler med storskærm på biblioteket som virksomheder kan leje? Vi er et lille revisionsfirma.

Mvh
Jakob Nørgaard, Nørgaard Revision
""")

M("u", """
Kære Ishøj Kommune

Vi er 3F Ishøj afdeling og jeg er formand. Vi vil gerne stille op med en stand på jobmessen i Ishøj Idrætscenter. Kan vi få en plads?

Med venlig hilsen
Kurt Mogensen
""")

M("", """
Hej

Hvilke fagforeninger og a-kasser deltager i jobmessen den 23. april? Jeg overvejer at skifte.
""")

M("b", """
Hej

Jeg har søgt tilskud til vores forening "Ishøj Humanisterne" og fik afslag. Vi er ateister og humanister, der mødes og diskuterer etik. Er det fordi vi ikke er en religion? Det synes jeg er forskelsbehandling.

Mvh Niels Borup
""")

M("", """
Hej

Er det korrekt at kommunen giver tilskud til Ishøj Moské? Jeg vil gerne se en liste over alle tilskud til trossamfund.

Mvh
Jens Ravnholt
""")

M("", """
Kære Kultur- og Fritidsudvalget

Ishøj Cykelklub søger hermed om 25.000 kr. til ungdomsafdelingen. Vi har 84 medlemmer under 18. Budget og regnskab vedhæftet. Klubbens CVR: 29 38 47 12.

Med venlig hilsen
Formand Jan Nielsen
""")

M("he", """
Hej

Jeg vil gerne søge om kontingentstøtte til min søn i Ishøj IF fodbold. Jeg er på kontanthjælp og han har astma, så lægen siger sport er vigtigt for ham. Kontingentet er 1.800 kr.

Mvh
Sanne Larsen
""")

M("", """
Hej

Hvornår kommer svar på ansøgning om haltider til sæson 2026/27? Vi er Ishøj Badmintonklub.

Hilsen
Tove
""")

M("bu", """
Hej

Jeg søger jobbet som kommunikationsmedarbejder. Jeg har arbejdet for Enhedslisten på Christiansborg i tre år og er stadig aktivt medlem. Jeg er medlem af Dansk Journalistforbund. Jeg håber ikke det står i vejen.

Med venlig hilsen
Sofie Lind
""")

M("", """
Hej

Jeg er journalist på TV2 Lorry og vil gerne høre om kommunens sygefravær blandt ansatte på ældreområdet i 2025. Kan jeg få tal pr. plejecenter?

Mvh Rasmus Hald
""")

M("h", """
Hej

Jeg er ansat i Rengøringen på Rådhuset og har fået en arbejdsskade i ryggen, da jeg løftede en maskine. Jeg har været hos læge og er sygemeldt i to uger. Hvem skal anmelde skaden?

Mvh Nurcan Demir
""")

M("", """
Hej

Vi er Ishøj Svømmeklub og vil klage over at svømmehallen lukkes 3 uger i august. Hvor skal vores hold træne?

Mvh
Bestyrelsen
""")

M("sb", """
Hej

Min mand Ahmed og jeg (Søren) vil gerne holde vores bryllupsfest i Ishøj Kulturhus. Vi er begge muslimer, og der må ikke serveres alkohol. Kan vi få lov at bruge vores egen cateringfirma?

Mvh
Søren Abdallah-Nielsen
""")

M("", """
Hej

Hvad koster det at leje Ishøj Kulturhus til en bryllupsfest for 120 gæster en lørdag i juni?

Mvh Nadia
""")

M("u", """
Til HR

Jeg har fået afslag på seniordage. Min tillidsrepræsentant fra HK siger at det strider mod overenskomsten. Jeg vil gerne have et møde med min leder og TR.

Mvh
Jette Brandt, Borgerservice
""")

M("", """
Hej

Jeg er ny i Ishøj og vil gerne være frivillig. Hvor kan man melde sig, fx til lektiecafé eller besøgsven?

Mvh Ninna
""")

M("t", """
Hej

Jeg har en forening for grønlændere i Ishøj og omegn. Jeg er selv grønlænder og har boet her i 30 år. Vi vil gerne søge tilskud til at fejre nationaldagen 21. juni.

Qujanaq
Naja Lyberth
""")

M("", """
Hej

Vi skal bruge en tilladelse til at holde loppemarked på Ishøj Torv 17. maj. Hvem skal vi søge?

Mvh
Gitte fra Lions Club Ishøj
""")

M("b", """
Hej

Jeg er sikh og bærer turban. Jeg har fået jobbet som pedel på Ishøj Skole, men jeg har fået at vide at jeg skal bruge hjelm ved arbejde på stiger. Kan vi finde en løsning?

Mvh Harpreet Singh
""")

M("", """
Hej

Jeg vil gerne søge en stilling som praktikant i jeres kommunikationsafdeling. Jeg læser journalistik på RUC. Har I praktikpladser?

Mvh Alberte
""")

M("u", """
Sv: Ansættelseskontrakt

> Kære Marianne
> Vedhæftet er din kontrakt. Du skal underskrive og sende retur.
> Venlig hilsen Løn og Personale

Jeg har vist den til min fagforening, DSR, og de siger at timelønnen ikke passer med overenskomsten. Vil I kigge på det igen?

Marianne Stoltz
""")

M("", """
Hej

Ishøj Bueskytteklub vil gerne låne græsplænen ved Ishøj Søpark til en åben træning. Må vi det?
""")

M("be", """
Hej

Jeg har søgt om et lokale til min menighed, Ishøj Pinsekirke, som jeg er præst i og tror på af hele mit hjerte. Vi har ingen penge og jeg selv får kontanthjælp. Kan kommunen hjælpe med huslejen?

Venlig hilsen
Samuel Owusu
""")

M("", """
Hej

Hvor mange borgere i Ishøj er medlem af folkekirken? Og hvor mange er udmeldt de sidste 5 år? Til en opgave.
""")

M("", """
Hej

Kan I give mig en liste over de foreninger der fik tilskud i 2025, med beløb? Jeg vil gerne se hvem der får hvad.

Mvh Torben, Ishøj Lokalavis
""")

M("hu", """
Hej

Jeg er lærer på Ishøj Skole og har fået stress. Min tillidsrepræsentant fra DLF har hjulpet mig med at få en sygemeldingssamtale. Jeg vil gerne have at samtalen foregår hjemme hos mig.

Mvh Katrine Holm
""")

M("", """
Hej

Hvad er reglerne for at sætte plakater op i forbindelse med kommunalvalget?
""")

M("ts", """
Hej Ishøj Bibliotek

Jeg er queer og af vietnamesisk herkomst, og jeg vil gerne lave en udstilling om at være asiatisk og LGBT+ i Danmark. Kan jeg leje væggen i foyeren?

Mvh Linh Nguyen
""")

M("", """
Hej

Ishøj Boldklub afholder stævne 6.-7. juni. Vi skal bruge adgang til omklædningsrum og toiletter hele weekenden. Hvem åbner?

Mvh Jesper
""")

M("b", """
Hej

Jeg er veganer af etiske grunde og arbejder i køkkenet på Ishøjhave. Jeg vil ikke tilberede kød. Kan jeg blive flyttet til salatafdelingen?

Mvh Johanne Ravn
""")

M("", """
Hej

Skal vi betale for at leje en skolegymnastiksal som en privat fodboldhold for voksne? Vi er 10 stykker der spiller hver torsdag.

Mvh Rune
""")

M("bu", """
Hej

Jeg er medlem af Socialdemokratiet og 3F, og jeg har stillet op til skolebestyrelsen på Vibeholmskolen. Jeg har fået at vide af en anden forælder, at det ikke er lovligt at kandidater er partimedlemmer. Er det rigtigt?

Mvh Kenneth Nørregaard
""")

M("", """
Hej

Er der stemmeret til kommunalvalget for udenlandske statsborgere, der har boet i Ishøj i 4 år?
""")
