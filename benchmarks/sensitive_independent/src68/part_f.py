"""corpus68 part f: mails to the citizen advisor, the main mailbox and single centres, many forwarded from council members."""
from common import M

M("se", """
Til Borgerrådgiveren

Jeg vil gerne klage over den måde, min ansøgning om dagpenge under adoptionsorlov er blevet behandlet på. Min mand Nikolaj og jeg hentede vores søn i Sydafrika i januar. Sagsbehandleren i Udbetaling Danmark henviste os til kommunen, og her har en medarbejder to gange i telefonen omtalt Nikolaj som "din bror", selv om vi har sagt, at vi er gift. Det er ikke det vigtigste, men det siger noget om, hvordan sagen er læst.

Ansøgningen er indsendt 3. februar og ikke afgjort.

Mit personnummer: [[190683\u00a01235]]

Venlig hilsen
Mathias Brandt
""")

M("ue", """
Til Borgerrådgiveren

Jeg vil gerne være anonym over for jobcentret.

Ved min samtale på jobcentret i tirsdags sagde min sagsbehandler, at min a-kasse i 3F "bare gør det hele mere besværligt" og at jeg burde overveje en anden. Det synes jeg ikke er hendes sag. Jeg har været ledig siden november og vil bare have hjælp til at finde arbejde.

Kan man klage over sådan noget?

Mvh
en borger
""")

M("", """
Til hovedpostkassen

Videresendes til rette center: En borger har skrevet til mig og spørger, om genbrugspladsen på Industrivej holder åbent 2. påskedag, og om man kan aflevere haveaffald i ubegrænsede mængder.

Venlig hilsen
Jesper Thorsen, byrådsmedlem
""")

M("p", """
Til Center for Byudvikling og Natur, Byggesag

Vi har solgt vores hus med forbehold, og købers advokat beder om en attest for, at carporten og udestuen er lovligt opført. Vi har ledt i BBR, men udestuen står ikke der. Handlen skal være endelig 1. maj, og køberen vil ellers træde tilbage.

Ejendom: Vejleå Parkvej 41
Sælger: Jens Holm, [[220567-1893]]

Venlig hilsen
Jens Holm
""")

M("hes", """
Til Center for Børn og Forebyggelse, PPR

Vi har søgt om støtte til vores søn Aksel i børnehaven, fordi han har fået diagnosen ADHD, og børnehaven har sagt, at de ikke kan rumme ham uden ekstra hænder. Ansøgningen er sendt af min kone Trine, men det er mig, der er medmor og hans kontaktperson i børnehaven.

Vi har ikke hørt noget i seks uger.

Venlig hilsen
Signe Holt
""")

M("bt", """
Til Borgerrådgiveren

Da jeg var på Borgerservice for at få nyt pas, spurgte medarbejderen mig, om jeg var muslim, fordi jeg har langt sort hår og kommer fra Eritrea. Jeg er kristen, ortodoks. Jeg forstår ikke, hvorfor det er vigtigt for et pas. Jeg vil gerne at nogen forklarer mig det.

Med venlig hilsen
Saron Tesfay
""")

M("", """
Til Center for Borger, Økonomi og IT, Kreditor

Vi har endnu ikke modtaget betaling af faktura 2603191145 af 26. marts (EAN 5798009811578, ordrenr. 0411221876, rekvirent Ishøj Plejecenter). Beløbet er 18.430 kr. inkl. moms.

Venlig hilsen
Bogholderiet, Sydkystens VVS ApS, CVR 37201948
""")

M("heu", """
Til Jobcenter Ishøj, Sygedagpengeteamet

Jeg er sygemeldt efter en arbejdsulykke på byggepladsen i Vallensbæk, hvor jeg faldt ned fra et stillads og brækkede to ribben og håndleddet. 3F har anmeldt det som arbejdsskade. Jeg har fået indkaldelse til opfølgningssamtale den 14., men jeg kan ikke køre bil og bussen passer ikke. Kan samtalen tages over telefon?

Mit cpr-nr: [[071192 1447]]

Venlig hilsen
Nicklas Strøm
""")

