# Ethnicity and sexual orientation.
from common import M, C

# ---------------------------------------------------------------- ETHNICITY
M("t", """
Kære skoleleder

Vores søn Malik bliver kaldt ting som "abe" og "sorte" af nogle drenge i 5.B, og han er den eneste sorte dreng i klassen. Han vil ikke i skole mere. Vi har talt med klasselæreren to gange uden at noget sker. Hvad gør skolen nu?

Med venlig hilsen
Fatou og Anders Sørensen
""")

M("t b", """
Hej borgmester

Jeg er somalier og muslim og har boet i Ishøj i 20 år. Vi beder om, at der bliver indrettet et stille rum på biblioteket, hvor man kan bede, for eksempel om fredagen. Jeg ved, at mange andre også ønsker det.

Venlig hilsen
Abdi Hassan
""")

M("t", """
Hej

Jeg er grønlænder og flyttede til Ishøj fra Nuuk sidste år. Jeg har hørt, at der findes en grønlandsk forening i kommunen, og jeg vil gerne have kontakt til dem. Og er der nogen, der kan hjælpe mig med breve fra kommunen på grønlandsk?

Qujanaq
Naja
""")

M("t", """
Dzień dobry / Goddag

Vi er en polsk familie og forstår ikke helt brevet om skolestart. Kan I sende det på engelsk eller polsk? Vores søn Kacper skal begynde i 0. klasse.

Best regards
Agnieszka Nowak
""")

M("t", """
Hej

Min mand er fra Marokko og har fået arbejde i Ishøj. Han skal have et sygesikringskort, men han kan ikke få det uden en adresse, og han kan ikke få en adresse uden en lejekontrakt. Hvordan løser vi det?

Mvh
Maria Andersen
""")

M("t", """
Til Center for Byudvikling og Natur

Familien i nr. 7, som er romaer, har nu i tre måneder haft en campingvogn og to biler parkeret på fællesarealet. Jeg har intet imod dem, men det er ikke tilladt i vores bebyggelse. Hvem håndhæver det?

Venlig hilsen
Beboer, Gadekærvej
""")

M("t", """
Hej Ishøj Kommune

Jeg har tyrkisk baggrund og er født og opvokset i Ishøj. Jeg har søgt tre job som vikar på kommunens skoler og er ikke blevet kaldt til samtale én gang, selvom jeg har læreruddannelse. Min danske veninde med samme uddannelse fik samtale alle tre steder. Jeg vil gerne vide, hvordan I sikrer lige behandling.

Med venlig hilsen
Elif Demir
""")

M("t", """
Kære Byrådet

Som andengenerationsindvandrer fra Pakistan synes jeg, det er vigtigt, at byrådet også taler med de unge i Vildtbanegård, før I beslutter at lukke klubben. Jeg voksede selv op der og ved, hvor meget den betød.

Venlig hilsen
Usman Iqbal
""")

M("t", """
Hej Sundhedsplejen

Vores datter er adopteret fra Sydkorea og kommer til Danmark om to uger. Hun er 14 måneder. Vi vil gerne have besøg af en sundhedsplejerske kort efter ankomst. Hvordan booker vi det?

Venlig hilsen
Mette og Christian Holm
""")

M("t e", """
Hej

Vi er kommet til Danmark som flygtninge fra Eritrea for to år siden. Jeg får selvforsørgelses- og hjemrejseydelse og min kone går på sprogskole. Vi har fået et brev om at vi skal betale 3.000 kr. tilbage, men vi forstår ikke hvorfor. Kan nogen forklare det med tolk?

Mvh
Yonas
""")

M("t", """
hej jeg er halvt thai og min mor kommer fra Thailand på besøg i 3 måneder. må hun bo hos os i vores almene bolig eller skal vi søge om noget?

mvh Nok / Jennifer
""")

M("t", """
Kære borgerrådgiver

Da jeg stod i kø ved Borgerservice i fredags, sagde en medarbejder højt til sin kollega: "Han forstår nok ikke dansk alligevel". Jeg er født i Danmark, men mine forældre kommer fra Irak, og jeg er mørk i huden. Det var ydmygende. Jeg ønsker at klage over medarbejderens opførsel.

Med venlig hilsen
Ahmed Al-Sayed
""")

