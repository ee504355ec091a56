"""Part G: parents to schools, SFO and daycare — allergies, diagnoses, medicine, divorce and pick-up, food rules, bullying."""
from common import M

M("h", """
Hej Børnehuset Solsikken

Vores datter Ellen starter hos jer 1. april. Hun har svær nøddeallergi og har en EpiPen, som skal være i institutionen. Kan vi aftale et møde med personalet om hvad de skal gøre ved en reaktion?

Mvh
Sofie og Martin Kvist
""")

M("", """
Hej

Hvornår er der lukkedage i børnehaven i påsken? Vi skal planlægge ferie.

Mvh
Sara
""")

M("e", """
Til SFO'en på Vibeholmskolen

Min eksmand må IKKE hente vores søn Viktor. Der er en midlertidig afgørelse fra Familieretshuset om at Viktor bor hos mig og kun har overvåget samvær med sin far. Jeg sender afgørelsen med. Ring straks til mig hvis han dukker op.

Mvh
Line Kjærsgaard
tlf 26 11 48 93
""")

M("b", """
Hej

Vores søn Yasin må ikke få svinekød, da vi er muslimer. I sidste uge fik han pølsehorn til en fødselsdag, og det var han meget ked af bagefter. Kan I være opmærksomme på det, også når andre forældre har kage og mad med?

Venlig hilsen
Fatima og Omar El-Sayed
""")

M("", """
Kære Strandgårdskolen

Hvornår er der skole-hjem-samtaler i 5.b? Vi har ikke fået nogen invitation på Aula.

Mvh
""")

M("st", """
Til skolelederen på Gildbroskolen

Vores datter Noor i 3.a bliver drillet af to drenge, som siger at hun har "to lesbiske mødre og en far fra Afrika". Det er rigtigt at vi er to mødre og at hendes donor er fra Nigeria, men de siger det for at gøre hende ked af det. Hun vil ikke i skole. Hvad gør skolen?

Mvh
Birgitte Holm og Ditte Nørgaard
""")

M("", """
Hej

Hvad er skolens politik for mobiltelefoner i frikvartererne? Vi diskuterede det i forældrerådet.

Mvh
Forældrerådet, 6.a
""")

M("h", """
Hej Louise (klasselærer)

Frederik har fået diagnosen ADHD og er startet på Medikinet. Han skal have en tablet kl. 12 i skolen. Kan du eller en anden voksen sørge for at han tager den? Vi sender en lille æske med i tasken.

Mange hilsner
Anette (mor til Frederik, 4.b)
""")

M("", """
Hej

Tager skolen imod børn fra andre skoledistrikter? Vi overvejer at søge om skoleskift til næste år, fordi der er kortere vej for os.

Mvh
""")

M("t", """
Hej

Min søn Jamal blev i frikvarteret kaldt "n***er" af en elev fra 7. klasse, og en lærer stod og hørte det uden at gøre noget. Vi er en sort familie fra Somalia og vi har oplevet det her før. Jeg forventer at skolen reagerer.

Mvh
Abdirahman Farah
""")

M("", """
Kære Vuggestuen Mælkebøtten

Jeg vil gerne vide om I serverer økologisk mad, og hvad der er på madplanen i denne uge.

Hilsen Jonas
""")

M("eh", """
Til Børnehaven Spiren

Jeg vil gerne fortælle jer, at min kone og jeg er gået fra hinanden, og at hun er indlagt på psykiatrisk afdeling efter et sammenbrud. Det er derfor mig og min mor der henter Liva i den næste tid. Liva ved at mor er syg, men ikke mere. Vil I sige det til os, hvis hun reagerer?

Mvh
Jesper Nørgaard
""")

M("", """
Hej

Vi har hørt at der er lus i Blå stue. Er det rigtigt, og hvad skal vi gøre?

Mvh Maja
""")

M("hb", """
Hej

Vi er veganere af etiske grunde, og vores søn Silas på 3 er også vegansk. Han har desuden mælkeproteinallergi bekræftet af egen læge. Kan institutionen lave vegansk mad til ham, eller skal vi have madpakke med?

Mvh
Kira og Oskar Lindvig
""")

M("e", """
Hej Vibeholmskolen

Vi er blevet sat ud af vores lejlighed og bor nu midlertidigt hos min søster i Greve. Jeg vil gerne have at mine to børn kan blive på skolen indtil vi har fundet ny bolig, selv om vi ikke bor i skoledistriktet. Kan det lade sig gøre? Det er svært nok for dem i forvejen.

Mvh
Rikke Stenholt
""")

