"""corpus35 part G: hard negatives on property, health, economy, union and CPR -
finished trades, plots and local plans in general, services and rates, opinions,
institutions, and numbers that look like CPR numbers but are not."""
from common import M

M("", """Hej Byggesag

Vi købte huset på Gildbrohøj 23 i 2019, og handlen er for længst afsluttet. Nu vil vi bygge en carport. Skal vi søge, eller er den under 50 m² fri?

Venlig hilsen
Stine Kjær""")

M("", """Til Center for Byudvikling og Natur. Hvornår sætter kommunen de næste byggegrunde i Ishøj Landsby Vest til salg, og bliver det ved lodtrækning? Mvh""")

M("", """hej, vi fik nøglerne til vores nye lejlighed på Ishøj Boulevard i fredags og skødet er tinglyst. hvornår kommer der nyt navn på postkassen fra jer? eller skal vi selv? mvh Ida""")

M("", """Kære Hanne Birk

Byrådet har solgt den gamle skolegrund på Vejlebrovej til et boligselskab. Jeg synes ikke borgerne blev hørt. Hvordan kan det ske uden et borgermøde?

Med venlig hilsen
Kurt Lassen""")

M("", """Hej. Hvad er reglerne for forkøbsret, når kommunen har en lokalplan for et område? Jeg læser til ejendomsmægler og har eksamen om to uger. Mvh Sofie""")

M("", """Til Teknik og Miljø. Hvornår kommer den nye offentlige ejendomsvurdering for parcelhuse i Ishøj, og kan man klage over den hos jer? Mvh Torben""")

M("", """Hej! Vi har solgt vores rækkehus på Ishøj Strandvej og er flyttet til Greve for to måneder siden. Skal vi selv afmelde renovationen, eller sker det automatisk? Mvh Hanne og Per""")

M("", """Dear Sir, what are the rules for foreigners buying a summer house in Denmark? I am only asking for general information, I do not plan to buy now. Regards, Klaus Weber""")

M("", """hej kommunen har købt marken ved Tranegilde til regnvandsbassin – hvornår begynder gravearbejdet? det stod at handlen var på plads i december. mvh nabo""")

M("", """Til Byrådet

Jeg er imod, at kommunen sælger grønne områder til private bygherrer. Ishøj Strandpark skal forblive offentlig for altid.

Venlig hilsen
Ellen Rask""")

M("", """Hej, hvor finder jeg lokalplanen for Ishøj Bycenter? Der går rygter om at området skal omdannes til boliger. Mvh""")

M("", """Til Byggesag. Jeg er ejendomsmægler og vil gerne vide hvor lang sagsbehandlingstid I har på BBR-rettelser i øjeblikket. Det er til vores kundeinformation. Mvh Lotte Dam, EDC Ishøj""")

M("", """Hej Borgerservice, hvor kan jeg finde ud af om der er en jordforurening registreret på en adresse? Er det jer eller Regionen? Mvh Anders""")

M("", """Hej. Hvornår er Sundhedshuset på Ishøj Boulevard åbent i sommerferien? Mvh Grete""")

M("", """Til kommunen. Hvor kan man blive vaccineret mod influenza i Ishøj i år, og er det gratis for over 65? Mvh""")

M("", """Hej! Kører der stadig en bus direkte fra Ishøj Station til Hvidovre Hospital? Min nabo spurgte mig, og jeg kunne ikke finde ud af det på Rejseplanen. Mvh Kirsten""")

M("", """hej, jeg er uddannet sygeplejerske og vil gerne høre om I mangler vikarer i hjemmeplejen i sommer. mvh Louise Bech""")

M("", """Til Ældrerådet. Ventetiden på genoptræning i Ishøj er blevet for lang. Jeg synes byrådet skal prioritere flere fysioterapeuter. Venlig hilsen Ole Krog""")

M("", """Hej Kultur og Fritid. Vi samler ind til Kræftens Bekæmpelse ved Ishøj Havn den 8. juni. Må vi stille en bod op ved havnefronten? Mvh Hanne fra Lions Club Ishøj""")

