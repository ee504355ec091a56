"""corpus34 part B: more long mails (over 3,000 characters), the sensitive data in one
sentence: sick notes, relapses, scans, arrears, payment plans, jobcentre duties, and some
with a CPR number or another category in that sentence."""
from common import M

M("he", """Kære Teknik- og Miljøudvalget

Jeg skriver om affaldsordningen og de nye beholdere, som er kommet ud til alle husstande i Ishøj Landsby i løbet af september. Jeg vil gerne starte med at sige, at jeg synes, det er godt, at vi skal sortere mere. Det er den rigtige vej at gå, og jeg sorterer gerne. Men der er nogle ting ved den måde, det er blevet gjort på, som ikke fungerer, og jeg tror ikke, at jeg er den eneste, der synes det.

For det første er beholderne meget store. Vi har nu to todelte beholdere á 240 liter, plus den gamle til restaffald, og der er simpelthen ikke plads til dem i vores smalle forhave. De står nu på fortovet, og det er der mange i vejen, der gør. Det betyder, at fortovet er spærret for barnevogne og kørestole, og at vi får skrammer på bilerne, når beholderne vælter i blæsevejr.

For det andet er tømningen blevet uregelmæssig. Kalenderen siger, at papir og pap tømmes hver fjerde uge, men i oktober gik der seks uger, og beholderen flød over. Vi ringede til kommunens affaldsservice og fik at vide, at der var problemer med en ny chauffør, der ikke kendte ruten. Det kan jo ske, men så burde der komme en besked.

For det tredje er der ikke tænkt på dem, der ikke selv kan trække beholderne ud til vejen. Jeg har i flere år haft gangbesvær, og efter et tilbagefald af min sklerose i sommer kan jeg ikke længere trække en fuld beholder ud over græsset uden at risikere at falde.

Jeg har spurgt, om der findes en ordning, hvor skraldemændene henter beholderen ved huset, og jeg har fået at vide, at det koster et tillæg pr. beholder pr. tømning, medmindre man søger om fritagelse. Jeg har søgt, men jeg har ikke hørt noget endnu. Det er seks uger siden.

Mine forslag er derfor:

1. At man tillader mindre beholdere til husstande med lille plads, f.eks. 140 liter, uden ekstra betaling.
2. At der laves en fælles løsning for vejen, hvor flere husstande deler en større beholder placeret et fast sted, ligesom det er gjort i rækkehusene ved Gadekærvej.
3. At kommunen sender en sms eller en mail, når tømningen bliver udsat, så vi ikke skal stå og vente.
4. At sagsbehandlingstiden for fritagelse fra gebyret for afhentning ved huset bliver kortere, og at man får et svar inden for to uger.

Jeg har også et spørgsmål om madaffaldet. Der står i vejledningen, at man skal bruge de grønne poser, som kommunen udleverer, og at man kan hente flere i Bycentret eller på genbrugspladsen. Men de var udsolgt begge steder, da jeg var der. Kan man bruge almindelige poser i mellemtiden, eller bliver de sorteret fra?

Og så til sidst noget om genbrugspladsen. Den er blevet rigtig fin efter ombygningen, og personalet er flinke. Men der er lang kø om lørdagen, og køen går ud på Industrivej, hvor lastbilerne kører. Det er farligt. Kunne man åbne en time tidligere om lørdagen, eller holde åbent en aften mere om ugen?

Jeg ved godt, at det er mange ting på én gang, men jeg håber, at udvalget vil se på dem. Jeg tror, at mange af problemerne kan løses forholdsvis nemt, hvis man bare lytter til dem, der bruger ordningen hver dag. Det er jo ikke fordi, vi ikke vil sortere, det er fordi det skal kunne lade sig gøre i praksis.

Jeg vedlægger billeder af fortovet på vores vej en tømningsdag, hvor man kan se, at der ikke er plads til at gå, og et billede af den fulde papirbeholder efter seks uger.

Venlig hilsen
Henning Bech
Ishøj Landsbyvej 47
2635 Ishøj
""")

M("he", """Til borgerrådgiveren i Ishøj Kommune

Jeg vil gerne klage over sagsbehandlingen i min sag om sygedagpenge, men først og fremmest vil jeg gerne have hjælp til at forstå, hvad der er sket, fordi jeg er gået helt i stå.

Jeg har i mange år arbejdet som lagermedarbejder i et firma i Brøndby. I foråret blev jeg sygemeldt, og siden maj har jeg fået sygedagpenge fra kommunen på grund af en diskusprolaps, som er blevet opereret på Glostrup Hospital.

Det har været en svær periode, men det er ikke det, jeg vil klage over. Det, jeg vil klage over, er kommunikationen. Jeg har haft tre forskellige sagsbehandlere på et halvt år. Hver gang en ny kommer, skal jeg fortælle det hele forfra. Den første sagde, at jeg skulle holde mig i ro og fokusere på genoptræningen. Den anden indkaldte mig til en samtale, hvor hun sagde, at jeg skulle begynde på en gradvis tilbagevenden til arbejdet, selvom min læge havde skrevet, at jeg ikke måtte løfte. Den tredje har jeg aldrig mødt, men hun har sendt et brev om, at jeg skal til et møde i rehabiliteringsteamet.

Jeg forstår ikke, hvad et rehabiliteringsteam er, og brevet forklarer det ikke. Jeg har prøvet at ringe til min sagsbehandler fire gange, men hun har ikke ringet tilbage. Jeg har skrevet på mail og fået et autosvar om, at hun har ferie.

Jeg har læst på nettet, at man kan klage til Ankestyrelsen over afgørelser, men det her er jo ikke en afgørelse. Det er mere, at jeg ikke ved, hvad der foregår. Derfor skriver jeg til dig.

Det, jeg gerne vil have hjælp til, er:

1. At få at vide, hvem der er min sagsbehandler nu, og hvordan jeg kommer i kontakt med hende.
2. At få forklaret, hvad mødet i rehabiliteringsteamet går ud på, og om jeg kan have en bisidder med. Min bror har tilbudt at komme.
3. At få at vide, om der er lavet en plan for mig, og om jeg kan få den at se.
4. At få at vide, hvad der sker med mine penge, hvis jeg ikke kan møde op til et møde, fordi jeg har en aftale hos fysioterapeuten samme dag.

Jeg vil gerne understrege, at jeg gerne vil tilbage på arbejde. Jeg kan ikke holde ud at sidde derhjemme. Men jeg vil ikke risikere at blive skadet igen, og jeg vil gerne have, at kommunen lytter til min læge. Han kender mig, og han har set mine scanninger.

Jeg synes også, det er et problem, at man skifter sagsbehandler så ofte. Jeg ved godt, at folk skifter job og går på barsel, men det burde være sådan, at den nye sagsbehandler læser sagen, før hun indkalder en. Det er min oplevelse, at det ikke sker.

Jeg har opbevaret alle breve og mails, og jeg kan sende dem til dig. Jeg kan også komme ind til et møde, men det skal være om formiddagen, fordi jeg er meget træt om eftermiddagen efter træningen.

Tak fordi du læser det her. Jeg håber, du kan hjælpe mig med at få overblik.

PS. Jeg har i mellemtiden fået endnu et brev, hvor der står, at jeg skal udfylde et "oplysningsskema" på virk.dk eller borger.dk inden for otte dage. Jeg har prøvet at logge ind, men skemaet kan ikke findes under mine sager, og når jeg søger på navnet, kommer der kun en side om arbejdsgivere. Jeg har ringet til den generelle telefon, hvor en venlig dame sagde, at hun ville give besked videre, men hun kunne ikke sige til hvem. Jeg er bange for, at fristen løber ud, uden at jeg har kunnet gøre noget, og at det bliver brugt imod mig. Kan du hjælpe med at finde ud af, om skemaet er sendt til den rigtige, eller om der er sket en fejl?

Med venlig hilsen
Rasmus Kjeldsen
Vildtbanevej 12, 2. tv.
2635 Ishøj
Tlf. 27 48 19 63
""")

