"""corpus80 part H: a council member's inbox in one month: union, sexual orientation,
belief and origin in forwarded, quoted and signed mails, several categories at once;
and the same words in newsletters and general questions as negatives."""
from common import M

M("su", """
Hej Kasper

Min mand Lars og jeg har boet på Fasanvej i 20 år, og nu vil boligselskabet fjerne hækkene. Jeg er TR i 3F på Avedøre Holme og vant til at forhandle, men her lytter ingen. Kan du tage det op?

Mvh Jens Vestergaard
""")

M("ub", """
Kære Helle

Som medlem af både Enhedslisten og FOA vil jeg bede dig stemme imod udliciteringen af rengøringen på plejecentrene. Jeg gør selv rent på Ishøjhave og ved hvad det betyder for kvaliteten.

Kamp hilsen
Gitte Munk
""")

M("tu", """
hej

jeg er polsk og medlem af 3F. jeg arbejder for en underentreprenør på den nye idrætshal og vi får 130 kr i timen, ikke overenskomst. kommunen er bygherre, så i må vide det. mit navn må ikke komme frem til firmaet

Piotr
""")

M("s", """
Til orientering, se nedenstående. Borgeren vil gerne have et svar fra administrationen om parkeringsreglerne.
/Tanja Rask, byrådsmedlem

-----Oprindelig meddelelse-----
Fra: Yousef
Til: Tanja Rask
Emne: p-tilladelse
> Hej Tanja. Min kæreste Ahmed og jeg er lige flyttet sammen på Ishøj Boulevard og
> har hver sin bil, men vi kan kun få én beboerlicens pr. lejlighed. Er det ikke
> forkert, når vi begge arbejder på skiftehold?
> Yousef
""")

M("u", """
Hej Vej og Park

Den nye cykelparkering ved rådhuset er altid fuld kl. 8. Kan der komme flere stativer?

Venlig hilsen
Anette Borg
Tillidsrepræsentant, HK Kommunal Ishøj
Borgerservice · tlf. 43 57 71 20
""")

M("b", """
Til Kultur

Jeg kopierer fra vores brev til jer i sommer: "Som medlemmer af Ishøj Baptistmenighed ønsker vi at låne stranden ved Ishøj Havn til dåb af tre voksne i august."

Vi har stadig ikke fået svar, og nu vil vi gerne planlægge til næste år. Jeg er selv en af dem, der skal døbes.

Venlig hilsen
Morten Aagesen
""")

M("ts", """
Hej

Min kone Li og jeg har en datter på 6 år. Li er fra Kina og vil gerne undervise frivilligt i kinesisk på biblioteket om lørdagen. Hvem skal hun kontakte?

Mvh Mia Holm Zhang
""")

M("u", """
hej

fagforeningen (jeg er i Blik og Rør) siger at kommunen skal betale for mine sikkerhedssko, når jeg er i praktik hos jeres driftsafdeling som lærling. er det rigtigt?

Oliver
""")

M("hu", """
Hej

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Jeg er gravid i 6. måned og kan ikke længere løfte borgerne alene. Min leder siger der ikke er penge til dobbeltbemanding. Kan udvalget se på det?

Med venlig hilsen
Katja Nørby
""")

M("bs", """
Kære Ishøj Kirke / Borgerservice

Min forlovede Peter og jeg vil gerne vies i Ishøj Kirke til sommer. Vi er begge døbt og konfirmeret og går i kirke til højtiderne. Skal prøvelsesattesten søges hos kommunen, når vi er to mænd?

Med venlig hilsen
Søren Kjær
""")

M("u", """
Kære hovedpostkasse

Jeg har skrevet til Lene Friis i Pladsanvisningen to gange og får dette autosvar:

"Jeg er på FOA's kursus for tillidsrepræsentanter til og med fredag den 13. november og læser ikke mails. Henvendelser om pladser kan sendes til pladsanvisning@ishoj.dk."

Jeg har ingen svar fået fra pladsanvisning@ heller. Vi skal bruge en vuggestueplads fra 1. januar.

Mvh Cathrine Møller
""")

M("eu", """
er i 3F og blevet ledig efter 14 år på betonfabrikken. a-kassen siger jeg skal tilmelde mig hos jer på jobnet i dag, men siden virker ikke. hvad gør jeg
Ronny
""")

M("s", """
Hej Kultur

Min kæreste Nina og jeg (vi er begge kvinder, og vi bor sammen i Vejleå) vil gerne leje en kolonihave sammen. Skal vi begge stå på kontrakten?

Mvh Tanja Poulsen
""")

M("t", """
Hej

Min mormor er same fra Nordnorge og har boet i Ishøj i 40 år. Hun vil gerne vise sin samiske dragt og fortælle om joik på Aktivitetscentrets kulturdag. Hvem laver programmet?

Kh Ingrid
""")

