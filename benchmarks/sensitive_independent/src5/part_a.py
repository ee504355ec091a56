"""Part A: Jobcenter, Ydelsescenter, a-kasser and fagforeninger."""
from common import M

M("e", """
Hej

Jeg har været ledig siden februar og er indkaldt til samtale på Jobcentret torsdag kl. 10. Samme dag har jeg fået tilbudt en prøvedag hos et tømrerfirma i Greve, og den vil jeg nødig sige nej til.

Kan samtalen flyttes til fredag eller mandag?

Mvh
Kasper Lund
""")

M("eu", """
Til Jobcentret

Min a-kasse i 3F siger, at de ikke kan udbetale mine dagpenge for april, før de har fået "min plan" fra jer. Jeg har ikke fået nogen plan, kun et brev om at jeg skulle booke et møde. Hvem af jer er det, der skal gøre noget?

Venlig hilsen
Brian Kjærgaard
Vejlebrovej 41, 2635 Ishøj
""")

M("he", """
Kære sagsbehandler

Tak for brevet om opfølgningssamtalen. Jeg vil bare gøre opmærksom på, at jeg fik en ny hofte i marts og stadig ikke kan stå op i mere end en halv time ad gangen. Min læge mener, at jeg tidligst kan starte op på nedsat tid efter sommerferien.

Kan samtalen foregå over telefonen? Det er svært for mig at komme ind til Jobcentret med bussen lige nu, og jeg er nervøs for at mine sygedagpenge stopper, hvis jeg ikke møder op.

Med venlig hilsen
Grethe Svendsen
""")

M("", """
Hej

Jeg har set jeres stillingsopslag som sagsbehandler i Ydelsescenteret (ansøgningsfrist 14. maj). Er det et krav, at man har erfaring med kontanthjælpsområdet, eller kan man komme i betragtning med en baggrund fra en a-kasse?

Mvh
Louise Brandt
""")

M("", """
Hej Jobcentret

Vi sad og diskuterede det i frokostpausen på arbejdet i går, og ingen kunne svare: Hvad sker der egentlig, hvis man bliver syg, mens man er i et løntilskudsjob? Får man så løn fra arbejdspladsen eller sygedagpenge fra kommunen? Det er bare et generelt spørgsmål, ingen af os er i løntilskud.

Hilsen
Tobias
""")

M("u", """
Kære Hanne Sørensen, formand for Børne- og Skoleudvalget

Jeg er tillidsrepræsentant for medhjælperne i Børnehuset Søstjernen og vil gerne invitere dig på besøg en morgen mellem 7 og 8, hvor vi er tre voksne til 38 børn. Jeg tror, det vil give et bedre billede af normeringen end tallene i budgetbilaget.

Venlig hilsen
Ditte Holm
""")

M("e", """
Til Ydelsescenteret

Vi kan ikke betale regningerne denne måned. Min mand har mistet jobbet på lageret i Brøndby, og hans sidste løn kommer den 31. Vi har to børn på 4 og 9 år, og huslejen er på 9.850 kr. Jeg tjener ikke nok alene til at klare det.

Hvad kan vi søge om, og hvor hurtigt kan I behandle det?

Mvh
Sabrina Olsen
""")

M("he", """
Hej

Jeg vil gerne søge om hjælp til en tandlægeregning på 8.400 kr. Jeg har haft en betændt tand i flere uger og tandlægen siger den skal rodbehandles og have en krone. Jeg er på kontanthjælp og har ingen opsparing.

Tandlægens overslag er vedhæftet.

cpr [[1403823317]]

Venlig hilsen
Mikael Thorsen
""")

M("", """
Hej,

Kan I bekræfte at 3F's informationsmøde om dimittendsatsen stadig bliver holdt i mødelokale 2 på Jobcentret den 3. oktober kl. 16? Jeg skal have det med i vores nyhedsbrev på ungdomsuddannelsen.

Mvh Camilla, studievejleder
""")

M("eu", """
Hej

I jeres brev står der, at jeg skal kontakte min a-kasse om mine rettigheder. Jeg var medlem af Krifa indtil sidste forår, men meldte mig ud, da jeg fik fast job. Nu er jeg så blevet opsagt pr. 1. juni. Hvem skal jeg kontakte, når jeg ikke har nogen a-kasse længere?

Mvh
Rikke Vestergaard
""")

M("be", """
Hej min kontaktperson på jobcentret

Jeg er i virksomhedspraktik i et supermarked gennem jer. Jeg er muslim og beder middagsbønnen, det tager ca. 10 minutter. Butikschefen siger, at jeg ikke må holde en pause til det, kun den faste frokostpause kl. 12. Kan I hjælpe med at finde en løsning, så jeg ikke mister min praktik?

Med venlig hilsen
Yusuf A.
""")

