"""corpus57 part F: retired union members, older gay and lesbian citizens, trades."""
from common import M

M("u", """Til borgmesteren

3F Ishøj-Vallensbæks seniorklub har 120 medlemmer, og vi har i mange år holdt
møder i Strandgården hver anden torsdag. Nu får vi at vide, at lokalet skal
bruges til andet. Som mangeårigt medlem af 3F og klubbens kasserer beder jeg
om, at I finder et andet lokale til os.

Med venlig hilsen
Verner Clausen""")

M("us", """Hej Kasper

Jeg har været HK'er hele mit arbejdsliv og er nu pensioneret. Min mand Allan
og jeg vil gerne deltage i kommunens seniorfestival, men tilmeldingen
spørger efter "hustru". Kan I rette formularen, så den passer til alle
ægtepar?

Venlig hilsen
Bent Rosenkvist""")

M("u", """til FOA's tillidsfolk og udvalget

skriver bare for at sige at vi pensionister fra FOA-seniorerne gerne stiller
op som frivillige ved valget i november hvis kommunen mangler folk til at
tælle stemmer. vi er vant til at tælle

hilsen Karin F.""")

M("s", """Til Kultur- og Fritidsudvalget

Jeg er 72 og lesbisk og har i mange år savnet et mødested for ældre LGBT+-
personer i Ishøj. Kan udvalget støtte et månedligt kaffemøde på biblioteket?
Vi er en lille gruppe, der har talt om det længe.

Venlig hilsen
Anni Stougaard""")

M("", """Til Kultur- og Fritidsudvalget

Hvornår er Ishøj Pride i år, og kan seniorerne i aktivitetscentret få en bod?
Vi vil gerne sælge kage og fortælle om vores hold. Vi har ikke en særlig
tilknytning, vi synes bare, det er en god dag.

Mvh
Aktivitetscentrets brugerråd""")

M("su", """Til borgerrådgiveren

Jeg er pensioneret buschauffør og har været med i 3F i 41 år. Min mand og
jeg har fået afslag på et fælles klippekort til seniorbussen, fordi kun den
ene står som "ægtefælle" i systemet. Vi har været registreret partnere
siden 1991 og gift siden 2012. Hvad er problemet?

Venlig hilsen
Poul-Erik Winther""")

M("u", """Hej

Jeg er tillidsrepræsentant for BUPL på Ishøj Bycenter-børnehaven og vil gerne
høre om vi kan lave en fælles aktivitet mellem børnene og de ældre på
plejecentret Ishøjhave, fx en gang om måneden. Hvem skal vi kontakte?

Mvh
Louise Holt""")

M("", """Til hovedpostkassen

Hvilke fagforeninger deltager i seniormessen i Ishøj Hallen i september? Vi
vil gerne vide det, så vi kan lave programmet til vores medlemsblad.

Venlig hilsen
Redaktionen, Ældre Sagen Ishøj""")

M("p", """Til Byudvikling og Natur

Vi er ved at sælge vores rækkehus i Vejleåparkens ejerafsnit, og køberen har
fået sin bank til at godkende lånet. Men han vil have kommunens erklæring om,
at den overdækkede terrasse er lovlig, før han skriver under. Kan den komme
inden 1. marts?

Venlig hilsen
Tove og Bjarne Holst""")

M("pb", """Til Byudvikling og Natur

Ishøj Islamiske Kulturforening har givet et bud på den gamle børnehave på
Ishøj Boulevard. Vi vil bruge bygningen til fredagsbøn og koranundervisning.
Jeg er selv muslim og formand for foreningen. Hvornår træffer byrådet
beslutning om salget?

Med venlig hilsen
Mustafa Kaya""")

M("st", """Til borgmesterens PA

Jeg er en ældre homoseksuel mand og kom fra Iran for 30 år siden, fordi man
ikke kunne leve åbent der. Nu bor jeg på Ishøj Strandvej og er blevet kaldt
grimme ting af to drenge i opgangen, både for min baggrund og for at jeg er
bøsse. Kan kommunen gøre noget? Boligselskabet svarer ikke.

Med venlig hilsen
Reza""")

M("u", """Til udvalgsformanden for Beskæftigelse

Som pensioneret formand for Dansk Metal Ishøj og stadig medlem vil jeg
pege på, at mange ældre håndværkere gerne vil være mentorer for unge i
praktik. Har kommunen et program, vi kan bidrage til?

Med venlig hilsen
Flemming Kjær""")

