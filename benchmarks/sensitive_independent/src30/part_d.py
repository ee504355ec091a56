"""Part D: health and trade-union membership, mostly combined with economy and
social circumstances; several CPR numbers; hard negatives on the same words."""
from common import M

M("he", """Kære Jobcenter Ishøj

Jeg har været sygemeldt med en diskusprolaps siden august og er på sygedagpenge. Nu har jeg fået brev om, at min sag skal revurderes, og at jeg skal i arbejdsprøvning. Min læge siger at jeg ikke må løfte. Mit cpr-nr. er [[120379-2214]].

Venlig hilsen
Klaus Vestergaard""")

M("eu", """hej Tina, jeg er medlem af 3F og min a-kasse siger at jeg har opbrugt min dagpengeret til juli. jobcentret har ikke indkaldt mig til noget i 3 måneder. kan du spørge hvorfor? mvh Morten Bak""")

M("", """Hej. Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter til oktober? Jeg vil gerne tale med nogen om efteruddannelse. Mvh Kim""")

M("u", """Kære Personaleafdelingen

Som FOA-tillidsrepræsentant på Plejecenter Ishøjgård skriver jeg på vegne af kollegerne om de nye vagtplaner. Vi har ikke været inddraget, og planen lever ikke op til overenskomsten om hviletid.

Med venlig hilsen
Anette Birk, TR, FOA""")

M("", """Hvornår forhandles den nye overenskomst for social- og sundhedsassistenter, og hvad betyder det for lønnen i Ishøj Kommune? Jeg overvejer at søge job hos jer. Mvh Sabrina""")

M("h", """Hej Peter. Min datter Alma på 7 har type 1-diabetes, og SFO'en på Gildbroskolen siger de ikke kan hjælpe med at måle blodsukker efter kl. 14. Hun kan ikke være alene med det. Kan du hjælpe? Mvh Stine""")

M("he", """Til Center for Børn og Forebyggelse

Vi har søgt om merudgiftsydelse til vores søn Lucas, der har autisme og ADHD, til dækning af ekstra udgifter til medicin og kørsel til børnepsykiatrien. Ansøgningen er fra februar, og vi har ikke hørt noget. Lucas' cpr er [[040915-4827]].

Med venlig hilsen
Maria og Jakob Friis""")

M("", """Kære Sundhedsudvalg. Hvor mange børn i Ishøj har en autismediagnose, og hvor mange specialklassepladser har vi? Jeg sidder i skolebestyrelsen og vi skal drøfte inklusion. Mvh Kenneth Lund""")

M("h", """kære Lise. jeg er gravid i 7. måned og har fået at vide at jeg ikke kan cykle mere pga foddbækkenløsning. vores datter går i Troldehuset og jeg kan ikke hente hende til fods. er der mulighed for kørsel? mvh Sandra""")

M("he", """Til borgmester Merete Amdisen

Min mand Ole har fået en hjerneblødning og er lammet i højre side. Vi har søgt om trappelift og et badebræt, men fik at vide at der er 4 måneders ventetid på visitation. Han bor nu midlertidigt på genoptræningsafdelingen. Hans cpr er [[230648 1173]].

Venlig hilsen
Ruth Nielsen""")

M("", """Hej. Hvad er ventetiden på hjælpemidler som trappelift i Ishøj i øjeblikket? Vi er ved at bygge om for at forberede os på alderdommen og vil vide om det kan betale sig at vente på kommunen. Mvh. Birte og Carl""")

M("u", """Kære Hans Jørgen, jeg er medlem af HK og min fagforening har rådet mig til at klage over, at jeg ikke fik fast ansættelse efter mit vikariat i Borgerservice. Men jeg ved ikke om byrådet kan gøre noget? /Sanne""")

M("hu", """Hej Anette. Jeg er lærer på Strandskolen og medlem af DLF. Jeg er blevet sygemeldt med stress efter et forløb med en meget voldsom elev, og min kreds siger jeg skal anmelde det som arbejdsskade. Har kommunen en procedure? Mvh Jonas Winther""")

