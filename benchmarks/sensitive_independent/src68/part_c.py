"""corpus68 part c: petitions and open letters signed by many, newsletters and invitations with personal stories quoted."""
from common import M

M("", """
UNDERSKRIFTINDSAMLING

Bevar bibliotekets filial i Vejleå!

Vi, der har skrevet under nedenfor, opfordrer Ishøj Byråd til at droppe forslaget om at lukke Vejleå-filialen i budget 2026. Filialen bruges af skoleklasser, læseklubber og ældre, der ikke kan komme til hovedbiblioteket.

412 underskrifter, indsamlet 1.-20. marts på Vejleå Torv og på skrivunder.net. Listen er vedlagt som PDF.

Kontaktperson: Grethe Lind, tlf. 61 72 03 58
""")

M("u", """
Åbent brev til Ishøj Byråd og Børne- og Skoleudvalget

Vi er tillidsrepræsentanter for lærerne (DLF) på Ishøjs fem folkeskoler. Vi skriver samlet, fordi forslaget om at hæve undervisningstimetallet med to lektioner om ugen ikke hænger sammen med den forberedelsestid, vi har aftalt lokalt.

Vi beder om et møde med udvalget inden budgetforhandlingerne.

Med venlig hilsen
Dorthe Vinther, Ishøj Skole
Ali Sharif, Vibeholmskolen
Charlotte Krag, Strandgårdsskolen
Peter Madsen, Gildbroskolen
Susanne Frost, Vejleåskolen
""")

M("s", """
Nyhedsbrev fra LGBT+ Ishøj – forår 2025

Kære byrådsmedlemmer, vi sender jer vores nyhedsbrev, fordi vi gerne vil vise, hvem vi er.

MEDLEMMET FORTÆLLER
Anders, 34, lagerchef: "Min mand og jeg flyttede til Ishøj i 2020 og var lidt nervøse for, hvordan vi ville blive modtaget i rækkehusforeningen. Det viste sig at være helt udramatisk. Nu er jeg med til at arrangere sommerfesten."

KALENDER
12. april: Spilaften i Kulturhuset
7. juni: Regnbuepicnic i Bypark

Foreningens bestyrelse
""")

M("", """
Kære alle byrådsmedlemmer

Ishøj Moské holder åbent hus lørdag den 26. april kl. 11-15. Der er rundvisning hver time, te og kage, og imamen fortæller om moskéens historie og arbejde med unge. Alle er velkomne, også børn.

Vi håber at se mange af jer.

Med venlig hilsen
Bestyrelsen, Ishøj Moské
""")

M("tb", """
Til formanden for Kultur- og Fritidsudvalget

Vi er en gruppe somaliske mødre fra Vejleå Park. Vi er muslimer, og vores døtre på 10-14 år vil gerne lære at svømme, men de vil ikke i svømmehallen, når der er drenge og mandlige livreddere. Før corona var der en time om søndagen kun for piger og kvinder. Vi beder om, at den kommer tilbage.

Vi har talt med 19 familier, der vil bruge den.

Hodan Ali, Fadumo Hassan, Sahra Warsame, Ifrah Nur, Amina Yusuf
""")

M("p", """
Til Teknik- og Miljøudvalget

Bestyrelsen i Haveforeningen Ishøj Sø skriver på vegne af to medlemmer, der har givet os lov til at nævne dem. Bjarne i have 12 og Jytte i have 31 har begge deres kolonihavehuse til salg gennem foreningens venteliste. Efter kommunens brev om en mulig ny sti gennem den nordlige del af foreningen har køberne i begge haver trukket sig.

Vi beder om en hurtig afklaring af stien, så handlerne kan gennemføres.

På bestyrelsens vegne
Kirsten Lund, formand
""")

