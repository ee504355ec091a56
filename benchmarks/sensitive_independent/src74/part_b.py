"""Part B: lawyers, union lawyers, Ankestyrelsen and the Ombudsman, formal complaints."""
from common import M

M("heu", """
Ishøj Kommune
Center for Beskæftigelse og Erhverv

Vores medlem: Bettina Rosenkvist, cpr.nr. [[190576-2844]]
Vedr.: Ophør af sygedagpenge – anmodning om revurdering

Undertegnede er ansat som socialrådgiver i HK Hovedstaden og skriver på vegne af vores medlem, der har givet skriftlig fuldmagt (vedlagt).

Medlemmet har været sygemeldt siden 4. februar med belastningsreaktion og senere diagnosticeret moderat depression. Kommunen har ved brev af 28. oktober meddelt, at sygedagpengene ophører ved revurderingstidspunktet. Vi er uenige i vurderingen af, at medlemmet ikke opfylder forlængelsesreglerne, idet behandlingen i psykiatrien først er påbegyndt i september.

Vi anmoder om aktindsigt i sagen og om et møde inden afgørelsen træder i kraft.

Med venlig hilsen
Malene Thygesen
Socialrådgiver, HK Hovedstaden
""")

M("", """
Fra: Advokatfirmaet Brink & Hjorth
Emne: Gratis webinar for borgere i Vestegnen: Fremtidsfuldmagt, testamente og arv

Kære modtager

Vidste du, at kun hver tredje dansker over 60 har oprettet en fremtidsfuldmagt? Vi afholder gratis webinar den 12. januar kl. 19, hvor vores advokater gennemgår hvordan du sikrer dine nærmeste, hvis du en dag ikke selv kan varetage dine forhold. Vi taler også om særeje, samejeoverenskomster og ugifte samlevendes arveret.

Tilmelding på brinkhjorth.dk/webinar. Videresend gerne til kommunens seniorråd.

Med venlig hilsen
Brink & Hjorth Advokatpartnerselskab
CVR 38104452
""")

M("e", """
Til Ishøj Kommune, Familieafdelingen

J.nr. 24-1187 / ADV. ML

Jeg repræsenterer Nadia Hussein som advokat i sagen om hendes to børn, som blev anbragt uden samtykke ved Børn og Unge-udvalgets afgørelse af 19. september. Klienten ønsker at udvide samværet, og jeg skal anmode om at få tilsendt den seneste handleplan samt referater af de overvågede samvær.

Fuldmagt vedlægges.

Med venlig hilsen
Mette Lykkegaard
Advokat (H)
""")

M("eu", """
Hej

Jeg er faglig sekretær i 3F Køge Bugt. Et af vores medlemmer, Brian Holst, har været i virksomhedspraktik hos et rengøringsfirma gennem jobcentret i 13 uger nu uden løn, og firmaet har ikke ansat nogen siden marts. Det ligner gratis arbejdskraft. Brian har bedt os kontakte jer og ønsker praktikken stoppet.

Venlig hilsen
Kenneth Lund
""")

M("", """
Til borgerrådgiveren

Et generelt spørgsmål: Hvis man er uenig i kommunens afgørelse om hjælp til medicin, skal klagen så sendes til kommunen eller direkte til Ankestyrelsen? Og hvad er klagefristen? Jeg underviser på et sprogcenter og bliver tit spurgt.

Mvh Helle Grum
""")

M("hu", """
Til Center for Voksne og Velfærd, Personaleafdelingen

Vedr. arbejdsskade – SOSU-hjælper Jannie Falk, [[250590-1606]]

Som advokat for FOA skal jeg anmode om kommunens kopi af anmeldelsen af arbejdsskaden af 14. maj, hvor vores medlem blev skubbet af en borger og pådrog sig en skulderlæsion. Kommunen har som arbejdsgiver pligt til at anmelde, og Arbejdsmarkedets Erhvervssikring oplyser, at anmeldelsen ikke er modtaget.

Med venlig hilsen
Søren Abildgaard
Advokat, FOA Forbundet
""")

