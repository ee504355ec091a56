"""corpus32 part A: long complaints to the borgerrådgiver told with the case history."""
from common import M

M("he", """Kære borgerrådgiver

Jeg skriver til dig, fordi jeg efterhånden ikke ved, hvor jeg ellers skal gå hen med min sag. Jeg har prøvet at ringe til Jobcenteret flere gange, og jeg har skrevet i den digitale postkasse, men jeg får ikke svar, og når jeg endelig får fat i nogen, er det en ny person, som ikke kender noget til min sag. Jeg har lavet en tidslinje, så du kan se, hvad der er sket, og jeg håber, du vil se på det.

Den 3. februar blev jeg indkaldt til en samtale på Jobcenteret på Ishøj Store Torv. Der fik jeg at vide, at min sag skulle overgå til en ny sagsbehandler, fordi den gamle var stoppet. Det var helt i orden. Jeg fik et brev om, at jeg ville blive kontaktet inden for 14 dage. Det blev jeg ikke.

Den 2. marts ringede jeg selv. Jeg blev stillet rundt tre gange og endte i en telefonkø, der lukkede kl. 12. Jeg prøvede igen dagen efter og fik at vide, at min nye sagsbehandler hed Birgitte, og at hun ville ringe mig op. Det gjorde hun ikke.

Den 19. marts fik jeg så et brev i e-Boks om, at jeg ikke var mødt op til en samtale den 17. marts. Jeg har aldrig fået nogen indkaldelse til den samtale. Jeg har kigget alle mine breve igennem, også dem i spam, og der er ikke noget. Alligevel står der i brevet, at man overvejer at "foretage en vurdering af min rådighed".

Det, der gør det hele meget svært for mig, er at jeg har været sygemeldt siden sidste efterår med en diskusprolaps i lænden og venter på at blive opereret på Glostrup. Jeg kan ikke sidde ned mere end en halv time ad gangen. Det står i de lægeattester, jeg har afleveret, men det er som om ingen har læst dem.

Jeg har tre konkrete klagepunkter:

1. At jeg er blevet registreret som udeblevet fra en samtale, jeg aldrig er blevet indkaldt til.
2. At jeg ikke er blevet ringet op, selvom jeg to gange har fået lovning på det.
3. At brevet af 19. marts var skrevet i en tone, som jeg oplevede som truende, og uden at der stod, hvem jeg kunne kontakte.

Jeg er godt klar over, at du ikke kan lave om på en afgørelse, og det beder jeg heller ikke om. Jeg vil bare gerne have, at nogen ser på, om sagsbehandlingen har været i orden, og at jeg får én fast person at tale med.

Jeg har vedhæftet brevet af 19. marts og min egen tidslinje som pdf. Hvis du vil ringe til mig, er det bedst mellem kl. 10 og 14, for om morgenen har jeg det dårligst.

Jeg vil også gerne sige, at jeg ikke er ude på at få nogen skældt ud. Der er også mennesker på Jobcenteret, der har været meget søde, bl.a. ham i receptionen, der hjalp mig med at finde ud af, hvilken blanket jeg skulle bruge. Men systemet virker ikke, når man bliver sendt videre hele tiden.

Venlig hilsen
Kenneth Raun Mølgaard
Vildtbanevej 41, 2. th.
2635 Ishøj
tlf. 28 71 46 03
""")

M("et", """Til Borgerrådgiveren i Ishøj Kommune

Vedr.: Klage over sagsbehandling og manglende tolkning – sagsnr. 27.12.06-G01-1148-24

Jeg skriver på vegne af min mor, Fatma Yıldız, som har givet mig fuldmagt (vedhæftet). Min mor taler kun lidt dansk, så jeg har hjulpet hende med alle breve fra kommunen i de sidste fire år.

Baggrunden er følgende. Min mor søgte i november sidste år om enkeltydelse til en ny komfur, fordi det gamle var gået i stykker og ikke kunne repareres. Hun fik afslag den 8. januar med den begrundelse, at hun "burde have kunnet spare op". Min mor får folkepension og en lille boligydelse, og efter husleje har hun ca. 3.100 kr. om måneden at leve for. Vi mener ikke, der er noget at spare op af, men det er ikke det, jeg klager over her, for den del har vi sendt videre som en klage over afgørelsen.

Det, jeg klager over, er selve forløbet:

Den 12. december var min mor indkaldt til et møde i Borgerservice om sagen. Hun bad i sin ansøgning om tolk, og der stod i indkaldelsen, at der ville være en tyrkisk tolk til stede. Da hun mødte op, var der ingen tolk. Medarbejderen sagde, at det "nok skulle gå", og at min mor kunne "bare nikke". Min mor er kurdisk og kommer fra en landsby i det østlige Tyrkiet, og hun har aldrig gået i skole. Hun forstod ikke, hvad der blev sagt, men hun turde ikke sige nej. Bagefter stod der i sagens notat, at "borger bekræfter at have opsparing". Det har hun aldrig sagt, og hun har ikke nogen opsparing.

Jeg ringede til Borgerservice den 14. december for at høre, hvordan det kunne ske. Jeg fik at vide, at man ikke kunne finde en tolk den dag, og at det var "borgers ansvar" at sige til, hvis hun ikke forstod. Det synes jeg ikke er rimeligt, når man har lovet en tolk på skrift.

Derudover vil jeg gerne have aktindsigt i hele sagen, herunder notatet fra mødet den 12. december og eventuelle interne mails om tolkebestillingen.

Jeg beder dig se på:
- om det er i orden at gennemføre et møde uden den tolk, man har lovet,
- om det er i orden at skrive i et notat, at en borger har bekræftet noget, når der ikke var en fælles sprog at tale på,
- og hvordan kommunen vil sikre, at det ikke sker igen.

Jeg arbejder selv som pædagog i Vallensbæk og kan træffes på telefon efter kl. 15 alle hverdage. Ellers svarer jeg på mail hurtigt.

Til sidst vil jeg nævne, at jeg to gange har prøvet at sende fuldmagten via kommunens sikre formular, men at jeg fik en fejlmeddelelse om, at filen var for stor. Jeg har derfor sendt den med almindelig post den 20. december. Jeg har ikke fået bekræftet, at den er modtaget, så jeg vedhæfter den igen her. Hvis den stadig ikke er registreret, vil jeg gerne vide, hvordan jeg ellers skal sende den, for det er ikke første gang, at et dokument fra os er "forsvundet".

Med venlig hilsen
Derya Yıldız
på vegne af Fatma Yıldız
Ishøj Bygade 12B, st.
2635 Ishøj
Mobil 42 19 66 08

> Fra: Borgerservice, Ishøj Kommune
> Sendt: 2. december
> Emne: Indkaldelse til møde
>
> Kære Fatma Yıldız. Du indkaldes hermed til møde i Borgerservice torsdag den 12. december kl. 10.30 vedrørende din ansøgning. Der vil være tolk til stede. Medbring venligst kontoudtog for de seneste tre måneder og dokumentation for husleje. Hvis tidspunktet ikke passer, bedes du kontakte os senest to hverdage før. Med venlig hilsen, Borgerservice
""")

