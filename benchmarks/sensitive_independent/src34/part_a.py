"""corpus34 part A: long mails (over 3,000 characters) on ordinary municipal matters,
each with the sensitive data in a single sentence, mostly health said in passing."""
from common import M

M("h", """Kære Birgitte Holm

Jeg skriver til dig, fordi du sidder i Teknik- og Miljøudvalget, og fordi jeg efterhånden har prøvet alle de andre veje. Det drejer sig om busstoppestedet ved Gildbro Vænge, som blev flyttet i forbindelse med vejarbejdet på Ishøj Stationsvej i foråret. Dengang fik vi at vide, at flytningen var midlertidig, og at stoppestedet ville komme tilbage til sin gamle plads, når cykelstien var færdig. Cykelstien har været færdig siden august, og der er stadig ikke sket noget.

Det nye stoppested ligger ca. 350 meter længere mod øst, lige efter rundkørslen. Det lyder måske ikke af meget, men stykket derhen har intet fortov på den ene side, og man skal over en indkørsel til en virksomhed, hvor lastbilerne bakker ud uden at kunne se en. Om morgenen, når det er mørkt, er det direkte utrygt. Jeg har selv set to skolebørn hoppe til side, fordi en varebil kom ud i fuld fart.

Jeg har skrevet til Movia to gange. Første gang fik jeg et standardsvar om, at placeringen af stoppesteder aftales med kommunen. Anden gang fik jeg slet ikke svar. Så skrev jeg til Center for Byudvikling og Natur via kommunens hjemmeside i september, og jeg fik en kvittering, men heller ikke mere end det. Jeg har sagsnummeret et sted, men jeg kan ikke finde det lige nu, beklager.

For mig personligt er det blevet et reelt problem, fordi jeg siden knæoperationen i juni går med stok og ikke kan klare de ekstra 350 meter uden at skulle stoppe og hvile mig på en elskab. Men det er egentlig ikke det vigtigste. Det vigtige er, at der bor mange ældre i Gildbro Vænge og på de omkringliggende veje, og mange af dem har ikke bil. Bussen er deres forbindelse til lægen, til Bycentret og til familien i København.

Jeg har også et par andre ting, som jeg gerne vil nævne, nu hvor jeg alligevel skriver:

1) Belysningen på stien ned mod Vejleåen har været slukket i flere uger. Tre af lamperne blinker, og to er helt døde. Jeg har meldt det via appen, og der står "modtaget", men intet sker.

2) Skraldespanden ved bænken ved søen bliver ikke tømt. Den flyder over hver weekend, og mågerne trækker affaldet ud over hele græsplænen. Det er ikke pænt, og det tiltrækker også rotter, har en nabo fortalt mig.

3) Der mangler en bænk ved det nye stoppested. Hvis stoppestedet skal blive der, hvor det er, så må der i det mindste komme et læskur og en bænk. Lige nu står man i regn og blæst ved en stolpe.

Jeg forstår godt, at der er mange opgaver, og at budgettet er stramt. Jeg har selv siddet i en bestyrelse i mange år og ved, hvordan det er at skulle prioritere. Men det her handler om at rette op på noget, som kommunen selv har lovet. Det er ikke en ny udgift, det er en ting, der skulle have været gjort for længe siden.

Vil du være så venlig at undersøge, hvornår stoppestedet kommer tilbage? Og hvis det ikke gør, så vil jeg gerne have en begrundelse, som jeg kan give videre til mine naboer. Vi har talt om at samle underskrifter, men jeg vil hellere have et svar først, før vi går den vej.

Jeg vedlægger et par billeder af indkørslen og af det nye stoppested, så du kan se, hvad jeg mener. Billederne er taget i sidste uge kl. 7.40 om morgenen.

Du er meget velkommen til at ringe til mig, hvis det er nemmere. Jeg er hjemme de fleste formiddage.

På forhånd tak for hjælpen.

Med venlig hilsen
Erik Vestergaard
Gildbro Vænge 14, 2635 Ishøj
Tlf. 43 71 28 90
""")

M("e", """Hej Jonas

Du sagde til borgermødet i Kulturhuset, at vi gerne måtte skrive til dig om snerydningen, så det gør jeg nu. Undskyld at det bliver langt, men der er mange ting.

Sidste vinter var der tre perioder med sne og frost, og hver gang gik der flere dage, før der blev ryddet på de små veje i Torslunde. Hovedvejene blev klaret fint, det skal siges, men vores sidevej, Kirkebakkevænget, blev først ryddet på fjerdedagen i januar. I mellemtiden kørte bilerne sneen fast til is, og så hjalp det ikke meget, at plov og saltbil kom.

Jeg har læst kommunens vinterregulativ på hjemmesiden. Der står, at veje i klasse III ryddes "efter behov og når klasse I og II er færdige". Det er jo det samme som at sige, at de ikke bliver ryddet, hvis det bliver ved med at sne. Jeg synes ikke, det er et rimeligt serviceniveau, når der bor så mange ældre herude.

Det mest konkrete problem for os er, at min mor, som bor hos os, får hjemmehjælp hver morgen klokken halv otte, og sidste vinter kunne hjemmehjælperen to gange ikke komme frem, fordi bilen sad fast for enden af vejen.

Men det er ikke kun os. Postbuddet kom heller ikke de dage, og skolebussen til Torslunde Skole holdt ude ved hovedvejen, så børnene skulle gå i sneen langs vejen uden fortov. Jeg var selv ude og skovle et stykke af vejen, men man kan jo ikke skovle 200 meter alene.

Jeg har nogle forslag, som jeg håber, du vil tage med i udvalget:

Først: Kunne man opklassificere de veje, hvor der er kendte behov? Kommunen ved jo, hvilke adresser der har besøg af hjemmeplejen og madudbringning, så det burde ikke være svært at lave en liste. Jeg ved ikke, om det er lovligt at bruge de oplysninger sådan, men så kunne borgerne selv melde sig, ligesom man kan melde sig til at få hentet storskrald.

For det andet: Kunne der stilles en saltkasse eller en bunke grus for enden af de små veje? Så kunne vi beboere selv gøre noget. Det har de i Greve, har jeg hørt, og det virker fint.

For det tredje: Kommunikationen. Det ville hjælpe meget, hvis man på hjemmesiden kunne se, hvor ploven har været, og hvornår den forventes at komme. Jeg ringede til Vejserviceafdelingen to gange og fik at vide, at "de var på vej", men de kom først næste dag.

Jeg ved, at der er kommet en ny entreprenør på vintertjenesten i år. Det kan godt være, at det bliver bedre. Men jeg vil gerne have en tilkendegivelse af, at vores område ikke bliver glemt igen. Det er ikke kun bekvemmelighed, det handler om sikkerhed for dem, der bor her.

Til sidst vil jeg sige tak for et godt borgermøde. Det var rart at kunne stille spørgsmål direkte, og jeg synes, I lyttede. Jeg håber, at der bliver flere af den slags møder, også herude i landsbyerne og ikke kun inde i byen.

Jeg kan træffes på mail eller på telefon 22 46 81 09 efter kl. 16.

PS. Jeg glemte at nævne, at der på hjørnet af Kirkebakkevænget og Torslundevej står en gammel saltkasse, som ikke har været fyldt op i mindst to vintre. Låget er knækket, og der ligger mest blade og dåser i den. Hvis den bliver fyldt op, vil jeg gerne stå for at holde øje med den og sige til, når den er ved at være tom. Det samme har min nabo i nummer 7 tilbudt. Vi har også talt om at lave en lille vagtordning blandt beboerne, så der altid er nogen, der tager skovlen, når det sner om natten, men vi mangler som sagt grus og salt, og det kan man ikke købe i de mængder uden trailer.

De bedste hilsner
Malene Krogh
Kirkebakkevænget 3
Torslunde, 2635 Ishøj
""")

