"""corpus76 part B: appeals of refused benefits, many meant for Ankestyrelsen."""
from common import M

M("he", """
Til Ishøj Kommune, Center for Beskæftigelse og Erhverv

Klage over afgørelse om afslag på førtidspension af 26. september

Jeg klager hermed over afgørelsen og beder om, at klagen sendes videre til
Ankestyrelsen, hvis kommunen fastholder den. Jeg har kronisk obstruktiv lungesygdom
(KOL) og hjertesvigt, og min lungelæge har skrevet, at jeg ikke kan klare mere end
et par timers stillesiddende arbejde om ugen. Afgørelsen nævner ikke hans erklæring
med et ord.

Jeg har været i ressourceforløb i tre år og to arbejdsprøvninger, som begge blev
afbrudt fordi jeg blev indlagt. Jeg ved ikke hvad der mere skal afprøves.

Med venlig hilsen
Jørgen Riis
Personnummer: [[210462-1575]]
""")

M("e", """
Til borgmester Ole Bjørstorp

Jeg skriver til dig fordi jeg ikke ved hvad jeg ellers skal gøre. Kommunen har givet
mig afslag på boligstøtte, fordi min eks stadig står på lejekontrakten, selvom han har
boet i Roskilde siden januar. Jeg har sendt hans flytteadresse. Jeg har sendt
boligselskabets brev. Alligevel står der i afgørelsen at "husstanden består af to
voksne". Det er løgn.

Jeg vil klage til Ankestyrelsen, men det tager et halvt år, og huslejen er 8.400 om
måneden. Kan du ikke få nogen til at se på det? Jeg beder ikke om særbehandling, bare
at nogen læser mine papirer.

Hilsen
Camilla Strøm
""")

M("he", """
Kære Center for Voksne og Velfærd

Vi klager over afslaget på støtte til køb af bil til vores søn Malthe på 14 år. Han har
cerebral parese og sidder i kørestol, og vi kan ikke længere løfte ham ind i vores
almindelige bil. Afslaget siger at "behovet ikke er tilstrækkeligt dokumenteret",
men fysioterapeuten og overlægen har begge skrevet til jer.

Vi ønsker sagen genvurderet og sendt til Ankestyrelsen.

Mie og Anders Kofoed
""")

M("e", """
vil klage til ankestyrelsen over at i vil have 23.000 tilbage i kontanthjælp fordi jeg
havde et par timers arbejde i juli. jeg meldte det selv?? hvordan gør jeg
Sebastian
""")

M("", """
Hej

Hvor lang tid har man til at klage til Ankestyrelsen over en afgørelse fra kommunen?
Er det 4 uger fra man får brevet eller fra datoen på brevet? Og skal klagen sendes til
kommunen eller direkte til Ankestyrelsen? Jeg spørger for en kollega.

Tak
Ib
""")

M("het", """
Til Ishøj Kommune

Jeg kom til Danmark som flygtning fra Afghanistan i 2016. Jeg har PTSD og søvnproblemer
og får medicin fra psykiater. Jeg søgte om hjælp til medicin fordi jeg kun har
integrationsydelse, og jeg fik afslag. Jeg forstår ikke hvorfor, lægen har skrevet at
jeg skal tage den hver dag.

Jeg vil klage. Min ven hjælper med at skrive dansk.

Venlig hilsen
Mohammad Nasiri
""")

M("es", """
Til Ishøj Kommune, Barsel

Jeg er medmor til vores søn Vigand, som blev født 2. august. Jeg har fået afslag på
barselsdagpenge fra uge 3 med den begrundelse, at "faderen" allerede har afholdt sin
orlov. Der er ingen far. Vi er to mødre, og det står på fødselsanmeldelsen.

Jeg vil gerne have afgørelsen rettet, og ellers klager jeg.

Venlig hilsen
Julie Brandstrup
""")

