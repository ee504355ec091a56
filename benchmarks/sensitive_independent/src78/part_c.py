"""corpus78, part C: church councils, mosques, faith and cultural associations."""
from common import M

M("", """Til Center for Byudvikling og Natur

Ishøj Menighedsråd beder om at parkeringsforbuddet på Ishøj Kirkevej suspenderes lørdage kl.
10-16 i maj og juni, hvor der er mange konfirmationer og bryllupper. Der er for få pladser på
kirkens egen parkeringsplads.

På menighedsrådets vegne
Inger Lassen, formand""")

M("b", """Til Kultur og Fritid

Vi har en begravelse den 22. november med over 200 deltagere, og kirken er for lille. Kan vi
låne foyeren i Ishøj Kulturhus til mindesamvær efter højtideligheden?

Med venlig hilsen
Hans-Jørgen Ravn
Sognepræst, Ishøj Sogn""")

M("", """Ansøgning om lokaletilskud

Ishøj Islamiske Kulturcenter søger om at låne Ishøj Idrætscenter hal 2 den 31. marts fra kl.
9 til 15 til vores eid-fest for medlemmer og naboer. Vi forventer 400 deltagere og sørger selv
for oprydning og vagter.

Med venlig hilsen
Bestyrelsen""")

M("be", """Kære borgerrådgiver

Jeg er imam i moskéen på Industrivej. En ung mand fra menigheden, 19 år, har fortalt mig at
han sover i en opgang, fordi han ikke kan være hjemme længere. Han tør ikke selv gå til
kommunen. Hvad kan han få af hjælp, og kan jeg følge ham til et møde?

Med venlig hilsen
Imam Abdullah Hamdan""")

M("hes", """Hej Center for Voksne og Velfærd

Jeg er kirkesanger i Torslunde Kirke. Jeg har fået konstateret Parkinsons sygdom og må ikke
længere køre bil, og min kone Else har aldrig haft kørekort. Jeg har søgt om hjælp til kørsel fra Vejleå til kirken om søndagen, men har
ikke hørt noget i seks uger. Er min ansøgning kommet frem?

Venlig hilsen
Gudrun Bech""")

M("", """Til Folkeoplysningsudvalget

Kurdisk Kulturforening Ishøj søger 15.000 kr. til Newroz-fest den 21. marts på Ishøj Torv
med musik, dans og mad fra hele Kurdistan. Foreningen har 85 betalende medlemmer. Budget og
program vedlagt.

Foreningens bestyrelse""")

M("t", """Hej Mette Holm, byrådet

Jeg er formand for Kurdisk Kulturforening og er selv kurder fra Tyrkiet. Jeg kom som flygtning
i 1992 og har boet i Ishøj siden. Jeg vil gerne invitere dig til vores Newroz-fest, og så vil
jeg gerne tale med dig om at få kurdisk ind på biblioteket.

Mvh Serhat Aydin""")

M("b", """Til Ishøj Skole, kopi til skoleforvaltningen

Vores datter Hiba i 6.B faster i ramadanen, som starter næste uge. Kan hun slippe for
svømmeundervisningen om torsdagen i den måned? Hun bliver svimmel. Hun kan gerne være med
til teorien.

Venlig hilsen
Hibas forældre, Nour og Khaled""")

M("", """Hej kommunen

Fredagsbønnen i moskéen på Industrivej giver parkeringsproblemer. Folk parkerer på fortovet
og i busstoppet. Kan kommunen lave flere pladser eller skilte? Moskéens bestyrelse vil gerne
samarbejde.

Mvh Tariq, bestyrelsessekretær""")

M("bh", """Til Center for Børn og Forebyggelse

Ishøj Menighedsråd skriver, fordi vores præst, Lise Holm, er sygemeldt med stress i 8 uger.
Konfirmandundervisningen i samarbejde med Strandskolen kan ikke gennemføres som planlagt. Vi
vender tilbage med ny plan.

Med venlig hilsen
Menighedsrådet""")

