"""corpus8 part E: culture, sports clubs, library, politics, letters to the mayor and council members."""
from common import M

M("", """Kære borgmester

Hvorfor skal Ishøj Bibliotek holde lukket om søndagen? Det er den eneste dag mange børnefamilier har tid. Jeg håber I vil se på det i budgettet.

Med venlig hilsen
Hanne Schmidt
Vibeengen 7""")

M("b", """Kære Merete Amdisen

Som mangeårigt medlem af Venstre i Ishøj vil jeg gerne opfordre dig til at stemme imod forslaget om at nedlægge Ishøj Sejlklubs klubhus. Jeg var selv med til at bygge det i 1987.

Med venlig hilsen
Poul Erik Thøgersen""")

M("", """Kære Merete Amdisen (V)

Jeg vil gerne opfordre dig til at stemme imod forslaget om at nedlægge Ishøj Sejlklubs klubhus. Det er et vigtigt samlingssted for hele området.

Mvh
Lisbeth Frandsen""")

M("s", """Hej Kultur og Fritid

Vi er en gruppe på ca. 15 i alderen 16–25, som gerne vil starte en ungdomsklub for LGBT+ unge i Ishøj. Jeg er selv lesbisk og har savnet et sted at mødes lokalt. Kan vi låne et lokale i Kulturhuset en aften om ugen?

Kh
Frida Holm-Larsen""")

M("", """Hej

Holder Ishøj noget arrangement under Copenhagen Pride i år? Jeg synes det ville være flot hvis rådhuset hejste regnbueflaget.

Mvh
Sofus""")

M("t", """Hej Ishøj Idrætscenter

Min søn på 13 spiller U14 i fodboldklubben. I lørdags ved udekampen i Brøndby råbte en træner fra den anden klub "perker" efter ham. Vi er afghanere, og min søn er født i Danmark. Ingen fra klubben sagde noget. Jeg har skrevet til DBU, men vil også gerne vide hvad kommunen kan gøre, da klubben får tilskud.

Mvh
Nasir Rahimi""")

M("", """Hej

Hvad er åbningstiderne i svømmehallen i efterårsferien? Og er der stadig morgensvømning fra kl. 6?

Vh Ulrik""")

M("b", """Hej Ishøj Bibliotek

Jeg er ateist og har været medlem af Ateistisk Selskab i mange år. Jeg ville gerne låne et lokale til et foredrag om religionskritik til efteråret. Er det muligt? Biblioteket har jo også lagt lokaler til kirkens arrangementer.

Mvh
Morten Kjeldsen""")

M("", """Hej

Kan man låne lokaler på biblioteket til et foredrag om religionskritik? Hvad koster det og hvordan booker man?

Mvh
Morten""")

M("u", """Hej

Vi er en gruppe på 12 medlemmer af FOA's seniorklub i Ishøj, som gerne vil booke Strandhuset til vores julefrokost. Hvad koster det?

Venlig hilsen
Birthe Lund, formand""")

M("", """Hej

Kan man booke Strandhuset til en privat fest for 40 personer? Hvad koster det en lørdag i november?

Mvh
Tina""")

M("b", """Kære byrådsmedlem Hasan Şahin

Jeg stemte på dig ved sidste valg, fordi du lovede flere lokaler til foreningslivet i Vejleåparken. Nu hører jeg at Beboerhuset skal lukkes. Hvad er der sket med dine løfter?

Mvh
Mustafa Kaya
Vejleåparken 9, 1. tv""")

M("", """Kære byrådsmedlem Hasan Şahin (SF)

Hvad er status på Beboerhuset i Vejleåparken? Jeg har hørt rygter om at det skal lukkes.

Mvh
Jette""")

M("hb", """Hej

Jeg er 71 og veganer af etiske grunde siden 1990'erne. Jeg har fået osteoporose og min læge har sagt at jeg skal til træning. På motionsholdet i Ishøj Idrætscenter serverer de mælkeprodukter og kød efter træningen, kan der ikke også være noget veganske? Det er et princip for mig.

Mvh
Inger Aabye""")

M("", """Hej

Kunne I ikke lave en vegansk ret på menukortet i cafeteriet i Idrætscentret? Flere og flere spiser plantebaseret.

Hilsen Lasse""")

M("s", """Hej borgmester

Tak fordi du kom til Ishøj Pride-picnic i fjor. For mig som biseksuel kvinde betød det meget at se kommunen bakke op. Håber I kommer igen.

Kærlig hilsen
Anne-Mette""")

