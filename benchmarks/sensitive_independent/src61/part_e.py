"""corpus61 part E: forwarded mails and reply chains between colleagues and politicians,
case summaries, English and mixed-language mails."""
from common import M

M("eh", """Hej Hovedpostkassen

Videresender nedenstående fra en borger, som skrev til mig som byrådsmedlem. Jeg har ikke svaret ud over en kvittering.

Mvh Kim Sørensen

-----Oprindelig meddelelse-----
Fra: Gert Mortensen
Sendt: 12. november 2026 21:14
Til: Kim Sørensen
Emne: min sag

Jeg har været sygemeldt med en hjerneblødning siden januar og har fået besked om, at jeg skal i jobafklaringsforløb. Jeg kan stadig ikke læse mere end en side ad gangen. Mit cpr er [[180466-1297]]. Kan du ikke se på det?

Gert""")

M("", """Hej Louise

Tak – jeg har oprettet mødet i Outlook. Vi tager punktet om den nye rekrutteringsproces på teammødet i stedet.

/Jonas

Den 18. nov. 2026 kl. 09.12 skrev Louise Berg:
> Skal vi ikke rykke snakken om jobopslagene til torsdag?
> Jeg er på kursus onsdag.""")

M("ps", """Fwd: huset

Hej Tommy, se nedenfor fra min nabo. Han har bedt mig sende det til dig.

---------- Videresendt besked ---------
Fra: Allan Brink
Til: Jens Vang

Jens, kan du ikke give det her videre til Tommy i byrådet? Min mand Kristoffer og jeg har sat huset på Bækgårdsvej til salg fordi han har fået job i Aalborg. Vi har en køber, men han vil kun købe hvis kommunen lover at skoven bag huset ikke bliver bebygget. Kan man få sådan et svar skriftligt?

Allan""")

M("h", """Hi Merete,

Forwarding this from one of our international employees, with her permission.

"I work at Novo's site and live in Ishøj. I have been on sick leave for two months after a miscarriage and I feel nobody explains my rights to me. My Danish is not good enough for the letters from the municipality. Is there anyone who can explain in English?"

Best regards,
Claire Dubois, HR Business Partner""")

M("", """Hej alle

Videresender lige info fra KL om de nye regler for refusion på beskæftigelsesområdet fra 1. januar. Læs den inden mødet på tirsdag, så tager vi en runde.

/Birthe

-----Original Message-----
From: KL Nyhedsbrev
Subject: Refusionsreformen – status november

Kære abonnent, her er en opdatering om refusionsreformen...""")

M("et", """Til Jobcenter – sagsoverdragelse

Hej Rasmus

Overdrager sagen om Hodan Ali til dig fra 1/12. Kort resumé:
– Kom fra Somalia 2016, familiesammenført
– Integrationsydelse, 3 børn
– Har været i praktik i Netto, gik godt, men praktikken er slut
– Næste skridt: løntilskud? Bgr. vil gerne være SOSU-hjælper

Cpr: [[041291–2908]]
God vind!
Helle""")

M("b", """Kære Ali

Jeg fik din mail videresendt fra din partifælle. Som jeg skrev til ham, er jeg medlem af Radikale Venstre, men jeg vil gerne støtte jeres forslag om flere seniorjob på tværs af partierne. Lad os tage en kop kaffe.

Venlig hilsen
Birgit Aagesen

> Den 4. nov. 2026 skrev Ali Ünal:
> Hej Birgit, kan vi samarbejde om et forslag om seniorjob?""")

M("", """Hej Karin

Ja, det er fint at du tager fri den 22. december. Husk at skrive det ind i vagtplanen og aftale med Lotte, hvem der tager telefonen.

Mvh Peter

> Fra: Karin Holm
> Må jeg få fri den 22.? Jeg har et familiearrangement.""")

M("su", """SV: Ny TR i Rengøring

Hej HR

Vi bekræfter at Dennis Ahlgren er valgt som TR for 3F-medlemmerne i Rengøring. Han vil gerne have, at hans mand Frederik bliver inviteret med til TR-festen i januar, da det står i indbydelsen, at man kan tage en ledsager med.

Mvh
3F Køge Bugt""")