M("b", """Kære udvalgsformand

Jeg er ateist og formand for Humanistisk Samfund i Ishøj. Jeg vil gerne høre hvorfor byrådets
nytårskur i år holdes i Ishøj Kirke. Det føles ekskluderende for dem af os, der ikke tror.

Venlig hilsen
Mikael Brandt""")

M("", """Til Kultur og Fritid

Humanistisk Samfund, Ishøj lokalafdeling, vil gerne booke Kulturhusets store sal søndag den
27. april til en nonfirmationsfest for 14 unge fra Ishøj og Vallensbæk. Lydanlæg ønskes.

Med venlig hilsen
Lokalafdelingen""")

M("bt", """Kære Center for Børn og Forebyggelse

Vi er en jødisk familie og flyttede til Ishøj i sommer. Vores søn Noah starter i børnehaven
Regnbuen i januar. Kan han få mad uden svinekød, og er det i orden at han bærer kippa?

Med venlig hilsen
Sarah og Daniel Rosen""")

M("b", """Til skolelederen på Vibeholmskolen

Min søn Harjit bærer turban, som alle mandlige sikher i vores familie. Idrætslæreren har sagt
at han skal tage den af til boldspil. Det kan han ikke. Vi vil gerne have et møde.

Venlig hilsen
Gurpreet Singh""")

M("t", """Dzień dobry

Jestem przewodniczącą Polskiego Stowarzyszenia w Ishøj. Undskyld min dansk. Jeg er polsk og
har boet her 9 år. Vi vil gerne låne et lokale til polsk lørdagsskole for 30 børn. Hvem kan vi
spørge?

Agnieszka Kowalska""")

M("", """KIRKEBLADET – ISHØJ OG TORSLUNDE SOGNE, DECEMBER

Julekoncert i Ishøj Kirke 14. december kl. 16 med Ishøj Kirkekor.
Gudstjenester juleaften kl. 13, 14.30 og 16. Kirkebil kan bestilles på tlf. 43 73 60 12.
Menighedsrådsmøde 9. januar kl. 19 i sognegården.""")

M("b", """Til valgsekretariatet

Jeg er blevet udpeget som tilforordnet vælger til kommunalvalget. Jeg er Jehovas Vidne og
deltager ikke i politiske valg af samvittighedsgrunde. Jeg beder derfor om at blive fritaget.

Med venlig hilsen
Ruth Hansen""")

M("p", """Til borgmesteren og Økonomiudvalget

Moskéforeningen Al-Noor har afgivet bud på den tidligere Netto-bygning på Industrivej 8.
Sælger har accepteret buddet på betingelse af, at kommunen godkender brug til forsamlingslokale
inden 1. marts. Vi beder om at sagen behandles på udvalgets februarmøde.

Med venlig hilsen
Foreningens formand""")

M("te", """Hej borgerrådgiver

Jeg skriver for vores medlem i Afghansk Kulturforening, Zahra Karimi. Hendes mor bor på
Plejecenter Ishøj og taler kun dari. Personalet kan ikke tale med hende, og hun spiser næsten
ikke. Zahra har bedt om tolk ved plejemøderne, men får nej. Er det rigtigt?

Mvh Farid, foreningens sekretær""")

M("", """Til Kultur- og Fritidsudvalget

Ishøj Internationale Kulturforening har nu 140 medlemmer fra 12 lande. Vi takker for tilskuddet
i 2025 og søger igen om 20.000 kr. til fællesspisninger, hvor alle er velkomne.

Foreningens kasserer""")

M("b", """Til Strandskolen, kopi skoleforvaltningen

Vores familie er katolsk, og vores søn Mateusz skal til førstekommunion i Sankt Knud Lavards
Kirke den 18. maj. Det er en fredag. Kan han få fri den dag?

Med venlig hilsen
Marta og Piotr Zielinski""")

M("be", """til borgerrådgiveren

jeg konverterede til islam for fem år siden og går med tørklæde. min sagsbehandler på
jobcentret siger at jeg skal tage det af hvis jeg vil i praktik i Netto, ellers mister jeg
kontanthjælpen. må hun det? jeg vil gerne arbejde.

Camilla""")

