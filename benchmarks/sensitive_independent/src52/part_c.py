"""corpus52 part c: associations, LGBT+ life, Pride, party branches, convictions."""
from common import M

M("s", """
Kære Kultur- og Fritidsudvalg

Jeg er formand for det nye netværk Regnbue Ishøj og selv lesbisk. Vi er omkring 30, der
mødes en gang om måneden. Vi vil gerne søge om et fast lokale i Kulturhuset den første
torsdag i måneden. Hvilket skema skal vi udfylde, og kan vi få nøglebrik?

Med venlig hilsen
Bettina Krogh
""")

M("", """
Hej

Hvornår er Ishøj Pride i år, og skal man tilmelde sig optoget på forhånd? Vi er en
gruppe fra vores arbejdsplads, der vil gå med med et banner.

Mvh Louise
""")

M("s", """
Hej Lone

Min søn Oliver på 16 er lige sprunget ud som bøsse, og han vil meget gerne deltage i
Pride i år. Han kender ikke andre unge som ham i Ishøj. Findes der en ungdomsgruppe i
kommunen, eller et sted i nærheden, hvor han kan møde nogen?

Kærlig hilsen
Hanne
""")

M("", """
Til Kulturpuljen

Ishøj Musikforening vil gerne søge tilskud til en Pride-koncert i Kulturhusets sal den
13. juni med tre lokale bands. Hvornår er ansøgningsfristen, og kan man søge om både
leje af lyd og honorarer?

Venlig hilsen
Kasper Wulff, kasserer
""")

M("s", """
Til Strandgårdskolen, cc. Børne- og Skoleudvalget

Vi er to mødre til Alma i 2.A. Til forældremødet blev der delt et skema ud om "mor og
fars job", og Alma kom grædende hjem, fordi hun ikke vidste, hvad hun skulle skrive. Vi
vil gerne have, at skolen bruger ord, der passer til alle familier.

Venlig hilsen
Signe Dam og Katrine Juul
""")

M("", """
Hej

Har kommunen nogen statistik over, hvor mange regnbuefamilier der bor i Ishøj? Jeg
skriver speciale om familieformer i Vestegnskommunerne og har brug for tal.

Mvh
Nanna Lauritsen, stud.scient.soc.
""")

M("b", """
Kære borgmester

Som formand for Radikale Venstre i Ishøj vil jeg gerne booke lokale 2 på biblioteket
til et vælgermøde om klima den 22. oktober kl. 19–21. Vi forventer 40 deltagere. Kan
vi få adgang til projektoren?

Med venlig hilsen
Stine Holbæk
""")

M("b", """
Hej Rikke

Vi er en lille humanistisk studiekreds på fem, der mødes hver anden tirsdag og læser
filosofi. Vi har hidtil været hos hinanden, men vi vil gerne låne et af de små rum på
biblioteket. Kan en uformel gruppe låne lokale, eller skal vi være en forening?

Venlig hilsen
Jens Peter Lind
""")

M("", """
Til byrådet

Jeg har set i referatet, at Humanistisk Samfund har fået 8.000 kr. i tilskud fra
folkeoplysningspuljen. Hvorfor skal kommunen støtte den slags, når mange idrætsklubber
får afslag? Jeg vil gerne have en begrundelse.

Mvh
Lars Henriksen
""")

M("bs", """
Hej Anders

Jeg er homoseksuel og har været medlem af SF i ti år. I vores lokalafdeling vil vi
gerne have, at byrådet hejser regnbueflaget på rådhuset i Pride-ugen, som mange andre
kommuner gør. Vil du støtte et forslag fra os?

Venlig hilsen
Mikkel Toft
""")

M("b", """
Kære Ole

Jeg stemte på Venstre i 20 år, senest ved kommunalvalget i 2025. Men jeres beslutning
om at lukke svømmehallen om søndagen får mig til at tænke mig om. Min familie bruger
den hver uge. Jeg håber, I vil se på det igen.

Med venlig hilsen
Erling Kvist
""")

M("t", """
Kære Kultur- og Fritidsudvalg

Jeg er formand for Tamilsk Kulturforening Ishøj og selv tamil fra Jaffna i Sri Lanka.
Vores forening har 120 medlemmer, og vi holder danseundervisning for børn hver lørdag.
Vi har fået at vide, at vores hal-tid flyttes til søndag aften. Mange af vores børn
kommer med bus fra Vallensbæk. Kan vi få lørdagen tilbage?

Med venlig hilsen
Tharshan Sivakumar
""")

M("", """
Hej Anja

Tamilsk Kulturforening har bedt om at låne Ishøj Idrætscenter til en stor kulturdag i
august. Jeg er halinspektør og kan ikke selv godkende så stort et arrangement. Skal det
op i udvalget, eller kan centerchefen give lov?

Mvh
Bjarne Toft, Ishøj Idrætscenter
""")

