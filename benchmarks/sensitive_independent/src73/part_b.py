"""corpus73, part B: children's diagnoses and school, pregnancy and family life."""
from common import M

M("he", """
Til Center for Børn og Forebyggelse

Vores søn Villads (9) er udredt for autisme på Børne- og Ungdomspsykiatrisk Center i Glostrup. Skolen siger at han ikke kan rummes i almenklassen, og vi har søgt om plads på Ishøj Skoles specialtilbud i august. Vi har ikke hørt noget siden.

Hvornår kan vi forvente en afgørelse?

Venlig hilsen
Sofie og Anders Vind
""")

M("hst", """
Kære byrådsmedlem

Vi er to fædre, Ahmad og jeg, og vores datter på 7 har lige fået diagnosen ADHD. Hun går i 1. klasse på Strandgårdskolen. Ahmad er fra Syrien og kom hertil som 14-årig, og når han henter hende, får han at vide af en pædagog, at "det er nok kulturelt betinget" at hun er urolig.

Vi synes ikke det er i orden. Hvem skal vi klage til?

Med venlig hilsen
Rune Bech
""")

M("", """
Hej

Hvordan er reglerne for specialundervisning i Ishøj? Jeg er forælderrepræsentant i skolebestyrelsen, og vi skal drøfte kommunens nye inklusionsstrategi på næste møde. Er der tal på, hvor mange børn der er visiteret til specialklasser de sidste tre år?

Venlig hilsen
Henrik Aagaard, skolebestyrelsen, Vibeholmskolen
""")

M("h", """
hej jeg er gravid i uge 31 og har fået svangerskabsforgiftning. er indlagt på hvidovre og mine to store drenge skal i sfo. min mand arbejder i nattevagt. er der nogen mulighed for at de kan blive længere i sfo end til kl 17 de næste par uger

hilsen Jeanette
""")

M("he", """
Til borgerrådgiveren

Min datter Nora på 15 har anoreksi og har været indlagt i 8 uger. Skolen har sendt en underretning til kommunen fordi hun har haft stort fravær. Nu har vi en sagsbehandler fra familieafdelingen på, og jeg føler mig behandlet som en dårlig mor.

Kan jeg klage over at der blev lavet en underretning, når fraværet skyldtes sygdom?

Venlig hilsen
Helle Winther
""")

M("", """
Til Center for Børn og Forebyggelse

Sundhedsplejen plejer at holde åbent hus for nybagte forældre om tirsdagen. Er det stadig sådan efter sammenlægningen med Vallensbæk? Jeg skal skrive det i vores mødregruppes nyhedsbrev.

Hilsen Christina
""")

M("hb", """
Kære udvalgsformand for Børn og Skole

Min søn Yusuf har astma og må ikke være ude i kulden i frikvarteret, det står i lægens erklæring. Alligevel bliver han sendt ud. Samtidig faster han i ramadanen, og det har lærerne brokket sig over foran klassen.

Jeg vil gerne have et møde med skolelederen.

Med venlig hilsen
Leila Haddad
""")

M("heu", """
Til hovedpostkassen

Jeg er pædagog og medlem af BUPL. Jeg har været sygemeldt efter en abort i uge 14 og bagefter en depression. Jeg fik et brev fra jer om sygedagpengeopfølgning, men brevet var sendt til min gamle adresse, så jeg kom ikke til samtalen. Nu står der at mine sygedagpenge kan blive standset.

Det var ikke min fejl. Hvad gør jeg?

Venlig hilsen
Tina Brask
Cpr-nr. [[190288-1046]]
""")

M("", """
Hej Ishøj Kommune

Jeg skriver for Forældreforeningen ADHD Vestegnen. Vi holder temaaften om skolevægring den 21. november på Ishøj Bibliotek. Kan I hjælpe med at dele invitationen til skolerne via Aula?

Med venlig hilsen
Bestyrelsen
""")

M("hs", """
Hej

Min kone Camilla og jeg (vi er begge kvinder, for god ordens skyld, for jeres skema står der stadig "far") venter tvillinger til marts. Camilla er sygemeldt fra uge 20 pga. for tidlige veer. Kan vi få en plads i dagpleje fra samme dato, eller skal vi skrive børnene op hver for sig?

Mvh Julie Lindqvist
""")

M("het", """
Til Center for Børn og Forebyggelse

Vi er en somalisk familie og har boet i Ishøj i 9 år. Vores yngste, Hodan, har en hørenedsættelse og har fået høreapparater. Skolen siger at hun skal have en FM-anlæg i klassen, og at kommunen skal bevilge det. Vi har søgt i september. Vi venter stadig.

Mange hilsner
Faduma Ali
""")

M("", """
Hej

Hvor mange elever i Ishøj har fået diagnosen ordblindhed i 2023? Jeg er journalist på Vestegnens Avis og skriver om læsetest i folkeskolen.

Venlig hilsen
Mads Riber
""")

