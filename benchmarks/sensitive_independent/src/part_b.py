# Economic/social circumstances and property trades.
from common import M, C

# ---------------------------------------------------------------- ECONOMY / SOCIAL
M("e", """
Til Borger, Økonomi og IT / Opkrævningen

Jeg har fået en rykker for 2. rate af ejendomsskatten. Jeg har været arbejdsløs siden november og har ikke pengene lige nu. Kan jeg få henstand til efter sommerferien?

Med venlig hilsen
Carsten Hvid
Tranegildevej 88
""")

M("e", """
hej jeg er på kontanten og de har sanktioneret mig igen for at jeg kom 10 min for sent til aktivering. nu har jeg 3000 kr til hele marts. det kan man ikke leve af. hvem kan jeg klage til

Patrick
""")

M("e", """
Kære borgerrådgiver

Jeg vil klage over den måde, min sag om samvær med min datter bliver håndteret. Min ekskone har fået bopælen, og hun forhindrer samvær hver anden weekend, selvom Familieretshuset har afgjort det. Jeres familieafdeling siger, at de ikke kan gøre noget. Men det var jeres socialrådgiver, der skrev i en underretning, at jeg var "konfliktsky". Jeg vil gerne have aktindsigt i den underretning.

Med venlig hilsen
Michael Thygesen
""")

M("e", """
Hej

Jeg vil gerne være anonym. Jeg er bekymret for børnene i opgang 14, 2. th. på Ishøj Strandvej. De to små (ca. 4 og 6 år) går rundt alene ude på legepladsen til langt ud på aftenen, også når det er koldt, og de har tit ikke jakker på. Den store pige har sagt til min datter, at der ikke er noget mad derhjemme. Jeg ved ikke, om jeg skal lave en underretning, eller om det her er nok.

Venlig hilsen
En bekymret nabo
""")

M("e", """
Hej

Jeg har ingen adresse lige nu. Jeg sover i min bil på parkeringspladsen ved Ishøj Strand eller hos venner. Min post kommer stadig til min gamle adresse, som jeg blev sat ud af. Kan jeg få min post et andet sted, og kan jeg få hjælp til at finde et værelse?

Mvh Lasse
""")

M("e h", """
Kære Center for Beskæftigelse

Jeg har fået afslag på økonomisk friplads til min søns fritidsklub, fordi vores samlede indtægt er 4.000 kr. over grænsen. Men min mand har været sygemeldt og fået sygedagpenge det meste af året, så vores indkomst er slet ikke som på årsopgørelsen. Kan I genberegne?

Venlig hilsen
Heidi Brandt
""")

M("e", """
Hej Borgerrådgiveren

Jeg har 180.000 kr. i gæld til Gældsstyrelsen og inkasso, og nu har de lagt lønindeholdelse på 20 % af min løn. Jeg har to børn og kan ikke klare det. Kommunen har et gældsrådgivningstilbud, har jeg hørt - hvordan kommer jeg med?

Mvh
Kenneth
""")

M("e", """
Til Ydelseskontoret

Min førtidspension er blevet sat ned med 1.800 kr. om måneden fra januar, fordi jeg er flyttet sammen med min kæreste, som har en indtægt. Jeg forstår ikke beregningen. Kan nogen forklare mig den i et brev jeg kan læse?

Med venlig hilsen
Helle Kjær
""")

M("e", """
Kære Ishøj Kommune

Min datter Julie blev anbragt på et opholdssted på Sjælland sidste år. Jeg må kun se hende én gang om måneden under overvågning. Hendes sagsbehandler er gået på barsel, og ingen svarer mig. Jeg har ret til en handleplan og vil have at vide, hvem der har sagen nu.

Venlig hilsen
Ditte Larsen
""")

M("e", """
Hej

Jeg har været i ressourceforløb i over to år nu og har haft fire forskellige sagsbehandlere. Hver gang starter vi forfra. Jeg vil gerne klage over, at min sag ikke kommer videre.

Mvh
Brian Friis
""")

M("e", """
Hej

I har sendt mig en afgørelse om, at jeg skal betale 11.400 kr. tilbage i boligstøtte for 2023, fordi min indkomst var højere end forventet. Jeg havde en del overarbejde i julemåneden, men ellers er det ikke rigtigt. Jeg vil gerne have en afdragsordning, og jeg vil klage over beregningen.

Venlig hilsen
Louise Skov
""")

