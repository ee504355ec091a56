"""corpus10, part F: the main mailbox (hovedpostkasse) and mixed hard cases:
CPR numbers in many formats and positions, numbers that only look like CPR,
and many wordings of orientation, property trades, unions, origin and belief."""
from common import M

M("s", """Til hovedpostkassen

[[240682-1179]]

Jeg og min mand Frederik skal giftes på rådhuset i maj. Jeg har udfyldt ansøgningen om
ægteskabserklæring, men systemet vil ikke acceptere to mænd i felterne "brud" og "gom". Kan I
hjælpe med at få den registreret manuelt?

Mvh. Anders Kirk""")

M("", """Til hovedpostkassen

Vi har fået en faktura på leje af rådhussalen til vores bryllup, fakturanr. 2406821179, men vi har
allerede betalt. Kan I tjekke det? Vielsen er lørdag den 17. maj.

Mvh. Camilla og Anders""")

M("p", """Hej

Vi har fået et bud på vores andel i A/B Ishøjhave, men køberen vil have at kommunen bekræfter at
altanen er lovlig, før han skriver under. Bestyrelsen har sagt god for prisen. Kan I finde
tegningerne? Mvh. Lotte Haahr, Ishøjhave 17, 1. tv.""")

M("u", """hej. er det rigtigt at kommunen giver fri med løn til fagligt kursus? jeg er i Dansk El-Forbund og
elektriker på rådhuset. min kollega sagde det. /Kasper""")

M("s", """Til Center for Børn og Forebyggelse

Jeg er medmor til Alma, der er født i august. Hospitalet har registreret mig som medmor, men i
sundhedsplejens system står jeg som "anden omsorgsperson", og jeg får ikke beskeder. Kan I rette
det?

Venlig hilsen
Rebekka Friis""")

M("t", """Kære Center for Børn og Forebyggelse

Vores søn Minh er adopteret fra Vietnam og går i 3. klasse. Skolen vil sende ham til
sprogscreening, fordi han "ser ud som om han har et andet modersmål". Han har talt dansk siden han
var et år. Vi synes det er forkert og beder jer stoppe det.

Hilsen Pia og Morten Kjær""")

M("", """Hvem skal sprogscreenes i 0. klasse i Ishøj? Er det alle børn, eller kun nogle?
Mvh. Louise""")

M("p", """Til Center for Byudvikling og Natur

Jeg skal til at sælge mit kolonihavehus i Tranegilde Haveforening. Der er to interesserede, og den
ene vil give 30.000 over vurderingen. Foreningen siger at kommunen skal godkende, fordi det er
kommunens jord. Hvad skal I bruge?

[[0311754430]]
Lisbeth Damgaard""")

M("b", """Kære hovedpostkasse

Jeg er ansat som frivillig besøgsven via Ishøj Frivilligcenter og er troende kristen i
Pinsekirken. Min bruger på plejecentret har bedt mig bede en bøn med hende, og personalet har nu
sagt at jeg ikke må. Hvad er reglerne?

Mvh. Sara Juel""")

M("u", """Til Center for Beskæftigelse og Erhverv

Jeg er fællestillidsrepræsentant på Ishøj Rengøringsservice og skriver som sådan. Vi har fået tre
nye praktikanter fra erhvervsskolen, og de får ikke frokostpause. Kan I kontakte
virksomheden?

Yasmin Ørum""")

M("t", """Hej

Jeg har boet i Ishøj siden 1979 og er pakistaner af oprindelse. Nu har jeg fået et brev på dansk og
urdu om affaldssortering — som den eneste i opgangen. Hvordan ved kommunen hvad jeg taler? Jeg
taler dansk. Jeg vil gerne vide hvilke oplysninger I har om mig.

Mvh. Naveed Rana
[[190893 2281]]""")

M("", """Hej. Sender kommunen breve på andre sprog end dansk? Jeg har set et brev om affald på både dansk
og urdu i min opgang. Hvem bestemmer det? /Torben""")

M("u", """Kære byrådsmedlem. Jeg har været i FOA i 22 år og er bare træt af at jeres nye vagtplan i
ældreplejen gør det umuligt at holde pause. /Birgit, sosuhjælper""")

M("s", """Til hovedpostkassen

Jeg skal melde flytning for mig og min kæreste Line. Vi flytter sammen i lejligheden på Vejleåvej
52 pr. 1. december. Kan vi melde flytning samlet, eller skal vi gøre det hver for sig?

Hilsen Maria Dall""")

