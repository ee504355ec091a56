"""Part A: economy and social circumstances (debt, benefits, child cases, custody,
homelessness, prison) and hard negatives on the same subjects."""
from common import M

M("e", """Kære Lone Mikkelsen

Jeg skriver til dig fordi jeg ikke ved hvor jeg ellers skal gå hen. Jeg har fået en indkaldelse til fogedretten den 14. marts, fordi jeg skylder 38.000 kr. til et inkassofirma efter et forbrugslån jeg tog da min mand flyttede. Jeg har prøvet at lave en afdragsordning men de vil have 3.000 om måneden og det har jeg ikke.

Kan kommunen hjælpe med en gældsrådgiver?

Venlig hilsen
Birthe Skov
Vejledalen 41, 2635 Ishøj""")

M("e", """hej. har fået 3 rykkere fra boligselskabet nu og de truer med at ophæve lejemålet. jeg er 2 mdr bagud med huslejen. hvem kan jeg snakke med?? mvh Kasper""")

M("", """Til Økonomiudvalget

Hvor mange husstande i Ishøj fik udsættelsesvarsel fra almene boligselskaber i 2024, og hvor mange endte med en egentlig udsættelse ved fogeden? Jeg skriver en opgave på socialrådgiveruddannelsen og vil gerne sammenligne med nabokommunerne.

Med venlig hilsen
Sofie Brandt, studerende""")

M("e", """Hej Kim

Min søn Mathias på 19 er smidt ud hjemmefra af sin far og sover nu på sofaer hos venner. Han har ingen indtægt. Jeg bor selv i en etværelses, så han kan ikke være her. Kan du hjælpe os med at finde ud af om han kan komme på et herberg eller få en ungdomsbolig hurtigt?

Mvh Jette""")

M("e", """Att. Center for Børn og Forebyggelse

Jeg er blevet ringet op af en sagsbehandler, som siger at skolen har lavet en underretning om min datter Amalie (8 år). Ingen har fortalt mig hvad der står i den. Jeg vil gerne have aktindsigt i underretningen og vide hvem der har lavet den.

Hilsen
Rikke Thomsen
Gildbrovej 12, 1. th.""")

M("", """Hej

Er det rigtigt at man som nabo kan lave en anonym underretning til kommunen, hvis man er bekymret for et barn? Og hvordan gør man det i praksis - er der en formular på hjemmesiden? Spørger bare generelt, vi har en diskussion i vores forældregruppe om det.

Mvh Anders""")

M("e", """Kære borgmester

Min lillebror Jonas er blevet anbragt på et opholdssted i Jylland, og vi søskende får kun lov at se ham én gang om måneden. Det er over 300 km væk. Vi synes det er urimeligt og vil gerne have at kommunen finder et sted tættere på, eller i det mindste betaler togbilletterne.

Venlig hilsen
Sara og Emil Kristensen""")

M("e", """Hej Mette. Jeg er på kontanten og har søgt enkeltydelse til en ny vaskemaskine fordi den gamle brændte sammen. Fik afslag i går med begrundelsen at jeg burde have sparet op. Hvordan skulle jeg spare op af 9.000 om måneden?? Kan du se på det? /Dorthe, Strandgårdsparken""")

M("", """Jeg synes det er en skandale at satserne for kontanthjælp ikke er fulgt med inflationen. Folk kan jo ikke leve af det. Hvad vil I i byrådet gøre ved det? Eller er det kun Folketinget der kan ændre satserne?

Mvh en vred borger""")

M("e", """Til borgerrådgiveren

Jeg har siden oktober været i et familiebehandlingsforløb sammen med mine to drenge, men min kontaktperson er nu gået på barsel og ingen har kontaktet os i 7 uger. Drengene spørger hele tiden hvornår vi skal derud igen. Jeg vil gerne klage over at forløbet bare er stoppet uden besked.

Venlig hilsen
Mariam Hassan
Ishøj Boulevard 88, st. tv.
tlf 27 41 90 36""")

