"""corpus28 part I: end of the month — reminders, follow-ups and forwarded mails with
CPR numbers in every separator, plus a last batch of hard negatives."""
from common import M

M("", """Rykker!! Jeg skrev til jer den 3. om min skraldespand der er knækket. Stadig ingen ny spand. Ishøj Søvej 101. /Bent""")

M("s", """Hej igen

Jeg skriver som opfølgning på min mail fra sidste uge om vielse på rådhuset. Vi er to kvinder, Helle Storm ([[130578-2186]]) og Rikke Lund ([[0207801942]]), og vi vil gerne giftes den 14. august. Har I modtaget vores papirer?

Mvh Helle""")

M("", """Rykker vedr. sag 2026-04411: Jeg har ikke fået svar på min ansøgning om kantstensparkering til min trailer. Det er 4 uger siden. Mvh Jan Hviid""")

M("t", """Hej

Jeg er født i Tyrkiet og har dansk statsborgerskab. Jeg skal bruge en udskrift fra CPR med min fødeby, fordi det tyrkiske konsulat kræver det. Mit personnummer er [[050472–3011]]. Kan I sende den med Digital Post?

Venlig hilsen
Ayhan Yıldız""")

M("", """Hej, hvordan får man en personregisterudskrift? Koster det noget?""")

M("bt", """Kære skolen

Vores søn Noam skal ikke i skole fredag den 2. oktober, fordi vi holder Yom Kippur. Vi er jødiske, men ikke så strengt troende, så han kommer gerne lørdag til fodboldstævnet.

Mvh Rebecca Adler""")

M("s", """hej. jeg vil gerne klage over at en kvinde i borgerservice sagde "nå, så er det din veninde?" da jeg sagde at jeg skulle melde flytning sammen med min kæreste Sofie. hun er min kæreste. jeg er lesbisk og det er ikke så svært. Mvh Ditte, [[161199 4321]]""")

M("", """Hej. Kan man melde flytning for hele husstanden på én gang på borger.dk, eller skal alle gøre det selv?""")

M("bu", """Til hovedpostkassen – videresendt fra byrådsmedlem

Kære byrådsmedlem. Jeg er SF'er og medlem af 3F Vestegnen og vil gerne have at I stiller krav om sociale klausuler i det kommende udbud af vejvedligehold. Kan vi tage et møde?

Hilsen Jørn Skaarup""")

M("", """Videresendt fra byrådsmedlem: Borgeren spørger hvornår udbuddet af vejvedligehold sendes i høring. Venlig hilsen sekretariatet""")

M("pt", """Hej

Min mand og jeg er fra Polen og har et budgivningsforløb på et hus på Ishøj Søvej. Ejendomsmægleren taler kun dansk, og vi er ikke sikre på hvad "tilstandsrapport" og "betinget skøde" betyder. Kan kommunen henvise os til en tolk eller en uvildig rådgiver før vi byder igen?

Mvh Agnieszka Zielińska""")

M("", """Hej, hvem kan forklare hvad en tilstandsrapport er? Jeg skal skrive om boligkøb på let dansk til sprogcentret.""")

M("t", """hej jeg er inuk fra nuuk og har fået at vide at jeg ikke kan få dansk pas før jeg har en adresse i ishøj. jeg bor hos min fætter på Vejleåvej 15. kan jeg bruge hans adresse? Aputsiaq""")

M("", """Kan man få pas hvis man ikke har en fast adresse? Spørger generelt.""")

M("s", """Kære borgmester

Jeg er bøsse og var med til Pride-arrangementet på biblioteket i sidste uge. Det var det første sted i Ishøj jeg har følt mig helt velkommen. Tak for det, og tak til personalet.

Hilsen Kristoffer""")

M("", """Kære borgmester. Tak for Pride-arrangementet på biblioteket. Det var en fin aften for hele familien. Hilsen Birthe og Knud""")

