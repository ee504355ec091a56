"""corpus36 part B: hard negatives - the everyday phrases of part A said of pets, cars, houses, firms, sport, films, people in general, or staff about their own work."""
from common import M

M("", """Hej
Vores hund kan ikke komme ud af sengen om morgenen mere, den er 14 år, så vi går ikke længere de lange ture i Ishøj Strandpark. Men der ligger altså hundelorte overalt ved stien til Arken. Kan I sætte flere skraldespande op?
Mvh Jonna""")

M("", """Mine knæ er skiftet! ...på cyklen altså - nye knæbeskyttere efter BMX-stævnet. Hvornår åbner den nye pumptrack ved Ishøj Idrætscenter? /Magnus 13""")

M("", """Hej Ole
Vi har været på Glostrup i dag og set den nye svømmehal. Kunne Ishøj ikke få en lignende? Vores er fra 1975.
Hilsen fra Ishøj Svømmeklub, bestyrelsen""")

M("", """Kære borgmester
Det er som om hele byen tager piller for nerverne, når man hører debatten om den nye letbane. Folk skal lige trække vejret. Jeg synes projektet er godt.
Mvh Finn Worm""")

M("", """Pengene slår ikke til i kulturpuljen, det kan enhver se. Tre foreninger har fået afslag i år. Vil udvalget hæve beløbet i næste budget?
Venlig hilsen
Ishøj Amatørteater""")

M("", """Vores Toyota kan ikke komme op ad bakken ved Vejledalen om vinteren, fordi der aldrig bliver saltet. I år vil jeg gerne vide hvornår der saltes. Mvh Jørgen Dam""")

M("", """Hej
Jeg er hjemmehjælper i kommunen og kører rundt til 14 borgere om dagen. Vi holder tit ulovligt ved Torslunde Ager, fordi der ikke er p-pladser. Kan der laves nogle korttidspladser til os i hjemmeplejen?
Mvh Stine, hjemmeplejen Syd""")

M("", """Kære Kultur- og Fritidsudvalg
Filmen vi så i Kulturhuset i går handlede om en mand der ikke kan komme ud af sengen om morgenen efter at have mistet sit job, og om hvordan pengene ikke slår til. Fin film. Men lyden var elendig. Kan I få teknikeren til at tjekke anlægget?
Hilsen Karen B.""")

M("", """Hvor mange borgere i Ishøj får hjemmehjælp i dag i forhold til for 10 år siden? Jeg skriver en opgave på pædagogseminariet.
Venlig hilsen Ida Lund""")

M("", """hej, vores kat tager piller for nerverne efter vi flyttede (dyrlægen siger det er stress haha). men spørgsmålet er: må man have kat i de nye rækkehuse på Ishøj Søvej?""")

M("", """Hej
Huset på hjørnet af Gildbrovej er ved at falde sammen, taget har et hul og der har ikke boet nogen i to år. Kan kommunen gøre noget ved det? Det trækker rotter.
Mvh en nabo""")

M("", """Til Teknik- og Miljøudvalget
Vores firma har fået lov at betale af på restancen for affaldsgebyret, tak for det. Men fakturaerne kommer stadig med det fulde beløb. Faktura 2210447815. CVR 38114527.
Venlig hilsen
Ishøj VVS & Blik ApS""")

M("", """Jeg synes det er for dårligt at folk på kontanthjælp skal møde op hver uge. Det er ydmygende. Jeg vil gerne vide hvad partiet mener.
Med venlig hilsen
Allan Rønne""")

M("", """Ishøj IF's førstehold er ikke helt som andre hold - de har tabt ni kampe i træk. Kan kommunen ikke give lidt ekstra banetid til træning? :)
Hilsen en træt fan""")

M("", """Kære Merete
Som sygeplejerske på Hvidovre Hospital kører jeg hver morgen kl. 5.40, og bus 128 kommer aldrig. Kan kommunen tale med Movia?
Venlig hilsen
Line Wessel""")

M("", """Hej Sundhedshuset
Hvornår kan man blive vaccineret mod influenza i år, og skal man bestille tid? Jeg er over 65.
Mvh Hans""")

M("", """Hej. Min gamle Golf er blevet skrottet, motoren var helt færdig, den kunne ikke mere. Hvor afleverer jeg nummerpladerne, og kan jeg få refusion for P-licensen? Licensnr. 1207891543.
Rolf""")

M("", """Kære Socialudvalg
Jeg er sagsbehandler og oplever at vores borgere venter for længe på psykiatrien. Det er ikke en klage over nogen bestemt, men jeg vil gerne gøre opmærksom på det som ansat og borger i Ishøj.
Venlig hilsen
Marianne Lykke""")

