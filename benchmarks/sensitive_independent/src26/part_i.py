"""Part I: union, belief and orientation of a third person; CPR numbers given for someone else."""
from common import M

M("u", """
Hej

Min mand, Brian Hedegaard, er tillidsrepræsentant for chaufførerne i Movia-garagen i Ishøj. Han har bedt mig spørge, om kommunen vil stille et lokale til rådighed for et medlemsmøde i Fagligt Fælles Forbund den 15. januar. Han er på arbejde og kan ikke selv skrive.

Mvh
Lene Hedegaard
""")

M("", """
Til Jobcentret

Hvilke fagforeninger deltager i jobmessen i Ishøj Hallen den 10. marts? Jeg vil gerne kunne fortælle mine elever på produktionsskolen, hvem de kan tale med.

Mvh
Jan Lykkeberg, faglærer
""")

M("ue", """
Kære Ydelsescenter

Jeg hjælper min far, Erik Frost, [[170559-2765]], der er blevet afskediget fra Ishøj Rensningsanlæg efter 31 år. Han er medlem af Dansk Metal og deres a-kasse, som siger, at han skal tilmelde sig jobnet senest i dag. Han kan ikke finde ud af MitID. Kan han møde op personligt?

Mvh
Line Frost
""")

M("", """
Hej

Jeg er ikke medlem af nogen fagforening eller a-kasse. Hvad gør jeg, hvis jeg mister mit job? Kan jeg så få kontanthjælp med det samme? Det er mest hypotetisk, jeg er ikke blevet fyret.

Mvh
Sebastian
""")

M("u", """
hej jeg er kollega til Dorthe som er TR for os pædagoger i Mælkebøtten (BUPL). hun er på ferie men bad mig sende jer spørgsmålet om hvorfor vi ikke har fået svar på høringssvaret om åbningstider. mvh Mia
""")

M("be", """
Hej

Min far, Kurt Brix, har været medlem af Dansk Folkeparti i 40 år og sidder nu på plejecentret. Han vil gerne stemme til kommunalvalget, men er bange for, at personalet ikke hjælper ham, fordi han har sagt hvem han stemmer på. Kan I forsikre mig om, at han får hjælp til at brevstemme?

Mvh
Susanne Brix
""")

M("", """
Kære Kultur- og Fritidsudvalg

Hvorfor får religiøse foreninger lov til at leje kommunale lokaler gratis, mens vores skakklub skal betale? Det synes jeg ikke er rimeligt.

Mvh
Ishøj Skakklub, v. formand Leo Strand
""")

M("s", """
Hej

Jeg skriver for min søster, Nanna, og hendes kone, Line. De har fået en søn via insemination og vil gerne have, at Line bliver registreret som medmor. Hospitalet sagde, at det skulle ske hos kommunen. Er det rigtigt?

Mvh
Karoline Schmidt
""")

M("b", """
Til biblioteket

Min nabo, Jakob, er buddhist og holder meditationsgruppe hver torsdag. Han vil gerne vide, om gruppen må bruge det lille mødelokale gratis, da det er åbent for alle. Han har ikke mail og har bedt mig skrive.

Mvh
Inger Dam
""")

M("", """
Hej

Jeg vil gerne vide, om der findes en liste over trossamfund i Ishøj. Jeg skal lave en opgave om religiøs mangfoldighed på Vestegnen.

Mvh
Amanda, 2.g
""")

M("s", """
Hej

Jeg er søster til Mathias Bech, der er biseksuel og blev overfaldet foran Ishøj station af nogle, der råbte skældsord om homoseksuelle. Han vil ikke selv kontakte nogen. Har kommunen et sted, hvor man kan registrere hadforbrydelser, eller er det kun politiet?

Mvh
Julie Bech
""")

M("u", """
Til Teknik og Miljø

Jeg er gift med Svend Aage, der var formand for Dansk Metal, afdeling Vestegnen, i mange år og fylder 80 i januar. Fagforeningen vil gerne holde en reception i Ishøj Kulturhus. Kan vi booke salen den 18. januar?

Venlig hilsen
Birte Aagesen
""")

M("", """
Hej

Jeg arbejder som socialrådgiver i Ydelsescenteret og vil høre, om HR har en oversigt over, hvilke overenskomster der gælder for vores faggruppe. Jeg skal bruge det til en lønforhandling.

Mvh
Sofie Jørgensen
""")

M("s", """
Kære borgmester

Jeg skriver på vegne af min kæreste, Ida, der er skolelærer. Hun og jeg skal giftes til sommer, og vi er begge kvinder. Vi har fået at vide, at Ishøj Rådhus kun har ledige vielsestider på hverdage. Kan der gøres en undtagelse for en lørdag?

Mvh
Maria Kjeldsen
""")

