"""Part A: roads, snow clearing, waste collection and parking (Center for Byudvikling og Natur)."""
from common import M

M("", """
Hej

Der er et stort hul i asfalten ud for Vejleåvej 114, lige ved fodgængerovergangen. Der er allerede en cyklist der er væltet i det i morges. Kan I sende nogen ud?

Mvh Jesper Hald
""")

M("", """
Til Vej og Park

Sneplovene har igen i år skubbet en vold af sne op foran vores indkørsel på Torslunde Tværvej, så vi ikke kan komme ud kl. 6.30. Vi forstår godt, at vejen skal ryddes, men kan man ikke vinkle skjolde eller komme igen senere? Det er tredje gang på en uge.

Venlig hilsen
Familien Bjerre
""")

M("h", """
Hej

Jeg bor på Gadekærvej og har været opereret i knæet for tre uger siden, så jeg går med krykker. Fortovet ud til busstoppestedet er ikke ryddet og det er glat som en skøjtebane. Jeg tør simpelthen ikke gå ud. Hvornår bliver fortovet saltet?

Mvh
Inge Lauridsen
""")

M("", """
hej. skraldespanden til papir er ikke tømt i denne uge, hverken tirsdag eller onsdag. Søgårds Vænge 23. hvad sker der?
""")

M("", """
Goddag

Jeg vil gerne høre, hvad det koster at få en ekstra beholder til restaffald, og om prisen bliver lagt på ejendomsskattebilletten eller kommer som en særskilt regning.

Med venlig hilsen
Poul Erik Damgaard
Tranegilde Strandvej 7
""")

M("he", """
Til affaldsafdelingen

Jeg er 84 år og har KOL, og jeg kan ikke længere trække affaldsspanden ud til vejen. Hjemmeplejen kommer hver morgen, men de må ikke tage spanden. Kan jeg få ordningen med at skraldemanden henter den ved huset? Jeg har hørt at man kan søge om det hvis man har en lægeerklæring.

Venlig hilsen
Aase Mortensen
Ishøj Landevej 201
""")

M("", """
Hej

Vi er en grundejerforening med 46 huse i Vildtbanegård-området. Bestyrelsen overvejer at lave fælles storskraldsafhentning en gang om året. Kan kommunen hjælpe med en container, og hvad koster det?

Mvh
Kasserer, GF Vildtbanen
Lone Frederiksen
""")

M("", """
Til parkeringskontrollen

Jeg har fået en p-afgift (nr. 0412241187) den 4. december på Ishøj Strandvej, selvom min p-skive var indstillet korrekt. Jeg vedhæfter billede af skiven i forruden. Jeg vil gerne klage over afgiften.

Med venlig hilsen
Rasmus Kirk
""")

M("h", """
Hej

Jeg har fået en parkeringsafgift ved Ishøj Bycenter, men jeg har handicapkort fordi jeg har sklerose, og kortet lå i forruden. Betjenten må have overset det. Kan I annullere afgiften? Kopi af handicapkortet er vedhæftet.

Mvh Tina Hjorth
""")

M("", """
Hvorfor er der ikke ryddet sne på cykelstien langs Ishøj Boulevard? Jeg cykler til stationen hver dag og i dag lå der 10 cm. Det er altså ikke godt nok når I snakker om grøn omstilling.

Klaus
""")

M("", """
Kære kommune

Hvad er reglerne for at parkere en trailer på vejen? Min nabo har haft en campingvogn stående ud for sit hus i 5 uger nu, og den fylder to pladser. Er der en grænse?

Hilsen
Bodil Andersen
""")

M("e", """
Hej

Jeg har fået en rykker på affaldsgebyret for 2. halvår, 1.680 kr. plus rykkergebyr. Jeg har været arbejdsløs siden august og har lige nu ikke penge til at betale det hele. Kan jeg dele det op i tre rater?

Venlig hilsen
Mette Lindgaard
Kongsholm Allé 19
""")