M("e", """Kære Henrik Madsen (byrådet)

Jeg er netop løsladt fra Vestre Fængsel efter at have afsonet 8 måneder og er nu under tilsyn af Kriminalforsorgen. Jeg har ingen bolig og overnatter på et herberg på Vesterbro. Jeg er født og opvokset i Ishøj og vil gerne tilbage. Hvordan kommer jeg på ventelisten til en boligsocial anvisning?

Mvh
Nicklas R.""")

M("", """Hej

Hvor mange pladser har kommunen egentlig på herberger og forsorgshjem, og har Ishøj en aftale med nogen af de store herberger i København? Jeg sidder i bestyrelsen for en frivillig forening og vi vil gerne vide hvor vi skal henvise folk hen.

Venlig hilsen
Kirsten Holm, Ishøj Frivilligcenter""")

M("e", """Hej Jakob

Min eks og jeg er i gang med en sag om forældremyndighed over vores datter hos Familieretshuset. Nu har hun flyttet datteren til Ishøj og meldt hende i ny skole uden at spørge mig. Må skolen overhovedet optage hende når vi har fælles forældremyndighed? Jeg har prøvet at ringe til skolen men de vil ikke sige noget.

Mvh Thomas Vang""")

M("e", """Til Borgerservice

Jeg har fået et brev om at jeg skal betale 14.230 kr. tilbage i boligstøtte for 2023 fordi min indkomst var højere end forventet. Jeg havde ekstravagter i julen, det var det. Kan jeg få lov at betale af med 500 kr. om måneden?

Med venlig hilsen
Jannie Lund
Kærbo 7""")

M("", """Hvad er indtægtsgrænsen for at få boligstøtte i år, hvis man er to voksne og et barn? Jeg kan ikke finde det på borger.dk. Tak på forhånd.""")

M("e", """Til Jobcentret / Center for Beskæftigelse og Erhverv

Jeg har fået en sanktion på min kontanthjælp fordi jeg ikke mødte op til en samtale den 3. februar. Jeg havde ikke fået indkaldelsen, den lå i e-Boks som jeg ikke kan logge ind på fordi mit MitID var spærret. Jeg beder jer annullere sanktionen.

Venlig hilsen
Ali Demir""")

M("e", """hej Pia
min mor på 82 har fået skåret hjemmehjælpen ned fra hver uge til hver anden uge med rengøring. hun kan ikke selv støvsuge. det er for dårligt. kan du tage det op i udvalget? hun hedder Inger Bach og bor på Ishøj Søvej
mvh Lars Bach""")

M("", """Kære Ældreudvalg

Jeg vil gerne opfordre til, at I genovervejer besparelsen på rengøring i hjemmeplejen. Jeg har læst i Ishøj Avis at man går fra hver uge til hver anden uge for alle nye visiteringer. Det er et dårligt signal til kommunens ældre.

Med venlig hilsen
Ove Larsen, formand for Ældresagen lokalt""")

M("e", """Hej

Jeg og mine to børn har boet på krisecenter siden januar, efter at jeg forlod min mand. Nu skal vi ud, og jeg har brug for hjælp til en bolig i Ishøj, tæt på børnenes skole. Jeg har ikke råd til depositum.

Hilsen N.""")

M("e", """Kære Sune

Tak for snakken ved standen på torvet lørdag. Som lovet skriver jeg: Min nabo, Erik i nr. 14 på Bredekærs Vænge, har fået lukket for strømmen fordi han ikke har betalt i et halvt år, og han sidder derinde i kulden. Han vil ikke selv bede om hjælp. Kan nogen fra kommunen kigge forbi?

Venlig hilsen
Hanne Dahl""")

M("e", """Til Center for Børn og Forebyggelse

Vi er plejefamilie for en dreng på 6 år, som har boet hos os i to år. Nu har vi fået at vide, at han skal hjem til sin mor igen i næste måned. Vi er meget bekymrede for ham og vil gerne have et møde med sagsbehandleren inden der træffes afgørelse.

Venlig hilsen
Helle og Bo Nørgaard
Torslunde""")