M("h", """Hej Dorte

Jeg er formand for grundejerforeningen Vejlebro Enge, og jeg skriver på vegne af bestyrelsen om trafikken på Vejlebrovej og om den lovede trafikdæmpning.

Som du ved, blev der i 2023 vedtaget en trafikhandlingsplan, hvor Vejlebrovej blev udpeget som en af de strækninger, hvor der skulle laves hastighedsdæmpende tiltag. Der blev nævnt bump, indsnævringer og en hævet flade ved krydset med Engvej. Vi var med på et borgermøde, hvor tegningerne blev vist, og vi var meget tilfredse.

Nu er der gået to år, og der er ikke sket noget. Vi har spurgt i forvaltningen, og vi har fået at vide, at projektet er "udskudt på grund af budgetsituationen". Vi har ikke set nogen beslutning om det i udvalgets referater, og vi vil gerne vide, hvornår og hvordan det blev besluttet.

Hastigheden på vejen er stadig for høj. Vi har selv lånt en hastighedsmåler af politiet i en uge i september, og den viste, at over halvdelen af bilerne kørte over 50 km/t, og at en del kørte over 70. Det er på en vej, hvor der er skolevej, og hvor der bor mange børnefamilier.

Der har været flere nærved-ulykker. For et par uger siden blev en af vores medlemmers børn næsten ramt på sin cykel ved indkørslen til Engvej. Og i sommer kørte en bil ind i en hæk og op på en græsplæne, hvor børnene plejer at lege.

Jeg skal i øvrigt selv have foretaget en scanning af hjertet på Rigshospitalet i næste uge, og min læge har bedt mig undgå stress, så jeg har overladt det meste af det videre arbejde til næstformanden, Birthe Nørgaard, som du også vil høre fra.

Vores ønsker er:

- At kommunen genoptager projektet og sætter en dato for, hvornår det gennemføres.
- At der i mellemtiden sættes midlertidige tiltag op, f.eks. vejbump i gummi eller blomsterkummer, som man har gjort andre steder.
- At politiet bliver bedt om at lave fartkontrol på strækningen, især om morgenen.
- At grundejerforeningen bliver inddraget i den endelige udformning.

Vi er villige til at bidrage. Vi har talt om, at foreningen kunne betale for blomsterkummer og sørge for at passe dem, hvis kommunen giver tilladelse. Vi har også frivillige, der vil stå ved vejen og holde skilte med "Sænk farten" i skolestartsugen, som man har gjort i Greve.

Vi forstår, at der er mange projekter, der konkurrerer om pengene. Men vi synes, at børnenes sikkerhed bør komme før mange andre ting, og det var jo også det, der blev sagt, da planen blev vedtaget.

Vi vil være meget glade, hvis du vil tage sagen op i udvalget, og vi vil også gerne invitere dig ud og se vejen en morgen mellem 7.30 og 8.15, hvor trafikken er værst. Så kan du selv se, hvordan det er.

PS. Vi har i bestyrelsen også drøftet parkeringen langs Vejlebrovej. Der holder mange biler på begge sider af vejen om aftenen, og det gør vejen smallere, hvilket i sig selv sænker farten lidt, men også gør det umuligt for børn at se, om der kommer biler, når de skal over. Vi ved ikke, om det er bedst at forbyde parkering på den ene side eller at lade det være. Det vil vi gerne have kommunens trafikfolk til at vurdere, når I alligevel ser på strækningen. Vi vil også gerne vide, om kommunen kan give tilladelse til, at foreningen selv opsætter et par skilte med "Legende børn", eller om det skal gøres af kommunen. Vi har fået et tilbud fra et skiltefirma, men vil ikke bestille noget, før vi ved, at det er lovligt.

Med venlig hilsen
På vegne af bestyrelsen for Grundejerforeningen Vejlebro Enge
Niels Otto Brandt, formand
Engvej 3
2635 Ishøj
""")

