"""Part C: sports clubs, confirmation and religious holidays, rainbow families, teachers' and coaches' mails."""
from common import M

M("b", """
Hej

Vores søn Emil skal ikke konfirmeres, vi er humanister og han skal i stedet have en nonfirmation hos Humanistisk Samfund. Kan han få fri fra skole den fredag i maj, ligesom de andre får blå mandag?

Mvh Lise Bjerre
""")

M("", """
Hej

Hvornår er blå mandag for 7. klasserne på Strandgårdskolen i 2027? Og gælder fridagen også for dem der ikke bliver konfirmeret?

Mvh
""")

M("b", """
Hej Tina

Zainab skal ikke med på lejrskolen i uge 12 fordi den falder i ramadanen og vi er muslimer. Hun vil gerne være med på dagsturene. Kan vi aftale det?

Mvh Fatima Hussein
""")

M("", """
Hej

Tager skolen hensyn til ramadanen når man planlægger lejrskoler? Det er et generelt spørgsmål fra forældrerådet.

Mvh
""")

M("b", """
Hej

Vi er katolikker og vores datter skal til første kommunion i Sankt Mikaels Kirke i Slagelse lørdag d. 24. maj. Hun er med i håndboldklubben, må hun springe kampen over uden at miste pladsen på holdet?

Mvh Anna Kowalski
""")

M("bt", """
Hej træner

Jeg er polsk og min søn Jakub også. Han har sagt at de andre drenge kalder ham "polakker-tyv". Vi går i kirke om søndagen og han kan derfor ikke komme til de tidlige kampe, men det er ikke en grund til at mobbe ham.

Mvh Tomasz Nowak
""")

M("", """
Hej Ishøj IF

Hvad koster kontingentet for U9 fodbold, og kan man få tilskud fra kommunen hvis man har lav indkomst? Generelt spørgsmål.

Mvh
""")

M("e", """
Hej

Jeg er arbejdsløs og kan ikke betale kontingent til min datters gymnastik. Jeg har hørt om fritidspas. Hvordan søger jeg? Hun hedder Emma og er [[030915-4127]].

Mvh Tanja
""")

M("", """
Hej kommune

Hvad er fritidspas for noget, og hvem kan få det?

Mvh
""")

M("s", """
Hej Ishøj Svømmeklub

Jeg er 15 og er bøsse. Jeg vil gerne stoppe med at skifte i fællesomklædningen fordi nogen fra holdet har sagt ting. Kan jeg skifte et andet sted? Jeg har ikke sagt det til min træner.

/M
""")

M("", """
Hej

Har svømmehallen kønsneutrale omklædningsrum? Det bliver diskuteret i vores skoleelevråd.

Mvh Elevrådet, Vejleåskolen
""")

M("s", """
Hej

Jeg er formand for regnbuefamilienetværket i Ishøj og selv medmor til to børn. Vi vil gerne låne et lokale på biblioteket til et forældrearrangement. Hvem skal jeg kontakte?

Mvh Charlotte Jepsen
""")

M("", """
Hej

Deltager kommunen i Copenhagen Pride i år? Mange af eleverne i udskolingen spørger om skolen marcherer med.

Mvh
""")

M("s", """
Hej

Mine to fædre kommer begge til forældresamtalen på torsdag. Kan vi få tiden kl. 16 i stedet for 15?

Mvh Oliver, 6.B
""")

M("s", """
hej lærer. jeg ville bare sige at jeg er lesbisk og har det svært med nogle af kommentarerne i timerne når vi snakker om familier. jeg vil gerne have at du siger noget til klassen men ikke nævner mit navn. /en elev fra 9.C
""")

M("sh", """
Kære skolesundhedsplejerske

Vores søn Alex har fortalt os at han er transkønnet og bruger pronomenet "hen". Han er også meget trist og har selvskadet. Min mand Jens og jeg vil gerne have hjælp. Kan vi få en samtale?

Med venlig hilsen
Mads Eriksen
""")

M("", """
Hej

Hvad tilbyder kommunen af rådgivning til LGBT+ unge? Har Ishøj et ungdomstilbud eller henviser I til Sabaah og LGBT+ Ungdom?

Mvh
""")