M("s", """
Hej

Min kæreste Jonas og jeg vil gerne stille op som frivillige ved Pride i Ishøj i år. Vi
var med i Roskilde sidste år og vil gerne hjælpe med opstillingen. Hvem skal vi skrive
til?

Bedste hilsner
Mikkel Brandt
""")

M("", """
Hej

min kæreste og jeg skal til Pride-festen i parken på lørdag. kan man parkere ved
Ishøj Landsbykirke eller er der lukket? vi kommer fra Greve

mvh Sofie
""")

M("u", """
Til Kultur- og Fritidsudvalget

Vi er nogle stykker fra forskellige forbund på Vestegnen, der gerne vil holde en 1.
maj-fest i Ishøj Landsbypark med musik og taler. Kan vi leje scenen og strøm af
kommunen, og hvor lang tid i forvejen skal vi søge?

Kammeratlig hilsen
1. maj-udvalget
""")

M("b", """
Hej Søren

Jeg er aktiv i Extinction Rebellion, og vi er 15 fra Ishøj og Greve, der planlægger
en fredelig demonstration foran rådhuset før budgetmødet. Vi skal bruge en lydanlæg og
et banner på plænen. Skal vi anmelde det til kommunen eller kun til politiet?

Mvh
Astrid Nymann
""")

M("bt", """
Kære borgmester

Jeg er selv født i Lahore og kom til Danmark som 12-årig. I dag er jeg formand for
Pakistansk Muslimsk Forening i Ishøj, og vi er over 200 familier. Vi vil gerne invitere
dig til vores eid-middag den 8. april og høre, om du vil holde en tale.

Med venlig hilsen
Imran Qureshi
""")

M("s", """
Hej Lise

Jeg er 19 og biseksuel, og jeg har meldt mig som frivillig til Pride i Ishøj. Men jeg
har fået en mail fra en fra min skole, der har set navnelisten og skriver grimme ting.
Kan I tage listen med frivilliges navne ned fra kommunens hjemmeside?

Mvh
Line
""")

M("", """
Til borgmesteren

Pride-festen i parken sidste lørdag larmede til efter midnat, og der lå dåser og glas i
hele parken søndag morgen. Jeg har intet imod festen, men arrangørerne må rydde op og
stoppe musikken kl. 23 som alle andre.

Mvh
Helge Dalsgaard
""")

M("", """
Kære byråd

Kommunen bør ikke flage med regnbueflaget på rådhuset. Rådhuset skal flage med
Dannebrog og kommunens flag, ikke med symboler for enkelte grupper. Jeg håber, I
holder fast i det.

Venlig hilsen
Niels Aage Krog
""")

M("b", """
Hej Kim

Jeg er medlem af Dansk Folkeparti og har været det siden 2001. Jeg synes, det er
forkert, at regnbueflaget hænger ved skolen i en hel uge. Hvis alle flag skal hænge, så
vil jeg også have Dannebrog på Grundlovsdag foran hver skole.

Hilsen
Poul Erik
""")

M("s", """
Kære Lise Bundgaard

Min kone og jeg har boet i Ishøj i 20 år. Da vi blev gift i 2012, var det ikke noget,
man talte højt om her. Derfor blev vi begge rørt, da vi så regnbueflaget på rådhuset
sidste år. Tak. Bliv ved med det.

Kærlig hilsen
Lone Schmidt
""")

M("b", """
Til Børne- og Skoleudvalget

Jeg er pacifist og har været det hele mit voksne liv. Jeg vil ikke have, at min søn i
8. klasse deltager i "Forsvarets dag", hvor soldater viser våben frem på skolen. Kan
han blive fritaget?

Med venlig hilsen
Gunnar Steen
""")

M("bu", """
Hej Jakob

Jeg er både i Socialdemokratiet og i HK, og jeg har selv stemt på dig. Derfor er jeg
ked af, at kommunen vil udlicitere borgerservice' telefoner til et privat firma. Det
er vores medlemmer i HK, der mister jobbet.

Mvh
Hanne Villadsen
""")

M("s", """
Til Center for Børn og Forebyggelse

Jeg er medmor til vores søn Theo, der blev født i sidste måned. Sundhedsplejersken har
kun skrevet min kones navn i journalen og kalder mig "veninden". Vi vil gerne have, at
jeg står som forælder i kommunens papirer.

Venlig hilsen
Karoline Bach
""")

M("", """
Hej

Hvad er reglerne for medmoderskab, når barnet er undfanget på en klinik i udlandet?
Jeg er jurastuderende og skriver opgave om familieretten.

Mvh
Oliver
""")

M("", """
Til Kulturhuset, bogholderiet

Ishøj Folkedanserforening har modtaget faktura nr. 2704191234 for leje af sal den 12.
april, men beløbet svarer til en weekendpris. Vores EAN-nummer er 5798000123456, og
vores CVR er 29184736. Kan I sende en kreditnota?

Venlig hilsen
Inger, kasserer
""")

