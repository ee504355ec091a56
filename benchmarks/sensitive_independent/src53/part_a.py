"""corpus53 part A: forwards and quoted reply chains at the hovedpostkasse."""
from common import M

M("e", """Til hovedpostkassen

Videresendes fra byrådsmedlem Lone Krag. Borger ønsker svar fra administrationen.

-----Oprindelig meddelelse-----
Fra: Jannik Holm <jannik.holm77@hotmail.com>
Sendt: 3. marts 2025 21:14
Til: Lone Krag <lkr@ishoj.dk>
Emne: huslejen

Hej Lone
Jeg skylder boligselskabet 3 måneders husleje og har fået et brev om at de vil opsige mig. Kan kommunen hjælpe med et lån til restancen? Jeg har ringet til borgerservice men kom ikke igennem.
Mvh Jannik""")

M("", """Til hovedpostkassen

Fra: Lone Krag
Sendt: 4. marts 2025 08:02
Emne: VS: Spørgsmål om affaldsordning

Hej. Jeg sender denne videre, da den handler om kommunens forvaltning. Borgeren spørger, hvornår den nye ordning for madaffald starter i rækkehusene på Vejlebrovej, og om der kommer en beholder mere til pap.

Venlig hilsen
Lone Krag, byrådsmedlem

> Hvornår kommer de nye spande? Vi har ikke fået noget brev, og naboerne ved heller ikke noget. Mvh. en beboer på Vejlebrovej""")

M("hp", """Emne: VS: VS: Salg af vores hus

Hovedpostkassen: fra borgmesterens PA til Center for Byudvikling og Natur, direktør i cc.

---------- Videresendt besked ----------
Fra: Birthe Sørensen
Dato: tir. 11. feb. 2025 kl. 10:41
Til: borgmester@ishoj.dk

Kære borgmester
Min mand og jeg har sat huset på Strandgårdsvej til salg, fordi han efter sin blodprop ikke kan klare trapperne mere. Vi har en køber, men han vil have lokalplanen for carporten afklaret før han skriver under, og sagen har ligget i jeres byggesagsafdeling i to måneder. Kan I skynde på?
Med venlig hilsen
Birthe Sørensen""")

M("", """Den 12. okt. 2024 kl. 09.18 skrev Center for Byudvikling og Natur <byudvikling@ishoj.dk>:
> Tak for din henvendelse om vejbelysningen. Vi svarer dig inden for 10 hverdage.

Tak for svaret. Det er nu over 10 hverdage siden, og lygtepælen ud for nr. 41 er stadig mørk. Der går mange børn forbi om morgenen. Kan I give en dato?

Hilsen Kirsten, Ishøj Landsby""")

M("t", """SV: Klage over opførsel i borgerservice

> Den 2. apr. 2025 skrev Borgerservice:
> Vi beklager din oplevelse og vil gerne høre mere.

Ja tak, her er mere. Da jeg stod ved skranken sagde medarbejderen højt til sin kollega "hun forstår ikke dansk, de kommer jo fra Somalia allesammen". Jeg er født i Mogadishu men har boet i Ishøj i 22 år og taler fint dansk. Jeg vil gerne have at borgerrådgiveren ser på det.

Hodan""")

M("su", """Til hovedpostkassen, videresendt af udvalgsformand for Beskæftigelsesudvalget

-----Original Message-----
From: Mikkel Thorsen
To: Udvalgsformand
Subject: arbejdsmiljø i rengøringen

Hej
Jeg er tillidsrepræsentant for 3F på rengøringsholdet på rådhuset. Flere kolleger har sagt at en leder kommer med grove bemærkninger om at jeg og min mand er "to bøsser der ikke skal bestemme". Det skal stoppe. Jeg vil gerne have et møde.
Mikkel""")

