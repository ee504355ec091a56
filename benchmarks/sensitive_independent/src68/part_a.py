"""corpus68 part a: mails forwarded by party colleagues and colleagues, with a citizen's story inside; long letters to council members."""
from common import M

M("hbe", """
Hej Jonas

Videresender lige den her, som jeg fik på vores partistand på Store Torv lørdag. Jeg lovede hende, at en af jer i byrådsgruppen ville kigge på det, og du sidder jo i Social- og Sundhedsudvalget.

Hilsen Birthe
bestyrelsen, SF Ishøj

---------- Videresendt meddelelse ----------
Fra: Hanne Mortensen <hannemort64@gmail.com>
Dato: søn. 9. mar. 2025 kl. 21:14
Emne: min mor

Hej Birthe, tak for snakken i går. Som jeg sagde: min mor Inger (84) fik konstateret Parkinson i efteråret, og vi har søgt om hjemmehjælp til rengøring og bad. Hun har fået bad én gang om ugen, men rengøringen fik hun afslag på. Hun kan ikke stå op længe ad gangen. Kan I gøre noget?
Hanne
""")

M("e", """
Kære Lise

En borger har skrevet til mig på min private mail, se nedenfor. Jeg har ikke svaret, fordi hun har skrevet sit cpr-nummer, og jeg ved ikke hvem i administrationen der skal have den. Kan du tage den med til hovedpostkassen?

/Niels

> Hej Niels Krogh
> Jeg har fået et brev om at jeg skal betale 14.200 kr i boligstøtte tilbage fordi min indkomst var for høj i 2023. Men jeg havde kun vikararbejde i tre måneder. Jeg har ikke de penge. Mit cpr er [[030571-2284]] hvis det hjælper.
> mvh Dorthe Vang, Ishøj Strandvej
""")

M("", """
Hej gruppeformænd

Inden budgetseminaret på fredag: Danmarks Statistik har nu tal for 2024. Antallet af fuldtidspersoner på kontanthjælp i Ishøj er faldet med 9 %, mens det i Albertslund og Brøndby er faldet med 4-5 %. Antallet på sygedagpenge er stort set uændret. Jeg har lagt regnearket i Teams-mappen "Budget 2026".

Vh
Anders Mølgaard
Økonomi og Analyse
""")

M("te", """
Hej Kasper Ørum

Mit navn er Senait. jeg kom til Danmark fra Eritrea i 2015 som flygtning med min to børn. jeg har arbejdet på rengøring hos et firma i Brøndby i fem år men i marts de fyrede mig fordi de mistede kontrakten. Nu jobcentret siger jeg skal på kursus i fire uger men jeg har ikke nogen til at hente børnene. jeg har ringet mange gange. Kan du hjælpe mig at forstå hvad jeg skal gøre? Jeg vil gerne arbejde.

Tak
Senait G.
""")

M("st", """
Kære Mette Falk, formand for Børne- og Skoleudvalget

Min mand Rasmus og jeg adopterede sidste år vores datter Valentina, som er født i Colombia. Hun er nu tre og et halvt og skal starte i børnehave til august. Vi har et ønske om Strandgårdens Børnehus, fordi der i forvejen går et andet barn, der er adopteret fra Sydamerika, og fordi personalet har erfaring med tilknytning.

Pladsanvisningen har tilbudt os en plads i den anden ende af kommunen. Vi forstår, at I ikke kan gå ind i den enkelte sag, men vi vil gerne spørge, om adoptivbørn overhovedet kan komme i betragtning til en særlig placering? Det ville betyde meget for os.

Med venlig hilsen
Thomas Hvid
""")

M("u", """
Hej Bent Wolff

Jeg er tillidsrepræsentant for pædagogerne i Vejleå Børnehus, og jeg skriver efter mødet i BUPL's lokalkreds i tirsdags. Vi har i tre måneder haft to vakante stillinger, som ikke bliver genbesat, og det betyder at vi har dage med 8 børn pr. voksen i vuggestuen.

Jeg beder dig ikke om at løse vores personalesag, men jeg vil gerne have at udvalget får et ærligt billede af, hvordan minimumsnormeringerne ser ud i virkeligheden om eftermiddagen. Du er velkommen til at komme forbi en dag kl. 15.

Venlig hilsen
Line Sejer
TR, Vejleå Børnehus
""")

