"""Part H: more second-language writers, landlords and activists; positives and hard negatives mixed."""
from common import M

M("tp", """
Hej Byudvikling

Jeg og min bror er fra Libanon og vi har købt... nej, vi vil købe den gamle tankstation på Ishøj Boulevard for at lave bilvask. Sælger har accepteret vores tilbud, men kun hvis kommunen siger ok til miljø. Jordforurening, I must check? Hvornår kan I?

Mvh Hussein Jaber
Jaber Biler ApS, CVR 42331897
""")

M("e", """
Hej. Mig og mine børn vi bor på krisecenter nu fordi min mand slog. Jeg må ikke sige hvor. Jeg har brug for hjælp til penge til skoletasker og tøj, enkeltydelse. Hvordan søger jeg uden adresse? Fatima
""")

M("b", """
Hej byrådsmedlem, jeg er medlem af Radikale og sidder i bestyrelsen for vores lokalforening. Vi vil invitere dig til debat om klima 12. marts. Venlig hilsen Katrine Ladefoged
""")

M("th", """
Goddag

Min far er 79 og fra Marokko. Han er indlagt på Amager Hospital med lungekræft. Han vil gerne hjem til Ishøj og dø, men han taler kun arabisk og fransk. Findes der tolk i hjemmesygeplejen?

Med venlig hilsen
Youssef El Amrani
""")

M("pe", """
Hej

Jeg ejer et rækkehus som jeg udlejer. Lejeren, min fætter, er på førtidspension og kan ikke betale den nye husleje. Nu vil jeg sælge huset, og en køber har budt, men jeg vil ikke smide min fætter ud. Kan kommunen hjælpe ham med boligstøtte eller en anden bolig?

Mvh Ole Dam
""")

M("u", """
Hej, ich bin Mitglied... undskyld, jeg er medlem af 3F. Min fagforening siger kommunen har en ordning for voksenlærlinge. Hvor kan jeg læse om den? Markus
""")

M("bt", """
Kære borgmester

Jeg er kristen fra Irak, assyrer, og min familie flygtede på grund af vores tro. I Ishøj har vi ikke en assyrisk kirke. Vi vil gerne låne et lokale om søndagen til gudstjeneste på aramæisk. Kan kommunen hjælpe?

Med venlig hilsen
Ninos Yacoub
""")

M("", """
Hej, jeg er lejer og min udlejer vil hæve huslejen med 20 %. Må han det? Er det kommunens huslejenævn jeg skal skrive til? Generelt spørgsmål, jeg har ikke fået brevet endnu.
""")

M("s", """
Hej

Jeg er 68 og enkemand efter min mand Carl, som døde sidste år. Jeg vil gerne finde et seniorfællesskab for homoseksuelle mænd i området. Har kommunen kendskab til noget?

Mvh Bent Ravn
""")

M("ebh", """
Hej

Jeg er på kontanthjælp og har fået diabetes 2. Diætisten siger jeg skal spise bestemt mad, men jeg spiser kun halal og det er dyrt. Kan jeg få tillæg til kost? Jeg er muslim.

Mvh Ibrahim Kaya
[[300481 2759]]
""")

M("pe", """
Hej

Vi har en fuldmagt fra vores mor til at sælge hendes ejerlejlighed på Ishøj Strandvej 46. En køber har givet bud, men mor bor nu på plejehjem i Greve og vi skal vide om kommunen har pant i lejligheden for plejehjemsbetaling. Kan I svare?

Mvh Marianne og Jesper Lund
""")

M("", """
Hej

Jeg er formand for Ishøj Cykelklub. Vi vil arrangere et motionsløb rundt om Ishøj Sø den 21. juni. Skal vi søge om lov til at afspærre stien?

Mvh Brian
""")

M("tu", """
Hej

Jeg er fra Gambia og arbejder som buschauffør. Jeg er medlem af 3F. Nogle passagerer siger grimme ting om min hudfarve. Kommunen bestiller busserne, kan I sige noget til Movia?

Mvh Lamin Jallow
""")

