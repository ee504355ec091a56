"""corpus21 part H: late additions - pending trades mixed with other data, look-alike numbers, long mixed mails."""
from common import M

M("peh", """Kære borgmester

Jeg skriver en lang mail, undskyld. Jeg har fulgt debatten om salget af den gamle præstegårdsjord ved Torslunde, og jeg er imod, at kommunen sælger til højstbydende uden krav om grønne områder. Men jeg har også en personlig grund til at skrive.

Min mand og jeg har haft vores gård på Torslunde Bygade til salg i et år. Han fik en hjerneblødning sidste vinter, og vi kan ikke længere passe stedet. Vi har nu et bud fra en køber, men han har sagt, at han kun køber, hvis kommunen ikke lægger en ny grusgrav på naboarealet, som det står i forslaget til kommuneplanen. Imens lever vi af hans førtidspension og min lille løn, og vi har ikke råd til at have gården et år mere.

Jeg håber, at byrådet vil tænke på, at planer på papiret har betydning for rigtige mennesker.

Med venlig hilsen
Inge Marie Thorup
Torslunde Bygade 11""")

M("", """Kære borgmester

Grusgraven ved Torslunde er en dårlig idé. Den vil ødelægge landskabet og give tung trafik gennem landsbyen. Tag den ud af kommuneplanen.

Med venlig hilsen
Torslunde Landsbylaug""")

M("p", """Hej Jesper. vi har fået et bud på rækkehuset på Lærkevej men køberen vil have at vi først får lovliggjort carporten. kommunen har haft sagen i 5 mdr. kan du skubbe lidt? /Tanja og Kim""")

M("pt", """Kære Hanne Friis

Jeg er fra Pakistan, og vi er en familie på seks, der har budt på et hus på Vildtbanevej. Sælgeren har accepteret, men vi har hørt fra ejendomsmægleren, at nogle af naboerne har skrevet til kommunen og spurgt, om "der kommer flere af den slags" til vejen. Jeg vil bare gerne vide, om kommunen har fået sådan nogle henvendelser, og hvad I gør ved dem.

Venlig hilsen
Imran Chaudhry""")

M("", """Kære Hanne Friis

Hvor mange huse blev solgt i Ishøj i 2024, og hvad var gennemsnitsprisen? Jeg har set tal fra Boligsiden, men de er usikre.

Venlig hilsen
Lars Hviid""")

M("p", """Til Økonomiudvalget, att. dagsordensamler

Vores forening, Ishøj Spejderne, har forhandlet med kommunen om at købe den grund, hvor spejderhytten ligger. Der er endnu ikke enighed om prisen. Jeg beder om, at sagen ikke kommer på udvalgets dagsorden som orientering, før vi har haft det sidste forhandlingsmøde den 3.

Med venlig hilsen
Karsten Fogh, gruppeleder""")

M("ps", """Hej Mette

Min mand, Rasmus, og jeg har købt et hus i Ishøj Landsby, men handlen er ikke endelig, fordi vi venter på kommunens svar om en tilbygning. Vi kommer fra Vesterbro og har hørt, at Ishøj ikke er særlig åben over for to mænd. Jeg håber ikke det er rigtigt, men jeg ville spørge, om kommunen har en holdning til det.

Hilsen Jakob Villadsen""")

M("", """Til borgmesteren

I brevet fra Center for Byudvikling og Natur står sagsnr. 01.02.05-P19-1407-25. Jeg kan ikke finde sagen i Digital Post. Er nummeret rigtigt?

Venlig hilsen
Anders Frost""")

M("", """Kære udvalgsformand

Vi har modtaget en ejendomsskattebillet med ejendomsnr. 0411751234 og et beløb, der er 30 % højere end sidste år. Hvordan er den beregnet? Vi har ikke ændret noget på huset.

Venlig hilsen
Henrik og Birgit Bertelsen""")

M("pe", """Kære Lars

Vi er nødt til at sælge vores lejlighed, fordi jeg har mistet mit job og ikke kan betale ydelserne. Vi har en køber, men handlen afhænger af, at ejerforeningen får lov til at sætte altaner op, og det har kommunen ikke svaret på i 7 måneder. Vi har fået et brev fra banken om, at de opsiger lånet, hvis vi ikke har solgt til april.

Mvh Mads og Lone Berthelsen""")

M("p", """Til borgmesteren

Min svigerfar har underskrevet en købsaftale på en erhvervsgrund af kommunen på Industrivej, men aftalen er betinget af, at lokalplanen tillader bilværksted. Han er 66 og har sparet op hele livet til det her. Hvornår behandles lokalplanen?

Venlig hilsen
Kristoffer Holm""")

M("", """Til Teknik- og Miljøudvalget

Er det rigtigt, at lokalplanen for Industrivej vil forbyde bilværksteder? Vi er en forening af små værksteder og bekymrede for vores fremtid.

Med venlig hilsen
Ishøj Auto-Værkstedsforening""")