M("e", """Hej

Jeg vil gerne klage over, hvordan min sag om boligstøtte er blevet behandlet, og jeg vil gerne have aktindsigt. Jeg skriver til borgerrådgiveren, fordi jeg har fået at vide på Borgerservice at det ikke er dem, men Udbetaling Danmark, og hos Udbetaling Danmark siger de at det er kommunen der har sendt forkerte oplysninger. Så jeg bliver sendt frem og tilbage.

Kort fortalt:

I august flyttede jeg fra min eks-kæreste, og jeg fik en lejlighed i Vejleåparken. Jeg meldte flytning med det samme på borger.dk, og jeg søgte boligstøtte den samme dag. I oktober fik jeg et brev om at jeg skulle betale 8.412 kr. tilbage, fordi jeg "havde haft en anden person boende". Det har jeg ikke. Min eks står stadig på adressen på grund af en fejl, fordi han ikke har meldt flytning, selvom han bor i Greve nu.

Jeg har sendt lejekontrakt, hans nye adresse og en erklæring fra ham selv. Jeg har ringet seks gange. Hver gang siger de, at de har "sendt det videre". Nu har jeg fået en rykker, og der står, at beløbet bliver modregnet i min SU. Jeg går på pædagoguddannelsen og har i forvejen svært ved at få det til at hænge sammen, og jeg har fået en betalingsaftale med Nordea på mit kassekredit, fordi jeg var i minus.

Det jeg vil have hjælp til:
1. At nogen i kommunen retter folkeregisteret, så det passer med virkeligheden.
2. At jeg får en skriftlig forklaring på, hvorfor mine dokumenter ikke er blevet brugt.
3. Aktindsigt i det, kommunen har sendt til Udbetaling Danmark om mig.

Jeg ved godt at du ikke kan bestemme over Udbetaling Danmark, men det her startede hos jer, så jeg håber du kan hjælpe mig med at finde ud af hvem der skal gøre hvad.

Jeg har vedhæftet:
- lejekontrakt
- flyttebesked fra eks (skærmbillede)
- brev fra UDK af 14/10
- rykker af 2/12

Jeg har også prøvet at skrive til Udbetaling Danmark via deres kontaktformular. De svarede efter tre uger, at de "har modtaget oplysninger fra kommunen om, at der bor to personer på adressen". Så det må jo komme et sted fra. Jeg forstår ikke, hvordan kommunen kan have de oplysninger, når folkeregisteret er det eneste sted, det står, og jeg selv har sagt, at det er forkert.

Jeg har også været nede på Borgerservice personligt den 21. november. Der var en meget sød medarbejder, der sagde, at hun kunne se fejlen og ville sende en "opgave" til den afdeling, der tager sig af folkeregisteret. Hun gav mig et opgavenummer, 2111-4471, og sagde at jeg ville høre fra dem inden for en uge. Det har jeg ikke.

Undskyld at mailen er lang og lidt rodet. Jeg er bare træt af det.

Hilsen
Cecilie Bagger
Vejleåparken 7, 1. tv
2635 Ishøj

Sendt fra Outlook til iOS

Fra: Udbetaling Danmark
Dato: 14. oktober
Emne: Afgørelse om tilbagebetaling

Du har fået udbetalt for meget i boligstøtte i perioden august–september, fordi der ifølge vores oplysninger har boet en anden voksen på adressen. Du skal derfor betale 8.412 kr. tilbage. Du kan klage over afgørelsen inden 4 uger. Læs mere på borger.dk.
""")

M("eh", """Kære Borgerrådgiver

Jeg er bisidder for Anders Holmgaard, som bor på Strandgårdsvej, og han har bedt mig skrive denne klage, fordi han selv har svært ved at formulere sig skriftligt. Fuldmagten er vedlagt og er underskrevet af Anders den 4. marts.

Anders er 58 år og har i mange år haft hjemmehjælp to gange om ugen til rengøring og indkøb. Han fik en blodprop i hjernen for tre år siden, og han har siden haft nedsat førlighed i højre side og talebesvær. Han kan klare det meste af sin personlige pleje selv, men han kan ikke støvsuge, ikke bære indkøb op ad trappen og ikke skifte sengetøj.

Den 16. januar fik Anders et brev om, at hans hjælp blev revurderet. Der kom en visitator på besøg den 23. januar, som var der i 15 minutter. Anders fortæller, at hun mest kiggede på sin telefon, og at hun spurgte ham, om han "kunne gå", og da han sagde ja, skrev hun det ned. Hun spurgte ikke til trappen, og hun så ikke, hvordan han går.

Den 2. februar fik han en afgørelse om, at indkøbshjælpen ophører, og at rengøringen nedsættes til hver tredje uge. Vi har klaget over afgørelsen, og den klage går sin egen vej. Det er ikke det, jeg beder dig se på.

Det, vi klager over hos dig, er:

a) At besøget var så kort, at det efter vores opfattelse ikke var muligt at vurdere Anders' behov.

b) At Anders ikke blev tilbudt at have en bisidder med, selvom det står i kommunens egne retningslinjer, at man skal oplyse om det.

c) At afgørelsen kom med posten og ikke i Digital Post, selvom Anders har Digital Post. Brevet lå i en bunke reklamer i fire dage, og vi mistede derfor en del af klagefristen.

d) At jeg, da jeg ringede den 8. februar på Anders' vegne, blev bedt om at "tage det med visitatoren", men ikke kunne få et direkte nummer til hende, og at der ikke er ringet tilbage trods to beskeder.

Anders har været meget ked af det hele forløbet. Han føler, at han ikke blev taget alvorligt.

Jeg er selv pensioneret socialrådgiver fra en anden kommune, og jeg hjælper Anders som frivillig gennem Ældre Sagen. Jeg forstår godt, at der er travlt, men der er grænser.

Vi vil gerne have et møde med dig, gerne hjemme hos Anders, da han har svært ved at komme afsted.

Praktiske oplysninger: Anders har dårlig hørelse i telefonen, så det er bedst at ringe til mig først, så aftaler jeg et tidspunkt. Han bor på 2. sal uden elevator, hvilket i øvrigt er en af grundene til, at indkøbshjælpen betyder så meget. Hvis du kommer på besøg, er opgangen nr. 14, og dørtelefonen virker ikke altid – ring så til mig, så går jeg ned og lukker op.

Jeg har vedlagt en kopi af afgørelsen af 2. februar, visitationsnotatet (som Anders fik efter at have bedt om det), fuldmagten og min egen oversigt over, hvornår jeg har ringet og til hvem.

Venlig hilsen
Grethe Lindahl
bisidder for Anders Holmgaard
tlf. 30 55 18 72
""")

