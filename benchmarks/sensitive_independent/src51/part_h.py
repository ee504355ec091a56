"""corpus51 part H: CPR numbers in every format, forwarded chains, mixed mails."""
from common import M

M("he", """Til Center for Voksne og Velfærd

Vedr.: Ansøgning om badebænk og toiletforhøjer
Navn: Edith Kragh
CPR: [[190131-2046]]
Adresse: Vejleåvej 33, 2635 Ishøj

Jeg har fået ny hofte og kan ikke komme op fra toilettet selv. Min datter har hjulpet, men hun rejser hjem til Jylland på søndag.

Venlig hilsen
Edith Kragh""")

M("h", """Hej

Jeg skal have taget blodprøver hver uge pga. min blodfortyndende medicin, og sundhedshuset vil have mit cpr. Det er [[1207481563]]. Kan jeg få en fast tid tirsdag morgen?

Mvh Lisbeth""")

M("he", """-----Oprindelig meddelelse-----
Fra: Ulla Jensen (byrådsmedlem)
Sendt: 14. oktober 2026 09:12
Til: Hovedpostkassen
Emne: VS: Min søns sag

Videresendes til rette centerchef. Jeg har kvitteret over for borgeren.

-----Oprindelig meddelelse-----
Fra: Marianne Holt
Sendt: 13. oktober 2026 21:40
Til: Ulla Jensen
Emne: Min søns sag

Kære Ulla. Min søn Victor, [[050309 4127]], har epilepsi og har fået afslag på specialskole. Han har haft tre anfald i klassen i denne måned. Jeg ved ikke hvad jeg skal gøre.

Marianne""")

M("", """Hej

Vores ordrenummer er 2909881437 og kundenummeret 44-09812. Vi har bestilt 12 nye senge til Plejecenter Vejleå, men leveringen er forsinket. Kan I bekræfte adressen?

Mvh Senge & Sovekomfort A/S""")

M("he", """Kære borgerrådgiver

Jeg har fået brev om at jeg skal betale 32.000 kr tilbage i sygedagpenge, fordi jeg "arbejdede" mens jeg var sygemeldt med en brækket arm. Jeg hjalp min bror med at male i to timer med venstre hånd. Jeg har fået en advokat.

Mit cpr.nr.: [[221079–1345]]

Kim Ravn""")

M("ht", """Hi,

I'm a Filipino nurse who recently moved to Ishøj to work at Hvidovre Hospital. My wife is pregnant, and we need to register for the midwife. My CPR is [[030591-1953]] and hers is [[140893-2176]]. Where do we go?

Thanks,
Marco Reyes""")

M("e", """Hej

Jeg skal søge boligstøtte men systemet siger mit personnummer er forkert. Jeg skriver det her: [[2504962013]]. Hvad er der galt?

Vh Nikolaj""")

M("hes", """Til hovedpostkassen

Fuldmagt: Jeg, Jens Møller, giver hermed min mand, Asger Møller, fuldmagt til at tale med kommunen om min hjemmepleje og medicinhåndtering, mens jeg er indlagt på Bispebjerg.

Jens Møller, cpr [[110352\u00a01227]]
Asger Møller, cpr [[260958\u00a01043]]""")

M("h", """hej. min datter Alma [[071121-4038]] har fået skoldkopper og kan ikke komme i dagplejen de næste 10 dage. skal jeg give jer besked eller kun dagplejeren? /Sidsel""")

M("pe", """Til borgerrådgiveren

Jeg er i gang med at sælge mit hus på Gildbrovej, og en køber har skrevet under med forbehold. Kommunen har et tilbagebetalingskrav på min boligstøtte fra 2023 som banken kræver indfriet ved salget. Jeg kan ikke betale før salget er gennemført.

Venlig hilsen
Birgitte Holm
[[160170-2294]]""")

M("", """Hej,

Jeg har en ny kunde i vores fysioterapiklinik, og hun siger at hendes henvisning er sendt til kommunen. Hvordan kan jeg se den? Klinikkens ydernummer er 140562.

Mvh Klinikken ved Torvet""")

M("hu", """Den 12. okt. skrev Lars Kjær:
> Hej Jens, jeg er TR i 3F på havnen. En kollega faldt ned fra en rampe i går og er indlagt med brud på ryggen. Han hedder Kenneth Holm, cpr 230877-1021 står i ulykkesrapporten.

Hej Lars

Tak for beskeden. Jeg sender det videre til administrationen, men du skal selv anmelde arbejdsskaden.

Jens""".replace("230877-1021", "[[230877-1021]]"))

