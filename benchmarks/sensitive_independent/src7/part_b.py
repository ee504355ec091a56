"""corpus7, part B: elderly care, disability, health and adult social services."""
from common import M

M("eh", """Til Visitationen

Min far Erik Damgaard, [[171139-4128]], har fået hjemmehjælp til bad to gange om ugen. Efter hans blodprop i januar kan han ikke stå op i brusebadet alene, og han falder. Vi beder om en ny vurdering hurtigst muligt.

Venlig hilsen
Susanne Damgaard (datter, har fuldmagt)""")

M("", """Hej

Hvad er åbningstiden i Sundhedshuset i juli? Vores strikkeklub vil aflevere nogle tæpper til venteværelset, men vi kan ikke finde åbningstiderne nogen steder.

Tak
Jørgen""")

M("h", """kære byrådsmedlem

min mand har været på psykiatrisk center glostrup 3 gange siden jul, og hver gang bliver han sendt hjem efter få dage. nu sidder han bare i stuen og vil ikke snakke. vi har brug for at nogen følger op på ham når han kommer hjem. hvem i kommunen har det ansvar?

hilsen Bodil""")

M("eh", """Til Center for Voksne og Velfærd

Min svigermor bor på plejehjemmet Kærbo og har Alzheimer. Hun har tabt 6 kilo på to måneder, og når vi kommer på besøg har hun ikke fået sin aftensmad. Vi vil gerne have en forklaring og en plan.

Med venlig hilsen
Torben Lauridsen""")

M("h", """Hej

Jeg er lige startet på kemo igen efter et tilbagefald, og i dagene efter kemoen kan jeg næsten ikke gå ned med skraldet. Kan skraldebilen tage posen ved døren de næste måneder? Det er Pilemølle 6.

Mvh Hanne""")

M("", """Hej

Hvor kan man få influenzavaccine i år? Er det stadig på apoteket i Ishøj Bycenter, eller skal man bestille tid hos lægen?

Hilsen
Arne""")

M("eh", """Til Hjælpemiddelafdelingen

Jeg har fået afslag på en ny el-kørestol. Min gamle er 9 år og går i stå flere gange om ugen. Jeg har muskelsvind og kan ikke gå selv. Jeg vil klage over afgørelsen – hvor sender jeg klagen hen?

Niels Bro
Tranegildevej 18""")

M("e", """Hej

Min mor fik bevilget madservice efter sin 90-års fødselsdag, men maden kommer i en pose uden for døren kl. 9.30 om morgenen og hun finder den først om eftermiddagen. Er det meningen?

Venlig hilsen
Karin Bech""")

M("", """Hej

Er der stadig stolegymnastik for seniorer i Ishøj Idrætscenter om tirsdagen? Og koster det noget?

Mvh Grethe, 78 år""")

M("h", """Hej

Jeg har en insulinpumpe og en sensor på armen, og i svømmehallen har en livredder to gange bedt mig om at tage "det der plaster" af. Kunne I give personalet lidt information om diabetesudstyr?

Venlig hilsen
Christian Møller""")

M("eh", """Hej Visitationen

Min bror [[2010491905]] har haft BPA i fire år pga. sin rygmarvsskade. Nu får vi at vide at hjælperne skal skæres fra 90 til 60 timer om ugen. Han kan ikke komme i seng uden hjælp. Vi vil have en begrundelse skriftligt.

Poul Rasmussen""")

M("h", """Til borgerrådgiveren

Jeg er døv og bruger tegnsprogstolk. Jeg bestilte tolk til mødet på rådhuset i går, men der kom ingen, og mødet om min carport-ansøgning blev holdt alligevel med papir og kuglepen. Jeg vil klage.

Venlig hilsen
Martin Kjeldsen""")

M("", """Hej

Jeg har set at kommunen søger social- og sundhedsassistenter til hjemmeplejen i Ishøj Nord. Er det muligt at få en rundvisning inden man søger? Jeg er nyuddannet.

Mvh Amina""")

