"""corpus58 part E: homes for sale and family matters told by relatives and neighbours."""
from common import M

M("p", """Til Byggesagsafdelingen

Vi har fået et betinget bud på vores parcelhus på Lundevej 17. Køberen vil kun skrive endeligt
under, hvis udestuen fra 1998 er lovlig. Vi har ikke papirerne. Kan I se i jeres arkiv, om der
blev givet byggetilladelse dengang? Fristen er fredag.

Venlig hilsen
Ulla og Flemming Krog""")

M("ph", """Kære Lene Andersen

Min mand Erling fik en blodprop i hjernen i juni og kan ikke gå på trapper mere. Vi er nødt til at
sælge huset på Højagergårdsvej. Mægleren har en køber, som venter på, at kommunen svarer på en
forespørgsel om tilbygning. Det har taget seks uger nu. Kan du skubbe lidt på?

Med venlig hilsen
Inger Lauridsen""")

M("pe", """Til Opkrævningen

Vi har fået brev om, at kommunen har begæret tvangsauktion over vores hus på Strandhøj på grund
af restance på ejendomsskat. Auktionen er sat til 12. januar. Vi har en køber, der har budt, men
handlen kan ikke nå at falde på plads før. Kan auktionen udsættes, hvis vi betaler en del nu?

Venlig hilsen
Kim og Dorte Madsen""")

M("", """Hej

Vi overtog huset på Ishøj Landsbygade 1. marts, og handlen er helt afsluttet. Hvornår får vi den
første regning på ejendomsskat, og bliver den sendt til os eller til den tidligere ejer?

Mvh
Familien Lassen""")

M("", """Til Center for Byudvikling og Natur

Hvornår regner kommunen med at sælge de nye parcelhusgrunde ved Ishøj Landsby, og bliver de solgt
efter venteliste eller ved lodtrækning? Jeg vil gerne være forberedt.

Venlig hilsen
Johannes Lind""")

M("p", """Til Teknik og Miljø

Naboens hus i nr. 22 på Vejledalen er sat til salg, og ifølge mægleren vil en interesseret køber
rive det ned og bygge to etager. Kan man bygge i to etager her, og bliver vi som naboer hørt, før
der gives tilladelse? Vi er bekymrede for skygge.

Venlig hilsen
Karen og Poul Vestergård""")

M("pb", """Til Byggesagsafdelingen

Vi er en muslimsk familie og har budt på et hus på Pilemøllevej. Vi vil gerne ombygge garagen til
et lille bederum for familien. Vi skriver under, hvis det kan godkendes. Skal vi have
byggetilladelse, eller er det nok at anmelde det?

Med venlig hilsen
Omar og Leila Haddad""")

M("pt", """Hej

Vi er fra Grønland og skal købe vores første lejlighed i Ishøj. Vi har fået accept af et
købstilbud, men den er betinget af, at banken godkender. Banken vil have en erklæring fra
kommunen om, at der ikke er kloakproblemer. Hvem kan lave den?

Qulutannguaq og Malene Petersen""")

M("pe", """Til Borgerrådgiveren

Min eksmand og jeg blev skilt i foråret, og huset på Tranegårdsvej er til salg. Vi har en køber,
men han nægter at skrive under på salgsopstillingen, så mægleren kan ikke gå videre. Kan kommunen
hjælpe med at få fogedretten til at tage sig af det, eller er det helt privat?

Hilsen
Charlotte""")

M("p", """Til Boligkontoret

Jeg skal sælge min andel i A/B Ishøjhuse, og køberen og jeg er uenige om prisen på forbedringerne
i køkkenet. Foreningen siger, at kommunens vurderingsmand kan tage stilling. Er det rigtigt, og
hvad koster det?

Mvh
Hanne Winther""")

M("p", """Til Teknik og Miljø

Jeg har solgt? Nej, jeg er ved at sælge mit kolonihavehus i H/F Engparken. Køberen har skrevet under,
men handlen er betinget af, at kommunen godkender det nye skur på 12 m². Hvor lang tid tager det?

Venlig hilsen
Knud Eriksen""")

