"""corpus32 part C: long mails with pasted forms, quoted reply chains and appeals."""
from common import M

M("e", """Emne: Klage over afgørelse om tilbagebetaling af boligydelse + aktindsigt

Til Ishøj Kommune
Ydelsesservice / Borgerrådgiveren (kopi)

Jeg vil hermed klage over afgørelsen af 18. september om, at jeg skal betale 11.240 kr. tilbage i boligydelse. Jeg har udfyldt jeres klageskema, som jeg har kopieret ind herunder, fordi vedhæftningen ikke ville uploade.

--- KLAGESKEMA ---
Navn: Karen Lisbeth Holm
CPR-nr.: [[030348 1174]]
Adresse: Ishøjhusene 4, st. th., 2635 Ishøj
Telefon: 43 54 82 16
Sagsnr.: 27.24.06-G01-2019-24
Afgørelsens dato: 18.09.2024
Hvad klager du over: Tilbagebetaling af boligydelse
Begrundelse: Se nedenfor
Ønsker du aktindsigt: Ja
Ønsker du at blive ringet op: Ja, helst formiddag
--- SLUT ---

Begrundelse:

I afgørelsen står der, at jeg har haft en højere indtægt i 2023 end den, der blev lagt til grund, fordi jeg har haft en udbetaling fra en livrente. Det er rigtigt, at jeg har fået en udbetaling, men den var en engangsudbetaling fra min afdøde mands pensionsordning, og jeg meldte det til Udbetaling Danmark den dag, jeg fik den. Jeg har kvitteringen fra borger.dk.

Jeg forstår ikke, hvorfor jeg nu skal betale tilbage, når jeg har gjort det, man skal. Jeg har ringet til Udbetaling Danmark, og de siger, at det er kommunen, der har sendt oplysningen om, at der ikke var meldt noget.

Jeg er 76 år og lever af min folkepension. Jeg har ikke 11.240 kr. Hvis jeg skal betale tilbage, vil jeg gerne have en afdragsordning, men først vil jeg gerne have at vide, om afgørelsen er rigtig.

Jeg vil gerne have aktindsigt i alle papirer i sagen, også dem, der er sendt mellem kommunen og Udbetaling Danmark. Jeg har ikke Digital Post, så brevet skal komme med posten til adressen ovenfor.

Jeg har bedt min nevø, Jan Holm, om at hjælpe mig med at læse papirerne. Han må gerne ringe til jer på mine vegne. Hans nummer er 22 65 71 04.

Venlig hilsen
Karen Holm

> Fra: Ydelsesservice
> Dato: 18. september 2024
> Emne: Afgørelse
>
> Kære Karen Lisbeth Holm
> Ved den årlige efterregulering af din boligydelse for 2023 har vi fået oplyst en indkomst, der er højere end den, der blev lagt til grund for udbetalingen. Du har derfor fået udbetalt 11.240 kr. for meget, som du skal betale tilbage. Beløbet vil blive opkrævet af Udbetaling Danmark. Hvis du er uenig i afgørelsen, kan du klage inden 4 uger fra modtagelsen. Klagen sendes til kommunen, som genvurderer sagen, inden den eventuelt sendes til Ankestyrelsen.
> Med venlig hilsen
> Ydelsesservice, Center for Borger, Økonomi og IT
""")

