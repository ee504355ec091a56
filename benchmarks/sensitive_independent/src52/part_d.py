"""corpus52 part d: unions and disputes at municipal workplaces."""
from common import M

M("u", """
Kære formand for Børne- og Skoleudvalget

Jeg er tillidsrepræsentant for pædagogerne i Børnehuset Vibeholm og BUPL-medlem gennem
18 år. Vi har i et halvt år været to voksne til 22 børn om eftermiddagen, fordi
stillinger ikke bliver genbesat. Ledelsen siger, at det er et budgetspørgsmål. Vi
beder om et møde med udvalget.

Med venlig hilsen
Charlotte Winther, TR
""")

M("", """
Hej Erhvervsservice

Hvilke fagforeninger og a-kasser er med på jobmessen i Ishøj Idrætscenter den 4.
marts? Vi er en mindre virksomhed, der gerne vil have en stand ved siden af dem.

Mvh
Lene Ravn, HR, Ravn Transport A/S
""")

M("uh", """
Hej Jette

Jeg er i FOA og har været sygemeldt med stress i tre uger fra hjemmeplejen. Min leder
ringer næsten hver dag og spørger, hvornår jeg kommer tilbage, og nu har hun indkaldt
til en sygefraværssamtale uden min tillidsrepræsentant. Må hun det?

Hilsen
Bente
""")

M("ue", """
Kære Kim

Jeg blev fyret fra rengøringen på rådhuset i fredags efter 11 år, fordi rengøringen
skal udliciteres. 3F har sagt, at fyringen måske er usaglig. Nu skal jeg melde mig
ledig, og jeg er 59. Jeg forstår ikke, at byrådet kan sende sine egne folk ud på den
måde.

Med venlig hilsen
Lis Marie Jørgensen
""")

M("", """
Kære Økonomiudvalg

Jeg har hørt, at medarbejderne på Materielgården ikke har fået deres genetillæg for
vinterberedskab i december. Hvis det er rigtigt, er det ikke i orden. Kommunen skal
overholde sine aftaler.

Mvh
Jytte Abildgaard
""")

M("u", """
Hej Jakob

Vi er fem fra HK på Borgerservice, der har skrevet under på vedlagte brev. Siden
omorganiseringen sidder vi alene i skranken om torsdagen, og der har været to episoder
med trusler. Vi har bedt ledelsen om en vagt, men intet sker.

Med venlig hilsen
Tina, Rikke, Mona, Lars og Per
""")

M("u", """
Hej Peter

Jeg meldte mig ud af 3F sidste år, fordi de ikke gjorde noget for os på vejene. Nu
får vi at vide af vores formand, at kun de organiserede får den nye tillægsaftale. Kan
kommunen virkelig forskelsbehandle sådan?

Mvh
Brian, vejafdelingen
""")

M("", """
Til HR

Jeg er ikke medlem af nogen fagforening, og jeg er glad for det. Men nu skal alle nye
medarbejdere på vores afdeling til et "velkomstmøde" med en fra fagforeningen i
arbejdstiden. Hvorfor er det kommunens opgave?

Venlig hilsen
Ann-Sofie Rask
""")

M("u", """
Hej Mette

Jeg er Krifa-medlem og arbejder som dagplejer i Ishøj. Ved sidste lokallønsforhandling
blev jeg ikke inviteret, fordi "vi kun forhandler med FOA". Jeg betaler også
kontingent. Hvem forhandler for mig?

Venlig hilsen
Hanne Dalby
""")

M("", """
Hej

Jeg har min a-kasse i ASE og arbejder som timelønnet tilkaldevikar på skolerne. Skal
jeg have et ansættelsesbevis for hver vagt, eller er det nok med ét?

Mvh
Kristian Holm
""")

M("ue", """
Til borgerrådgiveren

Jeg er på dagpenge fra Metals a-kasse og har fået en indkaldelse til jobcentret på et
tidspunkt, hvor jeg er til jobsamtale i Køge. Jeg har ringet tre gange og fået at vide,
at jeg bare skal møde op, ellers mister jeg dagpengene. Er det rigtigt?

Venlig hilsen
Dennis Aagaard
cpr-nr. [[150488-1357]]
""")