M("e", """Hej

Naboen ovenpå, fru Jacobsen, har hjemmepleje, og jeg har flere gange set at hjælperen går efter fem minutter. Hun er alene og har ingen familie. Jeg synes nogen burde se på det.

Venlig hilsen
Inger fra nr. 3""")

M("eh", """Til Center for Voksne og Velfærd

Vi søger aflastningsplads til min mand Ole, [[180944-9012]], i to uger i august. Han har Parkinson og demens, og jeg er selv nyopereret i hoften og kan ikke løfte ham. Hvem skal jeg kontakte?

Venlig hilsen
Edith Larsen""")

M("et", """Hej

Min far er 84 og kom hertil fra Vietnam i 1979 som bådflygtning. Han forstår ikke dansk så godt længere. Kan hjemmeplejen få en tolk med når de laver hans plan, eller kan jeg deltage på telefon?

Mvh Thanh Nguyen""")

M("", """Hej

Vi er en gruppe pårørende der gerne vil arrangere et foredrag om demens i Ishøj Bibliotek. Kan kommunens demenskoordinator komme og fortælle? Vi tænker en torsdag aften kl. 19.

Venlig hilsen
Pårørendegruppen Ishøj""")

M("h", """Hej Dorte

Tak for sidst til borgermødet. Jeg lovede at skrive. Min søn på 24 har været afhængig af kokain og er nu clean i 7 måneder efter behandling på Stoffri. Han skal have noget at stå op til om morgenen, ellers falder han tilbage. Findes der noget i Ishøj?

Mange hilsner
Vibeke Tang""")

M("eh", """Til Handicapbil-teamet

Min datter har cerebral parese og sidder i kørestol. Vores handicapbil er 11 år gammel og rampen virker ikke. Vi søgte ny bil i september, men sagen ligger stadig stille. Hvornår hører vi noget?

Med venlig hilsen
Louise og Kasper Hvidt""")

M("", """Hej

Er der handicapparkering ved Ishøj Strand i sommer? Sidste år var der kun to pladser, og de var altid optaget af biler uden skilt.

Mvh Kurt""")

M("h", """Til Center for Voksne og Velfærd

Min kone er gravid med tvillinger og har fået besked på at holde sengeleje resten af graviditeten. Vi har to små i forvejen. Findes der en form for midlertidig hjælp i hjemmet?

Venlig hilsen
Lasse Winther""")

M("be", """Hej plejecentret

Min far er katolik og har altid gået i kirke hver søndag. Nu kan han ikke komme derud selv. Kan præsten fra Sankt Knud Lavards Kirke komme og give ham nadver på plejecentret, eller skal det aftales et andet sted?

Mvh Maria Kowalczyk""")

M("h", """Hej

Jeg har epilepsi og har haft et anfald i Ishøj Svømmehal. Personalet håndterede det rigtig godt. Jeg vil bare sige tak, især til den unge livredder med rødt hår.

Hilsen
Anja""")

M("eh", """Til borgerrådgiveren

Jeg klager over at min mor fik plejebolig tildelt på et plejecenter i den anden ende af kommunen, selvom hun har Lewy body-demens og bliver meget forvirret af at flytte. Hendes søster bor på Ishøj Plejecenter, og der er en ledig bolig nu. Hvorfor kan hun ikke komme dertil?

Anne Margrethe Holm""")

M("", """Hej

Jeg vil gerne høre om kommunens regler for ledsageordning – hvor mange timer kan man få om måneden, og kan man spare timer op? Jeg skriver en opgave på socialrådgiveruddannelsen.

Mvh Sofie Laugesen""")

M("h", """hej

min søster har anoreksi og er indlagt på børne- og ungdomspsykiatrisk afdeling. hun må ikke gå i skole lige nu. hvem skal jeg snakke med om at hun ikke dumper 9. klasse?

mvh Emil""")

M("eh", """Hej

Jeg er blind og har ledsageordning 15 timer om måneden, men ledsageren er sagt op, og der er ikke kommet en ny i 2 måneder. Timerne går tabt. Kan de overføres?

Hilsen
Tobias Krag""")