M("", """
Kære Jobcenter

I Ishøj Avis stod der i sidste uge, at ledigheden i kommunen er faldet til 3,9 procent. Findes tallene fordelt på aldersgrupper og uddannelse? Jeg skal bruge dem til en opgave på HF.

Venlig hilsen
Nikoline Dam
""")

M("e", """
Hej

Jeg lever af min SU og har et lille job i en bager om lørdagen, men jeg er kommet 2 måneder bagud med huslejen fordi min køleskab og vaskemaskine gik i stykker samtidig. Boligselskabet har sendt et rykkerbrev. Kan man få et lån eller en enkeltydelse hos jer?

mvh Sofie, 22 år
""")

M("te", """
Til min sagsbehandler, Jobcenter Ishøj

Jeg kom til Danmark fra Eritrea i 2016 sammen med min bror. Jeg har bestået Dansk 2 men jeg vil gerne have en uddannelse som SOSU-hjælper i stedet for det rengøringsjob, I har foreslået. Kan jeg få lov til at starte på grundforløbet mens jeg er på selvforsørgelses- og hjemrejseydelse?

Venlig hilsen
Senait Tesfay
""")

M("u", """
Hej

Jeg er medlem af Dansk Metal og sidder i afdelingens ungdomsudvalg på Vestegnen. Vi vil gerne høre, om kommunen har en fast kontaktperson i virksomhedsservice, som vi kan invitere til et møde om voksenlærlinge i industrien.

Mvh
Jeppe Nørgaard
""")

M("heu", """
Hej

Jeg faldt ned fra en stige på arbejdet for tre uger siden og brækkede håndleddet to steder. Jeg er opereret og har skinne på til midten af næste måned. FOA hjælper mig med arbejdsskadesagen, men de siger at jeg selv skal søge sygedagpenge hos kommunen, fordi min arbejdsgiver kun betaler de første 30 dage.

Hvor finder jeg skemaet?

Med venlig hilsen
Anne-Mette Kristoffersen
""")

M("", """
Hej SFO Strandgården

Jeg arbejder som bogholder hos Dansk Metal i Glostrup og har fået nye mødetider fra august, hvor jeg skal møde kl. 7.30. Er der morgenåbning i SFO'en fra kl. 6.30, og skal man tilmelde sig særskilt?

Mvh
Thomas Bech (far til Viggo, 1.b)
""")

M("he", """
Til Jobcentret, att. Lars

Min søn på 8 år er i udredning på børne- og ungdomspsykiatrien i Glostrup, og vi er til samtaler der hver tirsdag formiddag resten af foråret. Det kolliderer med mit aktiveringsforløb, som ligger tirsdag og torsdag. Kan jeg få lov at møde ind onsdag i stedet?

Venlig hilsen
Jeanette Mortensen
""")

M("he", """
Hej

Jeg blev visiteret til fleksjob i januar pga. min ryg (to diskusprolapser). Nu har jeg fundet en arbejdsgiver, men han vil kun give mig 8 timer om ugen, selvom min arbejdsevne er vurderet til 15. Kan Jobcentret tale med ham om det?

Mvh Henrik Gammelgaard
""")

M("", """
Hej

Jeg overvejer at starte mit eget firma som maler næste år. Kan man generelt få dagpenge, hvis man som selvstændig må lukke firmaet igen? Jeg vil gerne kende reglerne, før jeg springer ud i det.

Mvh
Jonas Frederiksen
""")

M("e", """
Hej Ydelsescenteret

Jeg har ikke fået min kontanthjælp for juni endnu. Den plejer at komme den sidste hverdag i måneden. Mit personnummer er [[250591-1234]]. Kan I undersøge det? Jeg skal betale husleje på mandag.

Carina Petersen
""")

M("s", """
Kære Erhvervsservice

Min mand Anders og jeg har i foråret overtaget en lille frokostrestaurant ved Ishøj Havn. Vi vil gerne tage en elev eller en person i praktik fra efteråret. Hvordan kommer vi i gang med det, og hvem er vores kontaktperson?

Med venlig hilsen
Mikkel Rasmussen
Havnens Smørrebrød ApS
""")

M("t", """
Hej

Jeg er fra Polen og har arbejdet som elektriker i Danmark i 12 år. Mit danske er godt nok til hverdagen, men jeg vil gerne blive bedre til det skriftlige, så jeg kan tage en mesterprøve. Kan jeg få et kursus i fagdansk gennem jer, selvom jeg er i arbejde?

Pozdrawiam / venlig hilsen
Piotr Zieliński
""")

M("", """
Hej

Jeg fik et brev fra jer i dag om min datters praktik i 9. klasse, men det var skrevet på engelsk. Kan jeg få det på dansk? Vi taler kun dansk herhjemme og hun forstår ikke alle ordene.

Mvh
Pia Hermansen
""")

