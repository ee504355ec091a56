"""corpus81 part H: long letters, chains and the last mix of carers, guardians and negatives."""
from common import M

M("hepu", """
Kære borgmester

Jeg skriver til dig, fordi jeg ikke ved hvor jeg ellers skal gå hen, og fordi min far altid
har sagt at man skal gå til toppen, når ingen andre lytter.

Min far, Erik Vang, er 86. Han var murer og var i 3F i over 50 år, og han har betalt sin
skat og passet sit. For to år siden fik han Alzheimers. Min mor har passet ham derhjemme
med hjemmepleje morgen og aften, men hun er selv 83 og har ikke sovet en hel nat i et
halvt år. Far blev visiteret til plejebolig i august. Han står stadig på ventelisten.

Samtidig har vi sat deres hus på Brombærvej til salg, fordi mor ikke kan blive boende
alene med haven og trapperne. Der har været en køber, som sprang fra, og nu kommer der en
ny i næste uge. Hvis huset bliver solgt før far får en plads, ved vi ikke hvor de to skal
bo.

Jeg beder ikke om at springe køen over. Jeg beder om at nogen fortæller os hvor langt
nede på listen han er, og hvad vi skal gøre, hvis handlen går i orden før.

Med venlig hilsen
Anne-Grethe Vang Nielsen
""")

M("", """
Til hovedpostkassen

Borgmesterens PA har kvitteret. Sendes til Center for Voksne og Velfærd til besvarelse.

-----Oprindelig meddelelse-----
Fra: Poul Thygesen
Sendt: 18. november 2026 10:22
Til: Borgmesteren
Emne: ventelister

Hvor mange venter på en plejebolig i Ishøj, og hvor lang er ventetiden i gennemsnit?
Jeg synes kommunen skulle offentliggøre tallet hver måned.
Poul Thygesen
""")

M("se", """
Til Plejecenter Vejleåparken

Min svoger Jens og hans mand Erik har været sammen i 40 år. Erik er flyttet ind hos jer i
oktober, og Jens kommer hver dag. Jens er ked af at personalet omtaler ham som "Eriks
ven". De er gift. Kan I skrive det ind, så alle ved det?

Venlig hilsen
Birgit Laursen
""")

M("be", """
Til Plejecenter Torslundehus

Min far er medlem af Indre Mission og har aldrig drukket en dråbe. Han bor hos jer nu og
er blevet ked af, at der bliver serveret snaps ved fredagsbaren i fællesstuen lige ved
hans dør. Kan han få maden på sin stue de dage?

Venlig hilsen
Kristian Mølgaard
""")

M("t", """
Til Borgerservice

Min mor, Nguyen Thi Mai, [[120352-2284]], er født i Vietnam og har et gammelt pas, der er
udløbet. Hun skal have nyt dansk pas til en rejse til Hanoi i marts. Hun taler kun
vietnamesisk, så jeg kommer med. Skal vi bestille tid?

Venlig hilsen
Linh Pedersen
""")

M("ue", """
Til Madservice Ishøj

Jeg er selv tillidsrepræsentant for Dansk Sygeplejeråd på Glostrup, så jeg ved godt at det
er svært at få enderne til at mødes i det offentlige. Men min fars madordning er nu
kommet for sent fem gange i november. Han sidder og venter med tallerkenen fremme. Kan I
give ham et fast tidsrum?

Med venlig hilsen
Trine Bach
""")

M("", """
Hej

Jeg har bestilt Flextur til min mors 90-års fødselsdag, abonnementsnr. 2312570087. Kan man
bestille en tur til seks personer i samme bil, eller skal det være flere bestillinger?

Mvh Bente
""")

M("", """
Hej

Vi er en gruppe fra handelsstandsforeningen i Ishøj Bycenter. Har kommunen materiale om
hvordan butikker kan blive mere demensvenlige, fx kurser for ekspedienter? Vi vil gerne
være med.

Venlig hilsen
Kim Ravn, formand
""")

M("p", """
Til Ishøj Kommune, Byg og Miljø

Mine forældre har aftalt at sælge deres hus på Tranevej til min lillesøster og hendes
familie. Skødet er ikke skrevet under endnu, og advokaten spørger om der er verserende
sager om træet i forhaven, som naboen har klaget over. Kan I sige noget om det?

Venlig hilsen
Peter Holmgaard
""")

M("sh", """
hej

jeg er biseksuel og bor sammen med min kæreste Sara (jeg er selv kvinde, hvis det er
relevant). min mor har fået konstateret kræft i tyktarmen og skal opereres i januar.
Sara vil gerne køre hende til kontrol, men mor er bange for at det er et problem at hun
ikke er familie. kan Sara stå som kontaktperson hos kommunen?

vh Maja
""")