M("eu", """
Til Jobcenter Ishøj

Jeg klager over vurderingen af min rådighed, som I har sendt til min a-kasse. Jeg er
medlem af Det Faglige Hus og ledig siden maj. I skriver at jeg ikke har søgt nok job,
men jeg har søgt 31 stillinger og de står alle i joblog. Jeg vil have vurderingen
genoptaget.

Med venlig hilsen
Rune Bertelsen
""")

M("", """
Til Center for Borger, Økonomi og IT

Til brug for en artikel i lokalavisen vil jeg gerne bede om tal for, hvor mange
afgørelser fra Ishøj Kommune Ankestyrelsen har ændret eller hjemvist i 2023 og 2024,
fordelt på områder (kontanthjælp, handicap, børn og unge). Jeg skal ikke bruge
oplysninger om enkeltsager.

Med venlig hilsen
Anders Krog, frivillig skribent
""")

M("he", """
Til Center for Børn og Forebyggelse

Klage over afslag på dækning af merudgifter

Vores datter Freja har type 1-diabetes og bruger insulinpumpe. Vi har søgt om dækning
af merudgifter til sensorer, ekstra bleer og kørsel til Steno Diabetes Center, men
har fået afslag, fordi udgifterne er "under bagatelgrænsen". Vi har dokumenteret over
900 kr. om måneden.

Vi klager hermed og ønsker sagen sendt til Ankestyrelsen.

Frejas cpr: [[080515 4022]]

Med venlig hilsen
Line og Troels Bang
""")

M("be", """
Til Ishøj Kommune

Vi har fået afslag på enkeltydelse til konfirmationstøj til vores søn Mathias, der
skal konfirmeres i Ishøj Kirke den 26. april. Vi er på kontanthjælp begge to, og der
er ingen penge til et jakkesæt. I afslaget står der at konfirmation er "en forventelig
udgift". Det er det måske, men vi har ikke kunnet spare op.

Vi vil gerne klage.

Hilsen Susanne og Brian
""")

M("h", """
Til Den kommunale tandpleje, Ishøj

Min datter Alma på 9 år fik lavet en fyldning på Vejleå Tandklinik i september. Siden
har hun haft smerter, og nu har vores egen tandlæge konstateret en betændelse ved
tanden, som han mener skyldes at fyldningen blev lagt forkert.

Jeg vil gerne klage og vide, hvordan vi kommer videre med det.

Katrine Dalsgaard
""")

M("e", """
Kære byrådsmedlem Lise Damgaard

Min søn har fået afslag på fripladstilskud i vuggestuen, fordi vi er "over grænsen"
med 4.000 kr. om året. Men vi har lige fået en regning for 9.000 kr. i efterbetaling
af skat, og resten af året bliver vi under. Kommunen siger at det er indkomsten i år
der tæller. Det giver ingen mening for os.

Kan du hjælpe os med at klage?

Venlig hilsen
Helle Nørgaard
""")

M("", """
Til byrådet

Jeg har læst i avisen at Ankestyrelsen omgjorde næsten hver tredje afgørelse fra
Ishøj på handicapområdet sidste år. Det er en skandale, og byrådet må tage ansvar
for at sagsbehandlingen ikke er god nok. Hvad vil I gøre ved det?

Med venlig hilsen
Flemming Ravn
""")

M("ep", """
Til Ishøj Kommune, Boligstøtte

Jeg klager over afslag på boligydelse. I skriver at jeg har formue i mit hus, men
huset er til salg og jeg har accepteret et bud fra en køber, som nu venter på at få
lånet godkendt. Indtil handlen er på plads har jeg ingen penge, og jeg bor midlertidigt
hos min søster i Tranegilde.

Gitte Lund
""")