M("", """
Nyt fra Jobcenter Ishøj, april 2025

Ledigheden i Ishøj var i februar 4,1 % mod 4,6 % samme måned sidste år. Flest nye job er skabt i transport og logistik. Jobcentret holder jobmesse i Ishøj Idrætscenter den 14. maj, hvor 40 virksomheder deltager.

Læs mere på ishoj.dk/job.
""")

M("he", """
NYHEDSBREV – Scleroseforeningen, Ishøj-Vallensbæk lokalafdeling

Til byrådets medlemmer, til orientering før jeres møde om handicappolitikken.

ET MEDLEM FORTÆLLER
Lis, 52, fra Ishøj: "Jeg fik sclerose som 38 og måtte opgive fuldtidsjobbet som bogholder. I dag arbejder jeg 12 timer om ugen i fleksjob, og kommunen betaler fleksløntilskud. Det har reddet min hverdag, men hver gang reglerne laves om, er jeg bange for at miste det."

Lokalafdelingen mødes første tirsdag i måneden i Sundhedshuset.
""")

M("u", """
Til Ældreudvalget

Vi er medlemmer af FOA Sydkystens ældresektion og arbejder alle i hjemmeplejen i Ishøj. Vi skriver under på dette brev, fordi vi mener, at de nye køreplaner ikke giver tid til at gøre arbejdet ordentligt.

Hanne Bach, Mette Ibsen, Fatma Kaya, Lene Krog, Jonna Vestergaard, Susan Lie, Marianne Holt
""")

M("te", """
Hello / Dobryi den,

Jeg er fra Ukraine og kom til Ishøj med min datter i april 2022. Min integrationsydelse er stoppet fra 1. marts, og jeg har ikke fået noget brev om hvorfor. Jeg har ringet til Borgerservice tre gange. Min CPR er [[050688-1452]]. Jeg har ikke penge til huslejen i april.

Please help me, hvem skal jeg skrive til?

Olena Kovalenko
""")

M("", """
INVITATION

Ishøj Seniorråd inviterer til temadag om demens

Tirsdag den 6. maj kl. 10-14 i Ishøj Kulturhus. Demenskoordinatoren fortæller om kommunens tilbud, og Alzheimerforeningen fortæller om pårørendegrupper. Frokost serveres.

Tilmelding til seniorraadet@ishoj.dk senest 28. april.
""")

M("st", """
Åbent brev til Ishøj Byråd om regnbueflaget

Jeg har læst, at flertallet vil stoppe med at hejse regnbueflaget på rådhuset i Pride-ugen.

Jeg er queer og har vietnamesiske forældre. Jeg voksede op i Ishøj og var i mange år overbevist om, at ingen som mig hørte til her. Det første år jeg så flaget på rådhuset, stod jeg og græd på Stationsvej.

Et flag koster ingenting. Lad det blive hængende.

Linh Tran
""")

M("b", """
Til byrådet

Vi i Ishøj Humanistiske Studiekreds har læst forslaget om, at skolernes juleafslutning fremover holdes i kirken. Vi er humanister og ønsker ikke, at vores børn skal vælge mellem at deltage i en gudstjeneste eller sidde alene på skolen.

Vi beder om en afslutning for alle på skolen.

Merete Dahlgaard, Jens Abildgaard, Signe Holm, Tobias Eriksen
""")

M("", """
Til Ishøj Byråd

Ishøj Menighedsråd har på sit møde den 11. marts drøftet klager over kirkeklokkerne søndag morgen. Menighedsrådet har besluttet at ringe kl. 9.30 i stedet for kl. 8.00 fra 1. april. Vi orienterer byrådet, da flere borgere har skrevet til byrådsmedlemmer om sagen.

Med venlig hilsen
Ishøj Menighedsråd, formanden
""")

M("p", """
BORGERFORSLAG TIL ISHØJ BYRÅD

Stop salget af den grønne kile ved Tranegilde

Vi har erfaret, at kommunen er i forhandling med Strandparken Ejendomme ApS om salg af det fredede areal bag Tranegilde Strandvej, og at en betinget købsaftale ventes underskrevet inden sommer. Vi opfordrer byrådet til at stoppe forhandlingerne, før salget er en realitet.

Forslaget støttes af 1.040 borgere.
""")