M("u", """Til direktionsassistenten, Center for Beskæftigelse og Erhverv

Jeg skriver som opfølgning på min telefonsamtale med jeres omstilling i sidste uge, hvor jeg blev bedt om at sende min henvendelse skriftligt til direktøren.

Jeg er ansat som chauffør hos en vognmand, der kører for kommunens genbrugsstationer på kontrakt. Jeg er ikke ansat i kommunen, så jeg ved godt, at det ikke er en personalesag for jer. Men jeg vil gerne gøre opmærksom på noget, som jeg mener kommunen bør vide, når den laver kontrakter.

I efteråret blev vi tre chauffører bedt om at køre ekstra ture fra Ishøj Genbrugsstation uden at det stod på køresedlerne. Vi fik at vide, at det var "kommunens ønske". Jeg er tillidsrepræsentant for 3F på vores arbejdsplads, og jeg tog sagen op med vognmanden, fordi jeg mente, at det var i strid med vores overenskomst at køre uden registrering. Vognmanden sagde, at han ikke kunne gøre noget, fordi det var kommunen, der ville have det sådan.

Jeg har derfor to spørgsmål:

1. Har kommunen bedt om ekstra kørsel, der ikke bliver registreret på køresedlerne? Hvis ja, hvem har besluttet det, og hvordan bliver det afregnet?

2. Stiller kommunen krav i sine kontrakter om, at leverandøren følger gældende overenskomster og arbejdsmiljøregler?

Jeg spørger ikke for at skabe problemer. Jeg synes bare, at det er vigtigt, at det er på det rene, for hvis der sker en ulykke på en tur, der ikke står nogen steder, så er vi ikke dækket.

Jeg ved at spørgsmål 2 måske er et politisk spørgsmål, og så skal det gerne sendes til det udvalg, det hører under. Spørgsmål 1 vil jeg gerne have svar på inden for de ti hverdage, som jeg kan se står på jeres hjemmeside.

Jeg har kopieret vores køresedler for uge 41–44 og vedhæfter dem, hvis det kan hjælpe. Navnene på de andre chauffører har jeg streget ud, da de ikke har bedt mig skrive.

For god ordens skyld: Jeg har selvfølgelig også taget det op med min egen fagforening, og de ser på, om vognmanden har brudt overenskomsten. Det er en sag mellem os og arbejdsgiveren, og den skal kommunen ikke blande sig i. Min henvendelse til jer handler kun om, hvad kommunen har bedt om, og hvad kommunen kræver af sine leverandører.

Hvis det er nemmere at tage et møde, kommer jeg gerne ind på rådhuset. Jeg har fri tirsdage og torsdage efter kl. 14.

Med venlig hilsen
Brian Skov Nyholm
Gildbrovej 19
2635 Ishøj

-----Oprindelig meddelelse-----
Fra: Ishøj Kommune, Omstillingen
Sendt: 14. november 2024 10:52
Emne: SV: Opkald vedr. kørsel genbrugsstation

Kære Brian

Tak for din opringning i dag. Som aftalt i telefonen beder vi dig sende din henvendelse skriftligt, så den kan blive journaliseret og sendt til den rette direktør. Du er velkommen til at skrive til denne adresse. Skriv gerne i emnefeltet, at det drejer sig om kørsel for genbrugsstationerne, så vi hurtigere kan finde den rette modtager.

Med venlig hilsen
Omstillingen
Ishøj Kommune
""")

M("hes", """Kære borgerrådgiver Lone

Tak fordi du tog telefonen i går, selvom klokken var mange. Som aftalt sender jeg her hele forløbet skriftligt, så du kan se på det i ro og mag. Undskyld at det er blevet langt.

Min mand Jesper og jeg har siden 2022 været plejefamilie for en dreng på nu 9 år. Af hensyn til ham skriver jeg ikke hans navn, men sagsbehandleren i Center for Børn og Forebyggelse ved, hvem det drejer sig om (sagsnr. 27.24.00-A00-0391-22). Vi er en af kun få familier med to fædre, der er godkendt i regionen, og vi har hele vejen igennem haft en god dialog med den tidligere sagsbehandler.

Det, der er sket siden september, er følgende:

- 4. september: Vi får ny sagsbehandler, og vi bliver inviteret til et opstartsmøde. Mødet bliver aflyst samme morgen.
- 19. september: Nyt møde. Sagsbehandleren spørger flere gange om, "hvem af jer der er mor-figuren". Jesper svarer høfligt, at vi ikke tænker sådan. Hun skriver i notatet, at "plejeforældrene har svært ved at tage imod vejledning".
- 2. oktober: Vi får et brev om, at drengens samvær med biologisk mor skal udvides, uden at vi er hørt. Det har vi ikke noget imod i sig selv, men han har en ADHD-diagnose og er meget afhængig af faste rammer, og det er vi ikke blevet spurgt om.
- 20. oktober: Drengen har et voldsomt sammenbrud efter et samvær og ender på børnepsykiatrisk skadestue i Glostrup. Vi ringer til sagsbehandleren, som ikke svarer. Vi skriver også i Digital Post. Der kommer svar efter 11 dage.
- 14. november: Vi får at vide, at kommunen overvejer at "genoverveje anbringelsesstedet".

Vi klager ikke over afgørelser her, vi ved godt at det går via Ankestyrelsen. Vi klager over:

1. Sprogbrugen og holdningen på mødet den 19. september, som vi oplevede som diskriminerende på grund af at vi er to mænd.
2. At vi ikke er blevet hørt før ændringen af samværet.
3. At der gik 11 dage, før vi fik svar i en akut situation.

Vi vil meget gerne have en anden sagsbehandler, men det vigtigste er at drengen får ro.

Vi har prøvet at skrive til teamlederen to gange, men har ikke fået svar. Vi har også overvejet at skrive til udvalgsformanden, men vi vil helst ikke gøre det politisk – vi vil bare have, at det bliver ordentligt.

Jeg kan ringes op hele dagen, Jesper efter kl. 15. Vi kan også komme ind til et møde, men helst i skoletiden.

Kærlig hilsen
Martin Høeg
Ishøj Strandvej 201
2635 Ishøj
mobil 61 32 08 57

---------- Videresendt besked ----------
Fra: Martin Høeg
Dato: 20. okt. kl. 21:47
Til: sagsbehandler, Center for Børn og Forebyggelse
Emne: AKUT – vi er på skadestuen

Hej. Vi sidder på børnepsyk. skadestue i Glostrup med drengen efter samværet i dag. Han har slået og ville ikke ind i bilen. Kan du ringe i morgen tidlig? Vi ved ikke hvad vi skal sige til mor. Mvh Martin
""")