M("", """
Hej

Vi får tit spørgsmål fra medarbejdere om fri til forskellige religiøse højtider, og vi er i tvivl om reglerne. Hvad siger kommunens personalepolitik om fri til religiøse højtider for alle ansatte?

Mvh
Teamleder, Vejafdelingen
""")

M("eh", """
Hej

Min datter, Freja Olsen, [[281003-4112]], er studerende og har fået afslag på SU-handicaptillæg. Hun har svær ME/CFS og kan kun læse to timer om dagen. Studievejlederen siger, at kommunen skal bekræfte, at hun ikke kan få kontanthjælp i stedet. Kan I skrive det?

Mvh
Anders Olsen
""")

M("b", """
Kære Mette

Min mor, Edith, er pacifist og aktiv i Kvindernes Internationale Liga for Fred og Frihed. Hun vil gerne holde en stand på Ishøj Torv den 9. april og spørger, om byrådet har regler imod det. Hun er 88 og bruger ikke mail.

Mvh
Jens Kjær
""")

M("", """
Hej

Min fætter har spurgt, om man kan få tilskud til at starte en lokal afdeling af en politisk ungdomsorganisation i Ishøj. Han har ikke valgt hvilken endnu. Hvilke puljer findes der?

Mvh
Mikkel
""")

M("u", """
Hej

Jeg er hustru til Henning Lind, der er sygeplejerske og fællestillidsrepræsentant for DSR på Ishøjhave. Han bad mig sende denne mail fra min konto, da hans er låst: Han ønsker et møde med centerchefen om vagtplanerne i december.

Venlig hilsen
Merete Lind
""")

M("hb", """
Hej

Min far, Abdul Karim, er muslim og skal have en operation i knæet i januar. Han er bange for, at han ikke kan få halal mad under genoptræningsopholdet på Ishøj Rehabiliteringscenter. Kan I sikre det?

Mvh
Amin Karim
""")

M("", """
Til Udvalget for Kultur og Fritid

Vi er en gruppe borgere, der ønsker, at kommunen flager med regnbueflaget under Copenhagen Pride. Mange kommuner gør det. Vil udvalget behandle forslaget?

Venlig hilsen
Annika Larsen
""")

M("su", """
hej, min kæreste Rasmus er elektriker og medlem af Dansk El-Forbund, og jeg (Thomas) er lige startet i kommunens vejafdeling. vi vil gerne begge stå på min adresse i Ishøj, men borgerservice spurgte om vi var "brødre". Det var lidt akavet. Skal vi selv skrive at vi er par?
""")

M("", """
Hej

Er det rigtigt, at kommunens ansatte ikke må gå med religiøse symboler i Borgerservice? Jeg har hørt det fra en ven, men kan ikke finde reglerne.

Mvh
Peter
""")

M("et", """
Til Ydelsescentret

Jeg skriver for min ven, Ibrahim Diallo, [[030678 3519]], der er fra Guinea og har fået brev om, at hans boligstøtte stoppes, fordi han ikke har indsendt dokumentation for indkomst. Han har sendt den to gange. Han forstår ikke danske breve godt. Kan I bekræfte modtagelsen?

Mvh
Lars Mathiesen
""")

M("b", """
Hej

Min søn Jonas er blevet valgt som formand for Socialistisk Folkepartis Ungdom i Ishøj. Han er 16 og vil gerne invitere udvalget for Børn og Skole til debat. Han har bedt mig skrive, fordi han ikke har en officiel mail endnu.

Mvh
Susanne Egelund
""")

M("u", """
Hej

Vi har fået en ny nabo, og hun har sagt at hun er medlem af en fagforening og vil organisere alle i opgangen mod huslejestigningen. Er det lovligt at lave en beboerforening uden om boligselskabet?

Mvh
Karl
""")

M("u", """
Til HR

Min kollega, Yvonne Berg, er medlem af Krifa og har bedt mig forhøre mig, om kommunen vil trække kontingentet over lønnen, som de gør for FOA-medlemmer. Hun er på barsel og kan ikke selv tjekke mail.

Mvh
Rikke Sørensen
""")

M("", """
Hej

Jeg ville bare høre, om Ishøj Kommune har en aftale med en bestemt fagforening om lønforhandling for pædagogmedhjælpere. Vi diskuterede det i forældrerådet.

Mvh
Forældrerådet, Troldehøjen
""")

M("ue", """
Hej Birgitte

Jeg er datter af Hans Jensen, der har været HK-medlem i 42 år og nu er blevet opsagt fra sin stilling i kommunens rengøring, tre år før pension. Han tør ikke klage selv, men fagforeningen siger, at han bør tale med en politiker om forløbet.

Mvh
Lisbeth Jensen
""")
