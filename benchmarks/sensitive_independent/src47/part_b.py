"""Part B: families across generations (grandparents, parents, children, in-laws)."""
from common import M

M("he", """
Kære Voksne og Velfærd

Min farmor Inger Holm (91) bor stadig i sit rækkehus på Tranegilde Strandvej. Hun er faldet to gange siden jul og har fået konstateret knogleskørhed. Far og jeg har søgt om en plejebolig til hende i februar, men vi har ikke hørt noget. Hendes personnummer er [[010834-1196]].

Vi er tre generationer der skiftes til at kigge forbi, men det holder ikke meget længere.

Venlig hilsen
Mette Holm (barnebarn)
""")

M("e", """
hej, min søn på 19 er flyttet hjem igen efter han blev smidt ud af sin lejlighed pga husleje han ikke betalte. han er ikke i job eller uddannelse. kan han få en ungevejleder eller noget? han gider ikke selv skrive. mvh Lone
""")

M("ep", """
Til Borgmesteren

Min mor døde i marts og min bror og jeg skal sælge hendes hus på Brushøjvej 22. Vi har en køber der har budt 3,2 mio., men han tøver fordi der er en servitut om kloakledning på grunden som kommunen skal svare på. Samtidig har min bror gæld til Skat og vil gerne have handlen på plads hurtigt.

Kan I fremskynde svaret?

Mvh Birgitte Aagaard
""")

M("sh", """
Hej

Jeg er 74 og har været gift med min mand Erik i 11 år, vi blev registreret partnere i 1996 og gift i 2012. Erik har fået Parkinson og jeg vil gerne vide om der findes en pårørendegruppe i kommunen. Jeg har tidligere været med i en for homoseksuelle ældre i København men det er for langt nu.

Hilsen
Aage Kristoffersen
""")

M("te", """
Hej,

Min familie kom fra Vietnam som bådflygtninge i 1979. Min far er nu 80 og får folkepension, men den er meget lav fordi han ikke har boet her hele livet. Han skammer sig over at søge om mere. Kan I fortælle hvad en "personligt tillæg" er, så jeg kan forklare ham? Han hedder Tran Van Minh.

Linh Tran
""")

M("eb", """
Kære rådgiver

Mine forældre er Jehovas Vidner, og min lillebror på 15 vil ikke være med mere. Der har været store konflikter, og skolen har lavet en underretning. Jeg er hans storesøster og vil gerne være hans kontakt. Hvad kan jeg gøre?

Mvh Sara (22)
""")

M("h", """
Hej. Min datter er 8 og har fået diagnosen ADHD, og hun har lige fået medicin. Oldemor, som passer hende om eftermiddagen, spørger om hun må give pillerne. Hvem kan svare på det, sundhedsplejersken eller skolelægen? Hilsen Camilla
""")

M("e", """
Til Familieafdelingen

Jeg er farfar til to børn der er anbragt i plejefamilie i Solrød. Min søn har mistet sin samværsret, men jeg har ikke set børnene i et år. Kan bedsteforældre få samvær selvstændigt?

Med venlig hilsen
Knud Erik Thomsen
""")

M("hs", """
hej, min mor og hendes kone (min bonusmor) har begge covid og ligger ned. de er 68 og 70. kan hjemmesygeplejen kigge forbi? de bor på Ishøj Søvej 17. mvh Jakob
""")

M("ebt", """
Kære Byrådsmedlem

Jeg skriver på vegne af min bedstefar, Mustafa Demir, som kom fra Tyrkiet som gæstearbejder i 1970. Han er alevit og har været aktiv i den alevitiske forening i mange år. Nu er han på plejecenter og savner at komme til cem-ceremonierne. Kan plejecentret hjælpe med kørsel en gang om måneden?

Med venlig hilsen
Elif Demir
""")

M("eh", """
Hej

Min mand (62) blev sygemeldt med en blodprop i hjertet i oktober. Han var vognmand i 40 år. Nu har vi fået at vide at hans sygedagpenge stopper efter 22 uger, og han skal i jobafklaringsforløb. Vores søn har overtaget firmaet. Hvad sker der med vores økonomi?

Hanne Jørgensen
[[240962 1318]]
""")