M("", """
Hej Ishøj

Fint at I har sat de nye affaldsstandere op på stranden. Men de bliver fyldt allerede kl. 14 i weekenden når det er varmt. Kan de tømmes oftere om sommeren?

Mvh en glad strandgæst, Ulla
""")

M("t", """
Hej

Jeg vil gerne klage over skraldemanden der tømmer på Pilemøllevej om torsdagen. I sidste uge råbte han "skrid hjem til Somalia" efter min søn på 12, da han cyklede forbi bilen. Min søn er født i Danmark, men vi er somaliere og han blev meget ked af det. Jeg vil gerne vide hvad firmaet gør ved det.

Hodan Warsame
""")

M("", """
Til Center for Byudvikling og Natur

Vejbelysningen på stien mellem Strandparkskolen og Ishøj Søpark har været slukket i over en måned. Mange unge går der om aftenen efter træning. Det er utrygt. Lygtepælene har nr. 4471 til 4478.

Venlig hilsen
Trine Aagaard, forælder
""")

M("", """
Hej, bare et hurtigt spm: må man komme med haveaffald på genbrugspladsen i en lånt trailer med tysk nummerplade? Min svigerfar er fra Flensborg og har lånt os den.

mvh Jonas
""")

M("", """
Sendt fra min iPhone

> Fra: Ishøj Kommune, Affald <affald@ishoj.dk>
> Sendt: 12. januar 2026 09:14
> Emne: Sv: Manglende tømning
>
> Kære Ove Jensen
> Tak for din henvendelse. Vi har bedt renovatøren om at køre en ekstra tur forbi Brandvej i morgen.

Den er stadig ikke tømt. Nu lugter det helt ud på vejen.

Ove
""")

M("p", """
Hej

Vi har solgt vores hus på Stationsvej med overtagelse 1. marts, men køber har først betinget sig en tilstandsrapport, og der er stadig et par dage tilbage af fortrydelsesfristen. Skal vi selv afmelde affaldsordningen, eller sker det automatisk når handlen går igennem? Vi vil gerne undgå at betale for et halvt år ekstra.

Mvh
Henrik og Sanne Møller
""")

M("", """
Vi er tilflyttere og har overtaget huset på Bredekærs Vænge 4 den 1. oktober. Handlen er helt afsluttet. Hvornår får vi de nye affaldsbeholdere, de gamle ejere tog deres med?

Mvh Camilla Storm
""")

M("", """
Hej

Der er nogen der har dumpet et køleskab, to madrasser og en masse sække bag garagerne på Ishøj Centervej. Jeg har taget billeder. Kan I hente det og måske tjekke overvågning?

Mvh Ali Hassan
""")

M("h", """
Kære parkeringsafdeling

Jeg søger om en parkeringstilladelse ved Ishøj Sundhedshus, fordi jeg skal i dialyse tre gange om ugen på Herlev, og på de andre dage til genoptræning i Ishøj. Min nyre er gået helt i stå siden sommer. Kan man få en beboerlicens eller en anden løsning for pladsen foran min opgang?

Venlig hilsen
Jørgen Fuglsang
Vejledalen 3, 2. th.
""")

M("", """
Til Vej og Park

Hvornår skal de nye vejbump på Torslundevej laves? Der blev sagt ved borgermødet i september at det var inden jul.

Mvh Susanne
""")

M("e", """
Hej

Jeg har fået tre p-afgifter på 510 kr. på én uge ved Ishøj Station, fordi jeg ikke kunne finde mit beboerkort. Jeg er på kontanthjælp og har virkelig ikke råd til 1.530 kr. Det er en fejl, kortet var bare faldet ned under sædet. Kan I ikke bare annullere dem?

Mvh
Nadia R.
""")

M("", """
Fra: Bent Lykke <bent.lykke@gmail.com>
Sendt: 2. februar 2026 21:02
Til: Vej og Park
Emne: Fortov Ishøj Landevej

Hej igen. Jeg skrev om de løse fliser i november og fik svar at det var registreret. Der er sket intet. Min kone faldt næsten i går. Kan I give en dato?

Venlig hilsen
Bent Lykke
""")

