"""corpus86 part D: sexual orientation in threads and forwarded mails; Pride,
partners of unknown sex and opinions on rainbow flags as negatives."""
from common import M

M("s", """
Emne: SV: Bekræftelse af vielse på Ishøj Rådhus

Hej Vielseskontoret

Tak for bekræftelsen. Der er bare en fejl: der står "brud og brudgom", men vi er to
mænd, Anders og jeg. Kan I rette det i papirerne til "to brudgomme"? Det betyder meget
for os.

Kærlig hilsen
Mikkel Dahl

> Vi bekræfter hermed jeres vielse lørdag den 5. december kl. 11.00 i byrådssalen.
> Husk at medbringe to vidner.
""")

M("", """
Hej Vielseskontoret

Vi vil gerne giftes på rådhuset i maj. Hvilke lørdage er der ledige tider? Vi bliver
ca. 30 gæster.

Venlig hilsen
Signe og Christoffer
""")

M("s", """
Til Center for Børn og Forebyggelse

Jeg svarer på jeres brev om faderskab og medmoderskab. Vi er to kvinder, gift siden
2022, og Eva har født vores søn på Hvidovre. Jeg er medmor. Skal jeg udfylde en
særlig blanket, eller er det automatisk når vi er gift?

Venlig hilsen
Katrine Møller

-----Oprindelig meddelelse-----
Fra: Familieretligt team
Emne: Registrering af forældreskab
Vi beder jer kontakte os vedrørende registrering af forældreskab for jeres barn.
""")

M("s", """
hej

jeg er 16 og bøsse og mine forældre ved det ikke. er der nogen i kommunen jeg kan
snakke med uden at de får det at vide? kan ikke bruge min egen mail så skriver herfra

(anonym)
""")

M("", """
Hej Ungdomsskolen

Hvornår holder den nye LGBT+-ungeklub åbent, og skal man melde sig ind? Jeg er lærer
på Ishøj Skole og vil gerne hænge en plakat op.

Mvh Rasmus Ege
""")

M("se", """
Kære borgerrådgiver

Jeg videresender mails mellem mig og Plejecenter Ishøjgård. Min mand Bent (vi har været
sammen i 41 år og gift i 12) bor på plejecentret. Personalet kalder mig hans "ven" og
har to gange nægtet mig adgang til hans stue efter kl. 20, mens hustruer til andre
beboere får lov.

Venlig hilsen
Erik Svendsen

> Fra: Plejecenter Ishøjgård
> Besøg efter kl. 20 er forbeholdt nærmeste pårørende.
""")

M("", """
Hej borgmester

Jeg synes det er forkert, at regnbueflaget hænger på rådhuset hele juni. Det er ikke
kommunens opgave at flage for den slags. Jeg håber I stopper det næste år.

Hilsen
Kurt Jessen
""")

M("", """
Kære Kurt Jessen

Tak for din henvendelse om regnbueflaget. Byrådet besluttede i 2023 at flage i
forbindelse med Copenhagen Pride. Din mail indgår i den videre drøftelse.

Venlig hilsen
Borgmesterens sekretariat
""")

M("s", """
Subject: RE: RE: Parking permit for our second car

Hello again,

Yes, both cars are registered to our address on Strandparkvej. The second one is my
wife's. She is the one who drives to work in Roskilde. I've attached her registration
certificate.

Best wishes,
Hannah Clarke

> Please confirm who owns the second vehicle.
""")

M("", """
Subject: RE: Parking permit

Hello,

Yes the car is my boyfriend's, he lives with me. We both need to park there at night.

Thanks,
Emma Lindgren
""")

M("s", """
Til Ishøj Bibliotek

Vi er en regnbuefamilie med to fædre og vil gerne låne bøger til vores datter på 4, der
viser familier som vores. Kan I bestille nogle hjem, og kan vi få en liste?

Venlig hilsen
Jens og Mahmoud
""")

M("st", """
Til Social- og Sundhedsudvalget

Jeg er lesbisk og kom til Danmark fra Uganda, hvor jeg blev forfulgt på grund af det.
Nu bor jeg på asylcenteret og skal flyttes til en kommune. Hvis jeg kommer til Ishøj, er
der så nogen form for netværk for LGBT-flygtninge?

Med venlig hilsen
Esther N.
""")

M("s", """
Emne: VS: Ansøgning om plejefamilie

Hej Lise

Videresender, som du bad om. Det er den mail, vi fik efter informationsmødet, hvor der
stod, at "I som par skal kunne tilbyde barnet både en mor- og en farrolle". Min mand
Christian og jeg mener, at det udelukker os. Er det jeres politik?

Morten Kofoed

> Fra: Familieplejen Vestegnen
> Tak for interessen. I som par skal kunne tilbyde barnet både en mor- og en
> farrolle.
""")

