"""corpus56 part D: ethnic origin, short mails, some in second-language Danish."""
from common import M

M("t", """jeg er fra somalia og min datter bliver kaldt grimme ting i skolen pga hendes hudfarve. hvad gør i""")

M("t", """vi er polske og forstår ikke brevet om nye affaldsspande. kan i skrive på engelsk please""")

M("t", """I'm Turkish and my danish is not so good. Can the school talk to me in english about my son's trip to Bornholm?""")

M("t", """naboen kalder min mand for perker hver gang han går forbi, det er racisme!! han har boet her i 30 år""")

M("t", """min mor er fra Vietnam og har brug for tolk til mødet om hendes tag""")

M("", """har kommunen tolke på arabisk til forældremøder?""")

M("t", """hej, er halvt ghanesisk og vil gerne stille op til integrationsrådet. hvordan""")

M("t", """kom som flygtning fra syrien i 2015 og har nu dansk statsborgerskab, men fik brev om opholdstilladelse?? forvirret""")

M("t", """Emne: racisme i svømmehallen

min søn og hans ven blev smidt op af bassinet fordi de var "de sorte drenge". vagten sagde det højt foran alle""")

M("t", """vi er kurdere fra tyrkiet og vil gerne låne et lokale til vores kulturforening om lørdagen""")

M("t", """min svigerdatter er thailandsk og vil gerne på danskkursus, hvor skal hun henvende sig""")

M("t", """jeg er paksitaner og boet i ishøj i 20 år, vil klage over p-vagten der altid skriver mig op""")

M("", """hvor mange flygtninge har ishøj taget imod i 2025?""")

M("t", """vores datter er adopteret fra Colombia og vil gerne vide mere om sin baggrund, har kommunen papirerne fra adoptionen""")

M("t", """Emne: tolk

min far taler kun urdu og skal til møde om sin hæk d. 4. kan i skaffe tolk""")

M("t", """jeg er grønlænder og synes det er for dårligt at man skal vente 3 mdr på en tid i borgerservice""")

M("t", """we are romanian family with 3 kids, want to know about school start in august. thank you""")

M("t", """min nabo er romani og de andre i opgangen chikanerer hende. det skal stoppe""")

M("t", """Til borgmesteren
jeg er sort og dansk og bliver stoppet af jeres p-vagter hele tiden. tilfældigt? tror det ikke""")

M("", """hvornår er der kulturfestival med mad fra hele verden i Ishøj i år""")

M("te", """fra min veninde på messenger:
"de sagde til mig på jobcentret at jeg bare kunne tage tilbage til Marokko" 😡
hun har boet her siden hun var 3. hvem skal hun klage til""")

M("t", """er ukrainer og bor midlertidigt i ishøj, må min søn gå til fodbold i IIF""")

M("t", """hej, er tamil fra sri lanka, vil starte tamilsk aftenskole, hvordan søger man lokaler""")

M("t", """min kæreste er iraner og vi vil giftes på rådhuset, hvilke papirer skal han have med""")

M("t", """hey, er halv dansk halv filippinsk og søger sommerjob i kommunen, hvor ser jeg opslag""")

M("", """hvad hedder formanden for integrationsrådet og hvornår er næste møde""")

M("t", """i facebookgruppen skriver de at familien i nr 23 "de sorte" larmer. det er ren racisme, kan i få det fjernet""")

M("t", """min farmor er født i Tyrkiet og har boet i ishøj siden 1972. hun fylder 90 i næste uge, kommer borgmesteren forbi?""")

M("tb", """jeg er jøde og nogen har tegnet hagekors på min dør i Vejleåparken. politiet er kontaktet, men hvad gør kommunen""")

M("t", """my husband is from Eritrea and he can't read the letter about the parking permit. can someone call him""")

M("t", """vi er en familie fra Afghanistan med flygtningebaggrund, vores søn vil gerne i erhvervspraktik hos kommunens gartnere i 9. klasse""")

M("", """Emne: etnisk ligebehandling

har kommunen en politik for ligebehandling ved ansættelser? til debat i min klasse""")

M("t", """min mor er inuk og vil gerne have info om grønlandske foreninger i ishøj""")

M("t", """jeg er sigøjner, ikke kriminel! jeres medarbejder i borgerservice sagde ting til mig som jeg ikke vil finde mig i""")

M("t", """hej jeg er fra Gambia, min dansk ikke så god. hvor er kontor for pas""")

M("t", """der er en mand i nr 5 der råber "tilbage til Somalia" efter min nabo Hodan hver dag""")

M("t", """vi er et par fra Bosnien og vores søn skal til skolelæge, kan vi få tolk med""")

M("", """findes der modersmålsundervisning i polsk i ishøj kommune""")

M("t", """min svoger er palæstinenser og boligforeningen har afvist ham, vi tror det er pga hans baggrund""")

M("t", """pastet fra vores opgangschat:
[18:02] Sanne: de indiske naboer har stillet skrald i opgangen igen
[18:03] mig: det er ikke dem
kan i ikke sætte kamera op, der bliver gået efter familien på 2. sal fordi de er indiske""")

M("t", """Emne: hudfarve

min datter er mørk i huden og en pædagog sagde hun så "beskidt" ud. jeg er i chok""")

M("t", """jeg er halvt japaner og underviser i origami, vil gerne holde workshop på biblioteket""")

M("t", """jeg er vietnamesisk og driver neglesalon på Ishøj Torv, skiltet er blevet smadret for 3. gang og der stod noget om "gule" på det""")

M("", """Emne: tolkebistand

min kollega skal bruge tolk til et borgermøde, hvem bestiller man det hos""")
