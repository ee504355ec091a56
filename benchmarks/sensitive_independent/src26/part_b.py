"""Part B: parents writing about their children and teenagers."""
from common import M

M("he", """
Kære PPR

Vores søn Malthe (8 år, 2.b på Vibeholmskolen) har netop fået diagnosen ADHD hos børnepsykiatrien i Glostrup. Han starter på medicin efter jul. Vi vil gerne have et møde med skolen og jer om, hvordan han kan få støtte i timerne.

Venlig hilsen
Louise og Jakob Hedegaard
""")

M("s", """
hej
vores datter på 15 er lige sprunget ud som lesbisk og har det rigtig svært i klassen, hun bliver kaldt ting. hun vil ikke have at vi går til læreren. findes der en ungegruppe i ishøj eller skal vi ind til kbh? 
mvh hendes far
""")

M("", """
Hej

Hvornår åbner tilmeldingen til Ungdomsskolens sommerhold? Min søn vil gerne på sejlerholdet igen.

Mvh Trine
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er mor til Liam (6) og har fælles forældremyndighed med hans far. Faren har ikke afleveret Liam efter weekendsamvær nu to gange, og Familieretshuset er ikke til at få fat i. Skolen ringede i går, fordi Liam ikke var mødt. Kan kommunen gøre noget, eller er det kun Familieretshuset?

Venlig hilsen
Nadia Hansen
Tjørnehøjvej 22
""")

M("he", """
Hej

Jeg søger om merudgiftsydelse til vores datter, Alma Kjeldsen, cpr. [[190316-4518]]. Hun har type 1-diabetes og cøliaki og skal have glutenfri kost og ekstra teststrimler, som vi ikke får dækket. Lægeerklæring og kvitteringer vedhæftet.

Med venlig hilsen
Mads Kjeldsen
""")

M("", """
Hej

Min datter går i 4. klasse på Strandgårdskolen. Hvornår skal børnene have det nye skema, der blev nævnt på forældremødet? Hun er spændt på om hun får svømning om tirsdagen.

Mvh
Kathrine
""")

M("t", """
Kære Skolebestyrelse

Min søn Yusuf blev i frikvarteret kaldt "perker" og fik at vide, at han skulle "tage hjem til Somalia". Han er født i Danmark, men hans far og jeg kommer fra Somalia. Skolen siger, at det er taget hånd om, men det er sket tre gange før.

Jeg forventer, at skolen handler nu.

Hilsen
Hodan Abdi
""")

M("b", """
Hej

Vi er Jehovas Vidner, og vores søn Elias (3.a) deltager ikke i fødselsdagsfester eller julefester. Vi vil gerne aftale med klasselæreren, hvad han kan lave, mens klassen holder julefrokost den 18.

Venlig hilsen
Ruth og Kenneth Mogensen
""")

M("", """
Til Børne- og Skoleudvalget

Jeg har læst at udvalget vil lukke juniorklubben i Ishøj Landsby. Det synes jeg er en meget dårlig idé, for mange af børnene har ikke andre steder at gå efter skole. Jeg har selv to børn der bruger den, og de vil savne den.

Venlig hilsen
Ib Karlsen
""")

M("eh", """
Hej Mette

Jeg skriver til dig som byrådsmedlem fordi jeg er ved at gå ned. Vores søn Oliver på 16 har ikke gået i skole i 7 måneder pga. angst og skolevægring. Vi har lavet en underretning på os selv til kommunen for at få hjælp, men der er ikke sket noget. Jeg er selv sygemeldt nu fordi jeg ikke kan passe mit job og ham på samme tid.

Kan du hjælpe med at få sagen op?
Kh. Tina Vestergaard
""")

M("", """
hej. ved i om kommunen giver tilskud til fritidsaktiviteter for børn? ikke for mig, jeg spørger for en artikel til skolebladet. tak / Oscar, 9.a
""")

M("s", """
Hej,

Vi er to mødre, Sara og Line, og vores søn skal starte i børnehave i august. I jeres indskrivningsskema kan vi kun skrive "mor" og "far". Kan det ændres, så vi begge kan stå som forældre og begge får beskeder på Aula?

Venlig hilsen
Sara Munk
""")

M("ht", """
Til sundhedsplejen

Vores datter Amira er 10 måneder og vejer for lidt efter lægens mening. Vi er fra Syrien og spiser meget anderledes end danskere, og vi er i tvivl om hvilken grød hun skal have. Kan sundhedsplejersken komme igen? Hun var her sidst i april.

Med venlig hilsen
Khaled Al-Hassan
tlf 52 63 01 98
""")

M("e", """
Kære Ishøj Kommune

Vores søn Marcus, [[030707-5529]], har fået et forelæg fra politiet for hærværk og er nu blevet tilknyttet SSP. Vi er selvfølgelig kede af det, men vi vil gerne vide, hvad det betyder, at han er "i SSP". Kommer det på hans straffeattest? Kan det få betydning for hans elevplads?

Mvh
Birgitte Friis
""")

