"""Part D: health in every place of a mail (first line, buried, P.S., quoted), and hard negatives."""
from common import M

M("h", """
Diabetes type 1 – kan min søn få lov at have sin mobil på i timerne, så han kan se sit blodsukker? Skolen siger nej.

Mvh Lise Bonde (mor til Viktor, 6.a, Ishøj Skole)
""")

M("", """
Hej

Har skolerne en fælles politik for mobiltelefoner i timerne? Mit barn siger, at reglerne er forskellige fra lærer til lærer.

Mvh Helle
""")

M("h", """
Til Center for Byudvikling og Natur

Vedr. parkering på Ishøj Torv

Jeg vil gerne klage over, at de to handicappladser ved apoteket næsten altid er optaget af biler uden skilt. I går måtte jeg parkere 200 meter væk og gå med min rollator. Med min KOL er det ikke nogen let tur.

Kan I sætte kontrol ind?

Venlig hilsen
Birgit Juhl
Ishøj Søvej 11
""")

M("", """
Hej

Hvor mange handicap-p-pladser er der ved Ishøj Torv, og hvem kontrollerer dem? Jeg har set flere biler uden skilt holde der.

Mvh Ole
""")

M("h", """
hej, jeg er bipolar og har lige været indlagt på psyk i 3 uger. min lejlighed er kaotisk og jeg kan ikke overskue at åbne post. er der nogen der kan hjælpe mig med at komme i gang igen?? jeg har ikke nogen familie

Jonas, Ishøj Stationsvej
""")

M("", """
Kære Socialudvalg

Jeg synes, kommunen bruger for få penge på socialpsykiatrien. Ventetiden på bostøtte er alt for lang, hører man fra pårørende.

Venlig hilsen
Hanne Nørgaard, Bedre Psykiatri Ishøj
""")

M("h", """
Kære Ishøj Kommune

Tak for invitationen til dialogmødet om den nye cykelsti langs Ishøj Landevej. Jeg kommer gerne, men jeg kan desværre ikke sidde i mere end en halv time pga. min ryg (jeg er opereret for spinalstenose i januar). Må jeg stå op eller gå lidt rundt i mødelokalet uden at det virker uhøfligt?

Jeg har i øvrigt et par forslag til stien, som jeg tager med.

Med venlig hilsen
Arne Rask
""")

M("", """
Hej

Er mødelokalerne på rådhuset handicaptilgængelige? Vi har en kørestolsbruger i vores delegation fra Ældrerådet.

Mvh
Sekretæren
""")

M("h", """
Hej Sundhedshuset

Jeg har lige fået at vide at jeg har brystkræft og skal starte kemo i næste uge. Tilbyder I noget genoptræning eller en samtalegruppe bagefter?

Mvh
Karina Steen
""")

M("", """
Hej

Vi arrangerer et løb for Kræftens Bekæmpelse i Ishøj Strandpark den 17. maj. Skal vi søge om tilladelse hos jer?

Mvh
Stafet for Livet, Ishøj
""")

M("h", """
Til Børne- og Skoleudvalget

Min søn Oscar har ADHD og autisme og er blevet sendt hjem fra skole tre gange i denne måned, fordi "der ikke var personale til ham". Han har ret til undervisning. Hvad gør I?

Med venlig hilsen
Maria Juul
""")

M("", """
Til Børne- og Skoleudvalget

Hvor mange elever i Ishøj går i specialklasse, og hvordan har tallet udviklet sig de sidste fem år? Jeg er formand for skolebestyrelsen og vil gerne have tallene til næste møde.

Mvh
Lars Frandsen
""")

M("he", """
Hej,

Jeg kan ikke komme til samtalen i Jobcentret den 14., fordi jeg skal have foretaget en abort den dag på Hvidovre. Kan vi flytte den? Jeg vil helst ikke skrive mere om det.

Mvh
Nathalie
""")

