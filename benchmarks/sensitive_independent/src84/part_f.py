"""corpus84, part F: partners and orientation at work, parental leave, family life around a job."""
from common import M

M("s", """Til personaleafdelingen, Ishøj Kommune

Jeg er ansat i Teknik og Miljø og skal giftes med min kæreste, Mikkel, i juni. Jeg vil gerne søge om en fridag til brylluppet, og jeg har læst, at man har ret til fri ved eget bryllup. Er det stadig tilfældet?

Med venlig hilsen
Oliver Damsgaard""")

M("se", """Hej Jobcenter

Min kone, Sara, og jeg har lige fået en datter, og jeg er medmor. Jeg er ledig og på dagpenge. Hvordan fungerer barselsdagpenge for en medmor, der er ledig? Jeg har ikke kunnet finde noget klart svar.

Hilsen
Line Bech""")

M("", """Kære Hanne

Hvornår holder Ishøj Pride i år, og deltager kommunen med en stand? Vi er en arbejdsplads, der gerne vil være med.

Hilsen
Personaleforeningen, Ishøj Bibliotek""")

M("su", """Til byrådsmedlem Fatima Yousef

Jeg er biseksuel og TR for FOA på et plejecenter. En kollega er blevet chikaneret af en anden medarbejder for at være homoseksuel, og ledelsen griber ikke ind. Jeg har også selv fået kommentarer, efter at jeg stod frem. Jeg vil høre, om kommunens personalepolitik dækker seksuel orientering.

Med venlig hilsen
Nanna Krogh""")

M("s", """hej, jeg er bøsse og har lige startet på et lager i Ishøj erhvervspark. mine kolleger laver grin med mig hver dag og jeg ved ikke om jeg skal sige noget til chefen. kan kommunen hjælpe eller er det en fagforenings ting? jeg er ikke medlem af nogen. /Sebastian""")

M("hs", """Til HR, Center for Børn og Forebyggelse

Min kone, Tina, og jeg venter vores første barn, som Tina bærer. Jeg er pædagog i Børnehuset Stjernen og vil gerne holde orlov, når barnet kommer i marts. Kan I fortælle mig, hvordan orlov for medmor fungerer hos kommunen som arbejdsgiver?

Venlig hilsen
Karina Mørk""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en LGBT+-forening og vil gerne lave et jobnetværk for unge queer personer i Ishøj. Kan kommunen støtte os med lokaler eller midler?

Med venlig hilsen
Regnbuen Ishøj""")

M("sp", """Kære borgmester

Min mand Michael og jeg har fået accepteret et bud på en villa på Torslundevej, men købet er betinget af, at vi kan få en dispensation til at bygge en garage 50 cm tættere på skel. Vi har søgt, men har intet hørt. Vores nuværende lejlighed er solgt fra 1. april, så vi har travlt.

Med venlig hilsen
Henrik Hvidt""")

M("s", """Hej Jakob

Jeg arbejder som sygeplejerske, og jeg og min kone vil gerne vide, om Ishøj Kommune har en politik om at inkludere regnbuefamilier i dagtilbuddene. Vores søn starter i vuggestue til august.

Hilsen
Julie""")

M("", """Til hovedpostkassen

Kan I oplyse, hvilke personalegoder kommunen tilbyder sine ansatte? Jeg overvejer at søge en stilling som sagsbehandler i Borgerservice og vil gerne sammenligne med min nuværende arbejdsgiver.

Venlig hilsen
Ulla Brix""")

M("set", """Til Ydelsescentret

Jeg er gift med en mand, Rasmus, og vi har netop adopteret en dreng fra Colombia. Jeg er selvstændig, og Rasmus er ansat. Hvem af os kan få barselsdagpenge, og hvordan søger vi?

Venlig hilsen
Tobias Lehmann
[[020682-1457]]""")

M("s", """Kære borgerrådgiver

Jeg er lesbisk og arbejder som chauffør i kommunens materielgård. En kollega har hængt en plakat op, der gør grin med homoseksuelle. Jeg har klaget til min leder, men plakaten hænger der stadig efter to uger.

Venlig hilsen
Trine""")

M("", """Hej

Er der nogen i Ishøj Kommune, der arbejder med LGBT+-rådgivning for unge? Jeg er lærer og vil gerne kunne henvise elever.

Mvh
Charlotte, Vibeholmskolen""")