M("", """Vi lever af turisterne om sommeren, og når Strandvejen er lukket pga. vejarbejde i juli, kommer der ingen. Vi har is-boden ved stranden. Kan arbejdet flyttes til efteråret?
Hilsen Ishøj Isbar v/ Bo""")

M("", """hej. hvor mange penge bruger kommunen på plejehjem om året? vi diskuterer det i samfundsfag. tak. klasse 9.c""")

M("", """Det regner ind i omklædningsrummet i hallen, det har det gjort hele vinteren. Taget er syg, sagde pedellen. Kan det repareres?
Mvh Ishøj Håndbold U13""")

M("", """Goddag
Jeg blev glad for at læse i Ishøj Avis at kommunen vil bruge flere penge på demensområdet. Mange familier har en forælder, der ikke kan huske, og de pårørende har brug for aflastning. Godt gået.
Venlig hilsen
Eva Kjeldsen""")

M("", """Vores gamle birketræ i haven er sygt, der kommer svamp ud af stammen. Må vi fælde det selv, eller skal vi søge?
Mvh Per og Bitten, Ørnekærs Vænge 12""")

M("", """Hej borgerrådgiver
Jeg har en generel spørgsmål: Hvis man ikke kan betale sin regning fra kommunen, hvem skal man så kontakte? Det er til en pjece vi laver i lejerforeningen.
Tak
Bo Frandsen""")

M("", """Kære Ole Madsen, en dame kommer og hjælper mig i bad - nej, spøg, jeg mener at svømmehallen bør have en livredder ved børnebassinet om lørdagen. Min datter og jeg kommer der hver uge. Hilsen Morten""")

M("", """Til Centerchefen
Som leder af dagcentret på Gadekærvej vil jeg gerne rose pedellerne for at rydde sne i weekenden. Vores brugere kom sikkert ind mandag morgen.
Med venlig hilsen
Kirsten Ravn, leder""")

M("", """Hej
Vores virksomhed har ingen indtægt i januar, det er normalt i vores branche, og vi vil derfor spørge om ejendomsskatten kan betales i rater. Det er ren planlægning, vi har pengene.
Ishøj Havecenter ApS
CVR 29384710""")

M("", """Jeg så i går at Brøndby tabte 0-3, de var helt ude af form og kunne ikke stå på benene i anden halvleg. Men til sagen: bliver der storskærm på Ishøj Torv til landskampen?""")

M("", """Hej! Hvornår er der åbent i Genbrugspladsen i julen? Vores gamle sofa er helt smadret. Mvh Nanna""")

M("", """Kære politikere
Mange ældre i Ishøj sidder alene og kan ikke komme ud af deres lejligheder, fordi elevatorerne i højhusene altid er i stykker. Det er et problem for hele byen. Hvad vil I gøre?
Hilsen Ishøj Ældreråd""")

M("", """hej, min scooter er død igen lol, batteriet kan ikke holde strøm. er der ladestandere ved stationen??""")

M("", """Kære Merete Amdisen
Vi har en elbil og en hybrid og betaler alt for meget for at parkere ved rådhuset. Priserne er steget fra 10 til 15 kr i timen. Det er ikke fordi vi ikke har råd, men det er et princip.
Mvh Thomas Brink""")

M("", """Hej, jeg er fysioterapeut i genoptræningen og mine knæ er ikke skiftet, men jeg har cyklet til arbejde i 20 år på den samme cykelsti, og den er fuld af huller. Hilsen Anne""")

M("", """Hvad koster det at få en plads i SFO i 2025? Jeg kan ikke finde taksterne på hjemmesiden.
Mvh Carsten""")

M("", """Kære Pia
Fodboldklubbens kasse er tom og vi skylder stadig for dommerregningen fra sidste sæson. Kan vi søge kommunens forenings-pulje for det? Regnr. 2191 kontonr. 0741556621.
Hilsen kassereren, Ishøj Boldklub""")

M("", """Hej
Jeg har en spørgsmål om boligstøtte: hvor meget må man tjene før man ikke kan få det? Det er til min opgave om velfærdsstaten.
Venlig hilsen Emil""")

M("", """Til Borgerservice
Jeg skal have nyt sundhedskort, mit gamle er blevet vasket. Kan I sende det til Vildtbanegårdsvej 15?
Venlig hilsen Rita Holm""")