M("", """
Hej

Jeg skriver fordi min kæreste og jeg gerne vil flytte sammen i en af de nye
ungdomsboliger ved Ishøj Station. Kan to personer stå på samme venteliste?

Mvh Alex
""")

M("s", """
Hej Louise (sekretær for Kultur- og Fritidsudvalget)

Som aftalt i telefonen: jeg er formand for Ishøj Pride Klub, og jeg er selv biseksuel,
så jeg ved, hvor meget det betyder for de unge at have et sted at komme. Vi søger om
lokaler i Kulturhuset to aftener om måneden.

Med venlig hilsen
Sebastian Rye
""")

M("", """
Hej

Hvornår er der Pride i Ishøj næste år? Vi er en gruppe fra Ishøj Gymnasium, der gerne
vil lave en vogn. Hvem skal vi kontakte?

Vh Freja, 2.g
""")

M("sh", """
Auto-reply: I am on sick leave after surgery until 30 November. For urgent matters
regarding the tenancy at Ishøj Strandvej 44, please contact my husband Paul on +45 22
81 40 19.

Best regards,
Richard Hayes

> Subject: Your enquiry about the tenancy contract
""")

M("s", """
Hej alle i afdelingsbestyrelsen

Som I kan se nedenfor har kommunen svaret på vores klage over graffitien på
vores opgang. For en god ordens skyld: det er min kone Dorte og mig, der har fået
skrevet "lesbiske svin" på døren, og vi vil gerne have det fjernet nu.

Hilsen
Birgit, opgang 4

> Fra: Ishøj Kommune, Vej og Park
> Hærværk på private boligområder skal håndteres af boligselskabet.
""")

M("sb", """
Til Ishøj Kirke, kirkekontoret (og kopi til borgmesteren)

Vi har fået afslag på at blive viet i Ishøj Kirke, fordi præsten ikke vil vie to kvinder.
Vi er begge medlemmer af folkekirken og går i kirke hver søndag. Vi forstår, at præsten
har ret til at sige nej, men vi vil gerne vide, om en anden præst kan gøre det.

Med venlig hilsen
Helle og Nanna Frost
""")

M("s", """
Hi!

My partner Tobias and I (we're both men) would like to adopt. We read that the municipality
does the first "godkendelse" step. Can you send me information in English?

Cheers,
Simon Fraser
""")

M("s", """
Til Borgerservice

Jeg har fået jeres brev om, at Martin Holm står registreret på to adresser. Jeg skal bare
lige gøre opmærksom på, at det er mig, Jonas, der er Martins mand, og at han er flyttet
ind hos mig på Ishøj Søvej 12 fra 1. oktober. Lejligheden i Hvidovre er opsagt.

Mvh
Jonas Bæk
""")

M("s", """
Emne: Re: Fw: Jeres henvendelse om kønsneutrale toiletter

Hej,

Som I kan se i den videresendte mail, er jeg panseksuel og transkvinde, og jeg bliver
chikaneret, hver gang jeg bruger omklædningen i Ishøj Svømmehal. Det er ikke nok, at I
svarer, at "det er under overvejelse".

Sasha

> > Vi har modtaget dit forslag om kønsneutrale omklædningsrum.
> > Det er under overvejelse i forbindelse med renoveringen i 2027.
""")

M("", """
Hej

Jeg vil gerne støtte forslaget om kønsneutrale toiletter i Ishøj Svømmehal. Det er en god
idé for familier med små børn også.

Vh Bettina
""")

M("se", """
Hej Ishøj Kommune

Min kone Marie og jeg (Lone) er skilt, og vi har fælles forældremyndighed over Oskar. Nu
vil Marie flytte til Aarhus med ham. Familieretshuset siger, vi skal have en
børnesamtale hos jer først. Hvornår kan det være?

Lone Brix
""")

M("s", """
Kære Kultur- og Fritidsudvalget

Tak for invitationen til mødet om Ishøjs nye mangfoldighedspolitik. Som aseksuel
oplever jeg, at vi altid bliver glemt i den slags politikker. Jeg kommer gerne og
fortæller om det.

Med venlig hilsen
Astrid Vang
""")

M("s", """
-----Oprindelig meddelelse-----
Fra: Thomas Lind
Sendt: 8. november 2026 19:22
Til: Ishøj Kommune, Borgerservice
Emne: Navneændring

Hej. Min mand Peter og jeg blev gift i september, og jeg vil gerne tage hans efternavn
(Lind-Kruse). Hvordan gør jeg?

Thomas

-----Svar-----
Hej igen, jeg har fundet blanketten på borger.dk. Glem min mail. /Thomas
""")

