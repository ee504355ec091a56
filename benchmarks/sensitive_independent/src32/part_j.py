"""corpus32 part J: long mails, mostly hard negatives about procedure, plus a few with one sensitive detail."""
from common import M

M("", """Kære borgerrådgiver

Jeg har nu i over tre måneder prøvet at få et svar på, hvorfor min adgang til kommunens selvbetjeningsløsning for dagtilbud ikke virker, og jeg er kommet til det punkt, hvor jeg ikke ved, hvem jeg ellers skal spørge. Jeg skriver til dig, fordi jeg har læst, at du kan hjælpe med at finde vej i kommunen, når man er gået i stå.

Det startede i august. Vores datter skulle starte i børnehave, og vi skulle opsige vuggestuepladsen og søge børnehaveplads via selvbetjeningen på kommunens hjemmeside. Når jeg loggede ind med MitID, fik jeg beskeden "Du har ikke adgang til denne tjeneste". Min mand kunne logge ind uden problemer. Vi har fælles forældremyndighed og bor på samme adresse, så der burde ikke være nogen forskel.

Jeg skrev til pladsanvisningen den 12. august. Jeg fik et svar den 19. august om, at det nok var en "teknisk fejl", og at jeg skulle prøve igen senere. Det gjorde jeg, flere gange, med samme resultat.

Den 2. september ringede jeg til kommunens IT-support, som sagde, at de ikke kunne hjælpe borgere, kun medarbejdere. De henviste mig til pladsanvisningen.

Den 3. september ringede jeg igen til pladsanvisningen. Medarbejderen var meget venlig og sagde, at hun ville oprette en sag hos leverandøren af systemet. Hun gav mig et sagsnummer hos leverandøren: INC-0309-24-7718.

Den 1. oktober havde jeg ikke hørt noget. Jeg skrev igen til pladsanvisningen, som svarede, at sagen "stadig var hos leverandøren".

Den 4. november har jeg stadig ikke adgang. Min mand har klaret det hele for os, så vores datter har fået sin plads, og det er der ikke noget problem med. Men jeg kan stadig ikke se noget om hende i systemet, jeg kan ikke melde hende syg via appen, og jeg får ingen beskeder fra børnehaven. Det betyder, at det altid er min mand, der skal gøre alt, og når han er ude at rejse med sit arbejde, er jeg afskåret fra at kommunikere med børnehaven digitalt.

Jeg har tre spørgsmål:

1. Hvem i kommunen har ansvaret for, at borgerne kan bruge selvbetjeningsløsningerne, og hvem følger op, når leverandøren ikke løser et problem?
2. Er der andre forældre, der har samme problem? Jeg har talt med en anden mor i børnehaven, som havde et lignende problem sidste år.
3. Kan jeg i mellemtiden få adgang på anden vis, f.eks. ved at børnehaven registrerer mig manuelt?

Jeg er ikke vred, bare træt af at være tovholder på noget, som ikke burde være mit problem. Jeg har fuld forståelse for, at det er et IT-system fra en ekstern leverandør, men det er kommunen, der har valgt systemet, og det er kommunen, der skal sikre, at borgerne kan bruge det.

Med venlig hilsen

Stine Kofoed Larsen
Ishøj Søvej 61
2635 Ishøj
tlf. 60 88 31 42

-----Oprindelig meddelelse-----
Fra: Pladsanvisningen, Center for Børn og Forebyggelse
Sendt: 1. oktober 2024 10:14
Til: Stine Kofoed Larsen
Emne: SV: SV: Adgang til selvbetjening

Kære Stine
Tak for din mail. Sagen ligger stadig hos leverandøren, og vi har rykket for en løsning. Vi beklager, at det tager så lang tid. Vi har desværre ikke mulighed for at give dig adgang på anden vis, da adgangen styres af systemet ud fra oplysningerne i CPR-registeret. Vi vender tilbage, så snart vi hører noget.

Med venlig hilsen
Pladsanvisningen
Center for Børn og Forebyggelse
Ishøj Kommune
Tlf. 43 57 71 71 (mandag–torsdag kl. 9–12)

-----Oprindelig meddelelse-----
Fra: Stine Kofoed Larsen
Sendt: 1. oktober 2024 07:52
Emne: SV: Adgang til selvbetjening
Hej igen. Er der nyt i sagen INC-0309-24-7718? Jeg har stadig ikke adgang. Mvh Stine
""")

