"""corpus56 part H: CPR numbers typed on a phone, mostly with other categories."""
from common import M

M("", """hej mit nr er [[120385-2317]] jeg har ikke fået svar på min ansøgning om beboerparkering""")

M("h", """Emne: sygemelding

er syg med influenza hele ugen, kommer ikke på kurset. cpr [[0303901284]] hvis i skal bruge det
Mette""")

M("e", """kontant hjælp ikke udbetalt igen!! [[110488 3396]]""")

M("e", """min mor er [[250745–1468]] og skal have hjemmehjælp efter hun kom hjem i går, hvem kommer""")

M("", """mig: [[070281\u00a02215]]
min søn: [[150712-4107]]
vi skal begge have nyt sundhedskort, vi er flyttet til Gildbrovej""")

M("he", """sygedagpenge stoppet uden grund, jeg har stadig diskusprolaps!!! personnr [[290200-5123]]""")

M("p", """vedr salg af vores hus Tranegilde 12, køber venter på svar om spildevand. mit cpr [[310177-0845]] hvis i skal finde sagen""")

M("t", """hej jeg er fra Polen og mit nr er [[080962 1539]], kan i sende papirer på engelsk""")

M("s", """min mand Karsten og jeg skal flytte sammen, kan i ændre adresse for os begge? mit cpr er [[141155-3302]]
mvh Bent""")

M("b", """vil melde mig ud af folkekirken, er blevet muslim. [[020399-0711]]""")

M("u", """er i 3F og har ikke fået feriepenge fra kommunen. [[230694–2458]] Ahmed""")

M("h", """min datter [[190807 6127]] har fået diabetes 1 og skal tage insulin i skolen, må hun have mobilen med i timerne til sin måler""")

M("", """Jeg har flyttet adresse men post kommer stadig til gammel adresse. Mit personnummer: [[051268-1190]]. Tak""")

M("eh", """min far [[270373\u00a03346]] er blevet visiteret til plejebolig efter sin blodprop, hvornår kan han flytte ind""")

M("e", """ang. ansøgning om boligstøtte - cpr.nr. [[1605912873]] - har i modtaget lønsedlerne?""")

M("p", """ang vores bud på grunden Industrivej 9. budgiver: Tonny Hansen, [[221079 0437]]""")

M("e", """min mormor er [[300630-0019]] og bor på plejehjemmet, men hun har ikke fået sin lommepenge""")

M("t", """jeg er somalier og kan ikke læse brevet fra jer. mit cpr [[091186–1752]], ring 2233 4455""")

M("se", """vi er to mænd og vil adoptere vores plejesøn [[181202-4416]]. hvor søger man""")

M("b", """vores søn skal konfirmeres i Ishøj kirke, han hedder Magnus og er [[040471 2201]]… nej undskyld, det er mit. hans kommer""")

M("u", """Emne: TR

er valgt som tillidsrepræsentant for FOA på plejecentret. cpr [[1209643018]], skal det registreres et sted""")

M("ht", """min svigermor er fra Tyrkiet og er indlagt på Hvidovre med hjertesvigt. hendes nr [[260587-1963]] nej det er min mands, hendes er [[170850-0625]]""")

M("", """hej, skal bruge en ny affaldsbeholder, den gamle er knækket. [[010193 2744]], Ishøjvej 17""")

M("e", """vores plejebarn Jamie [[071016-8123]] skal have nyt pas, hvem skal underskrive""")

M("p", """Emne: betinget købsaftale

købsaftale på Vejlebrovej 102 er betinget af jeres godkendelse af udestuen. køber: [[280282-2371]]""")

M("te", """min nabo er fra Eritrea og er blevet sat ud af sin lejlighed. hun har bedt mig skrive hendes nr: [[131067–0998]]""")

M("hu", """er i Dansk Metal og kom til skade på jeres genbrugsplads, min arbejdsskade er anmeldt. cpr: [[061154 2109]]""")

M("s", """Hej, jeg er lesbisk og min kone skal have medmoderskab registreret. Mit cpr: [[240998-3631]]""")

M("", """mit nr er [[150483 1240]] - kan i se om min parkeringsbøde er betalt? kvitteringsnr 0482-33917""")

M("b", """jeg er medlem af Dansk Folkeparti og vil gerne stå på stemmesedlen til næste valg. [[2111882557]]""")

M("e", """hejsa, mit barn [[120319-5566]] har fået friplads, men i opkræver stadig. vores kundenr er 4471289""")

M("he", """[[090657-1826]] er min mors nr. hun har fået demens og vi vil søge om plads i dagcenter""")

M("p", """jeg vil købe min brors andel af huset vi arvede, han er [[300975-0134]], og vi mangler en vurdering""")

M("", """vedr. kørekort fornyelse, mit cpr: [[011270 1315]]. hvornår kan jeg hente det""")

M("t", """Hej! Jeg kom som flygtning fra Afghanistan og skal have nyt opholdskort. Nummer: [[191091–2627]]""")

M("e", """min søn [[030503-4721]] har fået afslag på SU og vil søge kontanthjælp, hvordan""")

M("h", """mit nr er [[250366 0882]] og jeg er lige blevet opereret for brystkræf, kan jeg få udsat min frist for at beskære hækken""")

M("s", """my husband Daniel and I (two guys) want to register at the same address. my cpr [[100879\u00a01743]] – Chris""")

M("u", """Venlig hilsen
Lise Holm
FOA-medlem siden 1998
cpr [[121060-1224]]

ps. svar gerne på sms""")

M("pe", """skylder banken så meget at huset skal sælges på tvang. cpr [[220358-2903]]. kan kommunen gøre noget ved ejendomsskatten først""")

M("b", """stemte blankt fordi jeg er royalist og ikke vil stemme på nogen af jer 😂 [[041049-0876]]""")

M("t", """min mand er fra Marokko og hans cpr er [[130778-2541]], han skal have tolk til mødet om vores hegn""")

M("e", """Re: din ansøgning

> Vi mangler dit CPR-nummer for at behandle din ansøgning om enkeltydelse.

[[2706931138]]""")
