"""corpus6, part A: mails to council members, the mayor and the main mailbox."""
from common import M

M("he", """
Kære borgmester

Jeg er 84 år og har KOL, og nu har jeg fået at vide at min hjemmehjælp bliver skåret ned til rengøring hver 3. uge. Det kan jeg ikke holde til. Jeg kan ikke selv støvsuge når jeg skal slæbe rundt på iltflasken. Vil De ikke se på det?

Venlig hilsen
Else Marie Johansen
Vejlebrovej 41, 2635 Ishøj
""")

M("", """
Hej

Hvorfor er der pludselig kommet betalingsparkering ved Ishøj Strand? Det var ikke noget man hørte om før skiltene stod der. Det er dårligt for familierne der bare vil have en dag ved vandet uden at skulle betale 20 kr i timen.

Mvh Bo Kristiansen
""")

M("b", """
hej Kasper, jeg er 19 og aktiv i Enhedslisten Ishøj-Vallensbæk og vi vil gerne lave en lille debat om ungdomsklubberne på biblioteket i april. kan du være med i panelet?? du må gerne skrive tilbage på denne mail. hilsen Noah
""")

M("ue", """
Til byrådsmedlem Lise Damgaard

Jeg skriver fordi jeg er blevet fyret fra lageret i Hundige efter 11 år og nu går jeg ledig. Jeg er organiseret i 3F og de siger jeg skal vente på en afklaring fra a-kassen, men jobcentret har indkaldt mig til samtale allerede på mandag med krav om at søge 20 jobs om ugen. Er det virkelig rigtigt? Kan du ikke undersøge det.

Hilsen Jens Ole Madsen
""")

M("t", """
Hej borgmester

Jeg hedder Amina og jeg kommer fra Somalia. Min søn går i 4 klasse og nogle drenge siger til ham han skal tage tilbage til Afrika og de kalder ham grimme ord for hans farve. Lærer siger de snakker med dem men det bliver ved og ved. Jeg ved ikke hvem jeg skal skrive til. Undskyld min dansk.

Amina
""")

M("s", """
Kære Maja Holm

Min mand Anders og jeg har skrevet vores datter op til vuggestue fra august, men har fået tilbudt plads helt ovre i den anden ende af kommunen. Vi har ikke bil. Er der nogen mulighed for at komme på venteliste til Regnbuen (ha, passende navn for os to) eller Solsikken?

Venlige hilsner
Thomas Bak
""")

M("p", """
Hej

Vi har sat huset på Gadekærvej til salg, og vi har en interesseret køber, som først vil skrive under når han ved om kommunen har planer om at bygge boliger på marken bag os. Ejendomsmægleren siger lokalplanen er ved at blive revideret. Kan I oplyse noget om tidsplanen? Det haster lidt for os, han vil have svar inden påske.

Mvh Pia og Ken Rasmussen
""")

M("e", """
Til Borgerservice

Jeg søgte boligstøtte i januar og har stadig ikke hørt noget. Min husleje er steget og jeg lever kun af SU. Mit cpr er [[140301-4512]]. Kan I ikke se hvor langt den er?

Vh Sara Nielsen
""")

M("", """
Hej

Vi har modtaget en regning for leje af borde og stole til gadefesten på Strandagervej, fakturanr. 1206851174, men beløbet er dobbelt så højt som det vi aftalte i telefonen. Kan nogen ringe til mig på 51 23 88 40?

Med venlig hilsen
Lone Carlsen, kasserer i Grundejerforeningen Strandager
""")

M("hb", """
Kære kommune

Min datter Hiba (14) har type 1-diabetes og vil gerne faste i ramadanen ligesom resten af familien. Hendes læge siger det kan lade sig gøre, hvis hun kan måle blodsukker i frikvartererne i ro og fred. Kan skolen sørge for et stille sted til hende? Vi har skrevet til skolen to gange, men ikke fået svar.

Venlig hilsen
Fatima El-Amin
""")

M("", """
Hvor kan man blive influenzavaccineret i Ishøj i år? Sidste år var det på apoteket i Bycentret, men de siger nu at de ikke tager tidsbestilling. Min mor på 82 spørger hele tiden. Mvh Kirsten
""")

M("u", """
Hej Jacob

Som tillidsrepræsentant for FOA på plejecentret vil jeg gerne invitere dig på besøg en tidlig morgen, så du kan se hvordan vagtplanen hænger sammen (eller ikke gør). Kollegerne er meget frustrerede over de nye normeringer og vil gerne fortælle dig om det selv.

Med venlig hilsen
Birgitte Holm
""")