M("sh", """Til personaleafdelingen

Min mand, Jonas, har fået konstateret kræft i tyktarmen og skal opereres. Jeg er ansat i Borgerservice og vil gerne søge om plejeorlov, hvis det bliver nødvendigt, men først vil jeg høre om muligheden for at få fri de dage, han er på hospitalet.

Venlig hilsen
Magnus Friis""")

M("sb", """Til byrådsmedlem Hanne Overgaard

Jeg er homoseksuel og medlem af Socialistisk Folkeparti. Jeg vil gerne invitere dig til en debat om LGBT+-rettigheder på arbejdsmarkedet, som vores lokalafdeling holder den 5. oktober. Vil du være med?

Venlig hilsen
Emil Vinther""")

M("s", """Hi,

I am a gay man who just moved to Ishøj with my husband to start a new job at a pharmaceutical company in Taastrup. We are looking for a family doctor who is comfortable with LGBT+ patients. Can the municipality recommend one?

Thank you,
Daniel Walsh""")

M("", """Kære udvalgsformand

Jeg vil foreslå, at Ishøj Kommune hejser regnbueflaget på rådhuset i Pride-ugen. Det ville være et godt signal til de ansatte.

Mvh
Birthe Holm""")

M("sp", """Til Center for Byudvikling og Natur

Vi er to kvinder, gift i 10 år, og vi har fået et bud på vores hus i Vejleå. Køberen kræver, at vi får en ibrugtagningstilladelse til udestuen, som vi byggede i 2018. Kan den udstedes hurtigt? Vi har fundet et nyt hus i Jylland, hvor min kone har fået nyt job.

Venlig hilsen
Ane og Kirsten Holm""")

M("s", """hej. min kæreste hedder Ali og vi har været sammen i 3 år. jeg er selv en mand og jeg har aldrig fortalt det på mit arbejde. nu vil min chef invitere partnere til julefrokost. skal jeg bare sige han er en ven? det er ikke et spørgsmål til kommunen egentlig men jeg ved ikke hvem jeg skal spørge. /Yousef""")

M("sb", """Til Ishøj Kommune

Jeg er sognepræst og skal vie to mænd i Ishøj Kirke i maj. Den ene er min egen bror, Peter, og hans forlovede Hans. De vil gerne holde festen i Ishøj Kulturhus. Kan man leje salen en lørdag?

Med venlig hilsen
Anna Kjær, sognepræst""")

M("", """Til borgmesterens PA

Vi er en organisation for LGBT+-ansatte i det offentlige. Vi vil gerne spørge, om borgmesteren vil holde tale ved vores konference den 20. juni.

Med venlig hilsen
LGBT+ Offentligt Ansatte""")

M("seu", """Kære borgerrådgiver

Jeg er gift med en kvinde og har netop fået afslag på barselsdagpenge fra Udbetaling Danmark, fordi de mener, at jeg ikke er forælder. Min kone har født vores søn. Vi har lavet medmoderskabserklæring. Jeg er medlem af HK, og de siger, at kommunen skal hjælpe. Er det rigtigt?

Venlig hilsen
Lærke Dahl""")

M("s", """Til formanden for Kultur- og Fritidsudvalget

Jeg er træner for et kvindehold i fodbold og selv lesbisk. Vi vil gerne spille i regnbuetrøjer i den lokale turnering, men klubben siger, at politik ikke hører hjemme i sport. Har kommunen en holdning?

Venlig hilsen
Maja Lund""")

M("hse", """Kære Hanne

Vi er to fædre med en datter, der har autisme. Vi er begge fuldtidsansatte og kan ikke få institutionen til at forstå, at hun har brug for ro. Vi har søgt om støtte via PPR, men har ikke hørt noget i tre måneder.

Med venlig hilsen
Morten og Jesper Winther""")

M("", """Til Center for Børn og Forebyggelse

Har kommunens daginstitutioner materiale om forskellige familieformer, for eksempel bøger om regnbuefamilier? Jeg er pædagog og vil gerne bruge det i vores børnehave.

Mvh
Sanne""")

M("s", """Til personaleafdelingen

Jeg søger om fri på min bryllupsdag den 14. august. Jeg skal giftes med min kæreste Sofie. Vi er begge kvinder, og vi har valgt at gifte os på rådhuset.

Venlig hilsen
Cecilie Brandt""")

M("st", """Til Ishøj Kommune

I am a gay man from Uganda. I came to Denmark as an asylum seeker and now have a residence permit. I have a job in a warehouse but my colleagues from my home country are threatening me because of my sexuality. I am afraid. Who can help me?

Joseph""")

