"""Part J: more CPR-bearing mails to politicians, short and long, own and others' numbers."""
from common import M

M("e", """
Kære Lone, jeg har fået afslag på tilskud til tandpleje selvom jeg er på førtidspension. cpr [[101062 2041]]. kan du se på det? mvh Bodil
""")

M("he", """
Hej Kasper

Min far, Arne Juhl, [[2404372089]], har fået en rollator-bevilling, men den er aldrig kommet. Han er faldet to gange siden. Han har Parkinson.

Mvh Helle Juhl
""")

M("eh", """
Kære borgmester

Jeg har brug for en ledsager til hospitalet en gang om ugen, fordi jeg er næsten blind (grøn stær). Jeg har søgt ledsageordning og fået afslag. Mit personnr. er [[080749–1764]]. Jeg er alene og har ingen familie.

Med venlig hilsen
Inge Lise Bork
""")

M("b", """
Hej Morten

Jeg vil gerne melde mig ind i Venstres lokalforening i Ishøj. Kan du sende mig en indmeldelsesblanket? Mit cpr er [[170396-3155]] hvis det er nødvendigt.

Mvh Oskar Frandsen
""")

M("u", """
Kære Anne

Jeg er tillidsrepræsentant for Dansk Sygeplejeråd på hjemmeplejens sygeplejeklinik. Jeg har fået forkert skattekort registreret hos jer som arbejdsgiver. cpr [[221179 2530]].

Mvh Gitte Ravn
""")

M("t", """
Hej Lone

Jeg er født i Vietnam og kom som bådflygtning i 1979. Jeg søger om navneændring, så mit efternavn staves som i mit fødeland. Cpr: [[030365-2988]].

Mvh
Nguyen Van Thanh
""")

M("s", """
Kære Kasper

Min kone Mette og jeg (vi er begge kvinder) har fået en datter, og Borgerservice har registreret mig forkert som "far" i CPR. Mit cpr er [[120784-1602]], datterens [[050125-4038]]. Kan det rettes?

Mvh
Louise Friis
""")

M("e", """
Kære borgmester

Jeg har været anbragt som barn og ønsker aktindsigt i min sag fra 1990'erne. Cpr [[290885-1367]]. Jeg har skrevet til kommunen to gange uden svar.

Med venlig hilsen
Martin Kold
""")

M("he", """
hej kasper
min bror Jimmy (cpr [[1609881715]]) er narkoman og har lige fået en overdosis. han er på hvidovre nu. han har ikke nogen bolig og kommunen sagde sidste gang at han skulle "vise motivation". han kan dø.
mvh Tina
""")

M("p", """
Hej Anne

Vi er ved at købe en andelsbolig i Ishøj, og andelsforeningen kræver en erklæring fra kommunen om at vi ikke skylder ejendomsskat fra vores nuværende hus, som endnu ikke er solgt. Cpr [[040270-1458]] og [[181272-2026]].

Mvh
Per og Birgit Lund
""")

M("hu", """
Kære Morten

Jeg er 3F'er og arbejder som skraldemand for kommunens entreprenør. Jeg har fået en diskusprolaps og har været sygemeldt i 6 uger. Arbejdsgiveren har mistet mine papirer. cpr [[250183-1901]].

Mvh
Dennis Hald
""")

M("e", """
Kære udvalgsformand

Mit barnebarn, Alberte, cpr [[030610-4812]], er anbragt hos mig som netværksplejefamilie. Jeg har ikke fået plejevederlag i 3 måneder.

Venlig hilsen
Grete Nyholm
""")

M("tb", """
Kære borgmester

Jeg er eritreisk-ortodoks kristen og kom hertil som flygtning. Min søn skal døbes i vores kirke i København, men vi mangler en dåbsattest til kommunen. Hans cpr er [[140224-4119]].

Med venlig hilsen
Tesfay Haile
""")

M("eh", """
Kære Lone

Jeg skriver om min mor, Karen Villadsen, [[011129 1080]]. Hun er 96 og har fået afslag på plejebolig, selv om hun ikke længere kan stå op selv. Hjemmeplejen kommer 6 gange om dagen.

Mvh
Bente Villadsen
""")

M("e", """
Hej Kasper

Jeg har fået en gæld til kommunen på 23.000 kr. for for meget udbetalt boligstøtte, og de trækker det i min løn. Jeg kan ikke leve for det der er tilbage. Cpr [[070796-2714]].

Mvh
Sarah
""")

M("s", """
Kære Morten

Jeg og min mand Ahmad – jeg er selv mand – har søgt om at få registreret vores ægteskab fra Canada i Danmark. Kommunen mangler en bekræftelse. Mit cpr er [[230479-3341]].

Mvh
Jesper Holmgaard
""")

M("", """
Kære Morten

Jeg har et spørgsmål om et bilag fra jeres regnskab: bilag nr. 0301251187 står uden tekst. Hvad dækker det over? Jeg sidder i kontrolgruppen for Ishøj Pensionistforening.

Mvh
Henning Dyhr
""")

M("he", """
Kære Anne

Jeg skriver for min nabo, Birthe Lassen, [[1705441626]], som er blind og ikke kan læse sine breve fra kommunen. Hun har ikke fået svar på sin ansøgning om hjælpemidler.

Mvh
Kirsten Lauge
""")

M("ue", """
Hej Lone

Jeg er medlem af Lederne og blev afskediget som afdelingsleder i en privat virksomhed i Ishøj. Jeg har søgt om dagpenge. Cpr. nr. [[141071–2391]].

Venlig hilsen
Poul Erik Dam
""")

M("e", """
Kære borgmester

Jeg har søgt om at få min søn, Villads ([[220612-4737]]), fritaget for betaling i SFO fordi jeg er på dagpenge, men har fået afslag.

Mvh
Lene Thorup
""")

M("", """
Hej Lone

Jeg har et spørgsmål til ordrenummer 2406851109 fra Ishøj Kommunes webshop (Ishøj-kalenderen). Den er ikke kommet.

Mvh
Gitte
""")
