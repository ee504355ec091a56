"""Part B: elderly citizens writing formally, with old-fashioned words and courtesy forms."""
from common import M

M("h", """
Til Ishøj Kommunes Visitation

Undertegnede tillader sig herved at ansøge om et nødkald. Jeg er en kone på 87 år, og efter at jeg i efteråret faldt i badeværelset og brækkede lårbenshalsen, tør jeg ikke længere være alene om natten. Min husstand består alene af mig selv.

Jeg tillader mig at vedlægge brev fra overlægen på Hvidovre Hospital.

Med højagtelse
Ellen Margrethe Juul
Ishøj Landevej 14, 2635 Ishøj
Personnummer [[120237-0218]]
""")

M("", """
Højtærede Borgmester

Jeg skriver til Dem angående de mange cyklister, der benytter fortovet langs Vejleåvej. Som gammel mand bliver jeg flere gange om ugen næsten væltet omkuld. Det var ikke sådan i min ungdom. Kunne kommunen ikke opsætte et skilt?

Ærbødigst
Poul Erik Hansen
""")

M("e", """
Kære Frøken eller Hr. i Borgerservice

Jeg er enkefrue og har siden min mands bortgang i januar haft vanskeligt ved at få pengene til at slå til. Min folkepension og den lille ATP rækker ikke til både husleje og varme. Jeg har hørt om noget, der hedder personligt tillæg. Hvorledes bærer man sig ad med at søge det?

Jeg er ikke vant til computeren, så jeg ville sætte pris på et brev med posten.

Deres hengivne
Inger Lise Mortensen
""")

M("b", """
Kære Hr. Borgmester

Som mangeårigt medlem af Ishøj Sogns menighedsråd og troende kristen gennem et langt liv tillader jeg mig at udtrykke min bekymring over, at kommunen påtænker at nedlægge julekoncerten i Ishøj Kirke. For mig og mine trosfæller betyder den meget.

Med venlig hilsen og Guds fred
Aage Wind
""")

M("", """
Til Teknik og Miljø

Jeg ville blot høre, om der fremdeles afhentes storskrald i villakvarteret ved Torslunde den første tirsdag i måneden, eller om ordningen er ændret. Min nabo påstår det sidste.

Venligst
A. Kirkegaard
""")

M("he", """
Til Visitationen, Center for Voksne og Velfærd

Jeg skal herved anmode om, at min hjemmehjælp genoptages. Siden jeg i foråret fik konstateret Parkinsons syge, har jeg haft stadig sværere ved at klare rengøringen og at komme i bad på egen hånd. Hjemmehjælpen blev nedsat til hver 3. uge i marts, hvilket efter min bedste overbevisning ikke er forsvarligt.

Jeg er født den 4. april 1939, [[040439 2276]].

Med venlig hilsen
Knud Aage Rasmussen
Gildbrovej 3, st. th.
""")

M("", """
Ærede udvalgsformand

Tillad mig at spørge, hvorledes kommunen agter at sikre, at de ældre i Ishøj fremdeles kan betale deres regninger kontant, når banken i bycentret lukker sin filial. Mange af os har hverken NemID eller MitID.

Med venlig hilsen
En bekymret pensionist
""")

M("s", """
Kære Borgerrådgiver

Min afdøde mand, Gunnar, og jeg levede sammen i 41 år, hvoraf de sidste 12 som registrerede partnere. Jeg er nu 79 år og har fået et brev fra Boligkontoret, hvori der står, at lejekontrakten alene var i Gunnars navn. Jeg frygter at skulle fraflytte den lejlighed, som vi delte. Kan De vejlede mig?

Med venlig hilsen
Herluf Bech
""")

M("h", """
Højtærede Byrådsmedlem Jensen

Jeg har i syv måneder ventet på en gangbesværlighed-vurdering og et parkeringskort til handicappede. Mit ene ben blev amputeret under knæet i 2022 grundet sukkersyge. Det forekommer mig urimeligt, at man skal vente så længe.

Ærbødigst
Svend Åge Poulsen
""")

M("", """
Kære Ishøj Kommune

Hermed en oprigtig tak til de unge mennesker fra Ishøj Ungdomsskole, som i juni gratis hjalp os gamle i Ældreboligerne ved Ishøj Søvej med at luge i bedene. Det var en stor fornøjelse at se.

Venlig hilsen
På vegne af beboerforeningen
Ruth Dahl
""")

