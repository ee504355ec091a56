"""corpus29 part E: same-sex families and LGBT+ writers, union members about local workplaces, to council members."""
from common import M

M("s", """Kære Mette Lindholm

Jeg og min kone, Signe, har en søn i børnehaven Troldehøj. På forældreintra står der stadig kun 'mor' og 'far' som felter, og Signe bliver hver gang registreret som far. Det er en lille ting, men det gør ondt. Kan kommunen ikke få systemet rettet?

Mvh
Julie Dam""")

M("s", """hej ahmad
jeg er 16 og bi og har ikke fortalt det til mine forældre. jeg har læst at du går ind for et ungdomshus for lgbt. det vil jeg bare sige tak for. skriver ikke mit navn
""")

M("s", """Kære Jesper Bang

Min mand, Mikkel, og jeg har boet på Strandgårdsvej i 12 år. Sidste weekend blev der skrevet 'bøsserøve' på vores carport. Vi har anmeldt det til politiet. Jeg skriver til dig, fordi jeg synes, byrådet skal vide, at det sker i Ishøj i 2026.

Venlig hilsen
Jakob Lindstrøm""")

M("", """Kære Jesper Bang

Der er kommet meget graffiti i Strandgårdsparken den seneste måned. Kan kommunen sørge for, at det bliver fjernet hurtigere?

Venlig hilsen
Jakob""")

M("sh", """Kære Lone Brix

Jeg er transkvinde og lesbisk, og jeg venter på en henvisning til kønsidentitetsklinikken. Min læge i Ishøj siger, det er regionens sag, men jeg vil gerne bede byrådet om at presse på, for ventetiden er over to år, og jeg har fået en depression af at vente.

Med venlig hilsen
Alex Storm""")

M("s", """Kære borgmester

Vi er to mødre, Anna og Freja, som har fået en datter i juni. Da vi skulle navngive hende på Borgerservice, blev medmoren bedt om at bevise faderskabet. Det var ydmygende. Vi vil gerne høre, hvordan kommunen sikrer, at personalet kender reglerne for medmoderskab.

Hilsen
Anna og Freja Holm-Berg""")

M("", """Kære borgmester

Hvordan registrerer man medmoderskab i Ishøj? Jeg er jordemoder og vil gerne kunne vejlede korrekt.

Mvh
Dorte Kähler""")

M("s", """Hej Kim

Jeg vil gerne invitere dig til Ishøjs første regnbuebrunch den 12. juni. Jeg arrangerer den sammen med min kæreste Kasper, og vi har begge boet her i 20 år. Vi er begge bøsser og ville gerne lave noget, der samler folk.

Mvh
Nikolaj Winther""")

M("se", """Kære Ahmad

Jeg er 71 og bor på Plejecenter Ishøjhus. Jeg har levet sammen med min veninde Karen i 41 år, og hun er nu død. Personalet kalder hende min 'gode veninde', men hun var min kæreste. Jeg er lesbisk og har været det hele livet. Jeg skriver, fordi jeg ønsker, at personalet lærer, at gamle mennesker også kan være homoseksuelle.

Med venlig hilsen
Else Marie Hjort""")

M("", """Kære Ahmad

Har kommunen uddannet plejepersonalet i LGBT+-ældre? Jeg har læst i en rapport fra LGBT+ Danmark, at det er et voksende emne.

Mvh
Per Lund""")

M("s", """hej jens vinding
mig og min mand (jeg er selv en mand, det er vigtigt for det her) har søgt om at blive plejefamilie i over et år. vi har fået tre afslag uden begrundelse. er det fordi vi er to mænd? vi vil gerne have et svar
jonas og ali""")

M("s", """Kære Mette Lindholm

Min datter er 14 og har fortalt os, at hun er lesbisk. Hun bliver drillet voldsomt i klassen på Ishøj Skole, og lærerne gør ikke nok. Hvad gør kommunen for at sikre, at skolerne er trygge for LGBT+-elever?

Venlig hilsen
Bente Falk""")

M("", """Kære Mette Lindholm

Har Ishøj Kommune en handleplan mod mobning af LGBT+-elever? Jeg er skolebestyrelsesmedlem og vil gerne sætte emnet på dagsordenen.

Mvh
Karsten Ravn""")

