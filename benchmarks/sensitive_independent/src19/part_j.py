"""Part J: hard negatives about process, waiting times, rudeness, wrong addresses,
opening hours, invoices and CPR-like numbers, plus a last set of positives."""
from common import M

M("", """
Til Borgerrådgiveren

Jeg vil klage over at medarbejderen i telefonen lagde på, da jeg spurgte om hendes navn. Jeg ringede om en simpel ting: hvornår storskraldet bliver hentet på Kærgårdsvej.

Mvh
Steen Mikkelsen
""")

M("", """
Hej

Hvorfor skal man vente 45 minutter i telefonkøen hos Borgerservice? Det er ikke rimeligt for ældre mennesker, som ikke kan bruge computer.

Mvh
Gurli Holm
""")

M("", """
Til Ishøj Kommune

Jeg har fået et brev til "Boets efterladte" på min adresse, Ishøj Strandvej 88, men der er ingen der er død her. Vi har boet her i 12 år. Det må være en fejl i jeres adresseregister.

Mvh
Lise og Bo Vang
""")

M("", """
Hej

Hvilke dokumenter skal man medbringe, når man skal søge om boligstøtte? Jeg spørger for en ven, der ikke taler så godt dansk, han vil selv søge.

Mvh
Jakob
""")

M("", """
Kære Borgerrådgiveren

Er det sandt at I kun kan behandle klager der er under et år gamle? Jeg har en sag fra 2022 om en vejafgift som jeg stadig mener er forkert.

Mvh
Arne Kristensen
""")

M("", """
Til hovedpostkassen

Jeres brev af 1. april om ændret tømningsdag henviser til "vedlagte kalender", men der var ingen kalender vedlagt. Kan I sende den?

Mvh Grete
""")

M("", """
Hej

Jeg har fået en rykker med nummer 0102030405. Den er på 100 kr og handler om en regning jeg ikke kan finde. Hvad drejer det sig om?

Venlig hilsen
Holger Dam
""")

M("", """
Kære Ishøj Kommune

Jeg vil bare gøre opmærksom på at der er en tastefejl i jeres pressemeddelelse om sundhedsdagen: der står den 31. juni.

Mvh
Tanja
""")

M("", """
Til Center for Voksne og Velfærd

Hvad er de generelle regler for at få bevilget hjemmehjælp i Ishøj? Jeg skriver en artikel til Ældresagens blad og vil gerne have det rigtigt.

Venlig hilsen
Per Tolstrup
""")

M("", """
Hej

Jeg vil gerne klage over, at den nye sagsbehandler i Byggesag ikke har læst min sag. Hun spurgte om de samme ting som jeg har svaret på tre gange. Sagsnr. 2024-09912. Det er en tilbygning på 18 m².

Mvh
Villy Brandt
""")

M("", """
Til borgmesteren

Jeg er træt af at der står "Der kan gå op til 10 hverdage" i alle jeres autosvar. Det er for lang tid i 2025. Private firmaer svarer inden for et døgn.

Mvh
Mikkel Borg
""")

M("", """
Hej

I jeres statistik står der at 12 % af borgerne i Ishøj modtager offentlig forsørgelse. Hvordan er det opgjort?

Mvh
Statistikstuderende, KU
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Jeg er virksomhedsejer og vil gerne høre om mulighederne for at tage en person i løntilskud. Vi har en ledig stilling på lageret.

Mvh
Jens Bjørnskov, Bjørnskov Logistik
""")

M("", """
Til Borgerrådgiveren

Jeg mødte op til en aftalt tid i Jobcentret, men mødelokalet var låst og ingen kom. Jeg ventede 40 minutter. Da jeg ringede, sagde de at mødet var aflyst – det havde ingen fortalt mig.

Venlig hilsen
Thomas Nygaard
""")

M("", """
Hej

Jeg har modtaget en faktura med fakturanr. 2811690021 fra Ishøj Kommune for "tilsyn med olietank". Vi har fjernet olietanken for 5 år siden. Kan I slette den?

Mvh
Aksel Vind
""")

M("", """
Kære Ishøj Kommune

Jeres folder om "Sikker mail" siger at man skal bruge Digital Post, hvis man vil sende personfølsomme oplysninger. Men jeg kan ikke finde Ishøj Kommune som modtager i Digital Post. Hvor skal man vælge?

Venlig hilsen
Maja Thomsen
""")

M("", """
Til Ishøj Kommune

Det er skandaløst at Rådhuset holder lukket fredag eftermiddag. Mange borgere arbejder og kan kun komme der.

Mvh
Bjarne Ravn
""")

M("", """
Hej

Vores forening har fået tildelt haltider i Ishøjhallen, men vi har fået samme tid som en anden forening. Kan I se på det? Booking-nr. 250412-1930.

Mvh
Ishøj Volley
""")

