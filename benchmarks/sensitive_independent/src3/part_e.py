"""Part E: mostly sexual_orientation, several multi-category mails, negatives."""
from common import M

M("she", """Kære Center for Voksne og Velfærd

Jeg skriver angående min mand, Peter Vinther, som fik konstateret vaskulær demens i oktober. Vi har været sammen i 34 år og gift siden 2012, og jeg har indtil nu klaret det meste selv. Men jeg er 77 og har selv dårlige knæ, og jeg kan ikke længere løfte ham, når han falder.

Vi har fået hjemmepleje om morgenen, men han vågner flere gange om natten og er forvirret. Vi vil gerne søge om natlig tilsyn.

Med venlig hilsen
Henrik Vinther
Ishøj Landevej 17""")

M("s", """Hej

Min kone Louise og jeg har fået en søn i sommer, og jeg er medmor. Vi skal bruge en vuggestueplads fra næste sommer, men i systemet står kun Louise som forælder. Hvordan får jeg adgang til at se ventelisten?

Mvh Anne Kruse""")

M("st", """Til Center for Børn og Forebyggelse

Vi er to fædre, der har adopteret en pige fra Sydafrika, og hun starter i børnehave til august. Vi har fået en velkomstpakke, hvor der konsekvent står "mor og far". Det er en lille ting, men vi vil gerne opfordre kommunen til at ændre skabelonerne.

Venlig hilsen
Jakob og Mikkel Stenstrup-Ravn""")

M("s", """Kære skoleleder og Skoleudvalget

Vores søn Victor i 8.B har fortalt os, at han er homoseksuel, og det er vi stolte af. Men siden han fortalte det til sine venner, er han blevet kaldt "bøsserøv" hver dag, og nogle drenge har filmet ham i omklædningsrummet.

Vi har talt med klasselæreren uden resultat. Vi vil have et møde med skolelederen og en plan.

Med venlig hilsen
Lotte og Kristian Brix""")

M("s", """Kære borgerrådgiver

Jeg er ansat i kommunens tekniske afdeling og er biseksuel. En kollega har gennem flere måneder lavet bemærkninger om mit privatliv, fx om jeg "har besluttet mig", og han har fortalt andre om min kæreste. Jeg ved godt, at I ikke kan tage personalesager, men hvem kan jeg så gå til, når min leder ikke reagerer?

Jeg ønsker at være anonym.""")

M("sh", """Hej Morten

Jeg er homo og blev overfaldet ved Ishøj Station i fredags kl. 23 af tre unge, der råbte skældsord efter mig og min kæreste Simon. Jeg fik en brækket næse og har hjernerystelse. Politiet har sagen.

Jeg vil bare sige, at belysningen ved stationen er elendig, og at der ikke er nogen kameraer. Det må I gøre noget ved.

Hilsen Nicolai""")

M("s", """Hej

Vi er et lesbisk par og vil meget gerne være plejefamilie for et barn. Vi har begge faste job og bor i hus i Ishøj Landsby. Hvordan kommer vi i gang, og holder kommunen informationsmøder?

Mvh Sara og Maja Holmberg""")

M("s", """Kære Lasse

Som LGBT+ person føler jeg mig ikke tryg i Vejleåparken om aftenen. Jeg bliver råbt efter, og en gang er der blevet kastet en flaske efter mig. Jeg ved, at boligsociale medarbejdere arbejder med tryghed, men jeg har aldrig hørt, at de snakker om os.

Mvh Alex""")

M("s", """Hej

Jeg er 17 og queer, og jeg vil gerne starte en ungegruppe for LGBT+ unge i Ishøj, så man ikke skal helt ind til København for at møde andre. Kan vi låne et lokale i ungdomsskolen en gang om ugen?

Mvh Noa""")

M("s", """Hej

Jeg er aseksuel og har aldrig haft lyst til at have en kæreste. På mit gymnasium har sundhedsplejersken nu to gange sagt, at jeg "nok bare ikke har mødt den rette". Det føles som at blive underkendt. Har kommunen nogen retningslinjer for seksualundervisningen og sundhedssamtalerne for unge?

Mvh Freja""")