M("", """Hej Borgerrådgiver

Jeg ville egentlig bare ringe, men jeres telefontid er kun fra 9 til 12, og jeg arbejder, så jeg skriver i stedet.

Det handler om et brev, der aldrig kom. Min søn skulle starte i 0. klasse til august, og vi skulle have haft et brev i januar om skoleindskrivningen. Det fik vi ikke. Vi fandt først ud af det i marts, da en anden mor i børnehaven spurgte, hvilken skole vi havde valgt. Da var fristen overskredet.

Jeg ringede til skoleafdelingen, som sagde, at brevet var sendt til min Digital Post den 8. januar. Det er det ikke – jeg har kigget alle mapper igennem, også arkivet, og der er ingenting. Jeg har tjekket, om jeg har fritaget mig fra Digital Post, men det har jeg ikke. Min mand har også Digital Post, og han har heller ikke fået noget.

Skoleafdelingen sagde, at vi nu kun kunne få plads på distriktsskolen og ikke den skole, vi ønskede, fordi "de andre pladser var fordelt". Vi havde gerne villet have, at han gik på den samme skole som sin storesøster, så de kunne følges. Det er ikke muligt nu.

Jeg har to ønsker:

1. At nogen undersøger, om brevet faktisk blev sendt, og hvis ikke, hvorfor ikke. Jeg har fået oplyst et forsendelses-ID: 0801-2024-114731. Det siger mig ikke noget, men måske kan I bruge det.
2. At jeg får en forklaring på, om der er andre familier, der heller ikke har fået brevet. Hvis det er en systemfejl, må det jo have ramt flere.

Jeg er ikke ude efter at få nogen i problemer. Jeg vil bare gerne have, at det ikke sker for andre. Og hvis der er en venteliste på den anden skole, vil vi gerne stå på den.

På forhånd tak.

Mvh
Trine Lauridsen
Brushøjvej 14
2635 Ishøj
tlf. 29 84 13 70

Svar på mail er fint. Jeg tjekker den hver aften.

---------- Oprindelig besked ----------
Fra: Skoleafdelingen
Dato: 15. marts 2024
Emne: SV: Skoleindskrivning

Kære Trine Lauridsen
Tak for din henvendelse. Vi kan se i vores system, at brevet om skoleindskrivning blev sendt til alle forældre med børn født i 2018 den 8. januar via Digital Post. Indskrivningsfristen var den 31. januar. Da indskrivningen nu er afsluttet, vil din søn få plads på distriktsskolen. Du kan skrive ham op på venteliste til en anden skole ved at udfylde formularen på kommunens hjemmeside.
Med venlig hilsen
Skoleafdelingen
Center for Børn og Forebyggelse
-----Oprindelig meddelelse-----
Fra: Trine Lauridsen
Sendt: 14. marts 2024 21:30
Emne: Skoleindskrivning
Hej. Vi har ikke modtaget noget brev om skoleindskrivning til vores søn, og vi har først hørt om det fra andre forældre i dag. Kan I fortælle, hvad vi skal gøre nu? Vi ønsker plads på den samme skole som hans storesøster. Mvh Trine Lauridsen
""")

M("hbe", """Til borgerrådgiver i Ishøj Kommune

Klage – forløb om ledsagelse til behandling

Jeg hedder Gurpreet Singh, og jeg bor med min kone og vores to døtre på Ishøj Søvej. Jeg skriver, fordi jeg har haft en meget dårlig oplevelse med kommunens kørselsordning, og jeg vil gerne have, at nogen ser på det.

Jeg har siden sommer været i dialysebehandling på Herlev Hospital tre gange om ugen på grund af nyresvigt. Jeg har fået bevilget kørsel til behandling, og det har fungeret nogenlunde, men med mange forsinkelser.

Den 14. oktober blev jeg hentet af en chauffør, der ikke ville lade mig køre med, fordi jeg bar turban. Han sagde, at han "ikke kørte med folk i den slags udklædning", og at han ville "ringe efter en anden bil". Der kom ingen anden bil. Jeg kom for sent til min dialyse og fik en kortere behandling. Jeg var meget dårlig bagefter.

Jeg er sikh, og turbanen er en del af min tro. Jeg har båret den hele mit liv, også som buschauffør i 25 år.

Jeg ringede til kørselskontoret samme dag. Kvinden, jeg talte med, sagde, at "chaufførerne ikke er ansat i kommunen", og at jeg skulle klage til vognmanden. Jeg spurgte, hvilken vognmand, og det kunne hun ikke oplyse.

Jeg forstår, at chaufføren ikke er ansat i kommunen. Men det er kommunen, der har bevilget kørslen, og kommunen, der har valgt vognmanden. Så jeg mener, at kommunen har et ansvar for, at det ikke sker.

Jeg beder om:
– at få oplyst, hvilken vognmand der kørte den 14. oktober,
– at kommunen tager sagen op med vognmanden,
– at kommunen fortæller mig, hvad man gør for at sikre, at det ikke sker igen.

Jeg har haft kørsel fra samme firma siden, og det har været fint. Det var én chauffør. Men det var en meget ydmygende oplevelse, og jeg vil ikke have, at andre skal opleve det.

Venlig hilsen
Gurpreet Singh
Ishøj Søvej 27
2635 Ishøj
tlf. 60 71 24 39

Kørselsbevilling nr.: KB-2407-118
Hospitalets afdeling: Nefrologisk ambulatorium, Herlev

Fra: Kørselskontoret
Sendt: 14. oktober 2024 11:20
Til: Gurpreet Singh
Emne: Din henvendelse

Kære Gurpreet Singh
Vi har modtaget din henvendelse vedrørende kørsel den 14. oktober. Vi beklager, at du har haft en dårlig oplevelse. Kørslen udføres af en ekstern leverandør, og klager over chaufførers adfærd skal rettes til leverandøren. Du kan finde kontaktoplysningerne i den folder, du fik ved bevillingen.
Med venlig hilsen
Kørselskontoret
PS. Jeg har siden hændelsen fået et brev fra vognmanden, hvor de skriver, at de har "talt med chaufføren". Der står ikke mere. Jeg vil gerne vide, om kommunen som den, der køber kørslen, får besked om klager over chaufførerne, og om det indgår i kommunens vurdering af leverandøren. Jeg synes, det er vigtigt for alle, der bruger ordningen.
""")

