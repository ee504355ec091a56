"""Part F: mails carrying CPR numbers (all five separators), mostly with economy,
property or belief; hard negatives with invoice, customer, case and other numbers
that look like CPR numbers."""
from common import M

M("e", """Til Borgerservice

Jeg skal bruge en udskrift af min gæld til det offentlige, fordi jeg har fået en henvendelse fra Gældsstyrelsen om lønindeholdelse. Jeg forstod ikke brevet.

Navn: Jimmi Karlsen
CPR: [[030487-1945]]
Adresse: Humlevænget 6, 2635 Ishøj""")

M("", """Hej. Jeg har fået en opkrævning fra kommunen på renovation, kundenummer 0704851231, og beløbet er dobbelt så højt som sidste år. Er der sket en fejl? Mvh Henning Lauritsen, Fasanvej 12""")

M("p", """Kære Ejendomsafdelingen

Hermed fremsendes vores underskrevne købstilbud på byggegrunden Landsbyvej 14B, som kommunen har udbudt. Tilbuddet gælder til 1. oktober.

Køber 1: Rasmus Weber, cpr [[121188 2743]]
Køber 2: Ida Weber, cpr [[020590 2618]]

Med venlig hilsen
Rasmus og Ida Weber""")

M("", """Til kommunens bogholderi. Vi har ikke modtaget betaling for fakturanr. 1203241456 vedr. snerydning på Vejleåskolen. Betalingsbetingelse var netto 30 dage. Mvh Vestegnens Entreprenør A/S, CVR 31 45 87 22""")

M("eh", """hej, jeg er på sygedagpenge pga. en knæoperation og har fået brev om at min sag er overgået til jobcentret, men de har skrevet forkert cpr på brevet, mit rigtige er [[0506781224]]. kan det rettes før min udbetaling går galt? mvh Carsten Winther""")

M("", """Hej Borgerservice. På mit sygesikringsbevis står der en forkert læge - det skal være Lægehuset på Ishøj Torv. Jeg har ringet men kommer ikke igennem. Mvh Gerda""")

M("b", """Til Kirkekontoret / Ishøj Kommune

Jeg ønsker at blive meldt ind i folkekirken igen efter 20 år som udmeldt. Jeg er blevet døbt som voksen i påsken. Mit personnummer er [[141172–0839]].

Venlig hilsen
Peter Juul""")

M("e", """Kære Familieafdelingen

Vi har to børn i vuggestue og har søgt økonomisk friplads, da jeg er ledig og min mand er på SU. Børnenes cpr-numre er [[110722-5504]] og [[300623 5291]]. Vi har ikke hørt noget i 6 uger.

Venlig hilsen
Sabina Hussain""")

M("", """Til Ishøj Kommune. Bilag nr. 300125-0042 fra vores regnskab vedr. tilskud til foreningens sommerlejr skal godkendes senest 1. marts. Kan I bekræfte modtagelsen? Mvh Kasserer, FDF Ishøj""")

M("pe", """Kære Mogens

Du sagde jeg bare skulle skrive. Min mor, Edith Nygaard ([[180331-0416]]), skal flytte på plejehjem, og vi har sat hendes rækkehus på Ishøj Søvej til salg. Mægleren har et bud på 2,1 mio. Men vi mangler svar fra kommunen om hvorvidt hun skal betale boligydelse tilbage, hvis huset sælges. Kan du skubbe lidt på?

Mvh Jonna""")

M("", """Hej. Jeg har fået et p-nummer til min nye enkeltmandsvirksomhed, 1022334455, men jeg skal også have et CVR-nummer for at leje stadeplads på torvet. Hvordan gør jeg det? Mvh Tobias""")

M("e", """Til Ydelseskontoret

Ansøgning om enkeltydelse til briller til min datter. Hun har fået nye glas i januar og vi har ikke råd. Jeg er enlig mor og på kontanthjælp.

Mor: Nadia El-Amin, [[250893 4410]]
Barn: Yasmin El-Amin, [[070115 4128]]""")