M("ep", """
Til Borgerrådgiveren

Min mor bor på Ishøj Plejecenter, og vi er nødt til at sælge hendes hus på Torslunde Bygade for at betale for opholdet. Der er en køber, men handlen venter på, at kommunen frigiver en pant, der blev tinglyst, da min mor fik lån til ejendomsskat. Centret svarer ikke. Det har varet siden januar.

Venlig hilsen
Jørgen Lassen (fuldmagt vedlagt)
""")

M("", """
Til Center for Byudvikling og Natur, Planafdelingen

Hvornår kommer forslaget til lokalplan for de nye boliger ved Ishøj Strand i offentlig høring? Og vil der være borgermøde? Grundejerforeningen Strandvænget vil gerne deltage.

Med venlig hilsen
Grundejerforeningen Strandvænget, formanden
""")

M("s", """
Til Center for Børn og Forebyggelse, Familieplejeteamet

Vi er to fædre, Jonas og Ebbe, og vi har i flere år overvejet at blive plejefamilie. Vi har ingen børn i forvejen, vi har et stort hus i Torslunde, og Ebbe arbejder hjemme. Hvordan ansøger man, og er der informationsmøder?

Venlig hilsen
Jonas Falk og Ebbe Riis
""")

M("u", """
Til hovedpostkassen

Videresender til Center for Byudvikling og Natur. Jeg talte i går med Kenneth Vad, som er tillidsrepræsentant for Dansk Metal på værftet ved Ishøj Havn. Han spørger på vegne af de ansatte, om kommunen har planer om at lukke den sydlige adgangsvej i byggeperioden, for så kan de ikke komme på arbejde med cykel.

Mvh
Per Aagaard, byrådsmedlem
""")

M("be", """
Til Borgerrådgiveren

Min far er buddhist og har i sit værelse på Ishøj Plejecenter haft en lille alterhylde med en Buddha-figur og røgelse. Personalet har fjernet den, fordi røgelsen "er en brandrisiko". Vi forstår det med røgelsen, men hvorfor må figuren ikke stå der? Han beder hver morgen.

Venlig hilsen
Thanh Pham
""")

M("t", """
Til Borgerservice

Mit navn er stavet forkert på mit sundhedskort. Det skal være Cabdullahi, ikke Abdullahi. Jeg er fra Somalia, og på somali skriver vi med C. Jeg har sendt min fødselsattest to gange.

cpr [[1203851129]]

Tak
Cabdullahi Warsame
""")

M("", """
Fra borgerrådgiverens årsberetning 2024 (uddrag til byrådet)

Borgerrådgiveren modtog i 2024 61 henvendelser, heraf 24 klager og 37 vejledninger eller vejvisninger. Center for Voksne og Velfærd havde flest henvendelser (25), fulgt af Center for Børn og Forebyggelse (13). Antallet af klager er steget med én i forhold til 2023.
""")

M("p", """
Til Center for Borger, Økonomi og IT, Ejendomsskat

Vi er ved at købe Ishøj Søvej 15 og har fået tilsendt salgsopstillingen. Ejendomsskatten er opgjort til 21.400 kr., men sælger siger, at der er en nedsættelse på vej efter en klage. Købsaftalen er ikke underskrevet, og vi vil gerne vide beløbet før vi skriver under.

Venlig hilsen
Kasper og Line Thygesen
""")

M("sb", """
Til Borgerservice, Navne

Min kone Sanne og jeg blev viet i Ishøj Kirke den 12. april, og vi vil gerne have fælles efternavn. Kirkebogen er opdateret, men vores navneændring står stadig som "under behandling". Vi skal rejse i maj og skal bruge nye pas.

Venlig hilsen
Maja Lykke-Brun
""")

M("ue", """
Til Jobcenter Ishøj

Jeg er ledig og medlem af FOA's a-kasse. FOA har bedt mig sende jobcentret en kopi af min aktivitetsplan, men den er ikke i min Jobnet. Kan I sende den igen?

Personnummer [[300986–1562]]

Hilsen
Ditte Kjeldsen
""")

