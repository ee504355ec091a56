"""Part K: very long mails and multi-level threads, where one clause among many paragraphs of
practical business carries the sensitive data (or, in the negatives, only sounds like it)."""
from common import M

M("e", """
Fra: Jesper Hald <jesper.hald@yahoo.dk>
Sendt: 14. januar 2027 20:12
Til: Center for Byudvikling og Natur
Cc: Lone Ravn (byrådsmedlem)
Emne: Klage over vejlukning og omkørsel – Tranegildevej

Til rette vedkommende

Jeg skriver angående lukningen af Tranegildevej mellem Vejlebrovej og Torslundevej, som efter skiltningen varer "til og med uge 12". Jeg har tre konkrete klagepunkter.

1. Omkørslen er skiltet via Ishøj Landsby, hvor der er 40 km/t og skolevej. Lastbilerne fra byggepladsen kører alligevel gennem landsbyen, og flere af dem kører langt over hastigheden om morgenen, når børnene går til Ishøj Skole. Jeg har selv set det fem morgener i træk.

2. Der er ikke sat lys op ved afspærringen ved Torslundevej, og i mørke ser man den først meget sent. Min nabo var tæt på at køre ind i den i tirsdags.

3. Bus 128 er omlagt uden at stoppestedet ved Tranegilde er flyttet, så man står ved et skilt, hvor der ikke kommer nogen bus. Det har kostet mig en hel dags arbejde, fordi jeg ikke kunne nå frem til jobcentrets kursus, som jeg er forpligtet til at deltage i som kontanthjælpsmodtager, og nu har jeg fået en sanktion, som jeg må klage over separat.

Jeg beder om, at der bliver sat hastighedsbegrænsning og kontrol op i landsbyen, at afspærringen bliver belyst, og at Movia får besked om stoppestedet.

Med venlig hilsen
Jesper Hald
Tranegildevej 61
2635 Ishøj

Denne mail er sendt fra en privat computer. Hvis du ikke er den rette modtager, bedes du slette den.
""")

M("", """
Fra: Ida Kornerup <ida.kornerup@gmail.com>
Sendt: 14. januar 2027 21:40
Til: Center for Byudvikling og Natur
Emne: Vejlukning Tranegildevej – tre punkter

Hej

Jeg skriver angående lukningen af Tranegildevej. Tre ting:

1. Omkørslen går gennem Ishøj Landsby, hvor der er skolevej. Lastbilerne kører stærkt om morgenen.
2. Afspærringen ved Torslundevej er ikke belyst.
3. Stoppestedet for bus 128 er ikke flyttet, selvom bussen er omlagt. Jeg så i går en ældre dame, der havde ventet i over en halv time og var helt forfrossen og rystende – hun sagde, hun skulle til lægen, men jeg kendte hende ikke og fik ikke hendes navn.

Jeg håber, I vil se på det hurtigt, og at I får skiltet ordentligt.

Venlig hilsen
Ida Kornerup
""")

M("pt", """
Kære Center for Borger, Økonomi og IT

Vedr. ejendomsskat, opkrævningsnr. 6620041, ejendommen Ishøj Søvej 29.

Jeg har modtaget årets første opkrævning på ejendomsskat og har nogle spørgsmål, som jeg ikke kunne finde svar på i vejledningen:

For det første kan jeg se, at grundskylden er steget med 11 % i forhold til sidste år, selvom den nye vurdering endnu ikke er endelig. Er der tale om en foreløbig opkrævning, og vil jeg få penge tilbage, hvis vurderingen bliver lavere?

For det andet har jeg tilmeldt betalingen til Betalingsservice, men den står stadig som "ikke tilmeldt" i jeres brev. Kan I tjekke, om det er registreret?

For det tredje – og det er grunden til at jeg gerne vil have svar inden februar – så er vi ved at sælge huset. Vi har en køber, der har givet et bud, og vi forhandler om prisen, men der er ikke skrevet under. Vi vil gerne vide, hvordan ejendomsskatten fordeles i refusionsopgørelsen, hvis overtagelsen sker midt i en rateperiode.

Vi flytter hjem til Vietnam, hvor min kone og jeg kommer fra, så vi vil gerne have alt på plads i god tid.

Med venlig hilsen
Nguyen Van Minh
""")

M("", """
Kære Center for Borger, Økonomi og IT

Vedr. ejendomsskat, opkrævningsnr. 6620052.

Grundskylden er steget med 11 % i forhold til sidste år. Er det en foreløbig opkrævning? Og hvordan fordeles ejendomsskatten i refusionsopgørelsen, hvis et hus skifter ejer midt i en rateperiode – i vores tilfælde er handlen gennemført og overtaget 1. december, og både køber og sælger har underskrevet refusionsopgørelsen, men vi er i tvivl om, om opkrævningen er sendt til den rigtige.

Med venlig hilsen
Anne-Sofie Krag
""")