M("e", """
Kære Ishøj Kommune

Jeg er enlig mor til tre børn og deres far har ikke betalt børnebidrag i et halvt år. Min løn som rengøringsassistent er 17.600 kr. før skat om måneden, og det løber ikke rundt. Kan kommunen lægge ud for bidraget eller hjælpe på anden måde?

Mvh
Bettina
""")

M("e", """
Hej Ole

Du kender måske min søn, Daniel. Han sidder i Vestre Fængsel og afventer dom. Når han kommer ud, har han ingen bolig og ingen penge. Kan du fortælle mig, hvem i kommunen der skal tage sig af hans løsladelse, så han ikke ender på gaden igen?

Venlig hilsen
Gitte Holm
""")

M("e", """
Til visitationen

Min mor på 91 har fået skåret sin hjemmehjælp ned fra rengøring hver uge til hver anden uge. Hun kan ikke selv støvsuge. Hvorfor bliver det skåret, når hun ikke er blevet bedre?

Hilsen
Jens Erik Madsen
""")

M("e", """
Hej

Jeg er ledig og får dagpenge fra ASE. Jobcentret har indkaldt mig til en samtale samme dag som en jobsamtale hos Coop. Kan jeg få flyttet samtalen?

Mvh
Nicklas
""")

M("e", """
hej. er totalt flad. huslejen er ikke betalt og jeg har 400 kr til resten af måneden og 2 unger. jeg ved godt at det er min egen skyld men kan man søge nødhjælp hos jer???

- Sabrina
""")

M("e", """
Kære Familieafdelingen

Vores plejebarn, en dreng på 9 år, har været hos os i 2 år. Hans biologiske mor vil nu have ham hjem, og det er meget uroligt for ham. Vi har ikke hørt fra hans socialrådgiver siden oktober. Hvornår er det næste netværksmøde?

Med venlig hilsen
Plejefamilien Jensen
""")

M("e", """
Hej Borgerrådgiver

Jeg har fået afslag på en enkeltydelse til en ny vaskemaskine. Den gamle brød sammen, og jeg er på uddannelseshjælp og har ingen opsparing. Jeg har tre små børn og vasker i hånden. Sagsbehandleren har ikke begrundet afslaget ordentligt.

Venlig hilsen
Josefine
""")

M("e", """
Til boligsocial medarbejder

Vi har fået en opsigelse fra boligforeningen på grund af huslejerestance på 23.000 kr. Min mand mistede sit job i efteråret og vi fik ikke søgt hjælp i tide. Vi vil gerne lave en aftale, så vi kan blive boende.

Mvh
Yasmin og Tarik
""")

M("e", """
Kære byrådet

Jeg har været gift i 22 år, og nu vil min mand skilles. Han har altid styret økonomien, og jeg ved ikke engang, hvad vi skylder. Jeg har ikke haft arbejde siden børnene blev født. Hvor får jeg hjælp i kommunen?

Anonym (kvinde, 51 år)
""")

M("e h", """
Hej

Jeg har søgt om merudgifter til min søn, der har et handicap, men det er nu 5 måneder siden. Hvornår får vi svar?

Venlig hilsen
Kristina
""")

M("e", """
Hej Jobcenter

Jeg blev fyret fra min stilling hos Ishøj Bycenter i går og skal melde mig ledig. Jeg er ikke medlem af nogen a-kasse. Betyder det, at jeg skal søge kontanthjælp, og skal min kærestes indkomst tælle med?

Mvh
Oliver
""")

M("e", """
Hej

Jeg har modtaget en opkrævning fra Ishøj Kommune på 6.540 kr. for for meget udbetalt kontanthjælp i 2022. Jeg havde på det tidspunkt et studiejob, som jeg oplyste om. Jeg har kopi af mailen. Kan I se på sagen igen?

Venlig hilsen
Mathias Lund
""")

M("e", """
Til Børn og Forebyggelse

Min nabos søn på 13 hænger ud med en gruppe ældre drenge og har været anholdt for indbrud i Ishøj Bycenter to gange. Forældrene siger, at kommunen ikke gør noget. Jeg er bange for, at han trækker min søn med. Hvad sker der, når man er så ung?

Hilsen
Mor i Vejleåparken
""")

M("e", """
Kære Ishøj Kommune

Min bror og jeg har delt forældremyndighed over vores niece efter min søsters død. Der er uenighed med faderens familie, og sagen er i retten. Børnehaven har fået besked om, at han må hente hende. Kan I sikre, at det ikke sker, før retten har afgjort det?

Med venlig hilsen
Mette Sørensen
""")

