"""corpus71 part G: forwarded chains, signatures and CPR numbers in every form."""
from common import M

M("pe", """
Til Center for Borger, Økonomi og IT

Jeg skal sælge min lejlighed på Ishøj Strandvej, og køber har betinget sig at
restancen på ejendomsskat er betalt inden overtagelsen. Jeg kan først betale når
salget går igennem. Kan I lave en aftale?

Med venlig hilsen
Pia Jørgensen
Cpr.nr. [[121063\u00a02150]]
""")

M("s", """
Hej Karsten

Jeg og min mand skal giftes på rådhuset i maj. Vi er to mænd, og vi vil gerne have at
borgmesteren vier os. Kan det lade sig gøre? Mine oplysninger: Kristian Bach,
[[030392-3219]]. Min mands oplysninger kommer i næste mail.

Mvh
Kristian
""")

M("", """
Hej

Jeg har fået en regning fra kommunen på renovation, kundenummer 0704861123, men
jeg er flyttet. Kan I lukke kontoen? Min nye adresse er Gersonsvej 3, Hvidovre.

Hilsen
Rasmus Mose
""")

M("he", """
Fra: Lisbeth Vang
Sendt: 21. oktober 2026 08:02
Til: Jobcenter Ishøj
Emne: VS: Sygemelding

Videresender lige min sygemelding igen, da I siger I ikke har fået den.

> Jeg er sygemeldt fra i dag med en lungebetændelse, lægen siger mindst tre uger.
> Jeg er timelønnet og har ingen arbejdsgiver der betaler, så jeg søger sygedagpenge.
> Cpr: [[2505791844]]

Lisbeth
""")

M("tb", """
Til Kultur og Fritid

Vi er en iransk-kristen menighed med omkring 40 medlemmer, og jeg er selv konverteret
fra islam for ti år siden. Vi søger et fast lokale til søndagsgudstjeneste. Som
kontaktperson oplyser jeg:

Behrouz Jafari
[[140178-1205]]
Ishøj Boulevard 12, 2.tv
""")

M("", """
Til Ishøj Kommune

Jeg har bestilt storskrald via selvbetjeningen, ordrenr. 2411261357, men bilen kom
ikke. Kan I sende en ny? Det står ved vejen på Brushøjvej 14.

Hilsen
Finn Kragh
""")

M("eh", """
Kære borgmester

Jeg har fået afslag på en trappelift, selvom jeg har hjertesvigt og ikke kan gå op til
min lejlighed på 3. sal. Jeg bliver nødt til at flytte. Mit cpr-nr. er [[061146–1818]].
Kan du se på det?

Venlig hilsen
Eigil Fisker
""")

M("pt", """
Til Center for Byudvikling og Natur

We are a Dutch couple who recently moved to Denmark. We have made an offer on a
house on Ishøj Landsbygade, conditional on permission to build a greenhouse.
The estate agent says we should ask you. Our Danish CPR numbers, in case you need
them: [[170584-2961]] (Marieke) and [[091182-2813]] (Joost).

Kind regards
Marieke and Joost van Dijk
""")

M("e", """
hej

min kontanthjælp er ikke kommet ind i dag. hvad sker der? jeg har ingen penge til mad.
mit cpr er [[190799 2345]]

sidney
""")

M("su", """
Til udvalgsformanden for Beskæftigelse

Jeg skriver som tillidsrepræsentant for HK på rådhuset, men også personligt: jeg er
bøsse og har oplevet at blive forbigået til en stilling. Jeg vedlægger min ansøgning og
afslaget. Mine data: Morten Falck, [[081276-3391]].

Venlig hilsen
Morten
""")

M("", """
Hej Lise

Jeg har et spørgsmål om mit fjernvarmeregnskab. Målernr. 65123409, aflæsning
1401.55 MWh. Det virker som om der er regnet forkert. Hvem i kommunen kan hjælpe, eller
er det forsyningen?

Mvh
Hans Ove Rasmussen
""")

