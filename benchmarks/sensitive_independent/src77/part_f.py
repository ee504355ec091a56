"""corpus77 part F: retirement and pensions; graduations and the first steps after them."""
from common import M

M("e", """Hej

Jeg fylder 67 i februar og skal på folkepension 1. marts. Skal jeg selv søge, eller
kommer der et brev? Jeg har arbejdet på Ishøj Havn i 38 år og har aldrig haft noget med
kommunen at gøre.

Venlig hilsen
Flemming Juhl""")

M("", """Kære kolleger

Bente fra Borgerservice går på pension efter 41 år i kommunen. Vi holder
afskedsreception fredag den 28. november kl. 14 i kantinen. Tilmelding til Susan af hensyn
til kagen, og bidrag til gaven kan indbetales på MobilePay 12 34 56.

Venlig hilsen
Center for Borger, Økonomi og IT""")

M("u", """Hej

Jeg har været medlem af HK i 42 år og går på pension til nytår fra min stilling i
lønafdelingen. HK's seniorklub mødes i Ishøj Kulturhus. Kan kommunen fortsat låne dem
lokalet gratis, når jeg ikke længere er ansat?

Venlig hilsen
Inger Skov""")

M("he", """Hej borgerrådgiver

Jeg har leddegigt og har fået tilkendt førtidspension efter tre år med afklaring. Nu
siger Udbetaling Danmark at min pension er beregnet forkert, fordi kommunen har skrevet
en forkert startdato. Hvem retter det?

Venlig hilsen
Annette Krog""")

M("", """Hej kommunen

Vi er Ishøj Gymnasium. Studenterne kører rundt 26. juni. Må vognene holde 10 minutter
ved rådhuset, og skal vi søge om tilladelse til at spærre en del af pladsen?

Venlig hilsen
Rektoratet""")

M("t", """Hej

Min datter bliver student til sommer. Vi er fra Irak og hele familien kommer fra
Sverige og Tyskland. Må vi holde fest i Ishøj Strandpark med telt for 80 personer?

Venlig hilsen
Haider""")

M("b", """Hej frivilligcentret

Jeg går på pension til januar og vil gerne bruge min tid. Jeg har været aktiv i
Enhedslisten i mange år, og jeg vil gerne hjælpe med lektiecafé for børn. Har I brug for
en frivillig med 40 års erfaring som lærer?

Venlig hilsen
Aase""")

M("s", """Hej

Min mand Bjørn og jeg går begge på pension til sommer. Vi har hørt om et nyt
seniorbofællesskab ved Ishøj Landsby. Hvornår kommer der information om det, og hvordan
kommer man på listen?

Venlig hilsen
Hans Erik""")

M("p", """Hej

Vi er gået på pension og vil sælge vores hus på Pilemøllevej. Der er en køber, som har
skrevet under med forbehold for, at kommunen bekræfter at kælderen er lovlig til beboelse.
Kan I finde papirerne?

Venlig hilsen
Jørgen og Vibeke""")

M("e", """Ansøgning om ældrecheck

Jeg har kun folkepension og en lille arbejdsmarkedspension. Jeg fik ikke ældrecheck i
år, men min nabo med mere end mig fik. Kan I undersøge det?

Erna Poulsen, [[120550-0478]]""")

M("", """Hej

Til Seniorrådet: hvor mange borgere i Ishøj modtager folkepension, og hvor mange er på
seniorpension eller tidlig pension? Kun tal, gerne fra 2025.

Venlig hilsen
Johnny, Seniorrådet""")

M("e", """Hej

Jeg er 63 og har efterløn fra april. Jeg vil gerne arbejde 10 timer om ugen i
Ishøj Bibliotek som vikar. Hvordan regner jeg ud hvor meget der bliver trukket i min
efterløn?

Mvh Lene""")

M("tu", """Hej

Jeg er lige blevet færdig som social- og sundhedsassistent. Jeg er fra Somalia og kom
hertil som 14-årig. Jeg er med i FOA. Jeg har søgt job i hjemmeplejen i Ishøj to gange
uden svar. Kan I fortælle hvorfor?

Hodan Abdi""")

M("h", """Kære Ishøj Gymnasium og kommunen

Vores datter Clara bliver student i juni, men hun har leukæmi og er i kemobehandling. Hun
kan ikke køre med vognen hele dagen. Må vognen stoppe ved vores hus i Ishøj Landsby så
hun kan være med den sidste time?

Venlig hilsen
Mette og Kasper""")

