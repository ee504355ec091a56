# Longer, multi-paragraph mails (several categories and long negatives).
from common import M, C

M("c h e u", """
Kære borgerrådgiver

Jeg skriver til dig, fordi jeg ikke længere ved, hvad jeg skal gøre, og fordi min tillidsrepræsentant i FOA har rådet mig til at få en uvildig person til at se på forløbet.

Jeg har arbejdet som social- og sundhedshjælper i 19 år. I marts sidste år fik jeg en diskusprolaps i lænden og blev opereret på Glostrup i maj. Siden har jeg været sygemeldt med perioder med delvis raskmelding. Jobcentret har nu tre gange flyttet min opfølgningssamtale, og i januar fik jeg at vide, at mine sygedagpenge stopper, fordi jeg har nået revurderingstidspunktet. Ingen har forklaret mig, om jeg kan få et jobafklaringsforløb, og jeg har fået to forskellige svar fra to sagsbehandlere.

Min økonomi er helt i bund. Jeg har lånt penge af min søster for at betale huslejen for februar, og jeg har en restance på varmeregningen på 6.300 kr.

Jeg vil gerne bede dig om at se på, om min sag er blevet behandlet korrekt. Mit personnummer er §CPR§, og sagen hedder vist "sygedagpenge – revurdering".

Jeg giver gerne samtykke til, at du kan se i min sag.

Med venlig hilsen
Hanne Birk Olsen
Ishøj Strandvej 112, 3. th.
2635 Ishøj
Tlf. 51 22 38 70
""", C(17, 2, 1968, "space"))

M("t b e", """
Kære Merete Andersen, formand for Børne- og Skoleudvalget

Jeg hedder Abdirahman og er far til tre børn på Strandgårdskolen. Vi er en somalisk familie, og vi er praktiserende muslimer. Det skriver jeg, fordi det er vigtigt for at forstå min henvendelse.

Min ældste søn på 12 har i flere måneder fået at vide af en voksen i SFO'en, at "I somaliere kan jo ikke finde ud af at holde aftaler". I sidste uge fik han at vide, at han ikke måtte bede i et tomt lokale i frikvarteret, selvom ledelsen tidligere har givet lov. Han er kommet grædende hjem to gange.

Jeg har skrevet til skolen tre gange uden svar. Samtidig har vi lige fået et brev fra kommunen om, at vores friplads i SFO'en bortfalder, fordi vi ikke har sendt en ny indkomstoplysning. Det har vi - jeg har kvittering. Jeg er ledig efter at være blevet fyret fra Netto, og vi kan ikke betale fuld pris.

Jeg ved godt, at du ikke kan behandle sager, men jeg beder dig sende dette videre til nogen, der kan.

Med venlig hilsen
Abdirahman Farah
Vejleåparken 41, st. tv.
""")

M("p e h", """
Hej Kim

Vi har talt sammen til borgermødet i Torslunde sidste år, så du kan måske huske mig.

Jeg skriver, fordi vi er i gang med at sælge vores gård på Torslundevej. Vi har en køber, der har givet et bud på 7,4 mio., men købet er betinget af, at kommunen giver landzonetilladelse til at indrette den gamle lade til bolig. Ansøgningen har ligget hos jer siden oktober, og køberen truer nu med at springe fra.

Vi er nødt til at sælge. Min kone fik konstateret Parkinsons sidste forår, og vi kan ikke længere passe jorden. Banken har desuden sagt, at vi skal nedbringe gælden på ejendommen inden sommer, ellers opsiger de lånet.

Jeg beder ikke om særbehandling, men bare om at få at vide, hvornår vi kan forvente svar.

Med venlig hilsen
Jørgen Vestergaard
Torslundevej 140
Mobil 23 11 09 47
""")

