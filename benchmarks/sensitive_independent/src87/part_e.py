"""corpus87 part E: moving to a smaller home while the house is not yet sold
(property_trade), ældrebolig and seniorbolig; concluded trades and general questions
as negatives."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi er to pensionister der har sat vores parcelhus på Torslundevej til salg, fordi
haven er blevet for stor for os. Ejendomsmægleren spørger om den gamle carport er
lovlig, for en køber har spurgt. Kan I se i byggesagen om den er godkendt?

Venlig hilsen
Kaj og Grete Lindberg
""")

M("", """
Hej

Vi solgte vores hus på Ishøj Landsby i foråret, og skødet blev tinglyst i maj. Nu har
vi fået en regning for ejendomsskat for hele året. Den skulle vel være delt med
køberen?

Mvh Jens Abildgaard
""")

M("pe", """
Til Visitationen

Jeg har søgt om en ældrebolig fordi jeg ikke kan klare trapperne i mit rækkehus
længere. Huset er sat til salg, men der har ikke været nogen fremvisninger i to
måneder. Kan jeg alligevel sige ja til en ældrebolig, hvis jeg bliver tilbudt en, før
huset er solgt?

Venlig hilsen
Ellen Winther
""")

M("p", """
Kære Ishøj Kommune

Vi har fået et bud på vores hus på 3,1 mio., men køberen vil have en
tilstandsrapport om kloakken først. Hvordan får vi en kopi af kloaktegningerne fra
jeres arkiv? Vi vil gerne have handlen på plads før jul, så vi kan flytte i lejlighed.

Mvh
Preben Kold
""")

M("p", """
Hej

Hvordan skriver man sig op til en seniorbolig i Ishøj? Vi har sat vores hus til salg,
og mægleren tror der er en køber inden jul. Er der en fælles venteliste for alle
boligselskaber, eller skal jeg gå til hvert enkelt?

Mvh Kirsten Nørby
""")

M("pe", """
Kære borgerrådgiver

Min mor Astrid, 86, har solgt sit hus med forbehold for at hun får en plejebolig. Nu
siger kommunen at der er 4 måneders ventetid, og køberen vil trække sig, hvis hun ikke
kan fraflytte 1. februar. Hvad kan vi gøre?

Venlig hilsen
Jesper Kamp
""")

M("p", """
Hej Byggesag

Vi skal sælge vores hus og flytte i noget mindre. Køberen har fundet ud af at vores
udestue ikke er tegnet ind på BBR. Kan det rettes hurtigt? Køberens advokat har givet os
14 dage.

Venlig hilsen
Lis og Arne Skov
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår sætter kommunen de nye grunde ved Ishøj Landsby til salg? Min søn og hans kone
er interesserede.

Venlig hilsen
Tage Frandsen
""")

M("phe", """
Kære Karsten (byrådsmedlem)

Min mand har fået konstateret ALS, og vi må sælge vores hus i Ishøj Strand, fordi han
snart ikke kan gå på trapper. Vi har haft huset til salg i et halvt år. Der er en
køber, der vil give 400.000 mindre end vi har i gæld. Jeg ved ikke hvad vi skal gøre.

Med venlig hilsen
Mette Brink
""")

M("", """
Hej

Jeg har lejet en ældrebolig i Torslunde i 6 år. Nu er der kommet nyt køkken og
huslejen er steget med 380 kr. Er det lovligt uden varsel?

Mvh Inger
""")

M("pe", """
Til Ishøj Kommune

Jeg er ejendomsmægler og har et salg af Stationsvej 19, hvor sælger er en ældre dame,
der skal på plejehjem. Køber ønsker at opdele grunden. Må man det efter lokalplanen?

Venlig hilsen
Kasper Wendt, statsaut. ejendomsmægler
""")

M("", """
Til Byggesag

Vi har købt et hus på Gildbrovej, og handlen er afsluttet. Vi vil gerne bygge en
tilbygning og vil høre om der er regler for højden. Matr.nr. 14bc Ishøj By.

Mvh
Maja og Stefan
""")

M("pe", """
Hej

Jeg har fået tilbudt en ældrebolig fra 1. april og sagt ja. Min andelslejlighed på
Ishøj Strandvej er sat til salg, men andelsforeningen skal godkende køberen først. Hvis
køberen ikke bliver godkendt, kan jeg så udskyde indflytningen?

Venlig hilsen
Birthe Lauritzen
""")

M("p", """
Dear Ishøj Municipality,

We are selling our house at Strandgårdsvej 48 and moving into an apartment. The buyer's
lawyer asks whether there are any outstanding planning decisions for the area. The
purchase agreement is conditional on this information. Could you advise?

Regards,
Henrik and Mary Juhl
""")