M("", """
Hej borgerservice

Jeg er blevet gift og vil gerne skifte efternavn til min mands. Kan jeg gøre det på
borger.dk, eller skal jeg møde op?

Mvh Tina Kruse
""")

M("sh", """
Hej

Jeg skriver på vegne af min kæreste Nikolaj, som ligger indlagt med en svær lungebetændelse.
Vi er to mænd og bor sammen på Baldersbo. Han skulle have været til samtale i
Borgerservice i morgen om pas, kan den flyttes?

Kasper
""")

M("s", """
Til Borgerrådgiveren

I december skrev jeg til jer om en medarbejder på Ishøj Bibliotek, der sagde til mig at
"sådan nogle som dig" ikke skulle læse op for børn. Det var fordi jeg havde fortalt, at
jeg er queer og bor med min kæreste Ida. Jeg har aldrig fået svar på min klage.

Mika Jensen
""")

M("", """
Hej

Kan I fortælle, om Ishøj Kommune har en politik for kønsidentitet og seksuel orientering på
arbejdspladsen? Jeg skriver en opgave på professionshøjskolen.

Mvh Anna Kirstine Bro
""")

M("s", """
Hej Rune (byrådsmedlem)

Jeg og min mand Ali har været kærester i syv år og har lige købt lejlighed i Ishøj. Vi
blev begge truet af nogle unge på vej hjem fra stationen i går aftes, fordi vi holdt i
hånd. Politiet er orienteret. Kan kommunen sætte mere lys op på stien?

Hilsen
Ole Nørby
""")

M("s", """
Subject: Re: School enrolment - parent information

Hi,

The form only has fields for "mother" and "father". Our son has two mums, me and my
wife Jess. Please fix the form, we've filled in "mother" twice.

Rachel O'Brien
""")

M("s", """
hej igen

jeg glemte at skrive i mit spørgeskema til Ungerådet: jeg er bi, og jeg synes der mangler
nogen at snakke med på skolen om det.

Ella 8.c
""")

M("s", """
Til Dagtilbudsafdelingen

Vi er to mødre til Luna, og vi er blevet gjort opmærksomme på, at vuggestuen kun laver
morsdagsgave, ikke noget til "den anden mor". Det er en lille ting, men det gør ondt. Kan
I bede dem tænke over det?

Maria og Fie
""")

M("", """
Hej

Jeg vil gerne høre, om der er plads på Vuggestuen Solsikken fra 1. april. Vi flytter til
Ishøj fra Valby, og vores søn bliver 1 år i marts.

Venlig hilsen
Camilla Hjorth
""")

M("se", """
Hej Jobcenter

Jeg er ledig og har fået at vide, at jeg skal tage et job på et lager i Køge, men min
mand Henrik og jeg har ikke bil, og vi har en søn med aflastning to weekender om
måneden. Kan jeg få et job tættere på?

Michael Larsen
""")

M("s", """
Kære Ishøj Kirkegård

Min hustru Grethe døde i oktober. Vi var gift i 18 år. Jeg (Inge) vil gerne have en
dobbelt urnegravplads, så jeg kan komme ved siden af hende. Hvad koster det?

Inge Lykke
""")

M("", """
Hej Kirkegården

Min kone døde i sommer, og jeg vil gerne høre, hvad det koster at forlænge gravstedet
med ti år. Gravstedsnummer A-114.

Hilsen Poul Ravn
""")

M("s", """
Hej

Kopi af min mail til Ungdomsskolen, da de ikke har svaret.

Jeg er 17 og lesbisk og vil gerne være frivillig i LGBT+-klubben. Er der en
aldersgrænse?

Clara

-----
Sendt fra min iPhone
""")

M("s", """
SV: Ansøgning om tilskud til Ishøj Regnbuekor

Tak for tilskuddet. Som korets formand vil jeg også lige sige tak personligt: min mand
Kim og jeg startede koret for ti år siden, og det er første gang, kommunen støtter os.

Hilsen
Frederik Aabye

> Kultur- og Fritidsudvalget har bevilget 8.000 kr. til Ishøj Regnbuekor.
""")

M("", """
Kære Kultur- og Fritidsudvalget

Tak for bevillingen på 8.000 kr. Koret vil bruge beløbet på noder og leje af lokale.
Regnskabet sendes i januar. Kontonummer: reg. 5301 konto 0245871139.

Ishøj Regnbuekor, kassereren
""")

M("sb", """
Hej Borgmester

Som homoseksuel muslim har jeg svært ved at finde et fællesskab. Jeg ved, at kommunen
støtter mange foreninger. Vil I støtte en forening for queer muslimer?

(Navnet er kendt af afsenderen, men jeg ønsker at være anonym.)
""")
