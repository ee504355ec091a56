"""corpus8 part F: citizen advisor, complaints about staff, long multi-topic mails, forwarded fragments, very short mails."""
from common import M

M("s", """Til borgerrådgiveren

Jeg vil gerne klage over en medarbejder i Borgerservice. Da jeg skulle have lavet nyt pas, og nævnte at min mand Kenneth skulle hente det for mig, sagde hun højt "nå, er I sådan nogle" og grinede til sin kollega. Jeg er 58 og har været gift med Kenneth i 9 år. Jeg har aldrig følt mig så ydmyget i en offentlig skranke.

Jeg ønsker ikke at være anonym.

Med venlig hilsen
Lars Bjørn Nielsen
Strandgårdsparken 11, 1. tv
2635 Ishøj
tlf 24 16 90 38""")

M("", """Til borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice som var meget uhøflig og gav mig forkert vejledning om hvordan jeg skulle søge om nyt pas. Jeg har nu betalt to gange.

Mvh
Kenneth Aagaard""")

M("p", """Hej borgerrådgiver

Kort fortalt: vi har solgt... eller næsten. Køberne af vores hus på Askerød har skrevet under, men deres bank har endnu ikke givet endeligt lånetilsagn, og i mellemtiden har kommunens byggesagsafdeling sendt et påbud om at fjerne et ulovligt skur. Køberne er blevet nervøse og overvejer at trække sig. Byggesagen har ligget i 7 måneder uden svar, og nu haster det pludselig. Jeg synes det er urimeligt.

Med venlig hilsen
Steen Holmberg
Askerød 29""")

M("pst", """Kære borgerrådgiver

Min kone Fatima og jeg (Sara) har sat vores rækkehus i Vibeengen til salg, fordi vi ikke kan være her mere. Siden vi flyttede ind for tre år siden har en nabo chikaneret os – først fordi vi er to kvinder, og senere fordi Fatima er marokkaner. Han har råbt skældsord og skrevet på vores hæk. Vi har klaget til boligforeningen og politiet.

Nu er der en interesseret køber, men naboen står og råber når der er fremvisning. Kan kommunen gøre noget, eller skal vi bare flytte?

Med venlig hilsen
Sara Lindqvist""")

M("", """Til borgerrådgiveren

Jeg vil gerne vide om du kan hjælpe i en nabostrid om en hæk. Naboen vil ikke klippe den og den skygger for vores terrasse.

Mvh
Gert""")

M("", """Kære Borgerrådgiver

Hvor mange henvendelser modtog du i 2024 om hjemmeplejen, og hvordan fordelte de sig? Jeg er medlem af Ældrerådet og vil gerne bruge tallene i vores årsberetning.

Venlig hilsen
Aksel Jeppesen""")

M("e", """Hej

Det her er kort: jeg har ikke fået min kontanthjælp i dag og har 43 kr på kontoen. Hvad sker der?

[[160492-1735]]""")

M("", """hej. hvornår har genbrugspladsen åbent på 2. påskedag?""")

M("", """Tak for hurtigt svar i går! Det løste problemet. /Bente""")

M("", """Hej

Jeg har ringet til jer på tlf. 43 57 70 00 og blevet stillet rundt i 40 minutter. Jeg har et spørgsmål om, hvordan jeg søger om parkeringslicens i Ishøj Landsby. Licensnr. på den gamle er 1709741422. Vh Mads""")

M("he", """Sendt fra min iPhone

-------- Videresendt besked --------
Fra: Lone Thrane
Til: Byrådsmedlem Kristian Bak
Emne: Min mor

Hej Kristian, du kender mig fra badmintonklubben. Jeg skriver fordi min mor, Inga Thrane (cpr [[280935-1196]]), er blevet visiteret til plejebolig, men der er 8 måneders ventetid. Hun har Parkinson og falder mange gange om ugen. Vi pårørende er udmattede. Kan du gøre noget? Jeg ved godt at du ikke kan behandle sager, men måske kan du sende det videre.

Lone Thrane, 29 64 81 03""")

