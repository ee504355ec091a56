"""corpus73, part C: a relative's drinking or gambling, burn-out, mental health."""
from common import M

M("he", """
Til Center for Voksne og Velfærd

Min bror Lars drikker. Han har gjort det i mange år, men efter han mistede sit job på værftet er det gået helt galt. Han har ikke betalt husleje siden august, og boligselskabet har sendt en opsigelse. Han vil ikke selv kontakte jer.

Kan man som pårørende gøre noget? Jeg er bange for at han ender på gaden.

Venlig hilsen
Dorthe Lykke
""")

M("", """
Hej

Hvad er åbningstiden for Alkoholbehandlingen i Ishøj, og kan man komme anonymt? Jeg skal lave en oversigt over tilbud til vores frivillige i Natteravnene.

Mvh Jens
""")

M("hes", """
Hej Lotte

Jeg skriver til dig fordi du sidder i Socialudvalget. Min mand Frederik er ludoman. Han har spillet vores opsparing op, og vi skylder nu 180.000 kr. til kviklånsfirmaer. Jeg er selv mand, og vi har været gift i 11 år. Jeg vil ikke forlade ham, men jeg ved ikke hvordan jeg betaler regningerne i december.

Findes der gældsrådgivning i kommunen, og kan han få behandling?

Hilsen
Thomas
""")

M("h", """
Kære borgerrådgiver

Jeg går ned med stress. Jeg har arbejdet som leder i kommunens tekniske forvaltning i 14 år, og jeg har i dag været hos lægen, som har sygemeldt mig i 4 uger. Jeg ved godt at I ikke behandler personalesager, men jeg har ingen at spørge om, hvordan jeg skal forholde mig.

Med venlig hilsen
(anonym)
""")

M("", """
Til Social- og Sundhedsudvalget

Kommunens nye misbrugsstrategi nævner ikke ludomani med ét ord. Jeg er frivillig i Spillemyndighedens netværk og synes det er en mangel. Vil udvalget tage det op?

Venlig hilsen
Steen Frost
""")

M("he", """
-----Oprindelig meddelelse-----
Fra: Karina Holt
Sendt: 14. oktober 2024 21:12
Til: Byrådsmedlem Rikke Friis
Emne: min mor

Hej Rikke, vi gik i klasse sammen på Vibeholm. Jeg skriver fordi min mor er alkoholiker og nu er faldet og har brækket hoften. Hun skal hjem fra Hvidovre på fredag, og hjemmeplejen har sagt at hun kun får hjælp til bad én gang om ugen. Hun kan ikke engang komme på toilettet selv.

Hvad kan jeg gøre?

Karina
""")

M("hu", """
Til hovedpostkassen

Jeg er TR for FOA på Ishøj Plejecenter. Tre af mine kolleger er sygemeldt med stress på samme tid, og en af dem, Bente, har fået diagnosen depression. Vi har meldt det til Arbejdstilsynet. Jeg vil gerne have et møde med centerchefen.

Med venlig hilsen
Jette Bang
Tillidsrepræsentant, FOA
""")

M("", """
Hej

Jeg er fra Lænke-ambulatoriet og vil høre om vi kan låne et mødelokale på rådhuset til et informationsmøde for fagfolk om pårørendegrupper i februar.

Med venlig hilsen
Marianne Kolding, afdelingsleder
""")

M("hep", """
Hej

Min far er alkoholiker og har fået en ny lever for 2 år siden. Nu drikker han igen. Han ejer huset på Tranegilde Strandvej 22, og en køber har budt 3,4 mio. Min far vil sige ja, men han skylder kommunen ejendomsskat i 3 år og banken truer med tvangsauktion.

Jeg har fuldmagt. Kan I fortælle mig hvad restancen er, så vi kan nå at sælge inden?

Venlig hilsen
Michael Brandt
""")

M("h", """
hej

kan I ikke gøre noget ved ham i opgangen nr 6 der drikker og råber hele natten. han er helt væk og har været indlagt på psykiatrisk i sommer men nu er han tilbage og har det tydeligvis ikke godt. vi er bange for ham

beboer i nr 4
""")

M("", """
Til borgmesterens PA

Kunne borgmesteren tænke sig at holde en kort tale ved åbningen af Landsforeningen for Pårørende til Misbrugeres nye lokaler i Ishøj Bycenter den 2. marts?

Med venlig hilsen
Ellen Sønderby, formand
""")

M("hbe", """
Kære Mustafa

Jeg skriver til dig fordi du er muslim ligesom mig og måske forstår. Min mand spiller. Han har tabt vores penge og nu mangler vi husleje for 2 måneder. Han siger han vil stoppe, men han kan ikke. Jeg tør ikke sige det til imamen eller min familie.

Kan jeg få hjælp fra kommunen uden at han ved det?

Fra en søster
""")

