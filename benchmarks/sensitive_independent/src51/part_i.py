"""corpus51 part I: origin, faith, partners and pending trades, more care and mixed mails."""
from common import M

M("th", """Hej

Min far er fra Libanon og har boet i Ishøj siden 1988. Han har fået nyresvigt og skal i dialyse. Han forstår ikke lægen, fordi han skammer sig over sit dårlige dansk. Findes der en arabisktalende patientvejleder i kommunen?

Mvh Rami""")

M("t", """hej, jeg er fra Vietnam og min dansk er ikke så god. min søn på 6 bliver drillet i skolen for hans øjne. de andre børn siger "kina kina". lærer siger det er for sjov. det er ikke sjov for os. / Lan""")

M("tp", """Til Center for Byudvikling og Natur

Jeg er født i Indien og har boet i Danmark i 25 år. Jeg har fået et bud på min grillbar i Ishøj Bycenter fra en køber, som vil fortsætte forretningen, men han vil først have at kommunen bekræfter at bevillingen kan overdrages. Handlen er ikke underskrevet endnu.

Mvh Rajesh Patel""")

M("tb", """Til Børne- og Ungeudvalgets formand

Jeg er tyrkisk alevit. Min datter har fået at vide af en lærer at aleviter "ikke er rigtige muslimer". Hun kom hjem og græd. Jeg vil have at skolen tager det alvorligt.

Mvh Deniz""")

M("te", """Kære borgerrådgiver

Jeg kom til Danmark som flygtning fra Syrien i 2015. Jeg har arbejdet som buschauffør i fem år, men blev fyret i september og skal nu møde på jobcentret. Medarbejderen sagde "I kommer jo alle sammen her for at få penge". Jeg vil klage.

Mvh Mahmoud""")

M("b", """Hej Jens

Vi har mødt hinanden i Ishøj Moské, hvor jeg beder hver fredag. Jeg vil gerne høre om du vil komme og tale om kommunens ungdomsklubber efter fredagsbønnen en dag.

Mvh Hussein""")

M("bh", """Kære Ulla,

Jeg er medlem af Alternativet og aktiv i vores lokalforening. Jeg skriver privat: jeg har fået diagnosen sklerose og vil gerne vide, om der er planer om at gøre byrådssalen tilgængelig for kørestole, så jeg kan blive ved med at følge møderne.

Mvh Jesper""")

M("b", """til byrådsmedlem Pia

jeg stemte på dig fordi du sagde at du ville kæmpe for hundeskoven. nu er den væk. det glemmer jeg ikke. /Karsten""")

M("be", """Hej

Vores søn Yahya på 5 skal have taget ny madpakke med hver dag, fordi vuggestuen ikke har halalkød. Vi har friplads og økonomisk er det svært at lave to slags mad. Kan institutionen ikke lave vegetar til ham?

Mvh Fatma""")

M("bs", """Kære borgmester

Jeg er humanist og medlem af Humanistisk Samfund, og min mand Morten og jeg vil gerne holde en humanistisk vielse i Ishøj Rådhushave. Kan det lade sig gøre?

Mvh Kristian""")

M("tp", """Hej

Jeg er ungarsk og har købt en lejlighed i Ishøj Strandpark med overtagelse 1. december. Sælger har nu trukket sig, og ejendomsmægleren siger at der er en konflikt om en altan, som kommunen skal se på. Vi har ingen anden bolig.

Mvh Gábor Tóth""")

M("p", """Til byrådsmedlem

Min nabo i nr. 5 har sat sit hus til salg til en alt for lav pris, og jeg er bange for at køberen vil lave det om til et værksted. Kan kommunen stoppe det før købet går igennem?

Mvh Hans""")

M("pe", """Hej Hovedpostkassen

Jeg har modtaget en betinget købsaftale på min andelslejlighed. Køberen har forbehold for finansiering. Men jeg har gæld til kommunen fra et lån til indskud, og jeg frygter at andelsforeningen ikke vil godkende salget før gælden er betalt.

Vh Mette""")

M("sh", """Hej

Jeg er lesbisk og har været sammen med min partner Dorthe i 20 år. Hun ligger nu på hospice. Personalet siger at kun familie må være der om natten. Vi er ikke gift. Kan kommunen hjælpe mig, så jeg kan være hos hende?

Mvh Inge""")

M("st", """Hi,

I'm Brazilian and I moved to Ishøj with my boyfriend João (I'm a guy too, if that matters for the forms). We want to register as a couple for the housing waiting list. The form only has "husband/wife". What should we write?

Thanks,
Pedro""")

M("tbe", """Kære Merete

Min mor er fra Eritrea og er ortodoks kristen. Hun er 79 og fejrer påske efter den etiopiske kalender med faste i 55 dage. Hun bor på plejecenter og køkkenet vil ikke lave fastemad. Det er vigtigt for hende.

Mvh Senait""")

M("th", """hej. er pakistaner og min kone har fået sukkersyge under graviditeten. hvor er sundhedshusets kursus om kost for gravide? min kone vil gerne have en kvindelig underviser. /Imran""")

