"""corpus11 part H: CPR numbers in every separator and position, alone and with other
categories, and hard negatives full of other number types (10-digit numbers that start
with a valid date, phone, reg./account, invoice, order, case and journal numbers, dates)."""
from common import M

# --- CPR only (no other category) ------------------------------------------------

M("", """Hej. Jeg er flyttet fra Greve til Ishøj Strandvej 112, 2. tv. pr. 1. oktober, men min flytning er ikke registreret. Cpr.nr. [[120486-1723]]. Mvh Line Sørensen""")

M("", """Til Borgerservice

Jeg har bestilt tid til nyt pas den 14. januar kl. 10.20, men kan ikke komme. Kan tiden flyttes?

Personnummer: [[0307911457]]

Venlig hilsen
Mikkel Bang""")

M("", """[[230155 0938]]
Jeg skal have fornyet min beboerparkeringslicens for Vejlebrovej. Nummerplade CV 41 982.
Hilsen Bent Mogensen""")

M("", """Kære hovedpostkasse

Min søn Oscar skal indskrives i 0. klasse på Strandskolen til august. Hans cpr er [[110919–4032]]. Vi har ikke fået brev om indskrivningen.

Med venlig hilsen
Helle Dam""")

M("", """Hej

Jeg har mistet mit bibliotekskort. Kan I spærre det? Mit cpr er [[170892\u00a01286]] og lånernummer 4402198.

Tak, Sofia""")

M("", """Til Center for Borger, Økonomi og IT

Vedr. navneændring: Jeg har giftet mig og ønsker at tage min mands efternavn. Mit personnr. er [[040290-2468]], og vielsesattesten er vedhæftet.

Venlig hilsen
Camilla Hvidt (født Larsen)""")

M("", """hej jeg har ikke fået valgkort til kommunalvalget. [[091003-4317]] bor på Gildbrovej 8. /Emil""")

M("", """Kære borgmester

Min mor Ellen Margrethe Holm, [[150332-1184]], fylder 93 år den 15. marts. Vil du sende hende en hilsen? Det ville glæde hende meget. Hun bor Ishøj Søvej 3.

Venlig hilsen
Jytte Holm""")

M("", """Til Affald og Genbrug

Jeg vil gerne tilmelde mig en ekstra restaffaldsbeholder. Kundenummer 3003841150. Mit CPR-nummer er [[300384 1152]] hvis I skal bruge det.

Mvh Niels Brask""")

M("", """Hej igen,

Jeg glemte at skrive mit cpr i forrige mail om skattekortet: [[2611783391]]

Hilsen
Thomas Agerbæk""")

M("", """Til Borgerservice

Jeg vil gerne bestille nyt kørekort, da mit gamle er knækket.

Navn: Kirsten Paulsen
CPR: [[081167–2240]]
Adresse: Vejledalen 44, 2635 Ishøj
Tlf.: 40 51 29 87""")

M("", """Kære Ahmed, tak for snakken på torvet. Som lovet sender jeg min fars oplysninger, så administrationen kan finde sagen om hans fortov: Poul Erik Vind, [[020746\u00a01015]], Torslundevej 20.
Venlig hilsen Hanne Vind""")

M("", """Hej. Vores datter Asta er født den 3. februar og skal have tilmeldt sig vuggestue. CPR [[030225-4846]]. Ønsket startdato 1. november. /Mads og Julie""")

M("", """Til hovedpostkassen

Jeg har fået en parkeringsafgift på Ishøj Station (afgiftsnr. 1104250713), selv om jeg havde gyldig P-tilladelse. Jeg vedlægger foto. Mine oplysninger: Jesper Kold, [[190570-3119]].

Venlig hilsen
Jesper Kold""")

M("", """Hej Borgerservice

Jeg skrev forkert på jeres formular, mit cpr nr er [[140299 1235]] og ikke det der står. Det er til min ansøgning om nyt sundhedskort.

Mvh Frida""")