M("s c", """
Til Borgerservice, Ishøj Kommune

Min mand Mikael og jeg flyttede til Ishøj den 1. marts fra Aarhus. Vi har begge meldt flytning via borger.dk, men det er kun min flytning, der er registreret. Mikael står stadig på den gamle adresse i Aarhus, og derfor får han ikke sine breve, og han kan ikke vælge læge her.

Vi har prøvet at ringe flere gange, men ventetiden er over en time.

Mikael Hjort, cpr §CPR§
Søren Hjort, cpr §CPR§

Adresse: Gildbrovej 8, 2635 Ishøj

På forhånd tak.

Venlig hilsen
Søren Hjort
""", C(8, 8, 1982, "nbsp"), C(23, 3, 1980, "space"))

M("", """
Til Teknik- og Miljøudvalget

Jeg skriver på vegne af Grundejerforeningen Ishøj Strandhave, som har 146 medlemmer.

Siden september 2024 har der været omfattende gravearbejde på Ishøj Strandvej i forbindelse med fjernvarmeudbygningen. Vi har forståelse for, at arbejdet er nødvendigt, men vi oplever, at afspærringerne ikke bliver flyttet, når arbejdet på en strækning er afsluttet. Det betyder, at bus 128 har haft omkørsel i fem måneder, og at mange ældre beboere ikke kan komme til stoppestedet.

Vi har skrevet til forsyningsselskabet (deres sag 2024-11-0387) og til kommunens vejmyndighed (sagsnr. 05.01.10-P19-44-24), men har kun fået standardsvar.

Vi beder udvalget om at
1) få en tidsplan for det resterende arbejde,
2) sikre at afspærringer fjernes løbende, og
3) overveje et midlertidigt stoppested ved Strandhavevej.

Vi deltager gerne i et møde. Vores kontaktperson er undertegnede, tlf. 40 12 55 61.

Med venlig hilsen
Bestyrelsen, Grundejerforeningen Ishøj Strandhave
v/ formand Kurt Vinther
""")

M("", """
Kære byrådsmedlemmer

Jeg vil gerne give min mening til kende om forslaget om at omdanne den gamle boldbane ved Vejleå Skole til parkeringsplads.

Jeg har boet i kvarteret i 25 år, og banen bliver brugt hver eneste eftermiddag af børn og unge fra området. Der er ikke andre frie boldbaner inden for gåafstand. Hvis I fjerner den, rykker de unge op i centret i stedet, og det ved vi alle, hvordan ender.

Jeg forstår godt, at forældre og lærere mangler parkering om morgenen. Men kunne man ikke i stedet bruge den halvtomme p-plads ved hallen og lave en sikker sti derfra? Det koster meget mindre.

Jeg håber, at I vil tage det med i jeres overvejelser, når sagen kommer på dagsordenen den 22. maj.

Med venlig hilsen
Birthe Lyngsø
Vejleå Parkvej 17
""")

M("b u", """
Kære borgmester

Jeg er medlem af Enhedslisten og har i 25 år været tillidsrepræsentant for 3F i rengøringen. Det er derfor med stor bekymring, at jeg læser, at Økonomiudvalget vil sende rengøringen på skolerne i udbud igen.

Sidst det skete i 2015, gik lønnen ned og sygefraværet op hos det private firma, og kommunen måtte tage opgaven hjem efter to år. Jeg var selv med til at forhandle medarbejderne tilbage.

Jeg beder dig om at sørge for, at der kommer en ordentlig analyse af erfaringerne fra dengang, før I beslutter noget.

Med kammeratlig hilsen
Jytte Nørgaard
""")

M("h e t", """
Hej

Jeg skriver på vegne af min mor, Gül, som ikke selv kan skrive dansk. Hun er 74 år og kom til Danmark fra Tyrkiet i 1971.

Min mor har diabetes og dårligt hjerte og er faldet to gange i sin lejlighed i den sidste måned. Hun har hjemmehjælp to gange om ugen, men hun har brug for mere. Sidst visitatoren var der, var der ingen tolk, og min mor sagde ja til alt, fordi hun ikke forstod spørgsmålene. Afgørelsen blev derfor, at hun ikke skulle have mere hjælp.

Vi vil gerne have et nyt visitationsbesøg med tolk, og jeg vil gerne være med.

Mange hilsner
Selin Kaya
Telefon 60 44 81 29
""")
