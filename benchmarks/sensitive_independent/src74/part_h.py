"""Part H: mixed formal channels: forwarded chains, second-language Danish, CPR in signatures."""
from common import M

M("he", """
Hej jobcenter

jeg skriver for min far han kan ikke skrive dansk godt. han hedder Abdi Farah [[220367 2751]]. han har ondt i ryggen meget og lægen siger han må ikke løfte. men jobcenter siger han skal i praktik på lager. han har papir fra lægen. hvad skal han gøre

Hodan (datter)
""")

M("s", """
-----Oprindelig meddelelse-----
Fra: Jesper Vang
Sendt: 2. november 2026 22:41
Til: Ishøj Kommune – Borgerservice
Emne: SV: Navneændring

> Kære Jesper, du skal udfylde blanketten på borger.dk.

Tak, men det er ikke helt så enkelt. Min mand Morten og jeg har fået vores fælles efternavn Vang-Holm ved vielsen, men i jeres system står Morten stadig som "ugift". Kan I rette det, eller skal vi ind på rådhuset?

Jesper
""")

M("pe", """
Kære Ishøj Kommune

Undertegnede, advokat Birgitte Sand, repræsenterer Hans og Lillian Dahl, som har solgt deres parcelhus på Torslundevej 12 betinget af, at de kan flytte ind i en plejebolig, da Hans har fået tildelt en plads, og Lillian venter på visitation. Køberne ønsker overtagelse 1. februar. Kan kommunen oplyse om forventet ventetid for Lillian?

Venlig hilsen
Birgitte Sand
Advokat
""")

M("uh", """
Kære Mette

Min kollega Søren Hald, som er tillidsrepræsentant for HK'erne i Borgerservice, er sygemeldt, så jeg skriver i hans sted. Vi vil gerne aflevere en underskriftsindsamling mod lukningen af Borgerservice om lørdagen.

Mvh
Annie Thøgersen
""")

M("", """
Hej

Jeg har fået et brev med journalnr. 27.12.00-G01-1193-25 og et sagsnummer 1902781045, men ikke noget navn på sagsbehandleren. Det drejer sig om min byggesag (en carport). Hvem skal jeg ringe til?

Mvh Knud
""")

M("ht", """
Til Ishøj Kommune, Sundhed

Min moder er fra Bosnien og kom i 1993 som flygtning. Hun har PTSD og har svært ved at gå ud. Hun bedt mig, hendes søn, spørge om der er en gruppe for kvinder fra Balkan med samme oplevelser. Vi taler bosnisk sammen men hun forstår også dansk.

Med venlig hilsen
Emir Hodžić
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Fuldmagt: Undertegnede Julie Kragh, [[0602004815]], giver hermed min mor, Helle Kragh, fuldmagt til at tale med jobcentret om min sag om uddannelseshjælp og min uddannelsesplan.

Underskrift: Julie Kragh
Dato: 20.11.2026
""")

M("hu", """
Hej Søren

Kort fra mig, da jeg ligger brækket: Jeg er FOA-TR på Ishøjcentret og er sygemeldt med en ødelagt knæskal efter et fald på arbejdet. Jeg kan ikke deltage i MED-udvalget torsdag. Vil du give formanden besked?

/Lene
""")

M("p", """
Hej

Vi har solgt vores andel i Ishøj Strandpark med betingelse om at køber får godkendt sit lån. Nu skal vi købe rækkehus i Vejleå med overtagelse samme dag. Skal vi gøre noget overfor kommunen ift. flytning af ejendomsskatten mens handlen ikke er afsluttet?

Mvh Camilla og Jens
""")

M("tb", """
Dear Sir or Madam,

I am writing on behalf of my wife's uncle, Mr. Rajinder Pal, an Indian national who is visiting from Delhi. He is Hindu and would like to know whether the municipality allows ashes to be scattered at sea off Ishøj Strand, as our tradition requires. His brother passed away last week in Ishøj.

Kind regards
Vikram Mehta
""")

M("e", """
Hej borgerrådgiver

Jeg er plejefar for en dreng på 12, Lucas, som er anbragt hos os af Ishøj Kommune. Han har ikke fået sin lommepenge-tilskud siden august, og sagsbehandleren svarer ikke. Kan I hjælpe?

Venlig hilsen
Brian Skov
""")

