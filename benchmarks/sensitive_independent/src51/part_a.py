"""corpus51 part A: older people, their relatives, home care and home nursing."""
from common import M

M("he", """Kære borgmester

Min mor, Inger Holm, er 87 og bor alene på Vejleåvej. Hun faldt i køkkenet i sidste uge og brækkede hoften, og nu ligger hun på Hvidovre Hospital. Lægerne siger hun kan komme hjem om en uges tid, men hun kan ikke klare sig uden hjælp. Vi har søgt om hjemmehjælp morgen og aften, men visitationen siger de først kan komme ud og vurdere hende efter udskrivelsen.

Kan det virkelig passe at hun skal hjem til en tom lejlighed?

Venlig hilsen
Birgitte Holm (datter)""")

M("h", """Hej

Hjemmesygeplejersken kommer hos min far hver tirsdag og skifter forbinding på hans ben (han har et sår der ikke vil hele pga sukkersygen). I denne uge kom der ingen og ingen ringede. Hvem skal jeg kontakte?

mvh Kasper""")

M("", """Til Center for Voksne og Velfærd

Hvornår er der infomøde om de nye regler for visitation til hjemmehjælp? Vores pensionistforening vil gerne sende et par medlemmer af bestyrelsen.

Med venlig hilsen
Ishøj Pensionistforening, Bent Aagaard, formand""")

M("e", """Til borgerrådgiveren

Jeg vil gerne klage over at min rengøringshjælp er skåret ned fra hver uge til hver anden uge uden at nogen har talt med mig først. Jeg fik bare et brev. Jeg er 81 og kan ikke selv støvsuge.

Mvh
Karen Sørensen
Gildbrovej""")

M("he", """Til udvalgsformanden for Social- og Sundhedsudvalget

Min svigerfar har Alzheimers og har boet på Plejecenter Ishøjhus i to år. Siden sommer har der manglet personale om natten, og to gange er han fundet på gangen kl. 3 uden tøj på. Vi er bange for at han falder.

Jeg ved godt at du ikke kan behandle hans sag, men jeg vil gerne have at udvalget kender til det.

Mvh Søren Lund""")

M("", """Hej Hovedpostkassen

Jeg er uddannet social- og sundhedsassistent og har set at I søger folk til aftenvagter i hjemmeplejen. Hvem skal ansøgningen sendes til?

Venlig hilsen
Mette Kristiansen""")

M("he", """Kære Borgerrådgiver,

Jeg skriver på vegne af min mor, Ruth Frandsen, cpr [[130238-1446]], som jeg har fuldmagt til. Hun fik i foråret afslag på plejebolig, selv om hun har svær KOL og bruger ilt døgnet rundt. Hun er faldet tre gange siden jul.

Sagsbehandleren har ikke svaret på to mails. Jeg vil gerne vide hvordan vi klager.

Venlig hilsen
Jette Frandsen""")

M("h", """hej jeg er lige kommet hjem fra Herlev efter en blodprop i hjertet og skal på hjerterehabilitering. lægen sagde at kommunen sender en indkaldelse men jeg har ikke hørt noget. hvornår starter holdet? / Ole""")

M("", """Hej

Er det rigtigt at hospitalsbussen til Hvidovre ikke kører mere fra Ishøj Bycenter i weekenden? Jeg kører som frivillig for Ældre Sagen og vil gerne kunne sige det rigtige til folk.

Hilsen Poul""")

M("he", """Kære Ulla (byrådsmedlem)

Tak for sidst til borgermødet. Som lovet skriver jeg om min mand Erik. Han fik en hjerneblødning i marts og sidder nu i kørestol. Vi ansøgte om en trappelift i maj og har stadig ikke fået svar. Han har ikke været udenfor døren i tre måneder fordi vi bor på 2. sal.

Kan du ikke hjælpe os med at finde ud af hvor sagen ligger?

Kærlig hilsen
Lone Mikkelsen""")

