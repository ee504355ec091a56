"""corpus61 part C: employers and managers writing to the jobcenter, directors' assistants
and committee chairs about staff, wage subsidies, flex jobs, § 56 and business sites."""
from common import M

M("e", """Til Jobcenter Ishøj, Virksomhedsservice

Vi har haft Simon Krogh i løntilskud hos os siden juni. Han gør det rigtig godt. Kan I fortælle mig, hvad hans plan hos jer er efter løntilskuddet slutter i februar? Vi overvejer at ansætte ham på ordinære vilkår, men vil gerne vide om der er et tilskud vi kan søge.

Med venlig hilsen
Rasmus Holt, driftsleder
Ishøj Autoteknik ApS""")

M("h", """Kære direktionsassistent

Vi er en mindre virksomhed med 14 ansatte. En af vores montører, Michael Juul, har epilepsi og har haft tre anfald i år, det ene på arbejdet. Han har ikke været sygemeldt længere perioder, men vi vil gerne søge en § 56-aftale så vi ikke står med hele udgiften når det sker igen. Hvem skal vi kontakte?

Venlig hilsen
Bettina Skov, HR
Skov & Søn Montage A/S""")

M("", """Hej Jobcentret

Vi søger to lagermedarbejdere til vores nye afdeling i Ishøj Erhvervspark. Vi vil gerne høre, om I kan hjælpe med rekruttering, og hvordan det foregår med at lave et jobopslag hos jer. Arbejdstid er dag og aften.

Mvh
Lene Fabricius
Fabricius Logistik, CVR 41203377, p-nr. 1023456789""")

M("pe", """Kære Erhvervsservice

Jeg ejer et mindre lager på Vejlebrovej, som jeg har sat til salg, da min virksomhed er gået konkurs i september. Der er en interesseret køber fra Greve, men han vil først købe, hvis han kan få lov at bruge bygningen til bilværksted. Kan I sige noget om det, før han giver endeligt bud?

Venlig hilsen
Klaus Berg""")

M("eh", """Til Jobcentret

Vores medarbejder Henriette (fleksjob, 15 timer om ugen pga. fibromyalgi) har spurgt mig, om hun kan gå ned til 12 timer. Hun har det skidt i vintermånederne. Hvordan ændrer vi aftalen, og påvirker det tilskuddet?

Mvh
Kirsten Dahl, leder af Café Strandlyst""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi har overvejet at ansætte en person i fleksjob, men forstår ikke helt reglerne for tilskud efter reformen. Kan nogen fra jer komme ud og forklare det for vores ledergruppe?

Hilsen
Tanja Villumsen
Ishøj Bageri""")

M("t", """Til formanden for Beskæftigelsesudvalget

Jeg driver en rengøringsvirksomhed med 22 ansatte, de fleste fra Østeuropa og Afrika. En af mine medarbejdere, Grace, er fra Nigeria. En kunde (en skole i kommunen!) har bedt om at "få en dansk pige i stedet". Jeg har nægtet. Jeg synes bare byrådet skal vide hvordan nogle af jeres egne ansatte opfører sig.

Venlig hilsen
Morten Sand
Sand Service ApS""")

M("eu", """Hej

Jeg er TR for HK'erne i Borgerservice. Jeg har en kollega, Birgitte Holm, som er blevet varslet afskediget i forbindelse med besparelserne. Hun er HK-medlem og jeg deltager i partshøringen. Kan I sende mig materialet fra sagen?

Mvh
Pernille Krag, TR, HK Kommunal""")

M("", """Til direktørens assistent

Hvornår kommer der en afklaring på de nye regler for seniorfridage i overenskomsten for kommunale SOSU-ansatte? Vi har mange henvendelser fra medarbejderne, og vi vil gerne give dem et ordentligt svar.

Med venlig hilsen
Anette Broe, leder af Hjemmeplejen Syd""")

M("eh", """Kære Jobcenter

Vi har en medarbejder der har været sygemeldt i 10 uger efter en hjerteoperation. Han hedder Bent Kjeldsen, cpr [[140266-1833]]. Han har selv fået brev fra jer om, at hans sygedagpenge stopper. Kan det passe? Lægen siger han har brug for 4 uger mere.

Med venlig hilsen
Lønafdelingen
Ishøj Maskinfabrik A/S""")

