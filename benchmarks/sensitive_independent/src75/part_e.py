"""corpus75 part E: newcomers, the integration programme, Danish classes and interpreters."""
from common import M

M("", """
Hej Sprogcenter

Jeg går på modul 3 om formiddagen. Jeg har fået arbejde på et lager fra næste måned, fra kl. 7 til 15. Kan jeg skifte til aftenholdet mandag og onsdag? Min lærer siger at jeg skal skrive til jer.

Mange tak
Tomasz
""")

M("e", """
Til Jobcentret, integrationsafdelingen

I mit integrationsprogram står der, at jeg skal være i praktik 37 timer om ugen og samtidig gå på sprogskole. Det kan jeg ikke nå, fordi jeg også har tre børn og ingen daginstitutionsplads til den mindste. Jeg får integrationsydelse og er bange for at blive trukket i penge. Kan vi lave planen om?

Venlig hilsen
Zahra
""")

M("e", """
Hej

Jeg har møde med min sagsbehandler i jobcenter på onsdag kl. 13. Sidste gang var tolken på telefon og forbindelsen var dårlig, jeg forstod ikke hvad jeg skulle. Kan jeg få tolk på dari der kommer i rummet? Tak.

Mohammad Nazari
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg er frivillig i Dansk Flygtningehjælps netværk i Ishøj. Bruger kommunen fremmødetolke eller kun telefontolke, og har I tolke på somali og tigrinya? Vi får spørgsmålet tit og vil gerne svare rigtigt.

Venlig hilsen
Bodil Hviid
""")

M("", """
Kære direktionsassistent

Kan I sende tallene for, hvor mange flygtninge og familiesammenførte Ishøj har fået boligplaceret i 2024 og 2025, fordelt på nationalitet? Jeg er formand for en boligafdeling og vil gerne sammenligne med vores egne tal til beboermødet.

Venlig hilsen
Erik Knudsen
""")

M("", """
Kære byrådsmedlemmer

Jeg har læst kommunens nye integrationspolitik. Den er fuld af flotte ord om "ligeværd" og "medborgerskab", men der står ingenting om, hvordan man måler om den virker. Jeg synes, I skal sætte konkrete mål for beskæftigelse og danskkundskaber og følge op hvert år.

Med venlig hilsen
Jens Pilgaard
""")

M("te", """
Hej

Vi er eritreere og har fået en lejlighed af kommunen i Strandparken for to måneder siden. Der er fugt i soveværelset, og vores baby hoster om natten. Boligselskabet siger at kommunen skal betale for at flytte os. Hvem skal vi tale med?

Med venlig hilsen
Yonas Tesfay
""")

M("b", """
Til Sprogcentret / Ishøj Kommune

Jeg går med hijab og går på sprogcentret om eftermiddagen. To mænd på mit hold siger ting til mig hver dag om mit tørklæde og om at jeg ikke er en rigtig kvinde. Læreren siger ingenting. Jeg vil gerne skifte hold eller at I gør noget.

Venlig hilsen
Rania
""")

M("st", """
Til borgerrådgiveren

I am writing in English because my Danish is still weak. I fled Uganda because I am gay, and I got asylum last year. The municipality housed me in a shared flat with three other men from my country, and they have found out. They threaten me. I have told my caseworker twice but nothing happens. I need to move.

Please help.
Daniel
""")

M("st", """
Hello,

My wife Lucía and I moved to Ishøj from Spain in January. We are both women and want to register our marriage and our daughter with both of us as parents. Borgerservice said something about medmor. Could you tell us which documents we need?

Kind regards,
Carmen Ruiz
""")

M("t", """
Til Borgerservice / Ishøj Kommune

Min mand er fra Marokko, og vi har søgt om familiesammenføring. Udlændingestyrelsen siger, at kommunen skal bekræfte, at vores lejlighed er stor nok. Vi har 74 m² til os to. Hvem i kommunen laver den erklæring?

Venlig hilsen
Camilla Berrada
""")

M("t", """
Ishøj Kommune, Borgerservice

Vedr. familiesammenføring med min hustru Mekdes, som er etiopisk statsborger og bor i Addis Abeba. Jeg er selv født i Etiopien og dansk statsborger siden 2015.

Mit cpr-nummer: [[061183-1947]]
Boligadresse: Ishøj Strandvej 112, 1.

Jeg beder om en boligerklæring til Udlændingestyrelsen.

Med venlig hilsen
Dawit Bekele
""")

M("", """
Hej

Vi er lige flyttet til Ishøj fra Aarhus og har set, at kommunen holder "Velkommen til Ishøj"-aften for nye borgere. Er det også for folk, der kommer fra andre dele af Danmark, eller kun fra udlandet? Hvornår er den næste?

Mvh Anne og Kristoffer
""")

M("", """
Til Kultur og Fritid

Jeg vil gerne være frivillig ved Mangfoldighedsfestivalen på Rådhustorvet den 14. juni. Jeg kan hjælpe med madboderne eller børneaktiviteter. Hvem skal jeg kontakte, og er der et møde for frivillige før?

Venlig hilsen
Marianne Holst
""")

