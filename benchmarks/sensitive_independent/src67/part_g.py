"""corpus67 part g: CPR numbers in crisis mails, property trades, look-alike numbers."""
from common import M

M("e", """
Til hovedpostkassen

Vedr. nødhjælp til husleje. Jeg har fået udbetalt for lidt kontanthjælp i november, fordi
jobcentret har registreret et forkert fravær. Jeg skylder nu 7.800 kr. i husleje.

Navn: Kenneth Mølgaard
CPR: [[230484-1757]]
Tlf.: 28 71 03 44
""")

M("eh", """
Hej

Jeg skriver for min søn Adam, [[120312-4531]], som blev anbragt på et opholdssted i
Jylland efter en underretning fra skolen. Han har ADHD og tager medicin, men stedet har
ikke fået hans recept. Hvem sørger for det?

Med venlig hilsen
Tanja Sørensen, [[050889-2260]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har betalt ejendomsskat for 1. halvår to gange. Ejendomsnr. 183-019442, kundenr.
2104671234. Kan beløbet tilbageføres til min konto, reg.nr. 5301 konto 0247118930?

Med venlig hilsen
Leif Gram
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har solgt mit hus på Ishøj Byvej betinget af at køberens advokat godkender
servitutterne. Der er en servitut fra 1962 om en vejret til kommunen. Kan kommunen
aflyse den? Køberen har 6 hverdage tilbage af fortrydelsesfristen.

Venlig hilsen
Annelise Krogh
""")

M("e", """
hej. jeg er løsladt fra Horserød og har fået tildelt en skæv bolig i Ishøj. nøglen skulle
udleveres i dag men der var ingen. cpr [[1102931941]] tlf 31 44 87 09. ring venligst

Danny
""")

M("", """
Hej

Jeg har et spørgsmål til en faktura fra kommunen, nr. 1405861199, på leje af
Ishøj Idrætscenters sal til vores klubs juleafslutning. Beløbet er for højt i forhold til
aftalen. Klubbens CVR er 29718844.

Mvh Kasserer, Ishøj Badmintonklub
""")

M("eh", """
Til Center for Voksne og Velfærd

Min mor, Grethe Hansen, cpr-nr. [[070337-0914]], fik et slagtilfælde i sidste uge og kan
ikke komme hjem i sin lejlighed på 3. sal. Vi vil søge om plejebolig til hende. Jeg har
fuldmagt.

Med venlig hilsen
Lone Hansen
""")

M("p", """
Til borgmesteren

Vi har købt en ejendom på Industrivej, men skødet er ikke tinglyst, fordi kommunen ikke har
givet samtykke til overdragelse af tilbagekøbsretten. Handlen kan ikke gennemføres uden.
Hvornår får vi svar?

Med venlig hilsen
Rasmussen & Søn Entreprise ApS
""")

M("e", """
-----Oprindelig meddelelse-----
Fra: Sandra Leth
Til: Borgerservice Ishøj
Emne: Enkeltydelse til briller

Hej, jeg har søgt om enkeltydelse til briller til min datter. Mit cpr er [[191190 2244]].
Jeg er enlig mor og er under uddannelse.

-----
Videresendt til Center for Voksne og Velfærd, da borgerservice ikke behandler sagen.
""")

M("p", """
Kære Jan (udvalgsformand)

Min nabo i nr. 23 har sat sit hus til salg, og ejendomsmægleren skriver i salgsopstillingen
at der må bygges i to etager. Jeg mener ikke det er rigtigt efter lokalplanen. Kan
kommunen rette det, inden huset bliver solgt?

Med venlig hilsen
Ole Fabricius
""")

M("t", """
Hej

Jeg er fra Ghana og har boet i Danmark i 9 år. Jeg har fået et nyt sundhedskort, men der
står et forkert efternavn. Mit cpr er [[150880–1929]]. Kan I rette det?

Kwame Mensah
""")

M("", """
Til hovedpostkassen

Har kommunen en beredskabsplan for strømsvigt? Jeg har læst at man skal have vand, radio og
mad til tre døgn. Deler kommunen information ud om det til borgerne?

Venlig hilsen
Solvejg Hjorth
""")