M("u", """
Kære direktør for Center for Voksne og Velfærd

Jeg er sygeplejerske på Ishøj Sundhedshus og medlem af DSR. Vi har fået nyt
vagtskema, hvor vi skal dække aftener uden det tillæg, overenskomsten giver. Min
kreds har skrevet til jer, men svaret er, at "sagen undersøges". Hvornår kan vi få
svar?

Med venlig hilsen
Maria Sandberg
[[210879 2145]]
""")

M("uh", """
Hej Ahmed Hussein

Jeg fik en arbejdsskade i køkkenet på Ishøj Plejecenter i oktober, hvor jeg brændte
min hånd på en stegeplade, der var gået i stykker i månedsvis. FOA har anmeldt skaden,
men kommunen har endnu ikke svaret. Jeg kan stadig ikke bruge to fingre.

Venlig hilsen
Nimo Farah
""")

M("", """
Til Ældre- og Sundhedsudvalget

Hvor mange arbejdsskader blev anmeldt på kommunens plejecentre i 2025, og hvor mange
af dem skyldtes forflytninger? Tallene skal bruges i vores arbejdsmiljøudvalg.

Mvh
Arbejdsmiljørepræsentanten, Ishøj Plejecenter
""")

M("u", """
Kære Anne Mette

Som tillidsrepræsentant for DLF på Ishøj Skole skal jeg på vegne af lærerne gøre
opmærksom på, at vi i år har fået 35 undervisningstimer mere om året uden at
forberedelsestiden er fulgt med. Vi vil gerne invitere udvalget på besøg.

Med venlig hilsen
Thomas Brix
""")

M("", """
Hej

DLF siger i avisen, at lærerne i Ishøj underviser mere end i nabokommunerne. Passer
det? Og hvad mener byrådet om det? Jeg er forælder og vil gerne forstå diskussionen.

Mvh
Henriette
""")

M("u", """
Hej

Jeg har fået en skriftlig advarsel for at komme for sent tre gange, mens bussen
var aflyst. Krifa siger, advarslen ikke holder. Min leder siger, den bliver stående.
Kan byrådet gøre noget, eller er det kun fagforeningen?

Mvh Jonas, Materielgården
""")

M("", """
Til Økonomiudvalget

Jeg er konsulent i HK Kommunal og skriver på vegne af vores medlemmer i kommunens
administration om planerne om at samle lønfunktionen med Vallensbæk. Vi beder om at
blive inddraget i processen, før der træffes beslutning.

Med venlig hilsen
Rasmus Thorup, konsulent, HK Kommunal Hovedstaden
""")

M("u", """
hej Rasmus
er i 3F og kører skraldebil for kommunen. vores formand på vejen vil have vi starter kl 5
i stedet for 6 fra nytår uden at snakke med os. det er ikke okay. kan du ikke spørge
hvem der har besluttet det
Mikkel
""")

M("ut", """
Kære borgmester

Jeg er fra Tyrkiet og den eneste på holdet på Materielgården, der er i FOA. Mine
kolleger kalder mig "tyrken" og giver mig altid de værste opgaver. Da jeg sagde det
til min formand, sagde han, at det bare er for sjov. Jeg vil gerne tale med nogen.

Venlig hilsen
Mehmet Kaya
""")

M("ub", """
Hej Søren

Jeg er TR for SOSU'erne i hjemmeplejen Syd og medlem af Enhedslisten. Jeg har hørt, at
budgetforliget betyder færre minutter til hver borger næste år. Som TR og som borger
vil jeg gerne vide, om det er rigtigt.

Mvh
Dorthe Bang
""")

M("ue", """
Hej Jette

Jeg er i HK og går på barsel med min søn fra 1. marts. Jeg er ansat i kommunens
borgerservice og får løn under barsel, men min kollega i ungdomsskolen får kun
barselsdagpenge. Hvorfor er det forskelligt? Jeg skal selv søge dagpengene fra uge 30.

Mvh
Jesper Winther
""")

M("uh", """
Kære Lise Bundgaard

Jeg er gravid i 5. måned og pædagog i Børnehuset Solstrålen, medlem af BUPL. Min leder
vil ikke flytte mig fra vuggestuen, hvor jeg løfter børn hele dagen, selvom min læge
har skrevet, at jeg skal skånes. BUPL siger, det er kommunens pligt.

Venlig hilsen
Kristina Ahlgren
""")

