"""corpus87 part A: home help and its visits (hjemmehjælp, hjemmepleje, madordning),
complaints about times and staff; activity centres and senior clubs as negatives."""
from common import M

M("e", """
Til Visitationen

Min mor, Inger Holst, har fået hjemmehjælp til rengøring hver anden uge siden
foråret. Nu står der i brevet at det bliver hver tredje uge. Hvorfor er det lavet
om uden at nogen har været ude og se hende?

Venlig hilsen
Susanne Holst (datter)
""")

M("he", """
Kære borgerrådgiver

Jeg vil gerne klage over hjemmeplejen. Min far, Erling Dam, 88 år, har demens og
skal have hjælp til at tage sin medicin morgen og aften. I sidste uge kom der ingen
om aftenen to gange, og han tog derfor ikke sine piller. Han ringede til mig
forvirret klokken 23.

Jeg vil gerne vide hvem der har ansvaret når et besøg bliver aflyst.

Med venlig hilsen
Helle Dam
Tlf. 22 41 87 93
""")

M("e", """
hi, I get meals on wheels from the council and today the food was cold again.
3rd time this month. can you do something about it?
Paul, Vejleåparken 14
""")

M("", """
Hello Ishøj Activity Centre,

When does the chair exercise class start again after the autumn break? Do I need to
sign up, or can I just turn up?

Best, Birthe
""")

M("", """
Til seniorklubben i Torslunde

Vi er et par stykker fra Strandgårdsparken der gerne vil med på turen til Kongernes
Jelling den 14. maj. Er der stadig pladser i bussen, og hvad koster det med frokost?

Venlig hilsen
Kurt og Lis
""")

M("he", """
Til Hjemmeplejen, distrikt Nord

Min kone Anna er kommet hjem fra Hvidovre Hospital efter en blodprop i hjernen. Hun
har nu hjemmepleje morgen og aften, og det er vi glade for. Men det er hver gang en
ny medarbejder, og Anna bliver utryg når hun ikke kender den der skal hjælpe hende
i bad. Kan man få faste hjælpere?

Venlig hilsen
Frede Kjeldsen
""")

M("", """
Hej,

Jeg er pensionist og vil gerne melde mig til seniorklubbens bridge om tirsdagen.
Hvem skal jeg kontakte?

Grethe Lindholm
""")

M("eh", """
Kære Ole Larsen (byrådsmedlem)

Jeg skriver fordi jeg er ved at give op. Jeg har KOL og bruger ilt om natten. Jeg
har hjemmehjælp to timer om ugen, men det er blevet skåret ned til halvanden time,
og de når ikke at gøre badeværelset rent. Kan du ikke gøre noget?

Med venlig hilsen
Jytte Nørgaard
Ishøj Strandvej
""")

M("", """
Kære borgmester

Ældreområdet i Ishøj fortjener flere hænder. Jeg læser i avisen at hjemmeplejen
mangler 20 medarbejdere. Hvad vil byrådet gøre for at rekruttere? Jeg synes I skulle
hæve lønnen for social- og sundhedshjælperne.

Venlig hilsen
Bent Mogensen, Ishøj Landsby
""")

M("e", """
Emne: aflysning af rengøring fredag

Hej, jeg skal til tandlæge på fredag kl 10, så hjemmehjælpen behøver ikke komme
det tidspunkt. Kan de komme torsdag i stedet?

Mvh Kirsten Bak
""")

M("eh", """
Til udvalgsformanden for Social- og Sundhedsudvalget

Min mand Leif fik en hjerneblødning i marts. Han sidder nu i kørestol og skal have
hjælp til alt. Vi har hjemmepleje fire gange om dagen, men aftenbesøget ligger
kl. 18.30, og så skal han i seng. Han er 71 og ikke et barn. Hvorfor kan besøget ikke
ligge kl. 21?

Hilsen
Ruth Leth
""")

M("", """
Hej Visitationen

Jeg har et generelt spørgsmål: Hvor mange timers rengøring kan man højst få i
Ishøj Kommune, og står kvalitetsstandarden for praktisk hjælp på hjemmesiden?
Jeg skal bruge det til et oplæg i pensionistforeningen.

Venlig hilsen
Mogens Friis
""")

M("e", """
Dear Home Care,

My father-in-law, Mr. Henning Juul, receives home help every Monday. The lady who
usually comes is very kind, but this Monday nobody came and nobody called. Could you
please let us know what happened and whether someone can come on Wednesday instead?

Kind regards,
Sarah Juul
""")

