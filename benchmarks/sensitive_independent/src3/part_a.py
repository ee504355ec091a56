"""Part A: mostly health, elderly and formal writers, some hard negatives."""
from common import M

M("he", """Til Borgmesteren
Ishøj Rådhus

Kære Borgmester

Jeg tillader mig at skrive til Dem, da jeg efterhånden ikke ved, hvor jeg ellers skal henvende mig. Jeg er 81 år og har boet på Vejledalen i snart 46 år, og jeg har aldrig før haft anledning til at klage over kommunen, som jeg altid har syntes var godt styret.

Min mand Erik fik for halvandet år siden stillet diagnosen demens (Alzheimers sygdom) af Hukommelsesklinikken på Rigshospitalet Glostrup. Siden da er det gået stærkt ned ad bakke. Han kender ikke altid vores døtre, og om natten går han rundt og leder efter sin gamle arbejdsplads. Hjemmeplejen kommer morgen og aften, og det er jeg taknemmelig for, men de har travlt, og det er forskellige piger hver gang, hvilket gør Erik meget urolig.

Vi søgte om plejebolig i februar og fik at vide, at ventetiden var cirka to måneder. Nu er det september. Jeg sover ikke mere end et par timer ad gangen og er bange for, at jeg selv falder om.

Jeg beder ikke om forkørsel frem for andre, men jeg vil gerne vide, hvor vi står i køen, og om der er nogen, der kan hjælpe mig med aflastning i mellemtiden.

Med venlig hilsen

Inger Marie Holst
Vejledalen 31
2635 Ishøj""")

M("h", """Emne: SV: Genoptræning efter knæoperation

Tak for svaret. Jeg forstår stadig ikke, hvorfor jeg skal vente 5 uger, når sygehuset skrev i genoptræningsplanen, at jeg skulle starte "hurtigst muligt". Knæet er stift som et bræt, og jeg kan ikke gå på trapper.

Kan jeg selv betale for en privat fysioterapeut og få udgiften refunderet?

Venlig hilsen
Poul Erik Sandberg

Fra: Center for Voksne og Velfærd <voksne@ishoj.dk>
Sendt: 12. marts 2026 09:14
Til: Poul Erik Sandberg
Emne: Genoptræning efter knæoperation

Kære Poul Erik Sandberg

Vi har modtaget din genoptræningsplan fra Amager og Hvidovre Hospital. Du vil blive indkaldt til første træning i uge 16.

Med venlig hilsen
Genoptræningen, Ishøj Kommune""")

M("", """Hej

Hvornår har Sundhedshuset åbent for influenzavaccination i år, og skal man bestille tid, eller kan man bare møde op? Der stod noget i lokalavisen, men jeg kan ikke finde det på hjemmesiden.

Mvh Birgit""")

M("h", """Kære Skole- og Børneudvalg

Vi er forældre til Oliver i 3.B på Vibeholmskolen. Oliver har i foråret været igennem en ADHD-udredning på Børne- og Ungdomspsykiatrisk Center i Glostrup og har fået diagnosen ADHD. Han er netop startet på Ritalin, og det går bedre, men lærerne har fortalt os, at han stadig har svært ved at sidde stille i de lange timer.

Vi vil gerne høre, om skolen kan få ekstra ressourcer til en støttepædagog, og hvem vi skal tale med om det.

Med venlig hilsen
Maria og Kasper Lund""")

M("hu", """Til byrådsmedlem Lene Frandsen

Jeg skriver til dig, fordi du sidder i Social- og Sundhedsudvalget. Jeg er sygeplejerske på plejecentret Ishøjgård og har været sygemeldt med stress siden januar. Min tillidsrepræsentant fra Dansk Sygeplejeråd har været med til to sygefraværssamtaler, og hun er enig med mig i, at det er normeringen om aftenen, der har slidt os ned.

Det er ikke kun mig. Tre af mine kolleger er også gået ned med stress i år.

Jeg vil gerne være anonym, hvis du bringer det videre.

Hilsen
en bekymret sygeplejerske""")

