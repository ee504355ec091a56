"""corpus66 part H: forwarded mails, reply chains, mixed languages and CPR in signatures."""
from common import M

M("e", """
Fra: Lone Kjærsgaard
Sendt: 14. november
Til: Hovedpostkassen
Emne: VS: Min sag om inkasso

Videresendes til rette center. Borgeren har givet lov.

-----Oprindelig meddelelse-----
Fra: Jimmy Pedersen
Emne: Min sag om inkasso

Hej Lone. Kommunen har sendt min gæld for dagtilbud til inkasso hos Gældsstyrelsen,
selvom jeg havde en aftale om at betale 500 om måneden. Jeg er selvstændig
vognmand og har ikke haft kørsel i to måneder. Kan du hjælpe?
Jimmy, [[230887-1541]]
""")

M("", """
> Den 3. feb. skrev Center for Byudvikling og Natur:
> Tak for din henvendelse om serveringstilladelse. Vi har videresendt den til politiet.

Hej igen

Tak. Skal jeg selv sende brandplanen til beredskabet, eller gør I det? Vores
journalnummer hos jer er 24/018823.

Mvh
Restaurant Kanalen
""")

M("tb", """
Til borgerrådgiveren

Jeg skriver på vegne af min mor, der har givet mig fuldmagt. Hun er fra Tyrkiet og har
en lille tøjbutik. Hun bærer tørklæde, og en medarbejder fra kommunens erhvervsservice
sagde til hende at "kunderne nok ville føle sig mere trygge" hvis hun tog det af i
butikken. Hun blev meget ked af det. Vi vil gerne klage.

Mvh
Derya Aydın
""")

M("e", """
Kære Hatice, I hope it's ok to write in English. My Danish is not good yet.

I am a student from abroad and I work 20 hours a week in a café. My employer has not
paid me for two months. I cannot pay my rent in the kollegium, and they say I will be
evicted on the first. Is there any emergency help from the kommune?

Thank you,
Mei
""")

M("p", """
VS: Købsaftale Ishøj Bygade 71

Hej Jens, jeg sender lige mailen fra vores advokat videre, så du kan se hvad problemet
er.

> Fra: advokat Bent Rosenkvist
> Købsaftalen er betinget af kommunens endelige byggetilladelse til tilbygningen. Hvis
> tilladelsen ikke foreligger senest 1. juni, kan køber træde tilbage.

Vi har ventet i 9 uger. Sælger er ved at miste tålmodigheden.

Mvh
Stine og Rasmus Ahl
""")

M("", """
Hej

Jeg er kontaktperson for en lille virksomhed, der leverer rengøring til kommunen.
Vores kundenummer er 2512881044, og vi har ikke fået betaling for oktober (faktura
1110240233). Kan I undersøge det?

Mvh
Bogholderiet, Rent & Rask ApS
""")

M("tbe", """
Hej Susanne

Mit navn er Fatma og jeg er fra Somalia. Jeg har lille butik med tøj. Jeg er muslim og
lukker tidlig i ramadan fordi jeg faster. Kommunen siger jeg skal have butik åben mere
for at få hjælp fra jobcenter til mit firma. Jeg forstår ikke reglen. Kan du hjælp?

Tak
Fatma Hussein
""")

M("", """
hej, kan i fortælle om det er rigtigt at man ikke må sælge slik fra en bod på
stranden uden tilladelse? min lillebror og hans venner vil gerne sælge limonade i
sommerferien (de er 11)
""")

M("ue", """
-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Emne: Indkaldelse til jobsamtale

Du skal møde til samtale tirsdag kl. 10.
-----

Hej. Jeg kan ikke komme tirsdag, for jeg har møde med min faglige sekretær i 3F om
min opsigelse. Kan vi flytte?

Mvh
Ronni Hald
[[110274 1395]]
""")