M("", """
Hej

Min søn har glemt sin jakke i SFO'en, en blå Molo med refleks. Har I set den?

Tak
""")

M("h", """
Hej

Clara har diabetes type 1 og går med insulinpumpe og sensor. Hun skal på lejrskole i uge 38. Vi vil gerne holde et møde med lærerne om hvordan I håndterer hendes blodsukker om natten. Kan vi finde en dag?

Mvh
Anne-Mette Guldberg
[[0311143078]]
""")

M("", """
Til skolen

Hvad er reglerne for fravær? Hvor mange dage må man holde fri uden for ferien?

Mvh
""")

M("s", """
Hej dagplejer Bente

Bare så du ved det: Theo bliver hentet af sin far Simon i dag og hans anden far, Ali, i morgen. De står begge på listen.

Kh
Simon Juhl
""")

M("b", """
Hej

Vores datter Hannah må ikke komme til julegudstjenesten i kirken sammen med klassen. Vi er Jehovas Vidner og fejrer ikke jul. Kan hun være på biblioteket med en anden voksen i det tidsrum?

Venlig hilsen
Martin og Rebekka Juhl
""")

M("", """
Kære skoleledelse

Jeg synes ikke at skolen burde tage klasserne med til julegudstjeneste i kirken. Det burde være et valg. Vil I tage det op i skolebestyrelsen?

Mvh
En forælder
""")

M("eh", """
Til PPR

Min søn Oliver på 9 har fået lavet en udredning i børnepsykiatrien, som viser infantil autisme og angst. Skolen siger at han skal vente et år på en plads i specialklasse. Han har ikke været i skole i 6 uger. Jeg har måttet gå ned i tid på arbejdet for at være hjemme med ham, og vi har ikke råd til det ret længe.

Mvh
Julie Thorsen
""")

M("", """
Hej

Vi er en gruppe forældre der gerne vil lave en juleklippedag i 2.c. Må vi låne skolens kantine en lørdag?

Mvh
Forældrene i 2.c
""")

M("t", """
Hej

Jeg er bekymret for at min søn Kristian (7.a) bliver kaldt "perker" af nogen fra 8. klasse, fordi hans far er fra Libanon. Han vil ikke sige det selv til læreren. Kan I tage en snak med de andre elever uden at nævne ham?

Mvh
Helle Haddad
""")

M("", """
Hej

Er der mulighed for at søge om friplads i SFO? Hvor finder man ansøgningsskemaet? Det er bare til en ven der ikke har adgang til computer.

Mvh
""")

M("e", """
Til Pladsanvisningen

Jeg har søgt om økonomisk friplads til vuggestuen, fordi jeg er blevet alene med min datter og kun har SU. Det er 5 uger siden. I mellemtiden er der kommet en rykker for betaling. Kan betalingen stilles i bero til jeg har fået svar?

Venlig hilsen
Emilie Dahl
""")

M("", """
Hej

Hvor mange timer om ugen må et barn på 2 være i vuggestue? Er der et maks?

Tak
""")

M("hs", """
Hej Kærnehuset

Jeg er Jonas' medmor, og jeg bliver indlagt til en operation på torsdag. Hans mor Line henter ham resten af ugen. Jonas kan godt være lidt ked af det. Han har også haft feber i weekenden, men er feberfri nu.

Kh
Tanja
""")

M("", """
Til Strandgårdskolen

Jeg er lærer på en anden skole og vil gerne høre, hvordan I har organiseret jeres tosprogede modtageklasse. Kunne jeg komme på besøg?

Mvh
Pernille Juhl
""")

M("eht", """
Hej

Vores datter Amina er født i Danmark men vi er fra Eritrea. Hun har astma og en gang imellem skal hun bruge sin spray i skolen. Hendes lærer sagde til hende at "I er jo vant til at klare jer uden medicin dernede". Det var ikke i orden. Jeg vil også høre om der er hjælp til hendes lejrskole, for jeg er på kontanthjælp og kan ikke betale 900 kr.

Mvh
Senait Gebremedhin
""")

M("", """
Hej

Har skolen en politik for halal-mad i kantinen? Vi spørger som forældreråd, fordi flere har spurgt om det.

Mvh
""")

M("h", """
hej, Malthe har brækket armen og har gips i 5 uger. han må ikke have idræt. kan han sidde med i klassen i stedet? og han har brug for at nogen hjælper ham med madpakken

mvh Louise (mor)
""")

