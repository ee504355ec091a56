"""corpus11 part F: religious, political and philosophical beliefs; hard negatives."""
from common import M

# --- belief, single category ------------------------------------------------------

M("b", """Kære borgerrådgiver

Jeg bærer tørklæde pga. min tro og blev afvist til en praktikplads i en af kommunens børnehaver med begrundelsen, at "vi er en neutral institution". Er det lovligt?

Venlig hilsen
Amina""")

M("b", """hej Lone. jeg er muslin og beder fem gange om dagen. på mit arbejde i kommunens lager må jeg ikke bruge mødelokalet til bøn i frokostpausen selvom det står tomt. kan du spørge hvorfor? /Yusuf""")

M("b", """Til Center for Børn og Forebyggelse

Vi er Jehovas Vidner og fejrer ikke fødselsdage. Vi vil gerne have, at vores datter Ruth kan gå i et andet rum, når de holder fødselsdag i børnehaven. Hvem skal vi tale med?

Med venlig hilsen
Familien Jakobsen""")

M("b", """Kære Kasper

Som medlem af Venstre i Ishøj vil jeg gerne sige, at jeg er skuffet over, at partiets byrådsgruppe stemte for skattestigningen. Jeg har været medlem i 25 år og overvejer at melde mig ud.

Venlig hilsen
Hans Jørgen Lund""")

M("b", """Hej. Jeg er katolik og vil gerne have lov at holde en lille mindegudstjeneste i kapellet på kirkegården for min mor. Hvem booker man det hos? Mvh Teresa""")

M("b", """Til Kultur- og Fritidsudvalget

Jeg er ateist og medlem af Humanistisk Samfund. Jeg synes, det er forkert, at kommunens juleafslutning for ansatte holdes i kirken. Kan der laves et alternativ?

Med venlig hilsen
Søren Fog""")

M("b", """Kære borgmester

Jeg stemte på dig ved valget i 2021, men det gør jeg ikke igen efter lukningen af Ishøj Svømmehal. Jeg ville bare have, du vidste det.

Hilsen Bodil Krogh""")

M("b", """hej Hanne! jeg er sikh og bærer turban. jeg har fået at vide af kommunens vagtfirma på genbrugspladsen at jeg skal tage "hatten" af for at komme ind. det kan jeg ikke. kan i sige det til dem? mvh Harpreet Singh""")

M("b", """Til Center for Voksne og Velfærd

Min far er buddhist og mediterer hver morgen fra kl. 9 til 10. Seniorholdet i svømmehallen er flyttet fra kl. 10 til kl. 9, så nu kan han ikke komme. Kan holdet flyttes tilbage?

Venlig hilsen
Lars Pedersen""")

M("b", """Kære Ahmed

Jeg er aktiv i Extinction Rebellion og deltager i aktionen foran rådhuset lørdag. Vi vil gerne aflevere et brev til byrådet om klimaplanen. Kan du tage imod det?

Mvh Freja Holm""")

M("b", """Hej Peter

Jeg konverterede til islam for to år siden. Mine forældre accepterer det ikke, og jeg bor stadig hjemme. Jeg er 19. Har kommunen et sted, jeg kan tale med nogen?

Hilsen Sarah""")

M("b", """Til borgerrådgiveren

Jeg er veganer af etiske grunde og har bedt om vegansk mad på kommunens aftenskole, hvor jeg går på madlavningshold. Køkkenet siger, at de kun laver vegetarisk. Det strider mod min overbevisning.

Venlig hilsen
Mikkel Rosendahl""")

M("b", """Kære Karin

Jeg har været medlem af SF i 30 år og sidder i lokalforeningens bestyrelse. Vi vil gerne invitere dig til et debatmøde om kollektiv trafik i Ishøj. Du er velkommen, selvom vi ikke er enige om alt!

Venlig hilsen
Grethe Kjær""")

M("b", """hej. jeg er pacifist og vil gerne vide om mine børn kan slippe for at deltage i skolens besøg på Kastellet, hvor de skal prøve våben. jeg ønsker ikke de skal holde et gevær. mvh Ulla""")

M("b", """Til hovedpostkassen

Vi er medlemmer af Mosaisk Trossamfund og holder sabbat. Vores søn kan derfor ikke deltage i fodboldkampe lørdag formiddag. Kan kommunens skolefodboldturnering lægges om søndagen?

Med venlig hilsen
David og Ruth Melchior""")

