"""corpus86 part B: property trades not yet concluded, in threads with the
municipality, estate agents and buyers; concluded trades and plot questions as
negatives."""
from common import M

M("p", """
Emne: SV: Kvittering - spørgsmål om lokalplan for Ishøj Landsby

Tak for kvitteringen. Jeg skal lige uddybe hvorfor det haster: vi har en køber til
huset på Ishøj Landsby 9, og hun har skrevet under på købsaftalen med forbehold for,
at hun må bygge en tilbygning på 30 m2. Hvis svaret ikke kommer inden 1. december,
kan hun træde tilbage.

Med venlig hilsen
Jørgen Vestergaard

-----Oprindelig meddelelse-----
Fra: Center for Byudvikling og Natur
Sendt: 5. november 2026 11:02
Emne: Kvittering - spørgsmål om lokalplan
Vi har modtaget din henvendelse og svarer senest 19. november 2026.
""")

M("p", """
Hej Torben (byrådsmedlem)

Kan du hjælpe mig med at få svar fra kommunen? Jeg sætter min mail nedenfor.

Birgit

> Fra: Birgit Hald
> Til: Byggesag@ishoj.dk
> Sendt: 21. oktober 2026
> Emne: Manglende færdigmelding af udestue
>
> Vi har sat huset til salg hos EDC, og køberen vil ikke skrive under, før
> udestuen fra 2014 er færdigmeldt. Ejendomsmægleren siger, det er en fejl hos jer.
> Sagen er fra dengang, nr. 2014-1177. Hvornår kan I få den lukket?
""")

M("", """
Hej

Vi overtog huset på Gadekærvej 14 den 1. august, og handlen er for længst på plads.
Nu har vi fået en regning for ejendomsskat for hele året, selvom den forrige ejer
betalte for første halvår. Kan I rette det? Ejendomsnummer 183-0021554.

Mvh Kasper og Nanna

> Fra: Opkrævningen, Ishøj Kommune
> Ejendomsskattebillet 2026 for Gadekærvej 14, 2635 Ishøj.
""")

M("p", """
Dear Ishøj Municipality,

We are selling our townhouse at Strandgårdsparken and have accepted an offer from a
young family, subject to their bank's approval. The buyers' lawyer asks whether there
are any outstanding municipal claims on the property (e.g. unpaid fees). Could you
send us a statement of that?

Kind regards,
Helen and David Marsh

> Thank you for your enquiry. We have forwarded it to Opkrævningen.
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har set jeres pressemeddelelse om at kommunen vil sælge storparcellerne ved
Ishøj Landsby. Hvornår kommer de til salg, og bliver der budrunde eller fast pris?

Venlig hilsen
Rikke Skov
""")

M("pe", """
Hej Erhvervs- og Beskæftigelsesudvalget,

Jeg har drevet min frisørsalon på Ishøj Stationsvej i 12 år, men efter corona har jeg
fået en gæld til Skattestyrelsen på 180.000 kr., og jeg er nødt til at sælge lokalet.
Der er en køber, men han vil kun købe, hvis han kan ændre brugen til café. Kan I
hjælpe med at få en hurtig afklaring?

Karin Duus

> Den 3. nov. skrev Erhvervsservice:
> Tak for din henvendelse. En erhvervskonsulent kontakter dig.
""")

M("p", """
Fra: Mikkel Borup
Til: Kristian (nabo)
Emne: VS: Forkøbsret til garagen

Kristian, se kommunens svar nedenfor. De mener ikke, der er tinglyst forkøbsret,
så du kan byde på garagen, hvis du vil. Vi sælger den sammen med huset, og vi har
allerede fået et bud fra en anden, så du skal skynde dig.

Mikkel

-----Oprindelig meddelelse-----
Fra: Matrikel og Ejendom, Ishøj Kommune
Der er ikke tinglyst forkøbsret for kommunen på matr. nr. 12cx.
""")

M("p", """
Re: Re: Andelsbolig Vejleå Park - godkendelse af overdragelse

Tak for svaret, men jeg forstår ikke hvorfor kommunen skal godkende prisen? Køberen har
sagt ja til 640.000 kr. og vi mangler kun jeres accept. Hun har sagt op i sin lejlighed
pr. 1. januar.

Ulla Brandt

> > Andelsboligforeningen har oplyst, at prisen overstiger maksimalprisen.
> Vi kan først godkende, når vurderingsrapporten foreligger.
""")

