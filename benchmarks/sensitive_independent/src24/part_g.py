"""corpus24 part G: hard negatives in the messy styles - numbers that look like CPR numbers, policy talk, practical questions."""
from common import M

M("", """fakturanr. 0311872245 fra ishøj kommune, jeg har betalt den 2 gange. kan i tilbagebetale?""")

M("", """måler nr 150378-0041 på vandmåleren i kælderen, skal den skiftes i år? bor i rækkehus på strandager""")

M("", """hej mødet er flyttet til 14.03.26 kl 10.30 - 11.45 i lokale 2, husk kaffe""")

M("", """ring på tlf 2 0 4 5 1 1 8 9 eller 43-57-90-12, det er mit arbejde""")

M("", """journalnr. 27.00.00-P20-1187-26 vedr. klage over støj fra motorvejen. hvornår får vi svar""")

M("", """bilag nr. 240926-0088 er vedhæftet, det er regningen for rottebekæmpelse""")

M("", """Kundenr: 2103 6655 12. Jeg vil gerne opsige mit abonnement på haveaffald fra 1/4""")

M("", """ordre 1907251130 - vi mangler stadig de 2 ekstra skraldespande vi bestilte""")

M("", """jeg ringede d. 12/11 kl. 09:14 og igen 13/11 kl. 15:02 og ingen tog telefonen på vej og park""")

M("", """ejendomsnr. 183-045221 - vi vil gerne vide hvornår der kommer ny ejendomsvurdering""")

M("", """hej. ang. p-afgift nr 0809241745 på rådhusets parkeringsplads, der var ikke skiltet at man skulle bruge p-skive!!""")

M("", """reg nr 1551 kontonr 3210458899 er vores forenings konto til tilskuddet""")

M("", """cvr 31 47 26 88 - vi er et lille firma der gerne vil byde på snerydning i ishøj. hvor ser man udbuddene""")

M("", """EAN nr 5798000563205 til fakturering for skolernes kopipapir""")

M("", """hej. sag 2026-0411-77 min nabos træ skygger for mine solceller. er det noget i kan gøre noget ved eller er det civilret""")

M("", """det er 3. gang at skraldebilen kører over min græsplæne på vejleåvænget 29. der er hjulspor 10 cm dybe. hvem betaler""")

M("", """lygtepælen ud for nr 7 på gildbrohaven har blinket i 3 uger. fejl nr på pælen: 110584-12""")

M("", """Generelt spørgsmål: hvor mange borgere i Ishøj får kontanthjælp, og hvor mange er i ressourceforløb? Jeg skriver speciale.""")

M("", """Hej jeg synes ikke det er rimeligt at kommunen skærer i hjemmehjælpen til de ældre. Min mor er død for mange år siden, men jeg tænker på alle andre. Mvh Per""")

M("", """i avisen stod der at 40 % af beboerne i vejleåparken har anden etnisk baggrund end dansk. er det jeres tal? hvor kommer de fra""")

M("", """hvorfor flager kommunen ikke med regnbueflaget til pride i år? det gjorde i sidste år""")

M("", """hvilke trossamfund har bedesteder i ishøj? laver en oversigt til integrationsrådet""")

M("", """Hvordan fungerer reglerne for barsel for kommunens ansatte nu? Læste at overenskomsten er ændret. Spørger for min afdeling""")

M("", """kommunens ejendomme til salg - står der en liste på hjemmesiden? tænker på den gamle skole på vejlebrovej""")

M("", """Hej. Hvad har jobcenteret af tilbud til folk der er blevet ledige over 60? Spørger til en artikel i lokalavisen""")

M("", """tlf: +45 43 57 70 00 er det nummeret til borgerservice eller til omstillingen""")

M("", """Kære udvalg. Jeg synes byrådet skal stemme for en ny moské i Ishøj, religionsfrihed gælder alle. Venlig hilsen Birgitte""")

M("", """Jeg er imod at der bygges en moské på Ishøj Strandvej, der er ikke parkeringspladser nok. Mvh Klaus""")

M("", """kan i sende en liste over hvilke fagforeninger der har overenskomst med kommunen? skal bruge den til et kursus""")

M("", """det er for dårligt at bussen ikke holder ved sundhedshuset længere, mange ældre skal derhen til blodprøver""")

M("", """hej, er det sandt at kommunen overvejer at nedlægge ledsageordningen? jeg synes det er en dårlig ide. mvh naboen""")

M("", """hvordan ansøger en forening om midler til et sommerarrangement for flygtningefamilier i ishøj""")

M("", """Kære kommune. hvornår kommer der en ny helbredsundersøgelse for børn i 3 klasse? og hvem laver den? spørger som klasseforælder""")

M("", """hvornår skifter vi til vintertid og lukker svømmehallen så tidligere? haha nej men seriøst åbningstider 24/12-1/1?""")

M("", """skal man have sin kørekortsfoto med når man skal forny? og hvad koster det""")

M("", """Varmeregningen nr. 2910671010 er forkert, forbruget er det dobbelte af sidste år. Kan måleren være i stykker?""")

M("", """tidspunkt for afhentning af storskrald: 06.02.26 07.00-15.00? eller hvad betyder det på sedlen""")

M("", """billet nr 120799 3344 til julekoncerten på rådhuset, kan jeg bytte den til en anden dag""")
