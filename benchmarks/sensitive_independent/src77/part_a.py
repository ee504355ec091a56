"""corpus77 part A: weddings, registered partnerships and the paperwork around them."""
from common import M

M("sb", """Til borgmesterens PA

Hej Lone

Min mand Jonas og jeg skal giftes i Ishøj Kirke lørdag den 13. juni, og vi vil meget
gerne invitere borgmesteren til receptionen bagefter i Strandparkens pavillon. Vi ved
godt det er en lørdag. Han holdt tale da Jonas' far fik fortjenstmedaljen, så det ville
betyde meget.

Mvh Kasper Holm
Vejleåvej""")

M("", """Hej hovedpostkassen

Jeg sidder i bestyrelsen for beboerforeningen i Gildbrohøj og vi laver en lille folder
til nye beboere. Kan I fortælle hvordan man generelt anmelder et ægteskab der er indgået
i udlandet? Er det kommunen eller Familieretshuset man skal henvende sig til, og
hvor lang tid tager det typisk?

Venlig hilsen
Birthe Lauritsen""")

M("t", """Dzień dobry / Goddag

Jeg er polsk statsborger og kommer fra Gdańsk, min kæreste er dansker. Vi vil gerne
giftes på Ishøj Rådhus i marts. Hvilke papirer skal jeg have oversat fra polsk, og skal
det være en autoriseret translatør? Mit personnummer er [[220591-4127]] hvis I skal
bruge det.

Med venlig hilsen
Agnieszka W.""")

M("e", """hej

jeg er på kontanthjælp og min kæreste har fast arbejde. vi vil gerne giftes til
sommer men en ven siger at så stopper min kontanthjælp fordi han skal forsørge mig??
er det rigtigt. vi har ikke råd til at jeg mister den

Sara""")

M("b", """Kære udvalgsformand for Kultur og Fritid

Vi er to humanister, der skal giftes i august, og vi vil gerne vies af en humanistisk
vielsesforretter i stedet for på rådhuset. Da vi ikke tror på nogen gud, giver en
kirkelig vielse ingen mening for os. Kan kommunen stille Ishøj Strand til rådighed for
en ceremoni på ca. 40 personer en lørdag formiddag?

Med venlig hilsen
Mette og Anders Rasmussen""")

M("", """Hej,

Vi vil gerne leje festsalen i Ishøj Medborgerhus til en bryllupsfest fredag den 4.
september 2026 fra kl. 17 til 02. Er salen ledig, hvad er prisen, og må vi selv
medbringe mad og drikke? I kan fange mig på 26 48 91 37 efter kl. 16.

Hilsen Tina""")

M("u", """Til HR / Center for Voksne og Velfærd

Jeg er FOA-tillidsrepræsentant på Plejecenter Ishøjhøj og skal giftes den 22. maj. Jeg
har søgt om en fridag, men min leder siger det skal ind over jer, fordi vi har
personalemøde med TR-deltagelse samme dag. Kan en anden træde ind for mig?

Mvh
Dorthe Kirk""")

M("s", """Til borgerservice

Min kone Hanne og jeg indgik registreret partnerskab på Ishøj Rådhus i 2004. Vi har
hørt at man kan få det omdannet til et ægteskab. Skal vi gøre noget, eller sker det
automatisk? Vi er ikke så gode til computere, så et brev ville være fint.

Venlig hilsen
Grethe Madsen, Ishøj Landsby""")

M("tb", """Assalamu alaikum

Jeg skriver til byrådsmedlem Yasmin fordi jeg ved hun kender til det. Min familie er
fra Somalia og jeg skal giftes med min forlovede ved en nikah i moskeen i Brøndby i
april. Bagefter vil vi også giftes borgerligt på rådhuset så det er gyldigt i Danmark.
Kan det være samme dag? Imamen siger det er op til kommunen.

Hodan""")

M("", """Hej

Som byrådsmedlem vil jeg gerne have et overblik til næste udvalgsmøde: hvor mange
borgerlige vielser blev der foretaget på Ishøj Rådhus i 2025, og hvor mange af parrene
boede ikke i kommunen? Gerne fordelt på kvartaler, hvis det er let at trække.

Hilsen
Peter Lund, byrådsmedlem""")

