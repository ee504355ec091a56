"""Part B: the main mailbox (hovedpostkassen): forwarded threads from council members,
quoted replies, signatures with disclaimers and HTML leftovers."""
from common import M

M("eh", """
Fra: Bjarne Holst (byrådsmedlem) <bhol@ishoj.dk>
Sendt: 2. april 2025 08:41
Til: Hovedpostkassen
Emne: VS: Hjælp til min mor

Videresendes til relevant center. Borger har givet mundtligt samtykke.

Bjarne Holst
Byrådsmedlem

-----Oprindelig meddelelse-----
Fra: Trine Abel <trine.abel@hotmail.com>
Sendt: 1. april 2025 21:57
Til: Bjarne Holst
Emne: Hjælp til min mor

Hej Bjarne

Vi kender hinanden fra håndboldklubben. Min mor Else Abel på Ishøj Søvej har fået konstateret Parkinsons, og hjemmeplejen kommer kun om morgenen. Hun har brug for hjælp om aftenen også, men visitationen har givet afslag. Kan du gøre noget?

Kh Trine
""")

M("", """
Fra: Susanne Bak <susb@ishoj.dk>
Sendt: 10. marts 2025 13:02
Til: Hovedpostkassen
Emne: VS: Støj fra Ishøj Havn

Til videre fordeling – vedr. støj fra arrangementer på havnen.

Med venlig hilsen

Susanne Bak
Byrådsmedlem
Ishøj Kommune

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den og give afsenderen besked.

Fra: Frank Dalsgaard <fdals@gmail.com>
Sendt: 9. marts 2025 23:40
Til: Susanne Bak
Emne: Støj fra Ishøj Havn

Der var musik til kl. 01 i lørdags igen. Hvem giver tilladelse til det?
Frank
""")

M("b", """
Fra: Borgmesterens sekretariat
Sendt: 18. februar 2025 10:15
Til: Hovedpostkassen
Emne: VS: Henvendelse til borgmesteren

Til fordeling. Kvittering er sendt til borgeren.

---
Kære borgmester

Jeg skriver til dig som muslim og som mor. Min datter Yasmin går i 8. klasse på Ishøj Skole, og hun har fået at vide, at hun ikke må bede sin middagsbøn i et tomt klasselokale i frikvarteret. Hun har ikke forstyrret nogen.

Jeg har skrevet til skolen, men de svarer ikke. Jeg vedlægger mit cpr nr. hvis det er nødvendigt: [[030582–2218]]

Med venlig hilsen
Fatima Rahimi
Vejleåparken 22, 3. tv.
""")

M("", """
[cid:image001.png@01DB8A2C.4F1E2B30]

Hej Hovedpostkassen

Vi har ikke modtaget kvittering på vores henvendelse af 4. marts om vejbump på Strandhaven. Kan I bekræfte, at den er modtaget?

Venlig hilsen
Grundejerforeningen Strandhaven
v/ Kasserer Jytte Lauritsen

[cid:image002.png@01DB8A2C.4F1E2B30]
""")

M("p", """
Fra: Kim Ravnsbæk (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Forkøbsret?

Til Byudvikling og Natur. Jeg har ikke svaret borgeren.

> Hej Kim
> Vi er ved at sælge vores hus på Kildebrøndevej 14 og har en køber, der har budt 3,4 mio. Køberen vil gerne have at vide, om kommunen har planer om at inddrage en del af grunden til cykelsti, før han skriver under. Mægleren siger at vi skal have svar inden fredag ellers trækker han sig.
> Mvh Henrik og Tove Sommer
""")

M("", """
Hej hovedpostkassen,

Jeg skriver fordi jeres automatiske svar siger at "Din henvendelse er modtaget", men så sker der ikke mere. Det er 3. gang jeg skriver om den samme lygtepæl på Gadekærvej, der har været slukket siden november.

Venlig hilsen
Jonas Hedegaard

Sendt fra min iPhone
""")

M("u", """
Fra: Annette Juul <annette.juul@ishoj.dk>
Sendt: 7. maj 2025 15:33
Til: Hovedpostkassen
Emne: VS: Arbejdsmiljø på Rådhuset

Videresendes til HR. Borgeren er selv tidl. medarbejder.

Fra: Brian Lykkegaard
Til: Annette Juul

Hej Annette. Jeg var HK-tillidsmand i Borgerservice indtil sidste år og har stadig kontakt til flere af de gamle kolleger. De fortæller, at der har været tre sygemeldinger pga. stress i foråret. Det synes jeg politikerne skal vide. Jeg nævner ingen navne.

Hilsen Brian
""")