M("", """Hej Kultur og Fritid

Kirkens Korshær i Ishøj arrangerer julefrokost for 80 gæster den 24. december. Kan vi låne
borde og stole fra Kulturhuset? Vi henter selv den 23.

Mvh de frivillige""")

M("bs", """Til Ishøj Kirke, kopi til kirkekontoret og borgerservice

Min kone Mette og jeg skal have vores datter Ella døbt i Ishøj Kirke i foråret. Borgerservice
har registreret Mette som "medmor", men navnet står forkert i cpr-registret. Kan det rettes før
dåben?

Venlig hilsen
Sofie Lund""")

M("bt", """Kære borgmester

Vi er tamiler fra Sri Lanka, og vores familie fejrer diwali hjemme hvert år. I år falder
diwali på en skoledag, og vores to piger vil gerne have fri. Skolen siger det kræver en
tilladelse. Kan I hjælpe?

Med venlig hilsen
Kumar og Priya Sivakumar""")

M("", """Til Fritidsafdelingen

Tamilsk Kulturforening booker hermed Ishøj Kulturhus lørdag den 25. oktober kl. 14-23 til
foreningens diwali-arrangement, ca. 250 gæster. Vi har brug for scene og køkken.

Med venlig hilsen
Foreningen""")

M("", """Høringssvar vedr. lokalplan 3.12 – boliger ved Torslunde Kirke

Torslunde Menighedsråd finder bebyggelsen for høj i forhold til kirkens omgivelser og foreslår
højst to etager mod kirkegården. Rådet ønsker også at adgangen til kirken fra Torslunde
Landevej bevares.

Torslunde Menighedsråd""")

M("e", """Til Center for Voksne og Velfærd

Jeg skriver som formand for Somalisk Kvindeforening om vores medlem Hodan Ali. Hun og hendes tre
børn er sat ud af deres lejlighed efter en lejerestance og bor nu hos en veninde. Hun har givet
mig fuldmagt til at skrive. Hvem skal hun tale med om en midlertidig bolig?

Venlig hilsen
Amina Warsame""")

M("te", """Hej borgmesterens sekretær

Vores medlem i Kalaallit Ishøjmi, Aviaja Olsen, er grønlænder og kom til Danmark for to år
siden. Hun har været hjemløs i tre måneder og sover på Ishøj Station. Hun vil gerne have hjælp,
men ved ikke hvor hun skal starte. Kan borgmesteren hjælpe os med en kontakt?

Med venlig hilsen
Nuka, næstformand""")

M("b", """Til Center for Byudvikling og Natur

Jeg er buddhistisk nonne og bor i Ishøj Buddhistiske Center på Vejlebrovej. Vi vil gerne holde
en meditationsvandring i Ishøj Strandpark den 1. maj med ca. 30 deltagere. Kræver det en
tilladelse?

Med venlig hilsen
Bhikkhuni Tenzin""")

M("", """Hej lønafdelingen

Vedr. honorar for kirkeværgehvervet i Ishøj Sogn 2025: beløbet skal udbetales til mig, men
jeres system kan ikke finde mig. Mit personnummer er [[0601551243]].

Mvh
Bodil Mogensen""")

M("bhe", """Kære Center for Voksne og Velfærd

Min far går i moskéen hver dag, det har han gjort hele sit liv. Efter hoftebruddet i august kan
han ikke gå derhen mere. Han har søgt om kørsel via kørselsordningen, men fik afslag, fordi
turen "ikke er nødvendig". For ham er det det vigtigste i livet. Kan afslaget genovervejes?

Med venlig hilsen
Mehmet Çelik""")

M("", """Hej kommunen

Hvornår er der gudstjeneste i Ishøj Kirke juleaften, og kører der flextrafik dertil? Min mor
på 82 vil gerne med.

Tak, Annette""")

