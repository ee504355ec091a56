"""corpus11 part E: sexual orientation, direct and indirect; hard negatives."""
from common import M

# --- sexual_orientation, single category ------------------------------------------

M("s", """Kære borgmester

Min mand Jonas og jeg skal giftes på rådhuset den 14. juni. Vi vil gerne høre, om vi kan få lov at have vores hund med under vielsen.

Med venlig hilsen
Mathias Brandt""")

M("s", """hej Lone. jeg er 16 og bøsse og vil gerne starte en ungegruppe for lgbt+ unge i ishøj ungdomsskole. hvem skal jeg spørge om et lokale? /Oscar""")

M("s", """Til Center for Børn og Forebyggelse

Vi er to fædre til en dreng på 3 år. I vuggestuens app står der "Mor" og "Far" som faste felter, så en af os skal altid registreres som mor. Kan det rettes?

Venlig hilsen
Rasmus og Daniel Holm-Jensen""")

M("s", """Kære Karin

Jeg er medmor til vores datter Ella, og Borgerservice har skrevet til min kone om navnebeviset, men ikke til mig. Vi har begge forældremyndigheden. Kan I sende post til os begge fremover?

Hilsen
Louise Bang""")

M("s", """Hej Ahmed

Jeg er lesbisk og har boet i Ishøj hele mit liv. Jeg vil bare sige tak, fordi du stod frem ved flagdagen og talte imod hadforbrydelser. Det betød meget for mig.

Kærlig hilsen
Maja""")

M("s", """Til borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice, der grinede, da jeg skrev "min mand" i feltet om ægtefælle. Jeg er selv mand. Det var ydmygende at stå ved skranken.

Med venlig hilsen
Henrik Sand""")

M("s", """hej kasper, min datter og hendes kone vil gerne flytte til Ishøj med deres tvillinger. er der plads i børnehaverne omkring strandgårdsparken? mvh Jytte""")

M("s", """Kære Hanne

Jeg er biseksuel og har oplevet, at en lærer på min skole sagde til klassen, at "bi er bare en fase". Jeg har ikke lyst til at sige det til min klasselærer. Kan du sige det videre til skolen anonymt?

/en elev på 9. årgang""")

M("s", """Til Kultur- og Fritidsudvalget

Vi er en regnbuefamilie med to mødre og tre børn. Vi foreslår, at biblioteket laver en hylde med børnebøger om forskellige familieformer. Vores børn finder sjældent nogen familier som deres i bøgerne.

Med venlig hilsen
Sanne og Birgitte""")

M("s", """Hej Peter

Jeg sprang ud som homoseksuell for et år siden og er blevet chikaneret i opgangen siden. Naboen har skrevet "bøssesvin" på min postkasse. Kan boligselskabet tvinges til at gøre noget?

Mvh Kristoffer""")

M("s", """Kære borgmester

Min kæreste Martin og jeg har købt billetter til byrådets nytårskur, men kun jeg er registreret. Kan I tilføje ham på gæstelisten?

Venlig hilsen
Thomas Lindhardt""")

M("s", """Til Center for Voksne og Velfærd

Min ægtefælle Knud er død i sidste måned, og jeg skal afmelde hans beboerlicens til parkering. Vi levede sammen i 41 år, de første 30 i hemmelighed. Hvem skal jeg kontakte?

Med venlig hilsen
Erik Thomsen""")

M("s", """hej. jeg er panseksuel og har en kæreste der er nonbinær. vi vil gerne melde os som frivillige til pride-arrangementet i ishøj. hvem kontakter vi? mvh Freja""")

M("s", """Kære Anja

Jeg er aseksuel, og på borgermødet om kommunens nye sundhedspolitik sagde oplægsholderen, at alle voksne "har brug for et sexliv". Det passer ikke på mig, og sådan noget bør kommunen ikke sige.

Venlig hilsen
Kim""")

M("s", """Til hovedpostkassen

Min søn Victor har fortalt os, at han er homo. Han er 14. Vi støtter ham, men han bliver drillet i skolen. Findes der et tilbud til unge LGBT+ i kommunen?

Venlig hilsen
Susanne og Per Winther""")

