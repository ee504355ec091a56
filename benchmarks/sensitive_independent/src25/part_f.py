from common import M

M("s", """Hej,

Jeg (Peter Holt) og min samlever Jens Bach flytter sammen på Vejleåvej 20 pr. 1. marts. Skal vi begge melde flytning, eller kan jeg gøre det for os begge?

Peter, [[140687 1321]]""")

M("s", """Kære Ishøj Kommune

Min kone Hanne og jeg vil gerne ansøge om at få vores ægteskab registreret. Vi blev gift i Sverige. Jeg er Lise Frank, cpr [[030379-2118]].

Venlig hilsen Lise""")

M("se", """hej. er der nogen fra kommunen der kan hjælpe mig? min far smed mig ud da jeg fortalte at jeg er bøsse. jeg er 18 og har ingen steder at bo.

/Ali""")

M("se", """Hej Borgerrådgiver

Jeg og min eksmand Kristian blev skilt sidste år. Nu nægter han at betale sin del af vores fælles gæld på 80.000. Jeg hedder Morten Lindahl. Jeg er blevet indkaldt til fogedretten selvom det er hans gæld. Hvad gør jeg?

[[250981–1547]]""")

M("s", """Hej,

Jeg er kvinde og gift med Sara, og vi vil gerne have vores to børn i samme daginstitution. Kan vi søge om det?

Venlig hilsen Maria Jensen""")

M("", """Hej,

Jeg er kvinde og gift med Peter, og vi vil gerne have vores to børn i samme daginstitution. Kan vi søge om søskendeprioritet?

Venlig hilsen Mette Hjorth""")

M("s", """Til Kultur- og Fritidsudvalget

Jeg er asexual og har startet en lille forening for ace-personer på Vestegnen. Kan vi få et lokale i Ishøj Kulturhus en aften om måneden?

Mvh Emma Lyng""")

M("s", """Hej!

Min kæreste Frederik og jeg (Oliver) skal holde bryllupsfest i Ishøj Havn Pavillonen. Må vi bruge den kommunale grill?

Oliver Ravn""")

M("sh", """Kære Sundhedshuset

Jeg er homoseksuel mand og har fået PrEP ordineret. Jeg vil gerne vide om Sundhedshuset kan tage blodprøverne hver 3. måned, så jeg ikke skal til Hvidovre hver gang.

Mvh Jacob""")

M("", """Kan Sundhedshuset tage blodprøver? Jeg er praktiserende læge i Vallensbæk og vil gerne henvise patienter.""")

M("sb", """Hej

Min mand Hassan og jeg (Jamal) er begge muslimer og par. Vi har det svært i vores boligforening. Naboerne har skrevet grimme ting på vores dør. Hvad kan kommunen gøre?

Jamal Hussein""")

M("s", """hej Ishøj kommune. jeg er queer og vil gerne høre om der er et fællesskab for unge queers i Ishøj. tak""")

M("se", """Hej,

Vi er to mænd, Kim og Jørn, der har boet sammen i 40 år på Ishøj Søvej. Nu har Jørn brug for hjemmehjælp, og jeg vil gerne vide om jeg kan få aflastning.

Mvh Kim Steffensen""")

M("", """Hej. Hvilke film om homoseksualitet viser biblioteket på filmaftenen i juni? Min datter og hendes venner vil gerne komme.""")

M("", """Ved Pride-ugen i fjor var der en udstilling i rådhushallen om homoseksuelles historie i Danmark, fra Axel og Eigil Axgil i 1989 og frem. Kommer den tilbage i år?""")

M("p", """Hej Ishøj,

Vi skal købe nabogrunden til vores gartneri på Tranegildevej. Vi har fået en foreløbig aftale med ejeren, men vi skal have kommunens tilladelse til at ændre anvendelsen før skødet kan underskrives.

Mvh Jesper Hansen""")

M("p", """Hej

Vi har solgt vores hus på Brøndagervej 14, men køberen har forbehold for salg af sin egen bolig, og det har været på i 4 måneder. Kan vi stadig søge om at få vores barn optaget i skolen i Hundige?

Mvh Katja Eriksen
[[0504842230]]""")

M("p", """hej. jeg skal have sat min lejlighed til salg og mægleren vil have en energimærkning. kan kommunen hjælpe mig med det? jeg bor på Ishøj Boulevard 12, 4. tv""")

M("", """Hvad koster en energimærkning af en lejlighed? Det er til vores andelsforening, der skal have det lavet på alle lejligheder næste år.""")

M("ph", """Kære Byudvikling og Natur

Min far ligger for døden, og vi søskende har aftalt at min bror overtager hans hus på Gadekærsvej. Advokaten er ved at lave aftalen, men den er ikke underskrevet endnu. Hvad skal vi være opmærksomme på i forhold til kommunen?

Mvh Rikke Bonde""")

M("pe", """Hej

Jeg er nødt til at sælge min bil og min lejlighed, fordi jeg er gået konkurs med min frisørsalon. Der er en køber til lejligheden, men bankens godkendelse mangler. Jeg har fået at vide at jeg kan søge om kontanthjælp. Hvordan gør jeg det?

Mvh Lene Berg""")

M("", """Ishøj Bycenters ejer har meldt konkurs, skriver Børsen. Hvad betyder det for kommunens planer om en ny bybusterminal ved centret?""")

