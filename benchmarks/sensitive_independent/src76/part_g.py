"""corpus76 part G: EU citizens, refugees and expats; English and mixed mails."""
from common import M

M("te", """
Dear citizen advisor,

I am Romanian and have lived and worked in Ishøj for six years. I lost my job at the
warehouse in August and applied for kontanthjælp. My caseworker told me on the phone
that "people like you should go home if there is no work". I have the right to stay
as an EU worker, and I think this was not a correct way to speak.

I would like to complain about the caseworker and about the decision, which I have
not received in writing.

Regards,
Andrei Popescu
""")

M("ts", """
Hi,

I'm American and moved to Ishøj with my husband, Jesper, in March. When I came to
Borgerservice to register our marriage, the clerk kept asking where "my wife" was and
finally said "oh, so you're the wife then" to the colleague next to her. It was not
funny to us. I would like to file a complaint.

Best,
Tyler Brooks
""")

M("bt", """
Dear headmaster,

We are from Gujarat in India and we celebrate Diwali every year with our family.
This year it falls on a school day, and our request for one day off for our daughter
Priya was refused. We would like to appeal this. It is our most important festival.

Kind regards,
Rajesh and Meera Patel
""")

M("", """
Hello,

What are the opening hours of the International Citizen Service, and do I need to
book an appointment to get help with my tax card?

Thanks,
Sam
""")

M("th", """
Hello Borgerservice,

I am from the Philippines and I work as an au pair in Ishøj. I am four months pregnant
and I still have not received my health card after eight weeks, so I cannot see a
doctor. Every time I call, they say "it is being processed". Can someone help me?

Maria Santos
""")

M("tu", """
Til Center for Byudvikling og Natur

Jeg er lastbilchauffør fra Litauen og bor i Ishøj. Jeg er medlem af 3F. Den nye
regel om forbud mod at parkere lastbil på Industrivej om natten betyder, at jeg skal
køre 20 km for at sove i min egen seng. Jeg vil klage over reglen og spørge om der
kan laves en plads.

Vytautas Kazlauskas
""")

M("te", """
Шановні / Kære Ishøj Kommune

Jeg er fra Ukraine og er med i integrationsprogrammet. Min sagsbehandler har skrevet
at jeg ikke deltager i danskundervisningen, men jeg har været der hver dag. Læreren
kan bekræfte det. Jeg vil klage, fordi jeg får mindre penge.

Iryna Bondarenko
CPR [[140388-2946]]
""")

M("", """
Hello,

If I disagree with a decision from the municipality, how do I appeal? Is there a
deadline, and can I write my appeal in English?

Best regards,
Chris
""")

M("s", """
hej biblioteket / hi library

As a gay man and co-organiser of the book club for LGBT+ readers, I was surprised
that our poster for the reading evening was taken down from the notice board. The
staff told me it was "too political". Could you please explain the rules?

Best,
Daniel Hoffmann
""")

M("tbe", """
Til borgerrådgiveren

Jeg kom som flygtning fra Iran og er konverteret til kristendommen. Ved min samtale på
jobcentret i oktober var tolken fra samme land, og han sagde på farsi at jeg var en
forræder. Jeg turde ikke sige noget. Jeg vil klage og beder om en anden tolk næste
gang.

Venlig hilsen
Reza
""")

M("tbe", """
Til Plejecenter Ishøjhus

Vi er ortodokse kristne fra Eritrea. Vores mor bor hos jer og holder faste før påske,
hvor hun ikke spiser kød og mælk. Personalet har givet hende almindelig mad og sagt, at
"det bestemmer vi". Hun spiser så ingenting. Vi vil gerne klage over det.

Venlig hilsen
Senait Gebremedhin
""")

M("", """
Hallo,

ich bin neu in Ishøj und verstehe die Mülltrennung nicht. Gibt es Informationen auf
Deutsch oder Englisch? Welche Tonne ist für Plastik?

Danke,
Karin Weber
""")

M("t", """
Dear Borgerservice,

I'm from Spain and moved here for work. I received a letter saying my address
registration is "invalid" and I will be fined if I do not correct it. The tone was
very threatening, and nobody has told me what is wrong. I'd like to complain about
the letter and get an explanation.

Lucía Fernández
""")

M("the", """
Til jobcentret

Jeg er kurder fra Irak og har været sygemeldt fra mit job i køkkenet siden juni på
grund af smerter i ryggen. Jeg har fået sygedagpenge. Jeg har bedt om tolk til
opfølgningssamtalen to gange, men der kom ingen. Jeg forstod ikke hvad der blev sagt.
Jeg vil klage.

Shilan Mahmoud
""")

