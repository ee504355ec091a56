"""corpus61 part B: notes written by staff about citizens (phone notes, 'Notat:', terse
case summaries) and staff notes about meetings, rosters and IT."""
from common import M

M("he", """Borger ringede kl. 10.15 (Mona Jensen, cpr [[120578-2214]]). Bgr. er sygemeldt m. depression siden 1/9, spørger til udbetaling af sygedagp. for oktober – ikke modtaget. Har tjekket: mangler lægeattest. Bgr. sender den i dag. Sag til Ydelse.
/KL""")

M("", """Til alle i Jobcenter Ishøj

Husk at telefontiden ændres fra mandag: 9–12 mandag til torsdag, 9–11 fredag. Teksten på ishoj.dk er rettet. Sig det gerne til borgerne, når I har dem i røret.

Hilsen Ledelsessekretariatet""")

M("e", """Notat:
Bgr. (Ahmed H., sagsnr. 2026-14522) møder ikke op til samtale 3. gang. KH sanktioneres efter aftale med teamleder. Brev sendt via e-Boks. Bgr. ringede efterfølgende og var vred, sagde at han ikke havde fået indkaldelsen.
BR""")

M("", """Hej team

Vagtplanen for december ligger nu i fællesmappen. Der er stadig huller den 23. og 27., så skriv jer på hvis I kan. Husk også at registrere afspadsering i Silkeborg Data inden den 15.

Vh Tina (planlægger)""")

M("hu", """Tlf.notat 14/11
Ringet op af TR fra 3F, Jesper Holm, på vegne af medlem Brian Kofoed. Bgr. har arbejdsskade (knust fod, lager) og er sygemeldt. TR spørger om status på opfølgningssamtale og om delvis raskmelding er mulig fra jan. Aftalt møde 20/11 kl. 10 m. bgr., TR og arbejdsgiver.
/SM""")

M("eh", """Opsummering til Pia (overtager sagen):
– Kvinde, 52 år, FP-sag startet 2025, hjerneskade efter trafikulykke
– Har været i ressourceforløb, afsluttet sep.
– Rehabiliteringsteam 3/12, indstilling om FP
– Datter er værge, skal have kopi af alt
CPR: [[070874 1320]]
Mvh Line""")

M("", """Kære kolleger

IT oplyser at SBSYS er nede fra fredag kl. 15 til lørdag kl. 8 pga. opdatering. Gem jeres notater lokalt inden, og journalisér først igen lørdag. Supporten har tlf. 43 57 75 00.

Hilsen
Borger, Økonomi og IT""")

M("t", """Notat fra opkald 11.11:
Bgr. ringede ang. tolk til forældremødet i sønnens klasse på fredag. Er kurder fra Syrien, taler kurmanji, ikke arabisk. Sidst kom der en arabisk tolk og bgr. forstod ikke meget. Bestilt ny tolk (kurmanji) hos Tolkeservice, ordrenr. 88231.
/HP""")

M("", """Mødereferat, teammøde Sygedagpenge 18/11
Deltagere: AJ, KL, MO, PB
1) Nye skabeloner til opfølgningsbreve – bruges fra 1/12
2) Sagsantal: gennemsnit 54 pr. rådgiver, målet er 45
3) Julefrokost 12/12, Pernille bestiller
4) Eventuelt: kaffemaskinen på 2. sal er stadig i stykker""")

M("heu", """Kære Søren

Sender dig lige sagen vedr. Kim Larsen, cpr [[230367-1187]], som du skal have til møde på mandag. Kort: tømrer, 59 år, slidgigt i begge skuldre, sygedagp. siden marts. Har været til samtale med sin a-kasse i Blik og Rør, de mener han skal søge seniorpension. Han er noget opgivende.

/Marianne""")

M("be", """Tlf.notat: Borger (Hassan Yusuf) ringede og bad om at få flyttet sin aktiveringstid fredag, da han går til fredagsbøn i moskeen kl. 12–13.30. Bevilget at han møder kl. 14. – RA""")

