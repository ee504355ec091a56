"""corpus50 part C: debt and arrears, failed businesses, selling home and premises, pensions."""
from common import M

M("ep", """Kære Heidi Sommer

Jeg har været ledig siden foråret og kan ikke længere betale på huset i Torslunde. Vi har sat det til salg hos EDC for 2,9 mio., men der har ikke været en eneste fremvisning. Banken truer med tvangsauktion i marts. Kan kommunen hjælpe med et lån til ejendomsskatten, så vi kan nå at sælge?

Med venlig hilsen
Steffen og Marianne Koch
Torslunde Byvej 27""")

M("", """Hej

Hvornår sætter kommunen de sidste erhvervsgrunde i Ishøj Erhvervspark Nord til salg? Vi er en mindre VVS-virksomhed der overvejer at flytte til området.

Mvh Claus Brink""")

M("p", """Til Teknik- og Miljøudvalget

Mit firma, Strand Auto ApS, har givet et betinget bud på lejemålet og grunden på Industrivej 14, med forbehold for at kommunen godkender en udvidelse af værkstedet. Sælger venter på jeres svar, før han vil skrive under. Kan I prioritere sagen?

Med venlig hilsen
Nikolaj Strand, direktør""")

M("", """Kære byrådsmedlem, jeg synes boligpriserne i Ishøj er steget alt for meget. Unge mennesker med almindelige job har ikke en chance. Gør noget! /Morten""")

M("e", """Hej

Jeg har 3 måneders huslejerestance hos Vejleåparken, fordi min arbejdsgiver gik konkurs og Lønmodtagernes Garantifond ikke har udbetalt min løn endnu. Boligselskabet har sendt en fogedbegæring. Kan kommunen lægge ud, indtil LG betaler?

Lejer, Vejleåparken 38, 1. th. — Dennis Holm""")

M("", """Hvad er fristen for at søge om lån til betaling af ejendomsskat for pensionister i 2026?""")

M("ep", """Kære borgerrådgiver,

Min far Kaj på 81 skal flytte på plejehjem, og vi er i gang med at sælge hans rækkehus på Gadekærvej. Vi har en køber, men handlen er betinget af at købers eget hus bliver solgt. Imens skal min far betale både husleje på plejehjemmet og udgifter på huset. Er der hjælp at hente?

Med venlig hilsen
Susanne Dahl""")

M("", """Til hovedpostkassen

Vi har solgt vores hus på Kirkebjerg Allé i 2023, og handlen er for længst på plads. Alligevel får vi stadig rykker for renovationsgebyr på adressen. Kundenummer 0405601289. Vil I rette det?

Venlig hilsen
Jan og Ulla Mikkelsen""")

M("e", """Hej Ishøj Kommune

Jeg er studerende på KEA og på SU. Jeg har fået en regning på 4.800 kr. for en tandbehandling og har ingen penge. Kan jeg søge om hjælp til tandlæge, selvom jeg er på SU? Jeg har også et SU-lån på 60.000 kr. i forvejen.

Mvh Laura Qvist""")

M("", """Hej jeg læser økonomi på KU og skriver opgave om kommunal gældsrådgivning. Har Ishøj en gratis gældsrådgivning og hvor mange bruger den om året?""")

M("ep", """Hej Thomas

Mit lille bageri i Ishøj Landsby er gået konkurs efter energipriserne. Jeg har et personligt lån på 800.000 kr. med sikkerhed i lejligheden, og nu vil banken have mig til at sælge den. Der er en køber der har budt 1,4 mio. men vi er ikke enige om prisen endnu. Hvad gør jeg med min husleje til kommunen for butikslokalet imens?

Venlig hilsen
Bo Eskildsen""")

M("", """Kære Erhvervsservice

Vi er en forening for selvstændige i Ishøj og vil gerne holde et arrangement om hvad man gør, når ens virksomhed går konkurs. Kan kommunen bidrage med en oplægsholder fra jobcentret?

Med venlig hilsen
Ishøj Selvstændige""")

M("e", """jeg har fået et brev fra inkasso om 12.000 kr jeg skylder kommunen for en daginstitution fra 2021. jeg var arbejdsløs dengang og troede jeg havde friplads. kan jeg få det slettet?? reference 101288302 står der. Min cpr [[1012883021]]

Mvh Line""")

