"""corpus86 part G: CPR numbers in every format, in new text, quoted letters and
signatures; look-alike numbers (invoice, customer, p-nr, case) as negatives."""
from common import M

M("", """
Hej Borgerservice

Jeg har bestilt tid til nyt pas den 26. november kl. 9.20, men kan ikke komme. Kan I
flytte den? Mit personnummer er [[210788-2917]], bookingnummer 44812.

Mvh Jesper Kromann
""")

M("", """
Hej Borgerservice

Jeg har bestilt tid til nyt kørekort torsdag kl. 14.40 og vil gerne flytte den til
ugen efter. Bookingnummer 44907, telefon 22 41 80 19.

Mvh Marlene Fisker
""")

M("h", """
SV: Kvittering for din ansøgning om parkeringskort for handicappede

Tak. Jeg glemte at skrive min mors cpr-nummer: [[1802371245]]. Hun er 89, har
været blind på det ene øje siden 2019 og går dårligt efter et hoftebrud.

Venlig hilsen
Bent Nyborg

> Vi har modtaget ansøgningen om parkeringskort. Ansøgningen sendes til Danske
> Handicaporganisationer, som udsteder kortet.
""")

M("", """
Til Opkrævningen

Jeg har fået en rykker på fakturanr. 1203241456 for renovation, men jeg har betalt den
4. oktober fra reg.nr. 2191 konto 6872114390. Kvitteringen er vedhæftet. Kundenummer
0701851234.

Mvh
Kirsten Aagaard
""")

M("e", """
Hej

Jeg skal bruge en udskrift af min kontanthjælp for 2026 til min bank. Kan I sende
den til min e-Boks? Cpr: [[011093 3388]]

Tak
Mathias
""")

M("he", """
-----Oprindelig meddelelse-----
Fra: Lone Hviid
Sendt: 12. oktober 2026 16:10
Til: Visitationen
Emne: Madordning til min far

Min far, Svend Hviid, [[230841-1015]], er kommet hjem efter en blodprop i hjernen og
kan ikke selv lave mad. Kan han få mad bragt ud?

-----Svar 10. november-----
Hej igen. Det er en måned siden. Han har tabt fire kilo. /Lone
""")

M("", """
Til Center for Borger, Økonomi og IT

Vores leverandørnummer hos jer er 1611891034, og fakturaen fra 2. november (nr.
2026-11-0211) er stadig ikke betalt. Vores CVR er 35114409 og EAN-nummeret vi har fakturet
til er 5798000551027.

Med venlig hilsen
Bogholderiet, Vestegnens Vinduespolering ApS
""")

M("e", """
Hej

Vedlægger oplysninger på mine to børn til ansøgningen om friplads, som jeres
sagsbehandler bad om:

Oliver, cpr [[140415-4431]]
Ella, cpr [[020118-4728]]

Min indkomst er 14.200 kr. om måneden efter skat.

Mvh Stine Krogh
""")

M("ht", """
Dear Ishøj Kommune,

My husband (Pedro Alves, personal ID number [[120380\u20133557]]) is Portuguese and
is hospitalised at Herlev after a stroke. He was supposed to attend the citizenship
ceremony next week. Can the invitation be postponed?

Yours sincerely,
Maria Alves
""")

M("", """
Dear Ishøj Kommune,

My husband was supposed to attend the citizens' meeting on the new harbour next week but
will be travelling. Can he send written comments instead? Our reference is case
2026-33817.

Yours sincerely,
Maria Lopes
""")

M("p", """
Hej Borgerservice

Vi skal bruge en ejendomsoplysning fra jer til køberne af vores hus, de har givet et
bud, men deres bank kræver at se, at der ikke er tinglyst gæld til kommunen.

Ejer: Nikolaj Brandt, cpr. [[090972-2251]]
Adresse: Tranegildevej 31

Venlig hilsen
Nikolaj
""")

M("h", """
Hej Tandreguleringen

Min datter Luna, [[260910-4322]], har fået tid den 30. november, men hun er indlagt
på Rigshospitalet med blindtarmsbetændelse. Kan vi få en ny tid i december?

Kh Rikke Bach
""")

M("", """
Hej

Referencen på jeres brev er 190385-0071, men der står ikke hvad det drejer sig om. Er
det bilag til vores byggesag på Ishøj Søvej 4? Jeg har ledt i e-Boks uden at finde
noget.

Hilsen
Vagn Borg
""")

M("eh", """
Subject: SV: Refusion af medicinudgifter

Hej, jeg har nu sendt kvitteringerne for min insulin og mine teststrimler for oktober.
Håber det var det I manglede. Jeg har fået helbredstillæg til min pension siden 2021.

Venlig hilsen
Verner Lyng
Personnummer: [[030653-0717]]
Vejleåparken 19, st. th.
""")

