"""Part C: school, daycare and SFO places (Center for Børn og Forebyggelse)."""
from common import M

M("st", """
Hej Pladsanvisningen

Vi er to mødre, Sara og Yasmin, og vores søn Noah skal starte i vuggestue til august. Yasmin er fra Iran og vi vil meget gerne have en institution hvor de har erfaring med flersprogede børn, så han kan beholde farsi. Hvilke vuggestuer vil I anbefale? Noahs cpr er [[140525-4418]].

Mange hilsner
Sara Holm og Yasmin Karimi
""")

M("", """
Hej

Hvad koster en SFO-plads i Ishøj i 2026, og er der søskenderabat?

Mvh Henrik
""")

M("e", """
Kære Pladsanvisning

Jeg vil gerne søge om økonomisk friplads til min datter Emma i Børnehuset Regnbuen. Jeg er alene med hende og er på SU, så min indkomst er under 200.000 kr. om året. Emmas cpr: [[030921-4752]].

Venlig hilsen
Julie Madsen
""")

M("", """
Hej

Hvornår åbner skoleindskrivningen til børnehaveklasse for skoleåret 2026/27, og kan man søge om en anden skole end distriktsskolen?

Venlig hilsen
Kristina Bonde
""")

M("h", """
Hej

Min søn Oliver i 3.a på Vibeholmskolen har lige fået diagnosen ADHD og skal starte på medicin. Lægen siger det kan give ham ondt i maven de første uger. Kan SFO'en give ham pillen kl. 14, og hvem skal jeg aftale det med?

Mvh
Line Thomsen
""")

M("b", """
Hej Strandgårdskolen

Vores datter Amina (5.b) vil gerne faste under ramadanen, som hun plejer derhjemme med resten af familien. Vi er muslimer. Kan hun være fritaget for idræt de dage, eller i hvert fald slippe for løb? Hun vil gerne deltage, bare ikke løbe 3 km.

Med venlig hilsen
Karim og Fatima El-Amrani
""")

M("", """
Hej

Hvorfor serverer skolen ikke halal-kød? Mange elever på Strandgårdskolen spiser det ikke. Er det en politisk beslutning eller en pris-ting?

Mvh en forælder
""")

M("", """
Kære Børn og Skole

Vores skolebestyrelse vil gerne invitere udvalget til et møde om trafiksikkerhed omkring Ishøj Skole. Kan I finde en dato i marts?

Med venlig hilsen
Formand for skolebestyrelsen
Lars Mikkelsen
""")

M("he", """
Hej Familieafdelingen

Jeg er mor til Magnus på 8 som har autisme. Han kan ikke klare den almindelige SFO længere, og jeg har måtte gå ned i tid på arbejdet for at hente ham kl. 12. Vi taber 6.000 kr. om måneden. Kan man søge om tabt arbejdsfortjeneste?

Magnus Damgaard, [[120617-4831]]

Mvh Rikke Damgaard
""")

M("", """
Hej

Jeg har set at der mangler pædagoger i hele landet. Hvor mange ledige stillinger har Ishøj Kommune på dagtilbudsområdet lige nu?

Mvh
Marie Foss, journalist, Børn&Unge
""")

M("t", """
Hej

Min datter Mariam går i 4.a på Ishøj Skole. Hun fortæller at nogle drenge i klassen kalder hende "perker" og "negerbarn" fordi hendes far er fra Gambia. Klasselæreren siger hun ikke har set det. Jeg vil gerne have et møde med skolelederen.

Venlig hilsen
Louise Ceesay
""")

M("s", """
Hej

Vores datter Ella er trans og hedder nu Ella i stedet for Elias. Hun har det godt med det. Det er ikke det, jeg skriver om: vi er to fædre (Jonas og jeg), og i Aula står kun jeg som forælder. Kan Jonas blive tilføjet med forældremyndighed? Han er registreret som far i cpr.

Mvh
Kristian Bech
""")

M("", """
Kære Pladsanvisning

Er der venteliste til Børnehuset Bækkebo, og hvor længe venter man typisk? Vi flytter til Ishøj i maj.

Venlig hilsen
Maja Rosenkilde
""")

M("e", """
Fra: Tine Aagaard <tinea@hotmail.com>
Sendt: 5. februar 2026 08:12
Til: Pladsanvisningen
Emne: VS: Opsigelse af plads

Hej, jeg skrev nedenstående til institutionen men de siger jeg skal skrive til jer.

> Kære Bækkebo
> Jeg er nødt til at opsige Viggos plads fra 1. marts, fordi jeg har mistet mit job og ikke kan betale forældrebetalingen. Jeg er på dagpenge nu og kan passe ham derhjemme.
> Tine

Hvad gør jeg?
""")

M("h", """
Hej

Vores søn Sebastian (0.b, Gildbroskolen) har svær nøddeallergi og skal have adrenalinpen med. Han skal på lejrskole i maj. Kan vi få et møde med lærerne om hvordan de håndterer det?

Mvh Anders og Mie Krog
""")

