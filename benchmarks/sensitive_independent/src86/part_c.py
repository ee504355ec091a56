"""corpus86 part C: ethnicity, mail from expats in English, forwarded mails
between citizens; general questions on interpreters and statistics as negatives."""
from common import M

M("t", """
Subject: RE: Your enquiry about registering our daughter

Hi again,

Thanks for the quick reply. To answer your question: yes, both my husband and I are
Irish citizens, born and raised in Cork, and our daughter was born at Hvidovre
Hospital in September. So she will need a CPR number from you, not from Ireland?

Best,
Siobhan Murphy

> From: Borgerservice Ishøj
> Sent: 9 November 2026 14:02
> Could you please tell us your nationality and where the child was born?
""")

M("t", """
Hej

Jeg skriver til dig som formand for Integrationsrådet. Min søn på 11 blev i går kaldt
"abe" og "sorte djævel" af tre drenge i skolegården på Vibeholmskolen. Han er den
eneste mørke i klassen. Skolen har svaret nedenfor, men jeg synes ikke det er nok.

Mariam Diallo

-----Oprindelig meddelelse-----
Fra: Vibeholmskolen, ledelsen
Sendt: 10. november 2026
Vi har talt med de involverede elever og forældre. Vi betragter sagen som afsluttet.
""")

M("", """
Hej

Kan man bestille en tolk til forældremøder på Gildbroskolen? Der er flere familier i
klassen, der har svært ved dansk, og vi vil gerne have at alle forstår, hvad der bliver
sagt om lejrskolen.

Venlig hilsen
Kontaktforælder 5.A, Lene Worm
""")

M("te", """
Til Jobcenter Ishøj

Jeg har fået jeres indkaldelse til samtale om min integrationsplan. Jeg kom til
Danmark som flygtning fra Syrien i 2016 og har arbejdet som buschauffør i fire år,
indtil jeg blev fyret i september. Jeg har ikke brug for tolk, jeg taler dansk.

Med venlig hilsen
Khaled Mansour

> Du indkaldes til samtale tirsdag 24. november kl. 13.30. Der vil være tolk.
""")

M("t", """
Dear Mayor,

I am an American who has lived in Ishøj for six years. I was at the citizens' meeting
on the new harbour plan on Tuesday and was told by another participant to "go home to
Trump-land" when I spoke. I am not asking you to do anything about him, but I would like
to know if there will be written comments accepted, since I did not get to finish.

Sincerely,
Rebecca Hollis

> Thank you for your e-mail. The mayor has received it. - Mayor's Office
""")

M("t", """
Til skolelederen og Børne- og Skoleudvalget (cc)

Vores datter Amira er adopteret fra Etiopien. Hun har fået at vide af sin lærer, at
hun ikke skal med til julefrokosten med klassen "fordi det nok ikke er noget for
hende". Hun holder jul med os ligesom alle andre børn. Vi vil gerne have en
forklaring.

Mette og Lars Kjeldsen
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Jeg læser i jeres årsrapport (link nedenfor), at andelen af flygtninge i job i Ishøj er
steget til 47 %. Hvordan er tallet opgjort? Er det fuldtidsjob eller også deltid?

Med venlig hilsen
Allan Kristoffersen, journalist, Ishøj Lokalavis

> www.ishoj.dk/aarsrapport-beskaeftigelse-2025
""")

M("te", """
Til borgerrådgiveren

Jeg er romani og har boet i Ishøj i 20 år. Min sagsbehandler i Ydelsesafdelingen sagde
til mig i telefonen, at "I plejer jo at have sorte penge", da jeg spurgte til min
kontanthjælp. Jeg vil klage over hende. Hvad skal jeg gøre?

Dragan (efternavn oplyses, hvis det er nødvendigt)
""")

