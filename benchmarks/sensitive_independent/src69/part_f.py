"""corpus69, part f: orientation in old age: widowers, couples in care, carers."""
from common import M

M("se", """Kære borgerrådgiver

Min mand Ejnar døde for fire måneder siden. Vi var sammen i 47 år, gift de sidste 12. Nu har kommunen skrevet at jeg skal flytte fra vores ældrebolig, fordi det var ham der stod på lejekontrakten og ham der var visiteret. Jeg er 83. Kan de virkelig smide mig ud?

Med venlig hilsen
Aksel Brandt""")

M("s", """Hej Anne

Jeg er en 75-årig lesbisk kvinde og er lige flyttet til Ishøj. Findes der et netværk for ældre LGBT+-personer i kommunen? Jeg kender ikke nogen endnu.

Hilsen Jonna""")

M("", """Til Kultur- og Fritidsudvalget

Hvornår afholdes Ishøj Pride i år, og er der et arrangement for seniorer? Vi er en seniorklub, der gerne vil deltage med en stand.

Mvh
Seniorklubben Strandgården""")

M("shpe", """Hej,

Min kone Anette og jeg har boet i vores rækkehus på Ishøj Søvej i 22 år. Hun har fået sclerose og kan ikke gå på trapper mere, så vi har sat huset til salg. En køber har budt 2,4 mio., men vil først overtage om et år. Vi kan ikke vente så længe. Kan kommunen hjælpe os med en midlertidig bolig i stueplan?

Med venlig hilsen
Marianne Holt""")

M("sb", """Kære borgmester,

Jeg er præst i Ishøj Sogn og vil fortælle dig at min mand Christian og jeg har været gift i 15 år. Jeg vil gerne invitere dig til en gudstjeneste for ældre regnbuefolk i september, hvor vi fejrer dem, der ikke kunne leve åbent i deres ungdom.

Med venlig hilsen
Sognepræst Mads Krogh""")

M("seh", """hej

mig og min kæreste Bodil har været sammen i 30 år men har aldrig turdet sige det højt. nu har hun fået demens og skal på plejehjem. jeg er bange for at personalet ikke vil lade mig være hos hende, fordi vi ikke er gift og begge er kvinder. hvad er mine rettigheder?

Ruth""")

M("", """Hej

Jeg er socialrådgiver og skriver speciale om LGBT+-personer i ældreplejen. Har kommunen nogen retningslinjer for personalet om det? Jeg spørger generelt.

Mvh
Sara""")

M("su", """Hej Lars

Jeg er 68, pensioneret buschauffør og var i 3F i 40 år. Jeg vil gerne sige tak fordi du talte til regnbueflaget-debatten i byrådet. Jeg sprang ud som bøsse i 1976, og det var ikke let i en buschaufførgarage dengang. Det betyder meget at se politikere stå ved os.

Kh
Leo""")

M("se", """Kære Helle,

Jeg er 81 og min kone Grete er 79. Ja, vi er to kvinder, og vi blev registrerede partnere i 1990. Vi har søgt om at komme på plejecenter sammen, men vi har fået at vide at der kun er enkeltboliger. Det er ikke godt nok.

Venlig hilsen
Inger""")

M("", """Til borgmesterens PA

Kan borgmesteren hejse regnbueflaget på rådhuset under Copenhagen Pride? Vi er en gruppe borgere der synes det vil være et godt signal til ældre LGBT+ i Ishøj.

Mvh
Gruppen bag "Ishøj for alle\"""")

M("she", """Hej

Min mand Allan har fået konstateret lungekræft. Vi er to mænd der har været sammen i 35 år. Han skal have kemo på Herlev, og jeg skal køre ham. Jeg har ikke selv kørekort længere pga. mine øjne. Kan vi få kørsel til kemoen?

Mvh
Jørn""")

M("she", """Til hjemmeplejen

Jeg har en klage. Den nye hjælper sagde til min mand Benny, der har COPD og ikke kan tale højt, at "det var synd for ham at han ikke havde en kone". Benny og jeg har været gift i 10 år. Vi får hjælp til bad og påklædning hver morgen, og det skal ske med respekt.

Venlig hilsen
Erik""")