M("", """
Underskriftindsamling: Vi kræver flere hænder i hjemmeplejen

Vi, 1.212 borgere i Ishøj, mener at de ældre har krav på mere end 10 minutter til et bad. Vi opfordrer byrådet til at afsætte 6 mio. kr. ekstra til hjemmeplejen i budget 2026.

Indsamlet af Ældre Sagen Ishøj, marts 2025.
""")

M("ue", """
Nyhedsbrev fra Ishøj Ledighedsgruppe, nr. 3

Til byrådets beskæftigelsesudvalg til orientering.

STEMMER FRA GRUPPEN
Karsten, 58: "Jeg har været medlem af Dansk Metal i 34 år og blev ledig ved nytår, da fabrikken i Hvidovre lukkede. Jeg har søgt 60 job. Det er ikke dovenskab, det er alder."

Næste møde: onsdag kl. 10 i Beboerhuset, Vejleå Parkvej.
""")

M("h", """
Kære byrådsmedlemmer

Jeg arrangerer igen i år "Løb for Liv" rundt om Ishøj Sø søndag den 18. maj. Jeg startede løbet, fordi min bror Mikkel døde af ALS i 2022, og overskuddet går til forskning. Sidste år deltog 340 løbere.

Vi vil gerne invitere byrådet til at stille et hold. Og så mangler vi tilladelse til at låne 40 afspærringshegn.

Venlig hilsen
Camilla Bjerre
""")

M("t", """
Til Ishøj Byråd

Vi er grønlændere, der bor i Ishøj, og vi skriver sammen, fordi vi savner et sted at mødes. I København og Aalborg er der grønlandske huse, men her er der ikke noget, selv om vi er over 100 familier.

Vi vil gerne låne et lokale én aften om ugen.

Naja Lynge, Hans Kleist, Aviaja Petersen, Malik Berthelsen
""")

M("", """
PRESSEMEDDELELSE – Vestegnens Brandvæsen

Tørke: Forbud mod afbrænding i Ishøj, Albertslund og Brøndby fra 1. juni

Forbuddet gælder bål, haveafbrænding og grill på offentlige arealer uden fast grillplads. Brandvæsenet følger situationen dagligt.
""")

M("ep", """
Kære Per Aagaard

Min frisørsalon på Ishøj Bygade gik konkurs i januar, og jeg har nu over 400.000 kr. i personlig gæld. Jeg er nødt til at sælge huset på Gildbrovej. Der er kommet et bud, men køberen kræver at kommunen først godkender den overdækkede terrasse, som den tidligere ejer byggede.

Sagen har ligget i byggesagsafdelingen i to måneder. Jeg beder ikke om særbehandling, bare om en dato.

Venlig hilsen
Tanja Holm
""")

M("s", """
Invitation til Regnbuefamiliernes sommerpicnic

Søndag den 15. juni kl. 12 i Ishøj Bypark ved legepladsen.

"Da vi blev en regnbuefamilie med to fædre, vidste vi ikke, om der var andre som os i Ishøj. Nu er vi 14 familier," siger Mads og Ali, der står bag picnicen sammen med deres datter Maja.

Medbring mad og tæpper – vi sørger for kaffe.
Alle byrådsmedlemmer er velkomne.
""")

M("b", """
Til Ishøj Byråd

Vi er en gruppe kristne fra Ishøj Frikirke, Den Katolske Kirke og Pinsekirken, som i tre år har delt mad ud på Ishøj Station hver torsdag. Vi har fået at vide, at vi skal have en tilladelse for at bruge pladsen. Vi vil gerne søge, men vi forstår ikke formularen.

Hilsen
Torben Malm, Maria Nowak, Samuel Adeyemi
""")