M("", """-----Oprindelig meddelelse-----
Fra: Ishøj Kommune, Byggesag
Sendt: 14. februar 2025 10:12
Emne: Kvittering for modtagelse, sagsnr. 25/03382

Vi har modtaget din ansøgning og forventer at behandle den inden for 8 uger.

---

Hej igen, der er nu gået 11 uger. Hvad er status på min ansøgning om tilbygning?

Mvh
Ole Mathiesen""")

M("eu", """Til borgerrådgiveren

Jeg er sygeplejerske og blev afskediget fra min stilling på Ishøj Plejecenter i januar. Jeg er medlem af DSR og de fører sagen, så den er ikke for dig. Men jeg vil klage over noget andet: Jobcenteret har trukket mine dagpenge i 3 uger fordi jeg ikke havde "oploadet mit CV". Jeg havde gjort det, og jeg har screenshot.

Med venlig hilsen
Charlotte Bech
cpr [[030483-2470]]""")

M("", """Til borgerrådgiveren

Jeg har en klage over en afgørelse fra Ankestyrelsen om min datters skolegang. Kan du kigge på den?

Mvh
Jannie""")

M("tb", """Kære borgerrådgiver

Jeg bærer tørklæde pga. min tro. Da jeg var til jobsamtale i hjemmeplejen, spurgte lederen mig om jeg "ville tage det af når jeg skulle hjem til danske borgere". Jeg er født i Danmark af somaliske forældre. Jeg er ikke ansat i kommunen endnu, så det er ikke en personalesag.

Mvh
Hibo Mohamed""")

M("ubs", """Hej Kristian

Vi mødtes ved 1. maj-arrangementet i Ishøj Bypark. Jeg er TR for Serviceforbundet hos rengøringsfolkene på skolerne. Min mand Peter og jeg vil gerne invitere dig til vores fagforeningsafdelings sommerfest – og så vil jeg gerne snakke om de nye udbudsregler, som presser vores kolleger. Jeg har stemt på Socialdemokratiet hele mit liv, men denne gang var det svært.

Hilsen
Thomas Grønlund""")

M("", """Hej Kristian Bak (S)

Tak for en god tale til 1. maj i Ishøj Bypark. Vil du sende mig talen? Jeg vil gerne dele den i vores grundejerforenings nyhedsbrev.

Mvh
Inge""")

M("pe", """Kære borgmester

Undskyld at jeg skriver direkte til dig, men jeg ved ikke hvad jeg skal gøre. Jeg og min ekskæreste ejer en andelslejlighed sammen i Ishøj Strand. Vi har været gået fra hinanden i et år, og hun vil ikke flytte eller sælge. Jeg har nu fundet en køber der vil give 1,25 mio, men hun nægter at skrive under. Imens betaler jeg det hele og er gået i minus på kontoen hver måned. Jeg har fået en rykker fra boligforeningen. Kan kommunen gøre noget?

Mvh
Jesper Ravnholt""")

M("p", """Hej

Vi er ved at købe grunden Torslunde Bygade 22 og har fået en betinget accept fra sælger. Før vi går videre, vil vi gerne vide, om der er restriktioner på antal etager. Vi kan først skrive under når vi har svar.

Mvh
Caroline og Jens Abildgaard""")

M("", """Hej

Hvordan finder jeg ud af om der er restriktioner på antal etager i lokalplanen for Torslunde? Jeg overvejer på sigt at bygge ovenpå.

Mvh Jens""")

M("p", """Hej Byudvikling

Jeg har en kunde der vil købe mit værksted på Ishøj Industrivej 14, og vi er blevet enige om prisen, men vi venter på at kommunen godkender udvidelse af p-arealet før vi skriver under. Sagsnr. 24/11562.

Venlig hilsen
Tage Brinck
Brinck Autolak ApS""")

M("", """Hej

Tak fordi I gav tilladelse til udvidelse af p-arealet på Industrivej. Vi har solgt værkstedet, og handlen blev tinglyst i sidste uge. Bare så I ved det, hvis I skal opdatere noget.

Mvh
Erik Sommer""")

