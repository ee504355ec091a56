"""corpus32 part H: short and medium mails with pasted form fields and CPR numbers."""
from common import M

M("", """Navn: Jens Peter Lund
CPR-nr.: [[220356-1187]]
Adresse: Ishøj Bygade 3
Sagsnr.: 00.01.00-A00-0912-24
Henvendelsen drejer sig om: Klage over manglende svar på spørgsmål om vejbump.""")

M("e", """Hej. Jeg har fået afslag på boligstøtte. Mit cpr er [[0511892314]]. Jeg vil gerne have aktindsigt i beregningen. Mvh Natascha Birk, Vejleåparken 2""")

M("u", """Til borgerrådgiveren

Navn: Kurt Ulrik Hansen
Cpr.nr: [[140562 1033]]

Jeg er medlem af Dansk Metal og vil klage over at Jobcenteret har sendt mit CPR-nummer med almindelig mail til min fagforening. Er det lovligt?

Kurt""")

M("he", """Kære borgerrådgiver, på vegne af min far Erling Bro, personnr. [[030831-0819]], som er dement og bor hjemme med min mor. Vi har ikke fået svar på ansøgning om en demenskoordinator. Mvh datteren Lise Bro""")

M("", """Hej jeg har glemt at skrive mit cpr i klagen jeg sendte i går, her er det: [[2903941207]]. mvh Sebastian""")

M("s", """Til: Borgerservice / kopi borgerrådgiver

Vi er et homoseksuelt par, der skal giftes på rådhuset i maj. Ved anmeldelsen af ægteskabet blev vi bedt om at sende vores CPR-numre. Her er de:
Lasse Friis: [[170388-1455]]
Mikkel Aaen: [[020790-2261]]
Vi har ventet 5 uger på en bekræftelse på vielsesdatoen. Hvornår kan vi forvente den?""")

M("eh", """Klage

Navn: Majken Storm
CPR: [[1808801912]]
Adresse: Ishøj Strandvej 8, 3.
Tlf.: 29 17 46 30
Sagsnr.: 27.12.02-G01-0409-24

Jeg har fået frataget min hjemmehjælp efter min knæoperation. Der kom ingen visitator. Jeg kan ikke stå op i mere end 5 minutter. Jeg vil have aktindsigt og klage.""")

M("t", """Kære borgerrådgiver. Jeg skriver på vegne af min mor, Sanaa Benali, cpr [[101058-2118]], som er marokkansk og ikke læser dansk. Hun har fået et brev på dansk om sin pension og forstår det ikke. Borgerservice siger at de ikke oversætter. Er det rigtigt? Vh Youssef Benali""")

M("p", """Hej, vi er i gang med at sælge vores hus og køberens bank skal bruge en erklæring om, at der ikke er restancer til kommunen. Sælgere: Hanne Lykke [[060672 2219]] og Bo Lykke [[300770 1127]], Brushøjvej 2. Handlen falder, hvis erklæringen ikke er her inden fredag. Hvem kan hjælpe?""")

M("b", """Hej. Jeg vil gerne melde mig ud af folkekirken og har hørt at det sker hos kirkekontoret og ikke hos jer. Jeg er ateist og vil ikke betale kirkeskat mere. Cpr [[250797–3310]]. Kan I sende det videre? Mvh Nikolaj""")

M("", """Til borgerrådgiveren

Vedr. sagsnr. 05.13.02-K04-2306-24 og mit cpr [[030466 1391]].

Jeg vil klage over at der i brevet om min P-afgift stod mit fulde CPR-nummer, og at brevet blev sendt med almindelig post.

Mvh Georg Wendel""")

M("eu", """Hej

Navn: Anja Bruun
Cpr: [[080983-1746]]

Jeg er ledig og medlem af FOA's a-kasse. Jobcenteret har sendt mig en forkert dato til min samtale, og nu siger a-kassen at jeg er udeblevet. Kan borgerrådgiveren hjælpe med at få det rettet?

Anja""")

