"""Part H: the last stages of trades (awaiting bank or lawyer, taken over), with CPR numbers in signatures, and the municipality's own sales."""
from common import M

M("ps", """
Hej Ishøj Kommune

Min kæreste Mohammed og jeg, begge mænd, har købt en ejerlejlighed på Ishøj Strand med overtagelse 1. september. Handlen er betinget af at ejerforeningen godkender vores altaninddækning. Vi mangler bare svar fra jer om byggetilladelsen.

Mvh Tobias Hein
[[050394 1261]]
""")

M("", """
Hej

Skal altaninddækninger i ejerlejligheder godkendes af kommunen? Spørger generelt.

Mvh
""")

M("pb", """
Kære Anne

Jeg er aktiv i Dansk Folkeparti lokalt og har sammen med min kone budt på kommunens byggegrund nr. 7 i Ishøj Landsby. Vi står nr. 2 på listen. Hvornår afgøres det?

Mvh
Steen Mørch
[[170258-1345]]
""")

M("", """
Hej

Hvor mange har budt på kommunens byggegrunde i Ishøj Landsby?

Mvh
""")

M("pu", """
hejsa

er medlem af 3f og vi har lige fået accept på et hus på Vejlebrovej 😊 men advokaten siger at der mangler en færdigmelding på garagen. kan i se på det?? overtagelse om 3 uger

mvh Nicklas
cpr [[2309891173]]
""")

M("", """
hejsa

hvordan får man en færdigmelding på en garage? har bygget den selv

mvh
""")

M("pt", """
Hej

Jeg er filippinsk og har boet i Danmark i 12 år. Min danske mand og jeg vil købe en grund af kommunen, men vi er usikre på om jeg kan stå som medejer. Vi har fået tilbudt grund nr. 4 i Ishøj Landsby.

Mvh
Maria Santos Larsen
[[120885–2406]]
""")

M("", """
Hej

Kan man stå som medejer af en grund hvis man ikke er dansk statsborger?

Mvh
""")

M("pbt", """
Hej

Vi er ortodokse jøder og har budt på et hus tæt på Ishøj Station, så vi kan gå til synagogen i byen om sabbat uden bil. Sælger har accepteret. Kan kommunen bekræfte at der ikke er planer om støjende byggeri?

Mvh
Rachel og Benjamin Levy
""")

M("", """
Hej

Er der planer om støjende byggeri tæt på Ishøj Station?

Mvh
""")

M("su", """
Hej

Jeg er medlem af HK og er gift med en kvinde, selv er jeg kvinde. Vi har boet i Ishøj i 10 år og vil gerne være frivillige i boligsocial helhedsplan.

Mvh
Lene Friis
""")

M("", """
Hej

Hvordan bliver man frivillig i den boligsociale helhedsplan?

Mvh
""")

M("s", """
Hej

Vi er to fædre med en datter på 6. Vi bor i en lejlighed i Ishøj Strand og vil gerne have en have. Er der kolonihaver ledige?

Mvh
Peter og Jens
""")

M("", """
Hej

Er der kolonihaver ledige i Ishøj?

Mvh
""")

M("ub", """
Hej

Jeg er medlem af Dansk Metal og af Enhedslisten. Jeg synes at kommunen skal stoppe salget af de almene boliger. Kan jeg få et møde?

Mvh
Jan Rasmussen
""")

M("", """
Hej

Hvorfor sælger kommunen ikke almene boliger? Eller gør den?

Mvh
""")

M("pe", """
Hej

Jeg har et bud på mit hus, men min eks-mand har pant i huset pga. vores skilsmisse. Han vil ikke frigive pantet. Hvad kan jeg gøre?

Mvh
Susanne Dahl
[[030378 2234]]
""")

M("", """
Hej

Hvordan frigiver man pant i et hus ved skilsmisse? Generelt spørgsmål.

Mvh
""")

M("u", """
Hej

Jeg er lærer og tillidsrepræsentant på Vibeholmskolen. Vi har problemer med skimmel i lærerværelset. Kan kommunen sende nogen?

Mvh
Mette Holm
""")

M("", """
Hej

Er der skimmel på Vibeholmskolen? Jeg har hørt rygter.

Mvh
""")

M("ps", """
Kære borgmester

Jeg er pansexuel og har fundet en lejlighed med min partner. Vi har budt, og sælger har accepteret. Men vi er nervøse for naboerne. Kan kommunen give os råd?

Mvh
Kim
""")

M("", """
Hej

Har kommunen en politik mod diskrimination af LGBT+-personer i boligområder?

Mvh
""")

M("b", """
Hej

Jeg er humanist og medlem af Humanistisk Samfund. Jeg vil gerne klage over at kommunens nye boligområde skal have en kirke.

Mvh
Line Vestergaard
""")

M("", """
Hej

Skal det nye boligområde have en kirke? Jeg har hørt rygter.

Mvh
""")

M("t", """
Hej

Jeg er af indisk afstamning og har boet i Ishøj hele mit liv. Mine naboer kalder mig "Apu". Det er ikke i orden.

Mvh
Raj Patel
""")

M("", """
Hej

Hvor mange indere bor der i Ishøj?

Mvh
""")

M("uehp", """
Hej

Jeg er medlem af 3F og er blevet sygemeldt efter en arbejdsulykke. Jeg får sygedagpenge, men de dækker ikke vores lån. Vi har sat huset til salg.

Mvh
Brian Nielsen
""")

M("", """
Hej

Kan man få sygedagpenge efter en arbejdsulykke? Generelt spørgsmål.

Mvh
""")

M("s", """
Hej

Jeg er en kvinde og bor med min kone i Ishøj Strand. Vi vil gerne have flere LGBT+-arrangementer i boligområdet. Hvem skal vi tale med?

Mvh
Camilla Holt
""")

M("", """
Hej

Hvem står for arrangementer i boligområderne?

Mvh
""")

M("b", """
Hej

Jeg er medlem af Moderaterne og vil gerne foreslå at kommunen sælger flere grunde til førstegangskøbere.

Mvh
Lars Bo
""")

M("", """
Hej

Jeg synes kommunen skal sælge flere grunde til førstegangskøbere.

Mvh
""")

M("p", """
Hej

Jeg er ejendomsmægler og har en køber til grund nr. 12 i Ishøj Landsby. Køberen venter på lånetilsagn fra banken. Kan kommunen forlænge fristen for underskrift?

Mvh
Anne Juul, Nybolig
""")

M("", """
Hej

Kommunen har solgt grund nr. 9 i Ishøj Landsby. Skødet er tinglyst. Hvornår starter byggeriet?

Mvh
""")

M("e", """
Hej

Jeg har fået en regning fra boligselskabet på 12.000 kr. for istandsættelse efter min fraflytning. Jeg er på kontanthjælp og kan ikke betale. Hvad gør jeg?

Mvh
Sandra
[[110101-4093]]
""")

M("", """
Hej

Hvad er reglerne for istandsættelse ved fraflytning af almen bolig?

Mvh
""")