M("s", """Hej

Jeg vil bare høre om vi begge kan stå på kontrakten, min kæreste Anders og jeg, for vi har læst at boligforeningen kræver at man er gift eller registrerede partnere. Vi er to mænd og har været sammen i 4 år.

Hilsen Mikkel Holst""")

M("s", """Hej

Jeg er aseksuel og har fået at vide af en sagsbehandler i Familieretshuset, at det er "underligt" at jeg ikke vil have en partner. Det er ikke jeres sag, men sagsbehandleren var fra kommunen og ikke fra Familieretshuset som hun først sagde. Kan jeg klage?

Vh
Jonas P.""")

M("e", """Til borgerrådgiveren

Jeg er far til to og har fået en underretning om mig fra min søns børnehave, fordi han kom med et blåt mærke. Det var fra en cykeltur. Nu har jeg haft to møder med en socialrådgiver og hun skriver i sit notat ting jeg aldrig har sagt. Jeg vil gerne have aktindsigt og klage over notatet.

Med venlig hilsen
Kasper Laurits
cpr-nummer [[110290 2163]]
tlf. 42 70 55 12""")

M("", """Hej,

Jeg vil gerne klage over at jeres hjemmeside er umulig at finde rundt i. Det tog mig 25 minutter at finde ud af, hvordan man søger om et affaldsstativ.

Mvh Birgit""")

M("tp", """Hej

Jeg er fra Polen og har boet i Ishøj i 6 år. Jeg vil købe en ejerlejlighed i Ishøj Strand og har givet bud, men ejendomsmægleren siger at kommunen skal godkende fordi jeg ikke er dansk statsborger. Er det rigtigt? Det føles som om de ikke vil sælge til en polak.

Mvh
Tomasz Wiśniewski
CPR: [[150388 2935]]""")

M("", """Hej

Er det rigtigt, at udenlandske statsborgere skal have tilladelse for at købe fast ejendom i Danmark? Gælder det også EU-borgere? Jeg har en kollega der spørger.

Mvh Henrik""")

M("s", """Hej borgmester

Jeg er queer og 67 år gammel. Jeg vil gerne foreslå en LGBT+ seniorcafé i Ishøj, og jeg vil gerne selv være tovholder. Vi er flere i min omgangskreds der er blevet enlige, og det er svært at finde fællesskab på de almindelige ældreklubber.

Kh
Bjørn Kastrup""")

M("", """Kære borgmester

Jeg vil gerne foreslå en seniorcafé for ældre mænd i Ishøj. Mange er blevet enlige og har svært ved at finde fællesskab.

Venlig hilsen
Holger Dahl""")

M("hst", """Hej

Lang historie, undskyld. Min mand Ahmad og jeg (Jonas) blev gift i 2021. Ahmad er syrisk kurder og kom til Danmark som flygtning i 2015. Han har PTSD efter krigen og er i behandling hos Kompetencecenter for Transkulturel Psykiatri, men nu vil kommunens sprogskole have ham til at møde 5 dage om ugen. Han har mareridt og kan ikke sove. Psykiateren har skrevet en udtalelse, men sagsbehandleren har ikke læst den.

Vi vil gerne have et møde, og jeg vil gerne deltage som bisidder. Ahmads personnummer er [[010190–3321]].

Jonas Bergholt
Vibeengen 62
tlf 31 15 42 80""")

M("u", """Hej

Jeg er ansat i Ishøj Kommunes vejafdeling og er tidligere tillidsrepræsentant i 3F, men er stoppet. Jeg vil gerne klage over at vinterbekæmpelsen på stierne er blevet sparet væk. Det er farligt for de gamle.

Mvh
Kurt Paulsen""")

M("", """Hej

Jeg vil klage over at vinterbekæmpelsen på stierne er sparet væk. Det er farligt for de gamle. Hvem har besluttet det?

Mvh
Kurt""")

M("u", """Hej

Jeg er medlem af Lederne og leder af et lager i Ishøj. Vi har fået en medarbejder i virksomhedspraktik fra jobcentret, men der er ingen der følger op. Hvem er kontaktpersonen?

Venlig hilsen
Jan Thomsen""")

