"""Part D: professionals writing about a citizen - lawyers, estate agents, a doctor's secretary,
union representatives, landlords - plus their general mails as hard negatives."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vedr.: Ejendommen Strandgårdsvej 17, 2635 Ishøj, matr.nr. 14bx Ishøj By, Ishøj

Undertegnede er af sælger, Jørn Havgaard, antaget som ejendomsmægler i forbindelse med salg af ovennævnte ejendom. Der foreligger et købstilbud, som sælger agter at acceptere, men køber har taget forbehold for kommunens bekræftelse af, at udestuen på 18 m² er lovligt opført. Vi skal derfor anmode om en udskrift af byggesagen og en bekræftelse på, at der ikke verserer påbud.

Med venlig hilsen

Mette Brink
Statsautoriseret ejendomsmægler, MDE
Home Ishøj | Ishøj Bygade 3 | 2635 Ishøj
Tlf. 43 54 10 20

Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for adressaten. Har De modtaget e-mailen ved en fejl, bedes De venligst straks underrette afsenderen og slette e-mailen. Enhver brug, videregivelse eller kopiering af indholdet er forbudt.
""")

M("", """
Kære naboer i Ishøj

Boligmarkedet i Ishøj er i bevægelse! I 3. kvartal blev der solgt 41 rækkehuse i kommunen, og liggetiden faldt til 74 dage. Overvejer du at sælge? Book en gratis salgsvurdering hos os.

Med venlig hilsen
Teamet hos Home Ishøj

Du modtager dette nyhedsbrev, fordi du har tilmeldt dig på vores hjemmeside. Afmeld her.
""")

M("p", """
Kære Ishøj Kommune

Jeg er ejendomsmægler for et ægtepar, der har købt et hus på Tranegilde Strandvej 41 med forbehold for købers advokats godkendelse. Advokaten har fundet, at der er tinglyst en deklaration om kloakledning til fordel for kommunen. Kan I oplyse, om kommunen har planer om at grave i grunden inden for de næste år? Handlen falder, hvis vi ikke har svar inden fredag.

Venlig hilsen
Nikolaj Juhl
EDC Ishøj/Vallensbæk
""")

M("", """
Hej

Jeg er ejendomsmægler og vil gerne høre, om kommunen har en samlet oversigt over lokalplaner for Ishøj Landsby, så vi kan henvise købere til den. Er det kun på plandata.dk?

Mvh
Nikolaj Juhl, EDC
""")

M("pe", """
Til Borgerservice, Ishøj Kommune

Advokatfirmaet Holm & Lykke repræsenterer Henriette Søgaard, [[110976-2418]], i forbindelse med bodelingen efter hendes separation. Ejendommen Pilegårdsvej 6 skal sælges, og der er indgået en betinget købsaftale med et tilbud på 3.150.000 kr. Vi skal anmode om oplysning om evt. restancer på ejendomsskat og renovation, idet beløbet skal afregnes ved frigivelse af købesummen.

Fuldmagt vedlægges.

Med venlig hilsen

Advokat Christian Holm
Holm & Lykke Advokatpartnerselskab
Ishøj Bygade 21, 2635 Ishøj

Denne e-mail er fortrolig og kan være omfattet af advokaters tavshedspligt. Hvis De ved en fejl har modtaget denne e-mail, bedes De straks give afsender besked og slette e-mailen uden at kopiere, videresende eller på anden måde benytte indholdet. Holm & Lykke behandler personoplysninger i overensstemmelse med vores privatlivspolitik, som findes på vores hjemmeside.
""")

M("", """
Til Ishøj Kommune

Advokatfirmaet Holm & Lykke inviterer til gratis åben rådgivning om testamenter og fremtidsfuldmagter i Ishøj Bibliotek tirsdag den 4. kl. 17-19. Vi vil gerne høre, om kommunen vil omtale arrangementet på sin Facebook-side.

Med venlig hilsen
Sekretær Pia Lykke

Denne e-mail er fortrolig og kan være omfattet af advokaters tavshedspligt. Hvis De ved en fejl har modtaget denne e-mail, bedes De straks give afsender besked og slette e-mailen.
""")