M("s", """Hej

Jeg er panseksuel og bor i Ishøj. I min ungdomsklub har en af de voksne sagt, at det "ikke findes". Jeg synes, personalet skal have undervisning i det, og vil gerne høre, om kommunen har planer om det.

Hilsen
Mille (16)""")

M("s", """Kære byrådsmedlem Tina Holm

Jeg sprang ud som bøsse, da jeg var 52, og jeg har været aktiv i seniornetværket i Ishøj i mange år. Men jeg har aldrig turdet fortælle de andre i seniorklubben det, fordi jeg har hørt, hvordan nogle af dem taler. Jeg håber, at kommunen i sine tilbud til ældre vil huske, at vi også er her.

Med venlig hilsen
Preben Aagaard""")

M("s", """Hej

Vi er en regnbuefamilie med to mødre og to børn. Vores ældste starter i skole efter sommerferien. Er der erfaring på Vibeholmskolen med regnbuefamilier, og kan vi tale med nogen inden skolestart?

Mvh Karina og Josefine""")

M("s", """Hej Søren

Min mand Rasmus og jeg har boet på Tranegilde i 12 år, og vi er trætte af, at der bliver kørt alt for stærkt. Kan kommunen ikke lave bump? Der er mange børn på vejen.

Mvh
Thomas Dalsgaard""")

M("s", """Hej

Vi er to kvinder, der skal giftes på rådhuset i juni, og vi vil gerne høre, om vi kan få lov at holde vielsen i rådhushaven i stedet for i salen.

Mvh Signe Holm og Laura Vang""")

M("s", """Til Boligselskabet og Ishøj Kommune, kriminalpræventivt råd

Min kæreste Sara og jeg bor på Ishøj Strandvej 20. Naboen i stuelejligheden har flere gange råbt "lebber" og "ulækre svin" efter os, og i går havde nogen skrevet "lesbo" på vores dør med tusch.

Vi er bange og overvejer at flytte.

Med venlig hilsen
Emilie Lund""")

M("se", """Kære Familieretshuset og Ishøj Kommune, familieafdelingen

Min ekskone Christina og jeg blev skilt i 2024, og vi har fælles forældremyndighed over vores søn Villum, som er 5. Jeg er biologisk mor, men Christina er medmor og har lige så meget ret til ham. Nu vil hun flytte til Aarhus med ham, og vi har en sag om bopæl.

Jeg vil gerne vide, om kommunen kan give en udtalelse om, at Villum er godt forankret i børnehaven her.

Venlig hilsen
Mette Riis""")

M("s", """Hej

Vores søn Emil på 17 og hans kæreste Ali er blevet nægtet adgang til den kommunale ungdomsfest, fordi "det kun er for elever på skolen". Ali går på en anden skole. Vi har en mistanke om, at det handler om noget andet, for pigernes kærester fra andre skoler kom ind.

Mvh Hanne og Ole""")

M("s", """Hej Pia

Min kæreste Mikkel og jeg flytter til Ishøj i august, og vi vil gerne engagere os i lokalsamfundet. Findes der en foreningsportal eller en oversigt over frivilligt arbejde?

Mvh
Jonas Bach""")

M("s", """Kære Teknik- og Miljøudvalg

Jeg skriver om gravstedet på Ishøj Kirkegård, hvor min afdøde mand, Ib, blev begravet for tre år siden. Vi levede sammen i 41 år og blev gift, så snart loven tillod det. Kommunen har nu fældet den store bøg ved siden af, og gravstedet ligger helt i solen, så blomsterne visner.

Jeg er 84 og kan ikke vande hver dag. Kan man få hjælp af kirkegårdspersonalet?

Med venlig hilsen
Svend Aage Madsen""")

M("se", """Til visitationen

Knud Erik Holm og jeg har været samlevere i over 30 år. Han er nu visiteret til en plejebolig på Ishøjgård, og jeg står tilbage alene i rækkehuset. Jeg vil meget gerne flytte med ham, og det er jeg blevet fortalt, at man har ret til som ægtefælle eller samlever.

Jeg vil gerne vide, hvordan jeg søger.

Med venlig hilsen
Bent Sørensen""")

M("s", """Hej

Jeg er medmor til vores datter, som blev født i marts, men jeg står ikke på hendes sundhedskort, og jeg kan ikke se hendes vaccinationer på sundhed.dk. Skal min kone ændre noget i Borger.dk, eller er det kommunen?

Mvh Ida""")

