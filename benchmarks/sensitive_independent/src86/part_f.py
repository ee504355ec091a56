"""corpus86 part F: union membership and TR roles, long signatures and
out-of-office notices; union staff, ASE and job-fair questions as negatives."""
from common import M

M("u", """
Emne: SV: Høring om ny vagtplan i hjemmeplejen

Hej Gitte

Tak for høringsmaterialet. Jeg svarer som FOA-tillidsrepræsentant for
aftenvagterne i Distrikt Syd: vi kan ikke acceptere, at weekendvagterne bliver 12
timer lange uden at MED-udvalget har behandlet det.

Med venlig hilsen

Lisbeth Frandsen
Social- og sundhedshjælper, Distrikt Syd
Tillidsrepræsentant (FOA)
Tlf. 43 57 71 12 | Mobil 28 19 55 60

> Fra: Gitte Holm, leder af hjemmeplejen
> Vedhæftet: udkast til ny vagtplan. Bemærkninger senest 20. november.
""")

M("", """
Hej Gitte

Tak for udkastet til vagtplanen. Jeg har ingen bemærkninger, men kan du bekræfte, at
den træder i kraft 1. januar og ikke 1. februar som skrevet i bilaget?

Hilsen
Rikke, sygeplejerske, Distrikt Nord
""")

M("ue", """
Til Jobcenter Ishøj

Jeg har fået jeres brev om, at jeg skal møde til CV-samtale. Jeg er blevet opsagt fra
Dansk Supermarked efter 15 år og er medlem af HK's a-kasse, som har sagt, at de tager
den første samtale. Skal jeg alligevel komme hos jer?

Venlig hilsen
Connie Ravn
""")

M("e", """
Til Jobcenter Ishøj

Jeg er blevet ledig og er meldt ind i ASE. De siger, jeg skal have en samtale hos jer
inden for de første uger. Hvornår bliver jeg indkaldt?

Mvh Peter Lind
""")

M("u", """
Kære Erhvervs- og Beskæftigelsesudvalget

Jeg er medlem af Dansk Metal og har været lærling hos et firma i Ishøj Erhvervspark. De
har snydt mig for løn i tre måneder. Metal er i gang med sagen, men jeg vil gerne høre,
om kommunen stadig bruger firmaet til opgaver.

Mvh Oscar Pind
""")

M("", """
Hej Erhvervsservice

Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter den 2. december? Vi er en
gruppe elever fra 10. klasse, der gerne vil vide noget om lærepladser.

Hilsen 10.B, Ishøj Ungdomsskole
""")

M("", """
Kære Erhvervs- og Beskæftigelsesudvalg

Jeg skriver som faglig sekretær i 3F Vestegnen. Vi har fået flere henvendelser om
arbejdsmiljøet på byggepladsen ved Ishøj Station. Kan kommunen som bygherre stille
krav om skurvogne og toiletter?

Med venlig hilsen
Bo Kragelund
Faglig sekretær, 3F Vestegnen
""")

M("u", """
Hej

Jeg er selv medlem af 3F og arbejder som stilladsarbejder på byggepladsen ved Ishøj
Station. Der er ingen toiletter, og vi må gå i Bycentret. Kan kommunen gøre noget?

Mvh Jimmi
""")

M("u", """
Autosvar: Jeg er på kursus hos BUPL fra 23. til 27. november som nyvalgt
tillidsrepræsentant og tjekker ikke mail. Ved spørgsmål om Børnehuset Troldebo kan
I kontakte lederen, Anette, på 43 57 60 00.

Hilsen Simon

> Emne: Høring om nye åbningstider i dagtilbud
""")

M("", """
Autosvar: Jeg er på kursus fra 23. til 27. november og tjekker ikke mail. Ved
spørgsmål om Børnehuset Solsikken kan I kontakte souschefen, Tina, på 43 57 61 11.

Venlig hilsen Marianne
""")

M("uh", """
Kære Personalekontoret / HR

Jeg er sygemeldt med stress og har haft min DSR-tillidsrepræsentant med til samtalen.
Hun har bedt mig sende referatet til jer, så I kan rette to fejl. Se nedenfor.

Mette Lund, sygeplejerske, Ishøjgård

> Referat af sygefraværssamtale 3. november: Mette oplyser, at hun forventer at
> være tilbage på fuld tid i december.
""")

M("u", """
Hej Anne-Mette

Det var rart at møde dig til BUPL's medlemsmøde i går. Som jeg nævnte, har jeg sendt
en klage til kommunen om normeringen i min institution, men jeg har kun fået denne
kvittering:

> Tak for din henvendelse. Den er sendt til Center for Børn og Forebyggelse.

Kan du tage det op i bestyrelsen?

Kh Niels
""")

M("u", """
Til Børne- og Skoleudvalgets formand

Som DLF-medlem og lærer på Vibeholmskolen vil jeg gerne gøre opmærksom på, at vores
forberedelsestid er skåret ned igen. Jeg forventer at udvalget tager det op.

Venlig hilsen
Karina Thomsen
""")