M("e", """
Hej Børnehuset Regnbuen

Fra i dag må kun jeg og min mor hente Asger. Hans far har ikke forældremyndighed, og der er politianmeldt vold i hjemmet. Vi bor på krisecenter nu. Vær sød ikke at oplyse nogen om hvor vi bor.

Mvh
Katrine
""")

M("", """
Kære Vibeholmskolen

Jeg har set at skolen skal have nye toiletter. Hvornår kommer de? Vores datter bruger ikke toilettet på skolen fordi de er så beskidte.

Mvh
Morten
""")

M("b", """
Hej

Min datter Zahra er 12 og er begyndt at gå med tørklæde pga. sin tro. Idrætslæreren har sagt at hun skal tage det af til svømning. Kan hun få lov til at have et svømmetørklæde på?

Mvh
Houda Benali
""")

M("", """
Hej

Jeg er ny i kommunen og vil gerne vide, hvornår min søn på 5 skal starte i skole, og hvordan man skriver ham op.

Mvh
""")

M("hb", """
Til klasselærer 6.b

Sebastian skal have fri fredag den 12., fordi han skal til sin bar mitzvah-forberedelse i Synagogen i Krystalgade. Han har også fået nye briller, fordi han har fået konstateret grå stær på højre øje, så han skal sidde forrest i klassen.

Mvh
Rebecca Salomonsen
""")

M("", """
Hej

Kan børnene få lov at have egne bøger med til læsebånd? Min datter vil gerne læse Harry Potter.

Mvh
""")

M("e", """
Til skoleledelsen

Jeg er farmor til Magnus i 2.b. Min søn og hans ekskone er i en hård skilsmisse, og jeg har fået at vide at Magnus har været meget ked af det i skolen. Må jeg hente ham om tirsdagen, hvis begge forældre giver skriftligt samtykke?

Venlig hilsen
Birthe Ahlgren
""")

M("", """
Hej

Hvad er SFO-taksten for 2025? Er den steget?

Mvh
""")

M("h", """
Kære Dagplejen

Vores søn Bertram har fået konstateret epilepsi og har fået akutmedicin (Buccolam) der skal gives ved anfald over 5 minutter. Vi vil gerne have at dagplejeren bliver instrueret. Kan I sørge for det før han starter efter ferien?

Mvh
Cecilie og Anders Pihl
cpr på Bertram: [[150523 7294]]
""")

M("ts", """
Hej

Min søn Elias i 4.a kommer hjem og siger at de andre kalder ham "bøssebarn" og "jøde" fordi han har to fædre og hans ene far er fra Israel. Han er helt knust. Vi vil gerne have et møde med klasselæreren og AKT-vejlederen hurtigst muligt.

Mvh
Daniel Ben-David og Christian Holt
""")

M("", """
Hej

Vi har en kæmpe diskussion i forældregruppen om at der skal være flere drenge-pædagoger i børnehaven. Er det noget I arbejder på?

Mvh
""")

M("h", """
Hej Vuggestuen

Ida skal have penicillin 3 gange dagligt de næste 7 dage for en ørebetændelse. Hun skal have én dosis kl. 12 hos jer. Medicinen og seddel fra lægen ligger i tasken.

Mvh
Mikkel (far)
""")

M("", """
Hej

Er det rigtigt at skolen har fået en ny AKT-lærer? Hvordan kommer man i kontakt med vedkommende?

Mvh
""")

M("et", """
Til Ishøj Skole, modtageklassen

Vi er nyligt kommet fra Afghanistan og vores to sønner skal starte i modtageklassen. De har ikke gået i skole i 2 år, fordi vi har været på flugt. Vi bor på et midlertidigt asylcenter i Ishøj. Kan de få gratis bus til skolen?

Med venlig hilsen
Farid Ahmadzai
""")

M("", """
Hej skolen

Min søn har spurgt om han må lave et projekt om religioner i Ishøj til emneugen. Må han interviewe nogen fra moskéen og kirken i skoletiden?

Mvh
""")

M("e", """
Kære skoleleder

Jeg vil gerne gøre opmærksom på, at min datter Ella (8.c) er anbragt i familiepleje og at det er plejefamilien der skal have al information fra skolen, ikke hendes biologiske forældre. Dette har ikke været overholdt ved de sidste 2 skole-hjem-samtaler. Vi vil gerne have at skolen retter Aula.

Mvh
Plejemor Inge Vestergaard
""")

M("", """
Hej

Hvornår åbner tilmeldingen til 10. klasse?

Hilsen
""")
