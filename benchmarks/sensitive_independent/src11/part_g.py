"""corpus11 part G: trade-union membership and roles; hard negatives on work and unions."""
from common import M

# --- union, single category -------------------------------------------------------

M("u", """Kære borgmester

Jeg er pædagog i Regnbuen og medlem af BUPL. Vi har fået at vide, at normeringen skal skæres med to stillinger. Jeg har talt med min fagforening, og de siger, at I skal høre medarbejderne først.

Venlig hilsen
Susanne Krag""")

M("u", """hej Kasper. jeg er TR for FOA i hjemmeplejen vest og vil gerne have et møde om de nye køreruter. vi kører alt for langt mellem borgerne. /Tina Møller""")

M("u", """Til Center for Byudvikling og Natur

Jeg er medlem af Dansk Metal og klubformand på fabrikken på Industrivej. Hvornår er vejarbejdet ved vores indkørsel færdigt? Lastbilerne kan ikke komme ind.

Venlig hilsen
Jimmy Hansen""")

M("u", """Kære Hanne

Som tillidsrepræsentant for lærerne på Vibeholmskolen (DLF) vil jeg gerne invitere dig på besøg. Vi vil gerne vise dig, hvordan inklusionsopgaven ser ud i praksis.

Med venlig hilsen
Ole Bjerg""")

M("u", """hej. jeg har været i 3F i 22 år men er lige meldt ud og over i Krifa fordi det er billigere. skal jeg give lønkontoret på rådhuset besked om at kontingentet ikke skal trækkes mere? mvh Bjarne""")

M("u", """Til borgmesteren

Jeg er sygeplejerske og medlem af Dansk Sygeplejeråd. Jeg vil gerne spørge, om kommunen har planer om at ansætte flere sygeplejersker i akutteamet. DSR siger, at vi er for få.

Venlig hilsen
Marianne Juhl""")

M("u", """Kære Peter

Min fagforning HK har rådet mig til at skrive til dig. Jeg er kontorassistent i Borgerservice og er blevet bedt om at arbejde over hver torsdag uden at få det udbetalt. Jeg vil bare vide, om politikerne ved det.

Hilsen
Camilla""")

M("u", """Til Kultur- og Fritidsudvalget

Jeg er medlem af Djøf og arbejder i staten. I min fritid træner jeg børnehold i atletik. Vi mangler en bedre løbebane ved Ishøj Idrætscenter.

Venlig hilsen
Jens-Ole Kristiansen""")

M("u", """Hej Lone, jeg er fællestillidsrepræsentant for Socialpædagogerne på bostederne i kommunen. Vi har mange sygemeldinger i personalegruppen, og jeg vil gerne have et møde om arbejdsmiljøet. /Helle Riis""")

M("u", """Kære Ahmed

Jeg er elektriker og medlem af Dansk El-Forbund. Mit firma byder på opgaven med gadebelysning, og jeg vil gerne vide, om kommunen stiller krav om overenskomst i udbuddet.

Med venlig hilsen
Kenneth Bruun""")

M("u", """Til hovedpostkassen

Jeg er ingeniør og medlem af IDA. Jeg har set, at kommunen søger en projektleder til klimatilpasning. Hvem kan jeg ringe til om stillingen?

Venlig hilsen
Signe Winther""")

M("u", """hej Karin! jeg er ny formand for 3F's ungdomsklub på Vestegnen. vi vil gerne holde en koncert i Ishøj Bypark i august. kan vi låne scenen? /Mads""")

M("u", """Kære udvalgsformand

Som leder i Ishøj Kommunes tekniske afdeling og medlem af Lederne vil jeg gerne gøre opmærksom på, at vi mangler folk til vintertjenesten. Jeg skriver som privatperson.

Venlig hilsen
Per Thygesen""")

M("u", """Til Jobcentret

Min fagforening, Det Faglige Hus, har sagt, at jeg skal bede om en kopi af min ansættelseskontrakt fra dengang jeg var vikar på Strandskolen. Kan I sende den til mig i e-Boks?

Venlig hilsen
Rasmus Holt""")

