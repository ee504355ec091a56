"""corpus11 part A: health, in many wordings, and hard negatives on health topics."""
from common import M

# --- health, single category -------------------------------------------------------

M("h", """Kære Susanne

Jeg skriver til dig som formand for Social- og Sundhedsudvalget. Min søn Elias på 9 år har type 1-diabetes, og skolen på Vejlebrovej vil ikke længere hjælpe ham med at måle blodsukker i frikvarteret. Han er for lille til selv at styre insulinpumpen. Kan du tage det op?

Venlig hilsen
Marianne Holt""")

M("h", """hej borgmester. min mor har fået konstateret alzheimers og glemmer at slukke komfuret. hvem i kommunen skal jeg ringe til om et komfurvagt? mvh Bo""")

M("h", """Til Center for Voksne og Velfærd

Jeg har sklerose og bruger rollator det meste af tiden. Fortovet ved busstoppestedet på Ishøj Stationsvej er så skævt, at jeg er væltet to gange. Vil I se på det?

Hilsen
Annette Brink""")

M("h", """Hej Kasper

Tak for snakken ved torvet lørdag. Som jeg fortalte, var jeg indlagt på Hvidovre i tre uger efter min blodprop i hjernen, og genoptræningen er bare ikke gået i gang endnu. Der er gået seks uger. Kan du finde ud af hvorfor?

Mvh Torben Kragh""")

M("h", """Kære borgerrådgiver

Jeg vil gerne klage over en medarbejder i jobcentret, som til et møde sagde højt foran andre, at min depresion "nok bare var dovenskab". Jeg har været i behandling hos psykiater i to år og får antidepressiv medicin. Jeg følte mig ydmyget.

Jeg ønsker at være anonym over for medarbejderen.

Hilsen en borger""")

M("h", """Hej. Jeg er gravid i 7. måned og har fået at vide at vi ikke kan få plads i vuggestuen før april. Kan man blive skrevet op allerede nu? Mvh Sara""")

M("h", """Til hovedpostkassen

Min datter på 14 har anoreksi og har været indlagt på børne- og ungdomspsykiatrien på Bispebjerg siden august. Skolen sender stadig fraværsbreve til os, som om hun pjækker. Kan nogen få det stoppet?

Med venlig hilsen
Louise og Jens Kjær""")

M("h", """Til udvalgsformanden for Teknik og Miljø

Jeg er kørestolsbruger efter en trafikulykke i 2019 (rygmarvsskade). Handicapparkeringen ved Ishøj Bycenter er blevet flyttet 80 meter væk fra indgangen. Det kan jeg ikke klare om vinteren.

Venlig hilsen
Claus Mørk""")

M("h", """Hej Hanne, jeg har været sygemeldt med stress siden maj og min arbejdsgiver er kommunen. Jeg tør ikke skrive til min leder. Hvem kan jeg tale med fortroligt? /Rikke""")

M("h", """Kære borgmester

Min far på 79 er blevet næsten blind på grund af grøn stær og kan ikke længere læse sin post. Han har brug for hjælp til at få Digital Post læst op. Findes der en ordning?

Venlig hilsen
Henriette Nørgaard
Gadekærvej 14""")

M("he", """Til Center for Børn og Forebyggelse

Vores søn Malthe er udredt med autisme og ADHD og får Ritalin. Han klarer ikke at være i en klasse med 28 elever. Vi har ventet på et svar om specialklasse siden januar. Hvornår kommer det?

Med venlig hilsen
Pia og Morten Lund""")

M("h", """hej
jeg drikker for meget og vil gerne i alkoholbehandling men ved ikke om jeg skal gå til lægen først eller direkte til jer. kan jeg være anonym?
mvh""")

M("h", """Kære Ahmed

Du spurgte efter borgermødet, hvorfor jeg gik før tid. Jeg har epilepsi, og lysstofrørene i salen blinkede. Måske kan I tænke på det næste gang.

Hilsen Ida Friis""")

M("h", """Til borgmesterens PA

Jeg vil gerne have et møde med borgmesteren om min mand, som har KOL i sidste stadie og bruger ilt hele døgnet. Vi bor på 3. sal uden elevator og han har ikke været ude i fire måneder. Vi har skrevet os op til en stuelejlighed hos boligselskabet.

Venlig hilsen
Birgit Sørensen""")

M("he", """Hej. Jeg fik en arbejdsskade på lageret i marts (knust fod) og mangler stadig svar om hjælpemidler. Sagsnr. 24-118732. Mvh Dennis""")

M("h", """Kære udvalg

Jeg har været i fertilitetsbehandling i tre år, og vi har endelig fået en lille pige. Under behandlingen måtte jeg tage mange fridage fra mit job på rådhuset, og min leder har lavet en fraværssamtale, hvor det blev brugt imod mig. Er det rimeligt?

Med venlig hilsen
Nanna""")

