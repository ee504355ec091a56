"""corpus76 part H: forwarded chains, look-alike numbers, policy complaints, mixed."""
from common import M

M("s", """
Til borgmesteren

Et af byrådets medlemmer skrev i weekenden på Facebook, at "homoseksualitet er noget,
børn skal beskyttes mod". Som homoseksuel borger i Ishøj og far til to føler jeg mig
direkte ramt. Jeg beder dig som formand for byrådet tage afstand fra udtalelsen.

Med venlig hilsen
Frederik Brandt
""")

M("u", """
Hej igen

Tak for svaret, men det løser ikke problemet.

Den 3. okt. skrev Plejecenter Vejleåparken:
> Vi henviser til, at medarbejdere parkerer på den offentlige p-plads ved Vejleåvej.

Den offentlige p-plads er fuld fra kl. 6. Vi er mange fra FOA der møder kl. 6.45, og
jeg er selv medlem af FOA's klub på centret. Vi vil gerne have, at kommunen laver
flere pladser til personalet, eller at vi får lov at holde på beboerpladserne om
morgenen.

Mvh
Jette Hjort
""")

M("p", """
Til hovedpostkassen

Videresendes til Center for Byudvikling og Natur.

Med venlig hilsen
Borgmesterens sekretariat

-----Oprindelig meddelelse-----
Fra: Henning Lauritzen
Sendt: 14. oktober
Til: Borgmesteren
Emne: Vores hus

Kære borgmester. Vi har sat vores hus på Kildebakken til salg og har en køber, der vil
betale 300.000 mindre, fordi kommunen endnu ikke har besluttet, om der kommer
støjværn mod motorvejen. Kan du ikke få forvaltningen til at svare, så vi kan få
en fair pris?
""")

M("se", """
Til hjemmeplejen

Min kone Lisbeth får hjemmehjælp to gange om ugen, og de sidste tre gange er der kommet
en ny hjælper, som ikke vidste hvad der skulle gøres. Jeg er selv 79 og kan ikke tage
over. Jeg vil gerne have faste hjælpere.

Venlig hilsen
Grete Holm
""")

M("b", """
Kære byrådsmedlem

Jeg stemte på Enhedslisten ved sidste valg, og jeg er dybt skuffet over, at partiet har
stemt for at sælge Ishøj Havns arealer. Det var ikke det, I gik til valg på.

Mvh Lene Falk
""")

M("u", """
Til Borgerservice

Jeg er medlem af HK og har fået at vide af min fagforening, at min adresse står forkert
i CPR-registeret, så de ikke kan sende mig breve. Kan I rette den til Ishøj Strandvej
52, 1. th.? Mit personnummer er [[131280-1179]].

Venlig hilsen
Susanne Friis
""")

M("s", """
hej Ishøj Ungdomsskole
jeg er panseksuel og i jeres spørgeskema om "kærester" skulle man vælge dreng eller
pige. det passer ikke til mig og heller ikke til nogle af mine venner. kan i ikke bare
skrive "kæreste"?
/ Alex, 16
""")

M("u", """
Til byrådet

Vi er nogle stykker fra forskellige forbund, der arbejder på byggeriet af den nye
skole. Hovedentreprenøren har i tre måneder brugt underleverandører, der ikke betaler
overenskomstløn. Kommunen er bygherre og kan stille krav. Vi vil gerne mødes med
jer. Vi skriver uden navne, fordi vi er bange for at miste jobbet.
""")

M("p", """
Til Økonomiudvalget

Vi har i august tilbudt kommunen at købe det lille stykke jord bag vores have på
Tranegilde Strandvej for 120.000 kr. Kommunen har svaret, at prisen "skal forhandles".
Vi vil gerne vide, hvornår forhandlingen begynder.

Ejer: Bent Mølgaard, cpr. [[080957–1285]]
""")