M("", """Hej alle,

Fra 1. januar overgår vi til nyt tidsregistreringssystem. Der er introkursus i Kantinen den 9. og 10. december kl. 13–14. Det er obligatorisk for alle ledere og frivilligt for øvrige ansatte.

Vh HR""")

M("e", """Borger ringede 9.40, Jesper Møller, cpr [[1506813329]]. Er blevet opsagt fra Coop lager, sidste arbejdsdag 30/11. Spørger hvordan han melder sig ledig og om han kan få KH, da han ikke er medlem af en a-kasse. Henvist til jobnet og booket samtale 2/12. /LR""")

M("se", """Notat til sagen:
Borger fortæller under samtalen at hun er lesbisk og har oplevet chikane fra en kollega i praktikken på plejehjemmet. Bgr. ønsker at skifte praktiksted. Drøftet med virksomhedskonsulent, nyt sted findes inden 1/12.
Notat skrevet af AS""")

M("", """Til Center for Beskæftigelse og Erhverv

Jeg har et spørgsmål fra en borger, som jeg ikke kan svare på: hvad er egentlig de nye satser for kontanthjælp i 2027, og hvornår bliver de offentliggjort? Hun ville bare vide det til generel orientering.

Mvh Hovedpostkassen / Louise""")

M("e", """Bgr. ringede, ville ikke oplyse navn. Sagde at hendes nabo i nr. 17 arbejder sort som maler mens han får dagpenge. Oplyst om at hun kan indsende anmeldelse anonymt via kontrolgruppens formular. – Vagthavende, Borgerservice""")

M("h", """Hej Kirsten

Bare så du ved det: Malene er sygemeldt resten af ugen (hun har fået lungebetændelse), så jeg tager hendes samtaler onsdag og torsdag. Jeg har ringet til borgerne og flyttet dem der ikke kunne nå det.

/Ulla""")

M("", """Reminder: brandøvelse på rådhuset torsdag kl. 10.30. Alle forlader bygningen via nærmeste nødudgang og samles på parkeringspladsen ved Ishøj Store Torv. Brandansvarlige på hver etage tjekker lokaler.
– Serviceafdelingen""")

M("eht", """Case summary (til møde i fleksjobteamet):
Mand, 39, født i Irak, kom til DK som flygtning 2001. Har PTSD og kronisk rygsmerter. Tilkendt fleksjob 2024, har nu fleksjob 12 t/uge hos tømrerfirma. Arbejdsgiver ønsker at stoppe. Skal findes nyt fleksjob, ellers ledighedsydelse.
Cpr [[030587–3551]]
/MK""")

M("u", """Tlf. til afdelingen 10.20: Anette Frederiksen fra FOA ringede, hun er ny TR i hjemmeplejen Nord efter valget i oktober. Hun ønsker at blive tilføjet MED-udvalgets mailliste. Sendt videre til sekretariatet.""")

M("", """Kolleger – husk at alle sager der overdrages skal have et overdragelsesnotat i SBSYS inden den 1. i måneden. Skabelonen ligger under "Fælles/Skabeloner/Overdragelse". Teamlederne tjekker det ved månedsmødet.
Hilsen Birgit""")

M("ep", """Notat, samtale 21/10:
Bgr. (Per Nygaard) er på KH og har en ejerlejlighed på Ishøj Strandvej. Skal sælge den før der kan bevilges hjælp ud over 3 mdr. Lejligheden har været til salg siden august hos EDC, 1 bud modtaget men under vurdering. Følges op 21/11.
/IH""")

M("be", """Borger ringede – Bjørn Lykke – og klagede over at hans sagsbehandler havde skrevet "bgr. er Jehovas Vidne og vil ikke deltage i julearrangement i praktikken" i hans sagsakter. Han mener ikke det har noget i sagen at gøre og vil have det slettet. Sendt videre til teamleder. /CN""")

