"""Part A: health, benefits and care; short mails in learnt Danish."""
from common import M

M("he", """
hej jeg har fået brev fra jobcenter om samtale på mandag kl 10 men jeg er indlagt på Hvidovre hospital med lungebetændelse. kan jeg få ny tid?
mvh Fadumo
""")

M("he", """
Kære borgerrådgiver

Min mor hun er 74 år og hun har sukkersyge. Hjemmehjælpen kommer ikke til tiden, nogen gange klokken 12 og hun skal spise før hun tager sin insulin. Hun hedder Halima Warsame, cpr [[120651-1428]]. Jeg er datter og skriver for hende fordi hun ikke kan skrive dansk.

Hilsen Sahra
""")

M("", """
hej hvornår åbner borgerservice på torsdag? skal have nyt pas til min søn. tak
""")

M("h", """
Goddag

Jeg er gravid i 5 måned og lægen siger jeg må ikke løfte tungt. Hvordan får jeg storskrald hentet fra altan? Jeg bor på 3. sal uden elevator i Ishøj Strandpark.

Venlig hilsen
Oksana
""")

M("e", """
Hej. Jeg forstår ikke brevet fra Udbetaling Danmark. Der står jeg skal betale tilbage 4.312 kr boligstøtte. Hvorfor? Jeg har ikke fået mere løn. Kan nogen forklare mig på telefon 22 41 87 09

Tak fra Mehmet
""")

M("", """
Hej jeg har fået brev fra kommunen om "istandsættelse af fortov" jeg forstår ikke hvad jeg skal gøre. Skal jeg betale noget eller bare læse? Der står journalnr. 05.01.10-P20-3-24 på brevet.
mvh Thanh
""")

M("he", """
min far har demens og han glemmer at spise og slukke komfur. vi har søgt plejebolig i juni og stadig ingen svar. kan borgmester hjælpe?? jeg er hans søn Bilal
""")

M("h", """
hej det er Lamar fra blok 9. kan ikke komme til borgermødet onsdag har migræne igen og kan ikke tåle lys 😞 send mig gerne referat
""")

M("e", """
Dear sir/madam,
I got letter in e-Boks about my kontanthjælp stop from 1 march. I dont understand danish so good. My sagsbehandler dont answer the phone. What can I do?
Regards Joseph
""")

M("he", """
Hej Jobcenter

Jeg er sygemeldt fra rengøringsjob på grund af ryggen, diskusprolaps. Min arbejdsgiver siger jeg skal selv søge sygedagpenge. Hvordan gør jeg det. Jeg har ikke NemID kun MitID app.

Hilsen Beata
""")

M("", """
hej min søn skal starte 0 klasse i august. hvordan skriver jeg ham ind på skole? vi bor Vejlebrovej. tak for hjælp
""")

M("e", """
Kære borgerrådgiver jeg og min mand er skilt nu og han vil ikke give børnene tilbage efter weekend. Familieretshuset siger jeg skal ringe kommune. Hvem skal jeg ringe til? Jeg er meget ked af det.
Aisha
""")

M("h", """
jeg har kræft i brystet og får kemo på Herlev hver tirsdag. hvor kan jeg parkere gratis ved lægehuset i bycentret, der er altid fuldt
""")

M("he", """
Hej

Min datter Yasmin 9 år har cerebral parese. Vi søgte ny kørestol i januar, den gamle er for lille til hende. Ingen svar endnu. Hun græder når hun sidder længe.

Hilsen far Khalid
""")

M("", """
Hej, i brevet fra kommunen står "partshøring". Hvad betyder partshøring? Det handler om et træ i min have som naboen siger er for højt. Skal jeg svare?
Mvh Tomasz
""")

M("e", """
hjælp! udlejer siger vi skal ud 1 maj fordi husleje ikke betalt i 3 måned. vi har 3 børn. hvor skal vi bo
Samira 50 12 33 98
""")

