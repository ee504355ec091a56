"""Part I: replies with quoted history ('> ' lines and Fra/Sendt/Til/Emne blocks),
CPR numbers in old quoted text, signatures and disclaimers; mixed labels."""
from common import M

M("h", """
Tak for hurtigt svar!

Venlig hilsen
Gitte Rasmussen

Fra: Gitte Rasmussen
Sendt: 3. juni 2025 08:12
Til: Center for Voksne og Velfærd
Emne: Rollator

Hej. Min rollator er gået i stykker (hjulet er knækket). Jeg fik den efter min hofteoperation i 2023. Cpr [[130252-1180]]. Kan den repareres?
""")

M("", """
Tak, så forstår jeg det.

/Jesper

> Den 2. maj 2025 skrev Byggesag:
> Kære Jesper. Et drivhus under 10 m² kræver ikke byggetilladelse, men skal overholde afstandskravene til skel.
>
>> Hej. Skal jeg søge om lov til et drivhus? Jesper
""")

M("e", """
Hej igen Ydelsescenteret

Jeg har nu sendt kontoudtog som I bad om. Jeg vil bare minde om at jeg ikke har modtaget min kontanthjælp for maj, og at min husleje forfalder den 1.

Morten Iversen

-----Original Message-----
From: Ydelsescenteret
Sent: 28 May 2025 14:30
To: Morten Iversen
Subject: Manglende dokumentation – cpr [[2608901597]]

Kære Morten Iversen. Vi mangler kontoudtog for de sidste 3 måneder, før vi kan udbetale.
""")

M("", """
Fra: Center for Byudvikling og Natur
Sendt: 19. marts 2025 11:00
Til: Hanne Skov
Emne: SV: Træ på fortov

Kære Hanne Skov
Tak for din henvendelse. Træet er nu beskåret.

---
Tak! Det ser godt ud. Hilsen Hanne
""")

M("ht", """
> Fra: Sundhedsplejen, Ishøj Kommune
> Til: Amra Hodžić
> Emne: Tid til 4-måneders besøg
> Vi kommer tirsdag kl. 10.

Hej

Tak. Jeg vil gerne bede om at I tager en tolk med på bosnisk, min mand forstår ikke dansk godt og han vil gerne være med. Vi er fra Bosnien. Og jeg skal lige sige at min datter har fået konstateret hjertefejl på Rigshospitalet i sidste uge, så vi har mange spørgsmål.

Amra
""")

M("", """
Hej

Jeg svarer lige på jeres mail nedenfor: nej, jeg har ikke fået brevet. Kan I sende det igen?

Mvh Tove

Fra: Ishøj Kommune <noreply@ishoj.dk>
Emne: Du har post fra Ishøj Kommune
Dette er en automatisk besked. Du kan ikke svare på denne e-mail.
""")

M("s", """
Hej Familieafdelingen

Tak for mødet i dag. Som lovet sender jeg navnene på Olivias to fædre til jeres system: Peter Holm og Asger Holm-Vinther. Vi vil gerne begge stå som kontaktpersoner.

Mvh
Asger

> Kære Asger. Vi mangler oplysninger om barnets forældre til skoleindskrivningen.
""")

M("", """
Fra: Kirsten Lohse
Sendt: 14. februar 2025 21:04
Til: Hovedpostkassen
Emne: VS: Min klage fra december

Hej. Jeg sender min klage fra december igen, da jeg ikke har fået svar.

Fra: Kirsten Lohse
Sendt: 2. december 2024 19:33
Til: Hovedpostkassen
Emne: Klage

Der er ikke ryddet sne på stien fra Ishøj Landsby til stationen, og jeg faldt næsten. Det sker hvert år.
""")

M("p", """
Hej

Nej, vi har ikke trukket ansøgningen tilbage – vi venter stadig. Køberen af vores hus har nu givet os en sidste frist til 30. juni. Hvis ikke tillægget til lokalplanen er vedtaget inden, træder han tilbage.

Lene og Carl Nissen

> Den 12. maj skrev Plan og Byg:
> Vi vil høre om I stadig ønsker at opretholde ansøgningen om at ændre anvendelsen af jeres ejendom på Ishøj Bygade 55.
""")

M("eu", """
Fra: Lars Holm, FOA Vestegnen
Til: Center for Beskæftigelse og Erhverv
Emne: SV: SV: Partshøring – medlem Kristina Berg, cpr. [[050577-2284]]

Kære Center

Som fagforening for Kristina Berg skal vi gøre opmærksom på, at hun ikke har modtaget partshøringen om stop af sygedagpenge... undskyld, om stop af hendes jobafklaringsforløb. Vi beder om ny frist.

Med venlig hilsen
Lars Holm
Faglig konsulent

> Kære FOA. Partshøringen blev sendt til borgeren 1. april via Digital Post.
""")

M("", """
Tak for svar. Så venter jeg bare.

> Kære borger. Din sag om ny skraldespand er registreret med nr. 2025-11233. Forventet levering 3-4 uger.
""")

