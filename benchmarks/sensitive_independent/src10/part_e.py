"""corpus10, part E: mails with a quoted earlier reply from the municipality or a
forwarded mail from someone else; long mails covering several topics and
several people."""
from common import M

M("hp", """Hej igen

Jeg forstår ikke jeres svar nedenfor. Vi har et bud på huset fra en køber, der trækker sig, hvis
vi ikke kan dokumentere at kælderen er lovligt indrettet. Vi skal sælge fordi min mand har fået
en hjerneskade og ikke kan bo i et hus med trapper.

Mvh. Lena Brodersen

> Fra: Byggesag, Center for Byudvikling og Natur
> Sendt: 2. september
> Emne: SV: Kælder Vejleåvej 15
>
> Kære Lena Brodersen
> Tak for din henvendelse. Vi har ikke registreret nogen ansøgning om indretning af kælder til
> beboelse. Vi kan derfor ikke bekræfte at kælderen er lovlig.
> Med venlig hilsen
> Byggesagsteamet""")

M("", """Hej igen

Tak for svaret nedenfor, men jeg har stadig ikke fået at vide hvornår vejen bliver repareret. Der er
huller på over 10 cm.

Mvh. Ove Strand

> Fra: Vej og Park
> Sendt: 14. maj
> Kære Ove Strand
> Tak for din henvendelse om Gadekærvej. Vi har registreret skaden og forventer at udbedre den
> i løbet af sommeren.
> Med venlig hilsen
> Vej og Park, Ishøj Kommune""")

M("s", """Til hovedpostkassen

Jeg videresender nedenstående, som jeg har fået fra min søns skole. Jeg synes ikke det er i orden
at en lærer skriver sådan om vores familie i en mail til klassens forældre.

Mads Overgaard

---------- Videresendt meddelelse ----------
Fra: klasselærer 5.B, Strandgårdskolen
Til: forældre i 5.B
Emne: Forældremøde

Kære forældre. Vi holder forældremøde torsdag kl. 18. Da Viggos to fædre begge plejer at komme,
vil jeg bede om at der tages en ekstra stol med, så vi ikke løber tør. :-)""")

M("", """Til hovedpostkassen

Jeg videresender nedenstående fra skolen. Forældremødet er lagt på et tidspunkt hvor mange ikke
kan. Kan kommunen ikke lave en fælles regel om at møder ligger efter kl. 17?

Mads

---------- Videresendt meddelelse ----------
Fra: klasselærer 5.B, Strandgårdskolen
Emne: Forældremøde
Kære forældre. Vi holder forældremøde torsdag kl. 15.30. Vel mødt.""")

M("ue", """Kære Jan Sørensen

Jeg videresender min mail til jobcentret, som ingen har svaret på. Jeg håber at du som
byrådsmedlem kan få dem til at reagere.

Venlig hilsen
Gert Kjærulff

-------- Oprindelig meddelelse --------
Fra: Gert Kjærulff
Til: Jobcenter Ishøj
Emne: Min dagpengeperiode

Min dagpengeperiode udløber den 1. december. Min a-kasse, Det Faglige Hus, siger at jeg skal
kontakte jer om kontanthjælp. Jeg har ingen opsparing og min kone tjener ikke nok til os begge.
Hvad gør jeg?
Gert Kjærulff, cpr [[2109642517]]""")

M("", """Kære Jan Sørensen

Jeg videresender min mail til Vej og Park, som ingen har svaret på. Jeg håber at du som
byrådsmedlem kan få dem til at reagere.

Venlig hilsen
Gert Kjærulff

-------- Oprindelig meddelelse --------
Til: Vej og Park
Emne: Skilt på Vejlebrovej
Skiltet ved indkørslen til Vejlebrovej er væltet. Det har ligget der siden juli.""")

