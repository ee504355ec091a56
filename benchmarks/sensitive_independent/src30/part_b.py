"""Part B: belief (faith, church membership, conversion, party politics, conviction)
and hard negatives about churches, elections and policy opinions."""
from common import M

M("b", """Kære Kirke- og Kulturudvalg

Jeg er meldt ud af folkekirken for mange år siden og er i dag ateist. Alligevel har min datters skole planlagt at hele klassen skal til julegudstjeneste i Ishøj Kirke, og vi fik at vide at alternativet er at sidde på biblioteket alene. Det synes jeg er diskriminerende.

Med venlig hilsen
Kenneth Bruun""")

M("", """Hej. Hvornår er der julegudstjeneste i Ishøj Kirke og Torslunde Kirke i år? Og holder skolerne stadig skolegudstjeneste? Mvh Lis""")

M("b", """hej Jesper, du kender mig fra Venstres lokalforening, jeg sidder i bestyrelsen. vil bare lige høre om du kan komme til vores medlemsmøde den 12. Vi skal snakke om kandidatlisten. hilsen Torben""")

M("", """Kære valgsekretariat

Hvor skal jeg stemme til kommunalvalget, når jeg er flyttet fra Strandparken til Torslunde i september? Mit valgkort er sendt til den gamle adresse. Og hvornår lukker valgstederne?

Mvh Benny""")

M("b", """Til borgmesteren

Jeg er muslim og beder fem gange om dagen. På mit arbejde i kommunens hjemmepleje har min leder sagt, at jeg ikke må bede i pausen i personalerummet. Der er ikke andre rum. Jeg vil gerne vide, om det er kommunens politik.

Venlig hilsen
Yasmin""")

M("", """Hej. Vi er en gruppe forældre som gerne vil vide om der serveres halalkød i daginstitutionerne i Ishøj, og om man kan få svinekødsfrit. Det er et generelt spørgsmål om kommunens kostpolitik. Mvh Forældrerådet i Børnehuset Regnbuen""")

M("b", """Kære Hanne

Som du ved fra vores samtale, har jeg besluttet at konvertere til katolicismen. Jeg skal optages i Sankt Knud Lavard kirke til påske. Min mor tager det meget tungt og har sagt at hun vil slå hånden af mig. Jeg skriver mest for at sige tak fordi du lyttede.

Kh Maja""")

M("b", """Til Kirkeministeriet - nej undskyld, til jer i kommunen: jeg vil gerne melde mig ud af folkekirken, men min præst siger det skal gøres på borger.dk eller hos kirkekontoret. Kan I ikke bare gøre det? Jeg tror ikke på noget længere og gider ikke betale kirkeskat. Mvh. René Holm""")

M("", """Hvor mange i Ishøj er medlem af folkekirken procentvis, og er tallet faldende? Jeg har hørt det er blandt de laveste i landet. Skal bruge det til et debatindlæg. Venlig hilsen Erik""")

M("be", """Kære Socialudvalget

Jeg er vegetar og veganer af overbevisning - jeg mener ikke det er etisk forsvarligt at slå dyr ihjel for mad. Min mor er på plejecenter Ishøjgård og jeg vil blot gøre opmærksom på, at hun IKKE er veganer, så personalet skal ikke lytte til mig når det gælder hendes mad, men jeg vil gerne have vegansk mad når jeg spiser med til fødselsdage på centret.

Venlig hilsen
Line Holt""")

M("", """Kære Børne- og Skoleudvalg

Jeg vil foreslå, at kommunens institutioner indfører en kødfri dag om ugen af hensyn til klimaet. Mange kommuner har gjort det. Hvad mener udvalget?

Mvh Ditte, mor på Strandskolen""")

M("b", """Kære Anders Kjær

Jeg har stemt Enhedslisten i 30 år, men efter jeres stemme for budgetforliget og nedskæringerne på ældreområdet har jeg meldt mig ud af partiet. Jeg ville bare lige have du vidste det.

Ærbødigst
Inge-Lise Mogensen""")

M("", """Kære Enhedslistens byrådsgruppe

Tak for jeres indsats for at bevare svømmehallens åbningstider. Jeg håber I fortsætter med at presse på. Hilsen en glad morgensvømmer""")

