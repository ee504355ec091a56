"""Part E: political opinions, party politics, letters to the editor, journalists, lobbyists."""
from common import M

M("", """
Kære byrådsmedlemmer

Vedlagt i kopi mit læserbrev til Ishøj-Vallensbæk Lokalavis: "Byrådet svigter cyklisterne". Det er på tide at I prioriterer sikre skoleveje frem for flere parkeringspladser ved Bycentret.

Med venlig hilsen
Tove Ilsøe
""")

M("b", """
Kære Lone

Jeg har stemt Venstre hele mit liv, og min far gjorde det samme. Men efter jeres stemme for at lukke Ishøj Landsby Skole stemmer jeg ikke på jer igen. Det skal du vide.

Hilsen
Ejvind Mortensen
""")

M("", """
Kære Lone

Jeg er uenig i byrådsflertallets beslutning om at lukke Ishøj Landsby Skole. Små skoler har en værdi som ikke kan måles i kroner. Jeg håber beslutningen bliver taget op igen efter valget.

Hilsen
Lene Vad
""")

M("b", """
Kære Kasper

Jeg er medlem af Enhedslisten og aktiv i partiets lokalafdeling, men det her skriver jeg som nabo: Træerne langs Ishøj Søvej må ikke fældes. Jeg håber du vil støtte vores underskriftsindsamling.

Mvh
Ditte Bonde
""")

M("", """
Kære Kasper

Træerne langs Ishøj Søvej må ikke fældes! De er over 50 år gamle og giver skygge og læ. Vi har samlet 640 underskrifter, som er vedhæftet.

Mvh
Beboergruppen "Red Søvejens Træer"
""")

M("", """
Kære borgmester

Jeg er journalist på TV 2 Lorry og laver et indslag om kommunernes udgifter til flygtninge fra Ukraine. Kan vi få en kommentar fra dig om Ishøjs erfaringer, og kan I oplyse hvor mange ukrainere kommunen har modtaget siden 2022?

Venlig hilsen
Sofie Bruun, TV 2 Lorry
""")

M("t", """
Kære borgmester

Jeg er ukrainer og flygtede fra Kharkiv med mine to døtre i 2022. Jeg ser at TV 2 Lorry skriver om "udgifter til flygtninge". Jeg vil gerne sige at jeg i dag arbejder fuldtid på en tandklinik i Ishøj og betaler skat. Vi er ikke kun en udgift.

Med venlig hilsen
Olena Kovalenko
""")

M("", """
Kære borgmester

Jeg repræsenterer Dansk Erhverv og vil gerne invitere dig til et rundbordsmøde om kommunernes erhvervsvenlighed. Ishøj ligger nr. 41 i den seneste måling, og vi vil gerne drøfte hvordan placeringen kan forbedres.

Med venlig hilsen
Christian Winther, chefkonsulent, Dansk Erhverv
""")

M("", """
Kære byrådsmedlemmer

Som lobbyist for en større detailhandelskæde vil jeg gerne præsentere vores projekt for et nyt lavprisvarehus ved Ishøj Stationsvej. Vi har gennemført en trafikanalyse, som er vedhæftet. Vi håber at kunne mødes med udvalget.

Med venlig hilsen
Mikkel Steen, Steen Public Affairs
""")

M("b", """
Kære Anne

Jeg er aktiv i Extinction Rebellion og har været det i tre år. Jeg har sat mig foran gravemaskinerne ved Ishøj Strand før, og jeg gør det igen hvis kommunen giver tilladelse til parkeringshuset i naturområdet.

Mvh
Freja Lind
""")

M("", """
Kære Anne

Kommunen bør have en klimaplan der faktisk lever op til Parisaftalen. Den nuværende plan er for vag. Jeg opfordrer byrådet til at sætte konkrete mål for CO2-reduktion i transportsektoren.

Mvh
Klimaforum Ishøj
""")

M("", """
Til alle byrådets medlemmer

Dansk Folkeparti i Ishøj er imod at kommunen bygger flere almene boliger i Vildtbanen. Dette er et partipolitisk standpunkt, og vi sender denne henvendelse som partiforening. Vi beder om at vores bemærkninger kommer med i høringssvarene.

Med venlig hilsen
Dansk Folkeparti, Ishøj lokalforening, bestyrelsen
""")

M("b", """
Hej Morten

Jeg meldte mig ind i Dansk Folkeparti i går efter jeres beslutning om asylcentret. Det har jeg aldrig troet jeg skulle gøre. Jeg ville bare have at du vidste det.

/Claus
""")

M("", """
Hej Morten

Jeg synes beslutningen om at åbne et midlertidigt asylcenter i den gamle skole er forkert. Området har ikke infrastruktur til det, og borgerne blev ikke hørt ordentligt. Det er ikke fordi jeg er imod flygtninge.

Mvh
Carina Juhl
""")

M("bt", """
Hej Morten

Som iraner og som en der selv var politisk fange under regimet, er jeg chokeret over tonen i debatten om asylcentret. Jeg er i dag medlem af Radikale Venstre og vil gerne stille mig til rådighed hvis byrådet vil høre fra nogen der selv har været asylansøger.

Venlig hilsen
Reza Tabrizi
""")

M("", """
Kære Lone

Hvorfor skal kommunen bruge penge på et nyt kunstværk ved rådhuset, når der ikke er råd til lærere? Jeg forstår ikke prioriteringerne.

Mvh Ole, en vred skatteyder
""")