M("p", """
Til borgmesterens PA

Min mor er død i sommer, og vi (tre søskende) skal sælge hendes hus på Torslundevej.
Vi har haft en køber, der sprang fra i sidste uge, fordi kommunen ikke kunne sige om
der kommer støjvold langs motorvejen. Kan borgmesteren ikke svare på det?

Venlig hilsen
Lene Holt

> Kvittering: Borgmesteren har modtaget din henvendelse og svarer inden 10
> arbejdsdage.
""")

M("", """
Hej

Jeg vil gerne vide, om huset på Vejleåvej 53 er fredet eller bevaringsværdigt. Vi har
boet her siden 1989 og vil gerne skifte vinduerne. Hvem skal vi søge hos?

Mvh Else og Jørgen Hvid
""")

M("pe", """
Hej Kirsten

Tak for din mail i går. Ja, huset skal på tvangsauktion 14. januar, fordi vi ikke har
kunnet betale på lånet siden Michael blev fyret. Vi har en køber, der måske vil købe
det før, men banken skal godkende. Kan kommunen udsætte kravet om restskat?

Anja

> Den 10. nov. 2026 kl. 16.20 skrev Kirsten Mose, gældsrådgivningen:
> Hej Anja, jeg har set på jeres papirer. Hvornår er auktionen?
""")

M("", """
Hej

Tak for jeres brev om at skøde og lånepapirer er tinglyst, og at salget af parcellen
på Tranegildevej er endeligt gennemført. Vi har nu betalt købesummen, og vi vil gerne
vide, hvornår vi kan få byggetilladelse. J.nr. 02.34.02-G01-0551-26.

Hilsen
Malene og Steffen
""")

M("pb", """
Kære Teknik- og Miljøudvalg

Vi er en menighed (Pinsekirken Ishøj), og jeg er vores pastor. Vi har fået et tilbud
på en tidligere butik i Ishøj Bycenter, og sælger venter på vores svar til
fredag. Må vi holde gudstjenester der efter lokalplanen?

Velsignet hilsen
Pastor Johannes Aagaard
""")

M("", """
Hej Pinsekirken

Videresender jeres spørgsmål til Byggesag. I hører fra dem.

Venlig hilsen
Sekretariatet for Teknik- og Miljøudvalget

> Fra: Pinsekirken Ishøj, bestyrelsen
> Vi søger nye lokaler til vores søndagsmøder. Hvilke områder i kommunen
> tillader forsamlingslokaler?
""")

M("p", """
hej

vi har budt på rækkehuset i Strandgårdsparken nr 74 og sælger har accepteret men vi
skal lige vide om der er planlagt noget byggeri på marken bagved? mægleren siger vi
skal spørge kommunen. vi har 6 hverdage til at træde tilbage

Jeppe og Line
""")

M("p", """
Emne: Re: Kolonihave nr. 43, Ishøj Haveforening

Kære Søren (sekretær for Kultur- og Fritidsudvalget),

Tak for hurtigt svar. Så bestyrelsen kan altså godt godkende handlen, selvom
køberen ikke står øverst på ventelisten? Vi har aftalt 85.000 kr. for huset, og hun
vil gerne overtage før jul, men overdragelsen er ikke skrevet under endnu.

Mvh Gunnar Wind

> Den 9. nov. 2026 skrev Søren Lyng:
> Kolonihavehuse sælges efter foreningens vedtægter. Kommunen ejer jorden.
""")

M("", """
Kære Ishøj Kommune

Vi har købt grunden på Baldersbo og fået skødet i juni. Nu vil vi gerne bygge et hus
på 180 m2. Må vi bygge i to etager?

Hilsen
Claus Mørk
""")

M("pt", """
Hello,

My wife and I are Dutch, we moved here three years ago and now we need to sell our
house on Ishøj Søvej because of a job in Rotterdam. The buyers ask for a "servitut"
document about the shared driveway. The agent cannot find it. Where can we get it
before the deal is signed?

Thanks,
Pieter de Vries
""")

M("", """
Hi,

Thank you for the receipt below. Just to add: the address of the house we are
asking about is Ishøj Strandvej 134. We are only interested in whether the roof can
have solar panels. The case number you gave is 2026-19922.

Regards,
Nigel Osborne

> Receipt: we have received your enquiry and will answer within 10 working days.
""")

M("pe", """
Til Borgerrådgiveren

Jeg er ved at blive skilt, og vores fælles hus på Bredekærs Vænge er sat til salg. Min
tidligere mand nægter at skrive under på salgsopstillingen, og ejendomsmægleren kan
ikke gå videre. Kommunen har ringet og sagt at de vil tale med os om børnenes adresse.
Hvad har kommunen med salget at gøre?

Med venlig hilsen
Sanne Hjort
CPR [[110581\u00a02426]]
""")