M("s", """
Hej

Vi vil gerne have vores søn Bastian skrevet op til børnehave. Vi er to fædre, og det er
Kristian der står som far nr. 1 i folkeregistret. Hans cpr er [[171186-1209]], mit er
[[050484-1833]].

Venlig hilsen
Henrik Vedel
""")

M("", """
Hej Dagtilbud

Vi vil gerne skrive vores datter op til børnehave fra august. Hun går nu i vuggestuen
Mælkebøtten. Hvordan gør vi?

Mvh Sara og Rasmus
""")

M("u", """
Til Løn og Personale

Jeg har fået jeres mail om manglende oplysninger til lønsystemet. Her er de:

Navn: Jens Erik Storm
Cpr: [[190569-1977]]
Fagforening: 3F, kontingent trækkes af lønnen

Med venlig hilsen
Jens Erik Storm
""")

M("", """
Til Løn og Personale

Her er mine oplysninger til lønsystemet:

Navn: Birgitte Skov
Reg.nr. 1551 kontonr. 3402771904
Skattekort: hovedkort
Medarbejdernummer: 0311882

Med venlig hilsen
Birgitte
""")

M("e", """
Hej Ishøj Kommune

Min søster Dorthe Leth ([[220762 2104]]) bor på Bostedet Strandbo. Hun har fået brev
om egenbetaling for ophold, men hun kan ikke selv læse det. Jeg har fuldmagt. Hvad skal
hun betale fra januar?

Hilsen
Merete Leth
""")

M("", """
Hej

Jeg sender lige målerdata fra fjernvarmen, som I bad om i brevet nedenfor:

Målernr. 71204855, aflæsning 27.513 kWh pr. 1. november.
Installationsnr. 2807911046.

Mvh Lars Hjorth

> Venligst oplys målernummer og aflæsning for din varmemåler.
""")

M("eh", """
Kære borgerrådgiver

Jeg har fået afslag på at få hjælp til tandbehandling. Jeg er på førtidspension på grund
af en hjerneskade og har ikke råd til 18.000 kr. Mit CPR er [[281078\u00a01651]].
Vedhæftet er afslaget.

Med venlig hilsen
Jan Kock
""")

M("b", """
Hej Ishøj Kirkegård

Jeg er præst i Den Ortodokse Kirke og skal forrette en begravelse den 2. december for en
af vores menighed. Kan jeg få adgang til kapellet kl. 10?

Fader Nikolai Popescu
""")

M("he", """
Emne: VS: Klage over hjemmeplejen

Hej Borgerrådgiveren

Min klage til centret er nedenfor, og jeg har ikke fået svar på den. Min mor hedder
Anna Jakobsen, [[150636-0552]]. Hun har demens og får besøg af hjemmeplejen tre gange
om dagen, men i sidste uge kom de slet ikke om aftenen to gange.

Jette Jakobsen

-----Oprindelig meddelelse-----
Til: Hjemmeplejen Distrikt Nord
Emne: Manglende aftenbesøg
Min mor har ikke fået sin aftenmedicin tirsdag og torsdag.
""")

M("", """
Til Skatteafdelingen

Vedr. ejendomsskat for Brohusvej 3, ejendomsnr. 183-0004471: jeg kan se, at beløbet er
trukket to gange (15. marts og 18. marts). Beløbet 9.412 kr. bedes tilbagebetalt til
reg. 3409 konto 11220459.

Hilsen
Ib Clausen
""")

M("t", """
Hi,

I need a confirmation of residence for my visa renewal. I'm from Nigeria and have been
living in Ishøj since 2024. My CPR number is [[070391-3298]].

Thanks,
Chinedu Okafor
""")

M("e", """
Hej

Jeg har sendt det før men gør det igen:
Navn Sabrina Olsen
cpr [[1604972368]]
Jeg søger om hjælp til depositum til ny lejlighed, jeg er blevet sat ud af den gamle.

Sabrina
""")

M("", """
Hej

Jeg har fået et brev med sagsnr. 2026-0411-1108 om at min hund ikke er registreret.
Hunden er chippet (chipnr. 208250000411287), så det må være en fejl.

Mvh Anita Voss
""")

M("h", """
Hej Sundhedsplejen

Vores datter Maja, født 2. september, cpr [[020926-4638]], har svært ved at tage på, og
lægen mener hun har refluks. Kan sundhedsplejersken komme på ekstra besøg?

Kh Trine og Mikkel
""")

M("", """
Hej Sundhedsplejen

Vi er lige flyttet til Ishøj med vores søn på 4 måneder. Hvornår kommer
sundhedsplejersken på besøg, og skal vi selv bestille tid?

Kh Signe
""")

