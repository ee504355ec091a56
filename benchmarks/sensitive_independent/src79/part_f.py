"""corpus79 part F: religious, political and philosophical belief, short and messy."""
from common import M

M("b", """Emne: Min datter må ikke bære tørklæde i svømmehallen?? Hun er 12 og bærer det pga. vores tro""")

M("b", """Jeg er muslim og vil gerne bede i frokostpausen på rådhuset hvor jeg arbejder. Er der et stille rum? Mvh Yasmin, Borgerservice""")

M("b", """hej det er Kirsten jeg er medlem af Enhedslisten og vil gerne høre om vi må have en stand i bycentret lørdag tak""")

M("b", """jeg stemte på jer sidste gang men nu er det slut efter den sag med busruten. Venlig hilsen en skuffet S-vælger""")

M("b", """Vi er Jehovas Vidner og vores søn Simon må ikke deltage i fødselsdage og jul i klassen. Kan læreren tage hensyn til det? Mvh Anette og Carsten""")

M("b", """hej min søn Bilal spiser kun halal, kan SFO'en lave noget andet end pølser på fredag? mvh hans mor""")

M("b", """Jeg faster i ramadanen og vil gerne have mine vagter på plejecentret flyttet til tidlig morgen i marts. Hvem spørger jeg? Nadia, SOSU-assistent""")

M("b", """Vores datter skal konfirmeres i Torslunde Kirke 3. maj, kan vi leje festsalen i Ishøj Idrætscenter den dag? Mvh Lone og Per""")

M("b", """Jeg er ateist og vil ikke have at min søn skal synge salmer til julekoncerten på skolen. Kan han blive fritaget? Mvh Tobias""")

M("be", """er veganer af etiske grunde og madordningen sender kød hver dag selvom jeg har skrevet det 3 gange. /Birgit, 74""")

M("b", """Dzien dobry. Jesteśmy katolikami, vi er katolikker og vil gerne at vores søn Jakub kan gå til messe søndag i stedet for fodboldkamp. Kan klubben flytte kampene? Anna""")

M("b", """My son Harjit wears a turban and the swimming teacher at school says he must take it off. We are Sikh. Please help us. Gurpreet Singh""")

M("b", """hej min datter Hibo hun går med niqab og skolen siger hun ikke må. hvorfor? vi bor i Danmark mange år. Mor""")

M("b", """Vanakkam. We are Hindu family and we celebrate Diwali on 1. November with our neighbours. Can we use small fireworks in the garden? Thank you, Lakshmi""")

M("b", """Som aktiv i Venstres lokalforening i Ishøj vil jeg gerne invitere borgmesteren til vores generalforsamling i februar. Mvh Søren Bak""")

M("b", """Jeg er sognepræst i Ishøj og vil høre om kommunen vil være med til en mindehøjtidelighed 9. april ved rådhuset.

Venlig hilsen
Marianne Kjær, sognepræst""")

M("b", """Som imam i den lokale moské vil jeg gerne tilbyde samtaler til unge i klubberne. Hvem skal jeg kontakte? Ibrahim""")

M("b", """Jeg er konverteret til islam sidste år og min mor er meget vred. Vi bor sammen. Hvordan skriver jeg mig op til en ungdomsbolig? Jeg er 19. Mikkel""")

M("b", """Til Vej og Park

Vejarbejdet på Ishøj Stationsvej har nu stået på i syv uger, og der er stadig ingen skiltning der forklarer hvor man skal gå hen når man kommer fra bussen. Ældre mennesker går ude på kørebanen. Som kristen prøver jeg at være tålmodig og tænke det bedste om folk, men nu må jeg altså sige fra. Jeg har set to næsten-ulykker bare i denne uge. Kan der ikke komme en midlertidig gangsti og et par skilte op?

Med venlig hilsen
Ruth Mogensen""")

M("b", """Vi er tre aktivister fra Extinction Rebellion og vil lave en fredelig demo foran rådhuset 22/11. Skal vi søge om tilladelse? /Maja""")