M("", """Kære Borgerservice. Mit sygesikringskort er blevet stjålet sammen med min pung. Hvordan får jeg et nyt, og skal jeg spærre cpr-nummeret? Mvh. Bjørn""")

M("u", """Hej Lone

Jeg er medlem af Dansk Metal og har fået job på kommunens materielgård. Lønsedlen har et forkert personnummer ([[090795-3320]] er mit rigtige) og så kan fagforeningen ikke registrere min indbetaling. Hvem retter det?

Mvh Frederik Bach""")

M("", """Hej. Min lønseddel fra kommunen viser en anden feriepengesats end sidste år. Har der været en ændring? Medarbejdernr. 170388-2201 i systemet, jeg arbejder i Ishøj Bibliotek. Mvh Rikke""")

M("ph", """Kære Byggesagsafdelingen

Min far er svært syg med KOL og kan ikke selv tage sig af salget af sin grund i Tranegilde. Jeg har fuldmagt. Der er en køber, der vil betale 1,4 mio., hvis grunden kan bebygges med et dobbelthus. Far hedder Knud Poulsen, cpr. [[270541-1103]].

Med venlig hilsen
Rene Poulsen""")

M("eh", """hej. har søgt om at få dækket psykologbehandling pga min angst, men kommunen siger at jeg har for høj indtægt. jeg tjener 19.000 brutto. er det virkelig for højt??? cpr [[031102 4559]] hvis i vil se sagen. /Emma""")

M("", """Hvad er indkomstgrænsen for at få tilskud til psykolog via kommunen? Jeg er frivillig i en ungdomsforening og vil gerne kunne svare, når de unge spørger. Venlig hilsen Jørn""")

M("t", """Til Borgerservice

Jeg er født i Iran og har dansk indfødsret siden 2010. Mit navn er stavet forkert i CPR-registret, og jeg kan derfor ikke få et nyt pas. Mit cpr-nummer er [[160682-1547]]. Navnet skal være Shirin Ahmadi-Nejad.

Venlig hilsen
Shirin""")

M("", """Hej. Hvor lang tid tager det at få nyt pas i Ishøj Borgerservice i sommerperioden? Jeg skal rejse 10. juli. Mvh Bo""")

M("e", """Kære Karina fra Socialudvalget

Jeg har fået afslag på at få min søn Bertram ([[221208–4562]]) visiteret til et specialtilbud. Han har gået hjemme i 4 måneder, og jeg er gået ned i tid på arbejdet for at passe ham, så vi har svært ved at klare huslejen. Jeg har klaget, men intet hører.

Mvh Pernille Gram""")

M("", """Kære Skoleudvalg. Hvor mange børn i Ishøj er ikke i skole (hjemmesiddere), og hvad gør kommunen for dem? Jeg arbejder i en forældreforening. Mvh Tine""")

M("e", """hej Ole. jeg har fået et brev fra Familieretshuset om at min eks vil have fuld forældremyndighed over Liva ([[150519 6034]]). jeg har ikke råd til advokat. kan kommunen hjælpe med fri proces eller noget? kh Rasmus""")

M("eb", """Til Jobcentret

Jeg er pacifist og nægter af samvittighedsgrunde at blive sendt i praktik hos en våbenproducent i Ishøj Industrikvarter. Jeg har fået at vide at jeg mister min kontanthjælp, hvis jeg siger nej. Jeg beder om en skriftlig afgørelse.

Markus Lindberg, [[240297 1135]]""")

M("", """Hej. Jeg har fået et brev med journalnr. 27.12.04-G01-1182-24 fra kommunen om mit køkken, men jeg kan ikke finde ud af hvem der er sagsbehandler. Mvh Helle""")

M("pe", """Kære Ishøj Kommune

Jeg er blevet opsagt fra mit job og kan ikke længere betale på mit hus på Vejlebrovej. Jeg har indgået en betinget aftale om salg med en køber, men banken skal godkende, da der er restgæld. Jeg vil gerne vide, om kommunen kan give lån til indskud i en lejebolig. Cpr: [[2509671187]].

Mvh Torben Juhl""")