M("u", """
Til formanden for Beskæftigelsesudvalget

Jeg underviser på sprogcentret og er tillidsrepræsentant for lærerne, valgt gennem Uddannelsesforbundet. Udbuddet af danskuddannelsen betyder, at vi ikke ved, om vi har job om et halvt år. Det går ud over kursisterne. Kan udvalget forklare tidsplanen?

Med venlig hilsen
Lene Kofod
""")

M("e", """
Hej Jobcenter

Jeg er i virksomhedspraktik i Netto som del af mit integrationsprogram. Chefen siger nu at jeg skal arbejde om søndagen også, men det står ikke i min aftale. Må han det? Jeg vil ikke miste praktikken.

Tak
Hamid
""")

M("t", """
Til Jobcentret

Jeg er farmaceut fra Syrien og arbejdede på et apotek i Damaskus i otte år. Styrelsen for Patientsikkerhed siger, at jeg skal have en autorisationsprøve. Kan kommunen hjælpe med at betale et forberedelseskursus, eller findes der et program for udenlandske sundhedsfolk?

Med venlig hilsen
Rasha Al-Masri
""")

M("tu", """
Hej

Jeg er polak og arbejder på byggeplads i Ishøj. Jeg er medlem af 3F. Jeg vil gerne lære dansk om aftenen, men sprogcentret siger aftenholdet er fuldt. Er der en anden mulighed? 3F siger at kommunen skal tilbyde det.

Pozdrawiam
Krzysztof Nowak
""")

M("te", """
Hej

Vi er ukrainere og bor i Ishøj siden 2022. Vi får selvforsørgelsesydelse, og nu har jeg fået arbejde 15 timer om ugen. Skal jeg selv sige det til jer, og hvor meget bliver trukket? Jeg vil ikke skylde penge bagefter.

Dyakuyu
Iryna Kovalenko
""")

M("h", """
Til Sundhedsplejen

Jeg er gravid i uge 20 og skal til scanning på Hvidovre. Jeg forstår ikke så godt dansk, når der tales hurtigt. Kan jeg få en tolk med til jordemoderen, og skal jeg betale? Min mand arbejder og kan ikke komme med.

Tak
Fatima
""")

M("ht", """
Kære Center for Voksne og Velfærd

Jeg kom som flygtning fra Irak i 2016. Jeg har PTSD efter fængsel og tortur og har fået behandling på RCT-Jylland. Nu bor jeg i Ishøj og behandlingen stoppede, da jeg flyttede. Kan kommunen henvise mig til et nyt sted? Jeg sover ikke mere.

Med venlig hilsen
Ali Hussein
""")

M("b", """
Hej

Jeg arbejder som køkkenmedhjælper i kantinen på rådhuset og beder fem gange om dagen. Jeg har brugt et hjørne af depotet, men nu er det blevet låst. Findes der et stille rum, som jeg må bruge i 5 minutter ad gangen?

Venlig hilsen
Line Sabri
""")

M("bt", """
Til borgerrådgiveren

Jeg er iraner og er konverteret fra islam til kristendommen. Jeg går i Ishøj Kirke hver søndag. På sprogcentret er der nogle fra mit land, som kalder mig forræder, og jeg er bange. Hvem kan jeg tale med om det?

Venlig hilsen
Reza
""")

M("b", """
Til Borgerservice

Vi er sikher, og vi vil gerne ændre vores søns efternavn til Singh, som det er skik i vores tro, og vores datters til Kaur. Hvad skal vi udfylde, og koster det noget for børn?

Venlig hilsen
Navdeep og Simran Sandhu
""")

M("te", """
Til Borgerrådgiveren

Jeg vil klage over min sagsbehandler i integrationsafdelingen. Til mødet i går sagde hun "jer somaliere vil jo ikke arbejde" foran tolken. Jeg har været i praktik to gange og søger job hver uge. Jeg vil have en ny sagsbehandler.

Abdirahman
""")

M("e", """
Hej

Da vi kom til Ishøj, fik vi et indskudslån og et lån til møbler fra kommunen. Nu har vi fået brev om, at vi skylder 18.600 kr og skal betale 1.500 om måneden. Det kan vi ikke, min mand er på kontanthjælp. Kan vi betale mindre?

Mvh
Hawa
""")

M("", """
Til Center for Byudvikling og Natur

Vi er bestyrelsen i en almen boligafdeling i Ishøj. Hvordan fungerer kommunens anvisningsret i forhold til boligplacering af flygtninge? Vi vil gerne forstå reglerne i integrationspolitikken, før vi holder afdelingsmøde.

Med venlig hilsen
Boligafdeling Vejleåparken
""")

M("", """
Hej

Vi er en virksomhed i Ishøj med 14 medarbejdere, der skal lære dansk. Kan sprogcentret lave et hold ude hos os, og hvad koster det pr. kursist? Vores CVR er 41287635.

Mvh
HR, Nordvest Logistik
""")