M("", """Til direktionsassistenten for Center for Byudvikling og Natur

Emne: Henvendelse til direktøren om kommunens håndtering af klager over støj fra Ishøj Havn

Kære direktionsassistent

Jeg skriver på vegne af Beboerforeningen ved Ishøj Havn, hvor jeg er sekretær. Bestyrelsen har bedt mig skrive til direktøren, fordi vi gennem næsten to år har forsøgt at få et svar fra kommunen på, hvordan den håndterer klager over støj fra havnens udendørsarrangementer. Vi har skrevet til miljøafdelingen, til borgmesteren og til to byrådsmedlemmer, og vi har fået meget venlige svar, men ingen handling.

Vores problem i korte træk: Havnen har i de sidste to sæsoner haft koncerter og fester på havnepladsen næsten hver weekend fra maj til september. Flere af arrangementerne har varet til kl. 01 eller 02 om natten med forstærket musik. Vores medlemmer, der bor i de nye lejligheder ved havnefronten, har ikke kunnet sove.

Vi forstår, at havnen skal være et levende sted, og vi er ikke imod arrangementer. Men vi mener, at der skal være regler for, hvornår musikken skal slukkes, og at reglerne skal håndhæves.

Her er de henvendelser, vi har sendt, og de svar, vi har fået:

– 14. juni 2023: Mail til miljøafdelingen. Svar 28. juni: "Vi ser på sagen."
– 19. august 2023: Mail til borgmesteren. Kvittering fra borgmesterens PA den 21. august med løfte om svar inden for 10 arbejdsdage. Svar den 3. oktober: "Sagen er sendt til miljøafdelingen."
– 10. maj 2024: Mail til miljøafdelingen med en liste over 14 arrangementer i 2023, der sluttede efter kl. 24. Svar 22. maj: "Kommunen er i dialog med havnen."
– 8. juli 2024: Mail til byrådsmedlem. Svar samme dag: "Jeg sender det videre til administrationen."
– 2. september 2024: Mail til miljøafdelingen med en liste over 11 arrangementer i 2024, der sluttede efter kl. 24. Intet svar.

Vi har tre ønsker til direktøren:

1. At vi får en skriftlig redegørelse for, hvilke regler der gælder for støj fra udendørsarrangementer på havnen, og hvem der fører tilsyn.
2. At vi får oplyst, hvilke konkrete tiltag kommunen har gjort på baggrund af vores henvendelser.
3. At vi får et møde med en medarbejder fra miljøafdelingen og en repræsentant fra havnen inden næste sæson.

Vi er opmærksomme på, at beslutningen om, hvor mange arrangementer der skal være på havnen, er politisk. Vi beder ikke om, at administrationen ændrer på det. Vi beder om, at de regler, der er, bliver håndhævet, og at vi får svar på vores henvendelser.

Vi har også overvejet at gå til borgerrådgiveren, men vi har forstået, at borgerrådgiveren ikke kan behandle sager, der er mere end et år gamle, og en del af vores henvendelser er fra 2023. Derfor skriver vi til direktøren.

Foreningen har 86 medlemmer. Vi holder generalforsamling i marts og vil gerne kunne fortælle medlemmerne, hvad der sker.

Med venlig hilsen

Ulrik Brammer
sekretær, Beboerforeningen ved Ishøj Havn
Havnevej 14, 2. th.
2635 Ishøj
tlf. 28 30 62 17

Vedhæftet:
– Oversigt over arrangementer 2023 og 2024 med sluttidspunkter
– Kopi af alle henvendelser og svar
– Referat fra foreningens bestyrelsesmøde den 15. oktober 2024, pkt. 3

PS. Vi har noteret, at kommunens kvitteringer ofte har et nummer i emnefeltet (f.eks. 190823-0912 og 100524-1430). Vi har ikke kunnet bruge numrene til noget, når vi har ringet, men nævner dem, hvis de kan hjælpe jer med at finde sagerne.
""")

