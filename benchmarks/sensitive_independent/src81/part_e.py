"""corpus81 part E: guardians, powers of attorney, forwarded mails and reply chains."""
from common import M

M("he", """
Til hovedpostkassen

Videresendt til rette center. Jeg har kvitteret over for borgeren.
Venlig hilsen
Bente Krogh, byrådsmedlem

-----Oprindelig meddelelse-----
Fra: Lone Kjær <lonekjaer64@hotmail.com>
Sendt: 10. november 2026 21:14
Til: Bente Krogh
Emne: min mor

Kære Bente. Du kender min mor fra pensionistklubben, Ester Kjær. Hun har fået demens og
er begyndt at lade komfuret stå tændt. Vi har søgt plejebolig til hende i september og
har ikke hørt noget. Kan du gøre noget?
Lone
""")

M("e", """
Hej igen

Tak for kvitteringen, men I har skrevet min fars navn forkert, og jeg er bange for at det
bliver registreret på en anden. Det er Bjarne med j.

Mvh Helle Vind

> Den 6. nov. 2026 skrev Ishøj Kommune, Visitationen <visitation@ishoj.dk>:
> Kære Helle Vind
> Vi bekræfter at have modtaget din henvendelse om hjemmepleje til Biarne Vind,
> cpr.nr. [[030230-1421]]. Du vil høre fra os inden for 10 arbejdsdage.
> Med venlig hilsen, Visitationen
""")

M("", """
Til hovedpostkassen

Til orientering og besvarelse. Borgeren spørger generelt.
Mvh Jens Ole Frandsen, byrådsmedlem

-----Oprindelig meddelelse-----
Fra: Karin Winther
Sendt: 3. november 2026 08:02
Emne: besøgstider

Hej Jens Ole. Hvorfor har plejecentrene forskellige besøgsregler? På ét center må man
komme hele dagen, på et andet skal man ringe først. Kunne man ikke lave én regel for
hele kommunen?
Karin
""")

M("sueh", """
Til Hjælpemiddelcentret

Min mand Søren har sclerose og har brug for en badebænk og greb ved toilettet. Vi søgte
for fem uger siden. Jeg er ledig og melder mig hos Dansk Metals a-kasse hver uge, så jeg
er hjemme om dagen og kan tage imod jer, når I vil komme og måle op. Hvornår kan det
blive?

Venlig hilsen
Mikkel Damsgaard
""")

M("b", """
Hej

Min mor er 92 og vil gerne melde sig ud af folkekirken. Hun har aldrig troet på Gud,
siger hun, og nu vil hun ikke længere betale kirkeskat for noget, hun ikke tror på. Hun
har ikke MitID. Kan hun gøre det på papir, og skal det sendes til jer eller til
kirkekontoret?

Venlig hilsen
Bodil Brandt
""")

M("be", """
Til Borgerservice, begravelseshjælp

Min far, Leo Abrahamsen, cpr [[0402321527]], døde i går. Han var medlem af Mosaisk
Trossamfund og skal begraves efter trossamfundets skik på Mosaisk Vestre Begravelsesplads, så
det skal gå hurtigt. Han havde kun sin folkepension. Vi vil søge om begravelseshjælp.
Hvad skal vi sende?

Venlig hilsen
Miriam Abrahamsen
""")

M("", """
Hej

Jeg har reserveret et lokale i medborgerhuset til min fars 90-års fødselsdag,
reservationsnr. 3107551298, men vi bliver flere end 40. Kan vi få det store lokale i
stedet? Datoen er lørdag den 16. januar.

Venlig hilsen
Hanne Friis
""")

M("te", """
Til Pension og Boligstøtte

Mine svigerforældre kom fra Kosovo i 1999 og får delpension, fordi de ikke har boet i
Danmark i 40 år. De har fået et brev om at deres boligstøtte skal genberegnes. De er
nervøse og forstår ikke brevet. Må jeg komme med dem til et møde?

Med venlig hilsen
Arben Krasniqi
""")

