"""corpus32 part K: more long mails – appeals, relatives' letters, authorities and procedure."""
from common import M

M("", """Kære direktionsassistent

Jeg har modtaget din kvittering af 14. november, hvor du skriver, at min henvendelse er sendt videre til centerchefen for Center for Borger, Økonomi og IT med direktøren i kopi, og at jeg vil modtage svar inden for 10 arbejdsdage. Tak for det. Jeg skriver igen, fordi jeg efter at have sendt min henvendelse har fået nogle flere oplysninger, som jeg mener er relevante for centerchefen.

Som jeg skrev, handler min henvendelse om kommunens nye regler for udlån af lokaler på skolerne uden for skoletiden. Jeg er formand for Ishøj Skakklub, og vi har i 30 år spillet i et klasselokale på Strandgårdskolen hver tirsdag og torsdag aften. I september fik vi et brev om, at vi fremover skal betale 150 kr. i timen for lokalet, fordi kommunen har indført en ny takst for "ikke-idrætslige foreninger".

Siden min første henvendelse har jeg fået oplyst følgende:

For det første har jeg talt med to andre foreninger, en strikkeklub og en fotoklub, som også har fået brevet. De har fået at vide, at taksten er vedtaget i forbindelse med budgettet. Men jeg kan ikke finde taksten i budgetaftalen eller i takstbladet på kommunens hjemmeside. Jeg har søgt på hjemmesiden efter "lokaletakst", "ikke-idrætslige" og "udlån af lokaler", og jeg har kun fundet det gamle takstblad, hvor der står, at folkeoplysende foreninger låner gratis.

For det andet har jeg talt med skolens pedel, som fortalte, at idrætsforeningerne ikke har fået et tilsvarende brev.

For det tredje er skakklubben godkendt som folkeoplysende forening efter folkeoplysningsloven. Så vidt jeg forstår loven, har godkendte foreninger ret til at låne ledige offentlige lokaler gratis.

Jeg vil derfor gerne bede centerchefen om at svare på følgende:

1. Hvor og hvornår er taksten vedtaget? Jeg vil gerne have en henvisning til den politiske beslutning.
2. Hvorfor gælder taksten kun for ikke-idrætslige foreninger?
3. Hvordan harmonerer taksten med folkeoplysningslovens regler om gratis lån af lokaler?

Jeg beder desuden om aktindsigt i de dokumenter, der ligger til grund for indførelsen af taksten, herunder eventuelle notater om lovligheden.

Jeg vil understrege, at vi ikke er ude på at lave ballade. Vi er en lille klub med 24 medlemmer, de fleste over 60, og vi har ikke råd til at betale 150 kr. i timen. Hvis taksten fastholdes, må vi formentlig lukke.

Jeg har sendt en kopi af denne mail til formanden for Kultur- og Fritidsudvalget, fordi jeg forstår, at spørgsmålet om takster er politisk, og at det måske skal behandles i udvalget.

Med venlig hilsen

Jørn Bøgelund
formand, Ishøj Skakklub
Tranegildevej 52
2635 Ishøj
tlf. 40 71 29 84

-----Oprindelig meddelelse-----
Fra: Direktionssekretariatet
Sendt: 14. november 2024 09:18
Til: Jørn Bøgelund
Emne: Kvittering for din henvendelse

Kære Jørn Bøgelund
Tak for din henvendelse til direktøren. Din henvendelse er sendt videre til centerchefen for Center for Borger, Økonomi og IT med direktøren i kopi. Du vil modtage svar inden for 10 arbejdsdage. Hvis svaret ikke kan gives inden for fristen, vil du få besked om, hvornår du kan forvente svar.

Med venlig hilsen
Direktionsassistent
Ishøj Kommune
Ishøj Store Torv 20
2635 Ishøj
Direkte tlf. 43 57 70 02
""")

