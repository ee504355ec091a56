from common import M

M("h", """Hej Anette

Jeg skriver fordi min mor på Gildbrovej 14 nu skal have Metformin OG insulin, og hun kan ikke selv finde ud af penne-systemet. Kan hjemmesygeplejen ikke komme forbi morgen og aften? Hun har en tid på Steno Diabetes Center den 12. marts, men det er lang tid at vente.

Venlig hilsen
Kirsten Holmgaard""")

M("", """Hvornår har Sundhedshuset åbent i påskeugen? Jeg skal bare hente en brochure om rygestop til min arbejdsplads.""")

M("e", """Kære borgmester

Nu har fogeden skrevet til mig igen. Jeg har fået et møde i fogedretten den 4. juni pga. de 23.000 kr jeg skylder til Ishøj Forsyning. Jeg har simpelthen ikke pengene, og jeg ved ikke hvem jeg skal ringe til.

Mvh Rasmus Kjær, Vejleåvej 88, 1. th""")

M("", """Til Økonomiudvalget

Jeg har læst i Ishøj Avis at kommunen skylder 40 mio. kr i anlægsgæld fra svømmehallen. Hvordan kan det være at der så er penge til en ny rundkørsel? Det er dårlig økonomistyring efter min mening.

Hilsen en bekymret skatteyder""")

M("p", """Hej Jens

Vi har haft fremvisning af huset på Brøndagervej i weekenden og der kom to bud, men ejendomsmægleren siger vi skal vente på svar fra køberens bank før skødet kan underskrives. Spørgsmålet er om vi kan udskyde fraflytningen fra kommunens side indtil det hele er faldet på plads? Vi har jo en aftale om børnehaveplads i Brøndby fra 1. august.

Mvh Lene og Thomas Vestergaard""")

M("", """Kommunen sælger jo storparcellerne ved Vildtbanevej. Er der en dato for hvornår udbuddet kommer, og skal man byde gennem en mægler eller direkte til Byudvikling og Natur?""")

M("t", """Hej, min far kommer oprindeligt fra Eritrea og taler næsten kun tigrinya. Han har fået et brev om sin ejendomsskat som han ikke forstår. Kan kommunen sende det på engelsk, eller kan jeg komme med og oversætte?

Yonas Tesfay""")

M("", """Hej. Vi skal lave et tema i 8.b om indvandring i Ishøj fra 1970'erne til i dag. Har kommunen statistik over hvor mange der kom fra Tyrkiet og Pakistan dengang? Vi har fundet lidt på Danmarks Statistik men ikke pr. kommune.

Mvh Lærke, lærer på Vibeholmskolen""")

M("s", """Hej Ishøj Kommune

Jeg hedder Mads Krogh og bor på Tranegilde Strandvej. Min mand Jonas og jeg vil gerne høre om vi kan få et ekstra P-tilladelse, fordi vi begge pendler i bil og der kun følger én med lejligheden.

Mvh Mads""")

M("", """Kan I fortælle om kommunen flager med regnbueflaget igen i år under Copenhagen Pride? Jeg synes det var flot sidste år ved rådhuset.""")

M("b", """Hej

Vores søn Bilal går i 3. klasse på Strandgårdskolen. I ramadanen faster han og resten af familien, og vi vil gerne have at han må sidde i biblioteket i spisefrikvarteret i stedet for i kantinen. Hvem skal vi tale med om det?

Venlig hilsen Samira og Karim El-Amin""")

M("", """Er det rigtigt at moskeen på Industrivej skal udvides? Jeg bor lige overfor og vil gerne vide om der kommer en høring om parkeringen.""")

M("u", """Kære Jobcenter

Jeg har snakket med min tillidsmand fra 3F på lageret, og han siger at jeg godt kan sige nej til den praktik I har sendt mig fordi det er inden for mit eget fag. Kan I bekræfte det skriftligt?

mvh Dennis Hansen""")

M("", """Hej. Vi er en gruppe naboer der vil bruge fagforeningens lokaler på Ishøj Stationsvej til et beboermøde om trafikken. Ved I om kommunen har en aftale med dem om udlån, eller skal vi spørge dem direkte?""")

