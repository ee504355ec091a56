"""corpus71 part F: harassment at work for origin or orientation, and workplaces in general."""
from common import M

M("tu", """
Til Borgerrådgiveren

Jeg arbejder som pædagogmedhjælper i en af kommunens børnehaver. Min leder kalder mig
"vores lille afrikaner" foran forældrene. Jeg er født i Ghana og er dansk statsborger.
Min TR fra FOA siger jeg skal skrive til jer. Jeg er medlem af FOA.

Venlig hilsen
Akosua Mensah
""")

M("s", """
Hej Merete

Jeg er bøsse og arbejder på kommunens materielgård. Kollegerne har sat et billede af
to mænd der kysser op på min skabslåge med en grim tekst. Min formand siger "det er
bare for sjov". Jeg vil ikke sige hvem jeg er endnu, men jeg vil vide om kommunen har en
politik mod den slags.

Vh en ansat
""")

M("", """
Til direktionsassistenten, Borger, Økonomi og IT

Har Ishøj Kommune en personalepolitik om chikane og diskrimination på baggrund af
etnicitet og seksualitet? Jeg kan ikke finde den på intranettet. Jeg er HR-studerende og
skriver om kommunale politikker.

Med venlig hilsen
Julie Brandt
""")

M("t", """
Kære borgmester

Min søn Ali, 17, har fritidsjob i en kiosk i Ishøj Bycenter. Chefen har sagt til ham at han
ikke må stå ved kassen, fordi "kunderne ikke vil betjenes af en araber". Vi er palæstinensere.
Jeg ved at det ikke er kommunen, men hvad kan vi gøre?

Med venlig hilsen
Samir Odeh
""")

M("su", """
Til Lise Brandt

Jeg er lesbisk og ansat i hjemmeplejen. En kollega har fortalt alle borgerne på min rute
at jeg "lever med en kvinde" og nu vil en af dem ikke have besøg af mig. Min tillidsrepræsentant
(jeg er i FOA) siger at kommunen bør gribe ind. Hvad er proceduren?

Hilsen
Tanja
""")

M("", """
Hej

Hvornår holder kommunen næste kursus for ledere i mangfoldighed og inklusion? Vi er
et privat firma i Ishøj Erhvervspark og vil gerne sende to afdelingsledere med, hvis
det er åbent.

Med venlig hilsen
Frank Ulriksen, direktør
""")

M("te", """
Til Jobcenter Ishøj

Jeg var i virksomhedspraktik på et autoværksted, som I sendte mig til. Værkføreren
kaldte mig "perker" hver dag og sagde at jeg skulle tilbage til Libanon. Jeg stoppede
efter to uger. Nu siger min jobkonsulent at jeg mister ydelsen. Det er ikke fair.

Mohammad Saleh
""")

M("s", """
Hello,

I am a trans woman and bisexual, working at a daycare in Ishøj. My colleague keeps
calling me by my old name and asks about my "boyfriend or girlfriend" in front of the
children. I am not sure where to complain. Is there an HR contact I can write to?

Best
Alex
""")

M("", """
Kære Karsten Holm

Vi i Ishøj Pride-udvalget vil gerne spørge, om kommunen vil hejse regnbueflaget på
rådhuset i Pride-ugen. Hvor skal vi søge?

Med venlig hilsen
Ishøj Pride-udvalg
""")

M("tuh", """
Til Merete Dahl, byrådsmedlem

Jeg er 3F-tillidsrepræsentant på et lager i Ishøj. En af vores medlemmer, Ahmed, fra
Syrien, er blevet mobbet så groft af en formand at han nu er sygemeldt med depression.
Ledelsen vil ikke gøre noget. Han har givet mig lov til at skrive. Kan kommunens
jobcenter hjælpe ham tilbage på en anden måde?

Mvh
Henning Albrechtsen
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Kan jobcentret vejlede om, hvordan virksomheder kan rekruttere flere med anden etnisk
baggrund? Vi har 45 ansatte og vil gerne blive bedre til det.

Med venlig hilsen
Lise Kjærgaard, HR-chef
Kjærgaard VVS A/S
""")

M("ts", """
Hej Lise

Jeg er sort og bøsse, og jeg bliver kaldt ting på min arbejdsplads som jeg ikke kan
gentage her. Jeg er bange for at miste mit job hvis jeg siger noget. Kan
borgerrådgiveren hjælpe, selvom det er en privat virksomhed?

Kh Marcus
""")

M("s", """
Til Borgerrådgiveren

Min mand Morten og jeg har været gift i fire år. Jeg er selv mand og arbejder i kommunens
borgerservice. En borger sagde i skranken at han ikke ville betjenes af "en bøsserøv", og
min leder grinte. Det er vel en personalesag, så jeg ved ikke om I kan tage den, men jeg
vil gerne have det registreret.

Med venlig hilsen
Stefan Ravn
""")