M("b", """hej Kasper! jeg er ny i SF og vil gerne være med til at dele løbesedler op til valget. hvem skal jeg kontakte? mvh Freja, 19 år""")

M("", """Hej. Er det tilladt at hænge valgplakater op på lygtepæle langs Ishøj Boulevard, og fra hvilken dato? Jeg spørger for vores lokale kandidat. Tak. Mvh. Palle""")

M("b", """Kære Skoleforvaltning

Vores søn Rasmus er 15 og ønsker ikke at blive konfirmeret, fordi han er overbevist ateist ligesom resten af familien. Han bliver drillet i klassen, og en lærer har sagt til ham at "han går glip af det vigtigste". Det synes vi ikke hører hjemme i folkeskolen.

Med venlig hilsen
Pernille og Jan Sørensen""")

M("be", """Til Center for Beskæftigelse og Erhverv

Jeg er Jehovas Vidne og kan derfor ikke deltage i virksomhedspraktikken i en butik, hvor jeg skal sælge julepynt og stå ved påskeudstillingen. Jeg vil gerne i praktik, bare et andet sted. Min sagsbehandler siger jeg så mister ydelsen.

Venlig hilsen
Daniel Eriksen""")

M("b", """Kære Karen, jeg er som bekendt pacifist og militærnægter fra dengang jeg blev indkaldt i 90'erne. Nu vil min nevø, Simon, også nægte, og han spørger om kommunen kan hjælpe ham med at finde civilt arbejde i stedet. Ved du hvem han skal tale med? Kh Mogens""")

M("", """Spørgsmål til beredskabet: Hvor mange værnepligtige fra Ishøj blev indkaldt sidste år, og har kommunen nogen samarbejdsaftale med Forsvaret om civile værnepligtige? Mvh Leif""")

M("be", """hey, det er Amir. fredagsbønnen i moskeen på Ishøj Stationsvej er vigtig for mig og min far, men jobcentret har lagt mit kursus fredag kl 12-15. kan man ikke bytte? jeg vil gerne gå på kurset.""")

M("", """Hej. Hvornår holder moskeen på Stationsvej åbent hus i forbindelse med kulturnatten? Vores skoleklasse vil gerne på besøg. Mvh. Lærer Birgit Ahlgreen, Vibeholmskolen""")

M("b", """Kære Ishøj Kommune

Jeg er medlem af Humanistisk Samfund og vil gerne høre om det er muligt at holde en ikke-religiøs navnefest for vores datter i Ishøj Kulturhus, og om kommunen har en borgerlig ceremoni-ordning ud over vielser.

Venlig hilsen
Thea Lassen""")

M("", """Hvad koster det at leje et lokale i Kulturhuset til en navnefest på en lørdag? Vi er ca. 40 personer. Venlig hilsen Ronja""")

M("b", """Kære Morten

Du skal vide, at vi i Radikale Venstres lokalbestyrelse har besluttet at støtte dig som spidskandidat, men jeg personligt er imod. Jeg har stemt på dig hver gang siden 2013, men din holdning til udflytningen af biblioteket er forkert.

Med venlig hilsen
Gudrun Rask, medlem af Radikale Venstre Ishøj""")

M("", """Kære byråd

Jeg er imod at biblioteket flyttes til bycentret. Det gamle bibliotek er et samlingssted for børnefamilier og ældre, og parkering i centret er et mareridt. Lyt nu til borgerne.

Mvh Jytte Brandt""")

M("b", """Til dagsordensamleren for Kultur- og Fritidsudvalget

Som troende sikh bærer min søn turban og kara (stålarmbånd). Svømmehallen har sagt, at han ikke må have armbåndet på i bassinet. Det kan han ikke tage af. Vi håber udvalget vil tage sagen op.

Med venlig hilsen
Harpreet Singh""")

M("be", """hej mette. tak for snakken om min mor. bare så du ved det, hun er dybt troende pinsekristen og vil helst ikke have at personalet på plejehjemmet fejrer halloween med beboerne, det opfatter hun som noget okkult. mvh Kaj""")