M("p", """Kære borgerrådgiver

Jeg skriver med en klage over Center for Byudvikling og Natur og den måde, min sag om en byggetilladelse er blevet behandlet på. Jeg ved godt, at du ikke kan tage stilling til om jeg skal have tilladelsen, men jeg mener ikke, at forløbet har været i orden, og det har kostet mig mange penge.

Sagen handler om mit hus på Tranegilde Strandvej. Jeg søgte i maj om tilladelse til at bygge en overdækket terrasse på 24 m2. Det er en helt almindelig ansøgning, og jeg brugte Byg og Miljø. Jeg fik en kvittering om, at sagsbehandlingstiden var "ca. 8 uger".

Efter 8 uger skrev jeg og spurgte. Svaret var, at der var "travlt på grund af ferie". Efter 14 uger skrev jeg igen. Ingen svar. Efter 18 uger ringede jeg, og så viste det sig, at min sag var blevet "lukket ved en fejl", fordi nogen troede den var en dublet.

Grunden til at det haster er, at vi har sat huset til salg. Vi har fået et bud fra et ungt par, og de har sagt, at de gerne vil købe, men kun hvis terrassen er lovliggjort. Ejendomsmægleren har sagt, at køberne trækker sig, hvis tilladelsen ikke er der inden 1. december, og så skal vi starte forfra. Vi har allerede købt en lejlighed i Køge og har lån i begge dele, så det bliver dyrt hver måned det trækker ud.

Jeg har tre ting, jeg gerne vil have undersøgt:

1. Hvordan en sag kan blive lukket uden at ansøgeren får besked.
2. Hvorfor jeg ikke fik svar på min mail efter 14 uger.
3. Om kommunen har en procedure for at prioritere sager, hvor der er en tidsfrist, f.eks. et hussalg. Jeg forstår godt, at man ikke kan springe over andre, men man kunne i det mindste give besked.

Jeg har skrevet til byrådsmedlem Kirsten Thorup også, men hun sagde, at det var dig jeg skulle skrive til.

Jeg har i øvrigt vedlagt kvitteringen fra Byg og Miljø med ansøgningsnummer og dato, og alle mine mails. Som du kan se, har jeg skrevet høfligt hver gang. Jeg har også vedlagt en kort redegørelse fra ejendomsmægleren om tidsfristen, så du kan se, at den ikke er noget, jeg har fundet på. Hvis du har brug for flere oplysninger, så ring endelig.

Venlig hilsen
Ole Brandt
Tranegilde Strandvej 88
2635 Ishøj
tlf 40 12 73 59

> Fra: Byggesagsafdelingen
> Dato: 3. september
> Emne: SV: Status på ansøgning
>
> Kære Ole Brandt
> Tak for din henvendelse. Vi har stor travlhed efter sommerferien og beklager den lange ventetid. Din sag vil blive behandlet hurtigst muligt i den rækkefølge, den er modtaget.
> Med venlig hilsen
> Byggesagsafdelingen, Center for Byudvikling og Natur
PS. Jeg har også prøvet at ringe til byggesagsafdelingens telefontid, som efter hjemmesiden er mandag, tirsdag og torsdag kl. 10–12. Jeg har ringet fire gange i den tid og har hver gang fået en besked om, at "alle linjer er optaget", hvorefter forbindelsen blev afbrudt. Jeg synes ikke, at det er en rimelig måde at drive telefonservice på.
""")