M("u", """
Kære formand for Ældrerådet

Jeg er formand for pensionistklubben i 3F Ishøj, og vi har over 80 medlemmer. Mange af
vores medlemmer klager over at bussen til Ishøj Bycenter er blevet skåret ned om
eftermiddagen. Kan Ældrerådet tage det op?

Venlig hilsen
Knud Erik Jensen
""")

M("sp", """
Hej Byg og Miljø

Min kæreste Louise og jeg vil købe min mormors hus på Brombærvej nu hvor hun flytter til
Fyn. Vi har lavet en aftale med hende om prisen, men banken vil se tegningerne til
tagboligen, før de giver lånetilsagn. Har I dem i arkivet?

Venlig hilsen
Camilla Holt
""")

M("e", """
Til Visitationen

Jeg vedhæfter en fuldmagt fra min mor, Gudrun Eriksen. Hun har fået brev om at hendes
hjemmehjælp skal revurderes den 9. december. Jeg vil gerne være med til besøget, men kan
først efter kl. 15. Kan tidspunktet flyttes?

Venlig hilsen
Claus Eriksen
""")

M("h", """
hej

min storesøster er indlagt på psykiatrisk afdeling i Glostrup efter et selvmordsforsøg i
weekenden. hun har en kat derhjemme i Ishøj som ikke er blevet fodret siden lørdag. jeg
bor i Jylland. kan kommunen hjælpe, eller hvem ringer man til?

Sofie
""")

M("", """
Hej

Kan pårørende få adgang til kommunens journal om en forælder, hvis man har en fuldmagt?
Og hvad skal fuldmagten indeholde for at gælde? Jeg vil gerne forstå reglerne.

Venlig hilsen
Mette Thorup
""")

M("tbu", """
Til HR, Ishøj Kommune

Jeg er tillidsrepræsentant for 3F på Vej og Park. En af vores medarbejdere, Imran, der
kommer fra Pakistan, har søgt fri til eid, som han fejrer med sin familie, og fik nej med
en begrundelse om at "det er ikke en dansk helligdag". Andre har fået fri til
konfirmationer. Kan vi få en fælles linje?

Med venlig hilsen
Lars Holm, TR
""")

M("pe", """
Til Skifteretten og Ishøj Kommune, Ejendomsskat

Vedr. tvangsauktion over ejendommen Gildbrovej 18, tilhørende min bror Jan Overgaard,
[[141072-1985]]

Min bror har gæld til kommunen i ejendomsskat, og huset skal på tvangsauktion den 28.
januar. Han er i Thailand og kan ikke nås. Jeg vil gerne vide hvor stor restancen er, så
familien kan forsøge at betale den, inden auktionen.

Venlig hilsen
Mona Overgaard
""")

M("", """
Hej. Hvad koster det at få beskikket en værge, og betaler man selv eller kommunen? Jeg
har læst forskellige ting. Mvh Kurt
""")

M("he", """
Hej

Jeg har ikke hørt mere siden jeres svar herunder. Min mor har nu været uden medicinhjælp
om aftenen i fire dage, og hun har glemt at tage sine demenspiller. Hvornår starter det?

Mvh Jacob Brix

> Den 12. okt. 2026 kl. 09.40 skrev Hjemmeplejen Nord:
> Kære Jacob
> Vi har modtaget visitationen af din mor til hjælp med medicin om aftenen.
> Hjælpen starter, så snart vi har planlagt ruten.
> Venlig hilsen, Hjemmeplejen Nord
""")

M("s", """
Til skolelederen på Vejleåskolen

Min datter Freja i 9.b har fortalt os at hun er lesbisk, og efter det kom ud i klassen
bliver hun kaldt ting i frikvartererne og på Snapchat. Hun vil ikke i skole. Vi har talt
med klasselæreren, men det hjælper ikke. Vi vil gerne have et møde med dig.

Venlig hilsen
Anne og Kasper Møller
""")

M("the", """
Dear Home Care,

My father, Seamus O'Brien, is Irish and has lived in Ishøj for 30 years. His dementia is
getting worse and he now only speaks English. The carer who comes in the morning speaks
only Danish and he gets agitated. Could you send someone who speaks English? I live in
Cork, so please reply by email.

Best wishes,
Siobhan O'Brien
""")