M("p", """
Kære byrådsmedlemmer i Teknik- og Miljøudvalget

Vi har haft vores hus på Gildbrovej til salg siden januar. I sidste uge trak vores køber sig, dagen før fortrydelsesfristen udløb, og ejendomsmægleren siger at det skyldes forslaget om en ny støjvold og udvidelse af vejen, som står i lokalplanforslaget. Køberen var bange for at miste halvdelen af haven.

Vi har allerede købt en lejlighed i Køge og betaler nu dobbelt. Vi beder jer om at få afklaret hurtigst muligt, om vejen rent faktisk bliver udvidet, så vi kan give de næste interesserede et svar.

Med venlig hilsen
Lone og Frederik Aagaard
""")

M("", """
Kære politikere

Ishøj mangler små, billige boliger til unge. Mine to børn på 20 og 23 bor stadig hjemme, fordi der ikke er noget til under 6.000 kr. om måneden. Jeg har læst at I vil bygge 400 nye boliger ved Ishøj Strand, men de fleste er rækkehuse til familier. Hvorfor ikke lave en kvote til ungdomsboliger, som Høje-Taastrup har gjort?

Venlig hilsen
en bekymret far fra Vejleå
""")

M("b", """
Hej Jesper

Jeg stemte på dig ved sidste valg, fordi du lovede at der kom en cykelsti langs Ishøj Landevej inden 2024. Nu står det i Lokalavisen at den er udskudt igen. Hvad skete der?

Bo Lindqvist
""")

M("hu", """
Kære Annette Sørensen

Min kone Pernille har været sygeplejerske på Ishøj Plejecenter i 11 år. I november gik hun ned med stress og har været sygemeldt siden. Hun er medlem af DSR, og de siger at hendes arbejdsplads har haft 4 sygemeldinger på et halvt år i samme afdeling.

Jeg skriver til dig fordi du er formand for Ældreudvalget. Jeg synes det er et politisk spørgsmål når så mange går ned på den samme afdeling. Pernille ved ikke at jeg skriver, så jeg vil bede dig om ikke at nævne hendes navn.

Venlig hilsen
Michael
""")

M("eb", """
Hej Sanne

Jeg fik den her besked på Messenger i går fra en kvinde, jeg ikke kender, men hun har set mig på valgplakaterne. Jeg har skrevet den af ordret (uden hendes navn), for jeg synes ikke selv jeg kan svare på det. Vi to er jo partifæller, og du kender socialområdet meget bedre end mig.

"hej du kender mig ikke men min søn på 15 blev anbragt på en institution i Jylland for tre uger siden og der er ingen der fortæller mig noget. jeg må kun ringe til ham om søndagen. hvem kan jeg klage til"

Kim
""")

M("", """
INVITATION

Integration i Ishøj – hvor står vi i 2025?

Ishøj Bibliotek og Ishøj Ungdomsskole inviterer til debataften torsdag den 3. april kl. 19.00 i Kulturhuset. Spidskandidater fra alle partier i byrådet deltager, og efter paneldebatten er der mulighed for spørgsmål fra salen.

Aftenen tager udgangspunkt i Integrationsbarometerets tal for Ishøj: beskæftigelse, uddannelse og boligområder. Der serveres kaffe og kage.

Tilmelding ikke nødvendig.
""")

M("", """
Åbent brev til Ishøj Byråd om parkering ved moskéen

Vi er en gruppe beboere på Vejleå Parkvej og Tranemosevej. Hver fredag mellem kl. 12 og 14 holder der biler på fortovet, i indkørsler og på græsset ved legepladsen. Forleden kunne ambulancen ikke komme frem til nr. 17.

Vi har intet imod moskéen, men vi beder byrådet om at se på en løsning: flere P-pladser, skiltning eller samarbejde med foreningen om en parkeringsvagt.

Underskrevet af beboere i 23 husstande:
Erik Thomsen, Karina Beck, Jamal Yousef, Hanne og Ole Sloth, Dennis Kjær, Marianne Qvist, Sadia Rahman, Peter Holm, Birgit Ravn m.fl. (fuld liste vedlagt)
""")

M("he", """
Til Ældre- og Sundhedsudvalgets formand

Jeg har søgt om førtidspension i juni sidste år pga. min ryg. Jeg har haft tre diskusprolapser og er opereret to gange på Glostrup. Jeg har nu været i jobafklaring i 14 måneder og min sag er blevet udsat igen fordi der mangler en speciallægeerklæring som kommunen selv har bestilt.

Jeg ved godt at du ikke kan tage stilling til min sag, men jeg vil gerne have at nogen kigger på, hvorfor det tager så lang tid.

Venlig hilsen
Gitte Holm
Ishøj Søvej 12, 2635 Ishøj
[[2107681932]]
""")