M("he", """Til Ishøj Kommune
Center for Voksne og Velfærd
Att.: Direktionsassistent og Borgerrådgiver (kopi)

Vedr.: Vores mor, Else Margrethe Pind – klage over udskrivning og manglende hjælp

Vi skriver som Else Pinds to døtre. Vores mor har givet os begge fuldmagt, og hun har selv læst og godkendt denne mail, før vi sendte den.

Else Margrethe Pind
CPR-nr.: [[231239-1004]]
Adresse: Ishøj Bygade 31, 2635 Ishøj

Vores mor er 84 år og har boet alene, siden vores far døde i 2019. Hun har været helt selvhjulpen indtil i sommer, hvor hun fik en lungebetændelse og var indlagt på Hvidovre Hospital i 12 dage.

Hun blev udskrevet fredag den 6. september kl. 15.30. Hospitalet havde ifølge udskrivningsbrevet sendt en "plejeforløbsplan" til kommunen om, at hun skulle have hjælp til personlig pleje morgen og aften i de første to uger, og at der skulle være en opfølgning fra hjemmesygeplejen. Der kom ingen om aftenen. Der kom ingen lørdag. Der kom ingen søndag. Vores mor lå i sin seng og kunne ikke komme op. Hun ringede til en af os søndag eftermiddag.

Vi ringede til hjemmeplejens vagttelefon søndag kl. 16. Medarbejderen kunne ikke finde nogen besked om vores mor i systemet. Hun lovede at sende nogen, og der kom en medarbejder kl. 21.

Mandag ringede vi til visitationen. De sagde, at de havde modtaget meddelelsen fra hospitalet fredag kl. 15.42, og at den "ikke var blevet set" før mandag. De undskyldte.

Vi er dybt bekymrede for, at det kunne ske. Vores mor kunne være faldet, eller hun kunne være blevet dehydreret. Hun fortalte bagefter, at hun ikke havde turdet drikke noget, fordi hun ikke kunne komme på toilettet.

Vi klager over:

1. At meddelelsen fra hospitalet ikke blev set før mandag.
2. At der ikke er en procedure for udskrivninger fredag eftermiddag.
3. At ingen kontaktede vores mor eller os, da hjælpen ikke kunne komme i gang.

Vi vil gerne vide, hvad kommunen vil gøre for at sikre, at det ikke sker igen, både for vores mor og for andre.

Vores mor har det bedre nu og har fået hjemmehjælp to gange om ugen.

Med venlig hilsen

Hanne Pind Mortensen, tlf. 26 19 04 72
Lis Pind, tlf. 30 81 55 19
PS. Vi har også sendt en mail til Hvidovre Hospitals patientkontor for at høre, hvornår plejeforløbsplanen blev sendt. De har bekræftet, at den blev sendt elektronisk fredag kl. 15.42. Vi har deres svar, hvis I vil se det. Vi har ikke noget imod, at hospitalet udskriver om fredagen, men så må kommunen have en vagt, der kan se meddelelserne.

PPS. Vi vil gerne have svar til begge os to. Vi deler ikke mail, og vi bor ikke sammen. Hanne bor i Tåstrup, Lis i Solrød. Vores mor har ikke Digital Post, så brevene til hende bliver sendt med posten, og det er Hanne, der tømmer hendes postkasse.

-----Oprindelig meddelelse-----
Fra: Visitationen
Sendt: 9. september 2024
Emne: SV: Manglende hjælp efter udskrivning
Kære Hanne Pind Mortensen
Tak for din henvendelse. Vi beklager meget, at hjælpen ikke kom i gang som planlagt. Vi undersøger, hvordan det kunne ske, og vender tilbage.
Med venlig hilsen
Visitationen
""")

