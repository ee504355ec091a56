"""corpus58 part A: origin said directly and indirectly, with hard negatives."""
from common import M

M("t", """Til borgerrådgiveren

Jeg vil gerne klage over den måde, jeg blev behandlet på i Borgerservice tirsdag formiddag.
Jeg er romani, og det står vel ikke skrevet i panden på mig, men da jeg sagde mit efternavn,
sagde medarbejderen til sin kollega "nå, så er de her igen". Min familie har boet i Ishøj
siden 1994, og jeg har aldrig oplevet noget lignende på rådhuset.

Jeg ønsker ikke at være anonym. Ring gerne på 28 71 44 90.

Venlig hilsen
Dragan Nikolić""")

M("te", """Hej

jeg er fra Nuuk og flyttede herned i 2019 sammen med mine to børn. Nu er min kæreste flyttet
ud og jeg kan ikke betale huslejen på Vejleåparken alene. Jeg har søgt boligstøtte for 3 uger
siden men har ikke hørt noget. Kan i se hvor den er henne?

Qivioq Lund""")

M("", """Hej Ishøj Bibliotek

Hvornår er der arrangement til den grønlandske nationaldag den 21. juni i år? Sidste år var
der trommedans og kaffemik, og min nabo og jeg vil gerne med igen. Skal man tilmelde sig?

Mvh Birthe""")

M("th", """Til Center for Børn og Forebyggelse

Vores søn Abdirahman går i 4.b på Strandskolen. Han fik type 1-diabetes i foråret og skal
have målt blodsukker i frikvarteret. Vi er fra Somalia og min kone taler ikke så meget
dansk endnu, så vi vil gerne have et møde med sundhedsplejersken og klasselæreren med en
somalisk tolk, så hun også forstår hvad der skal ske hvis han får lavt blodsukker.

Med venlig hilsen
Hassan Warsame""")

M("", """Kære borgmester

Jeg skriver en artikel til Ishøj Avis om bydelene. Kan kommunen oplyse, hvor stor en andel
af beboerne i Vejleåparken og Gadekæret der har anden etnisk baggrund end dansk, og hvordan
tallet har udviklet sig siden 2015? Jeg har set Danmarks Statistiks tal, men de går kun ned
på kommuneniveau.

Venlig hilsen
Lotte Brandt, freelancejournalist""")

M("t", """Til skolechefen

Jeg er klasselærer i 6.a og skriver efter aftale med forældrene. Yusuf i min klasse, hvis
forældre kom hertil som flygtninge fra Syrien, er i flere uger blevet kaldt "abe" og "den
brune" af tre drenge fra 7. årgang i frikvartererne. Vi har haft samtaler, men det stopper
ikke. Jeg mener, sagen skal løftes over skoleniveau.

Venlig hilsen
Mette Kjær, lærer, Vibeholmskolen""")

M("tb", """Hej,

vi er nogle familier der er kurdere fra Tyrkiet. Vi er alevitter og vi mangler et sted hvor vi
kan holde cem-samling et par gange om året, ca 60 personer. Kan vi leje salen på Ishøj
Medborgerhus en søndag og hvad koster det

Venlig hilsen Hüseyin Doğan""")

M("", """Til skolebestyrelsens kontaktperson i forvaltningen

På bestyrelsesmødet i går blev vi spurgt, om kommunen betaler for en arabisk tolk til
forældremøder, eller om skolen selv skal betale af sit budget. Vi vil gerne kende reglerne,
før vi planlægger næste skoleårs forældremøder.

Mvh
Skolebestyrelsen, Ishøj Skole""")

M("te", """Kære Anne (byrådet)

Jeg bor lige ved siden af familien i nr. 14 på Ørnevej. De er polske, far arbejder på
lageret i Greve og mor er hjemme med den lille. I går fortalte hun grædende, at de har fået
brev om udsættelse på fredag, fordi de skylder husleje. De har tre børn. Er der virkelig
ikke noget kommunen kan gøre? Jeg har ikke lov af dem til at skrive, men jeg kunne ikke lade
være.

Hilsen
Jytte fra nr. 12""")

M("t", """Hello,

Mit navn er Ana Lungu, jeg kommer fra Rumænien og bor i Ishøj siden august. Jeg vil gerne
starte på danskuddannelse, men på sprogskolen siger de at jeg skal have et brev fra kommunen
først. Hvem skal jeg skrive til?

cpr [[120488-2745]]
tlf 52 61 09 37

Thank you
Ana""")

M("", """Hej Ishøj Bibliotek,

Jeg så i programmet at der kommer en udstilling om romaernes historie i Europa i november.
Kan man booke en omvisning for en 8. klasse? Vi er 24 elever og to lærere.

Venlig hilsen
Peter Holm, Ishøj Skole""")