M("b", """hej. jeg er Jehovas Vidne og ønsker ikke at mine børn skal deltage i fødselsdagsfejringer i SFO'en. det er vores tro. kan I sørge for at de får lov at lave noget andet? mvh Sarah Bonde""")

M("", """Hej. Hvilke regler er der for at fejre fødselsdage i SFO'en? Må man tage kage med? /Malene""")

M("", """Til kommunen: Der er en stor rotte i gården på Gildbrohøj 31. Jeg har set den 3 gange. Kom nu og gør noget. Kundenr. 0907651432""")

M("ue", """Kære jobcenter

Jeg er medlem af FOA og har været ledig siden august. Jeg har fået tilbudt et job som SOSU-hjælper på nattevagt, men FOA siger at jeg ikke mister dagpengeretten hvis jeg siger nej pga. mine to små børn. Er det rigtigt? Mit cpr er [[271087-2554]].

Mvh Pernille Kock""")

M("", """Kan man miste retten til dagpenge hvis man siger nej til et nattevagtsjob? Det er bare noget vi diskuterede på arbejdet.""")

M("th", """Kære Center for Voksne og Velfærd

Min mormor er armensk og taler næsten kun armensk. Hun har demens og skal snart have hjemmehjælp. Kan man ønske en hjælper der taler armensk eller russisk? Vi har endnu ikke søgt, vi vil bare vide det først.

Mvh Anna Petrosyan""")

M("", """Hej. Må man ønske en bestemt hjemmehjælper, fx en der taler et bestemt sprog? Jeg er sygeplejestuderende og skriver opgave om det.""")

M("s", """hej hej. er der en LGBT+ gruppe for unge i ishøj? jeg er 15 og er lige sprunget ud som homo og kender ingen andre. tak. -J""")

M("", """Hej, findes der en LGBT+ ungegruppe i Ishøj eller Vallensbæk? Spørger som forælder til en skoleklasse hvor vi vil invitere nogen ud og fortælle.""")

M("p", """Hej

Jeg har en kolonihave i H/F Tranegilde som jeg har sat til salg efter foreningens vurdering. Der er en interesseret på venteliste, men foreningen siger at kommunen skal godkende et nyt udhus, før handlen kan gennemføres. Er det rigtigt?

Mvh Ulla Berg""")

M("", """Hej. Hvornår skal kolonihaverne i Ishøj være vinterlukket? Og må man have vand på om vinteren?""")

M("b", """Kære byrådsmedlem

Jeg stemte på Konservative ved sidste valg, men nu overvejer jeg at skifte, fordi I har droppet planerne om flere p-pladser ved stationen. Hvad er planen?

Mvh Erling Haldager""")

M("", """Kære byrådsmedlem. Hvad er planen for flere p-pladser ved Ishøj Station? Mvh Erling""")

M("p", """Hej, min nabo har et hus til salg annonceret for 4,2 mio. Er det ikke lidt meget for Ishøj? Hvad er gennemsnitsprisen?""")

M("t", """Hej. Jeg er ukrainer og har fået en parkeringsbøde fordi jeg ikke forstod skiltet. Kan jeg få en forklaring på engelsk? Bødenr. 7734112. Thank you. Dmytro Bondarenko""")

M("e", """Kære Borgerservice

Jeg vedhæfter rykkerskrivelsen fra Udbetaling Danmark om tilbagebetaling af boligstøtte på 6.812 kr. Jeg forstår ikke hvorfor, for jeg har ikke haft flere indtægter. Kan I se på den? Personnummer [[300691-1408]].

Mvh Lasse Kjær""")

M("", """Hej. Hvornår udbetales boligstøtten i december? Falder den før jul?""")

M("s", """Hej. Jeg vil gerne søge om tilskud til en forening for ældre homoseksuelle mænd i Ishøj. Jeg er selv bøsse, formand for foreningen og 68 år. Hvor søger man §18-midler? Mvh Finn Krogager""")

M("", """Hvor søger man §18-midler til frivilligt socialt arbejde i Ishøj, og hvornår er fristen?""")