M("bp", """
Hej Rikke

Fra et af vores medlemmer i lokalforeningen – hun ringede til mig i aftes, ret ked af det. Jeg har lovet at du tager kontakt.

Kort fortalt: Tove vil sælge sin andelsbolig i Strandgårdsparken, fordi hun flytter til sin datter i Roskilde. Hun har en køber, der har skrevet under, men andelsboligforeningens bestyrelse vil ikke godkende prisen på forbedringerne og har nu i seks uger trukket det ud. Køberen truer med at gå fra handlen.

Jeg ved godt det er en privatretlig ting og ikke kommunens, men kan du ikke i det mindste ringe til hende og forklare hvor hun kan gå hen?

Mvh
Ulla, kasserer i Radikale Venstre Ishøj
""")

M("", """
PRESSEMEDDELELSE – Ishøj Kommune, 14. marts 2025

Nyt sundhedshus åbner diabetesforløb for borgere med type 2-diabetes

Fra 1. april tilbyder Sundhedshuset i Ishøj gruppeforløb for borgere med type 2-diabetes. Forløbet består af otte mødegange med sygeplejerske, diætist og fysioterapeut. Man kan henvises af egen læge.

"Vi ved, at mange borgere i Ishøj har en kronisk sygdom, og vi vil gerne gøre det lettere at leve godt med den," siger formanden for Sundheds- og Ældreudvalget.

Yderligere oplysninger: Sundhedshuset, tlf. 43 57 71 00.
""")

M("s", """
hej Malene

min kone og jeg bor lige op ad festivalpladsen ved Ishøj Strand og vi kunne ikke sove før kl 2 alle tre nætter sidste weekend. vi har en baby på 5 mdr. Står der virkelig i tilladelsen at musikken må køre til 01?

vh Julie
""")

M("t", """
Kære Hassan Ali

Jeg skriver til dig fordi du selv sagde på borgermødet, at vi skulle sige det, når noget var galt.

Vi er en familie fra Ghana, og vi har boet i opgangen på Strandvejen i seks år. Siden jul har en nabo råbt "skrid hjem til Afrika" efter min søn på 12 flere gange, og i går var der skrevet noget grimt på vores dør. Vi har snakket med boligforeningen, men de siger at det er en sag for politiet.

Jeg vil ikke have at min søn skal være bange for at gå ned med skraldet. Hvad kan kommunen gøre?

Akosua Mensah
""")

M("b", """
Til formanden for Børne- og Skoleudvalget

Vi er Jehovas Vidner, og vores datter går i 2. klasse på Vibeholmskolen. Hun deltager ikke i fødselsdage og jul, og hidtil har klassen været god til at give hende noget andet at lave imens. Den nye lærer har nu besluttet, at alle skal være med til klassens julefrokost, og siger at det er skolens politik.

Er det rigtigt at skolen har sådan en politik? Vi vil gerne se den på skrift.

Venlig hilsen
Ruth og Daniel Petersen
""")

M("eu", """
Hej Morten

Jeg er medlem af 3F og blev fyret fra lageret i Brøndby sidste fredag sammen med 30 andre. A-kassen siger jeg skal melde mig ledig på jobnet i dag, og så ringer jobcentret. Jeg har hørt at Ishøj er langsomme med den første samtale. Er det rigtigt at man kan miste dagpenge hvis jobcentret ikke når det?

Sorry hvis det er et dumt spørgsmål, det er første gang det sker for mig.

Jannik
""")

M("h", """
Hej Lone Kjær

Tak for dit svar. Jeg forstår godt, at du ikke kan gøre noget i den konkrete sag, og jeg skal nok skrive til borgerrådgiveren.

Venlig hilsen
Anja

Den 2. apr. 2025 kl. 08:41 skrev Lone Kjær <lkj@ishoj.dk>:
> Kære Anja
> Tak for din mail. Som byrådsmedlem kan jeg desværre ikke gå ind i enkeltsager, men jeg har sendt din henvendelse videre til administrationen, som vil vende tilbage inden for 10 hverdage.
> Venlig hilsen, Lone
>
> Den 1. apr. 2025 kl. 22:03 skrev Anja Friis <anjafriis@hotmail.com>:
>> Min datter Signe på 15 har anoreksi og har ventet 14 uger på at komme i behandling i børne- og ungdomspsykiatrien. Skolen siger de ikke kan mere. Hun vejer 41 kg. Hvad gør vi?
""")