M("he", """
Til Center for Voksne og Velfærd, Hjælpemidler

Vi klager over afslaget på ombygning af vores badeværelse. Karen fik en blodprop i
hjernen i juni og er lammet i venstre side. Hun kan ikke komme over badekarkanten,
og lige nu vaskes hun ved håndvasken. Terapeuten fra kommunen anbefalede selv
ombygningen ved hjemmebesøget.

Karen Friis, cpr.nr. [[141149-1788]]
Niels Friis, cpr.nr. [[230347-1235]]
Vejlebrovej 41, Ishøj
""")

M("het", """
Til borgmesteren

Jeg har fået en afgørelse fra jobcentret om, at min kontanthjælp nedsættes, fordi jeg
ikke mødte til et kursus. I afgørelsen står der: "Borgeren har tyrkisk baggrund og kan
have svært ved at forstå vigtigheden af fremmøde." Ja, mine forældre kom fra Tyrkiet,
men jeg er født i Hvidovre og har gået i skole her hele livet. Jeg var syg den dag
og ringede.

Jeg synes den sætning er dybt krænkende og skal fjernes. Jeg klager også over selve
sanktionen.

Emre Kaya
""")

M("b", """
Til skolelederen på Gildbroskolen

Jeg vil klage over beslutningen om, at vores søn Harjot skal tage turbanen af til
idræt "af sikkerhedshensyn". Han er sikh og har altid haft sin turban på, også da han
spillede fodbold i klubben. Vi vil gerne tale om en løsning, f.eks. en sportsturban,
men vi kan ikke acceptere at den skal tages af.

Med venlig hilsen
Gurpreet Singh
""")

M("u", """
Kære Jannie Sørensen

Du er formand for Børne- og Uddannelsesudvalget, og jeg skriver som pædagog og
BUPL-medlem. Beslutningen om at skære en medarbejder i hver vuggestuegruppe er
forkert, og jeg vil opfordre dig til at tage den op igen. Det er børnene, der betaler.

Med venlig hilsen
Rikke Agerholm
""")

M("", """
Hej, jeg har fået en p-afgift ved Ishøj Station og synes den er uretfærdig, fordi
skiltet var dækket af en busk. Hvordan klager jeg, og til hvem? Afgiftsnummer 4471028.
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg har fået afslag på kørsel til dialyse på Herlev. Jeg skal afsted tre gange om
ugen og har ikke kørekort mere, fordi mit syn er blevet for dårligt af sukkersygen.
Det står i afslaget, at jeg kan tage offentlig transport, men det tager to timer hver
vej og jeg er helt færdig efter dialysen.

Jeg vil klage over afgørelsen.

Inge-Lise Møller
""")

M("s", """
To Ishøj Municipality, parking

My husband Daniel and I applied for a residents' parking permit for Strandgårdsvej in
August and were refused because "only one permit per household". But we have two
cars because he works nights in Køge and I work days in Copenhagen. Could you please
look at the decision again? We would like to appeal if that is possible.

Best regards,
Mark O'Leary
""")

M("e", """
Klage over stop af kontanthjælp

Jeg har fået at vide at min kontanthjælp stoppes fra 1. november, fordi jeg har været
i udlandet uden at melde det. Jeg var i Sverige i fire dage til min mosters
begravelse og meldte det på telefonen til jobcentret inden. Jeg klager hermed.

Venlig hilsen
Nikolaj Sand
[[120398–2811]]
""")

M("he", """
Hej kommunen

Min bror Martin har autisme og angst og kan ikke tage bussen alene. Vi har søgt
ledsageordning til ham i februar og fik afslag nu i oktober, 8 måneder efter. I
afslaget står at han "kan lære at klare transport selv". Det har vi prøvet i 10 år.

Vi vil klage og vil have at sagen sendes videre. Jeg har fuldmagt fra Martin.

Sofie
""")

M("", """
Hej

Jeg har hørt ordet "genvurdering" flere gange. Hvad betyder det, når man klager over
en afgørelse fra kommunen? Hvor lang tid har kommunen til at se på sagen igen, før
den skal sendes til Ankestyrelsen? Jeg har ikke selv en sag, men jeg vil gerne forstå
systemet.

Venlig hilsen
Grethe Nyborg
""")

