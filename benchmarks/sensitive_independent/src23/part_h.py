"""corpus23 part H: reply chains and receipts that keep or strip quoted text; CPR forms; look-alikes."""
from common import M

M("eh", """SV: Min ansøgning

Hej Birgitte
Tak, jeg har sendt det videre.
Mvh Kim Holm, byrådsmedlem

> Fra: Birgitte Lund
> Sendt: 7. oktober 2025 18:31
>
> Kim, jeg har søgt om hjælp til medicin fordi jeg er på kontanthjælp og mine migrænepiller koster 900 om måneden. Jeg har fået afslag. Cpr: [[201088-2650]]""")

M("", """SV: Min ansøgning

Hej Birgitte
Tak for din mail. Jeg har sendt den videre til administrationen, som vender tilbage til dig. Jeg har slettet din oprindelige tekst af hensyn til dine oplysninger.
Mvh Kim Holm, byrådsmedlem""")

M("", """Til alle byrådsmedlemmer

Påmindelse: Når I kvitterer over for en borger, skal I slette borgerens tekst, hvis den indeholder cpr-nummer, helbredsoplysninger eller andre fortrolige oplysninger. Brug aldrig private mailadresser.

Venlig hilsen
Byrådssekretariatet""")

M("e", """Hej, jeg har glemt at skrive mit personnummer i min ansøgning om enkeltydelse til tandbehandling. Det er [[031199–1482]]. Jeg er på uddannelseshjælp. Mvh Oliver Nissen""")

M("h", """Vedr. tandbehandling – min søn Frederik, [[140612\u00a04467]], har fået slået to fortænder ud og skal have implantater. Kommunal tandpleje siger det ikke er deres område. Hvem betaler? Mvh Lene Hvass""")

M("", """Kan kommunal tandpleje hjælpe med tandskader efter ulykker? Vi er en forsikringsmægler og vil informere vores kunder. Mvh""")

M("h", """Til Sundhed

Min mor Ellen Bruhn, personnr. [[221141\u00a02108]], blev udskrevet fra Herlev i går efter en hoftebrudsoperation. Hun bor alene på Brakvangen. Hvornår starter genoptræningen?

Mvh Tommy Bruhn""")

M("eh", """Til hovedpostkassen

Jeg har fået et brev om tilbagebetaling af børneydelse. Mit cpr er [[2305871942]]. Jeg var i Sverige i 4 måneder for at passe min syge mor, men vi boede fast i Ishøj hele tiden. Nu skal jeg betale 9.800 kr. tilbage.

Mvh Henriette Dam""")

M("", """Hej! Jeg har tabt mit sygesikringsbevis på stranden. Der står 1507921234 på bagsiden af min bankkort, det er bare mit kontonummer, ikke noget at bekymre sig om. Hvordan får jeg et nyt bevis? Mvh Bent""")

M("", """Til Borgerservice

Vi har en kunde med ordrenummer 0504861120 der spørger om lukkedage i julen. Kan I sende en oversigt? Mvh Ishøj Bycenter Kundeservice""")

M("", """Hej. Jeg ringede i går til 43 57 75 75 og fik at vide jeg skulle skrive. Min måler nr. 1108 6634 viser forkert forbrug. Mvh Lars""")

M("st", """Kære borgmester

Jeg er transkønnet og queer og kom til Danmark fra Iran som flygtning. Jeg har fået nyt cpr-nummer efter kønsskifte, [[120594-4128]], men kommunens systemer sender stadig post til mit gamle navn. Det er meget ubehageligt.

Venlig hilsen
Sam Karimi""")

M("e", """Hej. Min nabo i nr. 5, Hr. Jensen, har fået en udsættelse fra fogeden og skal ud af lejligheden om to uger. Han er 72 og har ingen familie. Kan kommunen hjælpe ham? Mvh Birthe i nr. 7, Stjernevej""")

M("", """Hvordan fungerer en fogedudsættelse, og hvilken rolle har kommunen? Vi er en lejerforening og vil informere vores medlemmer. Mvh Lejernes LO Ishøj""")

M("su", """Hej Helle

Jeg er HK-tillidsrepræsentant i Borger, Økonomi og IT. Jeg og min mand Kristian er blevet gift og vil gerne have at min barselsplanlægning respekterer at vi begge er fædre, når vores adoption falder på plads. HR siger at der kun er regler for mødre. Det må vi kunne løse.

Venlig hilsen
Anders Bro""")

M("b", """Hej. Jeg er muslim og faster i ramadanen, som i år falder under sommerferiens fodboldskole. Min søn Yasin (10) skal deltage. Kan trænerne tage hensyn til at han vil faste nogle dage? Mvh Leila""")

M("", """Tager kommunens sommeraktiviteter hensyn til børn der faster under ramadanen? Spørgsmål fra en avisjournalist. Mvh""")

M("u", """Til Beskæftigelsesudvalget

Som tidligere tillidsrepræsentant for Dansk Metal på Ishøj Havns værft vil jeg gerne tale om de ledige metalarbejdere i kommunen.

Mvh Ole Krogh""")

M("", """Ledighedsstatistik for metalarbejdere i Ishøj, 2. kvartal 2025: 42 ledige, et fald på 11 %. Notat til Beskæftigelsesudvalget. /Jobcenter Ishøj""")

M("hb", """Kære Social- og Sundhedsudvalg

Jeg er Jehovas Vidne og modtager ikke blodtransfusion. Jeg skal opereres for en svulst i tarmen i marts, og hospitalet har sagt det skal ske et andet sted. Kommunen skal bevilge transporten. Kan I sørge for det?

Venlig hilsen
Anne-Grethe Bech
[[050756-1244]]""")