M("", """
Til Børne- og Skoleudvalgets formand

Jeg er lærer på Vibeholmskolen og vil gerne spørge, hvornår udvalget behandler den
nye ordning for forberedelsestid. Står den på dagsordenen i december?

Venlig hilsen
Henrik Moll
""")

M("ue", """
Hej

Jeg er gået ud af Krifa og er nu i Det Faglige Hus, fordi de hjalp mig bedre, da jeg blev
fyret. Jeg vil bare sikre mig, at jobcentret har fået oplysningen om min nye a-kasse.

Vh Dennis Holm
[[250890-1453]]
""")

M("u", """
Subject: RE: Your employment contract - Ishøj Kommune

Hi Henriette,

Thanks for the contract. Before I sign: I'm a member of IDA (The Danish Society of
Engineers) and they advise me to check the pension rate. Is it 17.1 % as in the
collective agreement?

Kind regards,
Rajesh Kumar

> Please find attached your contract for the position as IT architect.
""")

M("", """
Hi Henriette,

Thanks for the contract. Before I sign: can you confirm the start date is 1 February
and not 1 March? The offer letter and the contract differ.

Kind regards,
Jacob Møller
""")

M("u", """
Til borgmesteren

Jeg har været tillidsrepræsentant for Serviceforbundet på rådhusets rengøring i otte
år. Nu har kommunen udbudt rengøringen til et privat firma. Vi vil gerne have et møde.

Med venlig hilsen
Hanne Lauritsen

> Kvittering fra borgmesterens PA: Din henvendelse er modtaget.
""")

M("uh", """
Autosvar / Out of office:

Jeg er sygemeldt efter en arbejdsulykke og er tilbage 14. december. Henvendelser fra
medlemmer af Dansk El-Forbund på Ishøj Havn kan rettes til min stedfortræder, Per.

Jeg er fællestillidsrepræsentant, ikke ansat i forbundet.

Mvh Lars Kvist
""")

M("", """
Out of office: I am on parental leave until 1 March 2027. For matters regarding the
Ishøj Harbour development project, please contact my colleague Mads Winther,
mwi@example-consult.dk.

Best regards
Julia Stone, project manager
""")

M("ue", """
Hej Morten (formand, Erhvervs- og Beskæftigelsesudvalget)

Jeg sender dig korrespondancen med Ishøj Rådhus' HR. Jeg er Djøf-medlem, og Djøf har
vurderet, at min opsigelse ikke er saglig. HR har ikke svaret på Djøfs brev i tre
uger.

Louise Bjerre

-----Oprindelig meddelelse-----
Fra: HR, Ishøj Kommune
Vi har modtaget brevet fra din organisation og vender tilbage.
""")

M("u", """
Hej

jeg er i fagforening (Blik og Rør) og de siger kommunen har pligt til at have et
arbejdsmiljøudvalg, når der er over 35 ansatte i en afdeling. har Vej og Park det?

/Kenneth
""")

M("", """
Hej

Har Vej og Park et arbejdsmiljøudvalg? Jeg er elev på erhvervsskolen og skriver opgave
om arbejdsmiljø i kommuner.

Mvh Tobias
""")

M("ue", """
Emne: Re: Re: Dagpenge og selvstændig bibeskæftigelse

Hej igen

3F's a-kasse siger nu det modsatte af jer. Jeg får dagpenge og har et lille
vinduespudserfirma ved siden af. I skriver, at kommunen skal godkende, de siger nej.
Hvem har ret?

Kim Pedersen, medlem af 3F siden 1998

> > Du skal oplyse alle indtægter fra bibeskæftigelse til jobcentret.
> Vi har videresendt spørgsmålet til din a-kasse.
""")

M("u", """
Hej Lederne

Nej, det er forkert. Jeg skrev til Ishøj Kommune, ikke til jer. Men nu hvor I har fået
mailen: jeg er medlem hos jer, og jeg har brug for hjælp til en lønforhandling, så
det er måske meget godt.

Carsten

> Fra: Lederne, medlemsservice
> Vi har modtaget en mail fra dig til Ishøj Kommune, som ved en fejl er sendt til os.
""")

M("u", """
Til Ældrerådet

Som tidligere FOA-tillidsrepræsentant i hjemmeplejen i 20 år kender jeg reglerne for
tidsbestilling. Jeg vil gerne stille op til ældrerådsvalget. Hvordan gør jeg?

Hilsen
Grethe Bager
""")

M("", """
Til Ældrerådet

Hvordan stiller man op til ældrerådsvalget, og hvornår er fristen?

Hilsen
Ellen Munk
""")

