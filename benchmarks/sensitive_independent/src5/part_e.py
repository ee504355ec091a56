"""Part E: Kultur og Fritid (foreninger, haller), Familieafdelingen, byrådsmedlemmer."""
from common import M

M("b", """
Hej Kultur og Fritid

Som formand for Radikale Venstre i Ishøj vil jeg gerne booke den lille sal i Ishøj Kulturhus til et vælgermøde den 4. november kl. 19-21. Vi forventer ca. 60 deltagere. Kan vi få adgang til projektor og mikrofon?

Venlig hilsen
Susanne Brink
""")

M("bt", """
Hej

Vi er en gruppe polske katolikker i Ishøj og omegn, ca. 40 familier, som i dag kører til messe i København hver søndag. Vi vil gerne høre, om vi kan leje et lokale i et af kommunens medborgerhuse en søndag om måneden, så præsten kan komme herud.

Med venlig hilsen
Agnieszka Kowalska, kontaktperson
""")

M("b", """
Til Ishøj Idrætscenter

Jeg er Jehovas Vidne og kontaktperson for vores menighed i Ishøj. Vi vil gerne leje den store hal en lørdag i maj til et stævne med ca. 250 deltagere. Er den ledig den 17. eller 24. maj?

Venlig hilsen
Daniel Frost
""")

M("b", """
Kære Merete

Jeg har stemt på Socialdemokratiet hele mit liv, ligesom mine forældre. Men at I vil lukke svømmehallen i Ishøj Landsby om søndagen, er jeg simpelthen ikke enig i. Det er der, vi mødes med børnebørnene.

Venlig hilsen
Hans Jørgen Lauritsen
""")

M("b", """
Kære Børne- og Skoleudvalg

Jeg er ateist og synes ikke, det er rimeligt, at skolerne tager alle elever med til julegudstjeneste i skoletiden. Min datter skal ikke i kirke, og hun må så sidde alene i et klasselokale. Kunne man ikke lave et andet juletilbud for dem, der ikke deltager?

Mvh
Rune Kjeldsen
""")

M("b", """
Hej Søren

Som mangeårigt medlem af Dansk Folkeparti er jeg skuffet over, at du stemte for at give tilskud til kulturforeningerne i Vildtbanegård uden at stille krav. Jeg forventer, at du tager det op i gruppen.

Mvh
Kjeld Overby
""")

M("b", """
Kære Klimaudvalg

Jeg er aktiv i Extinction Rebellion og vil gerne orientere jer om, at vi laver en fredelig demonstration foran rådhuset den 12. september. Vi vil gerne invitere udvalgsformanden til at tage imod vores underskrifter om en hurtigere klimaplan.

Med venlig hilsen
Ida Lerche
""")

M("b", """
Hej

Jeg er pacifist, og det har jeg været, siden jeg var ung. Derfor bliver jeg ked af, at skolens temauge handler om at "prøve at være soldat" med besøg fra Hjemmeværnet. Kan min søn få lov at lave noget andet den uge?

Venlig hilsen
Birgitte Vang
""")

M("b", """
Hej Ishøj Svømmehal

Min søn på 12 er sikh og bærer patka (en lille turban) over sit hår. Livredderen sagde i søndags, at han skulle tage den af eller gå op af bassinet. Må han bade med en badehætte over den i stedet?

Venlig hilsen
Harpreet Singh
""")

M("b", """
Hej

Min datter holder ramadan i år for første gang og faster fra solopgang til solnedgang. Hun har håndboldkamp kl. 18 på lørdag. Er det i orden, at hun tager en pause og spiser ved solnedgang kl. 19.40, hvis kampen trækker ud?

Mvh
Leyla Öztürk
""")

M("b", """
Hej Kultur og Fritid

Vi er en lille pinsemenighed, hvor jeg er en af de ældste. Vi mødes til bøn og lovsang hver søndag og har brug for et nyt lokale, fordi vi ikke længere kan være i kælderen på Vejlebrovej. Kan vi søge om at låne et lokale som forening?

Venlig hilsen
Bjørg Nyholm
""")

M("b", """
Kære Jonas

Jeg er SF'er og sidder i bestyrelsen for vores lokalafdeling. Vi har talt om, at vi gerne vil lave et borgermøde om den nye skolestruktur, og at du måske kunne deltage fra byrådsgruppen. Har du tid i uge 40?

Kh
Anne Marie Bech
""")

