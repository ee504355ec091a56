from common import M

M("e", """Hej,

Jeg har fået en udkaldelse fra fogedretten. Det drejer sig om en gammel gæld til SKAT på 61.000. Jeg er lige kommet i job igen og vil gerne betale, men ikke alt på én gang. Mit CPR: [[140779–1386]].

Mvh Nikolaj Brix""")

M("h", """Kære Sundhedsplejen, vores lille Alma på 4 mdr. har haft blod i afføringen to gange, og vores læge henviste os til børneafdelingen på Hvidovre hvor de siger det kan være komælksallergi. Skal vi stoppe med Nan-erstatningen? Kan sundhedsplejersken komme forbi? [[061225-5123]]

Mvh Julie og Rasmus""")

M("ht", """Hej, min svigermor fra Vietnam bor hos os og har fået tuberkulose. Hun taler kun vietnamesisk. Lungeklinikken på Bispebjerg har givet hende 6 måneders pillekur, men hun forstår ikke sedlen. Kan kommunen hjælpe med tolk til sygeplejersken?

Hendes cpr er [[010352–3384]]

Hilsen Lars Pham""")

M("", """Hej, jeg var på biblioteket og læste en bog om tuberkuloseepidemien i København i 1900-tallet. Har Ishøj Lokalhistoriske Arkiv noget om sanatorier på Vestegnen?""")

M("ep", """Kære borgmester

Banken har sagt op på vores lån og huset på Gadekærsvej 19 skal på tvangsauktion den 18. november hvis vi ikke har solgt inden. Vi har en køber på, men han mangler en bankgodkendelse. Kan kommunen udsætte inddrivelsen af ejendomsskatten på 18.000 kr til efter handlen?

Med venlig hilsen
Carsten og Pia Lykke
Carsten: [[280874 1091]]""")

M("", """Hvornår offentliggør retten listen over tvangsauktioner i Ishøj? Jeg er ejendomsinvestor og vil gerne holde øje.""")

M("sb", """Hej

Jeg er medlem af Ishøj Frikirke, og min mand Jakob og jeg har netop fået afslag fra præsten på at blive viet i kirken, fordi vi er to mænd. Kan vi så blive gift på rådhuset i stedet i juni?

Mvh Thomas Lindegaard""")

M("", """Hvilke trossamfund i Ishøj vier par af samme køn? Jeg er ved at skrive en bacheloropgave om vielsesret og kan ikke finde en oversigt.""")

M("ue", """Kære Ishøj Kommune

Vi er i strejke på Ishøj Rengøring ApS, og strejkekassen fra Serviceforbundet udbetaler først om tre uger. Jeg har ikke råd til huslejen til 1. Kan man søge om noget i mellemtiden?

Jonna Bjerre""")

M("", """Hej, vil Byrådet udtale sig om konflikten på Ishøj Rengøring ApS? Det er en skandale at en lokal virksomhed ikke vil have overenskomst.""")

M("e", """til kommunen

min søn (17) er blevet anbragt på et opholdssted i Roskilde efter en underretning fra skolen. jeg har aldrig set den underretning. har jeg ret til at se den? jeg er hans mor og har forældremyndigheden sammen med hans far.

mvh Tina Hjort, [[090281-2266]]""")

M("", """Hvor mange underretninger modtog Ishøj Kommune i 2025? Jeg har set et tal på over 900 i Politiken og det virker vildt højt.""")

M("tb", """Hej

Jeg hedder Abdi og er somalier. Min familie beder fem gange om dagen, og vi har spurgt om vores søn kan bede om eftermiddagen på skolen i et stille lokale. Lærerne siger nej. Hvem bestemmer det?

Abdi Warsame""")

M("", """Skal kommunale skoler stille et bederum til rådighed? Jeg har en holdning til det, men vil gerne vide hvad loven siger.""")

M("e", """Hej Jonas

Jeg er blevet skilt og min eksmand vil ikke lade mig se børnene. Sagen ligger hos Familieretshuset. Kan kommunen ikke gøre noget? Jeg har ikke set dem i 5 uger.

Sanne""")

M("", """Hvad er Familieretshusets sagsbehandlingstid i øjeblikket? Jeg er advokat og har flere klienter i Ishøj.""")

M("hb", """Kære Ishøj Kommune

Jeg er veganer af etiske grunde og har haft jernmangel i et år. Min læge har sagt at jeg skal have jerndrop på Amager Hospital en gang om måneden. Jeg arbejder i kantinen på rådhuset og må bede om fri de dage. Hvem skal jeg spørge?

Mvh Ida""")

M("", """Vil kommunens kantiner snart servere et veganske alternativ hver dag? Jeg er bare interesseret, spiser selv kød.""")

M("p", """hej, vi har skrevet under på købsaftalen på ejerlejligheden i Ishøj Strandpark men advokatforbeholdet udløber først på fredag. min advokat vil gerne se den lokalplan der gælder for altanerne. hvor finder vi den? [[1911901275]] – Patrick""")

M("", """Har kommunen solgt grunden ved det gamle rensningsanlæg? Der stod noget i referatet fra Byrådet, men det var uklart om handlen var endelig.""")

M("e", """Hej Mette (Socialudvalget)

Jeg er blevet løsladt fra Vestre Fængsel i sidste uge og har ingen bolig. Kriminalforsorgen sagde at kommunen skal hjælpe mig. Jeg har ringet til Jobcentret 5 gange. Kan du hjælpe?

Mvh Jimmi""")

M("", """Jeg er frivillig i Kirkens Korshær og vil gerne vide hvilket samarbejde kommunen har med Kriminalforsorgen om løsladte borgere. Hvem kan jeg tale med?""")