M("", """Hej, er det rigtigt at folkepensionsalderen bliver 70 for dem der er født efter 1967? Det er til et oplæg i vores pensionistforening.""")

M("pt", """Kære Michael Olsen

Vi er en vietnamesisk familie, der har drevet restaurant på Ishøj Torv i 15 år. Vi vil gerne købe bygningen, hvor restauranten ligger, og har givet et bud på 3,2 mio. til udlejeren. Han har sagt ja på betingelse af, at kommunen giver lov til at bygge en udendørs servering. Hvem behandler sådan en ansøgning?

Venlig hilsen
Nguyen Van Long""")

M("", """Kære Økonomiudvalg

Vi har set, at kommunens restancer på ejendomsskat er steget med 20 % siden 2022. Hvad gør kommunen for at inddrive dem uden at ramme de svageste? 

Venlig hilsen
Lejerforeningen Ishøj""")

M("e", """Hej

Min svigermor, Else Bang, har fået en regning fra kommunen på 9.000 kr. for hjemmehjælp, som hun mener er forkert. Hun har kun fået rengøring hver anden uge. Hun er 88 og har ikke selv mail. Hendes kundenummer er 1606371122, det står på regningen.

Venlig hilsen
Torben Bang""")

M("", """Til Ishøj Kommune

Som bank får vi jævnligt spørgsmål om kommunale lån til ejendomsskat. Kan I oplyse, hvordan vi generelt beder om en indfrielsesopgørelse, og hvilken fuldmagt I kræver? Vores interne sagsnr. er 2803771156.

Med venlig hilsen
Arbejdernes Landsbank, Ishøj afd.""")

M("p", """hej, vi har lagt vores andelslejlighed i Ishøj Strandpark til salg og har en interesseret køber, men andelsforeningen vil ikke godkende prisen før vurderingen er lavet. kan kommunen fremskynde sagen om altanerne, så den ikke trækker handlen? /Rasmus & Katja""")

M("", """Hvor kan jeg finde kommunens regler om betalingsaftaler for restancer? Jeg er socialrådgiver i et boligselskab og skal vejlede vores beboere generelt.""")

M("eb", """Kære Ishøj Kommune

Jeg er muslim og må ikke tage lån med renter. Jeg har fået en opkrævning for en restance på ejendomsskat og kan ikke betale det hele. Jeg vil gerne lave en afdragsordning, men uden renter, hvis det er muligt. Mit personnummer er [[150872 1619]].

Med venlig hilsen
Omar Haddad""")

M("", """Kære byrådsmedlemmer

Jeg synes det er skammeligt, at der ikke er nogen kommunal gældsrådgivning i Ishøj. I Brøndby har de en. Vi ved alle, at gæld er et stort problem blandt de unge.

Venlig hilsen
Sine Rasmussen, Ishøj Ungdomsråd""")

M("e", """Hej Lene

Jeg er 72, har folkepension og arbejder stadig to dage om ugen i Bilka. Nu har jeg fået et brev om, at jeg skal betale 14.000 kr. tilbage i pensionstillæg fordi jeg har tjent for meget. Jeg vidste ikke at lønnen blev modregnet. Hvad gør jeg?

Hilsen Aase Møller""")

M("", """Hej. Kan man få tilskud til at starte egen virksomhed, hvis man er på dagpenge? Jeg har hørt om noget der hedder iværksætterydelse, men finder intet om det på Ishøj.dk.""")

M("pu", """Kære borgmester

Vi er en lille gruppe medlemmer af 3F Transport, der gerne vil købe en grund i Ishøj Erhvervspark for at bygge et fælles garageanlæg til vores lastbiler. Vi har budt på grund nr. 7 og venter på svar fra kommunen. Hvornår falder afgørelsen?

Med venlig hilsen
Kenneth Juhl (på vegne af gruppen)""")

M("", """Til direktionsassistenten

Erhvervsforeningen vil gerne have et møde med direktøren om salget af den gamle rådhusgrund. Hvornår har han tid i januar?""")

M("e", """Til hovedpostkassen

Jeg har fået udpantning i min bil for gæld til kommunen for for meget udbetalt boligstøtte. Jeg har to børn og skal bruge bilen til mit natarbejde. Sagsnummer 25/41027. Kan vi lave en aftale i stedet?

Med venlig hilsen
Jeanette Schultz
[[221185 2674]]""")

