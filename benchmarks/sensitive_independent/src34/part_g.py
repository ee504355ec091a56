"""corpus34 part G: hard negatives on the other categories (property, origin, orientation,
belief, unions) and on care and jobcentre words, plus general questions."""
from common import M

M("", """Hej. Hvornår sælger kommunen de nye byggegrunde ved Ishøj Landsby, og hvordan kommer man på interesselisten? /Claus""")

M("", """Kære Lars. Vi købte vores hus på Engvej i 2017, og handlen er for længst på plads. Nu vil vi bare vide, om vi må sætte et hegn op mod stien. Mvh Mette og Kim""")

M("", """Hej. Hvor mange flygtninge har Ishøj modtaget i år, og hvor bor de? Jeg spørger til en artikel i skolebladet. Mvh Ahmed, 9.A""")

M("", """Til Borgerservice. Har I en arabisk tolk, man kan bestille til møder, og hvad koster det? Jeg spørger for en forening. /Nadia""")

M("", """Hej Rikke. Hvornår er Pride-arrangementet på Ishøj Torv i år? Vi vil gerne komme med børnene. Kh Tanja""")

M("", """Hej. Hvornår er der gudstjeneste i Ishøj Kirke juleaften? Og er der parkering? Mvh Aage""")

M("", """Kære byrådsmedlem. Jeg synes, at biblioteket skal holde åbent om søndagen. Det er vigtigt for byen. Hilsen Signe""")

M("", """Hej. Hvilke fagforeninger deltager i jobmessen i Kulturhuset? Mvh Brian""")

M("", """Hej Jonas. Jeg er ikke medlem af nogen a-kasse, og jeg vil gerne vide, om man kan melde sig ind i ASE via jobcentret. /Ricky""")

M("", """Kære Ishøj Kommune. Moskeen på Industrivej holder åbent hus lørdag. Må der stilles skilte op ved rundkørslen? Mvh arrangørgruppen""")

M("", """Hej. Jeg vil gerne klage over at supermarkedet i Torslunde har fået lov til at udvide. Jeg er imod det. Hilsen Jette""")

M("", """Til Center for Byudvikling. Vi er et ejendomsselskab, der har afsluttet købet af Pilemøllevej 40 i marts. Nu vil vi gerne have en vejledning om affaldsordningen for erhverv. Mvh Nordic Ejendomme A/S""")

M("", """Hej Sofie. Hvor mange sprog tales der blandt eleverne på Vibeholmskolen? Det er til en kronik om mangfoldighed. /Torsten Berg""")

M("", """Hej. Jeg har lagt mærke til, at Folkekirkens Nødhjælp samler ind ved Bycentret. Skal de have tilladelse fra kommunen? /Jytte""")

M("", """Kære Karsten. Hvornår holder FOA og kommunen forhandlinger om den nye arbejdstidsaftale? Jeg spørger som borger, der følger med. Mvh Preben""")

M("", """Hej. Er kommunens jobopslag også tilgængelige på engelsk? Jeg hjælper en ven, der søger. /Laila""")

M("", """Hej Mette. Hvorfor hænger der både dansk og ukrainsk flag ved rådhuset? Jeg er bare nysgerrig. Mvh Erik""")

M("", """Kære Ishøj Kommune. Vores forening holder foredrag om religionernes historie. Må vi låne biblioteket? Det er ikke et religiøst arrangement. /Folkeoplysningsforeningen""")

M("", """Hej. Hvad er reglerne for hjemmehjælp i Ishøj – hvor mange gange om ugen kan man få rengøring? Jeg spørger til Ældrerådets møde. /Gunnar""")

M("", """Til jobcentret. Hvad er et rehabiliteringsteam, og hvem sidder i det? Jeg læser til socialrådgiver og skal bruge det til en opgave. /Julie""")

M("", """Hej Lars. Hvornår kommer den nye lokalplan for Strandparken, så man kan se om der må bygges ejerboliger? Det er et generelt spørgsmål. Mvh Dan""")

M("", """Kære borgerrådgiver. Jeg vil klage over, at kommunens hjemmeside er svær at bruge på mobilen. Især knappen til at booke tid i Borgerservice forsvinder. /Helene""")

M("", """Hej. Hvilket nummer skal jeg ringe til, hvis jeg har spørgsmål til min ejendomsvurdering? Mvh Kasper, Torsbjergvej 2""")

