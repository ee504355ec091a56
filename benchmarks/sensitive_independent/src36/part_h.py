"""corpus36 part H: a closing mix - a few more orientation, union, origin and paraphrase mails, and matching hard negatives."""
from common import M

M("she", """Kære Merete
Min mand Ahmad og jeg (jeg er også en mand) har fået at vide at Ahmad ikke må få besøg af mig på plejecentret uden for besøgstid, fordi jeg "ikke er familie". Han har ikke lang tid tilbage og ved ikke altid hvor han er.
Venlig hilsen
Ole Brix""")

M("s", """hey, jeg er lesbisk og træner pigefodbold i Ishøj IF. må jeg have min kæreste med som hjælpetræner? hun hedder Nanna. /Sofie""")

M("u", """Kære Pia
Jeg er medlem af Serviceforbundet og arbejder som vagt i Bycentret. Vi bliver tit chikaneret om aftenen. Kan kommunen sætte mere lys op?
Mvh Jesper Bo""")

M("ue", """hej jeg er i 3F's a-kasse og har været arbejdsløs i et halvt år. jobcentret har sendt mig i løntilskud på et plejecenter, men jeg er faglært murer. er det rimeligt? /Tommy""")

M("te", """Kære borgerrådgiver
Jeg er rumæner og arbejder på byggepladsen ved Ishøj Havn. Min arbejdsgiver har ikke betalt løn i to måneder, og jeg har ikke penge til mad. Hvor kan jeg få hjælp?
Mvh Ionut Popescu""")

M("h", """Hej Ole, jeg har været skæv i kroppen siden sidste vinter, hvor jeg gled på fortovet ved Vejleåvej og brækkede håndleddet. Jeg går stadig til genoptræning. Kan I salte bedre i år? Hilsen Bent Kromann""")

M("e", """Kære Merete
Vi har fået at vide at vores søn ikke længere må gå i klub, fordi vi skylder for tre måneder. Vi betaler så snart min kone får løn igen, hun har været uden arbejde siden august.
Mvh Tonny Gert""")

M("he", """hej, min mormor har fået en dame der kommer og giver hende øjendråber og tjekker hendes sukker hver morgen. men nu kommer der en ny hver dag og mormor bliver bange. kan hun få den samme? /Emilie""")

M("", """Kære Ole
Bussen til Hvidovre Hospital kører kun hver halve time om aftenen. Det er for lidt for besøgende. Kan kommunen tale med Movia?
Venlig hilsen
Bjørn""")

M("", """hej vores hamster har været syg og er blevet opereret hos dyrlægen lol. men spørgsmålet er om man må smide dyrlægens medicinrester i restaffald? /Laura""")

M("", """Kære udvalg
Som leder af plejecentret vil jeg gerne sige tak for de nye senge. Personalet har fået færre skader i ryggen.
Venlig hilsen
Marianne Krog, centerleder""")

M("", """Hvornår holder Ishøj Kommune sin næste jobmesse? Vi vil gerne have en stand med, vi rekrutterer lærlinge.
Mvh Ishøj Tømrer & Snedker""")

M("", """Kære Merete
Jeg forstår ikke, hvorfor prisen på madordningen til ældre er steget. Det er et spørgsmål fra vores pensionistforening, ikke fra nogen enkelt.
Venlig hilsen
Ishøj Pensionistforening""")

M("", """hej!! vores hold vandt 5-0 i weekenden og ingen kunne stå på benene bagefter haha. kan vi booke hallen til en fest? /U17 drenge""")

M("", """Kære borgmester
Jeg synes kommunen skal gøre mere for flygtninge generelt. Det er en skam at så mange sidder uden job.
Hilsen Rasmus Borg""")