# ---------------------------------------------------------------- PROPERTY TRADE
M("p", """
Hej Byggesag

Vi har sat vores rækkehus til salg (Strandgårdsparken 23), og der er en køber, som gerne vil vide, om der må bygges en carport i forhaven, før de skriver under. Kan I svare hurtigt? Køberen har et andet hus i kikkerten.

Venlig hilsen
Lone og Peter Frandsen
""")

M("p", """
Til Center for Byudvikling og Natur

Vi er i gang med at købe et hus på Tranegildevej 54. Vores advokat har fundet en gammel servitut om vejret, som han ikke kan tolke. Handlen er betinget af advokatens godkendelse, og fristen er fredag. Kan I sige, om kommunen har rettigheder i den servitut?

Med venlig hilsen
Jonas og Amanda Krog
""")

M("p", """
Hej

Vi har fået et bud på 3,2 mio. på vores hus, men køberen vil have et afslag, fordi der står et skur uden byggetilladelse. Kan vi søge lovliggørelse inden handlen er endelig?

Mvh
Kim Rasmussen
Ishøj Landsby
""")

M("p e", """
Hej

Vi er nødt til at sælge huset på grund af skilsmisse. Ejendomsmægleren siger, at det er bedst at få afklaret et spørgsmål om skel mod kommunens grønne område, før vi sætter det til salg. Kan vi få et møde?

Venlig hilsen
Charlotte Bech
""")

M("p", """
Kære teknisk forvaltning

Jeg forhandler med min nabo om at købe en strimmel på ca. 150 m² af hans grund til en udvidelse af vores have. Vi er ikke blevet enige om prisen endnu, men jeg vil gerne vide, om en arealoverførsel kræver kommunens godkendelse og hvad det koster.

Mvh
Steen Larsen
""")

M("p", """
Hej

Min far døde i januar, og vi er nu ved at sælge hans hus på Torslundevej. Der er en interesseret køber, men mægleren vil have en ejendomsdataoplysning og en bekræftelse på, at olietanken er sløjfet. Hvor får vi det?

Venlig hilsen
Anne-Mette
""")

M("p", """
Hej Ishøj Kommune

Vi har underskrevet en købsaftale på en villa på Gadekærvej med forbehold for advokatgodkendelse og finansiering. Vi vil gerne høre, om der er planer om at lave en ny vej bag grunden - det er afgørende for, om vi gennemfører.

Med venlig hilsen
Rasmus og Kamilla Holm
""")

M("p", """
Til planafdelingen

Vi driver en VVS-virksomhed på Industrivej og overvejer at byde på erhvervsgrunden ved siden af. Sælger har givet os frist til 1. juni. Må vi bygge lager i to etager der efter lokalplanen?

Venlig hilsen
Ole Thorup
Thorup VVS ApS
""")

M("p", """
Hej

Vores hus har nu været til salg i 14 måneder, og vi tror, at det skyldes støjen fra den nye motorvejsstrækning. Vi har fået et enkelt bud, som ligger 600.000 under vurderingen. Har kommunen planer om en støjvold?

Mvh
Familien Nørgaard
""")

M("p", """
Hej

Køberens bank vil ikke frigive lånet, før kommunen har registreret færdigmeldingen af vores tilbygning. Vi færdigmeldte den i december. Overtagelsen er planlagt til 1. april, så det haster, ellers falder handlen.

Venlig hilsen
Mikael Skov
""")

M("p", """
Kære Ishøj Kommune

Vi er ved at købe en andelsbolig i Ishøj Landsby, og andelsforeningen siger, at kommunen skal godkende noget om støttet byggeri. Handlen kan ikke komme på plads uden. Hvem skal vi kontakte?

Mvh
Sofie Andersen
""")

M("p", """
Hej

Jeg har hørt, at kommunen vil sælge det lille grønne stykke bag mit hus på Ishøj Søvej. Jeg vil gerne byde på det, hvis det bliver udbudt - jeg kan tilbyde 250.000 kr. Hvem skal jeg tale med?

Med venlig hilsen
Preben Lauritsen
""")

M("p e", """
Hej

Vores hus skal på tvangsauktion den 14. maj, fordi vi ikke har kunnet betale på lånet siden min mand blev arbejdsløs. Vi forsøger stadig at få det solgt i fri handel inden. En køber har vist interesse. Kan kommunen give henstand med ejendomsskatten, så restancen ikke skræmmer køberen?

Mvh
Rikke Fogh
""")

