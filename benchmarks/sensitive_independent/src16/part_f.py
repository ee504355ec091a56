"""Part F: short mails with CPR numbers (and look-alike numbers in the negatives)."""
from common import M

M("h", """
Hej. Kan I sende min genoptræningsplan igen? Den er væk.
Jytte Kramer [[240352-1186]]
""")

M("e", """
Emne: Boligstøtte
Jens Peter Lund, [[0911853327]]. Jeg har ikke fået min boligstøtte for maj. Hvorfor?
""")

M("", """
Emne: Faktura
Jeg har fået en faktura på renovation, fakturanr. 0911853327, men jeg har betalt. Kan I tjekke?
Jens Peter Lundby
""")

M("he", """
Min far Arne Vinther, cpr [[170838–0561]], er blevet dårligere med sin parkinson og har brug for mere hjemmehjælp. Kan visitationen komme ud?
Mvh Lisbeth Vinther
""")

M("s", """
Vi skal have navngivet vores søn. Jeg er medmor. Mit personnr. er [[310190 2846]] og min kones er [[040592 2910]].
Mvh Louise og Katrine Holm-Andersen
""")

M("", """
Vedr. sag 310190-2846: Vi har stadig ikke modtaget tilladelsen til at fælde træet i haven. Kan I give en status?
Mvh Grundejerforeningen Tranegården
""")

M("t", """
Jeg er fra Syrien og har fået opholdstilladelse. Mit cpr er [[010194-3557]]. Hvornår starter jeg på danskuddannelse?
Mahmoud Al-Khatib
""")

M("b", """
Hej. Jeg vil gerne have fritagelse for kirkeskat, jeg er meldt ud og er ateist. CPR [[221171\u00a01409]].
Henning Dalgaard
""")

M("u", """
Hej
Jeg skal have min løn udbetalt til en anden konto, og mit fagforeningskontingent til FOA skal trækkes i lønnen. CPR: [[060483-2774]]
Mvh Susanne Thygesen, Pilegården
""")

M("", """
Hej. Mit nye mobilnummer er 60 48 32 77 og min konto er reg. 2211 kontonr. 0604832774. Kan lønkontoret opdatere det?
Susanne T.
""")

M("p", """
Vi sælger huset på Vibeholms Allé 8 og køber spørger til en fejl i BBR. Ejer: Knud Rosenberg, [[120955-1243]]. Kan I rette det inden skødet underskrives?
""")

M("", """
BBR-meddelelsen for Vibeholms Allé 10 (ejendomsnr. 1209551243) står med forkert opførelsesår. Hvem retter det?
""")

M("eh", """
Emne: kontanthjælp og sygemelding
Navn: Patrick Holm
CPR: [[0508964129]]
er syg med angst og har ikke kunnet møde op. får jeg stadig kontanthjælp?
""")

M("h", """
Hej, til skolelægen: vores søn Elias ([[140315-4091]]) er allergisk over for nødder og skal have adrenalinpen med i skole. Hvem giver personalet besked?
Mvh Sara og Tobias
""")

M("", """
Hej, til skolelægen: hvornår er der skolefoto for 0. klasse? Vores bestillingsnr. er 1403154091.
""")

M("e", """
min datter Mia [[2705084732]] har fået plads i vuggestue men vi har ikke råd, jeg er arbejdsløs. kan vi få friplads
""")

M("t", """
Hej. Jeg er grønlænder og flytter til Ishøj fra Nuuk. Skal jeg selv melde flytning? CPR [[190679-2485]].
Aviaja Lynge
""")

M("ub", """
Til Borgerservice
Jeg er medlem af Dansk Folkeparti og tillidsrepræsentant i Dansk Metal, og vil stille op til byrådet. Skal jeg sende mit personnr. ([[250866-1771]]) med stillerlisten?
Mvh John Ravn
""")

M("", """
Hvornår er fristen for at aflevere kandidatlister til kommunalvalget? Og hvor mange stillere skal man have?
""")

M("hs", """
Jeg og min kæreste Martin (vi er et homopar) skal have ny læge efter flytningen. Mit cpr: [[301287–3065]]. Hans: [[091188–3117]]. Er der en læge med plads?
Mvh Anders
""")

M("", """
Er der lukket for tilgang hos alle praktiserende læger i Ishøj? Jeg skal have skiftet læge.
""")

M("e", """
Jeg har fået et girokort fra kommunen på 4.380 kr for for meget udbetalt kontanthjælp. Kan jeg afdrage? cpr [[100199 3562]]
Sandra
""")

M("", """
Jeg har fået et girokort med betalings-id 1001993562 for hundelicens. Hvad er det for noget, jeg har ikke nogen hund?
""")

M("t", """
Til Sundhedsplejen
Min datter Amira er født 02.02.2025 ([[020225-4318]]). Vi er fra Irak og hendes farmor skal bo hos os. Kan sundhedsplejersken tale arabisk?
""")

M("", """
Til Sundhedsplejen
Vores datter er født 02.02.2025 kl. 04.18. Hvornår kommer sundhedsplejersken første gang?
""")

M("p", """
Emne: Ejendomsskat ved salg
Vi skal sælge vores hus pr. 1. oktober, køber har betinget sig advokatgodkendelse. Hvordan fordeles grundskylden? Sælger: Marianne Bjerre [[151262-0980]].
""")

M("hu", """
Emne: Sygefravær
Jeg er ansat i hjemmeplejen, medlem af FOA og har fået konstateret brystkræft. Hvordan søger jeg § 56? CPR [[030375\u00a02166]].
Mvh Heidi
""")

M("e", """
hej min mand er i fængsel og jeg har ikke råd til huslejen. mit cpr er [[2811901654]]
""")

M("", """
Mit kundenummer er 2811901654. Jeg har ikke modtaget min varmeregning for 2024.
""")

M("b", """
Emne: Tørklæde på billede til pas
Jeg bærer tørklæde pga min tro. Må jeg have det på pasbilledet? Jeg kommer i morgen. Fatma Demir, [[070897-2218]]
""")

M("", """
Må man have tørklæde på i pasbilledet? Spørger for en veninde. Jeg har læst forskellige svar.
""")

M("s", """
Jeg er transkvinde og lesbisk og vil skifte navn. Mit gamle cpr er [[121093-4537]]. Hvad skal jeg medbringe?
""")

M("e", """
Emne: Begravelseshjælp
Min mor døde i sidste uge. Hun var på folkepension og havde ingen opsparing. Kan vi søge begravelseshjælp? Hendes cpr var [[080431-0722]].
""")

M("", """
Emne: Begravelseshjælp
Hvor meget er begravelseshjælpen fra kommunen på i år? Jeg underviser på et kursus for bedemænd og skal bruge beløbet.
""")

M("u", """
Hej. Jeg er ansat i rengøringen på rådhuset og vil melde mig ud af 3F og ind i Krifa. Skal lønkontoret have besked? [[160774–2691]]
""")

M("", """
Hej. Hvornår udbetales løn for maj til timelønnede? Lønseddel nr. 1607742691 står øverst, hvis det hjælper.
""")
