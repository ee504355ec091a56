"""corpus59 part b: Outlook replies quoting earlier mail ('>' lines, 'Den ... skrev'),
council members and committee chairs."""
from common import M

M("s", """
Hej Bjarne

Tak for svaret. Jeg forstår godt at du ikke kan gøre noget ved selve sagen, men jeg
ville bare sige at det gjorde ondt at læse.

Den 2. nov. 2026 kl. 20.11 skrev Bjarne Frost <bfr@ishoj.dk>:
> Kære Camilla
> Tak for din mail. Jeg har sendt den videre til administrationen.

> Den 1. nov. 2026 kl. 18.45 skrev Camilla Holt <camholt@outlook.dk>:
>> Kære Bjarne. Min kone Sanne og jeg blev råbt efter i Ishøj Bycenter fordi vi
>> holdt i hånd. Vagten gjorde ingenting. Kan byrådet ikke tale med centret?
>> Camilla
""")

M("", """
Hej Mette

Ja, det passer fint med tirsdag kl. 14. Jeg tager referatet fra sidste møde med.

/Claus

Den 3. nov. 2026 kl. 09.22 skrev Mette Lyng <mly@ishoj.dk>:
> Hej Claus, kan vi mødes om budgetopfølgningen for Voksne og Velfærd? Tirsdag eller
> onsdag? Sagsnr. 00.30.00-S00-2-26.
> Mette
""")

M("u", """
SV: Arbejdsmiljø i SFO'en

Hej Lone,
jeg er BUPL-medlem og var TR i SFO Gildbro indtil sommer. Det du skriver om
normeringen passer præcis med det vi så. Du må gerne bruge mit navn i udvalget.
Mette B.

> Kære pædagoger, udvalget vil gerne høre jeres erfaringer med normeringen.
> Lone Sejr, formand for Børne- og Skoleudvalget
""")

M("hu", """
Re: sygefravær på rengøringen

Hej Kim,
ja jeg er FOA-medlem og jeg har været sygemeldt siden august med en
diskusprolaps. Min leder har nu indkaldt mig til en sygefraværssamtale med tillidsmanden.
Jeg ved ikke om jeg må tage min egen bisidder med?
Vh Dorthe

Den 27. okt. 2026 skrev Kim Lund:
> Hej Dorthe, skriv gerne lidt mere om hvad sagen handler om, så kan jeg se hvem der
> skal have den.
""")

M("", """
> Hvornår åbner Ishøj Moské efter renoveringen?

Hej Hassan

Tak for spørgsmålet. Moskéen er ikke kommunal, så det må du spørge dem om. Byggesagen
er godkendt, og de har oplyst at de forventer at være færdige til marts.

Venlig hilsen
Pernille Aagaard, byrådsmedlem
""")

M("e", """
Kære Pernille

Tak fordi du svarede så hurtigt. Som jeg skrev, har vi boet på krisecenter siden
september og kommunen har stadig ikke fundet en bolig til os. Vi kan ikke blive der efter
jul. Jeg har ingen indkomst lige nu udover børnepengene.

Mvh Jasmin

Den 30. okt. 2026 kl. 22.10 skrev Pernille Aagaard:
> Kære Jasmin, jeg kan ikke behandle din sag, men jeg sender den gerne videre til
> administrationen hvis du vil. Må jeg det?
""")

M("p", """
Re: Udstykning af grunden bag Torslunde Kirke

Hej Lars

Jeg svarer lige på dit spørgsmål: nej, vi har ikke solgt endnu. Vi har fået et bud på
2,3 mio. fra en entreprenør, men han vil kun købe hvis kommunen siger ja til to huse på
grunden. Vi har sagt at vi vil høre jer først.

Hilsen Gitte og Poul Thygesen

> Har I allerede solgt? Så skal ansøgningen komme fra køberen. /Lars, byggesag
""")