M("", """
Kære Lars (DF)

Fortovet på Strandgårds Allé er fuld af huller, og min mor på 84 er snublet to gange. Vil du ikke tage det op i Teknik- og Miljøudvalget?

Venlig hilsen
Rasmus Hedegaard
""")

M("", """
Hej

Hvornår er der kommunalvalg, og hvor ligger afstemningsstedet for dem, der bor i Strandgårdsparken? Jeg har ikke fået mit valgkort endnu.

Mvh
Kirsten
""")

M("", """
Hej Kulturnat-teamet

Både Ishøj Kirke og moskeen i Vildtbanegård holder åbent hus til Kulturnatten, og foreningen Dialog Ishøj laver rundvisning imellem dem. Kan det komme med i det trykte program?

Mvh
Dialog Ishøj
""")

M("", """
Hej

Folkekirkens Nødhjælps sogneindsamling er den 9. marts. Må vores indsamlere stå ved indgangen til Ishøj Bycenter og ved stationen, eller skal vi have tilladelse?

Venlig hilsen
Indsamlingsleder Ingrid Holm
""")

M("", """
Hej Ishøj Bibliotek

Vil I være med til at holde en foredragsrække om verdensreligionerne i foråret — islam, jødedom, buddhisme og kristendom? Jeg er religionshistoriker og har holdt lignende foredrag i Greve.

Mvh
Dr. Anders Kiilerich
""")

M("", """
Hej

Ungdomsskolen arrangerer et politisk debatmøde for 8.-10. klasse inden valget, og vi har inviteret alle partier i byrådet. Kan vi låne aulaen på Vibeholmskolen den 30. oktober?

Venlig hilsen
Jesper Holst, Ishøj Ungdomsskole
""")

M("s", """
Hej Kultur og Fritid

Vi er et lesbisk par, der skal giftes i august, og vi vil gerne leje festsalen i Ishøj Landsbys medborgerhus til festen bagefter. Er den ledig lørdag den 16. august, og hvad koster det for 80 gæster?

Glade hilsner
Camilla og Maja
""")

M("s", """
Hej

Min kæreste Mads og jeg vil gerne melde os til badmintonholdet for par om torsdagen i Ishøj Idrætscenter. Er der stadig plads, og skal man spille på et bestemt niveau?

Mvh
Oliver Brandstrup
""")

M("s", """
Hej Ishøj IF

Jeg er 16 år og biseksuel, og det ved de fleste på holdet. Vores træner har flere gange lavet jokes om det i omklædningsrummet, og de andre griner. Jeg vil ikke stoppe i klubben men jeg vil gerne ha det til at stoppe. Hvem i klubben eller kommunen kan jeg tale med?

Mvh
Frederik
""")

M("s", """
Hej Familieafdelingen

Min mand og jeg har længe talt om at blive plejefamilie, og vi vil gerne høre mere om, hvad det kræver. Vi har været gift i syv år og bor i hus med plads til et barn. Er der et informationsmøde, vi kan komme til?

Venlig hilsen
Christian og Nikolaj Rasmussen
""")

M("sb", """
Kære Nanna Thomsen

Som homoseksuel mand og SF'er gennem mange år vil jeg gerne takke dig for dit indlæg i byrådet om at hejse regnbueflaget på rådhuset under Pride. Det betyder mere for os, end mange tror.

Varme hilsner
Erik Lindgaard
""")

M("s", """
Hej

Min datter Freja og hendes kæreste Emma vil gerne låne et lokale i ungdomshuset til Emmas 18-års fødselsdag. Det er Freja, der har kontakten til klubben. Hvem skal de tale med?

Mvh
Anette Storm
""")

M("s", """
Hej Ungdomsklubben Strandgården

Jeg er 17 og aseksuel, og jeg har talt med et par andre i klubben, der også er under LGBT+-paraplyen. Vi vil gerne starte en gruppe, der mødes hver anden onsdag. Må vi det, og kan en af pædagogerne være med?

Mvh
Sigrid
""")

M("s", """
Hej

Jeg er queer og spiller i Ishøj Teatergruppe. Der er kun to omklædningsrum i Kulturhuset, "damer" og "herrer", og jeg føler mig ikke tilpas i nogen af dem. Kunne man lave det lille rum bag scenen om til et fælles omklædningsrum?

Venlig hilsen
Kim Sønderby
""")