M("b", """
Kære Kim Andersen

Som medlem af Enhedslisten gennem 20 år vil jeg opfordre dig og dit parti til at stemme imod forslaget om at lægge Jobcentrets åbne rådgivning sammen med Borgerservice. Det er de svageste ledige, der kommer til at betale prisen.

Solidariske hilsner
Bodil Winther
""")

M("", """
Kære Birgitte (V)

Hvorfor holder Jobcentret lukket for personlig henvendelse fredag eftermiddag? Mange af os, der arbejder på skiftehold, har kun fri der. Det må kunne gøres bedre.

Venlig hilsen
Ole Bang
""")

M("eu", """
Hej igen

Tak for svaret, men I har vist misforstået mig. Jeg er stadig medlem af FOA's a-kasse, og det er dem, der udbetaler mine supplerende dagpenge. Jeg skal bare have jer til at bekræfte mine timer i løntilskudsjobbet.

Mvh Lone

-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Sendt: 12. marts 2025 09:14
Emne: SV: Timer

Kære Lone
Vi kan se, at du ikke er tilmeldt en a-kasse. Du bedes derfor kontakte Ydelsescenteret om kontanthjælp.
Venlig hilsen
Jobcenter Ishøj
""")

M("heu", """
Hej

Jeg har været sygemeldt med stress siden januar. Min fagforening, HK, har rådet mig til at bede om en rundbordssamtale med min arbejdsgiver og jer. Hvem skal jeg henvende mig til?

Med venlig hilsen
Marianne Skov
""")

M("e", """
Hej

Fogeden var her i går på grund af min gæld til Gældsstyrelsen. Han sagde at jeg kunne få hjælp til at lægge et budget hos kommunen. Er det rigtigt, og hvor skal jeg ringe?

Mvh
Dennis
""")

M("pe", """
Kære Ydelsescenter

Vi er nødt til at sælge vores rækkehus på Tranegilde Strandvej, fordi min mand har mistet jobbet. Ejendomsmægleren har fået et bud, men køberen har taget forbehold for at banken godkender finansieringen. Har det betydning for vores ansøgning om hjælp til huslejen til den nye lejlighed, at vi måske ikke får solgt før om et par måneder?

Venlig hilsen
Tina og Søren Mikkelsen
""")

M("", """
Hej

Jeg skal holde et oplæg om fagbevægelsens historie for 9. klasserne på Vibeholmskolen i uge 41. Har Jobcentret eller Byarkivet gamle plakater fra 1. maj-møderne i Ishøj, som vi må låne? Det kan også være kopier.

Venlig hilsen
Helle Winther, lærer
""")

M("", """
Kære Jobcenter

Vil I stille med en repræsentant til jobmessen i Ishøj Bycenter den 12. oktober? HK, 3F og FOA har allerede sagt ja til at have en stand, og vi regner med ca. 400 besøgende.

Med venlig hilsen
Ishøj Handelsstandsforening
v/ Morten Kjær
""")

M("u", """
Hej

Jeg læser jura på 4. semester og er medlem af Djøf. Har kommunen studiejob i Borgerservice eller i Juridisk afdeling? Jeg kan arbejde 15 timer om ugen.

Mvh
Amalie Steen
""")

M("", """
Hej

Jeg arbejder som sygeplejerske på Hvidovre Hospital og har skiftende vagter. Jeg vil høre om der er mulighed for udvidet åbningstid i børnehaven fra kl. 6.15, eller om det kun er nogle af institutionerne der har det?

Venlig hilsen
Maja Lindholm
""")

M("he", """
Kære Jobcenter

Min kone fik i februar at vide, at hun har kræft i brystet, og hun skal i kemo hver anden uge frem til august. Jeg er gået ned til 20 timer på mit arbejde for at køre hende og passe vores yngste. Kan jeg få kompensation for den løn, jeg mister? Jeg har hørt om plejevederlag, men ved ikke om det gælder os.

Venlig hilsen
Per Johansen
""")

M("te", """
Hej

Min far er tyrkisk og har kun boet i Danmark siden han var 40. Han taler ikke så godt dansk. Han er indkaldt til en samtale om sin kontanthjælp næste uge, og jeg vil gerne med som bisidder og hjælpe med at oversætte. Skal jeg have en fuldmagt fra ham?

Mvh
Emre Yıldız
""")

M("", """
Hej

Hvad er satserne for kontanthjælp i 2025 for en enlig over 30 år uden børn? Jeg kan ikke finde dem på hjemmesiden, kun for 2024.

Mvh Bo
""")

M("e", """
Kære Jobcenter

Jeg er i ressourceforløb, og min koordinerende sagsbehandler Susanne er gået på barsel. Jeg har ikke hørt fra nogen i seks uger og ved ikke, om mit næste møde med rehabiliteringsteamet stadig er den 2. september. Hvem har overtaget min sag?

Mvh
Camilla Frost
""")

