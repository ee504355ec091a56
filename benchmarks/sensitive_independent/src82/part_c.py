"""Part C: houses, flats and andelsboliger being sold or bought; estate agents,
buyers and sellers writing about plans, easements, tax and the municipality's role."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi har sat vores hus på Kirkebjerg Allé til salg hos home, og en køber har givet et betinget bud. Købers rådgiver spørger, om der er en verserende sag om den overdækkede terrasse, som er bygget i 2011. Kan I bekræfte, at der ikke er en sag?

Med venlig hilsen
Henrik og Lisbeth Ravn
""")

M("p", """
Kære Ishøj Kommune

Jeg er ejendomsmægler hos EDC Ishøj og har et rækkehus på Vejleåvej til salg for en ældre klient. En køber har skrevet under med forbehold for advokatgodkendelse. Vi mangler en kopi af byggetilladelsen for carporten. Sælgers matrikelnr. er 12bk Ishøj By, Ishøj.

Venlig hilsen
Maria Dalsgaard
Ejendomsmægler MDE
""")

M("", """
Hej

Vi købte vores hus på Gadekærvej i 2019 og handlen er for længst på plads. Nu vil vi gerne bygge et udhus på 18 m2. Skal vi søge byggetilladelse eller er det nok at anmelde det?

Mvh
Frederik
""")

M("pe", """
Til borgerrådgiveren

Mit hus skal på tvangsauktion den 14. november, fordi jeg er kommet bagud med afdragene på realkreditlånet efter jeg mistede mit job. Der er en køber der vil give 2,1 mio. hvis det sker inden auktionen, men banken vil ikke svare. Kan kommunen hjælpe mig med at få kontakt til en gældsrådgiver?

Med venlig hilsen
Allan Holm
""")

M("", """
Hej

Hvornår sælger kommunen de næste byggegrunde i Ishøj Landsby, og hvordan kommer man på interesselisten? Vi er et par der gerne vil bygge selv om et par år.

Hilsen
Simone og Jakob
""")

M("p", """
Til Borgerservice

Jeg er ved at sælge min andelsbolig i A/B Strandparken, og køberen kan først overtage 1. marts. I mellemtiden skal jeg bruge en skattemæssig bopælsattest. Mit personnr. er [[041158-1432]].

Venlig hilsen
Bodil Møller
""")

M("ph", """
Kære borgmester

Vi har vores hus i Torslunde til salg, fordi min mand har fået ALS og vi skal have noget i et plan. Vi har haft huset til salg i 11 måneder, og en køber trak sig i sidste uge, fordi kommunen ikke har svaret på en forespørgsel om spildevandsledningen. Vi er desperate.

Med venlig hilsen
Inger Bang
""")

M("", """
Til Center for Borger, Økonomi og IT

Hvordan beregnes ejendomsskatten for et nybygget hus i Ishøj? Vi har fået en foreløbig vurdering, men beløbet på forskudsopgørelsen ser forkert ud. Ejendomsnummer 183-045672.

Mvh
Lasse Jørgensen
""")

M("pt", """
Kære Ishøj Kommune

Min bror og jeg arvede vores mors hus på Tranegilde Strandvej, og vi har nu en køber der vil betale 3,4 mio. Køber har spurgt om kommunen har forkøbsret, fordi grunden grænser op til strandparken. Vi er opvokset i Pakistan og vores danske er ikke helt perfekt, undskyld. Kan I svare hurtigt, køberen venter?

Med venlig hilsen
Imran og Tariq Butt
""")

M("p", """
Hej

vi har lige givet bud på et rækkehus i Vejleå Park, nr. 28, og mægleren siger at der er en lokalplan der forbyder at man bygger kvist. vi vil gerne vide det inden vi skriver under på fredag. er det rigtigt?

mvh Nanna
""")

M("", """
Til Byudvikling og Natur

Hvad er de gældende regler for at sætte et hus til salg, hvis der er bygget en tilbygning uden tilladelse for over 20 år siden? Jeg er bare nysgerrig, vi har ikke selv et hus til salg.

Mvh Søren
""")

M("pe", """
Til Ydelsescentret

Jeg skal sælge mit rækkehus fordi jeg er blevet skilt og ikke kan betale alene. Jeg har en køber der har skrevet under, men overtagelsen er først om 3 måneder. Jeg får kontanthjælp fra næste måned og vil vide om huset tæller som formue. Jeg har cpr-nummer [[090376-2719]].

Med venlig hilsen
Michael Krogh
""")

M("p", """
Kære Lokalplanteamet

Jeg repræsenterer en køber, som overvejer at byde på en erhvervsgrund på Industrivej, matr. 4ah. Køber vil bruge grunden til et lager med tilhørende butik. Er det i overensstemmelse med lokalplan 2.11? Køber afventer svar, før der afgives bud.

Med venlig hilsen
Advokat Jens Helgstrand
""")

