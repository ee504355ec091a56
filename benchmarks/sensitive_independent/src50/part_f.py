"""corpus50 part F: CPR numbers in every form, and numbers that only look like them; pay, pension and union errands."""
from common import M

M("e", """Til Ydelsescentret

Jeg er på ledighedsydelse og har fået et nyt kontonummer. Reg. 9570 kontonr. 4410287733. Mit cpr-nummer er [[120185-3344]]. Vil I sørge for at næste udbetaling går til den nye konto?

Venlig hilsen
Jannik Hald""")

M("", """Hej

Jeg har fået en faktura fra kommunen med fakturanr. 0912851193 for leje af Ishøj Idrætscenter til vores firmaarrangement. Skal der betales moms?

Mvh Dansk Revision Ishøj""")

M("u", """Hej Løn

Jeg er blevet medlem af 3F og vil gerne have trukket kontingentet over lønnen. Medarbejdernr. 44812, cpr [[010290-1839]].

Tak, Rasmus fra vejafdelingen""")

M("", """Kære Ishøj Kommune

Jeg har mistet min lønseddel for oktober. Kan I sende den igen? Mit lønnummer er 240771 og min afdeling er Park & Vej. Jeg ved ikke hvorfor I beder om cpr til det, lønnummeret burde være nok.

Mvh Palle""")

M("", """Hej,

Vores pensionskasse, PKA, skriver at min policenr. er 1505683018 og at kommunen har indbetalt for lidt i 2024. Kan I tjekke jeres indberetning? Jeg er ansat som social- og sundhedsassistent.

Venlig hilsen
Hanne Kvist""")

M("", """Til HR

Kan man få udbetalt sin feriepenge, når man går på pension fra kommunen? Ikke en konkret sag, vi er flere der spørger.""")

M("eh", """Kære Ishøj Kommune

Jeg sender hermed lægeerklæringen til min sygedagpengesag, som I bad om. Jeg er sygemeldt med en brækket ankel efter en glatføreulykke på vej til arbejde. 

Navn: Signe Bojsen
Personnummer: [[170392-1428]]""")

M("", """Hej, jeg har et spørgsmål til jeres fakturering: vi har fået en rykker på ordrenr. 3011791234, men vi har betalt den 2. november. Kan I tjekke? Ishøj Maskinstation""")

M("e", """hej

kan i sende mig en kopi af min afgørelse om boligstøtte fra i sommer? jeg skal bruge den til banken. mit personnummer er [[0607951772]] og jeg bor stadig på Ishøj Strandvej 24.

Vh Caroline""")

M("", """Til Ishøj Kommune

Vores CVR-nummer er 29188548 og EAN 5798000557846. Kan I opdatere jeres kreditorsystem med vores nye bankoplysninger: reg. 1551 konto 0612853311?

Med venlig hilsen
Ishøj Kontorservice ApS""")

M("h", """Til sundhedsplejen

Jeg har fået mit nye sundhedskort og vil gerne skifte læge, fordi min nuværende ikke tager mine migræneanfald alvorligt. CPR: [[230780 1652]].

Mvh Tina Rosenkilde""")

M("", """Hej. Jeg skal betale for min søns SFO og har fået et girokort med betalings-id 71 +  0103041289. Må jeg betale med MobilePay i stedet?""")

M("eu", """Kære borgerrådgiver

Jeg er medlem af HK og har været ledig i 8 måneder. Min a-kasse siger, at kommunen har indberettet forkert, så mine dagpenge er blevet trukket for en uge med "udeblivelse". Mit cpr er [[281169–1037]], og min sag i a-kassen har nr. [[2811691037]]-A. Hvem retter det?

Mvh Allan Dreyer""")

M("", """Hej jeg er lærling hos kommunens tømrerhold og min elevløn er sat forkert ind i oktober. medarbejder nr 3107990045. hvem skal jeg snakke med? / Victor""")

M("e", """Kære Ishøj Kommune

Min mor, Ruth Elmquist, cpr [[081232-1408]], er 92 og har fået hjemmehjælp i 3 år. Nu skal hun flytte til Tåstrup til min søster. Hvordan overføres hendes sag?

Venlig hilsen
Ingrid Elmquist""")

M("", """Kære borgerservice

Hvordan bestiller jeg et nyt sygesikringskort? Mit gamle er blevet stjålet sammen med pungen. Jeg vil ikke skrive mit cpr i en mail.""")

M("ht", """Hej

Jeg er tolk i arabisk og er også selv fra Irak. Jeg var til lægen sidste uge og fik at vide at jeg har en mavesårsblødning. Jeg kan ikke tage mine tolkeopgaver for kommunen de næste to uger. Mit personnummer [[140478-3291]], så I kan finde mig i systemet.

Mvh Ali Hassan""")

M("", """Til Løn og Personale

Skattestyrelsen har sendt os et brev om en medarbejder med løbenr. 0708903412 i vores lønsystem. Skal vi sende det videre til jer som tidligere arbejdsgiver? Vi oplyser ikke navnet uden fuldmagt.""")

M("hu", """Hej Mette

Jeg er ansat i kommunens hjemmepleje og medlem af FOA. Jeg har fået konstateret brystkræft og skal opereres i januar. Min leder siger, jeg skal søge om § 56, men hvad betyder det? Mit cpr er [[030371 1220]].

Hilsen Gitte Brix""")

M("", """Hej, hvad er jeres bankoplysninger, hvis jeg vil betale min restance på parkeringsafgift direkte? Afgiftsnr. 2105880011.""")

