"""Part G: hard negatives - associations, businesses, journalists, students, newsletters,
general questions about rules, people stating their job or their organisation's work,
and numbers that look like CPR numbers."""
from common import M

M("", """
Kære byrådsmedlemmer

Nyhedsbrev fra Ishøj Handelsstandsforening, april: Vi byder velkommen til tre nye butikker i bycentret, minder om forårsmarkedet den 27. april og opfordrer kommunen til at forlænge parkeringstiden til 3 timer.

Med venlig hilsen
Bestyrelsen
""")

M("", """
Hej

Jeg er journalist på en landsdækkende avis og skriver om kommunernes brug af kontanthjælpsloftet. Hvor mange borgere i Ishøj er ramt, og hvad er kommunens holdning til ordningen? Vi bringer kun tal, ikke navne.

Mvh
Julie Frandsen
""")

M("", """
Til Ishøj Kommune

Faktura nr. 2103851442 vedr. levering af kontorartikler til Borgerservice er stadig ikke betalt. Forfaldsdato var 15. marts. Venligst indbetal til reg. 9570 konto 0012345678.

Med venlig hilsen
Bogholderiet, KontorPartner A/S
""")

M("", """
Hej

Vi er tre elever fra 9. klasse, som laver projektopgave om fagforeningernes rolle i dag. Kan vi få lov at interviewe en fra kommunens HR om, hvordan overenskomsterne fungerer? Vi skal ikke vide noget om nogen bestemt.

Hilsen Malte, Sofie og Ahmed
""")

M("", """
Kære Kultur- og Fritidsudvalg

Ishøj Muslimske Forening søger hermed om tilskud til vores årlige Eid-fest for alle borgere i Ishøj. Sidste år deltog over 600 mennesker af alle religioner. Budget vedlagt.

Med venlig hilsen
Foreningens kasserer
""")

M("", """
Hej

Hvad er reglerne egentlig for at få boligstøtte, hvis man er studerende og bor i en andelsbolig? Jeg spørger generelt, fordi vi diskuterede det i min studiegruppe.

Mvh
Nanna
""")

M("", """
Hej Teknik og Miljø

Vores kundenummer er 0605871234 og målernummer 14031990. Vandmåleren i kælderen på Ishøj Strandvej 30 drypper. Kan I sende en montør?

Mvh
Viceværten, A/B Strandlyst
""")

M("", """
Kære Borgmester

Jeg er formand for Ishøj Grundejerforening og vil høre, hvornår kommunen forventer at sælge de resterende byggegrunde i Ishøj Landsby Nord, og hvilke krav der stilles til køberne.

Med venlig hilsen
Torben Bak
""")

M("", """
Hej

Jeg læser til socialrådgiver og skriver opgave om hjemløshed i forstæderne. Hvor mange herbergspladser har Ishøj, og hvordan visiterer I dertil?

Mvh
Emma Kragh, Københavns Professionshøjskole
""")

M("", """
Kære Ishøj Kommune

Nyhedsbrev fra Dansk Flygtningehjælp Frivillige Ishøj: I 2024 hjalp vi 112 nyankomne med lektier, danskundervisning og jobsøgning. Vi takker kommunen for lokalerne og håber på fortsat samarbejde.

Venlig hilsen
Frivilliggruppen
""")

M("", """
Hej

Hvordan fungerer det med fuldmagt, hvis man vil skrive til kommunen om en anden persons sag? Skal det være på en bestemt blanket?

Venlig hilsen
Kim
""")

M("", """
Til Byrådet

Debatindlæg: Ishøj har brug for flere almene boliger til unge. Mange unge må i dag flytte ud af kommunen, fordi huslejen er for høj. Jeg opfordrer byrådet til at prioritere det i budgettet.

Frederik Holm
""")

M("", """
Hej

Vi er et ejendomsmæglerfirma og vil høre, om kommunen har en oversigt over kommende lokalplaner i Ishøj Strand, som vi må dele med vores kunder.

Mvh
Nybolig Ishøj
""")

