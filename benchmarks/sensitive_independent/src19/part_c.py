"""Part C: property trades, housing, Byudvikling og Natur; complaints about slow
handling that hold up sales; hard negatives on plots, plans and invoices."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi har solgt vores rækkehus på Strandhaven 38 med forbehold for at kommunen kan bekræfte, at det overdækkede terrassetag er lovligt opført. Køberens advokat har sat en frist til 15. maj. Vi søgte om en lovliggørelse den 3. februar og har intet hørt.

Hvis I ikke svarer, ryger handlen. Det kan I vel godt forstå er dybt frustrerende.

Med venlig hilsen
Lotte og Søren Wedel
""")

M("", """
Hej

Hvornår sætter kommunen de sidste parcelhusgrunde i Ishøj Landsby til salg? Jeg har set at der står "forventet 2026" på hjemmesiden. Er der en venteliste?

Venlig hilsen
Kristoffer Bang
""")

M("p", """
Fra: Peter Lind <peter.lind.bolig@gmail.com>
Sendt: 12. maj 2025 17:45
Til: Hovedpostkassen
Emne: Haster - skøde og ejendomsskat

Hej

Vi er midt i salget af vores lejlighed på Ishøj Bygade 10, 1. th. Køberen har underskrevet, men der er et forbehold om at restskatten for ejendomsskat er opgjort. Jeres opkrævning siger 0 kr, men ejendomsmægleren siger der mangler en bekræftelse fra jer. Kan I sende den?

Peter Lind
Tlf. 60 12 88 31
""")

M("", """
Hej

Jeg har købt hus på Askerød 19 i 2021, og nu får jeg en regning for vejbidrag fra 2019, som den tidligere ejer burde have betalt. Handlen er for længst afsluttet. Hvem skal betale den? Faktura 1806190038.

Mvh
Rikke Baun
""")

M("pe", """
Til Borgerrådgiveren

Jeg er ved at gå fra hus og hjem. Vi har skyldt i ejendomsskat siden 2023, og nu er der sat tvangsauktion på vores hus på Holmevej 7 den 20. juni. Min mand og jeg er ved at blive skilt og vi forsøger at sælge huset frivilligt før auktionen, vi har en køber der har budt 2,15 mio, men kommunens opkrævning vil ikke svare på om de vil trække begæringen hvis handlen går igennem.

Jeg har ringet hver dag i 2 uger. Ingen ringer tilbage.

Hilsen
Ditte Holmsgaard
""")

M("p", """
Hej Ishøj Kommune

Min nabo på Gadekærvej 16 har sat sit hus til salg, og jeg har hørt fra mægleren at der er en interesseret køber der vil rive huset ned og bygge et dobbelthus. Er det overhovedet tilladt ifølge lokalplanen? Vi har boet her i 30 år.

Mvh Knud Eriksen, Gadekærvej 18
""")

M("", """
Kære Byudvikling

Hvad er reglerne for at sætte et skur op under 10 m² i skel? Vi har lige købt hus og vil gerne vide det, før vi går i gang.

Hilsen Ida
""")

M("pt", """
Hej

Jeg er fra Tyrkiet og har boet i Ishøj i 14 år. Jeg er ved at købe et butikslokale på Ishøj Centervej til min bager-forretning. Køberaftalen er betinget af at I godkender ændret anvendelse fra tøjbutik til bageri. Jeg har været på rådhuset to gange og hver gang har de sagt at jeg skal "komme igen med tolk", selvom jeg taler dansk. Det føles ikke rart.

Venlig hilsen
Mehmet Yıldız
""")

M("p", """
Til Center for Byudvikling og Natur

Ref.: jeres brev af 2. april om ekspropriation af en del af matr.nr. 4c, Torslunde By.

Vi er i dialog med en køber om hele ejendommen, og den mulige ekspropriation har fået ham til at sænke sit bud med 400.000 kr. Vi vil bede om et møde hurtigst muligt, så vi ved hvilke arealer det drejer sig om.

Med venlig hilsen
Erik og Gunhild Torslund
Torslunde Bygade 31
""")

M("", """
Til kommunen

Jeg har fået et brev om at vores grundejerforening skal betale for ny belægning på fællesvejen. Vi betaler allerede kontingent. Hvem har besluttet det, og hvad er sagsnummeret? Jeg har fået 01.02.05-P19-3-25 på brevet men det virker ikke på jeres selvbetjening.

Bedste hilsner
Verner Aagaard
""")

M("pe", """
hej,

vi er nødt til at sælge vores andelslejlighed i Pilemøllegården fordi jeg er blevet arbejdsløs og kan ikke betale boligafgiften. vi har en køber, men bestyrelsen siger at kommunen først skal godkende noget om forbedringer. hvor lang tid tager det?? vi har restancer og boligselskabet truer med at sætte os ud.

Camilla & Rasmus
""")

