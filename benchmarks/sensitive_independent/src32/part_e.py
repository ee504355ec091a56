"""corpus32 part E: short and medium hard negatives (procedure, waiting times, rudeness, look-alike numbers)."""
from common import M

M("", """Hej. Jeg har ventet 47 minutter i telefonkøen til Borgerservice i dag og blev afbrudt. Det er ikke godt nok. Mvh Hanne Frost""")

M("", """Kære borgerrådgiver

Hvor lang tid har kommunen til at svare på en klage? Jeg har hørt både 10 arbejdsdage og 4 uger. Hvad er rigtigt?

Mvh Villy""")

M("", """Til direktionsassistenten

Jeg har fået en kvittering med sagsnr. 00.01.00-A00-1203-24 den 12.03.24 kl. 14:52, men ingen svar. Det er nu 6 uger siden. Venlig hilsen Bo Engelbrecht""")

M("", """Hej, jeg fik en p-bøde nr. 2309241156 i går ved Ishøj Strand. Skiltet var væltet. Hvordan klager man? /Mads""")

M("", """Kære Ishøj Kommune. Mit fakturanr. er 1507851234 og kundenr. 0603921187. Jeg har betalt regningen for affaldsgebyret to gange. Kan jeg få pengene tilbage? Mvh Søren Ravn""")

M("", """Jeg vil gerne klage over at medarbejderen i skranken i Borgerservice var uhøflig og kiggede på sin telefon hele tiden mens jeg talte. Det var torsdag ca. kl. 13. Mvh en utilfreds borger""")

M("", """Hej borgerrådgiver

Gælder anonymitet også, hvis jeg klager over en medarbejder, jeg kender privat? Jeg vil ikke have, at hun får at vide, at det er mig.

Hilsen K.""")

M("", """Kære direktør for Center for Voksne og Velfærd. Hvorfor er madordningen på plejecentrene blevet dyrere i år? Jeg har læst i Ishøj Avis at prisen stiger 8 %. Er det besluttet politisk? Vh Inge Marie Hald""")

M("", """Hej. Hvad er reglerne for, hvornår man kan få boligstøtte? Jeg tænker på at flytte til Ishøj og vil gerne vide, hvad man kan regne med. Mvh Kevin""")

M("", """Til borgerrådgiveren

Jeg synes, kontanthjælpsreglerne er alt for stramme, og at kommunen burde gøre mere for at hjælpe folk i arbejde i stedet for at sanktionere. Jeg ved godt, at det er politik, men nu siger jeg det.

Mvh Karina Bloch""")

M("", """Kan man få tolk med til et møde hos borgerrådgiveren? Og hvilke sprog har I? Mvh Leila""")

M("", """Hej. Hvornår åbner den nye moské på Ishøj Boulevard? Der var snak om det i byrådet. /Omar""")

M("", """Kære direktionsassistent

Jeg har bemærket, at kommunens hjemmeside ikke nævner noget om Pride-ugen i år. Sidste år var der flag på rådhuset. Er det besluttet at stoppe? Mvh Tobias""")

M("", """Til borgerrådgiveren. Hvor mange klager fik du sidste år, og hvor mange handlede om Jobcenteret? Jeg skriver en opgave på socialrådgiveruddannelsen. Mvh Sidsel, stud.""")

M("", """Hej, jeg ringede den 04.11.2024 kl. 10:41 og fik at vide at jeg ville blive ringet op inden for 1 arbejdsdag. Det blev jeg ikke. Mit nummer er 26 51 04 83. Mvh Ulla""")

M("", """Min nabo har sat en trampolin op, der står helt op ad mit hegn, og hans børn kigger ind i min have. Kan borgerrådgiveren gøre noget? Mvh Flemming, Stærestien""")

M("", """Hej. Jeg skulle have haft et brev fra kommunen om min søns tandlægetid, men det kom aldrig. Nu er tiden overskredet og vi skal vente 3 måneder på en ny. Hvorfor sendes det ikke i Digital Post? Mvh Rasmus""")

M("", """Til: hovedpostkassen
Fra: Styrelsen for Arbejdsmarked og Rekruttering

Vi gør opmærksom på, at indberetning af data om jobcentrenes sagsbehandlingstider for 3. kvartal skal ske senest den 15. november via den sædvanlige løsning. Kontakt os på 72 21 74 00 ved spørgsmål.

Med venlig hilsen
STAR, Team Datagrundlag""")