M("se", """
Til Familieafdelingen

Jeg skriver om samværet med min søn på 8. Min ekskone er flyttet sammen med sin nye kone, og de har meddelt, at de flytter til Aalborg efter sommerferien. Vi har en aftale om samvær hver anden weekend, som ikke kan holde med den afstand. Jeg vil gerne have et møde med jer, før de flytter.

Med venlig hilsen
Brian Stougaard
""")

M("s", """
Hej

Efter 30 år i ægteskab med en mand er jeg nu sammen med en kvinde, Lene, og vi er flyttet sammen i Ishøj. Vi vil gerne melde os ind i seniordansen i Aktivitetscentret, men der står "herre og dame" i tilmeldingen. Må to kvinder danse sammen?

Venlig hilsen
Birthe Kragh
""")

M("s", """
Hej Ishøj Svømmehal

Min mand og jeg skal svømme med vores to børn om lørdagen. Vi har to drenge på 4 og 6. Kan vi bruge familieomklædningen, eller er den kun for mor og barn?

Mvh
Henrik og Jonas Ahlgren
""")

M("", """
Hej

Hvornår er Pride i Ishøj i år, og skal man tilmelde sig optoget på forhånd?

Mvh Nina
""")

M("", """
Kære borgmester

Jeg vil bare sige, at det var flot at se regnbueflaget på rådhuset i weekenden. Det viser, at Ishøj er en by for alle.

Venlig hilsen
Gerda Sørensen
""")

M("", """
Hej Ishøj Bibliotek

Jeg så, at I har foredrag om LGBT+-historie i Danmark den 20. februar. Er det gratis, og skal man tilmelde sig? Jeg vil gerne tage min klasse med.

Mvh
Tine Buus, lærer på 10. klassecentret
""")

M("", """
Hej

Min kæreste og jeg vil gerne leje den lille sal i Vejleåparken til min 30-års fødselsdag. Hvad koster det, og må vi have musik til kl. 1?

Mvh
Jonas Kjær
""")

M("", """
Hej

Min mand og jeg har været med i motionsholdet i Aktivitetscentret i 5 år. Nu er holdet flyttet til kl. 8.30, og det kan han ikke nå, fordi han kører vores barnebarn i skole. Er der et hold senere?

Venlig hilsen
Karen Dalsgaard
""")

M("u", """
Hej Kultur og Fritid

Jeg er formand for fritidsudvalget i 3F Vestegnen, og vi vil gerne leje Ishøj Idrætscenters hal 2 til en familiedag for medlemmerne den 7. september. Er den ledig?

Venlig hilsen
Jan Thomsen
""")

M("u", """
Kære Anne-Grethe

Jeg er medlem af Dansk Sygeplejeråd og har arbejdet i hjemmesygeplejen i Ishøj i 15 år. Jeg vil gerne fortælle dig, hvordan de nye kørelister fungerer i praksis, før udvalget træffer beslutning. Kan vi mødes en eftermiddag?

Venlig hilsen
Marianne Lykke
""")

M("u", """
Hej

Jeg meldte mig ud af FOA sidste år, fordi jeg syntes, de gjorde for lidt for os i ældreplejen. Nu vil jeg gerne spørge dig som politiker direkte: hvad gør I for at få flere hænder på plejecentrene?

Mvh
Gitte Rosenberg, social- og sundhedshjælper
""")

M("u", """
Kære Thomas

Jeg er ingeniør og medlem af IDA, og jeg har sammen med nogle kolleger lavet en analyse af, hvordan kommunen kan spare på energien i skolerne. Vi vil gerne præsentere den for Klimaudvalget. Kan du hjælpe os med at komme på dagsordenen?

Venlig hilsen
Lars Fogh
""")

M("u", """
Hej

Min datter er kontorelev i et revisionsfirma og medlem af HK Ungdom. Hun vil gerne arrangere et oplæg om elevrettigheder for de andre elever på Vestegnen. Kan de låne et mødelokale på biblioteket gratis?

Mvh
Helle Jæger
""")

