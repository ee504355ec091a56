"""corpus89 part G: CPR numbers in every format (lead-in or bare, signatures, two
numbers), from newcomers registering, applying and complaining; look-alike numbers
(residence card, SIRI and Udlændingestyrelsen case numbers, invoices, accounts, phone
numbers) as negatives."""
from common import M

M("e", """
Til Ydelseskontoret

Jeg har ikke fået min integrationsydelse for november. Mit cpr-nr. er [[150389-3127]].
Kontonummeret er det samme som før: reg. 2280 konto 6284117302.

Mvh
Samira Haidari
""")

M("", """
Hej

Mit opholdskort har nummeret DK 0412891234. Kan I se, om det er registreret rigtigt hos
jer? Jeg har fået et brev med et andet nummer.

Mvh
Emeka
""")

M("te", """
Hej Borgerservice

Jeg er flygtning fra Syrien og skal have hjælp til at udfylde ansøgning om
boligstøtte. Mine oplysninger:
Navn: Ghassan Mahfouz
CPR: [[220167 1859]]
Adresse: Ishøj Strandvej 80, 2. tv.

Tak
""")

M("", """
Hej

Vedr. faktura nr. 1503891234 for tolkning den 3. november: beløbet er trukket to gange
fra vores konto. Kan I tilbageføre det ene?

Venlig hilsen
Regnskab, Tolkebureauet Babel ApS
CVR 38291746
""")

M("he", """
Til Jobcentret

Jeg er sygemeldt med depression og kan ikke komme til mødet i næste uge. Lægeerklæring
er sendt med posten.

Venlig hilsen
Aleksandra Wójcik
[[301185\u20132604]]
""")

M("", """
Hej, mit journalnummer hos Udlændingestyrelsen er 010190-12345-AB. Skal jeg oplyse det til
kommunen, når jeg søger om sprogskole? Eller er det nok med mit navn?

Mvh
Farida
""")

M("e", """
Kære Center for Børn og Forebyggelse

Jeg er mor til Zahra ([[120317-4392]]) og Omar ([[050920-4511]]). Vi er flyttet til
Ishøj i august. Skolen siger at Zahra skal i modtagelsesklasse og Omar i
børnehave, men vi har ikke fået plads nogen steder. Jeg har ikke arbejde, og jeg kan
ikke starte på sprogskolen før de har en plads.

Masooma Hosseini
""")

M("", """
Hej

Vores kundenummer hos Ishøj Forsyning er 2503781146. Vi er en familie, der har fået
ny adresse. Kan regningen sendes til den nye adresse?
Hovedvejen 14, 2635 Ishøj.

Mvh familien Hansen
""")

M("b", """
Hej

Jeg vil gerne melde mig ud af folkekirken og i stedet meld ind i Den Katolske Kirke, min
kone og jeg går i kirke i Hvidovre hver søndag. Hvordan gør man?
CPR [[1407793265]]

Mvh Henrik Larsen
""")

M("", """
Til Borgerservice

Jeg ringede i går fra 52 14 03 87 og fik at vide, at mit nye sundhedskort er sendt.
Hvornår kommer det?

Mvh Lina
""")

M("e", """
Hej

Jeg har fået afslag på enkeltydelse til tandlæge. Sagsnr. 27.24.08-G01-3312-26. Jeg vil
klage.

Cpr: [[021299-1044]]
Nasser Amini
""")

M("u", """
Kære borgerrådgiver

Jeg er elektriker og medlem af Dansk El-Forbund. Jeg har fået en opkrævning fra
kommunen på 14.000 kr for en "skyldig ejendomsskat", men jeg bor til leje. Mit cpr er
[[181072-3389]]. Der er fejl.

Tomasz Mazur
""")

M("", """
Hej

Ordrenr. 1102857711 på en brochure om "Ny i Ishøj" på arabisk er ikke kommet frem. Vi
er Vejleåparkens beboerrådgiver og skulle have 200 stk.

Mvh
Beboerrådgiver Lone
tlf. 21 70 44 91
""")

M("he", """
Til Visitationen

Min far Nikolai Petrov, cpr.nr. [[061144-0712]], er flyttet ind hos mig.
Han har KOL og skal bruge ilt. Han har brug for en rollator og en seng med motor. Vi
søger hermed om hjælpemidler.

Mvh
Elena Petrova-Nielsen
""")

M("", """
Dear Borgerservice,

My passport number is P4412786 and my residence permit ID is 1106921234. I need a
certificate of residence for my bank. Can I get it online?

Regards,
Chidi Okafor
""")

M("ps", """
Til Byggesag

Min mand og jeg (to mænd, Carsten og Omid) har fået accept på vores bud på Pilemøllevej
22, men køberens bank... nej, vores bank vil have en byggetilladelse på carporten før
de godkender lånet. Har sælger søgt om den?

Carsten Bak
[[090873-1815]]
""")

M("", """
Hej

Bilag nr. 281095-0017 fra jeres betaling af vores tolkeregning mangler. Kan I sende det?

Vh
Arabisk Tolkeservice ApS
""")

M("eh", """
Hej

Jeg er blevet bevilget bostøtte efter min indlæggelse på psykiatrisk afdeling i
oktober. Men bostøttemedarbejderen er ikke kommet endnu. Min cpr er [[240601\u00a09987]].

Venlig hilsen
Wiktor
""")

M("", """
Til Integrationsteamet

Jeg har fået et brev med sagsnummer 2026-44-1203 og "reference 070591-IR". Hvad betyder
det? Jeg forstår ikke brevet.

Mvh Ivan
""")