M("hb", """
Kære Ishøj Skole, skoleleder Birgitte Mørch

Tak for et godt skole-hjem-samarbejde det seneste år. Jeg skriver om et par praktiske ting inden skolestart efter sommerferien, hvor vores søn Adam skal begynde i 4.b.

Først: Bogpakken for 3. klasse er afleveret til klasselæreren i juni, og Adam fik ikke nogen kvittering. Kan I bekræfte, at den er modtaget, så vi ikke får en regning?

Dernæst: Adam skal med på klassens tur til Bornholm i september. Han har type 1-diabetes og bruger insulinpumpe, og vi har brug for, at mindst én af de voksne på turen får en kort introduktion. Diabetessygeplejersken fra Hvidovre vil gerne komme ud på skolen og gøre det, hvis I finder en dato.

Til sidst: Vi har bemærket, at klassen skal på besøg i Ishøj Kirke og i moskéen på Ishøj Torv i religionsundervisningen. Det er helt fint med os – vi er selv praktiserende muslimer og synes det er godt, at børnene lærer om hinandens tro.

Med venlig hilsen
Leila og Omar Haddad
""")

M("", """
Kære Ishøj Skole, skoleleder Birgitte Mørch

Tak for et godt år. Et par praktiske ting inden 4. klasse:

1. Bogpakken for 3. klasse er afleveret i juni – kan I bekræfte modtagelsen?
2. Klassens tur til Bornholm i september – hvornår kommer pakkelisten, og er der en forældrebetaling?
3. Vi har bemærket, at klassen skal besøge Ishøj Kirke og moskéen i religionsundervisningen. Er der en samtykkeerklæring, eller er det en del af den almindelige undervisning? Vi har ikke noget imod det, vi vil bare gerne vide, hvordan det er organiseret, og om der er plads til forældre, der vil med som ledsagere.

Med venlig hilsen
Tove og Kenneth Buch
""")

M("u", """
Fra: Allan Mikkelsen
Sendt: 3. marts 2027 11:05
Til: Jobcenter Ishøj, Virksomhedsservice
Emne: SV: SV: Voksenlærling – ansøgning om tilskud

Hej Susanne

Tak for de to svar. Jeg har nu udfyldt skemaet igen med de rigtige datoer, og uddannelsesaftalen er vedhæftet.

Til dit spørgsmål om hvem der er kontaktperson hos os: Det er mig, da jeg både er værkfører og TR for smedene i 3F på værkstedet. Ejeren, Bent, kan også kontaktes, men han er ude på montage det meste af tiden.

Lærlingen starter 1. april, hvis tilskuddet er på plads.

Venlig hilsen
Allan Mikkelsen
Værkfører, Ishøj Smede- og Maskinværksted

>> Kære Allan
>> Tak for ansøgningen. Vi mangler datoer for skoleperioderne og navnet på jeres kontaktperson.
>> Venlig hilsen, Susanne Friis, Virksomhedsservice

> Hej, vedhæftet ansøgning om tilskud til voksenlærling. /Allan
""")

M("", """
Fra: Bent Nørgaard
Sendt: 3. marts 2027 11:05
Til: Jobcenter Ishøj, Virksomhedsservice
Emne: SV: Voksenlærling – ansøgning om tilskud

Hej Susanne

Tak for svaret. Jeg har udfyldt skemaet igen. Lærlingen starter 1. april. Uddannelsesaftalen er indgået efter den overenskomst, der gælder mellem Dansk Industri og CO-industri, og lønnen følger den.

Venlig hilsen
Bent Nørgaard, indehaver

>> Kære Bent, vi mangler datoer for skoleperioderne.
""")

M("s", """
Kære Kultur og Fritid

Vedr. ansøgning om tilskud fra Ishøj Kommunes kulturpulje til "Sommer i Strandparken" 2027.

Vi er tre frivillige, der i fire år har arrangeret en gratis udendørs koncert- og fortælledag i Strandparken for familier. Sidste år kom omkring 400 mennesker. Vi søger 18.000 kr. til scene, lyd og en børneforestilling.

Budget og program er vedhæftet. Vi har som altid aftalt med Vej og Park om affald og toiletvogne.

En lille nyhed i år: Vi vil gerne have en fortælletime med en børnebog om regnbuefamilier, fordi min mand Thomas og jeg selv har to adoptivbørn og oplever, at der er få bøger, der spejler vores familie. Biblioteket har lovet at låne os bøgerne.

Med venlig hilsen
Mikael Juhl
for Sommer i Strandparken
""")

M("", """
Kære Kultur og Fritid

Vedr. ansøgning om tilskud fra kulturpuljen til "Sommer i Strandparken" 2027.

Vi søger 18.000 kr. til scene, lyd og en børneforestilling. Sidste år kom omkring 400 mennesker. Budget og program er vedhæftet.

I år vil vi gerne have en fortælletime om forskellige familieformer – regnbuefamilier, sammenbragte familier og familier med plejebørn – som biblioteket har foreslået. Vi håber, det er i tråd med puljens formål om mangfoldighed.

Med venlig hilsen
Mikkel Juul
for Sommer i Strandparken
""")
