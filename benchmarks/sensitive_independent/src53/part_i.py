"""corpus53 part I: origin, long threads, signatures with CPR numbers, trades."""
from common import M

M("t", """Hej

Jeg er adopteret fra Colombia og har altid boet i Ishøj. I borgerservice spurgte en medarbejder mig om jeg "havde papirer", da jeg skulle have nyt pas. Det sker tit for mig, men det skal ikke ske hos kommunen.

Mvh Carolina Nielsen""")

M("te", """Til Center for Beskæftigelse og Erhverv

Jeg er grønlænder og flyttede til Ishøj fra Nuuk i januar. Jeg har søgt kontanthjælp, men får at vide at jeg mangler dokumentation for min uddannelse fra Grønland. Hvad skal jeg sende?

Aviaja""")

M("t", """Kære byrådsmedlem

Min far kom fra Tyrkiet som gæstearbejder i 1970, og han har arbejdet på Ishøj Havn hele livet. Han fylder 80 i juni. Kunne kommunen sende en hilsen? Det ville betyde meget for ham.

Venlig hilsen
Ayse""")

M("t", """Til Borgerservice

Jeg skal have omregistreret mit udenlandske kørekort. Jeg er fra Bosnien, og mit kørekort er bosnisk. Hvilke papirer skal jeg have med?

Med venlig hilsen
Emir Hodžić
Cpr.nr. [[170579–3321]]""")

M("the", """Kære borgerrådgiver

Jeg er romaer og har oplevet at hjemmeplejen ikke vil komme ind i mit hjem, fordi en medarbejder har sagt at "sigøjnere stjæler". Jeg har brug for hjælp med min insulin. Jeg vil klage.

Mirela""")

M("tp", """Hej Byudvikling

Jeg er pakistansk og driver et lille supermarked på Ishøj Bygade. Jeg har fået et tilbud om at købe naboejendommen, men kun hvis jeg kan få lov at bygge et lager i gården. Sælger venter på mit svar inden den 15. Kan I sige noget om det?

Imran Chaudhry""")

M("t", """Hej Ishøj Kommune

Vores datter går i 0. klasse, og læreren har bedt børnene tage et "flag fra dit hjemland" med til en temadag. Vi er fra Eritrea og hun er født her. Hun blev ked af det. Kan skolen tænke sig om en anden gang?

Helen og Tesfay""")

M("te", """Til hovedpostkassen

-----Oprindelig meddelelse-----
Fra: Ishøj Boligselskab
Til: Borgerrådgiveren

Vi har en lejer, hr. Omar Daud, somalisk, som har huslejerestance på 18.400 kr. og som ikke forstår vores breve. Kan kommunen skaffe en somalisk tolk til et møde om en afdragsordning? Han har givet samtykke til at vi skriver til jer.

Venlig hilsen
Boligselskabets udlejning""")

M("t", """Hej

I asked for help in the library with my tax card and the librarian said I should "go back to my country" when I didn't understand. I'm Kenyan but I have lived here for 8 years. I want to complain.

Grace Wanjiru
CPR [[120486 2648]]""")

M("t", """Kære udvalgsformand

Jeg er sort, dansk og født på Hvidovre Hospital. Da jeg var til jobsamtale i kommunens tekniske afdeling sagde en af dem i panelet at "vi har ikke haft nogen som dig før". Jeg fik ikke jobbet. Jeg ved godt I ikke behandler ansættelser, men jeg vil have at nogen ved det.

Venlig hilsen
Samuel""")

M("te", """Til Ydelsesservice

Mit navn er Olena Kovalenko og jeg er ukrainsk flygtning. Jeg har fået afslag på børnetilskud for min datter. Jeg forstår ikke hvorfor.

Mit cpr: [[280782-2104]]
Min datters cpr: [[010616-4527]]""")

M("t", """Hi,

My husband is Chinese and I'm Danish. Our son is being called names at school because he "looks Chinese". The teacher doesn't do anything. Could someone from the municipality talk to the school?

Regards,
Mette Wang""")