M("", """
Hej

Hvad koster det at leje en kommunal grund til en sommermarkedsplads med 30 boder? Vi er en handelsstandsforening.

Med venlig hilsen
Ishøj Handelsstandsforening
""")

M("e", """
Hej, min lillesøster er anbragt på en døgninstitution og min mor og jeg må kun se hende hver anden uge. Kan samværet udvides til jul? Jeg er 23 og har egen bolig. Mvh Lærke
""")

M("", """
Kære udvalg

Tak for at I har lavet en bedeplads i lufthavnen... nej undskyld, i Ishøj Sundhedshus. Det er godt at der er et stille rum for alle, uanset tro.

Mvh en besøgende
""")

M("h", """
hi, my wife is pregnant, 32 weeks, and we live Ishøj from last month. She need a midwife check, jordemoder. Where we go? Thank you, Arjun
""")

M("", """
Hej, bilagsnummer 190377-3344 står på jeres brev om vejbidrag. Jeg tror beløbet er forkert. Mvh Knud
""")

M("tb", """
Goddag

Jeg er somalier og muslim, og jeg er formand for Ishøj Somaliske Forældreforening. Jeg selv har fem børn i Ishøj skoler. Vi vil gerne mødes med skolechefen om lektiehjælp og om bønnerum på skolen.

Mvh Abdi Warsame
""")

M("", """
Hej, er det rigtigt at kommunen ikke vil forny aftalen med moskéen om parkering på skolens p-plads i weekenden? Det påvirker hele vejen. Mvh en nabo
""")

M("ep", """
Hej

Jeg har tvangsauktion på mit hus den 18. november fordi jeg ikke har betalt lån siden min skilsmisse. En nabo vil købe det før auktionen men kommunen har udlæg for ejendomsskat. Kan I hæve udlægget hvis han betaler?

Mvh Rasmus Ebbesen
[[120675-1428]]
""")

M("", """
Hej

Jeg ejer en kolonihave, men jeg vil IKKE sælge, jeg vil bare vide: hvad er maksimal pris for et kolonihavehus i Ishøj efter de nye regler?

Mvh Jette
""")

M("u", """
Hej

Jeg er medlem af Serviceforbundet og arbejder som vagt i centret. Jeg vil anmelde at lyset på p-dækket ikke virker, det er farligt om natten.

Mvh Omar
""")

M("", """
hej. hvordan bliver man medlem af et politisk parti i Ishøj? jeg er 16 og interesseret i politik men ved ikke hvor jeg skal starte. er der en ungdomsorganisation?
""")

M("be", """
Kære rådgiver

Jeg er Jehovas Vidne og nægtede at være med til julefrokost med mit praktiksted, som jobcentret har sendt mig til. Nu siger sagsbehandleren at jeg er "ikke samarbejdsvillig" og vil trække i min kontanthjælp. Er det lovligt?

Med venlig hilsen
Ruth Andersen
""")

M("", """
Hej, vi er en lille butik i Vejleå Centret og har fået en ny kundenr 2511670932 fra forsyningen. Skal den gamle aftale opsiges? Mvh Vejleå Blomster
""")

M("st", """
Hej

Jeg er fra Filippinerne og bor med min kæreste Maria i Ishøj. Vi er to kvinder. Maria skal have opholdstilladelse gennem mig, hvilke papirer skal kommunen bruge?

Mvh Joy Santos
""")

M("", """
Hej

Vores forening, Ishøj Boldklub, har fået ny kasserer. Hvordan ændrer vi kontaktperson hos kommunens foreningsportal?

Mvh formanden
""")

M("he", """
Hej

Min mormor på 93 har fået hjemmepleje morgen og aften, men efter hun faldt og brækkede hoften i sidste uge har hun brug for mere. Hun er kommet hjem fra Hvidovre. Kan visitatoren komme i denne uge? Hendes cpr [[040733 0176]].

Mvh Cecilie
""")

M("", """
Kære Beskæftigelsesudvalg

Jeg er selvstændig og vil gerne tage en flygtning i praktik i min tømrervirksomhed. Hvordan gør man? Jeg har ikke en bestemt person i tankerne.

Mvh Jan Ravn, Ravn Tømrer
""")
