"""Part A: tenants in the almene boliger (Ishøj Strand, Vejleåparken): rent arrears,
eviction, boligstøtte, the municipality's help with a tenancy."""
from common import M

M("e", """
Til borgerrådgiveren

Jeg har fået en opsigelse fra boligselskabet, fordi jeg skylder husleje for marts og april, i alt 14.380 kr. Jeg har ringet til Ydelsescentret tre gange for at få hjælp til restancen, men ingen har ringet tilbage. Fogeden kommer den 3. juni. Hvad kan jeg gøre?

Venlig hilsen
Lotte Brink
Vejleåparken 18, 2. th.
""")

M("eh", """
hej jeg bor på ishøj strand og er bagud med huslejen 2 mdr fordi jeg har været indlagt på psykiatrisk i Glostrup siden januar. min søster har passet posten men hun vidste ikke at der skulle betales. kan kommunen lægge ud? jeg får kontanthjælp

mvh Sami
""")

M("e", """
Kære Ydelsescenter

Jeg søger om boligstøtte fra 1. august, hvor jeg flytter ind i en 2-værelses i Vejleåparken. Jeg har udfyldt ansøgningen på borger.dk, men den vil ikke tage mit lejekontrakt-bilag. Mit cpr er [[210697-2214]]. Min indkomst er SU plus et studiejob på ca. 6.000 kr. om måneden.

Med venlig hilsen
Oliver Krag
""")

M("", """
Hej

Hvornår udbetales boligstøtten i december? Jeg spørger for hele vores opgang, for der er nogle der er bekymrede for julen, og i boligselskabets blad stod der, at datoen flytter pga. helligdagene.

Venlig hilsen
Afdelingsbestyrelsen, Ishøj Strand blok 4
""")

M("e", """
Til byrådsmedlem Pernille Holm

Jeg skriver fordi jeg er ved at blive sat ud af min lejlighed i Vejleåparken. Det er min ekskæreste der har stået for betalingen og nu er han flyttet og har ikke betalt siden oktober. Boligselskabet siger det er mit problem fordi jeg står på kontrakten. Jeg har to børn på 4 og 7. Kan du gøre noget?

Hilsen
Jeanette
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi er en gruppe beboere i Vejleåparken, som gerne vil vide, hvordan kommunen beregner boligstøtte, når husstanden har et barn der er flyttet hjemmefra men stadig har adresse hos os. Gælder det som en person mere i beregningen? Vi spørger generelt, fordi flere har undret sig.

Med venlig hilsen
Beboerhuset
""")

M("eh", """
Kære borgmester

Min far Erik Sørensen bor alene i Ishøj Strand. Han har fået konstateret demens, og han har glemt at betale husleje i et halvt år. Nu ligger der en udsættelsesbegæring. Vi har talt med hans egen læge, men hvem i kommunen tager sig af sådan en sag? Han får allerede hjemmehjælp to gange om ugen.

Med venlig hilsen
Tina Sørensen (datter)
""")

M("e", """
hej

jeg skal have hjælp til indskud til ny lejlighed på Ishøj Strand (indskud 19.600). jeg er på kontanthjælp siden jeg blev fyret fra lageret. hvordan søger jeg lån til indskud?

cpr [[030589 1175]]
Danni
""")

M("", """
Til hovedpostkassen

Hvad koster det at få et lån til beboerindskud hos kommunen, og er der renter? Jeg arbejder som rådgiver i et boligselskab og vil gerne kunne svare korrekt, når folk spørger på kontoret.

Mvh
Susanne Vedel
Boligsocial medarbejder
""")

M("ehu", """
Til Jobcentret og Ydelsescentret

Jeg har været sygemeldt med en diskusprolaps siden 14. februar og er på sygedagpenge. Min husleje er 8.950 kr. og sygedagpengene rækker ikke, så jeg er kommet 1 måned bagud. Min fagforening (Dansk Metal) har sagt jeg skal søge om enkeltydelse hos jer. Hvordan gør jeg det?

Med venlig hilsen
Morten Aagaard
Ishøj Strand 32, 1. tv.
""")