M("e", """Til Kultur- og Fritidsudvalget

Jeg vil gerne give mit besyv med i debatten om Ishøj Bibliotek og de foreslåede nedskæringer i åbningstiden med personale. Jeg har fulgt sagen i Lokalavisen og læst høringsmaterialet på kommunens hjemmeside.

Forslaget går ud på, at biblioteket fremover kun skal have betjent åbningstid tre dage om ugen, mens resten skal være selvbetjening med sygesikringskort og pinkode. Jeg forstår godt, at det er en måde at spare penge på, og jeg ved, at mange kommuner har gjort det samme. Men jeg vil gerne forklare, hvorfor det ikke bare er et spørgsmål om åbningstider.

Biblioteket er et af de få steder i Ishøj, hvor man kan komme ind, sætte sig ned og være der uden at skulle købe noget. Der kommer studerende, der ikke har plads til at læse hjemme. Der kommer ældre, der læser aviserne. Der kommer børnefamilier om lørdagen til højtlæsning. Og der kommer folk, der har brug for hjælp til Borger.dk, MitID og alle de digitale ting, som kommunen selv har gjort obligatoriske.

Det sidste er måske det vigtigste. Når der ikke er personale, er der ingen til at hjælpe med at logge ind på Digital Post, udfylde en ansøgning eller printe et dokument. Jeg har selv stået i kø ved skranken flere gange for at få hjælp, og jeg har set, hvor mange der gør det samme.

Siden jeg kom på kontanthjælp sidste efterår, har biblioteket faktisk været det sted, hvor jeg søger job, printer mine ansøgninger og læser, for jeg har ikke selv printer og kun dårligt net derhjemme.

Hvis de betjente timer forsvinder, vil en del af dem, der har mest brug for biblioteket, miste adgangen til den hjælp, de i dag får. Selvbetjening forudsætter, at man kan klare sig selv. Det kan de fleste, men ikke alle.

Jeg har et par konkrete forslag:

- Behold betjent åbningstid om eftermiddagen på hverdage, hvor mange kommer efter arbejde og skole. Hvis der skal spares, så spar hellere om formiddagen, hvor der er færrest besøgende.
- Lav en fast "digital hjælp"-tid to gange om ugen, evt. i samarbejde med Borgerservice. Det kunne spare Borgerservice for mange telefonopkald.
- Tal med de frivillige foreninger. Der er pensionister, som gerne vil hjælpe med it, det ved jeg fra Seniorklubben.
- Lad være med at fjerne aviserne. Det er en lille udgift, men for mange er det grunden til at komme.

Jeg vil også gerne spørge, om der er lavet en opgørelse over, hvem der bruger biblioteket i de timer, der skal gøres ubetjente. Hvis ikke, synes jeg, det burde gøres, før der træffes en beslutning. Det er ikke rimeligt at skære i et tilbud uden at vide, hvem man rammer.

Jeg vil til slut sige, at personalet på biblioteket er fantastisk. De er altid venlige og hjælpsomme, også når man spørger om det samme for tredje gang. Det ville være en skam, hvis de skulle gå ned i tid eller miste deres job.

Jeg håber, at udvalget vil tage mine bemærkninger med i den videre behandling, og jeg kommer gerne til et møde, hvis der bliver holdt et.

PS. Jeg har talt med nogle af de andre faste brugere, og vi vil gerne tilbyde at samle en lille gruppe, som udvalget kan tale med, før der træffes en endelig beslutning. Vi er både unge og gamle, og vi bruger biblioteket på meget forskellige måder. En af os er pensioneret skolebibliotekar og ved en hel del om, hvordan andre kommuner har grebet selvbetjeningen an. Vi kan mødes en eftermiddag i læsesalen, hvis det passer jer, og vi lover at holde det kort og konkret.

Venlig hilsen
Anders Juul Mikkelsen
Vejleå Have 112, 2. th.
2635 Ishøj
""")

M("h", """Kære Center for Byudvikling og Natur

Jeg skriver angående byggeriet på grunden ved siden af os på Strandhaven, hvor der bygges rækkehuse. Jeg vil gerne klage over støjen og over de tidspunkter, hvor der arbejdes, og jeg vil gerne vide, hvilke regler der gælder.

Byggeriet startede i august. Siden da er der blevet arbejdet næsten hver dag fra klokken 6.30 om morgenen. Jeg har læst på jeres hjemmeside, at der gælder en forskrift for bygge- og anlægsarbejde, hvor støjende arbejde tidligst må begynde kl. 7.00 på hverdage, og at der ikke må arbejdes støjende om lørdagen efter kl. 14. Her er der blevet brugt vibrationstromle om lørdagen til langt ud på eftermiddagen flere gange, og der blev rammet spuns en hel uge i september, hvor hele huset rystede.

Jeg har talt med formanden på pladsen to gange. Han var høflig, men sagde, at de havde en dispensation fra kommunen. Jeg har ikke kunnet finde den dispensation nogen steder, og jeg har ikke fået noget brev om den. Hvis der er givet en dispensation, vil jeg gerne se den, og jeg vil gerne vide, hvorfor naboerne ikke er blevet orienteret.

Der er også problemer med støv. Når det blæser fra vest, ligger der et lag sand på vores terrasse og i vindueskarmene. Vi har ikke kunnet have vinduerne åbne i hele sensommeren. Og der har været lastbiler parkeret på fortovet foran vores indkørsel, så vi ikke kunne komme ud med bilen.

Det er sådan for mig, at jeg er sygemeldt med en depression og har brug for ro om dagen, og støjen fra pladsen gør det meget svært at komme igennem formiddagene.

Jeg vil ikke gøre mere ud af det end nødvendigt, men jeg synes, at kommunen skal vide, at sådan et byggeri rammer forskelligt. Nogle af naboerne er på arbejde om dagen og mærker det mest om lørdagen. Andre er hjemme hele dagen.

Jeg har følgende spørgsmål:

1. Er der givet dispensation fra forskriften for bygge- og anlægsarbejde til dette byggeri, og i givet fald for hvilke tidspunkter og hvilke arbejder?
2. Hvem fører tilsyn med, at reglerne overholdes, og hvordan kan man som nabo klage, når det sker, f.eks. en lørdag eftermiddag?
3. Hvor længe forventes byggeriet at vare? Ifølge skiltet er det færdigt "sommer 2026", men det siger ikke noget om, hvornår de støjende dele er overstået.
4. Må lastbiler holde på fortovet i den måde, de gør nu? Det spærrer også for folk med barnevogne.

Jeg har ført en lille logbog siden september med datoer og tidspunkter, hvor der har været støjende arbejde uden for de tilladte tider. Den sender jeg gerne, hvis I kan bruge den. Jeg har også et par videoer taget med telefonen.

Jeg håber, at I vil tage kontakt til bygherren og sørge for, at reglerne bliver overholdt. Vi er ikke imod, at der bliver bygget, og det bliver sikkert fint, når det er færdigt. Men det skal ske på en måde, som er til at leve med for dem, der allerede bor her.

Jeg vil også gerne nævne, at vejen foran byggepladsen efterhånden er meget beskidt. Lastbilerne kører mudder ud på Strandhaven, og når det regner, bliver det til en glat grød, som cyklisterne skal igennem. Der stod i byggetilladelsen, har en nabo fortalt mig, at vejen skulle fejes dagligt, men det sker højst en gang om ugen. Kunne I ikke sende nogen forbi og se på det, gerne en eftermiddag, hvor lastbilerne lige har kørt? Så tror jeg, I vil forstå, hvad vi taler om.

Med venlig hilsen
Pernille Aagaard
Strandhaven 41
2635 Ishøj
Mobil 31 17 64 52
""")