M("eht", """
-----Oprindelig meddelelse-----
Fra: Folketingets Ombudsmand
Sendt: 11. november 2026
Til: Ishøj Kommune, hovedpostkassen
Emne: Klage fra Ali Rahimi – Deres j.nr. 25/18834

Ombudsmanden har modtaget en klage fra Ali Rahimi over kommunens sagsbehandlingstid i sagen om merudgifter til hans søn, der har autisme og epilepsi. Klageren, der kom til Danmark som flygtning fra Afghanistan i 2015, oplyser, at han har ventet på afgørelse siden januar.

Ombudsmanden beder kommunen oplyse, hvornår sagen forventes afgjort.

Med venlig hilsen
Kontorchef Peter Bruun
""")

M("", """
Kære udvalgsformand

Som advokat med speciale i forvaltningsret følger jeg sagen om den nye lokalplan for Ishøj Havn. Jeg har ikke en klient i sagen, men vil opfordre udvalget til at sikre, at høringsfristen overholder planlovens fire uger. Det sparer kommunen for en klagesag.

Med venlig hilsen
Advokat Jonas Melgaard
""")

M("e", """
Ankestyrelsen
Videresendt til Ishøj Kommune, Ydelsescentret

Ankestyrelsen har modtaget klage fra Karina Olsen, [[080384-2750]], over kommunens afgørelse om tilbagebetaling af boligstøtte for perioden 1.1.2024–31.12.2024, kr. 8.932. Klagen er modtaget hos Ankestyrelsen inden for fristen, men kommunen har ikke genvurderet afgørelsen. Sagen oversendes derfor til genvurdering efter retssikkerhedslovens § 66.

Med venlig hilsen
Ankestyrelsen, Familie og Beskæftigelse
""")

M("ue", """
Hej Birgit (Beskæftigelsesudvalget)

Kort og godt: jeg er TR for pædagogmedhjælperne i BUPL på Ishøj Naturbørnehave. Vores kollega Louise er blevet opsagt efter 11 års ansættelse, og hun er helt knust. Hun har bedt mig høre om kommunen kan tilbyde noget efteruddannelse gennem jobcentret, hun har allerede meldt sig ledig.

Mvh
Thomas Gram
""")

M("", """
Hej

Vi er et advokatkontor i Taastrup, der hjælper kommuner med inddrivelse af restancer. Kunne det have interesse at høre om vores løsning? Vi har i dag aftaler med 11 kommuner på Sjælland og kan typisk nedbringe inddrivelsestiden med 30 %.

Med venlig hilsen
Christian Bay, partner
Bay & Co. Advokater
""")

M("eu", """
Vedr. vores medlem Lars Kjeldsen – klage over afgørelse om fleksjob

Dansk Metal, Afdeling Storkøbenhavn, har fuldmagt til at repræsentere Lars Kjeldsen, [[290469 1183]]. Kommunen har den 7. oktober truffet afgørelse om, at han ikke er berettiget til fleksjob, men i stedet skal i ressourceforløb. Vi klager over afgørelsen.

Lars har været ansat i samme virksomhed i 26 år og arbejdet kan tilpasses. Vi beder om, at rehabiliteringsteamets indstilling genoptages.

Med venlig hilsen
Anette Buus
juridisk konsulent, Dansk Metal
""")

M("", """
Til hovedpostkassen

Er kommunen forpligtet til at give aktindsigt i e-mails mellem byrådsmedlemmer om en sag, der er afgjort? Jeg er jurastuderende og skriver opgave om offentlighedsloven.

Venlig hilsen
Anna Frederiksen
""")

M("hes", """
Kære borgerrådgiver

Jeg er advokat for Kristian Bülow og skriver efter hans ønske. Kristian og hans mand Jeppe har i 8 måneder forsøgt at få bevilget aflastning til deres datter Ella, der har Retts syndrom. Sagsbehandleren har i et møde den 2. oktober sagt, at "det nok er svært for to mænd at have en pige med så store behov" — en udtalelse, som min klient opfatter som diskriminerende.

Klienten ønsker en undersøgelse af sagsbehandlerens adfærd.

Med venlig hilsen
Advokat Sara Wolff
""")

M("", """
Kontaktformular

Navn: Thomas Eskildsen
Emne: Aktindsigt
Besked: Jeg vil gerne have aktindsigt i kommunens kontrakt med vinterberedskabet for 2025-26. Jeres sagsnummer er 2025-004419.
""")

