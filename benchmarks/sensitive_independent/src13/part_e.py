"""Part E: mail as it arrives - reply chains with > quoting, Outlook Fra/Sendt/Til/Emne blocks,
HTML leftovers, mobile signatures and web-form submissions."""
from common import M

M("s", """
Tak for svaret, men det løser ikke problemet.

Jesper

> Den 12. mar. 2026 kl. 09.14 skrev Ishøj Kommune <post@ishoj.dk>:
>
> Kære Jesper
> Tak for din henvendelse om indskrivning i vuggestue. Vi kan oplyse, at begge forældre kan stå på pladsanvisningens ansøgning.
>
>> Den 10. mar. 2026 kl. 21.40 skrev Jesper Holm <jesperholm81@gmail.com>:
>>
>> Hej. Min mand Thomas og jeg har adopteret vores søn Carl, og jeres selvbetjening kan kun registrere "mor" og "far". Vi er to fædre. Det er 2026. Kan I rette det?
""")

M("", """
Tak, så ved jeg det.

> Den 3. apr. 2026 kl. 10.02 skrev Pladsanvisningen <pladsanvisning@ishoj.dk>:
> Kære forælder
> Du kan skrive dit barn op til vuggestue fra fødslen via Min Pladsanvisning. Garantien træder i kraft, når barnet er 26 uger.
>
>> Hej, hvornår kan man tidligst skrive sit barn op til vuggestue? /Ditte
""")

M("b", """
Fra: Yasmin Qureshi <yasmin.q@hotmail.com>
Sendt: 4. februar 2026 22:17
Til: Borgmesterens Sekretariat
Emne: SV: Svømmehallens åbningstider

Hej igen

Jeg forstår godt, at der ikke kan laves særlige tider kun for kvinder. Men som muslimsk kvinde kan jeg ikke bade sammen med mænd, og det betyder at jeg og mine veninder ikke kan bruge svømmehallen overhovedet. Kunne I overveje det igen?

Yasmin

Fra: Borgmesterens Sekretariat
Sendt: 2. februar 2026 14:03
Til: Yasmin Qureshi
Emne: Svømmehallens åbningstider

Kære Yasmin. Tak for din henvendelse. Svømmehallen har offentlige åbningstider for alle.
""")

M("", """
Fra: Kim Lassen <kimlassen@outlook.dk>
Sendt: 14. januar 2026 08:55
Til: Kultur og Fritid
Emne: VS: Svømmehal

Hej, har I fået min mail herunder? Jeg vil bare gerne vide, om der er planer om kvindesvømning i den nye svømmehal, som jeg har set diskuteret på Facebook.

Fra: Kim Lassen
Sendt: 5. januar 2026 19:20
Til: Kultur og Fritid
Emne: Svømmehal

Hej, er der planer om kvindesvømning i den nye hal?
""")

M("ue", """
Navn: Tina Lykkegaard
E-mail: tina.lykkegaard@live.dk
Telefon: 28 91 04 55
Emne: Klage over sagsbehandling
Besked: Jeg har været ledig i 5 måneder og er medlem af FOA's a-kasse. Jobcentret har to gange aflyst mit møde med kun en times varsel. Jeg vil gerne klage.

Denne formular er sendt fra ishoj.dk/kontakt
""")

M("", """
Navn: Jørgen Winther
E-mail: jw1955@mail.dk
Telefon: 
Emne: Hærværk
Besked: Der er smadret en lygtepæl ved stien mellem Ishøj Søvej og Strandparken. Glasskår overalt. Nogen bør rydde op før børnene går i skole.

Denne formular er sendt fra ishoj.dk/kontakt
""")

M("h", """
Hej&nbsp;jeg&nbsp;vil&nbsp;gerne&nbsp;klage&nbsp;over&nbsp;at&nbsp;min&nbsp;søn&nbsp;Anton&nbsp;ikke&nbsp;har&nbsp;fået&nbsp;sin&nbsp;epipen&nbsp;med&nbsp;på&nbsp;tur.<br>Han&nbsp;er&nbsp;svært&nbsp;allergisk&nbsp;over&nbsp;for&nbsp;nødder.<br><br>Mvh&nbsp;Camilla&nbsp;Rask<br>
""")

