"""corpus83 part H: angry and thankful mail after council meetings, forwarded chains."""
from common import M

M("ep", """Til borgmesteren

Jeg sad på tilhørerpladserne i går, da I vedtog at hæve grundskylden. Vi har
haft huset på Ishøj Stationsvej til salg i et år, og nu har den eneste
køber, vi har haft, trukket sit bud. Vi er begge arbejdsløse og kan ikke
betale afdragene meget længere.

Hans Ulrik Dahl, cpr [[190762-1217]]
Bodil Dahl, cpr [[020565-0914]]""")

M("", """Kære byråd

Tak for et godt byrådsmøde i aftes. Det var tydeligt at I havde forberedt
jer, og debatten om cykelstien var saglig. Sådan skal det være.

Venlig hilsen
Birgit Kjær""")

M("h", """-----Oprindelig meddelelse-----
Fra: Ole Bjerg
Sendt: 12. marts 2025 08:14
Til: Borgerservice
Emne: Kørsel til genoptræning

Hej, jeg er lige blevet hofteopereret og skal til genoptræning i
Sundhedshuset to gange om ugen. Hvordan kommer jeg derhen?

-----
Videresendt til Sundheds- og Ældreudvalget, da borgeren har skrevet til
formanden samme dag.

Mvh Borgerservice""")

M("", """Hej Peter

Jeg var til byrådsmødet i går og hørte jer stemme om budgettet. Hvorfor
blev punkt 14 om skolernes IT behandlet for lukkede døre? Er det lovligt?

Hilsen Mads Bang""")

M("u", """Til borgmesteren

Jeg er tillidsrepræsentant for FOA i hjemmeplejen og var til stede ved
byrådsmødet, da I besluttede at udlicitere nattevagterne. Vi føler os
snydt. Ingen spurgte os. Jeg beder om et møde med dig og direktøren.

Venlig hilsen
Ulla Steffensen, FOA-TR""")

M("bs", """Kære Hakan

Tak for din tale i byrådet i går om ligestilling. Min mand Morten og jeg
(Johan) sad på tilhørerrækken og var stolte af at være ishøjborgere. Vi
stemte begge på dig, og det gør vi igen.

Johan Kjeldgaard""")

M("p", """Den 12. okt. skrev Erik Holm <erik.holm@gmail.com>:
> Hej Jens, vedhæfter referatet fra byrådsmødet. Lokalplanen for
> Tranegilde blev vedtaget.

Tak Erik. Det er rigtig dårligt nyt for os. Vi har en betinget handel på
huset, hvor køberen kan træde tilbage, hvis lokalplanen tillader boliger
mod vest. Det gør den nu. Jeg skriver til udvalget i morgen.

Jens""")

M("", """Til byrådet

Jeg er rasende! I har stemt for at lukke Ishøj Strands bibliotek, selvom 2000
borgere skrev under. Hvad er meningen med underskriftindsamlinger, når I
alligevel gør, hvad I vil?

Preben Korsgaard""")

M("eh", """Kære borgmester

Jeg hørte på byrådsmødet, at I vil lukke dagcentret på Torslunde. Min mand
har Parkinsons og er i dagcentret fire dage om ugen. Det er det eneste, der
giver mig et frirum. Hvor skal han være, hvis det lukker?

Else Marie Thorsen
[[110347-0422]]""")

M("t", """Hej Mette

Det, som et byrådsmedlem sagde på mødet i går om "de her folk fra
Vejleåparken", var racistisk. Jeg er selv født i Marokko og bor i
Vejleåparken, og jeg sad i salen. Jeg forventer en undskyldning.

Nadia Bennani""")

M("", """> Kan I sende et link til referatet?
Referatet ligger på ishoj.dk under Politik > Byrådet > Dagsordener og
referater. Mødet den 24. september, sag nr. 85.00.00-A00-12-24.
Venlig hilsen, Sekretariatet""")

