"""corpus9 part d: people writing on someone else's behalf - a lawyer, a union
rep, a neighbour, a social worker at a housing association, a GP's secretary,
a volunteer."""
from common import M

M("e", """
Advokatfirmaet Holm & Riis
Att.: Center for Beskæftigelse og Erhverv

Vedr.: Vores klient Kasper Lindholm, [[230484-1157]]

Vi repræsenterer ovennævnte i sagen om ophør af hans kontanthjælp pr. 1. marts.
Vi anmoder om aktindsigt i sagens dokumenter, herunder notater fra samtalerne i
januar, og beder om, at fristen for partshøring forlænges med 14 dage. Fuldmagt
vedlægges.

Med venlig hilsen
Katrine Riis, advokat
""")

M("hu", """
Til Center for Voksne og Velfærd

Som tillidsrepræsentant for FOA på Plejecenter Ishøjhus skriver jeg på vegne af
vores medlem Birthe Jul. Birthe forstuvede skulderen i sidste uge ved en
forflytning, hvor liften var i stykker. Hun er stadig sygemeldt. Vi ønsker, at
hændelsen anmeldes som arbejdsskade, og at liften repareres, før det sker igen.

Med venlig hilsen
Pia Holst, TR
""")

M("h", """
Hej

Jeg skriver som nabo til Ove i nr. 22 på Birkeengen. Siden hans kone døde, har han
drukket meget, og han har flere gange ligget i opgangen om morgenen. Postkassen
flyder over. Jeg ved ikke, hvem man skal sige det til, men der må være nogen i
kommunen, der kan kigge til ham.

Venlig hilsen
en bekymret nabo
""")

M("et", """
Til Center for Borger, Økonomi og IT

Jeg er boligsocial medarbejder i Ishøj Boligselskab. En familie i blok 3, der
oprindeligt kommer fra Somalia, er nu tre måneder bagud med huslejen efter
farens jobtab. Familien taler kun lidt dansk. Kan vi aftale et fælles møde med en
somalisk tolk, så vi kan undgå en udsættelse?

Venlig hilsen
Mette Graversen, boligsocial medarbejder
""")

M("h", """
Lægehuset Ishøj Store Torv
Til Borgerservice

På vegne af patient Jens Aagaard, [[030152 0917]], fremsender vi lægeerklæring til
brug for ansøgning om handicapparkeringskort. Patienten har haft apopleksi i
efteråret med efterfølgende halvsidig lammelse og kan højst gå 50 meter.

Med venlig hilsen
Susanne Lind, lægesekretær
""")

M("", """
Hej

Jeg er frivillig i Røde Kors' lektiecafé og vil høre, om vi må bruge et af
bibliotekets grupperum tirsdag og torsdag kl. 15–17 fra september.

Venlig hilsen
Bjarne Thorup
""")

M("p", """
Advokatkontoret Strand & Co.

Vedr. matr.nr. 12a, Ishøj By

På vegne af sælger af ovennævnte ejendom skal vi forespørge, om kommunen ønsker at
gøre forkøbsret gældende. Der foreligger en betinget købsaftale, hvor køber har
taget forbehold for kommunens svar og for finansiering. Vi beder om svar inden
fire uger.

Med venlig hilsen
Niels Strand, advokat (H)
""")

M("u", """
Til borgmesteren

Jeg er faglig sekretær i Dansk El-Forbund. Vores medlem Michael Friis, ansat i
kommunens driftsafdeling, har fået en skriftlig advarsel uden forudgående samtale.
Vi beder om et møde med ledelsen, og vi ønsker at deltage som bisidder.

Med venlig hilsen
Søren Vig
""")

M("", """
Hej

Jeg skriver på vegne af flere naboer på Bækkeskovvej om støjen fra den nye
vaskehal. Den kører til kl. 23 hver aften. Vi vil gerne vide, hvilke regler der
gælder.

Mvh Lene Kruse
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er boligsocial rådgiver i Vejleåparken. Beboer Lise Ravn, [[120993-2480]],
har en bipolar lidelse og har i en manisk periode brugt sine penge, så hun nu
skylder fire måneders husleje. Boligselskabet har varslet udsættelse. Jeg beder
om, at hendes sagsbehandler kontakter mig hurtigst muligt, gerne i denne uge.

Med venlig hilsen
Ahmed Saleh, boligsocial rådgiver
""")

M("t", """
Hej

Jeg er frivillig mentor for en ung eritreansk mand, Yonas, der kom hertil som
uledsaget mindreårig. Han vil gerne tage kørekort og spørger, om kommunen har
oplysninger om teoriundervisning på tigrinya eller engelsk.

Venlig hilsen
Gitte Bramsen
""")

