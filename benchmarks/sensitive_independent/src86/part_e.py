"""corpus86 part E: belief (faith, practice, party, conviction), in replies and
forwarded chains; church times, halal menus and policy opinions as negatives."""
from common import M

M("b", """
Emne: SV: Menuplan i Børnehuset Regnbuen

Hej Pernille

Tak for svaret. Jeg er glad for at der er et vegetarisk alternativ, men vil bare sige
igen at vores datter Zara kun må spise halal kød. Hvis der er kød, der ikke er halal,
skal hun have den vegetariske ret. Kan det skrives på hendes seddel i køkkenet?

Hilsen
Amal Saleh

> Fra: Pernille, leder af Børnehuset Regnbuen
> Vi serverer halal kylling to gange om ugen og har altid en vegetarret.
""")

M("", """
Hej Børnehuset Regnbuen

Vi er forældrerådet og har diskuteret menuen. Nogle forældre ønsker mere fisk.
Er det muligt at udskifte en af kyllingedagene (halal) med fisk?

Forældrerådet, Regnbuen
""")

M("b", """
Kære Ishøj Kommune

Tak for invitationen til jobsamtale om stillingen som pædagogmedhjælper i Børnehuset
Solen på fredag kl. 13. Jeg er muslim og beder fredagsbøn i moskeen kl. 12.30. Kan
samtalen flyttes til om morgenen?

Med venlig hilsen
Bilal Haidari
""")

M("", """
Hej

Hvornår er der fredagsbøn i den nye moské på Ishøj Boulevard, og er der
parkeringsmuligheder? Jeg bor på vejen og er bekymret for trafikken.

Mvh Kim Sandberg
""")

M("b", """
Kære borgmester

Jeg har været medlem af Venstre i 30 år, men jeg stemte på Konservative ved sidste valg,
fordi I har svigtet landsbyerne. Nu læser jeg, at I vil lukke Torslunde Skole. Jeg
forventer et svar.

Med venlig hilsen
Arne Vinding, Torslunde
""")

M("", """
Kære borgmester

Lad være med at lukke Torslunde Skole! Den er hjertet i landsbyen, og børnene skal ikke
køre til Ishøj hver dag.

Mange hilsner
Forældre i Torslunde
""")

M("b", """
Hej Kultur og Fritid

Jeg er sognepræst i Vejleå Sogn og vil gerne låne Ishøj Teater til en koncert med
kirkens kor den 20. december. Er salen ledig?

Venlig hilsen
Marianne Kjær
Sognepræst, Vejleå Kirke
""")

M("", """
Hej Kultur og Fritid

Jeg er kirkesanger i Ishøj Kirke og arrangerer en julekoncert med kirkens kor. Kan vi
låne klaveret fra musikskolen den 19. december?

Mvh Pia Hjort
""")

M("b", """
-----Oprindelig meddelelse-----
Fra: Susanne Nørgaard
Sendt: 2. november 2026 21:33
Til: Ishøj Skole, 7.A-teamet
Emne: Konfirmationsforberedelse

Hej. Vores søn Emil skal konfirmeres til maj, og forberedelsen er tirsdag eftermiddag.
Han kommer derfor først kl. 15 fra skole de dage.

-----Svar-----
Fra: Ishøj Skole
Tak, vi noterer det.

Hej igen, vi skal nok hente ham hver tirsdag. /Susanne
""")

M("b", """
Til Center for Børn og Forebyggelse

Vores datter Freya skal ikke konfirmeres, men holde nonfirmation med Humanistisk Samfund
i maj. Hun har fået at vide, at hun skal være i skole, mens de andre er til
konfirmandundervisning. Kan hun i stedet deltage i humanisternes undervisning?

Med venlig hilsen
Jakob og Tine Mølby
""")

M("", """
Hej Ishøj Skole

Hvornår holder 8. klasse fri i forbindelse med konfirmationerne til foråret? Vi vil
gerne planlægge en familietur.

Hilsen Tanja
""")

M("bu", """
Hej Jesper (byrådsmedlem for Enhedslisten)

Jeg er selv medlem af partiet i Ishøj og sidder i bestyrelsen i 3F Ishøj-Vallensbæk. Vi
vil gerne invitere dig til et møde om social dumping på byggepladserne ved stationen.
Passer torsdag den 3. december?

Kammeratlig hilsen
Morten Larsen
""")

