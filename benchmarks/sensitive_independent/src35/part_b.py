"""corpus35 part B: sexual orientation said indirectly (a partner's name and the
writer's sex, a husband of a man, a wife of a woman, rainbow families, coming out),
often with other categories."""
from common import M

M("s", """Hej

Min mand Kristian og jeg skal giftes på Ishøj Rådhus den 14. september. Kan vi få vielsen i byrådssalen i stedet for det lille lokale? Vi er ca. 30 gæster.

Mvh
Thomas Brandt""")

M("s", """Hej børnehaven Solsikken. Til forældremødet kommer vi begge to, altså Sara og jeg. Vi er Ellas to mødre, så I må gerne ændre skemaet hvor der står "mor og far". Kh Line Holm""")

M("s", """hej, jeg er 16 og sprang ud for mine forældre i weekenden. det gik ikke så godt og min far siger jeg skal "tage mig sammen". er der nogen i kommunen jeg kan snakke med om at være bi? jeg vil ikke skrive mit navn. """)

M("se", """Til Center for Børn og Forebyggelse

Min mand Jesper og jeg er godkendt som plejefamilie og har nu haft Noah boende i et år. Vi er blevet bedt om at møde op til opfølgningsmøde, men der står kun "plejemor" i indkaldelsen. Vi er to fædre, så vær venlig at rette det i systemet.

Venlig hilsen
Michael Winther
Ishøj Strandvej 201""")

M("s", """Kære borgerrådgiver

Jeg vil klage over en medarbejder i Borgerservice. Da jeg bestilte pas, spurgte hun om min "mand" skulle med, og da jeg sagde at min kone hedder Camilla, grinede hun. Det var ydmygende.

Med venlig hilsen
Julie Fenger""")

M("sh", """Hej Sundhedsplejen

Min hustru Nanna er gravid i uge 30 og jeg er medmor. Vi vil gerne vide om begge forældre kan deltage i det første hjemmebesøg, og om I har erfaring med regnbuefamilier.

Hilsen
Signe Krogh""")

M("s", """Hej, jeg hedder Ahmed og jeg er homoseksuel. Jeg er bange for at min familie finder ud af det, fordi vi bor i samme opgang på Vejleåparken. Kan kommunen hjælpe mig med en anden bolig eller ved I hvem jeg kan ringe til?""")

M("se", """Til Borgerservice. Jeg og min afdøde mand Poul boede sammen i 31 år, gift de sidste 10. Nu skal jeg søge om enkeltydelse til hans begravelse, da jeg kun har min folkepension. Hvilke papirer skal I bruge? Venlig hilsen Erik Haslund, cpr [[060846\u00a01093]]""")

M("s", """hey, jeg skriver bare for at høre om Ishøj Ungdomsskole har en LGBT+-gruppe. jeg er en pige og har en kæreste der hedder Mathilde og vi vil gerne møde andre som os. vh Freja 15""")

M("s", """Til dagplejen. Det er mig der henter Oscar fredag, ikke hans far. Jeg er hans fars mand, altså Oscars papfar, og jeg hedder Niels. Jeg står på listen over hentere. mvh Niels Bjerre""")

M("s", """Kære Lotte Rosenkvist

Jeg vil opfordre dig til at arbejde for at Ishøj flager med regnbueflaget i Pride-ugen. Jeg er selv lesbisk og har boet i Ishøj hele mit liv, og det ville betyde meget.

Hilsen
Birthe Sand""")

M("sb", """Hej Lars. Jeg er medlem af Alternativet og er bøsse, og jeg synes kommunens nye trivselsplan for de ældste klasser helt glemmer de unge homoseksuelle. Vil du tage det med i udvalget? /Frederik Lykke""")

M("s", """hej jeg er transkønnet mand og homo og vil gerne bruge herreomklædningen i Ishøj Svømmehal. personalet sender mig til dameomklædningen. hvad gælder? mvh Alex""")

M("se", """Hej

Min kone Rikke og jeg er gået fra hinanden, og vi er uenige om samværet med vores søn Victor, som Rikke har født og jeg har adopteret. Familieretshuset er inde over. Kan kommunen tilbyde os samtaler om samarbejde?

Med venlig hilsen
Louise Damgaard""")

M("s", """Dear Ishøj Kommune, my husband Marco and I moved here from Milan last month. We are both men and want to register as a married couple. Is our Italian marriage certificate enough, or must it be translated? Best regards, Giovanni Esposito""")

M("s", """Hej, vi er to kvinder som ønsker at adoptere og vi har fået at vide at kommunen skal lave en vurdering af vores hjem. Hvor lang tid tager det? Vh Maria og Josefine, Torslunde""")

