"""corpus37 part D: property trades not yet concluded, ethnicity and origin; concluded trades, public figures and statistics as negatives."""
from common import M

M("p", """Hej Teknik og Miljø

Vi har sat vores rækkehus på Ishøj Landsby 17 til salg, og en køber har budt, men ejendomsmægleren mangler en ibrugtagningstilladelse til udestuen fra 2009. Kan I finde den hurtigt? Ellers springer køberen fra.

Venlig hilsen
Per og Anne Kjeldgaard""")

M("", """Hej Teknik og Miljø. Vi solgte vores rækkehus på Ishøj Landsby 17 sidste år, og handlen er helt afsluttet. Nu spørger den nye ejer efter tegninger til udestuen – har I dem? Venlig hilsen Per Kjeldgaard""")

M("p", """hej, vi har fået et bud på vores andel i Strandgårdsparken men bestyrelsen siger vi skal have kommunens godkendelse af prisen på forbedringer. hvor lang tid tager det? køberne vil gerne flytte ind 1/3. mvh Louise""")

M("pe", """Kære borgmester

Banken har sagt, at huset på Tranegilde Strandvej 64 kommer på tvangsauktion i januar, hvis vi ikke får solgt det inden. Jeg har været ledig i et år. Vi har en køber, men han mangler finansiering. Kan kommunen give henstand med ejendomsskatten?

Med venlig hilsen
Jan Brogaard
[[210968-1531]]""")

M("", """Kære borgmester. Hvor mange tvangsauktioner har der været i Ishøj i år i forhold til sidste år? Med venlig hilsen Jan, lokalavisen""")

M("p", """Til Byggesag. Vi er ved at købe Gildbrovej 29 og har en købsaftale med forbehold for advokatgodkendelse. Er der nogen verserende sager om ulovligt byggeri på ejendommen? Mvh Lise Andersen""")

M("", """Til Byggesag. Hvordan kan jeg se, om der er verserende byggesager på en ejendom, før man køber? Mvh Lise Andersen""")

M("p", """Hej. Naboens hus på Pilemøllevej 22 er sat til salg, og der har været fremvisninger hele weekenden. Mægleren skriver i salgsopstillingen at "grunden kan udstykkes". Det har vi aldrig hørt om. Passer det? Mvh Jens Vinther, nr. 24""")

M("p", """Hej Ishøj Kommune. Jeg vil gerne byde på en af jeres storparceller i Ishøj Landsby Syd. Jeg kan byde 1.850.000 kr. Hvor sender jeg mit bud? Med venlig hilsen Kim Hansen""")

M("", """Hej Ishøj Kommune. Hvornår sætter I storparcellerne i Ishøj Landsby Syd til salg, og til hvilken pris? Med venlig hilsen Kim Hansen""")

M("ps", """Hej. Min mand Lasse og jeg har solgt vores lejlighed i København og er ved at købe et hus på Vejlebrovej, men købsaftalen er ikke underskrevet endnu. Vi vil høre om skoledistrikt. Hilsen Mads Egholm""")

M("p", """Til Kultur og Fritid

Jeg vil sælge mit kolonihavehus i Haveforeningen Ishøjgård, og en køber har trukket sit tilbud, fordi hun hørte at kommunen vil opsige lejekontrakten. Er det sandt?

Venlig hilsen
Ruth Pedersen, have 41""")

M("", """Til Kultur og Fritid. Hvornår udløber kommunens lejekontrakt med Haveforeningen Ishøjgård? Venlig hilsen bestyrelsen""")

M("pu", """Hej Pia. Vi er nogle stykker i 3F der går sammen om at byde på den gamle kiosk på Ishøj Strandvej 90 og lave foreningslokale. Vi har lagt et bud via mægleren. Hvad skal der til med lokalplanen? Hilsen Kurt""")

M("p", """Hej. Køberen af mit hus på Ishøj Landsby 8 forlanger afslag, fordi kommunens vejbump står lige foran. Handlen er ikke endelig. Kan I flytte bumpet?? Mvh Rikke""")

M("pe", """Kære Ole. Min mor skal på plejehjem, og vi skal sælge hendes lejlighed i Ishøj Bycenter for at betale. Vi har et bud på 1,4 mio., men mægleren mener vi skal vente. Hvad gør andre i den situation? Mvh Henrik Birk""")

M("", """Hvornår er det nye byggeri ved Ishøj Station færdigt, og hvad koster lejlighederne? Mvh Niels""")

M("", """Jeg læste at Ishøj Kommune har solgt grunden ved Ishøj Havn til en developer. Hvad skal der bygges? Mvh Gunnar""")

M("te", """Hej. Jeg er født i Tyrkiet og kom hertil som barn. Mine forældre taler ikke dansk, og de skal til samtale om hjemmehjælp. Kan der komme en tolk? Mvh Ayse Yilmaz""")

M("te", """Hej. Min mor og far er fra Somalia og taler ikke dansk. De skal til samtale om hjemmehjælp på tirsdag. Kan der komme en somalisk tolk? Mvh Fadumo""")

M("", """Hej. Hvordan bestiller man tolk til en samtale i kommunen, og hvilke sprog har I? Mvh Fadumo""")

M("t", """Til skolen. Min søn blev kaldt "perker" af en lærer i frikvarteret. Vi er fra Irak. Jeg vil have en forklaring. Abbas Jaber""")

M("t", """Kære byrådsmedlem

Jeg er grønlænder og har boet i Ishøj i 30 år. Jeg synes ikke kommunen gør nok for grønlændere i byen.

Hilsen Naja Petersen""")

