"""corpus9 part e: angry complaints and political mails to council members and
the mayor; several long ones."""
from common import M

M("b", """
Til borgmesteren

Jeg har været medlem af Venstre i over 30 år, jeg har delt løbesedler ud ved hvert
eneste kommunalvalg, og jeg har stemt på Dem hver gang. Men nu må det være nok.

At lukke det gamle svømmebad uden at der er et nyt klar er simpelthen dårlig
politik. Børnene i Torslunde skal nu med bus til Brøndby for at lære at svømme,
og de ældre, der brugte varmtvandsbassinet, har ingenting.

Jeg forventer et svar, der er mere end et standardbrev.

Med venlig hilsen
Jørn Pallesen
""")

M("", """
Kære byrådsmedlemmer

Jeg er SÅ træt af parkeringssituationen i Ishøj Landsby. Hver eneste lørdag holder
der biler på fortovet, i indkørslerne og på græsset, og ingen gør noget. Jeg har
skrevet til kommunen tre gange nu. Første gang fik jeg et standardsvar, anden gang
fik jeg ingenting, og tredje gang fik jeg at vide, at det var politiets område.
Politiet siger, det er kommunens. Hvem har egentlig ansvaret?

Hvis der ikke sker noget inden sommer, vil jeg samle underskrifter og gå til
pressen.

Med venlig hilsen
Bjarke Holt
""")

M("eh", """
Til borgmesteren og formanden for Social- og Sundhedsudvalget

Jeg skriver i vrede og sorg. Min mor, Edith Thorsen, bor på plejecentret ved
Vejleåen og har nu fået et liggesår på hælen, der er så dybt, at man kan se
knoglen. Personalet siger, at de ikke har tid til at vende hende om natten. Hun
har ikke fået sin smertestillende medicin til tiden tre gange den seneste uge.

Jeg har klaget til afdelingslederen, til centerchefen og til Styrelsen for
Patientsikkerhed. Intet sker. Hvad skal der til? Skal hun dø først?

Jeg forlanger et møde i denne uge, og jeg forlanger, at nogen tager ansvar.

Anne-Mette Thorsen
""")

M("", """
Kære rådmand fra Dansk Folkeparti

Da De sidder i Teknik- og Miljøudvalget, vil jeg spørge, hvorfor cykelstien langs
Ishøj Strandvej stadig ikke er ryddet for grene efter stormen. Det er livsfarligt.

Mvh Kasper Ravn
""")

M("t", """
Til borgmesteren

Jeg er dansk-tyrker, født og opvokset i Ishøj, og jeg er træt af, at mine sønner
bliver stoppet og spurgt, hvad de laver, hver gang de står ved bycentret om
aftenen. Deres hvide venner bliver aldrig spurgt. Kommunens "tryghedsvandrere"
gør det samme. Det er ikke tryghed, det er mistænkeliggørelse.

Jeg vil gerne vide, hvilke instrukser I giver dem.

Ercan Yıldız
""")

M("", """
Kontanthjælpsloftet og 225-timers-reglen er umenneskelige, og byrådet burde tage
afstand fra dem. Jeg forventer, at Ishøj melder klart ud over for Folketinget.
Med venlig hilsen Sara Bendtsen
""")

M("e", """
Kære byrådsmedlem

Jobcentret har nu for fjerde gang sendt mig på et CV-kursus, selvom jeg har
været ledig i to år og kan skrive et CV i søvne. Jeg søger 15 job om ugen. Hvad
jeg har brug for, er en praktikplads eller et løntilskudsjob, ikke flere
PowerPoints.

Er der overhovedet nogen, der læser min jobplan?

Ole Dyrberg
""")

M("b", """
Kære formand for Kultur- og Fritidsudvalget

Som pacifist gennem 40 år kan jeg ikke acceptere, at kommunen udlejer Ishøj Hallen
til Forsvarets rekrutteringsmesse for gymnasieelever. Jeg har selv nægtet
militærtjeneste i sin tid og aftjent civilt, og jeg mener ikke, at kommunale
bygninger skal bruges til at hverve unge.

Venlig hilsen
Morten Leth
""")

