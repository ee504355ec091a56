"""corpus61 part G: committee chairs and secretaries, the main mailbox and single centres;
faith, party, union and orientation at work; staff notes with two CPR numbers."""
from common import M

M("bu", """Til udvalgssekretæren for Beskæftigelsesudvalget

Jeg vil gerne have et punkt på udvalgets næste dagsorden om seniorjob. Jeg er tillidsrepræsentant i Teknik og Miljø for 3F og har i 20 år været aktiv i Socialdemokratiet, så jeg kender både fagbevægelsens og partiets holdning. Vi mangler en lokal strategi.

Venlig hilsen
Poul Erik Bang""")

M("eh", """Notat – fælles sag, ægtepar

Bgr. 1: Jan Holm, cpr [[041167-1415]], på førtidspension (hjertesygdom)
Bgr. 2: Hanne Holm, cpr [[220369\u00a02208]], på sygedagp. siden august (stress)

Ønsker samlet vejledning om boligstøtte. Tid booket 2/12 kl. 9.
/SK""")

M("s", """Kære formand for Kultur- og Fritidsudvalget

Jeg er frivillig træner og arbejder til daglig som skolelærer. Min kæreste og jeg, to kvinder, vil gerne starte et hold for regnbuefamilier i svømmehallen om søndagen. Vi har selv en datter på 4. Kan vi få en fast tid?

Med venlig hilsen
Louise Brandt""")

M("t", """Kære udvalgsformand

Jeg er roma og har arbejdet som rengøringsassistent på Ishøj Rådhus gennem et privat firma i to år. I sidste uge sagde en medarbejder i kantinen til mig, at "sigøjnere skal holde sig fra kassen". Det blev sagt højt. Jeg har ikke fortalt det til mit firma endnu.

Venlig hilsen
Mirela""")

M("b", """Hej Hovedpostkassen

Jeg er lærer på Gildbroskolen og praktiserende katolik. Jeg vil gerne have fri til at deltage i min datters førstekommunion i Sankt Knuds Kirke en torsdag i maj. Min skoleleder siger, at det skal HR godkende. Hvor sender jeg ansøgningen?

Venlig hilsen
Agata Lis""")

M("", """Kære udvalgssekretær

Kan du sende mig materialet fra sidste udvalgsmøde om beskæftigelsesindsatsen for unge? Jeg vil gerne læse tallene for ledighed i kommunen fordelt på alder.

Mvh
Jørgen, Ishøj Lokalråd""")

M("u", """Til formanden for Økonomiudvalget

Som tidligere næstformand i Dansk Metal Storkøbenhavn og nu pensionist vil jeg gerne give et godt råd: lyt til de ansatte før I sparer på vedligeholdelse. Jeg har selv været fagforeningsmand i 40 år og ved, hvad det koster at lade bygninger forfalde.

Hilsen
Erling Bundgaard""")

M("ps", """Kære Henrik

Jeg og min mand Morten har i to år drevet en lille café ved Ishøj Strand. Vi vil gerne sælge, fordi Morten har fået job i Aarhus. Vi har en køber, men han vil have udeserveringstilladelsen med i købet. Kan den overdrages? Ellers trækker han sig.

Hilsen Søren Bay""")

M("", """Hej Center for Voksne og Velfærd

Jeg er studerende og skriver speciale om arbejdsmiljø i hjemmeplejen. Må jeg lave anonyme interviews med 5-6 medarbejdere i januar? Jeg har en samtykkeerklæring og godkendelse fra universitetet.

Venlig hilsen
Astrid Holm, KU""")

M("bt", """Til dagsordensamleren

Jeg ønsker at borgmesteren tager denne sag op: Jeg er ansat på Ishøj Plejecenter, og jeg er muslim af palæstinensisk afstamning. En kollega har hængt et billede op i personalerummet, som jeg opfatter som hån mod min tro og mit folk. Ledelsen har taget det ned, men kollegaen er ikke blevet talt med.

Med venlig hilsen
Lina Khalil""")

M("hu", """Hej udvalgsformand

Jeg er sygeplejerske og medlem af DSR. Jeg arbejder i hjemmesygeplejen og har haft en stressperiode, hvor jeg var sygemeldt i 5 uger. Jeg er tilbage nu, men arbejdspresset er det samme. Jeg vil gerne fortælle udvalget om det på et møde, hvis det er muligt.

Venlig hilsen
Birgitte Krog""")

M("e", """Kære Hovedpostkassen

Min bror Kurt på 55 bor alene og har været ledig i 3 år. Nu er han blevet sat ud af sin lejlighed og sover hos venner. Jobcentret kan ikke få fat i ham, fordi han ikke har nogen adresse. Hvem hjælper med bolig?

Mvh
Lis Andersen""")