M("", """Hello,

Quick general question: what is the retirement age in Denmark for people born in 1970,
and does the municipality handle the application? It's for a comparison in a newsletter.

Thanks,
Anna Berg, Nordic Pension Review""")

M("e", """Hej

Vores søn er blevet student og fylder 18. Nu stopper børne- og ungeydelsen, og han har
søgt SU. Han bor stadig hjemme. Kan vi så stadig få boligstøtte for ham?

Mvh Mette""")

M("sb", """Hej menighedsråd og kommune

Min kone Lis og jeg er netop gået på pension, og vi vil gerne være frivillige. Vi går i
Torslunde Kirke hver søndag. Kan vi hjælpe med kirkekaffe eller med ældre der skal
køres til gudstjeneste?

Venlig hilsen
Karen Holst""")

M("he", """Hej jobcentret

Jeg har søgt seniorpension, fordi min ryg er slidt efter 40 år som tømrer. Jeg har fået
afslag. Jeg vil klage. Hvem sender jeg det til?

Per Nygaard
[[210961\u00a01135]]""")

M("", """Hej

Hvornår er pensionistforeningens julefrokost i Medborgerhuset i år, og er der bus fra
Ishøj Nord? Opslaget på biblioteket er revet ned.

Hilsen Kaj""")

M("te", """Hola

Jeg er oprindeligt fra Chile og har boet i Ishøj siden 1975. Jeg går på folkepension
til foråret og vil bo halvdelen af året i Valparaíso. Mister jeg min pension, hvis jeg
er ude for længe?

Venlig hilsen
Jorge Muñoz""")

M("u", """Til skolelederen og HR

Jeg er medlem af DLF og går på pension efter sommerferien. Kollegerne vil holde en
afskedsreception for mig. Må den ligge i arbejdstiden en fredag, og må kredsformanden fra
DLF holde tale?

Venlig hilsen
Jens Kold""")

M("e", """Hej

Jeg har fået afslag på boligstøtte, fordi min pension er for høj. Men huslejen er steget
1.200 kr. og jeg har ikke mere. Kan det være rigtigt?

Grete Hansen, [[150346 0252]]""")

M("", """Kære alle

Byrådet inviterer til afskedsreception for skoleleder Ulla Steen, der går på pension efter
25 år på Strandgårdskolen. Torsdag den 18. december kl. 15 i skolens aula. Alle er
velkomne.

Venlig hilsen
Skoleafdelingen""")

M("p", """Hej

Min mor på 80 vil sælge sit rækkehus på Tranegilde Strandvej, og naboen har budt, men hun
er usikker på prisen. Hun vil have kommunen til at sige hvad grunden er vurderet til
inden hun siger ja.

Mvh Ole""")

M("he", """Hej borgerrådgiveren

Jeg er murer og har knæ og skuldre der ikke kan mere. Jeg har søgt seniorpension, og
kommunen siger at jeg kan arbejde 20 timer. Lægen siger noget andet. Er det normalt at
kommunen ikke læser lægens papirer?

Venlig hilsen
Svend""")

M("b", """Hej

Min datter Leila bliver student fra Ishøj Gymnasium og går med tørklæde. Hun vil gerne
have studenterhuen over tørklædet på dimissionsbilledet, som kommunen bruger til
velkomstfolderen. Er det i orden?

Venlig hilsen
Amira""")

M("s", """Hej Kultur og Fritid

Jeg er lige blevet færdig som socialrådgiver og vil gerne starte et LGBT+-netværk for unge
i Ishøj. Jeg er selv bøsse og voksede op her uden nogen at tale med. Kan vi låne et lokale
i Kulturhuset en gang om måneden?

Mvh Emil""")

M("", """Hej

Hvor mange unge fra Ishøj blev student i 2025, og hvor mange tog en erhvervsuddannelse?
Tallene skal bruges til Børne- og Skoleudvalgets temamøde.

Venlig hilsen
Jannie, udvalgssekretær""")

M("e", """hej

er lige blevet færdig som cand.mag. i juni og har ikke fået job endnu. er tilmeldt
jobcentret og får dimittendsats. skal jeg virkelig søge 20 stillinger om måneden?

Freja""")

M("ue", """Hej

Jeg er nyuddannet økonom og medlem af Djøf og deres a-kasse. Jeg har fået indkaldelse
til samtale hos jobcentret den 3. december, men jeg er til jobsamtale i Aarhus den dag.
Kan min samtale flyttes?

Venlig hilsen
Rasmus Lyng""")

