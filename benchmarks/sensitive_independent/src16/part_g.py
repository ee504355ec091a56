"""Part G: longer mails (a paragraph or more) for variety."""
from common import M

M("pe", """
Kære Jesper Holm

Jeg skriver til dig, fordi jeg ikke ved, hvem ellers jeg skal spørge. Min mand og jeg har boet på Gadekærvej i 31 år, men efter at han gik på efterløn og jeg blev fyret fra Bycentret, kan vi ikke længere klare ydelserne på huset. Vi har sat det til salg hos Home i Ishøj, og der er kommet et bud, som ligger 200.000 under udbudsprisen.

Mægleren siger, at køberen er usikker på, om kommunen har planer om at bygge boliger på marken bag os. Hvis du ved noget om det, eller kan sige hvem der ved det, vil vi være meget taknemmelige. Vi har en frist til på mandag med at svare på buddet.

Venlig hilsen
Inge-Lise Carstensen
Gadekærvej 19
2635 Ishøj
""")

M("", """
Kære Jesper Holm

Der går rygter i grundejerforeningen om, at kommunen vil bygge boliger på marken mellem Gadekærvej og Ishøj Landsby. Flere af os er bekymrede for trafikken på den smalle vej og for, at udsigten forsvinder.

Kan du fortælle, om der er en lokalplan på vej, og hvornår borgerne i givet fald bliver hørt? Vi vil gerne invitere en repræsentant fra Center for Byudvikling og Natur til vores generalforsamling i april.

Med venlig hilsen
Bestyrelsen, Grundejerforeningen Gadekæret
v/ formand Erling Nørgaard
""")

M("tsb", """
Hej Camilla

Jeg hedder Yasmin og er 19 år. Jeg er vokset op i Ishøj i en marokkansk familie og bor stadig hjemme. For et halvt år siden fortalte jeg min familie, at jeg er lesbisk, og det gik ikke godt. Min far siger, at det er imod islam og at jeg skal flytte, hvis jeg ikke "kommer til fornuft". Jeg er selv troende og beder stadig, men jeg kan ikke lave om på hvem jeg er.

Jeg skriver til dig, fordi du har talt om LGBT+-unge i byrådet. Findes der et sted i kommunen, hvor man kan tale med nogen fortroligt? Jeg tør ikke ringe hjemmefra.

Hilsen
Yasmin
""")

M("", """
Kære Camilla

Tak for dit indlæg i Lokalavisen om LGBT+-unge. Jeg er lærer på en af kommunens skoler og oplever, at vi mangler materialer til seksualundervisningen, der handler om andet end heteroseksuelle par. Har byrådet afsat penge til at opdatere undervisningsmaterialerne, eller skal vi søge en pulje?

Jeg spørger generelt, ikke på vegne af en bestemt elev.

Med venlig hilsen
Bente Vestergaard
""")

M("hu", """
Til Center for Voksne og Velfærd

Jeg har været ansat som sosu-assistent på Bækgården i 14 år og er FOA-tillidsrepræsentant for afdelingen. Jeg skriver i dag ikke som TR, men på egne vegne. I januar gled jeg på det våde gulv i et badeværelse og brækkede håndleddet. Det er siden blevet opereret to gange, og jeg har stadig smerter og kan ikke løfte.

Min leder har sagt, at der skal holdes en fraværssamtale, og at de "må se på", om jeg kan fortsætte. Jeg vil gerne vide, om arbejdsskaden er blevet anmeldt til Arbejdsmarkedets Erhvervssikring, for jeg har ikke fået nogen kvittering.

Med venlig hilsen
Pia Henningsen
""")

M("", """
Til Center for Voksne og Velfærd

Jeg er pårørende til en beboer på Bækgården og har flere gange set, at gulvene på badeværelserne er meget glatte, når de lige er blevet vasket. Jeg er bange for, at både beboere og personale kommer til skade.

Er der lavet en arbejdspladsvurdering på stedet, og er skridsikre måtter noget man har overvejet? Jeg vil gerne have et svar, som jeg kan dele med de andre pårørende i pårørenderådet.

Venlig hilsen
Jørgen Mikkelsen
Formand for pårørenderådet
""")

