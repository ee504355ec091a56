"""corpus78, part H: LGBT+, senior, scout, political and other associations; chains and mixes."""
from common import M

M("s", """Kære Kultur- og Fritidsudvalg

Jeg er formand for Regnbuefællesskabet Vestegnen og selv lesbisk. Vi har i tre år holdt
fællesspisning for LGBT+-seniorer i Ishøj. Jeg vil gerne fortælle udvalget om vores arbejde på
et møde i foråret.

Med venlig hilsen
Birthe Aagaard""")

M("", """Ansøgning om aktivitetstilskud

Regnbuefællesskabet Vestegnen søger 12.000 kr. til ti fællesspisninger i 2026 for LGBT+-personer
over 60 og deres venner. Arrangementerne holdes i Ishøj Kulturhus. Foreningen har 48
medlemmer.

Bestyrelsen""")

M("ep", """Til Center for Voksne og Velfærd

Ishøj Pensionistforening skriver om vores medlem Bent Holm, som er flyttet i plejebolig på
Ishøj Plejecenter. Han savner vores onsdagsbanko og spørger om plejecentrets bus kan køre ham
derhen. Han er
lidt urolig, fordi hans hus i Vejleå er sat til salg, og der endnu ikke er kommet et bud.

Med venlig hilsen
Kirsten, formand""")

M("", """Høringssvar – ældrepolitik 2026-2030

Ældresagen Ishøj støtter målet om flere aktive ældre, men efterlyser konkrete planer for
transport til aktivitetscentrene og for ensomhedsindsatsen. Vi tilbyder at være med i en
følgegruppe.

Ældresagen Ishøj, lokalbestyrelsen""")

M("b", """Hej Kultur og Fritid

Jeg er leder af KFUM-spejderne i Ishøj og selv troende kristen, og vi holder andagt på vores
lejre. En forælder har spurgt om det er i orden, når vi låner kommunens lejrplads. Kan I
bekræfte, at der ikke er regler imod det?

Mvh Thomas Hjort""")

M("h", """Til Kultur og Fritid, lejrpladsen

Vi har en spejder, Noa på 10, med svær nøddeallergi og adrenalinpen. Vi skal bo i kommunens
lejrhytte i uge 28. Kan I sikre at der ikke er nødder i de madvarer, som hytten leverer?

Mvh Spejderlederne, Det Danske Spejderkorps Ishøj""")

M("", """Hej Kultur og Fritid

Det Danske Spejderkorps Ishøj vil gerne booke lejrpladsen ved Ishøj Søerne fra fredag 13. til
søndag 15. juni til divisionsturnering, ca. 80 spejdere. Booking nr. 44-2025.

Mvh Gruppelederen""")

M("h", """Fra: Ishøj IF, formanden
Til: Center for Børn og Forebyggelse

Videresender nedenstående. Jeg har sagt til faren at jeg sender videre.

-----Oprindelig meddelelse-----
Fra: Kasper Holm
Emne: Elias, ulykkesforsikring

Hej. Elias brækkede armen til kampen i lørdags og er opereret. Skolen spørger om kommunens
ulykkesforsikring. Elias' cpr er [[240316-4127]].
Mvh Kasper""")

M("t", """Til Center for Byudvikling og Natur

Som formand for Haveforeningen Solbakken og selv bosnier, der kom hertil i 1994, vil jeg gerne
takke for den nye vandledning. Jeg vil også spørge, om vi kan få en ekstra affaldsø ved indgang
nord.

Med venlig hilsen
Emir Hadžić""")

M("he", """Kære Center for Voksne og Velfærd

Jeg er dirigent i Ishøj Seniorkor. Vores bassanger Arne har fået nedsat hørelse og har søgt om
høreapparat gennem kommunen for fire måneder siden. Han kan snart ikke synge med. Hvor langt er
sagen?

Mvh Hanne""")

M("", """Til Kulturhuset

Ishøj Seniorkor vil gerne booke den store sal søndag den 7. december kl. 14-17 til vores
julekoncert. Fakturanr. fra sidste år: 1512240089. Vi skal bruge flygel.

Mvh Koret""")

M("h", """Til Center for Voksne og Velfærd

Jeg er formand for Veteranforeningen Sydkysten. Et af vores medlemmer, Rasmus, der var udsendt
til Afghanistan, har PTSD og er ikke kommet ud af sin lejlighed i tre uger. Han vil gerne have
hjælp, men kan ikke overskue at ringe. Kan nogen kontakte ham?

Mvh Kim""")

M("b", """Til valgsekretariatet

Som formand for Dansk Folkeparti i Ishøj vil jeg høre om reglerne for valgplakater på
lygtepæle. Vi vil også gerne vide om vi må have en stand på Ishøj Torv på valgdagen.

Med venlig hilsen
Jørgen Hald""")

M("", """Til Center for Byudvikling og Natur

Hvornår må valgplakaterne hænges op før kommunalvalget, og hvor stor må en plakat være? Vi
spørger på vegne af Ishøj Lokalliste.

Med venlig hilsen
Sekretæren""")

