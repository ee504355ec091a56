"""corpus52 part g: schools and clubs, reply chains, English and mixed mails."""
from common import M

M("t", """
Kære Anne Mette

Min datter Amara er den eneste sorte pige i 4.B på Vibeholmskolen. I frikvarteret har
tre drenge i en måned kaldt hende "chokolade" og spurgt, om hun "bliver hvid, hvis
man vasker hende". Klasselæreren siger, det er drengestreger. Det er det ikke.

Med venlig hilsen
Joseph Nkemelu
""")

M("t", """
Hej Kasper

Min søn Omid på 12 har afghansk baggrund og spiller i Ishøj IF's U13. Trænerne sætter
ham altid på bænken og har sagt til en anden far, at "de der drenge ikke kan tage
imod en besked". Jeg vil have klubben til at svare på, hvorfor han ikke må spille.
Klubben får mange penge fra kommunen.

Venlig hilsen
Parisa Rahimi
""")

M("tb", """
Til borgerrådgiveren

Vi er en familie fra Irak med tre børn. Vi var til fremvisning af en lejlighed hos en
privat udlejer på Ishøj Strandvej. Da han så min kone, som bærer niqab, sagde han, at
lejligheden "desværre lige var udlejet". Dagen efter var den annonceret igen. Vi vil
klage og vil gerne vide, om kommunen kan hjælpe.

Venlig hilsen
Haider Al-Sudani
""")

M("", """
Hej Lise

Min søn Viktor på 13 blev i går kaldt "bøsserøv" af to fra klassen i omklædningsrummet
efter idræt, og de tog hans tøj. Han vil ikke i skole i dag. Skolen siger, de tager en
snak med drengene. Jeg synes ikke, det er nok.

Mvh
Kasper Vang
""")

M("s", """
Hej

jeg er lesbisk og spiller håndbold i Ishøj HK. min træner har sagt til holdet at vi
ikke skal "dele omklædning med hende der". jeg er 15 og vil ikke stoppe. hvad kan jeg
gøre? skriv ikke til mine forældre
Anna
""")

M("", """
Hej

Hvornår er der Pride-fest i Ishøj Idrætscenter, og er den for alle aldre? Min datter
på 14 vil gerne med sine veninder, og jeg vil gerne vide, om der er voksne til stede.

Mvh
Helle
""")

M("b", """
Hej Rikke, se nedenfor. Kan du hjælpe?
Hilsen Fatima

Den 12. okt. 2025 kl. 09.14 skrev Fotograf Nordlys <booking@nordlys-foto.dk>:
> Kære forældre i 0.C
> Til skolefotograferingen beder vi om, at børnene ikke har hovedbeklædning på.

Den 12. okt. 2025 kl. 10.02 skrev Fatima Ali:
> Min datter Maryam bærer tørklæde, og hun vil ikke tage det af. Kan hun få taget
> billede med det på?

Den 13. okt. 2025 kl. 08.30 skrev Fotograf Nordlys:
> Vi følger skolens regler. Tal med skolen.
""")

M("", """
Hej Nadia

Jeg videresender lige nyhedsbrevet fra Bycentret. Måske noget for Kulturudvalget at
kende til?

Bedste hilsner
Jette

---------- Videresendt besked ----------
Fra: Ishøj Bycenter <nyt@ishojbycenter.dk>
Emne: Eid-marked i Bycentret

Kom til eid-marked lørdag kl. 10–16 med mad, henna og musik. Gratis for alle.
""")

M("h", """
Hi,

My wife Helen was admitted to Hvidovre Hospital yesterday with pneumonia. Our son is in
the after-school club at Ishøj Skole. Could someone from the school call me about
picking him up until she is home? My Danish is not good enough for the phone.

Thank you,
David Clarke
""")

M("e", """
Hello,

I lost my job at the warehouse in Ishøj last Friday after 3 years. Do I need to sign
on at Jobcenter Ishøj before I can apply for benefits, and can I do it in English?

Thanks,
Lukas Schneider
""")

M("t", """
Hej

Jeg er fra Polen, my Danish is not so good. My son goes to Ishøj Skole, and his teacher
says to him "tal dansk, du er i Danmark" also in the pause with his friend. Is that
the rule? We speak Polish at home.

Regards,
Katarzyna Zielińska
""")

M("b", """
Hej

Jeg er muslim, og min søn Yusuf på 1 år starter i vuggestue Mariehønen til maj. Han
skal have halal mad. Personalet siger, at de kun har "kylling en gang om ugen". Hvad
gør han de andre dage?

Venlig hilsen
Aisha Begum
""")

M("", """
Hej

Hvornår er svømmehallen åben for kun kvinder? Jeg har en veninde, som har spurgt mig.
Er der kvindelige livreddere?

Tak
Hawa
""")