M("ts", """
Dzień dobry / Dear Ishøj Kommune,

My wife Agata and I are from Poland and got married in Kraków in May. When I tried to
register the marriage at Borgerservice, I was told a marriage between two women from
Poland "is not valid here". That is wrong. I would like a written decision so I can
appeal.

Magdalena Nowicka
""")

M("b", """
Til Ishøj Kommune

Vi er to missionærer fra Jesu Kristi Kirke af Sidste Dages Hellige og er blevet
bedt af vagten om at forlade pladsen foran biblioteket, hvor vi talte med folk. Vi
delte ikke foldere ud. Vi vil gerne vide, hvilke regler der gælder, og om vi kan klage.

Ældste Johnson og Ældste Miller
""")

M("", """
Dear Ishøj Kommune,

I am a journalist with a German newspaper writing about Danish housing policy. Could
you tell me how many residents of Ishøj were born outside Denmark, and how the
municipality works with the rules on vulnerable housing areas?

Kind regards,
Jana Schulz, Süddeutsche Zeitung
""")

M("tu", """
Til Center for Byudvikling og Natur

Jeg er født i Tyrkiet og medlem af HK. Jeg har søgt om tilladelse til at holde en
lille udendørs fest for mine kolleger i fagforeningsklubben i parken ved Ishøj Sø og
fået afslag, fordi det "ikke er en forening". Andre grupper har fået lov. Jeg klager.

Ahmet Demir
""")

M("te", """
Til Ishøj Kommune

Jeg er afghansk flygtning og har fået brev om at jeg skal sættes ud af lejligheden på
grund af huslejerestance på 11.000 kr. Jeg har arbejde nu og kan betale af. Jeg har
bedt kommunen om hjælp, men ingen har svaret. Hjælp mig venligst.

Sayed Hussaini
""")

M("s", """
Dear daycare management,

My partner Emma and I (two women) just received the registration form for our son.
It only has fields for "mother" and "father". This is the third time we get a form
like that from the municipality. Could you please update it? It sounds small, but it
makes us feel invisible.

Kind regards,
Hannah Whitmore
""")

M("the", """
Til Center for Voksne og Velfærd, Visitationen

Min far Yusuf Haddad, [[010350-1443]], er fra Syrien og taler kun arabisk. Han har
demens og har søgt om plejebolig i maj. Vi har nu fået afslag, fordi han "kan klare sig
med hjemmehjælp". Visitatoren talte kun dansk med ham uden tolk. Vi klager over
afgørelsen.

Nour Haddad
""")

M("", """
Hi,

I'm starting as an Erasmus student at DTU and will live in Ishøj. How do I get a CPR
number, and how long does it take? Do I need it to open a bank account?

Thanks,
Lukas
""")

M("b", """
Dear Mayor,

As a member of Humanistisk Samfund, I would like to object to the opening of the
council meeting in December with a hymn. It should be possible to start a public
meeting without a religious element.

Kind regards,
Oliver Grant
""")

M("tse", """
Dear citizen advisor,

I am Nigerian and bisexual, and I came to Denmark because I was not safe at home.
The municipality placed me in a shared house in Ishøj, and one of the other tenants
threatens me every day because of who I am. I asked my caseworker to move me and was
told to "try to get along". I want to complain.

Chidi
""")

M("tu", """
Til borgmesteren

Jeg er fra Bulgarien, gør rent på skolerne i Ishøj for et firma, kommunen har kontrakt
med, og er medlem af Serviceforbundet. Vi får ikke betaling for den tid vi bruger på
at køre mellem skolerne. Kommunen burde sikre ordentlige forhold, når den køber
rengøring.

Elena Dimitrova
""")

M("", """
Hello,

As an EU citizen, do I need a registration certificate before I can rent a flat in
Ishøj, or is a CPR number enough? The landlord asks for both.

Thank you,
Matteo
""")

M("tb", """
Til Kultur og Fritid

Jeg er imam for en lille somalisk menighed i Ishøj og er selv fra Somalia. Vi har søgt
om at leje et lokale i Medborgerhuset til koranundervisning for børn om lørdagen og
fået afslag. Andre foreninger har fået lokaler til sprogundervisning. Jeg vil gerne
klage.

Sheikh Abdullahi Farah
""")

M("se", """
Kære Familieafdelingen / Dear family unit,

My husband Søren and I have had our foster son, Oliver, with us for two years. His
caseworker has changed four times this year, and the new one has not met him. We want
to complain about the lack of continuity. Han har brug for en fast voksen i systemet.

Best regards,
Jack Morrison
""")

M("t", """
Til borgerrådgiveren

Jeg er fra Nuuk og flyttede til Ishøj sidste år. Ved mit første møde på Borgerservice
spurgte medarbejderen, om jeg "havde et problem med alkohol som de fleste deroppe".
Jeg drikker ikke. Jeg vil gerne klage over det spørgsmål.

Naja Petersen
""")

