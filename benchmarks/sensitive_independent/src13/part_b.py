"""Part B: elderly writers rambling, and relatives or neighbours writing on behalf of someone."""
from common import M

M("he", """
Kære Borgmester Ib

Ja, det er så Else Marie fra Tranehaven igen, De husker mig måske fra julefrokosten i pensionistforeningen i 2019, hvor vi sad ved samme bord og talte om min afdøde mand Poul, der var chauffør ved HT i 34 år. Nå, men det er ikke derfor jeg skriver. Jeg skriver fordi hjemmehjælpen nu kun kommer hver anden uge til rengøring, og det kan jeg simpelthen ikke klare, for efter min hofteoperation i foråret kan jeg ikke bukke mig og heller ikke støvsuge. Min datter bor i Aarhus og har selv travlt med børnebørnene. Den unge pige der kom sidst var ellers sød, men hun havde kun 20 minutter. Det er jo ikke nogen tid. Jeg har betalt skat hele mit liv.

Med venlig hilsen og på forhånd tak
Else Marie Kjærsgaard
Tranehaven 4
""")

M("", """
Kære byrådsmedlem

Jeg er en gammel dame på 87 år, og jeg har boet i Ishøj Landsby siden 1961, da her kun var marker og køer. Jeg vil bare sige at det er en skam at bænkene ved gadekæret er fjernet. Vi gamle kunne sidde der og snakke, og nu er der ingen steder at hvile benene når man går tur. Min nabo Inga siger det samme. Kan I ikke sætte dem op igen før sommeren? Jeg håber De vil tage det op i udvalget.

Venlig hilsen
Gudrun Hansen
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg skriver på vegne af min mor, Birthe Lauritsen, [[180239-1742]], som bor på Ishøjvej 112. Hun har fået konstateret Alzheimer i mellemstadiet, og det går hurtigt ned ad bakke nu. Hun har glemt at slukke komfuret to gange i denne måned. Vi (min bror og jeg) mener ikke hun kan bo alene længere og vil søge om plejebolig. Jeg har fuldmagt og vedhæfter den.

Venlig hilsen
Hanne Lauritsen Bech
datter
Sendt fra min iPhone
""")

M("e", """
Hej

Det er naboen i nr. 14 jeg skriver om, familien med de to drenge. Der er ofte råben og skrigen om aftenen, og i går så jeg den mindste dreng sidde alene på trappen kl. 23 uden jakke. Jeg ved ikke om det er min sag, men jeg vil gerne lave en underretning. Jeg ønsker at være anonym.

En bekymret nabo, Gildbro Vænge
""")

M("", """
Hej

Hvordan laver man en underretning hvis man er bekymret for et barn? Skal man skrive navn på? Jeg spørger bare generelt, fordi vi skal have det op på et forældremøde i grundejerforeningen.

Hilsen Mette
""")

M("h", """
Kære Kommune

Ja undskyld jeg skriver igen men jeg har ikke fået svar på mit brev fra 3. marts om mit høreapparat som er gået i stykker, jeg har ringet til Høreklinikken men de siger at det er kommunen der skal bevilge et nyt fordi jeg har nedsat hørelse på begge ører efter min mellemørebetændelse i 2021 og nu kan jeg ikke høre telefonen eller når min datter ringer på døren, det er meget besværligt, og så tænkte jeg at jeg lige ville skrive igen, og De må undskylde stavefejlene for mine øjne er heller ikke hvad de har været.

Venlig hilsen
Aage Pedersen, 91 år
""")

M("eh", """
Hej

Jeg er datter til Ruth Olsen på Strandgårdsparken. Min mor er blevet bevilget 2 x hjemmepleje dagligt efter sit slagtilfælde, men de kommer tit først kl. 11 om formiddagen, og så har hun ikke fået sin insulin. Det er ikke i orden. Hvem kan jeg tale med om det?

Lisbeth Olsen
30 11 84 62
""")

M("", """
Kære politikere

Jeg synes det er for dårligt at ældreplejen skal spare igen. Mine venner på plejehjemmet siger der er for lidt personale. Jeg er selv frisk nok, gudskelov, men tænk på dem der ikke er. Stem nej til besparelserne!

Venlig hilsen
Knud Erik, pensionist
""")

