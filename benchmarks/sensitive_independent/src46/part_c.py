"""Part C: elderly care, disability and health services; long letters, CPR in every form."""
from common import M

M("he", """
Emne: Klage over hjemmeplejen – Rigmor Hansen, cpr. [[120334-1486]]

Til Center for Voksne og Velfærd

Jeg skriver på vegne af min mor, Rigmor Hansen, Ishøj Søvej 80, som modtager hjemmepleje morgen og aften. Hun har Parkinson og falder ofte. I sidste uge kom aftenvagten ikke, og hun lå på gulvet til næste morgen.

Jeg vedlægger fuldmagt.

Bilag:
1. Fuldmagt
2. Udskrift fra nødkaldsanlægget
3. Mine noter

Med venlig hilsen
Bjarne Hansen
tlf. 30 22 81 45
""")

M("", """
Hvor mange besøg om dagen kan man få fra hjemmeplejen i Ishøj, og hvad er serviceniveauet for rengøring?
""")

M("h", """
Hej

Hjemmesygeplejersken kommer hver dag for at skifte forbindingen på min fars ben (han har et diabetessår). Hun har sagt han skal på Hvidovre, men han vil ikke. Kan I tale med ham? Han hedder Knud Vestergaard og bor på Gadekærvej 18.

Mvh Lise
""")

M("e", """
Kære visitationen

Min far Arne er flyttet på Ishøj Plejecenter og han savner sin kat. Må katten komme med? Han har ikke andet tilbage.

Mvh Susanne
""")

M("", """
Må man have kæledyr på plejecentrene i Ishøj? Jeg skal bruge det til en artikel i lokalavisen.

Venlig hilsen
Karsten Moos, journalist, Ishøj Avis
""")

M("eb", """
Til Plejecenter Kærhuset

Min mor Esther er katolik og har altid gået til messe hver søndag. Nu bor hun hos jer og kan ikke komme i kirke. Kan præsten fra Sankt Mikaels kirke komme på besøg hos hende?

Venlig hilsen
Peter Kowalski
""")

M("", """
Har plejecentrene i kommunen aftaler med præster eller imamer om besøg? Jeg spørger som nyvalgt medlem af Ældrerådet.
""")

M("ets", """
Kære Ældrerådet

Jeg er 78 og har boet sammen med min mand Jens i 41 år. Nu er han kommet på plejehjem, og personalet kalder mig hans "ven". Vi er gift. Jeg er også træt af at blive spurgt, hvor jeg kommer fra – jeg er født i Tyrkiet, men dansk siden 1970.

Hilsen
Mehmet Aydın
""")

M("he", """
hej jeg har søgt om en rollator og et toiletsæde med armlæn for 5 uger siden efter min knæoperation. intet er sket. mit cpr er [[2807491163]]. kan nogen ringe til mig 25 44 19 02
Gerda
""")

M("", """
Emne: Hjælpemiddeldepotet

Hvad er åbningstiderne i hjælpemiddeldepotet, og skal man selv hente en rollator? Jeg spørger for at kunne svare vores beboere i afdelingen.

Venlig hilsen
Inge, ejendomsfunktionær, Vejleåparken
""")

M("h", """
Til Sundhedscentret

Vedhæftet henvisning fra min læge til genoptræning efter blodprop i hjertet. Jeg hedder Villy Brandt, personnummer 09 05 52... undskyld, jeg sender det hele: [[090552-3071]]. Hvornår kan jeg starte?

Villy
""")

M("", """
Hvornår åbner Sundhedshuset om lørdagen, og kan man få influenzavaccine uden tid?
""")

M("he", """
Fra: Ulla Damsgaard
Sendt: 19. november 2026 07:11
Til: Visitationen
Emne: VS: Madordning

Hej, jeg videresender min mail fra sidste uge. Jeg er stadig uden mad siden min mand kom på hospice. Jeg har svært ved at stå ved komfuret pga. min gigt.

> Kære Visitationen. Jeg vil gerne søge om madordning. Ulla Damsgaard, cpr [[021140-2290]]
""")

