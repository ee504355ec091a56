"""corpus58 part F: CPR numbers in every format, benefits and health; look-alike numbers."""
from common import M

M("he", """Til Sygedagpengeteamet

Jeg er blevet opereret i knæet (korsbånd) og er sygemeldt frem til 1. december. Min arbejdsgiver
siger, at jeg selv skal søge sygedagpenge fra jer, da jeg er timelønnet. Hvilken blanket skal jeg
bruge?

Med venlig hilsen
Nicolai Storm
cpr-nr. [[140296-2113]]""")

M("e", """Hej

jeg har fået kontanthjælp siden maj men i denne måned er der kommet 1.400 kr mindre ind. der står
ikke noget i e-boks om hvorfor. kan i tjekke det? mit cpr er [[250694\u00a01862]]

Jeanette""")

M("h", """Til PPR

Vores søn Oscar, [[110914\u20134213]], har lige fået diagnosen ADHD af børnepsykiatrien i Glostrup.
Lægen anbefaler, at skolen får en handleplan. Skal vi sende udredningen til jer eller til
skolen?

Venlig hilsen
Line og Kasper Holm""")

M("e", """Til Pensionskontoret

Jeg fylder 67 i april og har søgt om folkepension i september, men jeg har ikke fået svar. Kan I se,
om ansøgningen er kommet frem? Personnummer [[020459 1830]].

Venlig hilsen
Bente Ravnsholt""")

M("t", """Hej Borgerservice

Jeg er fra Syrien og har fået permanent ophold. Nu skal min kone og to børn komme til Danmark
på familiesammenføring. Hvad skal jeg gøre hos jer, når de lander? [[0101861539]]

Med venlig hilsen
Khaled Al-Ahmad""")

M("st", """Til Pladsanvisningen

Min mand Troels og jeg har adopteret en lille pige fra Sydafrika, som kommer hjem i marts. Vi vil
gerne skrive hende op til vuggestue fra august. Hun har ikke fået personnummer endnu. Kan vi
skrive hende op med mit?

Venlig hilsen
Jacob Nyholm
[[030383-1017]]""")

M("b", """Til Borgerservice

Jeg er medlem af Mosaisk Trossamfund, og vores søn er født i Trossamfundets regi, ikke i
folkekirken. Vi har fået navneattest fra Trossamfundet. Skal den sendes til jer for at hans navn
kommer i CPR?

Venlig hilsen
Daniel Melchior, cpr [[100580-3373]]""")

M("u", """Til Lønkontoret

Jeg er medlem af FOA, og min fagforening siger, at min løntrin er forkert på lønsedlen for oktober.
Jeg er SOSU-assistent på Ishøj Plejecenter. Kan I se på det? Mit CPR-nummer: [[151072-1420]]

Med venlig hilsen
Merete Kruse""")

M("e", """Til Pladsanvisningen

Vi har søgt økonomisk friplads til vores datter Isabella i Børnehuset Stjernen, men ansøgningen
står stadig som "ikke afgjort". Vi har begge været ledige siden sommer.

Isabella: [[080321-5520]]
Mor, Cecilie Hald: [[191192-2318]]

Venlig hilsen
Cecilie og Mads""")

M("", """Til Indkøbsafdelingen

Vi har modtaget ordrenr. 2407951182 på 40 stk. skrivebordsstole til Strandskolen, men der er kun
leveret 32. Kan I bekræfte, om resten er bestilt som restordre? Kontakt gerne 43 57 12 00.

Med venlig hilsen
Kontorsupport, Ishøj Møbler A/S""")

M("", """Hej Opkrævningen

Jeg har betalt min parkeringsafgift via bankoverførsel til reg.nr. 2191 kontonr. 0712651234, men jeg
har fået en rykker. Jeg vedhæfter kvitteringen. Afgiftsnummer 44831.

Mvh
Palle Sørensen""")

M("", """Til Bogholderiet

Faktura 28841 fra Ishøj Vinduespolering er sendt til forkert EAN-nummer. Det korrekte for
Vibeholmskolen er 5798000556170. Må vi sende den igen, eller vil I flytte den internt?

Med venlig hilsen
Vinduespudseren""")