M("ep", """
Kære Ishøj Kommune

Jeg er 79 og enkemand og har besluttet at sælge mit hus på Pilemøllevej, det er blevet for stort, og jeg har fået et bud fra et ungt par, som jeg tror jeg tager imod, men de mangler stadig at få lånet godkendt. Jeg skal så have en ældrebolig, og jeg har hørt at der er venteliste. Kan jeg blive skrevet op nu, så det passer sammen? Min pension er ikke stor, så huslejen må ikke være for høj.

Med venlig hilsen
Svend Aage Mikkelsen
""")

M("", """
Hej. Hvor lang er ventelisten til ældreboligerne ved Ishøj Landsby for tiden? Jeg spørger for min egen planlægning om et par år. Mvh. Grethe
""")

M("b", """
Kære Borgmester

Jeg har været medlem af Det Konservative Folkeparti siden 1968 og har aldrig før skrevet til en borgmester fra et andet parti, men nu må jeg. Kirkegården ved Ishøj Kirke ser forfærdelig ud, ukrudt overalt på gangene, og min kone ligger derude. Det er en skam for byen.

Med venlig hilsen
Viggo Thorsen
""")

M("", """
Kære udvalgsformand, ukrudtet på kirkegårdens gange er groet helt vildt i år. Hvem har ansvaret – kommunen eller menighedsrådet? Venlig hilsen en fast gæst på kirkegården
""")

M("he", """
Hej med jer

Jeg skriver for min far, Kurt Bjerregaard, han er 84 og bor alene på Ishøj Boulevard. Han har KOL og bruger ilt, og nu har hans læge skrevet at han bør have en el-scooter, fordi han ikke kan gå til Netto længere. Han har kun folkepension og ingen opsparing, så han kan ikke selv betale. Kan I sende ansøgningsskemaet til mig? Jeg har fuldmagt.

Venlig hilsen
Michael Bjerregaard
""")

M("", """
Hej

Hvilke hjælpemidler kan man søge om fra kommunen når man bliver ældre? Min nabo mener man kan få el-scooter, andre siger at det skal man selv betale. Bare generelt.

Venlig hilsen
Poul Erik
""")

M("e", """
Kære borgerrådgiver

Min svigermor Inger, 88, flyttede på plejehjemmet Ishøjhjemmet i januar. Nu har hun fået en regning på 11.000 kr. for "mellemperiode" med både husleje i den gamle lejlighed og på plejehjemmet. Hun har kun folkepensionen. Det kan ikke være rigtigt, at hun skal betale dobbelt husleje. Vi vil gerne klage.

Med venlig hilsen
Kirsten Halberg
""")

M("hs", """
Kære Anne-Mette

Jeg har læst at du er formand for ældreudvalget. Jeg er 76 og har levet med min mand Johannes i 41 år. Han fik en blodprop i hjernen i sommer og ligger nu på aflastningspladsen. Personalet er søde, men de kalder mig hele tiden for "hans bror" og det gør ondt, selvom jeg ved de ikke mener det ondt. Kan der ikke undervises lidt i, at ældre også kan være homoseksuelle?

Hilsen
Erling Toft
""")

M("", """
Til ældreudvalget

Vi er en gruppe ældre, der gerne vil foreslå et kursus for plejepersonalet om LGBT+ ældre. Vi tror ikke der bliver talt nok om det. Vi vil gerne komme og fortælle om det på et møde.

På vegne af Regnbueseniorer Sjælland
""")

M("e", """
Hej

Min nevø Jonas på 19 er løbet ud i noget med gæld til nogle folk, og nu er han flyttet hjem til mig på sofaen, fordi han blev sat ud af sin lejlighed. Han har ingen indtægt. Kan han få kontanthjælp selvom han bor hos mig? Han er ikke så god til at skrive selv.

Venlig hilsen
Tove Rasmussen
""")

M("h", """
Kære kommune, jeg skriver for Ellen i opgangen her på Ishøj Strandvej 30, hun er 90 og har lige fået konstateret grå stær på begge øjne og kan ikke se trapperne ordentligt. Hun vil ikke selv skrive, hun synes det er pinligt. Kan nogen komme forbi og se på et gelænder? Mvh Doris, nr. 30 st. th
""")

