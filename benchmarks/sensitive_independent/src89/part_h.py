"""corpus89 part H: newcomers buying and selling homes and business premises
(trades not yet concluded), union matters, long mixed mails; concluded trades, plot
sales in general, statistics and festivals as negatives."""
from common import M

M("p", """
Hej Byggesag

Vi har budt på et rækkehus på Ishøj Strandvej 120 og venter på svar fra sælger. Inden vi
skriver under, vil vi gerne vide, om udestuen er lovlig.

Mvh
Agata og Michał
""")

M("", """
Hej

Vi købte vores hus på Tranegildevej i 2021, og handlen er for længst afsluttet. Nu vil
vi bygge en carport. Skal vi søge om byggetilladelse?

Mvh
Familien Rahmani
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg driver et halalslagteri i Hvidovre. Jeg har givet et betinget tilbud
på kommunens erhvervsgrund på Industrivej 44, med forbehold for at jeg må lave
produktion der. Hvornår får jeg svar?

Med venlig hilsen
Mehmet Yılmaz
""")

M("", """
Hej

Sælger kommunen flere storparceller i Ishøj Landsby i 2027? Vi er en gruppe familier,
der gerne vil bygge sammen.

Vh
Thomas
""")

M("pe", """
Kære borgmester

Vores hus på Vejleå Parkvej skal på tvangsauktion den 14. januar. Vi skylder 240.000 kr i
restance til banken, siden min mand mistede sit job. Der er en køber, der vil give lidt
under gælden. Kan kommunen hjælpe os med en boligløsning, hvis det ikke lykkes?

Med venlig hilsen
Anna Kowalska
""")

M("pst", """
Hi,

My husband Jamie and I have put our flat in Ishøj Strand up for sale because we're
moving back to Dublin. The estate agent says the buyer wants documentation that the
balcony glass is approved. Where can we get that?

Thanks,
Patrick O'Brien
""")

M("t", """
Hej

Jeg hedder Rashid, er palæstinenser og har boet i Ishøj i 30 år. Vi købte vores
rækkehus i 2005 og har betalt det hele ud. Jeg vil gerne vide, om vi kan leje en
del af det ud til min søn. Skal det godkendes?

Venlig hilsen
Rashid Awad
""")

M("", """
Til Økonomiudvalget

Hvor meget har kommunen tjent på salg af grunde til erhverv i 2025? Jeg synes de
skulle bruges til boliger i stedet.

Mvh
Erling
""")

M("pe", """
Hej

Vi er en familie, der har boet i en almen bolig i 10 år. Nu skal vi købe vores første
hus på Torslundevej 9, men banken vil kun låne, hvis min kone kommer i fast job. Hun er
på integrationsydelse nu. Kan jobcentret skrive en udtalelse om, at hun har udsigt til
job?

Mvh
Hamza
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har fået tilbudt at købe andelsboligen i nr. 18 i Ishøj Strandpark, og andelsforeningen
har accepteret mig. Er der planlagt ombygninger af vejen, der vil påvirke prisen?

Mvh
Iryna Koval
""")

M("", """
Hej

Jeg vil bare sige, at det var en god proces, da vi solgte vores hus på Gildbrovej sidste
år. Byggesag svarede hurtigt. Tak!

Mvh
Vibeke
""")

M("pt", """
Kære formand for Teknik- og Miljøudvalget

Vi er tre brødre fra Irak, der har budt på den gamle tankstation på Ishøj Stationsvej
for at åbne en bilforhandler. Sælger venter på kommunens svar om jordforurening, før
handlen kan gå igennem. Kan det gå hurtigere?

Mvh
Ali, Hussein og Mustafa Al-Jaberi
""")

M("u", """
Hej

Jeg er tillidsrepræsentant for DLF på Strandgårdskolen. Vi har mange nye elever i
modtagelsesklasserne og for få lærere. Kan Børne- og Skoleudvalget tage det op?

Mvh
Helle Rosenkvist, TR
""")

M("u", """
Dear councillors,

I'm an engineer working in Ishøj, and I'm a member of IDA. My employer wants me
to sign a contract that says I cannot join a union. Is that even legal in Denmark?

Regards,
Chukwuemeka Obi
""")

M("ph", """
Til Center for Borger, Økonomi og IT

Min far Stanislav bor alene i sit hus på Ishøj Strandvej 4. Han har
demens og kan ikke klare huset. Vi har sat huset til salg og en køber har budt, men
min far kan ikke selv underskrive. Vi har søgt om en værge. Hvor lang tid tager det?

Mvh
Galina Mortensen
cpr til far: [[201037-0588]]
""")