M("hep", """
Kære Borgmester

Jeg skriver fordi vi er desperate. Vores søn på 4 har en sjælden muskelsygdom, og han kommer snart i kørestol. Vi bor i et rækkehus i Ishøj Landsby med tre trappetrin ind. Vi har sat huset til salg for at købe et hus i ét plan i Torslunde, men vi er nødt til at sælge først, og banken vil ikke give os et lån til begge.

Kommunen har afslået at betale for en rampe fordi vi "alligevel skal flytte". Vi har lige fået et bud på 2,9 mio. som vi ikke ved om vi tør sige ja til.

Kan I ikke se på sagen igen?

Med venlig hilsen
Nanna og Kristoffer Holm
""")

M("hb", """
Hej

vores datter skal konfirmeres i Ishøj Kirke d. 27. april, men hun har lige fået brækket benet og skal have gips i 6 uger. Kirken har trapper op til indgangen. Ved I om der er en rampe der kan lånes?

hilsen Mette og Jens
""")

M("", """
Til Center for Børn og Forebyggelse

Kan I sende mig de gældende takster for pasning i vuggestue og dagpleje for 2025? Og hvor stor er søskenderabatten?

Tak på forhånd
Kasper
""")

M("he", """
Til Borgerrådgiveren

Min søn Mathias er 12 og har Tourettes. Han er blevet visiteret til kørsel til specialskolen i Hvidovre, men taxaen kommer ofte 40 minutter for sent, og han står alene ved vejen. Når han bliver stresset, får han flere tics, og de andre børn griner.

Jeg vil klage over kørselsordningen.

Mvh Kristina Dahl
""")

M("t", """
Til byrådsmedlem

Min datter på 6 er adopteret fra Etiopien. I går sagde en dreng i hendes klasse at hun "skulle tilbage til Afrika". Læreren sagde at det var drengesnak. Jeg vil gerne vide om kommunen har en politik mod racisme i skolerne, og om den bliver brugt.

Venlig hilsen
Gitte Munch-Larsen
""")

M("he", """
Hej

Jeg er mor til Asta, 3 år, der har Downs syndrom. Vi har fået bevilget en støttepædagog i børnehaven 15 timer om ugen, men børnehaven siger at de ikke kan få personale. I praksis får hun ingen støtte. Kan kommunen pålægge dem noget?

Venlig hilsen
Anne-Sofie Graversen
[[220591-2370]]
""")

M("", """
Hej

Jeg er skolesundhedsplejerske i en anden kommune. Må jeg se jeres retningslinjer for håndtering af elever med diabetes i skoletiden? Vi er ved at skrive vores egne.

Venlig hilsen
Birgitte Rask, sundhedsplejerske
""")

M("hbt", """
Til Center for Børn og Forebyggelse

Vi er jøder og spiser kun kosher. Vores søn Ariel er født med en alvorlig fødevareallergi (nødder og æg), og børnehaven Stjernen siger, at det er for besværligt at lave særkost til ham. Han kan ikke få madpakke med fordi der er fællesspisning.

Hvad er kommunens regler?

Med venlig hilsen
Rebecca og Daniel Adler
""")

M("hu", """
hej Morten, det er Brian fra fodbolden

vil lige høre om du kan hjælpe. min kone har fået fødselsdepression efter vores tredje og jeg vil gerne tage orlov men min arbejdsgiver siger nej. jeg er i Dansk Metal men de siger det er en sag for kommunen. passer det?

brian
""")

M("", """
Til Social- og Sundhedsudvalgets sekretær

Vil udvalget tage stilling til, om kommunens familieambulatorium skal udvides med en jordemoder mere? Svangreomsorgen er under pres i hele regionen, og ventetiden er steget.

Venlig hilsen
Jordemoderforeningens kreds Hovedstaden
""")

M("hs", """
Hej,

Jeg er bøsse og har lige fået at vide at jeg er hiv-positiv. Jeg har brug for nogen at tale med, men jeg tør ikke gå til min egen læge her i byen, fordi han kender min familie. Har kommunen et anonymt rådgivningstilbud?

(Jeg skriver uden navn)
""")

M("he", """
Kære borgerrådgiver

Min søn på 17 har en spiseforstyrrelse og kom i sidste måned på et dagbehandlingstilbud. Kommunen har i sin afgørelse skrevet at vi skal betale 3.200 kr. om måneden i forældrebetaling. Vi er begge på dagpenge efter at have mistet arbejdet i foråret. Vi har ikke pengene.

Venlig hilsen
Kirsten og Ole Lauridsen
""")

M("", """
Hej

Tilbyder kommunen stadig gratis kurser i førstehjælp for forældre med små børn? Jeg så det på jeres hjemmeside sidste år.

Hilsen
Maria
""")

M("htb", """
Til skolechef / Center for Børn og Forebyggelse

Vores søn Mustafa (10) har epilepsi og skal have sin medicin kl. 12. I fredags glemte lærerne det, og han fik et anfald i svømmehallen. Vi er fra Irak og beder fem gange om dagen, og vi har bedt om at han kan få sin medicin i stilhed i et lokale, men det blev der grint af.

Vi vil have en skriftlig aftale.

Med venlig hilsen
Hussein og Zainab Al-Maliki
""")