M("he", """
Hej dette er dikteret på telefon så undskyld fejl. Min kone har fået en blodprop i hjernen i søndags og ligger på Glostrup ret hospital. Hun kan ikke snakke rigtig nu. Jeg vil gerne søge hjemmehjælp til hende når hun kommer hjem punktum. Hvem skal jeg skrive til komma min telefon er 28 90 14 52.
Hilsen Vitalis
""")

M("e", """
Til byrådsmedlem Hansen

Min bror er kommet i fængsel i 8 måneder og hans lejlighed står tom. Kan kommunen betale huslejen så han ikke mister den? Han har ingen penge. Jeg er hans søster.

Ebru
""")

M("", """
Hej. Jeg har fået ny affaldsbeholder men den er for lille, 140 liter. Vi er 6 personer. Kan jeg bytte til større? Husstand nr 4402817. Tak
""")

M("h", """
Hej skolen

Ali kan ikke komme i skole hele ugen han har skoldkopper, lægen har sagt. Må han få lektier på Aula?

Hilsen mor til Ali 2.b
""")

M("e", """
Goddag. Jeg har fået afslag på enkeltydelse til tandlæge. Men jeg kan ikke betale 9000 kr. Jeg er på integrationsydelse. Hvordan klager jeg? Tak, Nasrin
""")

M("he", """
Kære Center for Voksne og Velfærd

Min nabo Gerda i nummer 14 er meget dårlig efter hun faldt og brækkede hoften. Hun har hjemmepleje to gange om dagen men hun siger de har ikke tid til bad. Hun beder mig skrive fordi hun ikke har computer. Kan nogen ringe til hende på 43 73 21 60?

Venlig hilsen
Wiktoria (nabo, nummer 16)
""")

M("", """
hej kommer der snart ny busrute til Hvidovre Hospital? det tager 1 time nu med 2 skift. mange ældre bruger den
""")

M("h", """
hello, my son Daniel (7) has asthma and was at the emergency room last night. he needs inhaler in school. who in the school can give it? thank you, Marites
""")

M("e", """
Hej borgmester

Jeg har arbejdet 11 år på lager og nu er jeg fyret. Jeg er 58 år. Jeg har meldt mig ledig på jobnet i går. Er der job i Ishøj til en mand som mig? Jeg vil ikke sidde hjemme.

Hilsen Sevket
""")

M("h", """
min søster Nimo har fået en abort i 3 måned i sidste uge. hun kan ikke komme på sprogskolen i denne uge. kan du give besked til læreren. jeg er søster
""")

M("he", """
Hej jeg skriver for min mormor fordi hun ikke kan. hun er blind på det ene øje og har brug for en lup-lampe til at læse sine breve. vi har søgt hjælpemiddel i kommunen for 2 måneder siden. hvor lang tid tager det? hilsen Amira 15 år
""")

M("", """
Hej, jeg har fået brev om "sundhedskort" – jeg har flyttet fra Albertslund til Ishøj. Skal jeg gøre noget eller kommer nyt kort automatisk? Tak
""")

M("e", """
Goddag Ydelseskontoret. Jeg har fået brev at jeg skylder 2.800 kr for daginstitution, for friplads var stoppet. Men jeg har ikke ændret indkomst. Jeg er alene med to børn. Kan vi lave en aftale så jeg betaler lidt hver måned? Venlig hilsen Liliana
""")

M("h", """
Undskyld at jeg skriver så sent. Jeg har ikke sovet i 3 uger, lægen siger jeg har depression og giver mig piller. Jeg kan ikke møde på sprogcentret i denne måned. Hvem skal jeg sige det til?
Hilsen Abdirahman
""")

M("e", """
Hej. Jeg bor på herberg nu siden jul fordi jeg har ikke bolig. Jeg vil gerne skrives op til bolig i Ishøj. Hvordan? Ring 31 07 44 25. Pawel
""")