M("", """
Hej

Min søn Emil mistede sin tegnebog med buskort i SFO'en i sidste uge. Er den blevet afleveret? Den er blå med et Brøndby-logo.

Mvh
Stine
""")

M("e", """
hej jeg har søgt om friplads til min datter i vuggestuen for 2 mdr siden. jeg er alene med hende og på SU. hvornår får jeg svar. det er nanna jensen, datter hedder freja.
""")

M("hb", """
Kære Gymnasium- og Ungdomsuddannelsesvejleder

Vores datter Hafsa, 17, bærer tørklæde og faster under ramadanen. Sidste år besvimede hun i idræt, fordi læreren insisterede på, at hun skulle løbe 5 km, selv om hun havde fortalt at hun fastede. Hun har også astma. Kan vi aftale noget på forhånd for dette års ramadan?

Venlig hilsen
Mohammed Rahimi
""")

M("", """
Hej

Vi har hørt, at sundhedsplejen ikke længere tilbyder besøg ved 8 måneder. Er det rigtigt, og hvorfor er det skåret væk? Vi har selv en baby på vej og vil gerne vide, hvad vi kan forvente.

Hilsen
Rasmus og Ida
""")

M("h", """
Hej

Vi har lige fået at vide, at vi venter vores andet barn, og at termin er i juni. Vores ældste, Villads, går i Troldehøjen. Kan vi allerede nu skrive den lille op til en plads, og hvornår skal det senest være?

Venlig hilsen
Julie Brask
""")

M("e", """
Til Børn og Forebyggelse

Min søn, Noah, er anbragt i en plejefamilie i Solrød siden marts. Jeg har samvær hver anden lørdag, men plejemor aflyser hele tiden med kort varsel. Min sagsbehandler har været syg i tre uger og ingen svarer. Hvem kan jeg tale med?

Venlig hilsen
Patricia Larsen
""")

M("st", """
Hej

Jeg er far til Sebastian på 14, og han har fortalt os, at han er bøsse. Vi har det godt med det. Men hans kusine har fortalt det i klassen, og nu bliver han mobbet, også med "du er jo halvt thai og bøsse". Hans mor er fra Thailand. Kan skolen lave et forløb om mobning i 8.c?

Mvh
Torben Lindqvist
""")

M("", """
Til skoleafdelingen

Hvad er kriterierne for at få plads i modtageklassen på Gildbroskolen? Vi er en familie, der overvejer at tage et ukrainsk barn i pleje gennem netværket, og vil gerne vide hvordan skolegangen vil foregå.

Mvh
Lars Overgaard
""")

M("eh", """
Hej

Vores datter på 19 har en udviklingshæmning og bor stadig hjemme. Vi har søgt om et bosted til hende, og hun er tilkendt førtidspension, men der er ingen ledig plads i kommunen. Hun hedder Cecilie Damgaard, [[020805 4816]]. Vi er ved at være slidt op.

Med venlig hilsen
Anne og Jens Damgaard
""")

M("", """
Kære Børne- og Skoleudvalg

Hvornår kommer der en beslutning om skoledistrikterne for Ishøj Strand? Vi skal have vores ældste i skole næste år og vil gerne vide, hvilken skole hun hører til.

Venlig hilsen
Frederik Møller
""")

M("h", """
hej min søn brækkede armen i skolegården i dag på Ishøj Skole, ingen voksne så det. han sad og græd i en time før nogen ringede til mig. jeg vil have en forklaring. han hedder Lucas, 1.b. mvh Sanne
""")

M("", """
Til skolelederen

Min datter har fortalt, at der er lus i klassen igen. Har skolen sendt besked ud til alle forældre? Vi har ikke fået noget på Aula.

Hilsen
Mie
""")

M("b", """
Hej

Vores søn Adam skal ikke deltage i kristendomsundervisningen. Vi er ateister, og vi vil ikke have at han lærer bønner og salmer i skolen. Hvordan får vi ham fritaget, og hvad laver han i mellemtiden? Han går i 2. klasse på Vibeholmskolen.

Mvh
Kristian Holm
""")

M("e", """
Kære Jobcenter Ishøj

Min søn Mathias er 22 og har været på uddannelseshjælp i to år. Han får et brev om aktivering hver anden måned, men ingen følger op. Han sidder på sit værelse hele dagen. Jeg ville ønske, nogen tog ham alvorligt. Kan han få en fast kontaktperson?

Venlig hilsen
Hanne Bruun
""")

M("", """
Hej

Min søn på 17 vil gerne søge fritidsjob hos jer i Ishøj Bad som livredder. Hvad skal han have af kurser for at kunne søge? Han har bronzemærket.

Mvh
Charlotte
""")

M("h", """
Til Tandplejen

Vores datter Ella (7) er meget angst for tandlæge efter en dårlig oplevelse. Hun skal have trukket to tænder og ryster bare vi nævner det. Kan I henvise hende til narkose-behandling?

Hilsen
Martin Skov
""")

M("ht", """
Hej

Jeg er mor til Oskar, 5 år, adopteret fra Colombia. Vi har fået at vide fra børnehaven, at han skal udredes for autisme. Vi vil gerne, at I også tager højde for hans første år på børnehjem, når I laver vurderingen. Hvordan foregår en udredning i Ishøj?

Venlig hilsen
Dorte Kyhl
""")