M("s", """
Hej borgmester

Vi er et lille par af mænd, der har et bageri i Ishøj. Vi vil gerne sponsorere kage
til Pride-picnicen. Kan vi komme med?

Vh
Torben og Michael
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg er revisor og har en kunde, der har spurgt om kommunen modregner i
overskydende skat for erhvervsdrivende. Jeg spørger generelt og nævner ikke
kunden.

Venlig hilsen
Lars Vinge, statsautoriseret revisor
""")

M("he", """
Til hovedpostkassen

Vedr. min datter Laura Sørensen, cpr [[190306-4628]]

Laura er 20 og har haft en depression i et år. Hun har droppet sin uddannelse, og nu
får hun uddannelseshjælp. Hun skal til samtale i jobcentret, men kan ikke møde op
alene. Kan jeg komme med som bisidder?

Venlig hilsen
Karin Sørensen
""")

M("bu", """
Hej Mikkel

Jeg er medlem af Konservative og af Lederne. Jeg driver et lille IT-firma og synes at
kommunens erhvervsservice er for langsom. Kan du spørge ind til ventetiden på
byggetilladelser til erhverv?

Mvh
Kristoffer Hjort
""")

M("t", """
Til borgmesterens PA

Jeg er adopteret fra Colombia og har lige startet mit eget firma. En journalist fra
lokalavisen vil lave en historie om "nye iværksættere med anden baggrund" og vil
have borgmesteren med. Kan hun sige noget om det?

Mvh
Camilla Juhl
""")

M("", """
Hej

Hvornår holder kommunen næste møde om det nye erhvervsområde ved Ishøj Havn? Jeg
var ikke med sidst. Og er det rigtigt at der kommer en ny bro?

Mvh
Eva
""")

M("pt", """
Kære borgerrådgiver

Jeg er pakistansk og ejer en lille tankstation med grund ved Vejlebrovej. En
køber har givet et bud, men kommunen har sendt et påbud om jordforurening, som
køberen nu bruger til at presse prisen. Påbuddet er efter min mening forkert. Kan I
se på sagen?

Mvh
Tariq Mahmood, [[030365-1187]]
""")

M("s", """
Hej

Jeg er kvinde og gift med en kvinde. Vi har lige fået en datter. Skal man
registrere medmoderskab hos kommunen, eller sker det automatisk?

Vh Pernille
""")

M("", """
Til Center for Byudvikling og Natur

Hvad koster et gebyr for byggesagsbehandling for en erhvervsbygning? Jeg har læst
at det er gratis for boliger, men ikke for erhverv. Ejendomsnummer og matrikel følger
hvis vi søger.

Mvh
Arkitektfirmaet Lys & Rum
""")

M("h", """
Hej Lone, skriver lige kort

min kollega i butikken Henrik fik et epileptisk anfald i går og slog hovedet. han er
ok nu, men der var ingen af os der vidste hvad vi skulle gøre. kan kommunen lave
førstehjælpskursus for butikkerne i bycentret?

mvh Jannie
""")

M("tbu", """
Til Erhvervsudvalget

Jeg er jødisk dansker og medlem af HK. Jeg arbejder i en lille virksomhed i Ishøj,
og min kollega har sagt grove ting om "jøder" efter krigen i Gaza. Jeg har
talt med HK. Jeg vil gerne vide om kommunen har en politik mod antisemitisme på
arbejdspladser.

Mvh
Rebecca
""")

M("e", """
Hej

Jeg har en lille murerforretning og har lige fået brev om at min restskat er sendt
til Gældsstyrelsen, og at de vil modregne i min børneydelse. Jeg har 3 børn og ingen
buffer. Kan kommunen sige noget til Gældsstyrelsen?

Mvh
Ali Demir
CPR: [[2208812215]]
""")

M("", """
Hej

Jeg studerer på Københavns Erhvervsakademi og vil gerne lave praktik i kommunens
erhvervsservice. Er der praktikpladser, og hvordan søger man?

Mvh
Niklas
""")

M("b", """
Kære Jens

Jeg er medlem af Alternativet og har en lille økologisk gård. Jeg vil gerne invitere
kommunens politikere til en "åben gård"-dag. Tager du imod?

Mvh
Lise Grøn
""")