M("t", """
---------- Videresendt meddelelse ---------
Fra: Farah Qureshi
Dato: 7. nov. 2026 21:40
Emne: Fw: mødet i boligafdelingen
Til: afdelingsbestyrelsen

Jeg sender lige det videre, jeg skrev til kommunen. Det er ikke i orden.

> Kære Ishøj Kommune
> Som pakistansk familie i Vejleåparken oplever vi, at vores ansøgning om
> fælleshuset til vores søns fødselsdag bliver afvist, mens danske familier får
> lov. Vi vil gerne have en forklaring.
> Farah Qureshi
""")

M("", """
Hej fælleshuset

Vi vil gerne leje fælleshuset i Vejleåparken til en fødselsdag lørdag den 12.
december fra kl. 14 til 22. Hvad koster det, og hvem har nøglen?

Mvh Yasmin og Ali
""")

M("ts", """
Hi Ishøj Kommune,

Replying to your letter about the family reunification documents (see below). My
husband Diego and I are a married gay couple; he is Brazilian and I'm Danish. The
immigration office asks for proof that we live together. Can you issue a confirmation
of address for both of us?

Thanks,
Jonas Friis Holm

> Dear Jonas Friis Holm,
> The Danish Agency for International Recruitment has asked for documentation.
""")

M("te", """
Hej

Videresender beskeden fra min svigermor, som ikke selv kan skrive dansk. Hun taler kun
tyrkisk og vil gerne vide, hvornår hjemmeplejen kommer i morgen, fordi hun skal til
frisør. Kan I ringe til mig i stedet?

Serkan Yilmaz, 29 87 41 10
""")

M("t", """
Kære Jesper Rasmussen, byrådet

Jeg er grønlænder og flyttede til Ishøj i 2023. Jeg har prøvet at få at vide, om der
er en forening for grønlændere i kommunen, men ingen i Borgerservice kunne svare. Ved
du noget?

Qulutannguaq (Qulu) Olsen
""")

M("", """
Kære Qulu

Tak for din mail. Jeg har spurgt Kultur og Fritid, og de har ikke nogen registreret
forening. Du kan søge om tilskud til at starte en, hvis I er mindst fem medlemmer.

Venlig hilsen
Jesper Rasmussen, byrådsmedlem
""")

M("tb", """
Til Ishøj Kommune, Kirkegårdsforvaltningen

Min far er død i Marokko, hvor han kom fra, men vi vil gerne begrave ham her i Ishøj,
hvor vi bor. Vi er muslimer og ønsker en muslimsk begravelse med graven vendt mod
Mekka. Har Ishøj Kirkegård et muslimsk gravområde?

Hassan El Amrani
""")

M("", """
Hej

Tak for jeres brev om den nye muslimske begravelsesplads i Vallensbæk. Er det åbent
for alle borgere i Ishøj, eller skal man være medlem af en forening? Vi skriver for
Ishøj Moskéforening, der får spørgsmålet fra mange.

Med venlig hilsen
Bestyrelsen, Ishøj Moskéforening
""")

M("t", """
Hello,

I'm a Ukrainian refugee and have lived in Ishøj since 2022. In your letter
you asked me to sign up for the language school. I already have B2 in Danish. Can I
skip it and start work at the bakery instead?

Olena Hrytsenko
""")

M("te", """
Kære Jobcenter

Jeg skriver på vegne af min mor Halima, som kun taler somali. Hun har fået et brev om at
hun skal til lægeundersøgelse, men hun forstår ikke hvad der står. Kan I sende det på
somali, eller ringe til mig?

Muna Abdi
""")

M("te", """
Hej

Vi (en kurdisk familie på seks) har stået på venteliste til en større lejlighed i
Ishøj i fire år og bor nu i en toværelses. Min mand er på dagpenge. Kan kommunen
anvise os en lejlighed?

Mvh Rojin Aziz
""")

M("", """
Hej Boligsocialt Team

Vi har læst jeres nyhedsbrev om helhedsplanen i Vejleåparken, hvor der står, at 38 %
af beboerne har ikke-vestlig baggrund. Hvor kommer tallet fra? Det virker højt.

Hilsen
Beboerbladet Vejleåposten
""")