M("", """Hej Jens

Jeg er sygeplejerske på Hvidovre Hospital og cykler hver dag fra Ishøj Landsby. Stykket langs Ishøj Landevej ved rundkørslen er livsfarligt om vinteren, fordi der ikke bliver saltet på cykelstien. Kan du ikke tage det op i Teknik- og Miljøudvalget?

Venlig hilsen
Hanne Korsgaard""")

M("h", """Hej

Jeg bor i Baldersbuen nr. 12. Min nabo i nr. 14, Jytte, har sklerose og sidder i kørestol det meste af tiden. Efter at skraldespandene er flyttet ud til vejen, kan hun ikke selv få sin ud. Jeg har hjulpet hende, men jeg skal på ferie i tre uger.

Kan skraldebilen ikke hente ved døren hos hende, som den gjorde før?

Mvh Karsten""")

M("he", """Til Center for Voksne og Velfærd, hjælpemiddelafdelingen

Vedr. ansøgning om handicapbil til vores datter

Vores datter Sofie på 14 år har cerebral parese og bruger elektrisk kørestol. Vi søgte om støtte til handicapbil i august og har endnu ikke hørt noget. Vores gamle bil kan ikke tage kørestolen, så vi må bestille flextrafik hver gang hun skal til træning på Rigshospitalet.

Vi håber, at sagen kan blive prioriteret, og at vi i det mindste kan få at vide, hvornår vi kan forvente en afgørelse.

Med venlig hilsen
Thomas og Pernille Agerskov
Gildbrohøj 8, Ishøj""")

M("", """Kære byrådsmedlemmer

På lørdag d. 4. april samler Kræftens Bekæmpelse ind i hele landet, og vi er en gruppe frivillige fra Ishøj, der gerne vil stå ved indgangen til Bycentret. Må vi hænge plakater op på kommunens opslagstavler ved biblioteket og svømmehallen?

På forhånd tak
Annette Bech, indsamlingsleder""")

M("h", """Hej

Jeg skal bruge en vuggestueplads fra april, men jeg er usikker på, hvornår jeg skal skrive mig op. Jeg er gravid i 5. måned og har termin den 2. februar, og jeg skal tilbage på arbejde, når den lille er ca. 14 måneder.

Er det rigtigt, at man tidligst kan skrive barnet op, når det har fået et CPR-nummer?

Mvh
Camilla Jessen""")

M("h", """Kære Teknik- og Miljøudvalg

Undertegnede, som er født og opvokset i Ishøj, skal hermed tillade sig at gøre opmærksom på forholdene i det lille parkanlæg ved Ishøj Søvej.

Parken har i mange år været et yndet sted for os ældre, og vi har glæde af de mange fuglearter, der holder til ved søen. I efteråret blev tre af de fem bænke imidlertid fjernet, angiveligt fordi de var rådne, og de er ikke blevet erstattet. Efter min blodprop i hjernen sidste forår går jeg med rollator og kan ikke gå hele vejen rundt uden at hvile mig, og det samme gælder flere af mine bekendte fra seniorklubben.

Jeg skal derfor venligst anmode om, at bænkene genopsættes, gerne med armlæn, så man kan komme op igen.

Jeg ser frem til at høre fra udvalget.

Med venlig hilsen
Aage Rasmussen
Ishøj Søvej 5""")

M("", """Kære Teknik- og Miljøudvalg

Jeg er 87 år og går stadig min daglige tur rundt om søen ved Ishøj Søvej, som jeg har gjort i over 40 år. Det har altid været en fornøjelse.

I efteråret blev imidlertid tre af bænkene fjernet. Jeg formoder, at de var rådne, men det ville klæde kommunen at sætte nye op, gerne med armlæn og ryglæn, som man ser det i Vallensbæk. Parken bliver brugt af mange, både børnefamilier og os gamle.

Jeg takker på forhånd for udvalgets velvillige behandling.

Ærbødigst
Karen Sofie Mølgaard""")

M("h", """Hej

Vores datter Ida i 2.A på Strandgårdskolen har type 1 diabetis og skal måle blodsukker og have insulin i løbet af dagen. Klassen skal på lejrskole i maj, og læreren siger, at der ikke er nogen voksne med, der kan hjælpe med hendes insulinpen om natten.

Kan kommunen stille en ekstra voksen til rådighed, eller skal en af os tage med?

Mvh Rikke Damsgaard""")