M("b", """Kære udvalgsformand

Jeg meldte mig ud af folkekirken sidste år, fordi jeg ikke længere tror på Gud. Alligevel har skolen sat min søn til at synge til morgensang hver dag. Har vi ret til at få ham fritaget?

Hilsen Anja Strøm""")

M("b", """Til borgmesterens PA

Jeg er kandidat for Konservative til regionsrådsvalget og vil gerne have et møde med borgmesteren om sundhedshuset. Kan det lade sig gøre i januar?

Med venlig hilsen
Carl Frederik Steen""")

M("b", """Hej Kasper. Jeg er hindu, og vi vil gerne sprede min fars aske i Køge Bugt efter vores tradition. Skal vi have tilladelse fra kommunen? /Ravi""")

M("b", """Kære Anja

Jeg går i pinsekirken hver søndag og er frivillig i kirkens suppekøkken. Jeg vil høre, om kommunen vil give et tilskud til vores julearrangement for ensomme.

Venlig hilsen
Esther Mensah""")

M("b", """Til udvalget

Jeg har altid stemt Enhedslisten, men jeg vil sige, at jeg er enig med jer i den nye trafikplan. Sjældent, men det sker!

Hilsen Poul""")

M("b", """Hej Lone

Jeg er dyreretsaktivist og har været med til at dele løbesedler mod dyrecirkus på Ishøj Torv. Kommunens medarbejder fjernede vores stand, selvom vi havde tilladelse. Hvorfor?

Mvh Cecilie""")

M("b", """Kære borgmester

Jeg er troende kristen og synes, at kommunens beslutning om at fjerne juletræet fra rådhuspladsen rammer min tro. Jeg håber, I genovervejer.

Med venlig hilsen
Inger Marie Dahl""")

M("b", """Til Center for Børn og Forebyggelse

Vi er Bahá'í og vil gerne holde fri med vores børn på Naw-Ruz den 20. marts. Skal vi søge om fri, eller er det nok at give klasselæreren besked?

Venlig hilsen
Familien Rahimi""")

M("b", """Hej Hanne, jeg er medlem af Dansk Folkeparti og vil gerne klage over, at vores valgplakater blev fjernet fra lygtepælene på Ishøj Strandvej før tid. Hvem gjorde det? /Jens""")

# --- belief with other categories ------------------------------------------------

M("bu", """Kære Kasper

Jeg er medlem af Socialdemokratiet og tillidsrepræsentant i HK på rådhuset. Jeg vil gerne tale med dig om de nye sparekrav i administrationen – ikke som partifælle, men som TR for 42 medarbejdere.

Med venlig hilsen
Lene Brøndum""")

M("bt", """Hej Lone

Min mand er fra Egypten og koptisk kristen. Han har fået at vide på sprogskolen af en anden kursist, at han "ikke er en rigtig araber". Læreren greb ikke ind. Hvad gør vi?

Mvh Hanne El-Masri""")

M("bh", """Til Center for Voksne og Velfærd

Jeg er Jehovas Vidne og skal have en hofteoperation i februar. Jeg ønsker ikke blodtransfusion. Kan genoptræningscentret, hvor jeg skal træne bagefter, få besked om det, så der ikke opstår misforståelser?

Venlig hilsen
Ingrid Thomsen""")

M("bs", """Kære Ahmed

Jeg er lesbisk og katolik, og jeg har det fint med begge dele. Jeg vil gerne tilbyde at holde et oplæg om tro og seksualitet på ungdomsskolens temaaften.

Hilsen
Maria Kowalczyk""")

# --- hard negatives on religion and politics ---------------------------------------

M("", """Hvornår er der gudstjeneste i Ishøj Kirke juleaften? Mvh Jonna""")

M("", """Kære borgmester

Jeg synes, vi skal have flere parkeringspladser ved stationen. Det er umuligt at finde en plads efter kl. 8.

Venlig hilsen
Erik Bonde""")

M("", """Hej Ahmed, hvornår åbner den nye moské på Industrivej for besøgende? Vores skoleklasse vil gerne på besøg. Mvh Lærer Lise Brandt, Strandskolen""")

M("", """Til Kultur- og Fritidsudvalget

Biblioteket i Ishøj Landsby må ikke lukke! Det er byens samlingspunkt. Jeg håber, I stemmer imod.

Venlig hilsen
Anna Wulff""")

M("", """Hej, Folkekirkens Nødhjælp samler ind den 9. marts. Må vi stå ved indgangen til rådhuset? /Indsamlingsgruppen Ishøj""")

