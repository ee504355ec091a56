"""Part G: forwarded mails and replies with quoted text (Outlook blocks and '> ' lines)."""
from common import M

M("se", """
Fra: Lone Vestergaard (byrådsmedlem)
Sendt: 4. februar 2026 10:12
Til: post@ishoj.dk
Emne: VS: Plejebolig til min mand

Videresendes til rette center.

Fra: Jens Ottosen <jens.ottosen@gmail.com>
Sendt: 3. februar 2026 19:40
Til: Lone Vestergaard
Emne: Plejebolig til min mand

Kære Lone. Min mand Bjarne og jeg har været sammen i 41 år. Nu skal han på plejehjem, og jeg vil gerne have at vi kan bo sammen. Hvem skal jeg tale med?
Jens
""")

M("", """
Fra: Borgmesterens sekretariat
Sendt: 10. februar 2026
Til: post@ishoj.dk
Emne: VS: Cykelsti langs Vejleåvej

Til orientering og videre behandling i Byudvikling og Natur.

> Kære borgmester. Hvornår bliver cykelstien langs Vejleåvej færdig? Den har været lukket i et halvt år.
> Venlig hilsen, Else Brink
""")

M("p", """
> Fra: Byggesag <byggesag@ishoj.dk>
> Emne: Sv: Lovliggørelse af kælder
> Vi forventer at behandle sagen inden for 8 uger.

8 uger?! Vi har en køber til huset på Ishøj Landevej 12 der har skrevet under med forbehold for netop den lovliggørelse. Forbeholdet udløber om 3 uger. Kan det ikke prioriteres?

Niels Hvidt
""")

M("u", """
Fra: Karin Holt <karin.holt@3f.dk>
Sendt: 11. februar 2026
Til: post@ishoj.dk
Emne: VS: Sag om medlem

Jeg er faglig sekretær i 3F Vestegnen og skriver på vegne af vores medlem Ahmed Yusuf, der er ansat i Vej og Park. Han har givet fuldmagt. Han mener han er blevet forbigået ved oprykning. Kan vi få et møde?

Karin Holt
""")

M("", """
Sv: Udbetaling af foreningstilskud

> Kære Ishøj Roklub. Tilskuddet udbetales i uge 12.
> Kultur og Fritid

Tak, men kan det komme til vores nye konto? Reg. 2345 kontonr. 6781239045.

Mvh Kasserer Bo Lund
""")

M("t", """
Fra: Mette Frost (udvalgsformand, Kultur)
Sendt: 9. februar 2026 14:20
Til: post@ishoj.dk
Emne: VS: Klage over diskrimination i svømmehallen

Videresendt.

> Hej Mette. Min datter og hendes veninde blev nægtet adgang til svømmehallen af en livredder der sagde "I somaliere bader jo ikke ordentligt først". Vi er somaliere og vi føler os krænket. Kan du hjælpe?
> Mvh Faduma Ali
""")

M("", """
VS: Fejl i kort over hundeskove

> Hej Natur. Hundeskoven ved Ishøj Sø er ikke vist på jeres kort.
> Karsten

Jeg har ikke fået svar. Videresender igen.

Karsten
""")

M("be", """
Fra: Borgerrådgiveren
Sendt: 12. februar 2026
Til: post@ishoj.dk
Emne: VS: Henvendelse

Borgeren har givet samtykke til at henvendelsen sendes videre.

-----Oprindelig meddelelse-----
Fra: Hassan Barre
Emne: Bedeplads på jobcenter

Jeg er muslim og skal bede midt på dagen. Når jeg er i aktivering på Jobcentret hele dagen, må jeg ikke gå ud og bede. Kan man få et roligt rum?
""")

M("", """
Fra: Direktionssekretariatet
Til: post@ishoj.dk
Emne: VS: Spørgsmål om budget 2026

> Hvor meget af kommunens budget bruges på administration i 2026, og hvordan er det sammenlignet med 2025?
> Jonas Riber, Ishøj

Sendes til Økonomi.
""")

M("eh", """
Fra: Birgit Lauritsen (byrådsmedlem)
Sendt: 13. februar 2026 08:05
Til: post@ishoj.dk
Emne: VS: Min søn

Hej. Videresender til jer. Jeg har svaret borgeren at sagen er sendt videre.

Fra: Annie Kjær
Til: Birgit Lauritsen
Emne: Min søn

Min søn Kasper på 24 er narkoman og har boet på gaden i flere måneder. Han er smidt ud af herberget. Han får ingen kontanthjælp fordi han ikke møder op. Kan kommunen ikke gøre noget?
Annie
""")