M("he", """Til Jobcenter Ishøj og byrådsmedlem Anders Kock

Jeg har været sygemeldt siden november med PTSD efter min udsendelse til Afghanistan i sin tid. Det er først nu, at det er blevet opdaget af en psykiater. Jeg får sygedagpenge, og jobcentret har nu sat mig i et jobafklaringsforløb.

Problemet er, at jeg skal møde op i jobcentret i et åbent lokale med masser af mennesker, og det kan jeg ikke klare. Jeg har bedt om at få møderne i telefonen, men har fået nej.

Kan I hjælpe mig med at forstå, hvorfor det ikke kan lade sig gøre?

Mvh
Brian Kjeldsen""")

M("", """Hej

Jeg er lige flyttet til Ishøj fra Aarhus. Hvordan får jeg et nyt sundhedskort med min nye adresse, og skal jeg vælge læge, før kortet bliver sendt?

Venlig hilsen
Jonas Winther""")

M("h", """Til Skoleafdelingen

Vores søn Magnus går i 6. klasse og er ordblind. Han blev testet i 4. klasse, og skolen har lovet ham en IT-rygsæk med oplæsningsprogram, men han har stadig ikke fået den, og han halter efter i alle fag.

Hvem har ansvaret for, at han får sine hjælpemidler?

Med venlig hilsen
Susanne Kragh""")

M("h", """Hej Morten

Jeg skriver om byggeriet på grunden bag Tranegilde. De banker pæle fra kl. 6.30 om morgenen, også lørdag. Jeg går i behandling for en depresion og tager cipralex, og lægen har sagt, at søvnen er det vigtigste for mig lige nu. Jeg har ikke sovet ordentligt i tre uger.

Må entreprenøren virkelig gå i gang så tidligt?

Hilsen
Dorthe""")

M("", """Kære Sundhedsudvalg

Jeg synes, det er en skandale, at der ikke bliver prioriteret flere penge til psykiatrien og til unge med angst og depression. Ventetiderne i Region Hovedstaden er alt for lange, og kommunen kunne gøre meget mere med forebyggelse, fx i skolerne.

Jeg håber, I vil tage det med i budgetforhandlingerne.

Med venlig hilsen
Per Holmgaard""")

M("h", """Hej

Jeg har et spørgsmål om min barsel. Jeg fik en spontan abort i uge 11 i december og var sygemeldt i to uger bagefter. Nu er jeg gravid igen og vil gerne vide, om det påvirker, hvornår jeg kan søge om plads i dagplejen.

Mvh Nanna""")

M("he", """Til hjemmeplejen, Ishøj Kommune

Min mor Else Marie Juhl, Vildtbanevej 44, er kræftsyg og har netop afsluttet sin kemobehandling på Herlev. Hun får hjemmepleje morgen og aften, men i sidste uge kom aftenvagten ikke to dage i træk, og hun lå i sengen uden at kunne komme på toilettet.

Jeg forventer, at det bliver undersøgt, og at nogen ringer mig op.

Venlig hilsen
Mikael Juhl (søn), tlf. 28 71 40 93""")

M("", """Hej

Min far døde den 3. maj. Han boede alene i sit rækkehus på Ishøj Stationsvej. Hvordan afmelder jeg hans affaldsordning, og skal jeg selv give besked om, at der ikke længere skal betales for rottebekæmpelse?

På forhånd tak
Lisbeth Kamp""")

M("h", """Kære borgerrådgiver

Jeg har slidgigt i begge hofter og tager Panodil tre gange om dagen og Ibumetin når det er slemt. Derfor har jeg bedt om at få min plads i hallens varmtvandsbassin flyttet til et hold tidligere på dagen, men personalet siger, at holdene er låst.

Jeg synes ikke, jeg er blevet behandlet pænt i receptionen, og det vil jeg gerne klage over.

Venligst
Gudrun Mathiesen""")

M("he", """Emne: Re: Bevilling af hjælpemidler

Tak. Hvornår kommer de? Jeg har ikke en badebænk nu, og min datter er ikke her i næste uge.

Hilsen Ruth Lindegaard

> Kære Ruth Lindegaard
>
> Du er bevilget en badebænk og en toiletforhøjer efter din hofteoperation på Hvidovre Hospital.
> Hjælpemidlerne bliver leveret af Kommunens Hjælpemiddeldepot.
>
> Med venlig hilsen
> Center for Voksne og Velfærd""")