M("p", """Til Erhvervsservice

Vores firma, Vestegnens Stål ApS, har givet et bud på erhvervsgrunden på Industribuen 8 og
venter på kommunens svar. Vi vil gerne vide, om vi kan få en forlængelse af acceptfristen, da
vores bank skal have en miljørapport først.

Med venlig hilsen
Carsten Bøgh, direktør""")

M("", """Til Erhvervsservice

Hvad er kommunens pris pr. kvadratmeter for erhvervsgrunde i Industriparken i 2027, og er der
byggepligt? Vi er et lille vognmandsfirma, der overvejer at flytte fra Greve.

Mvh
Lars Hjorth""")

M("phe", """Til Visitationen

Min far Aage Holm, [[120339-1127]], har fået konstateret Alzheimers og har fået tilbudt en plejebolig på
Ishøj Plejecenter fra 1. december. Hans hus på Vejlebrovej er sat til salg, men køberen vil først
overtage i februar. Kan han beholde huslejebetalingen på plejeboligen udskudt til huset er
solgt?

Venlig hilsen
Lars Holm""")

M("p", """Hej Miljøafdelingen

Vores køber er sprunget fra handlen på vores rækkehus på Ishøj Strandvej, efter han så
kommunens støjkort for motorvejen. Er støjkortet fra 2022 stadig gældende, eller er der sat ny
støjskærm op? Vi vil gerne kunne svare næste køber.

Mvh
Rie og Torben Laursen""")

M("", """Hej

Hvordan beregnes den nye ejendomsvurdering for parcelhuse i Ishøj, og hvornår kan man klage?
Jeg spørger for grundejerforeningen, vi vil holde et informationsmøde.

Venlig hilsen
Grundejerforeningen Ishøj Strandhuse, formand Bent""")

M("pt", """Til Center for Byudvikling og Natur

Vi er en romafamilie og har givet bud på en lille landbrugsgrund ved Tranegilde, hvor vi gerne
vil have vores vogne om sommeren. Sælger har sagt ja, hvis kommunen giver lov til beboelse. Hvad
skal vi søge om?

Venlig hilsen
Mirko Stojanović""")

M("p", """Til Skattekontoret

Jeg er arving efter min mor, og hendes rækkehus på Gildbrohøj skal sælges. Vi har to interesserede
købere, der byder mod hinanden. Kan kommunen udsætte ejendomsskatten til huset er solgt, eller
skal dødsboet betale nu?

Venlig hilsen
Per Dalgaard""")

M("eh", """Til Hjemmeplejen

Min nabo, fru Jensen i nr. 4, er faldet igen i sin stue i går aftes. Hun har haft hjemmehjælp, men
den er vist blevet skåret ned til én gang om ugen. Hun er 91 og meget svimmel. Jeg har selv
hjulpet hende op to gange nu. Kan nogen komme og se til hende?

Mvh
Poul fra nr. 6""")

M("the", """Til PPR

Farid i min 2. klasse kom til Danmark fra Afghanistan for et år siden og har nedsat hørelse på
begge ører. Audiologisk har sagt, at han skal have en FM-anlæg i klassen. Forældrene har søgt om
det gennem jer i august, men vi har ikke hørt noget. Kan I give en status?

Venlig hilsen
Susanne Bjerg, klasselærer""")

M("", """Fra: Vejafdelingen
Sendt: 3. juni
Til: Grundejerforeningen Tranegilde

> Vejen lukkes i uge 25 pga. asfaltering.

Hej igen,
tak for info. Gælder lukningen også for cyklister, og kan skraldebilen komme ind? Vi har mange
ældre på vejen, der har hjemmehjælp, og hjælperne skal også kunne køre ind.

Mvh
Bestyrelsen""")

M("sp", """Til Jesper Holm, byrådsmedlem

Min mand Bo og jeg har solgt vores lejlighed betinget af, at vi kan købe den nye på Ishøj Havn. Den
nye handel hænger på, at kommunen godkender en ekstra altan. Hvis det ikke sker inden 1. november,
falder begge handler. Kan du hjælpe os med at få en dato?

Kristian Damgaard""")

M("be", """Hej hjemmeplejen

Jeg går i moskeen hver fredag kl. 12.30, men min hjemmehjælper kommer fredag kl. 12. Kan vi flytte
fredagens besøg til om morgenen? Ellers når jeg ikke bussen.

Med venlig hilsen
Hamid Karimi""")