M("eu", """
Til Jobcentret, cc byrådsmedlem Morten Skov

Jeg er ledig og medlem af Krifas a-kasse. Krifa siger, at kommunen ikke har indberettet min deltagelse i jobcentrets kursus, og derfor er min dagpenge for marts ikke udbetalt. Jeg har været på kurset alle dage.

Mit cpr-nr. er [[211265 3317]].

Med venlig hilsen
Allan Munk
""")

M("", """
NYT FRA ISHØJ BOLIGSELSKAB

Beboerdemokratiet søger nye kræfter! Der er valg til afdelingsbestyrelserne i Strandgårdsparken og Vejleå Park i september. Mød op og hør, hvad arbejdet går ud på, tirsdag den 3. juni kl. 19 i fælleshuset.
""")

M("t", """
Open letter to Ishøj City Council

We are a group of international families living in Ishøj. Many of us work at the airport and in the harbour, and our children go to Ishøj schools. We would like the municipality to publish school letters and important messages in English too.

Signed:
Maria Santos (Philippines)
Chen Wei (China)
Rajesh Kumar (India)
Ana Oliveira (Brazil)
Tomasz Zielinski (Poland)
""")

M("h", """
Til byrådet

Jeg har skrevet under på protesten mod lukningen af lægeklinikken i Vejleå. Jeg vil bare tilføje: Jeg har KOL og iltapparat og kan ikke tage bussen til Glostrup, hvor vi er blevet henvist. Det er ikke bare et spørgsmål om komfort.

Erna Poulsen, Vejleå Parkvej
""")

M("", """
1. MAJ I ISHØJ BYPARK

Program:
12.00 Musik ved Ishøj Brass
12.30 Taler fra fagbevægelsen og byrådet
13.30 Børneaktiviteter og pølser
14.00 Debat: Velfærd og arbejdsmiljø på Vestegnen

Arrangeret af fagbevægelsen på Sydkysten. Alle er velkomne.
""")

M("p", """
Nyhedsbrev fra EDC Ishøj – marts

NYT TIL SALG
Vejleåvej 12: Charmerende rækkehus, 112 m², udbudspris 2.895.000 kr. Åbent hus søndag kl. 13-14.
Ishøj Strandvej 88, st. tv.: Lys ejerlejlighed med havudsigt. Sælger ønsker hurtig overtagelse.

SOLGT I MARTS
Tre huse i Ishøj Landsby, gennemsnitlig liggetid 64 dage.

Du modtager dette nyhedsbrev, fordi du har tilmeldt dig på edc.dk.
""")

M("", """
Nyhedsbrev fra Home Ishøj

Boligpriserne i Ishøj steg 6 % i 2024, og den gennemsnitlige liggetid faldt til 87 dage. Rækkehuse er mest efterspurgte. Vil du vide, hvad din bolig er værd? Book en gratis vurdering.
""")

M("b", """
Til Ishøj Byråd

Vi er aktivister i Extinction Rebellion Ishøj og vil gerne anmelde en fredelig demonstration foran rådhuset den 22. april, Jordens Dag, fra kl. 16 til 18. Vi forventer 30-50 deltagere. Vi vil gerne vide, om vi må bruge en lille højttaler.

Freja Holm, Victor Lund, Sara Nabi
""")

M("u", """
Til Økonomiudvalget

Vi skriver som tillidsrepræsentanter og arbejdsmiljørepræsentanter på Ishøj Rådhus, valgt af HK, 3F og FOA. Vi støtter forslaget om en ny personalepolitik mod vold og trusler og vil gerne deltage i arbejdsgruppen.

Lotte Bach (HK, TR), Jan Olsen (3F, TR), Gülay Demir (FOA, AMR)
""")

M("s", """
Ishøj Ungdomsskole – nyhedsbrev maj

ELEVERNE SKRIVER
Noah, 16, holdet "Ung i Ishøj": "Jeg er pan og har været det, så længe jeg kan huske. I ungdomsskolen har jeg for første gang mødt voksne, der ikke gjorde et stort nummer ud af det."

Sommerhold: Tilmelding åbner 1. juni.
""")

