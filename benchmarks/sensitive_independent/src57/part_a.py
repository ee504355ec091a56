"""corpus57 part A: home care, practical help, relatives writing for a parent."""
from common import M

M("eh", """Til borgmesterens sekretariat

Jeg skriver på vegne af min mor, Inger Marie Holm, som bor på Ishøj Landsby 14.
Hun har haft praktisk hjælp hver anden uge i fire år, men fra 1. marts er
rengøringen skåret ned til hver tredje uge. Min mor har svær KOL og kan ikke
selv støvsuge uden at gå helt i stå af åndenød.

Jeg har fuldmagt fra hende. Hendes cpr-nr. er [[230636-1184]].

Jeg vil gerne vide, hvem der har truffet afgørelsen, og hvordan vi klager.

Venlig hilsen
Susanne Holm Dalgaard""")

M("", """Hej hovedpostkassen

Kan I sende mig en oversigt over, hvad praktisk hjælp omfatter i Ishøj i dag?
Jeg er ved at lave et oplæg til vores grundejerforening om, hvad man kan
forvente af kommunen, når man bliver ældre. Det drejer sig om rengøring,
tøjvask og indkøb, og gerne også prisen på madordningen for 2025.

Mvh
Lars Wibe, Tranegilde""")

M("eh", """Kære Pia Thomsen (formand for Social- og Sundhedsudvalget)

Min far Jørgen har demens, og han har hjemmepleje morgen og aften. Problemet
er, at de kommer på helt forskellige tidspunkter – den ene dag kl. 7, den
næste kl. 10.30. Så har han allerede taget tøj på selv, eller også har han
glemt at spise. Han bliver utryg og ringer til mig 20 gange om dagen.

Kan udvalget se på, om der kan laves faste tider for borgere med demens?
Og kan I få nogen til at kigge på min fars plan?

Med venlig hilsen
Mikkel Bager""")

M("e", """hej

min nabo i nr 14 fru hansen har ikke fået sin hjemmehjælp i 3 uger. hun siger
de bare ikke kommer. hun er 88 og har ikke nogen børn. kan i ikke lige
tjekke det

mvh en nabo fra Gildbrohøj""")

M("", """Til byrådsmedlem Kasper Lund

Jeg læste i Ishøj Avis, at hjemmeplejen har en personaleomsætning på over 30
procent, og at mange vikarer kører ruterne. Hvad vil du og dit parti gøre ved
det? Det kan ikke være rigtigt, at ældre skal møde et nyt ansigt hver uge.

Jeg håber, du vil tage det op i byrådet.

Hilsen
Bodil Krag""")

M("hse", """Til Center for Voksne og Velfærd

Min mand Poul har Parkinson og får hjemmepleje fire gange om dagen. Vi har
været gift i 11 år og boet sammen i 34. De fleste hjælpere er søde, men en af
vikarerne sagde i sidste uge "nå, hvem af jer er så konen" og grinede. Poul
blev meget ked af det.

Vi vil gerne have, at den vikar ikke kommer hos os igen, og at I taler med
personalet om, at vi er to mænd, der er gift.

Venlig hilsen
Erik Thorsen""")

M("te", """Hej kommune

Min far er fra Pakistan og kom til Danmark i 1972. Han taler kun lidt dansk
nu, han har glemt meget. Han får hjemmehjælp to gange om ugen, men hjælperen
forstår ikke ham og han forstår ikke hende. Kan I sende en der taler urdu
eller engelsk?

Hans personnummer er [[0305411293]].

Tak
Imran Shah (søn)""")

M("u", """Til formanden for Social- og Sundhedsudvalget

Jeg skriver som FOA-tillidsrepræsentant for social- og sundhedshjælperne i
hjemmeplejen, distrikt Syd. Vores køreplaner har i et halvt år lagt for lidt
tid ind mellem besøgene, og kollegerne må køre for stærkt eller springe
pauser over. Vi har talt med ledelsen flere gange uden resultat.

Vi vil gerne have et møde med udvalget, inden budgetforhandlingerne starter.

Med venlig hilsen
Charlotte Brix
FOA-TR, Hjemmeplejen Syd""")