M("p", """
Hej

Vi har en betinget købsaftale på en erhvervsgrund i Ishøj Erhvervspark (matr. 4ag),
betinget af at kommunen giver tilladelse til at vi opfører et lager på 3.000 m2.
Hvornår kan vi forvente en afgørelse? Vores finansiering løber ud 31. januar.

Med venlig hilsen
Per Bøgh, direktør
Bøgh Transport ApS, CVR 38127741
""")

M("", """
Hej Erhvervsservice

Vi er et lille firma (CVR 41773309, p-nr. 1024568812) og har lejet lokaler på
Industriskellet. Vi vil gerne høre om tilskud til energirenovering.

Mvh
Lotte Brask, Brask Design
""")

M("phe", """
Kære Social- og Sundhedsudvalget

Min far Hans har Parkinson og kan ikke længere bo i sit hus. Vi har sat huset på
Torslunde Bygade til salg og har fået et bud, men han skal have et sted at bo, før vi
kan sige ja. Vi venter på jeres afgørelse om plejebolig.

Pia Dam

> Kvittering: Visitationen har modtaget ansøgningen om plejebolig for Hans Dam.
""")

M("p", """
Videresendt af: Tove Bay

---------- Forwarded message ---------
Fra: Ole Madsen <ole.madsen.ishoj@gmail.com>
Til: Tove Bay
Dato: 8. nov. 2026
Emne: huset

Hej Tove, vi har nu haft tre fremvisninger, og køberne fra Greve vil give 3,1 mio.
Men de spørger til den gamle olietank i haven. Kan du spørge din kontakt i kommunen?

Ole

Tove's note: Hej kommune, kan I svare Ole? Tanken blev vist sløjfet i 2005.
""")

M("p", """
SV: Ansøgning om udstykning, sag 2026-6625

Tak for afgørelsen. Vi har allerede en køber til den nye grund, men han har sagt, at
han kun vil skrive under, hvis der er lov til at bygge op til 250 m2. Det står ikke i
jeres afgørelse. Kan I bekræfte det?

Mvh Henrik Bendtsen
""")

M("", """
Re: Projekt salg af kommunale byggegrunde

Hej Line
Tak for oplægget. Jeg har ingen bemærkninger til prissætningen, kun til tidsplanen: det
er realistisk at annoncere i februar, men udbuddet bør først slutte efter vinterferien.

Mvh Niels Rask, projektleder
""")

M("pu", """
Hej

Jeg er tillidsrepræsentant for 3F på Ishøj Havn, men skriver privat. Jeg og min kone
sælger vores lejlighed i Ishøj Strand, og køberen har trukket sig, fordi
kommunen har givet tilladelse til et nyt højhus, der tager udsigten. Kan man klage over
den tilladelse nu?

Hilsen
Lars Ebbesen
""")

M("p", """
Subject: Re: Re: Our house sale - energy label

Dear Ms. Brix,

Thanks again. We have the new energy label now. The buyers' last condition is the
building permit for the conservatory, which we believe was never registered. We are
to close on December 15th if this is resolved. Please help!

Best regards
Anna Kowalczyk

> On 6 Nov 2026, at 09:11, Brix, Center for Byudvikling og Natur wrote:
> The energy label is handled by a private energy consultant, not the municipality.
""")

M("p", """
Kære byrådsmedlem Sofie Lund

Vi bor i nr. 23 på Kirkebjerg Allé. Naboen i nr. 21 har sat sit hus til salg, og
mægleren påstår, at det hegn, vi satte op sidste år, står på deres grund. Vi vil ikke
ødelægge deres salg, men vi vil heller ikke flytte hegnet, før en landinspektør har
målt. Hvad gør vi?

Mvh Henrik Slot
""")

M("", """
Hej Henrik

Tak for din mail. Det er en privatretlig sag mellem jer og naboen, som kommunen
ikke kan tage stilling til. Jeg kan henvise til en landinspektør.

Venlig hilsen
Sofie Lund, byrådsmedlem

> Fra: Henrik Slot
> Emne: hegn
> Hegnet mellem os og nr. 21 står måske 40 cm inde på deres grund.
""")

M("pe", """
Hej Center for Voksne og Velfærd

Jeg har været på kontanthjælp siden marts og har fået at vide, at jeg skal sælge min
bil og min andel i sommerhuset for at blive ved med at få hjælp. Min bror vil købe
min andel, men vi kan ikke blive enige om prisen. Hvor lang tid har jeg?

Vh Michelle
""")