M("e", """Til direktionsassistenten

Min far flyttede på plejehjem i september og huslejen er blevet trukket to gange i oktober. Han har kun sin folkepension og der er ikke penge til den slags. Hvem i kommunen kan rette det?

Mvh Jørgen Vestergaard""")

M("h", """Hej

Min nabo, fru Hansen i nr. 14, er indlagt igen efter et fald. Jeg passer hendes kat. Skal jeg give besked til nogen i kommunen om at hun ikke er hjemme, så hjemmeplejen ikke kører forgæves? Jeg ved ikke om hun har hjemmepleje, men der har holdt en hvid bil derude.

Venlig hilsen
Anni fra nr. 16""")

M("", """Til Sundhedshuset

Hvad er åbningstiderne for blodprøvetagning i julen? Og skal man bestille tid eller kan man bare møde op?

Mvh. G. Nielsen""")

M("heu", """Hej borgmester

Jeg er social- og sundhedshjælper i hjemmeplejen og har været FOA-medlem i 22 år. Jeg skriver som pårørende, ikke som ansat: min egen mor får hjælp fra et andet distrikt og har fået ny medicin mod sin parkinson, som ingen har sat ind i doseringsæsken i fem dage. Jeg har selv måttet køre derud hver aften.

Jeg tør ikke sige det på arbejdet.

Mvh
Hanne""")

M("he", """Kære borgerrådgiver

Min bror Tommy er 64 og har været alkoholiker i mange år. Nu er han blevet så dårlig at han ikke kan passe sig selv, og hjemmeplejen har sagt at de ikke vil komme mere fordi lejligheden er for beskidt. Hvad gør vi? Han har ingen andre end mig.

Vh Jens""")

M("", """Hej

Jeg vil gerne høre om kommunen stadig giver gratis influenzavaccine til folk over 65, og om man skal til egen læge eller kan få den på apoteket i Ishøj Bycenter.

Tak
Bodil""")

M("he", """Vedr. min far Knud Rasmussen [[0503341127]]

Han er blevet udskrevet fra Glostrup med en kateter og skal have hjemmesygepleje hver dag, og han har også fået bevilget hjemmehjælp til bad to gange om ugen. I dag kom ingen af dem. Han sidder i sin stol og har ikke fået morgenmad.

Ring til mig på 28 44 19 06.

Susanne Rasmussen""")

M("e", """Til Social- og Sundhedsudvalgets formand

Jeg har søgt om madordning fordi jeg er alene nu og ikke får lavet ordentlig mad, men maden smager af ingenting og kommer kl. 10 om formiddagen. Er der ikke noget at gøre ved det?

Mvh
Aase Kjær, 84 år""")

M("", """Hej

Jeg arbejder som sygeplejerske på Glostrup og bor i Ishøj. Jeg vil høre om kommunen har en ordning med p-plads til hjemmeplejens biler ved Strandgårdsparken, for de holder altid i vores gæstepladser.

Mvh Camilla""")

M("heb", """Kære Tina

Min mor ligger for døden på Plejecenter Kastanjehaven. Hun er katolik og har bedt om at få besøg af en præst fra Sankt Mikaels kirke, men personalet siger de ikke kan arrangere det. Kan du hjælpe?

Mvh
Teresa Nowak""")

M("h", """hejsa. min oldefar fyldte 100 i går og har lige fået konstateret demens men vi synes stadig han er skarp som en kniv når vi spiller kort. kan man få besøg af borgmesteren når man bliver 100? det var en tradition før. /Mikkel""")

M("", """Kære borgmester

Ishøj Ældreråd vil gerne invitere dig til vores årsmøde den 14. marts kl. 14 på Ishøj Rådhus. Temaet er "Fremtidens hjemmepleje", og vi har en oplægsholder fra Ældre Sagen.

Venlig hilsen
Ishøj Ældreråd""")