M("", """Goddag
Min mor er gået bort i sidste uge. Hun boede på Ishøj Strandvej 30 og havde en parkeringstilladelse, som skal afmeldes. Hvordan gør jeg det?
Venlig hilsen
Steen Winther""")

M("", """Vi har været på Glostrup Hospital for at besøge en kollega, og der var helt fyldt på p-pladsen. Kører der en bus fra Ishøj St. derud?
Mvh Gerda""")

M("", """Kære udvalg
Lejlighederne i Vejleåparken har skimmel i badeværelserne, det står i boligselskabets egen rapport. Det er et problem for alle beboere. Vil kommunen kræve at der sker noget?
Mvh afdelingsbestyrelsen""")

M("", """Hej jeg arbejder som chauffør for Flextrafik og kører ældre og gangbesværede til sygehuset. Vejen ind til Torslunde er så smal at vi ikke kan vende. Kan der laves en vendeplads? Mvh Ib""")

M("", """Jeg har læst at hver fjerde dansker har et barn der ikke er helt som andre børn, og at skolerne mangler ressourcer. Ishøj bør sætte flere penge af til specialklasser.
Venlig hilsen
Vibeke Holst""")

M("", """hej kommune. bussen var 40 min forsinket i dag og jeg kom for sent til eksamen. gider I klage til Movia for os. /Amalie""")

M("", """Kære Ole
Efter sidste storm er vores carport skæv og kan ikke bære taget mere. Hvis vi bygger en ny, skal vi så søge byggetilladelse?
Venlig hilsen Hans-Jørgen, Pilemølle 19""")

M("b", """Til kommunen
Hvor kan man få råd om gæld? Jeg spørger for vores menighedsråd, som vil lave en informationsaften for beboere.
Med venlig hilsen
Sognepræst Anne Kirkegaard""")

M("", """Kære Merete
Jeg arbejder i jobcentret og vil gerne invitere byrådet til at besøge os en dag og se hvordan vi arbejder med de ledige. Ingen borgersager, bare et besøg.
Hilsen
Sanne Kragh, teamleder""")

M("", """Ishøj Bibliotek burde vise "Ud af sengen" - den nye danske film om depression og gæld. Den har fået seks stjerner. Vil I købe den til udlån?
Mvh Lars""")

M("", """Kontrolnr. 0903871245 på min parkeringsbøde passer ikke med bilens nummerplade. Jeg holdt ikke i Ishøj den dag. Kan I tjekke det?
Hilsen Mads Rye""")

M("", """Hej
Vores kanin er død, og børnene er kede af det. Må man begrave den i haven i Ishøj?
Mvh familien Bach""")

M("", """Kære Socialudvalg,
Jeg er frivillig i Ishøj Røde Kors og vi deler madkasser ud hver torsdag. Flere og flere kommer. Vi mangler et lokale. Kunne kommunen låne os et?
Venlig hilsen
Birgitte Nørgaard""")

M("", """Kære Ole Madsen
Vores hus på Gildbrovej er fra 1968 og er blevet renoveret for længst - nyt køkken, nye vinduer, alt. Vi vil bare spørge om vi må sætte solceller på taget.
Mvh Søren og Lis""")

M("", """Hej! Hvornår bliver der åbnet for tilmelding til seniordans i Ishøj Medborgerhus? Min veninde og jeg glæder os. Hilsen Ulla""")

M("", """Goddag. Jeg vil gerne høre, hvor mange sager kommunen har haft om hjemløshed i 2024. Jeg er journalist på Ishøj Lokalavis.
Mvh Christian Holt""")

M("", """vores hund har fået nye knæ (korsbånd opereret) og må kun gå korte ture. er der en indhegnet hundeskov tæt på Bredekær?""")

M("", """Jeg synes ikke det er rimeligt at ældre skal betale for madordningen når priserne stiger. Kan udvalget ikke holde prisen i ro?
Hilsen Else Marie Jørgensen""")

M("", """Hej
Jeg underviser i dansk på sprogskolen og min klasse vil gerne besøge rådhuset og byrådssalen. Er det muligt en fredag?
Mvh Louise""")

M("", """Der er kommet et brev fra jer om at mit ejendomsnr. 183-0042156 skal betale for rottebekæmpelse. Jeg har betalt, kvittering vedlagt. Hilsen Orla""")

M("", """Kære borgerrådgiver
Hvad gør man generelt hvis man er utilfreds med sin sagsbehandler? Jeg har ikke selv en sag, men vil gerne kende reglerne til vores beboerblad.
Med venlig hilsen
Redaktionen, Strandgårdsparken""")