M("s", """Kære borgmester

Jeg er gift med en kvinde, og vi står som værtspar ved næste års Ishøj Pride. Vi vil gerne spørge, om borgmesteren vil hejse regnbueflaget på rådhuset den dag.

Mvh
Helene Bruun""")

M("", """Kære borgmester

Vil Ishøj hejse regnbueflaget på rådhuset under Copenhagen Pride, ligesom flere omegnskommuner gør?

Mvh
Tom""")

M("se", """Kære Jesper

Min søn Oliver er 19, han er homoseksuel, og min mand har smidt ham ud. Han sover hos venner og har ingen indtægt. Jeg er bange for, at han ender på gaden. Jeg ved ikke, om kommunen kan hjælpe, men jeg vil have, at I ved, at unge som ham findes her.

Mvh
En mor i Ishøj""")

M("sb", """Kære Ahmad Karimi

Jeg er homoseksuel og troende muslim. Det er ikke let, men jeg har fundet min plads. Jeg vil gerne foreslå, at kommunen støtter et netværk for LGBT+-personer med muslimsk baggrund. Jeg kan ikke skrive mit navn, men du kan svare på denne mail.""")

M("s", """Kære Jens Vinding

Jeg er aseksuel, og jeg har et spørgsmål til dig som formand for Sundhedsudvalget: hvorfor spørger sundhedsplejersken ved skolestart om seksuel debut som standard? Det er ikke alle unge, der har en. Min søster har oplevet det som meget pinligt.

Mvh
Marie Lund""")

M("s", """Hej Mette

Min kone, Henriette, og jeg, Lotte, vil gerne leje Ishøj Kulturhus til vores bryllupsfest. Men vi har fået at vide, at salen kun udlejes til foreninger. Kan det være rigtigt?

Mvh Lotte""")

M("", """Hej Mette

Kan privatpersoner leje Ishøj Kulturhus til fester, eller er det kun for foreninger?

Mvh Lotte Skov""")

M("ste", """Kære borgmester

Jeg er iransk og flygtede fra Iran, fordi jeg er homoseksuel. Jeg har fået asyl og bor nu i Ishøj. Jeg vil gerne takke kommunen for integrationsforløbet, men også sige, at jeg har oplevet chikane fra andre i min opgang. Jeg vil gerne mødes med nogen.

Med venlig hilsen
Reza M.""")

M("s", """Kære Lone

Jeg er pansexuel og har været frivillig i Ishøj Ungdomsklub i tre år. Jeg synes, klubberne mangler synlige voksne, som de unge kan tale med om køn og seksualitet. Kan jeg få et møde om det?

Hilsen
Kim Storgaard""")

M("s", """hej kim
min kæreste Martin og mig (jeg hedder Jonas) blev smidt ud af Ishøj Bodega i lørdags fordi vi kyssede. ejeren sagde at han ikke ville have det slags. er det lovligt? kan kommunen tage bevillingen fra ham?""")

M("", """hej kim
nogen gæster blev smidt ud af Ishøj Bodega i lørdags efter en diskussion. er det ikke kommunens bevillingsnævn der skal se på den slags?""")

M("s", """Kære Mette Lindholm

Vi er to fædre, Daniel og Søren, med en søn i 1. klasse på Vejleåskolen. Klassens lærer har bedt eleverne tegne 'mor og far' til forældredag. Vores søn kom ked af det hjem. Vi vil gerne have, at kommunen minder skolerne om, at familier ser forskellige ud.

Venlig hilsen
Daniel Kragh""")

M("sh", """Kære Ahmad

Min bror Mads, som er bøsse, er blevet overfaldet på vej hjem fra Ishøj Station. Han var indlagt med et brækket kæbeben. Han vil ikke selv skrive, men jeg synes, byrådet skal vide det, så I kan gøre noget ved belysningen og trygheden ved stationen.

Mvh
Cecilie Berg""")

M("u", """Kære Kim Hansen

Jeg er medlem af FOA og arbejder i hjemmeplejen, distrikt Nord. Vi har fået nye køreplaner, hvor der er sat 7 minutter af til et bad. Det kan ikke lade sig gøre. Jeg vil gerne have, at du kommer og kører med en dag.

Venlig hilsen
Dorte Friis""")

