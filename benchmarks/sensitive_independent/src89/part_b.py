"""corpus89 part B: family reunification, mixed marriages, expats writing in
English; a spouse of unknown sex and general rules as negatives."""
from common import M

M("t", """
Kære byrådsmedlem

Jeg er gift med en kvinde fra Filippinerne, Maricel. Vi har søgt familiesammenføring
for 11 måneder siden og venter stadig. Udlændingestyrelsen siger at kommunen skal
bekræfte at vores lejlighed er stor nok. Hvem i kommunen gør det?

Med venlig hilsen
Jesper Kragh
""")

M("", """
Hej

Min ægtefælle og jeg skal giftes på rådhuset i foråret. Skal vi bruge vielsesattest
fra begge lande, og hvor lang er ventetiden på en vielse en lørdag?

Mvh
Kim
""")

M("ts", """
Hi,

My husband Rafael and I moved to Ishøj in August. He is Brazilian and I am British.
We married in São Paulo last year. Do we need to register our marriage again in
Denmark, and can he use our shared surname on his residence card?

Thanks a lot,
Daniel Hughes
""")

M("", """
Til Borgerservice

Hvilke dokumenter skal man medbringe for at få et sygesikringskort, når man lige er
flyttet til Danmark fra et EU-land? Gælder det også for børn?

Venlig hilsen
Agnieszka
""")

M("hte", """
Kære borgmester

Min mand Tariq er fra Pakistan. Vi har været gift i 4 år og har to børn. Han har fået
afslag på familiesammenføring igen, fordi jeg har fået kontanthjælp inden for de
sidste tre år. Jeg var syg med en fødselsdepression dengang. Er det rimeligt at vores
børn ikke må have deres far her?

Venlig hilsen
Line Andersen
""")

M("h", """
Hej

Min kone er gravid og termin er 2. februar. Vi flyttede hertil fra Aarhus i sommer
og har ikke fået en jordemoder endnu. Hvordan bestiller vi det?

Hilsen
Mikkel Nørskov
""")

M("", """
Dear Ishøj Kommune,

We are relocating from Canada in January with two kids (7 and 10). Which international
schools are close to Ishøj, and do you offer any English-language information for
newcomers? A link is fine.

Best,
Jennifer and Mark Doyle
""")

M("t", """
Hello,

I'm an American living in Ishøj with my Danish wife. Our daughter Ella starts school
next August. Can she be registered for Ishøj Skole even though we live slightly
outside the district?

Regards,
Brian Caldwell
""")

M("ts", """
Til borgerrådgiveren

Jeg og min kæreste Aleksander har boet sammen i to år. Han er fra Rusland og har været
homoseksuel hele sit liv, og det er farligt for ham at komme tilbage. Hans visum udløber.
Jeg har spurgt kommunen, om det påvirker hans sag, men får
ikke svar.

Mvh
Christian Lykke
""")

M("", """
Hej

Hvor længe er behandlingstiden på et pas til et barn? Vi skal på ferie i
Tunesien til påske.

Vh
Sara
""")

M("t", """
Kære Anne-Marie (byrådet)

Jeg er dansk gift med en mand fra Gambia og vi har en datter på 3. Hun er den eneste
mørke pige i sin vuggestuegruppe og en af pædagogerne har kaldt hende "lille chokolade"
foran andre forældre. Min mand blev meget ked af det. Vi vil gerne have en snak med
lederen, men synes også politikerne skal vide det.

Venlig hilsen
Camilla Ørsted
""")

M("", """
Til Center for Borger, Økonomi og IT

Er det rigtigt at kommunen skal stille bankgaranti for familiesammenføring, eller er
det borgeren selv? Jeg har læst to forskellige ting på nettet.

Mvh Peter
""")

M("e", """
Subject: Divorce and custody - need advice

Hi,

I came to Denmark on a family reunification visa with my husband in 2022.
We are now separating and he wants full custody of our son Aarav (4). My residence permit
depends on the marriage. I have no income of my own. Who in the municipality can help
me with the custody question?

Priya Sharma
""")

M("st", """
Hej

Vi er to mænd der er gift, og vi skal adoptere min mands nevø fra Polen. Hvem i
kommunen skal godkende os, og hvor lang tid tager det?

Hilsen
Tomasz og Henrik
""")

M("", """
Hi, where do I pick up my yellow card (sundhedskort)? I registered at the International
Citizen Service last week. My CPR number letter came, but not the card.

Thanks,
Laura
""")