M("t", """
Subject: Fwd: Re: racist comment at Ishøj station

Hi Council,

I'm forwarding a thread with my neighbour, who saw what happened. Please read it.

Kwame

---------- Forwarded message ---------
From: Søren (neighbour)
Sent: 5 Nov 2026 18:03
Subject: Re: racist comment at Ishøj station
To: Kwame Mensah

Kwame, I saw the guard shout at you and call you the n-word. I am happy to be a
witness. You should tell the kommune, since the guards are hired by them.
""")

M("t", """
Kære Center for Børn og Forebyggelse

Vores søn Yusuf er halvt dansk, halvt palæstinensisk. Han har fortalt, at han ikke må
spille fodbold med de andre i SFO'en, fordi han er "udlænding". Pædagogerne siger at
de ikke har hørt det. Vi beder om et møde.

Ida og Rami Haddad
""")

M("", """
Hi,

I am writing because the bus schedule on line 128 to Ishøj Station changed last week
and now there is no bus between 7:10 and 7:50. My children are late for school every day.
Who can I talk to about this?

Thanks,
Laura Bennett
""")

M("t", """
Til Borgerservice

Jeg har fået et brev om fornyelse af opholdstilladelse fra SIRI, og de beder om en
bopælsattest fra jer. Jeg er filippinsk og gift med en dansker. Hvor hurtigt kan jeg få
den?

Maria Santos Jensen
CPR [[150389-2762]]
""")

M("th", """
Kære Social- og Sundhedsudvalget

Min mor på 82 kom fra Bosnien i 1993 og taler stort set kun bosnisk. Hun har demens og
bliver angst, når hjemmesygeplejersken ikke forstår hende. Kan man ønske personale, der
taler bosnisk?

Amra Hodzic
""")

M("t", """
Re: Re: sprogcentret

Tak Lotte, det giver mening. Så jeg skal til samtale på Sprogcenter Vestegnen og ikke
hos jer. Jeg sender det videre til min kone, som også er fra Eritrea, så hun kan få en
tid samme dag.

Mvh Tesfay

> > Hej Lotte, jeg er lige flyttet til Ishøj. Skal jeg starte på sprogskole?
> Hej Tesfay, du skal kontakte sprogcentret direkte.
""")

M("", """
Hej Lotte

Tak for svaret. Jeg har nu fået tid på sprogcentret tirsdag. Kan jeg tage min datter
med, hvis jeg ikke har fået pasning?

Vh Anh
""")

M("tb", """
Kære borgmester

Jeg er jødisk og har boet i Ishøj hele mit liv. Efter demonstrationen på rådhuspladsen
sidste weekend har nogen sprayet hagekors på vores carport. Politiet er informeret, men
jeg vil gerne vide, om kommunen kan fjerne det hurtigt.

Med venlig hilsen
Ruth Melchior
""")

M("te", """
Hej

Jeg er en sort kvinde, og jeg har søgt 40 job gennem jobcentret i år og ikke fået en
eneste samtale. Min jobkonsulent siger, det er mit navn. Jeg vil gerne høre, om
kommunen gør noget mod diskrimination i rekrutteringen. Jeg får kontanthjælp og vil
gerne ud af det.

Mvh Grace Owusu
""")

M("", """
Kære borgmester

Jeg vil gerne spørge, hvad kommunen gør for at bekæmpe racisme i nattelivet i Ishøj
Bycenter, efter avisens artikel i sidste uge. Er der planer om et dialogmøde?

Med venlig hilsen
Karsten Bille
""")

M("t", """
Hej Ishøj Kommune

Jeg svarer på jeres spørgeskema om trivsel i boligområdet. Til spørgsmål 7 ("Hvad er
din baggrund?"): vi er vietnamesiske, kom her i 1980'erne. Til spørgsmål 9: vi er glade
for at bo her, men vi savner en gårdmand.

Hilsen
Nguyen Van Long og Thi Hoa
""")

