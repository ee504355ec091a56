"""corpus21 part D: the local plan, the municipality's sale of land and buildings, pending house trades."""
from common import M

M("p", """Kære borgmester

Vi har haft vores hus på Gadekærsvej 19 til salg i 14 måneder. Nu har vi endelig en køber, der har skrevet under med forbehold for, at kommunen ikke vedtager lokalplanforslaget om en ny genbrugsstation 150 meter fra grunden. Køberens advokat har bedt om en skriftlig udtalelse fra kommunen. Hvem skal vi henvende os til?

Med venlig hilsen
Arne og Gudrun Pedersen""")

M("", """Kære borgmester

Genbrugsstationen skal ikke ligge ved Gadekærsvej. Der er skoleveje og børnefamilier. Flyt den ud til erhvervsområdet.

Med venlig hilsen
Grundejerforeningen Gadekæret""")

M("p", """hej Jesper! vi har budt på huset i Ishøj Landsby nr. 27 og sælger har accepteret men vi skal have kommunens ok på at bygge en carport, fordi det er bevaringsværdigt. hvis ikke vi får ok inden 3 uger falder handlen. kan du hjælpe med hvem man skal ringe til? /Mette og Rune""")

M("", """Hej Jesper. Hvad er reglerne for bevaringsværdige huse i Ishøj Landsby? Må man sætte solceller på taget? /Lars Tholstrup""")

M("pe", """Til Økonomiudvalget

Jeg har en forlods aftale med kommunen om at købe storparcellen på Vejlegårdsvej til mit gartneri. Aftalen er ikke underskrevet endnu. Jeg har i mellemtiden fået afslag på lån i banken, fordi mit regnskab for 2024 viste underskud. Jeg beder om, at kommunen giver mig tre måneder mere til at finde finansiering, før grunden udbydes igen.

Med venlig hilsen
Kim Vejlgaard, Vejlgaard Planteskole""")

M("", """Til Økonomiudvalget

Hvorfor udbyder kommunen ikke storparcellerne ved Vejlegårdsvej offentligt? Jeg har hørt rygter om, at en bestemt køber har fået fortrinsret. Det vil være i strid med reglerne for salg af kommunal ejendom.

Med venlig hilsen
Tom Bjerre""")

M("p", """Kære Teknik- og Miljøudvalg

Vi er ved at købe Tranegilde Strandvej 88, men vores købsaftale er betinget af, at vi får dispensation til at ombygge udhuset til bolig. Ejendomsmægleren siger, at kommunen normalt giver dispensation. Sælger giver os frist til fredag. Vi har søgt for tre uger siden.

Mvh Peter og Ditte Agger""")

M("p", """Til borgmesteren

Vi sælger vores andelslejlighed i Søparken og har en køber, der har skrevet under, men hun kan trække sig inden for fristen, hvis hun hører om den planlagte højhusbebyggelse ved stationen. Vi synes, kommunen skal offentliggøre planen, så sælgere og købere ved, hvad de går ind til.

Venlig hilsen
Erik Juul""")

M("", """Til borgmesteren

Højhusene ved Ishøj Station er en god idé. Vi mangler boliger tæt på S-toget, og det kan give liv til bycentret.

Venlig hilsen
Ishøj Unge Erhverv""")

M("", """Kære Økonomiudvalget

Jeg læste i referatet, at kommunen har solgt den gamle tandklinik på Ishøj Bygade til et ejendomsselskab for 7,4 mio. kr. Salget er tinglyst. Hvorfor blev bygningen ikke tilbudt til foreningslivet først?

Med venlig hilsen
Ishøj Lokalhistoriske Forening""")

M("p", """Kære borgmester

Min bror og jeg har arvet vores mors hus på Tornbjergvej og har sat det til salg. Vi har fået to bud, men begge købere spørger til kommunens planer for støjværnet mod motorvejen. Vi ved ikke, hvad vi skal svare. Har I en tidsplan?

Med venlig hilsen
Charlotte Bek""")