M("b", """Til Direktionen

Jeg er leder af et lille team i Teknik og Miljø. En af mine medarbejdere, Yusuf, har bedt om at få fri til eid al-adha, og en anden har bedt om at gå tidligt fredag for at nå synagogen. Jeg har givet lov til begge, men jeg vil gerne vide om der er en fælles politik, så jeg ikke behandler nogen forskelligt.

Mvh
Jonas Lerche""")

M("p", """Hej Erhvervsservice

Vi har budt 6,2 mio. på kommunens erhvervsgrund matr. nr. 4ab ved Industrivej. Buddet er betinget af at vi kan få dispensation til en bygningshøjde på 12 m. Vi har ikke hørt noget i fem uger. Hvornår kan vi forvente svar fra Byudvikling?

Venlig hilsen
Frederik Aagaard
Aagaard Emballage A/S""")

M("", """Kære udvalgssekretær

Kan udvalget tage de mange tomme erhvervslokaler i Ishøj Bycenter op på et møde? Flere af os butiksejere frygter, at området bliver øde, og vi vil gerne have en dialog med kommunen.

Med venlig hilsen
Samira Ahmadi
Formand for Bycentrets Butiksforening""")

M("e", """Til Jobcenter Ishøj

Jeg er blevet kontaktet af en af jeres borgere, Sebastian Poulsen, om virksomhedspraktik hos os. Han fortalte at han har været ledig i halvandet år og at I har sagt at han skal i praktik, ellers mister han sin ydelse. Vi vil gerne tage ham, men hvad skal vi underskrive?

Mvh
Karsten Brix, Brix Have & Anlæg""")

M("ue", """Kære Jobcenter

Jeg er tillidsrepræsentant (3F) på et lager i Ishøj. Ledelsen vil ansætte to personer i løntilskud i stillinger, hvor vi netop har fyret to kolleger. Det er mod reglerne om merbeskæftigelse. De fyrede er Allan og Jimmy, begge meldt ledige nu. Kan I tjekke sagen?

Mvh
Stig Overgaard""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi vil gerne deltage i kommunens virksomhedsnetværk for inklusion. Vi er en produktionsvirksomhed med 80 ansatte og har tidligere haft gode erfaringer med at ansætte flygtninge og personer med handicap. Hvornår er næste møde?

Venlig hilsen
Louise Bang, HR-chef""")

M("hu", """Hej Jobcenter

Min medarbejder Tove fra køkkenet har brækket armen (arbejdsulykke i sidste uge, hun gled på et vådt gulv). Hun er sygemeldt i 6 uger. Vi har anmeldt det. Hun har bedt om at hendes FOA-tillidsrepræsentant Berit bliver inddraget i de videre samtaler. Hvad gør vi nu med sygedagpengerefusionen?

Venlig hilsen
Helene, køkkenleder, Ishøj Plejecenter""")

M("s", """Kære HR-direktør

Jeg er afdelingsleder i Center for Børn og Forebyggelse. En af mine medarbejdere, Nikolaj, har fortalt mig at han har en kæreste der hedder Emil, og at nogle kolleger har lavet en "bøssegruppe" på Messenger hvor de gør grin med ham. Jeg vil gerne have rådgivning om, hvordan jeg håndterer det.

Med venlig hilsen
Lise Haugaard""")

M("eh", """Til: Sygedagpengeafdelingen
Fra: Lønkontoret, Ishøj Tømrer og Snedker

Medarbejder: Ole Bruun
Cpr: [[021171-2617]]
Sygemeldt fra: 02.10.2026
Årsag: knæskade (menisk), opereret 15.10.
Forventet tilbage: januar

Vi har ikke hørt om opfølgningssamtale. Ole siger han heller ikke har fået brev fra jer om sine sygedagpenge. Hvad mangler der?""")

M("", """Hej Jobcentret

Vi er en rekrutteringsvirksomhed der gerne vil holde et informationsmøde for ledige om jobs i lufthavnen. Kan vi låne et lokale hos jer i januar? Vi forventer ca. 50 deltagere.

Mvh
Jasper Nielsen
Airport Staffing ApS, tlf. 32 47 10 88""")

M("t", """Kære borgmesterens PA

Vi ansatte på genbrugspladsen vil gerne gøre opmærksom på, at en af vores kolleger, Olumide, dagligt får racistiske tilråb fra borgere der afleverer affald. I går kaldte en mand ham "n-ordet" og sagde "tag tilbage til Afrika". Olumide er født i Nigeria og har arbejdet her i 9 år. Vi vil gerne have skilte og måske video.

Med venlig hilsen
Kollegerne på Ishøj Genbrugsplads""")