M("tb", """
Hej Ishøj Kommune

Jeg skriver igen, fordi jeres svar ikke svarede på mit spørgsmål. Kan min søn få fri fra skole til Eid? Vi er muslimer fra Bosnien, og det er vores største helligdag.

Mvh
Emir Kovačević

Den 28-03-2025 11:04 skrev Ishøj Skole:
> Vi henviser til skolens ferieplan.
""")

M("", """
Fra: Jonas Riis
Til: Borgerservice
Emne: SV: Din tid er bekræftet

Jeg kan alligevel ikke komme, kan I aflyse?

>Din tid til pas er bekræftet: 12. juni kl. 13.20, Borgerservice, Ishøj Rådhus. Husk pasfoto.
""")

M("he", """
Fra: Mogens Friis
Sendt: 8. april 2025
Til: Borgerrådgiveren
Emne: SV: Din klage af 1. april

Kære borgerrådgiver

Tak for svaret. Jeg vil gerne uddybe: Det var ikke kun at de var uhøflige. Det var at de lukkede for min hjemmehjælp efter at jeg var udskrevet fra Hvidovre med et brækket ben, fordi "der var sket en fejl i systemet". Jeg lå i sengen i 2 dage uden hjælp.

Mogens Friis, Vildtbanevej 12

> Kære Mogens Friis. Vi har registreret din klage over uhøflig betjening. Kan du uddybe?
""")

M("", """
Hej

Jeg har fået jeres svar, men der står "Kære Hr. Jensen" og jeg hedder Jansen. Det er en mindre ting, men det er tredje gang.

Mvh
Bodil Jansen
""")

M("e", """
Fra: Jan Brink
Til: Center for Børn og Forebyggelse
Emne: SV: Underretning

Jeg vil gerne vide hvem der har lavet underretningen om min datter. Jeg er ikke en dårlig far fordi jeg er arbejdsløs. Hun har det godt.

Jan

> Kære Jan Brink. Vi har modtaget en underretning vedrørende Freja (6 år) og indkalder til samtale torsdag.
""")

M("", """
Videresender lige denne, den kom til min private mail ved en fejl.

---------- Forwarded message ---------
From: Ishøj Bibliotek <bibliotek@ishoj.dk>
Subject: Påmindelse: Lånt materiale

Kære låner. Du har 2 materialer med overskredet afleveringsdato. Lånernr. 1004791233.
""")

M("u", """
Hej Lis

Tak for snakken ved HK's generalforsamling. Som lovet sender jeg mit spørgsmål: hvor kan jeg se referaterne fra Økonomiudvalget?

Mvh
Torben Kjær, HK-medlem

> Hej Torben, skriv endelig til mig. Hilsen Lis Bang, byrådsmedlem
""")

M("h", """
Til Ishøj Kommune, Sundhedshuset

Jeg vil gerne melde afbud til min træning på tirsdag, fordi jeg er indlagt med lungebetændelse.

Jytte Olsen, cpr [[191043-0672]]
""")

M("", """
Hej

Hvad er status på min ansøgning om tilskud til vores bogcafé? I skrev i januar at vi ville få svar i marts. Journalnr. 18.15.00-A00-3-25.

Mvh
Ishøj Læsekreds
""")

M("e", """
Hej

Jeg har fået jeres brev om at jeg skal betale min søns SFO-restance. Vi er separerede og han bor hos sin mor, så jeg mener ikke det er mig der skal betale. Mit cpr er [[100385–3315]].

Mvh
Nicolai Jepsen

Sendt fra Outlook til Android
""")

M("", """
Fra: Rikke Mølgaard
Til: Hovedpostkassen
Emne: VS: VS: Tilbud om plads

Jeg ved ikke om denne er kommet frem, så jeg sender den igen.

> Hej. Vi vil gerne takke ja til pladsen i Børnehuset Søstjernen. Mvh Rikke
""")

M("sh", """
Fra: Kasper Juhl
Til: Visitationen
Emne: SV: Besøg

Jeg er Bents ægtefælle – vi er to mænd, og jeg vil gerne være med når I kommer på visitationsbesøg. Han kan ikke selv sige så meget efter slagtilfældet.

Kasper

> Vi kommer på besøg hos Bent Juhl torsdag kl. 10 for at vurdere behov for hjælpemidler.
""")

M("", """
Hej

Jeg har fået et brev om at vores vej skal have nye skilte. Det er fint, men kan I fortælle hvornår?

Mvh
Henning, Strandhaven 22

Ishøj Grundejerforening — Vi passer på vores område
""")

M("ht", """
Til Sundhedshuset

Tak for tilbuddet om diabetes-kurset, men jeg vil spørge om det kan foregå på urdu, fordi min mor, Shabana Akhtar, er fra Pakistan og taler ikke dansk. Hun fik diagnosen type 2-diabetes i februar.

Mvh
Sana Akhtar
""")

M("", """
Hej

Jeg vil gerne klage over at jeres parkeringsautomat ved rådhuset ikke tager kort. Jeg fik en bøde, fordi jeg ikke kunne betale. Bøde nr. 0903775512.

Mvh
Asger Bøje
""")