M("", """Hej

Jeg er leder af et lager i Ishøj. Vi har en medarbejder i virksomhedspraktik fra jobcentret, men der er ingen der følger op. Hvem er kontaktpersonen?

Mvh Jan Lykke""")

M("u", """Hej kommunen

Min kone er ansat som socialpædagog på et af jeres bosteder og er medlem af Socialpædagogerne. Hun har fået nattevagter fem nætter i træk, og jeg synes ikke det er lovligt. Hun tør ikke selv skrive.

Mvh
Martin Skou""")

M("ub", """Kære Merete Amdisen

Jeg er formand for Venstres lokalforening i Ishøj, og medlem af Djøf, da jeg arbejder i staten. Jeg vil gerne invitere dig til vores generalforsamling d. 10. marts.

Mvh
Christian Balle""")

M("", """Hej

Vi arbejder med en rapport om fagforeningers rolle i kommunale MED-udvalg. Kan vi få tilsendt referater fra Hoved-MED for 2024?

Venlig hilsen
Forskningsassistent, Roskilde Universitet""")

M("u", """Til Borgerservice

Jeg er gået fra HK til Krifa og vil bare høre om det har betydning for min stilling som assistent i kommunen? Skal lønkontoret have besked om det nye kontingent?

Mvh
Susanne Bjerre""")

M("ue", """Hej

Jeg er tømrer og var medlem af 3F i 15 år. Nu er jeg blevet ledig og opdagede at min a-kasse-medlemskab var stoppet fordi jeg glemte at betale kontingent. Jeg har ingen indtægt. Kan jeg søge kontanthjælp?

Mvh
Jacob Holmgren
[[250976-3082]]""")

M("b", """Hej

Vi er en humanistisk forening i Ishøj og jeg er formand. Vi vil gerne søge tilskud til et navnefest-arrangement (humanistisk navngivning) for børn i Kulturhuset. Kan vi søge under §18-puljen?

Mvh
Lotte Brandt, formand for Humanistisk Samfund Vestegnen""")

M("b", """Kære byråd

Jeg stemte på Nye Borgerlige ved sidste valg, men jeg synes stadig I skal have ros for den nye sti langs Ishøj Strand. Det skal også siges.

Mvh
Anders Lauritzen""")

M("", """Kære byråd

I skal have ros for den nye sti langs Ishøj Strand. Det er et flot projekt.

Mvh Anders""")

M("b", """Hej

Jeg er pacifist og nægtede værnepligt i sin tid. Nu har jeg læst at kommunen vil lade Forsvaret holde "Forsvarets Dag" på Ishøj Torv, med militærkøretøjer for børnene. Det synes jeg ikke hører hjemme i en kommune. Jeg vil gerne protestere.

Mvh
Niels Winther""")

M("", """Hej

Hvornår holder Forsvaret deres arrangement på Ishøj Torv? Mine børn elsker militærkøretøjer.

Mvh
Thomas""")

M("bt", """Hej Borgerrådgiver

Jeg er sikh og arbejder som taxachauffør. Jeg har søgt om parkeringstilladelse til Ishøj Station, og medarbejderen i telefonen sagde at "folk som dig altid snyder med tilladelser". Jeg er født i Punjab og har boet i Danmark i 20 år. Jeg synes det er racisme.

Mvh
Harpreet Singh
pers.nr. [[2608751573]]""")

M("t", """Hej

Jeg er same fra Nordnorge, og har flyttet til Ishøj for arbejde. Min søn på 8 år vil gerne lære nordsamisk. Findes der noget tilbud i kommunen?

Mvh
Ánde Nilsen Somby""")

M("", """Hej

Jeg vil gerne vide om kommunen tilbyder modersmålsundervisning i andre sprog end tyrkisk og arabisk. Jeg er lærer og har fået spørgsmål fra forældre.

Mvh
Louise""")

M("te", """hej borgmester

vi er romaer fra rumænien og arbejder i Danmark med byggeri. vores børn går i skole i ishøj. i sidste uge kom en mand fra kommunen og sagde at vi ikke må bo i campingvognen på grunden. hvor skal vi så bo?? vi har ikke andre steder.

Florin""")