M("", """Kære borgerrådgiver

Jeg skriver på vegne af Grundejerforeningen Strandhaven, hvor jeg er formand. Vi har en klage over Center for Byudvikling og Natur, som vi har drøftet i bestyrelsen, og som vi gerne vil have, at du ser på. Jeg er klar over, at der er dele af vores sag, som hører under andre klageinstanser, og jeg har prøvet kun at tage det med, der handler om sagsbehandlingen og kommunikationen.

Baggrunden er, at kommunen i foråret varslede, at den ville overtage vedligeholdelsen af den fælles sti langs stranden, som vi hidtil selv har vedligeholdt. Det var vi glade for. Der blev holdt et informationsmøde den 18. april i Ishøj Kulturhus, hvor kommunens repræsentant fortalte, at overtagelsen ville ske pr. 1. juli, og at vi ville få en skriftlig aftale inden da.

Den skriftlige aftale kom aldrig. Den 1. juli skete der ingenting. Stien blev ikke slået, og vi fik klager fra vores medlemmer. Vi skrev til kommunen den 10. juli, den 2. august og den 5. september. Vi fik en kvittering hver gang, men intet svar.

Den 20. september fik vi et brev om, at kommunen "havde revurderet sagen", og at overtagelsen var udsat på ubestemt tid. Der stod ingen begrundelse.

Vi har følgende klagepunkter:

1. At kommunen på et offentligt møde har lovet en skriftlig aftale, som ikke er kommet.
2. At vores tre henvendelser ikke er besvaret ud over en kvittering.
3. At udsættelsen er meddelt uden begrundelse og uden at vi er blevet hørt.

Vi vil også gerne have aktindsigt i sagen, herunder referatet fra mødet den 18. april og eventuelle interne notater om udsættelsen.

Foreningen har 112 medlemmer. Vi har ikke noget ønske om at gøre sagen større, end den er, men vi vil gerne have en ordentlig dialog med kommunen.

Du kan kontakte mig på telefon eller mail.

Venlig hilsen
Jens Ole Frandsen
formand, Grundejerforeningen Strandhaven
Strandhavevej 41
2635 Ishøj
tlf. 20 43 87 19
CVR 29 17 44 08

Vedlagt:
– referat fra vores bestyrelsesmøde 12.09.24
– kopi af vores tre henvendelser med kvitteringer (ref. 100724-0812, 020824-1344 og 050924-0930)
– brevet af 20.09.24
Supplerende bemærkning fra bestyrelsen:
På bestyrelsesmødet den 12. september blev det besluttet, at foreningen indtil videre selv fortsætter med at slå græsset på stien, så den kan bruges. Udgiften afholdes af foreningens vedligeholdelseskonto. Vi vil dog gerne have afklaret, om kommunen vil refundere udgiften, hvis overtagelsen gennemføres med tilbagevirkende kraft. Kassereren kan kontaktes på tlf. 22 41 90 37 for oplysning om de afholdte udgifter.
""")