M("", """
Til Center for Byudvikling og Natur, Kirkegårdene

Vi er en skoleklasse, der arbejder med religion og samfund. Hvilke trossamfund har deres egne begravelsesafsnit på kirkegårdene i Ishøj, og hvor mange begravelser er der om året? Tak for hjælpen.

9.C, Vejleåskolen
""")

M("he", """
Til Center for Voksne og Velfærd, Socialpsykiatrien

Min bror Kristoffer har skizofreni og bor på bostedet på Vejleå Parkvej. Han har i tre uger ikke fået sin medicin til tiden, fordi der mangler personale i weekenden. Han ringer til mig om natten og er bange. Jeg har fuldmagt.

Venlig hilsen
Anna Lund
""")

M("p", """
Til Center for Byudvikling og Natur, Ejendomme

Hermed bud på kommunens grund matr. nr. 7b, Ishøj Landsby, udbudt til boligformål: 1.850.000 kr. Buddet er betinget af, at der kan bygges i halvanden etage. Vi kan stille bankgaranti.

Med venlig hilsen
Henrik og Pernille Sand
""")

M("t", """
Til Borgerrådgiveren

Vi er romaer og har boet i Ishøj i 12 år. Da min kone og jeg var på Borgerservice med vores datter, sagde en medarbejder til sin kollega, at "de der sigøjnere" altid kommer uden tid. Vi hørte det. Jeg vil gerne klage.

Venlig hilsen
Stefan Nicolae
""")

M("", """
Center for Børn og Forebyggelse – nyt fra Sundhedsplejen

Sundhedsplejen har udgivet en ny forældreguide om søvn, skærm og madpakker til 0-6-årige. Den kan hentes på ishoj.dk og findes på dansk, engelsk, arabisk, tyrkisk og somali. Del den gerne med jeres netværk.
""")

M("s", """
Til Borgerrådgiveren

Jeg er aseksuel. Da jeg var til samtale hos sundhedsplejersken på Ungdomsskolen om sex og prævention, fik jeg at vide, at "det går nok over". Jeg er 19 og har vidst det i mange år. Jeg ved ikke om det er en klage, men jeg vil gerne at det bliver noteret.

Venlig hilsen
Ida
""")

M("e", """
Til Udbetaling/Familieydelser, Ishøj Kommune

Vi er blevet skilt og ønsker at dele børne- og ungeydelsen ligeligt, da vores to børn bor en uge hos hver.

Mette Dam, [[121085-1946]]
Kenneth Dam, [[0503822273]]

Begge underskrifter på vedlagte blanket.
""")

M("u", """
Til Borgerservice

Jeg er medlem af Det Faglige Hus og er blevet bedt om at dokumentere min bopæl for min a-kasse. Kan man få en bopælsattest tilsendt, eller skal jeg møde op?

Hilsen
Brian Kofoed
""")

M("b", """
Til Borgerrådgiveren

Jeg er medlem af Nye Borgerlige og var i Borgerservice i sidste uge med en klistermærke på min jakke. En medarbejder kaldte mig "racist" ved skranken, så andre hørte det. Jeg forventer ikke, at alle er enige med mig, men jeg forventer at blive behandlet som alle andre.

Ole Buch
""")

M("", """
Til hovedpostkassen

En borger spørger mig, hvem der sørger for snerydning på cykelstien langs Ishøj Strandvej, og om den ikke burde prioriteres før parkeringspladserne. Kan I sende til rette center?

Venlig hilsen
Malene Krogh, byrådsmedlem
""")

M("ph", """
Til Center for Byudvikling og Natur

Min mand har fået konstateret demens, og vi er nødt til at sælge vores hus på Gildbrovej og flytte i noget mindre. Vi har fået et bud, som vi gerne vil acceptere, men køberen vil først vide, om kommunen kræver, at det gamle olietanksanlæg graves op. Kan I svare hurtigt?

Med venlig hilsen
Karen Ibsen
""")

M("su", """
Til Center for Voksne og Velfærd, Ledelsessekretariatet

Jeg er tillidsrepræsentant for SOSU-assistenterne på Torsbo og vil på kollegernes vegne klage over en mellemleders bemærkninger i frokoststuen om "bøsser i plejen". Jeg er selv bøsse og har hørt det flere gange. Det handler ikke kun om mig.

Venlig hilsen
Rasmus Holm
""")