M("he", """Kære direktionsassistent

Min søn Elias ([[120316-4281]]) har autisme og har fået afslag på specialskole. Vi har klaget, men vi har ikke hørt noget i 3 måneder. Han har ikke været i skole siden sommerferien. Vi er desperate.

Mvh Kristina og Mads Eg""")

M("", """Hej hvordan sender jeg mit CPR sikkert til jer? Jeg skal bruge det til en klage, men vil ikke sende det på gmail. mvh Simone""")

M("", """Fuldmagt

Undertegnede, Arne Kjeld Fisker, cpr.nr. [[191145-1023]], giver hermed min nabo Jytte Holm fuldmagt til at kontakte Ishøj Kommune vedr. min klage over snerydning på Ishøj Parkvej.

Dato: 04.12.2024
Underskrift: Arne Fisker""")

M("ht", """Til borgerrådgiver

Min kone, Mai Nguyen (cpr [[210576 2904]]), er vietnamesisk og har brystkræft. Hun fik besked om at hun skulle møde til genoptræning på Ishøj Sundhedscenter, men brevet var på dansk, og hun kom ikke. Nu er hun slettet fra holdet. Vi vil gerne have en ny plads.

Thanh Nguyen""")

M("e", """hej jeg vil klage over at min kontanthjælp er stoppet uden at nogen har ringet. mit cpr er [[160601 4435]], jeg er 23. jeg har ikke fået et brev. mvh malthe""")

M("s", """Kære borgerrådgiver

Jeg er pansexuel og har skiftet navn. Borgerservice har ikke opdateret mit navn i alle kommunens systemer, så jeg får stadig breve med mit gamle navn. Cpr [[090902-4417]]. Mvh Robin Ask""")

M("bt", """Til Ishøj Kommune, Borgerservice

Vedr.: Navneændring
Navn: Miriam Rosen
CPR: [[111286-1620]]

Jeg ønsker at ændre mit mellemnavn til mit jødiske familienavn fra min farmor. Min ansøgning har ligget i 10 uger. Hvorfor tager det så lang tid?""")

M("", """Hej. Jeg har fået et brev med nr. 250124-0719 øverst. Er det mit sagsnummer eller noget andet? Der står også "Deres ref.: 1104-23-ABK". Mvh Tove""")

M("he", """Borger: Pia Thule
cpr: [[2208672150]]
Henvendelse: Jeg har epilepsi og har fået inddraget mit kørekort. Kommunen har ikke svaret på min ansøgning om kørsel til arbejde. Klage over sagsbehandlingstid.""")

M("pe", """Kære borgerrådgiver. Jeg er under tvangsauktion med mit rækkehus på Strandgårdsvej, auktionen er sat til 14. januar. Kommunen har et krav på ejendomsskat. Kan jeg få en afdragsordning så auktionen stoppes? cpr [[040473-0926]]. Mvh Lene Sommer""")

M("u", """Hej. Jeg er TR for 3F hos et rengøringsfirma, der gør rent på rådhuset. Jeg er blevet bedt af firmaet om at sende mit cpr-nummer til kommunen for at få adgangskort: [[291180 2291]]. Er det rigtigt at kommunen skal have det? Vh Brian Ruud""")

M("", """Til hovedpostkassen

Vi har modtaget et brev fra jer med vores CVR 29 18 44 21 og P-nummer 1012345678. Brevet er adresseret til en tidligere ejer. Vi har overtaget butikken for længe siden. Venligst opdater jeres register.

Ishøj Blomster ApS""")

M("e", """hej jeg skal bruge hjælp til at betale min elregning jeg skylder 6.400 og de lukker for strømmen næste uge. Jeg har 2 børn. Cpr [[1502863313]]. kan I hjælpe? vh Ditte""")

M("th", """Hej. Jeg skriver for min onkel Mehmet Aydın (cpr [[0207551118]]), der er tyrkisk og bor alene i Ishøj. Han har haft et slagtilfælde og kan ikke tale. Vi vil gerne have en tyrkisktalende hjemmesygeplejerske. Er det muligt? Mvh Elif""")
