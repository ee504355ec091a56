"""corpus7, part F: Borgerservice, the citizen advisor, complaints about staff, mixed."""
from common import M

M("", """Hej Borgerservice

Jeg har mistet mit sundhedskort i bussen. Mit cpr er [[260771 2946]]. Kan I sende et nyt til Ishøj Søvej 31, 2. th.?

Mvh Bettina Lauesen""")

M("", """Hej

Jeg er flyttet fra Brøndby til Ishøj Strandvej 64 pr. 1. juni men kan ikke melde flytning på borger.dk, den siger der er en fejl. Personnr. [[150597-3390]].

Hilsen
Mathias Kirk""")

M("", """Til Borgerservice

Vi har en tid til pas til vores søn Magnus [[110813-4409]] torsdag kl. 15.20. Skal begge forældre møde op, eller er det nok med en underskrevet samtykkeerklæring fra hans far?

Venlig hilsen
Pia Holmberg""")

M("", """Hej

Jeg er låst ude af MitID efter at have skiftet telefon. Kan I hjælpe på Borgerservice uden tidsbestilling? Mit personnummer er [[090663–1172]] hvis I skal slå mig op.

Mvh Carsten Friis""")

M("", """Hej

Jeg skal have beboerparkeringstilladelse til Ishøj Bycenter-området. Min bil har reg.nr. AB 12 345. cpr-nr.: [[280575\u00a02218]]. Hvad koster det?

Venlig hilsen
Marianne Juhl""")

M("", """Til borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice, som var meget uhøflig og talte til mig som om jeg var dum, da jeg skulle have nyt kørekort i tirsdags kl. ca. 11. Jeg vil gerne have en undskyldning.

Venlig hilsen
Steffen Bruun
[[190286 3051]]""")

M("", """Hej

Vores datter blev født d. 14. februar, og hun har fået cpr-nummer [[140225-7012]]. Vi vil gerne navngive hende Ingrid Sofie. Jeg er mor, og mit eget nummer er [[300488–0417]]. Hvad skal vi gøre?

Mange hilsner
Julie Bak""")

M("s", """Hej Borgerservice

Min mand Jakob [[0101783628]] og jeg skal have ændret vores efternavn til Lund-Hansen efter brylluppet. Mit cpr er [[250499-2761]]. Kan det klares med en mail, eller skal vi møde op?

Med venlig hilsen
Morten Lund-Hansen""")

M("u", """Til lønkontoret

Jeg er medlem af FOA og har bedt om at få trukket kontingentet over lønnen, men det er ikke sket de sidste tre måneder. Mit cpr-nr. er [[120354\u00a00637]]. Kan I rette det?

Venlig hilsen
Birthe Rask, dagplejer""")

M("t", """Til Borgerservice

Min datter [[2212108835]] har fået et brev på dansk om indskrivning til ungdomsskolen. Vi er fra Somalia, og mine forældre, der passer hende, kan ikke læse dansk. Kan I sende breve på somali eller engelsk?

Venlig hilsen
Ahmed Warsame""")

M("p", """Hej

Vi sælger vores hus på Torslunde Bygade, og køberens advokat vil have en erklæring om at der ikke er restancer til kommunen. Sælger er mig, [[070760–1923]], og min kone. Køberen overtager først hvis erklæringen er på plads. Hvem udsteder den?

Mvh
Bent Kjærgaard""")

M("b", """Hej

Jeg er konverteret til islam og vil gerne have mit navn ændret fra Christina til Khadija. Er det Borgerservice der tager sig af det? Mit cpr: [[011201-6675]].

Venlig hilsen
Christina Møller""")

M("t", """Hej

Min mor kom til Danmark fra Chile som flygtning i 1974. Hun har mistet sit opholdsbevis fra dengang og skal bruge en kopi til sin ansøgning om statsborgerskab. Har kommunen den i arkivet? Hendes cpr er [[230847 1209]].

Mvh Pablo Rojas""")