M("u", """Til HR, Ishøj Kommune

Vedr. løn for marts: Jeg er medlem af Socialpædagogerne og har fået at vide af dem at mit tillæg for nattevagter mangler. Medarbejdernr. 1812900034.

Med venlig hilsen
Henrik Lind""")

M("tb", """Kære Ishøj Kommune

Jeg er kurdisk alevi og vi mangler et sted at holde vores cem-ceremoni. Kan vi leje Ishøj Kulturhus en søndag om måneden?

Venlig hilsen
Hasan Demir""")

M("pe", """Re: VS: Dødsbo og salg

Hej igen

Jeg skal nu sælge min afdøde fars hus på Ishøj Parkvej, og der er en køber. Men boet har en gæld til kommunen for hjemmehjælp og ejendomsskat, og vi ved ikke om købesummen rækker. Kan I oplyse det præcise beløb?

> Den 8. maj skrev Borger, Økonomi og IT:
> Vi har modtaget din henvendelse om boet.

Lars Pedersen""")

M("tu", """Til udvalgsformanden for Beskæftigelsesudvalget

Jeg er fra Litauen og TR for 3F på en fabrik i Ishøj. Vi har mange østeuropæiske kolleger, der ikke får tilbudt danskundervisning. Kan kommunen lave hold om aftenen?

Vytautas""")

M("p", """Til Center for Byudvikling og Natur

Vi har en betinget handel på Vildtbanevej 72. Sælger er undertegnede, Tove Juhl, og købers advokat vil have en bekræftelse på, at der ikke er påbud på ejendommen.

Med venlig hilsen
Tove Juhl
Vildtbanevej 72
[[290952\u00a02116]]""")

M("t", """Hej

Jeg er samisk og har boet i Ishøj i tre år. Mine børn har fået at vide i skolen at samer ikke findes mere. Kan kommunen sørge for bedre undervisningsmateriale?

Mvh Ánde""")

M("pu", """Hej byrådsmedlem

Min fagforening (HK) har rådet mig til at skrive direkte. Jeg er ved at købe mit lejede rækkehus af boligselskabet, men kommunen skal godkende salget, og sagen har ligget stille i fire måneder. Købet er aftalt men ikke skrevet under.

Dorthe""")

M("t", """Kære Center for Borger, Økonomi og IT

Vi er en tyrkisk-dansk familie og har fået et brev om ejendomsskat med forkert navn: mit efternavn er stavet Yılmaz, ikke Yilmaz, og så kan banken ikke matche det. Mit cpr er [[031075-1298]].

Hilsen
Mehmet Yılmaz""")

M("p", """Til hovedpostkassen

Jeg skriver for Ishøj Tømrerfirma ApS. Vi har sat vores værkstedsbygning på Håndværkervej til salg, og en køber vil byde, hvis kommunen bekræfter at der må laves boliger på første sal. Hvem svarer på det?

Med venlig hilsen
Allan Nørgaard""")

M("tu", """Til HR

Jeg er thailandsk og ansat som køkkenhjælper på Ishøj Plejecenter. Jeg er medlem af 3F. Mine kolleger griner af min udtale og kalder mig "thai-dukken". Jeg har sagt det til min leder, men intet sker.

Som""")

M("", """Til Ishøj Kommune

Bekræftelse af flytning: Jeg er flyttet fra Ishøj Strandvej 12 til Ishøj Søvej 4 pr. 1. maj. Jeg har også registreret det på borger.dk.

Mvh
Nikolaj Frandsen
tlf. 50 41 28 76
cpr.nr.: [[2505931019]]""")

M("t", """Kære borgmester

Jeg er dansk-marokkaner og stolt af Ishøj. Men da min søn fik sit første job i en butik i centret, sagde chefen at han skulle kalde sig "Mikkel" og ikke "Mohamed" over for kunderne. Kan kommunen tale med centerforeningen?

Hilsen
Rachid""")

M("tu", """Hej

Jeg er fra Ghana og arbejder i rengøringen i kommunen. Jeg er medlem af 3F og min leder har sagt jeg skal arbejde gratis en time ekstra. Jeg har spurgt min TR. Det er mit cpr hvis I vil finde mig: [[111178 2207]].

Kwame""")

