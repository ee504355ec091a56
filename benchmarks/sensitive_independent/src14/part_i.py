"""Part I: short and mixed mails to members, chairs and the mayor - slang, typos, forwarded notes."""
from common import M

M("p", """
hej kasper, vi har fået bud på huset i vildtbanen men køber vil ha at kommunen godkender udestuen først. kan du rykke lidt? mvh jesper
""")

M("p", """
Kære Lone

Min svigerfar vil sælge sin landbrugsejendom ved Tranegilde til os, men vi er ikke blevet enige om prisen endnu, og vi vil gerne vide om kommunen vil tillade at vi udstykker en grund til vores søn. Kan du sætte os i kontakt med den rette?

Mvh
Henriette og Mogens Skov
""")

M("pe", """
Hej Anne

Vi skal sælge huset pga skilsmisse, og der er en køber der har budt 2,6, men min eksmand nægter at skrive under. Jeg har ikke råd til at blive boende alene. Hvad gør man?

Hilsen Stine
""")

M("p", """
Kære borgmester

Jeg vil gerne købe min lejede rækkehusbolig på Højbjerg Vænge af boligselskabet, som har tilbudt mig den for 1,95 mio. Jeg har ikke sagt ja endnu. Ved du om kommunen skal godkende salget af almene boliger?

Venlig hilsen
Gert Hansen
""")

M("ps", """
Kære Morten

Min mand Thomas og jeg (jeg er Peter) har fået accepteret et bud på 4,1 mio. for vores villa på Ishøj Søvej, men købers advokat mangler en færdigmelding fra kommunen for tilbygningen fra 2019. Vi har overtagelse om 3 uger. Vil du hjælpe?

Peter Skaarup
""")

M("pb", """
Kære byrådsmedlemmer

Jeg er medlem af Frikirken Ishøj og skriver også som privat køber: Jeg har budt på den gamle præstebolig på Ishøj Landevej for at bruge den til bolig for min familie. Handlen afventer menighedsrådets godkendelse.

Venlig hilsen
Samuel Kristensen
""")

M("pt", """
Hej Kasper

Vi er en indisk familie der gerne vil købe lejligheden ved siden af vores i Ishøj Strandpark og lægge dem sammen. Ejeren vil sælge til os, men vi skal have kommunens tilladelse til sammenlægningen før vi underskriver. Hvor lang tid tager det?

Mvh
Priya og Arjun Sharma
""")

M("p", """
Hej Lone, kort: naboens grund (Ishøj Landevej 33) er til salg og vi overvejer at byde for at få en større have. Må man slå to matrikler sammen i Ishøj Landsby? Mvh Kasper Brink
""")

M("s", """
Hej Anne

Kan du give en hilsen videre til personalet på Ishøj Plejecenter? Min mand, Hans, har boet der i to måneder. Personalet har været så gode til at tage imod os som et homoseksuelt par. Det havde jeg ikke turdet håbe på.

Med venlig hilsen
Ebbe Mortensen
""")

M("s", """
hej lone
jeg er 14 og lesbisk og min klasse ved det ikke. jeg ville bare sige at jeg synes det var sejt at du talte om LGBT unge i byrådet. jeg håber der kommer en gruppe i ungdomsklubben
(skriv ikk mit navn nogen steder)
""")

M("se", """
Kære Kasper

Jeg og min kone Ida har fået tildelt en ældrebolig i Ishøj Landsby, og vi er meget glade. Vi var lidt nervøse, fordi vi er to kvinder på 80 og har været sammen siden 1970, men alle har været søde.

Hilsen
Ruth Møller
""")

M("s", """
Kære Anne

Min søn Mathias sprang ud som bøsse sidste måned. Han er 16. Vi støtter ham, men han bliver mobbet på Strandskolen. Kan udvalget gøre noget ved skolens trivselsarbejde?

Mvh
Lise Bergmann
""")

M("sb", """
Hej Morten

Jeg er muslim og homoseksuel, og det er ikke nemt i Ishøj. Jeg vil gerne være med til at starte et netværk for LGBT+-muslimer. Kan kommunen hjælpe med et anonymt mødelokale?

(Jeg underskriver ikke med navn)
""")

M("", """
Hej Morten

Kunne kommunen hjælpe med mødelokaler til foreninger der arbejder med minoriteter i minoriteter, fx LGBT+-personer med anden etnisk baggrund? Jeg spørger på vegne af Sabaah.

Mvh
Sabaah, frivilligkoordinator
""")

M("eh", """
hej merete
min mor er på plejehjem og har fået liggesår igen. hun har ikke fået vasket hår i 3 uger. det er ikk ok.
Lotte
""")

M("e", """
Kære Lone

Tak fordi du lyttede til mig ved valgmødet. Min situation er uændret: jeg er stadig på kontanthjælp, min søn er stadig anbragt, og jeg har stadig ikke fået nogen plan.

Venlig hilsen
Jeanette
""")

