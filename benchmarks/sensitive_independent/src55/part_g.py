"""corpus55 part G: forwarded mails, reply chains, CPR numbers among look-alike numbers."""
from common import M

M("eu", """Fra: Lone Kjær
Sendt: 14. oktober 2026 09:12
Til: hovedpostkassen
Emne: VS: Hjælp med dagpenge

Videresendes til rette center.
/Lone

-----Oprindelig meddelelse-----
Fra: Jan Hovgaard
Sendt: 13. oktober 2026 22:40
Til: Lone Kjær

Hej Lone. Jeg er i Dansk Metal og har været ledig siden august. A-kassen siger jobcentret har glemt at registrere min første samtale, så mine dagpenge er stoppet. Mit cpr er [[020466-1193]].
Jan""")

M("", """Fra: Borgerservice
Til: hovedpostkassen

Videresender til orientering: borgeren spørger om åbningstider for pasudstedelse i juleferien. Kan Borgerservice svare direkte?

-----Oprindelig meddelelse-----
Hej, har I åbent mellem jul og nytår? Jeg skal have fornyet mit pas inden en rejse den 4. januar. Mvh Helga""")

M("he", """Den 12. okt. 2026 kl. 14.03 skrev Annette Holm:
> Kære Bodil, tak for din mail. Kan du sende mig dit personnummer, så jeg kan videresende sagen til administrationen?

Hej Annette

Ja, det er [[160847 0762]]. Og så lige for en ordens skyld: det drejer sig om min hjemmehjælp, som er skåret ned efter min hofteoperation. Jeg kan ikke selv komme i bad.

Bodil Frandsen""")

M("", """Til Opkrævningen

Ref.: Faktura 3107241122, kundenr. 1403692210, EAN 5790001234567

Vi har ikke modtaget betaling for leverancen af kontorstole til Ishøj Rådhus (ordre 2209-1188). Betalingsfristen var den 15. Venligst bekræft at fakturaen er registreret.

Med venlig hilsen
Debitorafdelingen, Kontorhuset A/S""")

M("e", """Fra: Mads Egholm <mads.egholm@gmail.com>
Til: borgerraadgiver@ishoj.dk
Emne: Fw: afgørelse om boligstøtte

Hej, jeg har fået denne afgørelse, og forstår ikke hvorfor I har modregnet min løn fra december to gange. Lønseddel vedhæftet, lønnr. 2511880091, skattetræk 37 %.

CPR: [[251188–0093]]

---------- Forwarded message ---------
From: Udbetaling Danmark
Date: ti. 2. dec. 2026
Subject: Afgørelse
Din boligstøtte er nedsat fra 1. januar...""")

M("p", """> Den 3. nov. skrev Ejendomsafdelingen:
> Vi bekræfter modtagelsen af jeres bud på grunden ved Tranegilde Strandvej.

Tak for svaret. Vi vil gerne hæve buddet til 1.320.000 kr., fordi vi har hørt der er en anden interesseret. Vores rådgiver har sat forbehold for jordforurening ind.

Med venlig hilsen
Niels og Eva Birkholm""")

M("eh", """hej

her er min og min mands oplysninger til ansøgningen om hjælp til tandlæge:
mig: Lene Juhl [[041072-2218]]
ham: Bent Juhl [[190968-1175]]

han har lige fået fjernet alle tænder pga paradentose og vi kan ikke betale protesen. vi er begge på førtidspension.""")

M("", """Hej

Jeg kan ikke finde mit kundenummer til Ishøj Forsyning. På min sidste regning står "Kundenr. 1206751844 / Måler 0091-22817 / Installationsnr. 5710442". Hvilket af dem skal jeg bruge på jeres hjemmeside?

Mvh Birthe Skovgaard
Tlf. 43 73 22 19""")

M("e", """Fra: Karina Holm
Til: Annette Holm (byrådsmedlem)

Vi er ikke i familie, haha, selvom vi har samme efternavn. Men jeg har brug for hjælp: jeg har søgt om fleksjob og har fået et brev med sagsnr. 27.24.12-K08-1190-26, journalnummer 2026-4471, og nu et nyt brev hvor der står at jeg skal i ressourceforløb i stedet. Hvad er forskellen?

Karina
[[300679\u00a02160]]""")

M("u", """Fra: Jens Pagh
Til: Annette Holm
Emne: SV: SV: TR-valg på Vej og Park

> > Annette skrev: Kan du bekræfte at valget er gået igennem?
> Jens skrev: Det tjekker jeg.

Ja – jeg er nu officielt valgt som tillidsrepræsentant for 3F-gruppen på Vej og Park fra 1. december. Tak for hjælpen med lokalet.

Jens""")

