"""corpus35 part F: hard negatives on belief, sexual orientation and ethnicity -
holidays, churches, mosques, parties, Pride, same-sex marriage law, refugees, language
courses and interpreters as services, statistics, history and public figures - plus
a few health positives."""
from common import M

M("", """Hej. Hvornår er der gudstjeneste i Ishøj Kirke juleaften, og kører der en ekstra bus fra Ishøj Station? Mvh Grethe""")

M("", """Til Kultur og Fritid

Foreningen i Vejleåparken holder eid-fest i Strandparken igen i år. Sidste år lå der affald i flere dage bagefter. Hvem har ansvaret for oprydningen – foreningen eller kommunen?

Hilsen en nabo fra Ishøj Strandvej""")

M("", """Hej, har kommunen en politik om halal-kød i daginstitutionernes køkkener? Jeg spørger fordi jeg skriver speciale om offentlig mad. Venlig hilsen Cecilie Brun, stud. scient. pol.""")

M("", """hej, hvilke partier stiller op til kommunalvalget i Ishøj i år, og hvor kan jeg se listerne? mvh""")

M("", """Dear Sir, is it correct that the Social Democrats have held the majority in the Ishøj council since the 1970s? I am writing an article for an English-language newsletter about Danish local politics. Kind regards, Tom Fletcher""")

M("", """Til byrådet. Jeg mener, at regnbueflaget bør hænge på rådhuset hele juni. Det koster ingenting og viser at Ishøj er for alle. Mvh Karsten Bjerre""")

M("", """Hej, jeg skriver en opgave i samfundsfag: hvornår blev det muligt for to personer af samme køn at blive gift på et dansk rådhus, og hvor mange vielser har Ishøj haft siden? /Emma 9.A""")

M("", """Til Integrationsrådet

Hvor mange flygtninge har Ishøj modtaget i 2024, og fra hvilke lande? Jeg vil bruge tallene til et oplæg i min grundejerforening om boligbehovet.

Venlig hilsen
Poul Erik Sand""")

M("", """Hej Borgerservice. Tilbyder kommunen stadig gratis danskundervisning for nyankomne, og hvor ligger sprogskolen nu? En kollega spurgte mig. Mvh Jesper""")

M("", """hej, er det sandt at der kommer en ny synagoge i København og at den får politibeskyttelse betalt af kommunerne? lyder mærkeligt. /Bo""")

M("", """Kære Kultur- og Fritidsudvalg

Biblioteket burde lave en udstilling om gæstearbejderne, der kom til Ishøj fra Tyrkiet og Jugoslavien i 1970'erne og byggede Vejleåparken. Det er en vigtig del af byens historie.

Venlig hilsen
Arne Vinther, lokalhistorisk forening""")

M("", """Hej. Hvornår holder moskeen på Industrivej åbent hus? Min klasse vil gerne på besøg i religionstimen. Mvh Marie Lund, lærer på Gildbroskolen""")

M("", """Til Center for Børn og Forebyggelse. Har skolerne fri til Eid, eller er det kun efter ansøgning? Jeg er bare nysgerrig, fordi min søn siger at halvdelen af klassen har fri. Hilsen Henrik""")

M("", """Hej, hvad koster det at leje Strandparkens pavillon til en konfirmationsfest i maj? Vi er ca. 60. Mvh Tina Lykke""")

M("", """Til borgmesteren. Jeg synes det er forkert, at kommunen bruger penge på et kristent juletræ på torvet, når så mange borgere ikke er kristne. Staten og kirken burde være adskilt. – Mikael""")

M("", """hej, hvornår er Ishøj Pride i år? og må man have hunde med i optoget? mvh""")

M("", """Dear Ishøj Kommune, do you offer Danish language courses in the evening for people who work during the day? I saw something about 'Danskuddannelse 2' on your website. Thank you.""")

M("", """Hej. Hvornår er der folketingsvalg igen, og hvor ligger valgstederne i Ishøj? Vi er lige flyttet til Ishøj Landsby. Mvh familien Jensen""")