M("u", """
Hej Michael

Jeg er Djøf-medlem og økonomikonsulent i Center for Borger, Økonomi og IT. Vi er flere,
der har fået at vide, at vi ikke kan få betalt overarbejde under budgetlægningen, men
at vi "må afspadsere i januar". Det står ikke i vores kontrakt. Kan du undersøge det?

Mvh
Sidsel Rønne
""")

M("", """
Til IT-support

Jeg kan ikke logge ind på lønportalen. Min medarbejdernr. er 120345, og systemet
siger "bruger findes ikke". Min leder har bedt mig rette min bankkonto, reg.nr. 2191,
kontonr. 0112851234, før næste lønkørsel. Kan I hjælpe?

Mvh
Anette Dahl, Ishøj Bibliotek
""")

M("u", """
Hej Kim

Vi er nogle stykker i Dansk Metal, der arbejder på kommunens værksted. Værkstedet skal
flyttes til en hal uden udsugning, og vi har fået at vide, det er "midlertidigt" i to
år. Vil du komme ud og se det?

Mvh
Steen, Jan og Kurt
""")

M("ue", """
Til borgmesterens PA

Jeg er ingeniør, medlem af IDA og har været ledig i otte måneder. Jobcentret har
indkaldt mig til et forløb om "at skrive CV", som jeg har lavet to gange før. Jeg vil
gerne bruge tiden på at søge job. Kan borgmesteren hjælpe mig med at få det ændret?

Venlig hilsen
Lasse Kjær
Ishøj Strandvej 110
[[0304823011]]
""")

M("", """
Kære Teknik- og Miljøudvalg

Hvordan er 3F inddraget i kommunens nye arbejdstidsregler for rengøringen? Jeg har
hørt, at reglerne blev vedtaget uden høring af de ansatte, og det lyder ikke som
den danske model.

Venlig hilsen
Morten Lauge
""")

M("uh", """
Hej Jette

Jeg er TR for SOSU'erne på Ishøj Plejecenter. Min kollega Fatima er blevet syg med
vejrtrækningsproblemer, efter at vi har fundet skimmelsvamp i vagtstuen. Hun har været
hjemme i fem uger. Ledelsen siger, at rummet er "under observation". Kan udvalget
sætte en undersøgelse i gang?

Mvh
Randi Sørensen
""")

M("", """
Kære byråd

Ishøj Kommune bør overholde overenskomsten med FOA og ikke presse de ansatte i
hjemmeplejen til at tage flere besøg i samme tid. Man kan se på deres biler rundt
omkring i byen, hvor travlt de har.

Venlig hilsen
Lars Quist
""")

M("u", """
Hej Michael

Jeg er medlem af Lederne og leder af en daginstitution i Ishøj. Jeg er blevet bedt om
at lave en sparerunde på 8 % inden 1. april uden at må tale med forældrebestyrelsen
først. Jeg vil gerne vide, om det er byrådets beslutning eller forvaltningens.

Venlig hilsen
Jeanette Lund
""")

M("ue", """
Hej Bjarne

Jeg er FOA-medlem og får supplerende dagpenge, fordi jeg kun har 20 timer om ugen i
kommunens køkken. Jeg har bedt om flere timer i to år, men de nye stillinger går til
vikarer. Hvordan kan det passe?

Venlig hilsen
Suzan
""")

M("", """
Hej

Jeg har læst, at 3F har varslet blokade af en entreprenør, der bygger for kommunen på
Ishøj Havn. Kommer det til at forsinke byggeriet af de nye lejligheder?

Mvh
Pia
""")

M("uh", """
Til borgerrådgiveren

Jeg er sygeplejerske og medlem af DSR. Efter en voldsom episode på psykiatrisk
bosted i november har jeg fået diagnosen PTSD. Jeg føler, at min leder og HR har
behandlet sagen som om det var min egen skyld. Jeg vil gerne klage over
sagsbehandlingen af min arbejdsskade.

Venlig hilsen
Annemette Krog
[[280375–1648]]
""")

M("", """
-----Oprindelig meddelelse-----
Fra: Nyhedsbrev FOA Sydvest
Sendt: 3. februar 2026 08:12
Emne: Kom til fyraftensmøde om arbejdsmiljø

Kære alle

Vi holder fyraftensmøde om det psykiske arbejdsmiljø i ældreplejen den 19. februar
kl. 16 i Ishøj Kulturhus. Alle er velkomne.

---
Hej Jette, er det ikke noget for udvalget at høre? Jeg sender den lige videre.
Hilsen Bo
""")