M("u", """
Hej

Jeg er tillidsmand for elektrikerne hos en entreprenør, der skal renovere Ishøj Svømmehal, og medlem af Dansk El-Forbund. Vi har set, at der bliver brugt underleverandører uden overenskomst. Hvem i kommunen holder øje med arbejdsklausulerne?

Venlig hilsen
Morten Dybdal
""")

M("u", """
Hej

Jeg er medlem af Krifa og træner børnehold i Ishøj Volley. Krifa har et fællesskabsprojekt, hvor de sponsorerer trøjer til foreningsidræt. Må vi have deres logo på trøjerne, når vi spiller i kommunens haller?

Mvh
Mette Sonne
""")

M("", """
Hej

Vi skal holde vores bryllupsreception i Fagbevægelsens Hus i Glostrup. Kan man bestille en flextaxa fra Ishøj til Glostrup for et par ældre gæster, eller skal det være en privat taxa?

Mvh
Louise og Frank
""")

M("", """
Hej

Der var koncert i Ishøj Bypark 1. maj, arrangeret af fagbevægelsen på Vestegnen. Musikken var så høj, at vi ikke kunne være i vores have til kl. 22. Hvad er reglerne for støj ved den slags arrangementer?

Mvh
Ole og Birgit Sand
""")

M("", """
Hej

Jeg er med i ASE og har hørt, at a-kasserne kan have en stand på Kulturdagen. Er det rigtigt, og hvem skal man kontakte? Jeg er frivillig i en løbeklub, der også gerne vil have en stand.

Mvh
Nis
""")

M("t", """
Hej Kultur og Fritid

Jeg er tamil fra Sri Lanka og formand for Ishøj Tamilsk Kulturforening. Vi vil gerne søge om tilskud til vores årlige Pongal-fest i januar, hvor vi viser dans og musik. Hvornår er ansøgningsfristen?

Mvh
Sivakumar Rajendran
""")

M("t", """
Til Ishøj IF, fodboldafdelingen

Under kampen mod Greve i søndags blev min søn på 11 kaldt "sorte abe" af en spiller fra det andet hold, og dommeren gjorde ikke noget. Vores træner var ikke i nærheden. Jeg vil gerne vide, hvad klubben gør ved den slags, og om det bliver meldt til DBU.

Venlig hilsen
Joseph Adeyemi
""")

M("tb", """
Hej

Vi er kurdiske alevitter og mødes i en lille forening i Ishøj. Til vores cem-ceremoni har vi brug for et lokale, hvor vi kan sidde på gulvet i en rundkreds, ca. 60 personer. Har kommunen et lokale, der passer?

Med venlig hilsen
Hüseyin Kaya
""")

M("", """
Hej

Vi vil gerne have en stadeplads til Ishøj Kulturfestival med mad fra hele verden. Vores forening laver mad fra Eritrea, Syrien og Chile. Hvornår åbner tilmeldingen?

Mvh
Foreningen Fællesbordet
""")

M("e", """
Til Familieafdelingen

Jeg vil gerne lave en underretning om familien i nr. 19 i vores opgang. Jeg hører voksne råbe og et barn græde næsten hver aften, og i går så jeg den mindste på ca. 3 år alene på trappen kl. 22. Jeg vil helst være anonym.

En nabo, Ishøj Strandvej
""")

M("e", """
Hej

Min søn er anbragt på et opholdssted i Holbæk, og jeg må se ham hver anden søndag. Men opholdsstedet har aflyst de sidste to gange med kort varsel. Hvem hos jer har ansvaret for, at samværet bliver overholdt?

[[191175-1432]]

Venlig hilsen
Dorte Jeppesen
""")

M("p", """
Kære Kristian Hove

Vi har budt på et hus på Vejleåvej, lige op ad boldbanerne, og har hørt rygter om, at der skal bygges en ny multihal med parkering bag husene. Som udvalgsformand ved du vel, om det er rigtigt? Vi skal give endeligt svar til sælger inden fredag.

Venlig hilsen
Katrine og Anders Nyborg
""")

M("p", """
Hej

Jeg skal sælge mit kolonihavehus i H/F Vibeholm, og jeg har en køber. Men foreningens bestyrelse vil ikke godkende salget, fordi de mener prisen er for høj i forhold til vurderingen. Kan kommunen som udlejer af jorden gøre noget?

Mvh
Gudrun Haldorsen
""")