M("", """Hej

Vi er flere i hjemmeplejen, der ikke kan finde parkering ved blokkene i
Vejleåparken om morgenen. Kan kommunen lave nogle få pladser med skilt
"hjemmepleje"? Det tager os 10 minutter pr. besøg at finde en plads.

Mvh
Tina, social- og sundhedshjælper""")

M("eh", """Til Borgerrådgiveren

Jeg har fået afslag på rengøringshjælp. Jeg faldt i badet i januar og brækkede
hoften, og jeg går nu med rollator. Visitatoren var her i ti minutter og skrev,
at jeg "kan klare det med hjælpemidler". Det kan jeg ikke.

Kan du hjælpe mig med at klage? Mit cpr er [[120840 1422]].

Ruth Albertsen
Strandparken 3, st. tv.""")

M("h", """Til hovedpostkassen

Jeg er bekymret for naboen i opgang 22, nr. 7. Han drikker meget, og det er
blevet værre efter hans kone døde. Jeg har fundet ham liggende på trappen to
gange i denne måned. Han vil ikke have, at jeg ringer til hans søn.

Kan nogen fra kommunen kigge forbi? Jeg vil helst være anonym.""")

M("", """Hej

Hvordan fungerer det med nøglebokse i hjemmeplejen? Skal man selv købe
boksen, eller stiller kommunen den op? Og hvem har koden? Vi er nogle
pårørende i foreningen, der diskuterer det.

Venlig hilsen
Hanne Friis, Pårørendeforeningen i Ishøj""")

M("eb", """Til madservice / Center for Voksne og Velfærd

Min mor Fatma (91) har fået madordning fra kommunens køkken siden oktober.
Maden kommer ofte kold, men det største problem er, at hun kun spiser halal,
og det er ikke altid til at se på pakken, om retten er halal. Hun har to
gange ladet maden stå og har kun spist brød.

Kan I markere retterne tydeligt?

Venlig hilsen
Leyla Öztürk""")

M("", """Til kommunens køkken

Tilbyder madordningen i Ishøj halalretter eller vegetariske retter til de
borgere, der ønsker det? Jeg skriver en artikel til beboerbladet i
Strandparken om madservice til ældre og vil gerne have det rigtigt med.

Mvh
Jonas Krogh, redaktør af "Strandnyt\"""")

M("eh", """Hello,

I am writing from Aarhus about my grandmother, Else Mortensen, who lives in
Ishøj. She has home care twice a day, but last Sunday nobody came in the
evening. She fell in the bathroom and broke her wrist and lay on the floor
until the morning visit. She is now in hospital in Hvidovre.

We would like to know what went wrong and what you will do to make sure it
does not happen again when she comes home.

Kind regards,
Daniel Mortensen (grandson)""")

M("e", """Fra: Jesper Nørgaard (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: hjemmehjælp efter flytning

Videresendes til rette center. Jeg har kvitteret over for borgeren.

-----Oprindelig meddelelse-----
Fra: Kirsten Lindhardt
Sendt: 4. februar
Til: Jesper Nørgaard

Kære Jesper

Jeg flyttede fra Brøndby til Ishøj i december, og min hjemmehjælp er ikke
fulgt med. I Brøndby fik jeg hjælp til bad og rengøring. Nu har jeg ikke
haft hjælp i seks uger.

Kirsten Lindhardt
Ishøj Strandvej 88
cpr [[170244-2018]]""")

M("eu", """Til borgerrådgiveren

Jeg er pensioneret 3F'er og har været medlem i 46 år, så jeg ved godt, hvad
det vil sige at klage. Nu har jeg fået afslag på hjælp til indkøb, fordi
"der findes indkøbsordninger på nettet". Jeg har ikke nogen computer.

Jeg vil gerne have, at I ser på afgørelsen.

Henning Bak
Torslunde""")