M("h", """
Kære Kasper, jeg har fået en ny hjerteklap og må ikke køre bil i 6 uger. Kan jeg få kørselsordningen til lægen? Mvh Svend Aage
""")

M("hu", """
Hej Anne

Jeg er pædagog i Børnehuset Regnbuen og medlem af BUPL. Jeg har tinnitus efter 15 år med støj i institutionen og har lige fået den anerkendt som arbejdsskade. Jeg synes byrådet skal investere i lyddæmpning.

Mvh
Charlotte Kjær
""")

M("", """
Hej Anne

Støjniveauet i daginstitutionerne er for højt. Det er dårligt for både børn og voksne. Der er penge at spare på sygefravær hvis man investerer i lyddæmpning.

Mvh
Ishøj Forældreråd
""")

M("tb", """
Kære borgmester

Jeg er tamil og hindu. Vi vil gerne fejre Deepavali med et lysoptog langs Ishøj Strand. Skal vi søge om tilladelse?

Med venlig hilsen
Kumar Sivakumar
""")

M("", """
Kære borgmester

Skal man søge om tilladelse til et lysoptog langs stranden? Vi er en børnehave og vil gerne gå med lygter en aften i november.

Mvh Børnehuset Strandengen
""")

M("eth", """
Hej Kasper

Min nabo Jamal i opgangen – han er irakisk og kom hertil som ung – har mistet sit job på grund af nedskæringer og har ikke råd til sin medicin. Han skammer sig over at spørge kommunen. Kan du give ham et råd, hvis jeg giver ham dit nummer?

Mvh
Ole Knudsen
""")

M("he", """
Kære Morten

Min kollega Lise har fået konstateret leukæmi. Hun er kun 38 og har to børn. Hendes økonomi er katastrofal, fordi hun lige var startet i nyt job. Vi har samlet ind på arbejdet, men kan kommunen hjælpe?

Mvh
Jan Bisgaard
""")

M("u", """
hej kasper, jeg er ny TR i 3F for gartnerne i Vej og Park. vil gerne mødes om de nye vagtplaner. mvh kim
""")

M("u", """
Kære Lone

Jeg har netop meldt mig ud af FOA og ind i Krifa, fordi FOA ikke hjalp mig med min sag om overarbejde. Jeg ville bare gøre dig opmærksom på at mange af mine kolleger på Plejecentret tænker det samme.

Mvh
Susanne Bang
""")

M("ue", """
Kære Anne

Jeg er HK-medlem og arbejder i kommunens Borgerservice. Jeg er blevet varslet afskediget pga. besparelser. Jeg er 61 og ved at jeg ikke får et nyt job. Jeg har ikke råd til at gå på efterløn.

Med venlig hilsen
Jonna Pedersen
""")

M("", """
Kære Anne

Kan du fortælle hvor mange stillinger der nedlægges i Borgerservice med det nye budget? HK Kommunal har spurgt, men ikke fået svar.

Venlig hilsen
HK Kommunal Storkøbenhavn
""")

M("b", """
Hej Morten

Jeg er buddhist og mediterer hver morgen. Jeg vil gerne foreslå at kommunen indretter et stillerum på rådhuset, hvor alle kan trække sig tilbage.

Mvh
Christian Lykke
""")

M("b", """
Kære Kasper

Jeg stemte på dig og Socialdemokratiet sidste gang, men efter budgettet stemmer jeg Enhedslisten næste gang.

Hilsen
Lars Boje
""")

M("t", """
Hej Lone

Min mand er fra Marokko og har fået at vide af Borgerservice at han skal tage en "vestlig" pasfoto-frisure. Er det rigtigt? Det lød mest som en fordom.

Mvh
Tine El-Amrani
""")

M("the", """
Kære borgmester

Jeg er kurder og tidligere torturoffer. Jeg har PTSD og går til behandling hos RCT. Jeg har fået brev fra jobcentret om at jeg skal i praktik i et lager med høje lyde, hvilket min psykiater har frarådet.

Med venlig hilsen
Ahmad Rashid
""")

M("e", """
Kære formand for Beskæftigelsesudvalget

Min datter Julie er 24 og har været på kontanthjælp i 3 år. Hun er nu blevet sanktioneret med 3.000 kr., fordi hun glemte at tjekke sit jobnet. Det er hende der betaler prisen for et it-system.

Mvh
Merete Lauritsen
""")

M("", """
Kære formand for Beskæftigelsesudvalget

Hvor mange sanktioner har kommunen givet til borgere på kontanthjælp i 2025, og hvor mange af dem er blevet omgjort?

Mvh
Socialistisk Ungdomsfront, Ishøj
""")

M("he", """
Hej Anne

Jeg har en søn på 8 med cerebral parese. Vi har søgt om merudgifter til specialsko og kørsel for et år siden og har ikke fået svar. Det koster os 1.500 kr. om måneden.

Mvh
Kristina Bay
""")

