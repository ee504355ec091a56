"""corpus35 part A: belief said indirectly (holidays, fasts, prayer, congregation,
baptism, confirmation, burial rites, headscarf/kippah, leaving the church, party
membership or vote, convictions), several with other categories and CPR."""
from common import M

M("b", """Hej Lone

Min søn Yusuf går i 3.B på Vibeholmskolen. I næste uge er det ramadan, og han faster for første gang sammen med resten af familien. Kan han få lov at sidde i biblioteket i frokostpausen i stedet for i kantinen?

Venlig hilsen
Samira Haddou""")

M("b", """Til skolelederen. Vores datter skal fri fredag den 12. – det er Eid og vi fejrer det med familien i moskeen om morgenen. Mvh Farid og Leila Mansour, Strandgårdsparken 41""")

M("b", """hej jeg arbejder i køkkenet på Ishøj Plejecenter og jeg vil gerne spørge om jeg kan holde pause kl 13.15 hver fredag, det er fredagsbøn og jeg beder altid. det tager kun 15 min. hilsen Abdirahman""")

M("be", """Kære borgmester

Jeg er enke og lever af folkepension. Min mand blev begravet efter muslimsk skik på den muslimske gravplads i Brøndby, og jeg har ikke råd til gravstenen. Kan kommunen hjælpe med et tilskud til begravelsen? Jeg har søgt begravelseshjælp i Udbetaling Danmark men fik kun halvdelen.

Med venlig hilsen
Hatice Yıldız
cpr [[1403512286]]""")

M("b", """Hej. Min datter Maja skal konfirmeres i Ishøj Kirke i maj, og samme dag har hun en svømmestævne med kommunens hold. Kan hun få lov at stille op om eftermiddagen i stedet? Mvh Brian Holm""")

M("b", """Til Center for Børn og Forebyggelse

Vi har meldt os ud af folkekirken i sommer, både min mand og jeg, og vil derfor ikke have at vores søn Aksel (5 år) deltager i julegudstjenesten med børnehaven Troldehøj. Vi vil gerne have at han bliver i børnehaven med en voksen den formiddag.

Venlig hilsen
Mette Skov""")

M("b", """Dear Sir/Madam,
My wife and I are Hindus and we would like to know whether the municipality allows us to scatter the ashes of my father in Køge Bugt after the cremation, which is our tradition. He passed away last week at our home in Ishøj Landsby.
Regards, Rajesh Venkataraman""")

M("b", """hej Jens, du kender mig fra lokalforeningen, jeg har været medlem af SF siden 2015 og sidder i bestyrelsen. jeg vil gerne høre om du kan tage en snak om cykelstien langs Ishøj Strandvej før næste byrådsmøde. mvh Kasper""")

M("b", """Kære Sofie Madsen

Jeg stemte på dig ved sidste valg, fordi du lovede flere pladser i SFO'en. Nu hører jeg at pladserne skæres. Jeg føler mig snydt.

Hilsen Tina fra Gildbrohøj""")

M("be", """Hej, jeg er vegetar af overbevisning og har været det i 20 år. Min mor bor på Søhøj Plejecenter og jeg vil gerne have at hun får vegetarisk mad når jeg spiser med hende på søndag. Hun spiser alt, det er bare mig. Kan I bestille en ekstra kuvert uden kød? Gitte Rasmussen""")

M("be", """Hej sagsbehandler

Jeg er på kontanthjælp og har fået at vide, at jeg skal i virksomhedspraktik i et slagteri. Jeg er veganer af etiske grunde og kan ikke arbejde med at skære dyr op. Kan jeg få en anden praktikplads? Jeg vil gerne arbejde, bare ikke der.

Venlig hilsen
Lærke Jacobsen
Ishøj Boulevard 88, 3. th.""")

M("b", """Til jobcentret

Som pacifist og militærnægter i sin tid kan jeg ikke tage imod jobtilbuddet fra vagtfirmaet, hvor jeg skal bære stav. Jeg beder jer notere det i min sag.

Morten Lund""")