M("e", """Til skolechefen, med kopi til formanden for Børne- og Skoleudvalget

Vi er forældre til Noah i 3.B på Vibeholmskolen, og vi skriver om den nye ordning for skolebuskørsel, som trådte i kraft efter efterårsferien. Vi har flere spørgsmål og også en klage.

Kort fortalt er ruten blevet lagt om, så bussen nu kører fra Torslunde via Baldersbækvej og først kommer til vores stoppested kl. 7.52. Skolen starter kl. 8.00. Det betyder, at bussen ofte kommer for sent, fordi der er kø i krydset ved Vejlebrovej om morgenen. Noah er kommet for sent syv gange siden efterårsferien, og han er ked af det, fordi han går glip af morgensamlingen og skal forklare sig over for klassen.

Vi har skrevet til skolens kontor, som henviste til kommunens kørselskontor, som henviste til Movia, som sagde, at ruten bestemmes af kommunen. Det er den slags cirkel, man bliver træt af.

Vi synes også, at der er et sikkerhedsproblem. Det nye stoppested ligger på den anden side af vejen, så børnene skal krydse Baldersbækvej, hvor der kører mange biler om morgenen, og der er ingen fodgængerovergang. Vi har talt med andre forældre, og der er flere, der nu kører deres børn selv, hvilket jo er det modsatte af, hvad kommunen gerne vil.

Noget andet, som vi også må nævne, er at vores familie har en sag i Center for Børn og Forebyggelse, og vores socialrådgiver kommer på hjemmebesøg om morgenen en gang om måneden, så vi har brug for, at morgenerne fungerer forudsigeligt.

Vores konkrete ønsker er:

- At bussen lægges tilbage til den gamle rute, eller at afgangstiden rykkes 10 minutter frem, så børnene kan nå frem til kl. 8.
- At stoppestedet flyttes til vores side af vejen, eller at der kommer en fodgængerovergang eller skolepatrulje.
- At forældrene får besked med det samme, når der ændres i ruter eller tider, og ikke bare via en seddel i tasken.

Vi vil også gerne vide, hvordan beslutningen om den nye rute blev truffet. Var der en høring? Vi har ikke set noget om det i Aula, og ingen af de forældre, vi har talt med, har hørt om det på forhånd.

Vi forstår godt, at der er tale om en samlet løsning for mange skoler og ruter, og at det kan være svært at tilgodese alle. Men når ruten gør, at børnene kommer for sent hver uge, så er der noget, der ikke virker.

Vi ser frem til at høre fra jer og kommer gerne til et møde på skolen eller på rådhuset.

Vi har i øvrigt talt med forældrerådet i 3.B, og de bakker op om vores henvendelse. Flere har skrevet, at deres børn har det på samme måde, og at de selv er begyndt at køre, selvom de egentlig hellere ville lade børnene tage bussen og lære at klare sig selv. Det giver også mere trafik foran skolen om morgenen, hvor der i forvejen er kaos ved kiss-and-ride-pladsen. Forældrerådet har foreslået, at der laves en fælles gåbus fra Baldersbækvej, hvor en voksen følger børnene, men det kræver, at der er en sikker rute, og det er der ikke i dag, fordi der mangler fortov på et stykke ved den gamle gård.

Endelig vil vi spørge, om kommunen har overvejet at bruge en mindre bus på ruten. Bussen er ofte halvtom, og en mindre bus ville måske kunne køre ad de små veje og samle børnene op tættere på deres hjem. Det er bare en idé.

Med venlig hilsen
Sanne og Kasper Lindholm
Baldersbækvej 88
2635 Ishøj
Sanne: 40 92 17 33
""")

M("e", """Hej Karina

Tak for sidst ved Vinterfesten på Strandgårdsskolen. Du bad mig skrive til dig om parkeringen ved Ishøj Bycenter, og nu kommer det så, endelig.

Som du ved, har centret fået nyt parkeringsfirma, og der er nu kameraer ved alle indkørsler, der læser nummerpladen. Man har to timers gratis parkering, og derefter koster det, eller man får en afgift. Det er i sig selv fint nok. Men systemet virker ikke, som det skal.

Jeg har fået to kontrolafgifter på 795 kr. stykket, selvom jeg kun har holdt der i halvanden time. Det viser sig, at kameraet ved indkørslen fra Ishøj Stationsvej registrerer, når man kører ind, men kameraet ved udkørslen mod Ishøj Store Torv ikke altid registrerer, når man kører ud. Så tror systemet, at man har holdt der, til man næste gang kører ud. Jeg har talt med flere, der har oplevet det samme.

Jeg har klaget til parkeringsfirmaet, og de har afvist klagen med et standardsvar. Jeg har også klaget til centerforeningen, som siger, at det er firmaets sag. Så nu står jeg med to afgifter, som jeg mener er uberettigede.

Jeg ved godt, at det er privat grund, og at kommunen ikke bestemmer over centrets parkering. Men jeg tænker, at kommunen har en interesse i, at folk kan handle i Bycentret uden at blive snydt, og at kommunen måske kan lægge et vist pres på centret. Desuden er der jo et par kommunale funktioner i og omkring centret, f.eks. jobcentret, borgerservice og biblioteket, som folk skal kunne besøge.

Jeg har i forvejen en afdragsordning med et inkassofirma på en gammel telefonregning, og jeg har simpelthen ikke råd til også at skulle slås med to parkeringsafgifter, som jeg ikke skylder.

Jeg ville være glad, hvis du kunne finde ud af:

- Om kommunen har en aftale med centret om parkering, f.eks. i forbindelse med borgerservice og jobcentret.
- Om der er andre, der har klaget til kommunen over det samme.
- Om kommunen kan anbefale en klageinstans. Jeg har læst, at man kan klage til Parkeringsklagenævnet, men det koster et gebyr.

Og så, mere politisk: Jeg synes, det er et problem, at de gratis p-pladser i midtbyen efterhånden er forsvundet. Da man byggede de nye boliger ved stationen, forsvandt den store grusplads, og nu er Bycentret næsten det eneste sted. Måske kunne det være noget, du tog op i udvalget? Der er mange, der kører ind fra Torslunde og Tranegilde for at handle, og de har ikke andre muligheder.

Jeg vedlægger kopi af de to afgifter og af mit kontoudtog, der viser, hvornår jeg betalte i Netto, så man kan se, at jeg faktisk var der i det tidsrum.

Jeg har i øvrigt opdaget, at der ikke er nogen skilte ved indkørslen fra Ishøj Stationsvej, som fortæller, at der er kameraovervågning og parkeringsregler. Skiltet sidder først inde ved p-huset, og det er meget lille og højt oppe. Jeg har læst, at der skal være tydelig skiltning for at en afgift er gyldig, men jeg ved ikke, om det er rigtigt. Hvis kommunen har en vejmyndighed, der kan se på det, ville det være godt. Der er mange ældre, der kommer kørende til apoteket og lægehuset i centret, og de aner ikke, at der er nye regler. Jeg har selv hjulpet en ældre herre, der stod helt forvirret med sin afgift ved kassen i Føtex.

Mange hilsner
Lone Frederiksen
Pilemøllevej 9, 1. tv.
2635 Ishøj
""")

M("e", """Til borgerrådgiveren

Jeg ved ikke, om jeg skriver til det rigtige sted, men jeg har fået at vide af en veninde, at du kan hjælpe med at finde ud af, hvor man skal henvende sig, når man er faret vild i systemet. Det er præcis, hvad jeg er.

Sagen handler om vores lejlighed i Vejleåparken og en vandskade, som skete i januar. Der gik et rør i lejligheden ovenover, og vandet løb ned gennem loftet i vores badeværelse og soveværelse. Boligselskabet sendte en håndværker, som lukkede for vandet, og derefter kom et firma og satte affugtere op. Så langt så godt.

Men siden da er der ikke sket noget. Loftet i soveværelset har stadig en stor plet og buler ned, og der lugter af mug. Vi sover i stuen nu. Jeg har skrevet til boligselskabet fire gange og ringet endnu flere. De siger, at det er forsikringen, der skal godkende. Forsikringen siger, at de venter på en rapport fra firmaet med affugterne. Firmaet siger, at de har sendt rapporten.

Så spurgte jeg kommunen, om der ikke var nogen, der kunne se på det, fordi der er mug. Jeg blev stillet om tre gange og endte hos en, der sagde, at det var en privatretlig sag mellem mig og udlejer, og at jeg kunne gå til Huslejenævnet. Det har jeg også læst om, men det tager lang tid.

Vi har haft det svært i vinter, og vores strøm blev lukket en uge i november, fordi vi var bagud med regningen, så jeg har ikke kræfter til en lang sag ved et nævn.

Det, jeg gerne vil vide, er:

1. Har kommunen en rolle, når der er skimmelsvamp i en lejlighed? Jeg har læst, at kommunen kan gribe ind efter byfornyelsesloven, hvis en bolig er sundhedsskadelig. Gælder det også her?
2. Kan kommunen sende nogen ud og se på det, eller skal jeg selv betale for en skimmelsvampsrapport?
3. Hvis det er Huslejenævnet, hvordan kommer jeg så i gang, og kan jeg få hjælp til at skrive klagen?

Jeg vil gerne være anonym i forhold til boligselskabet, hvis det er muligt. Jeg er bange for, at de bliver sure, hvis de hører, at jeg har klaget til kommunen. Men jeg forstår godt, hvis man ikke kan undersøge noget uden at sige, hvilken lejlighed det er.

Jeg har billeder af loftet og kopi af alle mine mails til boligselskabet. Jeg kan sende dem, hvis du vil have dem.

Jeg takker meget for at du læser det her. Jeg ved, at det ikke er din opgave at løse det, men bare at få at vide, hvor jeg skal gå hen, ville hjælpe.

PS. Jeg har læst på nettet, at skimmelsvamp kan give problemer for børn, og vi har en lille dreng på to år, der sover i samme rum som os nu. Jeg vil derfor meget gerne vide, om der findes nogen i kommunen, f.eks. i miljøafdelingen, der kan måle luften eller tage en prøve. Jeg vil gerne betale, hvis det ikke er for meget, men jeg vil gerne vide det på forhånd. Og hvis det er noget, der skal gå gennem boligselskabets afdelingsbestyrelse, vil jeg gerne vide, hvem jeg skal skrive til der. Jeg har aldrig været til et afdelingsmøde, fordi jeg ikke vidste, at man måtte komme.

En anden ting er, at der i opgangen har hængt en seddel om, at der kommer nye vinduer i hele blokken til foråret. Betyder det, at vandskaden bliver ordnet samtidig, eller er det to helt forskellige ting? Ingen har kunnet svare mig på det.

Med venlig hilsen
Jasmin Kirkegaard
Vejleåparken 4, st. tv.
2635 Ishøj
Tlf 28 55 13 07
""")