M("", """
Hej, hvornår holder SFO'en lukket i sommerferien, og er der nødpasning?
""")

M("e", """
Hej

Jeg skriver fordi min eks-mand har hentet vores søn fra SFO'en selvom der er en aftale via Familieretshuset om at han kun må have ham hver anden weekend. Han har ikke forældremyndighed. SFO'en siger de ikke har fået besked. Hvordan sørger jeg for at det ikke sker igen?

Mvh Sandra Ipsen
""")

M("", """
Til Ishøj Kommune

Vi er en gruppe forældre der vil have mere idræt og bevægelse i SFO'en. Vi har samlet 140 underskrifter. Hvor skal vi sende dem hen?

Hilsen Forældreinitiativet "Flere timer ude"
""")

M("ht", """
Hej

Vores datter Zeynep på 3 år går i Vuggestuen Tumlingen. Hun er født for tidligt og har en let spastisk lammelse i venstre side. Vi er tyrkiske og taler mest tyrkisk derhjemme, så vi vil gerne have at hun får både fysioterapi og sprogstøtte. Hvem skal vi snakke med?

Mvh
Mehmet og Elif Kaya
""")

M("", """
Hej

Kan man søge om at sit barn går på en anden skole end distriktsskolen hvis der er plads? Vi vil gerne have Alma på Vibeholmskolen fordi hendes veninder går der.

Mvh
Josefine Lund
""")

M("e", """
Til Børn og Forebyggelse

Jeg har fået en underretning om min søn fra skolen, fordi han har haft meget fravær. Jeg vil gerne have aktindsigt i underretningen og vide hvem der har lavet den. Jeg synes ikke den er fair.

Venlig hilsen
Kim Steffensen
""")

M("", """
Hej

Hvor mange børn går der pr. voksen i Ishøjs vuggestuer i gennemsnit, og hvordan ligger vi i forhold til landsgennemsnittet?

Mvh
Sofie, mor til tre
""")

M("b", """
Hej

Vores søn Jonathan skal konfirmeres i Ishøj Kirke 2. maj, og det er en fredag. Vi er kristne og det betyder meget for os at han deltager i konfirmationsforberedelsen hver tirsdag 8.00-9.30. Skolen siger at det er "uden for skoletiden" men han misser jo matematik. Kan det løses?

Venlig hilsen
Anne og Thomas Gram
""")

M("", """
Hej

Jeg underviser i religion på en gymnasieskole og vil gerne tage en klasse med til Ishøj Moské og Ishøj Kirke på en temadag om religion i lokalsamfundet. Kan kommunen hjælpe med kontakt?

Mvh Lærke Holm
""")

M("hes", """
Kære Familieafdeling

Jeg er far til Noah (9) sammen med min mand Peter. Noah er anbragt hos os som plejebarn og han har en tilknytningsforstyrrelse og går hos børnepsykiater. Skolen vil nu flytte ham til en specialklasse. Vi er uenige og vil gerne have et netværksmøde med hans sagsbehandler.

Venlig hilsen
Martin Sørensen
""")

M("", """
Hej

Hvordan søger man om at få mad i daginstitutionen fravalgt? Vi vil hellere give madpakke med.

Hilsen Pia
""")

M("t", """
Hej Pladsanvisning

Jeg hedder Olena og er fra Ukraine. Vi kom hertil i 2022 på grund af krigen. Min søn Maksym skal starte i børnehaveklasse. Han taler dansk nu, men jeg vil gerne at han har modersmålsundervisning i ukrainsk. Findes det i Ishøj?

Tak
Olena Kovalenko
""")

M("", """
Hej

Vi har fået tilbudt plads i Børnehuset Stjernen, men vi ønskede Tumlingen. Kan vi takke nej og blive på ventelisten?

Venlig hilsen
Kathrine og Ole
""")

M("e", """
Hej

Jeg har fået en rykker på forældrebetaling for januar og februar, ialt 6.400 kr. Jeg har haft en fogedsag og har gæld til alle mulige. Kan jeg få en afdragsordning, så min datter ikke mister pladsen?

cpr: [[110389–2456]]

Mvh Jannie Pedersen
""")

M("", """
Kære Børne- og Skoleudvalget

Jeg er imod forslaget om at lukke Ishøj Skoles afdeling på Vejlebrovej. Børnene skal ikke gå over Ishøj Boulevard. Jeg håber I stemmer nej.

Med venlig hilsen
Bjarne Dahl
""")

M("h", """
Hej

Min datter Clara (7.c) har anoreksi og er lige blevet udskrevet fra børne- og ungdomspsykiatrien. Hun skal starte langsomt op i skolen, to timer om dagen. Skolen har bedt om at jeg skriver det til kommunen, så der kan laves en plan.

Venlig hilsen
Hanne Wulff
""")

M("u", """
Hej

Jeg er BUPL-tillidsrepræsentant i Børnehuset Regnbuen og vil gerne gøre opmærksom på at der er tre langtidssygemeldinger og ingen vikarer. Det går ud over børnene. Vi har rejst det på personalemødet uden resultat.

Venlig hilsen
Dorthe Mikkelsen
""")