M("s", """Hej Lone

Min veninde Tove og hendes kone Gitte har spurgt mig, om jeg vil skrive til dig. Gitte var til møde i Borgerservice og blev spurgt, om hun mente "samleveren" i stedet for "konen". De blev kede af det.

Hilsen Anne Lise""")

M("s", """Kære udvalgsformand

Jeg er en ældre bøsse på 73 og har aldrig været åben om det her i Ishøj. Jeg læste, at der kommer et nyt seniorbofællesskab, og jeg vil gerne vide, om det er et sted, hvor også folk som mig kan føle sig velkomne.

Venlig hilsen
Anonym""")

M("s", """Til Kultur- og Fritidsforvaltningen

Jeg spiller i Ishøj Håndbold og blev kaldt "lebbe" af en modstander. Da jeg sagde det til dommeren, sagde han, at det jo passede, siden jeg har en kæreste, der hedder Sofie. Jeg er kvinde, og det er rigtigt, men det er jo ikke pointen.

Mvh Ditte""")

M("s", """Hej, min svigersøn Jakob og min søn Oliver skal adoptere. Kommunen skal lave en godkendelse af dem. Hvor lang tid tager sådan en? /Marianne""")

M("s", """Kære Kasper

Jeg er queer og ville gerne med i kommunens mangfoldighedspanel, men ansøgningsskemaet spørger kun om "køn: mand/kvinde". Kan det ændres?

Mvh Alex Storm""")

M("s", """Til borgmesteren

Jeg vil bare give dig en opdatering: Min kæreste Rasmus er flyttet ind hos mig i Torslunde, og vi har meldt flytning digitalt. Men hans post kommer stadig til den gamle adresse. Kan Borgerservice tjekke det?

Hilsen
Mikkel Hartvig""")

M("s", """hej Hanne. mine to fædre er begge på ferie og jeg skal aflevere tilmeldingen til ungdomsskolens vinterhold selv. kan jeg det når jeg er 15? mvh Noah""")

M("s", """Kære Ahmed

Jeg har en kone, og vi er to kvinder. Til forældremødet i vores søns børnehave sagde en pædagog, at "det går nok, bare han også har en mandlig rollemodel". Jeg synes, det var en gammeldags bemærkning.

Venlig hilsen
Rikke Holst""")

M("s", """Til Center for Børn og Forebyggelse

Vores datter på 12 er lige sprunget ud som lesbisk. Hun har det godt, men hun vil gerne tale med en voksen uden for familien. Har skolens AKT-team nogen, der ved noget om det?

Venlig hilsen
Mette og Lars Sørensen""")

M("s", """Hej Karin – jeg og min ekskæreste (også en mand) deler stadig en kolonihaveparcel og er uenige om hækken. Hvem klipper den ifølge reglerne? Mvh Frederik""")

M("s", """Kære Peter

Jeg er homoseksuel og har det fint med det. Men jeg synes ikke, kommunens plakat om "familiedag" med kun mor, far og børn rammer alle. Tag gerne en snak med kommunikationsafdelingen.

Hilsen Lars""")

# --- sexual_orientation with other categories -------------------------------------

M("sb", """Til borgerrådgiveren

Jeg er muslim og homoseksuel. Jeg fortalte det til en medarbejder i Borgerservice under min sag om navneændring, og nu har han fortalt det til en anden borger fra samme moské. Det er et stort tillidsbrud. Jeg ønsker at være anonym.

En borger""")

M("sh", """Hej Lone

Min mand Carsten har fået konstateret ALS. Jeg er selv mand og hans eneste pårørende. Hospitalet vil kun give information til "nærmeste familie", og de tror åbenbart ikke, at jeg er det. Hvad gør jeg?

Mvh Bjarne Hvid""")

M("se", """Kære Anja

Min kone og jeg (vi er begge kvinder) er blevet skilt, og vi er uenige om samværet med vores søn. Familieretshuset henviser til kommunens børnesagkyndige. Hvordan kommer vi videre?

Med venlig hilsen
Julie Friis""")

M("sp", """Til Center for Byudvikling og Natur

Min mand Sebastian og jeg har givet bud på et hus på Ishøj Strandvej og venter på svar fra sælger. Vi vil gerne vide, om der er planer om støjværn langs vejen, før vi underskriver.

Med venlig hilsen
Nikolaj Dahl""")