M("p", """Kære borgerrådgiver

Jeg hedder Jytte Brask, og jeg skriver til dig, fordi jeg synes, at jeg har fået en meget dårlig behandling af kommunen i forbindelse med en forespørgsel om, hvad der må bygges på den grund, hvor mit barndomshjem ligger. Jeg ved godt, at du ikke kan tage stilling til selve spørgsmålet om byggeri. Men jeg synes ikke, at den måde, jeg er blevet behandlet på, er i orden.

Min mor døde i foråret, og min bror og jeg har arvet huset på Ishøj Landevej. Vi har besluttet at sælge det. Ejendomsmægleren fortalte os, at grunden er stor nok til, at man måske kunne udstykke og bygge et hus mere, og at det ville have stor betydning for prisen. Han foreslog, at vi spurgte kommunen.

Den 3. juni skrev jeg til kommunen og spurgte, om det var muligt at udstykke grunden. Jeg fik en automatisk kvittering, og den 24. juni fik jeg et svar fra en medarbejder i planafdelingen om, at det "som udgangspunkt var muligt", men at det krævede en nærmere vurdering.

Vi satte huset til salg med en tekst om, at der "muligvis" kunne udstykkes. I august fik vi et bud fra en køber, der ønskede at udstykke. Vi accepterede buddet med forbehold for, at kommunen bekræftede muligheden for udstykning. Køberen har en frist til den 15. december.

Den 2. september skrev jeg igen til planafdelingen og bad om en bindende tilkendegivelse. Jeg fik ingen svar.

Den 7. oktober ringede jeg. Jeg fik at vide, at medarbejderen, der havde svaret i juni, var stoppet, og at sagen var "overdraget". Jeg spurgte til hvem, men det kunne man ikke oplyse.

Den 28. oktober fik jeg et brev om, at udstykning "ikke kan forventes tilladt" på grund af lokalplanens bestemmelser om mindste grundstørrelse. Der stod ikke noget om, at det var i modstrid med svaret fra juni. Der stod ingen klagevejledning.

Jeg har følgende klagepunkter:

1. At jeg i juni fik et svar, der var så positivt, at vi satte huset til salg på baggrund af det, og at kommunen nu siger det modsatte uden at forklare hvorfor.
2. At jeg ikke har fået svar på min henvendelse fra september i over en måned.
3. At jeg ikke har kunnet få oplyst, hvem der har min sag.
4. At brevet fra oktober ikke indeholder en klagevejledning, så jeg ved ikke, om det er en afgørelse, og hvordan jeg klager.

Køberen har nu sagt, at han vil sænke sit bud med 400.000 kr., hvis der ikke kan udstykkes, eller trække sig helt. Vi er i dialog med ham.

Jeg beder om, at du ser på forløbet, og at du hjælper mig med at få oplyst, om brevet fra oktober er en afgørelse, og hvordan jeg kan klage over det.

Med venlig hilsen
Jytte Brask
Pilemøllevej 9, 4000 Roskilde
tlf. 20 96 14 33

-----Oprindelig meddelelse-----
Fra: Planafdelingen
Sendt: 24. juni 2024 13:47
Emne: SV: Forespørgsel om udstykning
Kære Jytte Brask
Tak for din henvendelse. Ud fra en foreløbig vurdering er det som udgangspunkt muligt at udstykke ejendommen, men det kræver en nærmere vurdering af bl.a. lokalplanens bestemmelser, vejadgang og kloakforhold. Hvis I ønsker at gå videre, skal der indsendes en ansøgning via Byg og Miljø.
Med venlig hilsen
Planafdelingen, Center for Byudvikling og Natur
""")

