# CPR-centred mails and health mails.
from common import M, C

# ---------------------------------------------------------------- CPR
M("c h e", """
Hej Borgerservice

Jeg har glemt at skrive mit cpr-nummer på ansøgningen om ledsageordning, som jeg sendte i sidste uge. Det er §CPR§.
Jeg sidder i kørestol efter en rygmarvsskade i 2019 og kan ikke selv komme ind på rådhuset, så jeg håber I kan klare det over mail.

Mvh
Birgitte Holm
Vejlebrovej 44, 2635 Ishøj
""", C(14, 3, 1961, "dash"))

M("c", """
Til hovedpostkassen

Jeg har fået et brev i e-Boks, hvor mit mellemnavn er stavet forkert (Kjergaard i stedet for Kjærgaard). Mit personnummer er §CPR§.
Kan I rette det i jeres system, så det passer med mit pas?

Hilsen Søren Kjærgaard Nielsen
28 91 04 37
""", C(2, 11, 1978, "plain"))

M("c e", """
Hej

Min boligstøtte er stoppet fra 1. marts uden at jeg har fået nogen forklaring. Jeg bor alene med mine to drenge og kan simpelthen ikke betale huslejen uden den, den er på 8.900 kr.
Cpr: §CPR§

Kan nogen ringe til mig på 42 18 77 03? Jeg har prøvet at ringe i tre dage.

Mvh Nadia
""", C(23, 7, 1990, "dash"))

M("c h e", """
Kære borgerrådgiver

Jeg skriver på vegne af min far, Erik Lund (cpr. §CPR§), som jeg har fuldmagt fra.
Han blev udskrevet fra Hvidovre Hospital i fredags efter en blodprop i hjernen. Der var ikke aftalt noget med hjemmeplejen, så han sad alene hele weekenden og kunne ikke selv komme på toilettet eller få sine blodfortyndende piller. Jeg fandt ham søndag aften.

Det er ikke i orden, og jeg vil gerne klage. Hvem har ansvaret for, at hjemmeplejen får besked om en udskrivelse?

Venlig hilsen
Lene Lund Sørensen
Ishøj Søvej 9
""", C(9, 1, 1941, "space"))

M("c", """
hej, hvad er status på min ansøgning om nyt pas? søgte d. 3/4 på borgerservice. cpr §CPR§
vh Mikkel
""", C(17, 8, 2001, "dash"))

M("c", """
Hej

Vi vil gerne skrive vores tvillinger op til vuggestue i Vejleåparken fra august 2025.
Ella: §CPR§
Oscar: §CPR§

Vi foretrækker Regnbuen, men tager gerne en anden institution tæt på Ishøj Station.

Venlig hilsen
Katrine og Mads Bech
""", C(5, 6, 2024, "dash"), C(5, 6, 2024, "dash"))

M("c e", """
Til Center for Børn og Forebyggelse

Jeg er lige blevet skilt fra børnenes far, og vi er meget uenige om, hvor børnene skal bo. Han har flyttet dem til sin adresse i folkeregistret uden min underskrift. Sagen ligger nu i Familieretshuset.
Kan I sørge for, at skolen ikke udleverer børnene til ham, indtil der er en afgørelse?

Lukas §CPR§
Freja §CPR§

Mvh Sanne Vestergaard
""", C(11, 2, 2014, "dash"), C(30, 9, 2016, "dash"))

M("c h", """
Hej,

Jeg er gravid og har termin 14. juni, og jeg har hørt, at man skal skrive barnet op til dagpleje i god tid. Kan man gøre det allerede nu, selvom barnet ikke har et cpr-nummer endnu? Mit eget er §CPR§ hvis I skal bruge det.

Mange hilsner
Ida Frost
""", C(21, 4, 1996, "endash"))