M("", """Til Center for Børn og Forebyggelse

Ansøgning om skoleskift for Noah Petersen ([[210513-4551]]) fra Vibeholmskolen til Ishøj Skole pr. 1. august.

Med venlig hilsen
Karin Petersen, mor""")

M("", """[[050761-1190]] – Gunnar Friis – Jeg har brug for en ny affaldskalender. Min er blæst væk.""")

M("", """Hej,

Kan I sende min gamle skatteopgørelse for 2022 igen? Jeg kan ikke finde den i e-Boks. Personnummer [[291094–2617]].

Hilsen
Malene Holst""")

M("", """Til Borgerservice

Vedr. tilmelding til Digital Post for min far, som ikke har computer. Fuldmagt er vedhæftet.
Far: Arne Jensen, cpr [[121239 0421]]
Mig: Lise Jensen, cpr [[250868-1846]]

Venlig hilsen
Lise Jensen""")

M("", """Kære Kasper

Jeg har søgt om tilladelse til at holde gadefest på Hyldevej den 21. juni. Ansøgningen blev sendt i mit navn med cpr [[310579\u00a02237]], men jeg har ikke fået svar.

Mvh Ulrik""")

# --- CPR with one other category -------------------------------------------------

M("he", """Til Hjælpemiddelcentret

Jeg har fået en ny rollator efter min hofteoperation, men hjulet er knækket. Cpr [[180545-0823]]. Kan I hente den?

Venlig hilsen
Inga Larsen""")

M("h", """Hej. Min søn Villads, [[060814-4269]], har svær astma og skal have sin medicin med på lejrskolen. Hvem på skolen tager imod? Mvh Trine""")

M("h", """Kære borgerrådgiver

Jeg vil klage over, at min ansøgning om et kropsbårent hjælpemiddel (brystprotese efter kræft) har ligget i 4 måneder. Mit cpr-nr er [[2405691832]].

Med venlig hilsen
Birgit Holm""")

M("h", """Til Center for Voksne og Velfærd

Jeg er kronisk syg med Crohns sygdom og vil gerne søge om et handicapparkeringskort, fordi jeg ofte skal nå et toilet hurtigt. Personnr. [[011282–2915]]. Lægeerklæring fra Hvidovre er vedhæftet.

Hilsen
Jonas Brink""")

M("h", """hej, min mor har demens og kan ikke selv skrive. hun hedder Erna Lund, cpr [[220436 1028]]. hun er faldet og har brækket håndleddet og skal have genoptræning. hvem bestiller det? /Kim Lund""")

M("e", """Til Ydelseskontoret

Jeg har søgt om enkeltydelse til tandbehandling for min søn. Ansøgningen har sagsnr. 25/18204. Mit cpr er [[150983-2761]]. Hvornår får jeg svar?

Venlig hilsen
Anja Sørensen""")

M("e", """Hej Lone

Jeg har 72.000 kr. i gæld til kommunen for for meget udbetalt boligstøtte og kan ikke betale. [[061175\u00a01393]]. Kan du hjælpe?

Mvh Kenneth""")

M("e", """Kære hovedpostkasse

Ansøgning om friplads i SFO for min datter Laura, [[290916-4712]]. Jeg er alene med hende og er på dagpenge indtil videre. Min egen cpr: [[100488-2236]].

Venlig hilsen
Maja Brandt""")

M("e", """Til Jobcentret

Jeg har fået afslag på kontanthjælp, fordi min mand tjener for meget. Vi er ved at gå fra hinanden, og han er flyttet ud. Personnummer [[0902922580]].

Hilsen
Yasmin""")

M("e", """Hej. Jeg skal have en ny tid hos min socialrådgiver om min søns anbringelse. Min cpr: [[270778–1144]]. Søn: Mikkel, [[120810-4219]]. /Tina""")

M("e", """Til Center for Voksne og Velfærd

Min far, Svend Aage Nielsen, [[030431 0757]], er blevet visiteret til plejebolig på Ishøjgård. Hvornår kan han flytte ind? Vi har opsagt hans lejlighed.

Venlig hilsen
Lone Nielsen""")