M("u", """
Kære borgerrådgiver

Jeg er medlem af Krifa. Min arbejdsgiver, et vikarbureau, har ikke betalt mig for mine
sidste to uger i kommunens køkken. Krifa siger de kan hjælpe, men spørger om kommunen
som kunde kan gøre noget.

Mvh
Daniela Moreira
""")

M("pbt", """
Til Byudvalget

Vi er en gruppe muslimske familier fra Somalia og Pakistan, der har budt på den tidligere
børnehave på Vejleåvej for at lave et bederum og en lektiecafé. Vi har givet et bud på
4,1 mio. Mægleren siger, at kommunen skal ændre lokalplanen først.

Med venlig hilsen
Abdi Mohamed og Tariq Mahmood
""")

M("", """
Hej

Hvad er ventetiden for at leje en almen bolig i Ishøj for en familie på fire? Vi er
nyankomne og ved ikke, hvor vi skal starte.

Vh
Family Haddad
""")

M("es", """
Hej

Jeg og min kone Kaja er ved at blive skilt, og vi skal sælge lejligheden... nej,
den er faktisk allerede solgt og overtaget. Men vi er uenige om, hvem vores to børn
skal bo hos. Kan kommunen hjælpe med en samtale?

Mvh
Marie Eriksen
""")

M("pu", """
Hej

Jeg har lige fået at vide af 3F, at jeg er valgt som ny TR på Ishøj Havneplads. Samtidig
har vi sat vores hus til salg, for vi skal flytte tættere på min kones familie. Kan I
sende mig tegningerne til huset (Ishøj Strandvej 51)? Mægleren skal bruge dem i dag.

Mvh
Kenneth Larsen
""")

M("", """
Hej Ishøj

Jeg er ejendomsmægler og har en kunde, der overvejer at købe i Ishøj om et
par år. Hvad er grundskylden cirka? Jeg vil bare give en generel vejledning.

Mvh
Jens Vang, Home Ishøj
""")

M("p", """
Hej

Vores køber er sprunget fra handlen på vores rækkehus på Bredekærs Vænge, fordi
tilstandsrapporten viste fugt. Nu skal vi finde en ny køber. Kan kommunen bekræfte, at
kloakken er separeret?

Mvh
Yuki og Peter Hansen
""")

M("tp", """
Hej

Jeg er filippinsk og har sparet op i 15 år. Jeg har nu en betinget købsaftale på en lille
lejlighed i Ishøj Landsby. Banken vil have en erklæring fra kommunen om restancer på
ejendommen. Hvordan får jeg den?

Salamat po,
Maria Teresa Bautista
""")

M("", """
Kære byråd

Jeg vil gerne høre jer om planerne for de nye boliger ved Ishøj Station. Bliver det
ejerboliger eller lejeboliger? Mange af os i Vejleåparken vil gerne købe, hvis vi kan.

Hilsen
Aisha
""")

M("ub", """
Til Beskæftigelsesudvalget

Jeg er tillidsrepræsentant for FOA og medlem af Socialdemokratiet. Jeg vil gerne opfordre
udvalget til at sikre at vikarer fra udenlandske bureauer får samme løn i hjemmeplejen.

Med venlig hilsen
Birgitte Hald
""")

M("pe", """
Hej

Jeg har et bud på min lejlighed på Ishøj Strandvej 60, men jeg har en gæld til kommunen
på boligstøtten, som jeg skal betale tilbage. Skal gælden betales, før handlen kan
gennemføres?

Mvh
Yaroslav
Cpr [[1906883021]]
""")

M("", """
Hej

Jeg har læst, at kommunen vil sælge Ishøj gamle præstegård. Hvornår kommer den i udbud?

Mvh
Poul
""")

M("shp", """
Kære Ældreråd

Min mand Vagn og jeg (begge 78, to mænd) vil sælge vores hus på Torslunde Bygade og
flytte i lejebolig, fordi Vagn har fået Parkinson. Vi har fået et bud, men køber vil
først overtage til april. Kan vi få hjælp til flytning fra kommunen i mellemtiden?

Med venlig hilsen
Svend Aage
""")

M("", """
Til Center for Byudvikling og Natur

Statistik: Hvor mange nye borgere fra udlandet er flyttet til Ishøj i 2026? Vi laver en
analyse for boligselskabet.

Mvh
Analyseafdelingen, Vestegnens Boligselskab
""")

M("ut", """
Hi,

I'm a Polish carpenter and member of 3F. My Danish colleagues keep saying "Polish
workers are cheap and lazy" to me on site. Our foreman laughs. Is there anything the
municipality can do, since it is your building site at Ishøj Skole?

Krzysztof
""")

