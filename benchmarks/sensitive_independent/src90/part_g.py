"""corpus90 part G: CPR numbers in every format (hyphen, none, space, en dash, no-break
space; with and without a lead-in; signatures; two numbers), mostly in debt, rent and
benefit mails; look-alike invoice, customer, payment, account and case numbers as
negatives."""
from common import M

M("e", """
Til Borgerservice

Jeg vil gerne søge om en afdragsordning på min gæld for for meget udbetalt
boligstøtte (5.340 kr.). Jeg kan betale 400 kr. om måneden.

Mit cpr-nr. er [[120387-1428]].

Med venlig hilsen
Simone Ravn
""")

M("", """
Til opkrævningen

Jeg har betalt faktura 1205871428 på 1.240 kr. den 2. december. Kan I bekræfte
at den er registreret? Kundenr. 2204633190.

Mvh Simon Rask
""")

M("e", """
Hej

Jeg er blevet sat ud og har ingen adresse. Jeg skal bruge en ny sundhedskort-adresse
(c/o min søster). Cpr [[030591-2217]]

Mvh Patrick
""")

M("eh", """
Kære jobcenter

Jeg har fået brev om tilbagebetaling af sygedagpenge på 8.900 kr. fordi min
arbejdsgiver har betalt løn i samme periode. Jeg forstår det ikke. Jeg var sygemeldt
med stress fra januar til april.

Personnummer: [[2207841133]]

Hilsen
Mia Thorsen
""")

M("", """
Hej

Vores aftale om betalingsservice for ejendomsskat har referencenummer 220784-1133, og
beløbet trækkes den 1. i måneden. Kan vi ændre datoen til den 5.?

Mvh Louise og Peter Kjær
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg er sælger af ejendommen Bredekærs Vænge 31. Købers advokat beder om en
ejendomsdatarapport og en bekræftelse af at der ikke er påbud. Kan I sende det til mig?

Ejer: Kristian Holst, cpr [[150962 1187]]

Med venlig hilsen
Kristian Holst
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg søger om hjælp til betaling af huslejerestance (3 måneder, i alt 17.250 kr.).
Jeg er på kontanthjælp og har fået en udsættelsesbegæring. Kopi vedhæftet.

Navn: Jamie Lauritsen
CPR: [[280493–2061]]
Adresse: Ishøj Strandvej 122, 3. tv.
""")

M("", """
Til Borgerservice

Jeg har mistet mit sundhedskort og vil gerne bestille et nyt. Kan det gøres på
borger.dk, eller skal jeg møde op? Jeg har ikke MitID lige nu.

Mvh Erna Kristiansen, tlf. 43 73 21 19
""")

M("eh", """
Kære Ulla Madsen

Jeg skriver om min mor, Inge Marie Kold, [[110541-0386]]. Hun har demens og har fået
en regning på 14.000 kr. for ophold på plejecentret, selvom hun kun har folkepension.
Vi forstår ikke beregningen. Jeg har fuldmagt.

Venlig hilsen
Torben Kold
""")

M("", """
Til Center for Borger, Økonomi og IT

Vedr. faktura nr. 1105410386, dateret 11. november 2026, for leje af lokale i Ishøj
Medborgerhus. Vi har ikke modtaget kreditnotaen som lovet. Vores EAN er 5798009812241.

Venlig hilsen
Kassereren, Ishøj Seniorsvømning
""")

M("ep", """
Til Borgerservice

Jeg er arving i dødsboet efter min far, Ole Dam, [[050238-0917]], død 2. oktober 2026.
Vi sælger hans hus i Ishøj Landsby og har en køber på 2,3 mio. Kommunen har et lån
til ejendomsskat tinglyst i huset. Kan vi få en indfrielsesopgørelse?

Mit eget cpr-nr. er [[180667-1428]].

Med venlig hilsen
Bettina Dam
""")


