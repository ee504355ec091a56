"""corpus75 part B: the library, the music school and the culture house."""
from common import M

M("h", """
Til Ishøj Bibliotek

Min mor, Else Kragh, er 81 og har svær KOL. Hun har ilt derhjemme og kan ikke længere tage bussen op til biblioteket. Hun læser to-tre krimier om ugen. Kan hun komme med i jeres ordning hvor bøgerne bliver bragt ud? Hun bor på Gadekærsvej.

Venlig hilsen
Birthe Kragh (datter)
""")

M("e", """
Hej Musikskolen

Jeg vil gerne søge friplads til mine to drenge, der går til guitar og trommer. Jeg er alene med drengene og på kontanthjælp. Vi kan ikke betale 2 x 1.995 kr. pr. semester. Skal jeg sende en ansøgning et sted?

Mvh Dennis
""")

M("", """
Nyhedsbrev fra Kulturhuset – efterår 2026

Kære venner af huset

Vi kan nu løfte sløret for efterårets program:
• 4. sept.: Koncert med Ishøj Big Band
• 12. sept.: Foredrag "Islam i Danmark gennem 50 år" ved lektor Jens Aagaard
• 19. sept.: Filmaften i samarbejde med Ishøj Pride – "Pride" (2014)
• 2. okt.: Børneteater "Rasmus Klump"
• 24. okt.: Syng med på kurdiske, tyrkiske og danske sange med Ishøj Verdenskor

Billetter på kulturhuset-ishoj.dk. Ordre og spørgsmål: tlf. 43 57 71 00.

Venlig hilsen
Kulturhusets programgruppe
""")

M("u", """
Til formanden for Kultur- og Fritidsudvalget

Jeg er bibliotekar i Ishøj og medlem af HK Kommunal. Jeg skriver som borger og ikke på vegne af min arbejdsplads. Planen om "åbent bibliotek" uden personale om søndagen bliver præsenteret som en service, men den betyder i praksis at de udsatte unge, som vi kender, ikke har en voksen at gå til. Jeg håber udvalget tænker sig om.

Venlig hilsen
Signe Aaberg
""")

M("u", """
Hej Musikskoleleder

Jeg har undervist i klaver på musikskolen som timelærer i 11 år. I den nye kontrakt står der ikke noget om forberedelsestid. Jeg har spurgt Dansk Musiker Forbund, hvor jeg er medlem, og de siger at det er i strid med overenskomsten. Kan vi tage et møde inden jeg skriver under?

Venlig hilsen
Kamilla Bøgh
""")

M("h", """
Kære Ishøj Musikskole

Vores søn Tobias (10) har autisme og bliver meget overvældet af holdundervisningen i trommer, hvor der er fem elever i et lille lokale. Han elsker at spille. Kan han få eneundervisning, evt. kortere tid, så han ikke stopper?

Kærlig hilsen
Marianne og Jonas Krogh
""")

M("e", """
Til Musikskolen

Min datter Asta har spillet violin i tre år. Jeg er blevet skilt i foråret, og min økonomi er meget stram, for jeg sidder alene med huset og ungerne. Hendes far vil ikke betale halvdelen. Kan man søge nedsat betaling på grund af indtægt, og hvad skal I bruge af papirer?

Med venlig hilsen
Tina Holmgaard
""")

M("", """
Hej

Vi har fået en regning for leje af salen i Kulturhuset den 14. marts til vores korkoncert. Fakturanr. 1203251456, men beløbet er 6.500 kr. og aftalen var 3.250 kr. (foreningstakst). Vores EAN-nr. er 5798000416604. Kan I sende en ny faktura?

Med venlig hilsen
Ishøj Kammerkor
kasserer Bent Lauridsen
""")

M("s", """
Til biblioteket

Jeg og min kone har to børn på 3 og 6, og vi leder tit efter billedbøger, hvor der er to mødre. I har næsten ingen. Vil I købe flere bøger om regnbuefamilier til børneafdelingen? Vi hjælper gerne med en liste.

Hilsen Maja (mor til Ingrid og Anton)
""")

M("", """
Hej

Hvornår er Pride-ugen på biblioteket i år, og er der dragshow for børn igen? Min nevø var med sidste år og syntes det var sjovt. Skal man tilmelde sig?

/Lotte
""")