M("he", """
-----Oprindelig meddelelse-----
Fra: Ishøj Kommune, Jobcenter
Sendt: 2. november 2026
Emne: Indkaldelse til samtale

Du indkaldes til samtale om din sygedagpengesag 12. november kl. 13.00.
-----

Hej, jeg ligger på Hvidovre Hospital efter en operation i maven og kan ikke komme.
Kan den flyttes? Mit personnummer er [[300665\u00a01471]].

Bjarne Holm
""")

M("bp", """
Til direktionsassistenten, Center for Byudvikling og Natur

Menighedsrådet og jeg som sognepræst ønsker at købe et lille jordstykke bag
præsteboligen, som naboen vil sælge. Vi har en mundtlig aftale om prisen. Hvilke
tilladelser kræver det?

Med venlig hilsen
Marianne Gjerløv, sognepræst i Ishøj Sogn
""")

M("te", """
Kære Merete

Min bror Rashid blev anholdt i sidste uge og sidder nu varetægtsfængslet. Han er fra
Gambia og har boet her i otte år. Hans to børn bor hos mig nu. Hvordan søger jeg om
børnetilskud for dem? Hans cpr er [[230888-1677]], mit er [[111190-2264]].

Mariama Jallow
""")

M("", """
Til Center for Byudvikling og Natur

Vedrørende faktura 1706241199 for slamsugning: beløbet er trukket to gange fra vores
konto, reg.nr. 2191 kontonr. 6271123456. Kan I refundere det ene beløb?

Venlig hilsen
Niels og Tove Dam
""")

M("sh", """
Til Ishøj Kommune, Sundhedsplejen

Min kone Christina er gravid med vores andet barn. Jeg er medmor til vores første. Vi vil
gerne have samme sundhedsplejerske igen, hvis muligt.

Christinas cpr: [[200493-2758]]

Hilsen Signe
""")

M("u", """
Hej borgmester

Jeg er faglig sekretær i 3F Vestegnen, men skriver i dag som menigt medlem af min
afdeling og som borger: vi vil gerne have cykelstier langs Industrivej, så folk kan cykle
sikkert på arbejde.

Hilsen
Jacob Strøm
""")

M("eu", """
Til Jobcenter Ishøj

Jeg har været ledig i ni måneder og er medlem af Metal a-kasse. Jeg vedlægger
dokumentation for min jobsøgning. Husk at det er nyt mobilnr.: 28 84 51 06.

Morten Sejr Kjærulff
[[1712862419]]
""")

M("", """
Til hovedpostkassen

Jeg har fået tilsendt en rykker med sagsnr. 2705761023, men jeg kan ikke se hvad den
handler om. Der står ikke et beløb. Er det en fejl?

Venlig hilsen
Karin Holt
""")

M("ph", """
Kære Lise Brandt

Jeg ejer en grund i Ishøj Landsby, som jeg har solgt til en udvikler med forbehold for en
ny lokalplan. Jeg har kræft og vil gerne have salget på plads, mens jeg stadig kan. Mit
cpr: [[220958-1389]]. Kan du fortælle hvor sagen står?

Venlig hilsen
Ulla Kornum
""")

M("e", """
Til Borgerrådgiveren

Min søn på 16 er anbragt på en institution, og ingen fra familieafdelingen har ringet
til mig i to måneder. Hans personnummer er [[010710-4587]]. Jeg vil klage over den
manglende kontakt.

Med venlig hilsen
Hanne Bech
""")

M("", """
Hej

Jeg er fra Netcompany, og vi leverer det nye sagssystem. Vi har brug for en testbruger
med fiktive data. Er det jer der opretter den? Ordrenummer hos os: PO-2026-4471.

Med venlig hilsen
Anders Weiss
""")

M("bs", """
Dear Mayor,

I am a Buddhist monk living in Ishøj with my partner, Tom, also a man. We would like to
open a small meditation room in our rented flat for neighbours. Do we need permission
from the municipality or only from the landlord?

With kind regards
Bhante Thomas Ekberg
CPR [[251069-1197]]
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg søger om enkeltydelse til et nyt køleskab, da mit gamle er gået i stykker, og jeg
lever af førtidspension. Mit cpr-nummer: [[101055–0862]].

Med venlig hilsen
Elisabeth Winther
""")