M("", """Til Børne- og Skoleudvalget

Danmarks Lærerforening, Ishøj Lærerkreds, inviterer udvalget til et dialogmøde om arbejdsmiljø og vold mod lærere den 20. november kl. 16 på Strandskolen.

Med venlig hilsen
Ishøj Lærerkreds""")

M("eu", """Kære Jesper, jeg er ledig og medlem af Krifa. Jobcentret har sagt jeg skal i virksomhedspraktik hos Netto, men min a-kasse siger det ikke tæller. Hvem har ret? Hilsen Oliver Brandt""")

M("", """Hej. Hvad er forskellen på en tværfaglig a-kasse som ASE og en fagforenings a-kasse? Jeg skal vælge en nu jeg er færdiguddannet. Mvh Clara""")

M("h", """hey, det er Mikkel. min far er indlagt på Hvidovre efter et fald og er meget forvirret. han bor alene på Ishøj Søvej. vi er bange for at han ikke kan klare sig hjemme. hvem skal vi ringe til?""")

M("he", """Kære Socialudvalget

Jeg er 34, har sklerose og får førtidspension. Min hjemmehjælp kommer om morgenen, men nu vil kommunen skære aftenbesøget væk. Jeg kan ikke selv komme i seng. Mit cpr-nummer er [[0811902036]] hvis I vil slå mig op.

Med venlig hilsen
Nanna Holm""")

M("", """Hej. Kan man få hjælp til at komme i seng om aftenen fra hjemmeplejen, eller er det kun om morgenen? Jeg er ny i Ældrerådet og vil gerne kunne svare, når folk spørger. Mvh Helga""")

M("hu", """Kære Ulla

Jeg er social- og sundhedsassistent i hjemmeplejen og medlem af FOA. Jeg er gået ned med en arbejdsskade i ryggen efter en forflytning uden lift. Min fagforening har anmeldt det. Jeg mangler nu kommunens tilbagemelding om skånejob.

Venlig hilsen
Dorthe Poulsen""")

M("h", """Hej Mads. Min søn Victor er blevet diagnosticeret med epilepsi, og hans børnehave vil ikke give ham hans anfaldsmedicin. Kan kommunen sørge for at personalet bliver oplært? Mvh. Trine Dalgaard""")

M("", """Kære byråd. Hvorfor bliver der ikke givet førstehjælpskursus til alt personale i daginstitutionerne? Det er et spørgsmål om børnenes sikkerhed. Mvh Forældrebestyrelsen i Krudtuglen""")

M("hbe", """Kære Lone

Min mor er 89 og lever med kræft i bugspytkirtlen. Hun er katolik og ønsker at præsten fra Sankt Mikaels Kirke kan komme og give hende den sidste olie på plejecentret, men personalet siger at besøg efter kl. 20 ikke er muligt. Kan du hjælpe?

Venlig hilsen
Teresa Kowalski""")

M("u", """Til Kultur- og Fritidsudvalget, fra Dansk Metal Ishøj afdeling ved Jan Hvid, afdelingsformand: Vi vil gerne leje Ishøj Idrætscenter til vores 1. maj-arrangement. Jeg er selv medlem og formand, og vi forventer 300 deltagere. Mvh Jan Hvid""")

M("", """Hej. Holder kommunen noget 1. maj-arrangement i år, eller er det kun fagbevægelsen der står for det? Mvh. Ib""")

M("he", """hej, jeg er i et jobafklaringsforløb efter at mine sygedagpenge stoppede. har depression og angst. min rådgiver er skiftet 4 gange på et år og nu skal jeg fortælle det hele igen. det kan jeg ikke. kan I gøre noget? mvh Mads""")

M("", """Kære Beskæftigelsesudvalg. Hvor mange borgere i Ishøj er i jobafklaringsforløb, og hvor lang tid tager et forløb i gennemsnit? Jeg er journalist på Vestegnen. Venlig hilsen Thomas Ravn""")

