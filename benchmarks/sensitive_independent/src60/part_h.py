"""corpus60 part H: forwarded mails, own cases woven into local matters, CPR numbers."""
from common import M

M("p", """
Fra: Susanne Aakjær
Sendt: 4. marts
Til: Hovedpostkassen
Emne: VS: Vores hus og den nye cykelsti

Videresendes til relevant center. Borger ønsker svar fra administrationen.

-----Oprindelig meddelelse-----
Fra: Jens Otto Kramer
Emne: Vores hus og den nye cykelsti

Kære Susanne. Vi har solgt vores hus på Vejlebrovej 70 med forbehold for, at
kommunen ikke eksproprierer forhaven til cykelstien. Køberen venter på svar. Hvis vi
mister 4 meter have, falder handlen. Mit personnummer er [[030358-1429]].
""")

M("t", """
Til Kultur- og Fritidsudvalget

Jeg hedder Nour og er palæstinenser fra Libanon. Jeg vil gerne starte et hold i
arabisk dans for piger i Ishøj Kulturhus, men jeg har fået afslag på lokale. Jeg
forstår ikke hvorfor. Jeg har alle papirer. Mit cpr [[1707902026]].

Venlig hilsen
Nour Khalil
""")

M("e", """
hej

skylder kommunen for daginstitution og de vil trække det i min løn. jeg er alene med
to børn og har ikke råd til at de trækker 3000 om måneden. kan det blive mindre? cpr
[[210896–4201]]

mvh Jasmin
""")

M("he", """
Kære Social- og Sundhedsudvalg

Min mand Poul, [[020443-1011]], har fået plads på Plejecenter Ishøjhave efter to
blodpropper. Jeg selv, [[111046-1624]], er alene i huset nu og må flytte, fordi jeg ikke
kan betale huslejen alene. Kan vi få en dobbeltbolig, så vi kan bo sammen?

Med venlig hilsen
Ruth Andersen
""")

M("u", """
Kære Helle Mørch

Jeg skriver som medlem af FOA. Jeg er blevet indkaldt til en tjenstlig samtale, fordi jeg
udtalte mig til Ishøj Avis om madordningen. Jeg mener, jeg har ytringsfrihed som
offentligt ansat. FOA er med til mødet. Mit medarbejdernr. er 44871, mit cpr er
[[091277-2410]].

Venlig hilsen
Yvonne Krogh
""")

M("s", """
Hej Borgerrådgiver

Jeg har søgt om, at min kone Trine kan få forældremyndighed over vores søn sammen med
mig (medmor). Det har taget 9 måneder, og Familieretshuset siger, de venter på kommunen.
Kan I finde ud af, hvor sagen ligger?

Cpr: [[150786 1814]] (mig), [[060388-1422]] (Trine)

Camilla Vestergaard
""")

M("b", """
Hej Rasmus

Jeg er medlem af Dansk Folkeparti og har været stiller for partiets liste ved sidste
valg. Jeg har fået en henvendelse fra kommunen om, at min adresse står forkert i
valglisten. Jeg vil gerne have det rettet før næste valg.

Venlig hilsen
Tommy Lassen, [[251062–1717]]
""")

M("h", """
Til Center for Voksne og Velfærd

Jeg er blevet opereret for en hjernesvulst i oktober og kan ikke køre bil endnu. Jeg
skal bruge min nabo som stedfortræder til at hente medicin på apoteket. Skal der
fuldmagt til? Mit cpr: [[200571\u00a02101]]

Venlig hilsen
Birgitte Storm
""")

M("pe", """
Kære Louise

Vores kolonihavehus i Strandhaven er til salg, fordi min mand er blevet ledig og vi ikke
kan betale lejen af jorden. Vi har en køber, men bestyrelsen siger, at kommunen skal
godkende overdragelsen. Vi venter. Haveloddets nummer er 112, og mit cpr er
[[140372 1334]].

Hilsen
Pernille Skovgaard
""")

M("t", """
Til Borgmesteren

Jeg er ukrainer og kom til Ishøj i 2022. Jeg er uddannet lærer og vil gerne arbejde i
kommunens skoler. Jeg har fået at vide, at min uddannelse skal godkendes. Kan
kommunen hjælpe mig med at finde ud af, hvad jeg skal gøre? Mit cpr er
[[1211784410]].

Med venlig hilsen
Olena Kovalenko
""")