M("t", """
Hej

Min søn på 11 er blevet kaldt "perker" og slået af nogle ældre drenge ved Ishøj Station, fordi han er af arabisk afstamning. Politiet er involveret, men vi vil gerne have, at skolen også tager det op.

Mvh Samira
""")

M("t", """
Hej

Jeg er kurder og kunne godt tænke mig at starte en kurdisk kulturforening i Ishøj. Kan vi låne lokaler på Kulturhuset til et stiftende møde?

Venlig hilsen
Dilan Aksoy
""")

M("t", """
Til Ishøj Bibliotek

Jeg er palæstinenser og har lagt mærke til, at der ikke er en eneste bog på arabisk om Palæstinas historie i børnebiblioteket. Kan I købe nogle ind? Jeg vil gerne give forslag.

Mvh
Rania
""")

M("t e", """
Hej Ældreområdet

Min mor er vietnamesisk og taler ikke dansk. Hun skal snart på plejehjem, og vi er bekymrede for, at hun bliver meget ensom. Er der andre beboere med vietnamesisk baggrund på nogle af plejecentrene i Ishøj?

Venlig hilsen
Linh Tran
""")

M("t", """
Hej

Jeg er færing og har boet her i 30 år. Jeg vil gerne vide, om jeg kan stemme ved kommunalvalget, selvom jeg ikke har ændret noget i mine papirer siden jeg kom fra Tórshavn.

Mvh
Jógvan
""")

M("t", """
Kære Kim

Vi er en tamilsk familie fra Sri Lanka og har boet i Ishøj siden 1990'erne. Vi vil gerne holde et tamilsk nytårsarrangement i Ishøj Parken. Hvem giver tilladelse?

Med venlig hilsen
Kumar Sivakumar
""")

M("t", """
Til integrationsteamet

Jeg er afghaner og har fået opholdstilladelse. Min nevø på 17 er alene i Iran. Kan kommunen hjælpe med familiesammenføring, eller er det et andet sted?

Mvh
Ahmad
""")

M("t", """
Hej

Vi er ukrainske og er kommet hertil i marts. Vores datter skal starte i børnehave, men der står på jeres hjemmeside, at man skal bruge MitID. Vi har ikke fået det endnu.

Dyakuyu
Olena og Ihor Kovalenko
""")

M("t", """
Kære skoleleder

Jeg er bosnier og kom til Danmark som barn under krigen. Nu har min datter fået en lærer, der i undervisningen har kaldt folk fra Balkan for "tilflyttere, der aldrig bliver danske". Jeg vil gerne have et møde.

Med venlig hilsen
Emina Hodžić
""")

M("t", """
Hej

Jeg er ikke etnisk dansk, og jeg oplever, at jeg bliver stoppet af kommunens parkeringsvagter meget oftere end mine naboer. I denne måned har jeg fået fire afgifter. Jeg vil klage.

Mvh
Hussein
""")

M("t e", """
Hej Jobcentret

Som brun mand på 50 med libanesisk baggrund er det næsten umuligt at få job, uanset hvad jeg sender af ansøgninger. Jeg vil gerne have en mentor, der kender til diskrimination på arbejdsmarkedet.

Venlig hilsen
Khaled
""")

M("t", """
Kære Ishøj Kommune

Jeg er irakisk-dansk og arbejder som frivillig i lektiecafeen. Vi mangler frivillige, der taler arabisk, men også nogen der kan hjælpe med matematik. Kan kommunen annoncere for os?

Venlig hilsen
Zainab
""")

M("t", """
Hej

Jeg er inuk fra Østgrønland og har brug for hjælp til at forstå et brev fra jer om min lejlighed. Jeg læser dansk dårligt. Kan jeg komme ind og få det forklaret?

Mvh
Ane
""")

