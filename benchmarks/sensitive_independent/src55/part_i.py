"""corpus55 part I: hard negatives with look-alike numbers, and more mixed positives."""
from common import M

M("", """Til Løn og Personale

Min lønseddel for november viser medarbejdernr. 0912784410 og et skattekort med trækprocent 38. Pensionsselskabets policenr. er 2205661890. Kan I bekræfte at pensionsbidraget er indbetalt, for det står ikke på PFA's side endnu?

Mvh Dorthe Lyng, Ishøj Skole""")

M("", """Hej

Jeg har fået en p-afgift på Ishøj Strand med afgiftsnr. 1708251433. Jeg holdt der kl. 14–16 og skiltet siger 3 timer. Hvem klager man til?

Mvh Søren""")

M("", """Til Center for Borger, Økonomi og IT

Kommunens journalnummer 2025-1104-1988 er anført på jeres brev om vejbidrag, men på jeres hjemmeside står der sagsnr. 05.01.12-G01-20-25. Hvad skal jeg skrive i emnefeltet, når jeg svarer?

Venlig hilsen
Frank Gjerløv""")

M("", """Hej Erik

Hvor mange kommunale ansatte er på fleksjob, og hvad koster det kommunen om året? Jeg har set tallet 112 nævnt i avisen, men det virker lavt.

Mvh en interesseret borger""")

M("", """Til hovedpostkassen

Vi er et vikarbureau, der leverer sosu-assistenter til jeres plejecentre. Vores CVR er 32 11 90 45 og vores aftalenr. med kommunen er 1001912233. Vi mangler betaling for faktura 2811250099 fra 28. november.

Med venlig hilsen
CareStaff ApS""")

M("", """Hej

Hvad er reglerne for at holde en loppemarkedsbod i Ishøj Bycenter til fordel for Kræftens Bekæmpelse? Vores strikkeklub vil samle ind i marts.

Mvh Else""")

M("", """Hej

Jeg er revisor og skal bruge en bekræftelse af et debitorsaldo for vores klient, Ishøj Tømrer & Snedker ApS, hos kommunen pr. 31.12.2025. Klientens kundenummer er 3112251020.

Venlig hilsen
Revisionsfirmaet Holm & Co.""")

M("", """Til Kultur- og Fritidsudvalget

Vi vil gerne leje Ishøj Kulturhus til en jubilæumsfest for 3F Ishøj-Vallensbæk afdelingens 50 år. Vi bliver ca. 200. Jeg skriver som afdelingens kontormedarbejder.

Med venlig hilsen
Lotte, 3F Ishøj-Vallensbæk""")

M("", """Hej

Jeg vil gerne klage over at kommunen ikke har ryddet sne på stien bag Gildbroskolen. Min nabo faldt i går. Det er farligt for de ældre.

Mvh Ole""")

M("", """Til Center for Voksne og Velfærd

Hvad koster en plads i dagcentret, og hvem kan få den? Jeg skriver for vores pensionistforening, hvor flere har spurgt.

Venlig hilsen
Ishøj Pensionistforening""")

M("", """Til Ejendomsafdelingen

Min far købte grunden på Tranegildevej af kommunen i 1987. Skødet er tinglyst, og han har boet der lige siden. Vi har fundet en gammel servitut om byggelinje og vil gerne vide om den stadig gælder.

Mvh Carsten Friis""")

M("t", """Hej

Jeg er fra Polen og har arbejdet i Danmark i 14 år. Jeg har ringet til borgerservice for at få mit sygesikringsbevis ændret til ny adresse, men de sagde jeg skulle tale dansk. Jeg taler dansk! Bare med accent.

Mvh Marek""")

M("s", """Til borgerrådgiveren

Jeg er lesbisk og har søgt job som pædagog i kommunens dagtilbud. Ved samtalen spurgte en af forældrerepræsentanterne om jeg "ville påvirke børnene". Jeg fik ikke jobbet. Jeg vil gerne klage over processen.

Mvh
Kathrine""")

M("b", """Hej Lone

Jeg er frikirkekristen og går til gudstjeneste i Ishøj Frikirke hver søndag. Nu lukker kommunen vejen ved kirken om søndagen for et cykelløb fire gange i år. Kan det ikke være om eftermiddagen?

Mvh Benjamin""")

M("u", """Kære borgmester

Jeg har været i Dansk Sygeplejeråd i 35 år og går på pension til nytår. Jeg vil bare sige tak for et godt samarbejde med kommunens hjemmesygepleje, og opfordre til at I ansætter flere.

Venlig hilsen
Inge Lorentzen""")

M("p", """Til Center for Byudvikling og Natur

Vi har sat vores kolonihavehus i Haveforeningen Ishøj Vest til salg, og der er to interesserede. Haveforeningen siger kommunen skal godkende salgsprisen. Hvornår kan vi forvente svar?

Venlig hilsen
Berit og Jan""")

M("he", """Til Jobcentret

Vedr. min virksomhedspraktik hos Ishøj Genbrug: Jeg har haft migræne hver dag i to uger pga. larmen i hallen og er blevet sygemeldt af lægen. Jeg beder om at praktikken bliver stoppet eller flyttet.

Louise Tang
Cpr. [[190386–2204]]
Tlf. 29 10 44 87""")

M("s", """Hej

Jeg og min kæreste Mikkel (jeg er også en fyr) vil gerne holde vores bryllupsfest i Strandhuset. Kan vi booke det til 14. juni? Vi har set prisen på hjemmesiden.

Mvh Oliver""")