M("e", """
Hej

Jeg har fået afslag på boligstøtte, fordi I siger min indtægt i 2023 var for høj. Men jeg var arbejdsløs det meste af 2024 og fik dagpenge. Kan I regne på det igen ud fra den aktuelle indkomst?

Hilsen
Birgitte Nørgaard
""")

M("", """
Dear Sir or Madam,

Could you tell me where I find the English version of the application for housing benefit (boligstøtte)? My colleague at the language café asked me and I could not find it on borger.dk. Thank you.

Best regards,
Hannah Cole
Volunteer, Ishøj Bibliotek
""")

M("et", """
Til borgerrådgiveren

Jeg er kommet til Danmark fra Eritrea i 2019 og bor med mine tre børn i Vejleåparken. Boligselskabet har sendt et brev om at vi skylder 22.000 kr. i husleje. Jeg forstår ikke brevet fordi jeg troede kommunen betalte direkte fra min integrationsydelse. Kan I hjælpe mig at forstå?

Tak
Semhar
""")

M("e", """
Kære Anders Madsen (byrådsmedlem)

Jeg vil klage over at kommunen ikke vil anvise mig en bolig, selvom jeg har været hjemløs siden min skilsmisse i september. Jeg sover hos forskellige venner og har min post hos min mor. Jeg har to gange spurgt om akutbolig og fået nej.

Med venlig hilsen
Kenneth Holt
""")

M("", """
Til Byudvikling og Natur

Hvor mange af de almene boliger i Ishøj Strand bliver anvist af kommunen, og hvor mange går via boligselskabets venteliste? Jeg skriver en opgave på professionshøjskolen om kommunal anvisningsret.

Venlig hilsen
Line Fog, stud.
""")

M("eh", """
Hej Ydelsescentret

Jeg sender jer lægeerklæringen, som I bad om til min ansøgning om personligt tillæg til husleje. Jeg har KOL og kan ikke gå på trapper, så jeg har søgt om at bytte til stuen i samme afdeling, og flytningen koster mig penge jeg ikke har. Jeg får førtidspension.

[[120461-1876]]
Grethe Lund
""")

M("e", """
Til borgmesterens sekretær

Vi er blevet opsagt til fraflytning 1. juli, fordi min søn på 19 har lavet hærværk i opgangen og boligselskabet mener det er grov misligholdelse. Han har fået en dom for det. Jeg er alene med tre og kan ikke finde noget andet. Kan borgmesteren hjælpe med at tale med boligselskabet?

Venlig hilsen
Hanne Kjær
""")

M("eb", """
Til borgerrådgiveren

I august skyldte jeg 6.200 kr. i husleje. Jeg fik en aftale med boligselskabet om afdrag, og den har jeg overholdt. Nu har Ydelsescentret skrevet, at de vil modregne i min kontanthjælp for et lån jeg fik i 2022. Det har ingen sagt til mig før. Jeg er muslim og vil ikke have et lån med renter, det var derfor jeg bad om et rentefrit lån dengang. Er det lovligt at modregne sådan?

Med venlig hilsen
Yusuf Demir
""")

M("", """
Hej,

Hvad er fristen for at søge boligstøtte med tilbagevirkende kraft? Vi er i afdelingsbestyrelsen ved at lave et infoark til de nye lejere, og det vil være godt at have det rigtige svar.

Mvh
Rasmus, formand for afd. 12
""")

M("ehs", """
Hej

Min mand Jonas og jeg (Mads) bor i Vejleåparken. Jonas har haft kræft og er stadig ikke tilbage på arbejde. Vi har søgt om boligstøtte, men I har talt hans sygedagpenge med som indkomst to gange. Kan nogen kigge på beregningen? Sagsnummer 24-1187.

Mads Thorsen
""")