M("", """Til hovedpostkassen

Jeg skal melde flytning for mig og min kæreste. Vi flytter sammen i lejligheden på Vejleåvej 54 pr.
1. december. Kan vi melde flytning samlet?

Hilsen Sasha""")

M("p", """Til Center for Byudvikling og Natur

Ejendommen Ishøj Erhvervsvej 9 er sat til salg, og vi er interesseret i at købe den til et
bilværksted. Vi har givet et foreløbigt bud, men vil først skrive under, når vi ved om
lokalplanen tillader værkstedsdrift. Hvornår kan vi få et svar?

Med venlig hilsen
Mehmet Kaya, Kaya Auto ApS""")

M("", """Til Center for Byudvikling og Natur

Hvilke virksomhedstyper må ligge i erhvervsområdet ved Ishøj Erhvervsvej ifølge lokalplanen? Vi
overvejer at flytte vores bilværksted til kommunen.

Med venlig hilsen
Kaya Auto ApS""")

M("sb", """Kære byrådsmedlem

Jeg er præst i folkekirken og homoseksuel. Jeg har læst at et andet byrådsmedlem har kaldt
vielser af to mænd "et hån mod kirken" på Facebook. Som borger i Ishøj og som kristen vil jeg sige
at det sårer mig. Jeg håber du vil tage afstand.

Mvh. Jakob Brink""")

M("t", """Til borgmesteren

Jeg er grønlænder og har boet i Ishøj i 12 år. Der er ingen grønlandsk forening i kommunen, og
mange af os føler os ensomme. Kan kommunen hjælpe os med et lokale?

Aviaja Petersen""")

M("", """Til borgmesteren

Hvor mange grønlændere bor der i Ishøj Kommune? Jeg skriver en artikel til Sermitsiaq om
grønlændere på Vestegnen og vil gerne have tallet.

Mvh. journalist Nuka Olsen""")

M("u", """Hej

Jeg er medlem af Socialpædagogerne og arbejder på et bosted i Ishøj. Vi har fået et påbud fra
Arbejdstilsynet, og min fagforening vil gerne holde et møde med den politiske ledelse. Hvem skal
vi kontakte?

Mvh. Rasmus Find""")

M("ps", """Til Center for Byudvikling og Natur

Min mand Lars og jeg er ved at købe en grund i Torslunde Vest. Handlen er betinget af at vi kan få
lov at bygge i to etager, og vi venter på jeres svar. Sælger har givet os fire uger.

Mvh. Peter Hjort""")

M("", """Til Center for Byudvikling og Natur

Må man bygge i to etager i Torslunde Vest? Vi købte grunden sidste år og har fået skødet,
og nu vil vi i gang. Mvh. Hanne og Lars Hjort""")

M("h", """[[271166–0813]]
Hej, jeg skal bruge en kopi af min journal fra den kommunale tandpleje, fordi min nye tandlæge
skal se røntgenbillederne fra før jeg fik kæbekræft. Kan I sende dem? Mvh. Nina Lauesen""")

M("b", """Til Kultur og Fritid

Vi er en gruppe humanister, og jeg er formand for Humanistisk Samfunds lokalafdeling. Vi vil gerne
låne et lokale til en navnefest uden religiøse ritualer for min datter. Hvad koster det?

Mvh. Christian Bloch""")

M("s", """Hej

Vores søn på 15 har en kæreste, en dreng fra parallelklassen, og de er blevet mobbet på skolens
Instagram. Skolen siger at de ikke kan gøre noget, fordi det sker uden for skoletiden. Er det
rigtigt?

Mvh. Henriette""")

M("p", """Til hovedpostkassen

Ref.: [[010101\u00a04012]] — Mathias Holm (min søn, køber)

Jeg skriver på vegne af min søn, der er ved at købe sin første lejlighed på Ishøj Boulevard. Der
er skrevet under med forbehold, og han mangler kun en kopi af ejendommens energimærke og BBR.
Kan I hjælpe?

Mvh. Jette Holm""")

M("t", """Til Center for Beskæftigelse og Erhverv

Jeg er tamil fra Sri Lanka og har været i Danmark siden 1990. Jeg har fået et brev om at jeg skal
til "samtale om danskkundskaber". Jeg har dansk statsborgerskab og har arbejdet i 30 år. Hvorfor?

K. Sivakumar
[[150555-1146]]""")

