"""Part D: families moving and selling homes, garden colonies, parents in unions, numbers that look like CPR numbers."""
from common import M

M("p", """
Hej

Vi har fået et betinget tilbud på vores hus på Tranegildevej og skal flytte til Roskilde. Kan vores søn blive på Ishøj Skole resten af skoleåret, hvis handlen går igennem?

Mvh Camilla og Jonas Lindberg
""")

M("p", """
Hej Henrik

Jeg er i gang med at købe et rækkehus i Vejleå Park, men sælger har trukket sig to gange. Nu er vi tilbage i forhandling. Vi har brug for at vide om der er ledig vuggestueplads i området fra marts.

Mvh Amalie
""")

M("pe", """
Hej

Vores hus skal på tvangsauktion i januar fordi vi ikke kan betale lånene efter min mands konkurs. Vi har tre børn på Vibeholmskolen. Hvad sker der hvis vi ikke kan finde et sted at bo?

Mvh Tina Lassen
""")

M("", """
Hej

Kan kommunen oplyse om der er planlagt nye boligområder med rækkehuse i Ishøj Landsby de næste fem år? Vi er en familie der overvejer at flytte til.

Mvh
""")

M("p", """
Hej

Min mor og jeg har byttet: hun overtager min lejlighed og jeg køber hendes hus i Torslunde, men vi venter på tinglysning og banken har ikke godkendt lånet endnu. Børnene skal skifte skole. Hvornår skal vi søge?

Mvh Kenneth
""")

M("p", """
Hej

Vi sælger vores kolonihave i Haveforeningen Strandhaven, nr. 42. Der er en køber, men bestyrelsen siger han skal have bopæl i Ishøj. Er det kommunens eller foreningens regel?

Mvh Birgit og Poul (bedsteforældre til 5)
""")

M("", """
Hej

Hvad er reglerne for at købe kolonihavehus i Ishøj? Skal man bo i kommunen?

Mvh
""")

M("p", """
Hej

Jeg har budt på andelsboligen i Bredekærgård 8, 1. tv. Mægleren siger der er tre andre bud. Jeg er alenefar med to drenge, og vi skal bruge to skolepladser. Hvilken skole hører adressen til?

Mvh Frederik
""")

M("", """
Hej

Hvilken skole hører Bredekærgård til? Vi bor der allerede, vi vil bare være sikre.

Mvh
""")

M("ps", """
Hej

Min mand Peter og jeg har solgt vores lejlighed betinget af at vi kan få det hus i Ishøj Landsby vi har budt på. Vores datter Nora skal begynde i 0. klasse. Kan I hjælpe med at vi får plads på Ishøj Landsby Skole, også selvom handlen ikke er endelig?

Mvh Anders Holm
""")

M("pe", """
Hej

Efter skilsmissen kan jeg ikke beholde huset alene. Min eks vil købe mig ud men vi er ikke enige om prisen, og sagen ligger hos advokaterne. I mellemtiden vil jeg gerne vide om jeg kan søge boligstøtte hvis jeg lejer.

Mvh Marianne
""")

M("", """
Hej

Hvordan beregnes boligstøtte for en enlig forælder med to børn? Jeg vil bare forstå reglerne.

Mvh
""")

M("p", """
Hej

Vi er et forældrepar der har købt en grund af kommunen i Vejleå Syd, men handlen er ikke på plads før lokalplanen er vedtaget. Hvornår kommer den til afstemning? Vi skal planlægge børnenes skoleskift.

Mvh
Jesper og Line Holmgaard
""")

M("", """
Hej

Hvornår sælger kommunen de næste grunde i Vejleå Syd, og til hvilken pris per m²?

Mvh
""")

M("pt", """
Hej

Vi er en tamilsk familie fra Sri Lanka. Vores nabo i nr. 11 vil sælge sit hus til os, men vi er i tvivl om reglerne for at købe, fordi vi ikke har dansk statsborgerskab. Kan kommunen vejlede?

Mvh Kumar Sivakumar
""")