M("", """Til Ishøj Kommune. Vedr. ordrenr. 2811761234 på levering af kontorstole til Rådhuset: Leveringen forsinkes 2 uger pga. mangel på materialer. Vi beklager. Mvh Kontorland A/S""")

M("h", """Hej. Jeg har fået en henvisning til genoptræning efter min skulderoperation, men genoptræningscentret har registreret mig med forkert cpr-nummer. Det rigtige er [[061060-0298]]. Kan I rette det? Mvh Inger Marie Kjær""")

M("", """Hej. Hvor ligger genoptræningscentret i Ishøj, og er der parkering? Mvh Ulla""")

M("be", """Kære Beskæftigelsesudvalget

Jeg er syvendedagsadventist og holder sabbat fra fredag aften til lørdag aften. Jobcentret har placeret mig i et forløb, hvor jeg skal arbejde lørdage i et supermarked. Jeg ønsker en anden placering. Mit cpr er [[011289-3014]].

Med venlig hilsen
Esther Mwangi""")

M("", """Kære Ishøj Kommune. Jeg har bestilt en ny parkeringslicens med licensnr. 220576-0011, men den virker ikke i appen. Kan I hjælpe? Mvh. Jens Peter""")

M("s", """hej Karen. Min mand Jacob og jeg skal have vores adresse ændret i folkeregistret, men Jacob står stadig på vores gamle adresse i Hvidovre. Hans cpr er [[130484-2239]]. Vi har ringet tre gange. Hvem skal vi tale med? mvh Simon""")

M("", """Hej. Hvor lang tid har man til at melde flytning efter man er flyttet, og hvad koster det hvis man glemmer det? Mvh Christina""")

M("te", """Kære Integrationsafdeling

Vi er en eritreisk familie, der har fået asyl. Vores integrationsydelse er ikke kommet i denne måned. Min mand hedder Tesfaye Haile, [[010179-2911]], og jeg er Senait Haile. Vi har intet at købe mad for.

Hilsen Senait""")

M("", """Kære Ishøj Kommune. Jeg har fået et telefonnummer, 21 06 85 34 17, som jeg skal ringe til angående min affaldsspand, men nummeret er for langt. Hvad er det rigtige nummer? Mvh Ebba""")

M("u", """Hej, jeg er tillidsrepræsentant for HK'erne i Borgerservice og skriver om vores kollega Annie, der er blevet omplaceret uden varsel. Jeg har hendes samtykke til at skrive. Hun er også HK-medlem. Hvem i byrådet kan vi tale med om det? Mvh Jannik Holm""")

M("p", """Kære Center for Byudvikling og Natur

Vi har modtaget jeres svar om den reserverede storparcel nr. 12. Vores finansiering er nu på plads, og vi ønsker at underskrive købsaftalen. Tilbudsgivere: Jonas Lindgren ([[2906862117]]) og Sara Lindgren. Vi kan komme ind i næste uge.

Venlig hilsen
Jonas Lindgren""")

M("", """Hej. Jeg har et kontonummer 1551 0704891234 som jeg vil have tilskuddet til foreningen udbetalt på. Kan I registrere det? Mvh formand Kurt, Ishøj Bordtennis""")

M("e", """Til Ishøj Kommune

Vedr. min tilbagebetaling af boligstøtte: Jeg vil gerne indgå en afdragsordning på 300 kr. om måneden. Jeg er på SU og har et barn. Personnummer: [[191099 4076]].

Med venlig hilsen
Amira Saleh""")

M("h", """Hej Borgerservice. Jeg skal have udstedt et nyt sundhedskort efter min indlæggelse for en blodprop i hjernen - min kone siger det gamle blev smidt ud på hospitalet. Cpr: [[310853-1406]]. Mvh Gunnar""")
