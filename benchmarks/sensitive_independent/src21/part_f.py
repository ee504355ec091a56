"""corpus21 part F: mails that carry CPR numbers (own cases pushed through politicians), and look-alike numbers in hard negatives."""
from common import M

M("e", """Kære borgmester

Jeg har skrevet til jobcentret tre gange uden svar. Jeg er på kontanthjælp og har fået trukket 2.300 kr. i min ydelse for en samtale, jeg aldrig fik indkaldelse til. Mit cpr-nummer er [[040588-2913]]. Jeg vil bare have pengene tilbage.

Venlig hilsen
Kenneth Vilhelmsen""")

M("", """Kære borgmester

Jeg har fået en regning fra kommunen på parkering ved rådhuset, fakturanr. 2210791436, selvom jeg havde en gyldig P-skive. Jeg har klaget to gange. Hvem kan hjælpe?

Venlig hilsen
Jan Bro""")

M("h", """Til Sundheds- og Forebyggelsesudvalget

Min far Arvid Kjær, [[150352 0788]], har ventet 11 uger på genoptræning efter en knæoperation på Glostrup. Han har fået at vide, at kommunens genoptræningscenter har ventetid på grund af mangel på fysioterapeuter. Han kan ikke gå på trapper. Jeg beder udvalget om at se på ventetiderne generelt og på hans sag konkret.

Mvh Lise Kjær""")

M("", """Til Sundheds- og Forebyggelsesudvalget

Ventetiden på genoptræning efter operationer er steget til 9 uger i gennemsnit ifølge kommunens egen kvalitetsrapport. Det er for lang tid. Hvad er planen?

Mvh Dansk Sygeplejeråd, pensionistgruppen""")

M("e", """hej Jesper, jeg har fået afslag på enkeltydelse til en ny vaskemaskine, jeg er enlig mor med 3 børn og kan ikke vaske tøj. mit cpr er [[081264–3341]]. hvad kan jeg gøre? /Nadia""")

M("eh", """Kære Mette Kragh

Jeg skriver på vegne af min søn, Lucas Holm, [[121005-4872]]. Han er 19, har en svær depression og har været indlagt på psykiatrisk afdeling to gange i år. Han er droppet ud af gymnasiet og er nu på uddannelseshjælp. Kommunen vil have ham i praktik på et lager, men det kan han ikke klare. Jeg har fuldmagt.

Venlig hilsen
Tina Holm""")

M("", """Kære Mette Kragh

Jeg læste i avisen, at antallet af unge på uddannelseshjælp med psykiske diagnoser er fordoblet på 10 år. Hvad gør kommunen for denne gruppe? Er der et samarbejde med regionspsykiatrien?

Venlig hilsen
Mette Engberg, psykolog""")

M("he", """Til borgmesteren

Jeg hedder Svend Åge Thomsen, cpr [[250947-1126]]. Jeg er 78 og har Parkinson. Jeg fik i sidste uge at vide, at min hjælp til bad bliver skåret fra to til én gang om ugen. Jeg kan ikke selv komme ind og ud af badekarret. Det er uværdigt.

Svend Åge Thomsen
Gildbrovej 40""")

M("et", """Kære Integrationsrådet

Jeg er fra Eritrea og har fået opholdstilladelse. Jeg er på integrationsydelse og bor i en lille lejlighed med min bror. Jeg har fået et brev om, at jeg skylder kommunen 14.000 kr. for en for meget udbetalt ydelse. Jeg forstår ikke brevet. Mit personnummer er [[0111731552]].

Venlig hilsen
Tesfay Gebremedhin""")

M("", """Kære Integrationsrådet

Kommunens breve om tilbagebetaling er svære at forstå, også for folk med dansk som modersmål. Kan rådet anbefale, at brevene skrives om i et enklere sprog?

Venlig hilsen
Sprogcafé Ishøj""")

M("u", """Til Kirsten Holt

Vedr. min tjenestemandspension fra kommunen. Jeg er pensioneret skolelærer og stadig medlem af DLF som pensionist. Der er en fejl i min pensionsberegning, og Lærerforeningen har bedt mig skrive til kommunen direkte. Cpr. [[170884 2349]].

Med venlig hilsen
Asger Frølund""")