M("p", """
Hej

Vi har skrevet under på huset på Vejlebrovej, men handlen er betinget af, at vi får lov til at rive garagen ned og bygge et anneks. Kan I give os en forhåndstilkendegivelse, så vi kan løfte forbeholdet?

Mvh
Tobias og Sara Eriksen
""")

M("p", """
Hej

Køberen af vores lejlighed er sprunget fra i sidste øjeblik, og nu er den til salg igen. Mægleren siger, at det var fordi køberen ikke kunne få svar fra jer om altanen. Kan vi få det svar nu, så vi ikke mister den næste køber også?

Venlig hilsen
Annette Lund
""")

M("p", """
Til Ishøj Kommune

Vi har en fremvisning på lørdag, og ejendomsmægleren spørger, om der er kloakseparering på vej i vores område. Hvad kan vi oplyse til køberne?

Mvh
Bo Christensen
Vejlebrovej 112
""")

M("p", """
Hej Planafdelingen

Vi har givet et bud på en ejendom i Torslunde, hvor der følger 3 hektar landbrugsjord med. Sælger har accepteret med forbehold. Må vi holde heste og bygge en ridehal der, eller er det i strid med landzonereglerne?

Venlig hilsen
Camilla og Jesper Brandt
""")

M("p", """
Hej

Kommunen har forkøbsret til vores grund ifølge en gammel deklaration. Vi har en køber, der har budt, men vi kan ikke skrive under, før I har givet afkald. Hvor lang tid tager det?

Mvh Erik Nielsen
""")

M("p h", """
Kære Ishøj Kommune

Min mand har fået ALS og kan ikke længere klare trapperne i vores hus. Vi har derfor sat huset til salg og er i dialog med en køber. Vi vil gerne flytte til en almen bolig i stueplan. Kan vi komme på en særlig venteliste?

Med venlig hilsen
Birthe Jakobsen
""")

M("p", """
Hej

Vi overvejer at give et bud på Vejlebrovej 112, som er til salg. Er der en lokalplan for ejendommen, og må man dele grunden?

Mvh
Nikolaj
""")

M("p", """
Hej

Vi har modtaget et købstilbud på vores ejerlejlighed på 2.850.000 kr. Ejerforeningen kræver, at kommunen oplyser om eventuelle påbud om facaderenovering. Har I noget på vej?

Mvh
Lene Dam
""")

M("p t", """
Kære borgerrådgiver

Vi er en tyrkisk familie og vil gerne købe et hus i Ishøj. En ejendomsmægler har to gange aflyst fremvisninger, så snart hun hørte vores efternavn. Nu har vi givet et bud på et andet hus og venter på svar. Jeg ved godt, at mægleren ikke er kommunen, men kan I vejlede os om, hvor man klager over diskrimination?

Venlig hilsen
Mehmet Yilmaz
""")

M("p", """
Hej

Jeg skal sælge min kolonihave i Ishøj Haveforening og har en køber på hånden. Foreningen siger, at kommunen skal godkende prisen og at huset er lovligt. Hvordan foregår det?

Mvh
Lise Holm
""")

M("p", """
Hej

Vi sælger vores sommerhusgrund i Ishøj Strand-området til vores nabo. Vi er enige om prisen, men skødet er ikke tinglyst endnu, og der mangler en landinspektørerklæring. Kan kommunen svare på spørgsmålet om skel?

Venlig hilsen
Hans Peter Vinding
""")

M("p", """
Kære Ishøj Kommune

Jeg har arvet et hus sammen med mine to søskende. Vi er ved at forhandle om, at jeg køber dem ud. Kan I oplyse ejendomsvurderingen og om der er gæld til kommunen på ejendommen?

Mvh
Rune
""")

M("p", """
Hej

Vi har en betinget købsaftale på et byggegrund i Ishøj Landsby og mangler svar om, hvorvidt der må bygges i 1½ plan. Vores advokat siger, at vi kan træde tilbage, hvis det ikke er tilladt. Fristen er 10 dage.

Venlig hilsen
Kathrine Melby
""")

M("p", """
hej
vi har fået et bud på huset men køber vil have at vi lovliggør kælderen først. hvem ringer vi til?
mvh Allan
""")

M("p", """
Hej Vej og Park

Min nabo i nr. 15 har sat sit hus til salg, og mæglerens skilt står midt på fortovet, så man ikke kan komme forbi med barnevogn. Der har været åbent hus to weekender i træk, og køberne parkerer i vores indkørsel. Kan I bede dem flytte skiltet?

Mvh
Bo
""")