M("sh", """
Til Hjemmesygeplejen

Min mand Ove blev hjertebypassopereret for tre uger siden, og hjemmesygeplejen skal
skifte forbinding hver anden dag. I weekenden kom der ingen. Jeg ringede fem gange.
Jeg vil klage over, at ingen sagde det til os.

Venlig hilsen
Kjeld Ottesen
""")

M("b", """
Kære borgmester

Som medlem af Socialdemokratiet i 40 år er jeg flov over den måde, byrådet behandler
borgerne i Torslunde på. Lukningen af skolen er truffet hen over hovedet på os.

Erling Berg
""")

M("us", """
Til borgmesteren

Jeg er tillidsrepræsentant for 3F i et flyttefirma og lesbisk. Da jeg så at
regnbueflaget blev taget ned fra rådhuset efter to dage i år, blev jeg trist. Flere
af mine kolleger har spurgt mig, hvorfor kommunen ikke vil vise at vi hører til.

Venlig hilsen
Dorte Nielsen
""")

M("e", """
hej kan i sende min årsopgørelse for boligstøtte for 2023. min bank skal bruge den
[[2605941657]]
mvh emil
""")

M("p", """
Hej Byggesag

Jeg skriver igen, se nedenfor.

> Den 2. okt. skrev Byggesag:
> Sagen er under behandling, og vi forventer at kunne svare inden for 8 uger.

Som sagt er der underskrevet købsaftale med advokatforbehold på Ishøjvej 44, og
forbeholdet udløber 1. november. Køber vil have bekræftet, hvor skellet mod kommunens
sti ligger. Otte uger er for længe.

Med venlig hilsen
Karina Riis, EDC Ishøj
""")

M("s", """
Til UU Ishøj (Ungdommens Uddannelsesvejledning)

Jeg er 17 og aseksuel. Ved min vejledningssamtale blev jeg spurgt, om jeg "ikke snart
skulle have en kæreste", og om det var derfor, jeg var stille. Det har ikke noget med
uddannelsesvalg at gøre, og jeg blev utilpas. Jeg vil gerne klage.

Frida
""")

M("u", """
Til Center for Byudvikling og Natur

Jeg er socialpædagog og medlem af Socialpædagogerne og cykler til bostedet på
Gildbrovej hver dag. Cykelstien har været lukket i tre uger uden omkørselsskilte. Jeg
klager over, at der ikke er tænkt på cyklisterne.

Mvh Lone Winkel
""")

M("b", """
Til Parkering, Center for Byudvikling og Natur

Jeg går til fredagsbøn i moskeen på Industrivej hver uge, og I har nu givet p-afgift
tre fredage i træk til os, der holder på grusarealet. Der var ingen skilte før i
september. Jeg klager over afgifterne.

Omar Saeed
""")

M("s", """
Til borgerrådgiveren

Min kæreste Ahmed og jeg bor i en lejlighed i Strandgårdsparken, og underboen har
skrevet "bøsser" på vores dør to gange. Boligselskabet siger det er en sag for
kommunen, og kommunen siger det er boligselskabets. Hvem skal vi gå til?

Mikkel Sørensen
""")

M("p", """
Til borgmesterens PA

Kommunen har tilbudt at købe vores hus på Ishøj Landevej på grund af den nye vejføring.
Vi har fået et skriftligt tilbud, men ikke en vurdering. Vi vil gerne have et møde med
borgmesteren, før vi svarer.

Med venlig hilsen
Birthe og Kaj Sommer
""")

M("sb", """
Til skolelederen på Vibeholmskolen

Jeg er muslim og lesbisk, og jeg har læst, at skolen har inviteret en imam til en
debat om familieliv, hvor han skal tale om "den rette familie". Jeg var selv elev på
skolen og ved, hvordan det føles. Jeg beder jer invitere en anden stemme med.

Venlig hilsen
Yasmin
""")

M("u", """
Til Borgerservice

Jeg er medlem af Dansk Metal og skal bruge en bopælsattest til min a-kasse.

-----Oprindelig meddelelse-----
Fra: Borgerservice
Sendt: 1. oktober
Emne: SV: bopælsattest

Vi har brug for dit cpr-nummer for at finde dig.

-----
Her er det: [[170986-2543]]

Mvh René Holm
""")