M("", """
Hej

Vi har solgt vores hus i sidste måned og skødet er tinglyst. Hvordan ændrer vi adressen for affaldsgebyret, så den nye ejer betaler fra overtagelsesdagen?

Mvh
Else
""")

M("phe", """
Til borgerrådgiveren

Min far har Parkinson og bor på plejehjem nu, og vi skal sælge hans hus på Gildbrovej. Jeg har fuldmagt. Vi har fået et bud på 2,65 mio., men køber kræver et ejendomsdatablad som kommunen skal udlevere. Hvor lang tid tager det?

Med venlig hilsen
Susanne Krog
""")

M("e", """
Til Ydelsescentret

Min mor bor på plejehjem og hendes lejlighed er nu sagt op. Jeg rydder den. Skal huslejen for opsigelsesperioden betales af hende selv eller af kommunen, når hun kun har folkepension?

Mvh
Karen
""")

M("p", """
Hej Ishøj Kommune

Vi har en betinget handel på en villa i Ishøj Landsby. Betingelsen er, at kommunen godkender, at vi kan lave en separat indgang til kælderen. Kan vi få en forhåndsudtalelse? Sælger har kun givet os 10 dage.

Venlig hilsen
Anders og Tine Vest
""")

M("", """
Til hovedpostkassen

Kommunen solgte grunden ved siden af os i 2021. Nu bygges der et hus der ser ud til at være højere end 8,5 m. Hvem kan kontrollere at byggeriet følger tilladelsen?

Venlig hilsen
Jens Carstensen
""")

M("ps", """
Kære Ishøj Kommune

Min mand Lars og jeg (Torben) skal sælge vores lejlighed på Strandgården og har en køber. Køber har spurgt, om der er planer om et højhus på grunden ved Ishøj Strand, som vil tage udsigten. Er der en plan under udarbejdelse?

Mvh
Torben Holm-Eriksen
""")

M("pu", """
hej

jeg og min kæreste har fået accepteret vores bud på en lejlighed i Ishøj Bygade. vi mangler bare lånet. min bank spørger efter en bekræftelse fra kommunen på at der ikke er restancer på ejendommen. jeg er i 3F og de siger at de kan give en rabat hvis jeg skifter bank, men det er en anden sag. hvem udsteder restanceattest?

Kasper
""")

M("", """
Hej

Hvad koster en restanceattest fra kommunen, og hvor lang er ekspeditionstiden? Jeg er ejendomsmægler og får spørgsmålet tit.

Venlig hilsen
Kim Tholstrup
""")

M("pb", """
Til byrådsmedlem Henrik Bonde

Jeg er medlem af Venstre og har stemt på dig. Jeg har fået et bud på mit sommerhus-lignende hus ved strandengen, men køberen er bange for, at kommunen laver naturbeskyttelse der forhindrer nybyggeri. Kan du fortælle hvad partiet arbejder for her?

Hilsen
Kurt Hammer
""")

M("p", """
Til Borgerservice, Ishøj

Jeg beder om et udskrift fra folkeregistret, som min advokat skal bruge ved salget af min andel i Ishøj Strand Andelsboligforening. Køber overtager 1. december, hvis alle papirer er på plads.

Navn: Lena Schmidt
Cpr.nr.: [[171089\u20132262]]
""")

M("", """
Til Byudvikling og Natur

Jeg arbejder i en bank og vil gerne vide, hvor man finder kommunens tilladelser til en bestemt ejendom, når man skal vurdere lånesager. Er BBR det eneste sted?

Venlig hilsen
Peter Møller
""")

M("pe", """
Til borgmesteren

Jeg skriver i desperation. Vi har vores hus til salg, fordi vi har gæld til SKAT på 340.000 kr. efter min mands konkurs. Den eneste køber har trukket sig fordi kommunen ikke har godkendt vores kloakering. Kan du hjælpe med at få sagen behandlet?

Med venlig hilsen
Pernille Sand
""")

M("", """
Hej

Vores hus blev solgt for tre år siden. Handlen er afsluttet og vi bor i Roskilde nu. Vi får stadig brev om grundskyld på den gamle adresse. Hvordan stopper vi det?

Mvh
Mogens og Birgit
""")

M("p", """
Hej kommune

Mine naboer i nr. 16 har deres hus til salg, og der er fremvisning på lørdag. Jeg vil gerne vide om den carport de har bygget helt op ad mit skel er lovlig, før den nye ejer overtager. Vi har aldrig fået et svar.

Hilsen
Lars Winther
""")