M("u", """
Hej Rikke,
Se nedenfor. Jeg sender den til dig, fordi HR ikke svarer.
Hilsen Gitte, TR, FOA, Dagplejen

-----Oprindelig meddelelse-----
Fra: Gitte Holm
Sendt: 28. januar 2026 14:03
Til: HR Ishøj
Emne: Dagplejernes gæstedage

Hej HR. Som tillidsrepræsentant for dagplejerne beder jeg igen om et svar på, hvordan
gæstedagene fremover skal afregnes. Vi har ventet siden oktober.
""")

M("ut", """
Dear Mr. Olsen,

I am a Polish cleaner at Ishøj Skole and a member of 3F. Since the new contractor took
over, my Polish colleagues and I are always given the evening shifts, and our Danish
colleagues the morning. When I asked, the manager said "you people don't mind". I want
the council to know this.

Regards,
Agnieszka Wójcik
""")

M("", """
Hi,

Which union covers cleaners at municipal schools in Denmark? I have just started at
an agency and would like to know before I sign my contract.

Thanks,
Maria
""")

M("u", """
Til Ishøj Kommune, HR

Vi er fire medlemmer af Det Faglige Hus, der arbejder i Ishøj Kommunes parkafdeling.
Vi har ikke fået udleveret regntøj siden 2023. Vi har spurgt vores leder tre gange.
Kan det virkelig passe?

Venlig hilsen
Ole, Ali, Kevin og Søren
""")

M("u", """
Kære Teknik- og Miljøudvalg

Jeg var i sin tid formand for HK's klub på rådhuset, og jeg er for længst holdt op.
Jeg kan se, at kantinen skal lukkes. Da vi forhandlede den i 1998, var det en del af
en samlet aftale om arbejdsmiljøet. Det er trist at se den forsvinde.

Med venlig hilsen
Else-Marie Hald
""")

M("", """
Hej

HK's lokalafdeling holder kursus om pension i Kulturhuset den 10. marts. Er det åbent
for alle, eller kun for medlemmer? Jeg har set plakaten på biblioteket.

Mvh Yvonne
""")

M("us", """
Hej Kim

Min mand Kenneth og jeg er begge i 3F og arbejder på kommunens genbrugsplads. Vi har
spurgt, om vi kan få ferie i samme uger i juli, men lederen siger, at "par ikke kan
holde fri samtidig". Det gælder ikke for de andre par på pladsen. Er det en regel?

Mvh
Peter Holm
""")

M("heu", """
Kære borgerrådgiver

Jeg er i FOA og har været SOSU-hjælper i 14 år. Efter en diskusprolaps var jeg på
sygedagpenge i et år, og nu er jeg i jobafklaringsforløb. Min sagsbehandler er skiftet
fire gange, og ingen har læst mine papirer. Jeg vil gerne klage.

Venlig hilsen
Lone Vestergaard
cpr: [[081169-2234]]
""")

M("", """
Hej

Er fagbevægelsens fagfestival i Ishøj Kulturhus gratis for alle, eller skal man være
medlem af en fagforening for at komme ind? Jeg tager gerne mine to teenagere med.

Mvh
Anders
""")

M("u", """
Til Økonomiudvalget

Jeg skriver som advokat i Djøf på vegne af vores medlem Jens Holst, der er ansat i
Center for Byudvikling og Natur. Vi mener, at hans nye lønindplacering er i strid med
overenskomsten, og vi beder om et møde inden 14 dage.

Med venlig hilsen
Caroline Brink, advokat, Djøf
""")

M("u", """
Hej Anne Mette

Jeg er lærer på Vejlebroskolen og har været i DLF siden 1994. Jeg skriver ikke som TR,
men som en, der har set mange reformer. Den nye plan for specialklasserne er lavet uden
at spørge os, der skal føre den ud i livet.

Venlig hilsen
Bent Juhl
""")

M("u", """
Hej Jakob

Jeg er medlem af Fødevareforbundet NNF og arbejder i kommunens centralkøkken, hvor vi
laver madordningen til de ældre. Vi har fået besked på, at vi skal køre i to hold fra
5.30, uden at vores TR er blevet spurgt. Er det besluttet politisk?

Mvh
Sanne Ibsen
Ishøjvej 4
cpr [[190691-3226]]
""")