M("e", """Kære borgmester

Jeg har længe overvejet at skrive til dig, og nu gør jeg det, fordi jeg synes, at der er noget, som du og byrådet bør vide om, hvordan det er at være lejer i en af de store almene bebyggelser i Ishøj i 2025.

Jeg har boet i Strandparken i 22 år. Jeg har set bebyggelsen gå op og ned. Jeg har set renoveringen i 2010'erne, hvor facaderne blev lavet om og badeværelserne blev skiftet. Det var fint. Men i de sidste par år er huslejen steget voldsomt, og det har ændret meget.

Min husleje er steget med over 1.400 kr. om måneden siden 2022. En del skyldes de højere energipriser, en del skyldes, at afdelingen skal betale af på renoveringslånet, og en del skyldes de nye regler om henlæggelser. Jeg forstår godt, at der er forklaringer. Men for mange af os, der bor her, betyder det, at vi må vælge mellem at betale husleje og at købe mad.

Jeg har selv fået en udsættelsesbegæring fra boligselskabet i september, fordi jeg kom tre måneder bagud med huslejen, og jeg har nu en betalingsaftale, som jeg så vidt muligt overholder.

Jeg er ikke den eneste. Jeg ved fra naboer og fra afdelingsbestyrelsen, at antallet af restancer er steget meget. Folk, der har boet her i mange år, og som aldrig har haft problemer før, får pludselig rykkere. Der er familier med børn, der er bange for at miste deres hjem.

Jeg vil gerne spørge dig og byrådet om følgende:

- Hvad gør kommunen for at forebygge udsættelser fra almene boliger? Jeg har læst, at der findes en boligsocial indsats, men jeg har aldrig hørt om den herude.
- Har kommunen overvejet at tilbyde gratis økonomisk rådgivning i boligområderne, f.eks. i beboerhuset en eftermiddag om ugen?
- Kan kommunen tale med boligselskaberne om at lave mere fleksible betalingsordninger, før sagen går til fogedretten?
- Kan boligstøtten justeres, så den bedre følger udviklingen i huslejen? Jeg ved, at det er statslige regler, men måske kan byrådet presse på hos Folketinget.

Jeg vil gerne sige, at det ikke er mit formål at klage over boligselskabet. Medarbejderne i administrationen har været høflige over for mig. Men systemet er indrettet, så det går meget hurtigt fra en rykker til en sag i fogedretten, og der er ikke nogen, der griber én undervejs.

Jeg er også bekymret for, hvad det gør ved bebyggelsen. Hvis de mennesker, der har boet her længe og har været med til at skabe et godt fællesskab, bliver presset ud, så mister vi noget, som er svært at bygge op igen. Det er ikke kun et spørgsmål om penge, det er et spørgsmål om, hvem der skal bo i Ishøj.

Jeg håber, at du vil tage det op, og jeg vil gerne mødes med dig eller en af dine medarbejdere, hvis det kan hjælpe. Jeg kan også samle nogle naboer, der har oplevet det samme.

PS. Jeg vil også gerne nævne, at vaskeriet i vores blok har været lukket i tre uger, fordi to af maskinerne er gået i stykker, og at mange af os derfor må tage til møntvask i Bycentret. Det koster 60 kr. pr. vask, og det er ikke noget, man lige finder i budgettet. Jeg nævner det ikke, fordi det er kommunens ansvar, men fordi det viser, hvordan små ting hober sig op, når man i forvejen er presset. Afdelingsbestyrelsen har spurgt boligselskabet, hvornår maskinerne bliver repareret, men der er ikke kommet noget svar. Hvis kommunen har et samarbejdsforum med boligselskaberne, kunne det måske tages op der, sammen med spørgsmålet om, hvordan man hjælper beboere, der er kommet bagud, i stedet for bare at sende dem til fogeden.

Med venlig hilsen
Ulla Marie Jessen
Strandparken 14, 4. th.
2635 Ishøj
""")

M("h", """Til Center for Børn og Forebyggelse, Dagtilbud

Jeg skriver om pladsanvisningen og om muligheden for at få en vuggestueplads tæt på vores bopæl. Vi har fået tilbudt en plads i en vuggestue i den anden ende af byen, og vi vil gerne bede om at få det revurderet.

Vi bor på Vibeholmen og har skrevet vores datter, Frida, op til Vibeholm Vuggestue som første prioritet og Børnehuset Tranen som anden prioritet, begge inden for 500 meter fra vores hjem. Vi har fået tilbudt en plads i Troldehøj, som ligger ved Torslunde, og det tager næsten en halv time at komme dertil med cykel og en time med bus.

Jeg har forstået på hjemmesiden, at kommunen har pasningsgaranti, og at man ikke kan vælge præcis, hvor man får plads, men at man bliver tilbudt en plads inden for kommunen. Det er også fint. Men jeg har også læst, at der tages hensyn til særlige forhold, og det er derfor, jeg skriver.

Jeg er gravid igen og har lige været til nakkefoldsscanning på Hvidovre Hospital, og jordemoderen har sagt, at jeg skal tage det roligt de næste måneder, så jeg kan ikke cykle den lange vej hver morgen og eftermiddag.

Min mand arbejder på skiftehold og kan ikke altid aflevere og hente. Vi har ikke bil, og vores familie bor i Jylland, så vi har ikke nogen, der kan hjælpe.

Jeg vil derfor gerne spørge:

1. Kan vi komme på venteliste til Vibeholm Vuggestue eller Tranen, så Frida kan flytte, når der bliver en plads ledig?
2. Hvor lang er ventetiden typisk?
3. Kan man udskyde starten af pladsen i Troldehøj med en måned, uden at miste garantien, hvis der er udsigt til en plads tættere på?
4. Er der andre muligheder, f.eks. en dagplejer i vores område?

Jeg vil gerne sige, at vi har været til rundvisning i Troldehøj, og det ser ud som en rigtig god vuggestue. Personalet var søde, og der var en stor have. Det er ikke stedet, der er noget galt med, det er bare afstanden.

Jeg har også en mere generel bemærkning. Det er svært at forstå, hvordan pladsanvisningen prioriterer. Der står på hjemmesiden, at søskende har fortrinsret, og at anciennitet tæller, men ikke hvordan. Vi skrev Frida op, da hun var tre måneder, og vi troede, at det var tidligt nok. Det ville være rart, hvis man kunne se sin plads på ventelisten, sådan som man kan i nogle andre kommuner.

Tak fordi I vil se på det. Vi skal give svar på tilbuddet senest fredag i næste uge, så jeg håber, vi kan høre fra jer inden da.

PS. Vi har også spurgt en dagplejer, som bor i vores opgang, om hun havde en ledig plads, og hun sagde, at hun har, men at det er kommunen, der fordeler pladserne i dagplejen, og at hun ikke selv må tage børn ind. Hun sagde også, at hun har haft en ledig plads i to måneder, fordi ingen er blevet henvist. Det forstår vi ikke helt. Hvis der er en ledig plads i dagplejen 50 meter fra vores hoveddør, hvorfor kan Frida så ikke få den? Vi vil meget gerne have den, hvis det kan lade sig gøre, og vi vil gerne have svar på, hvad vi skal gøre for at komme i betragtning. Vi har ingen særlige krav til, om det er vuggestue eller dagpleje, vi vil bare gerne have en plads, vi kan nå.

Venlig hilsen
Katrine Mølgaard
Vibeholmen 27, st.
2635 Ishøj
Tlf. 31 45 82 96
""")