M("e", """Til Jobcentret

Vores medarbejder i løntilskud, Nadia Rahimi, har spurgt om hun kan tage et kursus i truckkørsel. Er det noget I betaler, og skal det stå i hendes plan? Vi vil gerne hjælpe hende videre.

Venlig hilsen
Henrik Lau, Lau Transport""")

M("", """Kære direktionsassistent

Jeg ringede i sidste uge om vores faktura nr. 2203870045 for rengøring af jobcentrets lokaler i oktober. Den er stadig ikke betalt. Vores kundenummer hos jer er 08-451. Kan du sende den videre til økonomi?

Med venlig hilsen
Britt Hansen, bogholder
ServiceTeam Sjælland ApS""")

M("b", """Til formanden for Børne- og Skoleudvalget

Jeg er skoleleder og har en ny lærer, Miriam, der bærer niqab. Nogle forældre har klaget og krævet at hun bliver flyttet fra indskolingen. Hun er en dygtig lærer, og jeg vil ikke flytte hende. Jeg ønsker opbakning fra udvalget, hvis sagen kommer til at køre i pressen.

Med venlig hilsen
Mads Kyhl
Skoleleder""")

M("p", """Hej Tommy

Jeg ejer Ishøj Autolakering og har fået et tilbud fra en kæde, der vil købe hele forretningen inkl. bygningen. Vi forhandler stadig om prisen, og de vil have svar inden jul. Jeg vil gerne vide om kommunens planer for vejudvidelsen ved Vejledalen vil påvirke grunden, for det betyder meget for prisen.

Hilsen
Carsten Mikkelsen""")

M("", """Til Jobcenter Ishøj

Vi er en virksomhed, der gerne vil ansætte ukrainere, men vi ved ikke hvilke regler der gælder for arbejdstilladelse efter den særlige lov. Findes der en folder, vi kan få?

Mvh
Per Lindholm""")

M("eu", """Kære Jobcenter

Jeg arbejder som faglig konsulent i 3F, og jeg skriver på vegne af vores medlem Tonny Hvid, som er blevet afskediget fra et vognmandsfirma i Ishøj. Han har fået at vide af arbejdsgiveren at jobcentret har godkendt en "ny plan" for ham. Han har ikke hørt noget. Kan I bekræfte hvad der er aftalt om ham?

Med venlig hilsen
Rune Dam, faglig konsulent""")

M("he", """Hej jobcentret

vi har en ung mand i lære (Patrick, 19) som har ADHD og tager medicin. han har det svært med fremmøde om morgenen. kan vi få en mentor eller noget gennem jer? han vil gerne blive færdig som tømrer

mvh Allan Kure, Kure Byg""")

M("", """Til direktionssekretariatet

Vi vil gerne invitere direktøren for Beskæftigelse og Erhverv til et panel om rekruttering og arbejdskraftmangel i bygge- og anlægsbranchen den 17. februar. Vi sender gerne programmet.

Venlig hilsen
Dansk Byggeri, region Hovedstaden""")

M("s", """Hi, I am the manager of a small IT company in Ishøj Erhvervspark. One of my developers, Lukas, told me that his husband Daniel was treated very badly at your Borgerservice last week when they came to register their marriage. Someone at the counter asked "which one of you is the woman?". I think the municipality should train its staff better.

Regards,
Anders Kjær""")

M("e", """Til Jobcentret

Jeg har lige haft en samtale med en ansøger (Mie Sørensen), som fortalte at hun er på kontanthjælp og at jobcentret har en plan om, at hun skal have et job på 15 timer. Vi kan tilbyde 15 timer som kassemedarbejder. Hvordan koordinerer vi med hendes rådgiver?

Venlig hilsen
Netto Ishøj Bycenter, Butikschef Rikke""")

M("", """Hej

Hvilke overenskomster dækker kommunens kantinepersonale? Jeg er selvstændig og byder på kantinedriften og skal regne på lønomkostningerne.

Mvh
Jacob Thomsen""")

M("bt", """Til Direktionen

Vi har fået en klage fra en ansat i Teknik og Miljø, Rachel Cohen. Hun fortæller, at en kollega har sagt "nå, er du også en af de jøder" efter hun nævnte, at hun holder fri til Yom Kippur. Vi behandler sagen efter personalepolitikken, men ønsker at direktionen er orienteret.

Med venlig hilsen
HR-konsulent Anne-Mette Vang""")