M("", """Kære Kasper

Hvor ligger valgstederne til kommunalvalget i november? Jeg er flyttet til Ishøj Strand og kan ikke finde mit valgkort.

Hilsen Ida""")

M("", """Til hovedpostkassen

Hvad er reglerne for at opsætte valgplakater på kommunens lygtepæle? Vi er et trykkeri, der laver plakater for flere lister.

Med venlig hilsen
Ishøj Tryk ApS, CVR 29184736""")

M("", """Kære Karin

Jeg er imod det nye supermarked ved Vejlesøvej. Der er allerede tre i nærheden. Husk det, når I stemmer.

Mvh Flemming""")

M("", """Hej, hvor høj er kirkeskatten i Ishøj i 2025? Jeg kan ikke finde tallet. Mvh Birgitte""")

M("", """Til Kultur- og Fritidsforvaltningen

Kan kirkegårdens kapel lejes til en ikke-religiøs mindehøjtidelighed, eller er det kun for kirkelige handlinger? Jeg spørger for foreningen Ishøj Sorggruppe.

Venlig hilsen
Hanne Kjeldsen""")

M("", """Kære borgmester

Hvilken holdning har byrådet til at tillade bønnekald fra moskeen? Der har været debat om det på Facebook, og jeg vil gerne vide, hvad der faktisk er besluttet.

Med venlig hilsen
Knud Eriksen""")

M("", """Hej Lone, hvad synes dit parti om at gøre busserne gratis for pensionister? Mvh Jørgen""")

M("", """Til udvalget

Jeg har hørt, at kommunen vil give tilskud til julebelysning i Ishøj Landsby. Hvornår tændes lyset?

Hilsen
Kirsten Hjorth""")

M("", """Kære Peter

Du lovede på valgmødet at arbejde for en ny skaterpark. Hvad er status? Jeg er 15 og mine venner og jeg venter stadig.

Mvh Viktor""")

M("", """Til Borgerservice

Kan man blive viet borgerligt på en lørdag? Vi vil gerne giftes den 6. juni.

Venlig hilsen
Simone""")

M("", """Hej Hanne, hvornår er der byrådsmøde i december, og kan man se det på livestream? /Arne""")

M("", """Kære Ahmed

Kan kommunen oplyse, hvor mange gravpladser der er til muslimske begravelser på Ishøj Kirkegård, og om der bliver udvidet? Jeg spørger som journalist på Radio Vestegnen.

Venlig hilsen
Bent Frandsen""")

M("", """Til borgmesteren

Tak for din tale på 5. maj. Den var rørende, og fanerne fra foreningerne var flotte.

Hilsen
Leif""")

M("", """Kære udvalgsformand

Hvor mange borgere deltog i borgermødet om klimaplanen, og vil der komme flere? Jeg synes, emnet er vigtigt for alle.

Venlig hilsen
Louise Berg""")

M("", """Hej, jeg er lærer og vil gerne tage min klasse med på rundvisning i rådhuset og byrådssalen. Kan det lade sig gøre i marts? Tlf. 42 18 55 63. /Tine""")

M("b", """Kære Ahmed

Jeg er formand for Ishøj-afdelingen af Alternativet og har været medlem siden 2014.

Vi holder et åbent møde om grønne tage og regnvandsopsamling den 22. januar kl. 19 i Medborgerhuset. Vi har inviteret repræsentanter fra alle partier i byrådet, også dit.

Kunne du tænke dig at sidde i panelet? Det varer ca. en time, og der bliver tid til spørgsmål fra salen.

Vi sørger for kaffe og kage.

Med venlig hilsen
Birk Lassen
tlf. 30 27 15 88""")

M("", """Til Kultur- og Fritidsudvalget

Vedr. lån af Ishøj Kirkes sognegård til koncert

Vores kor, Ishøj Vokalensemble, har i mange år lånt sognegården til forårskoncerten. Menighedsrådet har nu sagt, at de ikke længere kan låne den ud gratis, og at prisen bliver 2.500 kr. for en aften.

Vi er en lille forening med 24 medlemmer, og vores kontingent dækker kun dirigenten.

Kan vi søge om tilskud til lokaleleje hos udvalget, eller kan kommunen anvise et andet lokale med flygel? Vi har brug for plads til ca. 120 tilhørere.

Koncerten er planlagt til lørdag den 26. april kl. 15.

Med venlig hilsen
Else Brodersen
kasserer, Ishøj Vokalensemble
CVR 41829937""")
