"""corpus34 part D: property trades not yet concluded, ethnicity and sexual orientation,
often together with a health or money circumstance in passing."""
from common import M

M("pe", """Hej Karsten
Vi har sat rækkehuset på Bredekærs Vænge til salg, fordi vi ikke kan klare ydelsen efter min fyring. Ejendomsmægleren siger at kommunens lokalplan for området bremser køberne. Kan du sige noget om hvornår den nye lokalplan kommer?
Mvh Lotte Friis""")

M("p", """Til Byudvikling. Vi har fået et bud på 3,1 mio. på vores hus på Engvej 14, men køberen tager forbehold for at kommunen godkender carporten. Kan vi få en ibrugtagningstilladelse hurtigt? Hilsen Jan og Mette Holst""")

M("ph", """Hej
Vi er ved at sælge min mors andelslejlighed på Vejleå Have, fordi hun er kommet på hospice. Andelsforeningen siger at kommunen skal godkende prisen pga. forbedringerne. Er det rigtigt?
Venlig hilsen Tine Vang""")

M("p", """Kære kommune, jeg har givet et bud på kolonihavehuset i Ishøj Haveforening, have 27, men foreningen siger at kommunen skal godkende salget. Hvor lang tid tager det? mvh Bjørn""")

M("p", """Hej Lars
Min nabo på Tranegårdsvej 20 har sat huset til salg, og der har været en køber fra et byggefirma. Ved du om kommunen har givet lov til at bygge flere boliger på grunden? Jeg vil gerne vide det før handlen går igennem.
Hilsen Ebbe""")

M("pe", """Kære borgerrådgiver
Vores hus skal på tvangsauktion i januar, fordi vi er kommet bagud med lånet. Vi har en køber, der vil betale lidt mere end auktionen, hvis kommunen kan frigive en tinglyst servitut. Hvem skal vi tale med?
Mvh Henrik og Lena Lykke""")

M("p", """Til Ejendomme. Vi vil gerne købe den kommunale byggegrund på Baldersbækvej 4. Vi har sendt et bud på 1,45 mio og venter på svar. Hvornår behandler udvalget det? Firmaet hedder Hansen & Søn ApS. Med venlig hilsen Morten Hansen""")

M("p", """hej, vi har lige underskrevet en betinget købsaftale på Ishøj Landsbyvej 33 med forbehold for at kommunen siger ok til at vi må lave tilbygning. kan I svare inden 14 dage? så er fristen ude. /Mads og Rie""")

M("pt", """Hej
Jeg er fra Polen og har boet i Ishøj i 11 år. Nu vil jeg gerne købe min lejlighed i Strandparken, når den bliver omdannet til ejerbolig. Er det sandt at man som udlænding ikke kan købe? Jeg har en forhåndsaftale med sælger.
Tomasz Wójcik""")

M("p", """Hej Sofie. Køberen af vores sommerhusgrund ved Tranegilde Strand er hoppet fra i sidste øjeblik, fordi han var bange for oversvømmelse. Har kommunen nogen planer for højvandssikring? Ellers bliver det svært at sælge. Kh Annelise""")

M("ps", """Hej
Min mand Thomas og jeg skal sælge vores hus på Gadekærvej for at flytte sammen i et større sted med hans søn. Vi har en køber, men der er problemer med et skel mod kommunens grønne areal. Kan nogen komme og måle op?
Venlig hilsen Christian Møller""")

M("p", """Kære Ishøj Kommune. Vi er i forhandling om at købe erhvervsgrunden på Industrivej 22 og overvejer at lave et vaskeri. Hvilke krav stiller kommunen til spildevand, før vi skriver under? Mvh Yusuf Aydın, Aydın Tekstilrens""")

M("p", """Vi har sat vores andel til salg, og foreningen har fået en køber. Nu siger køberen at han vil have afslag fordi kommunen har varslet nye fjernvarmerør gennem haven. Kan I bekræfte tidsplanen? Hilsen Ole Vester, A/B Pilehaven""")

