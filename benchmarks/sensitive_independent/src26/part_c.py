"""Part C: neighbours and friends writing about someone else."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vores nabo i nr. 14 på Pilehøjvej har sat sit hus til salg, og vi har hørt fra mægleren, at en køber vil rive det ned og bygge et dobbelthus. Har kommunen fået en forespørgsel om det? Vi vil gerne høres, før handlen går igennem, for et dobbelthus vil tage al sol fra vores have.

Venlig hilsen
Henning og Bodil Rasmussen, nr. 16
""")

M("h", """
Hej

Jeg er bekymret for manden i stuelejligheden under mig (Vejleåparken 41, st. tv.). Han hedder vist Jørgen. Han har ikke været ude i over en uge, og i går hørte jeg ham råbe om hjælp, men han åbnede ikke. Han har sukkersyge og har tidligere fået føling på trappen. Kan I sende nogen?

Mvh
Birthe fra 1. tv.
""")

M("", """
Hej

Naboens hæk på Lundestedet mod fortovet er nu så bred, at man ikke kan komme forbi med barnevogn. Hvem skal man kontakte om det? Jeg vil helst ikke starte en konflikt med dem.

Mvh
Sine
""")

M("e", """
Kære borgmester

Jeg skriver om min nabo, Hanne Olsen, Gildbrovænget 9. Hun er blevet sat ud af sin lejlighed i morges af fogeden pga. huslejerestance og har sovet i sin bil. Hun har to katte og ingen familie. Jeg har lovet at spørge, om kommunen kan skaffe hende et midlertidigt sted at bo. Hun har givet mig lov til at skrive.

Venlig hilsen
Bent Kristoffersen
""")

M("t", """
Hej

Der sidder en familie i opgang 7, som får grimme sedler i postkassen, "skrid hjem til Afghanistan" og værre. De er fra Afghanistan og har boet her i fire år. Faren hedder Ahmad. Jeg synes, boligsocial bør vide det, og måske politiet. De tør ikke selv skrive.

En nabo
""")

M("", """
Til Byudvikling

Er det rigtigt, at kommunen vil sælge grunden ved Ishøj Landevej, hvor den gamle tankstation lå? Vi har hørt at der skal bygges boliger. Hvornår kommer der en lokalplan i høring?

Mvh
Grundejerforeningen Tranehøj, v. formand Ole Vinther
""")

M("ps", """
Hej Jacob

Min gode ven Mikkel og hans mand, Rasmus, vil gerne købe huset ved siden af mig på Kærvej. Det er til salg, og de har budt, men sælger vil gerne vide om kommunen har planer om støjværn langs motorvejen, før de går videre. Ved du noget om det? De er nervøse for at miste huset til en anden køber.

Hilsen Tove
""")

M("", """
Hej

Der er en nabo som holder høns i sin have på Torslunde Bygade. Er det tilladt i et villakvarter? Hanen galer kl. 5 hver morgen.

Hilsen
Kurt
""")

M("he", """
Kære hjemmepleje

Jeg er nabo til Ellen Mørch, Bækgårdsvej 5. Hun har ikke fået sit morgenbesøg fra jer de sidste tre dage, og hun kan ikke selv komme ud af sengen efter sin knæoperation. Jeg har hjulpet hende på toilettet, men jeg er 81 selv. Hvad sker der?

Venlig hilsen
Margit Hjorth
""")

M("e", """
hej
min veninde Stine har fået afslag på kontanthjælp fordi hendes kæreste tjener for meget, men de bor jo ikke sammen, han har bare adresse hos hende fordi han er mellem to lejligheder. hvad skal hun gøre. hun hedder stine bak og bor på ishøj strandvej 52. skriver for hende fordi hun ikke har nogen computer
""")

M("", """
Hej

Min nabo har fået ny bil med en larmende udstødning, og han kører stærkt på stikvejen hvor børnene leger. Kan kommunen sætte bump op? Jeg har ikke lyst til at tale med ham selv.

Mvh
Pia
""")

M("bt", """
Hej

Jeg vil gerne anbefale min nabo, Rachel Levin, til kommunens frivillighedspris. Hun er jøde, og hun har i tre år holdt åbent hus hver fredag for nyankomne familier i vores opgang, uanset hvor de kommer fra. Hun har lært dem dansk ved køkkenbordet.

Venlig hilsen
Inger Holst
""")

M("", """
Til byrådet

Flere af os i Vejleåparken har bemærket, at boligselskabet har sat husleje op igen. Kan kommunen lægge pres på boligselskabet? Mange her er pensionister eller studerende.

Venlig hilsen
Beboerrådet, Vejleåparken
""")

