"""corpus54 part C: family housing, moving, houses and flats for sale."""
from common import M

M("ph", """Kære Birgit Holm

Vi har sat vores rækkehus på Torslunde Vænge til salg, fordi vi skal bruge et værelse mere
nu, hvor tvillingerne kommer. Der er en køber, men hun vil først skrive under, når
kommunen har svaret på, om carporten er lovlig. Kan du skubbe lidt på Byggesag? Vi
risikerer at miste handlen.

Venlig hilsen
Thomas og Ditte Frost""")

M("", """Til Center for Byudvikling og Natur

Hvornår sælger kommunen de nye grunde i Ishøj Landsby? Vi er en familie på fem og
drømmer om at bygge selv. Er der en venteliste?

Mvh Kasper Holst""")

M("pe", """Hej borgerrådgiver

Min mand og jeg skal skilles, og vi skal sælge vores andelslejlighed i Gadekæret. Vi har
fået et bud på 1,1 mio., men bestyrelsen vil ikke godkende køberen, før vi har betalt
restancen på fællesudgifterne. Vi har to små børn og ved ikke, hvor vi skal bo bagefter.

Med venlig hilsen
Julie Mark""")

M("", """Hej

Vi købte vores hus på Vejlebrovej i 2019, og handlen har været på plads længe. Nu vil
vi bygge en tilbygning til børneværelser. Skal vi søge byggetilladelse til 22 m²?

Mvh Lise og Jonas""")

M("p", """til Ahmad Zaki

vi har budt på et hus på Ishøj Søvej men sælgeren vil have et svar inden fredag og
banken har ikke svaret. vi skal også vide om der er plads i Vibeholmskolen til vores to.
kan du hjælpe med at få svar fra skolen inden fredag? ellers tør vi ikke sige ja

Louise""")

M("pe", """Til Ishøj Kommune, Ejendomsskat

Vores hus på Hyldeholm er sat på tvangsauktion den 12. februar. Vi har to børn og
kan ikke betale ejendomsskatten. Kan kommunen udsætte sin del af kravet, så vi kan nå at
sælge selv? Vi har en køber, der er interesseret.

Ejer: Martin Kruse, [[140181-1933]]
Medejer: Natasja Kruse, [[270784-2066]]""")

M("", """Til Teknik- og Miljøudvalget

Jeg synes ikke, kommunen skal sælge grunden ved Strandparken til boligbyggeri. Der er
for lidt grønt til børnefamilierne i forvejen. Lav den hellere til legeplads.

Venlig hilsen
Gunnar Ebbesen""")

M("p", """Kære borgmester

Vores nabo i nr. 14 har solgt sit hus betinget af, at køberen kan få lov at lave en
dagpleje i huset. Vi er bekymrede for trafik med forældre, der henter og bringer. Køberen
har ikke overtaget endnu. Kan kommunen sige nej til dagplejen?

Mvh. familien i nr. 16, Tranegilde Strandvej""")

M("pe", """Hej

Jeg har fået job i Odense og skal flytte med mine børn. Jeg har sat min lejlighed i
andelsforeningen til salg men der er ingen der byder. jeg har boligstøtte nu og er
bange for at jeg skal betale dobbelt husleje. Kan jeg få boligstøtte til begge
boliger i en overgang?

Tak, Mira""")

M("", """Hvor kan man se salgspriser på huse i Ishøj? Vi tænker på at flytte fra København
når vores datter starter i skole. Er skolerne i Ishøj gode? /Johanne""")

M("p", """Til Center for Byudvikling og Natur

Vi er ved at købe et nyt parcelhus på Lodshaven. Købsaftalen er betinget af
advokatgodkendelse, og vores advokat har fundet ud af, at der er tinglyst en
deklaration om kloak. Hvad betyder den? Vi skal svare sælger senest tirsdag.

Venlig hilsen
Ida og Lars Bendtsen""")

M("ps", """Hej Jens Hansen

Min mand Rasmus og jeg (Frederik) skal adoptere og har fået at vide, at vi skal have et
større hus. Vi har fundet et på Bredekærs Vænge og givet et bud, men der er en anden
køber. Ved du, om der kommer en ny lokalplan for området, som kan ændre noget?

Hilsen
Frederik Bay""")