M("te", """
Til Pension og Boligstøtte

Min far er fra Marokko og har boet i Ishøj i 45 år. Han får boligstøtte, men brevet om
den nye beregning er kommet i e-Boks, som han ikke kan åbne. Kan det sendes som brev til
hans adresse?

Tak
Youssef
""")

M("", """
Hej

Hvordan afmelder man hjemmeplejen og madordningen, når en borger er død? Sker det
automatisk, eller skal de pårørende gøre noget? Jeg spørger til en pårørendefolder vi
skriver i ældrerådet.

Venlig hilsen
Inger Bro
""")

M("bue", """
Kære Bjarne Lund, byrådsmedlem for SF

Som SF'er og FOA-medlem gennem 30 år vil jeg bede dig tage plejecentrenes aftenvagter op
i udvalget. Min mor bor på Ishøjhus, og fra kl. 22 er der én medarbejder til to gange.
Hun har ringet på klokken i 40 minutter uden at nogen kom.

Hilsen Gitte Svendsen
""")

M("he", """
Til Center for Voksne og Velfærd

Min morbror Arne Hald, [[040558–1649]], har ALS og er nu lam i begge ben. Han bor alene
og har ingen børn. Vi har søgt om BPA til ham i september. Han har fået hjemmepleje i
mellemtiden, men de kommer kun fire gange om dagen, og han kan ikke selv ringe. Hvornår
kommer der en afgørelse?

Med venlig hilsen
Lasse Hald (nevø, fuldmagt vedhæftet)
""")

M("", """
Hello,

What does it cost to stay in respite care (aflastning) per day in Ishøj, and is food
included? I am comparing municipalities for an article about elder care.

Best regards,
Karen Doyle, freelance journalist
""")

M("sp", """
Til Ishøj Kommune, Byg

Min mand Ali og jeg har budt på min mosters andelslejlighed på Vejleåvej, og foreningen
har godkendt os som købere. Overdragelsen er ikke på plads, fordi vurderingsmanden skal
se på køkkenet. Må man flytte en bærende væg i de lejligheder?

Venlig hilsen
Stefan Krogh
""")

M("he", """
Til Socialrådgiveren, Voksenhandicap

Min søn Jakob har en udviklingshæmning og har fået ny værge, efter at min mand døde i
foråret. Værgen er en advokat, som vi ikke kender. Jeg vil gerne vide, om jeg stadig kan
deltage i møderne om hans bostøtte.

Venlig hilsen
Jette Kruse
""")

M("", """
Hej

Hvad koster det, hvis man mister nøglen til en nøgleboks, som hjemmeplejen har sat op?
Betaler man selv for en ny lås?

Mvh Søren
""")

M("u", """
Kære borgmester

Min mor fylder 90 den 3. januar. Hun var medlem af Kvindeligt Arbejderforbund i 30 år og
stod på fabrikken i Hvidovre til hun var 65. Hun ville blive så glad for en hilsen fra
borgmesteren. Kan det lade sig gøre?

Venlig hilsen
Henrik Jeppesen
""")

M("be", """
Til Visitationen

Min far er syvendedags-adventist og holder sabbat fra fredag aften til lørdag aften. I har
sat besøget om hans ansøgning om hjemmehjælp til lørdag kl. 10. Kan det flyttes til en
hverdag?

Venlig hilsen
Ruth Jessen
""")

M("", """
Hej

Kan man få hjælp til at søge om en plejebolig, hvis man ikke har nogen pårørende? Hvem i
kommunen hjælper så med papirerne? Jeg spørger på vegne af vores seniorklub.

Mvh Lis Kofoed
""")

M("s", """
Til Center for Børn og Forebyggelse

Min mand Jonas og jeg er godkendt som adoptanter og venter på et barn. Vi skal bruge en
attest fra kommunen til adoptionsformidlingen. Vores cpr-numre er:

Mikkel Dahl [[280984-1137]]
Jonas Dahl [[110286-2219]]

Venlig hilsen
Mikkel Dahl
""")

M("h", """
Til Sundhedsplejen

Min datter Sofie mistede sin baby i uge 18 i sidste uge. Hun har fået et brev om at
sundhedsplejersken kommer på besøg i februar. Kan besøget aflyses, uden at hun skal ringe
og forklare det? Hun kan ikke overskue det.

Kærlig hilsen
Anette, mor til Sofie
""")

M("te", """
Hej

Min svigerfar taler kun somali. Når hjemmeplejen ringer, lægger han på. Kan I ringe til
min mand i stedet? Han hedder Abdirahman, tlf. 52 19 44 80.

Vh Hanne
""")

M("", """
Hej

Mit medlemsnummer i Ældre Sagen er 0610451137. Får man som medlem rabat på
pensionistkortet til bussen i Ishøj, eller gælder det kun hos Ældre Sagen selv?

Mvh Ejner
""")

M("pe", """
Hej

Min mor har fået afslag på en ældrebolig, fordi hun "ikke har et særligt behov". Hun har
allerede sat sin lejlighed til salg og har en køber, der vil overtage til april. Hvor skal
hun bo? Vi vil gerne klage over afslaget.

Venlig hilsen
Mona Juhl
""")