M("et", """
Til Ishøj Kommune

Vi kom fra Ukraine som flygtninge i 2022 med to børn. Vi har fået brev om at vores
selvforsørgelses- og hjemrejseydelse bliver sat ned, fordi min mand har fået et
deltidsarbejde. Men lønnen er ikke kommet endnu, han starter først i december. Vi
vil klage. Please answer in simple Danish or English.

Olena Kovalenko
""")

M("be", """
Til Jobcenter Ishøj

Jeg klager over sanktionen for at udeblive fra mødet 10. april. Det var dagen for eid,
og vi fejrede eid med hele familien. Jeg skrev til min jobkonsulent en uge før og bad
om en anden dag, men fik ikke svar. Nu mister jeg 1.800 kr.

Med venlig hilsen
Aisha Rahimi
""")

M("p", """
Til Center for Byudvikling og Natur

Vi er ved at købe en andelsbolig i Ishøj Landsby, og køberen før os trak sig fordi
kommunen ikke har svaret på, om tagterrassen er lovliggjort. Vores købsaftale er
betinget af det samme svar. Sælger er ved at miste tålmodigheden. Hvorfor tager det
fem måneder at svare på et ja eller nej?

Hilsen Jesper og Ida Kromann
""")

M("h", """
Til Sundhedshuset, Ishøj

Mit forløb i kræftrehabiliteringen efter min brystkræftoperation er nu aflyst for
anden gang med under et døgns varsel. Jeg har taget fri fra arbejde begge gange. Jeg
vil gerne klage over planlægningen og høre, hvornår jeg får en ny start.

Venlig hilsen
Hanne Sejersen
""")

M("", """
Kære borgmester

Ankestyrelsens nye Danmarkskort viser at Ishøj ligger i bund med hensyn til
omgørelser på børneområdet. Vil du kommentere på, hvorfor det står sådan til, og om
byrådet vil bede om en redegørelse fra forvaltningen?

Med venlig hilsen
Jens-Peter Hald
""")

M("heu", """
Til Jobcenter Ishøj

Jeg klager over afslaget på visitation til fleksjob. Jeg har en slidt skulder og kan
ikke løfte armen over hovedet, og min ortopædkirurg har skrevet at det er varigt. Min
fagforening, Dansk Metal, hjælper mig med klagen og sender deres bemærkninger
separat.

Venlig hilsen
Allan Kirkegaard
""")

M("e", """
Til Ishøj Kommune

Udbetaling Danmark kræver 11.200 kr. tilbage i børnetilskud, fordi de mener jeg ikke
var enlig i 2023. Men kommunen har selv registreret at min ekskæreste flyttede i
december 2022. Kan I sende mig en bekræftelse på det? Jeg skal bruge den til klagen
til Ankestyrelsen.

Tak
Nanna Holm
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg har søgt om plejevederlag for at passe min far, Bent Aagaard, som har kræft i
bugspytkirtlen og ønsker at dø hjemme. Jeg har fået afslag fordi "der er hjemmepleje
tilknyttet". Det er netop fordi hjemmeplejen ikke kan være der om natten, at jeg har
søgt. Jeg klager.

CPR-nr.: [[290870-2094]]

Malene Aagaard
""")

M("se", """
Kære Jannie Sørensen, formand for Børne- og Uddannelsesudvalget

Vi er to fædre til Noah på 3 år. Vi søgte friplads i januar efter at Mads mistede sit
job, og fik afslag fordi kommunen har regnet med hans gamle løn hele året. Vi har
klaget to gange uden svar. Kan udvalget ikke se på, hvorfor klagerne ikke bliver
behandlet?

Venlig hilsen
Mads og Simon Eriksen
""")

