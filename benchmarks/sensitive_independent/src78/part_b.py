"""corpus78, part B: sports clubs, their treasurers, coaches and chairs."""
from common import M

M("e", """Til Center for Børn og Forebyggelse

Jeg er kasserer i Ishøj IF fodbold. En af vores U11-spillere, Emil, har ikke betalt kontingent
i et år. Hans mor har fortalt mig at hun er på kontanthjælp og ikke har råd. Vi vil nødig
smide ham ud. Kan han få fritidspas, og kan klubben søge på hans vegne hvis mor giver lov? Emils cpr er [[1209144329]].

Venlig hilsen
Kurt Frandsen, kasserer""")

M("", """Ansøgning om tilskud – folkeoplysningsmidler 2026

Ishøj Boldklub søger 42.000 kr. til to nye 11-mands mål og 30 trænings-bolde. Klubben har 214
aktive medlemmer, heraf 151 under 25 år. Regnskab 2024 og budget 2026 vedlagt.

Med venlig hilsen
Bestyrelsen, Ishøj Boldklub""")

M("", """Hej Fritidsafdelingen

Vi vil gerne booke Ishøj Idrætscenter hal 1 og 2 lørdag 15. marts kl. 8-18 til vores
badmintonstævne (ca. 120 spillere). Bookingnummer fra sidste år var 20240315-07. Vi skal også
bruge cafeteriaet.

Sportslig hilsen
Ishøj Badminton""")

M("h", """Kære Fritidskonsulent

Vores håndboldspiller Sofie (14) har epilepsi og fik et anfald til træning i tirsdags. Det gik
godt, men trænerne var bange. Tilbyder kommunen førstehjælpskursus med fokus på epilepsi til
frivillige trænere? Sofies forældre er med på at vi skriver.

Mvh Pernille, formand for Ishøj Håndbold""")

M("s", """Hej Anders (formand for Kultur- og Fritidsudvalget)

Jeg er formand for Ishøj Regnbue FC, et hold for bøsser og andre der bare vil spille bold i
fred. Jeg er selv bøsse og har spillet i 20 år. Vi har fået tildelt træningstid kl. 21.30
fredag, som ingen andre vil have. Kan vi komme i betragtning til en bedre tid?

Sportslig hilsen
Rasmus Kjær""")

M("", """Til Fritidsafdelingen

Ishøj Regnbue FC vil gerne holde åben træning for alle lørdag den 9. august under Pride-ugen
og hænge regnbueflag op ved banen. Klubben er åben for alle uanset seksualitet og køn. Skal vi
søge tilladelse til flagene?

Mvh bestyrelsen""")

M("", """Hej Ishøj Kommune

Jeg sender her oplysninger på vores nye træner til politiattest og DGI-forsikring:

Navn: Mads Birk Sørensen
Cpr: [[030591-1873]]
Adresse: Gildbrovej 44, 2635 Ishøj

Mvh Bente, sekretær i Ishøj Svømmeklub""")

M("b", """Hej svømmehallen

Vores medlem Fatima (12) vil gerne fortsætte på konkurrenceholdet, men hun bærer tørklæde og
svømmer i burkini på grund af sin tro. En livredder sagde i søndags at burkini ikke er tilladt
i bassinet. Er det rigtigt? Hendes far har bedt mig, som træner, om at spørge.

Hilsen Louise, Ishøj Svømmeklub""")

M("", """Til Kultur og Fritid

Svømmeklubbens bestyrelse har fået flere spørgsmål fra forældre om hvad reglerne er for
burkini, våddragt og badeshorts i Ishøj Svømmehal. Kan I sende os de gældende
ordensregler, så vi kan lægge dem på hjemmesiden?

Mvh bestyrelsen""")

M("t", """Kære Kultur- og Fritidsudvalget

Jeg er formand for Ishøj Cricket Club. Jeg er fra Pakistan ligesom de fleste af vores
spillere, men vi har også srilankanske og engelske medlemmer. Vi har ingen bane, og vi spiller
på en fodboldbane hvor bolden ruller væk. Må vi lægge en kunstmåtte på Vejleå-banen?

Med venlig hilsen
Farhan Iqbal""")