M("eh", """Kære Ishøj Kommune, Center for Voksne og Velfærd

Jeg skriver på vegne af min far, Bent Holmgaard, som er 87 år og bor på Tranegårdsvej 17. Han har givet mig fuldmagt, og den vedlægger jeg. Det handler om madservicen, som han har fået i to år, og som vi synes er blevet dårligere.

Det begyndte efter sommerferien, hvor kommunen skiftede leverandør. Tidligere kom maden tre gange om ugen som kølemad, og der var en ret god variation. Nu kommer den en gang om ugen som frost, og min far skal selv varme den i mikroovnen. Han har aldrig brugt en mikroovn før, og han har svært ved at læse de små tal på pakkerne.

Vi har flere gange fundet retter i fryseren, som han ikke har spist. Når jeg spørger ham, siger han, at han ikke kunne finde ud af det, eller at han ikke syntes, det smagte af noget. Han har tabt sig fire kilo siden august, og det bekymrer os, fordi han i forvejen har type 2-diabetes og skal spise regelmæssigt.

Jeg har ringet til visitationen, og de sagde, at ordningen er den samme for alle, og at man kan søge om at få maden leveret som kølemad, hvis der er særlige behov. Jeg har spurgt, hvordan man søger, og fik at vide, at det skulle vurderes ved et besøg. Det er nu tre uger siden, og vi har ikke hørt noget.

Jeg vil gerne bede om:

- At der bliver aftalt et besøg snarest, gerne når jeg kan være til stede. Jeg kan om tirsdagen og torsdagen efter kl. 14.
- At I undersøger, om min far kan få kølemad i stedet for frost.
- At I oplyser, om der er mulighed for hjælp til at varme maden, f.eks. i forbindelse med hjemmehjælpens besøg om eftermiddagen.

Jeg vil også gerne sige noget mere generelt. Jeg har talt med andre pårørende, og det er ikke kun min far, der har det sådan. Der er flere ældre, der ikke spiser den frosne mad. Jeg synes, kommunen bør følge op på, om den nye ordning faktisk virker, og ikke kun på, om den er billigere. Man kunne f.eks. spørge madmodtagerne eller deres pårørende efter et halvt år.

Jeg har fuld forståelse for, at der skal spares, men mad er ikke et område, hvor man kan spare uden at det koster noget andet senere, f.eks. i form af indlæggelser. Det ved I sikkert godt.

Jeg vil også gerne rose chaufføren, som kommer med maden. Han er altid venlig og tager sig tid til at snakke med min far. Det betyder meget for ham.

Hvis der er noget, I skal bruge fra mig, så skriv endelig. Jeg kan kontaktes på mail eller på telefon 26 71 05 48.

PS. Jeg har lagt mærke til, at menukortet fra den nye leverandør kun findes som en pdf på hjemmesiden og som et lille hæfte med meget små bogstaver. Min far kan ikke selv bestille, og det gør jeg nu for ham over telefonen hver anden uge. Men jeg tænker på alle dem, der ikke har en datter eller søn, der kan gøre det. Kunne man lave menukortet i stor skrift, og kunne chaufføren tage bestillingen med, når han kommer? Det ville gøre det meget lettere for mange, og jeg tror ikke, det koster ret meget. Jeg vil også foreslå, at der kommer et smagepanel af brugere, ligesom jeg har hørt, at man har i Høje-Taastrup, hvor maden bliver bedømt af dem, der faktisk spiser den.

Med venlig hilsen
Tina Holmgaard Nielsen
(datter til Bent Holmgaard)
Hvidovre
""")

M("h", """Hej Sofie

Jeg skriver til dig som formand for Kultur- og Fritidsudvalget, fordi jeg gerne vil slå et slag for svømmehallen og de nye åbningstider, der blev indført 1. september.

Jeg har gået til morgensvømning i Ishøj Svømmehal i over ti år, tre gange om ugen, og jeg er langt fra den eneste. Vi er en fast flok på omkring 20-25 mennesker, der kommer kl. 6.30, svømmer en halv time og så tager på arbejde. Det er en god måde at starte dagen på, og det er sundt.

Med de nye åbningstider åbner hallen først kl. 7.30 på hverdage, undtagen mandag. Det betyder, at de fleste af os ikke kan nå det mere, fordi vi skal være på arbejde kl. 8 eller 8.30. Jeg har talt med de andre i bassinet, og flere har allerede opgivet og købt kort i Greve eller i Brøndby, hvor der åbnes kl. 6.

Jeg har spurgt i receptionen, hvorfor åbningstiden er ændret, og de sagde, at det var en besparelse på personaletimer, som blev vedtaget med budgettet. Jeg har så søgt i referaterne fra udvalget og fundet punktet, men der står ikke noget om, hvor mange der brugte morgenåbningen, eller hvad det sparer.

Jeg synes, der er gode argumenter for at genoverveje det:

1. Morgensvømmerne er trofaste betalende kunder med årskort. Hvis vi flytter til andre kommuner, mister hallen indtægt.
2. Det er en sundhedsfremmende aktivitet, som kommunen vel gerne vil støtte, ikke mindst for folk, der arbejder om dagen og ikke kan komme på andre tidspunkter.
3. Det kræver kun en livredder og en person i receptionen. Måske kunne receptionen være selvbetjent om morgenen, med adgang via kort, som mange fitnesscentre har det.

For mig selv handler det også om, at jeg venter på en ny hofte og svømningen er det eneste, der holder smerterne nede, så jeg har det ærligt talt rigtig skidt med at skulle undvære den.

Men det er ikke derfor, jeg skriver. Det er fordi jeg synes, at en beslutning som denne bør tages med viden om, hvem den rammer. Og det er ikke klart ud fra det, jeg har kunnet læse.

Vil du undersøge, om der kan findes en løsning, f.eks. morgenåbning to eller tre dage om ugen i stedet for kun mandag? Jeg tror, de fleste af os ville kunne leve med det.

Vi vil også gerne invitere dig ned en morgen og møde os. Så kan du se, hvem vi er. Vi er alt fra unge pædagoger til pensionerede håndværkere. Og vi har kaffe med.

Tak fordi du læser med.

PS. Jeg har spurgt rundt i bassinet, og vi er 23, der har skrevet under på en lille liste, som jeg gerne sender til dig. Der står også, hvor mange år hver enkelt har haft årskort, og det er sammenlagt over 200 år, hvis man lægger det hele sammen. Vi er altså ikke nogle, der lige er kommet til. Flere af os har også været frivillige ved svømmestævnerne og ved den årlige havnesvømning, så vi bidrager også på andre måder. Jeg håber, at listen kan bruges, når sagen skal behandles igen i forbindelse med næste års budget. Og hvis der skal laves en brugerundersøgelse, vil vi gerne hjælpe med at dele den ud om morgenen.

De bedste hilsner
Klaus Brøndum
Ishøj Landsbyvej 22
2635 Ishøj
""")

