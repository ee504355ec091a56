"""corpus55 part C: unions, a-kasser, shop stewards, disputes at municipal workplaces."""
from common import M

M("u", """Til udvalgsformanden for Børne- og Skoleudvalget

Jeg er BUPL-tillidsrepræsentant i Børnehuset Vejlebro. Vi har nu i tre måneder kørt med to vikarer for lidt, og personalet er ved at gå ned. Jeg beder om et møde før budgetforhandlingerne.

Venlig hilsen
Kirsten Aagaard""")

M("", """Hej

Jeg er faglig konsulent i FOA Storkøbenhavn og skriver på vegne af afdelingen. Vi vil gerne have en orientering om kommunens planer for at lukke nattevagten på Ishøj Plejecenter, inden det kommer på dagsordenen.

Med venlig hilsen
Jesper Riis, FOA""")

M("u", """hej Erik. jeg er i 3F og kører skraldebil for kommunens entreprenør. vi har ikke haft ordentlige toiletforhold på ruten i et år. kan du tage det op med firmaet? Mvh Kim""")

M("e", """Til hovedpostkassen

Jeg er ikke medlem af nogen a-kasse og har aldrig været det. Nu er jeg blevet opsagt fra et job i Dragør Kommune, men jeg har opsparing nok og vil ikke søge noget. Jeg skal bare vide om jeg skal melde mig ledig for at beholde min pensionsordning?

Mvh Lasse""")

M("u", """Kære Borgmester

Som medlem af Danmarks Lærerforening og lærer på Strandskolen gennem 22 år vil jeg protestere mod forslaget om at sammenlægge 7. klasserne. Jeg har talt med mange kolleger, og vi er enige.

Med venlig hilsen
Hans-Henrik Borg""")