M("", """
Til Ishøj Kommune

Jeg har modtaget en faktura for skoleboddel/ SFO for en pige jeg ikke kender. Fakturanr. 2507200134, barnets navn er overstreget på min kopi. Jeg har ingen børn i SFO. Kan I rette det?

Venlig hilsen
Dorte Nygaard
""")

M("he", """
Fra: Lise Dam
Sendt: 25. marts 2025 07:58
Til: Hovedpostkassen; Direktør Voksne og Velfærd
Emne: VS: VIGTIGT - min brors bolig

Jeg har kun svaret borgeren at den er sendt videre.

Lise Dam, byrådsmedlem

> Fra: Morten Krogh <m.krogh@live.dk>
> Sendt: 24. marts 2025 22:11
>
> Kære Lise. Min bror Anders bor i en bostøtte-lejlighed på Pileengen. Han er skizofren og har i 3 uger ikke fået besøg af sin bostøtte. Han spiser ikke og har ikke taget sin medicin. Jeg er bange for at han ender på psykiatrisk igen. Hvem skal jeg ringe til??
> Morten
""")

M("", """
Hej

Vedhæftet er vores ansøgning om at holde loppemarked på Ishøj Torv den 14. juni.

 

 

Med venlig hilsen

 

Rikke Haahr

Formand, Vildtbanens Beboerforening

 

 
""")

M("", """
Fra: Hovedpostkassen
Til: Center for Byudvikling og Natur
Emne: VS: Rotter i gården

Til videre behandling.

-----
Hej. Der er rotter i gården i blok 5 i Vejleåparken. Vi har sagt det til boligselskabet men de siger at det er kommunen. Hvem har ansvaret?
Venlig hilsen beboer i blok 5
""")

M("et", """
Emne: SV: Din henvendelse af 3/4 - sagsnr. 25/4411

Hej igen

Jeg forstår ikke jeres svar. I skriver at min kontanthjælp bliver trukket fordi jeg ikke har opfyldt "beskæftigelseskravet", men jeg har arbejdet 225 timer i et rengøringsfirma. Lønsedlerne har jeg sendt.

Min sagsbehandler sagde til mig i telefonen "det er altid jer fra Irak der har problemer med papirerne". Jeg har dansk statsborgerskab.

Hamid Al-Saadi

Den 03-04-2025 kl. 10:22 skrev Ydelsescenteret <ydelse@ishoj.dk>:
> Kære Hamid Al-Saadi
> Vi har modtaget din henvendelse og vender tilbage.
""")

M("", """
Til hovedpostkassen

Bemærk at jeg har skiftet e-mailadresse. Den gamle (torben.k@mail.dk) virker ikke længere. Min nye adresse er torben.kjellerup@gmail.com.

Med venlig hilsen
Torben Kjellerup
""")

M("", """
Hej.

Jeg fik et brev fra jer med overskriften "Partshøring" men det ser ud til at være til min nabo, Ishøj Stationsvej 7 i stedet for nr. 17. Jeg har ikke læst det færdigt, men I bør nok sende det til den rigtige. Jeg har lagt brevet tilbage i kuverten.

Mvh
Karen Sølvsten
""")

M("s", """
Fra: Henrik Schou <henrik.schou@ishoj.dk>
Til: Hovedpostkassen
Emne: VS: Invitation

Borger inviterer byrådet. Til orientering, kræver ikke svar fra administrationen.

> Kære byrådsmedlemmer
> Min kæreste Mads og jeg holder bryllupsfest i Ishøj Kulturhus i august, og vi vil gerne invitere hele byrådet til at komme forbi til en lille reception, fordi vi synes Ishøj har været et godt sted at være som to fyre der flytter sammen. Ingen forpligtelser!
> Kærlig hilsen Nikolaj Brandt
""")

M("", """
Fra: Hovedpostkassen
Sendt: 5. februar 2025
Til: Center for Borger, Økonomi og IT
Emne: VS: Fejl i ejendomsskattebillet

Borgeren mener at grundværdien er forkert. Ejendomsnr. 183-045612.

Med venlig hilsen
Hovedpostkassen
Ishøj Kommune | Ishøj Store Torv 20 | 2635 Ishøj | Tlf. 43 57 75 75

Vi behandler personoplysninger i overensstemmelse med databeskyttelsesforordningen. Læs mere på ishoj.dk/persondata.
""")