M("hu", """Kære Anders

Vi er to sygeplejersker fra Sundhedshuset, begge medlemmer af DSR, som er blevet sygemeldt med belastningsreaktion efter omstruktureringen. Vi vil gerne have et møde med dig om arbejdsmiljøet.

Med venlig hilsen
Lise Frost og Karina Ebbesen""")

M("", """Hej. Hvornår har Sundhedshuset åbent, og kan man få influenzavaccine der uden tidsbestilling? Mvh Poul""")

M("h", """Kære Henrik

Jeg har fået at vide, at jeg har en kræftknude i brystet og skal opereres den 9. maj. Jeg er formand for vejlaug på Lindevej og kan ikke deltage i mødet med kommunen om vejbelægningen. Kan det flyttes?

Venlig hilsen
Bodil Christensen""")

M("u", """hej Søren, det er Erik fra Lederne. jeg skal holde oplæg for vores lokale medlemmer og vil gerne invitere dig til at fortælle om erhvervsstrategien. jeg er selv medlem og tillidsrepræsentant hos Ishøj Havn. mvh Erik""")

M("", """Kære Erhvervsudvalg. Hvad er kommunens erhvervsstrategi for 2025-2028 og hvordan involveres de lokale virksomheder? Mvh Ishøj Erhvervsforening""")

M("heu", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Det Faglige Hus og er fyret efter 12 års ansættelse på grund af sygdom (kronisk migræne). Nu søger jeg fleksjob. Min fagforening har sagt at jeg skal henvende mig til rehabiliteringsteamet. Hvornår kan jeg komme til møde? Cpr.: [[150971–3385]].

Venlig hilsen
Lars Munk""")

M("", """Hvor ofte mødes rehabiliteringsteamet i Ishøj, og hvem sidder i det? Jeg er praktiserende læge og vil gerne forstå proceduren for mine patienter. Mvh læge Eva Holst""")

M("h", """Hej. Jeg har fået en depression efter min søns død og orker ikke at deltage i forældrerådet på Vibeholmskolen mere. Jeg vil gerne udtræde. Mvh Kirsten""")

M("he", """Kære Borgerrådgiver

Min far, Svend Aage Larsen (cpr [[170536-1028]]), er dement og bor på Plejecentret Hedelyen. I sidste uge blev han fundet alene i haven om natten. Jeg vil klage over tilsynet.

Med venlig hilsen
Hanne Larsen""")

M("", """Kære Ældreudvalg. Hvornår offentliggøres de uanmeldte tilsyn på plejecentrene for 2024? Jeg kan ikke finde dem på hjemmesiden. Mvh Ole Sand""")

M("u", """Hej! Jeg er ung og lige blevet medlem af BUPL's studenterafdeling fordi jeg læser til pædagog. Jeg vil gerne i praktik i en af kommunens børnehaver. Hvem skal jeg skrive til? Mvh Asta""")

M("hue", """Til borgmesteren

Jeg har arbejdet som chauffør i 20 år og er medlem af 3F. Sidste år fik jeg diagnosen Parkinsons og har mistet mit kørekort. 3F siger jeg skal søge om omskoling via kommunen. Det har jeg gjort to gange uden svar. Mit personnr er [[280266-1457]].

Venlig hilsen
Kurt Hansen""")

M("", """Hej. Kan man få støtte til kørekort hvis man har en kronisk sygdom? Jeg spørger generelt for min patientforening. Mvh Lene, Parkinsonforeningen Vestegnen""")

M("h", """Hej Mette, kun en hurtig: min kone Birgit har fået en ny hofte og kan ikke komme til generalforsamlingen i Ishøj Seniorklub. Hun lader hilse. Mvh Ejner""")

M("u", """Kære Morten Larsen

Jeg er medlem af Djøf og arbejder som jurist i en anden kommune. Jeg vil gerne stille op til Ishøj Kommunes Handicapråd som borgerrepræsentant. Er der interessekonflikt?

Mvh Emma Lorentzen""")

M("he", """kære Socialudvalg, min bror Anders er afhængig af heroin og bor på gaden i København. han er fra Ishøj og vil gerne i behandling. kommunen sagde han skal møde op personligt men han har ingen penge til tog. hjælp. Line""")