M("", """
Hvorfor i alverden bruger I 2 millioner på et kunstværk ved stationen, når
ældreplejen mangler hænder og skolerne mangler lærere? Det er hul i hovedet.
Hilsen en skatteyder, Gunnar Brix
""")

M("he", """
Til formanden for Børne- og Skoleudvalget

Jeg er efterhånden desperat. Min søn Viktor på 14 har autisme og angst og har ikke
været i skole i otte måneder. Skolen kalder det "ufrivilligt skolefravær", men
ingen gør noget. PPR har lovet en udredning siden oktober.

Jeg har måttet gå ned på 20 timer for at være hjemme hos ham, og vores økonomi
hænger ikke sammen længere. Vi søgte om tabt arbejdsfortjeneste i november og har
endnu ikke fået svar. Jeg har ringet 11 gange. Sagsbehandleren er sygemeldt, og
ingen har overtaget sagen.

Viktor har ret til undervisning. Jeg har ret til et svar. Jeg forventer, at De som
formand sørger for, at sagen kommer videre.

Louise Kragelund
""")

M("s", """
Til borgmesteren

Min mand og jeg (ja, jeg er selv mand) kom i Borgerservice for at ændre adresse, og
medarbejderen spurgte tre gange, "hvor er Deres kone så?" og grinede til sin
kollega, da jeg svarede. Det er 2025. Jeg forventer en undskyldning.

Claus Ravnsborg, [[101074-1181]]
""")

M("", """
Rådhusets åbningstider er en joke. Kl. 10–14 på hverdage! Vi andre arbejder også.
Åbn om lørdagen eller om aftenen ligesom alle andre.
""")

M("bu", """
Kære udvalgsformand

Jeg er medlem af SF og har i 15 år været tillidsrepræsentant for Socialpædagogerne
på bostederne i kommunen. Besparelsen på 4 millioner på bostedsområdet betyder, at
der er én medarbejder om natten til 12 beboere. Det er uforsvarligt, og det ved
De godt. Jeg opfordrer Dem til at stemme imod ved budgetforhandlingerne.

Med venlig hilsen
Lene Bjørnholm
""")

M("p", """
Til Byudvikling og Natur

Vi har haft huset til salg i 14 måneder, og nu har vi endelig en køber. Men handlen
er sat i bero, fordi kommunen ikke kan svare på, om carporten er lovliggjort. Vi
søgte om det i 2019! Hvis køberen springer fra, holder jeg kommunen ansvarlig.

Dennis Fogh, Rosenvænget 12
""")

M("", """
Kære byrådsmedlem Hansen (K)

Hvorfor stemte De imod forslaget om en cykelsti til Torslunde? I lovede det i
valgkampen. Jeg er skuffet.

Mvh Lisbeth Gram
""")

M("tb", """
Til Kultur- og Fritidsudvalget

Som muslimsk kvinde med pakistanske rødder har jeg i flere år brugt kvindesvømningen
søndag aften. Nu er den nedlagt uden høring. Mange af os kan ikke svømme sammen med
mænd af religiøse grunde, og nu er vi afskåret fra den eneste motion, vi havde.

Shazia Butt
""")

M("e", """
Jeg har NU ventet 11 uger på svar på min ansøgning om boligstøtte. Jeg har ringet,
skrevet og mødt op. Huslejen kan jeg ikke betale uden. Hvad foregår der?
Birgitte Lauesen, cpr [[080890-1144]]
""")

M("", """
Kære byrådsmedlemmer

I avisen står der, at Ishøj har en af landets højeste andele af borgere på
overførselsindkomst. Hvad er byrådets plan for at ændre det? Jeg savner konkrete
mål i budgettet.

Mvh Jesper Nørby
""")