M("c u e", """
Til Jobcentret

Jeg er medlem af 3F og har været ledig siden 15. januar, efter at lageret i Greve lukkede. 3F siger, at jobcentret skal godkende mit kursus i truckkørsel, før de kan betale.
Mit personnr. er §CPR§.
Jeg har CV'et klar, hvis I vil se det.

Hilsen Dennis Mortensen
Gildbrovej 2, 1. tv.
""", C(3, 10, 1985, "endash"))

M("c t", """
Hej Ishøj Kommune

Jeg er kurder fra Syrien og har boet i Danmark i 6 år. Udlændinge- og Integrationsministeriet beder om en bekræftelse på, hvor længe jeg har boet på min adresse i Ishøj. Kan I sende den til mig i Digital Post?

CPR §CPR§

Tak.
Rezan
""", C(1, 1, 1988, "dash"))

M("c", """
Goddag

Jeg skal forny min beboerparkeringstilladelse til Ishøj Strand. Bilen er den samme (reg.nr. AB 12 345), og jeg bor stadig på samme adresse. Mit personnummer er §CPR§.

Med venlig hilsen
Jytte Krogh
""", C(12, 4, 1967, "nbsp"))

M("c e", """
Hej

Jeg har fået en rykker på 4.350 kr. for daginstitutionsbetaling for januar og februar. Jeg kan ikke betale det hele på én gang, da jeg kun har haft vikartimer siden jul. Kan jeg lave en afdragsordning på fx 500 kr. om måneden?

Mit cpr-nr. er §CPR§

Mvh
Jannie Rasmussen
""", C(8, 5, 1993, "dash"))

M("c h e", """
Kære sagsbehandler

Jeg har været sygemeldt med stress og angst siden 20. oktober, og mine sygedagpenge for januar er ikke kommet ind på kontoen. Jeg har udfyldt skemaet i NemRefusion-linket, som I sendte. Min læge har forlænget sygemeldingen til 1. april.

cpr: §CPR§

Jeg har ikke råd til at vente en måned mere.

Venlig hilsen
Mette Winther
""", C(27, 12, 1979, "plain"))

M("c b", """
Hej

Jeg er konverteret til islam sidste år og vil gerne melde mig ud af folkekirken. Er det kommunen jeg skal skrive til? Mit personnummer er §CPR§.

Mvh
Kasper
""", C(16, 6, 1998, "dash"))

M("c s", """
Kære Vielseskontoret

Min kæreste Thomas og jeg vil gerne giftes på Ishøj Rådhus en fredag i september, gerne den 12. Vi har begge boet i Ishøj i mange år.

Thomas Ravn §CPR§
Jakob Ellegaard §CPR§

Vi skal have to vidner med, min søster og Thomas' bror.

Mange hilsner
Jakob Ellegaard
""", C(19, 2, 1984, "dash"), C(7, 7, 1986, "dash"))

M("c p", """
Til Center for Byudvikling og Natur

Vi er ved at sælge vores hus på Gildbrovej, og køberens bank vil have en bekræftelse på, at den overdækkede terrasse er lovligt opført, før de vil godkende lånet. Handlen kan først blive endelig, når det er på plads.
Kan I bekræfte, at der er givet byggetilladelse i 2016?

Ejer: Henrik Dahl, cpr §CPR§

Med venlig hilsen
Henrik Dahl
""", C(30, 3, 1970, "dash"))

M("c h", """
Hej Gildbroskolen / PPR

Vores datter Alma (§CPR§) har lige fået diagnosen autisme på Børne- og Ungdomspsykiatrisk Center. Psykiateren anbefaler, at hun får et mindre klassemiljø. Hvordan søger vi om visitation til specialklasse?

Mvh
Louise Holt
""", C(3, 3, 2015, "dash"))

M("c e", """
Hej

Jeg fik en betinget dom sidste år for et færdselsforhold, og nu vil jeg gerne søge et job som pædagogmedhjælper. Kan I fortælle mig, om dommen kommer til at stå på min børneattest? Mit personnummer er §CPR§.

Venlig hilsen
Nikolaj
""", C(24, 8, 1999, "plain"))

