"""corpus86 part H: long mixed threads with several categories, where the fact may sit
only in the quoted part; a few threads about dates and case numbers as negatives."""
from common import M

M("ps", """
Emne: SV: SV: Kvittering - spørgsmål om byggeret

Hej igen

Undskyld at jeg skriver igen så hurtigt. Min mand Frank og jeg har nu fået et bud på
huset fra et par, der vil rive garagen ned og bygge et anneks. De vil kun skrive under,
hvis I bekræfter, at det er lovligt. Det haster, for vi har selv budt på en lejlighed i
Holbæk.

Martin Juul

> Den 2. nov. 2026 kl. 9.05 skrev Byggesag:
> > Kan man bygge et anneks på 40 m2 på Ishøj Søvej 61?
> Vi har modtaget dit spørgsmål og svarer inden for 10 arbejdsdage.
""")

M("p", """
Hej Kommune

Jeg skriver bare for at følge op på tråden nedenfor. Svaret er vigtigt for os.

Lise

-----Oprindelig meddelelse-----
Fra: Lise Winther
Sendt: 21. oktober 2026 19:48
Til: Center for Byudvikling og Natur
Emne: Forkøbsret ved salg af ejerlejlighed

Vi er ved at sælge vores ejerlejlighed i Ishøj Strandpark og har en køber, der venter
på svar. Har kommunen forkøbsret, fordi bygningen står på en tidligere kommunal grund?
""")

M("", """
Hej Kommune

Jeg følger op på tråden nedenfor. Mødet om vejbump blev aflyst den 28. oktober, og der
er ikke kommet en ny dato. Sagsnr. 05.02.00-G01-0812-26.

Lise Winther

-----Oprindelig meddelelse-----
Fra: Vej og Park
Sendt: 14. oktober 2026
Emne: Invitation til møde om trafiksikkerhed, Strandparkvej
Mødet holdes 28. oktober kl. 17 i Strandparkens fælleshus.
""")

M("su", """
Hi there,

My husband Luke and I (we're both guys, for the record, since your form assumes
otherwise) are looking to move to Ishøj. I'm a member of HK and work in Copenhagen.
Could you tell us whether the municipality has any housing for newcomers?

Best,
Tom Ellis
""")

M("pu", """
Til formanden for Teknik- og Miljøudvalget

Jeg er fællestillidsrepræsentant for Dansk Metal på Ishøj Havns værfter. Vores
arbejdsgiver har fortalt os, at han er ved at sælge værftsgrunden til et boligselskab,
og at aftalen er betinget af, at I ændrer lokalplanen. 40 arbejdspladser står på spil.
Hvornår behandler udvalget sagen?

Med venlig hilsen
Flemming Dahl
""")

M("sb", """
Kære borgmester

Min kone Asta og jeg er begge aktive i Enhedslisten og har været gift i ni år. Vi var
til borgermødet om Ishøj Strand, og vi undrer os over, at ingen fra byrådet svarede på
spørgsmålet om de grønne områder.

Hilsen
Karen Eskildsen

> Kvittering: Borgmesteren har modtaget din mail.
""")

M("he", """
Fra: Torben Aakjær
Til: Ishøj Kommune, Hovedpostkassen
Emne: VS: Vores datters skolevej

Hej

Jeg videresender min tidligere mail, fordi jeg fik et automatisk svar om at
modtageren var på orlov. Hvem har sagen nu?

Torben

---------- Videresendt meddelelse ---------
Fra: Torben Aakjær
Til: Skoleafdelingen
Dato: 3. nov. 2026
Emne: Vores datters skolevej

Hej, vores datter Agnes er ordblind og har fået bevilget kørsel til specialklassen på
Gildbroskolen, men taxaen kommer ikke. Hun har mistet fire morgener.
""")

M("", """
Autosvar: Jeg er på orlov frem til 1. februar 2027. Din mail bliver ikke videresendt.
Kontakt Skoleafdelingen på 43 57 70 00 eller skoleafdelingen@ishoj.dk.

Med venlig hilsen
Kasper Thune, konsulent, Center for Børn og Forebyggelse
""")