M("he", """Til Center for Børn og Forebyggelse

Jeg skriver fra Autismeforeningen, Vestegnen. Vores medlem, Rikke, har en søn på 12 med autisme,
som ikke har været i skole i fire måneder. Kommunen har afvist hendes ansøgning om
specialskole. Hun ønsker at klage og har bedt os hjælpe.

Med venlig hilsen
Lene Bagge, rådgiver""")

M("e", """Til Kultur- og Fritidsudvalget

Ishøj MC-klub orienterer om, at vores medlem Morten Kjær er blevet idømt 8 måneders fængsel og
ikke kan deltage i vores velgørenhedstur. Vi beder om at tilladelsen til turen omskrives til et
andet navn som ansvarlig.

Mvh bestyrelsen""")

M("t", """Kære borgmester

Vi er en gruppe kvinder med somalisk baggrund, og jeg er formand for vores forening. Vi vil gerne
lave en cykelskole for kvinder om søndagen og låne cykler fra kommunen.

Venlig hilsen
Fadumo Hassan""")

M("st", """Dear Mayor,

My husband Pablo and I are a Spanish couple who moved to Ishøj last year. We would like to start
a Spanish-language book club for LGBT+ people at the library. Who should we ask about a room?

Kind regards,
Javier Morales""")

M("s", """Hej Kultur og Fritid

Jeg er leder af Ishøj Queer Ungdom. En af vores unge, Alex (17), har fortalt at hen er
panseksuel og ikke tør sige det derhjemme. Hen har spurgt om der findes en SSP-medarbejder hen
kan tale med uden at forældrene får det at vide.

Mvh Mira""")

M("", """Hej kommunen

Hvornår er Copenhagen Pride i år, og deltager Ishøj Kommune med en vogn? Vores forening vil
gerne gå med.

Mvh Regnbuefællesskabet""")

M("ube", """Til hovedpostkassen, att. direktøren for Beskæftigelse

Jeg sender denne videre, da den blev sendt til mig som formand for Ishøj Socialdemokrater.

-----Oprindelig meddelelse-----
Fra: Preben Vind
Sendt: 4. september
Emne: jobcentret

Hej Karin. Jeg har været medlem af partiet i 30 år og af 3F lige så længe. Jobcentret har nu
trukket mig i kontanthjælp, fordi jeg ikke mødte op til en samtale, jeg aldrig fik brev om.
Kan du gøre noget?
Preben""")

M("p", """Til Center for Byudvikling og Natur

Jeg ejer rejsebureauet på Ishøj Stationsvej og har solgt forretningslokalet betinget af, at
kommunen godkender ny anvendelse som klinik. Køberen har stillet en frist til 1. april. Kan I nå
at behandle sagen inden da?

Mvh Jan Lauritzen""")

M("p", """Til kommunens kolonihavekontor

Jeg har budt 85.000 kr. på kolonihavehuset i have 12 i Haveforeningen Strandgården, og sælger
har sagt ja, men foreningen siger handlen skal godkendes af kommunen som jordejer. Er det
rigtigt, og hvor lang tid tager det?

Mvh Sonja""")

M("b", """Hej Kultur og Fritid

Jeg er veganer af etiske grunde og formand for Ishøj Veganerforening. Vi vil gerne lave en
madmarkedsstand på Ishøj Torv den 1. oktober. Kræver det en særlig tilladelse, når vi sælger
mad?

Mvh Signe Ravn""")

M("b", """Til borgmesteren

Vi i Extinction Rebellion Ishøj, og jeg selv som aktivist i fire år, vil gerne lave en stille
demonstration foran rådhuset under byrådets budgetmøde. Vi vil gerne aftale det med jer på
forhånd.

Mvh Kasper Lind""")

M("", """Høringssvar – Klimaplan for Ishøj Kommune

Danmarks Naturfredningsforening, Ishøj afdeling, mener at planen bør sætte mål for ny natur ved
Ishøj Søerne og stoppe sprøjtning på kommunale arealer. Vi foreslår et møde.

DN Ishøj""")

M("hep", """Til Center for Voksne og Velfærd

Jeg er medlem af pensionistforeningen og skriver om min kone Lis, der har svær demens. Hun har
fået plads på plejehjem fra 1. december, men jeg må ikke tage vores hund med på besøg. Kan der
gøres en undtagelse? Huset er sat til salg, og køberen vil gerne se det i weekenden, så
hunden skal ud.

Mvh Erling Mørk
cpr [[1004410219]]""")

M("us", """Hej Kultur og Fritid

Jeg var i Dansk Metal hele mit arbejdsliv og er nu formand for Ishøj Modelbaneklub. Min mand Ib og jeg
har bygget klubbens største anlæg, og vi vil gerne låne kælderlokalet i Vejleå Bibliotek to aftener om ugen.

Mvh Verner""")