M("c", """
Til Borgerservice

Min mor Else Marie Jensen er død den 2. februar. Hendes cpr var §CPR§.
Skal vi selv opsige hendes parkeringstilladelse og hendes abonnement på storskrald, eller sker det automatisk?

Med venlig hilsen
Per Jensen
Torslundevej 31
""", C(18, 10, 1936, "dash"))

M("c u", """
Hej HR

Jeg er FOA-medlem og ansat i hjemmeplejen Syd. Min fagforening beder om en kopi af min ansættelseskontrakt og de seneste tre lønsedler, fordi vi er uenige om mine tillæg for aftenvagter. Kan I sende det til mig?

CPR §CPR§

Mvh Gitte Lauridsen
""", C(25, 1, 1972, "endash"))

M("c h", """
Hej Tandplejen

Vores søn Noah §CPR§ skal have tandregulering efter besked fra jer i efteråret, men vi har stadig ikke fået nogen indkaldelse. Han har meget ondt, når han tygger.

Hilsen Ali og Maja
""", C(9, 9, 2012, "space"))

M("c", """
Goddag

Jeg har ingen computer og ingen smartphone, så jeg vil gerne fritages for Digital Post. Min nevø skriver denne mail for mig.
Navn: Bent Kristiansen
cpr nr: §CPR§
Adresse: Ishøj Bygade 4

Venlig hilsen
Bent
""", C(3, 9, 1945, "plain"))

M("c h e", """
Kære Ole (byrådsmedlem)

Jeg ved ikke hvem jeg ellers skal skrive til. Min lillebror Rasmus, §CPR§, drikker mere og mere, og i sidste uge blev han smidt ud af sin lejlighed i Vildtbanegård. Nu sover han i sin bil eller på min sofa. Han har brug for et sted at bo og for at komme i alkoholbehandling, men han kan ikke selv tage sig sammen til at ringe.

Kan du hjælpe med at finde ud af, hvem i kommunen der kan tage fat i ham?

Venlig hilsen
Camilla Bruun
""", C(6, 12, 1991, "dash"))

M("c t b e", """
Til lederen af SFO Strandgården

Vi er en muslimsk familie med pakistansk baggrund. Vores datter Aisha (§CPR§) har fortalt, at hun fik frikadeller med svinekød til eftermiddagsmad i torsdags, selvom vi har skrevet på tilmeldingen, at hun ikke spiser svin. Vi vil gerne have en forklaring og sikkerhed for, at det ikke sker igen.

Med venlig hilsen
Imran Chaudhry
""", C(14, 5, 2017, "dash"))

M("c e", """
Hej

Jeg modtager kontanthjælp og har fået trukket 2.100 kr. i ydelsen for februar, fordi jeg angiveligt ikke mødte op til en samtale. Jeg har aldrig fået indkaldelsen. Kan jeg klage?

cpr §CPR§

Mvh Jonas Friis
""", C(13, 2, 1995, "space"))

M("c h e", """
Til visitationen

Min mor, Inger Hansen (§CPR§), har fået konstateret demens i moderat grad og er blevet visiteret til plejebolig i november. Hun står stadig på ventelisten, og hjemmeplejen kommer kun tre gange om dagen. Hun har to gange gået ud om natten og er fundet af naboerne. Hvor lang er ventetiden egentlig?

Venlig hilsen
Pia Hansen (datter, har fuldmagt)
""", C(29, 6, 1939, "dash"))

M("c", """
Hej

Jeg vil gerne søge om tilladelse til at fælde et stort ahorntræ i forhaven, da det skygger for solcellerne. Der er vist en bevaringsværdig bestemmelse i lokalplanen, så jeg spørger hellere først.

Venlig hilsen
Hanne Poulsen
Ishøj Landsby 17
CPR: §CPR§
""", C(31, 12, 1958, "dash"))

