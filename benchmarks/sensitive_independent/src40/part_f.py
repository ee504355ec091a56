"""Part F: CPR numbers in every form, numbers that only look like CPR numbers, and hard negatives from the committee and main mailboxes."""
from common import M

M("", """
Hej

Jeg har betalt faktura 1405261002 to gange. Kan I refundere den ene? Reg.nr. 1551 kontonr. 3204178865.

Mvh Hanne Bro
""")

M("", """
Til opkrævningen

Kundenummer: 0912874411
Fakturanr.: 2004260187
Beløb: 1.245,00

Jeg mener jeg har betalt. Se kvittering.

Mvh John
""")

M("", """
Til Teknik- og Miljøudvalget

Journalnr. 01.02.05-P19-3-26 – klage over afslag på dispensation til carport. Carporten er 30 cm for høj efter jeres regler, men det er tåbeligt.

Mvh Finn Tønder
""")

M("", """
Hej

Min telefon er 20 11 85 43 45? nej undskyld, det er 20 11 85 43. Ring gerne efter kl. 16 om hækken.

Mvh Carl
""")

M("", """
Hej, vores forening har CVR 38 11 92 04 og vi søger om tilskud fra §18-puljen til vores besøgsvenner. Ansøgning vedhæftet. Mvh Ishøj Besøgsvenner
""")

M("", """
Til hovedpostkassen

Sag 2026-0412-3381: I skrev at svaret kommer inden 10 hverdage. Det er nu 14 hverdage siden (kvittering af 14.04.26). Hvor bliver det af?

Mvh Grethe
""")

M("", """
Kære dagsordensamler

Jeg har læst dagsordenen for udvalgsmødet den 12/05-2026, punkt 7. Jeg vil gerne have, at mit høringssvar fra 010426 kommer med som bilag.

Venlig hilsen
Ove Vinding
""")

M("", """
Hej,

Jeg fik bøde nr. 2611094455 for at holde på handicap-p-pladsen ved Rådhuset, men jeg holdt på den almindelige plads ved siden af. Billeder vedhæftet.

Mvh Peter Kold
""")

M("", """
Hej kommune. EAN 5798000395077 står på jeres faktura til vores skolebod, men vi har ikke et EAN-nummer. Er det en fejl? Mvh skoleboden, Strandskolen
""")

M("", """
Kære Lars Møller (udvalgsformand)

Du har sikkert fået mange mails om lokalplanen. Jeg vil bare sige at jeg synes det er fint med flere boliger i bymidten. Ishøj trænger til liv.

Venlig hilsen
Birgitte
""")

M("", """
Emne: Re: Re: Høring om skolestruktur

Jeg er enig med min nabo nedenfor. Luk ikke Strandskolen.

Mvh Annie

> Den 29. april 2026 skrev Jens Lund:
> Skolesammenlægningen vil ødelægge lokalsamfundet. Jeg har gået på Strandskolen, mine børn gik der, og jeg vil have mine børnebørn der.
""")

M("", """
<p>Hej,</p><p>Jeg vil gerne have et klippekort til Ishøj Svømmehal. Kan det købes online?</p><p>Mvh<br>Dennis</p>
""")

M("", """
Navn: Ulla Steen
Adresse: Tranegilde Strandvej 22
Emne: Hundeskov
Besked: Hvorfor er hundeskoven ved Ishøj Sø lukket? Min hund savner den.
""")

M("", """
Navn: Karsten
Emne: vej
Besked: der er et kæmpe hul i vejen på Vejlebrovej ud for nr 100. det har været der i 3 uger. nogen brækker benet snart
""")

M("", """
Dear council,

I am a researcher at the University of Copenhagen studying how Danish municipalities handle citizen inquiries. Could I get statistics on how many inquiries the citizen advisor received in 2025, by centre?

Kind regards
Dr. Emma Clarke
""")

M("", """
Kære borgerrådgiver

Jeg har læst din årsberetning. 27 henvendelser om Voksne og Velfærd virker mange. Hvad gør kommunen for at lære af klagerne?

Mvh Svend
""")

M("", """
Hej

Vi er nogle forældre der vil klage over at SFO'en lukker kl. 16.30 om fredagen. Det passer ikke med folk der arbejder til 17.

Mvh Forældregruppen Søholm
""")

M("", """
Hi! Is the citizen service (borgerservice) open on Grundlovsdag 5 June? I need to pick up my passport. Thanks, Lena
""")

M("", """
Hej Hovedpostkassen

Videresender lige denne mail som jeg har modtaget fra en anden borger ved en fejl. Jeg har ikke læst den. Slettet fra min indbakke.

Mvh Tove Skovgaard
""")

