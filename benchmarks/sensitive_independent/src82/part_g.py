"""Part G: bins, roads, building permits, fees and bills; many hard negatives with
look-alike numbers, and the same everyday errands carrying personal data."""
from common import M

M("", """
Hej

Vores restaffaldsspand er ikke blevet tømt i to uger. Kundenummer 0409781123, adresse Gildbrovej 22. Kan I sende en bil ud?

Mvh
Henrik Mark
""")

M("", """
Til Center for Byudvikling og Natur

Vi har fået en regning på vandafledningsbidrag, fakturanr. 2511851407, som er dobbelt så høj som sidste år. Målernummer 71204589. Er der sket en fejl i aflæsningen?

Venlig hilsen
Dorte Kruse
""")

M("", """
Hej

Jeg har søgt om byggetilladelse til en tilbygning på 24 m2. Ansøgningen står som "afventer" i Byg og Miljø. Min nabo har skrevet under på at han ikke har indsigelser. Mit cpr-nr. er [[280870-1365]], hvis I skal bruge det til at finde sagen.

Mvh
Claus Bredahl
""")

M("he", """
Hej

Jeg har fået en ny hofte og kan ikke trække affaldsbeholderen ud til vejen de næste 3 måneder. Kan jeg få en midlertidig henteordning, hvor skraldemanden henter den ved huset?

Venlig hilsen
Inge Bjerre
Lindevej 9
""")

M("", """
Hej

Hvad koster en ekstra papirbeholder om året, og kan man dele den med naboen? Vi er et rækkehus med meget pap.

Mvh
Jesper og Line
""")

M("", """
Til Vej og Park

Der er et stort hul i asfalten på Ishøj Boulevard ud for busstoppestedet ved nr. 180. Min cykel punkterede i går. Kan I lappe det?

Venlig hilsen
Lise Nygaard
tlf. 2841 0735
""")

M("he", """
Til Center for Byudvikling og Natur

Jeg har søgt om at få lavet en handicapparkering foran min dør på Vejleåvej. Jeg har fået amputeret mit ene ben efter diabetes og har et handicapkort. Boligselskabet siger det er kommunen der skal godkende det. Sagen har nummer 24/11872.

Mvh
Jens Olesen
""")

M("", """
Til Økonomi

Jeg har betalt ejendomsskat to gange for 1. rate. Beløbet er 8.412,50 kr. Kan I tilbageføre til reg.nr. 2291 kontonr. 0612871903? Ejendomsnummer 183-22104.

Med venlig hilsen
Lars Tvede
""")

M("u", """
Hej

Jeg er skraldemand i Ishøj og TR for 3F-kollegaerne hos renovationsfirmaet. Jeg skriver privat som borger: min egen vej, Søndergårdsvej, bliver aldrig saltet om morgenen. Vi er mange ældre her. Kan I sætte den på saltruten?

Mvh
Brian Kofoed
""")

M("", """
Hej

Er det gratis at aflevere haveaffald på genbrugspladsen, eller skal man betale når man kommer med trailer? Jeg har en trailer med reg.nr. DA 24 981.

Mvh
Torben
""")

M("b", """
Til byrådsmedlem Jakob Lind (Konservative)

Jeg er selv konservativ og har været medlem af partiet siden 1985. Jeg synes, at de nye gebyrer for storskrald er for høje, og at I skal få det væk i budgetforhandlingerne.

Venlig hilsen
Erik Borch
""")

M("", """
Til hovedpostkassen

Vi har modtaget faktura 1707890042 for tømning af septiktank, men vi er tilsluttet kloak siden 2019. Kundenr. 3000124 hos forsyningen. Kan det rettes?

Venlig hilsen
Karen Munk
""")

M("h", """
Hej

Vi har fået et påbud om at klippe vores hæk ud mod fortovet. Min mand har haft en blodprop i hjernen og jeg har selv dårlig ryg, så vi kan ikke selv. Kan vi få udsat fristen? Påbuddet er sendt til min mand, [[1104471179]].

Mvh
Ruth Hansen
""")

M("", """
Hej

Jeg har fået en parkeringsafgift på Ishøj Station, afgiftsnr. 050324-1129. Jeg havde betalt i appen. Hvordan klager jeg?

Mvh
Sune
""")

M("se", """
Hej

Min mand Bo og jeg (Thomas) er lige flyttet ind på Kærbo. Vi søger om at blive fritaget for affaldsgebyret for en periode, fordi Bo er på dagpenge og vi er ved at gå ned i indkomst. Findes der nogen fritagelse?

Mvh
Thomas Winther
""")

M("", """
Til Byggesagsafdelingen

Hvad er reglerne for at sætte en carport op i skel? Skal naboen give samtykke, og hvad koster en byggetilladelse til et byggeri under 50 m2?

Venlig hilsen
Kim Christensen
""")

M("b", """
Hej Vej og Park

Jeg går hver søndag morgen til messe i den katolske kirke, og fortovet op til kirken er ikke ryddet for sne. Jeg er gået i den to gange. Kan I prioritere det?

Mvh
Maria Kowalczyk
""")

M("", """
Hej

Vi er en virksomhed med CVR 31417025 og EAN 5798000431278. Vi skal have sendt en faktura for vedligehold af grønne arealer ved Vejleåparken. Hvilken afdeling skal den sendes til?

Med venlig hilsen
GrønPleje ApS
""")