M("", """
Hello,

Where can I find the power of attorney form in English? I need to help a relative who
does not read Danish. Thank you.

Kind regards,
Mark
""")

M("ue", """
Til Center for Beskæftigelse og Erhverv

Min far er 63 og har været i Dansk Metal og deres a-kasse i 45 år. Han har fået at vide
at han kan gå på efterløn fra februar. Han har søgt, men vil gerne vide om han må
arbejde lidt ved siden af uden at det bliver trukket. Han har bedt mig spørge.

Venlig hilsen
Mette Lind
""")

M("sbe", """
Til Ishøj Sogn og Center for Børn og Forebyggelse

Min mand Ricardo og jeg er begge praktiserende katolikker. Vores plejesøn Lucas, som har
boet hos os i to år, vil gerne døbes i Sankt Mikaels Kirke. Skal kommunen give lov,
og skal hans biologiske mor spørges? Vi vil ikke gøre noget forkert.

Venlig hilsen
Jorge Martínez
""")

M("h", """
Til Ishøj Kommune

Vi skal søge om et handicapparkeringskort til min mor, Tove Lindberg, [[190138–2462]].
Hun har fået amputeret en fod. Jeg er selv registreret som hendes hjælper,
[[250766-3118]]. Er det jer eller Danske Handicaporganisationer, der skal have
lægeerklæringen?

Mvh Susanne Lindberg
""")

M("", """
Hej

Hvordan fungerer ventelisten til plejeboliger i Ishøj: er det først til mølle, eller er
det efter behov? Og kan man takke nej til en bolig og beholde pladsen på listen?

Venlig hilsen
Kirsten
""")

M("p", """
Til Ishøj Kommune, Byg

Min far har solgt sit hus på Torslundevej, men køberen har i dag fortrudt handlen inden
for fortrydelsesfristen. Mægleren siger det er på grund af en ulovlig kælder. Kan vi få en
kopi af de tegninger, kommunen har, så vi kan vise den næste køber?

Venlig hilsen
Kasper Lund
""")

M("th", """
Hej

Min mor er kurder fra Syrien og går til læge på sundhedscentret. Hun har fået at vide at
hun selv skal betale for tolk nu. Er det rigtigt, når hun har boet her i 12 år?

Mvh Rozh
""")

M("she", """
Til Dagcentret Gildbrohus

Min far Kurt og hans mand Jens har været gift i 12 år. Jens har Alzheimers og kommer hos
jer tre dage om ugen. Far er selv 84 og kan ikke længere køre ham. Kan Jens blive hentet
og bragt? Far har søgt for en måned siden.

Venlig hilsen
Louise Bang
""")

M("", """
Hej

Jeg ønsker tilbagebetaling for en aflyst tur med pensionistforeningen, som jeg betalte
for min mor. Beløbet er 450 kr. Mit reg.nr. er 5301 og kontonr. 0241562210. Journalnr. på
jeres brev er 2026-114526.

Venlig hilsen
Bo Ravn
""")

M("", """
Hej

Hvorfor kører bus 128 ikke om søndagen mere? Min svoger, der er faglig sekretær i 3F, siger
at det skyldes mangel på chauffører, men det kan vel ikke passe at man ikke kan komme til
Ishøj Strand hele dagen.

Mvh Henrik
""")

M("be", """
Til Plejecenter Ishøjhus

Min søster bærer niqab, og da hun kom for at besøge vores mor på afdeling C i søndags,
bad en medarbejder hende vise ansigtet, før hun måtte komme ind. Hun gjorde det i en
stue, hvor der kun var kvinder, men det var ydmygende. Er det en regel hos jer?

Venlig hilsen
Leila Haddad
""")

