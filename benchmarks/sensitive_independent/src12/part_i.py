"""Part I: the rest of the month - short mails, reminders and replies across all centres."""
from common import M

M("p", """
Hej

Vores andelsbolig i A/B Strandlyst er solgt med forbehold for bestyrelsens godkendelse og køberens finansiering. Hvornår skal vi flytte folkeregisteradressen - ved underskrift eller overtagelse?

Mvh Kirsten og Bo
""")

M("s", """
Sv: Indkaldelse til forældremøde

> Kære forældre til 1.b

Hej, både min kone Line og jeg (Trine) kommer. Kan I rette forældrelisten, så det ikke står "far: Line"? Tak.

Trine Overgaard
""")

M("u", """
Fra: Claus Vind
Til: post@ishoj.dk
Emne: VS: Refusion af sygedagpenge

> Fra: Ishøj Kommune
> Vi mangler dokumentation for lønudbetaling.

Jeg er lønbogholder i et lille firma. Vores medarbejder Mads er på barsel, ikke syg. Og for god ordens skyld: han er medlem af Krifa, som har bedt om kopi af alt. Kan I rette sagen?

Claus Vind
""")

M("", """
Hej

Tak for en god borgermøde om budgettet i går. Jeg savnede tal for, hvor meget der går til fritidsområdet. Kan I lægge præsentationen på hjemmesiden?

Mvh Arne
""")

M("b", """
Hej

Jeg er aktiv i Extinction Rebellion og vil gerne søge tilladelse til en fredelig demonstration foran Rådhuset den 22. april. Vi er 20-30 personer.

Mvh Asta Holm
""")

M("", """
Hej

Skal man søge tilladelse hos kommunen eller politiet for at holde en demonstration på Ishøj Torv?
""")

M("t", """
Hej

Min mand er fra Marokko og har lige fået dansk statsborgerskab. Vi vil gerne fejre det med en lille sammenkomst i Ishøj Kulturhus. Kan vi leje det lille lokale en søndag?

Mvh Lærke Benali
""")

M("", """
Hej

Hvornår holder kommunen næste statsborgerskabsceremoni, og hvem kan deltage?
""")

M("pe", """
Hej

Mit hus er sat til tvangsauktion den 14. april. Jeg har gæld til kommunen for ejendomsskat og til banken. Kan jeg få et møde med Opkrævningen inden?

Ole Strand, [[130665-1849]]
""")

M("", """
Hej

Hvornår offentliggøres tvangsauktioner i Ishøj, og kan man byde som privatperson?
""")

M("hse", """
Hej

Jeg er en mand på 71 og min samlever Erik, som jeg har boet med i 30 år, er døende på hospice. Jeg vil gerne søge om plejeorlov. Kan man det når man ikke er gift?

Mvh Helge Nørby
""")

M("", """
Hej

Hvem har ret til plejevederlag? Er det kun ægtefæller?
""")

M("u", """
Hej

Jeg søger jobbet som rengøringsleder. Jeg har været tillidsrepræsentant for 3F i Kastrup Lufthavn i 6 år og ved hvordan man samarbejder med personalet.

Mvh Susanne Mørk
""")

M("", """
Hej

Jeg søger stillingen som rengøringsleder og vil gerne vide hvornår samtalerne er.

Mvh Dorthe Buch
""")

M("bt", """
Hej

Jeg er jødisk, og min familie kom fra Polen efter krigen. Jeg vil gerne at kommunen sætter en snublesten ved Ishøj Landsby for min morfar, der boede der i 1943. Hvordan søger jeg?

Mvh Ruth Kaplan
""")

M("", """
Hej

Hvad synes kommunen om forslaget om at omdøbe Ishøj Torv? Skal borgerne høres?
""")

M("e", """
Hej

Jeg modtager hjemmehjælp to gange om ugen til rengøring, men hjælperen er ikke kommet i tre uger. Hvem skal jeg ringe til?

Mvh Ejnar Kofoed, Ishøj Strandvej 301
""")

M("", """
Hej

Kan man vælge en privat leverandør af hjemmehjælp i Ishøj? Hvilke er der?
""")

M("s", """
Hej

Jeg er aseksuel og bor alene. Min sagsbehandler spørger hele tiden om jeg har en kæreste der kan hjælpe mig. Det har jeg ikke og kommer ikke til at have. Kan det noteres en gang for alle?

Mvh Kim Vester
""")

M("ue", """
Hej

Jeg er ledig og medlem af Det Faglige Hus' a-kasse. Jobcentret har sanktioneret mig for udeblivelse, men jeg var til jobsamtale. Dokumentation vedhæftet.

cpr [[0902991325]]

Mvh Mathias Koch
""")

M("", """
Hej

Vi er et vikarbureau og vil gerne have en liste over kommunens kontaktpersoner på ældreområdet.
""")