M("he", """Til borgerrådgiveren

Jeg har fået afslag på en enkeltydelse til en ny seng. Jeg har diskusprolaps og min fysioterapeut på Ishøj Fysioterapi har skrevet at jeg skal have en seng med hævefunktion. Jeg lever af kontanthjælp og kan ikke selv betale 9.000 kr.

Jeg vil klage.

Hilsen Birgitte Svane
cpr [[120467-2214]]""")

M("", """Hej borgerrådgiver, hvor lang tid har man til at klage over en afgørelse om enkeltydelse? Det er ikke til mig selv, jeg skriver en opgave om klageadgang på socialrådgiveruddannelsen.""")

M("ht", """hej jeg har en tid på Tandlægeskolen i næste uge fordi min datter skal have trukket to tænder under bedøvelse. hun er født i Polen og vi taler polsk hjemme, hun er bange for at de ikke forstår hende. kan kommunen skaffe tolk? mvh Agnieszka Nowak""")

M("", """Gælder tolkeordningen også når man skal til tandlæge i den kommunale tandpleje, eller kun hos lægen? Jeg arbejder frivilligt i lektiecaféen og bliver tit spurgt.""")

M("e", """Hej Henrik

Jeg har været i pantelånerbutikken på Ishøj Bygade med min vielsesring igen, for at få til husleje denne måned. Jeg har to drenge og lønnen fra rengøringsjobbet rækker bare ikke. Kan du ikke sige til kommunen at de skal hjælpe os med noget?

Marianne""")

M("", """Til Erhvervsafdelingen: jeg har planer om at åbne en pantelånerforretning i Ishøj Bycenter. Hvilke tilladelser skal jeg søge hos kommunen, og er der krav til vinduesskodder?""")

M("p", """Hej,

Sælger har accepteret vores bud på rækkehuset på Holmeagervej 31 med forbehold for advokatgennemgang. Vi mangler bare at få tjek på om der er en kommunal kloakeringssag på grunden inden vi skriver under. Kan I sende hvad I har?

Venlig hilsen
Sofie Lund""")

M("", """Vi købte Holmeagervej 33 tilbage i 2011, og handlen har selvfølgelig været afsluttet i mange år, men nu skal vi bruge et kopi af byggetilladelsen til carporten. Har I den i arkivet?""")

M("b", """Hej Ishøj Kommune,

Jeg er med i Jehovas Vidner i Ishøj-menigheden, og vi er flere der har spurgt: kan man blive fritaget for at deltage i julefrokosten på sit arbejde i hjemmeplejen uden at det giver problemer? Jeg er selv ansat som social- og sundhedshjælper.

Mvh Ruth""")

M("", """Hvad koster det at leje Ishøj Kirkes sognegård til en konfirmation? Eller er det kirken selv man skal spørge?""")

M("s", """hejsa! min kone Mette og jeg er lige flyttet til Ishøj Strand og vil gerne melde vores datter til dagplejen. hvordan gør man det? - Camilla""")

M("", """Hej, har I kunnet se den nye film om de to homoseksuelle fodboldspillere i Ishøj Bio? Jeg synes kommunen burde vise den gratis i ungdomsklubben, den er vigtig for de unge.""")

M("tb", """Kære Byråd

Jeg er født i Bosnien og kom hertil som barn. Jeg er muslim og går med tørklæde, og i sidste uge fik jeg at vide i svømmehallen at jeg ikke måtte bruge burkini i det store bassin. Er det kommunens regel?

Amra Hodžić""")

M("", """Jeg har et generelt spørgsmål: hvad er reglerne for badetøj i Ishøj Svømmehal? Jeg har set skilte om at man skal bade uden badetøj før, men ikke hvad man må have på i bassinet.""")

M("u", """Hej

Jeg er FOA-tillidsrepræsentant på Plejecenter Ishøjgård og vil gerne have et møde med Ældreudvalgets formand om vagtplanerne i weekenderne.

Mvh Gitte Albrechtsen""")

M("", """Hvem er arbejdsgiverrepræsentant på Plejecenter Ishøjgård, og hvem sidder i MED-udvalget? Jeg er journalist på Vestegnens Lokalradio og laver et indslag om rekruttering.""")