M("bs", """Til Ishøj Kommune, Kultur og Fritid

Jeg er præst i Vejleå Kirke og lever med min mand, Thomas. Vi vil gerne arrangere en
regnbuegudstjeneste i forbindelse med Pride og bruge pladsen foran kulturhuset til en
efterfølgende reception. Hvem skal vi søge?

Med venlig hilsen
Anders Krogh, sognepræst""")

M("bteh", """Kære Dorthe, byrådsmedlem

Vi er iranere og flygtede i 2015. Min bror sad i fængsel i Teheran i tre år for at være medlem
af et kommunistisk studenterparti, og han kom til Danmark i sidste måned. Han har mareridt hver nat og spiser næsten ikke.
Vores kulturforening vil gerne vide om kommunen har tilbud til torturofre.

Mvh Reza, Iransk Kulturforening""")

M("p", """Hej Kristian, byrådet

Jeg er graver ved Ishøj Kirke og har sat mit rækkehus på Ishøj Landsby til salg. En køber har
budt, men vil have bekræftet at den gamle udestue er lovlig. Teknik har ikke svaret. Kan du
skubbe lidt på?

Mvh Ove""")

M("", """Til Kultur og Fritid

Jeg er kirkesanger i Ishøj Kirke og vil arrangere en sommerkoncert med lokale kor i
Kulturhusets sal den 21. juni. Er salen ledig?

Venlig hilsen
Camilla Brink""")

M("", """Hej Affald og Genbrug

Jeg er pedel i moskéen på Industrivej. Vi har brug for to ekstra containere til pap efter
fredagsbønnen. Kundenummer hos jer: 7700312. Hvad koster det?

Mvh Yassin""")

M("", """Kære skoleforvaltning

Jeg underviser i kristendomskundskab og religion i udskolingen på Ishøj Skole og vil gerne
tage 8. årgang med til en synagoge, en moské og en hindutempel i København. Kan vi søge
tilskud til busser?

Venlig hilsen
Kasper Meldgaard""")

M("bt", """Kære borgmester

Vi er to missionærer fra Jesu Kristi Kirke af Sidste Dages Hellige, begge fra Utah i USA. Vi
vil gerne stå med en lille stand foran biblioteket om lørdagen. Skal vi have tilladelse fra
kommunen?

Med venlig hilsen
Ældste Johnson og Ældste Parker""")

M("te", """Hej Center for Beskæftigelse og Erhverv

Jeg er frivillig i Ukrainsk Forening Ishøj. Jeg kom fra Kharkiv i 2022 og får
integrationsydelse. Jeg vil gerne tage et job som tolk for foreningen 10 timer om ugen. Må jeg
det uden at miste ydelsen?

Med venlig hilsen
Oksana Melnyk""")

M("", """Til kirkegårdskontoret, kopi Center for Byudvikling

Videresender fra et medlem af menighedsrådet, der har fået spørgsmålet.

Den 3. feb. skrev Else Nygaard:
> Må der stå et stort granitkors på min mands gravsted på Ishøj Kirkegård? Stenhuggeren siger
> at der er regler om højden.

Venlig hilsen
Kirkekontoret""")

M("b", """Hej SFO Vibeholm

Vi fejrer eid med familien den 6. juni, og vores søn Adam kommer derfor ikke med på SFO's
udflugt den dag. Vi vil gerne have at I noterer det, så han ikke står som fraværende uden
grund.

Mvh Amira""")

M("sp", """Kære Ejendomsudvalg

Jeg er kirkeværge og skriver privat: min kone Susanne og jeg, begge kvinder og gift siden 2013,
har fået et bud på vores hus på Torslunde Landevej 55. Køberne kræver at kommunen bekræfter at
carporten er lovliggjort. Det haster, da købsaftalen udløber 1. marts.

Venlig hilsen
Karin Vestergaard""")

M("tsb", """Hej Kultur og Fritid

Jeg er formand for Queer Muslims Copenhagen, afdelingen på Vestegnen. Jeg er selv lesbisk og
pakistansk, og mange af vores medlemmer mødes i al hemmelighed. Vi vil gerne leje et lokale
hvor vi ikke ses fra gaden. Har I et?

Mvh Sana""")