M("t", """
hej jeg svarer lige på jeres brev

> Vi har brug for oplysninger om dit barns modersmål til tildeling af
> modersmålsundervisning.

vi er fra somalia og taler somali hjemme. min søn hedder Abdi og går i 2.b på
Vibeholmskolen. han vil gerne have det
Fadumo
""")

M("", """
Re: Re: Bordtennisklubben – haltider

Hej Jesper, tak. Vi tager mandag kl. 17-19 så. Aftalen er noteret under
foreningsnr. 4120 og vores bookingnr. er 1609871234. Vi sender betaling til konto
5301-0223344.

Torben, Ishøj BTK

Den 29. okt. 2026 kl. 10.02 skrev Jesper Lind (Kultur og Fritid):
> Mandag eller torsdag er ledige. Giv lyd.
""")

M("b", """
Kære Ole

Du spørger i dit svar om jeg selv er aktiv politisk. Ja, jeg sidder i bestyrelsen for
Radikale Venstre i Ishøj og har gjort det i fire år, men det her skriver jeg som
forælder på Strandgårdskolen.

Venlig hilsen
Ida Poulsen

> Tak for din mail, Ida. Er du selv aktiv i et parti? Så kender du måske processen.
""")

M("", """
Hej

Jeg fik et svar fra jer med en reference der hedder 2511904412. Er det et sagsnummer
eller hvad er det? Det ligner et cpr-nummer, men det er ikke mit.

Vh Flemming
""")

M("he", """
Hej Marianne,

tak for sidst. Som lovet skriver jeg hvad der skete: min søn Lucas har ADHD og fik i
foråret bevilget en støttepædagog i skolen. Nu er den blevet fjernet uden afgørelse.
Han går hjem med ondt i maven hver dag.

Mvh Heidi

Den 31. okt. 2026 kl. 08.45 skrev Marianne Juul (formand, Børne- og Skoleudvalget):
> Kære Heidi, skriv gerne hvad det drejer sig om, så jeg kan sende det til
> forvaltningen.
""")

M("s", """
Emne: SV: Invitation til seniorfest

> Du og din ægtefælle er velkomne. Skriv venligst ægtefællens navn og hans/hendes ønske
> om menu.

Tak for invitationen. Min ægtefælle hedder Erling og er min mand gennem 41 år. Vi tager
begge fisk.

Venlig hilsen
Kaj Svendsen
""")

M("bu", """
Hej Torben

Ja, det var mig der talte på mødet. Jeg er medlem af Enhedslisten og af 3F, og det er
ingen hemmelighed. Men forslaget om gratis busser til unge er faktisk ikke et
partiforslag, det kommer fra ungdomsskolen.

Anders Mølgaard

> Er du ikke selv medlem af et parti, Anders? /Torben
""")

M("", """
Re: spørgsmål om pension

> Hvornår udbetales folkepensionen i december?

Hej Karl
Udbetaling Danmark udbetaler folkepension sidste hverdag i måneden. I december er det
den 30. Ring til dem på 70 12 80 63 hvis du har spørgsmål til din egen udbetaling.
Venlig hilsen
Borgerservice
""")

M("h", """
Til Ingrid, formand for Social- og Sundhedsudvalget

Her er de oplysninger du bad om:
Navn: Frede Christensen
Cpr: [[1809432217]]
Diagnose: KOL og hjertesvigt
Han har brug for iltbehandling hjemme og hjemmesygeplejen skal komme oftere.

Venlig hilsen
Birthe Christensen (datter)

> Skriv venligst navn og cpr på din far, så jeg kan sende det til forvaltningen.
""")

M("p", """
Hej Michael

Kort svar: Nej, vi har ikke skrevet under. Køberen sprang fra i sidste uge fordi
banken ikke ville låne ham nok. Så huset er til salg igen. Det er derfor jeg spørger om
I kan fremskynde svaret på ansøgningen om det nye tag.

Hilsen Rikke, Gammel Køge Landevej

> Er handlen ikke allerede på plads? Så kan køber selv søge.
""")