M("e", """Hej borgerrådgiveren

Jeg er træner i bokseklubben. En af mine drenge, Mads (17), har lige fået en betinget dom for
vold og har et ungdomssanktion-forløb hos kommunen. Han er en god knægt, og klubben er det
eneste sted han kommer. Kan jeg deltage i møderne om hans forløb, hvis han selv vil?

Mvh Dennis, Ishøj Bokseklub""")

M("p", """Til borgmester Merete Amdisen

Ishøj Roklub forhandler lige nu med en developer om salg af vores gamle klubhus ved havnen.
Der er en betinget aftale om 6,8 mio. kr., men developeren vil have sikkerhed for at grunden
kan bebygges med boliger. Vi beder om et møde med borgmesteren og forvaltningen inden
generalforsamlingen den 20. januar.

Med venlig hilsen
Henrik Mørch, formand""")

M("", """Til Folkeoplysningsudvalget

Som grundlag for ansøgningen om lokaletilskud oplyser vi medlemstal for 2025: 312 medlemmer,
heraf 62 % med anden etnisk baggrund end dansk, 41 % piger. 18 % bor i Vejleåparken. Vi er
stolte af at være et sted hvor alle mødes.

Ishøj Taekwondo""")

M("u", """Til Ishøj Fodbold, kopi til fritidsafdelingen

Vedr. træningstider for U13: Vores træner Jens kan kun tirsdag og torsdag, da han er
tillidsrepræsentant for DLF på Ishøj Skole og har møder mandag og onsdag. Kan hallen flyttes?

Mvh Martin, ungdomsformand""")

M("hes", """hej

er træner for U10 i ishøj IF. har fået diskusprolaps og er sygemeldt og på sygedagpenge
fra kommunen. må jeg godt stå på sidelinjen og træne drengene 2 timer om ugen uden at det
giver problemer med mine dagpenge? min mand siger jeg skal spørge først. vil ikke snyde. mit cpr er [[110682-0917]]

Claus""")

M("e", """Til Kultur- og Fritidsudvalget

Vi må desværre meddele at vores tidligere kasserer, Finn Lauritsen, i sidste måned blev dømt
for underslæb af 40.000 kr. fra klubben. Vi har indført to-personers godkendelse. Vi håber
ikke det påvirker vores tilskud for næste år.

Med venlig hilsen
Bestyrelsen for Ishøj Petanque""")

M("", """ISHØJ LØBEKLUB – NYHEDSBREV NR. 4

Kære medlemmer og samarbejdspartnere
Klubløbet den 5. oktober samlede 180 løbere. Tak til Ishøj Kommune for lån af Strandparken.
Næste sæson starter 6. januar med intervaller fra Idrætscentret. Husk kontingent på
reg. 1551 konto 3456789012.

Løbende hilsner
Bestyrelsen""")

M("h", """Kære Fritidsafdeling

I lørdags faldt vores medlem Karen Poulsen om under træningsløbet ved Strandparken med et
hjertestop. Heldigvis kom der hurtigt hjælp, og hun er nu på Rigshospitalet. Der er ingen
hjertestarter ved Strandparkens p-plads. Kan kommunen sætte én op?

Venlig hilsen
Ishøj Løbeklub, Jan Schmidt""")

M("", """Vedr. udbetaling af aktivitetstilskud

Tilskuddet kan udbetales til klubbens NemKonto. Jeg er formand og tegningsberettiget.

Venlig hilsen
Knud Erik Pedersen
Formand, Ishøj Krocketklub
[[240452-1437]]""")

M("t", """Hello,

I am the chairman of Ishøj Chess Club. Our member Yonas came as a refugee from Eritrea four
years ago and plays in our first team. He needs a letter from an association confirming his
activities for his residence renewal. Can the municipality tell us what such a letter should
contain?

Best,
Peter Lindholm""")

M("b", """Hej Helle

Som medlem af Enhedslisten og formand for Ishøj Bordtennis kan jeg godt sige at jeg er uenig
med flertallet om lukningen af hallen om søndagen. Men jeg skriver for at høre om vi i det
mindste kan få lov at træne lørdag formiddag i stedet.

Venlig hilsen
Søren Bang""")