M("be", """
Hej

Jeg kan desværre ikke deltage i jobcentrets CV-workshop fredag eftermiddag. Jeg er syvendedagsadventist og holder sabbat fra solnedgang fredag. Jeg deltager gerne i holdet om mandagen i stedet, hvis der er plads.

Venlig hilsen
Ruth Madsen
""")

M("u", """
Kære borgmester

Jeg skriver som fællestillidsrepræsentant for HK'erne på rådhuset. Flere af vores medlemmer er bekymrede over, at kantinen lukker i den nye budgetaftale. Vi vil gerne have et møde med dig inden budgetforhandlingerne afsluttes.

Venlig hilsen
Susanne Lauridsen
""")

M("", """
Hej

Vores ældreklub har lejet FOA's mødesal i Glostrup til en foredragsaften den 20. november. Kan kommunen hjælpe med kørsel derhen for de medlemmer, der ikke selv kan køre? Vi er ca. 25.

Mvh
Inger, Klub 60+ Ishøj Landsby
""")

M("e", """
har ik fået min kontanhjælp endnu?? det er 3 dag nu og jeg har ringet 2 gange uden at komme igennem. kan nogen ringe mig op på 28 14 66 05

jannik
""")

M("se", """
Hej

Min mand Jonas og jeg er gået fra hinanden efter seks år, og jeg er flyttet ud af vores fælles lejlighed. Jeg skal nu betale for et værelse ved siden af huslejen, indtil lejligheden er opsagt, og min løn rækker ikke til begge dele i tre måneder. Kan jeg søge om hjælp til dobbelt husleje?

Venlig hilsen
Rasmus Holt
""")

M("", """
Hej

Jeg overvejer at flytte til Malmö og pendle til mit arbejde i København. Hvad sker der generelt med sygesikring, a-kasse og børnepenge, når man bor i Sverige og arbejder i Danmark? Er der et sted jeg kan læse om det?

Mvh
Anders Kofoed
""")

M("he", """
Kære Jobcenter Ishøj

Jeg fik en blodprop i hjertet i januar og har fået lagt to stents. Jeg er ved at komme til kræfter igen og går til genoptræning i Sundhedshuset to gange om ugen. Jeg har fået indkaldelse til opfølgningssamtale om mine sygedagpenge den 14., men det er samme tid som min træning. Kan vi finde et andet tidspunkt?

Med venlig hilsen
Kurt Hansen
""")

M("", """
Hej

Kan I bekræfte, at jeres brev med journalnr. 27.12.04-P20-1-24 er sendt? Jeg har ikke fået noget i e-Boks, og fristen i sagen er ifølge jeres sms den 30.

Mvh
Rolf Kragh
""")

M("tu", """
Kære Teknik- og Miljøudvalg

Jeg er 3F-tillidsrepræsentant på byggepladsen ved Strandparken og selv polsk, ligesom de fleste af mine kolleger. Vi har i ugevis holdt frokost i bilerne, fordi skurvognene er væk. Kan kommunen som bygherre sørge for, at entreprenøren overholder reglerne?

Med venlig hilsen
Tomasz Wójcik
""")

M("b", """
Kære Jens Peter

Jeg stemte på Moderaterne ved sidste valg, men jeg er dybt skuffet over jeres stemme om Jobcentrets nye opdeling. Jeg håber, du vil genoverveje din holdning, før sagen kommer i byrådet igen.

Mvh
Kirsten Holme
""")

M("", """
Hej

Mit amatørteaterhold øver på et stykke om en mand, der mister sit job, kommer i gæld og ender på gaden. Vi vil gerne låne scenen i Ishøj Teater til en generalprøve i marts. Hvem skal vi kontakte?

Hilsen
Allan, Teatergruppen Strandbyen
""")

M("he", """
Hej

Jeg er døv og skal til samtale om min dagpengeret på Jobcentret næste onsdag kl. 13. Jeg har brug for en tegnsprogstolk. Bestiller I tolken, eller skal jeg selv gøre det?

Venlig hilsen
Mette Rask (kontakt mig gerne på sms: 61 22 90 47)
""")

M("", """
Hej

Jeg har et kundenummer hos jer fra dengang jeg lejede en kolonihave, 1209874410. Gælder det også, når jeg skal betale for en ny beholder til haveaffald, eller skal jeg oprettes igen?

Mvh Lisbeth
""")

M("hu", """
Hej Jobcentret

Jeg er lærer og medlem af Danmarks Lærerforening. Efter min skulderoperation i november er jeg startet op på delvis raskmelding med 12 timer. Min kreds har bedt mig sikre mig, at I har fået den nye mulighedserklæring fra min læge. Har I det?

Mvh
Birgit Kaas
""")
