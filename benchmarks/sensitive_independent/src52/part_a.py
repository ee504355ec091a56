"""corpus52 part a: neighbours, noise, housing and everyday local life."""
from common import M

M("", """
Kære Kim Olsen

Jeg skriver til dig som byrådsmedlem, fordi jeg ikke ved, hvem ellers jeg skal gå til.
Hver fredag og lørdag er der fest i opgangen overfor på Vejleåparken, med høj musik til
langt over midnat. Boligselskabet siger, at de "har talt med beboerne", men intet sker.
Kan kommunen gøre noget ved støj i almene boliger, eller er det kun politiet?

Venlig hilsen
Annette Kjær
""")

M("h", """
Hej Lise

Undskyld jeg skriver direkte. Den ældre dame i nr. 14 ved siden af os, fru Holm, er
begyndt at gå rundt ude på vejen om natten i morgenkåbe. Hendes datter har fortalt mig,
at hun har fået konstateret demens i foråret. Vi er flere naboer, der er bekymrede for,
at hun en nat går ud på Ishøj Strandvej. Hvem i kommunen skal man ringe til?

Mvh Bent fra Gildbrovej
""")

M("t", """
Til borgmesteren

Vi er en somalisk familie, der har boet i Ishøj Nord i syv år. Siden en ny familie
flyttede ind over os i august, har faderen flere gange råbt "abe" og "tag tilbage til
Afrika" efter min søn på 11 år, når han går ud med skraldet. Min søn tør ikke længere
gå alene på trappen. Boligforeningen siger, at det er en sag for politiet. Jeg vil
gerne vide, om kommunen har nogen, der kan hjælpe med den slags, fordi vi ikke vil
flytte.

Med venlig hilsen
Hodan Abdi
""")

M("e", """
hej Ole
familien i nr 7 på vores vej blev sat ud i går pga huslejerestance, deres møbler står
stadig på fortovet og det regner. de har tre små børn. ved du om kommunen har fundet et
sted de kan bo?? vi er mange her der gerne vil hjælpe
hilsen Gitte
""")

M("", """
Kære Teknik- og Miljøudvalg

Ifølge boligselskabets årsberetning blev 12 lejemål i vores afdeling ophævet sidste år
på grund af manglende husleje. Det siger noget om, at boligpolitikken i Ishøj ikke
virker, og at huslejen i de renoverede blokke er blevet for høj for almindelige
familier. Jeg håber, udvalget vil tage det op.

Venlig hilsen
Poul Erik Lund, beboerrepræsentant
""")

M("p", """
Hej Sanne,

Huset ved siden af os på Baldersbækvej er sat til salg i sidste uge, og der har
allerede været to fremvisninger. Vi er bange for, at en ny ejer vil fælde den store
bøg i skellet, som vi har haft læ af i 30 år. Er træet omfattet af lokalplanen? Jeg
vil gerne vide det, før huset bliver solgt.

Hilsen
Karen og Svend Rasmussen
""")

M("hp", """
Kære Mette Larsen

Min mand fik sidste år konstateret sklerose, og han kan ikke længere klare trapperne i
vores hus på Vibeholms Allé. Vi har derfor sat huset til salg og har fået et bud, men
køberen vil først skrive under, når han ved, om kommunen giver lov til at bygge en
tilbygning i haven. Sagen har ligget i byggesagsafdelingen i ni uger. Kan du hjælpe
med at finde ud af, hvor den er?

Med venlig hilsen
Birthe Søndergaard
""")

M("", """
Hej

Jeg har hørt at kommunen skal sælge flere byggegrunde ved Ishøj Landsby. Hvornår kommer
de i udbud, og hvor kan man skrive sig op? Vi er et ungt par der gerne vil bygge.

Venlig hilsen Mathias
""")

M("h", """
Til borgerrådgiveren

Jeg vil klage over, at kommunen ikke har reageret på mine mange henvendelser om støj fra
værkstedet i gården bag min lejlighed. Min læge har skrevet, at min migræne bliver
værre af den konstante larm fra vinkelsliberen, og jeg har været nødt til at tage
ekstra medicin. Jeg har vedlagt lægens erklæring.

Med venlig hilsen
Lene Friis
Gadekæret 41, 2635 Ishøj
cpr. [[230571-1646]]
""")

M("s", """
Kære Ahmed Hussein

Min mand Jesper og jeg har boet på Pilemøllevej i fire år, og indtil i sommer har det
været et roligt sted. Den nye lejer i stuen spiller musik til klokken tre om natten, og
når vi beder ham skrue ned, kalder han os "de to bøsser oppe på første" og smækker døren.
Vi har klaget til udlejer. Kan kommunen gøre noget, når det går over til chikane?

Venlig hilsen
Lars Winther
""")