M("sb", """Til formanden for Kultur- og Fritidsudvalget

Jeg er præst i Ishøj Kirke og ønsker at holde en regnbuegudstjeneste under Copenhagen Pride. Som præst og som lesbisk kvinde gift med min kone Sara vil jeg gerne vise, at kirken er for alle. Kan kommunen hjælpe med en lille scene på pladsen foran kirken?

Med venlig hilsen
Sognepræst Line Kjærgaard""")

M("", """Kære udvalgsformand

Må kirkerne i Ishøj stille boder op ved jobmessen, så de kan fortælle om frivilligt arbejde? Der er mange ledige, der har glæde af at være frivillige.

Mvh
Ishøj Frivilligcenter""")

M("te", """Hej Center for Beskæftigelse og Erhverv

Jeg er fra Ukraine og kom hertil i 2022. Jeg har arbejdet som lærer i Kyiv. Nu arbejder jeg i et supermarked 20 timer om ugen og får supplerende selvforsørgelsesydelse. Kan jeg få hjælp til at få min uddannelse godkendt?

Med venlig hilsen
Olena Kovalenko
Cpr: [[140687-4211]]""")

M("p", """Til Byudvikling

Jeg er sælger i en mindre virksomhed, og vi har fået et bud på vores lagerhal på Ishøj Erhvervsvej. Køberen vil bruge den som fitnesscenter. Vi har accepteret buddet med forbehold for kommunens godkendelse af ændret anvendelse. Hvornår kan vi få svar?

Venlig hilsen
Lars Bech""")

M("u", """hej Kim er i 3F og har været det i 20 år, vil bare sige at du gjorde det godt i debatten i går om social dumping. i skal tjekke de underleverandører på skolebyggeriet bedre

/Flemming""")

M("", """Til Center for Børn og Forebyggelse

Hvornår er der personalemøde for alle dagplejere i januar? Jeg skal planlægge min ferie, og jeg kan ikke finde datoen i kalenderen på intranettet.

Mvh
Conny, dagplejer""")

M("bs", """Kære udvalgssekretær

Jeg er medlem af Alternativet og har i mange år været aktiv i LGBT+ Danmark. Min mand Frank og jeg foreslår, at kommunen som arbejdsgiver skriver under på Diversity Charter. Kan forslaget komme på udvalgets dagsorden?

Med venlig hilsen
Jesper Mønsted""")

M("eh", """Til Hovedpostkassen

Vedr. min søster Britt Jessen, cpr [[010772\u00a02118]]. Hun er indlagt på psykiatrisk afdeling efter et selvmordsforsøg. Hun er ansat i kommunens rengøring, og hendes leder har sendt hende en opsigelse. Må man fyre en, der er indlagt?

Mvh
Anette Jessen""")

M("t", """Til Center for Voksne og Velfærd

Jeg er SOSU-hjælper med filippinsk baggrund. En borger, jeg kommer hos, nægter at lukke mig ind, fordi "han vil ikke have en udlænding". Min leder har accepteret det og sendt en anden. Jeg synes det er forkert, at centret går med på det.

Venlig hilsen
Maricel Reyes""")

M("", """Hej

Vi har en borger, der spørger om kommunen har en samarbejdsaftale med Kristeligt Fagforening, eller om det kun er de store forbund. Hun spurgte generelt og ville ikke give navn. Hvem kan svare?

/Borgerservice""")

M("b", """Til formanden for Børne- og Skoleudvalget

Min datter skal konfirmeres i april, og jeg er ansat som pædagog i SFO'en. Jeg har søgt om en fridag til konfirmationen, men fået afslag fordi "der er mange, der søger samme dag". Der er vel tale om en særlig dag?

Venlig hilsen
Rikke Lauritsen""")

M("pu", """Kære Tommy Petersen

Jeg er HK-medlem og ansat i et boligselskab. Jeg skriver privat: vi har sat vores rækkehus i Vildtbanegård til salg og har en køber, men han vil have garanti for at skolen i området ikke lukker. Ved du om der er planer om det?

Mvh
Dorte Bruun""")

M("e", """Kære Center for Beskæftigelse og Erhverv

Jeg er 62 og har fået bevilget seniorpension fra 1. januar. Min arbejdsgiver spørger, om jeg må arbejde lidt ved siden af. Hvor mange timer må jeg have?

Venlig hilsen
Gert Lund""")

M("", """Til Center for Borger, Økonomi og IT

Vi har haft 3 nedbrud i Outlook i denne uge. Kan I se på serveren? Det går ud over telefontiden i Jobcentret, fordi vi ikke kan se kalenderen.

/Teamleder Jobcentret""")

