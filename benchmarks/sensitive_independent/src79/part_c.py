"""corpus79 part C: property trades not yet concluded, short and messy."""
from common import M

M("p", """Emne: Bud på Ishøj Strandvej 112 - sælger vil vente til kommunen svarer om landzonetilladelse""")

M("p", """Hej. Vi har sat vores rækkehus i Vejleå Park til salg og en køber spørger om kommunen har planer om støjvold mod motorvejen. Hvornår ved I det? Mvh Helle og Kim""")

M("p", """Dzien dobry. Jeg og min kone vi har givet bud på hus i Torslunde, 2,4 million. Banken vil se lokalplan. Hvor finder jeg den? Piotr""")

M("p", """hej det er Bjarne jeg skal sælge min kolonihave i Ishøj Haveforening køberen vil gerne overtage 1 maj men foreningen siger kommunen skal godkende prisen er det rigtigt""")

M("p", """naboens hus i nr 9 skal på tvangsauktion i januar har jeg hørt. ved i om kommunen køber det?? det er helt forfaldent og der er rotter""")

M("p", """Hi, we are buying an apartment in Ishøj Strand, the contract is conditional on our lawyer's approval (advokatforbehold). Does the municipality have any pending cases on the building? Best, Mark & Julie""")

M("p", """Køberen er sprunget fra!!! fordi jeres tilladelse til tilbygningen ikke er kommet. Vi har haft huset til salg i 8 mdr. Det er jeres skyld. Vibeke Holm, Gammelgårdsvej""")

M("p", """Merhaba. Min bror vil købe en lille grund til værksted ved Industrivej, sælger vil have svar før fredag. Må man bygge værksted der? Tak, Emre""")

M("p", """hej vi skal sælge vores andel i A/B Strandhusene og bestyrelsen siger at købers lån skal godkendes først. har kommunen noget med det at gøre? mvh T""")

M("pe", """Vi er nødt til at sælge huset fordi vi ikke kan betale renterne efter min mand blev arbejdsløs. Ejendomsmægleren siger vi skal have papirer fra jer om kloakken. Hvor lang tid tager det? Mvh Hanne""")

M("p", """yo ka kommunen sige om der kommer nyt byggeri bag vores hus? vi har en køber som venter på svar lol stresset""")

M("p", """Køber vil have 150.000 i afslag pga. fugt i kælderen. Kan kommunen oplyse om der er registreret oversvømmelse på Lilletoften 4? Det vil hjælpe os i forhandlingen. Jens Erik""")

M("p", """Til Vej og Park

Gadelyset på Kirkebjerg Allé har været slukket i tre uger nu, fra nr. 2 til nr. 18, og det er ret uhyggeligt at gå hjem fra bussen om aftenen. Jeg har meldt det på appen to gange. Der er også et hul i fortovet ud for nr. 11 som nogen kommer til at falde i. Vi har forresten lige fået et bud på huset, så vi flytter måske til foråret, men indtil da vil jeg gerne kunne se hvor jeg går, og det vil de nye ejere nok også.

Venlig hilsen
Merete Juhl""")

M("p", """hej. jeg vil købe lejlighed i Ishøj Strand, jeg har set en i nr 19, 3. sal, og har snakket med sælger. han siger han venter på mig til januar. hvordan får jeg boligstøtte hvis jeg køber?""")

M("p", """Til Erhvervsafdelingen

Vores firma, Ishøj VVS ApS (CVR 34128876), ønsker at købe erhvervsgrund 14 på Industrivej Nord. Vi afgiver hermed bud på 1,8 mio. kr., betinget af en tilfredsstillende jordbundsundersøgelse.

Med venlig hilsen
Brian Koch, direktør""")

M("p", """Vi er tre søskende der skal sælge vores mors hus på Ishøj Stationsvej. Hun døde i sommer. Ejendomsmægleren har brug for en BBR-meddelelse, hvor får vi den? mvh Lotte""")

M("p", """Videresender fra ejendomsmægler.

> Fra: Nybolig Ishøj
> Køber har underskrevet med forbehold for finansiering. Vi mangler kommunens svar om skel mod nr. 16.

Kan I skynde jer? Mvh Sten Poulsen""")

M("p", """Hej, jeg hedder Omar. Jeg og min familie vil købe rækkehus på Kirkebjerg Allé, vi har været på fremvisning to gange og vi har lån godkendt. Men naboer siger der kommer motorvej. Er det rigtigt?""")

M("p", """Dear Sir, I am Rajan. I have made an offer on a house in Ishøj Landsby but the seller is asking about a permission for the old garage. How can I check if it was approved? Thank you""")