M("e", """Til Ishøj Kommune, Opkrævningen

Jeg skriver, fordi jeg har modtaget en rykker for ejendomsskat og renovationsgebyr, og jeg vil gerne finde ud af, hvordan jeg kommer videre. Jeg vil også gerne klage over, at den første regning aldrig kom frem til mig.

Jeg købte huset på Kærbyvej 18 i 2019, og jeg har altid betalt ejendomsskatten via betalingsservice. I år blev betalingen afvist, fordi min bank skiftede systemer, og jeg fik aldrig nogen besked om det. Den første gang, jeg hørte om det, var, da der kom en rykker i min Digital Post med et rykkergebyr på 250 kr. og en besked om, at beløbet ville blive sendt til inddrivelse hos Gældsstyrelsen, hvis det ikke blev betalt inden 14 dage.

Jeg har flere spørgsmål:

For det første: Er det korrekt, at der kun er sendt én rykker, før sagen sendes videre? Jeg troede, at man fik to rykkere.

For det andet: Kan jeg få eftergivet rykkergebyret, når det skyldes en fejl i bankens system? Jeg har en mail fra banken, hvor de bekræfter, at der var en fejl.

For det tredje: Min økonomi er i forvejen meget stram, fordi jeg har været igennem en skilsmisse i år og nu skal betale huset alene, så jeg vil gerne bede om at få lov at dele beløbet op i tre rater.

Jeg har prøvet at ringe til opkrævningen, men telefontiden er kun om formiddagen, og jeg arbejder. Jeg har også skrevet via kontaktformularen, men jeg har ikke fået svar, og fristen udløber på fredag.

Jeg vil også gerne komme med en generel bemærkning. Det er meget svært at finde ud af, hvem man skal kontakte om hvad. På hjemmesiden står der både "Opkrævning", "Borgerservice", "Skat og ejendom" og "Økonomi", og det er ikke klart, hvad forskellen er. Jeg har brugt en hel aften på at finde den rigtige mailadresse, og jeg er stadig ikke sikker på, at jeg har fundet den.

Jeg har også svært ved at forstå opgørelsen af ejendomsskatten. Der står både grundskyld, dækningsafgift og renovation, og beløbene passer ikke med det, jeg betalte sidste år. Er der sket en stigning, eller er det fordi, at rykkergebyret er lagt ind i beløbet? Det ville være dejligt med en forklaring, som man kan forstå uden at være revisor.

Jeg vil gerne betale det, jeg skylder, og jeg vil gerne gøre det så hurtigt som muligt. Jeg vil bare gerne undgå, at det ender hos Gældsstyrelsen, fordi jeg har hørt, at det giver ekstra gebyrer og renter, og at det kan være svært at komme ud af igen.

Jeg håber, at I kan svare mig skriftligt, så jeg har det på skrift. Min mail er den, jeg skriver fra.

På forhånd tak.

PS. Jeg har nu selv fundet ud af, at man kan tilmelde sig betalingsservice igen via netbanken, og det har jeg gjort, så de kommende rater burde blive trukket automatisk. Men jeg er ikke sikker på, at det også gælder for det beløb, der er i restance. Jeg vil derfor gerne have bekræftet, hvordan jeg skal betale det, og til hvilken konto, så jeg ikke kommer til at betale to gange eller til den forkerte. Jeg har set på jeres hjemmeside, at der står to forskellige kontonumre, et under "Betaling af regninger" og et under "Ejendomsskat", og jeg ved ikke, hvilket der er det rigtige. Det ville være rart, hvis I kunne skrive kontonummer og betalings-id i jeres svar, så jeg kan betale med det samme.

Venlig hilsen
Jens Peter Lund
Kærbyvej 18
2635 Ishøj
""")

M("h", """Hej Kim

Jeg er træner i Ishøj IF's fodboldafdeling, og jeg skriver til dig som formand for Kultur- og Fritidsudvalget om banerne på Ishøj Idrætscenter og om lysanlægget, som stadig ikke er blevet repareret.

Vi har omkring 350 børn og unge i klubben fordelt på 24 hold. I vinterhalvåret træner vi på kunstgræsbanen, fordi græsbanerne er lukket. Kunstgræsbanen har lysanlæg i alle fire hjørner, men to af masterne har været ude af drift siden slutningen af oktober. Det betyder, at halvdelen af banen er i mørke efter kl. 16.30, og at vi kun kan bruge den anden halvdel.

Vi har meldt det til idrætscentret flere gange, og vi har fået at vide, at der er bestilt en elektriker, og at der mangler en reservedel fra Tyskland. Det er forståeligt, men nu er der gået fem uger, og vi har ikke fået nogen ny dato.

Det giver store problemer. Vi har måttet aflyse træning for to af pigeholdene, fordi der ikke er plads. Og de hold, der træner, står klemt sammen på halvdelen af banen, hvilket giver flere skader. I sidste uge var der to drenge, der stødte sammen og den ene fik en hjernerystelse.

Jeg er selv gået ned i tid som træner, fordi jeg er i behandling for kræft i tyktarmen og får kemo hver tredje uge, men jeg prøver stadig at være der om tirsdagen.

Men det er ikke det vigtige her. Det vigtige er børnene, og de mister træning i en periode, hvor mange af dem har brug for at have noget at gå til. Vi har mange børn fra Vejleåparken og Strandparken, og for nogle af dem er fodbold det eneste faste, de har i hverdagen.

Vores ønsker er:

- At kommunen sørger for, at lysanlægget bliver repareret hurtigst muligt, og at der bliver kigget på, om der kan lejes en midlertidig lysmast i mellemtiden.
- At vi får adgang til hallen i de perioder, hvor banen ikke kan bruges, i hvert fald for de mindste hold.
- At der bliver lavet en plan for vedligehold af lysanlægget, så det ikke sker igen. Der har været problemer med de samme master før.

Vi vil også gerne invitere dig ud til en træning en tirsdag eller torsdag, hvor du kan se, hvordan det fungerer. Det er mørkt og koldt, men du får en klubjakke, hvis du kommer.

Til sidst vil jeg sige, at personalet på idrætscentret er rigtig flinke og hjælpsomme. Det er ikke dem, der er problemet. De gør, hvad de kan, men de kan ikke selv reparere lysmaster.

Vi håber at høre fra dig snart. Du er velkommen til at ringe, hvis det er nemmere.

PS. Jeg har i øvrigt lavet en oversigt over, hvor mange træningstimer vi har mistet siden oktober, og det er over 60 timer fordelt på holdene. Pigeholdene er ramt hårdest, fordi de træner sent, og vi har mistet tre piger, der har meldt sig ud, fordi de ikke gad at stå og vente. Det er ærgerligt, for vi har arbejdet hårdt på at få flere piger i klubben, og det har vi haft succes med i de sidste par år. Jeg vil nødig, at det går tabt nu. Bestyrelsen har også bedt mig spørge, om klubben kan få lov at leje en mobil lysmast selv og få pengene refunderet, hvis kommunen ikke kan nå det. Vi har fået et tilbud fra et udlejningsfirma i Hvidovre på 4.800 kr. om ugen.

Med sportslig hilsen
Morten Skovgaard
Ungdomstræner, Ishøj IF Fodbold
Mobil 42 69 17 05
""")