M("", """Hej. Hvad er satserne for boligstøtte i 2025 for en familie med to børn? Jeg vil bare regne ud om det kan betale sig at flytte. Mvh""")

M("", """Til borgmesteren

Jeg synes kontanthjælpsreglerne er alt for stramme. Det er umenneskeligt at folk skal arbejde 225 timer for at beholde ydelsen.

Mvh Gunnar Holm""")

M("", """Hej, hvornår kommer det nye sundhedskort, når man flytter kommune? Og kan man bruge det gamle i mellemtiden? Mvh""")

M("", """Hej Jens, hvor mange borgere i Ishøj er på kontanthjælp lige nu, og hvordan ligger vi i forhold til Brøndby? Jeg skal bruge det til et læserbrev. Mvh Finn""")

M("", """Til jobcentret. Hvilke fagforeninger deltager i jobmessen i Ishøj Bycenter den 12. marts? Mvh Anne""")

M("", """Hej. Jeg er i ASE og vil bare høre om man skal melde sig hos jer eller hos a-kassen, hvis man en dag bliver ledig. Ikke aktuelt, bare for at vide det. Mvh Claus""")

M("", """Hej, hvad er overenskomstens regler for weekendtillæg for kommunalt ansatte pædagoger? Jeg skriver en artikel til fagbladet. Mvh journalist Jens Bøgh""")

M("", """Kære byrådsmedlem

3F har i avisen kritiseret kommunens brug af vikarbureauer. Hvad er byrådets svar? Jeg er bare en interesseret borger.

Mvh Lise Lind""")

M("", """Hej kommunen, jeg har fået en faktura nr. 2303851104 for rottebekæmpelse, men rotten var hos naboen. Kan I se på den? Mvh Søren Hedegaard, Ishøj Søvej 15""")

M("", """Til Forsyningen. Mit kundenummer er 0107861234 og jeg har fået dobbelt regning på vand for 4. kvartal. Beløbet er 1.876 kr. Kan I rette det? Mvh Berit Dahl""")

M("", """Hej Byggesag. Vedr. jeres journalnr. 01.03.00-P19-1234-24 – hvornår kan jeg forvente svar på min ansøgning om overdækket terrasse? Mvh Ahmed Rahimi""")

M("", """Hej, mit P-nummer er 1012345678 og jeg skal ændre adressen på vores lille café i Ishøj Bycenter. Hvordan gør jeg? Mvh Leyla, Café Sol""")

M("", """Til Teknik og Miljø. Måler nr. 150376 2281 står i kælderen hos os og viser et mærkeligt forbrug. Kan I sende en montør? Mvh Villy Brandt, Torslunde Bygade 12""")

M("", """Hej. Jeg har fået et girokort med betalings-ID 3112994321 for hundeskat, men hundeskat er afskaffet, ikke? Mvh""")

M("", """Hej kommunen, bilag nr. 050621-0087 mangler i min udbetaling for foreningstilskud til Ishøj Skakklub. Kan I sende det igen? Mvh Kasserer Bent Hvid""")

M("", """Til Borgerservice. Vores CVR er 38142297 og vi ønsker at blive leverandør af frugt til kommunens skoler. Hvem skal vi kontakte? Mvh Ishøj Frugt ApS""")

M("", """Hej Lone. Mit telefonnummer er 26 14 08 93, ring gerne om cykelstien ved Vejlebrovej. Hilsen Peter""")

M("", """hej jeg har fået ordrenummer 2204871932 på min bestilling af storskrald, men ingen kom. kan i tjekke? mvh Dorthe""")

M("", """Til Ishøj Bibliotek. Mit lånerkort nr. 1509754412 virker ikke i selvbetjeningsautomaten. Mvh Jonas""")

M("", """Hej Byudvikling

Jeg har læst jeres forslag om at kommunen køber jord ved Tranegilde til et nyt boligområde. Hvornår er der borgermøde? Jeg vil gerne høre om trafikken.

Mvh Henrik Lauesen""")