M("", """Til Center for Voksne og Velfærd

Ældre Sagen Ishøj har 14 frivillige, der gerne vil hjælpe med at handle ind
for ældre, som ikke selv kan komme ud. Kan vi samarbejde med kommunen om at
finde dem, der har brug for det? Vi vil ikke have navne, men måske kan
hjemmeplejen dele vores folder ud.

Venlig hilsen
Annelise Vinther, formand""")

M("she", """Kære Center for Voksne og Velfærd

Min søster Hanne og hendes kone Lis bor i en lejlighed i Vejleåparken. Lis
fik en blodprop i hjernen i august og er lam i venstre side. De fik tildelt
hjemmepleje, men Hanne siger, at de kun kommer om morgenen, og hun er selv
76 og kan ikke løfte Lis om aftenen.

Jeg er ikke deres værge, men de har bedt mig skrive. Hanne ringer også selv.

Med venlig hilsen
Torben Kjær""")

M("he", """har KOL og får ilt hjemme. hjemmeplejen har nu 2 gange glemt at skifte
flasken så jeg sad uden i flere timer. det er livsfarligt. hvem har ansvaret??

Birthe Sand, Ishøj Bygade""")

M("", """Til Center for Voksne og Velfærd

Jeg er journalist på Lokalavisen. Hvor mange borgere i Ishøj modtog praktisk
hjælp og personlig pleje i 2023 og 2024, fordelt på aldersgrupper? Og hvor
mange klager fik kommunen over hjemmeplejen i samme periode?

Jeg har deadline fredag.

Med venlig hilsen
Signe Holt""")

M("", """Hej Borgerrådgiver

Jeg har klaget over, at der ikke bliver ryddet sne på stien ved Ishøj Strand,
og jeg har ikke fået svar efter fire uger. Jeg skrev første gang 3. januar.
Jeg sender mit personnummer, så I kan finde sagen: [[090177\u20133391]]

Venlig hilsen
Morten Steffensen""")

M("eh", """Til Center for Voksne og Velfærd, visitationen

Min mand Knud fik Alzheimers-diagnosen for to år siden. Han kan ikke være
alene mere, og jeg er ved at gå ned. Vi vil gerne søge om en plads i
dagcentret tre dage om ugen, så jeg kan få lidt luft.

Hvordan gør vi det? Knud vil gerne selv med til mødet.

Med venlig hilsen
Grethe Hald
Ishøj Landsby""")

M("he", """hej kommunen

min farmor bor alene i vejleåparken og hun har fået konstateret demens i
foråret. hun går ud om natten og kan ikke finde hjem. min far bor i jylland.
kan i sende nogen ud til hende? vi ved ikk hvad vi skal gøre

Sebastian""")

M("", """Hvornår er der bingo i aktivitetscentret på tirsdage? Og skal man
tilmelde sig, eller kan man bare møde op? Det står forskelligt på
opslagstavlen og hjemmesiden.

Vh Inge""")

M("", """Til Byudvikling og Natur

Hjemmeplejens små hvide biler holder hver morgen på cykelstien ved
Gildbrohøj 40-60. Min datter på 9 må cykle ud på vejen for at komme forbi.
Det er farligt. Kan I tale med hjemmeplejen, eller lave en plads til dem?

Mvh
Rasmus Eg""")

M("the", """Goddag

Jeg hedder Mehmet Yilmaz. Jeg er tyrkisk, jeg er 78 år. Min kone er syg med
sukkersyge og hun har ondt i fødderne. Vi får hjælp til bad en gang om
ugen, men hun har brug for to gange. Kan I ændre det? Jeg kan ikke hjælpe
hende i badet, min ryg er dårlig.

Tak for hjælpen
Mehmet""")

