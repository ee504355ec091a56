"""corpus90 part D: ethnicity in housing, rent and money matters (origin, refugees,
slurs, only language, expats); interpreters, statistics and general questions as
negatives."""
from common import M

M("te", """
Til borgerrådgiveren

Jeg er kurder fra Syrien og har boet i Ishøj i 9 år. Jeg har søgt 14 lejligheder hos
private udlejere, og når jeg siger mit navn i telefonen, er de "allerede udlejet".
Nu er vi fem i en toværelses, fordi vi blev sat ud af den sidste lejlighed, da ejeren
solgte. Kan kommunen hjælpe med en bolig?

Med venlig hilsen
Rizgar Ahmed
""")

M("t", """
Hej

Min nabo på Ishøj Strandvej kalder min mand for "den sorte" og råber at vi skal tage
hjem til Afrika. Min mand er fra Ghana. Vi har klaget til boligselskabet, men de gør
ikke noget. Kan kommunen?

Mvh Anja Mensah
""")

M("", """
Til Borgerservice

Kan man få en tolk på arabisk, når man skal have møde om en betalingsaftale? Jeg
spørger for en forening, der hjælper folk med økonomi.

Venlig hilsen
Marianne, frivillig i Gældsrådgivningen Ishøj
""")

M("te", """
Subject: Rent increase - we are Filipino and do not understand

Good day,

My husband and I are from the Philippines and work as au pairs / cleaners in Ishøj. Our
landlord has raised the rent by 1,500 kr from January. We already spend more than half
our income on rent. Can the municipality check if the increase is legal, and can we
get housing support?

Thank you po,
Maricel Santos
""")

M("", """
Til Økonomiudvalget

Hvor mange flygtninge har kommunen modtaget i 2026, og hvad koster boligplaceringen?
Jeg har læst at det er dyrere end i nabokommunerne.

Venlig hilsen
Flemming Rask
""")

M("te", """
Kære Borgerservice

Jeg kom til Danmark som flygtning fra Eritrea i 2015. Jeg har fået et brev om, at jeg
skal betale 21.000 kr. tilbage af mit etableringslån. Jeg troede, at det var eftergivet
efter fem år. Hvem kan jeg tale med? Jeg arbejder om dagen, så gerne efter kl. 16.

Med venlig hilsen
Yonas Tesfaye
""")

M("t", """
Hej

Min svigermor bor hos os og taler kun polsk. Hun skal underskrive papirerne til
dødsboet efter min svigerfar. Kan I sende dem på polsk, eller skal vi selv få dem
oversat?

Mvh Katrine Nowak
""")

M("", """
Til Center for Borger, Økonomi og IT

Har I informationsmateriale om huslejestøtte på andre sprog end dansk? Vi har mange
beboere i Vejleåparken, der har spurgt om det, bl.a. på somali og tyrkisk.

Med venlig hilsen
Boligsocial helhedsplan, Vejleåparken
""")

M("tp", """
Til Plan og Byg

Vi er en tyrkisk familie, der har budt på et hus på Gildbrovej. Under fremvisningen
sagde sælgeren til mægleren at "han ikke ville sælge til udlændinge". Mægleren siger
vores bud stadig er det højeste. Kan sælger afvise os af den grund? Er det
diskrimination som kommunen kan gøre noget ved?

Med venlig hilsen
Mehmet og Ayşe Yıldız
""")

M("", """
Hej

Jeg har et spørgsmål til sprogcentret: koster danskundervisning noget, når man har
arbejde? Min arbejdsgiver vil gerne betale, hvis der er brugerbetaling.

Mvh Pedro
""")

M("te", """
Til Jobcenter Ishøj

Jeg er grønlænder og flyttede fra Nuuk til Ishøj i sommer. Jeg har ikke fået arbejde
endnu og bor hos min fætter. Jeg har søgt kontanthjælp, men jeg har ikke hørt fra jer i
tre uger. Hvad sker der med min sag?

Qujanaq
Nivi Kleist
""")

M("t", """
Subject: Buying an apartment - foreigner rules?

Hi there,

I am a British citizen (born and raised in Leeds) and have lived in Ishøj for 4 years.
Do I need any permission from the municipality or the Ministry of Justice to buy a
flat? I am not looking at anything specific yet, just planning.

Cheers,
Oliver Grant
""")

M("", """
Til byrådet

Jeg synes kommunen skal holde op med at bruge penge på tolke. Folk der har boet her i
mange år må lære dansk. Det er mine skattekroner.

Mvh Leif Hansen
""")