M("", """Kære borgerrådgiver

Tak for et godt møde i sidste uge. Som aftalt sender jeg her en skriftlig opsummering af det, vi talte om, så du har det til din videre undersøgelse. Jeg har prøvet at skrive det så præcist som muligt. Hvis jeg har misforstået noget, må du meget gerne rette mig.

1. Hvad sagen handler om
Min klage handler om, at Center for Byudvikling og Natur har givet min nabo tilladelse til at opføre et drivhus på 18 m2 tæt på skellet til min grund, uden at jeg er blevet partshørt. Jeg er klar over, at du ikke kan tage stilling til, om tilladelsen er lovlig, og at jeg kan klage over afgørelsen til Planklagenævnet. Det har jeg gjort. Det, jeg har bedt dig se på, er, om centret har fulgt reglerne for partshøring og om kommunikationen har været i orden.

2. Forløbet
– 14. maj: Naboen søger om tilladelse.
– 2. juli: Tilladelsen gives. Jeg bliver ikke orienteret.
– 19. august: Drivhuset bliver opført. Jeg ringer til kommunen og får at vide, at der er givet tilladelse.
– 20. august: Jeg beder om aktindsigt.
– 12. september: Jeg får aktindsigt. Der fremgår ikke noget om, at centret har overvejet partshøring af mig.
– 16. september: Jeg klager til Planklagenævnet.
– 24. september: Jeg henvender mig til dig.

3. Mine klagepunkter
a) At jeg ikke blev partshørt, selvom drivhuset ligger 1,2 meter fra mit skel.
b) At jeg ikke fik besked om afgørelsen.
c) At der i aktindsigten ikke er noget notat om, hvorfor der ikke blev foretaget partshøring.

4. Hvad du sagde, du ville gøre
Du sagde, at du ville bede centret om en redegørelse for, hvorfor der ikke er foretaget partshøring, og om centret har en praksis for at orientere naboer. Du sagde også, at du måske ikke kunne tage stilling til det første punkt, fordi det også indgår i klagen til Planklagenævnet, men at du kunne se på kommunikationen og på centrets generelle praksis.

5. Tidsramme
Du sagde, at centret normalt får to uger til at svare, og at du ville vende tilbage til mig, når du havde hørt fra centret.

6. Andet
Jeg nævnte, at jeg havde hørt, at Planklagenævnet har en sagsbehandlingstid på op til et år. Du sagde, at det ikke påvirker din undersøgelse.

Jeg vil igen takke for, at du tog dig tid til at mødes med mig. Det var rart at blive lyttet til.

Med venlig hilsen

Ib Kragelund
Strandgårdsvej 71
2635 Ishøj
tlf. 51 28 96 04

Planklagenævnets sagsnr.: 24/18822
Kommunens sagsnr.: 02.34.02-P19-0611-24
Min anmodning om aktindsigt: kvitteringsnr. 200824-0845
PS. Jeg har glemt at nævne, at jeg i august også skrev til byrådsmedlemmet for mit område. Hun svarede pænt, at hun ikke kan gå ind i konkrete sager, men at hun ville sende min henvendelse til administrationen. Jeg har ikke hørt mere, og jeg ved ikke, om den er journaliseret.
""")

M("pu", """Kære borgerrådgiver

Jeg ved ikke helt, om det her hører under dig, men en medarbejder i Borgerservice sagde, at jeg skulle prøve. Det handler om et brev, jeg har fået fra kommunen, og som efter min mening er skrevet så uklart, at det har kostet mig en masse besvær – og måske en husbytning.

Baggrunden er, at min kone og jeg er ved at sælge vores hus i Ishøj og købe et mindre i Greve. Vi har underskrevet en købsaftale på huset i Greve med forbehold for salg af vores eget hus, og vi har en køber til vores hus, der har underskrevet med forbehold for finansiering. Så vi har to handler, der hænger sammen, og begge har frister.

Køberens bank har bedt om en bekræftelse på, at der ikke er uafsluttede byggesager på vores ejendom. Vi skrev til kommunen den 1. oktober. Den 15. oktober fik vi et brev, hvor der stod: "Der er registreret en sag vedrørende ejendommen. Sagen er ikke afsluttet." Der stod ikke, hvilken sag det var, hvad det drejede sig om, eller hvad vi skulle gøre.

Vi blev meget nervøse. Køberens bank satte finansieringen på pause. Vi ringede til kommunen den 16. oktober, og det tog tre dage at få fat i en medarbejder, som kunne fortælle, at sagen drejede sig om en carport, vi byggede i 2009, og at sagen "bare manglede at blive lukket i systemet", fordi der aldrig var registreret en færdigmelding. Hun sagde, at hun ville lukke den. Den 28. oktober fik vi en bekræftelse.

Men i de 13 dage var vores handel i fare, og køberen overvejede at trække sig. Vi har måttet betale vores advokat for ekstra arbejde.

Jeg har to ting:

1. Brevet af 15. oktober var så uklart, at det skabte unødig bekymring. Jeg synes, kommunen bør skrive, hvad en sag handler om, når man svarer på den slags forespørgsler.
2. Det tog tre dage at få fat i en, der kunne svare. Det er for lang tid, når man står midt i en bolighandel.

Jeg er ikke ude efter erstatning eller noget. Jeg vil bare gerne have, at kommunen skriver tydeligere, så andre ikke kommer ud for det samme.

Til orientering er jeg selv tillidsrepræsentant for HK i min virksomhed, og jeg ved, hvor travlt der kan være. Men netop derfor synes jeg, at gode standardbreve er vigtige – de sparer tid for alle.

Med venlig hilsen
Anders Krog Hviid
Brushøjvej 30
2635 Ishøj
tlf. 29 63 51 08

-----Oprindelig meddelelse-----
Fra: Byggesag
Sendt: 15. oktober 2024
Emne: Svar på forespørgsel
Kære Anders Krog Hviid
Der er registreret en sag vedrørende ejendommen. Sagen er ikke afsluttet.
Med venlig hilsen
Byggesag, Center for Byudvikling og Natur
""")