M("ph", """
Kære Voksne og Velfærd

Vi er i gang med at købe en lejlighed med elevator i Ishøj, fordi jeg efter min blodprop sidder i kørestol. Handlen er ikke endelig. Vi vil gerne vide, om man kan søge boligindretning til at lave dørtrin om, allerede før vi har overtaget.

Venlig hilsen
Helle Guldbrandsen
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har læst at kommunen har planer om at sælge den gamle skole på Vejleåvej til boligformål. Hvornår kommer den i udbud, og kan man byde som privatperson?

Mvh
Thomas Bech
""")

M("pt", """
Hej

I'm a Swedish citizen, originally from Chile, and I'm buying a terraced house in Ishøj. The deal is conditional on the survey. The agent says I need a Danish address certificate and an NemID for the deed. Can the municipality help me while I still live in Malmö?

Best,
Camila Rojas
""")

M("p", """
Kære borgerrådgiver

Jeg sælger mit kolonihavehus i H/F Ishøjgård. Foreningen har en venteliste, og bestyrelsen vil kun lade mig sælge til nr. 1 på listen til en pris, de selv fastsætter. Jeg har en anden køber der vil betale mere. Har kommunen noget med det at gøre, da det er kommunens jord?

Venlig hilsen
Gunnar Poulsen
""")

M("", """
Hej,

Hvad er vurderingen af grunden på Strandvangen 4? Den ejes af kommunen, tror jeg. Jeg vil gerne vide hvad den blev købt for i sin tid, til min slægtsforskning.

Tak
Ruth
""")

M("p", """
Til Skat og Borgerservice

Vi beder om at ejendomsskatten bliver delt mellem os og køber fra overtagelsesdagen. Salget er aftalt, men køber har forbehold for finansiering, så datoen kan flytte. Vi er begge ejere:
Mette Skov, [[230562-1784]]
Ole Skov, [[301159 1827]]

Med venlig hilsen
Mette og Ole Skov
""")

M("", """
Hej

Jeg er blevet ringet op af en sælger der siger han repræsenterer kommunen og vil købe min grund. Er det rigtigt? Jeg har ikke planer om at sælge, og han lød ikke seriøs.

Mvh
Grethe
""")

M("pe", """
Til Ydelsescentret

Jeg er på førtidspension, og min søn Jesper vil købe mit hus for at jeg kan blive boende og betale husleje til ham. Vi har fået et udkast til købsaftale. Påvirker det min boligstøtte, og skal I godkende det?

Venlig hilsen
Aase Frandsen
""")

M("p", """
Til Center for Byudvikling og Natur

Som køber af ejendommen Ishøj Søndergade 7 (handlen er underskrevet, men ikke endelig før skødet er tinglyst) vil jeg gerne have aktindsigt i alle byggesager på ejendommen.

Med venlig hilsen
Morten Kjær
""")

M("", """
Til Økonomiudvalget

Hvad blev indtægten fra salg af kommunale grunde i 2023, og hvor meget er budgetteret for 2025? Jeg er formand for Ishøj Skatteyderforening og vil gerne have tallene til vores generalforsamling.

Med venlig hilsen
Kaj Lindberg
""")

M("ps", """
Hej

Jeg og min kone Louise (jeg hedder Mette) har lige fået fremvist et hus på Ishøj Søvej, som vi gerne vil byde på. Vi vil gerne vide om der er regler for at lave en ekstra bolig i kælderen til min mor.

Hilsen Mette Nørby
""")

M("pb", """
Kære Ishøj Kommune

Vi er en lille buddhistisk meditationsgruppe, og vi, tre medlemmer, har et betinget køb af et parcelhus på Vibevej, hvor vi vil bo og meditere sammen. Vi vil gerne vide, om det kræver ændret anvendelse, når vi er buddhister og mødes om morgenen fem mennesker til meditation i stuen.

Med venlig hilsen
Anne Lykke, Jens Ravn og Ulla Berg
""")

M("", """
Hej

Jeg skal sælge min bil og har brug for en ny P-plads til den nye. Hvordan ansøger man om beboerlicens til parkering i Ishøj Centrum, og hvad koster den?

Mvh
Nina
""")

M("pt", """
Til borgmesterens PA

Jeg er mægler og har en sag med et ægtepar af tamilsk oprindelse, som vil købe min sælgers hus. Naboerne har samlet underskrifter imod "at der flytter flere udlændinge ind på vejen". Sælger er ked af det. Kan borgmesteren udtale sig om den slags?

Med venlig hilsen
Jonas Friis
home Ishøj
""")

M("", """
Hej

Vi er ved at lave en bog om gamle huse i Ishøj Landsby. Må vi bruge kommunens gamle fotos af ejendommene?

Med venlig hilsen
Ishøj Lokalhistoriske Forening
""")

M("phe", """
hej

vores andelsbolig er sat til salg og vi har en køber der vil overtage 1/10. men min kone er gravid og skal føde omkring den dato, så vi håber vi kan få en midlertidig bolig fra kommunen i en måned. er det en mulighed?

mvh Rasmus
""")
