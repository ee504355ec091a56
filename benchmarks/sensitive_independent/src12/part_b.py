"""Part B: building permits, property tax (grundskyld), water bills, house sales."""
from common import M

M("", """
Hej

Vi vil gerne bygge en carport på 32 m² i skel mod naboen på Gøgevej 8. Skal vi søge byggetilladelse, eller er det nok at anmelde det? Vi har tegninger klar.

Mvh Morten Skov
""")

M("p", """
Til Byggesag

Vi har sat vores rækkehus på Kongsholm Allé 41 til salg hos EDC, og en køber har givet et bud, men køberens advokat har opdaget at udestuen aldrig er blevet godkendt. Kan vi få en lovliggørelse hurtigt? Købsaftalen er betinget af det, og køber har kun fortrydelsesret til fredag.

Venlig hilsen
Lisbeth og Carsten Holm
""")

M("", """
Goddag

Hvorfor er grundskylden steget så meget i år? Vi betalte 11.200 kr. sidste år og nu 12.480 kr. Er promillen hævet i Ishøj, eller er det vurderingen?

Med venlig hilsen
Erling Juhl
""")

M("", """
Hej

Hvad er grundskyldspromillen i Ishøj for 2026 sammenlignet med Vallensbæk og Greve? Jeg overvejer at flytte og vil gerne sammenligne.

Mvh Dorthe
""")

M("e", """
Kære Ishøj Kommune, Ejendomsskat

Jeg er folkepensionist og har kun den sociale pension at leve af, ca. 14.000 kr. om måneden efter skat. Ejendomsskatten er blevet så høj, at jeg ikke kan betale første rate. Jeg har hørt om lån til betaling af ejendomsskat. Hvordan søger jeg det?

cpr.nr. [[030447-1186]]

Venlig hilsen
Ruth Klausen
Tranegilde Bygade 12
""")

M("p", """
Hej

Vi er ved at købe Ishøj Landevej 166 og har underskrevet en købsaftale med advokatforbehold. Vores advokat vil gerne have kopi af alle byggesager på ejendommen inden forbeholdet udløber. Kan I sende dem? Sælger har givet lov (fuldmagt vedhæftet).

Mvh Rune Pedersen
""")

M("", """
Hej

Vi har købt huset på Skovgårds Vænge 2 og fik nøglerne i august. Skødet er tinglyst. Nu vil vi gerne lave en tilbygning på 20 m². Hvad er bebyggelsesprocenten for grunden?

Venlig hilsen
Stine og Mads
""")

M("", """
Hej, min vandregning fra HOFOR/Ishøj Forsyning er på 9.800 kr for et år, normalt er den 4.000. Jeg tror der er et utæt toilet. Kan man få nedsat regningen hvis man har haft et skjult brud?
""")

M("he", """
Hej

Jeg har fået en vandregning på 14.600 kr., fordi et rør sprang mens jeg var indlagt i fem uger med en blodprop i hjertet. Ingen opdagede det før jeg kom hjem. Jeg har ikke pengene og er bange for at de lukker for vandet. Jeg får førtidspension. Kan kommunen hjælpe?

Med venlig hilsen
Birgit Sønderby
""")

M("", """
Til kommunen

Kan I oplyse hvilke regler der gælder for et drivhus på 15 m² i en kolonihave i Haveforeningen Solbakken? Må det stå 1 meter fra skel?

Mvh Leif
""")

M("p", """
Hej

Mit kolonihavehus i Haveforeningen Strandengen, have nr. 47, er til salg. Der er en køber der har budt 180.000 kr. men bestyrelsen siger at vurderingsudvalget først skal godkende prisen, og at kommunen skal godkende et nyt udhus. Kan I skynde lidt på, køber trækker sig ellers.

Mvh Henny Borch
""")

M("", """
Goddag

Jeg er ejendomsmægler hos home Ishøj og får mange spørgsmål om lokalplan 2.41 for Ishøj Landsby. Må man opføre to boliger på en grund over 1.400 m²? Et generelt spørgsmål, ingen konkret sag endnu.

Med venlig hilsen
Pernille Nygaard
""")

M("pe", """
Hej

Jeg og min ekskone er ved at blive skilt, og vi skal sælge huset på Torslunde Tværvej 19. Vi har en køber der har budt 3,1 mio, men hun vil ikke underskrive før vi har styr på gælden til kommunen for ejendomsskat, som er på 22.000 kr. Kan vi få en opgørelse så vi kan betale den ved skødet?

Mvh Allan Friis
""")

M("", """
Hej

Hvornår sender I næste udbud af kommunale byggegrunde i Ishøj Landsby? Og hvordan foregår det, er det først til mølle eller højeste bud?

Mvh Johan Lindberg
""")