M("b", """Att. Borgerrådgiveren

Klage over forløb ved ansættelse i frivilligt job via Ishøj Bibliotek

Jeg er klar over, at borgerrådgiveren ikke behandler sager om ansættelse i kommunen. Men det her er ikke en ansættelse – det er et frivilligt job som lektiehjælper i biblioteket, og jeg fik at vide ved Borgerservice, at jeg skulle skrive til dig. Hvis det er forkert, må du meget gerne sende det videre.

Jeg meldte mig i august som frivillig lektiehjælper. Jeg var til et introduktionsmøde den 28. august sammen med otte andre. Vi blev spurgt om, hvorfor vi gerne ville være frivillige. Jeg svarede ærligt, at jeg er aktiv i min menighed i Pinsekirken, og at frivilligt arbejde er en del af min tro. Jeg sagde ikke noget om, at jeg ville tale om tro med børnene, og det ville jeg heller ikke.

Den 5. september fik jeg en mail om, at "holdet var fyldt op". Jeg accepterede det. Men to uger senere så jeg på bibliotekets Facebookside, at de stadig søgte lektiehjælpere. Jeg skrev og spurgte, og jeg fik et svar fra koordinatoren om, at de "foretrak frivillige uden religiøs dagsorden". Jeg har gemt mailen.

Jeg føler mig diskrimineret. Jeg har ingen religiøs dagsorden i forhold til lektiehjælp. Jeg har været lektiehjælper i tre år i Røde Kors i Hvidovre uden problemer, og jeg har en ren børneattest.

Jeg beder dig om at:
- se på, om det er i orden, at en kommunal institution afviser en frivillig med den begrundelse,
- sørge for, at jeg får en ordentlig forklaring,
- og at kommunen overvejer, om der skal være nogle retningslinjer for udvælgelse af frivillige.

Jeg vil gerne fortsat være anonym over for biblioteket, indtil jeg har hørt fra dig. Du må gerne kontakte mig på denne mail.

Jeg vil også gerne sige, at jeg har stor respekt for bibliotekets arbejde, og at jeg synes, lektiecaféen er et fantastisk tilbud til børnene i området. Det er netop derfor, jeg gerne ville være med. Hvis der er noget i den måde, jeg præsenterede mig på, der gav et forkert indtryk, vil jeg gerne høre det, så jeg kan gøre det bedre næste gang.

Jeg har vedhæftet mailen fra koordinatoren og min børneattest.

Venlig hilsen
Samuel Adjei
Ishøj Bygade

--- Citat fra mail fra koordinatoren, 19. september ---
"Hej Samuel. Tak for din interesse. Vi har valgt at sammensætte holdet med frivillige uden religiøs dagsorden, da lektiecaféen skal være et neutralt rum for alle børn. Vi ønsker dig held og lykke fremover."
--- slut på citat ---
Til orientering har jeg også skrevet til bibliotekets leder den 25. september og bedt om et møde. Jeg har fået en automatisk besked om, at lederen holder ferie til og med uge 41, og at henvendelser om lektiecaféen skal sendes til koordinatoren. Det er jo netop koordinatoren, jeg har et problem med, så det har jeg ikke gjort. Jeg håber, du forstår, hvorfor jeg derfor skriver til dig i stedet. Jeg kan træffes på mobil 71 40 29 13 efter kl. 16 på hverdage.
""")

M("e", """Kære direktør for Center for Voksne og Velfærd

Jeg henvender mig til dig, fordi jeg har prøvet alt andet. Jeg er datter af Inger Marie Kjær, som bor på Ishøjhusene.

Min mor er 89 år. Hun fik i foråret bevilget hjemmepleje morgen og aften, og det har fungeret nogenlunde. Men siden august har der været store problemer:

- Hjemmeplejen er flere gange kommet kl. 11 om formiddagen i stedet for kl. 8, og min mor har siddet i sin natkjole og ventet.
- Der er kommet nye medarbejdere næsten hver dag. Min mor kender dem ikke og bliver utryg.
- Der er to gange ikke kommet nogen om aftenen. Den ene gang ringede hun til mig kl. 22.

Jeg har ringet til hjemmeplejens kontor mange gange. Man er altid flink i telefonen, men der sker ingenting. Jeg har skrevet til borgerrådgiveren, som har registreret min klage, og fået at vide, at det bliver undersøgt. Det var i oktober. Nu er det december.

Jeg ved godt at der mangler personale. Det står i avisen hver uge. Men jeg synes ikke det kan være rigtigt, at man ikke kommer. Det er min mors tryghed det handler om, og hun har ingen andre end mig, og jeg bor i Aarhus.

Jeg skriver til dig for at bede om to ting:

1. At du sikrer, at min mor får den hjælp, hun er bevilget, på de tidspunkter, der er aftalt.
2. At jeg får at vide, hvem jeg skal kontakte, når det går galt, og at den person ringer tilbage.

Jeg forventer et svar inden for de 10 arbejdsdage, som jeres hjemmeside lover.

Jeg vil gerne understrege, at de medarbejdere, der kommer, er søde og gør det så godt de kan. Min mor siger altid, at "pigerne" er flinke. Det er planlægningen, jeg er utilfreds med, og at ingen svarer.

Jeg har lavet en oversigt over de dage i oktober og november, hvor hjælpen er kommet for sent eller slet ikke, baseret på hvad min mor har fortalt mig i telefonen, og hvad naboen har set. Den er vedhæftet. Min mors kontaktperson i hjemmeplejen hed Lotte, men hun er vist stoppet.

Jeg kommer til Ishøj i uge 51 og vil gerne mødes med nogen, hvis det kan lade sig gøre. Så kan vi også tale om, hvad der skal ske fremover, hvis min mors behov bliver større.

Med venlig hilsen
Susanne Kjær Andreasen
Grenåvej 4, 8000 Aarhus C
tlf. 22 96 51 30

Sendt fra min iPad

> Den 14. okt. skrev Borgerrådgiveren:
> Kære Susanne Kjær Andreasen. Tak for din henvendelse, som jeg har registreret. Jeg vil tage kontakt til Center for Voksne og Velfærd og bede om en redegørelse. Du vil høre fra mig, så snart jeg har noget nyt. Hvis der sker noget akut i mellemtiden, skal du kontakte hjemmeplejens vagttelefon, som du finder på kommunens hjemmeside.
> Venlig hilsen, Borgerrådgiveren
""")