M("e", """
Til Jobcentret

Jeg har fået brev om at min kone Nour ikke længere kan få integrationsydelse når vi
bor sammen, fordi jeg tjener for meget. Men jeg er på deltid. Jeg tror der er en fejl i beregningen. Kan I se på det?

Med venlig hilsen
Fadi Khalil
Cpr: [[100684-2913]]
""")

M("", """
Hej,

min svigermor kommer på besøg fra udlandet i tre måneder. Skal hun have et
sygesikringskort eller skal hun have rejseforsikring? Hun er over 70.

Mvh Jannik
""")

M("tb", """
Dear Councillor,

My wife Grace and I are from Ghana and we are members of the Pentecostal church that
meets in Ishøj Medborgerhus on Sundays. We are now told that the room cannot be booked
after 1 January. Our church has 40 members and we need a place to worship. Could you
please look into this?

God bless,
Emmanuel Mensah
""")

M("", """
Hej byrådet

Jeg synes reglerne for familiesammenføring er alt for stramme, og at Ishøj Kommune
burde sige det højt til Folketinget. Det rammer helt almindelige danskere der
forelsker sig i udlandet.

Venlig hilsen
Jonas Riis
""")

M("ht", """
Hej Visitationen

Min svigerfar Ramón er kommet fra Chile for at bo hos os, efter min svigermor døde.
Han har Parkinson og ryster meget. Han taler kun spansk. Hvordan får han en vurdering
af om han har brug for hjælp i hjemmet? Vi har ikke søgt om noget endnu.

Venlig hilsen
Marianne Fuentes
""")

M("", """
Kære Borgerservice

Jeg skal forny min opholdstilladelse og skal bruge en bopælsattest. Kan den bestilles
online, eller skal jeg møde op? Mit sagsnummer hos SIRI er 2026-118-44312.

Mvh Chen Wei
""")

M("tse", """
Til borgmesteren

Jeg er en homoseksuel mand fra Uganda, og jeg fik asyl i Danmark sidste år. I Uganda
kan man få livstid for det. Nu er jeg flyttet til Ishøj, men naboerne i min opgang
råber ting efter mig og har skrevet på min dør. Jeg har fået boligen via kommunen.
Kan jeg få en anden bolig?

Venlig hilsen
David K.
""")

M("", """
Hej

Min ægtefælle er udenlandsk statsborger og har fået job i København. Skal hen/hun have
et skattekort fra Ishøj, eller klarer arbejdsgiveren det?

Venlig hilsen
Lotte Vang
""")

M("t", """
Hello Borgerservice,

My wife is Danish and I am from Scotland. We just bought... no sorry, rented a flat in
Ishøj Strand. My driving licence is British. Do I need to exchange it for a Danish one,
and how?

Cheers,
Callum Reid
""")

M("e", """
Hej

Jeg blev skilt i september og min eksmand er rejst tilbage til sit hjemland med vores
fælles bil og alle pengene på kontoen. Jeg har to børn og ingen arbejde. Kan jeg søge
om hjælp til husleje i december?

Mvh
Hanne Said
""")

M("", """
Til Familieretshuset... undskyld, jeg ved ikke om jeg skriver rigtigt

Hvordan søger man om navneændring for et barn, hvis far ikke bor i Danmark? Det er et
spørgsmål for en veninde, hun vil ikke selv skrive.

Mvh Rikke
""")

M("sth", """
Hej

Min kone Aiko og jeg har været gift i 6 år. Hun er japansk og jeg er dansk. Vi skal
have en baby gennem fertilitetsklinik med donor til foråret, og vi spekulerer på om
hun automatisk bliver medmor i Danmark, når vi blev gift i Tokyo.

Venlig hilsen
Sine Holmgaard
""")

M("", """
Goddag

Findes der en vejledning på engelsk om hvordan man tilmelder sig folkeregistret, når
man kommer fra et land uden for EU? Vi er en virksomhed i Ishøj der ansætter
udenlandske ingeniører.

Venlig hilsen
HR-afdelingen, Nordkran A/S
""")

M("e", """
Kære borgerrådgiver

Min søster Hawa kom på familiesammenføring til sin mand i 2023. Han slår
hende, og nu er hun flyttet på krisecenter med børnene. Hun er bange for at hun bliver
sendt ud, hvis de bliver skilt. Kan hun få hjælp fra kommunen til en bolig?

Venlig hilsen
Sagal Abdi
""")

M("t", """
Hi there,

Could somebody help me with the form for "bopælsattest"? I'm Filipino, working as
au pair for a family in Ishøj, and the embassy needs it by Friday.

Thank you po,
Jocelyn Dela Cruz
""")

