"""corpus29 part G: thanks, anger and petitions to the mayor; short mails; more origin, orientation and trade cases."""
from common import M

M("", """tak for at I lod biblioteket i Vejleå blive. det betyder meget for vores gade. hilsen Mona""")

M("", """Kære borgmester. I er nogle klovne. Mvh en vred skatteyder""")

M("t", """Kære borgmester

Tak for at komme til vores fællesspisning i Gadekæret. Som du måske husker, er jeg den ene af de tre afghanske mødre, der lavede maden. Vi blev så glade for, at du spiste med og spurgte til vores historie.

Kærlig hilsen
Marzia Rahimi""")

M("", """Kære borgmester

Tak for at komme til fællesspisningen i Gadekæret. Det var en dejlig aften, og maden var fantastisk.

Kærlig hilsen
Beboerforeningen""")

M("s", """hej mette, vi var dem med de to mødre-skilte til pride i lørdags. bare tak fordi du gik med. det betød noget for vores børn at se en politiker der. kh Nina og Josefine""")

M("p", """Kære Jens

Vi har et tilbud på vores hus på Torslundevej, men køberen vil have, at vi venter med at skrive under, til byrådet har besluttet, om bussen bliver. Hvornår er mødet?

Mvh
Karsten og Ulla""")

M("", """Kære Jens

Hvornår er byrådsmødet, hvor bussen på Torslundevej skal besluttes? Det står ikke på hjemmesiden.

Mvh
Karsten""")

M("t", """Kære Ahmad Karimi

Jeg er selv af tamilsk oprindelse og vil gerne takke dig for dit indlæg i Ishøj Lokalavis om diskrimination på boligmarkedet. Det var, som om du skrev min historie.

Mvh
Thiru Rajan""")

M("", """Kære Ahmad Karimi

Tak for dit indlæg i Ishøj Lokalavis om diskrimination på boligmarkedet. Det var en vigtig pointe, som jeg håber, andre politikere vil tage op.

Mvh
Thomas""")

M("sh", """Kære Lone

Min kæreste, Ida, og jeg (Sofie) har lige fået at vide, at vi venter tvillinger efter fertilitetsbehandling. Vi vil gerne sige tak for, at kommunen har lavet den nye vejledning for regnbuefamilier hos sundhedsplejen. Vi skal nok bruge den.

Kh
Sofie""")

M("", """Kære Lone

Hvor kan jeg finde kommunens vejledning for regnbuefamilier hos sundhedsplejen? Jeg er sundhedsplejerske i en nabokommune og vil gerne lade mig inspirere.

Mvh
Tina""")

M("p", """Hej Kim

Min svoger er ved at købe Bageriet på Ishøj Bygade, og han har bedt mig spørge, om kommunen vil give tilladelse til udeservering. Handlen afhænger af det. Han hedder Peter Moos.

Mvh
Lis""")

M("", """Hej Kim

Kan bagerier på Ishøj Bygade få tilladelse til udeservering? Og hvad koster det?

Mvh
Lis""")

M("t", """Kære Jesper

Jeg er halvt jamaicansk og har altid været den eneste mørke i klassen. Nu er jeg voksen og træner i Ishøj Atletik. Jeg vil gerne foreslå et projekt mod racisme i idrætsforeningerne. Kan jeg få 15 minutter hos dig?

Mvh
Marcus Holm""")

M("hb", """Kære borgmester

Jeg er Jehovas Vidne og har fået en ny hofte på Hvidovre Hospital uden blodtransfusion. Alt gik godt. Jeg ville bare sige tak til hjemmesygeplejen, der har været til stor hjælp i genoptræningen. De fortjener ros.

Venlig hilsen
Aase Thorsen""")

M("", """Kære borgmester

Jeg vil gerne rose hjemmesygeplejen i Ishøj. De gør et fantastisk stykke arbejde under svære forhold.

Venlig hilsen
Aase""")

M("s", """Kære Jens Vinding

Jeg er bøsse og 68 år. Jeg vil gerne foreslå, at kommunens seniorklubber også laver arrangementer for ældre LGBT+-personer. Jeg kender mange, der sidder alene.

Mvh
Poul Ebbesen""")

M("pe", """Hej Ahmad

Vi har fået et bud på vores andel i Ishøj Strandpark, men vi kan ikke sælge til den pris, fordi vi skylder 300.000 i banken efter min mands konkurs. Kan kommunen hjælpe med noget, eller er det kun banken?

Mvh
Rita Berg""")

M("", """Kære byrådsmedlemmer

Ishøj Andelsboligforening har bedt en valuar vurdere samtlige andele. Vi sender rapporten til orientering. Der er ingen handler i gang.

Mvh
Bestyrelsen""")

M("t", """Kære Mette

Mine forældre er fra Libanon, og jeg er født her. Når jeg søger job i kommunen, bliver jeg aldrig kaldt til samtale. Jeg har sendt 23 ansøgninger. Jeg er uddannet socialrådgiver. Tænk over, hvem I ansætter.

Mvh
Layla Haidar""")

M("s", """Kære Ahmad

Jeg er biseksuel og har lige fået job som pædagog i en kommunal børnehave. Jeg har oplevet, at en forælder har bedt om, at jeg ikke skifter ble på hendes barn, fordi hun har hørt om min kæreste, der er kvinde. Lederen bakkede mig op, men jeg synes, byrådet skal vide det.

Mvh
Tobias Lund""")

M("", """Kære Ahmad

Jeg læste din kommentar på Facebook om ligestilling. Er du ikke medlem af SF? Så burde du også stemme for flere penge til kvindekrisecentret.

Mvh
Birgit""")

M("e", """Kære borgmester

Jeg bor på kvindekrisecentret med mine to børn efter at være flygtet fra min mand. Jeg skal finde en bolig, men kommunen siger, der er otte måneders ventetid. Jeg kan ikke blive her så længe.

Mvh
en kvinde fra Ishøj, Hanne""")

M("pt", """Hej Jens

Vi er en indisk familie, der prøver at købe et hus i Vejleå. Vi har budt tre gange og er hver gang blevet overbudt, selv om vi bød mere. Mægleren siger, at sælger 'foretrækker en dansk familie'. Det er vel ikke lovligt?

Mvh
Ravi og Priya Sharma""")

M("", """Kære Kim

Jeg forstår ikke, hvorfor kommunen bruger 2,4 mio. kr. på et nyt skilt ved indkørslen til Ishøj. Det er spild af penge.

Mvh
Henrik""")

M("ub", """Kære Kim Hansen

Jeg er 3F'er og socialdemokrat som dig. Jeg har stemt på dig to gange. Men jeg er skuffet over, at partiets gruppe har accepteret udliciteringen af vejservice. Vi må stå sammen.

Mvh
Ole Holst""")