M("", """
Lægehuset Vejleå meddeler, at vi holder lukket i uge 29 og 30. Patienter henvises
til vores kolleger i Ishøj Lægecenter eller lægevagten på 1813. Vi beder om, at
kommunens hjemmeside opdateres.
""")

M("e", """
Advokat Marianne Dahl

Vedr. samvær mellem Henriette Bak, [[050691-2260]], og hendes søn Elias,
[[220315-4417]]

Vi er advokater for Henriette Bak i sagen om samvær. Familieretshuset har bedt om
en børnesagkyndig udtalelse, og vi forstår, at kommunens familieafdeling har lavet
en underretning i januar. Vi anmoder om aktindsigt i underretningen.

Med venlig hilsen
Marianne Dahl
""")

M("u", """
Til Børne- og Skoleudvalget

Som fællestillidsrepræsentant for BUPL i Ishøj Kommune vil jeg gøre udvalget
opmærksom på, at normeringen i flere vuggestuer ligger under minimumsnormeringen
i ydertimerne. Jeg deltager gerne i udvalgets næste møde.

Med venlig hilsen
Tina Kjær, FTR, BUPL
""")

M("t", """
Hej kommune

Jeg vil klage over min nabo, som flere gange har råbt "skide polakker, rejs hjem"
efter familien i nr. 5. Familien Nowak er fra Polen og er de flinkeste mennesker.
Deres børn tør ikke lege på fællesarealet.

Mvh Torben Falk
""")

M("s", """
Til Center for Børn og Forebyggelse

Jeg er ansat i Ungdommens Hus og skriver på vegne af Mads, en 16-årig dreng, der
kommer i vores klub. Mads er homoseksuel og blev sidste weekend overfaldet af to
drenge fra skolen. Han ønsker, at skolen bliver inddraget, men ikke at hans
forældre får besked. Hvordan håndterer vi det korrekt?

Venlig hilsen
Nanna Bjerg, klubmedarbejder
""")

M("he", """
Lægehuset Torslunde

Vedr. patient Yasmin Abdi, [[170588–2312]]

Lægen støtter patientens ansøgning om fleksjob. Patienten har fibromyalgi og
kroniske smerter og har ikke kunnet arbejde mere end 12 timer om ugen det seneste
år. Journaludskrift kan eftersendes.

Med venlig hilsen
Charlotte Friis, lægesekretær
""")

M("", """
Hej

Vi er en gruppe frivillige fra Ishøj Strandrensning, der gerne vil låne
affaldssække og tænger til en indsamling lørdag den 12. april.

Mvh Jonna Toft
""")

M("b", """
Til borgmesteren

Vores klient, Omar Hassan, er praktiserende muslim og ansat på kommunens
materielgård. Han er blevet nægtet at bede i frokostpausen i et tomt mødelokale,
mens kolleger må ryge i samme pause. Vi anmoder om, at kommunen redegør for sit
grundlag inden 14 dage.

Med venlig hilsen
Advokat Jesper Lund
""")

M("u", """
Til Trafikudvalget

Som tillidsrepræsentant i 3F for chaufførerne på linje 128 skriver jeg, fordi vores
medlem Lars Winther nu tre gange er blevet truet af passagerer ved Ishøj Station
om aftenen. Vi ønsker vagter eller bedre belysning ved stoppestedet.

Med venlig hilsen
Kim Nørregaard
""")

M("p", """
Hej

Min nabo, fru Hansen, skal sælge sit hus på Fasanvej 14, og hun har bedt mig
skrive for hende, da hun ikke har computer. Køberen vil gerne have lov at bygge en
carport helt ud til skel, inden han skriver under. Kan kommunen sige, om det er
muligt?

Venlig hilsen
Jørgen Mikkelsen, Fasanvej 16
""")

M("", """
Lægehuset Ishøj Store Torv

Vi mangler stadig faktura for lokaleleje i Sundhedshuset, fakturanr. 2011235501.
Kan I genfremsende den til vores EAN-nummer 5790001234567?

Med venlig hilsen
Bogholderiet
""")

M("e", """
Hej

Jeg er besøgsven for en ældre dame, Inger Holt, på Vejlebrovej. Hendes
ledsagerordning er stoppet, og hun har derfor ikke været uden for døren i tre
måneder. Hun vil gerne klage, men kan ikke selv skrive. Hvordan kan jeg hjælpe?

Mvh Signe Lykke, Ældre Sagens besøgstjeneste
""")

