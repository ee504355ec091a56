"""Part H: sales and bids in the blocks and villas, faith and origin among neighbours, reply chains."""
from common import M

M("p", """
SV: Lokalplan for Ishøj Landsby

> Den 3. sep. 2025 skrev Center for Byudvikling og Natur:
> Lokalplanforslaget forventes behandlet i byrådet i november.

Tak for svaret. Problemet er bare at vores køber har et forbehold om at lokalplanen er vedtaget senest 1. november. Hvis det skrider, står vi uden køber, og vi har allerede købt vores nye lejlighed. Kan sagen ikke komme på oktobermødet?

Mvh
Hans og Birthe Kjeldgaard, Ishøj Landsby 9
""")

M("b", """
hej

vi er nogle stykker fra kirken (pinsekirken i Hundige) der mødes og synger i fælleshuset om søndagen. nu har vi fået at vide at vi ikke må mere fordi det er "religiøs aktivitet". hvem har bestemt det?

hilsen Jonas, en af dem
""")

M("t", """
Kære Karen

Jeg er halvt marokkansk og halvt dansk og er vokset op i Vejleåparken. Når jeg søger bolig i andre afdelinger i Ishøj, får jeg altid at vide at der ingen ledige er, men min danske kæreste fik tilbudt to lejligheder på en måned. Jeg vil gerne have kommunen til at se på det.

Hilsen
Yasmin El-Amrani
""")

M("u", """
Hej Ole

Du kender mig fra TR-kurset i FOA. Jeg bor nu i et af de nye rækkehuse ved stationen, og vi har problemer med at affaldsspandene ikke bliver tømt. Kan du tage det med til udvalget?

Hilsen
Tina Hedegaard
""")

M("p", """
Til hovedpostkassen

Jeg er interesseret i at købe det tidligere pedelhus ved Ishøj Skole, som kommunen har annonceret til salg. Jeg har set det i søndags og vil gerne afgive et bud. Hvem skal jeg sende det til?

Venlig hilsen
Morten Skov
""")

M("", """
Hej

Hvordan sælger kommunen sine ejendomme? Er det altid i offentligt udbud, eller kan man købe direkte? Spørger generelt, vi er ikke i markedet lige nu.

Mvh
Sebastian
""")

M("bt", """
Dear Council Member,

I am a Hindu and I came from Gujarat, India. We celebrate Diwali with small oil lamps on our balcony. This year the housing company sent us a warning for fire risk. Is there a municipal rule about this? We were very careful.

Regards
Mehul Patel
""")

M("s", """
Til borgerrådgiveren

Jeg er homoseksuel mand og 72 år. Jeg bor i en seniorlejlighed fra boligselskabet, som jeg selv har lejet. Nogle af de andre beboere har sagt at jeg ikke skal tage min kæreste med i fælleslokalet. Kan de det?

Venlig hilsen
Kaj Ravn
""")

M("pt", """
Hej

Vi er en polsk familie, og vi har givet bud på et hus i Torslunde. Mægleren siger, at der er en servitut om at man ikke må have erhverv. Min mand er tømrer og har en lille firmabil. Gælder servitutten for det?

Mvh
Katarzyna Zielinska
""")

M("u", """
hej

jeg er tillidsmand for 3F på byggepladsen ved de nye almene boliger i Ishøj Strand. folk parkerer ulovligt fordi der ikke er plads. kan kommunen lave midlertidig parkering? vi får bøder hver dag

Dennis Mølgaard
""")

M("be", """
Kære udvalgsformand

Jeg er vegetar og veganer af etiske grunde og bor i et bofællesskab for seniorer. Fællesspisningen serverer kød hver dag. Kan kommunen påvirke, at der også er et vegansk alternativ, når det er kommunens madordning?

Med venlig hilsen
Henny Lorentzen
""")

M("p", """
Hej

Vi har købt en andel i Gadekærsparken med overtagelse 1. august, men det er betinget af at vi får andelsboliglån. Banken vil have en erklæring fra foreningen om, at der ikke er påbud fra kommunen. Har I nogen påbud på ejendommen?

Mvh
Frederik og Sara
""")

M("", """
Hej

Vi er en almen afdeling, der overvejer at omdanne nogle lejligheder til ungdomsboliger. Skal kommunen godkende det, og hvor lang tid tager det?

Med venlig hilsen
Boligselskabet, afdeling 14
""")

M("t", """
Hej

Min nabo har lige sagt til min søn på 9 at han "skal tilbage til Afrika". Vi er fra Gambia, men min søn er født i Hvidovre. Jeg har optaget det på telefonen. Kan kommunen gøre noget ud over at boligselskabet giver en advarsel?

Mvh
Fatou Jallow
""")

M("s", """
Hej,

Min kæreste og jeg er to mænd på 30 og 34 og har boet sammen i tre år. Vi vil gerne skrives op til en familiebolig, fordi vi er godkendt som plejefamilie. Hvordan gør vi?

Mvh
Christian og Ali
""")

M("b", """
Til borgmesteren

Jeg har været medlem af Socialistisk Folkeparti i 40 år, og jeg har altid støttet de almene boliger. Men den nye helhedsplan med nedrivning af blok 3 er forkert. Jeg håber I vil genoverveje.

Med venlig hilsen
Kirsten Lauritzen
""")