M("tu", """til Mads Overgaard, byrådet

jeg er tyrkisk og har arbejdet på byggepladsen ved Ishøj Strand i 2 år. jeg er medlem af 3F.
min formand kalder mig "tyrken" hele tiden og siger jeg skal tage hjem. 3F siger jeg skal
klage til firmaet men kommunen er jo bygherre så jeg skriver også til dig.

Mehmet Yılmaz""")

M("t", """Til Borgerservice

Jeg er adopteret fra Colombia i 1986 og vil gerne se, om kommunen stadig har papirer fra
dengang mine forældre blev godkendt som adoptivforældre. Mine forældre boede på Tranegilde
Strandvej. Jeg ved ikke om sådan noget bliver gemt, men jeg prøver.

Venlig hilsen
Camila Frost""")

M("", """Hi,

I just got a job at the Avedøre power plant and will be moving to Ishøj in March. Do I
register my address online or do I have to come to the town hall? I don't have MitID yet.

Best regards,
Liam O'Connor""")

M("t", """Dear Sir/Madam,

I am Filipina and I work as an au pair for a family on Brøndbyvestervej-side of Ishøj. The
family has kept my passport since I arrived in May and says they will give it back when my
contract ends. Is this legal in Denmark? I am afraid to ask them again.

Please do not contact the family before you answer me.

Maricel""")

M("te", """Hej

Min svigermor bor hos os og har fået hjemmehjælp to gange om ugen siden jul. Hun taler kun
urdu og punjabi, og hjælperne kan ikke forstå hende når hun siger hvad hun har brug for. Er
der mulighed for at få en hjælper der taler urdu? Jeg kan ikke selv være hjemme om
formiddagen.

Mvh Sana""")

M("", """Til Martin Lind, formand for Social- og Integrationsudvalget

Jeg mener, at kommunens integrationspolitik er alt for fokuseret på krav og for lidt på
fællesskab. Der burde være flere penge til foreningslivet i Vejleåparken og færre
kontrolbesøg. Jeg håber, I tager det med i budgetforhandlingerne.

Med venlig hilsen
Kirsten Bech""")

M("th", """Hej,

jeg er født i Eritrea og kom til Danmark som flygtning i 2014. Jeg har haft PTSD siden
og går til psykolog i Glostrup, men nu er forløbet slut og min læge siger jeg skal have
mere behandling. Kan kommunen hjælpe med at finde et sted, hvor man forstår tigrinya? jeg
taler også engelsk.

Tesfay""")

M("pt", """Til Lene Andersen, byrådsmedlem

Vi har sat vores rækkehus på Gildbrohøj til salg i maj. I sidste uge trak køberne sig lige
før underskriften, og ejendomsmægleren fortalte os senere, at de havde hørt fra naboen, at
"der bor asiater i hele rækken". Vi er vietnamesere og har boet her i 17 år. Naboen har også
hængt en seddel op i opgangen om det samme. Kan kommunen gøre noget ved den slags?

Venlig hilsen
Thanh og Minh Tran""")

M("", """Hej Ishøj Kulturhus

kommer der indisk dans igen til Kulturnatten? min datter så det sidste år og snakker stadig
om det. hvad tid starter det?

/ Pia""")

M("t", """Til PPR

Amina i min 3. klasse, hvis familie kommer fra Irak, vil gerne begynde til
modersmålsundervisning i arabisk. Forældrene har spurgt mig, hvordan man tilmelder sig, og
om det foregår på skolen eller et andet sted. Kan I sende mig vejledningen, så jeg kan
give den videre?

Hilsen
Sofie Winther, lærer, Gildbroskolen""")

M("", """Hej

Hvilke sprog tilbyder kommunen modersmålsundervisning i for skoleåret 2026/27, og hvad er
fristen for tilmelding? Jeg sidder i forældrerådet og vil gerne have det med i nyhedsbrevet.

Mvh Trine""")

M("tb", """Til Kirkegårdskontoret

Jeg er jøde, og min mand er død i søndags. Han var ikke jøde. Er der et afsnit på Ishøj
Kirkegård, hvor jeg senere kan blive begravet ved siden af ham efter jødisk skik, eller må
vi se os om i København? Jeg ved godt der er travlt, men et svar inden begravelsen ville
hjælpe mig.

Rachel Meyer""")

M("", """Hej

7.a på Vibeholmskolen skal på ekskursion til Dansk Jødisk Museum og Synagogen i Krystalgade
i uge 11. Kan kommunens skolebus køre os, eller skal vi tage toget? Vi er 26.

Venlig hilsen
Kasper Lyng, lærer""")