M("s", """Hi,

My husband and I (we are both men, married in Canada in 2005) have just retired to Ishøj. We would like to know if there are any social groups for older gay men in the area. We don't speak much Danish yet.

Best,
Daniel & Matthew""")

M("", """Hej Kim

Jeg vil bare spørge hvad byrådets holdning er til at ansætte en LGBT+-konsulent i ældreplejen, som de har gjort i København? Det er et politisk spørgsmål.

Mvh
Rasmus""")

M("sb", """Kære udvalgsformand

Jeg er 73, bøsse og katolik. Jeg har boet i Ishøj hele livet. Jeg har en fast gang i Sankt Knud Lavards kirke, og præsten dér har aldrig haft noget imod at jeg kom med min partner. Jeg skriver fordi jeg har hørt at kommunens seniorklubber ikke vil have "sådan nogle som os" med. Er det rigtigt?

Venlig hilsen
Frederik""")

M("sep", """Hej Bente,

Mine to mødre er begge over 80 og bor nu i ældreboliger på Gadevang, som de fik tildelt i sommer. Deres gamle hus i Torslunde er til salg, og der er en køber der trækker den. Jeg er bange for at de bliver snydt. Kan kommunen give nogen vejledning?

Mvh
Camilla""")

M("", """Til Center for Voksne og Velfærd

Jeg har et spørgsmål om hvordan plejecentrene registrerer pårørende. Kan man skrive en ven op som nærmeste pårørende i stedet for familie? Det er et generelt spørgsmål.

Mvh
Per""")

M("st", """Kære Sanne,

Min mand Hamid og jeg er begge fra Iran og har boet sammen i Ishøj i 20 år. Vi er begge over 70. Vi har altid holdt lav profil på grund af vores familier. Nu skal vi skrive testamente og vil gerne vide om kommunen kan henvise til en advokat, der forstår vores situation.

Venlig hilsen
Behrouz""")

M("seh", """Til borgerrådgiveren

Min kone Susanne har Alzheimers og bor på Plejecentret Strandhaven. Da jeg besøgte hende i søndags, havde personalet skrevet "veninde" på besøgslisten ved mit navn. Jeg er hendes kone. Vi har været gift i 11 år. Det gjorde ondt.

Med venlig hilsen
Karin Lund""")

M("", """Hej

Er der et tilbud om besøgsvenner til ældre homoseksuelle i Ishøj? Jeg spørger på vegne af LGBT+ Danmark, hvor jeg er frivillig.

Mvh
Lasse""")

M("sbu", """Kære Jens

Som medlem af SF siden 1975 og tidligere HK-tillidsrepræsentant vil jeg gerne give dig en opfordring: Husk os gamle bøsser, når I laver den nye ældrepolitik. Jeg og min mand har oplevet meget had. Vi vil ikke gemme os på plejehjemmet.

Venlig hilsen
Helge""")

M("s", """hej

jeg er 66 og bi. har aldrig sagt det til nogen. nu vil jeg gerne være med i et netværk for ældre lgbt. er der sådan noget i ishøj? jeg vil være anonym

tak""")

M("she", """Hej,

Min mand Viggo har haft en blodprop og kan ikke tale mere. Han er kommet på aflastningsplads på Kærbo. Jeg er 78 og har selv dårlige ben. Kan jeg få kørsel derhen hver dag?

Mvh
Gunnar""")

M("", """Til Social- og Seniorudvalget

Vi har set at Aarhus Kommune har lavet et regnbuecertificeret plejecenter. Kunne Ishøj gøre det samme? Vi er en gruppe pensionerede sygeplejersker der synes det ville være godt.

Venlig hilsen
Netværket af pensionerede sygeplejersker""")

M("sp", """Kære Kim

Min kone Lotte og jeg har besluttet at sælge vores andelslejlighed på Ishøj Strandvej. Vi har fået et bud fra et ungt par, men de vil have andelsforeningen til at godkende nogle ændringer først. Vi vil gerne vide om kommunen skal godkende ombygning af badeværelset.

Venlig hilsen
Dorthe Nissen""")

