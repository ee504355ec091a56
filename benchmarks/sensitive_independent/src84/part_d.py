"""corpus84, part D: self-employed people, failing firms, sales of homes and premises, pensioners."""
from common import M

M("ep", """Til Erhvervsservice, Ishøj Kommune

Jeg har drevet mit malerfirma som enkeltmandsvirksomhed i 16 år, men efter to store kunder er gået konkurs, kan jeg ikke betale mine leverandører. Jeg har sat værkstedet på Industrivej til salg, og der er en interesseret køber, men han vil have kommunens tilsagn om, at han må bruge det til autoværksted. Kan I give et forhåndssvar? Hvis salget ikke går igennem, må jeg lukke.

Venlig hilsen
Poul Erik Hviid
CVR 27 18 44 90""")

M("", """Til Erhvervsservice

Hvilke gratis rådgivningstilbud har kommunen for nystartede virksomheder? Jeg skal starte et lille bageri og vil gerne høre om jeres iværksætterkurser i foråret.

Venlig hilsen
Malene Kryger""")

M("e", """hej. min butik i Ishøj Centret lukker d. 31 og jeg har gæld til skat på ca 240.000. jeg er selvstændig og har ingen a-kasse. kan jeg få kontanthjælp når jeg lukker eller skal jeg sælge bilen først? /Hakan""")

M("p", """Kære borgmester

Vi er en familie, der har fået accepteret et bud på rækkehuset på Vejlebrovej 18, men købsaftalen er betinget af, at kommunen godkender, at vi må bygge en carport. Byggesagen har ligget i 9 uger. Sælger er ved at miste tålmodigheden. Kan du hjælpe med at få fart på?

Med venlig hilsen
Familien Kvist""")

M("e", """Til Ishøj Kommune, Ydelsescentret

Jeg er 67 og har fået folkepension i to år. Nu har jeg fået et brev om, at jeg har fået for meget udbetalt, fordi jeg arbejdede lidt som taxachauffør. Jeg skal betale 11.400 kr tilbage. Jeg troede, at man måtte tjene lidt ved siden af. Kan jeg få en afdragsordning?

Med venlig hilsen
Ebbe Lundgaard
[[031057-1345]]""")

M("", """Kære Hanne Overgaard

Jeg er selvstændig håndværker og synes, det er uretfærdigt, at små virksomheder ikke får en chance ved kommunens udbud. Kan I dele udbuddene op i mindre bidder?

Mvh
Brian Vestergaard, Vestergaard El""")

M("ept", """Til formanden for Økonomiudvalget

Min far er fra Pakistan og kom til Danmark i 1972. Han har haft en kiosk på Ishøj Bygade i 30 år. Nu er han 74, og kiosken giver underskud. Han har fundet en køber, der har budt på både butik og lejlighed ovenpå, men køberen vil have en forlængelse af lejeaftalen med kommunen på pladsen foran. Min far har en pension, der ikke rækker, og han har brug for salget. Hvem skal jeg kontakte?

Venlig hilsen
Imran Butt""")

M("e", """Til Jobcenter Ishøj

Jeg er selvstændig grafiker og har ikke haft ordrer i fem måneder. Jeg har lukket mit CVR-nummer og vil melde mig ledig. Jeg er medlem af ASE. Skal jeg først til samtale hos jer eller hos a-kassen?

Venlig hilsen
Ida Storm""")

M("pu", """Hej Søren

Jeg er medlem af Lederne og skriver privat. Jeg og min kone har et bud på et hus i Ishøj Landsby, men vi skal først have solgt vores lejlighed, og der er en køber, som lige er sprunget fra. Kan kommunen hjælpe med at fremskynde tinglysningen af vores nye servitut? Vi er bange for at miste huset.

Med venlig hilsen
Bjarne""")

M("", """Til hovedpostkassen

Vi er et ejendomsmæglerfirma og vil gerne have oplyst, hvornår kommunen udbyder de nye storparceller i Ishøj Landsby. Vi har flere kunder, der spørger generelt.

Med venlig hilsen
home Ishøj""")

M("ep", """Til borgerrådgiveren

Mit hus skal på tvangsauktion den 14. januar. Jeg mistede mit job som sælger sidste år, og siden er det gået ned ad bakke. Jeg har en køber, der vil give 1,9 mio., men banken siger nej, fordi det er under gælden. Kan kommunen mægle? Jeg ved godt, at det ikke er jeres opgave, men jeg ved ikke, hvem jeg ellers skal spørge.

Med venlig hilsen
Anja Koch""")

M("e", """Til Center for Voksne og Velfærd

Min mor på 83 har fået afslag på hjemmehjælp til rengøring. Hun har arbejdet på Ishøj Rådhus i 40 år. Jeg vil gerne klage over afgørelsen, hun har givet mig fuldmagt.

Venlig hilsen
Peter Kjeldsen""")

M("", """Hej Erhvervsservice

Hvordan får man en p-nummer-ændring registreret hos kommunen, når man flytter sin virksomhed fra Brøndby til Ishøj? Vores nye p-nr. er 1022873315, og jeg vil gerne være sikker på, at erhvervsaffaldsgebyret kommer på rette adresse.

Hilsen
Connie, Ishøj Fliserens""")