M("he", """
Hej

Jeg har lige født for 3 uger siden med kejsersnit og må ikke løfte. Min sundhedsplejerske siger at jeg kan søge om praktisk hjælp fra kommunen de næste 4 uger. Det gør jeg hermed. Min mand er på job i Norge.

Mvh Signe Bruun
""")

M("", """
Til hovedpostkassen

Vi har modtaget en faktura fra Ishøj Kommune for SFO, fakturanummer 0304190987, men vi har allerede betalt via Betalingsservice. Kan I tjekke? Vores kundenummer er 4410223.

Venlig hilsen
Jesper Mogensen
""")

M("hs", """
Kære Sara

Tak for sidst på Ishøj Pride! Jeg vil høre om du kan hjælpe mig med et spørgsmål. Min datter på 16 er kommet ud som lesbisk og er blevet mobbet så meget at hun har fået angst og ikke vil i skole. Skolen siger at de ikke kan gøre mere.

Hvad kan vi gøre?

Kh Birgitte
""")

M("h", """
Hej

Min søn er født for tidligt i uge 28 og ligger stadig på neonatalafdelingen. Jeg skal tilbage på arbejde om 4 uger, men jeg har hørt at man kan få forlænget barsel når barnet er indlagt. Skal jeg søge det hos Udbetaling Danmark eller hos jer?

Venlig hilsen
Line Schou
""")

M("", """
Hej

Er det rigtigt at skoletandplejen flytter fra Vibeholmskolen til Sundhedshuset? Hvilken dag åbner den nye klinik?

Hilsen en forælder
""")

M("het", """
Til udvalgsformanden

Min datter har svær dysleksi og har fået afslag på at komme på Ordblindeskolen. I begrundelsen står der at hun "taler et andet sprog derhjemme", og at problemet skyldes det. Hun er født i Danmark, men vi taler kun vietnamesisk hjemme, og hun læser dansk bedre end vietnamesisk.

Jeg synes det er diskrimination.

Venlig hilsen
Thu Nguyen
""")

M("", """
Hej

Jeg vil høre om man må holde en børnefødselsdag i legepladsens fælleshus ved Ishøj Sø, og hvad det koster at leje.

Mvh Jannie
""")

M("ue", """
Til Center for Børn og Forebyggelse

Jeg er blevet fyret fra mit job på lageret og har meldt mig ledig i 3F's a-kasse. Kan min søn blive i SFO indtil jeg får nyt arbejde, eller mister han pladsen?

Venlig hilsen
Morten Brix
""")

M("hep", """
Hej

Vi er ved at købe et hus på Pilemøllevej, og handlen er betinget af at kommunen godkender en handicapindretning af badeværelset, fordi vores datter Freja har spina bifida. Mæglersagen hedder 24-1183. Vi har søgt om tilskud til boligændring via kommunen men ikke fået svar.

Vores købsaftale udløber om 14 dage.

Med venlig hilsen
Katrine og Mikkel Søe
""")

M("h", """
Kære skolebestyrelse / kære kommune

Jeg har selv haft brystkræft og er færdigbehandlet nu. Jeg vil gerne være frivillig læsemakker på skolen, men skal jeg oplyse om min sygdom i ansøgningen? Jeg vil helst ikke.

Venlig hilsen
Annette
""")

M("", """
Til Center for Voksne og Velfærd

I har i nyhedsbrevet skrevet om en ny indsats for pårørende til demensramte. Hvornår starter det første hold, og hvor mange pladser er der?

Venlig hilsen
Demensforeningen Ishøj
""")

M("bhu", """
Hej

Jeg er Jehovas Vidne og arbejder på Ishøj Skole som pedel. Jeg er medlem af Kristelig Fagforening. Jeg er lige blevet opereret for en brok og er sygemeldt 3 uger. Min leder har bedt mig komme ind til en samtale, mens jeg er syg. Må han det?

Mvh Peter
""")

M("", """
Hej

Min nabo har fortalt at kommunen deler gratis cykelhjelme ud til skolestartere. Hvornår og hvor?

Hilsen
Birgit
""")

M("hst", """
Til Center for Børn og Forebyggelse

Jeg er transmand og bor med min kæreste Simon. Vi er ved at adoptere et barn fra Colombia, hvor jeg selv er født. I forbindelse med adoptionssagen har kommunen bedt om min lægejournal fra kønsskiftet. Er det lovligt?

Med venlig hilsen
Andrés Holm
""")

M("", """
Til direktionsassistenten, Center for Børn og Forebyggelse

Vi vil gerne invitere direktøren til en debat om børns mentale sundhed på Ishøj Gymnasium den 4. februar. Det er en del af Mind Your Own Business-ugen.

Med venlig hilsen
Elevrådet
""")