M("u", """Til hovedpostkassen

Jeg er Djøf'er og ansat i staten, men bor i Ishøj. Jeg har fået tilbudt hjælp fra Djøf til at
klage over en parkeringsafgørelse. Kan I fortælle hvilken lov jeres afgørelse bygger på?

Mvh. Mikkel Strand""")

M("", """Til hovedpostkassen

Jeg har fået en afgørelse om parkering (sagsnr. 241024-0017). Kan I fortælle hvilken lov
afgørelsen bygger på?

Mvh. Mikkel Strand""")

M("s", """Til borgerrådgiveren

Da jeg meldte flytning i Borgerservice, spurgte medarbejderen om "kæresten ikke skulle flyttes
med". Jeg sagde at jeg er aseksuel og ikke har nogen kæreste, og hun lavede en bemærkning om at
"alle har vel nogen" og grinede til sin kollega. Jeg synes det er upassende.

Anonym""")

M("", """Til borgerrådgiveren

En medarbejder i Borgerservice lavede en upassende bemærkning om mit privatliv, da jeg meldte
flytning. Jeg vil gerne vide hvordan man klager over en medarbejders opførsel.

Anonym""")

M("p", """Hej Lars

Vi er naboer til grunden på Ishøj Strandvej 310, som kommunen er ved at sælge. Vi har hørt at
kommunen forhandler om prisen med en kæde, der vil bygge en discountbutik, og at det ikke er
afgjort. Vi vil bede dig stemme imod salget.

Mvh. Grundejerforeningen Strandhøj, v/ Ole Bang""")

