"""Part B: sexual orientation, same-sex partners, coming out, and hard negatives."""
from common import M

M("s", """
Hej

Min mand Jesper og jeg vil gerne melde os som plejefamilie. Vi er to mænd, gift siden 2019, og bor i hus på Tranegilde Mosevej. Er der noget, der gør, at vi ikke kan godkendes?

Mvh
Thomas Vinding
""")

M("", """
Hej

Kan homoseksuelle par blive godkendt som plejefamilie i Ishøj? Jeg spørger for en ven der overvejer det.

Hilsen Sanne
""")

M("s", """
Kære borgerrådgiver

Jeg vil klage over en sagsbehandler i Familieafdelingen. Da jeg ringede om min datters skolefritidsordning og sagde, at jeg og min kone Maja er hendes forældre, spurgte hun "hvem af jer er så den rigtige mor?". Jeg er medmor og står på fødselsattesten.

Venlig hilsen
Louise Kragh
""")

M("", """
Til Borgerservice

Hvordan registrerer man medmoderskab, hvis barnet er født på et privat hospital? Vi har fået forskellige svar.

Mvh
Helle og Birgitte
""")

M("sh", """
hej jeg er 16 og er lige sprunget ud som bi overfor mine forældre. min far har ikke talt til mig i 2 uger og jeg har det rigtig dårligt, jeg sover næsten ikke og har tanker om at gøre skade på mig selv. hvem kan jeg snakke med i kommunen? jeg vil ikke have at de får det at vide

/ E
""")

M("", """
Hej

Hvor kan unge i Ishøj få anonym rådgivning, hvis de har det svært? Jeg er lærer på Vibeholmskolen og vil gerne have en liste at hænge op i klassen.

Vh Anders Lauritsen
""")

M("s", """
Kære Ungdomsskolen

Jeg går i LGBT+ ungegruppen om torsdagen i Ungdomshuset, og vi har hørt at den skal lukkes efter jul. Det er det eneste sted jeg kan være mig selv. Please lad den blive.

fra Noah (15)
""")

M("", """
Kære Kultur- og Fritidsudvalget

Som forælder vil jeg gerne bakke op om Ungdomsskolens LGBT+ gruppe. Jeg synes det er et vigtigt tilbud, og det vil være ærgerligt, hvis det forsvinder i budgettet.

Venlig hilsen
Kirsten Holm
""")

M("", """
Hej

Kommer der et Pride-optog i Ishøj igen til sommer? Vi vil gerne have en vogn med fra idrætsforeningen.

Mvh
Ishøj IF, ungdomsafdelingen
""")

M("s", """
Hej

Jeg står for vognen fra Ishøj IF til Pride i år. Som den eneste åbne lesbiske træner i klubben har jeg fået nogle ret grimme kommentarer fra et par forældre efter det blev annonceret. Kan kommunen som medarrangør komme med en udmelding?

Venlig hilsen
Mette Frost
""")

M("she", """
Til Center for Voksne og Velfærd

Min mand, Henrik Lauesen, fik en blodprop i hjernen i september og er nu lam i venstre side. Han kommer hjem fra genoptræningen på fredag. Vi har fået at vide, at en ergoterapeut skal komme og se på badeværelset, men ingen har ringet.

Vi har været sammen i 34 år, og jeg har aldrig stået i noget lignende. Jeg er ikke så god til det med papirer.

Med venlig hilsen
Bent Lauesen
Ishøj Landevej 118
""")

M("", """
Hej

Vi er en forening for ældre LGBT+ personer i Storkøbenhavn. Vi vil gerne holde en temadag om "regnbueseniorer" på Ishøj Plejecenter for personalet. Hvem skal vi kontakte?

Mvh
Foreningen Sølvregnbuen
""")

M("se", """
hey

jeg er asexuel og min sagsbehandler i jobcentret bliver ved med at spørge om jeg ikke har en kæreste der kan hjælpe mig med at betale. det er ikke hendes sag og jeg synes det er grænseoverskridende. kan man skifte sagsbehandler?

Sofie
""")