M("", """
Til Center for Byudvikling og Natur

Kan jeg få tilsendt lokalplan 2.14 med tillæg som PDF? Den på hjemmesiden mangler kortbilaget. Tak.

Bent Hald, arkitekt MAA
""")

M("h", """
Til Sundhedshuset, Rygestop

Jeg er startet på jeres rygestopforløb og er nu røgfri i 3 uger, men jeg har fået nikotinplaster for to uger og apoteket siger, at jeg skal have en ny recept. Hvem udskriver den?

Navn: Heidi Vestergaard
CPR: [[170471-2048]]
""")

M("te", """
Til Borgerservice, Boligstøtte

Jeg skriver for min mor, Fatima Haddad. Hun har fået brev om, at hendes boligstøtte stopper fra 1. juni, fordi hun ikke har svaret på et brev. Hun taler kun arabisk og læser ikke dansk, så hun forstod ikke brevet. Kan hun få en frist til at svare? Jeg har fuldmagt.

Venlig hilsen
Rami Haddad
""")

M("p", """
Til hovedpostkassen, videre til Byggesag

Se nedenstående fra en borger, som skrev til mig i weekenden.

> Køberen af mit hus på Vejleå Bygade 3 trækker sig, hvis jeg ikke inden 15. april kan dokumentere, at kælderen er godkendt til beboelse. Jeg har søgt om det i januar. Ejendomsmægleren siger, at I er de eneste, der kan redde handlen.

Mvh
Kasper Ørum, byrådsmedlem
""")

M("", """
Til Ishøj Kommune, Kommunikation

Vi laver en artikel om, hvor mange af kommunens ansatte der er fagligt organiserede, og hvilke overenskomster der dækker flest. Har I tal på det, fordelt på centre?

Med venlig hilsen
Lokalavisen Ishøj, redaktionen
""")

M("se", """
Til Borgerrådgiveren

Min kæreste Jakob og jeg (vi er to mænd) søgte om boligstøtte sammen i december. Vi fik afslag, fordi sagsbehandleren mente, at vi var "to venner der deler lejlighed" og derfor skulle søge hver for sig. Vi har boet sammen som par i fire år. Vi klager over sagsbehandlingen.

Venlig hilsen
Mikkel Skov
""")

M("u", """
Til Borgerservice

Jeg er HK'er og bruger min fagforenings juridiske rådgivning. De har bedt mig om en kopi af min flyttebesked fra 2019. Kan den findes frem?

Mvh
Tina Brandt
""")

M("b", """
Til Center for Byudvikling og Natur, Parkering

Jeg har fået en P-afgift ved Ishøj Moské en fredag kl. 13.10. Jeg går i moskéen hver fredag og har altid parkeret på den plads, og der var ingen skilte før i år. Jeg synes, I skulle have varslet det.

Afgift nr. 44172098

Hilsen
Bilal Rashid
""")

M("p", """
Til Center for Borger, Økonomi og IT

Vi har endnu ikke solgt vores hus på Tranegildevej 21, men vi har en køber, der har skrevet under med forbehold for sin bank. Banken vil have en restanceerklæring fra kommunen. Kan I sende den til os?

Sælger: Lisbeth Aagesen, [[060362 0918]]

Venlig hilsen
Lisbeth Aagesen
""")

M("", """
Hej hovedpostkassen, hvornår kommer storskraldet i Torslunde i maj? Der står ikke noget på affaldsappen. /Anette fra Torslunde Bygade
""")

M("s", """
Til Center for Børn og Forebyggelse

Jeg er 15 og har to mødre, som blev gift sidste sommer. Nu vil min medmor gerne adoptere mig, så hun også er min mor på papiret. Hvor skal vi starte? Vi har læst om stedbarnsadoption, men vi forstår ikke reglerne.

Hilsen Asger
""")

