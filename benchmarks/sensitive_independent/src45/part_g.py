"""corpus45 part G: mixed summer mail from grown children, neighbours and representatives; many hard negatives."""
from common import M

M("", """Hej Vej & Park

Naboens hæk på Strandhaven 31 er nu over 2,5 m og skygger hele vores terrasse. Vi har spurgt pænt tre gange. Kan kommunen gøre noget, eller er det en privatretlig sag?

Mvh Jørn og Tove Dall, nr. 29""")

M("", """hej, der er nogen der grillede til kl. 2 i nat i gården på Ishøj Strandvej 50, musikken bragede. hvem ringer man til? politiet eller jer? /træt nabo""")

M("", """Til Ishøj Kommune. Hvornår åbner badevandsmålingerne for Ishøj Strand igen, og hvor kan man se dem? Vi er en vinterbadeklub der også bader om sommeren. Mvh Ishøj Isbjørne""")

M("", """Kære Center for Børn og Forebyggelse. Hvornår er tilmeldingsfristen til ferieaktiviteterne i uge 30, og hvad koster de? mvh en mor med tre drenge""")

M("", """Hej, jeg har fået en sms fra nummer 1907251430 om at min skraldespand ikke blev tømt. Er det jer? Det lignede mest et datostempel. Mvh Gerda""")

M("", """Kære kommune, der flyder med glasskår og engangsgrill ved Ishøj Havn efter weekenden. Kan der komme flere affaldsspande op? mvh en sejler""")

M("", """Kære Kasper. Jeg synes det er fantastisk at kommunen har givet penge til sommerferieaktiviteter for børn fra familier med lav indkomst. Det er godt brugte penge. Hilsen Eva""")

M("", """Kære byrådsmedlem. Hvor mange borgere i Ishøj er på kontanthjælp i 2025, og hvordan ser det ud sammenlignet med Brøndby? Mvh en studerende på KU""")

M("", """Hej. Jeg har en kolonihave i Ishøj Haveforening og vil bare høre, hvornår kommunen kommer og henter storskrald fra foreningens fællesplads. Mvh Hans, kasserer""")

M("", """Kære Borgmester. Jeg er imod den nye moské på Industrivej. Ikke fordi jeg har noget imod muslimer, men fordi trafikken bliver for stor. Mvh en nabo""")

M("", """Kære Borgmester. Hvornår kan moskéen på Industrivej holde åbent hus? Vi er en 8. klasse der laver et religionsprojekt. Hilsen klasselæreren""")

M("", """Hej Lars. Jeg skriver bare for at sige tak for den flotte sankthansaften på stranden. Båltalen var god. Mvh Birgit""")

M("", """Hej. Hvor mange boliger bliver der solgt i Ishøj om året, og stiger priserne? Jeg er journalistelev og skriver om boligmarkedet på Sydkysten.""")

M("", """Til borgerservice. Mit pas udløber den 17.07.25 og jeg skal på ferie den 20.07. Kan jeg få et nødpas? Bestillingsnr. 170725-0930. Mvh Kenneth""")

M("", """Kære Rikke, hvorfor skal kommunen bruge penge på regnbueflag til Pride når der mangler lærere? Bare en holdning. Mvh en borger""")

M("", """Hej, hvad gør man med et dødt rådyr i haven? Det ligger ved vores hæk på Tranegildevej. Mvh Helle""")

M("", """Hej, vores far døde i april og vi skal tømme hans lejlighed på Vejlebrovej inden 1. juli. Kan kommunen hente storskrald der? Mvh hans to døtre""")

M("", """Kære Tanja. Hvor mange plejehjemspladser har kommunen, og hvor lang er ventelisten i gennemsnit? Jeg sidder i Ældrerådet. Mvh""")

M("", """Hej, vi er tre familier på Pilemøllevej der vil holde vejfest 5. juli. Må vi lukke vejen af fra kl. 14? Mvh Ditte, nr. 11""")

M("", """Kære Borgerrådgiver. Jeg er medarbejder på et af jeres plejecentre og vil anonymt fortælle at vi er alt for få på vagt i sommerferien. Det er ikke en klage over en bestemt beboer. Mvh anonym""")

M("b", """Hej Kommune. Vores konfirmand, Noa, skal have fest i vores have 4. maj. Må vi sætte et telt op på græsarealet foran huset, som er kommunens? Mvh Lene og Kim""")

M("", """Hej. Sundhedshuset har ændret telefontid i sommerferien, hvor kan man se de nye tider? Vi er nye i kommunen. Mvh""")

M("s", """Hej Kommune. Vores søn Oscar skal giftes med sin kæreste Anders i haveforeningen i august. Må de opstille et telt på fællesarealet til 100 gæster? Mvh Lene og Kim Hviid""")

