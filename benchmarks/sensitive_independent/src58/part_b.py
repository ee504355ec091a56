"""corpus58 part B: sexual orientation, coming out, partners, hate incidents; negatives."""
from common import M

M("s", """hej

jeg er 15 og er lige sprunget ud som lesbisk overfor mine venner, men mine forældre ved det
ikke endnu. er der en gruppe i ishøj for unge lgbt+ hvor man kan komme uden at ens forældre
skal skrive under? jeg går i 9. på gildbroskolen. skriv ikke til min forældres mail plz

M.""")

M("", """Hej Kulturhuset

Hvornår er Ishøj Pride i år, og kan vores løbeklub gå med i optoget med et banner? Vi er ca.
20 der gerne vil deltage. Skal vi søge om noget?

Venlig hilsen
Ishøj Motion, bestyrelsen""")

M("sh", """Til Borgmesteren

Lørdag nat blev min mand Jonas og jeg overfaldet af fire unge mænd på stiens ved Ishøj
Station, fordi vi holdt hinanden i hånden. De råbte "bøsser" og slog. Jeg fik brækket næsen
og Jonas har syet seks sting over øjet. Politiet har anmeldelsen. Jeg skriver til dig, fordi
stien er mørk og lygterne har været slukket i ugevis.

Frederik Lykke""")

M("se", """Til Pladsanvisningen

Jeg er medmor til Alma, der går i Troldehøjen. Vi har søgt om økonomisk friplads i
september, da min kone Rikke har mistet sit job. Vi har stadig ikke fået en afgørelse, men
får fortsat fuld regning. Kan I kigge på det?

Venlig hilsen
Louise Friis""")

M("", """Kære borgmester

Hvorfor hejser kommunen ikke regnbueflaget på rådhuset i Pride-ugen, når både Albertslund og
Høje-Taastrup gør det? Jeg synes, det ville være et godt signal.

Med venlig hilsen
Gitte Storm""")

M("", """Til Sundhedsplejen

Jeg er transkønnet mand og skal have taget nyt pasbillede og ændret navn på sygesikringskortet
efter mit juridiske kønsskifte. Skal jeg gøre det i Borgerservice eller online? Jeg har fået
mit nye personnummer fra Styrelsen.

Mvh
Alex""")

M("se", """Til Visitationen

Min mand Poul og jeg har været sammen i 42 år og gift siden 1989. Vi vil gerne skrives op
til en ældrebolig sammen, helst i Ishøj Landsby, så vi kan blive i nærheden af vores venner.
Kan vi få tilsendt ansøgningen på papir?

Venlig hilsen
Arne Bjerre""")

M("sp", """Til Teknik og Miljø

Min kone Line og jeg er ved at sælge vores andelsbolig i A/B Strandparken. Køberen er sprunget
fra to gange, og nu har en ny køber budt, men vil kun skrive under, hvis altanen er godkendt
af kommunen. Kan I sende os en kopi af byggetilladelsen fra 2011?

Venlig hilsen
Signe Aagaard""")

M("", """Til Kulturhuset Ishøj

Foreningen LGBT+ Vestegnen vil gerne låne den lille sal til en queer filmaften fredag den
18. april kl. 19–23. Vi er en almennyttig forening og forventer ca. 40 gæster. Er salen
ledig, og hvad koster rengøring?

Med venlig hilsen
Bestyrelsen, LGBT+ Vestegnen""")

M("st", """Til Ungdomsskolen

Jeg er 19, brun og bøsse, og mine forældre er fra Pakistan. Der er ikke mange steder i Ishøj,
hvor man kan være begge dele. Jeg vil gerne starte en samtalegruppe for unge med samme
baggrund. Kan jeg låne et lokale en aften om ugen, og kan I lade være med at skrive mit navn
på opslagstavlen?

Bilal""")

M("s", """Til skolelederen på Vibeholmskolen

Vores søn Oliver (14) har fortalt os, at han er biseksuel, og han har det fint med at vi
skriver. Han fortæller, at der i seksualundervisningen kun bliver talt om drenge og piger
sammen. Er der mulighed for, at skolen kan bruge materialer, hvor alle kan genkende sig selv?

Venlig hilsen
Helle og Morten Vang""")