M("bh", """
Kære Social- og Sundhedsudvalg

Jeg er Jehovas Vidne og har fået at vide, at jeg skal til en operation på
Hvidovre Hospital. Det er ikke en kommunal sag, men jeg vil gerne vide, om kommunens
hjemmesygepleje kender til mit ønske om ingen blodtransfusion, hvis der sker noget
derhjemme.

Ruth Jacobsen
""")

M("bh", """
Hej

Videresender min mail til hjemmesygeplejen, da jeg ikke har fået svar.

Ruth

> Til: Hjemmesygeplejen Ishøj
> Sendt: 25. oktober 2026
> Jeg skal opereres for galdesten den 4. november. Som Jehovas Vidne ønsker jeg ikke
> blod. Jeg har et kort i min pung, men kan I skrive det i min journal?
""")

M("", """
Hej Hjemmesygeplejen

Tak for svaret. Jeg har fundet den nye telefonliste på hjemmesiden, så det er i orden.

Venlig hilsen
Jytte Olsen
""")

M("b", """
Subject: Fwd: Hindu cremation in Ishøj?

Hi,

Forwarding my question from the funeral home. We are Hindu and would like to scatter my
father's ashes in water, which is our tradition. Is this allowed anywhere in Ishøj?

Raj Patel

---------- Forwarded message ---------
From: Ishøj Begravelsesforretning
We recommend that you ask the municipality about scattering ashes at sea.
""")

M("b", """
Hej

Jeg er veganer af etiske grunde og vil gerne bede om, at min søn Vitus ikke får
mælk eller kød i SFO'en. Han er også veganer, og vi har talt med ham om hvorfor.

Mvh Sarah Winkel
""")

M("", """
Kære Børne- og Skoleudvalget

Jeg foreslår at alle skoler i Ishøj indfører én kødfri dag om ugen, både af
klimahensyn og for sundhedens skyld.

Med venlig hilsen
Morten Brix
""")

M("b", """
Hej Ishøj Kommune

Tak for brevet om at jeg er udtaget som valgstyrer til regionsrådsvalget. Jeg er
formand for Radikale Venstre i Ishøj, så jeg tror ikke, det er hensigtsmæssigt at jeg
sidder ved optællingen. Kan jeg blive fritaget?

Hilsen
Julie Kastrup
""")

M("", """
Hej Valgsekretariatet

Jeg har fået brev om at være tilforordnet til valget den 17. november. Kan jeg tage min
baby med? Ellers må jeg desværre melde fra.

Vh Sofie
""")

M("b", """
Kære formand for Børne- og Skoleudvalget

Min datter Hafsa på 14 går med tørklæde, fordi hun selv har valgt det. Hun blev i går
bedt om at tage det af i idrætstimen. Er det tilladt, at en lærer beder om det?

Venlig hilsen
Layla Ibrahim

> Kvittering: Din henvendelse er modtaget og sendt videre til Center for Børn og
> Forebyggelse.
""")

M("", """
Hej

Er det tilladt at bade med burkini i Ishøj Svømmehal? Jeg spørger på vegne af
kvindegruppen i vores boligafdeling.

Mvh Lotte, beboerrådgiver
""")

M("b", """
Hej Jens

Det var dejligt at se dig til menighedsrådsmødet i torsdags. Som du sagde, kan kommunen
måske hjælpe med p-pladserne ved Torslunde Kirke. Her er min mail til teknisk
forvaltning, som de ikke har svaret på.

Hilsen
Bodil, formand for Torslunde menighedsråd og diakon

> Vi beder kommunen se på parkeringen ved kirken om søndagen.
""")

M("", """
Til Teknik- og Miljøudvalget

Menighedsrådet ved Ishøj Kirke beder om, at kommunen rydder sne på kirkens
parkeringsplads, da vi har mange ældre kirkegængere. Hvem skal vi søge hos?

Ishøj Sogns Menighedsråd
""")

M("b", """
hej

jeg er ateist og synes ikke min søn skal synge salmer til morgensang. kan han få lov at
sidde udenfor

Mvh Lasse
""")

M("b", """
Til Borgerservice

Jeg har fået jeres brev om, at jeg skal møde op for at få taget billede til pas. Jeg er
katolsk nonne og bærer slør. Må jeg have det på billedet?

Søster Maria Teresa
Sankt Mariæ Kloster
""")

M("b", """
Hi,

Thank you for your reply about the community hall. We're a small Buddhist meditation
group (I'm the teacher) and we meet on Wednesday evenings. We'd like to rent the room
at Vejleå Kulturhus from January. Is that possible?

Kind regards,
Daniel Moore
""")