M("p", """Kære Borgmester

Vi har en mundtlig aftale med kommunen om at købe et stykke af naboarealet til vores have, og prisen er aftalt til 65.000 kr. Nu har vi ikke hørt noget i seks måneder. Er handlen droppet?

Mvh
Gunnar og Lis Bertelsen""")

M("th", """Hej Center for Voksne og Velfærd

Min far er iraner og 91 år. Han har fået konstateret hjertesvigt og forstår kun farsi. Lægen siger han skal have tolk ved besøg. Kan I sørge for det?

Parisa""")

M("ue", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Dansk Metal og har fået varsel om afsked fra Ishøj Maskinfabrik. Hvornår skal jeg melde mig hos jer? Fagforeningen siger med det samme.

Hilsen
Kristian""")

M("tb", """Til Kultur og Fritid

Vi er en eritreansk ortodoks menighed, og jeg er selv præst. Vi vil gerne holde påskegudstjeneste i Ishøj Kirke, hvis præsten vil låne os kirken. Kan kommunen hjælpe os med kontakt?

Abba Gebremedhin""")

M("h", """Til Sundhedsplejen, Ishøj

Vi har lige fået en søn, Theo. Han er født for tidligt i uge 32 og ligger stadig på neonatal i Hvidovre. Hvornår kommer sundhedsplejersken?

Mor: Signe Aagaard [[090394-2731]]
Far: Kristoffer Aagaard [[190992-0157]]""")

M("t", """fra Facebook-besked til byrådsmedlem, indsat med tilladelse:

"hej. jeg er fra Afghanistan og kom som uledsaget mindreårig. nu er jeg 22 og vil gerne være frivillig fodboldtræner i Ishøj IF men de siger jeg skal have en børneattest. hvordan får jeg den?" – Farid""")

M("tp", """Kære byrådsmedlem

Vi er en vietnamesisk familie, og vi har sat vores forretning på Ishøj Bygade til salg. Vi har fået et bud fra en køber der vil lave en frisørsalon. Kommunen skal godkende skiltet. Kan du skubbe på?

Linh""")

M("t", """Hej kommune

Jeg er irsk, men jeg har boet i Danmark i 30 år. Jeg vil gerne stemme ved kommunalvalget. Er der noget jeg skal gøre, eller er jeg automatisk på valglisten?

Mvh Siobhan""")

M("ep", """Til Ydelsesservice

Jeg får kontanthjælp, men har arvet en lille andel i min mors sommerhus. Mine søskende vil sælge det, og der er en køber der har budt. Skal jeg oplyse det til jer nu, eller først når handlen er færdig?

Torben""")

M("", """Hej Kultur og Fritid

Kan I oplyse hvor mange nationaliteter der er i Ishøj Kommune? Vi laver en plakat til sommerfesten med flag fra alle landene. Ingen personer skal nævnes.

Venlig hilsen
Ishøj Internationale Kvindeklub""")

M("", """Til Center for Byudvikling og Natur

Kan I bekræfte at vores lejekontrakt for erhvervslokalet på Industrivej 8 er forlænget til 2030? Lejemålsnr. 1307950203. Vi er et autoværksted og skal bruge det til banken.

Mvh
Ishøj Autoservice""")

M("tu", """Kære byrådsmedlem

Jeg er tyrkisk og har været tillidsrepræsentant for HK på Ishøj Bibliotek i 6 år. Jeg vil sige at jeg synes det er godt at kommunen nu tilbyder tolke i borgerservice.

Hilsen
Gül""")

M("", """Hej

Det her er en rykker. Jeg har skrevet to gange om at få mine papirer fra skoletandplejen fra da jeg var barn. Mit personnummer er [[160701-4418]].

/Jonas""")

M("tp", """Dear Sir/Madam,

I am a German citizen by birth and I own a terraced house on Gildbrohøj which I have now agreed to sell to my tenant, subject to the municipality approving a new parking space. My personal number in Denmark (CPR) is [[020665-1944]]. Please advise.

Klaus Becker""")