M("he", """
Åbent brev fra forældre til børn med handicap i Ishøj

Vi er 11 familier. Vores børn har alle brug for aflastning, og flere af os har fået afslag i år.

Vores søn Oliver på 9 har cerebral parese og sover dårligt. Vi fik afslag på aflastning i februar med en begrundelse om, at "familien har ressourcer". Vi har ikke sovet en hel nat i to år.

Vi beder byrådet om at se på serviceniveauet for aflastning i budget 2026.

På vegne af familierne
Marianne og Jakob Thorsen
""")

M("", """
Til Ishøj Integrationsråd og byrådet, til orientering

Ny opgørelse fra Integrationsbarometeret: Beskæftigelsen blandt 25-64-årige indvandrere fra ikke-vestlige lande i Ishøj steg fra 52 % til 58 % fra 2019 til 2024. For efterkommere er andelen i uddannelse eller job 77 %.

Rådet drøfter tallene på mødet den 5. maj.
""")

M("tu", """
Hej Morten

Jeg er polsk elektriker og har boet i Ishøj i otte år. Jeg er medlem af Dansk El-Forbund. På byggepladsen ved den nye skole arbejder der folk fra et underentreprenørfirma, som ikke får overenskomstløn. Kan kommunen som bygherre ikke stille krav om arbejdsklausuler?

Pozdrawiam
Krzysztof
""")

M("", """
PÅSKEKONCERT I ISHØJ KIRKE

Skærtorsdag kl. 16.00 opfører Ishøj Kirkes kor og Vestegnens Kammerorkester uddrag af Bachs Matthæuspassion. Gratis adgang. Kirken er handicapvenlig.
""")

M("bp", """
Kære Birgitte

Min kone og jeg er begge medlemmer af Det Konservative Folkeparti i Ishøj og har deltaget i mange af møderne om udviklingen af Ishøj Landsby. Nu har vi sat huset på Landsbygaden til salg, og vi har fået et bud, men køberen er bange for, at den nye lokalplan tillader en høj boligblok på marken overfor.

Kan du sige noget om, hvornår lokalplanen kommer i høring?

Venlig hilsen
Leif og Annie Christoffersen
""")

M("", """
Underskriftindsamling: Cykelsti langs Ishøj Landevej NU

Vi, 680 borgere og forældre fra Torslunde og Ishøj Landsby, opfordrer byrådet til at finde pengene til cykelstien i budget 2026. Vores børn cykler i vejkanten hver dag.

Vedlagt liste over underskrivere.
""")

M("e", """
Til Borgerservice, Pension

Vi er et ægtepar på folkepension og vil gerne søge om varmetillæg, da vores varmeregning er steget med 40 %. Vi har ikke kunnet finde skemaet på borger.dk.

Kurt Frandsen, [[300145-1029]]
Inge Frandsen, [[021147-0986]]
Ishøj Strandvej 140
""")

M("h", """
Nyhedsbrev fra Alzheimerforeningens pårørendegruppe på Vestegnen

Kære byrådsmedlemmer, vi deler en historie fra vores gruppe med jer, fordi den siger noget om aflastningsbehovet:

Erik, 79, fra Ishøj: "Min kone Bente fik diagnosen for tre år siden. Hun kender mig stadig, men ikke altid vores børn. Gruppen om tirsdagen er mit frirum."

Vi mødes tirsdag kl. 14 i Ishøj Kulturhus.
""")

M("t", """
Til Kultur- og Fritidsudvalget

Vi er tamiler fra Sri Lanka. Mange af os kom til Ishøj som flygtninge i 1980'erne, og nu vil vi gerne fejre 40 år i Danmark med en kulturaften i Ishøj Kulturhus med dans og musik. Vi søger om lokaletilskud.

Vasanthan Sivakumar, Kala Rajendran, Tharshan Nadarajah
""")