M("he", """Hej

Jeg er 58 år og har haft sklerose i 15 år. Jeg har søgt om en el-scooter fra kommunen fordi jeg ikke længere kan gå til indkøb. Ergoterapeuten var ude i august. Nu siger de at der er 16 ugers ventetid. Er det ikke lang tid?

Mvh
Birthe Lauritsen
Ishøj Strandvej""")

M("he", """Til hovedpostkassen

Kopi af mail sendt til byrådsmedlem Jesper Andersen, som bad mig sende den her.

-----Oprindelig meddelelse-----
Fra: Grethe Poulsen
Sendt: 3. november
Til: Jesper Andersen
Emne: Min mand

Hej Jesper. Min mand Arne, cpr. [[111135-0983]], kom hjem fra Hvidovre i fredags efter sin anden blodprop i hjernen. Han kan ikke selv komme ud af sengen. Vi har fået en plejeseng fra hjælpemiddeldepotet men ingen lift, og jeg kan ikke løfte ham alene. Jeg er selv 86.

Grethe""")

M("h", """Til Center for Voksne og Velfærd

Min kone Helle fik en hofteprotese i sidste måned. Hun træner derhjemme, men fysioterapeuten fra kommunens genoptræning har aflyst to gange. Kan man få en fast dag?

Mvh Frank""")

M("e", """Kære borgerrådgiver

Jeg ønsker at være anonym.

Min nabo er en ældre dame som får hjemmepleje. Jeg har flere gange set at hjælperne kun er der i fem minutter og kører igen. Hun er for stolt til at klage selv. Kan I gøre noget uden at sige det er mig der har skrevet?""")

M("", """Hej

Hvilke busser kører til Glostrup Hospital fra Ishøj Station? Jeg har fået job i kantinen derude og har ingen bil.

Venlig hilsen
Henrik""")

M("he", """Hej,

jeg skriver for min mormor. hun har grå stær på begge øjne og er ved at blive blind, og hun er bange for at hun ikke kan blive i sit hus. hun får allerede hjælp til indkøb fra kommunen. kan hun få en der læser hendes breve op? hun kan ikke se Digital Post.

Tak
Sara""")

M("hu", """Til Borgmester

Jeg er tillidsrepræsentant for sygeplejerskerne i hjemmesygeplejen (DSR) og skriver på egne vegne. Jeg har været sygemeldt med stress i seks uger, og jeg er ikke den eneste. Arbejdspresset er urimeligt og det går ud over borgerne.

Venlig hilsen
Maria Toft""")

M("he", """Kære formand for Ældre- og Sundhedsudvalget

Vores far, Bjarne, 91, fik afslag på en plads på plejehjem i sommer. Siden har han været indlagt fire gange med lungebetændelse fordi han ikke kan huske at drikke. Hver gang bliver han udskrevet til en tom lejlighed igen.

Vi tre søskende er udmattede. Vi beder jer se på sagen igen.

På vegne af familien
Lotte Birk""")

M("", """Hej

Jeg har ryddet kælder og har en rollator og en badestol, som jeg købte på et loppemarked til en skuespilforestilling. Tager kommunens hjælpemiddeldepot imod den slags, eller skal jeg give det til Røde Kors?

Mvh Kirsten""")

M("h", """hej har fået konstateret brystkræft og skal starte kemo på mandag. kan jeg få hjælp til at komme til Herlev? har ingen bil og min søn bor i Aarhus. / Dorte""")

M("e", """Til hovedpostkassen

Jeg er 77 og har fået folkepension i 10 år. Nu har Udbetaling Danmark skrevet at jeg skal betale 14.000 kr. tilbage i ældrecheck. Kan kommunen hjælpe mig med at forstå hvorfor?

Mvh Jytte Larsen""")

