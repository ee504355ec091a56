"""Part F: a mixed inbox - more writers of every kind, weighted towards property trades,
sexual orientation, belief, union membership and CPR numbers, with matching hard negatives."""
from common import M

M("sh", """
Hej

Min kone Louise og jeg venter vores første barn i marts (jeg er gravid, hun bliver medmor). Jordemoderen siger vi skal registrere medmoderskabet i kommunen inden fødslen. Er det rigtigt, eller sker det via Familieretshuset?

Mvh
Katrine Juul
[[1206932510]]
""")

M("", """
Hej

Hvor registrerer man faderskab eller medmoderskab, hvis man ikke er gift? Vi er et par, der gerne vil være forberedt, men har ikke travlt endnu.

Mvh
Sanne
""")

M("s", """
hej

er det kommunen der skal godkende at min kæreste flytter ind i min ungdomsbolig? han hedder Mads og jeg hedder Christoffer btw. boligselskabet sagde at vi skulle spørge jer

sendt fra min iphone
""")

M("", """
hej er det kommunen eller boligselskabet der godkender at ens kæreste flytter ind i en ungdomsbolig? vh
""")

M("s", """
Kære borgmester

Som pensioneret lærer og lesbisk kvinde, der har boet i Ishøj i 40 år sammen med min hustru Birgit, vil jeg takke for at kommunen i år hejste regnbueflaget på rådhuset. Det havde jeg aldrig troet jeg ville opleve.

Med venlig hilsen
Hanne Bjørnskov
""")

M("", """
Kære borgmester

Hvorfor hejser kommunen regnbueflaget på rådhuset? Er det ikke politisk? Jeg synes flagstangen bør være forbeholdt Dannebrog.

Venlig hilsen
Erik M.
""")

M("se", """
Hej Familieafdelingen

Min eksmand og jeg er skilt, og nu bor jeg med min kæreste Maria. Han har meldt til jer at børnene "ikke skal vokse op med to mødre", og han vil have fuld forældremyndighed. Han er begyndt at tilbageholde børnene efter samvær. Hvad gør jeg?

Mvh Julie Krag
""")

M("s", """
Kære Ishøj Kommune

Jeg er en 34-årig mand, og min partner Ahmad og jeg søger om at blive godkendt som aflastningsfamilie. Vi blev registreret som partnere sidste år. Hvilke papirer skal vi sende? Mit CPR-nummer er [[300891 1457]].

Venlig hilsen
Jonas Friberg
""")

M("s", """
Hej

Jeg er pansexual og arbejder frivilligt i ungdomsklubben. En af lederne har sagt til mig at jeg "ikke skal snakke med de unge om min seksualitet", selvom jeg bare svarede ærligt på et spørgsmål. Er det kommunens politik?

Mvh Alex Nygaard
""")

M("", """
Hej

Har kommunen en politik for, hvordan frivillige i ungdomsklubberne må tale med de unge om seksualitet og køn? Jeg er ny frivillig og vil gerne gøre det rigtigt.

Mvh Alex
""")

M("she", """
Hej

Jeg skriver for min mand, Poul Erik Lind, 71, som har Parkinsons. Han er ved at miste evnen til at spise selv, og vi har brug for hjælp hjemme morgen og aften. Jeg er selv 74 og har dårlig ryg. Vi har været sammen i 45 år og gift siden det blev muligt for to mænd.

Hilsen
Arne Lind
Ishøj Landsby 58
""")

M("s", """
Hi,

My husband Daniel and I (two dads!) are enrolling our son in Ishøj School in August. The form asks for "mother's CPR" – can we just put both our numbers in the father fields? Mine is [[170285-3349]], Daniel's is [[041183-3671]].

Thanks,
Michael Brooks
""")

M("", """
Hi,

Does the school enrolment form accept two parents of the same gender yet? I'm asking on behalf of our parents' network for international families, not for a specific family.

Best,
Clara
""")

M("sb", """
Kære byrådsmedlem

Jeg er præst i Den Katolske Kirke og har været åben om at jeg er homoseksuel, hvilket har kostet mig min stilling. Jeg er nu flyttet til Ishøj og vil gerne engagere mig i kommunens arbejde med ensomhed blandt ældre. Hvem kan jeg kontakte?

Venlig hilsen
Anders Wiborg
""")

M("s", """
Til Borgerrådgiveren

Jeg vil gerne klage anonymt. Da min kone og jeg var til møde på Sundhedshuset om vores datter, spurgte medarbejderen hele tiden "hvem af jer er den rigtige mor?". Vi er begge hendes mødre.

En mor fra Strandparken
""")

M("", """
Til Borgerrådgiveren

Kan man klage anonymt over en medarbejders opførsel, eller skal man oplyse sit navn? Bare et generelt spørgsmål.
""")

