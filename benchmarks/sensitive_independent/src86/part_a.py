"""corpus86 part A: replies to the municipality's own decisions and receipts
(health, economy_social, CPR), the fact sometimes only in the quoted letter."""
from common import M

M("he", """
Emne: SV: Afgørelse om ophør af sygedagpenge

Hej

Jeg har læst jeres brev to gange og jeg forstår det stadig ikke. Min læge har
skrevet at jeg ikke kan arbejde med løft før ryggen er opereret, og operationen
er først i januar. Hvordan skal jeg betale husleje fra december?

Jeg vil gerne klage over afgørelsen.

Venlig hilsen
Bjarne Kjær
CPR [[140371-2215]]

-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj <jobcenter@ishoj.dk>
Sendt: 2. november 2026 09:41
Til: bjarne.kjaer@outlook.dk
Emne: Afgørelse om ophør af sygedagpenge

Kære Bjarne Kjær

Vi har vurderet din sag efter sygedagpengelovens § 24 og stopper udbetalingen
af sygedagpenge pr. 30. november 2026. Du kan klage inden fire uger.

Med venlig hilsen
Sygedagpengeteamet, Center for Beskæftigelse og Erhverv
""")

M("e", """
tak det er modtaget

mvh Lone

Den 28. okt. 2026 kl. 14.03 skrev Borgerservice Ishøj <borgerservice@ishoj.dk>:
> Kære Lone Mikkelsen
>
> Du er bevilget boligstøtte på 2.140 kr. om måneden fra 1. november 2026.
> Beløbet udbetales sammen med din næste husleje-opkrævning.
>
> Med venlig hilsen
> Borgerservice
""")

M("", """
Til Center for Byudvikling og Natur

Det er nu 11 arbejdsdage siden jeg fik jeres kvittering nedenfor, og jeg har ikke hørt
noget. Kan I give mig en dato?

Hilsen
Kristian Lund, Bredekærs Vænge

-----Oprindelig meddelelse-----
Fra: Center for Byudvikling og Natur
Sendt: 14. oktober 2026 08:15
Emne: Kvittering - sagsnr. 05.01.02-P20-1187-26

Tak for din henvendelse om beskæring af træerne ved stien bag Bredekærs Vænge. Vi
har modtaget den og vender tilbage inden for 10 arbejdsdage. Sagen behandles af
Vej og Park. Husk at oplyse sagsnummeret, hvis du skriver igen.
""")

M("he", """
Til borgerrådgiveren

Jeg videresender hele tråden, så I kan se hvor længe vi har ventet. Min mor Edith
har haft to fald på en måned og ligger lige nu på Hvidovre efter det sidste.

Vibeke Storm

---------- Videresendt meddelelse ---------
Fra: Vibeke Storm
Dato: 19. okt. 2026 kl. 20:14
Emne: Re: Ansøgning om hjemmehjælp til Edith Storm
Til: Visitationen <visitation@ishoj.dk>

Det er nu seks uger siden vi søgte. Hun kan ikke selv komme i bad længere.

> Den 7. sep. 2026 skrev Visitationen:
> Vi har modtaget ansøgningen om praktisk hjælp og personlig pleje og kontakter
> jer for at aftale et visitationsbesøg.
""")

M("e", """
Hej igen

Jeg skal lige rette én ting i min mail fra i går: det er ikke 4.200 kr. jeg skylder i
husleje, det er 6.850 kr. fordi oktober også kom med. Boligselskabet har sendt
et brev om at de vil opsige lejemålet hvis det ikke er betalt 15. december.

Kan jeg søge om at kommunen lægger ud?

Ahmad

> Fra: Ahmad R.
> Sendt: 10. november 2026 22:48
> Til: Center for Borger, Økonomi og IT
> Emne: hjælp til husleje
>
> jeg har mistet arbejdet på lageret i sommer og er bagud med 4.200 kr i husleje
""")

