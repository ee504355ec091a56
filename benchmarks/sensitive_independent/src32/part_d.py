"""corpus32 part D: short and medium positives to the borgerrådgiver and directors' assistants."""
from common import M

M("", """Hej, jeg vil klage over min sagsbehandler i ydelsesservice. Hun svarer ikke. Mit cpr er [[120488-1937]]. Mvh Dennis""")

M("e", """Hej borgerrådgiver. Jeg vil klage over at jeg har ventet 9 uger på svar om enkeltydelse til depositum. Jeg er på kontanthjælp og kan ikke flytte før jeg får svar. Mvh Jannie, Vejleåparken""")

M("u", """Kære direktionsassistent. Jeg er TR for FOA på Ishøj Plejecenter og skriver som borger: kan jeg få oplyst, hvornår direktøren svarer på min mail af 2/10 om parkering for nattevagter? Vh Lise Brinck""")

M("s", """Hej

Jeg vil gerne klage over en medarbejder i Borgerservice. Da jeg skulle bestille pas til mig og min mand Kasper, sagde hun "nå, så er det jer to drenge" med et grin til kollegaen. Jeg synes ikke det var i orden.

Mvh
Anders Wiberg""")

M("p", """Til borgerrådgiveren

Vi har solgt vores hus på Ishøj Bygade betinget af, at kommunen godkender det lovliggjorte carport. Køberen har en frist til 15/1. Byggesagsafdelingen svarer ikke. Kan du hjælpe os med at finde ud af, hvem vi skal kontakte?

Mvh Ida og Karsten Holt""")

M("b", """Klage: Ved min søns konfirmationsforberedelse... nej undskyld, det er det modsatte. Min søn skal IKKE konfirmeres, vi er ateister, men skolen har sat ham på listen over konfirmander og sendt brev om fridag. Hvorfor registrerer skolen det? mvh Morten Kjeldsen""")

M("t", """hej. min datter fik at vide af en pædagog i SFO at hun "ikke lignede en rigtig dansker" fordi hun er adopteret fra Colombia. jeg vil klage. hvem skal jeg skrive til? /Lotte""")

M("h", """Kære borgerrådgiver

Jeg har fået en indkaldelse til samtale på rådhuset på 3. sal. Jeg sidder i kørestol efter en rygmarvsskade, og elevatoren har været i stykker i to uger. Jeg har ringet to gange, men ingen har tilbudt at flytte mødet. Hvad gør jeg?

Venlig hilsen
Peter Alsing""")

M("hbt", """Jeg er jødisk ortodoks og kan ikke møde op på rådhuset lørdag den 16. til den ekstra åbningsdag, som min sagsbehandler foreslog. Jeg har også en hjertesygdom, så lange ventetider er svære. Kan vi finde en anden dag? Mvh Daniel Melchior""")

M("u", """Hej. Jeg er medlem af HK og vil gerne vide, om min fagforening kan være bisidder, når jeg skal til møde med borgerrådgiveren. Mvh Susanne Wendt""")

M("e", """Til direktøren

Min far, Ole Kirk, er flyttet ind på Ishøj Plejecenter i september. Vi har endnu ikke fået en opgørelse over egenbetalingen, og han har fået tre forskellige regninger. Kan nogen sende en samlet opgørelse?

Mvh Bente Kirk Olsen, datter""")

M("se", """hej jeg og min kæreste Sara har søgt om et boligtilskud/boligstøtte sammen og sagsbehandleren blev ved med at skrive "din mand" i mails til mig. jeg er kvinde og min kæreste er også kvinde. det er lidt træls når det sker hver gang. kan det rettes i systemet? -Nanna""")

M("p", """Kære direktionsassistent. Vi har fået et bud på vores grund på Tranegildevej, men køberen vil først skrive under, når kommunen har svaret på forespørgslen om lokalplanen. Sagsnr. 02.34.02-P19-0031-24. Kan I oplyse en forventet svartid? Venlig hilsen Finn Gade""")

M("t", """Jeg vil klage over at min søn, som er halvt thailandsk, blev kaldt "ris-knægt" af en voksen på fritidsklubben, og at lederen grinede. Ingen har kontaktet os efter min mail i sidste uge. Mvh Henrik Bay""")

M("b", """Kære borgerrådgiver. Jeg er aktiv i Enhedslisten og har en sag kørende om min ejendomsskat. Jeg vil gerne vide, om det er et problem at jeg også har skrevet om sagen på Facebook i partiets lokalgruppe. Venlig hilsen Jacob Strøm""")

M("heu", """Hej! Er sygemeldt med stress fra mit job i kommunens dagpleje og min 3F-repræsentant har sagt jeg skal skrive til borgerrådgiveren om, at jeg ikke får svar på min ansøgning om §56. Kan I det? Vh Maj""")

M("", """Hej, jeg har et spørgsmål: Kan man klage til borgerrådgiveren over en afgørelse om sygedagpenge, eller skal det til Ankestyrelsen? Og hvad er fristen? Mvh Jonas""")

M("e", """Til: Borgerrådgiveren

Navn: Dorthe Juul
CPR-nr.: [[2709751482]]
Adresse: Ishøj Strandvej 44, 1. th.
Sagsnr.: 27.12.02-G01-3310-24
Emne: Manglende udbetaling af boligstøtte for oktober

Jeg har ikke fået boligstøtte for oktober og har fået en restance fra boligselskabet. Jeg har skrevet 3 gange. Hjælp.""")

M("h", """Min mor på 82 faldt i sidste uge og brækkede hoften. Hun er indlagt på Hvidovre. Jeg vil gerne klage over at hospitalet og kommunen ikke snakker sammen om, hvem der skal komme hjem til hende efter udskrivelsen. Bedste hilsner Lene Mørch""")