M("he", """Hej

Min mor, Karin Lassen ([[020433-1168]]), er blevet visiteret til plejebolig, men der er 3 måneders ventetid. Hun har svær hjertesvigt og falder om natten. Kan hun få aflastningsplads i mellemtiden?

Mvh Niels Lassen""")

M("", """Hej Borgerservice

Mit pas udløber den 11.03.2027, og mit pasnummer er 210498763. Kan jeg bestille tid til nyt pas online?

Mvh Emilie""")

M("hs", """Hej

Jeg (Anders, [[170776-1905]]) og min mand Frederik skal adoptere et barn fra udlandet. Adoptionsstyrelsen har bedt om en lægeerklæring, og min læge siger at min sukkersyge skal være velbehandlet. Hvem i kommunen skal lave hjemmeundersøgelsen?

Mvh Anders""")

M("he", """til kommunen

jeg er 19 og har fået en ADHD diagnose. jeg vil søge om SU-handicaptillæg men uddannelsesstedet siger at kommunen skal skrive en erklæring. cpr [[080607 4495]]

mvh Malthe""")

M("ht", """Kære Merete,

Mit navn er Khadija og jeg er fra Afghanistan. Jeg fik en datter i sidste uge, på Hvidovre. Hun har fået cpr [[181126-4123]]. Jeg har brug for en sundhedsplejerske der taler dari. Kan det lade sig gøre?

Khadija""")

M("e", """Til Center for Beskæftigelse og Erhverv

Vedr. indkaldelse til samtale den 3. december.
Jeg kan ikke komme den dag, da jeg skal til jobsamtale i et privat firma. Kan jeg få en ny tid?

Med venlig hilsen
Thomas Winther
Personnummer: [[1402851257]]""")

M("bt", """Hej

Jeg er jøde og har fået et brev om at min mors urne skal nedsættes på Ishøj Kirkegård på en lørdag, men lørdag er sabbat for os. Kan vi ændre datoen? Min mors cpr: [[120427–0664]].

Mvh Sara Abrahamsen""")

M("he", """Hej Hovedpostkassen

Min far Svend Nørby, [[090938 2311]], er lige blevet udskrevet fra Amager Hospital efter en operation i tarmen. Han skal have hjemmesygepleje hver dag, og vi har også søgt om indkøbsordning, men ingen har ringet. Han bor alene og er 88.

Mvh Tove Nørby (datter)
Tlf. 40 21 87 33""")

M("p", """Til Center for Byudvikling og Natur

Vi er i gang med at købe en grund på Tranegilde Strandvej. Sælger kræver vores cpr-numre på skødet, og advokaten siger at vi skal indsende dem til kommunen også pga. forkøbsretten. Her er de:
Jesper Nyborg [[240182-1129]]
Anne Nyborg [[031284-2250]]

Venlig hilsen
Jesper og Anne""")

M("h", """Hej

Jeg har ringet tre gange til visitationen om min genoptræning efter knæoperationen. Cpr-nr. er [[1903562101]]. Jeg er ved at blive stiv. Ring venligst.

Mvh Egon""")

M("eh", """Kære borgerrådgiver

Jeg er pårørende til min bror, som bor på et bosted for sindslidende. Han har fået at vide, at han skal flytte til et andet bosted i Høje-Taastrup. Han har ikke fået en skriftlig afgørelse. Hans cpr er [[280391-1183]] og jeg har fuldmagt.

Venlig hilsen
Camilla Poulsen""")

M("", """Hej

Vores kunde nr. 1011780023 hos Ishøj Fjernvarme har fået en regning for høj. Måleren viser 12.345 kWh, men vi har kun brugt halvdelen. Kan I tjekke det?

Mvh Viceværten, Strandgårdsparken""")

M("hu", """Hej

Jeg er medlem af FOA og arbejder i hjemmeplejen. Jeg er blevet stukket af en kanyle hos en borger og skal testes for hepatitis. Min leder har bedt mig sende mit cpr-nummer til arbejdsmiljørepræsentanten, men jeg vil ikke sende det på almindelig mail. Nå, her er det alligevel: [[061188 2092]]

Mvh Line""")

M("he", """Videresendt besked:

Fra: Helle Andersen
Til: Borgmesterens PA
Emne: Min søster

Min søster Gitte Andersen (cpr [[130871-2030]]) er blevet sat ud af sin lejlighed og bor nu i sin bil. Hun har en psykisk sygdom og har ikke fået sin medicin i en uge. Kan kommunen finde et sted hun kan bo?

Helle""")

M("t", """Hej

Jeg er født i Vietnam og kom til Danmark som barn. Mit navn er stavet forkert i CPR-registret, og jeg vil gerne rette det. Mit personnummer er [[050675-1142]]. Hvad skal jeg medbringe?

Mvh Nguyen Van Minh""")