M("eb", """Til borgerrådgiver

Jeg er muslim og har ikke spist i kantinen på aktiveringsstedet fordi der kun er svinekød. Nu har jeg fået sanktion i kontanthjælpen fordi jeg "nægter at deltage i fællesspisning". Er det lovligt?

Mvh
Yusuf""")

M("", """Hej

Jeg vil gerne høre hvornår det nye svømmebad åbner. Det blev lovet til sommeren 2025 i Ishøj Avis.

Mvh Kim""")

M("hpe", """Hej borgerrådgiver, og undskyld den lange mail.

Jeg er 64 og har i 30 år boet i mit hus i Ishøj Landsby. Sidste år fik jeg konstateret prostatakræft og har været igennem strålebehandling på Herlev. Det er gået godt, men jeg har ikke kunnet arbejde, og jeg har brugt min opsparing. Nu er jeg nødt til at sælge huset. Mægleren har haft det til salg i 4 måneder, og vi har fået et bud, men køberen vil kun købe hvis kommunen godkender en udstykning af grunden.

Derudover: jeg har søgt om at få min grundskyld indefrosset, og jeg har fået afslag uden begrundelse. Og så har jeg fået en regning på 4.000 kr for rottebekæmpelse, som jeg synes er forkert.

Jeg ved at det er tre forskellige ting, men jeg orker ikke at skrive til tre forskellige afdelinger.

Med venlig hilsen
Bent Lykkegaard
Ishøj Landsby 71
personnummer: [[1409612547]]
tlf. 43 73 28 66""")

M("", """Hej og undskyld den lange mail.

Jeg har tre ting. 1) Der er rotter på vores vej og kommunen har ikke reageret på min anmeldelse for 3 uger siden. 2) Gadelyset ved Ishøj Landsby 60 har været slukket i to måneder. 3) Vi vil gerne have en ny bænk ved gadekæret, den gamle er rådden.

Det er tre forskellige ting, men jeg orker ikke at skrive til tre afdelinger.

Med venlig hilsen
Bent Lund, Ishøj Landsby 62""")

M("ehu", """Kære Jytte Hansen, formand for Social- og Sundhedsudvalget

Jeg skriver til dig fordi jeg har været i systemet i 4 år. Jeg er uddannet ergoterapeut, medlem af Ergoterapeutforeningen, og fik fibromyalgi og kronisk træthed i 2020. Jeg har været på sygedagpenge, i jobafklaringsforløb og nu i ressourceforløb, og har haft 7 sagsbehandlere. Jeg ved at du ikke kan behandle min sag, men jeg vil gerne have at udvalget ser på hvordan kommunen behandler folk som mig.

Mit cpr er [[2205791624]], hvis administrationen skal finde sagen.

Med venlig hilsen
Rikke Søgaard""")

M("", """Kære Jytte Hansen, formand for Social- og Sundhedsudvalget

Jeg ved at udvalget snart skal behandle budgettet for det sociale område. Jeg vil opfordre til at der bruges flere penge på at mindske antallet af sagsbehandlerskift i jobcentret. Det er dårligt for borgerne.

Mvh
Signe Rask, socialrådgiverstuderende""")

M("se", """Hej

Min ekskone og jeg er skilt, fordi jeg er kommet ud som homoseksuel. Vi har to børn, og nu vil hun have fuld forældremyndighed. Hun siger at børnene ikke skal bo hos "to mænd" (jeg bor med min kæreste Frederik). Kan kommunen hjælpe med at mægle?

Mvh
Kristian Nørgaard
Vejleåvej 91
cpr.nr. [[190683-1419]]""")

M("sh", """Hej

Jeg hedder Pia og vi er to mødre til Alfred, som jeg bar, og min kone Tina er medmor. Vi venter nu vores andet barn og Tina er gravid i 4. måned. Hvornår kan vi få besøg af sundhedsplejersken?

Kh Pia Brix""")

M("", """Hej

Vi er lige flyttet til Ishøj fra Roskilde med vores søn på 4 måneder. Hvornår kan vi få besøg af sundhedsplejersken her, og skal vi selv kontakte jer?

Kh Pia og Tim""")

