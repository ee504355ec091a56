"""corpus39 part H: late summer – youth jobs, associations, holiday care; union, partners, origin, faith."""
from common import M

M("u", """Hej

Jeg er 15 og har job i Netto. Jeg meldte mig ind i HK Ungdom i går. Min mor siger at kommunen har en vejledning om unges arbejdstid om sommeren. Hvor finder jeg den?

Mvh Liva""")

M("", """Hej UU-vejleder. Kan man få hjælp til at skrive en ansøgning til et fritidsjob? Jeg går i 8. klasse. Tak, Malik""")

M("u", """Hej kommunen

Jeg er medlem af Dansk Metal og har fået tilbudt et sommervikariat som mekaniker på kommunens materielgård. Kontrakten siger "ingen overenskomst". Det kan vel ikke passe, når kommunen har overenskomst med os?

Mvh Kenneth Poulsen""")

M("u", """Hej. Jeg var medlem af 3F i 12 år, men nu er jeg gået over til Krifa. Jeg arbejder som chauffør for kommunens flextrafik i sommerperioden. Skal lønkontoret have besked om skiftet? Mvh Poul""")

M("ue", """Hej

Jeg er blevet opsagt fra min stilling som dagplejer pr. 31. juli, og jeg har meldt mig ledig hos FOA's a-kasse. Jeg vil gerne vide om jeg kan få udbetalt min feriepenge inden. Personnr. [[120968-1284]].

Venlig hilsen
Birgit Kaas""")

M("", """Hej. Hvordan udbetales feriepenge når man stopper i kommunen midt i ferieåret? Jeg spørger som lønansvarlig i en forening. Mvh""")

M("u", """Hej Allan (byrådet)

Jeg er fællestillidsrepræsentant for Socialpædagogerne i Ishøj og vil gerne invitere dig til vores sommermøde den 20. juni. Vi vil gerne tale om normeringer på botilbuddene.

Mvh Hanne Kirk""")

M("u", """hej jeg er lærling og i Blik og Rør. min mester siger jeg ikke må holde sommerferie fordi kommunens skole skal renoveres i juli. er det lovligt? /Emil 18""")

M("", """Hej. Hvem har fået opgaven med at renovere Vibeholmskolen i sommerferien, og er der sociale klausuler om lærlinge? Mvh Blik og Rør, afdeling Sjælland""")

M("s", """Hej

Min kæreste Jonas og jeg – vi er begge mænd, hvis nogen skulle være i tvivl – vil gerne leje en kolonihave sammen. Formularen har kun plads til "ægtefælle af modsat køn". Kan I rette den?

Mvh Rasmus""")

M("s", """hej jeg (Sofie) og min kæreste Emma skal flytte sammen i august. vi er begge 19 og har fået tildelt en ungdomsbolig. kan vi stå begge på kontrakten når vi ikke er gift? mvh Sofie""")

M("", """Hej. Kan to der ikke er gift stå på samme lejekontrakt i en ungdomsbolig? Generelt spørgsmål. Mvh""")

M("sb", """Hej

Jeg er aseksuel og kristen, og jeg vil gerne være frivillig i Ishøj Kirkes sommerlejr for unge. Lejrlederen siger at der er en samtale om "parforhold", som jeg ikke vil deltage i. Hvem kan jeg tale med i kommunen, da lejren får tilskud?

Mvh Naja Lind""")

M("s", """Hej Borgmester

Min søn Mathias sprang ud som bøsse i foråret, og nu bliver han mobbet i sin fodboldklub. Han er 14. Vi har talt med træneren men intet sker. Klubben får tilskud fra kommunen. Hvad kan I gøre?

Venlig hilsen
Trine Madsen""")

M("", """Hej. Har kommunen en politik mod homofobi i de foreninger der får tilskud? Mvh en træner""")

M("s", """Hej. Jeg er biseksuel og vil gerne være med i kommunens nye ungeråd, men jeg vil gerne vide om der er plads til LGBT-emner i rådet. Mvh Oscar, 17""")

