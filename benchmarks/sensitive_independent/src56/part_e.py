"""corpus56 part E: sexual orientation, phone-style mails."""
from common import M

M("s", """jeg er homosexsuel og bliver chikaneret i opgangen, de har skrevet bøsse på min dør med tusch""")

M("s", """hej, min mand Peter og jeg vil gerne have en kolonihave, hvordan kommer vi på ventelisten? mvh Henrik""")

M("s", """vi er to mødre til Alma og skolen sender kun breve til "mor og far". kan i rette det i systemet""")

M("s", """er lesbisk og vil høre om der er en LGBT gruppe for unge i kommunen""")

M("", """hvornår er Ishøj Pride i år?""")

M("s", """Hi, my wife and I (both women) just moved to Ishøj, we need a daycare spot for our son. Best, Emma & Sofie""")

M("s", """min søn er sprunget ud som biseksuel og bliver mobbet på skolen. hvem kan vi tale med""")

M("s", """jeg er medmor til Lukas og kan ikke se ham på aula, hvorfor??""")

M("s", """min kone Louise og jeg har lige fået en datter og vil gerne have besøg af sundhedsplejen snart
mvh Maria""")

M("s", """er bøsse og 67 år, findes der et seniorfællesskab for sådan nogle som mig""")

M("s", """vores søn har to fædre og lærerinden kaldte det "en speciel familie" foran klassen, det er ikke ok""")

M("", """støtter kommunen regnbueflag på rådhuset i pride ugen?""")

M("s", """min kæreste Mikkel og mig vil gerne låne festsalen til vores bryllup i august
/Jonas""")

M("s", """jeg er aseksuel og træt af at sundhedsplejersken bliver ved med at spørge om jeg har en kæreste""")

M("s", """vi er en regnbuefamilie med 3 børn og vil gerne høre om der er plads i SFO'en på Vibeholmskolen""")

M("se", """hej jeg er pan og min far har smidt mig ud, er 18 og har ingen steder at bo""")

M("s", """min veninde Karina er lesbisk og hendes nabo råber ting efter hende. kan i gøre noget""")

M("s", """Emne: homofobi i hallen

min kæreste og jeg (to mænd) blev kaldt ting i omklædningsrummet af nogen fra fodboldklubben""")

M("", """har biblioteket bøger om LGBT til børn? skal bruge til temauge i 3.b""")

M("s", """hej, jeg og min mand Omar vil søge om at få en p-plads til vores elbil ved rækkehuset. Ali""")

M("st", """I'm a gay man from Poland, living in Ishøj 2 yrs. Is there a safe place to meet others? thx""")

M("s", """er bi og har fået skrevet grimme ting på facebook af en fra min klub. klubben får tilskud af jer så kan i gøre noget""")

M("s", """vores datter har fortalt at hun er lesbisk, og vi vil gerne vide om der er rådgivning for forældre""")

M("sh", """vi er to kvinder der har fået barn ved insemination på Hvidovre, hvordan registrerer vi medmoderskab""")

M("se", """min eksmand er sprunget ud som homo og nu bor børnene hos ham og hans kæreste Thomas halvdelen af tiden. skal vi lave ny samværsaftale""")

M("", """hvor mange par af samme køn er blevet viet på Ishøj rådhus i 2025? journalist, Sydkysten""")

M("s", """hej, min onkel er bøsse og bor alene, han er blevet overfaldet 2 gange ved stationen. politiet gør intet""")

M("s", """er homo og min chef i kommunen laver jokes om det hele tiden. hvor klager man""")

M("s", """Jens og jeg har været gift i 30 år (to mænd, ja) og vil holde sølvbryllup i medborgerhuset. pris?""")

M("s", """jeg er queer og vil gerne have at ungdomsklubben får kønsneutrale toiletter""")

M("", """min kæreste og jeg vil leje festlokalet den 12. juli, er det ledigt""")

M("s", """min mand og jeg (vi er begge mænd) er blevet godkendt som plejefamilie og nu venter vi. hvor lang tid går der""")

M("s", """den lesbiske dame i nr 4 har fået smadret sine ruder igen. det er 3. gang""")

M("se", """til borgerrådgiveren: sagsbehandleren skrev "din veninde" om min kone i afgørelsen om boligstøtte, selvom jeg har sagt vi er gift. mvh Karen""")

M("s", """hej! my boyfriend and I (I'm a guy lol) want to rent a kolonihave together, kan vi det?""")

M("s", """Emne: min søn er gay

han er 14 og har det svært i klassen. er der en skolepsykolog man kan snakke med""")

M("s", """vi er et lesbisk par og vil gerne have info om dagpleje i Ishøj Landsby""")

M("", """hvad er kommunens holdning til regnbuefamilier i daginstitutionernes bøger? spørger som forældrebestyrelse""")

M("se", """min far sprang ud som bøsse som 70-årig og nu snakker de om ham på plejecentret hvor han bor. ikke i orden""")

M("s", """har boet med min kæreste Sara i 5 år. vi vil gerne have tilladelse til en hønsegård i haven. Line""")

M("s", """er transkvinde og lesbisk, og omklædningsrummet i svømmehallen er et mareridt. kan i lave et enkelt rum""")

M("s", """ok så min mormor har fået en kæreste der hedder Inger 😄 de er begge over 80 og vil gerne bo sammen i mormors rækkehus, skal de melde flytning hos jer""")

M("", """Emne: Pride

kan foreningen søge tilskud til en Pride-fest i bibliotekssalen""")
