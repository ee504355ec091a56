"""corpus87 part F: late-life coming-out and same-sex partners among older people
(sexual_orientation), origin of older immigrants and carers (ethnicity); Pride,
partners of unknown sex, interpreters in general and statistics as negatives."""
from common import M

M("s", """
Kære borgerrådgiver

Jeg er 72 og har efter 45 års ægteskab med min kone fortalt familien at jeg er bøsse.
Det har været hårdt, men det er det rigtige. Jeg er flyttet fra hende og vil gerne
høre om kommunen har nogen at snakke med, en samtalegruppe eller lignende.

Venlig hilsen
Gert
""")

M("", """
Hej

Hvornår er Ishøj Pride i år, og er der noget særligt for seniorer? Jeg vil gerne tage
mine veninder fra seniorklubben med.

Mvh Inger
""")

M("s", """
Hej aktivitetscentret

Jeg hedder Ruth og er 77. Min veninde Anne og jeg har været kærester i 12 år, men vi
har aldrig sagt det højt her i Ishøj. Nu vil vi gerne melde os til seniordansen som
par. Er det et problem?

Mvh Ruth
""")

M("", """
Til seniorklubben

Min kæreste og jeg vil gerne med på juleturen til Lübeck. Vi bor ikke sammen, så vi
skal have hvert vores enkeltværelse. Kan det lade sig gøre?

Hilsen Bent
""")

M("she", """
Kære Visitationen

Min mand Frank og jeg har været sammen i 38 år. Frank har fået kræft i
bugspytkirtlen og vil gerne dø hjemme. Vi har brug for en hospitalsseng og hjælp om
natten. Vi har søgt om plejeorlov til mig.

Venlig hilsen
Leif Brandt
""")

M("", """
Hej Ishøj Kommune

Hvorfor hænger der ikke regnbueflag på rådhuset i Pride-ugen? Det gør de i Brøndby.

Mvh
En borger
""")

M("t", """
Til borgmesteren

Jeg kom til Danmark fra Jugoslavien i 1970 som gæstearbejder og har arbejdet på
fabrikken i Ishøj i 35 år. Nu er jeg pensioneret. Jeg vil foreslå at kommunen laver en
udstilling om os gæstearbejdere, der byggede byen.

Med venlig hilsen
Dragan Petrović
""")

M("", """
Til Center for Voksne og Velfærd

Har I tolke til ældre borgere, der ikke taler dansk, når hjemmeplejen kommer? Det er et
generelt spørgsmål fra Ældrerådet.

Venlig hilsen
Ældrerådet
""")

M("st", """
Dear Ms. Mayor,

I am a 69-year-old British man living in Ishøj with my husband, Søren. Last week a
neighbour shouted "foreign queer" at us in the car park. We reported it to the
housing association, but nothing has happened. We would like the municipality to know.

Yours sincerely,
Graham Whitfield
""")

M("s", """
hi

I'm 68 and just came out as a lesbian. my kids took it well but I don't know anyone
else like me in Ishøj. is there a network?

Jonna
""")

M("", """
Hej

Vores forening arrangerer et foredrag om LGBT+-personers historie i Danmark. Kan vi
låne salen på biblioteket en aften i februar?

Venlig hilsen
Ishøj Historiske Forening
""")

M("te", """
Til borgerrådgiveren

Min mor er fra Vietnam og kom som bådflygtning i 1979. Hun er 84 og har fået afslag
på madordning, fordi hun "kan lave mad selv". Men hun kan kun lave vietnamesisk mad og
har ikke kræfter til indkøb. Jeg vil klage.

Venlig hilsen
Lan Nguyen
""")

M("", """
Hej

Jeg har set at I søger en arabisktalende medarbejder til hjemmeplejen. Hvad er
ansøgningsfristen?

Mvh Sami
""")

M("ts", """
Kære Social- og Sundhedsudvalg

Jeg er 81, grønlænder og har boet i Ishøj siden 1965. Min kone Naja og jeg vil gerne
bo sammen på plejecentret, når tiden kommer, men jeg er bange for at personalet ikke
forstår at vi er to kvinder. Kan I sikre at de bliver undervist?

Med venlig hilsen
Arnannguaq Kleist
""")

