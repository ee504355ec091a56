"""corpus64 part E: reply chains, forwarded mails, English, CPR in many forms, dødsbo."""
from common import M

M("e", """
Hej igen

Jeg har ikke fået svar på nedenstående.

Den 12. okt. 2026 kl. 09.41 skrev Lena Friis <lenafriis@hotmail.com>:
> Til Ydelseskontoret
> Jeg søger om hjælp til flytteudgifter, da jeg har fået anvist en billigere bolig i Strandgårdsparken.
> Jeg er på kontanthjælp.
> Lena Friis, [[191090-2315]]
""")

M("", """
-----Oprindelig meddelelse-----
Fra: Ishøj Kommune, Opkrævning
Sendt: 3. marts 2026
Emne: Faktura 1503871234

Kære kunde
Vi skal venligst minde om betaling af faktura 1503871234 på 2.340 kr. for containerleje. Betal til reg.nr. 2255 konto 8644117290.

---
Hej, denne faktura er betalt den 28. februar, se vedhæftede kvittering. Ordrenr. 0102882230. Vil I venligst tjekke igen.
Mvh Brian Kastrup, Kastrup VVS
""")

M("he", """
Hello,

I'm writing on behalf of my mother, Anne Marie Larsen, cpr [[140338-1260]]. She had a stroke in March and has been in Hvidovre Hospital since. She is to be discharged next week, but her flat on Gadekærvej has stairs and she cannot manage them. We applied for a plejebolig three weeks ago and have heard nothing. Can someone tell us where the application is?

Kind regards,
Susan Larsen Brooks (daughter, living in the UK)
""")

M("e", """
Til Borgerservice

Jeg vil gerne søge om at blive skrevet op til en bolig via den boligsociale anvisning. Jeg er netop blevet skilt, og jeg og mine to børn bor midlertidigt hos min søster i en toværelses lejlighed. Børnene sover på madrasser i stuen.

Mine oplysninger:
Signe Bach Kruse
CPR: [[020586 2418]]
Børn: Alberte ([[110815-4436]]) og Carl ([[070518-5127]])

Med venlig hilsen
Signe
""")

M("", """
Hej

Jeg har fået et brev med journalnummer 27.12.04-K08-3-25 om en høring vedr. lokalplan for Ishøj Strand. Jeg kan ikke finde bilagene på hjemmesiden. Kan I sende dem?

Mvh Poul Kjær
""")

M("pe", """
Kære borgerrådgiver

Min far døde i december og efterlod huset i Torslunde og en gæld til banken på over 1,2 mio. Dødsboet er insolvent, og skifteretten har udpeget en bobestyrer. Huset er nu sat til salg. Kommunen har stadig ikke afsluttet sagen om hans plejevederlag, som min mor fik, da hun passede ham. Hun har brug for pengene, og hun frygter at skulle flytte, når huset sælges.

Mvh Torben Madsen
""")

M("e", """
Emne: SV: Ansøgning om hjælp til depositum

Hej igen, jeg har sendt det ønskede kontoudtog. Se nedenfor.

-----Oprindelig meddelelse-----
Fra: Ydelseskontoret, Ishøj Kommune
Sendt: 18. marts 2026 11:02
Til: Kenneth Olsen
Emne: Ansøgning om hjælp til depositum

Kære Kenneth Olsen
Vi mangler kontoudtog for de seneste tre måneder, før vi kan behandle din ansøgning om lån til depositum.

Med venlig hilsen
Ydelseskontoret
""")

M("", """
Dear Ishøj Municipality,

I am a researcher at the University of Copenhagen studying housing policy in the Copenhagen suburbs. Could you share aggregated data on the number of eviction cases in Ishøj in 2020–2025, and the rent levels in the social housing areas? No personal data needed.

Best regards,
Dr. Helena Vogt
""")

M("e", """
Til Ishøj Kommune

Jeg har fået nedenstående brev fra SKAT og kan ikke forstå det. Jeg er på kontanthjælp, og de skriver, at jeg skylder 14.000 kr. Kan kommunen hjælpe mig?

Mit cpr er [[170792–3365]]
Mvh Jonas Abildgaard
""")

M("eu", """
Hej

Jeg er medlem af 3F og skal have hjælp til at forstå, hvorfor mine dagpenge er blevet trukket for feriepenge. A-kassen siger det er kommunen, kommunen siger det er a-kassen. Jeg er ledig siden 1. februar.

CPR: [[300184\u00a01629]]
Tlf. 27 45 09 11
Mvh Jesper Borg
""")

M("h", """
Fwd: Vedr. min mors genoptræning

---------- Videresendt besked ----------
Fra: Tove Lindqvist
Dato: 5. april 2026
Til: Sundhedshuset Ishøj

Min mor Gerda har fået ny hofte og skal genoptrænes. Hospitalet har sendt en genoptræningsplan, men vi har ikke hørt fra jer. Hun er 86.

---
Kære borgmester, jeg har ikke fået svar fra Sundhedshuset på tre uger. Kan du hjælpe?
Tove
""")