M("b", """Til skolen på Gildbroskolen. Min søn David bærer kippa, og i går tog en lærervikar den af ham i idræt. Det vil jeg have en forklaring på. Mvh Jonathan Levin""")

M("bt", """Hej Borgerrådgiver

Vores familie er jødisk, og vores datter Noa bliver drillet i skolegården hver gang der er noget om Israel i nyhederne. Vi har talt med klasselæreren uden at der skete noget.

Venlig hilsen
Rebecca og Daniel Abramovitz""")

M("b", """hejsa! jeg bærer tørklæde og er lige startet som elev på Ishøj Ældrecenter. min leder siger at jeg skal tage det af fordi det er en hygiejneregel. er det rigtigt at kommunen har sådan en regel? mvh Aya""")

M("b", """Til Kultur og Fritid. Vi er en familie fra Pinsekirken her i byen, og vi vil gerne låne Ishøj Bibliotek's mødelokale til vores bibelstudiegruppe om tirsdagen. Jeg står selv for gruppen. Hvad koster det? Hilsen Peter og Ruth Kjærsgaard""")

M("b", """Hej. Min søn skal døbes i Vejleby Kirke 8. juni og vi har brug for at vide om vi kan holde reception i Strandparkens fælleshus bagefter. Jeg skal sige at det er en katolsk dåb, præsten kommer fra Sankt Knuds. Venlig hilsen Agnieszka Nowak""")

M("b", """Jeg er Jehovas Vidne og vil derfor ikke have at min datter Hanna deltager i fødselsdagsfejringen i klassen. Det har jeg skrevet til læreren før. Nu vil jeg have det skrevet ind i hendes elevplan. Mvh Svend Åge Kristoffersen, Tranegilde Strandvej""")

M("b", """Hej Morten, tak for sidst i partiforeningen. Jeg har betalt mit kontingent til Venstre nu, så jeg kan stemme ved opstillingsmødet. Kan du sende mig datoen? – Birgitte""")

M("b", """Til byrådet. Som medlem af Enhedslisten her i Ishøj og aktiv i klimagruppen vil jeg gerne stille et spørgsmål til borgerspørgetiden om grundvandet ved Tranegilde. Jeg hedder Asger Thomsen og bor på Vejlebrovej.""")

M("b", """hej, jeg vil bare sige at jeg ikke stemte på jer sidst og heller ikke gør det igen – min stemme gik til Dansk Folkeparti. skolen på Vibeholm skal ikke lukkes. Kurt""")

M("bhe", """Hej Hjemmeplejen

Min far Ibrahim (82) skal i den kommende tid kun spise efter solnedgang, fordi han vil holde fasten, selvom lægen har frarådet det pga. hans sukkersyge. Kan hjemmehjælperen tjekke hans blodsukker om aftenen i stedet for om morgenen?

Hilsen datteren Fatma Öztürk
Tlf. 28 44 19 63""")

M("be", """Til Center for Voksne og Velfærd

Jeg får hjemmehjælp to gange om ugen. Den nye hjælper har flere gange talt nedsættende om mine ikoner og at jeg tænder lys for helgenerne. Jeg er ortodoks kristen og det betyder meget for mig. Jeg ønsker en anden hjælper.

Med venlig hilsen
Vesna Petrović
Ishøj Søvej 12
cpr: [[030544-1470]]""")

M("b", """Hello, I am a Sikh and wear a turban. The lifeguard at Ishøj Svømmehal told me I could not enter the pool area with it. Is this the rule of the municipality? I want to swim with my children. Best, Harpreet Singh Gill""")

M("b", """Hej, vi er humanister og vil gerne have en navnefest for vores datter i Ishøj Strandpark i stedet for dåb. Må man holde en ceremoni med 40 gæster ved stranden uden tilladelse? Mvh Jonas og Emilie""")

M("be", """Kære Hanne Birk. Jeg er buddhist og mediterer hver morgen fra 6 til 7. Nu vil hjemmeplejen komme kl. 6.30. Kan de flytte tiden, så jeg kan sidde i ro? Venlig hilsen Lars-Ole Bendtsen, 84 år""")

