"""Part G: practical winter requests with CPR numbers given in every way, and numbers that
only look like CPR numbers; more family, faith, union and housing matters in passing."""
from common import M

M("h", """
Hej

Jeg skal have taget blodprøver på Sundhedshuset, men kan ikke finde min tid i appen. Mit personnummer er [[110349\u00a01638]]. Jeg har fået nyt sundhedskort, men der står stadig min gamle læge på.

Venlig hilsen
Ingrid Skov
""")

M("", """
Hej. Jeg har fået et nyt sundhedskort og skal vælge ny læge, fordi min gamle går på pension. Hvilke læger i Ishøj tager nye patienter?
""")

M("", """
Til Borgerservice

Jeg har betalt for nyt pas, kvitteringsnr. 0411231976, men har ikke fået tid til at hente det. Jeg rejser til Thailand d. 3. januar.

Mvh Bent Hjorth
""")

M("e", """
Kære Center for Borger, Økonomi og IT

Jeg har fået et brev om at min boligstøtte skal betales tilbage for hele 2023, fordi min indkomst var for høj. Jeg forstår ikke hvordan, jeg fik kun lidt mere på pensionen. Mit cpr er [[0803412717]].

Med venlig hilsen
Vera Madsen
""")

M("", """
Hej. Ref. nr. 150324-0012 — jeg har sendt en klage over parkeringsbøde ved svømmehallen for 8 uger siden og har ikke hørt noget.
""")

M("", """
Hej. Fakturanummer 3112230551 fra Ishøj Kommune vedr. leje af Kulturhuset. Vi har betalt, men har fået en rykker. Vh Ishøj Bridgeklub
""")

M("s", """
Kære Borgerservice

Jeg vil gerne skifte efternavn efter mit bryllup med min mand Lars. Jeg hedder Thomas Kruse, [[240587-1453]]. Vi vil begge hedde Kruse-Holt. Hvad skal I bruge?

Mvh Thomas
""")

M("", """
Hvor lang tid tager det at få behandlet en navneændring efter bryllup? Vi skal giftes i december.
""")

M("h", """
hej jeg fik en kvittering for min influenzavaccine med mit cpr [[291255 3146]] men den siger jeg har fået vaccinen mod lungebetændelse, det har jeg ikke. jeg har KOL og skal have begge. kan det rettes

John
""")

M("pe", """
Kære Hanne (byrådet)

Vi er nødt til at sælge vores lejlighed fordi min mand har fået nedsat løn og vi ikke kan klare ydelsen. Vi har en køber, men de vil have at kommunen bekræfter at der ikke bliver bygget på grunden overfor. Vi har et lån i kommunen fra indskudslånet. Mit cpr: [[120280-2947]].

Venlig hilsen
Sofie Andersen
""")

M("", """
Hej Hovedpostkassen. EAN-nummer 5798000425511 — vi skal fakturere kommunen for snerydning i december. Er det korrekt EAN?
""")

M("b", """
Til Folkeregistret

Jeg vil gerne melde mig ud af folkekirken, fordi jeg er blevet buddhist. Skal det gå gennem kommunen eller kirkekontoret? Mit personnr. er [[150993–1120]].

Venlig hilsen
Jonas Bak
""")

M("", """
Hvordan melder man sig ud af folkekirken? Skal det gå gennem kommunen? Jeg spørger for min svigermor som gerne vil vide det.
""")

M("u", """
Hej

Jeg skal bruge en bekræftelse på min ansættelse i kommunen til min fagforening, HK Kommunal, fordi de skal beregne mit kontingent. Mit personnummer: [[0212781855]].

Mvh Lotte Winge
""")

M("", """
Kære Løn og Personale. Jeg har fået forkert feriepenge udbetalt i november. Medarbejdernr. 101076-33. Kan I tjekke det?
""")

M("t", """
Hej

Jeg er fra Somalia og fik dansk statsborgerskab i sommer. Nu står jeg stadig registreret med opholdstilladelse hos Borgerservice. Kan det rettes? [[010190-4227]]

Mvh Abdi Warsame
""")

M("", """
Kan I sige hvor mange borgere i Ishøj der har fået statsborgerskab i 2024? Spørger til en opgave.
""")

M("he", """
Kære Visitationen

Jeg har fået bevilget badetaburet og toiletforhøjer efter min hofteoperation, men hjælpemiddeldepotet har ikke leveret. Jeg kommer hjem fra genoptræning på fredag. Mit cpr er [[270148 2290]].

Venlig hilsen
Lis Thomsen
""")

M("", """
Hvor ligger kommunens hjælpemiddeldepot, og hvornår har de åbent i julen? Vi er et transportfirma der skal aflevere nogle senge.
""")

