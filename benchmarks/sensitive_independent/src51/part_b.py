"""corpus51 part B: psychiatry, addiction, diagnoses, pregnancy, sick leave."""
from common import M

M("he", """Kære borgerrådgiver

Min søn Mads er 24 og har skizofreni. Han har haft en støtte-kontaktperson fra socialpsykiatrien i to år, men nu har de pludselig sagt at det stopper til nytår, fordi han "er stabil". Han er stabil FORDI han har hende. Hvad kan vi gøre?

Mvh Hanne Bech""")

M("he", """hej. jeg er på sygedagpenge pga. en diskusprolaps og har fået brev om opfølgningssamtale på jobcentret den 4. men jeg kan ikke sidde i bussen i 25 min. kan samtalen være over telefonen? /Rikke""")

M("h", """Til Sundhedsplejen

Jeg er gravid i uge 30 med vores andet barn. Vi er lige flyttet til Ishøj fra Odense. Hvordan får vi tilknyttet en sundhedsplejerske, og skal jeg selv ringe eller kommer der et brev?

Venlig hilsen
Julie""")

M("", """Hej

Hvad er åbningstiderne for den åbne rådgivning i Sundhedshuset for unge med misbrug? Jeg er lærer på Ishøj Skole og vil gerne kunne henvise elever.

Vh Nikolaj""")

M("hs", """Kære borgmester

Min kone Sofie og jeg har i to år forsøgt at få et barn med donorsæd via fertilitetsklinikken på Hvidovre. Nu er hun endelig gravid i 12. uge! Vi vil gerne vide om sundhedsplejen også tilbyder fødselsforberedelse for regnbuefamilier, eller om vi skal finde det i København.

Kh
Line""")

M("he", """Til Børne- og Ungeudvalgets formand

Vores datter Freja (9) har fået diagnosen autisme og ADHD. Skolen siger at hun skal på specialskole, men PPR har ikke færdiggjort deres vurdering efter fem måneder. Imens sidder hun derhjemme, for hun kan ikke rumme klassen. Jeg har måttet gå ned i tid på mit arbejde.

Hvor lang tid må det tage?

Med venlig hilsen
Kristian og Nanna""")

M("h", """hej, min kollega er gået ned med en depression og er sygemeldt. vi vil gerne sende hende en buket blomster fra afdelingen. ved nogen hvem der står for det på rådhuset hvor hun arbejder? / Jacob""")

M("", """Hej Center for Børn og Forebyggelse

Jeg læser om at I starter et forældrekursus for forældre til børn med ADHD. Hvem kan tilmelde sig, og koster det noget? Jeg spørger til en artikel i lokalavisen.

Mvh
Signe, journalist""")

M("he", """Til hovedpostkassen

Jeg har været misbruger af kokain og alkohol i 10 år og har nu været clean i 4 måneder efter behandling på Lænken. Jeg er på kontanthjælp og vil gerne i gang med en uddannelse, men min sagsbehandler på jobcentret siger at jeg skal vente. Hvorfor?

Daniel""")

M("he", """Kære Lars

Du kender mig fra fodboldklubben. Jeg skriver fordi jeg ikke ved hvem ellers. Min kone har fået en fødselsdepression efter vores søn kom i juli. Hun har fået psykolog gennem lægen, men hun ligger i sengen hele dagen, og jeg er selvstændig og har ingen barselsdagpenge. Kan kommunen hjælpe med noget i hjemmet?

/Anders""")

M("he", """Til borgerrådgiveren

Jeg har haft en arbejdsskade siden 2022 (knust fod, faldt fra stillads). Kommunen har stoppet mine sygedagpenge efter 22 uger og sagt at jeg skal i jobafklaringsforløb. Jeg har ikke fået en afgørelse på papir.

Mvh
Brian Svendsen""")

M("", """Hej

Vi er en lokal forening, "Psykisk Sårbar Ishøj", og vil gerne låne et lokale på biblioteket til et foredrag om angst den 17. Er der ledige lokaler?

Venlig hilsen
Bestyrelsen""")

M("he", """Til Center for Voksne og Velfærd

Ansøgning om hjælpemiddel, vedr. Malik Hassan, [[170885-1995]].

Jeg har cerebral parese og bruger el-kørestol. Den nuværende er 9 år gammel og batteriet holder kun 3 timer. Jeg ansøger hermed om en ny. Min ergoterapeut på Hvidovre har skrevet en udtalelse, som er vedhæftet.

Malik Hassan""")

M("h", """Hej

Jeg aborterede i uge 11 for tre uger siden og skulle have startet på arbejde i dag, men jeg kan ikke. Skal jeg sygemelde mig til kommunen eller kun til min arbejdsgiver? Jeg arbejder i en børnehave i Ishøj.

Vh M.""")