M("tu", """Til byrådet

Jeg er fra Rumænien og har været medlem af 3F i to år. Min arbejdsgiver på byggepladsen i Ishøj Nord betaler under overenskomst til alle os fra Østeuropa. Kommunen er bygherre. Vil I gøre noget?

Mvh Ion""")

M("tb", """Hej

Vi er en kurdisk familie og vores søn skal omskæres efter vores religion. Hospitalet vil ikke. Kender kommunen en godkendt læge i området? Han er 4 år.

Vh Leyla og Hevi""")

M("bte", """Til Center for Voksne og Velfærd

Min mand er jødisk og skal flytte ind på plejecenter efter nytår. Han spiser kun kosher, og vi er bange for at han ikke vil spise noget. Hvad kan køkkenet tilbyde?

Med venlig hilsen
Miriam""")

M("p", """Hej

Jeg har lagt et bud på 2,8 mio. på huset på Vejleåvej 44, og sælger har sendt et modbud. Kan kommunen fortælle om der er en verserende byggesag på huset, før vi skriver under?

Mvh Emil""")

M("bt", """Hej,

Jeg er palæstinenser og sunnimuslim. Min datter vil gerne gå med tørklæde i børnehaven, men pædagogen har sagt at det er for farligt på legepladsen. Er det kommunens regel?

Mvh Nour""")

M("b", """Kære formand,

Jeg er pacifist og har været det hele mit liv. Jeg vil protestere mod at kommunen har inviteret Forsvaret til at rekruttere på Ishøj Gymnasium.

Mvh Aksel""")

M("te", """Hej

Jeg er fra Polen og mistede mit arbejde i sommer. Jeg har søgt kontanthjælp, men jobcentret siger at jeg først skal bevise at jeg har boet i Danmark i 9 år. Hvordan gør jeg det?

Mvh Piotr""")

M("tbh", """Kære borgerrådgiver,

Min far er iransk og har konverteret til kristendommen. Han har fået en depression efter at familien i Iran har afbrudt kontakten med ham. Psykiateren på Glostrup siger at kommunen skal finde en tolk, der ikke er muslim, for han er bange. Kan I hjælpe med det?

Mvh Sara""")

M("sp", """Hej

Min mand Søren og jeg (to mænd, gift i 2019) har budt på et rækkehus i Ishøj Landsby. Mægleren siger at sælgeren vil have svar fra kommunen om en skæv skel, før han accepterer. Kan I skynde på det?

Mvh Anders""")

M("he", """Hej

Jeg har skrevet før uden svar. Min mor på 92 har fået bevilget hjemmehjælp til bad, men det er hver gang en ny hjælper, og hun er blevet bange for at blive vasket af fremmede efter hun fik et slagtilfælde. Hun græder når de kommer.

Mvh Kirsten""")

M("", """> Den 3. nov. skrev Ishøj Kommune:
> Tak for din henvendelse om hospitalsbussen. Vi vender tilbage inden for 10 hverdage.

Hej igen

Nu er der gået 14 hverdage. Kører bussen fra Ishøj Station til Hvidovre i julen eller ej? Jeg skal bruge det til foreningens nyhedsbrev.

Mvh Ivan, Ishøj Seniorforening""")

M("h", """hej sundhedsplejen. vores lille dreng på 3 uger tager ikke på og græder hele tiden. lægen siger det kan være mælkeallergi. kan sundhedsplejersken komme før tirsdag? /Tobias (far)""")

M("", """Hej

Jeg har set at social- og sundhedsassistenter i Ishøj tjener mindre end i Brøndby. Hvorfor? Det gør det svært at rekruttere.

Mvh en borger""")

M("he", """Til udvalgsformand for Social- og Sundhedsudvalget

Jeg er 45 og har haft et alkoholproblem, som jeg nu har fået styr på. Men jeg har fået afslag på at fortsætte i dagbehandling, fordi kommunen mener jeg "er færdigbehandlet". Jeg er bange for at falde i igen. Jeg er også på kontanthjælp og har ikke råd til privat behandling.

Mvh Steffen""")

M("h", """Kære Borgerrådgiver

Min veninde Hanne har været indlagt på psykiatrisk i Glostrup siden august. Hun har bedt mig skrive fordi hun ikke selv kan: kommunen har sendt brev om at hun skal møde til en samtale om sin lejlighed, og hun kan ikke komme.

Mvh Gurli""")

M("", """Til Borgmesterens PA

Vi er en gruppe fra Ishøj Rotary, der gerne vil donere 20 iPads til plejecentrene, så beboerne kan videosnakke med familien. Hvem skal vi aftale det med?

Mvh Rotary Ishøj""")

M("he", """hej, min bedstefar er ved at blive blind og hjemmeplejen siger at han ikke må bruge komfuret mere. nu har han søgt om madordning, men det tager 4 uger. hvad spiser han så imens? /Jonas""")

M("h", """Hej

Jeg er sygemeldt fra min læreruddannelse pga. en hjernerystelse efter en cykelulykke. Jeg kan ikke læse i mere end 10 minutter. Kan kommunens bibliotek låne mig lydbøger gratis?

Mvh Ida""")
