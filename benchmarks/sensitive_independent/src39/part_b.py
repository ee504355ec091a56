"""corpus39 part B: allotment gardens, garden-colony houses, building permits, neighbours' hedges."""
from common import M

M("p", """Hej

Jeg har sat mit kolonihavehus i H/F Solsikken til salg, og der er en køber der har budt 185.000. Foreningen siger at kommunen skal godkende prisen fordi grunden er kommunal. Hvor lang tid tager det? Køber vil gerne have svar inden 1. juni.

Mvh
Bent Kristoffersen
Have nr. 47""")

M("", """Hvor lang er ventelisten til en kolonihave i Ishøj? Og er det kommunen eller haveforeningerne der styrer den? Hilsen Lene""")

M("", """Til teknik- og miljøudvalget

Jeg synes at reglerne for maksimal størrelse af kolonihavehuse bør lempes. 50 m2 er for lidt når familier skal bo der hele sommeren. Det er et generelt forslag.

Venlig hilsen
Poul Erik Winther""")

M("ph", """Hej kommunen

Min far Arne (84) har haft en blodprop og kan ikke passe sin have i Ishøj Haveby længere. Vi har fået et bud på huset, men køberen vil have at vi fjerner det gamle udhus først. Må vi rive det ned uden byggetilladelse?

Mvh Helle (datter)""")

M("", """Naboens hæk på Tranegilde Strandvej er over 2,5 meter og skygger for hele vores terrasse. Hvad siger reglerne om hækkens højde i skel? Hilsen Niels""")

M("", """Hej. Vi vil bygge en carport på 36 m2 – skal vi søge byggetilladelse, eller er den fri? Matr.nr. 12bx Ishøj By. Mvh Lars""")

M("he", """Til borgerrådgiveren

Min nabo har klaget over min hæk 4 gange, og nu har kommunen sendt mig et påbud. Jeg er på førtidspension og har ikke råd til en gartner. Jeg kan ikke selv klippe den pga. min ryg. Kan jeg få hjælp nogen steder?

Venlig hilsen
Jørgen Lassen""")

M("", """Hvorfor tager det 14 uger at få behandlet en byggesag i Ishøj, når det tager 4 uger i Greve? Det er ikke i orden. Hilsen en irriteret husejer""")

M("p", """Hej

Vi er ved at købe Gildbrovej 31, og handlen er betinget af at tilbygningen fra 1998 er lovliggjort. Sælger siger den er godkendt, men vi kan ikke finde den i BBR. Kan I tjekke det inden fredag? Vores advokat har brug for det.

Mvh Kasper og Nanna""")

M("", """Vi har lige solgt vores kolonihave, handlen gik igennem i marts. Skal vi selv give kommunen besked om at vi ikke længere har adresse der? Mvh Grethe""")

M("pt", """Hej

Jeg er polsk og har haft kolonihave i H/F Strandhaven i 6 år. Nu vil jeg sælge, men bestyrelsen siger at køberen skal være "dansk" og at det er regler. Køberen er min landsmand Piotr som har budt 140.000. Er det lovligt?

Pozdrawiam / Mvh
Tomasz Kowalczyk""")

M("", """Hej, må man sove i sit kolonihavehus i vinterhalvåret? Jeg har hørt forskellige ting. /Karin""")

M("e", """Hej

Jeg skriver til dig som byrådsmedlem, fordi jeg er blevet sat ud af min lejlighed i april og nu bor i mit kolonihavehus. Foreningen siger jeg ikke må bo der efter 1. oktober. Jeg har ingen anden bolig. Hvad gør jeg?

Mvh Steen""")

M("", """Kan kommunen oplyse hvor mange klager over hække der har været i 2025? Jeg skriver en artikel til grundejerforeningens blad. Venlig hilsen, redaktør af Hedebladet""")

M("hp", """Kære byggesagsafdeling

Vi har søgt om tilladelse til en rampe og et handicaptoilet på Ishøj Søvej 63, fordi min kone Gitte sidder i kørestol efter en sclerose-forværring. Men vi overvejer nu i stedet at sælge huset – vi har fået et bud fra en nabo. Skal vi trække ansøgningen?

Hilsen Hans""")