# --- hard negatives on sexual orientation topics ----------------------------------

M("", """Hvornår er der Pride i Ishøj i år? Mvh Line""")

M("", """Kære borgmester

Jeg synes, rådhuset skal hejse regnbueflaget under Copenhagen Pride. Det sender et godt signal om en åben by.

Venlig hilsen
Bente Kragh""")

M("", """Hej Kasper, min mand og jeg vil gerne høre om reglerne for at holde høns i haven. Vi bor på Hyldevej. Hilsen Lisbeth""")

M("", """Til hovedpostkassen

Min kæreste og jeg flytter sammen pr. 1. marts. Skal vi begge melde flytning, eller er det nok, at én gør det?

Venlig hilsen
Sami""")

M("", """Kære Hanne

Har kommunen en politik for LGBT+ personer i ældreplejen? Jeg er studerende og skriver opgave om emnet.

Hilsen
Oliver Kragh""")

M("", """Hej Ahmed. Biblioteket holder foredrag om queer litteratur den 3. marts. Kan byrådet sponsorere kaffen? Mvh Litteraturkredsen""")

M("", """Til Borgerservice

Min kone og jeg skal giftes på rådhuset. Hvordan booker man en tid til borgerlig vielse, og hvad koster det?

Venlig hilsen
Jens Mortensen""")

M("", """Kære Karin

Jeg er træt af at høre om Pride hele tiden. Kan kommunen ikke bruge pengene på veje i stedet?

Hilsen Torben""")

M("", """Hej, vi er et par, der gerne vil være plejefamilie. Hvornår er det næste informationsmøde? /Emma og Kristian""")

M("", """Til udvalget

Jeg vil foreslå, at kommunens formularer får et felt for "forælder 1" og "forælder 2" i stedet for mor og far, så alle familier kan bruge dem.

Med venlig hilsen
Sofie Rank""")

M("", """Hej Lone

Min mand Peter og jeg har fået en ny nabo, som larmer med musik hver nat efter kl. 23. Hvem skal vi kontakte?

Hilsen
Birgitte Ahrens""")

M("", """Kære borgmester

Vil kommunen deltage i Copenhagen Pride Parade med en vogn? Flere kommuner gør det.

Venlig hilsen
Ishøj Ungdomsråd""")

M("", """Hej Peter, min kæreste fylder 30 på lørdag og vi vil gerne leje festlokalet i Medborgerhuset. Er det ledigt? Tlf 21 67 34 90. /Anna""")

M("", """Til Kultur- og Fritidsudvalget

Hvor mange foreninger i Ishøj har aktiviteter for LGBT+ unge? Jeg vil gerne henvise til dem fra min praksis som psykolog.

Med venlig hilsen
Charlotte Vind, cand.psych.""")

M("", """Kære Anja

Jeg har læst, at der skal laves et regnbuefodgængerfelt ved stationen. Hvad koster det, og hvem betaler?

Venlig hilsen
Per Holm""")

M("", """Hej! Min kone Nina og jeg har lige fået en datter. Hvornår kommer sundhedsplejersken første gang? Mvh Martin""")

M("s", """Til Borgerservice

Vi er registreret partnerskab fra 1999 og vil gerne have det omdannet til ægteskab. Kan det gøres på rådhuset?

Venlig hilsen
Kaj""")

M("", """Kære Kasper

Ungdomsskolen holder temaaften om krop, køn og seksualitet for forældre. Vil byrådet komme og sige et par ord?

Mvh Ungdomsskolens ledelse""")

M("", """Kære borgmester

Min kone og jeg har været gift i 40 år i maj. Kan man forny sine løfter på rådhuset, og skal det bookes som en vielse?

Med venlig hilsen
Gunnar Lind""")

M("", """hej, hvorfor er regnbueflaget ved biblioteket taget ned? var det hærværk? /Maria""")

M("", """Til borgmesterens PA

Borgmesteren er inviteret til at åbne Ishøj Pride Picnic den 23. august kl. 13 i Bypark. Kan hun komme? Kontakt: 31 44 90 27.

Med venlig hilsen
Arrangørgruppen""")