M("st", """Til udvalgsformanden

Jeg er kvinde, gift med en kvinde, og min kone Amal er fra Libanon. Hun arbejder som tandlægeassistent, og hendes kolleger har spurgt hende, om hendes familie "ved det". Hun er bange for det kommer ud. Jeg vil gerne have at kommunen tager homofobi på arbejdspladsen alvorligt i sin kommende handlingsplan.

Venlig hilsen
Karina Vind""")

M("h", """Hej Hovedpostkassen

Jeg er tidligere ansat i kommunens parkafdeling. Jeg har fået kræft i lungerne og tror, det skyldes de sprøjtemidler, vi brugte i 1990'erne. Jeg vil gerne vide, om der findes dokumentation for, hvilke midler der blev brugt, så jeg kan søge om arbejdsskade.

Med venlig hilsen
Ib Christoffersen""")

M("", """Kære udvalgssekretær

Vi er nogle ansatte, der gerne vil have et punkt på dagsordenen om cykelparkering ved rådhuset. Der er for få pladser, og mange cykler bliver stjålet.

Med venlig hilsen
Cykelgruppen på rådhuset""")

M("bu", """Til Center for Voksne og Velfærd

Jeg er SOSU-assistent, medlem af FOA og Jehovas Vidne. Jeg nægter at give blod til en borger, men det har jeg heller aldrig skullet. Nu har min leder sagt, at jeg ikke kan være med i teamet på akutpladserne på grund af min tro. Jeg vil gerne vide, om det kan være rigtigt.

Mvh
Ruth Simonsen""")

M("eht", """Notat – to søstre, samme adresse

1) Fadumo Warsame, cpr [[120398 4312]], ledig, KH, møder til samtale 4/12
2) Hibo Warsame, cpr [[0805015430]], i virksomhedspraktik, er gravid
Begge kom fra Somalia som børn. Tolk ikke nødvendig.
/KH-teamet""")

M("s", """Hej udvalgsformand

Jeg er 19 og trans, og jeg er homoseksuel. Jeg har fået elevplads som tømrer i Ishøj, men mester siger, at jeg "skal holde det privat" når kolleger spørger, om jeg har en kæreste. Jeg har en kæreste, og han hedder Noah. Hvad er mine rettigheder?

Mvh
Alex""")

M("", """Kære Hovedpostkasse

Jeg vil gerne klage over skiltningen til jobcentret i Ishøj Bycenter. Man kan ikke finde indgangen, og elevatoren er ofte i stykker. Det er en dårlig velkomst til folk.

Hilsen
Bente Mathiesen""")

M("p", """Hej Merete

Min bror skal sælge sin malervirksomhed med værksted i Ishøj, og en af hans svende vil købe den. De er enige om prisen, men svenden mangler finansiering, og banken vil vide om kommunen giver startlån. Findes der sådan noget?

Mvh
Jens Lykkegaard""")

M("ht", """Til Center for Børn og Forebyggelse

Vores dagplejer, Fatima Ali, er pakistaner og meget dygtig. Hun har fået en spontan abort i sidste uge og er sygemeldt. Vi forældre vil gerne sende blomster, men vil ikke forstyrre. Kan I sige, om det er passende?

Venlig hilsen
Forældrene i dagplejegruppen""")

M("b", """Hej Kim

Jeg hørte dig tale til Venstres medlemsmøde i sidste uge. Som gammel venstremand og lokalformand i Ishøj Vest vil jeg sige tak for en god tale om erhvervslivet.

Hilsen
Jens Peder Fogh""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvordan ser ledigheden ud i Ishøj sammenlignet med nabokommunerne? Jeg er formand for en grundejerforening og vil gerne skrive en artikel i vores blad.

Venlig hilsen
Svend Aage""")

M("ueh", """Til udvalgssekretæren

Jeg er TR for pædagogerne i Ishøj (BUPL) og vil gerne gøre opmærksom på, at en af vores kolleger, Mia, er blevet afskediget efter to sygeperioder. Hun har ikke fået en ordentlig partshøring. Jeg ønsker det på dagsordenen som en principiel sag.

Med venlig hilsen
Kim Walther""")

M("he", """Til Center for Beskæftigelse og Erhverv

Jeg har fået en indkaldelse til opfølgningssamtale den 8. december om mine sygedagpenge. Jeg har lige fået en ny knæskal og kan ikke gå på trapper endnu. Kan mødet holdes i stueplan eller over telefonen?

Med venlig hilsen
Vagn Thomsen
Gildbrovej 31, 2635 Ishøj
Cpr.nr.: [[241159\u00a01871]]""")

M("sp", """Hej Henrik

Vi er to kvinder, der er gift og har drevet en hundepension ved Tranegilde i 8 år. Vi vil gerne sælge ejendommen, fordi min hustru har fået job i Jylland. Der er en køber, men han venter på svar fra kommunen om, hvor mange hunde der må være på grunden. Ved du, hvem der kan svare?

Mvh
Trine Bonde""")
