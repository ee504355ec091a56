"""Part E: a prayer room in the basement, faith and politics in the blocks, origin and neighbours."""
from common import M

M("b", """
Til Center for Byudvikling og Natur

Vi er en gruppe muslimske beboere i Vejleåparken 15-21, som de sidste fire år har brugt et tomt kælderrum som bederum til fredagsbøn og de daglige bønner. Nu siger boligselskabet at kommunen har sagt, rummet ikke må bruges til ophold, fordi der ikke er flugtvej. Er det rigtigt? Vi vil gerne betale for en ekstra dør.

Med venlig hilsen
Abdullah Karimi, på vegne af beboerne
""")

M("", """
Hej

Må et boligselskab indrette et stillerum eller bederum i et fælleslokale, og skal det godkendes af kommunen som ændret anvendelse? Vi har fået et forslag om det til afdelingsmødet og vil gerne kende reglerne først.

Venlig hilsen
Afdelingsbestyrelsen i Gadekæret
""")

M("bt", """
hej

jeg beder 5 gange om dagen og har gjort det i kælderrummet i vores blok fordi vores lejlighed er så lille, vi er 6 i 3 værelser. nu er døren låst. viceværten siger at "det er ikke en moské". jeg er fra Afghanistan og kender ikke reglerne her. hvem bestemmer over kælderen

Farid
""")

M("", """
Hej

Hvornår holder Ishøj Moské åbent hus i år? Vores skoleklasse vil gerne besøge den som en del af kristendomsundervisningen.

Venlig hilsen
Lærer Birthe Vang, Vibeholmskolen
""")

M("b", """
Kære borgmester

Jeg bor i en almen bolig i Ishøj og er Jehovas Vidne. Vi er nogle stykker fra menigheden, der mødes til bibelstudie i min stue om torsdagen. Nu har en nabo klaget til boligselskabet over "religiøse møder" i opgangen. Må man ikke have gæster i sit hjem?

Med venlig hilsen
Gitte Rasmussen
""")

M("", """
Til kulturudvalget

Hvornår starter eid-festen i Ishøj Kulturhus, og er det åbent for alle? Vi er nogle naboer, der gerne vil tage med for at lære mere.

Mvh Kirsten og Hans
""")

M("bt", """
Kære Karen Dam

Jeg er jøde og bor i Ishøj Søpark. For nylig var der en hagekors tegnet på vores postkasse. Min mand vil have at vi flytter. Jeg har ikke lyst til at forlade det område hvor mine børn er vokset op. Hvad gør kommunen ved antisemitisme i boligområderne?

Med venlig hilsen
Rachel Levin
""")

M("b", """
Hej

Vores datter Emma skal konfirmeres i Ishøj Kirke den 2. maj, og vi vil gerne holde festen i beboerhuset i Tranegilde. Boligselskabet siger, at kommunen har lukket lokalet for fester på grund af brandsikring. Er det rigtigt?

Mvh
Hanne og Ulrik Dahl
""")

M("", """
Hej

Lejer kommunen beboerhusene ud til konfirmationer og navnefester? Og hvad koster det? Vi er en forening der vil vide det til vores medlemsblad.

Mvh
Ishøj Grundejerforening
""")

M("b", """
Kære udvalgsformand

Jeg er medlem af Enhedslisten og aktiv i vores lokale boligpolitiske gruppe. Vi har samlet 412 underskrifter mod salget af kommunale grunde i Ishøj Strand til private investorer. Hvordan afleverer vi dem, så de kommer på dagsordenen?

Med venlig hilsen
Nikolaj Brandt
""")

M("", """
Til byrådet

Jeg synes kommunen bruger alt for mange penge på at renovere de almene boliger, mens villakvartererne mangler cykelstier. Det er min holdning som skatteyder. Kan nogen forklare prioriteringen?

Mvh
Henrik Mathiesen
""")

M("bt", """
Hello,

My wife wears niqab and she does not feel safe in the stairwell after a neighbour pulled at it. We are from Saudi Arabia and have lived in Ishøj two years. The housing company says they can only send a letter. Can the municipality do more?

Omar Al-Harbi
""")