M("b", """
Hej

Jeg er diakon i den katolske kirke og hjælper nogle polske håndværkere med at forstå
reglerne for at starte firma. Kan kommunen give mig en oversigt over de vigtigste
skridt, så jeg kan forklare det?

Med venlig hilsen
Diakon Tomasz Nowicki
""")

M("", """
Til Kulturudvalget

Vi er en studenterforening, der arrangerer foredrag om religion og samfund. Vi vil
gerne låne et lokale på biblioteket til et foredrag om islam i Danmark. Er det
muligt?

Mvh
Studenterforeningen Dialog
""")

M("p", """
Hej Bent

Vi har budt på en fabriksbygning i Ishøj Erhvervspark, som vi vil bruge til et lille
mikrobryggeri. Sælger har accepteret betinget af at vi får lov til udskænkning. Kan
du fortælle om kommunen normalt giver lov til det i erhvervsområdet?

Mvh
Søren og Jakob, Vestegnens Bryghus
""")

M("e", """
Til borgmesteren

Jeg er 24 og har en lille YouTube-kanal, som jeg prøver at leve af. Jeg bor stadig
hjemme, fordi jeg ikke har råd til at flytte. Jeg har søgt om kontanthjælp, men har
fået afslag, fordi kanalen er en virksomhed. Hvordan kan det være?

Mvh
Viktor
[[061201-4113]]
""")

M("", """
Hej

Har kommunen brug for studentermedhjælpere til valget? Jeg læser statskundskab og
vil gerne hjælpe på et valgsted. Hvordan søger man?

Mvh
Anna
""")

M("tu", """
Hej Hatice

Jeg er fra Tyrkiet og er tillidsrepræsentant for 3F på et vaskeri i Ishøj. Flere af
vores kolleger har ikke fået deres overtid betalt. Vi har talt med 3F, men vil gerne
at politikerne ved det.

Mvh
Emre
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi er en lille virksomhed, der vil ansætte en person i fleksjob. Hvordan fungerer
det med tilskuddet, og hvem kontakter vi?

Mvh
Dansk Cykelservice, Ishøj
""")

M("hs", """
Hej Mikkel

Min mand Kenneth (jeg hedder Allan) har en lille isbutik ved stranden. Han fik en
hjerneblødning i maj og kan ikke arbejde mere. Vi vil gerne høre om der er hjælp
til at få butikken solgt eller overdraget. Vi ejer ikke bygningen, kun forretningen.

Mvh
Allan Brix
""")

M("b", """
Til hovedpostkassen

Jeg er buddhist og har en lille yogaskole. Jeg har fået nej til at leje salen i
Ishøj Kulturhus til en åben yogadag, fordi det var "religiøst". Det er det ikke, det
er træning. Jeg vil gerne klage over svaret.

Mvh
Lotte Hvid
""")

M("", """
Hej

Vi er en gruppe unge, der gerne vil lave en kaffebod ved Ishøj Strand i sommer.
Vi har styr på hygiejnebeviset. Hvad kræver det af tilladelser fra kommunen?

Mvh
Ida, Marcus og Lea
""")

M("e", """
Hej

Jeg var elev i en lille tømrervirksomhed, men nu er mester død, og firmaet lukker.
Jeg har ikke fået en ny læreplads og har meldt mig ledig. Hvad sker der med min
elevløn? Jeg har søgt om skolepraktik.

Mvh
Malthe Jensen, 19 år
[[100907\u00a04627]]
""")

M("t", """
Til udvalgssekretæren

Bedes sat på dagsordenen: Jeg er af grønlandsk afstamning og driver et lille
rejsebureau. Kommunens hjemmeside om turisme nævner ikke grønlandske virksomheder.
Det mener jeg er en fejl.

Mvh
Naja Lynge
""")

M("", """
Hej

Er Borgerservice åben på lørdage? Jeg skal have et nyt pas til en forretningsrejse
og kan ikke komme i hverdagene.

Mvh
Anders
""")

