"""corpus59 part d: text pasted from SMS, Facebook, Messenger, Aula and e-Boks, sent on
to council members and the main mailbox."""
from common import M

M("s", """
Hej Mona

Jeg kopierer lige det her ind fra Facebook-gruppen "Ishøj Nord", for jeg synes ikke det
er ok:

"Der er kommet to bøsser ind i nr. 14, nu går det ned ad bakke med vejen"

Det er mig og min mand Peter der er flyttet ind i nr. 14. Kan kommunen gøre noget ved
sådan en gruppe? Vi er ret kede af det.

Henrik Skov
""")

M("", """
Hej

Her er den sms jeg fik fra jer:

"Ishøj Kommune: Husk din tid i Borgerservice tirsdag 10/11 kl. 09:20. Medbring pas og
billedlegitimation. Ref 1011260920. Svar ikke på denne sms."

Jeg kan ikke komme. Hvordan flytter jeg tiden?
Vh Lone
""")

M("e", """
Til hovedpostkassen

Jeg sender et skærmbillede af e-Boks-brevet i tekst, da det ikke kan åbnes på min
telefon:

"Afgørelse om tilbagebetaling af kontanthjælp. Du har modtaget 9.840 kr. for meget i
perioden 1.5.2026-31.7.2026. Beløbet opkræves med 500 kr. pr. måned."

Jeg forstår ikke hvorfor. Jeg har ikke arbejdet.
Mvh Khalid
""")

M("t", """
Hej Jakob (byrådet)

Læs lige hvad der står under jeres opslag om den nye legeplads:

"Hvorfor skal vi betale for legepladser til alle de somaliere i Vejleåparken"

Mine børn og jeg er somaliere og bor i Vejleåparken. Vi betaler også skat. Jeg vil
gerne have at I sletter kommentaren.

Hilsen Hodan
""")

M("", """
Hej, jeg sender lige en besked fra Aula videre til jer, fordi den vist er sendt forkert:

"Kære forældre i 3.A. Husk madpakke og drikkedunk til turen til Arken på torsdag. Vi
går fra skolen kl. 8.15. Hilsen Pia og Morten"

Den var sendt til mig selvom mit barn går i 5.B.
Mvh forælder
""")

M("h", """
SMS fra min svigerfar som jeg skriver af til jer:

"hej skat har været på skadestuen hele natten har brækket hoften. de siger jeg skal
opereres i morgen. kan du ringe til kommunen og sige at jeg ikke kan komme til
syn af min bil på fredag. kram far"

Så han kommer ikke. Kan det flyttes?
Vh Susanne
""")

M("u", """
Hej Kasper

Jeg sender dig lige det vi skrev i vores fagforeningsgruppe på Messenger:

"Vi fra Dansk Metal på renseanlægget mødes torsdag efter vagt om de nye vagtplaner.
Alle medlemmer skal med."

Som du kan se er vi ikke tilfredse. Kan du tage det op i udvalget?

Brian, klubformand
""")

M("", """
Hej Ishøj Kommune

Nedenfor er teksten fra jeres opslag på Facebook. Der står at Ishøj Svømmehal har lukket
i uge 50. Passer det? Det står ikke på hjemmesiden.

"Kære svømmere. Pga. renovering er svømmehallen lukket 7.-13. december."

Hilsen Peter
""")

M("b", """
Hej Rasmus (byråd)

Du skrev i dit opslag "vi skal huske vores kristne værdier". Jeg er muslim og medlem af
Konservative, og jeg synes det var en mærkelig formulering. Vi har også værdier.

Mvh Adnan
""")

M("eh", """
Til Center for Børn og Forebyggelse

Beskeden fra min søns lærer på Aula (kopieret):

"Kære Mads' mor. Mads har igen haft et anfald i skolen i dag. Vi ringede 112 og han er
kørt på Hvidovre. Vi ringer senere."

Han har epilepsi og jeg har søgt om en støtteperson i skolen i 4 måneder. Nu sker det
her igen. Hvornår får jeg svar?

Trine Kofoed
""")

M("", """
hej

jeg fik denne sms: "Din pakke 2203941187 kan ikke leveres. Følg linket for at betale
told." er det jer? Det står med Ishøj Kommune øverst.

mvh Bodil
""")