M("u", """Hej Hanne

Jeg er socialrådgiver i kommunen og medlem af Dansk Socialrådgiverforening. Vi har 48 sager hver, og foreningen anbefaler max 30. Hvad vil politikerne gøre?

Mvh Anonym socialrådgiver""")

M("u", """Kære borgmester

Jeg er blikkenslager og i Blik- og Rørarbejderforbundet. Vi har en lærling, der gerne vil i praktik på kommunens ejendomme. Er der mulighed?

Venlig hilsen
Søren Dahl, Dahl VVS""")

M("u", """hej, jeg sidder i bestyrelsen for FOA Vestegnen og vil gerne invitere byrådet til vores 1. maj-arrangement i Ishøj Bypark. hilsen Lisbeth""")

M("u", """Til Center for Børn og Forebyggelse

Jeg er TR for pædagogmedhjælperne (FOA) i dagtilbudsområde Øst. Mine kolleger oplever, at de ikke får pauser. Vi vil gerne have et møde med centerchefen.

Med venlig hilsen
Yvonne Larsen""")

M("u", """Kære Kasper

Jeg er malersvend og organiseret i Malerforbundet. Jeg har hørt, at kommunen bruger et firma uden overenskomst til at male skolerne. Passer det?

Hilsen Brian""")

M("u", """Til udvalget

Jeg har været medlem af Serviceforbundet, da jeg var vagtmand, og er nu pensioneret. Jeg vil gerne bruge min erfaring som frivillig natteravn i Ishøj. Hvem kontakter jeg?

Venlig hilsen
Arne Nygaard""")

M("u", """Hej Peter – jeg er journalist og medlem af Dansk Journalistforbund. Jeg vil gerne have aktindsigt i kommunens aftaler om bycentret. Kan du sende mig videre til den rette? /Ulrik Stender""")

M("u", """Kære Anja

Jeg er HK-tillidsrepræsentant på biblioteket og vil gerne takke for, at udvalget droppede lukningen af filialen. Medarbejderne er lettede.

Med venlig hilsen
Pia Sandberg""")

M("u", """Til Center for Beskæftigelse og Erhverv

Min 3F-afdeling har spurgt, om kommunen kan tilbyde kurser i truckcertifikat til os, der er på lageret. Jeg er kontaktperson for afdelingen.

Venlig hilsen
Mohammed Qasim""")

M("u", """hej Lone. jeg er lige blevet valgt som tillidsmand for chaufførerne i busselskabet (3F). vi vil gerne tale med teknik og miljø om busstoppet ved Ishøj Station, hvor vi ikke kan holde. mvh Jan""")

M("u", """Kære borgmester

Jeg er medlem af Teknisk Landsforbund og landinspektørassistent. Jeg har lagt mærke til, at kommunens matrikelkort på nettet er forældet. Det er bare et tip.

Venlig hilsen
Gitte Mørch""")

# --- union with other categories --------------------------------------------------

M("uh", """Til Center for Voksne og Velfærd

Jeg har arbejdet som murer i 30 år og har fået konstateret en støvlunge. FOA … nej, det er jo 3F, der er min fagforening, har anmeldt det som arbejdsskade. Nu vil jeg spørge, om kommunen har et træningshold for folk med lungesygdomme.

Med venlig hilsen
Verner Lauridsen""")

M("ue", """Kære Karin

Jeg er medlem af HK og har været ledig siden maj. Jeg har fået en sanktion fra jobcentret, fordi jeg ikke mødte op til et møde, som jeg aldrig fik indkaldelse til. Min fagforening siger, jeg skal klage. Vil du se på det?

Hilsen
Lotte Brix""")

M("ub", """Hej Ahmed

Jeg er medlem af Krifa, fordi jeg som kristen ikke kan se mig selv i en socialistisk fagforening. Jeg vil gerne spørge, om kommunen anerkender Krifa-tillidsrepræsentanter på samme måde som de andre.

Mvh Esther Holm""")

M("ut", """Til borgmesteren

Vi er en gruppe polske bygningsarbejdere, alle medlemmer af 3F, og vi arbejder på byggepladsen ved den nye skole. Vores arbejdsgiver betaler os under overenskomst. Kommunen er bygherre. Hvad vil I gøre?

Med venlig hilsen
Tomasz Nowak, på vegne af 7 kolleger""")