M("het", """Hej

Min far er fra Tyrkiet og taler ikke godt dansk. Han har fået stomi efter en operation for tarmkræft og hjemmesygeplejersken skal lære ham at skifte posen, men hun taler kun dansk og han forstår ikke noget. Kan der komme en tolk med? Han har også hjemmehjælp, men det fungerer fint.

Venlig hilsen
Ayse""")

M("", """Til Social- og Sundhedsudvalget

Vi er en gruppe pårørende der har startet en indsamling til Alzheimerforeningen ved juletræstændingen på Ishøj Torv. Må vi stå med en bøsse ved indgangen til rådhuset?

Mvh Pårørendegruppen""")

M("he", """Kære borgmester Merete

Min kone er død i august efter lang tids kræftsygdom. Nu er jeg alene og har selv fået nyresvigt, så jeg skal i dialyse tre gange om ugen. Kommunen har afslået kørsel, fordi jeg "bor tæt på stationen". Jeg er 82 og kan ikke gå 800 meter efter fire timers dialyse.

Venlig hilsen
Holger Petersen""")

M("h", """Hej

Jeg har fået brev om at jeg skal have en ny blodprøve i Sundhedshuset pga. mit høje blodsukker, men brevet er sendt til min gamle adresse. Mit cpr er [[220761 3318]]. Kan I rette adressen?

Mvh Klaus""")

M("e", """Til borgerrådgiveren

Min mor bor på Plejecenter Vejleå og har fået en ny kontaktperson for tredje gang på et halvt år. Hun ved ikke længere hvem hun skal sige det til når noget er galt. Det er ikke i orden.

Med venlig hilsen
Per Skov""")

M("hes", """Dear Mayor,

I'm writing on behalf of my husband, Daniel, who I married in Copenhagen last year. Daniel was diagnosed with early onset dementia at 61. We live in Ishøj. The home help (hjemmehjælp) assessment said he does not qualify because I, his husband, can do the cleaning. I work full time. Is this really the rule?

Kind regards,
Michael Brandt""")

M("h", """Til Center for Voksne og Velfærd

Jeg har et spørgsmål om min søster, Lis. Hun er udviklingshæmmet og bor i egen lejlighed. Hun har fået diabetes og skal have insulin, og jeg er bekymret for om hun kan finde ud af det selv. Hvem taler jeg med?

Mvh Annette""")

M("he", """Kære formand

Jeg er 69 og passer min mand, der har parkinson og er blevet meget forvirret. Jeg søgte om aflastning i dagcenteret to dage om ugen, så jeg kan få sovet. Svaret var nej. Jeg kan ikke mere.

Tove""")

M("he", """Hej Hovedpostkassen

Vedhæftet er fuldmagt fra min far, Leif Mortensen, personnr.[[260429–1103]]. Han har fået bevilget nødkald, men det virker ikke når han er i badeværelset. I sidste uge faldt han derude og lå i tre timer. Han har epilepsi og det kan ske igen.

Med venlig hilsen
Tina Mortensen""")

M("e", """hej, jeg vil klage over at min mors hjemmehjælp kommer kl 7 om morgenen for at hjælpe hende i seng om aftenen. nej undskyld, det var omvendt, de kommer kl 18 for at hjælpe hende i seng. hun er 90 og vil ikke sove kl 18. kan det laves om. / Lars""")

M("h", """Kære borgerrådgiver

Jeg har været indlagt på psykiatrisk afdeling i Glostrup i fire uger med en depression. Da jeg kom hjem, havde kommunen lukket min sag om genoptræning efter mit knæ fordi jeg "ikke var mødt op". Jeg var jo indlagt. Kan det passe?

Mvh Henriette""")

M("", """Til Ældre- og Sundhedsudvalget

Hvor mange borgere i Ishøj får i dag hjemmehjælp, og hvor mange af dem er over 80? Jeg skriver en opgave på sosu-skolen om ældreplejen i Vestegnen.

Venlig hilsen
Amalie, sosu-elev""")
