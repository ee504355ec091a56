"""Part A: day care, school, PPR and special needs, food at school."""
from common import M

M("h", """
Hej Birgitte

Vores søn Malthe (6) har lige fået konstateret type 1-diabetes, og han starter i 0.A på Vibeholmskolen efter sommerferien. Hvem i kommunen skal vi tale med om, hvordan personalet i SFO'en hjælper ham med insulinen?

Mvh Camilla Bech
""")

M("", """
Hej

Hvornår åbner Strandgårdskolens SFO om morgenen i vinterferien? Og skal man tilmelde sig særskilt?

Tak, Jens
""")

M("he", """
Til PPR

Vi har fået afslag på specialskole til vores datter Ella, selvom hendes psykolog skriver at hun har svær angst og ikke kan rumme en klasse på 26. Vi vil gerne klage. Hendes cpr er [[140513-4682]].

Venlig hilsen
Dorthe og Anders Wiberg
Tranegilde Strandvej 38B
""")

M("", """
Kære udvalgsformand

Jeg synes det er helt forkert at man vil lukke specialklasserne på Gildbroskolen og samle dem ét sted. Inklusion lyder flot på papiret men børnene betaler prisen. Jeg håber I stemmer nej på mødet d. 12.

Hilsen en bekymret lærer
""")

M("e", """
hej, jeg har søgt om friplads til min datters vuggestueplads i marts og har stadig ikke hørt noget. jeg er alene med hende og er på kontanthjælp så vi kan altså ikke betale fuld pris. hvad sker der?? mvh jeanette

(barnets cpr [[030324 4417]])
""")

M("", """
Hej

Hvad koster en plads i kommunal dagpleje i 2027, og er der søskenderabat når man har to børn i SFO?

Venlig hilsen
Martin Holt
""")

M("s", """
Kære skoleleder

Min kone Sanne og jeg vil gerne høre, om skolen har noget materiale om regnbuefamilier til indskolingen. Vores dreng Otto har nemlig fået nogle spørgsmål i klassen om, hvorfor han har to mødre, og vi vil gerne hjælpe lærerne.

Mvh Louise Kragh
""")

M("", """
Hej

Er det rigtigt at kommunen har vedtaget en ny politik om mobiltelefoner i skoletiden? Hvor kan jeg læse den?

Mvh Søren
""")

M("t", """
Hej Ahmad

Min søn Yusuf er blevet kaldt "perker" af to drenge fra 5.B flere gange, og i går skubbede de ham ned af trappen. Vi er fra Irak, og han siger det altid handler om hvor han kommer fra. Skolen siger de "tager det op". Jeg vil bede dig som byrådsmedlem om at spørge ind til hvordan skolen håndterer racistisk mobning.

Venlig hilsen
Hanan Al-Saadi
""")

M("", """
Hej

Vi holder sommerfest i børnehaven Regnbuen d. 14. juni kl. 15-18. Alle forældre og bedsteforældre er velkomne. Kan kommunen låne os to borde-bænkesæt?

Hilsen forældrerådet
""")

M("hb", """
Kære køkken på Ishøj Skole

Vores datter Amira er muslim og spiser ikke svinekød, og hun har desuden cøliaki, så hun kan heller ikke tåle gluten. Kan skolemaden tage højde for begge dele? Hun går i 3.C.

Mvh
Rania og Karim
""")

M("", """
hej, er der nogen der ved om skolemaden er halal eller ej? altså generelt. mange forældre i vores klasse spørger

/ Nadia
""")

M("", """
Kære borgmester

Vi er en gruppe forældre fra Vejleåskolen der ønsker økologisk skolemad til alle elever. Det er et spørgsmål om folkesundhed. Vi har samlet 312 underskrifter som vi gerne vil aflevere.

Med venlig hilsen
Forældregruppen "Mad til alle"
""")

M("he", """
Til Center for Børn og Unge

Min søn Noah (UNI-login noah4721) har ADHD og er begyndt på medicin hos børnepsykiatrien i Glostrup. Vi har søgt om en støttepædagog i klassen og fået at vide at ansøgningen ligger hos visitationen. Hvornår kan vi forvente svar?

Noahs cpr: [[221015-5237]]

Mvh Kristian Dahl
""")

M("", """
Hej

Min søn har glemt sit UNI-login. Hans brugernavn er casp2401 og han går i 4.A. Hvem skal vi kontakte for at få en ny kode?

Mvh Pia
""")

M("", """
Hej

Vi står på ventelisten til Børnehuset Kløverly med nummer 2407151133. Hvor langt nede på listen er vi nu?

Hilsen familien Rask
""")

M("e", """
Kære pladsanvisningen

Vi har fået tilbudt plads i Kløverly fra 1. august, men jeg er blevet opsagt fra mit job og er ledig fra juli, så vi har ikke råd til fuld tid. Kan vi gå ned på deltidsplads? Ventelistenr. 1803221456, barnets cpr [[180322–4518]].

Mvh Mette Frandsen
""")

