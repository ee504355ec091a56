"""corpus84, part E: origin and faith at work, discrimination, prayer, party work."""
from common import M

M("tb", """Til borgerrådgiveren

Jeg er ansat som rengøringsassistent i kommunens ejendomscenter. Jeg er muslim og beder om eftermiddagen i fem minutter i et tomt lokale. Min nye leder har sagt, at det ikke er tilladt, og at "her i Danmark arbejder vi". Jeg er født i Marokko men har boet her i 20 år. Jeg vil gerne vide, hvad reglerne er, for jeg tager altid pausen fra min egen tid.

Venlig hilsen
Fatima Benali""")

M("t", """Kære Hanne Overgaard

Jeg er sort, født i Ghana, og arbejder som buschauffør på en rute gennem Ishøj. Flere gange om ugen kalder unge passagerer mig for grimme ting. Selskabet siger, det er politiets sag. Kan kommunen som bestiller af buskørslen gøre noget?

Venlig hilsen
Kwame Mensah""")

M("", """Hej

Tilbyder Jobcenter Ishøj danskundervisning for udenlandske medarbejdere i private virksomheder? Vi har flere ansatte, der gerne vil forbedre deres dansk, og vi vil gerne betale for det.

Med venlig hilsen
HR, Ishøj Fødevarer A/S""")

M("bu", """Til borgmester Merete Amdisen

Som formand for Socialdemokratiets lokalafdeling og mangeårig 3F-tillidsrepræsentant vil jeg gerne invitere dig til vores møde om arbejdsmiljø den 12. april. Vi håber at se dig.

Kammeratlig hilsen
Finn Rasmussen""")

M("te", """hej jeg er fra Afghanistan og har været i praktik i 6 måneder i et lager via jobcentret. de siger jeg er god men vil ikke ansætte mig. min sagsbehandler siger jeg skal i en ny praktik. jeg vil have et rigtigt job. kan i hjælpe? Ahmad""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en virksomhed, der overvejer at ansætte medarbejdere med flygtningebaggrund. Hvilke ordninger findes der, og hvem kan vi tale med? Vi har hørt om IGU.

Venlig hilsen
Lars Østergaard, direktør, LØ Industri""")

M("b", """Kære byrådsmedlem Fatima Yousef

Jeg er sikh og bærer turban. Jeg har fået job som sikkerhedsvagt, men firmaet kræver, at jeg bærer hjelm ved indgangen til byggepladsen. Jeg har foreslået en løsning, men de vil ikke lytte. Ved du, om kommunen har retningslinjer for det på egne byggepladser?

Venlig hilsen
Harjit Singh""")

M("te", """Til Jobcenter Ishøj

Jeg er polsk og har arbejdet i Danmark i 12 år. Jeg er blevet fyret fra mit job på et gartneri. Jeg vil gerne melde mig ledig, men mit dansk er ikke så godt, og jeg kan ikke forstå jobnet. Kan jeg få hjælp på polsk eller engelsk?

Dziękuję / tak
Krzysztof Zieliński
[[120379-1637]]""")

M("", """Hej

Hvornår holder moskeen i Ishøj åbent hus i år? Vores skoleklasse vil gerne på besøg i forbindelse med religionsundervisningen.

Mvh
Lene, lærer på Ishøj Skole""")

M("tu", """Til udvalgsformand Søren Kirk

Jeg er TR for HK på et callcenter i Ishøj. En af mine medlemmer, Ayşe, har fået at vide af sin leder, at hun skal "tale mere dansk" i pauserne, selv om hun er født og opvokset i Ishøj af tyrkiske forældre. Hun er meget ked af det. Vi har taget sagen, men jeg ville gerne høre, om kommunen har en politik mod diskrimination, som vi kan henvise til.

Med venlig hilsen
Marianne Jensen""")

M("hb", """Til personaleafdelingen

Jeg arbejder på rådhuset og er blevet bedt om at deltage i en julefrokost, hvor der serveres alkohol. Jeg er muslim og drikker ikke, og jeg har også en mavesygdom, der gør det svært at spise meget fed mad. Kan jeg få fri fra arrangementet uden at det påvirker min vurdering?

Venlig hilsen
Yusuf Ali""")

M("t", """Kære direktionsassistent

Jeg har netop fået job i Center for Borger, Økonomi og IT. Jeg er adopteret fra Sydkorea og er blevet spurgt tre gange på min første uge, om jeg "kan tale dansk". Det er ikke en stor ting, men jeg vil gerne foreslå, at nye kolleger får lidt introduktion til mangfoldighed.

Venlig hilsen
Sofie Kim Nielsen""")