M("pb", """Til byrådsmedlem Jakob Nørgaard, Venstre

Som mangeårigt medlem af Venstre i Ishøj tillader jeg mig at skrive direkte til dig. Jeg har drevet en planteskole i Tranegilde i 25 år, men efter min hustrus død kan jeg ikke klare det. Jeg har en køber til grunden, og han har budt 4,2 mio. Han vil dog kun købe, hvis kommunen giver dispensation til at bygge et udhus. Kan du undersøge, hvor sagen står?

Venlig hilsen
Svend Aage Holst""")

M("e", """Hej

Jeg er pensionist og har fået pensionstillæg, men nu siger Udbetaling Danmark, at jeg skal betale tilbage fordi jeg har arvet 80.000 kr. efter min bror. Kan kommunen rådgive mig? De siger det er jer.

Mvh Kaj""")

M("pt", """Til formand for Plan- og Miljøudvalget

Vi er en tamilsk familie og har drevet et lille supermarked i Ishøj i 12 år. Nu vil vi købe bygningen, vi lejer, af ejeren. Vi er enige om prisen, men der er en klausul fra kommunen fra 1985 om, at bygningen kun må bruges til "detailhandel af dagligvarer". Vil I ophæve den? Vi vil gerne udvide med en café.

Med venlig hilsen
Familien Sivakumar""")

M("", """Kære Ishøj Kommune

Er det muligt at leje et af de tomme butikslokaler i Ishøj Bycenter til et pop-up-marked i december? Vi er en forening af lokale kunsthåndværkere.

Venlig hilsen
Ishøj Kunsthåndværk""")

M("e", """Til Ydelsescentret

Jeg er selvstændig med et lille rengøringsfirma. Jeg har i år tjent 142.000 kr., og det er ikke nok til at leve af. Kan jeg få supplerende kontanthjælp, eller skal jeg lukke firmaet først?

Med venlig hilsen
Wiktoria Bąk
[[170395\u20132268]]""")

M("hp", """Kære Fatima Yousef

Jeg har lige fået at vide, at jeg har ALS. Jeg er selvstændig tandtekniker og kan ikke fortsætte. Jeg har fået et bud på klinikken fra en yngre kollega, men hun vil kun købe, hvis hun får lov til at ændre facaden. Sagen ligger i Byggesagsafdelingen. Det er min eneste pension.

Med venlig hilsen
Gert Brix""")

M("", """Til borgmesterens PA

Vi vil meget gerne invitere borgmesteren til vores 25-års jubilæum som virksomhed den 9. juni. Vi er en familieejet transportvirksomhed med 40 ansatte i Ishøj.

Med venlig hilsen
Direktør Lene Bak, Baks Transport A/S""")

M("ep", """Til Ishøj Kommune, Ejendomsskat

Min ejendom er sat til salg, fordi min restaurant er gået konkurs, og jeg har en restance på ejendomsskatten på 26.000 kr. Køberen vil have en skriftlig bekræftelse på, at restancen ikke følger ejendommen. Kan I lave sådan en?

Mvh
Nikos Papadakis""")

M("e", """Hej kommune

min far er 79 og bor alene. han får folkepension og har ikke råd til tandlæge. kan man søge om hjælp til det? han er for stolt til selv at skrive

/ Charlotte""")

M("", """Hej Erhvervsservice

Hvad skal jeg gøre for at få en udeserveringstilladelse til min café? Jeg har et CVR-nummer 40119372 og EAN 5790001987366 til fakturering. Skal ansøgningen ske digitalt?

Med venlig hilsen
Café Strandly""")

M("ps", """Til Center for Byudvikling og Natur

Min mand Carsten og jeg (vi er to mænd) har fået et købstilbud på vores kolonihavehus i Haveforeningen Strandhaven. Køber er villig til at betale 380.000, men haveforeningens bestyrelse siger, at kommunen skal godkende prisen. Kan I det hurtigt? Køberen har en frist til næste fredag.

Venlig hilsen
Jens Bøgh""")

M("e", """Til byrådsmedlem Hanne Overgaard

Jeg er 70 og pensionist. Jeg har arbejdet som sygehjælper i 38 år og har kun folkepension og en lille ATP. Jeg har netop fået en regning på varme, som jeg ikke kan betale. Jeg har lavet en aftale med HOFOR, men jeg har ikke mere til mad resten af måneden. Jeg skammer mig over at skrive.

Hilsen
Inger Sand""")

M("pe", """Hej

Vi har solgt vores andelsbolig i Gildbrohave, men køberen har nu fortrudt inden for fortrydelsesfristen. Vi har derfor sat den til salg igen. Skal kommunen have besked, da vi har boligstøtte-bevilling knyttet til adressen?

Venlig hilsen
Rikke og Jannik""")

M("", """Til Center for Byudvikling og Natur

Hvornår sælger kommunen de sidste grunde ved Ishøj Strand? Jeg har hørt forskellige ting. Jeg er bare nysgerrig, for jeg bor i nærheden og vil gerne vide, om der kommer byggeri.

Mvh Arne""")

