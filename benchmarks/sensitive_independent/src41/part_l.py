"""Part L: very long letters (500+ words) telling a whole story; one sensitive detail may appear once in the middle."""
from common import M

M("e", """Kære Susanne Brandt, borgerrådgiver

Jeg har skrevet denne mail flere gange og slettet den igen, fordi jeg ikke vidste, hvor jeg skulle begynde. Nu prøver jeg at tage det hele i rækkefølge, så I kan se, hvordan tingene hænger sammen. Undskyld at det bliver langt.

Jeg hedder Brian Kofoed, jeg er 58 år og bor på Vejleå Parkvej 40 sammen med min kone, Anette. Vi har to voksne døtre, Camilla og Sarah, som er flyttet hjemmefra. Jeg har arbejdet som chauffør i 30 år, de sidste 12 hos et vognmandsfirma i Hvidovre, og Anette arbejder i en tøjbutik i Ishøj Bycenter.

I januar fik vi et brev fra kommunen om, at vores grundskyld ville stige kraftigt, fordi der var kommet en ny vurdering. Det var mange penge for os, men vi kunne se, at naboerne havde fået det samme brev, så vi tænkte, at det var sådan, det var. Vi søgte om at få lån til grundskylden, som man kan, og det fik vi bevilget i marts. Så langt så godt.

I april fik vi så endnu et brev, hvor der stod, at lånet var blevet annulleret, fordi vi ikke opfyldte betingelserne. Der stod ikke, hvilke betingelser. Jeg ringede til Borgerservice og fik at vide, at det var en fejl, og at vi bare skulle se bort fra brevet. Det gjorde vi. Men i august kom der en rykker for hele grundskylden for første halvår, plus et gebyr på 250 kr.

Jeg ringede igen og talte med en anden medarbejder, som sagde, at brevet fra april ikke var en fejl, og at lånet var annulleret. Da jeg spurgte hvorfor, sagde hun, at det ville hun undersøge og ringe tilbage. Det har hun ikke gjort. Jeg har ringet fire gange siden og har hver gang fået at vide, at sagen er 'under behandling'.

Samtidig er der sket noget andet, som har gjort det hele meget sværere. I juni mistede jeg mit arbejde, fordi vognmanden lukkede. Jeg har meldt mig ledig, og jeg får dagpenge, men det er næsten halvdelen af det, jeg tjente før. Vi har regnet på det, og vi kan ikke betale hele grundskylden på én gang. Hvis lånet var stået ved magt, havde det ikke været et problem.

Jeg vil gerne understrege, at jeg ikke beder om at slippe for at betale. Vi vil gerne betale det, vi skylder. Men jeg vil gerne vide, hvorfor lånet blev annulleret, og jeg vil gerne have, at nogen ser på, om det var rigtigt. Og hvis det var rigtigt, vil jeg gerne have en afdragsordning, så vi ikke skal betale det hele nu.

Jeg har også fået at vide af min svoger, Henrik, som har haft noget lignende, at man kan klage over en afgørelse, men at der er en frist. Jeg ved ikke, om fristen er gået, fordi jeg ikke ved, om brevet i april var en afgørelse eller en fejl. Det er det, der gør mig mest frustreret: at jeg ikke ved, hvad der gælder.

Jeg har samlet alle breve i en mappe, og jeg sender dem gerne, eller jeg kan komme forbi med dem. Jeg har god tid i øjeblikket, desværre.

Jeg vil også godt sige, at de medarbejdere, jeg har talt med, har været søde nok. Jeg tror ikke, det er deres skyld. Men der må være noget, der er gået galt et sted.

Mit telefonnummer er 26 73 11 58, og jeg er hjemme det meste af dagen.

Med venlig hilsen
Brian Kofoed
Vejleå Parkvej 40
2635 Ishøj
""")

