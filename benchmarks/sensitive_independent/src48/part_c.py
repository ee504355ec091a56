"""Part C: andelsboliger, summer houses, garden colonies, estates and inherited homes."""
from common import M

M("ps", """
Hej Rasmus

Min mand Thomas og jeg (to fædre til en dreng på 4) skal sælge vores andel i AB Ishøjgård. Bestyrelsen har godkendt en køber fra ventelisten, men nu vil de først have en ny vurdering af forbedringerne i køkkenet, og køberen er ved at miste tålmodigheden. Hvem fastsætter egentlig forbedringsværdien?

Hilsen Peter Kjær
""")

M("", """
Kære Center for Byudvikling og Natur

Hvordan fastsættes maksimalprisen på en andelsbolig? Vi er i gang med at opdatere vedtægterne i AB Søparken og vil gerne have kommunens vejledning.

Venlig hilsen
Bestyrelsen, AB Søparken
""")

M("pe", """
Hej

Jeg sidder i restance med boligafgiften i min andel, og banken har opsagt andelslånet (lånenr. 9841 223 015). Nu har bestyrelsen sat andelen til salg for 820.000. Jeg har ikke andre steder at bo. Kan kommunen hjælpe mig?

mvh
Henrik Sørup
[[291166-1347]]
""")

M("", """
Hej

Vi har købt et andelsbolig i 2023 og overtagelsen er for længst overstået. Nu vil bestyrelsen opkræve et gebyr for "ejerskifte". Er det lovligt? Bare et spørgsmål om reglerne.

Mvh Maria
""")

M("pb", """
Kære Helle

Jeg er buddhist og mediterer dagligt, og jeg har længe drømt om at købe et stille sommerhus. Nu har jeg budt på et i Ishøj Strandpark, men sælger vil kun sælge hvis jeg overtager hans gamle udhus. Det står tæt på skel. Skal det lovliggøres før overtagelse?

Venlig hilsen
Camilla Rosenvinge
""")

M("", """
Hej

Må man overnatte i et kolonihavehus hele året i Ishøj? Der er nogen i vores forening der siger ja.

Mvh Gunnar
""")

M("p", """
Hej

Jeg er eksekutor i min fars dødsbo. Huset på Gildbrovej 43 er sat til salg, og vi har fået et bud på 2,85 mio. fra et ungt par, betinget af at kommunen bekræfter at kælderen er lovligt indrettet. BFE-nr. 7720144. Kan I svare inden fredag?

Med venlig hilsen
Annette Holmgaard
""")

M("", """
Hej

Min far er død i januar, og jeg skal vide hvordan man opsiger affaldsordningen og ejendomsskatten for hans hus. Huset er allerede overtaget af min bror, handlen er helt på plads.

Venlig hilsen
Susanne
""")

M("pt", """
Hej

Min farmor kom fra Polen efter krigen og har efterladt os sit kolonihavehus i HF Strandgården. Vi er 4 arvinger og vil sælge, men foreningen siger at køberen skal stå på deres venteliste. Vi har en køber der vil give vurderingsprisen. Kan kommunen gøre noget?

Mvh Marek Nowak
""")

M("", """
Hej

Jeg vil gerne på venteliste til en kolonihave i Ishøj. Hvordan gør jeg?

Mvh Freja
""")

M("pu", """
Kære Anders

Som mangeårigt medlem af BUPL og pædagog i Ishøj søger jeg om at få lov til at købe det gamle stuehus, som kommunen har ejet siden 2019 på Tranegildevej. Jeg har sendt et bud på 1,8 mio. Hvad er processen nu?

Mvh Kirsten Dam
""")

M("", """
Hej

Hvornår sætter kommunen det gamle stuehus på Tranegildevej til salg? Jeg har hørt rygter.

Mvh Jørn
""")

M("ph", """
Hej

Jeg skal have min mors hus solgt, fordi hun er flyttet på hospice med kræft i bugspytkirtlen. Hun vil gerne se handlen underskrevet, før hun dør. Køberen venter på bankens godkendelse. Kan kommunen prioritere ejendomsdatarapporten?

Venlig hilsen
Lene Bork
""")

M("", """
Til kommunens ejendomsafdeling

Hvor lang er den normale sagsbehandlingstid på en ejendomsdatarapport? Jeg er mægler og vil gerne kunne give mine kunder et realistisk tal.

Mvh
Thomas Vang
""")

M("pes", """
Hej Camilla

Det er lidt kompliceret: min kone Sofie og jeg er blevet skilt, og vi skal sælge vores sommerhus, som står i begges navne. Hun vil have 1,4, jeg vil sælge for 1,2 så vi kommer videre. En køber har budt 1,25. Hvem kan mediere – kommunen eller Familieretshuset?

Mvh Maja Sørensen
""")

M("", """
Hej

Hvem mægler i konflikter om sommerhuse mellem ejere og grundejerforeningen? Er det kommunen?

Mvh Jan
""")

M("tb", """
Kære byrådsmedlem

Jeg er sikh og bærer turban, og jeg er født i Punjab. Da jeg var til åbent hus i et rækkehus på Vildtbanevej, sagde mægleren at "sælger ikke ønsker købere af den type". Jeg vil klage over diskrimination. Handlen er ikke min længere, men jeg vil have det registreret.

Mvh
Harpreet Singh
""")