M("", """Hej Borgerrådgiver

Jeg skriver for at klage over den måde, Jobcenteret holder møder på, og det er faktisk ikke min egen sag, men en generel ting, som jeg har oplevet som ledsager for min nabo. Jeg har fået lov af ham til at skrive, men han vil ikke have sit navn med, og der er ingen oplysninger om ham i denne mail.

Det, jeg vil klage over, er at mødelokalerne på Jobcenteret i Ishøj ikke er lydtætte. Jeg har siddet i venteområdet flere gange og kunnet høre præcis, hvad der blev sagt inde i mødelokalerne: navne, beløb, hvilken ydelse folk fik, og hvad de havde af problemer. Det er ikke bare en mumlen, man kan høre hele sætninger. Jeg går ud fra, at når jeg kan høre dem, kan de også høre os, når vi er derinde.

Jeg sagde det til en medarbejder ved skranken i september. Hun sagde, at "det har vi hørt før" og at de "har bedt om lydisolering". Jeg spurgte, hvornår det ville ske, og det vidste hun ikke.

Jeg har også bemærket, at der står en skærm ved skranken, som vender ud mod venteområdet, og hvor man kan se navnene på de borgere, der har tid den dag, og hvilket mødelokale de skal i. Det synes jeg heller ikke er i orden.

Jeg er klar over, at indretningen af lokaler er en praktisk ting, og at det koster penge at lave om. Men der er tale om oplysninger, der skal beskyttes, og jeg synes ikke, man kan vente på en ombygning.

Mine forslag er:

– At man i mellemtiden bruger de mødelokaler, der ligger længst væk fra venteområdet, til møder, hvor der tales om personlige forhold.
– At man sætter en radio eller en hvid støj-maskine op i venteområdet, som mange lægeklinikker gør.
– At skærmen ved skranken vendes, så den ikke kan ses fra venteområdet.

Jeg har ikke klaget til Datatilsynet, og det har jeg heller ikke lyst til. Jeg vil hellere have, at kommunen selv løser det.

Jeg vil gerne have svar på:

1. Er kommunen bekendt med problemet?
2. Er der planer om lydisolering, og i givet fald hvornår?
3. Hvad gør man i mellemtiden?

Med venlig hilsen
Bent Aggerholm
Vejleåparken 40, 1. th.
2635 Ishøj
tlf. 21 56 03 88

-----Oprindelig meddelelse-----
Fra: Bent Aggerholm
Sendt: 18. september 2024 20:11
Til: Jobcenter Ishøj
Emne: Lyd i mødelokaler

Hej. Jeg sad i venteområdet i dag kl. ca. 10 og kunne høre alt, hvad der blev sagt i mødelokale 3. Det tror jeg ikke, at borgeren derinde var klar over. Kan I gøre noget ved det? Venlig hilsen Bent Aggerholm

-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Sendt: 19. september 2024 08:30
Emne: Kvittering
Tak for din henvendelse. Vi har modtaget den og svarer inden for 10 arbejdsdage. Venlig hilsen Jobcenter Ishøj
""")