M("", """
Hi,

We would like to rent a room at Vejleå Kulturhus for a yoga class on Mondays from
January. Do you have a price list?

Thanks,
Emily Ward
""")

M("b", """
Kære Ishøj Kommune

Vi fejrer Diwali med familien den 8. november og vil gerne sætte lys op på altanen i
Strandgårdsparken. Boligforeningen siger, at det er et spørgsmål om brand, og at I skal
svare. Må vi tænde olielamper?

Mvh Anjali Sharma
""")

M("", """
Hej

Hvornår starter juletræstændingen på Ishøj Torv i år? Og er der julemarked?

Mvh Ulla
""")

M("b", """
Til Teknik- og Miljøudvalget

Jeg er aktiv i Extinction Rebellion og var en af dem, der stod foran rådhuset i
fredags. Jeg vil gerne have en kopi af de billeder, kommunens vagter tog af os.

Navnet er Oliver Bang
""")

M("b", """
Hej byrådsmedlem Helle Dam

Tak for din mail i går. Du skal vide at jeg stemte på dig, og at jeg har været medlem
af Socialdemokratiet siden 1972. Men jeg er skuffet over lukningen af biblioteket i
Vejleå.

Hilsen Karen Dybdal

> Den 10. nov. 2026 skrev Helle Dam (S):
> Kære Karen, tak for din mail. Budgettet har desværre ikke plads til filialen.
""")

M("", """
Hej Helle Dam

Jeg synes det er en skam at lukke filialen i Vejleå. Kan du forklare, hvorfor budgettet
ikke kan rumme den?

Mvh Ib Steen
""")

M("bt", """
Hej

Jeg har fået jeres brev om tolk til min fars møde i Borgerservice om hans pas. Han er kristen
assyrer fra Irak og taler kun aramæisk og arabisk. Kan I skaffe en aramæisk tolk?

Mvh Ninos Yousef
""")

M("bhet", """
Kære Jobcenter Ishøj

Jeg er under afklaring pga. min diskusprolaps, og I har skrevet, at jeg skal starte i
arbejdsprøvning i en slagterbutik. Jeg er jøde og spiser kosher, og jeg kan ikke
arbejde med svinekød.

Venlig hilsen
David Goldschmidt
CPR: [[170975-1839]]
""")

M("b", """
Kære Kultur- og Fritidsudvalget

Tak for svaret om vores ansøgning. Som imam i Ishøj Moské vil jeg gerne invitere udvalget
til iftar i Ramadanen, så I kan møde vores fællesskab.

Med venlig hilsen
Imam Abdullah Karim
""")

M("", """
Hej Kultur og Fritid

Hvornår er Eid-festen i Ishøj Idrætscenter i år, og er det åbent for alle? Vi har hørt
at der er madboder.

Mvh Susanne Falk
""")

M("b", """
Subject: RE: Wedding ceremony at the town hall

Dear Ms. Hansen,

Thank you for the confirmation. Since we are both Catholic, we will also have a
church wedding at Sankt Knud Lavard's the day after. That's why we need the civil
ceremony on the Friday. Could you confirm 11 December at 10:00?

Best regards,
Marco Rossi and Giulia Conti

> We have the following times available: 10 December, 11 December.
""")

M("b", """
Hej

Jeg er pacifist og har fået indkaldelse til forsvarets dag. Kan kommunen hjælpe mig med
at søge om at blive militærnægter?

Mvh Silas, 18 år
CPR: [[040608\u00a04177]]
""")

M("b", """
Til borgerrådgiveren

Jeg skrev til jer i sommer om min nabo, der hænger Nye Borgerlige-plakater op på
vores fælles hegn. Jeg er selv medlem af SF og vil ikke have dem på mit hegn. I svarede,
at det er en privatretlig sag. Jeg har nu fået et brev fra hans advokat.

Tove Lindhardt
""")

M("", """
Hej

Hvor mange valgplakater må et parti hænge op på en lygtepæl, og hvornår skal de tages
ned efter valget?

Mvh Bjarne
""")

M("be", """
Kære Jobcenter

Jeg er konverteret til islam for to år siden og går med niqab. Jeg har fået at vide,
at jeg ikke kan starte i praktik i børnehaven, fordi børnene skal kunne se mit ansigt.
Hvad er mine muligheder?

Med venlig hilsen
Mette Aisha Holm
""")
