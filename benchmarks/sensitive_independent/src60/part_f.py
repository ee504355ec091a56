"""corpus60 part F: letters to the editor, petitions, activism and party politics."""
from common import M

M("b", """
Til borgmesteren

Til orientering sender jeg mit læserbrev, som Ishøj Avis bragte i onsdags.

-----Oprindelig meddelelse-----
Fra: Kirsten Mørup
Til: redaktion@ishojavis.dk
Emne: Læserbrev: Lyt til de gamle

Jeg har været medlem af Socialdemokratiet i 50 år, og jeg skammer mig over, at mit eget
parti vil lukke aktivitetscentret på Vejlebrovej. Det er der, vi gamle mødes. Hvis ikke
partiet lytter, må vi finde nogle andre at stemme på.

Kirsten Mørup, Ishøj Landsby
""")

M("", """
Til borgmesteren

Til orientering: læserbrev bragt i Ishøj Avis 3. oktober.

-----Oprindelig meddelelse-----
Fra: Niels Toft
Emne: Læserbrev: Aktivitetscentret

Byrådet har glemt, hvem de er valgt af. Aktivitetscentret på Vejlebrovej har 300
brugere om ugen, og besparelsen er 800.000 kr. Det er en dårlig handel. Lad centret
blive.

Niels Toft
""")

M("", """
Kære borgmester

Jeg har set, at du har modtaget mange læserbreve om aktivitetscentret. Kan du oplyse,
hvordan byrådet stemte om besparelsen, og om der kommer en ny høring?

Venlig hilsen
Eva Lauritsen
""")

M("bh", """
Kære Ole Brinch

Jeg er tidligere medlem af Enhedslisten, og jeg meldte mig ud sidste år, da jeg blev
syg med brystkræft og ikke kunne overskue det mere. Men jeg vil stadig gerne bidrage
til debatten om Ishøj Bycenter. Må jeg sende dig mine forslag til ombygningen?

Venlig hilsen
Karen Holmgaard
""")

M("b", """
Kære Anders

Mange tak for debatmødet i går. Som du ved, stemte jeg på dig ved sidste valg, men efter
i går er jeg i tvivl. Jeg synes ikke, du svarede på spørgsmålet om skolelukningen. Jeg
håber, du vil skrive et klart svar til mig.

Med venlig hilsen
Poul Holmberg
""")

M("", """
Kære Anders

Til debatmødet i går blev der sagt, at partierne bag budgettet har brudt deres løfter
fra valgkampen. Kan du forklare, hvilke løfter der var tale om, og hvorfor de er ændret?

Venlig hilsen
Lisbeth Hald
""")

M("t", """
Til borgmesterens PA

Jeg videresender en kommentar, der blev skrevet under et opslag i facebookgruppen
"Ishøj i dag" om min familie, efter at min mand havde talt på borgermødet:

> "Ham araberen skal ikke bestemme noget her, send dem hjem"

Min mand er palæstinenser og dansk statsborger. Vi har boet her i 25 år. Borgmesteren
skriver selv i gruppen. Vi beder om, at kommunen tager afstand.

Venlig hilsen
Samira Haddad
""")

M("", """
Til Borgmesterens PA

Er kommunen ansvarlig for, hvad der skrives i facebookgruppen "Ishøj i dag"? Der har
været nogle grimme kommentarer om indvandrere generelt, og jeg synes, nogen burde sige
noget.

Mvh. Helle Ring
""")

M("", """
Kære byråd

Underskriftsindsamling: "Bevar aktivitetscentret på Vejlebrovej"

Vi, de undertegnede 612 borgere i Ishøj, opfordrer byrådet til at finde besparelsen et
andet sted. Underskrifterne er samlet på biblioteket og ved Ishøj Bycenter 1.-20.
oktober. Listen er vedhæftet med navn og adresse.

Tovholdere: Grete Sand og Willy Mogensen
""")

M("b", """
Kære byråd

Underskriftsindsamling fra Ishøj Kristne Fællesskab

Vi er 84 medlemmer af menigheden, som hver søndag mødes til gudstjeneste i
Strandgårdskirken. Vi beder byrådet om ikke at sælge kirkens parkeringsplads til
boligbyggeri. Navnene på os, der har skrevet under, er vedhæftet.

Menighedens ældste, Rasmus Koldby
""")

M("be", """
Kære Louise

Jeg er aktiv i Enhedslisten og har siden jeg blev arbejdsløs brugt meget tid på at
organisere lejerne i Vildtbanegård. Jobcentret har nu indkaldt mig til samtale om
"aktivitet" og siger, at det frivillige arbejde ikke tæller. Jeg synes, det er
politisk chikane. Kan du tage det op?

Hilsen
Ebbe Kolding
""")