M("he", """
hej jeg skriver til dig fordi jeg ikke ved hvad jeg skal gøre mere min søn er 12 og ADHD'er og han er blevet smidt ud af klubben tre gange nu og skolen siger de har lavet en underretning på os fordi han kommer uden madpakke men vi har ikke en krone tilbage efter huslejen og jeg har sagt det til sagsbehandleren i fire måneder uden at nogen gør noget og nu vil de indkalde til møde om hans trivsel og jeg er bange for at de tager ham fra mig kan du ikke hjælpe mvh Tina
""")

M("", """
Kære SF

Jeg synes det er en skandale at kontanthjælpsloftet rammer børnefamilierne så hårdt. Hvad gør I i byrådet for at afbøde det lokalt? Det ville være rart at få et svar inden budgetforhandlingerne går i gang.

Venlig hilsen
Karen Winther
""")

M("t", """
Hej. Min svigerfar er fra Tyrkiet og taler næsten kun tyrkisk. Han er indkaldt til Borgerservice om fornyelse af sit pas d. 12. marts. Kan der komme en tolk, eller må jeg tage med og oversætte? Han har givet mig fuldmagt. Mvh Emre Yilmaz
""")

M("s", """
Hej Anne

Tak for dit indlæg i Lokalavisen om et mere rummeligt Ishøj. Som lesbisk og opvokset i Vejleåparken kan jeg godt fortælle at det ikke altid har været sådan. Jeg vil meget gerne hjælpe med at få et lille Pride-arrangement til byen næste sommer, hvis I mangler frivillige.

Kh Signe
""")

M("p", """
Kære byrådsmedlem

Jeg er ved at sælge min andelslejlighed i Andelsboligforeningen Tranehaven, og nu er køberen sprunget fra, fordi der går rygter om at kommunen vil lave en ny vej lige bag blokken. Passer det? Jeg har allerede skrevet under på noget andet i Greve og har brug for at vide om jeg skal finde en ny køber.

Mvh Henning Lund
""")

M("", """
Tusind tak for den fine sommerfest på Ishøj Bibliotek i lørdags! Børnene elskede tryllekunstneren og vi fik snakket med mange nye naboer. Mvh familien Jørgensen
""")

M("he", """
Att. Jobcenter / hovedpostkassen

Jeg er sygemeldt pga stress og angst siden november, og har fået brev om at min opfølgningssamtale er flyttet til en dag hvor jeg skal til psykiater. Kan den flyttes? Personnr. [[0902881638]].

Mvh Camilla Friis
""")

M("", """
Hej

Borgermødet om den nye skolestruktur holdes vel stadig i 3F's mødelokaler på Ishøj Stationsvej den 4. kl. 19? Der står noget forskelligt på hjemmesiden og på Facebook.

Hilsen Dorthe
""")

M("e", """
Kære borgmester

Jeg er lige blevet skilt og bor nu på 34 m2 med to børn hver anden uge. Faren vil ikke betale det han skal, og Familieretshuset er så langsomme. Er der nogen i kommunen der kan hjælpe med at finde en større bolig? Jeg har stået på venteliste i to år og der sker ingenting.

Hilsen Maria
""")

M("bu", """
Kære Peter Sørensen

Jeg er lærer på Strandgårdskolen, medlem af DLF og, som du måske ved, aktiv i Radikale Venstre her i byen. Jeg skriver dog som privatperson: Kan vi mødes om inklusionsmidlerne inden budgettet? Jeg tror vi er enige om mere end du tror.

Venlig hilsen
Rikke Toft
""")

M("", """
Hej. Hvor mange flygtninge har Ishøj modtaget i 2024, og hvor mange af dem er kommet i job? Jeg skriver en opgave på HF om integration og kan ikke finde tallene. Mvh Ahmed
""")

M("h", """
DET ER SIMPELTHEN FOR DÅRLIGT!!! Min mor kom hjem fra Hvidovre efter hoftebrud i fredags og der er stadig ingen genoptræning aftalt. Hun kan ikke engang komme på toilettet selv. Hvem har ansvaret??? Jeg forventer svar i dag.

Jan Mikkelsen (søn)
""")

M("he", """
Kære udvalgsformand

Min kone har sklerose i fremskreden grad og har haft BPA i seks år. Nu vil kommunen revurdere timetallet, og vi er bange for at hun mister nattedækningen. Hun kan ikke vende sig selv i sengen. Vi beder dig se på sagen før der bliver truffet afgørelse.

Med venlig hilsen
Poul Erik Hansen
""")

M("", """
Hej. Jeg skal betale depositum for leje af Ishøj Medborgerhus den 21. juni. Er det reg. 2250 konto 6845123456? Fakturaen har ikke noget kontonummer på. Mvh Søren Lykke
""")