M("", """
Til Byggesagsafdelingen

Vi har fået et brev om at vores skur er opført uden tilladelse. Skuret blev bygget af den tidligere ejer i 1998. Hvad kræver det af os nu? Journalnr. 02.34.02-P19-117-25.

Med venlig hilsen
Lene og Torben Vestergaard
""")

M("p", """
Fra: Anja Dyhr
Sendt: 9. februar 2026 11:43
Til: post@ishoj.dk
Emne: VS: Servitut på grunden

Videresender lige fra min advokat. Kan I se på det?

-----Oprindelig meddelelse-----
Fra: Advokat Jens Brøndum
Til: Anja Dyhr
Emne: Servitut på grunden

Kære Anja
Køber har meddelt at han ikke vil gennemføre handlen på Vejlebrovej 88, før kommunen har bekræftet at servitutten om 2,5 m vejudlæg er aflyst. Handlen er altså ikke endelig før det er på plads. Jeg foreslår at du skriver direkte til kommunen.
Venlig hilsen
Jens Brøndum
""")

M("", """
Hej

Må jeg sætte solceller op på taget af mit hus i bevaringsværdige Ishøj Landsby? Jeg har hørt forskellige svar.

Mvh
Aksel Hjort
""")

M("eh", """
Kære Ishøj Forsyning/Ishøj Kommune

Jeg har modtaget en inkassoskrivelse for vand og afledning på 6.340 kr. Jeg har været sygemeldt med stress siden september og har ikke åbnet min post. Nu er der lagt gebyrer på. Kan jeg få en afdragsordning?

Mvh Camilla Vang
""")

M("", """
Hej

Vi vil gerne bygge et hus i ét plan til vores ældste datter på vores store grund på Torslundevej. Kan man udstykke? Grunden er 2.300 m².

Venlig hilsen
Flemming Holst
""")

M("", """
Hej

I har givet min nabo lov til at bygge et 6 meter højt hus lige op ad mit skel på Bredekær 9. Vi blev ikke hørt. Det tager al solen i min have. Jeg vil gerne klage og se sagens papirer.

Med venlig hilsen
Mona Eriksen
""")

M("p", """
Hej

Vi har fået en bolig tilbudt i en andelsboligforening i Ishøj Landsby og har givet et bud på 420.000 kr. for andelen. Andelshaveren har accepteret, men bestyrelsen mangler svar fra kommunen om de godkendte forbedringer. Kan I hjælpe med at finde byggesagen for Ishøj Landsbys Andelsboligforening, opgang 3?

Mvh Tanja og Peter
""")

M("", """
Til Ishøj Kommune

Hvor mange boliger i Ishøj er solgt i 2025, og hvad har gennemsnitsprisen pr. m² været? Vi er to studerende der skriver opgave om boligmarkedet på Vestegnen.

Mvh
Oskar og Lea, DTU
""")

M("", """
Goddag

Jeg vil bare sige at den nye ejendomsvurdering er helt urimelig for alle i vores kvarter. Huspriserne i Ishøj er ikke steget sådan. Kommunen bør presse på over for Vurderingsstyrelsen.

Med venlig hilsen
Ebbe Kragh
""")

M("pe", """
Hej

Jeg har fået at vide fra banken at mit hus på Vildtbanevej 27 skal på tvangsauktion i april, fordi jeg ikke har kunnet betale lånet siden jeg blev fyret. Kommunen har pant for ejendomsskat. Jeg vil gerne høre om I vil gå med til en aftale, så jeg kan nå at sælge det selv først. Der er en interesseret køber.

cpr [[141276 3391]]

Venlig hilsen
Jens-Ole Bach
""")

M("", """
Hej Byg

Jeg har brug for en kopi af BBR-meddelelsen for Ishøj Strandvej 45. Den står forkert med 128 m² men vi har kun 112. Hvordan retter jeg det?

Mvh Anne Marie
""")

M("t", """
Hej

Jeg er fra Eritrea og kan ikke læse så godt dansk endnu. Jeg har fået et brev om mit vandmåler. Hvad skal jeg gøre? Kan nogen ringe og forklare på engelsk eller tigrinya? Mit nummer er 28 47 19 03.

Tak
Yonas Tesfay
""")

M("", """
Hi, I recently moved to Ishøj for work at the airport. I got a letter about "vandafledningsbidrag" in Danish. What is it and do tenants pay it or the landlord? Thanks, Ryan
""")

M("s", """
Hej Byggesag

Min kone Helle og jeg (Susanne) har søgt om tilladelse til at lave en tagterrasse på Brohusvej 14. Ansøgningen står i Byg og Miljø i kun mit navn, men vi ejer huset sammen. Kan Helle også tilføjes som ansøger, så hun kan følge sagen?

Venlig hilsen
Susanne Brix
""")