M("sbe", """
Kære formand for Ældreudvalget

Min kone og jeg er begge medlemmer af Alternativet, og vi vil gerne tale ved borgermødet
om plejeboliger den 2. december. Vores to mødre har ventet på en plejebolig i henholdsvis
fem og syv måneder. Hvordan melder man sig som taler?

Venlig hilsen
Ida Bruun
""")

M("tu", """
Hej

Jeg er polsk og har boet i Ishøj i 12 år. Jeg er medlem af 3F. Min mor bor alene i Polen og
er blevet gammel. Kan hun flytte til mig og få hjemmehjælp her, eller skal hun have boet
her et stykke tid først?

Mvh Marek Nowak
""")

M("", """
Hej. Hvad er åbningstiden for Hjælpemiddeldepotet i december? Mvh Gerda
""")

M("e", """
Til Center for Børn og Forebyggelse

Min søn Mathias på 17 er anbragt på et opholdssted på Fyn. Han har fået lov at komme hjem
til jul, men ingen har fortalt mig hvem der betaler toget. Kan jeres sagsbehandler ringe
til mig?

Venlig hilsen
Louise Hansen
""")

M("h", """
Til Ishøj Kommune, Seniorrejser

Min mor er blevet indlagt med lungebetændelse og kan ikke komme med på seniorturen til
Møns Klint på torsdag. Kan hun få pengene tilbage?

Venlig hilsen
Torben Holst
""")

M("bt", """
Til Ishøj Kirkegård

Min mor er alevit fra Tyrkiet og ønsker at blive begravet med ansigtet mod øst. Hun er
82 og vil gerne have det ordnet nu. Kan man købe et gravsted på den del af kirkegården,
der er for andre trossamfund?

Venlig hilsen
Deniz Aksoy
""")

M("", """
Hej

Hvilke foreninger eller netværk for LGBT+-seniorer findes der i Ishøj eller omegnen? Jeg
skriver en artikel til beboerbladet om ensomhed blandt ældre.

Mvh Anja Lund
""")

M("pe", """
Til Ishøj Kommune, Ejendomsskat

Min far, Kaj Eriksen, [[250936 1318]], har gæld til kommunen i ejendomsskat og vandafgift,
og nu er der berammet tvangsauktion over hans hus. Vi børn vil forsøge at sælge det
i fri handel først. Kan kommunen vente med auktionen, hvis vi viser en salgsaftale?

Venlig hilsen
Lone Eriksen
""")

M("u", """
Hej

Jeg meldte mig ud af HK sidste år efter 30 års medlemskab. Nu savner jeg seniorklubben.
Kan man være med i kommunens seniorklub på rådhuset, selv om man aldrig har arbejdet i
kommunen?

Mvh Ellen
""")

M("", """
Hej

Min mor fylder 100 år den 12. februar. Sender borgmesteren et lykønskningskort, eller
skal man bede om det? Hun bor på Vejleåvej.

Mvh Hans
""")

M("sh", """
Til Sundhedsplejen

Min datter Nanna og hendes kone Julie venter tvillinger til april. Nanna er gravid og har
fået at vide at hun skal ligge meget ned. Kan sundhedsplejersken komme hjem til dem før
fødslen, da hun ikke kan køre?

Venlig hilsen
Karin Østergaard
""")

M("he", """
Hej

Min mor har fået en ny knæ og er kommet hjem fra hospitalet. Hun er bevilget madordning og
hjemmehjælp i fire uger, men maden er ikke kommet i dag, og hun kan ikke selv gå ud og
handle. Kan I tjekke?

Vh Martin Skov
""")

M("", """
Hej

Kan man være kontaktperson for to forskellige borgere i hjemmeplejen, fx for både en
forælder og en svigerforælder? Eller skal man vælge?

Mvh Jesper
""")

M("sbte", """
Til Dagcentret

Min mand Kristian er jødisk og har Parkinsons. Han kommer hos jer to dage om ugen. Vi har
holdt sabbat hjemme hele livet, og han bliver forvirret, når han skal i dagcentret fredag
eftermiddag. Kan hans dage lægges tirsdag og torsdag i stedet?

Venlig hilsen
Bjørn Adler
""")

M("he", """
Til Jobcentret, Sygedagpenge

Min ven Hassan har fået et brev om at han skal betale 18.000 kr. i sygedagpenge tilbage,
fordi han arbejdede lidt under sin sygemelding. Han forstår ikke brevet og har givet mig
lov til at skrive. Kan han få en afdragsordning?

Venlig hilsen
Mikael
""")

M("", """
Hej

Hvor lang er sagsbehandlingstiden på en ansøgning om hjælpemidler for tiden? Jeg har
hørt både fire og tolv uger.

Mvh Rasmus
""")