M("he", """
Hej Borgerservice

Jeg har lige fået brev om at jeg skal betale 38.000 kr. tilbage i sygedagpenge fordi jeg har arbejdet et par timer mens jeg var sygemeldt med depression. Jeg vidste ikke at det ikke måtte man. Jeg kan ikke betale. Kan jeg få en afdragsordning?

Hilsen
Simone Kragh
personnr [[0712862144]]
""")

M("", """
Til udvalgsformanden for Beskæftigelsesudvalget

Hvor stor en andel af sygedagpengesagerne i Ishøj varer over 22 uger, og hvordan ligger vi i forhold til Vallensbæk og Brøndby? Jeg er blevet bedt om at skrive et indlæg til Dansk Psykologforenings blad.

Venlig hilsen
Psykolog Torben Ahl
""")

M("hu", """
Hej Claus

Jeg er ved at brænde ud. Det er 3. gang på to år jeg er sygemeldt, og nu foreslår min læge at jeg skifter job. Jeg er i HK, og de siger at jeg skal tale med kommunen om et jobafklaringsforløb, men jeg vil helst bare have et nyt job. Kan man søge noget i kommunen uden at ens sygdom kommer frem?

Vh Nina
""")

M("h", """
Den 3. nov. skrev Ishøj Kommune <post@ishoj.dk>:
> Tak for din henvendelse. Vi vender tilbage inden for 10 hverdage.

Det har I ikke gjort. Det er 5 uger siden. Min datter på 19 har selvmordstanker og venter på en plads i voksenpsykiatrien. Jeg beder jer for sidste gang om at ringe til mig.

Lis Overgaard
Tlf. 28 90 44 16
""")

M("", """
Hej

Har kommunen materiale om, hvordan man taler med sine børn om alkohol? Jeg er klasselærer i 7.b og vil gerne bruge det i undervisningen.

Venlig hilsen
Sidsel Holm, lærer, Gildbroskolen
""")

M("hs", """
Kære borgmester

Min mand Morten døde for tre måneder siden efter mange års kamp med alkoholen. Vi var gift i 19 år. Jeg (Bjarne) har siden ikke kunnet sove og har fået antidepressiv medicin. Jeg har fået et brev fra kommunen om hans dødsbo, hvor der står "hustru". Det gør ondt. Kan I rette jeres skabeloner?

Bjarne Holmgren
""")

M("he", """
Til borgerrådgiveren

Jeg er socialrådgiver og skriver som privatperson, fordi min søster ikke selv magter det. Hun har en svær bipolar lidelse og har fået en bostøttemedarbejder fra kommunen, men han er ikke kommet i 6 uger. Hun har fuldmagt til mig.

Med venlig hilsen
Annemette Brink
""")

M("", """
Hej

Jeg sidder i bestyrelsen for Ishøj Idrætsforening og vil gerne vide om kommunen støtter foreninger, der vil lave tilbud til folk med stress eller angst, fx gåhold. Er der en pulje man kan søge?

Mvh Rasmus
""")

M("htu", """
Til Center for Beskæftigelse og Erhverv

Mit navn er Oksana, jeg er fra Ukraine og arbejder på et slagteri i Ringsted. Jeg er medlem af NNF. Jeg har været sygemeldt med en skulderskade efter arbejdet i 5 uger, og min fagforening siger at jeg skal anmelde arbejdsskaden. Arbejdsgiveren vil ikke. Kan kommunen hjælpe?

Oksana Kovalenko
""")

M("he", """
Hej

Min kæreste har spillet for alle vores penge og jeg har ikke råd til mad til børnene resten af måneden. Han er i behandling nu, men jeg har brug for hjælp lige nu. Kan jeg søge enkeltydelse?

Malene
Tlf 60 12 33 91
""")

M("", """
Til hovedpostkassen

Vi er et lille firma, der leverer kurser i stresshåndtering på arbejdspladser. Vi vil gerne give et tilbud til kommunens HR. Hvem skal vi sende det til? Vores CVR er 41203987, og tilbudsnummer 1512240031.

Med venlig hilsen
Roskilde Trivsel ApS
""")

M("hs", """
hej

jeg er en pige på 17 og jeg er biseksuel. min mor siger at jeg er syg i hovedet og jeg har det rigtig dårligt. jeg skærer i mig selv. jeg ved ikke hvem jeg skal skrive til. er der nogen der kan snakke med mig

""")

M("he", """
Til Center for Voksne og Velfærd

Vores søn Kasper (24) har skizofreni og bor på et bosted i Brøndby. Han skal flytte, fordi bostedet lukker. Vi har hørt at kommunen vil tilbyde ham en almindelig lejlighed med bostøtte, men han kan ikke klare det. Han har ikke taget sin medicin de sidste gange han boede alene.

Vi beder om et møde.

Med venlig hilsen
Ulla og Peter Faber
""")