M("b", """
Kære musikskole

Min søn Bilal spiller trompet i Ishøj Ungdomsorkester. Koncerten den 18. marts ligger midt i ramadanen, og han faster. Koncerten slutter kl. 19.30, og han kan først spise efter solnedgang kl. 18.40. Må han have lov til at tage en pause og spise noget backstage?

Med venlig hilsen
Samira Khalil
""")

M("b", """
Til lederen af Ishøj Musikskole

Vi har fået at vide at børnekoret skal synge ved julekoncerten i Ishøj Kirke. Vi er ateister i vores familie og ønsker ikke at vores datter Frida synger salmer i en gudstjeneste. Vi har intet imod julesange. Kan hun deltage i de andre koncerter og springe den her over, uden at det går ud over hende?

Venlig hilsen
Anders og Lene Sørensen
""")

M("b", """
Hej Kulturhuset

Vores søn Vilmer skal have nonfirmation i Humanistisk Samfund i maj, i stedet for at blive konfirmeret. Vi vil gerne leje det lille lokale i Kulturhuset til festen lørdag den 16. maj. Er det ledigt, og hvad koster det for private?

Mvh
Janni Kofoed
""")

M("t", """
Доброго дня / Goddag

Vi er fra Ukraine. Vi er flygtet fra Kharkiv i 2022 og bor nu i Ishøj. Min datter Sofiia spillede klaver i musikskole i Ukraine i fem år. Kan hun komme ind på Ishøj Musikskole, og skal hun stå på venteliste? Hun taler dansk ok.

Tak
Olena
""")

M("tb", """
Kære bibliotek

Jeg er jøde og har boet i Ishøj i 30 år. Jeg har lagt mærke til at I har bøger på arabisk, tyrkisk og urdu, men ingen på hebraisk og meget lidt om jødisk historie. Jeg vil gerne donere nogle bøger, hvis I vil have dem, og foreslå at I køber et par titler.

Med venlig hilsen
Ruth Abrahamsen
""")

M("s", """
Hej

Min mand Jens og jeg vil gerne begynde i Kulturhusets seniorkor om torsdagen. Jeg er tenor og han er bas. Er der plads til to mænd mere, og skal man til optagelsesprøve?

Venlig hilsen
Poul Ebbesen
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har set at kommunen sætter den gamle musikskolevilla på Vejleåvej til salg. Vi har afgivet et bud på 3,2 mio. kr. gennem mægleren i tirsdags, med forbehold for byggeteknisk gennemgang. Vi vil gerne vide om kommunen tager stilling til buddene løbende, eller om der er en frist. Vi er også interesserede i om lokalplanen tillader at bo der.

Med venlig hilsen
Karina og Henrik Vedel
""")

M("p", """
Kære byrådsmedlem Helle Andersen

Jeg underviser på musikskolen og skal flytte til Fyn. Vi har solgt vores rækkehus i Ishøj Landsby, men handlen er betinget af, at køberne får svar fra kommunen om den nye parkeringsplads ved Kulturhuset kommer til at ligge lige op til haven. Køberens advokat har spurgt to gange. Fristen i købsaftalen er den 20. januar. Kan du hjælpe med at få et svar?

Venlig hilsen
Charlotte Brix
""")

M("", """
Hej

Jeg har mistet mit lånerkort. Kan jeg få et nyt ved skranken, eller skal jeg bestille det online? Mit cpr er [[190372-2817]] og jeg har pinkode, hvis det hjælper.

Mvh
Lene Juhl
""")

M("e", """
Ansøgning om søskendemoderation og friplads

Barn: Emma Nielsen, [[080512 4306]]
Instrument: cello
Barn: Oliver Nielsen, [[240309 4117]]
Instrument: klaver

Vi er en familie med én indkomst, og vi modtager boligstøtte og børnetilskud som enlig. Årsopgørelse kan eftersendes.

Katja Nielsen
""")

M("", """
Hej musikskolen

Hvor lang er ventelisten til guitar nu? Sidste år stod der 64 på ventelisten, har jeg læst i referatet. Og hvornår kommer næste sæsons skema? Jeg har ringet til 43 57 79 00 flere gange uden at komme igennem.

Vh Pia
""")