M("the", """
Subject: Urgent - my son at Ishøj Skole

Dear School Nurse,

My son Arjun (grade 2) has type 1 diabetes and needs help with his insulin at lunch. We
moved here from Bangalore in August. We applied for a support person for him at
lunch in September and have heard nothing. The school says no one is trained. Please
advise.

Priya Raghavan
""")

M("", """
Dear Borgerservice,

I need to book a time to get a new health insurance card (the yellow card) because I
lost mine. The online booking shows nothing until December. Is there a faster way?

Thank you,
Jennifer Walsh
""")

M("t", """
Hej Borgerrådgiver

Min nabo (nr. 12) har i flere måneder råbt "perkere" efter mig og mine børn, når vi går
forbi. Boligselskabet siger, at det er en sag for kommunen eller politiet. Vi er fra
Irak. Hvad kan jeg gøre?

Zainab
""")

M("", """
Til Kultur og Fritid

Vi vil gerne søge tilskud til vores festival "Ishøj i farver", der samler foreninger fra
hele verden i Ishøj Bycenter i juni. Vi forventer 2.000 gæster. Hvor er ansøgningsskemaet?

Med venlig hilsen
Festivalgruppen
""")

M("tb", """
Hej

Min søn Arvind er sikh og bærer turban. Han må ikke komme med i svømmehallen med
skolen, fordi han ikke vil tage patkaen af. Vi er fra Punjab i Indien. Kan I finde en
løsning?

Harjit Singh
""")

M("t", """
Hej Anne (sagsbehandler)

Som aftalt i telefonen sender jeg oplysningerne om min datter Ayaan til
skoleindskrivningen. Vi taler somali derhjemme, hun kan lidt dansk fra børnehaven.

Fadumo Hassan
Cpr-nr. på Ayaan: [[030720 4112]]
""")

M("", """
Hej Anne

Tak for bekræftelsen på skoleindskrivningen. Jeg har nu også fået indkaldelsen til
skolestart-mødet den 14. januar. Kan min mand komme i stedet for mig?

Hilsen Fadumo
""")

M("t", """
Til Center for Voksne og Velfærd

Jeg er adopteret fra Sydkorea og er ved at søge mine papirer. Kommunen har måske mine
adoptionssager fra 1978 i arkivet. Hvem skal jeg skrive til?

Kim Sung-Hee Mortensen
Født [[120578-2224]]
""")

M("te", """
Emne: SV: Klage over afgørelse om boligstøtte

Hej,
Jeg forstår godt jeres svar, men min mand og jeg kom fra Afghanistan for tre år siden,
og vi har ikke haft indtægt i Danmark før i år. Så hvordan kan I bruge 2025 som
grundlag? Vi har kun min mands løn fra rengøringsfirmaet.

Nooria Ahmadi

> Vi fastholder afgørelsen om boligstøtte. Beregningen bygger på indkomsten i 2025.
""")

M("t", """
Hello Ishøj,

We're Australians, living in Ishøj on a 2-year work permit. I tried to sign our kids up
for the local football club but they need a Danish CPR for each child and we don't have
that yet. Is there a way around this?

Ben & Chloe Hartley
""")

M("", """
Hej

Jeg har set på hjemmesiden, at I søger tolke til arabisk, tigrinya og farsi. Skal man
have en uddannelse, eller kan man søge med erfaring?

Mvh Jamal
""")

M("tu", """
Hej Erhvervs- og Beskæftigelsesudvalget

Jeg er tillidsrepræsentant for HK på Ishøj Rådhus og har fået henvendelser fra tre
kolleger med pakistansk baggrund, der føler sig forbigået ved forfremmelser. Jeg selv
er af tyrkisk afstamning. Må jeg bede om et møde?

Mvh
Emre Kaya
""")