M("", """Kære medlemmer af Ishøj Byråd

Jeg skriver som formand for Ishøj Handicapråd, men denne gang i eget navn som borger, fordi jeg har fulgt debatten om den nye strategi for tilgængelighed tæt og gerne vil give nogle betragtninger med, før den bliver vedtaget. Jeg skriver ikke om nogen enkeltpersoner, og jeg nævner ingen sager.

Først vil jeg sige tak. Det er første gang, kommunen har lavet en samlet strategi for tilgængelighed, og det er et stort skridt. Mange af de ting, der står i den, har vi i rådet arbejdet for i mange år: bedre skiltning, automatiske døre i alle kommunale bygninger, tilgængelige toiletter ved stranden og bedre information på hjemmesiden.

Men der er også ting, der mangler, og som jeg vil bede jer om at overveje.

Det første er tidsplanen. Strategien løber til 2035, og det er lang tid. Mange af de ting, der står i den, kunne gøres meget hurtigere. En automatisk dør koster ikke en formue. Jeg vil foreslå, at der laves en handleplan for de første to år, hvor det står klart, hvad der skal ske, og hvornår.

Det andet er inddragelse. Strategien siger, at brugerne skal inddrages, men ikke hvordan. I rådet har vi erfaring med, at det fungerer bedst, når vi bliver spurgt tidligt, før tegningerne er færdige. Når bygningen står der, er det for sent. Vi foreslår, at Handicaprådet automatisk får en høring, når kommunen bygger nyt eller bygger om.

Det tredje er information. Mange af de borgere, vi repræsenterer, bruger ikke internettet, eller de har svært ved at læse lange tekster. Kommunens breve er ofte skrevet i et sprog, som selv jeg, der har læst mange af dem, har svært ved at forstå. Vi foreslår, at kommunen laver en indsats for klart sprog, og at vigtige breve også kan fås i let læst version.

Det fjerde er idrætten. Der står meget lidt om idræts- og fritidstilbud i strategien. Vi ved, at mange med handicap gerne vil dyrke idræt, men at det er svært at finde tilbud i Ishøj. Her kunne kommunen spille en rolle ved at hjælpe foreningerne med at lave tilbud.

Det femte er økonomien. Strategien siger ikke noget om, hvor pengene skal komme fra. Vi ved godt, at det er svært, og at der er mange ønsker. Men en strategi uden penge er en liste over gode hensigter. Vi vil bede om, at der bliver afsat et fast beløb hvert år.

Jeg ved, at der er mange andre, der har skrevet til jer om strategien, og at I har meget at læse. Jeg håber, I vil tage jer tid til at læse vores høringssvar, som rådet sender i næste uge.

Jeg står gerne til rådighed for et møde, og rådet vil meget gerne invitere udvalget til vores næste møde den 14. januar.

Med venlig hilsen
Preben Thygesen
Formand, Ishøj Handicapråd
""")