M("b", """
Kære Søren Bech

Jeg er medlem af Dansk Folkeparti og har været det siden 2001. Jeg synes, at udvalgets beslutning om at nedlægge Ishøj Landsby Bibliotek er forkert, og jeg vil gerne have ordet på næste borgermøde.

Venlig hilsen
Poul Kruse
""")

M("u", """
Kære borgmester

Som næstformand i BUPL's lokalkreds og forælder i Ishøj vil jeg gerne invitere dig til vores medlemsmøde den 2. december om normeringer.

Venlig hilsen
Stine Brix
""")

M("sb", """
Hej

Vi er et homoseksuelt par og begge katolikker. Vi vil gerne have et sted i Ishøj, hvor vi kan samles med andre troende LGBT+ personer én gang om måneden. Kan vi leje et lokale i Kulturhuset til en lav pris?

Mvh Filip og Tomas
""")

M("tb", """
Til borgmesteren

Vi er palæstinensere og muslimer, og vores familie har boet i Ishøj i 30 år. Vi vil gerne invitere dig til vores iftar i Ishøj Moské under Ramadanen, hvor vi bryder fasten sammen.

Med venlig hilsen
Familien Abu Khalil
v/ Rania Abu Khalil
""")

M("ue", """
Hej Jobcentret

Min a-kasse er FOA, og de siger at I har flyttet mit CV-møde til den 24. I mit brev står der den 17. Hvilken dato er rigtig?

Mvh Lone
""")

M("s", """
Til skolelederen på Vibeholmskolen

Vores søn Sebastian i 8.b har fortalt os, at han er homoseksuel. Siden han fortalte det til klassen, bliver han kaldt ting på Snapchat, og i går blev han skubbet i omklædningsrummet. Vi forventer, at skolen griber ind.

Med venlig hilsen
Helle og Jan Winther
""")

M("s", """
Hi

My girlfriend and I (we're both women) are looking for a family practice doctor in Ishøj that accepts new patients. Is there a list?

Thanks, Sophie
""")

M("u", """
Kære Søren

Vi kender hinanden fra 3F, hvor jeg stadig er medlem. Jeg vil bare sige, at folk på havnen er glade for den nye busforbindelse. Godt gået.

Hilsen Bent Lykke
""")

M("b", """
Hej Mette

> Den 3. nov. 2026 skrev Rasmus Høgh:
> Jeg er medlem af Moderaterne og vil gerne hjælpe med at dele plakater ud om
> den nye affaldsordning. Hvem skal jeg kontakte?

Jeg har ikke hørt fra dig. Er tilbuddet stadig relevant?

Rasmus
""")

M("su", """
Til borgerrådgiveren

Jeg er lesbisk og TR for FOA på Plejecenter Vejleåhaven. En ny kollega har sagt til beboerne at jeg "ikke er en rigtig kvinde". Min leder gør ingenting. Hvem kan jeg klage til, når det er en kommunal arbejdsplads?

Anonym (men I kan svare på denne mail)
""")

M("tb", """
Kære kulturudvalg

Jeg er jøde og er vokset op i Ishøj. Jeg vil gerne foreslå, at biblioteket laver en udstilling om jødisk liv på Vestegnen til Hanukkah. Jeg kan selv låne genstande ud.

Med venlig hilsen
David Rosen
""")

M("u", """
Hej

Jeg er medlem af Dansk El-Forbund og har fået tilbudt job i kommunens ejendomscenter. Kan jeg se overenskomsten, før jeg skriver under?

Mvh Simon Falk
""")

M("b", """
Hej Ishøj Kommune

Vores søn Viggo skal døbes i Torslunde Kirke den 10. januar, og vi vil gerne holde frokost i Torslunde Forsamlingshus bagefter. Er huset ledigt den dag?

Kh Signe og Andreas
""")

M("se", """
Til Plejecenter Ishøjhave

Min far er bøsse og bor hos jer sammen med sin mand Jørgen på stue 7 og 8. Personalet kalder Jørgen for "din ven" i stedet for "din mand". Det gør min far ked af det. Kan I tale med medarbejderne?

Mvh Karina Lund
""")

M("u", """
Kære udvalgsformand

Jeg er medlem af 3F Ishøj og arbejder som vikar for kommunens rengøringsafdeling via et bureau. Vi får ikke samme tillæg som de fastansatte. Er det kommunens beslutning?

Med venlig hilsen
Zeynep
""")

M("t", """
Hej

Jeg er født i Tyrkiet af kurdiske forældre og vil gerne starte et kurdisk kor for ældre kvinder i Ishøj. Kan vi låne et lokale i Vejleå Kulturhus?

Med venlig hilsen
Berivan
""")

M("b", """
Til Ishøj Svømmehal

Min datter Hiba (13) faster i Ramadanen, som begynder i februar. Kan hun være fritaget fra svømmeundervisning i den periode, eller i hvert fald ikke skulle synke vand?

Mvh Samira
""")