M("tb", """Kære borgerrådgiver

Nedenfor er det svar jeg fik fra Center for Børn og Forebyggelse. Jeg er ikke tilfreds.

Min datter Hiba på 8 har fået besked af sin SFO om at hun skal tage sit tørklæde af til
idrætsdag. Vi er muslimer, og hun har selv valgt at bære det. Vi er fra Syrien og har kun boet i
Danmark i fire år, så jeg kender ikke reglerne, men jeg synes ikke det er rimeligt.

Mvh. Khaled Al-Hassan

> Kære Khaled Al-Hassan
> Tak for din henvendelse. Det er den enkelte institution der fastsætter retningslinjer for
> sikkerhed ved idræt. Vi har forelagt sagen for SFO-lederen, der fastholder beslutningen.
> Med venlig hilsen
> Center for Børn og Forebyggelse""")

M("", """Kære borgerrådgiver

Nedenfor er det svar jeg fik fra Center for Børn og Forebyggelse. Min datter må ikke have
smykker på til idrætsdag, heller ikke små øreringe. Jeg synes det er overdrevet.

Mvh. Jannie

> Kære Jannie
> Tak for din henvendelse. Det er den enkelte institution der fastsætter retningslinjer for
> sikkerhed ved idræt.
> Med venlig hilsen
> Center for Børn og Forebyggelse""")

M("p", """Hej Sofie

Vedhæftet er mailen fra vores ejendomsmægler. Vi har en køber til huset på Ishøj Landevej 92, men
han trækker sig hvis kommunen ikke vil give en dispensation til at beholde udhuset. Vi har søgt for
seks uger siden. Kan du få fart på?

Mvh. Bente og Leif Overby

---------- Videresendt ----------
Fra: Mægler Jesper Holst, EDC Ishøj
Kære Bente og Leif. Køber har oplyst at han vil trække sit bud på 3.150.000 kr. tilbage den 1.
november, hvis kommunen ikke har afgjort dispensationssagen inden. Med venlig hilsen, Jesper""")

M("", """Hej Sofie

Vi solgte huset på Ishøj Landevej 92 i foråret, og handlen er afsluttet. Nu har den nye ejer fået
et påbud om at fjerne udhuset, og han mener at vi skulle have oplyst om det. Kan kommunen
bekræfte at udhuset blev godkendt i 1994?

Mvh. Bente og Leif Overby""")

M("hse", """Til hovedpostkassen — videresendt fra byrådsmedlem Anders Wind

Anders har bedt mig sende min mail videre til jer, fordi den handler om en konkret sag.

Min kæreste Jonas har kræft i bugspytkirtlen og er lige blevet udskrevet fra Herlev. Vi bor
sammen, men er ikke gift, og hjemmeplejen vil ikke tale med mig om hans medicin, fordi jeg ikke
står som pårørende. Jonas har givet mig fuldmagt. Kan I rette det, så jeg kan hjælpe min kæreste?

Med venlig hilsen
Morten Sejr""")

M("", """Til hovedpostkassen — videresendt fra byrådsmedlem Anders Wind

Anders har bedt mig sende mit spørgsmål videre til jer. Hvordan registrerer man sig som nærmeste
pårørende hos kommunen, hvis man ikke er gift? Jeg spørger for at være forberedt.

Med venlig hilsen
Morten Sejr""")

M("hetu", """Til borgerrådgiveren

Jeg har flere ting jeg gerne vil have hjælp til, så undskyld at mailen er lang.

1) Min mand, Hamid Sadiqi ([[120971-3349]]), er sygemeldt med PTSD efter sin tid som tolk for den
danske hær i Afghanistan, hvor vi kommer fra. Hans sagsbehandler har skiftet fire gange på et år,
og hver gang skal han fortælle om krigen igen. Det gør ham dårligere.

2) Jeg arbejder selv som rengøringsassistent og er medlem af Serviceforbundet. Min leder vil ikke
give mig fri til Hamids lægeaftaler, selv om overenskomsten giver ret til det. Det ved jeg godt
ikke er kommunens sag, men jeg nævner det fordi det gør alt sværere.

3) Vores søn Farid ([[030509-4128]]) går i 10. klasse og har fået afslag på et ungdomskort,
fordi vi ikke har sendt en indkomstoplysning. Den sendte vi i august.

4) Vi har en restance på varmeregningen på 6.200 kr., som vi ikke kan betale før sygedagpengene
kommer.

Jeg håber at I kan hjælpe os med at få én kontaktperson.

Med venlig hilsen
Zarmina Sadiqi""")