M("", """
Kære udvalgsformand

Vi er mange ældre i Ishøj der gerne vil sælge vores huse og flytte i noget mindre, men
der bliver ikke bygget små boliger nok. Jeg opfordrer udvalget til at prioritere
seniorboliger i den nye kommuneplan.

Med venlig hilsen
Poul Erik Vind
""")

M("p", """
hej

vi har en kolonihave i Ishøj Strand haveforening som min mand og jeg ikke kan passe
mere. vi har en køber men foreningen siger at prisen skal godkendes af
vurderingsudvalget. hvor lang tid tager det normalt?

Lene
""")

M("", """
Til hovedpostkassen

Vi har solgt vores kolonihavehus for 3 år siden og har stadig fået opkrævning på
renovation for 2026. Havenr. 112. Kan I rette det?

Mvh
Kurt Enevoldsen
""")

M("p", """
Kære Ishøj Kommune

Min far ejer et hus på Bredekærs Vænge og vil gerne sælge det til mig, så han kan flytte
i lejlighed. Vi har ikke skrevet noget under endnu. Skal vi have en vurdering fra
kommunen, eller er det SKAT?

Med venlig hilsen
Louise Holt
""")

M("p", """
Hej

Vi har fået et bud på vores rækkehus, men vi har ikke sagt ja endnu. Kan I sende mig en
oversigt over seniorboligerne i kommunen og huslejen i de forskellige afdelinger, så vi
ved hvad vi kan flytte til?

Mvh
Ejnar
""")

M("pe", """
Til Center for Borger, Økonomi og IT

Jeg har lån i mit hus hos kommunen (indefrosne ejendomsskatter). Nu skal huset sælges,
fordi jeg flytter i ældrebolig. Køberen har underskrevet, men med advokatforbehold.
Hvornår skal lånet indfries, og hvor meget er det?

Venlig hilsen
Agnete Ravn
[[231140-0592]]
""")

M("", """
Hello,

I have just sold my flat in Valby and moved to Ishøj; the handover was on 1 October.
How do I register my new address, and do I need to choose a new GP?

Best wishes, Jonna
""")

M("p", """
Til Byggesag

Vi er ved at sælge vores hus, og køber har trukket sig efter at have set at der er
en gammel olietank i haven. Er det jer der kan oplyse om tanken er sløjfet korrekt?

Hilsen
Bent og Lilly Hemmingsen
""")

M("pb", """
Kære borgmester

Jeg er 78, har været aktiv i Venstre hele mit liv og har stemt på dig hver gang. Nu vil
jeg sælge mit hus for at flytte tættere på mine børn, men ejendomsvurderingen er helt
urealistisk, og en køber er sprunget fra. Kan kommunen gøre noget ved vurderingen?

Med venlig hilsen
Holger Krag
""")

M("p", """
Hej

Vi har et betinget tilbud på en lejlighed i Ishøj Bycenter, men vi skal først have
solgt vores hus i Vallensbæk. Kan vi skrive os op til parkeringslicens allerede nu,
eller først når vi ejer lejligheden?

Mvh Anette og Lars Bech
""")

M("", """
Kære borgerrådgiver

Vi fik aldrig svar på vores klage over sagsbehandlingstiden på vores byggetilladelse
sidste år. Sagen er afsluttet nu, men vi synes det tog alt for lang tid.

Hilsen
Morten Kristensen
""")

M("pe", """
Til Ishøj Kommune

Min svigermor skal flytte i plejebolig 1. marts, og hendes hus på Ishøj Landsby skal
sælges. Mægleren har fundet en køber, men han vil først skrive under, når han har set
fjernvarmeaftalen. Vi har en fuldmagt. Hvem har den aftale?

Venlig hilsen
Tobias Steen
""")

M("", """
Hej,

Er det muligt at låne penge af kommunen til indskud i en almen bolig, og hvad er
betingelserne generelt? Jeg spørger for vores beboerforening.

Mvh Britt
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har en køber på vores sommerhusgrund i Ishøj Strand, men han vil bygge helårshus.
Vi har sagt vi vil vente med at skrive under til han har spurgt jer. Må der bo folk
hele året?

Hilsen
Sten og Yvonne Lerche
""")

M("", """
Kære Jacob (byrådsmedlem)

Tak for din hjælp med skødet til min mors hus sidste år. Handlen gik igennem uden
problemer, og hun er faldet godt til i sin nye lejlighed.

Venlig hilsen
Pia
""")

M("pe", """
Kære Social- og Sundhedsudvalg

Min mand og jeg er begge over 80 og står på venteliste til en ældrebolig. Vi har sat
vores hus til salg, og en ung familie vil gerne købe, men kun hvis vi kan flytte inden
sommer. Kan man blive prioriteret på listen når man har en køber?

Venlig hilsen
Margit Svendsen
""")

