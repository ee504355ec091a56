"""Part F: short questions and letters not understood; few special-category data."""
from common import M

M("", """
hej hvad betyder "afgørelse" i brev fra kommunen? det er om min carport byggeansøgning sag 24/07713. er det ja eller nej?
""")

M("", """
Hej. Jeg har fået regning for vand, kundenr. 0701851234, men jeg har betalt. Kan I se det? Mvh Rasa
""")

M("", """
hej jeg forstår ikke brev om "Digital Post fritagelse". jeg har Digital Post på telefon. skal jeg gøre noget? tak
""")

M("", """
Godmorgen. Jeg har tid hos borgerservice kl 9.30 i morgen men min bus er aflyst. Kan jeg komme kl 10? Mvh Juan
""")

M("", """
hej hvorfor har min bil fået p-afgift på Ishøj Torv, jeg holdt kun 5 min. afgift nr 20241183. jeg vil klage
""")

M("", """
Hej kommunen. I brevet står "I skal rydde fortov for sne og is". Vi bor i lejlighed. Er det os eller boligselskabet? Tak, Farhiya
""")

M("", """
hello, i got a letter in danish from "Center for Byudvikling og Natur" about my hedge. google translate says "hæk skal klippes". how much must i cut? the case number (sagsnr.) on the letter is 310124-0088. thanks, Emily
""")

M("", """
Hej. Hvor kan jeg aflevere gamle malerspande? Genbrugspladsen siger farligt affald. Åbent lørdag?
""")

M("", """
hej er der tid hos sundhedsplejerske for alle nye babyer eller skal man bede om det? vi flytter til ishøj i maj
""")

M("", """
Hej skolen. Vores datter har glemt sin jakke i gymnastiksalen i fredags, blå med pels. Har I set den? Mor til Hira 3.a
""")

M("", """
Kære Ishøj Kommune

Jeg har fået et brev om "varsling af vejarbejde" på Ishøj Stationsvej. Hvor længe må jeg ikke køre ind i min indkørsel? Jeg har lille bil og arbejder tidligt.

Venlig hilsen
Hoang
""")

M("", """
hej kan jeg få faktura på hallejen til vores fodboldhold igen, ordrenr 4415-2290. kassereren har mistet den. tak Said
""")

M("", """
Goddag. Min søns skole har sendt brev om "skolefoto". Skal vi betale? Og må jeg sige nej til billede? Hilsen Olesya
""")

M("", """
Hej. Jeg har fået ny elmåler og der står målernr 1711840012 på. Er det rigtigt? Det gamle var anderledes. Skal kommune have det?
""")

M("", """
hej hvornår er der valg til byrådet næste gang og kan man stemme når man har boet i danmark i 4 år?
""")

M("", """
Hej, jeg ville høre om I har tolk til forældremøder i skolen generelt, mange forældre i klassen forstår ikke alt. Kan skolen bestille? Mvh Kontaktforælder 2.b
""")

M("", """
hej den gule bus 300S kører ikke fra Ishøj st om søndagen. hvorfor? min arbejde starter kl 7
""")

M("", """
Kære borgerrådgiver

Jeg ringede tre gange til byggesagsafdelingen og ingen tager telefonen. Jeg har spurgt om tilladelse til et drivhus i min have i april. Er der en anden måde?

Mvh Stefan
""")

M("", """
Hej. I brevet fra kommunen om "indskrivning i børnehaveklasse" står der en kode til Pladsanvisning. Koden virker ikke: 4490-2218. Hvad gør jeg? Tak, Sumaya
""")

M("", """
Hej! Er der gratis svømmeundervisning for børn i Ishøj? Min søn er 8 og kan ikke svømme. Tak ☺️
""")

M("", """
Hej jeg har fået brev "rottebekæmpelse - anmeldelse modtaget". jeg har ikke anmeldt noget?? men der er rotter i skuret. kommer de? hilsen Kasia
""")

M("", """
Hej. Min mand og jeg vil gerne have et kolonihavehus. Er der venteliste i Ishøj? Hvordan skriver man sig op? Mvh Hana
""")

M("", """
hej hvad er åbningstid på Ishøj Bibliotek i påsken. og kan man printe der
""")

M("", """
Til hovedpostkassen

Hej, jeg modtog et brev med jeres EAN-nummer 5798008123456 til fakturering, men vores firma skal bruge P-nummer også. Hvad er jeres p-nr for Vejleåskolen? 

Mvh
Regnskab, Ishøj VVS ApS
""")

