"""Part G: moving to a smaller home or a care home, wheelchair adaptations, agents and heirs; longer mails, slang and typos."""
from common import M

M("hep", """
Til direktionsassistenten i Center for Voksne og Velfærd

Jeg skriver på vegne af min far, Aksel Brandstrup, som har haft en blodprop i hjernen i januar. Han er lam i venstre side og har siden marts boet på midlertidig plads på Ishøj Plejecenter. Nu har visitationen sagt, at han skal have fast plejebolig, og det er vi glade for.

Det betyder dog, at hans hus på Brohusvej 7 skal sælges. Vi har fået en mægler til at vurdere det til 3,4 mio., og der har været to fremvisninger. Et par har budt 3,15, men med forbehold for at kommunen bekræfter, at den overdækkede terrasse er lovlig. Vi har ledt i hans papirer uden at finde en tilladelse.

Kan nogen fra byggesag kigge på det, så vi ikke mister køberen? Far vil gerne have styr på det, mens han kan forstå hvad der sker.

Med venlig hilsen
Ida Brandstrup
Tlf. 22 41 58 07
""")

M("", """
Hej

Skal man søge om tilladelse til en overdækket terrasse under 30 m2? Jeg vil bygge en til sommer.

Mvh Klaus
""")

M("he", """
hej

min mor har fået en kørestol fra kommunen men den kan ikke komme ind ad badeværelsesdøren i hendes lejlighed. ergoterapeuten sagde at de ville søge om at døren blev udvidet men det er 3 mdr siden. hun er 79 og har haft 2 fald. hvem kan jeg ringe til??

Mette D.
""")

M("", """
Hej

Hvor lang er sagsbehandlingstiden for boligændringer i Ishøj i gennemsnit? Jeg kan ikke finde den på hjemmesiden.

Venlig hilsen
Kurt
""")

M("e", """
Kære Marianne

Vi er to pensionister på Tranegilde Strandvej, der vil flytte fra vores hus til noget mindre. Vi har søgt en ældrebolig i januar og fået at vide, at vi er nr. 47 på listen. Kan det virkelig passe?

Hilsen
Gunhild og Erik Thrane
""")

M("", """
Kære Marianne

Hvor mange står på ventelisten til ældreboliger lige nu, og hvor mange nye bliver bygget? Jeg er formand for Ældre Sagen Ishøj.

Venlig hilsen
Jytte Rask
""")

M("ph", """
Hej

Ejendomsmægler Karina fra Danbolig. Jeg har et dødsbo på Ishøj Søvej 31, hvor afdøde i sine sidste år havde en stor rampe bygget ved hoveddøren, fordi hun sad i kørestol. Køberen vil have rampen fjernet før overtagelse, men arvingerne er i tvivl om det kræver tilladelse. Handlen er betinget af det.

Mvh
Karina Lund
""")

M("", """
Hej

Kræver det tilladelse at fjerne en rampe ved en hoveddør? Spørger for en kunde.

Mvh
Danbolig Ishøj
""")

M("he", """
Kære borgerrådgiver

Jeg klager over, at min ansøgning om et loftlift til min søn er afvist. Han har cerebral parese og vejer nu 48 kg. Vi kan ikke løfte ham mere. Afgørelsen kom efter 5 måneder.

Mvh
Lone Vinther
[[120486-2118]]
""")

M("", """
Hej

Hvordan klager man over en afgørelse om hjælpemidler? Hvad er fristen?

Mvh
""")

M("ht", """
Hej

Jeg er irakisk kurder og har haft PTSD siden krigen. Min lejlighed i Vejleåparken er meget larmende, og jeg kan ikke sove. Min læge har skrevet en erklæring. Kan kommunen hjælpe mig med en roligere lejlighed?

Mvh
Karwan Ahmed
""")

M("", """
Hej

Tilbyder kommunen hjælp til psykisk sårbare med boligbytte?

Mvh
""")

M("pe", """
Hej Kristian

Jeg arbejder som mægler og har et salg hvor sælger er under konkursbehandling. Kurator har accepteret et bud, men kommunen har pant i ejendommen for ejendomsskat. Sælger hedder Johnny Bak, Ishøj Søvej 66. Kan I frigive pantet?

Mvh
Lars Bang, Home
""")

M("", """
Hej

Hvordan frigiver kommunen pant i en ejendom ved salg? Generelt.

Mvh
""")

M("h", """
Hej

Jeg har fået en ny nyre for et år siden og må ikke være i fugtige rum. Der er skimmel i min kælder i mit rækkehus. Kan kommunen give tilskud til udbedring?

Mvh
Ulrik Frost
""")

M("", """
Hej

Giver kommunen tilskud til udbedring af skimmel i private huse?

Mvh
""")

