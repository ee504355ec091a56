"""Part B: schools, daycare and children's services; forwarded chains and attachments."""
from common import M

M("h", """
Emne: Fravær – Liva 4.b

Hej Strandgårdskolen

Liva er syg igen, hun har fået konstateret migræne og skal til neurolog. Vedhæftet lægeerklæring.

Mvh Sanne (mor)
""")

M("", """
Emne: Sygemelding

Hvordan melder man sit barn syg i Aula? Jeg kan ikke finde knappen.
""")

M("eh", """
Kære PPR

Vi har fået afslag på specialskoletilbud til vores søn Noah (8 år), selvom han har diagnosen ADHD og autisme og ikke kan rumme en almindelig klasse. Vi vil klage. Se bilag 1–3.

Med venlig hilsen
Rikke og Martin Dahl
Noah Dahl, cpr [[150618 4127]]
""")

M("", """
Til Børne- og Skoleudvalget

Hvor mange elever visiteres til specialskoler i Ishøj om året, og hvad koster en plads i gennemsnit? Jeg skriver på vegne af forældrebestyrelsen på Vibeholmskolen.

Venlig hilsen
Anne Lynge, formand
""")

M("e", """
Hej

vi har søgt om økonomisk friplads i vuggestuen Regnbuen for vores datter Ella men har ikke hørt noget. jeg er enlig og på SU. hvornår kommer svaret

Caroline
""")

M("", """
Hvad er indkomstgrænsen for at få økonomisk friplads i daginstitution i 2027?
""")

M("t", """
Kære skoleleder

Min datter Amina fortæller at en lærer har sagt til klassen at "somaliere altid kommer for sent". Vi er fra Somalia og det sårede hende meget. Jeg vil gerne have et møde.

Med venlig hilsen
Hodan Warsame
""")

M("b", """
Hej

Vores søn Yusuf skal på lejrskole i uge 10. Vi er muslimer og han spiser ikke svinekød. Kan køkkenet tage hensyn?

Mvh Fatma
""")

M("", """
Hej

Serverer skolerne i Ishøj svinekød i kantinerne, og er der altid et alternativ? Det er et generelt spørgsmål til bestyrelsesmødet.

Mvh Jesper Riis, skolebestyrelsen
""")

M("s", """
Hej

Vi er to mødre til Sigurd i 0.a og det står kun "mor og far" i skemaet i Aula. Kan I ændre det til "forælder 1 og 2"? Det er lidt trælst hver gang.

Kh Ida og Louise
""")

M("", """
Hej

Kan Aula vise flere end to forældre til et barn? Vi har mange sammenbragte familier i klassen.

Forældrerådet 3.c
""")

M("e", """
Fra: Mia Kronborg
Sendt: 17. november 2026 22:03
Til: Familieafdelingen
Emne: Samvær

Hej. Min eks vil ikke udlevere vores datter Alma til samvær i weekenden, og Familieretshuset har ikke svaret. Skolen siger at han har hentet hende før tid. Hvad kan I gøre?

Mia
""")

M("", """
Hvad gør skolen hvis en forælder uden forældremyndighed vil hente et barn? Er der en fast procedure?
""")

M("eh", """
Underretning

Jeg er dagplejer i Ishøj og vil underrette om et barn i min pleje, Lukas (2 år), som flere gange er kommet med blå mærker på armene og er meget angst. Moren har fortalt at far drikker. Jeg vedlægger mine notater.

Lene Skov, dagplejer, tlf. 28 51 40 77
""")

M("", """
Hvordan laver man en underretning, og kan man være anonym? Jeg er træner i en fodboldklub og vil gerne vide det generelt.
""")

M("", """
Emne: Skolebus Torslunde

Bussen til Ishøj Skole kører nu 07.32 i stedet for 07.40. Det er for tidligt for de små. Kan det ændres tilbage?
""")

M("he", """
Hej

Vores datter Freja er kørestolsbruger efter en rygmarvsskade og har fået bevilget kørsel til skole, men taxaen kommer for sent næsten hver dag. Hvem skal vi klage til?

Mvh
Jakob Holm
""")

M("", """
sms'er ikke med skolen mere, hvem skal jeg skrive til om busturen til Zoo i 3.b
""")

M("u", """
Kære Børne- og Skoleudvalg

Jeg er lærer på Gildbroskolen og DLF-tillidsrepræsentant. Jeg vil gøre opmærksom på at vikardækningen er under al kritik i indskolingen. Jeg håber på et møde.

Med venlig hilsen
Katrine Lund
""")

M("", """
Til udvalget

På vegne af Ishøj Lærerforening sender jeg hermed vores høringssvar til den nye skolestruktur. Se bilag.

Med venlig hilsen
Kredsformand, Ishøj Lærerforening
""")

M("u", """
hej jeg er pædagog i børnehuset Solsikken og medlem af BUPL. må jeg tale på borgermødet om normeringer eller skal det gå gennem ledelsen
""")

M("", """
Kan pædagoger fra kommunens institutioner tale på borgermødet om normeringer?
""")

M("h", """
Kære sundhedsplejerske

Jeg er gravid i 20. uge med vores andet barn og vil gerne vide om jeg kan få besøg allerede før fødslen, da vi havde det svært sidst med amning.

Mvh Julie Steen
""")

M("", """
Tilbyder sundhedsplejen graviditetsbesøg i Ishøj, eller er det kun efter fødslen?
""")

M("", """
Emne: Vedr. indskrivning 0. klasse, ref. 2019-7712

Vi har indskrevet Viktor, født 24.03.2020, men vil gerne skifte til Ishøj Skole. Reference 2019-7712.

Mvh Lars og Tina
""")

M("", """
Hej. Vores børnehaveleder spørger om kommunen har et nyt nummer til PPR: er det stadig 43 57 73 20?
""")