M("ue", """
Til Jobcenter Ishøj

Jeg har været ledig siden juni og er medlem af Dansk Metal og deres a-kasse. Jeg har
fået tilbud om et løntilskudsjob på Ishøj Havn, og jeg vil gerne sige ja.

Venlig hilsen
Kenneth Bruun
CPR-nr.: [[110379\u20131623]]
""")

M("pe", """
Hej gældsrådgivningen

Her er mine oplysninger som lovet:
Jeanette Nielsen, [[300480-1910]]
Samlet gæld: 412.000 kr. (inkl. billån og kreditkort)
Huset: sat til salg hos Nybolig, udbudspris 2,4 mio., ingen bud endnu, men to fremvisninger

Jeanette
""")

M("", """
Hej

Vores ordrenummer i jeres webshop (Ishøj Kulturhus) er 2508931047, og vi har ikke fået
billetterne til julekoncerten. Kan I sende dem igen?

Mvh Hanne Kjær
""")

M("h", """
Til Center for Børn og Forebyggelse

Vi har fået jeres brev om, at Victor skal til skolelægen. Han har ADHD og får
medicin, så vi vil gerne have, at lægen ser hans vækstkurve.

Victor Hansen, [[051014-4517]]

Hilsen mor, Louise
""")

M("sb", """
Hej

Jeg vil gerne melde mig ud af folkekirken. Jeg er konverteret til jødedommen og skal
giftes med min kone Rebecca i synagogen til foråret. Hvordan gør jeg? Mit personnummer er
[[240691-2620]].

Mvh Marie Levin
""")

M("", """
Hej Borgerservice

Jeg fik en sms med teksten "Din sag 1104920088 er opdateret". Jeg har ikke nogen sag
hos jer, så jeg tror det er en fejl. Mit telefonnummer er 31 77 40 12.

Hilsen Gitte
""")

M("he", """
Hej Team Voksne

Som aftalt pr. telefon: Ronja Sand, [[080399-2854]], starter på dagcenteret for
unge med autisme fra 1. december. Jeg er hendes mor og har fuldmagt.

Med venlig hilsen
Mette Sand
""")

M("e", """
Emne: SV: SV: Afgørelse om boligstøtte - rettelse

Der står stadig forkert cpr-nummer i afgørelsen, den rigtige er [[130195-3166]] og ikke
[[130195-3616]], som er min bror. Kan I sende en ny afgørelse om boligstøtte?

Mvh Ditte Vang

> > Afgørelse om boligstøtte til Ditte Vang: 1.860 kr./md.
""")

M("", """
Hej

Jeg har et spørgsmål til jeres brev med journalnummer 27.24.00-K04-1-26: hvem er
sagsbehandler, og hvilken dato er høringsfristen? Der står 31.11.2026, men den dato
findes ikke.

Mvh Ole Kragh
""")

M("h", """
-----Oprindelig meddelelse-----
Fra: Tina Berg
Sendt: 9. november 2026
Til: Skolesundhedsplejen
Emne: Søren Berg [[130812-4201]]

Søren har epilepsi og skal have sin nødmedicin med på lejrskolen. Hvem på turen ved
hvordan den gives?

-----Videresendt-----
Hej klasselærer, kopi til orientering. /Tina
""")

M("", """
Hej Skolesundhedsplejen

Hvornår er der syns- og hørelsesundersøgelse for 0. klasse på Ishøj Skole?

Hilsen Tina Berg
""")

M("et", """
Til Ydelseskontoret

Jeg har fået integrationsydelse siden jeg kom fra Eritrea i 2023. Jeg er nu begyndt på
SOSU-uddannelsen og får SU. Skal jeg stoppe integrationsydelsen selv?

Med venlig hilsen
Senait Tesfamariam
[[010100-4996]]
""")

M("", """
Hej

I har sendt mig et brev med fejl i mit telefonnummer. Det rigtige er 42 18 07 91, ikke
42 18 79 01. Kan I rette det i systemet?

Vh Henning
""")

M("u", """
Hej HR

Her er mine papirer til ansættelsen som buschauffør i Ishøj Kommunes kørselsordning:

Mads Hjort, cpr.nr. [[211166 1373]]
Fagforening: FOA, og jeg vil gerne være med i valget af tillidsrepræsentant

Venlig hilsen
Mads
""")

M("e", """
Kære Center for Børn og Forebyggelse

Vores plejebarn Jonas ([[190616-5032]]) skal have ny skole fra januar. Hvem skal vi tale
med om kørslen?

Med venlig hilsen
Plejefamilien Holm
""")

M("", """
Hej

Policenummer 0208951177 hos Tryg dækker vores carport, men forsikringen vil have
kommunens byggetilladelse fra 2015. Kan I finde den? Adressen er Ishøj Parkvej 42.

Mvh Allan Borch
""")
