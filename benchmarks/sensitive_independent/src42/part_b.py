"""Part B: Christmas help, julehjælp applications, church and association life in December."""
from common import M

M("e", """
Hej

Jeg vil gerne søge julehjælp i år igen. Jeg er alene med tre børn og lever af kontanthjælp efter jeg blev skilt i foråret. Hvor skal ansøgningen sendes hen?

Mange hilsner
Camilla Thorsen
""")

M("", """
Til hovedpostkassen

Hvilke foreninger i Ishøj uddeler julehjælp i år, og hvornår er fristen? Jeg vil gerne lægge en liste op i vores opgang.
""")

M("eb", """
Kære Sognepræst og kommune (cc byrådet)

Jeg er muslim og har tre børn. Jeg har fået julekurv fra kirken sidste år og var glad, men i år siger de at man skal være medlem af folkekirken for at få. Er det rigtigt? Vi har meget lidt penge, jeg er på uddannelseshjælp.

Hilsen Amina
""")

M("", """
Er det muligt at låne rådhusets sal til et julearrangement for ensomme ældre d. 24. december? Vi er frivillige fra Røde Kors.
""")

M("b", """
Kære Bente Nielsen

Som aktiv i Socialdemokratiets lokalforening i Ishøj i 25 år vil jeg sige at det er pinligt, at partiet ikke går ind for at støtte juleuddelingen økonomisk. Jeg tager det op på generalforsamlingen.

Kammeratlig hilsen
Erik Bruun
""")

M("", """
Hej, jeg vil høre om kommunen giver tilskud til juletræsfesten i Vejleåparken. Vi er en beboerforening og har søgt før. Ansøgningsnummer 231124-0057.
""")

M("e", """
hej jeg har fået afslag på julehjælp fra kommunen men min nabo fik. jeg forstår ik hvorfor, jeg er også på kontanthjælp. kan i se på det igen. cpr [[1009952413]]

Ahmed
""")

M("", """
Kære borgmester

Tak for julebelysningen på Ishøj Torv. Den er flottere end nogensinde. Gid flere ting i kommunen var lige så godt tænkt.

Mvh Karen Juhl Andersen
""")

M("ts", """
Hej Mikkel

Min mand Yusuf og jeg (Thomas) vil gerne være frivillige til julefrokosten for hjemløse i Kulturhuset. Yusuf er kurdisk og taler både arabisk og tyrkisk, så han kan hjælpe med at tolke. Hvem skal vi skrive til?

Mvh Thomas Brink
""")

M("", """
Til direktionsassistenten. Vi er fra Ishøj Menighedsråd og vil høre om kommunen kan hjælpe med at skovle p-pladsen ved kirken før julegudstjenesterne. Julegudstjeneste er kl. 14, 15.30 og 23.
""")

M("b", """
Hej

Jeg er Jehovas Vidne og vi fejrer ikke jul. Min datter i 2. klasse på Ishøj Skole skal lave julepynt hele december. Kan hun få andre opgaver i de timer? Læreren siger at jeg skal spørge ledelsen.

Mvh
Miriam Holm
""")

M("", """
Hvorfor skal kommunen bruge penge på juletræ ved rådhuset når der er så mange der ikke har råd til mad? Det forstår jeg ikke. Mvh en borger
""")

M("he", """
Kære Socialrådgiver / julehjælp

Jeg søger om julehjælp. Jeg er 58, førtidspensionist pga. sclerose og bor alene i Gildbroparken. Efter huslejen har jeg ikke meget tilbage i december. Jeg vedlægger min pensionsmeddelelse.

Venlig hilsen
Lene Poulsen
[[2611660412]]
""")

M("", """
Til Center for Børn og Forebyggelse. Hvordan kan familier søge om at få en julekurv fra Mødrehjælpen, og er det kommunen eller Mødrehjælpen der vurderer?
""")

M("t", """
Hej
Vi er en familie fra Eritrea som er kommet som flygtninge for to år siden. Vi vil gerne vide mere om dansk jul og om der er et sted hvor vi kan være med til en julefest. Mine børn er meget nysgerrige.
Tak
Senait
""")

M("", """
Hvem beslutter hvor mange penge der går til julehjælp i kommunens budget? Er det Social- og Sundhedsudvalget? /Jens
""")

M("eu", """
Hej Kirsten,

Min mand er medlem af 3F og har fået julehjælp fra fagforeningens fond, men da han mistede sit job i september står vi nu uden dagpenge, fordi han ikke havde været i a-kassen længe nok. Kan kommunen hjælpe med julen? Vi har to små børn.

Mvh Louise Ravn
""")

M("", """
Kære Ishøj Kommune

Jeg har set i avisen at 1 ud af 10 børn i Ishøj lever i relativ fattigdom. Hvad gør byrådet ved det? Jeg synes det er skammeligt op til jul.

Venlig hilsen
Bodil Hansen, pensioneret lærer
""")

M("b", """
Til Kulturudvalget

Vi er en gruppe humanister (medlemmer af Humanistisk Samfund) og vil gerne låne et lokale på biblioteket til en ikke-religiøs vintersolhvervsfest d. 21. december. Jeg er selv ateist og synes det er vigtigt at der er et alternativ til julegudstjenester.

Med venlig hilsen
Jørgen Sand
""")

M("", """
Julekoncert i Ishøj Kirke d. 15. december — må skolekoret synge med? Vi har spurgt præsten, men skal det godkendes af skolen? Hilsen musiklærer Vibeke
""")

M("e", """
Goddag

Min nabo Ellen i nr. 4 er helt alene i julen og har ingen penge til mad efter hun har betalt sin gæld til banken. Hun er for stolt til at spørge. Kan kommunen gøre noget uden hun føler sig ydmyget?

Med venlig hilsen
Gitte, Vejleåvej
""")

