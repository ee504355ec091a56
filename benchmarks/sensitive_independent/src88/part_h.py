"""corpus88 part H: longer mixed mails with several categories (unions and TR roles of
parents, rainbow families, origin, faith, house sales), many in English, some with
CPR numbers in signatures; class trips, clubs and school policy as negatives."""
from common import M

M("us", """
Til Børne- og Skoleudvalget

Jeg er pædagog og TR for BUPL i Børnehuset Mælkebøtten, og jeg er gift med en kvinde,
Lotte, som også er pædagog. Vi oplever at kommunens nye forældreinformation kun taler
om "mor og far". Det er svært at stå bag som personale, når man selv lever i en
regnbuefamilie. Kan udvalget tage det op?

Med venlig hilsen
Sabine Kruse
""")

M("tu", """
Hej borgmester

Jeg er født i Tyrkiet og har været lærer i Ishøj i 25 år. Jeg er medlem af DLF og har
været TR i ti af dem. Jeg synes at vi taler for lidt om de tosprogede drenge, der
dropper ud efter 9. klasse. Jeg vil gerne mødes med dig om det.

Venlig hilsen
Mehmet Aydin
""")

M("", """
Hi,
How much is the class trip to Berlin for 8th grade, and can we pay in instalments? The
school only posted the date on Aula.
Helle
""")

M("psu", """
Dear Councillor Hanne Berg,

My husband David and I are selling our flat on Ishøj Strandvej because we are
expecting to adopt a baby and need more room. We have a buyer, but the bank wants a
statement from the municipality about the planned noise barrier. As a member of HK I
know how slowly these things can go. Could you help us get an answer?

Best regards,
Paul Watson
""")

M("ub", """
Til Ishøj Skole

Jeg er 3F'er og kirkesanger ved siden af, men det er ikke det det handler om. Jeg
skriver fordi min datter Karla skal konfirmeres i maj, og skolen har lagt en
idrætsdag samme dag som konfirmationsforberedelsen. Kan det flyttes?

Mvh
Søren Kjær
""")

M("s", """
Hej SFO'en

Det er min kone Mia, der henter Ellen i dag og resten af ugen. Jeg er på kursus i Aarhus.

Vh Laura
""")

M("tu", """
Hello,

I am Polish and work as a carer at Ishøj Plejecenter. I am a member of FOA. My son
Filip (10) has started at Strandgårdskolen and the school writes everything in
Danish. Can we get the school letters in English or Polish?

Regards,
Katarzyna Wiśniewska
""")

M("pt", """
Til Center for Byudvikling og Natur

Vores familie er fra Pakistan, og vi har tre generationer under samme tag. Vi har fået
et bud på vores hus på Vejledalen, og vi har selv budt på en større grund i Torslunde,
hvor vi vil bygge til bedsteforældrene. Må man bygge to boliger på samme matrikel?

Venlig hilsen
Tariq Mahmood
""")

M("us", """
Til borgerrådgiveren

Jeg er tillidsrepræsentant for FOA på et af kommunens plejecentre. En kollega har
fortalt mig at hun bliver kaldt nedsættende ting af en leder, fordi hun er biseksuel.
Hun vil ikke selv skrive. Hun hedder Nanna og har givet mig lov til at skrive om det.
Hvad kan I gøre?

Mvh Lisbeth Krogh
""")

M("b", """
Hej

Vi er medlemmer af Ishøj Frikirke og vores to børn går på Gildbroskolen. Vi vil gerne
høre om skolen har en politik for at børn kan tale om deres tro i timerne. Vores
yngste er blevet grinet af, fordi han bad bordbøn i madordningen.

Mvh Hanne og Erik Toft
""")

M("st", """
Hi,

We are two dads from Spain, Javier and Marco, and our daughter Lucía starts in 0.C
this summer. We would like to know if the school has experience with rainbow
families. Lucía was born by surrogacy and sometimes gets questions about her mother.

Best,
Javier Romero
""")