M("s", """
Kære borgmester

Min bror Anders og hans mand Victor vil gerne giftes på Ishøj Rådhus i juni, men de bor i Malmø. Må man blive viet her uden at bo i kommunen?

Mvh Kristine
""")

M("u", """
Hej

Som tillidsmand for Dansk Metal på Ishøj Havn vil jeg gerne vide, hvornår kommunen vil renovere kajen ved værkstederne. Folkene er bange for at falde ned.

Mvh Kim Sørensen
""")

M("tu", """
buna ziua / hej

jeg er rumæner og medlem af 3F. jeg arbejder på kommunens vejarbejde ved Ishøj Strandvej via et firma. der er ingen toiletter på pladsen i 3 uger. kan kommunen gøre noget

Ionut
""")

M("sh", """
Hej

Min kæreste Rasmus og jeg skulle have haft vores første bolig i Ishøj fra 1. december, men Rasmus er indlagt med en blodforgiftning, og vi kan ikke flytte før januar. Kan vi udskyde indflytningen i den kommunale ungdomsbolig?

Mvh Mads Toft
""")

M("s", """
Kære Ishøj Bibliotek

Jeg er transkønnet og biseksuel, og jeg savner bøger om bi-personer i ungdomsafdelingen. Kan I købe nogle ind?

Mvh Alex, 17
""")

M("", """
NYHEDSBREV fra Venstre i Ishøj

Kom til julehygge i vores partilokaler på Ishøj Torv torsdag den 10. december kl. 19. Vi byder på gløgg og æbleskiver, og byrådsgruppen fortæller om budgettet.

Med venlig hilsen
Bestyrelsen
""")

M("", """
Hej

Jeg har fået autosvar fra jeres Vej og Park-mail:
"Tak for din henvendelse. Vi har modtaget den og svarer inden for 10 arbejdsdage. Dit sagsnummer er 26/31877."
Det var for 5 uger siden. Skiltet ved Vejleåvej er stadig væltet.

Mvh Steen
""")

M("", """
Kære byråd

Hvor mange kommunalt ansatte i Ishøj er medlem af en fagforening, og hvilken er den største? Jeg læser statskundskab.

Mvh Laura Nielsen
""")

M("", """
Til Kultur- og Fritidsudvalget

Har Ishøj Kommune en LGBT+-politik for sine ansatte og for skolerne? Jeg kan ikke finde den på hjemmesiden.

Mvh Morten
""")

M("", """
Hej

Jeg har hørt, at der kommer et nyt kursus for tillidsrepræsentanter på rådhuset i januar. Hvem arrangerer det, og er det for alle faggrupper?

Mvh Irene, HR-konsulent i en privat virksomhed
""")

M("", """
Til Vej og Park

Der er kommet vejbump på Torslundevej, men de er så høje at bussen skraber. Det larmer hver gang, også om natten. Kan de sænkes?

Mvh
Beboer, Torslundevej 31
""")

M("", """
Invitation: Dialogmøde om integration og fællesskab

Ishøj Kommune og boligorganisationerne inviterer til dialogmøde om fællesskab på tværs af kulturer og trosretninger onsdag den 25. november kl. 18.30 i Strandparkens beboerhus. Der er tolkning til arabisk, tyrkisk og urdu.

Tilmelding: integration@ishoj.dk
""")

M("", """
Hej

Er der nogen regler for hvornår kirkeklokkerne i Ishøj Kirke må ringe om morgenen? De ringer kl. 8 søndag og vækker vores baby.

Mvh Tobias
""")

M("", """
Kære Tanja Rask

Tak for svaret om busruten. Jeg har videresendt det til grundejerforeningen, og vi holder øje med om den nye køreplan holder.

Mvh
Erik Holmgaard
Formand, GF Vejleå Strand
tlf. 40 22 18 90
""")

M("", """
Til hovedpostkassen

Faktura 7712604 fra Ishøj Kommune for leje af Vejleå Kulturhus den 14. november (ref. 0411901122, vores bestilling 44-2026) er på 3.500 kr., men vi aftalte 2.500. Kan I sende en kreditnota?

Med venlig hilsen
Kassereren, Ishøj Cykelklub
""")

M("", """
Hej

Jeg er præstens nabo på Ishøj Kirkevej, og præstegårdens store kastanjetræ hænger ind over vores tag. Er det kommunen eller kirken, der skal beskære det?

Mvh Hanne
""")

M("", """
Hej

Hvad er ventetiden på en ældrebolig i Ishøj for tiden, og hvor mange ældreboliger har kommunen i alt? Jeg sidder i bestyrelsen for pensionistforeningen.

Mvh Aase
""")

M("", """
Kære kommune

Jeg har set at Ishøj har flest borgere med ikke-vestlig baggrund i Region Hovedstaden. Hvilken betydning har det for kommunens budget?

Mvh Bo
""")
