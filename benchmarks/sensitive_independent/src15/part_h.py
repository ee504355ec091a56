"""Part H: union members, political and religious convictions in casework mail; aktindsigt and meetings gone wrong."""
from common import M

M("eu", """
Til Jobcentret

Jeg er medlem af Det Faglige Hus, og de har bedt mig om at få en kopi af min jobplan og referatet fra samtalen den 2. maj, hvor jeg fik at vide at min kontanthjælp ville blive sanktioneret. Jeg beder hermed om aktindsigt i min sag.

Mvh
Kenneth Mørch
[[091192 3381]]
""")

M("u", """
Hej Borgerrådgiveren

Jeg er tillidsrepræsentant for HK'erne i en privat virksomhed i Ishøj, og en kollega har bedt mig hjælpe med en klage over Borgerservice. Kan jeg være bisidder for hende, når jeg ikke er advokat?

Mvh
Pia Laursen
""")

M("", """
Hej

Vi er fra 3F Ishøj-Vallensbæk og vil gerne høre om vi kan få lov at stå med en stand foran Jobcentret i uge 41 og fortælle om a-kasse.

Med venlig hilsen
3F Ishøj-Vallensbæk
""")

M("eu", """
Kære sagsbehandler

Jeg har fået besked fra min a-kasse, Krifa, om at de ikke kan udbetale dagpenge, fordi Jobcentret har registreret at jeg har afslået et job. Det har jeg ikke. Jeg sagde at jeg gerne ville have det, men at jeg skulle hente mine børn kl. 15, og kunne arbejdsgiveren rykke tiden. Jeg vil gerne høre optagelsen eller se notatet.

Mvh
Anne-Sofie Vang
""")

M("hue", """
Hej

Jeg er medlem af Dansk Socialrådgiverforening og arbejder som sagsbehandler i en nabokommune. Jeg er selv blevet sygemeldt med stress og har nu modtaget en indkaldelse til opfølgningssamtale hos jer. Jeg ved godt hvordan processen er, men jeg vil gerne have at mødet ikke holdes i samme bygning, hvor jeg har samarbejdspartnere. Er det muligt?

Mvh
Kirsten Bach
""")

M("", """
Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Hallen? Vi er en gruppe ledige, der gerne vil tale med flere forskellige.

Mvh
""")

M("eu", """
Til Ydelseskontoret

Jeg har meldt mig ud af FOA og a-kassen i januar, fordi jeg ikke havde råd til kontingentet efter min skilsmisse. Nu har jeg mistet mit job og har ikke ret til dagpenge. Kan jeg søge kontanthjælp, selv om min eksmand og jeg stadig ejer en bil sammen?

Mvh
Dorthe Winkel
""")

M("u", """
Kære Borgerrådgiver

Jeg er medlem af Dansk Metal og har i 20 år været fællestillidsrepræsentant på en virksomhed i Ishøj Erhvervspark. Jeg skriver fordi flere af vores kolleger oplever at Jobcentret er svært at få fat på, når de skal have løntilskudsaftaler godkendt. Er det noget I kan se på?

Mvh
Jan Kirkebæk
""")

M("", """
Hej

Er ASE en fagforening eller bare en a-kasse? Jeg skal vælge og min sagsbehandler sagde det ikke betød noget for jobcentret.

Mvh Nikolaj
""")

M("heu", """
Hej

Jeg er buschauffør og medlem af 3F. Jeg blev overfaldet af en passager i bussen i marts, og har siden haft angst og ikke kunnet køre. Min arbejdsgiver har nu opsagt mig. 3F hjælper mig med sagen mod arbejdsgiveren, men jeg skal bruge Jobcentrets hjælp til at komme videre. Jeg er på sygedagpenge.

Mvh
Tariq Mahmood
""")

M("", """
Til Jobcentret

Jeg er ikke medlem af nogen a-kasse eller fagforening, og vil gerne vide hvad der generelt gælder hvis man mister sit job og ikke er forsikret.

Tak
""")