M("", """Til Social- og Sundhedsudvalget

Ishøj Kommune dækker befordring til sygehusbehandling for pensionister efter gældende regler. Vedlagt notat om takster 2025.""")

M("e", """Til hovedpostkassen

Min søster Bente Krog, [[111062-1810]], er blevet tvangsfjernet fra sin lejlighed til et bosted i Roskilde. Hun er under værgemål og jeg er ikke hørt. Jeg vil vide hvem der har besluttet det.

Mvh Per Krog""")

M("h", """Til borgmesterens PA: borgmesteren bedes rykke for svar til Birthe Holm, som har klaget over at hendes mand med demens blev glemt på Ishøj Station af Flextrafik. /Sekretariatet""")

M("", """Hej Lise, hvornår er budgetseminaret? Borgmesteren har to møder den 4. september. /Henrik""")

M("bu", """Til Ishøj Kommune

Jeg er medlem af Radikale Venstre og af Gymnasieskolernes Lærerforening. Jeg vil gerne spørge om kommunen overvejer at tilbyde sprogundervisning til ukrainske unge på gymnasieniveau.

Mvh
Jens Ørum""")

M("", """Vil kommunen tilbyde danskundervisning til ukrainske unge over 18? Jeg er gymnasielærer og får spørgsmålet fra elever. Mvh""")

M("e", """hej. jeg har fået afslag på friplads til min datter i dagplejen. vi er begge studerende og lever af SU. kan I se på det igen? mvh Mikkel Olsen [[270501 9134]]""")

M("ht", """Hej Søren

Min kone og jeg er fra Vietnam. Hun har fået konstateret brystkræft og skal i kemo på Herlev. Vi har ingen bil og sprogskolen er ikke færdig. Kan kommunen hjælpe med kørsel eller tolk?

Mvh Nguyen Van Minh""")

M("", """Hvilke patientforeninger findes der for kræftramte i Ishøj? Vi er Kræftens Bekæmpelse, lokalforeningen, og vil gerne præsentere os for byrådet. Mvh""")

M("s", """Kære Kasper

Jeg hørte dig sige i radioen at kommunen skal være et trygt sted for LGBT+-personer. Jeg er biseksuel og fik at vide af en medarbejder på Borgerservice at "det er en fase". Hvad vil du gøre?

Mvh Andreas""")

M("", """Kære Kasper, tak for dit indlæg i radioen om LGBT+-venlige kommuner. Hvilke konkrete initiativer planlægger Ishøj? Mvh LGBT+ Danmark""")

M("pe", """Til direktøren

Vi er ved at sælge vores kiosk på Ishøj Strandvej, og køberen har fået sin finansiering. Men kommunen har sendt et krav om en gammel restance på affaldsgebyr på 28.000 kr. som vi ikke har råd til. Banken har nu sat salget i bero. Kan det deles op?

Mvh Ali og Rania Hamdan""")

M("", """Hvor betaler man affaldsgebyr for erhverv? Vores regnskabskontor skal bruge kommunens kontonummer. Mvh Revisionsfirmaet Vest""")

M("he", """Til hovedpostkassen

Min far Jørgen Kjær, [[090338-0255]], fik ikke sin madordning i fire dage i sidste uge. Han har diabetes og må ikke springe måltider over. Vi har ringet til leverandøren der siger det er kommunens fejl.

Mvh Inge Kjær""")

M("", """Leverandøren af madordningen til hjemmeboende ældre skifter den 1. januar. Der er sendt brev til alle modtagere. Orientering til Social- og Sundhedsudvalget.""")

M("e", """Til Børn og Forebyggelse

Jeg er plejefar for to søskende, Lucas og Emma, og vi har fået at vide at plejevederlaget skal sænkes. Vi har ikke fået nogen begrundelse.

Mvh Carsten Hviid""")

M("", """Hvor mange børn i Ishøj er anbragt uden for hjemmet? Spørgsmål til en artikel i Berlingske. Mvh""")

M("s", """hej line, bare en lille ting: jeg (lasse) og min mand (rune) har meldt os til forældremødet i 0.b men på intra står der "mor" og "far". vi er to fædre. kan I rette det? :)""")

M("", """Kan AULA vise "forælder 1" og "forælder 2" i stedet for "mor" og "far"? Spørgsmål fra skolens it-ansvarlige. Mvh""")

M("b", """Til borgmesteren

Som buddhistisk nonne i Ishøj Buddhistiske Center vil jeg invitere byrådet til vores fredsmeditation i anledning af FN's fredsdag.

Med venlig hilsen
Ani Tenzin Lhamo""")

M("ub", """Til borgmesteren. Jeg stemte på Socialdemokratiet i 2021 og er aktiv i FOA. I har skuffet os med lønnen til SOSU'erne. Mvh Rikke Brandt""")

M("", """Kan borgmesteren svare på, hvad Ishøj gør for at rekruttere SOSU-assistenter? Spørgsmål fra Vestegnens Avis til en artikel. Mvh""")

M("e", """Fra: Henrik Bo <hbo@ishoj.dk>
Til: Hovedpostkassen
Emne: VS: Hjælp

Til Center for Beskæftigelse og Erhverv.

> jeg er blevet fyret i dag og ved ikke hvordan man melder sig ledig. jeg er ikke i nogen a-kasse. kan du hjælpe? Kenneth, [[230895-3311]]""")

M("", """Hvordan melder man sig ledig? Jeg er studievejleder på Ishøj Gymnasium og vil lave en vejledning til elever der afslutter. Mvh""")
