"""corpus73, part H: sales not yet closed, forwarded chains, numbers that look like CPR."""
from common import M

M("p", """
-----Oprindelig meddelelse-----
Fra: Birgitte Holm
Sendt: 2. december 2024 08:14
Til: Byrådsmedlem Jens Ottesen
Emne: Salg af vores grund

Hej Jens. Vi har fået et bud på vores grund på Ishøj Strandvej, men køber vil kun købe hvis kommunen lover at der ikke kommer boliger på naboarealet. Kan kommunen sige noget om det?

Birgitte
""")

M("", """
Hej

Hvornår udbyder kommunen de sidste erhvervsgrunde i Ishøj Erhvervspark? Vi overvejer at flytte vores virksomhed til Ishøj, men har ikke noget konkret i gang.

Med venlig hilsen
Frank Dalsgaard, direktør, FD Transport A/S
""")

M("pe", """
Til Borgerservice

Jeg er blevet skilt og skal sælge huset på Gildbrovej. Min eks vil ikke skrive under på salgsaftalen, selvom vi har en køber. Kan kommunen gøre noget? Jeg har boligstøtte-ansøgning liggende hos jer til en ny lejlighed.

Hilsen
Lene Kruse
[[061079-2238]]
""")

M("p", """
Hej,

Jeg har en kolonihave i Vejlebro Haveforening og vil sælge den. Jeg har fået et bud på 185.000 kr., men vurderingsmanden siger 140.000. Må jeg tage imod det højere bud?

Mvh
Keld
""")

M("", """
Til hovedpostkassen

Vi har betalt ejendomsskat for Torslundevej 33 via girokort med betalingsid 2503681147. Men vi har fået rykker. Kan I tjekke?

Mvh Hanne og Bo
""")

M("pt", """
Hej

Vi er fra Kosovo og har boet i Ishøj i 20 år. Vi vil købe vores lejede rækkehus af boligselskabet, som har tilbudt os det. Kan kommunen sige om det er lovligt at sælge almene boliger på den måde?

Med venlig hilsen
Besim Krasniqi
""")

M("p", """
Hej kommune

Der er sat skilt op med "Til salg" på grunden ved siden af mig, Bakkevej 9. Jeg vil gerne vide, om kommunen ved hvem der skal købe den, for der er rygter om en vaskehal.

Hilsen
Anders, Bakkevej 11
""")

M("", """
Hej

Vi har købt hus på Ishøj Landsby 4 i 2019, og skødet er tinglyst. Men kommunens skel-registrering ser forkert ud. Hvem retter det?

Med venlig hilsen
Peter Kjær
""")

M("pe", """
Til Center for Byudvikling og Natur

Mit hus skal på tvangsauktion d. 14. januar. Jeg har restance på ejendomsskatten til jer på 42.000 kr. Jeg har en køber, der vil give 1,6 mio, hvis vi kan nå det inden. Kan I give henstand, så salget kan gå igennem?

Mvh Jan Bertelsen
cpr: [[221158 1347]]
""")

M("pu", """
Hej Kasper

Vi er nogle stykker fra 3F-klubben på Ishøj Havn, der vil købe den gamle lagerhal af kommunen og lave den om til fællesværksted. Vi har sendt et bud på 1,2 mio. Hvornår behandler Økonomiudvalget det?

Mvh
Lars, Jan og Preben
""")

M("", """
Til Økonomiudvalgets sekretær

Kan I oplyse hvornår kommunens salg af rådhusgrunden i Ishøj Landsby blev endeligt gennemført? Jeg mener det var i 2018, men kan ikke finde skødet.

Venlig hilsen
Lokalhistorisk Arkiv
""")

M("ps", """
Hej

Min mand og jeg (jeg er mand) har en ejerlejlighed på Ishøj Strandvej til salg. Køberen trak sig i sidste uge, da han så en fugtrapport. Kan kommunen lave en ny vurdering?

Hilsen
Niels Brandt
""")