M("", """
Kære kolleger i Ældreudvalget

Som opfølgning på debatten i går: Ifølge KL's nøgletal er andelen af borgere over 80 år, der modtager praktisk hjælp i Ishøj, faldet fra 31 % i 2019 til 24 % i 2024. Landsgennemsnittet er 22 %. Andelen, der bor i plejebolig, ligger stabilt på 11 %.

Jeg synes ikke tallene alene kan bære argumentet om, at serviceniveauet er faldet, men vi bør spørge administrationen, hvordan visitationen er ændret.

Venlig hilsen
Torben
""")

M("e", """
Til Pladsanvisningen, kopi til Mette Falk

Vi søger om økonomisk friplads til begge vores børn i SFO og børnehave fra 1. maj, da jeg har mistet mit job og vi nu kun har min kones SU.

Liam, [[150316-4021]], Ishøj Skoles SFO
Ella, [[0207194118]], Børnehuset Lærken

Lønsedler og dokumentation sendes via Digital Post.

Venlig hilsen
Omar Hadi
""")

M("pe", """
Kære Kasper

Jeg ved ikke hvem jeg ellers skal skrive til. Vores hus på Torslunde Bygade skal på tvangsauktion den 22. april, hvis vi ikke finder en køber inden. Banken vil ikke vente længere, og vi har også en restance på ejendomsskatten på 38.000 kr. til kommunen.

Der er en interesseret køber, men han vil først have svar fra kommunen om hvorvidt den gamle lade må bygges om til bolig. Vi har søgt om det i december. Kan du finde ud af, hvornår vi får svar?

Mvh
Kristian Dyhr
""")

M("", """
Hej

Jeg har fået en regning fra HOFOR/Ishøj Forsyning på 4.812 kr for vand i første kvartal. Faktura nr. 1104871203, målernummer 44120987, kundenummer 0903621457. Det er næsten dobbelt så meget som sidste år, og vi er stadig kun to i huset.

Er det rigtigt at byrådet har vedtaget en ny takst? I så fald synes jeg I skulle have fortalt det.

Venlig hilsen
Keld Bruun
""")

M("sb", """
Kære Hassan

Jeg er bøsse og muslim, og jeg har i flere år savnet et sted i Ishøj, hvor unge som mig kan mødes uden at skulle vælge mellem de to ting. Jeg har talt med to andre om at starte en gruppe under Ungdomsskolen eller Kulturhuset.

Kan du fortælle mig, hvordan man søger om lokaler og måske et lille tilskud fra foreningspuljen? Jeg vil helst ikke stå med mit fulde navn på en ansøgning endnu.

Venlig hilsen
Y.
""")

M("", """
Hej Byråd

Hvilke fagforeninger deltager i 1. maj-arrangementet i Ishøj Bypark i år, og er det kommunen der betaler scenen? Jeg spørger bare fordi jeg skal skrive om det til skoleavisen.

Mvh
Asta, 9.b
""")

M("h", """
Hej Tina

Videresender en sms fra min nabo Ruth, hun har ikke mail:

"Hej Bodil kan ikk komme til borgermødet i aften ligger på Herlev m lungebetændelse. sig til Tina at jeg er imod at de fælder egetræerne ved søen. Ruth"

Kan du tage hendes holdning med? Hun har boet på Søvej i 40 år.
Bodil
""")

M("b", """
Til Birgitte Holm

Jeg har stemt Venstre hele mit voksne liv, men hvis I stemmer for de fire vindmøller ved Tranegilde, så bliver det sidste gang. Jeg bor 700 meter derfra.

Med venlig hilsen
Svend Aage Rasmussen
""")

M("tb", """
Kære byrådsmedlem

Vi er en kurdisk familie fra Tyrkiet og er alevitter. Da min svigerfar døde i januar, fandt vi ud af at der ikke er et område på Ishøj Kirkegård, hvor vi kan begrave efter vores skik, og vi måtte køre ham til Brøndby.

Vi er ikke de eneste alevitiske familier i Ishøj. Kan kommunen tale med kirkegården om et område, som er åbent for alle trosretninger?

Med venlig hilsen
Zeynep Doğan
""")

M("", """
Hej Jesper

Hvorfor skal kommunen betale for det store juletræ foran rådhuset, når vi siger at vi er et multikulturelt samfund? Jeg synes pengene skulle gå til legepladsen ved Strandgården i stedet. Det er ikke ment negativt, men det er 35.000 kr.

Venlig hilsen
Mads
""")