M("", """Hej. Mit sagsnummer er 24-031587-12 og jeg venter på en byggetilladelse til en carport. Hvor langt er sagen? Mvh Stig Holm""")

M("", """Hej Dorte. Vores søns fodboldhold vandt Ishøj Cup. Kan kommunen give dem en lille anerkendelse på hjemmesiden? De er så stolte. Kh Malene""")

M("", """Kære Kim. Jeg synes, der skal være flere kvindelige trænere i kommunens idrætsforeninger. Kan udvalget lave en pulje? Mvh Rosa""")

M("", """Hej. Min mand og jeg vil gerne holde vores sølvbryllup i Kulturhusets sal. Hvad koster det at leje? Mvh Karin Bach""")

M("", """Hej. Hvordan melder man sig til valgstyrer ved kommunalvalget? Mvh Oskar""")

M("", """Kære Ishøj Kommune. Vi har bestilt storskrald til den 4. men der står ikke noget i min bekræftelse, nr. 311279-8. Er den registreret? /Else Winther""")

M("", """Hej. Hvor mange personer har fået bevilget madservice i Ishøj i år? Og hvor mange har takket nej? Jeg laver en undersøgelse for Ældre Sagen. /Kaj""")

M("", """Hej Karina. Jeg kan se at kommunen søger nye plejefamilier. Jeg deler gerne opslaget i vores boligforening. Mvh Winnie""")

M("", """Til Byudvikling. Ejendommen overfor os har været til salg i to år og står tom. Kan kommunen gøre noget ved det forfaldne hegn? /Naboerne på Søndre Vej""")

M("", """Hej. Hvornår åbner den nye svømmehal i Vallensbæk, og får Ishøj-borgere rabat? Mvh Jakob""")

M("", """Kære borgmester. Jeg er uenig i jeres beslutning om at lukke Ishøj Bibliotek om lørdagen. Det rammer børnefamilierne. Mvh Anne Vest""")

M("", """Hej. Hvad er telefonnummeret til Ydelsesservice, og kan man skrive sikkert til dem? Mit nummer er 28 90 11 03 hvis de vil ringe. /Lasse""")

M("", """Hej Søren. Vi er fra Ishøj Skakklub og vil gerne holde en turnering for alle aldre i Kulturhuset. Kan vi få et lokale gratis? Mvh formand Bent""")

M("", """Hej. Hvorfor er der kommet så mange pantelånere og spillehaller i bymidten? Det ødelægger byen. Mvh en bekymret borger""")

M("", """Til Center for Børn og Forebyggelse. Hvad er reglerne for underretning, hvis man som træner er bekymret for et barn i klubben? Vi vil lave en politik i foreningen. /Ishøj Håndbold""")

M("", """Hej. Jeg har købt en brugt bil, og sælgeren havde pantsat den uden at sige det. Kan kommunen hjælpe, eller er det politiet? /Bo Hansen""")

M("", """Kære Jonas. Vores hund Rufus skal have et høreapparat, siger dyrlægen. Findes der mon en hundeforening i Ishøj, der har erfaring? Haha, det er faktisk alvor. /Pia""")

M("", """Hej. Er det korrekt at personalet i Børnehuset Tranen har en høj sygefravær? Jeg har hørt det fra andre forældre og er bekymret for normeringen. /Mor til to""")

M("", """Hej Rikke. Hvornår starter kommunens nye tilbud om gratis gældsrådgivning, og hvor skal det ligge? Jeg vil gerne hænge en plakat op i vores opgang. Mvh Tove""")

M("", """Til Kultur og Fritid. Vi er et teaterhold, der øver på "En folkefjende". Kan vi låne scenen i Kulturhuset i marts? Mvh Jens Kure""")

M("", """Hej. Hvad er åbningstiderne for Borgerservice mellem jul og nytår? Og kan man få lavet nyt pas der? /Hans""")

M("", """Kære udvalgsformand. Jeg synes, det er flot, at kommunen har fået flere ansatte i jobcentret. Men hvorfor er ventetiden til en samtale stadig så lang? Det hører jeg fra mange. /Birthe""")

M("", """Hej. Er der nogen regler for, hvor højt en flagstang må være i haven? Vi vil gerne flage med Dannebrog. Mvh Jørgen""")

M("", """Hej Lars. Min gamle Opel er blevet synet og dumpede på bremserne. Må jeg stadig køre hjem fra synshallen i Ishøj? Haha, det er vel ikke kommunens sag, men hvem ved. /Frank""")