M("ps", """
Kære Anna

Min kone Nadia og jeg (to kvinder, for en god ordens skyld) skal købe et sommerhus ved Ishøj Strand. Sælger har underskrevet, men køberrådgiveren har fundet en ulovlig tilbygning. Hvad gør vi?

Mvh
Julie Madsen
""")

M("", """
Hej

Hvad sker der hvis man køber et sommerhus med ulovlig tilbygning? Generelt spørgsmål.

Mvh
""")

M("b", """
Kære Mads

Jeg er medlem af Venstre og stemte på dig. Men jeg er skuffet over at du stemte for at sælge kommunens grunde til udenlandske investorer.

Mvh
Benny Svendsen
""")

M("", """
Kære Mads

Jeg er skuffet over at byrådet stemte for at sælge grunde til udenlandske investorer.

Mvh
""")

M("u", """
Hej

Jeg er TR for pedellerne i Ishøj Boligselskab. Vi har fået at vide at ejendomskontoret skal outsources. Hvad siger kommunen som tilsynsmyndighed?

Mvh
Knud Bak
""")

M("", """
Hej

Skal ejendomskontoret i Ishøj Boligselskab outsources? Hvad siger kommunen?

Mvh
""")

M("hu", """
Hej

Jeg er medlem af FOA og har arbejdet som hjemmehjælper i 20 år, men nu har jeg fået diskusprolaps og er sygemeldt. Jeg bor på 3. sal uden elevator og kan ikke gå på trapperne. Kan jeg få en lejlighed i stueetagen?

Mvh
Grethe Lund
""")

M("", """
Hej

Hvor mange hjemmehjælpere er ansat i Ishøj Kommune?

Mvh
""")

M("sp", """
Hej

Vi er et homoseksuelt par og har budt på et hus på Gildbrovej. Mægleren har sagt at sælger ikke vil sælge til os. Vi har ikke fået svar på vores bud i 2 uger.

Mvh
Kenneth og Niklas
""")

M("", """
Hej

Hvor længe må en sælger vente med at svare på et bud?

Mvh
""")

M("tb", """
Hej

Jeg er født i Iran og er bahá'í. Jeg vil gerne leje et lokale i Gildbrocentret til vores religiøse møder. Er det muligt?

Mvh
Shirin Rahimi
""")

M("", """
Hej

Kan man leje lokaler i Gildbrocentret til religiøse møder?

Mvh
""")

M("hep", """
Hej

Min far på 86 har fået demens og kan ikke længere bo alene. Vi har søgt om plejebolig, og han får hjemmehjælp 3 gange om dagen. Hans hus skal sælges når han flytter.

Mvh
Kim Dalsgaard
""")

M("", """
Hej

Hvad sker der med et hus, når ejeren flytter på plejehjem? Skal det sælges?

Mvh
""")

M("p", """
Hej

Jeg vil gerne købe kommunens grund på Industrivej 14 til mit autoværksted. Jeg har sendt et bud på 1,2 mio. og venter på svar fra økonomiudvalget.

Mvh
Hassan Motors ApS
v/ Hassan Ali
""")

M("", """
Hej

Hvornår behandler økonomiudvalget de indkomne bud på erhvervsgrundene?

Mvh
""")

M("e", """
Hej

Jeg bor i en almen bolig og har lige fået at vide at jeg skal genhuses pga. renovering. Jeg har ikke råd til flytning, da jeg er på dagpenge.

Mvh
Tommy Frederiksen
""")

M("", """
Hej

Hvem betaler flytningen ved genhusning?

Mvh
""")

M("hs", """
Hej

Min mand Søren er blevet syg med kræft, og vi skal flytte i en mindre lejlighed. Vi er to mænd, og jeg har hørt at nogle boligselskaber ikke vil have os. Kan kommunen hjælpe?

Mvh
Allan Holm
""")

M("", """
Hej

Har kommunen en ordning for par hvor den ene er alvorligt syg og skal flytte?

Mvh
""")

M("t", """
Hej

Jeg er tysk statsborger, født i Berlin, og vil gerne købe en lejlighed i Ishøj. Kan jeg det uden at være dansk statsborger?

Mvh
Klaus Weber
""")

M("", """
Hej

Kan udenlandske statsborgere købe bolig i Danmark?

Mvh
""")

M("uep", """
Hej

Jeg er medlem af Djøf og blev fyret i sidste måned. Nu skal vi sælge vores villa, fordi vi ikke kan betale lånet. Kan kommunen give råd om økonomisk rådgivning?

Mvh
Peter Storm
""")

M("", """
Hej

Har kommunen gratis økonomisk rådgivning for borgere?

Mvh
""")