M("", """
Hej, er der tilskud til at få sat gelænder op i opgangen i en privat udlejningsejendom? Eller er det udlejerens ansvar? Tak for svar. Doris
""")

M("eh", """
Kære Ishøj Kommune,

Jeg er 68 år og på førtidspension pga. sclerose, og jeg har i mange år fået tilskud til medicin. Nu står der i min e-Boks, at tilskuddet bortfalder, og jeg forstår ikke hvorfor. Jeg har ikke fået flere penge, tværtimod, min mand døde i august. Jeg har CPR [[070458-2016]] hvis I skal finde sagen.

Venlig hilsen
Annelise Frost
""")

M("b", """
Kære byråd

Jeg er 82 og har været troende katolik hele mit liv og går hver søndag i Sankt Knud Lavard i Kongens Lyngby. Nu er bussen 300S lagt om, så jeg må skifte to gange. Kunne I ikke tale med Movia om at få direkte forbindelse igen, for det er også andre af os gamle, der ikke kan komme til messe.

Venlig hilsen
Maria Kowalska-Nielsen
""")

M("b", """
Hej
Hvornår kører flextur om søndagen og hvad koster det for pensionister? Jeg vil gerne i kirke i Torslunde.
Venlig hilsen Ruth
""")

M("he", """
Hej Centerchef

Jeg er søster til Peter Holm, der bor i botilbuddet på Vejleåvej. Peter er udviklingshæmmet og har epilepsi, og han er faldet tre gange på en uge uden at vi er blevet orienteret. Han får også stadig ikke de penge til tøj, som kommunen har bevilget ham fra hans pension. Jeg er hans værge og forventer en forklaring.

Venlig hilsen
Karin Holm Andersen
værge, jf. Familieretshusets afgørelse
""")

M("e", """
Hej kommunen

Jeg er nabo til den ældre herre i nr. 8, Harald. Han har ikke haft lys i vinduerne i tre dage og posten hober sig op. Han plejer at få besøg af hjemmeplejen hver morgen, men jeg har ikke set bilen. Kan I tjekke om han er okay? Jeg har ringet på men ingen åbner.

Mvh Jesper, nr. 10
""")

M("", """
Hej, hvad skal man gøre, hvis man er bekymret for en ældre nabo, man ikke har set i flere dage? Skal man ringe 112 eller til kommunen? Det er bare så vi ved det i vores boligforening.
""")

M("hu", """
Kære Borgmester,

Undskyld den lange mail, men jeg må have det ud. Jeg var ansat ved kommunens vejvæsen i 37 år og var tillidsmand for 3F'erne i de sidste 15. Nu er jeg pensioneret og har fået konstateret asbestose. Lægen mener, det stammer fra de gamle eternitrør vi skiftede i 80'erne. Jeg har anmeldt det som arbejdsskade, men Arbejdsmarkedets Erhvervssikring vil have oplysninger fra kommunen om hvilke arbejdsopgaver jeg havde, og ingen kan finde noget i arkivet. Kan De hjælpe med at få gravet det frem? Det betyder meget for min kone og mig.

Med venlig hilsen
Bent Ravn Christensen
Torslunde
""")

M("", """
Kære alle

Jeg læste i Ishøj Avis at kommunen vil fjerne eternittage fra de gamle skolebygninger. Er det farligt for børnene indtil da? Jeg har selv børnebørn på skolen.

Hilsen Bodil
""")

M("p", """
Hej

Jeg skriver for min gamle far, Erik, som ejer en kolonihave i Haveforeningen Lundtofte. Han har fået et bud på 310.000 kr. fra en ung familie, men foreningen siger at kommunen skal godkende prisen først. Han er ved at blive lidt forvirret over det hele, så jeg hjælper. Hvornår kan vi forvente svar? Køberne vil gerne have det afklaret inden 1. maj.

Venlig hilsen
Lene Dahl
""")

M("", """
Hej

Hvordan er reglerne for salg af kolonihavehuse i kommunale haveforeninger? Er der et prisloft? Jeg har ikke noget til salg, jeg er bare nysgerrig efter at have læst en artikel om det.

Mvh
Torben
""")