M("", """
Hej

Jeg vil gerne have en kopi af BBR-meddelelsen for Ishøj Strandvej 200. Jeg er ejendomsmægler og har fuldmagt fra ejeren. Vedhæftet.

Venlig hilsen
Jesper Hald, Home Ishøj
""")

M("ps", """
Til Center for Byudvikling og Natur

Min mand Lars og jeg er ved at købe et hus på Vildtbanevej 88, handlen er betinget af at I godkender vores ansøgning om en tilbygning på 28 m². Vi er to mænd på 60 og 64, og vi har brug for et værelse i stueplan, da Lars' knæ ikke tåler trapper mere.

Advokaten skal bruge svaret inden den 1. juli.

Venlig hilsen
Poul Erik Vestergaard
""")

M("", """
Kære Ishøj Kommune

Tak for svaret om vores byggesag. Jeg har kun et opfølgende spørgsmål: Skal tegningerne være i PDF eller kan de være i DWG?

Mvh
Arkitekt Nina Falk
""")

M("p", """
> Fra: Byggesag, Ishøj Kommune
> Emne: Sag nr. 2025-1148 - Anmodning om yderligere oplysninger
> Vi mangler en situationsplan for at kunne behandle ansøgningen.

Hej

Situationsplanen er vedhæftet. Jeg skal lige understrege at vi har sat huset til salg og har en køber der venter på at I godkender udestuen. Hun har lovet at vente til 1. juni. Kan I prioritere det?

Mvh
Allan Gram
""")

M("", """
Hej

Jeg er utilfreds med at jeres byggesagsafdeling har haft telefonlukket hele april pga. "implementering af nyt system". Det kunne man godt have fortalt os i god tid.

Venlig hilsen
Entreprenør Tom Holm ApS
""")

M("p", """
Til hovedpostkassen

Vedr. dødsbo efter Gerda Mortensen, cpr. [[120431-1726]]

Jeg er bobestyrer og skal bruge en opgørelse over skyldig ejendomsskat, da boets hus på Ishøj Søvej 41 er solgt med forbehold. Skødet kan ikke tinglyses før gælden er indfriet. Der er tidsfrist 10. juni.

Med venlig hilsen
Advokat Henrik Stoltz
Stoltz & Partnere
Denne mail og eventuelle vedhæftninger kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, bedes du kontakte afsender og slette mailen.
""")

M("", """
Hej

Hvorfor er ejendomsværdien for vores område sat så højt i år? Alle på vejen har fået stigninger på over 20 %. Det virker helt urimeligt. Skal vi klage til jer eller til Skattestyrelsen?

Mvh Pernille
""")

M("pb", """
Kære byrådsmedlem Jens Holm

Vi er fra menigheden i Ishøj Baptistkirke, og jeg er en af de ældste. Vi har fået et tilbud om at købe den gamle spejderhytte på Kærgårdsvej af kommunen, men prisen er ikke forhandlet på plads. Vi har budt 1,1 mio., og nu har vi hørt at en anden har budt højere. Kan vi få en forklaring på processen?

Gud velsigne
Samuel Otieno
""")

M("", """
Hej,

Jeg spørger bare generelt: Har kommunen forkøbsret, når en erhvervsgrund i Ishøj Erhvervskvarter skal sælges? Jeg skriver en opgave på HD.

Tak
Caroline M.
""")

M("p", """
Hej kommune
Vi har tilbudt 4,2 mio på naboens grund på Skovvej 60 for at bygge til vores datter. Ejeren vil gerne sælge men vil først vide om det kan udstykkes. Kan I svare hurtigt? Ellers sælger han til en developer.
Mvh. Thomas & Inge Maagaard
""")

M("", """
Til Ishøj Kommune

Jeg klager over at renovationsgebyret for vores sommerhus er opkrævet to gange for 2024. Kundenummer 0701851234. Jeg har betalt første gang den 3. februar.

Hilsen
Bjarne Sørensen
""")

M("pu", """
Hej Lise Dam

Vi er nogle stykker fra 3F's lokale afdeling, og jeg skriver på mine egne vegne som medlem. Min kone og jeg skal sælge vores hus på Baldersbæk 11, og vi har en køber, men han trækker sig hvis kommunen ikke snart godkender den nye kloakledning. Kan du hjælpe os med at finde ud af hvor sagen står?

Mvh
Jan Kaae
""")

M("", """
Hej Byudvikling og Natur

Tak for mødet i går. Som aftalt sender jeg de reviderede tegninger til tilbygningen. Vi glæder os til at høre fra jer.

Venlig hilsen
Malene og Kasper Hvid
""")