M("", """Til borgerrådgiveren i Ishøj Kommune

Fra: Borgerrådgiveren i Vallensbæk Kommune

Kære kollega

Jeg skriver for at høre, om du vil være interesseret i et samarbejde om en fælles temadag for borgerrådgivere på Vestegnen. Vi har i mit netværk talt om, at vi alle oplever de samme udfordringer, og at det kunne være gavnligt at mødes og udveksle erfaringer.

Mit forslag er en dag i marts eller april, hvor vi samler de borgerrådgivere, der er interesserede, fra Ishøj, Vallensbæk, Brøndby, Albertslund, Glostrup, Hvidovre og Høje-Taastrup. Jeg forestiller mig, at dagen kunne have tre temaer:

1. Registrering og statistik: Hvordan registrerer vi henvendelser, og hvordan kan vi gøre vores årsberetninger mere sammenlignelige? Jeg har læst din årsberetning for 2023 med stor interesse, især din opdeling i hovedsager og følgesager, som jeg synes er en god idé. Hos os registrerer vi kun hovedsager, og vi har svært ved at vise, hvor meget arbejde der ligger i opfølgningen.

2. Anonymitet: Hvordan håndterer vi henvendelser fra borgere, der ønsker at være anonyme, når vi skal undersøge en sag? Jeg har flere gange oplevet, at det er næsten umuligt at undersøge en klage uden at røbe, hvem der har klaget, især i små enheder. Jeg ved, at du har skrevet noget om det i din beretning om centre med få henvendelser, og det vil jeg gerne høre mere om.

3. Kritikskalaen: Vi bruger alle nogenlunde den samme skala fra "uheldigt" til "stærkt kritisabelt", men jeg har indtryk af, at vi bruger den forskelligt. Det kunne være interessant at tage nogle anonymiserede eksempler og se, om vi ville nå frem til den samme vurdering.

Praktisk: Jeg kan låne et lokale på Vallensbæk Rådhus, og vi kan dele udgifterne til forplejning. Jeg forestiller mig, at dagen varer fra kl. 9 til 15.

Hvis du er interesseret, vil jeg foreslå, at vi tager et kort møde på Teams i januar for at planlægge dagen. Jeg har sat nogle forslag til tidspunkter nedenfor.

– Tirsdag den 14. januar kl. 10.00–10.45
– Onsdag den 15. januar kl. 13.00–13.45
– Fredag den 17. januar kl. 9.00–9.45

Jeg ser frem til at høre fra dig.

Med venlig hilsen

Marianne Lerche
Borgerrådgiver
Vallensbæk Kommune
Vallensbæk Stationstorv 100
2665 Vallensbæk Strand
Direkte tlf. 43 97 11 60
Mobil 29 42 70 18

Bemærk: Jeg arbejder deltid og er på kontoret mandag, tirsdag og torsdag.

Denne mail indeholder ikke personoplysninger. Henvendelser om konkrete sager skal sendes via sikker post.
PS. Jeg har også skrevet til borgerrådgiveren i Brøndby, som allerede har sagt ja. Hun foreslår, at vi også inviterer en medarbejder fra Ombudsmanden til at fortælle om samspillet mellem borgerrådgivere og Ombudsmanden, og det synes jeg lyder godt.
""")

