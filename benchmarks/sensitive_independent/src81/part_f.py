"""corpus81 part F: carers' own lives, unions and beliefs around the care of a relative."""
from common import M

M("uhe", """
hej

er i FOA og arbejder på et plejehjem i Hvidovre, og passer min mor i Ishøj ved siden af.
har fået en diskusprolaps og er sygemeldt. kan ikke løfte hende mere. er der nogen der
kan tage over med indkøb og tøjvask de næste par uger, eller skal jeg spørge min bror

vh Tanja
""")

M("se", """
Til Plejecenter Vejleåparken

Min kæreste Mads og jeg har været sammen i seks år. Hans mor Ingrid bor hos jer, og vi
besøger hende hver søndag. Mads er på kursus i Norge i december, så jeg kommer alene.
Kan jeg stå som pårørende, så jeg kan få besked, hvis der sker noget?

Venlig hilsen
Jonas Friis
""")

M("be", """
Hej Plejecenter Torslundehus

Min svigerfar er aktiv i Dansk Folkeparti og har været det i 25 år. Han bor hos jer og
vil gerne hænge en valgplakat for sit parti op på sin dør op til valget. Personalet har
sagt nej. Han er sur. Hvad er reglerne, så jeg kan forklare ham det?

Mvh Lene Dalsgaard
""")

M("", """
Hej

Kan pårørende få rabat på parkering ved hospicet, hvis man kommer hver dag i lang tid?
Jeg har hørt at det findes andre steder.

Venlig hilsen
Marianne
""")

M("tb", """
Til Ishøj Kommune, Borgerservice

Min far, Rodrigo Fuentes, [[111044-1027]], kom til Danmark som politisk flygtning fra Chile
i 1974. Han var medlem af Socialistpartiet og blev forfulgt under Pinochet. Nu vil han
gerne have sin gamle chilenske fødselsattest oversat og lagt i sin sag hos jer, fordi
navnet står forkert i folkeregistret. Hvordan gør vi?

Venlig hilsen
Carolina Fuentes
""")

M("u", """
Kære byrådsmedlem Karina Holm

Min datter Emilie er blevet valgt som tillidsrepræsentant for BUPL i sin børnehave i
Ishøj. Siden har hendes leder ikke sagt godmorgen til hende og har flyttet hende til en
anden stue. Hun vil ikke selv skrive, men jeg synes du skal vide det.

Venlig hilsen
Hans Madsen
""")

M("s", """
hej
mig og min kæreste Jonas (ja vi er to fyre) vil gerne flytte tættere på min mor i Ishøj.
kan man skrive sig op til en almen bolig gennem kommunen eller er det kun ved
boligselskaberne? og hvor lang er køen ca

mvh Sebastian
""")

M("", """
Til Ishøj Kommune, Kreditor

Vi er et privat plejefirma og har leveret afløsning i efteråret. Vores CVR er 12345678
og p-nr. 1003456789. Faktura 4471 fra 1. oktober er stadig ikke betalt. Hvem kan vi
kontakte?

Med venlig hilsen
Omsorg & Co ApS
""")

M("hte", """
Hej kommune

Jeg kommer fra Irak og mit dansk er ikke så godt. Min mand er syg med kræft i
tarmen og er meget træt. Hjemmehjælpen kommer to gange om ugen, men han har brug for
mere hjælp, jeg kan ikke løfte ham alene. Hvem skal jeg ringe til? Vi har ingen
familie her.

Tak
Suha
""")

M("bu", """
Til Hjemmeplejen, ledelsen

Jeg er social- og sundhedshjælper i hjemmeplejen og medlem af FOA. Jeg er muslim og vil
gerne bede i min pause om eftermiddagen. Det tager fem minutter. Der er ikke noget sted i
vores hus hvor man kan være alene. Kan man bruge mødelokalet, når det er ledigt?

Venlig hilsen
Hafsa
""")

M("", """
Hej

Hvad koster et døgn på aflastning i egenbetaling, og er maden med i prisen? Jeg kan se
prisen for 2026 men ikke for næste år.

Mvh Per
""")

M("pu", """
Til Teknik og Miljø

Min far, som har været i 3F hele sit liv og er med i deres seniorklub, vil sælge sit
kolonihavehus i Haveforeningen Strandhaven. Han har en køber, men foreningen siger at
det gamle udhus skal fjernes først. Gælder det, når det står i kommunens register?

Mvh Annette
""")

M("sbe", """
Til Plejecenter Ishøjhus, aktivitetsmedarbejderen

Min bror Thomas er præst i folkekirken i Roskilde og er gift med Michael. De vil gerne
holde en lille julegudstjeneste for min mor og de andre beboere på hendes gang. Begge
kan komme den 20. december. Er det noget I kan bruge?

Venlig hilsen
Karin Lauesen
""")