M("h", """
Til Ishøj Kommune, Visitationen

På vegne af læge Annette Vinther sendes hermed lægeerklæring vedr. patient Jens Otto Bruun, cpr.nr. [[290643–1179]], til brug for ansøgning om genoptræning efter udskrivelse fra Amager Hospital. Patienten har gennemgået knæalloplastik hø. side den 2/10 og har brug for genoptræning efter sundhedsloven § 140.

Venlig hilsen
Susanne Dam, lægesekretær
Lægerne i Ishøj Bycenter
Tlf. 43 73 18 00 (tlf.tid 8-9)
""")

M("", """
Kære samarbejdspartnere

Lægerne i Ishøj Bycenter holder lukket i uge 29 og 30. Akut henvendelse til Lægerne ved Vejleåparken, tlf. 43 73 40 40. Recepter kan fornyes via Min Læge-appen. God sommer!

Venlig hilsen
Susanne Dam, lægesekretær
""")

M("h", """
Til Tandplejen

Vi henviser hermed Sofia Larsen, f. [[150418 4226]], til kommunal tandregulering. Pigen har et udtalt krydsbid og søger ligeledes pga. smerter ved tygning.

Med venlig hilsen
Klinikassistent Louise Bang
Tandlægerne Ishøj Strand
""")

M("", """
Hej

Vi er en privat tandklinik og vil gerne vide, om kommunen stadig har aftale med privatpraktiserende tandlæger om omsorgstandpleje, og hvem der er kontaktperson. Vi overvejer at søge om at komme på listen.

Mvh Tandlægerne Ishøj Strand
""")

M("ue", """
Til Center for Beskæftigelse og Erhverv

Jeg skriver som faglig sekretær i 3F Køge Bugt på vegne af vores medlem Kenneth Bang, som har givet fuldmagt. Kenneth er blevet bedt om at møde til samtale om en virksomhedspraktik, der efter vores vurdering ligger uden for det, han er uddannet til. Vi beder om, at samtalen flyttes, så jeg kan deltage som bisidder.

Med venlig hilsen
Jannik Vestergaard
Faglig sekretær, 3F Køge Bugt
""")

M("", """
Kære alle

3F Køge Bugt inviterer til offentligt borgermøde om social dumping på byggepladser i Ishøj. Mødet holdes i Ishøj Kulturhus onsdag kl. 19. Alle er velkomne, også ikke-medlemmer. Vi har inviteret byrådets partier til at deltage i debatten.

Med venlig hilsen
Jannik Vestergaard, 3F Køge Bugt
""")

M("uh", """
Kære centerchef

Som fællestillidsrepræsentant for FOA i Ishøj Kommunes ældrepleje skriver jeg om vores medlem Birgit Kofoed, social- og sundhedshjælper på Hjemmeplejen Syd. Birgit har været sygemeldt med en diskusprolaps siden august, og hun er nu indkaldt til en fraværssamtale, hvor ledelsen har nævnt afskedigelse. Vi ønsker et møde forinden.

Venlig hilsen
Dorte Munch
FTR, FOA Ishøj
""")

M("", """
Hej

FOA og Ishøj Kommune har indgået en ny lokalaftale om arbejdstid i hjemmeplejen. Aftalen kan læses på intranettet. Spørgsmål kan rettes til din leder.

Med venlig hilsen
FOA Ishøj (nyhedsmail)
""")

M("e", """
Kære Ishøj Kommune

Jeg er udlejer af lejligheden Ishøj Søvej 44, 1. tv. Min lejer, Jimmi Karlsen, har ikke betalt husleje for september og oktober (samlet 17.400 kr.). Jeg har sendt påkrav. Jeg har forstået, at han får boligstøtte, og vil høre, om den kan udbetales direkte til mig, inden jeg sender sagen til fogeden.

Med venlig hilsen
Lars Fogh, udlejer
""")

M("", """
Hej

Jeg er privat udlejer af to lejligheder i Ishøj. Kan kommunen udbetale boligstøtte direkte til udlejer, hvis lejeren ønsker det? Og hvordan anmelder jeg ny huslejeregulering?

Mvh
Lars Fogh
""")

