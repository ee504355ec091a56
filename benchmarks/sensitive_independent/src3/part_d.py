"""Part D: mostly ethnicity and belief, plus hard negatives."""
from common import M

M("t", """Til Skole- og Børneudvalget

Jeg er far til Yasmin i 4.C. Jeg er født i Irak og kom til Danmark som 12-årig, og jeg taler dansk uden problemer. Alligevel har skolen to gange sendt en tolk med til skole-hjem-samtalen uden at spørge mig, og læreren talte hele tiden til tolken i stedet for til mig.

Jeg synes, det er nedværdigende, og jeg vil gerne have at vide, hvorfor skolen gør det.

Med venlig hilsen
Haider Al-Musawi""")

M("t", """Kære borgerrådgiver

Jeg vil gerne klage over en medarbejder i Borgerservice. Da jeg var der den 9. januar for at få nyt pas til min søn, spurgte hun, om jeg "overhovedet var dansk statsborger", og sagde til sin kollega, at "de tyrkiske altid har papirerne i uorden". Jeg er af tyrkisk afstamning, men født og opvokset i Ishøj og har været dansk statsborger hele mit liv.

Jeg ønsker en skriftlig undskyldning.

Med venlig hilsen
Serkan Yıldız""")

M("t", """Kære Børne- og Kulturudvalg

Jeg er palæstinenser, født i en flygtningelejr i Libanon, og har boet i Ishøj siden 1995. Jeg vil gerne foreslå, at biblioteket får flere bøger på arabisk til børn. Mine børnebørn vokser op med dansk, men jeg vil gerne kunne læse for dem på mit eget sprog.

Med venlig hilsen
Samir Haddad""")

M("t", """Hej

Min mor er grønlænder og har boet i Danmark i 40 år, men hun har altid haft svært ved dansk på skrift. Nu får hun alle breve i Digital Post, og hun forstår ikke halvdelen. Kan hun få breve på papir, og kan hun få hjælp af en grønlandsk tolk, når hun skal til møde i visitationen?

Venlig hilsen
Nivi Lynge""")

M("t", """Til Borgmesteren

Vi er en romafamilie, der har boet i Ishøj i tre år. Vores børn bliver drillet i skolen og kaldt "sigøjnere", og min søn på 10 vil ikke gå i skole mere. Skolelederen siger, at de har talt med klassen, men det fortsætter.

Vi vil gerne have hjælp.

Med venlig hilsen
Dragan Nikolić""")

M("t", """Kære byrådsmedlem Mette Lind

Min søn på 15 er mørk i huden, og han er nu tre gange blevet bedt om at forlade Ishøj Bycenter af vagterne, selv om han bare sad med sine venner. De hvide drenge, der sad ved bordet ved siden af, fik lov at blive.

Jeg har skrevet til centerledelsen uden svar. Kan kommunen, som lejer i centret, tage det op?

Med venlig hilsen
Anita Boateng""")

M("t", """hej

vi er fra Somalia og jeg har 4 børn. vores ældste datter har fået plads på en efterskole men vi ved ikke hvordan man melder hende ud af folkeskolen og hvad vi skal sende til kommunen. kan nogen fra kommunen ringe til mig, jeg taler bedre i telefonen end at skrive

Hawa""")

M("t", """Hej

Vores datter Sofía er adopteret fra Colombia som 2-årig og er nu 13. Hun har i skolens frikvarterer fået at vide, at hun skal "tage hjem til sit eget land". Hun er dansk og har aldrig boet andre steder.

Hvad er skolens antimobbestrategi, og hvem kan vi tale med?

Mvh Lars og Birgitte Hovmand""")

M("t", """Til Center for Beskæftigelse og Erhverv

Som kvinde med anden etnisk baggrund end dansk har jeg i to år søgt job i kommunen uden at blive kaldt til samtale en eneste gang, selv om jeg er uddannet socialrådgiver og taler fire sprog. Mine danske medstuderende er alle blevet ansat.

Jeg vil gerne vide, om kommunen anvender anonymiserede ansøgninger.

Med venlig hilsen
Farah Rahimi""")