M("", """VS: Arrangement i Ishøj Bycenter

Hej hovedpostkasse, kan I sende denne til kulturområdet?

> Kære kommune. Vi er en lille forening der vil holde et loppemarked den 14. juni på pladsen foran biblioteket. Skal vi søge om tilladelse, og hvad koster det? Vi har ca. 30 stande. Venlig hilsen Ishøj Loppeforening, kontakt Ruth på 22 41 87 90""")

M("he", """Fra: Sekretariatet for Social- og Sundhedsudvalget
Til: Hovedpostkassen
Emne: Henvendelse til udvalgsformanden – bedes fordelt til Center for Voksne og Velfærd

Se nedenfor.

Den 6. jan. 2025 skrev Jørgen Aagaard:
> Min kone har fået konstateret Alzheimers og kan ikke være alene mere. Jeg søgte om aflastning i november og har intet hørt. Jeg er selv 81 og kan ikke mere. Hvem kan jeg ringe til?
> Jørgen""")

M("e", """Re: Re: Re: rykker

Tredje gang jeg skriver. Jeg fik afslag på enkeltydelse til tandlæge d. 3/9 og klagede d. 10/9. Intet svar. Jeg har nu en regning på 11.400 kr jeg ikke kan betale.

> Den 18. sep. skrev Ydelsesservice:
>> Vi har modtaget din klage og vender tilbage.
> 
> Den 10. sep. skrev jeg:
>> Jeg klager over afgørelsen.

Sanne Pedersen""")

M("", """Til hovedpostkassen

Byrådsmedlem Ahmad Rahimi beder om at denne fordeles. Borgeren har givet lov.

"Jeg vil gerne vide hvorfor der ikke er ryddet sne på stien bag Gildbrohøj. Min nabo faldt i sidste uge. Kan der komme salt på?"

Mvh
Ahmad Rahimi""")

M("hp", """VS: Andelsbolig – forkøbsret

Videresendt fra direktionsassistenten, Borger, Økonomi og IT.

Oprindelig tekst:
Jeg er 67 og har fået en ny hofte i april og skal derfor sælge min andel på 2. sal i Ishøj Søpark. En køber har budt, men bestyrelsen siger at kommunen har en anvisningsret vi skal afvente. Hvor lang tid tager det? Køberen kan ikke vente ret meget længere.
Venlig hilsen Gerda Nilsson""")

M("b", """Kære Kim (byrådsmedlem)

Du svarede mig sidste år om lokalerne til vores menighed. Nu spørger jeg igen, for vi har stadig ikke fået svar fra kultur.

Vi er en lille katolsk menighed, og jeg er selv katolik og kirkeværge. Vi mødes hver søndag og mangler et lokale på skolen når kirken er optaget.

> Den 20. nov. 2023 skrev Kim:
> Tak for din mail, jeg sender den videre.

Venlig hilsen Teresa""")

M("", """SV: Aktindsigt i sag om vejbump

Tak for kvitteringen. Jeg vil bare præcisere at jeg ønsker aktindsigt i hele sagen om vejbumpene på Tranegilde Strandvej, herunder trafiktællinger og referater. Ikke min egen sag, det er et generelt ønske.

Morten
-----Oprindelig meddelelse-----
Fra: Center for Byudvikling og Natur
Emne: Kvittering
Vi har modtaget din henvendelse og besvarer den inden for 10 hverdage.""")

M("e", """hovedpostkassen, jeg blev bedt af min byrådskontakt om at skrive her direkte

er sat ud af min lejlighed fra 1. maj pga huslejerestance og bor nu hos min søster på sofaen. hvem i kommunen skal jeg snakke med om en bolig. har 2 børn der går i skole i ishøj

Mariam""")

M("ht", """Forwarded from the mayor's PA – please route to Center for Børn og Forebyggelse

> From: Oksana Melnyk
> Sent: 14 January 2025
> To: Borgmester
>
> Dear Mayor, my son Danylo (9) came with me from Ukraine in 2022. He has epilepsy and the school nurse says he needs a plan for seizures in class. The school has not answered me for five weeks. I do not speak Danish well yet, sorry.
> Oksana""")