M("ep", """
Til Center for Borger, Økonomi og IT

Jeg skylder kommunen 62.000 kr. for en gammel boligstøttesag, og I har tinglyst pant i min
lejlighed. Nu vil jeg sælge, og der er en køber klar. Kan pantet aflyses mod at I får
beløbet ved overtagelsen? [[030365-1112]]

Med venlig hilsen
Poul Sejersen
""")

M("hu", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af 3F og har fået en arbejdsskade i ryggen på byggepladsen. Min arbejdsgiver
har haft en § 56-aftale for mig, og den udløber. Skal arbejdsgiveren selv søge om en ny?
[[091172-2705]]

Med venlig hilsen
Brian Østergaard
""")

M("", """
Hej

Mit ordrenummer på en ny affaldsspand er 2803920015, og der er ikke kommet noget. Jeg bor på
Kirkebjerg Allé. Kan I tjekke det?

Mvh Lis Nørby
""")

M("p", """
Til Økonomiudvalget

Vi har et tilbud fra en køber på vores erhvervsgrund ved Ishøj Havn, men han vil kun
købe, hvis kommunen forlænger lejeaftalen for bådebroen. Vi skal svare inden 15. januar.

Med venlig hilsen
Havnens Bådeservice A/S
""")

M("e", """
Til borgerrådgiveren

Jeg klager over at min ansøgning om hjælp til begravelse af min bror, Carsten Vind
([[011061 1037]]), er blevet afvist. Jeg er selv på førtidspension og har ingen opsparing.
Min cpr: [[170758-1236]]

Inge Vind
""")

M("pse", """
Hej igen Karen,

Som jeg skrev før: Min mand, Torben, og jeg (vi er to mænd, hvis det ikke var tydeligt) har
solgt vores lejlighed betinget af at vi kan købe et hus i Torslunde. Det hus er nu solgt til
en anden, og vi kan miste begge. Kan kommunen hjælpe med en midlertidig lejebolig?

Den 12. okt. skrev Karen Holm:
> Hej Jesper, tak for din mail. Jeg har sendt den videre.

Jesper
""")

M("ht", """
Dear Ishøj Kommune,

I am from Nigeria and I had a serious car accident on Køge Bugt Motorvejen last month. I was
in hospital for two weeks. Now the hospital sends me a bill. My CPR is [[220491-3117]]. I
thought health care was free in Denmark?

Regards,
Chinedu Okafor
""")

M("", """
Til Center for Borger, Økonomi og IT

Min elmåler nr. 57131092 viser et forbrug, som ikke kan passe. Aftagenummer 5710049880.
Kan kommunen kontakte forsyningen for mig, eller skal jeg selv?

Med venlig hilsen
Preben Wulff
""")

M("pe", """
Til borgmesteren

Min ekskone og jeg skal sælge vores fælles hus på Ishøj Landevej efter skilsmissen. Vi har
fået to bud, og hun vil sælge til den laveste, fordi det er en ven af hende. Kan kommunen
hjælpe som mægler? Sagen er hos Familieretshuset.

Med venlig hilsen
Michael Thorup
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er plejemor for Liva, cpr [[2409144823]], som er anbragt hos os. Hun skal have nyt pas,
og politiet kræver samtykke fra kommunen. Hvem skal jeg kontakte?

Med venlig hilsen
Berit Lunde
""")

M("p", """
Hej

Vi er ved at købe en andelsbolig i Vejleåparken og har fået et foreløbigt ja fra
foreningen. Kommunen skal godkende prisen på forbedringer. Hvor lang tid tager det?

Mvh Sara og Jonas
""")

M("", """
Hej

Jeg vil gerne vide om der er nogen regler for at holde en indsamling for en familie der har
mistet alt i en brand. Jeg spørger generelt, da vi i vores boldklub overvejer at hjælpe, hvis
noget sker.

Mvh Morten, Ishøj Fodbold
""")

M("bt", """
Til hovedpostkassen

Jeg er født i Indien og er sikh. Jeg skal have et nyt billede til mit pas, og borgerservice
siger at jeg skal tage turbanen af. Det kan jeg ikke. Mit cpr er [[280576\u00a02419]].

Gurpreet Kaur
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har et kolonihavehus i H/F Ishøj Strand og har fået en køber fra foreningens venteliste.
Vi er enige om prisen, men kommunens vurdering mangler. Kan I komme før jul?

Venlig hilsen
Gunnar Pedersen
""")

M("e", """
Hej

jeg har fået en regning fra krisecentret på 2.600 kr for mit ophold med min datter. jeg er på
SU og har ingen penge. kan den nedsættes? cpr: [[060200-4120]]

Signe
""")

M("", """
Til Teknik- og Miljøudvalget

Hvor mange indbrud har der været i Ishøj Landsby i år? Jeg har hørt fra naboer at tallet er
steget, og vi vil gerne have en nabohjælp-ordning. Har kommunen skilte?

Venlig hilsen
Hanne Rask
""")

M("pu", """
Til borgmesterens PA

Jeg er TR for HK på et kontor i Taastrup og sælger mit rækkehus i Ishøj. Køberen har trukket
sig efter at have set kommunens nye støjkort for motorvejen. Er kortet endeligt?

Med venlig hilsen
Mette Juhl
""")

M("eh", """
Til Center for Voksne og Velfærd

Min far, Henning Olsen, [[150129-2117]], er 97 og har fået at vide at han ikke kan få mere
hjemmehjælp. Han har KOL og kan næsten ikke gå. Jeg synes det er uforsvarligt.

Med venlig hilsen
Lisbeth Olsen
""")

M("p", """
Kære borgmester

Jeg har givet bud på kommunens grund på Ishøj Søvej 14 sammen med min svoger. Vi har hørt at
der er flere bydere. Hvornår bliver buddene åbnet?

Med venlig hilsen
Kenneth Bjerg
""")

M("", """
Hej

Jeg har ringet til jer fra tlf. 2014 9987 tre gange om en bænk, der er væltet i Ishøj
Bypark. Sagsnr. 05.01.00-P20-4-26. Hvornår bliver den rettet?

Mvh Jytte
""")

M("s", """
Til Center for Borger, Økonomi og IT

Min mand Kristoffer og jeg er flyttet til Ishøj, men i folkeregistret står vi ikke som gift.
Vi blev gift i Aalborg i 2020. Mit cpr er [[041088-1995]].

Venlig hilsen
Anders Brink
""")

M("pe", """
Hej

Vores hus skal på tvangsauktion fordi min mand har spillet alle vores penge op på nettet.
Der er en køber, der vil give 1,8 mio, men vi skylder 2,1 mio. Kan kommunen give et lån til
forskellen? Vi har tre børn.

Mvh Kristina
""")

M("", """
Til hovedpostkassen

Jeg har mistet mit sygesikringskort. Kan jeg bestille et nyt på nettet, eller skal jeg møde
op i borgerservice? Mit kundenr. hos jer (parkering) er 0905821234, hvis det hjælper.

Venlig hilsen
Bente Lyng
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg har fuldmagt fra min farbror, Svend Aage Lund, [[081044-1122]]. Han bor på herberget og
har fået et brev om at hans folkepension bliver modregnet. Hvad betyder det?

Med venlig hilsen
Kim Lund
""")

M("p", """
Til borgmesteren

Jeg ejer en erhvervsejendom på Vejlegårdsvej og har fået et købstilbud, der udløber den 30.
Køberen vil bruge bygningen til et privat krisecenter og vil have kommunens tilkendegivelse
om samarbejde. Kan I give den?

Med venlig hilsen
Ejendomsselskabet Vejlegård ApS, Torben Lassen
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har fået en opkrævning med betalings-id 7101844120 til +71 <84421133>. Vi mener beløbet
er betalt. Kvitteringen er vedlagt.

Med venlig hilsen
Familien Olsen
""")