M("he", """Kære udvalgsformand

Min søster på 31 er anbragt på et bosted i Brøndby, hun har en svær spiseforstyrrelse og vejer under 40 kg. Bostedet siger at Ishøj Kommune som betalingskommune skal godkende indlæggelse på en specialafdeling. Det er gået 3 uger. Hun kan dø.

Ring venligst til mig.

Camilla""")

M("h", """Hej, jeg er 17 og har ondt i maven hele tiden og skolen siger jeg skal til skolesundhedsplejersken men hun er der kun om tirsdagen. kan man skrive til hende? / Emma 2.g""")

M("", """Til Ishøj Byråd

Vi opfordrer byrådet til at afsætte flere penge til psykiatrien og misbrugsbehandlingen i næste års budget. Ventetiderne i regionen er alt for lange, og det rammer også Ishøjs borgere.

Venlig hilsen
Netværket for pårørende på Vestegnen""")

M("hu", """Til min gamle klassekammerat, nu byrådsmedlem

Hej Rasmus. Jeg har været sygemeldt med angst siden marts. Mit fagforbund, HK, siger at kommunen skal lave en § 56-aftale, men min chef nægter at skrive under. Kan du forklare mig hvad det betyder?

Vh
Louise""")

M("he", """Hej,

Vores søn Oliver på 4 har fået konstateret høretab, og han skal have høreapparater. Vi har søgt om en FM-anlæg til børnehaven, men kommunen har givet afslag. Pædagogen siger han ikke kan høre noget når der er larm.

Venlig hilsen
Mia og Thomas""")

M("h", """Kære borgmester Merete Amdisen

Jeg er 34 og gravid med tvillinger. Lægen har sagt at jeg ikke må løfte noget. Vi bor på 4. sal uden elevator i Strandgårdsparken. Kan kommunen hjælpe os med at blive flyttet til en stueetage? Boligselskabet siger det er kommunens sag.

Venlig hilsen
Nadia""")

M("", """Hej

Jeg har set at I har en fast sundhedsplejerske i Vejleåparken. Er det kun for familier med små børn, eller kan ældre også få hjælp til at måle blodtryk?

Mvh Svend""")

M("he", """Til Center for Beskæftigelse og Erhverv

Jeg skal til samtale i rehabiliteringsteamet den 9. december om førtidspension. Jeg har fibromyalgi og PTSD efter en bilulykke. Må jeg tage min kæreste med som bisidder?

Med venlig hilsen
Sanne Olesen""")

M("h", """sygemelding: jeg er stadig syg, feber og hoste, kan ikke komme til frivilligvagten i genbrugsbutikken på lørdag. beklager. /Hans""")

M("he", """Hej

Jeg fik brev i e-Boks om at mit barn skal i skolestart-undersøgelse, men det er sendt på min eks-kones cpr. Vores søn Elias [[240719 4572]] bor hos mig. Elias har type 1-diabetes og skal have en voksen med til undersøgelsen der kender hans pumpe. Vi har delt forældremyndighed efter skilsmissen.

Mvh Christian""")

M("", """Til Center for Voksne og Velfærd

Hvor mange pladser har kommunens botilbud til voksne med autisme, og er der venteliste? Vi er et par forældre der er ved at starte en forening.

Venlig hilsen
Foreningen Autisme Vestegnen (under stiftelse)""")

M("h", """Hej

Jeg har et spørgsmål om min svigermor. Hun fik en blodprop i benet efter en flyrejse og er i blodfortyndende behandling. Hun bor fast i Spanien om vinteren, men er hjemme hos os i Ishøj de næste 3 måneder. Kan hun gå til en dansk læge?

Mvh Peter""")

M("he", """Til borgerrådgiveren

Jeg har bipolar lidelse og har i perioder været indlagt. Sidste år fik jeg bostøtte 4 timer om ugen, nu er det sat ned til 1. Min bostøttemedarbejder er sød, men hun har ikke tid til at hjælpe med regningerne, og jeg har fået rykker fra boligselskabet.

Mit cpr: [[030290-2817]]

Med venlig hilsen
Jonas""")

M("h", """Kære Tina,

Jeg har læst i avisen at du selv har været åben om din depression. Det gav mig mod. Jeg er 19 og har selvskadet i 3 år. Jeg ved ikke hvem jeg skal tale med i kommunen, for jeg vil ikke have at mine forældre finder ud af det.

Anonym""")

M("", """Hej

Hvordan melder man sig som frivillig besøgsven til ensomme ældre? Jeg har set en plakat i Sundhedshuset, men nummeret virker ikke.

Mvh. Yasmin""")