M("pe", """Hej
Jeg er ved at sælge mit hus på Kærbyvej fordi jeg skal skilles. Min kommende eksmand vil ikke skrive under på salgsopstillingen. Kan kommunen gøre noget med ejendomsskatten i mellemtiden? Jeg kan ikke betale den alene.
Mvh Camilla Sejr""")

M("p", """Kære Teknik- og Miljøudvalg
Vores nabo har fået tilbudt at købe en del af det kommunale grønne areal bag vores huse. Vi vil gerne byde på den samme strimmel. Er den solgt endnu?
Med venlig hilsen
Bente og Flemming Krog, Søndre Vej 8""")

M("t", """Hej. Jeg er kurdisk og vil gerne have, at min fars gravsten på Ishøj Kirkegård står med både kurdisk og dansk skrift. Er det tilladt? Mvh Roj Mahmoud""")

M("t", """Til Center for Børn og Forebyggelse
Vores søn bliver kaldt "sorte abe" af nogle større drenge i SFO'en. Vi har talt med pædagogerne, men det fortsætter. Vi vil have at kommunen gør noget.
Med venlig hilsen
Comfort og Lars Mikkelsen""")

M("th", """Hej, jeg er fra Eritrea og kom til Danmark som flygtning i 2015. Jeg har fået PTSD-diagnose og vil gerne have en tolk ved mit møde hos lægen i Sundhedshuset. Hvem betaler? Mvh Selam""")

M("t", """Kære Ishøj Kommune. Jeg er af tyrkisk afstamning og føler mig forskelsbehandlet i boligtildelingen. Min danske kollega fik en lejlighed hurtigere end mig selv om vi blev skrevet op samme dag. /Serkan Demir""")

M("t", """hej. vi er en somalisk familie og vores datter vil gerne lære at svømme, men der er ingen pigehold. findes det i ishøj svømmehal? hilsen Hodan""")

M("te", """Hej
Min mor er fra Vietnam og taler ikke dansk. Hun har fået hjemmehjælp, men hjælperen forstår ikke, hvad hun siger. Kan man få tolk til visitationsmødet?
Venlig hilsen Linh Nguyen Hansen""")

M("t", """Til borgerrådgiveren. Jeg er grønlænder og blev mødt med nedsættende bemærkninger i Borgerservice i går, da jeg skulle hente mit pas. Jeg vil gerne klage. Naja Petersen""")

M("t", """Kære Jonas. Som polsk-dansk familie vil vi gerne foreslå, at biblioteket får flere polske børnebøger. Vores børn er tosprogede, og det ville hjælpe dem. Mvh Agnieszka og Søren""")

M("the", """Hej. Min far er romaer og har fået et slagtilfælde. Nogle af personalet på plejecentret har sagt ting om "sigøjnere" og det har gjort ham meget ked af det. Kan vi få en samtale med lederen? /Dragan""")

M("t", """Hej Karina
Jeg vil bare sige at det var dejligt at se flaget fra Bosnien ved Ishøj Kulturnat. Min familie flygtede fra krigen i 93, og jeg bliver stadig rørt.
Amra""")

M("te", """Kære borgmester, jeg er palæstinenser og har været ledig i 8 måneder. Jeg søger arbejde men jeg får ingen svar. Jeg tror det er pga min baggrund. Kan kommunen hjælpe med netværk? Med venlig hilsen Khaled Saleh""")

M("t", """Hej. Jeg er adopteret fra Colombia og vil gerne vide, om kommunen stadig har mine adoptionspapirer fra 1989. Mvh Daniela Krogh, [[140389-2150]]""")

M("t", """Til Center for Beskæftigelse. Jeg er fra Ukraine og fik opholdstilladelse i 2022. Mit danskkursus slutter snart, og jeg vil gerne vide hvilket modul jeg skal fortsætte med. Olena K.""")

M("t", """Kære Ishøj Kommune
Jeg er af pakistansk oprindelse, og jeg vil gerne have lov til at lave et kulturmarked på Ishøj Torv. Kan man søge om tilladelse til det?
Mvh Imran Shah""")