M("", """
hej hvad tid er svømmehallen åben for kvinder kun? tak
""")

M("he", """
Kære Social- og Sundhedsudvalgets formand

Min mand har Parkinson og han falder tit. Kommunen har givet ham 15 minutter hjemmehjælp om morgenen men det er ikke nok, han kan ikke selv tage tøj på. Visitatoren siger det er reglerne. Vi har klaget. Kan udvalget se på det?

Med venlig hilsen
Rosa Santos
""")

M("e", """
hej min søn er 19 år og han er smidt ud af sin far. han sover hos venner og har ingen adresse. kan han få kontanthjælp uden adresse?
""")

M("h", """
Hej. Jeg er sygeplejerske på Hvidovre og jeg har haft covid i to uger og er stadig træt. Min datter går i SFO Vejleåskolen. Kan min nabo hente hende i denne uge? Hvad skal jeg skrive på Aula?
Venlig hilsen Chanida
""")

M("", """
Hej jeg er sygeplejerske og vil gerne vide om kommunen har ledige stillinger på plejecentrene. Jeg har dansk autorisation. Mvh Rhea
""")

M("e", """
Til Borgerservice

Jeg har fået brev om at min folkepension bliver mindre fra april. Jeg forstår ikke hvorfor. Min mand døde i oktober. Skal jeg sende papir?

Hilsen Dragica
""")

M("he", """
hej jeg har ADHD og autisme og skal til møde i rehabiliteringsteamet 12. juni. jeg vil gerne have min kontaktperson med. må hun komme med? /Jonas
""")

M("", """
hej. min lejlighed er kold, radiator virker ikke. vicevært svarer ikke. kan kommunen hjælpe eller er det boligselskab? tak
""")

M("h", """
Kære dagplejen

Vores dagplejer Fatma har været syg i 2 uger nu. Hvornår kommer hun tilbage? Vi har ikke fået besked. Gæstedagplejen er langt væk for os.

Hilsen forældre til Emil
""")

M("e", """
Hej. Jeg har fået et brev, at jeg skal til "opfølgningssamtale" på jobcentret den 3/4. Jeg kan ikke den dag fordi jeg har eksamen på VUC. Kan jeg ringe og flytte? Tak. Hevin
""")

M("", """
Hej, jeg vil høre hvordan man bliver tolk for kommunen. Jeg taler arabisk, dansk og engelsk og har kørekort. Hvem skal jeg sende ansøgning til? Mvh
""")

M("he", """
Hej Jobcenter Ishøj. Mit sygedagpenge er stoppet fordi jeg har været syg mere end 22 uger med stress og angst. Nu siger de jobafklaringsforløb. Hvad betyder det for min husleje? Jeg kan ikke betale. Hilsen Gulnara
""")

M("h", """
Hej, min mand er på Rigshospitalet efter hjerteoperation og jeg skal være ved ham. Jeg kan ikke komme til forældremøde i 4.a tirsdag. Undskyld. Mor til Layla
""")

M("", """
Hej jeg vil gerne spørge, hvornår er der vaccination mod influenza for ældre i Ishøj i år? Min mor spørger. Er det på apoteket eller lægen?
""")

M("e", """
Hej med dig

Jeg sidder i gæld til SKAT og kommunen og jeg kan ikke overskue det. Kan kommunen give gældsrådgivning gratis? Jeg tjener 14.000 kr om måneden fra rengøring.

Mvh Daniela
""")

M("he", """
hej min bror har skizofreni og han bor alene i Ishøj. han har bostøtte 2 timer om ugen men støttepersonen er stoppet og ingen ny. han åbner ikke døren. jeg er bekymret. hans søster Zainab 26 83 11 40
""")

M("", """
Hej. I brevet står "aktindsigt". Jeg har ikke bedt om noget. Brevet handler om kloak i vores vej. Hvorfor får jeg det? Vh Ngoc
""")