M("p", """Hej Borger og Økonomi

Jeg skal flytte sammen med min forlovede efter brylluppet og har sat min ejerlejlighed
på Ishøj Bygade til salg. Der er kommet et bud, men køberen vil have at I først
bekræfter at altanen er lovlig. Kan I sende en byggesagskopi til mæglerens mail? Ellers
falder handlen måske fra.

Mvh Lasse Brink""")

M("h", """Hej

vi skulle have været gift på rådhuset 3. oktober men jeg er gravid og lægen har sagt jeg
skal holde mig i ro resten af graviditeten. kan vi rykke til januar uden at betale
gebyret igen?

mvh Louise og Martin""")

M("", """Til vielseskontoret

Vi bekræfter hermed vielsen fredag den 19. juni kl. 11.00.

Brud: Emilie Sand, cpr [[120596-2231]]
Gom: Niklas Berg, cpr [[0311943117]]

Vidner kommer selv med pas. Vi er på plads 15 min før.

Mange hilsner
Emilie""")

M("st", """Hej Ishøj Kommune

Min mand Rodrigo er fra Brasilien og jeg er født og opvokset her i Ishøj. Vi blev gift
i São Paulo sidste år, og nu skal han have opholdstilladelse. Hvad skal vi gøre hos jer
for at han kan blive registreret på min adresse, når styrelsen har sagt ja?

Thomas Nielsen""")

M("e", """Hej borgerrådgiveren

Jeg og min kæreste skal giftes og flytte sammen i hendes lejlighed. Jeg får boligstøtte
i dag til min egen bolig. Min sagsbehandler svarer ikke og jeg er bange for at skulle
betale tilbage hvis vi gør noget forkert. Hvem kan jeg tale med?

Mvh Ali""")

M("", """Goddag

Vi er et lille bryllupsbureau i Greve og planlægger for flere par næste år. Ved I,
hvilke lørdage i maj og juni 2027 Ishøj Kirke og Torslunde Kirke allerede har
bryllupper? Står kirkernes kalender et sted online, eller skal vi ringe til
kirkekontoret?

Venlig hilsen
Bryllupsdag ApS""")

M("ue", """Hej

Jeg blev ledig i august og er medlem af HK og deres a-kasse. Vi skal giftes i december og
har en bryllupsrejse på 10 dage. Jeg har et møde hos jobcentret den 8. december, kan det
flyttes? Jeg vil ikke miste mine dagpenge.

Mvh Camilla""")

M("b", """Til dagsordensamleren for Børne- og Skoleudvalget

Vi er begge katolikker og skal vies i Sankt Mikaels Kirke i Slagelse, hvor min mand er
fra. Vores søn Theo går i 2. klasse på Vibeholmskolen. Må han få fri fredagen før, så vi
kan nå prøven i kirken? Skolen siger vi skal skrive til jer.

Venlig hilsen
Charlotte Dufour""")

M("", """Til regnskab

Vedr. fakturanr. 1406261187 for leje af Rådhussalen til bryllupsreception: beløbet er
trukket to gange på vores konto. Ordrenummer 558213, kundenummer 2108854419. Kan I
tilbageføre det ene træk?

Mvh Bodil Friis
Tlf. 40 19 55 62""")

M("s", """hej Maria (byrådet)

min forlovede Signe og jeg skal giftes 6. juni 🌈 og vi bor lige ved rådhuset. kunne
kommunen ikke hejse regnbueflaget den dag? det ville være så fedt for os og alle andre
par som os

knus Maja""")

M("he", """Kære borgmester

Min forlovede Søren har cerebral parese og bruger den el-kørestol, han har fået bevilget
af kommunen. Vi vil holde bryllup i den gamle skole i Ishøj Landsby, men der er trappe
ved indgangen. Kan kommunen låne os en rampe den dag?

Med venlig hilsen
Ida Thorsen""")