M("", """
Kære Louise

Jeg vil gerne høre, hvordan jobcentret vurderer frivilligt arbejde i forhold til
rådighedsreglerne. Det er en generel debat i vores forening.

Venlig hilsen
Kasper, Lejerbo-bestyrelsen
""")

M("b", """
Kære Borgmester

Jeg vil bede dig fjerne mig fra kommunens liste over "lokale debattører". Jeg stillede op
for Nye Borgerlige i 2021, men er ikke længere medlem og har intet med partiet at gøre.
Jeg ønsker ikke at blive forbundet med det.

Med venlig hilsen
Bjarne Skov
""")

M("", """
Til Borgmesterens sekretariat

Hvordan bliver man optaget på listen over lokale debattører, som kommunen inviterer til
borgermøder? Jeg er formand for en lokal idrætsforening.

Hilsen
Lasse Dam
""")

M("u", """
Fwd: Underskrifter fra personalet

Kære Helle

Vedhæftet underskrifter fra 94 ansatte i hjemmeplejen. Vi er alle medlemmer af FOA og
protesterer mod de nye køreplaner, der giver 4 minutter pr. besøg. FOA's
afdelingsformand deltager gerne i et møde.

På vegne af FOA-klubben i hjemmeplejen
Tina Vestergaard, TR
""")

M("", """
Kære Helle

FOA Storkøbenhavn, afdeling Vestegnen, beder om foretræde for Social- og
Sundhedsudvalget om de nye køreplaner i hjemmeplejen. Vi har bemærkninger til
besøgstiderne.

Med venlig hilsen
Pia Hougaard, faglig konsulent
""")

M("he", """
Hej Charlotte

Jeg så dig i TV 2 Lorry i går, hvor du sagde, at "ingen ældre i Ishøj får for lidt tid".
Min mormor Edel får hjemmepleje, og i går fik hun kun 4 minutter til at få sin insulin og sine trykstrømper på. Hun
har diabetes og venøse sår. Jeg synes, du bør besøge hende.

Venlig hilsen
Marie Koch
""")

M("", """
Hej Charlotte

Du sagde i TV 2 Lorry, at tiden pr. besøg i hjemmeplejen ikke er skåret. Kan du sende mig
de tal, du henviste til?

Hilsen
Jesper Kirk
""")

M("bt", """
Til Borgmesteren

Jeg er imam i Ishøj Moske og har læst Ishøj Avis' leder om "moskeernes indflydelse på
lokalvalget". Jeg er født i Marokko og har boet i Danmark i 34 år. Jeg har aldrig sagt,
hvem nogen skal stemme på. Jeg beder om et møde med dig, så vi kan tale om, hvordan vi
sammen kan styrke tilliden.

Med venlig hilsen
Abdelkarim Bennani
""")

M("", """
Kære Borgmester

Jeg er bekymret for, at religiøse foreninger får for stor indflydelse på lokalpolitik. Jeg
mener, kommunen bør stoppe med at give lokaletilskud til foreninger, der driver religiøs
forkyndelse.

Med venlig hilsen
Henning Bro
""")

M("s", """
Kære Rasmus

Jeg sender dig mit læserbrev, som jeg også har sendt til avisen:

"Som homoseksuel mand og født og opvokset i Ishøj vil jeg takke byrådet for at hejse
regnbueflaget på rådhuset. Det betød meget for mig, da jeg var 15 og ikke turde sige
det til nogen."

Du må gerne dele det.

Venlig hilsen
Simon Kjærgaard
""")

M("", """
Kære byråd

Skal regnbueflaget hænge på rådhuset i hele juni? Jeg har ikke noget imod det, men jeg
synes, det skal besluttes åbent i byrådet, ikke af borgmesteren alene.

Hilsen Bent, Ishøj Strand
""")

M("s", """
Til borgmesteren

Jeg er 68 og bisexuel, og jeg har aldrig talt højt om det. Jeg vil bare takke for
flaget. Du behøver ikke svare.

Anonym
""")

M("b", """
Kære Jannik

Jeg er pacifist og nægtede værnepligt i sin tid. Jeg er imod, at kommunen lægger areal
til et nyt hjemmeværnsdepot ved Ishøj Strand. Jeg vil gerne tale imod det på næste
borgermøde, hvis der er taletid.

Med venlig hilsen
Ib Rosendahl
""")

M("", """
Kære Jannik

Hjemmeværnsdepotet ved Ishøj Strand er en dårlig idé. Det fylder for meget i et
rekreativt område. Sæt det på Industrivej i stedet.

Hilsen Ulrik
""")

M("e", """
Til Borgerrådgiveren

Jeg vil klage over, at jeg blev afvist fra at tale på borgermødet om boligsocial
helhedsplan. Ordstyreren sagde, at jeg "bare ville tale om min egen sag". Det er rigtigt,
at vi har en sag om tvangsfjernelse af vores søn, men jeg ville tale om helhedsplanen.

Med venlig hilsen
Lisette Olsen
""")