M("", """
Til Ishøj Kommune, Center for Byudvikling og Natur

Vi er nogle naboer til Rådhustorvet, der gerne vil høre om Ishøj Kulturfestival 22.–24. august. Hvor længe må musikken spille om natten, hvor står scenen, og bliver parkeringspladsen ved Ishøj Bycenter lukket? Sidste år sluttede det først kl. 01.

Venlig hilsen
Beboerforeningen, Ishøj Byparken
""")

M("h", """
Hej Kulturhuset

Jeg synger i Seniorkoret og er blevet meget hørehæmmet det sidste år. Jeg har fået høreapparater gennem Hvidovre Hospital, men i salen kan jeg ikke høre dirigenten. Har I teleslynge? Hvis ikke, kan I få en?

Venlig hilsen
Inge Lerche
""")

M("he", """
Til Biblioteket

Jeg er kørestolsbruger og har fået en el-kørestol bevilget af kommunen sidste år. Den er for bred til elevatoren ned til lokalhistorisk arkiv. Jeg har brug for at se nogle gamle kort over Ishøj Landsby. Kan arkivet tage materialet op til mig, eller kan vi finde en anden løsning?

Venlig hilsen
Henning Pallesen
""")

M("u", """
Kære Kulturhus

Jeg har været medlem af Danmarks Lærerforening i 38 år og er nu gået på pension. En gruppe af os gamle DLF'ere vil gerne holde et foredrag om skolens historie i Ishøj. Kan vi låne et lokale en eftermiddag i oktober?

Med venlig hilsen
Arne Mikkelsen
""")

M("", """
Hej

Hvad er bibliotekets åbningstider mellem jul og nytår? Og er der julekoncert i Torslunde Kirke i år – min mor vil gerne med, og vi vil gerne tage hen på biblioteket først og hente nogle lydbøger.

God jul
Susanne
""")

M("e", """
Til borgerrådgiveren

Jeg har ingen bolig lige nu og sover skiftevis hos venner og på Hvidovre Herberg. Om dagen sidder jeg på biblioteket og søger job og lader telefonen op. I går sagde en medarbejder at jeg ikke må sove ved bordene og at jeg "lugter". Jeg skammer mig meget, men jeg synes ikke det er i orden at blive talt til sådan.

Kenneth
""")

M("he", """
Hej

Jeg er på førtidspension på grund af min ryg og kan ikke sidde på de almindelige stole i salen i mere end en halv time. Er der rabat på billetterne for pensionister som mig, og kan man bestille en plads med en stol med armlæn?

Venlig hilsen
Grethe Vang
""")

M("b", """
Kære bibliotek

Jeg er medlem af SF og sidder i vores lokalafdelings bestyrelse. Vi vil gerne holde et åbent debatmøde om klimaplanen på biblioteket i uge 40, med oplægsholdere fra alle partier. Hvad er reglerne for at låne salen til politiske arrangementer?

Vh Mikkel Juul
""")

M("b", """
Hej Kulturhuset

Jeg er veganer af etiske grunde og går meget til jeres koncerter, men caféen har aldrig noget uden ost, æg eller kød. Kunne I ikke have bare én vegansk sandwich? Jeg tror ikke jeg er den eneste.

Venlig hilsen
Marie Thorup
""")

M("", """
Hej

Jeg har set at Kulturhuset holder eid-fest for hele byen efter ramadanen. Hvornår starter den, og skal man købe billet? Er det for alle? Vi er nye i området og vil gerne hilse på naboerne.

Mvh
Line og Søren
""")

M("", """
Til biblioteket

Foredraget "Integration i Ishøj – hvor står vi?" den 5. november: hvor mange pladser er der, og bliver det optaget? Jeg er med i en læsekreds, og vi vil gerne komme otte personer.

Venlig hilsen
Vibeke
""")

M("t", """
Hej Ishøj Bibliotek

Min mor Ayşe på 74 taler kun tyrkisk, og hun keder sig meget om dagen. Har I lydbøger på tyrkisk, som hun kan låne? Jeg kan hente dem for hende om torsdagen.

Tak
Emre Yılmaz
""")