M("pe", """
Til borgerrådgiveren

Jeg er 81 og har fået en plads på plejehjem. Mit hus skal sælges, og min søn har fået et bud. Kommunen har sagt, at jeg skal betale for plejehjemmet af salgssummen. Er det rigtigt, og hvornår skal jeg betale?

Med venlig hilsen
Aase Vinding
""")

M("u", """
Hej

Jeg er vicevært og formand for 3F's ejendomsklub i Ishøj. Vi vil gerne holde et møde om arbejdsmiljø i beboerhuset i Vejleåparken. Skal vi søge om tilladelse hos kommunen eller hos boligselskabet?

Venlig hilsen
Flemming Hald
""")

M("t", """
Hej

Jeg er romani og bor i Ishøj. Boligselskabet har sat et skilt op om at "campingvogne ikke må holde på parkeringspladsen", men det er kun os de siger det til. Min familie kommer på besøg til min fars fødselsdag.

Venlig hilsen
Dragan Nikolić
""")

M("", """
Hej

Jeg har set i Ishøj Avis at der er diskrimination på boligmarkedet. Hvad gør kommunen for at sikre at boliger fordeles fair? Jeg spørger som almindelig borger.

Venlig hilsen
Lotte Bjerregaard
""")

M("p", """
Til byrådsmedlem Ahmed Saleh

Mit firma har givet et bud på kommunens erhvervsgrund i Industrikvarteret. Vi har hørt at I også har et andet bud. Kan du fortælle hvornår udvalget beslutter?

Venlig hilsen
Torben Nygaard
Nygaard VVS A/S
""")

M("bs", """
Hej

Vi er to kvinder, der blev viet i Ishøj Kirke sidste år. Nu vil vi gerne have vores navneforandring registreret i boligselskabet, men de kræver en attest fra kommunen. Hvor får vi den?

Med venlig hilsen
Lene og Birgit Lund
""")

M("t", """
Hej

Min kone er fra Vietnam. Hun har lige fået permanent opholdstilladelse, og vi vil gerne flytte sammen i en større lejlighed. Skal hun stå på kontrakten?

Venlig hilsen
Erik Madsen
""")

M("pe", """
hej

har fået brev om tvangsauktion på mit rækkehus i Ishøj Strand den 3. december. har ikke betalt lån i et halvt år fordi jeg mistede jobbet. min bror vil måske købe det. kan kommunen gøre noget

Kim
""")

M("b", """
Kære Ishøj Kommune

Vores søn Noah skal døbes i Torslunde Kirke i juni, og vi vil holde fest i beboerhuset. Må vi sætte telt op på græsplænen?

Mvh
Sofie og Mads
""")

M("", """
Hej

Må man sætte telt op på de grønne områder ved de almene boliger, når man holder fest? Vi tænker på en 50-års fødselsdag.

Mvh Birthe
""")

M("u", """
Hej,

Jeg er medlem af IDA og ingeniør på renoveringen af Ishøj Søpark. Jeg vil bare sige at flere beboere har spurgt mig om deres husleje, og det kan jeg ikke svare på. Kan kommunen lave et informationsmøde?

Mvh
Lars Juhl
""")

M("s", """
hej med dig

mig og min kone skal flytte i jeres nye almene boliger ved stationen, vi er begge kvinder og vi har hørt at der skal være en "fællesskabs-kontrakt". hvad er det for noget

hilsen Mia
""")

M("t", """
Hej

Jeg er adopteret fra Colombia og bor i Ishøj. Mine naboer kalder mig "udlændingen", selvom jeg er dansk statsborger og har boet her hele livet. Det er trist. Jeg ved ikke om kommunen kan gøre noget.

Mvh
Juliana Storm
""")

M("p", """
Hej

Jeg har købt en grund i Ishøj Landsby betinget af byggetilladelse. Arkitekten har sendt ansøgningen for otte uger siden. Sælger bliver utålmodig og vil gerne have handlen lukket. Hvornår kan vi forvente svar?

Venlig hilsen
Mikkel Frost
""")

M("bu", """
Hej

Jeg er medlem af Liberal Alliance og af Lederne. Jeg vil gerne høre om kommunen har planer om at sælge de almene boliger til lejerne, som man har gjort andre steder.

Venlig hilsen
Steffen Hvid
""")

M("", """
Hej

Hvordan kan en almen bolig sælges til lejerne? Er det lovligt i Danmark? Spørger generelt.

Mvh
Kasper Lind
""")

M("bt", """
Hej

Min mor bærer tørklæde og vil gerne bruge den kommunale svømmehal på kvindetiden. Hun er fra Irak og har boet i Ishøj i 20 år. Kan I bekræfte tiderne?

Mvh
Zainab
""")

M("he", """
hej

min far har fået kræft og skal have kemo på Herlev. han bor alene i en lejlighed uden elevator. kan han få kørsel? det ville hjælpe meget

Camilla
""")

M("", """
Hej

Hvordan får man en beboerparkeringslicens i Ishøj Strand? Vi har to biler i husstanden og har hørt at man kun kan få én licens pr. lejlighed. Licensnr. på den gamle er 1204881173, hvis I skal bruge det.

Mvh
Rasmus og Tilde
""")