M("", """Hej. Vi overvejer at blive plejefamilie. Hvad kræver det, og hvor mange plejefamilier har Ishøj brug for lige nu? Får man løn for det? Hilsen Camilla og Jens""")

M("e", """Kære byrådsmedlem

Jeg skriver på vegne af min far, Poul Erik Jensen, som i dag blev udsat af sin lejlighed i Vildtbanegård. Fogeden kom kl. 9. Han har ingen steder at sove i nat. Han har 12.000 i restance og det havde vi betalt hvis nogen havde sagt det til os i tide!!

Jeg er ved at gå til af raseri.
Susanne Jensen""")

M("e", """Hej igen Morten, kort opfølgning: budgetrådgiveren i Huset har nu lavet et budget med mig, og det viser at jeg mangler 1.800 kr. om måneden til faste udgifter efter skilsmissen. Hun siger jeg skal søge personligt tillæg. Er det jer eller Udbetaling Danmark? /Annette""")

M("", """Spørgsmål til Social- og Sundhedsudvalget: Tilbyder kommunen gratis budgetrådgivning til borgere, og i så fald hvor og hvornår? Jeg har set plakaten på biblioteket men der står ikke åbningstider.""")

M("e", """Jeg er 24 og har lige fået at vide af jobcentret at jeg skal i nytteindsats 37 timer om ugen for at beholde min uddannelseshjælp. Jeg har lige fået plads på VUC fra august. Giver det mening at jeg skal feje fortove til august? Mvh Oliver""")

M("e", """Kære Annette

Min søster Lise har ikke betalt sin husleje i fire måneder og har nu fået brev om ophævelse. Hun har det skidt og åbner ikke sin post. Jeg har fuldmagt fra hende (vedhæftet). Kan kommunen betale restancen som en enkeltydelse, så hun ikke bliver sat ud?

Med venlig hilsen
Charlotte Friis""")

M("", """Hej

Jeg har fået en rykker fra Ishøj Kommune på en faktura for leje af Multihuset til min forenings generalforsamling. Fakturanr. 2024-11873. Men vi har betalt den 3. december, jeg har kvittering fra banken. Kan I tjekke det?

Mvh Flemming, kasserer i Ishøj Petanqueklub""")

M("", """Til økonomiafdelingen. Vores firma, Ishøj VVS ApS, har endnu ikke fået betaling for faktura 10442 på reparationen i Vejleåskolens omklædningsrum. Den forfaldt for 45 dage siden. Vi sender den videre til inkasso hvis ikke den er betalt inden fredag. Mvh Bogholderiet""")

M("e", """Kære Rådmand

Jeg har været ledig i 14 måneder og mine dagpenge løber ud til sommer. Jeg er 58 og jeg får afslag på alt. Jeg frygter at jeg ender på kontanthjælp og skal sælge huset. Hvad kan kommunen tilbyde en som mig?

Venlig hilsen
Jørgen Holst""")

M("e", """hej søde Camilla 🙂 det er mig fra spejderne. ville bare lige sige at vi har fået friplads til Noah i fritidsklubben nu, tak for tippet!! kh Fatima""")

M("", """Hvordan søger man friplads i SFO? Og gælder det også for fritidsklub? Jeg sidder i forældrebestyrelsen, og vi vil gerne lægge en vejledning på vores side. Mvh. Per""")

M("e", """Til borgmesterens kontor

Min ekskone nægter at udlevere vores søn til samvær, selv om Familieretshuset har fastsat samvær hver anden weekend. Det er nu tredje gang. Jeg har bedt fogeden om hjælp til at gennemtvinge samværet. Jeg skriver til jer fordi skolen og SFO'en har fået at vide at de ikke må udlevere ham til mig, og det er forkert.

Med venlig hilsen
Brian Kofoed""")

M("e", """hej, er det dig der sidder i socialudvalget? jeg er hjemløs siden nytår, sover i bilen ved Ishøj Strand. har søgt bolig 3 gange. ingen svarer. hvad gør jeg""")