M("p", """Hej

Vi ejer et andelshus i Ishøj Strand og har fået en køber, men andelsforeningen har ikke godkendt overdragelsen endnu. Samtidig vil kommunen have tilladelse til at lave en ny stikanalisation. Kan det vente til efter overtagelsen 1. august?

Mvh
Gitte Skovgaard""")

M("", """Hej

Vil I sende en ny parkeringslicens til Ishøj Landsby? Min gamle (licensnr. 0809551200) er udløbet i går.

Mvh Flemming""")

M("p", """Hej

Min datter og svigersøn overvejer at købe vores hus når vi flytter i lejlighed... nej, det er ikke sikkert endnu. Men vi har aftalt en pris på 2,6 mio og skal have vurderet, om det er en 'handel på almindelige vilkår' i forhold til skat. Kan kommunen hjælpe med det, eller skal vi til en advokat?

Mvh
Helga og Leif Andresen""")

M("", """Hej

Mit personnummer ([[0707470218]]) er blevet brugt af nogen til at bestille ting på nettet. Hvem skal jeg kontakte i kommunen?

Mvh
Jytte""")

M("", """Hej Borgerservice

Jeg skal have en attest på at jeg bor i Ishøj til min bank. Hvordan bestiller jeg den? Mit kontonummer er 5301 0214567890 hvis I skal bruge det til betalingen.

Mvh Søren Kaas""")

M("", """Hej

Mit nye sygesikringskort er kommet med forkert adresse. Kan I rette det? Jeg bor nu på Vejleåvej 14.

Mvh
Lise Dahl
tlf. 61 28 09 17
cpr [[120884–1646]]""")

M("", """Hej

Hvordan skifter man læge i Ishøj? Min nuværende går på pension.

Mvh Mikael
[[031166\u00a01297]]""")

M("", """Hej

Vedr. faktura nr. 020379-0012 (rottebekæmpelse) – jeg har aldrig bestilt det. Vil gerne have den annulleret.

Mvh
Jens Quist""")

M("", """Jeg har skiftet telefonnummer. Ny: 20 91 48 33. Mvh Gerda Lund, Kærbo 8""")

M("", """Hej

Jeg vil gerne bestille tid til vielse på rådhuset den 14. juni. Min forlovede og jeg har valgt borgerlig vielse. Hvad skal vi have med?

Mvh
Kim Sandberg""")

M("s", """Hej Byggesag

Min kone Anja og jeg vil gerne bygge en carport i skel mod nr. 19 på Pilemøllevej. Naboen har sagt god for det. Skal vi alligevel søge, eller er det nok at anmelde det?

Venlig hilsen
Lene Fogh Christiansen
Pilemøllevej 21""")

M("s", """hej

jeg er panseksuel og går i ungdomsklubben på Vejleåvej. en af medarbejderne sagde foran de andre at det "bare er en fase" og at jeg skal "vælge side". det var virkelig ubehageligt. kan man klage over det?

/Naja, 15""")

M("s", """Hej Jobcenter Ungeindsats

Jeg er 16 og bor hos mine to fædre på Strandgårdsparken. Jeg vil gerne have et fritidsjob i Netto, men de siger jeg skal have en arbejdstilladelse fra kommunen fordi jeg er under 18? Er det rigtigt?

Mvh
Oliver""")

M("sb", """Kære borgmester

Som homoseksuel og mangeårigt medlem af Radikale Venstre vil jeg opfordre til, at rådhuset hejser regnbueflaget i Pride-ugen. Det koster ingenting og betyder meget for os, der er vokset op i Ishøj og har skullet skjule hvem vi er.

Med venlig hilsen
Frederik Brøndum""")

M("hs", """Til Hjemmesygeplejen

Min mand Rasmus er hiv-positiv og får antiretroviral behandling fra Hvidovres infektionsmedicinske afdeling. Han er nu også blevet opereret for en brækket hofte og skal have hjælp til sårpleje. Jeg vil bare sikre mig, at de sygeplejersker der kommer, ved det, og at det bliver behandlet fortroligt.

Med venlig hilsen
Thomas Mikkelsen
Kærbo 3, st.""")