M("u", """
Hej Jakob

Jeg er lærer på Ishøj Skole og TR for DLF-klubben. Vi vil gerne have et møde med skoleudvalget om de nye lektionsplaner inden juleferien.

Venlig hilsen
Morten Krogh
""")

M("u", """
Hej

Jeg arbejder som pædagogmedhjælper i SFO'en og er medlem af FOA. Jeg har fået at vide jeg skal arbejde i vinterferien selvom jeg har ferie. Er det lovligt? Jeg skriver til dig som medlem af byrådet.

Mvh Sandra
""")

M("", """
Hej

FOA har lavet en kampagne om lønnen for pædagogmedhjælpere. Hvad mener partierne i byrådet om det? Jeg skriver fordi vi diskuterede det i min fagklasse på gymnasiet.

Mvh Anna
""")

M("u", """
Kære udvalg

Vi er tre dagplejere der alle er organiseret i FOA, og vi er bekymrede over de nye regler for gæstedagpleje. Vi vil gerne mødes med jer.

Med venlig hilsen
Gitte, Mona og Susanne
""")

M("u", """
Hej

Jeg er fodboldtræner i fritiden og til daglig elektriker i Dansk Metal. Jeg vil gerne søge kommunen om at få lys på banen ved Ishøj Idrætscenter så børnene kan træne om vinteren.

Mvh Steffen
""")

M("", """
Hej

Hvornår bliver der lys på kunstgræsbanen i Vejleå Park? Børnene træner i mørke i november.

Mvh en fodboldmor
""")

M("", """
Hej

Jeg er konsulent i BUPL og skriver på forbundets vegne om normeringerne i kommunens vuggestuer. Vi vil gerne have tallene for 2025 udleveret.

Med venlig hilsen
Birte Sloth, BUPL
""")

M("u", """
Hej

Jeg er pædagog og BUPL-medlem, men jeg skriver som mor. Min søn Magnus skal starte i børnehave og jeg vil gerne undgå Kløverly, hvor jeg selv arbejder. Kan vi ønske en anden børnehave?

Mvh Louise
""")

M("hue", """
Hej

Jeg er sygemeldt fra mit job som lærer med en diskusprolaps og har fået hjælp af min fagforening DLF til at søge om delvis raskmelding. Kan I fortælle hvornår næste opfølgningsmøde er? Cpr [[130679-1962]].

Mvh Birgitte Holm
""")

M("b", """
Kære Ole Larsen

Jeg er medlem af SF i Ishøj og mor til to børn i Troldehøj. Partiforeningen vil gerne invitere dig til et debatmøde om normeringer. Du er velkommen!

Mvh Marianne Brix
""")

M("", """
Kære Ole Larsen

Kan du komme og holde en tale ved indvielsen af den nye legeplads i Strandparken d. 4. maj?

Mvh Strandparkens beboerforening
""")

M("b", """
hej. jeg stemte på dig ved sidste valg fordi du lovede flere pædagoger. nu har jeg set at Troldehøj skal spare 3 stillinger. hvad skete der?

Pernille, mor til 2
""")

M("", """
Hej

Jeg synes byrådet skal bruge flere penge på daginstitutioner og færre på veje. Det er mine skattekroner.

Mvh
""")

M("b", """
Hej

Jeg er vegetar af etiske grunde og opdrager mine børn sådan. Vores børnehave vil kun tilbyde vegetarmad hvis vi har en lægeerklæring. Det er jo ikke en sygdom, det er en overbevisning. Kan I ændre reglerne?

Mvh
Katrine Vinding
""")

M("", """
Hej

Hvordan er reglerne for vegetarmad i kommunens daginstitutioner? Jeg vil bare vide det inden vi søger plads.

Mvh
""")

M("b", """
Kære skoleleder

Vores datter Hannah bærer kors fordi hun er troende kristen, og hun er blevet drillet for det. Vi vil bare have at I er opmærksomme.

Mvh familien Thorup
""")

M("b", """
Hej

Vi er sikher og vores søn Harjeet bærer turban. I idrætstimerne bliver han bedt om at tage den af. Det kan han ikke af religiøse grunde. Kan læreren få besked?

Mvh Gurpreet Singh
""")