M("bu", """
Hej Jens

Du kender mig fra 1. maj-mødet i Strandparken. Jeg er socialist og har været i
Dansk Metal i 30 år, og jeg vil gerne have, at byrådet vedtager en arbejdsklausul i
alle udbud. Vi var mange i Strandparken, der talte om det. Hvornår kommer det på?

Kammeratlig hilsen
Per Eriksen
""")

M("", """
Til Økonomiudvalget

Har Ishøj Kommune arbejdsklausuler i sine udbud? Hvilke kontrakter er omfattet, og
hvem fører kontrol? Et spørgsmål til debatten om udbudspolitikken.

Venlig hilsen
Annette Skov
""")

M("he", """
Kære Tanja Holm

-----Oprindelig meddelelse-----
Fra: Tanja Holm
Sendt: 12. november
Emne: SV: Borgermøde

Tak for din mail. Jeg kan desværre ikke drøfte enkeltsager. Du kan skrive til
hovedpostkassen.

> Den 11. nov. skrev Rasmus Berg:
> Hej Tanja, jeg er den mand, der råbte på borgermødet. Undskyld. Jeg har bipolar
> lidelse og var i en dårlig periode. Jeg har fået nej til hjælp fra bostøtten, og jeg
> er bange for at miste min lejlighed.

Jeg har skrevet til hovedpostkassen, men ingen svarer. Hvad gør jeg?

Rasmus
""")

M("", """
> Den 3. dec. skrev Ib Holst:
> Hvornår er næste borgermøde om bycentret?

Kære Ib

Det er den 14. januar kl. 19 i rådhushallen. Der bliver serveret kaffe.

Med venlig hilsen
Sekretariatet
""")

M("t", """
Kære Karsten

Mit læserbrev blev ikke bragt i Ishøj Avis. Det handlede om, at jeg som grønlænder i
Ishøj har svært ved at få en almen bolig. Jeg vil gerne, at byrådet læser det.
Vedhæftet.

Med venlig hilsen
Aviaja Lynge
""")

M("", """
Hej Karsten

Statistik fra Danmarks Statistik viser, at 42 % af Ishøjs borgere har indvandrer- eller
efterkommerbaggrund. Hvordan afspejles det i byrådets sammensætning og kommunens
ansættelser? Et spørgsmål til næste spørgetid.

Mvh Louise Amdi
""")

M("b", """
Kære Maja

Jeg var en af dem, der delte løbesedler for Venstre ved Ishøj Station i valgkampen. Jeg
fik at vide af en kommunal medarbejder, at jeg ikke måtte stå på stationspladsen. Andre
partier stod der. Er der regler for politisk agitation på kommunens arealer?

Venlig hilsen
Anne Vad
""")

M("", """
Hej

Må man dele løbesedler på Ishøj Stationsplads i valgkampen? Jeg vil gerne dele for
en lokal forening om cykelstier, ikke politisk.

Mvh Janne
""")

M("e", """
Til Kultur- og Fritidsudvalget

Jeg skriver læserbreve i Ishøj Avis under pseudonymet "Vestegnsmor". Jeg er enlig, på
kontanthjælp, og jeg har tre børn. Det er grunden til, at jeg skriver anonymt. Jeg
beder udvalget om at tænke på os, når I hæver priserne i svømmehallen.

Vestegnsmor
""")

M("", """
Kære Kultur- og Fritidsudvalg

Priserne i Ishøj Svømmehal er steget 30 % på fem år. Det er for meget for
børnefamilier. Lav en familiebillet. Sådan, det var mit høringssvar.

Hilsen
Tove Lund
""")

M("h", """
Til borgmesteren

Jeg var med i demonstrationen foran rådhuset mod lukningen af aktivitetscentret. En
betjent skubbede mig, og jeg faldt og fik en revne i hoften. Jeg er 77. Jeg har anmeldt
det til Den Uafhængige Politiklagemyndighed, men vil også have, at du ved det.

Ebba Clausen, [[090548-0816]]
""")

M("", """
Kære borgmester

Kommunen bør lave en politik for demonstrationer på rådhuspladsen, så både
demonstranter og ansatte føler sig trygge. I dag er der ingen regler.

Venlig hilsen
Carsten
""")

M("b", """
Kære byråd

Vi er en gruppe vegetarer og veganere, der spiser plantebaseret af etiske grunde. Vi
beder byrådet indføre mindst én plantebaseret ret på alle kommunens kantiner og
i madordningen. Vi er 14, der har skrevet under.

Hilsen
Dyreetisk Madnetværk Ishøj
""")

M("", """
Kære Social- og Sundhedsudvalg

Kommunens kantiner bør servere flere grøntsager. Det er sundt og godt for klimaet.
Et forslag fra en madglad borger.

Hilsen
Bente
""")