M("s", """Hej

Min kone Trine og jeg skal giftes på rådhuset i august. Jeg hedder Nanna Lind, cpr [[290292-1840]]. Kan man vælge den store sal, og hvor mange gæster må vi have med?

Mvh Nanna""")

M("s", """Til borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice. Da jeg nævnte min kæreste Peter, sagde hun "nå, så er du sådan en". Jeg er en mand, og jeg synes ikke det er en måde at tale til borgere på. Jeg vil være anonym over for medarbejderen.

Venlig hilsen
Jonas""")

M("st", """Hej borgerrådgiver

Jeg er transkvinde, men det er ikke det jeg skriver om. Min kæreste Amira og jeg (vi er begge kvinder og lesbiske) blev afvist i døren til en kommunal ungdomsfest, fordi vagten sagde "den slags" ikke var velkommen. Amira er fra Libanon, og vagten sagde også noget om "jeres slags". Jeg vil have undersøgt det.

Mvh Leonora""")

M("u", """Hej

Jeg er tillidsrepræsentant for HK på rådhuset. Jeg skriver privat for at sige, at flere kolleger i Borgerservice er meget pressede, og at borgerne mærker det. Det er ikke et personsag, men det skal I vide.

Hilsen
Line Kjeldsen""")

M("p", """Til Center for Byudvikling og Natur

Mægleren har fremvisning i vores lejlighed på lørdag, og en af køberne vil vide om altanen må inddækkes. Vi har spurgt boligforeningen, men de siger det er kommunen. Hvem kan svare hurtigt?

Venlig hilsen
Kathrine Bjerre""")

M("b", """Kære byrådsmedlem

Jeg er aktiv i Liberal Alliance og har været med til at samle underskrifter mod den nye parkeringsafgift. Vi har 612 underskrifter. Hvornår kan jeg aflevere dem?

Mvh Jakob Riis""")

M("", """Hej

Jeg har modtaget en regning på vinterbeskæring af kommunens træer langs min grund med fakturanummer 1302881901. Regningen er på 3.750 kr. Jeg troede kommunen betalte det selv?

Mvh Ole Kragh""")

M("ue", """Hej borgerrådgiver

Jeg blev bortvist fra mit job som pædagogmedhjælper i en kommunal institution. BUPL har givet mig en advokat, og hun har bedt mig klage over at kommunen ikke har svaret på min aktindsigt. Jeg er klar over at I ikke kan tage ansættelsessager.

Mvh Nicolai""")

M("t", """Klage

Jeg er sort og født i Danmark. I går blev jeg som den eneste i køen i Borgerservice bedt om at vise ID. Jeg var der for at hente mit nye pas. Det føles som diskrimination.

Mvh Joseph Mensah""")

M("p", """hej

min far er død og vi skal sælge hans kolonihavehus i H/F Nordhaven. en køber har budt men foreningen og kommunen skal vist godkende. vi er 3 søskende og vil gerne have det overstået. hvad skal vi gøre?

mvh Camilla""")

M("s", """Hej

Min kæreste Mads og jeg (ja, jeg er også en fyr haha) flytter sammen i en af kommunens ungdomsboliger. Skal vi begge stå på kontrakten, og kan vi søge som par på ventelisten?

Mvh Sebastian""")

M("u", """Kære formand

Som medlem af Dansk Metal og formand for vores klub på Ishøj Stålværk vil jeg gerne invitere udvalget på besøg, så I kan se hvordan en moderne produktionsvirksomhed arbejder.

Venlig hilsen
Ole Gram""")

M("bhe", """Til borgerrådgiveren

Min søn er Jehovas Vidne og har nægtet blodtransfusion. Personalet på bostedet hvor han bor, har sagt at de "vil tage en snak med ham om det". Det er hans tro og hans valg. Jeg vil klage.

Mvh Anne Lise Brandt""")

M("", """Hej

Vi har fået en kvittering for vores henvendelse med journalnummer 27.12.04-P19-3-24. Hvornår kan vi forvente svar? Det er nu 15 hverdage siden.

Mvh Henrik og Maj""")