M("", """
Hej Charlotte

Tak for mødereferatet. Jeg har to rettelser:

1) Mødet var den 4. november, ikke den 5.
2) Det var ikke mig, men Jens fra grundejerforeningen, der spurgte til
   vejbelysningen på Tranegildevej.

Ellers er det fint. Bilag 3 mangler i mailen.

Med venlig hilsen
Poul Erik Hansen
Formand, Grundejerforeningen Tranegilde Strand

-----Oprindelig meddelelse-----
Fra: Charlotte Bech, Center for Byudvikling og Natur
Sendt: 6. november 2026 13:02
Emne: Referat af dialogmøde 4/11 - j.nr. 2026-014233

Hermed referat og bilag 1-2. Bemærkninger senest 13. november.
""")

M("he", """
Kære Social- og Sundhedsudvalgets formand

Jeg skrev til jer i september om min søn, og svaret fra centret er nedenfor. Jeg
synes ikke det svarer på noget.

Mads er 34, har skizofreni og bor alene. Han havde en bostøttemedarbejder tre
timer om ugen, men efter sommerferien er det skåret ned til én time. I den
periode er han holdt op med at tage sin medicin to gange.

Kan udvalget se på, om nedskæringen er sket efter reglerne?

Venlig hilsen
Hanne Thorsen

Den 30. sep. 2026 kl. 11.27 skrev Center for Voksne og Velfærd:
> Kære Hanne Thorsen
> Vi kan desværre ikke drøfte en voksen borgers sag uden fuldmagt. Vi beder dig
> derfor sende en fuldmagt fra Mads, før vi kan svare på dine spørgsmål.
""")

M("he", """
SV: Indkaldelse til opfølgningssamtale 19/11

Hej Mette
jeg kan ikke komme torsdag, jeg skal til kontrol på Rigshospitalet samme dag
(scanning efter kemoen). kan vi tage den over telefon eller flytte den til ugen efter?

venlig hilsen
Susanne

-----Oprindelig meddelelse-----
Fra: Mette Nørgaard, Jobcenter Ishøj
Sendt: 9. november 2026 08:33
Til: Susanne Vinther
Emne: Indkaldelse til opfølgningssamtale 19/11

Kære Susanne
Du indkaldes til opfølgningssamtale om din sygemelding torsdag den 19. november
kl. 10.00 i Jobcentret, Ishøj Store Torv 20.
""")

M("e", """
Subject: RE: Decision on your application for enkeltydelse

Dear Sir or Madam,

Thank you for your letter. I understand that you have refused the one-off grant for
the new fridge. I would still like to ask if it is possible to pay back a loan for it
in small amounts instead, as my only income is the integration benefit and I cannot
buy it in one go.

Kind regards,
Yonas

> From: Center for Borger, Økonomi og IT
> Sent: 5 November 2026 10:20
> Your application for enkeltydelse (aktivlovens § 81) has been refused.
""")

M("", """
Hej

Vi har fået jeres brev om at affaldsbeholderne udskiftes i uge 49. Vi bor på en
privat fællesvej og skraldebilen kan ikke vende for enden. Kan I sørge for at de nye
beholdere sættes ved indkørslen til nr. 2 som de gamle?

Kundenummer på affaldsordningen: 0804761190
Adresse: Vejleåvej 118

Mvh Torben og Sanne

> Fra: Affald og Genbrug, Ishøj Kommune
> Sendt: 2. nov. 2026
> Emne: Nye affaldsbeholdere i dit område
> Fra uge 49 får alle husstande i området nye beholdere til madaffald og papir.
""")

M("he", """
Til Hjælpemiddelteamet

Jeg svarer på jeres brev fra 22. oktober, hvor I skriver at I har bevilget en
rollator og en toiletforhøjer til min far, Knud Aage Pedersen, cpr. [[030838 1477]].
Tak for det. Men han har stadig brug for en badebænk, fordi han efter blodproppen i
foråret ikke kan stå op i brusebadet. Jeg vedlægger fuldmagt.

Med venlig hilsen
Jannie Pedersen

-----Oprindelig meddelelse-----
Fra: Hjælpemidler, Center for Voksne og Velfærd
Sendt: 22. oktober 2026 14:55
Emne: Bevilling af hjælpemidler, sagsnr. 27.27.08-G01-3311-26
Der er bevilget rollator og toiletforhøjer. Hjælpemidlerne leveres i uge 45.
""")