M("", """Hej

Jeg har læst, at genoptræningscentret på Ishøj Boulevard skal ombygges. Hvornår åbner det igen, og hvor foregår træningen i mellemtiden? Jeg spørger på vegne af ældrerådet, som gerne vil informere i næste nyhedsbrev.

Mvh
Bent Hvidberg, Ældrerådet""")

M("h", """Kære Lisa

Jeg håber, det er i orden, at jeg skriver direkte til dig. Min lillebror Kenneth har drukket meget i flere år, og i foråret kom han i alkoholbehandling hos Ishøj Alkoholrådgivning. Det gik godt i tre måneder, men nu er han begyndt igen, og de har sagt, at han ikke kan komme tilbage før efter nytår.

Er det virkelig rigtigt? Jeg er bange for, at han ikke når at være her til nytår.

Kh Susanne""")

M("h", """Til Borgerservice

Jeg vil venligst bede om, at al korrespondance med mig foregår skriftligt. Jeg er døv på det venstre øre og hører meget dårligt på det højre trods høreapparat, og jeg kan ikke føre en telefonsamtale.

Med venlig hilsen
Frits Ellehammer""")

M("", """Kære Teknik- og Miljøudvalg

Mange ældre fra Ishøj skal jævnligt til ambulatorierne på Hvidovre Hospital, og den direkte bus blev nedlagt ved køreplanskiftet. Nu skal man skifte på Friheden. Kan I tage det op med Movia?

Med venlig hilsen
Seniorrådet i Ishøj""")

M("ht", """Hej

Min mor Ayten Kaya er indlagt på geriatrisk afdeling på Glostrup efter et fald. Hun er født i Tyrkiet og taler næsten ikke dansk, og personalet har ikke brugt tolk en eneste gang. Hun forstår ikke, hvad lægerne siger til hende, og hun tror, at hun skal på plejehjem.

Kan kommunen sørge for tolk, når hun skal udskrives og have en genoptræningsplan?

Mvh Deniz Kaya""")

M("h", """Kære borgmester

Jeg skriver, fordi jeg er desperat. Min søn Rasmus på 24 år har skizofreni og er lige nu indlagt på Psykiatrisk Center Glostrup for tredje gang i år. Hver gang han bliver udskrevet, står han uden støtte, og så går det galt igen efter et par uger.

Han bor i en lejlighed i Vejlebroparken, og jeg har bedt om en bostøtte til ham, men vi har ikke hørt noget.

Jeg beder Dem om at se på sagen.

Med venlig hilsen
Kirsten Hauge""")

M("he", """Hej

Jeg fik tilkendt førtidspension i 2023 på grund af min rygskade (to diskusprolapser og en afstivningsoperation). Nu har jeg fået et brev om, at min boligstøtte skal genberegnes, fordi jeg har fået et lille job som frivillig chauffør. Men jeg får jo ikke løn.

Hvem kan jeg ringe til?

Mvh
Lars Bundgaard""")

M("", """Hej

Hjertestarteren på muren ved Ishøj Idrætscenter har stået og blinket rødt i flere uger. Er der nogen, der tjekker den? Hvis der sker noget til en fodboldkamp, er det jo alvorligt.

Mvh Kim""")

M("h", """Til byrådsmedlem Søren Wiberg

Den 14. januar knuste jeg min venstre fod ved en arbejdsulykke på byggepladsen på Strandgårdsvej, hvor kommunen er bygherre. En palle med fliser væltede ned over mig. Jeg har været opereret to gange og går stadig med krykker.

Arbejdsskaden er anmeldt, men nu siger entreprenøren, at det var min egen skyld. Jeg synes, kommunen som bygherre har et ansvar for sikkerheden på pladsen.

Med venlig hilsen
Jesper Ravn""")

M("h", """Hej

Min mand og jeg er i fertilitetsbehandling på Hvidovre Hospital og har været det i to år. Vi har fået at vide, at vi skal betale selv fra næste forsøg. Er der nogen kommunal støtte til det, eller er det kun regionen?

Mvh Louise Brandt""")