M("t", """Hej. Jeg er vietnameser og min mand er dansk. Vores nabo har klaget til kommunen over at jeg tørrer fisk i haven. Det er min kultur. Har han ret? Mvh Linh""")

M("p", """Til Byudvikling

Min nabo i nr. 6 på Gildbrovej har solgt sit hus betinget af, at køberen kan få lov at lave en ny overkørsel over vores fælles indkørsel. Vi er ikke blevet spurgt. Skal vi høres?

Mvh Keld Thomsen""")

M("s", """hej, mig og min kone Karina (jeg er Mette) har en lille på 3 og vi skal på ferie til Tyrkiet. har I noget om hvordan det er for to mødre at rejse dertil med barn? /Mette""")

M("th", """Kære Borgerrådgiver

Jeg er bisidder for Rahel, der er fra Etiopien og har en hjerneskade efter en ulykke. Hun oplever at kommunens medarbejdere ikke vil tale med hende uden tolk, selvom hun taler godt dansk.

Venlig hilsen Kirsten Dybdal""")

M("p", """Hej Jan. Vi har et købstilbud på vores kolonihave i Vejleåparken på 180.000 kr., men kommunens regler siger max 150.000. Køberen vil gerne betale mere. Hvad gør vi? Mvh Erik og Anni""")

M("se", """Til Center for Børn og Forebyggelse

Min søn Lucas er anbragt i plejefamilie, og hans plejefar har fortalt os at han er homoseksuel. Vi har intet imod det, men vi vil gerne informeres om Lucas' sommerferieplaner. Vi har ikke hørt noget fra hans sagsbehandler.

Mvh Maria Eskildsen""")

M("teb", """Kære Social- og Sundhedsudvalg. Min svigermor er fra Pakistan og bor på Ishøj Plejecenter. Hun får ikke halalmad, selvom vi har spurgt. Hvad kan I gøre? Mvh Rasmus""")

M("pe", """hej! vi skal skilles og sælge vores lejlighed på Ishøj Strandvej, men min mand vil ikke skrive under på salgsaftalen. Køberen venter. Kan kommunen gøre noget? /Line""")

M("s", """Kære byråd

Jeg er en 72-årig homoseksuel mand og bor alene. Jeg vil gerne vide, om kommunens seniorklubber er for alle, eller om jeg skal være forberedt på dumme kommentarer.

Venlig hilsen Erik Haldor""")

M("t", """Kære Borgerservice. Mine forældre er tamiler fra Sri Lanka og de har mistet deres gule sygesikringskort på ferie. Hvordan kan de få nye? Mvh Karthik""")

M("", """Kære Borgerservice. Hvordan får man et nyt sygesikringskort, hvis man har mistet det på ferie? Mvh""")

M("pb", """Til Byudvikling

Vi repræsenterer Ishøj Islamiske Kulturforening, og vi har givet bud på den gamle børnehave på Vildtbanevej. Som muslimsk forening vil vi bruge den til bønnerum og lektiecafé. Vi afventer svar fra sælgeren. Hvilke regler gælder for ændret anvendelse?

Med venlig hilsen Bilal Rashid, formand""")

M("", """Til Byudvikling. Hvad kræver det at ændre anvendelsen af en gammel børnehave til foreningslokaler? Det er et generelt spørgsmål. Mvh""")

M("s", """hej, er der nogen i kommunen der kan rådgive om at være regnbuefamilie? vi er to fædre, Ali og Jon, med en datter der starter i 0. klasse efter sommer. /Jon""")

M("ue", """Kære Jobcenter

Jeg er HK'er og har været ledig siden november. Jeg har fået et job fra 1. juli, men jobcentret har indkaldt mig til en samtale den 2. juli. Skal jeg møde op?

Mvh Birthe Lauesen""")

M("th", """Hej. Min far er fra Tyrkiet og har haft en blodprop. Han taler kun lidt dansk og forstår ikke genoptræningsplanen fra sygehuset. Kan kommunen sende den på tyrkisk? Mvh Emre Yıldız""")

M("", """Kan kommunen sende genoptræningsplaner på andre sprog end dansk? Det er et spørgsmål fra Ishøj Netværkshus. Mvh""")

M("p", """Kære Borgmester

Min mor Inger på 89 bor i huset på Torslundevej, og min bror vil have hende til at sælge nu, mens resten af os mener hun skal blive boende. Der er en køber der har budt. Kan kommunen hjælpe med at sikre at hun ikke presses?

Mvh Kirsten Vang""")

M("", """Kære Borgmester. Er det rigtigt at kommunen vil sælge den gamle præstegårdsgrund? Og hvornår? Mvh en nysgerrig borger""")