M("", """
Til Ishøj Kommune

Hvor mange ældre indvandrere bor der i Ishøj, og hvordan sikrer I, at de får tilbud om
forebyggende hjemmebesøg? Jeg læser til socialrådgiver.

Mvh Julie
""")

M("s", """
Hej

Jeg er 74 og var gift med en kvinde i mange år. For to år siden mødte jeg Henrik, og nu
bor vi sammen. Kan vi få udstedt et fælles beboerkort til parkeringen?

Mvh Allan Møller
""")

M("t", """
Kære Ole (byrådsmedlem)

Jeg er dansk-tyrker og har boet i Ishøj i 40 år. Min mor bor alene i Vejleåparken og
føler sig ensom. Hun har ingen danske venner. Er der en seniorklub for tyrkiske kvinder
i Ishøj?

Mvh
Fatma Yıldız
""")

M("", """
Hej

Er biblioteket åbent på Grundlovsdag? Jeg vil gerne låne nogle lydbøger til min mand.

Mvh Grethe
""")

M("sb", """
Til kirkekontoret og borgerrådgiveren

Jeg er 79 og vil gerne velsignes med min mand Peter i Ishøj Kirke. Vi blev borgerligt
viet i 2013. Vi er begge troende og går i kirke hver søndag. Præsten har ikke svaret.

Venlig hilsen
Johannes Vang
""")

M("", """
Til Center for Voksne og Velfærd

Vi er en frivillig gruppe, der vil starte en "regnbuecafé" for ældre LGBT+-personer i
Ishøj. Kan vi søge § 18-midler til det?

Venlig hilsen
Kim Holst, initiativtager
""")

M("t", """
Hej

Min far er fra Marokko og kom til Danmark i 1969. Han er 88 nu og har bedt os finde ud af,
om man kan blive begravet i Ishøj og senere blive flyttet til familiegraven i Fès.
Hvem spørger vi om det?

Venlig hilsen
Youssef Benali
""")

M("s", """
Hello,

I'm a retired nurse, 71, bisexual, and recently single. I'd like to join a social group
for older LGBTQ+ people. Does Ishøj have anything like that, or should I look in
Copenhagen?

Thanks,
Ann Lykke
""")

M("", """
Hej

Min ægtefælle og jeg vil gerne tilmelde os til nytårskur i aktivitetscentret. Vi er to
personer. Skal vi medbringe noget?

Mvh Inge-Lise Bruun
""")

M("the", """
Til Hjemmeplejen

Min mormor taler kun somali og forstår ikke hjemmehjælperne. Hun har sukkersyge og ved
ikke hvornår hun skal tage sin insulin, fordi sedlerne er på dansk. Kan I bruge en tolk?

Mvh Hodan
""")

M("", """
Kære borgmester

Tak for jeres indsats for at gøre Ishøj til en by, hvor alle kan være sig selv, uanset
hvem de elsker. Jeg synes I skal fortsætte med at støtte Pride.

Venlig hilsen
Lotte Friis
""")

M("se", """
Kære borgerrådgiver

Min kone Ellen døde i august. Vi var gift i 9 år, og jeg er 76. Kommunen har nu skrevet
at min boligydelse skal beregnes som enlig, og jeg har ikke råd til at blive boende. Jeg
synes det er hårdt at få det i et brev uden at nogen har ringet.

Venlig hilsen
Birthe Holm
""")

M("t", """
Til Ishøj Kommune

Jeg er fra Chile og kom som flygtning i 1974. Nu er jeg 80. Jeg vil gerne
fortælle min historie til skolebørn, hvis kommunen har et projekt om det.

Med venlig hilsen
Rodrigo Fuentes
""")

M("", """
Hej

Jeg ser at I har en tolkeordning. Hvad koster en tolk pr. time, hvis man er privat
person og bare skal have hjælp til et møde med banken?

Mvh
""")

M("s", """
Til seniorklubben

Jeg vil gerne have min partner Mogens med på sommerturen. Vi er ikke gift, men har
boet sammen i 20 år. Kan han tilmelde sig som min ledsager?

Mvh Jørgen Lassen
""")