M("", """
Debatmøde: Skal fagforeninger have plads i skolernes undervisning?

Ishøj Ungdomsråd inviterer til debat onsdag den 9. april kl. 17 i Ungdomsskolen. Panel: en skoleleder, en arbejdsgiverorganisation og to byrådsmedlemmer. Gratis pizza.
""")

M("s", """
Jeg har skrevet under på jeres indsamling for et regnbueflag på rådhuset, men vil gerne tilføje en kommentar: Jeg er lesbisk mor til tre, og mine børn spørger hvert år, hvorfor flaget kun hænger i én uge.

Hilsen Marianne
""")

M("h", """
Tilmelding til motionshold for hjertepatienter, Sundhedshuset

Navn: Bent Olsen
CPR: [[140748-2213]]
Adresse: Ishøj Søvej 77
Diagnose: blodprop i hjertet, oktober 2024, ballonudvidelse på Rigshospitalet
Egen læge: Lægehuset Vejleå

Jeg ønsker holdet om tirsdagen kl. 10.
""")

M("", """
Sommerfest i Ishøj Landsby

Lørdag den 21. juni fra kl. 14 ved gadekæret. Mød dine byrådsmedlemmer, spis grillpølser og hør Ishøj Brass. Børneloppemarked fra kl. 12.

Arrangør: Ishøj Landsbylaug
""")

M("u", """
Til Børne- og Skoleudvalget

Vi er pædagogmedhjælpere og pædagogiske assistenter i Ishøjs daginstitutioner og medlemmer af FOA. Vi skriver, fordi kommunen har stoppet tilskuddet til PAU-uddannelsen for ansatte over 40.

Bahar Karimi, Lene Dalsgaard, Tina Rosenkvist, Dorte Jakobsen
""")

M("tp", """
Kære Anne-Grethe Lund

Vi kom fra Bosnien i 1993 og har boet i vores rækkehus på Tranegildevej siden 2001. Nu har vi sat det til salg, fordi vi skal tættere på vores datter i Odense. Ejendomsmægleren siger, at køberne spørger om skybrudssikringen af vejen, som kommunen har lovet i fem år.

Kan du fortælle, om projektet er vedtaget?

Med venlig hilsen
Emir og Selma Hodžić
""")

M("", """
Til Ishøj Byråd – høringssvar fra Ishøj Seniorråd

Seniorrådet er bekymret for forslaget om at skære rengøringen i hjemmeplejen fra hver anden til hver tredje uge. Mange ældre har ikke pårørende, der kan hjælpe. Seniorrådet anbefaler at fastholde det nuværende serviceniveau.

Med venlig hilsen
Ishøj Seniorråd
""")

M("e", """
Åbent brev til Beskæftigelsesudvalget

Jeg har været i aktivering i fire år, først på en genbrugsplads, så i en kantine, nu i et sorteringsprojekt. Ingen af stederne har ført til et rigtigt job. Jeg er 44 og har en kokkeuddannelse. Jeg skriver åbent, fordi jeg tror mange har det som mig.

Dennis Holm Sørensen
""")

M("s", """
Til Ældreudvalget

Som to mænd, der har været gift i 20 år, vil vi gerne vide, om reglerne for ældreboliger i Ishøj tager højde for par, hvor kun den ene har et plejebehov. Vi har ikke søgt endnu, men vi vil gerne planlægge.

Venlig hilsen
Ove og Kenneth Laursen-Krag
""")

M("", """
PRESSEMEDDELELSE – Ishøj Kommune

Ishøj får 12 mio. kr. til indsats mod ensomhed blandt ældre

Socialstyrelsen har bevilget 12 mio. kr. over fire år til projektet "Fællesskab på Vestegnen". Pengene går til besøgsvenner, fællesspisning og transport til aktiviteter.
""")