M("te", """Til familieafdelingen

Jeg skriver om min søn Malik Kristiansen, [[030912-4471]]. Han blev anbragt på et
opholdssted i Holbæk i januar. Vi er grønlændere og han har spurgt efter grønlandsk mad og
at tale med sin farmor i Sisimiut på video. Opholdsstedet siger det skal aftales med
sagsbehandleren. Hvem er hans sagsbehandler nu, den gamle er stoppet.

Hilsen
Aviaja Kristiansen""")

M("t", """Hi,

my wife is from Ghana and she has twice been told to "go back to Africa" at the bus stop on
Ishøj Stationsvej, by the same man. She doesn't want to go to the police. Could the council
at least put up a camera or more light there? It's the stop by the kiosk.

Regards
Mark Jensen""")

M("", """Til Kultur- og Fritidsforvaltningen

Hvornår er der åbent hus i det grønlandske kulturhus i Vallensbæk, og kører der en bus fra
Ishøj Station? Vi er et par pensionister fra Ishøj Ældreråd, der gerne vil se udstillingen
om Thule.

Med venlig hilsen
Erik Sørensen""")

M("tu", """Til udvalgsformanden for Beskæftigelsesudvalget

Jeg er tillidsrepræsentant for 3F på renovationsdepotet. To af mine kolleger, Marek og
Piotr, der begge er fra Polen, har fået at vide af en vagtleder, at de kun må tale dansk i
pauserummet. Vi mener, det er diskrimination, og vil gerne have kommunens holdning som
arbejdsgiver, før vi går videre.

Venlig hilsen
Bjarne Holst
TR, 3F""")

M("", """Kære byråd

Hvad er status på den handleplan mod racisme og diskrimination, som byrådet vedtog i 2024?
Jeg kan ikke finde nogen opfølgning på hjemmesiden. Er der en rapport?

Mvh
Henrik Dam""")

M("hte", """Kære Centerchef for Voksne og Velfærd

Min kone Ayşe har fået konstateret demens, og vi har søgt om plejehjemsplads i februar.
Vi er tyrkere og har boet i Ishøj siden 1972, men nu har hun glemt det meste af sit danske og
taler kun tyrkisk. Er der et plejecenter i kommunen, hvor der er personale der taler
tyrkisk? Det ville betyde meget for hende.

Med venlig hilsen
Osman Kaya""")

M("t", """Hej Ishøj Lokalhistoriske Arkiv

Min far kom til Danmark fra Pakistan i 1970 som gæstearbejder og boede de første år i en
barak ved Ishøj Strand sammen med andre mænd fra hans landsby. Har I billeder eller papirer
fra de barakker? Han fylder 80 til sommer, og vi vil gerne lave en bog til ham.

Venlig hilsen
Farah Iqbal""")

M("", """Hej Arkivet

Jeg er ved at skrive speciale om gæstearbejdernes boligforhold på Vestegnen 1968–1975. Har I
materiale om de arbejderboliger, der lå i Ishøj, og kan man komme og se det en hverdag?

Mvh
Jonas Rask, stud.mag. KU""")

M("t", """Hej

Jeg er fra Vietnam og min datter skal starte i børnehave til august. Vi vil gerne have at
breve fra kommunen bliver sendt på vietnamesisk også, fordi min mand ikke læser dansk så
godt. Er det muligt?

Venlig hilsen
Nguyen Thi Lan
cpr [[0705791934]]""")

M("", """Til Ishøj Medborgerhus, bookingen

Vi har fået fakturanr. 2104871033 for leje af salen den 14. marts til Somalisk Kulturaften,
men beløbet er 2.800 kr. og ikke 1.800 kr. som aftalt. Kundenummer 1006930212. Kan I sende en
ny faktura?

Mvh
Foreningen Vestegnens Kulturaftener, kasserer""")

M("t", """Til Ishøj Boligselskab og kommunens trivselsteam

Min nabo i opgangen råber "perker" efter mine to drenge hver gang de leger ude på gangen.
De er 7 og 10 år. Han gjorde det igen i går aftes mens jeg stod ved siden af. Jeg har talt
med viceværten, der siger at han ikke kan gøre noget. Hvad kan jeg gøre?

Nadia""")

M("the", """Добрий день / Goddag

Jeg er flygtet fra Ukraine med min søn i 2022. Vi får selvforsørgelses- og hjemrejseydelse,
og nu har jeg fået brev om at ydelsen bliver sat ned fordi jeg ikke har været til nok
danskundervisning. Jeg var syg i to uger med influenza, og har lægeerklæring. Hvem skal jeg
sende den til?

Olena Kovalenko""")

M("", """Hej

Hvor mange ukrainske flygtninge har Ishøj Kommune modtaget i år, og hvor mange er i
arbejde? Jeg sidder i en debatgruppe og vil gerne have de rigtige tal.

Mvh Ole""")