M("e", """
hej jeg har fået afslag på boligstøtte, jeg tror der er en fejl for jeg tjener kun
11.000 om måneden. mit cpr er [[091199 2413]]
mvh Emilie
""")

M("u", """
Til Personaleafdelingen

Jeg er ansat som pædagog i Vejleå Børnehus og har skiftet fagforening fra BUPL til
Krifa. Kan I opdatere lønsystemet, så kontingentet ikke længere trækkes?

Medarbejder: Hanne Skov, cpr. [[040379-1642]]
""")

M("", """
Til lønkontoret

Vi har fået lønseddel for november med medarbejdernr. 040379 og lønperiode 1642. Er
der byttet om på noget? Jeg kan ikke se min overtid.

Mvh Hanne
""")

M("te", """
Til Jobcenter Ishøj

Jeg er fra Syrien og har fået afslag på integrationsydelse til min datter, som er
flyttet hjem. Her er begges personnumre:

Mig: Abeer Al-Hassan [[010178-2650]]
Min datter: Lina Al-Hassan [[120105-4032]]

Med venlig hilsen
Abeer
""")

M("", """
Hej

Vi har fået et brev fra jer med journalnr. 27.12.00-A00-1805-26 om vejbump. Hvornår
er høringsfristen?

Mvh Bo
""")

M("he", """
Til Visitationen

Jeg søger om en rollator og en badebænk til min mand, Arne Bak, cpr. [[300834-1103]].
Han er faldet tre gange, efter han fik en hjerneblødning i foråret.

Med venlig hilsen
Grethe Bak
""")

M("", """
Til Center for Byudvikling og Natur

Vi har fået byggetilladelse (sagsnr. 300834-1103 står der på brevet, men det ligner
ikke et sagsnummer?). Kan I tjekke, om det er den rigtige sag for Kærgårdsvej 12?

Mvh Signe Bach
""")

M("e", """
Subject: Debt to the municipality - CPR

Hello,

As asked on the phone, here is my CPR number so you can find my case about the
daycare debt: [[250689-2844]]. I would like to pay 600 kr per month.

Regards,
Anna Kowalski
""")

M("e", """
Kære borgerrådgiver

Jeg har klaget over at kommunen har sendt min daginstitutionsgæld til inkasso. Jeg
vil gerne være anonym over for centret, men I skal nok bruge mit cpr-nummer:
[[171092-3318]]

Tak
""")

M("", """
Hej

Jeg har fået et sms fra "Ishøj Kommune" om at jeg skal betale 1.712,92 kr. til
reg. 9070 konto 1171092331. Er det snyd?

Mvh Gitte
""")

M("eh", """
Til Center for Borger, Økonomi og IT

Jeg har et spillemisbrug og har fået stor gæld til kviklån og til kommunen
(restskat og for meget udbetalt boligstøtte). Jeg er i behandling hos Center for
Ludomani nu. Kan jeg få hjælp til gældsrådgivning hos jer?

Venlig hilsen
Martin Kofoed
[[140290\u00a01155]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har spillet for 500 kr. i Ishøj Idrætsforenings lotteri og vundet en cykel. Skal
gevinsten opgives til skat? Lodnr. 140290 1155.

Mvh Kenneth
""")

M("ps", """
Til Plan og Byg

Min mand og jeg har købt en grund af kommunen på betingelse af, at vi kan få
byggetilladelse. Vi er to mænd og skal begge stå på skødet. Her er vores personnumre:

Martin Holm [[190885-1439]]
Søren Holm-Nielsen [[060482-2891]]

Med venlig hilsen
Martin
""")

M("e", """
Til opkrævningen

cpr [[2311751021]] - jeg har fået lønindeholdelse og vil gerne se opgørelsen over hvad
jeg skylder. Den er ikke i e-Boks.

Mvh Jonas Nygaard
""")