M("e", """Kære borgerrådgiver

Jeg er blevet sat ud af min lejlighed og har fået tilbudt en plads på et herberg i Glostrup. Jeg vil hellere blive i Ishøj. cpr [[170695-3371]]

mvh Patrick""")

M("p", """Til Center for Byudvikling og Natur

Vi har underskrevet en betinget købsaftale på byggegrund nr. 4, Vejleåparken. Kommunen skal bruge køberens personnummer: Henrik Aagaard, [[121084-1467]]. Vi venter stadig på endelig godkendelse.

Med venlig hilsen
Henrik og Sara Aagaard""")

M("p", """Hej, vi har et bud på vores kolonihavehus i Strandengen på 210.000 og køberen skal godkendes af jer. Min cpr er [[080957\u00a01628]], have nr. 47. /Jørgen Falk""")

M("t", """Til Borgerservice

Jeg er født i Iran og har fået dansk indfødsret. Jeg vil gerne have mit navn skrevet korrekt i CPR-registeret: Shirin Tahmasebi, [[221286-2902]].

Venlig hilsen
Shirin""")

M("t", """Hej Ahmed. Jeg er grønlandsk og har problemer med at min fars navn er stavet forkert i jeres system. Han hedder Kâlêraq Olsen, [[1509482117]]. Kan I rette det? /Nuka""")

M("t", """Kære hovedpostkasse

Min kone er fra Thailand og har lige fået opholdstilladelse. Hun har fået cpr-nummer [[010290–2674]] og skal tilmeldes danskuddannelse. Hvor gør vi det?

Venlig hilsen
Steen Mikkelsen""")

M("s", """Til Borgerservice

Min mand Kristian og jeg har fået en søn ved surrogati i udlandet. Vi skal have ham registreret med os begge som fædre. Mit cpr: [[130381-1929]].

Venlig hilsen
Morten Ulrik Berg""")

M("sh", """hej, jeg er lesbisk og gift med Emma. vi venter vores første barn og jeg skal registreres som medmor. min cpr: [[020694 2338]]. hvad skal vi udfylde? /Signe""")

M("b", """Til Borgerservice

Jeg ønsker at melde mig ud af folkekirken, da jeg er konverteret til islam. Mit personnummer er [[281189-3105]]. Hvordan gør jeg det?

Med venlig hilsen
Jonas Ali Kristensen""")

M("b", """Kære Peter

Jeg er aktiv i Radikale Venstre og vil gerne stille op til skolebestyrelsen på Gildbroskolen. Valgudvalget skal bruge mit cpr: [[161072\u00a01759]]. Kan du sende det videre?

Hilsen
Karen Ibsen""")

M("b", """Hej. Vi er katolikker og vil gerne have vores søn, [[090617-4488]], fritaget for kristendomskundskab og i stedet gå til undervisning i Sankt Mariæ Kirke. Hvem skal vi skrive til? /Familien Nowicki""")

M("u", """Til Lønkontoret

Jeg er medlem af FOA og ønsker, at kontingentet trækkes over lønnen. Mit cpr-nummer er [[041280-2256]] og medarbejdernr. 10477.

Venlig hilsen
Hanne Rasmussen""")

M("u", """Kære Anja

Jeg er TR for 3F på kommunens materielgård. En kollega har bedt mig skrive på hans vegne: Karsten Bo, [[190763–1471]]. Han har ikke fået sit tillæg for vintervagt.

Mvh Niels""")

M("u", """Hej, jeg er medlem af BUPL og min fagforening skal bruge en udtalelse fra kommunen om min anciennitet. Cpr [[1104871836]]. Kan lønafdelingen lave den? /Dorthe""")

# --- CPR with two other categories ------------------------------------------------

M("he", """Til Center for Voksne og Velfærd

Jeg har sclerose og er på førtidspension. Min hjemmehjælp er skåret ned fra 3 til 1 time om ugen uden ny visitation. Jeg vil klage. CPR [[250373-2114]].

Med venlig hilsen
Anne Marie Kock""")