M("", """
Hej, hvordan søger man om dispensation til at sætte juletræssalg op på den grønne plads ved Ishøj Strandvej? Vi har gjort det i 10 år men nu har vi fået en ny ansvarlig.
""")

M("tb", """
Kære byrådsmedlem Anders Dam

Jeg er katolik og kommer fra Filippinerne. Vores menighed har brug for et sted at holde Simbang Gabi (messer før jul) tidligt om morgenen, fordi vores kirke i København er for langt væk for de ældre. Har kommunen et lokale?

Venlig hilsen
Maria Santos
""")

M("", """
Vi i Ishøj Y's Men's Club samler ind til julehjælp. Må vi stå foran Bycentret lørdag d. 14. december?
""")

M("e", """
Hej. Jeg er 22 og hjemløs for tiden, sover hos venner. Er der nogen steder i Ishøj hvor man kan få et varmt måltid i julen? Jeg har ingen adresse til at søge julehjælp. Mvh Nicklas
""")

M("", """
Til borgmesterens PA

Kunne borgmesteren tænke sig at komme og tænde juletræet i Ishøj Landsby d. 1. december kl. 16? Der kommer ca. 200 mennesker.

Venlig hilsen
Landsbyforeningen
""")

M("u", """
Kære Susanne Kjær

Jeg er tillidsrepræsentant for HK'erne i Borgerservice, og vi vil gerne invitere byrådets medlemmer til vores julefrokost. Det er en god mulighed for at høre om arbejdsforholdene.

Hilsen
Pernille Storm
""")

M("", """
Hej HK Hovedstaden her. Vi arrangerer juleworkshop om arbejdsmiljø for offentligt ansatte d. 5. december og vil gerne have en politiker med i panelet. Kontakt mig på tlf. 33 30 29 00.

Mvh Ditte Larsen, faglig konsulent
""")

M("", """
Hvorfor har kommunen valgt at droppe julefrokosten for pensionisterne på Ishøjcentret? Er det en politisk beslutning eller en administrativ?
""")

M("es", """
Hej

Min kone Sanne og jeg (Louise) har fået plejebarn i oktober. Han er 6 år. Nu er det første jul, og hans biologiske mor vil have samvær d. 24. Vi ved ikke hvad vi må. Hvem hos jer bestemmer det?

Mvh
Louise Kastrup
""")

M("", """
Hej
Vi vil gerne søge om at blive plejefamilie. Er der et informationsmøde i Ishøj inden jul?
Mvh Jens og Rikke
""")

M("eh", """
Kære borgerrådgiver

Jeg bor i en af kommunens ældreboliger og får madordning. Maden kom ikke tre dage i træk sidste uge pga. vejret. Jeg er diabetiker og skal spise regelmæssigt. Jeg ringede men ingen tog den.

Hilsen
Erna Kristoffersen, [[040236–1108]]
""")

M("", """
Hvornår lukker Borgerservice for jul og hvornår åbner de igen? Jeg skal have nyt pas inden 3. januar.
""")

M("be", """
hej jeg er vegetar af religiøse grunde (hindu) og min mor bor på plejehjemmet Kærbo og får julemad med flæskesteg uden alternativ. kan i sørge for vegetar til hende også, det er hende der er hindu ikke kun mig

raj
""")

M("", """
Hej. Hvor mange børn har fået julehjælp gennem kommunen de seneste tre år? Spørger fordi vi i bestyrelsen for Ishøj Boligselskab overvejer at lave vores egen indsamling.
""")

M("e", """
Til byrådsmedlem Jane Sørensen

Jeg er enlig far til to og arbejder deltid i Netto. Jeg har ansøgt om fripladstilskud til SFO og ikke fået svar siden september. Nu kommer jul og jeg skal betale fuld pris. Kan du hjælpe med at få svar?

Mvh Daniel Friis
""")

M("", """
Jeg vil gerne donere 5 julekurve til familier i Ishøj anonymt. Hvem kan jeg give dem til? Jeg vil ikke vide hvem de går til.
""")

M("", """
Til Kultur og Fritid: er der julestue på biblioteket i år med juleklip for børn? Mit barnebarn på 5 elsker det.
""")

M("es", """
Hi, sorry my danish is not good. Me and my husband Ivan (we are two men) want to apply for christmas help. I lost my job in October and we are behind on the rent. How?

Thanks
Dimitri
""")

M("", """
Hej Borgmester, jeg har et forslag: Lad os lave et fælles julemåltid på rådhuset for alle borgere uanset baggrund og tro. Det vil styrke sammenholdet i Ishøj.
""")

M("b", """
Kære Morten (SF)

Som mangeårigt medlem af SF vil jeg bede dig rejse spørgsmålet om julehjælp i udvalget. Det er urimeligt at børnefamilier skal stå i kø ved kirken.

Mvh Hanne Tvede
""")

M("", """
Hej. Mit kontonummer til udbetaling af tilskud til julefest for vores dagplejegruppe er 5301 0241378. Skal I bruge det på en særlig blanket?
""")

M("e", """
Kære Mette Holm

Min bror Ole har været indsat i Vestre Fængsel siden august. Hans to børn bor hos deres mor i Ishøj og har ikke råd til jul. Kan de få julehjælp fra kommunen, selvom faren er i fængsel?

Venlig hilsen
Lise Vang
""")

M("", """
Er det korrekt at kommunen ikke længere giver tilskud til julefrokoster i ældreklubberne? Vi har i 20 år haft juleklub i Ishøj Ældrecenter, og det er for de fleste af medlemmerne årets højdepunkt.
""")