M("", """Kære borgmester

Hvornår bliver støjværnet mod motorvejen ved Tornbjergvej forlænget? Det har været lovet siden 2018.

Med venlig hilsen
Beboerne på Tornbjergvej""")

M("pe", """Hej Kirsten

Jeg skriver fortroligt. Vi er gået fra hinanden, min mand og jeg, og huset på Birkebo 14 skal sælges. Han vil ikke skrive under på salgsopstillingen, og vi har en køber, der har budt, men som ikke vil vente mere end en måned. Imens kan jeg ikke betale halvdelen af huslejen på den lejlighed, jeg er flyttet til, plus halvdelen af huslånet. Jeg ved godt, det ikke er kommunens sag, men jeg vil høre om der er hjælp at få.

Hilsen Jeanette""")

M("p", """Til Teknik- og Miljøudvalget, dagsordensamler

Vedr. lokalplanforslag 2.15 (erhverv ved Ishøj Strandvej): Vores firma har givet et betinget bud på byggefelt C, og buddet er gyldigt til 1. april. Vi beder om, at lokalplanen behandles på udvalgets møde i marts, så vi kan nå at beslutte os.

Med venlig hilsen
Henning Dal, direktør, Dal Logistik A/S""")

M("", """Til Teknik- og Miljøudvalget

Vi har læst lokalplanforslag 2.15. Byggehøjden på 18 meter er for høj i forhold til strandparken. Vi foreslår max 12 meter.

Med venlig hilsen
Danmarks Naturfredningsforening, Ishøj""")

M("p", """Kære Hanne

Vi har sat vores kolonihavehus i Haveforeningen Strandhøj til salg, og der er en køber, der er meget interesseret. Men bestyrelsen siger, at vi ikke må sælge, før kommunen har afgjort, om området bliver omlagt til varig kolonihave. Vi har allerede købt et sommerhus og skal bruge pengene. Hvornår afgør I det?

Venlig hilsen
Bent og Ruth Lassen""")

M("", """Kære Hanne

Strandhøj skal gøres til varigt kolonihaveområde. Det er et grønt åndehul for hele Ishøj. Tak for dit arbejde for sagen.

Venlig hilsen
Dorthe, have nr. 44""")

M("peh", """Til borgmesterens PA

Mit hus på Kærmindevej skal på tvangsauktion den 18. februar. Jeg er kommet i restance efter sygdom og en lang periode uden indtægt. Jeg har hørt, at kommunen nogle gange kan yde et lån til at undgå tvangsauktion. Jeg har sendt en ansøgning, men har ikke hørt noget. Kan du sikre, at den bliver behandlet i tide?

cpr-nr. [[170562-1843]]

Med venlig hilsen
Gunnar Holmsted""")

M("", """Til borgmesteren

Hvor mange tvangsauktioner har der været i Ishøj i de sidste fem år? Jeg har set tal for hele Region Hovedstaden, men ikke for kommunen.

Venlig hilsen
Jesper Lind, journaliststuderende""")

M("p", """Til Økonomiudvalget

Ishøj Ryttercenter har et tilbud fra kommunen om at købe det areal, vi i dag lejer ved Torslunde. Prisen er ikke forhandlet på plads, og vi har bedt om en uvildig vurdering. Vi beder om, at sagen ikke sættes på Økonomiudvalgets dagsorden, før vurderingen foreligger.

Med venlig hilsen
Bestyrelsen, Ishøj Ryttercenter
v/ formand Susanne Wulff""")

M("", """Til Økonomiudvalget

Ishøj Ryttercenter fortjener at kunne blive på arealet ved Torslunde. Hundredvis af børn bruger stedet. Sælg ikke til en investor.

Venlig hilsen
en forælder""")