M("ehu", """Kære direktionsassistent

Jeg har ringet til dig tidligere på ugen, og du bad mig sende det hele skriftligt, så det kan komme videre til direktøren for Beskæftigelse og Erhverv. Her er det. Undskyld formen, jeg er ikke god til at skrive breve.

Jeg har været på sygedagpenge siden februar efter en arbejdsulykke på byggepladsen, hvor jeg faldt ned fra et stillads og brækkede ryggen to steder. Jeg er blevet opereret og har gået til genoptræning. Jeg er medlem af Dansk Metal, og de har hjulpet mig med arbejdsskadesagen, som kører ved Arbejdsmarkedets Erhvervssikring.

Problemet er Jobcenteret. Min sagsbehandler har skiftet fire gange på syv måneder. Hver gang skal jeg forklare det hele forfra. Den sidste gang, i august, sagde sagsbehandleren, at jeg skulle "prøve at arbejde lidt" i en virksomhedspraktik, selvom min læge har skrevet, at jeg ikke må løfte noget som helst før januar. Jeg sagde det, og hun sagde, at hun "ikke kunne se lægeerklæringen i systemet".

Jeg har sendt lægeerklæringen tre gange. Jeg har kvitteringer.

Nu har jeg fået et brev om, at kommunen overvejer at stoppe mine sygedagpenge, fordi jeg "ikke medvirker". Jeg medvirker jo! Jeg kan bare ikke løfte.

Min fagforening siger, at jeg skal klage over afgørelsen, hvis den kommer, og det gør vi. Men jeg vil gerne have, at direktøren ved, at det her foregår, for jeg kan ikke være den eneste.

Det jeg beder om:
– én fast sagsbehandler
– at nogen finder min lægeerklæring i systemet
– at jeg bliver hørt, før man stopper noget

Med venlig hilsen
Michael "Mikki" Bentsen
Vejledalen 5
2635 Ishøj
mobil 28 16 93 04

> Den 19. sep. skrev Jobcenter Ishøj:
> Kære Michael Bentsen
> Vi påtænker at træffe afgørelse om, at din ret til sygedagpenge ophører, da du ikke har deltaget i den planlagte virksomhedspraktik. Før vi træffer afgørelse, har du mulighed for at komme med bemærkninger. Du skal sende dine bemærkninger senest den 30. september. Hvis vi ikke hører fra dig, træffer vi afgørelse på det foreliggende grundlag.
> Med venlig hilsen
> Sygedagpengeteamet
PS fra min kone: Vi har ringet til Jobcenterets hovednummer fem gange i september. Den 9., 12., 16., 23. og 26. Vi har ventet i kø hver gang, og to gange blev vi afbrudt. Vi har skrevet det hele ned i en notesbog, fordi vi godt vidste, at vi ville få brug for det. Vi vil bare gerne have én person, vi kan ringe til.
PPS. Jeg vil gerne have svaret med brev eller Digital Post og ikke på denne mail, som er min kones.
""")

M("", """Kære Ishøj Kommune

Jeg vil gerne klage over, at jeg gentagne gange har modtaget post, der var adresseret til en anden person. Det er nu fjerde gang siden sommer, og jeg synes, det er et problem, både for mig og for den anden person.

Jeg bor på Ishøj Strandvej 12, 3. tv. Den anden person, som jeg ikke kender, har samme efternavn som mig og bor efter hvad jeg kan se på Ishøj Strandvej 12, 3. th. Brevene er fra kommunen, og de er ikke sendt i Digital Post, men med almindelig post. Jeg har ikke åbnet dem, men jeg kan se på kuverten, at de er fra "Center for Voksne og Velfærd" og "Borgerservice".

Første gang gik jeg selv over og afleverede brevet. Anden gang var der ingen hjemme, og jeg lagde det i postkassen. Tredje og fjerde gang har jeg afleveret dem i Borgerservice.

Jeg har følgende spørgsmål:

1. Hvorfor sender kommunen breve med almindelig post, når det er muligt at bruge Digital Post?
2. Hvordan kan det ske, at brevene bliver sendt til den forkerte lejlighed? Er det en fejl i adressen i kommunens system, eller en fejl hos postvæsenet?
3. Hvad gør kommunen for at sikre, at den anden person får sine breve?

Jeg er bekymret for, at de breve kan indeholde fortrolige oplysninger, og at der måske er andre breve, der er havnet forkert, som jeg ikke har set.

Jeg vil understrege, at jeg ikke har kendskab til indholdet af brevene, og at jeg ikke ønsker det.

Da jeg afleverede brevene i Borgerservice, sagde medarbejderen, at "det sker tit", og at det "nok var PostNord". Jeg synes ikke, det er godt nok, når det er fjerde gang.

Venlig hilsen
Anne-Mette Friis
Ishøj Strandvej 12, 3. tv.
2635 Ishøj

Følgende stod på kuverterne (afsender og dato):
– Center for Voksne og Velfærd, 12.06.2024
– Borgerservice, 03.07.2024
– Center for Voksne og Velfærd, 21.08.2024
– Center for Voksne og Velfærd, 09.10.2024

Kuverterne havde også et nummer over adressefeltet, f.eks. "120624 0311" og "091024 1187", som jeg går ud fra er et forsendelsesnummer. Jeg har skrevet dem af, hvis I skal bruge dem til at finde fejlen.
-----Oprindelig meddelelse-----
Fra: Borgerservice, Ishøj Kommune
Sendt: 10. oktober 2024
Emne: SV: Breve til forkert adresse

Kære Anne-Mette Friis
Tak for at du har afleveret brevene. Vi har sendt dem videre til rette modtager. Vi har desuden bedt PostNord undersøge, om der er en fejl i omdelingen. Vi kan ikke oplyse noget om indholdet eller om den anden borger. Hvis du modtager flere breve, der ikke er til dig, er du velkommen til at returnere dem til Borgerservice eller lægge dem i en postkasse med påskriften "Ubekendt på adressen".
Med venlig hilsen
Borgerservice
""")

