"""Part H: hard negatives on the emphasis subjects (events, policy, statistics, professions,
language skills, food, look-alike numbers), mixed with positives hidden in P.S. and signatures."""
from common import M

M("", """
Hej

Kommunen holder Ramadan-fest (iftar) for alle borgere på Ishøj Torv den 3. marts. Skal man tilmelde sig, og er der plads til barnevogne?

Mvh
Louise
""")

M("", """
Kære Kultur- og Fritidsudvalg

Tak for en fantastisk Pride-fest i Ishøj Strandpark. Jeg håber, den bliver en tradition. Der manglede dog toiletter.

Venlig hilsen
Hans Erik, Ishøj Strand
""")

M("", """
Hej

3F holder kongres i Aalborg i uge 40. Vi er nogle fra Ishøj Havn der gerne vil samkøre. Har kommunen en samkørselsordning for borgere, eller er det kun for ansatte?

Mvh Kenneth
""")

M("", """
Hej

Jeg er ansat i FOA og skal holde et oplæg om arbejdsmiljø i hjemmeplejen for jeres ledere. Hvor mange deltagere skal jeg regne med?

Venlig hilsen
Lisbeth Kjær, konsulent, FOA
""")

M("", """
Hej

Hvor stor en andel af Ishøjs borgere har indvandrerbaggrund i 2025? Jeg kan kun finde tal fra 2022 på Danmarks Statistik.

Mvh
Trine, gymnasielærer
""")

M("", """
Kære Byråd

Jeg synes, det er forkert at flage med regnbueflaget på rådhuset. Et rådhus skal være neutralt. Jeg håber, I tager det op.

Venlig hilsen
Kjeld Andersen
""")

M("", """
Hej

Er det rigtigt, at kommunen vil ansætte en LGBT+-konsulent i Ungdomsskolen? Hvad koster det?

Mvh
Borger i Ishøj
""")

M("", """
Hej Jobcentret

I stillingsopslaget for "kulturmedarbejder" står der, at I søger en der taler somali eller arabisk. Skal man dokumentere det med et certifikat?

Mvh
Ahmed
""")

M("", """
Til Ishøj Kommune

Jeg er sygeplejerske og søger stilling som hjemmesygeplejerske. Kræver det erfaring med diabetes og sårpleje, eller oplærer I selv?

Venlig hilsen
Malene Dahl
""")

M("", """
Hej

Vi vil gerne lave en grønlandsk madaften i Ishøj Medborgerhus med suaasat og tørfisk. Skal vi have en tilladelse fra Fødevarestyrelsen, eller er det nok med jeres lokaleleje?

Mvh
Inuusuttut Ishøj
""")

M("", """
Hej

Hvorfor er der ikke halal-kød i skolernes madordning? Min nabo siger, det ville være billigere at have det samme til alle.

Mvh
Dorte
""")

M("", """
Hej

Tidligere sagsnummer 150389-1234 er lukket, men jeg har fået et nyt brev om samme sag med nummer 27.12.04-G01-3-25. Hvilket nummer skal jeg bruge?

Mvh
Ib Holst
""")

M("", """
Hej

Faktura 2304851999 fra Ishøj Forsyning er betalt den 23. april. Vi har alligevel fået en rykker. Kan I rette det?

Mvh
Bogholderiet, Ishøj Tandklinik
""")

M("", """
Kære Sundheds- og Ældreudvalg

Hvor mange borgere i Ishøj har diagnosen demens i dag, og hvad forventer I om ti år? Jeg skriver speciale om demensvenlige kommuner.

Med venlig hilsen
Astrid Holm, KU
""")

M("", """
Hej

Jeg underviser i dansk som andetsprog på Sprogcentret og vil gerne tage mit hold på besøg på rådhuset. Kan vi få en rundvisning en tirsdag formiddag?

Mvh
Birgitte Kragh
""")

M("", """
Hej

Hvad gør kommunen for at forebygge racisme i idrætsforeningerne? Vi er en fodboldklub og vil gerne lave en kampagne sammen med jer.

Mvh
Ishøj IF, bestyrelsen
""")

M("", """
Hej

Jeg står for introduktionskurset for nye tillidsrepræsentanter i kommunen. Hvilket lokale kan vi bruge den 12. januar?

Mvh
Personaleafdelingen, HR-konsulent Bo Krag
""")

M("", """
Hej

Vil kommunen give fri med løn, hvis ansatte deltager i generalstrejken mod den nye arbejdstidsreform? Jeg spørger på vegne af nogle kolleger.

Mvh
En medarbejder i Vej og Park
""")