M("e", """
Hej

Min mor har madordning fra jer og klager hver dag over at maden er kold, når den kommer.
Hun bor på 3. sal, og chaufføren stiller den bare ved døren. Kan den blive båret ind?

Mvh
Torben Weis
""")

M("", """
Hej Jobcentret

Jeg er 62 og er ikke medlem af nogen fagforening eller a-kasse. Jeg vil gerne forstå
hvad et seniorjob er i Ishøj Kommune, og hvem der kan få det. Jeg spørger for en
generel orientering.

Venlig hilsen
Bente Holst
""")

M("th", """
Til Center for Voksne og Velfærd

Min oldemor Ilona er 96, født i Budapest, og kom til Danmark som flygtning i 1956. Hun har
knogleskørhed og har brækket hoften for anden gang. Hun er meget bange for hospitaler
på grund af det, hun oplevede under opstanden. Er der nogen hos jer, der har erfaring med
at tale med gamle flygtninge?

Med venlig hilsen
Anna Szabo Larsen
""")

M("s", """
Til Vejleåskolen, skolesekretæren

Vi er to mødre til Emil, [[200515-4431]], som går i 5.A. Vi flytter til Torslunde efter
jul og vil høre om Emil kan skifte til Torslunde Skole fra januar. Skal vi udfylde en
blanket?

Venlig hilsen
Line og Mette Brandt
""")

M("ue", """
Hej

er i HK og blev afskediget fra mit job for to uger siden. Jeg passer også min far, der
bor alene, så måske er det lige meget. Men kan man få dagpenge, hvis man bruger meget tid
på at passe en forælder? Skal jeg stå til rådighed alligevel?

Vh Simon
""")

M("", """
Hej. Skal en fuldmagt til kommunen fornyes hvert år, eller gælder den til den bliver
tilbagekaldt? Tak. Mvh Ulla
""")

M("tbe", """
Til Plejecenter Torslundehus

Min far er fra Thailand og er buddhist. Han bor på jeres afdeling 2 og er glad for det.
Han spørger om to munke fra templet i Vallensbæk må komme og velsigne hans stue på hans
fødselsdag. De kommer om formiddagen og synger lidt. Er det i orden?

Venlig hilsen
Nok Sørensen
""")

M("h", """
hej

min kone Karin er dement og går tit ud om aftenen uden at sige noget. jeg har hørt om
GPS-ure. kan I anbefale nogen? jeg er 81 og forstår ikke de ting

Aage
""")

M("sue", """
Kære Ishøjhus

Min kone og jeg er begge i FOA og arbejder selv i plejen, så vi ved godt at I har travlt.
Men min mor har ikke fået hjælp til bad i tre dage. Det kan vi ikke acceptere. Kan
I tjekke hendes plan?

Venlig hilsen
Birgitte Thomsen
""")

M("", """
Hej

Hvilke aktiviteter er der på plejecentrene i julen for beboere og pårørende? Er der
en samlet kalender et sted?

Mvh Jane
""")

M("tp", """
Til Byg og Miljø

Min nabo Kwame, der er fra Ghana og taler engelsk bedre end dansk, har sat sit hus på
Ørnevej til salg. Køberen vil gerne vide om vores fælles hæk er registreret på hans grund
eller min. Han har bedt mig skrive. Kan I svare på dansk til mig og engelsk til ham?

Venlig hilsen
Poul Skou
""")

M("b", """
Til Borgerservice

Jeg er forkynder i Jehovas Vidner og skal bruge en navneattest for min far, som døde i
Spanien. Vi skal bruge den til begravelsen i vores rigssal. Kan I hjælpe?

Venlig hilsen
Daniel Mørch
cpr.nr. [[050372-2377]]
""")

M("he", """
Til Socialpsykiatrien

Vores søn Kasper fik bevilget bostøtte efter sin psykose i sommer. Det går bedre, men
støttepersonen er blevet skiftet tre gange på to måneder. Hver gang skal han fortælle
det hele igen, og det gør ham dårligere. Kan han få en fast person?

Venlig hilsen
Jan og Pia Holm
""")

M("", """
Hej

Vi har fået en faktura fra en stenhugger for rens af min fars gravsten, fakturanr.
1511482297, men vi har aldrig bestilt det. Er det kommunen, der har sendt dem ud?

Mvh Lone
""")

M("u", """
Hej

Min mand er tillidsmand i Dansk Metal på sin arbejdsplads og kan derfor ikke komme til
mødet om min svigerfars ejendomsskat, der ligger kl. 10. Kan han ringe efter kl. 16 i
stedet?

Venlig hilsen
Malene Kirk
""")