M("pb", """Til borgmester Merete Amdisen

Vi er bestyrelsesmedlemmer i Ishøj Evangeliske Frikirke, og personligt har jeg, Jonas Lind, som kasserer også bud på en bygning i Industrikvarteret til vores nye kirke. Sælger venter på, om kommunen vil ændre lokalplanen. Jeg er selv evangelisk kristen og ser frem til at kunne samle menigheden et permanent sted. Hvornår kommer sagen på udvalgets dagsorden?

Venlig hilsen
Jonas Lind""")

M("e", """hej
jeg er gået konkurs med min frisørsalon og har fået at vide at jeg skal tale med en skifteretten og kommunen. hvad skal kommunen bruge? jeg har ingen indkomst nu.
Hilsen Nour""")

M("pt", """Hi,

I am a British citizen, originally from Nigeria, and I live in Ishøj. I have agreed to buy the small office building on Håndværkerbyen 7 from its owner, but the contract is conditional on the municipality approving a change of use to a hair salon. Who do I contact, and how long will it take?

Best regards,
Chinedu Okafor""")

M("", """Til Center for Byudvikling og Natur

Vi er et ejendomsselskab. Hvad er reglerne for at omdanne erhvervslejemål til boliger i Ishøj Erhvervspark? Vi har ingen konkret ejendom endnu, vi undersøger markedet.

Venlig hilsen
NordEjendom A/S""")

M("e", """Til Jobcenter Ishøj

Jeg er 64 og har haft en lille tømrervirksomhed. Nu vil jeg søge seniorjob i kommunen, da jeg har brugt min dagpengeret. Hvordan gør jeg?

Hilsen
Jørn Bruun
[[210760-1983]]""")

M("ep", """Til borgerrådgiveren

Jeg er pensionist og har en ældrebolig-ansøgning inde. Samtidig prøver jeg at sælge mit hus i Ishøj Landsby. Køberen har fået et lån, men vil ikke skrive under, før han er sikker på, at jeg er flyttet til 1. marts. Jeg ved ikke, om jeg får en ældrebolig til den tid. Hvad kan jeg gøre?

Venlig hilsen
Asta Frederiksen""")

M("", """Hej

Jeg ejer en lille virksomhed og vil gerne have en medarbejder i praktik fra Ishøj Produktionsskole. Hvordan kommer vi i kontakt med skolen?

Hilsen
Morten, MB Cykler""")

M("p", """Kære udvalgsformand

Jeg har sat min erhvervsgrund ved Ishøj Havn til salg, og en køber har budt. Køberen vil have garanti for, at kommunen ikke ændrer lokalplanen i de næste fem år. Kan I give den slags garanti?

Med venlig hilsen
Flemming Skov""")

M("e", """Til Ishøj Kommune, Opkrævning

Jeg har et forfaldent beløb på 4.700 kr for skolefritidsordning. Jeg er selvstændig og venter på betaling fra to kunder. Kan jeg få henstand til næste måned?

Venlig hilsen
Tanja Rosendal""")

M("pe", """Til formand for Børne- og Undervisningsudvalget

Jeg er enlig mor til tre og har fået job i Aalborg. Jeg har sat min lejlighed på Ishøj Strandvej til salg, og køber har givet et betinget bud, men jeg kan ikke flytte før børnene har fået plads i skole og fritidsordning. Jeg har også søgt om økonomisk friplads, som ikke er behandlet.

Med venlig hilsen
Ditte Worm""")

M("", """Til Center for Beskæftigelse og Erhverv

Har kommunen en liste over virksomheder, der har fået erhvervsstøtte i 2023? Jeg er journalist og skriver om lokal erhvervsudvikling.

Mvh
Johan Møller, Ishøj Avis""")

M("e", """Kære Lene Wiberg

Jeg har været selvstændig i 20 år og har aldrig bedt om noget. Nu har jeg fået en regning fra Gældsstyrelsen på 180.000 kr., som jeg ikke kan betale. Jeg tror, at jeg skal lukke firmaet. Hvordan hjælper kommunen folk som mig?

Mvh
Jens Hovgaard""")

M("ptb", """Til Ishøj Kommune

Vi er en jødisk familie, og vi har været i forhandlinger om at købe et hus på Pilemøllevej i 3 måneder. Sælger har nu accepteret vores bud, men købet er betinget af, at kommunen godkender en tilbygning. Vi vil gerne være tæt på synagogen i København, men prisen i Ishøj er bedre. Sagsnr. 24/98112.

Med venlig hilsen
David og Ruth Meyer""")

M("", """Kære borgerrådgiver

Jeg har en klage over en erhvervsdrivende i Ishøj, der har lavet dårligt arbejde på mit tag. Kan I hjælpe mig med at få pengene tilbage?

Mvh
Karen""")

M("e", """Hej

Jeg er 72 og har fået en bøde for at køre med pensionistkort i bussen uden at have det med. Jeg har altid været pensionist og fået folkepension. Kan I bekræfte det over for Movia, så bøden kan blive annulleret? Mit pensionistkort ligger derhjemme.

Mvh
Gudrun Hagen""")
