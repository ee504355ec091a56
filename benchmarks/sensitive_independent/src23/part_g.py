"""corpus23 part G: mixed traffic in every mailbox; long mails with several categories; short slang."""
from common import M

M("het", """Kære Bo Hansen, formand for Social- og Sundhedsudvalget

Jeg skriver på vegne af min svigermor, Fatma Demir, som bor på Vejleåparken 14, 2.tv. Hun er 79, kom fra Tyrkiet i 1972 og taler kun lidt dansk. Hun har haft to blodpropper, og efter sidste indlæggelse fik hun bevilget hjemmepleje morgen og aften. Men hjemmeplejen kommer på skiftende tider, og der kommer næsten aldrig den samme. I sidste uge lå hun på gulvet i fire timer før nogen kom.

Vi har fuldmagt og vil gerne have et møde med Center for Voksne og Velfærd. Hendes cpr-nummer er [[150846 0772]].

Med venlig hilsen
Susanne Demir
Tlf. 22 90 14 63

Sendt fra min iPhone""")

M("", """Kære Susanne Demir

Tak for din henvendelse til udvalgsformanden. Vi har modtaget den og sendt den til Center for Voksne og Velfærd, som kontakter dig inden for 10 arbejdsdage. Vi har ikke gengivet din mail i denne kvittering.

Venlig hilsen
Dagsordensamler, Social- og Sundhedsudvalget""")

M("", """Til udvalgsformand

Til orientering: Der har i 2024 været 212 faldulykker i hjemmeplejen, heraf 14 hvor borgeren lå længere end to timer. Notat vedlagt.

Center for Voksne og Velfærd""")

M("u", """lol jeg er ikke engang i fagforening, eller jo, jeg er i 3F, men ingen har spurgt mig om noget når I lukker ungdomsklubben. hilsen Malik 17""")

M("", """hvorfor lukker i ungdomsklubben i strandparken?? hvor skal vi så være om aftenen. svar nu. /de unge fra blokken""")

M("t", """Hej Line. Vi er en romafamilie og har boet i Ishøj i to år. Mine børn bliver kaldt "sigøjnere" af andre børn i skolegården, og læreren siger at de selv er ude om det. Hvad kan vi gøre? Mvh Florin Stan""")

M("t", """Til borgerrådgiveren

Jeg er inuit fra Nuuk og har boet i Danmark i to år. Jeg blev mødt med "I drikker jo alle sammen" på jobcentret. Jeg drikker ikke. Jeg ønsker at klage.

Paninnguaq Berthelsen""")

M("", """Hvor mange grønlændere bor der i Ishøj? Jeg laver en undersøgelse for Grønlandske Huse. Mvh Nivi""")

M("st", """Hej Michael

Jeg er 24, bøsse og kom som flygtning fra Syrien da jeg var 15. Jeg vil gerne starte en gruppe for unge LGBT+-flygtninge i Ishøj, fordi mange af os lever dobbeltliv. Kan jeg låne et lokale på biblioteket gratis?

Mvh
Omar""")

M("", """Har biblioteket gratis mødelokaler for frivillige foreninger? Vi er en lektiecafé. Mvh Røde Kors Ishøj""")

M("bs", """Til Kultur- og Fritidsudvalget

Jeg er asexuel og aktiv i en lille humanistisk studiekreds på biblioteket. Vi diskuterer bl.a. seksualitet og etik. Nogle brugere har klaget over vores plakat. Biblioteket har nu taget plakaten ned. Det synes jeg er censur.

Mvh
Kirsten Larsen""")

M("hu", """Hej Helle. Jeg arbejder som chauffør hos Movia og er med i Dansk Metal. Jeg har lige fået konstateret søvnapnø og må ikke køre før jeg er behandlet. Nu siger firmaet at jeg ikke kan få andet arbejde. Mvh Johnny Lind, [[081270-1455]]""")

M("u", """Til hovedpostkassen

Jeg er faglig sekretær i Serviceforbundet og skriver på vegne af vores medlem Tina Rask, rengøringsassistent på Ishøj Rådhus, som er blevet flyttet til natarbejde uden varsel. Hun har givet fuldmagt.

Venlig hilsen
Jens Rolfsen, Serviceforbundet""")

M("", """Til hovedpostkassen

Serviceforbundet ønsker at indgå lokalaftale om rengøring i kommunens institutioner. Vi foreslår møde i uge 38.

Med venlig hilsen
Serviceforbundet, Afd. Hovedstaden""")

M("uh", """Hej Tanja

Jeg er pædagogmedhjælper og FOA-medlem. Jeg er gravid i 5. måned og får stadig tunge løft i vuggestuen. Min leder siger at det er "en del af jobbet". FOA siger jeg skal skrive til politikerne også. Kan I hjælpe?

Mvh Sabrina""")

M("", """Hvilke regler gælder for gravide ansatte i kommunens daginstitutioner? Spørgsmål fra arbejdsmiljørepræsentanten i Troldehøjen, generelt. Mvh""")

M("s", """Hej Pernille. Jeg vil bare sige tak for at du stemte for regnbueflaget. Som lesbisk mor i Ishøj betyder det meget. Mvh Lykke""")

M("", """Tak for at byrådet hejser regnbueflaget i juni. Det er et godt signal. Mvh en glad borger""")

M("", """Hej Pernille, vil du deltage i en debat om ligestilling på Ishøj Gymnasium den 12. marts? Vi har også inviteret de andre partier. Mvh Elevrådet""")