M("", """Kære borgmester

Hvorfor har Ishøj Kommune ikke en mangfoldighedspolitik for sine ansatte? Andre kommuner har. Det burde I også have.

Med venlig hilsen
Eva Christiansen""")

M("be", """Til Jobcenter Ishøj

Jeg er Jehovas Vidne, og min sagsbehandler har sendt mig i praktik i en butik, der sælger julepynt. Jeg fejrer ikke jul og vil gerne bede om en anden praktikplads. Jeg vil gerne arbejde, bare ikke med netop det.

Mvh
Ruth Danielsen""")

M("tbe", """Til borgerrådgiveren

Jeg er fra Somalia og bærer niqab. Jobcentret har sagt, at hvis jeg ikke tager den af, får jeg ikke kontanthjælp, fordi jeg ikke står til rådighed. Jeg har søgt jobs, hvor jeg kan arbejde hjemmefra eller kun med kvinder. Kan de gøre det?

Hodan Ali
[[060891-2248]]""")

M("b", """Hej Søren

Jeg er medlem af Enhedslisten og arbejder selv i et lille konsulentfirma. Jeg vil bare sige, at jeg har læst dit indlæg om erhvervsstøtte og er uenig. Lad os tage en kop kaffe?

Hilsen Mathias""")

M("tb", """Til Center for Børn og Forebyggelse, personale

Jeg er pædagog i en børnehave. Jeg er jøde og holder sabbat, og jeg har aftalt med min leder, at jeg ikke arbejder fredag efter kl. 15. Nu er der kommet en ny leder, som siger, at aftalen ikke gælder mere. Kan I hjælpe?

Med venlig hilsen
Miriam Cohen""")

M("", """Hej

Har Ishøj Kommune en tolkeservice, som virksomheder kan bruge, når de skal ansætte nogen, der ikke taler dansk? Vi vil gerne sikre, at alle forstår arbejdsmiljøreglerne.

Mvh
Ishøj Lager ApS""")

M("te", """Kære Lene Wiberg

Min bror er kurder fra Tyrkiet og har været ledig i to år. Han har en universitetsuddannelse i maskiningeniør, men jobcentret sender ham kun i praktik som rengøringsassistent. Er det meningen?

Med venlig hilsen
Serkan Demir""")

M("b", """Kære udvalgsformand

Jeg er præst i en frikirke og arbejder ved siden af som buschauffør. Jeg vil gerne vide, om kommunen kan hjælpe med at finde lokaler til vores gudstjenester om søndagen, helst i Ishøj Landsby.

Venlig hilsen
Pastor Emmanuel Okonkwo""")

M("tu", """Til Ishøj Kommune, Center for Voksne og Velfærd

Jeg er social- og sundhedshjælper og medlem af FOA. Jeg er født i Bosnien. En borger, jeg passer, kalder mig for "den bosniske" og vil ikke have mig ind. Min leder siger, jeg skal finde mig i det. Er det rigtigt, at kommunen ikke beskytter sine ansatte?

Venlig hilsen
Amela Hodžić""")

M("", """Til Jobcenter Ishøj

Hvornår holder I næste informationsmøde om IGU for virksomheder? Vi har to stillinger, vi gerne vil tilbyde.

Hilsen
Morten Lind, Ishøj Gartneri""")

M("b", """hej fatima, har du tid til en kaffe? jeg er ny i Radikale her i ishøj og vil gerne høre hvordan man kommer ind i lokalpolitik. vh Sebastian""")

M("tbh", """Til personaleafdelingen, Center for Voksne og Velfærd

Jeg er sygeplejerske i hjemmeplejen og bærer tørklæde pga. min tro. Jeg kom som flygtning fra Syrien i 2015. En borger har klaget over mig, og min leder har flyttet mig til nattevagt. Det har givet mig søvnproblemer, og min læge har sygemeldt mig i to uger. Jeg vil gerne tilbage til dagvagt.

Venlig hilsen
Rania Haddad""")

M("", """Kære borgmester

Hvorfor holder kommunen julefrokost for de ansatte, når så mange ikke er kristne? Det kunne være mere inkluderende med en nytårsfest.

Mvh
En skatteyder""")

M("tp", """Til Center for Byudvikling og Natur

Vi er en vietnamesisk familie, og vi har givet bud på en butik i Ishøj Bycenter, hvor vi vil åbne en restaurant. Ejeren har sagt ja, men vi skal have en ny ventilationsgodkendelse fra jer, før vi skriver under. Hvor lang er behandlingstiden?

Venlig hilsen
Nguyen Van Minh""")