M("e", """Kære borgmester

Min datter Ellie, født [[090412–7731]], er blevet anbragt uden for hjemmet i sidste måned. Jeg er ikke enig i anbringelsen, og min advokat har klaget til Ankestyrelsen. Jeg skriver til dig, fordi jeg vil have, at politikerne ved, hvordan familieafdelingen behandler forældre. Ingen har ringet tilbage i fire uger.

Venlig hilsen
Camilla Svendsen""")

M("", """Kære borgmester

Antallet af anbringelser i Ishøj er faldet de sidste år. Er det et resultat af de forebyggende indsatser, eller af besparelser? Jeg vil gerne se en analyse.

Venlig hilsen
Jens Torp, socialrådgiver""")

M("he", """hej Tina, min mor Jytte Kastrup [[310165-0962]] har lige fået konstateret lungekræft og skal i strålebehandling 5 dage om ugen på Herlev. hun har fået afslag på kørsel fordi hun "kan tage offentlig transport". hun kan knap gå 50 meter. kan du sende det videre? /Rasmus""")

M("", """Hej Tina. Hvad er reglerne for kørsel til behandling på hospitalet? Betaler kommunen eller regionen? /Kirsten""")

M("eu", """Til Økonomiudvalget

Jeg er tidligere ansat i kommunens rengøring og blev fyret under udliciteringen. Jeg er medlem af 3F, og de har rejst en sag om, at jeg skulle være virksomhedsoverdraget. Jeg har i mellemtiden været på dagpenge i 8 måneder. Mit personnummer er [[280299\u00a03418]]. Jeg vil gerne vide, om udvalget kender sagen.

Med venlig hilsen
Sofie Hansen""")

M("t", """Kære Ahmad

Jeg er vietnamesisk født, og jeg kom som bådflygtning i 1979. Jeg har fået brev om, at mit statsborgerskab ikke er registreret korrekt i CPR-registret, og at jeg står som "statsløs". Mit cpr er [[190843-1455]]. Borgerservice siger, at de ikke kan rette det. Kan du hjælpe mig med at finde ud af, hvem der kan?

Med venlig hilsen
Nguyen Van Minh""")

M("h", """Til Social- og Seniorudvalget

Min mand, Hans Ravnkilde, født [[2604582203]], har haft en hjerneblødning og sidder i kørestol. Vi har søgt om en rampe til vores hus på Kildebrøndevej for fem måneder siden og venter stadig. Han kan ikke komme udenfor. Jeg håber, udvalget kan fremskynde sagen.

Venlig hilsen
Birthe Ravnkilde""")

M("", """Til Social- og Seniorudvalget

Hvad er den gennemsnitlige sagsbehandlingstid for boligændringer, fx ramper og dørudvidelser, i Ishøj? Jeg har set, at den er op til et halvt år i nogle kommuner.

Venlig hilsen
Danske Handicaporganisationer, Ishøj""")

M("eh", """Til borgmesterens PA

Vedr. min ansøgning om friplads i SFO og daginstitution for mine to børn. Jeg er på sygedagpenge og har ikke haft indtægt ud over dem i 6 måneder. Jeg vedlægger min lønseddel. Cpr.nr.: [[111181 1670]].

Mvh Hatice Kaya""")

M("", """Til borgmesterens PA

Jeg har fået et brev med journalnr. 27.12.04-G01-111181 fra jer. Det handler om mit hegn mod kommunens grønne område. Hvem er sagsbehandler?

Mvh Kurt Hedegaard""")

M("eb", """Kære Lars

Jeg er praktiserende muslim, og jeg har fået en sanktion fra jobcentret, fordi jeg afslog et job i en slagterafdeling med svinekød. Jeg var villig til alle andre job. Jeg får kontanthjælp og har nu fået trukket tre uger. Mit cpr er [[070776–2289]]. Jeg synes, det er forkert.

Med venlig hilsen
Abdullahi Warsame""")

M("", """Kære Lars

Må jobcentret sanktionere folk, der af religiøse grunde afslår bestemte job? Hvad siger loven? Jeg spørger som medlem af en frivillig rådgivning.

Med venlig hilsen
Retshjælpen Vestegnen""")

M("he", """Hej Hanne

Min datter Asta, [[140394-3904]], er 31 og har en udviklingshæmning. Hun bor på et bosted i Ishøj og er blevet flyttet til en anden afdeling uden, at vi som forældre blev spurgt. Hun er meget utryg nu og har fået flere anfald af epilepsi. Vi beder dig sende sagen videre.

Mvh Jan og Else Brix""")