M("", """
Hej

Vi hører i nyhederne at der er mange sager om chikane på arbejdspladser. Har Ishøj
Kommune tal for hvor mange sager der har været i kommunen de sidste tre år?

Mvh
Anette Bjørn
""")

M("tu", """
Kære borgmester

Jeg er af tyrkisk afstamning og arbejder som buschauffør på en rute i Ishøj. Passagerer
har flere gange råbt racistiske ting efter mig. Min fagforening, 3F, hvor jeg har været
medlem i 12 år, vil gerne have kommunen med i en kampagne. Vil I være med?

Med venlig hilsen
Kemal Aydın
""")

M("", """
Til Kultur og Fritid

Vi arrangerer et foredrag om racisme på arbejdsmarkedet på biblioteket i april og
vil gerne have en politiker til at deltage i panelet. Hvem fra byrådet vil være
interesseret?

Hilsen
Foreningen Vestegnens Stemmer
""")

M("he", """
Til jobcentret

Jeg er blevet sygemeldt fra mit job på et kontor efter at min chef har mobbet mig i et år.
Jeg har fået diagnosen belastningsreaktion. Jeg er indkaldt til en opfølgningssamtale den
4. december kl. 9. Kan jeg tage min psykolog med?

Mvh Charlotte
""")

M("st", """
Hej Karsten

Jeg er pakistaner og homoseksuel. Min arbejdsgiver har fundet ud af det, og nu sender
kolleger mig beskeder om at jeg "vanærer min familie". Jeg har ikke fortalt min familie
noget. Jeg vil gerne have råd om hvor jeg kan få støtte anonymt.

Tak
(navn udeladt)
""")

M("", """
Til Ishøj Kommune

Vi er en virksomhed, der vil sende alle ansatte på kursus i god omgangstone. Kan vi få
tilskud gennem jobcentret til kurser for ansatte? Vores CVR er 40 12 77 98 og p-nr.
1023456789.

Mvh
Tina Ludvigsen
""")

M("tu", """
Til udvalgsformanden for Beskæftigelse

Jeg er HK-medlem og arbejder i en call-center-virksomhed i Ishøj. Da jeg søgte en
lederstilling, sagde min chef at "en med dit navn og din baggrund" ikke ville blive
respekteret af kunderne. Mine forældre kom fra Eritrea. Kan I gøre noget ved den slags
virksomheder?

Venlig hilsen
Semhar Tekle
""")

M("s", """
hej Merete!! jeg er 19 og biseksuel og har lige startet i lære som frisør. chefen joker
hele tiden med "hvem tager du med hjem i weekenden, en dreng eller en pige" foran
kunderne. er det ok?? vil ikke miste min læreplads
/sofie
""")

M("", """
Kære borgmester

Tillykke med den nye mangfoldighedspolitik. Jeg synes det er godt, at kommunen som
arbejdsplads går forrest. Jeg håber den også gælder for vikarer.

Med venlig hilsen
Inge Kramer
""")

M("tbe", """
Til Borgerrådgiveren

Jeg er fra Iran, hvor jeg blev uddannet sygeplejerske, og jeg har fået afslag på et praktikforløb i
kommunens hjemmepleje gennem jobcentret. Min sagsbehandler sagde at "patienterne kan
blive utrygge" ved mit tørklæde. Det er diskrimination.

Med venlig hilsen
Maryam Karimi
""")

M("u", """
Hej Lise

Jeg er arbejdsmiljørepræsentant og medlem af Dansk Metal på en fabrik i Ishøj. Vi har
haft to sager om racistisk sprog blandt kollegerne i år, og vi har selv løst dem. Vi vil
gerne dele hvad vi lærte med andre virksomheder. Har kommunen et netværk?

Hilsen
Jesper Kølbæk
""")

M("", """
Til hovedpostkassen

Er det rigtigt at kommunen har droppet kravet om at leverandører skal have en
politik mod diskrimination? Det stod i referatet fra Økonomiudvalget.

Mvh
Brian Vestergaard
""")

M("se", """
Til Lise Brandt

Jeg blev fyret fra en café, efter at min chef så mig kysse min kæreste Laura uden for.
Jeg er en pige på 21, og min chef sagde at "det passer ikke til stedets image". Nu er jeg
uden job og skal til jobcentret. Kan jeg sige hvorfor jeg blev fyret?

Hilsen
Amalie
""")

M("", """
Hej Karsten

Vil kommunen lave en pulje til foreninger, der arbejder mod racisme i
fritidslivet? Jeg spørger på vegne af min fodboldklub, hvor vi har haft nogle episoder
blandt forældre til kampe.

Vh
Ole, træner U13
""")

