"""Part F: long letters with several categories and CPR numbers given in the middle of a practical account."""
from common import M

M("pes", """Kære Morten Lindberg

Jeg skriver til dig, fordi du er min nabo længere nede ad vejen og fordi jeg ved, du sidder i byrådet. Jeg håber, det er i orden, at jeg skriver til din kommunemail i stedet for at ringe på.

Min mand Jakob og jeg har boet på Strandparksvej 27 i ni år. Vi blev gift på rådhuset i 2019, og du var endda til receptionen, hvis du kan huske det. Nu er vi desværre gået fra hinanden, og vi er nødt til at sælge huset, fordi ingen af os kan holde det alene. Vi har haft det til salg siden september, og der er kommet et bud fra et par fra Hvidovre. Vi er enige om prisen, men handlen er ikke endelig, for køberne vil have garanti for, at det gamle skur i haven ikke skal fjernes.

Skuret står 40 cm for tæt på skellet til nr. 29. Det har det gjort, siden vi købte huset, og den tidligere ejer sagde, at det var godkendt. Vi kan ikke finde papirer på det. Vi har skrevet til byggesagsafdelingen og spurgt, om de kan give en dispensation eller en bekræftelse, men har kun fået en automatisk kvittering.

Jeg vil også sige, at jeg er kommet bagud med mine afdrag på huset, mens vi har stået i skilsmissen, og banken har sendt et brev om, at de vil se på sagen igen i januar. Så det haster for mig, at salget går igennem.

Jeg beder dig ikke om at behandle sagen, for jeg ved godt, at du ikke må. Men hvis du kan sende det videre til den rigtige, så den ikke ligger i bunken, ville det betyde meget.

Mit personnummer, hvis de skal bruge det: [[120879-1345]].

De bedste hilsner
Simon Rask
Strandparksvej 27
""")

M("hetu", """Til borgerrådgiveren

Jeg vil gerne klage over den måde, min sag om arbejdsskade bliver behandlet på i kommunen, hvor jeg selv er ansat. Jeg ved, I ikke kan tage sager om ansættelse, men det her handler om mine sygedagpenge og om hvordan Jobcentret har talt til mig, så jeg håber, I kan hjælpe alligevel.

Jeg hedder Ayşe Demir, jeg er 46 år, og jeg er født i Tyrkiet og kom til Danmark som 12-årig. Jeg har arbejdet som social- og sundhedshjælper i hjemmeplejen i Ishøj i 14 år. I april vred jeg ryggen, da jeg skulle hjælpe en borger op fra gulvet. Jeg har haft en diskusprolaps og har været sygemeldt siden.

Min fagforening, FOA, har anmeldt det som arbejdsskade, og det er de stadig i gang med. Men i mellemtiden har Jobcentret indkaldt mig til samtaler, hvor sagsbehandleren har sagt ting, som jeg ikke synes var i orden. Hun spurgte, om 'folk som mig ikke bare fik familien til at hjælpe', og hun sagde, at jeg 'burde kunne finde noget rengøring', selvom lægen har skrevet, at jeg ikke må løfte. Min tillidsrepræsentant var med til den sidste samtale og har skrevet ned, hvad der blev sagt.

Jeg har også et praktisk problem: Jeg fik et brev om, at mine sygedagpenge stoppede den 1. oktober, fordi jeg ikke var mødt op til en samtale. Men jeg var på Hvidovre til scanning den dag og havde ringet og meldt afbud. Det har jeg kvittering for i min telefon.

Jeg vil gerne have, at I ser på, om sagen er behandlet rigtigt, og om jeg kan få en anden sagsbehandler.

Med venlig hilsen
Ayşe Demir
Mosesvinget 4, 2635 Ishøj
""")