M("", """
Hej byrådet

Jeg vil bare høre om der kommer en Pride-parade i Ishøj igen næste år, eller om det kun
er i København? Vores klub vil gerne lave en bod.

Hilsen Ishøj Ungdomsklub
""")

M("e", """
Den 3. nov. 2026 kl. 11.30 skrev Borgerservice:
> Vi kan desværre ikke give svar på din boligstøtte før alle papirer er modtaget.

Men jeg HAR sendt lønsedler og lejekontrakt TO gange. Jeg har ikke råd til huslejen
uden boligstøtten. Det er 3. måned nu.
Sendt fra min iPhone
""")

M("hs", """
Hi Councillor Jensen,

thanks for replying. To answer your question: yes, my husband Marcus and I are both men,
and we are waiting for an adoption approval. Marcus just had surgery for a herniated
disc and the social worker said it could delay the case. Is that legal?

Best, David Olsen

On 2 Nov 2026, Jensen, Kirsten wrote:
> Dear David, could you tell me a bit more about your situation?
""")

M("t", """
Kære Line (byrådsmedlem)

Tak for dit svar. Jeg vil gerne uddybe: Jeg er adopteret fra Colombia og min søn bliver
kaldt ting i skolen pga. sin hudfarve. Lærerne griner med. Det er ikke i orden.

Hilsen Maria Holm-Larsen

> Kære Maria, vil du fortælle mig lidt mere?
""")

M("", """
Re: Ændring af ydelsessatser 2027

Hej Jonas,
ja, satserne for kontanthjælp, uddannelseshjælp og boligstøtte reguleres 1. januar. Du
kan se de nye satser på borger.dk. Det er Folketinget der fastsætter dem, ikke os.
Venlig hilsen
Beskæftigelsesudvalgets sekretær
""")

M("pt", """
Hej Kasper

Ja, vi har fået et bud på butikken. Men sagen er, at køberen er pakistansk ligesom jeg,
og nu siger nogen i grundejerforeningen at "der kommer for mange af vores slags". Vi har
ikke underskrevet, og jeg er bange for at de prøver at stoppe handlen.

Imran Akhtar

> Har du solgt bygningen, Imran?
""")

M("", """
Hej igen

> Vores journalnummer er 27.15.08-P00-0022-26.

Tak. Jeg skrev forkert før, mit kundenummer hos jer er 1412883012 og ikke 1412883021.
Det er ang. storskrald.

Mvh Yvonne
""")

M("u", """
Kære Camilla,

jeg svarer på dit spørgsmål om hvem jeg er: jeg er lærer på Ishøj Skole og
tillidsrepræsentant for DLF. Det vi skrev i høringssvaret er lærernes samlede holdning.

Med venlig hilsen
Sune Krog

Den 1. nov. 2026 skrev Camilla Bryld (formand for Børne- og Skoleudvalget):
> Hvem har skrevet høringssvaret?
""")

M("be", """
Emne: Re: ansøgning om enkeltydelse

> Du skal beskrive hvad enkeltydelsen skal bruges til.

Det er til tøj og mad til min datters konfirmation i maj. Jeg er på kontanthjælp og
har ikke selv råd. Hun glæder sig så meget.
Mvh Jeanette Kolding
""")

M("", """
Hej Søren

Tak for en god debat om flere p-pladser ved Ishøj Station i går. Jeg er stadig uenig
med dig, men sådan er demokrati.

Hilsen Børge
""")

M("hp", """
Re: Re: Vores sag om tilbygning

Hej Niels

For at svare på dit spørgsmål: vi har besluttet at sælge i stedet. Min kone har fået
konstateret Parkinsons, og huset passer ikke længere til os. Vi har fået en
salgsvurdering, men ikke sat det til salg endnu. Kan vi trække byggesagen?

Jørgen

> Vil I stadig bygge til?
""")