M("th", """
Til Borgerrådgiveren

Min mor er fra Grønland og arbejder i en kommunal kantine. Kollegerne kalder hende
"eskimoen", og hun er begyndt at få angstanfald før hun tager på arbejde. Hun tør ikke
selv skrive, så jeg gør det for hende med hendes tilladelse.

Med venlig hilsen
Pipaluk Hansen
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvordan kan en udenlandsk uddannet ingeniør få godkendt sin uddannelse i Danmark?
Jeg spørger for at kunne vejlede nye medarbejdere i vores virksomhed.

Med venlig hilsen
Heidi Frost, rekrutteringsansvarlig
""")

M("su", """
Kære Merete Dahl

Jeg er fællestillidsrepræsentant for BUPL i Ishøj og selv lesbisk. Jeg har oplevet, at
flere yngre kolleger der er åbne om deres seksualitet bliver frosset ud. Jeg vil gerne
foreslå at kommunen laver et LGBT+-netværk for ansatte.

Med venlig hilsen
Lotte Skov
""")

M("te", """
hej jeg er fra Eritrea og har været 2 måneder i praktik gennem jobcenteret i en
rengøringsvirksomhed. de andre kalder mig "sorte" og min chef gør ingenting. kan jeg få
en anden praktik? jeg har ikke fortalt jobkonsulenten det endnu
Yonatan
""")

M("", """
Til Ishøj Kommune

Jeg har fået en faktura på 1.875 kr. for et kursus i konfliktløsning som vores
medarbejder deltog i via jobcentret. Fakturanr. 3011220987, ordrenr. 77-4412. Det
var aftalt at det var gratis. Kan I kreditere den?

Mvh
Bogholderiet, Ishøj Auto
""")

M("sh", """
Til Borgerrådgiveren

Jeg er transkønnet mand og gift med en mand. Jeg har fået en depression efter at
kolleger i en kommunal institution har kaldt mig "det". Jeg er sygemeldt nu. Jeg vil
gerne vide hvordan jeg klager over en ansat i kommunen, som ikke er min leder.

Venlig hilsen
Noah
""")

M("", """
Kære Lise Brandt

Jeg undrer mig over at kommunen ikke har en whistleblowerordning, der også gælder for
chikanesager. Andre kommuner har det. Hvorfor ikke Ishøj?

Venlig hilsen
Hans Mikkelsen
""")

M("tu", """
Hej borgmester

Jeg er polsk tømrer og medlem af Blik- og Rørarbejderforbundet, nej undskyld, af 3F
Byggefagene. På et kommunalt byggeri i Ishøj får vi polakker andre vagter end de danske
og bliver kaldt "billig arbejdskraft". Vi har talt med vores TR. Ved kommunen det?

Pozdrawiam
Krzysztof Nowicki
""")

M("", """
Til udvalgsformanden for Beskæftigelse

Hvor mange flygtninge og familiesammenførte i Ishøj er kommet i job i 2025? Vi er en
frivillig forening, der laver lektiehjælp, og vil gerne bruge tallene i vores
fondsansøgning.

Med venlig hilsen
Lektiecaféen i Vejleåparken
""")

M("tbu", """
Til direktionsassistenten, Center for Børn og Forebyggelse

Jeg er pædagog, medlem af BUPL, og kom som flygtning fra Bosnien i 1994. Jeg er muslim.
En forælder i min institution har skrevet en klage over at jeg "påvirker børnene religiøst",
fordi jeg sagde god ramadan til en kollega. Jeg vil gerne have at ledelsen ser på det.

Venlig hilsen
Amra Hodžić
""")

M("s", """
Kære Karsten

Min kæreste Jonas og jeg (jeg er Simon) blev nægtet at leje festlokalet i vores
boligforening til vores forlovelsesfest. Formanden sagde "ikke den slags fest her". Er det
lovligt i en almen boligforening?

Hilsen
Simon Krag
""")

M("", """
Til Ishøj Kommune

Kan kommunen oplyse hvilke sprog der tilbydes tolkning på i Borgerservice? Vi skal
lave en informationsfolder til nye medarbejdere i vores virksomhed, hvor mange ikke
taler dansk endnu.

Med venlig hilsen
Nadja Petersen, personalechef
""")

M("ts", """
Hej Merete

Jeg har en kollega, Kofi, fra Ghana, som er blevet kaldt ting på grund af sin hudfarve på
vores arbejdsplads. Jeg er selv bøsse og ved hvordan det er at blive holdt udenfor. Vi vil
gerne lave en klage sammen. Hvor sender vi den hen?

Hilsen
Rasmus Falk
""")