M("", """
Hej, hvad er reglerne for deltidsplads i vuggestue når man er på barsel med et nyt barn? Står det på hjemmesiden?
""")

M("h", """
Hej lærer

Freja har hjernerystelse efter håndboldkampen i weekenden og lægen siger hun skal skærme sig i 14 dage. Hun må ikke se skærm så kan hun få opgaverne på papir?

Hilsen Freja's far, Thomas
""")

M("", """
Kære Kirsten

Tak for et godt forældremøde i går. Kan du sende slides om den nye lektiecafé? Jeg kunne ikke nå at skrive det hele ned.

Venlig hilsen
Anja (mor til Liva i 2.B)
""")

M("hu", """
Hej

Jeg er lærer på Gildbroskolen og DLF-tillidsrepræsentant. En af mine kolleger er sygemeldt med stress efter en voldsom episode i en specialklasse, og jeg vil som TR gerne høre hvordan forvaltningen følger op på arbejdsmiljøet.

Venlig hilsen
Pernille Aagaard
""")

M("", """
Til skoleudvalget

Danmarks Lærerforening skriver i dag at mange kommuner mangler uddannede lærere. Hvor mange procent af lærerne i Ishøj er læreruddannede? Jeg spørger som forælder.

Mvh Leif
""")

M("", """
Hej

Vi er pædagoger i Troldehøj og vil gerne høre om kommunen har planer om at hæve normeringen i børnehaverne i næste budget. BUPL har lavet en opgørelse der viser at Ishøj ligger lavt.

Hilsen personalegruppen
""")

M("u", """
hej Jakob, jeg skriver som pædagog i Troldehøj og medlem af BUPL. vi er flere der har fået besked om at vores timer skæres ned fra januar. kan du som udvalgsformand sige noget om hvorfor?

/Line
""")

M("e", """
Kære PPR

Vi har fået bevilget en taxa til og fra skole til Liam, men chaufføren kommer ofte 20 min for sent. Hvem skal vi klage til? Liam går i specialklasse på Ishøj Skole.

Mvh Jannie Poulsen
""")

M("", """
Hej, hvordan søger man om kørsel til specialskole? Er der et skema? Jeg spørger for en veninde, hun ved ikke hvor hun skal starte
""")

M("h", """
Hej Sara

Jeg er gravid i 7. måned og har bækkenløsning, så jeg kan ikke længere hente Oscar i SFO'en kl. 16. Må hans morfar hente ham fremover? Han hedder Poul Ebbesen.

Mvh Katrine
""")

M("", """
Hej

Hvad gør skolen hvis et barn har lus? Vi har fået en seddel hjem men den er meget kort. Skal hele klassen behandles?

Mvh
""")

M("", """
Hej

Der er skoleindskrivning fra 1. november. Kan man skrive sit barn ind på en anden skole end distriktsskolen, og hvad er fristen?

Med venlig hilsen
Mikkel Bang
""")

M("t", """
Kære Vibeholmskolen

Vi er nyankomne fra Ukraine og min datter Sofiia taler kun lidt dansk. Hun er 9 år. Kan hun komme i modtageklasse, og hvordan skriver vi hende ind?

Med venlig hilsen
Olena Kovalenko
""")

M("", """
Hej

Hvor mange modtageklasser har kommunen i dag, og hvor mange børn går der i dem? Jeg skriver en opgave på seminariet om sprogstimulering.

Venlig hilsen
Ida, pædagogstuderende
""")

M("hb", """
hej med jer i SFO

Ibrahim faster under ramadanen, han vil selv gerne. Han er 11 og det er hans første gang. Han har astma så vil i holde lidt øje med ham til fodbold om eftermiddagen? Tak!
Mor
""")

M("", """
Hej

Holder SFO'en lukket på Eid-dagen i år, eller er det kun ferielukning i uge 29-30 der gælder?

Mvh
""")

M("", """
Hej

Jeg har en faktura fra SFO fra september (fakturanr. 0109241177) der ser ud til at være dobbelt opkrævet. Kan I se på det?

Venlig hilsen
Rikke Hansen
""")

M("e", """
Hej

Jeg skylder for 3 måneders SFO-betaling og har fået brev om at pladsen bliver opsagt. Jeg har fået ny afdragsordning med Udbetaling Danmark for noget andet og kan ikke betale det hele nu. Kan vi lave en aftale? Min cpr er [[210788-2915]].

Hilsen
Kenneth Ravn
""")

M("", """
Til borgerrådgiveren

Jeg vil gerne klage over, at kommunens hjemmeside om pasningsgaranti er helt uforståelig. Den siger både 3 og 4 måneder. Hvad er det?

Mvh Lene
""")

M("he", """
Hej Hanne

Vores søn Elias er autist, og vi har nu fået afslag på at han kan blive i sin specialgruppe i børnehaven til han er 7. Vi vil gerne bede om et møde med PPR og en begrundelse på skrift.

Venlig hilsen
Maja og Rasmus Kjeldsen
Elias' cpr [[011119 4231]]
""")