M("", """
Hej

Kunne I sende mig oplysninger om mit forbrug? Målernr. 48271104, kundenummer 1402791187. Jeg har fået en stor regning og tror, der er fejl i aflæsningen.

Mvh Karsten Lund
Vejleåvej 88
""")

M("e", """
Kære Ydelseskontor

Ansøgning om boligstøtte for min mor, som jeg har fuldmagt for:
Navn: Karen Margrethe Holm
Personnummer [[210443-0904]]
Hun får folkepension og bor i en lejlighed på Ishøj Strandvej.

Jeg selv: Lars Holm, [[100672-1551]]

Venlig hilsen
Lars Holm
""")

M("ep", """
Hej

Vi er i gang med at skifte dødsboet efter vores mor, og vi skal sælge hendes rækkehus på Vibeholmsvej. Mægleren har fået et bud. Mor fik hjemmehjælp og havde en skyld til kommunen for madordning. Skal den betales, før huset kan sælges?

Med venlig hilsen
Sisse og Mads Lundgaard
""")

M("e", """
Til borgmesteren
Fra: Anonym

Jeg bor i Vejleå Park og min udlejer har opsagt mig, fordi jeg klagede over skimmelsvamp. Nu har jeg ingen steder at bo, og jeg har to børn. Jeg vil ikke have mit navn frem, men jeg vil gerne have at nogen ved det.
""")

M("", """
Til Center for Borger, Økonomi og IT

Regnskab for Ishøj Tennisklub, CVR 27 90 11 56, EAN 5798000417234. Vi har fået faktura nr. 0903251180 for banelys, men beløbet er forkert. Vi har 4 baner, ikke 6.

Mvh Kasserer Ulla Berg
""")

M("hest", """
Hi,

I'm a gay man from Brazil living in Ishøj with my husband. I'm on sick leave from my job since January because of burnout and my sickness benefits (sygedagpenge) stop next month. My husband has no job. We are very worried about paying the rent. Can someone help us understand our options?

Thanks,
Rafael Souza
""")

M("e", """
Hej

Jeg har fået et brev fra jer om, at jeg skal tilbagebetale 4.200 kr. for mit barns friplads i SFO, fordi min indkomst var højere end oplyst. Jeg kan betale det af. 

Mit cpr-nr: [[0509861723]]
Mvh Linda Schmidt
""")

M("", """
Til Ishøj Kommune

Vi har faktura med nummer 3110991458 fra Ishøj Kommune for leje af festlokale på Ishøj Rådhus den 14. juni. Bilag nr. 280226-0117. Vi har betalt fra konto 9570 0012345678. Venligst bekræft.

Venlig hilsen
Bryllupsudvalget, familien Holm
""")

M("tbe", """
Kære borgerrådgiver

Jeg er en irakisk kvinde og muslim. Jeg har boet i Ishøj i 6 år med mine 3 børn. Min mand forlod os, og jeg er nu alene. Jeg fik boligstøtte, men den er stoppet, fordi kommunen tror, at han stadig bor her. Det gør han ikke. Han bor i Irak.

Mit cpr er [[010180-2796]], min mands er [[150276-3141]].

Med venlig hilsen
Zainab Al-Jaber
""")

M("e", """
> Kære Henrik Vang
> Vi har modtaget din ansøgning om hjælp til flytning og behandler den inden 10 hverdage.
> Ydelseskontoret

hej, nu er det 4 uger siden. fogeden kommer på torsdag. hvad sker der??
Henrik
""")

M("ehu", """
Hej

Jeg har været på sygedagpenge i 8 måneder efter en ulykke på arbejdet, hvor jeg brækkede ryggen. Jeg er medlem af Dansk Metal, og de har hjulpet med arbejdsskadesagen. Nu siger kommunen, at mine sygedagpenge stopper. Hvordan skal jeg betale huslejen?

Mvh Kristoffer Bang
cpr: [[121079–2035]]
""")

M("", """
Hej kommune

Er der kommunale lejeboliger i Ishøj, som man kan skrive sig op til uden at være på ventelisten i et boligselskab? Og hvad er den typiske husleje for en treværelses?

Mvh
Simone
""")

M("e", """
Til Ishøj Kommune

Jeg søger om hjælp til udgifter til begravelse efter min mand, da jeg ikke har råd. Jeg får folkepension. Begravelsen koster 28.000 kr.

Venlig hilsen
Gudrun Poulsen
Personnummer: [[170848 2064]]
""")

M("p", """
-----Oprindelig meddelelse-----
Fra: Ishøj Kommune
Til: Jesper Løvgren
Emne: Vedr. din henvendelse om salg af garagegrund

Kære Jesper Løvgren
Tak for din henvendelse. Vi kan bekræfte, at kommunen er interesseret i at købe din garagegrund på Ishøj Landsbygade til den foreslåede pris, under forudsætning af byrådets godkendelse.

---
Tak. Hvornår behandler byrådet sagen? Jeg har et andet bud liggende, som jeg skal svare på inden den 1.
Jesper
""")

