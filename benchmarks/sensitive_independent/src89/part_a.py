"""corpus89 part A: refugees from Ukraine, Syria and elsewhere: housing, the
integration programme, integrationsydelse, trauma; opening hours and statistics as
negatives."""
from common import M

M("te", """
Kære borgmester

Mit navn er Olena Kovalenko. Jeg kom til Ishøj fra Kharkiv i marts 2022 med mine
to børn. Vi bor stadig i den midlertidige bolig på Vejleåvej, og kontrakten udløber
31. januar. Jeg får selvforsørgelses- og hjemrejseydelse og kan ikke finde en lejlighed
jeg kan betale.

Hvad skal vi gøre den 1. februar?

Med venlig hilsen
Olena Kovalenko
""")

M("", """
Hej

Hvornår har Integrationsteamet åbent i julen? Jeg skal aflevere en blanket fra
Udlændingestyrelsen, og skal vide om I holder lukket mellem jul og nytår.

Mvh
Dmytro
""")

M("the", """
Til borgerrådgiveren

Jeg er syrer og kom som flygtning i 2015. Jeg har PTSD efter fængslet i Damaskus og
sover kun tre timer om natten. Jobcentret vil have mig i virksomhedspraktik 37 timer
om ugen, men min psykiater har skrevet at jeg ikke kan. Sagsbehandleren svarer ikke
på mine mails.

Kan du hjælpe mig med at klage?

Khaled Al-Hamwi
""")

M("", """
Kære Integrationsråd

Jeg skriver en opgave på RUC om flygtninge i Vestegnskommunerne. Har I tal på hvor
mange ukrainere, syrere og eritreere Ishøj har modtaget hvert år siden 2015? Og hvor
mange der er i job efter tre år?

Med venlig hilsen
Sofie Brandt, studerende
""")

M("e", """
hej jeg hedder Amina. jeg har fået brev om integrationsydelse bliver mindre fra
januar fordi jeg ikke har 225 timer arbejde. jeg har arbejde 12 timer om ugen i
Netto men det er ikke nok siger de. hvordan kan jeg betale husleje med det.
undskyld mit dansk
Amina
""")

M("t", """
Dear Mayor,

I am writing on behalf of my parents, Viktor and Halyna Melnyk. They are Ukrainian
and arrived in Ishøj last month from Zaporizhzhia. They are staying with me in my
flat in Ishøj Landsby for now. I would like to know how they register for the
danish language course and who to contact about the yellow health card.

Best regards,
Iryna Melnyk-Jensen
""")

M("", """
Goddag

Jeg er frivillig i Dansk Flygtningehjælps netværk i Ishøj. Vi vil gerne låne et
lokale i Kulturhuset en tirsdag om måneden til lektiecafé for børn. Hvem skal jeg
kontakte?

Med venlig hilsen
Birgitte Holm
""")

M("he", """
Til Center for Voksne og Velfærd

Min bror Ahmad Haddad (f. 1979) har svær diabetes. Han har
mistet to tæer og kan ikke gå på trapper. Han bor på 3. sal uden elevator. Vi har
søgt om en handicapvenlig bolig i august og har ikke hørt noget.

Hans cpr er [[140479-2231]].

Venlig hilsen
Rana Haddad
""")

M("e", """
Hej

Jeg er i integrationsprogrammet og har møde med min kontaktperson på jobcentret
den 3. december kl. 9. Min datter har skolejuleafslutning samme tid. Kan mødet
flyttes til eftermiddagen?

Tak
Mahmoud
""")

M("", """
Hvor mange flygtninge skal Ishøj tage imod i 2027? Jeg har læst landstallet i
avisen men ikke hvad vi får.

Vh Henrik Juhl, Ishøj Strandvej
""")

M("th", """
Kære Social- og Sundhedsudvalgets formand

Jeg er ukrainsk og arbejder som sygeplejerske på Hvidovre Hospital, men skriver
som mor. Min søn Maksym på 9 år har mareridt hver nat siden vi flygtede, og han
tisser i sengen igen. Skolen siger vi skal vente et halvt år på en psykolog. Er det
virkelig sådan?

Venlig hilsen
Natalia Bondarenko
""")

M("e", """
Til Borgerservice

Vi er en familie på fem og bor på et værelse på 32 m2 hos min fætter. Vi har været
boligløse siden juli, da vi blev sat ud af lejligheden i Brøndby. Står vi på
ventelisten til en kommunal bolig?

Mvh
Abdirahman og Hodan
""")

M("te", """
Hej Louise (byrådet)

Tak for sidst ved borgermødet. Du spurgte om min historie, så her er den kort: Jeg
kom fra Eritrea alene som 16-årig i 2014, boede på et opholdssted i Ishøj og er nu
27. Jeg har lige mistet mit job på lageret i Greve og skal melde mig ledig i næste
uge. Jeg vil gerne hjælpe med det projekt for unge flygtninge, du fortalte om.

Mvh
Yonas Tesfay
""")

