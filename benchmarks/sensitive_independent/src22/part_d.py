"""Part D: illness and handicap described through symptoms, medicine, appointments and aids; hard negatives about health services, aids and hospitals in general."""
from common import M

M("he", """
Hej

Min far på 79 er begyndt at falde om natten, og han kan ikke selv komme op igen. Kan han få en nødkald-armbånd fra kommunen? Han bor på Ishøj Landevej 33.

Hilsen Bettina
""")

M("", """
Hej

Hvilke typer nødkald tilbyder kommunen, og hvem kan få et?

Venlig hilsen
Bettina
""")

M("h", """
hej, jeg har haft migræne hver dag i to uger og min læge har sendt mig til scanning på Glostrup. kan jeg få kørsel dertil? jeg tør ikke selv køre bil med de piller jeg får
mvh Nina
""")

M("", """
Hej, kører der en direkte bus fra Ishøj Station til Glostrup Hospital?
""")

M("h", """
Kære Center for Voksne og Velfærd

Jeg har sklerose og bruger nu kørestol det meste af dagen. Jeg har brug for en rampe ved hoveddøren og at dørtrinnet på badeværelset bliver fjernet. Hvordan søger jeg boligændring?

Med venlig hilsen
Lars-Ole Friis
Vejlebrovej 118
""")

M("", """
Hej

Hvor lang er sagsbehandlingstiden på boligændringer i øjeblikket?

Mvh Lars
""")

M("h", """
Hej

Min datter Alma på 6 år har fået konstateret type 1-diabetes. Hun starter i SFO efter sommerferien. Hvem på SFO'en skal lære at måle blodsukker og give insulin?

Venlig hilsen
Michael Dam
""")

M("h", """
hej jeg er gravid i 7. måned og har svært ved at gå på trapper. vi bor på 4. sal uden elevator. kan man få hjælp til at blive flyttet til stueetagen i samme boligforening? /Amanda
""")

M("h", """
Hej

Jeg har fået en ny hofte og må ikke bøje mig. Mine kompressionsstrømper skal på hver morgen. Kan hjemmeplejen komme kl. 7 i stedet for kl. 9?

Mvh Inger Skov
""")

M("he", """
Hej

Min mand Erik har Parkinsons, og han er begyndt at ryste så meget at han ikke kan spise selv. Vi har hjemmepleje to gange om dagen, men det er ikke nok længere. Hvordan søger vi om mere hjælp?

Venlig hilsen
Ruth Eriksen
""")

M("h", """
hej min søn på 8 har ADHD og tager Ritalin. skolen vil ikke give ham medicinen kl 12. det står i hans papirer fra lægen. hvem kan jeg kontakte?
""")

M("", """
Hej

Hvilke regler har skolerne for at give medicin til elever? Skal forældrene skrive under på noget?

Mvh Tove, skolebestyrelsen
""")

M("h", """
Hej

Jeg har høreapparater i begge ører og kan ikke høre når der kaldes op i ventesalen i borgerservice. Kunne man lave en skærm med numre?

Venlig hilsen
Preben Laursen
""")

M("", """
Hej

Kunne man lave en skærm med numre i ventesalen i borgerservice? Det er svært at høre opkaldene når der er mange mennesker.

Venlig hilsen
Preben
""")

M("h", """
Kære Ishøj Kommune

Jeg er ordblind og kan ikke læse de lange breve fra jer. Kan I sende dem som lydfil, eller kan jeg få en person til at læse dem op for mig?

Hilsen Brian
""")

M("h", """
Hej

Jeg har kronisk KOL og har iltapparat derhjemme. Strømmen gik i to timer i går aftes på Ishøj Strandvej, og jeg var bange. Kan kommunen sørge for at jeg får besked før planlagte afbrydelser?

Mvh Gunnar
""")

M("", """
Hej, hvorfor gik strømmen på Ishøj Strandvej i går aftes? Det var i næsten to timer.
""")

M("he", """
hej jeg har social angst og kan ikke møde op til jobcentermøde i grupper. jeg har en erklæring fra psykiater. kan mødet være enkeltvis?
""")

M("he", """
Til Ydelsescentret

Jeg har været indlagt på psykiatrisk afdeling i Glostrup i 5 uger efter en psykose. Mens jeg var indlagt har jeg ikke kunnet betale husleje, og nu har udlejer sendt en rykker. Kan jeg søge om enkeltydelse?

Venlig hilsen
Jonas Bruun
""")

M("h", """
Hej

Min mor er blevet blind på det ene øje efter en blodprop og kan ikke længere læse sine breve i e-Boks. Kan jeg få fuldmagt, så jeg kan læse dem for hende?

Mvh Susanne
""")

M("", """
Hej, hvordan giver man fuldmagt til e-Boks til sine voksne børn?
""")

M("h", """
Hej

Jeg blev opereret for brystkræft i januar og skal starte på strålebehandling på Herlev. Jeg har brug for hjælp til at handle ind i de næste 6 uger. Hvem kontakter jeg?

Med venlig hilsen
Lise-Lotte
""")

M("", """
Hej

Jeg samler ind til Kræftens Bekæmpelse og vil gerne stå foran Ishøj Bymidte. Skal jeg have tilladelse?

Venlig hilsen
Lise-Lotte
""")

M("h", """
hey, jeg fik et epileptisk anfald i svømmehallen i tirsdags og livredderen var super. kan i sige tak til ham fra mig? han hed vist Oscar
/ Malene
""")