M("u", """Kære Ahmad,

Jeg er TR for pædagogerne i Daginstitution Strandhuset. Vi har tre ubesatte stillinger, og vi har nu i et halvt år kørt med vikarer. Jeg vil gerne bede dig besøge os, før I vedtager næste års budget.

Med venlig hilsen
Søren Jeppe, tillidsrepræsentant""")

M("", """Kære Ahmad,

Daginstitution Strandhuset har tre ubesatte pædagogstillinger. Vi forældre er bekymrede. Hvad gør kommunen for at rekruttere?

Mvh
Forældrebestyrelsen""")

M("u", """Hej Jesper

Jeg er medlem af Dansk Metal og arbejder på Ishøj Varmeværk. Vi har hørt, at kommunen vil sælge værket. Vi vil gerne vide, hvad det betyder for os, før det bliver vedtaget.

Mvh
Henrik Juul""")

M("", """Hej Jesper

Er det rigtigt, at kommunen overvejer at sælge Ishøj Varmeværk? Hvad betyder det for varmeprisen?

Mvh
Lone Hald""")

M("u", """Kære Mette

Jeg er fællestillidsrepræsentant for 3F på Ishøj Rensningsanlæg. Vi har fået en ny vagtordning, hvor kollegerne har rådighedsvagt 14 dage i træk. Det har aldrig været aftalt med os. Vi vil gerne i dialog med jer, før det bliver en faglig sag.

Med venlig hilsen
Torben Lauritsen""")

M("uh", """Kære Lone Brix

Jeg er sygeplejerske i hjemmesygeplejen og medlem af Dansk Sygeplejeråd. Jeg har selv været sygemeldt i tre måneder efter et løft hos en borger, og jeg har set flere kolleger gå ned. Vi er for få. Det skal politikerne vide.

Mvh
Ida Winkel""")

M("", """Kære Lone Brix

Dansk Sygeplejeråds kreds Hovedstaden har lavet en trivselsundersøgelse blandt kommunale sygeplejersker. Vi sender den gerne til Sundhedsudvalget.

Med venlig hilsen
DSR Kreds Hovedstaden""")

M("u", """Hej Jens

Jeg er HK-medlem og arbejder i Borgerservice. Jeg skriver anonymt. Vi får at vide, at vi ikke må tale med politikere om arbejdsforholdene. Er det rigtigt? Jeg vil gerne vide, hvad mine rettigheder er.

Mvh
en ansat""")

M("u", """Kære Kim Hansen

Jeg har været medlem af Krifa i 20 år og er lærer på Vejleåskolen. Jeg er ikke enig med mine kolleger i DLF om det hele, men om den nye arbejdstidsaftale er vi enige: den giver for lidt forberedelsestid.

Venlig hilsen
Mogens Bøgh""")

M("ue", """Hej Ahmad

Jeg er ledig og medlem af 3F's a-kasse. Jeg var ansat i kommunens vejservice som sæsonarbejder, men nu er der ikke penge til at ansætte os igen. Jeg har arbejdet der i syv somre. Hvad skal vi leve af?

Mvh
Carsten Hvid""")

M("u", """Kære borgmester

Som formand for HK's klub i Ishøj Kommune vil jeg invitere dig til vores klubmøde den 18. september. Vi vil gerne tale om den nye IT-løsning, som har givet mange medarbejdere ekstra arbejde.

Med venlig hilsen
Malene Skov""")

M("", """Kære borgmester

HK Kommunal har sendt en pressemeddelelse om Ishøj Kommunes nye IT-løsning. Vil du kommentere den til Ishøj Lokalavis?

Mvh
Mia Høst, journalist""")

M("u", """hej jesper bang
vi er nogle stykker fra forskellige forbund der arbejder på ishøj havn. vi vil gerne mødes med dig om den nye havneplan. kan du en aften i næste uge?""")

M("u", """Kære Jens Vinding

Jeg er tidligere tillidsrepræsentant i FOA på Plejecenter Strandgården, nu pensioneret. Jeg har fulgt sagen om madordningen og vil bare sige, at det er præcis det, vi advarede om for fem år siden.

Mvh
Gurli Nissen""")

