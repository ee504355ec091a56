"""corpus53 part B: the citizen advisor, and phone notes typed by staff."""
from common import M

M("he", """Telefonnotat – Borgerrådgiveren
Dato: 14.03.2025 kl. 10.20
Opkald fra: Leif Mortensen, tlf. 40 12 77 85
Emne: Klage over sagsbehandlingstid i sag om førtidspension

Borgeren oplyser at han har KOL og en dårlig ryg og har ventet 14 måneder på at sagen kommer i rehabiliteringsteamet. Han er vred og føler sig glemt. Ønsker at klage. Aftalt at jeg ringer tilbage i morgen.
/MJ""")

M("", """Telefonnotat
14/3 – borger ringede og spurgte om borgerrådgiveren kan hjælpe med en klage over at bussen 128 ikke stopper ved Ishøj Landsby mere. Vejledt om at det hører under Movia og trafikselskabet. Borger tilfreds. Ingen videre handling.
/AK""")

M("e", """Telefonnotat, borgerrådgiver
Borger (anonym, ønsker ikke navn noteret) ringede om sin søns sag i familieafdelingen: sønnen på 13 er anbragt på et opholdssted på Fyn, og mor får kun samvær hver 4. uge. Mor mener ikke hun er blevet hørt. Vejledt om klageadgang til Ankestyrelsen. Anonymitet respekteres.""")

M("", """Kære borgerrådgiver

Jeg vil gerne vide, hvad I egentlig kan hjælpe med. Jeg har læst på hjemmesiden, at I ikke kan tage klager over selve afgørelser. Hvad er så forskellen på jer og Ombudsmanden? Det er bare et generelt spørgsmål, jeg har ikke en sag.

Mvh
Ulla""")

M("e", """Til Borgerrådgiveren

Jeg har fået et brev fra kommunen om et beløb jeg skal betale tilbage, men jeg forstår ikke hvad det er for. Der står intet om hvorfor. Kan I finde ud af det?

Mit cpr er [[230971-1448]]

Venlig hilsen
Kenneth Bro
Vejlebrovej""")

M("hs", """Telefonnotat – BR
Opringning fra Jonas V. (tlf. 28 90 14 33). Jonas klager over en medarbejder i Sundhedshuset, som ifølge Jonas sagde "det er nok fordi I er to mænd" da han og hans mand Frederik kom med deres adoptivdatter til 2-års-undersøgelse. Datteren har astma og de føler ikke de blev taget alvorligt. Ønsker sagen undersøgt. Skriftlig redegørelse fra centret inden for 2 uger.""")

M("", """hej borgerrådgiver. kan i hjælpe mig med at finde ud af hvem der bestemmer om der må holde lastbiler på p-pladsen ved Ishøj Strand? det er ikke en klage bare et spørgsmål
mvh Said""")

M("eh", """Kære borgerrådgiver

Jeg klager over måden min sag er behandlet på i jobcentret. Jeg har været sygemeldt med depression siden september og har haft fire forskellige sagsbehandlere. Hver gang skal jeg fortælle det hele forfra, og den sidste sagde jeg "bare skulle tage mig sammen". Jeg græd i toget hjem.

Jeg ønsker ikke at mit navn videregives til jobcentret før jeg har talt med dig.

Annette""")

M("t", """Notat fra borgerrådgiverens telefontid
Borger ringede anonymt. Oplever at hendes datter (8 år, 2.b) bliver kaldt "perker" og "sorte" af klassekammerater fordi familien er fra Sudan, og at lærerne ikke griber ind. Har talt med skolelederen uden resultat. Vejledt om klage til skolen og om at Borgerrådgiveren kan se på skolens håndtering af henvendelsen. Hun vender tilbage.""")

M("", """Til borgerrådgiveren, Ishøj Kommune

Jeg vil klage over at kommunens hjemmeside kun er på dansk. Mange i min opgang taler ikke dansk godt, og de kan ikke finde ud af hvordan man bestiller storskrald. Kunne man ikke lave en side på engelsk og arabisk?

Venlig hilsen
Jytte Hansen""")

M("ue", """Borgerrådgiver

Jeg arbejder ikke i kommunen, så det her er ikke en personalesag. Jeg er ledig og medlem af FOA's a-kasse, og jobcentret har indkaldt mig til samtale på et tidspunkt hvor jeg har samtale med a-kassen. Jeg har bedt om at flytte den, men får ikke svar. Risikerer jeg at miste min dagpenge?

Mvh Lisbeth""")