M("seb", """Kære Aisha

Du kender mig ikke, men jeg så dig tale i Ishøj Kulturhus om ensomhed blandt ældre, og det ramte mig. Jeg er 78 år og har boet alene i Ishøj, siden min mand Bent døde for to år siden. Vi var sammen i 41 år, og vi blev gift, så snart loven tillod det i 2012. Jeg havde aldrig troet, jeg skulle skrive det til en politiker, men jeg er ikke bange mere.

Jeg skriver, fordi jeg gerne vil i dagcentret på Ishøjgård, men jeg har fået afslag, fordi jeg 'ikke er svækket nok'. Det kan godt være, men jeg sidder alene hver dag, og den eneste jeg taler med er kassedamen i Netto. Visitatoren sagde, at jeg kunne gå i seniorklubben, og det har jeg prøvet. Men dér blev der talt om 'konerne' og 'børnebørnene', og da jeg fortalte om Bent, blev der stille ved bordet. Jeg gik ikke igen.

Jeg ved godt, at kommunen ikke kan lave om på folk. Men jeg vil gerne spørge, om der findes et tilbud for ældre homoseksuelle, eller om kommunen vil hjælpe med at starte et. I København har de noget, men jeg kan ikke tage toget så langt mere.

Jeg er i øvrigt medlem af Radikale Venstre og har været det i 50 år, så jeg har læst jeres program, og der står noget om mangfoldighed. Det vil jeg gerne se i praksis.

Jeg har klaget over afslaget på dagcentret, og den sag kører for sig. Det her er mere en bøn.

Kærlig hilsen
Erik Vestergaard
Ishøj Landsby 30
""")

M("pt", """Hej Karsten

Tak fordi du tog dig tid til at snakke med mig efter mødet i grundejerforeningen. Som lovet sender jeg dig det hele skriftligt.

Jeg er født i Vietnam og kom til Danmark som barn med mine forældre, der var bådflygtninge. Vi har altid boet i Ishøj, og min far byggede selv det hus på Vejleå Parkvej 6, som jeg nu skal sælge, fordi han er død, og min mor er flyttet til en lejlighed.

Huset har været til salg siden juni, og vi har nu en køber, som har skrevet under på en købsaftale med forbehold. Forbeholdet handler om, at der i 1989 er bygget en tilbygning, som kommunen har godkendt i sin tid, men tegningerne kan ikke findes i jeres arkiv. Køberens advokat vil have en attest fra kommunen om, at tilbygningen er lovlig.

Jeg har skrevet til Byg og Miljø tre gange, og de siger, at de leder efter sagen, men at der var en brand i arkivet i 1990'erne, og at nogle sager gik tabt. Jeg forstår godt det, men så må der da være en anden måde at løse det på.

Køberen har givet os frist til 20. december. Min mor er 81 og vil gerne have pengene til at betale sin nye lejlighed. Hun er meget ked af det hele.

Kan du hjælpe med at finde ud af, hvem der bestemmer, hvad man gør, når papirerne er væk? Jeg sender gerne alt, hvad vi har.

Venlig hilsen
Thanh Nguyen
""")

M("ub", """Kære udvalgsformand

Jeg skriver både som borger og som tillidsrepræsentant for HK på rådhuset, og jeg vil gerne være åben om begge dele, så der ikke er tvivl om, hvad der er hvad.

Som TR har jeg fået mange henvendelser fra kolleger om den nye ordning med hjemmearbejde. Det er ikke det, jeg vil skrive om her, for det hører under MED-systemet, og det skal nok blive taget op dér.

Det, jeg vil skrive om som borger, er forslaget om at lukke Ishøj Bibliotek om søndagen. Jeg er aktiv i Alternativet, og vi har samlet 340 underskrifter mod forslaget på to weekender. Biblioteket er et af de få steder i byen, hvor man kan være uden at skulle købe noget, og om søndagen er det fyldt med børnefamilier og ældre.

Jeg ved, at der skal spares, og jeg anerkender, at udvalget har en svær opgave. Men jeg tror, at der er andre steder at finde pengene. Jeg har lavet en liste med tre forslag, som jeg vedlægger. Det drejer sig om lavere lys i rådhusets gange om natten, færre trykte udgaver af kommunens blad, og en fælles indkøbsordning med nabokommunerne.

Jeg vil gerne have mulighed for at aflevere underskrifterne personligt ved udvalgets næste møde.

Med venlig hilsen
Nanna Skytte
""")