M("he", """
Til Hjemmesygeplejen

Jeg skriver på vegne af min nabo Gerda i nr. 9. Hun har et sår på benet som
sygeplejersken plejer at skifte om tirsdagen, men der har ikke været nogen i dag, og
forbindingen er gennemblødt. Hun tør ikke selv ringe.

Venlig hilsen
Lillian Østergaard, nr. 11
""")

M("h", """
Kære Hjemmesygeplejen

Tak fordi I kommer og giver min mand insulin hver morgen. Kan I fremover komme før
kl. 9, fordi han skal spise morgenmad inden?

Hilsen Bodil
""")

M("e", """
Emne: klage over hjemmehjælper

Jeg vil klage over den hjælper der kom hos mig torsdag. Hun talte i telefon hele
tiden og støvsugede kun stuen. Jeg betaler ikke for det, men jeg synes kommunen
skal vide det. Jeg vil ikke have hende igen.

Aase Brandt
""")

M("", """
Hej

Hvor kan jeg læse om hvordan man bliver frivillig besøgsven for ældre i Ishøj?
Jeg er lige stoppet på jobbet og har tid til overs.

Mvh Tove
""")

M("e", """
Til borgerrådgiveren

Jeg har 3 gange skrevet til hjemmeplejen om at min mor Rigmor Sørensen ikke får sin
madordning leveret om lørdagen. Ingen svarer. Hun bor alene på Gildbrovej og kan ikke
selv handle. Kan du hjælpe os med at finde ud af hvem der har ansvaret?

Venlig hilsen
Karsten Sørensen
""")

M("eh", """
Til Visitationen

Ansøgning om hjælp til personlig pleje.

Jeg hedder Vagn Kristoffersen, er 83 og bor alene. Efter min hofteoperation i
september kan jeg ikke selv komme ud af badekarret og heller ikke tage strømper på.
Jeg søger derfor om hjælp til bad to gange om ugen og hjælp med støttestrømper
hver morgen.

CPR: [[110943-1157]]
Adresse: Torslunde Bygade 31, 2635 Ishøj

Med venlig hilsen
Vagn Kristoffersen
""")

M("e", """
Kære Hjemmeplejen

Jeg er på ferie hos min søster i Skagen fra 3. til 17. juli. Vil I venligst stoppe
hjemmehjælpen i den periode og også madudbringningen.

Venlig hilsen
Erna Poulsen
[[030538-2218]]
""")

M("he", """
Kære Kim (byrådsmedlem)

Du kender mig fra seniorklubben. Jeg vil bare fortælle dig hvordan det går med
hjemmehjælpen hos os. Min hustru Ketty har fået Parkinson, og hun ryster så meget at
hun ikke kan klæde sig på. Vi har fået hjemmepleje om morgenen, men de har kun 10
minutter. Det rækker ikke. Jeg ved godt du ikke kan gøre noget direkte, men I skal
vide hvordan det er derude.

Mvh Aksel
""")

M("", """
Til hovedpostkassen

Jeg vil gerne have tilsendt den seneste tilsynsrapport for hjemmeplejen i Ishøj. Den
er vel offentlig?

Venlig hilsen
Niels Holmgaard
""")

M("e", """
hej det er igen mig fra Vildtbanen. min hjælper Yasmin er stoppet og nu ved
jeg ikke hvem der kommer på onsdag. kan i skrive til mig hvem det bliver og hvornår?
mvh Edel
""")

M("", """
Hej

Mit telefonnummer er ændret. Det nye er 51 08 27 34. Kan I rette det i
seniorklubbens medlemsliste?

Hilsen Karin Vestergaard
""")

M("eh", """
Til Center for Voksne og Velfærd

Min bror Jens har sklerose og er blevet meget dårligere det sidste halve år. Han har
fået hjemmepleje, men han har også brug for hjælp om natten, fordi han skal vendes.
Han har selv ansøgt om natpleje i august, og vi har intet hørt. Jeg har fuldmagt fra
ham og vedlægger den.

Med venlig hilsen
Marianne Kruse
""")

M("", """
Til Social- og Sundhedsudvalget

Som formand for Ishøj Pensionistforening vil jeg gerne invitere udvalget til vores
årsmøde 12. marts, hvor emnet er kvaliteten af hjemmehjælpen. Vi vil gerne høre
udvalgets planer for 2027.

Med venlig hilsen
Jørgen Bach, formand
""")

M("e", """
Hej

Min svigermor har fået bevilget rengøring og tøjvask fra kommunen, men tøjvasken er
ikke startet endnu. Det er 5 uger siden. Hvornår går den i gang?

Venlig hilsen
Louise Nygaard
""")