M("ep", """
Til Borgmesteren

Min hustru og jeg har gennem 44 år boet i vort hus på Krogholmvej. Vi er nu nødt til at sælge det, idet min pension ikke længere rækker til ejendomsskatten og afdragene på lånet. Huset er sat til salg hos ejendomsmægleren, og vi har fået ét bud, som dog er betinget af køberens eget salg.

Kan kommunen give henstand med ejendomsskatten, indtil handlen er gået i orden?

Med venlig hilsen
Ejnar og Bodil Frandsen
""")

M("", """
Ærede Medlemmer af Ældrerådet

Jeg tillader mig at forespørge, om der fremdeles arrangeres udflugter for pensionister i sommerhalvåret, og hvorledes man tilmelder sig. Sidste år gik turen til Frederiksborg Slot.

Med venlig hilsen
Gerda Thomsen
""")

M("hu", """
Kære Borgerrådgiver

Jeg har i 38 år været medlem af Dansk Metal og var i en årrække tillidsmand på Trælastlageret. I dag lider jeg af støvlunger efter arbejdet, hvilket Arbejdsskadestyrelsen har anerkendt. Kommunen vil nu ikke bevilge mig et ilt-apparat til hjemmet, før sagen er genbehandlet. Det finder jeg ganske urimeligt.

Med venlig hilsen
Bent Ove Mikkelsen
""")

M("e", """
Til Plejeboligvisitationen

Min hustru gennem 58 år, Karen, bor siden januar på Plejecentret Ishøjhus. Jeg er selv 86 og bor alene tilbage i rækkehuset. Jeg ønsker inderligt at flytte ind til hende i en parbolig. Er der overhovedet mulighed for dette, og hvad koster det?

Med venlig hilsen
Vagn Holger Christiansen
""")

M("", """
Kære kommune

Hvorfor er toiletterne ved Ishøj Havn aflåst om søndagen? Vi ældre har ikke så lang tid at gå på. Det er en skam.

Hilsen Elna
""")

M("b", """
Højtærede Formand for Kultur- og Fritidsudvalget

Jeg har været medlem af Socialdemokratiet siden 1962 og sad i sin tid i partiets lokalbestyrelse. Jeg skriver for at bede Dem om at genoverveje lukningen af Foreningernes Hus, hvor vi i årtier har holdt vore møder.

Med kammeratlig hilsen
Orla Frederiksen
""")

M("he", """
Til Hjemmeplejen

Jeg skal venligst anmode om, at den unge mand, der kommer om morgenen, bliver instrueret i, at mine øjendråber mod grøn stær skal gives i begge øjne og ikke kun i det ene. Dette er nu sket tre gange.

Med venlig hilsen
Fru Hedvig Lauritsen
""")

M("", """
Kære Kommunalbestyrelse

Som 90-årig har jeg oplevet kommunen vokse fra landsby til by. Jeg vil blot lade Dem vide, at jeg har skrevet mine erindringer om Ishøj i 1940'erne, og at lokalhistorisk arkiv er velkommen til en afskrift.

Ærbødigst
Kristian Vestergaard
""")

M("e", """
Kære Borgerservice

Jeg er 81 år og har modtaget en rykker fra kommunen på 2.340 kr. for en tandbehandling. Min datter har hidtil betalt for mig, men hun er flyttet til Australien. Jeg kan ikke selv betale beløbet på én gang. Kunne jeg betale i rater à 300 kr.?

Med venlig hilsen
Anna Sofie Laursen
[[230943-1186]]
""")

M("bt", """
Ærede Borgmester

Jeg er af jødisk slægt; mine forældre flygtede fra Polen i 1938 og jeg er selv medlem af Mosaisk Trossamfund. Jeg har med stor bekymring bemærket hagekors, der er malet på muren ved Ishøj Kirkegård. Jeg beder Dem sørge for, at det fjernes hurtigst muligt.

Ærbødigst
Salomon Abrahamsen
""")

M("", """
Højtærede Hr. Borgmester

Jeg har i mange år betalt min skat til tiden, og jeg undrer mig over, at kommunen nu vil bruge 14 millioner på en ny idrætshal, mens fortovene på Ishøj Strandvej er i en elendig forfatning. Jeg forventer ikke svar, men vil blot have sagt min mening.

Med venlig hilsen
Holger Dam
""")

M("he", """
Til Ishøj Kommune, Hjælpemiddelafdelingen

Undertegnede har siden min hjerneblødning i 2021 siddet i kørestol. Jeg modtager førtidspension og bor i en stuelejlighed i Vildtbanegård, hvor dørtrinnet til altanen er for højt. Jeg ansøger hermed om en rampe.

Med venlig hilsen
Jørgen Kudsk
cpr.nr. [[110751–1433]]
""")