M("p", """
Til Center for Byudvikling og Natur

Vi afgav den 12. september bud på kommunens byggegrund på Vejleå Allé 3 og fik at vide,
at vi ville få svar inden for 14 dage. Nu er der gået seks uger. Vi har et lånetilbud,
der udløber. Er buddet accepteret eller ej?

Venlig hilsen
Lasse og Ida Krog
""")

M("s", """
Til Center for Børn og Forebyggelse

Min mand Lars og jeg har søgt om at blive godkendt som plejefamilie. Vi har ventet på
det første møde i fire måneder. Vi vil gerne klage over ventetiden.

Thomas Bergholt
[[040582 3361]]
""")

M("u", """
Dear Ishøj Kommune,

I was a member of 3F until 2019, when I started my own company. Their old letter is
still the only document showing my work history, and you ask for it in my
application for a trade licence. Is that really necessary?

Regards,
Stefan Ionescu
""")

M("h", """
Til Center for Børn og Forebyggelse

Min datter Ida, [[210609-4058]], er indlagt på Hvidovre med lungebetændelse, og
skolen har registreret fraværet som ulovligt. Jeg klager over registreringen.

Sanne Bro
""")

M("", """
Til borgerrådgiveren

Jeg er journalist på Vestegnen og skriver om klager over kommunerne. Hvor mange klager
har du modtaget i år, og hvilke centre får flest? Jeg skal ikke bruge enkeltsager.

Med venlig hilsen
Peter Kragh
""")

M("", """
Til Beskæftigelsesudvalget

Hvor mange borgere i Ishøj modtager kontanthjælp, og hvordan har tallet udviklet sig
siden 2020? Jeg sidder i en borgergruppe, der diskuterer ledighed på Vestegnen.

Venlig hilsen
Jørn Brix
""")

M("", """
Kære byrådsmedlemmer

Kontanthjælpsreglerne er alt for stramme, og Ishøj burde gå forrest og give borgerne
mere tid, før der sanktioneres. Jeg håber at I vil rejse sagen over for regeringen.

Med venlig hilsen
Mette Bundgaard
""")

M("", """
Til Ishøj Forsyning / Ishøj Kommune

Klage over vandregning, kundenummer 2203891456

Min regning for 3. kvartal er tre gange så stor som sidste år. Der er ikke sket noget
nyt i husstanden. Kan I tjekke måleren?

Venlig hilsen
Hans Bjerre
""")

M("", """
Til Opkrævningen

Jeg har fået en rykker, men jeg betalte regningen den 2. oktober fra reg. 5301
kontonr. 0250871234. Kan I se efter igen? I kan ringe på +45 20 12 84 33.

Venlig hilsen
Jens Munk
""")

M("", """
Til Kultur og Fritid

Faktura nr. 1511930127 for leje af Medborgerhuset den 9. november er på 4.800 kr.,
men vi aftalte 3.200 kr. i telefonen. Vi beder om en kreditnota.

Med venlig hilsen
Ishøj Bridgeklub, kasserer Inge Larsen
""")

M("", """
Til Affald og Genbrug

Vores virksomhed, P-nummer 1003456789, CVR 29384756, har ikke fået tømt
erhvervscontaineren i tre uger. Vi betaler for ugentlig tømning. Hvornår kommer I?

Med venlig hilsen
Ishøj Auto ApS
""")

M("", """
Til Ishøj Varmeværk

Min varmemåler, målernr. 0807991145, viser et forbrug, der ikke kan passe. Naboerne
har det samme problem. Kan I sende en montør?

Venlig hilsen
Aksel Winther
""")

M("", """
Til Ishøj Kommune, Forsikring

Min cykel blev stjålet fra kommunens cykelparkering ved Ishøj Station, hvor der ikke
har været lys i to måneder. Mit forsikringsselskab spørger, om kommunen har kendskab
til problemet. Police nr. 3112861102.

Venlig hilsen
Camilla Brask
""")