M("ts", """Kære direktionsassistent

Jeg skriver til dig, fordi jeg gerne vil have, at direktøren for Center for Børn og Forebyggelse bliver orienteret om en oplevelse, som min familie har haft i forbindelse med vores søns indskrivning i en af kommunens daginstitutioner. Jeg har overvejet at skrive til borgerrådgiveren, men jeg synes, at det her handler om en politik og ikke kun om en enkelt medarbejder, og derfor skriver jeg til direktøren.

Vi er to fædre, Jonas og jeg, og vores søn, Noah, er adopteret fra Sydafrika. Han er 3 år og skulle starte i børnehave i august. Vi valgte en institution tæt på vores hjem, som vi havde hørt godt om.

Ved indskrivningssamtalen i juni var der to pædagoger til stede. De var meget venlige, men de spurgte til en række ting, som vi ikke har oplevet andre forældre blive spurgt om. De spurgte, om Noah "havde kontakt til sin kultur", om han "kunne tåle dansk mad", og om vi "havde tænkt over, hvem han skulle spejle sig i, når han ikke har en mor". Jonas svarede høfligt på det hele. Bagefter sagde han, at han havde følt sig som om vi skulle bestå en eksamen.

Da Noah var startet, fik vi en mail fra institutionen om et temaforløb om "familier". Der stod, at børnene skulle tegne "mor, far og søskende". Vi skrev og spurgte, om de kunne skrive "familie" i stedet, og det blev der rettet. Men vi er blevet spurgt af andre forældre, om det var "os der havde klaget", så det har tilsyneladende været et emne blandt personalet.

Vi vil gerne understrege, at Noah er glad for at gå i børnehave, og at pædagogerne er søde ved ham. Vi ønsker ikke, at nogen bliver kritiseret personligt. Men vi vil gerne spørge:

1. Har kommunen en politik for, hvordan daginstitutionerne skal møde familier, der ikke består af en mor og en far?
2. Har kommunen en politik for, hvordan man taler om børns etniske baggrund ved indskrivningssamtaler?
3. Hvis ikke, vil direktøren overveje at få udarbejdet en?

Vi vil gerne bidrage, hvis det kan bruges. Jonas er pædagog selv, i en anden kommune, og han har erfaring med mangfoldighed i dagtilbud.

Med venlig hilsen

Thomas Bruun-Lindberg
Ishøj Søpark 88
2635 Ishøj
tlf. 40 27 61 93

PS. Vi har ikke nævnt, hvilken institution det er, for at beskytte Noah. Vi oplyser det gerne, hvis direktøren ønsker at følge op.
PPS. Hvis direktøren vil mødes, foretrækker vi et tidspunkt efter kl. 16, hvor vi begge kan deltage. Vi kan også tage et online-møde. Vi har begge Digital Post, men foretrækker svar på denne mail.

-----Oprindelig meddelelse-----
Fra: Børnehuset
Sendt: 2. september
Emne: Temaforløb i efteråret
Kære forældre. I september og oktober arbejder vi med temaet "Min familie". Børnene skal tegne mor, far og søskende, og vi hænger tegningerne op i garderoben. Tag gerne et familiefoto med, som vi kan bruge i forløbet. Venlig hilsen personalet
""")

M("", """Hej borgerrådgiver

Jeg vil gerne bede om vejledning om, hvordan jeg klager over en afgørelse om tilskud til et pulterkammer... nej, det er ikke tilskud. Undskyld, jeg er lidt rundt på gulvet. Det handler om et afslag på en dispensation til at have en trailer holdende på min indkørsel.

Jeg bor i et parcelhusområde på Ishøj Strandvej, og der er en lokalplan, som siger, at der ikke må holde "uindregistrerede køretøjer og campingvogne" på grundene. Jeg har en indregistreret trailer, som jeg bruger til mit arbejde som anlægsgartner. Den har holdt på min indkørsel i ti år uden problemer.

I august fik jeg et brev fra kommunen om, at der var kommet en klage fra en nabo, og at traileren skulle fjernes, fordi den var "i strid med lokalplanen". Jeg svarede, at den er indregistreret, og at lokalplanen kun nævner uindregistrerede køretøjer. Jeg søgte samtidig om dispensation for en sikkerheds skyld.

Den 4. november fik jeg et afslag på dispensationen med en begrundelse om, at "erhvervsmæssig parkering ikke er i overensstemmelse med områdets karakter af boligområde". Der stod, at jeg kunne klage til Planklagenævnet inden fire uger.

Mine spørgsmål er:

1. Hvordan klager jeg til Planklagenævnet, og hvad koster det?
2. Er det rigtigt, at kommunen kan give afslag på en dispensation, når der efter min opfattelse ikke er brug for en dispensation, fordi traileren er indregistreret?
3. Skal jeg fjerne traileren, mens klagen behandles?
4. Kan jeg få at vide, hvem der har klaget? Jeg vil gerne tale med naboen.

Jeg har forstået, at du ikke kan tage stilling til, om afgørelsen er rigtig, men jeg håber, at du kan hjælpe med at vejlede mig om, hvordan jeg kommer videre. Jeg har prøvet at ringe til planafdelingen, men telefontiden er kun tirsdag og torsdag fra 10 til 12, og jeg er på arbejde.

Jeg har vedhæftet brevet fra august, min ansøgning om dispensation og afslaget. Kommunens sagsnr. er 01.02.05-P19-0219-24. Trailerens reg.nr. er XA 12 345, hvis det er relevant.

Med venlig hilsen
Kasper Lindholm
Ishøj Strandvej 143
2635 Ishøj
tlf. 27 19 58 40

-----Oprindelig meddelelse-----
Fra: Planafdelingen
Sendt: 4. november 2024
Emne: Afgørelse – afslag på dispensation
Kære Kasper Lindholm
Ishøj Kommune har behandlet din ansøgning om dispensation fra lokalplan nr. 21 til parkering af trailer på ejendommen. Kommunen giver afslag på dispensation. Begrundelse: Erhvervsmæssig parkering er ikke i overensstemmelse med områdets karakter af boligområde, jf. lokalplanens formål. Klagevejledning: Afgørelsen kan påklages til Planklagenævnet inden 4 uger fra modtagelsen. Klagen indgives via Klageportalen. Der betales et gebyr.
Med venlig hilsen
Planafdelingen
""")