M("", """
Kære Sundhedsudvalg

Kræftens Bekæmpelse Ishøj afholder Stafet For Livet den 8. juni på Ishøj Stadion. Vi inviterer udvalget til at gå første runde. Alle indsamlede midler går til forskning.

Venlig hilsen
Arrangørgruppen
""")

M("", """
Hej

Jeg er HR-konsulent i et firma i Ishøj Erhvervspark. Vi vil gerne ansætte folk i løntilskud. Hvilke regler gælder for virksomheder, og hvem hos jer skal vi kontakte?

Mvh
Mia Jørgensen, Nordic Pack A/S
""")

M("", """
Til Borgerservice

Mit pasnummer er 206117834 og det udløber 03.11.2025. Kan jeg bestille tid til nyt pas online, eller skal jeg ringe?

Mvh
Lasse Vind
""")

M("", """
Hej

Jeg studerer antropologi og skriver opgave om religiøse foreninger i Ishøj. Har kommunen en liste over registrerede trossamfund og foreninger, der får lokaletilskud?

Venlig hilsen
Josefine Lind
""")

M("", """
Kære Borgmester

Som formand for Ishøj Pride-komité vil jeg høre, om vi igen i år må hejse regnbueflaget på rådhuset i Pride-ugen, og om kommunen vil deltage i paraden.

Med venlig hilsen
Komitéen
""")

M("", """
Hej

Vi er en byggeforening og har tilbudt at købe en af kommunens grunde ved Ishøj Havn. Er der andre interesserede, og hvornår træffer byrådet beslutning om salget?

Mvh
Bestyrelsen, Byggeforeningen Havnely
""")

M("", """
Hej

Hvad siger reglerne om at have religiøse symboler på i kommunale jobs? Fx kors, kalot eller tørklæde. Jeg er bare nysgerrig efter en debat på arbejdet.

Mvh
Henning
""")

M("", """
Til Økonomiudvalget

Lokalt nyt fra 3F Ishøj-Vallensbæk: Vi inviterer til åbent møde om ungdomsarbejdsløshed den 10. oktober i Kulturhuset. Alle er velkomne, også ikke-medlemmer.

Med venlig hilsen
3F Ishøj-Vallensbæk
""")

M("", """
Hej

Min journal nr. hos jer er 2024-17-0561. Jeg har ansøgt om tilladelse til at fælde et træ i forhaven og vil bare høre, hvor langt sagen er.

Venlig hilsen
Pernille Haugaard
""")

M("", """
Kære kommune

Vi er en gruppe gymnasieelever, som laver en podcast om racisme i Danmark. Vil kommunens integrationskonsulent stille op til et interview om, hvad kommunen gør mod diskrimination generelt?

Mvh
Podcast-holdet, Ishøj Gymnasium
""")

M("", """
Hej

Jeg arbejder som sygeplejerske på Hvidovre Hospital og flytter til Ishøj til sommer. Hvor lang er ventelisten til vuggestue i Ishøj Landsby?

Mvh
Signe
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Ishøj Erhvervsforening holder jobmesse den 4. november. Vi har inviteret både fagforeninger og a-kasser til at stå på messen. Vil kommunen have en stand?

Med venlig hilsen
Sekretariatet
""")

M("", """
Hej

Er det rigtigt, at man mister sin folkepension, hvis man flytter til udlandet? Min nabo påstår det, men jeg tror ikke på det. Jeg har ikke selv planer om at flytte.

Mvh
Bjarne
""")

M("", """
Kære Byrådsmedlem

Jeg synes, det er forkert at skære i ældreplejen, når kommunen samtidig bruger penge på nye kunstværker. Jeg vil gerne vide, hvordan du stemmer på torsdag.

Hilsen
Lis Andersen
""")

M("", """
Hej

Ordrenr. 1501901122. Vi har leveret 40 nye stole til Ishøj Bibliotek og mangler kvittering for modtagelsen.

Mvh
Lager & Logistik, Møbelhuset Sjælland
""")