# --- hard negatives on work and unions --------------------------------------------

M("", """Hej, jeg er medlem af ASE og har fast job, men overvejer at skifte branche. Er jobmessen også for folk i arbejde? Mvh Claus""")

M("", """Hvilke fagforeninger deltager i jobmessen i Ishøj Hallen den 4. april? Mvh Karina""")

M("", """Kære borgmester

Hvis der bliver storkonflikt på det offentlige område, vil daginstitutionerne så holde lukket? Vi skal planlægge pasning.

Venlig hilsen
Trine og Esben""")

M("", """Til hovedpostkassen

Jeg er ikke medlem af nogen a-kasse og vil gerne vide, hvor jeg finder information om, hvordan man vælger en. Jeg er lige blevet færdig på gymnasiet.

Venlig hilsen
Victor Lind""")

M("", """Kære Kasper

Hvad er din holdning til, at kommunen kræver overenskomst hos alle leverandører? Jeg synes, det er en god idé, men hvad koster det?

Hilsen Erling""")

M("", """Hej Hanne, hvornår er der lønforhandling for kommunens dagplejere? Jeg er bare nysgerrig efter at have læst om det i avisen. /Mette""")

M("", """Til Center for Beskæftigelse og Erhverv

Kan vi få en liste over virksomheder i Ishøj, der tager lærlinge inden for auto? Jeg er studievejleder på 9. årgang.

Med venlig hilsen
Tove Jessen""")

M("", """Kære udvalgsformand

Jeg læste, at kommunen har indgået en ny aftale med et rengøringsfirma. Hvor stor er besparelsen? 

Mvh Henning""")

M("", """Hej, jeg søger job som pædagog i Ishøj. Hvor finder jeg ledige stillinger? Tlf. 29 83 41 55. /Nadia""")

M("", """Til borgmesteren

1. maj falder på en torsdag i år. Holder rådhuset lukket om eftermiddagen?

Venlig hilsen
Ingrid""")

M("", """Kære Peter

Vil kommunen stille lokaler til rådighed for et fælles møde for alle faglige organisationer om arbejdsmiljø? Jeg er konsulent i et rådgivningsfirma, der arrangerer det.

Hilsen
Jakob Mølgaard, Mølgaard Arbejdsmiljø""")

M("", """Hej Lone, jeg er arbejdsgiver og har en ansat, der skal på efteruddannelse. Kan kommunen give tilskud til vikar? /Kim, Ishøj Autoværksted""")

M("", """Til hovedpostkassen

Vi har sendt faktura for reparation af porten på materielgården. Fakturanr. 2707231640, forfald 30 dage. Hvornår betales den?

Venlig hilsen
Nordport Service A/S""")

M("", """Kære borgmester

Hvor mange ansatte har kommunen i alt, og hvor mange er på deltid? Jeg skriver bachelor om offentlig ledelse.

Venlig hilsen
Sebastian Holm""")

M("", """Hej! Vi vil gerne have en stand på jobmessen som virksomhed. Hvad koster det? Kontakt 70 20 31 10. Mvh Vestegnens Rengøring""")

M("", """Til Jobcentret

Hvilke åbningstider har jobcentret i ugen mellem jul og nytår? Jeg skal aflevere en blanket for min arbejdsgiver.

Hilsen
Sara""")

M("", """Kære Anja

Jeg er selvstændig frisør og vil gerne vide, om kommunen har et erhvervsnetværk for små virksomheder i Ishøj.

Hilsen Mie""")

M("", """Hej Kasper

Tak fordi du kom forbi vores arbejdsplads til morgenmad i sidste uge. Medarbejderne var glade for besøget.

Mvh Lageret, Ishøj Distribution""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en lokal virksomhed, der ønsker at ansætte en person i løntilskud. Hvordan er reglerne, og hvem er vores kontaktperson?

Med venlig hilsen
Ishøj Cykler ApS""")

M("", """Kære udvalg

Jeg synes, det er flot, at kommunen hæver mindstelønnen for elever i praktik. Det er godt for de unge.

Venlig hilsen
Alice""")