M("p", """
Hej Lise

Jeg kopierer lige fra Boligsiden til dig, så du kan se det:

"TIL SALG: Villa, Strandengen 9, Ishøj. Kontantpris 4.495.000 kr. Med udstykningsmulighed
- lokalplan tillader to boliger."

Det er min nabo der sælger. Jeg er meget sikker på at lokalplanen ikke tillader to
boliger. Kan kommunen rette annoncen før nogen køber?

Venlig hilsen
Svend Aage
""")

M("tb", """
Kære byrådet

Her er beskeden vores datter fik på Snapchat fra en dreng i klassen:

"skrid hjem til dit eget land med dit tørklæde"

Vi er fra Bosnien og hun bærer tørklæde fordi hun er troende. Skolen siger at det er
forældrenes problem fordi det skete i fritiden.

Mvh Amra og Senad
""")

M("s", """
Emne: e-Boks brev - forkert navn

Jeg fik i dag et brev i e-Boks om navneændring, og der står "Kære Jonas og hustru".
Jeg er gift med Morten, det ved I godt. Personnummer [[020487 2345]].

Jonas Lauritsen
""")

M("", """
Hej

Her er teksten fra jeres sms-service om vandafbrydelse:
"Ishøj Forsyning: Vandet afbrydes Gadekærvej 1-40 onsdag 11/11 kl. 9-13. Kundenr.
0811950347."

Gælder det også Gadekærvej 42?
""")

M("eu", """
hej Tom

her er det sms'en fra min chef, den er kopieret ind:

"Du er opsagt fra i dag pga. samarbejdsproblemer. Løn til og med fredag."

jeg er i 3F og de siger det er uretfærdigt. men nu skal jeg melde mig ledig i
jobcenteret og vil gerne vide hvor man gør det. du sagde du kunne hjælpe.

Kenneth
""")

M("hs", """
hej Louise fra byrådet

kopi af min Facebook-story der fik 100 kommentarer:
"jeg er queer og har haft en spiseforstyrrelse i 3 år. Der er INGEN hjælp at få i
Ishøj for unge under 18 🙁"

Folk skrev at det var det samme for dem. Kan I ikke gøre noget?

Freja, 16
""")

M("", """
Hej

Jeg har modtaget følgende fra jeres Aula-system og forstår den ikke:

"Forældremøde i Regnbuen udskydes til 24.11. Dagsorden: ny madordning med økologi og
halal-alternativ, sygdomspolitik, Lucia."

Er det hele vuggestuen eller kun Solstuen?
Vh Mathias
""")

M("be", """
Hej Birgitte

Her er SMS'en fra Udbetaling Danmark:
"Din ansøgning om boligstøtte er modtaget. Sagsnr. 3090-2611-4413"

Jeg skriver til dig fordi jeg er medlem af SF og jeg har hørt at du arbejder med
boligpolitik. Det tager for lang tid. Jeg har ikke råd til huslejen i december.

Mikala
""")

M("pe", """
Til hovedpostkassen

Indsætter brevet fra tinglysningsretten:

"Der er begæret tvangsauktion over ejendommen Ishøj Søpark 212. Auktionen afholdes
14. januar 2027 kl. 10.00."

Det er min lejlighed. Jeg har fået at vide at jeg kan søge om hjælp til at betale
restancen. Hvor gør jeg det?

Hussein
""")

M("s", """
Hej Mette, kopi af min besked til skolelederen som ikke er besvaret:

"Vi er to fædre til Alfred i 0.B, og skoleskemaet i Aula viser kun 'mor' som
kontaktperson. Kan I rette det så vi begge står som far?"

Kan du skubbe lidt på?
Anders og Nikolaj
""")

M("", """
Hej

Her er teksten fra min regning: "Opkrævning af renovation 2. halvår. Fakturanr.
0106792214. Forfald 15.11.2026. EAN 5798009800015."

Jeg har allerede betalt via Betalingsservice. Kan I se det?
Mvh Per Hansen
""")

M("hb", """
Kopi af Messenger-besked fra min mor:

"Far har det dårligt igen, hans nyrer. Han vil gerne have at præsten fra
Pinsekirken kommer på hospitalet, han beder hver aften og vil have bøn sammen med ham."

Jeg ved ikke om det er hospitalet eller kommunen man skal spørge, men kan I hjælpe?

Simon
""")