M("", """
Hej

Jeg er ejendomsmægler og vil høre om kommunen har forkøbsret til nogle af husene i Gildbroparken?

Mvh Henrik, EDC Ishøj
""")

M("p", """
Hej

Naboerne på hjørnet har sat huset til salg og vil gerne vide om deres grund kan deles. Der bor mange børn på vejen og vi vil gerne vide om der kommer en stor byggeplads. Det er Ishøj Bygade 17.

Mvh fra nr. 19
""")

M("p", """
Hej kommune

Morfar vil sælge sit landbrug i Torslunde til os, men han vil gerne vente til efter jul og prisen er ikke aftalt. Børnene skal gå i skole derude. Kan vi skrive dem op nu?

Mvh Signe
""")

M("", """
Hej

Jeg har tidligere købt et hus af kommunen (handlen blev afsluttet i 2019) og vil nu gerne bygge en carport. Skal jeg søge byggetilladelse?

Mvh
""")

M("pu", """
Hej

Jeg er medlem af HK og har fået tilbudt job i Odense. Vi har sat lejligheden til salg, men der er ingen bud endnu. Kan vores datter blive i vuggestuen indtil vi flytter?

Mvh Rikke
""")

M("u", """
Hej

Jeg har været medlem af 3F i 20 år men meldte mig ud sidste år. Nu er jeg blevet uenig med min arbejdsgiver om min barselsorlov. Kan kommunen hjælpe, eller skal jeg melde mig ind igen?

Mvh Jan
""")

M("ue", """
Hej

Jeg er HK'er og på barsel med vores tvillinger. Udbetaling Danmark har beregnet mine barselsdagpenge forkert og min fagforening siger kommunen skal bekræfte at pladsen i vuggestuen først starter i august. Cpr: [[150290 2248]].

Mvh Lene Schmidt
""")

M("u", """
Hej

Min mand er tillidsrepræsentant for Dansk Metal på sin arbejdsplads og kan derfor ikke hente vores børn før 17. Kan SFO'en holde åbent til 17.30?

Mvh Trine
""")

M("", """
Hej

Hvorfor lukker SFO'en kl. 17? Mange forældre arbejder til 17 og når ikke frem.

Mvh
""")

M("u", """
Hej

Vi er nogle forældre fra forskellige forbund, 3F, FOA og HK, og vi vil gerne opfordre byrådet til at have fleksibel åbningstid i daginstitutionerne.

Mvh forældre fra Troldehøj
""")

M("u", """
hej, jeg er sygeplejerske på Hvidovre og medlem af DSR. jeg har nattevagter og vil gerne søge om en udvidet plads i dagplejen. hvordan? /Mia
""")

M("", """
Hej

Hvad er åbningstiden for dagplejen, og kan man få plads i weekenden? Jeg er sygeplejerske og arbejder i skiftehold.

Mvh
""")

M("ue", """
Hej

Jeg er medlem af Krifa og min a-kasse siger at jeg skal dokumentere at jeg har pasning til min søn for at stå til rådighed. Kan I sende mig en bekræftelse på pladsen?

Mvh Dennis Vang
""")

M("u", """
Kære udvalg

Jeg er lærer på Vejleåskolen og medlem af Lærerforeningen. Jeg vil gerne foreslå at lærere får fri til at deltage i elevernes konfirmationer, da det betyder meget for relationen.

Mvh Kathrine Bay
""")

M("u", """
Hej Jakob

Jeg var tillidsrepræsentant i Ishøj Kommunes dagpleje i 12 år, indtil jeg gik på pension. Nu er jeg farmor og ser hvordan dagplejen forfalder. Kan vi mødes?

Mvh Hanne Rasmussen
""")

M("", """
Hej

Hvilke fagforeninger deltager i uddannelsesmessen for 9. klasse i Ishøj Hallen?

Mvh
""")

