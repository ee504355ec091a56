"""Part E: teachers, neighbours and doctors worried about someone; forwarded letters, reply chains."""
from common import M

M("he", """
Til Center for Børn og Forebyggelse

Underretning

Jeg er klasselærer for Noah Berg i 4.a på Strandgårdskolen. Noah er i de sidste tre uger kommet i skole uden madpakke og i de samme tøj, og han falder i søvn i timerne. I dag fortalte han, at hans mor "ligger i sengen hele tiden og græder". Jeg har tidligere hørt fra moderen, at hun er i behandling for en depression.

Jeg sender dette som underretning. Noahs cpr er [[120915\u00a04417]].

Med venlig hilsen
Karina Bech, lærer
""")

M("", """
Hej Birgit

Som lærer på Ishøj Skole vil jeg gerne foreslå, at kommunen tilbyder gratis morgenmad til alle elever. Mange børn kommer sultne i skole, og det går ud over indlæringen. Det handler ikke om bestemte familier, men om alle.

Mvh Kristoffer Lyng
""")

M("e", """
Til hovedpostkassen

Jeg bor ved siden af familien i nr. 9 på Vejleåvej. Der har været politi tre gange i oktober, og i nat hørte vi børnene græde og en voksen råbe. Jeg vil ikke blande mig, men jeg er bekymret for de to små. Hvem skal jeg skrive til? Jeg vil gerne være anonym.

En nabo
""")

M("h", """
-----Oprindelig meddelelse-----
Fra: Lægehuset Ishøj Centret
Sendt: 10. november 2026 14:02
Til: Ole Nissen
Emne: Lægeerklæring

Til rette vedkommende

Ole Nissen, [[240552-1985]], er i behandling for hjertesvigt og kan ikke gå længere end 100 m. Han bør have adgang til handicapparkering ved sin bolig.

Læge Anja Friis

---
Hej kommunen, jeg videresender lægens brev som I bad om. Hvor skal jeg søge p-kortet?
Ole
""")

M("", """
Hej Ishøj Kommune

Vi er nogle naboer i Ishøj Landsby, som gerne vil arrangere en juleloppemarked på pladsen ved kirken. Skal vi søge tilladelse?

Hilsen
Vibeke og naboerne
""")

M("ht", """
Til sundhedsplejersken, Vejleåskolen

Jeg er pædagog i 0.b. Vores elev Ayşe (6 år) har svært ved at se tavlen og knibe øjnene sammen. Familien er nyankommet fra Tyrkiet og forældrene taler kun tyrkisk. Kan sundhedsplejersken lave en synstest og ringe til forældrene med tolk?

Mvh
Ib Winther
""")

M("e", """
Hej Kim

Jeg skriver til dig som byrådsmedlem, fordi jeg ikke ved hvad jeg ellers skal gøre. Min overbo, en ældre mand der hedder Erik, har ikke fået sin hjemmehjælp i 2 uger, fordi han "afbestilte" den i vrede. Han kan ikke selv komme i bad. Han har sagt til mig at jeg gerne må skrive. Kan nogen fra visitationen kigge forbi?

Hilsen
Lise, Ishøj Strandpark 5, 2. th.
""")

M("", """
Til Center for Børn og Forebyggelse

Hvornår holder I næste informationsaften for nye dagplejere? Jeg er uddannet pædagogmedhjælper og overvejer at blive dagplejer i Ishøj.

Venlig hilsen
Anette Vang
""")

M("he", """
Kære borgerrådgiver

Jeg er praktiserende læge i Ishøj og skriver med patientens samtykke. Min patient, Bent Jørgensen, 71, har langt fremskreden KOL og har søgt om en plejebolig tre gange. Han bor alene på 3. sal uden elevator. Jeg er bekymret for, at han dør i sin lejlighed, før han får svar. Hvad kan jeg gøre?

Med venlig hilsen
Læge Torben Fog
Lægehuset Vejleå
""")

M("tb", """
Hej Anne

Som dansklærer på sprogcentret vil jeg gerne sige at en af mine kursister, Fatima fra Somalia, blev bedt om at tage sit tørklæde af til billedet til sit sundhedskort i Borgerservice. Det er ikke reglen, så vidt jeg ved. Hun var meget ked af det.

Venlig hilsen
Camilla Dreyer
""")

M("", """
Hej

Jeg er lærer og vil gerne tage min 6. klasse med på besøg på rådhuset i forbindelse med et forløb om demokrati. Kan vi møde et byrådsmedlem?

Hilsen
Jacob Rønne, Gildbroskolen
""")

M("heb", """
Til Visitationen

Jeg er nabo til fru Hansen på Gildbrovej 40. Hun er 87 og ret forvirret i perioder – hun har flere gange stået i haven om natten i natkjole. Hun er meget troende og går i Pinsekirken hver søndag, og menigheden har også spurgt mig om kommunen kan hjælpe. Hun har fortalt mig, at hun har fået afslag på hjemmehjælp i sommer.

Mvh
Jens Kloster
""")

