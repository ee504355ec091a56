"""Part I: the trade in detail (tilstandsrapport, deponering, refusionsopgørelse, skæringsdag), farms, business sites and heirs; CPR numbers with no-break space or no separator."""
from common import M

M("p", """
Kære Kim Rasmussen, formand for Teknik- og Miljøudvalget

Vi har solgt vores parcelhus på Bredekærsvej 9 med overtagelse 1. november – troede vi. Nu har køberens advokat bremset det hele, fordi refusionsopgørelsen viser et kloakbidrag fra 2023, som vi aldrig har fået en regning på. Købesummen er deponeret, men frigives ikke, før det er afklaret. Vi har selv købt i Solrød og skal betale der om 10 dage.

Kan du få nogen i forsyningen til at se på det? Kundenummer 0811791420.

Med venlig hilsen
Kristine og Bo Lerche
""")

M("", """
Hej

Hvordan beregnes kloakbidraget i refusionsopgørelsen, når et hus skifter ejer midt i et kvartal? Jeg er advokatfuldmægtig og vil gerne kunne forklare mine klienter det.

Venlig hilsen
Sofie Krag, advokatfuldmægtig
""")

M("ph", """
hej

har et hus på Tranegildevej til salg og tilstandsrapporten er lige kommet – K3 på taget. køberen vil have 150.000 i afslag. jeg kan ikke selv lave noget pga min rygoperation i foråret så det skal ud til håndværkere. må man lægge nyt tag uden at søge?

/Michael
""")

M("", """
Hej

Kræver det byggetilladelse at udskifte tagbelægning med samme materiale? Vi er en boligforening med 40 rækkehuse.

Mvh
Grundejerforeningen Strandhaven
""")

M("e", """
Til borgerrådgiveren

Jeg var nødt til at sælge mit hus sidste år under tvang, og handlen er afsluttet. Men jeg sidder nu med en restgæld på 640.000 kr. og har fået afslag på boligstøtte til min nye lejlighed, fordi de regner med en indtægt jeg ikke har. Kan I se på sagen?

Mvh
Lennart Kofoed
[[091063 1151]]
""")

M("", """
Hej

Når et hus er solgt og handlen er helt afsluttet, hvem får så tilbagebetalt for meget betalt ejendomsskat – sælger eller køber?

Mvh Leif
""")

M("pt", """
Hej Dorthe

Min far er fra Bosnien og ejer en nedlagt landejendom på Torslunde Byvej med 4 ha. Han er ved at sælge til en hestepension, men køberen vil først have bekræftet at der må holdes 10 heste. Det haster, fordi far vil flytte tilbage til Sarajevo inden jul.

Hilsen
Amra Hodžić
""")

M("", """
Hej

Hvor mange heste må man holde på en landejendom på 4 ha i Ishøj? Det er et generelt spørgsmål fra vores rideklub.

Mvh
Ishøj Rideklub
""")

M("peh", """
Hej

Min bror og jeg har arvet vores mors rækkehus. Jeg bor selv i det, men min bror vil have sin halvdel ud nu. Jeg er på sygedagpenge efter en depression og kan ikke låne. Han har allerede fundet en køber og vil have mig ud.

Mvh
Charlotte Winding
[[170780 2460]]
""")

M("", """
Hej

Min mor er død, og hendes hus er overtaget af min bror efter skifteretten. Alt er tinglyst. Jeg skal bare vide, hvordan vi afmelder hendes parkeringslicens (licensnr. 2103441187).

Mvh
""")

M("pu", """
Kære Lisbeth

Vi er et par fra Ishøj, jeg er maskinmester og medlem af Dansk Metal gennem 25 år. Vi har fået et bud på vores fritidshus i Ishøj Strandpark, og køber har taget forbehold for at annekset er lovligt. Det kan vi ikke finde papirer på. Hvad gør vi?

Mvh
Jørn Skovbo
[[260461 1129]]
""")

M("", """
Til hovedpostkassen

Jeg er interesseret i kommunens kommende udbud af erhvervsjord ved Industrivej. Hvornår offentliggøres det, og hvad er mindsteprisen pr. m²?

Venlig hilsen
Thomas Brix, ejendomsudvikler
""")

M("p", """
Til direktionsassistenten for Byudvikling

Vores selskab har indgået en betinget købsaftale med Ishøj Kommune om grunden matr.nr. 5cx Ishøj By (BFE 2314457). Betingelsen om lokalplanens vedtagelse skal være opfyldt senest 1. marts, men høringen er ikke sat i gang. Vi beder om en status, da vores finansiering udløber.

Med venlig hilsen
Morten Skaarup
Adm. direktør, Skaarup Byg A/S
""")

M("", """
Hej

Hvorfor har kommunen solgt matr.nr. 5cx til et privat firma? Jeg synes det burde være grønt område.

Mvh en borger
""")

M("bt", """
Kære Ishøj Kommune

Jeg er armensk og ortodoks kristen. Vores kirke holder gudstjeneste i en lejet kælder i Ishøj, men udlejer har sagt lejemålet op. Jeg spørger som menighedens kasserer, om kommunen har et lokale.

Med venlig hilsen
Ani Petrosyan
""")

M("", """
Hej

Hvilke trossamfund lejer lokaler af kommunen? Jeg skriver en artikel til lokalavisen om religiøst liv i Ishøj.

Mvh
Peter Gram, journalist
""")

M("s", """
hey

me and my boyfriend lige flyttet ind på Ishøj Boulevard, jeg er fyr btw. vi skal have parkeringstilladelse til 2 biler. hvordan gør vi det når vi ikke er gift?

/ Mathias
""")

M("", """
Hej

Hvordan søger man om beboerparkering i Ishøj? Vi er to voksne med hver sin bil.

Mvh
""")

M("pe", """
Kære borgmester

Jeg er 71 år og bor alene i mit hus på Ishøj Søvej. Jeg lever af folkepension og kan ikke mere betale varmen. Min søn siger jeg skal sælge, og en mægler har været her og vurderet huset til 2,9 mio. Jeg har endnu ikke skrevet under på salgsopstillingen.

Med venlig hilsen
Gerda Holm
[[020354 1072]]
""")

M("", """
Hej

Kan pensionister få lov at indefryse ejendomsskatten? Jeg har læst om ordningen i avisen og vil gerne høre om den gælder i Ishøj.

Mvh Aage
""")

M("u", """
Hej Niels

Som medlem af Lederne og afdelingsformand i boligselskabet vil jeg gerne høre, om kommunen vil støtte vores ansøgning til Landsbyggefonden.

Mvh
Birgitte Kold
""")

M("", """
Til byrådet

Jeg er redaktør på Fagbladet 3F og skriver om byggeriet i Ishøj Landsby. Må jeg stille et par spørgsmål til udvalgsformanden?

Venlig hilsen
Karsten Holm, Fagbladet 3F
""")

M("", """
Kære borgmester

Tak for den flotte indsats med de nye ejerboliger ved stationen. Vi flyttede ind i foråret, og handlen gik smertefrit. Men stien til skolen mangler lys.

Venlig hilsen
Familien Birk
""")