M("ep", """Kære borgmester

Min kone og jeg skylder 140.000 kr. i restance på ejendomsskatten, og banken har nu sat vores hus i Torslunde til salg. Vi har en køber, der venter på, at kommunen frigiver pantet. Mit cpr: [[3004661185]].

Venlig hilsen
Ib Thorsen""")

M("tb", """Til Borgerservice

Jeg er af pakistansk oprindelse og sunnimuslim. Jeg vil gerne have min søns navn, Ibrahim ([[050320-4127]]), skrevet med den korrekte stavemåde efter vores religiøse navngivning.

Venlig hilsen
Farah Qureshi""")

M("sh", """Hej Lone

Min mand Ole og jeg har været sammen i 35 år. Han har fået en blodprop i hjertet og er indlagt på Rigshospitalet. Hospitalet spørger efter hans cpr for at give mig besked: [[140955–1093]]. Jeg er selv mand og har det svært.

Mvh Per Lykke""")

M("ue", """Kære Kasper

Jeg er medlem af Dansk Metal og er blevet fyret fra fabrikken på Industrivej efter 19 år. Jeg har søgt om dagpenge og mangler svar fra jobcentret. Cpr [[071166 1357]].

Venlig hilsen
Torben Riis""")

# --- hard negatives: number types that are not CPR numbers ------------------------

M("", """Hej. Jeg har modtaget faktura nr. 1803251176 for vand, men jeg har allerede betalt. Kvitteringen er vedhæftet. Mvh Ove Hansen, tlf. 43 54 21 09""")

M("", """Til Center for Borger, Økonomi og IT

Kundenummer 0701851234 – jeg har fået to opkrævninger på renovation for samme kvartal. Vil I tjekke det?

Venlig hilsen
Helga Bøgh""")

M("", """Kære Borgerservice

Jeg skal have refunderet 450 kr. for en aflyst svømmeskole. Beløbet bedes indsat på reg.nr. 2211 konto 0311851234.

Venlig hilsen
Rikke Vind""")

M("", """Hej

Ordrenr. 2509240318 på det nye skraldespandsstativ er ikke leveret. Ordren blev lavet den 25.09.2024.

Mvh Peter, Hyldevej 30""")

M("", """Vedr. j.nr. 27.03.00-G01-3912-24

Vi har ikke modtaget svar på vores klage over støj fra byggepladsen. Vi henvendte os første gang den 12. marts 2024.

Med venlig hilsen
Grundejerforeningen Torslunde Øst""")

M("", """Til hovedpostkassen

Vores forening har P-nummer 1012345678 og CVR 34188527. Vi har ikke modtaget tilskuddet for 2. halvår. Bilag nr. 190225-0031 viser udbetalingen som godkendt.

Venlig hilsen
Kassereren, Ishøj Svømmeklub""")

M("", """Hej. Min elmåler har nr. 1507891234 og viste 48.213 kWh ved aflæsningen den 15.07.2025. Hvorfor er regningen så høj? /Bo""")

M("", """Kære Kasper

Jeg er født 14. marts 1985 og har boet i Ishøj hele mit liv. Jeg vil bare sige, at byen aldrig har set bedre ud. Tak for jeres arbejde.

Venlig hilsen
Lasse""")

M("", """Til Center for Byudvikling og Natur

Vores byggesag har sagsnr. 2024-031219 og er modtaget 03.12.2024. Vi mangler stadig at få tilladelse til vores udestue.

Mvh Lone og Bjørn Kjeldgaard""")

M("", """Hej, min telefon er 2811 7412 og mit mobilnummer er +45 31 05 78 62. Ring gerne angående hækken ud mod stien. Mvh Vagn""")

M("", """Til Borgerservice

Vores bil har fået en parkeringsbøde. Bødenr. 0512241507, dato 05.12.2024, kl. 15.07. Vi holdt på en lovlig plads.

Venlig hilsen
Erik og Lis""")