M("t", """Hej

Vi er en dansk-tyrkisk familie og vil gerne holde sommerfest med grill i Ishøj Strandpark for 80 personer. Sidste år kom parkbetjenten og sagde at "jeres slags" skulle gå hjem kl. 20. Kan I sørge for at det ikke sker igen?

Mvh Emine""")

M("t", """Hej. Jeg er adopteret fra Colombia og vil gerne finde min fødselsattest. Skal jeg kontakte kommunen eller Ankestyrelsen? Mit cpr er [[300892-1846]]. Mvh Mariana Holm""")

M("", """Hej. Hvor mange adoptivbørn bor der i Ishøj? Jeg skriver en opgave. Mvh Laura""")

M("t", """Hej

Jeg er romani og min søn er blevet afvist i ungdomsklubben i sommerferien, fordi "der har været ballade med hans fætre". Han har aldrig selv lavet noget. Hvem træffer den slags beslutninger?

Mvh Dragan""")

M("b", """Hej

Jeg er medlem af Konservative og sidder i bestyrelsen for Ishøj Sejlklub. Vi vil gerne høre om kommunen vil støtte et nyt klubhus. Det er ikke et partiønske, men jeg vil ikke skjule hvor jeg står.

Mvh Torben Krogh""")

M("b", """Hej. Jeg er muslim og vil gerne bede fredagsbøn i min frokostpause på mit sommerjob i Ishøj Idrætscenter. Er der et sted jeg kan være? Mvh Yasin, 17""")

M("", """Hej. Hvornår er der fredagsbøn i moskeen i Ishøj? Vi er på besøg fra Odense. Tak""")

M("be", """Hej

Jeg er medlem af Enhedslisten og lever af kontanthjælp. Jeg har skrevet til Beskæftigelsesudvalget om at jeg gerne vil tage et sommerjob uden at miste hjælpen. Jeg har fået et standardsvar. Kan jeg få et rigtigt svar?

Mvh Sune Holt""")

M("h", """Hej

Jeg er gravid i 5. måned og har fået sommerjob i kommunens park. Min læge siger jeg ikke må løfte over 10 kg. Kan jobbet tilpasses? Min leder siger jeg skal skrive til kommunen.

Mvh Amalie""")

M("", """Hej. Hvilke regler gælder for gravide ansatte i kommunen om tunge løft? Det er til vores personalehåndbog i foreningen. Mvh""")

M("he", """Hej

Min søn Jakob på 13 har Downs syndrom og har fået bevilget aflastning i sommerferien, men aflastningsstedet holder lukket i uge 29. Kan I finde et andet sted? Hans cpr er [[0403124419]].

Mvh Mette""")

M("", """Hej. Hvilke aflastningstilbud findes der i Ishøj for børn med handicap i sommerferien? Vi er en forældreforening. Mvh Landsforeningen Autisme, lokalafdelingen""")

M("e", """Hej

Jeg er bevilget ledsageordning, men min ledsager holder ferie hele juli. Kan jeg få en vikar, så jeg kan komme til min datters bryllup den 12. juli? Personnummer [[1402641118]].

Mvh Erik Lauritsen""")

M("", """Hej, er der nogen der ved hvornår Ishøj Bibliotek holder åbent i sommerferien? Tak. Vh Mira""")

M("", """Hej. Jeg har et pasnummer der hedder 2405 9914 og skal bruge et nyt pas inden rejsen til Spanien. Hvor hurtigt kan Borgerservice lave det? Mvh Bo""")

M("", """Kære byråd. Tak for en fantastisk sankthansaften ved Ishøj Strand. Båltalen var god, og børnene elskede heksen. Mvh en glad familie""")

M("", """Hej. Jeg fik en parkeringsbøde ved stranden med nummer 0107251145. Jeg stod på en lovlig plads. Hvordan klager jeg? Mvh Jan""")
