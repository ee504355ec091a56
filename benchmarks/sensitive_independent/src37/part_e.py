"""corpus37 part E: union and CPR with orientation and belief said indirectly; union/party talk without a member as negatives."""
from common import M

M("ue", """Hej. Jeg har været medlem af HK i 22 år, og nu skal jeg på efterløn. Hvem i kommunen skal have besked om min sidste arbejdsdag? Mvh Birthe Lyng, Borgerservice""")

M("ue", """Hej. Jeg har været medlem af HK i 22 år og skal nu på efterløn fra 1. marts. Skal jeg søge om noget hos jer? Mvh Birthe Lyng, [[030360-1228]]""")

M("us", """til TR'en: jeg (Rasmus) skal holde forældreorlov fordi min mand Nikolaj og jeg får vores datter gennem surrogati i april. hvad siger overenskomsten? jeg er i FOA. mvh Rasmus Holm, køkkenet på Ishøjgård""")

M("u", """Hej Lone. Jeg er meldt ind i Lederne, da jeg nu er blevet afdelingsleder på Vej og Park. Skal I have kopi af noget? Vh Flemming""")

M("", """Hej Lone. Jeg er blevet afdelingsleder på Vej og Park fra 1. februar. Skal jeg have ny kontrakt? Vh Flemming""")

M("u", """hej med dig, jeg er fællestillidsrepræsentant for pædagogerne og vi har fået et brev fra direktionen vi ikke forstår. kan vi ringe? /Jeanette (BUPL)""")

M("ub", """Kære Hans (byrådet)

Jeg er medlem af IDA og af Konservative i Ishøj, og jeg har været med til at skrive jeres nye klimaudspil. Kan vi tage en kaffe?

Mvh
Troels Winkel""")

M("", """Kære Hans. Jeg har læst jeres klimaudspil i Ishøj Avis. Det mangler tal for cykelstierne. Mvh Troels""")

M("u", """Hej. Min kone og jeg er begge i Krifa, og vi har fået et brev om kontingent fra kommunen. Det må være en fejl? Mvh Jakob Mørch""")

M("u", """Kære udvalg. Som mangeårig DSR-tillidsrepræsentant på sundhedsområdet vil jeg advare mod nedskæringen på sygeplejen. Med venlig hilsen Lis Dahl, sygeplejerske""")

M("", """Kære udvalg. Jeg vil advare mod nedskæringen på sygeplejen. Det går ud over de svageste. Med venlig hilsen Lis Dahl, pensioneret sygeplejerske""")

M("u", """Hej. Jeg er tidligere medlem af Dansk Metal, men meldte mig ud i 2019. Nu står jeg stadig i jeres system som medlem i lønsystemet. Kan I rette? Mvh Keld Holt, [[091071-2284]]""")

M("", """Hej, hvad er forskellen på en a-kasse og en fagforening? Min søn skal ud på arbejdsmarkedet. Mvh Birgitte""")

M("", """Hvorfor bruger kommunen penge på at lade tillidsrepræsentanter gå til møder i arbejdstiden? Mvh skatteyder""")

M("ue", """Hej, jeg er fra Det Faglige Hus og vil gerne vide hvem jeg skal kontakte om min opsigelse fra rengøringen. Mvh Lejla""")

M("ut", """Hej. Jeg er polak og er medlem af 3F, og jeg er blevet behandlet dårligt af min formand på kommunens vejdepot. Han siger "I polakker" hele tiden. Hvad gør jeg? Pawel Zielinski""")

M("ue", """Hej Jobcentret. Min a-kasse er FOA's, og de siger at jeg skal søge jobs i Ishøj. Men jeg bor i Greve. Er det rigtigt? Mvh Bente""")

M("e", """Hej Jobcentret. Min a-kasse siger at jeg skal søge jobs i Ishøj. Men jeg bor i Greve. Er det rigtigt? Mvh Bente""")

M("uh", """Hej. Jeg er tillidsrepræsentant i 3F på rengøringen, og jeg er nu selv blevet sygemeldt med stress. Hvem tager min TR-rolle imens? Mvh Hanife""")

M("uh", """Hej personalekontoret
Jeg er gravid og medlem af HK, og min leder siger jeg ikke kan få tilpasset mit skema. HK siger jeg skal skrive til jer. 
Venlig hilsen
Stine Bech, Borgerservice
[[190795 1102]]""")

M("u", """Kære borgmester. Vi i FOA Ishøj-Vallensbæk afdeling vil gerne invitere dig til vores generalforsamling. Jeg er selv næstformand. Mvh Susanne Egeberg""")