M("u", """
Kære Peter Lund

Som TR for 3F på Vej og Park vil jeg gøre opmærksom på, at vores folk har kørt
saltbil 14 timer i træk under snestormen. Det er i strid med overenskomsten. Vi har
rejst sagen med ledelsen.

Venlig hilsen
Allan Frandsen
TR 3F, Vej og Park
cpr [[050770-1219]]
""")

M("ht", """
hi Maja,
I am from Nigeria and I live in Ishøj with my son. He has sickle cell disease and is
often at Hvidovre Hospital. The noise from the new housing construction near us
wakes him up every night. Please help. My CPR is [[230381-2716]], my son's is
[[120915-4712]].

Grace Okafor
""")

M("s", """
Kære Hanne Lind

Jeg er en transmand og homoseksuel, og jeg har boet i Ishøj i 5 år med min kæreste
Mikkel. Jeg vil gerne være med i kommunens nye ligestillingsråd, som I skrev om i
Ishøj Avis. Hvordan søger man?

Med venlig hilsen
Noah Falk
""")

M("b", """
Kære Karsten

Jeg er buddhist og mediterer i vores lille gruppe hver tirsdag i fælleshuset. Boligselskabet
har sagt, at religiøse aktiviteter ikke må holdes der. Gælder det kommunens
regler for fælleshuse, eller er det boligselskabets egne?

Venlig hilsen
Lotte Hansen
""")

M("e", """
Hej Tanja

Jeg har været hjemløs i 3 måneder og sover hos venner. Jeg har fået at vide, at jeg
ikke kan stemme til kommunalvalget uden en adresse. Er det rigtigt? Jeg vil gerne
stemme.

Kasper
""")

M("ue", """
Kære Susanne

Jeg har arbejdet som dagplejer i Ishøj i 17 år og er medlem af FOA. Kommunen har
opsagt mig, fordi der er for få børn. Jeg er 61 og har søgt efterløn. Jeg synes, det er
en trist afslutning. Jeg håber, at I vil huske dagplejen, når I laver budget.

Venlig hilsen
Birthe Skov, [[040264-1180]]
""")

M("hs", """
Kære Kirsten

Min kone Marie er gravid med vores andet barn og har svær kvalme og er indlagt. Vi er
to mødre, og jeg skal passe vores datter på 2. Vi har fået at vide, at vi ikke kan få
akutpasning i dagplejen til hende, mens Marie er indlagt. Er det rigtigt?

Venlig hilsen
Julie Brandt
""")

M("p", """
Kære Ole

Vi er ved at købe en byggegrund på Tranegilde Strandvej af kommunen. Købsaftalen
er underskrevet med forbehold for jordbundsundersøgelser. Geoteknikeren har fundet
forurening. Kan vi forhandle prisen, eller skal vi trække os? Vi skal svare på fredag.

Med venlig hilsen
Line og Søren Hermansen
""")

M("p", """
Hej

Min nabo har sat sin parcelhusgrund på Kildevej til salg og vil dele den. Der er en
køber, der vil bygge to huse. Hvilke regler gælder for udstykning? Jeg er bekymret for
trafikken på vejen.

Mvh. Otto
""")

M("p", """
Til Økonomiudvalget

Vi har budt på en af de kommunale byggegrunde i Ishøj Landsby. Vi har fået at vide, at
der er et højere bud, men ikke hvem. Kan vi stadig forhøje vores bud? Vi er meget
interesserede.

Venlig hilsen
Marianne og Kenneth Vind
""")

M("pt", """
Kære Anders

Min onkel, der er fra Eritrea, har et købstilbud på et værksted på Industrivej. Han
forstår ikke alle brevene fra kommunen om lokalplanen og er bange for at skrive under.
Kan nogen fra kommunen forklare ham det, før han giver endeligt svar til sælger?

Venlig hilsen
Yonas Tesfaye
""")

M("p", """
Kære Jan

Sælgeren af nabohuset har fortalt os, at køberen trak sig, fordi kommunen ikke kunne
svare på, om der må bygges en tilbygning. Nu står huset tomt og forfalder. Vi beder om,
at kommunen hurtigere svarer på forespørgsler om byggeret.

Venlig hilsen
Eva og Leif Ring, Ishøj Bygade 14
""")

M("s", """
hej Rikke

vil bare sige at det var dejligt at se dig til Ishøj Pride. min kone Katrine og jeg
har boet her i 30 år og det er første gang vi går i et optog i vores egen by.

kh Grethe
""")