M("", """
Hej, hvordan skifter man sagsbehandler hvis samarbejdet ikke fungerer? Er der en blanket? Mvh. Lene
""")

M("se", """
Kære Lars Jensen (Socialudvalget)

Jeg er 74 og har været homoseksuel hele mit liv, men har aldrig fortalt det til nogen i min opgang. Nu skal jeg på plejehjem, og jeg er bange for, at jeg skal skjule det igen over for personalet. Findes der noget sted i Ishøj, hvor man ved noget om det?

Jeg skriver til dig, fordi jeg så, at du talte om emnet i avisen.

Med venlig hilsen
Ove Kristensen
""")

M("", """
Kære Lars Jensen

Tak for dit indlæg i Ishøj Avis om ældre homoseksuelle på plejehjem. Jeg er selv sygeplejerske og synes, det er et overset emne. Skal vi tage en kop kaffe?

Venlig hilsen
Gitte Mølgaard, sygeplejerske på Hvidovre Hospital
""")

M("se", """
Hej

Min kæreste Rasmus og jeg er blevet smidt ud af hans forældres hus, fordi hans far opdagede at vi er kærester. Vi er begge 19, og jeg har ingen steder at bo fra på søndag. Kan kommunen hjælpe med en akut bolig?

Mikkel
""")

M("", """
Hej

Hvor mange akutpladser til hjemløse unge har Ishøj? Jeg sidder i Ungdomsrådet og vi skal diskutere det på næste møde.

Hilsen Sara
""")

M("s", """
Til Borgerservice

Ansøgning om nyt pas til vores søn. Vi er to fædre, og systemet kræver en "mor" i feltet. Hvordan udfylder vi den, så det ikke bliver afvist?

Venlig hilsen
Kasper og Mohammed Nielsen-Rahman
""")

M("", """
Hej

Jeg har en søn på 5 og skal have fornyet hans pas. Skal han være med, og hvor lang tid tager det?

Venlig hilsen
Michael
""")

M("s", """
Kære Ishøj Kommune

Jeg skriver angående hækken mellem mit hus og naboens (Kongsgårdsvej 22 og 24). Den er nu over 2,5 meter og skygger hele min terrasse om eftermiddagen. Jeg har talt med naboen flere gange. Jeg ved at det er en privatretlig sag, men kan I oplyse reglerne for hækhøjde i vores lokalplan?

Det skal nævnes, at naboen kalder mig og min kone "de to lesber" når vi er ude i haven, så det er svært at få en god dialog.

Med venlig hilsen
Annette Holm-Vestergaard
""")

M("", """
Hej. Hvad er reglerne for hækhøjde i lokalplan 2.17? Naboen og jeg er uenige. Mvh Jørgen
""")

M("sh", """
Hej Sundhedshuset

Jeg er en bøsse på 42 og har lige fået konstateret hiv. Jeg er i behandling på Hvidovre, men jeg vil gerne høre om der er en samtalegruppe i kommunen, for jeg har ikke nogen at tale med.

Mvh M.
""")

M("", """
Hej, tilbyder Sundhedshuset gratis test for kønssygdomme, eller skal man til egen læge? Jeg spørger til en temauge på produktionsskolen.

Vh. Simone, underviser
""")

M("s", """
Hello,

My husband Daniel and I (two men, married in Canada) are moving to Ishøj in August. Will our marriage be recognised when we register at Borgerservice, or do we need to bring special documents?

Thank you,
Jonathan Reyes
""")

M("", """
Hello,

I'm moving to Ishøj with my family. What documents do we need to register our address and get a CPR number? We are EU citizens.

Regards,
Katarzyna
""")

M("s", """
Hej Anne-Marie

Jeg ved godt du er byrådsmedlem og ikke sagsbehandler, men jeg vil gerne have dit råd. Min datter Clara på 14 har fortalt os at hun er lesbisk. Hun er blevet holdt udenfor af nogle piger i klassen på Strandgårdskolen siden. Vi har talt med lærerne, men det bliver ikke bedre.

Hvad kan vi gøre?

Hilsen
Peter Bjerre
""")