M("t", """
Hej

Min svigerdatter er fra Ghana, og i går blev hun råbt efter på legepladsen i Strandgårdsparken af en anden mor, der kaldte hende "neger". Vi er chokerede. Er der nogen i kommunen, der samler op på den slags?

Hilsen
Inge Margrethe
""")

M("t", """
Hej

Både min kone og jeg er født i Vietnam af kinesisk oprindelse. Vi vil gerne have vores søn i en børnehave, hvor der også tales lidt mandarin. Findes det?

Venlig hilsen
Wei Chen
""")

# ---------------------------------------------------------------- SEXUAL ORIENTATION
M("s", """
Kære Ishøj Kommune

Min mand Peter og jeg har fået et brev om, at vi skal betale for en ny fælles kloakledning. Vi har betalt for en sådan i 2018. Kan I tjekke det?

Med venlig hilsen
Henrik Olesen
Ishøj Søvej 3
""")

M("s", """
Hej borgerrådgiver

Som homoseksuel mand har jeg i et halvt år været udsat for chikane fra en gruppe unge i min opgang. De har skrevet "bøsse" på min dør to gange. Boligselskabet siger, at det er en politisag, og politiet siger, at det er boligselskabets. Hvem kan hjælpe?

Med venlig hilsen
Jesper Nygaard
""")

M("s", """
Hej

Vi er et lesbisk par og vil gerne være plejefamilie. Er det en fordel eller en ulempe i jeres vurdering? Vi har begge fast arbejde og et stort hus.

Mvh
Hanne og Tina
""")

M("s", """
Hej Kim

Min søn på 15 er lige sprunget ud som bøsse, og han bliver mobbet voldsomt på skolen og på Snapchat. Skolen tager det ikke alvorligt. Jeg håber, du som formand for udvalget vil tage fat i det.

Venlig hilsen
Karen
""")

M("s", """
Hej

Jeg er biseksuel og er med i en gruppe, der gerne vil starte et mødested for LGBT+ personer over 50 i Ishøj. Kan vi få et lokale gratis en aften om måneden?

Mvh
Susanne Winther
""")

M("s", """
Kære Ishøj Kommune

Vi er to fædre til vores datter, som vi har fået ved surrogati i udlandet. Vores datter skal starte i dagpleje. Jeres blanket har felterne "mor" og "far". Kan I rette den, så den passer til regnbuefamilier?

Venlig hilsen
Mikkel og Jonas Bay
""")

M("s", """
Hej

Min kone er medmor til vores søn, og Borgerservice har registreret forældremyndigheden forkert: kun jeg står som forælder i systemet. Hvordan får vi det rettet?

Mvh
Camilla Storm
""")

M("s", """
Hej Kommunen

Jeg skal have min kæreste Jonas med til personalefesten på rådhuset som ledsager. Står der noget i invitationen om, at man skal være gift? Jeg vil bare være sikker, før jeg tilmelder os.

Hilsen
Anders Bak, Vej og Park
""")

M("s", """
Hej

Jeg er queer og arbejder med ungdomsarbejde. Jeg vil gerne foreslå, at Ishøj Ungdomsskole får et tilbud for LGBTQ+ unge. Jeg vil gerne selv være frivillig.

Mvh
Alex Winther (de/dem)
""")

M("s", """
Kære SSP

Vores datter på 14 har fortalt os, at hun er lesbisk, og at hun bliver hængt ud i en gruppechat af klassekammerater. Vi har screenshots. Vi ved ikke om det er skolen eller jer, der skal have dem.

Venlig hilsen
Line og Morten
""")

M("s e", """
Hej

Min eksmand er homoseksuel, og det er årsagen til vores skilsmisse. Han vil gerne have, at børnene bor hos ham og hans nye kæreste halvdelen af tiden. Det er vi faktisk enige om, men hvad skal vi gøre over for skolen med adresse?

Mvh
Lisbeth
""")

M("e s", """
Hej Familieretshuset/Ishøj Kommune

Min ekskone er blevet sammen med en kvinde, og hun vil nu flytte til Odense med vores børn. Vi har fælles forældremyndighed. Jeg vil ikke have, at børnene flytter. Hvad kan kommunen gøre?

Mvh
Martin Thomsen
""")