M("h", """Kære Vej og Park

Jeg skal hermed gøre opmærksom på, at fortovet foran Pilemøllevej 17-27 ikke er blevet ryddet for sne nogen af de sidste fire morgener.

Jeg er klar over, at det er grundejernes ansvar, men flere af husene står tomme, og der er tale om kommunens egne boliger. Jeg er selv 79 år og har siden min hjerteoperation i 2022, hvor jeg fik to nye hjerteklapper, ikke måttet skovle sne eller løfte tungt. Jeg har derfor måttet blive inde, hvilket ikke er rimeligt, når jeg skal til apoteket.

Jeg håber, at kommunen vil sørge for, at fortovet bliver ryddet.

Med venlig hilsen
Erling Damgaard
Pilemøllevej 21""")

M("", """Kære Vej og Park

Jeg skal hermed gøre opmærksom på, at fortovet foran Pilemøllevej 17-27 ikke er blevet ryddet for sne de sidste fire morgener.

Det er mig bekendt kommunens egne boliger, og det er et problem for de mange ældre i området, der skal til bussen. Det er i øvrigt tredje vinter i træk, at jeg må gøre opmærksom på dette.

Jeg skal bede om en bekræftelse på, at henvendelsen er modtaget.

Med venlig hilsen
Gunnar Toft
Pilemøllevej 19""")

M("he", """Hej Center for Voksne og Velfærd

Jeg har type 2-diabetes, og ud over min diabetesmedicin (Metformin) får jeg nu også insulin. Min fodterapeut siger, at jeg skal have specialfremstillede sko, fordi jeg har fået nervebetændelse i fødderne (diabetisk neuropati), men jeg har ikke råd. Jeg har søgt enkeltydelse hos jer for 3 uger siden.

Hvornår får jeg svar?

Mvh Bjarne Thygesen""")

M("he", """Til Pædagogisk Psykologisk Rådgivning

Vores søn Noah på 8 år har infantil autisme og går i specialklasse på Gildbroskolen. Fra næste skoleår skal han skifte til en skole i Brøndby, og vi har fået at vide, at han selv skal tage bussen. Det kan han ikke. Han bliver helt ude af sig selv, hvis der er mange mennesker.

Vi vil gerne søge om kørsel, men ved ikke hvor.

Med venlig hilsen
Line og Rasmus Eskildsen""")

M("", """Hej

Hvornår har genbrugsstationen på Industrivej åbent i påsken? Jeg skal af med en gammel sofa og et køleskab.

Mvh
Mohammed Al-Sayed""")

M("h", """Kære Teknik- og Miljøudvalg

Jeg vil gerne klage over støjen fra ungdomsklubben ved siden af os. Der er musik til langt ud på natten, også på hverdage, og når klubben lukker, står de unge og råber på parkeringspladsen.

Vi har været tålmodige i to år. Men min kone har migræne flere gange om ugen og lider desuden af tinnitus, og støjen gør det meget værre for hende. Hun har været nødt til at sove hos vores datter i weekenderne.

Jeg vil gerne vide, hvad klubbens åbningstider er, og om der er nogen regler for musik udendørs.

Venlig hilsen
Henning Skov
Vejlebrovej 112""")

M("h", """Hej

Min datter Freja på 15 har anoreksi og har været indlagt på Børne- og Ungdomspsykiatrisk Center på Bispebjerg siden august. Hun skal snart udskrives, og skolen vil gerne have hende tilbage på fuld tid, men lægerne siger kun 2 timer om dagen i starten.

Hvordan får vi lavet en plan sammen med skolen? Ingen har indkaldt os.

Venlig hilsen
Marianne Olesen""")

M("", """Hej Lene

Jeg er sosu-assistent på Plejecenter Ishøjgård og vil bare sige, at det er umuligt at finde en parkeringsplads om morgenen, når vi møder kl. 7. Kan kommunen ikke åbne den gamle P-plads bag hallen?

Mvh Gitte""")