M("e", """
til ishøj kommune

jeg bor i en lejlighed hvor de har sagt op pga støj og jeg skal ud om 3 mdr. jeg får dagpenge og har ingen steder at tage hen. min sagsbehandler hedder Camilla men hun er på ferie. hvem kan jeg snakke med

Tobias
""")

M("et", """
Til Ydelsescentret

Jeg, Ayan Warsame, født i Somalia, cpr.nr. [[150772-3390]], og min datter Hodan, cpr.nr. [[020608-4163]], bor på Ishøj Strand 46. Vi søger om boligstøtte fra 1. maj, hvor Hodan er flyttet hjem igen. Hodan er studerende.

Med venlig hilsen
Ayan Warsame
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har en lejer i en af mine private udlejningslejligheder på Ishøj Bygade, som har bedt mig udfylde en blanket om boligstøtte. Hvilke oplysninger skal jeg som udlejer give, og skal jeg sende dem direkte til Udbetaling Danmark? CVR 38471125.

Venlig hilsen
Palle Steen
Steen Ejendomme ApS
""")

M("eu", """
Kære Ole Jensen

Jeg er FOA-tillidsrepræsentant på et plejecenter og bor selv i Vejleåparken. En af mine kolleger, som jeg hjælper, har fået en fogedbegæring på grund af huslejerestance. Hun har givet mig lov at skrive. Hun er ikke så god til dansk på skrift. Kan du sige hvem i kommunen der tager akutte sager om udsættelse?

Venlig hilsen
Rikke Mølgaard
""")

M("e", """
hej

jeg skylder penge til boligselskabet og de vil have 3.000 om måneden det kan jeg ikke klare på min kontanthjælp. er det sandt at kommunen kan betale huslejen direkte så den aldrig bliver glemt?

Mette
""")

M("", """
Til Ishøj Kommune, hovedpostkassen

Hvordan er reglerne for, hvornår kommunen betaler husleje direkte til udlejer for borgere på kontanthjælp? Jeg spørger som journalist på Ishøj Avis, vi laver en artikel om udsættelser i Storkøbenhavn.

Med venlig hilsen
Kristian Bech
""")

M("he", """
Kære Voksne og Velfærd

Jeg er ved at flytte fra mit rækkehus til en handicapvenlig lejlighed i Ishøj Strand, fordi jeg har sklerose og ikke længere kan klare trappen. Jeg søger om hjælp til flytningen og om at få monteret greb i badeværelset.

Med venlig hilsen
Susanne Bøgh
""")

M("e", """
Til borgerrådgiveren

Jeg vil gerne klage over sagsbehandlingen i min boligstøttesag. Jeg søgte i januar, det er nu juni, og ingen har svaret. I mellemtiden er jeg kommet i restance på 11.000 kr. Jeg har ringet 9 gange.

Med venlig hilsen
Leif Dam
Ishøj Strand 12, st. mf.
""")

M("e", """
Hej, jeg har glemt at skrive mit personnummer på ansøgningen om enkeltydelse til depositum. Det er [[1108942345]]. Sagen handler om lejligheden i Vejleåparken, som jeg skal overtage 1/9. Jeg er på uddannelseshjælp.

Mvh Nicklas
""")

M("", """
Hej

Der er en fejl på kommunens side om boligstøtte: linket til beregneren virker ikke. Jeg prøvede fra både telefon og computer.

Mvh Ida
""")

M("eh", """
Kære borgmester Ole Bjørstorp

Min mor er 84 og bor i en almen bolig i Ishøj Strand. Hun har fået et brev om at hun skal flytte midlertidigt i 8 uger under renoveringen. Hun er blind og får hjemmepleje morgen og aften. Hvordan skal hun finde rundt i en genhusningsbolig? Vi har bedt om at hun kan komme på aflastning i stedet.

Venlig hilsen
Per Winther
""")

M("e", """
Hej

jeg vil bare høre om jeg kan få boligstøtte når jeg fremlejer et værelse ud i min lejlighed. jeg er på efterløn og pengene er små

mvh bent
""")