M("eh", """
Hej

Min søster har fået konstateret ALS og kan ikke arbejde mere. Hun har to børn og er alene. Hun har fået afslag på førtidspension og skal i et forløb først. Det er helt uforståeligt.

Hun hedder Karina Holst, cpr [[260778-2217]]. Jeg skriver med hendes samtykke.

Mvh
Lise Holst
""")

M("", """
Til Økonomiudvalget

Jeg har set, at skatteprocenten i Ishøj er 25,3 % og grundskylden 30 promille. Hvordan ligger det i forhold til nabokommunerne, og har udvalget planer om at sænke det?

Med venlig hilsen
Henning Borup
""")

M("tu", """
Hej

I am from Lithuania and member of 3F. I work in warehouse in Ishøj. My landlord takes 6.000 kr. for a small room with 4 other workers. 3F said I should write to the kommune. Is this legal?

Regards,
Darius
""")

M("e", """
Hej

Vedr. min ansøgning om enkeltydelse til nye briller, jf. mail af 2. marts. Jeg har nu fået overslaget fra optikeren. Beløbet er 3.200 kr.

Med venlig hilsen
Kurt Hedegaard
[[080661-3125]]
""")

M("", """
Til Ishøj Kommune

Vores andelsboligforening Vejlegården (CVR 34 01 29 87) har modtaget en vurdering af foreningens ejendom. Hvordan påvirker den nye ejendomsvurdering andelskronerne, og skal vi regne med stigende ejendomsskat?

Venlig hilsen
Bestyrelsen, A/B Vejlegården
""")

M("pe", """
Kære borgerrådgiver

Jeg har arvet 50 % af min onkels hus i Ishøj Landsby. Hans anden arving, min fætter, vil sælge, men jeg vil købe ham ud. Vi er uenige om prisen. Jeg får kontanthjælp, og kommunen siger, at arven betyder, at jeg mister hjælpen. Er det rigtigt, selvom huset ikke er solgt?

Mvh
Mia Christensen
""")

M("e", """
Fwd: Indkaldelse til samtale

Kære Rasmus Storm
Du er indkaldt til samtale på Jobcenter Ishøj den 4. maj kl. 10.00 om din kontanthjælp.

---
Hej, jeg kan ikke komme den dag, jeg har eksamen. Kan vi flytte det?
Rasmus
""")

M("", """
Hej

Hvad er p-nummeret for Ishøj Kommunes jobcenter? Vi skal bruge det til en praktikaftale for en af vores elever. Vores eget p-nr. er 1012847563.

Mvh Elisabeth Fog, Ishøj Tekniske Skole
""")

M("es", """
Hej

Min kone og jeg (jeg er kvinde) er lige flyttet fra hinanden. Jeg har fået en ny lejlighed, men mangler penge til indskud. Kan kommunen låne mig pengene?

Mvh Pernille Lassen
[[190288-1812]]
""")

M("b", """
Til borgmesteren

Jeg er medlem af Konservative her i Ishøj. Jeg skriver for at kritisere, at kommunen bruger så mange penge på konsulenter i stedet for på ældreplejen. 

Mvh Jens Erik Lund
""")

M("e", """
Hej

Jeg har en gæld til kommunen på 17.000 kr. for for meget udbetalt kontanthjælp fra 2022. Jeg har nu fået job, og jeg vil gerne betale, men kan I sende mig en opgørelse? Sagsnr. 2022-004711.

Mvh Malene Westh
""")

M("he", """
Til Sundhedsudvalget

Jeg er blind og får hjælp til rengøring fra kommunen. Den nye hjælper har flyttet alle mine ting, så jeg ikke kan finde dem. Jeg vil gerne have den gamle hjælper tilbage.

Venlig hilsen
Holger Friis
Personnummer [[041244 0419]]
""")

M("", """
Til Center for Byudvikling og Natur

Hvad koster det at få tinglyst en servitut om vejret, og er det kommunen eller Tinglysningsretten, der gør det? Vi er en grundejerforening med 42 medlemmer.

Mvh Grundejerforeningen Vejleå Syd
""")

M("bet", """
Hej

Jeg er katolik fra Filippinerne og arbejder som au pair i Ishøj. Min værtsfamilie har smidt mig ud, og jeg har ingen steder at bo og ingen penge. Jeg er bange for at miste min opholdstilladelse. Hvor kan jeg få hjælp?

Maria Reyes
""")

M("e", """
Hej jeg har lige fået afslag på boligstøtte fordi jeg er under 18. men jeg bor alene fordi min mor har smidt mig ud. er der andre ydelser?
mvh
Sara, 17
""")