M("he", """Til Sundheds- og Ældreudvalget

-----Oprindelig meddelelse-----
Fra: Inger Lund
Til: formanden for Sundheds- og Ældreudvalget

Jeg er 84 og har fået at vide, at jeg skal flytte fra min plejebolig på
Ishøj Plejecenter, fordi afdelingen lukker. Jeg har hjertesvigt og kan ikke
tåle en flytning. Mit cpr er [[050340 1226]].

-----
Videresendt af Karen Lund (datter) med fuldmagt.""")

M("u", """Kære Susanne,

Jeg vil bare sige tak fra os i 3F's afdeling på Ishøj Havn. Jeg har været
medlem i 35 år, og det var første gang, jeg hørte byrådet tale om
havnearbejdernes vilkår. Godt gået.

Venlig hilsen
Egon Schultz""")

M("", """Hej

Byrådsmødet i går var ikke til at høre, fordi lydanlægget fejlede. Kan I
lægge en optagelse op? Jeg kan ikke komme til næste møde.

Mvh Ulla""")

M("ep", """Til alle byrådsmedlemmer

Tak fordi I stemte imod at sælge boldbanen ved Gildbro. Men det var os,
der sad i salen med skilte. Vi har selv fået et bud på vores rækkehus lige
ved siden af, fra en køber der troede, der skulle bygges. Han har nu
trukket buddet, og vi er i gang med en skilsmisse og skal sælge.

Mie og Sebastian""")

M("", """Kære borgmester

Det var uværdigt at se to byrådsmedlemmer råbe ad hinanden i går. Ishøj
fortjener bedre. Tal pænt.

Hilsen Hanne Thorsen""")

M("bt", """Hej Lone

Du sagde i byrådet, at "alle muslimer" er imod regnbueflaget. Det passer ikke.
Jeg er muslim, min familie er fra Bosnien, og vi har ingen problemer med
flaget. Pas på med at tale for andre.

Amir Hodžić""")

M("h", """Fra: Karin Vestergaard
Dato: 3. maj 2025
Til: Ishøj Byråd
Emne: SV: SV: Sti ved Vejleå

Jeg har nu skrevet tre gange uden svar. Min søn sidder i kørestol efter en
trafikulykke og kan ikke komme ad stien, fordi asfalten er brudt op. I
lovede på byrådsmødet i februar at lave den.

> Den 14. marts skrev Teknik og Miljø:
> Vi vender tilbage hurtigst muligt.""")

M("e", """Kære Peter

Jeg så dig stemme for at skære i kontanthjælpsmodtagernes transport-
tilskud. Jeg er en af dem. Jeg bor i Torslunde og har ingen bil. Nu skal
jeg gå 5 km til jobcentret til mine samtaler.

Hilsen Jimmi""")

M("", """Til byrådet

Efter gårsdagens møde vil jeg gerne vide, hvordan de enkelte partier
stemte om budgettets punkt om ældreplejen. Findes afstemningslisten?

Mvh Gunnar Juhl""")

M("su", """Kære Mette

Min kone Trine og jeg (jeg hedder Camilla) har begge været medlem af FOA i
15 år. Vi var begge til byrådsmødet og hørte dig sige, at SOSU'erne skal
"løbe lidt stærkere". Det gjorde ondt. Kom ud og se, hvordan vi arbejder.

Camilla""")

M("tp", """Hej Erik

Jeg er af vietnamesisk oprindelse og ejer frisørsalonen i Ishøj Bycenter.
På mødet i går fik jeg at vide, at centeret bliver solgt, og at en ny ejer
måske river bygningen ned. Jeg har selv sat min forretning til salg, og min
køber vil vide, om lejekontrakten fortsætter. Kan du sige noget?

Kim Tran""")

M("hbe", """Til borgmesteren

Jeg er præst i Ishøj Sogn og var til stede ved borgermødet om
hjemløseherberget. En af de hjemløse, Flemming, som jeg har kendt i ti
år, fik et epileptisk anfald i salen. Ingen vidste hvad de skulle gøre.
Der bør være en førstehjælper til stede ved kommunens møder.

Sognepræst Hans Juul""")