M("", """
Hej

Hvor mange af kommunens ansatte er organiseret i en fagforening? Vi laver et tema om den danske model i 9. klasse.

Mvh
Klasselærer, Strandgårdskolen
""")

M("", """
Hej

Jeg har hørt, at Sundhedshuset har lukket for hiv-test. Er det rigtigt? Hvor henviser I så hen?

Mvh
AIDS-Fondet, frivilligafdelingen
""")

M("", """
Hello,

I'm organising a language café for Ukrainian, Arabic and Danish speakers at the library. Can we borrow the meeting room on Thursdays from 17 to 19?

Best,
Olga (volunteer)
""")

M("", """
Hej

Der skal være et arrangement om kurdisk kultur og musik på Ishøj Kulturhus i april. Hvem er arrangør? Jeg vil gerne være frivillig.

Mvh Camilla
""")

M("", """
Hej

Jeg kan se på jeres hjemmeside, at kommunen tilbyder gratis tolkning ved lægebesøg. Gælder det alle sprog, eller kun arabisk og tyrkisk?

Mvh
Dorthe, praksissekretær
""")

M("", """
Kære Borgmester

Tillykke med den nye integrationsplan. Jeg synes den mangler et afsnit om ældre med minoritetsbaggrund. Vil I tilføje det?

Venlig hilsen
Ældrerådet
""")

M("", """
Hej

Vi vil gerne sælge æbleskiver og gløgg på julemarkedet på Ishøj Torv. Skal vi søge om stadeplads hos jer?

Mvh
Spejderne i Ishøj
""")

M("", """
hej. hvorfor bliver der ikke ryddet sne på cykelstien ved Vejleåparken?? det er 3. dag nu. mvh en sur cyklist
""")

M("", """
Hej

Jeg er ved at skrive en bog om Ishøjs historie og vil gerne høre om de første gæstearbejdere fra Tyrkiet og Pakistan i 1970'erne. Har Stadsarkivet noget materiale?

Venlig hilsen
Jens Ole Mikkelsen, lokalhistoriker
""")

M("", """
Hej

Hvor mange gravide i Ishøj ryger? Jeg er jordemoder og vil gerne starte et rygestophold for gravide, hvis der er behov.

Mvh
Sanne Lund, jordemoder
""")

M("", """
Hej Ishøj Kommune

Kan I anbefale nogle restauranter med libanesisk eller tyrkisk mad til vores firmafest? Vi vil gerne støtte lokale forretninger.

Mvh
Ishøj Erhvervsforening
""")

M("", """
Hej

Hvornår er der afstemning om den nye lokalplan for Ishøj Landsby? Vi vil gerne høre, om der kommer flere boliger til salg.

Mvh
Familien Thorsen
""")

M("", """
Hej

Hvad er ventetiden på en almen bolig i Ishøj for en familie på fire? Vi bor i Brøndby og overvejer at flytte.

Mvh
Henrik
""")

M("t", """
Hej

Vedr. stadepladsen til julemarkedet: vi tager gerne den plads ved springvandet igen. Vi sælger hjemmelavet baklava.

P.S. Sidste år råbte en mand "tilbage til Syrien med jer" til min mor, som står i boden. Kan I sørge for lidt vagt?

Mvh
Rasha Al-Hamwi
""")

M("s", """
Hej Kultur- og Fritidsudvalget

Jeg skriver som frivillig ved Pride-festen: Det gik godt, og vi vil gerne gøre det igen.

Personligt vil jeg også takke jer. For mig som lesbisk kvinde på 61 var det første gang, jeg gik i et optog i min egen by.

Kh
Bodil Vang
""")

M("u", """
Hej Teknik og Miljø

Bump på Vejleåvej ved nr. 30 er gået i stykker og bilerne kører alt for hurtigt. Det er farligt for børnene.

Venlig hilsen
Carsten Mørch
Tillidsrepræsentant, 3F, Ishøj Havn
""")

M("h", """
Hej

Kan I flytte containeren til haveaffald fra parkeringspladsen ved Tranegildevej? Den fylder to pladser.

P.S. og det er svært at komme ind og ud af bilen, når man går med krykker som jeg gør efter min knæoperation.

Mvh
Hanne Bruhn
""")

M("t", """
Hej

Tak for jeres svar om sprogcafeen. Jeg har selv tyrkisk som modersmål, min far er fra Izmir, så jeg vil gerne være frivillig og hjælpe.

Mvh
Elif Jensen
""")