M("", """Kære politikere

Det er pinligt at se folk sove i bilerne på parkeringspladsen ved stranden om vinteren. Kan kommunen ikke åbne et varmerum, som de har gjort i andre kommuner? Jeg vil gerne hjælpe som frivillig.

Mvh Gitte""")

M("e", """Kære Lars

Jeg vil gerne klage over, at mit barnebarn Victor (12) nu har været i aflastning i en plejefamilie hver anden weekend i et år uden at nogen har spurgt os bedsteforældre, om vi kunne tage ham i stedet. Vi bor 500 meter fra hans mor og vil meget gerne.

Venlig hilsen
Kirsten og Holger Pedersen""")

M("e", """Til Center for Voksne og Velfærd

Jeg har en bostøttemedarbejder to gange om ugen, men hun er blevet flyttet til en anden bydel og jeg har fået en ny, som jeg ikke kan snakke med. Kan jeg få lov at beholde Susanne? Det har taget mig et år at stole på hende.

Mvh Jesper""")

M("", """Hvad er forskellen på bostøtte efter § 85 og en støtte-kontaktperson? Jeg skal holde oplæg i en pårørendeforening og vil gerne forklare tilbuddene rigtigt. Tak. Mvh Anne-Mette""")

M("e", """Hej Jonas. Tak fordi du lyttede i går. For en god ordens skyld: jeg har nu fået afslag på at få dækket tandlægeregningen (8.400 kr) selv om jeg er på førtidspension. Afgørelsen siger at jeg har formue over grænsen - det er den bil jeg arvede efter min far. Mvh Tove""")

M("e", """Kære byrådsmedlem Nielsen

Jeg er mor til Kevin på 15, som i sidste uge blev anholdt for butikstyveri sammen med nogle ældre drenge. Politiet har sendt en underretning til kommunen og vi er indkaldt til møde. Jeg er bange for at han bliver taget fra os. Hvad kan jeg forvente?

Venlig hilsen
Dorte Hansen""")

M("", """Hej. Hvor mange unge i Ishøj blev sigtet for kriminalitet sidste år, og har SSP-samarbejdet nogen effekt? Jeg har læst om stigende ungdomskriminalitet i Vallensbæk. Mvh Kurt Johansen, Ishøj Landsby""")

M("e", """til Karina fra byrådet
undskyld jeg skriver her. min kæreste sidder i fængsel og jeg har vores baby alene, min mor hjælper lidt. jeg har fået rykker på institutionen fordi jeg ikke har betalt for vuggestuen. kan man få nedsat betaling når den ene forælder sidder inde?
kh Julie""")

M("e", """Til Ishøj Kommune, Borgerservice

Vedr. min mors dødsbo: Min mor, Gerda Olsen, døde i januar. Hun havde modtaget ældrecheck og varmehjælp fra kommunen, og nu har jeg fået et krav om tilbagebetaling af varmehjælp for december. Jeg er i tvivl om boet skal betale, eller om kravet falder bort.

Med venlig hilsen
Finn Olsen""")

M("", """Kære Center for Borger, Økonomi og IT

Jeg er bobestyrer i et dødsbo og har brug for en ejendomsskatteopgørelse på en ejendom i Ishøj. Boet er sluttet og ejendommen er solgt i 2021, men SKAT efterspørger dokumentation for betalt grundskyld for 2020. Hvor kan jeg bestille den?

Med venlig hilsen
Advokat Bente Hjorth""")

M("e", """hej igen 🙃 nu har jeg snakket med en fra Mødrehjælpen og de siger jeg skal søge om økonomisk hjælp til flytning efter § 85 stk 2? eller noget. skilsmissen er ikke engang færdig og jeg har 2 unger og mangler penge til depositum. ved du hvad det hedder? //Sanne""")

M("", """Hej! Vi er en gruppe forældre der gerne vil lave en loppemarkedsindsamling til julehjælp til familier i Ishøj med få penge. Må vi bruge den store sal i Ishøj Kulturhus? Og kan kommunen hjælpe med at fordele pengene? Mvh Mette fra Tranegilde Forældreforening""")