M("et", """
Kære borgmester

Jeg er kommet til Danmark fra Ukraine i 2022 med mine to børn. Min mand er stadig i Kharkiv. Jeg har arbejdet som rengøringsassistent på et hotel i Køge, men firmaet lukkede i februar, og nu får jeg selvforsørgelses- og hjemrejseydelse, som er meget lavere end min løn var.

Jeg forstår ikke, hvorfor jeg skal på et nyt integrationsforløb, når jeg allerede taler dansk på modul 3 og har haft arbejde i to år. Jeg vil hellere bruge tiden på at søge job. Kan du hjælpe mig med at få en samtale med en sagsbehandler, der kan forklare reglerne?

Med venlig hilsen
Olena Kovalenko
Ishøj Søvej 120, 2. tv.
""")

M("", """
Kære borgmester

Jeg læste i avisen, at Ishøj har taget imod flere ukrainske flygtninge end mange andre kommuner på Vestegnen. Jeg synes, det er flot, og vil gerne være frivillig, fx med lektiehjælp til børnene eller som dansktræner for de voksne.

Findes der en frivilligkoordinator i kommunen, eller skal jeg gå gennem Dansk Flygtningehjælp? Jeg er pensioneret skolelærer og har god tid om formiddagen.

Med venlig hilsen
Grethe Andersen
""")

M("bu", """
Kære Søren Pedersen

Som mangeårigt medlem af Socialdemokratiet i Ishøj og tillidsrepræsentant for 3F på Ishøj Havn, må jeg sige, at jeg er dybt skuffet over partiets stemme om udlicitering af vejdriften. Jeg har selv været med til at dele løbesedler for dig ved de sidste to valg.

De folk, der arbejder i vejdriften, er mine kolleger og venner. Hvis opgaven kommer i udbud, ved vi alle, at lønnen og arbejdsforholdene bliver ringere. Jeg håber, du vil tage det op i gruppen igen, inden budgettet vedtages.

Med kammeratlig hilsen
Bjarne Lykke
""")

M("", """
Kære Søren Pedersen

Jeg har set på dagsordenen, at byrådet skal tage stilling til udlicitering af vejdriften. Som borger vil jeg gerne vide, hvad kommunen forventer at spare, og om man har erfaringer fra andre kommuner på Vestegnen.

Jeg er hverken for eller imod, men synes det er vigtigt, at beslutningen træffes på et oplyst grundlag. Er der et notat fra administrationen, som jeg kan læse?

Venlig hilsen
Anders Kofoed
""")

M("he", """
Til Borgerrådgiveren

Jeg vil gerne klage over den måde, min sag om sygedagpenge er blevet behandlet på. Jeg blev sygemeldt med stress og senere depression i september, og jeg har i den tid haft tre forskellige sagsbehandlere. Hver gang har jeg skullet fortælle det hele forfra, og to gange er mine papirer fra psykiateren blevet væk.

Nu har jeg fået brev om, at mine sygedagpenge stopper, fordi jeg ikke har "medvirket". Det passer ikke. Jeg har mødt op hver gang, undtagen én gang, hvor jeg var indlagt.

Jeg vil gerne være anonym over for afdelingen, hvis det kan lade sig gøre, for jeg er bange for, at det går ud over min sag.

Venlig hilsen
Kirsten
""")

M("", """
Til Borgerrådgiveren

Jeg er journalist på en lokal netavis og er ved at skrive om borgerrådgiverfunktionen i kommunerne på Vestegnen. Jeg har læst jeres årsberetning for 2023 og kan se, at I havde 58 henvendelser, hvoraf 23 var klager.

Kan du sige noget om, hvilke typer klager der fylder mest, og hvordan tallet har udviklet sig i 2024? Jeg skal ikke bruge oplysninger om konkrete borgere.

Venlig hilsen
Martin Kjeldsen
""")

M("she", """
Hej Anja

Min mand Kasper og jeg har været sammen i 12 år og gift i fem. Vi har i to år forsøgt at få et barn gennem en surrogatordning i udlandet, og nu er vores datter Ella endelig født – tre uger for tidligt og med en hjertefejl, så hun ligger stadig på Rigshospitalet.

Vi har brug for at vide, hvordan vi får hende registreret, og om vi kan få barselsdagpenge begge to, når vi er to fædre. Vores sagsbehandler i Ydelsescenteret har ikke kunnet svare os. Kan du pege os i den rigtige retning?

Mvh
Frederik Aagaard
""")