M("u", """
hey

sådan står det i vores TR-gruppe:
"Hvem fra HK vil stille op som TR på Rådhuset efter Sanne?"

jeg vil gerne stille op. hvem skal jeg skrive til i kommunen?
Maja fra lønkontoret
""")

M("", """
Hej

Min far fik den her sms fra en ukendt:
"Ishøj Kommune: Dit CPR-nummer skal bekræftes. Send det til 70 20 30 40."

Er det svindel? Han har ikke svaret.
Hilsen Christian
""")

M("t", """
Hej

jeg sender det her fra Aula: en mor skrev i klassegruppen "det er altid de arabiske
drenge der laver ballade". Min søn er en af de tre arabiske drenge i klassen, vi er fra
Libanon. Jeg synes skolen skal sige noget.

Rania
""")

M("h", """
Hej hovedpostkassen

Her er sms'en fra min læge:
"Din blodprøve viser lavt stofskifte. Du skal starte med Eltroxin."

Jeg skal bruge en erklæring til min arbejdsgiver. Jeg har cpr.nr.[[2511791236]].

Kirsten Bech
""")

M("", """
Hej

Kopi fra jeres Facebook: "Vi holder Eid-fest for alle i Ishøj Medborgerhus lørdag. Alle
er velkomne, gratis mad."

Hvornår starter det? Og må man tage kage med?
Vh Gitte
""")

M("tp", """
Til borgmesteren

Her er Messenger-beskeden fra køberen af vores hus:

"Jeg vil ikke købe huset alligevel. Der bor for mange udlændinge på vejen."

Vi er selv fra Tyrkiet. Vi havde ikke skrevet under endnu, så han kan godt trække sig,
men det er meget sårende. Huset er nu til salg igen.

Mustafa og Elif Çelik
""")

M("", """
Hej

Sms fra jeres system: "Din bil er flyttet pga. vejarbejde. Nr.plade BC 12 345. Kontakt
43 57 70 00."

Hvor er den flyttet hen?
Vh Jens
""")

M("e", """
Emne: brev fra kommunen i e-boks - jeg forstår det ikke

"Underretning modtaget. Vi indkalder dig og din søn til samtale i Familieafdelingen
d. 18. november kl. 10.00."

Hvad betyder underretning? Er det noget slemt? Hvem har sendt den?
Mor til Oscar
""")

M("eh", """
Hej

Her er vores SMS-tråd med plejecentret:

Plejecenter: "Din mor er faldet og har slået hovedet. Hun er kørt på skadestuen."
Mig: "Hvorfor har I ikke ringet til mig?"
Plejecenter: "Vi ringede til din bror."

Min bror og jeg har fælles fuldmagt. Mor hedder Inga Sønderby, [[110733-1852]].

Venlig hilsen
Birgit Sønderby
""")

M("ub", """
Hej Claus

Som du kan se af den vedhæftede invitation fra Facebook:
"SF Ishøj og FOA's pensionistklub holder debatmøde om ældrepleje".

Jeg er selv med i begge, og vi vil gerne have en politiker fra hvert parti med. Kan du?

Karen Lund
""")

M("", """
Hej

Kopi fra Aula: "Pga. sygdom blandt personalet holder SFO'en lukket fra kl. 15 i morgen."

Det er tredje gang denne måned. Hvem skal jeg klage til?
Mvh Louise
""")

M("s", """
Hej Søren

Her er den besked jeg fik fra Borgerservice:
"Vielser på rådhuset om lørdagen er fuldt booket frem til marts."

Min forlovede Anne og jeg (ja, to kvinder) vil gerne giftes i februar. Kan byrådet ikke
åbne for flere lørdage?

Camilla Vestergaard
""")

M("hu", """
Hej Pernille

Her er en besked fra vores klub-Messenger: "Alle DSR-medlemmer på Ishøj Plejecenter:
Husk at registrere overarbejde."

Det er det jeg har skrevet om. Jeg er selv DSR-medlem og har været sygemeldt med stress i 6 uger nu pga.
alt overarbejdet.

Hanne, sygeplejerske
""")