M("", """Til Forsikringsteamet

Vores bil blev ramt af en væltet lygtepæl på Ishøj Stationsvej i stormen. Vores forsikringsselskab
har givet skaden policenr. 1503881277 og beder om kommunens kontaktperson. Hvem er det?

Venlig hilsen
Frank og Lisa Jessen""")

M("", """Hej Forsyningen

Vandmåleren i vores kælder er skiftet i går, men på jeres brev står stadig det gamle målernr.
3006871145. Det nye nummer er 5203114. Aflæsning: 01412 m³.

Venlig hilsen
Hans Nielsen, Brombærhaven 3""")

M("he", """Til Hjælpemiddelcentret

Jeg har fået KOL og kan ikke gå mere end 100 meter. Jeg vil gerne søge om en rollator med sæde og
måske en el-scooter. Min læge har skrevet en erklæring.

Venlig hilsen
Ebbe Jakobsen
[[171048\u00a01225]]""")

M("h", """Hej SFO Gildbro

Vores datter Nora har epilepsi og skal have sin medicin kl. 15 hver dag. Lægen har lavet en
instruks, som vi vedhæfter. Hvem af personalet skal vi tale med om det? Noras cpr:
[[230517-4610]]

Mange hilsner
Maria og Rune""")

M("e", """Hej jobcentret

er blevet arbejdsløs fra i fredags. Er ikke med i nogen a-kasse, så jeg har vist ikke ret til
dagpenge. Hvad gør jeg så? Kan jeg søge kontanthjælp?

Mathias Frost [[2208014421]]""")

M("eh", """Til Socialpsykiatrien

Jeg har en bipolar lidelse og har haft bostøtte fra jer i to år. Min støttekontaktperson er stoppet,
og jeg har ikke fået en ny. Jeg har det ikke så godt lige nu. Kan I give mig besked om, hvem der
overtager?

Venlig hilsen
Anna Kjær, [[051089\u20132044]]""")

M("te", """Til Integrationsafdelingen

Vi er en familie fra Eritrea, der er kommet som kvoteflygtninge i august. Vi er i
integrationsprogrammet og får overgangsydelse. Jeg har fået danskundervisning, men min kone har ikke fået nogen
plads endnu. Hendes personnummer: [[010189-2286]].

Med venlig hilsen
Yonas Gebremedhin""")

M("p", """Til Byggesagsafdelingen

Vi har solgt vores hus på Vejlebrovej 44, men handlen er betinget af, at carporten er lovliggjort.
Køber vil have et brev fra jer senest 15. november. Vi har søgt om lovliggørelse for to uger siden.

Venlig hilsen
Ole Brink
cpr. [[121166-0915]]""")

M("h", """Hej Lene

Jeg er sygemeldt med en diskusprolaps og kan ikke komme til byrådsmødet som tilhører, som jeg
havde lovet. Kan du tage mit spørgsmål om stisystemet med? Jeg sender det i en separat mail.

Hilsen
Ulrik""")

M("", """Vedr. sagsnr. 27.12.04-P20-1-24

Jeg har fået et brev om rottebekæmpelse i min ejendom, men jeg har ikke set rotter. Kan I fortælle
mig, hvem der har anmeldt det? Jeg vil gerne tale med rottefængeren.

Mvh
Steen Lindholm""")

M("", """Til Forsyningen

Jeg har fået en regning på vand til kundenr. 0110901234, men jeg er flyttet for tre måneder siden.
Kan I lukke kontoen og sende slutopgørelsen til min nye adresse på Havnevej 18, Ishøj?

Mvh
Rikke Høst""")

M("e", """Til Opkrævningen

Jeg skylder 18.000 kr. i restance på daginstitutionsbetaling og har fået brev om lønindeholdelse.
Jeg er alene med tre børn og kan ikke klare at miste 3.000 om måneden. Kan vi lave en
afdragsordning på 800 kr.?

Venlig hilsen
Sabrina""")