M("s", """
hej kommune

jeg og min kæreste Jakob (vi er begge fyre) vil gerne leje festsalen i Ishøj Kulturhus til vores forlovelsesfest. bookingsystemet fungerer ikk. kan i hjælpe?

/Victor
""")

M("", """
Hej, kan man leje festsalen i Ishøj Kulturhus til private fester, og hvad koster det en lørdag? /Victor
""")

M("s", """
Hej

Min søn Theo (16) er lige sprunget ud som homoseksuel, og han bliver mobbet på skolen. Jeg vil gerne høre, om der er en kontaktperson på Ishøj Skole, der har erfaring med det.

Venlig hilsen
Susanne Theilgaard
""")

M("st", """
Kære Center for Børn og Forebyggelse

Vi er et par af to kvinder, min kone er oprindeligt fra Thailand, og vi vil gerne adoptere et barn fra Thailand. Er det kommunen, der laver godkendelsen eller Ankestyrelsen?

Venlig hilsen
Pernille og Somchai Aagaard
""")

M("p", """
Hej

Vi har sat vores andelslejlighed i A/B Strandlyst til salg, og der er en køber, som vil overtage 1. februar, men han vil kun købe, hvis kommunen godkender, at vi har lavet et ekstra værelse. Kan I sende en byggesagsbehandler ud?

Mvh Morten Frandsen
""")

M("", """
Hej

Hvad kræver det at lave et ekstra værelse i en andelslejlighed? Skal kommunen godkende det? Vi er ikke i gang endnu.

Mvh Morten
""")

M("p", """
hej kommune!! min nabo har sat sit hus til salg (Pilemøllevej 14) og der har været fremvisninger hele weekenden. køberne parkerer ud over vores indkørsel. kan I sætte et skilt op?
""")

M("", """
Hej. Jeg vil gerne høre om kommunen sælger den gamle pedelbolig ved skolen, eller om den skal rives ned. Der har været snak om det i lokalavisen.
""")

M("pe", """
Til Ishøj Kommune, Borgerservice

Jeg skylder 190.000 kr. i ejendomsskat og fællesudgifter, og banken har varslet tvangsauktion over mit rækkehus på Fiskerhøjvej 9. Jeg har nu fået en køber, som har budt 2,1 mio., men handlen er ikke underskrevet. Kan kommunen stille inddrivelsen i bero, til handlen er på plads?

Med venlig hilsen
Jacob Halvorsen
[[060578-1243]]
""")

M("", """
Hej

Hvordan fungerer tvangsauktioner over faste ejendomme? Kan kommunen være rekvirent for ejendomsskat? Jeg studerer jura og skriver opgave om det.

Mvh Sara
""")

M("p", """
Fra: Nybolig Ishøj
Sendt: 14. august 2026
Til: Plan og Byg
Emne: Matr. nr. 7ai – kommunens forkøbsret?

Kære Plan og Byg

Vi formidler salget af Torslunde Bygade 40 for sælger, Anna Rye. Køber har underskrevet med forbehold for, at kommunen ikke udnytter sin forkøbsret til vejudvidelse. Kan I bekræfte dette inden 1/9?

Med venlig hilsen
Rikke Sand
""")

M("p", """
hej vi har et bud på vores kolonihave i H/F Bredekær på 225.000 men bestyrelsen siger at prisen er for høj i forhold til vurderingen og at kommunen skal se på den. hvor lang tid tager det? køberne er ved at springe fra

mvh Lise og Jan
""")

M("p", """
Kære udvalgsformand

Min søster og jeg har arvet en landbrugsejendom i Tranegilde, og vi har en køber, der vil bygge rideskole. Han har givet et betinget tilbud, men afventer at høre om det kræver landzonetilladelse. Kan udvalget se på det hurtigt?

Venlig hilsen
Gitte Bonde
""")

M("", """
Kære udvalgsformand

Hvad er kommunens linje i forhold til landzonetilladelser til rideskoler? Jeg ejer ikke noget, men følger debatten i lokalrådet.

Venlig hilsen
Peter Damgaard
""")

M("p", """
Hej

Vi (familien Olsen) har givet bud på et af kommunens parcelhusgrunde på Strandengen, nr. 7, og fået at vide vi er nr. 2 i rækken. Den første køber har vist trukket sig. Kan I bekræfte om vi så får grunden?

Mvh Kristian Olsen
""")

M("", """
Hej

Hvornår sælger kommunen de næste parcelhusgrunde på Strandengen, og hvordan kommer man på interesselisten? Vi overvejer det om et par år.

Mvh Camilla
""")

M("pe", """
Sendt fra min iPhone

> Hej igen. Banken har nu trukket lånetilsagnet fordi jeg har mistet mit job, så jeg kan ikke købe lejligheden på Ishøj Strand alligevel. Sælger truer med at kræve erstatning. Kan kommunen hjælpe mig med rådgivning?
> Mvh Tobias
""")