M("e", """
Hej

Jeg skal bruge en bekræftelse på at jeg modtager boligstøtte til min ansøgning om en ny lejlighed hos BO-VEST. De vil have den inden den 1. Mit cpr er [[220893 3051]].

Tak
Natasja Bergholt
""")

M("", """
Til Ishøj Kommune

Hvorfor har kommunen skiftet telefonnummer til hjemmeplejen uden at fortælle det? Det gamle nummer siger bare "nummeret er ikke i brug". Der står stadig det gamle på folderen.

Mvh
Erling Staun
""")

M("bu", """
Fra: Lene Fisker (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Lokaleleje

Til Kultur og Fritid.

-----Original Message-----
From: Mikkel Dahl
Sent: Tuesday, April 15, 2025 9:12 PM
To: Lene Fisker
Subject: Lokaleleje

Hej Lene, vi kender hinanden fra partiforeningen. Som du ved er jeg formand for Enhedslisten Ishøj og også aktiv i Dansk Metal. Vi vil gerne låne et mødelokale på biblioteket til et debatmøde om arbejdsmiljø i maj. Hvem skal jeg skrive til?
Mikkel
""")

M("", """
Hej

Kan I fortælle mig, hvilket center der har ansvaret for vedligehold af legepladsen ved Strandgårdsskolen? Der er et brækket gyngestativ, og jeg har skrevet til tre forskellige adresser uden svar.

• Skrevet 3/3 til skolen
• Skrevet 12/3 til Teknik
• Skrevet 20/3 til hovedpostkassen

Venlig hilsen
Nanna Vestergaard
""")

M("hes", """
Fra: Maja Storm (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Hjælp

Til Voksne og Velfærd. Han har givet lov til at sende den videre.

From: Kasper Lindholt <kasperlindholt@gmail.com>
Sent: 11 March 2025 01:44

hej maja. ved ikke hvem jeg ellers skal skrive til. min mand Rune døde i januar af kræft og nu siger boligselskabet at jeg skal flytte fordi lejen er for høj til én person. jeg får ikke enkeseydelse fordi vi kun var gift i 8 måneder (siger de). jeg har været sygemeldt med depression siden han døde. jeg har ikke sovet i 3 døgn.
kasper
""")

M("", """
Til hovedpostkassen

Jeg undrer mig over at kommunen skriver "vi behandler din henvendelse fortroligt" i sin autosvar, når mit svar kom fra en ukrypteret mail. Hvordan sikrer I jer at personoplysninger ikke sendes usikkert? Det er et generelt spørgsmål, jeg har ingen personlig sag.

Mvh
Lasse Thim, IT-konsulent
""")

M("p", """
Til Ishøj Kommune, hovedpostkassen

Vi har lagt vores kolonihavehus i H/F Ishøjgaard til salg, og en køber har budt 310.000 kr. Foreningen siger at kommunen skal godkende prisen, fordi grunden er kommunal. Hvor lang tid tager det? Køberen vil gerne have svar før påske.

Venlig hilsen
Bodil og Arne Lund, have nr. 41
""")

M("", """
Hej

Jeg har fået to rykkere for en regning, jeg har betalt. Regning nr. 8805-2231, betalt 12. januar fra min konto 5301 0242810. Kan I fjerne rykkergebyret?

Mvh
Johnny Birk
""")

M("he", """
Emne: SV: SV: Vedr. din ansøgning om handicapbil

Hej Camilla

Tak for svaret, men jeg forstår stadig ikke hvorfor det skal tage 8 måneder. Min søn Oliver er 14 og har cerebral parese, han vejer 52 kg og jeg kan ikke løfte ham ind i vores gamle Skoda mere. Jeg har fået ondt i ryggen og er nu selv sygemeldt.

Venlig hilsen
Pia Thorsager

-----
Fra: Camilla Eg, Center for Voksne og Velfærd
Sendt: 2. maj 2025

Kære Pia Thorsager
Din ansøgning er under behandling. Den forventede sagsbehandlingstid er 8 måneder.
""")

M("", """
Fra: Hovedpostkassen
Til: Center for Børn og Forebyggelse
Emne: VS: Fejl i pladsanvisning

Borgeren har fået tilbudt plads i to institutioner samtidig. Der er ikke vedlagt personfølsomme oplysninger.

> Jeg har fået brev om plads i Børnehuset Regnbuen OG i Troldehøjen fra 1. august. Hvilken er den rigtige?
> Mvh Sarah Kähler
""")

