"""corpus45 part D: CPR numbers in every form, and numbers that only look like them; moving house and summer errands."""
from common import M

M("", """Hej Borgerservice, jeg flytter fra Ishøj Strandvej 12 til Vejlebrovej 40 den 1. juli. Min flyttesag har nr. 3006251145 i jeres selvbetjening. Er den registreret? Mvh Karsten""")

M("", """Hej! Jeg har bestilt en storskraldsafhentning, ordrenr. 1406252230, til lørdag 14/6 kl. 08.00. Kan den flyttes til mandag? Hilsen Vibeke, Gildbrovej 7""")

M("e", """Hej. Jeg flytter til Ishøj 1. august og skal have overført min boligstøtte. Mit cpr er [[150697-2281]]. Skal jeg søge igen? Vh Nicklas""")

M("", """Kære kommune, indbetalingen for sommerlejren (160 kr.) er sket fra reg.nr. 2275 kontonr. 6891234501. Tilmelding nr. 240725-0031 for to børn. Mvh Jane""")

M("he", """Til Hjemmeplejen

Min far Poul Erik Nielsen, cpr [[280433-0975]], skal på ferie hos os i Jylland i uge 29. Hans hjemmepleje skal sættes på pause, og hans medicin (han får blodfortyndende efter sin hjerteoperation) skal doseres for to uger. Hvem kontakter vi?

Venlig hilsen Helle Nielsen, datter""")

M("", """Hej, ring gerne på 28 06 19 55 mellem kl. 16 og 18 angående haveaffaldssække til grundejerforeningen. Mvh formanden""")

M("e", """Hej, jeg skal søge om enkeltydelse til flytning, da jeg er blevet skilt og flytter i en mindre lejlighed. Personnr. [[0309881648]]. Hvilken blanket skal jeg bruge? Mvh Sandra Holm""")

M("", """Min mødeindkaldelse den 19.06.25 kl. 10.15 på rådhuset om lokalplanen for Ishøj Havn – er den stadig aktuel? Jeg er repræsentant for beboerforeningen. Mvh Kaj""")

M("h", """hej, jeg er [[120589 3327]] og har fået en tid hos tandplejen for min søn, men jeg har selv fået en hjernerystelse efter et fald fra trampolinen og må ikke køre bil. kan tiden flyttes? /Rikke""")

M("", """Journalnummer 01.02.05-P20-1-25 hos Byudvikling – jeg har søgt om at bygge en carport og vil høre til status. Mvh Leif, Torslunde""")

M("u", """Hej Borgerservice. Jeg er lige flyttet hertil og skal have nyt sygesikringsbevis. CPR: [[230279–1493]]. Jeg skriver fra min arbejdsmail, jeg er faglig sekretær — ups, det er privat, jeg er selv også medlem af HK. Mvh Anita""")

M("", """Kundenr. 1203791456 hos Ishøj Forsyning: Vi har fået en vandregning for hele året selvom vi flyttede ind i maj. Kan det rettes? Mvh Lone og Jimmi""")

M("e", """Til Ydelseskontoret

Jeg er socialrådgiver på Ishøj Herberg og skriver for vores beboer Kenneth Møller, [[190778\u00a01355]], som er hjemløs og har søgt om kontanthjælp. Han har mødt op til alle samtaler men har ikke fået udbetaling i juni. Kan I undersøge det?

Mvh Birgitte Fog""")

M("", """Kære Ishøj Kommune, regningen med bilagsnr. 110625-0098 vedr. leje af Strandparkens festplads er betalt. Vi vil gerne have en kvittering. Mvh Ishøj Roklub""")

M("h", """Hej skole, min datter Josefine [[140411-4702]] har brækket armen og kan ikke skrive til den skriftlige eksamen i matematik. Kan hun få en computer med talegenkendelse? mvh Jacob""")

M("", """Hej skole, hvornår er den skriftlige eksamen i matematik for 9. klasse i år? Vi skal planlægge ferie. Mvh Jacob""")

