"""Part E: quick questions and replies; many hard negatives with look-alike numbers."""
from common import M

M("", """
Hej. Jeg ringede i går vedr. sag nr. 250385-0192 om vejbump på Ishøj Søvej. Er der nyt?
Mvh Vejlauget
""")

M("", """
Ordrenr. 1104921837 – jeg har bestilt storskrald til afhentning onsdag, men der kom ingen. Kan den hentes fredag?
""")

M("", """
Min bestilling af haveaffaldscontainer har referencenummer 3012874410. Hvornår kommer den?
""")

M("", """
Ring gerne på 2018 4477 eller 43 73 20 19 efter kl. 16. Det handler om hækken ved skolen.
""")

M("", """
Mødet er flyttet til 14.03.25 kl. 10.30 – lokale 2.11. Bekræft venligst.
""")

M("", """
Indbetalt 1.450 kr. til reg. 0216 konto 4069183921 for leje af Kulturhusets sal. Kvittering?
""")

M("", """
CVR 38492017 – vi er en ny frisørsalon på Ishøj Bygade og vil gerne høre om skiltetilladelse.
""")

M("", """
EAN-nummer til fakturering: 5798000432716. Skolen mangler at få det rigtige nummer.
""")

M("", """
hej p-bøden har nr 0102931177 men jeg holdt lovligt, der var ingen skilte
""")

M("", """
Journalnr. 27.11.04-G01-3-24. Hvornår behandler udvalget vores ansøgning om legepladstilskud?
""")

M("", """
Hvor mange borgere i Ishøj er på kontanthjælp? Vi diskuterer det i vores studiekreds.
""")

M("", """
Har I en pjece på arabisk om hvordan man søger boligstøtte?
""")

M("", """
Er det rigtigt at kommunen sælger Ishøj Landsbys gamle skole? Hvornår kommer den i udbud?
""")

M("", """
Hvad er den gennemsnitlige ventetid på en plejebolig i Ishøj i dag?
""")

M("", """
Hvornår har Sundhedshuset åbent for blodprøver uden tidsbestilling?
""")

M("", """
Hvem kan man kontakte hvis man er bekymret for en nabo der virker forvirret? Generelt spørgsmål.
""")

M("", """
Jeg synes kontanthjælpsreglerne er alt for stramme. Hvad mener dit parti?
""")

M("", """
Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter i maj?
""")

M("", """
Hvordan bliver man medlem af integrationsrådet? Jeg er interesseret i at stille op.
""")

M("", """
Får kommunens medarbejdere fri til Eid, eller kun til de kristne helligdage?
""")

M("", """
Hvad er de nye regler for kirkeskat når man flytter til Ishøj fra udlandet?
""")

M("", """
Er Ishøj med i Copenhagen Pride i år med en vogn?
""")

M("", """
Hvor mange sager om tvangsfjernelse har kommunen haft de sidste 5 år? Spørger som journaliststuderende.
""")

M("", """
Tak for i går, det var et godt møde. Jeg sender referatet på mandag.
Jonna
""")

M("", """
ja tak det passer fint. jeg tager min kollega Søren med hvis det er ok
""")

M("", """
Super, tak! Vi ses torsdag.
""")

M("", """
ok men kan vi tage det over telefon i stedet? har travlt på arbejdet den uge
""")

M("", """
Kan I fortælle hvor jeg finder den nye affaldsplan? Linket på hjemmesiden virker ikke.
""")

M("", """
Hvornår er der åbent i Ishøj Svømmehal i vinterferien?
""")

M("", """
Emne: Vejbelysning
Navn: Carsten Holck
Telefon: 40 51 92 10
Henvendelse: Lampen ud for Vejlebrovej 94 har været slukket i tre uger.
""")

M("", """
Emne: Hærværk
Navn: Anonym
Henvendelse: Nogen har sprayet graffiti på tunnelen under Ishøj Boulevard. Kan den fjernes?
""")

M("", """
Emne: Sundhedskort
Navn: Trine Vestergaard
Telefon: 22 14 70 88
Henvendelse: Jeg har mistet mit sundhedskort. Kan jeg bestille et nyt online?
""")