M("hse", """Til borgerrådgiveren

Kære borgerrådgiver

Jeg skriver på vegne af min kone, Camilla, som har bedt mig om det, fordi hun ikke selv har overskud lige nu. Hun har givet mig lov, og hun har skrevet under på fuldmagten, som er vedhæftet.

Camilla fik konstateret brystkræft i marts og har været igennem kemo og operation. Hun er nu i strålebehandling på Rigshospitalet og er sygemeldt fra sit job som lærer. Hun får sygedagpenge.

Vi har to børn på 3 og 6. Da Camilla blev syg, søgte vi om tabt arbejdsfortjeneste for mig, så jeg kunne være hjemme nogle dage om ugen, og om aflastning. Vi fik afslag på begge dele, hvilket vi har klaget over. Det er en anden sag.

Det, jeg skriver om her, er den måde, vi er blevet mødt på i Familieafdelingen.

Da vi var til møde den 28. august, startede rådgiveren med at spørge, om "faren" var med. Jeg sagde, at jeg var Camillas kone, og at vi begge er mødre til børnene. Rådgiveren sagde "nå, okay" og henvendte sig resten af mødet kun til Camilla, selvom det var mig, der havde ansøgt om tabt arbejdsfortjeneste. Hun kaldte mig flere gange "veninden".

I det skriftlige notat fra mødet står der, at "mor og hendes partner" deltog. Min ansøgning er registreret under Camillas navn, ikke mit, selvom det er mig, der er ansøgeren. Derfor har afslaget også været sendt til Camilla, som slet ikke har kræfter til at læse den slags lige nu.

Jeg klager over:
1. At rådgiveren ikke ville anerkende mig som forælder.
2. At min ansøgning er registreret forkert.
3. At afslaget er sendt til den forkerte.

Jeg vil gerne have, at fejlen i registreringen bliver rettet, og at nogen taler med rådgiveren om, hvordan man møder regnbuefamilier.

Med venlig hilsen
Louise Krag
Ishøj Parkvej 60
2635 Ishøj
tlf. 27 38 04 11

PS. Hvis du ringer, så ring til mig, ikke til Camilla.
-----Oprindelig meddelelse-----
Fra: Familieafdelingen
Sendt: 2. september
Emne: Referat fra møde 28. august

Til stede: mor og hendes partner, rådgiver. Dagsorden: 1) Familiens situation. 2) Ansøgning om støtte. 3) Det videre forløb. Ad 1: Familien oplyste om den aktuelle situation. Ad 2: Ansøgningen behandles, og der træffes afgørelse inden for 4 uger. Ad 3: Familien kontaktes, når der er truffet afgørelse. Referatet er sendt til begge deltagere.
Som du kan se, står der ikke noget i referatet om, hvem der søgte om hvad. Jeg synes, det bekræfter min oplevelse af, at jeg ikke blev set som en del af familien på mødet.
""")