M("te", """
Advokatfirmaet Lyng

Ref. klient Dariusz Wójcik, personnr. [[0102799731]]

Vores klient, der er født og opvokset i Polen og har boet i Ishøj siden 2008, har
modtaget et tilbagebetalingskrav på kontanthjælp for 2023. Han har ikke forstået
de breve, han har fået, da de ikke er oversat. Vi anmoder om genoptagelse.

Med venlig hilsen
Advokat Jonas Lyng
""")

M("us", """
Til HR og Direktionen

Jeg skriver som tillidsrepræsentant i HK på rådhuset. Vores kollega Mette har
fortalt mig, at hun efter at have nævnt sin kone ved et personalemøde er blevet
kaldt "den lesbiske" af en leder. Mette ønsker, at det stopper, og at sagen
behandles fortroligt.

Med venlig hilsen
Helle Brix, TR, HK Kommunal
""")

M("", """
Hej

Jeg er nabo til moskeen på Industrivej. Hvornår slutter fredagsbønnen normalt,
så vi kan planlægge, hvornår vi kører ud af indkørslen? Der holder mange biler.

Mvh Kurt Frederiksen
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg er beboerrådgiver i Ishøj Boligselskab. Beboer Kim Olesen i opgang 14 har
ikke betalt husleje siden nytår, og boligselskabet vil sende sagen til fogeden.
Kim har samlet så mange ting i lejligheden, at der er brandfare. Kan vi få et
fælles møde med en sagsbehandler?

Mvh Louise Winther
""")

M("h", """
Lægehuset Torslunde

Henvisning vedr. Morten Kragh [[2905751024]] til kommunalt rygestopforløb og
diætistsamtaler. Patienten har type 2-diabetes og forhøjet kolesterol og er
motiveret for livsstilsændring.

Med venlig hilsen
lægesekretær Birthe Vad
""")

M("b", """
Hej

Jeg er selv troende og aktiv i Pinsekirken i Taastrup, og sammen med nogle andre
frivillige vil jeg gerne dele varm suppe ud ved Ishøj Station om vinteren. Skal vi
have tilladelse fra kommunen til det?

Venlig hilsen
Rebekka Dahl
""")

M("", """
Advokatfirmaet Nørgaard

Vi anmoder om aktindsigt i de indkomne høringssvar til lokalplanforslag 1.45 for
Ishøj Strand, herunder kommunens behandling af dem.

Med venlig hilsen
Advokat Anders Nørgaard
""")

M("u", """
Til borgmesteren

Jeg er klubformand for Dansk Metal på værftet ved Ishøj Havn. Vi har hørt, at
kommunen overvejer at sælge havnearealet til boliger. Det vil koste arbejdspladser,
og vi vil gerne mødes med Dem, før der træffes beslutning.

Med venlig hilsen
Frank Juul
""")

M("h", """
Hej

Min nabo Anni Brask har fået konstateret ALS og bruger nu kørestol. Der er tre trin
op til hendes hoveddør, og hun kan ikke komme ud uden hjælp. Kan kommunen hjælpe med
en rampe? Jeg skriver for hende, da hun har svært ved at bruge tastaturet.

Venlig hilsen
Lars Brønnum
""")

M("es", """
Til Center for Børn og Forebyggelse

Jeg er kontaktperson for Frederik, 18 år. Efter at han fortalte sine forældre, at
han er bøsse, blev han smidt ud hjemmefra og bor nu på herberget i København. Han
ønsker at blive i Ishøj, hvor han går i skole. Hvilke muligheder er der for en
ungdomsbolig?

Med venlig hilsen
Morten Ebbesen
""")

M("", """
Lægehuset ønsker at tilmelde sig kommunens ordning for afhentning af
medicinalaffald. Hvem er kontaktperson, og hvad koster det?
Med venlig hilsen Lægehuset Vejleå
""")

M("t", """
Hej

Jeg er frivillig lektiehjælper for to søskende fra Ukraine, der flygtede hertil med
deres mor i 2022. De har ingen computer derhjemme. Kan de låne en bærbar på
biblioteket i længere tid?

Venlig hilsen
Karen Mose
""")

M("pe", """
Advokatfirmaet Kreditor & Partnere

Vedr. tvangsauktion over ejendommen Tranegildevej 8

Auktionen er berammet til den 14. maj. Ejeren, Peter Holm, har restancer til både
realkreditinstituttet og kommunen (ejendomsskat). Vi beder om en opgørelse over
kommunens tilgodehavende.

Med venlig hilsen
Advokat Eva Vinter
""")

M("ub", """
Til Børne- og Skoleudvalget

Jeg er tillidsrepræsentant for DLF på Gildbroskolen. En kollega, Samira, har søgt
fri til Eid, fordi hun er muslim, og har fået afslag, mens kolleger får fri til
konfirmationer. Vi beder om en ensartet praksis.

Med venlig hilsen
Poul Erik Madsen
""")