M("p", """
Kære Teknik- og Miljøudvalget

Jeg er ejer af restauranten Taj på Ishøj Torv. Jeg er ved at købe ejendommen
ved siden af, og handlen afhænger af, om jeg kan få lov at udvide udeserveringen. Hvornår
behandler I min ansøgning?

Mvh
Rakesh Gupta
""")

M("", """
Hej

Er der en fast skoletid på sprogskolens børnemoduler i weekenden? Og må forældre
vente i bygningen?

Mvh Ana
""")

M("u", """
Hej

Jeg er tidligere medlem af Dansk Metal, men har meldt mig ud, fordi jeg synes kontingentet
er for højt. Er det rigtigt, at kommunen tilbyder gratis rådgivning om ansættelseskontrakter?

Mvh
Brian
""")

M("ep", """
Hej

Jeg har fået en dom, og skal afsone 4 måneder fra februar. Jeg vil sælge min lejlighed
på Gildbrovej, og en køber har budt. Kan kommunen tage imod post for mig, mens jeg
sidder inde?

Dennis
""")

M("", """
Til Ishøj Kommune

Jeg er ved at skrive en bog om indvandring til Vestegnen i 1970'erne. Har kommunen et
arkiv med billeder fra gæstearbejdernes boliger?

Venlig hilsen
Forfatter Henrik Dahl
""")

M("pe", """
Hej

Jeg skulle have købt et rækkehus på Vejleåvej, men banken trak lånetilsagnet tilbage, da
jeg mistede mit job i sidste uge. Nu vil sælger have mig til at betale for hans
advokat. Har kommunen en gratis advokatvagt?

Mvh
Andrzej
""")

M("tu", """
Kære borgmester

Jeg er grønlænder og arbejder på kommunens vejhold. Jeg er medlem af 3F. Jeg er blevet
overført til et andet hold, fordi "grønlændere ikke passer ind". Jeg ønsker at klage.

Mvh
Ole Kleist
Cpr [[280579-2247]]
""")

M("", """
Hej

Vi vil gerne købe et hus i Ishøj om nogle år, når vi har fået fast arbejde. Hvilke
skoler er der i Ishøj Landsby?

Hilsen
Yasmin og Karim
""")

M("bp", """
Hej

Jeg er sognepræst i en lille frikirke i Ishøj. Vi har solgt kirkebygningen... nej, vi er
i gang med at sælge den, og køberen har fået betinget accept fra menighedsrådet. Skal
kommunen godkende ændret brug af bygningen, før handlen kan lukkes?

Venlig hilsen
Pastor Jens Bech
""")

M("", """
Til borgerrådgiveren

Jeg har ringet til Byggesag fem gange og ingen ringer tilbage. Min sag er nr.
2026-17822. Det er bare et skur, jeg vil bygge.

Mvh
Rolf
""")

M("hp", """
Til Social- og Sundhedsudvalget

Min svigermor Fadila har boet i Ishøj siden 1993. Hun har kræft og vil
sælge sin lejlighed, før hun dør, så arven bliver ordnet. En køber har budt, men hun kan
ikke komme til banken. Kan kommunen hjælpe med at få nogen ud til hende?

Med venlig hilsen
Dino Kovač
Cpr: [[130246-1502]]
""")

M("pe", """
Kære formand for Økonomiudvalget

Jeg er ved at købe en kolonihavehus i Ishøj
Kolonihaveforening. Sælger vil have 85.000 kr kontant. Jeg har kun 40.000, og jeg er på
kontanthjælp. Kan man låne hos kommunen?

Mvh
Volodymyr
Cpr [[090590 3319]]
""")

M("u", """
Hej

Er der nogen fra kommunen der kan hjælpe mig med at skrive en klage på engelsk? Jeg er
i BUPL og arbejder i en børnehave, men klagen handler om min lejlighed, ikke arbejdet.

Mvh Sanne
""")

M("", """
Hej

Vi har solgt vores andelsbolig i Ishøj Strandpark, overtagelsen var 1. oktober, og alt er
betalt. Skal vi gøre noget i forhold til kommunen med vores flytning?

Mvh
Mehmet og Hatice
""")

M("p", """
Hej

Vores nabo på Ishøj Strandvej 64 har sat huset til salg, og mægleren siger køberen vil
rive garagen ned. Kan vi blive hørt, før kommunen giver tilladelse?

Mvh
Bodil og Kurt
""")

M("ps", """
Hej

Jeg og min kone Nina er to kvinder og er ved at købe vores første hus, Tranegildevej 3.
Sælger har sagt ja, men advokaten skal have svar fra kommunen om kloakken. Hvor lang tid
tager det?

Mvh
Louise
""")