M("h", """
Til borgmesteren

Min far, Knud Ibsen, døde den 2. februar på Hvidovre Hospital af blodforgiftning.
Han havde i flere dage haft feber og et betændt sår på benet, og
hjemmesygeplejersken noterede "holdes øje med" tre dage i træk uden at kontakte
lægen. Da han endelig blev indlagt, var det for sent.

Jeg ønsker en uvildig gennemgang af forløbet, og jeg ønsker at vide, hvilke
retningslinjer hjemmesygeplejen har for at tilkalde læge.

Henrik Ibsen
""")

M("b", """
Kære borgmester

Jeg stemte på Moderaterne ved sidste valg, fordi jeg troede på samarbejde over
midten. Men den måde, byrådet har håndteret skolelukningerne på, har fået mig til
at fortryde. Jeg vil gerne vide, hvem der egentlig traf beslutningen.

Mvh Niels Hagen
""")

M("", """
Det er en skandale, at der ikke er kommet svar fra vejafdelingen om hullerne på
Ishøj Søvej. Jeg har punkteret to gange. Send mig en adresse, jeg kan sende
regningen til.
""")

M("t", """
Til borgmesteren

Jeg er mørk i huden, født i Ghana og har boet i Ishøj i 22 år. I går ved skranken i
Borgerservice blev jeg spurgt, om jeg "forstod dansk", før jeg havde sagt noget.
Kvinden foran mig, som var hvid, blev ikke spurgt. Jeg ønsker en undskyldning.

Kofi Mensah
""")

M("u", """
Kære formand for Social- og Sundhedsudvalget

Jeg meldte mig ud af Dansk Sygeplejeråd i protest, da de accepterede overenskomsten
i 2021, men det ændrer ikke på, at jeg står op for mine kolleger. Hjemmesygeplejen
i Ishøj har nu fire ubesatte stillinger, og vi kører med vikarer hver eneste dag.
Lyt til os.

Marianne Hjorth, sygeplejerske
""")

M("", """
Kære byrådsmedlemmer

Jeg er imod de nye vindmøller ved Tranegilde. Jeg har læst miljøvurderingen, og den
tager ikke hensyn til støjen om natten, når vinden kommer fra vest. Desuden står
der intet om skyggekast over boligerne på Tranegildevej, og der er ikke lavet en
eneste visualisering fra haverne.

Jeg synes, det er udemokratisk, at høringsfristen er lagt midt i sommerferien, og
jeg opfordrer byrådet til at forlænge den med mindst fire uger. Mange af mine
naboer har slet ikke opdaget, at der er en høring.

Jeg vedlægger en liste med 84 underskrifter.

Med venlig hilsen
Poul Grønbech, Tranegildevej 41
""")

M("hb", """
Til Børne- og Skoleudvalget

Min datter Ida på 11 er veganer af overbevisning, og hun har desuden cøliaki. Skolens
madordning tilbyder hverken vegansk eller glutenfri mad, og hun har nu to gange fået
ondt i maven efter at have spist "det vegetariske". Det er ikke godt nok.

Tine Løvgren
""")

M("", """
Kære borgmester

I Socialdemokratiet burde man skamme sig over den måde, I har styret kommunens
økonomi på de seneste fire år. Gælden er steget, og servicen er faldet.

Mvh en borger
""")

M("s", """
Kære formand for Børne- og Skoleudvalget

Vi er to mødre, og vores søn Alfred på 9 bliver drillet dagligt i klassen med, at
han "ikke har en rigtig far". Klasselæreren mener, det er "normalt drilleri". Vi
ønsker, at skolen arbejder med familiemangfoldighed, og at der tages hånd om sagen.

Stine og Josefine Holm-Berg
""")

M("he", """
KLAGE

Min hjemmehjælp er skåret fra hver uge til hver anden uge, selvom jeg ikke kan
støvsuge eller skifte sengetøj med mine ødelagte hofter. Ingen har været her og
se. Visitatoren talte med mig i telefonen i fem minutter!

Ulla Brandt, [[120448–1502]]
""")

M("", """
Hvorfor holder byrådet møder kl. 17, når vi, der arbejder, ikke kan nå hjem? Flyt
møderne til kl. 19, så flere kan følge med.
""")

