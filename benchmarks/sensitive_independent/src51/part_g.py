"""corpus51 part G: hard negatives: health services, institutions, look-alike numbers."""
from common import M

M("", """Hej Sundhedshuset

Jeg kan se på jeres hjemmeside at I har lukket for drop-in til blodtryksmåling om fredagen. Er det permanent? Det var populært blandt folk i vores opgang.

Mvh Bent""")

M("", """Til Ishøj Kommune

Faktura nr. 2103851744 vedr. leje af Ishøj Medborgerhus den 21. marts er betalt to gange fra vores foreningskonto (reg.nr. 2191, konto 6284019377). Vi beder om at få det ene beløb tilbage.

Venlig hilsen
Kasserer, Ishøj Skakklub""")

M("", """Hej

Hospitalsbussen fra Ishøj Station til Hvidovre kørte ikke kl. 7.40 i morges. Der stod mindst 15 mennesker og ventede. Ved I hvorfor?

Vh en pendler""")

M("", """Kære borgmester,

Vi samler ind til Kræftens Bekæmpelse i Ishøj den 6. april og søger tilladelse til at stå med indsamlingsbøsser ved Ishøj Bycenter og Ishøj Station. Der er ca. 40 frivillige.

Med venlig hilsen
Lokalkomiteen""")

M("", """hej hvornår kan man få covid-vaccine og influenzavaccine i år? er det stadig i sundhedshuset eller er det flyttet? /Gitte""")

M("", """Til Center for Voksne og Velfærd

Vi er et vikarbureau, der leverer social- og sundhedsassistenter og sygeplejersker. Vi vil gerne høre om kommunen har behov for vikarer i hjemmeplejen i julen. CVR 40118263.

Venlig hilsen
CareVikar ApS""")

M("", """Hej

Mit kundenummer hos Ishøj Forsyning er 0704871265, og min målernummer er 18-552091. Jeg har fået en vandregning på 14.000 kr, hvilket må være en fejl. Jeg bor alene i en toværelses.

Mvh Karina Lund""")

M("", """Til Social- og Sundhedsudvalget

Vi foreslår, at kommunen laver en pjece på flere sprog om, hvordan man får hjemmehjælp. Mange ældre i vores boligområde kender ikke reglerne.

Mvh Beboerrådet i Vejleåparken""")

M("", """Hej

Jeg er ved at uddanne mig til sygeplejerske og skal i praktik i hjemmesygeplejen i foråret. Hvor møder man ind den første dag?

Vh Julie""")

M("", """Kære byrådsmedlemmer

Ishøj Demensforening holder lotteri til fordel for aktiviteter på plejecentrene. Vi vil gerne have at I køber et lod hver! 20 kr. stykket, MobilePay 48211.

Hilsen bestyrelsen""")

M("", """Hej

Sagsnummer 27.12.04-G01-3-24 er stadig ikke afgjort. Det drejer sig om vores ansøgning om at sætte en ny carport op. Kan I give en status?

Mvh Jens Bak, Ishøj Landsby""")

M("", """Til Center for Borger, Økonomi og IT

Vores EAN-nummer er 5798000553107, og vi har ikke modtaget betaling for faktura 1505240012 vedr. levering af kontorartikler til rådhuset. Ordrenr. 311023-7781.

Med venlig hilsen
Kontorland A/S""")

M("", """Hej

Hvordan søger man om at blive hjemmehjælper i kommunen? Jeg har arbejdet som rengøringsassistent i 10 år og vil gerne prøve noget nyt.

Mvh Irene""")

M("", """Hej

Er der handicapparkering ved det nye sundhedshus, og hvor mange pladser er der? Jeg er ved at lave en guide over tilgængelighed i Ishøj for en forening.

Vh Martin""")

M("", """til hovedpostkassen: jeres hjemmeside siger at man skal ringe på 43 57 75 75 for at bestille et nyt sundhedskort, men ingen tager den. hvad gør man? /Lone""")

M("", """Kære formand for Social- og Sundhedsudvalget

Hvad er ventetiden på en plejeboligplads i Ishøj lige nu, i gennemsnit? Jeg har set tal på 2 måneder i avisen. Er det rigtigt?

Mvh Poul""")

M("", """Hej

Policenummer 2406891133 hos Tryg. Vi har haft en vandskade i kælderen efter skybruddet, og forsikringen beder om kommunens kloakplan for vejen. Hvor kan vi få den?

Mvh Familien Olsen""")