M("te", """
Hello, sorry I write in english. I am from Poland and work in a warehouse in Ishøj. My employer has not paid my salary for 2 months and now I cannot pay the rent, the landlord says I must leave the apartment before 1 May. Where can I get help in the kommune? I have wife and small daughter. Thank you, Marek Nowak
""")

M("", """
Hej Morten (DF)

Hvornår bliver der lavet bump på Torslundevej? Bilerne kører alt for stærkt forbi børnehaven, og der har været to nærved-ulykker bare i februar.

Mvh Allan
""")

M("b", """
Til Center for Børn og Forebyggelse

Vores familie er Jehovas Vidner, og vores to børn holder derfor ikke fødselsdag eller jul. En pædagog i SFO'en har flere gange sagt foran de andre børn at "det er da synd for dem". Det er meget ubehageligt for dem. Vi vil gerne have en samtale om hvordan man respekterer vores tro.

Med venlig hilsen
Ruth og David Kjær
""")

M("he", """
Kære Ishøj Kommune

Jeg skriver på vegne af min far, Arne Bendtsen, [[030536 2217]], som bor alene på Ishøj Søvej. Han har fået konstateret Alzheimers og er faldet to gange bare i denne måned. Vi søgte plejebolig i januar. Hvornår kan vi forvente svar? Fuldmagt er vedhæftet.

Venlig hilsen
Lene Bendtsen
""")

M("", """
Hej Camilla

Jeg er sygeplejerske i hjemmeplejen og har fulgt debatten om elbiler til personalet. Det er en god idé, men husk at der skal være ladestandere ved Centergården, ellers står vi bare i kø. Mvh Ulla
""")

M("u", """
Jeg meldte mig ud af HK sidste år, men de bliver ved med at sende mig deres blad og mails. Det har vel ikke noget med kommunen at gøre, men kan borgerrådgiveren hjælpe med den slags eller hvem skal jeg spørge? Mvh Lasse
""")

M("s", """
hej jeg er 16 og bi og der er ikke noget sted i ishøj hvor man kan mødes med andre unge lgbt+ folk. i vallensbæk har de en gruppe på ungdomsskolen. kan vi ikke få det her også??? mvh Alex
""")

M("", """
Hvornår er der Pride-parade i København i år, og stiller Ishøj Kommune op med en vogn ligesom sidste år? Tak. Henrik
""")

M("pe", """
Kære Lars Nørgaard

Banken har sagt at huset på Tranegilde kommer på tvangsauktion hvis vi ikke får solgt inden 1. maj. Vi skylder restskat og har haft fogeden på besøg. Nu har vi endelig en køber der har budt, men han vil kun købe hvis kommunen godkender tilbygningen, og byggesagen har ligget hos jer siden oktober. Kan du ikke sige til dem at det haster?

Hilsen Michael og Susanne Eriksen
""")

M("", """
Hvornår sætter kommunen de nye storparceller ved Ishøj Landsby til salg, og hvordan kommer man på interesselisten? Mvh Christian
""")

M("hu", """
Hej

Jeg kom til skade på arbejdet på genbrugspladsen (faldt ned fra en container og brækkede håndleddet) og min fagforening, Dansk Metal, siger at arbejdsskaden skal anmeldes af kommunen som arbejdsgiver. Det er ikke sket efter 6 uger. Kan I tjekke op på det?

Mvh Dennis Holmgaard
""")

M("", """
Til Kultur og Fritid

Vi har ikke fået tilskud til vores badmintonklub for 2. halvår. Vores foreningsnr. i jeres system er 0307921180 (det nummer vi fik ved oprettelsen). Kan I se hvad der er gået galt?

Mvh kasserer Ib Thomsen, Ishøj Badminton
""")

M("t", """
Kære borgmester

Jeg er adopteret fra Colombia som spæd og er vokset op i Ishøj. Nu vil jeg gerne holde et foredrag for unge om at være brun i en by hvor man ofte er den eneste i klassen. Jeg har hørt at kommunen har en pulje til den slags. Hvem skal jeg kontakte?

Bedste hilsner
Julia Mortensen
""")

M("b", """
Hej Dan

Jeg har stemt på dig ved de sidste to valg, men jeg er godt skuffet over at du stemte for at lukke Torslunde Bibliotek. Det gør jeg ikke igen.

Hilsen Grethe Andersen
""")

M("e", """
Hej

Jeg blev løsladt fra Vestre i december og bor midlertidigt på min brors sofa. Jobcentret siger jeg ikke kan få kontanthjælp fordi jeg ikke har en fast adresse, men jeg kan ikke få en lejlighed uden penge. Det er en ond cirkel. Jeg vil gerne videre med mit liv.

Mvh Kim
""")