M("s", """
Hej Borgerservice

Min kone Helle og jeg (Birgit) har været registreret partnere siden 1990, og nu vil vi gerne have det lavet om til ægteskab, før vi bliver for gamle. Hvad skal vi gøre? Mit cpr er [[191139-2210]].

Mvh Birgit Dahl
""")

M("", """
Sagsnr. 24-0871-1209 — jeg afventer svar på min ansøgning om tilladelse til at fælde et træ i haven. Det skal helst ske før frosten.
""")

M("pb", """
Kære Peter Jørgensen

Jeg skriver som mangeårigt medlem af Konservative. Jeg har solgt mit hus på Ishøj Søvej til en ung familie med aftale om overtagelse 1. marts, men de har fået afslag på lån, og nu hænger handlen i luften. Min mægler siger at kommunens vurdering af grunden er for høj. Kan du se på det?

Med venlig hilsen
Ebbe Flindt, [[061142-1039]]
""")

M("", """
Hej. Mit telefonnummer er ændret til 20 11 48 95. Kan I opdatere det i jeres system for min sag om parkeringstilladelse?
""")

M("su", """
hej, jeg er lesbisk og tillidsrepræsentant (FOA) på plejecentret Kærhuset. en beboer har været meget grov mod mig pga min seksualitet. ledelsen siger jeg bare skal "tage det professionelt". hvem kan jeg klage til?

mvh Karen
""")

M("", """
Hej Kommunen. Jeg har et spørgsmål om vores P-nummer 1002345678 i CVR-registret, skal det stå på fakturaen til jer? Mvh. Ishøj Rengøring ApS
""")

M("e", """
Hej

Jeg skal have udbetalt min pension til en ny konto. Det gamle nummer var reg. 9570 konto 12203344. Nyt er reg. 3409 konto 11223344. Mit cpr er [[041035\u00a00127]].

Venlig hilsen
Edith Sørensen
""")

M("", """
Kære borgerrådgiver. Jeg har en generel klage over at man skal vente 45 minutter i telefonkøen hos Borgerservice. Hilsen en træt borger
""")

M("ps", """
Hej Byudvikling

Min mand Kasper og jeg (Mathias) har budt på en grund i Ishøj Landsby, og sælgeren har sagt ja med forbehold for byggetilladelse. Vi vil bygge et lille træhus. Kan I se på skitsen inden jul?

Mvh Mathias Friis
""")

M("b", """
Til byrådsmedlem Birte Holm (Radikale)

Jeg er selv radikal og stemte på dig. Jeg synes, det er en skam at biblioteket i Ishøj Landsby får kortere åbningstider i vinter, netop når folk har brug for et varmt sted.

Med venlig hilsen
Gunnar Asp
""")

M("", """
Hej. Hvorfor får biblioteket i Ishøj Landsby kortere åbningstider i vinter? Jeg bruger det hver uge.
""")

M("e", """
Kære Mette

Min datter Signe på 17 er blevet smidt ud hjemmefra af sin far. Hun sover hos os, men hun er tilmeldt hos ham. Hun får ikke sin børne- og ungeydelse og har ingen penge til busser. Hvem skal hun tale med? Hendes cpr: [[170707 4322]].

Mvh Dorthe
""")

M("", """
Hej Borgerservice. Vi er tre søskende der skal bruge en navneattest for vores afdøde far til banken. Hvor bestiller vi den?
""")

M("hs", """
Hej

Jeg har fået at vide af min læge at jeg skal have hjemmesygepleje efter min operation for tarmkræft. Min mand Niels (vi er to mænd, og han er min nærmeste pårørende) skal have besked om tiderne. Kan I skrive til ham også? Mit personnr. [[220955-1311]].

Venlig hilsen
Erik Vad
""")

M("", """
Til hjemmesygeplejen: er det muligt at få besøg efter kl. 16 hvis man arbejder? Jeg spørger generelt til en pjece for vores borgerforening.
""")

M("tuh", """
Kære Inge

Jeg er fra Bosnien og har været medlem af 3F i 25 år. Jeg har arbejdet som chauffør for kommunens madordning, og vi har fået nye ruter der ikke kan nås. Min kollega er blevet sygemeldt af stress. Vi må have hjælp.

Mvh Senad Hodžić
""")

M("", """
Hej. Vil I venligst sende mig en kopi af vinterregulativet for 2024/25? Min postadresse er Ishøj Landevej 140, 2635 Ishøj.
""")

M("e", """
Hej

Jeg er stoppet på efterløn og begyndt på folkepension d. 1. november. Men jeg har fået efterløn for november også. Skal jeg betale den tilbage? [[3010571744]]

Mvh Jørn Heide
""")

