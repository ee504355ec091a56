"""corpus51 part E: sexual orientation, partners and families, with care and health."""
from common import M

M("sh", """Kære borgerrådgiver

Min mand Kurt (vi er to mænd, gift i 1990'erne som registrerede partnere) ligger på Hvidovre med et brækket lårben. Personalet på afdelingen bliver ved at spørge om jeg er hans bror. Det er ikke kommunens skyld, men når han kommer hjem og skal have hjemmesygepleje, vil jeg gerne have at det står rigtigt i papirerne.

Venlig hilsen
Poul""")

M("s", """Hej

Jeg er lesbisk og vil gerne melde mig som frivillig i jeres nye besøgsvenordning. Er det et problem at jeg gerne vil besøge ældre lesbiske, hvis der er nogen der ønsker det?

Mvh Hanne""")

M("", """Hej

Hvornår er Ishøj Pride i år, og skal man tilmelde sig for at gå med i optoget?

Vh Tobias""")

M("se", """Til Center for Børn og Forebyggelse

Vi er to mødre, Sara og Ditte, og vores søn skal starte i vuggestue. Ansøgningssystemet kan kun registrere en "mor" og en "far", og Ditte bliver derfor ikke registreret som medmor. Vi har søgt om økonomisk friplads og vil gerne være sikre på at begge vores indkomster tælles rigtigt.

Mvh Sara""")

M("sh", """hej. er bøsse og 72 og bor alene. har lige fået konstateret prostatakræft. jeg har ingen familie og min eks er død. hvem hjælper mig til og fra behandling? /Flemming""")

M("", """Hej

Min kæreste og jeg er lige flyttet til Ishøj. Hvordan skifter vi læge, og kan vi få den samme?

Mvh Alex""")

M("s", """Kære Merete

Jeg vil bare sige tak for at du hejste regnbueflaget på rådhuset. Som homoseksuel mand på 68 husker jeg en tid, hvor det var utænkeligt. Det betød meget for mig og min mand.

Venlig hilsen
Ove""")

M("she", """Til Social- og Sundhedsudvalget

Min kone Birgit har demens og bor på plejecenter. Personalet omtaler mig som hendes "veninde". Vi har været sammen i 41 år og gift siden 2012. Jeg vil ikke være hendes veninde.

Med venlig hilsen
Lis Hansen""")

M("", """Hej

Har kommunen en politik for LGBT+-venlige plejecentre? Jeg er ved at skrive et speciale om emnet.

Mvh Jonas, RUC""")

M("s", """hej!! min kæreste hedder Mathias og jeg er en dreng og vi vil gerne søge om lov til at holde en lille fest i ungdomsklubben for os der er queer. hvem skal man spørge? /Noah 15 år""")

M("sh", """Til borgmesteren

Jeg er biseksuel og har en kæreste af hvert køn, det er helt åbent. Jeg skriver fordi min psykiater siger at kommunen kan tilbyde mentorstøtte, og jeg har angst og kan ikke holde et job. Jeg vil gerne vide hvordan man søger.

Anonym""")

M("se", """Kære Borgerrådgiver

Min mand og jeg (Martin og Lasse) har en plejesøn på 8, Elias, der har boet hos os i tre år. Hans sagsbehandler er skiftet fem gange. Elias spørger hver gang om han skal flytte. Vi vil bare have ro for ham.

Mvh Lasse""")

M("", """Hej Hovedpostkassen

Min mand og jeg har et spørgsmål om affaldssortering. Vi har fået en ny grøn spand men ingen vejledning. Hvad må der i?

Vh Jette""")

M("s", """Hi there,

My wife Emma and I (two women, married in Scotland) just moved to Ishøj. We want to register our marriage here. Do we go to Borgerservice, or is it the state?

Cheers,
Fiona""")

M("sh", """Til hovedpostkassen

Jeg er aseksuel og gravid efter insemination alene på en klinik. Sundhedsplejersken spurgte tre gange til "faren" og om jeg var "sikker på" at jeg ikke havde en kæreste. Jeg synes ikke det er i orden.

Mvh K.""")

M("s", """Til Kultur- og Fritidsudvalget

Vi er en gruppe ældre homoseksuelle mænd i Ishøj, der mødes hver anden torsdag. Jeg er selv bøsse og står for det. Kan vi låne et lokale på Medborgerhuset?

Mvh Jørgen Holst""")

M("", """Til byrådet

Jeg synes det er spild af penge at sætte regnbuefodgængerfelter på Ishøj Torv. Brug pengene på ældreplejen i stedet.

Mvh Egon""")

M("sbe", """Hej

Jeg er muslim og homoseksuel. Jeg er blevet smidt ud hjemmefra, fordi min familie fandt ud af det. Jeg sover hos venner. Hvor kan jeg få hjælp?

Vh Ali""")

M("se", """Hej borgerrådgiver

Vi er to fædre, Jakob og Mikkel, og vi er ved at blive skilt. Vi har begge forældremyndighed over vores datter. Familieretshuset siger at kommunen skal lave en børnesamtale. Det er gået tre måneder.

Mvh Jakob""")