M("seh", """Kære direktionsassistent

Jeg vil gerne have, at denne henvendelse bliver sendt til direktøren for Center for Voksne og Velfærd, fordi den handler om noget, som jeg mener er et generelt problem i hjemmeplejen, og som ledelsen bør kende til.

Min mand, Poul, og jeg har været sammen i 41 år, og vi blev gift, så snart det blev muligt for to mænd. Vi er begge over 75 og bor stadig i vores hus i Ishøj Landsby. Indtil nu har vi klaret os selv, men i efteråret fik vi besøg af en medarbejder fra kommunen i forbindelse med en ansøgning om et trappelift til huset. Ansøgningen blev i øvrigt trukket tilbage igen, fordi vi besluttede at flytte vores soveværelse ned i stuen i stedet. Så vi modtager ingen hjælp.

Men det, jeg vil fortælle om, er besøget. Medarbejderen, der var en ung kvinde og i øvrigt meget venlig, spurgte flere gange, om "min bror" også boede i huset. Da jeg forklarede, at Poul er min mand, sagde hun: "Nå, det er jo moderne." Hun skrev i sit skema, at vi var "to enlige mænd i bofællesskab". Jeg så det selv, fordi hun viste mig skemaet på sin tablet, så jeg kunne underskrive.

Jeg bad hende rette det, og hun sagde, at der ikke var en mulighed i skemaet for "to mænd, der er gift". Hun skrev så i et fritekstfelt, at "borger oplyser at være gift med den anden mand". Det gjorde hun, fordi jeg insisterede. Men jeg synes ikke, at det skal være op til en 76-årig mand at insistere på at blive registreret korrekt.

Jeg skriver, fordi jeg har talt med andre i vores netværk for ældre homoseksuelle, og vi er mange, der frygter, at vi skal "gå tilbage i skabet", når vi får brug for hjemmepleje eller flytter på plejehjem. Det er en reel frygt. Mange af os har brugt hele vores liv på at få lov til at være dem, vi er.

Jeg har to forslag:

1. At kommunens skemaer og systemer bliver gennemgået, så de kan registrere ægtefæller af samme køn korrekt.
2. At medarbejderne i hjemmeplejen og visitationen får en kort introduktion til, hvordan man taler med ældre LGBT+-personer.

Jeg ved, at det måske lyder som små ting. Men det er ikke små ting for os.

Jeg vil gerne deltage i et møde, hvis kommunen er interesseret i at høre mere. Vores netværk mødes hver anden torsdag i Ishøj Kulturhus, og vi vil gerne invitere en medarbejder fra kommunen.

Med venlig hilsen

Karl-Erik Thomsen
Ishøj Landsby 29
2635 Ishøj
tlf. 43 73 08 91

PS. Jeg har sendt en kopi af denne mail til borgerrådgiveren til orientering. Det er ikke en klage over medarbejderen, som var venlig, men over systemet.

PPS. Jeg har ikke Digital Post, fordi jeg er fritaget, så svar gerne med brev til adressen ovenfor eller ring til mig. Jeg er hjemme de fleste formiddage.
""")

M("", """Til Ishøj Kommune
Borgerrådgiveren

Fra: Folketingets Ombudsmand

Vedr.: Henvendelse om sagsbehandlingstid – j.nr. 24/05218

Kære borgerrådgiver

Ombudsmanden har modtaget en klage fra en borger i Ishøj Kommune over kommunens sagsbehandlingstid i en sag om aktindsigt. Borgeren oplyser, at han har rettet henvendelse til borgerrådgiveren om sagen, og at borgerrådgiveren har oplyst, at sagen ikke kan behandles hos borgerrådgiveren, fordi den er indbragt for Ombudsmanden.

Ombudsmanden kan på det foreliggende grundlag ikke tage stilling til, om kommunens sagsbehandlingstid har været i overensstemmelse med reglerne. Vi vil derfor bede kommunen om at sende os sagens akter og en udtalelse om sagsbehandlingen.

Vi har sendt en særskilt anmodning til kommunens hovedpostkasse via sikker post med borgerens oplysninger. Denne mail til borgerrådgiveren er alene til orientering, og vi beder ikke borgerrådgiveren om at foretage sig noget. Vi har ikke medtaget personoplysninger i denne mail.

Vi skriver til orientering, fordi vi har bemærket, at der i kommunens vejledning om borgerrådgiveren står, at borgerrådgiveren ikke kan behandle sager, der er indbragt for Ombudsmanden. Det er i overensstemmelse med den almindelige praksis. Vi vil dog gerne gøre opmærksom på, at Ombudsmanden som udgangspunkt forudsætter, at en klage er forsøgt løst hos myndigheden, før den behandles hos Ombudsmanden, og at det derfor i nogle tilfælde kan være hensigtsmæssigt, at borgeren først henvender sig til borgerrådgiveren.

Vi har i den forbindelse et par generelle spørgsmål, som vi vil sætte pris på at få besvaret, når det passer:

1. Hvordan vejleder borgerrådgiveren borgere, der både ønsker at klage til borgerrådgiveren og til Ombudsmanden?
2. Registrerer borgerrådgiveren, hvor mange henvendelser der afvises, fordi sagen er indbragt for andre klageinstanser?
3. Har kommunen overvejet at beskrive samspillet med Ombudsmanden nærmere i vejledningen?

Spørgsmålene er ikke et led i en undersøgelse, men et ønske om at få indblik i praksis i kommunerne. Vi har sendt tilsvarende spørgsmål til borgerrådgiverne i en række andre kommuner.

Hvis du har spørgsmål, er du velkommen til at kontakte undertegnede.

Med venlig hilsen

Signe Holmegaard
specialkonsulent
Folketingets Ombudsmand
Gammeltorv 22
1457 København K
tlf. 33 13 25 12 (direkte 33 13 25 87)

Ombudsmandens journalnummer skal angives ved alle henvendelser: 24/05218. Henvendelser med personoplysninger skal sendes via sikker post.

Denne e-mail er sendt fra Folketingets Ombudsmand. Hvis du har modtaget den ved en fejl, beder vi dig slette den og give os besked.
""")