M("hs", """Hej Hovedpostkassen

Min mand Jesper og jeg (vi er to mænd) har fået et barn via en surrogatmor i USA. Nu skal vi hente hende hjem, og vi vil gerne vide hvordan sundhedsplejen kommer ud til os. Jesper har i øvrigt været syg med lungebetændelse og må ikke have besøg før i næste uge.

Mvh Thomas""")

M("he", """Til direktøren for Børn og Forebyggelse

Vores søn Noah er 15 og er begyndt at ryge hash hver dag. Han har ikke været i skole siden efterårsferien. Vi har selv lavet en underretning, men ingen har kontaktet os i 5 uger. Vi er desperate.

Venlig hilsen
Malene og Kim Jørgensen""")

M("h", """Hej Sundhedshuset

Jeg deltog i jeres rygestopkursus i foråret og har nu været røgfri i 6 måneder. Tak! Men nu har jeg taget 12 kilo på og min læge siger jeg har forhøjet blodtryk. Har I også et kursus om vægttab?

Mvh Bettina""")

M("", """Til Børne- og Ungeudvalget

Forældrebestyrelsen i Børnehuset Regnbuen spørger om kommunen har en fælles politik for medicingivning i daginstitutioner. Personalet er usikre.

Med venlig hilsen
Forældrebestyrelsen""")

M("he", """Kære borgerrådgiver

Jeg har fået et brev om at min fleksjob-sag er lukket fordi jeg "ikke har svaret". Jeg har sendt tre mails. Jeg har kroniske smerter efter en rygoperation og kan ikke arbejde mere end 12 timer om ugen.

Vh Kim""")

M("h", """Hi,

I'm an exchange student at DTU living in Ishøj. I broke my wrist cycling yesterday and the hospital put it in a cast. My professor wants a doctor's note for missing an exam. Does the municipality give that, or do I need a Danish GP?

Thanks,
Luca""")

M("he", """til dem det vedkommer

jeg har ikke spist i tre dage. har ingen penge efter huslejen. kontanthjælpen kommer først den 1. jeg har også mine piller for angst som jeg ikke kan hente fordi apoteket vil have penge.

hvad gør jeg""")

M("hu", """Hej Kurt

Tak for snakken i pausen på mødet i 3F. Som lovet: jeg blev kørt ned af en truck på lageret i august og har stadig ondt i nakken. Kommunen har afvist min arbejdsskadesag, og min læge siger jeg skal have en MR-scanning. Hvad ville du gøre?

Hilsen
Morten""")

M("he", """Til hovedpostkassen

Fuldmagt og anmodning om aktindsigt.

Undertegnede, Helle Jakobsen, cpr-nr. [[080566-1124]], anmoder om aktindsigt i min sag om personlig hjælper (BPA). Jeg er lam fra brystet ned efter en ulykke i 2019. Kommunen har skåret timerne fra 84 til 60 om ugen.

Helle Jakobsen""")

M("h", """Hej Dorthe, kan du huske min datter Ida fra pigekoret på musikskolen? hun er indlagt på Rigshospitalet med leukæmi. koret vil gerne synge for hende. ved du om børneafdelingen tillader det? mvh Birgit""")

M("", """Til Sundheds- og Forebyggelsesudvalget

Hvornår kommer der en hjertestarter ved Ishøj Strand? Sidste sommer faldt en mand om ved badebroen, og det tog lang tid før ambulancen kom.

Mvh Tobias""")

M("he", """Kære borgerrådgiver

Jeg er i metadonbehandling og har været det i 6 år. Jeg skal hente min medicin i Rusmiddelcenteret hver dag kl. 9, men jobcentret har indkaldt mig til aktivering kl. 8.30 i Albertslund. Jeg kan ikke nå begge dele. Hvem bestemmer?

Med venlig hilsen
René""")

M("h", """Til byrådsmedlem Jens Hald

Min ven Omar har fået en hjernerystelse til en fodboldkamp på Ishøj Idrætscenter. Banen er fuld af huller. Det er tredje skade i år. Kommunen må gøre noget ved kunstgræsbanen.

/Ali""")

M("hs", """hej. er 16 og bi og har haft det rigtig dårligt med mig selv. har lyst til at snakke med nogen men ikke skolens psykolog. findes der noget i ishøj for unge lgbt+? /anonym""")

M("he", """Kære borgmester

Min far har KOL og ryger stadig 20 om dagen. Han har fået bevilget ilt af hospitalet, og kommunen har lige bevilget ham hjemmehjælp. Nu siger hjemmeplejen at de ikke vil komme fordi han ryger ved siden af iltbeholderen. Jeg forstår dem, men hvad så?

Venlig hilsen
Gitte""")