M("hs", """
Hej

Min ven Kasper bor med sin kæreste Jonas på Gadekærvej. Kasper faldt på cyklen i mandags og ligger på Hvidovre med hjernerystelse. Jonas har spurgt mig om at skrive til jer, fordi hospitalet siger, at kun "nærmeste pårørende" må få oplysninger, og de er ikke gift. Kan man skrive Jonas op som pårørende i kommunens system, så han fx kan tale med hjemmesygeplejen efter udskrivelsen?

Mvh
Nikolaj
""")

M("p", """
Kære Jonas Dahl

Jeg har hørt fra Bent i Ishøj Landsby, at han og konen har fået et tilbud på deres gård fra en udvikler, og at handlen skal afgøres inden nytår. Gården ligger lige op til det grønne område, vi kæmper for at bevare. Kan du fortælle, om byrådet kender til sagen? Vi er bange for, at det grønne område bliver næste.

Mvh
Kirsten Lauesen
""")

M("", """
Hej

Jeg har en nabo i rækkehuset ved siden af, som har sat en stor parabol op på facaden. Må man det i vores lokalplan? Jeg vil bare vide, om det er lovligt, før jeg siger noget.

Mvh
Johnny
""")

M("e", """
Til borgerrådgiveren

Jeg skriver på vegne af min ven Jimmy, som har siddet i fængsel i to år og blev løsladt i sidste måned. Han har ingen bolig og sover hos forskellige venner. Han har søgt hjælp hos jobcentret, men fik at vide at han skal have en fast adresse først. Hvordan skal han få en adresse uden en bolig? Han hedder Jimmy Lassen og har givet mig lov.

Mvh
Danny
""")

M("", """
Hej kommune

Min nabo har en hund der gør hele dagen mens ejeren er på arbejde. Kan kommunen gøre noget eller er det politiet? Vi bor i lejlighed på Ishøj Boulevard.

Mvh
Sanne
""")

M("t", """
Kære borgerrådgiver

Min veninde Olena og hendes søn kom hertil fra Ukraine i 2022. Hun fik at vide ved skranken i Borgerservice, at hun "burde lære dansk, når hun nu bor her", i en meget nedladende tone, selv om hun taler fint engelsk. Hun vil ikke selv klage, men hun har sagt ok til at jeg gør det.

Hilsen
Mette Kirk
""")

M("", """
Hej

Hvordan foregår det, hvis man vil købe et af de kommunale haveforeningshuse i Tranegilde? Står man på en venteliste, og er det kommunen, der fastsætter prisen? Vi er bare nysgerrige, vi har ikke søgt.

Mvh
Lotte og Jan
""")

M("he", """
Kære Center for Voksne og Velfærd

Jeg er veninde til Lise Hemmingsen i Ishøj Centrum. Hun drikker for meget og har gjort det længe, og hun har nu mistet sit job på grund af det. Hendes søn på 12 bor hos hende. Jeg ved, at det her er en underretning, og jeg har det rigtig skidt med at sende den, men jeg er bange for drengen.

Venlig hilsen
Eva Bruhn
""")

M("s", """
heej
min bedste ven er bi og han fik at vide af en ansat i Ungdomsklubben at han "ikke skulle sige det så højt". vi synes det er ret dumt. hvem bestemmer over klubben? han hedder Malik og går i 9.
""")

M("p", """
Hej

Min nabo på Gadekæret 21 har sat sin andel til salg og spurgt mig, om jeg ville overtage den til min datter. Vi er ved at forhandle prisen. Kan man få at vide, om der er udestående påbud fra kommunen på ejendommen, før vi skriver under?

Mvh
Hans Ulrik Bech
""")

M("", """
Hej

Vi er nogle naboer på Tranehøjvej, der vil lave et loppemarked på vejen i september. Skal vi have tilladelse til at stille borde op på fortovet?

Mvh
Anette
""")

M("h", """
Hej

Jeg vil gerne anmelde, at min nabo i nr. 3 er gravid og har røget i opgangen hele tiden, det er sådan set ikke mit problem, men det kommer ind hos os og min søn har astma. Kan boligselskabet eller kommunen lave et rygeforbud i opgangen?

Mvh
Bettina
""")

M("b", """
Hej

Min nabo, Omar, har spurgt mig om jeg vil hjælpe ham med at finde et sted i Ishøj, hvor han og andre muslimer fra vores opgang kan holde fredagsbøn om vinteren. Moskeen i Brøndby er for langt væk for de gamle. Har kommunen lokaler der kan lejes?

Mvh
Torben Sand
""")

M("", """
Hej. Min overbo har fået ny kæreste og de larmer hver nat. Er der noget man kan gøre? Jeg har skrevet til boligselskabet, men de svarer ikke. /Ole
""")