M("", """Hej. Er kommunens ejendomssalg af den gamle skole i Torslunde blevet annonceret? Jeg vil gerne vide hvad mindsteprisen er.""")

M("p", """Hej,

Vi er ved at købe vores første hus på Holmeagervej. Mægleren siger at den nuværende ejer har en uafsluttet sag om en ulovlig carport. Køberaftalen er ikke underskrevet før den er lukket. Hvornår bliver den lukket?

Mvh Nanna og Jakob Rieper""")

M("p", """Kære Jens

Jeg har en ejendom på Ishøj Strandvej jeg overvejer at sælge til et boligselskab, og vi er midt i forhandlingerne. Jeg vil gerne høre om kommunen har forkøbsret.

Mvh Arne Dahl, [[111049-0135]]""")

M("", """Har kommuner forkøbsret på ejendomme? Jeg læste om det i en artikel om Københavns Kommune.""")

M("u", """Hej Ishøj Kommune,

Jeg er medlem af Teknisk Landsforbund og arbejder som landinspektør. Jeg har en klage over at kommunens GIS-data er forkerte. Hvem skal jeg skrive til?

Mvh Peter Kjær""")

M("u", """Hej,

Jeg er lærer på 10. klassecentret og er tillidsrepræsentant. Vi har fået en ny plan for fordeling af timer. Kan vi få et møde med skolechefen?

Mvh Hanne Winther""")

M("u", """hej. jeg har lige fået job som rengøringsassistent og min fagforening (Serviceforbundet) siger jeg skal have et lønsedler fra kommunen. jeg har ikke fået nogen. hvad gør jeg?

[[180302-4456]]""")

M("u", """Hej,

Jeg er næstformand i Dansk Metal Vestegnen og vil gerne invitere byrådet til vores faglige møde om nye lærlingepladser. Kan I sende mig kontaktoplysninger?

Mvh Flemming Hald""")

M("", """Hvor mange lærlingepladser har Ishøj Kommune selv? Jeg har set at nogle kommuner bliver presset af fagforeningerne til at tage flere.""")

M("u", """Kære HR-afdeling

Jeg er medlem af Lederne og arbejder som afdelingsleder i Teknisk Forvaltning. Jeg har fået en advarsel, og Lederne siger at jeg skal kræve et møde. Hvornår kan vi mødes?

Mvh Thomas Bruun""")

M("ue", """Hej. jeg har fået brev fra Jobcentret om at jeg skal til samtale, men min a-kasse er under FOA og de siger jeg ikke skal. hvem har ret?""")

M("u", """Hej,

Min kollega og jeg fra Ishøj Busser er begge medlem af 3F og har fået en bøde for at parkere bussen ved Ishøj Station. Vi mener at det er forkert.

Mvh Kenneth Andersen""")

M("u", """Til Byrådet

Jeg har været medlem af BUPL siden 1992 og er nu gået på pension. Jeg er stærkt bekymret for normeringerne i børnehaverne, og det har jeg sagt til BUPL mange gange.

Mvh Inger Mose""")

M("", """Til Byrådet. Normeringerne i Ishøjs børnehaver er for lave. BUPL har lavet en opgørelse der viser at vi ligger i bund. Hvad vil I gøre?""")

M("ue", """Hej,

Jeg er blevet afskediget fra Ishøj Kommune efter 12 år, og min fagforening HK har sagt at afskedigelsen er usaglig. Jeg har nu meldt mig ledig. Hvornår får jeg min sidste løn?

Mvh Susanne Friis, cpr [[260571 2236]]""")

M("", """Hej,

Ishøj Kommune har fået en ny overenskomst med HK, har jeg hørt. Hvad betyder det for de kommunale kontorfolk? Jeg spørger som borger, ikke som ansat.""")

M("", """Hej, mit CVR-nummer er 38471295 og mit p-nummer er 1022846713. Jeg vil gerne have oplyst hvilke affaldsordninger der gælder for min virksomhed på Industrivej.""")

M("", """Hej,

Fakturanr. 1804912283 fra Ishøj Forsyning ser forkert ud, der står et forbrug på 480 m³ vand. Det kan ikke passe for et sommerhus. Kan I tjekke måleren, målernr. 0912771034?

Mvh Jørgen Bæk""")

M("", """Hej, mit journalnummer hos jer er 150689-2024-77 og jeg har ventet et halvt år på svar om min byggetilladelse. Hvornår kommer der et svar?

Mvh Kasper""")

M("", """Hej,

Min kundenummer hos Ishøj Bibliotek er 2212752019, og jeg har fået en regning på 150 kr for en bog jeg har afleveret. Kan I tjekke?

Mvh Lise""")

M("", """Hej. Jeg har ringet til jer på 43 57 75 75 flere gange og ingen tager telefonen. Mit telefonnummer er 28 14 67 90. Kan nogen ringe mig op om mit affaldsabonnement?""")

M("", """Kære Ishøj Kommune. Vores bank har lavet en overførsel til konto 4180 0012345678 med tekst "ejendomsskat 2026". Er den kommet frem?

Mvh Per Ibsen""")

M("", """Hej, jeg har lige fået en bøde på 510 kr for at parkere på Ishøj Strandvej, afgiftsnummer 3108891234. Der var ingen skilte. Jeg vil klage.""")

M("", """Hej. Ordrenr. 0307651150 fra kommunens webshop (kompostbeholder) er ikke leveret endnu. Hvornår kommer den?""")