M("ue", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af IDA og ledig ingeniør. Min a-kasse har sagt at jeg kan få et seks ugers
jobrettet kursus, men jobcentret siger nej. Hvem skal jeg tro på?

Mvh. Laila Mortensen
[[310389-2016]]""")

M("b", """Til hovedpostkassen

Jeg har konverteret til islam og skiftet navn fra Jesper til Yahya. Jeg har fået navneændringen
godkendt hos kirkekontoret, men Borgerservice har stadig mit gamle navn på sundhedskortet. Hvem skal
jeg kontakte?

Mvh. Yahya Jesper Kromann""")

M("", """Til hovedpostkassen

Jeg har skiftet efternavn efter mit bryllup. Navneændringen er godkendt hos kirkekontoret, men
sundhedskortet har stadig mit gamle navn. Hvem skal jeg kontakte?

Mvh. Line Bredahl (tidl. Jensen)""")

M("t", """kære kommune. min nabo kalder min kone for "sigøjnerkælling" hver gang hun går forbi. hun er romani
og har boet her i 20 år. hvad kan vi gøre? /Kaj""")

M("s", """Hej Sofie

Jeg er pansexuel og 19 år og vil gerne være med i kommunens ungepanel om trivsel. Jeg synes der
mangler nogen som mig. Hvordan melder man sig?

Hilsen Alex""")

M("", """Hej Sofie

Jeg er 19 år og vil gerne være med i kommunens ungepanel om trivsel. Hvordan melder man sig?

Hilsen Alex""")

M("pe", """Til hovedpostkassen

Jeg hedder Dorthe Vang, [[121248 0597]], og jeg har boet i mit hus på Ishøjgårdsvej i 50 år. Nu er
jeg blevet enke, og jeg har ikke råd til at blive boende på min folkepension. Min søn har fundet en
køber, men vi er ikke enige om prisen endnu. Kan kommunen fortælle om jeg kan få ældrebolig, hvis
jeg sælger?

Med venlig hilsen
Dorthe Vang""")

M("u", """Til Center for Borger, Økonomi og IT

Jeg er kasserer i 3F Køge Bugts klub for pensionister og selv medlem af 3F. Vi vil gerne låne
Ishøj Medborgerhus til vores julefrokost. Hvad er proceduren?

Mvh. Egon Friis""")

M("", """Til Center for Borger, Økonomi og IT

Vi er en pensionistklub og vil gerne låne Ishøj Medborgerhus til vores julefrokost. Hvad er
proceduren?

Mvh. Egon Friis, kasserer""")

M("st", """Hej

Min svigersøn Daniel og min søn Kasper har adopteret en lille pige fra Colombia. De har bedt mig
spørge om kommunen har en forældregruppe for regnbuefamilier, da de ikke selv har tid til at
skrive.

Mvh. Ellen Brink""")

M("st", """Hej

Jeg har læst om regnbuefamilier på kommunens hjemmeside. Min kone og jeg er begge fra Iran og kom
hertil som flygtninge, fordi vi ikke kunne leve sammen der. Findes der et netværk for folk som os?

Hilsen Shirin""")

M("", """Hej. Har kommunen en gruppe for adoptivforældre? Vi venter på at høre fra adoptionsbureauet.
Mvh. Ellen og Ib""")

M("hu", """Kære Center for Beskæftigelse og Erhverv

Vedr.: [[0507913318]]

Jeg er ansat som tømrer og medlem af Blik- og Rørarbejderforbundet — undskyld, jeg mener 3F
Byggegruppen. Jeg faldt ned fra et stillads i august og brækkede ryggen. Min fagforening har
anmeldt det som arbejdsskade. Jeg er stadig sygemeldt. Jeg vil gerne høre om jeg kan få hjælp til
omskoling.

Mvh. Rene Dahl""")

M("p", """Kære Jan

Kommunen har solgt byggegrunde i Vejleå Syd, og vi har fået tilsagn om nr. 7, men skødet er
ikke underskrevet, fordi vi venter på at kommunen rykker grænsen for byggefeltet. Vi risikerer at
miste vores finansiering. Kan du hjælpe?

Mvh. Jonas og Freja Holm""")

M("", """Kære Jan

Hvornår sælger kommunen de næste byggegrunde i Vejleå Syd, og hvordan kommer man på listen? Mvh.
Freja""")

M("b", """Hej

Jeg er vegetar af religiøse grunde — jeg er hare krishna — og min datter går i vuggestuen
Solsikken. Kan hun få vegetarmad uden æg? Personalet siger at det kræver en lægeerklæring.

Mvh. Radha Nielsen""")

M("te", """Til borgerrådgiveren

Min mor er af tyrkisk-kurdisk afstamning og bor på plejecentret Gildbrohøj. Hun taler kun kurmanji,
men personalet bruger en tyrkisk tolk, som hun ikke forstår. Vi har sagt det fem gange.

Leyla Arslan
[[220716–5033]] — nej undskyld, det er min datters nummer, ignorer det""")

M("b", """Kære byrådsmedlem. Som medlem af Liberal Alliance og som skatteyder vil jeg sige: drop de nye
cykelstier på Vejlebrovej. De er en dyr fejl. /Søren Aagaard""")

M("", """Kære byrådsmedlem. Jeg vil sige: drop de nye cykelstier på Vejlebrovej. De er en dyr fejl, og jeg
ved at mange i dit parti er enige med mig. /Søren Aagaard""")

M("s", """Hej

Jeg er en homosexuel mand på 72, og min partner gennem 40 år døde i foråret. Vi var ikke gift. Nu
skriver kommunen til mig om boligen som om jeg var en "fremlejetager". Hvem kan jeg tale med?

Mvh. Erling Storm
[[080862-9912]]""")

M("p", """Til Center for Byudvikling og Natur

Køber af min ejendom, Gildbrovej 7, er sprunget fra handlen i sidste øjeblik, fordi jeres
vurdering af grundens størrelse ikke passer med tingbogen. Nu har jeg en ny køber, men han venter
på at I retter fejlen. Ejendomsnr. 183-066102.

Mvh. Frede Bach""")

M("", """Til Center for Byudvikling og Natur

Der er fejl i grundens størrelse i BBR for Gildbrovej 9 (ejendomsnr. 183-066103). Kan I rette det?
Vi har ejet huset siden 2008.

Mvh. Trine Bach""")

M("u", """Til hovedpostkassen

Jeg er TR for pædagogerne i Børnehuset Regnbuen og medlem af BUPL's kredsbestyrelse. Vi vil gerne
invitere udvalgsformanden til at se vores nye legeplads. Hvem koordinerer udvalgsformandens
kalender?

Mvh. Bettina Holt""")

M("", """[[170470\u00a01255]] – Arne Holst. Jeg har fået to opkrævninger på hundeskat. Jeg har ingen hund mere.
Kan I stoppe det?""")

M("", """Jeg har fået to opkrævninger på hundeskat, kundenr. 1704701255. Jeg har ingen hund mere. Kan I
stoppe det? Arne""")

M("t", """Hej Karina. Jeg hører til den etniske minoritet af assyrere fra Irak, og vi er ca. 40 familier i
Ishøj. Vi vil gerne søge om tilskud til en kulturdag. Mvh. Ninos Yousif""")

M("", """Hej Karina. Ishøj Kulturforening vil gerne søge om tilskud til en kulturdag med mad fra hele
verden. Hvornår er ansøgningsfristen? Mvh. Ninos Yousif, formand""")

M("ps", """Til hovedpostkassen

Min kone Anja og jeg (Tina) har købt rækkehus i Ishøj Landsby. Vi har betinget købsaftale og skal
bruge en erklæring om at der ikke er verserende sager om kloakering. Vores advokat har fristen
den 3. Kan I hjælpe hurtigt?

Tina Lassen
Sælgers cpr, som advokaten bad mig oplyse: [[300998-1884]]""")

M("u", """Hej

Jeg er NNF-medlem og arbejder på slagteriet i Ishøj. Vores klub vil gerne have en snak med
kommunen om cykelparkering ved fabrikken. Mvh. Brian Holst, klubformand""")

M("b", """Hej

Min søn er Jehovas Vidne og vil ikke deltage i skolens julefrokost og fødselsdage. Lærerne har sagt
til klassen at "han ikke må være med". Kan I bede skolen om at forklare det anderledes?

Mvh. Lis Eskildsen""")

M("s", """Til borgmesteren

Tillykke med regnbuebænkene i byparken. Som to mænd der har været gift i 15 år, tak.

Poul og Niels""")

M("", """Til borgmesteren

Er det rigtigt at regnbuebænkene i byparken har kostet 180.000 kr.? Jeg synes pengene kunne bruges
bedre på skolerne.

Mvh. Bent Lyng""")

M("t", """Til hovedpostkassen

Jeg er statsløs palæstinenser og har fået afslag på at blive skrevet op til en større bolig i Ishøj
Boligselskab, med henvisning til "manglende dokumentation for nationalitet". Er det lovligt?

Mohammad Saleh
[[140285 3021]]""")

M("", """Hej. Min søn har mistet sit sygesikringskort. Kan han få et nyt digitalt? Hans
cpr-nummer ligger i systemet. Tlf. 26 12 63 14. Mvh. Lene Rask""")

M("", """Til hovedpostkassen

Vores måler har nr. 2612631452, og måleraflæsningen 12.03.24 viser et forbrug der ikke kan passe.
Kan I sende en montør?

Mvh. Varmeværket, Torslunde Bygade 19""")

M("hs", """Hej

Jeg er biseksuel og gravid. Min kæreste Sofie og jeg skal have barn sammen gennem en donor. Jordemoderen
siger at Sofie skal søge om medmoderskab hos kommunen. Hvordan gør vi?

Mvh. Ida Lund
[[111111-1118]]""")

M("", """Hej. Hvordan søger man om medmoderskab? Er det kommunen eller Familieretshuset? Jeg er
jordemoder og får spørgsmålet tit. Mvh. Trine""")

M("p", """Hej

Jeg er administrator for et dødsbo. Huset på Pilemøllevej 44 er sat til salg, og vi har modtaget
tre bud. Arvingerne er ikke enige, og sagen er ikke afgjort. Kommunen har en tinglyst deklaration
om forkøbsret. Vil kommunen gøre brug af den?

Advokat Helle Gregersen
[[250399–2227]] (arving, Mia Gregersen)""")

M("u", """Til hovedpostkassen

[[040406-4382]] er min søn Sebastians cpr. Han er 19, medlem af HK Ungdom og i elevplads hos
kommunen. Han har fået forkert løn i to måneder. Hvem skal han kontakte? Mvh. Pia Steen""")

M("ht", """Kære kommune, min far Hassan er kurder fra Irak. Han har fået konstateret demens og kan ikke
finde hjem. Kan han få en GPS-tracker? Mvh. Rozhin
[[190761\u00a03314]] (far)""")

M("b", """Kære Mette

Jeg er aktiv i Alternativet og var på jeres stand i Bycentret i lørdags. Jeg vil gerne vide om
kommunen vil være med til at plante en skov ved Tranegilde Strand.

Mvh. Astrid Sommer""")

M("", """Kære Mette

Vil kommunen være med til at plante en skov ved Tranegilde Strand? Jeg så forslaget ved en stand
i Bycentret i lørdags. Mvh. Astrid""")

M("p", """Til Center for Byudvikling og Natur

[[061283-2288]]

Jeg har skrevet under på en købsaftale på en ejerlejlighed i Ishøj Strandpark. Der er
tilbagetrædelsesret til mandag. Jeg vil gerne vide om der er planer om at bygge foran lejligheden,
før jeg beslutter mig.

Mvh. Nikolaj Vest""")

M("u", """Hej. Jeg er fra Malerforbundet og har været medlem siden jeg var 17. Jeg vil gerne spørge hvordan
man kommer med på kommunens leverandørliste som selvstændig maler. Mvh. Jesper Munk""")

M("", """Hej. Hvordan kommer man med på kommunens leverandørliste som selvstændig maler? CVR 41 77 20 13.
Mvh. Jesper Munk""")

M("", """[[230858 1407]] Bodil Mørch. Jeg har bestilt ny adgang til genbrugspladsen, men kortet er
ikke kommet. Ordre 88-41207-A.""")

M("s", """Til Borgerservice

Min mand Ali og jeg har fået et brev fra kommunen adresseret til "Hr. og fru Hansen". Vi er to
mænd og har været gift siden 2019. Kan I rette registreringen i jeres adressesystem?

Jens Hansen, cpr.nr. [[020377-1659]]""")

M("p", """Kære Jan

Jeg ejer fire hektar landbrugsjord ved Torslunde, som kommunen vil købe til et regnvandsbassin. Vi
har forhandlet i et halvt år, men vi er stadig ikke enige om prisen, og nu taler forvaltningen om
ekspropriation. Kan du forklare mig hvad byrådet har besluttet?

Mvh. Verner Lykkegaard""")

M("ub", """Kære hovedpostkasse

Jeg er medlem af Krifa og troende kristen, og jeg har fået arbejde som tilkaldevikar i kommunens
dagtilbud. Jeg har bedt om ikke at arbejde søndag formiddag, fordi jeg går i kirke, men min
leder siger at det er "en personlig sag". Hvem kan jeg tale med om det?

Mvh. Ester Lundgaard""")

M("t", """Til borgmesteren

Jeg er bosnier og kom til Ishøj som flygtning i 1993. Vi er mange bosniske familier her, og vi vil
gerne holde en mindehøjtidelighed for Srebrenica den 11. juli ved Ishøj Sø. Skal vi søge om
tilladelse?

Mvh. Emir Hodžić
[[280371-2215]]""")

M("s", """Hej

Min datter på 14 er lige kommet ud af skabet som lesbsik, og siden er hun blevet holdt udenfor i
klassen og kaldt ting på Snapchat. Hun vil gerne skifte skole. Hvordan søger vi om skoleskift
midt i året?

Mvh. Bettina Krog""")

M("b", """Kære byrådsmedlem

Jeg er medlem af Dansk Folkeparti og har været det siden 2001. Jeg skriver fordi jeg har hørt at
kommunen vil åbne et nyt asylcenter i den gamle skole i Torslunde. Er det rigtigt? Det ville jeg
gerne have svar på, før jeg går til næste lokalforeningsmøde.

Mvh. Kjeld Ravn""")

M("u", """Til Center for Byudvikling og Natur

Min mand er fællestillidsmand for 3F på Ishøj Havn, og han siger at havnearbejderne må gå 800
meter i mørke fra bussen, fordi stien ikke er oplyst. Kan kommunen sætte lys op?

Mvh. Hanne Petersen""")

M("p", """Til Center for Byudvikling og Natur

Naboens hus på Vejleåvej 102 er til salg, og vi har hørt at den køber der har budt, vil rive det ned
og bygge tre rækkehuse. Handlen er ikke på plads endnu. Må man det efter lokalplanen?

Mvh. Gerda og Ole Riis, Vejleåvej 104""")

M("", """---------- Videresendt besked ----------
Fra: Kundeservice, Vestforsyning
Emne: Din aflæsning

Kære kunde. Vi har registreret aflæsningen 1803 m³ på måler 0204771659 pr. 31.12. Dit kundenr. er
280371-22. Kontakt os på 43 99 12 00.

---
Jeg forstår ikke aflæsningen ovenfor. Er det kommunen eller forsyningen jeg skal klage til? /Verner""")