M("", """Fra: Ishøj Bibliotek
Til: hovedpostkassen

VS: Forespørgsel om talk om privatøkonomi

Vi har fået en henvendelse fra en borger, der foreslår et foredrag om budget og gæld for unge. Kan Center for Borger, Økonomi og IT bidrage med en oplægsholder?

Med venlig hilsen
Mette, Ishøj Bibliotek""")

M("te", """Dear Sir or Madam,

I'm writing on behalf of my father, Rajesh Sharma, [[120555-1443]]. He is Indian and came to Denmark in 1998. He receives folkepension, but it was reduced this month without a letter in English. Could someone explain why? I have his power of attorney.

Kind regards,
Priya Sharma""")

M("", """Til Borgerservice

Min kørekortnummer er 31122918 og mit NemID-nummer var 2411865521 – jeg skal bruge hjælp til at logge ind på MitID, da jeg har mistet min telefon. Kan jeg komme forbi uden tid?

Mvh Ulla Bendtsen""")

M("he", """Fra: Camilla Stær
Til: Jobcenter Ishøj
Cc: borgerraadgiver@ishoj.dk

Som aftalt med min sagsbehandler sender jeg her lægeerklæringen (LÆ265). Min læge skriver at jeg har epilepsi og ikke må arbejde med maskiner, så virksomhedspraktikken på lageret kan ikke gennemføres.

Camilla Stær, cpr [[141298-4466]]""")

M("e", """Hej,

Kommunen har fejlagtigt opkrævet mig for en regning for containerleje, der hører til min afdøde mands gamle værksted. Faktura 0703251019. Han døde i marts. Jeg er enke og lever af folkepension, så det er svært at betale 2.400 kr.

Mvh Gerda Lindgren""")

M("b", """Den 28. sep. 2026 skrev Erik Olsen:
> Tak for din mail, Peter. Jeg tager det med til gruppemødet.

Tak Erik. Som partifælle i Venstre vil jeg lige minde om at vi lovede vælgerne i Torslunde en ny legeplads. Jeg har selv delt løbesedler om det.

Peter Jessen""")

M("p", """Fra: Kirsten Dyhr
Til: Center for Byudvikling og Natur
Emne: VS: Dødsbo – Ishøj Strandvej 41

Hej igen, jeg videresender mæglerens mail. Køberen har taget forbehold for at I bekræfter at der ikke er krav om tilslutning til fjernvarme. Vi skal give svar inden 8 dage, ellers falder handlen.

> Fra: Danbolig Ishøj
> Køber vil først skrive under når kommunens svar foreligger.

Kirsten Dyhr, skifteværge""")

M("", """Til hovedpostkassen

Hermed faktura nr. 2407881201 for tolkebistand ydet til Jobcenter Ishøj i uge 42. CVR 35881120, bank reg. 3409 konto 4001192887. Betaling senest 30 dage.

Med venlig hilsen
Tolkeservice Nord ApS""")

M("eh", """hej Erik!!!!
jeg har skrevet til jer FEM gange nu. Mit cpr [[0811932247]] og sagsnr 2026-8812. mine sygedagpenge er stoppet og jeg har været syg med long covid siden marts og kan ikke betale husleje. RING TIL MIG 22 19 88 04""")

M("", """Hej

Jeg skal søge om kørekort og lægen skal udfylde en attest. Kan kommunen sende den direkte til lægen, eller skal jeg selv aflevere den? Mit ordrenr. fra Borgerservice er 1905901123.

Mvh Lucas""")

M("tu", """Fra: Mehmet Öztürk
Til: borgmester@ishoj.dk

Kære borgmester. Jeg er tyrkisk-kurdisk og har arbejdet som buschauffør i 19 år. Jeg er med i 3F's bestyrelse for chaufførerne. Jeg vil invitere dig til vores jubilæumsfest for kollegaer med mange forskellige baggrunde.

Mehmet""")

M("e", """Hej Annette

Videresender her brevet fra kommunen om tilbagebetaling af børneydelse (kr. 6.300). Mit cpr er [[270382-2519]] og min eks' cpr er [[150880-3311]]. Børnene bor hos mig, ikke hos ham, men han har fået ydelsen i et halvt år. Vi er blevet skilt i februar.

Mvh
Sanne Kirk""")

M("", """Til borgerrådgiveren

Jeg vil klage over at jeg ventede 45 minutter i telefonkø hos Borgerservice uden at komme igennem. Det var for at spørge om åbningstid på genbrugspladsen. Det er for dårligt.

Mvh Erling""")