M("", """
Hej

Vi er en andelsboligforening med 64 boliger. Vi skal udskifte tag og vil høre om der kræves byggetilladelse til udskiftning med samme materiale. Og om der er tilskud til energirenovering fra kommunen.

Mvh, bestyrelsen, A/B Ishøjgården
""")

M("hpe", """
Kære Ishøj Kommune

Min far, Knud Ravn, har fået konstateret Alzheimer og skal flytte i plejebolig. Vi skal sælge hans hus på Gadekærvej 30, og der er en køber der har budt. Men banken vil ikke lave handlen før vi har dokumentation for, at kommunen ikke har noget krav på ejendommen. Kan I give en skriftlig bekræftelse? Jeg har fremtidsfuldmagt.

Venlig hilsen
Marianne Ravn
""")

M("", """
Hej

Jeg har betalt grundskyld to gange for 1. rate (kvittering vedhæftet, betalingsid 71 298364 4472). Kan jeg få det ene beløb tilbage?

Mvh
Hans Kristian Lund
""")

M("", """
Hej

Hvad koster det at få tømt sin septiktank, og hvem bestemmer hvornår det sker? Vi bor i det åbne land ved Tranegilde.

Hilsen
Ellen
""")

M("", """
Til Ishøj Kommune

Jeg ønsker aktindsigt i alle byggesager vedrørende Ishøj Strandvej 170 (det gamle autoværksted) de seneste 10 år. Jeg er nabo og bekymret for forurening.

Med venlig hilsen
Kurt Mikkelsen
""")

M("pe", """
hej

vi skal sælge vores lejlighed på Ishøj Strandvej fordi vi ikke kan betale mere, min mand er gået konkurs med firmaet. Ejendomsmægleren siger der er to interesserede men ingen har budt endnu. Vi har fået rykker på ejendomsskat. Kan den vente til vi har solgt?

hilsen Dorte
""")

M("", """
Goddag

Jeg er advokat og repræsenterer et udviklingsselskab, der overvejer at byde på erhvervsgrunden ved Ishøj Erhvervspark, matr. nr. 12ap. Er der planer om at ændre lokalplanen, så der kan laves boliger?

Med venlig hilsen
Advokat Martin Friis
Friis & Holm Advokater
""")

M("", """
Sv: Vandregning

> Kære Jonna Lind
> Vi kan ikke nedsætte vandafledningsbidraget, da vandet er løbet i kloakken.
> Venlig hilsen
> Ishøj Forsyning

Men jeg har jo fået at vide at vandet løb ud i haven fra et sprunget udendørs rør, ikke i kloakken! Vedhæfter billeder. Vil I se på det igen?

Jonna Lind
""")

M("t", """
Hej

Jeg er kurder fra Syrien og har boet i Danmark siden 2016. Jeg vil gerne bygge et lille drivhus i baghaven, men min udlejer siger at kommunen skal godkende. Er det rigtigt?

Venlig hilsen
Rezan Ahmad
""")

M("", """
Hej

Hvad koster det at få en ny vandmåler når den gamle er frosset i stykker? Og skal jeg selv ringe til en VVS'er?

Mvh
Rolf
""")

M("p", """
Hej

Vi er interesseret i at købe kommunens grund på Ishøj Stationsvej til et mindre værksted. Vi har afgivet et bud på 2,4 mio. kr. via ejendomsmægleren i december og venter stadig på svar. Hvornår behandler Økonomiudvalget det?

Med venlig hilsen
Tømrer & Snedker Borup ApS
Kasper Borup
""")

M("", """
Hej Ishøj

Vi har hørt at der skal bygges 300 nye boliger ved Ishøj Strand. Hvornår er der borgermøde om lokalplanen? Og er der høringsfrist?

Mvh
Grundejerforeningen Strandhaven
""")

M("e", """
Hej

Jeg bor i almen bolig på Vejledalen og har fået huslejestigning. Jeg har fået boligstøtte i to år, men nu er den blevet sat ned til 1.100 kr. fordi min datter er flyttet hjemmefra. Jeg har svært ved at få det til at hænge sammen. Er beregningen rigtig?

Mvh Gülsen
""")

M("", """
Til kommunen

Vi vil gerne bygge et anneks til gæster, 24 m². Vores nabo siger det kræver nabohøring. Er det rigtigt?

Mvh Jonas og Ida
""")

M("", """
Hej

Hvordan får man fritagelse for ejendomsskat hvis huset bruges af en forening? Vi er en spejdergruppe der ejer en hytte i Ishøj.

Venlig hilsen
Gruppeleder, 1. Ishøj Gruppe
""")

M("p", """
Hej

Jeg overvejer at sælge mit hus, Stationsvej 12, men inden jeg sætter det til salg vil jeg gerne vide om I har planer for vejen bag huset. Ejendomsmægleren siger det kan påvirke prisen med flere hundredetusinder. Der er allerede en nabo der har spurgt om han må købe det.

Mvh Verner Hald
""")