M("t", """Kære byrådsmedlem

Naboen i opgangen over os har gennem flere måneder råbt "perker" og "skrid hjem" efter min søn, når han går forbi. I går spyttede han efter ham. Min søn er 11.

Politiet siger, at det er en sag for boligselskabet, og boligselskabet siger, at det er en sag for politiet.

Kan du hjælpe os?

Mvh Khalid Mansour""")

M("t", """Hej

Jeg er af pakistansk baggrund og har en lille cateringvirksomhed i Ishøj. Jeg har to gange søgt om at stå med en madbod på Ishøj Festival, men har fået afslag uden begrundelse. Jeg har hørt fra andre i det pakistanske miljø, at det samme er sket for dem.

Kan jeg få en begrundelse?

Mvh Imran Chaudhry""")

M("t", """Hej

Jeg er kurder fra Syrien og fik opholdstilladelse sidste år. Jeg vil gerne tage et kørekort, men jeg har fået at vide, at mit syriske kørekort ikke kan ombyttes. Hvor kan jeg få hjælp på kurdisk?

Tak
Ahmad Berzani""")

M("t", """Dzień dobry,

Vi er polske og har boet i Ishøj i seks år. Vores søn skal starte i skole, og vi vil gerne vide, om han kan få modersmålsundervisning i polsk, eller om det kun er for andre sprog.

Med venlig hilsen
Agnieszka og Tomasz Wiśniewski""")

M("t", """Hej

Min svigerdatter er thailandsk og er lige kommet til Danmark på familiesammenføring. Hun vil gerne starte på danskuddannelse så hurtigt som muligt. Hvor skal hun henvende sig, og er der ventetid?

Mvh Bjarne Holst""")

M("t", """Hej

Jeg er halvt vietnamesisk og skal til jobsamtale i Center for Børn og Forebyggelse i næste uge. Det er ikke relevant for jobbet, men jeg har oplevet til to tidligere samtaler i andre kommuner, at jeg fik spørgsmålet "hvor kommer du egentlig fra?". Har kommunen retningslinjer for, hvad man må spørge om til en jobsamtale?

Venlig hilsen
Linh Sørensen""")

M("t", """Kære Kulturudvalg

Jeg kom til Ishøj som bosnisk flygtning i 1993, og i år er det 30 år siden, at vores forening blev stiftet. Vi vil gerne låne Ishøj Kulturhus en lørdag i november til en fest for medlemmerne og deres familier.

Med venlig hilsen
Edin Hodžić""")

M("t", """Hej

Jeg er tamil fra Sri Lanka og har boet i Danmark siden 1986. Jeg vil gerne høre, om kommunen har et ældretilbud eller en dagcenter-gruppe, hvor der er andre fra den tamilske gruppe. Min far på 88 sidder alene hele dagen.

Venlig hilsen
Suresh Kanagaratnam""")

M("t", """Hej

Vi er en afghansk familie og har boet i Ishøj i fire måneder. Min mand og jeg går på sprogskole. Vores datter på 16 er ikke kommet i skole endnu, fordi hun venter på at blive testet. Hvor længe skal hun vente?

Hilsen Maryam""")

M("t", """Hej

Jeg er færing og har lige fået job på Hvidovre Hospital. Jeg er flyttet til Ishøj med min familie, og vi vil gerne høre, om der er nogen forening for færinger i området.

Vinarliga kveðju
Rúni Joensen""")

M("t", """Kære Social- og Sundhedsudvalg

Jeg er inuk og født i Nuuk, og jeg har boet i Ishøj i 12 år. Jeg vil gøre udvalget opmærksom på, at der ikke findes et eneste tilbud til grønlændere i kommunen, selv om vi er en del. Mange af os har brug for et sted at mødes.

Venlig hilsen
Aviaaja Kleist""")

M("t", """Kære borgmester

Jeg skriver, fordi min datter på 9 år, som er sort, er blevet kaldt "abe" af en voksen mand på legepladsen ved Gildbroskolen. Han sagde også, at hun skulle "klatre op i et træ". Skolens pedel hørte det, men gjorde ikke noget.

Jeg vil gerne vide, hvad kommunen gør, når voksne opfører sig sådan på kommunens område.

Med venlig hilsen
Grace Mensah""")