M("", """
Kære Ishøj Kommune

Kan I oplyse, hvor meget kommunen i 2025 brugte på vintertjeneste i alt, og hvor meget der er budgetteret for 2026? Jeg skriver en artikel til lokalavisen om udgifterne til salt.

Med venlig hilsen
Mikkel Schou, journalist, Ishøj-Vallensbæk Lokalavis
""")

M("u", """
Hej

Jeg er chauffør hos jeres renovationsentreprenør og tillidsrepræsentant for os på holdet. Vi er blevet bedt om at køre ruten Ishøj Nord på 6 timer i stedet for 7,5, og det kan ikke lade sig gøre uden at løbe med spandene. Jeg skriver til kommunen fordi I er bygherren på kontrakten. Kan vi få et møde?

Mvh Dennis Holt
3F Transport, klub-TR
""")

M("", """
Hej

Vi har fået et brev om at vi skal sortere madaffald fra nu af. Hvor får man de grønne poser, og er de gratis?

Hilsen Mona
""")

M("bt", """
Kære Center for Byudvikling og Natur

Jeg er praktiserende jøde og vi holder sabbat. Det betyder at vi fra fredag aften til lørdag aften ikke bruger bil eller tænder for elektricitet. Når storskrald afhentes lørdag morgen, kan vi ikke stille det ud dagen før efter solnedgang. Er det muligt at få hentet det om fredagen for vores adresse, Ishøj Søpark 31?

Venlig hilsen
Daniel Rosenberg
""")

M("", """
Hej. Hvorfor koster det 60 kr at aflevere eternit på genbrugspladsen når alt andet er gratis? Bare nysgerrig.
""")

M("", """
Til Ishøj Kommune

Jeg har set at I vil indføre betalingsparkering ved stranden. Jeg synes det er en dårlig idé. Stranden skal være for alle, også for familier med små penge. Jeg håber byrådet tænker sig om.

Med venlig hilsen
Kirsten Bech
""")

M("he", """
Hej

Jeg har en p-afgift på 990 kr. fra juni, som jeg ikke har betalt fordi jeg var indlagt på psykiatrisk afdeling i Glostrup hele sommeren. Nu har jeg fået besked om at den går til inddrivelse hos Gældsstyrelsen. Jeg har i forvejen gæld der. Kan den ikke stoppes nu når jeg forklarer hvorfor?

cpr: [[220791-2215]]

Mvh Sebastian
""")

M("", """
Hej

Vores vej (Hyldegårds Vænge) er en privat fællesvej. Er det os selv der skal snerydde, eller gør kommunen det? Vi er uenige i vejlauget.

Mvh
Anders Winther, formand for vejlauget
""")

M("", """
Goddag

Jeg driver en lille kiosk på Ishøj Torv og vil gerne søge om tilladelse til at stille et reklameskilt og to borde ud på fortovet fra april til september. Hvad koster en råden-over-vej-tilladelse?

Venlig hilsen
Kiosk Torvehjørnet ApS, Emre Yildiz
CVR 41928374
""")

M("s", """
hej

min mand og jeg (vi er to mænd, bare så I ikke retter navnet igen på brevet) har fået beboerparkeringskort til Strandgårdsparken, men kun et af dem. Det andet er sendt til "fru Mikael Rask". Kan I sende et nyt til Mikael Rask, samme adresse? Tak

Thomas Rask-Nielsen
""")

M("", """
Til affald@ishoj.dk

Hvorfor er genbrugspladsen lukket helligdage? Mange har jo fri og vil gerne rydde op i haven. Åbningstiderne står heller ikke på hjemmesiden for påsken.

Mvh Gitte
""")

M("", """
Hej

Jeg sender her et billede af et nummerpladeløst køretøj der har holdt på parkeringspladsen ved Ishøj Bibliotek i to måneder. Reg. nr. var tidligere AB 12 345 men pladerne er væk. Stelnummer står i ruden: WVWZZZ1JZ3W386752.

Mvh
Preben Aagesen
""")

M("", """
Kære kommune, fortovet foran Ishøj Skole er spærret af et stillads og børnene må gå ude på vejen. Der står ikke noget skilt om hvor længe. Er det lovligt?

Venlig hilsen
Maria Svensson, forælder i 2.b
""")