M("p", """
Emne: SV: Tilladelse til skilt - Tranegilde Planteskole

Hej
Tak for tilladelsen. Vi er i gang med at sælge planteskolen, og køberen vil gerne
vide, om skiltetilladelsen følger med ejendommen. Handlen er aftalt til 1. marts, men
ikke underskrevet.

Med venlig hilsen
Ib Tranegaard
""")

M("", """
Hej kommune

Jeg har lige fået brev om ny ejendomsvurdering. Hvordan kan den være steget 18 %?
Vi har ikke bygget noget om. Skal jeg klage til jer eller Vurderingsstyrelsen?

Hilsen Jette Bang, Tranegilde Strandvej 8
""")

M("pt", """
Til Byggesag

Vi er en polsk familie, og vi er ved at købe huset på Ishøj Parkvej 19. Vi har fået
lov til at se huset to gange, men i salgsopstillingen står der, at kælderen ikke er
godkendt til beboelse. Kan I sende os byggesagen, før vi skriver under?

Tak
Tomasz og Agnieszka Nowak
""")

M("p", """
Til hovedpostkassen

Videresender mail fra min mægler, da jeg ikke ved hvem i kommunen der har sagen.

Marianne Hess

-----Oprindelig meddelelse-----
Fra: Home Ishøj
Til: Marianne Hess
Emne: Salg af Ishøj Søvej 88

Kære Marianne
Køberne har nu sendt et bud på 4.275.000 kr. med forbehold for at kommunen
bekræfter at der ikke er påbud på kloakken. Vi skal bruge en kloakattest.
""")

M("", """
Hej Spildevand

Tak for kloakplanen for Ishøj Søvej 90, som jeg fik i dag. Jeg skal bruge den, når
vi lægger nye drænrør ved terrassen i foråret. Sagsnummeret I gav mig er
06.01.03-G01-2041-26, skal jeg bruge det, hvis vi søger om at koble regnvand fra?

Med venlig hilsen
Flemming Iversen
""")

M("ph", """
Hej

Min kone har fået konstateret ALS, og vi bliver nødt til at sælge vores hus med trapper
og finde en lejlighed i stueplan. Vi har sat det til salg i oktober og har en
interesseret køber. Bygger kommunen nye lejeboliger i stueplan i Vejleå Park, og
hvornår åbner ventelisten?

Knud Erik Olsen
""")

M("p", """
hej, er det jer der skal godkende at vi må sælge kolonihavehuset til min svoger?
foreningen siger vi skal have kommunens ok fordi det er en kommunal grund. han har
sagt ja til prisen, 62.000

Mvh Brian
""")

M("", """
Kære Jens (formand for Teknik- og Miljøudvalget)

Jeg har fået svar fra din sekretær, at punktet om trafiksikkerhed ved Ishøj Søvej
kommer på dagsordenen i januar. Jeg vil gerne vide præcis hvilken dato, så
grundejerforeningen kan møde op.

Hilsen
Margit Kaas

> Kære Margit, punktet behandles på et møde i januar. Dagsordenen offentliggøres en
> uge før.
""")

M("p", """
Til Borgerservice

Vi skal bruge en udskrift af BBR for Vildtbanegårdsvej 6 i en fart. Vi har solgt
huset betinget af at køberens advokat godkender BBR-oplysningerne, og der står en
forkert boligflade. Advokatforbeholdet udløber mandag.

Karsten og Helle Nygaard
""")

M("pe", """
Hej igen Lene

Som aftalt sender jeg papirerne fra banken. Som du kan se har vi en restgæld på
1,4 mio. og et bud på huset på 1,3 mio., så vi kan ikke sælge uden at stå med gæld. Vi
har ikke råd til både huslejen i den nye lejlighed og afdragene. Kan vi søge om
hjælp fra kommunen?

Thomas

> Den 4. nov. 2026 skrev Lene, Gældsrådgivningen:
> Send mig dokumentation fra banken, så ser vi på det.
""")

M("", """
Hej

Vi har fået jeres brev om de kommunale garageanlæg på Vejleå Torv. Hvad sker der
med lejekontrakterne, hvis anlægget renoveres? Jeg lejer selv garage nr. 17.

Venlig hilsen
Poul Winther
""")

M("p", """
Hej Maria fra Byggesagsafdelingen

Lige et hurtigt spørgsmål: Køberen vil gerne have ibrugtagningstilladelsen til
tilbygningen, før de overtager huset. Vi har aftalt overtagelse 1. januar, men det er
ikke endeligt. Kan den sendes til min mail?

Sebastian Friis
Ishøj Boulevard 11

Den 9. nov. kl. 13.45 skrev Maria Bruun:
> Din sag om tilbygningen er afsluttet. Ibrugtagningstilladelsen følger med posten.
""")