M("", """
Hvad koster madordningen for pensionister i Ishøj pr. måltid i 2027?
""")

M("h", """
Hej

Min bror Henning har fået konstateret lungekræft. Han bor alene på Ishøj Strandvej. Hvad kan han få af hjælp? Han er ikke selv i stand til at skrive.

Mvh Jette
""")

M("", """
Emne: Indsamling

Vi samler ind til Kræftens Bekæmpelse foran Kvickly lørdag. Må vi stille et bord op?

Venlig hilsen
Lokalkomitéen
""")

M("he", """
Kære Center for Voksne og Velfærd

Jeg har sclerose og sidder i kørestol. Jeg bor i en lejlighed på 3. sal uden elevator i Gildbroparken. Jeg har søgt om boligskift for 8 måneder siden. Jeg er fanget i mit eget hjem.

Bilag: lægeerklæring, tidligere afslag.

Med venlig hilsen
Charlotte Beck
""")

M("", """
Hvor mange handicapegnede boliger har Ishøj, og hvor lang er ventelisten?
""")

M("e", """
Hej

Min svigermor har fået afslag på plejebolig og skal i stedet have mere hjemmehjælp. Hun hedder Grete Lassen, Ishøj Søvej 60. Vi vil gerne klage over afgørelsen.

Mvh Torben Lassen
""")

M("he", """
Hej borgerrådgiver

Jeg har fået bevilget bostøtte pga. min skizofreni, men min støttekontaktperson er blevet skiftet tre gange på et halvt år. Jeg kan ikke holde til at fortælle det hele igen og igen.

Anonym borger
""")

M("", """
Kære borgerrådgiver

Hvad kan I hjælpe med, og hvad kan I ikke? Jeg skal holde et oplæg for Ældresagen.

Venlig hilsen
Aase Tolstrup
""")

M("hbe", """
Emne: Bisættelse og ønske

Min mor bor på Ishøj Plejecenter og ligger for døden (hun har kræft i fremskredent stadie). Hun er ateist og ønsker ingen præst. Kan personalet sørge for det, hvis vi ikke er der?

Mvh Lene Møller
""")

M("", """
Hvilke muligheder er der for borgerlig begravelse i Ishøj? Kan man bruge kapellet uden præst?
""")

M("h", """
Til Ishøj Kommune

Hermed anmodning om aktindsigt i min journal i hjemmesygeplejen vedrørende behandling af mit tryksår i perioden marts til september. Jeg vedlægger kopi af sygesikringskort.

Venlig hilsen
Erna Poulsen
Ishøj Centervej 31
""")

M("", """
Emne: Aktindsigt

Hvordan søger man aktindsigt i sin egen sag, og hvor lang tid tager det?
""")

M("het", """
Kære Voksne og Velfærd

Min far Hamid Karimi (cpr [[010145 1377]]) er fra Afghanistan og taler kun dari. Han har demens og får hjemmehjælp, men hjælperne kan ikke tale med ham. Kan I bruge en tolk eller sende en hjælper der taler persisk?

Med venlig hilsen
Sara Karimi
""")

M("", """
Har hjemmeplejen i Ishøj medarbejdere der taler andre sprog end dansk? Det er et generelt spørgsmål.
""")

M("he", """
sendt fra min telefon

hej min mor er faldet og ligger på Glostrup med brækket hofte kan I sætte hjemmehjælpen på pause. hun hedder Else Nørgaard
""")

M("", """
Hej

Vi er en gruppe frivillige i Ishøj Besøgstjeneste, som gerne vil besøge ensomme ældre. Kan vi samarbejde med hjemmeplejen om at finde dem?

Venlig hilsen
Lis Hvid, koordinator
""")

M("he", """
Hej

Jeg har fået bevilget kørsel til dialyse tre gange om ugen, men nu vil de ændre afhentningstiden til kl. 5.30. Det kan jeg ikke, jeg er 84 og har nyresvigt. Personnummer [[2503422157]]... nej undskyld, [[250342-2217]].

Ingrid Bruun
""")