M("p", """
Fra: Ejendomsmægler Louise Berg, Nybolig Ishøj
Til: post@ishoj.dk
Emne: Ishøj Strandvej 140 - køber afventer

Vi har en køber til ejendommen Ishøj Strandvej 140, som afventer kommunens svar på spørgsmål om skel. Sælger er informeret. Handlen er ikke endelig. Kan I svare inden fredag?

Mvh Louise Berg
""")

M("", """
Hej

Hvor mange huse er solgt i Ishøj i januar? Nybolig siger markedet er faldet.
""")

M("ts", """
Hej

Jeg er grønlandsk og bøsse, og jeg føler mig ikke velkommen på det lokale værested for grønlændere. Findes der et andet tilbud i Ishøj?

Mvh Aputsiaq
""")

M("", """
Hej

Er der værested for udsatte grønlændere i Ishøj, eller skal man til København?
""")

M("b", """
Hej

Jeg er Jehovas Vidne og vil ikke have blodtransfusion. Jeg skal have en operation på Hvidovre, og hjemmeplejen skal vide det hvis der sker noget derhjemme. Kan I notere det i min journal?

Mvh Lis Poulsen
""")

M("", """
Hej

Skal man som borger selv oplyse hjemmeplejen om livstestamente, eller ser de det i systemet?
""")

M("", """
Sv: Forespørgsel om lokale

> Beklager, Lille Sal er optaget den 12. april.

Hvad med 19. april? Samme tidspunkt.

Mvh Ishøj Seniorkor
""")

M("e", """
Hej

Jeg er 19 og har lige fået at vide at jeg skal flytte fra min plejefamilie, fordi min efterværn stopper. Jeg har ikke nogen steder at bo. Hvad gør jeg?

Mvh Amalie, [[210306-4512]]
""")

M("", """
Hej

Hvad er efterværn, og hvor længe kan det vare?
""")

M("t", """
Hej

Jeg vil klage over en medarbejder i Borgerservice, der spurgte mig om jeg "overhovedet var dansker", fordi jeg er mørk i huden. Jeg er født i Ishøj. Jeg ønsker ikke at være anonym.

Mvh Jamal Hussein
""")

M("", """
Hej

Hvordan klager man over en medarbejder i kommunen? Er det borgerrådgiveren?
""")

M("p", """
Hej

Vi har skrevet under på en købsaftale om en grund i Tranegilde, men købet er betinget af at kommunen godkender jordbundsundersøgelsen. Sagsnr. 01.02.05-P20-33-26. Hvornår sker det?

Mvh Birgitte og Lasse
""")

M("", """
Hej

Hvornår er sagsbehandlingstiden for jordforureningsattester?
""")

M("u", """
Hej

Jeg er ansat som tømrer hos en underleverandør på Ishøj Skole og medlem af Blik og Rør. Vi har ikke fået løn i 5 uger. Kommunen er bygherre. Hjælp?

Mvh Piotr
""")

M("", """
Hej

Hvilke fagforeninger har overenskomst med byggeriet på Ishøj Skole? Er der kædeansvar?
""")

M("h", """
Hej

Jeg er gravid i 7. måned og kan ikke gå op ad trapperne til mit lejemål på Vejledalen 15, 3. sal, fordi elevatoren har været i stykker i 3 uger. Kan kommunen presse boligselskabet?

Mvh Sofie Andersen
""")

M("", """
Hej

Elevatoren på Vejledalen 15 har været i stykker i 3 uger. Hvem har ansvaret, kommunen eller boligselskabet?
""")

M("sb", """
Hej

Jeg er imam-uddannet men lever åbent som bøsse med min mand. Jeg vil gerne tilbyde samtaler til unge muslimske LGBT+ i Ishøj via jeres ungdomsklub. Kan vi tale sammen?

Mvh Ali Mansour
""")

M("", """
Hej

Har Ishøj Ungdomsskole tilbud for LGBT+ unge?
""")

M("", """
Fra: Peter Juul
Til: post@ishoj.dk
Emne: Sv: Tilbud på tagrender

> Vi kan ikke anbefale håndværkere.

Okay, men har kommunen en liste over godkendte firmaer til asbestfjernelse?
""")

M("e", """
Hej

Jeg har fået et brev om at min boligstøtte er stoppet, fordi min søn er flyttet hjem. Han er 22 og arbejdsløs og bor hos mig midlertidigt. Kan I genberegne?

Mvh Bente Aagaard, [[150361-2206]]
""")

M("", """
Hej, jeg søger information om tilskud til fjernvarme for boligejere i Ishøj.
""")

M("b", """
Hej

Som pacifist og militærnægter vil jeg ikke deltage i beredskabsøvelsen, som min arbejdsplads i kommunen har tilmeldt os. Kan jeg fritages?

Mvh Anders Winther
""")

M("", """
Hej

Hvornår er der beredskabsøvelse i Ishøj? Der var sirener i går.
""")

M("", """
Hej, kan man få en kopi af byrådets budgetaftale for 2026?
""")