M("", """Til Kultur og Fritid

Ishøj Idrætsråd vil gerne låne Ishøj Idrætscenter til et vælgermøde før kommunalvalget, hvor
alle opstillede partier inviteres til debat om idrætspolitik. Hvilke regler gælder for
politiske arrangementer i kommunale lokaler?

Med venlig hilsen
Idrætsrådets sekretær""")

M("he", """Kære Fritidsafdeling

Laura (9) går på vores gymnastikhold og bruger kørestol, som hun har fået bevilget af
kommunen efter sin rygmarvsskade. Der er ingen rampe til redskabsrummet og ingen handicap-
toilet i Vejleåhallen. Hendes forældre og vi vil gerne vide om der er planer om det.

Hilsen Trine, træner, Ishøj Gymnastik""")

M("s", """Hej Ishøj IF

Vores søn Oliver (7) skal starte til fodbold. Tilmeldingsformularen på jeres hjemmeside har kun
felterne "mor" og "far", men Oliver har to mødre, Tina og mig. Kan I rette det? Kommunen står
jo som medarrangør på Fodboldskolen, derfor sendes kopi til fritidsafdelingen.

Venlig hilsen
Malene Kock""")

M("u", """Kære byrådsmedlem

Jeg er kasserer i Ishøj Motionsklub, og selv i 3F og arbejder på havnen på skift. Vi er mange i
klubben der har skiftehold, og hallen åbner først kl. 16. Kunne der åbnes kl. 14 to dage om
ugen?

Vh Johnny""")

M("p", """Til Økonomiudvalget

Ishøj Kajakklub har afgivet bud på 1,9 mio. kr. på den tidligere havnefogedbygning, som
kommunen har udbudt til salg. Vi har fået at vide, at der er et højere bud. Vi beder udvalget
vægte, at bygningen forbliver til foreningsbrug, inden salget besluttes.

Med venlig hilsen
Lone Vestergaard, formand""")

M("h", """Hej Michael (formand for Kultur- og Fritidsudvalget)

Vores målmand Camilla er gravid, og vi har ingen anden målmand på damesenior. Kan kommunens
talentpulje give tilskud til at vi henter en målmand udefra resten af sæsonen?

Mvh Ishøj Håndbold, damesenior""")

M("h", """Til SSP-konsulenten

Jeg er formand i Ishøj Poker & Dart. Et af vores medlemmer, Leif, har et alvorligt
spilleproblem – han har selv sagt at han er ludoman og har lånt penge af flere medlemmer. Vi
vil gerne hjælpe ham videre. Har kommunen et tilbud?

Vh Poul""")

M("e", """Hej Fritidspas

Ahmed (11) spiller hos os. Han bor i plejefamilie i Ishøj og hans plejemor siger at
kommunen betaler fritidsaktiviteter for plejebørn. Hvem sender vi regningen på kontingentet
til?

Mvh Ishøj Basket, kasserer""")

M("b", """Til Fritidsafdelingen

Jeg er instruktør i Ishøj Zen Karate. Min familie og jeg er buddhister, og vi indleder hver
træning med 10 minutters meditation. En forælder har klaget til jer over "religion i
kommunens haller". Vi tvinger ingen. Må vi fortsætte?

Mvh Kenji Larsen""")

M("s", """Kære SSP

Vores U17-spiller Nikolaj fortalte holdet efter sommerferien at han er biseksuel. Siden er han
blevet drillet i omklædningsrummet af spillere fra et andet hold i hallen. Vi har talt med
vores egne, men kan kommunen hjælpe med et oplæg for hele hallens brugere?

Mvh Anja, træner""")

M("", """Til kommunens fritidskonsulent

Arbejdernes Landsbank sponsorerer nye trøjer til alle ungdomshold. Pengene er indsat på vores
konto reg.nr. 5301 konto 0245678910. Må logoet sidde på trøjerne når vi spiller i kommunale
haller?

Ishøj Volley""")