M("e", """
hej jeg bor i en lille lejlighed på Strandgårdsvej og får boligstøtte, så jeg har ikke
råd til at flytte. men naboens hund tisser på trappen hver dag og det lugter i hele
opgangen. vicevært siger det ikke er hans problem. hvem skal jeg skrive til?
venlig hilsen Jannie
""")

M("u", """
Hej Peter

Jeg er tillidsrepræsentant for nattevagterne på lageret i Ishøj Erhvervspark og
arbejder selv nat fire dage om ugen, så jeg sover fra kl. 8 til 15. Byggeriet på grunden
overfor vores rækkehus går i gang kl. 6.30 med nedramning. Jeg ved, at byggetilladelsen
siger 7.00. Vil du tage det op med forvaltningen?

Mvh Henrik Dahl
""")

M("b", """
Kære byrådsmedlem

Jeg beder fem gange om dagen, og hver gang lægger jeg bønnetæppet i det lille rum ud
mod gården. Naboen har fået en ny højttaler på altanen, og musikken er så høj, at jeg
ikke kan samle mig. Jeg har spurgt ham pænt. Han griner bare. Må man spille så højt
midt på dagen?

Med venlig hilsen
Yusuf Demir
""")

M("", """
Til borgmesteren

Nytårsaften var igen et krigsområde i Ishøj Landsby. Raketter blev skudt ind mod husene,
og en hæk brændte. Jeg synes, kommunen skal indføre et fyrværkeriforbud i de tætte
boligområder som mange andre kommuner har gjort. Hvad er din holdning?

Venlig hilsen
Tove Brandt
""")

M("t", """
Dear Councillor,

Jeg er polsk og har boet i Ishøj i 11 år. Min nabo i rækkehusene på Ishøj Søpark har
to gange sat sedler på min bil med "skrid hjem til Polen" og i sidste uge var der ridset
et hagekors i lakken. Politiet har fået anmeldelsen. I want to know if the council has
a contact person for this kind of harassment.

Regards
Tomasz Nowak
""")

M("he", """
Kære Bjarne

Min lillebror Frank bor i lejligheden ved siden af min. Han drikker meget, og nogle
nætter larmer han så meget, at de andre beboere ringer til mig. Han har hjemmehjælp to
gange om ugen, men de kommer kun og gør rent. Jeg tror ikke, nogen i kommunen ved, hvor
dårligt han har det. Kan du sende det videre til nogen, der kan se på hans sag?

Hilsen
Merete
""")

M("p", """
Kære formand for Teknik- og Miljøudvalget

Jeg har sat mit kolonihavehus i H/F Strandengen til salg, og en køber har budt
vurderingsprisen. Nu siger foreningens bestyrelse, at de vil give huset til en på
ventelisten i stedet, og at kommunen som ejer af jorden skal godkende handlen. Er det
korrekt, at kommunen skal godkende? Handlen er jo ikke på plads endnu, og jeg frygter,
at køberen springer fra.

Venlig hilsen
Grethe Iversen
""")

M("", """
Hej Jens,
Som formand for kolonihaveforbundets kreds vil jeg gerne have oplyst, hvor mange
kolonihavehuse der blev solgt i Ishøj i 2025, og til hvilken gennemsnitspris. Tallene
skal bruges i vores høringssvar om den nye kolonihavestrategi.
Mvh Frede Holst
""")

M("e", """
Til borgmesterens PA

Fogeden har skrevet, at jeg bliver sat ud af min lejlighed den 3. marts kl. 9. Jeg skylder
to måneders husleje, fordi mine timer på lageret blev skåret ned. Jeg har ringet til
kommunen men ingen tager den. Jeg har ingen andre steder at tage hen. Kan borgmesteren
hjælpe mig med at komme igennem til nogen?

Kenneth Mikkelsen
Ishøj Boulevard 18, 2. th.
[[1109872315]]
""")

M("hs", """
Hej Susanne

Min kone Louise og jeg bor i stueetagen på Kærbyvej. Louise er gravid i 7. måned, og
naboen ovenpå har fået hund, der gør hele natten. Hun sover næsten ikke. Vi har talt med
ham, og han sagde noget grimt om "sådan nogle som jer". Kan man få boligselskabet til at
gribe ind før vores datter kommer?

Kærlig hilsen
Mette Bruun
""")