M("", """
Hej, jeg vil gerne rose livredderen Oscar i Ishøj Bad, som hjalp en ældre mand der var faldet i tirsdags. Super flot klaret!
""")

M("he", """
Hej

Jeg har fået en rollator af kommunen, men hjulet er gået i stykker. Kan det repareres, eller skal jeg have en ny? Jeg kan ikke gå uden den.

Venlig hilsen
Edith Nielsen, Ishøj Plejecenter, lejlighed 14
""")

M("", """
Hej

Der står en rollator med kommunens mærkat i vores cykelkælder, som ingen i opgangen vil kendes ved. Hvor kan den afleveres?

Mvh Per
""")

M("h", """
Hej

Min søn Oskar (5) stammer meget og børnehaven har foreslået tale-høre-konsulenten. Hvordan får vi ham henvist?

Hilsen
Julie Mortensen
""")

M("h", """
Hej jeg har fået piller mod forhøjet blodtryk og de gør mig svimmel. jeg kører for Flextrafik. må jeg det stadig? hvem spørger jeg?
Jan
""")

M("he", """
Hej

Vores datter er autist og kan ikke holde ud at være i frikvarteret. Hun kommer hjem hver dag og græder. Vi har bedt om et møde med PPR i 3 måneder. Hvornår sker der noget?

Med venlig hilsen
Anne og Morten Lind
""")

M("", """
Hej

Hvor lang ventetid er der på PPR-udredninger i Ishøj lige nu? Jeg spørger som skolebestyrelsesmedlem.

Mvh Lene
""")

M("he", """
Kære borgmester

Min bror Thomas er alkoholiker og har ikke betalt husleje i et halvt år. Han bliver sat ud den 1. Han siger selv han ikke har brug for hjælp. Kan kommunen gøre noget?

Hilsen Anja
""")

M("", """
Hej, hvad tilbyder kommunen af alkoholbehandling, og er det anonymt?
""")

M("h", """
hej jeg fik en abort for 2 uger siden og har stadig ondt. jeg vil ikke ringe til min læge fordi min mor har samme læge. kan jeg skifte læge uden at hun ved det?
""")

M("h", """
Hej

Jeg har stomi efter en operation og der er ikke noget handicaptoilet med plads til at skifte i Ishøj Idrætscenter. Kan det laves?

Mvh Flemming
""")

M("", """
Hej

Der mangler et handicaptoilet i Ishøj Idrætscenter. Det burde være standard i en kommunal bygning.

Mvh Flemming
""")

M("h", """
Kære Center for Voksne og Velfærd

Jeg skriver på vegne af min kone Lise, der har fået konstateret Alzheimers. Hun går ud om natten og har to gange været væk. Vi har brug for en GPS-tracker som hjælpemiddel.

Med venlig hilsen
Svend Åge Dalsgaard
""")

M("he", """
Hej. Jeg skal have et nyt knæ i november og skal bruge toiletforhøjer og badebænk i 6 uger. Kan jeg hente dem på hjælpemiddeldepotet før operationen?
Kirsten
""")

M("", """
Hej, hvornår har hjælpemiddeldepotet åbent, og hvor ligger det?
""")

M("h", """
hej min kæreste sidder i kørestol efter en ulykke og vi vil gerne til koncert i Ishøj Kulturhus. er der handicapparkering tæt på indgangen?
""")

M("", """
Hej, er der handicapparkering ved Ishøj Kulturhus?
""")

M("h", """
Hej

Jeg tager blodfortyndende medicin og skal have fjernet en tand. Tandlægen i den kommunale tandpleje har ikke spurgt om det. Skal jeg selv sige det?

Mvh Hans
""")

M("h", """
Hej

Min svigerfar har haft en hjerneblødning og taler nu ikke ret godt. Han får genoptræning i Sundhedshuset, men han savner en logopæd. Er det noget I tilbyder?

Venlig hilsen
Annette
""")

M("", """
Hej

Hvilke åbningstider har Sundhedshuset, og tilbyder I genoptræning om aftenen?

Venlig hilsen
Annette
""")

M("h", """
jeg er blevet sygemeldt med stress af min læge og har fået et brev om at møde til samtale. men jeg kan slet ikke overskue at åbne post lige nu. min søster skriver for mig. hvad skal jeg gøre
Dorte
""")

M("he", """
Hej

Jeg er lige blevet diagnosticeret med cøliaki. Kan madordningen på Ishøj Plejecenter, hvor jeg er i dagtilbud to dage om ugen, lave glutenfri mad?

Med venlig hilsen
Grethe Bak
""")

M("h", """
Hej, min søn Noah har fået briller med +6 og skal sidde forrest i klassen. Læreren siger der ikke er plads. Kan I hjælpe? Mvh Sanne
""")

M("he", """
Hej

Jeg hører stemmer og har en diagnose som skizofren. Jeg har det godt på medicin. Men min bostøtte er stoppet uden varsel. Hvorfor?

Hilsen Peter
""")

M("", """
Hej

Jeg er sygeplejerske og vil gerne høre om I har ledige stillinger i hjemmesygeplejen.

Mvh Sofie
""")

M("h", """
hej har min nabo i nr. 9 fået hjemmesygepleje? han har et stort sår på benet og lugter af det, jeg er bekymret for ham. han er alene.
""")