M("", """
Til Center for Byudvikling og Natur

Jeg henviser til sag 24/010392-14 om beplantningen langs Vejleåvej. Træerne er
stadig ikke beskåret, og de skygger for gadelyset. Hvornår bliver det gjort?

Venlig hilsen
Vibeke Lund
""")

M("", """
Til Affald og Genbrug

Jeg bestilte afhentning af storskrald, ordrenr. 1904881263, til mandag, men ingen
kom. Nu står sofaen på fortovet. Kan den hentes i morgen?

Mvh Kim
""")

M("", """
Til Social- og Sundhedsudvalget

Det er ikke rimeligt, at vaccinationsklinikken i Sundhedshuset kun har åbent to
formiddage om ugen. Mange ældre kan ikke komme afsted i det tidsrum. Udvid venligst
åbningstiden i vaccinationssæsonen.

Med venlig hilsen
Ældrerådet i Ishøj
""")

M("", """
Hej

Hvilke fagforeninger og a-kasser deltager i jobmessen i Ishøj Idrætscenter i
november? Jeg vil gerne tale med nogle af dem om efteruddannelse.

Venlig hilsen
Tim
""")

M("", """
Til Center for Byudvikling og Natur

Hver fredag ved middagstid er Industrivej blokeret af biler til fredagsbønnen i
moskeen. Vi kan ikke komme ud fra vores virksomheder. Kan kommunen lave en
parkeringsløsning sammen med moskeen?

Venlig hilsen
Erhvervsforeningen Industrivej
""")

M("", """
Til Kultur og Fritid

Hvornår er Ishøj Pride i år, og hvorfor hænger regnbueflaget ikke på rådhuset hele
ugen, som i Albertslund?

Venlig hilsen
Bo
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Jeg vil gerne bede om tal for beskæftigelsen blandt indvandrere og efterkommere i
Ishøj fordelt på køn og alder. Har kommunen også arabisktalende tolke tilknyttet
jobcentret, eller bruges der et tolkebureau?

Med venlig hilsen
Laila Jensen, projektleder, Vestegnens Integrationsnetværk
""")

M("", """
Hej

Hvordan beregnes ejendomsværdiskatten egentlig, og kan man klage over den til
kommunen? Jeg har læst forskellige ting på nettet.

Venlig hilsen
Kurt
""")

M("", """
Til Boligstøtte

Hvad er satserne for boligstøtte i 2025, og hvor høj må indkomsten være? Vi er et
lejerråd, der vil lave en oversigt til vores beboere.

Venlig hilsen
Lejerrådet i Strandgårdsparken
""")

M("", """
Til Social- og Sundhedsudvalget

Jeg har læst i avisen, at ventetiden på visitation til hjemmehjælp i Ishøj er over
seks uger. Det er for lang tid. Hvad vil udvalget gøre ved det?

Venlig hilsen
Karen Lindberg
""")

M("", """
Til hovedpostkassen

Videresendes til Vej og Park. Borgeren har fået kvittering.

Med venlig hilsen
Anja Holm, byrådsmedlem

-----Oprindelig meddelelse-----
Fra: Martin Dyrberg
Sendt: 20. oktober
Til: Anja Holm
Emne: Gadelys

Kære Anja. Gadelyset på Brohusvej har været slukket i tre uger, og det er helt
mørkt, når børnene går til skole. Kan du få nogen til at se på det?
""")

M("", """
Til byrådet

Jeg er imod planerne om et nyt asylcenter på Vejleå-grunden. Der er ikke infrastruktur
til det, og beslutningen er ikke drøftet med borgerne. Jeg beder byrådet stemme nej.

Med venlig hilsen
Ulla Karlsen
""")

M("", """
Hej

Hvordan klager man over et byrådsmedlem, der opfører sig dårligt på et borgermøde? Er
der et sted, man kan sende en klage hen?

Venlig hilsen
Birgit
""")