M("pe", """
Hej Jobcenter

Jeg har fået jeres brev om at jeg skal møde til samtale 26/11 kl. 10. Jeg kan ikke den
dag, fordi vi har overdragelse af vores lejlighed (vi har solgt, men køberen har ikke
skrevet endeligt under endnu, og advokaten har indkaldt os). Kan jeg komme 27/11?

Venlig hilsen
Isabella Krogh
""")

M("pt", """
Hej

Min svigerfar, som kun taler arabisk, vil sælge sin andel i kolonihaven i Ishøj
Haveforening til naboen, og de er blevet enige om 70.000 kr. Kan I sende
overdragelsesblanketten til mig, så jeg kan oversætte den for ham?

Mvh Omar Haddad
""")

M("su", """
Til Børne- og Skoleudvalget

Jeg er tillidsrepræsentant for BUPL i Børnehuset Mælkebøtten. Jeg skriver også som
forælder: min kone Sofie og jeg (vi er to mødre) har fået at vide, at vi ikke begge kan
stå som forældre i AULA. Det er vel en fejl?

Venlig hilsen
Anja Hald
""")

M("b", """
Hej

Tak for jeres svar om at Kulturhuset ikke må udlejes til religiøse møder. Jeg er baptist
og synger i menighedens kor, og vi vil gerne høre, om det også gælder en julekoncert for
hele byen, hvor vi synger salmer.

Med venlig hilsen
Poul Jørgensen
""")

M("ub", """
Emne: Re: Indstilling til Folketingets valgbestyrelse

Hej igen,

Tak for svaret. Jeg er både i Socialdemokratiets lokalbestyrelse og tillidsrepræsentant
i FOA på Plejecenter Vejleåhus. Er det et problem, hvis jeg sidder i valgbestyrelsen?

Mvh Ulla Krag

> Valgbestyrelsen består af repræsentanter for de opstillede partier.
""")

M("p", """
Kære borgerrådgiver

Jeg sendte mail til Byggesag i september (nedenfor) og har stadig ikke fået svar. Vores
købere har nu forlænget købsaftalen to gange og truer med at trække sig.

Med venlig hilsen
Jytte Brandt

---
Fra: Jytte Brandt
Sendt: 14. september 2026
Til: Byggesag
Hej, vi skal bruge en lovliggørelse af det overdækkede terrasseområde, før vi kan sælge
huset på Ishøj Landsby 31. Mægleren siger, køberne ikke vil skrive under før.
""")

M("hs", """
Hej Center for Voksne og Velfærd

Min mand, Jens, har brugt morfinplaster siden sin rygoperation, og nu har han fået
besked om at hans kørekort er inddraget. Jeg (Steen) skal derfor køre ham til
smerteklinikken på Glostrup. Vi vil bare høre, om I kender til en frivillig
kørselsordning i Ishøj, som andre bruger.

Steen Kornum
""")

M("", """
Hej Hovedpostkassen

Jeg har fået to kvitteringer på samme henvendelse med forskellige sagsnumre (2026-41182
og 2026-41188). Kan I slå dem sammen? Det drejer sig om støj fra ventilationsanlægget
på Ishøj Bycenters tag.

Mvh
Birthe Kaae
""")

M("s", """
---------- Forwarded message ---------
From: Ishøj Kommune, Borgerservice
Date: 4 Nov 2026
Subject: Your appointment has been confirmed

Dear Liam O'Connor, your appointment on 10 November at 11:00 is confirmed.

---
Hi again, I also want to change my civil status to married. My husband Eoin and I got
married in Dublin in October. Can we do it at the same appointment?

Liam
""")

M("u", """
Hej

Dette er en påmindelse om at I skal sende opkrævningen til mig og ikke til HK's
lokalafdeling, selvom jeg er medlem der. Det er mig personligt, der har lejet hallen.

Lone Kirk

> Faktura nr. 2026-3312 for leje af hal 1, sendt til HK Hovedstaden, Ishøj afdeling.
""")

M("tp", """
Subject: Re: Re: Re: Buying a plot in Ishøj Landsby

Dear Mr. Holm,

Thank you for confirming that our offer on plot 7 has been received. As mentioned, we are
an Indian family (I'm from Chennai, my wife from Mumbai) and we'd like to build a house
with a separate unit for my parents. Is that allowed under the local plan?

Regards,
Vikram and Neha Iyer

> > We would like to bid on one of the new plots at Ishøj Landsby.
> Your offer on plot 7 has been registered.
""")