M("", """
Til Center for Borger, Økonomi og IT

Hvad er satserne for integrationsydelse for en enlig forsørger i 2027, og hvornår
bliver de offentliggjort? Jeg underviser på VUC og vil gerne have dem med i en
samfundsfagstime.

Med venlig hilsen
Anders Qvist
""")

M("hte", """
Kære Borgmester Merete Amdisen

Jeg skriver til dig fordi ingen andre hører. Min mand og jeg er afghanere og kom
til Danmark i 2021 med evakueringen fra Kabul. Min mand var tolk for de danske
soldater. Siden i sommer har han en blodprop i hjernen og kan ikke tale. Han ligger
på Glostrup. Vi har fået afslag på ledsagelse og jeg kan ikke køre bil.

Jeg beder dig om hjælp.

Mariam Rahimi
cpr [[020788-2904]]
""")

M("", """
Hej

Kommer der en ukrainsk kulturdag igen i Ishøj Bycenter i februar? Sidste år var der
borscht og dans og det var rigtig hyggeligt. Jeg vil gerne tage mine naboer med.

Mvh Kirsten
""")

M("eb", """
Til byrådsmedlem Karim Said

As-salamu alaykum. Jeg hedder Jamal og er muslim, jeg går i moskéen på Industrivej hver fredag. Jeg
har været på kontanthjælp i tre år og har nu fået tilbud om et job som chauffør,
men jeg skal have kørekort først. Kan kommunen hjælpe med at betale kørekortet?

Jamal Osman
""")

M("", """
Subject: Opening hours

Hello, what are the opening hours of the integration office at Ishøj Rådhus? Is it
possible to come without appointment on Thursdays?

Thanks,
Pavlo
""")

M("ht", """
Til sundhedsplejersken i Ishøj

Min kone Svitlana er gravid i 5. måned. Hun er ukrainer og taler kun ukrainsk og
lidt russisk. Kan I komme på hjemmebesøg med en tolk, når barnet er født?

Venlig hilsen
Oleksandr Shevchenko
Tranegilde Strandvej 14
""")

M("", """
Hej

Jeg bor i opgangen på Gildbrovej 31. Der er flyttet en ny familie ind på 2. sal,
og vi vil gerne byde dem velkommen. Har kommunen en folder om foreningslivet på
flere sprog, vi kan give dem?

Venlig hilsen
Lis og Ove Madsen
""")

M("e", """
Til Jobcenter Ishøj

Jeg har haft arbejde på et gartneri i Ishøj siden april. Nu er sæsonen
slut og de har opsagt mig fra 1. december. Skal jeg melde mig ledig hos jer eller i
a-kassen? Jeg er ikke medlem af nogen a-kasse.

Mvh
Taras Lysenko
cpr [[190591-3317]]
""")

M("e", """
Kære Anna

Tak for mødet i går i jobcentret. Jeg har nu skrevet under på min integrationskontrakt
og sender den tilbage som aftalt. Jeg starter på sprogskolen mandag.

Hilsen
Rasha
""")

M("", """
Hej

Jeg har hørt at der kommer et nyt modtagecenter for flygtninge i Ishøj. Passer det?
Hvor skal det ligge? Jeg synes byrådet skulle have holdt et borgermøde først.

Med venlig hilsen
Erik Vestergaard, Vejleå Parkvej
""")

M("hte", """
Dear Social Committee,

My name is Hamid. I came to Denmark as a refugee from Iran in 2019. I was tortured in
Evin prison and I still have damage to my shoulders and very bad nightmares. The
Rehabilitation Centre for Torture Victims in Copenhagen says I need treatment for one
year, but my jobcenter wants me to start at a cleaning company. I receive
integration benefit and I am afraid it will be cut if I say no.

Please help me understand my rights.

Hamid Karimi
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi foreslår at Ishøj holder en flygtningedag i juni med mad fra hele verden, musik og
fodbold. Vi er en gruppe frivillige fra Ishøj Strand og har allerede talt med tre
foreninger.

Venlig hilsen
Mette Lauridsen, på vegne af gruppen
""")

M("e", """
hej

jeg fik brev om at jeg skal betale 8.400 kr tilbage af integrationsydelsen fordi jeg
var ude at rejse til min fars begravelse i 5 uger. jeg vidste ikke jeg skulle sige det.
kan jeg betale 300 kr om maneden?

Mustafa
""")

M("t", """
Til borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice. Da jeg kom for at søge om
sygesikringskort, sagde hun højt "I ukrainere tror I kan få alt gratis". Alle i
køen hørte det. Jeg kom kun for at aflevere mine papirer.

Oksana Petrenko
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg har fået en underretning fra skolen om min datter Leila, fordi hun ikke har
været i skole i tre uger. Hun har passet sine små søskende, mens jeg var til
samtaler om min opholdstilladelse. Jeg forstår det var forkert. Hvad sker der nu?

Samira Youssef
""")