M("", """Kære Ishøj Kommune. Kan man få tilskud til at isolere sit loft, og gælder det også for rækkehuse? /Villy""")

M("", """Hej. Hvor mange har søgt om enkeltydelse i 2024, og hvor mange fik afslag? Jeg skal bruge tallet til et debatindlæg. /Nikolaj Holm, ungdomspolitiker""")

M("", """Hej. Personalet på Ishøjgård Plejecenter er fantastisk. Jeg kommer som besøgsven hver uge hos en dame fra Røde Kors og ser hvor hårdt de arbejder. Tak! /Annie""")

M("", """Til Center for Voksne og Velfærd. Hvor kan man læse kvalitetsstandarden for hjemmepleje? Den ligger ikke på hjemmesiden. Mvh Knud""")

M("", """Hej Karsten. Jeg synes, at kommunen skal skrive under på erklæringen mod racisme, som mange andre kommuner har gjort. Mvh Kirsten Holm""")

M("", """Hej. Vores kirkekor vil gerne synge ved tændingen af juletræet på Ishøj Torv. Hvem skal vi spørge? Mvh Koret ved Ishøj Kirke""")

M("", """Kære Ishøj Kommune. Hvad er regnskabet for sidste års budget til forebyggelse på ældreområdet? Jeg vil gerne sammenligne med Greve. /Sven""")

M("", """Hej. Mit medlemsnummer i grundejerforeningen er 0702541122, og formanden siger, at kommunen har det forkerte nummer i deres system til vejbidrag. Kan I rette det? /Inge Lind""")

M("", """Kære Dorte. Jeg har arbejdet som vagt i Bycentret i 10 år og synes, at der skal flere gadeplansmedarbejdere i bymidten om aftenen. Mvh Steen""")

M("", """Hej! Ishøj Roklub holder åbent hus den 12. maj, og alle er velkomne – også dem, der aldrig har roet. Kan kommunen dele det på Facebook? /Bestyrelsen""")

M("", """Hej Sofie, jeg læste om et forskningsprojekt på KU om ensomhed blandt ældre i forstæderne. Er Ishøj med? Mvh Alice""")

M("", """Til Ejendomme. Jeg har en lejekontrakt på en af kommunens garager, nr. 14. Lejen er steget. Hvad er begrundelsen? /Palle""")

M("", """Hej Kim. Jeg vil bare sige, at det var et godt arrangement for frivillige i Kulturhuset i går. Tak for maden! /Bodil""")

M("", """Hej. Må man grille på stranden ved Ishøj Strandpark om aftenen? Mvh Ali""")

M("", """Kære Mette. Hvad gør kommunen for de mange ansatte i hjemmeplejen, der har fået arbejdsskader i ryggen? Jeg har læst tallene i fagbladet. /Lars Kold""")

M("", """Hej. Min arbejdsgiver, et rengøringsfirma, siger at kommunen har opsagt kontrakten. Ved I hvornår kontrakten stopper? Jeg spørger bare for at vide, hvornår vi skal flytte over til firmaets nye kunder i Greve. /Gulnara""")

M("", """Hej. Hvordan ansøger man om at blive godkendt som dagplejer i Ishøj? /Sanne""")

M("", """Kære Ishøj Kommune. Jeg er fra Ishøj Seniorklub. Vi tager på tur til Stevns i juni og vil gerne vide, om kommunens bus kan lejes. Mvh Ole""")

M("", """Hej. Jeg har læst på nettet at man i Ishøj kan få gratis tandpleje som ældre. Er det rigtigt, og hvem kan få det? Tak. /Lilly""")

M("", """Til borgmesteren. Jeg synes at kommunen skal have flere kunstværker af lokale kunstnere. Arken er fin, men bymidten mangler farve. /Hannah""")

M("", """Hej. Hvorfor blev vores skraldespand ikke tømt i går? Adresse Vibeholmen 12. Tak. /Ayhan""")

M("", """Hej Jonas, ved du om der er nogen der sælger kolonihaver i Ishøj for tiden? Jeg er bare interesseret i at høre om priserne, ingen planer endnu. /Morten""")

M("", """Kære Center for Børn og Forebyggelse. Jeg arbejder i en plejefamilieforening og vil gerne invitere kommunens familieplejekonsulenter til vores årsmøde. /Hilsen Dorit""")
