"""Part I: mixed positives on the emphasis (economy, belief, property) combined with
sexual orientation, union, ethnicity and CPR numbers, in short and long mails; a few
more hard negatives."""
from common import M

M("seb", """Kære Rådmand for Social og Sundhed

Min mand Kristian og jeg har været gift i 12 år. Han er netop blevet løsladt efter en dom for økonomisk kriminalitet og er nu på kontanthjælp. Jobcentret vil sende ham i praktik hos en slagterforretning, men han er veganer af etiske grunde og har været det i 15 år. Det bør der tages hensyn til.

Med venlig hilsen
Jakob Lindqvist""")

M("pu", """hej Brian, det er Lars fra Dansk El-Forbund. jeg er ved at købe et mindre erhvervslejemål på Industrivej af kommunen, men købsaftalen er ikke underskrevet endnu. kan du høre om den bliver behandlet i økonomiudvalget i april? mvh Lars Kragh""")

M("", """Hej. Hvornår behandler Økonomiudvalget salg af kommunale erhvervsejendomme næste gang? Jeg følger med i dagsordenerne som interesseret borger. Mvh Jonna""")

M("sp", """Kære Center for Byudvikling og Natur

Min kone Louise og jeg (Sara) er ved at købe Lindevej 22, og vi venter på den byggesagkyndiges rapport. Der er en gammel olietank i haven. Er den registreret hos jer, og skal den sløjfes før overtagelse?

Med venlig hilsen
Sara Holm-Petersen""")

M("tbe", """Til Center for Beskæftigelse og Erhverv

Jeg er irakisk kristen og flygtede i 2014. Jeg går i kirke hver søndag i den kaldæisk-katolske menighed. Jobcentret har sagt, at jeg skal tage imod et job med søndagsarbejde, ellers mister jeg min ydelse. Kan I se på det?

Venlig hilsen
Nadia Yousif
cpr [[070871 2243]]""")

M("ue", """Kære Henriette

Jeg er medlem af Krifa og har lige fået afslag på dagpenge, fordi a-kassen mener jeg selv har sagt op. Det har jeg ikke, jeg blev presset ud. Nu har jeg søgt kontanthjælp, men min kone tjener for meget. Vi har to børn og huslejen er 11.000.

Mvh Rasmus Dybkjær""")

M("b", """Hej Mette. Det er Peter fra Alternativet. Vi har talt om at lave en fælles lokalliste. Jeg er selv medlem af hovedbestyrelsen og vil gerne mødes en aften. Mvh Peter Abildgaard""")

M("", """Kære valgsekretariat. Hvornår er fristen for at indlevere kandidatlister til kommunalvalget, og hvor mange stillere skal en ny liste have? Mvh Peter A.""")

M("pb", """Kære Økonomiudvalg

Ishøj Frikirke, hvor jeg er præst og selv er troende medlem, vil gerne købe det tidligere værested på Vejlebrovej, som kommunen har sat til salg. Vi har afgivet et bud på 1,8 mio. kr. og afventer svar. Vi håber udvalget vil se positivt på det.

Med venlig hilsen
Pastor Daniel Kjærsgaard""")

M("s", """Hej Søs. Kort: Tak for at du og din kone Marianne kom til vores bryllupsfest. Mads og jeg var så glade. Hilsen Jonas (og Mads)""")

M("eh", """Kære Socialudvalg

Jeg skriver om min søster Malene, der bor i egen lejlighed i Ishøj. Hun har skizofreni og får bostøtte to timer om ugen. Hun er holdt op med at tage sin medicin og har ikke betalt husleje i tre måneder. Jeg er bange for at hun bliver sat ud. Hendes cpr: [[1408853052]].

Venlig hilsen
Jannik Bertelsen""")

M("u", """Til dagsordensamleren

Jeg ønsker at deltage i udvalgets åbne møde om den nye arbejdsmiljøpolitik som repræsentant for medlemmerne i Ishøj afdeling af Fødevareforbundet NNF, hvor jeg selv er medlem og arbejdsmiljørepræsentant.

Med venlig hilsen
Trine Gram""")

M("ep", """Kære Ole Stenbæk

Min far døde i november, og vi er tre søskende, der skal dele dødsboet. Huset på Torslunde Bygade er sat til salg, men der er ingen bud endnu. I mellemtiden har boet fået en rykker fra kommunen på ejendomsskat og renovation, og ingen af os har penge til at lægge ud. Kan betalingen udskydes til huset er solgt?

Med venlig hilsen
Birgitte Winther""")

M("te", """hej, min far er fra Vietnam og kom hertil som bådflygtning i 1979. han får folkepension og har fået et brev om den som han ikke forstår. kan man få hjælp på borgerservice med tolk? mvh Linh""")

M("", """Hej. Hvornår har Borgerservice åben med tolkebistand, og skal man bestille tid? Mvh Hanne""")

M("se", """Til Ishøj Kommune, Boliganvisningen

Jeg er 22 og bøsse. Min far smed mig ud, da jeg fortalte det, og jeg har boet hos en ven i 2 måneder. Jeg er i lære som tømrer og har en lav lærlingeløn. Kan jeg komme på akutlisten til en ungdomsbolig?

Mvh Sebastian""")

M("bhe", """Kære Bodil

Min kone er medlem af Mosaisk Trossamfund, og hun er indlagt på Hvidovre Hospital efter en operation. Hun får hjemmepleje, og vi vil gerne vide, om kommunens madservice kan levere koshermad til hende, når hun kommer hjem. Hun er 81.

Venlig hilsen
Sigurd Levin""")

M("", """Hej. Kan kommunens madservice levere mad efter særlige religiøse kostregler, fx kosher eller halal? Jeg skriver for Ældresagens besøgstjeneste. Mvh Inge""")