M("pe", """
Hej

Vi er i gang med at købe et lille rækkehus på Jægerbuen, og sælgerne er et ældre par der
skal i plejebolig. Banken vil have en udtalelse om at der ikke er påbud på huset. Hvor
får vi det?

Vh Nina og Mathias
""")

M("", """
Til borgmesteren

Jeg synes det er en skandale at kommunen sælger den gamle skolegrund til et
boligselskab i stedet for at bygge ældreboliger selv. Jeg håber du stemmer imod.

Mvh
Henning Bay
""")

M("ph", """
hej. jeg har parkinson og kan ikke passe huset mere. det er sat til salg hos
home men nu har mægleren sagt at vi skal sætte prisen ned med 200.000. kan kommunen
købe det? den ligger lige ved skolen.
Arne, Ishøj
""")

M("", """
Hej

Jeg har arvet et hus i Ishøj efter min onkel. Dødsboet er afsluttet og huset er på mit
navn. Hvornår skal jeg betale ejendomsskat første gang?

Mvh Claus
""")

M("p", """
Kære Ishøj Kommune

Vi har fået et bud på vores andelsbolig på Strandparken. Køberen er en ung mand, og vi
skal bruge en udtalelse fra kommunen om at der ikke er forsyningsgæld. Vi flytter ind
hos vores datter i Køge.

Venlig hilsen
Gunhild og Verner Foss
""")

M("p", """
Til hovedpostkassen

Hvad er den offentlige vurdering på Vejlebrovej 55? Den gamle dame der bor der har sat
huset til salg, og jeg er nabo og nysgerrig efter hvad vores huse er værd.

Mvh
""")

M("pt", """
Hello,

I am from Pakistan originally, and I have lived in Ishøj for 40 years. Now I want to
sell my house and move back to Lahore to live with my brother. An estate agent has made
an offer but says I need a certificate about the heating system. Where can I get it?

Thank you,
Mohammad Aslam
""")

M("p", """
Til Byggesag

Vi skal sælge vores hus i Torslunde fordi vi ikke kan passe haven mere. Køberen har
spurgt om vi må fælde de to store birketræer inden overtagelse. Er der noget fredning?

Med venlig hilsen
Hans og Kirsten Jepsen
""")

M("p", """
Hej

Skal man betale gebyr, hvis man vil have en kopi af sin egen BBR-meddelelse? Jeg skal
bruge den til salget af mit hus, køberen vil se den før han skriver under.

Venlig hilsen
Aase
""")

M("pe", """
Til borgerrådgiveren

Jeg er 74 og har fået afslag på ældrebolig, fordi jeg ejer mit hus. Men huset er til
salg, og jeg kan ikke bo der mere, trapperne er for stejle. Jeg har en køber der har
givet et bud. Hvorfor kan kommunen ikke vente på handlen?

Venlig hilsen
Elin Rørdam
""")

M("p", """
Hej Center for Byudvikling og Natur

Vi har solgt vores hus betinget af at køberen får lov til at lave en ekstra indkørsel.
Køberen har søgt hos jer for 3 uger siden. Kan det gå hurtigere? Vores overtagelse af
den nye lejlighed afhænger af det.

Venlig hilsen
Birgitte og Ole Riis
""")

M("ps", """
Til Byggesag

Min mand og jeg, to ældre herrer på Ishøj Landsby, har fået et bud på vores hus. Køberen
vil have bekræftet at vores udhus ikke skal fjernes. Kan I hjælpe?

Med venlig hilsen
Holger og Kurt Winther-Berg
""")

M("pbt", """
Til Ishøj Kommune

Vi er en ældre jødisk familie, der sælger vores hus på Vejlebrovej, fordi vi vil flytte
tættere på synagogen i København. Køberen spørger om fjernvarmetilslutning. Hvem ved
noget om det?

Venlig hilsen
Familien Rosenberg
""")

M("pu", """
Kære borgerrådgiver

Jeg er pensioneret og medlem af 3F. Vi har sat vores sommerhus i Ishøj Strand til salg,
men en køber er sprunget fra, fordi kommunen ikke har svaret på spørgsmålet om
helårsbeboelse. Det er fire måneder siden.

Hilsen
Gunnar og Inge Thorsen
""")

M("p", """
Hello,

My wife and I are selling our house on Ishøj Landsby to move into a smaller flat. The
buyers have made an offer subject to a survey of the roof. Can the municipality confirm
whether the solar panels on the roof were ever approved?

Kind regards,
Peter and Jane Holm
""")