M("hs", """Hej

Min mand Henrik er lige blevet diagnosticeret med ALS. Vi er bange for hvordan det bliver, men vi vil gerne blive boende i vores lejlighed så længe som muligt. Hvad kan kommunen tilbyde af hjælp, og hvem skal vi tale med?

Venlig hilsen
Jesper Aagaard""")

M("", """Hej

Jeg har lagt mærke til at bussen til Hvidovre Hospital (linje 128) er fjernet fra Ishøj Station på søndage. Mange ældre bruger den. Kan kommunen gøre noget?

Venlig hilsen
Hans Erik""")

M("hu", """Hej Per

Jeg er social- og sundhedshjælper og FOA-tillidsrepræsentant i hjemmeplejen. Jeg har selv fået en arbejdsskade i ryggen efter en forflytning uden lift og har været sygemeldt i seks uger. Det sker for flere af os. Jeg vil gerne fortælle udvalget om det.

Hilsen
Dorthe Hansen""")

M("", """Hej

FOA holder medlemsmøde i Ishøj Idrætscenter torsdag d. 6.3. kl. 17.00. Må de låne den lille sal og stille kaffe op i cafeteriet? Jeg er kontaktperson for hallen.

Mvh Ole Riis, halinspektør""")

M("et", """Hej

Min mormor er fra Bosnien og kom hertil i 1993. Hun har hjemmepleje to gange om dagen, og i sidste uge sagde en af hjælperne at hun "burde tage hjem til sit eget land". Hun er helt ked af det. Jeg vil gerne klage.

Amra Hodžić""")

M("h", """Hej Ishøj Kommune

Jeg bor alene og bruger ilt hele døgnet pga. KOL. Da strømmen gik i Vejlebro i sidste uge, virkede min iltkoncentrator ikke i to timer. Findes der en liste over borgere, der skal kontaktes først ved strømsvigt?

Hilsen
Kirsten Bonde""")

M("eh", """Til Center for Voksne og Velfærd

Jeg har sclerose og har fået bevilget en rollator og et badebræt. Badebrættet passer ikke til mit badekar, og rollatoren er for lav. Kan nogen komme ud og se på det?

Hanne Vestergaard
tlf. 60 21 38 44""")

M("", """Hej

Hvem kan jeg tale med om at blive frivillig besøgsven på et af kommunens plejecentre? Jeg har tid om formiddagen.

Venlig hilsen
Birthe""")

M("h", """Kære Søren

Min datter på 17 har selvskadet sig i et halvt år. Vi har ventet 8 måneder på en tid i psykiatrien, og i mellemtiden sker der ingenting. Hun cutter stadig. Jeg beder dig som formand for Social- og Sundhedsudvalget om at se på ventetiderne.

Venlig hilsen
en fortvivlet mor, Anette""")

M("be", """Hej plejehjemmet

Min mor er buddhist og mediterer hver morgen. Hun har et lille alter med røgelse i sin stue, og personalet har fjernet røgelsen "af sikkerhedshensyn". Kan vi finde en løsning, fx elektriske lys?

Med venlig hilsen
Linh Tran""")

M("eh", """Hej

Jeg har fået afslag på dagcenter til min far, fordi han "ikke er dement nok". Han har vaskulær demens, glemmer at spise og går ud om natten. Jeg bor i Århus og kan ikke passe ham. Hvad gør jeg nu?

Mikkel Thomsen""")

M("", """Hej

Hvornår åbner den nye genoptræningsafdeling på Ishøj Sundhedscenter, og bliver der parkering til gangbesværede? Jeg har læst om det i lokalavisen.

Mvh Knud""")

M("e", """Hej

Min farmor er flyttet på plejehjem, og hun betaler stadig husleje i sin gamle lejlighed fordi opsigelsesfristen er 3 måneder. Hun har ikke råd til begge dele. Kan kommunen hjælpe med dobbelt husleje?

Venlig hilsen
Rasmus Juhl""")

M("", """Hej

Jeg er nabo til Ishøj Plejecenter, og ambulancer kører med udrykning forbi kl. 2-3 om natten flere gange om ugen. Kan de ikke slukke sirenen på den sidste strækning? Det er en stille villavej.

Mvh Poul""")