M("t", """Hej

Min mor er japansk og er 83. Hun har altid haft det svært med julefrokoster
og den slags, men nu vil hun gerne med på aktivitetscentrets udflugter. Hun
synes, de andre kigger skævt, og en sagde "så kan du jo snakke kinesisk".
Kan personalet gøre noget?

Hilsen
Kenji Sørensen""")

M("ps", """Til Byudvikling og Natur

Min kone Else og jeg (Ruth) skal sælge vores hus på Torslunde Bygade for at
flytte nærmere vores datter. Vi har fået et bud, men køberen vil have lov til
at lave en indkørsel over fortovet. Kan det godkendes, før vi accepterer?

Venlig hilsen
Ruth Bech""")

M("", """Til Byudvikling og Natur

Hvad koster det at få en ny overkørsel over fortovet, og hvor lang tid tager
en tilladelse? Vi har ikke noget konkret, men det er rart at vide, før vi
eventuelt bygger om.

Hilsen
Jan Skov""")

M("us", """Hej Merete

Jeg er formand for DSR's seniorkreds i Ishøj og har også mit eget ærinde: min
kone og jeg ønsker at være frivillige på plejecentret, men vi fik at vide, at
der kun er plads til "mand og kone-par" på sommerudflugten. Det synes jeg er
underligt i 2025.

Med venlig hilsen
Lene Haugaard""")

M("", """Til borgmesteren

Tak for støtten til den nye pensionistklub i Torslunde. Vi har nu 38 medlemmer
og mødes hver onsdag. Vi har fået lov at låne beboerhuset gratis.

Mange hilsner
Torslunde Pensionistklub""")

M("pe", """Til Center for Voksne og Velfærd

Min mor har fået plads på plejehjem og vi sælger hendes kolonihavehus i
Tranegilde. Haveforeningen har en på ventelisten, men foreningen kræver, at
kommunen godkender vurderingen. I mellemtiden betaler vi både haveleje og
plejehjem. Hvornår kan vurderingen godkendes?

Venlig hilsen
Jesper Holm""")

M("t", """Til Voksne og Velfærd

Min farfar er eskimo – ja, han siger selv det ord, han er fra Thule – og bor
nu i Ishøj. Han vil gerne være med i aktivitetscentrets fiskeklub. Hvordan
melder man sig til?

Mvh
Aputsiaq""")

M("ub", """Til borgmester og byråd

Som tidligere tillidsrepræsentant i HK Kommunal og medlem af Radikale Venstre
gennem 40 år vil jeg opfordre til, at ældreområdet får en fast plads i de
kommende budgetforhandlinger. Jeg er klar til at stille op til et borgermøde.

Med venlig hilsen
Inger Margrethe Holm""")

M("p", """Til Byudvikling og Natur

Jeg overvejer at købe min nabos grund, der støder op til min have på Ishøj
Landsby. Han vil gerne sælge en strimmel på 200 m², men vi er ikke enige om
prisen endnu. Kan man overhovedet udstykke så lidt?

Venlig hilsen
Claus Ravnsborg""")

M("", """Til hovedpostkassen

Vi har modtaget et brev med journalnummer 27.39.02-P19-1-25 om vores
byggesag, men der står ikke, hvem der er sagsbehandler. Kan I oplyse det?
Vores ejendomsnummer er 183-004512.

Venlig hilsen
Jens og Anne Skytte""")

M("st", """Hello,

I'm a retired British teacher living in Ishøj with my husband Mark. We have
been invited to the municipality's welcome event for new pensioners, but the
form only allows "spouse (female)". Could you please fix that? We would like
to come together.

Best,
Richard Hughes""")

M("u", """Til Borgerrådgiveren

Jeg er medlem af Krifa og var i 15 år tillidsrepræsentant på et lager. Nu
er jeg 70 og har hørt, at kommunen søger seniorer til et mentorprogram. Jeg
har søgt for seks uger siden og ikke fået svar. Er ansøgningen forsvundet?

Venlig hilsen
Ole Riber""")

M("bte", """Til udvalgsformanden

Jeg er født i Pakistan og er sikh. Min far er 89 og skal på aflastning en
uge i marts. Han bærer turban og skal have hjælp til at binde den hver
morgen. Kan personalet lære det, eller må jeg komme og gøre det?

Venlig hilsen
Harpreet Singh Gill""")

M("", """Til aktivitetscentret

Vi er et par, der gerne vil lære at danse standarddans. Har I et hold for
begyndere over 60? Vi har ikke danset siden vores bryllup, så vi er ikke
særlig gode.

Mvh
Bente og Finn""")

