"""Part F: Borgerrådgiveren, svar med citat, lange breve, blandet."""
from common import M

M("u", """
Til Borgerrådgiveren

Jeg vil gerne klage over den måde, en medarbejder i Center for Voksne og Velfærd talte til min kollega og mig på et møde den 3. april.

Jeg deltog som bisidder, fordi jeg er tillidsrepræsentant for FOA på plejecentret, og min kollega havde bedt mig om at være med. Mødet handlede om en klage fra en pårørende, og det er ikke selve sagen, jeg vil klage over. Men medarbejderen afbrød os konstant, hævede stemmen og sagde på et tidspunkt, at "fagforeningsfolk altid skal lave ballade". Det synes jeg ikke er en ordentlig tone fra en offentlig ansat over for en borger, uanset hvilken rolle jeg havde.

Jeg har skrevet ned, hvad der blev sagt, og kan sende det, hvis I ønsker det. Jeg vil gerne have en tilbagemelding på, om I kan se på sagen, og i givet fald hvornår.

Med venlig hilsen
Lone Bisgaard
""")

M("ht", """
Til Borgerrådgiveren

Jeg skriver på vegne af min mor, Carmen Soto, som jeg har fuldmagt fra.

Min mor er født i Chile og kom hertil som politisk flygtning i 1974. Hun taler godt dansk, men når hun bliver træt eller ked af det, falder hun tilbage til spansk. I januar fik hun en blodprop i hjernen, og hun er lammet i venstre side. Efter udskrivelsen fra Glostrup blev der lavet en genoptræningsplan, men der gik fem uger, før kommunens genoptræning startede, og det første møde blev holdt uden tolk, selvom det stod i planen, at hun havde brug for det.

Jeg ved godt, at I ikke kan ændre på indholdet af afgørelser. Men jeg synes, sagsbehandlingen har været for langsom, og at der ikke blev lyttet til os. Jeg vil gerne have en vurdering af, om det er i orden, at det tog fem uger.

Venlig hilsen
Paula Soto Hansen
""")

M("s", """
hej borgerrådgiver

mig og min kæreste (han hedder Ahmed) bliver chikanert af naboen ovenpå fordi vi er to fyre. han har skrevet "bøsserøve" på vores dør og hælder vand ned på vores altan. boligselskabet siger det er et naboproblem og vi skal snakke sammen. men det kan man jo ikke med ham. kan i gøre noget eller ved i hvem der kan??

mvh jonathan
""")

M("p", """
Kære Mette

Tak for dit hurtige svar. Ja, huset er stadig til salg, og køberen venter kun på, at kommunen svarer på spørgsmålet om spildevandet. Hvis ikke vi har svar inden den 15., trækker han sig, siger mægleren. Det er derfor, jeg har skrevet til dig.

Venlig hilsen
Per Godtfredsen

> Fra: Mette Kjærgaard, byrådsmedlem
> Sendt: 2. juni 2025
> Kære Per
> Tak for din mail. Jeg kan ikke selv behandle din sag, men jeg har sendt den videre til administrationen. Kan du bekræfte, at huset stadig er til salg, så de ved, at det haster?
> Venlig hilsen Mette
""")

M("pu", """
Hej

Jeg har fået nyt job på en stålfabrik i Esbjerg gennem Dansk Metal, hvor jeg har været medlem i 20 år, og vi har derfor sat huset på Kirkebjerg Allé til salg. Mægleren spørger, om kommunen har planer for den tomme grund bag os. Kan I svare, så vi kan få det med i salgsopstillingen?

Mvh
Jesper Lindqvist
""")

M("b", """
Til Borgerrådgiveren

Jeg blev i søndags bedt om at forlade svømmehallen, fordi jeg svømmede i burkini. Jeg er muslim og bader kun i burkini, og den er lavet af samme materiale som almindelige badedragter. Livredderen sagde, at det var "hygiejne", men det står ingen steder i reglerne. Jeg føler mig diskrimineret og vil gerne klage.

Med venlig hilsen
Amira Haddad
""")