M("", """
Hej Anja

Jeg er ved at skrive speciale om regnbuefamiliers rettigheder i Danmark og vil gerne høre, om Ishøj Kommune har erfaringer med at registrere børn født ved surrogati i udlandet. Jeg skal ikke bruge personoplysninger, kun en beskrivelse af fremgangsmåden og evt. et antal pr. år, hvis I har det.

På forhånd tak.

Venlig hilsen
Nanna Skovgaard
Stud.jur., Københavns Universitet
""")

M("pt", """
Kære Birgitte

Vi er en pakistansk familie, der har drevet købmanden på hjørnet af Ishøj Stationsvej i 18 år. Nu vil vi gerne sælge forretningen og bygningen, for min mand er ved at gå på pension. Der er en køber, som vil lave det om til en café, men han vil kun købe, hvis han kan få tilladelse til udeservering.

Jeg har læst, at kommunen nogle gange siger nej til udeservering på Stationsvej. Kan du fortælle, hvordan reglerne er, og om man kan få et forhåndstilsagn, før handlen bliver underskrevet?

Venlig hilsen
Nasreen Iqbal
""")

M("", """
Kære Birgitte

Jeg har en café på Ishøj Stationsvej og har søgt om tilladelse til udeservering i fire måneder uden svar. Det er meget frustrerende, fordi sommeren er den vigtigste sæson for os.

Kan du tjekke, hvor sagen ligger? Sagsnummeret er 24/18375. Hvis det er en politisk beslutning, at man ikke må have udeservering på Stationsvej, vil jeg gerne vide det, så jeg kan planlægge.

Mvh
Kenan Özdemir
Café Station
""")

M("eb", """
Kære Poul

Jeg er medlem af Jehovas Vidner og har tre børn. Min eksmand har forældremyndigheden sammen med mig, og vi er uenige om, hvorvidt børnene skal deltage i fødselsdage og julearrangementer i skolen. Han har nu klaget til Familieretshuset og påstår, at min tro skader børnene.

Skolen har ringet og spurgt, om de skal lave en underretning. Jeg forstår ikke, hvorfor kommunen blander sig i noget, der handler om religion. Kan du forklare, hvad kommunens rolle er?

Venlig hilsen
Rebekka Thorsen
""")

M("", """
Kære Poul

Hvordan håndterer kommunens skoler elever, der af religiøse grunde ikke deltager i fx julearrangementer eller fødselsdage? Er der en fælles retningslinje, eller bestemmer hver skole selv?

Jeg sidder i skolebestyrelsen på Gildbroskolen, og vi vil gerne have et fælles udgangspunkt, inden vi diskuterer det på næste møde.

Med venlig hilsen
Lars Bering
""")

M("ue", """
Hej Torben

Jeg er 58 og har arbejdet som smed i 35 år. Jeg har været medlem af Dansk Metal hele mit arbejdsliv. Sidste år blev jeg fyret, og nu har jeg gået ledig i 11 måneder. Jeg har søgt over 100 job, men ingen vil have en mand på min alder.

Jobcentret vil have mig på et kursus i at skrive CV, selvom jeg har været på tre af den slags. Jeg vil meget hellere have et kursus som svejsekontrollant, men det vil de ikke betale. Kan du tage det op med dem, eller sige hvem jeg kan klage til?

Hilsen
Keld Brøndum
""")

M("", """
Hej Torben

Jeg er HR-chef i en metalvirksomhed i Ishøj Erhvervskvarter, og vi mangler svejsere og smede. Vi vil gerne samarbejde med Jobcentret om at opkvalificere ledige, fx med et kursus som svejsekontrollant.

Kan du sætte os i kontakt med de rette personer i Center for Beskæftigelse og Erhverv? Vi har også talt med Dansk Metal om et fælles arrangement.

Med venlig hilsen
Susanne Kragh
AK Stål A/S
""")

