"""Part G: mixed mailbox — CPR numbers in every form, long letters with enclosures, and look-alike numbers."""
from common import M

M("hs", """
Emne: Spørgsmål om pasningsorlov – Peter Lund, cpr [[191285 2231]]

Til Ydelsescentret

Jeg vil gerne have vejledning, før jeg søger noget: min mand Kasper (cpr [[030383-2617]]) har fået konstateret leukæmi. Hvad kan jeg søge, mens han er i behandling på Rigshospitalet?

Med venlig hilsen
Peter Lund
""")

M("", """
Hvem kan søge plejevederlag til pasning af nærtstående med alvorlig sygdom? Jeg spørger til et foredrag i patientforeningen.
""")

M("p", """
Kære Borgerservice

Jeg skal bruge en ejendomsvurdering til min bank, da vi er i forhandling om salg af vores hus på Ishøj Søvej 44. Køber har budt 3,6 mio. Mit personnummer er [[170962-1145]].

Mvh
Preben Koch
""")

M("t", """
Hej

Jeg skal have nyt pas til min søn, og skranken sagde at han skal have tysk og dansk navn fordi hans far er tysker og jeg er fra Vietnam. Hans cpr er [[080521 4412]]. Hvad gør vi?

Lan Pham
""")

M("", """
Emne: Bestilling af pas – kvitteringsnr. 2309264471

Hej, jeg har betalt for pas med kvitteringsnr. 2309264471. Hvornår kan det hentes?

Mvh Ole
""")

M("u", """
Emne: Opdatering af adresse

Jeg er flyttet til Ishøj Strandvej 5, 1. tv. Mit cpr-nr. er [[110490 1838]]. Jeg skal også have ændret adresse hos HK, men det klarer jeg selv.

Mvh Maja Frost
""")

M("", """
Hej

Jeg er flyttet fra Vejleåvej til Gildbrovej. Skal jeg selv melde flytning eller gør udlejer det?

Mvh Kasper
""")

M("b", """
Kære Borgerservice

Jeg vil gerne melde mig ud af folkekirken. Jeg er konverteret til jødedommen og har skiftet navn. Mit personnummer er [[250678-1934]].

Med venlig hilsen
Sarah Abrahamsen
""")

M("", """
Hvordan melder man sig ud af folkekirken, og sker det via kommunen eller kirkekontoret?
""")

M("e", """
[[3105861275]]

hej det er mit cpr. jeg har ikke fået mit sundhedskort og min kontanthjælp er stoppet, hvad sker der
""")

M("", """
Emne: Målernummer 0106911234

Vi har fået nyt fjernvarmemåler, målernummer 0106911234. Skal vi selv aflæse?

Hilsen Bodil
""")

M("s", """
Hej

Jeg og min mand Jonas skal have navneforandring til fælles efternavn. Jeg hedder Christian Friis, [[140292 3317]]. Hvordan gør vi?

Christian
""")

M("t", """
Til Borgerservice

Vedr. ansøgning om dansk indfødsret. Jeg er født i Marokko og har boet i Danmark i 14 år. Jeg skal bruge en bopælsattest. CPR [[020785–5187]].

Med venlig hilsen
Youssef Benali
""")

M("", """
Hvor lang tid tager det at få en bopælsattest?
""")

M("p", """
Fra: Advokat Susanne Kirk <sk@kirklaw.dk>
Sendt: 20. november 2026 12:10
Emne: Tinglysning – skødeudkast

Vedr. salg af ejendommen matr.nr. 7a Torslunde By. Køber og sælger forhandler stadig prisen. Sælger er Lars Bjerg, cpr [[010560 1455]]. Vi anmoder om oplysning om restancer på ejendomsskat.

Med venlig hilsen
Susanne Kirk, advokat
""")

M("", """
Emne: Journalnr. 2026-0301-1459

Vedr. jeres journalnr. 2026-0301-1459. Vi har sendt de ønskede dokumenter. Venlig hilsen Kirk Advokatfirma.
""")

M("he", """
Hej Hjælpemidler

Ansøgning om badebænk og greb til min mor, Agnes Lund, [[230939-2102]], efter hendes apopleksi. Vedhæftet ergoterapeutens vurdering.

Mvh Birthe Lund
""")

M("sb", """
Kære byrådsmedlem

Jeg er biseksuel og aktiv i SF, og jeg synes, du skal vide, at unge LGBT+-personer i Ishøj føler sig usynlige. Vil du mødes?

Venlig hilsen
Nikolaj Friis
""")

M("su", """
Hej

Jeg er tillidsrepræsentant for HK på rådhuset, og min kollega og jeg (vi er et par, to mænd) vil gerne høre om vi kan blive sat på samme vagtplan. Er der regler mod det?

Mvh Ole
""")

M("", """
Emne: Telefon

Mit nummer er 31 08 57 12 hvis I vil ringe tilbage om storskraldet.
""")