M("c h e", """
Kære Ishøj Kommune

Jeg har epilepsi og har fået frataget kørekortet af lægen. Derfor kan jeg ikke længere køre til mit fleksjob i Hvidovre. Kan jeg få hjælp til befordring eller et tilskud til taxa?

CPR §CPR§

Med venlig hilsen
Morten Skov
""", C(10, 10, 1983, "endash"))

M("c e", """
Hej

Fogeden kommer på torsdag kl. 9 og sætter mig ud af lejligheden, fordi jeg skylder tre måneders husleje. Jeg har ingen steder at gå hen med min hund. Jeg har ringet til Borgerservice, men de siger, at jeg skal skrive. CPR: §CPR§. HJÆLP.

Tina
""", C(4, 4, 1976, "plain"))

M("c", """
hej min søns cpr er §CPR§ han skal starte i 0. klasse til august, hvor skal vi skrive ham op henne? vi bor på vejlebrovej

hilsen Sara
""", C(22, 1, 2019, "dash"))

M("c s h", """
Hej Borgerservice

Min kæreste og jeg er to kvinder, og jeg er gravid efter fertilitetsbehandling på Hvidovre. Hun skal være medmor. Skal vi udfylde noget hos jer, før barnet bliver født, eller klarer jordemoderen det?

Mig: §CPR§
Hende (Line): §CPR§

Venlig hilsen
Signe Thorsen
""", C(2, 2, 1992, "dash"), C(15, 11, 1990, "dash"))

M("c h", """
Til Sundhedsplejen

Vores søn blev født for tidligt i uge 31 og var indlagt på neonatal i fem uger. Nu er vi hjemme, men vi har ikke hørt fra sundhedsplejersken. Han hedder Viggo, cpr §CPR§.

Hilsen
Emilie og Kristian
""", C(19, 1, 2025, "dash"))

M("c e", """
Kære borgmester

Jeg er 67 år og har boet i Ishøj hele mit liv. Min folkepension er 14.200 kr. om måneden efter skat, og jeg kan ikke få det til at hænge sammen med den nye husleje i afdelingen. Jeg har søgt om varmetillæg, men der er gået ti uger. Sagen ligger under personnummer §CPR§.

Med venlig hilsen
Grethe Mikkelsen
""", C(5, 7, 1957, "dash"))

# ---------------------------------------------------------------- HEALTH
M("h", """
Hej Kim

Kan du ringe mig op en af dagene? Jeg ligger på Herlev med en brækket hofte og kan ikke nå at komme til borgermødet på torsdag om cykelstien langs Tranegildevej, som jeg ellers havde lovet dig.

Mvh Ove
24 13 55 80
""")

M("h e", """
Til Center for Børn og Forebyggelse

Vores søn på 16 har svær depression og har ikke været i skole siden efterårsferien. Han er tilknyttet børne- og ungdomspsykiatrien, men der sker ikke noget. Vi har bedt jer om en familiebehandler for over to måneder siden og har ikke hørt noget.

Vi er ved at gå i stykker.

Mvh
Anja og Brian Holst
""")

M("h", """
hej, jeg har fået konstateret brystkræf og skal i kemo fra næste uge, derfor kan jeg ikke komme til borgerpanelet den 12. undskyld

mvh lis
""")

M("h e", """
Hej

Jeg har fået konstateret brystkræft og starter kemoterapi på Herlev på mandag. Derfor kan jeg ikke komme til samtalen i jobcentret den 12. marts. Kan den flyttes, eller kan den tages over telefonen?

Venlig hilsen
Lisbeth Nørgaard
""")

M("h", """
Kære SFO-leder

Vores søn tager Ritalin for sin ADHD og skal have en tablet kl. 12. Pædagogerne siger nu, at de ikke må give medicin uden en ny blanket. Vi har udfyldt den samme blanket tre gange. Hvad skal der til?

Hilsen Julie
""")