M("", """Kære borgmester. Hvor mange af kommunens ansatte er dækket af overenskomst? Mvh Susanne, studerende""")

M("u", """hej jeg har lige meldt mig ind i fagforeningen (3f) og de spørger efter mit ansættelsesbevis fra jer, men jeg har aldrig fået et. /Ali, sommerjob i Vej og Park""")

M("eu", """Hej. Jeg har mistet mit job som pædagog og er nu på dagpenge fra BUPL-A. Jobcentret vil have mig i praktik i en børnehave uden løn. Er det lovligt? Mvh Karina""")

M("bu", """Kære Mia (byrådet). Jeg har både været tillidsrepræsentant i DLF og formand for Socialdemokratiet i Ishøj, og nu vil jeg gerne stille op til byrådet. Kan vi tale sammen? Hilsen Kurt""")

M("u", """Hej Ishøj Kommune. Mit medlemskab af Djøf bliver trukket over lønnen, men det burde jeg selv betale. Kan I stoppe det? Mvh Emma, jurist i Borgerservice""")

M("u", """Til Børne- og Skoleudvalget. Som formand for DLF's kreds 22 beder jeg om foretræde for udvalget om lærernes arbejdstid. Med venlig hilsen Niels Bonde""")

M("", """Til Børne- og Skoleudvalget. Hvornår behandler udvalget lærernes arbejdstid, og kan man overvære mødet? Med venlig hilsen Niels""")

M("", """Ishøj Kommune har indgået en lokalaftale med lærerne i 2025, står der i avisen. Kan jeg få den tilsendt? Mvh Per""")

M("u", """hej er det rigtig at man ikke må være i 3F hvis man er ansat i kommunen?? jeg er i 3F og har lige fået job på Ishøj Havn. /Jonas""")

M("u", """Hej Ishøj Kommune. Jeg er tidligere TR for Dansk Metal på Ishøj Varmeværk og vil gerne have aktindsigt i referaterne fra MED-møderne mens jeg sad der. Mvh Kristian""")

M("ue", """Hej. Jeg er medlem af Kristelig Fagforening og har været ledig i to år. Nu siger Jobcentret jeg skal tage et job i en kantine. Mvh Thomas""")

M("hu", """Til arbejdsmiljø. Jeg er HK-tillidsrepræsentant og vil gerne anmelde, at min kollega Pia blev syg af skimmelsvamp i kælderen på rådhuset. Hilsen Maria""")

M("", """Til arbejdsmiljø. Er der skimmelsvamp i kælderen på rådhuset? Der lugter mærkeligt. Hilsen Maria""")

M("ue", """Hej. Jeg blev afskediget fra Ishøj Kommune i maj og har fået at vide at jeg skal have løn i opsigelsesperioden. HK siger jeg skal kontakte jer. Jeg har ingen penge til husleje. Mvh Jesper""")

M("u", """Kære Lars, jeg sidder i bestyrelsen for Serviceforbundet og vil gerne have et møde om buschaufførernes forhold. Venlig hilsen Gitte""")

M("us", """Hej personale. Min ægtefælle Peter skal på mit pårørendekort. Jeg hedder Thomas Brask og er TR i 3F her. Systemet kræver "hustru". Mvh Thomas""")

M("bu", """Hej. Jeg har lige været til generalforsamling i FOA, hvor jeg stemte imod, og bagefter på Venstres medlemsmøde. Jeg vil gerne høre borgmesteren om ældreplejen. Mvh Inger""")

M("", """Hvad mener borgmesteren om Venstres forslag om ældreplejen? Jeg læste det i Ishøj Avis. Mvh Inger""")

M("u", """Hej! Vi er fire fra forskellige forbund, der arbejder i Ishøj Svømmehal, og vi vil gerne klage over omklædningsrummet for personalet. Mvh personalegruppen""")

M("us", """Kære Ole. Jeg er BUPL-tillidsrepræsentant i Vuggestuen Mælkebøtten, og jeg og min kone Sanne har lige fået en dreng. Jeg skal på barsel. Hvem kan være TR imens? Mvh Mette Hald""")

M("u", """hej skriv lige til mig hvis der kommer nyt om lønforhandlingen, jeg er HK TR på biblioteket. Rikke""")

M("", """hej, hvornår begynder biblioteket at have åbent om søndagen? Rikke""")

M("u", """Hej Byråd. Som medlem af Lærernes Centralorganisation (gennem Uddannelsesforbundet) vil jeg gerne spørge til sprogcentrets fremtid. Mvh Henrik""")

M("", """Hej Byråd. Hvad er sprogcentrets fremtid? Jeg har hørt at det skal lukkes. Mvh Henrik""")