M("", """Fra hovedpostkassen til Center for Borger, Økonomi og IT

Borgeren spørger generelt til hvordan man søger om boligstøtte, og om satserne er ændret fra januar. Ingen personlige oplysninger i henvendelsen. Svar gerne med link til borger.dk.

> hej hvordan søger man boligstøtte og er satserne ændret? mvh en studerende""")

M("u", """Re: Referat fra MED-møde

Hej Lise

Tak for referatet. Jeg står stadig som "tillidsrepræsentant (HK)" i deltagerlisten, men jeg gik af som TR i december, selvom jeg stadig er medlem af HK. Ret venligst.

> Den 28. jan. skrev Lise Nørgaard:
> Hermed referat. Rettelser inden fredag.

Brian Kofoed, Borgerservice""")

M("p", """VS: Forespørgsel om erhvervsgrund

Fra: Direktionsassistent, Byudvikling
Til: Hovedpostkassen

Henvendelsen er fra et firma og bedes sendt til erhvervsteamet.

-----Oprindelig meddelelse-----
Vi (Køge Bugt VVS ApS) har givet et betinget bud på 2,1 mio. kr. på grunden ved Industrivej 14, som sælges af et privat selskab. Buddet er betinget af at kommunen godkender en udvidelse af hallen. Kan I sige noget om sagsbehandlingstiden?
Henrik Bak, direktør""")

M("", """Hej igen

Jeg skrev om bænkene i Ishøj Strandpark for en måned siden. Så i dag at to af dem er blevet malet, tak for det! Den ved søen mangler stadig.

Den 3. maj 2025 kl. 14:01 skrev Park og Vej <parkogvej@ishoj.dk>:
> Tak for henvendelsen, vi har sendt den videre til driften.

Jens""")

M("hes", """Til hovedpostkassen

Jeg har fået dette fra en borger via Messenger og har bedt hende om at skrive til min ishoj-mail, hvilket hun har gjort. Send den til Voksne og Velfærd.

-- indsat fra Messenger --
hej Pia. min kone Signe har ligget på Glostrup psyk i 3 uger og jeg har svært ved at klare det hele med vores tvillinger. kan vi få hjemmehjælp eller en familiekonsulent? jeg er så træt. kh Louise

Pia Westergaard, byrådsmedlem""")

M("", """Fwd: Invitation til dialogmøde om Ishøj Havn

Til hovedpostkassen – bare til orientering, ingen handling.

> Kære byråd. Havnelauget inviterer til dialogmøde torsdag den 22. maj kl. 19 i klubhuset. Vi vil tale om bådpladser, miljø og parkering. Alle er velkomne.
> På bestyrelsens vegne, Erik""")

M("et", """SV: SV: Dokumentation til boligstøtte

Hej sagsbehandler

Jeg har ikke et dansk pas, fordi jeg er fra Eritrea og kom som flygtning i 2015. Det står i min opholdstilladelse som jeg sendte i sidste mail. Kan I ikke bruge den? Ellers får jeg ingen boligstøtte i maj.

> Vi mangler stadig kopi af pas for at kunne behandle din ansøgning.

Mvh Yonas""")

M("", """Videresendt fra udvalgsformand, Børne- og Skoleudvalget

> Hej. Hvad er reglerne for at få sit barn i en anden skole end distriktsskolen? Vi overvejer at flytte til Ishøj og vil gerne vide det på forhånd.
> Mvh Caroline (bor pt. i Valby)

Dagsordensamler: ikke til dagsorden, sendes til Center for Børn og Forebyggelse.""")

M("eh", """Emne: Fw: min far

-----Oprindelig meddelelse-----
Fra: Dorthe Lange
Til: hovedpostkassen@ishoj.dk

Min far Arne Lange bor på Ishøj Plejecenter. Han har fået tryksår på hælen og ingen har fortalt os det. Vi fandt ud af det ved et besøg i weekenden. Jeg vil gerne have en samtale med lederen.

Dorthe""")