M("te", """Til hovedpostkassen

Jeg sender denne klage videre fra en borger, der ringede til mig. Hun ønsker at være anonym over for jobcentret.

"Jeg er kurder fra Iran. Min rådgiver på jobcentret har sagt, at iranere er gode til at snyde med papirer. Jeg har aldrig snydt. Jeg vil gerne have en ny rådgiver."

Venlig hilsen
Henrik Madsen, byrådsmedlem""")

M("", """Hej Dorthe

Kan du svare denne borger? Hun spørger generelt, om kommunen tilbyder sprogkurser for udenlandske medarbejdere i private virksomheder. Jeg tror det er Sprogcentret, men er ikke sikker.

/Anja, Hovedpostkassen

-----Oprindelig meddelelse-----
Fra: info@ishoj-vvs.dk
Vi overvejer at rekruttere VVS'ere fra udlandet næste år. Hvad koster et danskkursus, og hvem betaler?""")

M("hp", """Fra: Anette Jørgensen
Til: Tommy Petersen
Emne: VS: Kolonihavehus

Hej Tommy,
Jeg sender dig min mail til haveforeningen. Jeg har været syg med kræft det sidste år og kan ikke passe haven længere. Jeg har sat kolonihavehuset i Ishøj Haveby til salg for 280.000, og en ung familie har budt. Foreningen siger at kommunen skal godkende prisen. Hvor lang tid tager det?

Anette""")

M("e", """Hej Søren

Den borger du spurgte til (Brian Frost) har sendt sin lønseddel fra det nye job nu. Han er altså i arbejde, og KH skal stoppes pr. 15/11. Vil du lave beregningen af det han skal betale tilbage?

Tak
Anne

> Søren skrev: Hvad er status på Brian F.? Hans lønsedler mangler stadig.""")

M("", """Dear colleagues,

Please note that the English-language information meeting for newly arrived employees at companies in Ishøj has moved from 4 December to 11 December, 16:00–17:30, at the Town Hall. The topics are tax cards, MitID and how to find a doctor.

Best,
International Citizen Service""")

M("ebs", """Videresendt af byrådsmedlem Henrik Madsen til Center for Beskæftigelse og Erhverv

-----Oprindelig meddelelse-----
Fra: Omar Jensen

Hej Henrik. Jeg er muslim og gift med en mand, Kasper. Jeg er på kontanthjælp og jobcentret har sendt mig i praktik i en butik, hvor ejeren siger at "folk som mig" ikke hører til i hans moske eller hans butik. Jeg har bedt om at skifte, men min rådgiver siger nej. Kan du hjælpe?

Omar""")

M("", """Hej Kirsten

Jeg har booket lokale 1.12 til kursus i den nye journaliseringsvejledning den 3. december. Der er plads til 16. Kan du sende invitationen til alle sagsbehandlere i Ydelse?

/Mia

> Kirsten skrev den 17/11: Kan du finde et lokale til kurset?""")

M("b", """Hi Kim,

Thanks for your reply. To explain: I am a Buddhist and I meditate during my lunch break in the quiet room at the library where I work. My new manager wants to turn the room into a storage room. It is not a big issue, but it means a lot to me. Could you ask whether another room is possible?

Thanks,
Sunita""")

M("eh", """VS: Sagsresumé til rehabiliteringsteamet

Kære team

Her er resuméet til mødet 4/12:
Navn: Lise-Lotte Krag
Cpr: [[150570-2762]]
Fagområde: Tidl. kontorassistent, HK-uddannet
Helbred: Fibromyalgi, depression, søvnproblemer
Forsørgelse: Sygedagpenge ophørt 10/26, nu jobafklaring
Ønske: Fleksjob på 10 timer

Mvh
Morten, rådgiver""")

M("", """Hej Mette

Jeg har videresendt borgerens spørgsmål om åbningstider i Jobcentret i julen til Borgerservice, så de kan svare hende direkte. Der er ikke noget personligt i det.

Mvh
Hovedpostkassen""")

M("pt", """Til Tommy (kopi til Byudvikling)

Fra: Pawel Zielinski
Emne: Salg af grund

Hej. Jeg er polsk og har eget byggefirma i Ishøj. Jeg har købt en byggegrund på Torslunde Landevej betinget af at jeg kan bygge et dobbelthus. Sælger har sagt at handlen falder hvis der ikke er svar fra kommunen inden 15. januar. Kan du hjælpe med at få svar?

Pawel""")