M("e", """Til Kirsten Holt

Jeg er 74 og har fået en regning på 9.400 kr. for tilbagebetaling af boligstøtte, fordi min afdøde mands pension ikke blev indberettet korrekt. Jeg har ikke pengene. Mit cpr er [[230150\u00a00446]]. Kan kommunen lave en afdragsordning?

Venlig hilsen
Else Marie Bjerg""")

M("", """Hej. Jeg har fået et kundenummer 2301500446 hos HOFOR og kan ikke logge ind. Er det kommunen, der styrer det? /Anna""")

M("eh", """Kære borgmester

Jeg er blevet opsagt fra min lejlighed, fordi jeg har brug for at kunne have min servicehund, som jeg har pga. PTSD fra min udsendelse til Afghanistan. Boligselskabet siger, at hunde ikke er tilladt. Jeg står til at blive hjemløs i januar. [[291268-1718]]

Venlig hilsen
Michael Dahl, veteran""")

M("", """Kære borgmester

Kommunen bør lave en veteranpolitik, som mange andre kommuner har. Veteraner har særlige behov, fx i forhold til bolig og beskæftigelse.

Venlig hilsen
Soldaterforeningen Vestegnen""")

M("et", """Hej Integrationsrådet. jeg hedder Fatima og er fra Afghanistan. jeg bor i Ishøj med mine 4 børn og min mand er fængslet. jeg har ikke penge til husleje denne måned. mit cpr [[020989 4411]]. kan nogen hjælpe mig?""")

M("h", """Kære Anne-Mette

Min søn, Aksel, [[160217-5520]], har type 1-diabetes og går i børnehaveklasse på Tangsø Skole. SFO'en har sagt, at de ikke kan give ham insulin, fordi der ikke er uddannet personale om eftermiddagen. Jeg må gå fra arbejde hver dag kl. 13. Jeg beder udvalget om at sikre, at alle skoler har personale, der kan hjælpe børn med diabetes.

Med venlig hilsen
Louise Engel""")

M("", """Kære Anne-Mette

Hvordan sikrer skolerne, at børn med kroniske sygdomme får den hjælp, de skal have i SFO'en? Jeg sidder i skolebestyrelsen og vil gerne have en politik.

Med venlig hilsen
Thomas Vinther""")

M("u", """Til borgmesteren

Jeg er formand for HK-klubben på rådhuset og skriver på vegne af mig selv. Min lønseddel for oktober er forkert, og jeg har fået en fejlmeddelelse med mit personnummer [[270871-2058]] i en mail, der er sendt til 40 kolleger. Det er et databrud, og jeg beder om, at det bliver undersøgt.

Med venlig hilsen
Trine Hvidberg""")

M("", """Til borgmesteren

Har kommunen haft databrud i 2024, og hvor mange er blevet anmeldt til Datatilsynet? Det bør stå i årsrapporten.

Med venlig hilsen
Morten Lyng""")

M("e", """Til Hanne Friis

Jeg har været i fængsel i 2 år og er lige blevet løsladt. Jeg har ingen bolig og bor på sofaen hos en ven i Vejleåparken. Kriminalforsorgen siger, at kommunen skal hjælpe mig med en bolig. Jeg har skrevet til borgerservice med mit cpr [[0903621117]], men intet hørt.

Mvh Lasse""")

M("", """Til Hanne Friis

Løsladte fanger uden bolig begår ofte ny kriminalitet. Kommunen bør have en fast aftale med Kriminalforsorgen om boliger. Hvordan gør Ishøj det i dag?

Mvh Foreningen for Fangers Pårørende""")

M("he", """Kære udvalgsformand

Vedr. mit barnebarn Theo, født [[080908-4417]]. Han har en sjælden muskelsygdom, og hans forældre har søgt om et hjælpemiddel, en særlig kørestol, for fire måneder siden. Jeg ved, at udvalget ikke kan behandle sagen, men jeg vil bare fortælle, hvad ventetiden betyder: han kan ikke komme med klassen på tur.

Venlig hilsen
Morfar Jørgen""")

M("", """Kære udvalgsformand

Min ordre nr. 080908-4417 på en cykelstol fra kommunens hjælpemiddeldepot er ikke ankommet. Hvornår kommer den?

Venlig hilsen
Birgit Lau""")