M("p", """
Til Ishøj Kommune, Opkrævningen

Dødsboet efter Kaj Rohde – ejendommen Torslundevej 31

Som bobestyrer skal jeg meddele, at ejendommen er sat til salg gennem EDC, og at der er modtaget et købstilbud på 3.450.000 kr. fra køber, der ønsker overtagelse 1. februar. Handlen er betinget af købers finansiering. Vi beder om en opgørelse over ejendomsskatten pr. overtagelsesdagen til brug for refusionsopgørelsen.

Med venlig hilsen
Advokat Johan Krebs
""")

M("", """
Hej Mette

Vores forening (Retshjælpen Vestegnen) holder åben rådgivning hver tirsdag kl. 17–19 i medborgerhuset. Vi kunne godt bruge et større lokale. Har kommunen et forslag?

Mvh
Henning, frivillig jurist
""")

M("bu", """
Til formanden for Økonomiudvalget

Jeg skriver både som HK-medlem og som aktiv i Socialistisk Folkeparti i Ishøj. I min fagforening taler vi meget om den nye indkøbspolitik, og jeg har lovet at spørge jer om kommunen vil stille krav om overenskomst hos leverandørerne.

Vh Lise Hjort
""")

M("ht", """
Kære Ishøj Kommune

Jeg er tolk (arabisk) og har tolket ved et møde på Ishøj Sundhedscenter mandag. Borgeren, en ældre irakisk mand, bad mig bagefter skrive til jer, fordi han ikke forstod, at han var blevet henvist til hjertescanning. Han var meget bekymret. Hans navn er Hamid Jassim, tlf. 52 11 90 04.

Venlig hilsen
Rana Khalil, tolk
""")

M("e", """
-----Oprindelig meddelelse-----
Fra: Ankestyrelsen <ast@ast.dk>
Sendt: 3. november 2026 09:12
Til: Ishøj Kommune
Emne: Principafgørelse – hjemvisning

Ankestyrelsen har behandlet klagen fra Hanne Rask vedrørende afslag på enkeltydelse til tandbehandling. Afgørelsen hjemvises til fornyet behandling, idet kommunen ikke har undersøgt klagerens økonomiske forhold tilstrækkeligt.

> Kommunen bedes træffe ny afgørelse inden 4 uger.
""")

M("", """
Hej

Hvad gør man juridisk, hvis en nabos træ vokser ind over ens grund? Kan kommunen gøre noget, eller er det helt privatretligt?

mvh K. Brix
""")

M("eu", """
Til jobcentret, att. ledergruppen

Vi skriver som Krifa på vegne af Henriette Skov, som er medlem hos os og har fået tre indkaldelser til samme samtale på en uge. Hun har mistet sine dagpenge i en uge, fordi en indkaldelse blev sendt til en gammel e-Boks. Vi anmoder om, at sanktionen ophæves.

Krifa, Albertslund
""")

M("h", """
Til Ishøj Kommune

Som advokat for familien Juhl skal jeg meddele, at klientens søn, Oliver, pådrog sig en hjernerystelse og et brud på armen ved et fald fra klatrestativet på Ishøj Skoles legeplads den 9. oktober. Familien forbeholder sig ret til erstatning og anmoder om oplysninger om kommunens sidste legepladsinspektion.

Med venlig hilsen
Advokat Rune Holck
""")

M("", """
Til borgmester Ole

Vores advokatfirma sponsorerer gerne præmien til Ishøj-løbet i maj, hvis vi får vores logo på startnummeret. Hvem skal jeg tale med?

Bedste hilsner
Cecilie Stær, Stær Advokater
""")

M("teb", """
Kære byrådsmedlem

Jeg er rådgiver hos Dansk Flygtningehjælp og skriver med tilladelse fra familien Tesfay. Familien er eritreanske kristne (ortodokse) og flygtede fra Eritrea via Sudan. De er blevet boligplaceret i Ishøj, men lejligheden på 54 m² er for lille til forældre og fem børn. De modtager selvforsørgelses- og hjemrejseydelse og kan ikke betale for depositum til en større bolig.

Familien beder ikke om særbehandling, men om at blive skrevet op til en boligsocial anvisning.

Venlig hilsen
Sabina Olesen
Dansk Flygtningehjælp
""")