M("s", """
Kære Ishøj Bibliotek

Min søn Oskar (12) bad mig skrive. Han vil gerne have flere bøger om drenge der er forelskede i drenge, for han er selv homo og kan ikke finde nogen. Tak!

Lise
""")

M("uh", """
Hej

Undskyld den sene tilbagemelding om skolebestyrelsesmødet. Jeg har været sygemeldt med en hjernerystelse.

Hilsen
Ulla Brinch
Lærer og TR (DLF) på Ishøj Skole
""")

M("", """
Hej

Jeg skal bruge et oversigtskort over alle legepladser i Ishøj til en turistfolder. Har I det digitalt?

Mvh
VisitVestegnen
""")

M("", """
Hej Borgerservice

Mit kørekortnummer er 31081974 og udløber i december. Kan jeg forny det online, eller skal jeg møde op?

Mvh
Kjeld
""")

M("t", """
Hej

Jeg er roma og har altid boet i Danmark. Min søn er blevet afvist ved indgangen til Ishøj Svømmehal to gange, fordi "I ved godt hvorfor". Jeg vil klage.

Mvh
Stefan Nikolov
""")

M("se", """
hej med jer. min far Bent (78) bor på plejecenteret og han har lige fortalt os at han er homoseksuel. Personalet har været søde ved ham. jeg ville bare sige tak for det
/ Lene
""")

M("se", """
Hej

Jeg bor på Ishøj Plejecenter, og min mand, Erik, bor hjemme i vores lejlighed. Vi har været gift i 22 år. Kan han få lov at overnatte hos mig en gang om ugen? Personalet siger, at det ikke er "normalt" at to mænd deler seng her.

Venlig hilsen
Arne Poulsen
""")

M("p", """
Hej

Vi har lige fået et bud på vores hus på Baldersbækvej 14, og køberne spørger til den nye støjvold. Kan I sende en tidsplan, så de kan beslutte sig inden fredag?

Mvh
Merete Olsen
""")

M("p", """
Kære Byråd

Som ejer af Ishøj Camping skal jeg have afklaret, om den nye strandplan rammer min matrikel. Jeg er i dialog med en køber om at sælge hele forretningen, og han vil vide det, før vi går videre.

Venlig hilsen
Niels Toft
""")

M("p", """
hej jeg prøver at sælge min andel i Ishøj Søpark men køberen vil have at kommunen siger om den nye altan er godkendt. Vi har aftalt pris men ikke skrevet under. kan i skynde jer?? / Mette
""")

M("pt", """
Hej

Jeg er indisk og driver frisørsalon på Ishøj Stationsvej. Ejendommen, hvor jeg lejer mig ind, er sat til salg, og jeg har givet et bud på den, men ejeren vil vide, om I har ændret lokalplanen. Hvem kan svare?

Mvh
Rajesh Kumar
""")

M("", """
Hej

Er Ishøj Kommune med i "Kampagnen mod homofobi" i skolerne i år? Vi er en gruppe forældre, der gerne vil have det.

Mvh
Forældrerådet, Vibeholmskolen
""")

M("", """
Hej

Jeg er teologistuderende og skriver opgave om tro og trossamfund på Vestegnen. Kan jeg få en liste over registrerede trossamfund i Ishøj?

Mvh
Simon Dahl
""")

M("", """
Hej

Hvorfor har kommunen ikke sat et skilt op ved handicaptoilettet i Ishøj Strandpark? Det er svært at finde.

Mvh
Jytte
""")

M("", """
Hej

Vores grundejerforening ønsker at holde et møde om indbrud i området. Kan vi få en medarbejder fra kommunens kriminalpræventive team?

Mvh
GF Tranegilde Mose
""")

M("", """
Hej

Kunne I ansætte flere der kan tale tyrkisk og urdu i Borgerservice? Det ville gøre det meget lettere for mange ældre.

Mvh
Et medlem af Integrationsrådet
""")

M("", """
Hej

CVR 38472910. Vi vil gerne byde på rengøringsopgaven på rådhuset. Hvornår kommer udbudsmaterialet?

Mvh
Rengøring Vest ApS
""")

M("", """
Kære Socialudvalg

Jeg vil gerne opfordre til, at kommunens socialrådgivere får kursus i LGBT+-forhold. Det har flere kommuner allerede.

Venlig hilsen
LGBT+ Danmark, lokalafdelingen Vestegnen
""")

M("", """
Hej

Hvornår flyttes Sundhedshuset til de nye lokaler, og kan man stadig få blodprøver taget i overgangsperioden?

Mvh Karen
""")