M("", """Til borgerrådgiveren

Jeg har flere ting, så undskyld den lange mail.

1) Stien bag Ishøj Skole er ikke oplyst om vinteren.
2) Parkeringspladsen ved Ishøj Bibliotek er for lille.
3) Der mangler en skraldespand ved legepladsen i Strandparken.
4) Jeg har skrevet om alle tre ting til kommunen i foråret og har ikke fået svar — jeres
   kvittering havde journalnr. 2025-004417.

Med venlig hilsen
Ingelise""")

M("t", """Hej Karina

Se nedenfor. Det er den besked min søn fik fra en klassekammerat på Snapchat, og som skolen mener
er "en konflikt mellem to drenge". Min søn er halvt somalisk og halvt dansk, og det er ikke første
gang.

Mvh. Mette Warsame

----- Videresendt besked -----
"skrid hjem til afrika din halvabe, ingen vil ha dig her" """)

M("", """Hej Karina

Se nedenfor. Det er den besked min søn fik fra en klassekammerat på Snapchat, og som skolen mener er
"en konflikt mellem to drenge". Jeg synes skolen skal tage mobning på sociale medier alvorligt.

Mvh. Mette

----- Videresendt besked -----
"du er så dum, ingen gider at være sammen med dig" """)

M("u", """Til hovedpostkassen

Videresendt fra min fagforening. Jeg har fået at vide at jeg skal sende det til jer, fordi
kommunen er arbejdsgiver for mit praktikforløb.

Hilsen Ida Sommer

---------- Videresendt meddelelse ----------
Fra: HK Hovedstaden, medlemsservice
Til: Ida Sommer
Kære Ida. Som medlem af HK har du ret til at få gennemgået din praktikaftale. Vi anbefaler at du
beder kommunen om en skriftlig bekræftelse på dine arbejdstider.""")

M("", """Til hovedpostkassen

Videresendt fra uddannelsesstedet. Jeg skal sende jer min praktikaftale, og de skriver at I skal
underskrive inden den 1.

Hilsen Ida Sommer

---------- Videresendt meddelelse ----------
Fra: Professionshøjskolen, praktikkoordinator
Kære Ida. Husk at få praktikaftalen underskrevet af praktikstedet.""")

M("se", """Kære borgerrådgiver

Jeg vedlægger mailtråden med familieafdelingen nedenfor. Min datter Emma på 16 har fortalt mig at
hun er lesbisk, og hun ønsker ikke at hendes far, der har samvær, får det at vide endnu. Jeg er
bange for at sagsbehandleren har skrevet det i et referat, som hendes far har fået kopi af. Kan I
hjælpe mig med at finde ud af det?

Mvh. Anne Kjeldgaard

> Kære Anne
> Referatet fra mødet er sendt til begge forældremyndighedsindehavere, som vi er forpligtet til.
> Med venlig hilsen
> Familieafdelingen""")

M("p", """Kære borgmester

Jeg sender dig hermed den mail jeg har sendt til Center for Byudvikling og Natur om vores
forhandlinger om køb af kommunens grund ved Ishøj Havn, fordi der ikke sker noget.

Med venlig hilsen
Direktør Jens Thorsø, Thorsø Byg A/S

> Til Center for Byudvikling og Natur
> Vi har den 2. april afgivet et bud på 8,2 mio. kr. på grunden matr. 21c, Ishøj By, med forbehold
> for lokalplanen. Vi har fået at vide at kommunen forhandler med en anden byder, men vi har
> ikke fået noget svar på vores bud. Kan vi få en status?""")

M("", """Kære borgmester

Hvornår sætter kommunen de sidste erhvervsgrunde ved Ishøj Havn til salg? Vi er et byggefirma der
følger med i området og vil gerne vide om der kommer et offentligt udbud.

Med venlig hilsen
Thorsø Byg A/S""")

M("he", """Til Center for Voksne og Velfærd

Jeg skriver på vegne af min far, Jørgen Skov, [[061141–2203]], og vedhæfter mailtråden med
plejecentret nedenfor. Far har Parkinsons og fik i sidste uge en lungebetændelse, som
personalet ikke opdagede før han var meget dårlig. Han blev indlagt på Hvidovre i fire dage. Jeg
vil gerne have en forklaring og en plan.

Ulla Skov Madsen

> Kære Ulla
> Vi har noteret din bekymring. Din far har det bedre nu og spiser igen. Vi vil gennemgå
> forløbet på næste personalemøde.
> Plejecentret Bøgebakken""")

