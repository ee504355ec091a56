"""Part F: same-sex couples and families on the waiting list, in the stairwell and in the blocks."""
from common import M

M("s", """
Til hovedpostkassen

Min kone og jeg har stået på ventelisten til en familiebolig i Ishøj Strand i tre år. Vi fik i sidste uge at vide, at vi er "rykket ned", fordi boligselskabet har ændret reglerne om intern oprykning. Kan I forklare os, om kommunen har godkendt de nye regler?

Med venlig hilsen
Louise og Camilla Berg
""")

M("", """
Hej

Hvordan fungerer ventelisterne til almene familieboliger i Ishøj? Er der fortrinsret for børnefamilier, og har kommunen indflydelse på rækkefølgen? Spørger generelt.

Mvh
Dennis Holm
""")

M("s", """
hej

min kæreste Mikkel og jeg (vi er to fyre) vil gerne skrives op til en 3-værelses sammen. boligselskabets hjemmeside vil kun have "ansøger og ægtefælle", og vi er ikke gift. kan vi stå sammen på listen?

Frederik
""")

M("s", """
Kære Karen Dam

Vi er en regnbuefamilie, to fædre og to børn, og vi bor i Vildtbanegård. Vores søn er blevet drillet af naboens børn i gården, og nu har naboen selv råbt "bøssesvin" efter min mand. Boligselskabet vil ikke blande sig. Jeg skriver ikke for at klage, men for at høre om kommunen har et tilbud om mægling.

Med venlig hilsen
Anders Lykke
""")

M("", """
Hej

Hvornår holder Ishøj Pride i år, og kan beboerforeninger være med i optoget? Vi vil gerne lave en vogn fra Strandgårdsparken.

Mvh
Beboerforeningen
""")

M("s", """
Til borgerrådgiveren

Jeg er lesbisk og bor alene i en lejlighed i Ishøj Søpark. En nabo har i flere måneder efterladt sedler på min dør med grimme kommentarer om "sådan nogle som dig". Jeg har meldt det til politiet. Jeg vil gerne flytte og har bedt boligselskabet om et bytte. Jeg vil bare have, at kommunen ved det.

Venlig hilsen
Marie
""")

M("s", """
Hej,

Min mand Henrik og jeg har været gift i 12 år. Vi vil gerne søge om en ældrebolig på et tidspunkt, men jeg vil først vide om man skal være over 65 begge to. Jeg er 68, Henrik er 61.

Venlig hilsen
Bjarne Holst
""")

M("", """
Hej

Er der et tilbud i Ishøj for unge LGBT+ der har brug for et sted at bo? Jeg er socialrådgiver i en anden kommune og vil gerne kende mulighederne i regionen.

Venlig hilsen
Nina Østergaard
""")

M("se", """
Til Ydelsescentret

Min kone Trine og jeg er blevet separeret. Vi har en søn sammen, og jeg er medmor. Jeg flytter i en lille lejlighed i Vejleåparken, og vil gerne søge boligstøtte. Skal Trine også skrive under på noget, når vi har fælles forældremyndighed?

Venlig hilsen
Sanne Kristoffersen
""")

M("s", """
hey, jeg er bi og bor med min kæreste Sofie i en etværelses. vi vil gerne have noget større, men vi ved ikke om vi skal skrive os op som par eller hver for sig. hvad giver flest point?

Ida
""")

M("s", """
Kære borgmester

Jeg og min mand Ahmed har fået tilbudt en lejlighed i Gadekæret. Vi er lidt nervøse, for vi har hørt at der har været chikane af homoseksuelle par i den afdeling. Ved kommunen noget om det, og er der et sted vi kan henvende os, hvis det sker?

Med venlig hilsen
Kristian Dahl
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi foreslår at Ishøj hejser regnbueflaget ved rådhuset under Copenhagen Pride. Mange kommuner gør det. Det er et forslag fra vores beboerforening, ikke en personlig sag.

Venlig hilsen
Beboerforeningen Ishøj Strand
""")