M("t", """
Kære byrådsmedlem

Som sort kvinde i Ishøj bliver jeg ofte spurgt, hvor jeg "egentlig" kommer fra. Men i
sidste uge nægtede dørmanden på den nye bar på Ishøj Havn mig og min veninde adgang,
mens de hvide piger bag os kom ind. Baren har fået alkoholbevilling af kommunen. Kan I
tage det med, når bevillingen skal fornyes?

Med venlig hilsen
Grace Mensah
""")

M("", """
Hej

Hvem i kommunen har godkendt, at Antiracistisk Netværk låner lokale på biblioteket hver
måned? Jeg vil gerne se den politik, der bruges, når lokaler fordeles.

Mvh Carsten
""")

M("b", """
Hej Kultur- og Fritid

Vores menighed, Pinsekirken Ishøj, har lejet lokale på Vejlebroskolen i fem år. Nu er
lejen opsagt, fordi skolen skal bruge rummet. Vi er 40 voksne og børn, der mødes om
søndagen. Kender I andre lokaler, vi kan leje?

Med venlig hilsen
Paul Owusu, menighedsrådet
""")

M("s", """
Hej Lise

jeg er aseksuel og har det helt fint med det, men på min skole skal vi have et
seksualundervisningsforløb hvor alle skal fortælle om deres "første kæreste". kan man
sige nej til at fortælle? jeg tør ikke spørge læreren
anonym elev, 9. klasse
""")

M("bs", """
Kære menighedsråd og Kultur- og Fritidsudvalget

Min forlovede Rasmus og jeg skal giftes i Ishøj Kirke til august, og vi vil gerne holde
festen i Landsbyens forsamlingshus bagefter. Vi er begge mænd, og præsten har sagt ja.
Kan kommunen bekræfte, at vi kan leje huset den 15. august?

Mange hilsner
Christian Møller
""")

M("", """
Til byrådet

Jeg synes, det er flot, at kommunen støtter både Pride og eid-festen i parken. Det
viser, at Ishøj er en by for alle. Bliv ved med det.

Venlig hilsen
Birgit, Ishøj Strand
""")

M("t", """
Hej Ahmed

Jeg kom som flygtning fra Syrien i 2015 og er nu frivillig i Ishøj Kulturforening, hvor
jeg hjælper nye med lektier og papirer. Vi vil gerne lave en cafe i Kulturhuset hver
onsdag. Vil du hjælpe os med at finde ud af, hvem vi skal tale med?

Venlig hilsen
Rami Haddad
""")

M("", """
Hej

Hvor mange flygtninge modtog Ishøj Kommune i 2025, og fra hvilke lande? Jeg kan ikke
finde tallene på hjemmesiden.

Mvh
Jakob Sand
""")

M("b", """
Kære Kim Olsen

Jeg har stemt på Liberal Alliance ved de sidste tre valg, og jeg synes, jeres nye
parkeringsafgift ved stranden er det modsatte af alt, partiet står for. Hvorfor har
I stemt for?

Med venlig hilsen
Christian Worm
""")

M("u", """
Hej Rasmus

Jeg er formand for seniorklubben i Dansk Metal Vestegnen, og vi er 60 pensionister, der
mødes hver anden onsdag. Vi vil gerne søge om at låne cafeen i Ishøj Idrætscenter. Kan
du sige, hvem jeg skal skrive til?

Med venlig hilsen
Knud Erik Pedersen
""")

M("", """
Kære Teknik- og Miljøudvalg

Jeg skriver som faglig sekretær i FOA Sydvest. Vi har fået flere henvendelser om, at
rengøringspersonalet på skolerne mangler ordentlige pauserum. Kan vi få et møde med
udvalget om arbejdsmiljøet på kommunens skoler?

Venlig hilsen
Susanne Hjort, faglig sekretær, FOA Sydvest
""")

M("s", """
Hej Ahmed

Min søster Nadia er lesbisk og bor sammen med sin kæreste i Ishøj Nord. De har fået
skrevet "luder" og "syg" på deres dør to gange. Hun vil ikke selv skrive, men jeg vil
gerne have, at en byrådspolitiker ved det. Hvad kan man gøre?

Venlig hilsen
Sara
""")

M("", """
Hi,

Is there an LGBT+ youth group in Ishøj or nearby? I'm doing a school project on
leisure offers for young people in the area and would like to interview someone.

Thanks,
Emma (10.A, Ishøj Skole)
""")

M("s", """
Dear Mayor,

My husband and I (I'm Tom) moved to Ishøj last spring. We were
surprised that the municipality's welcome pack only shows "mor, far og børn". Would
the council consider a more inclusive version? Happy to help.

Kind regards,
Tom Bradley
""")

M("b", """
Hello Mr. Hussein,

I'm a practising Hindu and I go to the temple in Brøndby every weekend. The bus
connection from Ishøj Station was cut in the new timetable. Could the council ask
Movia to keep at least one bus on Sundays?

Best regards,
Ravi Krishnan
""")