M("", """Hej PPR

Skolen vil gerne have besøg af Sex og Samfund i uge 6 (Uge Sex). Dækker kommunen udgiften som
sidste år, eller skal vi selv betale? Det er til 7.–9. årgang og handler om krop, køn og
seksualitet.

Mvh
Anne-Marie, AKT-lærer""")

M("sb", """Til Center for Byudvikling og Natur

Min forlovede Thomas og jeg skal vies i Ishøj Kirke lørdag den 6. juni kl. 13. Vi vil gerne
have lov at holde en lille reception med bobler på græsset ved Ishøj Landsbygade bagefter,
ca. 60 gæster i en time. Skal vi søge om tilladelse, og hvad koster det?

Med venlig hilsen
Jakob Thorsen""")

M("su", """Til Jesper Holm, byrådsmedlem

Jeg arbejder i kommunens administration og er medlem af HK. Min nærmeste leder har flere gange
lavet grin med, at jeg er lesbisk, bl.a. foran hele afdelingen til julefrokosten. HK har
rådet mig til at skrive til HR, men jeg vil også gerne have, at politikerne ved det. Jeg
beder dig ikke videresende med mit navn.

En medarbejder""")

M("", """Hej

Har kommunen tal fra trivselsmålingen om, hvor mange unge der oplever chikane på grund af
seksualitet eller køn? Jeg er ved at skrive en opgave på gymnasiet.

Mvh Nikoline""")

M("s", """Til Ishøj Boligselskab / kommunens tryghedskonsulent

I nat har nogen malet "bøsserøv" og et hagekors på hoveddøren hos Torben og Allan i nr. 3, der
er gift med hinanden. De er flinke naboer og har boet her i mange år. Kan kommunen hjælpe med
at få det fjernet hurtigt og få sat kamera op? Jeg har taget billeder.

Venlig hilsen
Kaj Petersen, nr. 5""")

M("sh", """Hej Headspace Ishøj

jeg er 22 og aseksuel og har følt mig ret forkert i lang tid. min læge siger at jeg har en
moderat depression, og jeg er på venteliste til psykiater. kan jeg komme til en snak hos jer i
mellemtiden? jeg kan bedst om eftermiddagen

Sara""")

M("", """Kære Teknik- og Miljøudvalg

Jeg er imod den regnbuefarvede fodgængerovergang ved rådhuset. Den koster penge at vedligeholde
og har intet med trafiksikkerhed at gøre. Brug hellere pengene på vejhuller på Vejledalen.

Hilsen
Bent Olesen""")

M("se", """Til Familieretshuset kontakt i kommunen / familieafdelingen

Min kone Camilla og jeg er ved at blive skilt, og vi er uenige om samværet med vores søn
Villads, [[090618-5602]]. Hun vil flytte til Aarhus med ham. Jeg har fået at vide, at
kommunen kan tilbyde en børnesamtale. Hvordan søger man det?

Venlig hilsen
Maria Holt""")

M("s", """Hi,

My husband and I just moved here from Aarhus with our daughter (2). We are looking for a
daycare that is used to rainbow families, so she won't be the only one asked "where is your
mum". Do you have any advice on which institutions to visit?

Kind regards,
Daniel Kerr""")

M("", """Til Kultur- og Fritidsudvalget

Hvad er kommunens politik for kønsneutrale omklædningsrum og toiletter i de nye haller? Jeg
spørger som træner i en håndboldklub, hvor vi har fået spørgsmålet fra nogle forældre.

Mvh
Claus Hedegaard""")

M("s", """Kære Ungdomsklubben

Mit barnebarn Freja (16) har fået en kæreste, der hedder Sofie, og de er meget forelskede.
Freja har spurgt mig, om der findes et sted i Ishøj, hvor de kan møde andre piger som dem.
Jeg er 74 og ved ikke meget om det, så jeg håber, I kan hjælpe mig med at hjælpe hende.

Med venlig hilsen
Farmor Ingrid""")

M("sb", """Til borgerrådgiveren

Jeg vil være anonym. Jeg er muslim og homoseksuel, og min familie ved det ikke. Jeg bor stadig
hjemme. Jeg har brug for at tale med nogen, der ikke kender min familie, men jeg tør ikke gå
til kommunens rådgivning, fordi min kusine arbejder der. Findes der et andet sted?""")

M("", """Hej

Jeg så at Ishøj Kirke hejste regnbueflag under Pride. Er det kommunens flag eller kirkens
eget? Jeg vil gerne vide, hvem man skal skrive til, hvis man gerne vil låne det til vores
vejfest.

Mvh Susanne""")