M("sh", """til sundhedsplejen: min kone og jeg har lige fået en lille pige og jeg (medmor) er gået ned med en fødselsdepression. findes der grupper for medmødre eller er det kun for mødre? /Cecilie""")

M("", """Hej

Kan man få en vielse på rådhuset en lørdag? Vi er to der gerne vil giftes i juni.

Mvh Kim""")

M("s", """Kære Jens

Du skrev på Facebook at du støtter regnbuefamilier. Som lesbisk mor til to vil jeg spørge om du vil stille dig op til et møde i vores forældregruppe. Vi er fem familier.

Mvh Tanja""")

M("sht", """Hej

Min mand Carlos er fra Chile og vi har været gift i 4 år. Han er HIV-positiv, og hans medicin er løbet tør fordi hans danske sygesikring ikke er kommet. Han er bange. Kan kommunen skynde på det?

Mvh Thomas Berg""")

M("s", """hej Pia, har du tid til en kop kaffe? jeg vil gerne snakke om hvordan man kan lave bedre info til unge der er homo eller bi på skolerne. jeg var selv en af dem for 10 år siden. /Kasper""")

M("se", """Til Center for Voksne og Velfærd

Min mand og jeg er begge over 80. Vi er to mænd, og vi har søgt om en ægtefællebolig på plejecentret, så vi kan blive sammen når Viggo flytter ind. Vi har fået afslag på at jeg kan flytte med.

Mvh Henning""")

M("", """Hej

Er der nogen foreninger i Ishøj for LGBT+-unge? Jeg er skolelærer og får spørgsmålet fra elever.

Vh Marie""")

M("sh", """Hej,

Jeg er lesbisk og i behandling for brystkræft. Jeg har en kæreste, Rikke, som gerne vil med til samtalerne i kommunens kræftrådgivning. Må hun det, når vi ikke er gift?

Mvh Anne""")

M("sh", """Til borgmester

Jeg og min kone Signe skal have vores første barn om to måneder. Nej undskyld, det er Signe der er gravid, ikke mig. Vi vil gerne invitere dig til navngivningsfesten! /Maria""")

M("s", """Hej Borgerrådgiveren

Da jeg var til samtale i Borgerservice om nyt pas, sagde medarbejderen "nå, så det er dig og din mand" med et grin, da jeg sagde at jeg er gift med en mand. Jeg er selv mand. Det var ydmygende.

Mvh Niels""")

M("", """Hej

Jeg er pensioneret sygeplejerske og vil gerne holde et foredrag for ældre om seksualitet og sundhed. Kan det arrangeres i Ishøj Seniorcenter?

Mvh Lone""")

M("se", """Til Børne- og Ungeudvalget

Vores søn på 14 fortalte os i sommer at han er homoseksuel. Han bliver mobbet så meget at han ikke vil i skole, og skolen har nu sendt en underretning på os fordi han har meget fravær. Vi er vrede. Det er skolen der skal gøre noget.

Venlig hilsen
Tina og Bo""")

M("s", """Kære formand,

Jeg er 77, enkemand efter min mand Arne, og jeg har aldrig været så ensom. Er der nogen tilbud i kommunen for ældre homoseksuelle? Jeg går ikke til pensionistklubben, for der er jeg "den mærkelige".

Hilsen Gunnar""")

M("sh", """Hej,

Min kone og jeg er i fertilitetsbehandling på Hvidovre (hun skal bære). Nu har hun fået at vide at hun har endometriose og behandlingen er sat på pause. Jeg vil gerne høre om kommunen giver tilskud til fertilitetsbehandling på privat klinik.

Mvh Louise""")

M("", """Hej

Kan kommunen oplyse hvor mange registrerede partnerskaber der er indgået i Ishøj siden 1989? Det er til en artikel.

Mvh Ishøj Lokalavis""")

M("s", """Til Ishøj Kommune

Jeg vil gerne klage over en ansat i jeres ungdomsklub, som har kaldt min søn "bøssekarl" foran hans venner. Min søn er bøsse og har været åben om det siden 8. klasse. Det skal ikke ske igen.

Mvh Helle""")

M("sb", """Hej

Vi er to kvinder der skal giftes i Ishøj Kirke i august. Præsten har sagt ja, og vi er begge meget troende. Vi vil gerne høre om kommunen udlejer stole og borde til festen bagefter.

Mvh Line og Maja""")

M("s", """hej jeg er pan og har en kæreste som er nonbinær. vi skal begge to bruge et sted at bo, er der ungdomsboliger i ishøj man kan søge? /Sam""")

M("she", """Til borgerrådgiveren

Jeg har passet min mand Bent i 6 år. Han har Alzheimers og kom på plejehjem i januar. Nu vil kommunen have at jeg betaler tilbage for den plejeorlov jeg har fået. Jeg forstår det ikke. (Vi er to mænd, hvis det er relevant.)

Mvh Carsten""")

M("", """Hej

Min kone er lige blevet ansat som sosu-assistent hos jer. Hvornår bliver lønnen udbetalt første gang?

Mvh Brian""")

M("s", """Hej

Jeg er en homoseksuel kvinde og har været med til at stifte et netværk for pårørende til demente. Vi vil gerne have en stand ved Sundhedsdagen. Hvem skal vi kontakte?

Mvh Birgitte""")