M("", """
Til borgmesterens sekretariat

Jeg har modtaget jeres kvittering (nedenfor), tak. Jeg vil bare høre om jeg kan
komme med til borgermødet om den nye skolestruktur den 26. november, eller om der
skal tilmelding.

Med venlig hilsen
Dorthe Frandsen

> Kære Dorthe Frandsen
> Borgmesteren har modtaget din mail om skolestrukturen. Du får svar inden for 10
> arbejdsdage. Sagen er journaliseret under nr. 17.01.00-A00-0092-26.
> Venlig hilsen
> Marianne Holst, PA for borgmesteren
""")

M("he", """
Hej Rikke,

Svar på dit spørgsmål: nej, der er ingen ændringer. Jeg er stadig 100 % sygemeldt
med angst og depression, psykiateren har hævet dosis af medicinen igen, og jeg går
til samtaler hver anden uge. Jeg sender lægeerklæringen med posten.

Og ja, jeg har stadig sygedagpenge fra jer.

Mvh
Camilla Frost

> Den 6. nov. 2026 kl. 15.40 skrev Rikke Lindholm (Jobcenter):
> Hej Camilla, er der sket ændringer i din situation siden sidst vi talte sammen?
""")

M("e", """
Emne: Re: Rykker for betaling af daginstitution - sag 2026-88123

Jeg har aldrig fået nogen opkrævning, så jeg vidste ikke at der var restance. Jeg
er alene med to børn og har været arbejdsløs siden august. Jeg vil gerne lave en
afdragsordning på 300 kr. om måneden, og så vil jeg gerne søge om økonomisk
friplads til Alma.

Sofie Kragh

-----Original Message-----
From: Pladsanvisningen
Sent: 3. november 2026 07:00
Subject: Rykker for betaling af daginstitution
Du skylder 3.615 kr. for plads i Troldebo. Beløbet overgår til inddrivelse hos
Gældsstyrelsen, hvis det ikke er betalt inden 20. november.
""")

M("", """
Hej

Vedr. jeres brev om vandaflæsning: måleren står på 1.183 m3, og målernummeret er
24018655 (ikke det nummer I har skrevet i brevet, 1204881133). Husk at rette det i
systemet.

Mvh Henning Bruun, Ishøj Søvej 41

> Kære forbruger, vi mangler din aflæsning for 2026. Aflæs senest 30/11.
""")

M("he", """
Hej Jesper

Jeg er i tvivl om du fik min sidste mail, så jeg skriver igen og sætter den gamle ind
nedenfor.

Lise

---
Fra: Lise Damgaard
Sendt: 1. november 2026
Til: Jesper Mølgaard, byrådsmedlem
Emne: Kørsel til dialyse

Kære Jesper
Min mand Erik får dialyse tre gange om ugen i Glostrup, og kommunen har givet afslag
på kørsel fordi han "kan tage bussen". Han kan næsten ikke gå 50 meter. Kan du hjælpe
os med at få sagen set på igen?
Lise
""")

M("", """
Kære Ishøj Kommune

Tak for invitationen til informationsmødet om fjernvarme. Jeg kan ikke komme den
24., men jeg vil gerne have materialet tilsendt. Kan man se kortet over hvilke veje
der kommer med i første etape?

Mvh
Anders Winther

Den 2. nov. 2026 kl. 12.00 skrev Ishøj Kommune <noreply@ishoj.dk>:
> Invitation: Informationsmøde om fjernvarme i Ishøj Landsby
> Tirsdag den 24. november kl. 19.00 på Ishøj Rådhus. Tilmelding ikke nødvendig.
""")

M("e", """
Til Børne- og Skoleudvalgets sekretær

Jeg sender svaret videre, som jeg fik fra PPR, da formanden bad om det på mødet.
Som I kan se har Noah nu ventet siden april på at blive testet, og skolen siger de
ikke kan give ham ekstra støtte, før PPR har været der.

Mvh Natasja Holm (mor til Noah, 3.B på Vibeholmskolen)

> Fra: PPR Ishøj
> Sendt: 27. oktober 2026
> Noah er skrevet på ventelisten til en pædagogisk-psykologisk vurdering. Den
> forventede ventetid er lige nu 7-8 måneder.
""")