M("p", """Kære borgmester

Jeg er 72 og vil gerne sælge mit hus og flytte i en mindre bolig. Jeg har en køber, som er min nabos søn, og vi er næsten enige om prisen, men han skal have kommunens godkendelse af en udstykning af grunden, før han kan låne i banken. Kan I fremskynde den?

Med venlig hilsen
Ebbe Rosendahl
Ishøj Landevej 101""")

M("p", """hej Lars, rygtet siger at kommunen vil købe naboens grund på Stillidsvej 6 til en ny daginstitution. jeg tror han er i forhandlinger med jer lige nu. hvis det sker, kommer der trafik ind til os alle. kan du bekræfte? mvh Frank""")

M("", """Hej Lars. Hvor skal den nye daginstitution i Ishøj Nord ligge? Der har været mange rygter. /Frank Møller""")

M("pt", """Kære byrådsmedlem Ahmad Rashid

Jeg har drevet kiosk i bycentret i 12 år. Jeg er fra Irak og har fået dansk statsborgerskab. Nu har ejendomsselskabet sagt, at de vil sælge butikslejemålet, og jeg har fået en forkøbsret, som jeg skal bruge inden 30 dage. Banken er tøvende. Jeg føler, jeg bliver behandlet anderledes end de danske butiksejere, som har fået længere frist. Kan du hjælpe mig med at forstå, om kommunen har en rolle her?

Med venlig hilsen
Karim Al-Jaber""")

M("", """Kære Ahmad Rashid

Bycentret er ved at blive solgt til en udenlandsk pensionskasse. Hvad betyder det for de små butikker? Har kommunen nogen indflydelse?

Med venlig hilsen
Ishøj Bycenters Handelsforening""")

M("p", """Til borgmesteren

Kommunen har gjort os opmærksom på, at den ønsker at købe en del af vores grund på Vejlebrovej for at udvide cykelstien. Vi er i dialog, men vi har ikke accepteret tilbuddet på 240.000 kr. Vi ønsker at få en forklaring på, hvordan beløbet er beregnet, før vi går videre. Vi er ikke interesserede i en ekspropriation.

Med venlig hilsen
Familien Hjort""")

M("p", """Kære Økonomiudvalg

Jeg er køber af kommunens byggegrund nr. 7 i Ishøj Landsby-udstykningen. Købsaftalen er betinget af jordbundsundersøgelsen, som nu viser forurening. Jeg vil gerne genforhandle prisen eller træde tilbage. Hvordan foregår det?

Mvh Daniel Fischer""")

M("", """Kære Økonomiudvalg

Hvornår kommer næste runde af kommunale byggegrunde til salg i Ishøj Landsby? Jeg står på interesselisten.

Mvh Sara Mikkelsen""")

M("p", """Kære Anne-Mette

Vi har fået et tilbud fra en ejendomsinvestor om at købe hele vores ejendom på Ishøj Strandvej, 6 lejligheder, og vi overvejer at sælge. Men vi har hørt, at kommunen måske vil bruge forkøbsret i forbindelse med den nye byfornyelsesplan. Er det rigtigt? Det afgør, om vi skal svare ja.

Med venlig hilsen
Bodil og Svend Aastrup""")

M("ph", """Til Teknik- og Miljøudvalget

Jeg har en kræftsygdom og har fået at vide, at jeg ikke har mange år tilbage. Jeg vil derfor gerne sælge mit sommerhus ved Ishøj Strand til min datter, mens jeg kan. Vi har lavet en aftale, men den kræver at kommunen godkender, at huset bliver helårsbolig. Jeg beder om hurtig behandling.

Med venlig hilsen
Kaj Ove Hansen""")

M("", """Til Teknik- og Miljøudvalget

Hvad er reglerne for at ændre status fra sommerhus til helårsbolig i Ishøj? Kræver det en ny lokalplan?

Med venlig hilsen
Ole Sandø""")