M("", """
Hej

Jeg har kundenr. 2311751021 hos jer på renovation og har fået forkert størrelse
beholder (240 l i stedet for 140 l). Kan den byttes?

Mvh Jonas
""")

M("eb", """
Til Borgerservice

Jeg søger om hjælp til udgifter ved min søns konfirmation i april. Jeg er enlig mor på
kontanthjælp.

Søn: Noah Juhl, [[070812-4521]]
Mor: Sanne Juhl, [[221184-1836]]
""")

M("", """
Til Borgerservice

Vi holder konfirmationsfest for vores nabos søn og skal bruge nogle ekstra borde.
Udlåner kommunen borde til private fester?

Mvh Kirsten og Henning
""")

M("e", """
Kære Center for Borger, Økonomi og IT

Jeg har fået en afgørelse om, at min friplads på SFO'en ophører, fordi min indkomst er
steget. Men jeg har kun fået job i tre måneder, derefter er jeg ledig igen. Kan I se på
det igen?

Jannie Bruun
Cpr.nr. [[150394–2710]]
""")

M("", """
Til Jobcenter Ishøj

Jeg er leder på Vejleå Genbrug og har en stilling som butiksmedhjælper (jobnr. 150394-2710
på Jobnet). Kan I sende kandidater?

Mvh Hanne Pors
""")

M("e", """
Til Borgerservice

Jeg er løsladt fra Vestre Fængsel i sidste uge efter 8 måneders afsoning og har ingen
bolig. Min kriminalforsorgsmedarbejder siger, jeg skal henvende mig til jer. Mit
personnummer: [[120796 3357]]

Mvh Kasper
""")

M("e", """
Hej

Jeg er blevet idømt en bøde på 15.000 kr. for butikstyveri og kan ikke betale. Kan
kommunen hjælpe med at betale eller lave en aftale med politiet? Jeg er på SU.

[[031001-4439]]
Mathilde
""")

M("", """
Hej

Jeg har fået et girokort fra Politiet for en fartbøde, betalings-id 031001443 9. Skal den
betales til kommunen eller til Rigspolitiet?

Mvh Frida
""")

M("h", """
Til Sygedagpengeteamet

Min kone Bente Lyng, [[271168-1924]], er indlagt efter et hjertestop og kan ikke selv
skrive. Hun er selvstændig og har en forsikring mod sygdom. Skal hun søge
sygedagpenge fra kommunen, og kan jeg søge for hende med fuldmagt?

Med venlig hilsen
Kurt Lyng
""")

M("e", """
Til Center for Borger, Økonomi og IT

Hermed ansøgning om lån til depositum. Vi er blevet opsagt fra vores lejlighed, fordi
den skal renoveres, og den nye bolig kræver 38.000 kr. i depositum. Min mand er ledig.

Ansøger: Dorthe Winther, [[020386\u00a02242]]
Medansøger: Jan Winther, [[090981-1171]]
""")

M("", """
Til Center for Byudvikling og Natur

Vi skal betale gebyr for byggesagsbehandling. I skriver reg.nr. 2211 og konto
0208862242. Er det Ishøj Kommunes konto? Det står ikke på fakturaen.

Mvh Dorthe
""")

M("pe", """
Til Borgerservice

Jeg skal sælge min andel i Tranehaven fordi jeg er gået konkurs med min butik, og
foreningen siger køberen skal godkendes af kommunen. Jeg har allerede en køber.
Sælger: Ali Osman, [[040575-3115]]. Køber: Fatma Öztürk, [[101099-2406]].

Mvh Ali
""")

M("", """
Hej

Vi har modtaget en opkrævning på vejafvanding, ordrenr. 2903781126 og
2903781134. Er det den samme regning to gange?

Mvh Familien Bruhn
""")

M("eu", """
Til Jobcenter Ishøj

Jeg er blevet afskediget fra Ishøj Kommunes vejafdeling og er medlem af 3F.
3F har bedt mig give jer mit personnummer, så I kan samarbejde om min sag: [[160371-3385]].

Mvh Per Lauridsen
""")