M("bu", """
Hej Susanne

Jeg er præst i folkekirken og samtidig medlem af Akademikernes fagforening DM, fordi
jeg underviser på seminariet. Jeg vil gerne have kommunen til at lave et tilbud for
unge i krise, sammen med kirken. Kan vi mødes?

Med venlig hilsen
Henrik Vedel, sognepræst
""")

M("ps", """
Til Center for Byudvikling og Natur

Vi er to kvinder, der er gift og har et lille bageri. Vi har budt på en
erhvervsejendom på Industrivej, og sælger har accepteret med forbehold for
kommunens tilladelse til ovnanlæg. Kan I give os en forhåndsvurdering?

Mvh
Pia og Lene Holm
""")

M("", """
Hej

Jeg er formand for en studenterforening på DTU. Vi vil gerne lave en tur for
nye studerende til Ishøj Strand og Arken. Kan kommunen give rabat på
museumsbilletter?

Mvh
Oliver
""")

M("he", """
Til borgerrådgiveren

Jeg er selvstændig frisør og har kræft. Jeg fik tilladelse til at arbejde lidt,
mens jeg fik sygedagpenge, men nu siger kommunen at jeg skal betale 22.000 kr.
tilbage, fordi jeg tjente for meget. Jeg har ikke fået vejledning om grænsen. Jeg vil
klage.

Mvh
Janni Krogh
Personnr. [[290468-0226]]
""")

M("b", """
Til hovedpostkassen

Vi er en lille familie og har en søn, der skal have bar mitzvah til sommer. Vi vil
gerne leje et lokale i Ishøj Kulturhus til festen bagefter. Hvad koster det?

Mvh
Familien Abrahamsen
""")

M("", """
Hej

Er det rigtigt, at kommunen skal bruge penge på at lave nye erhvervsgrunde, mens
der mangler lærere? Det synes jeg ikke er rigtigt.

Mvh
Hanne
""")

M("e", """
Kære udvalgsformand

Min bror på 26 har været i fængsel i to år og kommer ud i næste måned. Han vil
gerne starte som selvstændig vinduespudser. Er der nogen i kommunen, der kan hjælpe
ham?

Mvh
Tina Holm
""")

M("t", """
Hej Jens

Jeg er en ung kvinde af kurdisk oprindelse og har lige startet et lille
rekrutteringsfirma. Jeg vil gerne holde et arrangement for unge med minoritetsbaggrund
om at blive selvstændig. Kan kommunen støtte det?

Mvh
Rojin
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vores lille virksomhed vil gerne have en praktikant fra sprogcentret. Hvordan
fungerer det, og er der et tilskud?

Mvh
Klinikken Vestegnen
""")

M("b", """
Hej Lone

Jeg er tidligere medlem af Venstre, men har meldt mig ud på grund af jeres nye
erhvervspolitik. Jeg har et lille firma og føler ikke at I taler for os mere.

Mvh
Mogens Kjær
""")

M("e", """
Hej

Jeg er 21 og bor på et kollegium. Jeg har fået en opsigelse, fordi jeg skylder
husleje for to måneder. Jeg har mistet mit studiejob. Kan kommunen hjælpe med
restancen?

Mvh
Kristian
[[180805-4436]] (tlf. 51 44 82 10)
""")

M("", """
Hej

Jeg er skatterådgiver og vil høre, hvornår ejendomsskattebilletterne for erhverv
udsendes i år. Jeg får mange spørgsmål fra mine kunder.

Mvh
Bo Hansen, skatterådgiver
""")

M("pe", """
Til Ishøj Kommune

Jeg er 32 og har en lille gård, som jeg har arvet. Jeg har ikke råd til at beholde
den, fordi jeg har fået et lån i banken, som jeg ikke kan betale. Jeg har fået et
bud fra naboen. Kan kommunen sige noget om byggeretten på jorden?

Mvh
Thomas Fogh
[[220194-2216]]
""")

M("t", """
Hey

I'm from Brazil and I run a small capoeira school in Ishøj. Some parents told me the
kommune won't rent us the sports hall because "it's a foreign sport". Is that true?
Who decides?

Obrigado,
Rafael Souza
""")