M("", """
Hej Jobcentret, jeg er forhindret den 14. pga. en lægeaftale. Kan vi flytte samtalen til ugen efter? Mvh Nathalie B.
""")

M("he", """
Kære Ydelsescenter

Jeg er alkoholiker og har været ædru i 8 måneder efter behandling på Lænken. Nu vil jeg gerne tilbage på arbejdsmarkedet. Min sagsbehandler siger, jeg skal vente på et ressourceforløb. Hvor lang tid tager det?

Med venlig hilsen
Steen Poulsen
""")

M("", """
Hej

Hvor kan pårørende til alkoholikere få rådgivning i Ishøj? Jeg spørger på vegne af vores AA-gruppe, der vil lave en folder.

Mvh
Kontaktpersonen
""")

M("h", """
Hej Center for Børn og Forebyggelse

Vi har modtaget besked om, at vores søn Lucas skal starte i Børnehaven Solstrålen 1. august. Vi er meget glade for pladsen.

Jeg vil lige gøre opmærksom på, at Lucas har svær nøddeallergi og skal have adrenalinpen med. Vi har talt med lederen, men vil gerne have det skrevet ind i hans papirer hos jer også.

Med venlig hilsen
Camilla og Rasmus Friis
""")

M("", """
Hej

Har kommunens daginstitutioner nøddefri køkkener? Vi skal vælge børnehave og det er vigtigt for os at vide generelt hvad praksis er.

Mvh
Jesper
""")

M("h", """
Til Teknik og Miljø

Naboen brænder haveaffald af hver weekend. Røgen kommer direkte ind til os, og min mand har astma og har fået to anfald i denne måned. Det er ikke tilladt, så vidt jeg ved.

Mvh
Kirsten Brix, Gadekærvej 4
""")

M("", """
Hej

Må man brænde haveaffald af i Ishøj? Jeg har et kolonihavehus på Bugtrupvej og er i tvivl om reglerne.

Tak
Henning
""")

M("h", """
Hej Kristian

Undskyld jeg skriver sent. Jeg ville have været til borgermødet om Vejleåparken i går, men jeg fik et migræneanfald og lå i mørke hele aftenen. Jeg sender mine spørgsmål her i stedet:

1. Hvornår starter renoveringen af blok 8?
2. Skal vi genhuses?
3. Hvad sker der med huslejen?

Venlig hilsen
Fadumo Ali
Vejleåparken 8, 3. th
""")

M("", """
Hej Kristian

Tak for et godt borgermøde om Vejleåparken. Kan du sende referatet? Jeg vil gerne dele det med beboerbladet.

Mvh
Gert, beboerbladet
""")

M("h", """
Hi,

I'm an exchange researcher at DTU living in Ishøj. I have epilepsy and can't drive. Is there any municipal transport to Ishøj Station in the early mornings, before the first bus?

Thanks,
Dr. Lena Fischer
""")

M("", """
Hi,

What time does the first bus leave from Ishøj Strand to the station on Sundays? I couldn't find it in English on Rejseplanen.

Thanks,
Mark
""")

M("he", """
Kære Ishøj Kommune

Min mor, Inge Sørensen, er dement og bor alene i sin lejlighed på Ishøj Strandvej. Hjemmeplejen kommer tre gange om dagen, men hun er begyndt at gå ud om natten. I sidste uge fandt politiet hende på stationen kl. 3. Vi beder om, at hun bliver visiteret til en plejebolig hurtigst muligt.

Venlig hilsen
Lone Sørensen (datter)
""")

M("", """
Hej

Hvor lang er ventetiden på en plejebolig i Ishøj lige nu? Spørger generelt – jeg sidder i Ældrerådet.

Mvh
Inger Lise
""")

M("h", """
hej hej
min datter Ida (9) har fået konstateret skoliose og skal gå med korset 20 timer i døgnet. hun er ked af at skulle i bad med de andre til idræt. kan hun blive fritaget for badet?

kh Anja
""")