M("", """
hej kan jeg få hjælp til at læse et brev fra SKAT om forskudsopgørelse? jeg forstår ikke ordene. er der frivillige i kommunen der hjælper?
""")

M("", """
Hej. Mit barn er i vuggestue Troldehøjen. Hvad koster det fra august, er prisen steget? Vi har fået et brev med "takstblad 2025". Tak
""")

M("", """
hej jeg har set at der kommer ny moské i Ishøj. hvornår er høringen og hvor kan jeg læse om byggeriet?
""")

M("", """
Hej, jeg vil gerne spørge om kommunen laver kurser i dansk for voksne om aftenen. Jeg arbejder om dagen. Tak, Juan Carlos
""")

M("", """
Goddag. Jeg fik et brev om "fejl i ejendomsvurdering, sag 2024-113-55" men jeg kan ikke åbne vedhæftet fil på min telefon. Kan I sende på papir? Hilsen Ignacy
""")

M("", """
Hej, vi fejrer min datters 5-års fødselsdag i parken ved Strandgården lørdag. Må vi sætte et lille telt op? Vi er ca. 20. Mvh Dilara
""")

M("", """
Hej borgmester. Hvorfor er der ingen bænke ved søen mere? Min far er 88 og skal hvile når vi går tur. Tak for svar. Mvh Ali
""")

M("", """
Hej. Jeg har fået regning fra kommunen på 1.250 kr for "byggesagsgebyr". Hvad er det for? Jeg har kun sat et hegn op. Fakturanr. 1203241456. Mvh Vera
""")

M("", """
hi do i need to book time for passport or can i just come? and do you take mobilepay
""")

M("", """
Hej jeg er lærer på sprogcentret og mine kursister spørger hvor man kan få gratis juridisk rådgivning i Ishøj. Har I en liste? Mvh Pernille
""")

M("", """
Hej. Jeg vil gerne være plejefamilie. Hvad skal vi gøre for at blive godkendt? Vi er et par på 40 år med hus og have. Mvh Anja og Rasmus
""")

M("", """
hej i ved bussen ved Ishøj Strand station: stoppestedet er flyttet men ingen skilt. folk står forkert. kan I sætte skilt op? tak fra en buschauffør
""")

M("", """
Hej. Hvad er telefonnummeret til Ældreplejens visitation? Jeg skal bruge det til min opgave om ældrepleje i Danmark på pædagoguddannelsen. Tak, Fatou
""")

M("", """
Hej, hvordan klager man over lugt fra rensningsanlægget? det lugter i hele Ishøj Landsby om aftenen. mvh en nabo
""")

M("", """
Goddag. Hvornår er der næste gang borgermøde om den nye letbane? Jeg vil gerne høre om støj. Mvh Ole
""")

M("", """
hej det er min første gang jeg skal betale dagpleje. hvordan betaler man? jeg har fået brev med betalings-id 71-0041923887 og kreditornr 88125437
""")

M("", """
Hej Ishøj. Jeg har tid på rådhuset til vielse 14. juni. Hvilke papirer skal vi have med? Vi er begge danske statsborgere og har ikke været gift før. Mvh Jakob
""")

M("", """
Hej, er det sandt at kommunen giver tilskud til elcykel for alle borgere? Jeg hørte det på arbejde. Tak
""")

M("", """
hej hvornår kommer skraldemanden til Ishøj Søvej, den er ikke tømt i 2 uger, madaffald lugter i varmen 🤢
""")

M("", """
Hej. Jeg har modtaget et brev om, at vores skole-hjem-samtale for min datter er flyttet. Brevet siger 14.3 kl. 8.15 men hun har prøve i skolen. Kan vi få ny tid? Mvh Sara
""")

M("", """
Hej. Hvor kan jeg se referat fra Social- og Sundhedsudvalgets møde i går? Jeg er interesseret i beslutningen om hjemmeplejens nye ruter. Mvh Birthe
""")

M("", """
Kære Ishøj Kommune. Jeg hedder Mustafa og vil gerne starte en lille frugtbutik i Ishøj Bycenter. Hvem kan jeg tale med om tilladelser? Tlf 71 88 20 45
""")

M("", """
hej min mormor fylder 100 år i juni. kommer borgmesteren på besøg? hun bor stadig selv på Gildbrovej
""")