M("", """Kære Søren

Kan du bekræfte at mødet med Dansk Erhverv om de nye regler for seniorjob er flyttet til 5/12 kl. 13? Jeg skal booke mødelokale 2.14 og bestille kaffe til ca. 10 personer.

Mvh Hanne, sekretær""")

M("ehs", """Notat – samtale med Lars Villadsen 12/11
Lars har været sygemeldt siden juni efter et psykisk sammenbrud. Han fortæller at han har været udsat for mobning på sin arbejdsplads, efter han blev gift med sin mand Torben i maj. Er på sygedagp. Ønsker ikke at vende tilbage til samme arbejdsplads. Aftalt at vi afsøger omplacering.
Rådgiver: JF""")

M("", """Til alle rådgivere

Ny vejledning om § 56-aftaler ligger på intranettet. Kort sagt: arbejdsgiveren søger, lægeerklæring skal følge med, og aftalen gælder 2 år. Spørgsmål til Mette i Sygedagpenge.""")

M("t", """Notat:
Bgr. ringede oprørt. Han arbejder som buschauffør og fortæller at en passager kaldte ham "abekat" og "sort svin" og spyttede efter ham. Han er fra Ghana og har boet i DK i 20 år. Ønsker vejledning om politianmeldelse. Henvist til politiets borgerservice og til sin arbejdsgivers HR.""")

M("he", """Kort til Jacob fra sundhedsplejen:
Fru Nguyen (cpr [[140993-4102]]) er gravid i 7. md. og har bækkenløsning. Hun er i virksomhedspraktik via jobcentret på et vaskeri og har bedt om at blive fritaget. Kan du skrive en udtalelse?
Mvh Rikke, Jobcentret""")

M("", """Hej Benny

Ny mødeplan for Handicaprådet i 2027 er vedhæftet. Første møde er 19. januar kl. 17 i byrådssalen. Kan du sørge for at dagsordenen bliver lagt ud en uge før?

Tak,
Karin""")

M("ue", """Tlf.notat, 13/11 kl. 14.05
Karina Bech ringer, er medlem af HK og har fået at vide af sin a-kasse at hun mister dagpengeretten pr. 1/1. Spørger hvad der så sker. Vejledt om KH og ægtefælleafhængighed. Hun bor med sin kæreste, skal sende oplysninger om hans indkomst.
/PS""")

M("", """Til: Center for Voksne og Velfærd
Emne: Åbningstider jul

Borgerservice holder lukket 24., 25., 26. og 31. december. Den 23. december lukker vi kl. 12. Nødtelefonen for hjemmeplejen er åben som normalt.

Hilsen Borgerservice""")

M("be", """Notat, praktikopfølgning 8/11
Virksomheden (Føtex Ishøj) oplyser at praktikanten bærer tørklæde og har spurgt om hun kan få fri til bøn. Der er fundet en løsning med et lille lokale. Praktikanten er tilfreds. Intet videre. /AL""")

M("hp", """Til Jens i Boligsocialt team

Vedr. borger Inger Madsen: har fået en knæoperation og kan ikke gå på trapper. Hun har sit hus i Vildtbanegård til salg og venter på at en køber bliver godkendt i banken. Vil gerne vide om hun kan komme på venteliste til ældrebolig uden at have solgt.

Mvh Sonja""")

M("", """Hej Lise

Jeg har tjekket: faktura nr. 1004261987 fra Tolkeservice er betalt 2/11. Kontonummeret er 9570 0012345678 og EAN-nummeret 5798000365247. Kan du lukke sagen i økonomisystemet?

/Mads, økonomi""")

M("h", """Notat:
Kollega Jan B. faldt på isen på parkeringspladsen ved rådhuset i morges og slog hoften. Kørt på Hvidovre skadestue. Arbejdsskade anmeldt via EASY. Leder orienteret.
– Arbejdsmiljørepræsentant Lene""")

