"""Part A: short mails and quick replies to council members and the mayor."""
from common import M

M("h", """
ja tak, det passer fint, jeg er alligevel sygemeldt hele ugen. kom bare tirsdag kl 14
/Jannie
""")

M("", """
Hej Lars. Hvornår har Sundhedshuset åbent om lørdagen? Jeg kan ikke finde det på hjemmesiden.
Mvh Tove
""")

M("e", """
Hej Mette
Jeg er på kontanthjælp og har ikke råd til den nye takst for SFO. Kan man gøre noget?
Hilsen Ramona Skov, Vejleåparken 14
""")

M("", """
Er der særlige kontanthjælpsregler for studerende? Min søn spørger, han går på HF.
/Bent
""")

M("h", """
Kære Kim
Tak for snakken i Bycentret i lørdags. Som jeg fortalte, har jeg sklerose, og stierne ved Strandparken er umulige med rollator. Kan du tage det med til udvalget?
Venlig hilsen
Lisbeth Mørk
""")

M("s", """
Hej Anders, min kone og jeg – vi er begge kvinder – vil gerne høre om I har tænkt jer at hejse regnbueflaget ved rådhuset igen i år. Vi synes det betød meget sidst.
Mvh Sanne Kiil
""")

M("", """
Hvornår er der Pride i Ishøj i år? Og er der brug for frivillige?
""")

M("p", """
Hej Birgitte
Vi skal sælge rækkehuset på Tranehaven og har fået et bud, men køberen vil vide om lokalplanen giver lov til carport. Kan du hjælpe med hvem man spørger?
Mvh Jesper og Line
""")

M("", """
Hvem tager sig af salget af de kommunale grunde ved Ishøj Landsby? Jeg vil bare gerne høre prisen.
Kh Ove
""")

M("b", """
Hej Hanne
Jeg er muslim og vil gerne høre om der kommer et sted på kirkegården hvor man kan blive begravet efter islamisk skik. Min mor er gammel og tænker meget på det.
Mvh Yusuf
""")

M("", """
Hvornår åbner den nye moske på Industrivej? Vi bor lige overfor og undrer os over trafikken.
""")

M("u", """
Hej Torben, jeg er 3F-medlem og vi er en gruppe der gerne vil møde dig om lukningen af lageret i Industrikvarteret. Kan du en aften i næste uge?
Mvh Kenneth Vang
""")

M("", """
Tilbyder 3F kurser for ledige, eller skal man gå gennem Jobcentret? Spørger for en ven.
""")

M("t", """
Kære borgmester
Jeg er fra Gambia oprindeligt og har boet i Ishøj i 11 år. Jeg vil gerne være med i integrationsrådet. Hvordan søger man?
Venlig hilsen
Lamin Jallow
""")

M("", """
Hvor mange flygtninge har kommunen modtaget i år? Jeg så et tal i Lokalavisen der virkede højt.
Mvh Per
""")

M("e", """
ok tak. jeg har lige fået at vide at jeg er sat ud af lejligheden pr 1. marts så det haster lidt med svar
""")

M("", """
Tak for svaret Lone, det var lige det jeg havde brug for. God weekend!
""")

M("h", """
Hej Peter – jeg kan ikke komme til borgermødet på torsdag, jeg skal have kemo den dag. Kan du sende mig referatet?
Mvh Ulla Berg
""")

M("", """
Hej Peter, kan jeg få referatet fra borgermødet om Ishøj Strand tilsendt? Jeg var på ferie.
Mvh Ulla Jessen
""")

M("b", """
Hej Søren. Jeg stemte på dig sidst og er også selv medlem af partiet, men jeg er skuffet over jeres stemme om cykelstien. Bare så du ved det.
Morten L.
""")

M("", """
Hej Søren. Jeg er skuffet over at byrådet stemte nej til cykelstien langs Ishøj Søvej. Hvorfor?
Morten
""")

M("s", """
Hej Camilla
Min mand Jonas og jeg (vi er to fædre til Asta på 4) vil gerne høre om der er ventetid i Regnbuen børnehus.
Mvh Rasmus
""")

M("", """
Hej Camilla. Er der ventetid i Regnbuen børnehus? Vi flytter til Ishøj til sommer.
Mvh Rasmus og Ditte
""")

