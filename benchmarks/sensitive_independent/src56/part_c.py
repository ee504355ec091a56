"""corpus56 part C: property trades not yet concluded, and look-alikes."""
from common import M

M("p", """hej vi har sat huset på Vildtbanevej til salg og køberen vil vide om carporten er lovliggjort, kan i svare hurtigt""")

M("p", """Emne: bud på grund

vil gerne byde 1,2 mio på jeres grund ved Vejleåparken. hvem skal jeg sende det til""")

M("p", """køberen sprang fra i går pga jeres nye lokalplan!!! tak for ingenting""")

M("p", """vi sælger vores andel i Ishøj Landsby, kan i sende BBR-meddelelsen hurtigt, mægleren rykker hver dag""")

M("", """hvornår sælger kommunen de nye byggegrunde i Ishøj Nord?""")

M("p", """naboens hus er til salg og han har bygget et skur der står 1 m inde på min grund, det skal afklares før salget går igennem""")

M("pe", """vi kan ikke betale terminerne og banken siger tvangsauktion i januar. kan kommunen udsætte ejendomsskatten??""")

M("p", """vil gerne købe kolonihavehuset i Strandhaven nr 42 men foreningen siger kommunen skal godkende prisen først?""")

M("", """vi købte huset i 2023 og betaler stadig den gamle ejendomsskat, er det en fejl""")

M("p", """betinget skøde underskrevet i går men købers advokat vil se ibrugtagningstilladelsen til tilbygningen først. kan i finde den""")

M("p", """hi, we're selling our flat in Strandgårdsparken and the buyer asks about the planned renovation. when will it start? kind regards Mark & Lisa""")

M("pe", """Emne: salg af hus

vi skal sælge huset fordi vi bliver skilt, kan vi få udsat betalingen af vejbidraget til det er solgt""")

M("pe", """min mor skal sælge sit rækkehus nu hun er flyttet på plejehjem, mægleren spørger efter tegninger af kælderen""")

M("p", """Emne: Vejlebrovej 44

har en køber der venter på svar om deklaration for kloak, handlen falder hvis i ikke svarer inden fredag""")

M("p", """vi forhandler med sælger om prisen på grunden på Torslunde Bygade og vil vide om der er forurening på den""")

M("p", """kan i bekræfte at der ikke er påbud på ejendommen? vi har et bud inde på 3,4 mio fra en familie""")

M("", """hvad er den gennemsnitlige ejendomsværdi i ishøj? spørger for en artikel i lokalavisen""")

M("p", """Erhvervsgrund matr. 12b: vores firma ønsker at afgive betinget bud. hvem er kontaktperson?
Mvh Jan Krogh
JK VVS ApS, CVR 38472915""")

M("p", """dødsboets hus er sat til salg, vi er 3 søskende og en af os vil købe de andre ud, kan kommunen lave en vurdering""")

M("p", """sms fra mægleren:
"Køber trækker sig hvis ikke kommunen giver dispensation for hegnet inden 15/11"
så skynd jer lidt 🙏""")

M("", """hvornår kommer den nye offentlige vurdering af huse""")

M("pt", """jeg er fra Irak og forstår ikke papirerne så godt. vi har budt på et hus på Ishøj Stationsvej, hvad skal vi tjekke hos kommunen""")

M("p", """vores køber vil have lov til at lave tagterrasse, kan vi få et forhåndstilsagn før vi skriver under""")

M("p", """er igang med at købe naboens garage, hvad kræver det af tilladelser""")

M("p", """ang. salg af min lejlighed: køber har fortrydelsesret til mandag og spørger om fjernvarmeprisen 2027""")

M("", """har kommunen regler for salg af restarealer? spørger for grundejerforeningen Ishøj Vest""")

M("p", """Emne: tvangsauktion

naboens hus skal på tvangsauktion 3 dec, hvad sker der så med den fælles hæk""")

M("p", """har solgt huset med overtagelse 1/2 men køber mangler stadig finansiering, så det er ikke sikkert endnu. kan vi stadig få jeres tilladelse til vinterhaven""")

M("p", """hej mægleren siger at køber vil have at i godkender vores terasse før de skriver under!! haster""")

M("p", """we put our house up for sale last week and a neighbour says you plan a road behind it?? is that true, it will kill the price""")

M("", """hvornår holder i åbent hus om den nye lokalplan for Ishøj Strand""")

M("p", """kolonihavehus til salg have 17 i Tranegilde pris 185.000, hvem i kommunen skal godkende vurderingen""")

M("p", """jeg vil købe erhvervsgrunden ved Industrivej sammen med min svoger, vi sendte et bud i sidste uge, er det modtaget?""")

M("pe", """vi er nødt til at sælge vores andel fordi min mand er blevet arbejdsløs. mægleren har en køber men han vil have jeres svar om altanen""")

M("p", """handlen på huset i Brandholmen er ikke endelig endnu, kan vi stadig trække vores byggeansøgning tilbage""")

M("p", """Emne: salg

vores ejendom sælges, køber vil vide om vejbidraget er betalt. ejendomsnr 183-045678""")

M("", """vi købte hus i 2019, handlen er færdig for mange år siden, men hvor finder vi tegningerne til kælderen""")

M("p", """hus til salg Ishøj Strandvej 88 - skal vi have bygningsattest??""")

M("p", """vores søn vil overtage vores gård i Tranegilde men vi er ikke enige om prisen endnu. kan kommunen vurdere den""")

M("p", """min veninde sælger sin lejlighed og jeg overvejer at købe den. er der planer om letbane tæt på Ishøj Bygade?""")

M("", """fik brev om ejendomsskat, der står nr 1507841234 øverst, hvad er det for et nr?""")

M("p", """Hej Bente

køber kommer til besigtigelse lørdag og vi har ikke fået svar på om vores udestue er godkendt. kan du rykke for os?

Mvh Ole og Grethe""")

M("p", """vi er 4 familier der vil byde sammen på den gamle skole i Torslunde som i har sat til salg, hvordan gør vi""")

M("", """hvad koster det at få en bygningsattest hos jer? bare så jeg ved det""")