M("b", """
Kære Kultur- og Fritidsudvalg

Jeg er kristen og medlem af Indre Mission, og jeg synes, det er en skam, at ungdomsklubben holder halloweenfest med "djævle og dæmoner". Mine børn må ikke deltage, og det gør dem udenfor. Kunne klubben ikke lave en høstfest i stedet?

Venlig hilsen
Jens Ole Damgaard
""")

M("u", """
Hej igen

Jeg har nu talt med Det Faglige Hus, hvor jeg er medlem, og de siger at I skal sende afgørelsen til dem direkte, hvis de skal hjælpe mig med klagen. Kan I gøre det?

Mvh Michael

-----Original Message-----
From: Borgerrådgiveren
Sent: 4. marts
Subject: RE: Klage

Kære Michael
Vi har modtaget din henvendelse. Borgerrådgiveren kan ikke tage stilling til afgørelsens indhold, men vi kan vejlede om, hvor du kan klage. Du er velkommen til at have en bisidder med.
Med venlig hilsen
Borgerrådgiveren
""")

M("u", """
Hej Byggesag

Min mand er VVS'er og medlem af Blik- og Rørarbejderforbundet, og han siger, at vores nye gulvvarme ikke kræver anmeldelse, men entreprenøren siger det modsatte. Hvem har ret?

Mvh
Tina Graversen
""")

M("u", """
Kære Sundheds- og Ældreudvalg

Som tidligere tillidsrepræsentant for Dansk Sygeplejeråd på Ishøj Plejecenter (jeg gik på pension i 2023) har jeg fulgt med i debatten om nattevagter. Jeg vil gerne give nogle erfaringer videre. Må jeg komme til et udvalgsmøde og fortælle om det?

Venlig hilsen
Inge-Lise Broberg
""")

M("u", """
Hej

Jeg er bygningskonstruktør og medlem af Teknisk Landsforbund. Jeg har lagt mærke til, at kommunen ikke har byggeteknikere i sommerferien, så sagsbehandlingen stopper helt i juli. Har I tænkt jer at ændre det? Jeg kan sagtens se mig selv som vikar.

Venlig hilsen
Rasmus Kolding
""")

M("u", """
hej, jeg er rengøringsassistent på Ishøj Rådhus via et privat firma og medlem af Serviceforbundet. vores leder siger vi ikke må bruge kantinen. gælder det virkelig? vi spiser i et kosteskab.

mvh Dorota
""")

M("hu", """
Kære Hanne

Min kone er tillidsrepræsentant for lærerne på Gildbroskolen, og hun er ved at gå ned med stress over de nye skemaer. Det gør hun ikke selv noget ved, så nu gør jeg. Vil du tage det op i udvalget?

Mvh
Kim Hedegaard
""")

M("s", """
Til Borgerrådgiveren

Jeg er lesbisk og var i Borgerservice med min kone for at få nyt pas. Medarbejderen i skranken spurgte to gange, om "manden" ikke også skulle med, og da jeg forklarede, at jeg er gift med en kvinde, grinede hun og sagde "nå, sådan en". Jeg vil gerne klage over hendes opførsel.

Venlig hilsen
Trine Mølby
""")

M("ps", """
Hej Ejendomsskat

Min mand Carsten og jeg har solgt vores hus, men handlen er ikke endelig, fordi køberens advokat stadig gennemgår papirerne. Vi har fået et brev om, at ejendomsskatten for 2. halvår skal betales nu. Skal vi betale den, når vi måske flytter 1. august?

Venlig hilsen
Ib Thorsen
""")

M("s", """
Hej Tandplejen

Vores søn Emil har to fædre, men i jeres system står der kun "mor" og en af os. Derfor får kun den ene af os beskeder fra jer, og det har ført til en glemt tid. Kan I rette det, så vi begge får besked?

Venlig hilsen
Jakob og Simon Vestergaard-Holm
""")