M("be", """Hej

Jeg ønsker at få min søn Elias udmeldt af kristendomsundervisningen på 7. årgang. Vi er ateister i familien, og han skal ikke konfirmeres. Jeg ved at skolen kræver en skriftlig besked.

Samtidig vil jeg spørge om fripladstilskud til SFO'en for hans lillesøster, da jeg er alene med dem og er på dagpenge.

Mvh
Sanne Larsen
personnr. [[220286 1148]]""")

M("b", """Hej Zainab her. Min mand og jeg skal på hajj til Mekka i juni og jeg søger om 3 ugers orlov fra min stilling i Børnehuset Regnbuen. Kan jeg få det uden løn? Jeg er ansat ved kommunen.""")

M("b", """Til kirkegårdskontoret? Nej – til kommunen: jeg har hørt at man ikke må begrave sin mor i lagen uden kiste på Ishøj Kirkegård. I vores tro skal hun begraves inden for 24 timer og i lagen. Hun ligger på Hvidovre Hospital nu og døde i nat. Hvad gør vi? – Bilal Chaudhry""")

M("", """Hej, hvornår åbner den nye moské på Industrivej egentlig? Jeg har set byggeriet i et år nu. Og bliver der parkering nok? Mvh en nabo""")

M("bu", """Kære Thomas

Jeg er tillidsrepræsentant for FOA på Ishøj Plejecenter, og jeg er også medlem af Socialdemokratiet. Derfor skriver jeg til dig som partifælle: personalet er slidt op og vi har brug for at du tager det op i udvalget.

Kammeratlig hilsen
Hanne Vestergaard""")

M("b", """hej vi har lige fået en lille pige og vil gerne have hende navngivet i moskeen og ikke døbt – skal vi selv melde navnet til borgerservice eller sker det automatisk? mvh Rasmus & Amira (Rasmus er konverteret sidste år)""")

M("b", """Til Ishøj Kommune. Jeg har meldt mig ud af Folkekirken og vil ikke længere betale kirkeskat. Hvorfor står den stadig på min forskudsopgørelse? Peter Bundgaard, Ishøj Strandvej 9B""")

M("b", """Hej! Jeg er medlem af Radikale Ungdom og skal lave et debatarrangement på Ishøj Gymnasium om unges trivsel. Må vi låne Ishøj Kulturhus gratis når det er en ungdomspolitisk forening? / Freja, 17""")

M("b", """Til borgmester Merete Amdisen

Jeg er selv gammel Konservativ og har stemt på partiet i 40 år, men jeres beslutning om at fælde lindetræerne på Torvet forstår jeg ikke.

Venlig hilsen
Knud-Erik Mortensen""")

M("bh", """Hej skolen. Vores søn Mikkel er vegetar af overbevisning ligesom resten af familien, og han har desuden cøliaki. Kan I sørge for at hans madpakke-ordning i SFO'en tager højde for begge dele? Mvh Charlotte og Anders Wiberg""")

M("b", """Hej, jeg er diakon i Ishøj Sogn og skriver privat: jeg har tænkt mig at stille op til menighedsrådsvalget og vil høre, om kommunens plakatregler også gælder for det. Hilsen Inger Marie Friis""")

M("be", """Til Borgerservice

Jeg blev løsladt fra Vestre Fængsel i marts. I fængslet blev jeg muslim og har fået et nyt navn, Yahya. Jeg skal have lavet navneændring og vil samtidig søge om kontanthjælp, da jeg ikke har noget arbejde endnu.

Hilsen
Yahya (før Jimmy) Kofoed
Cpr-nr [[170993–1385]]""")

M("b", """Hi, I am Catholic and my son Luca's first communion is on Sunday 4 May. The football club wants him to play a match that day. Is the municipality's sports hall booking something you can move? Thank you, Giulia Romano""")

M("b", """Jeg ville bare sige tak til dig, Ali, for at stå frem på Facebook som den eneste i byrådet der står ved sin tro. Jeg er selv troende muslim og det gav mig mod. Hilsen Naima""")