M("e", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af ASE og har fået et brev fra jer om at min CV ikke er synlig på jobnet. Hvem retter det, jer eller a-kassen? Jeg har fuldtidsjob igen fra næste måned, så det er bare for at lukke sagen pænt.

Kh. Pernille""")

M("ue", """Til Jobcenter Ishøj

Jeg er blevet ledig fra 1. december og er medlem af HK's a-kasse. A-kassen siger at I skal have min jobplan inden første samtale. Hvornår bliver jeg indkaldt?

Med venlig hilsen
Tina Bak
[[081069\u00a01204]]""")

M("", """Hej

Hvilke fagforeninger og a-kasser har stande ved jobdagen den 12. marts? Vores elever på 10. klasse vil gerne vide hvem de kan tale med om elevløn.

Venlig hilsen
Mia Skov, 10. klassecentret""")

M("uh", """Kære Annette Holm

Jeg var tillidsrepræsentant for Dansk Sygeplejeråd på Ishøj Sundhedscenter indtil min blodprop sidste år. Nu er jeg tilbage på 20 timer og oplever at ledelsen har frataget mig alle opgaver. Det føles som en straf. Jeg vil gerne tale med dig om det.

Venlig hilsen
Birgitte Lassen""")

M("u", """Subject: Rengøringsoverenskomsten

Hej, vi er en gruppe rengøringsfolk på skolerne fra forskellige forbund (3F, Krifa og Det Faglige Hus). Vi vil gerne have at kommunen tager stilling til om vi skal tilbage til kommunal ansættelse i stedet for det private firma. Vi skriver anonymt af frygt for at miste jobbet.""")

M("", """Kære Udvalgsformand

Overenskomsten for pædagogmedhjælpere betyder at de nye ansatte i kommunen får en lavere løntrin end dem der blev ansat før 2021. Det mener jeg er uretfærdigt, og byrådet bør presse KL til at rette op på det ved næste forhandling.

Med venlig hilsen
Søren Kjær""")

M("u", """Til borgerrådgiveren

Jeg er medlem af Krifa og arbejder som dagplejer. Min dagplejepædagog kommer på uanmeldt besøg hele tiden og skriver ned hvad jeg laver. Jeg føler mig chikaneret. Jeg vil klage over hendes opførsel.

Venlig hilsen
Ingrid""")

M("ue", """Hej

Er det rigtigt at man skal være medlem af en fagforening for at få dagpenge? Jeg har været i Lederne i 12 år og nu er jeg blevet fyret, men jeg vil gerne skifte til en billigere a-kasse. Mister jeg mine dagpenge?

Martin Wolff""")

M("", """Til borgmesterens PA

På vegne af Fagbevægelsens Hovedorganisation, Sjælland-Syd, vil vi invitere borgmesteren til at holde tale den 1. maj i Ishøj Bypark. Talen skal vare cirka 10 minutter.

Med venlig hilsen
Lone Bertelsen, organisationssekretær, FH""")

M("uh", """jeg er i FOA og arbejder på natholdet på plejecentret. jeg er gravid i 6. mdr og har bedt om at slippe for tunge løft, men min leder siger der ikke er folk nok. min TR er på ferie. hvem kan jeg skrive til?? Nadia""")

M("u", """Kære Lone

Jeg er tidligere medlem af 3F, men meldte mig ud for to år siden fordi jeg syntes kontingentet var for højt. Nu har jeg en konflikt med kommunen om min ferie som pedel, og jeg har ingen at gå til. Hvad kan jeg gøre?

Venlig hilsen
Bjarne Nørgaard
pedel, Ishøj Skole""")

M("", """Hej

Hvem er tillidsrepræsentant for SOSU'erne på Ishøj Plejecenter? Jeg er elev og skal starte i januar og vil gerne vide hvem jeg kan snakke med.

Mvh Liva""")

M("u", """Til direktionsassistenten, Center for Voksne og Velfærd

Jeg skriver som arbejdsmiljørepræsentant og FOA-medlem på hjemmeplejen Nord. Vi har haft tre episoder med vold fra borgere denne måned, og det bliver ikke registreret korrekt. Vi ønsker at direktøren bliver orienteret.

Med venlig hilsen
Karin Lyngby""")

M("ue", """Kære borgerrådgiver

Jeg har fået en advarsel fra min leder i Vej og Park for at have kommet for sent. Jeg har været til samtale i jobcentret fordi min kone er på kontanthjælp og jeg skulle tolke for hende. Min tillidsmand i 3F siger jeg skal klage.

Hilsen
Hüseyin""")

M("", """Til Center for Børn og Forebyggelse

Er det rigtigt at pædagogerne i kommunens børnehaver skal strejke i næste måned, og hvad gør vi forældre så? Skal vi holde fri? Ingen har informeret os.

Med venlig hilsen
Camilla, mor til Ella i Solsikken""")

M("uh", """Til hovedpostkassen

Jeg er sygeplejerske på Ishøj Sundhedscenter og medlem af DSR. Jeg har fået en arbejdsskade, en knivsstikslignende skade i hånden fra en kanyle, og har fået smitte-behandling. Jeg vil gerne have at min arbejdsskadesag bliver anmeldt korrekt, da min leder siger "det går nok".

Vh Line Broe
[[210884-2470]]""")

M("", """Hej Erik

Det undrer mig at kommunen udliciterer rengøringen til et firma uden overenskomst. Jeg mener kommunen bør stille krav om overenskomst i alle udbud. Det er et spørgsmål om ordentlighed.

Med venlig hilsen
Palle, Ishøj Landsby""")

M("ub", """Kære byrådsmedlem

Jeg er medlem af Enhedslisten og HK, og jeg sidder som TR på Ishøj Bibliotek. Jeg vil opfordre byrådet til at trække forslaget om selvbetjent bibliotek om aftenen tilbage. Det er et angreb på de ansatte.

Kamratlig hilsen
Sofie Dam""")

M("ue", """Hej

Mit navn er Dennis og jeg er i Dansk Metal. Min a-kasse har meddelt mig at jeg har opbrugt min dagpengeret den 31. januar. Jeg har brug for at vide hvad kommunen så kan tilbyde, for jeg har en søn på 7 og et huslån.

Venlig hilsen
Dennis Winther
CPR-nr. [[110279-2911]]""")

M("", """Til Center for Beskæftigelse og Erhverv

Kan I oplyse, hvilke a-kasser der holder informationsmøder i jobcentrets lokaler, og om der er et mødelokale vi som fagforening kan leje til et fyraftensmøde for medlemmer?

Venlig hilsen
Sekretariatet, Serviceforbundet""")

M("u", """Hej Annette

Som fællestillidsrepræsentant for de kommunale 3F'ere i Ishøj vil jeg gerne gøre dig opmærksom på at lønsedlerne for oktober har fejl i tillæggene for weekendarbejde. Det gælder ca. 40 medarbejdere.

Med venlig hilsen
Jan Erik Holt""")

M("uh", """Hej med dig

Du hjalp mig sidste år da jeg var ved at miste mit job på Ishøj Skole. Nu er jeg sygemeldt med depression igen, og denne gang er det ledelsen der vil have mig til en "fratrædelsessamtale". Jeg er medlem af DLF og har min konsulent med. Jeg ville bare lige orientere dig.

Rasmus""")

M("", """Til Personaleudvalget

Vi er et par medarbejdere i Ishøj Kommune der synes at julefrokosten i år er arrangeret på en måde så deltidsansatte ikke kan komme. Kan tidspunktet flyttes?

Med venlig hilsen
Nogle fra Teknik og Miljø""")

M("u", """Fra: Gitte Friis
Til: borgmester@ishoj.dk

Jeg har netop meldt mig ind i BUPL igen efter 10 år som ikke-medlem, fordi lønforhandlingerne i Ishøj er så urimelige. Jeg forventer at borgmesteren tager det alvorligt at pædagogerne flygter fra kommunen.

Gitte Friis, pædagog""")

M("", """Hej

Er der nogen fagforening der har lokaler i Ishøj Bycenter? Jeg skal aflevere en blanket for min far og kan ikke finde adressen.

Mvh Joakim""")

M("ue", """Kære Lone Kjær

Jeg har været på dagpenge fra Det Faglige Hus' a-kasse i et år, og jobcentret har nu sendt mig i virksomhedspraktik i kommunens Vej og Park i 13 uger uden løn. De andre ansatte får løn for det samme arbejde. Det er ikke fair.

Venlig hilsen
Morten""")

M("", """Til Center for Voksne og Velfærd

Jeg sidder i en uddannelsesgruppe i FOA og vil gerne aftale et besøg på jeres nye demensafsnit med 15 elever. Jeg skriver i min egenskab af underviser.

Mvh
Henriette Bay, FOA Uddannelse""")

M("u", """Kære borgerrådgiver,

Jeg har været tillidsrepræsentant for HK i Borgerservice i 6 år. Nu hvor jeg er gået på pension, vil jeg gerne gøre opmærksom på en kultur af råben i ledelsen, som jeg ikke kunne sige noget om mens jeg var ansat. Jeg ønsker at være anonym.""")

M("uhe", """Til Jobcentret

Jeg var ansat som chauffør i 14 år og medlem af 3F. I marts kørte jeg galt i en arbejdsbil og brækkede bækkenet. Nu er jeg på sygedagpenge og min arbejdsgiver har opsagt mig. Jeg har brug for hjælp til omskoling.

Med venlig hilsen
Kurt Lauritsen
personnr.: [[191168 1037]]""")

M("", """Hi,

Do you know if the municipality has any English-language information about Danish unions and unemployment insurance (a-kasse)? We run a newcomer café at the library and get this question a lot.

Best,
Sara, Ishøj Library volunteers""")

M("u", """Til udvalgsformanden

Som formand for Lærerkredsen i Ishøj ... nej, jeg skriver nu som almindeligt medlem af DLF, da jeg er gået af som formand. Jeg vil bede om at få aktindsigt i skolernes sygefraværsstatistik for lærerne i 2025.

Med venlig hilsen
Peter Lindholm""")

M("e", """Hej, jeg er ikke i en fagforening men jeg er i ASE a-kasse. jeg har fået et brev om at jeg skal til CV-samtale i jobcentret på mandag. men min a-kasse siger jeg ikke skal. hvem har ret?? mvh Jacob""")

M("u", """Til borgmesterens PA

Jeg vil gerne klage over at min TR-tid er blevet skåret fra 6 til 2 timer om måneden uden forhandling. Jeg er tillidsrepræsentant for SL-medlemmerne på Bostedet Åsgården.

Med venlig hilsen
Kasper Dyhr""")

M("", """Hej

Jeg vil gerne vide hvordan kommunens ansatte er organiseret – hvor mange er medlem af en fagforening? Jeg skriver en artikel til Ishøj Avis om den danske model.

Med venlig hilsen
Trine Hald, journalist""")

M("ut", """Hej Erik

Jeg er polak og arbejder på en byggeplads ved den nye skole. Vi er mange polakker og rumænere på pladsen, og vi får lavere løn end de danske. Jeg er medlem af 3F, men ikke alle af os er. Kommunen er bygherre, kan I ikke tjekke det?

Piotr""")

M("u", """Kære Annette,

Tak for mødet i tirsdags. Som aftalt sender jeg her listen over de punkter vi i Ishøj Lærerforenings kontaktudvalg, hvor jeg er kontaktperson, har til budgetmødet. Jeg vedhæfter også mit eget forslag som DLF-medlem om lejrskoletilskud.

Venlig hilsen
Anne Marie""")