M("ph", """Fra: Jette Asmussen
Sendt: 2. november 2026
Til: Lone Kjær

Hej Lone, du bad mig sende det skriftligt. Vi har solgt vores hus på Vejlebrovej med forbehold for at vi finder et rækkehus, fordi min mand har Parkinson. Køberne venter. Kommunen skal godkende ændring af vores byggetilladelse på det nye sted.

Jette""")

M("e", """RE: RE: din ansøgning

>> Vi skal bruge din seneste årsopgørelse
> Jeg har sendt den
>> Vi har ikke modtaget den

Jamen jeg har sendt den TRE gange til jer, sidst den 14. Min indkomst i 2025 var 187.000 kr, og jeg søger om nedsat forældrebetaling i SFO for Oskar. Personnr. [[220590 3019]].

Tanja""")

M("s", """Dear Councillor Olsen,

Thank you for meeting us at the town hall. As I mentioned, my husband David and I (two men, married in Toronto in 2014) are considering moving our small design company to Ishøj. Could you send us the contact at Erhvervsservice?

Best,
Michael Chen""")

M("b", """Fra: Ahmad Nouri
Til: Kultur- og Fritidsudvalget

Jeg er imam i Ishøj og vil gerne invitere udvalget til fredagsbøn og en samtale om unge og fritidsjobs. Jeg beder selv sammen med menigheden hver fredag, og vi vil gerne vise hvordan det foregår.

Med venlig hilsen
Ahmad Nouri""")

M("", """Til Center for Borger, Økonomi og IT

Vi har modtaget betalingsaftale nr. 0412640011 for ejendomsskatten, men beløbet svarer ikke til årsopgørelsen (ejendomsnr. 183-012999). Kan I sende en ny specifikation?

Med venlig hilsen
Allan Juul""")

M("hu", """Fra: Gitte Rosendahl
Til: Annette Holm

Hej Annette, jeg er DSR-medlem og sygeplejerske på Sundhedscentret. Jeg vil lige fortælle at jeg har været sygemeldt med en fødselsdepression, og at jeg nu starter gradvist. Jeg er bange for at ledelsen ikke vil tage hensyn.

Gitte
[[110591-2207]]""")

M("", """Hej

Jeg har en kvittering fra Ishøj Bycenter for et parkeringsgebyr med nr. 2306841192, men jeg mener ikke jeg parkerede der. Er det kommunen eller et privat firma der udsteder dem?

Vh Thomas""")

M("e", """Forwarded: "Ang. restance"

Kære Ishøj Kommune

Jeg har aftalt med boligselskabet at jeg betaler min restance af med 600 kr om måneden, men nu siger de jeg skal have en garanti fra kommunen. Kunde-id i boligselskabet: 0505871234. Mit personnummer er [[050587–1236]].

Hilsen
Nicolai Strand""")

M("pt", """Hi Lone,

Sorry for writing in English. I am Japanese and have lived in Ishøj for 8 years with my Danish husband. We want to buy the old farm on Tranegilde and have given a bid, but the seller wants us to confirm the municipality allows horses. Can you point us to the right person?

Yuki Andersen""")

M("", """Til Jobcenter Ishøj

Fra Ishøj Erhvervsråd: Vi vil gerne holde en fælles morgenkaffe for virksomheder, der har ansatte i løntilskud. Kan I dele invitationen med de relevante virksomheder? Tilmelding på tlf. 43 57 00 22.

Med venlig hilsen
Ishøj Erhvervsråd""")

M("e", """Hej

vil bare bekræfte at jeg har modtaget jeres brev. mit personnummer er [[301200-4125]] og min mors er [[100675-2904]]. jeg er 25 og vil gerne have min egen sag om kontanthjælp, ikke sammen med hende. vi bor ikke sammen længere.

Victor""")

M("ep", """Fra: Søren Krarup-Nielsen
Til: Ejendomsafdelingen
Emne: SV: Ang. jeres forkøbsret

> Den 18. nov. skrev Ejendomsafdelingen:
> Kommunen overvejer at gøre brug af sin forkøbsret. Svar senest 1. december.

Tak. Vi har brug for at vide det hurtigt, for vi skal bruge pengene fra salget til at indfri en gæld til kommunen på 212.000 kr. (betalingsaftale 1507690044). Køberen står klar med 2,75 mio.

Venlig hilsen
Søren Krarup-Nielsen
[[150769\u00a01047]]""")