M("pe", """Hej Jesper

Vi har to huse, fordi vi har købt et nyt og stadig ikke har solgt det gamle på Solvangsvej. Vi betaler dobbelt og er ved at løbe tør for penge. Ejendomsmægleren siger, at prisen skal ned igen, og banken vil ikke forlænge overgangslånet. Det er ikke din skyld, men jeg vil bare sige, at kommunens forsinkede lokalplan for området har gjort det umuligt at sælge.

Hilsen Morten og Signe""")

M("", """Kære borgmester

Jeg synes, det er rigtigt at sælge Ishøj Strandcamping til en privat operatør. Det er ikke kommunens opgave at drive campingplads. Salget blev jo også vedtaget enstemmigt i sommer, og handlen er gået igennem.

Med venlig hilsen
Gert Schmidt""")

M("p", """Til Økonomiudvalget

Vi er det ene af to konsortier, der har budt på Ishøj Strandcampings naboareal. Vi har forstået, at prisen ikke er afgørende alene. Kan vi få oplyst, hvilke kriterier udvalget lægger vægt på, før forhandlingerne afsluttes?

Med venlig hilsen
Havnefront Udvikling ApS""")

M("p", """kære byråd. min far vil sælge sin landbrugsejendom ved Tranegilde til mig men kommunen skal godkende at jeg ikke bor der før om 2 år pga bopælspligten. vi har underskrevet en betinget aftale. mvh Anders Nørgaard""")

M("pu", """Til borgmesteren

Jeg er formand for 3F's lokale bolig-byggeklub og vi er i gang med at købe en tidligere skolebygning af kommunen til ombygning til seniorbofællesskab. Jeg er selv 3F-medlem gennem 30 år og ser frem til at bo der. Forhandlingerne er i gang, og vi har budt 4,8 mio. Vi beder om, at kommunen ikke udsætter beslutningen igen.

Med venlig hilsen
Poul Erik Dalgaard""")

M("", """Til borgmesteren

Seniorbofællesskaber er fremtiden. Jeg håber, at kommunen vil lave flere af dem, fx i de tomme skolebygninger.

Med venlig hilsen
Ældresagen Ishøj""")

M("p", """Kære Hanne Friis

Tak for dit svar på min mail om salget af vores hus. Du skrev, at du ikke kunne gå ind i sagen. Det forstår jeg. Men jeg vil alligevel sige: køberen sprang fra i går, fordi kommunens servitut om vejudvidelse stadig står på tingbogen, selvom projektet er droppet. Vi skal starte salget forfra.

Venlig hilsen
Søren og Lene Winding, Ishøj Landevej 34""")

M("p", """Kære Teknik- og Miljøudvalg

Vi er ved at købe erhvervslejemålet på Industrivej 12 til et træningscenter, men kommunen skal godkende en ændret anvendelse. Sælgeren har givet os eksklusivitet til 15. maj. Kan I nå det?

Mvh Fit Vest ApS
Mads Kolding""")

M("", """Kære Teknik- og Miljøudvalg

Jeg synes, der er for mange træningscentre og for få håndværksvirksomheder på Industrivej. Kommunen bør styre anvendelsen bedre i lokalplanen.

Venlig hilsen
Flemming Riis""")

M("pe", """Hej Mette

Jeg skriver anonymt. Min nabo på Vibelundsvej, nr. 8, har sat sit hus til salg, fordi han ikke kan betale sin gæld efter skilsmissen. Han har en køber, men der er en sag om ulovlig tilbygning, som kommunen ikke har afgjort. Jeg synes bare I skal vide at jeres sagsbehandlingstid ødelægger folks liv.

En nabo""")

M("p", """Kære borgmester

Vi har solgt vores hus, men skødet er ikke underskrevet endnu, og køberen har fundet ud af, at kommunen har givet landzonetilladelse til en hundepension på naboarealet. Nu vil han have prisafslag. Har kommunen orienteret naboerne korrekt?

Med venlig hilsen
Jan Mikkelsen
Tranegildevej 7""")

M("", """Hvorfor giver I landzonetilladelse til en hundepension midt i et boligområde?? det larmer hele dagen. mvh en træt nabo på Tranegildevej""")
