"""Part A: heating and electricity bills, snow clearing and gritting."""
from common import M

M("e", """
Til borgmesterens sekretær

Jeg er pensionist og kan ikke betale varmeregningen fra Ishøj Fjernvarme for november. Den lyder på 4.860 kr og min folkepension rækker ikke. Kan kommunen hjælpe med et lån eller en enkeltydelse?

Venlig hilsen
Gudrun Mikkelsen
Vejlebrovej 118, 1. tv
""")

M("", """
Hej. Hvornår bliver der saltet på Ishøj Landevej ved skolen om morgenen? I dag var det spejlglat kl. 7.30.
""")

M("", """
Kære Hovedpostkasse

Jeg vil gerne høre om kommunen giver tilskud til varmepumper i ældre parcelhuse, og om der er en pulje i år. Jeg har læst noget i avisen om at staten har en ordning.

Mvh Poul Erik
""")

M("he", """
Kære Lise Andersen (byrådet)

Min mor på 84 har KOL og skal holde varmen, men hun har slukket for radiatorerne for at spare, fordi hendes elregning er røget op. Hun får varmetillæg til pensionen men det dækker ikke. Kan I ikke få nogen fra kommunen til at kigge på hendes sag?

Venlig hilsen
Birthe Lauritsen
""")

M("", """
sneen er ikke ryddet på stien bag Strandgårdskolen endnu, vores børn går der hver morgen. hvem skal man ringe til
""")

M("", """
Til direktionsassistenten

Vi er en grundejerforening i Tranegilde med 44 huse. Vi vil gerne vide, om kommunen snerydder vores private fællesvej, eller om vi selv skal betale en entreprenør. Sidste vinter var der uenighed om det.

Med venlig hilsen
Bestyrelsen, Grf. Tranehaven
""")

M("e", """
Hej

Jeg har fået en rykker fra Norlys på 3.212 kr og de truer med at lukke for strømmen d. 1. december. Jeg er på kontanthjælp og har to børn. Hvad gør jeg? Kan jeg søge hos jer?

Jannie
""")

M("", """
Kære borgerrådgiver

Jeg vil klage over at snerydningen konsekvent glemmer cykelstien langs Jægerbuen. Det har været sådan tre vintre i træk. Jeg forventer ikke et svar om min egen sag, det er en generel klage over serviceniveauet.

Mvh
Torben Hald
""")

M("h", """
Goddag

Min mand er dårligt gående efter en blodprop og kan ikke skovle sne. Vi bor Skovvej 23. Er der en ordning hvor kommunen rydder fortovet for ældre? Vi er begge over 80.

Med venlig hilsen
Inger og Knud Dalsgaard
""")

M("", """
Hvorfor er varmeprisen i Ishøj steget 12 % når Forsyningen selv skriver, at gassen er billigere? Det synes jeg byrådet skal forklare på næste møde.
""")

M("", """
Kære Lars Kragh

Jeg skriver som formand for Ældrerådets klub i Vejleåparken. Vi savner information om, hvordan man søger om varmetilskud, mange af vores medlemmer er usikre. Kunne kommunen lave et informationsmøde i januar?

Venlig hilsen
Else Marie Juhl
""")

M("e", """
Til kommunen

Vi har fået varmeregning efter flytning. Vi fik ellers at vide at boligstøtten skulle dække noget af det. Vores boligstøtte er faldet fra 2.100 til 1.450 om måneden og vi forstår ikke hvorfor. Sagsnummer 2024-118733.

Venlig hilsen
Mette og Jonas Kragelund
""")

M("", """
Kundenummer 0512780043 — jeg har fået en fjernvarmeregning på et hus jeg ikke ejer længere, hvem skal jeg kontakte?
""")

M("", """
Hej Hovedpostkassen. Målernummer 1101643321 viser et forbrug der ikke kan passe, måleren må være i stykker. Jeg har sendt billeder til Forsyningen, men de henviser til jer. Mvh Ole
""")

M("he", """
Kære borgerrådgiver

Jeg er 77 og har fået hjemmehjælp til rengøring hver anden uge. Nu er min hjemmehjælper stoppet med at komme fordi der ikke er ryddet sne ved min indgang. Jeg har gigt i begge hænder og kan ikke selv skovle. Det er ikke rimeligt at jeg så står uden hjælp.

Hilsen
Aase Frandsen
Brogårdsvej 9
""")

M("", """
Til byrådet

Jeg synes det er for dårligt at kommunen har sparet på grusningen i år. Ældre mennesker falder og brækker hoften, det koster meget mere på sygehuset end grus koster. Tænk jer om.

Hilsen en vred borger fra Ishøj Strand
""")