M("sh", """
Hej

Min kone er gravid i uge 30 og vi er ved at blive vanvittige af larmen fra renoveringen oppe over. Hun sover dårligt og jordemoderen siger hun skal hvile. Kan kommunen kræve at arbejdet kun foregår mellem 9 og 15?

Med venlig hilsen
Julie Andersen
""")

M("s", """
Hej

Vi er to mænd, der har boet sammen i 20 år i en andelsbolig, og nu vil vi gerne giftes på rådhuset. Hvor lang er ventetiden i Ishøj?

Mvh
Palle og Erik
""")

M("", """
Hej

Hvor lang er ventetiden til vielser på Ishøj Rådhus i august? Og kan man blive gift udendørs ved havnen?

Mvh
Maja
""")

M("s", """
Til borgerrådgiveren

Jeg er transkvinde og er lesbisk, og jeg bor i en lille lejlighed med min kæreste Katrine. Vores navneskilt på postkassen er blevet revet ned fem gange. Boligselskabet har sat et nyt op hver gang, men gør ellers ikke noget. Jeg ved ikke om kommunen kan gøre noget, men jeg ville gerne have at det var registreret et sted.

Venlig hilsen
Alex
""")

M("s", """
Kære udvalgsformand

Min kæreste og jeg (to kvinder) vil gerne have børn og har brug for en større lejlighed. Vi har været skrevet op i fem år. Hvorfor får par med børn fortrinsret, når par som os ikke kan få børn uden en lang proces?

Mvh
Stine Juul
""")

M("s", """
hej igen

det er mig og min mand der bor i 4. sal i nr. 10, vi skrev i sidste måned om vandskaden. vi har stadig ikke hørt noget. husker du os? Lars og Tobias

mvh Tobias
""")

M("", """
Hej

Vores afdeling har besluttet at man kun kan stå på den interne venteliste, hvis man har boet i afdelingen i et år. Er det lovligt efter de kommunale regler? Spørger på vegne af bestyrelsen.

Venlig hilsen
Jesper Kronborg
""")

M("st", """
Hello,

My husband Luca and I are moving to Ishøj for my job at the airport. We are Italian, I'm Marco. We are on the waiting list for an apartment in Ishøj Strand but we need something for the first three months. Does the municipality have temporary housing for newcomers?

Best regards
Marco Bellini
""")

M("s", """
Til hovedpostkassen

Jeg er homoseksuel og har boet på et værelse i en kollektivbolig i Ishøj. De andre beboere har gjort det klart, at jeg ikke er velkommen. Jeg har søgt om at blive overflyttet til en anden bolig i samme selskab. Kan kommunen hjælpe?

Med venlig hilsen
Jonas R.
""")

M("se", """
Kære Borgerrådgiver

Min kone og jeg er blevet skilt efter 9 år. Det var mig, der flyttede, og jeg bor nu hos en veninde på gæsteværelset. Jeg har stået på listen til en etværelses i et halvt år, men det er som om der ikke sker noget. Kan kommunen hjælpe fraskilte kvinder med en bolig?

Venlig hilsen
Helene Dahl
""")

M("s", """
Hej

Vi er et ældre homoseksuelt par, der ønsker at flytte fra vores hus i Torslunde til en mindre lejlighed. Vi har ikke solgt huset endnu og ved ikke om vi skal. Men vi vil gerne høre om seniorbofællesskaber i Ishøj, og om der er nogen hvor man er velkommen som os.

Venlig hilsen
Knud og Villy
""")

M("", """
Hej

Jeg er lærer og vil gerne høre om kommunen har undervisningsmateriale om LGBT-familier til indskolingen. Der er flere regnbuefamilier i vores område, og børnene stiller spørgsmål.

Venlig hilsen
Maria, Gildbroskolen
""")