M("s", """
Hej SFO

Min bror Martin og hans mand Karim henter Ella på fredag, fordi jeg er på kursus. Skal de stå på en liste, eller er det nok, at jeg skriver det her?

Mvh
Louise Berg, mor til Ella i 0.b
""")

M("s", """
Til Ungdomsrådgivningen

Jeg er 15 og homo, og mine forældre ved det ikke. Jeg har det rigtig svært med at holde det hemmeligt, og jeg tør ikke sige det til nogen på skolen. Kan man tale med nogen hos jer uden at mine forældre får det at vide?

(skriver ikke mit navn)
""")

M("s", """
Hej

Vores søn på 17 har fortalt os, at han er biseksuel, og vi vil gerne støtte ham. Han spørger selv, om der findes en ungdomsgruppe i kommunen for LGBT+-unge. Kan I hjælpe?

Mvh
Marianne og Johnny Krogh
""")

M("s", """
Hej Parkering

Min kone Susanne og jeg har begge beboerlicens, men vi har kun én bil. Kan licensen stå på os begge, så det ikke er et problem, når det er hende der kører?

Mvh
Hanne Frederiksen
""")

M("t", """
Til Borgerrådgiveren

Min mand er fra Gambia og har boet i Danmark i 14 år. Da han ringede til Borgerservice om sit sygesikringskort, sagde medarbejderen, at han skulle "tale ordentligt dansk" og lagde på. Han taler fint dansk. Han vil ikke selv klage, men jeg synes, det skal frem.

Venlig hilsen
Lene Ceesay
""")

M("t", """
Hej

Min svigerdatter er kinesisk og har boet i Danmark i to år. Hun vil gerne arbejde som frivillig i vores lokale genbrugsbutik, men butikken siger, at hun skal have en børneattest fra kommunen, fordi der kommer børn. Kan hun få det, når hun ikke har haft dansk adresse i mere end to år?

Venlig hilsen
Bente Olsen
""")

M("t", """
Til Borgerservice

Da jeg var inde for at hente mit sygesikringskort i går, talte medarbejderen engelsk til mig hele tiden, selvom jeg svarede på dansk. Jeg er brun, fordi min far er fra Indien, men jeg er født og opvokset i Ishøj. Det er ikke første gang, det sker. Jeg synes, I skal tale med jeres medarbejdere om det.

Mvh
Anjali Mortensen
""")

M("t", """
Kære integrationsudvalg

Jeg er af pakistansk afstamning og har boet i Vildtbanegård i 30 år. Jeg er træt af, at vores område altid bliver nævnt som et problem i avisen. Mine naboer er lærere, buschauffører og sygeplejersker. Jeg vil gerne invitere udvalget på besøg.

Venlig hilsen
Tariq Mahmood
""")

M("p", """
Til Borgerrådgiveren

Vi har fået et bud på vores hus på Ishøj Søvej, men køberen vil have dokumentation for, at kælderen er godkendt til beboelse. Vi skrev til Byggesag for seks uger siden og har ikke fået svar, trods to rykkere. Køberen har givet os frist til udgangen af måneden. Vi er meget nervøse for at miste handlen.

Med venlig hilsen
Vibeke og Troels Aagaard
""")

M("p", """
Hej

Vores køber har trukket sig, fordi BBR-meddelelsen viste en forkert boligstørrelse. Huset er 142 m², men i BBR står der 118 m². Mægleren siger, at fejlen er kommunens. Nu har vi sat huset til salg igen. Kan I rette BBR hurtigst muligt?

Mvh
Kenneth Frost
""")

M("p", """
vi venter på at banken godkender lånet til huset på Lundebjerggårdsvej, kan i sende en kopi af lokalplanen? mægleren siger vi skal have den

hilsen nicolai og sarah
""")

M("p", """
Hej

Jeg forhandler om at købe en andelslejlighed i A/B Vejleåparken. Sælgeren vil have 85.000 kr. for forbedringer, og jeg tvivler på, at de er lovlige. Kan kommunen se, om der er søgt tilladelse til at fjerne væggen mellem køkken og stue?

Mvh
Sara Lindahl
""")