M("t", """Hej

Vi er en familie fra Vietnam, og vores datter skal i gymnasiet. Hun vil gerne have en vejleder der kan tale med os forældre på vietnamesisk, fordi vi ikke forstår så meget om systemet. Findes det?

Mange tak
Hoa Pham""")

M("s", """Kære Lisbeth

Jeg så dit opslag om Pride. Jeg er bøsse og 68 år og har boet i Ishøj hele mit liv. Det har ikke altid været nemt. Tak fordi du står op for os.

Mvh Bent""")

M("p", """Hej

Vi har fået lånetilsagn og skal skrive under på købet af et hus på Vildtbanevej i næste uge, men nu ser vi at der er en lokalplan på vej for området. Kan vi få at vide hvad den betyder, før vi skriver under?

Venlig hilsen
Rasmus og Nadia Holm""")

M("u", """Hej

Jeg er medlem af Lederne og afdelingsleder i et privat firma i Ishøj. Vi søger en medarbejder via jobcentret, men jobcentret sender ingen kandidater. Kan nogen ringe mig op?

Mvh Henrik Juel, tlf. 22 76 41 09""")

M("p", """Til Ishøj Kommune

Jeg er interesseret i at købe kommunens gamle pumpehus ved Ishøj Landevej. Jeg har skrevet to gange og givet et bud på 450.000 kr. uden at få svar. Er den stadig til salg?

Venlig hilsen
Søren Berthelsen""")

M("", """Hej

Jeg vil gerne klage over at vinduespudseren på rådhuset har parkeret på handicappladsen hver tirsdag i en måned. Det er ikke i orden.

Mvh Helle""")

M("se", """Til borgerrådgiveren

Min søster Camilla bor på et bosted i Ishøj med sin kæreste Rikke. Personalet har sagt, at de ikke må sove i samme seng, fordi det "forstyrrer de andre beboere". Det gælder ikke for de andre par. Jeg har fuldmagt fra Camilla.

Venlig hilsen
Louise Friis""")

M("u", """Hej

Min far var med i 3F i 45 år og var tillidsmand på havnen. Han er 85 nu og vil gerne give sin gamle faglige fane til Ishøj Lokalhistoriske Arkiv. Tager de imod den slags?

Mvh Tom Petersen""")

M("b", """Hej Lene

Vi er flere forældre i Vejleåparken som er medlemmer af Muslimernes Fællesråd, og vi vil gerne invitere dig til en dialog om tryghed i området. Vi mødes i vores lokale efter fredagsbønnen.

Med venlig hilsen
Mustafa Ali""")

M("t", """Til borgerrådgiveren

Min nabo er fra Irak, og han har boet her i 20 år. Nu har en medarbejder fra kommunens vejafdeling skældt ham ud og sagt at han "skal lære at tale ordentlig dansk". Han tør ikke selv klage, så jeg skriver for ham med hans tilladelse.

Mvh Bente Ravn""")

M("p", """Hej

Mit firma vil gerne byde på den kommunale grund ved Ishøj Erhvervspark, som er udbudt til salg. Vi har brug for at vide om der er jordforurening, før vi afgiver endeligt bud. Hvem har rapporten?

Venlig hilsen
Tina Riis
Riis Byg ApS""")

M("s", """Hej

Jeg er biseksuel og har både haft kærester af begge køn. Til kommunens trivselsundersøgelse for ansatte er der kun "gift med mand/gift med kvinde" som valgmuligheder. Det synes jeg er gammeldags.

Mvh Kasper""")

M("u", """Hej Kim

Jeg er lærer og medlem af Danmarks Lærerforening. Min kollega og jeg er blevet bedt om at passe SFO i vores forberedelsestid. Vi har talt med vores TR, men I som politikere bør vide det.

Hilsen
Charlotte Ebbesen""")

M("bs", """Hej

Jeg er præst i en frimenighed og homoseksuel, og vi vil gerne holde en velsignelse for par af samme køn i Ishøj Kulturhus under Pride-ugen. Min mand Jesper skal læse op. Må man det i et kommunalt hus?

Mvh Johannes Kirk""")