M("", """
Hej

Må elever bære religiøse hovedbeklædninger i idræt i kommunens skoler? Vi mangler en politik, synes jeg.

Mvh Bo, idrætslærer
""")

M("bt", """
Hej

Jeg er jødisk og vores søn Aron skal have fri til Jom Kippur. Sidste år blev det registreret som ulovligt fravær. Kan I sørge for at det ikke sker igen?

Mvh Rebecca Levin
""")

M("", """
Hej

Kan man få fri fra skole til religiøse højtider, og hvordan søger man? Vi er ved at lave en guide til nye familier på biblioteket.

Mvh
""")

M("bt", """
Kære borgmester

Jeg er tyrkisk og muslim og har tre børn i Ishøj. Jeg vil gerne have at Eid bliver en fridag i skolerne, som de kristne helligdage er. Vi er mange i kommunen.

Med venlig hilsen
Mehmet Yilmaz
""")

M("", """
Kære borgmester

Skal Ishøj give fri på muslimske højtider? Jeg er imod det, vi skal holde fast i de danske helligdage.

Mvh Poul
""")

M("t", """
Hej

Min datter Leyla er halvt eritreansk og er blevet kaldt "abe" i omklædningsrummet til håndbold. Træneren gjorde intet. Jeg vil have at klubben tager racisme alvorligt.

Mvh Søren Nygaard
""")

M("", """
Hej Ishøj IF

Har klubben en politik mod racisme og mobning? Jeg overvejer at melde min søn ind.

Mvh
""")

M("t", """
hey det er Aisha fra 8.B. jeg er fra Afghanistan og kom til DK som flygtning da jeg var 8. vi skal skrive om "min historie" i dansk og jeg vil ikke skrive om det. kan jeg få en anden opgave?
""")

M("", """
Hej

Har kommunen materiale om flygtningebørn og traumer, som lærerne kan bruge? Jeg er lærer på Gildbroskolen.

Mvh Rasmus
""")

M("th", """
Hej sundhedsplejerske

Vi er en pakistansk familie og min svigermor mener at vores baby skal have modermælkserstatning, men jeg vil amme. Jeg har fået brystbetændelse to gange. Kan du komme på besøg igen?

Mvh Sana
""")

M("", """
Hej

Kommer sundhedsplejersken stadig på besøg når man har fået sit andet barn, eller kun ved det første?

Mvh
""")

M("h", """
Hej træner

Jonas har astma og skal tage sin spray før hver træning. Han glemmer det tit. Vil du minde ham om det?

Mvh far
""")

M("", """
Hej

Skal trænere i kommunale idrætsforeninger have førstehjælpskursus? Vi er et par forældre der gerne vil betale for et kursus.

Mvh
""")

M("h", """
Kære Ishøj IF

Min datter Clara er blevet opereret i knæet og er ude i 6 måneder. Kan vi få kontingentet sat i bero?

Mvh Lars Møller
""")

M("s", """
Hej Ishøj IF

Jeg og min kone Mette vil gerne være frivillige trænere for U7 piger. Vi har begge spillet i mange år. Hvem skal vi skrive til?

Mvh Julie Sørensen
""")

M("", """
Hej

Skal man have børneattest for at være frivillig træner, og hvordan får klubben den?

Mvh
""")

M("", """
Hej

Jeg har indbetalt kontingent til spejderne med kvitteringsnr. 2310210987, men min søn står stadig som ikke betalt. Kan I se på det?

Mvh
""")

M("b", """
Hej

Vi er troende baptister og ønsker ikke at vores søn deltager i halloween-festen i SFO'en. Kan han være i et andet rum?

Mvh
Ester og Jonathan Lind
""")

M("", """
Hej

Hvad laver SFO'en til halloween i år, og skal børnene have kostume med?

Mvh
""")

M("s", """
Hej Rikke

Jeg er Idas far. Jeg ville bare sige at Ida har fortalt derhjemme at hun er forelsket i en pige i klassen og er blevet drillet for det. Hun er bange for at I fortæller det videre. Kan vi tale sammen?

Mvh Thomas Bak
""")

M("", """
Hej

Er seksualundervisning i 7. klasse obligatorisk? Kan forældre se materialet på forhånd?

Mvh
""")