M("b", """jeg er pacifist og vil ikke have at min søn deltager i skolens besøg på kasernen. må han blive hjemme den dag? Rasmus""")

M("bt", """Jeg er jødisk og vil gerne have fri fra mit job i kommunen på Yom Kippur. Personnr. [[010877-2413]]. Mvh David Levin""")

M("b", """min farmor går i kirke hver søndag og nu kan hun ikk komme derhen fordi bussen er nedlagt. ka i genåbne linjen?? plz""")

M("b", """Hej. Jeg hedder Fatima. Jeg går med tørklæde fordi jeg er muslim, og jeg fik nej til praktikplads i en børnehave under min pædagoguddannelse pga. det. Er det lovligt?""")

M("b", """hej det er Hans Christian jeg er formand for Ishøj Humanistiske Samfund vi er jo ikke-troende og vil gerne holde navnefest i Kulturhuset for et af vores medlemmers børn hvad koster det""")

M("b", """Vores søn Anton skal holde nonfirmation i stedet for konfirmation. Kan han få fri fra skole fredagen før? Mvh Charlotte""")

M("", """Hvornår åbner den nye moské på Industrivej? Og bliver der parkering? mvh""")

M("", """Hvornår er der gudstjenester i Ishøj Kirke juleaften? Der står ikke noget på hjemmesiden.""")

M("", """Til Kultur- og Fritidsudvalget: jeg synes I skal holde biblioteket åbent om søndagen. Hilsen Arne""")

M("", """Er der halal-mad på menuen i børnehaverne i Ishøj? Vi er ved at vælge institution. mvh""")

M("", """Hvornår starter Eid-festen i Ishøj Idrætscenter, og skal man have billet?""")

M("", """Hvem sidder i Økonomiudvalget for Socialdemokratiet? Vil gerne sende dem et spørgsmål om budgettet""")

M("", """Vi vil gerne samle ind til Folkekirkens Nødhjælp foran Netto, kræver det tilladelse? Mvh FDF Ishøj""")

M("", """Må man have tørklæde på i svømmehallen, eller er der regler om badetøj? Jeg spørger for vores svømmeforening""")

M("", """Lejer kommunen lokaler ud til konfirmationer? og hvad koster det? mvh Karina""")

M("", """hej er I imod den nye Netto ved stationen? det er jeg. synes det er en dårlig ide for trafikken. Hilsen Lene""")

M("", """Jeg er kirkesanger i Tranegilde Kirke og vil høre om der er P-plads til os om søndagen mens vejen er spærret. Mvh Jakob""")

M("bu", """Jeg er medlem af både Dansk Folkeparti og 3F, og jeg synes kommunens udbud snyder danske arbejdere. Mvh Ulrik""")

M("bt", """Hej igen

> Den 3. nov. skrev Skoleafdelingen:
> Vi har noteret jeres ønske om kosher mad.

Tak, men det var ikke kun maden: Ruben må heller ikke have skole om lørdagen pga. sabbat. Vi er ortodokse jøder.
Ester Cohen""")

M("be", """As a practising Catholic, I would like to know if the care home can arrange for a priest to visit my father Joseph on Sundays. He lives in room 12 at Plejecenter Kærgården. Regards, Mary""")

M("b", """Emne: Hvorfor må min søn ikke faste i skolen? Han er 13 og vil holde ramadan""")

M("b", """jeg har stemt på Alternativet i 20 år og nu er jeg træt af jer. bare så i ved det. Hilsen Lis""")

M("b", """Merhaba. Jeg er alevit og det er ikke samme som sunni muslim. Skolen behandler min datter som sunni. Kan I forklare lærerne? Zeynep""")

M("b", """Tak for hjælpen med papirerne til vielsen i moskeen sidste lørdag. Vi mangler kun attesten til Familieretshuset.

Venlig hilsen
Amina Hussein
[[031298-2950]]""")