M("te", """Til Borgerservice

Familien i stuen hos os er fra Somalia, og moren, Hodan, har bedt mig skrive for hende. Hun har fået
et brev om, at hendes kontanthjælp skal tilbagebetales, men hun forstår ikke hvorfor. Hun har
skrevet under på en fuldmagt til mig. Kan I ringe til mig på 42 11 90 08?

Venlig hilsen
Birthe Skov""")

M("", """Hej

Går Pride-paraden under Ishøj Kulturuge forbi Strandparken igen i år? Vi skal have gæster den
dag og vil gerne vide, om vejen er spærret.

Mvh Niels""")

M("h", """Til Vejledningen på Ishøj Skole

Min datter Julie i 9.b er gravid i 4. måned. Hun vil gerne gøre 9. klasse færdig og tage
afgangsprøven. Kan hun få lov at sidde i et andet lokale til prøverne, hvis hun får det dårligt?

Venlig hilsen
Anne Marie Holst""")

M("h", """hej personaleafdelingen

jeg har lige haft en spontan abort i 11. uge og har været på hospitalet. min læge har sygemeldt mig
i en uge. jeg vil ikke fortælle det til alle på kontoret, så vil I skrive at jeg er syg og ikke
mere

Tak
Stine""")

M("e", """Til Familieafdelingen

Min eks nægter at udlevere vores børn til samvær, selvom Familieretshuset har besluttet, at jeg har
dem hver anden weekend. Det er tredje gang i år. Kan kommunen gøre noget, eller er det kun
fogedretten?

Venlig hilsen
Thomas Kragh""")

M("eh", """Til Socialcentret

Min bror Jesper har drukket i flere år og har nu mistet sin lejlighed på Ishøj Strandvej. Han sover
i sin bil. Han vil gerne i behandling, men han har ikke selv kraft til at ringe. Kan nogen fra jer
tage kontakt til ham?

Hilsen
Marianne Larsen""")

M("", """Til Kultur- og Fritidsudvalget

Hvad er kommunens alkoholpolitik for arrangementer i de kommunale haller? Vi vil holde en
forældrefest i Ishøj Hallen, og nogen mener, der er forbud.

Mvh
Forældrerådet, Strandskolen""")

M("e", """Til Borgerservice

Jeg har siddet tre år i fængsel og kom ud i august. Nu skal jeg bruge en straffeattest til en
jobansøgning, men jeg ved ikke, om jeg skal bestille den hos jer eller politiet. Der står en del
på den.

Mvh
Mikkel""")

M("", """Hej

Hvordan bestiller man børneattester til vores frivillige trænere i Ishøj IF? Vi har fem nye, og
det skal være klar inden sæsonstart.

Mvh
Klubsekretær Bente""")

M("st", """Til Borgerservice

Min søn Jonas og hans mand Rafael, der er fra Brasilien, skal flytte ind i vores kælderlejlighed.
Rafael har opholdstilladelse som ægtefælle. Skal de melde flytning hos jer, eller er det noget,
udlændingemyndighederne gør?

Venlig hilsen
Karin Bisgaard""")

M("bth", """Til Hvidovre Hospitals kontakt i kommunen / visitationen

Min mor Abeba er ortodoks kristen fra Eritrea og faster meget op til påske. Hun er indlagt med
lungebetændelse, og personalet forstår ikke, hvorfor hun ikke vil spise kød. Kan kommunens
sygeplejerske forklare det for afdelingen, når hun skal udskrives?

Venlig hilsen
Senait Tesfamariam""")

M("", """Hej

Hvornår har moskeen på Industrivej åbent hus under Kulturnatten, og skal man have tørklæde på som
gæst? Jeg vil gerne tage min 8. klasse med.

Venlig hilsen
Henrik Lohse, lærer""")

M("p", """Til Center for Byudvikling og Natur

Vi har underskrevet en købsaftale på et husmandssted ved Tranegilde, men den er betinget af
landzonetilladelse til at indrette en lejlighed i laden. Vores advokat siger, at I har sagen. Hvornår
kan vi forvente en afgørelse?

Venlig hilsen
Signe og Anders Rosendahl""")