M("s", """Hej

Jeg er transkvinde og lesbisk og har boet i Ishøj i to år. Jeg vil gerne foreslå, at den kommunale svømmehal får et enkeltomklædningsrum, så alle kan føle sig trygge. Det handler ikke kun om mig.

Venlig hilsen
Caroline""")

M("s", """Emne: SV: Ansøgning om at blive aflastningsfamilie

Hej igen. Vi kan begge komme til mødet den 3. december. Skal vi have noget med?

Mvh Jesper

> Kære Jesper
>
> Tak for jeres ansøgning om at blive aflastningsfamilie. Vi vil gerne invitere dig og din mand, Mads, til en indledende samtale.
>
> Venlig hilsen
> Familieplejen, Ishøj Kommune""")

M("s", """hej

vi er to bøsser der lige er flyttet ind i en rækkehus i torslunde og vi har fået et brev fra grundejerforeningen om at vores regnbueflag skal tages ned fordi det er "politisk". må de det? vi synes det er diskrimination

mvh Andreas og Kenneth""")

M("s", """Hej

Min datter Alberte på 14 har fortalt mig, at hun er bi, og hun vil gerne gå til en gruppe for unge. Jeg vil gerne støtte hende. Ved I, om der er nogen i nærheden?

Mvh Lone""")

M("sh", """Kære Bodil

Jeg ved, at du sidder i Social- og Sundhedsudvalget, og at I skal tale om aktivitetstilbud til ældre. Jeg vil gerne komme med en lille historie.

Min kone Vibeke og jeg har været gift i 11 år og sammen i næsten 30. Vibeke har haft Parkinsons i otte år og går nu til Parkinson-træning hos fysioterapeuten i Sundhedshuset to gange om ugen. Det betyder alt for hende. Men de ansatte i receptionen kalder mig konsekvent "din søster", når jeg henter hende, og når jeg retter dem, bliver de pinlige.

Det er ikke stort, men jeg tror, mange i vores situation holder sig væk af den grund.

Kærlig hilsen
Birthe Ravn""")

M("s", """Kære byrådsmedlem

Min partner Camilla og jeg vil gerne starte en dagpleje sammen i vores hus på Gildbrohøj. Hun er uddannet pædagog, og jeg er dagplejer i Vallensbæk i dag. Er det muligt i Ishøj med to dagplejere i samme hjem?

Venlig hilsen
Louise Friis""")

M("st", """Hej

Jeg er homoseksuel og kommer oprindeligt fra Iran, hvor jeg ikke kunne leve åbent. Jeg bor nu i Ishøj og har fået opholdstilladelse. Jeg vil gerne være frivillig og hjælpe andre LGBT+ flygtninge med at falde til. Hvem i kommunen kan jeg tale med?

Mvh Reza""")

M("sb", """Hej Hanne

Min mand Frederik og jeg er begge medlemmer af SF og vil gerne invitere byrådets medlemmer til vores sommerfest i Strandparken. Vi har søgt om tilladelse til et lille telt, men har ikke hørt noget.

Mvh
Christian Nørgaard""")

M("su", """Til Børne- og Kulturudvalget

Jeg er BUPL-tillidsrepræsentant i børnehuset Stjernen og har i mange år været åben om, at jeg er lesbisk og gift med Line. Vi har nu haft en forælder, der har klaget over, at jeg læser bøger om regnbuefamilier højt for børnene. Ledelsen har bakket mig op, men forælderen har nu skrevet til jer.

Jeg vil gerne være med til mødet, hvis klagen bliver behandlet.

Venlig hilsen
Tanja Bruun""")

M("", """Hej

Min kæreste og jeg skal flytte sammen i en lejlighed i Ishøj. Skal vi begge melde flytning, eller kan den ene gøre det for os begge?

Mvh Kim""")

M("", """Hej

Min mand og jeg har fået en regning på renovation, som er dobbelt så høj som sidste år. Vi har ikke fået flere spande. Kan I se på det?

Mvh
Anne Kjær""")

M("", """Hej

Hvornår er Ishøj Pride i år, og kan man melde sig som frivillig til at hjælpe med boderne?

Mvh Lukas""")