M("", """
Til skolelederen

Vi er nogle forældre der gerne vil lave en lektiecafé i klubben om tirsdagen. Må vi
bruge lokalerne fra kl. 16 til 18?

Mvh Forældrenetværket på Vejleåskolen
""")

M("pu", """
Hej Anja

Jeg er lærer, DLF-medlem og bor i Torslunde. Vi har sat vores hus til salg for at
flytte tættere på min nye skole i Greve. Men køberen vil vide om skolen i Torslunde
lukker, for de har to små børn. Kan du sige noget om det?

Mvh Camilla Høj
""")

M("ts", """
Til Vejleåskolen

Min kone Amal og jeg er fra Marokko og Danmark, og vi har to døtre i 3. og 5. klasse.
Vores yngste kommer grædende hjem, fordi hun er blevet kaldt "lesbebarn". Hun ved godt
at hun har to mødre, men hun er ved at blive ked af det. Vi beder om et møde.

Venlig hilsen
Sara Møller
""")

M("u", """
Til dagsordensamleren

Jeg er formand for Ishøj-afdelingen af 3F og skriver som privatperson og som medlem:
jeg har selv tre børn i kommunens skoler og vil gerne bede udvalget tage
skolevejen på Ishøj Landevej op. Den er farlig.

Mvh Bjarne Lykke
""")

M("hs", """
Kære PPR

Vores søn Elias på 8 har fået diagnosen ADHD. Min mand Kasper og jeg vil gerne have et
forældrekursus. Vi har hørt at PPR holder dem, men vi kan ikke finde datoerne.

Mvh Thomas Juhl
""")

M("bt", """
Dear Ishøj Kommune,

We are a Jewish family from Israel and our son Eitan (7) attends Ishøj Skole. On
Friday afternoons we celebrate Shabbat and he needs to be home by 15.00 in winter. Can
he be picked up early from SFO without it being registered as a problem?

Kind regards,
Noa and Yoav Levi
""")

M("pu", """
Hej Center for Byudvikling og Natur

Jeg er i Dansk Metal og vores klub på virksomheden har spurgt om jeg vil være TR, så
jeg har travlt. Vi har solgt vores hus med forbehold for at vi får godkendt en
tilbygning på det nye hus vi vil købe. Begge handler venter på jer. Sagsnr.
2026-44182.

Mvh
Ronni Svendsen
""")

M("", """
Hello,
Are there plans for covered bike parking at Vibeholmskolen? It is a real problem when
it rains.
Carsten, dad in 4.a
""")

M("su", """
Hello,

My boyfriend Lars and I (I'm a guy) are both nurses in the DSR union and work night
shifts. We are about to become foster parents to a 12-year-old boy. Are there SFO or
club places open until 18 in Ishøj?

Thank you,
Ben Taylor
""")

M("tb", """
Til Ishøj Skole

Vores søn Kiran er født i Indien og adopteret af os. Vi er selv kristne, men vil gerne
at han lærer om hinduisme fordi det er en del af hans oprindelse. Har skolen
undervisning i det?

Venlig hilsen
Mette og Jens Vestergaard
""")

M("ue", """
Hej borgerrådgiver

Jeg er HK-medlem og blev opsagt fra min stilling som skolesekretær i september. Jeg
mener ikke at opsigelsen var saglig, og min fagforening har overtaget sagen. Men jeg
vil også klage over at min leder fortalte forældre i skolebestyrelsen hvorfor jeg
var stoppet.

Mvh
Lene Bech
""")

M("sp", """
Til borgmesteren

Min mand Henrik og jeg, to mænd der har været gift i 15 år, har sat vores villa i
Ishøj Landsby til salg. Vores søn skal i gymnasiet i København. Mægleren siger at
køberne er bekymrede for den nye vindmølle. Hvad er status?

Mvh
Carsten Birk
""")