M("", """
Til Rette Vedkommende

Jeg har en gammel kakkelovn stående, som jeg gerne vil forære væk til et museum eller en forening. Ved kommunen noget om, hvem der kunne være interesseret?

Venligst
Edith Brøndum
""")

M("u", """
Kære Ældreråd

Jeg er pensioneret lærer og har været medlem af Danmarks Lærerforening hele mit arbejdsliv, nu i pensionistafdelingen. Vi vil gerne tilbyde frivillig lektiehjælp på biblioteket. Hvem skal vi henvende os til?

Med venlig hilsen
Margit Holm
""")

M("h", """
Kære Fru Sørensen i Visitationen

Jeg takker for Deres brev. Jeg må dog meddele, at jeg ikke kan møde op til vurderingssamtalen den 14. ds., da jeg er indlagt på Glostrup til behandling for hjertesvigt. Min søn Henrik vil ringe for at aftale en ny tid.

Med venlig hilsen
Frederik Bundgaard
""")

M("", """
Kære Kommune

Vi er en gruppe ældre damer, som mødes hver torsdag i Ishøj Seniorklub. Vi vil gerne spørge, om vi må låne lokalet en ekstra eftermiddag til kortspil i vintermånederne.

Med venlig hilsen
Bestyrelsen, v/ Grethe Larsen
""")

M("e", """
Højtærede Borgerrådgiver

Jeg har i tre måneder ikke fået den rengøringshjælp, som jeg efter afgørelsen af 2. februar er bevilget hver anden uge. Når jeg ringer, får jeg at vide, at der er mangel på personale. Jeg er 92 år og betaler fuld pris for min madordning. Jeg ønsker at klage.

Deres ærbødige
Carla Winther
""")

M("p", """
Til Byudvikling

Min afdøde brors ejendom på Ishøj Landevej er nu sat til salg af dødsboet, og en interesseret køber har bedt om oplysning om, hvorvidt der er planer om en cykelsti hen over grunden. Kan kommunen svare herpå, inden han afgiver sit bud?

Med venlig hilsen
Viggo Sandberg, boets eksekutor
""")

M("", """
Ærede Udvalg

Tillad mig at foreslå, at der opsættes flere bænke langs stien ved Store Vejleå. Det ville være til glæde for os ældre, som gerne vil gå tur, men må hvile undervejs.

Med venlig hilsen
Lilly Hjort
""")

M("h", """
Kære Hr. Doktor Andersen og Kommunens Sundhedspleje

Jeg skriver på eget initiativ, da jeg mener, at min genoptræning efter hofteoperationen bør forlænges. Jeg kan endnu ikke gå på trapper uden at holde fast med begge hænder.

Med venlig hilsen
Rigmor Fisker, 84 år
""")

M("", """
Til Ishøj Kommune

Hvorledes forholder det sig med hundeskatten i vore dage? Jeg husker, at man i min barndom skulle have et mærke på halsbåndet. Er det stadig et krav?

Venlig hilsen
Ove Steen
""")

M("b", """
Kære Borgmester

Som gammel kommunist, der gik med i partiet i 1956 og forlod det efter Ungarn, har jeg fulgt Ishøjs politik i næsten 70 år. Jeg vil blot opfordre Dem til at bevare arbejderforeningens gamle fane på rådhuset.

Med venlig hilsen
Aksel Mogensen
""")

M("he", """
Kære Visitation

Min mand er dement og kan ikke længere lades alene. Jeg er selv 83 og magter ikke opgaven mere. Vi har ansøgt om aflastningsplads i februar men ej hørt noget siden. Må jeg venligst bede om en status?

Med venlig hilsen
Else Marie Gregersen
""")

M("", """
Kære Bibliotek

Jeg ville høre, om De har storskriftsbøger af Karen Blixen, og om de kan bringes ud til mig, da jeg ikke selv kan komme frem.

Venlig hilsen
Frk. Jytte Krogh
""")

M("eh", """
Til Ishøj Kommune, Center for Voksne og Velfærd

Jeg er blevet bekendt med, at min ledsageordning er ophørt pr. 1. ds. Jeg har været blind siden 1998 og er afhængig af denne ordning for at komme til lægen og til købmanden. Jeg beder indtrængende om at få afgørelsen genovervejet.

Med venlig hilsen
Gudrun Bonde
[[150446-2398]]
""")