M("b", """
Til Kirkegårdskontoret

Vi skal begrave min mormor, og hun var katolik hele sit liv. Hun ønskede at blive
begravet af en katolsk præst. Må en katolsk præst holde ceremonien i kapellet?

Venlig hilsen
Pernille Bruun
""")

M("ps", """
Hej Per (sekretær for Økonomiudvalget)

Tak for dit svar. Som skrevet er min hustru Bodil og jeg (Lisbet) ved at sælge vores
ejerlejlighed i Vejleå Park. En køber har budt 2,1 mio. og vil gerne vide om kommunen
planlægger at lukke Vejleå Station. Kan du spørge?

Mvh Lisbet Kruse
""")

M("", """
Hej Per

Du skrev i din mail af 3. november, at Økonomiudvalgets møde er flyttet til 15.
december, men på hjemmesiden står stadig 8. december. Hvilken dato gælder?

Mvh
Jens Aarup
""")

M("tu", """
Hej borgmester

Vi er 12 polske bygningsarbejdere, alle medlemmer af 3F, som arbejder på det nye
rådhusbyggeri. Vores arbejdsgiver har ikke betalt overarbejde i to måneder. Vi har skrevet
til firmaet, men ingen svar.

Tomasz Wiśniewski, på vegne af holdet
""")

M("hbt", """
Kære Dagtilbud

Vores søn Samuel har cøliaki og kan ikke tåle gluten. Vi er også jødiske og spiser ikke
svinekød. Kan køkkenet tage hensyn til begge dele?

Miriam og Daniel Rosen
""")

M("pe", """
Til Ishøj Kommune, Opkrævningen

Vi har fået en rykker for ejendomsskat på 18.400 kr., som vi ikke kan betale lige nu, da
min mand er blevet ledig. Vi har sat huset til salg, og mægleren regner med et salg inden
for tre måneder. Kan betalingen udsættes til huset er solgt?

Helle Olsen
""")

M("s", """
Til Borgerrådgiveren

Jeg vil gerne klage over en medarbejder i Borgerservice. Da jeg skulle melde min kæreste
Jakob og mig flyttet sammen, sagde hun højt til kollegaen: "to mænd, hvad skal vi
skrive?". Jeg (Simon) følte mig udstillet foran hele køen.

Simon Bjerg
""")

M("u", """
Hej

Jeg er stadig medlem af Dansk Sygeplejeråd, selvom jeg er holdt op med at arbejde. Kan
jeg som tidligere sygeplejerske være frivillig på plejecentret?

Mvh Inger Mogensen
""")

M("ph", """
Hej

Jeg videresender min mail til byrådsmedlem Lars Bo, fordi han sagde, at I skal have den.

Mona

> Hej Lars. Vi er ved at sælge mors hus på Torslundevej, fordi hun har fået Alzheimers og
> er flyttet til sin søster i Jylland. Køberne har trukket sig, fordi kommunen har
> meddelt, at der skal ny kloak. Kan kommunen vente med påbuddet til huset er solgt?
""")

M("", """
Hej Lars

Jeg har modtaget din mail om at byrådsmødet den 26. november starter kl. 17 i stedet
for kl. 18. Skal borgerne stadig tilmelde sig spørgetiden inden kl. 12 dagen før?

Mvh Mona Kirk
""")

M("b", """
Kære Center for Børn og Forebyggelse

I jeres svar skriver I, at vi selv skal hente vores datter, når hun skal til
fredagsbøn. Det er ikke det, vi har bedt om. Vi har bedt om, at hun får lov at gå hjem
tidligere om fredagen i Ramadanen, fordi hun faster og er træt.

Hilsen Samira Khalil

> Vi kan ikke lade børn gå alene fra SFO'en. Forældre skal hente.
""")

M("sp", """
Kære Rikke (byrådsmedlem)

Tak for dit svar. Min kæreste Karsten og jeg (Peter) har nu underskrevet en betinget
købsaftale på rækkehuset på Ishøj Søvej. Vi venter på, at banken godkender lånet. Og så
lige, som du spurgte: ja, vi skal giftes i maj.

Peter Vinther
""")