M("pb", """
Til byrådet

Vi er Ishøj Islamiske Kulturforening og byder hermed 2,4 mio. kr. på kommunens grund på Industribuen 14 til et nyt kulturcenter og bederum. Vores medlemmer er muslimer fra hele Vestegnen, og vi, der sidder i bestyrelsen og skriver her, beder selv i det lille lokale, vi har nu.

Med venlig hilsen
Bestyrelsen, v. Yasin Aktaş
""")

M("", """
Hej

Hvad koster det at få en ejendomsvurdering fra kommunen, og hvor lang tid tager det? Jeg spørger helt generelt.

Mvh
Gert
""")

M("p", """
Kære Jens

Jeg er ved at købe huset på Pilemøllevej 28 og har lavet en købsaftale med advokatforbehold. Men min advokat har fundet en gammel sag om en ulovlig udestue. Kan kommunen bekræfte at den er lovliggjort?

Med venlig hilsen
Christian Aagaard
""")

M("ph", """
Hej

Jeg er nødt til at sælge min andelsbolig i Torslunde, fordi jeg er blevet døv og ikke kan bo alene mere. Der er en køber, men foreningen siger at kommunen skal godkende den nye pris. Er det rigtigt?

Hilsen
Ellen
""")

M("", """
Hej

Vi er en ejendomsmæglerkæde, der gerne vil annoncere i kommunens nyhedsbrev. Hvad koster det?

Med venlig hilsen
Nybolig Vestegnen
""")

M("pt", """
Hej,

Min far er fra Tunesien og har et hus i Ishøj. Han vil sælge det til mig, men han bor i Tunesien nu. Handlen er ikke underskrevet. Skal han komme hjem for at skrive under?

Med venlig hilsen
Sami Ben Ali
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har lagt et bud på naboens grund for at udvide vores have. Naboen vil gerne sælge, men siger at kommunen skal godkende en matrikulær ændring. Hvor lang tid tager det?

Mvh
Familien Kristensen
""")

M("", """
Hej

Jeg vil gerne leje en af kommunens byhaver. Er der venteliste?

Hilsen Maja
""")

M("ph", """
Hej,

Vi har et sommerhus til salg i Ishøj Strandpark, og en køber har budt. Men min kone er gravid og har komplikationer, så vi kan ikke komme til underskrivelse på rådhuset. Kan man skrive under digitalt?

Mvh
Kenneth
""")

M("", """
Hej

Jeg er nabo til den grund, som kommunen solgte til boligselskabet sidste år. Handlen er afsluttet, men hvornår går byggeriet i gang?

Mvh
Jytte
""")

M("p", """
Hej

Vi er et lille firma der ønsker at købe kommunens erhvervsgrund på Ishøj Stationsvej. Vores bud er betinget af en miljøundersøgelse. Hvem forhandler vi med?

Mvh
Nordic Bikes ApS
""")

M("", """
Til hovedpostkassen

Vedr. lokalplan 4.12: Hvornår er høringsfristen? Vores journalnr. er 01.02.05-P16-3-24.

Med venlig hilsen
Grundejerforeningen Tranegilde
""")

M("pe", """
Hej

Min far er død og jeg arver hans hus. Jeg er på kontanthjælp, og kommunen siger, at jeg skal sælge huset, før jeg kan få mere hjælp. Der er et bud, men det er lavt. Skal jeg tage det?

Mvh Morten
[[0203854411]]
""")

M("ps", """
Kære Sara

Min kone Nanna og jeg (Louise) har fundet et hus i Torslunde og givet et bud. Sælger vil gerne have at vi tager over den 1. marts. Vi skal søge om udvidelse af carport, kan det gå hurtigt?

Louise Holm
""")

M("", """
Hej

Hvornår kommer de nye boligstøttesatser for 2025? Vi er boligsocial medarbejder i Vejleåparken og vil gerne informere beboerne.

Venlig hilsen
Boligsocial helhedsplan, Ishøj
""")

M("pu", """
Hej

Jeg er i Dansk Metal og vil sælge min andelsbolig i Ishøj, og jeg har en køber på hånden. Min fagforening har en boligrådgiver, der siger at kommunen skal godkende overdragelsen. Stemmer det?

Mvh
Stig
""")