M("", """
Hej

Er det tilladt at bære tørklæde som ansat i kommunens vejledningscenter for boligsøgende? Vi diskuterer det på arbejdet i en anden kommune og vil høre hvordan Ishøj gør.

Venlig hilsen
Mette S.
""")

M("b", """
hej karen

jeg stemte på dig ved sidste valg fordi du lovede at gøre noget ved huslejerne. nu har jeg set at SF har stemt for renoveringen der gør min husleje 900 kr dyrere. hvad er der sket?

mvh Dorthe, Vildtbanegård
""")

M("t", """
Hej

Vores nye naboer er kommet fra Ukraine, og vi vil gerne byde dem velkommen med en kurv fra hele opgangen. Kan kommunen hjælpe med at komme i kontakt med dem, uden at vi bryder reglerne om persondata?

Mvh Birgitte, Ishøj Landsby 8
""")

M("", """
Hej

Hvor mange flygtninge har kommunen boligplaceret i almene boliger i 2024, og i hvilke afdelinger? Vi laver en analyse i vores politiske forening.

Mvh
Jesper Lindberg
""")

M("b", """
Kære hovedpostkasse

Jeg er katolik og går til messe i Sankt Mikaels Kirke hver søndag. Bussen fra Ishøj Landsby er ændret, og der er nu ingen forbindelse før kl. 10. Jeg har ikke bil. Kan man få en busforbindelse tilbage?

Med venlig hilsen
Maria Kowalczyk
""")

M("bt", """
Hej

Vi er en kurdisk familie fra Irak. Vi har fået en lejlighed i Strandgårdsparken, og vores søn spiser kun halal. Skolen han skal starte på i august, har ingen halal-mad. Kan han få lov at tage madpakke med hver dag, uden at det bliver et problem?

Med venlig hilsen
Shirin og Aram
""")

M("", """
Hej

Er maden i daginstitutionerne i Ishøj halal? Jeg har hørt forskellige ting. Jeg har ikke selv børn, men det er blevet diskuteret på vores afdelingsmøde.

Mvh
Kim
""")

M("b", """
Til Kultur- og Fritidsudvalget

Jeg er humanist og medlem af Humanistisk Samfund. Vi holder nonfirmation for min søn Lucas i juni og vil gerne låne beboerhuset i Gadekæret. Vi har fået nej, fordi "det ikke er en privat fest". Det er det da!

Venlig hilsen
Sofie Kaae
""")

M("t", """
Til borgerrådgiveren

Jeg er sort og har boet i Ishøj i 20 år. I sidste måned søgte jeg en lejlighed, og boligselskabets medarbejder sagde til mig i telefonen: "Vi har allerede mange som dig i den afdeling." Jeg vil klage over diskrimination. Kan I hjælpe mig?

Mvh
Joseph Mensah
""")

M("", """
Hej

Jeg har et spørgsmål om fordelingen af boliger i Ishøj. Hvorfor bor der så mange med ikke-vestlig baggrund i enkelte afdelinger? Er det noget kommunen styrer? Spørger af ren interesse.

Hilsen
Karsten
""")

M("be", """
Hej

Jeg er pensioneret præst og bor i en ældrebolig i Ishøj Landsby, som jeg fik tildelt sidste år. Vi mangler en lift ved indgangen. Kan kommunen se på det?

Med venlig hilsen
Poul Erik Vestergaard
""")

M("", """
Hej

Jeg er kirkesanger i Ishøj Kirke og bor i en lejlighed overfor. Kirkens klokker vækker mine naboer kl. 8 om søndagen, og de beder mig gøre noget. Hvem bestemmer hvornår der ringes? Kommunen eller menighedsrådet?

Mvh
Birgitte Kold
""")

M("b", """
Hej,

Min mand og jeg er buddhister. Vi har et lille alter med røgelse på altanen. Naboen har klaget til boligselskabet over lugten, og vi har fået en advarsel. Er røgelse på altanen forbudt efter kommunens regler?

Venlig hilsen
Tanja
""")

M("", """
Til Ishøj Kommune

Jeg er formand for Ishøj Islamiske Kulturcenter. Vi ønsker at leje et lokale i en af de almene afdelinger til lektiecafé. Kræver det tilladelse fra kommunen?

Med venlig hilsen
Bestyrelsen, Ishøj Islamiske Kulturcenter
""")