M("s", """
Til Ishøj Kommune

Mine to mødre har boet i Ishøj Søpark siden jeg var lille. Nu er den ene død, og min anden mor, Else, bor alene i en stor lejlighed. Kan hun bytte til en mindre i samme afdeling uden at miste sin anciennitet?

Venlig hilsen
Nanna Larsen
""")

M("s", """
hej

jeg er pan og min partner er nonbinær. vi vil gerne skrive os op til en bolig sammen, men formularen har kun felterne mand/kvinde. hvad skal vi skrive?

Robin
""")

M("s", """
Kære byrådsmedlem

Jeg bor sammen med min kæreste Peter i en toværelses i Vejleåparken. Vi er begge mænd. Vi har oplevet at viceværten ikke vil komme og reparere, når vi ringer, mens han godt kommer hos naboerne. Jeg tror det er fordi vi er bøsser. Hvad kan vi gøre?

Venlig hilsen
Mads Kirk
""")

M("", """
Hej

Min kæreste og jeg er lige flyttet ind i Tranegilde. Kan man få lov til at sætte et lille drivhus op på altanen? Vi har spurgt boligselskabet, men de siger det er kommunens regler der gælder.

Mvh
Sebastian
""")

M("s", """
Kære borgmester

Jeg er en kvinde på 77 og bor sammen med min hustru Lilly. Vi har fået at vide af boligselskabet, at vi ikke begge kan stå på kontrakten, fordi det kun er mig der har underskrevet. Nu er jeg bekymret for hvad der sker med Lilly, hvis jeg dør.

Venlig hilsen
Gudrun Skov
""")

M("sh", """
Hej Karen

Min mand Jacob er blevet sygemeldt med en blodprop, og han skal genoptrænes. Vi bor på 3. sal uden elevator. Jeg vil gerne vide om vi kan komme foran i køen til en stuelejlighed i vores afdeling, når der er en lægeerklæring. Vi har stået på listen i et år.

Venlig hilsen
Rasmus Bach
""")

M("", """
Hej

Jeg har hørt, at nogle boligselskaber ikke vil registrere to af samme køn som samlevende. Er det lovligt? Spørger på vegne af en forening.

Venlig hilsen
LGBT+ Ishøj
""")

M("s", """
Hej,

Min kone og jeg vil gerne adoptere, og kommunen skal have en udtalelse fra boligselskabet om, at vores bolig er stor nok. Boligselskabet siger, at det er kommunen der skal vurdere. Hvem har ret?

Venlig hilsen
Cecilie Brandt
""")

M("s", """
Til borgerrådgiveren

Min søn er gay og bor hos mig. Han er 19 og vil gerne flytte, men alle værelser han ser, kræver at man "passer ind". Har kommunen nogen boliger eller steder, hvor LGBT-unge kan bo trygt?

Hilsen
Lene
""")

M("", """
Hej

Hvordan kan man som par skrive sig op til en bolig i fællesskab? Er det nødvendigt at være gift eller registreret partner?

Mvh
Simon
""")

M("s", """
hej med dig

jeg er asexual og bor i et kollektiv i ishøj med 4 andre. de andre vil have at jeg skal dele soveværelse med en ny beboer fordi "du har jo ikke en kæreste". kan de bestemme det?

Noah
""")

M("s", """
Kære Ishøj Kommune

Jeg og min kone Signe vil gerne hjem til Danmark efter 5 år i Sverige. Vi søger en lejebolig i Ishøj, hvor jeg er vokset op. Kan vi skrives op på ventelisten fra udlandet?

Med venlig hilsen
Emma Frost
""")

M("se", """
Hej

Min eksmand og jeg er skilt, og jeg bor nu med min kæreste Karina. Hun er ikke oprettet som samlever i boligselskabet. Skal vi melde det, og påvirker det lejen?

Venlig hilsen
Tina Nørgaard
""")