M("t", """
Hej

Min far var tyrkisk gæstearbejder, og jeg er opvokset i Ishøj. Jeg er ved at skrive en bog om det og vil høre om kommunen har gamle fotos i lokalarkivet af familierne fra dengang.

Mvh Serkan Yıldız
""")

M("", """
Har lokalarkivet materiale om gæstearbejdernes historie i Ishøj?
""")

M("p", """
hej vi har fået et bud på vores rækkehus men køberen vil have at kommunen godkender udestuen først. det er Tranegårdsvej 77
""")

M("pu", """
Hej

Jeg er medlem af Djøf og arbejder som advokatfuldmægtig. Jeg skriver privat: jeg og min kæreste er ved at købe et hus på Vejlebrovej 12, og vi vil gerne høre om nabogrunden skal bebygges, før vi skriver under.

Mvh
Astrid
""")

M("e", """
Emne: Fakturanr. 0091255018 – restance

Jeg har fået en rykker på min vandregning, faktura 0091255018, og jeg er bag med betalingerne fordi jeg er blevet arbejdsløs. Kan jeg få en afdragsordning? CPR [[181255-0931]].

Mvh Poul
""")

M("se", """
Hej

Jeg vil gerne sætte min mand Karsten ind som kontaktperson i min fars sag på plejehjemmet. Jeg hedder Henrik og er søn. Hvordan gør jeg?

Henrik Bak
""")

M("", """
Hvordan skifter man kontaktperson i en pårørendes sag på plejehjem?
""")

M("ts", """
Kære Borgerrådgiver

Min kone Fatima og jeg (jeg hedder Amira) er begge kvinder og fra Libanon. Vi bliver chikaneret af naboerne i opgangen på Gildbroparken, og boligselskabet gør ikke noget. Vi er bange.

Amira
""")

M("", """
Hvad gør kommunen ved chikane i de almene boligområder? Har I et samarbejde med politiet?
""")

M("b", """
Emne: Klage over valgplakat

En af jeres valgplakater for Dansk Folkeparti er smurt ind. Jeg er selv medlem af partiet og har sat den op. Hvem fjerner det?

Mvh Jan
""")

M("", """
Hvornår skal valgplakaterne tages ned efter valget?
""")

M("p", """
Hej Teknik

Vi forhandler med kommunen om køb af et ekstra stykke jord bag vores hus på Krogårdsvej. Vi har budt 180 kr/m². Hvad er status?

Mvh Mona og Søren
""")

M("", """
Emne: Kundenummer 1107751220

Kan I oplyse min saldo på renovationskontoen, kundenummer 1107751220?
""")

M("hu", """
Kære Arbejdsmiljø

Jeg er lærer og DLF-medlem og er blevet gravid. Jeg vil gerne have en risikovurdering af min arbejdsplads på Strandgårdskolen. Mit cpr er [[120890 2766]].

Mvh Louise Bang
""")

M("eh", """
Til Ishøj Kommune

Vedr. min bror Lars Pedersen, cpr [[290774 1129]]. Han er alkoholiker og er blevet sat ud af sin lejlighed. Han sover i skuret i min have. Jeg har fuldmagt. Hvad kan I tilbyde ham?

Med venlig hilsen
Bente Pedersen
Vedhæftet: fuldmagt
""")

M("", """
Har kommunen et alkoholbehandlingstilbud, og kan man henvende sig anonymt?
""")

M("t", """
hej jeg er rumæner og har fået et brev fra kommunen på dansk som jeg ikke forstår. kan i sende det på engelsk. mit cpr er [[110893 9219]]... vent det er forkert, det er [[110893-2219]]
""")

M("", """
Sender kommunen breve på engelsk, hvis man beder om det?
""")

M("u", """
Hej

Jeg er netop meldt ind i Socialpædagogerne og er startet som pædagog på bostedet. Hvem skal jeg give mine fagforeningsoplysninger til i lønafdelingen?

Mvh Sofie
""")

M("", """
Emne: SV: Lønseddel

Tak, det fandt jeg ud af.

> Fra: Løn og Personale. Din lønseddel ligger i e-Boks. Medarbejdernr. 140593-12.
""")

M("sp", """
Hej

Min kæreste og jeg, vi er begge mænd, har budt på en andelsbolig i Ishøj Landsby. Foreningen har sagt ja, men vi mangler kommunens godkendelse af tilbygningen. Vi vil gerne have den hurtigt.

Mvh Jacob og Emil
""")

M("s", """
Hej

Jeg vil gerne registrere min kone Mette som medmor til vores barn. Jeg hedder Sanne Vinge, cpr [[070588-1926]]. Hvad gør vi?

Sanne
""")

M("b", """
Hej

Jeg er Jehovas Vidne. Jeg vil gerne vide om kommunen har en fortegnelse over hvem der er Jehovas Vidner, for jeg har fået en mærkelig henvendelse?

Mvh Ruth Sørensen
""")

M("", """
Fører kommunen lister over borgeres religion?
""")