M("", """
Hej

Hvem skal jeg kontakte, hvis jeg gerne vil være besøgsven for en ældre, der taler
tyrkisk? Jeg taler det selv flydende fra gymnasiet.

Mvh Line
""")

M("ts", """
hej ishøj kommune

jeg er iransk og kom til dk i 1987. jeg er 65 nu og bor med min kæreste Daniel som jeg
har været sammen med i 10 år. vi vil gerne skrive os op til en ældrebolig sammen når
tiden kommer, hvordan virker det for ugifte par?

mvh Reza
""")

M("", """
Til hovedpostkassen

Hvilke sprog oversætter I pjecerne om hjemmepleje til? Vi har mange beboere i vores
afdeling, der taler arabisk eller urdu.

Venlig hilsen
Beboerrådet, Vildtbanegård
""")

M("teh", """
Kære Social- og Sundhedsudvalg

Jeg er pakistaner og bor med min mand, der har haft to blodpropper. Vi har hjemmepleje
hver dag. Det er altid mænd, der kommer, og det er svært for ham og for mig. Kan vi få
kvindelige hjælpere til mig og mandlige til ham?

Venlig hilsen
Shazia Ahmed
""")

M("s", """
Kære Karin (byrådsmedlem)

Du kender mig fra pensionistforeningen. Jeg ville bare sige tak, fordi du stod op for
os homoseksuelle ved debatten i byrådet. Jeg har levet med min hemmelighed i 60 år, og
det betød meget for mig.

Venlig hilsen
Erik
""")

M("t", """
Til hovedpostkassen

Jeg er tysk statsborger, født i Hamburg, og har boet i Ishøj siden 1982. Jeg vil nu
gerne søge om dansk indfødsret. Kan kommunen hjælpe med vejledning?

Venlig hilsen
Wolfgang Richter
""")

M("", """
Hej

Min mand og jeg vil gerne leje festlokalet i aktivitetscentret til vores guldbryllup
i juni. Hvad koster det?

Venlig hilsen
Hanne Lund
""")

M("tse", """
Til borgerrådgiveren

Jeg er sort og homoseksuel og 66 år. Ved visitationsbesøget i sidste uge grinede
visitatoren, da jeg sagde, at min mand skal være min pårørende. Jeg vil klage over
hendes opførsel.

Med venlig hilsen
Kofi Mensah
""")

M("", """
Hello,

How can I help older refugees learn Danish as a volunteer? I am a retired teacher and
have a few free mornings a week.

Kind regards, Else
""")

M("se", """
Hej kommune

Min far kom ud som homoseksuel sidste år, 70 år gammel. Nu vil han gerne have sin
kæreste med, når han skal til samtale om hjemmehjælp, men sagsbehandleren siger, at
kun familie må være med. Er det rigtigt?

Hilsen
Maria
""")

M("sb", """
Hej

Jeg er 70 og har lige fortalt min menighed i pinsekirken at jeg er lesbisk. Det gik ikke
godt. Findes der en samtalegruppe i kommunen for ældre der står i noget lignende?

Mvh Birgit
""")

M("tu", """
Til hovedpostkassen

Jeg er født i Indien og kom hertil som ingeniør i 1985. Jeg er stadig medlem af IDA som
seniormedlem. Kan jeg hjælpe som frivillig i kommunens it-café for ældre?

Venlig hilsen
Rajesh Sharma
""")

M("st", """
hej

min mormor er sprunget ud som biseksuel i en alder af 82 og har fået en kæreste, Ellen.
hun er fra Island og taler kun islandsk og lidt dansk. kan de to melde sig til seniordans
sammen?

mvh Freja
""")

M("ts", """
Kære borgmester

Jeg er somalisk født, 66 år og homoseksuel. Jeg har aldrig turdet sige det i min egen
gruppe i Ishøj. Jeg vil foreslå at kommunen laver et mødested for ældre LGBT+-personer
med anden etnisk baggrund.

Venlig hilsen
Abdi
""")