M("et", """
Kære Jobcenter

Min søn Mohamed, cpr [[110304-4527]], er 22 og kom hertil fra Somalia som barn. Han har
fået brev om at han skal på uddannelseshjælp og i aktivering. Han har givet mig fuldmagt.
Kan vi få et møde sammen?

Mvh Faduma Jama
""")

M("", """
Hej

Hvad er telefonnummeret til Udlændingestyrelsens kontor i Ishøj? Eller har de slet
ikke et kontor her? Jeg har prøvet 70 20 30 40 men det er optaget.

Vh Kamal
""")

M("hb", """
Til borgmesterens sekretær

Min kone Mariam Georges, [[030586-2118]], er koptisk kristen og er indlagt
på Hvidovre med komplikationer i graviditeten. Hun skal have en præst fra den koptiske
kirke på besøg. Kan kommunen hjælpe med at finde en?

Mvh
Bishoy Georges
[[250882-3395]]
""")

M("", """
Hej

Jeg har fået kvittering med nummer 300987-2211 fra jeres online-booking til pasfornyelse.
Kan jeg flytte tiden?

Mvh
Pernille
""")

M("u", """
Hej

Jeg er HK-medlem og skal arbejde i Borgerservice som vikar fra januar. Jeg taler dansk,
engelsk og arabisk. Hvad skal jeg sende til lønkontoret?
Cpr. [[170694-2680]]

Hilsen Noor
""")

M("", """
Hello, the number 1803902201 on my letter from Ishøj Kommune, what is it? It is not
my personal number. It says "Debitornr."

Thanks, Diego
""")

M("sh", """
Hej

Jeg har lige fået at vide, at jeg er HIV-positiv. Min kæreste Lars, der også er mand,
vil gerne med til samtalen hos jeres sundhedsrådgiver. Må han det? Min cpr er
[[080998-3711]].

Mvh
Emil
""")

M("", """
Til Skatteafdelingen

Ejendomsnummer 0183-112245, Ishøj Stationsvej 11. Vi har købt huset i maj, handlen er
tinglyst, og vi vil gerne have ejendomsskattebilletten sendt til os fremover.

Mvh
Lars og Maja Sørensen
""")

M("e", """
Dear Social Committee,

I lost my job in September. I applied for kontanthjælp
on 2 October. My personal ID is [[160190-2957]]. I have had no answer and no money for
two months.

Abdelrahman Osman
""")

M("", """
Hej

Hvordan får man en kopi af sin vielsesattest, hvis man blev gift i Ishøj i 1998? Vores
reference hos kommunen er V-1998-0614.

Mvh
Grete
""")

M("pt", """
Hej Byggesag

Vi er et par fra Pakistan og har tilbudt 3,2 mio. for Ishøj Landsby 7. Sælger har ikke
svaret endnu. Er der nogen servitutter på grunden, vi skal kende? Køber-reference hos
mægleren: 20591187.

Mvh
Imran og Sadia Qureshi
""")

M("e", """
Hej

Jeg har fået brev om tilbagebetaling af boligstøtte på 6.200 kr. Jeg flyttede sammen med
min kæreste i maj og vidste ikke, at det skulle meldes.

Cpr-nr [[2911871142]]
Maria Gonzalez
""")

M("", """
Hej

Kan I oplyse reg.nr. og kontonummer, så jeg kan betale for sprogskolens materiale?
Fakturanummer 4411-2026.

Mvh Kwabena
""")

M("ue", """
Kære Jobcenter

Som tillidsrepræsentant for 3F på Ishøj Havn skriver jeg for min kollega Ahmed Yusuf,
[[040478-1153]], der er blevet fyret og skal melde sig ledig. Han har givet mig fuldmagt.

Med venlig hilsen
Kim Bach, TR
""")

M("", """
Hej

Telefon: +45 30 11 85 62. Jeg vil gerne ringes op om tilmelding til danskuddannelse.
Jeg har ikke fået CPR endnu, kun et midlertidigt nummer.

Vh
Eduardo
""")

M("th", """
Til sundhedsplejen

Vi er vietnamesiske og har fået en datter, Mai, [[151026-4130]]. Hun blev født tre uger
for tidligt og var indlagt på neonatal i ti dage. Vi vil gerne have besøg på vietnamesisk
eller engelsk.

Hoa og Minh
""")

M("p", """
Hej

Vi har underskrevet en betinget købsaftale på Ishøj Landsby 22. Banken skal bruge en
restanceerklæring. Sælgers navn er Ole Juhl, cpr [[120555-1093]]. Kan I sende den til
mægleren?

Mvh
Laura og Mikkel Bach
""")

M("s", """
Hej

Min mand Tobias og jeg skal have vores navne ændret til Lund-Madsen. Han er [[030391-1875]]
og jeg er [[271190\u20131431]]. Vi er to mænd og blev gift i september.

Mvh
Jonas Lund-Madsen
""")

M("u", """
Hej

Jeg skal starte som vikar i kommunens rengøring og er medlem af 3F. Lønkontoret har bedt
om mit cpr: [[0508961563]].

Mvh
Aleksander
""")

M("bh", """
Til hjemmesygeplejen

Min mor Fatima, [[011249\u00a02020]], er muslim og vil kun vaskes af kvindelige
sygeplejersker efter sin hofteoperation. Kan det lade sig gøre?

Mvh
Layla Jensen
""")

M("pu", """
Hej

Jeg er medlem af FOA og sælger min lejlighed på Gildbrovej. Køberen har budt, men vil
have tilbagebetalt indskud. Mit cpr er [[220873 2804]]. Kan kommunen bekræfte at der
ikke er lån i lejligheden?

Mvh
Helle Berg
""")