M("hp", """
Kære Morten

Vi er ved at sælge vores hus, fordi min mand har fået ALS og ikke kan bo i et hus med trapper. Køberen har budt, men vil have et tilsagn om at kommunen ikke har noget udestående på ejendommen. Kan du hjælpe med at få det hurtigt?

Mvh
Susanne Holt
""")

M("te", """
Kære Lone

Jeg er somalisk og enlig mor til 4. Jeg har fået en opsigelse fra min lejlighed fordi boligselskabet siger jeg skylder 8.000 kr. Jeg har betalt, men de kan ikke finde pengene.

Med venlig hilsen
Sahra Mohamed
""")

M("h", """
hej, jeg har lige fået at vide at jeg har diabetes og skal gå til kontrol i sundhedshuset, men der er 10 ugers ventetid. er det normalt? /Rikke
""")

M("", """
Hej

Hvad er ventetiden på diabeteskurser i Sundhedshuset i øjeblikket? Jeg er praktiserende læge og vil gerne kunne orientere mine patienter.

Mvh
Lægehuset Ishøj Bycenter
""")

M("ut", """
Kære Morten

Som tyrkisk-dansk medlem af 3F's bestyrelse i Køge Bugt vil jeg gerne invitere dig til vores møde om integration på arbejdsmarkedet. Jeg fortæller om mine egne erfaringer som andengenerationsindvandrer.

Med venlig hilsen
Hüseyin Yıldız
""")

M("bh", """
Hej Anne

Jeg er Jehovas Vidne og har fået afslag på at min søn kan få erstattet en blodtransfusion med en anden behandling ved hans kommende operation. Jeg ved godt at det er hospitalet, men kan kommunen rådgive os?

Mvh
Maria Thomsen
""")

M("eb", """
Kære Kasper

Jeg har søgt kirkelig vielse og borgerlig vielse samme dag, fordi min forlovede er katolik og jeg er ateist. Men det er ikke det jeg skriver om. Jeg skriver om at vi begge er arbejdsløse og ikke har råd til nogen fest overhovedet, og vi undrer os over gebyret for vielse på rådhuset.

Mvh
Thomas Krog
""")

M("", """
Kære Kasper

Hvorfor koster det et gebyr at blive viet på rådhuset i Ishøj, når det er gratis i mange andre kommuner?

Mvh
Thomas
""")

M("e", """
Hej Lone

Min nabo, Steffen i nr. 3, blev løsladt fra fængslet i sidste uge og har ingen bolig. Han sover i sin bil på parkeringspladsen. Han har bedt mig skrive, fordi han ikke selv tør.

Mvh
Rita Aagaard
""")

M("s", """
Kære formand for Kultur- og Fritidsudvalget

Jeg er en kvinde på 34, og min kæreste Maja og jeg vil gerne bruge svømmehallen sammen med vores baby. Men omklædningen kræver at vi deler os efter "far og mor"-princippet. Kan der laves et familieomklædningsrum?

Mvh
Katrine Engel
""")

M("", """
Kære formand for Kultur- og Fritidsudvalget

Svømmehallen mangler et familieomklædningsrum. Det er et problem for fædre med døtre, mødre med sønner og alle mulige familier. Kan det komme med i renoveringen?

Mvh
Ishøj Svømmeklub
""")

M("h", """
Hej Morten

Jeg har epilepsi og har fået frataget kørekortet. Jeg bor i Tranegilde, hvor bussen kun kører hver time. Det er umuligt at komme på arbejde. Kan der komme flere afgange?

Mvh
Nicolai
""")

M("", """
Hej Morten

Busforbindelsen til Tranegilde er elendig. Én bus i timen er ikke nok. Folk uden bil er fanget derude.

Mvh Beboerforeningen Tranegilde
""")

M("e", """
Kære Anne

Vores ældste søn på 17 er blevet anbragt på en opholdssted i Jylland. Vi er glade for at han får hjælp, men vi har ikke fået nogen besked om hvornår vi må besøge ham.

Med venlig hilsen
Susanne og Lars Munk
""")

M("eu", """
Hej Kasper

Jeg har været medlem af Det Faglige Hus i 5 år. Jeg er lige blevet ledig og har søgt dagpenge, men jobcentret siger at de ikke har fået mine papirer. Hvem har ansvaret?

Mvh
Rune Thorsen
""")

M("t", """
Kære Lone

Jeg er adopteret fra Sydkorea og har altid boet i Ishøj. Jeg blev kaldt "kineser" af en medarbejder i Borgerservice i går. Jeg vil have en undskyldning.

Hilsen
Sofie Lindberg
""")

M("", """
Kære borgmester

Vil kommunen vedtage en politik mod diskrimination i mødet med borgerne? Jeg har hørt flere historier fra bekendte, men kender ikke detaljerne.

Mvh
Lars Bjerre
""")