M("he", """
Hej

Jeg har fået brev om at jeg skal betale egenbetaling for madordning, men jeg har
ikke fået mad siden jeg var indlagt i september. Kan I stoppe opkrævningen?

Aase Bisgaard
[[210443-0868]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg er revisor for et lille selskab (CVR 21044308) og skal bruge en saldooplysning
på ejendomsskat for matr. 4ag Ishøj. Kan I sende den?

Med venlig hilsen
Karsten Lind, statsaut. revisor
""")

M("e", """
Kære borgmester

Jeg har ventet i 9 uger på svar om hjælp til min elregning. Jeg har børn og elselskabet
truer med at lukke for strømmen. Jeg har skrevet mit personnummer [[260788-1916]] i
alle mails, så I burde kunne finde mig.

Med venlig hilsen
Rebecca Olsen
""")

M("", """
Hej

Jeg kan ikke logge ind på Ishøj Kommunes selvbetjening for betaling af
forældrebetaling. Den siger "ugyldigt brugernummer 2607881916". Hvad gør jeg?

Mvh Rebecca
""")

M("u", """
Til Personalekontoret

Jeg er netop blevet valgt som tillidsrepræsentant for FOA på Ishøjhus. Kan I registrere
det, så jeg får tid til TR-arbejdet? Mit personnummer er [[190574-2288]].

Venlig hilsen
Gitte Holm
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har givet bud på kommunens grund, storparcel 3 i Ishøj Landsby Syd. I bad om begge
købers personnumre til købsaftalen:

Peter Lind [[121180–1455]]
Julie Lind [[030383–1862]]

Med venlig hilsen
Peter og Julie Lind
""")

M("h", """
Til Borgerservice

Jeg skal have nyt sundhedskort, da jeg har skiftet læge efter min diabetesdiagnose og
gerne vil have en læge tættere på. CPR [[200769 1513]]

Mvh Lotte Brink
""")

M("t", """
Hej

Jeg er fra Eritrea og skal bruge en navneændring efter vores traditioner, så min
fars navn bliver mit efternavn. Mit cpr-nummer: [[010101\u00a04718]]

Mvh Senait
""")

M("s", """
Til Borgerservice

Min mand Thomas og jeg er lige blevet gift på rådhuset, og jeg vil gerne tage hans
efternavn. Hvad skal jeg gøre?

Med venlig hilsen
Christian Holm, [[110890-1379]]
""")

M("hu", """
Kære jobcenter

Jeg er medlem af HK og har fået en § 56-aftale på mit arbejde pga. migræne. Min
arbejdsgiver siger, at aftalen udløber. Hvordan forlænges den?

Venlig hilsen
Dorthe Ravn
[[2505781624]]
""")

M("", """
Til opkrævningen

Vedr. jeres brev med løbenr. 2505781624 om vandafgift. Jeg har allerede betalt via
MobilePay den 30. november. Kan I tjekke det?

Mvh Dorthe
""")

M("u", """
Til lønkontoret

Jeg er BUPL-medlem og TR i Troldehøjen. Jeg har fået TR-tillæg i oktober, men ikke i
november. Kan I se på det? Personnummer [[130286-2934]].

Venlig hilsen
Sabrina Holt
""")

M("s", """
Hej

Min kone Maria og jeg (vi er to kvinder) vil gerne have ændret vores fælles adresse,
da vi er flyttet til Vejleåparken. Mit cpr er [[080793\u00a02168]], hendes er
[[290591–2804]].

Mvh Louise Friis
""")

M("ub", """
Til Borgerservice

Jeg er kandidat for Radikale Venstre til næste valg og medlem af Djøf. Jeg har brug for
en bopælsattest til opstillingen. Cpr: [[041285 1673]]

Med venlig hilsen
Mikkel Bjerregaard
""")
