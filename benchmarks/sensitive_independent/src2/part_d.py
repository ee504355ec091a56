from common import M

M("h", """Hej

Jeg har ringet 4 gange nu. Det drejer sig om min recept på smertestillende efter min rygoperation, som kommunens sygeplejerske skulle have bestilt. Mit cpr er [[140382-1547]] hvis I skal slå mig op.

Mvh Claus Rasmussen
tlf 22 41 87 93""")

M("e", """hej jeg har ikke fået min kontanthjælp for marts. cpr [[0507911238]]. hvad sker der?? har 2 børn. Sabrina""")

M("he", """Til Center for Voksne og Velfærd

Vedr. min mor, Gerda Nielsen, cpr. [[311248-0617]]. Hun er blevet mere og mere forvirret og faldt i sidste uge på badeværelset. Vi søger om at hun kommer i aflastning hurtigst muligt, og vi vil gerne høre om vi kan få udvidet hendes hjemmehjælp indtil da.

Fuldmagt vedhæftet.

Med venlig hilsen
Bente Nielsen (datter)""")

M("e", """Hej, jeg vil gerne søge om friplads til min datter Alma, født 1/1-2014, cpr-nr: [[010114–4213]]. Jeg er blevet alene med hende efter skilsmissen og tjener under 300.000 om året. Hvor sender jeg lønsedlerne hen? Mvh Katja""")

M("t", """Hej

Jeg skal have et nyt sundhedskort, mit gamle er gået i vaskemaskinen. Jeg er fra Gambia og mit navn er ofte stavet forkert i jeres systemer, så for en sikkerheds skyld: Lamin Jallow, personnummer [[230165 2091]].

Tak""")

M("h", """hej min søn er født d 29/2-2012 og har brækket armen, han kan ikke skrive i skolen i 6 uger. kan han få en PC med talegenkendelse? hans cpr er [[290212-5678]]. kh Susan""")

M("ue", """Kære Jobcenter

Jeg er ledig og medlem af Dansk Metal, og deres a-kasse har bedt mig om at få jer til at bekræfte at jeg var til møde den 3. april. Mit CPR-nr. er [[170976\u00a03342]] og mit medlemsnummer hos a-kassen er 4418207.

Med venlig hilsen
Henrik Aagaard""")

M("b", """Hej

Jeg vil gerne melde mig ud af folkekirken og har hørt at det kan gøres gennem kommunen. Jeg er blevet muslim. Mit personnummer er [[120899-1884]].

Hilsen Mathilde""")

M("he", """Hej Ishøj

Vores datter Freya ([[250605-6123]]) har været indlagt på psykiatrisk afdeling i Glostrup i to måneder og skal snart udskrives. Vi er bange for at hun ikke kan gå tilbage i skole med det samme. Kan kommunen hjælpe med et botilbud eller en kontaktperson, indtil hun er klar?

Med venlig hilsen
Lotte og Jacob""")

M("p", """Hej

Jeg vil gerne have en ejendomsoplysning til brug for salget af mit hus på Ishøj Bygade – køberen står klar men vil se den inden underskrift. Sagen står i mit navn, Jens Olsen, [[081159-2718]].

Mvh Jens""")

M("s", """Hej

Vi skal giftes på rådhuset i september, min forlovede Kasper og jeg, og vi har fået et skema hvor vi skal skrive begge cpr. Mit er [[200487-4011]], Kaspers sender han selv.

Mvh Mads Kjær""")

M("eh", """Hej jobcenter.

Jeg er på sygedagpenge pga. en diskusprolaps og har fået brev om at min sag skal revurderes. Jeg kan stadig ikke sidde mere end 20 min ad gangen. Mit personnr er [[030371-9425]] og sagsnr. 2024-118830.

Hilsen Lone Bak""")

M("e", """Til Borgerservice

Jeg har fået et brev om tilbagebetaling af boligstøtte på 8.412 kr. Det forstår jeg ikke, jeg har ikke haft andre indtægter. Mit cpr [[300680-1172]], min lejlighed er Strandgårdsparken 12, 2. tv.

Venlig hilsen
Hasse""")

M("t", """Hej

Jeg er grønlænder og flyttede til Ishøj fra Sisimiut i januar. Jeg har stadig ikke fået en læge tildelt. Mit personnummer er [[061093-2240]] og jeg bor i Vejleåparken.

Qujanaq, Naja""")

M("u", """hej. skal bruge en udtalelse til FOA om min ansættelse som dagplejer i jeres kommune fra 2015 til 2021. mit cpr er [[221276 1358]]. vh Jeanette""")

M("be", """Til Center for Voksne og Velfærd

Min mand [[090352-0843]] skal på plejehjem. Han er katolik og har ønsket at få besøg af en præst fra Sankt Mikaels Kirke hver uge. Kan det aftales med plejehjemmet?

Med venlig hilsen
Inge""")