M("", """Til Borgerservice

Jeg har set at kommunen søger tolke på arabisk og somali til sundhedsplejen. Er det freelanceopgaver, og hvad er timelønnen?

Med venlig hilsen
Leila Hansen""")

M("", """Hej Jens. Jeg så dit indlæg i Ishøj Avis om at du selv er vokset op i Vejleåparken. Flot skrevet. Hvornår kommer der lys på stien langs Ishøj Strandvej? Mvh Kim""")

M("", """Hej kommunen, hvor mange i Ishøj har ikke-vestlig baggrund ifølge Danmarks Statistik? Jeg har hørt tal fra 30 til 45 procent. Mvh en undrende borger""")

M("", """Til Teknik og Miljø. Kirkegården ved Ishøj Kirke har ingen affaldsspande ved den muslimske afdeling. Kan I sætte nogle op? Mvh en gæst""")

M("", """hej hvorfor har bussen 300S ingen stop ved den katolske kirke længere? mange ældre går i kirke der om søndagen. mvh""")

M("", """Til Center for Børn og Forebyggelse

Hvilken praksis har skolerne, når elever faster under ramadanen og skal til idrætsprøve? Jeg er formand for skolebestyrelsen på Ishøj Skole, og vi vil gerne lave ens retningslinjer.

Venlig hilsen
Carsten Boje""")

M("", """Hej Lone. Er det ikke på tide at kommunen laver et lokalt integrationsråd igen? Det gamle blev nedlagt i 2019. Hilsen Niels Rømer""")

M("", """Hej, jeg vil gerne vide om kommunen har regler for tørklæder og kors hos medarbejdere i Borgerservice. Jeg spørger som led i et oplæg for min HR-klasse. Mvh Sanne""")

M("", """Kære byråd

Som forælder undrer jeg mig over, at skolernes julearrangement er flyttet fra kirken til hallen. Hvem besluttede det, og hvorfor blev forældrene ikke hørt?

Mvh Mette Friis""")

M("", """Hi, where in Ishøj can I buy a Ukrainian newspaper or borrow Ukrainian books for my students at the language school? I teach Danish to adults. Thanks, Helle""")

M("", """hej, hvornår holder folketingsmedlemmerne fra vores kreds borgermøde i Ishøj? det stod i avisen at det blev i marts, men jeg kan ikke finde det. mvh""")

M("", """Til Byrådet. Jeg følger debatten om at flytte Ishøj Kommunes valgsted fra kirkens sognegård til skolen. Er det besluttet? Mvh Ingrid""")

M("", """Hej, tilbyder kommunen kurser i arabisk eller tyrkisk for pædagoger? Det ville hjælpe i mange børnehaver. Mvh Lene, pædagog i Børnehuset Regnbuen""")

M("", """Til borgmesteren

Jeg er imod at kommunen giver tilskud til en ny moske. Religion bør være privat. Brug pengene på ældreplejen i stedet.

Venlig hilsen
Holger Winther""")

M("", """Hej, hvor mange vielser af par af samme køn var der på Ishøj Rådhus sidste år? Jeg laver en statistik til Ishøj Avis. /journalist Anna Kvist""")

M("", """Hej kommunen. Hvornår har Vejleby Kirkes kirkegård åbent? Vi skal lægge blomster til Allehelgen. Mvh""")

M("", """Dear Sir/Madam, I am a researcher at Roskilde University studying refugee resettlement in Danish suburbs. Could you send me the municipality's integration policy and any public statistics? Best regards, Dr. Hannah Lee""")

M("", """Til Kultur og Fritid. Kulturnatten bør have en aften med indisk, pakistansk og tyrkisk mad – Ishøj har alle de køkkener. Bare en idé. Hilsen Ole""")

M("", """hej, kan man melde sig ud af folkekirken på borgerservice eller foregår det hos præsten? det er til en quiz vi laver på arbejdet""")

M("", """Til Teknik og Miljø

Den jødiske kirkegård i Møllegade er ikke i Ishøj, jeg ved det godt, men har Ishøj Kommune nogen aftale om begravelser efter jødisk ritual? En læser af vores foreningsblad spurgte.

Venlig hilsen
Redaktionen, Ishøj Seniorblad""")