M("t", """
Hej

Jeg er grønlænder og mine børn er halvt grønlandske. Kan skolen tilbyde
modersmålsundervisning i grønlandsk? Min søn vil gerne lære at tale med sin farmor i
Nuuk.

Mvh Aviaja Lynge
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi ønsker at klubberne holder åbent til kl. 21 om fredagen. Der er for lidt for de
store børn at lave i Ishøj om aftenen.

Mvh Ungdomsrådet
""")

M("ub", """
Kære Anja Thomsen, formand for Børne- og Skoleudvalget

Jeg er medlem af Venstre og af Lederne, og jeg er far til tre på Strandgårdskolen. Jeg
er uenig i udvalgets beslutning om lange skoledage. Jeg håber du vil tale med os
forældre, før I vedtager mere.

Venlig hilsen
Kristian Winther
""")

M("s", """
hej
jeg er 14 og jeg tror jeg er bi. min mor ved det ikke. kan jeg snakke med en i
klubben om det uden at det kommer videre? jeg går i klubben på Gildbrohøj
""")

M("tu", """
Til skolechefen

Jeg er lærer fra Bosnien, kom som flygtning i 1993 og har undervist i Ishøj siden.
Jeg er medlem af Danmarks Lærerforening. Vi har brug for flere lærere med
tosprogskompetencer. Vil kommunen satse på det i rekrutteringen?

Venlig hilsen
Senad Hodžić
""")

M("s", """
Dear Center for Børn og Forebyggelse,

My wife Hannah and I are looking for a childminder (dagplejer) for our baby Zoe. We
are both women and have had bad experiences with a private childminder who did not
accept our family. Can we visit one of your childminders first?

Best regards,
Emily Carter
""")

M("hp", """
Hej

Vi har sat vores hus til salg, fordi min mand har fået sclerose og ikke kan gå på
trapper længere. Vores søn skal have en ny skole, hvis vi flytter til Vejleå Park. Hvem
kan vi tale med om skifte?

Mvh Birgitte Vang
""")

M("u", """
Hej kommune

Jeg er sosu-assistent og medlem af FOA. Jeg har aftenvagter og min søn er 11, så han
er alene hjemme. Findes der en aftenklub for børn i 4.-6. klasse i Ishøj?

Mvh Zeynep
""")

M("", """
Hej
Hvem har ansvaret for skolepatruljen ved Strandgårdskolen? Der mangler voksne til at
hjælpe om morgenen.
Vh Annie
""")

M("bu", """
Til Ishøj Kommune

Jeg er imam i en af moskeerne i Ishøj og far til tre. Jeg er også medlem af Krifa fra
mit tidligere arbejde. Vi vil gerne tilbyde at komme ud på skolerne og fortælle om
islam i religionstimerne. Hvem skal jeg kontakte?

Mvh Abdullah Rashid
""")

M("sh", """
Til Center for Børn og Forebyggelse

Min kone og jeg fik vores søn i februar, og jeg har efterfødselsdepression. Min kone
bærer det hele lige nu. Vi vil gerne have besøg af sundhedsplejersken igen. Hvordan
beder vi om det?

Venlig hilsen
Sofie Winther-Holm
""")

M("tp", """
Hej Byggesag

Vi er en syrisk familie der har fået et godt tilbud på et lille hus i Ishøj Landsby.
Sælgeren siger at carporten ikke er godkendt. Vi vil ikke købe, før vi ved om den
skal rives ned. Vi skal svare på onsdag.

Mvh Hassan Al-Sayed
""")

M("u", """
Hej

Vi er en gruppe lærere fra forskellige forbund, DLF og BUPL, der arbejder på
Gildbroskolen. Vi vil gerne invitere byrådets Børne- og Skoleudvalg til at besøge
skolen og se hvordan de nye ressourcecentre fungerer.

Mvh personalet på Gildbroskolen
""")