M("", """
Sv: Kvittering

> Vi har modtaget din henvendelse og vender tilbage inden for 10 hverdage.

Det er nu 15 hverdage siden. Hvornår kan jeg forvente svar om vejbumpene?

Ib Hansen
""")

M("st", """
Fra: Ahmed Nasser
Sendt: 14. februar 2026 22:11
Til: post@ishoj.dk
Emne: Fw: Ansøgning om familiesammenføring - udtalelse

Hej. Jeg er irakisk og bor i Ishøj. Udlændingestyrelsen beder om en udtalelse fra kommunen om min bolig, fordi min mand Karim skal komme til Danmark. Vi blev gift i Sverige. Se nedenfor.

> Fra: Udlændingestyrelsen
> Vi mangler dokumentation for boligens størrelse.
""")

M("", """
Fra: post@ishoj.dk
Til: Center for Byudvikling og Natur
Emne: VS: Bænke i Ishøj Landsby

> Hej. Kan der sættes flere bænke op ved gadekæret? Mange ældre går tur der.
> Ruth

Til videre behandling.
""")

M("hu", """
Sv: Sygefraværssamtale

> Kære Jesper. Du indkaldes til sygefraværssamtale den 19. februar.
> Med venlig hilsen, din leder

Jeg kommer, men min TR fra Dansk Metal kommer med. Og jeg vil gerne gøre opmærksom på at jeg stadig er i behandling for depression og ikke kan klare en lang samtale.

Jesper Vinding
""")

M("", """
> Hej. Jeg vil gerne vide om der er tilskud til at etablere grønne tage i Ishøj.
> Mvh Birthe

VS til Klima. Borgeren har ikke fået svar i 3 uger.

Hovedpostkassen
""")

M("b", """
Fra: Kasper Bøgh
Sendt: 15. februar 2026
Til: post@ishoj.dk
Emne: Sv: Afslag på stand

> Kære Kasper. Politiske organisationer kan ikke få stand på Ishøj Torvedag.

Jeg er formand for Konservativ Ungdom Ishøj og ikke nogen "politisk organisation" i kommunal forstand, vi er en ungdomsforening. Jeg beder om begrundelse.

Kasper
""")

M("", """
Fra: Jesper Holm (byrådsmedlem)
Til: post@ishoj.dk
Emne: VS: Parkering ved Ishøj Station

> Hej Jesper. Det er umuligt at finde en parkeringsplads ved stationen efter kl. 8. Vil du arbejde for et p-hus?
> Mvh Lene Bak

Politisk spørgsmål, jeg svarer selv. Til orientering.
""")

M("p", """
Sv: Ejendomsskat ved salg

> Kære Hanne. Ved salg fordeles ejendomsskatten mellem køber og sælger på refusionsopgørelsen.

Tak. Men køberen har lige trukket sig fra handlen på Gadekærvej 8, og nu har vi en ny køber der byder 200.000 mindre. Skal vi så stadig betale 2. rate?

Hanne Ebbesen
""")

M("h", """
Fra: Marianne Sølberg
Sendt: 16. februar 2026
Til: Hjælpemiddelafdelingen
Emne: Fw: Rollator

Jeg sendte dette til jer for 2 uger siden:

> Min mand Poul har fået en blodprop i hjernen og skal bruge rollator og badestol når han kommer hjem fra Glostrup. Hvordan søger vi?

Intet svar. Han kommer hjem på fredag.

Marianne
""")

M("", """
Fra: Kristian Dahl
Sendt: 16. februar 2026
Til: post@ishoj.dk
Emne: Sv: Hærværk på busstoppested

> Vi har registreret skaden.

Og hvornår bliver det lavet? Glasset ligger stadig på fortovet.
""")

M("ue", """
Fra: Lederne
Sendt: 17. februar 2026
Til: post@ishoj.dk
Emne: VS: Vores medlem Annette Kruse

Vi repræsenterer vores medlem Annette Kruse, tidligere afdelingsleder i Ishøj Kommune, der er opsagt. Hun er nu ledig og på dagpenge. Vi anmoder om aktindsigt i personalesagen.

Med venlig hilsen
Lederne, juridisk afdeling
""")