M("st", """Hej Anne

Jeg er 71 og mohawk fra Canada. Jeg kom til Danmark med min kone, Birthe, som jeg mødte i Toronto i 1985. Vi er to kvinder og har levet sammen siden. Jeg vil bare spørge om kommunens seniorrådgiver kan tale engelsk.

Mvh
Catherine""")

M("sh", """Kære direktionsassistent

Jeg er 70 og har levet med hiv i 30 år. Min mand Ole er min eneste familie. Nu skal jeg have hjemmesygepleje efter en operation, og jeg er bange for at sygeplejerskerne ikke ved noget om hiv. Kan I sikre at de er informeret?

Med venlig hilsen
Jens""")

M("se", """Til visitationen

Min kone Hanne og jeg bor i en ældrebolig, og hun er lige blevet visiteret til plejebolig. Vi vil gerne blive boende sammen. Jeg har læst at ægtepar har ret til at bo sammen. Gælder det også os, når vi begge er kvinder?

Venlig hilsen
Lis""")

M("sb", """hej bente

jeg og min mand (ja jeg er mand) er medlemmer af det radikale venstre og har været i 30 år. vi synes partiet har glemt de ældre. det er bare en bemærkning. du må gerne sige det videre

Ole og Kurt""")

M("shte", """Hej

Min kone Yuki er fra Japan og har Parkinson. Hun taler næsten ikke dansk mere, kun japansk. Vi er to kvinder og har været gift i 14 år. Jeg passer hende selv, men jeg er ved at blive syg af det. Kan jeg få noget hjælp?

Mvh
Lene""")

M("su", """Kære Lars

Jeg er 67, lesbisk og har været i FOA i hele mit arbejdsliv som sosu-hjælper. Jeg vil gerne være med i kommunens nye arbejdsgruppe om LGBT+ i ældreplejen. Jeg ved hvordan det er at være både patient og plejer.

Venlig hilsen
Kirsten""")

M("seh", """Til borgerrådgiveren

Min mand Thomas døde i sommer på hospice. Jeg har søgt om begravelseshjælp og fået afslag, fordi vi ikke var "rigtige ægtefæller" efter deres system. Vi blev gift i 2012. Jeg vil have afgørelsen set igennem.

Mvh
Søren""")

M("sp", """Hej Jan

Min kone Heidi og jeg har et sommerhus i Gildbrohave kolonihaveforening, som vi skal sælge nu hvor vi er blevet for gamle til havearbejdet. Foreningen har en køber på ventelisten, men der er uenighed om prisen på grund af et skur, som foreningen siger er ulovligt. Kan kommunen fortælle om skuret kræver tilladelse?

Mvh
Jette Larsen""")

M("sbeh", """Kære borgmester

Min mand Nils er indlagt med et brud på lårbenet, og kommunen siger at han skal have en midlertidig plads på Akutpladserne i Ishøj. Vi er begge Jehovas Vidner, og vi er vant til at holde vores møder sammen. Kan jeg få lov til at besøge ham hver dag uden for besøgstiden? Vi har været gift i 20 år.

Med venlig hilsen
Arne Hjort""")

M("s", """Hej Bente,

Tak for i aftes på biblioteket. Jeg kom med min kæreste Peter, og vi var begge rørte over foredraget om ældre homoseksuelle under AIDS-epidemien. Vi håber kommunen vil lave flere af dem.

Hilsen
Torben""")

M("", """Hej,

Hvorfor er der ikke nogen LGBT+-personer i Ældrerådet? Jeg synes det mangler. Det er et spørgsmål til jeres valgregler, ikke om nogen bestemt.

Mvh
Ulla""")

M("su", """hej sanne

ved du om kommunens pensionistklub har plads til en gammel dansk metal-mand? jeg er 72 og bøsse og har netop mistet min mand. jeg har brug for noget at lave om tirsdagen

bent""")