M("", """
Til Økonomiudvalget

Hvorfor er kommunens udgifter til førtidspension steget med 9 % i 2025? Er det flere borgere eller højere satser? Jeg sidder i Handicaprådet og vil gerne forstå tallet.

Mvh Henning Mortensen
""")

M("", """
Kære udvalg

Fagforeningerne har ret i at løntilskud bruges for meget. Det er min mening som borger.

Mvh Lisbeth
""")

M("", """
Kære udvalg

Kommunen bør oprette flere plejehjemspladser. Ventelisten er for lang, og det er uværdigt for de ældre.

Mvh Lisbeth
""")

M("", """
Hej

Er moskeen på Industrivej åben for besøgende på lørdag? Min klasse vil gerne komme på besøg i religionstimen.

Mvh Anders, lærer
""")

M("", """
Hej

Hvornår er der gudstjeneste i Ishøj Kirke juleaften? Og er der parkering?

Mvh Kaj
""")

M("", """
Kære Kulturudvalg

Jeg foreslår en indsamling til Folkekirkens Nødhjælp ved julearrangementet på Rådhuspladsen.

Mvh Tove
""")

M("", """
Kære Plan- og Miljøudvalget

Jeg synes ikke der skal bygges et nyt supermarked ved Ishøj Landsby. Vi har rigeligt med butikker.

Venlig hilsen
Poul Erik
""")

M("", """
Til byrådet

Vi mener at kommunen skal holde op med at sælge sine grunde til private investorer. Jorden bør bruges til almene boliger.

Ishøj Boligforum
""")

M("", """
Hej

Jeg skriver en opgave om flygtninge i Ishøj. Hvor mange er kommet fra Ukraine siden 2022?

Mvh Emma, 9.C
""")

M("", """
Hej, jeg har brug for en arabisk tolk til forældremødet på skolen for en ny familie. Har skolen en aftale med et tolkebureau? Mvh Lene, klasselærer
""")

M("", """
Til hovedpostkassen

Vi holder loppemarked til fordel for Kræftens Bekæmpelse den 7. juni. Må vi bruge p-pladsen ved Ishøj Bibliotek?

Mvh Støttegruppen
""")

M("", """
Hej

Hvornår kan man få influenzavaccine i Sundhedshuset i år? Og er den gratis for over 65?

Mvh Bodil
""")

M("", """
Hej

Min mor er sygeplejerske på Hvidovre og vil gerne vide om kommunen søger aftenvagter i hjemmesygeplejen.

Mvh Julie
""")

M("", """
Hej Borgerservice. Jeg har fået nyt pas. Mit gamle pasnr. var 207845519. Skal jeg aflevere det gamle? Mvh Erik
""")

M("", """
Hi,

My company has registration number (CVR) 41 22 87 09. We'd like to rent the sports hall for a team event on 12 September. Price?

Regards, Tobias
""")

M("", """
Kære Lis

Tak for en god dag i Bycentret i lørdags. Jeg har sendt dig billederne. Vi ses til valgmødet.

Kh Marianne, frivillig
""")

M("", """
Hej

Er det rigtigt at der kommer ny busrute 128 forbi Ishøj Landsby? Tak.

Mvh Gunhild
""")

M("", """
-----Oprindelig meddelelse-----
Fra: Ishøj Kommune
Emne: Kvittering
Tak for din henvendelse om støj fra motorvejen. Center for Byudvikling og Natur svarer inden 10 hverdage.

Hej, der er nu gået 3 uger. Svar venligst.
Palle
""")

M("", """
Hej

Jeg vil gerne klage over at postkassen ved Ishøj Bycenter er fjernet. Jeg ved godt det er PostNord, men kan kommunen presse på?

Mvh Lilly
""")

M("", """
Kære dagsordensamler

Ang. punkt 4 om kontanthjælpsloftet: Jeg synes reglerne er alt for stramme og rammer børnefamilier. Udvalget bør sende en henvendelse til ministeren.

Mvh Kirsten Lund
""")

M("e", """
Kære dagsordensamler

Ang. punkt 4 om kontanthjælpsloftet: Jeg er selv på kontanthjælp med tre børn, og loftet betyder at vi mangler 2.800 kr om måneden.

Mvh Kirsten Lund
""")

M("", """
Hej,

Vi vil gerne høre hvornår kommunen sælger de sidste byggegrunde i Ishøj Landsby. Vi følger med på hjemmesiden.

Mvh Jens og Mia
""")

M("", """
Hej, vi solgte huset på Vildtbanevej sidste år og er flyttet til Odense. Hvordan afmelder vi os fra grundejerforeningens kontingent? Handlen er for længst på plads. Mvh Pia
""")