M("s", """
Hej

Jeg og min mand har været i registreret partnerskab siden 2005. Nu vil vi gerne omdanne det til ægteskab. Skal vi giftes igen på rådhuset, eller kan det ske på papir?

Venlig hilsen
Poul-Erik Sand
""")

M("s", """
hej jeg er homoseksuell og vil gerne vide om der findes en støttegruppe for unge der er kommet ud i ishøj. jeg er 17

- M
""")

M("s b", """
Kære præst og kommune

Som troende kristen og homoseksuel har jeg svært ved at finde et fællesskab. Jeg ved, at det ikke er kommunens opgave, men jeg vil gerne vide, om foreninger, der kan få lokaler i kommunen, må afvise homoseksuelle.

Mvh
Simon
""")

M("s h e", """
Hej

Jeg er bøsse og hiv-positiv. Jeg har fået plads på et plejecenter efter mit slagtilfælde og er bange for, hvordan personalet vil reagere på min sygdom og min partner, når han kommer på besøg. Er der retningslinjer?

Venlig hilsen
Erik
""")

M("s", """
Hej

Min kæreste Sara og jeg er flyttet sammen i en lejlighed på Ishøj Strandvej. Vi vil gerne have vores navne på postkassen begge to, men boligforeningen siger, at det kun er for ægtefæller. Er det rigtigt?

Venlig hilsen
Louise Kristensen
""")

M("s", """
Hej

Vi er to mænd, der gerne vil adoptere. Kommunen skal vist lave en godkendelse. Hvordan starter vi?

Mvh
Rasmus og Kenneth
""")

M("s", """
Kære byrådsmedlem

Der har været meget homofobisk chikane mod min kæreste og mig, siden vi flyttede ind på Gadekærvej. Vi er to kvinder og har fået hundelorte i postkassen. Vi har brug for, at kommunen ser på sagen.

Med venlig hilsen
Pernille Lund
""")

M("s", """
Hej

Jeg identificerer mig som panseksuel, og min partner er transkvinde. Vi vil gerne deltage i kommunens "nye i Ishøj"-arrangement, men tilmeldingen kræver, at vi angiver "mand og kone". Kan I ændre det?

Mvh
Jonas
""")

M("s", """
Hej

Jeg er aseksuel og har ikke lyst til at deltage i den del af seksualundervisningen på mit gymnasium, der handler om kæresteforhold. Ved I, om man har ret til fritagelse?

Mvh
Frida, 17
""")

M("s", """
Hej

Min søster og hendes kone skal giftes på Ishøj Rådhus i juni. Jeg vil gerne overraske dem med dekorationer i vielseslokalet. Må man det?

Mvh
Anna
""")

M("s", """
Hej

jeg er homo og min kæreste bor i sverige. kan han få en gæstekort til biblioteket selvom han ikke har cpr? 

mvh Christoffer
""")

M("s", """
Hej

Vi er en regnbuefamilie med to mødre og to børn. I invitationen til skolestart står der "kære mor og far". Det er en lille ting, men det gør ondt på vores børn. Vil I rette jeres skabeloner?

Mange hilsner
Birgitte og Maja
""")

M("s", """
Kære borgmester

Min mand Carsten og jeg har boet i Ishøj i 35 år. Vi vil gerne takke for regnbueflaget på rådhuset i Pride-ugen. Det betyder meget for to gamle mænd som os.

Med venlig hilsen
Leif Holm
""")

M("s", """
Hej

Jeg er en bi kvinde og vil gerne stille op som frivillig i Ungdomsskolens klub for LGBT+-unge. Skal jeg bruge en børneattest?

Venlig hilsen
Maja Iversen
""")

M("s", """
Hej

Jeg har boet sammen med min partner Lars i 12 år, og nu er han død. Vi var ikke gift. Hans familie anerkender ikke vores forhold og vil tømme lejligheden. Jeg står på lejekontrakten. Kan kommunen hjælpe med noget?

Med venlig hilsen
Bjarne Dahl
""")