M("she", """Til Center for Voksne og Velfærd

Min samlever Bent (79) har fået demens, og jeg passer ham hjemme. Vi har været kærester i 40 år, selvom vi først blev gift da det blev lovligt for to mænd. Jeg har brug for aflastning et par dage om ugen.

Venlig hilsen
Aage Friis""")

M("s", """til borgerrådgiveren

min søn sprang ud som homo i 8. klasse og bliver nu kaldt ting på gangene hver dag. skolen gør intet. hvad kan jeg gøre? han hedder Villads og går på Ishøj Skole.
mvh Karina""")

M("s", """Hej Kommunen, jeg og min kæreste Sofie (vi er begge kvinder) vil gerne leje Ishøj Havns festlokale til vores bryllup næste sommer. Hvad koster det? Hilsen Amalie""")

M("su", """Hej Michael

Jeg er TR i HK på rådhuset og samtidig selv homoseksuel. Jeg vil gerne i dialog med dig om en mangfoldighedspolitik for kommunens ansatte, fordi flere kolleger ikke tør fortælle om deres kærester.

Mvh
Jonas Riis""")

M("s", """hejsa. Jeg er pansexuel og har en kæreste der er nonbinær. vi vil gerne flytte sammen i en ungdomsbolig i Ishøj, men formularen kræver at man skriver "mand/kone/kæreste". bare til info. mvh Kim""")

M("s", """Hej. Det er Karsten fra nr. 14 på Ishøj Søvej. Jeg vil klage over at naboen har skrevet "bøssesvin" på min og min mand Henriks postkasse. Det er 3. gang. Politiet siger jeg skal skrive til kommunen fordi det er almenboligens område.""")

M("s", """Til Borgerservice

Jeg er en kvinde og gift med Hanne. Vi skal have ny sygesikring da vi er flyttet til Ishøj. Hvorfor står Hanne som "ægtefælle (mand)" i jeres brev?

Venlig hilsen
Dorthe Bagger""")

M("se", """hej, er asexuel og har aldrig haft en kæreste og vil aldrig have det. min sagsbehandler i jobcentret bliver ved med at spørge om jeg "ikke snart skal have en familie" når vi taler om bolig. det er ikke ok. /Mads""")

M("sh", """Kære Sundhedspleje

Min mand og jeg (vi er to mænd) har fået en søn via surrogati i Canada. Han er født for tidligt og har været indlagt på Rigshospitalet i 4 uger. Nu kommer han hjem til Ishøj, og vi vil gerne have besøg af en sundhedsplejerske.

Venlig hilsen
Kenneth og Simon Dalsgaard""")

M("s", """Hej dagtilbud. Vi er en regnbuefamilie med tre forældre – Anne, mig (Rasmus) og Annes kone Pernille. Kan vi alle tre få adgang til Aula for Storm? Mvh Rasmus Hvid""")

M("st", """Hello, I came to Denmark from Uganda because I am gay and it is not safe for me there. Now I have asylum and I am moving to Ishøj. Are there any groups for LGBT refugees in the municipality? Thank you, Joseph""")

M("s", """Til Ishøj Seniorråd. Jeg er enkemand efter min mand Ole gik bort i foråret, og jeg vil gerne høre om der findes en samtalegruppe for ældre homoseksuelle i kommunen. Jeg er 74. Med venlig hilsen Jørgen Wulff""")

M("s", """Hej Jan, du kender mig fra fodboldklubben. Jeg har ikke sagt det til nogen, men jeg er bøsse, og jeg kan ikke tåle mere af trænerens jokes i omklædningsrummet. Kan kommunen gøre noget som klubbens tilskudsgiver? – ikke nævn mit navn tak. Christoffer""")

M("se", """Hej sagsbehandler

Jeg er en mand og min mand Tariq har fået afslag på familiesammenføring. Jeg modtager kontanthjælp og har fået at vide, at det er derfor. Kan kommunen bekræfte, at jeg ikke har fået kontanthjælp de sidste 3 år? Det er forkert.

Hilsen
Martin Ebbesen
[[110589-3267]]""")

M("s", """hej, jeg er mor til Liva i 2.A. Liva har to mødre, mig og Malene, og vi har valgt at hun skal kalde os mor og mamma. kan I sige det til de nye vikarer, de er forvirrede :) mvh Trine""")

M("s", """Til Kultur- og Fritidsudvalget

Som lesbisk mor til to i Ishøj savner jeg at biblioteket har børnebøger med regnbuefamilier. Mine børn ser aldrig en familie som vores.

Venlig hilsen
Pia Mølgaard""")

M("s", """Hej Borgerservice, jeg er Henrik og skal have vielsesattest på dansk for mig og min ægtemand Lukas til vores ansøgning om lejlighed i Tyskland. Kan jeg bestille den her? Mvh Henrik Aagaard""")

M("", """Hej, hvornår er Ishøj Pride i år, og skal man tilmelde sig hvis man vil gå med i optoget? Mvh Louise""")