M("e", """
Hej Lars

Du kender måske Preben fra Bowlingklubben. Han har fået en regning fra kommunen på 23.000 kr. for tilbagebetaling af boligstøtte, og han er på kontanthjælp og har 400 kr. på kontoen. Han tør ikke selv ringe. Kan du sige, hvem han skal kontakte? Jeg kan hjælpe ham.

Mvh
Verner
""")

M("hu", """
Kære Social- og Sundhedsudvalg

Min kollega og ven, Jens Bjerregaard, er FOA-tillidsrepræsentant på Ishøjhave. Han er sygemeldt med stress efter et halvt år med underbemanding og har bedt mig skrive, fordi han ikke selv orker det. Han ønsker at udvalget ser på vagtplanerne.

Med venlig hilsen
Malene Frost
""")

M("", """
Hej

Jeg vil gerne sige tak til Torben fra vejafdelingen, der i går hjalp min gamle nabo op, da hun var faldet på isen ved Ishøj Torv. Han blev hos hende til ambulancen kom. Det var flot.

Mvh
Gurli
""")

M("e", """
Hej

Jeg har en nabo, Svend Erik Poulsen, som er ved at drukne i rod. Han samler på alt og der lugter fra hans lejlighed. Han har ingen hjælp. Han er 78 og blev enkemand sidste år. Jeg tror ikke han kan klare sig selv. Kan kommunen visitere ham til hjemmehjælp uden at han selv har søgt?

Mvh
Linda Carlsen, Strandgårdsparken 31
""")

M("", """
Til kommunens miljøafdeling

Der bliver brændt affald i en have på Ishøj Søvej næsten hver weekend. Røgen er gul og lugter af plastik. Hvem fører tilsyn med det?

Hilsen
En nabo
""")

M("s", """
Hej Ishøj Bibliotek

Min veninde Marie og hendes kone Sofie vil gerne holde en lille reception for deres bryllup i jeres mødelokale. Kan man leje det en fredag eftermiddag?

Mvh
Christina Holm
""")

M("t", """
Kære Center for Borger, Økonomi og IT

Jeg hjælper min ven Jamal, der er statsløs palæstinenser født i en flygtningelejr i Libanon, med hans ansøgning om pas. Borgerservice siger, at han skal søge hos Udlændinge- og Integrationsministeriet, men ministeriet sender ham tilbage til jer. Hvem skal han henvende sig til?

Mvh
Sune Madsen
""")

M("", """
Hej

Vores nabo har bygget et skur helt ud til skellet, og det er over 2,5 m højt. Er det lovligt? Vi bor på Vildtbanevej.

Mvh
Familien Madsen
""")

M("eh", """
Hej

Min veninde Pia, som bor på Ishøj Strandvej, har fået sygedagpenge i 22 uger efter sin diskusprolaps og har nu fået brev om revurdering. Hun har ikke overskud til at læse det selv. Hun har spurgt om jeg kan komme med til mødet som bisidder. Skal jeg have en fuldmagt?

Mvh
Gitte Andersen
""")

M("p", """
Hej

Min søster og svoger er ved at købe den gamle købmandsgård på Torslunde Bygade. De har en betinget slutseddel, og der er en uge tilbage af fortrydelsesfristen. Ejendommen står i kommuneplanen som "blandet bolig og erhverv". Må de lave en frisørsalon i stueetagen? De skal vide det før fristen.

Mvh
Anja Petersen
""")

M("", """
Hej

Min nabo fortæller, at kommunen snart skal tømme vores kloakbrønde. Er det rigtigt, og skal man være hjemme? Bor på Bækgårdsvej.

Mvh Leif
""")

M("b", """
Til borgmesteren

Jeg skriver på vegne af min ven Vagn, der er medlem af Enhedslisten og stiller op til ældrerådsvalget. Han fik at vide af personalet på aktivitetscentret, at han ikke måtte hænge plakater op for ældrerådsvalget, fordi han "er fra et parti". Er det rigtigt?

Venlig hilsen
Kaj Munch
""")

M("", """
Hej

Er der en oversigt over hvilke ejendomme kommunen har sat til salg i år? Min svoger leder efter en erhvervsgrund i området.

Mvh
Ulrik
""")

M("he", """
Kære Ishøj Kommune

Min nabo, Henriette, har sclerose og sidder i kørestol. Hun har ventet i otte måneder på en boligændring (rampe og dørtrin), som kommunen har bevilget. Hun er indespærret i sin lejlighed på Ishøj Parkvej. Jeg skriver fordi hun selv er meget træt af at skrive.

Med venlig hilsen
Lisbeth Aagaard
""")