M("he", """Til Ydelsescentret

Jeg har ikke kunnet arbejde siden februar. Lægen kalder det en angstlidelse og jeg går hos psykolog på Psykiatrisk Center Glostrup hver tirsdag. Min sygedagpengesag kører nu, men jeg har ikke fået udbetalt noget for marts. Mit personnummer er [[030995 1428]].

Med venlig hilsen
Jakob Frandsen""")

M("", """Gode folk i Ydelsescentret. Jeg vil bare spørge hvad satserne for sygedagpenge er i 2026, og om der er sket ændringer siden sidste år. Det er til en artikel i grundejerforeningens blad.""")

M("", """Hej, jeg modtog i dag en faktura fra Vestforbrænding med nummer 2107893456. Jeg kan ikke se hvilken adresse den gælder for. Kan I hjælpe? Kundenummer 1502721188.

Hilsen Poul Erik""")

M("", """Kære Ishøj Kommune, jeg vil bare sige at jeg ikke selv er syg, men jeg er bekymret for alle de ældre i Ishøj der ikke kan komme til lægen efter at lægehuset i Ishøj Landsby lukkede. Kan kommunen ikke gøre noget?""")

M("e", """Hej Jobcentret

Jeg er blevet opsagt fra Netto i Ishøj Bycenter pr. 31. maj. Skal jeg melde mig ledig hos jer eller hos a-kassen først? Jeg er medlem af ASE.

Mvh Tobias""")

M("eu", """hej jeg er blevet fyret fra byggepladsen på Ishøj Havn og min 3F a-kasse siger at jeg skal tilmelde mig på jobnet inden i morgen men jeg kan ikke logge ind med mitid. cpr. [[1808891217]] kan i hjælpe

/Kenneth""")

M("", """Hej, hvor holder 3F, HK og Dansk Metal deres informationsmøder under Jobmessen i Ishøj Idrætscenter? Der stod ikke noget i programmet.""")

M("p", """Hej Brian

Naboen i nr. 9 på Engsvinget har haft ejendomsmægler ude i går og der er et Til Salg-skilt i haven nu. Før køberne kommer, vil jeg gerne have afklaret skellet ved hækken, den står nemlig 40 cm inde på vores grund. Kan kommunen hjælpe, eller er det privatretligt?

Mvh Ole""")

M("", """Skel og hække mellem naboer er vel et privatretligt spørgsmål? Jeg spørger generelt, for vi i grundejerforeningen vil skrive en vejledning til nye beboere.""")

M("h", """Hej Ishøj Kommune,

Vores søn Oliver (7 år) har fået ordineret Ritalin af børnepsykiatrien på Bispebjerg, og skolen skal give ham pillen kl. 11. Hvem på Gildbroskolen tager sig af det?

Mvh Dorte og Peter Bang""")

M("", """Hvad er skolernes politik for medicinudlevering? Må lærerne give børn hovedpinepiller, eller skal der altid en skriftlig aftale med forældrene til?""")

M("s", """Hej

Jeg, Niels Brandt, og min forlovede Anders skal giftes på Ishøj Rådhus i september. Kan vi booke byrådssalen på en lørdag?

Venlig hilsen Niels""")

M("", """Kan man blive gift på rådhuset på en lørdag? Hvad koster det og hvor lang tid er ventetiden? Min kæreste og jeg overvejer det.""")

M("bt", """Kære Kultur- og Fritidsudvalg

Vi er en gruppe sikh-familier med punjabisk baggrund i Ishøj, og vores gurdwara i Brøndby er for lille til Vaisakhi. Kan vi låne Ishøj Idrætscenter den 13. april? Jeg er selv kontaktperson.

Harpreet Singh Gill, Ishøj Søvej 5""")

M("e", """Hej

Jeg sidder i en kæmpe restance på huslejen til boligselskabet, 3 måneder, og nu har de sendt en opsigelse. Jeg var hos Boligsocialt Hus i går og de sagde at jeg skulle skrive her. Hvad sker der nu? Skal jeg ud?

Khadija""")

M("", """Hvad laver Boligsocialt Hus egentlig? Jeg har boet i Vejleåparken i 20 år og har aldrig været derinde. Er det kun for dem der har problemer, eller kan alle komme?""")
