"""Part E: mixed positives — CPR in every form, property, orientation, union, health."""
from common import M

M("h", """
Hej

Jeg skal have en knæoperation den 12. maj og kan ikke hente mit barn i vuggestuen i to uger. Kan min svigermor få lov til at hente, selvom hun ikke står på listen? Mit cpr er [[141289-2074]] hvis I skal slå mig op.

Mvh Line Vestergaard
""")

M("", """
Hej, vi har fået et brev med sagsnr. 2024-118823 og CVR 34557128. Det handler om ejendomsskat på vores lager. Hvem kan forklare beregningen? Mvh Hansen Logistik
""")

M("p", """
Hej

Min kone og jeg har underskrevet en købsaftale på et hus på Tranegildevej med forbehold for at vi kan sælge vores lejlighed først. Vi har ikke solgt endnu. Kan vi udsætte indflytningen hvis vores lejlighed ikke er solgt?

Mvh Brian Holt
""")

M("s", """
Hej. Jeg og min kæreste Sebastian skal flytte sammen og jeg (Oliver) er ved at skifte adresse. Skal vi begge melde flytning? mvh
""")

M("u", """
Hej, jeg er medlem af Det Faglige Hus og de siger jeg kan få hjælp til et kursus gennem jobrotation. Har kommunen jobrotation for lagerarbejdere? Mvh Kenneth
""")

M("e", """
cpr [[0404861213]]
jeg har fået brev om at betale 14.000 tilbage i for meget udbetalt kontanthjælp. det kan jeg ikke. kan jeg betale 200 om måneden?
Jannik
""")

M("ps", """
Kære kommune

Min mand Henrik og jeg (Morten) har fået accept på vores bud på en grund i Ishøj Landsby — men aftalen er ikke underskrevet, da vi venter på jordbundsundersøgelsen. Hvornår kan den laves?

Med venlig hilsen
Morten Aabye
""")

M("h", """
Hej, min nabo fru Jensen i nr. 14 er lige blevet indlagt igen med lungebetændelse. Hendes kat står alene. Kan kommunen hjælpe, eller skal jeg ringe til Dyrenes Beskyttelse? Mvh Rita
""")

M("eh", """
Til Hjælpemiddelcentret

Min far Poul Sørensen, [[110637 0391]], har fået bevilget en rollator i januar, men den er gået i stykker. Han har KOL og kan ikke gå uden. Kan den skiftes?

Mvh
Steen Sørensen
""")

M("u", """
Kære byrådsmedlem

Jeg er fællestillidsrepræsentant for FOA i hjemmeplejen og skriver på egne vegne. Vi mangler biler. Vil du tage det op i udvalget?

Hilsen Lisbeth Krag
""")

M("p", """
Hej

Jeg har sat min bil... nej undskyld, mit sommerhus-lignende hus i Kolonihaveforeningen Tranegården til salg. En køber vil først købe hvis kommunen bekræfter at der må overnattes i vinterhalvåret. Hvad er reglen?

Mvh Torben
""")

M("s", """
Hej

Jeg er en mand på 45 og bor med min partner Ahmed. Vi vil gerne være besøgsfamilie for et barn med handicap. Er det muligt for to mænd?

Mvh Søren
""")

M("h", """
Til skolen og kommunen

Min søn Emil på 11 har type 1-diabetes og skal have insulin i frikvarteret. Skolen siger ingen voksne må hjælpe. Hvem har ansvaret?

Mvh Kamilla Østergaard
cpr på Emil: [[090315-4127]]
""")

M("u", """
Hej, jeg er fra Krifa – nej, jeg mener jeg ER medlem af Krifa, ikke ansat – og jeg vil bare høre om kommunens jobmesse er åben for alle. Mvh Rikke
""")

M("pe", """
Til Borgerrådgiveren

Jeg er i gang med at sælge min lejlighed fordi jeg ikke kan betale mine lån efter min mand døde. Mægleren har fundet en køber, men jeg har gæld til kommunen på ejendomsskat, og køberens advokat vil have en restanceerklæring. Jeg har ventet i tre uger.

Mvh Kirsten Agerholm
[[170552-1140]]
""")

M("sh", """
Hej, min datter Freja bor sammen med sin kæreste Laura, og de skal have barn sammen via fertilitetsbehandling. Hvem er medmor på papiret? Jeg spørger for dem. Mvh bedstemor Hanne
""")

M("h", """
Hej

Jeg har fået konstateret brystkræft og skal i kemo fra næste uge. Min datter går i 0. klasse og jeg vil gerne høre om hun kan komme i SFO tidligere om morgenen på behandlingsdagene.

Kh Sofie Mørk
""")

M("p", """
Hej

Jeg har budt på den kommunale grund på Baldersbækvej 31 (ejendomsnr. 0183-021149). Kommunen har modtaget flere bud. Hvornår afgøres det?

Mvh Anders Winkel
""")

M("u", """
Hej

Min mand er medlem af Dansk Metal og jeg af FOA, og vi har begge fået brev om at vores fagforening ikke længere giver rabat i svømmehallen. Er aftalen med kommunen opsagt?

Mvh Gitte Lyng
""")

M("e", """
Hej, min kusine (Nadja Holm, [[2802991416]]) bor på krisecenter og har ikke adresse. Hun kan ikke få sin post. Hvad gør vi? Hilsen Anja
""")