M("e", """
Kære Jan, vi har fået en underretning om vores datter fra skolen og forstår ikke hvorfor. Kan vi tale med dig i telefon? 22 41 87 09
Mvh familien Holm
""")

M("", """
Jan – hvordan laver man en underretning hvis man er bekymret for et barn i opgangen? Skal det være skriftligt?
""")

M("hu", """
Hej Lene
Jeg er FOA-medlem og sosu-hjælper, og har fået en arbejdsskade i ryggen ved en forflytning. FOA siger jeg skal skrive til jer om sagen. Hvem skal jeg henvende mig til?
Mvh Dorthe Nygaard
""")

M("", """
Hej Lene. Har FOA og kommunen indgået en ny aftale om forflytningshjælpemidler på plejecentrene? Spørger som pårørende.
""")

M("t", """
Hej Michael. Min søn fik at vide i bussen at han skulle "tage hjem til Somalia". Han er født her, men vi er somaliere. Det kan ikke være rigtigt at chaufføren ikke gjorde noget.
Hodan
""")

M("", """
Hvornår er fristen for at søge om tolk til forældremødet? Vi har brug for en somalisk tolk til flere forældre i klassen.
Klasseforældrerådet 4.B
""")

M("p", """
hej Jens, naboen i nr. 17 har sat huset til salg og der har vist været fremvisning hver dag. ved du om kommunen har forkøbsret? vi vil gerne købe hans have-stykke.
""")

M("", """
Hej Jens, vi har købt huset på Bredekærs Vænge i 2019 og handlen er jo for længst på plads, men vi mangler stadig at få tilsendt ejendomsskattebilletten. Hvem sender den?
""")

M("b", """
Kære Fatima
Som katolik vil jeg gerne spørge om skolerne giver fri til de katolske helligdage? Min datter går i 3. klasse på Vibeholmskolen.
Mvh Agnieszka
""")

M("", """
Hvorfor er der ikke længere juleafslutning i kirken for skolerne? Er det en politisk beslutning?
""")

M("e", """
Til borgmesteren. Jeg er hjemløs for tiden og sover hos venner. Kan jeg stadig have adresse i Ishøj og få min post?
Mvh Tommy
""")

M("", """
Har kommunen et varmested for hjemløse om vinteren? Jeg vil gerne donere tæpper.
Mvh Inger
""")

M("u", """
Kære Lene, jeg er tillidsrepræsentant for HK på rådhuset og vil gerne have en uformel snak om sparekataloget inden mødet. Har du 20 minutter?
Bh Charlotte
""")

M("", """
Kære Lene, hvornår bliver sparekataloget offentliggjort? Jeg vil gerne læse det før borgermødet.
""")

M("hs", """
Hej Martin. Min kæreste Thomas og jeg er begge mænd og bor sammen på Gildbrovej. Han er lige blevet diagnosticeret med diabetes og vi har lidt spørgsmål om kostvejledning hos kommunen. Hvem skal man ringe til?
Mvh Kristian
""")

M("", """
Tilbyder kommunen kostvejledning til folk med diabetes? Min fætter spørger.
""")

M("et", """
Hej Anja. Vi er en polsk familie, og min mand har mistet sit job. Vi søger boligstøtte men vi forstår ikke brevet. Er der nogen der kan hjælpe?
Mvh Katarzyna Nowak
""")

M("", """
Hvad er satserne for boligstøtte i år? Og gælder de også for ungdomsboliger?
""")

M("h", """
Hej Ib
Kan ikke komme i aften. min mand er indlagt på Hvidovre efter et hjerteanfald
Karin
""")

M("", """
Hej Ib. Går der en bus fra Ishøj Station til Hvidovre Hospital om aftenen? Mvh Karin
""")

M("b", """
Kære Poul, jeg er medlem af Enhedslisten her i Ishøj og vil gerne invitere dig til debat om klimaplanen. Kan du den 12. september?
Mvh Simon Høg
""")

M("", """
Kære Poul, hvornår debatteres klimaplanen i byrådet? Jeg vil gerne sidde på tilhørerpladserne.
Mvh Simon
""")

M("e", """
Tak for hjælpen i går. Vi har nu fået hjemmehjælp til min far to gange om ugen, det er en kæmpe lettelse.
Hilsen Birthe
""")

M("", """
Hvor mange timer hjemmehjælp kan man maks få om ugen i Ishøj? Det er til en artikel i skolebladet.
""")
