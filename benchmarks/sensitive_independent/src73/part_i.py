"""corpus73, part I: more CPR numbers and union members, mixed mails and quoted chains."""
from common import M

M("he", """
Hej

Jeg sender lige mit personnummer igen, da I skriver at I ikke kan finde min ansøgning om støttestrømper: [[1704581912]]

Jeg har lymfødem efter brystkræft.

Birthe
""")

M("heu", """
Den 4. dec. 2024 kl. 10.02 skrev Jobcenter Ishøj:
> Du er indkaldt til opfølgningssamtale. Medbring venligst dit personnummer.

Hej. Jeg kan ikke komme på torsdag, jeg skal til scanning på Herlev for min ryg. Min FOA-konsulent vil gerne deltage næste gang. Mit cpr er [[290375\u00a01068]].

Vh Connie Bak
""")

M("u", """
hej er i HK og vil bare høre om rådhusets kantine er åben for ansatte fra andre arbejdspladser. mvh Tanja
""")

M("hu", """
Til hovedpostkassen

Jeg er medlem af Serviceforbundet og ansat som rengøringsassistent på en af kommunens skoler. Jeg har fået eksem af det nye rengøringsmiddel, og min læge har skrevet det som arbejdsbetinget. Hvem skal jeg anmelde det til?

Venlig hilsen
Gülşen Arslan
""")

M("e", """
Hej Borgerservice

Min mor Edith Madsen, cpr [[050931-0446]], er flyttet på plejehjemmet Ishøjhave. Hendes folkepension skal ikke længere gå til den gamle konto. Jeg har fuldmagt, vedlagt.

Min egen cpr: [[220762–2917]]

Venlig hilsen
Hans Madsen
""")

M("", """
Hej

Jeg har fået et brev med referencenummer 1011960458, men jeg kan ikke se hvad det drejer sig om. Det er fra Ishøj Kommune, vej og park. Har det noget med snerydning at gøre?

Mvh
Lise
""")

M("ue", """
Til Center for Beskæftigelse og Erhverv

Jeg er blevet opsagt efter 11 år som ufaglært på Ishøj Havn. Jeg er medlem af 3F og har meldt mig ledig. Jeg vil gerne i gang med et AMU-kursus som truckfører. Kan jobcentret betale?

Med venlig hilsen
Jesper Holm
[[130172-1623]]
""")

M("hu", """
Hej

er pædagogmedhjælper og i FOA. har fået høreskade efter alle de år med larm i vuggestuen og nu skal jeg have høreapparat. min fagforening siger det er en arbejdsskade. er der nogen der kan hjælpe med papirerne i kommunen

Sanne L
""")

M("he", """
Til borgerrådgiveren

Jeg har klaget over afslag på kørsel til genoptræning efter min knæoperation. Kommunen har brugt 9 uger på at svare.

Gert Nielsen
CPR-nr.: [[111151-1275]]
""")

M("tu", """
Hej,

Jeg er fra Rumænien og arbejder i byggeriet. Jeg er medlem af BJMF (Blik og Rør). Jeg vil gerne vide, hvordan jeg kan få et sygesikringskort i Ishøj. Jeg har boet her i 2 måneder.

Mvh
Ionut Popescu
""")

M("", """
Hej

I skriver, at vores aftalenummer 1904650017 er udløbet. Det drejer sig om lejen af kommunens grønne areal til vores havefest. Kan vi forny?

Mvh
Vejlaget Engvej
""")

M("u", """
Kære borgmester

Som mangeårigt medlem af Djøf og tidligere TR i staten vil jeg gerne foreslå, at kommunen laver et seniorråd for tidligere ansatte. Vi har meget erfaring at give.

Med venlig hilsen
Ebbe Lindholm
""")

M("hbe", """
Hej

Jeg er imam og arbejder frivilligt med ældre i Ishøj. En af mine menighed, en ældre mand på 80 i Vejleåparken, har fået konstateret kræft. Han har ingen familie, og hjemmeplejen kommer kun én gang om dagen. Han har brug for mere hjælp.

Med venlig hilsen
Imam Khalid Rahman
""")

M("hu", """
Hej

Jeg er TR for IDA-medlemmerne på et ingeniørfirma i Ishøj og vil høre om kommunens sundhedstjek for virksomheder. En af vores kolleger har fået konstateret for højt blodtryk ved det sidste tjek og blev sendt til lægen. Kan vi få en opfølgning?

Mvh
Peter Laursen
""")

M("she", """
Hej

Jeg er bøsse og lever med min mand Frank i Ishøj. Jeg har fået en blodprop i hjernen og har fået bevilget en rollator og et toiletforhøjer. Men toiletforhøjeren passer ikke. Kan jeg bytte?

Mvh
Leif Bruun
[[091249-1734]]
""")

M("h", """
Hej

Mit cpr er [[180600-4213]]. Jeg er 24 og har lige fået diagnosen Crohns sygdom. Jeg vil gerne vide, om kommunen har et tilbud om kostvejledning.

Mvh
Emil
""")

M("", """
Hej

Jeg vil gerne betale en regning via netbank, men der står kun et kontonummer: 9570-0510198211. Er det rigtigt?

Mvh
Hanne
""")

M("et", """
Hej

min datter født [[010117-4890]] har fået bevilget specialbørnehave men vi er fra Ukraine og hun taler kun ukrainsk. Hvordan skal hun lære dansk der?

Olena
""")