M("pe", """
Til borgmesteren

Kommunen har begæret vores hus på Bredekærs Vænge på tvangsauktion på grund af
restance på ejendomsskatten. Auktionen er om tre uger. Vi har tilbudt at afdrage,
men har fået nej. Vi har to børn og ingen steder at tage hen. Er det virkelig
kommunens politik at smide familier på gaden for 40.000 kr.?

Maria og Sune Holt
""")

M("t", """
Kære byrådsmedlem

Min kone er grønlænder, og ved skranken i Borgerservice blev hun i sidste uge
kaldt "eskimo" af en medarbejder, der troede, det var sjovt. Hun blev meget ked af
det. Vi forventer, at kommunen tager afstand fra det.

Jesper Lynge
""")

M("", """
Til Teknik- og Miljøudvalget

Jeg vil gerne klage over den nye ordning med tømning af restaffald hver tredje uge.
Om sommeren lugter det fra containeren, og der er fluer i hele gården. Vi er en
familie på seks, og vores spand er fuld efter én uge. Vi har allerede betalt for en
ekstra spand, men den er heller ikke nok.

Jeg forstår godt hensigten med mere sortering. Men når man beslutter noget, der
påvirker alle husstande, burde man også lave en ordning for store familier. Og at
man skal vente 14 dage på en ekstra spand, er for dårligt.

Med venlig hilsen
Anders Kjeldsen
""")

M("bu", """
Kære borgmester

Som kristendemokrat og medlem af Krifa i 20 år vil jeg opfordre byrådet til at
indføre et princip om, at kommunale arbejdspladser ikke kræver søndagsarbejde af
dem, der ikke ønsker det. For mig er søndagen hellig.

Mvh Simon Kjærsgaard
""")

M("h", """
Til formanden for Social- og Sundhedsudvalget

Efter min hjerteoperation i december (tre bypass) har jeg nu ventet fire måneder på
at komme til hjertegenoptræning i Sundhedshuset. Lægerne sagde, den skulle starte
inden for fire uger. Hvad bruger I pengene til?

Leif Dam
""")

M("", """
Kære byrådsmedlemmer

Jeg er imod lokalplanforslaget for det nye kulturcenter med bederum på Industrivej,
fordi vejen ikke kan bære mere trafik om fredagen. Det handler ikke om religion,
men om trafiksikkerhed for børnene på vej til skole.

Mvh Henrik Dal
""")

M("h", """
Kære byrådsmedlem

Min bror, Jimmi Lund, har svær depression og angst og har ventet ni måneder på at
blive udredt i psykiatrien. Han har forsøgt at tage sit liv én gang. Jeg ved godt,
at psykiatrien er regionens, men kommunen kan vel presse på?

Rikke Lund
""")

M("", """
Byrådsmedlem Tina Winther fra Radikale lovede i valgkampen en ny legeplads i
Strandgårdsparken. Der er gået tre år. Hvad er status?
""")

M("t", """
Til Børne- og Skoleudvalget

Vi er en familie med indisk baggrund og flyttede til Ishøj i januar. Vores datter
blev placeret i en modtageklasse, selvom hun er født i Danmark og taler flydende
dansk. Vi fik at vide, at det var "på grund af hendes navn og baggrund". Vi kan
ikke se nogen anden grund, og vi vil have hende i en almindelig klasse.

Priya og Arjun Raman
""")

M("p", """
Til borgmesteren

I et år har kommunen trukket forhandlingerne om vores køb af den kommunale grund
på Industrivej ud. Vi har tilbudt den vurderede pris, vi har finansieringen på
plads, og vi venter stadig på at få et udkast til købsaftale. Vi mister kunder,
mens vi venter.

Hans Bro, Bro Logistik ApS
""")

M("", """
Antallet af hjemløse i Ishøj er steget tre år i træk, og byrådet gør ingenting!
Hvornår kommer der et varmested?
""")