M("", """
Hej

Min nabo har sat et "Til salg"-skilt op i ruden på sin gamle campingvogn, som står
i indkørslen. Må man have en campingvogn stående der i flere måneder?

Mvh Birthe Larsen
""")

M("he", """
Botilbuddet Lysningen
Til Center for Voksne og Velfærd

Vores beboer Tobias Ernst, [[140601-4183]], har cerebral parese og skal
genvisiteres, da hans behov for støtte om natten er steget. Vi beder om et møde
med hans sagsbehandler og hans forældre.

Venlig hilsen
Line Dalgaard, pædagog
""")

M("", """
Lægehuset Ishøj Store Torv

Vi har fået ny sundhedsplejerske-kontakt efter omlægningen. Hvem er kontaktperson
for samarbejdet om 5-ugers-undersøgelserne fremover?
""")

M("", """
Hej

Jeg er frivillig træner i Ishøj IF og vil høre, om boldbanerne bliver kridtet inden
weekenden. Vi har turnering lørdag.
""")

M("s", """
Advokat Sofie Brandt

Vedr. stedbarnsadoption

Vi repræsenterer Thomas og Rasmus Winther-Lund, der har været gift siden 2019. De
ønsker, at Rasmus adopterer Thomas' datter, og vi beder om kommunens udtalelse til
Familieretshuset.

Med venlig hilsen
Sofie Brandt
""")

M("e", """
Hej

Familien overfor mig, på Gadekæret 31, fik fogeden på besøg i morges og er blevet
sat ud. De sidder på trappen med tre små børn og ved ikke, hvor de skal sove i
nat. Kan kommunen hjælpe? Det haster!

Mvh Hanne Skov
""")

M("h", """
Lægehuset Vejleå

Attest vedr. Ellen Bruun, [[300545–0226]]: Patienten har KOL grad 3 og er i
iltbehandling i hjemmet. Hun kan derfor ikke møde personligt i Borgerservice for at
forny sit pas, og vi anmoder om, at der findes en anden løsning.

Med venlig hilsen
lægesekretær Inge Berg
""")

M("", """
Hej

Vi er i Mødrehjælpen ved at planlægge julehjælpen og vil høre, om kommunen vil
være med til at dele information om ordningen ud via skolerne.

Mvh Lotte Fenger, frivillig koordinator
""")

M("", """
Advokatfirmaet Holm & Riis

Handlen vedrørende Vejlebrovej 102 er endeligt gennemført, og skødet er tinglyst
den 3. marts. Vi beder om, at ejendomsskatten fremover opkræves hos køber.
""")

M("tu", """
Til Byudvikling og Natur

Som 3F-tillidsrepræsentant på byggepladsen ved Strandparken vil jeg gøre
opmærksom på, at vores fire rumænske kolleger fra underentreprenøren bor i
skurvogne uden varme på pladsen. Jeg beder kommunen om at se på forholdene.

Med venlig hilsen
Bo Kristensen
""")

M("", """
Ishøj Boligselskab afholder informationsmøde om boligstøtte og budgetrådgivning i
beboerhuset torsdag kl. 17. Kan kommunen sende en medarbejder fra Borgerservice?
""")

M("", """
Lægehuset Torslunde gør opmærksom på, at patienter fremover kan bestille
influenzavaccination via vores app. Vi beder om, at det nævnes i kommunens
seniorblad.
""")

M("she", """
Hej

Jeg er frivillig i LGBT+ Ishøj. Et af vores medlemmer, Jacob, og hans mand har
spurgt, om hjemmeplejen kan sende en fast medarbejder, da Jacob efter sin
kræftbehandling ikke kan klare sig selv, og hans mand arbejder om natten. De
oplever, at nye hjælpere bliver forlegne.

Venlig hilsen
Martin Aagaard
""")

M("p", """
Advokatfirmaet Strand & Co.

Vi repræsenterer et ejendomsselskab, der har indgået en betinget aftale med ejerne
af Ishøj Landevej 210–214 om køb af grundene. Aftalen er betinget af en ny
lokalplan. Vi beder om et møde om tidsplanen.

Med venlig hilsen
Niels Strand
""")

M("b", """
Advokatfirmaet Lyng

Vores klient, Bjarne Kofoed, der er aktiv i Dansk Folkeparti og stillede op ved
sidste kommunalvalg, mener, at han er blevet forbigået ved ansættelsen som
pedel på Gildbroskolen på grund af sit politiske engagement. Vi anmoder om
aktindsigt i ansættelsessagen.

Med venlig hilsen
Advokat Jonas Lyng
""")