M("uh", """
Hej Rasmus (HR)

Jeg har fået jeres brev om § 56-aftale. Min tillidsrepræsentant fra Socialpædagogerne
siger, jeg skal skrive under, men jeg vil gerne høre, hvad det betyder for min løn. Jeg
har sklerose og regner med flere sygedage det næste år.

Venlig hilsen
Annika Strøm
""")

M("ue", """
Kære Borgerrådgiver

Jeg har klaget over min sagsbehandler i Ydelsesafdelingen, fordi hun spurgte om jeg var
"i en af de røde fagforeninger". Jeg er i Kristelig Fagforening, og det har intet med
min sag at gøre.

Mvh Hans-Ole
""")

M("u", """
Subject: Fw: Membership of a union - does the kommune need to know?

Hi,

My colleague forwarded me this thread. I'm a member of Finansforbundet. My
municipality employer asks on the onboarding form whether I am in a union. Is that
legal?

Sophie Klein

---------- Forwarded message ---------
From: Anders, HR
> All new employees fill in the onboarding form, including union membership for
> the salary system.
""")

M("", """
Hi,

On the onboarding form there is a field "Faglig organisation". Do I have to fill it in?
I'm not sure what it means.

Thanks,
Ahmed Rizvi
""")

M("u", """
Hej Dorthe

Jeg har været tillidsrepræsentant på Ishøj Bibliotek i fem år og har nu fået job i en
anden kommune. Kan du sørge for, at min TR-mail lukkes, og at Forbundet Kultur og
Information får besked?

Mvh Trine Lohse

Trine Lohse
Bibliotekar
TR, Forbundet Kultur og Information
Ishøj Bibliotek, Ishøj Store Torv 1
""")

M("e", """
Hej

Vi har fået jeres brev om, at jeg har fået dagpenge, selvom jeg ikke var aktivt
jobsøgende i uge 40. Jeg var på ferie, og det havde jeg meldt til min a-kasse. Jeg
forstår ikke, hvorfor jeg skal betale 4.100 kr. tilbage.

Birgitte Holm
""")

M("uh", """
Til Social- og Sundhedsudvalget

Jeg er medlem af Ergoterapeutforeningen og arbejder i Sundhedshuset. Jeg fik en
diskusprolaps sidste år og blev flyttet fra genoptræning til kontoret. Jeg kan ikke
forstå, at kommunen nu vil skære ned på ergoterapeuterne.

Mvh Line Brandt
""")

M("u", """
-----Oprindelig meddelelse-----
Fra: Per Høgh
Sendt: 4. november 2026 07:45
Til: Erhvervs- og Beskæftigelsesudvalget
Emne: Lærlinge på kommunale byggerier

Som mangeårigt medlem af Dansk Byggeri... nej, undskyld, af Malerforbundet, vil jeg
gerne opfordre jer til at stille krav om lærlinge i alle udbud.

-----Svar-----
Tak, Per. Forslaget er med på dagsordenen i januar. /Udvalgssekretariatet
""")

M("", """
Hej Erhvervs- og Beskæftigelsesudvalget

Stiller kommunen krav om lærlinge i sine udbud? Jeg har set det i Brøndby.

Mvh Poul, indehaver af Ishøj Malerfirma ApS (CVR 29915733)
""")

M("ut", """
Kære Hanne (sekretær for borgmesteren)

Jeg har sendt en mail til borgmesteren om chaufførerne i flextrafik. Jeg er
tillidsrepræsentant i 3F for chaufførerne, og mange af os er af somalisk oprindelse,
ligesom mig. Vi oplever at blive talt ned til af visitationen.

Mvh Abdirahman Warsame
""")

M("u", """
Hej igen

Jeg var måske ikke tydelig: det er ikke min arbejdsgiver, der nægter at betale, det er
min fagforening, Teknisk Landsforbund, der ikke vil føre sagen. Kan kommunen gøre
noget? Jeg er ansat på Vandværket.

Søren Gram

> Den 11. nov. 2026 kl. 10.02 skrev Borgerrådgiveren:
> Vi kan ikke behandle sager om ansættelse i kommunen.
""")

M("", """
Hej Borgerrådgiveren

Tak for svaret. Jeg er klar over, at I ikke kan tage sager om ansættelse. Jeg kontakter
i stedet Vandværkets ledelse direkte. Sagen kan lukkes.

Mvh Søren Gram
""")

M("uh", """
Til Ishøj Kommune, Arbejdsskader

Jeg brækkede håndleddet på arbejde i Ishøj Svømmehal i september. Min fagforening, FOA,
har anmeldt det som arbejdsskade, men jeg har ikke hørt noget.

Susanne Bak
Cpr.nr. [[081176-2844]]
""")

M("u", """
Hej Børne- og Skoleudvalget

Vi er nogle pædagoger fra forskellige forbund (BUPL og FOA), der arbejder i dagtilbud i
Ishøj. Vi vil gerne invitere udvalget på besøg og vise, hvordan hverdagen ser ud.

De bedste hilsner
Personalegruppen i Gildbro Børnehus
""")