M("", """
Emne: Tilskud til sommerlejr
Navn: Ishøj Spejderne v/ Kim Møller
Henvendelse: Kan vi søge tilskud til sommerlejren i juli? Vi er 42 børn.
""")

M("", """
Emne: Fagforeninger på jobcentret
Henvendelse: Må fagforeninger og a-kasser holde oplæg for ledige på Jobcentret, eller er det ikke tilladt?
""")

M("", """
Emne: Halal i skolemaden
Henvendelse: Er kødet i skolemadsordningen halal? Flere forældre i klassen har spurgt.
""")

M("e", """
Emne: Kontanthjælp
Henvendelse: jeg får kontanthjælp og har fået et deltidsjob 10 timer om ugen. skal jeg selv melde det
""")

M("h", """
hej jeg har fået konstateret grå stær og må ikke cykle før operationen. kan jeg få kørsel til aftenskolen?
""")

M("s", """
Hej Lars. Jeg er bøsse og 71 år, og jeg vil gerne vide om der findes et seniortilbud i kommunen hvor man ikke skal skjule hvem man er.
Mvh Poul-Erik
""")

M("s", """
ja tak til kaffe på tirsdag. jeg tager min kone Hanne med, hun har også meget at sige om dagplejen
/Mette
""")

M("be", """
Kan kommunen sørge for at min mor får halal-mad på plejecentret? Hun er muslim og har boet på Ishøjgård siden i fredags.
Mvh Bilal
""")

M("u", """
Hej, kort spørgsmål: jeg er medlem af BUPL og arbejder i Solsikken. Hvornår kommer referatet fra MED-udvalget?
""")

M("t", """
Jeg er halvt thailandsk og mine børn bliver drillet for deres øjne i skolen. Hvad gør kommunen ved mobning?
""")

M("p", """
Kort spørgsmål: vi har underskrevet en betinget købsaftale på Tranemosen 3 og mangler kun en ibrugtagningstilladelse for carporten. Hvor lang tid tager det?
""")

M("p", """
Emne: Naboens hus
Henvendelse: Naboen i nr. 22 har sat huset til salg til 4,2 mio. Kan kommunen stoppe at en køber laver det til udlejning?
""")

M("e", """
hej jeg er sat under administration af min bank og har ikke råd til tandlægen. kan man få hjælp
""")

M("u", """
Jeg har været medlem af DSR i 30 år men er nu pensioneret. Må jeg stadig være med i seniorklubben på Ishøj Sygeplejeklinik?
""")

M("b", """
Jeg stemte på Liberal Alliance ved sidste valg og vil gerne høre, hvad jeres byrådsgruppe mener om den nye grundskyld.
Mvh Allan
""")

M("t", """
Min datter er adopteret fra Etiopien og bliver kaldt n-ordet af en anden elev. Skolen har ikke reageret. Hvad nu?
""")

M("sb", """
Hej. Vi er to kvinder der skal giftes, og min forlovede er katolik. Kan man holde en kirkelig velsignelse efter vielsen på rådhuset?
/Line
""")

M("p", """
Vi venter på kommunens svar om byggelinjer før vi kan afgive endeligt bud på Ishøj Strandvej 206. Sælger giver os til fredag.
""")

M("u", """
hej jeg er tillidsrepræsentant for 3F i rengøringen på skolerne. de nye vagtplaner er ulovlige, kan vi mødes?
""")

M("ts", """
Hej. Jeg er fra Brasilien og min kone Lucia er dansk. Vi er to kvinder, og vi vil gerne høre om kommunen har dansk-undervisning for udenlandske ægtefæller.
""")

M("eu", """
Hej. Jeg er på dagpenge fra Det Faglige Hus' a-kasse og vil gerne høre om jeg må tage et frivilligt job på biblioteket.
""")

M("b", """
er buddhist og vil gerne have min fars aske spredt over havet. skal kommunen godkende det?
""")

M("pt", """
hej vi er kinesere og vil købe en ejendom i ishøj til restaurant. sælger har accepteret vores bud men vi mangler at vide om der må være restaurant. haster
""")

M("p", """
Emne: Køberen er sprunget fra
Hej. Køberen af vores hus på Ishøj Bygade har trukket sig efter kommunens svar om spildevand. Kan vi få en forklaring, så vi kan sælge igen?
""")