M("hu", """Til direktør for Voksne og Velfærd, att. direktionsassistenten

Jeg er DSR-tillidsrepræsentant i hjemmesygeplejen og er selv sygemeldt med en
diskusprolaps i øjeblikket, så jeg skriver hjemmefra. Mens jeg har været væk,
er der ikke udpeget en stedfortræder, og kollegerne ved ikke, hvem de skal
gå til. Kan I sørge for, at der bliver valgt en midlertidig TR?

Med venlig hilsen
Anne-Mette Riis""")

M("", """Hej

Hvor ligger sygeplejeklinikken i Ishøj, og hvornår har den åbent? Jeg har
hørt, at man kan få skiftet forbindinger der i stedet for at vente hjemme.
Er der tidsbestilling?

Hilsen
Poul E.""")

M("be", """Til borgmesteren

Jeg vil klage over, at jeg har fået en hjemmehjælper med tørklæde. Hun hedder
Amina og kommer om tirsdagen. Hun er flink nok, men jeg vil ikke have en
muslim i mit hjem. Jeg har betalt skat i 50 år og må da have lov til at
vælge.

Kaj Rasmussen
Ishøj Strandvej""")

M("te", """Til visitationen

Min mor kom fra Iran i 2019 for at bo sammen med os. Hun taler kun farsi.
Hun skal have et visitationsmøde om hjemmepleje den 14. marts, og vi vil
gerne have en tolk med. Jeg kan ikke oversætte alt, der bliver sagt, og hun
skal forstå det selv.

Med venlig hilsen
Shirin Ahmadi""")

M("e", """Til Center for Voksne og Velfærd

Vi er et ægtepar, der begge får praktisk hjælp. I december kom hjælperen
kun én gang, og der var ingen besked. Vi vil gerne have, at I ser på sagen
for os begge.

Aage Frandsen, [[250534-1437]]
Ella Frandsen, [[110937-2206]]
Pilemølle 9""")

M("", """Hej

Hvad koster det at vælge en privat leverandør til rengøring i stedet for
kommunen? Og hvilke firmaer er godkendt i Ishøj lige nu? Jeg spørger for at
kunne sammenligne, inden min gamle faster skal i gang med at søge.

Venlig hilsen
Benny Olsen""")

M("", """Til Center for Borger, Økonomi og IT, kreditor

Vi har stadig ikke modtaget betaling for faktura nr. 1503471298 vedr.
rengøring i kommunens lokaler på Ishøj Bygade i januar. Ordrenr. 22031,
vores CVR 34567812. Betalingsfristen var 10. februar.

Med venlig hilsen
Renbo ApS, bogholderiet""")

M("be", """Kære Merete

Min kone og jeg stemte på dig ved sidste valg, fordi du lovede en bedre
hjemmepleje. Nu får min kone kun bad en gang om ugen, og hun er ellers et
menneske, der har gået i bad hver dag hele sit liv. Det er nedværdigende.

Hvad gør du ved det?

Ove Frederiksen""")

M("he", """er 84 og næsten blind på det ene øje efter en blødning. kan ikke læse
mine breve længere, heller ikke digital post. vil gerne søge om hjælp til
det, hvem skal jeg skrive til

Aase Lund""")

M("", """Til hovedpostkassen

Besøgstjenesten i Ishøj Kirkes sogn søger flere ældre, der kunne tænke sig en
besøgsven. Kan kommunen nævne vores tilbud på hjemmesiden under "ensomhed"?
Vi har lige nu 11 frivillige og 6 på venteliste.

Venlig hilsen
Lone Bech, koordinator""")

M("e", """Til borgerrådgiveren

Fru Jensen på 2. sal i vores opgang er blevet sat ud af sin lejlighed, fordi
hun skyldte husleje. Hun sover nu hos sin veninde på en sofa. Hun er 79. Er
der virkelig ikke nogen i kommunen, der kan hjælpe hende? Hun tør ikke selv
skrive.

Mvh
Jytte fra opgang 5""")

M("bh", """Hej

Min mormor skal have ny hofte i april. Hun er Jehovas Vidne og vil ikke have
blod, hverken under eller efter operationen. Hospitalet ved det godt, men
hun er bange for, at genoptræningen i kommunen ikke respekterer det, hvis
der sker noget. Hvem skal vi tale med?

Sofie (barnebarn)""")