M("heu", """
Til Jobcenter Ishøj

Jeg er på sygedagpenge efter en diskusprolaps og har haft min første opfølgningssamtale. Min fagforening, Dansk Metal, siger at kommunen skal tilbyde en § 56-aftale, fordi det er anden gang. Min arbejdsgiver vil gerne. Hvordan ansøger vi?

Cpr: [[281173\u00a01661]]

Venlig hilsen
Torben Lauesen
""")

M("t", """
Til Borgerservice

Jeg er færing og har lige fået job i Ishøj. Jeg skal flytte hertil fra Tórshavn. Skal jeg have et nyt sundhedskort, eller gælder det færøske? Og hvordan får jeg en læge?

Bestu kvøðjur
Rógvi Joensen
""")

M("", """
Til Borgmesterens Sekretariat

Fagbevægelsens Hovedorganisation inviterer Ishøj Kommune til konferencen "Det gode arbejdsliv i kommunerne" den 11. juni i København. Kommunen kan sende to deltagere, en politiker og en leder.

Med venlig hilsen
FH, Sekretariatet
""")

M("p", """
Til Center for Byudvikling og Natur

Naboens hus på Vildtbanegårdsvej 33 skal på tvangsauktion den 6. maj. Grunden ligger op til vores, og vi overvejer at byde. Kan kommunen oplyse, om der er restancer, der følger med ejendommen, eller om der er påbud om kloakering?

Venlig hilsen
Torben Glad
""")

M("bs", """
Til Borgerservice

Jeg er præst i Vejleå Kirke og flytter sammen med min kone Sara i præsteboligen fra 1. maj. Kan vi melde flytning samtidig, selv om vi ikke har samme efternavn, og skal Sara selv logge ind med MitID?

Med venlig hilsen
Marie Nørholm
""")

M("", """
Kvittering

Center for Voksne og Velfærd har modtaget din henvendelse, som er videresendt fra byrådsmedlem Annette Sørensen. Din henvendelse bliver besvaret af afdelingsleder Kim Bach inden for 10 hverdage.

Med venlig hilsen
Center for Voksne og Velfærd
""")

M("u", """
Til Center for Borger, Økonomi og IT, Løn og Personale

Jeg har meldt mig ud af HK og ind i Krifa pr. 1. april. Kan I stoppe fradraget af HK-kontingent i min løn og i stedet trække til Krifa? Min medarbejdernummer er 40312.

CPR: [[120591-2206]]

Venlig hilsen
Sofie Andersen, Borgerservice
""")

M("e", """
Til Center for Beskæftigelse og Erhverv, Ydelsesteamet

Jeg har fået afslag på enkeltydelse til en tandbehandling på 14.000 kr. Jeg er på kontanthjælp og kan ikke betale. Jeg vil gerne klage. Hvor skal klagen sendes hen?

Mvh
Ahmed Yousef
""")

M("", """
Til Ishøj Kommune

Vedr. jeres sagsnr. 27.12.04-P20-1-24 og journalnr. 2024-118734: Vi har nu registreret produktionsenheden på Industrivej 4 under p-nr. 1003947812. Telefonnummer til vagten: 70 20 19 14.

Med venlig hilsen
Nordisk Emballage A/S, CVR 26874512
""")

M("tp", """
Til Center for Byudvikling og Natur

Vi er en vietnamesisk familie og har haft restaurant på Ishøj Bygade i 20 år. Nu har vi fået et bud på bygningen fra en investor, men han vil kun købe, hvis kommunen tillader to lejligheder på 1. sal. Vi har ikke accepteret endnu.

Venlig hilsen
Hoa og Minh Tran
""")

M("s", """
Til Borgerservice

Jeg, Yusuf Demir, og min mand Omar skal giftes på rådhuset i august. Hvilke papirer skal vi aflevere, og kan vi vælge datoen selv?

Venlig hilsen
Yusuf
""")

M("u", """
Til Center for Børn og Forebyggelse

Som BUPL-medlem og mor til et barn i Regnbuen vil jeg spørge, om den nye åbningstid kl. 6.15 er besluttet, eller om forældrebestyrelsen bliver hørt? Jeg spørger som forælder.

Hilsen
Line Ravn
""")