M("u", """
Hej

Jeg er medlem af Djøf og arbejder i jeres økonomiafdeling. Jeg vil gerne vide, om kommunen har en aftale om seniordage for os, eller om den kun gælder HK'ere. Djøf siger at det er lokalt aftalt.

Hilsen
Niels Ørum
""")

M("", """
Hej

Jeg er jurist i Ankestyrelsen og skal tale om tilsyn på et kommunalt temamøde. Kan jeg få navnet på den medarbejder, der koordinerer jeres forvaltningsretlige uddannelse?

Med venlig hilsen
Maria Lauge
""")

M("tu", """
Kære borgerrådgiver

Jeg er tillidsmand i Serviceforbundet for busserne hos Movia i Ishøj. En af vores chauffører, Kwame Mensah, der er fra Ghana, er flere gange blevet kaldt "n-ordet" af en mand ved stoppestedet på Ishøj Stationsvej. Det er sket foran rådhuset. Kan kommunen sætte kamera op eller gøre noget?

Venlig hilsen
Jesper Møller
""")

M("", """
Kære borgerrådgiver

Hvad er forskellen på at klage til jer og til Folketingets Ombudsmand? Jeg er ansat i en boligforening og vil gerne kunne vejlede vores beboere rigtigt.

Mvh Katrine Skovby, boligsocial medarbejder
""")

M("ehu", """
Til Ydelsescentret

Sagsnr. 24-33412, medlem: Morten Friis, [[221059-0137]]

DSR har modtaget kopi af kommunens krav om tilbagebetaling af sygedagpenge for perioden juni-august, samlet 41.882 kr. Vores medlem var i perioden sygemeldt efter en hjerteoperation og har fulgt alle aftaler. Vi beder om begrundelse for kravet og henviser til, at ændringen af hans arbejdstid var godkendt af arbejdsgiveren.

Med venlig hilsen
Dansk Sygeplejeråd, Kreds Hovedstaden
""")

M("", """
Hej

Som ny advokat i Ishøj vil jeg gerne høre, om kommunen har en liste over advokater, der tager beskikkelser i tvangsanbringelsessager. Jeg vil gerne stå på den.

Mvh Advokat Farid Azimi
""")

M("e", """
Til borgerrådgiveren

Jeg er bisidder fra Børns Vilkår for en pige på 15, som er anbragt på et opholdssted uden for kommunen. Hun har bedt mig skrive, fordi hun ikke har fået svar fra sin sagsbehandler i 2 måneder om at flytte hjem til sin far. Hun hedder Malou Enevoldsen.

Venlig hilsen
Birthe Lindholm
""")

M("s", """
Kære Ishøj Kommune

Vores advokat har rådet os til at skrive direkte: Vi er to kvinder, der er blevet viet på rådhuset i Ishøj i august, og nu står der på vielsesattesten "ægtefælle 1: mand". Den skal rettes til navnene, så vi kan få Laura registreret som medmor til vores søn.

Venlig hilsen
Cecilie og Laura Brandt-Holm
""")

M("", """
Til hovedpostkassen

Vi repræsenterer Ishøj Tømrer & Snedker ApS, CVR 29815063, i en sag om betaling af faktura nr. 1807201233 for arbejde på Vejleåskolen. Fakturaen forfaldt 30. september og er ikke betalt. Vi beder om betaling inden 8 dage.

Med venlig hilsen
Inkassoadvokat Henrik Rye
""")

M("heb", """
Til Center for Voksne og Velfærd

Jeg er advokat og skriver på vegne af Ruth Kamp, 79, som bor i plejebolig på Ishøjcentret. Ruth er praktiserende katolik og har hver søndag taget taxa til messe i Sankt Knud Lavard Kirke. Efter hun fik sit slagtilfælde, har hun fået afslag på ledsagelse til messen med den begrundelse, at det ikke er et "nødvendigt aktivitetsbehov". Vi anmoder om en ny vurdering.

Med venlig hilsen
Advokat Mikkel Tang
""")