M("", """Til hovedpostkassen

Jeg er ejendomsmægler i Ishøj og vil gerne vide, hvilke skoledistrikter de nye boliger ved
Ishøj Strand hører til. Mange af mine kunder er børnefamilier og spørger til det.

Med venlig hilsen
Carsten Vig, statsaut. ejendomsmægler""")

M("pt", """Kære borgerrådgiver

Vi er en pakistansk familie, og vi har budt på et hus på Ishøj Torv. Sælgeren sagde til
mægleren, at han "ikke sælger til udlændinge". Mægleren fortalte os det direkte. Handlen
er ikke afgjort endnu. Er det lovligt? Hvem kan vi klage til?

Med venlig hilsen
Imran og Sadia Butt""")

M("pe", """Til borgmesteren

Jeg er enke med tre børn og kan ikke længere klare ydelserne på huset efter min mands død.
Jeg har sat det til salg, men mægleren siger, det kan tage et år. Jeg har søgt om
hjælp til huslejen i en mellemperiode, men har fået afslag. Hvad gør jeg?

Venlig hilsen
Lene Rask""")

M("", """Hej! Vi har lige overtaget vores hus på Gildbrovej (handlen gik igennem i august), og
nu skal vi have skiftet skraldespande. Hvem kontakter man? Mvh Sebastian""")

M("p", """Til Byggesag

Ejendom: matr. nr. 12ab, Ishøj By
Vi har solgt huset med overtagelse 1. april, men køber har trukket sig, fordi der
mangler en færdigmelding på udestuen. Nu står vi uden køber og skal betale to huse,
fordi vi allerede har købt nyt. Kan I behandle færdigmeldingen hurtigt?

Med venlig hilsen
Charlotte og Morten Engel""")

M("", """Kære Ahmad Zaki

Jeg vil gerne høre dit syn på de mange børnefamilier, der flytter fra Ishøj, fordi der
ikke er store nok lejeboliger. Hvad vil dit parti gøre ved det?

Mvh Kristoffer""")

M("ph", """Hej Byggesagsafdelingen

Vi skal sælge vores hus, fordi vores søn er i kørestol efter en ulykke, og huset har
trapper overalt. Vi har fundet en køber, men vi mangler tilladelse til at fjerne en
bærende væg for at gøre det nye hus handicapvenligt. Det er et hus i Ishøj Landsby, som vi
har budt på og mangler svar.

Mvh Camilla""")

M("peu", """Hej Lone

Kort og godt: vi har sat huset til salg, fordi jeg er blevet arbejdsløs som lærer efter
at skolen lukkede. Jeg er medlem af DLF og har dagpenge fra deres a-kasse. Vi leder
efter en billigere lejebolig i Ishøj, så børnene kan blive i deres klasse.

Kh Morten""")

M("pe", "PS: glemte at sige at vi også har søgt om boligstøtte nu hvor huset er til salg og "
  "jeg er på dagpenge. Morten")

M("p", """Til Økonomiudvalget

Vores forening af forældre ved Ishøj Naturbørnehave har givet et betinget bud på den
gamle gård ved siden af, som kommunen ejer. Vi vil gerne lave en friskole. Buddet er
på 3,2 mio. og betinget af lokalplanen. Hvornår behandler udvalget det?

På vegne af Foreningen Naturskolen Ishøj
Kirsten Hvass, formand""")

M("", """Hej Ishøj Kommune. Hvad er ejendomsværdien på vores hus blevet sat til i den nye
vurdering? Vi kan ikke finde det. Ejendomsnummer 183-004411. Tak, Ulla""")

M("pbt", """Til borgmesterens kontor

Vi er jødiske og har boet i Ishøj i 20 år. Vi sælger nu vores hus, fordi vi ønsker at bo
tættere på synagogen i København, hvor vores børn går i den jødiske skole. Vi har en
køber, der betinger handlen af, at kommunen lovliggør kælderen. Hvor lang er
sagsbehandlingstiden?

Med venlig hilsen
Rachel og David Melchior""")

M("", """Hej

Jeg skal købe min første lejlighed og tænker på Ishøj. Er der nogen kommunale
tilskud til førstegangskøbere? Jeg er 24 og lige blevet færdig som pædagog.

/Sara""")