M("te", """
Hej

Jeg vil gerne høre om kommunen tilbyder tolkning til grønlandsk. Min mormor Naja Kristiansen er lige flyttet hertil fra Nuuk for at bo hos os og taler ikke dansk særlig godt. Hun skal til samtale hos visitationen om et ældrebolig-ønske.

Mvh
Pipaluk Hansen
""")

M("", """
Vi har ikke modtaget jeres brev om indskrivning i 0. klasse. Naboerne har fået det for 2 uger siden. Vi bor på Skovvej 55.
Mvh familien Brask
""")

M("", """
Til Ishøj Kommune

Jeg vil gerne klage over at jeres nye sagsbehandlingssystem sender breve til e-Boks i stedet for mit fysiske postkasse, selvom jeg er fritaget for Digital Post. Jeg har nu misset to breve. Det er sket for mange ældre på min vej.

Med venlig hilsen
Aase Mogensen, 81 år
""")

M("ue", """
Fra: Jobcenter Ishøj
Til: Hovedpostkassen
Emne: VS: Klage fra borger – videresendt af fejl

Den her skulle være gået til Ydelsescenteret, sender den til jer til korrekt fordeling.

Fra: Susan Winkel
Emne: Dagpenge er stoppet?

Til jobcenteret. Jeg har været medlem af Krifa i 11 år og fik dagpenge indtil marts. Nu siger Krifa at jeg er "udfaldet" og skal søge kontanthjælp. Men min mand tjener 380.000 om året så jeg får ingenting. Hvad gør jeg nu?
Susan Winkel
""")

M("", """
&nbsp;Hej&nbsp;

Jeg&nbsp;har&nbsp;ikke&nbsp;fået&nbsp;svar&nbsp;på&nbsp;min&nbsp;henvendelse&nbsp;om&nbsp;hundeskoven.&nbsp;Den&nbsp;er&nbsp;stadig&nbsp;lukket.

Mvh&nbsp;Jane
""")

M("e", """
Hej Hovedpostkassen

Jeg har fået besked om at mit barn har fået friplads i SFO, men beløbet er alligevel trukket på min konto. Min søn hedder Emil Larsen, cpr [[1905144871]]. Det var 1.940 kr. Kan I tilbagebetale det?

Mvh
Jeanette Larsen
""")

M("", """
Hej,
jeg kan ikke finde ud af hvem man skal skrive til om et hul i vejen ved Tranegilde Strandvej 61 – det har taget 2 fælge nu.
/Thomas
""")

M("bthe", """
Fra: Borgmesterkontoret
Til: Hovedpostkassen
Emne: VS: Hjemmehjælp og kost

Videresendes til Voksne og Velfærd til direkte besvarelse.

> Kære borgmester Ole
> Min far på 91 er jøde og medlem af Mosaisk Trossamfund og spiser kun koscher mad. Efter han fik en blodprop i hjernen, får han madordning fra det kommunale køkken, men de kan ikke levere noget han må spise. Han har tabt 6 kilo på to måneder.
> Med venlig hilsen
> Daniel Melchior
""")

M("", """
Til Ishøj Kommune

Der står i den trykte borgerguide at Borgerservice har åbent torsdag til kl. 18, men på hjemmesiden står der kl. 17. Hvad er det rigtige? Jeg tog fri fra arbejde og stod foran en lukket dør.

Venlig hilsen
Michael Rønne
""")

M("e", """
Fra: Ishøj Kommune, Hovedpostkassen
Til: Center for Børn og Forebyggelse
Emne: VS: Samvær

Til rette sagsbehandler.

-------- Videresendt meddelelse --------
Jeg er far til Sofie på 6 år. Min eks-kone har siden jul ikke overholdt vores samværsaftale fra Familieretshuset, og jeg har ikke set min datter i 4 måneder. Jeg har hørt at der er lavet en underretning på hende fra skolen. Jeg vil vide hvad der står i den.
Mvh Thomas Ejby
""")

M("", """
Til Hovedpostkassen

Vi er en gruppe borgere fra Ishøj Landsby, der er bekymrede over den nye byggeplan for marken bag kirken. Vi beder om et borgermøde. Vedhæftet er 142 underskrifter.

Med venlig hilsen
Inger Bro, på vegne af gruppen
""")

M("", """
Hej

Jeg er blevet bedt om at sende min fuldmagt til jer, så min datter kan tale med jer om min ejendomsskat. Fuldmagten er vedhæftet. Ejendomsnummer 183-009871.

Mvh
Verner Lindskov
""")