M("", """
Hej PPR

Jeg er formand for forældrebestyrelsen i Gildbro. Vi har fået jeres nyhedsbrev om
ventetider (se nedenfor) og vil gerne invitere en af jer til vores møde i januar for at
fortælle generelt om, hvordan man bliver indstillet, og hvad I tilbyder.

Venlig hilsen
Jonas Fabricius

> Nyhedsbrev fra PPR, november 2026: Den gennemsnitlige ventetid på en vurdering er
> faldet fra 9 til 7 måneder. Vi har ansat to nye psykologer.
""")

M("he", """
Emne: VS: Svar på klage - afslag på genoptræning

Hej Birgitte (sekretær for Social- og Sundhedsudvalget)

Formanden sagde at jeg skulle sende det til dig. Jeg er 71 og fik en ny hofte i
september. Hospitalet lavede en genoptræningsplan, men kommunen vil kun give mig
fire gange på Sundhedshuset. Svaret på min klage er nedenfor.

Gerda Holmsted

-----Oprindelig meddelelse-----
Fra: Træning og Rehabilitering
Sendt: 26. oktober 2026
Emne: Svar på klage
Vi fastholder, at du er bevilget fire træningsgange. Du kan klage til
Styrelsen for Patientklager.
""")

M("e", """
Hej

Jeg har fået jeres kvittering og skal bare lige tilføje, at min eksmand ikke har
overholdt samværsaftalen de sidste tre weekender. Familieretshuset har sagt, at I i
kommunen kan hjælpe med børnesamtalen. Sagsnummeret fra jer står nedenfor.

Louise

> Kvittering for modtagelse af din henvendelse, sagsnr. 28.00.00-A00-4211-26.
> Du hører fra os senest 18. november 2026.
""")

M("", """
Re: Mødeindkaldelse - Ældrerådet 2. december

Tak. Jeg bekræfter deltagelse. Kan vi flytte punkt 4 (budgetopfølgning) op før
pausen? Jeg skal gå kl. 15.30.

Hilsen
Inger Lauridsen, næstformand

> Fra: Sekretariatet for Ældrerådet
> Dagsorden og bilag er vedlagt. Mødet holdes i mødelokale 2, Ishøj Rådhus.
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg har fået et brev om at min hjemmehjælp til rengøring skal ændres fra hver uge til
hver anden uge. Jeg har KOL og bliver forpustet bare af at gå ud med skraldet, så
hvordan skal jeg selv gøre rent?

Kirsten Bak
Cpr nr. [[1209440982]]
Ishøj Strandvej 62, 2. th.

> Afgørelse om ændring af praktisk hjælp: Fra 1. december 2026 får du hjælp til
> rengøring hver 14. dag.
""")

M("e", """
Hi,

I got your letter about "tilbagebetaling af boligstøtte" through Google Translate. If I
understand correctly I have to pay back 9,400 kroner because my income was higher in
2025 than I told you. I had a second job for three months that I forgot to report.
Can I pay it back in instalments? I don't have that amount now.

Best,
Marcus Lindqvist
Vejleåparken 22, 1. tv.
""")

M("h", """
Hej Søren

Hermed tråden fra din kollega nedenfor. Vores datter Ida er allergisk over for nødder
(anafylaksi) og skal have sin adrenalinpen med i SFO'en. Pædagogerne siger de ikke
må give den. Hvem bestemmer det?

Venlig hilsen
Thomas og Maja

-----Oprindelig meddelelse-----
Fra: Søren Dahl, Center for Børn og Forebyggelse
Sendt: 3. november 2026
Tak for din mail. Jeg undersøger reglerne og vender tilbage.
""")

M("", """
Hej

Jeg skriver på vegne af Ishøj Seniorklub. Vi har læst jeres mail om at
Sundhedshuset holder lukket mellem jul og nytår. Vil vaccinationerne mod influenza
fortsætte i januar? Mange af vores medlemmer har spurgt.

Med venlig hilsen
Ebbe Thygesen, kasserer

> Sundhedshuset holder lukket 24. december - 1. januar. Gratis influenzavaccine til
> borgere over 65 gives på apotekerne og hos egen læge.
""")