M("s", """
hey, er det rigtigt at jeres rådgivning for unge også har en for unge der er homo? min lillebror er 15 og lige sprunget ud. han tør ikke spørge selv. /Sara
""")

M("he", """
Kære borgmester

Jeg er gravid og er blevet opsagt fra min lejlighed. Men det er ikke det jeg skriver om: jeg vil bare gerne vide om der er plads i vuggestuen når barnet kommer i januar.

Mvh Amalie
""")

M("p", """
Hej

Min far (89) er ved at sælge sit hus på Ishøj Søvej 4 til min søster. De er enige om prisen, men advokaten siger der skal en ny ejendomsvurdering til før handlen kan gå igennem. Hvem laver den?

Mvh Jens Hermansen
""")

M("u", """
Hej

Jeg er medlem af BUPL, og min leder har sagt at vi skal arbejde på Grundlovsdag. Det er ikke din sag, men jeg vil bare sige at det ikke er rimeligt for pædagoger i Ishøj.

Hilsen Maja
""")

M("eht", """
Hej

Jeg er kurder fra Irak og kom som flygtning. Jeg har søvnproblemer og mareridt, og psykiateren siger PTSD. Jeg er på kontanthjælp og jobcentret vil have mig i praktik. Kan jeg blive fritaget?

[[010180-2993]]
Dilan Ahmed
""")

M("s", """
Hej

Min kone Zainab og jeg, Yasmin, skal giftes i juli. Vi er begge kvinder og vil gerne giftes på Ishøj Strand. Er det muligt med borgerlig vielse på stranden?

Mvh Yasmin
""")

M("hue", """
Hej

Jeg er HK-medlem og sygemeldt med stress. HK siger at jobcentret skal indkalde mig til den første opfølgningssamtale om mine sygedagpenge. Jeg har ikke hørt noget. Hvem skal jeg kontakte?

Mvh Tina Bille
""")

M("p", """
Hej kommune. Vi har solgt vores hus, men køberen har ikke fået lån endnu, så handlen er betinget. Vi skal flytte til en lejebolig i Ishøj 1. juli. Skal vi melde flytning nu eller når handlen er endelig? Mvh Karen
""")

M("s", """
Hej

Min mand og jeg (begge mænd, Peter og Lars) har fået at vide at vi ikke kan stå begge som forældre på skoleintra. Kan I hjælpe?

Mvh Peter Hald
""")

M("eh", """
hej mit navn er Tariq og jeg har epilepsi. jeg har fået afslag på kørselsordning til arbejde fordi jeg ikke må køre bil. det er unfair, jeg vil klage. cpr [[050693–3125]]
""")

M("u", """
Kære udvalgsformand

Som medlem af Danmarks Lærerforening gennem 30 år vil jeg gerne foreslå at kommunen husker sine pensionerede lærere ved skolejubilæet.

Mvh Bodil
""")

M("p", """
Hej

Vi har fået tilbud fra en developer om at købe vores gamle gård og udstykke den. Vi har ikke sagt ja endnu. Er der begrænsninger i kommuneplanen?

Mvh Familien Bagger, Ishøj Landevej 211
""")

M("hs", """
Hej

Min kæreste Kasper (jeg er selv mand, Thomas) er netop blevet udskrevet fra psykiatrisk afdeling. Vi vil gerne vide om der findes et tilbud til pårørende.

Mvh Thomas
""")

M("e", """
Til Ydelsescentret

Mit cpr-nummer: [[220802\u00a04410]]. Jeg er 24 og har fået brev om at min uddannelseshjælp stopper. Jeg har startet på HF. Hvad skal jeg sende?

Mvh Mikkel
""")

M("eh", """
Hej

Jeg skriver for min onkel Bent Laursen, [[130346-0819]], som har fået hjemmehjælp i 3 år. Han er nu blevet dårligere med sin hjertesvigt og har brug for hjælp om natten også. Vi har ansøgt om mere hjælp.

Mvh
Camilla Laursen
""")

M("p", """
Hej

Jeg skal købe min lejlighed i Strandparken, som skal omdannes fra andel til ejer. Vi har et foreløbigt tilbud men intet er underskrevet. Skal kommunen godkende opdelingen?

Mvh Hans
""")

M("b", """
Hej

Jeg er ateist og vil gerne have min søn fritaget for kristendomskundskab. Skolen siger det kun er muligt hvis jeg selv underviser ham. Er det rigtigt?

Mvh Karsten Bøgh
""")

M("", """
Hej

Vi har to kundenumre hos forsyningen, 1212921234 og 1212921235, fordi vi har to målere. Kan de lægges sammen? Mvh Eriksens Gartneri
""")

M("e", """
Hej. Jeg hedder Nina og har fået en betalingspåmindelse for daginstitutionen. Jeg er arbejdsløs siden marts og har søgt økonomisk friplads. Jeg har personnr. [[181094-2217]]. Kan I stoppe inkassoen?
""")

M("s", """
Hej! Min kone og jeg er lesbiske og ved at få barn via donor. Skal vi begge skrive under på medmoderskabserklæringen hos kommunen eller hos Familieretshuset? Hilsen Line & Emma
""")

M("e", """
hej det er Daniel, cpr [[150600 4033]]. Jeg er hjemløs og sover hos en kammerat. Kan jeg få en adresse hos kommunen så jeg kan få post? mvh
""")