M("e", """Kære Center for Børn og Forebyggelse

Jeg skriver om min søn Oliver, som går i 7. klasse på Strandgårdsskolen, og om den ungdomsklub, han gerne vil gå i, men som vi ikke kan finde ud af reglerne for.

Oliver er 13 år, og han har i et stykke tid gerne villet gå i Ungdomsklubben Kærbo om aftenen. Hans venner går der, og de spiller bordtennis, laver musik og tager på ture. Han har været der et par gange som gæst, og han var meget glad.

Men da vi skulle melde ham ind, fik vi at vide, at klubben koster 350 kr. om måneden, og at der er ekstra betaling for ture. Jeg har forsøgt at finde ud af, om der findes en friplads eller en søskenderabat, men jeg har ikke kunnet finde noget på hjemmesiden.

Jeg er alene med tre børn og har ikke andet end min kontanthjælp og børnepengene at leve for, så de 350 kr. er simpelthen ikke til at få til at hænge sammen.

Jeg synes, det er synd for Oliver, fordi klubben er et godt sted for ham. Han har haft det svært i skolen, og hans lærer har sagt, at han har godt af at være sammen med andre unge i nogle trygge rammer om aftenen. Jeg vil meget hellere have, at han er i klubben, end at han hænger ud i centret.

Mine spørgsmål er:

1. Findes der en fripladsordning for ungdomsklubber i Ishøj? Hvis ja, hvordan søger man, og hvad skal man vedlægge?
2. Kan man betale i rater, eller kan man få lov at betale for ture senere?
3. Kender I til andre tilbud for unge i den alder, som er gratis eller billigere?

Jeg har også en bemærkning om hjemmesiden. Det er meget svært at finde informationer om klubberne. Der står lidt om åbningstider og adresser, men ikke noget om priser eller tilskud. Jeg fandt prisen ved at ringe til klubben, og de vidste heller ikke, om der var tilskud. De henviste til kommunen.

Jeg vil gerne takke pædagogerne i klubben, som var meget søde over for Oliver, da han var der som gæst. En af dem tog sig god tid til at vise ham rundt, og han snakker stadig om det.

Jeg håber, I kan hjælpe. Oliver spørger hver dag, om han snart må begynde.

PS. Jeg har talt med en anden mor fra klassen, som fortalte, at hendes søn fik nedsat betaling i fritidsklubben sidste år, da han gik i 4. klasse, og at det var noget, man søgte om samtidig med, at man søgte om friplads i SFO. Jeg ved ikke, om det også gælder for ungdomsklubben, som er for de større børn, eller om det er en helt anden ordning. Hvis det er den samme, vil jeg gerne have et link til ansøgningen. Hvis det er en anden, vil jeg gerne vide, hvem der bestemmer, om der gives tilskud, så jeg kan skrive direkte til dem. Jeg er også villig til at hjælpe i klubben som frivillig en aften om ugen, hvis det kan gøre en forskel for prisen. Jeg er god til at lave mad og kan godt lide at være sammen med unge.

Jeg har også et spørgsmål om ture. Klubben skal på tur til Bornholm i foråret, og det koster 1.200 kr. Er der en pulje, som kan hjælpe med den slags?

PPS. Oliver har selv skrevet et lille brev til klubben om, hvorfor han gerne vil gå der. Det har han bedt mig sende med, så det vedlægger jeg. Stavningen er hans egen.

Med venlig hilsen
Mariam Haddad
Kærbo 11, 2. tv.
2635 Ishøj
""")

M("he", """Hej Peter

Tak for din hurtige reaktion sidste gang, da jeg skrev om belysningen i tunnelen under Ishøj Parkvej. Den er blevet lavet, og det er meget bedre nu. Så nu prøver jeg igen med noget andet.

Det handler om bænkene langs Ishøj Strandpark og stien fra Arken mod Brøndby Strand. Der er rigtig langt mellem bænkene, og mange af dem er i dårlig stand. Flere mangler brædder, og et par steder står der kun stativet tilbage. Jeg går en tur der hver dag, og det gør mange andre ældre. Vi har brug for at kunne sætte os ned undervejs.

Jeg har talt med en gartner fra kommunen, som jeg mødte på stien, og han sagde, at bænkene hører under Strandparkens drift, som er et samarbejde mellem flere kommuner. Så jeg ved ikke, om det er Ishøj Kommune, der skal gøre noget, men jeg tænker, at du kan finde ud af, hvem der skal.

Jeg går selv med rollator, som jeg fik bevilget af kommunen sidste år, og jeg kan ikke gå mere end et par hundrede meter uden at hvile, så bænkene er ikke en luksus for mig.

Der er også et par andre ting, som jeg vil nævne:

- Toilettet ved Arken er lukket om vinteren. Det betyder, at der ikke er noget toilet på hele strækningen fra oktober til april. Det er et problem for mange ældre og for børnefamilier.
- Stien er glat om vinteren, fordi den ikke bliver saltet. Jeg ved godt, at det er en naturlig sti, men der er mange, der bruger den, og der burde i hvert fald gruses de steder, hvor der er hældning.
- Der er kommet mange cyklister på stien, og nogle kører meget hurtigt. Måske kunne der sættes skilte op om at tage hensyn?

Jeg vil gerne foreslå, at kommunen laver en lille "bænkeplan", hvor man sikrer, at der er en bænk for hver 200-300 meter langs de mest brugte stier. Jeg har hørt, at man har gjort det i Albertslund, og at det har fået flere ældre til at gå ture. Det er jo godt for folkesundheden og koster ikke meget.

Hvis kommunen vil have hjælp fra borgerne, kan jeg fortælle, at vi er en gruppe af ældre fra Ishøj Seniorklub, der går tur sammen hver onsdag. Vi vil gerne hjælpe med at pege på, hvor der mangler bænke, og vi kan også lave en lille oversigt over, hvilke der trænger til reparation.

Tak igen for sidst. Det er rart at vide, at der er nogen, der lytter.

PS. Vi var ude at gå i sidste uge, og jeg talte bænkene fra Arken til grænsen ved Brøndby. Der er 11 bænke på hele strækningen, og fem af dem er i så dårlig stand, at man ikke kan sidde på dem. Den længste strækning uden bænk er over 800 meter, lige der hvor stien går op over klitten, og hvor det er tungest at gå. Det er der, vi har allermest brug for en. Jeg har tegnet det ind på et kort, som jeg vedlægger. Jeg har også markeret de steder, hvor stien er så smal, at man ikke kan passere en anden rollator eller en barnevogn uden at træde ud i sandet. Det ville være godt, hvis de steder kunne blive udvidet lidt, måske med en lille vigeplads hvert hundrede meter.

PPS. Hvis kommunen vil, kan vores gruppe også hjælpe med at holde øje med bænkene fremover og sige til, når der er noget, der skal laves. Vi går jo derude hver uge alligevel, så det er ingen ulejlighed.

Venlig hilsen
Else Marie Hviid
Ishøj Strandvej 88, st. th.
2635 Ishøj
""")