M("tbe", """Kære Ahmad Rahimi

Jeg har længe tænkt på at skrive til dig. Jeg har læst om dig i avisen og set dig tale til arrangementer i Vildtbanegård, og jeg har en fornemmelse af, at du vil forstå, hvad jeg skriver om. Men jeg vil også gerne sige, at jeg ikke forventer, at du kan løse det hele. Jeg vil bare gerne fortælle.

Jeg hedder Nour Abdallah, og jeg er 34 år. Jeg kom til Danmark fra Syrien i 2015 med min mand, Khaled, og vores to små drenge, som nu er 12 og 14. Vi boede først på et asylcenter i Jylland og kom så til Ishøj i 2016, hvor vi fik en lejlighed på Vildtbanevej. Jeg har lært dansk på sprogskolen og har taget en uddannelse som pædagogisk assistent. Jeg har arbejdet i en børnehave i Hvidovre i tre år, og jeg er meget glad for mit arbejde.

I foråret blev Khaled og jeg skilt. Det var ikke let, men vi er enige om det meste, og drengene bor hos mig hver anden uge og hos deres far den anden uge. Khaled er flyttet til Brøndby. Det er den praktiske del, jeg gerne vil skrive om.

Efter skilsmissen har jeg ikke længere råd til lejligheden alene. Jeg har søgt om boligstøtte, og det har jeg fået, men det er ikke nok. Jeg har stået på venteliste til en mindre lejlighed i Ishøj i otte måneder, men boligselskabet siger, at der er mindst to års ventetid. Jeg har spurgt kommunen, om der er noget, de kan gøre, for eksempel med en anvisningsbolig, og har fået at vide, at det kun er for dem, der er hjemløse eller i akut nød.

Jeg forstår godt reglerne. Men jeg synes, det er mærkeligt, at man skal blive hjemløs, før man kan få hjælp. Jeg vil ikke flytte fra Ishøj, for drengene går i skole her, og deres venner er her, og jeg vil ikke have, at de skal skifte skole igen.

Der er også en anden ting, som jeg har tøvet med at skrive. Jeg går med tørklæde, fordi jeg er troende muslim, og da jeg var til fremvisning af en lejlighed hos en privat udlejer på Ishøj Strandvej, sagde udlejeren, at han 'helst ville have nogen, der passede ind'. Jeg sagde ingenting. Men jeg har tænkt på det siden. Jeg ved ikke, om det er noget, kommunen kan gøre noget ved, eller om det er noget, jeg skal gå til Ligebehandlingsnævnet med.

Det, jeg gerne vil bede dig om, er to ting. Den første er, om byrådet kan se på, om der kan laves flere mindre lejligheder i Ishøj, så enlige forældre kan blive boende. Den anden er, om du ved, hvor jeg kan få råd om det med udlejeren.

Tak fordi du læste det hele. Jeg ved, det blev langt.

Med venlig hilsen
Nour Abdallah
""")

M("", """Kære Teknik- og Miljøudvalg

Jeg skriver på vegne af bestyrelsen i Grundejerforeningen Vejleå Parkvej, som omfatter 146 parcelhuse. Vi har på vores seneste generalforsamling besluttet at sende en samlet henvendelse om trafikken i området, fordi problemet er blevet større, og fordi mange medlemmer har henvendt sig enkeltvis uden at få svar.

Siden den nye omkørsel ved Ishøj Boulevard blev åbnet i foråret, er trafikken på Vejleå Parkvej steget markant. Vi har selv lånt en trafiktæller af en anden grundejerforening og målt i en uge i september. Resultatet var, at der i gennemsnit kørte 2.140 biler i døgnet, mod omkring 800 ved kommunens egen måling i 2021. Mange af bilerne kører langt over de tilladte 40 km/t, og vi har målt enkelte over 80.

Vejen er smal, der er ingen cykelsti, og mange børn går til og fra Vejleåskolen ad den. Vi har haft to nærved-ulykker siden sommer, som vi kender til, og en kat er blevet kørt ned. Forældrene er bekymrede, og flere har sagt, at de ikke længere lader deres børn gå alene.

Vi har fire forslag, som vi har drøftet med medlemmerne.

For det første foreslår vi, at der etableres chikaner eller vejbump på strækningen mellem nr. 1 og nr. 80. Vi ved, at vejbump kan give støj, men flertallet af medlemmerne foretrækker støjen frem for farten.

For det andet foreslår vi, at vejen bliver gjort til en 30 km/t-zone, som det er sket i flere andre villakvarterer i Ishøj.

For det tredje foreslår vi, at der sættes et skilt op ved indkørslen fra Ishøj Boulevard om, at vejen ikke er gennemkørselsvej.

For det fjerde foreslår vi, at kommunen foretager en ny trafiktælling, så der foreligger officielle tal.

Vi er klar over, at sådanne tiltag koster penge, og at der er mange andre veje, der også ønsker sig vejbump. Men vi mener, at forholdene på Vejleå Parkvej er særlige på grund af omkørslen, som kommunen selv har besluttet.

Vi vil meget gerne mødes med udvalget eller med forvaltningen på stedet, så vi kan vise, hvad vi mener. Vi har også fotos og videoer fra myldretiden, som vi gerne deler.

Vi ser frem til at høre fra jer og takker på forhånd for, at I vil se på sagen.

Med venlig hilsen
På vegne af bestyrelsen
Ulla Kjærsgaard, formand
Grundejerforeningen Vejleå Parkvej
""")