M("e", """
Til Borgerservice

Boligselskabet Ishøj Strand skal hermed meddele, at lejer Bashir Noori, Gildbro Vænge 21, st. th., er udsat af lejemålet pr. 1. december efter fogedrettens kendelse. Lejer har tre mindreårige børn. Vi orienterer jer efter almenboliglovens regler, så kommunen kan tage stilling til genhusning.

Med venlig hilsen
Boligselskabet Ishøj Strand
Driftsafdelingen
""")

M("", """
Kære beboere

Boligselskabet Ishøj Strand afholder afdelingsmøde torsdag den 18. kl. 19 i fælleshuset. Dagsorden: budget, vedligeholdelse af legepladsen og valg til afdelingsbestyrelsen. Kommunens miljømedarbejder deltager og fortæller om affaldssortering.

Venlig hilsen
Afdelingsbestyrelsen
""")

M("e", """
Kære sagsbehandler

Jeg er advokat for Mikkel Friis i sagen om samvær med datteren Ella (5). Moren har nu i tre måneder nægtet samvær på trods af Familieretshusets afgørelse. Vi har anmodet om fuldbyrdelse ved fogedretten. Vi skal i den forbindelse anmode om aktindsigt i kommunens børnesag, herunder den børnefaglige undersøgelse.

Med venlig hilsen
Advokat Sanne Kirk
Kirk Advokater
""")

M("", """
Kære Ishøj Kommune

Kirk Advokater vil gerne tilbyde et gratis oplæg for kommunens sagsbehandlere om de nye regler i forældreansvarsloven. Er der interesse, kan I kontakte mig.

Venlig hilsen
Advokat Sanne Kirk
""")

M("heu", """
Til Jobcentret

Jeg er tillidsrepræsentant for Dansk Metal på Ishøj Stålindustri, hvor vores kollega Ronni Thomsen kom til skade med hånden i en presse den 14. Han er nu sygemeldt, og virksomheden vil gerne have en delvis raskmelding på plads, men han er ikke klar. Kan vi få en rundbordssamtale med jobcentret?

Mvh
Steen Mørk, TR, Dansk Metal
""")

M("", """
Hej Jobcenter

Vi er en mellemstor industrivirksomhed i Ishøj og vil gerne høre om mulighederne for at oprette fleksjob. Hvad er reglerne, og hvem er vores virksomhedskonsulent?

Venlig hilsen
HR-afdelingen, Ishøj Stålindustri
""")

M("p", """
Kære Center for Byudvikling og Natur

Vi er ved at sælge vores virksomhedsgrund på Industrivej 12 til en køber, som vil opføre lager. Køber har taget forbehold for, at der kan gives dispensation til en bygningshøjde på 14 m. Købsaftalen er betinget og udløber 31/3. Kan I oplyse, hvornår sagen kan forventes behandlet?

Venlig hilsen
Ole Brandstrup
Direktør, Brandstrup VVS ApS
""")

M("", """
Hej

Ishøj Erhvervsforening inviterer kommunens erhvervskontakt til årets netværksmøde om grønne virksomheder. Er der en fra kommunen, der har mulighed for at holde et kort oplæg om den nye erhvervsplan?

Mvh Ishøj Erhvervsforening
""")

M("h", """
Til Ishøj Kommune

Hermed fremsendes epikrise vedr. Birte Wulff, cpr [[030352 1020]], udskrevet fra geriatrisk afdeling 21/11 efter indlæggelse med delirium og urinvejsinfektion. Patienten skal have tilsyn af hjemmesygeplejen med medicindosering. Kontakt afdelingen ved spørgsmål.

Med venlig hilsen
Afdelingssekretær, Geriatrisk Afsnit G3
Amager og Hvidovre Hospital
""")