M("", """
Hej

Jeg driver et lille frisørfirma og vil spørge, om kommunen har regler om rygning foran butikker på gågaden.

Venlig hilsen
Zeynep, Salon Zeynep
""")

M("", """
Kære Ishøj Kommune

Jeg er frivillig i Mødrehjælpen og vil høre, hvordan familier generelt søger om julehjælp i Ishøj. Vi vil gerne kunne vejlede de familier, vi møder.

Mvh
Charlotte Vinding
""")

M("", """
Hej

Hvad er satsen for kontanthjælp for en enlig over 30 i 2025? Jeg skal bruge det til et budgetkursus, som jeg underviser på.

Mvh
Ole Brix, Ishøj Aftenskole
""")

M("", """
Til Borgmesteren

Ishøj Kirke og Ishøj Moské inviterer sammen til interreligiøs fredsvandring søndag den 21. september. Vi håber, at borgmesteren vil holde en kort tale.

Med venlig hilsen
Arrangørerne
""")

M("", """
Hej

Hvordan søger man om plejebolig i Ishøj, og hvor lang er ventetiden i gennemsnit? Jeg spørger for at være forberedt, der er ikke nogen i familien der har brug for det nu.

Mvh
Karen
""")

M("", """
Kære Kommune

Vores boligforening har brug for en ny aftale om vinterbekæmpelse. Kundenr. 110388-4471 i jeres system. Kan vi få et nyt tilbud?

Mvh
Afd. 7, Ishøj Boligselskab
""")

M("", """
Hej

Jeg er tolk og tilbyder tolkning på arabisk, kurdisk og tyrkisk. Kan jeg komme på kommunens leverandørliste?

Mvh
Hassan Yilmaz, tlf. 22 18 40 91
""")

M("", """
Kære Sundhedshuset

Hvornår har I åbent for influenzavaccination i år, og skal man bestille tid? Det gælder bare den almindelige vaccine.

Mvh
Mona
""")

M("", """
Hej

Jeg skriver speciale om ejendomshandler i forstadskommuner. Kan I oplyse, hvor mange kommunale grunde der er solgt siden 2020, og til hvilken gennemsnitlig kvadratmeterpris?

Mvh
Kasper Juhl, KU
""")

M("", """
Kære Borgerrådgiver

Jeg er leder af et botilbud i en nabokommune og vil gerne høre, hvordan I registrerer klager, så vi kan lære af jeres system. Ingen konkrete sager.

Venlig hilsen
Mette Skovby
""")

M("", """
hej hvad gør man hvis man tror ens nabo snyder med kontanthjælp? jeg har ikke noget konkret bare nysgerrig
""")

M("", """
Hej

Bilag nr. 300125-0042 i jeres betalingsoversigt passer ikke med vores faktura. Kan I sende en specifikation?

Mvh
Økonomi, Ishøj Vognmandsforretning
""")

M("", """
Hej

Vi er et kor fra Ishøj, der synger gospel og populærmusik. Må vi optræde på torvet til julemarkedet?

Mvh
Ishøj Gospel Singers
""")

M("", """
Til Ishøj Kommune

Som direktør for en rekrutteringsvirksomhed vil jeg høre, om kommunen har et samarbejde med virksomheder om at ansætte flygtninge og indvandrere, og hvilke tilskud der findes.

Venlig hilsen
Anders Holt, TalentLink ApS
""")

M("", """
Hej

Jeg er ny formand for Ishøj Skak og vil gerne have en kontaktperson i kommunen til spørgsmål om lokaler og tilskud.

Mvh
Simon Østergaard
""")

M("", """
Kære udvalg

Hvorfor er der ikke et tilbud om dansk for ældre indvandrere i Ishøj? I andre kommuner findes det. Jeg er ikke selv berørt, men synes det er vigtigt.

Mvh
Grete Bundesen
""")

M("", """
Hej, min telefon er 41 12 05 89 og jeg venter på et opkald fra jeres byggesagsafdeling om en tagrende.
""")