M("", """
Kære PPR

Hvordan er ventetiden på en udredning hos skolepsykologen lige nu? Vi har ikke et barn der venter, vi spørger for forældrebestyrelsen.

Mvh bestyrelsen på Strandgårdskolen
""")

M("h", """
sorry for late reply kirsten, maja har været indlagt på hvidovre med blindtarmsbetændelse og er først hjemme igen i dag. hun kommer i skole mandag

hilsen simone
""")

M("", """
Hej

Vi har hørt at der er mæslinger i Ishøj. Er det rigtigt, og er der noget vi som forældre skal gøre?

Mvh Camilla
""")

M("s", """
Kære klasselærer

Lige en info: Viggo bor skiftevis hos sin far og hos mig og min kone Trine. Han har to hjem, ét fællesskab. Kan skolebestyrelsens breve sendes til begge adresser?

Venlig hilsen
Marie Lund
""")

M("se", """
Hej

Jeg er far til Asta (4.B). Hendes mor og jeg er blevet skilt, og jeg bor nu med min mand Frederik på Ishøj Strandvej. Asta er hos os hver anden uge. Kan jeg få adgang til Aula med mit eget login?

Mvh Kasper Winther
""")

M("", """
Hej

Kan begge forældre få adgang til Aula hvis man ikke bor sammen? Hvordan gør man det generelt?

Tak
""")

M("", """
Til skolebestyrelsen

Jeg forstår ikke hvorfor der ikke er flere pauser i skoledagen. Mine børn er helt færdige når de kommer hjem. Den lange skoledag skal afskaffes!

Hilsen en træt mor
""")

M("t", """
Hej

Vi er en dansk-ghanesisk familie og vores datter Akua har fået at vide af en pædagog at hun ikke må have sine fletninger med perler på i gymnastik. Jeg oplever at det rammer hende fordi hun er sort. Kan I forklare reglen?

Mvh
Kofi Mensah
""")

M("", """
Hej

Hvor mange børn var der på Ishøj Skole i 2025 med anden etnisk baggrund end dansk? Jeg har set tallet nævnt i Ishøj Avis men kan ikke finde kilden.

Mvh
""")

M("b", """
Kære skolens ledelse

Vi er Jehovas Vidner og vores søn Daniel deltager derfor ikke i fødselsdagsfejringer og julearrangementer. Vi vil gerne finde en løsning hvor han ikke føler sig udenfor. Kan vi mødes?

Med venlig hilsen
Ruth og Peter Skovgaard
""")

M("", """
Hej

Hvad er skolens praksis når familier af religiøse grunde ikke ønsker deres børn med i kirke til juleafslutning? Bare et generelt spørgsmål.

Mvh Henrik
""")

M("b", """
Hej Søren

Vi er ateister og ønsker ikke at Signe skal med til skolegudstjeneste i Ishøj Kirke d. 20. december. Kan hun blive på skolen med en voksen?

Mvh Jesper Friis
""")

M("", """
Hej, bliver julegudstjenesten for skolerne holdt i Ishøj Kirke eller Torslunde Kirke i år? Og hvilken dag?
""")

M("e", """
Kære sagsbehandler på skoleområdet

Vi er blevet sat ud af vores lejlighed på Gildbroen og bor midlertidigt hos min søster i Greve. Kan børnene blive på Gildbroskolen selvom vi ikke bor i distriktet lige nu?

Mvh
Sabrina Holm
""")

M("", """
Hej

Hvilke regler gælder for at gå på en skole uden for sit skoledistrikt? Vi overvejer at flytte til Greve næste år.

Venlig hilsen
""")

M("h", """
Hej Tina

Lige så du ved det: Lucas har fået ordineret briller og skal have dem på i timerne. Han er også ved at blive udredt for ordblindhed hos øjenlægen/talepædagogen, så tålmodighed med læsningen.

Hilsen mor
""")

M("", """
Hej

Tilbyder kommunen ordblindetest for elever i 3. klasse, eller skal man selv betale?

Mvh Bettina
""")

M("", """
Hej Henrik

Jeg er formand for skolebestyrelsen på Vejleåskolen. Vi vil gerne invitere dig til vores temaaften om trivsel d. 3. marts kl. 19 i aulaen.

Venlig hilsen
Susanne Thorsen
""")

M("e", """
Hej

Jeg bor med mine to børn på krisecenteret i Ishøj efter at vi flygtede fra deres far. Børnene skal starte i skole. Kan I hjælpe? Deres cpr er [[050616-6324]] og [[230918 5538]].

Hilsen S.
""")

M("", """
Hej

Har Ishøj et krisecenter for kvinder, og hvordan kommer man i kontakt med dem? Jeg spørger fordi jeg skal holde et oplæg på min arbejdsplads.

Mvh Tove
""")