M("b", """Re: Valgplakater

Jeg forstår godt at reglerne er de samme for alle partier. Men som lokalformand for Alternativet i Ishøj vil jeg gerne vide hvem der skal kontaktes når vores plakater bliver revet ned ved Ishøj Station hver nat.

> Den 5. nov. skrev Vej og Park:
> Plakater må hænge fra 4 uger før valget.

Mvh Anders""")

M("", """Til: hovedpostkassen
Emne: fejl på hjemmesiden

Linket til ansøgning om parkeringstilladelse på ishoj.dk giver fejl 404. Det har det gjort siden sidste uge. Vil I ikke sende det videre til IT? Tak.
Sendt fra min iPhone""")

M("eu", """SV: Afskedigelse – spørgsmål til jobcentret

Hej igen. Ja, jeg er blevet fyret fra lageret efter 11 år og er medlem af Dansk Metals a-kasse. De siger jeg skal tilmelde mig jobcentret samme dag. Betyder det jeg skal møde op hos jer i næste uge?

> Den 7. feb. skrev Jobcenter Ishøj:
> Hvis du er blevet ledig, skal du tilmelde dig på jobnet.dk.

Mvh. Carsten Winther""")

M("", """VS: Klage over støj fra byggeplads

Kære hovedpostkasse, send venligst denne til Byudvikling.

> Der bliver banket pæle fra kl. 6.30 om morgenen på byggepladsen ved Vejleåparken. Er det lovligt? Jeg troede man først måtte starte kl. 7. Mvh en træt nabo""")

M("s", """Kære borgmester

Jeg skrev til dig i efteråret om at få et regnbueflag på rådhuset i Pride-ugen. Nu vil jeg gerne følge op, og fortælle hvorfor det betyder noget for mig: Da jeg sprang ud som lesbisk som 15-årig i Ishøj, var der ingen voksne at spejle sig i. Et flag er et lille tegn, men det havde betydet meget.

> Den 9. okt. 2024 skrev Borgmesterens sekretariat:
> Tak for din henvendelse. Borgmesteren vender tilbage.

Med venlig hilsen
Ditte""")

M("", """Hej hovedpostkassen

Jeg er ny sekretær for Ishøj Skakklub og vil gerne høre om vi kan fortsætte med at låne lokale 3 på Ishøj Skole om tirsdagen. Den tidligere sekretær er fraflyttet. Hvem skal jeg skrive til?

Venlig hilsen
Bent, Ishøj Skakklub""")

M("hu", """Til hovedpostkassen, VS fra direktionsassistent Voksne og Velfærd

> Fra: Hanne Kjær
> Jeg er social- og sundhedsassistent i hjemmeplejen og FOA-medlem. Jeg fik en arbejdsskade i januar da en borger faldt og jeg tog imod hende. Min ryg er stadig ikke god. Min leder har ikke anmeldt skaden endnu. Hvad gør jeg?""")

M("", """Svar til: Anonym henvendelse om dagtilbud

Hej. I spurgte om jeg ville uddybe. Det handler generelt om at der er for lidt personale i vuggestuerne i Ishøj Nord, og at børnene sover ude i kulde. Jeg har ikke selv børn der, men min nabo arbejder der.
Hilsen
En bekymret borger""")

M("p", """VS: Kolonihavehus

Til Center for Byudvikling og Natur fra hovedpostkassen.

> Hej, jeg er ved at sælge mit kolonihavehus i H/F Ishøjgård. Vi har aftalt pris med en køber, men foreningen siger at kommunen skal godkende tilbygningen på 8 m2 før handlen kan gå igennem. Hvem ser på det?
> Knud""")

M("", """Re: Fejl i opkrævning af ejendomsskat

Hej. Det var ikke mig der havde fejl, det var jer: beløbet på opkrævningen nr. 2503110417 er det samme som sidste år, men grundværdien er faldet. Kan I genberegne?

> Den 3. mar. 2025 skrev Borger, Økonomi og IT:
> Vi kan ikke se nogen fejl i opkrævningen.

Mvh Kurt Larsen, Ishøj Bygade""")

