"""corpus56 part F: religion, party and conviction, short mails."""
from common import M

M("b", """er muslim og vil gerne vide om der er et stille rum på rådhuset hvor jeg kan bede i frokostpausen""")

M("b", """min datter skal konfirmeres i maj, kan vi låne festsalen i Ishøj Landsby""")

M("b", """stemte på Enhedslisten sidst men aldrig igen efter jeres beslutning om skoven!!""")

M("b", """jeg er medlem af Venstre i Ishøj og vil klage over at vejen ved Bækkeskovvej ikke bliver ryddet for sne""")

M("", """hvornår er der gudstjeneste i Ishøj kirke juleaften""")

M("b", """min søn spiser kun halal og i serverer svinekød i SFO'en hver torsdag, det går ikke""")

M("b", """jehovas vidne her 🙂 vi holder ikke fødselsdag så min søn bliver hjemme fra klassens fest. er det ok med skolen""")

M("b", """er ateist og synes ikke skolen skal tage min datter med i kirke til jul. kan hun blive på skolen""")

M("b", """jeg går med tørklæde og fik at vide at jeg ikke kunne få job i jeres kantine. er det lovligt""")

M("b", """vi fejrer eid med familien d. 30 så vores 2 børn kommer ikke i skole den dag, er det lovligt fravær""")

M("", """hvornår åbner den nye moské på Industrivej officielt""")

M("b", """Emne: Ramadan

min søn faster og fodboldtræneren tvinger ham til at drikke vand til træning. sig til ham han skal stoppe""")

M("b", """er buddhist og mediterer i parken ved søen hver morgen, men nu har i fjernet bænken""")

M("b", """katolik her, vil gerne vide om skolen giver fri til min datters første kommunion i juni""")

M("b", """jeg er veganer af etiske grunde og der er aldrig noget jeg kan spise i kantinen på rådhuset""")

M("b", """vi er Extinction Rebellion aktivister fra ishøj og vil demonstrere foran rådhuset d. 9. skal vi søge om lov""")

M("b", """sidder i bestyrelsen for SF Ishøj men skriver som privatperson om den farlige overgang ved skolen""")

M("b", """min mor er sikh og bærer turban og hun bliver stoppet ved indgangen til svømmehallen hver gang""")

M("", """må man bære tørklæde i jeres svømmehal?""")

M("b", """pacifist her. vil ikke have at mine skattekroner går til militærparade på rådhuspladsen""")

M("b", """min bror er konverteret fra islam til kristendommen og familien truer ham. hvem kan han tale med""")

M("b", """vi er medlemmer af Mosaisk Trossamfund og vil gerne vide om skolen kan tage hensyn til sabbat""")

M("b", """I'm a practising Hindu and we celebrate Diwali at home with fireworks in the garden. do we need permission?""")

M("b", """vores datter har nonfirmation i april og vi vil gerne leje lokale i medborgerhuset""")

M("b", """har stemt på DF i 20 år men jeres nye p-regler får mig til at overveje det""")

M("", """hvilke partier sidder i økonomiudvalget""")

M("b", """er aktiv i Alternativet og vil invitere til debat om grøn omstilling, hvem skal jeg kontakte""")

M("hb", """Emne: kirkegården

min far er katolik og ligger for døden på Glostrup. vi vil gerne vide om han kan begraves efter katolsk ritual på Ishøj kirkegård""")

M("b", """er sgu muslim og drikker ikke, men de forventer man tager med til ølsmagning på min arbejdsplads (kommunen). hvad gør jeg""")

M("b", """min nabo står på altanen og beder 5 gange om dagen med bønnekald på højtaleren, kan i ikke gøre noget""")

M("b", """vi går i kirke hver søndag og bussen kører ikke mere om søndagen. hvad skal vi gøre""")

M("b", """vores søn skal døbes i Torslunde kirke d. 14 og vi vil gerne have at p-pladsen bliver ryddet for sne""")

M("", """hvorfor må moskéen ikke få byggetilladelse til minaret? spørger som journalist""")

M("b", """jeg er medlem af Socialdemokratiet, og jeg synes i svigter de ældre i den nye budgetaftale""")

M("bt", """som jødisk mor er jeg bange når min søn går med kippa til skolen. hvad gør skolen for at beskytte ham""")

M("b", """min kone går med niqab og kan ikke vise ansigtet til foto i borgerservice, hvad gør vi""")

M("b", """jeg stemmer ikke fordi jeg er anarkist, men jeg vil klage over jeres nye skraldespande""")

M("be", """min svigermor spiser kun kosher og hjemmeplejen ved ikke hvad det betyder. kan i lære dem det""")

M("", """hvornår er der konfirmandgudstjeneste i Ishøj kirke? spørger til skolebladet""")

M("b", """vi er humanister og vil ikke have præst til min mors begravelse, kan kommunen stille et rum til rådighed""")

M("b", """stemte på Liberal Alliance og fortryder lidt 😅 men hvad med cykelstien til Tranegilde""")

M("b", """Emne: tørklæde

min datter på 12 går med tørklæde og en lærer sagde hun skulle tage det af til idræt""")

M("b", """er medlem af Konservative, men det her er ikke partipolitik: lyset på Ishøj Strandvej er slukket""")

M("", """Emne: Eid

hvornår starter Eid-festen i Ishøj Idrætshal og skal man købe billet""")