M("s", """Kære borgerrådgiver

Jeg er bisidder for min ven Jonas, som er transkønnet og bøsse, og som føler sig dårligt behandlet i Jobcenteret, fordi sagsbehandleren blev ved med at bruge hans gamle navn. Vi vil gerne have et møde.

Mvh Rune Sandholm""")

M("pe", """Hej. Vi skal skilles og har sat rækkehuset på Stærestien til salg. Der er en interesseret køber, men min mand vil ikke skrive under før vi har fundet ud af samværet med børnene. Kan kommunen mægle, eller er det Familieretshuset? /Charlotte""")

M("u", """Kære direktør

Som tillidsrepræsentant i Dansk Sygeplejeråd på Ishøj Sundhedscenter har jeg på et personalemøde hørt, at der bliver lukket to stillinger. Jeg vil bare som borger vide, om det skal på udvalgets dagsorden. Venlig hilsen Merete Skovbo""")

M("t", """Vi er en grønlandsk familie, der bor i Ishøj. Vores søn har ikke fået tilbudt grønlandsk modersmålsundervisning, selvom vi har søgt to gange. Kan borgerrådgiveren hjælpe? Ane Kristiansen""")

M("hbe", """Til borgerrådgiveren

Jeg er muslim og bruger niqab. Da jeg mødte op til samtale om min kontanthjælp, nægtede vagten at lukke mig ind, før jeg tog den af. Jeg har astma og blev meget stresset, fik et anfald i venteværelset. Ingen hjalp.

Khadija A.""")

M("", """Hej, jeg har fået et brev med journalnr. 27.12.04-G01-2804-23 men det står ikke hvem der er sagsbehandler. Kan I oplyse det? Mvh Rikke""")

M("b", """Kære borgerrådgiver

Jeg klager over at jeg ved valgstedet på Gildbroskolen blev bedt af en valgtilforordnet om at tage min Dansk Folkeparti-badge af. Jeg er medlem og stillede selv op til sidste kommunalvalg. Jeg ved godt man ikke må agitere, men det var en badge på tasken. Hvem bestemmer det?

Mvh Gert Sølvhøj""")

M("s", """Jeg er biseksuel og var til samtale i Familieafdelingen om min datter. Sagsbehandleren spurgte om min "livsstil" kunne påvirke hende. Det har intet med sagen at gøre. Jeg vil klage. /Signe L.""")

M("e", """Hej borgerrådgiver. Jeg blev sat ud af min lejlighed i Vejleåparken i sidste måned og bor nu hos en ven. Kommunen siger jeg skal have en adresse for at få hjælp. Hvordan skal jeg få en adresse uden hjælp? Mvh Tommy""")

M("p", """Kære direktionsassistent for borgmesteren

Jeg er interesseret i at købe kommunens gamle grund ved Ishøj Havn og har afgivet et bud på 2,1 mio. kr. den 30. august. Jeg har ikke hørt noget siden. Kan I bekræfte at mit bud er modtaget?

Med venlig hilsen
Kasper Fogh, Fogh Byg ApS""")

M("", """Dav. Hvor lang er ventetiden i Borgerservice for at få nyt sundhedskort? Mvh Egon""")

M("hu", """Jeg er medlem af FOA og har været på arbejdsskadeforsikring efter en løfteskade i ryggen på plejehjemmet. Kommunen som arbejdsgiver har ikke meldt skaden. Jeg ved godt at det er en ansættelsessag, men hvor skal jeg klage? Helle Nørby""")

M("t", """Kære borgerrådgiver. Jeg er romani og oplever at Borgerservice altid beder mig om ekstra ID, når jeg kommer. Sidst sagde en medarbejder at "vi ved jo hvordan det er med jeres folk". Jeg vil gerne klage anonymt. Venlig hilsen en borger fra Ishøj Strand""")

M("be", """Hej – jeg er vegetar af religiøse grunde (hindu) og min mor på plejecentret får kød i maden selvom vi har sagt det 5 gange. Hvem skal vi klage til? Mvh Priya Raman""")

M("e", """Hej jeg vil klage over at jeg fik afslag på friplads i SFO uden begrundelse. Jeg er enlig mor og tjener 16.000 om måneden før skat. Sagsnummer 28.03.12-G01-0715-24. Mvh Emilie""")

M("s", """Kære direktør. Mine to mødre har begge fået brev om forældremøde, men kun den ene kan logge ind på AULA. Skolen siger systemet "ikke er bygget til to mødre". Kan kommunen gøre noget? Mvh Asta, 14 år""")

M("ue", """Jeg er tidligere Krifa-medlem og nu i Det Faglige Hus. Jobcenteret har sendt min CV-opdatering til den gamle a-kasse. Hvem skal jeg kontakte for at rette det? Mvh Ali""")

M("hbe", """Kære borgerrådgiver, jeg er Jehovas Vidne og har sagt nej til blodtransfusion ved min kommende operation. Min sagsbehandler i kommunen har skrevet det i mit journalnotat om min revalidering uden at spørge. Hvorfor står det der? Mvh Ruth""")

M("p", """Min nabo på Gildbrovej 22 har sat sit hus til salg, og ejendomsmægleren har fortalt interesserede, at kommunen vil tillade en tilbygning mod vores skel. Er det rigtigt? Vi er ikke blevet hørt. Mvh Ole og Grete Vang, nr. 24""")

M("te", """Til borgerrådgiver. Min far er fra Irak og taler dårligt dansk. Ved mødet om hans hjemmehjælp fik han at vide at han kunne tage sin søn med som tolk. Jeg er 15. Det synes jeg ikke er rigtigt. Mvh Ahmad""")