M("", """Til Center for Børn og Forebyggelse

Kan I fortælle hvilke dagtilbud i Ishøj der har specialgrupper for børn med autisme? Vi er et par pædagogstuderende der laver en opgave.

Tak
Laura og Ahmad""")

M("", """Kære borgmester

Vi er en gruppe sygeplejersker på Hvidovre Hospital, der vil løbe Ishøj Halvmaraton til fordel for Børnecancerfonden. Må vi bruge rådhuspladsen til start og mål?

Mvh Løbeholdet fra afsnit 441""")

M("", """Hej

Journalnummer 24/18832. Jeg har fået et brev om at jeres svar på min klage over en parkeringsbøde er forsinket. Hvornår kan jeg forvente det?

Vh Mads""")

M("", """Hej

Jeg er diætist og vil gerne tilbyde kurser for køkkenpersonalet på plejecentrene om ernæring for ældre. Hvem er den rette at skrive til?

Mvh Tine Kjeldsen, aut. klinisk diætist""")

M("", """Til Center for Byudvikling og Natur

P-nummer 1019283746 er registreret på vores gamle adresse. Vi er flyttet til Industrivej 22. Kan I opdatere det i jeres system, eller er det CVR-registeret?

Mvh Ishøj Tandklinik ApS""")

M("", """Til hovedpostkassen

Jeg vil gerne gøre opmærksom på at hjertestarteren ved Ishøj Bibliotek har blinket rødt i en uge. Den er måske ikke i orden.

Vh en bekymret nabo""")

M("", """Kære Social- og Sundhedsudvalg

Statistikken i jeres årsrapport viser at 23 % af borgerne over 65 i Ishøj har diabetes. Hvad gør kommunen for at forebygge?

Mvh en interesseret borger""")

M("", """Hello,

I work for a Swedish company that makes electric wheelchairs. We would like to present our products to the municipality's aids department. Who should we contact?

Best regards,
Erik Lindqvist, Sales""")

M("", """Hej

Jeg har bestilt billetter til teaterforestillingen "Demensens Dans" på Ishøj Teater, ordrenummer 2011990456. Jeg har ikke fået billetterne på mail. Kan I hjælpe?

Mvh Hanne""")

M("", """Til borgmesterens PA

Kan borgmesteren komme og klippe snoren til den nye jordemoderklinik i Ishøj Bycenter den 3. oktober?

Venlig hilsen
Region Hovedstaden, Kommunikation""")

M("", """Hej

Hvordan bliver man plejefamilie i Ishøj? Min mand og jeg har talt om det længe og har et ekstra værelse.

Mvh Rikke""")

M("", """Til Center for Voksne og Velfærd

Vi er elever på social- og sundhedsassistentuddannelsen og vil gerne lave en juleudstilling på Plejecenter Ishøjhus for beboerne. Hvem skal vi aftale det med?

Mvh Holdet SSA-24B""")

M("", """Hej

Er det rigtigt at kommunen overvejer at lukke genoptræningscentret og flytte det til Vallensbæk? Det vil være et tab for byen.

Vh Per""")

M("", """Hej,

Bilag nr. 120388-0041 vedr. vores tilskud til foreningens sommerlejr mangler underskrift. Skal det sendes til jer med almindelig post?

Mvh Ishøj Spejderne, Lone (kasserer)""")

M("", """hej, hvilken dag kommer mobilt mammografi-bussen til Ishøj? jeg laver et opslag til boligforeningens facebookside. / Susse""")

M("", """Til Center for Borger, Økonomi og IT

Vores licensnummer til journalsystemet er 0312951487-LIC. Licensen udløber den 31.12. Skal kommunen forny den selv, eller gør vi det som leverandør?

Mvh Support, CareSystems A/S""")


M("", """Til Center for Voksne og Velfærd

Hvor mange dage før skal man bestille en kørestol til lån hos hjælpemiddeldepotet, når man har gæster udefra? Vi holder familiefest i haven på Gildbrovej i juli og spørger for god ordens skyld på forhånd.

Mvh Kaj""")

M("", """hey, vil bare høre om ishøj kommune har en sommerjob-ordning for unge i ældreplejen? er 17 og vil gerne være sosu senere. /Asma""")

M("", """Kære dagsordensamler

Social- og Sundhedsudvalget bedes sætte et punkt på dagsordenen om ventetiden på genoptræning generelt. Ældrerådet har drøftet tallene fra kvartalsrapporten og ønsker en orientering.

Venlig hilsen
Ældrerådets sekretær""")
