"""Part C: committee chairs (children, schools, social, culture) - family stories."""
from common import M

M("s", """
Kære formand for Børne- og Skoleudvalget

Vi er to fædre, Jonas og Frederik, med en datter i 0.B på Gildbroskolen. Skolens forældreintra har kun felterne "mor" og "far", og vi bliver hele tiden bedt om at udfylde "mors telefonnummer". Det er en lille ting, men det siger meget. Kan kommunen få systemet rettet?

Venlig hilsen
Frederik Aaen
""")

M("", """
Kære formand for Børne- og Skoleudvalget

Vil kommunen sikre at skolernes it-systemer kan håndtere alle familieformer? Der findes regnbuefamilier, enlige forældre og plejefamilier, og systemerne bør afspejle det.

Mvh
Kirsten Lauesen, skolebestyrelsesmedlem
""")

M("sh", """
Hej udvalgsformand

Min kone Maja og jeg venter vores første barn i april (Maja er gravid via fertilitetsklinik). Jeg skal være medmor. Vi har fået at vide af vuggestuen at vi først kan skrive barnet op når der er et cpr-nummer, men alle andre siger man kan skrive op fra termin. Hvad gælder?

Hilsen Louise Damgaard
""")

M("", """
Hej

Hvornår kan man skrive sit barn op til vuggestue i Ishøj? Fra termin eller først når barnet er født? Jeg kan ikke finde svaret på ishoj.dk.

Mvh Natasja
""")

M("te", """
Til formanden for Børne- og Skoleudvalget

Min søn Yusuf går i 3. klasse på Vibeholmskolen. Han er blevet testet til at have behov for dansk som andetsprog, selv om dansk er det sprog vi taler derhjemme. Jeg er født i Tyrkiet, men min mand er dansk og Yusuf har aldrig talt andet end dansk. Jeg føler at han er blevet vurderet på sit navn og min baggrund.

Jeg er på dagpenge lige nu og har tid til at komme til et møde hvis det er.

Med venlig hilsen
Elif Kaya Jensen
""")

M("", """
Til formanden for Børne- og Skoleudvalget

Hvordan vurderer kommunen hvilke børn der skal have undervisning i dansk som andetsprog? Er det en sprogtest, eller er det baseret på hvilket sprog der tales i hjemmet? Jeg er lærerstuderende og skriver opgave om emnet.

Venlig hilsen
Simone Hald
""")

M("eh", """
Kære formand

Min datter Laura på 14 har ikke været i skole i 5 måneder. Hun har angst og en autismediagnose, og skolen siger at hun skal "komme lidt ad gangen". Det virker ikke. Vi har søgt om et specialskoletilbud i april og har stadig ikke fået svar. Jeg har måttet gå på nedsat tid for at være hjemme med hende, og vi har fået tabt arbejdsfortjeneste afslået.

Med venlig hilsen
Mette Skovbo
""")

M("", """
Kære formand

Antallet af skolevægrende børn er steget markant i hele landet. Hvad gør Ishøj Kommune for at forebygge det, og hvor mange elever har ufrivilligt skolefravær i kommunen lige nu?

Venlig hilsen
Jakob Friis, Skole og Forældre
""")

M("b", """
Kære udvalgsformand

Vores familie er katolsk, og vores søn skal til førstekommunion i maj. Skolen har planlagt lejrskole samme weekend. Vi har spurgt om han kan komme en dag senere, men skolelederen siger at det er "alt eller intet". Kan udvalget ikke sige noget om hensyn til religiøse højtider?

Venlig hilsen
Teresa og Michael Andersen
""")

M("", """
Kære udvalgsformand

Har kommunen en fælles retningslinje for hvordan skolerne tager hensyn til religiøse højtider som ramadan, eid, påske og jul ved planlægning af prøver og lejrskoler?

Mvh
Helle Carstensen
""")

M("e", """
Kære formand for Socialudvalget

Jeg er mormor til to børn, Sofie (7) og Oscar (4), som blev anbragt uden for hjemmet i sommer. Jeg vil gerne være netværksplejefamilie, men ingen har talt med mig. Jeg har ren straffeattest og et stort hus i Ishøj Landsby. Hvem skal jeg henvende mig til?

Venlig hilsen
Else Marie Thorup
""")

M("", """
Kære formand for Socialudvalget

Jeg har læst at Ishøj bruger færre netværksanbringelser end gennemsnittet. Hvorfor? Det er dokumenteret at børn trives bedre hos familie.

Mvh
Anja Lorentzen, socialrådgiver
""")

M("t", """
Hej formand

Min datter Aisha er den eneste sorte pige i sin klasse på Ishøj Skole. Nogle drenge har kaldt hende "abe" gentagne gange, og læreren har sagt at det "bare er drengestreger". Jeg forventer at kommunen tager racisme alvorligt.

Hilsen
Grace Mensah
""")

M("", """
Hej formand

Har kommunens skoler en anti-mobbestrategi, der også omfatter racistiske udtalelser? Jeg vil gerne se den.

Hilsen
Mads Winther
""")

M("es", """
Kære formand

Jeg er en mand på 41, og min mand og jeg har været plejeforældre for to drenge i snart 5 år. Vi har fået en ny sagsbehandler, som har skrevet i vores sag at drengene "mangler en moderfigur". Det er ikke en faglig vurdering, det er en fordom.

Venlig hilsen
Kristian Holst
""")

M("", """
Kære formand

Kommunen mangler plejefamilier. Hvorfor ikke lave en kampagne rettet mod par af samme køn? Mange andre kommuner har haft succes med det.

Venlig hilsen
LGBT+ Danmark, lokalgruppe Sydvest
""")