M("h", """
Hej Borgerrådgiveren

Jeg er indlagt på psykiatrisk afdeling i Glostrup efter et selvmordsforsøg i januar. Jeg er bange for, at min lejlighed bliver opsagt, fordi jeg ikke har kunnet tage telefonen. Kan du hjælpe mig med at finde ud af, hvem der skal have besked?

Mvh
Anonym - men ring til afdelingen og spørg efter Frederik
""")

M("h", """
Til rette vedkommende

Jeg vil klage over min nabo i nr. 12, Kurt, som er alkoholiker og står og råber på altanen hver nat mellem 1 og 3. Han har også været indlagt med delirium to gange i år, så det er ikke fordi det er ukendt. Boligforeningen gør intet.

Mvh
Beboer i blok C
""")

M("h", """
Hej

Jeg er gravid i 7. måned og bor på 4. sal på Ishøj Strandvej, og elevatoren har været i stykker i tre uger. Jeg kan næsten ikke klare trapperne mere og har fået at vide af jordemoderen, at jeg skal passe på. Kan kommunen presse boligselskabet?

Hilsen Nanna
""")

M("h", """
Hej

Min genoptræning efter knæoperationen (nyt knæ i december) er blevet aflyst tre gange, fordi fysioterapeuten er syg. Jeg må ikke vente mere end 7 dage, siger min genoptræningsplan. Hvad gør I?

Mvh Hans Jørgen
""")

M("h", """
Kære Lone (formand for Børne- og Skoleudvalget)

Jeg er lærer på en af kommunens skoler og har været sygemeldt med stress i to måneder nu. Jeg er langt fra den eneste. Vi har tre kolleger på mit team, der er gået ned inden for et år. Jeg synes, I skal vide, hvordan det ser ud derude, før I vedtager næste års budget.

Jeg vil gerne være anonym over for forvaltningen.

Venlig hilsen
En lærer
""")

M("h", """
Til Ishøj Kommune

Jeg er stærkt svagsynet (under 10 % syn på begge øjne) og kan ikke læse de breve, I sender på papir. Kan I sende dem som lydfil eller i stor skrift? Min datter læser denne mail op for mig.

Venlig hilsen
Knud Andersen
""")

M("h", """
Hej

Min mor har fået nye høreapparater, men hun hører stadig ikke, hvad der bliver sagt til aktiviteterne på Ishøj Seniorcenter. Er der en teleslynge i salen, og virker den?

Hilsen
Marianne
""")

M("h e", """
Kære borgmester

Min far bor på plejehjemmet Ishøjgaard og har alzheimer. I de sidste tre besøg har han siddet i den samme bleen, og han har tabt sig 6 kg siden jul. Personalet siger, at de ikke har tid. Jeg beder dig sætte dig ind i, hvordan det står til.

Med venlig hilsen
Karina Bang
""")

M("h", """
Hej sundhedsplejen

Vores datter på 15 har en spiseforstyrrelse (anoreksi) og er i behandling på Bispebjerg, men skolen ved ikke, hvordan de skal håndtere det i idrætstimerne. Kan en sundhedsplejerske tage en snak med klasselæreren?

Mvh Søren og Lise
""")

M("h", """
Hej

Jeg har haft senfølger efter covid i over et år - træthed, hjernetåge og hjertebanken. Jeg kan kun arbejde 12 timer om ugen. Findes der et genoptræningstilbud i kommunen for long covid?

Venlig hilsen
Anette
""")

M("h", """
Til VUC Vestegnen, afdelingen i Ishøj

Jeg kan ikke komme til den mundtlige eksamen i næste uge. Jeg aborterede spontant i weekenden og er stadig meget svag. Lægeerklæring kan eftersendes. Kan jeg tage prøven i juni?

Med venlig hilsen
Olena
""")

M("h", """
Hej køkkenet i Solsikken

Vores søn Emil starter i jeres børnehave på mandag. Han har svær nøddeallergi og har en EpiPen med. Vi vil gerne mødes med jer før start og gennemgå, hvad I gør, hvis han får et anfald.

Hilsen Maria og Jens
""")