M("hes", """
Til borgmesteren og direktøren for Voksne og Velfærd

Min mand Jørgen Møller, [[071163-1279]], har sclerose og har i fem år haft en
BPA-ordning, som har gjort det muligt for ham at bo hjemme og passe sit
deltidsarbejde. Nu er ordningen skåret med 40 procent, begrundet med, at jeg
"kan hjælpe".

Jeg arbejder fuld tid som elektriker, og vi har været gift i otte år. Jeg kan ikke
være hans hjælper om dagen. Jørgen kan ikke selv komme på toilettet. Det betyder i
praksis, at han skal sidde alene i 8 timer.

Jeg vil gerne vide:
1. Hvem har truffet afgørelsen?
2. Hvorfor er vi ikke blevet hørt?
3. Hvornår kan vi få et møde?

Med venlig hilsen
Peter Møller
""")

M("", """
Jeg har ringet fem gange til Center for Byudvikling og Natur om et væltet træ på
stien ved Store Vejleå. Det ligger der stadig. Skal der ske en ulykke først?
""")

M("b", """
Til Børne- og Skoleudvalget

Jeg er humanist og medlem af Humanistisk Samfund og protesterer mod, at skolen
holder julegudstjeneste i skoletiden uden et reelt alternativ for mine børn. De
sidder alene i et klasselokale med en vikar. Det er ikke inklusion.

Mvh Kristian Brandt
""")

M("e", """
Til borgmesteren

Min søn er blevet anbragt uden for hjemmet, og nu må jeg kun se ham hver tredje
uge, og kun overvåget. Jeg har ikke fået en eneste begrundelse skriftligt. Jeg
har ret til at vide, hvad der står om mig. Jeg forlanger aktindsigt.

Tanja Vestergaard, [[250586 2058]] og min søn Emil, [[090617 4119]]
""")

M("", """
Jeg vil klage over, at kommunens hjemmeside ikke virker på mobilen. Man kan ikke
engang finde telefonnummeret til Borgerservice. Det er 2025!
""")

M("ue", """
Til Social- og Sundhedsudvalget

Jeg er medlem af Fødevareforbundet NNF og blev fyret fra slagteriet i Ringsted
efter 22 år, da de lukkede linjen. Nu går jeg på dagpenge, og jobcentret vil have
mig til at tage et job i København til en løn, der ikke kan betale transporten.
Er det rimeligt?

Per Agerbæk, cpr [[250379\u00a01336]]
""")

M("s", """
Kære byrådsmedlem

Som lesbisk mor til to drenge synes jeg, det er på tide, at kommunens skoleintra
skifter "mor og far" ud med "forældre 1 og forældre 2". Min kone og jeg bliver
hver gang nødt til at rette i formularen.

Mvh Camilla Juhl
""")

M("p", """
Kære udvalgsformand

Vores hus ligger 80 meter fra motorvejen, og to købere er nu sprunget fra, efter at
de har hørt om den planlagte udvidelse. Vi har haft huset til salg siden august.
Kommunen må give et klart svar om støjskærmen, ellers kan vi aldrig sælge.

Troels og Anja Skov, Ishøj Søvej 91
""")

M("", """
Kære borgmester

Jeg er dybt uenig i beslutningen om at nedlægge Ishøj Bibliotekets filial i
Torslunde. Biblioteket er et af de få steder, hvor unge kan sidde og lave lektier
i fred. Jeg opfordrer byrådet til at tænke sig om.

Med venlig hilsen
Emma Kofoed
""")

M("u", """
Til direktionen

Jeg er tidligere fællestillidsrepræsentant for Djøf i Ishøj Kommune og undrer mig
over, at kommunen stadig ikke har offentliggjort lønstatistikken for akademikere,
som det blev aftalt i 2023.

Mvh Christian Hald
""")

M("s", """
Til Børne- og Skoleudvalget

Min kone Trine og jeg fik en datter i januar, og jeg er registreret som medmor.
Alligevel står der i alle breve fra sundhedsplejen "far", og jeg bliver bedt om at
rette det hver gang. Det er ikke i orden, at systemet ikke kan håndtere os.

Louise Dam, [[031185-2248]]
""")