M("h", """Til Center for Borger, Økonomi og IT

Jeg skriver, fordi jeg har haft problemer med at bruge kommunens selvbetjeningsløsninger, og jeg vil gerne foreslå nogle forbedringer, så andre ikke oplever det samme.

Jeg skulle i oktober søge om tilladelse til at opstille en container foran mit hus i forbindelse med en renovering. Det skulle gøres via kommunens hjemmeside, og jeg fandt formularen under "Veje og trafik". Formularen krævede, at jeg loggede ind med MitID, hvilket er fint. Men derefter skulle jeg uploade en situationsplan i et bestemt format, og der stod ikke, hvilket format. Jeg prøvede med PDF og fik en fejlmeddelelse. Jeg prøvede med JPG og fik den samme.

Så ringede jeg til kommunen. Jeg kom igennem efter 25 minutter i kø og blev sendt videre to gange. Den sidste medarbejder var meget flink og sagde, at formularen havde "nogle problemer" for tiden, og at jeg bare kunne sende ansøgningen på mail. Det gjorde jeg, og tilladelsen kom fem dage senere. Men det tog mig sammenlagt næsten tre timer.

Telefonen er desuden svær for mig, fordi jeg har et høreapparat, som ikke fungerer godt med ventemusikken og de dårlige forbindelser, så det havde været en hjælp, hvis jeg kunne have klaret det hele skriftligt fra starten.

Mine forslag er:

- Skriv tydeligt i formularerne, hvilke filformater og filstørrelser der accepteres.
- Hvis en formular ikke virker, så skriv det på siden, og skriv hvilken mailadresse man kan bruge i stedet.
- Lav en chatfunktion eller en mulighed for at blive ringet op, i stedet for at man skal sidde i telefonkø.
- Giv mulighed for at få et sagsnummer med det samme, så man kan henvise til det.

Jeg har også et spørgsmål om tilladelsen: Der står, at containeren skal være afmærket med refleks og lys, hvis den står på vejen om natten. Gælder det også, hvis den står i min egen indkørsel, men stikker lidt ud over fortovskanten? Jeg vil gerne gøre det rigtigt, så der ikke sker en ulykke.

Endelig vil jeg gerne rose medarbejderen i Vej og Park, som jeg talte med til sidst. Hun var meget imødekommende og fik ting til at ske hurtigt, da jeg først havde fundet hende. Det er ikke hende, jeg klager over, men systemet.

Jeg er klar over, at det måske ikke er den mest alvorlige henvendelse, I får i år. Men jeg tror, at der er mange, der opgiver halvvejs, og så ender de med at gøre tingene uden tilladelse, fordi det er for besværligt. Det er ingen tjent med.

Jeg håber, mine forslag kan bruges, og jeg svarer gerne på spørgsmål, hvis I vil vide mere om, hvad der gik galt. Jeg kan bedst kontaktes via mail.

PS. Jeg har senere forsøgt at bruge formularen til at anmelde en væltet færdselstavle på Rådsmandsvej, og der oplevede jeg præcis det samme. Knappen "Send" gjorde ingenting, og der kom ingen fejlmeddelelse. Jeg prøvede med en anden browser og på min telefon, og det virkede heller ikke. Til sidst sendte jeg en mail til den generelle postkasse. Jeg ved ikke, om den er nået frem, for jeg har ikke fået nogen kvittering. Det er ikke for at være besværlig, men hvis formularerne ikke virker, så er der nok mange meldinger om huller i vejen og væltede skilte, som aldrig når frem. Det kunne måske være værd at få en it-person til at teste dem alle sammen en gang.

Venlig hilsen
Ove Rasmussen
Rådsmandsvej 6
2635 Ishøj
""")

M("e", """Kære Mette

Jeg skriver til dig, fordi du er medlem af Social- og Sundhedsudvalget, og fordi jeg har en idé, som jeg gerne vil have, at nogen i byrådet hører.

Jeg har i det sidste år været med i en gruppe af beboere i Vejleåparken, der har startet et fællesskab om madlavning. Vi mødes hver torsdag i beboerhuset, laver mad sammen og spiser sammen. Det startede med 8 personer, og nu er vi oppe på 30-40 hver gang. Der kommer børnefamilier, ældre, enlige, studerende, folk fra mange lande. Vi betaler 20 kr. for voksne og 10 kr. for børn, og det dækker næsten råvarerne.

Det, vi oplever, er at mange kommer, fordi de har brug for et varmt måltid, og lige så mange kommer, fordi de har brug for at se andre mennesker. Der er ældre, der bor alene og ikke taler med nogen resten af ugen. Der er unge mødre, der er nye i byen. Der er folk, der er gået ned med stress og har brug for et sted at være.

For mig selv har det betydet meget, fordi jeg har hentet mad i fødevarebanken hver uge siden foråret og har lært, at det ikke er noget at skamme sig over.

Vores problem er, at vi ikke har nogen fast støtte. Beboerhuset låner vi gratis, men vi mangler penge til køkkenudstyr, og vi mangler en frivillig koordinator, der kan tage sig af indkøb og planlægning. Lige nu er det to-tre personer, der gør det hele, og de er ved at brænde ud.

Jeg har set, at kommunen har en pulje til frivilligt socialt arbejde, en §18-pulje. Jeg har prøvet at læse ansøgningsskemaet, men det er svært at forstå, hvad vi skal skrive, og vi er ikke en forening med vedtægter og bestyrelse. Skal vi være en forening for at søge? Kan vi få hjælp til at lave en ansøgning?

Jeg vil også gerne spørge, om kommunen har overvejet at støtte den slags fællesspisning mere systematisk. Jeg har læst, at andre kommuner har fået gode erfaringer med det i forhold til ensomhed blandt ældre og i forhold til integration. Det kunne måske være en del af den nye sundhedspolitik.

Hvis du har tid, vil vi meget gerne have besøg en torsdag. Vi spiser kl. 18, og du er velkommen til at tage familien med. Det ville betyde meget for gruppen, at en politiker kom og så, hvad vi laver.

Mange tak fordi du læser med, og god weekend.

PS. Jeg har vedlagt et par billeder fra vores sidste fællesspisning, hvor vi lavede suppe af grøntsager fra kolonihaverne ved Ishøj Landsby. Det var en fantastisk aften, og børnene var med til at skrælle. Vi har også haft besøg af en kok fra en af restauranterne ved havnen, som viste, hvordan man kan bruge rester. Jeg tror, det er den slags, der gør en forskel i et boligområde. Hvis kommunen har en kontaktperson for frivillige foreninger, vil jeg meget gerne have navnet, så vi ikke behøver at skrive til hele byrådet, hver gang vi har et spørgsmål om lokaler eller tilladelser. Vi har nemlig også tænkt på at holde en stor sommerfest på plænen, og jeg aner ikke, om det kræver tilladelse.

PPS. Vi har også fået tilbud om at låne et par store gryder fra FDF-kredsen, men de skal hentes i Vallensbæk, og ingen af os har bil. Hvis kommunen har en varevogn, der kører den vej, ville det være en stor hjælp.

Kærlig hilsen
Hanne Winther
Vejleåparken 22, 3. mf.
2635 Ishøj
Tlf. 61 84 29 03
""")

M("e", """Til Borgerservice

Jeg har brug for hjælp med mit sundhedskort og min adresse, og jeg håber, I kan svare skriftligt, for det er svært for mig at komme ind i åbningstiden i øjeblikket.

Jeg er flyttet fra min tidligere adresse på Askerød 8 i slutningen af september. Jeg har ikke en fast adresse endnu, og derfor har jeg ikke meldt flytning. Jeg har fået at vide af en bekendt, at man kan have en "c/o-adresse" eller få sin post til Borgerservice, men jeg ved ikke, hvordan det virker.

Jeg har boet på herberget i Valby siden 1. oktober og har brug for at få min post et sted hen, hvor jeg kan hente den.

Mine spørgsmål er:

1. Kan jeg registrere mig som "uden fast bopæl" i Ishøj, selvom jeg midlertidigt bor uden for kommunen? Jeg er opvokset i Ishøj og har min familie og mit netværk her, og det er her, jeg gerne vil bo igen.
2. Hvis jeg bliver registreret et andet sted, mister jeg så min plads på ventelisten til en bolig i Ishøj? Jeg er skrevet op i to boligselskaber.
3. Hvad sker der med mit sundhedskort og min læge? Jeg har en læge på Ishøj Stationsvej, som jeg gerne vil beholde.
4. Kan jeg få min Digital Post fritaget, så jeg får brevene på papir til Borgerservice? Jeg har ikke altid adgang til en computer, og min telefon er gammel.

Jeg har læst lidt på borger.dk, men det er svært at finde ud af, hvad der gælder for lige præcis min situation, og hvad der er en kommunal og en statslig opgave. Jeg har også prøvet at ringe, men jeg har ikke altid taletid nok til at vente i kø.

Jeg vil også gerne sige, at da jeg var i Borgerservice i sommers for at få fornyet mit pas, fik jeg rigtig god hjælp af en ung mand ved skranke 3. Han var meget tålmodig. Det er ikke alle steder, man bliver mødt sådan, så tak for det.

Hvis det er nemmere, kan I skrive til mig her på mailen. Jeg tjekker den på biblioteket næsten hver dag, og jeg kan også komme ind en af de dage, hvor I har åbent til kl. 17, hvis jeg ved, hvad jeg skal have med.

På forhånd tak.

PS. Jeg ved ikke, om det er relevant, men jeg vil også gerne vide, om mit bibliotekskort stadig virker, når jeg ikke har en adresse. Jeg bruger biblioteket meget, både til at låne bøger og til computerne, og jeg vil nødig miste det. Jeg har også nogle lån, som jeg gerne vil forny, men systemet siger, at min konto er "under opdatering". Måske hænger det sammen med flytningen. Hvis I kan sende mig videre til den rigtige person på biblioteket, vil jeg være glad. Og hvis der er en formular, jeg skal udfylde, så vil jeg gerne have den sendt som et link, så jeg kan udfylde den på en af bibliotekets computere.

Til sidst: Er der en frist for, hvornår man skal have meldt flytning? Jeg vil ikke komme til at bryde en regel uden at vide det.

Jeg vil også gerne spørge, om man kan få udbetalt sin skatterefusion til en anden konto end sin NemKonto, for min gamle bank har lukket mit netbank-login, og jeg kan ikke komme ind for at ændre noget. Jeg har været nede i filialen i Bycentret, men den er lukket og flyttet til Glostrup, så det bliver en lang tur. Måske ved I, hvem der kan hjælpe med det, eller om det er noget, Skattestyrelsen skal ordne.

Venlig hilsen
Mikkel Thorsen
(indtil videre uden fast adresse)
mail: mikkel.thorsen88@gmail.com
""")