M("", """Venlig hilsen

Marianne Thorsø
Sagsbehandler
Center for Beskæftigelse og Erhverv
Ishøj Kommune
Ishøj Store Torv 20, 2635 Ishøj
Direkte: 43 57 75 32
Mobil: 21 16 40 88
www.ishoj.dk

Tak for din henvendelse. Jeg er på kursus til og med fredag og svarer din mail, når jeg er tilbage. Haster det, kan du kontakte Jobcenterets hovednummer.""")

M("", """Hej, jeg har prøvet at sende en klage via jeres formular, men den siger "Fejl 500". Kan jeg bare sende den til denne mail i stedet? Mvh Lars""")

M("", """Kære borgerrådgiver. Kan du hjælpe mig med at finde ud af, om det er kommunen eller regionen, der har ansvaret for handicapparkering ved Hvidovre Hospital? Mvh Birgit""")

M("", """Jeg vil klage over, at kommunens genbrugsplads har ændret åbningstider uden varsel. Jeg kørte derud søndag med en trailer fuld af haveaffald og den var lukket. /Jesper""")

M("", """Kære direktør

Hvorfor skal vi betale for parkering ved Ishøj Strand i weekenden? Det er en ny regel, og vi er mange der er utilfredse. Den lokale fodboldklub mister medlemmer, fordi forældrene ikke vil betale for at parkere til kampe.

Venlig hilsen
Lise Dam, kasserer i Ishøj IF""")

M("", """Hej. Min sag i kommunen har journalnummeret 270115-0612 ifølge brevet, men når jeg ringer, kan de ikke finde den. Er det det rigtige nummer? Mvh Gorm""")

M("", """Til borgerrådgiveren

Er det korrekt, at man ikke kan klage til dig over noget, der ligger mere end et år tilbage? Min klage handler om en hændelse i oktober sidste år, altså 13 måneder siden, men jeg har først fået afgørelsen nu.

Venlig hilsen
Ejner Poulsen""")

M("", """Hej, hvorfor har jeg fået to breve med samme indhold, et i Digital Post og et med almindelig post? Det er spild af papir. Mvh Camilla""")

M("", """Kære hovedpostkasse

Fra Vallensbæk Kommune, Borgerservice. Vi har modtaget en henvendelse, der er adresseret til Ishøj Kommune. Vi sender den videre via sikker post i dag. Den indeholder personoplysninger, så vi vedhæfter den ikke her.

Med venlig hilsen
Vallensbæk Kommune, Borgerservice
Tlf. 43 97 10 00""")

M("", """Hej jeg har fået en sms fra nummeret 1810 0455 22 om min tid på Borgerservice. Er det jer? Det ligner spam. /Mette""")

M("", """Vil gerne vide hvor mange flygtninge Ishøj har modtaget i år, og hvor mange der er kommet i job. Jeg er med i en debatgruppe på biblioteket. Mvh Arne""")

M("", """Kære borgerrådgiver

Jeg vil klage over skiltningen på rådhuset. Det er umuligt at finde Jobcenteret, hvis man kommer fra parkeringspladsen. Jeg gik rundt i 15 minutter og kom for sent til et møde med min søns lærer, som lå på 2. sal.

Mvh Helga Bruun""")

M("", """Hej, kan jeg få aktindsigt i mine egne sager i kommunen, og skal jeg betale for det? Og hvor lang tid tager det? Mvh Peter""")

M("", """Til direktionsassistenten for By og Natur. Jeg har skrevet tre gange om huller i cykelstien på Vejlebrovej. Kvitteringsnumrene er 0107-24-0113, 1508-24-0902 og 0210-24-1455. Nu falder børnene. Handl! Mvh Rene Ahl""")

M("", """Kære borgerrådgiver. Jeg har fået et brev, hvor mit navn er stavet forkert for tredje gang (Katrine med K, ikke C). Det er en lille ting, men hvordan får jeg det rettet i jeres system? Mvh Katrine Lund""")

M("", """hej hvorfor lukker borgerservice kl 14 om fredagen?? folk arbejder jo. mvh jan""")

M("", """Til borgerrådgiveren

Jeg ønsker at klage over, at Center for Børn og Forebyggelse ikke har svaret på min mail om sommerferieåbent i daginstitutionerne. Jeg skrev den 14. maj og har stadig ikke fået svar den 10. juli. Det er ikke en sag om mit barn, men et generelt spørgsmål om hvilke institutioner der har åbent.

Mvh Sanne""")