M("b", """
Kære Lone

Jeg var med til at stille op for Konservative ved sidste valg (nr. 9 på listen), så jeg kender godt vilkårene. Men jeg vil alligevel bede dig om at forklare din stemme om kunstværket. Det har kostet os mange vælgere.

Med venlig hilsen
Henrik Gylling
""")

M("", """
Kære Kasper

Jeg vil gerne takke dig for dit indlæg i byrådsdebatten om ældreområdet. Det var velovervejet og respektfuldt. Uanset parti bør vi have mere af den slags politik.

Venlig hilsen
Edith Krarup
""")

M("", """
Kære borgmester

Politiken skriver i dag at Ishøj har landets højeste andel af borgere på kontanthjælp. Hvordan forholder du dig til det? Jeg er freelancejournalist og skriver til Altinget.

Med venlig hilsen
Torben Lyng
""")

M("e", """
Kære borgmester

Jeg er en af dem i Politikens statistik. Jeg er 44, har været på kontanthjælp i 6 år og er i et ressourceforløb. Jeg vil gerne arbejde, men jeg har ikke fået et eneste tilbud der passer til mig. Spørg os, før I laver nye tiltag.

Mvh
Lotte Hauge
""")

M("", """
Kære byrådsmedlemmer

Kontanthjælpsloftet og 225-timersreglen har skubbet tusindvis af børn ud i fattigdom. Jeg opfordrer Ishøj Byråd til at udtale sig imod reglerne over for Folketinget.

Med venlig hilsen
Red Barnet, lokalforening Ishøj
""")

M("b", """
Kære Anne

Jeg er vegetar af etiske grunde og har været det i 20 år. Jeg synes det er helt forkert at kommunens kantiner ikke har en vegetarisk hovedret hver dag. Det handler for mig om dyrevelfærd og ikke smag.

Mvh
Louise Østergaard
""")

M("", """
Kære Anne

Kommunens madservice bør tilbyde mere plantebaseret mad, både af hensyn til klimaet og sundheden. Jeg foreslår en kødfri dag om ugen i institutionerne.

Mvh
Mads Eriksen
""")

M("", """
Kære borgmester

Jeg vil bare sige at jeg er dybt uenig i din udtalelse i Ishøj Avis om at "Ishøj skal være en by for alle". Det er en tom floskel. Giv os hellere konkrete løsninger på kriminaliteten.

Hilsen
Ib Fredslund
""")

M("b", """
Kære borgmester

Som pacifist og medlem af Aldrig Mere Krig er jeg imod at kommunen udlejer arealer ved havnen til Forsvarets øvelse. Det strider mod alt det jeg tror på.

Venlig hilsen
Gunnar Holm
""")

M("", """
Kære borgmester

Jeg er imod at kommunen udlejer arealer ved havnen til Forsvarets øvelse. Støjen vil genere beboerne og fuglelivet. Hvorfor er der ikke hørt?

Venlig hilsen
Ishøj Havns Bådelaug
""")

M("", """
Kære Lone

Jeg arbejder for Landsorganisationen for ældre og vil gerne sende dig vores nye analyse af frit valg i hjemmeplejen. Vi mener at kommuner som Ishøj bør genoverveje deres udbudsmodel. Må jeg ringe dig op?

Med venlig hilsen
Sigrid Lausen, politisk konsulent
""")

M("", """
Kære byrådsmedlemmer

Vi er 17 lokale borgere, som har dannet en tværpolitisk gruppe for en bilfri bymidte. Vi er både røde og blå, unge og gamle. Vi vil gerne holde et møde med Teknik- og Miljøudvalget.

Kontakt: Line Gram, tlf. 40 18 92 37
""")

M("b", """
Kære Kasper

Jeg skriver til dig som partifælle – vi mødtes på Socialdemokratiets kongres i Aalborg. Jeg bor nu i Ishøj og vil gerne være aktiv i partiforeningen. Hvem skal jeg kontakte?

Venlig hilsen
Marianne Holm
""")

M("", """
Kære Kasper

Hvornår holder Socialdemokratiet i Ishøj sit næste åbne møde? Jeg er ikke medlem, men vil gerne høre hvad I mener om skolestrukturen.

Mvh
Tobias Krag
""")

M("tb", """
Kære borgmester

Som jøde – jeg er medlem af Mosaisk Trossamfund – og som borger i Ishøj gennem 30 år blev jeg ked af at se graffitien på busstoppestedet ved stationen i sidste uge. Jeg vil gerne bede kommunen fjerne den hurtigt og melde det til politiet.

Med venlig hilsen
Ruth Abrahamsen
""")

M("", """
Kære borgmester

Der er antisemitisk graffiti på busstoppestedet ved Ishøj Station. Den skal fjernes med det samme, og kommunen bør anmelde det til politiet.

Hilsen
Jakob Lund
""")

M("", """
Hej Morten

Er det rigtigt at byrådet skal stemme om et nyt navn til pladsen foran rådhuset? I så fald foreslår jeg "Folkets Plads". Det er neutralt og inkluderende.

Mvh
Jens
""")

M("b", """
hej anne
jeg stemte på dig til sidste valg fordi du lovede at kæmpe for skaterbanen. nu er der gået to år. hvad sker der?
mvh Mathias 17 år (ok jeg stemte ikke, jeg var 15, men min mor gjorde det pga mig haha)
""")

M("", """
Kære Lone

Som byrådsmedlem har du ansvar for at kommunens penge bruges fornuftigt. Hvorfor har kommunen brugt 2,4 mio. kr. på eksterne konsulenter i år? Jeg har fået tallet via aktindsigt, sag nr. 2025-004173.

Med venlig hilsen
Hans Brix
""")