M("u", """Hej Lotte

Jeg så din mail om arbejdsmiljøkurset. Jeg er selv AMR og i FOA, så jeg vil gerne med. Skriv mig på listen.

/Bodil

> Lotte skrev:
> Vi har 4 pladser på AMR-kurset i februar, hvem vil med?""")

M("", """Hej

Kan I tjekke journalnummer 27.12.04-G01-34-26? Vi har to sager med samme nummer i SBSYS, og den ene skal lukkes. Det er en fejl fra migreringen.

Mvh
Arkivet""")

M("hs", """Til: Borgmesterens PA
Emne: FW: Min mand

Kære PA, jeg har skrevet til borgmesteren før uden svar, så jeg prøver igen.

Min mand Niels er indlagt på Glostrup efter en arbejdsulykke på et stillads. Han er meget dårlig. Jeg har fået at vide af hans arbejdsgiver, at kommunen skal godkende at de sender en erstatning til mig som ægtefælle, men jeg forstår ikke noget. Kan nogen ringe til mig?

Mvh
Peter Hjorth, tlf. 22 41 67 09""")

M("e", """Hej Annette

Tak for notatet. Jeg er enig i at bgr. skal have en ny indkaldelse, og at sanktionen droppes, da hun faktisk ringede og meldte afbud. Jeg retter det i KMD.

/Bo

> Annette skrev:
> Notat: Fatma A. udeblev fra samtale 13/11 om KH. Jeg har lavet sanktion, men hun siger hun ringede. Hvad gør vi?""")

M("", """Hej Peter,

Tak for din mail om fraværsstatistikken. Sygefraværet i hele Center for Voksne og Velfærd lå i 3. kvartal på 6,8 %, mod 7,4 % sidste år. Tallene er uden personoplysninger. Jeg sender dem til MED-udvalget også.

Hilsen Lars, HR-analyse""")

M("ebu", """Fra: Abdirahman Farah
Til: borgerraadgiver@ishoj.dk
Emne: Re: Re: Min klage

Tak for svar. Jeg har nu talt med min fagforening (Det Faglige Hus), og de siger at jeg skulle have haft mit tillæg. Men jeg har også brug for at vide, hvorfor jobcentret har lagt min aktivering om fredagen, når de ved jeg beder fredagsbøn.

> Den 10. nov. skrev Borgerrådgiveren:
> Kære Abdirahman, jeg har modtaget din klage og vender tilbage inden for 10 hverdage.""")

M("s", """Hej kære

Du spurgte hvordan det går på jobbet. Det går faktisk bedre. Jeg fortalte endelig mine kolleger at jeg er bi, og de fleste var søde. Men teamlederen har sagt at "det skal ikke fylde". Skal jeg tage den med dig som HR, eller er det bare mig der er sart?

Knus Emma

> Fra: Hanne (HR)
> Hvordan går det med dig, Emma?""")

M("", """Kære Centerchef

Jeg videresender et forslag fra Seniorrådet om, at kommunen skal ansætte flere seniorer i fleksible job. Seniorrådet vil gerne have et møde. Der er ikke nævnt nogen konkrete personer.

Mvh
Direktionssekretariatet""")

M("et", """Hej Lone – kan du tage denne? Det er en af mine gamle borgere.

"Hej Lone, det er Nguyen Van Minh. Jeg er vietnameser og har arbejdet på restaurant i 20 år. Nu er restauranten lukket og jeg er ledig. Jeg har ikke a-kasse. Hvad skal jeg gøre?"

/Jesper""")

M("p", """Kære Tommy

Tak for dit svar. Som skrevet er vi meget interesserede i at købe den kommunale bygning på Vejledalen 5 til vores træningscenter. Vores bud på 3,1 mio. står stadig, men vi kan ikke vente længere end til 1. februar, så kan vi gå andre steder hen.

Med venlig hilsen
Morten Lindqvist, FitWest ApS

> Tommy skrev: Byudvikling behandler jeres bud på næste møde.""")