M("ut", """
Til Merete Dahl

Jeg er FOA-medlem og fra Filippinerne. Jeg vil bare spørge om kommunen har lavet en aftale
om ekstra tillæg for nattevagter i plejen. Mine kolleger og jeg har ikke fået noget.
Ref. mine lønsedler: medarbejdernr. 112874.

Venlig hilsen
Maricel Santos
""")

M("", """
Hej Ishøj Kommune,

Jeg vil gerne høre om I har en EAN-nummer til fakturering. Vores EAN er
5798000123456. Vi er et mindre byggefirma der har leveret til skolerenoveringen.

Hilsen
Jeppe Skaarup
""")

M("he", """
Til jobcentret

Jeg har fået brev om jobafklaringsforløb, da min sygedagpengeperiode er slut. Jeg
har stadig slem leddegigt. Mit personnr. er [[171172 2238]]. Hvornår bliver jeg indkaldt?

Med venlig hilsen
Gitte Kjær Nielsen
""")

M("b", """
Hej Karsten

Jeg er medlem af Dansk Folkeparti, og jeg deler ikke din holdning til moskébyggeriet.
Men jeg vil gerne komme til dit borgermøde og tale med dig om det.

Med venlig hilsen
Finn Larsen
cpr.-nr. [[040250-2917]]
""")

M("ps", """
Til Center for Byudvikling og Natur

Vi er to kvinder, der har købt et hus i Torslunde betinget af at vi kan få lov til at
lave en ekstra udgang til haven. Vi overtager 1. januar, hvis alt går. Min kone hedder
Birgitte Hald, [[280375-2746]], og jeg er Ann-Sofie Hald.

Venlig hilsen
Ann-Sofie
""")

M("e", """
Fra: Jonas Bager <jonas.bager@gmail.com>
Til: hovedpostkassen@ishoj.dk
Emne: Fwd: Udbetaling af boligstøtte

Hej, jeg skriver igen. Mit cpr er [[181203-4531]]. Jeg har søgt boligstøtte i
september og har ikke hørt noget.

-------- Videresendt meddelelse --------
Fra: Udbetaling Danmark
Vi har modtaget din ansøgning.
""")

M("", """
Hej

Der er fejl i jeres nyhedsbrev: telefonnummeret til Borgerservice står som 4353 3000,
men det er vel 43 57 70 00? Og datoen 12.06.2026 for borgermødet er en fredag, ikke
en torsdag.

Venlig hilsen
Britta Juul
""")

M("the", """
Til Center for Voksne og Velfærd

Min mor taler kun vietnamesisk og har fået en blodprop i hjernen. Hun skal hjem fra
hospitalet i næste uge, og vi søger hermed om hjemmehjælp til hende. Hendes cpr er [[010345-0488]].

Venlig hilsen
Thanh Nguyen
""")

M("p", """
Hej Lise

Jeg har budt på Ishøj Kommunes grund ved Strandgårdsvej sammen med min bror. Vores
bud lyder på 1,9 mio. Kan du fortælle mig hvornår kommunen afgør det?

Mvh
Lars Sundby
Personnr. [[050471-1023]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har et spørgsmål om et tilbagebetalt beløb på 2.301,11 kr. fra kommunen. Beløbet er
indsat på konto 1551-4411223344, tekst "IK 0210231987". Hvad dækker det?

Med venlig hilsen
Susanne og Leif Bro
""")

M("eu", """
Kære borgmester

Jeg er 3F-medlem og er blevet fyret som buschauffør. Jeg har søgt om at få min
ejendomsskat udskudt, sagen ligger hos jer. Cpr [[230566-1125]]. Kan det gå lidt hurtigere?

Jørgen Skov
""")

M("s", """
Hej

Jeg er en pansexuel kvinde og vil gerne melde mig som frivillig i kommunens
venskabsordning for ældre LGBT+-personer. Hvor skal jeg sende min ansøgning? Mit cpr til
børneattesten: [[150900-4372]].

Hilsen Nora
""")

M("", """
Hej Lise

Jeg har ringet til jobcentret om mit barnebarns sommerjob på nr. 72 35 14 40 tre gange,
men ingen tager den. Hvornår har de telefontid? Han er 15 og søger bare et fritidsjob.

Hilsen
Gerda
""")