M("b", """
Hej Camilla

Min kone og jeg er Jehovas Vidner, og vi går fra dør til dør i Ishøj Centrum om
lørdagen. I sidste uge blev vi fulgt af tre unge mænd, der filmede os og kaldte os
"sekten". De lagde videoen på nettet. Er der nogen i kommunen, der arbejder med
tryghed i bydelen, vi kan tale med?

Venlig hilsen
Erik Sørensen
""")

M("", """
Hej borgmester

Jehovas Vidner ringer på hos os næsten hver lørdag. Vi har et skilt på døren, men det
hjælper ikke. Kan kommunen ikke gøre noget ved den slags dørsalg, eller gælder det kun
handlende?

Mvh
Familien Juhl
""")

M("t", """
Kære Jan Brandt

Min kone er fra Thailand og har boet her i 15 år. I går stod vores nabo ved
postkasserne og kaldte hende en "postordrebrud" og sagde, at hun skulle "tilbage til
rismarken". Det er tredje gang. Hun tør ikke hente posten alene. Hvor kan vi få hjælp
til at få stoppet det?

Med venlig hilsen
Claus Eriksen
""")

M("", """
Vedr. sag 25/12344 – parkering på fællesvejen

Til Center for Byudvikling og Natur

Jeg henviser til jeres brev af 4. november, journalnr. 05.01.10-G01-17-25. Naboen på
hjørnet holder stadig sin campingvogn på fællesvejen, så skraldebilen ikke kan komme
forbi. Vejlauget har bedt ham flytte den. Hvornår træffer I en afgørelse?

Venlig hilsen
Holger Bech
""")

M("ep", """
Hej Anja

Efter skilsmissen sidste forår bor jeg alene i rækkehuset med børnene hver anden uge.
Huset skal sælges, fordi jeg ikke kan købe min eksmand ud, og ejendomsmægleren har
fremvisninger hver weekend. Nu har naboen sat en container op foran vores indkørsel, og
mægleren siger, det koster os købere. Kan kommunen kræve, at den bliver fjernet?

Hilsen Marianne
""")

M("h", """
Til byrådsmedlem Pernille Kofoed

Naboens søn på 9 år har autisme og skriger tit om natten, når han vågner. Vi forstår det
godt, og vi vil ikke klage over ham. Men boligforeningen har nu sendt et brev til hele
opgangen om "natlig støj", og familien føler sig hængt ud. Kan man bede foreningen om at
vise lidt mere forståelse?

Venlig hilsen
Dorte Hansen
""")

M("u", """
Hej Rasmus
min nabo og jeg er begge i FOA og arbejder på Ishøj Plejecenter. vi har aftalt at dele
bil men kommunen har lavet parkeringsforbud på hele vores vej om dagen. kan du ikke få
dem til at lave et par pladser til beboerne?
mvh Dorthe
""")

M("he", """
Kære borgmester

Jeg er 58 år og har været på førtidspension i fem år på grund af min ryg. Min nabo har
startet et bilværksted i sin garage, og bankelyden går gennem væggen hele dagen. Jeg
kan ikke gå ud og væk fra det, for jeg kan kun gå 200 meter. Jeg beder om, at kommunen
ser på, om man må drive værksted i et rækkehusområde.

Med venlig hilsen
Inge Lise Damgaard
cpr: [[070367–2284]]
""")

M("", """
Til HOFOR / Ishøj Kommune

Vandmåleren i vores kælder (målernr. 21004561) har vist et forbrug på 380 m³ i år, men
vi er kun to. Der må være et brud på ledningen mellem vores hus og naboens. Kundenummer
hos jer: 0309781122. Hvem har ansvaret for stikledningen under fællesarealet?

Venlig hilsen
Allan Bendtsen
""")

M("b", """
Hej Rikke,

Jeg stemte på dig ved sidste valg, fordi du lovede at passe på de grønne områder. Nu
skal halvdelen af fælleden ved Vejleå bruges til en kunstgræsbane med lys til kl. 22.
Det er lige uden for mit soveværelse. Jeg er skuffet.

Hilsen
Mogens Lykke
""")

M("", """
Kære byråd

Jeg er imod, at der bygges en ny moské på grunden ved Industribuen. Der er i forvejen
for lidt parkering i området, og trafikken om fredagen vil blive umulig. Jeg håber, I
stemmer nej til lokalplanen.

Med venlig hilsen
Arne Kristiansen
""")