M("pe", """hej Thomas, du sagde jeg skulle sende det skriftligt. vi er blevet skilt, og min eks vil købe mig ud af huset på Kirkebjerg, men banken vil ikke låne ham pengene fordi han er ledig. nu ved vi ikke om huset skal sælges. jeg har fået at vide at jeg så ikke kan få boligstøtte i mellemtiden. er det rigtigt? mvh Pia""")

M("u", """Kære Maria

Jeg var med på Ishøj Rådhus' personalemøde i går og vil bare sige: som HK-tillidsrepræsentant i Borgerservice havde jeg gerne set, at vi var blevet inddraget i den nye skemaplanlægning.

Med venlig hilsen
Dorthe Vang""")

M("", """Kære Ishøj Kommune. Hvordan vælges en tillidsrepræsentant på en kommunal arbejdsplads, og hvem kan stille op? Jeg er nyansat og vil gerne vide, hvordan det fungerer. Mvh Ahmed""")

M("sb", """Kære Birgitte fra Kirkeudvalget. Min kæreste Anna og jeg (Lea) er begge aktive i Ishøj Valgmenighed. Vi vil gerne være hjælpere ved børnegudstjenesten, men nogle forældre har klaget over "to kvinder". Er det i orden? Mvh Lea""")

M("eb", """Til Jobcentret

Jeg er humanist og militærnægter og vil ikke deltage i et jobkursus, der foregår på Kasernen i Høvelte. Min sagsbehandler siger at det påvirker min kontanthjælp. Jeg vil gerne i et andet forløb.

Med venlig hilsen
Magnus Rindom, [[120599 2468]]""")

M("p", """Kære Louise Jensen

Jeg ejer Ishøj Landevej 78 og har modtaget et brev om, at kommunen ønsker at købe en del af min have til en cykelsti. Jeg har fået et tilbud på 120.000 kr., men jeg synes det er for lidt. Jeg har ikke sagt ja endnu. Kan du hjælpe mig med at få et møde?

Mvh Helge Sørensen""")

M("", """Kære Teknik- og Miljøudvalg. Hvor meget betaler kommunen typisk pr. kvadratmeter, når den køber jord fra private til cykelstier? Er der en fast takst? Mvh Ole Lind""")

M("t", """Kære Ishøj Kommune. Jeg er same og kommer fra Nordnorge. Jeg har boet her i 20 år. Vil kommunen være med til at markere samernes nationaldag den 6. februar på biblioteket? Mvh Ellen Anne Sara""")

M("s", """hej søde Kamilla fra byrådet. min kæreste Malou og jeg er lige blevet kærester, og jeg har fortalt min klasse at jeg er lesbisk. det gik fint! bare fordi du spurgte sidst 😊 /Astrid, 8.A""")

M("teb", """Til Center for Børn og Forebyggelse

Jeg er ghanesisk og er blevet indkaldt til et møde om en underretning om min søn. Jeg forstår ikke hvad der står. Kan vi få en engelsk tolk, og kan jeg tage min præst med som bisidder?

Venlig hilsen
Kofi Mensah""")

M("u", """Til Borgmesteren. Vi er 40 medarbejdere i Ishøj Kommunes rengøring, alle medlemmer af 3F, og vi protesterer mod udliciteringen. Vi har samlet underskrifter (vedlagt). Mvh Sonja Ibsen, fællestillidsrepræsentant""")

M("eb", """Kære Anders

Jeg er aktiv i Kommunistisk Parti og deler ud ved Ishøj Station hver fredag. Jeg bor selv i en almen bolig og lever af kontanthjælp, så jeg ved godt, hvad besparelserne betyder. Jeg vil gerne have et møde om boligstøtten.

Med venlig hilsen
Kirsten Lund
Vejleåparken 12, st.""")

M("", """Hej. Må politiske partier dele løbesedler ud på stationspladsen uden tilladelse? Mvh en nysgerrig pendler""")

M("set", """Kære Familieafdeling

Min mand Lars og jeg har adopteret vores søn fra Colombia, og nu har vi fået at vide, at vi ikke kan få adoptionsstøtte fordi vi er to mænd. Det passer vel ikke?

Med venlig hilsen
Michael Ravn, [[250379\u00a01051]]""")

M("pt", """hej jeg er kinesisk og har restaurant på Ishøj Torv. jeg vil købe lejemålet ved siden af og har et tilbud fra udlejer men han vil først sælge når jeg har skriftligt fra kommunen at jeg må udvide køkkenet. hvem skal jeg skrive til. mvh Wei Zhang""")

M("", """Kære Erhvervsudvalg. Har kommunen en erhvervsservice, der hjælper nye restauranter med tilladelser? Vi er en gruppe, der overvejer at åbne på Torvet. Mvh Karim""")

M("sh", """Kære Ulla

Min kæreste Peter har fået konstateret prostatakræft og skal opereres. Vi bor sammen på Gildbrovej, og jeg vil gerne vide, om jeg som hans samlever (vi er ikke gift) kan få orlov til at passe ham.

Venlig hilsen
Jens Ove Kristensen""")

M("eu", """hej Mette. jeg er arbejdsløs nu og har meldt mig ud af Dansk Metal fordi jeg ikke kunne betale kontingentet. kan kommunen hjælpe mig med at betale det? jeg vil gerne være medlem igen. mvh Kenneth""")

M("ptb", """Kære Økonomiudvalg

Den Bosniske Muslimske Forening, hvor jeg selv er formand og praktiserende muslim med bosnisk baggrund, ønsker at købe den kommunale grund på Industrivej 40 til en ny moské. Vi har en foreløbig aftale med forvaltningen og venter på udvalgets godkendelse.

Med venlig hilsen
Edin Hodžić""")