M("p", """
Hej Anne-Grethe

En hurtig en fra mig: Jeg mødte ejeren af Tranegilde Strandvej 40 til en reception i går. Han har fået et bud fra en developer på hele grunden og vil gerne vide, om kommunen har tænkt sig at bruge sin forkøbsret, før han svarer køberen. Han har frist den 15. Jeg har sagt at jeg sender det videre til dig og direktøren.

Hilsen Per
""")

M("e", """
Kære Ayse Yilmaz

Min eks og jeg er midt i en samværssag i Familieretshuset, og nu har hun meldt vores søn ud af Ishøj Skole og ind på en skole i Greve uden at spørge mig, selv om vi har fælles forældremyndighed. Skolen siger, at de ikke kan gøre noget.

Er det virkelig sådan reglerne er? Jeg har læst at byrådet har vedtaget en ny skolepolitik om samarbejde med begge forældre.

Venlig hilsen
Lars Fuglsang
""")

M("he", """
Kære Mette Falk

Du bad mig skrive det ned efter vores snak i Bycentret, så her er det.

Mit personnummer er [[240859–1187]], og det er mig der har søgt om plejebolig til min hustru Birthe, som har Alzheimers i svær grad. Vi fik at vide, at ventetiden var tre måneder. Nu er det syv. Jeg er 65 og kan ikke løfte hende længere.

Jeg forstår, at du sender det videre. Tak fordi du lyttede.

Hans Jørgen Vestergaard
""")

M("h", """
har kræft og kan ikke komme til høringsmødet om lokalplan 1.78 på tirsdag. vil gerne sende skriftlige bemærkninger i stedet – er fristen stadig 28. marts? jeg er imod højden på byggeriet ud mod søen.

mvh E. Hansen, Ishøj Søvej
""")

M("", """
Hej Morten

Jeg synes det er forkert, at kommunen kun vil bruge overenskomstdækkede firmaer til snerydning. Det driver priserne op, og de små firmaer i Ishøj kan ikke være med. Der er ingen der arbejder på dårlige vilkår i mit firma.

Venlig hilsen
Bjarne, Ishøj Vognmandsforretning (CVR 29183746)
""")

M("s", """
Til Børne- og Skoleudvalget

Vi er to mødre til Sofus i 0.A på Strandgårdsskolen. Skolens tilmeldingsblanket og AULA-opsætningen har kun felterne "mor" og "far", så den ene af os bliver hele tiden registreret som far. Det er ikke et stort problem, men det er trættende at skulle rette det hver gang.

Kan udvalget sørge for, at kommunens systemer får neutrale felter som "forælder 1" og "forælder 2"?

Venlig hilsen
Katrine og Louise Bak
""")

M("b", """
Kære Hassan Ali

Vores datter Aya går på erhvervsskolen og skulle starte i praktik i en børnehave i Ishøj i næste uge. I går fik hun at vide af lederen, at hun ikke kan bære sit tørklæde på stuen "af hygiejniske grunde". Hun har båret tørklæde siden hun var 13.

Vi synes det lyder som en undskyldning. Er det kommunens regel i daginstitutionerne?

Venlig hilsen
Nadia og Khalid
""")

M("bu", """
Hej Sanne

Jeg har været medlem af både Enhedslisten og HK i snart 30 år, så du ved hvor jeg står. Men det forslag om at lægge lønadministrationen ud til et privat firma, som står på økonomiudvalgets dagsorden, kan jeg ikke forstå at I støtter. Det er præcis de kolleger der rammes.

Kan vi ikke tage en kop kaffe inden mødet?

Hilsen
Grete Juul
""")

M("e", """
hej Ayse
jeg er på kontanthjælp og min sagsbehandler har trukket mig 3.000 kr fordi jeg ikke kom til et møde jeg aldrig fik brev om. Jeg har vist hende min e-boks og der er intet. Hun siger det er mit problem. Er det rigtigt??
Mohammed
""")

M("", """
Kære borgere

Ishøj Kommune og Ishøjs foreninger inviterer til fælles iftar i Ishøj Kulturhus lørdag den 15. marts kl. 18.15. Alle er velkomne – uanset om man faster eller ej. Der er mad fra tre lokale restauranter, og børnene kan lave lanterner i biblioteket.

Borgmesteren holder en kort tale ved solnedgang.

Arrangørgruppen
""")