M("e", """Kære Tranegilde Beboerforening og Ishøj Kommune (kopi)

Jeg sender dette til både foreningen og kommunen, fordi jeg ikke ved, hvem der har ansvaret, og fordi jeg håber, at nogen vil tage sig af det.

Det drejer sig om stien langs stranden fra Tranegilde Strandvej ned mod havnen. Den har været lukket for cyklister i et år nu, fordi broen over renden skulle udskiftes. Der står et skilt med "Lukket indtil videre" og en henvisning til en omvej ad Tranegilde Strandvej, som er smal og uden cykelsti.

Jeg har cyklet på den sti til arbejde i mange år, og det samme har mange andre. Nu skal vi ud på strandvejen, hvor bilerne kører 60-70 km/t, og der er ikke plads til både bil og cykel, når en lastbil kommer. Det er farligt, og jeg har set flere nærved-ulykker.

Jeg ringede til kommunen i foråret og fik at vide, at broen ville blive udskiftet "i løbet af sommeren". Der er ikke sket noget. Der står stadig de samme afspærringer, og broen ser ud præcis, som den gjorde.

Jeg vil gerne vide:

- Hvem ejer broen og stien, kommunen, Naturstyrelsen eller grundejerforeningen?
- Hvornår skal broen udskiftes, og er pengene afsat?
- Kan der i mellemtiden laves en midlertidig løsning, f.eks. en gangbro, som man kan trække cyklen over?
- Kan hastigheden på strandvejen sættes ned, så længe stien er lukket?

Nu skal jeg være ærlig: jeg har fået et tilsyn fra Kriminalforsorgen, som jeg skal møde op til i Glostrup hver anden uge, og cyklen er mit eneste transportmiddel, så jeg er nødt til at køre ad den vej.

Men det gælder jo for alle, der cykler herude. Der er også mange børn, der cykler til Strandgårdsskolen og til fritidsklubben, og forældrene er bekymrede. Jeg har talt med flere af dem ved stranden.

Jeg har taget billeder af broen og af afspærringen, som jeg vedlægger. Der er også et billede af en lastbil, der overhaler en cyklist på strandvejen, taget en morgen i september. Det giver et meget godt indtryk af, hvor smal vejen er.

Jeg håber virkelig, at nogen vil se på det, før der sker en ulykke. Det er en fin sti, og den bliver brugt af mange, både til arbejde og i fritiden.

PS. En af mine naboer, som har boet her i 40 år, fortæller, at broen blev bygget af det gamle amt i 1970'erne, og at der dengang var en aftale om, at kommunen skulle stå for vedligeholdelsen, når den overtog stierne efter kommunalreformen. Om det er rigtigt, ved jeg ikke, men måske kan det hjælpe jer med at finde ud af, hvem der har ansvaret. Han mener også, at der ligger nogle gamle tegninger på lokalarkivet. Jeg har ikke selv været der, men jeg kan godt tage derind, hvis det kan hjælpe. Der er tilsyneladende også en gammel servitut om offentlig adgang langs stranden, som betyder, at stien ikke bare kan nedlægges.

PPS. Jeg har set, at der også mangler et skilt ved selve strandvejen, der advarer bilisterne om, at der nu kører mange cyklister på vejen. Et simpelt skilt med "Pas på cyklister" og måske en midlertidig hastighedsbegrænsning på 40 km/t ville hjælpe, indtil broen er lavet. Det er billigt og kan sættes op i morgen.

Med venlig hilsen
Jesper Damgaard
Tranegilde Strandvej 40
2635 Ishøj
""")

M("h", """Hej Rikke

Jeg har lige været til borgermøde om den nye legeplads i Ishøj Byhave, og jeg vil gerne følge op på et par ting, som jeg ikke fik sagt, fordi tiden løb ud.

Først vil jeg sige, at det er dejligt, at kommunen vil bruge penge på en ny legeplads. Den gamle er slidt, og der er ikke meget at lave for de større børn. Tegningerne så rigtig fine ud, især klatretårnet og vandlegepladsen.

Men jeg savner, at der bliver tænkt på børn og voksne med forskellige behov. Der var ikke noget om tilgængelighed i præsentationen, og da jeg spurgte, sagde arkitekten, at "det ville blive indarbejdet". Det er lidt vagt.

Konkret tænker jeg på:

- Underlag: Faldunderlaget er vist som sand. Sand er umuligt at komme frem i med kørestol, barnevogn eller rollator. Gummiunderlag eller fliser på i hvert fald nogle af gangarealerne ville hjælpe meget.
- Gynger: Der findes rede-gynger, som børn med handicap kan bruge sammen med andre børn. Det koster ikke meget mere.
- Bænke med ryglæn og armlæn, så ældre bedsteforældre kan sidde og rejse sig igen.
- Toilet: Der er ikke noget toilet i nærheden. Det nærmeste er i Bycentret. Med små børn er det et problem.
- Skygge: Der er ingen træer på tegningerne tæt på legeområdet.

Vores datter Alma, som er seks, har cerebral parese og bruger kørestol, og derfor lægger vi selv mærke til de her ting.

Men det handler ikke kun om os. Der er mange børn og voksne med forskellige behov, og en legeplads i byens centrum burde være for alle. Jeg har læst, at kommunen har en handicappolitik, hvor der står, at man skal tænke tilgængelighed ind fra starten. Det ville være godt, hvis det også blev gjort her.

Jeg har også et forslag til processen. Kunne man invitere Handicaprådet og nogle forældre til et møde, før den endelige tegning godkendes? Det kan gøres på en time, og det kunne spare dyre ændringer bagefter. Jeg vil gerne hjælpe med at finde forældre.

Jeg vil også spørge, hvornår legepladsen forventes at åbne, og om den gamle legeplads bliver lukket i mellemtiden. Hvis der går en hel sommer uden legeplads, vil det være synd for børnene i området.

Tak fordi du tog dig tid til at tale med os efter mødet. Det var rart at mærke, at nogen lyttede.

PS. Vi har været på legepladser i andre kommuner for at se, hvordan de har gjort. Den nye legeplads i Valbyparken har f.eks. en lang rampe op til klatretårnet, så børn i kørestol kan komme op til toppen og være med på samme højde som de andre. Det er en fantastisk oplevelse for et barn, der ellers altid sidder nedenfor og kigger op. Der er også en sandkasse i bordhøjde, hvor man kan køre ind under med kørestolen. Jeg sender gerne billeder og navnet på firmaet, der har leveret det. Jeg tror ikke, det er meget dyrere end det, der er på tegningerne nu, og det ville gøre legepladsen til noget særligt, som folk ville komme langvejs fra for at besøge.

PPS. Jeg har også hørt fra en anden mor, at der på den gamle legeplads ligger glasskår i sandkassen efter weekenderne. Kunne den blive rengjort oftere, indtil den nye legeplads er klar? Vi går derhen næsten hver dag efter børnehaven.

Venlig hilsen
Camilla Overgaard
Bredekærs Vænge 31
2635 Ishøj
""")