M("", """Kære byrådsmedlemmer

Jeg synes ikke, at kommunen skal hejse regnbueflag på rådhuset. Kommunen skal være neutral. Til gengæld synes jeg gerne, at man må støtte foreninger, der arbejder mod mobning.

Mvh Erik""")

M("", """Hej

Mit barn er transkønnet og har fået nyt navn i skolen. Skolen har ændret det i intra, men det gamle navn står stadig på klubkortet og på listen i svømmehallen. Hvem kan rette det?

Mvh
Rikke Andersen""")

M("", """Hej

Jeg og min veninde Lise vil gerne leje et kolonihavehus sammen for sommeren. Udlejer kommunen selv nogen, eller skal man spørge haveforeningerne?

Mvh Helle""")

M("", """Hej

Min partner i firmaet, Henrik Lund, og jeg driver en lille tømrervirksomhed fra hans adresse på Vejledalen. Vi vil gerne have et skilt op ved indkørslen. Kræver det tilladelse?

Mvh
Brian Kastrup""")

M("", """Hej Lene

Min kone og jeg vil gerne sige tak for den nye legeplads ved Strandgårdsparken. Vores børnebørn er vilde med den.

Venlig hilsen
Jørgen og Ulla Holst""")

M("", """Kære Kulturudvalg

Jeg synes, kommunen bør give et fast tilskud til LGBT+ foreningen i Vestegnen. De laver et vigtigt arbejde for unge, der har det svært.

Venlig hilsen
Charlotte Bak""")

M("ht", """Hej

Min far, som er født i Pakistan, har fået amputeret sit højre ben under knæet på grund af sukkersyge. Han bor på 2. sal uden elevator i Vejleåparken og kan ikke komme ud. Han får nu en protese, men det tager måneder.

Kan kommunen hjælpe ham med at få en stuelejlighed?

Mvh Asma Chaudhry""")

M("te", """Hej

Jeg er grønlænder og kom til Danmark for at studere, men jeg droppede ud og har nu boet på gaden i Ishøj i to måneder. Jeg har fået at vide, at jeg skal søge om kontanthjælp, men jeg har ingen adresse. Hvor kan jeg sove i nat?

Naja""")

M("hb", """Hej

Jeg er muslim og har type 2-diabetes. Min læge har sagt, at jeg skal passe på under ramadanen. Har kommunens sundhedscenter et kursus eller en vejledning om at faste sikkert med diabetes? Jeg vil gerne faste.

Mvh Rashid Ali""")

M("bu", """Hej Morten

Jeg er medlem af både Enhedslisten og 3F og sidder i 3F's lokale klubbestyrelse. Vi vil gerne holde en 1. maj-fest i Ishøj Bypark og har søgt om tilladelse. Vi har fået at vide, at vi skal betale for oprydningen. Gælder det også for andre foreninger?

Kammeratlig hilsen
Jørn Bertelsen""")

M("hu", """Kære Social- og Sundhedsudvalg

Jeg er social- og sundhedsassistent og har været tillidsrepræsentant for FOA på plejecentret i 7 år. Jeg har haft brystkræft og var sygemeldt i næsten et år. Nu er jeg tilbage på nedsat tid, og min leder presser på for, at jeg går op i tid.

Jeg skriver ikke for min egen skyld, men fordi jeg ved, at flere kolleger med kroniske sygdomme oplever det samme.

Med venlig hilsen
Susanne Lind""")

M("teh", """Kære Borgmester

Jeg skriver på vegne af min mor, Zeynep Arslan, 74 år, som er kurder fra Tyrkiet og ikke taler dansk. Hun har en svær hjertesygdom og KOL og har fået afslag på hjemmehjælp til rengøring, fordi visitator mente, at "familien kan hjælpe". Vi hjælper allerede alt, hvad vi kan, men vi arbejder alle fuld tid.

Det opleves, som om visitator har antaget, at vi som indvandrerfamilie bare tager os af vores egne.

Med venlig hilsen
Murat Arslan""")

M("eb", """Hej

Jeg er katolik og har fået tilbudt et job i en katolsk skole i København, men jobcentret vil ikke godkende det, fordi jeg er i et ressourceforløb, og de siger, at jeg skal i praktik i kommunen først. Er det rigtigt?

Mvh Teresa Nowak""")
