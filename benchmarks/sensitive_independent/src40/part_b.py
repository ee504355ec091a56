"""Part B: property trades, local plans, hearings and committee matters, often with quoted threads; number look-alikes."""
from common import M

M("p", """
Til Plan- og Miljøudvalget v/ dagsordensamler

Høringssvar til lokalplan 1.87 (Ishøj Strand Nord)

Vi har sat vores hus på Strandhaven 19 til salg i marts, og vi har nu en køber der har givet bud, men han trækker sig hvis lokalplanen tillader fire etager lige bag os. Vi beder udvalget om at fastholde max to etager.

Med venlig hilsen
Hanne og Erik Thygesen
""")

M("", """
Til Plan- og Miljøudvalget v/ dagsordensamler

Høringssvar til lokalplan 1.87 (Ishøj Strand Nord)

Vi mener fire etager er for højt og vil skygge for haverne på Strandhaven. Vi beder udvalget om at fastholde max to etager.

Med venlig hilsen
Grundejerforeningen Strandhaven
""")

M("p", """
Hej Hovedpostkassen

Vi er ved at sælge vores andelsbolig i A/B Tranemosen, og køberen skal bruge en erklæring om at der ikke er kommunale påbud på ejendommen. Handlen er betinget af erklæringen. Hvem laver den?

Mvh Jesper Frandsen
""")

M("", """
Hej Hovedpostkassen

Vi solgte vores andelsbolig i A/B Tranemosen sidste år, handlen er for længst afsluttet. Men vi får stadig post om ejendomsskat til den gamle adresse. Kan I rette det?

Mvh Jesper Frandsen
""")

M("pe", """
Kære borgerrådgiver

Vores hus på Torslunde Bygade skal på tvangsauktion i juni fordi vi er gået bagud med afdragene efter min mand blev arbejdsløs. Kommunen har pant for ejendomsskat. Kan kommunen vente med at kræve sit, til vi har fundet en køber selv?

Venlig hilsen
Mona Rasmussen
""")

M("", """
Kære borgerrådgiver

Hvordan fungerer det, når kommunen har pant i et hus for ejendomsskat og huset kommer på tvangsauktion? Jeg er ejendomsmægler og vil gerne forstå processen.

Venlig hilsen
Tina Kruse, statsaut. ejendomsmægler
""")

M("p", """
Emne: SV: Byggetilladelse Vejledalen 4

Tak for svaret. Det haster lidt, for vi har en køber der har skrevet under på en betinget købsaftale, og han vil have tilbygningen lovliggjort inden overtagelsen 1. august.

Mvh
Claus Winther

> Kære Claus Winther. Tilbygningen på Vejledalen 4 er ikke lovliggjort. Der skal søges om byggetilladelse.
""")

M("", """
Emne: SV: Byggetilladelse Vejledalen 4

Tak for svaret. Jeg søger om lovliggørelse af tilbygningen i næste uge via Byg og Miljø.

Mvh
Claus Winther

> Kære Claus Winther. Tilbygningen på Vejledalen 4 er ikke lovliggjort. Der skal søges om byggetilladelse.
""")

M("p", """
hej
naboens hus i nr 7 er sat til salg og der har været en masse købere rundt i min have for at kigge på skellet. kan kommunen sige hvor skellet går?? jeg vil ikke have de køber huset og så flytter hegnet
Lotte, Stenbukken 9
""")

M("", """
hej
hvordan finder jeg ud af hvor skellet går mellem mig og naboen? er det kommunen eller en landinspektør
Lotte, Stenbukken 9
""")

M("p", """
Dear Ishøj Kommune,

We are Dutch and interested in buying the commercial plot at Industrivej 33 that the municipality has advertised. We have made an offer through your broker of DKK 3.4 million and are waiting for an answer. Could you tell us when the Økonomiudvalg will decide?

Best regards
Joost van Dam
""".replace("We are Dutch and interested", "We are interested"))

M("", """
Dear Ishøj Kommune,

When will the municipality put its remaining commercial plots in Industrikvarteret up for sale? We are a logistics company looking at the area for 2027.

Best regards
Joost van Dam, Van Dam Logistics
""")

M("pe", """
Navn: Flemming Aagaard
Adresse: Kildevældet 42, 2635 Ishøj
Emne: Salg af hus / ejendomsskat
Besked: Vi skal sælge huset efter skilsmissen. Ejendomsmægleren har et bud på 3,1 mio men vi er stadig ikke enige om fordelingen. Kan kommunen udskyde ejendomsskatten til salget er gennemført?
""")

M("", """
Navn: Flemming Aagaard
Emne: Ejendomsskat
Besked: Hvornår forfalder 2. rate af ejendomsskatten? Kan jeg betale det hele på én gang?
""")

M("p", """
Kære Økonomiudvalg

Vi er fire familier i kolonihaveforeningen Ishøjgård, og vi har hver især fået tilbud på vores havehuse fra en investor, der vil samle grundene. Ingen af os har skrevet under endnu. Vi vil gerne vide om kommunen som ejer af jorden skal godkende et salg.

På vegne af familierne
Bjarne Hvid, have 12
""")