M("eh", """Kære Center for Voksne og Velfærd

Jeg søger om handicapbil, da jeg har muskelsvind og ikke længere kan bruge offentlig transport. Jeg har lige fået nyt job på kontoret i Ishøj Bycenter og skal starte 1. august.

Mit cpr-nr. er [[010392-1124]].

Venlig hilsen Camilla Krogh""")

M("", """Min telefon: 2301 9514, mobil 40 17 68 12. Ring endelig om havens hæk, så ordner vi det inden naboens fest. Mvh Birte""")

M("p", """Hej

Vi er et ungt par der har budt på huset Bredekærs Vænge 3, og sælgeren har accepteret med forbehold for at vi kan få lov at fælde det store egetræ. Sælgeren hedder Aksel Dam, cpr. [[061142-1107]], og han har bedt os sende hans oplysninger med. Må vi fælde træet?

Venlig hilsen Julie og Oscar""")

M("", """Må man fælde et stort egetræ i sin egen have i Ishøj, eller skal man søge? Vi har ikke et konkret træ i tankerne, det er mest for at vide det. tak""")

M("e", """Hej, jeg [[200801-4456]] har søgt om fritidsjob-tilskud gennem jobcentret sommer 2025 fordi min mor er på kontanthjælp og vi ikke har penge til mit knallertkørekort. /Mathias 17 år""")

M("", """Til Ungdomsskolen. Der er sommerkursus i knallertkørekort fra 7/7 til 18/7. Kan man betale over 2 gange? Ordre 707250018. Mvh""")

M("t", """Kære Borgerservice

Jeg er fra Vietnam og har haft dansk statsborgerskab siden 2010. Nu skal jeg giftes med min kæreste fra Hanoi i august, og vi skal have prøvet ægteskabsbetingelserne. Mit personnummer er [[041075 2380]].

Mvh Nguyen Thi Lan""")

M("", """Kære Borgerservice, hvilke dokumenter skal man have med til prøvelse af ægteskabsbetingelser, hvis den ene part er udenlandsk statsborger? Mvh Lan, frivillig rådgiver i Dansk Flygtningehjælp""")

M("b", """Hej, jeg vil gerne melde mig ud af folkekirken, fordi jeg er konverteret til islam. Mit cpr er [[270990-1602]]. Skal jeg gøre det hos jer? /Mikkel""")

M("", """Hej, hvordan melder man sig ud af folkekirken, og hvor lang tid tager det? Jeg skal skrive om det i en hjemmeopgave. /Mikkel""")

M("s", """Hej

Vi skal gifte os på Ishøj Rådhus den 9. august, jeg (Camilla, [[110293-2584]]) og min forlovede Maria ([[250494 2460]]). Vi skal bruge 2 vidner — må det være vores mødre?

Glade hilsner Camilla""")

M("", """Hej, vi skal gifte os på Ishøj Rådhus i august og har to spørgsmål: må man kaste ris udenfor, og hvor kan gæsterne parkere? Vh Camilla og Rasmus""")

M("e", """Til Ishøj Kommune / Pladsanvisningen

Jeg skriver for min søster Mona Isaksen, [[170386-1950]]. Hun er på barsel og skal tilbage på arbejde 1. august, men har ikke fået vuggestueplads. Hun har søgt om barselsdagpenge forlænget men det er afvist. Hvad kan hun gøre?

Mvh Sanne Isaksen""")

M("", """Spørgsmål til Pladsanvisningen: Hvor mange børn står på venteliste til vuggestue i Ishøj lige nu? Journalist, Ishøj Avis.""")

M("he", """Kære Borgerrådgiver

Jeg skriver på vegne af min svoger Karl Jensen, [[051054-3011]], som har fået afslag på hjemmehjælp til rengøring efter sin hofteoperation. Han er 70 og bor alene på Gildbrovej. Afgørelsen er dateret 02.06.2025 og har journalnr. 27.12.00-G01-0211-25.

Venlig hilsen Bent Rask""")