M("he", """
Kære hjemmepleje

Min mor Dagmar har fået en blærebetændelse og er meget forvirret i dag. Lægen har
givet penicillin. Vil I være søde at holde ekstra øje med hende når I kommer til
middag og ringe til mig hvis hun ikke spiser?

Mange tak
Hanne (datter) 28 73 50 19
""")

M("", """
Hej med jer

Jeg vil gerne høre om I har brug for flere frivillige til caféen i aktivitetscentret.
Jeg er 68, nyslået pensionist og god til at bage.

Mvh Annette
""")

M("e", """
Kære Ishøj Kommune

Jeg har fået en regning på 1.260 kr. for madordningen i oktober, men jeg har kun fået
mad 14 dage, fordi jeg var hos min datter resten af måneden. Kan regningen rettes?
Fakturanr. 2610261104.

Venlig hilsen
Svend Åge Nielsen
""")

M("", """
Til borgmesteren

Jeg har hørt at kommunen vil lukke dagcentret på Ishøj Store Torv og flytte
aktiviteterne. Det synes jeg er en dårlig idé, der er mange der går derhen til fods.
Tænk jer om.

Med venlig hilsen
Erik Christoffersen
""")

M("eh", """
Emne: Min far

Jeg hedder Dorthe. Min far Harald har Alzheimers og kommer i dagcentret tre dage om
ugen. Han er blevet meget urolig når bussen henter ham. Kan I give mig et nummer på
en demenskoordinator jeg kan tale med?

Venlig hilsen
Dorthe Fogh
""")

M("", """
Hej Ishøj Bibliotek

Jeg har hørt at I kører bøger ud til folk der ikke selv kan komme på biblioteket. Hvordan
tilmelder man sig, og koster det noget?

Mvh Else Marie
""")

M("e", """
To whom it may concern

My mother, Mrs. Joan Carlsen, has home help on Thursdays. She asked me to write
because she cannot use the computer. She would like the visit moved to Friday
morning, as she has started at the day centre on Thursdays.

Best,
Mark Carlsen
""")

M("", """
Hej

Er der parkering ved aktivitetscentret på Ishøj Boulevard, eller skal jeg tage
bussen? Jeg skal til foredrag om Grønland på torsdag.

Mvh Hans
""")

M("eh", """
Til Hjemmeplejen

Hermed afbud til morgenbesøget i morgen. Jeg er indlagt på Glostrup med en
lungebetændelse og kommer hjem i løbet af ugen. Jeg ringer når jeg er hjemme.

Mange hilsner
Ebba Hvid, Ishøj Søpark
""")

M("", """
Til Center for Voksne og Velfærd

Hvordan er fordelingen af hjemmeplejen mellem kommunal og privat leverandør i
Ishøj i år? Jeg skriver en opgave på SOSU-skolen.

Venlig hilsen
Sofie Lauridsen
""")

M("he", """
Hej,

Min kæreste er på hjemmeplejens liste og får hjælp til øjendråber efter sin
grå stær-operation. Dråberne skal gives 4 gange om dagen, men der kommer kun nogen
2 gange. Er det meningen at jeg skal give resten?

Mvh Kaj
""")

M("tu", """
Hej aktivitetscentret

Jeg er fra Tyrkiet oprindeligt og var i Dansk Metal hele min tid på fabrikken. Nu er jeg
pensionist og vil gerne starte et backgammonhold om torsdagen. Kan vi låne et bord?

Mvh Mustafa Öztürk
""")

M("sb", """
Kære seniorklub

Min kone Lillian og jeg vil gerne med til foredraget om Grundtvig. Vi er begge aktive i
Ishøj Valgmenighed og går til gudstjeneste hver søndag. Er der plads til os to damer?

Mvh Kirsten Holm
""")

M("pt", """
Hej Ishøj Aktivitetscenter

Jeg er født i Gambia og har boet i Ishøj i 30 år. Nu har vi sat vores lejlighed til salg,
og en køber kommer til fremvisning på torsdag, så jeg kan ikke komme til linedance. Kan
jeg få min plads holdt til næste uge?

Mvh Awa Jallow
""")

M("eh", """
Dear Visitation team,

I am writing about my neighbour, Mr. Ib Sørensen at Gildbrovej 12, who asked me to. He
has had home help for two years, but since his heart operation in October he cannot
shower alone. He would like to apply for help with personal care. He has signed the
attached power of attorney.

Kind regards,
Helen Marsh
""")

M("hs", """
Dear Home Nursing,

My husband Jonas comes home from Herlev Hospital on Friday after his knee replacement.
I'm his husband and will be at home to help him. Could the nurse visit on Saturday to
check the wound and his blood-thinning injections?

Thank you,
Martin Eriksen
""")