M("", """Kære Ældrerådet. Hvorfor holder plejecentrene ikke længere andagt om søndagen? Det har der været tradition for i mange år, og mange beboere har glædet sig til det. Er det en besparelse? Mvh Else""")

M("b", """Kære Pia Hansen

Jeg har siden 2019 været aktiv i Extinction Rebellion og har deltaget i flere civil ulydighedsaktioner. Nu har jeg fået at vide at jeg ikke kan blive frivillig i kommunens naturvejlederteam, fordi "vi skal være politisk neutrale". Jeg er dybt uenig. Hvad kan jeg gøre?

Venlig hilsen
Signe Holmgaard""")

M("", """Hej. Hvem står for klimaplanen i Ishøj, og hvornår bliver den behandlet i byrådet? Jeg er medlem af en grundejerforening og vi vil gerne komme med høringssvar. Mvh Torben Kjærgaard""")

M("bt", """Kære Louise

Det her er ikke en klage, bare et lille hjertesuk. Min mand og jeg er jøder, og vi har oplevet at der blev råbt ting efter os ved Ishøj Station sidste fredag, fordi han havde kippa på. Vi overvejer at flytte.

Kh Rebekka""")

M("", """Kære politikere. Jeg vil opfordre til at byrådet fordømmer den stigende antisemitisme og islamofobi i samfundet. Ishøj er en mangfoldig kommune og det skal vi være stolte af. Venlig hilsen Kristian Holm""")

M("b", """Til Økonomiudvalget

Som menighedsrådsmedlem i Ishøj Sogn og praktiserende kristen vil jeg gerne høre, hvorfor kommunen ikke længere giver tilskud til kirkernes koncerter. Min tro er en stor del af mit liv, og koncerterne er for alle.

Mvh Arne Vestergaard""")

M("", """Hej. Er det kommunen eller menighedsrådet der vedligeholder kirkegården ved Torslunde Kirke? Stierne er fulde af huller. Venlig hilsen Birthe""")

M("b", """Kære Niels

Jeg ved ikke om du husker mig fra Socialdemokratiets sommerfest. Jeg vil bare sige at jeg har stemt på dig i alle valg og at jeg er skuffet over at du ikke stemte for flere midler til Vejledalens skole. Husk hvem der har valgt dig.

Mvh Søren Brix""")

M("", """Hej Niels. Hvad er Socialdemokratiets holdning til at lukke skolen i Vejledalen? Det har stået i avisen at der er planer om det. Mvh. en bekymret forælder""")

M("b", """Hej. Jeg er buddhist og mediterer hver morgen, og jeg vil gerne spørge om det er muligt at få et stille rum på Ishøj Rådhus hvor medarbejdere med forskellig tro kan bede eller meditere. Jeg arbejder selv i Borgerservice. Mvh Mai""")

M("", """Kære Personaleudvalg. Har kommunen en politik for religiøse symboler hos ansatte med borgerkontakt, fx tørklæde, kors eller kippa? Jeg har ikke kunnet finde den på intranettet. Mvh Tillidsudvalget""")

M("b", """kære byrådsmedlem, jeg er konverteret til islam for 2 år siden og bærer nu tørklæde. min farmor vil ikke længere se mig og min søn. jeg ved godt at kommunen ikke kan gøre noget ved det men kan I hjælpe med at finde en samtalegruppe? mvh Camilla""")

M("b", """Til Ishøj Kommune

Vi er et par der gerne vil giftes borgerligt på rådhuset i juni. Vi er begge udmeldt af kirken af principielle grunde og vil ikke have noget religiøst indslag overhovedet. Er det muligt at vælge selv, hvad vielsesforrettende siger?

Venlig hilsen
Mads og Julie""")

M("", """Hvad koster en borgerlig vielse på Ishøj Rådhus, og hvilke dage kan man blive gift? Vi skal bruge to vidner, ikke? Mvh Nanna""")

M("b", """Kære Lene Kirkegaard, tak for dit svar. Jeg har stemt på Dansk Folkeparti hele mit liv, men efter dit indlæg om integration overvejer jeg faktisk at stemme på jer i stedet. Vh Ebbe Frandsen""")
