"""corpus57 part C: discharge, rehabilitation, dementia, psychiatry, addiction, aids."""
from common import M

M("he", """Til Center for Voksne og Velfærd

Min far blev udskrevet fra Hvidovre Hospital i fredags kl. 21 efter en
blodprop i hjertet. Der var ingen hjemmepleje, da han kom hjem, og han lå
hele weekenden uden mad, fordi han ikke kunne gå ned til køleskabet. Han
var ellers bevilget hjemmepleje fra dagen efter udskrivningen, og
udskrivningsbrevet siger, at kommunen "var orienteret".

Hvem svigtede her? Han er 87. Hans cpr er [[010238-1567]].

Anja Storm""")

M("", """Hej

Hvordan foregår det, når en borger udskrives fra hospitalet og skal have
hjælp derhjemme? Får kommunen automatisk besked? Jeg underviser på et
aftenhold for pårørende og vil gerne forklare det korrekt.

Venlig hilsen
Bente Larsen""")

M("h", """Til genoptræningen

Jeg har fået ny knæ i januar og har ventet 5 uger på genoptræning. På
hospitalet sagde de, at jeg skulle starte inden 14 dage. Jeg kan mærke, at
knæet stivner. Hvornår kan jeg komme til?

Poul Henning Berg
[[120445-1359]]""")

M("", """Til Sundhedshuset

Hvad er åbningstiderne for genoptræningscentret i påsken? Og er der stadig
holdtræning for seniorer om fredagen? Jeg kan ikke finde det på nettet.

Hilsen
Vibeke""")

M("hs", """Til Borgerrådgiveren

Jeg vil klage over en ergoterapeut fra genoptræningen. Efter min hofte-
operation var hun hjemme hos os for at se på badeværelset. Da hun så
billedet af min mand Jens og mig fra vores bryllup, sagde hun "nå, så I er
sådan nogen". Resten af besøget var hun kort for hovedet.

Jeg er 74, og jeg har været gift med Jens i 12 år. Jeg forventer at blive
behandlet ordentligt.

Venlig hilsen
Kurt Villadsen""")

M("he", """hej

min mor har alzheimers og har fået en GPS-sender fra kommunen så vi kan finde
hende når hun går. nu virker den ikke, batteriet holder kun 4 timer. hvem
skal vi ringe til om det? hjælpemiddeldepotet tager ikke telefonen

Camilla""")

M("", """Til Center for Voksne og Velfærd

Har kommunen GPS-trackere til borgere med demens, og hvordan søger man om
det? Jeg sidder i Demensforeningens lokalafdeling, og vi vil gerne lave et
informationsblad om hjælpemidler.

Mvh
Hans Kruse""")

M("he", """Til hjælpemiddelafdelingen

Jeg har søgt om et nyt høreapparat gennem kommunen, fordi det gamle er 7 år
og jeg hører næsten intet på højre øre længere. Jeg har fået brev om, at
ventetiden er 9 måneder. Det kan jeg ikke vente. Jeg kan ikke høre, når
mine børnebørn ringer.

Venlig hilsen
Lise-Lotte Dam
cpr.nr. [[220541 1728]]""")

M("", """Til Center for Voksne og Velfærd

Hvor lang er ventetiden på høreapparater i Ishøj, og kan man vælge en privat
klinik i stedet? Jeg hørte det på et møde i Ældre Sagen og kunne ikke
huske svaret.

Venlig hilsen
Karl Bertelsen""")

M("eht", """Til Borgerrådgiveren

Min mand er fra Sri Lanka og er tamil. Han har fået en hjerneblødning og
er blind på det ene øje. Vi har søgt om en lup og en stor skærm fra
kommunen, men sagsbehandleren skrev til os, at han "kan få en af sine
landsmænd til at læse for sig". Det synes jeg er en meget mærkelig ting
at skrive.

Venlig hilsen
Gitte Rajan""")

M("he", """Til Center for Voksne og Velfærd, hjælpemidler

Jeg har grøn stær og har fået tildelt en oplæser og en talende ur fra
kommunen. Oplæseren går i stå hver gang. Kan den byttes? Jeg har ikke
bil og kan ikke komme ud til depotet i Brøndby.

Hilsen
Asta Nørgaard""")

M("", """Hej

Hvor ligger hjælpemiddeldepotet, og hvad er åbningstiderne? Der står en
kørestol med kommunens mærkat i vores fælles cykelkælder, og ingen i
opgangen ved, hvem den tilhører. Jeg vil gerne køre den derud.

Mvh
Stig""")

M("h", """Til hovedpostkassen

Min bror Thomas har skizofreni og bor alene på Ishøj Strandvej. Han er holdt
op med at tage sin medicin, og han har ikke åbnet døren for mig i ni dage.
Jeg er bange for, at noget er galt. Hvem i kommunen kan jeg tale med?

Mette Juhl""")