M("", """
Hej&nbsp;&nbsp;Kultur&nbsp;&amp;&nbsp;Fritid<br><br>Hvornår&nbsp;åbner&nbsp;skøjtebanen&nbsp;på&nbsp;Ishøj&nbsp;Torv&nbsp;i&nbsp;år?<br>Mvh&nbsp;Louise<br><br>Sendt&nbsp;fra&nbsp;min&nbsp;iPad
""")

M("s", """
Navn: Sebastian Krogh
E-mail: sebkrogh@gmail.com
Emne: Navneændring på sundhedskort
Besked: Hej, jeg og min mand Frederik er lige blevet gift, og jeg har taget hans efternavn. Mit nye sundhedskort er ikke kommet endnu. Mit CPR er [[2405941837]].

Denne formular er sendt fra ishoj.dk/borgerservice
""")

M("", """
Navn: Frederikke Holm
E-mail: fh@gmail.com
Emne: Navneændring
Besked: Hvor lang tid tager det at få nyt sundhedskort, efter man har ændret navn? Jeg skal giftes i maj og vil gerne planlægge.

Denne formular er sendt fra ishoj.dk/borgerservice
""")

M("pe", """
Fra: Bjarke Winther <bw@winther-invest.dk>
Sendt: 22. september 2025 11:40
Til: Byggesag
Cc: mette@boligadvokaten.dk
Emne: SV: Ejendommen Vejlebrovej 55 – afventer svar

Kære Byggesag

Jeg må rykke igen. Købers finansiering er på plads, men banken vil ikke frigive lånet, før der foreligger ibrugtagningstilladelse. Sælger er under tvangsauktion, hvis handlen ikke gennemføres inden 15/10, så det haster.

Venlig hilsen
Bjarke Winther

----- Oprindelig meddelelse -----
Fra: Byggesag
Til: Bjarke Winther
Emne: Ejendommen Vejlebrovej 55
Vi har modtaget din henvendelse og vender tilbage hurtigst muligt.
""")

M("", """
Fra: Bjarke Winther <bw@winther-invest.dk>
Sendt: 2. oktober 2025 09:10
Til: Byggesag
Emne: Ibrugtagningstilladelse

Hej, hvad er den gennemsnitlige sagsbehandlingstid på ibrugtagningstilladelser for enfamiliehuse i Ishøj lige nu? Mvh Bjarke
""")

M("u", """
Hej Henrik

Tak for en god snak i går. Som aftalt sender jeg lige navnene på de kolleger fra 3F, der gerne vil med til mødet med udvalget: mig selv (TR), Allan Skov og Bo Jessen, begge medlemmer af 3F's klubbestyrelse ved Vej & Park.

Mvh Kenneth

> Den 8. okt. 2026 skrev Henrik Thorup (byrådsmedlem):
> Hej Kenneth, skriv gerne hvem I bliver.
""")

M("b", """
Kære Line

Tak for svaret. Jeg er selv medlem af SF og har stemt på dig ved sidste valg, så jeg blev lidt skuffet over, at du ikke stemte for flere cykelstier. Men jeg forstår jeres begrundelse.

Mvh
Kristian Bech

-----Original Message-----
From: Line Hald
Sent: Monday, 9 March 2026 10:21
To: Kristian Bech
Subject: RE: Cykelsti Ishøj Strandvej

Kære Kristian. Tak for din mail. Vi prioriterede skolerne i denne omgang.
""")

M("", """
Kære Line

Jeg synes virkelig, at byrådet bør prioritere en cykelsti langs Ishøj Strandvej. Der har været mange nærved-ulykker, og mine børn cykler der hver dag.

Med venlig hilsen
Kristian Bech
""")

M("he", """
Hej igen, jeg har stadig ikke hørt noget!!

Sendt fra min iPhone

> Den 1. sep. 2026 kl. 17.02 skrev Nina Lauritzen <ninalau@gmail.com>:
> 
> Hej. Min søn Bertram (12) har fået diagnosen Tourettes og OCD, og vi har søgt om tabt arbejdsfortjeneste, fordi jeg må gå ned i tid for at tage ham til behandling. Det er nu 11 uger siden. Hvornår får vi svar?
""")