M("pe", """
Til Borgerrådgiveren

Min far bor på plejehjem nu, og familien er ved at sælge hans lejlighed på Ishøj Strandvej for at betale for opholdet. Vi har en køber, men kommunen har tinglyst en pant for et lån til indskud fra 1998, som ingen kan finde ud af at aflyse. Mægleren siger at handlen kan falde fra hvis det ikke er løst om 14 dage.

Jeg har fået 5 forskellige svar fra 5 forskellige medarbejdere.

Mvh
Helle Juncker
""")

M("", """
Hej. Jeg vil bare høre: gælder den nye lokalplan for Strandparken også for rækkehusene i nr. 2-40? Det står ikke klart i høringsmaterialet.
Venlig hilsen Børge
""")

M("p", """
Fra: Karina Ørum <karina.orum@live.dk>
Til: Byggesag
Emne: SV: Mangler for byggesag 2025-0877

Jeg har nu sendt de sidste bilag. Jeg vil gerne understrege at vi har fået et bud på huset fra et ungt par, og de vil kun købe hvis carporten er lovliggjort. Hvis I kan give en foreløbig tilkendegivelse vil det hjælpe meget.

> Kære Karina Ørum. Vi mangler stadig en tegning af carporten set fra vest.
""")

M("", """
Til Ishøj Kommune

Der er fejl på jeres kortside: Ishøj Søvej 41 er vist som "ubebygget grund", men der har stået et hus i 50 år.

Mvh
Jørgen Falster
""")

M("pt", """
Hej

Min familie og jeg er vietnamesere og har drevet en restaurant i Ishøj Centret i 18 år. Nu vil vi købe selve lejemålet, og udlejer har givet os et tilbud, men vi mangler en udtalelse fra kommunen om fremtidig brug af området. Kan I sende det hurtigt? Tilbuddet udløber om en måned.

Mange hilsner
Nguyen Van Long
""")

M("", """
Hej

Jeg har ventet 3 måneder på svar om en dispensation til en hæk på 2,20 m. Hvor lang tid må I egentlig bruge? Sagsnr. 2025-0044.

Mvh Ulla Mørch
""")

M("ph", """
Kære sagsbehandler

Jeg skriver vedrørende byggesag om vores rampe. Vi har solgt vores nuværende hus og købt et andet på Ishøj Landevej, men købet er betinget af at vi kan få lov at lave en kørestolsrampe, fordi min kone sidder i kørestol efter sin rygmarvsskade. Det haster, vi skal være ude af det gamle hus 1. august.

Venlig hilsen
Leif Carstensen
""")

M("", """
Hej

Jeg er ejendomsmægler og vil høre, hvilke dokumenter kommunen kan levere i forbindelse med salg af en ejendom i Ishøj. Vi har flere sager, og det ville hjælpe at have en standardliste.

Med venlig hilsen
Mads Rye, Nybolig Ishøj
""")

M("p", """
Til borgmesteren

Jeg har i 2 år forsøgt at købe det lille jordstykke bag min have på Kærgårdsvej 3 af kommunen. Jeg har fået en prisvurdering på 85.000 kr og har accepteret den, men jeg har stadig ikke fået en købsaftale. Sagen står stille. Hvad sker der?

Venlig hilsen
Ebbe Kaspersen
""")

M("", """
> Kære borger. Din sag er sendt til Center for Byudvikling og Natur, som vender tilbage inden for 10 hverdage.

Det var den 2. marts. Nu er det den 20. april. Jeg har stadig ikke hørt noget om hundeskoven. Hilsen Gitte Rohde
""")

M("p", """
Hej
Er der nogen der kan fortælle mig om kommunen vil købe vores garage-grund på Ishøj Stationsvej? I sendte et brev i januar om at I var interesserede, vi svarede at vi gerne ville sælge for 600.000, og siden har vi ikke hørt noget. Vi har en anden køber som venter.
Mvh
Svend og Lis Bech
""")

M("", """
Til Ishøj Kommune

Jeg vil gerne have besked om, hvornår vejen ud for Strandhaven 1-40 bliver repareret. Jeg har hørt, at det står på budgettet for 2025.

Venlig hilsen
Mona Frisk
""")

M("pe", """
Hej,

Jeg er ved at blive skilt og vi skal sælge vores hus på Holmevej 19. Vi har en handel på plads med forbehold, men banken vil ikke frigive min del før kommunen har bekræftet at der ikke er restancer på daginstitutionsbetalingen. Jeg har søgt økonomisk friplads fordi jeg nu er alene med 3 børn på én indkomst.

Mvh Louise Winther
""")

M("", """
Hej

Bare en kort tak til Byggesag for hurtig behandling af vores sag om tagudhæng. Det var en fornøjelse.

Bedste hilsner
Kim og Trine
""")