M("e", """
Kære Ishøj Kommune,

Undertegnede advokat er beskikket som bistandsadvokat for Sandra Kjeldsen i en sag om vold i nære relationer. Sandra har måttet forlade sin bolig med sine to børn og opholder sig p.t. på krisecenter. Vi anmoder om et hurtigt møde om en permanent boligløsning og økonomisk hjælp i overgangen.

Med venlig hilsen
Advokat Maja Brix
""")

M("", """
Kære kommune

Vi er en ny forening, der vil tilbyde gratis juridisk rådgivning til kvinder udsat for vold. Har kommunen et lokale, vi kan låne en aften om ugen?

Med venlig hilsen
Kvinderådgivningen Køge Bugt
""")

M("pte", """
Hej Ishøj Kommune

Jeg er ejendomsmægler og har en køber til et rækkehus på Grønningen, hvor sælger er ældre og taler dårligt dansk; han er oprindeligt fra Vietnam og hans datter tolker. Køberen har budt, og sælger vil acceptere, men han er i tvivl om, hvordan salget påvirker hans ældrebolig-ansøgning. Kan I ringe til datteren, Lan, på 51 27 66 09?

Mvh
Rikke Sand, Nybolig Ishøj
""")

M("u", """
Kære borgmester

Jeg er tillidsrepræsentant for BUPL i Børnehuset Regnbuen og skriver på vegne af personalegruppen. Vi har nu i seks måneder manglet to pædagoger, og vikarbudgettet er brugt op. Vi ønsker et møde med børne- og skoleudvalget.

Med venlig hilsen
Kathrine Lind, TR for BUPL
""")

M("", """
Kære byrådsmedlemmer

BUPL Storkøbenhavn opfordrer alle partier i Ishøj Byråd til at prioritere minimumsnormeringer i næste års budget. Vedlagt finder I vores høringssvar.

Med venlig hilsen
BUPL Storkøbenhavn
""")

M("ehu", """
Til Center for Beskæftigelse

Jeg er socialrådgiver i HK's a-kasse og skriver på vegne af vores medlem Jeanette Krag, [[200874\u00a02612]], som har været sygemeldt med angst siden januar. Jobcentret har stoppet sygedagpengene efter revurdering, og vi ønsker at klage over afgørelsen. Jeanette er ikke i stand til at tale i telefon, så kontakt venligst undertegnede.

Med venlig hilsen
Helle Brask, HK Hovedstaden
""")

M("e", """
Hej

Jeg er revisor for en lille familievirksomhed. En af ejerne, Peter Hald, har personlig gæld til SKAT og har fået lønindeholdelse, og nu har han bedt mig undersøge, om han kan få en afdragsordning på sin ejendomsskat også. Er der en kontakt i Borgerservice?

Venlig hilsen
Revisor Lise Wang
""")

M("", """
Hej Borgerservice

Vi er et revisionsfirma. Hvilke betalingsfrister gælder for ejendomsskat i Ishøj i 2026, og kan den betales via PBS? Tak.
""")

M("he", """
Kære Ishøj Kommune

Jeg er ergoterapeut på Hvidovre Hospital og skriver vedr. vores fælles patient Morten Laursen, 52, som udskrives i morgen efter en apopleksi. Han skal have en kørestol og en badestol stillet til rådighed, før han kommer hjem til Ishøj Strandvej 61. Hvem kan jeg sende hjælpemiddelbestillingen til?

Mvh
Ergoterapeut Tina Dahl
""")

M("", """
Hej

Jeg er ergoterapeut på Hvidovre Hospital. Kan I sende os den opdaterede liste over kommunens kontaktpersoner for hjælpemidler? Den vi har er fra 2022.

Mvh Tina Dahl
""")

M("pe", """
Kære Borgerrådgiver

Jeg er bobestyrer i dødsboet efter Ellen Sørensen. Boets eneste aktiv er et rækkehus på Ishøj Landsby 19, som vi har sat til salg, og der er netop kommet et bud. Arvingen, sønnen Rasmus, modtager kontanthjælp og er bekymret for, at arven vil blive modregnet. Kan kommunen oplyse, hvordan det håndteres, før handlen lukkes?

Med venlig hilsen
Advokat Henrik Bøgh
""")