M("", """
Hej igen, jeg har stadig ikke hørt noget om træfældningen!!

Sendt fra min iPhone

> Den 2. sep. 2026 kl. 11.40 skrev Peter Juul <pj@mail.dk>:
> Hej, må jeg fælde birketræet i min forhave på Ishøj Landsby 33? Det er 12 m højt.
""")

M("e", """
Navn: Anonym
E-mail: (ikke udfyldt)
Emne: Bekymring
Besked: Familien på 2. sal i Vejleåparken blok 4 nr. 23 har ladet deres to små børn være alene hjemme hele weekenden. Jeg kan høre dem græde. Det er ikke første gang.

Denne formular er sendt fra ishoj.dk/underretning
""")

M("t", """
Fra: Ahmed Khalil <ahmedk@gmail.com>
Sendt: 19. maj 2026 08:02
Til: Borgerrådgiveren
Emne: Klage over medarbejder

Hej

Da jeg var til møde i Borgerservice i går, sagde medarbejderen "I arabere kommer jo altid for sent". Jeg er palæstinenser og kom faktisk 5 minutter før tid. Jeg vil gerne klage over den behandling. Jeg ønsker ikke at medarbejderen får at vide hvem jeg er.

Ahmed
""")

M("", """
Fra: Borgerrådgiveren
Sendt: 20. maj 2026
Til: Alle medarbejdere i Borgerservice
Emne: Påmindelse om god kundebetjening

Kære alle. Husk at alle borgere skal mødes med respekt, uanset baggrund. Vi holder temamøde om god betjening den 2. juni.
""")

M("hu", """
Hej Pia

Tak for samtalen. Jeg sender lige min lægeerklæring, som du bad om. Jeg har som sagt fået konstateret fibromyalgi, og det er derfor jeg ikke kan klare fuld tid. Min TR fra DSR er med til næste møde.

Venlig hilsen
Signe Bach, sygeplejerske

Sendt fra Outlook til iOS

________________________________
Fra: Pia Nørgaard (jobkonsulent)
Sendt: tirsdag 3. marts
Emne: Opfølgning
Kan du sende lægeerklæringen inden fredag?
""")

M("", """
Hej

Vi er en gruppe sygeplejersker, der gerne vil vide, om kommunen har planer om at oprette flere deltidsstillinger i hjemmesygeplejen. Jeg er selv sygeplejerske i en anden kommune og overvejer at søge.

Venlig hilsen
Signe

Sendt fra Outlook til iOS
""")

M("p", """
<p>Hej Byggesagsafdelingen</p><p>Vi har solgt vores hus på Vibeholms Allé 3 med overtagelse 1/12, men køberen har forbehold for godkendelse af tilbygningen, og det er ikke afklaret endnu. Kan I se på sagen?</p><p>Med venlig hilsen<br>Jens &amp; Marianne Lyng</p>
""")

M("", """
<p>Hej</p><p>Hvor finder jeg byggesagsarkivet for mit eget hus? Jeg skal bare bruge tegningerne til en ombygning.</p><p>Mvh<br>Jens Lyng</p>
""")

M("e", """
Hej Lone,

Jeg videresender lige den mail jeg fik fra min udlejer, så du kan se hvad han skriver. Jeg kan ikke betale det. 

Maja

---------- Forwarded message ---------
From: Kaj Ejendomme <udlejning@kajejendomme.dk>
Date: tor. 6. nov. 2025
Subject: Restance lejemål Ishøj Søvej 14, 3. th.
To: Maja Poulsen

Kære Maja Poulsen
Vi har ikke modtaget husleje for oktober og november. Restancen udgør 15.120 kr. Såfremt beløbet ikke er indbetalt inden 3 dage, ophæves lejemålet.
""")

M("", """
---------- Forwarded message ---------
From: Kaj Ejendomme <udlejning@kajejendomme.dk>
Date: man. 3. nov. 2025
Subject: Varsling af vandafbrydelse
To: Alle lejere, Ishøj Søvej 14

Kære lejere. Der lukkes for vandet torsdag kl. 9-13 pga. reparation.

Hej kommune, er det lovligt at de kun varsler 3 dage før? /beboer
""")

M("hbe", """
Navn: Ruth Abrahamsen
E-mail: ruth.abr@gmail.com
Telefon: 31 40 77 02
Emne: Madordning
Besked: Jeg er Jehovas Vidne og må derfor ikke få blodpølse eller andet med blod i. Madordningen har sendt det to gange nu. Jeg har også diabetes, så maden skal være uden sukker. Vil I være søde at rette det.

Denne formular er sendt fra ishoj.dk/aeldre
""")

