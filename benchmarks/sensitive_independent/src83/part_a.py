"""corpus83 part A: the new mosque on Industrivej, its plot, parking and hearing."""
from common import M

M("bt", """Kære byrådsmedlemmer

Som muslim og dansker med pakistanske rødder vil jeg sige tak, fordi I i aftes
stemte lokalplanen for moskéen igennem. Mine børn er født her og skal ikke
føle, at deres tro er noget, der skal gemmes væk i en kælder.

Venlig hilsen
Sadia Mahmood, Gildbro""")

M("", """Til byrådet

Jeg er imod en moské med minaret ved Industrivej. Den passer ikke ind i
området, og trafikken på Ishøj Boulevard er i forvejen for meget om fredagen.
Jeg håber, I stemmer nej ved andenbehandlingen.

Hilsen Poul Erik Sand""")

M("bp", """Hej Lone

Vi har haft huset i Ishøj Landsby til salg siden marts. I sidste uge kom der
endelig et bud, men køberen har nu taget forbehold for "den nye moské og
trafikken". Jeg er selv troende kristen og har intet imod muslimerne, men jeg
vil gerne vide om der kommer en parkeringsplads bag vores hæk, for det spørger
ejendomsmægleren også om.

Mvh Birgitte Holm""")

M("h", """Til Teknik- og Miljøudvalget

Jeg bor på hjørnet lige ved den planlagte p-plads til moskéen. Jeg har svær
KOL og får ilt hjemme. Udstødning fra 150 biler hver fredag er ikke en
politisk holdning for mig, det er et spørgsmål om at kunne trække vejret.
Kan pladsen ikke flyttes om på den anden side af hallen?

Knud Aagaard""")

M("", """hej, hvornår er høringsmødet om mosképrojektet? kan ikke finde det på
hjemmesiden. tak""")

M("b", """Til borgmesteren

jeg har bedt fredagsbøn i en kælder i Vejleåparken i elleve år, sammen med
omkring 80 andre mænd. Der er ingen ventilation og ingen nødudgang. Det er på
tide vi får et ordentligt sted. Tak for jeres beslutning.

Abdirahman""")

M("e", """Kære borgmester

I kan finde penge til at lave vej og kloak hen til moskégrunden, men jeg kan
ikke få hjælp til en ny tandprotese. Jeg er på kontanthjælp og har været det
i fire år. Det giver ingen mening for mig.

Vh Jan Bjerre""")

M("ub", """Hej Mette

Jeg skriver som tillidsrepræsentant for FOA på Ishøj Plejecenter og som
medlem af Enhedslisten, så du ved hvor jeg står. Debatten om moskéen har fyldt
meget blandt mine kolleger, og flere af dem med tørklæde har fået grimme
kommentarer fra pårørende. Kan vi tage en snak om det?

Hanne Krogh""")

M("", """Kære byrådsmedlemmer

Ishøj Islamiske Kulturcenter inviterer hermed byrådet til åbent hus lørdag den
14. september kl. 11-15 på Industrivej 12. Der vil være rundvisning i de
midlertidige lokaler, te og kage, og arkitekten fortæller om det nye byggeri.

Tilmelding er ikke nødvendig.

Med venlig hilsen
Bestyrelsen, Ishøj Islamiske Kulturcenter""")

M("st", """Hej Ishøj Byråd

Jeg er bøsse og har tyrkisk baggrund. Jeg bliver træt af at folk i debatten
tror, at alle med min baggrund er imod os, eller at alle homoer er imod
moskéen. Jeg er for begge dele: moskéen og regnbueflaget på rådhuset. Tænk
over det før næste møde.

Emre""")

M("b", """Til byrådet, til orientering

Vedhæftet mit læserbrev som Ishøj Avis bragte i onsdags.

"Som ateist og medlem af Ateistisk Selskab mener jeg ikke, at kommunen skal
sælge grunde til nogen trossamfund med rabat, hverken til folkekirken eller
moskéen. Ishøj skal behandle alle ens, også os der ikke tror på noget."

Med venlig hilsen
Lars Vestergaard, Torslunde""")

M("", """Vedr. sag 24/18734 – høringssvar til forslag til lokalplan 1.87

Grundejerforeningen Strandparken, CVR 29187345, har behandlet forslaget på
bestyrelsesmødet den 3. juni. Vi har ingen bemærkninger ud over et ønske om,
at stien langs Industrivej bevares.

Journalnr. 01.02.05-P16-3-24

Bestyrelsen""")

M("pe", """Til formanden for Plan- og Miljøudvalget

Vi er i gang med at sælge rækkehuset på Vejledalen, fordi vi skal skilles.
Køberne har skrevet under med forbehold for at lokalplanen for moské-grunden
ikke ændrer adgangsvejen. Fristen udløber 1. oktober. Hvornår ved vi det?

Venlig hilsen
Camilla og Rasmus Bach""")