M("t", """Til borgerrådgiveren

Jeg er formand for Romani Ishøj og selv rom. Vores medlemmer får ofte afslag på at leje
kommunens lokaler med begrundelsen "for mange mennesker". Vi vil gerne have en forklaring.

Med venlig hilsen
Dragan Jovanović""")

M("", """Til Social- og Sundhedsudvalget

Ishøj Seniorråd har opgjort, at 812 borgere over 75 bor alene, og at 40 % ikke har besøg en
normal uge. Vi foreslår en besøgstjeneste i samarbejde med foreningerne.

Seniorrådet""")

M("", """Hej kommunen

Jeg er kasserer i Ishøj Frivilligcenter og skal ajourføre vores oplysninger om
tegningsberettigede hos banken:

Formand Else Bak, [[150249\u00a01622]]
Kasserer Leif Bak, [[2709471035]]

Skal kommunen også have besked?

Mvh Leif""")

M("u", """Til personalekontoret

Jeg er kirketjener i Ishøj Sogn og medlem af FOA. Kommunen står for lønudbetalingen til
kirkens ansatte, og mit fagforeningskontingent er ikke blevet trukket i oktober. Kan det rettes?

Venlig hilsen
Lars Frost""")

M("pt", """Hej Bent, byrådet

Vi er en tyrkisk familie, og jeg er næstformand i Dansk-Tyrkisk Forening. Vi har fået et bud på
vores hus på Vejleåvej, men køberne er nervøse for den nye letbane. Ved du noget om tidsplanen?

Mvh Murat Kaya""")

M("s", """Til SSP

Jeg er formand for LGBT+ Forældre Vestegnen og har selv en søn på 16, der er homoseksuel. Vi vil
gerne lave et oplæg for lærere i kommunens skoler om at være ung og skeiv. Hvem skal vi tale med?

Mvh Inge Dall""")

M("", """KULTURNAT I ISHØJ – NYHEDSBREV

Fredag den 10. oktober åbner 22 foreninger dørene. Programmet byder på dans, foredrag og
madboder. Se det hele på ishoj.dk/kulturnat. Gratis bus fra stationen hver halve time.""")

M("h", """Til Kultur og Fritid

Jeg er formand for Ishøj Amatørteater. Vores skuespiller Ulla har fået konstateret lungekræft
og kan ikke spille i forestillingen i marts. Vi søger om at flytte vores lokaleleje til maj.

Mvh Peter""")

M("p", """Til Center for Byudvikling og Natur

Andelsforeningen Vejlebo: køberen af andel nr. 8 er sprunget fra handlen dagen før
overdragelsen, og sælgeren har allerede købt et andet sted. Vi beder om at kommunens
vurdering af andelen fremskyndes, så en ny køber kan komme til.

Bestyrelsen""")

M("u", """Kære Seniorklub-koordinatoren

Jeg var formand for HK-klubben på Ishøj Rådhus i 20 år, inden jeg stoppede. Nu vil jeg
gerne starte en erindringsgruppe i seniorklubben. Kan jeg låne et lokale?

Mvh Grethe Malling""")

M("", """Til kommunens foreningskonsulent

Ishøj Frivilligcenters kasserer skriver vedr. vores CVR 33758142 og EAN 5790001234567.
Tilskuddet for 2. kvartal er ikke indgået. Vores bankkonto er reg. 2255 konto 0721456789.

Mvh Kassereren""")

M("she", """Hej Regnbuefællesskabet og kommunens demenskoordinator

Min mand Svend har Alzheimers, og vi har været sammen i 41 år. På daghjemmet hos kommunen siger
personalet "din bror" om mig. Kan I hjælpe med at undervise personalet i at vi er et ægtepar?

Kh Poul Thorsen""")

M("sp", """Kære borgmester

Min kone Annika og jeg – jeg hedder Maria – har købt en grund i Torslunde med forbehold for
byggetilladelse, og vi skal have svar inden 1. juni, ellers bortfalder købet.
Sagsbehandlingstiden er 4 måneder. Kan borgmesteren hjælpe?

Mvh Maria Skov, cpr [[281082–2410]]""")

M("ts", """Hej Ishøj Kommune

Jeg er bøsse og fra Marokko, og jeg er med i foreningen Sabaah. Vi vil gerne holde et åbent
møde i biblioteket om at være LGBT+ med minoritetsbaggrund. Kan vi låne et lokale?

Mvh Youssef""")

M("s", """Til Kultur og Fritid

Vi er to kvinder, Helle og Pia, der har været gift i 12 år, og vi vil gerne holde
en fest for vores 12-års bryllupsdag i Ishøj Kulturhus. Vi vil gerne have den store sal en
lørdag i juni 2026.

Kh Helle""")

M("ps", """Til ejendomsafdelingen

Min mand Torben og jeg, Henrik, har fået et bud på vores rækkehus i Ishøj Landsby. Køberen vil
have dokumentation for at vores tilbygning er godkendt. Kan I sende byggetilladelsen fra 2004?
Mit personnummer er [[131068-1755]], hvis I skal bruge det.

Mvh Henrik Bjerre""")
