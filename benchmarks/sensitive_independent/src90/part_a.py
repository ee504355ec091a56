"""corpus90 part A: debt to the municipality, restskat, inkasso, rent arrears and
eviction; invoices, waste fees and look-alike numbers as negatives."""
from common import M

M("e", """
Til Borgerservice

Jeg har fået en rykker fra Gældsstyrelsen på 14.380 kr. for restskat fra 2024. Jeg
troede den var betalt over forskudsopgørelsen. Jeg har ikke råd til at betale det hele
på én gang, jeg er på dagpenge siden august. Kan jeg få en afdragsordning, og kan I
hjælpe mig med at søge om det?

Venlig hilsen
Rasmus Kjeldsen
Vejleåvej 42, 2635 Ishøj
""")

M("e", """
hej

min udlejer har sendt en opsigelse fordi jeg skylder 2 mdr husleje. jeg skal være
ude 1. feb. har 2 børn på 5 og 8. hvor skal vi bo?? kan kommunen gøre noget

Jannie
""")

M("", """
Kære Center for Borger, Økonomi og IT

Jeg har modtaget en faktura på ejendomsskat for første rate 2027 (fakturanr.
2701150883). Beløbet er 9.412,50 kr., men på skattebilletten står der 9.214,50 kr.
Er der sket en tastefejl et sted? Jeg vil gerne betale det rigtige beløb.

Ejendomsnummer: 183-004412
Med venlig hilsen
Knud Aagaard
""")

M("e", """
Kære borgmester

Jeg skriver til dig, fordi jeg ikke ved hvor jeg ellers skal gå hen. Min søster Gitte
Mølgaard, som bor i Strandparken, er sat ud af sin lejlighed i sidste uge. Hun har
ikke betalt husleje siden sommer, og fogeden kom med en låsesmed. Nu sover hun på min
sofa, men jeg har selv to børn på 40 m2.

Hun har ikke selv overskud til at skrive. Jeg vedlægger en fuldmagt fra hende.

Med venlig hilsen
Bente Mølgaard
""")

M("he", """
Til borgerrådgiveren

Jeg vil klage over den måde kommunens opkrævning har behandlet mig på. Jeg skylder
for daginstitution for min søn, ca. 6.000 kr., fordi jeg har været indlagt på
psykiatrisk afdeling i Glostrup i seks uger i foråret og ikke har åbnet min post.
Da jeg ringede, fik jeg at vide at "det er ikke vores problem" og at sagen går til
inkasso. Jeg ville bare have en afdragsordning.

Jeg vil gerne være anonym over for medarbejderen.

Hilsen
en mor fra Ishøj Landsby
""")

M("", """
Hej

Vi har modtaget regning for renovation 2027, kundenr. 1412800317. Vi har skiftet til
14-dages tømning af restaffald i oktober, men regningen er for ugetømning. Kan I sende
en ny?

Mvh
Familien Holt, Ishøj Strandvej 96
""")

M("e", """
Hej Lise

Jeg skriver til dig som formand for Økonomiudvalget, fordi jeg synes kommunen er
alt for hård ved folk der skylder. Jeg er selv et eksempel: jeg skylder kommunen
23.000 kr. i tilbagebetaling af boligstøtte, fordi min kæreste flyttede ind uden at
jeg meldte det. Det var en fejl, det indrømmer jeg. Men nu trækker de 1.900 kr. om
måneden i min løn, og det kan jeg ikke leve af.

Kan man ikke lave en politik om lavere træk?

Morten
""")

M("", """
Til Økonomiudvalget

Vi er en gruppe pensionister i Ishøj Nord, som har diskuteret kommunens
inddrivelsespolitik på vores sidste møde. Vi synes det er forkert, at kommunen sender
sager til inkasso så hurtigt, og vi vil foreslå, at man altid ringer til borgeren
først. Det er bedre for alle.

Vi håber forslaget kommer på udvalgets dagsorden.

På vegne af Seniorklubben Ishøj Nord
Else Frandsen, formand
""")