M("", """Telefonnotat
Emne: henvendelse om kommunens persondatapolitik
En journalist ringede og spurgte hvor mange klager borgerrådgiveren fik i 2023. Oplyst: 58 henvendelser, heraf 23 klager. Henvist til beretningen på hjemmesiden.
/LN""")

M("b", """Kære borgerrådgiver

Jeg har søgt job som pædagogmedhjælper i kommunen og fået at vide at jeg ikke kan bære tørklæde på stuen. Jeg ved godt I ikke tager sager om ansættelse, men jeg vil gerne vide hvem jeg så skal gå til. Jeg bærer tørklæde fordi jeg er muslim og det har jeg gjort siden jeg var 14.

Venlig hilsen
Leila""")

M("eh", """Telefonnotat – borgerrådgiver
Kl. 13.05: Datter (Susanne) ringer på vegne af sin mor, Inger Bach, 88 år, som har fået afslag på rollator og badetaburet fra hjælpemiddelafdelingen. Mor har parkinson og er faldet to gange. Susanne har fuldmagt, som hun sender på mail. Vejledt om klagefrist. Ringer tilbage i morgen.""")

M("", """Kære borgerrådgiver

Tak for din beretning for 2023. Jeg har læst den med interesse, især at de fleste henvendelser vedrører Center for Voksne og Velfærd. Har du overvejet at lave en opdeling på køn og alder næste år? Det kunne give et bedre billede.

Hilsen
Ole Frandsen, tidligere formand for Ældrerådet""")

M("e", """Hej

Jeg har skrevet til jer før om min boligstøtte som stoppede i januar uden varsel. Jeg har lige fundet mit cpr-nr. som I bad om: [[0208852317]]. Jeg bor på Ishøj Strandvej 22, 3. tv. Det haster, for jeg får rykker fra boligselskabet.

Tanja""")

M("", """Notat, borgerrådgiver
Henvendelse fra kvinde om naboens hund der gør hele dagen. Vejledt om at det er en privatretlig sag og at hun kan kontakte boligselskabet eller politiet. Ingen sag oprettet.""")

M("hbte", """Til borgerrådgiveren

Jeg klager over plejecentrets køkken. Min mor er jøde og spiser kun kosher, og hun har ved tre måltider fået serveret svinekød selvom det står i hendes plan. Hun er dement og kan ikke selv sige fra.

Rebekka""")

M("", """Hej borgerrådgiver

Hvad er jeres åbningstider i påsken? Jeg vil gerne komme forbi med nogle papirer til en bekendt, men ikke hvis I har lukket.

Mvh Finn""")

M("u", """Til borgerrådgiveren

Jeg er TR for DLF på Gildbro Skole og skriver ikke om en ansættelsessag, men om at skolens ledelse har nægtet at udlevere mødereferater til forældre. Flere forældre har bedt mig hjælpe. Hvem skal de gå til?

Venlig hilsen
Lars Bjerre""")

M("e", """Telefonnotat BR 22/1
Mand (Ib Thomsen) ringer om sin nabo i nr. 9, en ældre kvinde, som har fået slukket for varmen pga. restance og sidder i frakke. Ib er bekymret. Vejledt om at han kan sende en underretning om voksen og at vi tager kontakt til Voksne og Velfærd med det samme.""")

M("", """Kære borgerrådgiver

Hvem udsteder generelt de lægeerklæringer man skal bruge til handicapparkering, og koster de noget? Jeg sidder i bestyrelsen for vores grundejerforening, og vi bliver tit spurgt.

Mvh Jette""")

M("s", """hej borgerrådgiver

jeg er 19 og ikke-binær og biseksuel. jeg prøvede at ændre mit navn i borgerservice og medarbejderen grinede og sagde "nå hvad skal vi så kalde dig i dag". det var ydmygende. jeg vil gerne klage men jeg er bange for at de kan se det var mig

- R""")

M("e", """Borgerrådgiver

Jeg klager over at jeg blev afvist i ydelseskontoret fordi jeg kom 5 minutter for sent til min aftale om kontanthjælp. Bussen var forsinket. Nu er min udbetaling udskudt til næste måned. Jeg har ingen mad i køleskabet.

Jamal Ahmed""")

M("", """Kære borgerrådgiver

Jeg vil gerne rose en medarbejder i Center for Byudvikling og Natur, Tina, som hjalp mig med at forstå lokalplanen for min grund på en meget pædagogisk måde. Det er ikke alt der går galt!

Hilsen Merete, Torslunde""")