M("h", """Hejsa Lone

Kort: min bror Steffen er på metadon og henter det på Ishøj Apotek. Nu er hans hjemmesygeplejerske stoppet og ingen ved hvem der tager over. Kan du hjælpe med at finde ud af det?

Knus Tina""")

M("h", """Til Sundhedsplejen

Jeg aborterede i uge 11 for to uger siden og har stadig et brev liggende om første hjemmebesøg. Vil I venligst aflyse det? Jeg kan ikke klare at tale med nogen om det lige nu.

Mette""")

M("h", """Kære borgerrådgiver

Jeg har PTSD efter min udsendelse til Afghanistan og kan ikke tåle at vente i et fyldt venteværelse. Borgerservice har nægtet mig en tid uden for åbningstiden. Jeg synes, de burde kunne tage hensyn.

Med venlig hilsen
Kim Vestergaard""")

M("h", """Hej, min svigermor er lige blevet opereret for tyktarmskræft og kommer hjem på fredag med stomi. Hvem bestiller stomiposer? Vi aner det ikke. Hilsen Jannik""")

M("h", """Kære Peter

Jeg er 34 og har long covid efter en infektion for to år siden. Jeg bliver hurtigt udmattet og kan ikke gå hele vejen fra stationen til biblioteket uden pause. Kunne der komme et par bænke på stien?

Mvh Signe Aagaard""")

M("h", """Til Ishøj Kommune, hjælpemiddelafdelingen

Jeg er døv fra fødslen og vil gerne høre om der kan bevilges tolk til forældremødet i 3.B på Strandskolen den 14. november.

Venlig hilsen
Anders Holm""")

M("he", """hej jeg har bipolar lidelse og er lige blevet udskrevet fra psyk. min kontaktperson i socialpsykiatrien er på barsel. hvem skal jeg kontakte nu?? vh Frederik""")

M("h", """Kære Borgmester Merete

Jeg skriver på vegne af min nabo, fru Olsen i nr. 22, som efter sin hjerneblødning sidder i kørestol og ikke kan komme ud, fordi rampen ved opgangen er fjernet under renoveringen. Hun har givet mig lov til at skrive.

Med venlig hilsen
Erik Bach
Strandgårdsparken 20""")

# --- health together with other categories ----------------------------------------

M("he", """Til Jobcentret

Jeg har haft gigt i begge hænder siden jeg var 40 og kan ikke længere arbejde som frisør. Jeg har været på kontanthjælp i et år nu. Min sagsbehandler vil sende mig i praktik i en bagerbutik, hvor jeg skal ælte dej. Det kan jeg ikke.

Hilsen
Jette Mikkelsen""")

M("he", """Kære Anja

Min mand har fået en hjerneskade efter et fald og får nu hjemmehjælp tre gange om dagen. Men hjælperne kommer på alle mulige tidspunkter, og han har ofte ikke fået sin medicin kl. 8. Kan du tage det med til udvalget?

Venlig hilsen
Grethe Poulsen""")

M("he", """hej

jeg er blevet sygemeldt med diskusprolaps og har fået brev om at mine sygedagpenge stopper om 3 uger pga. varighedsbegrænsningen. jeg kan stadig ikke sidde ned. hvad gør jeg? huslejen er 8.400 og jeg har ingen opsparing.

Ali""")

M("hu", """Kære borgmester

Jeg er social- og sundhedsassistent i hjemmeplejen og tillidsrepræsentant for FOA. En kollega og jeg har begge fået slidgigt i knæene efter år med tunge løft uden lift. Vi har anmeldt arbejdsskade. Jeg vil gerne mødes med dig om arbejdsmiljøet.

Med venlig hilsen
Lise Damgaard""")

M("hs", """Hej Karin

Min kone Trine fik konstateret brystkræft i sommer og er i kemo. Jeg har søgt om at få hende fritaget fra at skulle hente vores søn, men SFO'en siger at kun den ene af "mødrene" står registreret. Kan I rette det, så jeg også står som forælder i systemet?

Mvh Camilla Bjerre""")

# --- hard negatives on health topics ----------------------------------------------

M("", """Hej, hvad er åbningstiderne i Sundhedshuset i juleugen? Mvh Lars""")

M("", """Til hovedpostkassen

Hvor kan man blive influenzavaccineret i Ishøj i år? Sidste år var det på apoteket, men de siger nu, at det er slut.

Venlig hilsen
Kirsten Hald""")

M("", """Kære udvalgsformand

Jeg er sygeplejerske og har arbejdet på Hvidovre Hospital i 22 år. Jeg vil gerne opfordre udvalget til at prioritere en bedre busforbindelse fra Ishøj til hospitalet, for mange kolleger kører 50 minutter hver vej.

Med venlig hilsen
Birthe Kjeldsen""")