M("", """
Navn: Ruth
E-mail: ruth2@gmail.com
Emne: Madordning menu
Besked: Kan man se madordningens menuplan for december på nettet? Vi er nogle i seniorklubben, der er nysgerrige efter om der er risalamande juleaften.

Denne formular er sendt fra ishoj.dk/aeldre
""")

M("tse", """
Hej

> Hvad er dit spørgsmål til Ungdomsrådgivningen?

Jeg er 20 og pakistansk og har lige fortalt min familie at jeg er lesbisk. Min far har smidt mig ud. Jeg bor hos en veninde i Hundige lige nu.

> Ønsker du at være anonym? Ja/Nej

Ja

(sendt via ishoj.dk/ung)
""")

M("", """
Hej

> Hvad er dit spørgsmål til Ungdomsrådgivningen?

Hvor lang tid går der typisk før man får svar? Og kan man få tid om eftermiddagen efter skole?

> Ønsker du at være anonym? Ja/Nej

Ja

(sendt via ishoj.dk/ung)
""")

M("u", """
Fra: Morten Skaarup
Sendt: 11. november 2026 07:45
Til: Hovedpostkassen
Emne: VS: Arbejdsmiljø i Vej & Park

Hej hovedpostkasse. Kan I sende denne videre til rette centerchef? Jeg er arbejdsmiljørepræsentant og medlem af Dansk Metal, og vi har fået en klage fra et af vores medlemmer over støj i værkstedet. Vi ønsker et møde.

Morten
""")

M("", """
Fra: Hovedpostkassen
Sendt: 11. november 2026 09:12
Til: Center for Byudvikling og Natur
Emne: VS: Forespørgsel om åbningstid på genbrugspladsen

Til rette vedkommende: borger spørger om genbrugspladsens åbningstider i julen. Se mail nedenfor.

> Hej, har genbrugspladsen åbent mellem jul og nytår? /Svend
""")

M("b", """
Hej

Jeg har vedhæftet min ansøgning om fritagelse for kristendomskundskab for min datter Amira i 7.a. Vi er muslimer og ønsker at hun i stedet får undervisning i et andet fag.

Med venlig hilsen
Nadia og Karim Benali

Sendt fra Yahoo Mail på Android
""")

M("", """
Hej. Kan man fritages for kristendomskundskab i folkeskolen, og i hvilke klassetrin? Jeg spørger til en debat i forældrebestyrelsen. Mvh. Henrik

Sendt fra Yahoo Mail på Android
""")

M("he", """
Hej Ishøj Kommune

Se venligst vedhæftede. Min mor, Inge Kaas, [[010940–1108]], har fået bevilget en gangbuks men den er forkert størrelse.

Mvh Søren Kaas

--
Søren Kaas | Senior Consultant | Nordic Logistics A/S
M: +45 22 10 40 88
This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this e-mail. Nordic Logistics A/S, CVR 31245678.
""")

M("", """
Hi,

Could you please tell me which documents I need to register my new address in Ishøj? I'm moving from Valby next week.

Best regards
Søren Kaas | Senior Consultant | Nordic Logistics A/S
This e-mail and any attachments are confidential and intended solely for the addressee. CVR 31245678.
""")

M("s", """
hej igen :)

> Vil du fortælle lidt om dig selv?

jeg er 15 og jeg tror jeg er aseksuel men jeg ved ikk helt. kan jeg tale med nogen?

> Navn (valgfrit):
Sigurd
""")

M("ub", """
Kære Finn

Tak for din hurtige respons i går. Som nævnt er jeg både FTR for HK Kommunal og medlem af Socialdemokratiet her i Ishøj, så jeg vil gerne gøre opmærksom på, at jeg skriver i min egenskab af TR og ikke som partimedlem.

Venlig hilsen
Bettina Carlsen

> Fra: Finn Ravn
> Sendt: 2. december
> Emne: Mødet om nedskæringer i administrationen
> Hej Bettina, vil du sende dine punkter til dagsordenen?
""")

