"""corpus24 part E: dialect, slang, dictated mail (speech-to-text), heavy typos and split compounds."""
from common import M

M("s", """yo er der nogen der ved om man ka få tilskud til bryllup når man er to fyre lol. mig og min kæreste kasper skal giftes i maj. /nico""")

M("", """yo hvornår åbner skøjtebanen ved rådhuset i år""")

M("p", """hej dictated from my phone hej kommunen komma jeg skriver fordi vi har solgt vores hus på vildtbanevej punktum eller altså næsten solgt køberne har et forbehold for finansiering punktum kan i sende ejendomsskattebilletten til os så deres bank kan se den punktum mvh allan""")

M("", """hej kommunen komma jeg skriver fordi der ligger en død ræv på cykelstien ved gildbroskolen punktum kan nogen fjerne den punktum tak""")

M("u", """hva så, jeg er lige blevet valgt som tillids repræsentant for 3F på renovationen, ska jeg registreres hos jer eller er det kun hos firmaet""")

M("ub", """hejsa jeg er både i FOA og i SF og sidder i bestyrelsen for begge lokalt. vi vil gerne invitere byrådet til debat om ældreplejen i ishøj. skriv tilbage pls. hilsen gitte""")

M("", """inviter gerne hele byrådet til debat om ældreplejen d. 12 marts i medborgerhuset, alle er velkomne""")

M("s", """nå men så er det sagt, jeg er biseksuel og jeg er træt af at blive kaldt ting i fitness centret i ishøj hallen. personalet griner med. det er jeres hal så nu skriver jeg til jer. /line""")

M("", """omklædningsrummene i ishøj hallen er beskidte og der er ingen varmt vand. det er jeres hal så nu skriver jeg til jer""")

M("t", """hallo, min kæreste er sort og han bliver hele tiden stoppet af vagterne i ishøj centret. det er racisme og kommunen ejer jo en del af centret ik""")

M("p", """hej hej. mor og far ska sælge sommerhus grunden i torslunde og der er en køber men han vil ha dispensation til at bygge større. handlen er ikke på plads. hvem i jeres afdeling? mvh søn""")

M("", """hvad må man bygge på en sommerhusgrund i torslunde? generelt spm, tænker på at købe engang""")

M("b", """halløjsa. jeg er præst i den katolske kirke og vil høre om vi må have procession gennem ishøj landsby til påske. fader tomasz""")

M("", """må en forening lave optog gennem ishøj landsby og skal politiet spørges""")

M("hb", """dictated kære borgmester komma jeg er muslim og faster i ramadanen punktum min søn har epilepsi og lægen siger han ikke må faste punktum kan skolen sørge for at han får mad selvom de andre børn faster punktum mvh nadia""")

M("s", """øh hej, min kone og jeg, vi er to kvinder altså, vi vil gerne ha vores datter i dagplejen i søvangsparken men dagplejeren siger hun ikke vil ha "den slags" familie. er det ok?? /camilla""")

M("", """er der ledige dagplejepladser i søvangsparken fra februar""")

M("u", """jeg er i dansk metal og min svend bliver ikke betalt for sit praktik forløb i kommunens værksted. hvem kan jeg rette henvendelse til. bh. steen, smed""")

M("p", """ok så vi har underskrevet købsaftale på andels lejligheden på brushøjparken men der er advokat forbehold og sælger vil ha mere for inventaret. må andelsforeningen godkende en overpris? vi er ret stressede""")

M("", """andelsbolig priser i ishøj er de reguleret af kommunen eller foreningen? nysgerrig""")

M("", """ka i ik få fejet de blade op på strandager, det er som at gå på sæbe""")

M("e", """hejsa ska bare sige at jeg har fået job nu så i kan stoppe min kontanthjælp fra 1 feb. tak for hjælpen i jobcentret :) sussi""")

M("s", """hej, vi er et homo par, mig og min mand henrik (jeg hedder ole), og vi bliver ved med at få breve adresseret til "hr. og fru". kan i rette det i jeres system""")

M("", """hvorfor står der "hr. og fru" på breve fra kommunen, det er lidt gammeldags? bare en kommentar""")

M("bu", """gud ske lov at nogen læser det her. jeg er tillidsmand i 3F og også aktiv i Moderaterne, og vi har fået at vide af ledelsen at vi ikke må hænge valgplakater op på kommunens lager. er det lovligt?""")