M("sb", """
Kære Ali

Jeg er muslim og homoseksuel, og jeg har svært ved at finde et fællesskab i Ishøj. Jeg
har hørt, at kommunen støtter en gruppe for LGBT+ med minoritetsbaggrund. Hvor kan jeg
finde den?

Anonym
""")

M("se", """
Kære Charlotte

Min far er 84 og bor på Plejecenter Ishøjhave. Han har haft en kæreste, Ole, i 20 år,
og Ole må ikke overnatte hos ham, fordi personalet siger, det "ikke passer ind".
Kan I sikre, at ældre homoseksuelle par bliver behandlet ens?

Med venlig hilsen
Peter Dahl
""")

M("s", """
Til Kultur- og Fritidsudvalget

Vi er et par mænd, der gerne vil starte en LGBT+-løbeklub i Ishøj. Vi har spurgt om
lokale i idrætscentret, men fik at vide, at der skal være minimum 25 medlemmer. Gælder
det alle foreninger?

Mvh Mads og Jakob
""")

M("e", """
Kære Susanne

Vores søn er anbragt på en institution i Jylland, og vi må kun se ham hver anden
weekend. Vi har ikke råd til togbilletter. Kan kommunen betale transport, når I har
anbragt ham så langt væk?

Venlig hilsen
Pia og Ronnie
""")

M("t", """
Kære Tanja

Jeg er fra Afghanistan og kom til Danmark som uledsaget flygtning. Jeg bor nu selv i
Ishøj og vil gerne være frivillig i en idrætsforening. Men de spørger efter børneattest,
og jeg ved ikke, hvordan man får det. Kan kommunen hjælpe?

Venlig hilsen
Farid Ahmadi
""")

M("te", """
Til Borgerrådgiveren

Jeg har fået afslag på enkeltydelse til en vaskemaskine. Sagsbehandleren sagde, at
"folk fra jeres kultur vasker jo i hånden". Jeg er fra Marokko. Jeg vil klage over det.

Mvh. Fatima Benali
""")

M("t", """
Kære Lars

Jeg er halvt japansk, og mine børn bliver drillet i skolen med "slitøjne". Læreren siger
bare, at det er for sjov. Kan I lave en antiracisme-politik for skolerne?

Hilsen
Kenji Hansen
""")

M("tb", """
Kære Merete

Vi er en jødisk familie, og vores søn har bar mitzvah i maj. Vi vil gerne låne
rådhushallen til festen, men den er kun til rådighed for foreninger. Kan man søge
dispensation?

Venlig hilsen
Miriam Levin
""")

M("b", """
Hej

jeg bærer niqab og blev nægtet adgang til biblioteket i går. medarbejderen sagde at
jeg skulle vise ansigt. det er ikke forbudt på biblioteket. jeg vil klage

Samira
""")

M("u", """
Kære Lene

Jeg er i IDA og ingeniør på kommunens vandværk. Vi er nogle stykker, der er uenige i,
at vandværket skal udliciteres. IDA har sendt et høringssvar, men jeg vil også sige
det som borger.

Med venlig hilsen
Thomas Kjær
""")

M("u", """
Hej Jens

jeg er ny TR for FOA i rengøringen på rådhuset. vi har fået nye kemikalier der giver
udslæt hos flere kolleger. arbejdsmiljørepræsentanten har sagt det videre. hvad gør
politikerne

Nadia
""")

M("u", """
Kære Peter

Jeg er pensioneret brandmand og har været medlem af FOA i 40 år. Jeg er imod at lukke
brandstationen i Ishøj og flytte beredskabet til Greve. Det vil forsinke udrykninger.

Mvh. Knud Møller
""")

M("ub", """
Kære Maja

Jeg er lærer, medlem af DLF og katolik. Jeg har fået at vide af min skoleleder, at jeg
ikke må fortælle om min tro, når eleverne spørger. Jeg synes, det er for vidt. Kan
kommunen lave klare retningslinjer for lærerne?

Med venlig hilsen
Maria Kowalczyk
""")

M("u", """
Til Børne- og Skoleudvalget

Jeg er medlem af BUPL og arbejder i Børnehuset Solsikken. Vi står ofte alene med 14
børn om eftermiddagen. Forbundet har meldt det til Arbejdstilsynet. Jeg skriver som
forælder i kommunen også.

Venlig hilsen
Rikke Dam
""")