M("", """
Til sekretæren for Børne- og Uddannelsesudvalget

Jeg ville gerne vide, hvor mange klager over afgørelser om specialundervisning
kommunen har modtaget om året de sidste fem år, og hvor mange der er endt i
Klagenævnet for Specialundervisning. Det er til et oplæg i skolebestyrelsen.

Venlig hilsen
Birthe Overgaard, skolebestyrelsen på Vibeholmskolen
""")

M("t", """
Til Ishøj Kommune, Kultur og Fritid

Vi har fået afslag på at leje Ishøj Medborgerhus til vores datters bryllup i maj. Vi
er en kurdisk familie og der kommer 300 gæster, det er sådan kurdiske bryllupper er.
I afslaget står at arrangementet er "for stort", men huset kan rumme 350. Vi vil
gerne klage over afgørelsen.

Venlig hilsen
Rezan Dogan
""")

M("b", """
Til skolelederen, Strandgårdskolen

Vi er ateister og har bedt om, at vores datter Ella ikke deltager i julegudstjenesten.
Klasselæreren har svaret at "alle skal med" og at hun kan sidde bagerst. Det er ikke
en løsning for os. Vi klager over beslutningen og beder om et alternativt tilbud på
skolen den formiddag.

Med venlig hilsen
Torben og Mette Kjeldsen
""")

M("e", """
hej kommunen
i trækker i min løn for restance på institution til min datter. jeg har en
afdragsordning på 500 om mdr som jeg har betalt hver gang. hvorfor trækker i så
stadig? jeg vil klage og vil have pengene tilbage
Jeanette
""")

M("u", """
Til byrådsmedlem Jens Vestergaard

Jeg er HK-tillidsrepræsentant for de administrative medarbejdere på rådhuset og
skriver i min fritid som borger. Den nye parkeringsordning ved rådhuset gør det næsten
umuligt for borgere med bil at komme til Borgerservice. Kan du tage det op?

Venlig hilsen
Vibeke Lind
""")

M("", """
Til Ishøj Kommune

Hvordan klager man over den offentlige ejendomsvurdering? Er det kommunen eller
Vurderingsstyrelsen, der tager sig af det? Vores nabo har fået en helt anden vurdering
end os, selvom husene er ens.

Venlig hilsen
Kirsten og Ole Barfod
""")

M("h", """
Til Byggesag, Ishøj Kommune

Vi har fået afslag på at bygge en rampe op til hoveddøren, fordi den går 40 cm ind over
byggelinjen. Min mand har fået konstateret ALS og vil inden længe sidde i kørestol.
Vi beder jer se på sagen igen, inden vi klager til Planklagenævnet.

Med venlig hilsen
Lone Kaspersen
""")

M("e", """
Anne Sofie Berg [[170201-4412]] klager hermed over afgørelsen af 4. oktober om
tilbagebetaling af boligydelse på 3.950 kr. Jeg har ikke haft indkomst ud over min
SU og har sendt årsopgørelsen.

Venlig hilsen
Anne Sofie Berg
""")

M("", """
Vedr. jeres sag nr. 27.12.04-P20-1-24 og faktura 1803851122

Jeg har modtaget en faktura på vejbidrag for istandsættelse af Kirkebjerg Allé. Jeg
mener ikke at vejen er en privat fællesvej og vil gerne klage over opkrævningen.
Jeg henviser til min mail af 2. marts 2024, jeres journal nr. 2024-004518.

Med venlig hilsen
Vagn Toft
""")

M("tb", """
Til Center for Børn og Forebyggelse

Vi er en jødisk familie og holder sabbat fra fredag aften. Skolen har nu besluttet at
den obligatoriske forældrekonsultation for vores søns klasse skal være fredag kl.
18-21, og vi har fået afslag på at få en anden tid. Vi vil gerne klage over
beslutningen.

Venlig hilsen
David og Ruth Melchior
""")

M("", """
Hello,

Could you tell me where I can find the form to appeal a decision from the
municipality in English? I help some international students with questions about
Danish bureaucracy and would like to send them the right link.

Kind regards,
Laura Becker
""")