M("", """Hej. Hvorfor står der kun "mor og far" på tilmeldingsblanketten til SFO? Der findes mange slags familier i dag. Bare en kommentar. Mvh""")

M("", """Kære Sofie. Tak for din tale på Folkemødet om unges demokrati. Jeg er helt enig i at valgdeltagelsen i Vejleåparken skal op. Mvh Lise""")

M("", """Hej, kommunens hjemmeside om Danskuddannelse siger at der er ventetid. Hvor lang er den for modul 1 for tiden? Jeg er HR-ansvarlig i et firma med mange udenlandske medarbejdere. Mvh Peter Hald, Hald Logistik""")

M("", """Til skolelederen. Kan skolen ikke holde et foredrag om Holocaust i 9. klasse i januar, som andre skoler gør? Hilsen forældrerådet i 9.B""")

M("", """hej. hvorfor holdt kommunen ikke et arrangement på grundlovsdag i år? det gjorde man før. mvh en gammel vælger""")

M("", """Til Ishøj Kommune. Hvornår bliver sankthansbålet tændt på stranden, og holder præsten fra Ishøj Sogn båltalen igen? Mvh Kirsten""")

M("", """Hi! Does Ishøj have a Pride flag on the town hall during Copenhagen Pride? My colleagues from the UK asked. Cheers, Paul""")

M("", """Hej. Jeg har læst at borgmesteren deltog i indvielsen af den nye kirkesal i Ishøj Kirke. Er talen lagt ud nogen steder? Mvh Hans""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvor mange borgere med flygtningebaggrund har kommunen fået i job de sidste tre år? Jeg sidder i erhvervsforeningens bestyrelse, og vi vil gerne hjælpe.

Venlig hilsen
Michael Juul""")

M("", """Hej, må man bære kippa eller tørklæde på billedet til pas og kørekort? Jeg arbejder i en fotobutik, og kunderne spørger tit. Mvh Kristoffer""")

M("", """hej Jan, hvad synes dit parti egentlig om p-afgiften i bycentret? I har jo ikke sagt noget i avisen. /Lone""")

M("", """Til byrådet. Kommunen burde gøre mere for Ishøjs romaer, som ifølge Ishøj Avis har svært ved at finde boliger. Det er en skam. Mvh Bente""")

M("", """Hej, hvad er reglerne for hvor længe man kan vente med en begravelse i Danmark? Vores forening holder et oplæg om dødsritualer i forskellige religioner. Mvh Ishøj Aftenskole""")

M("", """Kære Michael

Jeg har fulgt byrådets debat om at give et lokale til den nye menighed på Industrivej. Uanset hvad man mener om religion, burde reglerne være de samme for alle foreninger.

Venlig hilsen
Ib Rasmussen""")

M("", """Hej Kommunen! Hvornår lukker biblioteket op for tilmelding til sprogcaféen? Der står ingenting på hjemmesiden. Mvh""")

M("", """Til Borgerservice. Hvor finder jeg reglerne for navngivning – må man give et barn et navn fra et andet land uden at søge? Vi venter ikke selv, vi er bare nysgerrige efter et program i DR. Mvh""")

M("h", """Hej Lone, jeg kan ikke komme til mødet i Ældrerådet torsdag, jeg har fået konstateret grå stær og skal opereres samme dag. Jeg sender mine noter. Hilsen Bodil Strand""")

M("h", """hej skole. Noah var ude at kaste op i nat, han bliver hjemme i dag. mvh far""")

M("h", """Til Sundhedsplejen. Jeg har fået fødselsdepression efter Alma blev født og har svært ved at komme ud af døren. Kan sundhedsplejersken komme hjem til os i stedet for at vi kommer til Sundhedshuset? Hilsen Maria Holm""")

M("h", """Dear teacher, I cannot come to the parents' meeting on Tuesday. I broke my arm yesterday and I am at Hvidovre Hospital for surgery. I will call when I am home. Regards, Ahmed""")