M("b", """Kære byrådsmedlem

Jeg er medlem af Liberal Alliance og kører selv et lille transportfirma. Jeg synes kommunen skal sænke dækningsafgiften for erhvervsejendomme. Vi er mange selvstændige i Ishøj, der tænker sådan.

Venlig hilsen
Michael Rønn""")

M("", """Til direktionsassistenten

Kan jeg få et møde med direktøren om kommunens indkøbspolitik? Vores firma, Blå Vask ApS, har CVR 36102983 og har tabt to udbud i træk.""")

M("t", """Hej

Jeg er kroat og har boet i Ishøj i 30 år. Jeg har lige fået min første løn fra kommunen som pedel, og der står "nationalitet: ukendt" på mit ansættelsesbevis. Kan det rettes? CPR [[020561-3107]].

Venlig hilsen
Marko Horvat""")

M("", """Hej, er det rigtigt at man ikke længere kan få en papirlønseddel fra kommunen? Min mor på 81 er rengøringsdame hos jer 4 timer om ugen og har ingen e-Boks.""")

M("e", """Til hovedpostkassen

Min datter Emilie, [[150904-4712]], er 21, studerer og har fået afslag på handicaptillæg til SU. Hun bor hjemme. Vi vil gerne klage. Hvem skal klagen stiles til?

Venlig hilsen
Bente Holt""")

M("", """Kære borgerrådgiver

Jeg er konsulent i Ishøj Lærerforening og skriver på foreningens vegne. Vi har brug for at vide, om kommunen følger aftalen om opgaveoversigter for alle lærere i år.""")

M("u", """Hej

Jeg skal opdatere mine oplysninger i kommunens lønsystem: jeg har skiftet fra Dansk Metal til Krifa, og jeg er ikke længere TR. Medarbejdernummer 7732. Personnr. [[090794 2813]].

Mvh Niklas Juul, Teknisk Service""")

M("", """Hej, hvor finder jeg overenskomsten for kommunens pædagoger? Jeg er BUPL's lokale redaktør og vil gerne linke til den i vores nyhedsbrev.""")

M("h", """Hej

Jeg er gravid i 5. måned og arbejder som rengøringsassistent på rådhuset. Jeg har fået at vide at jeg ikke må arbejde med visse rengøringsmidler. Hvem skal jeg sige det til? Mit personnummer er [[110997 2064]].

Mvh Line Kock""")

M("", """Til Ishøj Kommune

Vi har modtaget et skadesnummer, 0302871155, fra jeres forsikring efter en vandskade i vores butik på Ishøj Torv. Hvornår kommer taksatoren?

Venlig hilsen
Bager Jensen""")

M("ept", """Hej Karina

Vi er en polsk familie med et lille tømrerfirma, og min mand er gået konkurs. Vi har sat vores hus i Ishøj Landsby til salg for at betale gælden, og der er en køber der har budt, men vi venter på at banken accepterer. Imens får vi kontanthjælp. Min mand: [[210675-3317]], mig: [[091078-2250]].

Mvh Agnieszka Nowak""")

M("", """Hej, hvilke oplysninger skal jeg have med til min ansættelsessamtale i kommunen? Skal jeg medbringe mit sundhedskort, eller er det nok at oplyse cpr på selve dagen?""")

M("b", """Hej Jesper

Jeg er humanist og sidder i bestyrelsen for Humanistisk Samfund. Jeg arbejder som vejleder på Ishøj Ungdomsskole og synes ikke at skolen skal holde julegudstjeneste i arbejdstiden. Vil du tage det op?

Hilsen Katrine Møller""")

M("", """Kære Ishøj Kommune

Mit medlemsnummer i Ishøj Golfklub er 1207811145. Klubben siger, at kommunen skal godkende tilskud til vores juniorafdeling. Hvornår er fristen?

Hilsen Finn Olsen, kasserer""")

M("eh", """Hej,

Min bror Kim Nørby, født [[300870-1229]], er misbruger og har mistet sit job som vognmand. Han er lige blevet smidt ud af sin lejlighed og sover på min sofa. Han vil gerne i behandling. Hvor starter vi?

Venlig hilsen
Lene Nørby""")

M("", """Til Ishøj Kommune, Opkrævning

Jeg har betalt ejendomsskat for vores sommerhus til Ishøj Kommune ved en fejl – det ligger i Odsherred. Beløbet var 8.400 kr. og min betalingsreference 1808562240. Kan I betale tilbage?

Venlig hilsen
Jens Holst""")

M("s", """Hej

Jeg har skiftet navn efter mit bryllup med min mand, Lukas. Jeg hedder nu Oliver Lund-Bech. Kan I opdatere mit navn i kommunens lønsystem? Personnummer: [[250593-1915]].

Hilsen Oliver""")

M("", """Hej, der står et nummer på mit skattekort fra kommunen, 2512730845 – det ligner en dato. Er det noget jeg skal bruge, når jeg starter nyt job? Det står ved "Referencenr." """)

M("ue", """Kære byrådsmedlem

Jeg er tidligere tillidsrepræsentant for 3F på Ishøj Havn. Jeg blev opsagt i september, og nu har jeg fået et job hos kommunens havneafdeling, men med en lavere løn end overenskomsten. Jeg har været ledig i 2 måneder og har brug for pengene. cpr [[160982 2719]].

Hilsen Jimmy Larsen""")

M("", """Kære byrådsmedlemmer

Fagbevægelsens Hovedorganisation opfordrer alle kommuner til at sikre overenskomstdækning i alle udbudte opgaver. Vi håber, Ishøj vil gå forrest.

Med venlig hilsen
FH Ishøj-Vallensbæk""")