M("h", """
Kære Vej og Park

Jeg har sclerose og går dårligt, og nu er handicapparkeringspladsen ud for Ishøj Bycenter indgang Nord blevet fjernet under ombygningen. Der er 200 meter til den næste. Hvornår kommer den tilbage?

Mvh Trine Holmgaard
""")

M("h u", """
Hej Ishøj Kommune, Løn og Personale

Jeg skriver som FOA-tillidsrepræsentant for Pia Nielsen, der arbejder i køkkenet på Ishøj Seniorcenter. Pia fik en diskusprolaps i november efter at have løftet gryder uden løftegrej, og vi mener, at det skal anmeldes som arbejdsskade. Hun har givet mig fuldmagt.

Med venlig hilsen
Susanne Kirk
FOA Vestegnen
""")

M("h", """
hej jeg er helt nede med nerverne for tiden og lægen har givet mig lykkepiller, og så kører skraldebilen kl 5.30 om morgenen lige under mit vindue. kan i ikke flytte ruten bare en time. jeg sover ingenting

Jan
""")

M("h", """
Hej

Min mand ligger på Rigshospitalet efter hjertestop i sidste uge, og jeg er hos ham hver dag. Derfor har vi ikke nået at sætte affaldsspandene ud, og nu har vi fået et gebyr for en ekstra tømning. Kan det frafaldes?

Mvh Bodil Pedersen
""")

M("h e", """
Til kørselskontoret

Vores søn Anton har infantil autisme og kan ikke tage offentlig transport. Han har fået bevilget kørsel til specialskolen, men taxaen kommer tit 30-40 minutter for sent, og så bryder han sammen, før skoledagen overhovedet er begyndt.

Venlig hilsen
Camilla Frandsen
""")

M("h", """
Hej,

Jeg har lidt af social angst siden gymnasiet og har svært ved at møde op personligt. Kan mit møde med Borgerservice om pas foregå på video, eller må min søster møde op med fuldmagt?

Mvh Amalie
""")

M("h", """
Kære byrådsmedlem

Jeg er tidligere udsendt soldat (Afghanistan 2010) og har PTSD. Der er ingen kommunale tilbud til veteraner i Ishøj, der passer til mig - det hele foregår i København. Vil du arbejde for et lokalt veteranhus?

Med venlig hilsen
Thomas Brink
""")

M("h e", """
Hej

Jeg har røget hash i over ti år og vil gerne i behandling nu. Jeg bor på herberget i Roskilde lige nu, fordi jeg mistede min lejlighed, men jeg er stadig tilmeldt i Ishøj. Kan I hjælpe mig, eller skal jeg skrive til Roskilde?

Mvh Kevin
""")

M("h", """
Hej

Jeg har type 1-diabetes og skal have sprøjter og kanyler fra kommunen. Jeg flytter til Ishøj den 1. maj fra Albertslund - skal jeg søge forfra?

Venlig hilsen
Jesper Lindholm
""")

M("h", """
Kære Ældrerådet

Min svigerfar er blevet dement og har fået et fald i badet. Egentlig har han brug for et badetaburet og gribehåndtag. Hvem skal vi kontakte? Han bor på Pilemøllevej.

Hilsen Rikke
""")

M("h", """
Hej

vores datter er ordblind og har ADHD og hun har fået at vide at hun ikke kan få en it-rygsæk før efter sommerferien. det er alt for sent hun er ved at give op. kan I se på det

Mvh Dorthe
""")

M("h", """
Hej

Jeg er blevet opereret for en hjernesvulst og må ikke cykle i tre måneder. Jeg plejer at cykle min søn i vuggestue. Er der mulighed for at han kan starte kl. 9 i stedet for kl. 7 i den periode?

Venlig hilsen
Martin
""")

M("h", """
Til Ishøj Svømmehal

Jeg har en stomi efter tarmkræft og vil gerne bruge et enkeltomklædningsrum. Findes der et sådan? Ellers kommer jeg ikke mere.

Mvh Kirsten
""")