M("u", """Hej Borgerrådgiver

Jeg skriver fordi jeg har været ude for noget, som jeg synes er helt forkert, og som jeg ikke ved, hvor jeg skal klage over. Det handler om en praktikplads, som min datter har fået gennem Ungdommens Uddannelsesvejledning, og jeg er meget i tvivl om, hvordan jeg skal gribe det an.

Min datter går i 9. klasse og skulle i erhvervspraktik i en uge. UU-vejlederen fandt en plads til hende i en lille tømrervirksomhed i Ishøj. Første dag blev hun sat til at bære plader i otte timer uden pause. Anden dag blev hun sat til at save på en rundsav uden høreværn og uden instruktion. Hun er 15.

Hun fortalte det til mig om aftenen. Jeg er selv tømrer og har været medlem af 3F i 25 år, og jeg har været sikkerhedsrepræsentant i mit eget firma. Jeg ved, at det er ulovligt at lade en 15-årig arbejde på en rundsav. Så jeg ringede til virksomheden, og ejeren sagde, at "sådan lærer man faget". Jeg hentede min datter, og hun gik ikke derud igen.

Jeg ringede til UU-vejlederen dagen efter. Hun sagde, at hun "ville tage det op", men hun sagde også, at min datter ville få "fravær" i praktikken, fordi hun ikke var mødt de sidste tre dage. Det synes jeg er helt urimeligt.

Jeg klager over:

1. At UU har placeret en 15-årig i en virksomhed, der ikke overholder reglerne om unges arbejde.
2. At UU ikke har fulgt op på praktikstedet, hverken før eller under praktikken.
3. At min datter får registreret fravær, selvom det var mig, der tog hende ud af en farlig situation.

Jeg vil også gerne vide, om virksomheden fortsat bliver brugt som praktiksted, og om kommunen vil anmelde forholdet til Arbejdstilsynet. Det har jeg selv gjort, men jeg synes også, at kommunen bør gøre det.

Jeg ved, at UU måske ikke hører direkte under kommunen, men skolen siger, at det er kommunens ansvar. Så jeg skriver til dig og håber, at du kan finde ud af, hvem der skal svare.

Med venlig hilsen
Flemming Rask Jørgensen
Gildbrovej 88
2635 Ishøj
tlf. 24 10 73 66

-----Oprindelig meddelelse-----
Fra: UU Vestegnen
Sendt: 13. november 2024
Emne: Erhvervspraktik uge 46
Kære forælder
Vi bekræfter hermed, at din datter er tilknyttet erhvervspraktik i uge 46. Praktikstedet vil kontakte eleven direkte med oplysninger om mødetid og -sted. Eleven er forsikret gennem skolen. Hvis der opstår problemer under praktikken, skal eleven eller forældrene kontakte UU-vejlederen.
Med venlig hilsen
UU Vestegnen

PS. Jeg har gemt min datters sms'er fra praktikdagene med tidspunkter. Hun skrev bl.a. kl. 11.42 den første dag, at hun ikke havde fået en pause endnu. Jeg sender dem gerne, hvis det kan bruges. Jeg har også kvitteringen fra min anmeldelse til Arbejdstilsynet.
""")

