"""corpus33 part J: mixed mailboxes, CPR in every form (incl. no-break space), multi-category."""
from common import M

M("e", """Hej

Jeg vil gerne søge om personligt tillæg til briller. Jeg er folkepensionist og har ingen formue.
Navn: Svend Holger Bak
Cpr.: [[090346\u00a01123]]
Adresse: Ishøj Søvej 20""")

M("he", """Til Hjælpemiddelcentret

Jeg skal bruge en toiletforhøjer og et badetaburet til min kone, Rigmor, som har fået en ny hofte. CPR [[180751 4011]] er hendes.

Mvh Aage Kofoed""")

M("", """Hej

Mit telefonnummer er ændret til 30 11 88 42. Mit kundenummer hos jer er 2207641130. Kan I opdatere det?

Mvh Gunhild""")

M("u", """Hej

Jeg hedder Jesper Aagaard ([[240576-1901]]) og var tidligere medlem af Dansk Metal. Jeg er nu skiftet til Blik og Rør. Jeg skal bruge en bekræftelse på min ansættelse i kommunen til min nye fagforening.

Venlig hilsen
Jesper""")

M("s", """Til Borgerservice

Min mand Kristian og jeg (Mikkel) skal have navneændring efter brylluppet. Mit personnummer er [[010286–1433]]. Hvad skal vi gøre?

Mvh Mikkel Sønderby-Holm""")

M("t", """Hej

Jeg er af somalisk afstamning og vil gerne søge om tilskud til vores somaliske kvindeforening. Jeg er kontaktperson. Personnr. [[110779 2438]].

Mvh Hodan Ali""")

M("p", """Hej Center for Byudvikling og Natur

Vi har en køber til vores parcelhus på Vibeholms Allé 55, men der er et tinglyst vejudlæg som køberens advokat stiller spørgsmål til. Vi skal have svar inden fristen 28. februar.

Mvh Tove Lange
Cpr [[280260-2311]]""")

M("b", """Hej

Jeg ønsker at blive begravet efter islamisk skik på Ishøj Kirkegård, hvor der er en muslimsk afdeling. Jeg er 74 og vil gerne have det på plads. Hvem kontakter jeg?

Mvh Mustafa Öztürk""")

M("", """Hej. Har Ishøj Kirkegård en afdeling for muslimske begravelser? Mvh bedemand Hansen""")

M("h", """Hej

Jeg er diabetiker og har fået amputeret en tå. Mit personnummer er [[031162 1219]]. Jeg har brug for at vide om kommunen dækker fodterapi.

Mvh Jørgen Sand""")

M("", """Hej, dækker kommunen fodterapi for diabetikere? Det er til en pjece til Diabetesforeningens lokalafdeling. Mvh Aase""")

M("eu", """Til Center for Beskæftigelse og Erhverv

Jeg har været ledig i 3 måneder og er i HK's a-kasse. I har sendt mig et brev om "rådighed" som jeg ikke forstår. Min cpr er [[220394-2716]].

Mvh Camilla Brandt""")

M("", """Hej. Vi har modtaget jeres faktura 0102251403 vedr. leje af Ishøj Idrætscenter. Betalingen er sket fra reg.nr. 1551 konto 3214567890. Mvh Ishøj Volley""")

M("p", """hej jeg har arvet min mosters lejlighed på Ishøj Strandvej og er ved at sælge den. der er en køber der vil give 1,7 mio men hun skal lige have lån i banken. kan I sige hvad ejendomsskatten bliver for hende? -Helle""")

M("s", """Hej

Jeg er lesbisk og har en kone, Malene. Vi har lige fået en søn og jeg skal registreres som medmor. Borgerservice siger det er Familieretshuset. Hvem er det?

Mvh Signe""")

M("bt", """Til borgmesteren

Jeg er dansk-tyrkisk og medlem af Nye Borgerlige. Jeg bliver tit spurgt hvorfor jeg er medlem af et parti som er kritisk over for indvandring. Jeg vil gerne invitere dig til en debat om integration.

Mvh Emre Aydın""")

M("", """Hej, hvornår er fristen for at stille op til byrådsvalget, og hvor mange stillere skal man have? Mvh""")

M("u", """Kære Kultur og Fritid

Jeg er fællestillidsrepræsentant for HK i Ishøj Kommune og har fået klager fra kollegaer i biblioteket over indeklimaet. Kan I sende målingerne?

Mvh Karen Ebbesen""")

M("e", """Goddag

Jeg har modtaget et brev om at jeg skal tilbagebetale 22.000 kr. i ydelser. Min ven siger det skyldes at jeg har haft et studiejob ved siden af kontanthjælpen. CPR: [[1509963122]]

Mvh Mikkel Berg""")

M("", """Fakturanummer: 1509961122
Kundenummer: 0803775431
Beløb: 2.150,00 kr.
Forfaldsdato: 15.09.25
Betaling til reg.nr. 4180 kontonr. 0000123456

Hej, kan I sende en kreditnota på ovenstående? Vi har returneret varerne. Mvh Indkøb, Ishøj Skole""")

M("ht", """Hej borgerrådgiver

Jeg er fra Afghanistan og kom som uledsaget flygtning som 14-årig. Nu er jeg 22 og har PTSD. Kommunens psykolog stopper efter 10 timer. Jeg har stadig mareridt hver nat.

Mvh Farid Rahimi
[[150503-6211]]""")

M("u", """Hej

Vi er tre ansatte i rengøringen som er medlem af 3F. Vi vil gerne have et møde med centerchefen om nye rengøringsplaner. Vores tillidsmand er syg, så jeg skriver.

Mvh Nanna Petersen""")

M("s", """Hej. Jeg er en mand og er gift med Ole. Da jeg var på rådhuset i går, skrev medarbejderen "hustru" i formularen. Det skal rettes. Mvh Bjørn Thyssen""")

M("p", """Hej. Vores købere af Kongeparken 44 er sprunget fra i sidste øjeblik pga. en fejl i BBR-meddelelsen (der stod 112 m2, det rigtige er 98). Nu skal vi sælge igen. Kan I rette BBR med det samme?

Mvh Janni og Kurt Mølgaard""")

M("he", """Hej

Min datter Lærke på 7 har autisme og har fået tildelt en plads i et specialtilbud, men kørslen er ikke på plads. Hun sidder derhjemme. Hendes cpr er [[0603184512]].

Mvh Stine Larsen""")

M("", """Til Center for Børn og Forebyggelse. Hvor mange specialtilbud har Ishøj for børn med autisme, og hvad er ventetiden? Mvh Autismeforeningen, Vestegnen""")

M("b", """hej byrådet. jeg er aktiv i Extinction Rebellion og vil gerne søge om tilladelse til en demonstration foran rådhuset den 12. oktober. hvem søger man hos? /Ida""")

M("", """Hej. Skal man søge kommunen eller politiet om en demonstration foran rådhuset? Mvh Ungdomsrådet""")

M("t", """Kære formand

Jeg er af vietnamesisk oprindelse og driver en neglesalon på Ishøj Bygade. Jeg har fået mange kontroller fra kommunens miljøafdeling, flere end de andre butikker. Jeg føler det er fordi jeg er asiat.

Mvh Hoa Nguyen""")