M("", """
Kære Anne-Marie

Tak for din tale ved åbningen af regnbuebænken foran rådhuset. Det var smukt sagt. Jeg håber, der kommer flere af den slags initiativer.

Kh Ulla
""")

M("s", """
hej
jeg bor med min kæreste Jonas i en 2-værelses i Vejleåparken og vi skal have en baby med en veninde (hun er mor, vi er begge far). hvordan fungerer det med børneydelse og sådan noget når der er tre forældre? vi er lidt lost

mvh Emil
""")

M("", """
Hej, hvornår udbetales børne- og ungeydelsen i år? Jeg kan ikke finde datoerne på borger.dk. Tak, Ronja
""")

M("s", """
Kære Borgmester

På rådhusets facebookside skrev en borger at "bøsser som ham ikke hører hjemme i Ishøj" under et billede af mig og min mand fra Pride. Det har ligget der i tre dage. Jeg beder om, at kommentaren bliver slettet.

Mvh
Nicolai Brandt
""")

M("", """
Kære Borgmester

Hvad er kommunens retningslinjer for at slette hadefulde kommentarer på kommunens Facebook-side? Jeg synes der er for mange grimme ting derinde.

Mvh Bodil
""")

M("sb", """
Til Kirke- og Kulturudvalget

Jeg er troende katolik og samtidig homoseksuel, og jeg har i mange år været frivillig i Ishøj Bibliotek. Jeg har fået at vide af en anden frivillig, at jeg "ikke burde læse op for børn". Lederen gør ikke noget. Kan I hjælpe?

Med venlig hilsen
Francesco Marino
""")

M("", """
Kære Kultur- og Fritidsudvalg

Jeg vil foreslå at biblioteket laver en læsekreds om skønlitteratur med LGBT+ temaer. Vi er nogle stykker fra læseklubben der gerne vil stå for den.

Mvh
Inger
""")

M("se", """
Hej

Jeg søger om at få mit barnebarn i pleje. Det er måske relevant at vide at jeg er i et registreret forhold med en kvinde, Karin Busk, og at hun også bor i huset.

Venlig hilsen
Edith Mortensen
Vejledalen 5
""")

M("", """
Hej

Jeg har hørt, at man kan blive netværksplejefamilie for sit barnebarn. Hvad kræver det, og får man vederlag? Bare generelt, vi har ikke en sag endnu.

Mvh Jytte
""")

M("sh", """
Hej

Jeg vil bare sige tak til personalet på psykiatrisk skadestue i Glostrup for den måde I tog imod mig på efter min selvmordsforsøg i marts. I var de første der ikke lavede grin med at jeg er transkvinde og at min kæreste er en kvinde. Det betød alt.

Kh Jasmin
""")

M("", """
Hej, er det muligt at få kønsneutrale toiletter i Ishøj Svømmehal? Vi er flere forældre der synes det ville være en god idé.

Mvh Tina
""")

M("s", """
Til Center for Børn og Forebyggelse

Vi er en regnbuefamilie med to mødre og har netop fået plads i Børnehuset Vibeholm til vores datter. På indmeldelsesblanketten står der "Mor" og "Far". Kan det ændres til "Forælder 1" og "Forælder 2"?

Hilsen
Nanna og Sidsel
""")

M("", """
Hej

Vil Ishøj Kommune ændre skemaerne til institutionerne, så der står "Forælder" i stedet for "Mor" og "Far"? Det gør flere andre kommuner.

Venlig hilsen
Rune, forældrebestyrelsen Vibeholm
""")

M("st", """
Hej jeg er ny i Ishøj og jeg er fra Iran. Jeg er homoseksuel og flygtede pga. det. Jeg har fået asyl nu og bor på Ishøj Boulevard. Findes der en forening for LGBT personer her hvor jeg kan møde nogen?

Tak, Amir
""")

M("", """
Hej

LGBT Asylum holder infomøde på Ishøj Bibliotek 4. april kl. 17. Må vi hænge plakater op i Borgerservice?

Mvh frivilliggruppen
""")