M("p", """
Hej

Vi er tre søskende der har arvet mormors kolonihavehus i Haveforeningen Strandhaven. Vi er ved at sælge det til en ung familie, og de har givet et bud på 285.000 kr. Foreningen skal godkende prisen, men må kommunen også have noget at sige, fordi det er kommunal jord?

Mvh
Signe, Mads og Kasper Friis
""")

M("e", """
Kære borgerrådgiver, jeg vil klage over at min datters sag om aflastning er blevet trukket i langdrag. Hun er alenemor med tre børn og har ikke råd til barnepige. Jeg er morfar og hjælper så meget jeg kan, men jeg er 77. Venlig hilsen Ole Bech
""")

M("bh", """
Hej

Min farfar er 88 og katolik. Han er meget syg og ligger på Hospice Sydsjælland, og han vil gerne have en præst der kan give den sidste olie. Præsten fra Sankt Knud kan ikke komme. Ved I om kommunen har kontakt til en anden katolsk præst?

Lars Mortensen
""")

M("eu", """
hej, min far har været i Dansk Metal i 45 år og er nu gået på efterløn. han vil gerne have hjælp til at søge om boligstøtte men er ikke god til computer. kan borgerservice hjælpe hvis jeg kommer med ham? mvh Dennis
""")

M("t", """
Goddag

Vores familie er sønderjysk-tysk mindretal, og mine børn har gået i den tyske skole i Aabenraa. Nu flytter vi til Ishøj. Er der mulighed for tysk modersmålsundervisning?

Med venlig hilsen
Heike Jessen
""")

M("e", """
Min svigerdatter og søn er ved at blive skilt, og der er strid om hvem der skal have børnene. Jeg er farmor og børnene overnatter hos mig halvdelen af tiden lige nu. Får jeg noget at skulle have sagt i familieretshuset? Venlig hilsen Else Marie Kjær
""")

M("hs", """
Hej

Vores søn Noah er 14 og har lige fortalt os at han er bøsse. Vi støtter ham fuldt ud, men han er blevet mobbet på skolen og har fået angst. Skolepsykologen har lang ventetid. Hvad kan vi gøre?

Hilsen
Trine og Michael Lauritsen
""")

M("e", """
Til Ydelsescentret

Min mor på 84 har fået afslag på boligydelse. Hun bor alene på Ishøj Boulevard og har kun folkepension. Jeg har fuldmagt og vil gerne klage. Hendes cpr: [[191040-0784]]

Henrik Skov
""")

M("tb", """
hej, jeg er halvt marokkansk og halvt dansk og opvokset som muslim, men jeg er blevet kristen og skal døbes i Ishøj Kirke. min familie ved det ikke. det er bare fordi jeg vil spørge om navneændring bagefter. hvordan gør man det? anonym
""")

M("h", """
Hej, min oldefar på 101 år er blevet næsten blind og kan ikke læse sin Digital Post. Kan han blive fritaget? Han har stadig fuld forstand. Mvh Freja
""")

M("ep", """
Til Byudvikling

Mine forældre vil sælge deres parcelhus på Gildbrovej og flytte i en ældrebolig. Ejendomsmægleren siger at et køberpar har trukket sig, fordi der mangler en ibrugtagningstilladelse fra 1987 til tilbygningen. Samtidig står de på venteliste til ældreboligen via visitationen. Hvad gør vi først?

Venlig hilsen
Thomas Hvid
""")

M("bt", """
Kære udvalg

Vi er en kurdisk yezidisk familie. Min bedstemor på 90 ønsker at blive begravet efter vores tradition. Må man det på Ishøj Kirkegård, eller skal vi til København? Vi ved det er ikke muslimsk og ikke kristent.

Med venlig hilsen
Nadia Murad Khalil
""")

M("h", """
Hej, min svigerfar har fået en stomi efter tarmkræft og skal bruge et lille køleskab til medicin på værelset når han kommer hjem. Det er ikke et spørgsmål til kommunen men hvem skal vi spørge? Maria
""")