M("", """Hej. Hvad koster det at få en ejendomsmægler til at vurdere et kolonihavehus? Jeg er kasserer i haveforeningen og vil lave en guide til medlemmerne. Mvh Svend""")

M("", """Til Center for Voksne og Velfærd

Hvor mange pladser er der på Ishøj Plejecenter, og hvor lang er ventelisten i gennemsnit? Jeg skal skrive et oplæg til Ældresagens lokalafdeling.

Venlig hilsen
Ruth Krogh""")

M("", """Hej. Kan man søge om hjemmehjælp digitalt, eller skal man ringe? Jeg spørger for at kunne hjælpe på seniorcaféen, hvor folk tit spørger. Mvh Birthe, frivillig""")

M("", """Hej, hvornår har Jobcentret åbent for personlig henvendelse? Mvh""")

M("", """Til Center for Børn og Forebyggelse. Hvordan laver man en underretning, og kan den være anonym? Jeg er træner i fodboldklubben og vil gerne vide det, hvis det en dag bliver relevant. Mvh Dennis""")

M("", """Hej Borgerrådgiver. Hvor mange klager fik I i 2023, og hvor mange gik på Center for Voksne og Velfærd? Jeg læser jura og skriver om borgerrådgivere. Mvh""")

M("", """Kære Merete

Tillykke med valget som borgmester. Jeg håber du vil bruge de næste fire år på at give Ishøj en rigtig biograf.

Venlig hilsen
Jørgen""")

M("", """hej, kan man parkere gratis ved Arken om søndagen? mvh""")

M("", """Hej Teknik og Miljø

Der er et stort hul i asfalten på Ishøj Strandvej ud for nr. 80. Det er farligt for cyklister.

Mvh Thomas Kjeldsen""")

M("", """Til Kultur og Fritid. Kan vi leje Ishøj Idrætscenter til et stævne for veteranhold i håndbold den 12. oktober? Vi er ca. 120. Mvh Ishøj IF""")

M("", """Hej Michael. Hvorfor er skraldespandene på Ishøj Havn altid fyldte i weekenden? Det tiltrækker måger. /Line""")

M("", """Hej, jeg er lærer på Vibeholmskolen og vil gerne høre, om kommunen har undervisningsmateriale om de danske regler for ægteskab og skilsmisse. Mvh Lars Hjort""")

M("", """Til Borgerservice

Hvordan søger man om pas til et barn under 18? Skal begge forældre møde op?

Mvh Jeanette""")

M("", """Hej. Hvad er reglerne for at holde høns i en villahave i Ishøj? Mvh Kim, Ishøj Landsby""")

M("", """Til borgmesteren. Jeg synes kommunens nye logo er grimt. Hilsen en ærlig borger""")

M("", """Hej. Er der gratis lektiehjælp for børn i Ishøj om eftermiddagen? Mvh""")

M("", """Til Ishøj Kommune

Jeg repræsenterer Ishøj Grundejerforening. Vi ønsker et møde om vejbelysningen i området omkring Gildbrohøj, som er meget mørkt om vinteren.

Med venlig hilsen
Formand Erik Nørgaard""")

M("", """Hej kommunen, hvad er reglerne for at sælge sin bolig til sine børn under markedsprisen? Det er et generelt spørgsmål fra vores pensionistklub. Mvh Bodil""")

M("", """Hello, does the municipality help with finding a doctor for newcomers? I moved to Ishøj last week. Thank you, James""")

M("", """Til Center for Borger, Økonomi og IT. Jeg kan ikke logge på jeres selvbetjening med MitID. Den siger fejl 4021. Mvh Torben""")

M("", """Hej. Hvordan bliver man plejefamilie i Ishøj, og hvad kræver det? Vi overvejer det bare, vi har ikke søgt. Mvh""")

M("", """Kære Lotte

Hvad er din holdning til at bygge flere almene boliger i Ishøj Landsby? Jeg bor selv i ejerbolig og synes der mangler blandede boligformer.

Mvh Anne Holst""")