M("t", """Emne: SV: Din ansøgning om tolkebistand

Tak for svaret. Jeg har brug for tolken til mødet på torsdag kl. 10. Kan I bekræfte det?

Mvh Fatima El Amrani

> Kære Fatima El Amrani
>
> Vi har modtaget din anmodning om tolk. Da du har oplyst, at du er berber fra Marokko og ikke taler arabisk flydende, bestiller vi en tolk på tamazight, hvis det er muligt.
>
> Venlig hilsen
> Borgerservice""")

M("t", """Hej Sanne

Min mand er fra Marokko, og vi har tre børn. Vores ældste søn er blevet stoppet af politiet fire gange i år i Ishøj, uden at han har gjort noget. Jeg ved godt, det ikke er kommunen, men du sidder i det kriminalpræventive råd, og jeg synes, I skal vide det.

Mvh Helle Benali""")

M("tp", """Hej

Vi er ukrainske flygtninge og bor midlertidigt på Ishøj Strandvej. Vores husvært vil sælge huset, og vi skal flytte. Kan kommunen hjælpe os med at finde en ny bolig?

Дякую
Olena Kovalenko""")

M("t", """Hej

Jeg er halvt iraner og halvt dansk, og jeg har søgt om et legat til udveksling fra Ishøj Gymnasiums legatfond. Jeg har fået at vide, at legatet er forbeholdt "danske unge". Er det lovligt?

Mvh Darius Rostami""")

M("tb", """Til Børne- og Kulturudvalget

Vi er fra Somalia og er muslimer. Vores to døtre går til svømning i Ishøj Svømmehal, og de vil gerne bruge burkini, men livredderen har sagt, at det ikke er tilladt. Vi vil gerne vide, hvad reglerne er.

Med venlig hilsen
Abdirahman og Hodan Farah""")

M("", """Hej

Hvornår har biblioteket åbent i efterårsferien? Jeg vil gerne låne nogle lydbøger til min datter.

Mvh
Fatima Hassan""")

M("", """Hej

Jeg har fået en parkeringsbøde på Ishøj Stationsvej, men skiltet var dækket af en gren. Jeg har vedlagt et billede. Kan I annullere bøden?

Med venlig hilsen
Oleksandr Petrenko""")

M("", """Hej

Tilbyder kommunen tolkebistand på arabisk og somali ved møder i jobcentret, og hvordan bestiller man det? Vi er en frivillig forening, der hjælper nye borgere med at forberede sig til møder.

Mvh
Frivillignet Ishøj""")

M("", """Kære Integrationsrådet

Hvor mange flygtninge har Ishøj modtaget i 2025, og hvor mange af dem er kommet i arbejde eller uddannelse? Jeg skriver en artikel til lokalavisen.

Mvh
Karsten Hvam, journalist""")

M("", """Hej

Jeg har lige været på ferie i Marokko og har taget en masse billeder af Ishøj's venskabsby. Kan jeg udstille dem på biblioteket?

Mvh Bent""")

M("", """Hej

Der er åbnet en tyrkisk bager på Ishøj Torv, og de har sat borde og stole ud på fortovet. Må de det? Der er ikke plads til barnevogne.

Mvh Rita""")

M("b", """Hej

Jeg går i 9. klasse på Ishøjskolen og er muslim. Jeg beder fredagsbøn hver fredag, og om vinteren falder det i skoletiden. Må jeg bruge et tomt klasselokale i frikvarteret? Min lærer siger, at hun skal spørge kommunen.

Hilsen Yusuf""")

M("b", """Hej

Vores søn skal på fodboldlejr i Ishøj Idrætscenter i den sidste uge af ramadanen. Han faster, ligesom resten af familien, og vil gerne kunne spise efter solnedgang. Kan køkkenet sørge for mad til ham sent om aftenen?

Mvh Nadia og Omar""")

M("be", """Kære Center for Voksne og Velfærd

Min far, Aron Levin, er 89 år og har netop fået plads på plejecentret Ishøjgård. Han har levet efter de jødiske spiseregler hele livet og spiser kun kosher mad pga. sin tro. Køkkenet siger, at de ikke kan tilberede det.

Kan vi få lov at levere maden udefra, og kan personalet varme den?

Med venlig hilsen
Ruth Levin""")

M("be", """Hej

Jeg får mad fra kommunens madservice, fordi jeg ikke selv kan lave mad mere. Jeg spiser kun halal pga. min tro, og de sidste tre uger har der været svinekød i retten to gange, selv om jeg har skrevet det på min bestilling.

Hvem kan jeg klage til?

Mvh
Mahmoud Saleh""")