M("sp", """Hej Søren

Min mand og jeg (vi er begge mænd, for god ordens skyld) har et bud inde på en andelslejlighed i Ishøj Landsby. Andelsforeningen har en regel om, at kommunen skal godkende ændringer i vedtægterne, og sælger vil ikke skrive under, før vedtægterne er godkendt. Kan du hjælpe med at få fart på?

Hilsen
Kasper Vind""")

M("", """Kære Ishøj Kommune

Jeg har et spørgsmål om kommunens politik for kønsneutrale toiletter på arbejdspladsen. Vi er en privat virksomhed, der vil gerne følge kommunens gode eksempel.

Mvh
Ishøj Design""")

M("se", """Til Jobcenter Ishøj

Jeg er ledig og har netop mistet min mand, Erik, som jeg har været gift med i 15 år. Jeg er selv mand. Jeg har en samtale hos jer på mandag og kan ikke overskue det. Kan den flyttes?

Venlig hilsen
Bo Sørensen""")

M("s", """Kære Fatima

Jeg er pansexual og arbejder i detailhandlen. Jeg vil bare sige tak for, at du talte for inklusion på arbejdspladsen i byrådet. Det betød meget for mig.

Hilsen
Robin""")

M("", """Til hovedpostkassen

Vi er en forening, der holder kurser om ligestilling og mangfoldighed på arbejdspladser. Vil kommunen være interesseret i et tilbud til sine ledere? Vi har EAN 5790001122334.

Med venlig hilsen
Mangfoldighedshuset""")

M("sh", """hej. min kone Signe har lige født vores dreng på Hvidovre Hospital. jeg er selv kvinde og arbejder i kommunens tandpleje. hvor søger jeg om forældreorlov? HR svarer ikke. /Amalie""")

M("s", """Til borgmester Merete Amdisen

Jeg er asexual og arbejder i en stor virksomhed i Ishøj. Jeg har oplevet, at kolleger gør grin med, at jeg ikke har en partner. Jeg ved godt, at det ikke er kommunens sag, men jeg ville bare sige det, fordi du ofte taler om mangfoldighed.

Venlig hilsen
Nicolai""")

M("", """Til Center for Voksne og Velfærd

Er der særlige tilbud til ældre LGBT+-personer på kommunens plejecentre? Jeg spørger som frivillig i en forening.

Venlig hilsen
Inge""")

M("sb", """Kære Jakob

Jeg er katolik og homoseksuel, og jeg er blevet bedt om at forlade kirkens kor. Jeg ved, at det ikke er kommunens sag, men jeg vil gerne vide, om kommunen støtter organisationer, der diskriminerer.

Mvh
Lukas""")

M("s", """Til HR

Jeg vil gerne ændre min nærmeste pårørende i personalesystemet til min mand, Christian Aagaard. Vi er blevet gift i sidste måned. Hvordan gør jeg?

Med venlig hilsen
Frederik Lund
Medarbejdernr. 1203887""")

M("sp", """Hej

Vi er et lesbisk par og har en køber til vores hus i Ishøj, men købsaftalen er betinget af, at han får solgt sin egen lejlighed, og det trækker ud. Vi har allerede skrevet under på nyt i Greve. Kan vi få udsat flytningen af vores affaldsordning, hvis vi bliver boende en måned mere?

Venlig hilsen
Camilla og Josefine""")

M("", """Kære borgmester

Jeg undrer mig over, at kommunen bruger penge på Pride, når der er så mange andre problemer. Synes du ikke, det er forkert prioriteret?

Mvh
Preben""")

M("seu", """-----Oprindelig meddelelse-----
Fra: Jonas Møller
Til: Jobcenter Ishøj
Emne: Tilmelding som ledig

Hej

Jeg er blevet opsagt fra mit job i et rengøringsfirma. Jeg er medlem af 3F. Min mand, Anders, siger, at jeg skal tilmelde mig hos jer først. Er det rigtigt?

Mvh Jonas
[[111287\u20131229]]""")

M("s", """Til udvalgsformand Søren Kirk

Jeg er transkvinde og lesbisk, og jeg arbejder i kommunens IT-afdeling. Jeg har fået at vide af en kollega, at min "livsstil" ikke hører hjemme på arbejdet. Jeg vil gerne høre, hvad udvalget gør for at sikre, at LGBT+-ansatte føler sig trygge.

Venlig hilsen
Alex""")

M("", """Hej

Hvilke virksomheder i Ishøj har underskrevet Copenhagen Pride's mangfoldighedscharter? Jeg skriver en bacheloropgave om emnet.

Mvh
Nikoline""")