M("", """Hej! Hvor kan man få afleveret haveaffald i weekenden? Genbrugspladsen har lukket søndag? Vh Tove""")

M("", """Må en hæk stå helt ud til fortovet på Kirkebjerg Allé? Den går næsten ud på cykelstien og børnene skal cykle der til skole. Det er ikke min egen nabo, jeg cykler bare forbi. Mvh Per""")

M("p", """Til direktionsassistenten for Byudvikling

Vi har købt en byggegrund af kommunen i Ishøj Landsby, skødet er underskrevet men ikke tinglyst, og køberen af vores nuværende hus – altså vores hus på Vejlebrovej – er hoppet fra. Kan overtagelsen af grunden udskydes?

Venlig hilsen
Michael Tang""")

M("", """Hej. Jeg har et spørgsmål til lokalplanen for Vejleå Syd: må man have et drivhus på mere end 10 m2? Tak for svar. Anders""")

M("b", """Hej

Jeg er veganer af etiske grunde og vil gerne søge om at holde høns i min kolonihave – for æggenes skyld, ikke for slagtning, men de skal have et godt liv. Er det tilladt i H/F Ishøjgård? Foreningen siger at det er kommunens beslutning.

Hilsen Kirstine""")

M("", """Til hovedpostkassen

Jeg vil klage over støj fra byggepladsen ved stationen lørdag morgen kl. 7. Er det tilladt? Ingen personlige oplysninger, bare en borger der gerne vil sove.""")

M("s", """Hej

Min mand Rasmus og jeg (Jonas) har fået et kolonihavehus i H/F Engen. Bestyrelsen har registreret Rasmus som "hustru" i medlemslisten, og det er vist en fejl i kommunens lejekontrakt. Kan I rette det?

Mvh Jonas Vestergaard""")

M("", """Hvad er reglerne for at brænde haveaffald af i kolonihaven? Er det stadig forbudt hele året? Venlig hilsen""")

M("pe", """Kære borgmester

Banken har sagt at vores hus på Ishøj Strandvej skal på tvangsauktion i august, hvis vi ikke betaler 160.000. Min mand er blevet arbejdsløs. Vi har en køber som har budt, men det er under gælden. Kan kommunen hjælpe med noget som helst?

Med venlig hilsen
Dorthe Sørensen""")

M("", """Hej. Vi er naboer til den nye byggeplads på Ishøj Boulevard og vil høre hvornår der er nabohøring om de fire etager? Mvh Boligforeningen Ishøjgård, afdeling 3""")

M("", """Hvem ejer træerne langs stien bag H/F Solsikken? Der hænger grene ind over vores hække, og det er ikke vores egne træer. Vh haveforeningen""")

M("h", """Hej

Jeg har brug for en dispensation til at sætte en elektrisk markise op på mit kolonihavehus, fordi jeg har hudkræft og ikke må være i solen. Foreningen siger den er for stor. Kan kommunen give dispensation? Journalnr. 02.34.02-P19-88-25.

Venlig hilsen
Inger Hald""")

M("", """hej vores nabo har sat et 2 meter højt plankeværk op lige i skel uden at spørge. er det lovligt? adressen er Strandager 9. mvh Mads""")

M("u", """Hej

Jeg er tømrer og medlem af 3F, og jeg har bygget et anneks til min svoger. Nu siger kommunen at det er ulovligt og at jeg har ansvaret som bygherre. Jeg vil gerne have min fagforening med til mødet. Er det i orden?

Mvh Claus""")

M("", """Hej, hvornår kommer den nye kolonihaveplan til høring? Vi er en del haveejere der gerne vil sige noget til den. Hilsen Kolonihaveforbundet, kreds Ishøj""")

M("p", """Hej byggesag

Vi har et køb af Vejlebrovej 12 på plads, undtagen at købers bank vil se en ibrugtagningstilladelse for udestuen. Den har aldrig været søgt. Handlen er betinget af den. Hvor hurtigt kan I tage en sag?

Venlig hilsen
Jeanette Kruse, sælger""")