M("", """
Hej

Vi er et par, hvor den ene er dansk og den anden er fra et land uden for EU. Hvilke
krav stiller kommunen til boligen ved familiesammenføring? Vi overvejer at flytte til
Ishøj og vil bare vide det på forhånd.

Mvh
Nanna
""")

M("h", """
Hej

Min mand Leon er lige blevet opereret for en diskusprolaps og skal ikke løfte i seks uger.
Vi skal flytte fra Ishøj Strand til Brøndby i december. Kan kommunen hjælpe med
flytning, eller skal vi selv finde nogen?

Venlig hilsen
Julie Bjerre
""")

M("tb", """
Til byrådsmedlem Hans Ole

Min datter skal giftes med en pakistansk mand. Vi er katolikker og han er muslim.
Familien vil holde en nikah i moskéen og vi vil gerne have en kirkelig velsignelse.
Kan man leje Ishøj Kulturhus til en fest for 150 gæster en søndag?

Venlig hilsen
Maria Sørensen
""")

M("et", """
Til Center for Børn og Forebyggelse

Min eksmand har taget vores søn med til sin familie i Marokko i efterårsferien, og
han er ikke kommet tilbage. Jeg har fuld forældremyndighed. Politiet siger jeg skal
kontakte kommunen også. Hvad gør jeg?

Mvh
Lene Amrani
""")

M("", """
Hej. Hvad koster det at få oversat en vielsesattest fra arabisk til dansk, og er det
noget kommunen gør? Mvh Bente
""")

M("t", """
Dear Sir or Madam

I am a German citizen born in Hamburg, living with my Danish partner in Ishøj for two
years. Am I allowed to vote in the municipal election in November 2025... sorry, I mean
the next one?

Kind regards,
Katrin Vogel
""")

M("te", """
Kære formand for Børne- og Skoleudvalget

Min kone er fra Kina, og vores søn Lucas taler kinesisk med sin mor og dansk med mig.
Han er 5 og skulle starte i skole til august, men PPR har nu vurderet ham og vil have
ham i sprogstimulering et år mere i børnehaven. Vi er uenige.

Venlig hilsen
Rasmus Holst
""")

M("s", """
Hej

Jeg og min kæreste Ahmed skal flytte sammen, og vi vil gerne vide om vi kan få en
fælles ansøgning på ventelisten til en almen bolig. Vi er to mænd og det er første
gang vi bor sammen.

Vh
Jonas
""")

M("ths", """
Til borgerrådgiveren

Jeg skriver for min kone Ewa, som er polsk og har brystkræft. Hun er i kemo og kan ikke
selv skrive. Vi er to kvinder og har været gift i 9 år. Hospitalet har sendt hendes
breve til hendes gamle adresse i Polen, og kommunen har hendes navn stavet forkert.
Cpr-nummeret er rigtigt: [[230478 3140]]. Kan I rette det?

Anna Wiśniewska-Berg
""")

M("s", """
Hi,

My husband Thomas and I just moved to Ishøj for my job at Novo. We are two men, and we
would like to know if our marriage certificate from Canada... sorry, from Toronto, is
valid here, or do we need to register it again?

Best,
Michael Chen
""")

M("sb", """
Hej

Min kone Hanne og jeg er begge kvinder og aktive i Ishøj Kirke, hvor vi synger i koret
hver søndag. Vi vil gerne have vores søn døbt til foråret. Skal kommunen have noget at
vide om medmoderskabet, før præsten kan døbe ham?

Venlig hilsen
Lise Bjerregaard
""")

M("p", """
Dear Byggesag,

We have signed a conditional purchase agreement on the house at Vejleå Parkvej 12, with
the usual lawyer's reservation. Our lawyer asks whether there are any outstanding
orders from the municipality on the property. Can you check?

Kind regards,
Rebecca and Tom Walsh
""")

M("pu", """
Hej

Jeg er medlem af Dansk Metal og er ved at sælge mit rækkehus på Bredekærs Vænge, fordi
jeg har fået arbejde i Aalborg. Der er en køber, men han trækker det ud. Kan kommunen
fortælle mig, om han har spurgt til noget hos jer?

Mvh
Flemming Krogh
""")

M("sh", """
Hej

Min kone og jeg, to kvinder på 30, har fået en søn via klinik, og jeg skal registreres
som medmor. Det står ikke i papirerne fra Borgerservice. Hvad gør vi?

Mvh Camilla Thy
""")

M("bs", """
Kære byrådsmedlem

Jeg er bøsse og troende katolik og er med i en gruppe for LGBT+ kristne. Vi vil gerne
låne et lokale i Ishøj Medborgerhus en gang om måneden. Kan du hjælpe?

Mvh
Mateusz
""")