M("h", """Til Center for Voksne og Velfærd, Sundhed

Jeg vil gerne spørge til kommunens tilbud om rygestop og om vægttab, fordi jeg har fået at vide af min læge, at jeg skal i gang, og jeg kan ikke finde ud af, hvad der findes.

Min læge på Ishøj Torv har sagt, at jeg skal holde op med at ryge og tabe mig, fordi jeg har fået forhøjet blodtryk og begyndende KOL, og at kommunen har gratis forløb.

Jeg har kigget på kommunens hjemmeside under "Sundhed og forebyggelse". Der står, at der er rygestopkurser i Sundhedshuset, men der står ikke, hvornår de næste starter, eller hvordan man tilmelder sig. Der står også noget om et "sundhedsforløb for borgere med kronisk sygdom", men det er ikke klart, om det er det samme, eller om det er noget andet.

Jeg har ringet til Sundhedshuset, men der var kun en telefonsvarer, og ingen har ringet tilbage. Jeg har så skrevet via formularen, og jeg fik en kvittering, men ikke mere.

Mine spørgsmål er:

1. Hvornår starter det næste rygestopkursus, og er der hold om aftenen? Jeg arbejder i dagtimerne og kan ikke gå fra.
2. Kan man få nikotinplaster eller tabletter gratis eller billigere via kommunen? Jeg har hørt, at nogle kommuner giver tilskud.
3. Findes der hold for mænd? Jeg har det lidt svært med at sidde i en rundkreds og snakke om mine følelser, og jeg tror, at det ville være nemmere med nogle, der minder om mig selv.
4. Kan jeg få hjælp til kost og motion på samme tid, eller skal det være to forskellige forløb?

Jeg vil gerne sige, at jeg synes, det er godt, at kommunen har den slags tilbud. Jeg tror, at mange gerne vil, men at det er svært at komme i gang, når man ikke ved, hvor man skal starte. Hvis der var en side på hjemmesiden med alle tilbuddene og tilmelding, så tror jeg, at flere ville bruge dem.

Jeg har også en bemærkning om Sundhedshusets åbningstider. Det har kun åbent til kl. 15. Det betyder, at folk, der arbejder, ikke kan komme. Kunne man have åbent en aften om ugen? Det ville gøre det meget lettere for mange.

Og så vil jeg gerne spørge, om der er mulighed for at få en træningsmakker. Jeg har læst, at der i nogle kommuner er frivillige, der går ture med folk, der skal i gang med at motionere. Det tror jeg, at jeg kunne have glæde af, for jeg er ikke god til at komme af sted alene.

Tak for hjælpen. Jeg ser frem til at høre fra jer.

PS. En kollega har fortalt mig, at hans arbejdsplads har en ordning med en fysioterapeut, og at kommunen tidligere havde et samarbejde med virksomheder i industrikvarteret om sundhed på arbejdspladsen. Findes det stadig? Vi er omkring 40 mand på vores plads, og jeg tror, at flere ville være interesserede, hvis tilbuddet kom ud til os i stedet for, at vi skulle hen til det. Vores chef har sagt, at han gerne vil stille et mødelokale til rådighed en eftermiddag om ugen, og at han vil overveje at give os en halv times fri til det, hvis det bliver til noget. Jeg kan give jer hans kontaktoplysninger, hvis I vil høre mere om det.

Med venlig hilsen
Brian Kofoed
Torsbjergvej 33
2635 Ishøj
Tlf. 20 51 66 38
""")