M("", """
Kære Økonomiudvalg

Hvad er kommunens politik for salg af havehuse i kolonihaveforeningerne? Må man sælge til højeste bud, eller er der en vurderingsmand?

Venlig hilsen
Kolonihaveforbundet, kreds Ishøj
""")

M("p", """
Hej Peter (byrådsmedlem)

Tak for en god snak i Bycentret. Som sagt overvejer jeg at byde på den gamle tankstation på Ishøj Stationsvej, og jeg har allerede fået foreløbigt ja fra ejeren til 1,9 mio med forbehold for jeres lokalplan. Kan du fortælle mig hvornår lokalplanforslaget kommer?

Mvh
Ali Demir
Demir Biler ApS
""")

M("", """
Hej Peter (byrådsmedlem)

Hvornår kommer lokalplanforslaget for området omkring den gamle tankstation på Ishøj Stationsvej? Vi er mange der er spændte.

Mvh
Ali Demir
""")

M("p", """
Emne: Fwd: Købstilbud på Ishøj Søvej 60

Hej kommune, jeg videresender buddet fra køberen. Jeg skal vide om der er ubetalte forsyningsregninger inden vi skriver under.

Niels Brandt

---------- Videresendt besked ----------
Fra: Boligmægler Syd
Dato: 4. maj 2026
Emne: Købstilbud
Køber tilbyder kr. 2.750.000 for ejendommen Ishøj Søvej 60, overtagelse 1/9. Tilbuddet gælder til 11. maj kl. 12.
""")

M("pe", """
Til Ishøj Kommune

Jeg er enke og lever af folkepension. Jeg er nødt til at sælge mit rækkehus i Vejleåparken, og der er en køber på vej, men jeg har brug for at vide om jeg kan få boligstøtte hvis jeg flytter til leje.

Mvh
Ruth Ottesen
[[180840-0926]]
""")

M("", """
Til Ishøj Kommune

Hvis man sælger sit rækkehus og flytter i lejebolig, kan man så søge boligstøtte? Hvad er reglerne generelt for folkepensionister? Spørger for en læserbrevsdebat.

Mvh
Ruth Ottesen
""")

M("", """
Kære udvalgsformand

Høring om ny trafikplan: Vi bor på Vildtbanevej og oplever at lastbilerne kører gennem villavejen. Vi vil gerne have en bom.

Venlig hilsen
Familien Overgaard, Vildtbanevej 71
""")

M("p", """
Kære udvalgsformand

Høring om ny trafikplan: Vi bor på Vildtbanevej 71 og huset er til salg. Vi har lige mistet en køber, som sagde lastbilerne var grunden. Vi vil gerne have en bom, ellers kan vi ikke sælge.

Venlig hilsen
Familien Overgaard
""")

M("", """
Hej

P-nummer 1012345678 står på mit lønseddel. Er det jeres? Jeg arbejder som vikar på Ishøj Skole.

Mvh Louise
""")

M("", """
Hej,

Mit målernummer står som 2102851234 på vandregningen men det passer ikke med nummeret på måleren i kælderen (2102851243). Kan I tjekke?

Venlig hilsen
Steen Lykke, Lindestien 8
""")

M("", """
Til opkrævningen

Ordrenr. 310597-8821 – jeg har betalt for storskraldsafhentning men ingen kom. Kvittering vedhæftet.

Hilsen Bo
""")

M("", """
Hej, licensnummer 0611923345 for vores foreningsversion af bookingsystemet udløber. Skal kommunen forny den eller os? Mvh Ishøj Badmintonklub
""")

M("", """
Kære Plan- og Miljøudvalget

Jeg protesterer mod byggeriet på Ishøj Havn. Det er helt urimeligt at bygge 12 etager ved vandet. Borgerne er ikke blevet hørt ordentligt.

Mvh
Søren Kjær
""")

M("p", """
Kære Plan- og Miljøudvalget

Jeg protesterer mod byggeriet på Ishøj Havn. Vi har et betinget salg af vores lejlighed i Havnebyen, og køberen har en klausul om at kunne træde tilbage hvis der kommer byggeri over 6 etager. Det koster os handlen.

Mvh
Søren og Bettina Kjær
""")

M("pe", """
Hej Jan

Jeg skriver til dig som byrådsmedlem fordi jeg er desperat. Min bank har opsagt mit lån og mit sommerhus på Ishøj Strand skal sælges inden oktober. Jeg har en gæld på 400.000 til SKAT. Kan kommunen købe grunden? Den ligger lige op til jeres grønne område.

Mvh Leif
""")

M("", """
Hej Jan

Har kommunen planer om at købe nogen af sommerhusgrundene op ved Ishøj Strand for at udvide det grønne område? Det hørte jeg til borgermødet.

Mvh Leif
""")