M("bue", """
Hej Jobcenter

Jeg er medlem af Kristelig Fagforening (Krifa) og går i Pinsekirken. Jeg har fået tilbudt et job i en butik, hvor jeg skal arbejde hver søndag, og det kan jeg ikke af religiøse grunde. Krifa siger jeg skal spørge jer, om jeg mister dagpengene hvis jeg siger nej.

Venlig hilsen
Ruth Marie Dam
""")

M("", """
Hej

Hvis man er ledig, kan man så sige nej til et job, fordi man skal arbejde om søndagen? Jeg spørger for en venindes skyld, hun vil ikke selv skrive.
""")

M("b", """
Kære byrådsmedlem Jens

Jeg er medlem af Venstre i Ishøj, men jeg vil ikke tie stille om, at jeres gruppe har stemt for at lukke biblioteksfilialen. Jeg har deltaget i tre valgkampe for partiet og skriver nu til dig direkte.

Mvh Henning Sloth
""")

M("", """
Kære byrådsmedlem Jens

Jeg er uenig i beslutningen om at lukke biblioteksfilialen i Ishøj Landsby. Den betyder meget for de ældre og for børnefamilierne. Overvej det igen.

Mvh Henning Sloth
""")

M("b", """
hej jeg er buddhist og mediterer hver morgen i fælleshuset kl 6, nu siger viceværten at det forstyrrer. kan kommunen sige noget til boligforeningen om at man godt må have religiøse aktiviteter i fælleslokaler? mvh Thanh
""")

M("b", """
Kære Ishøj Kommune

Jeg har ved sidste valg stemt på Dansk Folkeparti, og jeg er træt af at blive kaldt racist, når jeg siger, at der skal være plads til juletræ på skolerne. Min søns lærer sagde det foran hele klassen, da han fortalte hvad hans far stemte. Det er ikke i orden.

Mvh Brian Kjær
""")

M("", """
Kære Ishøj Kommune

Hvorfor er der ikke juletræ i Ishøj Bycenter i år? Det var en god tradition. Venlig hilsen en borger
""")

M("b", """
Kære udvalgsformand

Som sikh ønsker jeg at få lov at bære min kirpan (en lille ceremoniel kniv) når jeg arbejder som pædagogmedhjælper. Min leder er i tvivl om det er lovligt. Kan kommunen give en klar besked?

Venlig hilsen
Gurpreet Kaur
""")

M("bh", """
Hej

Min far, Mogens Eskildsen, er indlagt med lungekræft og har ikke lang tid tilbage. Han er troende og ønsker at præsten fra Ishøj Kirke kommer på hospice. Hospice siger det skal koordineres via kommunens koordinator. Kan I hjælpe?

Venlig hilsen
Lene Eskildsen
""")

M("b", """
Hej

Jeg har meldt mig ud af folkekirken og er nu ateist. Kan kommunen fjerne kirkeskatten fra mit skattekort, eller skal jeg kontakte SKAT?

Mvh Tobias Brandt
""")

M("", """
Hej

Hvem administrerer kirkeskat, kommunen eller SKAT? Og hvordan melder man sig ud af folkekirken? Jeg spørger generelt for en debat i min studiekreds.
""")

M("bt", """
Hej

Vi er en tamilsk hinduistisk familie og vil gerne sprede asken efter min mor i Køge Bugt ved Ishøj Strand efter vores traditioner. Må man det, og skal kommunen give tilladelse?

Med venlig hilsen
Rajan Sivakumar
""")

M("", """
Hej

Er der regler for askespredning over havet ud for Ishøj Strand? Det er til en artikel i Ishøj Lokalavis.

Mvh journalist Jeppe Lund
""")

M("u", """
Hej Lønservice

Jeg er ansat som rengøringsassistent i kommunen og har meldt mig ud af 3F og ind i Serviceforbundet. Kan I sørge for at kontingentet ikke længere trækkes over lønnen til 3F? Mit medarbejdernummer er 44821.

Venlig hilsen
Lotte Frandsen
""")

M("", """
Hej Lønservice

Kan man få trukket fagforeningskontingent over lønnen i kommunen, og hvilke fagforeninger har I aftale med?

Mvh ny medarbejder
""")

M("u", """
Kære direktør

Jeg er TR for lærerne på Vibeholmskolen og medlem af Danmarks Lærerforening. Vi har nu 4 kolleger, der er gået ned med stress i år. Vi beder om et møde om arbejdstidsaftalen.

Med venlig hilsen
Jacob Storm
""")

M("ue", """
hej jeg har været medlem af Lederne i 10 år og nu er jeg fyret som afdelingsleder i Ishøj Bycenter, Lederne har sagt jeg skal melde mig ledig hos jer og ikke hos dem?? forvirret

Sendt fra min iPhone
""")