M("sh", """Til Center for Børn og Forebyggelse

Vi er to fædre til Ella på 3 år. Hun er indlagt på Hvidovre Hospital med lungebetændelse og
bliver der nok resten af ugen. Hvordan sygemelder vi hende fra vuggestuen, og skal vi stadig
betale for frokostordningen mens hun er indlagt?

Venlig hilsen
Rasmus og Ali""")

M("se", """Til sagsbehandleren for plejebørn

Min mand og jeg har haft vores plejedreng Kevin boende i to år. Han skal have ny skolepsykolog-
udredning, og skolen siger at det er kommunen der skal bestille det. Vi vil også gerne vide,
hvornår Kevins næste handleplansmøde er.

Venlig hilsen
Niels Brandt""")

M("", """Kære Familieafdelingen

Jeg skriver en artikel om plejefamilier. Kan homoseksuelle par blive godkendt som plejefamilie
i Ishøj på samme vilkår som andre, og hvor mange regnbuefamilier har kommunen godkendt de
sidste fem år?

Mvh
Sebastian Kolding, journalist""")

M("s", """Til AKT-teamet

Mathias i 8.b, som sprang ud som homoseksuel før sommerferien, får nu beskeder på Snapchat fra
andre elever om at han skal "dø". Han har selv vist mig dem og siger, at vi gerne må tage det
videre. Hvordan håndterer vi digital mobning, der foregår uden for skoletiden?

Venlig hilsen
Jakob Møller, lærer""")

M("s", """Hej Borgerservice

Min kone Hanne Lind og jeg flytter fra Ishøj Strandvej 12 til Tranegårdsvej 7, 1. tv. per
1. april. Kan I ændre adressen for os begge, eller skal vi gøre det hver for sig?

Hanne Lind, [[220263-1824]]
Bente Lind, [[141159-1342]]""")

M("", """Hej

Vi er et par, der gerne vil giftes på rådhuset i juni. Hvilke dage vier borgmesteren, og
hvor lang tid i forvejen skal vi bestille? Vi har ægteskabserklæringen klar.

Mvh Kim og Alex""")

M("su", """Til udvalgsformanden for Ældre og Sundhed

Jeg har været FOA-tillidsrepræsentant på Ishøj Plejecenter i seks år. Jeg skriver, fordi en
ny leder har sagt til mig, at jeg skal "holde min kone ude af billedet" på personalefesten,
da det kan virke forvirrende for beboerne. Jeg synes ikke det hører hjemme i 2026.

Hilsen
Lone Damsgaard""")

M("s", """Hej parkering

Min kæreste Ahmed og jeg er flyttet sammen på Baldersbo. Jeg har bilen men han skal også kunne
parkere når han har den. Kan vi få to beboerlicenser til samme nummerplade?

Rasmus""")

M("", """Til Kultur- og Fritidsforvaltningen

Vi i Ishøj Ungdomsklub vil gerne søge tilskud til en LGBT+-ungegruppe, der mødes hver anden
tirsdag. Er der en pulje, vi kan søge, og hvornår er fristen?

Venlig hilsen
Kenneth Aagaard, klubleder""")

M("seh", """Til hjemmeplejen

Efter min kone Grethe døde i marts, bor jeg alene i vores lejlighed. Jeg har fået en ny hofte
og har hjemmehjælp tre gange om ugen, men hjælperen kommer på forskellige tider. Det gjorde
Grethe altid. Kan I give mig faste tider?

Venlig hilsen
Else Kjeldsen, 84 år""")

M("s", """til borgmesteren

i går i bus 400S blev jeg kaldt lebbe og spyttet på af en mand fordi jeg sad og holdt min
kæreste Maja i hånden. chaufføren gjorde ingenting. jeg ved godt det ikke er kommunens bus men
I må kunne snakke med Movia. det sker for mange

Nanna, 19""")

M("", """Hej Bibliotek

Kommer der et foredrag om Bøssernes Befrielsesfront og 70'ernes homobevægelse i forbindelse
med Pride-ugen? Jeg hørte, at det var planlagt. Det vil jeg gerne med til sammen med min
læseklub.

Mvh Hanne""")