M("eb", """
Til byrådsmedlem Lise Kragh

Som medlem af Enhedslisten i Ishøj, og som lejer i Vejleåparken, vil jeg fortælle dig om min egen situation. Jeg fik i marts afslag på boligstøtte fordi min kontanthjælp var blevet sat op, og nu betaler jeg 61 % af min indkomst i husleje. Jeg synes du skal tage det op i udvalget.

Hilsen
Lars Henningsen
""")

M("", """
Til Økonomiudvalget

I afdelingsbestyrelsen i Vejleåparken har vi set, at huslejen stiger 4,8 % fra januar. Vi mener, kommunen som garant for de almene boliger burde gå ind i dialog om renoveringsudgifterne. Kan punktet komme på udvalgets dagsorden?

Med venlig hilsen
Afdelingsbestyrelsen, Vejleåparken afd. 3
""")

M("eh", """
Til Ydelsescentret

Jeg har fået brev om at jeg skal betale 9.400 kr. tilbage i boligstøtte. Det er fordi jeg ikke meldte at min kæreste flyttede ind. Han flyttede ind fordi jeg blev gravid og havde brug for hjælp. Vi har ikke pengene nu. Kan jeg betale af?

cpr: [[260201\u00a04498]]
Caroline Juhl
""")

M("e", """
Hej Ishøj Kommune.

Min nabo i nr. 14, Bjarne, er ved at blive sat ud. Han har sagt det til mig og er helt knust, han skylder vist 30.000. Jeg skriver for at høre om der findes nogen i kommunen der kan tage kontakt til ham, han tør ikke selv. Han ved at jeg skriver.

Mvh Helle, Ishøj Strand
""")

M("", """
Til Center for Voksne og Velfærd

Hvilke tilbud har kommunen til borgere, som er i risiko for at blive sat ud af deres bolig? Vi er frivillige i en forening, der tilbyder gratis økonomisk rådgivning, og vi vil gerne henvise korrekt.

Med venlig hilsen
Gældsrådgivningen Ishøj
""")

M("eu", """
Til borgerrådgiveren

Jeg er medlem af HK og min a-kasse har stoppet mine dagpenge i 3 uger pga. en fejl med jobloggen. Nu kan jeg ikke betale husleje. Boligselskabet vil ikke vente. Ydelsescentret siger de ikke kan hjælpe fordi jeg er medlem af en a-kasse. Er det virkelig rigtigt?

Anne-Mette Nyholm
""")

M("et", """
Kære kommune

Vi er en familie fra Syrien, vi kom som flygtninge i 2016. Vi bor i Vejleåparken i 3 værelser, vi er 7 personer. Vi har søgt om større bolig hos kommunen, men det har ikke sket noget i 2 år. Også vi har fået et brev om huslejestigning. Vi betaler 9.800 nu, det er svært med kontanthjælp for to voksne.

Med venlig hilsen
Khaled og Rima
""")

M("he", """
Hej

Jeg er fraflyttet min lejlighed i Vejleåparken, og nu kræver boligselskabet 28.000 kr. for istandsættelse. Jeg var indlagt på Hvidovre i 3 måneder det sidste år jeg boede der efter et slagtilfælde, så der var ingen der kunne lufte ud, og der kom skimmel. Jeg lever af folkepension. Kan kommunen hjælpe?

Venlig hilsen
Jørgen Thomsen
""")

M("es", """
Til borgerrådgiveren

Jeg og min kone Sofie er gået fra hinanden, og jeg skal flytte ud af vores fælles lejlighed på Ishøj Strand. Jeg har ikke råd til indskud alene. Kan kommunen låne mig pengene? Jeg har ingen opsparing og tjener ca. 19.000 kr. brutto.

Hilsen
Maja Lindholm
""")

M("e", """
Til Ydelsescentret

Jeg har nu modtaget jeres brev med journalnummer 27.12.04-G01-1402-24 om min boligstøtte, og jeg har ikke flere spørgsmål. Tak for hjælpen.

Mvh
Ebbe
""")