M("", """
Hej, er der krav om at eleverne skal i bad efter idræt på Strandgårdskolen? Mvh. Anja (forælder i 3.c)
""")

M("h", """
Hej

Jeg er ved at være færdig med min behandling for depression, og min psykiater mener, at jeg kan starte på 10 timer om ugen efter nytår. Hvad skal jeg gøre for at komme i gang?

Mvh
Morten
""")

M("", """
Hej

Har kommunen nogen tilbud til unge med angst eller depression? Jeg er studievejleder på Ishøj Gymnasium og vil gerne kunne henvise.

Mvh
Karen Aabye
""")

M("he", """
Til Center for Voksne og Velfærd

Tak for den hurtige levering af toiletforhøjeren i sidste uge. Den fungerer fint.

Jeg ville bare spørge, om man kan få en til mere til gæstetoilettet. Min hofte er stadig ikke helt god efter operationen.

Venlig hilsen
Ella Hvid
""")

M("", """
Hej

Hvor henter man hjælpemidler, når de skal afleveres tilbage? Min afdøde svigerfars rollator står stadig i hans lejlighed.

Mvh
Bo
""")

M("h", """
Til borgerrådgiveren

Jeg vil klage over, at jeg blev afvist ved indgangen til svømmehallen, fordi jeg har en førerhund. Jeg er blind og har dokumentation for hunden. Medarbejderen sagde bare "ingen hunde".

Med venlig hilsen
Susanne Krog
""")

M("", """
Hej

Må førerhunde komme med ind i Ishøj Svømmehal? Jeg arbejder på Synscenter Refsnæs og vil gerne kunne vejlede.

Mvh
Lotte Gram
""")

M("h", """
Hej

Jeg er 32 uger henne og ligger i sengeleje pga. svangerskabsforgiftning. Jeg skulle have været til fornyelse af mit pas i næste uge. Kan jeg få en fuldmagt til min mand, eller kan I komme hjem til mig?

Mvh
Mathilde Bagger
""")

M("", """
Hej Borgerservice

Kan man sende en anden med fuldmagt, hvis man skal have fornyet sit pas og ikke selv kan møde op? Jeg spørger bare generelt.

Mvh
Frederik
""")

M("h", """
Hej Lotte,

Mødet om juleafslutningen i Ishøj Seniorklub er flyttet til onsdag kl. 14. Vi mangler stadig nogen til at bage.

PS. Jeg er selv fritaget for bagning i år, jeg har lige fået en pacemaker og må ikke stå for længe.

Mange hilsner
Åse
""")

M("", """
Hej Lotte,

Julefrokosten i Ishøj Seniorklub bliver den 6. december. Husk at melde jer til inden 1. december, så vi kan bestille maden.

Hilsen Åse
""")

M("he", """
Til Ishøj Kommune

Jeg har været sygemeldt fra mit arbejde som buschauffør siden august pga. en arbejdsulykke, hvor jeg brækkede armen. Jeg har fået brev om opfølgningssamtale, men jeg er ansat privat – hvorfor skal jeg til samtale hos jer?

Hilsen
Tommy Kragh
""")

M("", """
Hej

Hvorfor indkalder kommunen sygemeldte til opfølgningssamtaler, når de er ansat i private firmaer? Er det lovpligtigt?

Hilsen
Claus
""")

M("h", """
Kære Birgit (Sundheds- og Ældreudvalget)

Jeg er 67 og har lige fået konstateret Parkinsons. Jeg vil gerne være med i kommunens motionshold for folk med Parkinsons, men det ligger kl. 9 om morgenen, og min medicin virker først ved 10-tiden. Kunne man rykke holdet?

Venlig hilsen
Erik Lindholm
""")

M("", """
Kære Birgit

Vil kommunen lave flere motionshold for ældre i Ishøj Nord? Der er langt til Sundhedshuset for mange.

Venlig hilsen
Pensionistforeningen
""")