M("", """Hej. Vi har hørt at kommunen vil sælge det gamle pumpehus ved Ishøj Søvej. Hvornår sættes det til salg og hvordan byder man? Mvh en interesseret nabo""")

M("t", """Til byrådsmedlem Aylin Demir

Min nabo har råbt "skrid hjem til Tyrkiet" over hækken, da jeg klippede den. Jeg er født i Ankara og har boet her i 30 år. Jeg vil ikke politianmelde ham, men jeg vil gerne have at nogen fra kommunen snakker med vores grundejerforening.

Venlig hilsen
Mehmet Yıldız""")

M("", """Hej, kan vi få fjernet den væltede pil i grøften ved H/F Birkely? Den ligger ud over stien. Mvh havelauget""")

M("", """Hej. Mit matrikelnummer er 150785-0012 står der på et gammelt skøde – er det et cpr-nummer eller et matrikelnummer? Det ser mærkeligt ud. Hilsen Vibeke""")

M("he", """Hej

Jeg har fået hjemmehjælp siden min hofteoperation, og nu har jeg fået et brev om at min hæk mod stien skal klippes inden 15. juni. Hjemmehjælperen må ikke gøre det. Jeg har ingen familie. Kan I give mig lidt længere frist?

Med venlig hilsen
Elly Jakobsen, 89 år""")

M("", """Til direktøren: Det er en skandale at kolonihaverne i Ishøj skal vige for boliger. Hvor skal byens børn lære om natur? Jeg forventer svar. Mvh Bodil""")

M("pb", """Hej

Jeg er medlem af Enhedslisten og har i mange år været kasserer i H/F Ishøjgård. Nu er der en sag om at bestyrelsen har solgt et hus til et bestyrelsesmedlems søn under markedspris, og handlen er ikke endeligt godkendt endnu. Jeg vil have kommunen til at se på det, før den godkendes.

Vh Lisbeth Dam""")

M("", """Hej, er der krav om at kolonihavehuse har en brandalarm? Vi har lige købt og vil gøre det rigtigt. Handlen blev afsluttet i februar. Mvh Rune""")

M("h", """Hej

Jeg har astma, og min nabo i H/F Strandhaven fyrer med gammelt træ i sin brændeovn hver aften, også om sommeren. Jeg kan ikke være i min have. Kan miljøafdelingen gøre noget?

Mvh Anette Skov
Have 112""")

M("", """Til borgmesterens kontor

Jeg er formand for en grundejerforening og vil gerne høre, om borgmesteren vil komme og tale ved vores 50-års jubilæum i juni. Vi er 140 husstande.

Venlig hilsen
Finn Thomsen""")

M("ps", """Hej

Min kæreste Lukas og jeg (Andreas) har budt på en andelsbolig i Ishøj Bycenter, men bestyrelsen trækker tiden. Vi har hørt bag om ryggen at "to mænd" ikke passer ind. Buddet er ikke accepteret endnu. Kan kommunen gøre noget?

Mvh Andreas""")

M("", """Hej. Skal man søge om tilladelse til at fælde et stort asketræ på egen grund? Det er sygt (asketoptørre) og kan vælte. Vh Michael""")

M("e", """Til Center for Byudvikling

Jeg har fået en bøde på 8.000 kr for en ulovlig overdækning. Jeg er på dagpenge og kan slet ikke betale den på én gang. Kan den deles op? Sag nr. 2025-004471.

Mvh Tommy Berg""")

M("", """Hej, jeg har et kundenummer hos forsyningen der hedder 0408921337 – skal jeg bruge det når jeg søger om at tilslutte kolonihaven vand? Eller hvilket nummer? Tak""")

M("", """Hvad koster det at leje en kolonihave af kommunen pr. år? Og følger der affaldsgebyr med? Mvh Sanne""")

M("h", """Hej Lone (byrådet)

Jeg står som nr. 3 på ventelisten til en have i H/F Engen. Kan jeg få en have i stueplan, fordi jeg har KOL og ikke kan gå langt? Jeg er klar over at det ikke er dig der bestemmer, men hvem skal jeg skrive til?

Venlig hilsen
Kurt Mikkelsen""")