M("e", """
SV: SV: SV: Kontanthjælp - manglende dokumentation

Jeg har nu sendt kontoudtoget TRE gange. Første gang den 2. oktober, så den 16. og så
igen i mandags. Hvis I ikke kan finde det, må I sige hvem jeg skal give det til i
hånden. Jeg har ikke fået kontanthjælp for november endnu og har 312 kr. på kontoen.

Rasmus Holm, cpr [[220699-3145]]

> > > Vi mangler fortsat kontoudtog for de sidste tre måneder.
""")

M("he", """
Emne: Sv: Kvittering - klage over afgørelse om handicapbil

Hej

Jeg vil bare lige sige, at der er en fejl i jeres kvittering: min søn Oliver er ikke
"bevægelseshæmmet pga. ulykke", han har cerebral parese fra fødslen. Det er vigtigt at
det står rigtigt i sagen, når I sender den til Ankestyrelsen.

Mvh
Karina Juhl

Den 4. nov. 2026 kl. 09.18 skrev Center for Voksne og Velfærd:
> Vi har modtaget din klage over afslag på støtte til køb af bil og genvurderer sagen.
""")

M("", """
Hej Lars,

Hermed min underskrift på referatet fra mødet i Vejleå Park, og så vedhæfter jeg
tegningerne igen, da der var fejl i bilag 2. Kan I sende mig fakturanummeret
(1103821147 eller 1103821174?), så jeg kan betale for byggetilladelsen.

Hilsen
Flemming Nyholm

-----Oprindelig meddelelse-----
Fra: Lars Krog, Byggeri
Sendt: 9. november 2026
Emne: Byggesag 2026-3312 - carport
Vi mangler din underskrift og reviderede tegninger.
""")

M("e", """
Kære borgerrådgiver

Jeg sender dig hele korrespondancen med Ydelseskontoret. Jeg er 66 og har søgt
folkepension i juli. Jeg har stadig ikke fået en afgørelse, og min opsparing er næsten
brugt. De svarer hver gang med det samme standardbrev.

Venlig hilsen
Per Gregersen

>>> 12. okt.: Vi har modtaget din henvendelse og svarer inden 10 arbejdsdage.
>> 28. okt.: Vi har modtaget din henvendelse og svarer inden 10 arbejdsdage.
> 9. nov.: Vi har modtaget din henvendelse og svarer inden 10 arbejdsdage.
""")

M("h", """
hej igen

glemte at skrive i min første mail at Sara (dagplejer) stadig er syg, hun har fået en
blodprop i benet og er indlagt. så vi har stadig brug for gæsteplads i næste uge
også

Morten

> Den 9. nov. 2026 skrev Dagplejen Ishøj:
> Vi har sørget for gæsteplads til Freja hos Gitte i denne uge.
""")

M("", """
Hej

Vi har læst jeres høringsbrev om den nye lokalplan 1.112 for erhvervsområdet ved
Industrivej. Jeg er uenig i at I vil tillade byggeri i 14 meters højde. Det skygger for
hele rækken af huse på den anden side af vejen. Jeg beder jer tage høringssvaret med.

Med venlig hilsen
Vagn Christiansen

> Høringsfristen for lokalplan 1.112 er 4. december 2026.
""")

M("e", """
Kære Center for Børn og Forebyggelse

Tak for jeres brev, hvor I skriver at I har modtaget en underretning om min datter
fra skolen. Jeg vil gerne vide hvad der står i underretningen, og hvem der har
skrevet den, før jeg kommer til mødet den 18.

Venlig hilsen
Nadia Sørensen

-----Oprindelig meddelelse-----
Fra: Familieafdelingen
Sendt: 5. november 2026
Emne: Indkaldelse til møde om Emma, 12 år
Vi har modtaget en underretning vedrørende Emma og inviterer dig til en samtale.
""")

