"""Part K: professionals about their own work, institutions and procedures (hard negatives), and a last mix."""
from common import M

M("", """
Kære Social- og Sundhedsudvalg

Som hjemmesygeplejerske gennem 22 år vil jeg gerne gøre opmærksom på, at vi i distrikt Nord nu har 30 % flere borgere med demens end for fem år siden, uden at normeringen er fulgt med. Jeg vil bede udvalget om at se på tallene før budgetforhandlingerne.

Venlig hilsen
Lisbeth Krag, sygeplejerske
""")

M("", """
Hej

Jeg er socialrådgiver i Familieafdelingen og vil sige tak for det nye sagssystem. Det er blevet meget lettere at finde underretninger og handleplaner. Kan vi få et kursus i statistikmodulet?

Mvh
Mette Ravn
""")

M("", """
Til borgerrådgiveren

Jeg er bisidder i Ishøj og har læst jeres årsberetning. Jeg bemærker, at 27 henvendelser gik til Voksne og Velfærd. Kan I sige noget om, hvilke typer klager der dominerer? Vi vil gerne målrette vores kurser for frivillige bisiddere.

Mvh
Bisidderkorps Ishøj
""")

M("", """
Hej

Jeg er tolk og var med til et møde i jobcentret i går. Jeg glemte min paraply i mødelokale 3. Er den blevet fundet?

Mvh
Yasmin
""")

M("", """
Kære direktør

Jeg er leder af plejecentret Kærbo og ønsker at orientere om, at vi pr. 1. januar indfører nye besøgstider for pårørende i weekenderne. Ændringen er drøftet med bruger-pårørenderådet.

Venlig hilsen
Henrik Mølgaard, centerleder
""")

M("", """
Hej

Jeg er advokat og har spurgt om aktindsigt i en sag om spildevandsplanen på vegne af en grundejerforening. Vores j.nr. er 2025-0412-118. Hvornår kan vi forvente svar?

Mvh
Advokat Peter Thrane
""")

M("", """
Hej

Vi er pædagoger fra Børnehuset Regnbuen og har planlagt en tur med børnene til Arken den 12. maj. Kan kommunens bus bookes til det?

Mvh
Regnbuen, Stue 2
""")

M("", """
Til Center for Børn og Forebyggelse

Som sundhedsplejerske vil jeg gerne foreslå, at kommunen tilbyder forældregrupper for fædre. Vi oplever i vores arbejde, at mange fædre føler sig overset. Jeg vil gerne være med til at udvikle det.

Mvh
Susanne Holm, sundhedsplejerske
""")

M("", """
Hej

Jeg er frivillig i Ishøj Seniorer og vil høre, hvor mange ældre i kommunen der modtager hjemmehjælp. Vi vil gerne vide det til vores planlægning af besøgsvenner.

Mvh
Gert Ibsen
""")

M("", """
Hej

Min kollega, Lise, er flyttet til Vallensbæk og skal ikke længere have post fra jer om frivilligjobbet. Kan I fjerne hende fra listen? Hun bad mig skrive.

Mvh
Lene
""")

M("", """
Kære Ishøj Kommune

Jeg er kirkesanger i Ishøj Kirke og vil høre, om kommunen vil støtte vores julekoncert med et tilskud fra kulturpuljen. Koncerten er åben for alle.

Mvh
Kirsten Aalund
""")

M("", """
Hej

Jeg er lærer i 3.b og skriver for at sige, at en af vores elever, Ahmed, har vundet Ishøjs tegnekonkurrence for børn. Han og hans forældre vil gerne vide, hvornår prisoverrækkelsen finder sted.

Mvh
Pernille Lind
""")

M("", """
Hej

Jeg er tillidsvalgt i min boligforening og vil gerne høre, hvornår kommunens nye affaldssortering kommer til vores afdeling. Vi har 140 lejemål.

Mvh
Boligforeningen Strandparken, afd. 3
""")

M("", """
Hej

Min mand og jeg vil gerne takke hjemmeplejen for deres indsats under stormen i oktober. De kom igennem til de gamle på vores vej selv om der var træer over vejen. Det var imponerende.

Mvh
Hanne og Kurt
""")

M("", """
Til Økonomiudvalget

Hvor stor en andel af kommunens budget går til kontanthjælp og førtidspension i 2026? Jeg er med i en debatgruppe og vil gerne have de rigtige tal.

Mvh
Villy Sand
""")

M("", """
Hej

Jeg er pædagog og har en forældrebetalingsopgørelse for vores institution med ordrenummer 1405881902. Kan I sende den som pdf i stedet for papir?

Mvh
Lone Hjorth
""")

M("", """
Hej

Min søster er flyttet til Ishøj og vil gerne i kor. Findes der en oversigt over kor og musikforeninger i kommunen?

Mvh
Anita
""")

M("ps", """
Hej

Min søn og hans mand har fået accepteret deres bud på en grund i Ishøj Landsby Syd, men købsaftalen er betinget af en jordbundsundersøgelse. De bor i udlandet indtil marts. Kan jeg få resultaterne sendt til mig? Jeg har fuldmagt fra dem begge.

Mvh
Inge Damsgaard
""")

M("u", """
Hej

Jeg er kontaktperson for Marek, der er nyansat på et byggeri i Ishøj og for nylig meldt sig ind i BLIK-RØR. Han vil gerne vide, om kommunen stiller krav om overenskomst til sine underentreprenører. Han har bedt mig spørge for ham.

Mvh
Agnete Holm
""")