M("b", """
Hej Ahmed

Jeg vil gerne svømme, men jeg bærer tørklæde og vil kun svømme, når der ikke er mænd.
Kvindesvømningen om søndagen er blevet nedlagt. Kan den komme igen? Vi var mange
kvinder, der kom.

Mange hilsner
Ilham
""")

M("", """
Til byrådet

Kvindesvømning i den kommunale svømmehal er diskrimination af mænd. Hvis der skal være
særlige tider, skal der også være mandetider. Jeg forventer, at I stopper ordningen.

Mvh
Jan Knudsen
""")

M("bt", """
Kære Kultur- og Fritidsudvalg

Vi er sikher fra Punjab og har boet i Ishøj i ti år. Hver søndag laver vi gratis mad
i vores gurdwara i Brøndby, og vi vil gerne lave et langar-arrangement på Ishøj Torv
for alle borgere. Hvordan søger vi?

Venlig hilsen
Gurpreet Kaur
""")

M("se", """
Til Center for Børn og Forebyggelse

Min mand Ole og jeg har haft vores plejesøn Frederik i tre år. Han er 9 og har det
godt hos os. Nu har hans sagsbehandler sagt, at han måske skal flytte til en institution
for at "spare". Vi beder om et møde.

Venlig hilsen
Karsten Bro
""")

M("", """
Hej Bo,

> Hvornår åbner moskeen på Vejleåvej for besøgende?
> Mvh Per

Jeg ved det desværre ikke. Prøv moskeens egen hjemmeside.

Bo
-----Oprindelig meddelelse-----
Fra: Per Lind
Sendt: 4. marts 2026 19:22
Til: Bo Jensen
Emne: moskeen
""")

M("h", """
hej
har kræft og er i kemo og gider ikke høre på naboens boremaskine hver eneste dag. er
det ikke kun lovligt mellem 8 og 18? han har boret i 4 måneder
Leif
""")

M("u", """
hej Rasmus
er i 3F og arbejder på havnen. parkeringen ved havnen er blevet betalingsparkering og
vi har ikke råd til 40 kr om dagen. kan kommunen ikke give ansatte en ordning
mvh Tommy
""")

M("", """
Til Center for Byudvikling og Natur

Kræftens Bekæmpelse vil gerne have en indsamlingsbod på Ishøj Torv den første lørdag i
april. Skal vi søge om råden over vejareal, og hvad koster det?

Venlig hilsen
Lokalkomiteen, Kræftens Bekæmpelse Ishøj
""")

M("b", """
Hej

Jeg er veganer af etiske grunde, og min datter på 7 er det også. SFO'en vil ikke lade
hende få noget af frugten om eftermiddagen, fordi den står ved siden af yoghurten. Det
lyder tosset, men er sket tre gange. Kan I tale med dem?

Mvh
Amalie
""")

M("t", """
Kære Mette

Min mand er fra Ghana, og vores to børn har begge hans hudfarve. I pizzeriaet i Ishøj
Landsby blev vi i lørdags bedt om at betale på forhånd, mens det hvide par ved siden af
betalte bagefter. Jeg ved godt, det ikke er en kommunal sag, men jeg vil have, at
nogen ved det.

Mvh
Lotte Agyeman
""")

M("s", """
Hej Lone

Vi er en regnbuefamilie med to fædre og vores datter Ella på 5. Børnehaven har lavet et
tema om "mor-dag", og Ella har fået at vide, at hun kan lave en tegning til "en tante"
i stedet. Kan kommunen sige noget til institutionerne om det?

Mvh
Jakob og Søren
""")

M("", """
Hej

Konfirmandundervisningen for Ishøj Skoles 7. klasser er flyttet fra tirsdag til
onsdag, og det betyder, at musikskolen skal flytte sine hold. Hvem har besluttet det,
skolen eller kirken?

Venlig hilsen
Musikskolen, v/ Jens Krag
""")

M("b", """
Hej Anne Mette

Min søn Lucas går til konfirmandundervisning tirsdag eftermiddag og kan derfor ikke nå
svømning med sin klasse. Læreren siger, han får fravær. Er det rigtigt, når det er
kirken, der har flyttet tiden?

Mvh
Dorthe Kjær
""")

M("", """
Hej

Hvornår er der konfirmationer i Ishøj Kirke i foråret 2027? Vi er en restaurant, der
gerne vil sende tilbud ud i god tid.

Mvh
Restaurant Strandhuset
""")

M("b", """
Til skolelederen på Ishøj Skole

Vi er muslimer og vil gerne have vores datter fritaget for kristendomskundskab i 6.
klasse. Vi har læst, at forældre kan søge om det. Hvordan gør vi?

Elevens navn: Sara Mansour, [[111213-4056]]

Venlig hilsen
Youssef Mansour
""")

M("", """
Hej

Kan man stadig blive fritaget for kristendomskundskab i folkeskolen, og hvad skal
eleven lave i stedet? Jeg underviser på lærerseminariet og vil gerne have svaret fra
en kommune.

Mvh
Ellen Busk, lektor
""")