M("p", """
Hej Klimatilpasning

Vi har sat vores hus ved Ishøj Strand til salg. En køber har spurgt, om huset ligger i en risikozone for oversvømmelse, og om kommunen har planer om dige eller sluse. Har I et kort, vi kan vise hende?

Venlig hilsen
Jens-Erik Kamp
""")

M("p", """
Hej Matrikel

Naboens hus er til salg, og ifølge salgsopstillingen går hans grund 2 meter ind over vores hæk. Det har vi aldrig hørt om. Kan I sende os et kort med de rigtige skel, før huset bliver solgt og den nye ejer begynder at bygge?

Mvh
Per og Inger Holst
""")

M("phe", """
Kære borgmester

Min bror har ikke betalt på sit hus i over et år, siden han blev syg og mistede arbejdet, og der er tvangsauktion over huset næste tirsdag. Han har ikke åbnet sin post i månedsvis. Jeg ved ikke, hvad jeg skal gøre. Er der nogen i kommunen, der kan tage kontakt til ham?

Venlig hilsen
Susanne Holck
""")

M("h", """
Hej

Jeg går til kontrol på Rigshospitalet hver tredje måned, og det falder tit oven i mine vagter på genbrugspladsen. Kan min vagtplan lægges, så jeg har fri den første tirsdag i hver tredje måned?

Mvh
Steen, Ishøj Genbrugsplads
""")

M("h", """
Hej Visitationen

Min far får piller for sit humør, efter min mor døde, og han har svært ved at huske at tage dem. Kan hjemmesygeplejen dosere medicinen for ham i en æske?

Venlig hilsen
Mette Kjeldsen
""")

M("h", """
Hej

Min mand er alkoholiker og har været det i mange år. Han har lovet at gå i behandling, men vi ved ikke, hvor vi skal starte. Tilbyder kommunen gratis alkoholbehandling, og kan jeg som pårørende få samtaler?

Mvh
Annette
""")

M("h", """
Hej Genoptræningen

Min mor er blevet opereret i knæet i fredags og skal have genoptræning. Hun har fået en plan med hjem fra hospitalet. Hvornår bliver hun kontaktet af jer?

Venlig hilsen
Kasper Dahl
""")

M("hu", """
Kære Kim

Jeg er tillidsmand for chaufførerne hos busselskabet og medlem af 3F. Jeg har selv fået konstateret leddegigt i begge hænder og kan ikke længere køre de lange ruter. Jeg vil gerne høre, om kommunen har erfaringer med omplacering af chauffører med nedsat funktion hos jeres egne entreprenører.

Venlig hilsen
Frank Lindholm
""")

M("", """
Hej Borgerrådgiveren

Hvor mange klager fik I sidste år, og hvor mange handlede om Center for Voksne og Velfærd? Jeg er med i Handicaprådet, og vi vil gerne se udviklingen over tre år.

Venlig hilsen
Lise Aggerholm, Handicaprådet
""")

M("", """
Hej

Jeg overvejer at søge om at blive plejefamilie. Hvad sker der egentlig, hvis man selv bliver syg eller mister sit job, mens man har et plejebarn? Jeg spørger bare for at vide, hvad man går ind til.

Mvh
Kirsten Hjort
""")

M("", """
Hej

Jeg arbejder på Rigshospitalet i Glostrup som portør og har nattevagter. Kan jeg få lov at parkere på medarbejderpladsen ved Ishøj Station, selvom jeg ikke er ansat i kommunen? Der er altid tomme pladser om natten.

Mvh
Henrik
""")

M("", """
Hej

Min tilladelse til udeservering, bevillingsnr. 2104991178, udløber den 1. april. Kan den forlænges uden ny ansøgning, når der ikke er ændret noget?

Mvh
Café Strandvejen v/ Stine
""")

M("", """
Hej

Vi købte vores hus på Vejlebrovej i 2021, og handlen er helt afsluttet. Nu siger naboen, at vores skur står 30 cm inde på hans grund. Kan kommunen afgøre det?

Mvh
Birgitte Holm
""")