M("e", """hej Jens! min nabo Anni, [[131266\u00a02571]], har fået slukket for strømmen fordi hun ikke har betalt, og hun er alene og har ingen at spørge. jeg har hendes fuldmagt. kan kommunen hjælpe hende med regningen? /Bente fra nr. 9""")

M("t", """Til Kultur- og Fritidsudvalget

Jeg er same fra Nordnorge og har boet i Danmark i 30 år. Jeg vil gerne søge om tilskud til en udstilling om samisk kunst i Ishøj Bibliotek. Mit cpr-nr. er [[200475–1440]], hvis I skal bruge det til ansøgningen.

Med venlig hilsen
Inga Sara Helander""")

M("", """Til Kultur- og Fritidsudvalget

Hvordan søger man tilskud til en udstilling på biblioteket? Skal man være en forening, eller kan privatpersoner også søge?

Med venlig hilsen
Karen Birk""")

M("e", """Kære borgmester

Jeg er 74 og bor alene. Jeg har fået hjemmehjælp i to år, men nu er den blevet skåret, fordi "jeg kan selv". Jeg skriver mit cpr [[151149 0692]], så I kan finde min sag. Det er ikke i orden.

Venlig hilsen
Ruth Kjeldsen""")

M("he", """Til borgmesteren

Min kone, Ingrid, [[010178-3306]], er gravid i 32. uge og har svangerskabsforgiftning. Hun er indlagt på Hvidovre. Vi har tre andre børn og har søgt om aflastning, men har ikke hørt noget. Jeg skriver til dig, fordi jeg ikke ved, hvem der ellers kan hjælpe.

Med venlig hilsen
Johan Vestergaard""")

M("", """Til borgmesteren

Jeg skal bruge en attest fra kommunen til min bank. Mit låneprojekt har nr. 010178-3306-A. Hvem udsteder den?

Med venlig hilsen
Sven Mølby""")

M("ueh", """Hej Mette

Jeg er medlem af FOA og var social- og sundhedsassistent i kommunen, indtil jeg blev afskediget efter langvarigt sygefravær. Sygdommen har jeg ikke lyst til at skrive om. Jeg har nu søgt fleksjob. cpr [[2205873118]]. Jeg vil gerne vide, hvor lang ventetiden er på en afklaring.

Hilsen Nanna""")

M("et", """Kære borgmester

Min mor er fra Thailand og bor hos os. Hun taler ikke dansk og har ikke ret til folkepension endnu, fordi hun ikke har boet her længe nok. Hun får ingen ydelser overhovedet, og vi forsørger hende. Hun har cpr [[180555-0327]]. Vi vil spørge, om hun kan få hjælp til danskundervisning gratis.

Med venlig hilsen
Søren og Pim Lindgaard""")

M("", """Kære borgmester

Reglerne for optjening af folkepension for indvandrere er urimelige for dem, der kommer som ældre. Det bør byrådet sige højt.

Med venlig hilsen
Ældre Sagen, lokalkomiteen""")

M("eh", """Hej Lars, det er om min storebror Carsten, [[290284-2461]]. han sover i sin bil og har gjort det i 3 uger. han har en misbrugshistorik men er clean nu. kommunen siger at der ikke er plads på herberget. kan du se på det? /Dorthe""")

M("", """Til byrådet

Hvor mange hjemløse er der i Ishøj ifølge den seneste VIVE-kortlægning? Jeg kan se tal for 2022, men ikke nyere.

Venlig hilsen
Projekt Udenfor, frivillig""")

M("u", """Kære Kirsten

Jeg er fællestillidsrepræsentant for Dansk Metal på kommunens driftsgård. Vi har en medarbejder, der er kommet til skade, og jeg vil ikke nævne detaljer her, men jeg vil bede om, at arbejdsmiljøudvalget ser på løfteudstyret.

PS: Et privat spørgsmål, undskyld at jeg blander det: min far, Villy Olsen, [[241032-1193]], har stadig ikke fået svar på sin ansøgning om nyt sygesikringskort efter flytningen. Hvem skal han ringe til?

Mvh Kenneth Olsen""")

M("e", """Til Social- og Seniorudvalget

Min svigermor, Edith Lund, [[060637 1042]], bor alene på Ishøj Bygade. Hun får hjemmehjælp og er blevet visiteret til færre timer. Jeg vil gerne have hjælp til at få sagen set igen.

Venlig hilsen
Karsten Holm""")