M("t", """Hej med jer

Jeg skal giftes med Emre, og hans forældre kommer fra Tyrkiet. Min svigermor taler kun
tyrkisk. Kan man få en tolk med til den borgerlige vielse, så hun forstår hvad der
bliver sagt, eller må vi selv have en med?

Hilsen Julie""")

M("t", """Hej

jeg er fra Filippinerne og arbejder som au pair i Ishøj. min kæreste og jeg vil giftes
og vi skal have prøvelse af ægteskab. hvad skal jeg have med. mit cpr er
[[170898–4452]]

thank you, Maricel""")

M("", """Hello,

We have a general question. Can two people who do not live in Denmark get married at
Ishøj town hall, and which documents are needed? We are making a guide for couples on
our wedding website and want to get it right.

Kind regards,
Nordic Weddings team""")

M("b", """Hej Rasmus

Vi kender hinanden fra SF's lokalafdeling, hvor jeg har været kasserer i fire år. Nu skal
jeg endelig giftes, og du er inviteret! Men jeg har også et spørgsmål som byrådsmedlem:
hvorfor koster det mere at blive gift om lørdagen på rådhuset end om fredagen?

Kh Pernille""")

M("p", """Hej Byudvikling

Vi er lige blevet gift og har fået accepteret vores bud på et rækkehus på Tranegilde
Strandvej. Banken skal lige godkende lånet, og købsaftalen er med advokatforbehold. Vil
I bekræfte, at carporten er godkendt, inden forbeholdet udløber på fredag?

Venlig hilsen
Freja og Mikkel""")

M("", """Hej Sidse

Et spørgsmål fra en borger jeg mødte på torvet: hvad koster en vielse på rådhuset for
folk, der bor i kommunen, og for folk udefra? Jeg kunne ikke svare. Kan du sende mig
taksterne?

Hilsen Kim, byrådsmedlem""")

M("sb", """Til Ishøj Kirke og kommunen

Min mand Frederik og jeg blev viet i Ishøj Kirke sidste lørdag – en fantastisk dag. Vi
har nu brug for en vielsesattest til hans arbejdsgiver i England. Hvem udsteder den?

Venlig hilsen
Jens Bech
cpr. [[081288-1163]]""")

M("e", """Hej

Jeg skal giftes igen til foråret. Min eksmand betaler stadig børnebidrag til vores to
piger gennem Udbetaling Danmark. Stopper det når jeg gifter mig? Jeg kan ikke
finde svaret nogen steder.

Mvh Anja""")

M("u", """Hej hovedpostkassen

Jeg arbejder som smed på et værksted i Ishøj og er medlem af Dansk Metal. De siger at vi
har ret til en fridag ved eget bryllup efter overenskomsten. Gælder det også kommunens
egne ansatte på materielgården, hvor min bror er? Han tør ikke selv spørge.

Hilsen Bo""")

M("h", """Kære borgerservice

Jeg har sclerose og har det svært med lange dage. Vi skal giftes på rådhuset, og jeg vil
gerne spørge, om der står en stol jeg kan sidde på under ceremonien. Det er en lidt
pinlig ting at spørge om.

Venlig hilsen
Katrine""")

M("", """Hej

Der er næsten hver weekend bryllupsfester i festlokalet i Strandgården, og de sidste gange
har der været musik langt over midnat. Hvad er reglerne for støj i kommunens
udlejningslokaler? Jeg spørger generelt, ikke om et bestemt par.

Mvh en træt nabo""")

M("t", """Til borgerrådgiveren

Jeg kom til Danmark som flygtning fra Syrien i 2015 og skal nu giftes. Jeg kan ikke få
en fødselsattest fra Syrien. Hos borgerservice sagde de bare nej, jeg måtte finde ud af
det selv. Er det rigtigt at de ikke skal hjælpe?

Mahmoud""")

M("e", """Hej

skal giftes med min kæreste i april. jeg er på førtidspension, hvad sker der med den når
vi bliver gift? han tjener ok. jeg har skrevet til borger.dk men der står ikke noget om
det for mig

Lis, cpr [[140372\u00a02068]]""")