M("", """
Hej

Hvad er reglerne for tilskud til privat pasning? Vi overvejer en dagplejer i Vallensbæk.

Mvh Peter
""")

M("eh", """
Hej

Jeg er enlig far til to og har fået kræft i tarmen. Jeg skal i kemo hver anden uge og kan ikke hente børnene i SFO. Jeg har brug for en form for hjælp i hjemmet eller en ledsageordning om eftermiddagen. Kan man søge om det? Jeg er på sygedagpenge.

Mvh
Thomas Jeppesen, [[050878-1637]]
""")

M("", """
Hej, er det rigtigt at I lukker Dagplejen i Ishøj Landsby? Hvad sker der med de børn som går der?
""")

M("t", """
Til Ishøj Skole

Min søn Ahmad er afghaner og kom til Danmark for et år siden. Han går i modtagelsesklassen. Han er 14 år men er sat i klasse med 10-årige. Det er ydmygende for ham. Kan han ikke komme i en klasse med jævnaldrende og få ekstra dansk?

Mvh far, Habib Rahimi
""")

M("", """
Hej

Jeg skal skrive en opgave om tosprogede elevers resultater i folkeskolen. Kan I sende tal for Ishøjs skoler fordelt på herkomst? Gerne anonymiseret.

Mvh Simone, lærerstuderende
""")

M("hs", """
Hej

Jeg er lærer på Gildbroskolen, og jeg har en elev i 8. klasse, Victor, som har betroet sig til mig om at han er bøsse og at han har selvmordstanker, fordi han bliver drillet. Han har givet mig lov til at kontakte PPR. Hvem er den rigtige at skrive til?

Venlig hilsen
Anette Rask, klasselærer
""")

M("", """
Hej

Er der planer om at åbne en fri skole eller privatskole i Ishøj? Vi søger en skole med mindre klasser.

Mvh
Familien Due
""")

M("e", """
Hej

Jeg er plejemor for Sofie, som er anbragt hos mig af Ishøj Kommune. Jeg skal have en ny børnehaveplads til hende, fordi vi er flyttet til Torslunde. Hvem skal ansøge, mig eller hendes sagsbehandler?

Mvh Birthe Kolding
""")

M("", """
Hej

Hvornår er der sommerferie for folkeskolerne i Ishøj i 2026? Jeg skal booke en rejse.

Tak
Mads
""")

M("b", """
Kære Vibeholmskolen

Vi er Jehovas Vidner og vores søn Lukas deltager ikke i fødselsdage, jul eller fastelavn. Vi vil gerne bede om at han får en alternativ aktivitet de dage, så han ikke bare sidder alene.

Med venlig hilsen
Familien Holm
""")

M("", """
Hej

Kan jeg få en liste over de SFO-fritidsaktiviteter der tilbydes efter sommerferien? Vi vil gerne vide om der er fodbold.

Mvh Søren
""")

M("ehb", """
Hej

Min datter Fatima (15) er blevet anbragt på et opholdssted efter en underretning fra skolen om at hun blev slået derhjemme. Vi er en troende muslimsk familie, og jeg er bekymret for at hun ikke kan få halal mad og bede på opholdsstedet. Hun har også fået angst og spiser ikke. Jeg vil gerne tale med sagsbehandleren.

Venlig hilsen
Amira Haddad
""")

M("h", """
Hej

Vores dagpleje Lene er syg i to uger. Hvor skal vores barn være i mellemtiden? Vi har fået besked om gæstedagpleje men ved ikke hvor.

Mvh Mathilde
""")

M("t", """
Hej

Jeg er tolk i arabisk og har tolket på forældremøder på Strandgårdskolen. Jeg vil gerne sige at det ikke er i orden at en lærer sagde til en far, at "I arabere tager jo aldrig jeres børns skolegang seriøst". Faren var Omar Saleh i 6.b. Han var meget ked af det.

Mvh
Rania Mahmoud
""")

M("", """
Hej Ishøj Kommune

Jeg vil gerne klage over at busserne til skolen i Torslunde ikke kører før kl. 7.55. Børnene kommer for sent.

Mvh
Kenneth Aabo
""")

M("s", """
hejsa

jeg er 16 og går på Ishøj Skole. jeg er lesbisk og vil gerne starte en LGBT+ klub på skolen efter skole. min kontaktlærer siger jeg skal skrive til kommunen om lokaler. kan det lade sig gøre?

mvh Frida
""")

M("", """
Hej

Er der muligheder for at få et LGBT+-oplæg på min søns skole, fx fra Sabaah eller LGBT+ Ungdom? Jeg synes det mangler i seksualundervisningen.

Venlig hilsen
Karen Bülow
""")

M("h", """
Hej

Jeg vil bare sige, at min søn Anton (2 år) har fået konstateret epilepsi og har haft to anfald i vuggestuen. Personalet har nu fået instruks fra Rigshospitalet om medicin. Vi vil gerne sikre at alle vikarer også får besked.

Mvh
Frederik Mølgaard
""")
