"""corpus23 part F: property trades not yet concluded, with and without other data; CPR in signatures."""
from common import M

M("p", """Til Byudvikling og Natur

Vi har fået et bud på 3,4 mio. på vores hus på Ishøj Landsby 27 og skal svare i morgen. Køber spørger om der må bygges en udestue. Kan I svare hurtigt?

Mvh Jens Ottosen""")

M("p", """Fra: Karen Bille <kbil@ishoj.dk>
Sendt: 2. april 2025 09:15
Til: Hovedpostkassen
Emne: VS: Salg af andelsbolig

Til Center for Byudvikling og Natur.

> Hej Karen, jeg er ved at sælge min andelsbolig i A/B Tranegilde og køber har trukket sig i sidste øjeblik, fordi kommunen ikke har godkendt altanen. Jeg har nu en ny interesseret, men han vil også have papirerne i orden. Mvh Bente Holst""")

M("", """Kære Bente Holst

Tak for din henvendelse. Den er modtaget og sendt videre. Du hører fra os inden for 10 arbejdsdage.

Venlig hilsen
Hovedpostkassen, Ishøj Kommune
Denne mail er sendt fra en ikke-overvåget postkasse.""")

M("pe", """hej, vi er nødt til at sælge lejligheden fordi min mand har forladt mig og jeg ikke kan betale lånet alene. mægleren har en køber der har budt 1,65 men banken vil have 1,8. kan kommunen hjælpe med noget som helst, fx udsætte ejendomsskatten? mvh Dorthe Vinding, Ishøj Bycenter 3, 4.tv""")

M("p", """Til Plan og Byg

Min nabo i nr. 19 på Skovvej har sat sit hus til salg, og jeg har hørt at en investor vil købe det og bygge fire rækkehuse. Kan I fortælle om der er søgt byggetilladelse? Jeg er bekymret for mit udsyn.

Mvh Jørn Aagesen, Skovvej 21""")

M("", """Hvad siger lokalplanen for Skovvej om udstykning til rækkehuse? Generelt spørgsmål fra en arkitektstuderende. Mvh Clara""")

M("phe", """Kære Pernille

Min far på 86 har fået demens og skal på plejehjem. Vi skal sælge hans hus på Pilemøllevej, og der er en køber der venter på at vi får tømt det. Men kommunen har ikke visiteret ham endnu. Vi er fanget. Kan du hjælpe med at få det til at gå hurtigere?

Mvh Lotte Juhl""")

M("e", """Pernille: videresendt til Center for Voksne og Velfærd. Lotte Juhls far afventer visitation til plejebolig, det er en presset situation. Jeg har svaret hende at administrationen vender tilbage. /Sekretær Anja Krüger""")

M("p", """Til direktøren for Byudvikling og Natur

Vores virksomhed har underskrevet en hensigtserklæring om køb af kommunens grund på Industrivej 9. Vi vil gerne have afklaret tilslutningsbidrag til fjernvarme før vi underskriver den endelige aftale.

Venlig hilsen
CEO Mads Hvidt, Hvidt Logistik A/S""")

M("", """Kommunen har solgt grunden Industrivej 9 til Hvidt Logistik A/S. Skødet er tinglyst den 14. februar 2025. Til orientering for Økonomiudvalget.""")

M("p", """hej. har lagt bud på kolonihavehus i H/F Ishøj Strand nr. 64, sælger har accepteret med forbehold for kommunens godkendelse af udvidelsen. hvornår hører jeg? /Bjørn""")

M("", """Hvad er maksimumprisen for et kolonihavehus i Ishøj, og hvem fastsætter den? Vi laver en oversigt til Kolonihaveforbundet. Mvh""")

M("pt", """Til hovedpostkassen

Vi er en dansk-pakistansk familie, der er ved at købe et hus på Brohusgade. Sælgeren har nu sagt at han har fået et "bedre" tilbud fra en dansk familie, efter at han mødte os. Mægleren siger at handlen stadig er åben. Er det ikke diskrimination? Kan kommunen gøre noget?

Mvh Imran og Sofie Qureshi""")

M("pe", """Til borgmester

Jeg er ved at købe mit lejede rækkehus af boligselskabet, men fik afslag på lån i banken fordi jeg har en gammel gæld i RKI. Boligselskabet venter på svar til 1. maj. Kommunen har jo noget med boligfinansiering?

Venlig hilsen
Ronni Thomsen
cpr [[121180-2117]]""")

M("", """Kan man købe sin almene bolig i Ishøj? Jeg har hørt at det er muligt i nogle kommuner. Mvh""")

M("p", """Hej Henrik

Kommunen ejer jorden ved siden af vores gartneri. Vi har lagt et bud på 2,2 mio. for at udvide og venter på Økonomiudvalgets behandling. Kan du fortælle om det kommer på dagsordenen i juni?

Mvh Niels Karstoft, Karstofts Gartneri""")

M("", """Økonomiudvalget behandler på mødet den 10. juni salget af tre kommunale arealer. Sagen er lukket punkt. Dagsordenen offentliggøres fredag. /Udvalgssekretariatet""")

M("pu", """Hej Jan. Jeg er FOA-tillidsrepræsentant på et af plejecentrene og skriver privat: Vi er ved at sælge vores parcelhus på Vejlebrovej, og køber vil have bekræftet at den nye støjskærm kommer. Handlen er ikke på plads før det er afklaret. Mvh Conni Bech""")