M("u", """
Hej

Jeg er medlem af Djøf og skal starte som fuldmægtig i Center for Borger, Økonomi og IT. Djøf skal bruge en kopi af min ansættelseskontrakt med lønindplacering. Kan HR sende den direkte til dem?

Mvh Sofie Pihl
""")

M("", """
Hej HR

Hvilke overenskomster er der for akademikere i Ishøj Kommune? Jeg overvejer at søge jobbet som fuldmægtig.

Mvh Sofie
""")

M("ue", """
Til Center for Beskæftigelse og Erhverv

Jeg har været medlem af Blik- og Rørarbejderforbundet i 22 år. Nu er jeg gået på efterløn men vil gerne arbejde lidt. Kan jeg få et job via jobcentret uden at miste efterlønnen?

Venlig hilsen
Finn Juhl Madsen
""")

M("t", """
Hej

Jeg er grønlænder og er lige flyttet fra Nuuk. Jeg vil gerne have at min søn får undervisning i grønlandsk som modersmål. Tilbyder Ishøj Kommune det?

Mvh
Aviaja Lynge
""")

M("", """
Hej

Tilbyder Ishøj Kommune modersmålsundervisning, og i hvilke sprog? Jeg er skolebestyrelsesmedlem og vil gerne kunne svare forældrene.

Mvh Henrik
""")

M("t", """
Kære kommune

Min kone er vietnamesisk og blev i går kaldt "ching chong" af en gruppe drenge ved Ishøj Station. Hun tør ikke tage toget alene nu. Kan kommunen og SSP gøre noget?

Mvh
Anders Møller
""")

M("he", """
Fra: Jytte Bang <jytte.bang@mail.dk>
Sendt: 8. oktober 2026 07:12
Til: Visitationen
Emne: Min mor Bodil Bang [[180731-0828]]

Min mor har fået bevilget en badebænk men hun kan ikke komme op af badekarret alene mere efter blodproppen. Kan ergoterapeuten komme igen?

Jytte
""")

M("e", """
Hej Ishøj

Mit cpr nr er [[221199-1370]]. Jeg har lige fået afslag på enkeltydelse til tandlæge. Jeg er 26 og på kontanthjælp. Hvad kan jeg gøre nu?

Lasse
""")

M("", """
Hej Ishøj

Mit ordrenummer er 221199-1730 på den affaldsbeholder jeg bestilte. Den er ikke kommet endnu. Hvornår kommer den?

Lasse K.
""")

M("e", """
hej jeg har glemt mit cpr kort men mit nummer er [[1506014945]] kan jeg bruge det til at søge boligstøtte online?? jeg bor alene og har kun min SU og et fritidsjob
""")

M("", """
Hej Borgerservice

Hvordan bestiller jeg en erstatning, hvis jeg har mistet mit sygesikringskort? Og kan jeg bruge det digitale kort i appen i stedet?

Mvh Sabrina
""")

M("e", """
Hej

Jeg har lige fået et brev fra Udbetaling Danmark om, at min boligstøtte stopper, fordi min søn er flyttet hjemmefra. Men han bor stadig hjemme 3 dage om ugen. Mit CPR er [[090264-2228]].

Mvh Grete Lindholm
""")

M("he", """
KÆRE KOMMUNE
JEG HAR KRONISK LEDDEGIGT OG HAR SØGT OM FØRTIDSPENSION FOR 14 MÅNEDER SIDEN. SAGEN LIGGER BARE STILLE. CPR [[250369-2196]]. JEG VIL HAVE SVAR NU!!!
ANNI PETERSEN
""")

M("", """
KÆRE KOMMUNE
HVOR LANG ER SAGSBEHANDLINGSTIDEN PÅ FØRTIDSPENSION I ISHØJ I GENNEMSNIT?? DET STÅR INGEN STEDER PÅ HJEMMESIDEN!!!
""")

M("h", """
hej, min datter Freja (cpr [[211120-4016]]) skal starte i vuggestue, men hun har en hjertefejl og skal have ilt om natten. Kan vuggestuen håndtere det? hilsen Maria
""")

M("t", """
Hej

Vi er en irakisk-kurdisk familie, og vores datter Shilan vil gerne gå til fodbold i Ishøj IF, men træneren har sagt, at "piger fra jeres kultur ikke plejer at blive ved". Vi synes det er diskriminerende.

Venlig hilsen
Dilan Aziz
""")

M("e", """
Hi, I'm writing on behalf of my neighbour in nr. 14, an elderly lady called Mrs. Hansen. Her son told me she's in debt with her rent and they've sent a letter about eviction. She doesn't read emails. Can someone from the kommune visit her? Thanks, Tom (nr. 16)
""")