M("", """
Hej

Dansk Sygeplejeråd har lejet vores store mødelokale i Ishøj Medborgerhus til et medlemsmøde. Må de sætte skilte op ved indgangen fra vejen, eller kræver det tilladelse?

Venlig hilsen
Ishøj Medborgerhus, udlejningen
""")

M("", """
hej! jeg skal lave en opgave om fordomme i 9. klasse og vil gerne vide om kommunen har tal på hvor mange indvandrere og efterkommere der bor i ishøj, og hvor de kommer fra? på forhånd tak

mvh Mikkel, 9.c
""")

M("", """
Kære borgmester

Tak for en god tale til nytårskuren. Jeg var især glad for det, du sagde om at være stolt af at være en by med mange forskellige baggrunde. Det skal I blive ved med.

Venlig hilsen
Aksel Nygaard
""")

M("", """
Hej

Licensnummeret på vores kopimaskine i Ishøj Medborgerhus er 1102883344, og den virker ikke. Er det kommunens IT eller firmaet, der skal kontaktes? Jeg har ringet til 43 57 70 00 uden at komme igennem.

Mvh
Bodil, frivillig
""")

M("e", """
Til Borgerrådgiveren

Jeg har nu ventet i 11 uger på svar på min ansøgning om enkeltydelse til en ny seng til min søn. Han har sovet på en madras på gulvet siden jul. Jeg har ringet fem gange, og hver gang siger de, at sagen "er under behandling". Jeg vil gerne klage over, at det tager så lang tid.

[[270386–2743]]

Venlig hilsen
Charlotte Brix
""")

M("h", """
Hej Sundhedshuset

Jeg har fået konstateret diabetes type 2 i sidste måned, og min læge har henvist mig til jeres kursus om kost og motion. Hvornår starter næste hold, og skal jeg selv ringe?

Mvh
Ib Kjærgaard, [[110748\u00a01155]]
""")

M("", """
Hej Borgerservice

Jeg skal have nyt sundhedskort, da jeg er flyttet inden for kommunen. Samtidig vil jeg gerne skifte læge til en i Ishøj Landsby. Hvilke læger har åbent for tilgang?

Mit personnummer er [[020133 2567]].

Venlig hilsen
Aase Winther
""")

M("", """
Hej

Jeg har fået et brev fra Skattestyrelsen om min forskudsopgørelse, men der står en forkert adresse på. Kan I rette det i folkeregistret? Jeg bor på Ishøj Strandvej 12, 1. tv.

Personnr. [[150837-9201]]

Mvh
Knud Erik Bendtsen
""")

M("b", """
Hej

Jeg er med i Alternativets lokalforening og hjælper med at samle underskrifter til et borgerforslag om mere natur langs Ishøj Å. Må vi stå med en stand på torvet ved Bycentret lørdag formiddag?

Mvh
Nanna Friis
""")

M("be", """
Til Borgerrådgiveren

Jeg er Jehovas Vidne, og da jeg var hos min sagsbehandler i Ydelsescenteret, kom hun med flere bemærkninger om min tro og om, at "I jo heller ikke må tage imod blod". Det har intet med min sag at gøre. Jeg vil gerne klage over hendes opførsel, ikke over afgørelsen.

Venlig hilsen
Ruth Kristensen
""")

M("e", """
Hej borgerrådgiver

Jeg er fraskilt og har min datter hver anden uge, men Familieafdelingen har i et år nægtet at lave en ny samværsplan, selvom hendes mor er flyttet til Fyn. Jeg føler ikke at de lytter. Hvad kan jeg gøre?

mvh
Allan
""")

M("", """
Hej

Jeg har et medlemsnr. hos Ishøj Motionsklub, 1808900417, og klubben siger, at kommunen giver tilskud til pensionisters kontingent. Hvor søger man?

Mvh Grete
""")