M("th", """Hej borgerrådgiver

jeg skriver fordi jeg er sur og ked af det over det der skete på Sundhedshuset i torsdags og jeg har fået at vide at det er dig jeg skal klage til.

jeg var der med min søn på 6 som skulle til skolelæge. vi havde fået tid kl 9.30. vi kom 9.20. der sad en anden mor i venteværelset også. kl 9.50 var vi ikke blevet kaldt ind. jeg gik op til skranken og spurgte og damen sagde "i må vente, vi er bagud". ok fair.

kl 10.15 kom sygeplejersken ud og kaldte på den anden mor, selvom vi havde tid før. jeg spurgte hvorfor og hun sagde at den anden mor "kunne forstå dansk ordentligt" og at det gik hurtigere. jeg er født i Somalia men har boet i Danmark i 22 år og taler fint dansk, det er jo derfor jeg kunne forstå hvad hun sagde.

da vi endelig kom ind var hun meget kort for hovedet. hun sagde min søn var overvægtig og at "det er jo tit noget kulturelt" og gav mig en folder om kost på arabisk. jeg taler ikke arabisk. min søn blev meget ked af at hun sagde overvægtig foran ham.

jeg vil gerne have at nogen kigger på det. jeg vil ikke have at hun mister sit job men jeg synes det er racistisk og man ikke må sige sådan. og jeg vil gerne have en anden sygeplejerske næste gang.

ps. jeg har skrevet det ned samme dag så jeg husker det rigtigt. det var torsdag den 7 kl ca 10.15. sygeplejersken havde et navneskilt men jeg kunne ikke læse det. hun var høj og havde briller. der var også en studerende med inde i rummet som så det hele.

pps. min søn spørger stadig om han er for tyk. jeg har sagt han er fin. kan man få en snak med en anden sundhedsplejerske om det på en god måde? tak.

mvh
Hodan Warsame
Ishøj Strandvej
tlf 53 80 27 14

sendt fra min samsung

hvis i skal ringe så er det bedst efter kl 15 når jeg har hentet. jeg kan også komme ind på rådhuset hvis det er nemmere men så skal jeg have mine to mindste med.
-----
Fra: Sundhedsplejen, Ishøj Kommune
Emne: Indkaldelse til indskolingsundersøgelse
Kære forælder. Dit barn indkaldes hermed til indskolingsundersøgelse hos skolesundhedsplejersken på Sundhedshuset, Ishøj Store Torv, torsdag kl. 09.30. Undersøgelsen varer ca. 30 minutter. Medbring gerne barnets vaccinationskort. Hvis tiden ikke passer, kan du ændre den ved at ringe til os på 43 57 76 00 mellem kl. 8 og 9. Vi glæder os til at se jer. Venlig hilsen, Sundhedsplejen
(jeg har også ringet til sundhedsplejen 2 gange og lagt besked men ingen har ringet tilbage. nummeret er 43 57 76 00 og de har kun telefontid 8-9 og der er altid optaget)
""")

M("", """Til Borgerrådgiveren

Klage over parkeringsafgift og sagsbehandlingstid – journalnr. 05.13.02-K04-2218-24

Jeg vil hermed klage over den måde, min indsigelse mod en parkeringsafgift er blevet behandlet på. Jeg er klar over, at selve afgiften er en afgørelse, som du ikke kan tage stilling til, og det er heller ikke det, jeg beder om. Jeg beder om, at du ser på sagsbehandlingstiden og på kommunikationen.

Forløbet:

Den 14. maj kl. 14.32 fik jeg en afgift på 510 kr. på parkeringspladsen ved Ishøj Station, fordi min P-skive ifølge afgiften ikke var synlig. Jeg tog et billede af bilen kort efter, og på billedet kan man tydeligt se skiven i forruden, indstillet på kl. 13.30. Jeg sendte indsigelse samme dag via kommunens formular og fik en automatisk kvittering med referencenr. 140524-1432.

Den 2. juli havde jeg ikke hørt noget og skrev igen. Intet svar.

Den 28. august fik jeg en rykker fra et inkassofirma på 510 kr. plus 100 kr. i gebyr. Jeg ringede til kommunen, hvor jeg fik at vide, at indsigelsen "ikke var registreret". Jeg sendte kvitteringen igen. Medarbejderen lovede at stoppe inkassosagen.

Den 10. oktober fik jeg endnu en rykker, nu med 300 kr. i gebyrer.

Den 17. oktober fik jeg endelig et svar på indsigelsen: afgiften blev frafaldet, fordi billedet viste skiven. Men rykkergebyrerne hos inkassofirmaet er ikke frafaldet, og de siger, at de kun kan gøre det på kommunens anmodning.

Mine klagepunkter er:

1. Det har taget fem måneder at behandle en simpel indsigelse med et billede.
2. Kommunen har ikke registreret min første indsigelse, selvom jeg har en kvittering.
3. Der blev ikke stoppet for inkassosagen, selvom det blev lovet i telefonen den 28. august.
4. Jeg har stadig ikke fået nogen til at anmode inkassofirmaet om at frafalde gebyrerne.

Jeg ønsker også aktindsigt i sagen, herunder den interne log over, hvornår min indsigelse er modtaget og registreret.

Jeg har vedhæftet kvittering, billede, de to rykkere og afgørelsen af 17. oktober.

Jeg vil gerne tilføje, at jeg har været i kontakt med inkassofirmaet to gange, og de har været meget venlige, men de siger, at de "bare følger kundens instruks". Kunden er jo kommunen. Jeg har derfor også skrevet til kommunens opkrævning, men de har henvist mig til parkeringskontrollen, som har henvist mig til jer.

Jeg synes, det er et godt eksempel på, at ingen har overblikket. Det er ikke et stort beløb, men det er princippet.

Venlig hilsen
Palle Rosenkvist
Tangloppen 31
2635 Ishøj
telefon 26 44 90 13

Vedhæftede filer:
kvittering_indsigelse.pdf (48 KB)
foto_forrude_140524.jpg (2,1 MB)
rykker_1.pdf (112 KB)
rykker_2.pdf (108 KB)
afgoerelse_171024.pdf (96 KB)
""")