M("", """
Hej Borgerrådgiver

Mit spørgsmål er: er jeres rådgivning gratis, og kan man komme anonymt?

Tak
""")

M("", """
Til Ishøj Kommune

Jeg har fået et brev om "Aktindsigt i sag 24/18332", men jeg har aldrig bedt om aktindsigt. Er det til en anden?

Mvh
Sune Winther
""")

M("", """
Kære Ishøj Kommune,

Jeg synes det er trist at Kræftens Bekæmpelses indsamling ikke må stå ved indgangen til Rådhuset i år. Hvem har besluttet det?

Mvh
Alice
""")

M("", """
Hej

Hvordan klager man over en afgørelse om boligstøtte? Skal det gå gennem kommunen eller direkte til Udbetaling Danmark? Spørger generelt.

Mvh
Rune
""")

M("", """
Til borgerrådgiveren

Jeg har lige fået at vide at jeres kontor er flyttet. Det står ikke på hjemmesiden. Jeg stod og bankede på en tom dør i 10 minutter.

Mvh
Karin Lund
""")

M("p", """
Hej Byudvikling

Jeg er ved at købe min lejlighed i Ishøj Strandpark af min lejer-forening, og prisen er ikke forhandlet færdig. Vi mangler oplysninger om kommunens planer for altaner. Kan I hjælpe?

Mvh
Mette Qvist
""")

M("p", """
hej. vi har fået et bud på vores sommerhus-grund ved Tranegilde, 1,6 mio, men køber vil vide om den kan bebygges med helårsbolig. hvem svarer på det? Jens & Anni
""")

M("s", """
Hej

Jeg og min kæreste Rasmus (vi er begge fyre) er lige flyttet til Ishøj og skal have valgt læge. Vi vil gerne have samme læge. Kan man det, hvis man ikke er gift?

Mvh
Simon
""")

M("s", """
Til Ishøj Bibliotek

Jeg er aseksuel og vil gerne starte en læseklub for asexuelle og aromantiske i Ishøj. Kan vi låne et lokale?

Mvh
Karla
""")

M("t", """
Hej

Jeg er af pakistansk afstamning og har søgt job i Ishøj Kommune 14 gange uden at blive kaldt til samtale. Jeg har en kandidatgrad. Jeg tror ikke det er tilfældigt. Kan I oplyse hvordan I sikrer ligebehandling?

Mvh
Farah Iqbal
""")

M("b", """
Kære udvalgsformand

Jeg er pacifist og ønsker ikke at mit barn deltager i skolens besøg hos Hjemmeværnet. Skolen siger at det er obligatorisk. Passer det?

Mvh
Lone Bruun
""")

M("u", """
Hej

Jeg er medlem af Djøf og skal til forhandling om min løn. Kan kommunen bekræfte min ansættelsesdato som vikar i 2019?

Mvh
Kristian Rahbek
""")

M("he", """
Til Ishøj Kommune

Min bror Jimmy Sørensen sidder i fængsel i Vestre og bliver løsladt i august. Han har været narkoman i mange år men er clean nu. Han har ingen bolig. Kan kommunen hjælpe med en bolig før han kommer ud? [[290186-2551]] er hans cpr.

Mvh
Camilla Sørensen
""")

M("h", """
Hej

Jeg er gravid i 20. uge og har fået at vide at jeg skal have en bedre cykelsti til jordemoderen, haha. Nej, seriøst – kan kommunen sætte lys op på stien ved Ishøj Sø? Det er mørkt om morgenen.

Mvh
Line Gade
""")

M("", """
Hej

Jeg har et spørgsmål om sundhedskort: hvor lang tid tager det at få et nyt? Jeg har ikke mistet mit, jeg vil bare vide det.

Mvh
Bente
""")

M("", """
Til Borgerservice

Jeg har fået et brev hvor jeres afsender-cpr er angivet som 01010100-0000? Det ser forkert ud. Det er vel en fejl i skabelonen.

Mvh
Per Dyhr
""")

M("pt", """
Kære Byudvikling

Vi er en kinesisk familie, og vi ejer en restaurant i Ishøj. Vi har en køber til forretningen og bygningen, men handlen kræver, at I godkender ændret brug af 1. sal til bolig. Vi venter på svar, og køberen er ved at miste tålmodigheden.

Mvh
Li Wei
""")

M("", """
Til kommunen

Jeg vil gerne have oplyst, hvor mange klager kommunen har fået over hjemmeplejen i 2024. Tal uden navne.

Mvh
Preben
""")

M("", """
Hej

Jeres brev til mig er dateret 14. april men kom først i min e-Boks den 2. maj. Høringsfristen var den 28. april. Hvordan kan det ske, og kan fristen forlænges?

Mvh
Jan Poulsen
""")