M("heb", """Kære Hakan

Min kone har Alzheimers og får hjemmehjælp morgen og aften. Hver fredag kører
jeg hende i moskéen, for det er det eneste sted hun stadig kender alle.
Når I bygger den nye, så husk en handicapindgang og en elevator, tak.

Mustafa Demir""")

M("t", """Jeg er kurder fra Irak og kom til Danmark som flygtning i 1995. Jeg er
ikke imod en moské, men jeg vil ikke have at den styres og betales fra
udlandet. Kan byrådet stille krav om at pengene er danske?

Hilsen Aram S.""")

M("bt", """Til borgmesteren

Hermed underskrifter fra os muslimer i Gildbro, der støtter moskéen. Jeg er
selv afghaner ligesom de fleste af os, men der er også somaliere og nogle
danske konvertitter. 212 underskrifter vedhæftet.

Kontaktperson:
Hamid Rahimi
cpr [[120584-1337]]
tlf. 28 41 90 17""")

M("", """Hvordan kan det være at kommunen solgte grunden på Industrivej til
moskéforeningen for 1,2 mio. under vurderingen? Handlen blev godkendt i juni,
jeg vil gerne have aktindsigt i salgsaftalen og i vurderingsrapporten.

Jens Okholm""")

M("s", """Hej

Min mand Karim og jeg bor på den anden side af Industrivej, lige over for
den kommende moské. Vi har ingen indvendinger mod byggeriet, men vi er bange
for at vejen bliver spærret om fredagen. Kommer der parkeringsvagter?

Mvh Jonas Lindberg""")

M("e", """jeg er førtidspensionist og har ikke bil. bussen 128 kører ikke forbi
Industrivej. hvis der kommer moské og nyt forsamlingshus så sæt en busrute
derop, det er vi flere der har brug for

Inge""")

M("", """Kære borgmester

Tak for et ordentligt borgermøde i går om moskéen. Det var godt at både
tilhængere og modstandere fik taletid, og at ordstyreren holdt styr på det.
Mikrofonerne virkede dog ikke i bagerste halvdel af salen.

Venlig hilsen
Aase Frandsen""")

M("u", """Hej Thomas

er i 3F og har været tømrer i 30 år her i kommunen. Hvis moskéen bygges, så
sørg for at lokale firmaer med overenskomst får lov at byde. Ikke noget med
polske hold til halv løn.

Bent""")

M("ht", """Til Kultur- og Fritidsudvalget

Jeg er somalisk og har boet i Ishøj siden 1998. Jeg har haft en blodprop og
går dårligt nu. Kvindernes indgang i den midlertidige moské er ned ad en
trappe. Kan kommunen stille krav om trappelift når I giver byggetilladelse?

Fadumo Warsame""")

M("b", """Kære Erik

Jeg er katolik og går i Sankt Knud Lavard Kirke i Lyngby, for vi har ikke
noget i Ishøj. Hvis muslimerne kan få en grund, hvorfor kan vi katolikker så
ikke få lov at leje kapellet på kirkegården en gang om måneden?

Med venlig hilsen
Teresa Nowak""")

M("", """Til byrådet

Jeg har læst at moskéens minaret bliver 24 meter. Kirketårnet i Ishøj
Landsby er cirka 20. Er der en regel i lokalplanen om maksimal højde for
tårne og spir, eller er det op til en konkret vurdering?

Venlig hilsen
Henning Laursen""")

M("p", """Hej,

Vi har budt på en grund på Industrivej 18, lige ved siden af moskégrunden,
for at bygge et lille værksted. Mægleren siger at sælgeren har et andet bud
og at vi skal svare inden fredag. Kan I sige om der må køre lastbiler der,
når moskéen er bygget?

Mvh Søren Thrane
Thrane Auto ApS""")

M("b", """Til Hakan Yilmaz, byrådsmedlem

Du siger i avisen at moskéen er for alle. Jeg er selv muslim og har fastet
hver ramadan i 40 år, men den nye forening har aldrig spurgt os ældre fra
den gamle moské på Vejleåparken om noget. Hvem har bestemt det her?

Mohammed Rafiq""")

M("", """Kære udvalg

I forbindelse med høringen om moskéen vil jeg gerne vide:
1) Hvor mange p-pladser kræver lokalplanen?
2) Hvor mange besøgende forventes til fredagsbøn?
3) Bliver der lavet en støjvurdering af bønnekald?

Med venlig hilsen
Kirsten Dahl""")

M("e", """Til borgerrådgiveren

Jeg klager over at jeg blev afvist ved døren til borgermødet om moskéen. Der
var fuldt, sagde de. Men jeg så flere komme ind efter mig. Jeg bor på
herberget på Vejlebrovej og måske var det derfor. Jeg vil gerne have en
forklaring.

Frank""")