M("s", """
Til borgerrådgiveren

Jeg er homoseksuel og har været gift med min mand i tre år. Min søn fra et tidligere
forhold går på Ishøj Skole. Hans lærer har spurgt ham foran klassen om "hvem der er
pigen" hjemme hos os. Jeg vil klage.

Mvh
Michael Friis
CPR [[151080-1947]]
""")

M("tu", """
Hello,

I am from Nigeria and I work as a nurse at Hvidovre Hospital, member of DSR. My
daughter was told by a classmate to "go back to Africa". The school called it a
misunderstanding. I disagree.

Adaeze Okafor
CPR: [[280984-1236]]
""")

M("ps", """
Hej

Min kone Julie og jeg har skrevet under på købet af et rækkehus på Gildbrohøj, men
handlen er betinget af at vi sælger vores lejlighed i Valby. Kan vi allerede nu skrive
os op til vuggestue i Ishøj?

Mvh Katja Lund
[[090391-2206]]
""")

M("", """
Til skolechefen

Hvornår udkommer kommunens nye skolepolitik, og kan borgere kommentere på den inden
den vedtages?

Venlig hilsen
Poul Erik Dalgaard
""")

M("tb", """
Til SFO'en

Min søn Ahmet er tyrkisk og muslim, og han spiser kun halal. SFO har haft
frikadeller tre gange. Vi har skrevet det på hans indskrivningsblanket.

Mvh Serpil
CPR nr. [[120586 1823]]
""")

M("u", """
Kære borgmester

Jeg var medlem af BUPL i 30 år, men meldte mig ud, da jeg holdt op som pædagog. Jeg er nu
frivillig i lektiecaféen og ser hvor trængt personalet er. Jeg håber I afsætter flere
penge til klubberne.

Mvh
Jytte Holm
""")

M("us", """
To the chair of the Children and Schools Committee,

I'm a teacher at Ishøj Skole and a DLF member. My husband and I are a gay couple and we
have been asked by a parent whether "people like us" should teach young children. The
school management did nothing. I expect a response.

Regards,
Thomas Eriksen
[[1107761013]]
""")

M("pu", """
Til borgerrådgiveren

Vores køber er sprunget fra handlen af huset på Vejledalen, fordi kommunen ikke har
godkendt vores skur. Jeg er TR i HK på mit arbejde og kender godt til klagefrister.
Vi vil klage over sagsbehandlingstiden.

Mvh
Annemette Kjær
[[210472–2618]]
""")

M("tb", """
Hej

Vi er fra Eritrea og er ortodokse kristne. Vores datter Selam skal have fri til
timkat den 19. januar, som er vores vigtigste fest. Kan I give hende fri?

Venlig hilsen
Yonas Tesfaye, [[011079\u00a01540]]
""")

M("su", """
Hej

Jeg er lesbisk og alenemor til Noah på 4, og jeg er medlem af 3F. Jeg arbejder på
Avedøreværket med skiftende vagter. Kan dagplejen hente Noah kl. 16.30 i stedet for
16.00 på mandage?

Mvh
Dorte Skovgaard
cpr [[240893-2117]]
""")

M("pt", """
Hej Ishøj Kommune

Vi er en tamilsk familie fra Sri Lanka og har lige fået accept på vores bud på en
andelslejlighed i Vejleå Park. Bestyrelsen skal godkende os på næste møde. Vores søn
skal i 2. klasse. Hvilken skole hører andelsboligforeningen til?

Mvh
Suresh Kumaran
[[300682-1104]]
""")

M("hu", """
Kære Center for Børn og Forebyggelse

Jeg er lærer og TR for DLF, og jeg har selv en datter med epilepsi. Jeg skriver for at
takke for den hurtige hjælp med en plan for hende på Vejleåskolen. Det har gjort en
stor forskel.

Mvh
Britt Andersen
[[191170–2734]]
""")

M("", """
Hej
Jeg er i tvivl om klubben på Ishøj Strandvej er åben i efterårsferien. Min søn
vil gerne spille bordtennis.
Mvh Ayla
""")