M("hte", """Til byrådsmedlem Fatima Ali

Jeg skriver på vegne af min svigerfar, Mustafa Haddad, som er 79 år og ikke selv kan skrive på dansk. Han har givet mig fuldmagt. Vi bor sammen på Ishøj Strandvej 18, 4. th.

Min svigerfar kom fra Libanon i 1985 og har arbejdet på Carlsberg i 30 år. Han har nu fået konstateret Parkinsons sygdom og har svært ved at gå. Han får hjemmehjælp to gange om ugen til rengøring, men han har også brug for hjælp til bad, og det har han fået afslag på, fordi han 'selv kan klare det med lidt støtte'. Det kan han ikke. Han er faldet i badet to gange i oktober, og anden gang lå han på gulvet i en time, før jeg kom hjem fra arbejde.

Vi har klaget over afgørelsen, men klagen har ligget i fem uger. Vi har også spurgt om en badebænk og et nødkald, og det er bevilget, men det er ikke kommet endnu.

Jeg ved godt, at du ikke kan lave om på afgørelsen. Men jeg vil gerne have, at du spørger, hvorfor det tager så lang tid, og hvad vi skal gøre, hvis han falder igen i mellemtiden. Jeg har arbejde fra 7 til 15 og kan ikke være hjemme hele tiden.

Hans personnummer er [[030646 1957]], hvis nogen skal slå ham op.

Med venlig hilsen
Rania Haddad
""")

M("peu", """Kære Jens

Jeg ved, du kender mig fra havnen, og du sagde engang, at jeg bare kunne skrive. Så her er jeg.

Det er min lille bådbyggerforretning ved Ishøj Havn, det handler om. Jeg har haft den i 28 år, men nu er jeg 67 og vil gerne stoppe. Jeg har fundet en køber, en ung fyr fra Greve, som vil overtage forretningen og lejemålet, men han kan først få lånet, når kommunen som udlejer har godkendt overdragelsen af lejekontrakten. Vi har sendt alle papirer til kommunen i september.

Forhandlingerne med køberen er gået fint, men han er begyndt at blive utålmodig og har sagt, at han ser på en anden havn. Hvis han springer fra, ved jeg ikke, hvad jeg gør. Jeg har ingen pension at tale om, fordi alt er gået til forretningen, og jeg skylder stadig 180.000 kr. til banken for den nye kran.

Jeg har været medlem af Dansk Metal, siden jeg var lærling, og de har hjulpet mig med at se på kontrakten. De siger, det hele ser fint ud.

Kan du prøve at finde ud af, hvor sagen ligger? Den hedder 'overdragelse af lejemål, Havnevej 7'.

Hilsen
Bjarne Juul
""")

M("sh", """Kære borgerrådgiver

Min kone Maja og jeg har en klage over sundhedsplejen, og jeg håber, at I kan hjælpe os med at få en ny sundhedsplejerske.

Vi fik vores datter Ronja i juli. Det var et svært forløb, og Maja fik en fødselsdepression, som hun nu er i behandling for hos sin læge. Jeg er medmor og har stået for det meste derhjemme siden september.

Fra første besøg har vores sundhedsplejerske kun talt til Maja, fordi hun har født, og spurgt mig, om jeg 'var veninden'. Da vi forklarede, at vi er gift, og at jeg er medmor, sagde hun 'nå, sådan'. Ved de næste besøg har hun fortsat kun talt til Maja, også om ting som søvn og mad, som det er mig, der står for, mens Maja har det svært.

Det er blevet så ubehageligt, at Maja har spurgt, om vi ikke bare kan aflyse besøgene, og det vil vi ikke, for vi har brug for hjælpen.

Vi vil gerne have en anden sundhedsplejerske, og vi vil gerne have, at nogen taler med den nuværende om, hvordan man møder familier som vores.

Med venlig hilsen
Sofie Krag
Vejleå Parkvej 51
""")