M("hs", """Hej

Min kone Bente og jeg har været sammen i 32 år. Hun har fået en hjerneblødning og ligger på neurologisk afdeling. Personalet på hospitalet bliver ved med at spørge efter "hendes mand". Kan kommunens sagsbehandler sørge for at det står rigtigt i papirerne, når hun kommer hjem til genoptræning?

Venlig hilsen
Lis Andersen""")

M("", """Hej

Jeg har fundet et par briller og en rollator på bænken ved Ishøj Søvej. Er der en hittegodsordning hos kommunen, eller skal jeg aflevere det til politiet?

Mvh Bjarne""")

M("h", """hejsa

har lige fået at vide at jeg har brystkræft og skal opereres i næste uge. Jeg er frivillig træner for U11 pigerne i IFK og kan ikke være der de næste måneder. Kan foreningen eller kommunen hjælpe med at finde en afløser? Jeg ved ikke hvem jeg ellers skal skrive til.

/Tina""")

M("e", """Hej

Min onkel er hjemløs og sover på bænken ved Ishøj Station. Han har ingen telefon. Han vil gerne have hjælp men tør ikke selv gå på rådhuset. Kan en gadeplansmedarbejder opsøge ham?

Hilsen
Kenneth""")

M("", """Hej

Jeg så i lokalavisen at kommunen vil lave "demensvenlig by". Hvad betyder det konkret for butikkerne i Ishøj Bycenter?

Venlig hilsen
Lisbeth, butiksejer""")

M("s", """Hej Seniorhuset

Jeg er 80 og har været sammen med min mand Knud i 51 år. Vi vil gerne med til jeres forårsfest, men på tilmeldingen står der "ægtepar (herre og dame)". Må vi godt komme som par alligevel?

Venlig hilsen
Preben Hjort""")

M("u", """Hej Per

Jeg er social- og sundhedsassistent på Ishøj Plejecenter og medlem af FOA. Vores vagtplan bliver ændret med 2 dages varsel hele tiden. Jeg synes udvalget skal se på det.

Mvh Hatice""")

M("t", """Hej

Min far kom fra Pakistan i 1970 og var med til at bygge Ishøj op. Nu går han i ældreklubben i Vejleåparken, men der er kun danske aviser og danske sange. Kunne man få en avis på urdu og lidt punjabi-musik en gang imellem? Han ville blive så glad.

Venlig hilsen
Nadia Butt""")

M("b", """Hej

Min far er medlem af Indre Mission og beder hver aften. Han bor alene i sit hus på Tranegildevej og vil gerne have besøg af en besøgsven som deler hans tro. Har kommunens frivilligcenter nogen fra en kristen forening?

Mvh Ruth Poulsen""")

M("t", """Hej

Min mor er 86 og tilhører det tyske mindretal fra Sønderjylland. Hun er flyttet til Ishøj for at være tæt på os. Hun savner at læse Der Nordschleswiger. Kan biblioteket skaffe den, eller kan den komme med bogbussen?

Venlig hilsen
Karin Jessen""")

M("s", """Hej

Jeg mistede min mand Svend i januar efter 40 år sammen. Nu bor jeg alene på Ishøj Strandvej og vil gerne med i et spisefællesskab for ældre. Findes der sådan et i Ishøj?

Med venlig hilsen
Erik Brodersen""")

M("b", """Hej Seniorhuset

Min mor er meget troende og medlem af Pinsekirken i Brøndby. Hun vil gerne være med i jeres sangeftermiddage, men spørger om hun må synge sine egne salmer en gang imellem.

Mvh Marianne Holt""")

M("u", """Hej

Min mor er 88 og har været medlem af 3F siden hun var ung – dengang hed det Kvindeligt Arbejderforbund. Hun vil gerne fortælle om fabrikslivet i Ishøj i 60'erne til lokalhistorisk aften. Hvem skal vi kontakte?

Venlig hilsen
Lone Storm""")