M("h", """Hej,

min søn Oscar ([[2203164551]]) har fået rotavirus og har kastet op hele natten. Vi holder ham hjemme fra vuggestuen resten af ugen.

Mvh Christina""")

M("", """Til hovedpostkassen

Jeres mail af 22.09.2026 med reference 220926-0083 er ikke nået frem til os i vedhæftet form. Kan I sende bilaget igen?

Med venlig hilsen
Advokatfirmaet Holm & Hjorth""")

M("he", """Dear sir/madam,

My mother, Maria Sandoval, born 04.07.1941, CPR [[040741-1284]], lives in Ishøj and receives home help twice a week. She has had a stroke and now needs help every day. I live in Spain and cannot come. Please tell me how to apply for more help.

Thank you,
Rosa Sandoval""")

M("be", """Til Center for Beskæftigelse og Erhverv

Jeg er muslim og beder fem gange om dagen. Min praktikplads som jobcentret har skaffet mig, siger at jeg ikke må bede i arbejdstiden. Jeg har fået kontanthjælp i to år og vil gerne arbejde. Cpr [[140990-3037]].

Mvh Abdullah""")

M("h", """Hej Jordemødrene / Sundhedsplejen

Jeg er gravid, termin 3. maj. Min læge har sagt at jeg skal skrive til jer med mit cpr: [[280997–2146]]. Jeg er førstegangsfødende og lidt nervøs.

Kh Sofie""")

M("es", """Hej

Vi er to kvinder, gift, og vi har fået en plejedatter på 5 år for tre måneder siden. Hun hedder Lea, cpr. [[100621-4802]]. Hun skal have et nyt sundhedskort med vores adresse. Hvordan gør vi det, når vi ikke har forældremyndigheden?

Mvh Trine og Katrine""")

M("he", """Til Borgerrådgiveren

Klage over sagsbehandlingstid

Jeg søgte førtidspension i januar pga. kronisk nyresygdom og dialyse. Der er gået 10 måneder. Jeg har ikke hørt noget siden maj.

Mogens Rask
[[170964 2055]]
Ishøj Søvej 12""")

M("", """Hej

Mit medlemsnummer hos Ishøj Svømmeklub er 0202761234. Jeg har betalt kontingent for 2027 men står stadig som restance i systemet. Er det kommunen der styrer det?

Mvh Jonna""")

M("hu", """Hej

Jeg er DSR-medlem og har været sygemeldt med en hjernerystelse efter et trafikuheld. Min arbejdsgiver (Ishøj Kommune) vil have mit cpr til forsikringen. [[011069\u00a01906]]

Mvh Birte""")

M("eth", """Hej,

jeg hedder Goran og jeg er fra Serbien. Jeg har brug for hjælp. Min kone har forladt mig og jeg er alene med to børn, og jeg har mistet mit job. Lægen har givet mig sovepiller, fordi jeg ikke kan sove. Cpr nr. [[220580 1137]].

Goran""")

M("", """Hej

Vi har modtaget opkrævning nr. 1812000987 for ejendomsskat, men vi har allerede betalt via PBS. Kan I tjekke det?

Mvh Ellen og Erik""")

M("hp", """Kære borgmester

Jeg har fået en stor operation i ryggen og må ikke gå på trapper i et halvt år. Vi vil derfor sælge vores hus og har fået et bud, men køberen forlanger at kommunen godkender tagboligen først. Min cpr: [[300661-1418]]. Kan det gå hurtigt?

Mvh Anette""")

M("", """Til byrådsmedlem

Jeg er læge i Ishøj og vil gerne gøre opmærksom på, at mange af mine patienter har svært ved at få hjemmesygepleje i weekenden. Det er et generelt problem, ikke enkeltsager.

Mvh praktiserende læge Hans Friis""")

M("he", """Hej

Min mormor, Agnes Vinther, skal have ny medicin mod sin angst og depression, men hjemmeplejen siger de ikke må give den uden en opdateret medicinliste. Hun er født [[250229-0931]].

Mvh Stine""")

M("e", """Hej Borgerservice

Jeg har fået en rykker for betaling af daginstitutionsplads, men vi har fuld friplads. Min søns cpr er [[031117-4689]] og mit eget [[120894-2231]].

Mvh Nanna""")

M("h", """Hej

jeg har en misbrugssag og er i behandling på Rusmiddelcenteret. min kontaktperson er stoppet og ingen har ringet. mit cpr [[2111902175]] hvis i skal bruge det.

René""")

M("b", """Hej

Jeg er medlem af Dansk Folkeparti og stiller op til næste kommunalvalg. Hvordan indleverer man kandidatlisten? Cpr [[090376-1321]].

Mvh Ole Bjerre""")