M("eh", """Til Center for Voksne og Velfærd

Jeg er blind siden fødslen og har haft ledsageordning i 10 år. Nu har jeg fået brev om, at
timerne bliver sat ned fra 15 til 8 om måneden. Det betyder, at jeg ikke kan komme til mine
aftener i skakklubben. Jeg vil klage.

Venlig hilsen
Torben Ask""")

M("", """Hej

Hvad er åbningstiderne i Sundhedshuset i juleferien, og kan man få taget blodprøver der uden tid?
Vi er nogle stykker i boligforeningen, der gerne vil vide det.

Mvh
Nina""")

M("", """Hej

Hvor kan man blive vaccineret mod influenza i Ishøj i år, og er det gratis for dem over 65? Vi
har fem i pensionistklubben, der spørger.

Venlig hilsen
Aase""")

M("he", """Til Kørselskontoret

Jeg har fået bevilget kørsel til dialyse på Herlev tre gange om ugen, men taxaen kommer tit en
halv time for sent, og jeg mister min tid i maskinen. Hvem skal jeg klage til?

Venlig hilsen
Erik Gammelgaard
[[260745 1119]]""")

M("e", """Til Familieafdelingen

Min niece Sofie, [[130809\u20134817]], er anbragt hos os som netværksplejefamilie siden juli. Vi har
stadig ikke fået den aftalte bevilling til hendes tøj og skolebøger. Hvem kan vi tale med?

Venlig hilsen
Karen og Steen Holt""")

M("sh", """Hej Sundhedsplejen

Min kone Mia er gravid i 32. uge med vores første barn, og jeg er medmor. Vi vil gerne vide,
hvornår sundhedsplejersken kommer første gang efter fødslen, og om I har en gruppe for
regnbuefamilier. Mias cpr: [[290894\u00a01606]]

Kh Ida""")

M("", """Til Erhvervsservice

Vi har fået nyt P-nr. 1012345678 for vores afdeling i Industriparken. Skal det registreres hos jer
til erhvervsaffaldsordningen, eller sker det automatisk via CVR? Vores CVR er 38221190.

Med venlig hilsen
Bogholderiet, Nordisk Emballage A/S""")

M("", """Til Bogholderiet

Vi har sendt faktura nr. 20261014 på kr. 12.400 for levering af borde til Ishøj Bibliotek. CVR
29187766. Betalingen er nu 30 dage forsinket. Kan I se, hvor den er i systemet?

Venlig hilsen
Mette, Møbelhuset Vest""")

M("he", """Til Hjemmeplejen

Min far Henning fik en blodprop i foråret og har hjemmepleje morgen og aften. I weekenderne kommer
der ofte nye folk, som ikke ved, at han skal have hjælp til at tage støttestrømper på. Kan det
skrives tydeligere i hans plan?

Venlig hilsen
Gitte Holm""")

M("e", """Til Boligsocialt team

Min nabo i nr. 17, Jimmi, har fået besked om, at han bliver sat ud om 14 dage. Han har ikke betalt
husleje siden sommer, efter han mistede sit job. Han har ingen familie. Kan I nå at tale med ham?

Mvh
Annie, Vejleåparken""")

M("be", """Til Jobcentret

I har sendt mig i praktik i et supermarked, men de vil have mig i kølediskene med svinekød og
pølser. Jeg er troende muslim og kan ikke håndtere svinekød. Kan jeg komme i en anden afdeling
eller en anden praktik? Jeg vil gerne arbejde.

Venlig hilsen
Abdi Warsame, cpr [[0503931947]]""")

M("uhe", """Til Arbejdsskadeteamet

Jeg er medlem af Dansk Metal og kom til skade på fabrikken i juni (fik en finger i en maskine).
Jeg har været på sygedagpenge siden. Metal har anmeldt det. Kan I sende kopi af sagen til min
fagforening?

Venlig hilsen
Brian Møller
cpr-nr.: [[200587-2419]]""")

M("e", """Hej

Min datter Astrid på 20 får SU og bor hjemme, men hun har fået brev om, at hun skal betale 9.000
kr. tilbage, fordi hun tjente for meget i sommer. Hun er helt knust. Kan kommunen hjælpe med
noget, eller er det kun Uddannelses- og Forskningsstyrelsen?

Hilsen
Lone Mathiesen""")