M("het", """
Til Center for Børn og Forebyggelse

Jeg er mor til Ahmed på 9 år. Vi kom fra Afghanistan for fire år siden. Ahmed har PTSD efter flugten og har svært ved at sove og koncentrere sig. Skolen siger, at han er urolig i timerne, og nu har de sendt en underretning om, at vi ikke kan tage os af ham.

Det er ikke rigtigt. Vi gør alt, hvad vi kan, men vi har ventet et år på en tid hos børnepsykiatrien. Jeg har brug for hjælp, ikke for en sag. Kan jeg få et møde med en rådgiver, der forstår, hvad krig gør ved børn?

Med venlig hilsen
Zarghona Rahimi
""")

M("", """
Til Center for Børn og Forebyggelse

Jeg er psykolog og har en privat praksis i Ishøj Bycenter med speciale i traumatiserede børn og unge. Jeg vil gerne høre, om kommunen har en rammeaftale med private psykologer, eller om I køber ydelser enkeltvis.

Jeg har erfaring med børn fra flygtningefamilier og kan tilbyde samtaler på dansk, engelsk og dari.

Venlig hilsen
Leila Karimi
Cand.psych., autoriseret
""")

M("sb", """
Kære Hanne

Jeg er præst i en frikirke uden for kommunen, men bor selv i Ishøj sammen med min mand Daniel. Vi er et af de få homoseksuelle par i vores menighed, og vi har længe tænkt på at starte en lille samtalegruppe for kristne LGBT+-personer, som har haft det svært i deres kirker.

Vi søger et lokale en aften om måneden. Kan vi låne et mødelokale på biblioteket, eller skal man være en registreret forening?

Guds fred
Johannes Lund
""")

M("", """
Kære Hanne

Hvad er reglerne for at låne mødelokaler på Ishøj Bibliotek? Vi er en læsekreds med otte medlemmer, som mødes en tirsdag om måneden, og vi er ikke en registreret forening.

Kan man booke lokalerne online, eller skal man kontakte personalet?

Venlig hilsen
Birthe Krogh
""")

M("he", """
Til Visitationen

Min mor, Ella Marie Frandsen, født [[140235-0816]], bor alene på Ishøj Strandvej. Hun har fået konstateret demens og er faldet tre gange i den seneste måned. Sidste uge fandt naboen hende på trappen, hvor hun havde ligget i flere timer.

Hun får i dag hjemmehjælp en gang om ugen til rengøring, men det er slet ikke nok. Jeg bor i Aarhus og kan ikke være der hver dag. Vi vil gerne søge om en plejebolig så hurtigt som muligt. Jeg har fuldmagt fra hende og vedhæfter den.

Med venlig hilsen
Torben Frandsen
Tlf. 40 92 17 66
""")

M("", """
Til Visitationen

Jeg er frivillig i Ældre Sagen i Ishøj og får ofte spørgsmål om, hvordan man søger plejebolig. Kan I sende mig en kort, letforståelig beskrivelse af processen og den gennemsnitlige ventetid, som vi kan dele ved vores medlemsmøder?

Vi har også talt om at invitere en visitator til at holde et oplæg i efteråret.

Venlig hilsen
Kirsten Munk
Ældre Sagen Ishøj
""")

M("ts", """
Hej Martin

Jeg er 24, opvokset i en tyrkisk familie i Vejleåparken, og jeg er bøsse. Jeg skriver, fordi jeg gerne vil være med i planlægningen af den første Pride i Ishøj, som jeg har læst, at du støtter. Jeg tror, det er vigtigt, at der også er nogen med minoritetsbaggrund med, så det ikke kun bliver for "de hvide fra villakvarteret", som en af mine venner sagde.

Jeg kan hjælpe med sociale medier og med at oversætte materiale til tyrkisk. Sig til, hvem jeg skal kontakte.

Mvh
Emre
""")

M("", """
Hej Martin

Jeg har læst, at der måske kommer en Pride i Ishøj næste sommer. Jeg synes, det er en god idé, men jeg er bekymret for, om politiet har ressourcer nok til at sikre arrangementet, når man ser, hvad der er sket andre steder.

Er der lavet en plan for sikkerheden, og hvem står for den? Jeg spørger som nabo til Ishøj Bypark, hvor jeg har hørt det skal foregå.

Venlig hilsen
Henning Schultz
""")

