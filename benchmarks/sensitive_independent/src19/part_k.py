"""Part K: HTML-conversion leftovers (no-break spaces, bullets, image placeholders,
footers) in a last handful of mails, positive and negative."""
from common import M

M("hue", """
Hej\u00a0Borgerrådgiveren,\u00a0

Jeg\u00a0skriver\u00a0om\u00a0min\u00a0sygedagpengesag.\u00a0Jeg\u00a0har\u00a0været\u00a0sygemeldt\u00a0med\u00a0en\u00a0whiplash\u00a0siden\u00a0en\u00a0bilulykke\u00a0i\u00a0januar,\u00a0og\u00a0min\u00a0fagforening\u00a0(Dansk\u00a0Metal)\u00a0siger\u00a0at\u00a0kommunen\u00a0har\u00a0overskredet\u00a0fristen\u00a0for\u00a0opfølgning.

Mvh\u00a0
Jimmi\u00a0Krog
[cid:image001.png@01DBB21A.77E0C3F0]
""")

M("", """
Hej

Vi har følgende spørgsmål til skolebuskørslen:

·         Hvornår kommer den nye køreplan?
·         Kører bussen også i skolernes sommerferie?
·         Hvem skal man klage til ved forsinkelser?

Med venlig hilsen

Forældrerådet, Ishøj Skole

[cid:image002.jpg@01DBB21A.77E0C3F0]
""")

M("e", """
Til\u00a0Ydelsescenteret

·         Jeg\u00a0har\u00a0søgt\u00a0om\u00a0enkeltydelse\u00a0til\u00a0briller\u00a0den\u00a03.\u00a0marts
·         Jeg\u00a0har\u00a0sendt\u00a0lønsedler\u00a0den\u00a010.\u00a0marts
·         Jeg\u00a0har\u00a0rykket\u00a0den\u00a020.\u00a0marts\u00a0og\u00a01.\u00a0april

Jeg\u00a0er\u00a0på\u00a0kontanthjælp\u00a0og\u00a0kan\u00a0ikke\u00a0se\u00a0uden\u00a0brillerne.\u00a0Hvad\u00a0sker\u00a0der?

Hanne\u00a0Krag, cpr\u00a0[[070166\u00a01420]]
""")

M("", """
Kære Ishøj Kommune

 

Tak for et godt samarbejde om Kulturnatten.

 

Med venlig hilsen

 

Sanne Bech | Koordinator | Ishøj Kulturforening
Tlf.: 22 41 90 18 | www.ishojkultur.dk

P Tænk på miljøet, før du printer denne e-mail.
""")

M("st", """
Hej

Min kæreste og jeg er to kvinder og har boet i Ishøj siden 2020. Hun, Ngozi, er fra Nigeria, og vi har fået at vide at hun skal have en "tilknytningsvurdering" fra kommunen til sin opholdssag. Hvad betyder det, og hvem skal vi kontakte?

Mvh
Maja Ottesen

Denne mail er sendt fra en mobil enhed. Undskyld stavefejl.
""")

M("", """
Fra:\u00a0Hovedpostkassen
Sendt:\u00a012.\u00a0marts\u00a02025\u00a009:41
Til:\u00a0Center\u00a0for\u00a0Byudvikling\u00a0og\u00a0Natur
Emne:\u00a0VS:\u00a0Skilt\u00a0væltet

Et\u00a0vejskilt\u00a0er\u00a0væltet\u00a0i\u00a0krydset\u00a0Ishøj\u00a0Stationsvej/Vejleåvej.\u00a0Borger\u00a0ønsker\u00a0ikke\u00a0svar.
""")

M("pb", """
Kære Byråd

Som medlem af Dansk Folkeparti og nabo til byggegrunden på Ishøj Landevej vil jeg gøre opmærksom på at jeg har budt på grunden ved kommunens udbud, og jeg har endnu ikke fået svar. Budfristen var 1. marts. Hvornår træffes beslutningen?

Mvh
Jørgen Rask

[cid:image003.png@01DBB21A.77E0C3F0]
""")

M("", """
Hej

Vi er en gruppe forældre i Vejleåparken, der gerne vil starte en lektiecafé. Kan kommunen stille et lokale til rådighed?

• Hvornår?
• Hvor?
• Koster det noget?

Mvh
Nadia, Imran og Olena
""")

M("sb", """
Hej Borgerservice

Min mand, Jakob, og jeg er begge mænd og skal giftes i Ishøj Rådhus. Vi er begge medlem af Den Katolske Kirke, og vi vil gerne vide om vi kan få en præst med til ceremonien på rådhuset eller om det kun kan være borgerlig vielse.

Mvh
Tobias Kjeldgaard
""")

M("", """
Hej

Jeres mail kom frem med mærkelige tegn: "Kære borger, vi har modtaget din henvendelse om Ã¦ndring af adresse". Det er vel en fejl i jeres system? Jeg kan ikke læse det hele.

Mvh
Ebba
""")

M("tu", """
Hej\u00a0

Jeg\u00a0er\u00a0fra\u00a0Litauen\u00a0og\u00a0arbejder\u00a0på\u00a0en\u00a0byggeplads\u00a0i\u00a0Ishøj.\u00a0Jeg\u00a0er\u00a0medlem\u00a0af\u00a03F,\u00a0og\u00a0de\u00a0siger\u00a0at\u00a0jeg\u00a0skal\u00a0registreres\u00a0i\u00a0Borgerservice\u00a0for\u00a0at\u00a0få\u00a0et\u00a0sundhedskort.\u00a0Hvornår\u00a0har\u00a0I\u00a0åbent?

Tomas\u00a0Kazlauskas
""")

M("he", """
Fra: Birthe Storm
Sendt: 14. maj 2025 07:02
Til: Hjemmeplejen Syd
Emne: Afbud

Godmorgen. Min mand Aksel skal ikke have morgenbesøg i dag, han er indlagt på Hvidovre med hjertesvigt igen. Jeg ringer når han kommer hjem.

Birthe

Ishøj Kommune – Hjemmeplejen Syd | Åbningstid telefon 7.30-15.00
""")