M("", """Kære borgerrådgiver

Jeg vil gerne klage over den måde, kommunen har behandlet mig på i forbindelse med mit hundegebyr... nej, det er ikke hundegebyr, det er mit affaldsgebyr. Jeg er lidt forvirret, for der er så mange gebyrer. Lad mig starte forfra.

Jeg bor i et rækkehus i Ishøj Landsby og har gjort det i 12 år. I januar fik jeg en regning på affaldsgebyr på 4.860 kr. for hele året. Det er næsten det dobbelte af sidste år. Jeg kiggede på regningen og kunne se, at jeg var opkrævet for en 240-liters beholder til restaffald, selvom jeg kun har en 140-liters. Jeg har aldrig bestilt en større.

Jeg skrev til affaldsafdelingen den 22. januar. Jeg fik en kvittering og et svar den 5. februar om, at "beholderstørrelsen er registreret korrekt". Jeg gik ud og målte min beholder. Den er 140 liter. Det står på låget. Jeg tog et billede og sendte det den 6. februar.

Den 1. marts fik jeg et svar om, at de ville sende en medarbejder ud for at kontrollere. Der kom ingen.

Den 15. april ringede jeg, og medarbejderen sagde, at der var "sket en fejl ved ombytning af beholdere i hele området", og at flere borgere havde samme problem. Hun sagde, at fejlen ville blive rettet, og at jeg ville få penge tilbage.

Det er nu november, og jeg har ikke fået nogen penge tilbage. Regningen for 2. halvår var igen beregnet med en 240-liters beholder.

Jeg har fire klagepunkter:

1. At kommunen i februar fastholdt, at beholderstørrelsen var korrekt, uden at have undersøgt det.
2. At der ikke kom nogen ud for at kontrollere, selvom det blev lovet.
3. At fejlen ikke er rettet syv måneder efter, at kommunen erkendte den.
4. At ingen har informeret de andre borgere i området, som formentlig har samme problem.

Jeg beder om:
– At jeg får tilbagebetalt det for meget opkrævede.
– At fejlen bliver rettet, så den ikke gentager sig næste år.
– At kommunen informerer alle berørte borgere.

Min kundenr. hos affald er 14 22 07 31 og regningens nummer er 2401160521. Jeg har alle mails og billeder, hvis du vil se dem.

Med venlig hilsen
Bodil Krogh
Ishøj Landsby 44
2635 Ishøj
tlf. 43 73 21 64

-----Oprindelig meddelelse-----
Fra: Affald og Genbrug
Sendt: 5. februar 2024
Emne: SV: Forkert beholderstørrelse

Kære Bodil Krogh
Tak for din henvendelse. Vi har undersøgt sagen og kan se, at din ejendom er registreret med en 240-liters beholder til restaffald. Registreringen er foretaget i forbindelse med omlægningen af indsamlingsordningen i 2023 og er i overensstemmelse med de oplysninger, vi har modtaget fra renovatøren. Regningen er derfor korrekt. Hvis du ønsker at skifte til en mindre beholder, kan du bestille det via selvbetjeningen på kommunens hjemmeside. Bemærk, at der er et gebyr for ombytning.
Med venlig hilsen
Affald og Genbrug
""")