M("", """
Hej

Jeg er ikke medlem af nogen fagforening og min søn på 16 har fået fritidsjob i Netto. Hvad er reglerne for unge under 18 og arbejdstid?

Mvh
""")

M("", """
Hej

Jeg er i ASE, og jeg skifter job til januar med andre arbejdstider. Kan min datters SFO-plads ændres fra morgenåbning til eftermiddag?

Mvh
""")

M("", """
Hej

Jeg har en regning fra tandplejen for min søn med fakturanr. 1507121234. Jeg troede børnetandpleje var gratis?

Mvh Martin
""")

M("", """
Hej

Vores sagsnummer er 27.15.08-G01-3345-26. Hvornår får vi svar om skolebussen til Torslunde?

Mvh
""")

M("", """
Hej

Hvad er P-nummeret for Vibeholmskolen? Vi skal bruge det til en ansøgning om fondsmidler til en skolehave.

Mvh Forældreforeningen
""")

M("", """
Hej

Jeg har et kundenummer hos pladsanvisningen, 0405187788, men jeg kan ikke logge ind. Hjælp?

Mvh
""")

M("", """
Hej

Min søns elevnummer er 2209134411 i skolens system. Er det samme som hans cpr? Jeg vil ikke have at det bliver vist til andre børn.

Mvh
""")

M("", """
Hej

Vi har fået et brev med journalnummer 2026-14-0317. Det handler om skolebuddet, men jeg forstår ikke om det er til os eller til alle.

Mvh
""")

M("", """
Hej

Kontonummeret til indbetaling af lejrskole er 5301 0241786. Er det rigtigt, eller er det svindel? Det kom på en sms.

Mvh
""")

M("", """
Hej

Ventelistenummer 1102203377 — betyder det at vi står nr. 1102 på listen? Det lyder af meget.

Mvh en forvirret far
""")

M("", """
Hej, jeg ringede på 43 57 70 00 men kom ikke igennem. Hvornår har pladsanvisningen telefontid?
""")

M("", """
Hej

Kan I bekræfte at betalingen med bilagsnr. 120325-0077 for madordningen på Ishøj Skole er registreret?

Mvh
""")

M("", """
Hej

UNI-loginet til min datter er ikke aktiveret: brugernavn sofi0812. Skolen henviser til kommunen.

Mvh
""")

M("", """
Hej

Kontaktbogen i Aula viser min søns fødselsdato 14.03.2017 offentligt for hele klassen. Er det meningen?

Mvh
""")

M("e", """
Hej

Jeg vil søge om friplads til min søn i SFO. Jeg er på dagpenge. Hans cpr er [[140317-7291]] og mit er [[031086-1128]].

Mvh Malene Krogh
""")

M("", """
Hej

Hvor går grænsen for økonomisk friplads i 2027? Jeg kan ikke finde tabellen.

Mvh
""")

M("e", """
Hej

cpr [[2108154462]]. Det er min datter Ellas. Jeg har fået en regning på 4.200 kr for hendes SFO som jeg ikke kan betale, jeg er på kontanthjælp og har søgt friplads i oktober. Kan I sætte den i bero?

Mvh Jeanette
""")

M("h", """
Hej

Min søn Hugo [[061116 6245]] har fået diagnosen epilepsi og skal have et anfaldsbeskrivelse med til skolen. Hvem skal have den?

Mvh Ditte
""")

M("", """
Hej

Har skolerne en fast procedure for medicin til elever med kroniske sygdomme? Jeg er ny i forældrebestyrelsen.

Mvh
""")

M("h", """
Hej

Vi fik vores tredje barn i sidste uge, for tidligt i uge 31, og hun ligger stadig på neonatal. Storesøster Lykke kan derfor ikke komme til skolefotograferingen.

Mvh Simon
""")

M("", """
Hej

Hvornår er der skolefotografering på Ishøj Skole, og kan man købe billederne bagefter?

Mvh
""")