M("e", """
Hej

Jeg er blevet sat ud af min lejlighed på Ishøj Strandvej og bor nu midlertidigt hos en ven. Min bil holder stadig på p-pladsen ved den gamle adresse, og jeg har fået besked fra boligselskabet om at den bliver fjernet. Kan jeg få lov at parkere den på kommunens plads ved Idrætscentret et par uger, indtil jeg har fundet et sted at bo?

Mvh Kenneth Lund
""")

M("", """
Sv: Snerydning af stier

> Kære Margit Holm
> Stierne i Ishøj Landsby ryddes i prioritet 3, dvs. efter hovedveje og busruter.
> Med venlig hilsen, Vej og Park

Tak for svaret. Men prioritet 3 betyder jo i praksis at stien først er ryddet efter 2 døgn, og i den tid kan de ældre på Landsbygaden slet ikke komme ud. Kan prioriteringen ikke tages op i udvalget?

Margit Holm
""")

M("hb", """
Hej

Jeg er blind og går med førerhund. Den nye affaldsø på hjørnet af Brohusvej har spærret det sted jeg plejede at krydse. Jeg går til morgenbøn i Torslunde Kirke hver dag, min tro er det der holder mig oppe, og det er netop den rute. Kan der laves en ledelinje eller flyttes øen en meter?

Venlig hilsen
Hanne Kjær
""")

M("", """
Hej, der er en lygtepæl der blinker hele natten udenfor Vejlebrovej 52. Den lyser lige ind i soveværelset. Nr. på pælen er 3317. Tak
""")

M("", """
Til Teknik og Miljø

Vi er fire husstande på Ishøj Søvej der gerne vil have en fartmåling. Bilerne kører langt over 50. Der er mange børn på vejen. Hvad skal der til, for at I sætter en fartviser op?

Med venlig hilsen
på vegne af nr. 2, 4, 6 og 8
Jan Poulsen
""")

M("", """
Jeg ønsker at klage over afgørelsen om at afvise min klage over p-afgift 1106250944. Jeg mener at I ikke har set på billedet jeg sendte. Hvem kan jeg klage videre til?

Mvh Louise Dam
""")

M("t", """
Hej

Jeg vil gøre opmærksom på at nogen har sprayet "polakker ud" på vores carport på Vibeholms Vænge 12. Vi er en polsk familie og har boet her i seks år. Politiet er kontaktet, men vi vil gerne have det fjernet hurtigt af kommunens graffitiordning, så børnene ikke skal se det.

Pozdrawiam / venlig hilsen
Agnieszka Nowak
""")

M("", """
Til Ishøj Kommune

Jeg har læst at kommunen vil indføre tømning hver 3. uge for restaffald. Hvad er begrundelsen? Og hvad sker der med prisen? Vi er seks i husstanden og kan ikke nøjes med det.

Hilsen
Thomas Kjeldsen
""")

M("e", """
Hej Affald

Min mor er lige flyttet på plejehjem (Ishøjhave) og hendes rækkehus står tomt indtil vi får ryddet det. Kan affaldsordningen sættes på pause i den tid? Jeg har fuldmagt.

Venlig hilsen
Lars Vinther
""")

M("", """
Hej Ishøj, der holder en flyttebil med motoren tændt foran Strandgårdsparken 14 hver morgen fra kl 5. Er tomgangskørsel ikke forbudt?
""")

M("u", """
Goddag

Jeg er ansat ved kommunens vejhold og vil gerne klage over at vores skurvogn ved Tranegilde ikke har varme. Jeg har taget det op som arbejdsmiljørepræsentant og FOA er også inde over, men intet sker. Jeg skriver til hovedpostkassen for at få det registreret.

Mvh
Kim Sørensen
""")

M("", """
Hej

Vi flytter fra Ishøj til Greve den 15. marts. Skal vi selv give besked til jer om affaldet, eller klarer flytningen i folkeregistret det?

Mvh Signe og Martin
""")