M("", """Hej kolleger

Vi har nu 3 nye ansatte i teamet: Marie, Amir og Louise. De starter 1/12 og skal have adgang til SBSYS, KMD Aktiv og Outlook. Jeg har bestilt det hos IT. Tag godt imod dem!

Hilsen Peter, teamleder""")

M("e", """Notat 19/11:
Bgr. ringede igen om sin huslejerestance. Har fået opsigelse fra boligselskabet pr. 1/1. Er i løntilskudsjob, men lønnen rækker ikke. Henvist til boligsocial rådgivning. Ansøgning om enkeltydelse til restancen modtaget.
/DP""")

M("u", """Hej Pernille – den nye medarbejder i køkkenet (Mustafa) vil gerne have sin fagforening med til sin første samtale om prøvetiden, han er medlem af 3F. Det er fint med mig, bare så du ved det når du booker lokalet. /Heidi""")

M("", """Notat fra møde i MED-udvalget 17/11:
– Trivselsmåling 2026: svarprocent 81, generelt stabil
– Ny politik for hjemmearbejde vedtaget
– Tillidsrepræsentanterne ønsker flere midler til kompetenceudvikling
– Næste møde 15/12""")

M("eh", """Borger ringede. Navn: Gitte Hansen. Cpr: [[051162 1548]]. Hun er på førtidspension pga. leddegigt og vil vide om hun må arbejde 5 timer om ugen i en genbrugsbutik uden at pensionen bliver sat ned. Vejledt om fradragsreglerne. /AS""")

M("te", """Kære Hussein

Kan du ringe til fru Tran? Hun er fra Vietnam og taler ikke så meget dansk, og der skal bruges en tolk til at forklare brevet om hendes arbejdsprøvning. Hun er meget bekymret.

/Signe""")

M("", """Hej. Printeren på 1. sal (HP-3314) skriver "paper jam" selvom der ikke sidder papir fast. Har ringet til IT, sagsnr. IT-2026-8812. Brug printeren ved kantinen så længe. /Kasper""")

M("she", """Opsummering til sagen – samtale 20/11:
Bgr. er en mand på 28, arbejder i en børnehave. Han fortæller at han er blevet udsat for chikane af en forælder efter han fortalte, at han er biseksuel. Er sygemeldt med angst. Ønsker samtale med psykolog via jobcentrets tilbud.
Rådgiver: KS""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi har modtaget en mail fra en virksomhed der vil vide om man kan få løntilskud til ansættelse af ledige over 50. Jeg har sendt dem linket til virksomhedsservice. Bare til orientering.

Hovedpostkassen""")

M("b", """Tlf.notat:
Borger (pensioneret lærer) ringede og ville tale om sin sag med en sagsbehandler. Sagde at han er humanist og ateist og ikke vil have en præst med til sin kones begravelse, men at bedemanden har bestilt en. Sendt til Center for Voksne og Velfærd.""")

M("e", """Notat til sagen (cpr [[250499-4317]]):
Bgr. er 27 og har fået afslag på revalidering. Ønsker at klage. Klagevejledning sendt. Bgr. lever af sin kærestes indkomst i øjeblikket og har gæld til SU-styrelsen.
/ML""")

M("", """Alle medarbejdere i Borgerservice:

Fra den 2. december har vi ny køsystem-skærm i hallen. Den viser ventetid og nummer. Ved fejl ringes til leverandøren på 70 20 12 12, kundenummer 1507894412.

Venlig hilsen
Lone, teamleder""")

M("pu", """Tlf.notat 22/11
Ulrik fra Nordisk Transport ringede (er TR og medlem af Dansk Metal). Firmaet overvejer at købe en erhvervsgrund på Industrivej og der er givet bud, betinget af lokalplanen. Han spørger om de ansatte skal informeres før handlen er endelig. Henvist til erhvervsservice.""")