M("", """Til Center for Voksne og Velfærd

Jeg sidder i Ældrerådet og vedhæfter mailtråden med plejecentret nedenfor. Jeg synes det er for
dårligt at der ikke er en fast kontaktperson for de pårørende til beboerrådet.

Ulla

> Kære Ulla. Beboerrådet mødes den første tirsdag i måneden. Alle pårørende er velkomne.
> Plejecentret Bøgebakken""")

M("tu", """Hej Lars

Jeg videresender beskeden fra min leder i hjemmeplejen nedenfor. Jeg er født i Polen og har
arbejdet i Ishøj Kommune i 11 år. Efter at jeg blev valgt som tillidsrepræsentant for FOA, har
min leder sagt at "polakker skal ikke komme her og lave ballade". Jeg ved godt at du ikke kan
behandle personalesager, men jeg vil gerne have at en politiker kender til det.

Agnieszka Nowak

---- Videresendt ----
Fra: Teamleder, Hjemmeplejen Syd
"Agnieszka, vi skal have en snak om din tone på mødet. Husk hvor du kommer fra." """)

M("", """Hej Lars

Jeg videresender beskeden fra min leder i hjemmeplejen nedenfor. Vi har fået nye vagtplaner med
kun tre dages varsel. Jeg synes politikerne skal vide hvordan det står til.

Agnieszka

---- Videresendt ----
Fra: Teamleder, Hjemmeplejen Syd
"Vagtplanen for uge 46 er ændret. Se den i appen." """)

M("b", """Kære Mette

Du skrev til mig nedenfor at jeg skulle skrive til administrationen. Det har jeg gjort, og de
henviser tilbage til dig. Sagen er stadig den samme: Jeg er medlem af Det Konservative Folkeparti og
sidder i bestyrelsen for vælgerforeningen, og vi har fået nej til at leje et lokale på biblioteket
til et medlemsmøde, fordi "politiske partier ikke må låne lokaler". Andre partier har lånt lokaler.

Mvh. Jens Otto Holm

> Kære Jens Otto
> Tak for din mail. Det er et administrativt spørgsmål. Skriv venligst til Kultur og Fritid.
> Mette""")

M("", """Kære Mette

Du skrev til mig nedenfor at jeg skulle skrive til administrationen. Det har jeg gjort, og de
henviser tilbage til dig. Hvem bestemmer egentlig om politiske partier må låne lokaler på
biblioteket?

Mvh. Jens Otto Holm

> Kære Jens Otto
> Tak for din mail. Det er et administrativt spørgsmål. Skriv venligst til Kultur og Fritid.
> Mette""")

M("pe", """Kære Center for Borger, Økonomi og IT

Vores hus på Pilemøllevej 21 skal på tvangsauktion den 19. november, fordi vi ikke har kunnet
betale lånene efter at min kone mistede sit job. Vi har fundet en køber i sidste øjeblik, og han
har budt 2,4 mio. Banken er positiv, men kommunen har pant for ejendomsskatten. Vil I give
afkald på en del af restancen, så handlen kan nå at gå igennem før auktionen?

Nedenfor er mailen fra banken.

Søren Rahbek

> Kære Søren. Vi kan acceptere købers bud, hvis kommunen som panthaver også giver tilsagn.
> Venlig hilsen, Nykredit""")

M("", """Kære Center for Borger, Økonomi og IT

Hvordan fungerer det når kommunen har pant i en ejendom for ejendomsskat, og ejendommen sælges?
Jeg er ejendomsmægler og får spørgsmålet jævnligt fra kunder.

Med venlig hilsen
Kirsten Dahl, Nybolig Ishøj""")