M("te", """
Kære Social- og Arbejdsmarkedsudvalg

Jeg skriver på vegne af min far. Han er pakistaner, 68 år og har arbejdet i Danmark i
35 år. Nu har han fået at vide, at hans folkepension bliver nedsat, fordi han ikke har
boet i Danmark nok år. Han forstår ikke hvordan det kan være, når han har betalt skat
her hele sit liv.

Venlig hilsen
Imran Malik
""")

M("", """
Hej

Vi har fået en ny nabo der kun taler engelsk. Skal affaldssorteringen ikke også stå
på engelsk på containerne? Det vil hjælpe mange.

Mvh Gurli
""")

M("te", """
Kære borgerrådgiver

Mig og mine børn er romaer og vi har været uden fast bolig i to måneder. Vi bor
skiftevis hos familie i Ishøj og Brøndby. Borgerservice sagde, at vi ikke kan få en
akut bolig, fordi vi ikke har en fast adresse i Ishøj. Men hvordan skal vi få en adresse
uden bolig?

Venlig hilsen
Elena Stoica
""")

M("t", """
Til Center for Byudvikling og Natur

Jeg er ejer af en butik i Ishøj Bycenter. Nogen har skrevet "perkere ud" på
vinduerne, og det er tredje gang. Jeg er selv fra Libanon. Kan kommunen hjælpe med at
fjerne graffitien hurtigere, og kan jeg få et kamera?

Venlig hilsen
Khaled Hammoud
""")


M("te", """
hej jeg er fra somalia og har 3 børn. jeg har fået regning fra kommunen for
pasning 2.800 kr jeg troede vi havde friplads. min sagsbehandler svarer ikke.
hvad gør jeg
Hodan
""")

M("t", """
Subject: Apartment deposit not returned

Hello,

We are an Indian couple, both working at Novo, and we moved out of our rented apartment in
Ishøj in August. The landlord has kept our whole deposit of 36,000 kr and says we
damaged the floors. We don't believe we did. He also said people "like us" always
cook with too much oil. Is there anywhere in the municipality we can complain?

Best,
Priya and Arjun Nair
""")


M("te", """
Til Center for Borger, Økonomi og IT

Jeg er vietnamesisk og har en neglesalon i Vejleå. Jeg har fået en bøde fra
Skattestyrelsen og en fra kommunen for manglende skiltetilladelse, i alt 38.000 kr.
Jeg forstod ikke brevene, fordi jeg ikke læser dansk så godt. Nu er jeg bange for
at miste butikken. Kan jeg få en afdragsordning?

Med venlig hilsen
Thi Lan Nguyen
""")

M("", """
Til Økonomiudvalget

Er det rigtigt at kommunen køber boliger til flygtninge på det private marked? Hvor
ligger de, og hvad har de kostet? Jeg bor selv i Vejleå og er bare nysgerrig.

Venlig hilsen
Hans Kirk
""")

M("ht", """
Kære Ole

Min mor er tyrkisk og taler kun tyrkisk. Hun er lige blevet opereret for grå stær og
kan ikke læse sine breve fra kommunen. Kan hjemmesygeplejen få en tolk med, når de kommer
for at give hende dråber?

Med venlig hilsen
Serkan Demir
""")

M("te", """
Til jobcentret

Jeg er fra Ukraine og har midlertidig opholdstilladelse efter særloven. Min arbejdsgiver
har ikke betalt min løn i to måneder. Jeg har ikke penge til husleje. Kan jeg få hjælp
fra kommunen, mens jeg venter?

Med venlig hilsen
Olena Kovalenko
""")

M("", """
Hej

Vores forening, Ishøj Ukrainske Fællesskab, vil gerne låne et lokale i Ishøj Kulturhus til
julefest for 80 personer. Hvad koster det?

Venlig hilsen
Bestyrelsen
""")

M("t", """
Kære borgmester

Jeg er halvt thailandsk, halvt dansk og har boet i Ishøj hele mit liv. Jeg vil bare sige
tak for jeres indsats mod racisme på skolerne. Da jeg gik i skole blev jeg kaldt
"ris" hver dag. Det er blevet bedre.

Hilsen Malee Jørgensen
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har en faktura fra jer på tolkebistand ved et møde i oktober, faktura nr.
1510884132. Men det er jo kommunen der skal betale for tolken, ikke mig? Jeg havde ikke
bedt om en.

Mvh Sara Lindahl
""")