M("t", """Hej

Vores familie er fra Vietnam, og vores datter Linh er den første i familien der bliver
student. Vi vil hænge flag op på vores altan på Vildtbanegård. Må vi det, og må vi hænge
det vietnamesiske ved siden af Dannebrog?

Mvh Nguyen Van Hai""")

M("e", """Ansøgning om folkepension

Jeg søger folkepension fra 1. april 2027. Min kone er allerede pensionist.

Ansøger: Leif Bach, [[140360–1209]]
Ægtefælle: Hanne Bach, [[030859-2616]]

Venlig hilsen
Leif""")

M("", """Til kirkebladets redaktion

Hvilke datoer i april og maj 2027 er der konfirmationer i Ishøj Kirke og i Torslunde
Kirke? Vi sætter dem i kommunens arrangementskalender sammen med gymnasiernes
dimissioner.

Venlig hilsen
Kommunikation""")

M("b", """Hej

Jeg har været præst i frikirken i Ishøj i 31 år og går på pension til påske. Menigheden
vil gerne holde en afskedsfest for mig i Idrætscentret. Hvad koster det at leje hallen en
lørdag?

Venlig hilsen
Pastor Jørgen Hviid""")

M("he", """Hej jobcentret

jeg har lige fået mit svendebrev som elektriker men jeg har ADHD og har svært ved
jobsamtaler. min mentor fra skolen siger jeg kan få hjælp hos jer. hvordan?

Mvh Oliver""")

M("e", """Til visitationen

Jeg er 82 og kan ikke længere støvsuge. Jeg vil gerne søge om rengøringshjælp hver
anden uge. Jeg bor alene på 2. sal uden elevator.

Venlig hilsen
Ruth Lassen""")

M("", """Hej

Hvornår er dimissionsfesten på 10. klassecentret? Invitationen er kommet på Aula, men der
står ikke klokkeslæt.

Hilsen Mona, mor til en dimittend""")

M("se", """Hej

Min mand Per og jeg er begge på folkepension og har søgt om at komme på ventelisten til
en ældrebolig på Ishøjhøj. Kan vi stå på listen sammen, eller skal vi søges hver for sig?

Venlig hilsen
Lars Petersen""")

M("tb", """Hej

Vi er fra Bangladesh og vores søn har fået sin eksamen som ingeniør. Vi holder milad med
koranlæsning hjemme på lørdag, og der kommer mange. Skal vi give boligselskabet eller
kommunen besked om parkering?

Rahim""")

M("pe", """Hej

Jeg er pensionist og har gæld til banken, som jeg ikke kan betale. Jeg er ved at sælge mit
sommerhus i Dragør, og der er et bud. Vil det påvirke min boligstøtte, hvis salget går
igennem?

Mvh Birte""")

M("u", """Hej HR

Jeg har været tillidsrepræsentant for 3F på rensningsanlægget i 20 år og går på pension
31. januar. Kan valget af min afløser holdes før jeg stopper, så der ikke er et hul?

Venlig hilsen
Kurt Mogensen""")

M("", """Til lønafdelingen, Ishøj Kommune

Vi har modtaget en pensionsindbetaling uden navn. Policenr. 1203511234, kundenr.
0601784411, beløb 4.312,50 kr. Kan I oplyse hvilken medarbejder den vedrører?

Venlig hilsen
PensionDanmark, indbetalinger""")

M("h", """Hej kolleger og HR

Jeg har haft long covid siden marts og har ikke kræfter til en stor afskedsreception, når
jeg går på pension. Kan vi bare nøjes med kaffe i teamet? Jeg vil ikke være til besvær.

Kh Susanne""")

M("", """Hej

Jeg skriver en artikel til Ishøj Avis. Hvad er fristen for at søge seniorpension, og
hvor lang er sagsbehandlingstiden i Ishøj lige nu? Det er et generelt spørgsmål.

Venlig hilsen
Bo Winther, journalist""")

M("tp", """Hej

Jeg er fra Island og har boet i Ishøj siden 1988. Nu hvor jeg går på pension, vil jeg
sælge min lejlighed på Vejleåvej og flytte hjem til Akureyri. En køber har budt, men vil
have at I bekræfter at altanen er godkendt.

Kveðja,
Guðrún""")

M("", """Kære alle i Vej og Park

Ole går på pension efter 34 år som maskinfører. Vi siger farvel med pølser og
lagkage på materielgården torsdag kl. 13. Alle tidligere kolleger er velkomne.

Hilsen Driftslederen""")