M("e", """
Til hvem det måtte vedrøre

Min bror Frank, 59, kom ud fra Vestre Fængsel i sidste uge efter at have afsonet 14 måneder. Han har ingen bolig og sover i min kolonihave, hvilket man ikke må om vinteren. Han vil gerne i gang igen. Hvor skal han henvende sig? Han har ikke en telefon endnu, så I må kontakte mig.

Venlig hilsen
Lone Gregersen, 28 94 15 70
""")

M("he", """
Hej,

Min mormor på 94 er død i nat på Hvidovre Hospital. Hun var indlagt med lungebetændelse og havde også hjertesvigt. Vi skal have afbestilt madordningen og nødkaldet. Hvem skal vi ringe til? Hun hed Karen Mortensen og boede på Ishøj Strandvej 7.

Venlig hilsen
Sara Mortensen
""")

M("", """
Hej. Min far døde i sidste uge. Hvad skal vi gøre med hans parkeringstilladelse og hans affaldsabonnement? Det er et rækkehus i Ishøj Landsby. Mvh. Mikkel
""")

M("e", """
Kære Ishøj Kommune

Jeg er 72 år og bor i en lille lejlighed på Ishøj Søvej. Min pension rækker ikke til både husleje, varme og medicin. Jeg har fået en rykker fra HOFOR og en fra boligselskabet. Jeg har aldrig før skyldt nogen noget og jeg skammer mig. Kan man søge om hjælp? Jeg har ikke e-Boks, så De må skrive et brev.

Med venlig hilsen
Elna Jørgensen
[[140852\u00a00936]]
""")

M("", """
Kære Ishøj Kommune

Kan pensionister få hjælp til varmeregningen i år, nu hvor priserne er steget så meget? Jeg har læst om en varmecheck. Hvordan søger man? Venlig hilsen Finn Larsen, Pensionistforeningen
""")

M("hte", """
Hej

Jeg skriver for min svigerfar Mehmet, 80, som er tyrkisk og kun taler lidt dansk. Han har fået demens og bliver vred og bange når hjemmeplejen kommer, fordi han ikke forstår dem. Kunne I sende en tyrkisktalende medarbejder? Det ville betyde alt for ham.

Med venlig hilsen
Jette Yilmaz
""")

M("", """
Hej, har hjemmeplejen i Ishøj medarbejdere der taler andre sprog end dansk? Vi er fra en forening der rådgiver ældre indvandrere og vil gerne kunne oplyse om det. Mvh Ældresagen Ishøj
""")

M("hpe", """
Kære Borgmester

Jeg er enke og 81 år. Jeg har fået tilbudt en plejebolig, men for at få råd til indskuddet skal jeg sælge mit rækkehus på Pilegårdsvej. Ejendomsmægleren siger der er en køber, men de vil først underskrive når de har solgt deres egen lejlighed. Kan plejeboligen vente lidt på mig? Jeg har det dårligt med mit hjerte og min læge siger jeg ikke bør bo alene.

Med venlig hilsen
Astrid Lund
""")

M("e", """
Hej

Jeg er farmor til Oliver (6), som er anbragt hos en plejefamilie i Greve. Jeg har ikke set ham i 5 måneder. Sagsbehandleren svarer ikke. Jeg vil gerne have samvær med mit barnebarn. Hvad er mine rettigheder som bedsteforælder?

Venlig hilsen
Hanne Kristoffersen
""")

M("", """
Hej

Kan man blive plejefamilie i Ishøj Kommune når man er over 60? Min mand og jeg har overvejet det, nu hvor vores egne børn er flyttet hjemmefra. Hvem skal vi kontakte?

Venlig hilsen
Lis og Ove
""")

M("hb", """
Kære byrådsmedlem

Mit navn er Ingrid Nørregaard, jeg er 77 og humanist, og jeg har et ønske om at min bisættelse bliver helt uden præst. Jeg har også en hjertelidelse og har fået at vide at jeg ikke har så lang tid tilbage. Er der et sted i kommunen, ikke en kirke, hvor man kan holde en borgerlig ceremoni? Kapellet hører jo til kirken.

Med venlig hilsen
Ingrid
""")

M("b", """
Hej

Tilbyder kommunen lokaler til borgerlige begravelsesceremonier, eller skal man leje privat? Jeg spørger for vores humanistiske studiekreds.

Venlig hilsen
Flemming
""")
