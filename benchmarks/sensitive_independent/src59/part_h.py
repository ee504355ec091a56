"""corpus59 part h: short notes, slang, typos, dropped subjects, mails sent from phones."""
from common import M

M("u", """
er i 3F og vil gerne vide om jeg kan få fri til fagforeningskursus uden løntræk.
arbejder i parkafdelingen. mvh Jimmy
""")

M("s", """
hej. er homo og ny i ishøj. findes der en LGBT+ ungdomsgruppe her? eller skal man til
kbh. /Oliver 17
""")

M("", """
hej hvornår tømmes papircontaineren på Vejlebrovej?? den har været fuld i 2 uger
""")

M("u", """
hejsa. har lige meldt mig ind i FOA og vil høre om mit gamle kontingent til Krifa
stopper automatisk når lønnen skifter? arbejder i hjemmeplejen. hilsen Susanne
""")

M("t", """
Hej. Jeg er kurder og bliver kaldt terrorist af drengene ved busstoppestedet hver
morgen. Jeg er 14. Kan I sætte kameraer op? Rojda
""")

M("b", """
hey. er muslim og vil gerne bede på arbejdet i frokostpausen. arbejder i
kantinen på rådhuset. er der et rum? mvh Yasin
""")

M("s", """
hej Louise. min kærste og jeg er to piger og vi blev smidt ud af ungdomsklubben i går
fordi vi kyssede. drengene der kyssede med piger fik lov at blive. det er uretfærdigt
""")

M("", """
hej. min vaskemaskine larmer og udlejer svarer ikke. er det kommunen? nej vel. ok tak
""")

M("u", """
hej vil bare lige sige at jeg har skiftet a-kasse fra ASE til HK a-kasse pr 1/11.
[[180891-2216]]
Laura
""")

M("hs", """
mig og min mand (jeg hedder Rune) har begge corona og kan ikke komme til
forældremødet i børnehaven i morgen. sig det lige til dem tak
""")

M("b", """
hej stemte på Dansk Folkeparti sidst men det gør jeg aldrig igen efter det med
busserne!!! Ole
""")

M("t", """
hej, min kæreste er fra Filippinerne og de på apoteket snakker til hende som om hun er
dum. det er ikke jeres skyld men kan i sige noget til dem
""")

M("", """
hej kan ikke logge ind på borger.dk. cpr [[060993-4182]] står forkert i systemet det skal
være [[0609931482]]. Mvh Sebastian
""")

M("u", """
Hej. Tillidsmand for Dansk Metal på renseanlægget her. Vi mangler stadig svar på vores
ansøgning om nyt værkstedsudstyr. Hvad sker der? Brian
""")

M("sb", """
hej Mona. jeg er bi og katolik og det er ikke nemt i min familie. der er ingen i
ungerådgivningen der har tid før januar. kan i ikke ansætte flere? anonym 16 år
""")

M("", """
hejsa! kan man låne grill i medborgerhuset til sommerfest i Strandparken? 40 pers.
""")

M("e", """
hej er på kontanten og mit køleskab er gået i stykker kan jeg søge om et nyt
""")

M("t", """
Mine forældre kom fra Pakistan i 70'erne og har boet i Ishøj siden. Nu får min far brev
om at han skal bevise sit statsborgerskab?? Han har været dansk i 40 år. Hvad sker der?
Samina
""")

M("s", """
Hej Anders. Tak for kampen i går. Min mand Jonathan var så stolt over at du nævnte
regnbuefamilier i din tale. Kh Mads
""")

M("h", """
har kræft og skal i kemo fra mandag. kan ikke komme til samtalen i
Borgerservice. kan den flyttes?
mvh Gitte Hald [[250170-1908]]
""")

M("", """
Hej, hvilke fagforeninger deltager i jobmessen i Ishøj Hallen 19. nov? Og er der gratis
kaffe? :) Mvh Kim
""")

M("b", """
er Jehovas vidne og vil ikke stå i julekoret på arbejdet. chefen siger det er en del af
jobbet. er det rigtigt? arbejder i børnehaven i Bylunden
""")

M("u", """
hej. er FOA tillidsrepræsentant på Ishøj Plejecenter og har ikke fået indkaldelse til
MED-mødet. bliver det holdt? Lene
""")

M("", """
Hej, på jeres side står at Sundhedshuset lukker kl 15 fredag. Passer det stadig? Skal
hente nogle pjecer om rygestop til vores kantine
""")

M("tu", """
Hej. Jeg er fra Polen og arbejder på lageret. Jeg er i 3F men min chef siger jeg
ikke har ret til overenskomst fordi jeg er udlænding. Er det rigtigt? Piotr
""")

M("s", """
hej, er asexuel og synes spørgeskemaet om "dig og din partner" fra sundhedsplejen er
mærkeligt. kan man springe over? Mvh Ida
""")

M("b", """
Hej. Jeg skal have min søns navn rettet før hans bar mitzvah i maj. Han er født
[[210313-4009]] og hedder Aron Goldberg. Mvh Ruth
""")

M("", """
Hej. Har fundet en hund i Ishøj Landsby. Brun labrador med rødt halsbånd. Chipnr.
208250400112345. Hvem ringer jeg til?
""")

M("u", """
hej borgmester. vi er nogle stykker fra forskellige forbund der holder 1. maj i Ishøj
Byparken. må vi sætte telt op? ingen navne
""")

M("he", """
Min svigermor har brækket armen og kan ikke lave mad. Kan hun få madordning fra
kommunen? Hun bor alene på Gildbrovej. Hilsen Tina
""")

M("s", """
yo. er pan og vil gerne være med i ungdomsrådet men i skemaet står der kun dreng/pige.
kan i lave det om. /Robin
""")

M("t", """
hej. min søn blev kaldt "grønlænder-dranker" af en voksen i bussen. vi er fra Nuuk.
buschaufføren gjorde intet. kan i klage til Movia for os? Pipaluk
""")

M("b", """
Hej Borgerservice. Jeg er konverteret til islam og har skiftet navn til Khadija. Jeg har
sendt papir fra Skattestyrelsen. Cpr: [[111285–2240]]. Mvh Khadija (tidl. Kristina) Berg
""")

M("", """
hej. kan i skrive ud om der er rotter i Vejleåparken? har set 3 i dag ved blok 5
""")

M("u", """
Hej Tom. Jeg er lærer og medlem af DLF og har ikke fået tillæg for lejrskolen. Hvem
skal jeg skrive til? Mvh Bente
""")

M("s", """
Jeg (Per) og min kæreste Martin vil gerne ind i seniorbofællesskabet på Strandgården.
Kan man skrive sig op som par? Vi er begge 70.
""")

M("hu", """
hej. sygemeldt med en knæskade fra arbejdet. Mit forbund (Dansk Metal) siger kommunen
som arbejdsgiver skal anmelde det som arbejdsskade. Er det gjort? Søren, materielgården
""")