M("ut", """Kære Kim

Jeg er fra Rumænien og arbejder som chauffør for et firma, der kører skolebus for kommunen. Jeg er medlem af 3F. Vores chef betaler ikke overenskomstløn, og jeg ved, at kommunen har krav om arbejdsklausul. Kan I kontrollere det?

Mvh
Ionut Popescu""")

M("", """Kære Kim

Har kommunen kontrol med, at buschaufførerne i skolebuskørslen får overenskomstløn? Der er rygter om underbetaling.

Mvh
Tina""")

M("ub", """Kære Mette Lindholm

Jeg er lærer, DLF-medlem og sidder i Enhedslistens lokalafdeling. Jeg er ret sikker på, at du og jeg er uenige om meget, men jeg vil gerne invitere dig til debat med mine elever i 9. klasse om demokrati.

Med venlig hilsen
Lise Thorup""")

M("u", """Kære Ahmad

Jeg er formand for Djøf's tillidsrepræsentanter i kommunen. Jeg skriver for at gøre opmærksom på, at mange af de akademiske medarbejdere i Center for Beskæftigelse har søgt væk i år. Vi vil gerne præsentere en exit-undersøgelse.

Mvh
Anders Krogsgaard""")

M("u", """Kære Lone

Jeg hedder Ahmed Bashir og er tillidsmand på rengøringsholdet på Ishøj Skole. Vi er i Det Faglige Hus. Vi har ikke fået de nye rengøringsmaskiner, som blev lovet i budgettet. Vi er trætte af at vente.

Hilsen
Ahmed""")

M("uh", """Hej Kim,

jeg er SOSU-hjælper på Ishøjhus og medlem af FOA. har fået en diskusprolaps efter en løfteopgave og er lige blevet sygemeldt. det er 3. gang på vores afdeling i år. vi mangler liftudstyr. det koster ikke meget, men det koster os helbredet

mvh Pia R.""")

M("u", """Kære borgmester

Jeg er ingeniør i Center for Byudvikling og medlem af IDA. Jeg skriver som borger: den nye lokalplan for havnen er ikke gennemarbejdet. Jeg er ikke den eneste blandt kollegerne, der synes det.

Mvh
Johan Rask""")

M("", """Kære borgmester

Jeg har et spørgsmål om, hvilke fagforeninger der er repræsenteret i kommunens HovedMED-udvalg. Jeg skriver opgave på Roskilde Universitet.

Mvh
Emilie""")

M("u", """Kære Jesper Bang

Som TR for BUPL i Børnehuset Solsikken vil jeg invitere dig på besøg. Vi er 11 pædagoger, og vi har brug for at vise dig, hvordan en dag ser ud med 24 børn på stuen.

Mvh
Rikke Lund""")

M("ue", """hej mette
har lige fået at vide at jeg skal fyres fra skolekøkkenet på torslunde skole når den lukker. jeg er med i FOA og de siger at de vil kæmpe for mig men jeg tror ikke de kan gøre noget. har 2 børn alene
mvh hanne""")

M("u", """Kære Kim Hansen

Jeg er medlem af Lederne og afdelingsleder i Ishøj Havns værft. Jeg vil gerne bede dig og havneudvalget om at høre os, før havneplanen vedtages. Vi vil gerne stille op til et møde.

Mvh
Svend Holmgaard""")

M("u", """Kære Jens Vinding

Jeg var medlem af Serviceforbundet i 15 år, da jeg arbejdede som vagt i Ishøj Bycenter. Nu er jeg pensioneret, men jeg synes, kommunen bør stille krav om ordentlige forhold til vagtfirmaet på rådhuset.

Mvh
Leif Hjorth""")

M("se", """Kære Lone Brix

Min mand Bent og jeg, Ole, har været sammen i 38 år. Bent har fået plads på Plejecenter Strandgården, men der er kun enkeltværelser, og vi må ikke bo sammen. Vi har aldrig været adskilt. Kan ældreudvalget se på, om ægtepar kan bo sammen?

Med venlig hilsen
Ole Skovgaard""")

M("", """Kære Lone Brix

Kan ægtepar bo sammen på kommunens plejecentre, hvis kun den ene er visiteret? Jeg har ikke selv brug for det, men hørte det diskuteret på et møde i Ældresagen.

Mvh
Grete""")