M("e", """Til Center for Beskæftigelse og Erhverv

Jeg skriver om jobcentrets kurser og om transport til dem, og jeg vil gerne have en vurdering af, om jeg har ret til befordringsgodtgørelse. Jeg har spurgt min sagsbehandler, men hun var usikker og bad mig skrive ind.

Baggrunden er, at jeg er blevet tilmeldt et forløb hos en ekstern aktør i Taastrup, som varer 13 uger med fremmøde fire dage om ugen. Jeg har ikke bil, og med offentlig transport tager det 55 minutter hver vej med skift på Glostrup Station. Et månedskort til tre zoner koster omkring 700 kr.

Jeg er ledig og får dagpenge, og jeg skal både nå kurset og søge de to job om ugen, som jeg er pålagt, så månedskortet tager en stor del af budgettet.

Mine spørgsmål er:

1. Kan jeg få dækket udgiften til transport, når jobcentret har henvist mig til forløbet? Jeg har hørt, at der er en regel om, at man kan få befordringsgodtgørelse, når afstanden er over en vis grænse.
2. Hvis ja, hvordan søger jeg, og skal jeg gemme kvitteringerne? Skal jeg selv lægge ud først?
3. Hvis jeg ikke kan få godtgørelse, er der så mulighed for at blive henvist til et tilsvarende forløb i Ishøj eller Greve?

Jeg vil gerne understrege, at jeg ikke prøver at slippe for kurset. Jeg synes faktisk, at beskrivelsen lyder interessant, især den del der handler om it-kompetencer. Det er bare økonomien og den lange transporttid, der er et problem.

Jeg har også en mere generel kommentar. Det er svært at finde information om den slags på jobcentrets hjemmeside. Der står en masse om pligter og sanktioner, men meget lidt om rettigheder, f.eks. befordring, tolkebistand eller hjælp til pasning. Det ville hjælpe, hvis der var en side, der samlede de ting.

Og så vil jeg sige, at jeg har været glad for min sagsbehandler. Hun har været grundig og venlig, og jeg forstår godt, at hun ikke kan vide alt. Det er ikke hende, jeg klager over.

Jeg håber at høre fra jer, inden forløbet starter den 2. december.

PS. Jeg har lige fået et brev om, at jeg også skal deltage i et informationsmøde om "jobrettet uddannelse" på jobcentret den 25. november. Det ligger samme dag som et af kursets undervisningsdage i Taastrup. Hvilken af de to aftaler har forrang? Jeg vil nødig risikere at blive trukket i ydelse, fordi jeg ikke kan være to steder på én gang. Jeg har forsøgt at flytte mødet via Jobnet, men der er ingen knap til det, og når jeg ringer, får jeg at vide, at jeg skal skrive til min sagsbehandler, som er på ferie i næste uge. Det ville være rart med en afklaring skriftligt, så jeg har noget at henvise til, hvis der skulle opstå tvivl om mit fremmøde senere.

Jeg har også et spørgsmål om kursusmaterialet. Der står i indkaldelsen, at man selv skal medbringe en bærbar computer. Det har jeg ikke. Kan jeg låne en, eller skal jeg skaffe den selv?

Jeg vil i øvrigt gerne vide, om der findes en madordning på kurset, eller om man selv skal have madpakke med. Det står ikke i materialet, og det gør jo en forskel, når man er af sted fra tidlig morgen til sen eftermiddag fire dage om ugen i tretten uger.

Med venlig hilsen
Thomas Ibsen
Søhusvej 15
2635 Ishøj
Tlf. 52 38 40 17
""")

M("h", """Kære Ishøj Kommune

Jeg vil gerne rose og samtidig komme med en lille klage, så det hele er med.

Først rosen: Den nye hundeskov ved Ishøj Søvej er blevet rigtig god. Indhegningen er høj nok, lågerne lukker, og der er både skraldespande og poser. Min hund Bolle elsker det, og jeg har mødt mange søde mennesker derude. Det er blevet et lille socialt samlingssted for os, der går derude hver morgen.

Så klagen: Stien fra parkeringspladsen ved Søvej og ind til hundeskoven er meget dårlig. Den er lavet af grus, men gruset er skyllet væk på den midterste del, og der står vand i store huller, når det har regnet. Om vinteren er det en skøjtebane. Jeg har set flere falde, og en ældre dame brækkede håndleddet i januar, har jeg hørt.

Jeg har selv netop fået en ny knæskal og skal til genoptræning på Hvidovre to gange om ugen, så jeg må gå ind ad den lange vej om ved golfbanen, indtil stien er lavet.

Det ville være rart, hvis stien kunne blive lagt om med stenmel eller asfalt, eller i hvert fald få fyldt hullerne op. Det er kun omkring 150 meter.

Der er også et par andre ting:

- Parkeringspladsen er for lille i weekenderne. Folk holder langs Søvej, og det er farligt, fordi der er sving. Måske kunne man lave nogle ekstra pladser på græsarealet ved siden af?
- Skiltet ved indgangen siger, at hunde skal være i snor på stien. Det er fint, men der er mange, der ikke overholder det. Kunne man sætte et større skilt op?
- Vandposten ved lågen virker ikke. Om sommeren er det et problem, fordi hundene bliver tørstige.

Jeg ved, at det er nogle små ting, men de gør en forskel for dem, der bruger stedet hver dag. Og det er ærgerligt, at et så fint tilbud skal have en dårlig adgangsvej.

Hvis I vil have hjælp fra brugerne, f.eks. til en arbejdsdag med at lægge grus, så tror jeg, der er mange af os, der gerne vil give en hånd med. Vi har talt om det flere gange derude. Vi kunne lave en lille brugergruppe, som kommunen kunne tale med.

Jeg ser frem til at høre fra jer.

PS. Jeg har talt med nogle af de andre hundeejere, og vi har lavet en lille liste over ting, som vi synes kunne gøre hundeskoven endnu bedre: en overdækket bænk til regnvejrsdage, et lille indhegnet område til små og ængstelige hunde, og et opslagsbræt, hvor man kan sætte sedler op om bortløbne hunde eller fælles gåture. Vi ved godt, at ikke alt kan lade sig gøre, men hvis kommunen vil se på det, vil vi gerne give en hånd med. Nogle af os er gode til at snedkerere, og en af os har en trailer, så vi kan selv hente materialer. Hvis der skal søges om lov til at bygge noget, vil vi gerne have at vide, hvem man skal skrive til.

PPS. En sidste ting: Der er ingen belysning på parkeringspladsen, og om vinteren er det bælgmørkt, når vi går tur klokken halv syv om morgenen. Jeg ved godt, at det er et naturområde, og at man ikke vil have for meget lys af hensyn til fuglene, men bare en enkelt lampe ved bilerne ville gøre det meget mere trygt, især for de mange kvinder, der går alene med deres hunde. Der har været et par indbrud i biler derude, så det er ikke kun for at kunne se hullerne i stien.

Venlig hilsen
Gitte Lauritsen
Ishøj Søvej 51
2635 Ishøj
""")

M("e", """Hej Lars

Vi mødtes kort til Ishøj Havnefest i august, og du sagde, at jeg skulle skrive til dig, hvis jeg havde noget om havnen. Det har jeg nu.

Jeg har haft en båd i Ishøj Havn i otte år. Det er en lille motorbåd, ikke noget fint, men den betyder meget for mig. I år er havnepengene steget med 18 procent, og samtidig er der kommet et nyt gebyr for vinteropbevaring på land, som tidligere var inkluderet. For mig betyder det, at den samlede pris er gået fra omkring 6.200 kr. til godt 8.000 kr. om året.

Jeg ved, at havnen drives af en selvejende institution og ikke direkte af kommunen, men kommunen har jo en plads i bestyrelsen, og det er kommunens havn i den forstand, at den ligger i Ishøj og er en del af byens liv.

Jeg synes, stigningen er for voldsom, og den er ikke blevet forklaret ordentligt. Der var et kort brev, hvor der stod, at det skyldtes "øgede udgifter til vedligeholdelse og energi", men ikke noget om, hvad pengene konkret skal bruges til. Der er heller ikke blevet holdt et brugermøde, sådan som der plejede.

Jeg er selv på førtidspension og har derfor ikke så meget at rutte med, så jeg kan blive nødt til at sælge båden, hvis priserne bliver ved at stige.

Men jeg skriver ikke kun for min egen skyld. Der er mange i havnen, der er pensionister eller har almindelige indkomster. Det er ikke en havn for rigmænd, og det skal den helst ikke blive. Hvis priserne stiger år efter år, er det kun dem med mange penge, der kan have båd.

Mine spørgsmål til dig er:

- Hvad er kommunens holdning til prisudviklingen i havnen?
- Kan du få havnen til at lægge et budget frem, så vi kan se, hvad pengene går til?
- Kan der blive holdt et brugermøde igen, hvor bådejerne kan stille spørgsmål?
- Har kommunen overvejet en rabatordning for pensionister eller for dem, der har haft plads i mange år?

Jeg vil også gerne sige, at havnen på mange måder er blevet bedre de sidste år. De nye broer er fine, og toiletterne er blevet renoveret. Så det er ikke fordi, jeg ikke kan se, at der sker noget. Men det skal hænge sammen.

Tak fordi du vil læse dette. Jeg er ved havnen de fleste eftermiddage, hvis du vil snakke.

PS. Jeg har fået at vide af havnefogeden, at der er planer om at bygge en ny bådhal på den nordlige mole, og at det er en af grundene til de højere priser. Hvis det er rigtigt, synes jeg, at bådejerne burde have været spurgt. Det er vores penge, der skal betale for det, og mange af os har ikke brug for en bådhal, fordi vi har vores både stående ude på pladsen hele vinteren under presenning. Der blev talt om det på sidste års generalforsamling i bådelauget, men det blev aldrig stemt om. Jeg har også spurgt, om det er muligt at se regnskabet for de sidste tre år, men har fået at vide, at det kun kan ses på kontoret i åbningstiden, som er to timer om tirsdagen.

PPS. Hvis du kommer forbi havnen en dag, så ring endelig. Jeg kan vise dig rundt og præsentere dig for nogle af de andre, der har plads på C-broen. Vi har kaffe i skuret.

Venlig hilsen
Poul Erik Storm
Ishøj Havnevej, bådplads C-17
(privat: Gadekærvej 19, 2635 Ishøj)
""")