M("", """Kære Hanne

Vi har ansøgt om lokaletilskud med referencenr. 1609220831. Vores EAN-nummer er 5790001234567. Hvornår behandles det?

Med venlig hilsen
Ishøj Bordtennis""")

M("", """Hej. Jeg har bestilt storskrald (booking 240698-7701) til den 24.06. Kan I også tage et gammelt klaver? Mvh Birte""")

M("", """Til hovedpostkassen

Jeg har betalt licens til lystbådehavnen, bådplads nr. 112, medlemsnr. 1308761449. Men pladsen står stadig som ledig på jeres liste. Hvad er fejlen?

Venlig hilsen
Jacob Borg""")

M("", """Kære borgmester

Jeg er 66 år og har netop fået mit første barnebarn, født den 02.04.2025. Jeg vil gerne foreslå flere bænke ved legepladsen i Strandparken, så vi bedsteforældre kan sidde ned.

Venlig hilsen
Kirsten""")

M("", """Hej

Vedhæftet er faktura 2203 1245 67 for snerydning i januar. Betal venligst til reg. 9570 konto 1234567890.

Mvh Vestegnens Vintertjeneste ApS""")

M("", """Til Borgerservice

Hvornår kan jeg hente mit nye pas? Ansøgningsnr. 1010240919. Jeg bestilte det den 10. oktober.

Mvh Sebastian""")

M("", """Kære udvalgsformand

Vi er 12 familier på Vejledalen, der har fået varmeregninger med forkerte aflæsninger. Eksempel: målernr. 0101990455, forbrug 0 kWh. Vi ønsker, at forsyningen tjekker målerne.

Venlig hilsen
Beboerforeningen""")

M("", """Hej, min søn er født 030315 og skal starte i skole til august. Hvornår åbner indskrivningen? Tlf. 26 44 13 90. /Ayşe""")

M("", """Til Center for Borger, Økonomi og IT

Jeg ringer fra nr. 43 57 75 00 hver dag og kommer ikke igennem. Min sag har journalnummer 00.01.00-A00-2031-25. Kan nogen ringe mig op på 50 93 22 18?

Venlig hilsen
Vivi Sand""")

# --- long mails (15-30 lines) -----------------------------------------------------

M("", """Til Center for Byudvikling og Natur
Cc: Teknik- og Miljøudvalgets formand

Vedr. vejarbejdet på Ishøj Strandvej (jeres j.nr. 05.01.00-P20-0441-25)

Vi er en gruppe beboere på den nordlige del af Ishøj Strandvej, som siden den 3. marts har haft gravearbejde lige uden for vores huse. Vi har følgende spørgsmål, som vi håber at få svar på inden for de 10 hverdage, I lover på hjemmesiden:

1. Hvornår er arbejdet færdigt? Skiltet siger uge 14, men der er ikke sket noget i tre uger.
2. Hvorfor er der ikke lagt køreplader ud ved indkørslerne i nr. 41-57?
3. Hvem erstatter skaden på vores fælles hæk, som gravemaskinen kørte ned den 19. marts?
4. Kan renovationen hente affald fra den anden side af vejen, så længe vejen er spærret?

Vi har ringet til kommunens hovednummer 43 57 75 00 flere gange og fået sagsnummer 2503190412, men ingen har ringet tilbage.

Vi vil gerne understrege, at vi godt forstår, at kloakkerne skal fornyes. Det handler om information og planlægning.

Kontaktperson for gruppen er undertegnede, tlf. 22 18 90 44 (bedst efter kl. 16).

Med venlig hilsen
Lars Kirkegaard
Ishøj Strandvej 49
på vegne af 11 husstande""")