M("p", """Til Byudvikling og Natur

Vi har i dødsboet efter vores onkel fået et bud på sommerhusgrunden ved Ishøj Strand og afventer at kommunen svarer om der er forkøbsret. Køber vil gerne have svar inden påske.

Venlig hilsen
Kim og Lisbeth Borup""")

M("", """Har Ishøj Kommune forkøbsret på strandnære grunde? Jeg læser jura og skriver opgave om kommunal forkøbsret. Mvh Jeppe""")

M("ep", """Kære direktionsassistent

Min eksmand og jeg er i skifteretten, og vores fælles hus på Fiskerhusvej skal sælges. Han vil ikke skrive under på salgsaftalen selvom der er en køber. Jeg er på dagpenge og kan ikke blive boende. Jeg har brug for at vide om kommunen kan hjælpe med en midlertidig bolig.

Mvh Marianne Ølgaard""")

M("p", """Til Byg

Vi er ved at sælge vores hus (Tranegildevej 8), men køber har opdaget at vores anneks ikke er godkendt. Vi har søgt lovliggørelse og har en køber der venter. Sagsnummer 02.34.02-P19-1208-24.

Mvh Troels Graversen""")

M("", """Til Byg

Sagsnummer 02.34.02-P19-1175-24 – vi ønsker status på vores ansøgning om carport. Der er intet salg på vej, vi vil bare gerne i gang.

Mvh Susanne Foged""")

M("p", """Hej, jeg er ejendomsmægler og repræsenterer sælger af Ishøj Strandvej 145. Vi har en betinget handel, og køberen spørger om kommunen har registreret fejl i BBR. Sælger har givet mig fuldmagt, vedhæftet. Mvh Karsten Voss, EDC""")

M("", """Hvor kan man som ejendomsmægler generelt få BBR-oplysninger? Vi er nye i området. Mvh EDC Ishøj""")

M("ps", """Til Plan og Byg

Min mand Frederik og jeg (to mænd, gift siden 2018) skal købe et hus på Torslunde Bygade og vil gerne lave et tilbygget værksted. Købsaftalen er betinget af at det kan lade sig gøre. Hvad kræver det?

Mvh Søren Wiberg""")

M("p", """Vi skal købe en grund af kommunen i Vildtbanegård Øst og har fået tilbud om pris, men vi vil gerne forhandle, fordi jordbundsundersøgelsen viser forurening. Hvem kan vi tale med? Familien Nørgaard""")

M("", """Hvornår kommer der grunde til salg i Vildtbanegård Øst etape 3? Mvh Jonas""")

M("p", """Til borgmesteren

Vi har solgt vores erhvervsejendom på Industrivej 22 betinget af miljøgodkendelse. Køber trækker sig hvis ikke godkendelsen foreligger 1. august. Vi har 14 ansatte og vil gerne undgå at miste handlen.

Med venlig hilsen
Direktør Helle Krebs, Krebs Emballage ApS""")

M("pe", """hej, vi har et tilbud på vores kolonihavehus men foreningen siger vi skal betale restance på 8.000 til foreningen før vi må sælge. vi har ikke pengene, jeg er på kontanthjælp. hvad gør vi? Mvh Dennis""")

M("", """Sendt fra Outlook til Android

Hej, hvad er ejendomsværdiskatten på et rækkehus i Ishøj? Jeg overvejer at købe, men er ikke gået i gang. Mvh""")

M("pb", """Til Ishøj Kommune

Vores menighed (Pinsekirken Vestegnen) har fået tilbudt at købe den gamle købmandsbygning på Ishøj Landsby. Vi er i forhandling med sælger, men vi skal vide om lokalplanen tillader kirkelig brug. Jeg er præst i menigheden.

Mvh Pastor David Eriksen""")

M("", """Tillader lokalplanen for Ishøj Landsby forsamlingshuse og kirkelig brug? Spørgsmål fra en arkitektvirksomhed. Mvh""")

M("peh", """Hej Kasper. Jeg er lige blevet skilt og vi har aftalt at jeg køber min eks ud af huset på Vejleåvej, men banken vil se min lønseddel og jeg er lige blevet sygemeldt. Handlen er ikke på plads. Kan kommunen give mig en udsættelse på ejendomsskatten? Mvh Jannie""")

M("h", """Opfølgning til mailen fra Jannie: hun har i telefonen fortalt at sygemeldingen skyldes brystkræft. Jeg har bedt hende sende resten via Digital Post. /Kasper""")

M("", """Til hovedpostkassen

Ishøj Kommune har udbudt tre storparceller i Ishøj Landsby. Der er indkommet fem bud. Sagen forelægges Økonomiudvalget. Ingen personoplysninger i denne orientering.""")

M("p", """Hej. Min bror Thomas skal sælge sin lejlighed i Strandgårdsparken og har en køber på hånden, men han sidder i Spanien og kan ikke skrive under. Kan kommunen modtage en fuldmagt på hans vegne? Mvh Camilla""")

M("p", """Fra: Lars Brandt
Sendt: 15. august 2025 07:44
Til: Borgmesterens PA
Emne: Køb af kommunal bygning

Hej. Vi har budt på den gamle børnehave på Vibeholms Allé og har fået at vide, at vores bud er det højeste, men at byrådet skal godkende. Hvornår sker det? Vores finansiering udløber om 6 uger.

Lars Brandt
Brandt Ejendomme ApS
Tlf. 70 20 45 88""")

M("", """Kvittering

Kære Lars Brandt. Tak for din henvendelse til borgmesteren. Du vil modtage svar fra Center for Borger, Økonomi og IT inden for 10 arbejdsdage. Med venlig hilsen Borgmesterens PA""")