M("", """Til Social- og Sundhedsudvalget

Jeg vil opfordre udvalget til at se på ventelisten til socialpsykiatrien i
Ishøj. Ifølge Psykiatrifondens tal venter voksne op til et år på hjælp. Det
er uanstændigt, og byrådet bør afsætte flere penge.

Venlig hilsen
Kasper Holm""")

M("he", """Kære borgerrådgiver

Jeg har en bostøtte fra socialpsykiatrien to timer om ugen, fordi jeg har
svær angst og OCD. Min bostøtte er stoppet, og jeg har fået at vide, at der
ikke kommer en ny før om tre måneder. Jeg har ikke været ude af lejligheden i
to uger. Hvad kan jeg gøre?

(vil gerne være anonym over for centret)""")

M("h", """Til Center for Voksne og Velfærd, misbrugscentret

Min mand Jørgen drikker. Han er 69 og har gjort det i mange år, men efter
han stoppede på værkstedet er det blevet slemt. Han vil gerne i behandling nu. Han
har sagt ja til at jeg skriver. Hvordan får han en tid?

Kirsten""")

M("", """Hej

Hvad tilbyder Ishøj Kommune af alkoholbehandling for ældre? Er det gratis og
anonymt? Jeg spørger til en folder, vi laver i seniorklubben.

Venlig hilsen
Erling Schou""")

M("eh", """Til formanden for Social- og Sundhedsudvalget

Min søn Kristian er 34 og har været afhængig af kokain i ti år. Han har
været i behandling tre gange. Nu er han blevet sat ud af sin lejlighed og
sover i sin bil ved Ishøj Havn. Han har bedt om en plads på et herberg,
men der er ikke noget i Ishøj. Kan I hjælpe?

Hilsen en far""")

M("", """Hej

Jeg er frivillig i Kirkens Korshær og vil høre, om kommunen har en liste
over væresteder for hjemløse og misbrugere i Ishøj og omegn. Vi vil gerne
kunne henvise folk til det rigtige sted.

Mvh
Dorthe""")

M("hu", """Til direktør for Voksne og Velfærd

Jeg er tillidsrepræsentant for Ergoterapeutforeningens medlemmer i
genoptræningen, og jeg er selv
sygemeldt med stress efter den seneste omlægning. Jeg skriver, fordi tre
andre kolleger også er sygemeldt, og ingen har talt med os om arbejdsmiljøet.

Med venlig hilsen
Mette Holst, TR, Ergoterapeutforeningen""")

M("eh", """Hej

min mormor er kommet hjem fra hospitalet efter et fald og skal have et
toiletsæde og en badestol. vi har søgt om det hos kommunen for 10 dage
siden og har ikke hørt noget. hun kan ikke bruge badeværelset uden. hvem
følger op?

Maria (barnebarn)""")

M("", """Til kommunens hjælpemiddelafdeling

Vi er et firma, der leverer badestole og toiletforhøjere. Vi vil gerne give
et tilbud til kommunens næste udbud. Hvornår åbner det, og hvem er
kontaktpersonen? CVR 38112970, EAN 5790001234567.

Med venlig hilsen
Mobilia Care ApS""")

M("h", """Hello,

My father, Ahmed Nasser, was discharged from Herlev on Monday after a stroke.
The hospital told us that the municipality would start rehabilitation
within a week. Nobody has contacted us. He cannot walk on his own. Who is
responsible, and when will someone come?

His CPR number: [[170843-1933]]

Thank you,
Yasmin Nasser""")

M("ehb", """Kære Borgmester

Jeg er muslim og har været indlagt i to uger med lungebetændelse. På
rehabiliteringspladsen på Bredekær blev jeg serveret svinekød to gange,
selvom jeg havde sagt det. Jeg ved godt, at det er en fejl, men jeg vil
gerne have, at det bliver taget alvorligt.

Venlig hilsen
Abdullah Mansour""")

M("", """Til rehabiliteringspladserne

Hvor mange rehabiliteringspladser har kommunen, og hvor lang tid er man der
i gennemsnit? Jeg er studerende og skriver speciale om overgange fra
hospital til kommune.

Mvh
Ida Brink, KU""")

M("he", """Til visitationen

Min kone fik en apopleksi i sommer og er kommet hjem. Vi har fået bevilget en
plejeseng og en personlift, men liften er for stor til vores soveværelse.
Kan vi få en anden model?

Venlig hilsen
Hans Jørgen Kvist""")

M("ehp", """Til Center for Voksne og Velfærd

Jeg er i gang med at sælge min mors hus på Torslundevej, fordi hun ikke kan
komme hjem efter sin rehabilitering. Køberen vil have overtagelse 1. maj,
men vi mangler stadig at få hendes plejebolig på plads. Kan I give os en
dato, så vi ved, om vi kan skrive under?

Med venlig hilsen
Morten Bay""")

M("", """Hej

Jeg skal sælge mit hus og flytte til Sønderjylland. Skal jeg melde flytning
til kommunen, eller sker det automatisk, når jeg melder flytning hos
borger.dk? Huset er solgt, og vi skrev skøde under i sidste uge.

Mvh
Kenneth""")