M("b", """Til byrådsmedlem Jakob Nørgaard

Som medlem af Liberal Alliance vil jeg gerne gøre opmærksom på, at kommunens regler for selvstændige er alt for bureaukratiske. Jeg driver et lille IT-firma og bruger 10 timer om måneden på papirarbejde.

Venlig hilsen
Christian Holm""")

M("teu", """Hi Jobcenter Ishøj,

I am originally from India and I worked as a software engineer in Copenhagen. I was laid off two weeks ago because the company closed the Danish office. I am a member of IDA and their a-kasse. My residence permit is tied to the job. Can I still register as unemployed, and what happens with my permit?

Best regards,
Priya Raman
[[270990 4321]]""")

M("b", """Kære borgerrådgiver

Jeg er ateist og ansat som lærer. Skolen har en morgensang med salmer hver mandag, og jeg bliver bedt om at lede den. Jeg har bedt om at blive fritaget, men ledelsen siger nej. Er det okay?

Venlig hilsen
Anders Friis""")

M("", """Til hovedpostkassen

Vi er et rekrutteringsfirma med speciale i medarbejdere fra Østeuropa. Vi vil gerne præsentere vores tjenester for kommunens ældrepleje. Hvem skal vi kontakte? Vores CVR er 42 18 37 66.

Med venlig hilsen
EuroStaff ApS""")

M("tb", """Hej Ishøj Kommune

Jeg er hindu og kommer fra Sri Lanka. Jeg arbejder i en butik og vil gerne holde fri til Diwali. Min chef siger, at jeg kun kan få fri til kristne helligdage. Er det lovligt?

Mvh
Priya Sundaram""")

M("te", """Til Jobcenter Ishøj

Jeg er rumæner og har arbejdet på byggepladser i Danmark i fire år. Firmaet har ikke betalt løn i to måneder, og nu er de væk. Jeg har ingen penge til husleje. Kan I hjælpe mig?

Ion Popescu""")

M("", """Kære Hanne Overgaard

Jeg har læst om, at kommunen vil ansætte flere tosprogede medarbejdere i ældreplejen. Det synes jeg er en god idé. Hvornår starter rekrutteringen?

Mvh
Birgit""")

M("bu", """Til formanden for Kultur- og Fritidsudvalget

Jeg er buddhist og medlem af Dansk Metal. Vores lille meditationsgruppe på arbejdspladsen vil gerne låne et lokale på biblioteket om aftenen. Kan vi det?

Venlig hilsen
Torben Ravn""")

M("t", """Kære borgmester

Jeg er født i Tyskland og har boet i Ishøj i 30 år. Jeg er blevet kaldt "tysker" på min arbejdsplads på en måde, der ikke er venlig. Det er ikke noget stort, men jeg ville bare fortælle det, fordi du talte om inklusion i din nytårstale.

Med venlig hilsen
Helga Schmidt""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvordan kan vores virksomhed få hjælp til at integrere medarbejdere med anden etnisk baggrund? Har I kurser for mellemledere?

Mvh
HR-chef, Ishøj Byg""")

M("be", """Til Ydelsescentret

Jeg er veganer af etiske grunde og har kontanthjælp. Jeg er blevet sendt i praktik på et slagteri. Jeg kan simpelthen ikke arbejde med døde dyr. Kan jeg få en anden praktik?

Hilsen
Emil Bang""")

M("te", """Hej

Jeg er fra Eritrea og har fået fleksjob. Men arbejdsgiveren siger, at jeg ikke taler godt nok dansk og vil stoppe. Min sagsbehandler siger, at det ikke er kommunens problem. Hvem skal jeg spørge?

Yonas""")

M("", """Hej

Er det sandt, at kommunen har ansat en imam som konsulent i jobcentret? Jeg har hørt det fra en nabo.

Hilsen
Kim""")

M("tb", """Til Ishøj Kommune

Jeg er en ung kvinde med iransk baggrund og er konverteret til kristendommen. Min familie har afvist mig, og jeg er bange. Jeg arbejder i kommunens børnehave og vil gerne, at min adresse skjules i personalesystemet, så familien ikke kan finde mig.

Med venlig hilsen
Shirin""")

M("tu", """Til udvalgsformand

Jeg er TR for 3F på en vaskerivirksomhed. Næsten alle vores medarbejdere er fra Østafrika, og de bliver dårligt behandlet af en formand. En af dem, Abdi, blev kaldt en racistisk ting i sidste uge. Vi vil gerne vide, om kommunen bruger virksomheden som leverandør.

Med venlig hilsen
Klaus Berg""")

M("", """Til borgerrådgiveren

Jeg vil gerne klage over, at Jobcenter Ishøj ikke har tolkning på arabisk til sine informationsmøder. Det er et generelt problem for mange i min boligforening.

Mvh
Beboerforeningen i Vejleåparken""")