M("e", """
Kære Hanne Sørensen

Tak for en god snak i Bycentret lørdag. Som lovet skriver jeg: jeg er blevet sat ud af min lejlighed i oktober og bor nu hos min søster i Torslunde. Jeg står på venteliste til en akutbolig men ingen svarer mig. Kan du sende det videre til de rigtige?

Venlig hilsen
Rasmus Bech
tlf 22 41 07 93
""")

M("", """
Faktura nr. 2911246610 fra Ishøj Forsyning er betalt to gange via Betalingsservice. Jeg vil gerne have pengene retur. Konto reg. 2191 kontonr. 6280114573.
""")

M("e", """
Hej

Jeg skylder stadig restskat og nu også på varmen, og jeg har fået et brev fra Gældsstyrelsen. Min rådgiver i Ydelsescentret sagde, jeg skulle skrive hertil for at få en aftale om afdrag på den kommunale gæld. Mit cpr er [[030461-1187]].

Vh Bjarne Nygaard
""")

M("", """
Er der nogen planer om at lave jordvarme i det nye område ved Ishøj Nordstrand? Jeg er ingeniør og interesseret i at følge projektet. Kan I henvise til de rigtige sagsakter?
""")

M("", """
Kære direktionsassistent

Vil I venligst sende mig oversigten over, hvilke veje der har prioritet 1, 2 og 3 i vintertjenesten? Jeg kan ikke finde den på hjemmesiden.

Med venlig hilsen
Hans Jørgen Krogh
""")

M("h", """
Hej,

min far faldt på isen ud for Søndergade 14 i går og brækkede håndleddet. Han er nu gipset og har smerter. Vi mener ikke der var saltet. Hvordan anmelder man skaden til kommunens forsikring? Han hedder Egon Winther, [[120838-1342]].

Mvh datteren, Susanne Winther
""")

M("", """
Hej
Jeg har hørt at man kan få gratis energitjek hos kommunen. Passer det? Vi har et rækkehus fra 1972.
""")

M("eu", """
Til Lars Kragh

Jeg har været i FOA i 31 år, og nu er jeg blevet fyret fra mit job som sosu-hjælper pga. nedskæringer. Min a-kasse har sagt jeg skal melde mig ledig hos jer. Jeg vil bare sige at det er en skam at kommunen skærer på de ældre lige op til jul.

Mvh Hanne Gregersen
""")

M("", """
Til hovedpostkassen

Gadelyset på stien mellem Vildtbanevej og Ishøj Stationsvej har været slukket i tre uger. Det er mørkt kl 16 nu, og folk er utrygge. Kan det blive lavet?
""")

M("ep", """
Kære borgmester

Vi er nødt til at sælge vores hus på Ishøj Strandvej 41 fordi vi ikke kan betale varmen og lånene mere. Huset har været til salg siden september, og nu har vi fået et bud, men køberen vil have at vi først får lavet en ny fjernvarmeunit. Kan kommunen sige noget om hvornår tilslutningen til det nye net sker?

Med venlig hilsen
Dorthe og Kim Hvidberg
""")

M("", """
Hvor mange husstande i Ishøj fik varmecheck sidste år? Jeg er journalist på Lokalavisen og skriver en artikel om energipriser. Anonymiserede tal er fint.
""")

M("hu", """
Hej Peter Madsen

Jeg er TR for vejfolkene i Entreprenørgården (3F). Flere af mine kolleger har været syge med ondt i ryggen efter de lange snevagter, og én af dem, Morten, har været sygemeldt siden sidste uge med en diskusprolaps. Vi synes vagtplanen skal ses efter inden januar.

Mvh
Jesper Holm
""")

M("", """
Hej!
Vi vil gerne låne et par saltspande til vores vej i kolonihaveforeningen. Er det noget kommunen udleverer? Vh. Foreningen Ishøj Lund
""")

M("e", """
Kære borgerrådgiver,

Jeg har søgt om hjælp til betaling af varmeregning (enkeltydelse) og fået afslag. Jeg mener ikke de har set på, at min mand er død i august og at jeg nu kun har min egen pension. Jeg vil gerne klage.

Ruth Skovgaard, [[150641 2264]]
""")

M("", """
Er genbrugspladsen åben mellem jul og nytår? Og tager I imod juletræer i januar?
""")

M("", """
Jeg har et spørgsmål om elafgiften. Vi har en elbil og en varmepumpe og har læst at man kan få reduceret elafgift. Er det noget kommunen har med at gøre, eller er det SKAT? /Michael
""")

M("t", """
hej

jeg er fra Polen og har boet i Ishøj i 6 år. vi forstår ikke brevet om fjernvarme, det er meget svært dansk. kan I sende det på engelsk eller polsk? mit navn Marek Nowicki, Gildbrovej 33

tak
""")