M("peu", """
Kære Jan

Jeg har et lille vognmandsfirma med to lastbiler og en grund på Industrivej. Firmaet har det svært efter at en stor kunde gik konkurs, og jeg er nødt til at sælge grunden for at betale min gæld til banken og SKAT. Der er en interesseret køber, men han vil vide, om grunden må bruges til oplag.

Mine chauffører er i 3F, ligesom jeg selv har været hele livet, og jeg vil gerne gøre det her ordentligt, så de ikke står uden løn. Kan du hjælpe med at få et hurtigt svar fra Byudvikling om anvendelsen af grunden?

Mvh
Preben Sørensen
""")

M("", """
Kære Jan

Hvilke erhvervsgrunde har kommunen til salg i Ishøj Erhvervskvarter lige nu, og hvad er prisen pr. kvadratmeter? Vi er et mindre logistikfirma, der overvejer at flytte fra Brøndby.

Vi vil også gerne vide, om der er planer om at forbedre vejadgangen fra Industrivej til motorvejen.

Med venlig hilsen
Lotte Winther
Nordlog ApS
""")

M("th", """
Til Sundhedsplejen

Vi er fra Sri Lanka og tamiler. Vores søn Aravind på 11 måneder vejer ikke så meget som han skal, og lægen har sagt, at vi skal have hjælp fra sundhedsplejersken. Min svigermor siger, at han skal have ris og dal, men lægen siger noget andet.

Kan sundhedsplejersken komme hjem til os, og kan hun forstå, at vi gerne vil holde fast i vores madkultur? Jeg taler dansk, men min mand taler bedst engelsk.

Venlig hilsen
Priya Selvarajah
""")

M("", """
Til Sundhedsplejen

Jeg er ved at uddanne mig til sundhedsplejerske og skal skrive opgave om kulturforståelse i sundhedsplejen. Har I materialer på andre sprog end dansk, og tilbyder I tolk ved hjemmebesøg?

Jeg vil også gerne høre, om det er muligt at komme med på et par besøg som observatør.

Venlig hilsen
Sofie Bruun
""")

M("bu", """
Kære Fatima

Jeg er medlem af Radikale Venstre og har været aktiv i HK's lokalafdeling i mange år. Vi planlægger en debat om arbejdstid og deltidsstillinger i den offentlige sektor, og vi vil meget gerne have dig med i panelet.

Debatten finder sted den 24. oktober kl. 19 i Ishøj Kulturhus. Du må meget gerne svare inden udgangen af næste uge.

Med venlig hilsen
Lise Wendelboe
""")

M("", """
Kære Fatima

Kulturhuset arrangerer en vælgerdebat den 24. oktober kl. 19, og vi inviterer en kandidat fra hvert parti. Emnet er arbejdstid og deltidsstillinger i den offentlige sektor. HK og FOA har lovet at sende en repræsentant hver.

Vil du deltage? Vi skal have svar senest fredag.

Venlig hilsen
Ishøj Kulturhus
""")

M("he", """
Til Borgerrådgiveren

Jeg har en søn på 23, som har boet på gaden siden han blev smidt ud af sin lejlighed i oktober. Han har et misbrug og har været i fængsel for tyveri, men han vil gerne have hjælp. Problemet er, at hver gang han ringer til kommunen, bliver han stillet videre, og når han endelig får en tid, har han ikke penge til at tage toget.

Jeg ved godt, at han er voksen, men jeg er bange for, at han ikke overlever vinteren. Kan I hjælpe mig med at finde ud af, hvem der har ansvaret for ham?

Venlig hilsen
Marianne
""")

M("", """
Til Borgerrådgiveren

Jeg har ringet til kommunens hovednummer fire gange i denne uge for at tale med nogen om en parkeringsafgift, og hver gang er jeg blevet stillet videre og har ventet i over 20 minutter, før forbindelsen blev afbrudt.

Det er ikke en klage over afgørelsen, men over servicen. Er det noget, du kan tage op med Borger, Økonomi og IT?

Venlig hilsen
Kurt Mortensen
""")