M("tb", """Kære byrådet

Vi er en gruppe tamiler fra Sri Lanka, som har boet i Ishøj siden 1980'erne. Vi er hinduer og har i mange år fejret Thai Pongal i Kulturhuset. Nu har vi fået afslag på lokaler til næste år. Jeg er formand for foreningen. Hvorfor?

Med venlig hilsen
Sivakumar Rajendran""")

M("", """Hej

Hvor mange foreninger har fået lokaletilskud i 2024, og hvordan er fordelingen mellem idræts- og kulturforeninger? Jeg er kasserer i en forening og vil gerne forstå modellen.

Mvh
Tom Vilhelmsen""")

M("e", """Hej

Kan min datter få kontingentet til gymnastikforeningen betalt af kommunen? Vi er på kontanthjælp begge to og kan ikke betale 1.200 kr. for en sæson.

Mvh
Julie og Simon
(datterens personnummer: [[190615–6026]])""")

M("", """Hej Ishøj Kommune

Jeg har hørt at man kan søge en fritidspas-ordning til børn fra familier med få penge. Hvor finder jeg ansøgningen? Jeg er træner i Ishøj Håndbold og vil gerne give den videre til forældrene.

Mvh Niels""")

M("b", """Kære borgmester

Jeg har været medlem af Det Konservative Folkeparti i 30 år og bor i Ishøj Landsby. Jeg kan ikke forstå at byrådet vil bruge 4 mio. på en ny kunstgræsbane mens vejene forfalder.

Med venlig hilsen
Arne Westergaard""")

M("", """Kære borgmester

Jeg kan ikke forstå at byrådet vil bruge 4 mio. på en ny kunstgræsbane mens vejene forfalder. Prioriter nu det vigtige!

Mvh
Arne Klitgaard, Ishøj Landsby""")

M("ub", """Hej Peter (Enhedslisten)

Jeg er aktiv i Enhedslisten Vestegn og tillidsrepræsentant for lærerne i DLF på Ishøj Skole. Vi vil gerne invitere dig til et debatmøde om folkeskolens økonomi i april. Har du tid?

Kammeratlig hilsen
Ida Gregersen""")

M("", """Hej

Hvornår er der åbent hus på Ishøj Rådhus i forbindelse med kommunevalget? Jeg vil gerne tage min 18-årige søn med, han skal stemme for første gang.

Mvh
Susanne Lorentzen""")

M("h", """Hej Biblioteket

Jeg er svagsynet efter en nethindeløsning og kan ikke læse almindelige bøger mere. Har I lydbøger, eller kan jeg få hjælp til Nota? Mit lånernummer er 4471203.

Venlig hilsen
Ellen Kristoffersen
cpr. [[100756 1234]]""")

M("", """Hej

Jeg har fået en rykker fra biblioteket for en bog jeg afleverede for 3 uger siden. Lånernr. 2904821188. Kan I tjekke?

Mvh Mette Krogh""")

M("b", """Hej

Vi er en pinsekirke-menighed i Ishøj med ca. 60 medlemmer, og jeg er pastor. Vi vil gerne leje gymnastiksalen på Gildbroskolen søndag formiddag til gudstjeneste. Er det muligt?

Mvh
Pastor Samuel Osei""")

M("", """Hej

Er det muligt for religiøse foreninger at leje kommunale lokaler om søndagen? Vi er nogle der diskuterer det i Ishøj Debatforum.

Mvh
Kim""")

M("st", """Hej

Jeg hedder Reza og er iransk. Jeg kom til Danmark fordi jeg er homoseksuel og ikke kunne leve frit i Iran. Jeg har fået asyl og vil gerne være frivillig i en idrætsforening i Ishøj. Er der nogen som har erfaring med at tage imod folk som mig?

Tak
Reza""")

M("", """Til Kultur- og Fritidsudvalget

På vegne af Ishøj Atletik vil vi gerne søge om et ekstraordinært tilskud til nye hækkesæt. Vores medlemstal er steget med 40% siden 2022. Budget vedlagt.

Med venlig hilsen
Bestyrelsen, Ishøj Atletik
CVR 29 87 41 16""")

M("u", """Hej Ishøj Kommune

Jeg arbejder som kok i kantinen på Rådhuset og er medlem af Kost & Ernæringsforbundet. Vores arbejdsplads er blevet varmere og varmere og der er ingen ventilation. Jeg har snakket med min TR men hun siger at det er bygningsafdelingen der skal gøre noget.

Mvh
Helle Kragh""")

M("", """Hej

Jeg er pensioneret lærer og vil gerne give lektiehjælp som frivillig på biblioteket. Hvem kontakter jeg?

Mvh
Anders Friis""")