M("", """Kære byrådsmedlem. Hvor mange grønlændere bor der i Ishøj, og har kommunen en særlig indsats for dem? Hilsen Naja""")

M("ts", """Hej. Min mand Tomasz og jeg er begge polske og vil gerne melde os til danskundervisning om aftenen. Jeg hedder Piotr. Har I hold? Mvh Piotr Nowak""")

M("t", """Hej. Vi er en polsk familie og vil gerne melde os til danskundervisning om aftenen. Har I hold? Mvh Piotr Nowak""")

M("", """Hej. Har sprogcentret hold om aftenen i polsk-dansk? Mvh Piotr Nowak""")

M("t", """Kære borgmester. Min datter er adopteret fra Etiopien, og hun bliver drillet med sin hudfarve på skolen. Lærerne gør ingenting. Venlig hilsen Lene Moos""")

M("t", """Hej. Jeg kom til Danmark som flygtning fra Syrien i 2015 og har nu fået statsborgerskab. Skal jeg gøre noget for at kunne stemme til kommunalvalget? Mvh Omar Khalil""")

M("tb", """Hej. Jeg kom til Danmark som flygtning fra Syrien i 2015 og stiller op til kommunalvalget for Konservative. Hvordan skaffer jeg stillere? Mvh Omar Khalil""")

M("", """Hej. Hvor mange stillere skal man have for at stille op til kommunalvalget i Ishøj? Mvh Omar""")

M("t", """hej jeg er halvt pakistansk halvt dansk og vil gerne være frivillig i lektiecaféen. har i brug for folk der taler urdu? /Sana""")

M("", """Taler nogen i lektiecaféen urdu eller arabisk? Mvh Nadia""")

M("t", """Til Borgerservice. Jeg er kurder fra Iran og hedder Shirin. I har skrevet "iransk" som sprog i mit sagsark, men jeg taler kurdisk. Kan I rette det? [[020283-3344]]""")

M("", """Til Borgerservice. Jeg hedder Shirin og har fået et nyt telefonnummer: 31 42 77 09. Kan I rette det i mit sagsark? Tak""")

M("te", """Hej Ydelsesservice. Jeg er romaer og er blevet nægtet hjælp til depositum, fordi "I flytter jo alligevel". Det føler jeg er diskrimination. Mvh Milan Stojanović""")

M("the", """Kære Borgerrådgiver

Min far er tamil fra Sri Lanka og har fået demens. Plejepersonalet taler kun dansk til ham, og han har glemt sit danske. Han er meget bange.

Mvh
Kavitha Rajan""")

M("", """I Ishøj bor der borgere fra over 100 nationer. Det synes jeg kommunen skal fejre mere, f.eks. med en kulturfestival. Mvh Grete""")

M("", """Er det rigtigt at 40 procent af Ishøjs borgere har anden etnisk baggrund end dansk? Hvor kommer tallet fra? Mvh en undrende borger""")

M("t", """Hej, jeg er tysker og mindretalsdansker fra Sønderjylland, haha, nej seriøst: jeg er fra Flensborg og er en del af det danske mindretal. Kan min søn få modersmålsundervisning i tysk? Mvh Jörg Hansen""")

M("ts", """Kære Nanna. Mig og min kone Leila, der er fra Libanon, vil gerne sige tak for hjælpen med familiesammenføringen. Jeg hedder Line. Vi glæder os til at bo sammen på Vejlebrovej. Knus Line""")

M("t", """Hej Ishøj Kommune. Min mand er fra Marokko og kan ikke få lov at åbne en konto i banken uden dansk ID. Kan Borgerservice hjælpe? Hilsen Mette Olsen""")

M("", """Hej Ishøj Kommune. Min mand kan ikke åbne en konto i banken, fordi hans MitID er udløbet. Kan Borgerservice hjælpe? Hilsen Mette Olsen""")

M("tb", """Hej. Vi er en eritreisk-ortodoks familie og vil gerne låne en kirke eller sal til vores påskefest, som ligger en uge efter den danske. Mvh Yonas""")

M("", """Hvorfor ligger den ortodokse påske en anden dato end den danske? Biblioteket burde have en udstilling om det. Mvh Inge""")

M("t", """Min nabo råber "sorte svin" efter min søn hver morgen. Vi er fra Ghana. Jeg har talt med politiet, men kan boligselskabet og kommunen ikke gøre noget? Kwame, Gildbrovej 19""")

M("", """Min nabo råber efter børnene i opgangen hver morgen. Kan boligselskabet og kommunen ikke gøre noget? Kwame, Gildbrovej 19""")

M("tp", """Til Teknik og Miljø

Vi er en vietnamesisk familie og er ved at købe restauranten på Ishøj Bygade 6. Sælger vil have accept inden fredag. Kan vi få lov at sætte en emhætte op på taget?

Med venlig hilsen
Nguyen Van Long""")

M("", """Kan man få lov at sætte en emhætte op på taget af en restaurant på Ishøj Bygade? Hvilke regler gælder? Mvh Ishøj Bygade Grundejerforening""")

M("t", """Hej. Jeg er ukrainer og kom i 2022. Min søn skal starte på Ishøj Skole, men han mangler sine papirer. Hvad gør vi? Olena Kovalenko""")

M("", """Statsministeren har sagt at alle ukrainere skal kunne blive. Hvad betyder det for Ishøj? Vh Finn""")

M("pt", """Hej. Jeg er født i Bosnien og ejer en grund på Ishøj Landsby 44, som jeg er ved at sælge til min fætter, men vi er ikke enige om prisen endnu. Skal kommunen godkende noget? Hilsen Edin Hodžić""")