M("b", """
Hej Malene

Jeg skriver fordi jeg stemte på dig sidst og jeg er skuffet over at du stemte for
nedlæggelse af skoven. Jeg er ikke sikker på at jeg gør det igen.

Bo Nyborg
""")

M("", """
Emne: SV: Mødeindkaldelse – brugerrådet på Ishøj Plejecenter

Jeg kan desværre ikke komme d. 20/11 pga. ferie. Kan mødet flyttes til uge 48?

> Mødet handler om menuplan, aktivitetskalender og den nye bus.

Venlig hilsen
Jytte, pårørenderepræsentant
""")

M("e", """
Hej Julie

Du bad om mit cpr-nr så du kan se min sag om friplads: [[030288-1326]]. Jeg har
to børn i Regnbuen og er alene med dem.

Mange tak
Sandra

> Skriv gerne dit cpr-nr., så kan sekretariatet finde sagen.
""")

M("s", """
hej Louise

det er mig fra mødet i Ungdomsskolen. jeg er bi og tør ikke sige det derhjemme, og
jeg vil gerne vide om der er en ungerådgiver man kan tale med uden at ens forældre
får det at vide?

ikke mit navn pls

> Skriv endelig hvis der er noget du vil spørge om. /Louise, ungerådgiver
""")

M("", """
Re: Kræftens Bekæmpelse – indsamling

> Må vi stå med indsamlingsbøsser ved Rådhuset d. 5. april?

Ja, det har I fået tilladelse til. Husk at henvende jer i receptionen om morgenen.
Venlig hilsen
Ishøj Kommune, Borgerservice
""")

M("u", """
Hej Kenneth

Som jeg skrev tidligere: jeg er i Krifa og de har sagt at kommunen skal svare inden
14 dage på min klage over vagtplanen. Det er nu 4 uger.

Mvh Natasja

Den 14. okt. skrev Kenneth (Personaleudvalg):
> Kan du skrive lidt mere?
""")

M("", """
Re: Hvornår er der sprogcafé?

Hej Noor

Sprogcaféen på biblioteket er hver onsdag kl. 16-18. Der er frivillige der taler
arabisk, tyrkisk og urdu, og alle er velkomne.

Venlig hilsen
Ishøj Bibliotek
""")

M("ht", """
Kære Lise

Tak for svaret. Som jeg skrev, er min mor fra Vietnam og forstår ikke ret meget dansk.
Hun er blevet dement og hjemmesygeplejersken taler hurtigt til hende. Kan der komme en
tolk med en gang imellem?

Linh Pedersen

> Kære Linh, hvad kan jeg hjælpe med?
""")

M("p", """
Emne: Svar: Jeres bud på erhvervsgrunden, Industrivej 7

Tak for jeres tilbagemelding. Vi fastholder vores bud på 4,1 mio. kr., men vil gerne
have forlænget fristen for den betingede aftale til 1. februar, så banken kan nå
vurderingen.

Med venlig hilsen
Lasse Bundgaard, direktør
Bundgaard Tømrer A/S, CVR 34112255

> Kommunen kan acceptere jeres bud på betingelse af finansiering inden 15. december.
""")

M("", """
Hej Rikke

Mange tak for svaret om de nye affaldsregler. Jeg har nu fået den grønne spand.
Min kundenummer til fakturaen er 3105842219 hvis det skal bruges.

Venlig hilsen
Poul Erik
""")

M("eh", """
Kære Tanja

Du spurgte om vi har hjemmehjælp: ja, min far Svend får rengøring hver anden uge og
hjælp til bad, efter han fik et slagtilfælde i foråret. Men det er ikke nok, han falder
om natten.

Hilsen Henrik

> Får din far hjælp fra kommunen i forvejen?
""")

M("tu", """
hej
> hvorfor vil du ikke tage jobbet?

fordi de vil have mig på kontrakt uden overenskomst og jeg er i 3F. og så sagde
formanden at "i perkere vil altid have mere". det er racisme. jeg er fra irak men
har boet her i 20 år.
Ahmed
""")