M("hetb", """Til borgerrådgiveren

Min svoger, Abdi Nur, har bedt mig skrive, fordi han ikke selv skriver dansk. Jeg har hans fuldmagt.

Abdi er somalier og muslim. Han fik en blodprop i hjernen i foråret, og han har ikke kunnet
arbejde siden. Han har nu søgt om førtidspension. I afgørelsen, som jeg har kopieret ind nedenfor,
står der at "borgeren ikke har udnyttet sine muligheder for at lære dansk". Det har intet med hans
helbred at gøre. Desuden har hans sagsbehandler sagt til ham at han "kunne da bare bede mindre og
træne mere". Det vil vi gerne klage over.

Abdis cpr-nummer er [[090878-3391]].

Med venlig hilsen
Hodan Ali

> Uddrag af afgørelse af 12. september:
> Det er vurderet at borgeren har en restarbejdsevne, og at borgeren ikke har udnyttet sine
> muligheder for at lære dansk. Ansøgningen om førtidspension afvises.""")

M("", """Til borgerrådgiveren

Jeg ville gerne vide hvad borgerrådgiveren kan hjælpe med, når det gælder afgørelser om
førtidspension. Kan I ændre en afgørelse, eller er det kun Ankestyrelsen? Jeg arbejder som
frivillig rådgiver i Ishøj Frivilligcenter.

Mvh. Hodan""")

M("sb", """Kære Sofie

Jeg videresender invitationen herunder. Vi holder bryllup i Ishøj Kirke den 14. juni, og det er
første gang kirken vier to kvinder. Vi ville gerne have en byrådspolitiker med, fordi det betyder
meget for os. Du kender os fra tennisklubben.

Kh Signe og Malene

---------- Videresendt ----------
Signe og Malene siger ja til hinanden den 14. juni kl. 13 i Ishøj Kirke. Reception i Ishøj
Tennisklub bagefter.""")

M("", """Kære Sofie

Jeg videresender invitationen herunder til indvielsen af den nye tennisbane i Ishøj Tennisklub. Vi
ville gerne have en byrådspolitiker med.

Kh Signe, formand

---------- Videresendt ----------
Ishøj Tennisklub indvier bane 5 lørdag den 14. juni kl. 13. Alle er velkomne.""")

M("p", """Kære Jan

Jeg sender den mail jeg fik fra mægleren nedenfor. Vores nabo på Torslundevej 12 vil sælge sin grund
til en udvikler, der vil bygge seks rækkehuse. Vi har hørt at køberen venter på kommunens
tilkendegivelse, før de skriver under. Vi er meget bekymrede.

Mvh. Inge og Aksel Brandt

> Kære naboer. Som I måske har hørt er Torslundevej 12 sat til salg. Der er interesse fra en
> professionel køber. Handlen er ikke på plads. Venlig hilsen, mægleren""")

M("", """Kære Jan

Hvad er kommunens holdning til at ældre villagrunde i Torslunde bliver udstykket til rækkehuse?
Vi er bekymrede for landsbymiljøet.

Mvh. Inge og Aksel Brandt""")