M("e", """
Subject: Debt collection letter - I don't understand

Hello,

I got a letter from Gældsstyrelsen in Danish saying I owe 3,240 kr to Ishøj Kommune
for "for meget udbetalt børneydelse". I have only lived here since March and I did not
know I received too much. I work part-time in a restaurant and I can pay maybe
500 kr per month. Who do I talk to?

Best regards,
Tomasz
""")

M("", """
Subject: invoice question

Hi,

Our company received invoice no. 2906740112 from Ishøj Kommune for the rental of
Ishøj Idrætscenter hall B on 14 November. We were told the price would be 2,800 kr,
but the invoice says 3,500 kr. Could you check this? Our EAN is 5790002411873.

Kind regards,
Sofie Lindqvist
Office manager, Nordlys Events ApS
""")

M("e", """
Kære Center for Borger, Økonomi og IT

Jeg har fået jeres brev om at I modregner 4.100 kr. i min overskydende skat for
ubetalt forældrebetaling. Men min eksmand og jeg blev skilt i 2025, og aftalen var at
han betalte for børnehaven. Det står i bodelingen. Hvorfor er det mig der skal betale?

Med venlig hilsen
Pernille Skov
""")

M("", """
Hej

Jeg vil bare høre hvornår næste rate af ejendomsskatten forfalder. Jeg kan ikke finde
datoen på borger.dk, og jeg vil gerne sætte den til betalingsservice.

Tak
Hans-Jørgen
""")

M("eh", """
Til borgmesterens sekretariat, att. Jette

Jeg ved godt borgmesteren ikke kan gøre noget ved min sag, men jeg vil bare have at
han ved hvordan det er. Jeg har fået en udsættelsesbegæring fra Boligselskabet
Vejleå, fordi jeg skylder 18.600 kr. i husleje. Jeg har været sygemeldt med en
diskusprolaps siden marts og har ventet på sygedagpenge i fire måneder, fordi
jobcentret har mistet mine papirer to gange.

Fogedretten er den 12. januar.

Venlig hilsen
Leif Sandberg
""")

M("e", """
hej jeg har fået brev fra inkasso (Lowell) på en gammel mobilregning + en fra kommunen om
daginstitution. jeg er 22 og har ingen job lige nu. hvad gør jeg først?
""")

M("", """
Til opkrævningen

Vedr. jeres betalingspåmindelse af 3. december, betalings-id 71+ 049118267430112.

Beløbet er betalt den 28. november fra vores konto i Lån & Spar (reg. 0400, konto
4010 558 293). Jeg vedhæfter kvitteringen. Vær venlig at annullere påmindelsen og
rykkergebyret.

Venlig hilsen
Gunnar Friis
""")

M("e", """
Kære Ulla Madsen (formand for Social- og Arbejdsmarkedsudvalget)

Jeg er enlig far og har fået afslag på enkeltydelse til depositum til en ny lejlighed.
Den lejlighed vi bor i nu er solgt, og vi skal være ude til marts. Depositum er
42.000 kr. og jeg har ikke en opsparing. Jeg arbejder fuld tid i Netto, men lønnen
rækker lige til husleje og mad.

Kan man anke et afslag på depositumslån?

Med venlig hilsen
Kenneth Brix
""")


M("e", """
Til Borgerrådgiveren

Jeg blev sat ud fra min lejlighed på Ishøj Boulevard for tre uger siden. Nu bor jeg i
min bil. Jeg har været på Borgerservice to gange og fået at vide at jeg skal
skrive mig op til en almen bolig, men der er 8 års venteliste. Er der virkelig ikke
noget akut? Jeg føler ikke jeg bliver hørt.

Dennis (43)
tlf. 28 44 19 06
""")

M("e", """
Kære Jens

Du kender mig fra fodboldklubben. Jeg skal lige høre dig om noget privat. Min mor på
79 har fået brev om at hun skylder kommunen for meget udbetalt ældrecheck, næsten
11.000 kr. Hun har kun folkepensionen og er helt ude af den. Hun tør ikke selv ringe.
Hvem kan vi tale med?

Hilsen
Claus Bjerre
""")