M("s", """Hej Anne

Jeg er biseksuel og skal giftes med en mand til sommer. Min tidligere samlever var en
kvinde, og vi har et barn sammen med fælles forældremyndighed uden problemer. Jeg vil bare
høre om jeg skal give Familieretshuset besked om vielsen.

Venlig hilsen
Sofie""")

M("b", """Hej kommunen

Vi er Jehovas Vidner og skal vies i vores rigssal i Brøndby, men vi vil gerne have den
juridiske del på plads hos jer først. Kan rigssalens forkynder foretage vielsen, eller
skal vi også på rådhuset?

Venlig hilsen
Samuel og Debora""")

M("", """Hej presseafdelingen

Jeg skriver om bryllupper i lokalavisen. Hvor mange par blev gift i Ishøj Kommune i 2024
og 2025, og hvor mange af vielserne var i kirkerne og hvor mange på rådhuset? Jeg skal
kun bruge tal, ingen navne.

Venlig hilsen
Ole, Ishøj Avis""")

M("pe", """Hej borgerrådgiver

Vi har udskudt brylluppet, fordi vi skal sælge huset på Ishøj Stationsvej. Vi skylder
banken mere end vi troede, og ejendomsmægleren siger vi skal sænke prisen med 300.000.
Kommunen har tinglyst en ejendomsskat-restance på 14.000. Kan vi få en afdragsordning,
så salget ikke går i stå?

Venlig hilsen
Christina og Jakob""")

M("tu", """Hej

Jeg er fra Vietnam og arbejder i køkkenet på Bækgården. Jeg er med i FOA. Skal giftes
i juni i Hanoi og skal have tre ugers ferie i træk. Min leder siger nej. Kan FOA og
kommunen tale sammen om det?

Thi Lan""")

M("", """Fra: Kim Olsen (byrådsmedlem)
Sendt: 2. marts
Til: Hovedpostkassen
Emne: VS: Vielser på rådhuset

Videresendes – kan I svare borgeren direkte?

-----Oprindelig meddelelse-----
Fra: Henning P.
Hej Kim, er det rigtigt at der ikke er borgerlige vielser på rådhuset mens der
renoveres? Hvornår starter de igen? Mange af os i nabolaget undrer os.""")

M("hb", """Kære borgerservice

Min kæreste Johan er indlagt på Hvidovre Hospital med en hjernesvulst, og vi vil giftes
mens han stadig kan. Hospitalspræsten vil gerne vie os i kapellet på fredag. Hvad skal vi
bruge fra kommunen af papirer, og kan prøvelsen gå hurtigt?

Venlig hilsen
Malene Juul""")

M("", """Til økonomi

Kopi af faktura fra Bryllupskøkkenet ApS, CVR 38291746, EAN 5798000556789, for
forplejning ved medarbejderarrangement i Rådhussalen. P-nummer 1019283746. Betales inden
30 dage til reg.nr. 2191 konto 6289314552.

Med venlig hilsen
Bryllupskøkkenet""")

M("se", """hej

min kone og jeg (vi er to kvinder) blev gift i maj. jeg er på dagpenge og min a-kasse
siger jeg skal melde vores ægteskab til jobcentret. hvordan gør jeg det?

Rikke""")

M("", """Hej

Jeg skal bruge en kopi af min vielsesattest til min pensionskasse.

Vielsen fandt sted på Ishøj Rådhus i 2019.

Venlig hilsen
Pia Kongsted
[[030791 2214]]""")

M("sp", """Hej Byudvikling

Min forlovede Mikkel og jeg er to mænd, der skal giftes i maj, og vi har lige givet bud på
et rækkehus i Torslunde. Sælgeren vil have svar inden mandag. Ved I, om der kommer
cykelsti langs baghaven, som lokalplanforslaget siger?

Venlig hilsen
Anders Vinther""")

M("", """Hej borgerservice

Jeg laver en lille vejledning til vores personaleforening. Skal man generelt selv melde
en navneændring til kommunen efter en vielse, eller sker det automatisk, når vielsen er
registreret? Og koster det noget?

Venlig hilsen
Personaleforeningen, Ishøj Vandværk""")