M("hu", """Til Borgerrådgiveren

Jeg er ansat som hjemmehjælper i Ishøj Kommune og fik i november en arbejdsskade i ryggen, da jeg skulle hjælpe en borger op fra gulvet uden lift. Min FOA-tillidsrepræsentant har hjulpet mig med at anmelde skaden, men jeg har ikke hørt noget siden.

Jeg ved godt, at I ikke kan tage sager om ansættelse, men jeg vil klage over, at min henvendelse til hjemmeplejens kontor ikke er blevet besvaret i to måneder.

Hilsen
Merete Friis""")

M("h", """Hej

Jeg har haft senfølger efter covid-19 i over et år – træthed, hjernetåge og hjertebanken – og har gået på Long Covid-klinikken på Bispebjerg. Jeg kan ikke arbejde mere end 12 timer om ugen.

Findes der et netværk eller en gruppe i Ishøj for folk med senfølger? Jeg er meget alene med det.

Mvh
Tina Brix""")

M("", """Hej

Hvor kan jeg blive vaccineret mod influenza og covid i år? Er det stadig i Sundhedshuset, eller skal man til apoteket?

Mvh Ole""")

M("h", """Kære Vej og Park

Jeg er kørestolsbruger efter en rygmarvsskade og bor på Ishøj Strandvej. Kantstenen ved fodgængerovergangen ud for Netto er blevet hævet under vejarbejdet, og jeg kan ikke længere komme over uden at vælte. I sidste uge måtte to fremmede løfte mig op.

Kan I sørge for en nedsænket kantsten?

Med venlig hilsen
Morten Bager""")

M("h", """SV: Din ansøgning om kørekortsfornyelse - lægeerklæring

Hej igen. Jeg har stadig ikke hørt noget, og mit kørekort udløber om 14 dage. Jeg skal bruge bilen for at komme på arbejde. Hvornår kan jeg forvente svar?

Mvh Kasper Nørgaard

-----Oprindelig meddelelse-----
Fra: Borgerservice Ishøj
Sendt: 2. februar 2026
Til: Kasper Nørgaard
Emne: Din ansøgning om kørekortsfornyelse - lægeerklæring

Kære Kasper Nørgaard
Vi har modtaget lægeerklæringen vedrørende din epilepsi. Sagen er sendt til Færdselsstyrelsen, som træffer afgørelse.
Med venlig hilsen
Borgerservice""")

M("", """Emne: SV: Byggetilladelse carport - Torslundevej 9

Tak for svaret. Vi sender de reviderede tegninger i morgen.

Mvh Henrik Thomsen

-----Oprindelig meddelelse-----
Fra: Byg og Miljø, Ishøj Kommune
Sendt: 18. november 2025 10:02
Til: Henrik Thomsen
Emne: Byggetilladelse carport - Torslundevej 9

Kære Henrik Thomsen
Vi mangler en situationsplan, hvor afstanden til naboskel fremgår. Når vi har den, kan vi færdigbehandle ansøgningen. Sagsnr. 25/18342.
Med venlig hilsen
Byg og Miljø""")

M("h", """Til Vej og Park

Vi vil gerne foreslå bedre gadebelysning på stien mellem Vibeholms Allé og Strandgårdsvej. Vores nabo, fru Hansen i nr. 3, er blind og går med førerhund, og hun har to gange fået hunden viklet ind i de buske, der vokser ud over stien. Buskene bør også klippes.

Venlig hilsen
Familien Mortensen, Vibeholms Allé 5""")

M("he", """Kære Center for Voksne og Velfærd

Min far Knud Vestergaard, Ishøj Landevej 88, har fået konstateret Alzheimers af sin egen læge. Min mor passer ham døgnet rundt og er ved at bryde sammen. Vi har søgt om aflastning og dagcenter to dage om ugen, men har fået besked om, at der er venteliste.

Er der noget, vi kan gøre for at få en midlertidig løsning?

Med venlig hilsen
Hanne Vestergaard""")

M("", """Kære Ældre- og Sundhedsudvalg

Ishøj Kommune har meldt ud, at den vil være en demensvenlig kommune. Hvad betyder det konkret? Får personalet i fx Borgerservice og biblioteket kursus i, hvordan man møder borgere med demens? Jeg spørger, fordi Ældrerådet skal drøfte det på næste møde.

Venlig hilsen
Inge Lauritsen, Ældrerådet""")