M("ts", """Hej Mette
Jeg er en homoseksuel mand med iransk baggrund, og jeg er bange for at min familie finder ud af hvor jeg bor. Kan man få adressebeskyttelse via kommunen?
Venlig hilsen
(anonym)""")

M("s", """Hej. Min kone Maja og jeg vil gerne vide, om vi begge kan stå som forældre på vuggestuepladsen, selv om det kun er mig, der har født. Vi er gift. Mvh Sarah Lund""")

M("s", """Til Kultur og Fritid. Jeg er biseksuel og har længe savnet et mødested for LGBT+-unge i Ishøj. Kan kommunen støtte en sådan klub i Ungdomshuset? /Mathias, 19""")

M("s", """Hej Rikke, tak for at du stemte for regnbueflaget på rådhuset. Min mand Anders og jeg blev meget glade, da vi så det fra vinduet. Kh Jesper""")

M("s", """Kære Center for Børn og Forebyggelse
Vi er to fædre, der er ved at blive godkendt som plejefamilie. Vores sagsbehandler har ikke ringet i fire uger. Hvad er status?
Hilsen Mikael og Rune Bendtsen""")

M("s", """hej. jeg er lesbisk og vil gerne melde mig til den nye ældreklub men de andre damer snakker kun om deres mænd og børnebørn. er der et andet tilbud? hilsen Aase 71 år""")

M("sh", """Hej
Min kone Tina og jeg venter vores første barn i april (hun er gravid). Skal jeg som medmor selv søge om noget hos kommunen for at blive registreret?
Mvh Lene Vind""")

M("s", """Til borgerrådgiveren
Jeg vil klage over en medarbejder i jobcentret, der spurgte om jeg "var sikker på" at jeg var bøsse, da jeg nævnte min kæreste Oliver. Det føltes ydmygende.
Morten""")

M("s", """Kære byråd. Vi er en regnbuefamilie med to mødre og tre børn. Vi vil gerne foreslå at blanketterne i Aula skifter "mor" og "far" ud med "forælder 1" og "forælder 2". Venlig hilsen Helle og Birgitte Sand""")

M("s", """Hej. Min kæreste Nikolaj og jeg er to mænd der gerne vil søge om at blive aflastningsfamilie. Vi har begge fast arbejde. Er der krav om at man er gift? /Emil""")

M("s", """Hej Søren
Jeg kommer gerne til nytårskuren, men jeg tager min mand Kristoffer med, hvis det er ok. Han har aldrig været på rådhuset.
Mvh Asger""")

M("s", """Til Ishøj Bibliotek. Tak for jeres udstilling om queer historie. Som pansexuel teenager betød det meget at se. Kan den blive længere? /Alex, 16""")

M("sh", """Hej. Jeg er transkvinde og lesbisk, og jeg er i hormonbehandling. Jeg ønsker at skifte navn i kommunens systemer og i Aula for min datter. Hvem kan hjælpe? Mvh Nora""")

M("s", """Kære dagplejen. Vores datter har to mødre, Julie og mig, så det ville være dejligt hvis kortet til mors dag også kunne laves til mig. Venlig hilsen Sanne Kirk""")

M("st", """Hej, jeg er homoseksuel og har syrisk baggrund. Jeg kom som flygtning i 2016. Jeg vil gerne være frivillig i LGBT-rådgivningen, hvis kommunen har sådan en. Mvh Rami""")

M("s", """Hej. Vi er et lesbisk par, der gerne vil leje en af de nye seniorboliger ved Ishøj Landsby. Står der noget om, at det kun er for ægtepar? Hilsen Gerda og Inge""")

M("s", """Til Kultur- og Fritidsudvalget. Jeg er asexual og har prøvet at finde fællesskaber, hvor det ikke handler om dating. Kunne Ungdomshuset have et neutralt spilleaftens-tilbud? /Freja, 17""")

M("sp", """Hej Lars
Min mand Jonas og jeg har lige givet bud på rækkehuset på Torsbjergvej 11. Sælger har accepteret med forbehold for advokatgennemgang. Vi vil gerne vide om der kommer fjernvarme i området?
Hilsen Frederik Nyholm""")