M("e", """hej borgmester
jeg sad i salen og hørte jer snakke om os på kontanthjælp som om vi ikke var
der. jeg har været på kontanthjælp i 3 år efter min skilsmisse. jeg
skammer mig ikke. men I skal sige det til os og ikke om os.
mvh Natasja
cpr [[270688\u20131150]]""")

M("", """Kære Lone

Dagsordenen for Økonomiudvalget den 10. oktober mangler bilag til punkt
3. Bilagsnr. 2510241234. Kan det lægges op inden mødet?

Venlig hilsen
Jørn Bach""")

M("bu", """Hej Susanne

Jeg er medlem af Enhedslisten og DLF, og jeg sad i salen, da I vedtog den
nye skolestruktur. Det var en sort dag for Ishøjs skoler. Vi kommer til at
kæmpe videre.

Tanja Frost""")

M("he", """Kære byråd

Tak! Efter byrådsmødet i marts fik min far endelig plads på Ishøj
Plejecenter. Han har demens og kunne ikke klare sig hjemme længere. Vi
havde ventet i 7 måneder. Jeg er glad for at politikerne lyttede.

Mona Riis""")

M("", """Til borgmesteren

Byrådsmødet skal begynde kl. 17, ikke kl. 16. Mange af os arbejder. Det er
et spørgsmål om demokrati.

Mvh Keld Thomsen""")

M("tu", """Kære Hakan

Jeg er pakistaner og medlem af Dansk Metal. Jeg var til byrådsmødet med mine
kolleger fra fabrikken, fordi I skal tage stilling til den nye vej gennem
erhvervsområdet. Vi vil beholde arbejdspladsen i Ishøj.

Asif Khan""")

M("s", """Hej Mette

Tak for at sige til mødet i går, at alle familier er lige velkomne i Ishøjs
daginstitutioner. Min kone Pernille og jeg (Lea) har to børn i Regnbuen.

Lea Møller""")

M("eb", """Til byrådet

Jeg er muslim og har søgt om enkeltydelse til min søns omskæring, fordi
jeg er på kontanthjælp. Jeg fik afslag. På byrådsmødet sagde I, at kommunen
er "for alle". Det mærker jeg ikke.

Mvh Tarek""")

M("", """Hej

Vi fulgte byrådsmødet på livestream, og billedet frøs tre gange. Kan
teknikken forbedres til næste gang?

Mvh Anne Fogh""")

M("hp", """Kære borgmester

Jeg har ALS og min kone og jeg har sat huset i Ishøj Landsby til salg for at
finde noget i ét plan. Der har været tre fremvisninger. På mødet i går
vedtog I at lukke vejen forbi huset. Nu spørger mægleren, om prisen skal
ned. Hvornår lukkes vejen?

Hans-Jørgen Berg""")

M("sh", """Hi Lone,

Thank you for your speech at the council meeting. I am a gay man and I
have been HIV positive for 12 years. Your words about the health clinic
meant a lot to me.

Best,
Michael""")

M("", """Til byrådet, cc pressen

Vi er en gruppe beboere i Ishøj Landsby, der protesterer mod lukningen af
vejen. Vi har samlet 140 underskrifter. Vi forventer en skriftlig
begrundelse fra udvalget.

Landsbygruppen""")

M("bt", """Kære Erik

Jeg er jødisk og har boet i Ishøj hele livet. Jeg synes det var forkert,
at byrådet ikke ville tage afstand fra antisemitismen efter demonstrationen.
Det er ikke partipolitik.

Ruth Levin""")

M("e", """Til borgerrådgiveren

-----Videresendt besked-----
Fra: Helle Nørby
Emne: Klage over behandlingen af min ansøgning om hjemmehjælp

Jeg har søgt om rengøringshjælp i februar og har ikke fået svar. Jeg har
skrevet til byrådet, og de sendte mig til jer. Mit cpr: [[1209361004]].

Helle""")

M("u", """Kære udvalgsformand

Som HK-tillidsrepræsentant i Borgerservice kan jeg ikke acceptere, at
byrådet i går vedtog nye åbningstider uden at høre medarbejderne. Jeg beder
om et møde.

Venlig hilsen
Jonna Kristiansen, TR""")