M("e", """Til hovedpostkassen

Forwarded by councillor Jesper Vang:

"Hej Jesper. Du kender mig fra fodbold. Jeg har fået en gæld til SKAT på 94.000 og de trækker i min løn så jeg ikke kan betale husleje. Kommunen må kunne hjælpe med en afdragsordning? Jeg tør ikke sige det til min kone. Thomas"

Jesper Vang""")

M("ts", """Fwd: foreningslokale

Kære kultur

> Vi er en gruppe unge, skeive med baggrund i Mellemøsten – jeg er selv irakisk kurder og homoseksuel – og vil gerne mødes en gang om måneden et trygt sted i Ishøj. Kan vi leje et lokale i Kulturhuset til en lav pris?
> Karwan

Sendt videre fra hovedpostkassen.""")

M("", """Til hovedpostkassen

Jeg har fået en kvittering fra jer, men der står ikke hvem der svarer. Det skal der stå ifølge jeres egne regler har jeg læst. Sagen handler om hækken ud mod Ishøj Parkvej som er for høj ved udkørslen. Mvh Poul""")

M("he", """Fra: Ishøj Tandpleje
Til: Hovedpostkassen
VS: Bekymring

En forælder har ringet og bedt os sende dette videre, da det ikke handler om tandpleje:
"Min søn på 15 har ikke spist ordentligt i et halvt år og vejer 41 kg. Lægen siger spiseforstyrrelse. Vi venter på BUP og vil gerne have hjælp fra kommunens familierådgivning imens. Kan nogen ringe til mig?" Mor: Helle Qvist, tlf. 31 44 56 02""")

M("", """Videresendt af borgmesterens PA til Center for Beskæftigelse og Erhverv

> Hej borgmester. Hvorfor bruger kommunen penge på et nyt jobcenter-skilt når der mangler lærere? Det giver ingen mening. Mvh Torben""")

M("b", """SV: Vielse på rådhuset

Ja, vi vil gerne have den borgerlige vielse på rådhuset. Bare så I ved det: vi er begge humanister og ønsker ingen religiøse elementer, heller ikke i musikken.

> Den 2. feb. skrev Borgerservice: Ønsker I vielse på rådhuset eller i kirken?

Camilla og Rasmus""")

M("", """VS: Skolefoto

Til hovedpostkassen fra byrådsmedlem. Borgeren spørger generelt om regler for skolefotografer.

> Må skolen give fotografen elevernes navne og klasser? Jeg synes det er mærkeligt. – en forælder på Vibeholmskolen""")

M("ep", """Re: Re: Tvangsauktion

Tak for svaret. Jeg forstår godt at kommunen ikke kan stoppe auktionen. Men jeg har fået at vide af rådgiveren i banken at mit hus på Kirkebjerg Allé skal på tvangsauktion 17. juni pga. restance på 240.000 til realkredit, og der er en køber der vil give et bud før. Kan kommunen hjælpe med at jeg ikke står på gaden bagefter?

> Den 28. apr. skrev Borgerrådgiveren:
> Vi kan vejlede om hvor du kan få hjælp.

Per""")

M("", """Hej

Det er fra Ishøj Idrætsforening. Vi har modtaget jeres svar om tilskud til nye mål, og vi accepterer beløbet. Bank: reg. 2275 kontonr. 6893019223. Fakturaen sendes med EAN fra jer.

> Tilskuddet er bevilget med 18.000 kr.

Venlig hilsen
Kasserer, Ishøj IF""")

M("tb", """Til: Hovedpostkassen (videresendt fra byrådsmedlem)

> Kære byrådsmedlem. Som palæstinenser og muslim føler jeg mig ikke repræsenteret når kommunen kun holder arrangementer til jul. Jeg vil gerne foreslå at vi fejrer eid i beboerhuset. Jeg hjælper gerne. Samir

Kommentar fra byrådsmedlemmet: kan Kultur tage den?""")