M("p", """Hej

Køberen af vores hus på Bredekærs Vænge 58 sprang fra i går, fordi jeres sagsbehandling af vores tilbygning tog for lang tid. Nu skal huset udbydes igen. Kan vi i det mindste få en dato for, hvornår I har en afgørelse?

Mvh
Martin og Louise Krag""")

M("p", """Hej BBR

Vi skal til at sælge vores ejerlejlighed på Ishøj Strand, og mægleren har opdaget at BBR siger 78 m² men skødet siger 84 m². Salgsopstillingen kan ikke lægges ud før det er rettet. Hvem retter det?

Mvh
Anette Winkel""")

M("p", """Hej

Naboen har tilbudt at købe en strimmel af vores grund (ca. 80 m²) til sin indkørsel. Vi er ikke blevet enige om prisen endnu, men vil gerne vide hvad det kræver fra kommunens side, hvis vi siger ja. Skal det udstykkes?

Mvh
Knud og Lis Eriksen
Ishøj Landsby 30""")

M("u", """Hej

Jeg er malersvend og medlem af Malerforbundet. Vi maler lige nu Ishøj Skole for et privat firma, og der er ingen velfærdsforanstaltninger – ingen toiletter til os. Det er kommunens byggeplads, så I må kunne gøre noget.

Mvh
Dennis Bruun""")

M("u", """Hej kommunikationsafdelingen

Jeg er journalist og fællestillidsrepræsentant i Dansk Journalistforbund på et lokalt medie. Vi oplever at kommunen ikke længere inviterer os til pressemøder. Kan vi få en forklaring?

Mvh
Katrine Lassen""")

M("b", """Hej

Jeg konverterede til islam for fem år siden, og min søn på 6 år skal starte i skole. Jeg vil gerne høre om der er mulighed for et bederum eller et stille rum på Ishøj Skole for de ældre elever, der vil bede middagsbøn.

Med venlig hilsen
Camilla Rahman""")

M("t", """Hej

Jeg er færing og er flyttet til Ishøj med min familie. Min datter taler færøsk derhjemme og har svært ved at komme ind i legen i børnehaven. Er der nogen ekstra sprogstøtte for børn fra Færøerne?

Mvh
Sjúrður Joensen""")

M("", """Kære hr. borgmester

Undskyld at jeg skriver så langt, men jeg har samlet lidt sammen siden sidst.

For det første vil jeg takke for at bænken ved Ishøj Landsby Kirke endelig blev sat op igen. Min afdøde mand og jeg sad der ofte om søndagen, og jeg har savnet den.

For det andet: bussen 128 holder ikke længere ved Torslunde om lørdagen efter kl. 14. Det er et problem for os ældre, der ikke kører bil mere. Jeg er 84 og har aldrig haft kørekort.

For det tredje har jeg læst i Ishøj Avis, at kommunen har modtaget flere flygtninge end nabokommunerne. Jeg har ikke noget imod folk der kommer hertil, men jeg synes byrådet skal fortælle borgerne hvad det koster, så vi kan følge med.

Til sidst vil jeg spørge om gudstjenesten juleaftensdag i Torslunde Kirke stadig er kl. 14.30, eller om den er flyttet. Sognepræsten har ikke svaret mig.

Jeg håber at De vil læse mit brev, også selvom det er skrevet i hånden og sendt med min nevø som mail.

Med venlig hilsen
Fru Else Wedel Hammerich
Torslunde Bygade 12
2635 Ishøj
Tlf. 43 99 01 27""")