M("", """Hej kommunen

Vi har modtaget jeres faktura for leje af kunstgræsbanen, fakturanr. 2911851203, men vi
mener at 3 af de fakturerede timer var aflyst pga. sne. Kan fakturaen krediteres?

Mvh Ishøj Fodbold, kasserer""")

M("p", """Hej

Vi er et padelfirma der har afgivet et betinget bud på kommunens grund ved Ishøj Idrætscenter
(matr. 12bx). Buddet er betinget af lokalplanændring. Vi skal bruge en tidsplan til banken.

Med venlig hilsen
Padel Sydkysten ApS""")

M("", """Til Borgerservice

Ishøj Sejlklub har valgt ny bestyrelse. Banken kræver legitimation på tegningsberettigede:

Formand Ole Hvid, [[120564–2217]]
Kasserer Nina Hvid, [[2708683318]]

Skal kommunen have kopi til foreningsregistret?

Mvh Ole""")

M("t", """Til SSP og Fritidsafdelingen

Ved kampen i søndags kaldte en tilskuer vores spiller Amin for "abe" og "sorte svin". Amin er
født i Danmark, hans forældre er fra Somalia. Dommeren gjorde ikke noget. Vi har klaget til DBU,
men kampen blev spillet på kommunens bane, og vi vil gerne have at kommunen tager det op.

Hilsen Ishøj IF, formand""")

M("e", """Hej kommune

vores dartspiller Torben er på førtidspension og har svært ved at betale kontingent og
stævnegebyrer, ca 1800 om året. kan kommunen hjælpe ham, han har givet lov at jeg spørger

Vh Ishøj Dartklub""")

M("ub", """Hej Kim, byrådet

Jeg er tillidsmand hos FOA på Ishøj Plejecenter og aktiv i Socialdemokratiet, så du kender
mig nok. Nu skriver jeg som formand for Ishøj Bowling: vi mister vores baner, når centret
lukker. Kan kommunen finde et alternativ?

Mvh Bjarne""")

M("", """Til Kultur- og Fritidsudvalget

Ishøj Idrætsråd mener at fritidspasordningen bør udvides til alle børn i familier med lav
indkomst og ikke kun børn visiteret af Center for Børn og Forebyggelse. Vi foreslår at sagen
tages op ved budgetforhandlingerne.

Idrætsrådet""")

M("p", """Fra: Ishøj Tennisklub
Til: Fritidsafdelingen

Videresender referatet fra vores bestyrelsesmøde, punkt 4 om banerenovering. Vi vil gerne
booke et møde med jer i uge 8.

> Pkt. 4: Banerne 3 og 4 trænger til nyt grus. Pris 68.000. Formanden kontakter kommunen.
> Pkt. 5: Formanden orienterede om buddet på naboens grund, Tranevej 3, til to nye baner.
>   Sælger har accepteret, men venter på kommunens svar om zonetilladelse.
> Pkt. 6: Juniorafslutning 14/6.""")

M("h", """Hej fritidsafdelingen

Videresender fra en forælder. Vi skal på sommerlejr i kommunens lejrhytte, og jeg vil sikre
at pedellen ved der er et køleskab vi kan bruge.

Den 3. jun. skrev Maria Sørensen:
> Hej Bo. Freja har type 1-diabetes og skal have insulin til alle måltider på lejren.
> Insulinen skal på køl. Kan I sørge for det? Hilsen Maria

Mvh Bo, leder, Ishøj Spejder-fodbold""")

M("sb", """Kære borgmester

Jeg er både formand for Ishøj Seniorfodbold og aktiv i Radikale Venstre. Min mand, Erik, og jeg
blev gift for 10 år siden, og vi har fået mange gode år i klubben. Vi vil gerne invitere dig
til klubbens 50-års jubilæum den 14. juni.

Med venlig hilsen
Helge Thomsen""")

M("e", """Til Center for Børn og Forebyggelse

Jeg træner U15. En af mine spillere, Mikkel, har fortalt at han er blevet smidt ud hjemmefra og
sover hos forskellige venner. Han er 15. Jeg ved ikke om jeg skal gøre en underretning, men
jeg skriver nu, så I ved det.

Mvh Jesper Holm, Ishøj IF""")