M("", """
Kære byrådsmedlemmer

HK Kommunal Hovedstaden inviterer til åbent dialogmøde om arbejdsmiljø i den kommunale administration. Mødet er offentligt, og alle partier er inviteret. Tilmelding på hk.dk/ishoj.

Med venlig hilsen
HK Kommunal
""")

M("pe", """
&gt; Den 20/4 skrev Boligadvokaten:
&gt; Vi afventer stadig kommunens svar om garantien.

Hej kommune<br>Vi har købt andelslejligheden i Ishøj Strandpark betinget af at kommunen stiller garanti for vores lån, fordi vi begge er på dagpenge lige nu. Bestyrelsen siger overdragelsen ikke kan ske før vi har svar.<br><br>Mvh Rasmus og Iben
""")

M("", """
Hej<br><br>Kan kommunen stille garanti for lån til andelsboliger generelt? Eller er det kun for almene boliger? Det er til en opgave på handelsskolen.<br><br>Mvh Iben
""")

M("e", """
Hej Lotte,

Her er min kontoudskrift som du bad om.

Konto: 5301 0247689
Saldo pr. 1/11: -2.340,18 kr.
Overtræk: 8.000 kr.

Jeg har som sagt ingen penge til mad før den 1. Kan jeg få en akuthjælp?

/Hussein
""")

M("", """
Hej

Mit kundenummer hos jer er 0605821234 og jeg har fået en regning for renovation, som jeg mener er for høj. Vi har kun en lille beholder. Faktura nr. 2211250078.

Mvh Gert Sommer
""")

M("", """
Hej

Jeg har fået et bilag med nr. 150390-4412 i forbindelse med betaling af parkeringsbøde. Det kan ikke passe, jeg har ikke parkeret der. Kan I tjekke det?

Mvh
Connie
""")

M("t", """
Fra: Dragan Petrović <dragan.p@gmail.com>
Sendt: 7. januar 2026 20:01
Til: Politik og Borgere
Emne: Vores familie

Jeg er serber og min kone er kroat, vi har boet i Ishøj siden krigen. Nu siger naboerne at vi "stjæler" fra fællesvaskeriet. Vi vil gerne have mægling fra boligselskabet og kommunen.

Dragan
""")

M("h", """
Kære Ishøj,

jeg sender mit svar igen, fordi det første blev afvist:

> > Hvad er din henvendelse vedrørende?
> Genoptræning
> > Beskriv kort:
> Jeg fik ny hofte for 5 uger siden og har kun fået 2 træningsgange. Jeg er 67 og kan ikke gå på trapper.

Mvh Inga Rasmussen
""")

M("", """
Kære Ishøj,

jeg sender mit svar igen, fordi det første blev afvist:

> > Hvad er din henvendelse vedrørende?
> Affald
> > Beskriv kort:
> Vores papircontainer er ikke tømt siden oktober.

Mvh Inga Rasmussen
""")

M("s", """
Sendt fra min iPhone

Start på videresendt besked:

> Fra: Niels Bay
> Dato: 2. juni 2026 kl. 14.22
> Til: Mikael Strand
> Emne: Ansøgning om medmor-registrering
>
> Hej skat, kan du sende det her til kommunen? Jeg kan ikke logge ind.

Hej kommunen

Det er mig, Mikael, der videresender for Niels, min mand. Vi har et spørgsmål om adoption af hans datter Emma.
""")

M("u", """
Hej

Jeg har vedhæftet kvittering for indmeldelse i Det Faglige Hus, som jobcentret bad om. Håber det er nok.

Mvh Dennis Kragh

Sendt fra min Samsung Galaxy smartphone.
""")

M("", """
Hej

Er Det Faglige Hus en rigtig fagforening eller en a-kasse? Min søn vil gerne melde sig ind, men vi er i tvivl.

Mvh Grethe

Sendt fra min Samsung Galaxy smartphone.
""")

M("bp", """
Fra: Frede Lund
Sendt: 3. marts 2026 12:02
Til: Teknik og Miljø
Emne: Salg af grunden ved frikirken

Hej. Jeg er kasserer i Ishøj Frikirke, hvor jeg også selv er medlem af menigheden, og vi har fået et bud på vores grund på Torslunde Bygade fra en lokal entreprenør. Handlen er ikke underskrevet endnu, fordi han vil vide om grunden kan udstykkes. Kan I svare ham direkte?

Frede Lund
""")