M("", """Hej

Bekræfter mødet den 12.03.2026 kl. 10 om vejbump på Skovvej. Jeres dok.nr. 120326-0001 er vedhæftet
som referat. Vi kommer fra vejlauget og er tre personer.

Mvh
Vejlauget Skovvej""")

M("h", """Hej Parkafdelingen

Jeg blev bidt i læggen af en løs hund i Ishøj Bypark i søndags og måtte på skadestuen og have
stivkrampevaccine og antibiotika. Der er ingen skilte om hundesnor. Kan I sætte nogen op?

Venlig hilsen
Klaus Vinter""")

M("eh", """Til Dagcentret Ishøjhus

Min mor Ingelise kommer hos jer tirsdag og torsdag efter sin blodprop. Hun har fået ny medicin, der
gør hende træt om eftermiddagen. Kan hun blive hentet kl. 14 i stedet for 15?

Venlig hilsen
Pia Grønbech""")

M("t", """Hello,

I'm Nigerian and I've lived in Ishøj for three weeks. I work at Copenhagen Airport. I still haven't
received my health insurance card (the yellow one). Can you check if my address is registered?

My CPR: [[121287 4015]]

Thank you,
Chinedu Okafor""")

M("eh", """Til Ydelseskontoret

Jeg skal føde i marts og vil gerne søge barselsdagpenge, men jeg er selvstændig med en lille
frisørsalon. Hvordan beregnes beløbet, når min omsætning svinger?

Venlig hilsen
Sara Frandsen""")

M("", """Til Bogholderiet

Vedr. journalnr. 2025-004512: Vores faktura skal sendes til EAN 5798008861012, ikke til den gamle
skoles nummer. Vi har fået rykker fra leverandøren to gange nu.

Venlig hilsen
Administrationen, Ishøj Ungdomsskole""")

M("h", """Til sundhedsplejersken på Strandskolen

Jeg er lærer i 8.c og er bekymret for Laura, der har tabt sig meget siden sommer og ikke spiser i
frokostpausen. Hun har fortalt en veninde, at hun er i behandling for anoreksi, men forældrene
har ikke sagt noget til skolen. Hvordan griber vi det an?

Venlig hilsen
Karsten Bjerre""")

M("e", """Til Ydelseskontoret

Vi får ikke børne- og ungeydelse for vores tvillinger, som blev født i juni. Vi har tjekket, at
adressen er rigtig. Deres personnumre:

[[140626-4816]] Alma
[[140626-4822]] Viggo

Venlig hilsen
Rasmus og Sofie Lund""")

M("", """Til Økonomiafdelingen

Jeg har fået bilag nr. 0404921021 retur med besked om, at kontoen ikke findes. Jeg har sendt det
som udlæg for kørsel til kursus i Odense. Hvilken konto skal jeg bruge?

Mvh
Camilla Dahl, Center for Børn og Forebyggelse""")

M("he", """Til Socialrådgiveren

Jeg er på førtidspension på grund af skizofreni og bor alene. Min husleje er steget med 900 kr.
om måneden, og jeg har ikke flere penge efter regningerne. Kan jeg søge om personligt tillæg?

Venlig hilsen
Morten Dahl""")

M("se", """Til Visitationen

Min mand Aksel er 88, og jeg kan ikke længere hjælpe ham i bad alene. Vi har hjemmehjælp til
rengøring, men vi vil gerne søge om personlig pleje også. Hvordan gør vi det?

Venlig hilsen
Holger Aagaard""")

M("", """Hej

Kører der en bus fra Ishøj Station til Hvidovre Hospital, eller skal man skifte i Glostrup? Jeg
skal hente min svigersøn fra hans vagt på fredag.

Mvh Ib""")

M("b", """Til Borgerservice

Jeg er blevet optaget i den katolske kirke og vil nu melde mig ud af folkekirken. Kan det gøres hos
jer, eller skal jeg kontakte sognepræsten i Ishøj?

Venlig hilsen
Annette Juhl
[[090971-0238]]""")