M("", """Hej
Jeg har ikke fået mit nye gule sygesikringskort efter flytningen til Ishøj Strandvej. Hvor lang tid tager det? 
Ring gerne på 22 45 17 89.
Mvh Jesper""")

M("", """Kære borgmester

Kræftens Bekæmpelse holder landsindsamling søndag, og vi er 14 frivillige fra Ishøj Landsby. Må vi stille en bod op foran Ishøj Bycenter fra kl. 10?

Venlig hilsen
Hanne Vinther, indsamlingsleder""")

M("", """Til Social- og Sundhedsudvalget

Jeg synes, det er forkert at lukke genoptræningscentret om lørdagen. Genoptræning er vigtig for byens ældre, og kommunen bør prioritere det højere i budgettet.

Hilsen
Poul Eriksen""")

M("", """Hej, min far døde i marts. Hvem skal jeg kontakte angående gravstedet på Ishøj Kirkegård og vedligeholdelsen? /Pernille""")

M("", """Kære Kasper

Jeg er 84 år og vil gerne vide, om der stadig kører en seniorbus til svømmehallen om tirsdagen. Jeg har ikke kunnet finde køreplanen på nettet.

Venlig hilsen
Edith Larsen""")

M("", """Til Center for Voksne og Velfærd

Jeg vil gerne søge job som social- og sundhedshjælper i hjemmeplejen. Hvor kan jeg se ledige stillinger, og er der krav om kørekort?

Mvh Yasmin""")

M("", """hej. er der hjertestarter i hallen ved Ishøj Idrætscenter? vores badmintonklub spørger. tlf 40 12 88 31""")

M("", """Kære borgmester

Der ligger mange brugte kanyler i buskene ved legepladsen i Ishøj Bypark. Det er farligt for børnene. Kan driften rydde op hurtigst muligt?

Med venlig hilsen
Mikkel Sand""")

M("", """Til Sundhedsplejen

Vi holder et kursus i førstehjælp for babyforældre i Medborgerhuset den 3. februar. Må vi lægge en folder i venteværelset?

Hilsen
Foreningen Forældrenetværket Ishøj""")

M("", """Hej Hanne

Hvor mange ansatte er der i den kommunale tandpleje i dag, og hvor lang er ventetiden for børn på et almindeligt eftersyn? Jeg skal bruge det til en opgave på HF.

Tak, Malou""")

M("", """Kære Teknik- og Miljøudvalg

Flåterne er slemme i skoven ved Tranegilde i år. Kunne kommunen sætte skilte op med råd om flåtbid ved indgangene?

Mvh Lene Birk""")

M("", """Til borgerrådgiveren

Jeg ringede til Sundhedshuset fem gange i sidste uge, og telefonen blev aldrig taget. Det er dårlig service. Jeg ville bare spørge om parkeringsforholdene ved den nye bygning.

Hilsen
Svend Aage Holm""")

M("", """Hej! Kommer Blodbussen til Ishøj igen i år? Vi er en gruppe fra arbejdet, der gerne vil melde os som bloddonorer. Hilsen Thomas""")

M("", """Kære Anja

Som formand for Ishøj Seniorråd vil jeg spørge, hvornår udvalget behandler den nye demensstrategi. Vi vil gerne give høringssvar.

Med venlig hilsen
Knud Rasmussen, formand""")

M("", """Til hovedpostkassen

Vi har bestilt en ny madras til plejecentret som gave fra støtteforeningen. Ordrenr. 2811240097. Hvem skal kvittere for modtagelsen?

Venlig hilsen
Støtteforeningen for Ishøj Plejecenter""")

M("", """Hej, hvor mange pladser er der på det nye aflastningshjem, og hvornår åbner det? Jeg er journalist på Ishøj Avis. Mvh Rasmus Kold, tlf. 31 22 09 84""")

M("", """Kære borgmester

Jeg vil bare sige tak for den flotte indsats under hedebølgen, hvor kommunen ringede rundt til ældre og mindede dem om at drikke vand. Det var omsorg, der virkede.

Med venlig hilsen
Gudrun Iversen""")

M("", """Til Social- og Sundhedsudvalget

Vedr. Sundhedshusets nye telefontider

Jeg har set, at Sundhedshuset fra 1. januar kun tager telefonen mellem kl. 8 og 10. Før var det mellem 8 og 14.

Som pårørende-repræsentant i Ældrerådet hører jeg fra mange, at to timer er for lidt. Især for ældre, der ikke bruger computer, er telefonen den eneste vej ind.

Jeg vil foreslå, at udvalget overvejer:
- en længere telefontid mindst to dage om ugen
- en mulighed for at blive ringet op
- en fysisk skranke i Sundhedshuset om formiddagen

Jeg hører gerne fra jer.

Med venlig hilsen
Ruth Krogsgaard
Ishøj Ældreråd""")