M("", """hej! hvad koster det at få en bolig anvist af kommunen og er der venteliste? jeg er bare nysgerrig fordi jeg snart flytter hjemmefra og læser på DTU""")

M("pb", """Kære Ishøj Kommune

Menigheden i Ishøj Pinsekirke, hvor jeg er ældste, er i gang med at købe en tidligere butik på Ishøj Boulevard til kirkesal. Købsaftalen er betinget af at lokalplanen tillader forsamlingslokale. Vi ville gerne høre hvornår lokalplanen er færdig.

Med venlig hilsen
Johannes Friis""")

M("", """Hej Ishøj Kommune

Jeg er ejendomsmægler og vil gerne vide, om der er planer om en letbanestation i Ishøj Landsby. Det har stor betydning for salgspriserne i området. Jeg spørger generelt, ikke om en konkret bolig.

Mvh Line Thorsen, home Ishøj""")

M("et", """Hej

Jeg kom til Danmark fra Syrien som flygtning, og nu har jeg arbejdet som buschauffør i 5 år. Jeg har lige fået en rykker for gæld til kommunen for et integrationslån til depositum fra 2019. Jeg troede det var betalt. Kan I sende mig en oversigt? Lånenr. 1104921778.

Mvh Khaled Al-Masri""")

M("", """Er kommunens lån til ejendomsskat rentefrit? Og skal man være folkepensionist for at få det?""")

M("p", """Kære Jakob

Som du ved, har jeg min lille kolonihave i Ishøj Haveby. Jeg har nu en køber, men haveforeningen vil ikke godkende handlen, før kommunen har set på det ulovlige skur. Kan du skubbe lidt på sagen? Køberen vil trække sig, hvis det tager mere end en måned.

Hilsen Grethe Poulsen""")

M("", """Kære Økonomiudvalg

Vi er en lille bank, der oplever flere og flere ældre borgere i Ishøj med gæld til kommunen. Kan vi lave et fælles rådgivningsinitiativ? Vi har ingen konkrete kunder at omtale.

Med venlig hilsen
Lån & Spar, Erhverv""")

M("ep", """hej Sofie

min eks og jeg er blevet skilt, og huset på Ishøj Søvej skal sælges. Hun vil ikke gå under 3,5 mio og der er et bud på 3,1. imens betaler jeg alt alene og har fået restance på ejendomsskatten. kan jeg få henstand?

mvh Martin""")

M("", """Hvornår udbetales folkepensionen i december? Den kommer plejer den sidste bankdag, men i år er det jo jul?""")

M("et", """Kære borgerrådgiver

Jeg er fra Somalia og fik afslag på hjælp til flytning fra kommunen, selvom jeg er blevet opsagt fra min lejlighed. Jeg mener afslaget skyldes at sagsbehandleren ikke forstod mig. Jeg har ingen penge og tre børn.

Med venlig hilsen
Hodan Warsame
Vejleåparken 112, st. mf.""")

M("", """Til beskæftigelses- og erhvervsudvalget

Tak for den gode konference om gæld og beskæftigelse. Vi vil i 3F gerne følge op med et møde om unge lærlinges økonomi.

Med venlig hilsen
Hanne Rask, ungdomskonsulent, 3F""")

M("e", """Kære Ishøj Kommune

Jeg har haft en enkeltmandsvirksomhed med rengøring i 8 år. Sidste år mistede jeg min største kunde og måtte lukke. Jeg skylder moms og A-skat. Nu er jeg startet på et nyt job som assistent, men med lønindeholdelse på 35 %. Kan kommunen hjælpe med at lave en gældssanering?

Venlig hilsen
Pia Laursen""")

M("", """Hej

Vores bogholder har ved en fejl skrevet kontonummer 3409 2106851234 som cpr-nummer på en faktura til kommunen. Det er bare vores bankkonto. Kan I rette det i jeres system?

Mvh Ishøj Tagdækning""")

M("ep", """Til borgmesteren

Jeg blev arbejdsløs for et år siden og måtte sætte mit rækkehus på Fyrrevej til salg. Nu har jeg en køber, men kommunen har tinglyst en servitut jeg ikke vidste noget om, og køberen vil have prisafslag. Jeg kan ikke bære et tab på 200.000 kr. Kan nogen se på det?

Med venlig hilsen
Finn Clausen""")