M("tbu", """Hej Kirsten Holm

Jeg skriver til dig, fordi jeg ikke ved hvem ellers. Det er flere ting, undskyld.

Min søn Emir går i 7. klasse på Gildbroskolen. Vi er fra Bosnien oprindeligt, kom i 1994 under krigen, og vi er muslimer, men ikke så strenge. Emir bliver kaldt "terrorist" og "bosnier-svin" af nogle fra 8. klasse. Jeg har skrevet til skolen i november (se nedenfor) og fået svar at de "holder øje". Det er ikke nok.

Og så en anden ting. Jeg arbejder på lageret i Ishøj Erhvervsområde i skiftehold og er med i 3F. Vores TR har sagt at vi kan få en ændring så jeg ikke skal arbejde om aftenen, men det kræver at jeg kan dokumentere at min søn har brug for mig. Kan skolen skrive noget om det?

Tak fordi du læser.

Med venlig hilsen
Senad Hodžić
Vejleåparken 31, 2. th
tlf 53 60 17 48

> Fra: Senad Hodžić
> Sendt: 12. november
> Til: Gildbroskolen, kontoret
> Emne: Mobning af Emir 7.a
>
> Hej, Emir bliver mobbet i frikvarteret af større drenge. Kan I ringe mig?""")

M("ph", """Til Byggesagsafdelingen, att. sagsbehandler Lone

Tak for dit svar af 2. marts (citeret nedenfor). Jeg beklager at jeg skal skrive igen.

Som du ved har vi sat vores hus på Ishøj Landsby 55 til salg. Vi har nu fået et bud, som vi gerne vil acceptere, men køberens bank forlanger at den gamle udestue er lovliggjort inden skødet underskrives. Vi har ikke mere tid at give af: min kone Inger har fået konstateret frontotemporal demens, og vi har fundet en lejlighed i stueplan i Ishøj Centrum fra 1. maj. Jeg kan ikke passe huset og hende på samme tid.

Kan I give en hurtig lovliggørelse, eller i det mindste skrive at sagen er under behandling, så banken kan se at vi arbejder på det?

Med venlig hilsen
Henning Bro
Ishøj Landsby 55
tlf 21 63 09 84

--- Oprindelig besked ---
Fra: Byggesag, Ishøj Kommune
Dato: 2. marts
Emne: Vedr. udestue, Ishøj Landsby 55, sagsnr. 25/02911

Kære Henning Bro
Vi har modtaget din ansøgning om lovliggørelse af udestue. Sagsbehandlingstiden er pt. 10-12 uger.
Venlig hilsen, Lone Frandsen""")

M("", """Til Kultur- og Fritidsudvalget v/ formanden

Ishøj Bordtennisklub har nu i tre sæsoner delt hallen på Vibeengskolen med basketball, og det fungerer ikke. Vi har 84 medlemmer, heraf 31 under 18, og vi har venteliste.

Vi har undersøgt alternativer:
1) 3F's lokaler på Industrivej er ledige om tirsdagen, men lofthøjden er for lav.
2) Ishøj Idrætscenter hal 3 er optaget af den lokale moskés ungdomsforening torsdag kl. 17-19, men vi har fået at vide at de måske flytter til efteråret.
3) Sundhedshuset har et motionslokale, men det har kun åbent til kl. 16.

Vi har også modtaget en faktura fra Fritidsafdelingen, nr. 1510871203, for lokaleleje som vi mener er betalt. Kan nogen se på det?

Sidste punkt: vi vil gerne søge om tilskud til et trænerkursus. Hvilken pulje skal vi søge under?

Med sportslig hilsen
Bestyrelsen, Ishøj Bordtennisklub
v/ formand Kim Rasmussen
Tlf. 40 18 72 60""")

M("ste", """Hej

Jeg ved ikke om det her er den rigtige adresse, men en fra ungdomsklubben sagde jeg skulle skrive til jer.

Jeg hedder Emre, er 18 år og bor (boede) i Ishøj med min familie. Mine forældre er fra Tyrkiet, og min far er meget traditionel. For to uger siden fandt han ud af at jeg er bøsse, fordi han så beskeder fra min kæreste på min telefon. Han smed mig ud samme aften.

Siden har jeg sovet hos forskellige venner, men jeg kan ikke blive ved med det. Jeg går på HHX i Taastrup og er bange for at droppe ud. Jeg har ingen penge udover min SU, og jeg har ikke selv en bankkonto som min far ikke kan se.

Kan jeg få hjælp til at finde et værelse eller en ungdomsbolig? Og kan I hjælpe uden at mine forældre får det at vide? Det er vigtigt for mig.

Mit cpr er [[210507-4183]]. Ring helst ikke, skriv på denne mail.

Emre""")