M("", """Kære Borgerrådgiver. Hvad kan I hjælpe med og hvad kan I ikke? Er nabostridigheder om hække noget I tager jer af? Mvh Bent""")

M("u", """hej, jeg er ny i Ishøj og skal melde flytning. Jeg er medlem af Serviceforbundet og de vil have bekræftelse på min nye adresse. CPR [[080170-1432]]. Tak / Sanjay""")

M("", """Kære Ishøj Kommune, jeg har fået et brev med sagsnr. 250613-1119 om tømning af min septiktank. Jeg har ikke nogen septiktank, jeg er på kloak. Mvh Niels""")

M("pe", """Hej

Jeg er advokat for Ejner Haugaard, [[150145-0783]], der er under værgemål. Hans hus i Ishøj Landsby skal sælges, så han kan flytte på plejehjem. Vi har et bud fra en lokal køber, men Familieretshuset skal godkende handlen. Kan kommunen oplyse om ejendommens vurdering?

Venlig hilsen Advokat Hanne Munk""")

M("", """Hvor finder man den offentlige ejendomsvurdering for en ejendom i Ishøj? Vi er i gang med at overveje et køb. Mvh""")

M("h", """Hej, min kone Randi ([[230952 2168]]) har fået konstateret brystkræft og skal i kemo hele sommeren. Hun har fået brev om at aflevere sin bil til syn – kan det udskydes? mvh Hans""")

M("e", """Kære Center for Børn og Forebyggelse

Vores barnebarn Oliver ([[310814-5109]]) har boet hos os siden sin mor blev fængslet i marts. Vi har ingen aftale med kommunen og får ingen støtte. Hvad er vores muligheder?

Mvh farmor og farfar, Inge og Arne Buch""")

M("", """Kære Center for Børn og Forebyggelse. Findes der særlige tilbud til bedsteforældre der passer børnebørn i sommerferien? Mvh Inge""")

M("", """Tilmeldingsnr. 0207251030 for sommerlejren i uge 27 – er der vegetarmad som standard, eller skal man bestille det særskilt? Nej, glem det, vi har fundet svaret på hjemmesiden. Tak alligevel!""")

M("u", """Hej Jesper, jeg er tillidsrepræsentant for DLF på Gildbroskolen. Cpr: [[220863-2736]]. Vi vil klage over at lærerne skal møde ind den 4. august i stedet for den 11. Mvh Gitte Sand""")

M("", """Hej Jesper, hvornår kommer de nye mødeplaner for skolernes lærere ud? Jeg er skolebestyrelsesformand.""")

M("te", """Til Jobcentret

Jeg hedder Oksana og er kommet fra Ukraine som flygtning i 2022. Jeg har fået nyt job som rengøringsassistent fra 1. juli og vil gerne stoppe min selvforsørgelses- og hjemrejseydelse. Mit cpr er [[120387–3844]].

Med venlig hilsen Oksana Kovalenko""")

M("", """Hvor mange ukrainske flygtninge er kommet i arbejde i Ishøj i 2025? Jeg er fra Dansk Flygtningehjælp og skal bruge tallet i en rapport.""")

M("he", """Jeg skriver for min gamle nabo Rita Madsen, Strandhaven 8, [[090638-1846]], som har fået nødkald fra kommunen efter hun faldt i sit køkken. Nu virker nødkaldet ikke og hun har ringet fem gange. Hvem har ansvaret?

Hilsen Birthe Fisker""")

M("", """Kære Kommune. Min faktura nr. 2406121850 for leje af Ishøj Kulturhus' sal til vores konfirmationsfest er betalt. Men vi har fået en rykker. Hvad sker der? Mvh Christian""")

M("e", """Kære Ishøj Kommune

Jeg har modtaget en opkrævning på 14.200 kr. for for meget udbetalt folkepension. Jeg forstår ikke hvorfor. CPR: [[150555-1071]].

Med venlig hilsen Erling Holm""")