M("u", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Lederne og har fået et tilbud fra dem om et kursus i konflikthåndtering. Min
arbejdsgiver er Ishøj Kommune (Teknisk Service). Min leder har skrevet at jeg skal søge hos jer.
Se hans mail nedenfor.

Mvh. Claus Kjær

> Claus, det er HR der godkender kurser. Skriv til dem. / Brian""")

M("", """Til Center for Beskæftigelse og Erhverv

Min arbejdsgiver er Ishøj Kommune (Teknisk Service). Min leder har skrevet at jeg skal søge hos
jer om et kursus i konflikthåndtering. Se hans mail nedenfor.

Mvh. Claus Kjær

> Claus, det er HR der godkender kurser. Skriv til dem. / Brian""")

M("eh", """Kære borgerrådgiver

Jeg har gennem et halvt år skrevet med Center for Børn og Forebyggelse om min søn Lucas, der er
anbragt i familiepleje. Deres sidste svar står nedenfor. Lucas har fået diagnosen
tilknytningsforstyrrelse, og plejefamilien har bedt om aflastning, men intet sker. Jeg vil gerne
have at borgerrådgiveren ser på hele forløbet.

Sanne

> Kære Sanne. Vi har modtaget din henvendelse og vil vende tilbage, når sagen er drøftet på
> teammødet. Venlig hilsen, familieafdelingen""")

M("tb", """Hej Ahmed

Tak for dit svar nedenfor. Jeg er stadig uenig. Jeg er kurder og alevit, og for os er det vigtigt at
cemevi (vores forsamlingshus) ikke bliver lagt sammen med moskéforeningen i det nye kulturhus. Vi
er ikke muslimer i den forstand kommunen tror.

Mvh. Hüseyin Doğan

> Kære Hüseyin
> Tak for din mail. Forslaget er at alle trossamfund deler lokalerne i det nye kulturhus.
> Ahmed""")

M("", """Hej Ahmed

Tak for dit svar nedenfor. Jeg synes stadig det er en dårlig idé at samle alle foreninger i ét
kulturhus. Der bliver for lidt plads.

Mvh. Hüseyin

> Kære Hüseyin
> Tak for din mail. Forslaget er at alle foreninger deler lokalerne i det nye kulturhus.
> Ahmed""")

M("h", """Hej igen

Jeg sendte jer nedenstående for tre uger siden. Jeg er gravid i 7. måned og har svær
bækkenløsning. Jeg kan ikke gå de 800 meter til skolebussen med min søn, og jeg har spurgt om han kan
få kørsel i en periode. Jeg har stadig ikke fået svar.

Mvh. Amalie Hvid

> Fra: Amalie Hvid
> Sendt: 1. oktober
> Til: Skoleafdelingen
> Kan min søn få skolekørsel i en periode? Jeg kan ikke gå med ham.""")

M("", """Hej igen

Jeg sendte jer nedenstående for tre uger siden og har stadig ikke fået svar.

Mvh. Amalie Hvid

> Fra: Amalie Hvid
> Sendt: 1. oktober
> Til: Skoleafdelingen
> Hvad er afstandskravet for gratis skolekørsel for elever i 2. klasse?""")

M("bu", """Kære byrådsmedlem

Jeg videresender mit indlæg til lokalavisen, som de ikke ville trykke. Jeg er pacifist og medlem
af Kvindernes Internationale Liga for Fred og Frihed, og jeg har i 40 år været medlem af 3F. Jeg
synes ikke kommunen skal lade forsvaret rekruttere på ungdomsuddannelserne.

Kirsten Holck

---------- Videresendt ----------
Til redaktionen: Hvorfor skal vores unge mødes af uniformer i skolegården? ...""")

M("", """Kære byrådsmedlem

Jeg videresender mit indlæg til lokalavisen, som de ikke ville trykke. Jeg synes ikke kommunen skal
lade forsvaret rekruttere på ungdomsuddannelserne. Hvad mener du?

Kirsten Holck

---------- Videresendt ----------
Til redaktionen: Hvorfor skal vores unge mødes af uniformer i skolegården? ...""")

M("p", """Til hovedpostkassen

Jeg er ejer af Ishøj Strandvej 200 og har sat ejendommen til salg. Vi har underskrevet en
købsaftale med forbehold for købers finansiering, som udløber den 12. december. Mægleren har bedt
mig få en attest fra kommunen om at der ikke er udestående vejbidrag. Mæglerens mail er vedhæftet.

Med venlig hilsen
Gurli Vinding""")

M("t", """Til Center for Beskæftigelse og Erhverv

Jeg videresender mailen fra min sprogskole. Jeg er vietnamesisk og kom til Danmark i 2019 gennem
familiesammenføring. Sprogskolen skriver at kommunen ikke har betalt for modul 4, og at jeg derfor
ikke kan fortsætte. Kan I rette det?

Thi Lan Pham

---- Videresendt ----
Fra: Sprogcenter Vestegnen
Kære Thi Lan. Vi mangler betalingstilsagn fra Ishøj Kommune for modul 4. Kursist-nr. 2019-0447.""")

M("", """Til Center for Beskæftigelse og Erhverv

Jeg videresender mailen fra sprogskolen. Betaler kommunen for danskundervisning, når man har
arbejde? Jeg har set forskellige svar på nettet.

Thi Lan

---- Videresendt ----
Fra: Sprogcenter Vestegnen
Danskuddannelse er gratis for de fleste kursister. Se reglerne på vores hjemmeside.""")

M("heub", """Til borgerrådgiveren og til byrådsmedlem Lars Wind (cc)

Jeg skriver på vegne af hele familien, og jeg beklager at mailen er lang. Jeg har fuldmagt fra
både min mor og min bror, og fuldmagterne er vedhæftet.

1. MIN MOR, Inge Kallesøe, [[1702433318]]
Mor har haft KOL i mange år, og efter en indlæggelse på Hvidovre i september har hun fået
hjemmepleje tre gange dagligt. Hjemmeplejen har i oktober glemt hende to gange om aftenen, og
hun lå på gulvet i fire timer den 12. oktober. Vi har klaget til lederen i Hjemmeplejen Nord og
fået svaret nedenfor, som vi ikke synes er godt nok.

2. MIN BROR, Kenneth Kallesøe, [[0904751127]]
Kenneth er på kontanthjælp og har en gæld til kommunen på ca. 38.000 kr. fra en gammel sag om
for meget udbetalt boligstøtte. Kommunen modregner nu 1.900 kr. om måneden, og han kan ikke
betale husleje. Han har fået en rykker fra boligselskabet. Han har bedt mig skrive, fordi han
"ikke orker flere breve".

3. MIG SELV
Jeg er tillidsrepræsentant i FOA på et plejecenter i en anden kommune, så jeg ved godt hvordan
det er at være ansat i hjemmeplejen. Jeg bebrejder ikke medarbejderne. Men jeg synes at
kommunen skal sørge for at der er folk nok.

4. TIL LARS
Lars, jeg har stemt på dig to gange og er selv medlem af dit parti. Jeg ved godt at du ikke må
behandle sagerne, men jeg vil gerne have at du ser hvordan det går, og tager det med i
budgetforhandlingerne.

Jeg håber at borgerrådgiveren vil se på punkt 1 og 2 samlet, da det er den samme familie, og at
vi kan få én kontaktperson.

Med venlig hilsen
Susanne Kallesøe Brandt
tlf. 22 61 48 09

> Fra: Leder, Hjemmeplejen Nord
> Kære Susanne. Vi beklager at din mor ikke fik sit aftenbesøg. Det skyldtes sygdom i
> personalegruppen. Vi har gennemgået ruten.""")

M("", """Til borgerrådgiveren, kopi til formanden for Teknik- og Miljøudvalget

Jeg skriver på vegne af Grundejerforeningen Ishøj Landsby, som har 112 husstande. Bestyrelsen har
samlet en række klagepunkter fra medlemmerne i løbet af året, og vi vil gerne have borgerrådgiveren
til at se på, om kommunen har behandlet os ordentligt. Vi har ikke fået svar på noget af det.

1) Trafik. Vi søgte i januar om vejbump på Ishøj Bygade (sagsnr. 05.01.08-P20-14-25). Vi fik en
kvittering med lovning på svar inden for 10 hverdage. Der er gået ti måneder.

2) Belysning. Tre gadelygter på stien til Ishøj Landsby Skole har været slukket siden marts.
Fejlmeldingerne har nr. 1203251145, 1503251190 og 0204251177 i jeres system.

3) Affald. Haveaffaldet er ikke blevet hentet fire gange i år. Vi har betalt gebyret.

4) Kommunikation. Når medlemmerne ringer til Center for Byudvikling og Natur, får de forskellige
svar afhængigt af hvem de taler med. En medarbejder sagde til vores formand at foreningen "kan
skrive til byrådet, hvis vi er utilfredse". Det har vi så gjort — uden svar.

5) Lokalplanen. Vi bad i maj om aktindsigt i notaterne fra mødet med developeren om de nye
rækkehuse ved gadekæret. Vi har fået halvdelen af dokumenterne.

Vi anerkender at kommunen har travlt, og vi vil gerne mødes. Vi kan stille med tre fra
bestyrelsen en hverdag efter kl. 16.

Med venlig hilsen
Bestyrelsen, Grundejerforeningen Ishøj Landsby
v/ formand Jørgen Vestermark
Ishøj Bygade 61
tlf. 40 22 18 91

Bilag: oversigt over henvendelser 2025 (7 sider)""")