M("", """Hej alle

Husk personalemødet fredag kl. 8.30. Dagsorden: 1) Ny sygefraværspolitik, 2) MUS-skabelonen, 3) Sommerferieplan 2027. Der er morgenmad.

/Torben, leder""")

M("bt", """Fwd: Klage fra medarbejder

Kære direktør

Vi har modtaget nedenstående fra en medarbejder i Dagplejen, som vi behandler som en personalesag. Hun har givet lov til at vi orienterer dig.

"Jeg er kristen fra Eritrea og går i den ortodokse kirke hver søndag. En kollega har sagt, at jeg 'prædiker' når jeg siger Gud velsigne dig. Jeg føler mig latterliggjort."

Med venlig hilsen
HR""")

M("", """Hej Mette, tak for din mail. Ja, fakturaen på vikarer fra Dansk Sygeplejeråds vikarbureau skal konteres på konto 4521, og ordrenummeret er 3011901234. Husk at vedhæfte timesedler.

/Økonomi""")

M("uh", """Hej Kim

Jeg har lige talt med vores TR fra Dansk Sygeplejeråd, Annemette, om kollegaen der blev skåret af en patient med en kniv. Han er stadig sygemeldt og har mareridt. TR mener, vi skal anmelde det som arbejdsskade. Vil du godkende?

Mvh
Klinikchef Britta""")

M("", """Dear Ishøj Kommune

We are a Swedish staffing agency and would like to know whether the municipality buys temporary staff for elderly care from agencies outside Denmark, and which collective agreement we would need to follow.

Best regards,
Erik Lindgren, Nordic Care Staffing AB""")

M("pe", """Re: Salg af huset

Tak for hjælpen. Vi har nu fået en køber, men handlen er betinget af købers bank. Det er stadig uvist. Vi skal sælge fordi min mand er død og jeg kun har min folkepension.

Venlig hilsen
Ruth Jakobsen

> Skrevet af Borgerservice den 2. nov.:
> Vi har modtaget din henvendelse om fritagelse for ejendomsskat.""")

M("s", """Kære Henrik

Videresender fra min datter, som arbejder som tjener i Ishøj. Hun har givet lov.

"Mor, chefen har sagt til mig at jeg ikke må tage min kæreste Signe med til julefrokosten, fordi "det er en familiefest". De andre må godt tage deres kærester med. Jeg er så ked af det."

Det er da diskrimination?

Venlig hilsen
Lene (mor til Clara)""")

M("", """Hej Kasper

Kan du nulstille min kode til KMD Nexus? Jeg har skiftet kode i går, men nu kan jeg ikke logge ind. Medarbejdernummer 1411850062.

Tak,
Susanne, Hjemmeplejen""")

M("eh", """Hej Rikke

Som aftalt: borgeren vi talte om (cpr [[300976 1408]]) har nu fået bevilget et hæve-sænke-bord og en særlig stol som hjælpemiddel på arbejdspladsen pga. hans rygskade. Bevillingen er sendt i e-Boks. Han starter igen på fuld tid 1/12.

/Kenneth, Jobcentret""")

M("t", """Hi Ali, this is Mohammed again, I wrote to you last week. I'm British-Pakistani and moved here for my Danish wife's sake. At my new job in the warehouse they call me "Paki" and laugh. I know it's a slur, they don't. Do you know a lawyer or someone in Ishøj who helps with this? Cheers, Mo""")

M("", """Hej Anne

Kan du sende mig oversigten over hvor mange der har fået bevilget fleksjob i 2025 og 2026, opgjort på alder og køn? Det skal bruges til budgetnotatet. Kun tal, ingen navne.

/Steen, Økonomi""")

M("bu", """VS: Invitation

Kære Merete

Jeg videresender invitationen til vores 1. maj-møde i Ishøj Idrætspark. Som medlem af Enhedslisten og af HK håber jeg, at du som borgmester kommer og taler, selvom vi ikke er samme parti.

Kamp-hilsner
Jacob Lassen""")

M("h", """Hej HR

Jeg har fået besked om at min kollega i Ydelse, Charlotte, skal opereres for et brud i ryggen på mandag og er væk i mindst 8 uger. Vi skal have en vikar, ellers bryder telefontiden sammen.

Mvh
Teamleder Sanne""")