M("hs", """Hej Kultursekretariatet

Jeg er en del af et kor for regnbuefamilier, og min kone Line og jeg har en datter med Downs syndrom som også synger med. Vi vil gerne søge om lokaler i Kulturhuset, og vi har brug for et lokale der er tilgængeligt for kørestol, fordi datteren også har en hjertefejl og bliver hurtigt træt.

Kh
Sofie Bergmann""")

M("", """Kære borgmester,

Jeg vil bare sige tak for den flotte byfest i weekenden. Alt fungerede, og musikken var god. Kun en ting: der var for få toiletter.

Med venlig hilsen
Pia""")

M("b", """Hej Merete

Jeg har lige meldt mig ind i Dansk Folkeparti og vil gerne høre hvordan man bliver kandidat til næste kommunalvalg. Kan vi tage en kaffe?

Mvh
Jørgen Bach, Torslunde""")

M("", """Hej

Hvem er medlem af Kultur- og Fritidsudvalget nu efter konstitueringen? Og hvilke partier sidder i udvalget? Jeg kan ikke finde det på hjemmesiden.

Mvh
Bent""")

M("t", """Hej

Jeg er halvt thailandsk, halvt dansk og har fået et rigtig grimt kommentar fra en ansat i svømmehallen om "skal du ikke have massage-bukserne på". Jeg vil gerne klage.

Vh
Nanna Sørensen""")

M("", """Hej

Hvorfor kører der ikke flere busser til Ishøj Strand om sommeren? Linje 128 er propfyldt.

Mvh
Dan""")

M("b", """Kære byråd

Som praktiserende katolik og medlem af menighedsrådet i Sankt Knud Lavard vil jeg protestere mod at kommunen vil flytte julemarkedet til den søndag, hvor vi har vores store messe med procession.

Med venlig hilsen
Teresa Mikkelsen""")

M("e", """Hej Ishøj Kommune

Min søn sidder i fængsel (han har fået 1 år og 6 måneder for røveri) og han vil gerne fortsætte med sin uddannelse når han kommer ud. Kan I hjælpe ham med at få en plads i et værksted eller noget? Hans cpr er [[0312984133]] hvis I skal bruge det.

Med venlig hilsen
Bodil Krusborg""")

M("", """Hej

Hvordan bliver man medlem af Ishøj Ungdomsråd? Jeg er 16 og vil gerne være med til at bestemme.

Mvh
Sara""")

M("s", """Hej

Min søn Emil (17) har fået en kæreste, Mathias, og de vil gerne til "unge-festen" i Ishøj Ungdomsklub sammen. Min søn har fået at vide at det er en fest for "drenge og piger" og at de ikke må danse sammen. Det må da være en fejl?

Mvh
Lise Mørup""")

M("", """Hej

Vil gerne vide hvornår Ishøj Sportsforenings generalforsamling finder sted. Der står ikke noget på hjemmesiden.

Mvh
Søren""")

M("bu", """Kære borgmester

Jeg har været medlem af Socialistisk Folkeparti og af 3F i hele mit voksenliv, men efter den sidste budgetaftale har jeg meldt mig ud af partiet. Det er ikke det Ishøj jeg har kæmpet for.

Venlig hilsen
Gunnar Husted""")

M("", """Hej

Jeg er imod den nye budgetaftale. Jeg synes I skærer for meget på kulturen. Hvad vil byrådet gøre?

Mvh
Lotte""")

M("ht", """Hej

Jeg er fra Nigeria og spiller basketball i Ishøj. Jeg har astma og skal bruge min inhalator i kampene, men dommeren har sagt at det er forbudt at have ting med på banen. Er der en regel om det? Jeg føler mig også behandlet anderledes fordi jeg er sort.

Tak
Emmanuel Okafor""")

M("", """Hej

Vi er en forening for personer med astma og allergi i Ishøj. Kan vi få et lokale i Kulturhuset en gang om måneden?

Mvh
Astma-Allergi Danmark, Ishøj-afdelingen""")

M("b", """Kære borgmester

Jeg er medlem af Alternativet og vil foreslå at Ishøj Kommune indfører en plantebaseret dag i alle kantiner. Jeg er klar til at hjælpe med at lave en plan.

Mvh
Emma Lind""")

M("", """Hej

Jeg skal ansøge om at holde et privat bryllup i Ishøj Rådhus. Min kæreste og jeg er begge 30 og vil gerne have det i juni. Hvordan booker vi?

Mvh
Alex""")

M("u", """Hej

Jeg er fysioterapeut og medlem af Danske Fysioterapeuter. Jeg vil gerne tilbyde et gratis foredrag om rygtræning på biblioteket. Hvem kontakter jeg?

Mvh
Kasper Holm""")