M("u", """
Hej Pladsanvisningen

Jeg er pædagog og BUPL-tillidsrepræsentant i en af jeres institutioner. Jeg skriver som forælder: vores søn står på venteliste til Vuggestuen Tusindfryd, og jeg vil gerne vide om det kan give problemer, at jeg er ansat i netop den institution.

Mvh
Mette Kronborg
""")

M("ehu", """
Kære Center for Voksne og Velfærd

Jeg er medlem af Dansk Sygeplejeråd og arbejder på et hospice. Min far, der bor i Ishøj, har fået konstateret lungekræft med spredning. Jeg vil gerne vide hvordan jeg søger om plejevederlag, så jeg kan passe ham hjemme de sidste måneder.

Med venlig hilsen
Nanna Rye
""")

M("eu", """
Hej

Jeg er arbejdsløs tømrer, medlem af Blik- og Rørarbejderforbundet siden jeg var lærling, og har fået at vide af Jobcentret at jeg skal tage et job som pakkeriarbejder. Min fagforening siger jeg har ret til at søge inden for mit fag i de første 3 måneder. Hvem har ret?

Mvh
Lukas Pihl
""")

M("u", """
Hej

Kan Jobcentret stille lokaler til rådighed for et fagligt møde i regi af LO? Vi er nogle stykker fra forskellige forbund, der vil arrangere en temadag om arbejdsmiljø.

Mvh
""")

M("u", """
Kære Borgerrådgiveren

Jeg vil gerne klage over at en medarbejder i Borgerservice kommenterede min HK-badge og sagde "nå, så du er en af dem". Jeg er HK-medlem og stolt af det, men jeg synes ikke det var professionelt.

Med venlig hilsen
Gitte Sand
""")

M("b", """
Hej Borgerrådgiveren

Jeg er byrådskandidat for Enhedslisten og har haft en ubehagelig oplevelse i Borgerservice, hvor en medarbejder sagde at "I kommunister har jo nok hjælp fra jeres venner". Jeg kom for at få hjælp med mit pas. Jeg synes det bør registreres som en klage.

Mvh
Simon Fenger
""")

M("", """
Kære borgerrådgiver

Jeg synes det er en skandale at kommunen bruger penge på en borgerrådgiver, når der ikke er råd til flere pædagoger. Det er min politiske holdning, og jeg håber du giver den videre.

Mvh
""")

M("eb", """
Til Jobcentret

Jeg er pacifist og nægtede militærtjeneste da jeg var ung. Nu har I tilbudt mig en praktik på Flyvestation Værløse i kantinen, og jeg ønsker ikke at arbejde for Forsvaret. Kan jeg få en anden praktik, uden at min kontanthjælp bliver sanktioneret?

Mvh
Mikael Rønne
""")

M("b", """
Hej

Jeg var valgtilforordnet ved sidste folketingsvalg for Socialdemokratiet og har fået en regning for kørselsgodtgørelse der er forkert. Hvem skal jeg kontakte?

Mvh
Henning Vind
""")

M("", """
Hej

Hvornår skal man tilmelde sig som valgtilforordnet til kommunalvalget, og kan man være det uden at være medlem af et parti?

Mvh
""")

M("eb", """
Kære sagsbehandler

Jeg har fået et tilbud om aktivering hos en kristen genbrugsbutik, hvor man starter dagen med bøn. Jeg er muslim og vil gerne arbejde, men ikke deltage i bønnen. Jeg er på kontanthjælp og bange for at miste den hvis jeg siger nej.

Mvh
Hamza Ahmadi
""")

M("", """
Hej Jobcentret

Tilbyder I praktik i trossamfund, fx menighedsråd eller moskéforeninger? Jeg er praktikvejleder og vil gerne vide, om det er tilladt.

Mvh
Rasmus, Ishøj Frivilligcenter
""")

M("ehb", """
Til Center for Voksne og Velfærd

Min kone er Jehovas Vidne og ligger nu på plejehjem med demens. Menigheden vil gerne komme og besøge hende og læse op fra Bibelen, men personalet har sagt at der ikke må komme "religiøse grupper". Hun har selv altid ønsket det. Kan det ændres?

Med venlig hilsen
Leif Bendixen
""")