M("p", """hej vi har solgt men ikke helt endnu køber har fortrydelsesret 6 dage stadig og nu ringer naboen og siger kommunen vil fælde træerne ud til vejen kan i bekræfte det""")

M("p", """Huset ved siden af os, nr. 31, er sat til salg. Jeg vil gerne vide om den nye ejer må bygge i to etager, før nogen skriver under. Mvh Kirsten""")

M("p", """Vedr. salg af kommunal grund, Tranegilde

Jeg har givet bud og vedlægger underskrevet købstilbud.

Thomas Lund, cpr [[230671–1239]]""")

M("p", """vi har fået accept på vores bud på kolonihavehus i Strandgården men foreningen siger det skal godkendes af kommunen før overdragelse hvor lang tid tager det""")

M("pe", """Banken vil tvangssælge vores lejlighed hvis vi ikke betaler 40.000 før jul. Kan kommunen hjælpe?? Maria & Søren""")

M("p", """Emne: Lokalplan Vejleå Syd - hvornår vedtages den, vi har en køber på krogen""")

M("p", """vil gerne købe en af kommunens byggegrunde på Jydekrogen, nr 6, står den stadig til salg? har lånetilsagn fra banken""")

M("", """Vi drømmer om at købe hus i Ishøj engang, er der gode skoler i Torslunde? mvh Anders""")

M("", """Vi overtog huset på Søndergårdsvej 1. oktober, handlen er helt færdig. Hvornår kommer den nye affaldsbeholder? Ordrenr. 1510241127""")

M("", """Hvornår sælger kommunen de nye grunde i Ishøj Landsby? Er der venteliste? Tlf. 26 48 11 90""")

M("", """Hej hvad koster det at få vurderet sin ejendom? eller er det kun skat der gør det""")

M("", """Hvor kan man se hvilke huse der er til salg i kommunen? tænker bare generelt på priserne i Ishøj vs Greve""")

M("", """Emne: BBR - jeg købte lejligheden for to år siden og mangler stadig at få rettet kvadratmeterne. Ejendomsnr. 183-004512""")

M("", """ka jeg få en p-tilladelse til flyttebil d 30/11 foran Vejleåparken 22?""")

M("", """Til Teknik- og Miljøudvalget. Jeg er imod at kommunen sælger grønne områder til boligbyggeri ved Store Vejleå. Stop det! Hilsen Inge""")

M("", """Hvad er betalingsreferencen til ejendomsskat 1. rate? På opkrævningen står 2211567890 og +71<000000123456789+82345678<. Mvh Ove""")

M("", """Hej har i åben byggesagsvejledning om torsdagen? skal man booke tid? mvh""")

M("", """Jeg er ejendomsmægler hos home Ishøj og vil høre hvilke dokumenter kommunen kan udstede digitalt. Med venlig hilsen Carsten Berg""")

M("pu", """Jeg er tillidsrepræsentant for 3F på byggepladsen og skal selv sælge mit hus på Ishøj Strandvej - køber spørger om vejbidrag. Hvem ved det? Kim""")

M("p", """Hej kommunen

Jeg skriver om hundeskoven ved Ishøj Sø, som jeg går i hver dag med vores to labradorer. Lågen er gået i stykker igen og der er huller i hegnet ud mod cykelstien, så en af hundene løb ud i mandags og var tæt på at blive kørt ned. Vi er mange der bruger den og vi vil gerne hjælpe til med at reparere. Vi har godt nok bud inde på et hus i Torslunde og håber at flytte derud i det nye år, men indtil videre er det her vi går. Kan nogen fra kommunen kigge på hegnet?

Venlig hilsen Pia""")

M("p", """hej er det jer der skal godkende at vi sælger vores ejerlejlighed til min svoger? han vil give 1,6 mio og vi er enige, advokaten spørger""")

M("pe", """Min ekskone og jeg skal sælge huset efter skilsmissen, hun vil ikke skrive under på salgsopstillingen. Hvad gør jeg? Kasper""")

M("pt", """Hei! Jeg er norsk og har nettopp lagt inn bud på en leilighet i Ishøj. Megleren spør om fjernvarme er obligatorisk her. Hilsen Ingrid""")

M("p", """Vi har underskrevet købsaftale med forbehold på Brohusevej 7. Køberne er Mette Skov [[110285-2020]] og Rune Skov [[020483-1735]]. Mægleren beder om kommunens attest.

mvh sælger, Poul Erik Dam""")