M("b", """Hej

Vi er katolikker og vil gerne vide, om vores datter kan få fri fra skole den 15. august (Marias himmelfart), hvor vi skal i kirke. Skolen siger, at det kræver en tilladelse fra kommunen.

Mvh
Monika og Jan Kowalczyk""")

M("bh", """Til Sundhedsplejen

Jeg er Jehovas Vidne og er gravid i 7. måned. Jeg har fået at vide af jordemoderen, at jeg skal tale med nogen om, at jeg ikke ønsker blodtransfusion. Er det noget, sundhedsplejen kan hjælpe med, eller skal jeg tale med hospitalet?

Med venlig hilsen
Rebekka Mortensen""")

M("b", """Kære skoleleder og Skoleforvaltningen

Vi er ateister og ønsker ikke, at vores datter Alma deltager i skolens julegudstjeneste i Ishøj Kirke. Læreren har sagt, at alle skal med, fordi det er "en tradition". Vi vil gerne vide, hvad reglerne er.

Venlig hilsen
Kristoffer og Line Dam""")

M("b", """Hej

Jeg er humanist og medlem af Humanistisk Samfund. Jeg vil gerne have en borgerlig navngivning af min søn på rådhuset med en lille ceremoni. Er det noget, man kan? Det foregår i mange andre kommuner.

Venlig hilsen
Jakob Frandsen""")

M("b", """Kære Torben

Som mangeårigt medlem af Socialdemokratiet i Ishøj er jeg dybt skuffet over, at partiet i byrådet har stemt for at lukke Torslunde Bibliotek. Jeg har delt valgfoldere for jer i 25 år, og jeg overvejer at melde mig ud.

Med venlig hilsen
Birte Poulsen""")

M("b", """Hej Anders

Jeg stemte på Enhedslisten ved kommunalvalget, fordi I lovede at bevare Ishøj Svømmehal. Nu læser jeg, at I har stemt for at lukke varmtvandsbassinet om vinteren. Hvordan hænger det sammen?

Mvh Mikkel""")

M("b", """Kære Jens Kristian

Jeg har stemt på dig ved de sidste fire valg, og jeg har altid syntes, at du var en fornuftig mand. Men din holdning til den nye vej gennem Ishøj Landsby forstår jeg ikke. Vejen vil ødelægge det gamle landsbymiljø.

Med venlig hilsen
Aase Kjærgaard""")

M("b", """Hej Michael

Jeg er selv aktiv i Det Konservative Folkeparti i Vallensbæk og har lige flyttet til Ishøj. Jeg vil gerne i kontakt med den lokale partiforening. Har du en mail på formanden?

Mvh
Jesper Rasmussen""")

M("b", """Kære byrådsmedlem

Jeg er medlem af Dansk Folkeparti og stiller op til regionsrådet. Jeg vil gerne hænge valgplakater op langs Ishøj Boulevard. Hvornår må man begynde?

Mvh
Kurt Nielsen""")

M("b", """Hej

Jeg er aktivist i Extinction Rebellion og vil gerne anmelde en fredelig demonstration foran rådhuset den 14. september, når byrådet behandler klimaplanen. Skal vi have tilladelse fra kommunen eller kun fra politiet?

Mvh
Sigrid Holm""")

M("b", """Hej

Min søn er veganer af etiske grunde og går i udskolingen på Gildbroskolen. Skolens madordning har ikke noget veganerretter, og han går sulten rundt. Kan kommunen kræve, at leverandøren tilbyder et veganertilbud?

Mvh Katrine""")

M("b", """Kære borgmester

Jeg er pacifist og militærnægter af overbevisning. Jeg har netop fået brev om, at kommunen vil vise en udstilling om Forsvaret i rådhushallen med skoleklasser som målgruppe. Jeg synes ikke, det hører hjemme i et offentligt rum, og vil gerne have, at mit synspunkt kommer med, når det behandles.

Venlig hilsen
Carl Jørgensen""")

M("b", """Hej

Jeg er sikh og bærer turban. Jeg er blevet ansat som vikar i SFO'en, men fik at vide, at jeg ikke må bære den, når jeg er med i svømmehallen. Kan I bekræfte, om der er en sådan regel?

Mvh
Harpreet Singh""")