M("p", """
Hej

Der er et tilbud om at sælge vores rækkehus til en investor for 3,1 mio., men vi er ikke sikre på om det er godt. Kan kommunen give os information om hvad vurderingen er?

Mvh
Karina og Jonas Frost
""")

M("", """
Hej

Hvilken afgift gælder når man tilslutter sig fjernvarme i et nyt hus? Min målernr. er 3011751234.

Hilsen
Claus
""")

M("pe", """
Til borgerrådgiveren

Vi er blevet sat ud af vores lejlighed og bor hos min søster. Vi har sat vores kolonihave til salg for at få penge til depositum til en ny bolig, men foreningen vil ikke godkende køberen. Kan I hjælpe?

Mvh
Dennis og Rikke
""")

M("pb", """
Hej

Vi er Ishøj Frikirke og har budt på den gamle børnehave på Vejleåvej. Vi vil gerne bruge den til gudstjenester. Jeg er præst i kirken. Hvornår svarer kommunen?

Med venlig hilsen
Pastor Mikael Hansen
""")

M("", """
Til hovedpostkassen

Vores ordrenummer 1702930076 vedrører 40 nye bænke til kommunens parker. Leveringsdato er 17. marts.

Med venlig hilsen
Parkmøbler A/S
""")

M("pt", """
Hello,

I am British and live in Ishøj. I have put my house on the market and have a buyer from Sweden. Do I need any special permission from the municipality as a foreigner?

Best regards
John Miller
""")

M("p", """
Hej

Min nabo i nr. 22 har sat huset til salg. Han har bygget en garage uden tilladelse. Skal kommunen ikke sige det til køberen?

Mvh
Bente, Løjtegårdsvej 20
""")

M("", """
Hej

Kan man se på kommunens hjemmeside, hvilke boliger kommunen selv ejer og evt. vil sælge i fremtiden?

Venlig hilsen
Rune
""")

M("ph", """
Til Center for Byudvikling og Natur

Vi har købt et hus, men handlen er betinget af at vi kan få lov at lave en tilbygning til min søn, der har muskelsvind og snart skal i kørestol. Hvor lang tid tager en byggetilladelse?

Med venlig hilsen
Henriette Juhl
""")

M("", """
Til Social- og Sundhedsudvalget

Vi vil foreslå at kommunen opretter et frivilligt netværk for pårørende til kronisk syge. Vi er en gruppe fra Ishøj Frivilligcenter.

Med venlig hilsen
Ishøj Frivilligcenter
""")

M("pe", """
Hej

Vi har fået en restance på ejendomsskatten, og kommunen har lagt udlæg i huset. Vi har sat huset til salg for at betale. Kan udlægget blive hævet når salget er på plads?

Mvh
Mads og Sofie
[[150990-1156]], [[030492-2370]]
""")

M("", """
Hej

Den 12. sept. skrev Center for Byudvikling og Natur:
> Vi har modtaget din ansøgning om byggetilladelse til carport. Sagsnr. 24/12345.

Hvornår kan jeg forvente svar? Der er gået 8 uger.

Mvh
Torben
""")

M("hpe", """
-----Oprindelig meddelelse-----
Fra: Ulla Dam
Til: Borgmesterens PA
Emne: Salg

Kære borgmester. Min mand har fået demens og er kommet på plejehjem. Jeg skal sælge vores hus, fordi jeg ikke kan betale det alene. Der er en køber, der har budt 2,2 mio. Kan kommunen hjælpe med rådgivning?

Ulla Dam
""")

M("", """
Hej

Jeg er ejendomsmægler og vil gerne vide hvordan jeg ansøger om en skelattest. Det gælder ikke en konkret sag.

Mvh
Lars Brix
""")

M("p", """
Hej

Jeg har lejet en garage af kommunen i 20 år og har nu fået tilbudt at købe den. Prisen er 75.000 kr. Er der forhandlingsmulighed?

Mvh
Kurt
""")

M("pt", """
Hej,

Jeg er fra Vietnam. Vi har købt et hus, men banken har ikke godkendt lånet endnu. Sælger siger at vi skal betale depositum nu. Er det normalt?

Med venlig hilsen
Lan Pham
""")