M("ht", """Kære Anja

Jeg skriver til dig, fordi jeg ikke ved, hvem ellers jeg skal gå til.

Min mor er 81 år og kom til Danmark fra Irak i 1996. Hun er kurder og har aldrig rigtig lært dansk. Sidste år fik hun konstateret Alzheimers, og det er gået hurtigt ned ad bakke. Hun glemmer nu de få danske ord, hun kunne, og taler kun kurdisk (sorani).

Vi har været til flere møder med demenskoordinatoren, som er meget sød. Men alle aktiviteter i demenscafeen foregår på dansk, og min mor sidder bare og ser forvirret ud. Hun er begyndt at nægte at tage derhen.

Jeg har tre spørgsmål:

- Findes der et tilbud i kommunen eller i nabokommunerne for ældre med demens, som ikke taler dansk?
- Kan der bruges tolk i demenscafeen en gang imellem?
- Kan vi som familie selv komme med og oversætte, eller er der regler imod det?

Jeg arbejder fuld tid som laborant og har to børn, så jeg kan ikke være hos hende hver dag. Min bror bor i Aarhus.

Jeg vil sætte stor pris på, hvis du kunne tage det op i udvalget. Jeg tror ikke, min mor er den eneste.

Mange hilsner
Shilan Ahmadi
Vejledalen 12, 1. th.""")

M("he", """Til Center for Børn og Forebyggelse
Att.: PPR

Vedr.: Malik Hansen, [[240311-4093]], 4.A, Strandskolen

Vi skriver for tredje gang om vores søn Malik, som blev udredt på Børne- og Ungdomspsykiatrisk Center i Glostrup i februar. Han har fået diagnoserne ADHD og angst, og han er i medicinsk behandling med Medikinet siden marts.

Udredningen anbefaler tydeligt:
- en fast voksen i overgangene (frikvarter, skift af lokale)
- et stille rum, han kan trække sig til
- at han ikke deltager i svømning, før angsten er under kontrol

Intet af dette er sat i gang. Skolen henviser til, at PPR skal lave en pædagogisk-psykologisk vurdering først, og at der er 22 ugers ventetid.

Malik har haft 31 fraværsdage dette skoleår. Han kaster op om morgenen og siger, at han hellere vil dø end gå i skole. Det er hjerteskærende at høre fra en dreng på 13.

Vi beder om:
1. en dato for PPR-vurderingen
2. et møde med skolelederen og PPR inden for to uger
3. at anbefalingerne fra psykiatrien følges, indtil vurderingen er lavet

Udredningsrapporten er vedhæftet. Vi giver gerne samtykke til, at PPR kontakter psykiatrien direkte.

Vi håber på et hurtigt svar. I kan ringe til os på 61 20 48 73.

Med venlig hilsen
Rikke og Søren Hansen""")

M("", """Kære borgmester

Tak for dit svar på min mail i sidste måned. Jeg vil gerne følge op.

Som du ved, er vi en gruppe forældre fra Vibeholmskolen, som er bekymrede for trafiksikkerheden på skolevejen. Vi har nu lavet en lille undersøgelse blandt forældrene:

- 142 forældre har svaret
- 96 kører deres børn i skole, fordi de ikke tør lade dem cykle
- 71 har oplevet en nærved-ulykke ved krydset ved Vibeholms Allé
- 23 har foreslået en skolepatrulje

Vi har tre forslag, som vi gerne vil have udvalget til at se på:

1. En hævet flade i krydset ved Vibeholms Allé
2. 30 km/t-zone mellem kl. 7 og 9
3. Et "kys og kør"-område, så forældrene ikke holder i dobbelt række

Vi har talt med skolebestyrelsen, som bakker op. Vi har også talt med politiets færdselsafdeling, som anbefalede os at gå til kommunen.

Vi vil meget gerne mødes med dig og formanden for Teknik og Miljø. Vi kan f.eks. mødes på skolen en morgen, så I selv kan se trafikken. Følgende datoer passer os: 14., 15. eller 21. november kl. 7.45.

Undersøgelsen ligger i en vedhæftet fil (excel). Hvis noget er uklart, kan du ringe til mig på 28 33 61 09.

På forhånd tak.

Med venlig hilsen
Jannik Svendsen
formand for trafikgruppen, Vibeholmskolens forældreråd""")