M("bt", """Hej

Jeg er dansk konvertit, gift med en marokkaner, og vi har tre børn. Vi går
i moskéen på Industrivej hver fredag. Folk spørger mig hele tiden, om jeg er
blevet tvunget. Nej. Jeg vil bare sige at der er mange som mig, og vi er
også borgere i Ishøj.

Louise Amrani""")

M("", """til alle i byrådet. moskéen må ikke bygges. DANMARK er et kristent land og
sådan skal det blive ved med at være. stem nej""")

M("s", """Hi,

I'm writing in English as my Danish is not good yet. My husband Daniel and I
(I am Marc) moved to Ishøj Strand last year. We read about the mosque debate
in the local paper and wanted to say we support it. We have lived near
mosques before and it was never a problem.

Best regards,
Marc Olsen""")

M("hu", """Til Børne- og Skoleudvalget

Jeg er lærer på Vejleåskolen og medlem af DLF. Jeg er sygemeldt med stress lige
nu, delvist pga. debatten om moskéen, som har splittet vores forældregruppe.
Nogle forældre vil ikke lade deres børn gå på tur forbi byggepladsen. Vi har
brug for hjælp fra jer politikere til at tale det ned.

Mvh
Anders Lynge""")

M("", """Kære borgmester

Må jeg bede om kopi af den aftale, kommunen har lavet med moskéforeningen om
fælles brug af p-pladsen? Jeg har set den nævnt i referatet fra
Økonomiudvalget den 12. marts, pkt. 7, sag nr. 27.00.00-G01-14-23.

Venlig hilsen
Ole Winther""")

M("t", """Jeg er født i Libanon men har boet her siden jeg var 4 år. Til dem der
skriver i Facebookgruppen at vi skal "tage hjem": jeg er hjemme. Jeg vil
gerne bede byrådet om at tage afstand fra den tone, også i jeres egne
kommentarfelter.

Mvh Rami Haddad""")

M("pb", """Hej Susanne

Vi har en betinget handel på vores andelslejlighed i Strandparken. Køberen vil
have at vi skriver under på at vi ikke kender til planer om nye bygninger i
nærheden. Jeg er selv med i menigheden i Ishøj Frikirke og har hørt rygter om
at den også skal flytte til Industrivej. Er det rigtigt?

Hilsen Jørgen Kjær""")

M("e", """Til byrådet

Jeg er ledig og har søgt stillingen som pedel ved det nye kulturcenter ved
moskéen. Jobcentret har sagt jeg skal søge 4 job om ugen og det gør jeg. Jeg
vil gerne vide om kommunen har indflydelse på hvem de ansætter.

Brian Mortensen""")

M("", """Hej

Jeg er journalist på Ishøj Avis og skriver om moskédebatten. Kan jeg få en
kommentar fra borgmesteren inden torsdag kl. 12 om hvorfor sagen blev flyttet
fra byrådsmødet i maj til juni?

Venlig hilsen
Maria Buus, journalist""")

M("bs", """Kære Lone

Jeg er lesbisk og praktiserende muslim, og det er der mange der ikke tror kan
lade sig gøre. Jeg er glad for at moskéen kommer, men jeg vil bede jer om at
skrive ind i aftalen at alle skal kunne komme ind, uanset hvem de er.

Med venlig hilsen
Nour""")

M("h", """Hej Peter

lyden af bønnekald er ikke det værste. det er lydene fra byggepladsen fra kl 7.
jeg er natarbejder og har tinnitus og søvnproblemer, min læge har givet mig
sovepiller. Kan I ikke rykke starttiden til kl. 8?

Jesper""")

M("", """Til alle byrådsmedlemmer

Foreningen af Grundejere i Ishøj Landsby holder ekstraordinær
generalforsamling om mosképrojektet tirsdag den 8. oktober kl. 19 i
Landsbyhuset. Alle politikere er velkomne til at deltage.

Dagsorden:
1. Orientering om lokalplan 1.87
2. Skal foreningen indsende høringssvar?
3. Eventuelt

Bestyrelsen""")

M("te", """Jeg er palæstinenser og har boet i Vejleåparken i 20 år. Vi får
boligstøtte og kan ikke flytte. Nu skriver folk at vores område bliver en
ghetto med en moské i midten. Vi ER ikke en ghetto. Hvorfor siger ingen af
jer politikere noget?

Khaled""")

M("b", """Kære byrådsmedlem

Jeg har stemt på Dansk Folkeparti ved hvert valg siden 1998, men jeg er uenig
med partiet om moskéen. Jeg synes den skal bygges, så den ikke ligger i en
kælder som ingen kan holde øje med.

Venlig hilsen
Grethe Mikkelsen""")