M("h", """Kære borgerrådgiver

Jeg skriver til dig, fordi jeg gerne vil gøre opmærksom på, at kommunikationen fra kommunen i forbindelse med vejarbejdet på Ishøj Landevej efter min mening har været helt utilstrækkelig. Jeg er ikke sikker på, om det er noget, du kan tage dig af, for det handler vel om praktisk service, men jeg prøver.

Det startede i august, hvor der kom et brev i Digital Post om, at der skulle lægges nye kloakrør, og at vejen ville være lukket for gennemkørsel i "ca. 3 uger". Der stod, at beboerne ville få yderligere information, før arbejdet begyndte. Det fik vi ikke. En mandag morgen stod der bare afspærringer, og vi kunne ikke komme ud fra vores indkørsel.

Jeg ringede til kommunens hovednummer, og jeg blev stillet videre til Center for Byudvikling og Natur, hvor en venlig medarbejder sagde, at det var entreprenøren, der skulle informere. Entreprenøren sagde, at det var kommunen. Ingen tog ansvaret.

Det har nu varet 9 uger i stedet for 3. Der har ikke været nogen opdatering. Skraldebilen har ikke kunnet komme ind, så vi har selv måttet slæbe skraldespandene 200 meter op til krydset. Der er ikke sat skilte op om, hvor man kan parkere. Vores postbud har to gange lagt breve hos naboen på den anden side af vejen, og et af dem var en indkaldelse, som jeg fik for sent.

Jeg har følgende spørgsmål:
- Hvem har ansvaret for at informere borgerne, kommunen eller entreprenøren?
- Hvorfor er der ikke blevet informeret om forsinkelsen?
- Hvornår forventes vejen at åbne igen?
- Hvem skal man kontakte, hvis der opstår en akut situation, f.eks. hvis en ambulance skal ind?

Jeg håber, du vil tage det op med centret, så andre borgere ikke skal opleve det samme ved næste vejarbejde.

Jeg kan træffes efter kl. 16 på 21 47 83 06.

Med venlig hilsen
Jonna Vestergaard
Ishøj Landevej 147
2635 Ishøj

PS. Jeg har talt med flere af naboerne, og de har oplevet det samme. Familien i nr. 151 har en søn i kørestol, og de har måttet bære ham over afspærringen for at komme til bussen. Det er ikke rimeligt. De har ikke selv lyst til at skrive, men de har sagt, at jeg gerne må nævne det uden navn.
-----Oprindelig meddelelse-----
Fra: Center for Byudvikling og Natur
Sendt: 12. august
Emne: Orientering om ledningsarbejde på Ishøj Landevej
Kære beboer. I forbindelse med renovering af kloakledninger på Ishøj Landevej vil vejen være lukket for gennemkørsel i ca. 3 uger fra uge 35. Der vil være adgang for gående og for udrykningskøretøjer. Yderligere information om tidsplan og omkørsel vil blive udsendt, før arbejdet påbegyndes. Spørgsmål kan rettes til projektlederen via kommunens hovednummer 43 57 75 75. Med venlig hilsen, Vej og Park
""")

M("", """Til direktionen, Ishøj Kommune
Att.: Direktionsassistent

Emne: Anmodning om aktindsigt – beslutningsgrundlag for lukning af ungdomsklubben i Vejleåparken

Jeg anmoder hermed om aktindsigt efter offentlighedslovens § 7 i følgende dokumenter:

1. Alle dokumenter, herunder notater, mails og referater, der ligger til grund for beslutningen om at lukke ungdomsklubben i Vejleåparken pr. 1. januar.
2. Eventuelle økonomiske beregninger, der er lavet i forbindelse med beslutningen.
3. Korrespondance mellem forvaltningen og boligselskabet om lokalerne i perioden 1. maj til d.d.
4. Eventuelle høringssvar, der er indkommet.

Jeg er formand for en lokal beboerforening og har fået mange spørgsmål fra forældre, der gerne vil forstå, hvorfor klubben lukker, og hvad de unge skal lave i stedet. Vi har hørt forskellige forklaringer – at det skyldes besparelser, at det skyldes for få besøgende, og at lokalerne skal bruges til noget andet – og vi vil gerne kunne give forældrene et ordentligt svar.

Jeg er bekendt med, at der kan være dokumenter, der er undtaget fra aktindsigt, f.eks. interne dokumenter. Jeg beder i så fald om, at I overvejer meroffentlighed, og at I oplyser, hvilke dokumenter der er undtaget, og med hvilken hjemmel. Jeg beder også om, at I oplyser, hvis der er dele af dokumenterne, der kan udleveres, selvom resten er undtaget, f.eks. faktuelle oplysninger efter offentlighedslovens § 28.

Jeg beder ikke om oplysninger om enkeltpersoner, og navne på unge eller forældre må gerne overstreges.

Efter loven skal en anmodning om aktindsigt som udgangspunkt besvares inden for 7 arbejdsdage. Hvis det ikke er muligt, beder jeg om at få besked om grunden og om, hvornår jeg kan forvente svar.

Dokumenterne må gerne sendes elektronisk til denne mailadresse, eller til foreningens Digital Post.

På forhånd tak.

Jeg vil også gerne bede om at få oplyst, hvem der er sagsbehandler på anmodningen, så jeg ved, hvem jeg kan kontakte, hvis der er spørgsmål undervejs. Vi har i foreningen tidligere haft gode erfaringer med at aftale en løbende udlevering, hvis der er mange dokumenter, så det er vi også åbne for.

Med venlig hilsen
Jørgen Kastrup
formand, Beboerforeningen Vejleåparken Øst
Vejleåparken 22, 3.
2635 Ishøj
tlf. 29 63 04 81

P.S. Jeg har sendt en kopi til formanden for Børne- og Skoleudvalget, så hun er orienteret.
P.P.S. For god ordens skyld: Foreningen har på sin generalforsamling den 14. marts besluttet at arbejde for, at klubben bevares, og vi har i den forbindelse indsamlet 318 underskrifter, som vi har afleveret til borgmesteren den 2. oktober. Vi har fået en kvittering for modtagelsen, men ikke noget svar. Jeg nævner det, fordi det måske også er relevant for, hvilke dokumenter der ligger i sagen. Underskriftsindsamlingen ligger som bilag i den mail, vi sendte til borgmesteren, og den bør vel være journaliseret.
""")

