"""corpus79 part D: ethnic origin, short and messy."""
from common import M

M("t", """Emne: Racistisk tilråb ved Ishøj St. - min søn blev kaldt 'perker' af en voksen mand i går kl 17""")

M("t", """Jeg er kurder fra Irak og vil gerne være tolk for kommunen. Hvem skal jeg skrive til? Azad""")

M("t", """hej jeg er somalisk mor. min søn bliver drillet hver dag i skolen pga hans hudfarve, lærer gør ingenting. hvad kan jeg gøre? Hamdi""")

M("t", """Dzien dobry. Vi er polsk familie, vi flyttede til Ishøj i maj. Min søn Kacper skal starte i skole, men han taler kun polsk. Hvilken skole er bedst for ham?""")

M("t", """Vanakkam. I am Tamil from Sri Lanka and living in Ishøj 20 years. We want to make Tamil language class for children in the community hall on Sundays. Can we book it? Regards, Sivakumar""")

M("t", """Merhaba, jeg er tyrkisk og min mand er dansk. Vores datter får mange spørgsmål i børnehaven om hvorfor hun er brun. Pædagogen sagde det er normalt. Jeg er ikke glad. Elif""")

M("t", """jeg kom som flygtning fra Syrien i 2015 og nu vil jeg gerne starte egen frisørsalon i Ishøj Bycenter. hvem hjælper med tilladelse? Rami""")

M("t", """Vores datter er adopteret fra Colombia og hun oplever at andre børn siger hun ikke er rigtig dansk. Kan skolen tage en snak med klassen? Mvh Henrik og Bente""")

M("t", """hej det er Jamal jeg ringer ikke fordi jeg hader telefonkøen men altså min mor er fra Marokko og hun taler kun arabisk og hun har fået et brev om ejendomsskat hun ikke forstår kan nogen ringe til hende med tolk""")

M("t", """Hi, I'm an American living in Ishøj since last year and I'd like to vote in the local election. Do I need to register somewhere? Thanks, Brandon""")

M("t", """Jeg er grønlænder og føler at min sagsbehandler taler ned til mig hver gang. Jeg vil klage. Hilsen Naja""")

M("t", """vi er romaer og vores campingvogn blev flyttet af politiet fra parkeringspladsen ved stranden. kommunen sagde det var okay at stå der. hvorfor??""")

M("t", """Min nabo i nr. 14 skriver 'sorte svin' på min postkasse. Det er tredje gang. Jeg er fra Gambia. Hvad gør kommunen? Lamin""")

M("t", """Til Kultur- og Fritidsudvalget

Jeg vil gerne sige tak for at biblioteket nu har åbent til kl. 21 om torsdagen, det er dejligt for os der arbejder sent. Jeg vil også gerne foreslå flere aktiviteter for piger mellem 10 og 14 år. Der er mange tilbud til drenge, fodbold og e-sport og så videre, men pigerne sidder hjemme. Som pakistansk mor synes jeg det er svært at finde tilbud hvor mine døtre må være med og hvor jeg kender de voksne. Måske en pigeklub med syning, kreativ og lektiehjælp? Jeg vil gerne være frivillig.

Venlig hilsen
Saima""")

M("t", """Hej. Min svigerfar er fra Vietnam og han bor hos os nu. Han vil gerne gå i ældreklub men han forstår ikke dansk. Findes der en vietnamesisk klub? Mvh Louise""")

M("t", """min kæreste er fra ghana og vi vil gifte os på rådhuset, hvilke papirer skal han bruge?? thx""")

M("t", """Til Borgerservice. Jeg er ukrainer og har fået opholdstilladelse. Mit cpr er [[250390-2214]], men min adresse står forkert i systemet. Olena""")

M("t", """asc jeg vil klage. min far, han taler kun somali, han var til møde i Borgerservice og de gav ikke tolk. han forstod ingenting. Abdi""")

M("", """Har I en arabisk tolk til borgermødet om den nye skole? Der kommer mange forældre. Mvh Skolebestyrelsen""")