M("", """
Hej

Hvad dækker sundhedsforsikringen for kommunens ansatte? Jeg er ved at søge job som pædagog hos jer og vil gerne sammenligne med min nuværende arbejdsplads.

Mvh Jonas
""")

M("hb", """
Kære Social- og Sundhedsudvalget

Jeg er præst i Torslunde, og jeg møder mange familier der er ramt af alkohol. Min egen svoger døde sidste år af en leverskade. Jeg vil gerne opfordre udvalget til at genindføre den åbne rådgivning om torsdagen.

Med venlig hilsen
Sognepræst Hans Kjær
""")

M("heu", """
Hej

Jeg hedder Rikke og er 3F'er. Jeg har været hjemme med en udbrændthed i 4 måneder og er blevet fyret i sidste uge. Nu skal jeg melde mig ledig, men a-kassen siger at jeg skal være rask nok til at stå til rådighed. Jeg er ikke rask. Hvad gør man?

Rikke Sommer
""")

M("", """
Til Borger, Økonomi og IT

Jeg vil gerne anmode om aktindsigt i kommunens kontrakt med den private leverandør af misbrugsbehandling. Journalnr. i min tidligere henvendelse var 27.12.03-G01-14-24.

Venlig hilsen
Henrik Dam, journalist
""")

M("hep", """
Hej

Min mor har fået konstateret Alzheimers og kan ikke bo alene. Vi har sat hendes lejlighed i Ishøj Landsby til salg (det er en ejerlejlighed), og der er en køber der venter på at vi får en plejeboligplads. Hvornår kan vi forvente svar?

Mvh Rene Thygesen, søn
""")

M("ht", """
Hej kommune

Min onkel er fra Pakistan, og han drikker. Det er ikke noget man taler om i vores familie. Han har det dårligt og har været på skadestuen to gange i denne måned. Jeg vil gerne hjælpe ham anonymt. Findes der behandling på urdu?

Imran
""")

M("", """
Hej

Hvor mange borgere i Ishøj modtog alkoholbehandling i 2023? Jeg er studerende på KU og skriver speciale om kommunal misbrugsbehandling.

Venlig hilsen
Line Kastrup
""")

M("hs", """
Til byrådsmedlem

Min kone Sanne og jeg er lesbiske og har været sammen i 20 år. Sanne har fået konstateret ALS. Hun skal i respirator om et par måneder. Vi har hørt at kommunen har en særlig sagsbehandler for den slags forløb. Hvem er det?

Med venlig hilsen
Pernille Juul
""")

M("he", """
Til Center for Voksne og Velfærd

Min far er 71 og bor alene. Han er holdt op med at åbne posten efter mor døde og har en restance til elselskabet på 14.000 kr. og har fået brev om afbrydelse. Han har fået stillet diagnosen depression af egen læge. Kan kommunen hjælpe?

Mvh Charlotte
""")

M("", """
Hej

Jeg har været til foredrag om stress på biblioteket i går. Rigtig godt arrangement. Kommer der flere i den serie?

Hilsen
Bente
""")

M("hb", """
Kære borgerrådgiver

Jeg er ateist og har været i alkoholbehandling i Ishøj i 3 måneder. Behandleren bliver ved med at sige at jeg skal bruge AA og "en højere magt". Det passer ikke til mig. Jeg har bedt om en anden behandler, men fået nej. Kan jeg klage?

Venlig hilsen
Frank
""")

M("hep", """
Til hovedpostkassen

Jeg er på kontanthjælp og har fået at vide at jeg skal sælge mit sommerhus i Hornsherred for at få hjælpen. Det er sat til salg, men der er ingen bud i 7 måneder. Jeg har haft en depression i to år og kan ikke klare mere stress. Kan jeg få hjælpen i mellemtiden?

Allan Grøn
[[240871 3119]]
""")

M("", """
Hej

I jeres nyhedsbrev står der at der kommer et nyt tilbud om psykologhjælp til unge. Hvor mange timer kan man få, og hvem kan henvise?

Mvh en far
""")

M("hu", """
hi, writing in english sorry. I work in Ishøj at the logistics centre and I am a union member in 3F. My wife is expecting our first baby and she has been in hospital for 2 weeks with bleeding. My boss says I can not take days off. Is that legal in Denmark?

Giorgos
""")

M("h", """
Hej Jonas

Jeg har nu været ædru i 2 år og er med i AA. Tusind tak for den hjælp du gav mig da du var gadesjakker i 2019. Jeg vil gerne fortælle min historie på et byrådsmøde, hvis det kan være til hjælp.

Hilsen
Bo
""")