M("", """Emne: SV: SV: Manglende svar på henvendelse om hundeskov – sag 01.05.10-P20-0044-24

Hej igen

Tak for svaret i går, hvor du skrev, at min sag nu er "sendt til rette afdeling". Det er femte gang, jeg får at vide, at min sag er sendt til rette afdeling. Jeg vil gerne vide, hvilken afdeling det er, og hvornår jeg kan forvente svar.

For at gøre det lettere for dig, har jeg samlet tråden nedenfor.

Henrik Juhl
Grævlingestien 8
2635 Ishøj

> Fra: Ishøj Kommune
> Sendt: 11. november
> Emne: SV: Manglende svar på henvendelse om hundeskov
> Kære Henrik. Din henvendelse er sendt til rette afdeling. Du hører fra os. Venlig hilsen, Kundeservice

> Fra: Henrik Juhl
> Sendt: 10. november
> Emne: SV: Manglende svar på henvendelse om hundeskov
> Hej. Jeg har stadig ikke hørt noget. Kan I give mig navnet på den medarbejder, der har min sag? Mvh Henrik

> Fra: Ishøj Kommune
> Sendt: 14. oktober
> Emne: SV: Manglende svar på henvendelse om hundeskov
> Kære Henrik. Vi beklager ventetiden. Din henvendelse er sendt til rette afdeling. Venlig hilsen, Kundeservice

> Fra: Henrik Juhl
> Sendt: 12. oktober
> Emne: Manglende svar på henvendelse om hundeskov
> Hej. Jeg skrev den 1. september om hundeskoven ved Ishøj Sø, hvor hegnet er gået i stykker flere steder, så hundene kan løbe ud på cykelstien. Jeg fik at vide, at jeg ville få svar inden for 10 arbejdsdage. Det har jeg ikke fået. Mvh Henrik

> Fra: Ishøj Kommune
> Sendt: 2. september
> Emne: Kvittering
> Kære Henrik. Tak for din henvendelse. Din sag er oprettet med nummeret 01.05.10-P20-0044-24 og sendt til rette afdeling. Du vil få svar inden for 10 arbejdsdage.

> Fra: Henrik Juhl
> Sendt: 1. september 2024 kl. 20:12
> Emne: Hegn i hundeskov
> Hej. Hegnet i hundeskoven ved Ishøj Sø er i stykker tre steder, bl.a. ved indgangen fra Vejlebrovej og ved bænken nær søen. Hundene kan løbe ud på cykelstien, og der har allerede været et par farlige situationer med cyklister. Kan kommunen reparere hegnet? Jeg har vedhæftet billeder med GPS-koordinater. Tak. Mvh Henrik Juhl

PS: Jeg vil gerne have, at borgerrådgiveren får en kopi af denne mail, da jeg synes, den viser, at der er et problem med, hvordan henvendelser bliver fordelt. Det er ikke en stor sag, men fem måneder for et hegn er for lang tid, og det er ikke i orden at skrive, at man får svar inden for 10 arbejdsdage, når det ikke sker.
Sendt fra min iPhone

PPS: For en ordens skyld har jeg i dag også ringet til Vej og Park, og medarbejderen sagde, at hundeskoven hører under Naturforvaltningen, som har telefontid tirsdag og torsdag. Jeg ringede til Naturforvaltningen, og der var en telefonsvarer. Jeg har lagt besked med mit nummer, 61 27 83 05. Lad os se, om nogen ringer tilbage.
""")

M("pe", """Kære borgerrådgiver

Jeg ved ikke, om jeg er kommet til det rigtige sted, men jeg prøver. Jeg har et problem med kommunen og min andelsbolig, og jeg føler ikke, at nogen vil hjælpe mig.

Jeg har boet i en andelsbolig i Ishøj i 9 år. Jeg blev skilt sidste år, og min eksmand og jeg har aftalt, at jeg skal sælge andelen, og at vi deler provenuet. Jeg har fundet en køber, og vi har underskrevet en betinget overdragelsesaftale, hvor betingelsen er, at bestyrelsen godkender, og at køberen får sit lån i banken.

Problemet er, at jeg siden skilsmissen har fået boligstøtte og en periode med kontanthjælp, og kommunen har nu sendt mig et brev om, at jeg skal "oplyse om salg af formue", og at jeg "kan blive mødt med et krav om tilbagebetaling". Jeg har ringet og spurgt, hvad det betyder, men ingen kan forklare mig det.

Jeg har ikke solgt noget endnu. Handlen er ikke på plads. Køberen kan stadig trække sig, og banken har ikke godkendt hans lån. Jeg forstår ikke, hvordan jeg kan have "formue", før jeg har solgt.

Jeg har også en anden bekymring: Kommunens brev er sendt med almindelig post og ligger åbent i postkassen. Mit navn, min adresse og ordene "kontanthjælp" og "tilbagebetaling" stod tydeligt i vinduet på kuverten. Vores postkasser er i opgangen, og naboerne kan se det.

Jeg vil gerne bede dig om at:
– hjælpe mig med at finde ud af, hvem jeg skal tale med om reglerne,
– se på, om det er i orden at sende den slags breve med almindelig post med sådan en tekst synlig.

Venlig hilsen
Pernille Aabo
Ishøj (andelsboligforeningen Strandparken)
tlf. 24 51 72 98
""")