M("", """
Til kommunen: Der er lavet en aftale om at oversætte vejledninger til andre sprog. Gælder det også regler om snerydning for husejere? Mange nye husejere i vores område kender ikke reglerne.
""")

M("b", """
Kære Kim Falk (Venstre)

Jeg har altid stemt på Venstre, men når I ikke kan få saltet vejene ordentligt, så stemmer jeg noget andet næste gang. Det er ikke rimeligt.

Frede Bang, Ishøj Bygade
""")

M("", """
Hvem skal jeg kontakte hvis jeg vil være snerydder for kommunen i vinter som bijob? Jeg har traktor.
""")

M("", """
Til Center for Byudvikling og Natur

Ifølge jeres vinterregulativ skal fortovet være ryddet kl. 7. Betyder det hverdage eller også søndage? Vi har uenighed i ejerforeningen om det.

Mvh. Kaj
""")

M("e", """
Hej,

min søn er 19 og er flyttet hjemmefra til en lejlighed på Ishøj Boulevard. Han har fået kontanthjælp, men han har allerede brugt det hele og nu skal han betale el. Jeg betaler ikke mere for ham. Kan han få en økonomisk rådgiver hos jer?

Mor (Karina)
""")

M("", """
Kære direktør

Må jeg foreslå at kommunen laver en kampagne om at spare på varmen i kommunens egne bygninger? Biblioteket er varmt som en sauna.
""")

M("he", """
Hej

Jeg har en iltmaskine derhjemme pga. min lungesygdom, og den bruger meget strøm. Jeg har hørt at man kan få dækket merudgifter til el, når maskinen er bevilget. Hvordan søger jeg? Min el er steget til 900 kr om måneden.

Preben Thygesen, [[230352-0179]]
""")

M("", """
Tak for den hurtige snerydning i morges på Industrivej. Godt arbejde!
""")

M("", """
Ordrenummer 2012554321 — vi har bestilt en container til haveaffald og den er ikke kommet. Hvornår?
""")

M("u", """
Hej Tina

Jeg er medlem af Dansk Metal og arbejder som vognmand med saltbil for kommunens entreprenør. Vi får ikke betalt for rådighedsvagterne som aftalt. Jeg vil gerne have at byrådet ser på kontrakten.

Vh Allan Rask
""")

M("", """
Hej, kan man få sandsække til at bruge mod oversvømmelse ved stormflod? Vi bor tæt på stranden og der var næsten vand i kælderen sidste år.
""")

M("ht", """
Kære borgerrådgiver

Min far kom til Danmark fra Tyrkiet i 1970 og har arbejdet på Carlsberg hele livet. Nu har han demens og forstår ikke de breve han får om el og varme. Han betaler ikke, fordi han tror, det er reklamer. Kan I hjælpe os med hvordan vi får ret til at se hans post?

Venlig hilsen
Ayşe Yilmaz
""")

M("", """
Hej. Bor på Vejlebrovej. Der er et træ væltet ud på stien efter stormen i nat. Ikke akut, men det blokerer cykelstien.
""")

M("", """
Til byrådsmedlem Ole Hansen

Bliver der afsat penge i budget 2025 til at lave flere ladestandere? Jeg synes ikke der er nok ved Ishøj Bycenter.

Venlig hilsen Ib Lorentzen
""")

M("eh", """
Kære Inge Lund

Min svigermor på 91 bor alene på Ishøj Søvej og får hjemmepleje tre gange om dagen. I sidste uge blev hjemmeplejen aflyst én morgen pga. sne, og hun lå på gulvet i fire timer efter at være faldet. Hun har nu et blåt øje og en forstuvet skulder. Det må ikke ske igen.

Med venlig hilsen
Henrik Bøgh
""")

M("", """
Vi er nogle naboer på Kirkebjerg Allé som gerne vil høre om vi kan få en fælles aftale om snerydning med kommunen, fx at vi betaler og kommunen tager fortovet også. Er det muligt?
""")

M("p", """
Hej

Vi har solgt vores hus på Torslundevej med overtagelse 1. februar, men køberne har nu taget forbehold for en fjernvarmeopgørelse. Handlen er ikke endelig før det er på plads. Kan I hurtigt sende en erklæring om hvornår vi blev tilsluttet?

Mvh Lars og Pia Toft
""")

M("", """
Journalnr. 24/18770 — jeg venter stadig svar på min henvendelse om vejbelysning fra 3. oktober. Vil I rykke for det?
""")

M("", """
Hej. Min nabo bygger en carport uden at spørge kommunen. Er det lovligt? Jeg vil ikke klage officielt, bare vide det.
""")
