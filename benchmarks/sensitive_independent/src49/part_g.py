"""Part G: more rainbow families, union members, pending home sales and CPR numbers of children and parents; hard negatives on rules, prices and events."""
from common import M

M("s", """
Hej

Jeg er medmor til Alma, der starter i vuggestue i januar. Pladsanvisningen har kun registreret hendes mor Sofie som forælder. Kan I rette det, så jeg også kan få beskeder?

Mvh Cecilie Brandt
""")

M("sh", """
Hej sundhedsplejerske

Min kone Julie er gravid med vores andet barn via donor. Hun har svær kvalme og har været sygemeldt i 3 uger. Kan du komme på hjemmebesøg og se til storebror også?

Mvh Nina Kjær
""")

M("s", """
hej, jeg er 14 og lesbisk og jeg vil gerne starte en regnbueklub på skolen. skal jeg spørge skolelederen eller elevrådet?? /Liv
""")

M("se", """
Hej

Min ekskæreste og jeg var et lesbisk par og har en søn sammen, og nu er vi i strid om samværet. Familieretshuset har indkaldt os. Kan børnehaven give en udtalelse om hvordan Theo har det?

Mvh Anne Bruun
""")

M("s", """
Hej

Vi er to fædre og vil gerne deltage i vuggestuens forældrebestyrelse. Er der valg snart?

Mvh Mikkel og Jens Østergaard
""")

M("", """
Hej

Hvornår er der valg til forældrebestyrelsen i kommunens vuggestuer, og hvordan stiller man op?

Mvh
""")

M("u", """
Hej

Jeg er tillidsrepræsentant for pædagogerne i Solsikken. Personalegruppen er bekymret for de nye åbningstider og ønsker at blive hørt før udvalgsmødet.

Mvh Gitte Brogaard
""")

M("ue", """
Hej

Min a-kasse i Det Faglige Hus siger at jeg skal være i aktivering fra næste uge, men min søn har ikke fået plads i SFO endnu. Hvad gør jeg?

Mvh Lasse
""")

M("pe", """
Hej

Vores hus er sat til salg fordi vi ikke kan betale det efter jeg blev arbejdsløs. Vi har en køber der har budt, men kun hvis prisen sættes ned. Kan vi få hjælp til at finde en lejebolig tæt på skolen? Min cpr: [[210382 1739]]

Mvh Kim Pedersen
""")

M("p", """
Hej

Vi har et bud på vores andelsbolig i Strandgårdsparken, men bestyrelsen har forkøbsret til ventelisten. Vi er i gang med at købe hus i Solrød, så børnene skal skifte skole. Hvornår skal vi melde dem ud?

Mvh Camilla Sand
""")

M("p", """
Hej

Jeg er farmor og vil sælge mit sommerhus i Ishøj Landsby til mit barnebarn, men vi venter på vurderingen. Skal kommunen godkende noget?

Mvh Else Bruhn
""")

M("", """
Hej

Skal man betale ejendomsskat til kommunen for et sommerhus i Ishøj, og hvornår?

Mvh
""")

M("h", """
Hej

Min datter Rosa, cpr [[160611-4498]], skal opereres for skelen på Rigshospitalet. Hun er væk fra skole i to uger. Kan lektierne lægges på Aula?

Mvh Stine
""")

M("eb", """
Hej

Jeg søger om enkeltydelse til konfirmationstøj til min søn Mathias, [[050412 6638]]. Jeg er på kontanthjælp. Min cpr [[170880-2246]].

Mvh Dorte
""")

M("", """
Hej

Kan man søge tilskud til konfirmation hos kommunen, eller skal man gå til kirken? Jeg er frivillig i en forening der hjælper familier.

Mvh
""")

M("eh", """
Hej

Min søn Kasper [[0709155318]] har fået tildelt en støttepædagog i børnehaven, men hun er syg og der kommer ingen vikar. Vi er frustrerede.

Mvh Martin Lyng
""")

M("h", """
Hej

Vores dagplejer Bente er syg med lungebetændelse, og der er ingen gæstedagpleje for William [[220824 7104]]. Hvad gør vi?

Mvh Nanna
""")

M("", """
Hej

Hvordan fungerer gæstedagpleje når ens dagplejer holder ferie? Bare et generelt spørgsmål inden vi søger.

Mvh
""")

M("", """
Hej

Hvad koster madordningen i børnehaven per måned i 2027?

Mvh
""")

M("", """
Hej

Kan man fravælge madordningen i børnehaven, og får man så pengene tilbage?

Mvh
""")

M("", """
Hej

Hvornår er der tilmelding til sommerferieaktiviteterne for børn? Og er det gratis?

Mvh
""")

M("", """
Hej

Jeg savner flere legepladser i Ishøj Landsby. Kan kommunen sætte penge af til det?

Mvh
""")

M("", """
Hej

Hvorfor skal skolerne lukke kl. 14 fredag? Det er svært for forældre der arbejder.

Mvh
""")

M("", """
Kære borgmester

Tak for en fantastisk børnekulturfestival. Mine børn var vilde med teatret.

Mvh
""")

M("", """
Hej

Hvor kan man aflevere brugt legetøj? Vi vil gerne give til en børnehave.

Mvh
""")

M("", """
Hej

Er der juletræsfest for børn på rådhuset i december?

Mvh
""")

M("", """
Hej

Hvorfor har Ishøj kun én ungdomsklub? Der burde være én i hver bydel.

Mvh
""")

M("", """
Hej

Jeg har betalt for lejrskolen med ordrenr. 2903171045 men skolen siger den ikke er modtaget. Kan I se det?

Mvh
""")

M("", """
Hej

Er kommunens skoler med i Skolernes Motionsdag i år, og hvilken dag?

Mvh
""")

M("b", """
Hej

Jeg er sognepræst i Torslunde og vil gerne invitere 3. klasserne til en rundvisning i kirken før påske.

Mvh Hans Nyborg
""")

M("", """
Hej

Holder moskeen i Ishøj åbent hus for skoleklasser? Vores klasse læser om religioner.

Mvh 7.B, Ishøj Skole
""")

M("", """
Hej

Hvor mange børn er anbragt uden for hjemmet i Ishøj, fordelt på alder? Jeg skriver speciale.

Mvh
""")

M("", """
Hej

Er det rigtigt at kommunen vil nedlægge Familiehuset? Det vil ramme de svageste familier.

Mvh
""")

M("", """
Hej

Hvornår holder PPR åben rådgivning for forældre i kommunen?

Mvh
""")