M("", """
Til byrådet

Jeg mener at kommunens rykkergebyrer er for høje. 100 kr. for en rykker på en regning
der kun er tre dage for sent betalt er urimeligt, når man tænker på hvad det koster at
sende en mail. Jeg håber I vil se på det i budgettet.

Med venlig hilsen
Arne Rytter
""")

M("e", """
Kære Borgerservice

Tak for mødet i går. Som aftalt sender jeg oversigten over min gæld:

- SKAT/Gældsstyrelsen: 31.200 kr (restskat 2023 og 2024)
- Ishøj Kommune, for meget udbetalt kontanthjælp: 8.750 kr
- Intrum (Telia): 4.120 kr
- Boligselskabet, restance: 6.300 kr

Jeg håber vi kan finde en løsning før jeg bliver sat ud.

Med venlig hilsen
Sabrina Juhl
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har betalt gebyr for byggesagsbehandling (faktura 300126-7734) for vores
carport, men jeg har ikke fået en tilladelse endnu. Det er 9 uger siden. Hvor langt
er sagen?

Sagsnr. 02.34.02-P19-4410-26

Hilsen
Mikkel Steffensen
""")

M("he", """
Hej

Jeg skriver på vegne af min far, Bent Olesen, Gildbrovej 12. Han har Alzheimer og har
i et halvt år ikke betalt sine regninger, uden at nogen opdagede det. Nu har han fået
inkasso på el og vand, og kommunen har sendt restancebrev på ejendomsskatten. Vi er ved
at søge om at blive værger. Kan kommunen stille opkrævningen i bero imens?

Med venlig hilsen
Helle Olesen Damgaard
""")

M("e", """
Subject: Eviction - urgent

Dear Sir/Madam at the citizen advisor's office,

My landlord has given me notice to leave my room in Ishøj Centret by the end of the
month. He says I owe him 9,000 kr, but I paid in cash and he never gave me receipts.
I am a student and I have no family here. Can the municipality help me or tell me
where to go? I have nowhere to sleep after the 31st.

Thank you,
Daniel
""")


M("e", """
Til udvalgsformand for Teknik- og Miljøudvalget, cc sekretær

Jeg ejer et lille rækkehus på Tranegilde Ager, og jeg er blevet arbejdsløs i
september. Jeg har fået en opkrævning på 17.800 kr. for kloakseparering, som
kommunen har pålagt os. Jeg kan simpelthen ikke betale det nu. Er der mulighed for at
få henstand eller lån i ejendommen, som andre kommuner tilbyder?

Venlig hilsen
Torben Ravn
""")

M("", """
Til Teknik- og Miljøudvalget

Vi har fået et påbud om kloakseparering i hele Tranegilde Ager. Vi vil gerne vide,
hvorfor kommunen ikke tilbyder lån i ejendommen, som man kan i Greve og Vallensbæk.
Det er et politisk spørgsmål som vi mener udvalget bør tage stilling til.

Med venlig hilsen
Bestyrelsen, Grundejerforeningen Tranegilde Ager
""")

M("e", """
hej Kirsten du sagde til vælgermødet at man bare kunne skrive til dig. jeg har fået
lønindeholdelse på 20 % for gammel restskat og daginstitution og jeg har 3200 kr
tilbage om måneden efter husleje. det er umuligt med to drenge. kan du se på det
mvh Lærke
""")

M("", """
Hej

Er det muligt at betale ejendomsskat og renovation over betalingsservice med to
forskellige konti? Vi er to ejere og vil gerne dele det.

Mvh Casper Lunde og Mads Ibsen
""")

M("e", """
Kære Borgerservice

Min kone og jeg har fået en opkrævning fra Udbetaling Danmark på tilbagebetaling af
boligstøtte for 2025, i alt 6.215 kr. Vi forstår ikke beregningen, fordi min kones
indkomst faldt, da hun blev afskediget fra sit job i Hvidovre i april. Hvordan kan
vi så have fået for meget?

Med venlig hilsen
Erik Bagger
""")