M("pt", """Hej

Min svigerfar er fra Tyrkiet og ejer en grund i Tranegilde, som han vil sælge til os. Vi er i gang med at forhandle prisen. Han spørger om kommunen har forkøbsret.

Venlig hilsen
Emre og Julie Aksoy""")

M("", """Hej

Jeg vil gerne rose Lone i Borgerservice, som hjalp min far med hans MitID i går formiddag. Hun var tålmodig og venlig. Det skal hun have ros for.

Mvh Kim""")

M("ue", """Til borgerrådgiveren

Jeg har klaget over jobcentrets afgørelse om mit fleksjob for 5 måneder siden og har intet hørt. Min fagforening, HK, siger at sagen er gået i glemmebogen. Jeg har ingen indtægt i mellemtiden.

Venlig hilsen
Tanja Bro""")

M("pe", """Hej

Vi er blevet skilt, og vores fælles rækkehus skal sælges. Min eksmand vil ikke skrive under på salgsopstillingen hos mægleren. Kan kommunen gøre noget, eller er det kun en sag for Familieretshuset?

Mvh Dorthe""")

M("s", """hej

min søn Frederik og hans kæreste Oliver er begge 17 og vil gerne til ungdomsskolens fest sammen. der står på invitationen at man kan tage en "pige- eller drengekæreste" med fra en anden skole, betyder det også to drenge? vil bare være sikker inden han bliver flov

mvh Jeanette""")

M("b", """Kære byrådsmedlem

Jeg er medlem af Frie Grønne og har været aktiv i kampagnen mod udvidelsen af motorvejen. Jeg vil gerne have et møde med dig om støjmålingerne i Tranegilde.

Venlig hilsen
Mie Sørensen""")

M("u", """Hej

Jeg er medlem af Dansk Sygeplejeråd og arbejder i kommunens akutteam. Vi har ikke fået den lønstigning der står i overenskomsten pr. 1. april. Vores TR har rejst sagen, men jeg synes politikerne skal kende den.

Mvh Pernille""")

M("t", """Hej

Min kone er fra Thailand og er lige kommet til Danmark. Hun skal i gang med danskuddannelse. Hvornår starter næste hold på sprogcentret, og skal hun tilmelde sig via kommunen?

Venlig hilsen
Jan Kristensen""")

M("ps", """Hej

Min mand og jeg har fået et bud på vores hus, men køberne vil gerne have at vi får lovliggjort et gammelt skur først. Det haster, for tilbuddet udløber om 10 dage.

Venlig hilsen
Claus og Erik Brandt-Nielsen""")

M("b", """Hej

Jeg er kristen og går i Ishøj Baptistkirke. Vi vil gerne lave gratis kaffe og kage til beboerne ved Ishøj Station juleaften. Skal vi have tilladelse til at stille et bord op?

Mvh Samuel""")

M("s", """Til borgerrådgiveren

Jeg er queer og bor med min partner Noa. Da vi søgte ungdomsbolig, skrev medarbejderen på sagen "kammerater" i stedet for "par", og vi blev derfor skrevet op til to værelser. Jeg vil gerne have det rettet og vide hvorfor.

Mvh Alba""")

M("u", """Hej

Jeg er tillidsrepræsentant for Serviceforbundet hos vagtfirmaet på rådhuset. Vores vagter får ikke pauser om natten. Jeg vil gerne tale med nogen i kommunen, fordi I er kunden.

Mvh Dennis Holm""")

M("p", """Hej

Min nabo i nr. 5 har sat sit hus til salg, og en køber har spurgt mig om det store træ i min have skal fældes. Jeg har ikke tænkt mig at fælde det. Kan kommunen pålægge mig det?

Mvh Jørgen Nissen""")

M("", """Hej

Jeg så at Krifa holder informationsmøde om løn og arbejdsvilkår på Ishøj Bibliotek torsdag kl. 19.00. Er det åbent for alle, eller kun for medlemmer?

Mvh Signe""")