M("hebu", """
Til Ankestyrelsen
cc: Ishøj Kommune, hovedpostkassen

Klage over afgørelse om afslag på førtidspension

Jeg klager på vegne af min ægtefælle, Lene Vestergaard, [[140566–3112]], over Ishøj Kommunes afgørelse af 1. oktober. Lene har haft sklerose i 15 år og har nu også en svær depression. Hun har været i tre arbejdsprøvninger. Hun er medlem af FOA, som støtter klagen. Jeg selv er aktiv i Kristendemokraterne og er blevet tilbudt hjælp af partiets socialpolitiske udvalg, men det har vi takket nej til.

Med venlig hilsen
Peter Vestergaard
""")

M("", """
Hej Ishøj Kommune

Hvor mange borgere i Ishøj modtager førtidspension? Jeg er journaliststuderende og skriver om Vestegnen.

Mvh Sara
""")

M("p", """
Kontaktformular

Navn: Lotte Brix
Emne: Grundkøb
Besked: Vi er de sidste budgivere på grund nr. 11 i Ishøj Landsby Nord. Kommunen har skrevet at vinderbuddet offentliggøres efter udvalgsmødet. Hvornår er det? Vi skal give vores bank svar.
""")

M("ts", """
Hej

Jeg hedder Ali og er fra Iran. Jeg er homoseksuel og bor i Ishøj med min kæreste, Peter. Vi vil gerne være plejefamilie for et barn, men vi er usikre på om kommunen vil godkende to mænd. Kan vi få en snak?

Ali Karimi
""")

M("he", """
Kære hjemmepleje

Min far Poul ([[031030\u00a03321]]) har fået ny hjerte-medicin, og han er blevet meget svimmel. Hjemmehjælperen i morges så at han var faldet. Kan en sygeplejerske komme og se ham i dag? Jeg er på arbejde og kan ikke nå det.

Kirsten (datter), 20 44 18 36
""")

M("", """
Til Ishøj Kommune

Vedr. EAN 5798000557182 – faktura 1012781134 på 12.600 kr. for leje af telt til sommerfesten. Vi har ikke modtaget betaling. P-nr. 1019827734.

Venlig hilsen
Telt & Fest ApS
""")

M("sh", """
Kære borgerrådgiver

Jeg skriver på vegne af min bror, Kristian, og hans kæreste, Mikkel. Mikkel var indlagt med blindtarmsbetændelse i sidste uge, og Kristian fik ikke lov at være med på sygehuset som pårørende, fordi "han ikke var familie". Det er Region Hovedstaden, ved jeg, men kan kommunen sige noget om pårørende-registrering?

Venlig hilsen
Sara Dam
""")

M("bt", """
Hej Lise

Min far er tyrkisk og alevit. Han vil gerne vide om kommunen kan låne ham et lokale til cem-ceremoni for de aleviter der bor i Ishøj, ca. 30 personer. Han taler ikke meget dansk, så jeg skriver for ham.

Mvh Deniz Polat
""")

M("e", """
Hej

Jeg skriver på vegne af min veninde Kamilla, som er blevet skilt og ikke får sit børnebidrag fra eksmanden. Familieretshuset har sendt sagen til Udbetaling Danmark, men nu siger de at det er kommunen. Hvem?

Mvh Josefine
""")

M("ueh", """
Til jobcentret

Jeg er sygemeldt fra mit job på Ishøj Havn med stress, og 3F, hvor jeg er medlem, har hjulpet mig med at skrive denne mail. Jeg kan ikke møde til samtale den 3. december fordi jeg skal til psykolog samme tid. Kan vi flytte det?

Med venlig hilsen
Carsten Bech
cpr [[190872-1095]]
""")

M("", """
Kontaktformular

Navn: Birthe Lauridsen
Adresse: Vejleåvej 61, 2635 Ishøj
Telefon: 23 11 45 86
E-mail: birthe.l@youmail.dk
Emne: Tilbagekald
Besked: Jeg har ringet tre gange. Bedes ringe mig op. Kundenr. 2608693017.
""")

M("b", """
Kære borgmester

Jeg skriver på vegne af vores forsamling, De Ældres Bibelkreds i Vejleå, hvor jeg selv er med hver tirsdag. Vi læser Bibelen sammen og beder for byen. Vi vil gerne takke for den nye bænk udenfor kirken.

Mvh
Gudrun Holm
""")