M("eu", """Kære borgerrådgiver

Mit navn er Rasmus Thygesen, og jeg har været ledig siden juni, hvor jeg blev afskediget fra mit job som lagermedarbejder i Brøndby i forbindelse med en omstrukturering. Jeg har ikke tidligere haft noget med kommunen at gøre, så jeg kender ikke systemet, og jeg er ikke sikker på, at jeg skriver til det rigtige sted. Men en i min a-kasse, 3F, sagde, at jeg skulle skrive til dig.

Problemet er følgende. Jeg har været til tre samtaler på Jobcenteret: i juli, i august og i oktober. Ved samtalen i oktober blev jeg sendt i virksomhedspraktik hos en genbrugsbutik i fire uger. Det var fint nok. Men jeg fik kun besked om praktikken om torsdagen, og den startede om mandagen, og jeg havde allerede en jobsamtale i Taastrup mandag morgen. Jeg sagde det til sagsbehandleren, og hun sagde, at jeg "bare kunne komme en time senere". Det gjorde jeg, og jeg sendte en sms til praktikstedet.

Ugen efter fik jeg et brev fra a-kassen om, at Jobcenteret havde meldt, at jeg ikke var mødt op. Det har betydet, at min a-kasse har sat en sag i gang om min rådighed, og jeg risikerer at miste dagpenge i tre uger.

Jeg har talt med min a-kasse, og de siger, at det er Jobcenteret, der skal rette meddelelsen. Jeg har ringet til Jobcenteret fire gange. Hver gang siger de, at de "noterer det". Der er ikke sket noget.

Hvad jeg gerne vil have:
- at Jobcenteret retter deres meddelelse til a-kassen, så det fremgår, at jeg havde aftalt at komme senere,
- at nogen forklarer, hvorfor jeg kun fik fire dages varsel,
- og aktindsigt i notatet fra samtalen i oktober.

Jeg har sms'en til praktikstedet som skærmbillede, og jeg har mailen fra virksomheden i Taastrup om jobsamtalen.

Jeg vil gerne understrege, at jeg gerne vil arbejde, og at jeg har søgt 4–6 job om ugen siden juni, hvilket står i min joblog. Jeg ville bare ikke misse en rigtig jobsamtale for en praktik. Jeg troede, det var det, man gerne ville.

Hvis du har brug for mere, så skriv bare. Jeg tjekker mail hver dag.

Mvh
Rasmus Thygesen
Ishøj Søvej 9
2635 Ishøj
40 77 21 35

-----Original Message-----
From: a-kassen
Sent: 4. november
Subject: Din rådighed – vi har modtaget en meddelelse

Kære Rasmus
Vi har modtaget en meddelelse fra Jobcenter Ishøj om, at du ikke mødte op i virksomhedspraktik den 28. oktober. Vi skal derfor vurdere, om du har været til rådighed. Du bedes senest den 11. november sende os en forklaring. Du kan bruge formularen på Mit Medlemskab.
Venlig hilsen, medlemsservice
Jeg har talt med en konsulent i a-kassen i telefonen i dag, og hun forklarede, at de kun kan lægge Jobcenterets oplysninger til grund, indtil Jobcenteret selv retter dem. Hun sagde, at det typisk tager et par uger, hvis Jobcenteret reagerer hurtigt, men at hun havde set sager, der trak ud i måneder. Så det er virkelig vigtigt for mig, at der sker noget snart. Jeg har fået et referencenummer hos a-kassen, 2410-8814, som Jobcenteret kan henvise til.
""")

M("", """Til Ishøj Kommune, borgerrådgiveren

Jeg har fået en mail fra jer i går med sagsnr. 00.01.00-A00-2231-24, hvor der står, at min klage er modtaget, og at den vil blive besvaret inden for 10 arbejdsdage. Det er fint. Men jeg er i tvivl om, hvad klagen er, for jeg har ikke sendt nogen klage til borgerrådgiveren. Jeg har sendt en mail til Teknik og Miljø om en væltet lygtepæl på stien mellem Vildtbanevej og Ishøj Stationsvej. Måske er den havnet forkert?

Det er ikke vigtigt for mig, hvem der svarer, men lygtepælen har nu ligget i græsset i tre uger, og stien er helt mørk om aftenen. Der går mange børn og ældre der, og jeg er bange for, at nogen falder.

Jeg har også lagt det ind på Giv et praj, men der står stadig "modtaget" og ikke "under behandling".

Til orientering har jeg vedhæftet:
- kvitteringen fra jer (sagsnr. 00.01.00-A00-2231-24, dato 12.11.2024 kl. 08:14),
- skærmbillede fra Giv et praj (ID 1211240917),
- et foto af lygtepælen.

Venlig hilsen
Niels Aagaard
Vildtbanevej 3
""")

M("hbe", """Til Borgerrådgiveren

Klage over manglende hensyn ved indkaldelse til samtaler i ramadanen

Jeg vil gerne klage over et forløb i Jobcenteret i foråret. Jeg ved godt, det er mere end et halvt år siden, men det er under et år, så jeg håber, at du kan se på det.

Jeg er muslim og faster i ramadanen. Jeg er også i behandling for type 2-diabetes, og min læge har aftalt med mig, hvordan jeg faster sikkert, bl.a. at jeg skal hvile midt på dagen og ikke må være fysisk presset sidst på eftermiddagen.

Jeg havde i marts en aftale med Jobcenteret om et aktiveringsforløb, der skulle starte efter påske. Den 14. marts fik jeg besked om, at forløbet i stedet startede den 18. marts, midt i ramadanen, med fysisk arbejde i en have fra kl. 12 til 17. Jeg skrev til min sagsbehandler og spurgte, om jeg kunne starte på et andet tidspunkt eller få andre opgaver, og jeg vedlagde et brev fra min læge.

Jeg fik svar: "Religiøse helligdage er ikke en gyldig grund til fravær." Jeg havde ikke bedt om fravær, kun om at starte lidt senere eller have andre opgaver, og det var også af helbredsmæssige grunde.

Jeg mødte op og prøvede. Den tredje dag blev jeg svimmel og måtte tage hjem. Det blev registreret som "udeblivelse uden gyldig grund".

Det, jeg klager over:
- at mit brev fra lægen ikke blev læst eller nævnt,
- at svaret var kort og afvisende,
- at jeg blev registreret som udeblevet, selvom jeg var syg.

Jeg beder også om aktindsigt i journalnotater fra 1. marts til 30. april.

Jeg har vedhæftet lægebrevet, min mail til sagsbehandleren og hendes svar, og brevet om udeblivelsen. Jeg har også en attest fra lægevagten fra den dag, jeg blev svimmel.

Jeg vil gerne sige, at jeg ikke har noget imod at arbejde, og at jeg gerne vil i gang. Men jeg synes, man skal tale ordentligt til hinanden og lytte, når en borger skriver.

Med venlig hilsen
Ibrahim Khalil
Bredekærs Vænge 44
2635 Ishøj
-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Sendt: 14. marts
Emne: Ændret startdato

Kære Ibrahim Khalil
Vi skriver for at oplyse, at dit forløb er flyttet, så det starter mandag den 18. marts kl. 12.00. Mødestedet er det samme som tidligere oplyst. Du skal medbringe praktisk tøj og fodtøj. Hvis du ikke kan møde op, skal du give besked til din sagsbehandler senest kl. 9 samme dag. Fravær uden gyldig grund kan få betydning for din ydelse.
Med venlig hilsen
Jobcenter Ishøj
PS. Jeg har prøvet at ringe til sagsbehandleren tre gange i april. Hver gang var telefonen lukket, og der var ingen telefonsvarer. Jeg vil gerne vide, hvordan man får fat i sin sagsbehandler, når det haster.
""")