M("", """
Kære bibliotek

Jeg er frivillig i lektiecaféen i Ishøj Nord. Mange af de børn, der kommer, har forældre der ikke læser dansk. Kan I købe flere tosprogede billedbøger, fx arabisk-dansk, somali-dansk og tigrinya-dansk, så forældrene kan læse med? Vi vil gerne hjælpe med at finde titler.

Venlig hilsen
Helle Winkel
""")

M("s", """
Hej

Vores datter Nanna (15) har fortalt os, at hun er biseksuel. Hun vil gerne med i ungdomsklubbens LGBT+-gruppe, men den mødes i Kulturhuset sent om aftenen. Er der en voksen til stede, og hvordan kommer hun hjem? Vi vil bare gerne vide lidt mere.

Hilsen Lone og Kasper
""")

M("h", """
Kære Birgitte (leder af musikskolen)

Jeg er gravid og skal have kejsersnit omkring 10. marts. Jeg har talt med min læge om at gå ned i tid fra 1. februar. Kan vi lægge en plan for mine elever, så de ikke mister undervisning?

Venlig hilsen
Ida Lykke, sanglærer
""")

M("h", """
-----Oprindelig meddelelse-----
Fra: Jette Brandt
Sendt: 3. marts 2026 09:12
Til: Ishøj Bibliotek
Emne: Bogen kommer – ansøgning

Hej

Jeg videresender min fars ansøgning, som han har bedt mig skrive. Han har Parkinson og kan ikke gå ud alene længere.

Navn: Erling Brandt
Cpr-nr.: [[120439–2311]]
Adresse: Ishøj Strandvej 88

Han vil helst have historiske romaner med stor skrift.

Mvh Jette
""")

M("ue", """
Hej Borgmester

Jeg har været timelærer på musikskolen i 14 år og er nu blevet afskediget pga. besparelserne. Jeg har meldt mig ledig i min a-kasse hos Dansk Musiker Forbund. Jeg vil gerne vide om der er lavet en konsekvensvurdering af at skære ned på musikskolen, for vi var tre der blev fyret på samme dag.

Venlig hilsen
Morten Laursen
""")

M("t", """
Hi,

I moved to Ishøj from the Netherlands two weeks ago for a job at Avedøre power station. I do not have a Danish CPR number yet. Can I borrow English books at the library without one, or do I have to wait? Also, do you have any board games for adults?

Thanks,
Pieter
""")

M("", """
Til Ishøj Musikskole

Vedr. skolekoncerten den 9. april: Vibeholmskolen bestiller 52 billetter til 4.–5. klasse. Ordrenummer 2604091177. Fakturaen skal sendes til EAN 5798003254127, att. skolesekretær Annette. P-nummer 1003456789.

Venlig hilsen
Vibeholmskolen
""")

M("t", """
Hej

Jeg er grønlænder og har boet i Ishøj siden 2019. Jeg vil gerne starte en trommedansgruppe med andre grønlændere i området. Kan vi låne et lokale i Kulturhuset en aften om ugen? Vi er ca. 8 personer.

Qujanaq
Pipaluk Olsen
""")

M("e", """
Kære musikskole

Min datter Luna er anbragt på et opholdssted i Greve, men hun går stadig til klaver hos jer om torsdagen. Hun har fortalt mig, at hun skal spille til forårskoncerten. Må jeg komme og se hende? Hendes sagsbehandler siger, at det er op til jer, hvem der står på gæstelisten.

Venlig hilsen
Mona (Lunas mor)
""")

M("", """
Indmeldelse – Ishøj Musikskole, sæson 2026/27

Elev: Felix Andersen
CPR: [[170716\u00a04233]]
Instrument: blokfløjte (Musikalsk legestue)
Forælder: Nadia Andersen, tlf. 28 19 44 60

Vi ønsker undervisning om mandagen, hvis muligt.
""")

M("h", """
Hej bibliotek

Min far har demens, og han går stadig på biblioteket hver formiddag for at læse aviser. I sidste uge gik han ud ad bagdøren og blev fundet nede ved Ishøj Strand. Vil I være søde at ringe til mig på 31 62 09 55, hvis han virker forvirret? Han hedder Aage og har grå kasket.

Tak
Kirsten Lund
""")