M("e", """Kære Ishøj Kommune

Jeg skriver til jer, fordi jeg gerne vil vide, om der er noget, I kan gøre ved den larm, der kommer fra motorvejen, og om der er planer om en støjskærm langs vores del af Køge Bugt Motorvejen.

Vi bor på Tranegårdsvej, og vores have vender ud mod motorvejen. Støjen er blevet meget værre efter, at motorvejen blev udvidet med et ekstra spor. Vi kan ikke sidde i haven uden at skulle hæve stemmen, og om natten kan vi høre lastbilerne gennem vinduerne, selvom de er lukkede.

Jeg har læst, at Vejdirektoratet har ansvaret for motorvejen og for støjskærme, men at kommunen kan tale vores sag. Jeg har også læst, at der er en pulje til støjbekæmpelse, som kommunerne kan søge om midler fra sammen med Vejdirektoratet.

Jeg har målt støjen med en app på min telefon, og den viser mellem 65 og 70 dB om dagen i haven. Jeg ved godt, at en app ikke er et præcist måleinstrument, men det giver et billede. Ifølge Miljøstyrelsen er grænseværdien for boligområder 58 dB.

Vi har faktisk overvejet at flytte, men da min mand blev fyret i august, og jeg kun har deltidsjob, kan vi ikke få et nyt lån i banken, så vi bliver boende.

Mine spørgsmål er:

1. Har kommunen kendskab til støjniveauet i vores område, og er der lavet målinger?
2. Har kommunen søgt om midler til støjskærme langs motorvejen, og hvis ikke, hvorfor ikke?
3. Kan kommunen tale med Vejdirektoratet om at lave en støjskærm eller en støjvold på den strækning, hvor vi bor?
4. Findes der tilskud til støjisolering af vinduer for boliger tæt på motorvejen? Jeg har hørt, at der har været en ordning før.

Jeg har talt med flere af mine naboer, og de oplever det samme. Vi har overvejet at lave en underskriftindsamling, men vi vil gerne høre fra kommunen først, så vi ved, hvem vi skal rette den til.

Jeg vil også gerne nævne, at der er en lille skov mellem motorvejen og husene, som tidligere dæmpede støjen. Den blev delvist fældet i forbindelse med udvidelsen, og den er ikke blevet genplantet. Kunne kommunen tale med Vejdirektoratet om at få plantet nye træer? Det vil ikke fjerne støjen, men det kan hjælpe lidt og gøre det pænere at se på.

Tak fordi I læser med. Jeg håber at høre fra jer.

PS. Jeg har også set, at der er planer om en ny cykelsti langs motorvejen i forbindelse med supercykelstien til Køge. Hvis den skal bygges på vores side, vil der så blive fældet flere af de træer, der er tilbage? Det vil vi meget gerne vide på forhånd, for så vil vi gerne have lov at komme med høringssvar. Og hvis der alligevel skal graves, kunne man så ikke samtidig lave en lav støjvold af den jord, der bliver gravet op? Det har man gjort andre steder, har jeg læst. Det ville være en billig løsning, som kunne gøre en stor forskel for os, der bor helt ud til vejen. Vi er i øvrigt en del naboer, der gerne vil hjælpe med at plante, hvis kommunen leverer træerne.

PPS. Jeg har også hørt, at Vallensbæk Kommune fik en støjskærm for et par år siden efter en lang kamp. Måske kunne Ishøj spørge dem, hvordan de bar sig ad, og hvem de talte med hos Vejdirektoratet.

Venlig hilsen
Charlotte Dam
Tranegårdsvej 52
2635 Ishøj
""")

M("he", """Til Center for Voksne og Velfærd, Visitationen

Jeg vil gerne søge om aflastning til min mand, Finn Gregersen, Gildbrovej 71, som har Alzheimers, og som jeg passer derhjemme. Jeg ved ikke, om det er den rigtige måde at søge på, men jeg har fået at vide af demenskoordinatoren, at jeg bare kunne skrive.

Finn er 78 år. Han fik diagnosen for tre år siden, og det er gået stærkt ned ad bakke det sidste år. Han kan ikke længere være alene, og han vågner flere gange om natten og vil ud. Jeg er 75 og har selv dårlig ryg, og jeg er ved at være helt udkørt.

Jeg har brug for nogle dage, hvor jeg kan sove og have lidt tid for mig selv. Demenskoordinatoren har fortalt mig, at der findes aflastningspladser på plejecentrene, hvor han kan bo en uge ad gangen, og at der også findes dagcenter.

Mine spørgsmål er:

1. Hvordan søger jeg om en aflastningsplads, og hvor lang er ventetiden?
2. Kan Finn komme i dagcenter nogle dage om ugen, og hvordan kommer han i så fald derhen? Jeg har ikke kørekort.
3. Hvad koster det? Vi har kun vores folkepension og en lille pension fra hans arbejde, og jeg ved ikke, om vi har råd.
4. Kan jeg få hjælp til at forberede ham på det? Han bliver meget urolig, når der sker noget nyt, og jeg er bange for, at han vil blive ked af det.

Jeg vil gerne sige, at vi har været meget glade for demenskoordinatoren, som har besøgt os tre gange. Hun er meget forstående og har givet mig gode råd. Men hun har også sagt, at hun ikke selv kan bevilge noget, og at det er visitationen, der bestemmer.

Jeg har også et spørgsmål om pårørendegrupper. Demenskoordinatoren nævnte, at der findes en gruppe for ægtefæller, der mødes en gang om måneden. Jeg vil meget gerne være med, men det kræver, at der er nogen, der kan passe Finn imens. Er der en ordning for det?

Jeg har prøvet at finde oplysningerne på hjemmesiden, men det er svært. Der står mange ord, som jeg ikke forstår, og jeg ved ikke, om det er "serviceloven §84" eller "§ 79", jeg skal søge efter. Det ville være rart, hvis der var en enkel side for pårørende, der forklarer, hvad man kan få hjælp til, og hvem man skal kontakte.

Jeg håber, at I kan hjælpe. Jeg kan træffes på telefon 43 73 51 20 hele dagen, men jeg hører dårligt, så tal gerne langsomt. Min datter Lene, 40 14 27 55, kan også kontaktes.

PS. Jeg har ikke fortalt Finn, at jeg har skrevet til jer, fordi han bliver meget vred, når han tror, at nogen vil "tage ham væk". Jeg vil derfor bede jer om at ringe til mig eller Lene, før I eventuelt kommer på besøg, så vi kan forberede det på en god måde. Demenskoordinatoren har sagt, at det bedste er at præsentere det som en ferie eller som et besøg hos nogle venner, og det prøver jeg. Jeg vil også gerne vide, om han kan have sine egne ting med, f.eks. hans stol og hans radio, hvis han kommer på aflastning. Han er meget glad for sin radio og lytter til P1 hele dagen.

PPS. Undskyld, hvis brevet er lidt rodet. Jeg har skrevet det over flere aftener, når Finn endelig var faldet i søvn, og jeg er ikke så vant til at skrive på computer. Lene har hjulpet med at rette det.

Venlig hilsen
Gudrun Gregersen
Gildbrovej 71
2635 Ishøj
""")