M("eh", """Hej Jobcenter, det er Gurli fra Ishøj Blomster. Vores Jeanette har været syg med lungekræft og kommer tilbage på delvis raskmelding fra mandag, 10 timer om ugen. Hvordan indberetter vi timerne så hun stadig får sine sygedagpenge for resten? Tak for hjælpen""")

M("", """Kære Erhvervsservice

Vi er interesserede i at købe en af kommunens ledige erhvervsgrunde i 2028. Hvordan foregår processen, og sælger kommunen efter først til mølle eller ved udbud?

Med venlig hilsen
Benjamin Friis
Friis Elektro""")

M("pu", """Hej Erhvervsservice

Dansk Metals lokalafdeling, hvor jeg selv er medlem og sidder i bestyrelsen, overvejer at købe en bygning på Industrivej 18 til nye kontorer. Vi har givet et bud, men sælger har et andet bud samtidig. Er der nogen lokalplan for området, der forhindrer kontorbrug?

Med venlig hilsen
Bjarne Krog""")

M("e", """Til HR, Ishøj Kommune

Jeg søgte stillingen som pedel på Vejleåskolen og fik afslag. Jeg er på kontanthjælp og jobcentret har sagt, at jeg skal søge alt. Jeg vil gerne have en begrundelse, så jeg kan gøre det bedre næste gang.

Med venlig hilsen
Michael Storm""")

M("", """Hej HR

Vi har et spørgsmål om den nye ferielov i forhold til timelønnede vikarer i daginstitutionerne. Skal de optjene ferie fra første dag, og hvordan håndteres feriepengene ved fratrædelse? Generelt spørgsmål, ikke om en bestemt medarbejder.

Mvh
Dorthe, løn og personale""")

M("t", """Kære byrådsmedlem

Jeg er ejer af en pizzeria i Ishøj. Mine to ansatte er fra Afghanistan og Pakistan, og i weekenden kom nogle unge ind og råbte "terrorister" og smadrede en rude. Politiet er involveret, men jeg vil gerne have at kommunen hjælper med bedre belysning ved butikkerne.

Hilsen
Gianni Russo""")

M("h", """Til Jobcentret

Vores medarbejder Sanne Berg, cpr. [[160684–2259]], har været sygemeldt med bækkenløsning i graviditeten siden september. Hun går på barsel i januar. Vi har udbetalt løn under sygdommen og ønsker refusion af sygedagpenge. Hvilken blanket skal vi bruge?

Venlig hilsen
Lønadministrationen, Ishøj Apotek""")

M("", """Kære direktionsassistent

Kan direktøren deltage i et møde med os om et fælles projekt for unge ledige i 2027? Projektet hedder "Job i Strandparken" og er finansieret af en fond. Vi har brug for en underskrift på partnerskabserklæringen.

Mvh
Boligselskabet Strandparken""")

M("b", """Hej Jobcenter

Min medarbejder Gurpreet bærer turban, og vi har et krav om hjelm på byggepladsen. Han har spurgt om der er en undtagelse. Ved I om der er regler for det, eller kender I andre virksomheder, der har løst det?

Venlig hilsen
Jan Hjorth, byggeleder""")

M("s", """Til Center for Beskæftigelse og Erhverv

Jeg er leder på et plejehjem. En ny medarbejder har fortalt mig, at hun er lesbisk og gift med en kvinde, og at hun i sit tidligere job oplevede at blive udelukket fra frokostpauserne. Hun bad mig om at være opmærksom på det. Har kommunen et materiale om LGBT+ på arbejdspladsen jeg kan bruge?

Mvh
Nina Greve""")

M("eh", """Til sygedagpengeteamet

Vedr. vores chauffør Preben Lund (cpr [[290859-1046]]). Han har haft en blodprop i hjertet og er sygemeldt. Han er 67 og vil nu gå på folkepension i stedet for at komme tilbage. Hvornår ophører sygedagpengene, når han søger pension?

Venlig hilsen
Ishøj Taxa ApS""")

M("", """Kære udvalgsformand

Vi er 12 virksomheder i Ishøj Syd, der har brug for en bedre busforbindelse om morgenen. Vores medarbejdere kommer fra hele Storkøbenhavn, og bus 128 kører ikke tidligt nok. Kan udvalget tage det op?

Med venlig hilsen
Ishøj Syd Erhvervsforening""")