M("te", """
Til Borgerservice

Vi er en familie fra Afghanistan. Vi har fået at vide at vores lejlighed i Ishøj
Strandpark bliver revet ned. Vi har fået et tilbud om genhusning, men den nye husleje
er 2.600 kr. højere. Min mand er på integrationsydelse og jeg går på sprogskole. Vi kan
ikke betale det.

Med venlig hilsen
Fatima Rahimi
""")

M("t", """
Hej

Jeg er pakistansk-dansk og min søn blev kaldt "terrorist" i fritidsklubben af en
medarbejder. Jeg vil gerne klage. Hvem skal jeg skrive til?

Mvh Sana
""")

M("", """
Subject: English-speaking tax advice?

Hello,

Is there anyone at the municipality who can explain Danish property tax to
English-speaking residents? We would like to know how the ejendomsværdiskat is
calculated.

Kind regards,
Mark
""")

M("the", """
Kære Center for Voksne og Velfærd

Min bror er døv og samisk, han kom fra Nordnorge sidste år og taler kun samisk og
tegnsprog. Han bor hos mig i Ishøj og har ingen indkomst. Kan han søge om noget, og
hvordan foregår det, når han ikke kan dansk?

Med venlig hilsen
Inga Pedersen
""")

M("", """
Hej

Er der statistik over hvor mange erhvervsdrivende i Ishøj, der har anden etnisk
baggrund end dansk? Jeg skriver speciale på CBS.

Mvh Asger Bille
""")

M("t", """
Kære Kirsten

Vi er en gruppe iranske kvinder i Ishøj, som vil starte en lille forening for at
hjælpe hinanden med at få job. Kan kommunen give os et lokale én aften om ugen?

Venlig hilsen
Shirin Ahmadi
""")

M("te", """
Til borgerrådgiveren

Jeg vil klage over en sagsbehandler i Borgerservice. Da jeg spurgte om hjælp til min
elregning, som jeg ikke kan betale, sagde hun "I kommer jo herop og vil have alting
gratis". Jeg er født i Marokko, men har boet her i 30 år. Det var ydmygende.

Med venlig hilsen
Fatima Bennani
""")

M("", """
Til Borgerservice

Hvordan søger man dansk indfødsret, og skal man have bestået indfødsretsprøven før man
kan søge? Jeg spørger for en kollega.

Mvh Kurt
""")

M("tp", """
Subject: Selling our townhouse - we are moving back to Spain

Hola,

We are a Spanish family and have decided to move back to Valencia. We have not put our
house on the market yet; we first want to know if we have to repay anything to the
municipality for the solar panel subsidy we got in 2022.

Gracias,
Javier and Lucía Moreno
""")

M("teh", """
Hej

jeg er fra Irak og har fået brev om at min lejlighed skal tvangsudsættes pga husleje.
jeg har ventet på min løn fra vikarbureau i 2 måneder. min kone er gravid og vi har to
små børn. please hjælp

Haider
""")

M("t", """
Til Center for Byudvikling og Natur

Jeg er født i Pakistan og har drevet en grillbar i Vejleå Centret i 15 år. Jeg vil
gerne udvide med udeservering om sommeren. Hvad skal jeg søge om, og hvad koster det?

Mvh Tariq Mahmood
""")

M("tp", """
Hej

Vi er et ungt par fra Litauen og har fået accepteret vores bud på en lejlighed i
Ishøj Bycenter. Banken vil have en bekræftelse fra kommunen om, at der ikke er
restancer på ejendommen. Kan I sende den?

Mvh Tomas og Rūta Kazlauskas
""")

M("ht", """
Til Visitationen

Min farmor taler kun arabisk, og hun er lige blevet udskrevet efter en hofteoperation.
Hun bor hos os. Kan genoptræningen foregå med en fysioterapeut, der har en tolk med?

Mvh Leila Haddad
""")

M("t", """
Subject: Local business network for expats?

Hi,

I'm from Brazil and have just opened a small coffee roastery in Ishøj. Is there a
business network in the municipality where I can meet other local owners? My Danish is
still basic.

Obrigada,
Camila Souza
""")

M("ts", """
Kære borgerrådgiver

Min mand og jeg er begge fra Iran og kom som flygtninge, fordi vi er to mænd. Vi har
fået en lejlighed i Ishøj, men naboerne chikanerer os. Boligselskabet siger at det ikke
er deres sag. Hvem kan vi gå til?

Med venlig hilsen
Reza og Amir
""")