M("hs", """Til Borgerrådgiveren

Jeg er biseksuel og har været det åbent i mange år. Efter min blodprop har
jeg haft en psykolog fra kommunens hjerneskadeteam. Han har flere gange
spurgt, om jeg "virkelig" er det, eller om det er en fase. Jeg er 68. Jeg
vil gerne have en anden psykolog.

Med venlig hilsen
Lone Vestergaard""")

M("", """Til kommunen

Jeg har et spørgsmål om kørsel til genoptræning. Kører den flextur, som
kommunen betaler, også i weekenden? Mit barnebarn spurgte mig, og jeg vidste
det ikke.

Vh Inger""")

M("he", """Til visitationen

Jeg har sclerose og har fået bevilget kørsel til genoptræning to gange om
ugen. Nu kommer taxaen ofte 40 minutter for sent, og så når jeg ikke
holdtræningen. Kan I ændre aftalen med vognmanden?

Birgitte Fog, [[290351\u20132106]]""")

M("", """Til Center for Voksne og Velfærd

Vi er Ishøj Demensforening og vil høre, om vi kan låne aktivitetscentret til
en informationsaften for pårørende den 4. april fra 19-21. Vi forventer
cirka 40 deltagere.

Venlig hilsen
Bestyrelsen""")

M("eth", """Til Borgerrådgiveren

Jeg er kurder fra Irak og har boet i Ishøj i 25 år. Min mand har
Alzheimers og går på dagcentret. Jeg synes ikke, personalet taler ordentligt
til ham. En medarbejder kaldte ham "den lille tyrk". Han er ikke tyrk, og det
er heller ikke i orden at tale sådan.

Med venlig hilsen
Nasrin Karim""")

M("", """Hej borgerrådgiver

Jeg har en klage over, at busstoppestedet ved Ishøj Station er flyttet, så
der er 400 meter længere at gå. Det rammer alle os ældre. Jeg er ikke ude
efter noget for mig selv, men nogen skal sige det.

Hilsen
Frits Olesen""")

M("he", """Fra: Jonas Beck
Til: Hovedpostkassen
Emne: SV: Genoptræningsplan

Den 12. okt. skrev Genoptræningen:
> Vi har modtaget genoptræningsplanen fra Hvidovre og vender tilbage.

Det er nu tre uger siden. Min mor har brækket lårbenshalsen og sidder i
kørestol. Hun får hjemmepleje, men ingen træning. Hvad sker der?

Jonas Beck""")

M("h", """til psykiatrien

min nabo skriger om natten og slår i væggene. hun har fortalt mig at hun er
bipolar og ikke tager sin medicin. jeg er ikke sur, jeg er bekymret. hvad
gør man

mvh Sanne fra nr 12""")

M("", """Til hovedpostkassen

Vi har fået en faktura fra Region Hovedstaden på kr. 1.250 for et
hjælpemiddel, som vi aldrig har bestilt. Fakturanr. 2705390044, debitornr.
88213. Kan I hjælpe med, hvem der skal have den?

Venlig hilsen
Bogholderiet, Ishøj Boligselskab""")

M("he", """Hej

Jeg er 72 og har fået et dårligt syn efter en operation for grå stær, der gik
galt. Jeg har søgt om ledsageordning, så jeg kan komme til mine aftaler, og
fået afslag. Kan I forklare hvorfor?

Hilsen
Aksel Bonde""")

M("bh", """Til Center for Voksne og Velfærd

Min far er buddhist og har bedt om, at han ikke får beroligende medicin i
sine sidste dage, så han kan være klar i hovedet. Han har kræft i bugspyt-
kirtlen og ligger hjemme. Kan vi sikre, at hjemmesygeplejen ved det?

Venlig hilsen
Lin Andersen""")

M("", """Til Sundhedshuset

Kan man blive vaccineret mod influenza og covid på samme dag i Sundhedshuset?
Og skal man bestille tid? Jeg er over 65 og hørte, at det er gratis.

Tak
Ebba""")

M("u", """Til borgmesteren

Jeg har været medlem af Dansk Sygeplejeråd i 45 år og er stadig medlem som
pensionist. Jeg vil gerne tilbyde mig som frivillig i kommunens
demensnetværk. Hvem skal jeg kontakte? Jeg har god tid.

Med venlig hilsen
Kirsten Vestergaard""")

M("", """Hej

Mit telefonnummer er 43 57 01 88, og jeg har ventet i en time på at komme
igennem til Borgerservice. Kan I ringe mig op i stedet? Det handler om at
flytte min tid til nyt pas på torsdag.

Mvh
Jens Ole Frost""")

M("ph", """Til Byudvikling og Natur

Vi har sat vores kolonihavehus i Ishøj Haveforening til salg, fordi min mand
ikke længere kan klare havearbejdet efter sin hjerteoperation. En køber har
budt, men foreningen siger, at kommunen skal godkende det nye skur først.
Hvor lang tid tager det?

Venlig hilsen
Hanne Pedersen""")