M("s", """Hi, vi er to mødre der lige har fået en søn. Medmor er mig, Line, og jeg har brug for at vide hvordan vi registrerer mig som medmor hos jer i Folkeregistret. Min kone hedder Sara.

Mvh Line Dam""")

M("", """Hvad betyder "medmor" juridisk? Min datter spurgte efter hun så et program på TV2 om regnbuefamilier.""")

M("hu", """Hej

Jeg har fået en arbejdsskade i mit arbejde som kranfører, og min fagforening Dansk El-Forbund har anmeldt den til AES. Jeg har brækket to ryghvirvler. Skal jeg også melde det til jer?

Mvh Kim Vedel
CPR: [[230368 1129]]""")

M("", """Er kommunen selv forsikret mod arbejdsskader på sine ansatte, eller bruger man et forsikringsselskab? Jeg er revisor og sidder med regnskabet for en lokal forening.""")

M("bt", """Hej

Jeg hedder Dawa og er tibetaner og buddhist. Vi er en lille gruppe der mediterer sammen hver søndag, og vi søger et lokale i Ishøj. Kan vi låne et rum på biblioteket?""")

M("", """Hvilke foreninger kan låne lokaler på Ishøj Bibliotek, og skal de være godkendt efter folkeoplysningsloven?""")

M("eh", """Hej,

Min søn Emil har autisme og har fået bevilget en støttekontaktperson, men hun er sagt op og der er ikke kommet en ny i tre måneder. Han bliver mere og mere isoleret.

Mvh Per Rasmussen, Rørvangsvej 8""")

M("", """Hvordan rekrutterer kommunen støttekontaktpersoner? Jeg er uddannet pædagog og vil gerne arbejde med det.""")

M("p", """Kære Byudvikling og Natur

Jeg er ejendomsmægler hos home Ishøj og har en køber til Baldersbækvej 26, men sælger og køber er endnu ikke enige om prisen. Køberen vil vide om der er givet dispensation til det skur der står i skel. Sælger er Else Damgaard, hun har givet mig lov at spørge.

Mvh Rune Holst""")

M("", """Hej. Hvor kan man se hvad et hus i Ishøj blev solgt for? Jeg skal sammenligne priser før vi sætter vores til salg næste år.""")

M("ub", """Kære Ishøj Kommune,

Som mangeårigt medlem af HK og Socialdemokratiet vil jeg protestere over at kommunen nu vil outsource lønbogholderiet. Jeg arbejder der selv og ved hvad det vil betyde.

Mvh Birthe Wulff""")

M("", """Jeg synes det er forkert at kommunen vil outsource lønbogholderiet. Hvorfor skal det være private der har alle vores oplysninger? Det er min holdning, og mange i vores boligforening er enige.""")

M("t", """hej, jeg er grønlænder og har boet i ishøj i 4 år. jeg vil gerne have mine børn indskrevet i en klasse hvor de også kan lære grønlandsk. findes det?

Nuka""")

M("", """Har Ishøj nogen grønlandsk forening? Jeg arbejder med grønlandske unge på Vestegnen.""")

M("h", """Hej, jeg har fået lavet en gastric bypass for et halvt år siden og skal nu have hjælp til at finde en diætist. Min læge siger at kommunen har et tilbud. Hvad hedder det?

Mvh Hanne Krag, [[110484-1036]]""")

M("", """Hvor mange i Ishøj har fået foretaget fedmeoperationer? Det er til en artikel i Sundhedsstyrelsens nyhedsbrev.""")

M("e", """Hej,

Jeg har fået en rykker fra Ishøj Kommune på daginstitutionsbetaling på 2.940 kr. Jeg har lige mistet mit job og sidder med tre regninger fra Nets der er afvist. Kan jeg få udsat betalingen en måned?

Venlig hilsen
Shila Amini""")

M("u", """Hej Ishøj Kommune

Jeg er lærer på Ishøj Skole og medlem af DLF. Jeg har snakket med min kreds og vi mener at planlægningen af arbejdstiden i år strider mod aftalen. Kan skolechefen svare?

Mvh Jesper Kirk""")

M("", """Hvordan er lærernes arbejdstid reguleret i Ishøj efter den nye aftale mellem KL og DLF? Jeg er forælder og spørger fordi mit barn har fået mange vikartimer.""")

M("ht", """Hej

Min far er fra Pakistan og har sukkersyge. Han er lige blevet amputeret på tåen. Han taler urdu og forstår ikke meget dansk. Han bor alene på Vejlegårdsvej 99. Kan I sende en sygeplejerske der kan urdu?

Mvh Asif Khan""")

M("e", """Hej Ishøj Kommune

Jeg har ansøgt om at komme på plejehjem, og visitationen har været ude hos mig på Ishøj Søvej. Hvor lang er ventelisten?

Hilsen Gerda Frost, [[060235-0112]]""")

M("", """Hvor lang er ventelisten til plejehjemspladser i Ishøj i gennemsnit? Det er til en sammenligning med andre kommuner på Vestegnen.""")

M("s", """Hej Pia,

Vi har lige flyttet ind på Tranegildevej, min mand Martin og jeg, og vores hund gør meget. Vi vil høre om der er en hundeskov i nærheden.

Mvh Jakob""")

M("p", """Kære Teknik- og Miljøudvalg

Vi har fået bud på vores kolonihavehus i H/F Strandhaven og skal have det godkendt i bestyrelsen. Men køberen vil vide om kommunen forlænger lejekontrakten efter 2030. Vi håber I kan svare før mødet på torsdag.

Mvh Lis og Ebbe Sandholm""")

M("", """Forlænger kommunen lejekontrakten med H/F Strandhaven efter 2030? Jeg er bare nysgerrig, har ingen have.""")