M("u", """Til udvalgsformanden

Jeg var FOA-medlem i 40 år og hjemmehjælper i Ishøj det meste af tiden. Jeg
er vred over, at man nu kun giver rengøring hver tredje uge. Da jeg var på
ruten, var det hver uge, og det var ikke for meget.

Med venlig hilsen
Lilly Mogensen""")

M("", """Hvorfor har kommunen valgt, at rengøring kun er hver tredje uge? Det er
alt for lidt efter min mening, og det er flovt for en kommune af Ishøjs
størrelse. Jeg synes, byrådet skal rette det i næste budget.

Carsten Juul""")

M("", """Hej Ishøj Kommune

Min regning fra Ishøj Forsyning er dobbelt så stor som sidste år. Kundenummer
0211391245, målernummer 98123344, aflæst 31.12. Er der fejl i aflæsningen?
Jeg har ikke fået svar hos forsyningen.

Mvh
Peter Haahr""")

M("he", """Til Center for Voksne og Velfærd

Min kone Lise har fået brystkræft igen, og hun skal have kemo hver tredje
uge frem til sommer. Jeg kan ikke klare både indkøb, rengøring og kørsel,
og jeg har selv en dårlig ryg. Vi har bedt om hjemmehjælp for tre uger
siden og har ikke hørt noget.

Lises personnummer er [[081043\u00a01370]].

Bent Poulsen""")

M("the", """Dear Ishøj Kommune,

My mother is Polish and moved here from Gdańsk in 2021 to be closer to us.
She had knee surgery in February and cannot shower on her own yet. We have
applied for home care, but the letter we got is only in Danish and she does
not understand it. Could someone call me? I can translate for her.

Best regards,
Agnieszka Nowak""")

M("", """Hej

Hvornår kommer den nye ordning med elektroniske låse i hjemmeplejen? Min nabo
spurgte mig, og jeg kunne ikke svare. Det stod i et nyhedsbrev sidste år,
men siden har vi ikke hørt noget.

Venlig hilsen
Ib Dreyer""")

M("he", """Fra: Lene Kvist
Til: Hovedpostkassen
Emne: VS: Aflyst besøg

Se nedenfor. Min mor har type 1-diabetes og skal have hjælp til insulinen
om aftenen. I aflyser bare med en sms. Hvem skal så give hende insulin?

> Fra: Hjemmeplejen Nord
> Kære borger, på grund af sygdom hos personalet aflyses dit aftenbesøg
> i dag. Venlig hilsen Hjemmeplejen

Lene Kvist (datter af Ellen Kvist, Ishøj Bygade 41)""")

M("s", """Til borgerrådgiveren

Jeg er 80, jeg er bøsse og har ingen familie tilbage. Jeg har spurgt efter en
besøgsven, men da frivillighedscentret ringede, spurgte de, om jeg ville
have "en sød dame" på besøg, og grinede. Jeg lagde røret på.

Jeg vil gerne vide, om kommunen kan formidle en besøgsven, som jeg ikke skal
forklare mig over for.

Venlig hilsen
Holger""")

M("", """Til aktivitetscentret

Vi er en gruppe, der gerne vil starte et strikkehold om torsdagen. Kan vi
låne lokalet ved siden af cafeen fra kl. 13 til 15? Vi er omkring 8, og vi
har selv garn med.

Hilsen
Karen og de andre""")

M("ehu", """Til Center for Voksne og Velfærd

Jeg har været medlem af Dansk Metal hele mit arbejdsliv og er stadig med i
pensionistklubben. En af de andre i klubben fortalte, at man kan få hjælp
til snerydning. Jeg har søgt i november, men har ikke fået svar. Jeg har en
dårlig skulder, så det er svært for mig at skovle.

Svend Aage Nielsen
cpr [[300636-1051]]""")