M("", """Hvor mange flygtninge modtager Ishøj i 2025? Jeg læste et tal i avisen der virker forkert. Mvh Erik""")

M("", """Hej, jeg går på sprogskolen i Glostrup og vil spørge om bus 300S kører om lørdagen. Tak! Yusuf""")

M("", """hvornår er der kulturnat i ishøj og kommer der mad fra forskellige lande? :)""")

M("", """Emne: Integrationsrådets møde 14/1 - dagsorden mangler. Mvh sekretær, Integrationsrådet""")

M("", """Hej. Mit navn er Mohammed Al-Hassan og jeg skriver fordi vores skraldespand er forsvundet efter stormen. Vejleåparken 31, st.th. Tlf 52 19 80 44""")

M("", """Har Ishøj Bibliotek bøger på polsk og tyrkisk? Vi er en læsekreds der vil prøve noget nyt. mvh Gurli""")

M("", """Hvad er reglerne for at få dansk statsborgerskab? skal man til prøve i kommunen? mvh""")

M("", """hej! får vi en ny legeplads i Vildtbanegård? mange børn fra hele verden leger der og den gamle er ødelagt""")

M("", """Til Kultur- og Fritidsudvalget: kommer der igen støtte til Ishøj Multikulturelle Festival? Det er en vigtig begivenhed for byen. Venlig hilsen, festivalkomiteen""")

M("", """Fakturaen for tolkebistand til vores generalforsamling er forkert: fakturanr. 0903251866, beløb 2.400. Vi bestilte kun en time. Mvh kassereren, Ishøj Skakklub""")

M("ht", """Min bedstemor er fra Tyrkiet og har sukkersyge. Hun vil gerne have en diætist men helst en der taler tyrkisk. Findes det? Selin""")

M("t", """hej jeg er halvt fillipinsk og halvt dansk og jeg søger fritidsjob i kommunen er der noget til 15 årige""")

M("tb", """Jeg er jøde og min søn blev mødt med nazihilsner i skolegården på Ishøj Skole. Jeg forventer handling. Daniel Mendel""")

M("te", """vores plejedatter har flygtningebaggrund fra Eritrea og taler tigrinya derhjemme hos sin mor. hun har brug for en tolk til skole-hjem-samtalen for mor. hvem bestiller""")

M("t", """Hello from an Irish family new in Ishøj! Where do we register our son for school? He is 7. Cheers, Siobhan""")

M("t", """hej jeg er palæstinenser og jeg vil gerne holde tale på borgermødet om den nye moské-lokalplan. skal man tilmelde sig? Samir""")

M("t", """Emne: Klage over chauffør der kaldte min mor for 'neger' – hun er fra Nigeria og 80 år""")

M("t", """> Hvad hedder din mor og hvilket sprog taler hun?

Hun hedder Sunita Devi og hun taler punjabi, ikke så meget dansk. Vi er fra Indien. Hun skal have hjælp til at udfylde ansøgning om pas.
Mvh Rohit""")

M("t", """min ven ali blev stoppet af vagten i bycentret bare fordi han er mørk. er det jeres vagter??""")

M("t", """Jestem z Polski. Jeg søger arbejde som rengøring i kommune. Hvor kan jeg søge? Beata""")

M("t", """Jeg er dansk og gift med en thailandsk kvinde, Ploy, som har fået cpr [[180492\u00a02768]]. Hun skal tilmeldes sprogskole. Hvordan? Mvh Jørgen""")

M("t", """Kære Henrik Jensen

Jeg skriver til dig fordi du sidder i Teknik- og Miljøudvalget. Vi bor på Tranegilde Strandvej lige ved motorvejen, og støjen er blevet meget værre efter de har fjernet træerne sidste år. Vi har ikke kunnet sove med åbne vinduer hele sommeren. Vi er en tamilsk familie, og min svigermor, som bor hos os, har det svært med at sove i forvejen fordi hun savner hjemme. Men det er ikke kun os, hele vejen klager. Kan kommunen ikke plante nye træer eller sætte en støjskærm op? Jeg har skrevet til Vejdirektoratet men de siger det er kommunen.

Med venlig hilsen
Prakash""")