M("h", """
hej formand for kultur- og fritidsudvalget
min søn på 10 har type 1 diabetes og vil gerne spille fodbold i Ishøj IF, men trænerne tør ikke have ham fordi de ikke ved hvad de skal gøre hvis han får lavt blodsukker. kunne kommunen ikke tilbyde et kursus til frivillige trænere?
mvh Karsten
""")

M("", """
Hej formand for Kultur- og Fritidsudvalget

Ishøj IF har brug for mere tid i hallen om vinteren. Vi har 120 ungdomsspillere og kun to aftener om ugen. Kan udvalget se på fordelingen af haltider?

Venlig hilsen
Ishøj IF, ungdomsafdelingen
v/ Brian Holt, formand
""")

M("e", """
Til formanden for Børne- og Skoleudvalget

Min ekskone og jeg har delt forældremyndighed over vores søn, men hun har flyttet ham til en anden skole uden at spørge mig. Skolen siger at de ikke kan gøre noget. Familieretshuset har sagen, men det tager måneder. Er det virkelig lovligt?

Venlig hilsen
Rune Petersen
""")

M("", """
Til formanden for Børne- og Skoleudvalget

Hvilke regler gælder for skoleskift når forældrene har fælles forældremyndighed? Skal begge underskrive? Jeg arbejder som skolesekretær og får spørgsmålet ofte.

Venlig hilsen
Dorte
""")

M("tb", """
Kære formand

Vores datter går i 7. klasse. Vi er syriske kristne (syrisk-ortodokse), og hun bliver drillet af nogle klassekammerater fordi hun bærer et kors. Skolen har sagt at alle religiøse symboler bør holdes "diskrete". Det synes vi er forkert.

Med venlig hilsen
Georges og Rima Haddad
""")

M("", """
Kære formand

Jeg synes at skolerne skal være helt religionsneutrale. Ingen kors, ingen tørklæder, ingen julegudstjenester. Det er den eneste fair løsning i et mangfoldigt samfund.

Hilsen
Kenneth
""")

M("he", """
Hej

Jeg skriver til dig som formand for Social- og Sundhedsudvalget. Min mand, Erik, har Alzheimers og bliver aggressiv om aftenen. Han er visiteret til aflastning 2 døgn om måneden, men aflastningsstedet har aflyst de sidste tre gange pga. personalemangel. Jeg har ikke sovet ordentligt i et halvt år.

Med venlig hilsen
Karen Erlandsen
""")

M("", """
Hej formand for Social- og Sundhedsudvalget

Hvor mange aflastningspladser er der i kommunen, og hvor tit bliver de aflyst? Jeg er medlem af Alzheimerforeningens lokalafdeling og vil gerne kende tallene før vores møde med forvaltningen.

Med venlig hilsen
Jørgen Kjeldsen
""")

M("e", """
Kære formand

Min nabo, Mette fra nr. 22, har fået en underretning fra skolen fordi hendes søn har mange fraværsdage. Hun er knust. Hun har netop mistet sit job og er lige blevet skilt. Kan I ikke vise lidt forståelse?

Mvh en nabo på Kirkebjerg Allé
""")

M("", """
Kære formand

Hvornår skal skolerne sende en underretning til kommunen? Er det ved et bestemt antal fraværsdage? Jeg vil gerne forstå reglerne.

Mvh
Peter Krogh
""")

M("s", """
Hej formand

Jeg er 15 og biseksuel. Jeg synes at seksualundervisningen på min skole kun handler om piger og drenge der er kærester. Kan man ikke få nogen ud fra Sex & Samfund eller LGBT+ Ungdom der kan fortælle om alt det andet?

(vil gerne være anonym)
""")

M("", """
Hej formand

Uge Sex er en god idé, men materialet er efter min mening alt for voksent til 4. klasse. Jeg vil gerne vide hvordan skolerne vælger materialet.

Mvh
Helene Storm
""")

M("u", """
Kære formand for Børne- og Skoleudvalget

Jeg er lærer på Strandskolen og kredsformand i Ishøj Lærerkreds (DLF). Jeg vil gerne bede om et møde om den nye arbejdstidsaftale. Vores medlemmer er meget bekymrede.

Venlig hilsen
Niels Kristian Juhl
""")

M("", """
Kære formand

Ishøj Lærerkreds holder generalforsamling den 24. marts. Alle udvalgsmedlemmer er velkomne til at overvære debatten om arbejdstid. Dagsorden er vedhæftet.

Med venlig hilsen
Ishøj Lærerkreds
""")

M("htbe", """
Kære formand for Social- og Sundhedsudvalget

Min svigermor er 79 og kom fra Pakistan for 40 år siden. Hun har fået en blodprop i hjernen og skal have en plejebolig. Hun spiser kun halal og taler kun punjabi. Visitatoren har sagt at kommunen "ikke kan tage hensyn til alle kulturer". Vi er rystede.

Med venlig hilsen
Sadia Iqbal
""")

M("", """
Kære formand for Social- og Sundhedsudvalget

Kan plejecentrene i Ishøj tilbyde halal-mad? Jeg spørger på vegne af en gruppe ældre i Tyrkisk Kulturforening, som er bekymrede for fremtiden.

Venlig hilsen
Mehmet Arslan, kasserer
""")

M("e", """
Kære formand

Min søn Noah er 18 og har lige fået at vide at hans plejefamilie ikke længere får betaling fra kommunen, fordi han er fyldt 18. Han går i 2.g og har ingen andre steder at bo. Han har ret til efterværn, men ingen har talt med ham om det.

Venlig hilsen (som biologisk mor)
Sandra Kühl
""")

M("", """
Kære formand

Hvordan ser kommunens tilbud om efterværn ud for unge, der har været anbragt? Hvor mange unge mellem 18 og 23 får efterværn i dag?

Venlig hilsen
Mia Bach, journaliststuderende
""")