M("e", """
Kære familierådgiver

Min søn Mads er anbragt på opholdsstedet Lindehuset og skal til konfirmation i maj. Må han komme hjem den weekend? Det er vigtigt for hele familien.

Med venlig hilsen
Dorte Kjær
""")

M("eb", """
Hej

Vores plejesøn Ibrahim (9) skal fejre eid med sin biologiske familie. Han er muslim og vi er det ikke, men vi vil gerne støtte det. Må han få fri fra skole den dag?

Mvh
Signe og Poul, plejefamilie
""")

M("", """
Hej

Vi vil gerne vide mere om at blive plejefamilie. Er der et informationsmøde i Ishøj?

Mvh Hanne og Carsten Bager
""")

M("", """
Godkendelse som plejefamilie – status

Vi blev godkendt som plejefamilie i september. Hvornår kan vi forvente at høre om et barn?

Venlig hilsen
Niels og Birgitte Holm
""")

M("t", """
Til Ishøj Skole

Vi er flyttet hertil fra Ukraine i marts. Vores søn Danylo taler ikke dansk endnu. Kan han få modtagelsesklasse?

Oksana Kovalenko
""")

M("", """
Hvor mange modtageklasser har Ishøj Kommune, og hvilke skoler ligger de på?
""")

M("h", """
Kære skolesundhedsplejerske

Min datter Sofie i 7.a har fået en spiseforstyrrelse. Hun er i behandling på Bispebjerg. Kan I holde lidt øje med hende i frikvarteret? Hun ved ikke at jeg skriver.

Mor til Sofie, Anette Winther
""")

M("", """
Emne: Trivselsmåling

Hvornår offentliggøres resultatet af den nationale trivselsmåling for Ishøj skolerne?
""")

M("", """
Kære Anders

Tak for i går. Som du sagde, sender jeg hermed bilaget om den nye legeplads ved Ishøj Skole: tegninger, budget og tidsplan. Faktura 0812261045 fra leverandøren er vedlagt.

Med venlig hilsen
Morten Stamp, bestyrelsesformand
""")

M("e", """
hej min søn er blevet bortvist fra skolen og politiet har været her fordi han har stjålet en knallert. han har fået en sag. hvad sker der nu med skolen
""")

M("", """
Hvad er reglerne for bortvisning fra folkeskolen i Ishøj?
""")

M("he", """
Kære Hjælpemiddelcenter

Vores datter Nanna har cerebral parese og skal bruge et specialbord i skolen. Ergoterapeuten har anbefalet det. Vi søger hermed. Vedlagt: ansøgningsskema og udtalelse.

CPR Nanna: [[220914–4302]]

Med venlig hilsen
Lise og Anders Vind
""")

M("", """
Hej skolen. Har I lus i 2.a? Vi hørte fra en anden mor at der er gået lus i klassen, og vil gerne vide om vi skal tjekke.
""")

M("h", """
hej. Emil har lus igen og har fået en mellemørebetændelse oveni så han bliver hjemme resten af ugen
""")

M("s", """
Kære Ungdomsskolen

Jeg hedder Mathias og er 16. Jeg er bøsse og vil gerne starte en LGBT+-klub i ungdomsskolen. Kan man det?

Mathias
""")

M("", """
Har Ishøj Ungdomsskole et tilbud til LGBT+-unge? Jeg er pædagog og spørger på vegne af en gruppe unge.
""")

M("", """
Emne: SV: Forældremøde

Vi kommer begge.

Den 12. nov. 2026 kl. 14.08 skrev Ishøj Skole <skole@ishoj.dk>:
> Kære forældre i 6.b. Der er forældremøde tirsdag den 24. november kl. 17.
""")

M("eh", """
Hej SFO

Min mand er død i august, og jeg er sygemeldt med depression. Jeg har søgt om tilskud til SFO-pladsen til Mille. Kan hun blive i SFO'en mens det behandles?

Mvh Jeanette
""")

M("", """
Sendt fra min iPad

bare lige for at sige at cykelruten til Gildbroskolen er virkelig farlig ved rundkørslen
""")

M("b", """
Hej

Vores datter Miriam vil ikke være med til julegudstjeneste i kirken. Vi er Jehovas Vidner. Har skolen et alternativ den dag?

Venlig hilsen
Ruth Nielsen
""")

M("", """
Skal alle elever med i kirke til jul? Kan forældre melde fra? Vi diskuterer det i skolebestyrelsen.
""")

M("t", """
Hej

Jeg er adopteret fra Colombia og min søn er også brun. Han bliver drillet med sin hudfarve på Vejleåskolen. Lærerne gør ingenting. Jeg vil have et møde med skolelederen.

Marie Thygesen
""")

M("", """
Kære byrådsmedlem

Jeg er skoleleder på en skole i kommunen og vil gerne invitere dig til at se vores nye antimobbestrategi i praksis. Den virker.

Med venlig hilsen
Henrik Bonde, skoleleder
""")

M("", """
Emne: Madordning i børnehaven

Er madordningen i Ishøjs børnehaver økologisk? Hvor stor er forældrebetalingen pr. måned?
""")

M("e", """
Hej

vi har ikke kunne betale for madordningen i 3 måneder, jeg er blevet fyret og min mand er på dagpenge. kan vi få udsættelse

Mvh Rukhsana
""")

M("h", """
Hej klubben

Min søn Theo har fået insulinkrævende sukkersyge. Pædagogerne skal vide hvordan man måler blodsukker, og han skal have lov at spise når han har brug for det. Se vedhæftede plan fra Steno.

Mvh Birgitte Rask
""")

M("", """
Hvilken uddannelse har personalet i klubberne i førstehjælp og medicinhåndtering?
""")