M("", """Til: Borgerrådgiveren
Fra: Udbetaling Danmark, Kontrol
Emne: Henvendelse om procedure ved videresendelse af klager

Kære borgerrådgiver

Udbetaling Danmark har i den seneste tid modtaget en række henvendelser fra borgere i Ishøj Kommune, der oplyser, at de er blevet henvist til Udbetaling Danmark af kommunen i sager, hvor kommunen er myndighed, og omvendt. Vi skriver for at få afklaret snitfladerne, så vi sammen kan undgå, at borgerne bliver sendt frem og tilbage.

Vi har ikke vedhæftet konkrete sager, og denne mail indeholder ikke personoplysninger. Hvis der er behov for at drøfte konkrete sager, vil vi gøre det via sikker post.

Vores forslag er:

1. At vi udveksler kontaktpersoner, så en medarbejder hos os kan kontakte en medarbejder i kommunen direkte, når en borger er i tvivl om, hvem der er myndighed.
2. At kommunen på sin hjemmeside tydeliggør, hvilke ydelser der behandles af kommunen, og hvilke der behandles af Udbetaling Danmark. Vi kan levere en tekst.
3. At vi holder et kort møde, f.eks. på Teams, i løbet af de næste par måneder.

Vi er opmærksomme på, at borgerrådgiveren er uafhængig af kommunens administration og ikke nødvendigvis er den rette modtager af denne henvendelse. Vi har derfor sendt en kopi til kommunens hovedpostkasse. Vi skriver alligevel også til dig, fordi vi kan se, at du i din årsberetning har nævnt netop dette problem.

Vi ser frem til at høre fra dig eller fra kommunen.

Med venlig hilsen

Kirsten Meldgaard
Specialkonsulent
Udbetaling Danmark
Kongens Vænge 8
3400 Hillerød
Tlf. 72 60 01 41
Journalnr. 2024-118-0042

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den og give afsenderen besked.
Bilag til orientering (uden personoplysninger):
– Oversigt over ydelser, der administreres af Udbetaling Danmark: folkepension, førtidspension, boligstøtte, børne- og ungeydelse, barselsdagpenge m.fl.
– Oversigt over ydelser, der administreres af kommunen: kontanthjælp, sygedagpenge, enkeltydelser, personligt tillæg m.fl.
– Forslag til fælles tekst på kommunens hjemmeside (udkast, version 0.3).
Vi gør opmærksom på, at oversigterne er vejledende, og at der kan være lokale forskelle i snitfladerne, f.eks. når det gælder personligt tillæg og helbredstillæg, hvor kommunen træffer afgørelse, men Udbetaling Danmark står for udbetalingen. Vi vil gerne drøfte disse forhold på mødet.
Mødeforslag: torsdag den 12. december kl. 10.00–11.00 eller fredag den 13. december kl. 9.00–10.00 på Teams. Giv venligst besked senest den 6. december.
""")