M("b", """Kære Pernille

Jeg har stemt på dig ved de to sidste valg, men efter jeres beslutning om at lukke Ishøj Bibliotek om søndagen gør jeg det ikke igen. Jeg har selv været medlem af dit parti i 12 år men melder mig ud nu.

Mvh Erik Sandholm""")

M("h", """Min datter Ida (6) har svær fødevareallergi over for nødder og æg, og køkkenet i SFO'en serverede i går en kage med nødder. Hun fik et anfald og måtte have adrenalin. Jeg har ringet til lederen tre gange. Mvh Christina Wolff""")

M("", """Hvordan håndterer kommunens køkkener allergier? Jeg er kok og søger job. Mvh""")

M("he", """hej. min kæreste har stofproblemer og han har fået et tilbud om behandling hos kommunen men han dukker ikke op. jeg er gravid og bor sammen med ham i hans lejlighed. kan jeg få hjælp til at flytte? mvh Cecilie""")

M("e", """Til Hovedpostkassen

Jeg er bostøttemedarbejder hos en privat leverandør og har en borger, Hans Peter Brix, der har fået et rykkerbrev for manglende betaling af egenbetaling for madordning. Han har fuldmagt til mig. Hvem kan jeg tale med?

Mvh
Line Thorsen, Bostøtte Vest""")

M("", """Hvad koster madordningen for pensionister i Ishøj pr. måned? Vi er en ældreforening der vil lave en oversigt. Mvh Ishøj Seniorklub""")

M("bt", """Kære borgmester

Som formand for Ishøj Muslimske Forening og selv dansk-tyrkisk muslim vil jeg invitere dig til iftar-middag den 15. marts. Jeg håber du vil komme.

Med venlig hilsen
Mehmet Yıldız""")

M("", """Kære Mehmet Yıldız, tak for invitationen. Borgmesteren deltager gerne. Mvh Lise Borup, PA""")

M("ep", """Kære Søren

Jeg er i retten for at få min huslejerestance på 46.000 kr. afgjort, og udlejer har sagt at han vil sælge ejendommen hvor jeg bor, og at køberen allerede er fundet. Jeg frygter at blive sat ud.

Venlig hilsen
Gitte Mikkelsen, [[170573-1802]]""")

M("h", """Til skoleområdet

Min søn Villads har Tourettes syndrom, og klassens nye lærer sendte ham uden for døren fire gange i sidste uge for "lyde". Skolen har fået lægeerklæring. Jeg er frustreret.

Venlig hilsen
Maria Lind""")

M("", """Hvilken hjælp kan skoler få fra PPR til elever med Tourettes? Jeg er lærerstuderende. Mvh Sofie""")

M("e", """Hej Jan. Min ven Kim sover i sin bil ved Ishøj Havn. Han er blevet sat ud og har ingen penge, jobcentret har stoppet hans ydelse. Hvad kan vi gøre? Mvh Allan""")

M("", """Hej Jan, vil du gøre noget ved alle de campingvogne og biler der holder fast ved havnen om natten? Det er ikke en campingplads. Mvh Beboerforeningen ved havnen""")

M("se", """Til Børn og Forebyggelse

Min eksmand og jeg har fælles forældremyndighed over vores søn. Efter jeg er flyttet sammen med min kæreste Maria, nægter han samvær og siger at drengen ikke skal bo hos "to lesbiske". Familieretshuset har sagen men skolen blander sig nu også. Hvem i kommunen har ansvaret?

Mvh Pia Koch""")

M("", """Hvad er forskellen på Familieretshuset og kommunens familieafdeling? Spørgsmål fra en socialrådgiverstuderende. Tak!""")

M("h", """hej Kasper!! vores træner i håndboldklubben, Ditte Aas, har fået en hjernerystelse og må ikke træne os resten af sæsonen. kan kommunen give klubben penge til en ny træner? /U15 pigerne""")

M("", """Kan foreninger søge kommunen om tilskud til trænerløn? Vi er Ishøj Håndboldklub. Mvh kassereren""")

M("u", """Hej. Jeg er tidligere medlem af Krifa og overvejer at skifte til 3F. Er der nogen forskel for mig som kommunalt ansat i forhold til lokalaftaler? Mvh Preben""")

M("", """Hvilke overenskomster gælder for kommunens rengøringspersonale? Jeg er selvstændig konsulent og laver en oversigt for KL. Mvh""")

M("e", """Kære Dorte. Min søn Nicklas på 22 har fået en dom på 8 måneder og kommer ud fra Vestre Fængsel i juni. Han har ingen bolig. Kan kommunen hjælpe ham fra dag ét? Mvh Bitten""")

M("", """Hvordan samarbejder kommunen med Kriminalforsorgen om løsladte? Vi er en NGO der arbejder med resocialisering. Mvh Exit Danmark""")

M("t", """Til direktøren for Beskæftigelse

Jeg er tamil, født i Jaffna, og har en ingeniøruddannelse fra Indien. Jeg får at vide af jobcentret at min uddannelse "ikke tæller". Jeg vil have at den vurderes ordentligt.

Mvh Arun Pillai""")

M("ht", """Hej Line

Jeg er eritreer og min søn på 9 har fået diagnosen autisme. Jeg forstår ikke brevene fra PPR og vil have en tolk til mødet. Mvh Semhar Tesfay""")

M("", """Hvordan bestiller man tolk til møder med PPR? Spørgsmål fra en skolesekretær. Mvh Lene""")