M("b", """
Kære Borgerrådgiver

Jeg er medlem af Dansk Folkeparti og sidder i vores lokale bestyrelse. Da jeg kom til Borgerservice, spurgte medarbejderen om jeg var "ham fra DF", og behandlede mig uvenligt. Jeg vil gerne klage over det.

Mvh
Per Agerskov
""")

M("", """
Hej

Vi er en gruppe fra Ishøj Kirke, der gerne vil tilbyde gratis lektiehjælp i Jobcentrets lokaler om aftenen. Er det muligt?

Mvh
Menighedsrådet
""")

M("eb", """
Til Ydelseskontoret

Jeg har søgt om hjælp til begravelsen af min mand og fået afslag, fordi "kommunen kun dækker en simpel begravelse". Vi er sikher og han skal kremeres efter vores ritualer, hvilket kræver et særligt lokale. Jeg er på folkepension og har ingen opsparing.

Mvh
Harjit Kaur
""")

M("", """
Hej

Hvor meget giver kommunen til begravelseshjælp? Jeg er bedemand og skal vejlede en familie.

Mvh
Jens, Ishøj Begravelsesforretning
""")

M("ehb", """
Hej

Jeg er buddhist og mediterer dagligt. Det har hjulpet mig meget med min angst. I mit ressourceforløb vil min mentor have at jeg skal tage medicin i stedet. Jeg synes ikke hun respekterer mit valg. Kan jeg få en anden mentor?

Mvh
Sara Lindqvist
""")

M("e", """
Hej Borgerrådgiver

Jeg har bedt Jobcentret om aktindsigt i min sag, men det de sendte var næsten helt overstreget. Jeg ved at der er et notat om et møde om min ressourceforløbsplan, som jeg aldrig har set. Kan I hjælpe mig med at få det?

Mvh
Claus Bøgh
""")

M("", """
Kære Borgerrådgiver

Hvad er reglerne for aktindsigt? Hvor hurtigt skal kommunen svare?

Mvh
""")

M("eh", """
Til Center for Voksne og Velfærd

Mødet om min søns § 107-botilbud gik helt galt. Der var ingen tolk, ingen dagsorden, og sagsbehandleren sagde at hans skizofreni "jo ikke var så slem længere", så han ikke behøvede tilbuddet. Han blev meget vred og gik. Jeg vil gerne have et nyt møde med en anden medarbejder.

Venlig hilsen
Gordana Petrović
""")

M("", """
Hej

Kan man have sin fagforening med som bisidder til et møde i kommunen, eller skal det være en advokat? Generelt spørgsmål.

Vh
""")

M("eu", """
Hej Ydelseskontoret

Jeg skal bruge et brev der viser hvornår jeg var på kontanthjælp, fordi jeg lige er blevet medlem af HK, og de skal bruge dokumentation før jeg kan komme ind i a-kassen. Kan I sende det?

Mvh
Josefine Lauritzen
cpr [[290398–4102]]
""")

M("eu", """
Til Jobcentret

Jeg er ledig ingeniør og medlem af IDA. Jeg har været til samtale hos jer, hvor rådgiveren foreslog mig et job som lagerarbejder. Jeg vil gerne have at nogen med kendskab til akademikere vejleder mig. Kan jeg få en anden rådgiver?

Mvh
Peter Holmsgaard
""")

M("u", """
Kære Borgerrådgiveren

Jeg er leder i en børnehave og medlem af Lederne. Jeg har gentagne gange klaget over at Pladsanvisningen ikke svarer forældre. Jeg ved godt det ikke er jer der skal tage sig af personalesager, men det her er et problem for borgerne.

Mvh
Susanne Frisk
""")

M("", """
Hej

Hvad koster det at være medlem af Djøf, og hvad får man for det? Er der nogen i kommunen der kan vejlede om valg af a-kasse?

Mvh
""")

M("hu", """
Til Jobcentret

Jeg er medlem af Djøf og blev sygemeldt med en hjernerystelse efter en cykelulykke. Nu er jeg klar til at starte på 15 timer om ugen, og min læge har udfyldt en mulighedserklæring. Hvordan aftaler jeg en delvis raskmelding med jer?

Mvh
Christoffer Lund
""")