M("hte", """Telefonnotat 03.04.2025
Borger: Fatma Yilmaz (tolk fra tyrkisk brugt)
Fatma fortæller at hun er kurder fra Tyrkiet og har diabetes. Hun har ikke fået svar på sin ansøgning om fodterapi. Hun forstår ikke brevene. Aftalt at borgerrådgiveren hjælper med at finde ud af hvor sagen ligger. Opfølgning inden 1 hverdag.""")

M("", """Hej

Jeg har ringet tre gange til jeres telefontid uden at komme igennem. Står der det rigtige nummer på hjemmesiden? Jeg har prøvet 43 57 70 00.

Mvh Carl""")

M("e", """Til Borgerrådgiveren
Emne: klage over en fogedforretning

Jeg ved I ikke tager sager fra retten. Men kommunen sendte en medarbejder med til udsættelsen af min lejlighed den 2. april, og han filmede mine ting med sin telefon. Det er ikke i orden. Jeg bor nu på herberg.

Michael S.""")

M("bte", """Kære borgerrådgiver

Jeg er sikh og bærer turban. På jobcentrets kursus i sikkerhed på byggeplads fik jeg at vide at jeg skulle tage den af for at få hjelm på, ellers kunne jeg ikke bestå. Der findes andre løsninger. Jeg er født i Punjab og har boet i Danmark i 10 år.

Harpreet Singh""")

M("", """Borgerrådgiveren – spørgsmål

Kan jeg klage til jer over Ishøj Kommunes beslutning om at lukke svømmehallen om søndagen? Jeg synes det er en dårlig beslutning for familierne.

Mvh Henrik""")

M("hse", """Telefonnotat
Kl. 9.40 ringede Ole P. om sin mand Kaj (72), som har fået amputeret underbenet og er kommet hjem fra Hvidovre uden at hjemmeplejen var klar. Ole er selv 75 og kan ikke løfte ham. Klager over udskrivelsen og kommunens manglende koordinering. Vil gerne have hjemmepleje morgen og aften. Sendt videre til Voksne og Velfærd med samtykke.""")

M("", """Til Borgerrådgiveren

Er det rigtigt at I ikke kan tage sager der er over et år gamle? Jeg har en klage fra 2022 om en p-bøde. Hvis ikke, hvor skal jeg så hen?

Mvh Kjeld""")

M("", """Borgerrådgiver

Kan I hjælpe mig med at få min post fra kommunen på papir? Jeg har ikke MitID og kan ikke læse Digital Post. Jeg er fritaget men det er ikke registreret.

Elna Rasmussen
Personnummer [[140538-0612]]
Ishøj Landsby 3""")

M("u", """Hej borgerrådgiver

Jeg er ansat i en privat virksomhed, ikke i kommunen. Min fagforening, Serviceforbundet, siger jeg skal klage til kommunen over at jeg ikke fik tilskud til busbillet som andre elever på erhvervsuddannelsen. Er det jer?

Venlig hilsen
Natasja""")

M("", """Telefonnotat
Borger ringede og spurgte hvilke foreninger der er med i fritidspas-ordningen i år. Henvist til listen på hjemmesiden. Ingen sag.""")

M("he", """Hej

jeg har ADHD og autisme og min bostøtte er blevet skåret ned fra 4 til 1 time om ugen uden at nogen har snakket med mig om det. jeg kan ikke klare mine regninger selv. er det lovligt? skriver til borgerrådgiveren fordi min mor sagde det

Oliver, 23""")

M("", """Kære borgerrådgiver

Jeg er frivillig i Ishøj Røde Kors og møder mange der ikke ved hvor de skal gå hen. Kunne I komme og holde et lille oplæg for vores frivillige om hvad borgerrådgiveren kan? En aften i maj eller juni?

Venlig hilsen
Birgit""")

M("p", """Telefonnotat 7.5.
Borger (Svend Aage) klager over at kommunen ikke har svaret på hans forespørgsel om servitut på hans grund. Han skal sælge og køberen har taget forbehold for servitutten. Købsaftalen bortfalder den 1. juni hvis der ikke er svar. Sendt til Byudvikling med høj prioritet.""")

M("", """Borgerrådgiveren

Jeg har et spørgsmål om tolkning. Hvis en borger ikke taler dansk, har kommunen så pligt til at stille tolk til rådighed ved møder? Jeg arbejder som frivillig lektiehjælper og bliver ofte spurgt.

Mvh Nadia""")

M("hbe", """Til Borgerrådgiver

Min far er Jehovas Vidne og har sagt nej til blodtransfusion. Personalet på plejecentret har talt grimt om hans tro foran ham, og han er blevet ked af det. Han er 84 og har hjertesvigt. Vi vil gerne klage over personalets adfærd, ikke over behandlingen.

Marianne Holst""")