M("se", """Hej

min far smed mig ud i søndags da jeg fortalte at jeg er bøsse. jeg er 18 og sover hos en ven
nu men det kan jeg ikke blive ved med. jeg går på HF. kan kommunen hjælpe mig med et sted at bo
eller penge? jeg har ingen job

Emil""")

M("s", """Hej Ishøj Kommune,

jeg and my girlfriend Ida skal flytte i kollegium i Ishøj Strand. We're both students at
DTU. Kan vi få ét postnummer til fælles lejlighed, eller skal vi both register separately?
Sorry for the mixed language, my Danish is still bad!

Clara (she/her)""")

M("", """Til Ishøj Ældreråd / kommunens aktivitetscenter

Er der nogle Pride-arrangementer i år, der er målrettet ældre? Flere af vores medlemmer har
spurgt, og vi vil gerne skrive det i næste nummer af bladet.

Med venlig hilsen
Redaktionen, Seniorbladet""")

M("sb", """Til Center for Byudvikling og Natur

Jeg er præst i Torslunde Sogn, og min kone og jeg bor i præsteboligen. Vi vil gerne sætte et
hegn op mod stien, da folk kigger ind i haven. Skal det godkendes af kommunen, når huset er
fredet?

Venlig hilsen
Marianne Holt""")

M("sp", """Til Preben (byrådet)

Min mand Søren og jeg har budt på huset på Strandgårdsvej 44 og venter på sælgers svar. Vores
bud er betinget af, at der ikke kommer et nyt byggeri bag grunden. Ved du, om lokalplanen for
området ændres i år?

Venlig hilsen
Morten Kirk""")

M("", """Hej

Vi købte huset på Strandgårdsvej sidste sommer, handlen er for længst på plads. Hvornår kommer
kloakseparering til vores del af vejen? Vi har fået brev om det, men ingen dato.

Mvh
Familien Bergstrøm""")

M("s", """Til sagsbehandleren i Borgerservice

I jeres brev om vores fælles boligskift skriver I "Deres mand" om min partner. Min partner er
også kvinde og hedder Tove. Vil I rette det i systemet, så det ikke står forkert i næste brev?

Venlig hilsen
Jette Frandsen""")

M("", """Kære Borgerservice

Hvorfor står der "forælder 1 og forælder 2" på jeres blanket til skoleindskrivning? Det er
noget fjolleri. Skriv mor og far ligesom alle andre.

Hilsen
Knud""")

M("sh", """Til hjemmesygeplejen

Jeg er bøsse og hiv-positiv og har haft det fint i mange år. Efter min operation i ryggen kan
jeg ikke komme på apoteket, og min læge siger at hjemmesygeplejen kan dosere og levere min
medicin en periode. Jeg vil gerne have det tilbud. Min kæreste Jens kan også tage imod den.

Peter Wulff
cpr. [[200771-1109]]""")

M("ste", """Til Borgerrådgiveren

Jeg flygtede fra Uganda i 2021, fordi jeg er homoseksuel og var i fængsel for det dernede.
Nu bor jeg på Ishøj Strandvej. Min sagsbehandler i integrationen spurgte foran tolken, hvorfor
jeg ikke har en kone. Tolken er fra mit land. Jeg vil gerne have en anden tolk næste gang.

David""")

M("", """Hej

Har kommunen set politiets nye rapport om hadforbrydelser på Vestegnen? Jeg vil gerne vide,
om byrådet har planer om en indsats, og hvilke tal I har for Ishøj.

Mvh
Ulrik Sand""")

M("su", """Hej Lars (byrådet)

Jeg og min mand Kenneth er begge i Dansk Metal, og vi arbejder på samme fabrik i Industriparken.
Metal spørger, om kommunen vil give lov til at holde en demonstration foran rådhuset mod
lukningen den 3. maj. Hvem søger man hos?

Brian Svendsen""")

M("s", """Til Boligsekretariatet

Min søn Anton (20) og hans kæreste Victor vil gerne skrives op til en ungdomsbolig sammen. Kan
man stå på ventelisten som par, eller skal de hver især skrives op? Anton studerer på KEA.

Venlig hilsen
Birgitte Madsen""")

M("", """Til Miljøafdelingen

Min mand og jeg er trætte af støjen fra fitnesscentret under os. De spiller musik fra kl. 6
om morgenen. Kan kommunen måle støjen?

Venlig hilsen
Hanne Graversen""")