M("", """
Hej, jeg er journalist på Vestegnen. Kan I bekræfte hvor mange ukrainske børn der
går i modtagelsesklasse i Ishøj lige nu? Deadline i morgen kl. 12.

Mvh Thomas Birk, tlf. 43 54 11 20
""")

M("hte", """
Kære byrådsmedlem

Jeg er somalier og kom til Ishøj i 1996. Min mor på 81 bor hos mig. Hun har demens og
taler kun somali, og hjemmeplejen kan ikke forstå hende. Hun bliver bange og
råber når de kommer. Kan man få en hjemmehjælper der taler somali?

Ifrah Warsame
""")

M("e", """
Kære borgmester,

jeg skriver fordi min søn Bilal på 19 er kommet i fængsel for hæleri. Han er ikke
en dårlig dreng. Han mangler en far. Kan kommunen hjælpe ham med et job når han
kommer ud til foråret?

Mor til Bilal
""")

M("", """
Til Center for Byudvikling og Natur

Flygtningeboligerne ved Ishøj Stationsvej har stået tomme siden sommer. Hvad skal
bygningerne bruges til nu? Vi naboer vil gerne høres før der besluttes noget.

Mvh Grundejerforeningen Strandparken, v. Lene Bonde
""")

M("t", """
Hej

Jeg er fra Ukraine og har boet i Ishøj i tre år. Jeg vil gerne være frivillig som
tolk for nye ukrainere, jeg taler dansk, ukrainsk, russisk og engelsk. Hvem kan
jeg kontakte?

Hilsen
Yulia Hrytsenko
""")

M("e", """
Til Center for Borger, Økonomi og IT

Mit navn er Fatima Noori. Jeg søger om enkeltydelse til en
vinterjakke og støvler til mine tre børn. Vi får kun integrationsydelse og
børnebidraget fra min eksmand kommer ikke.

Fatima Noori
Cpr.nr. [[081186-1648]]
""")

M("h", """
Hej igen Tina fra integrationsteamet

Jeg kan ikke komme til opstart på sprogskolen i morgen, jeg har været indlagt
siden fredag med en lungebetændelse. Jeg ringer når jeg er hjemme.

Vh Roman
""")

M("", """
Til Integrationsrådet i Ishøj

Hvornår er næste møde i rådet, og er møderne åbne for tilhørere? Jeg vil gerne høre
drøftelsen om boligplacering af flygtninge.

Med venlig hilsen
Niels Ravn
""")

M("e", """
Kære udvalgsformand

Min nabo, en ældre mand der hedder Mykola, er lige blevet sat ud af sin
lejlighed i nr. 7. Han sover nu i sin bil på parkeringspladsen. Han taler næsten
ingen dansk. Kan kommunen finde et sted til ham inden frosten?

Venlig hilsen
Hanne Kjeldsen, Ishøj Søpark 9
""")

M("e", """
Til Jobcentret

Jeg har fået et brev om sanktion fordi jeg ikke kom til aktivering den 12. og 13.
november. Jeg var hos Udlændingestyrelsen i Næstved med min søn, det har jeg papir på.
Kan sanktionen fjernes?

Med venlig hilsen
Abdullah Sahak
""")

M("ps", """
Hej Byggesag

Min mand Yousef og jeg har sat vores andelsbolig i Ishøj Strandpark til salg, og der er
en køber, der har budt 1,1 mio. Han vil vide, om den inddækkede altan er godkendt. Vi
fik den lavet i 2019. Kan I finde papirerne?

Mvh
Jakob Frandsen
""")

M("pu", """
Hej

Jeg er 3F-medlem og arbejder på Ishøj Havn. Vi har fået et bud på vores parcelhus på
Ishøj Landsby 31, men køberen vil have at vi først fjerner et skur, der måske ikke er
lovligt. Kan I se, om skuret er registreret i BBR?

Mvh
Rune Dahl
""")

M("bp", """
Til Center for Byudvikling og Natur

Vi er en muslimsk familie og har budt på et hus på Torslunde Bygade. Vi vil gerne
indrette et lille bederum i kælderen. Skal det godkendes, og kan det nå at blive
afklaret inden købsaftalen skal underskrives den 8. december?

Mvh
Hanan og Omar
""")

M("hs", """
Kære borgerrådgiver

Min mand Karim har haft svær depression siden foråret og har været indlagt på
Glostrup to gange. Vi er to mænd og er lige flyttet til Ishøj. Hans nye psykiater ligger
i Hvidovre. Kan han beholde sin psykolog i vores gamle kommune?

Mvh
Lasse Kirk
""")

M("b", """
Hej

Jeg arbejder som pædagogmedhjælper i SFO'en og faster i ramadanen. Min leder vil sætte
mig på madlavning med børnene om eftermiddagen i de uger. Kan man bede om en anden
opgave?

Mvh
Asma
""")