M("b", """Hej

Jeg er buddhist og mediterer hver morgen. Jeg bor i en lejlighed i Vejleåparken, og naboen over mig har brokket sig over, at jeg brænder røgelse. Har kommunen nogen regler om det, eller er det boligselskabets sag?

Mvh
Anders Gerner""")

M("b", """Kære Kulturudvalg

Jeg er troende kristen og kommer i Pinsekirken i Hundige. Vi vil gerne holde en udendørs gospelkoncert i Ishøj Strandpark i juni. Hvem skal vi søge om tilladelse hos?

Venlig hilsen
Ruth Ebbesen""")

M("b", """Hej

Vores familie er hinduer, og vi fejrer Diwali i november. Vi vil gerne tænde lys og små lamper på altanen og i fællesgården. Er der brandregler, vi skal være opmærksomme på?

Mvh
Priya Venkatesan""")

M("b", """Hej Hanne

Jeg konverterede til islam for to år siden, og min familie har svært ved at acceptere det. Det har ikke noget med kommunen at gøre, men jeg vil gerne høre, om der findes en samtalegruppe i Ishøj for folk, der har konverteret.

Mvh Julie""")

M("b", """Til Center for Beskæftigelse og Erhverv

Jeg har været i praktik i en børnehave gennem jobcentret, men lederen har sagt, at jeg ikke kan fortsætte, fordi jeg bærer tørklæde pga. min tro, og "det passer ikke ind her". Er det lovligt?

Venlig hilsen
Amina Yousef""")

M("b", """Hej Lars

Jeg har været medlem af Radikale Venstre siden 1998 og har altid stemt radikalt til kommunalvalget. Jeg vil bare sige, at jeg synes, at byrådet skal lytte mere til de unge i klimaspørgsmål.

Mvh
Helle Fischer""")

M("b", """Hej

Jeg er meldt ud af folkekirken, da jeg ikke tror på Gud. Nu har kommunen sendt mig en opkrævning for kirkegårdsafgift i forbindelse med min fars begravelse. Skal jeg betale den, når jeg ikke er medlem?

Mvh Tobias Holm""")

M("b", """Kære Økonomiudvalg

Jeg er aktiv i Enhedslisten og i netværket Ishøj mod Nedskæringer. Vi har indsamlet 1.100 underskrifter mod lukningen af fritidsklubberne og vil gerne overrække dem ved næste byrådsmøde.

Med venlig hilsen
Maja Krogh""")

M("", """Hej

Hvornår er der gudstjeneste i Ishøj Kirke juleaften, og skal man bestille plads?

Mvh Grethe""")

M("", """Hej

Den nye moské på Industrivej, har den åbent hus for naboer på et tidspunkt? Jeg er nysgerrig efter at se den indvendig.

Mvh Bjørn""")

M("", """Kære byrådsmedlemmer

Folkekirkens Nødhjælp har sogneindsamling den 8. marts, og vi mangler indsamlere i Ishøj Landsby. Må vi sætte en annonce på kommunens Facebook-side?

Venlig hilsen
Indsamlingsgruppen, Ishøj Sogn""")

M("", """Hej Jens (V)

Jeg vil gerne bede dig arbejde for, at der bliver flere parkeringspladser ved stationen. Det er umuligt at finde en plads efter kl. 8.

Mvh
Peter Bang""")

M("", """Hej

Jeg skal stemme for første gang til kommunalvalget. Hvor er mit valgsted, og skal jeg have mit valgkort med?

Mvh Signe, 18 år""")

M("", """Hej

Valgplakaterne fra sidste valg hænger stadig på lygtepælene langs Vejlebrovej. Hvornår skal partierne tage dem ned?

Mvh Rolf""")

M("", """Kære Skoleudvalg

Hvor mange af eleverne i Ishøjs skoler spiser halal, og tilbyder madordningerne halal-kød som standard? Jeg sidder i skolebestyrelsen og vil gerne have tallene til næste møde.

Venlig hilsen
Thomas Krag, formand for skolebestyrelsen""")

M("", """Kære byrådsmedlemmer

Jeg vil gerne opfordre jer til at holde Ishøj Bibliotek åbent om søndagen. Det er et vigtigt mødested for mange familier.

Mvh Lise""")