M("", """
Hej

Som skolelærer oplever jeg at mange elever har svært ved at finde hjælp til lektier. Har kommunen planer om flere lektiecaféer?

Mvh Hanne
""")

M("h", """
Kære Ishøj Kommune

Jeg videresender denne henvisning fra min egen læge, fordi jeg ikke kan se den i Digital Post:

> Henvisning til genoptræning efter sundhedslovens § 140
> Patient: Jette Andersen, [[0803551234]]
> Diagnose: Skulderfraktur (S42.2), opereret 30.10.2026
> Ønsket start: snarest

Hvornår kan jeg få tid?
Jette
""")

M("e", """
Hej,

jeg er nabo til en ung mor i opgangen, Sandra, hun har fået fogeden på besøg og skal sættes ud den 15. december. hun har to små børn. hun sagde det var ok at jeg skrev. kan kommunen gøre noget?

Kenneth, Strandgårdsparken 31
""")

M("", """
Til Teknik og Miljø

Min nabo har en enorm bunke haveaffald liggende, og det trækker rotter til. Hvem kan vi ringe til?

Venlig hilsen
Ole Skov
""")

M("hte", """
Til Center for Børn og Forebyggelse

Underretning fra Ishøj Tandpleje: Vi har indkaldt Mariam (10 år) fire gange uden at hun er mødt. Ved sidste besøg i 2025 havde hun syv huller. Familien er fra Afghanistan, og far har på telefon sagt, at de ikke har råd til at tage fri fra arbejde. Vi er bekymrede for omsorgssvigt.

Mvh
Tandlæge Lise Bundgaard
""")

M("s", """
Hej Lone

Jeg er lærer på Ishøj Skole og kontaktlærer for Emma i 9.b, der fortalte mig, at hun er lesbisk og ikke vil hjem, fordi hendes forældre har sagt, at hun skal "vokse fra det". Hun spørger, om hun kan tale med skolepsykologen uden at forældrene får besked.

Venlig hilsen
Rune Vestergaard
""")

M("", """
Til borgerrådgiveren

Er det lovligt at kommunen henter oplysninger om en borger fra naboer? Vi diskuterede det i min forældregruppe, og ingen vidste det.

Venlig hilsen
Tina
""")

M("eh", """
-----Oprindelig meddelelse-----
Fra: Lene Hjort (nabo)
Til: hovedpostkassen@ishoj.dk
Emne: VS: Gerda i nr. 14

Videresendt fra min datter, som bor i Aarhus:

> Mor, kan du ikke skrive til kommunen om Gerda? Hun har jo ikke fået hjælp siden hun kom hjem fra hospitalet med den brækkede hofte.

Gerda Poulsen, Ishøj Parkvej 14, har ikke fået besøg af hjemmeplejen i fire dage. Hun har bedt mig skrive.

Lene Hjort
""")

M("", """
Hej

Vi er lærere på Vibeholmskolen og vil gerne søge om penge til en lejrtur til Bornholm for hele 7. årgang. Hvem kan man søge hos?

Mvh Lærerteam 7
""")

M("b", """
Hej Søren

Jeg er nabo til præsten, Jens Brandt, der er sognepræst i Torslunde. Han har bedt mig skrive for ham, fordi han er på ferie: vejbelysningen foran præstegården er gået ud, og der er glat. Kan det ordnes?

Mvh Frida
""")

M("", """
Til skolen

Vi har hørt rygter om, at der er kommet lus i 2.a. Kan I sende en generel besked til alle forældre?

Mvh en forælder
""")

M("he", """
Til Visitationen

Jeg er hjemmesygeplejerske og skriver efter aftale med borgeren: Kurt Berthelsen, [[1102461239]], har nu så fremskreden Parkinson, at han ikke kan komme i og ud af seng. Han har brug for en plejeseng og en lift, og hans kone kan ikke længere klare det. Kan sagen fremskyndes?

Med venlig hilsen
Maja Lund, hjemmesygeplejerske
""")

M("", """
Hej Ishøj

Jeg er lærer og vil spørge, om kommunen har materialer om kildesortering til børn i indskolingen. Jeg vil gerne lave et tema.

Mvh Signe
""")

M("et", """
Til borgerrådgiveren

Jeg er klasselærer for en pige i 9. klasse, hvis familie er fra Eritrea. Pigen, Helen, fortæller, at familien har fået en regning fra kommunen på 34.000 kr. for en forkert udbetalt børnefamilieydelse, og at de nu ikke har penge til mad. Hun er bange. Forældrene har sagt ok til, at jeg skriver.

Venlig hilsen
Bo Kastrup
""")