M("th", """
Dear Sundhedsplejen,

We are from India and my wife Ananya is eight months pregnant with our first child.
We were told that the health visitor only speaks Danish and that we should bring our
own interpreter. Is that correct? We would like to complain if so.

Regards,
Vikram Iyer
""")

M("", """
Hi,

It is very hard for international residents to find information in English on
ishoj.dk, and the bus connections to the town hall are bad. Please consider this in
your next budget.

Kind regards,
An international resident
""")

M("bt", """
Til Kultur og Fritid

Vi er tamilske hinduer og har i mange år holdt vores tempelfest med optog ved Ishøj
Strand. I år har vi fået afslag på tilladelse uden begrundelse. Vi vil gerne klage og
vide, hvad der er ændret.

På vegne af familierne
Kumaran Sivakumar
""")

M("te", """
Til Ishøj Kommune, Familieydelser

Jestem z Polski / Jeg er fra Polen og har fået brev om at min børne- og
ungeydelse stopper fordi jeg "ikke har optjeningsret". Jeg har arbejdet her i 8 år.
Jeg klager over afgørelsen.

Katarzyna Zielińska
[[050685–2380]]
""")

M("ts", """
Hej Ishøj kommun,

Vi är två män som har flyttat hit från Malmö och gifte oss i våras. Vi har fått
ett brev där det står "Kære fru Lindqvist" till min man. Det är tredje gången. Kan ni
rätta det i ert system?

Med vänliga hälsningar
Anders och Johan Lindqvist
""")

M("", """
Hej,

Jag har en liten båt och vill ha en plats i Ishøj Havn. Hur anmäler jag mig till
väntelistan, och vad kostar det per år?

Tack,
Per Ekström
""")

M("tu", """
Dear Center for Byudvikling og Natur,

I'm Irish and a member of IDA, working as an engineer in Copenhagen. My building
application for a small extension has been "under review" since April without any
questions. I would like to complain about the processing time.

Kind regards,
Niamh O'Brien
""")

M("te", """
Til Familieafdelingen

Jeg er pakistansk og blev skilt i foråret. Min eksmand vil tage vores børn med til
Pakistan i sommerferien, og jeg er bange for at de ikke kommer tilbage. Familieretshuset
siger at jeg skal tale med kommunen. Ingen svarer mig. Jeg vil klage over at ingen
tager det alvorligt.

Sadia
""")

M("b", """
Til Borgerservice

Da jeg skulle have taget pasbillede, bad medarbejderen mig tage min turban af. Jeg er
sikh og har altid fået lov at have den på, så længe ansigtet kan ses. Jeg vil gerne
klage og vide hvilke regler I følger.

Harpreet Singh Gill
""")

M("", """
Til Ishøj Kommune

Vi er en gruppe frivillige i Venligboerne Ishøj. Kan I oplyse, hvor mange flygtninge
kommunen har modtaget de seneste tre år, og hvor mange der er i job eller uddannelse?
Vi vil bruge tallene i vores årsberetning.

Venlig hilsen
Venligboerne Ishøj
""")

M("tsb", """
Til borgerrådgiveren

Jeg er fra Libanon, kristen og homoseksuel. Ved et møde i kommunen om min bolig sagde
tolken noget til mig på arabisk om at "folk som dig ikke er rigtige kristne". Jeg vil
have en anden tolk og vil klage over det, der skete.

Elias
""")

M("tue", """
Dear Jobcenter,

I'm Italian and was a chef at a restaurant in Ishøj until it closed in September. I am
a member of 3F. At my first meeting at the jobcenter, my caseworker said I should
"look for pizza places". I want a real plan for my skills as a chef.

Giulia Romano
""")

M("s", """
Dear Borgerservice,

My husband and I (we are both men) married in Copenhagen in June. His CPR record still
says "ugift", and mine says "gift" with no spouse. My CPR is [[230791\u00a01455]]. We
would like this corrected and would like to know why it went wrong.

Best regards,
Paul Fischer
""")

M("", """
Hello,

Why does it take eight weeks to get an appointment at Borgerservice for international
residents? In Copenhagen it takes one week. This is not acceptable.

Regards,
A frustrated newcomer
""")

M("tbe", """
Til borgerrådgiveren

Jeg er hazara fra Afghanistan og shia-muslim. Jeg får kontanthjælp. Ved mine møder i
jobcentret har de brugt en tolk fra en anden gruppe, som taler nedsættende om hazaraer
og om shia. Jeg har sagt det før. Jeg vil klage og have en anden tolk.

Zahra Rezaei
""")