M("ut", """
Hej Jobcenter

Jeg er fra Filippinerne, uddannet sygeplejerske der, og medlem af DSR. Jeg har fået
autorisation i Danmark. Jeg vil gerne høre, om Ishøj Kommune ansætter sygeplejersker med
udenlandsk uddannelse.

Mvh Joy Reyes
""")

M("s", """
Til Ishøj Idrætscenter

Min mand Morten og jeg vil gerne melde os ind i familieholdsyoga sammen med vores søn.
Jeg ser at der kun står "mor og barn". Må to fædre også være med?

Hilsen
Andreas Schou
""")

M("p", """
Hej byggesag

Kort og godt: vi har fået et bud på huset, men vi mangler papirer på den gamle
tagombygning. Kan I finde dem? Ishøj Parkvej 17, sagsnr fra 1998 ukendt.

Mvh Jan
""")

M("ps", """
Hi,

Following up on my email below, which has not been answered. My girlfriend Sara and I
(I'm Ella, by the way) are trying to buy the flat at Ishøj Strandvej 9 and the seller's
agent says we need the municipality's approval of the balcony. Is there any record?

Ella Thompson

> Sent: 28 October 2026
> Do you have building records for the balcony at Ishøj Strandvej 9?
""")

M("u", """
Hej

Som formand for FOA's seniorklub i Ishøj, og medlem gennem 40 år, vil jeg gerne
invitere Ældrerådet til vores julefrokost.

Med venlig hilsen
Erna Holm
""")

M("b", """
Hej

Vores søn Elias skal døbes i Ishøj Kirke den 13. december. Må vi holde dåbsfesten i
Strandgårdsparkens fælleshus, eller er den kun til beboere?

Hilsen Caroline og Rune
""")

M("", """
Hej

Må man leje Strandgårdsparkens fælleshus til en fest den 13. december, hvis man ikke bor
i bebyggelsen?

Hilsen Caroline
""")

M("pu", """
Kære Morten

Jeg skriver til dig som formand for Erhvervs- og Beskæftigelsesudvalget. Jeg ejer en
smedevirksomhed og har lige fået et bud på min grund i erhvervsområdet fra en udvikler.
Mine fem ansatte er alle i Dansk Metal, og jeg har lovet deres TR, at de får besked først.
Kan I sige noget om planerne for området?

Med venlig hilsen
Henning Bak
""")

M("pb", """
Hej

Vi er en lille muslimsk forening, og jeg er vores imam. Vi har fået tilbudt at købe den
gamle Brugs i Torslunde af ejeren, og han vil have svar inden jul. Kræver det en ny
lokalplan at bruge bygningen som bedehus?

Med venlig hilsen
Imam Yusuf Demir
""")

M("s", """
Hej

Jeg er homoseksuel og har fået en kommentar fra en anden elev på sprogskolen, hvor jeg går.
Han sagde det er "syg". Kan kommunen gøre noget, sprogskolen er jo kommunal?

Mvh Ahmad
""")

M("ut", """
Subject: FW: Complaint - Ishøj Bycenter security

Hi Councillor Jensen,

Forwarding my complaint. I'm a Ghanaian-born bus driver and a member of 3F. The security
guards at the shopping centre followed me for 20 minutes yesterday while I was in
uniform.

Kofi Boateng

> To: Ishøj Bycenter management
> I was followed by your guards without reason on 10 November.
""")

M("pe", """
Til Center for Borger, Økonomi og IT

Vi er ved at sælge vores andelsbolig i Vejleåparken. Køberen har skrevet under, men
overdragelsen er ikke godkendt af foreningen endnu. Min mor bor hos os og får
hjemmehjælp, så vi skal flytte hende med. Kan hjemmehjælpen følge med til den nye adresse
i Greve?

Sanne Holm
""")

M("s", """
Emne: Re: Tilmelding til forældremøde

Hej Pia

Vi kommer begge to, Nikolaj og jeg (Mathias). Vi er Noras fædre, så du behøver ikke
at skrive "mor" i listen.

Mathias
""")

M("pt", """
Hej

Min nabo (nr. 8) er tyrkisk, og han vil sælge sit hus til sin fætter, men de kan ikke
blive enige om prisen. Nu har han bedt mig spørge kommunen, om der er nogen planer for
vejen. Vi er begge tyrkere, og han er ikke god til dansk.

Mvh Mehmet Aydin
""")