M("et", """Kære direktør for Center for Borger, Økonomi og IT

Jeg har fået at vide af din direktionsassistent, at jeg skal sende min klage til dig, og at du vil sende den videre til centerchefen, så den kan blive behandlet. Jeg vil derfor gerne fortælle, hvad der er sket.

Jeg kom til Danmark fra Eritrea i 2015 som flygtning, og jeg har nu dansk statsborgerskab. Jeg arbejder som rengøringsassistent på Hvidovre Hospital og har to børn i skole i Ishøj.

I august fik jeg en regning fra kommunen på 4.300 kr. for "for meget udbetalt børne- og ungeydelse". Jeg forstod ikke, hvorfor. Jeg gik til Borgerservice den 2. september, og der fik jeg at vide, at det var fordi, man havde registreret mig som "udrejst" i en periode i 2023. Jeg har ikke været udrejst. Jeg var på besøg hos min mor i Sudan i tre uger i juli 2023, og det er alt.

Medarbejderen i Borgerservice var meget venlig, men hun sagde, at hun ikke kunne gøre noget, og at jeg skulle skrive til Udbetaling Danmark. Det gjorde jeg. De svarede, at oplysningen om udrejse kom fra kommunens folkeregister.

Jeg ringede igen til kommunen den 20. september. Denne gang talte jeg med en mand, der sagde: "Det er jo ikke første gang, folk som dig er rejst ud uden at sige det." Jeg spurgte, hvad han mente med "folk som dig", og han sagde, at jeg skulle "ikke tage det personligt".

Jeg har betalt 1.000 kr. af regningen, fordi jeg var bange for at få en rykker. Men jeg vil gerne have:

1. At folkeregisteret bliver rettet, så der ikke står, at jeg har været udrejst.
2. At regningen bliver annulleret, og at jeg får mine 1.000 kr. tilbage.
3. At nogen taler med medarbejderen om, hvordan han talte til mig.

Jeg har min flybillet og stempler i mit pas, der viser, at jeg var væk i tre uger.

Med venlig hilsen
Semhar Tesfay
Vejleåparken 31, 2. tv.
2635 Ishøj
tlf. 52 18 66 07
-----Oprindelig meddelelse-----
Fra: Direktionssekretariatet
Sendt: 4. oktober
Emne: SV: Regning for børne- og ungeydelse

Kære Semhar Tesfay
Tak for din henvendelse. Den rette modtager er direktøren for Center for Borger, Økonomi og IT. Du er velkommen til at skrive til direktøren via denne adresse, så sørger jeg for, at din henvendelse bliver sendt videre til centerchefen med direktøren i kopi. Du vil modtage et svar inden for 10 arbejdsdage.
Med venlig hilsen
Direktionsassistent
Jeg har i øvrigt ringet til Borgerservice igen den 10. oktober for at høre, om sagen var kommet videre. Medarbejderen kunne se min henvendelse, men ikke hvem der havde den. Jeg har noteret tidspunktet: kl. 11.20.
""")

M("", """Kære borgerrådgiver

Jeg er i tvivl om, hvorvidt jeg kan bruge dig til det her, men jeg håber, du kan vejlede mig.

Jeg har en klage over en afgørelse fra kommunen, og jeg er blevet i tvivl om klagefristen. Jeg har fået en afgørelse om et afslag på en tilladelse til at fælde et træ i min have (sagsnr. 01.05.08-K08-0213-24, afgørelse dateret 29.10.2024). I klagevejledningen står der, at jeg kan klage "inden 4 uger fra modtagelsen". Men afgørelsen blev sendt i Digital Post den 29. oktober, og jeg åbnede den først den 4. november, fordi jeg var på ferie. Jeg skal vide, om de 4 uger regnes fra den 29. oktober eller fra den 4. november.

Jeg har også et spørgsmål om, hvem jeg skal klage til. Der står i klagevejledningen, at klagen skal sendes til Miljø- og Fødevareklagenævnet via Klageportalen, men at den samtidig skal sendes til kommunen. Er det rigtigt, at jeg skal sende den to steder? Og skal jeg betale et gebyr?

Endelig vil jeg gerne vide, om borgerrådgiveren kan hjælpe med at formulere klagen, eller om jeg skal finde hjælp et andet sted.

Jeg ved godt, at du ikke kan tage stilling til, om jeg må fælde træet. Jeg vil bare gerne gøre det rigtigt.

For god ordens skyld: Træet er en gammel ask, og kommunen siger, at den er bevaringsværdig efter lokalplanen. Jeg mener, at den er syg og kan vælte ned over huset. Jeg har en udtalelse fra en arborist, men den blev ikke nævnt i afgørelsen.

Venlig hilsen
Claus Nørgaard
Ishøj Bygade 70
2635 Ishøj
tlf. 41 15 26 38

Afgørelsens journalnummer: 01.05.08-K08-0213-24
Modtaget i Digital Post: 29.10.2024 kl. 14:05
Åbnet: 04.11.2024 kl. 09:12
""")