M("pe", """Hej

Vi har sat huset til salg, fordi vi ikke kan betale længere. Vi har fået rykker på ejendomsskat og
vand. Kan vi lave en afdragsordning med kommunen indtil huset er solgt, så vi undgår inkasso? Der
er en køber til fremvisning på lørdag.

Kenneth og Maja""")

M("", """Til Vurderingsteamet

Vedr. ejendomsnr. 1830021467, matr.nr. 12ab Ishøj By, Ishøj: BFE-nummer 1008123401. Kan I bekræfte, at
skellet mod kommunens sti er som vist på kortet fra 1987? Vi skal bruge det til en landinspektør.

Venlig hilsen
Advokatfirmaet Holm & Kjær""")

M("p", """Hi,

We made an offer on a terraced house on Ishøj Strandvej and the seller has accepted, subject to our
lawyer's approval. The lawyer asks whether there are any plans to build on the green area behind
the houses. Could you tell us before Friday?

Thanks,
Emma and James Whitfield""")

M("t", """Til Borgmesteren

Min svigerdatter er fra Thailand, og i går blev hun kaldt "thailuder" af en mand ved
kassen i Netto på Ishøj Bygade, mens mit barnebarn på 4 stod ved siden af. Jeg synes ikke, at
sådan noget skal ignoreres i vores kommune.

Hilsen
Jørgen Winther, 72""")

M("", """Kære Økonomiudvalg

Hvor mange ejendomshandler var der i Ishøj i 2025 sammenlignet med 2024, og hvad var
gennemsnitsprisen for et parcelhus? Jeg laver en oversigt til grundejerforeningens
generalforsamling.

Venlig hilsen
Ib Rasmussen""")

M("sh", """Til Personaleafdelingen

Min kone Louise er i fertilitetsbehandling på Hvidovre, og jeg vil gerne tage med hende til
inseminationen om tre uger. Kan jeg få fri med løn, eller skal jeg bruge en feriedag? Det er
jo min kone og ikke mig, der er patient.

Venlig hilsen
Sanne Kirk""")

M("h", """hej

har kræft og kan ikke komme til borgermødet om skolesammenlægningen på tirsdag, er i kemo.
kan man sende spørgsmål på mail i stedet? jeg har to børn på skolen

Dennis""")

M("phe", """Til Hjælpemiddelcentret

Vi har fået et bud på rækkehuset på Toftekærsvej. Køberen vil gerne have, at trappeliften, som
kommunen satte op til min mand efter hans hjerneblødning, bliver fjernet før overtagelsen. Skal I
hente den, eller må vi selv skille den ad? Han skal nok have en ny i den nye bolig.

Venlig hilsen
Grethe Rasmussen""")

M("", """Hej

Kan man købe en trappelift selv, eller er det kun noget kommunen bevilger? Min nabo spurgte mig,
og jeg vil gerne give hende det rigtige svar.

Mvh Anni""")

M("e", """Til Ydelseskontoret

Jeg har fået afslag på boligstøtte, fordi min søn på 19 tæller med i husstandsindkomsten, men han
er flyttet hjemmefra for to måneder siden og bor på kollegium. Kan jeg klage, eller skal jeg bare
søge igen?

Venlig hilsen
Lisbeth Kryger""")

M("b", """Til HR i Ishøj Kommune

Jeg var til jobsamtale som sekretær i Borgerservice i torsdags. Til sidst spurgte en af
interviewerne, om jeg "ville tage tørklædet af ved skranken". Jeg bærer det af religiøse grunde
og ville gerne vide, om det er kommunens holdning.

Venlig hilsen
Hiba Al-Masri""")

M("t", """hej byrådet

er halvt grønlænder og min far er fra Ilulissat. min søn skal have grønlandsk undervisning men
skolen siger de ikke har nogen lærer. kan kommunen finde en? der må være flere end os

mvh Inuk""")

M("", """Hej

Hvem betaler for regnbueflagene på Ishøj Bro under Pride, kommunen eller foreningen? Jeg synes, det
er fint, jeg vil bare gerne vide det til en diskussion i min madklub.

Mvh Bodil""")