M("th", """Til sundhedsplejen

Jeg er gravid i 20. uge og kommer fra Iran. Jeg vil gerne have en tolk til farsi når jordemoderen
kommer på besøg efter fødslen, fordi min mand ikke er hjemme i dagtimerne og jeg forstår ikke
alle ord om amning. Mit cpr er [[150393\u20132218]].

Tak
Shirin Ahmadi""")

M("t", """Til skolelederen på Ishøj Skole

Min datter Emma er halvt thailandsk, og hun er blevet drillet med sine øjne af nogle piger i
klassen siden efterårsferien. De trækker øjnene ud til siden, når hun går forbi. Hun vil ikke
i skole om morgenen. Jeg har skrevet til klasselæreren to gange uden svar.

Venlig hilsen
Søren Bruun""")

M("", """Hej

Tilbyder kommunen danskundervisning om aftenen for folk der arbejder? Jeg har en kollega
der spørger, han arbejder 7–15.

Vh Lars""")

M("tb", """Hej

Jeg er bosnisk muslim og kom til Danmark under krigen i 1993. Jeg er nu 71 år og vil gerne
vide om der er en muslimsk afdeling på kirkegården i Ishøj, eller om vi skal begraves i
Brøndby. Jeg vil ordne det mens jeg kan.

Med venlig hilsen
Senad Hodžić""")

M("pt", """Til Preben Vind (byrådet)

Huset ved siden af mig på Kærbo nr. 9 er sat til salg, og jeg har fået at vide af sælgeren,
at køberne bliver en syrisk familie med fem børn. Handlen er ikke underskrevet endnu. Jeg vil
gerne vide, om kommunen har indflydelse på, hvem der køber i et parcelhuskvarter. Vi er mange
på vejen der er utrygge.

Mvh
Villy Hansen""")

M("", """Kære byråd

Jeg er træt af debatten om parallelsamfund og ghettolister. Den sætter tusindvis af
almindelige familier i bås. Jeg håber I vil sige fra over for regeringen. Det er ikke et
spørgsmål fra en bestemt borger, bare min mening.

Hilsen
Anders Munk""")

M("t", """Hello Ishøj Kommune,

I am an Indian national from Kerala, working as an engineer in Glostrup. My family arrives in
two weeks and my son (9) needs a school place. Which school should we contact and do they
have a class for children who don't speak Danish?

Thanks,
Rajesh Menon""")

M("te", """Til skolens socialrådgiver

Elvis i 2.a, hvis familie er romaer, har haft over 40 % fravær siden jul. Jeg har talt med
moren, og de har vist ikke nogen fast bolig lige nu; de sover skiftevis hos familie i Ishøj
og i en campingvogn. Jeg tror, der skal laves en underretning, men vil gerne have jeres råd
først.

Venlig hilsen
Maja Poulsen, klasselærer""")

M("", """Vedr. journalnr. 24/18830

Jeg anmoder om aktindsigt i referaterne fra Integrationsrådets møder i 2025 samt
deltagerlisterne for de åbne møder. Svar gerne som PDF. Sagens dato 031124-0915 i jeres brev
er vel tidspunktet for jeres registrering?

Venlig hilsen
Grete Holm""")

M("tu", """Hej Borgerrådgiveren

Jeg er fra Litauen og er medlem af Dansk Metal. Jeg er udsendt af et vikarbureau til en
kommunal entreprise ved Ishøj Havn. Vi får ikke den løn som overenskomsten siger, og når vi
spørger, siger de at "østeuropæere skal være glade". Kan I hjælpe eller skal jeg kun gå til
Metal?

Tomas Kazlauskas""")

M("t", """Fra: Iben Skov
Sendt: 12. oktober 2026 08:14
Til: Ishøj Kommune hovedpostkasse
Emne: VS: SFO

Jeg videresender min mail til SFO-lederen, da jeg ikke har fået svar.

-----Oprindelig meddelelse-----
Fra: Iben Skov
Sendt: 2. oktober 2026 21:40
Til: SFO Strandgården

Hej. Min søn Noah, som er adopteret fra Etiopien, blev i dag kaldt "neger" af en pædagogmedhjælper
foran de andre børn, da han ikke ville rydde op. Jeg forventer en forklaring og en
undskyldning.

Iben""")

M("", """Hej

Integrationsrådet søger nye medlemmer til valget i januar. Kan man stille op, selvom man ikke
er medlem af en forening, og hvor finder man ansøgningsskemaet?

Mvh
Yasmin""")

M("the", """Til Hjælpemiddelteamet

Jeg kom som flygtning fra Afghanistan i 2016 og mistede mit venstre ben ved en mine før jeg
flygtede. Min kørestol er nu 8 år gammel og hjulet er knækket to gange. Jeg har søgt om en ny
for 2 måneder siden. Hvornår får jeg svar?

Venlig hilsen
Ahmad Rahimi
[[010190 1127]]""")