M("ue", """
-----Oprindelig meddelelse-----
Fra: Jesper Kold <jk@3f.dk>
Sendt: 14. oktober 2026
Til: Lise Nordahl (byrådsmedlem)
Emne: VS: Vores medlemmer fra Ishøj Renovation

Hej Lise,

Som aftalt i telefonen: de otte skraldemænd fra Ishøj Renovation er alle medlemmer hos os i 3F og er blevet varslet afskediget, når kommunen skifter leverandør 1. januar. Tre af dem har allerede meldt sig ledige.

Kan du tage det op i udvalget?

Jesper Kold, 3F
""")

M("", """
Hej

Er der en gratis retshjælp i Ishøj? Jeg har et spørgsmål om en købeaftale på en brugt bil.

Tak
Niklas
""")

M("b", """
Til borgmesteren

Som advokat og formand for Ishøj Konservative vil jeg rette en kritik af, at oppositionens spørgsmål til økonomiudvalget ikke bliver besvaret skriftligt. Vi har nu stillet fire spørgsmål siden august.

Med venlig hilsen
Poul Lassen
""")

M("", """
Hej

Jeg sidder i bestyrelsen for Danske Handicaporganisationer Ishøj. Kan vi få et møde om den nye tilgængelighedsplan for Ishøj Bycenter, før den sendes i høring?

Mvh Gitte Rahbek
""")

M("hetu", """
Til formanden for Social- og Sundhedsudvalget

Jeg er advokat for LO's tidligere faglige konsulent Rashid Mansour, som er oprindeligt fra Libanon og har været medlem af SiD/3F i 38 år. Han er blevet ramt af Parkinson og har søgt om en boligændring (gelænder og dørudvidelser), som er blevet afvist to gange. Han ønsker, at udvalget ser på sagens generelle princip.

Med venlig hilsen
Advokat Eva Brandsen
""")

M("", """
Kære hovedpostkasse

Faktura 2204961022 fra os er betalt dobbelt af kommunen. Beløbet, 7.450 kr., tilbagebetales til konto reg. 1551 kontonr. 0003321891 når I bekræfter.

Med venlig hilsen
Advokatfirmaet Hald, Bogholderiet
""")

M("e", """
Kære Lene (byrådet)

Vi mødte hinanden på Ishøj Bibliotek, hvor du holdt borgermøde. Jeg er juridisk rådgiver hos Mødrehjælpen og har en ung mor i Ishøj, der har fået et påkrav om husleje på 3 måneder og risikerer udsættelse. Hun har bedt mig spørge om kommunen kan give en enkeltydelse. Kan jeg sende hendes sag direkte til dig?

Mvh
Kirsten Haahr, Mødrehjælpen
""")

M("h", """
Hej

Vores advokat siger at vi skal have en lægeerklæring for at kunne få vores søn fritaget for svømning. Han har kronisk mellemørebetændelse og dræn. Skal erklæringen sendes til skolen eller til kommunen?

Venlig hilsen
Nanna og Kasper Lind
""")

M("", """
Til borgmesterens sekretariat

Retssagen mod kommunen om lokalplan 4.12 er afsluttet med forlig. Jeg skriver blot for at sige tak for et ordentligt samarbejde undervejs. Sagsnr. BS-31047/2025.

Med venlig hilsen
Advokat Ulla Bech
""")

M("u", """
Hej Karsten

Jeg er i Lederne og har været leder på Ishøj Genbrugsstation. Jeg vil godt have at du ved, at vi i fagforeningen har drøftet den nye ordning med kontrol af erhvervskunder, og vi er bekymrede for arbejdsmiljøet. Kan du tage et møde?

Hilsen
René Frisk
""")

M("ehb", """
Til Ishøj Kommune, Center for Beskæftigelse og Erhverv

Vi er advokater for Mohammed Saleh, [[0112871559]], der har modtaget en sanktion i sin uddannelseshjælp for udeblivelse fra aktivering fredag den 26. september kl. 12.30. Klienten er praktiserende muslim og var til fredagsbøn i moskeen, hvilket han havde meddelt virksomheden. Han har desuden dokumenteret migræne den pågældende eftermiddag.

Vi beder om, at sanktionen genovervejes.

Med venlig hilsen
Advokatfirmaet Nour & Dahl
""")

M("", """
Hej

Jeg har et generelt spørgsmål: må kommunen dele oplysninger om en borger med politiet uden samtykke? Vi diskuterede det i vores læsekreds.

Mvh Susanne Moos
""")