M("ue", """
Hej

Min far er fyret fra Ishøj Bycenter og melder sig ledig i dag. Han er medlem af HK og har fået at vide, at han skal have en samtale på jobcentret. Kan jeg komme med som bisidder? Han hedder Bjarne Krogh.

Mvh
Mads Krogh
""")

M("", """
Hej

Vi er en gruppe forældre, der vil høre om kommunens regler for fravær ved religiøse højtider. Skal det søges hos skolelederen, og hvor mange dage kan man få? Det er et generelt spørgsmål fra forældrerådet.

Mvh
Forældrerådet, Ishøj Skole
""")

M("", """
Til Jobcentret

Jeg er mentor i et privat firma, der tager unge i praktik. Hvad er reglerne for forsikring, når en ung i virksomhedspraktik kommer til skade? Vi vil gerne have styr på det, inden vi tager imod den næste.

Mvh
Brian Haugaard, Ishøj VVS & Blik
""")

M("", """
Kære Kultur- og Fritidsudvalget

Jeg er formand for en idrætsforening for kvinder og vil høre, om vi kan få svømmehallen for os selv en aften om ugen. Mange af vores medlemmer ønsker det.

Mvh
Nadia El-Amin
""")

M("", """
Hej

Jeg er dagplejer og skal på kursus i førstehjælp til børn. Hvem betaler kurset, og skal jeg selv finde en vikar?

Mvh
Birthe
""")

M("", """
Hej

Min tante har været med i et lokalhistorisk studieprojekt om Ishøjs første indvandrere i 1970'erne. Hun vil gerne vide, om kommunens arkiv har billeder fra den tid. Kan man besøge arkivet?

Mvh
Simon
""")

M("", """
Til hovedpostkassen

Jeg er sekretær i Ishøj Handelsstandsforening. Vi vil gerne inviteres til det næste møde om byfornyelsen af Ishøj Bycenter. Hvem koordinerer det?

Venlig hilsen
Charlotte Bech
""")

M("", """
Hej

Mine forældre har boet i Ishøj siden 1975 og holder guldbryllup i maj. Kan man få en hilsen fra borgmesteren, og hvordan søger man?

Mvh
Jannik Holm
""")

M("", """
Hej

Jeg er ansat i et vikarbureau og formidler sygeplejersker til jeres plejecentre. Vi vil gerne have en opdateret kontakt til indkøbsafdelingen. Vores kontraktnr. er 2103851174.

Mvh
MedVikar ApS
""")

M("he", """
Hej

Jeg er nabo og nær ven af Erna Kristiansen i Ishøj Landsby. Hun har netop fået en ny hofte og skal have hjemmehjælp de næste uger, men hun ved ikke, om det er bevilget. Hun har bedt mig spørge, da hun ikke kan komme til telefonen.

Mvh
Leif Munk
""")

M("", """
Hej

Jeg er frivillig bisidder og har et spørgsmål om reglerne: Må en bisidder tage noter under et møde i Familieafdelingen, og må de noter deles med borgeren bagefter?

Mvh
Mette Holst
""")

M("", """
Hej

Vores SFO har modtaget en donation fra en lokal moské og en kirke til en fælles sommerfest. Skal vi registrere gaven nogen steder i kommunen?

Mvh
SFO-lederen, Gildbroskolen
""")

M("", """
Hej

Jeg arbejder i Jobcentret og har en privat henvendelse: Min nabos bil holder på min p-plads hver dag. Hvem i kommunen tager sig af parkering på private fællesarealer?

Mvh
Ole
""")

M("sp", """
Hej Ole

Min datter Emma og hendes kone, Freja, er ved at købe et rækkehus på Tranemosevej. De har budt, og sælger har sagt ja med forbehold for, at kommunen godkender deres ønske om en udestue. Ved du, hvor lang sagsbehandlingstiden er lige nu?

Mvh
Bente Lauridsen
""")

M("u", """
hej jeg er bisidder for min svigerinde Gitte der er medlem af Serviceforbundet. hun har fået en advarsel på sit job i kommunens kantine og vil have sin fagforening med til mødet, men lederen siger nej. må han det?
""")

M("bs", """
Kære borgerrådgiver

Jeg skriver på vegne af min ven Yasin, som er muslim og homoseksuel. Han oplevede i sidste uge, at en medarbejder i Borgerservice sagde til ham, at "det kan man vist ikke være begge dele". Yasin vil gerne klage, men anonymt. Er det muligt?

Mvh
Oliver Kragh
""")

M("", """
Hej

Min mor spørger, om kommunen stadig har en ordning med gratis rådgivning om arv og testamente for pensionister. Hun har ikke brug for det nu, men vil gerne vide, hvor hun skal gå hen.

Mvh
Rikke
""")

M("pu", """
Kære udvalgsformand

Jeg skriver for min far, Torben Wulff, som er 3F-tillidsmand på Ishøj Havn og ejer et lille fiskerhus på havnen. Han har en køber til huset, men kommunen har en forkøbsret i lejekontrakten for grunden. Han vil gerne vide, om kommunen vil gøre brug af den, før han underskriver.

Mvh
Sara Wulff
""")

M("b", """
Hej

Jeg er formand for Ishøj Frikirke og vil høre, om vi må dele flyers ud foran Ishøj Station i december. Kræver det en tilladelse?

Mvh
Johannes Berg
""")