M("t", """
hej Bo
naboen kalder min kone for "perker" hver gang hun går forbi med barnevognen. han siger
at hun skal "tage hjem til ørkenen". hun er fra Tunesien og har boet her siden hun var 4.
jeg har ringet til politiet men de siger det er ord mod ord
Mads
""")

M("hs", """
Hej Ahmed

Min kæreste Ali og jeg (jeg hedder Omar) bor sammen i Ishøj Nord. Ali har sclerose og
bruger kørestol nogle dage. Elevatoren i vores opgang har været i stykker i seks uger,
og boligselskabet reagerer ikke. Kan kommunen presse på?

Mvh
Omar
""")

M("e", """
Til borgmesterens PA

Se nedenfor. Jeg har skrevet til boligselskabet tre gange.

-----Oprindelig meddelelse-----
Fra: Boligselskabet Vestegnen
Sendt: 10. februar 2026 11:40
Til: Rikke Olsen
Emne: Ophævelse af lejemål

Da huslejerestancen på 23.400 kr. ikke er betalt inden fristen, ophæves lejemålet med
virkning fra 1. marts 2026.

---
Jeg har to børn og ingen steder at tage hen. Hjælp.
Rikke Olsen, [[020290-2744]]
""")

M("bu", """
Dear Councillor Olsen,

I'm a Catholic and a member of 3F. I work nights at the harbour and go to mass at
Sankt Mariæ every Sunday morning straight after my shift. The new parking rules mean
I get a fine every week. Can anything be done?

Kind regards,
Marek Kowalski
""")

M("", """
Dear Sir/Madam,

Our company invoice 0804891277 to Ishøj Kommune (order ref. PO-55012) is now 45 days
overdue. Please find attached a copy. Our CVR is 40719283.

Kind regards,
Accounts, Nordic Signs ApS
""")

M("p", """
Hi Mr. Hussein,

We are selling our house in Ishøj Strand because we are moving to Aarhus for work. A
buyer has made an offer, but his bank wants confirmation that the extension was
approved in 2009. We can't find the papers. Can the council help?

Best regards,
Sarah Whitmore
""")

M("beh", """
Hej Jette

Min far Abdel spiser kun halal, og han bor nu på Ishøj Plejecenter efter sin
blodprop. Køkkenet siger, at de kan lave halal "hvis der er tid". Han spiser næsten
ingenting. Vi vil gerne have en fast ordning.

Venlig hilsen
Samira
""")

M("", """
Til Ældre- og Sundhedsudvalget

Ishøj Plejecenter er gået over til at bruge halalslagtet kød til alle beboere. Det er
jeg imod af dyreværnshensyn. Har udvalget godkendt det?

Venlig hilsen
Per Søgaard
""")

M("t", """
Kære byrådsmedlem

Jeg er adopteret fra Sydkorea og har boet i Ishøj hele mit liv. Da min søn startede i
børnehave, spurgte en pædagog, om han "forstår dansk". Han er født på Hvidovre. Jeg er
træt af at skulle forklare det.

Venlig hilsen
Mette Sun Hansen
""")

M("bh", """
Hej Shahid

Min mand beder i moskeen på Vejleåvej hver fredag, og han kan ikke længere finde
parkering, fordi kommunen har lavet tidsbegrænsning på en time. Han har dårlige knæ og
kan ikke gå langt. Kan der gøres en undtagelse om fredagen?

Venlig hilsen
Naima
""")

M("", """
Til Teknik- og Miljøudvalget

Fredagsbønnen i moskeen på Vejleåvej giver parkeringskaos på vores vej hver uge. Bilerne
holder på fortovet og foran indkørsler. Kan kommunen sætte P-vagter ind om fredagen?

Venlig hilsen
Grundejerforeningen Vejleåhusene
""")

M("b", """
Hej

Vi er baptister og døber først vores børn, når de selv vælger det som unge. Nu skriver
skolen i et brev til alle 7. klasser om "konfirmationsfri". Min datter skal døbes i
foråret, ikke konfirmeres. Får hun også fri?

Mvh
Rebekka Holm
""")

M("s", """
Hej Lise

jeg er pan og har en kæreste der er nonbinær. vi vil gerne holde hånd på skolen uden at
blive filmet. det skete sidste uge og videoen gik rundt. kan man gøre noget ved det?
Noah, 8.A
""")

M("b", """
Til Center for Borger, Økonomi og IT

Jeg er konverteret til buddhismen og har ændret mit navn. Jeg vil gerne have det nye
navn på min sygesikring og i Borgerservice' systemer. Hvad skal jeg vedlægge?

Venlig hilsen
Karma Lindberg (tidl. Karen Lindberg)
[[160977-2381]]
""")

M("", """
Hej

Har Ishøj Bibliotek lukket i påsken, eller åbner det lørdag? Jeg skal aflevere bøger og
vil ikke få gebyr.

Mvh
Bodil
""")