M("", """
Fra: Sebastian Bruun, TV2 Nyheder
Til: post@ishoj.dk
Emne: Sv: Interview

> Kære Sebastian. Borgmesteren kan stille op på torsdag.

Perfekt. Vi kommer kl. 10 og vil spørge til de nye tal for ledighed og kontanthjælp i Ishøj.
""")

M("e", """
> Fra: Ishøj Kommune, Boliganvisningen
> Du er desværre ikke berettiget til akut boligtildeling.

Jeg har en fogedsag på mandag og bliver sat ud. Jeg har to børn. Hvad skal jeg gøre? Min eks betaler ikke børnebidrag og jeg har gæld på 40.000 i husleje.

Rikke Nielsen
""")

M("", """
Sv: Kommentar til høring

> Tak for dit høringssvar til Lokalplan 115.

Jeg vil gerne have at mit høringssvar offentliggøres uden mit navn. Er det muligt?

Egon
""")

M("tb", """
Fra: Rasmus Kock (byrådsmedlem)
Sendt: 18. februar 2026
Til: post@ishoj.dk
Emne: VS: Tørklæde på arbejde

Til HR.

> Jeg hedder Hiba og er ansat som sosu-hjælper i hjemmeplejen. Jeg er marokkaner og bærer tørklæde pga. min tro. En borger har nægtet at få hjælp af mig fordi jeg er "udlænding". Min leder har nu flyttet mig fra ruten. Er det lovligt?
""")

M("", """
Fra: Inger Bæk
Til: post@ishoj.dk
Emne: Sv: Tilmelding til seniorfrokost

> Vi bekræfter din tilmelding til seniorfrokost 5. marts.

Kan min veninde også komme? Hun bor i Vallensbæk.
""")

M("s", """
Sv: Navn på skilt ved døren

> Kære beboer. Vi laver navneskilte til alle nye beboere i Ishøjhave.

Tak. Min kone Ingrid og jeg (Gerda) flytter ind sammen i lejlighed 14. Kan der stå begge vores navne? Vi blev gift i 2012, da det blev muligt.

Gerda Holm
""")

M("", """
VS: Hjertestarter

> Hej. Hvor er nærmeste hjertestarter ved Ishøj Strandpark?

Videresender fra Facebook, kan I svare?
""")

M("u", """
Fra: HK Kommunal Hovedstaden
Til: post@ishoj.dk
Emne: Sv: Forhandling af lokalløn

> Vi foreslår et møde den 3. marts.

Vi bekræfter. Fra HK deltager faglig konsulent Lise Bro og tillidsrepræsentant Jan Ravn fra Borgerservice.
""")

M("", """
Fra: Grundejerforeningen Vejlebro
Til: post@ishoj.dk
Emne: VS: Høringssvar til trafikplan

Bestyrelsen har vedtaget vedlagte høringssvar. Vi er imod ensretning af Vejlebrovej.
""")

M("he", """
Fra: Henrik Bang
Til: post@ishoj.dk
Emne: VS: Hjemmepleje

Videresender fra min søster.

> Hej Henrik. Mor er blevet dårligere. Hun har fået kræft i leveren og hjemmeplejen kommer kun 2 gange om dagen. Kan du skrive til kommunen om mere hjælp?
> Kirsten
""")

M("", """
Sv: Booking af Ishøj Rådhus mødesal

> Mødesalen er reserveret til politiske møder i valgperioden.

Vi er en bridgeklub. Kan vi så få et andet lokale?
""")

M("bs", """
Fra: Thomas Krag
Til: post@ishoj.dk
Emne: Sv: Ansøgning om tilskud til Regnbuenetværket

> Kære Thomas. Foreninger med politisk formål kan ikke få tilskud.

Vi er en social forening for LGBT+ ældre, ikke et parti. Jeg er selv homoseksuel og medlem af Alternativet, men det har intet med foreningen at gøre.

Thomas Krag
""")

M("", """
Fra: Helle Nørgaard
Til: post@ishoj.dk
Emne: VS: Kunstgræsbanen

> Hvorfor har kunstgræsbanen ved Ishøj Stadion ikke lys efter kl. 20?

Sendt videre til Kultur og Fritid.
""")