M("he", """
Til Center for Voksne og Velfærd

Min mor, som er 91 og bor i eget hus, har fået bevilget hjemmehjælp, men hjælperne kan ikke komme ind fordi indkørslen ikke er ryddet for sne. Hun er dårligt gående efter en apopleksi. Hvem har ansvaret for at rydde?

Med venlig hilsen
Tove Jeppesen
""")

M("", """
Hej

hvorfor er prisen på affald steget med 900 kr om året? det står ikke noget om det i brevet

mvh Johnny
""")

M("t", """
Hej Vej og Park,

Jeg er fra Nigeria og bor på Ishøj Strand. Hver gang jeg beder jeres vejarbejdere om at flytte deres maskiner fra min parkeringsplads, bliver jeg kaldt "neger" af den ene. Jeg vil klage over personalet.

Mvh
Chinedu Okafor
""")

M("", """
Til Byggesag

Vi har fået en byggetilladelse til en udestue med sagsnr. 2024-0117-BYG. I den står der at tagfladen må være 30 m2, men tegningen viser 32. Hvad gælder?

Mvh
Søren Damsgaard
""")

M("hu", """
Hej

Jeg er postbud og medlem af 3F. Jeg har fået en arbejdsskade i knæet efter at være faldet på en dårligt vedligeholdt trappe ved Ishøj Strand 26, som jeg mener kommunen har ansvar for. Mit forbund siger jeg skal skrive til jer. Hvordan anmelder jeg det?

Mvh
Niklas Brandt
""")

M("p", """
Til Byggesagsafdelingen

Vi er ved at sælge vores hus på Strandvangen, og køber har gjort en betingelse om, at I godkender den lovliggørelse af kælderværelset, vi søgte om i maj. Sælger: Jan Ulrichsen, [[070663\u00a01257]].

Med venlig hilsen
Jan Ulrichsen
""")

M("", """
Hej

Vejen ud for nr. 2–18 på Bækkeskovvej er så dårlig at vandet står i store pytter. Hvornår skal den asfalteres? Grundejerforeningen har spurgt før, journal 06.01.03-P20-4-23.

Mvh
Grundejerforeningen Bækkeskov
""")

M("e", """
Til Opkrævningen

Jeg har fået rykker for affaldsgebyret på 3.120 kr. Jeg kan ikke betale det hele nu, fordi jeg er ledig og først får dagpenge om en måned. Kan jeg lave en afdragsordning?

Venlig hilsen
Rasmus Høj
""")

M("", """
Til Vej og Park

Jeg har et forslag: Sæt bænke op langs stien ved Ishøj Sø, så ældre kan hvile sig. Der er ingen i dag.

Med venlig hilsen
Pensionistforeningen Ishøj
""")

M("hb", """
Hej

Jeg er imam i Ishøj Moské og ser hver dag, hvor svært det er for ældre at komme ud af bussen på Vejleåvej, fordi kantstenen er så høj. Selv har jeg slidgigt i knæene og har svært ved det. Kan busstoppestedet ombygges?

Med venlig hilsen
Imam Mustafa Özdemir
""")

M("", """
Hej

Hvad er gebyret for at få behandlet en byggeansøgning til et enfamiliehus i Ishøj, og hvornår skal det betales? Jeg har ordrenr. 88120-SB fra arkitekten.

Mvh
Tina Bach
""")

M("e", """
Hej

jeg har fået regning på 2.900 for rottebekæmpelse. jeg er på kontanthjælp og kan ikke betale. kan ydelsescentret betale regningen? det var jo ikke min skyld at der var rotter

Mvh
Saida
""")

M("", """
Til Center for Byudvikling og Natur

Vores ejendom, matr. nr. 7ce, har en vandmåler med nr. 0301951234, der ikke viser noget. Hvem kontakter vi?

Venlig hilsen
Britt og Allan Roed
""")

M("su", """
Til byrådsmedlem Lotte Nygaard

Jeg og min mand Anders er begge aktive i Dansk Metal, og vi har sammen bygget en carport, der nu har fået et påbud om at blive revet ned. Vi synes at sagsbehandlingen har været ufair. Vi har søgt om dispensation to gange.

Mvh
Jonas Heide
""")

M("", """
Hej

Kan kommunen oplyse, hvilke veje i Ishøj der er private fællesveje? Vi har købt hus i 2018 og har aldrig fået styr på, hvem der skal vedligeholde vores vej.

Venlig hilsen
Martin
""")

M("", """
Hej, jeg har tilmeldt mig ordningen med farligt affald fra boligen (henteordning), men der står at jeg mangler at bekræfte mit personnummer. [[190954-2318]]

Mvh Arne Kristensen
""")

M("", """
Til Teknik- og Miljøudvalget

Vi mener, at kommunen skal indføre 30 km/t i hele Ishøj Landsby. Der er mange børn, og bilerne kører alt for hurtigt. Det er vores holdning som forældre.

Med venlig hilsen
Forældregruppen i Landsbyen
""")

M("hs", """
Hej

Min mand Jens og jeg, Peter, har fået byggetilladelse til en rampe ved hoveddøren, fordi Jens har fået en hjerneskade efter en ulykke. Men nu siger byggesagsafdelingen at rampen skal være 20 cm kortere. Kan vi få en dispensation? Han kan ikke komme op ellers.

Mvh
Peter Hald
""")
