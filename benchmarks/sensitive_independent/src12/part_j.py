"""Part J: last week of the month - reminders, quoted replies and a few CPR mails with no-break spaces."""
from common import M

M("s", """
Fra: Jonas Eriksen
Sendt: 26. februar 2026 09:31
Til: Center for Voksne og Velfærd
Emne: Sv: Pårørendesamtale

> Kære Jonas. Du er velkommen til at tage en pårørende med.

Så tager jeg min mand Kenneth med. Vi har været gift i 9 år og han ved alt om min situation.

Jonas
""")

M("he", """
Hej

Jeg skriver igen angående min ansøgning om sygedagpenge. Jeg er stadig sygemeldt efter min brystkræftoperation og har ikke fået penge siden januar. Cpr [[250374\u00a02318]].

Mvh Charlotte Winge
""")

M("p", """
Sv: Landzonetilladelse

> Kære Flemming. Vi forventer at træffe afgørelse i uge 14.

Det er fint. Bare så I ved det: køberen af gården på Tranegildevej 3 har sagt, at han først skriver endeligt under, når landzonetilladelsen foreligger. Vi har aftalt prisen, men intet er underskrevet.

Flemming Hjortshøj
""")

M("", """
Hej

Jeg er journalist på Ishøj Avis. Kan I bekræfte at kommunens overskud for 2025 var 34 mio. kr.? Og hvor meget er der sat af til skoler?

Mvh Line Kjær
""")

M("", """
Hej

Hvorfor er grundskylden i Ishøj højere end i Vallensbæk? Det er jo næsten samme type huse. Er det et politisk valg?
""")

M("e", """
Hej

Min søster Pia bor på Ishøj Strandvej 12 og er ved at blive sat ud på grund af huslejerestance. Hun har ikke åbnet sin post i månedsvis. Jeg har fuldmagt. Kan vi få et møde med en socialrådgiver?

Mvh Lene Dahl, [[020681\u00a01846]]
""")

M("", """
Sv: Kontakt til socialrådgiver

> Du kan ringe til den åbne rådgivning mandag-torsdag 9-12.

Er der også åben rådgivning på fredage? Jeg spørger for en kollega.
""")

M("t", """
Hej

Jeg er romani og har boet i Ishøj hele mit liv. Min datter blev spurgt i skolen om "sigøjnere stjæler". Jeg vil gerne tale med skolelederen på Ishøj Skole om det.

Mvh Milena Stojanović
""")

M("", """
Hej

Kan man få tilskud til en sommerlejr for en forening med mange tosprogede børn? Vi er Ishøj Multikulturelle Forening.

Mvh bestyrelsen
""")

M("u", """
> Kære Jan. Vi har noteret din opsigelse.

Tak. Jeg vil bare sige at jeg har talt med min fagforening, Dansk Metal, om feriepengene, og de mener at I mangler at udbetale 4 dage. Vil I tjekke?

Jan Ebbesen
""")

M("", """
Hej

Hvornår bliver isbanen på Ishøj Torv sat op i år?
""")

M("", """
Hej

Er der kommunal støtte til varmeregninger i vinteren 2026? Eller var det kun i 2022?
""")

M("b", """
Hej

Jeg er muslim og min søn skal omskæres. Jeg har hørt at kommunen giver tilskud til det på sygehuset. Er det rigtigt?

Mvh Abdullahi Farah
""")

M("", """
Hej

Hvor mange borgere i Ishøj er medlem af et trossamfund? Jeg leder efter statistik.
""")

M("h", """
Fra: Gitte Lund
Til: post@ishoj.dk
Emne: VS: Genoptræning

> Din genoptræningsplan er modtaget fra Hvidovre Hospital.

Tak, men jeg er stadig ikke blevet ringet op, og min skulder efter bruddet er stivnet helt. Hvornår starter forløbet?

Gitte
""")

M("", """
Hej

Hvor ligger Ishøjs genoptræningscenter og kan man komme med bus 300S?
""")

M("ep", """
Hej

Jeg er dødsboets advokat for afdøde Erik Holm. Arvingerne er uenige, og en af dem har budt på huset på Kongsholm Allé 55, mens en anden vil sælge til en udefrakommende køber. Samtidig er der gæld til kommunen for plejebolig. Kan vi få en opgørelse?

Med venlig hilsen
Advokat Pernille Fog
""")

M("", """
Hej

Hvor mange ledige plejeboliger har kommunen? Og hvad koster en plejebolig om måneden?
""")

M("", """
Hej

Vi er en erhvervsdrivende i Ishøj og vil gerne høre om erhvervsaffaldsgebyret. Hvad betaler man pr. år?
""")

M("s", """
Hej

Jeg og min kæreste Lise (vi er kvinder) har fået afslag på at stå sammen på ventelisten til en ungdomsbolig. Begrundelsen er at vi ikke er gift. Gælder det også heteropar?

Mvh Maria
""")