M("he", """
Hej igen,

Jeg svarer lige på nedenstående. Ja, min far vil gerne have hjemmehjælpen om
formiddagen, men han kan ikke selv åbne døren efter operationen i ryggen, så vi beder om
en nøgleboks.

Mvh Torsten Bach

> Den 3. nov. 2026 kl. 14.12 skrev Visitationen:
> Vedr. Erik Bach, cpr [[120429 1113]]
> Vi har bevilget hjemmehjælp til personlig pleje én gang dagligt. Ønsker din far
> besøget om formiddagen eller eftermiddagen?
""")

M("", """
Kære Social- og Sundhedsudvalget

Hvor mange borgere i Ishøj har fået frakendt hjemmehjælp i 2026, og hvor mange har
klaget? Jeg synes det er tal som borgerne bør kende.

Venlig hilsen
Jytte Bonde
""")

M("tp", """
Kære Ishøj Kommune

Vi er en vietnamesisk familie, og mine forældre har budt på et hus på Ishøj Søvej til mig
og min mand og vores børn. Sælger har accepteret buddet, men vi skal først have svar fra
banken. Mine forældre vil gerne vide om der er skole med modtagelsesklasse tæt på, da
min nevø kommer fra Vietnam til sommer.

Venlig hilsen
Thi Hoa Tran
""")

M("suh", """
Hej

Min kone Anne er lærer og medlem af DLF. Hendes far er blevet terminalt syg med kræft, og
hun vil gerne passe ham de sidste måneder. Kan en lærer i kommunen få plejeorlov med
plejevederlag, og hvad skal man sende? Vi vil gerne kende mulighederne.

Venlig hilsen
Christina Bech
""")

M("e", """
hej

min lillebror er hjemløs og har sovet i sin bil i to måneder. nu er bilen blevet slæbt
væk og han sover på stationen. han vil ikke bo hos os. hvor kan han få en seng i
nat? han er 34 og har adresse i Ishøj

Sarah
""")

M("", """
Koster det noget at få et nødkald fra kommunen, og skal man selv betale abonnementet på
telefonlinjen? Tak for svar. Vh Poul
""")

M("bhe", """
Til Kørselsordningen

Min mor har gået i Ishøj Kirke hver søndag i 50 år og har sunget i kirkekoret. Efter sin
hjerneblødning i foråret kan hun ikke gå så langt. Vi har søgt om kørsel til
gudstjeneste om søndagen, og nu har hun fået afslag. Jeg synes det er forkert. Hvordan
klager vi?

Venlig hilsen
Rikke Dam
""")

M("e", """
Til Jobcenter Ishøj, Kontanthjælp

Jeg er værge for min søster Julie Kaas, [[081089-2210]]. Hun skal til samtale hos jer den
7. december, men hun vil ikke tage af sted uden mig. Må jeg deltage som bisidder, og
skal I have værgemålsbeviset igen?

Venlig hilsen
Peter Kaas
""")

M("", """
Hej, I'm writing on behalf of my grandma who does not use email: hvad er åbningstiderne
for Borgerservice i julen, og skal man bestille tid for at forny pas? Thanks / tak
Jonas
""")

M("st", """
Hej Boligselskabet og kommunens boliganvisning

Min bror Martin og hans kæreste Ahmed, som er fra Egypten, vil gerne overtage vores mors
lejlighed på Vejleåvej, når hun flytter til Jylland. Kan lejekontrakten overdrages, når
de ikke er gift?

Venlig hilsen
Sidsel Holm
""")

M("u", """
Hej

Min søn er netop startet som elektrikerlærling og er meldt ind i Dansk El-Forbund. Han
skal bruge en børneattest til et job som fodboldtræner ved siden af. Hvordan søger man
den, når han er 17?

Mvh Lise Krogh
""")

M("p", """
Til Ishøj Kommune

Min moster døde i august, og hendes andelslejlighed i Ishøj Landsby skal sælges.
Foreningen har en køber på ventelisten, som vil overtage i februar, men vi mangler at
få godkendt et badeværelse, som blev lavet om i 2010. Hvordan gør vi?

Mvh
Gitte Petersen
""")

M("", """
Hej

Hvor kan jeg se de nye besøgstider for Hvidovre Hospital, eller er det ikke jer der
bestemmer dem? Tak. Hilsen Ole
""")