M("bt", """
Kære borgerrådgiver

Min mor er sikh og bærer turban. Hun er 71 og bor alene. Hun er blevet råbt efter af unge i parkeringskælderen, og de har kaldt hende "taliban". Hun tør ikke hente sin bil. Vi er oprindeligt fra Punjab.

Kan kommunen gøre noget ved belysningen derude, og vil I tale med boligselskabet?

Med venlig hilsen
Harpreet Singh
""")

M("be", """
Hej

Jeg holder ramadan og spiser først efter solnedgang, men min bostøtte kommer altid kl. 18 og vil spise aftensmad med mig som en del af træningen. Kan tiden flyttes i den måned?

Hilsen
Yasmin
""")

M("", """
Hej

Vi vil gerne høre om det er muligt at få en sal i Ishøj Kulturhus til et iftar-arrangement for foreningens medlemmer. Vi er en kulturforening, ikke religiøs.

Mvh
Ishøj Multikulturelle Forening
""")

M("b", """
Til byrådet

Jeg er medlem af Venstre og har været det i 30 år. Jeg bor i Ishøj Landsby, og jeg er imod den nye lokalplan for de fire punkthuse ved Tranegilde. Jeg har talt med andre i partiforeningen, og vi er enige.

Venlig hilsen
Knud Aagaard
""")

M("", """
Hej Borgmester

Jeg er imod de nye punkthuse ved Tranegilde. Det ødelægger udsigten og trafikken bliver for tung. Det er min mening og mange naboers.

Mvh
Preben Skov
""")

M("tbh", """
Hej

Jeg er fra Pakistan og har boet i Danmark i 25 år. Min kone bærer tørklæde. Vi vil gerne søge om en lejlighed tættere på Ishøj Moské, fordi jeg beder i moskéen hver dag og har dårligt knæ. Hvordan kommer man foran i køen?

Mvh Tariq Mahmood
""")

M("t", """
Hej

Jeg skriver for vores nabo, en ældre romamand, som bor i opgangen. Nogle af beboerne har skrevet en underskriftsindsamling om at få ham "smidt ud", selvom han ikke har gjort noget. De skriver direkte at det er fordi han er sigøjner. Det er ikke i orden. Hvem kan man gå til?

Mvh Kirsten Borg
""")

M("", """
Hej

Vi har set på kommunens hjemmeside, at der er tolkebistand til borgermøder om helhedsplanen. Kan man få tolk på tyrkisk og arabisk til afdelingsmødet i Vejleåparken?

Venlig hilsen
Afdelingsbestyrelsen
""")

M("tb", """
Hej Ishøj

Vi er to søstre fra Eritrea, kristne ortodokse. Vi har fået en lejlighed gennem boligselskabets venteliste, og vi er glade. Men vi vil gerne spørge om vi må have vores ikoner og stearinlys i opgangsvinduet til påske, som vi gør derhjemme. Boligselskabet siger det er brandfarligt.

Tak
Selam og Helen
""")

M("t", """
Kære udvalgsformand

Jeg er grønlænder og har boet i Ishøj siden 1998. Jeg har oplevet at naboer kalder mig "fuld eskimo" på trappen. Jeg drikker ikke. Jeg vil gerne have at kommunen tager det op med boligselskabet.

Mvh
Aviaja Petersen
""")

M("", """
Til hovedpostkassen

Vi planlægger en jule-hyggedag i beboerhuset. Må vi stille et juletræ op på det grønne område foran blokken, eller kræver det tilladelse?

Mvh Festudvalget, afd. 3
""")

M("b", """
Hej

Jeg er sognepræst og bor i præsteboligen ved kirken. Der er problemer med parkering foran præsteboligen, når der er fodboldkamp på banen. Kan kommunen sætte et skilt op?

Med venlig hilsen
Lene Bruun
""")

M("t", """
hej, min svigermor taler kun tamilsk og bor hos os i vores lejlighed. hun har fået brev fra boligselskabet om at hun skal have egen kontrakt. hvem kan forklare hende det? vi arbejder begge

Priya
""")