M("hs", """
Kære Sundhedsudvalg

Min kone Birgit og jeg (Hanne) vil gerne sige tak. Jeg har været igennem brystkræft, og Birgit har passet mig. Nu vil vi gerne takke genoptræningscentret på Ishøj for deres fantastiske indsats.

Kærlig hilsen
Hanne og Birgit
""")

M("", """
Emne: Ros til genoptræningen

Genoptræningscentret gør et fantastisk arbejde. Personalet er venligt og dygtigt. Bare så I ved det.
""")

M("e", """
Hej

Jeg har fået en regning fra kommunen på 3.400 kr for egenbetaling af hjemmehjælp, men jeg er på folkepension og har kun 6.000 kr. om måneden til mig selv efter husleje. Kan det være rigtigt?

Mvh Aksel Friis
""")

M("", """
Hvad er egenbetalingen for midlertidig hjemmehjælp i Ishøj? Jeg kan ikke finde det på hjemmesiden.
""")

M("h", """
Emne: SV: Genoptræning

Tak for tiden. Jeg kan desværre ikke mandag, da jeg skal til scanning på Herlev for min prostata.

Mvh Jørgen Kofoed

> Kære Jørgen Kofoed. Du har tid til genoptræning mandag den 30.11. kl. 10.00 hos fysioterapeut Maria. Venlig hilsen Sundhedscentret
""")

M("", """
Kære Sundhedscentret

Jeg er praktiserende læge i Ishøj og vil høre, om I har kapacitet til flere henvisninger til KOL-rehabilitering i første kvartal. Vores ventelister er lange.

Med venlig hilsen
Dr. Ole Vestergaard, Lægehuset Ishøj
""")

M("hu", """
Hej

Jeg er social- og sundhedsassistent i hjemmeplejen og er FOA-medlem. Jeg har fået en arbejdsskade i ryggen efter at have løftet en borger uden lift. Min leder siger det er min egen skyld. Hvem skal jeg klage til?

Mvh
Sabina
""")

M("", """
Til Ældreudvalget

FOA Køge Bugt har en række forslag til bedre arbejdsmiljø i hjemmeplejen. Vi vedlægger vores notat.

Med venlig hilsen
Hanne Lind, afdelingsformand, FOA Køge Bugt
""")

M("eh", """
Hej

Kan I hjælpe med en ledsageordning til min søn Kristian (23)? Han er udviklingshæmmet og bor på bostedet Engholm. Han vil gerne til fodbold lørdag.

Mvh Lars Due
""")

M("", """
Kan man få ledsageordning hvis man bor på et bosted, eller er det inkluderet?
""")

M("", """
Emne: SV: Ældrerådsvalg 2027

Hej

Jeg vil gerne stille op til Ældrerådet. Hvornår er fristen?

Venlig hilsen Jytte Sørensen, f. 1949

> Valget afholdes i marts 2027. Opstilling sker på særskilt blanket.
""")

M("te", """
hej, min mormor er grønlænder og vil gerne have grønlandsk mad på plejecentret til jul. hun bor hos jer nu
""")

M("", """
Holder plejecentrene juleaften med særlige retter for beboere fra andre kulturer?
""")

M("hebt", """
Kære Plejecenter Vejleåparken

Min far Moshe, der bor hos jer, er jøde og meget syg med hjertesvigt. Han beder om koshermad, og han vil gerne have besøg af rabbineren før sabbat.

Venlig hilsen
Rachel Levin
""")

M("", """
Emne: Nødkald

Vi har fået en ny nødkaldsanordning i min afdeling. Hvem skal man ringe til, hvis den ikke virker? Jeg er frivillig i beboerforeningen.
""")

M("h", """
Hej

Jeg vil gerne vide, om jeg kan få lov at blive vaccineret mod covid i hjemmet. Jeg er sengeliggende efter et slagtilfælde.

Jens Peder Lauridsen
Ishøj Landevej 20
""")