M("te", """
Til Jobcentret

Ansøgning om integrationsydelse

Jeg er flygtning fra Sudan og har fået opholdstilladelse i marts. Jeg er boligplaceret i Ishøj fra 1. april.

Navn: Abdelrahman Osman
Personnummer: [[010190-3125]]

Jeg har ingen penge og ingen konto endnu.
""")

M("", """
Hej

Jeg har fået mit gule sundhedskort, men der står forkert efternavn. Der står Nguyen Van i stedet for Nguyen. Mit cpr er [[2405014729]]. Kan I rette det?

Tak
Minh Nguyen
""")

M("", """
Hi,

I am an HR partner at a company in Hvidovre. We are relocating an engineer and her family to Ishøj next month. What is the order of things: CPR registration first, then the health card and the Danish classes? Is there a checklist for new arrivals we can share?

Best,
Julia Hartmann
""")

M("", """
Hej

Hvor mange ukrainere bor der egentlig i Ishøj nu? Jeg hørte nogen sige 400 til en fødselsdag, men jeg kan ikke finde tallet. Er der en statistik på jeres hjemmeside?

Mvh Søren
""")

M("te", """
Kære Center for Borger, Økonomi og IT

Jeg er frivillig mentor for familien Haile, som kom fra Eritrea sidste år og bor på Ishøj Strandvej. De har fået afslag på boligstøtte, fordi de ikke havde sendt lønsedler, men far Haile har ikke haft løn, kun integrationsydelse. Jeg har fuldmagt fra dem og vil gerne have sagen genoptaget.

Med venlig hilsen
Gudrun Thybo
""")

M("u", """
Hej

Jeg er rengøringsassistent på en skole i Ishøj og medlem af FOA. Jeg har fået et brev fra kommunen om mine feriepenge, som jeg ikke forstår. Kan nogen ringe og forklare det på enkelt dansk? FOA har ikke tid før om tre uger.

Venlig hilsen
Amal
""")

M("bt", """
Hej Kulturhuset

Jeg er fra Thailand og buddhist. Vi er nogle thailandske kvinder i Ishøj, som gerne vil holde en lille Songkran-fest i april med mad og musik. Kan vi leje et lokale? Vi er ca. 30.

Med venlig hilsen
Siriporn Jensen
""")

M("st", """
Til Borgerservice

Min kæreste Karim og jeg er to mænd og skal giftes i sommer. Han er libaneser og bor i Beirut, og vi vil søge om familiesammenføring bagefter. Kan vi blive viet på Ishøj Rådhus, selvom han kun er på visum, og hvilke papirer skal han have med?

Venlig hilsen
Omar Haddad
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg er flyttet på krisecenter med mine to børn, fordi min mand slog mig. Vi boede i Ishøj. Børnene skal stadig gå i skole i Ishøj, og jeg har brug for hjælp til en ny bolig og til at skifte bank. Hvem er min kontakt i kommunen nu?

Venlig hilsen
Leila
""")

M("h", """
Hej skolen og kommunen

Vores datter Nour (8) har fået type 1-diabetes. Hun skal måle blodsukker før frokost og måske have insulin. Vi er nye i Ishøj og ved ikke, hvem der hjælper hende i skolen. Er der en sygeplejerske?

Med venlig hilsen
Khaled og Dima
""")

M("pt", """
Kære Jonas Vestergaard

Vi er oprindeligt fra Irak og har boet i Danmark i 12 år. Nu har vi fået accepteret et bud på en andelsbolig i Ishøj Landsby, men andelsforeningen vil se dokumentation for, at vi har permanent ophold, og det tager tid at få fra Udlændingestyrelsen. Kan kommunen udskrive en bekræftelse på vores folkeregisteradresse i mellemtiden?

Med venlig hilsen
Haider og Zainab Jabbar
""")

M("", """
Hej sprogcentret

Er I lukket i vinterferien, uge 7? Min lærer siger ja, men på hjemmesiden står der ingenting. Jeg vil gerne vide det, så jeg kan planlægge. Tak for undervisningen, jeg er glad for at lære dansk.

Kh Maria
""")

M("tue", """
Hej Jobcenter Ishøj

Jeg er somalier og har arbejdet som chauffør i ni år. Jeg er blevet fyret og har meldt mig ledig. Jeg er i 3F, og de siger at jeg skal booke min første samtale hos jer. Hvordan gør jeg det uden MitID, for det virker ikke på min telefon?

Mvh Abdi Warsame
""")

M("t", """
Hej

Jeg er halvt vietnameser, og min mor kom som bådflygtning i 1979. Hun har lavet mad i 40 år og vil gerne stå i en bod ved Mangfoldighedsfestivalen med forårsruller. Hvad koster en stand, og skal hun have hygiejnebevis?

Mvh
Lan Mikkelsen
""")

M("", """
Til Integrationsrådet / Ishøj Kommune

Er Integrationsrådets møder åbne for offentligheden, og hvor kan man finde dagsordenerne? Jeg kan kun finde referater fra 2024.

Venlig hilsen
Karl Aagesen
""")