M("h", """
Kære Lars

Jeg er nabo til Ejvind Holst i Torslunde, og han har fortalt mig at han har fået konstateret prostatakræft. Han spørger om kommunen har et tilbud om transport til strålebehandling på Herlev, da han ikke kan køre selv. Han har sagt okay til at jeg skriver.

Mvh Flemming
""")

M("", """
Til hovedpostkassen

Jeg er skolelærer og vil spørge, hvordan reglerne er for at give elever medicin på lejrskole. Er der en generel vejledning fra kommunen?

Med venlig hilsen
Peter Dahl, Ishøj Skole
""")

M("tu", """
Hej

Jeg er lærer og TR for DLF på Strandgårdskolen. En af vores kolleger, Ahmed, der er fra Irak, har fået kommentarer fra en forælder om "at han skulle tage hjem". Vi har klaget til skolelederen. Kan byrådet sige noget?

Mvh
Sanne Krogh
""")

M("he", """
Kære socialrådgiver

Jeg er læge på Ishøj Lægecenter og vil gerne henlede opmærksomheden på, at min patient, Yvonne Gram, [[250973 0842]], ikke har kunnet hente sin medicin mod epilepsi i to uger, fordi hun ikke har penge. Hun er på kontanthjælp. Kan der bevilges hjælp til medicin?

Med venlig hilsen
Læge Per Lauritzen
""")

M("", """
Hej

Jeg er nabo til Ishøj Kirke og vil gerne høre, hvornår de nye parkeringspladser ved kirken bliver færdige.

Hilsen
Jonna
""")

M("ht", """
Kære skolesundhedsplejerske

Jeg er klasselærer i 3.c. En af mine elever, Mustafa, der kom hertil fra Syrien som flygtning for et år siden, har store problemer med at sove og har flere gange tisset i bukserne i skolen. Jeg tror han har haft oplevelser i krigen. Kan I se på det?

Mvh Mette Bak
""")

M("", """
Kære byrådsmedlemmer

Som pensioneret skolelærer og borger i Ishøj i 40 år vil jeg opfordre jer til at bevare Torslunde Skole. Den lille skole er vigtig for landsbyen.

Venlig hilsen
Grethe Madsen
""")

M("e", """
Hej

jeg er nabo til ham der bor i skurvognen ved stien bag Ishøj Station. han har boet der siden foråret og nu bliver det koldt. han hedder Brian og han har selv sagt at jeg gerne må skrive til kommunen. han har ingen adresse og ingen penge.

/ Jonas
""")

M("", """
Til Center for Byudvikling og Natur

Som beboer i Ishøj Strand og skolelærer undrer jeg mig over, at der ikke er cykelstativer ved strandparken. Eleverne cykler derhen på ekskursion.

Mvh Morten
""")

M("eh", """
Til borgerrådgiveren

Jeg er lærer på Ishøj Skole og har en elev, Victoria (13), hvis mor er død i sommer. Victoria bor nu hos sin far, der er alkoholiker. Hun har fortalt at hun laver al maden og at faren "ligger og sover" om eftermiddagen. Jeg har underrettet, men ikke hørt noget. Hvad sker der?

Venlig hilsen
Mads Henning
""")

M("b", """
Til Ishøj Skole, ledelsen (cc borgmesteren)

Vores søn Elias skal konfirmeres i Ishøj Kirke den 9. maj, og skolen har lagt en skolefest samme dag. Kan datoen flyttes?

Venlig hilsen
Charlotte og Bjørn Steffensen
""")

M("", """
Hej

Jeg er nabo til en familie, der har fået tre biler parkeret på fortovet. Kan kommunen give dem en bøde? Adressen er Vibeholmsvej 30.

Mvh Torben
""")

M("hse", """
Til Center for Voksne og Velfærd

Jeg er nabo og god ven til Hans og Vagn på Ishøj Søvej 27. De har været gift i 30 år. Vagn er faldet i badet og har brækket hoften, og Hans, der selv har hjertesvigt, kan ikke løfte ham. De har søgt om hjemmepleje to gange uden svar. De har bedt mig skrive.

Mvh
Bodil Rasmussen
""")

M("", """
Hej Ishøj Kommune

Vi er forældreråd i Børnehuset Regnbuen og vil høre om kommunen kan betale en ekstra legeplads. Vi har 64 børn og kun én gynge.

Mvh Forældrerådet
""")

M("he", """
Kære byrådsmedlem

Jeg er fysioterapeut og har behandlet en patient, Karl Rask, [[1310480919]], efter et slagtilfælde. Han har søgt om genoptræning hos kommunen men fik afslag, så nu betaler han selv og kan ikke længere. Kan I hjælpe ham med at få en revurdering?

Venlig hilsen
Mia Bang, fysioterapeut
""")

M("", """
Til Skole og Dagtilbud

Som skoleleder vil jeg spørge, om den nye vejledning om fravær også gælder for elever i 10. klasse.

Mvh
Hans Ulrik Holm
""")