M("st", """Kære borgerrådgiver. Jeg er en bøsse fra Marokko og min lejer-nabo råber skældsord efter mig på trappen. Boligselskabet gør intet. Kan kommunen? Mvh Youssef""")

M("s", """hej! Min kæreste Ida og jeg (begge piger) vil gerne holde vores bryllup i rådhusets byrådssal. Hvordan booker man? knus Laura""")

M("sh", """Hej
Min mand Kenneth har fået konstateret parkinson. Vi er to mænd på 70 og vil gerne vide hvad kommunen kan hjælpe med, før det bliver værre.
Venlig hilsen
Per Skovbo""")

M("t", """Hej. Jeg er halvt thai og har fået at vide af en anden forælder til fodbold at "folk som dig" ikke skal være trænere. Klubben siger det er en privat sag. Hvad siger kommunen, når klubben låner kommunens baner? /Kasper""")

M("tb", """Kære Ishøj Kommune
Som jødisk familie vil vi gerne spørge, om man kan få kosher mad i vuggestuen, eller om vi selv skal have med.
Venlig hilsen Rebecca og David Levin""")

M("t", """Til Center for Voksne og Velfærd. Min mor er tamil fra Sri Lanka og hun vil meget gerne på et plejecenter, hvor der er andre der taler tamil. Findes der noget? Hilsen Priya""")

M("t", """Hej Dorte, jeg er sort dansker og er træt af at blive stoppet af vagterne i Bycentret hver gang jeg går ind. Kan kommunen tage det op med centret? Mvh Samuel Owusu""")

M("te", """Hej, jeg er kommet som kvoteflygtning fra Congo for 3 mdr siden og bor i en midlertidig bolig. Jeg har fået integrationsydelse men ikke nok til vinterjakker til børnene. Kan I hjælpe? Mvh Bahati""")

M("t", """Kære Mette
Jeg er samisk af min mors side og vil gerne holde et lille foredrag på biblioteket om samisk kultur. Hvem skal jeg skrive til?
Hilsen Ellen Johansen""")

M("t", """Til Ishøj Kommune. Min nabo i nr. 12 er fra Libanon, og han bliver chikaneret af nogle unge, der skriver racistiske ting på hans dør. Jeg vil gerne anmelde det. Hvem kan jeg kontakte? Mvh Torben""")

M("pt", """Hej
Jeg er fra Irak og har købt en grund på Baldersbækvej med forbehold for byggetilladelse. Handlen er ikke endelig. Kan I se på mine tegninger?
Hilsen Ali Jabbar""")

M("p", """Kære Karsten. Vi har fået et købstilbud fra en investor på vores rækkehus i Gildbro Vænge, men han vil leje det ud til mange personer. Må han det ifølge lokalplanen? Vi har ikke sagt ja endnu. /Hanne og Ib""")

M("ph", """Hej
Jeg er nødt til at sælge min lejlighed på Ishøj Stationsvej, fordi jeg ikke kan klare trapperne efter min lungesygdom. Ejendomsmægleren spørger om der er planer om elevator. Har I hørt noget?
Mvh Tove Hjorth""")

M("p", """Hej, vi sælger vores hus i Torslunde og køberen skal have en erklæring om, at der ikke er kommunale påbud om kloakken. Hvem skriver den? Salget skal være på plads inden 1. februar. Med venlig hilsen Birgit Hessellund""")

M("pe", """Til Byudvikling
Vores bank har bedt os sælge huset på Vildtbanevej, fordi vi er i restance med lånet. En køber har budt, men han vil vide om der kommer en ny vej bag huset. Hvad er planen?
Henning Schou""")

M("p", """Kære Ishøj Kommune. Jeg har en køber til min frisørsalon og lokalet på Ishøj Torv 5, men han vil gerne ændre det til en café. Kræver det ny tilladelse? Handlen afhænger af det. Mvh Lisa Dahl""")

M("p", """Hej Kim. Vores forening skal sælge klubhuset på Vejleå Strand, og en privat har budt. Vi venter på at høre om kommunen vil bruge sin forkøbsret. Hvornår får vi svar? Mvh bestyrelsen, Sejlklubben Vejleå""")