M("t", """
Hej Kultur og Fritid

Jeg er født i Grønland af en grønlandsk mor og en dansk far og har boet i Ishøj i 20 år. Jeg vil gerne holde en trommedans-workshop for børn i sommerferien. Kan jeg få et lokale og eventuelt tilskud?

Venlig hilsen
Aviaja Petersen
""")

M("sb", """
Kære Mads

Jeg er homoseksuel og har altid stemt på Venstre, men jeres forslag om at droppe regnbueflaget på rådhuset gør mig ked af det. Kan du forklare, hvorfor det er vigtigt for jer?

Venlig hilsen
Torben Skaarup
""")

M("bt", """
Hej

Vi er iranske kristne og mødes hver fredag til gudstjeneste på farsi i et privat hjem. Vi er blevet for mange. Kan vi låne et lokale i kommunen? Vi er ca. 30 voksne og 10 børn.

Venlig hilsen
Reza Ahmadi, på vegne af menigheden
""")

M("u", """
Hej Byarkivet

Min far arbejdede som tømrer i Ishøj fra 1962 og var medlem af Træ-Industri-Byg hele sit arbejdsliv. Han fik fagforeningens guldnål for 50 års medlemskab, kort før han døde i vinter. Vi har fundet hans gamle medlemsbøger og billeder fra byggeriet af Vildtbanegård. Vil byarkivet være interesseret i dem?

Venlig hilsen
Gitte Hvidberg
""")

M("u", """
Hej

Jeg har skiftet fra 3F til Krifa i januar. Jeg er ansat som vikar i jeres vejafdeling, og lønsedlen viser stadig fradrag for 3F-kontingent. Er det jer eller vikarbureauet, der skal rette det?

Mvh
Patrick Lauesen
""")

M("u", """
Til Ishøj Bycenter og Teknik og Miljø

Jeg er arbejdsmiljørepræsentant og tillidsrepræsentant for HK'erne på lageret bag Bycentret. Vores medarbejdere skal krydse varegården, hvor lastbilerne bakker, når de går fra bussen. Kan kommunen lave et fodgængerfelt eller et fortov langs indkørslen?

Venlig hilsen
Hanne Wulff
""")

M("s", """
Hej

Min søster og hendes kone flytter til Ishøj til sommer med deres to børn. De vil gerne vide, om der er ledige pladser i børnehaverne i Ishøj Landsby fra august, og hvordan de skriver børnene op, før de er flyttet.

Mvh
Marianne Lund
""")

M("s", """
Hej igen

Ja, det er min mand Anders, der skal stå som kontaktperson i sagen om vores nye carport, ikke mig. Jeg er ude at rejse de næste tre uger, og han kan bedre følge op.

Venlig hilsen
Peter Vinther

Den 12.05 skrev Byggesag:
> Kære Peter
> Skal vi fortsat bruge dig som kontaktperson, eller er der en anden, vi skal skrive til?
> Med venlig hilsen Byggesag
""")

M("b", """
Hej Parkering

Vi går i kirke hver søndag i Ishøj Kirke, og vi har fået en parkeringsafgift to søndage i træk på pladsen ved siden af, fordi der nu er 2 timers parkering. Gudstjenesten og kirkekaffen varer lidt længere. Kan man ikke undtage søndag formiddag?

Venlig hilsen
Grethe og Poul Sommer
""")

M("b", """
Kære Lisbeth

Jeg har meldt mig ud af Venstre efter 25 år, og det er mest på grund af den måde, jeres gruppe har håndteret sagen om Ishøj Strand på. Jeg vil bare have, at du ved det.

Venlig hilsen
Ejnar Thomsen
""")

M("e", """
Hej Borgerservice

Min datter og jeg er flyttet fra min ekskæreste efter vold og bor lige nu på krisecentret i Valby, men vi skal have adresse hos min mor i Ishøj fra næste uge. Jeg vil ikke have, at han kan finde vores nye adresse. Kan I sætte adressebeskyttelse på os begge?

Mig: [[2902044412]]
Min datter Alma: [[130322–6118]]

Tak
Jasmin
""")
