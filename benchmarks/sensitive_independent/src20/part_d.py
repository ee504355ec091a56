"""Part D: heavy typos, missing punctuation, dictated on a phone, dyslexia."""
from common import M

M("he", """
hej jeg er ordblind så undskyd stavningen min søn har fåt konstatert epelepsi og har anfald i skolen flere gange om ugen skolen ringer til mig hver gang og jeg kan ik passe mit arbejde kan han få en støtte person
mvh rikke
""")

M("e", """
hej jeg har ringet 5 gange om min bolig støtte den er ik kommet i 2 månder og jeg har ingen penge til mad til børnene hvad sker der punktum mvh dennis andersen ishøj strand vej 21 cpr [[2408871539]]
""")

M("", """
hej ved i om der kommer en ny cykkelsti ved ishøj stationen for den gammel er heelt ødelagt af rødder tak
""")

M("h", """
godmorgen dette er dikteret komma jeg har lige været til lægen og hun siger jeg har brystkrææft punktum jeg skal starte kemo næste uge og kan ikke møde op til jobcentret på torsdag punktum venlig hilsen susanne pedersen
""")

M("s", """
hej min kæreste og jeg er to mænd og vi vil gerne blive plejeforældre er der nogle regler om det i ishøj eller kan vi bare søge.. vi har boet sammen 6 år
jesper og kim
""")

M("", """
hej hvorfor koster det penge at tømme min brun ane nu det var gratis før
""")

M("e", """
hej kommunen jeg er blevet sat ud af min lejlighed i går af fogden og har ingen steder at sove med min hund jeg har ringet til 3 steder og ingen svare plz ring 28 14 60 37
""")

M("u", """
hej jeg er tilidsmand for 3f på ishøj havn og vil høre hvorfor kommunens folk parkere på vores lager plads hver morgen det gir problemer for lastbilerne
""")

M("he", """
hej jeg har ondt i ryggen og har vaeret sygemeldt i 10 uger og nu skriver i at mine sygedagpenge stopper efter forlaengelse hvad skal jeg leve af mvh henrik [[141179 1097]]
""")

M("", """
hej min nabo har et trampolin der står og blaffer i blæsten kan kommunen gøre noget eller er det et privat sag
""")

M("t", """
hej jeg vil klage over en bus chauffør som kaldte min kone for en perker i bussen fordi hun er fra libanon hun græd hele vejen hjem det var linje 128 ved ishøj torv kl 15 i går
omar
""")

M("p", """
hej vi har sat vores hus på gildbrovej til salg og nu siger mægleren at køberen vil trække sig hvis i ikk kan godkende carporten før den 1 hvad skal vi gøre vi har sendt ansøgningen for 5 uger siden
""")

M("", """
hallo er det rigtigt at genbrugspladsen holder lukket helligdage også 2 juledag
""")

M("he", """
hej jeg er alkoholiker og har været ædru i 4 måneder jeg vil gerne have hjælp til at komme i arbejde men jobcentret siger jeg skal vente til jeg har været på kontanthjælp et halvt år hvorfor
""")

M("b", """
hej jeg er ateist og vil ikke have at min datter skal synge salmer til morgensang i børnehaven kan hun blive fritaget mvh tina
""")

M("", """
hej jeg har fundet en stor sprøjte på legepladsen ved vildtbanegård børnene legede næsten med den kan i komme og fjærne den og tjekke resten
""")

M("he", """
hej min far er faldet i sin lejlighed og kan ikke rejse sig han er 91 og hjemmeplejen kommer først i aften kan i sende nogen nu jeg er i aarhus og kan ikke nå derud han bor på ishøj søvej 8 2tv
""")

M("e", """
hej jeg skylder 14.000 i restskat og skat siger jeg skal snakke med kommunens gældsrådgivning men jeg kan ik finde den på jeres hjemmeside hvor er den
""")

M("", """
hej hvorfor står der et skilt om vejarbejde på vejleåvej når der ingen arbejder
""")

M("hu", """
hej jeg er medlem af foa og arbejder i hjemmeplejen og jeg fik en arbejdsskade i ryggen ved en forflytning i januar nu siger kommunen som arbejdsgiver at det var min egen skyld min fagforning siger jeg skal skrive til jer
lene
""")

M("s", """
hej min kone hedder anette og jeg hedder birgitte vi skal giftes på rådhuset i juni hvad skal vi huske at medbringe
""")

M("", """
hej vi har rotter i kælderen i vores opgang på ishøj strandvej 44 hvem skal vi ringe til kommunen eller boligselskabet
""")

M("e", """
hej jeg har fået afslag på enkelt ydelse til tandlæge og jeg forstå ik hvorfor for jeg er på kontant hjælp og har ingen penge kan i forklare
""")

M("ht", """
hej min mand er fra tyrkiet og han har fået psykisk sammenbrud efter hans bror døde i jordskælvet han taler ikke meget dansk kan i finde en psykolog som taler tyrkisk
""")

M("", """
hej er der nogen der kan fortælle mig om hvad man gør med gamle malingsdåser
""")

M("e", """
hej dette er dikteret fra min telefon jeg er blevet skilt i marts og min eks vil ikke lade mig se vores to børn statsforvaltningen eller hvad det hedder nu siger at kommunen skal lave en børnesamtale hvornår sker det mvh claus
""")

M("hp", """
hej vi er ved at købe hus på ishøj landevej handlen er ikke på plads endnu men min kone er handicappet og sidder i kørestol kan vi få tilskud til at bygge om inden vi flytter ind eller skal vi vente til skødet er underskrevet
""")

M("", """
hej hvornår bliver græsset slået på fodboldbanen ved ishøj idrætscenter det er hølangt
""")

M("b", """
hej jeg er medlem af enhedslisten og jeg vil gerne sidde med til byrådsmødet på torsdag skal man melde sig til eller kan man bare komme
""")

M("h", """
hej min søn på 9 er blevet bidt af en hund i parken ved ishøj landsby og har fået 8 sting hunden løb frit hvem skal jeg anmælde det til
""")

M("", """
heej kan man få en ny skraldespand hvis låget er knækket
""")

M("e", """
hej min mor er lige flyttet på plejehjem og nu skal hun betale husleje både der og i sin gamle lejlighed kan det passe det er 2 husleje hun har kun folkepension
""")

M("u", """
hej jeg har været medlem af krifa i 2 år og nu vil jobcentret ikke godkende min ansøgning om kursus fordi de siger a-kassen skal betale hvem har ret
""")

M("", """
hej hvor mange parkeringspladser er der ved ishøj station og er de gratis
""")

M("he", """
hej jeg har angst og kan ikke gå ud af døren og mine venner handler for mig men de er ved at blive trætte af det kan jeg få hjemmehjælp til indkøb selvom jeg er 34
[[050391–1278]]
""")

M("t", """
hej i skolen har de sat alle de arabiske børn i samme klasse min datter er den eneste danske der kom med fordi vi bor i samme opgang er det lovligt at dele efter etnisitet spørger en mor
""")

M("", """
hej jeg skal bygge en skur på 12 m2 skal jeg søge byggetilladelse
""")

M("e", """
hey dikteret jeg er arbejdsløs siden jul og min a kasse er ase og de siger jeg har ret til dagpenge men jobcentret har ikke godkendt mit cv hvad skal jeg gøre
""")

M("h", """
hej min datter er født for tidligt i uge 28 og ligger stadig på neonatal på hvidovre kan sundhedsplejersken komme hjem til os når hun bliver udskrevet eller skal vi ringe
""")

M("", """
hej jeg så en ræv i min have i nat er det farligt for min kat
""")