M("p", """Til Byudvikling og Natur, att. salg af kommunale ejendomme

Jeg er interesseret i at købe det tidligere dagcenter på Vildtbanegårdsvej
og omdanne det til seniorboliger. Jeg har sendt et bud den 4. februar. Er
der andre bydende, og hvornår kan jeg forvente svar?

Med venlig hilsen
Mads Ebbesen, bygherre""")

M("sh", """Hej borgerrådgiver

min kæreste Morten og jeg (Jesper) er begge over 70. Morten har fået en ny
hofte og må ikke køre bil. Vi vil gerne bruge flextur sammen, men
chaufføren sagde at "kun ægtefæller" må køre med. Vi er ikke gift. Er det
rigtigt?

Jesper""")

M("", """Til hovedpostkassen

Hvad er reglerne for at få en ledsager med i flextur? Er det kun ægtefæller,
eller kan man tage en ven med? Jeg spørger generelt til min nabo, der er
ny i området.

Hilsen
Solveig""")

M("ue", """Til Center for Borger, Økonomi og IT

Jeg er pensioneret tømrer og stadig medlem af 3F. Jeg har søgt om
varmetillæg til min folkepension, fordi varmeregningen er steget med 40 %.
Det er to måneder siden. Hvornår hører jeg noget?

Svend Erik Hald
cpr [[050753-1147]]""")

M("tu", """Til borgmesteren

Jeg er fra Tyrkiet og var i 30 år medlem af 3F, da jeg arbejdede på
Avedøreværket. Nu skal jeg på pension, og jeg vil gerne takke Ishøj for at
tage imod mig i 1975. Jeg vil også sige, at mange af os fra den tid gerne
vil have en fælles mindeplade ved rådhuset.

Med venlig hilsen
Yusuf Kaplan""")

M("", """Til borgmesteren

Kunne Ishøj lave en udstilling om de første gæstearbejdere, der kom i
1970'erne? Jeg er lokalhistoriker og har materiale fra arkivet, som kunne
bruges. Det er en vigtig del af byens historie.

Med venlig hilsen
Arne Gotfredsen""")

M("s", """Til Center for Voksne og Velfærd

Jeg er 68 og biseksuel. Jeg har lige fået en ny kæreste, Birthe, og vi
vil gerne være frivillige sammen i caféen på aktivitetscentret. Er der
plads til to mere?

Kærlig hilsen
Annette Leth""")

M("ps", """Til Byudvikling og Natur

Vi vil gerne købe andelsboligen ved siden af vores i Ishøj Strandpark og slå
dem sammen, når vi bliver gamle. Vi er et gift par, to mænd, og har boet
her i 25 år.
Sælger har sagt ja, men foreningen vil have kommunens accept af
sammenlægningen først. Kan vi få det?

Venlig hilsen
Michael og Steen""")

M("u", """Hej

Vi er en gruppe pensionerede lærere fra Danmarks Lærerforening, der gerne vil
hjælpe med lektiecafé på biblioteket. Kan kommunen formidle kontakten til
skolerne? Vi er stadig medlemmer af DLF og har tid.

Med venlig hilsen
Hanne Wulff på gruppens vegne""")

M("tb", """Til Borgerrådgiveren

Jeg er palæstinenser og muslim, og jeg er 76. I aktivitetscentret har en
anden bruger flere gange sagt til mig, at jeg "skal tage hjem". Personalet
hørte det og sagde ingenting. Jeg har gået der i 12 år og ønsker at blive
behandlet ordentligt.

Med venlig hilsen
Khaled Awad""")

M("", """Til aktivitetscentret

Jeg vil gerne klage over, at kaffen i caféen er steget fra 8 til 12 kr. Det
er meget for os, der kommer hver dag. Kan prisen ikke sættes ned igen?

Hilsen
Viggo""")

M("pu", """Til Byudvikling og Natur

Jeg er medlem af Dansk Metal og har købt en erhvervsgrund i Ishøj Erhvervspark
betinget af, at jeg kan få byggetilladelse til et værksted. Handlen er ikke
endelig, før tilladelsen er givet. Jeg er 62 og vil gerne bruge mine sidste
år på eget firma.

Med venlig hilsen
Lars Frandsen""")

M("s", """kære borgmester
jeg er 81 og har aldrig sagt det højt før men jeg er bøsse. jeg vil gerne
sige tak for regnbueflaget på rådhuset i sommer. det betød meget for en
gammel mand
hilsen K.""")

M("te", """Til plejecentret Ishøjhave

Min mor er af tamilsk afstamning og bor på afdeling 3. Hun er glad for at
være der. Vi vil gerne bringe en traditionel tamilsk ret til hendes 90-års
fødselsdag og dele med de andre beboere. Må vi det?

Venlig hilsen
Priya Kanagaratnam""")