M("", """
Hej

Hvor klager man over diskrimination ved boligsalg generelt? Jeg skriver en artikel om emnet.

Mvh Astrid
""")

M("p", """
Hej

Vi har arvet en landbrugsejendom på 34 ha ved Torslunde og har fået et bud fra naboen. Han vil dog kun købe hvis kommunen giver lov til at dele ejendommen, så stuehuset kan sælges separat. Matr.nr. 3b Torslunde By. Hvordan søger vi?

Venlig hilsen
Arvingerne efter Knud Lindgaard
v/ Preben Lindgaard
""")

M("", """
Hej

Hvad er reglerne for udstykning af landbrugsejendomme i Ishøj? Jeg spørger generelt.

Hilsen Karsten
""")

M("eu", """
Hej

Jeg er i 3F og er lige blevet arbejdsløs. Jeg ejer ikke noget, men min lejlighed er en andel og jeg frygter at jeg skal sælge. Har kommunen nogen ordning for folk som mig?

Mvh Kent
""")

M("", """
Hej

Er der andelsboliger i Ishøj der er til salg under 500.000? Bare nysgerrig.

Mvh Sara
""")

M("pb", """
Hej

Som Venstre-medlem og lokal erhvervsmand har jeg budt på grunden ved Ishøj Centervej 8 for at bygge en lille butik. Budet er betinget af lokalplanen. Jeg vil gerne have et møde med borgmesteren.

Med venlig hilsen
Ole Frandsen
""")

M("", """
Hej

Hvor mange erhvervsgrunde har kommunen til salg pt.? Vil gerne se en oversigt.

Mvh Lars Henriksen, Handelsstandsforeningen
""")

M("pe", """
Kære borgerrådgiver

Jeg er på førtidspension og har fået et bud på mit rækkehus på Ishøj Søvej 51. Jeg er bange for at min pension bliver sat ned, når jeg har pengene fra salget i banken. Skal jeg sige det til kommunen før handlen?

Hilsen Inga Pedersen
[[140962 2015]]
""")

M("", """
Hej

Påvirker friværdi folkepensionen? Jeg spørger for en forening.

Mvh Lotte
""")

M("ps", """
Hej

Vi er et lesbisk par og har fundet vores drømmehus på Ishøj Landsby. Sælger har accepteret, men han ville "ikke have to kvinder i huset" – det sagde han til mægleren. Nu har han trukket accepten tilbage. Kan kommunen gøre noget?

Mvh Stine og Rikke
""")

M("", """
Hej

Hvad er kommunens politik for LGBT+-venlige boliger? Gælder det også for private udlejere?

Mvh
""")

M("h", """
Hej

Jeg bor i et kolonihavehus i HF Søholm og er nyopereret i hoften. Kan kommunen give lov til at jeg bor der hele vinteren, så jeg ikke skal flytte frem og tilbage?

Venlig hilsen
Palle Kongsgaard
""")

M("", """
Hej

Er kommunens affaldsordning for kolonihaver slut i oktober, eller kører den året rundt?

Mvh HF Søholm
""")

M("pb", """
Hej

Jeg er vegetar af overbevisning og medlem af Alternativet. Min kone og jeg har købt et hus, men handlen afhænger af at vi må have høns på grunden (købsaftalen er betinget af det). Må man holde høns i Ishøj Landsby?

Hilsen
Nikolaj Winther
""")

M("", """
Hej

Må man holde høns i haven i Ishøj Landsby? Generelt spørgsmål.

Mvh Jesper
""")

M("pt", """
Kære borgmester

Vi er en tamilsk familie fra Sri Lanka og har boet i Ishøj i 25 år. Nu skal vi sælge vores hus, men vi har fået at vide af mægleren, at vi skal "neutralisere" boligen for at den kan sælges. Det føles krænkende. Hvad synes du?

Venlig hilsen
Kumar Sivakumar
""")

M("", """
Hej

Mæglere anbefaler ofte at "neutralisere" boliger, før de sælges. Synes kommunen det er i orden?

Mvh en interesseret
""")

M("pu", """
Hej

Jeg er medlem af DSR og sygeplejerske på Hvidovre Hospital. Vi har budt på en ejerlejlighed i Ishøj Strand, og køberrådgiveren siger at der er fundet asbest i opgangen. Kan kommunen oplyse noget om asbest i ejendommen?

Mvh
Trine Dahl
""")

M("", """
Hej

Hvordan får man oplysninger om asbest i en bygning? Jeg er mægler.

Mvh
""")

M("phe", """
Til Ishøj Kommune

Vi er ved at sælge vores hus, og vi vil gerne have svar på om det kan sælges til en forening, der driver et bosted for psykisk sårbare unge. Vores søn er nemlig selv psykisk syg og har boet på et sådant sted. Vi synes det er en god idé.

Mvh
Finn og Ulla Bruun
""")

M("", """
Hej

Kan et hus i et villakvarter bruges som bosted? Jeg hørte at nogen vil købe et hus på min vej til det.

Mvh Henning
""")

M("pe", """
Hej

Mit hus skal sælges på tvangsauktion den 4. juni. Jeg har gæld til SKAT og boligstøtten er stoppet. Hvad sker der med mig og mine børn?

Mvh Jonas Holm
[[020585-1192]]
""")

M("", """
Hej

Hvor finder man listen over kommende tvangsauktioner i Ishøj?

Mvh
""")