M("t", """
Hej
Vi er af kurdisk afstamning og har boet på Ishøj Strandvej siden 2004. Vores nabo har
i to år klaget over "madosen" fra vores køkken til boligforeningen og skriver, at vi
"ikke lever som danskere". Nu har foreningen sendt os en advarsel. Vi laver bare mad.
Er det lovligt at give en advarsel for madlugt?
Venlig hilsen
Rezan Dogan
""")

M("b", """
Hej Marianne

Jeg bærer tørklæde, og jeg har boet i min opgang i Ishøj Nord i tre år uden problemer.
En ny nabo har nu to gange revet mine navneskilte af postkassen og skrevet "ingen
burka" på døren. Boligforeningen har fået billeder. Hvad kan jeg gøre?

Mvh
Samira
""")

M("", """
Hej

Må man bade i svømmehallen i Ishøj med tørklæde og heldragt, eller gælder der de samme
regler som for almindelige badedragter? Jeg spørger, fordi der har været en diskussion
om det i vores forældregruppe.

Mvh
Louise Aagaard
""")

M("ht", """
Hej Nadia

Vores søn Mateo er 10 år og adopteret fra Colombia. Han har ADHD og kan godt være
urolig. Naboens drenge har forbudt ham at spille bold på fællesarealet og kalder ham
"brunet". Deres forældre trækker på skuldrene. Kan den boligsociale medarbejder tage en
snak med familierne?

Kærlig hilsen
Pia og Niels Kastrup
""")

M("h", """
Til Center for Byudvikling og Natur

Naboen fyrer i brændeovnen hver aften fra oktober til april, og røgen lægger sig i vores
have og trænger ind gennem ventilationen. Jeg har astma og har fået flere anfald i år
end de sidste fem år tilsammen. Kan kommunen kontrollere, om hans ovn er lovlig?

Med venlig hilsen
Vibeke Thorsen
""")

M("", """
Til Miljø

Pizzeriaet på hjørnet af Ishøj Centervej (CVR 38291045) har sat en ny emhætte op, og
der lugter af brændt ost i hele vores baggård fra 11 til 23. Har I givet tilladelse til
den afkastning? Vi er 20 husstande, der har skrevet under på vedlagte liste.

Venlig hilsen
Ejerforeningen Centerparken
""")

M("s", """
Hej Lone
jeg er biseksuel og har det fint med at folk ved det. men min nabo har hængt en seddel
op i vaskekælderen om "perverse mennesker i opgang 3" efter min kæreste Sara har sovet
her et par gange. jeg synes det er chikane. hvem tager sig af det?
mvh
Emilie
""")

M("e", """
Hej Torben

Min nabo på 84, fru Larsen, får hjemmepleje fire gange om dagen. Plejerne har ikke
nogen parkeringsplads, så de holder på fortovet, og nu har en anden nabo ringet efter
P-vagten to gange. Fru Larsen er ked af, at "hendes piger" får bøder. Kan der laves en
plads til hjemmeplejen ved nr. 22?

Hilsen
Lis Thomsen
""")

M("", """
Hej Torben

Hjemmeplejens små elbiler holder altid på fortovet på Gildbrovej, og barnevogne kan
ikke komme forbi. Jeg forstår godt, de har travlt, men kan kommunen ikke lave nogle
korttidspladser til dem? Det er et generelt problem i hele Ishøj Landsby.

Mvh
Henning Lauridsen
""")

M("p", """
Kære Jesper

Vi har fået et bud på vores andelslejlighed i A/B Ishøjhus, og køberen vil gerne
overtage 1. maj. Men andelsforeningen siger, at kommunen først skal godkende den nye
altan, før de vil godkende overdragelsen. Kan du hjælpe os med at få fart på sagen, så
vi ikke mister køberen?

Med venlig hilsen
Helle og Jakob Vinding
""")

M("h", """
Hej Kirsten

Jeg skriver for min far, Poul Jensen, der bor alene i rækkehuset på Tranegildevej. Han
blev indlagt på Hvidovre i søndags med en blodprop, og naboen har lovet at tage hans
post. Men nu har kommunens folk sat et skilt op om, at hans hæk skal klippes inden
fredag, ellers gør de det for hans regning. Kan I give ham en udsættelse, til han er
kommet hjem?

Venlig hilsen
Camilla Jensen
(min fars personnr. er [[140239 1417]], hvis I skal finde sagen)
""")

M("", """
Hi,

I'm renting a flat in Ishøj Landsby. The dog next door barks all day while the owners
are at work. My landlord says it's not his problem. Who should I contact at the
municipality, or is this a police matter?

Thanks,
Daniel Hughes
""")