M("h", """Hej Erik

Min kollega på Vej og Park, Lars, har fået konstateret lungekræft. Vi vil gerne samle ind til ham, men ledelsen siger at vi ikke må bruge kommunens e-mail til det. Er det rigtigt?

Mvh Tommy""")

M("phe", """Kære borgerrådgiver

Vores hus er sat til salg fordi jeg er blevet sygemeldt med kræft og vi ikke har råd til at blive boende. Kommunen har nu sendt et påbud om at udskifte kloakken før salget. Køberen vil have påbuddet opfyldt inden overtagelse. Kan fristen forlænges?

Mvh Hanne Lykke""")

M("t", """hej jeg er fra nigeria og har fået et job i kommunens rengøring. jeg får mindre løn end mine danske kolleger for samme arbejde. de siger det er pga erfaring, men jeg har arbejdet i 8 år. hvem kan jeg spørge? mvh Chidi""")

M("pu", """Til Ejendomsafdelingen

3F Ishøj-Vallensbæk, hvor jeg er medlem og sidder i bestyrelsen, vil gerne købe den kommunale villa på Vejlebrovej 4 til nyt afdelingskontor. Bestyrelsen har besluttet at byde 3,4 mio. kr. Buddet er betinget af at lokalplanen tillader kontor.

Med venlig hilsen
Bjarne Holm""")

M("bs", """Kære byrådsmedlem

Min mand Thomas og jeg blev gift i Ishøj Kirke i sommer, som det første mandlige par i sognet. Nu skal vi have skiftet efternavn i folkeregistret. Borgerservice siger det tager 8 uger. Er det normalt?

Venlig hilsen
Martin Holm-Rasmussen""")

M("", """Hej

Kan jeg få en udskrift af mit folkeregister-adresseforløb? Jeg skal bruge det til en boligansøgning hos KAB. Mit ansøgernr. hos KAB er 1011882219.

Mvh Laura""")

M("hu", """Hej Annette

Jeg er FOA-medlem og social- og sundhedshjælper. Jeg har fået en diskusprolaps af at løfte uden lift, og nu har jeg anmeldt det som arbejdsskade. Min leder vil ikke skrive under. Hvem kan hjælpe?

Mvh Helle Nørby
[[220774 2131]]""")

M("t", """Kære Borgmester

Jeg er dansk-pakistaner og har boet i Ishøj i 30 år. Jeg vil gerne stille op til Integrationsrådet. Hvordan gør jeg?

Mvh Asif""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvor mange ledige i Ishøj har fået job gennem jeres samarbejde med Amager Bakke? Vi skal bruge det til en evaluering i Region Hovedstaden. Vores sagsnr. er 24/11822.

Med venlig hilsen
Region Hovedstaden, Center for Regional Udvikling""")

M("b", """Hej, mig og min familie fejrer diwali hver år med lys i vinduerne og fyrværkeri i haven. Nu har naboen klaget til kommunen over fyrværkeriet. Må vi ikke det til vores egen højtid? Mvh Priya""")

M("se", """Til Ishøj Kommune

Jeg har søgt om plads på plejecenter til min mand og mig sammen. Jeg er 82 og han er 84. Vi er to mænd og har boet sammen i 50 år. Nu skal vi måske på hver sit plejecenter. Det kan ikke passe.

Venlig hilsen
Erik Mortensen""")

M("h", """Hej

Min dagplejer Anne er syg i tre uger efter en operation. Vi har fået gæstedagpleje, men min søn græder hver morgen. Er der et andet tilbud?

Mvh Ditte""")

M("p", """Kære Erik

Min far har sat sit sommerhus ved Ishøj Strand til salg, og nu er der en køber. Men kommunen har et skilt om "kommende lokalplan" lige ved siden af, og køberen er blevet bange. Hvad skal der ske med området?

Mvh Lene Wind""")

M("u", """hej. jeg er shop steward (tillidsrepræsentant) for kollegerne hos kommunens rengøringsfirma, vi er alle i 3F. kan jeg få en tolk til et møde med jeres indkøbsafdeling? mvh Jan""")

M("tb", """Til Center for Børn og Forebyggelse

Vi er en eritreisk-ortodoks familie og faster i 55 dage før påske. Vores datter i 3. klasse må ikke spise kød i denne periode. Kan skolemaden tilpasses?

Venlig hilsen
Senait Tesfamariam""")

M("", """Til hovedpostkassen

Vedr. vores fælles indkøbsaftale: EAN-nr. 5798009812345, aftalenr. 0106851177. Vi leverer papir til rådhuset og har fået nye priser fra 1. januar. Prisliste vedlagt.

Med venlig hilsen
Lyreco Danmark""")

M("s", """Hej Lone

Jeg er 23 og bi og bor på et kollegie i Ishøj. Nogle på gangen har skrevet "bi-luder" på min dør. Kollegiet er kommunalt ejet, så hvem skal jeg klage til?

Mvh Freja""")

M("e", """Til Borgerservice

Min mor er lige død, og jeg skal bruge en kopi af hendes sidste pensionsudbetaling til skifteretten. Hun fik folkepension og ældrecheck. Hendes udbetalingsnummer var 0304371222.

Venlig hilsen
Tom Eriksen""")

M("", """Hej

Jeg er kok på Ishøj Plejecenter og vil høre om vi må bestille halal kød fra en ny leverandør, som ikke er på kommunens indkøbsaftale. Det er billigere og bedre.

Mvh Kamal, køkkenet""")

M("b", """Til Kultur- og Fritidsudvalget

Som vegansk aktivist i Anima vil jeg foreslå at kommunens kantiner har en kødfri dag om ugen. Jeg har selv levet vegansk af etiske grunde i 15 år.

Mvh
Cecilie Bonde""")