M("", """
Til kommunen

Jeg har fået en faktura (nr. 0711842290) for leje af kolonihavehus, men vi har
opsagt haven pr. 1. oktober. Jeg håber I vil kreditere den.

Mvh Bettina Dahl, have 48, HF Strandhaven
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg har fået afslag på hjælp til betaling af huslejerestance efter § 81 med den
begrundelse, at jeg har "handlet uforsvarligt". Jeg har købt en ny telefon på
afbetaling, ja, men jeg skal bruge den til at søge job. Jeg vil klage over
afgørelsen.

Med venlig hilsen
Nadja Eskildsen
Sagsnr. hos jer: 15.00.00-G01-2213-26
""")

M("h", """
Kære Ole (formand for Social- og Sundhedsudvalget)

Jeg skylder ikke kommunen noget, det vil jeg gerne sige først. Men jeg er blevet
ringet op af en fra opkrævningen, som troede jeg var min bror. Jeg har fortalt hende
at jeg har kræft og er i behandling og ikke har kræfter til at blive råbt af i
telefonen. Kan man ikke lave en bedre kontrol af, hvem man ringer til?

Venlig hilsen
Poul Egede
""")

M("", """
Hej

Jeg har fået to ens girokort for hundeafgift? Jeg troede hundeafgiften var afskaffet.
Kunde nr. 2204593318.

Mvh Torsten
""")

M("e", """
Til borgmesteren

Jeg skriver om min nabo i nr. 7. Han har fået besked på at flytte fordi han skylder
husleje, og han har ikke nogen familie. Han er 71 og lidt forvirret. Jeg synes
kommunen skal vide det, så de kan hjælpe ham, før han står på gaden. Han hedder
Svend Kirkegaard, Gadekæret 7, st. tv.

Mvh Inger Kold
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg er bogholder i en andelsboligforening og har spørgsmål til jeres
rykkerprocedure for vandafgift. Vi får opkrævningen kvartalsvis. Hvis vi betaler
indenfor 5 dage efter forfald, kommer der så gebyr på? Vores kundenummer er
4419-2203-11.

Mvh
Birgitte Lehmann
A/B Tranehaven
""")

M("e", """
Kære Jobcenter Ishøj

Jeg har fået et brev om at jeg skal betale 12.400 kr tilbage i dagpenge, fordi jeg har
arbejdet 3 dage i oktober som jeg ikke fik registreret. Jeg har ingen penge. Kan det
trækkes over en lang periode? Jeg er stadig ledig.

Med venlig hilsen
Michael Hove
""")

M("e", """
Til: Hovedpostkassen

Videresendt fra byrådsmedlem Finn Lauritzen med anmodning om at sagen behandles af
relevant center.

---
Fra: Rikke Vang
Til: Finn Lauritzen

Kære Finn. Jeg har fået en regning på 28.000 kr. for beskæring af en hæk mod stien og
fjernelse af et hegn, som kommunen mener jeg skal betale fordi jeg ikke gjorde det
selv. Jeg har ikke pengene, jeg er på kontanthjælp. Mvh Rikke
""")

M("", """
Til kommunen

Hvorfor har jeg fået en opkrævning på vejbidrag? Jeg troede det var dækket af
ejendomsskatten. Er det en ny ordning? Regning nr. 1903882145, forfald 15/1.

Venlig hilsen
Preben Kvist
""")

M("e", """
Hej

jeg skal bare høre om man kan få hjælp til en flyttebil når man er blevet sat ud. vi
skal ud på fredag og vi har ingen penge. min kone og mig og vores to små.

Ali
""")


M("e", """
Kære borgerrådgiver

Jeg har klaget over at kommunen har sendt min gæld til Gældsstyrelsen mens jeg
havde en aftale om afdrag med opkrævningen. Jeg har betalt hver måned siden maj, men
nu står der en udlægsforretning i min e-Boks. Jeg har klaget for 7 uger siden og ikke
fået svar. Hvad kan du gøre?

Med venlig hilsen
Hasse Winther
""")

M("", """
Hej

Jeg har fået en p-afgift på parkeringspladsen ved Ishøj Bycenter, afgiftsnr. 251126-0093.
Er det kommunen eller et privat firma der har udstedt den? Den ser mærkelig ud.

Mvh Jesper
""")