M("", """
Hej. Jeg ringede 14/3 kl. 10.20 til 43 57 75 75 om storskrald og fik at vide at det blev hentet 18/3, men det står der stadig. Adresse: Strandgårdsvej 12. Mvh Vivi
""")

M("", """
Hej, jeg har mistet mit gule kort. Kan I sende et nyt? [[220793-2841]]
Adresse: Ishøj Strandvej 7, 2. tv.
Tak! Louise
""")

M("hse", """
Kære Jytte

Jeg henvender mig til dig som formand for ældreudvalget. Min mand Jørgen og jeg har været sammen i 41 år, og han har nu fået Parkinson så slemt at jeg ikke længere kan klare ham alene om natten. Vi har søgt aflastning, men der er et halvt års ventetid. Jeg er selv 79 og har et dårligt hjerte. Hvad stiller man op?

Venlig hilsen
Kurt Eriksen
""")

M("", """
Hej. Holder biblioteket igen iftar-arrangement for alle i år? Vi var med sidste år og det var rigtig hyggeligt. Mvh Nanna
""")

M("p", """
Naboen i nr. 14 har sat sit hus til salg, og mægleren har sat skilte op på vores fælles græsareal. Må man det uden at spørge grundejerforeningen? Hilsen Bent
""")

M("b", """
Hej

Vi er ikke religiøse, faktisk er vi begge ateister, og vi synes ikke det er rimeligt at konfirmationsforberedelsen ligger midt i skoletiden, så vores søn skal sidde alene på biblioteket i to timer hver onsdag. Hvad gør skolen for de elever der ikke skal konfirmeres?

Mvh Christina og Mads Holst
""")

M("", """
Kan man deltage i jobmessen i Ishøj Idrætscenter, selvom man ikke er medlem af en a-kasse eller fagforening? Og skal man tilmelde sig på forhånd? Mvh Peter
""")

M("hte", """
Kære hovedpostkasse

Min far er 71 og fra Pakistan, han forstår ikke ret meget dansk. Efter sin blodprop i hjernen har han fået hjemmehjælp, men hjælperne kan ikke tale med ham og han bliver bange og forvirret. Kan man ønske en hjælper der taler urdu eller punjabi? Jeg kan ikke selv være der hver dag, jeg arbejder i Roskilde.

Venlig hilsen
Sana Qureshi
""")

M("", """
Kære Helle

Tak fordi du tog dig tid til at komme ud og se på legepladsen i Strandparken i søndags. Vi er glade for at høre at den kommer med i næste års vedligeholdelsesplan. Vi holder dig op på det :-)

Mange hilsner
Forældregruppen i Strandparken
""")

M("u", """
Hej Ole

Jeg er medlem af Krifa og har hørt at kommunen i den nye rengøringsaftale kun vil bruge firmaer med overenskomst med 3F. Betyder det at folk som mig ikke kan få arbejde der? Det synes jeg ikke er rimeligt.

Mvh Brian
""")

M("e", """
Til Ishøj Kommune, Borgerservice

Jeg er i restance med to måneders husleje og boligselskabet har sendt en ophævelse. Kan jeg søge om enkeltydelse? Jeg er på overførselsindkomst og har ingen opsparing. CPR [[180467–1129]].

Med venlig hilsen
Bente Svendsen
""")

M("", """
Kære byrådsmedlemmer

Jeg har flere ting jeg gerne vil have med, så jeg samler det i én mail.

1) Cykelstien langs Ishøj Landevej er i elendig stand mellem rundkørslen og Torslunde. Der er huller man kan miste et forhjul i.
2) Biblioteket burde have åbent længere om søndagen. Mange af os arbejder på hverdage og når det aldrig.
3) Snerydningen i vinter var fin på de store veje, men stierne i Vejleåparken blev først ryddet efter tre dage.
4) Hvorfor er der ikke flere skraldespande ved stranden? Om sommeren flyder det med pizzabakker.

Jeg ved godt det er mange små ting, men det er dem der gør en by god at bo i.

Med venlig hilsen
Jørn Christiansen
Ishøj Boulevard 88
""")

M("ps", """
Hej

Min kæreste Mads og jeg har budt på et rækkehus på Kirkebjerg Allé, og sælger har accepteret med forbehold for advokatgennemgang. Inden vi skriver endeligt under vil vi gerne vide, om der er kloakrenovering på vej i området og om vi i så fald selv skal betale for stikledningen.

Mvh Emil Sand
""")

M("s", """
Hej

Jeg er medmor til Ella, som starter i 0. klasse efter sommerferien. I skolens system står kun hendes anden mor, Camilla, som forælder, og jeg kan ikke logge på Aula. Hvem retter det?

Mvh Sofie Brandt
""")