M("", """
Hvornår kan man gå på folkepension, hvis man er født i 1959? Og skal man søge via kommunen?
""")

M("bp", """
Kære menighedsråd og kommune

Vi er en baptistmenighed i Ishøj og har længe lejet et lokale. Nu vil vi købe en gammel butik på Ishøj Bygade og indrette den til kirke. Vi har skrevet under på en købsaftale med forbehold for at kommunen godkender anvendelsen. Jeg er selv præst i menigheden.

Venlig hilsen
Pastor Samuel Obi
""")

M("", """
Må en tidligere butik i en bymidte bruges til kirke eller moske? Hvad siger lokalplanen? Jeg spørger som arkitekt.
""")

M("st", """
Hej svømmehallen

Min kæreste Yasmin og jeg (Sara) vil gerne leje svømmehallen en time til et privat arrangement for vores bryllup. Hun er fra Marokko og hendes familie kommer til Danmark i januar. Er der ledige tider?

Mvh Sara Holm
""")

M("", """
Kan man leje svømmehallen privat? Pris? Vi skal holde firmajulefrokost. Mvh Ishøj Autoværksted
""")

M("u", """
Hej

Jeg er medlem af IDA og arbejder som ingeniør på det nye varmeværk. Jeg vil gerne invitere byrådet på rundvisning i januar. Vi kan vise, hvordan den nye varmepumpe virker.

Mvh Johan Aagaard
""")

M("b", """
Kære Kulturudvalg

Jeg er vegetar af etiske grunde og aktiv i Anima. Jeg vil foreslå at der er vegetarmenu ved kommunens julefrokost for ældre. Jeg er 76 og har været vegetar siden 1970.

Mvh Helga Brandt
""")

M("", """
Hej, er der vegetarmenu til ældrejulefrokosten i Kulturhuset d. 12. december? Mvh Inge, 79 år
""")

M("eh", """
Hej

Min mand Poul er dement og har fået plads i dagcentret tre dage om ugen. Men bussen henter ham ikke, når der er sne. Kan I ikke prioritere de ældres busser? Hans personnummer er [[020644–1137]].

Venlig hilsen
Inge Pedersen
""")

M("", """
Til Hovedpostkassen

Vi er Ishøj Pensionistforening og vil gerne have at buskørslen til dagcentrene prioriteres ved snefald. Det er en generel opfordring.

Med venlig hilsen
Bestyrelsen
""")

M("s", """
Kære byrådsmedlem Jens

Jeg er 82 og enkemand efter min mand Verner, som døde i september. Jeg vil gerne høre om der er et sorgtilbud i kommunen for ældre, der har mistet deres ægtefælle. Jeg har ikke andre end ham haft.

Med venlig hilsen
Hans Bjerregaard
""")

M("", """
Findes der sorggrupper for ældre i Ishøj? Vi vil gerne oplyse om det i vores kirkeblad.
""")

M("pt", """
Hej

Jeg er kinesisk og driver en restaurant i Ishøj. Jeg er ved at købe naboens lokale for at udvide, og vi mangler kun kommunens tilladelse til ændret anvendelse, før købet er endeligt. Kan det gå hurtigere?

Mvh Wei Zhang
""")

M("u", """
Kære borgerrådgiver

Jeg er medlem af Det Faglige Hus og har klaget over min sagsbehandler i Borgerservice. Jeg vil have at min fagforening kan være med til mødet. Er det i orden?

Mvh Peter Strand
""")

M("", """
Må man tage en bisidder med til et møde hos kommunen, fx fra en fagforening eller en forening? Hvad er reglerne?
""")

M("s", """
hej bibliotek. min kæreste mads og jeg (oliver) vil gerne lave et foredrag om at være homoseksuel i en lille by. kan vi låne salen en aften i februar?
""")

M("", """
Hej. Hvornår er der fortælletime for børn på biblioteket i december? Mit barnebarn er 4.
""")

M("", """
Kære Borgerservice. Jeg skal bruge en udskrift af min folkeregisteradresse til min bank. Kan jeg få den sendt til Digital Post? Mvh Kirsten Egelund
""")

M("pu", """
Hej Kristian

Jeg er tillidsrepræsentant for 3F på byggeriet i Ishøj Nord og vil gerne købe et af de nye rækkehuse, men sælger har kun accepteret mit bud, hvis kommunen bekræfter byggeriets tidsplan. Er den offentlig?

Mvh
Carsten Møller
""")

M("b", """
Til borgerrådgiveren

Jeg bærer tørklæde pga. min tro, og en medarbejder i Borgerservice bad mig tage det af til pasfoto. Jeg ved, at det ikke er nødvendigt. Jeg vil gerne klage.

Mvh Leila
""")
