"""corpus33 part F: property trades in progress, and forms with CPR numbers."""
from common import M

M("p", """Hej

Vi har fået et bud på 3,85 mio. på vores villa på Kirkebjerg Allé 31, men køberens rådgiver vil se den færdigmeldte byggetilladelse for tilbygningen fra 2011. Vi kan ikke finde den. Kan I sende en kopi hurtigst muligt? Ellers går handlen i vasken.

Mvh Henrik og Pia Lund""")

M("", """Hej

Hvornår sælger kommunen de sidste byggegrunde i Ishøj Landsby Vest, og hvordan kommer man på ventelisten?

Venlig hilsen
Mikael Toft""")

M("p", """Til Center for Byudvikling og Natur

Min nabo på Ørnebjergvej 9 har sat sit hus til salg, og mægleren påstår over for køberne at der må bygges i 2 etager. Det vil tage alt lyset fra vores have. Hvad siger lokalplanen?

Mvh Bent Aagesen, Ørnebjergvej 11""")

M("", """Hej. Vi købte huset på Vejlevænget 5 sidste år – handlen er for længst på plads. Nu vil vi gerne vide om vi må fælde birketræet i forhaven. /Julie""")

M("pe", """Hej

Banken har sagt at vores hus på Pilemøllevej 21 skal på tvangsauktion i april, hvis vi ikke finder en køber før. Min mand er blevet arbejdsløs. Vi har en interesseret køber, men han vil have en tilstandsrapport. Kan kommunen udskyde ejendomsskatten så vi kan nå at sælge?

Venlig hilsen
Susanne Hjort""")

M("", """Til hovedpostkassen

Hvilke oplysninger skal man som sælger af en ejendom selv indhente fra kommunen? BBR, kloak, olietank? Jeg er ejendomsmægler og laver en tjekliste.

Mvh Nybolig Ishøj""")

M("p", """hej vi er ved at købe en andel i Vejleparkens Andelsboligforening og har givet bud. sælger vil have 50.000 for løsøre. er det lovligt? og hvem i kommunen har noget at sige? mvh Nadia og Rune""")

M("", """Goddag

Jeg skal have tinglyst et skøde på et hus jeg har arvet efter min far. Hvad er kommunens rolle? Handlen er ikke en handel, men en arv. 

Mvh Birger Ulstrup""")

M("p", """Til Byudvikling

Vi ejer en erhvervsgrund på Industrivej 14 og er i forhandling med en køber fra Køge. Han vil vide om der må indrettes bilværksted. Vi har brug for svar inden 1. marts, hvor hans tilbud udløber.

Venlig hilsen
Carl Jensen Ejendomme ApS
v/ Carl Jensen""")

M("", """Hej

Vil kommunen købe den gamle tankstation ved Ishøj Landevej? Det var på dagsordenen i Økonomiudvalget. Hvad blev besluttet?

Hilsen Claus""")

M("pe", """Kære byrådsmedlem

Min kone og jeg skal skilles, og vi er nødt til at sælge rækkehuset på Bredekærs Vænge 12. Vi har en køber der har budt 2,2 mio., men hun vil have huset tømt i maj. Jeg har ingen steder at flytte hen. Kan kommunen anvise en bolig?

Mvh Lasse Rydahl""")

M("p", """Hej

Jeg har underskrevet en betinget købsaftale om et sommerhusgrund ved Tranegilde. Betingelsen er at kommunen godkender en ny udstykning. Sagsnr. hos jer: 01.03.03-P19-72-25. Hvordan går det med den?

Venlig hilsen
Erik Winkel""")

M("", """Hej. Hvad er den offentlige ejendomsvurdering for Syvstjernevej 22, og hvor kan jeg se den? Jeg overvejer at byde på noget i området, men vil først se priserne. Mvh Kasper""")

M("p", """Hej, min farfar Aksel vil sælge sin kolonihave i Ishøj Søpark til mig. Prisen er ikke aftalt endnu. Skal kommunen godkende det? Hilsen Mathias""")

M("", """Kære kommune

Vi har solgt vores hus, og det er nu overtaget af de nye ejere. Kan I slette os fra fjernvarmen pr. 1. februar?

Mvh Lisbeth og Kurt""")

M("pe", """Til borgmesterens PA

Jeg er 82 og skal sælge min lejlighed på Ishøj Strandvej 140 fordi jeg flytter i plejebolig. Køberen har trukket sig i sidste øjeblik, og nu står jeg med to huslejer. Kan kommunen give mig en udsættelse på plejeboligen?

Med venlig hilsen
Elna Brogaard""")

M("p", """Hej

Vi har fået et bud på Ishøj Bygade 7 – det gamle købmandshus – fra en investor, der vil lave lejligheder. Handlen er ikke underskrevet. Vi vil gerne høre om bevaringsværdien før vi siger ja.

Mvh familien Frederiksen""")

M("", """Hej. Kan I bekræfte at kommunen har forkøbsret til ejendommen Vejlebrovej 120? Jeg er journalist på Vestegnens Avis. Ref. 2024/1187-JL. Mvh Jonas Lind""")

M("p", """hej, jeg har et spørgsmål. vores nabo vil købe en stribe af vores grund (ca 40 m2) til at bygge garage. vi har ikke sagt ja endnu. kræver det udstykning hos kommunen? Trine, Baldersbækvej""")

M("", """Til hovedpostkassen. Vi har bestilt en ejendomsdatarapport til vores salgsopstilling. Ordrenummer 2203190833. Hvornår kommer den? Mvh EDC Ishøj""")

M("ph", """Til Byudvikling og Natur

Min far ligger på hospice og har bedt mig sælge hans hus på Torslundevej 66 mens han stadig kan skrive under. Vi har en køber på hånden, men der er en ulovlig udestue. Kan vi få en hurtig lovliggørelse?

Venlig hilsen
Kim Arentoft""")

M("", """Ansøgningsskema: Tilladelse til udskiftning af vinduer (bevaringsværdig bygning)

Navn: Gert Pilgaard
Adresse: Rylevænget 30, 2635 Ishøj
Telefon: 28 41 90 12
Matrikelnr.: 12ab Ishøj By, Ishøj
Ejendomsnr.: 183 0012345
Ønsket arbejde: Nye vinduer""")

M("e", """Ansøgning om enkeltydelse

Navn: Louise Rasmussen
CPR-nr.: [[071092-2406]]
Adresse: Gildbrovej 8, 2. mf.
Telefon: 61 22 34 90
Ansøgt beløb: 4.200 kr.
Formål: Tandbehandling til min søn. Jeg er på kontanthjælp og kan ikke betale.""")

M("", """Tilmelding til Sommerferieaktiviteter 2025

Barnets navn: Freja Holm
Alder: 9
Forældres telefon: 51 88 12 03
Aktivitet: Kajak på Ishøj Strand, uge 28
Betaling: MobilePay 29 30 44""")

M("h", """Tilmelding til seniorsvømning

Navn: Aase Ravn
Født: 14.02.1949
Telefon: 43 73 20 01
Bemærkninger: Jeg har fået ny hofte i oktober og må ikke springe ud fra kanten.""")

M("", """Jeg har ikke fået nøglebrikken til Ishøj Medborgerhus. Brik nr. 1408661029 er registreret på mig, men virker ikke. Hilsen Gitte, formand for syklubben""")

M("p", """Til Center for Byudvikling og Natur

Att. landzonesager

Vi har købt en landbrugsejendom på Tranegilde Mosevej, men handlen er betinget af landzonetilladelse til hestehold. Skødet er ikke tinglyst. Hvor langt er sagen?

Mvh Stine og Rasmus Birk""")