M("bs", """Kære borgerrådgiver

Jeg har svært ved at skrive denne mail, fordi jeg er bange for, at den bliver misforstået. Jeg vil derfor starte med at sige, at jeg ikke klager over nogen bestemt person. Jeg klager over en oplevelse, som jeg synes kommunen bør kende til.

Jeg er imam i en lille menighed i Ishøj, og jeg deltager i kommunens dialogforum for trossamfund. Vi har haft gode møder, og jeg sætter stor pris på kommunens arbejde med dialog.

Ved mødet den 10. oktober var emnet "trivsel blandt unge". En medarbejder fra kommunens ungeindsats holdt et oplæg, hvor hun nævnte, at der i kommunen er unge LGBT+-personer, der oplever at blive udstødt af deres familier og trossamfund. Det er en vigtig pointe, og jeg var glad for, at den blev nævnt.

Efter oplægget sagde en af de andre deltagere, at "det jo er et problem i visse trossamfund mere end andre", og kiggede på mig. Medarbejderen fra kommunen svarede: "Ja, det er vi klar over." Flere af de andre deltagere nikkede.

Jeg følte mig udpeget. Jeg har i mange år arbejdet for, at unge i min menighed skal kunne tale om deres seksualitet uden at blive udstødt. Min egen søn sprang ud som homoseksuel for fem år siden, og vi har stadig et tæt forhold. Det har jeg aldrig sagt offentligt, og jeg siger det kun til dig nu, fordi jeg vil forklare, hvorfor bemærkningen ramte mig så hårdt.

Jeg klager ikke over den anden deltager, som kan sige, hvad han vil. Men jeg synes, at kommunens medarbejder som mødeleder burde have reageret anderledes. Hun bekræftede en generalisering om mit trossamfund uden at kende noget til vores arbejde.

Jeg beder om:
1. At kommunen overvejer, hvordan mødelederne i dialogforummet håndterer den slags situationer.
2. At jeg får mulighed for at fortælle om vores arbejde med unge ved et kommende møde.

Jeg vil gerne bede om, at du behandler min henvendelse fortroligt, og at oplysningen om min søn ikke bliver givet videre til nogen.

Med venlig hilsen

Imam Yusuf Hamdan
Ishøj
tlf. 52 83 60 17
PS. Jeg er ikke på Facebook og bruger ikke sms, så ring venligst, hvis du vil tale med mig. Jeg er bedst at træffe mellem kl. 10 og 12 og efter eftermiddagsbønnen.

PPS. Jeg har overvejet, om jeg skulle skrive til udvalgsformanden for Kultur og Fritid, der er ansvarlig for dialogforummet. Men jeg vil hellere tage det med dig først. Jeg har stor tillid til dialogforummet og vil ikke skade det. Mødereferatet fra den 10. oktober er sendt til alle deltagere, og der står ikke noget om episoden, så der er ikke nogen skriftlig dokumentation. Jeg har dog talt med en af de andre deltagere, en præst fra folkekirken, som gerne vil bekræfte, hvad der blev sagt.
""")