M("teb", """
Kære Annette

Min far kom fra Pakistan i 1972 som gæstearbejder og har boet i Ishøj siden 1978. Siden oktober har han boet på Ishøj Plejecenter. Han spiser kun halal, og det har vi sagt til personalet fra første dag. Alligevel fik han i sidste uge serveret frikadeller, og han opdagede det først da han havde spist halvdelen. Han var meget ked af det.

Jeg ved at der findes halalmad i køkkenet. Det er et spørgsmål om, at personalet ved det. Kan udvalget tage det op generelt?

Venlig hilsen
Imran Qureshi
""")

M("p", """
Til Anne-Grethe Lund, formand for Teknik- og Miljøudvalget

Vi har en betinget købsaftale på grunden Vejleå Bygade 8 med en frist til 1. juni. Handlen hænger på, at kommunen giver dispensation fra kravet om 30 % bebyggelse, fordi vi vil bygge et hus i ét plan til min mor.

Sælger er ved at blive utålmodig. Vi søgte om dispensation den 14. januar. Er der noget, du kan gøre for at sagen bliver færdigbehandlet?

Med venlig hilsen
Jens og Sara Hornbæk
""")

M("he", """
Kære Morten

Min mand fik en blodprop i hjernen i maj. Han har mistet talen delvist og er nu på sygedagpenge. Kommunen har sendt ham til opfølgningssamtale på jobcentret med fire dages varsel, og han kan ikke selv forklare sig. Jeg måtte tage fri for at tage med.

Er det virkelig sådan man behandler folk, der er så syge?

Dorthe Kramer
""")

M("", """
Til alle byrådsmedlemmer og suppleanter

Husk at valgplakater tidligst må hænges op lørdag den 20. september kl. 12.00 og skal være taget ned senest 8 dage efter valget. Plakater må ikke hænge i rundkørsler eller på broer over motorvejen. Oversigten over ophængningsforbud er vedlagt.

Venlig hilsen
Center for Byudvikling og Natur, Vej og Park
""")

M("s", """
Hej Tina

Da jeg sprang ud som lesbisk i 8. klasse på Vibeholmskolen, var der ingen voksne, der vidste hvad de skulle gøre, og jeg skiftede skole. Det er 15 år siden. Nu læser jeg at udvalget skal vedtage en ny trivselsstrategi, og der står ikke et ord om LGBT+ elever.

Jeg vil gerne komme med input, hvis I laver en følgegruppe.

Venlig hilsen
Emma Skov
""")

M("he", """
Kære Annette Sørensen

Jeg skriver på vegne af min far, Poul Erik Jensen, [[110139 2075]], som jeg har fuldmagt fra. Han er blind efter grøn stær og har i tre år haft en ledsageordning, så han kan komme til kortklubben og på kirkegården hos min mor. Nu har kommunen frataget ham ordningen med en begrundelse om, at han "kan bruge Flextur".

Han kan ikke finde ud af Flextur. Han sidder hjemme. Jeg ved, at klagen skal gå til Ankestyrelsen, men jeg synes politikerne skal vide, hvad den nye praksis betyder.

Venlig hilsen
Karen Jensen Holt
""")

M("u", """
Hej Annette

Jeg er FOA-tillidsrepræsentant på Ishøj Plejecenter og vil gerne invitere dig og resten af udvalget til at følge en aftenvagt. Vi har fået nye regler om enevagter efter kl. 23, og jeg tror ikke at det der står i notatet til udvalget svarer til virkeligheden.

Kom gerne en onsdag.

Hilsen
Benny Lauritsen
""")

M("", """
Kære udvalg

Ifølge Region Hovedstadens Sundhedsprofil 2023 har 21 % af de voksne i Ishøj et dårligt mentalt helbred, mod 15 % i regionen. Blandt de unge kvinder er tallet over 30 %. Jeg sidder i Ishøj Ungdomsråd, og vi vil gerne foreslå, at kommunen opretter en anonym chatrådgivning for unge.

Vi har lavet et oplæg på to sider, som vi gerne vil præsentere på et udvalgsmøde.

Mvh
Ishøj Ungdomsråd
""")

M("ts", """
Dear Mr Ali,

I am a gay man from Iran and came to Denmark as a refugee in 2021. I live in Ishøj now and go to the language school. Two weeks ago some young men on the train from Ishøj station followed me and called me names. I know the police is another place, but I want to ask: does the municipality have any place or group for LGBT people from other countries? I feel very alone here.

Thank you,
Reza
""")