M("pe", """Kære udvalgsformand

Min far på 82 skal på plejehjem, og vi skal sælge hans hus i Torslunde for at betale.
Ejendomsmægleren har fundet en køber, men købet er ikke underskrevet endnu. Kan
kommunen vente med opkrævningen af huslejen på plejehjemmet til huset er solgt?

Venlig hilsen
Jonna Krag""")

M("", """Til Center for Byudvikling og Natur

Jeg har en restaurant og vil gerne høre, hvornår kommunen sætter erhvervsgrundene ved
Industrivej til salg. Vi har ikke budt, vi vil bare vide tidsplanen.

Med venlig hilsen
Lisa Tran, ejer""")

M("ph", """Hej

Vi har givet et bud på en andel i Andelsboligforeningen Vejleåparken, og bestyrelsen
skal bruge en erklæring fra kommunen om at vi ikke skylder noget. Her er vores numre:

Camilla Jensen [[250591-2440]]
Tobias Jensen [[130290 1457]]

Vi har en datter på 2 og venter en mere.

Mvh Camilla""")

M("", """Kære byrådsmedlem

Boligpriserne er steget voldsomt, og det er umuligt for unge familier at købe. Jeg
mener, kommunen skal bygge flere almene familieboliger med fire værelser.

Med venlig hilsen
Tina Rosenkvist""")

M("pt", """Hello Ishøj kommune,

We are a family from India and we have put in an offer on a townhouse in Ishøj. The
seller's agent asks for a statement from the municipality about the heating system
before we sign. We are new here and do not know who to ask. Our daughter starts school
in January.

Kind regards,
Priya and Arjun Mehta""")

M("p", """Kære Center for Byudvikling og Natur

Jeg ejer et hus på Kirkebjerg Allé og har en køber, der vil bruge kælderen som værelse
til sin teenagesøn. Handlen er betinget af, at kælderen må bruges til beboelse. Kan I
give et forhåndssvar?

Venlig hilsen
Henrik Wolff""")

M("", """Til hovedpostkassen

Hvordan søger man om at blive skrevet op til en familiebolig i de almene boliger i
Ishøj? Jeg flytter hertil fra Aarhus med mine børn til foråret.

Venlig hilsen
Marie Due""")

M("pes", """Hej Birgit

Min kone Anja og jeg (Tine) er gået fra hinanden. Vi skal sælge vores hus på
Vejledalen, og vi er enige om salget, men vi er uenige om, hvem drengene skal bo hos.
Mægleren har en interesseret køber. Kan kommunen hjælpe med en børnesagkyndig?

Tine Holm""")

M("", """Hej

Vi har hørt at Ishøj Kommune sælger den gamle børnehave på Østergården. Hvem kan byde,
og er der et mindstebud? Vi er ikke købere, vi bor ved siden af og vil bare vide,
hvad der skal ske med bygningen.

Hilsen
Hanne og Per""")

M("ph", """til Byggesag

vi har sat huset til salg da min kone har fået sclerose og ikke kan gå på trapper. der
er en køber der har spurgt om tilbygningen er godkendt. det er den vist ikke. hvad gør vi
nu? skal vi søge om lovliggørelse før salget?

Søren Mogensen""")

M("p", """Til Teknik- og Miljøudvalget

Vi er en familie på Strandgårdsvej, der er ved at sælge vores hus. En potentiel køber er
blevet skræmt af, at der er planer om en ny vej lige bag haven. Han har trukket sit bud.
Kan I sige noget om, hvor langt planerne er?

Venlig hilsen
Marianne og Ole Kvist""")

M("pb", """Hej Lone

Vi er en gruppe kristne familier fra Ishøj Frikirke, og jeg skriver som en af
forældrene. Vi er fire familier, der har budt i fællesskab på et nedlagt landbrug ved
Tranegilde, hvor vi gerne vil bo med vores børn. Handlen er betinget af, at vi kan få
lov til at dele grunden. Hvem skal vi tale med?

Kh Andreas Lindberg""")

M("", """Hej. Vi fik skødet i hånden i juni, så huset er vores. Nu undrer vi os over, at der er
en gammel olietank i haven. Skal den fjernes, og betaler kommunen noget? Mvh Kim""")