M("e", """
Hej

Mit barnebarn Oliver (20) bor hos mig, fordi hans mor er i fængsel. Han får uddannelseshjælp. Jeg vil gerne vide om han kan blive boende uden at jeg mister min boligstøtte.

Kærlig hilsen
Grete Olsen
[[071146–0722]]
""")

M("s", """
Hej, mine to fædre vil gerne være med i forældrerådet i børnehaven Regnbuen men der står kun "mor" og "far" i ansøgningen. Kan I rette det? Hilsen Ella 9 år (min far Jesper skriver for mig)
""")

M("u", """
Kære Borgmester

Jeg er den tredje generation i familien der er medlem af 3F. Min farfar var med til at stifte afdelingen i Ishøj i 1968. Vi vil gerne lave en lille udstilling om det på biblioteket. Må vi det?

Mvh
Bo Rasmussen
""")

M("eh", """
Hej

Min mor er 56 og har sclerose. Hun har søgt om en el-kørestol, fordi hun ikke længere kan gå ud med hunden. Hun har nu ventet i 4 måneder. Kan I se på det? Hendes nummer er [[230269\u00a02342]].

Louise Berg
""")

M("", """
Hej

Jeg er ved at lave et slægtsprojekt om min familie i Ishøj fra 1900 til i dag. Har Lokalhistorisk Arkiv gamle folketællinger? Jeg kan se at min oldefar var husmand på Tranegilde.

Med venlig hilsen
Poul Erik Lind
""")

M("", """
Hej, hvor mange plejeboliger har kommunen egentlig, og hvor lang er ventetiden i gennemsnit? Jeg er bare nysgerrig fordi mine forældre begynder at blive gamle. Mvh
""")

M("", """
Til Byrådet

Som bedstemor til fem børn i kommunens skoler vil jeg gerne sige at I skal beholde svømmeundervisningen i 3. klasse. Det er vigtigt at alle børn kan svømme.

Venlig hilsen
Kirsten Dahl
""")

M("", """
hej er det rigtigt at man ikke længere kan få en bedsteforældrekort til svømmehallen? min mormor brugte det hele tiden sammen med os
""")

M("", """
Hej, vi holder familiefest i Ishøj Bypark den 14. juni, ca. 60 personer på tværs af fire generationer. Skal vi søge om tilladelse til et telt? Mvh familien Larsen
""")

M("", """
Kære kommune. Min afdøde far har stadig en parkeringslicens registreret i sit navn, licensnummer 0309471122. Hvordan lukker jeg den? Venlig hilsen Anne
""")

M("", """
Hej

Hvad gør man praktisk når ens far dør i eget hjem? Jeg spørger på forhånd fordi vi gerne vil være forberedt. Skal kommunen kontaktes?

Mvh
""")

M("", """
Goddag. Jeg vil gerne vide hvordan man bliver besøgsven for en ældre via kommunen eller Ældre Sagen. Jeg savner selv mine bedsteforældre og vil gerne give noget tilbage. Hilsen Jonas, 24
""")

M("", """
Hej

Min mormor er lige blevet 100 år. Sender borgmesteren stadig et kort når man fylder 100? Det ville gøre hende glad.

Venlig hilsen Mathilde
""")

M("", """
Kære borgmester, jeg synes at kommunen skal lave flere boliger hvor unge og gamle bor sammen, som generationsboliger. I Holland er det populært. Hilsen en borger i Vejleå
""")

M("", """
Hej. Vi har arvet et gammelt fotoalbum fra farmor med billeder af Ishøj Landsby i 1950'erne. Vil museet eller arkivet gerne have det? Mvh Søren
""")

M("", """
Hej – hvornår er der åbent hus i dagplejen? Min svigermor vil gerne komme med og se stedet sammen med mig. Tak
""")

M("", """
Hej, på min søns vaccinekort står der batchnummer 2403180912. Skal jeg skrive det i ansøgningen om skolestart, eller er det kun til lægen? Mvh Mona
""")