M("", """må man hænge valgplakater op i lygtepælene på ishøj stationsvej før valget? og hvornår skal de ned""")

M("t", """mojn, jeg er fra sønderjylland og halvt tysk mindretal, og min søn vil gerne gå på tysk skole. er der nogen tæt på ishøj eller skal han til kbh""")

M("", """dictated hej mit cpr nummer er [[0402781372]] jeg vil gerne bestille en tid til nyt kørekort tak""")

M("", """personnr. [[230867 1059]] ang. flytning""")

M("p", """hej. vi er i gang med at købe kiosken på ishøj bygade 18 af den gamle ejer, det er ikke underskrevet endnu. skal vi søge om alkoholbevilling før eller efter?""")

M("", """hvordan søger man alkoholbevilling til en kiosk i ishøj og hvad koster det""")

M("sh", """hej. min datter sofie er lige sprunget ud som lesbisk og nu har hun fået en depression fordi de andre i klassen mobber hende. skolen gør ikke noget. hvad gør vi? bh mor""")

M("b", """jeg er medlem af humanistisk samfund og vil gerne høre om vi kan holde navngivnings ceremoni på rådhuset i stedet for dåb. /pernille""")

M("", """kan man holde navnefest på rådhuset eller skal det være i kirken? bare et spm""")

M("u", """HEJ JEG ER MEDLEM AF FAGLIGT FÆLLES FORBUND OG MIN TR SIGER JEG SKAL SKRIVE TIL JER OM MIN LØN SEDDEL FRA KOMMUNEN DER ER FORKERT. MVH BENT""")

M("", """HVORFOR ER DER IKKE STRØET PÅ VEJEN VED VILDTBANEVEJ NÅR DER ER GLAT. DER ER FARLIGT""")

M("ps", """hej, mig og min mand (jeg er også mand btw, hedder jesper) har budt på et hus i ishøj landsby, sælger har sagt ja med forbehold for tilstandsrapport. kan i fortælle om der er planer om ny vej bagved?""")

M("e", """jo altså sagen er at jeg skylder kommunen for daginstitution siden april fordi jeg gik ned i tid. kan vi aftale en afdrags ordning på 500 om mdr. /maria""")

M("", """hvad koster vuggestue i ishøj i 2027 og er der søskenderabat""")

M("b", """jeg er pacifist og nægter at min søn skal deltage i forsvarets besøg på skolen. kan han blive fritaget?""")

M("", """hvorfor kommer forsvaret på besøg på skolen? er det noget kommunen bestemmer""")

M("te", """hey jeg er halvt pakistansk og mine forældre vil ikke hjælpe med at finde tolk til min farmor på plejehjemmet. kommunen har vel tolke til urdu?""")

M("u", """hej der. jeg er i BUPL og TR i Regnbuen børnehave. personalet har ikke fået ny arbejdsplan og vi har skrevet 3 gange. kan udvalget se på det?""")

M("", """hvornår kommer der nye arbejdsplaner for dagtilbuddene? spørger som forælder""")

M("pe", """hej. huset på gildbrohaven skal på tvangsauktion i januar fordi vi ikke kan betale lånet efter jeg blev fyret. der er en der vil købe det før men banken trækker det ud. kan kommunen hjælpe med noget som helst? thomas""")

M("s", """jeg er pan og har fået en kæreste der er nonbinær. min far siger at kommunen registrerer den slags - gør i det??""")

M("", """hvad registrerer kommunen om mig? vil gerne se mine oplysninger, aktindsigt""")

M("", """cpr [[170455-0824]] sender min ansøgning om pas igen""")

M("b", """jeg stemte på Dansk Folkeparti sidst og jeg vil bare sige at jeg fortryder det. i har svigtet os i ishøj nord. mvh lars""")

M("", """hvorfor bruger kommunen så mange penge på en ny skole når den gamle er god nok""")

M("st", """hej, jeg er fra iran og kom til danmark fordi jeg er homoseksuel. jeg har boet i ishøj 2 år og vil gerne hjælpe andre nye som mig. er der en forening? /reza""")

M("u", """jeg var medlem af lederne indtil sidste år og er nu i krifa. kan i ændre hvilken fagforening der får mit kontingent trukket i lønnen""")