M("h", """
Auto-svar: Jeg er sygemeldt efter en operation og læser ikke mails før 4. januar.
I hastende sager om Grundejerforeningen Strandparken kan du kontakte næstformand
Helle Bro på 20 14 55 87.

Vibeke Ravn

> Til: Vibeke Ravn
> Emne: Svar fra Ishøj Kommune vedr. vedligehold af fællesarealer
""")

M("", """
Autosvar: Tak for din mail. Jeg er på ferie til og med 23. november og har ikke
adgang til min mail. Ved akutte spørgsmål om indbetalinger til Ishøj Bådelaug,
ring til kassereren på 40 88 19 20.

Mvh Bent Kofoed

> Emne: Kvittering for ansøgning om tilskud til Ishøj Bådelaug, j.nr. 2026-2210
""")

M("e", """
Til Jobcenter Ishøj

Jeg bekræfter hermed at jeg starter i virksomhedspraktik hos Netto i Ishøj Bycenter
mandag den 16. november som aftalt. Jeg kan dog kun mødes kl. 8 på grund af at jeg
afleverer min søn i børnehave.

Venlig hilsen
Faisal Noor

> Vi har aftalt med Netto, at du begynder i praktik 16. november kl. 7.00.
""")

M("he", """
Hej,

Jeg har videresendt jeres svar til min advokat. Bare så I ved det: jeg har ikke
"nægtet at deltage i aktivering". Jeg var indlagt på psykiatrisk afdeling i Glostrup
fra 2. til 19. oktober, og det har I fået dokumentation for.

Kenneth Olsen
[[071185-1893]]

Den 30. okt. 2026 skrev Ydelsesteamet:
> Din kontanthjælp nedsættes, da du ikke har deltaget i dit tilbud i uge 41-42.
""")

M("", """
Hej Ishøj Kommune

Tak for svaret. Jeg har nu fundet regningen: Fakturanr. 2611853372, kunde-nr.
0507902261, beløb 1.250 kr. for leje af Ishøj Idrætscenters hal 2 den 7. november. Jeg
betaler i dag via reg.nr. 9570 konto 0012876543, som I skriver.

Venlig hilsen
Søren Bak, Ishøj Badmintonklub

> Vi kan se at fakturaen for hal-lejen ikke er betalt. Venligst indbetal beløbet.
""")

M("h", """
Til Tandplejen

Tak for jeres brev om at Lucas skal have fjernet to tænder under narkose på
Rigshospitalet. Han er meget angst for hospitaler efter operationen sidste år. Kan
vi få lov at være med ind, til han sover?

Mvh Julie Frandsen
""")

M("e", """
SV: Afgørelse - plads på plejecenter

Hej, tak for den gode nyhed! Min mor er meget glad for, at hun kan flytte ind på
Kongsgården 1. december. Jeg vil gerne høre, om vi selv skal sørge for flyttebil.

Venlig hilsen
Birthe Rasmussen (datter af Ella Rasmussen)

> Afgørelse: Ella Rasmussen er visiteret til plejebolig på Kongsgården.
""")

M("", """
Hej Mette

Jeg har lige set referatet fra skolebestyrelsesmødet. Der står at næste møde er den
8. december, men i kalenderen står 10. december. Hvilken dato er rigtig?

Og sagsnumrene på de to høringer (27.00.00-P20-0011-26 og 27.00.00-P20-0014-26) er
byttet om i bilagslisten.

Hilsen
Ole Stenbæk, skolebestyrelsen Ishøj Skole
""")

M("he", """
Kære Jobcenter

Jeg har fået indkaldelse til rehabiliteringsteam den 25. november. Jeg vil gerne have
min bisidder med. Jeg har fibromyalgi og er ofte så træt efter møder, at jeg ikke kan
huske hvad der er sagt.

Venlig hilsen
Annette Bloch
""")

M("e", """
Til Ishøj Kommune, Borgerservice

Vedr. jeres brev af 3/11 om mellemkommunal refusion: jeg er flyttet fra Brøndby til
Ishøj 1. september og har fået førtidspension i Brøndby siden 2019. I skriver, at
Brøndby stadig udbetaler. Skal jeg gøre noget?

Hilsen Claus Brink
CPR: [[260264\u20131387]]
""")