M("pe", """
Hej Anders

Min mor er død og vi skal sælge hendes lejlighed i Ishøj Strandpark. Min bror har været på kontanthjælp i lang tid og er bange for at hans arv bliver modregnet. Der er en køber til lejligheden, men ikke underskrevet endnu. Hvad siger reglerne?

Mvh Helle
""")

M("t", """
Hej

Min svigermor er fra Grønland og taler kun grønlandsk. Hun skal til valg i næste uge. Er der hjælp på grønlandsk på valgstedet i Ishøj?

Mvh Mikkel
""")

M("s", """
Til Ishøj Bibliotek

Jeg er biseksuel og vil gerne holde et foredrag om biseksualitet i Ishøj Bibliotek under Pride-ugen. Kan jeg booke et lokale?

Mvh Signe
""")

M("he", """
Kære Ishøj Kommune

Jeg har fuldmagt fra min søster, Birgitte Holm [[050461-2248]] og hendes mand Erik Holm [[271159-0863]]. Begge er blevet syge – hun med lungekræft og han med demens – og de kan ikke længere klare huset. De har søgt om plejebolig sammen. Kan I oplyse ventetiden?

Med venlig hilsen
Jytte Frandsen
""")

M("", """
Hej

Jeg hørte at kommunen har en ny vejledning om fuldmagter i forbindelse med ægtefæller. Kan jeg få den tilsendt?

Mvh Ove
""")

M("u", """
Til Ishøj Kommune, Lønkontoret

Jeg er tidligere tillidsrepræsentant for HK'erne i Ishøj og har været medlem i 30 år. Jeg er nu gået på pension og mangler en oversigt over min anciennitet.

Med venlig hilsen
Hanne Lyngby
""")

M("ps", """
Hej Kasper

Mig og min kone (vi er to kvinder, hvis det betyder noget) har lagt bud på huset på Vibeholmsvej 22 og sælger har sagt ja. Vi mangler bare at banken godkender. Må vi bygge en carport?

Mvh Louise og Dorthe
""")

M("hb", """
Hej

min mor er muslim og faster i ramadanen selvom hun har diabetes. lægen siger hun ikke må. hun vil ikke høre på mig. kan kommunens sundhedshus tale med hende? hun har sagt ok.

Sarah
""")

M("e", """
Til Center for Børn og Forebyggelse

Vi er naboer til en familie på Ishøj Strandvej 88, 1. tv. Faren er netop blevet løsladt fra fængsel, og vi har set ham skrige ad børnene i opgangen. Vi er bekymrede. Vi vil gerne være anonyme.

Naboerne
""")

M("", """
Hej

Jeg skriver for min mor, der er 85. Hun vil gerne have oplyst, om der kommer nye busruter til Ishøj Landsby, så hun kan komme til Bycentret og biblioteket uden at skifte.

Mvh Karen
""")

M("p", """
Til Center for Byudvikling og Natur

Vi er ved at købe Ishøj Søvej 40 og har fået tilbud fra sælger med pris 3,6 mio. Før vi skriver under, vil vi vide om der er planer om cykelsti over grunden.

Mvh Bo og Tina
""")

M("he", """
Til Ishøj Kommune, Hjælpemidler

Jeg skriver for min mand, Jan Petersen, [[170553-1147]], som efter sin amputation har brug for en ny protese og en kørestol. Vi har søgt i september, og der er ikke sket noget. Min mand har bedt mig skrive.

Med venlig hilsen
Birthe Petersen
""")

M("", """
Hej

Min nabo og jeg vil gerne høre om kommunen kan komme og se på et træ, der er væltet over vores fælles hegn. Der er ingen personer kommet til skade.

Mvh Finn
""")

M("t", """
Kære byrådsmedlem

Jeg er født i Chile og kom til Danmark som flygtning i 1974. Jeg vil gerne fortælle min historie i Ishøj Lokalhistoriske Arkiv. Hvem kan jeg kontakte?

Venlig hilsen
Rodrigo Fuentes
""")

M("u", """
Hej

Min far, der er 70, har været medlem af Blik- og Rørarbejderforbundet hele livet. Han vil gerne vide om hans gamle fagforening kan låne rådhusets mødesal.

Mvh Thomas
""")

M("he", """
Hej

jeg er søn af Grethe Olsen, [[2208361119]], hun bor på plejehjemmet og har fået lungebetændelse. hun har sagt til mig at hun ikke vil på hospitalet. kan I respektere det?

Jesper Olsen
""")