M("", """
Kære kommune

Hvor mange børn blev anbragt uden for hjemmet i Ishøj sidste år? Jeg skriver en opgave om anbringelser på pædagoguddannelsen og kan ikke finde tallene på jeres hjemmeside.

Mvh
Laura Svendsen, stud.paed.
""")

M("s", """
hej. min søn på 17 er transkønnet og har skiftet navn til Alex. han vil gerne at skolen bruger hans nye navn og han. han er også biseksuel, det ved skolen ikke og det skal i ikke fortælle. kan i hjælpe med at Aula og klasselisten bliver rettet? mvh Anette
""")

M("e", """
Hej

Vores datter Sofia skal have tildelt en støtte-kontaktperson, det blev besluttet på mødet i august. Hun har siden været på venteliste. Hvor lang tid plejer det at tage? Hun er 15 og har brug for en voksen at tale med.

Hilsen
Michael og Bettina Rask
""")

M("", """
Hej

Kan I fortælle om der er ændret i reglerne for søskenderabat i SFO fra næste år? Vi har tre børn i hhv. vuggestue, børnehave og SFO.

Mvh
Familien Winther
""")

M("eu", """
Til Ydelsescenteret

Min søn på 24 er blevet fyret fra sit job på lageret og skal melde sig ledig. Han er medlem af 3F's a-kasse, men de siger han skal have et møde på jobcenteret først. Han har aldrig prøvet det før og er bange for at udfylde skemaerne forkert. Kan jeg komme med til mødet?

Mvh
Gitte Mortensen
""")

M("", """
Hej skolen

Hvorfor får 5. klasserne ikke længere lov til at tage på lejrskole til Bornholm? Min søn har glædet sig hele året. Er det et økonomisk spørgsmål, eller er der en anden grund?

Med venlig hilsen
Mikkel Højgaard
""")

M("he", """
Hej Charlotte Bagger Tawfik

Jeg ved ikke hvem jeg ellers skal skrive til. Min datter på 13 har spiseforstyrrelse og har været indlagt på Bispebjerg to gange. Nu er hun hjemme, men ventelisten til ambulant behandling er et halvt år. Jeg har selv måttet gå ned i tid og vi kan ikke få økonomien til at hænge sammen. Kan vi søge om tabt arbejdsfortjeneste hos kommunen?

Kh.
Rikke (mor til Ida, 7.b Gildbroskolen)
""")

M("", """
Hej

Jeg vil bare rose pædagogerne i Regnbuen. Vores søn har haft det fantastisk det sidste år, og vi er så glade for den måde, de tager imod børnene om morgenen. Send gerne ros videre.

Hilsen
Amalie
""")

M("b", """
Hej

Vores datter Miriam er medlem af Radikal Ungdom og vil gerne lave en stand på Ishøj Gymnasium før valget sammen med de andre ungdomspartier. Skolen siger, det kræver kommunens tilladelse at bruge pladsen foran. Hvem skal vi spørge?

Venlig hilsen
Lone Bertelsen
""")

M("", """
Til Center for Børn og Forebyggelse

Hvordan laver man en underretning, og kan man være anonym? Det er ikke om en bestemt familie endnu, jeg vil bare vide det, for jeg er træner i en fodboldklub og vil gerne vide hvad vi skal gøre hvis vi bliver bekymrede.

Mvh
Jonas
""")

M("e", """
Hej

Jeg er far til Victor og Olivia og bor i Ishøj, mens deres mor er flyttet til Fredericia. Vi er i en sag om bopæl i Familieretshuset. Skolen har spurgt mig, om børnene skal udmeldes, fordi mor har meldt dem ind på en skole derovre. Det er ikke aftalt. Må skolen udmelde dem uden min underskrift?

Mvh
René Kragh
""")

M("t", """
Hej

Min søn er romaer og har fået at vide af en pædagog i fritidsklubben, at "I plejer jo at stjæle". Han er 11. Jeg vil klage. Hvor sender jeg klagen?

Med venlig hilsen
Mirela Stojanović
""")

M("", """
hejsa. kan man få en parkeringsbillet til forældreparkeringen ved Strandgårdskolen? det er umuligt at finde plads om morgenen. mvh cecilie
""")

M("h", """
Kære sundhedsplejerske

Vores søn Carl (4 mdr.) har fået konstateret hjertefejl og skal opereres på Rigshospitalet i januar. Vi aflyser derfor de næste to besøg. Vi kontakter jer igen, når han er hjemme.

Venlig hilsen
Johanne og Peter Lind
""")

M("p", """
Hej

Vi har lige fået accepteret et bud på vores lejlighed i Ishøj Strand, men handlen er betinget af, at vi kan få en plads til vores søn i en institution i Vallensbæk, hvor vi køber hus. Kan I fortælle, hvornår vi kan udmelde ham herfra og samtidig beholde pladsen, hvis købet falder?

Mvh
Anders og Katrine Brix
""")