M("", """Kære direktør. Jeg vil bare sige tak for hjælpen fra jeres medarbejder Tina i Borgerservice, som hjalp mig med at få MitID i går. Hun var utrolig tålmodig. Mvh Kurt, 84 år""")

M("", """Hej. Kan kommunen oplyse, hvilke fagforeninger der deltager i jobmessen i Ishøj Hallen den 12. marts? Mvh Dorte""")

M("", """Hej borgerrådgiver. Jeg har et spørgsmål om din uafhængighed: Hvem er din chef? Og kan direktøren bestemme, hvad du skriver i din årsberetning? Mvh Niels Henrik""")

M("", """Til Ishøj Kommune

Undertegnede ønsker hermed at klage over støj fra vejarbejdet på Ishøj Stationsvej mellem kl. 06.00 og 07.00. Ifølge kommunens regler må der ikke arbejdes før kl. 07.00. Arbejdet er foregået den 02.09, 03.09, 05.09 og 09.09 kl. 06:10, 06:15, 06:05 og 06:20.

Med venlig hilsen
Anders Kvist
Ishøj Stationsvej 8""")

M("", """Hej, min datters skole har bedt om hendes "elevnummer", som står som 110915-7 på hendes elevkort. Skal de bruge det eller CPR? Jeg vil helst ikke sende CPR på mail. Mvh Mona""")

M("", """Jeg vil klage over at plejecentret Ishøjhusene ikke svarer telefonen i weekenden. Jeg ville bare vide, hvornår cafeen har åbent for pårørende. Mvh Lisbeth""")

M("", """Hej. Er Kræftens Bekæmpelses indsamling i Ishøj Centret godkendt af kommunen? En mand bad om penge og havde ikke noget ID. Mvh Gurli""")

M("", """Kære borgerrådgiver. Vi er en gruppe beboere, der gerne vil klage over, at kommunen har fjernet bænkene på Ishøj Bytorv. Vores ældre kan ikke længere hvile sig på vej til apoteket. Vi har 212 underskrifter. Med venlig hilsen Bytorvets Venner""")

M("", """Hej, kan jeg få en kopi af den aftale om min indkørsel, som jeg har underskrevet i 2019? Ejendomsnr. 183-004217. Mvh Preben Sand""")

M("", """Hej. Er det muligt at få fjernet mit telefonnummer 40 30 12 87 fra kommunens sms-service? Jeg har fået besked om vandafbrydelse i en forkert by. Mvh Christina""")

M("", """Til direktionsassistenten

Jeg er journalist på Vestegnens Lokalavis og vil gerne have en kommentar fra direktøren om, at sagsbehandlingstiderne i byggesager er steget til 22 uger. Deadline torsdag kl. 12. Mvh Julie Kragh, tlf. 31 62 47 09""")

M("", """hvorfor har mine breve ikke kommet??? jeg har ventet på brev om parkeringslicens i 3 uger. licensnr 050398-2211 står på kvitteringen. hvem ringer jeg til""")

M("", """Kære Ishøj Kommune. Jeg vil gerne klage over tonen i et brev om hundeskat... undskyld, hundegebyr. Der stod "vi vil ikke acceptere yderligere udeblivelse fra betaling". Jeg har aldrig været for sent. Der må være en fejl. Mvh Ebba""")

M("", """Hej. Hvad sker der med min klage, hvis borgerrådgiveren stopper? Jeg har hørt, at stillingen bliver nedlagt. Mvh Vagn""")

M("", """Til borgerrådgiveren

Kan du fortælle mig, hvordan kommunen behandler oplysninger om religion og etnicitet, når man søger om plads i en daginstitution? Jeg vil gerne vide det, før jeg søger. Det er et principielt spørgsmål.

Mvh Farid""")

M("", """Til hovedpostkassen. Fra Region Hovedstaden, Akutberedskabet: Vedr. fælles øvelse den 14.11. kl. 09.00–12.00 på Ishøj Rådhus. Kontaktperson: Lars Bonde, tlf. 38 66 50 00. Venlig hilsen Region H""")

M("", """Jeg har fået tilsendt en regning med betalingsid +71<000012804956+88888888< og forfaldsdato 01.12.24. Beløbet er 312,50 kr. Hvad er det for? Der står ikke noget. Mvh Gunhild""")