M("hu", """
Hej Lotte

Jeg er tillidsrepræsentant for BUPL i en institution i Ishøj. Vi har haft tre kolleger sygemeldt med lungebetændelse på samme tid, og ventilationen er dårlig. Kan kommunen undersøge det?

Mvh
Dorte Kaas
""")

M("hue", """
Til Center for Beskæftigelse og Erhverv

Jeg er i Lederne og har været sygemeldt i 6 måneder med en hjernerystelse efter et fald. Nu skal jeg have et jobafklaringsforløb. Jeg har fået indkaldelse til mødet, men jeg kan ikke tåle skærmlys. Kan mødet holdes i telefonen?

Med venlig hilsen
Jens Hørup
[[260880 1449]]
""")

M("hb", """
Kære udvalgsformand

Jeg går i kirke hver søndag i Ishøj Kirke, men efter min hofteoperation kan jeg ikke gå den korte vej fra busstoppestedet. Kan man ikke flytte stoppestedet tættere på kirken?

Med venlig hilsen
Asta Kronborg
""")

M("he", """
Til Center for Voksne og Velfærd

Ref. jeres brev af 2. oktober om egenbetaling for madservice. Min far Villy Jeppesen, [[070227\u00a00315]], har fået maden siden sin amputation i foråret. Han har ikke fået regningerne, fordi de går til en gammel e-Boks. Jeg har fuldmagt.

Mvh
Susanne Jeppesen
""")

M("bp", """
Hej Jens

Jeg er medlem af Konservative og har stemt på dig. Min kone og jeg har fundet en grund i Torslunde og har givet et bud. Kan du sige noget om hvornår den nye lokalplan for området bliver vedtaget? Sælger venter på vores svar.

Mvh
Hans Juul
""")

M("ht", """
Hej

Min farmor er fra Indonesien og kom til Danmark i 1970. Hun er nu 90 og har grå stær på begge øjne og skal opereres. Hun glemmer sit danske. Kan kommunen finde en tolk på indonesisk til forundersøgelsen?

Mvh
Maja Winther
""")

M("e", """
Til Borgerservice

Jeg er gået fra min mand og bor nu på krisecenter med mine to børn. Jeg skal have en ny adresse og vil søge om boligstøtte og et lån til depositum. Hvordan gør jeg, uden at min mand kan finde adressen?

(Mit navn ønsker jeg ikke at skrive her)
""")

M("hs", """
Hej

Min kæreste Mads og jeg (Jonas) bor sammen, og Mads er blevet diagnosticeret med bipolar lidelse. Han har fået en psykiater, men jeg har brug for en pårørendegruppe for mænd. Findes der noget i Ishøj?

Jonas
""")

M("ep", """
Hej

Jeg er på dagpenge og har et lille hus i Ishøj Landsby. Jeg har fået et bud fra en køber, og jeg vil høre om det påvirker mine dagpenge, når huset er solgt og jeg har pengene i banken.

Hilsen
Jacob Hald
[[160783-1170]]
""")

M("tb", """
Til Kultur- og Fritidsudvalget

Jeg er sikh, født i Punjab, og vil gerne invitere udvalget til vores langar, hvor vi serverer gratis mad for alle i vores gurdwara i Hvidovre. Vi håber at kunne lave det samme i Ishøj.

Med venlig hilsen
Gurpreet Kaur
""")

M("hbs", """
Kære borgerrådgiver

Jeg er lesbisk og har været medlem af Pinsekirken i 20 år. Da jeg fortalte at jeg har fået en depression, sagde præsten at det var "Guds straf". Kirken låner kommunens sal om onsdagen. Kan kommunen sige noget?

Anonym
""")

M("eu", """
Hej

Jeg er i 3F og har fået en bøde for at køre i en lastbil med forkert tachograf. Jeg har ikke råd til at betale 12.000 kr. nu, jeg har en gæld på 80.000 i forvejen. Kan kommunen hjælpe med en afdragsordning?

Mvh
Ronni
""")

M("ht", """
Hej kommune

Min mand er fra Ghana og har fået sukkersyge. Han spiser vores traditionelle mad, og lægen siger det er for meget stivelse. Har Sundhedshuset en diætist der kender afrikansk mad?

Venlig hilsen
Lotte Mensah
""")

M("ebt", """
Til Center for Børn og Forebyggelse

Vi er en eritreisk familie, og vi er ortodokse kristne. Vi faster i 55 dage før påske og spiser ikke kød. Vores søn har friplads i SFO, og vi vil gerne have vegansk mad til ham i fasten.

Med venlig hilsen
Yonas Tesfamariam
""")

M("hu", """
Hej

Jeg er medlem af Dansk Sygeplejeråd og arbejder i hjemmesygeplejen i Ishøj. Jeg er selv gravid i 7. måned og må ikke løfte. Min leder vil have mig til at løfte borgere alligevel. Hvem skal jeg tale med?

Vh Camilla
""")

M("hs", """
Hej

Jeg er homoseksuel og er lige blevet udskrevet fra psykiatrisk afdeling efter et selvmordsforsøg. Min psykiater siger at kommunen har en mentorordning. Hvem skal jeg kontakte?

J.
""")

M("het", """
Hej

min svigerfar er fra Tyrkiet og taler kun kurdisk. han har fået ny hofte og skal have genoptræning i kommunen, som er bevilget. men genoptræneren taler kun dansk. kan vi få en tolk

mvh Serkan
[[250580-1891]]
""")