M("p", """
Emne: Re: Høring – Lokalplan 2.14

Tilføjelse til mit høringssvar: vi har siden fået et bud på huset på 4,2 mio, men køberen vil vide, om der kommer en sti bag grunden som lokalplanen viser. Han venter på svar før han underskriver.

Hilsen Mikkel Stær, Gildbro Allé 3

On 2 May 2026, Mikkel Stær wrote:
> Vi er imod stien bag Gildbro Allé, det vil give indbrud.
""")

M("", """
Emne: Re: Høring – Lokalplan 2.14

Tilføjelse til mit høringssvar: det er også et problem med hundeefterladenskaber på de eksisterende stier.

Hilsen Mikkel Stær, Gildbro Allé 3

On 2 May 2026, Mikkel Stær wrote:
> Vi er imod stien bag Gildbro Allé, det vil give indbrud.
""")

M("pt", """
Hej

Jeg er fra Pakistan og kom til Danmark i 2001. Nu vil jeg og min bror købe en grund i Ishøj Landsby for at bygge to huse. Vi har budt på grunden på Landsbygaden men mægleren siger kommunen skal godkende udstykningen. Hvem taler jeg med?

Mvh Imran Chaudhry
""")

M("", """
Hej

Vi vil gerne købe en grund i Ishøj Landsby og bygge to huse. Er det muligt at udstykke grunde der, og hvad kræver det af kommunen generelt?

Mvh Imran Chaudhry
""")

M("p", """
Til Center for Byudvikling og Natur

Ang. BBR-oplysninger Brohusvej 16. Vi har fået en køber, men købsaftalen er betinget af at BBR retter boligarealet fra 112 til 124 m2. Kan det ske inden 14 dage?

Venlig hilsen
Gitte Lindberg
""")

M("", """
Til Center for Byudvikling og Natur

Ang. BBR-oplysninger Brohusvej 16. Boligarealet står som 112 m2, men efter udvidelsen i 2019 er det 124 m2. Kan det rettes?

Venlig hilsen
Gitte Lindberg
""")

M("pu", """
Kære dagsordensamler (Økonomiudvalget)

Jeg er tillidsrepræsentant for 3F på Ishøj Havn og skriver privat. Min kone og jeg vil byde på et af kommunens parcelhusgrunde ved Vejleå Park, vi har lige sendt buddet, og vi vil høre om udvalget behandler buddene i juni.

Mvh Kim Ravn
""")

M("", """
Kære dagsordensamler (Økonomiudvalget)

Hvornår behandler udvalget buddene på parcelhusgrundene ved Vejleå Park? Mange i grundejerforeningen spørger.

Mvh Kim Ravn, formand
""")

M("p", """
hej kommunen, vi skal købe hus på Ishøj Stationsvej 9, handlen er ikke gået igennem endnu, men vi vil gerne vide om der er planer om en ny vej bag huset. mvh Jonas og Cecilie
""")

M("", """
hej kommunen, vi har købt hus på Ishøj Stationsvej 9 i 2023. er der planer om en ny vej bag huset? mvh Jonas og Cecilie
""")

M("pe", """
Hi, my name is Olena, I'm writing in English because my Danish is not good yet. My landlord is selling the flat I rent in Ishøj Bygade 30 and the buyer wants me out by July. I have no other place and I am on kontanthjælp. What are my rights?
""")

M("", """
Hi, my name is Olena. I would like to know if the municipality offers Danish classes in the evening. I work during the day. Thank you!
""")

M("", """
Til Teknik- og Miljøudvalget

Sagsnr. 25/18842 – klage over afgørelse om træfældning. Kommunen har givet tilladelse til at fælde de tre egetræer på Ishøj Søvej, og det er forkert. Træerne er over 100 år gamle.

Med venlig hilsen
Vibeke Storm
""")

M("p", """
Til Teknik- og Miljøudvalget

Sagsnr. 25/18842 – klage over afgørelse om træfældning. Jeg ejer Ishøj Søvej 41 og har en køber, der kun vil gennemføre købet hvis egetræerne bliver stående. Underskrift er sat i bero til I har afgjort klagen.

Med venlig hilsen
Vibeke Storm
""")

M("", """
Kære Økonomiudvalg

I solgte byggegrunden på Ishøj Boulevard i 2024 for 14 mio. Det var for billigt. Jeg ønsker aktindsigt i handlen.

Mvh Carsten Juhl
""")

M("pb", """
Kære borgmester

Vi er en muslimsk menighed i Ishøj og har givet et bud på det tidligere forsamlingshus på Torslunde Bygade, som kommunen sælger. Jeg står som formand. Vi håber I vil behandle vores bud som alle andre.

Med venlig hilsen
Yusuf Aydın, formand for menigheden
""")

M("", """
Kære borgmester

Hvornår sælger kommunen det tidligere forsamlingshus på Torslunde Bygade, og kan foreninger byde? Vi er en lokal idrætsforening der mangler lokaler.

Med venlig hilsen
Ishøj IF
""")