M("e", """Kære byrådsmedlem

Jeg skriver til dig, fordi jeg har set, at du interesserer dig for kultur og unge, og fordi jeg har en idé til et projekt, som jeg gerne vil have hjælp til at realisere.

Jeg er 24 år og har boet i Ishøj hele mit liv. Jeg laver musik, rap og produktion, og jeg har i et par år holdt små workshops for unge i Vejleåparken i et kælderlokale, som vi har lånt af boligselskabet. Der kommer 10-15 unge hver gang, og de skriver tekster, indspiller og lærer at bruge programmer. Det er gratis for dem, og jeg gør det frivilligt.

Nu har boligselskabet brug for kælderlokalet til opbevaring, og vi skal ud inden jul. Jeg har ledt efter et andet sted, men det er svært at finde noget, der er billigt og kan bruges til at lave lyd.

Jeg har læst, at kommunen har lokaler i Kulturhuset og på skolerne, som foreninger kan låne gratis om aftenen. Men vi er ikke en forening, og jeg ved ikke, om vi kan blive det. Jeg ved heller ikke, om man må lave musik i de lokaler.

Jeg har selv været igennem en svær periode, hvor jeg sad i Vestre Fængsel i fire måneder, og musikken var det, der holdt mig oven vande, så jeg ved, hvor meget det kan betyde for unge at have et sted at gå hen.

Mine spørgsmål er:

- Kan du hjælpe mig med at finde ud af, om der er et lokale, vi kan bruge?
- Hvordan laver man en forening, og kan man få hjælp til det fra kommunen?
- Er der puljer, man kan søge til udstyr, f.eks. mikrofoner og høretelefoner?

Jeg vil også gerne invitere dig til en af vores workshops, før vi skal ud af kælderen. Vi holder den næste på torsdag kl. 18. Du kan høre, hvad de unge laver, og måske tale med dem om, hvad de gerne vil have i Ishøj. De har mange meninger, og de er ikke bange for at sige dem.

Jeg tror, at det her er den slags ting, der kan gøre en forskel for unge i byen. Det er ikke dyrt, det kræver bare et sted at være og en der vil tage ansvar. Det vil jeg gerne. Jeg har også snakket med to andre, der vil hjælpe, en lydtekniker og en tidligere fritidspædagog.

Jeg håber at høre fra dig. Du kan skrive til mig her eller på Instagram, hvor jeg hedder @ishojbeats.

PS. Jeg har talt med fritidspædagogen, som har tilbudt at være formand, hvis vi laver en forening. Hun har gjort det før i en anden forening og kender reglerne om vedtægter og regnskab. Vi har også fire unge, der gerne vil være med i bestyrelsen, så de lærer noget om, hvordan man driver en forening. Jeg tror, det ville være en rigtig god oplevelse for dem. Hvis kommunen har en skabelon til vedtægter, vil vi meget gerne have den. Og hvis der er en frist for at søge lokaler til næste halvår, vil vi gerne vide den, så vi ikke kommer for sent. Vi kan sagtens dele lokale med andre, hvis det er det, der skal til, vi skal bare kunne lave lyd et par timer om aftenen uden at genere naboerne.

PPS. Vi har også fået et tilbud fra en lokal forretning om at sponsorere et par højttalere, hvis vi får et sted at være. Så det er egentlig kun lokalet, der mangler, resten kan vi nok selv skaffe med lidt hjælp.

De bedste hilsner
Ahmad "Mado" Yousef
Vejleåparken 31, 1. th.
2635 Ishøj
""")

M("h", """Hej Ishøj Kommune

Jeg skriver, fordi jeg gerne vil klage over, at Ishøj Stationsvej er blevet ensrettet forbi Pilegårdsskolen, og over den måde, det blev besluttet på.

Jeg bor på Stationsvej og har gjort det i 15 år. Jeg har altid kørt ud mod Ishøj Station om morgenen for at komme på arbejde. Nu er vejen blevet ensrettet i den modsatte retning fra 7.30 til 8.30, og jeg skal køre en omvej på næsten tre kilometer ad Vejlebrovej og Ishøj Søvej. Det tager 10-15 minutter ekstra i morgentrafikken.

Jeg forstår godt, at det er gjort af hensyn til skolebørnene, og at der har været problemer med forældre, der har holdt i anden række og har blokeret for bussen. Men jeg synes ikke, at det er den rigtige løsning. Det flytter trafikken ud på de andre veje, hvor der også går børn, og det rammer alle os, der bor på vejen.

Jeg har ikke fået noget brev om ændringen. Jeg opdagede den, da jeg en morgen mødte et skilt, jeg ikke havde set før. Min nabo havde heller ikke hørt noget. Jeg har fundet beslutningen i udvalgets referater, og der står, at der har været "dialog med skolebestyrelsen". Men der står ikke noget om, at beboerne på vejen er blevet hørt.

Det er desuden et problem for mig, fordi jeg to gange om ugen skal køre min kone til dialyse på Herlev Hospital tidligt om morgenen, og omvejen gør det meget mere stressende for hende.

Mine spørgsmål og forslag:

1. Hvorfor blev beboerne på vejen ikke hørt, før beslutningen blev truffet?
2. Kan beboerne få en dispensation, så vi kan køre ud ad vejen i tidsrummet? Det kunne være med en særlig p-licens eller et skilt i forruden.
3. Har man overvejet andre løsninger, f.eks. et afsætningsområde et andet sted eller en skolepatrulje?
4. Bliver ordningen evalueret, og hvornår?

Jeg vil gerne understrege, at jeg synes, det er vigtigt at passe på børnene. Jeg har selv haft børn på Pilegårdsskolen, og jeg ved, hvor kaotisk det kan være om morgenen. Men jeg synes, at løsningen skal findes i samarbejde med dem, der bor på vejen, og ikke hen over hovedet på os.

Jeg vil også nævne, at skiltningen er dårlig. Det ene skilt står bag en busk og kan ikke ses, før man er lige ved det. Jeg har set flere biler, der er kørt ind i den forkerte retning, fordi de ikke så skiltet. Det er jo netop farligt for børnene.

Jeg håber at høre fra jer. Jeg kan også komme til et møde, hvis det kan hjælpe.

PS. Jeg har efterfølgende talt med skolens leder, som var meget forstående. Hun sagde, at det var skolebestyrelsen, der havde foreslået ensretningen, men at hun ikke vidste, at beboerne ikke var blevet hørt. Hun mente, at en dispensation for beboerne måske kunne lade sig gøre, men at det var kommunens afgørelse. Hun foreslog også, at man kunne prøve med en "kiss-and-ride"-zone på parkeringspladsen ved hallen, så forældrene ikke holdt på selve vejen. Det synes jeg lyder som en god idé, og det vil jeg gerne bede jer om at se på. Det ville løse problemet uden at ramme os, der bor på vejen, og det ville måske også være tryggere for børnene, fordi de så ikke skal ud på vejen overhovedet.

Venlig hilsen
Jørgen Wulff
Ishøj Stationsvej 58
2635 Ishøj
""")