M("", """
Kære Ishøj Kommune

Kan I oplyse den offentlige ejendomsvurdering for ejendommen matr.nr. 5c Ishøj By? Vi skal bruge den i forbindelse med et skifte, hvor ejendommen blev overdraget til arvingerne i 2023.

Mvh Advokatkontoret Bøgh
""")

M("b", """
Kære udvalgsformand

Jeg er formand for Ishøj Muslimske Forening og skriver på vegne af mig selv og vores imam, Abdullah Said. Vi vil gerne invitere dig til fredagsbøn og en samtale om unge i Vejleåparken.

Med venlig hilsen
Kamal Hussein
""")

M("", """
Kære Ishøj Kommune

Vi er en forening, der arbejder med dialog mellem trossamfund i Køge Bugt-området. Vi vil gerne søge om tilskud fra folkeoplysningspuljen til et arrangement i foråret. Hvornår er ansøgningsfristen?

Med venlig hilsen
Dialogforum Køge Bugt
""")

M("eb", """
Til Borgerservice

Menighedsrådet ved Ishøj Kirke har, efter samtale med vores sognepræst, besluttet at skrive om et af vores menighedsmedlemmer, Hanne Vestergaard, der kommer hver søndag. Hun har fortalt præsten, at hun er blevet opsagt fra sin lejlighed og ikke har råd til at flytte. Hun har givet os lov til at skrive. Kan nogen kontakte hende?

Med venlig hilsen
Menighedsrådsformand Jens Holt
""")

M("", """
Kære byråd

Menighedsrådet ved Ishøj Kirke foreslår, at kommunen og kirken samarbejder om en julehjælp til familier i Ishøj. Vi tænker en fælles ansøgningsproces. Kan vi drøfte det?

Venlig hilsen
Menighedsrådet
""")

M("tse", """
Kære kommune

Jeg er socialrådgiver hos LGBT+ Danmark og hjælper en ung mand på 22, Omar, som er flygtet fra sin familie i Ishøj, fordi han er homoseksuel og familien har truet ham. Familien er irakisk og han frygter æresrelateret vold. Han har brug for en sikker bolig i en anden kommune. Kan Ishøj hjælpe med det?

Med venlig hilsen
Socialrådgiver Nanna Lysgaard
""")

M("", """
Kære Ishøj Kommune

LGBT+ Danmark tilbyder gratis kurser for kommunale medarbejdere om æresrelaterede konflikter og LGBT+ personer. Kontakt os for datoer.

Med venlig hilsen
LGBT+ Danmark
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er skolesocialrådgiver på Strandgårdskolen og vil gerne med dette lave en formel underretning vedr. eleven Victor Holm, 4.b, født [[080816-4753]]. Victor har gentagne gange fortalt, at der ikke er mad derhjemme, og han har i perioden haft over 30% fravær. Forældrene har ikke reageret på vores henvendelser.

Venlig hilsen
Skolesocialrådgiver Kirsten Nyvang
""")

M("", """
Kære Center for Børn og Forebyggelse

Skolernes lærere efterspørger et kursus i, hvornår man har skærpet underretningspligt. Kan I tilbyde det i januar?

Venlig hilsen
Skoleleder Vibeholmskolen
""")

M("u", """
Hej kommunen

Jeg er TR for Djøf-medlemmerne i Center for Borger, Økonomi og IT og vil gerne have en drøftelse af den nye politik for hjemmearbejde. Kan jeg få en tid hos direktøren?

Mvh Katja Friis, TR (Djøf)
""")

M("p", """
Hej

Jeg er ejendomsmægler og har en ejendom til salg på Fiskerhøjvej, hvor køberen har fortrudt efter fristen, fordi han har hørt at kommunen vil bygge en daginstitution på nabogrunden. Sælger er meget ked af det, og vi har en ny interesseret på mandag. Er der noget om institutionen?

Mvh
Peter Kruse, home
""")

M("", """
Kære Borgerservice

Kan en ejendomsmægler få udleveret BBR-oplysninger uden samtykke fra ejeren? Vi er i tvivl om reglerne.

Mvh
Danbolig Ishøj
""")