M("s", """Hej Karin

Jeg ved ikke helt, om det her hører til hos dig, men jeg prøver.

Min mand Yusuf og jeg flyttede til Ishøj i august. Vi er glade for byen, men vi har haft en ubehagelig oplevelse i vores nye opgang på Strandgårdsparken.

Da vi satte vores navneskilt op ("Yusuf & Christian"), var der nogen, der tegnede et hjerte med et kryds over på det. Ugen efter fandt vi en seddel i postkassen med "ingen bøsser her". Vi har anmeldt det til politiet, men de siger, at de ikke kan gøre så meget.

Vi har også skrevet til boligselskabet, men de har ikke svaret.

Jeg vil gerne spørge:
- om kommunen har en indsats mod den slags chikane i de almene boliger
- om der er nogen, vi kan tale med, hvis det fortsætter

Vi er ikke bange, men det er træls at starte sådan i en ny by.

Venlig hilsen
Christian Holm""")

M("u", """Kære udvalgsformand

Jeg skriver som tillidsrepræsentant for FOA på plejecentret Ishøjgård. Jeg har været TR i syv år og medlem af FOA i 24.

Personalegruppen har bedt mig rejse følgende over for udvalget inden budgetforhandlingerne:

1. Vi har haft 14 opsigelser siden januar. De fleste nævner travlhed.
2. Vi bruger mange vikarer fra bureau, som ikke kender beboerne.
3. Nattevagten er skåret ned til to personer for 64 beboere.
4. Kollegerne oplever, at de ikke kan nå at give omsorg, kun praktisk hjælp.

Vi ved godt, at økonomien er stram. Men vi vil gerne inviteres ind til en dialog, før der bliver truffet beslutninger. Vi har forslag til, hvordan vi kan bruge færre vikarer, hvis vi får lov til at ansætte flere faste.

Jeg har orienteret centerlederen om, at jeg skriver til dig.

Med venlig hilsen
Dorte Juul Andersen
TR, FOA""")

M("p", """Til Center for Byudvikling og Natur
Att.: Byggesagsafdelingen

Vedr. Gadekærvej 31, matr.nr. 7c Ishøj By, Ishøj

Min far døde i juli, og min søster og jeg skal sælge hans hus. Ejendomsmægleren har fundet en køber, som har givet et bud på 3.150.000 kr. Vi har sagt ja, men købsaftalen er underskrevet med forbehold for køberens advokats godkendelse og for, at følgende bliver afklaret:

a) Udestuen på 18 m² fra 1987 står ikke i BBR. Er den lovlig?
b) Der er et gammelt olietanksanlæg i haven. Er det afmeldt?
c) Kommunens BBR viser en carport, som blev revet ned i 2010.

Advokatens frist er den 28. november. Hvis vi ikke har svar, kan køberen træde tilbage.

Vi har sendt en anmodning via Byg og Miljø (sagsnr. 2025-118822) den 30. oktober, men har kun fået en automatisk kvittering.

Jeg kan træffes på 40 66 71 23 alle hverdage.

Med venlig hilsen
Kasper Lindholm""")

M("", """Til Borgerrådgiveren

Jeg vil gerne klage over ventetiden i Borgerservice.

Den 7. oktober trak jeg nummer 184 kl. 9.05 for at få fornyet mit kørekort. Jeg kom først til kl. 11.40. Der var kun én skranke åben, selvom der sad mindst fire medarbejdere bagved.

Jeg spurgte en medarbejder, hvorfor der ikke blev åbnet flere skranker, og fik et ret kort svar om, at "det er sådan, det er". Jeg synes ikke, det er god service.

Jeg har to spørgsmål:
1. Hvorfor kan man ikke bestille tid til kørekort, når man kan til pas?
2. Hvem bestemmer, hvor mange skranker der er åbne?

Jeg er klar over, at det måske er et politisk fastsat serviceniveau, og at du så ikke kan gøre noget. Men så vil jeg gerne vide, hvem jeg skal skrive til i stedet.

Jeg mistede en halv arbejdsdag på det.

Venlig hilsen
Hans Peter Møller
tlf. 53 71 02 66""")