M("sh", """
Hej

Min kæreste Jacob har fået konstateret kræft i prostata. Jeg er selv mand og har fået at
vide på hospitalet at jeg ikke kan få oplysninger, fordi vi ikke er gift. Gælder det også
hos kommunen, når han skal have genoptræning?

Mvh Niels
""")

M("b", """
Hej

Vores datter Clara skal konfirmeres i Torslunde Kirke den 9. maj, og farmor på 88 vil
rigtig gerne med. Er der parkering tæt på kirken, og er der handicaptoilet?

Venlig hilsen
Sanne og Jakob
""")

M("the", """
Hej

Min svigermor taler kun arabisk. Hvis kommunen ringer til hende om hendes trappelift,
kan I så ringe til mig i stedet? Hun bliver forvirret og siger bare ja til alt.

Mvh Samir
""")

M("", """
Hello,

Do family members need a Danish CPR number or NemID/MitID to visit a relative in a care
home in Ishøj? We are coming from abroad for Christmas.

Thank you,
Rachel
""")

M("he", """
Til Demenskoordinatoren

Min far Holger Mikkelsen, cpr [[010136\u00a01345]], har Alzheimers og bor stadig alene. I
sidste uge stod han på Ishøj Station kl. 3 om natten. Vi søger om en plads i
dagcentret og om at han bliver vurderet til plejebolig. Kan I ringe til mig?

Venlig hilsen
Lis Mikkelsen
""")

M("p", """
Hej

Vi har lavet en betinget købsaftale om min afdøde onkels grund i Torslunde. Betingelsen
er at vi kan få lov til at bygge et hus i to plan. Hvor hurtigt kan kommunen svare på en
forespørgsel om det?

Venlig hilsen
Michael og Dorte Hansen
""")

M("sue", """
Hej Hjemmeplejen

Min mand Peter er medlem af Krifa, og de har sagt at han kan få fri to dage til at hjælpe
sin far med at flytte. Vi skal bare vide hvornår hjemmehjælpen kommer den uge. Kan I
sende ugeplanen?

Venlig hilsen
Martin Lund
""")

M("", """
Hej

Jeg stemmer altid ved valg, men nu spekulerer jeg på om der er et valgsted for beboerne
på plejecentrene, eller om de skal brevstemme. Hvordan gør kommunen det?

Mvh Henning Lauritsen
""")

M("bt", """
Til kulturforvaltningen

Min mor er jødisk og kom fra Polen i 1969, da mange polske jøder blev tvunget ud. Hun vil
gerne fortælle sin historie for skoleelever i Ishøj. Hun er 88, men klar i hovedet. Er
der nogen i kommunen, der arrangerer den slags?

Venlig hilsen
Eva Rosenberg
""")

M("e", """
Kære borgerrådgiver

Min datter er ved at blive skilt og har brug for en bolig til sig selv og sine to børn.
Hun fik at vide i Borgerservice at hun ikke kan få hjælp, fordi hun har et job. Er det
rigtigt? Hun har ingen steder at gå hen fra 1. januar.

Mvh
Jytte
""")

M("", """
Hej

Hvordan søger man om at blive plejefamilie i Ishøj, og hvor lang tid tager godkendelsen?
Vi har tænkt på det i nogle år.

Venlig hilsen
Helle og Mark
""")

M("u", """
Til Ishøj Kommune, Ejendomsskat

Jeg skriver om min brors hus, hvor jeg står som kontaktperson. Jeg er leder og medlem af
Lederne og har meget lidt tid i dagtimerne, så I må gerne svare på mail.

Med venlig hilsen
Ole Berg, cpr. [[170355–1923]]
""")

M("st", """
Hej Sprogcentret

Min kone Beatriz er fra Brasilien og vil gerne starte på danskuddannelse. Hun passer min
mor om dagen, så hun kan kun om aftenen. Findes der aftenhold?

Mvh Helena Kjær
""")

M("h", """
hej far har fået en blodprop igen og ligger på glostrup. han skulle have været til
fodterapi hos jer i morgen, kan i aflyse? tak / Kim
""")

M("", """
Hej

Kan man få et sundhedskort til en pårørende, der er udlandsdansker og kommer hjem for at
hjælpe familien i et halvt år? Hvad skal der til?

Mvh Gert
""")

M("be", """
Til Plejecenter Vejleåparken

Min mor er humanist og har været medlem af Humanistisk Samfund i mange år. Hun bor hos
jer og vil ikke have at der bliver holdt andagt på hendes stue eller sunget salmer ved
hendes seng, heller ikke når hun er døende. Kan det skrives ind i hendes plan?

Venlig hilsen
Søren Frandsen
""")