M("he", """Til Center for Voksne og Velfærd

Jeg skriver på vegne af min søster, Lisbeth Kragh, Vejleå Have 60, 1. th., som har bedt mig hjælpe hende, og som har skrevet under på vedlagte fuldmagt.

Lisbeth har boet i sin lejlighed i 14 år. Hun har fået bostøtte efter serviceloven i to år, fordi hun har skizofreni og har svært ved at klare dagligdagen alene, og det har virket godt for hende.

Men nu har hun fået et brev om, at bostøtten bliver revurderet, og at der er afsat et møde den 14. november med en ny medarbejder. Hun er meget urolig over det, fordi hun er bange for at miste den støtte, hun har. Hun kan ikke sove, og hun har ringet til mig flere gange om natten.

Jeg vil gerne spørge om følgende:

1. Hvad betyder en revurdering? Er det normalt, at man bliver revurderet efter to år, eller er der sket noget i hendes sag?
2. Kan jeg deltage i mødet som bisidder? Jeg har læst, at man har ret til at have en bisidder med, men jeg vil gerne være sikker.
3. Kan mødet holdes hjemme hos Lisbeth? Hun har det svært med at komme ud, især til steder hun ikke kender, og rådhuset er meget stort og forvirrende for hende.
4. Kan hun beholde den medarbejder, hun har nu? De har et godt forhold, og det har taget lang tid at opbygge tilliden.

Jeg forstår godt, at kommunen skal have styr på, hvem der får hvad, og at der skal være en vurdering med jævne mellemrum. Men jeg vil bede jer om at tænke på, hvordan et sådant brev bliver modtaget. Brevet var kort, meget formelt og sagde ikke noget om, hvad der skulle ske. Det ville have hjulpet meget, hvis der havde stået, at det var en almindelig procedure, og at man kunne tage nogen med.

Jeg vil også sige, at den medarbejder, der kommer hos Lisbeth nu, gør et rigtig godt stykke arbejde. Lisbeth er blevet bedre til at handle ind og til at betale sine regninger, og hun er begyndt at gå til et hold i Kulturhuset. Det er små ting, men for hende er det store fremskridt.

Jeg bor selv i Roskilde og arbejder fuld tid, men jeg kan tage fri til mødet, hvis jeg får besked i god tid. Jeg kan kontaktes på mail eller på telefon 29 14 66 80.

PS. Jeg vil også gerne spørge, om der findes et skriftligt materiale om, hvad bostøtten indeholder, og hvilke mål der er sat for Lisbeth. Da hun fik bevillingen for to år siden, var der et møde, hvor der blev talt om mål, men vi fik aldrig noget på skrift. Hvis der skal laves en ny plan, vil jeg gerne være med til at formulere den sammen med hende, så den passer til hendes hverdag. Hun har f.eks. selv sagt, at hun gerne vil lære at tage bussen til Bycentret alene, og at hun gerne vil finde et sted, hvor hun kan være frivillig et par timer om ugen. Det er mål, som hun selv har valgt, og som jeg tror er realistiske, hvis hun får lov at beholde sin støtte.

PPS. Hvis det er muligt at få mødeindkaldelsen sendt til mig også, ville det hjælpe meget. Lisbeth åbner ikke altid sin Digital Post, og hun bliver nervøs, når der kommer brev fra kommunen, så hun lader dem ofte ligge i flere uger. Jeg har prøvet at hjælpe hende med at læse dem, men jeg kan ikke se dem, når jeg ikke er hos hende.

Med venlig hilsen
Annette Kragh
(søster til Lisbeth Kragh)
Roskilde
""")

M("e", """Kære formand for Social- og Sundhedsudvalget

Jeg vil gerne fortælle om min mor og om plejeboligventelisten, fordi jeg tror, at vores oplevelse kan være nyttig for jer, når I skal diskutere serviceniveauet.

Min mor, Inger Pedersen, er 91 år og bor stadig i sit rækkehus på Ishøjgårdsvej 7. Hun er blevet visiteret til en plejebolig i juli, og vi har fået at vide, at ventetiden i Ishøj er op til fire måneder, og at man har ret til en plads inden for to måneder, hvis man står på den generelle venteliste.

Jeg har selv undersøgt sagen lidt, og jeg har læst, at plejeboliggarantien gælder for den generelle venteliste, men ikke hvis man ønsker et bestemt plejecenter. Vi har ønsket Ishøjgård Plejecenter, fordi det er tæt på, og fordi min mors veninde bor der. Det betyder åbenbart, at garantien ikke gælder.

Jeg synes ikke, det er rimeligt at stille pårørende i den situation. Man skal vælge mellem at få en plads hurtigt et sted, hvor mor ikke kender nogen, eller at vente på et sted, hvor hun har en veninde. Det er ikke let.

Jeg vil også sige, at informationen har været mangelfuld. Vi har fået et enkelt brev om visitationen, og derefter ikke noget. Jeg har ringet tre gange for at høre, hvor på listen vi er, og hver gang fik jeg at vide, at det kunne man ikke sige, fordi det afhænger af, hvem der dør. Det er jo rigtigt, men det er en hård måde at få det at vide på.

Mine spørgsmål:

- Hvor mange står på ventelisten til Ishøjgård lige nu, og hvad er den gennemsnitlige ventetid?
- Har kommunen planer om at udbygge antallet af plejeboliger? Jeg har læst, at der kommer mange flere ældre i de næste ti år.
- Kan man lave en bedre kommunikation til de pårørende, f.eks. et brev hver måned med status?

Jeg vil gerne rose hjemmeplejen, som kommer hos min mor fire gange om dagen. De er søde og omhyggelige, selvom de har travlt. Men de kan ikke være der om natten, og det er om natten, vi er mest bekymrede.

Tak fordi du vil læse dette. Jeg ved, at udvalget har mange svære valg, men jeg håber, at I vil tænke på de familier, der står midt i det.

PS. Jeg har talt med plejecentrets leder i telefonen, og hun var meget venlig og forklarede, hvordan det foregår, når en plads bliver ledig. Man får et opkald og har så kort tid til at sige ja, og så skal man flytte ind inden for få dage. Det er en meget stor omvæltning for en gammel dame, der har boet i sit hus i over 50 år. Vi er allerede begyndt at sortere i møbler og ting, så vi er klar, men det er svært at vide, hvad der skal med, når man ikke ved, hvor stort værelset bliver. Kunne kommunen lave en lille vejledning til pårørende om, hvad man skal tænke på, og hvad der er af praktisk hjælp til selve flytningen? Det ville have sparet os for mange søvnløse nætter.

PPS. Jeg ville også gerne vide, om der er mulighed for, at min mor kan komme på besøg på Ishøjgård en eftermiddag, før hun flytter ind, så hun kan se stedet og måske spise med. Hun er lidt bange for det, og jeg tror, det ville hjælpe hende at se, at det er et rart sted.

Med venlig hilsen
Susanne Pedersen Bak
(datter af Inger Pedersen)
Brøndby Strand
""")
