"""Part C: long letters (300+ words) to council members and the citizen advisor, one or more sensitive details in a long practical account."""
from common import M

M("p", """Kære Lars Poulsen

Jeg skriver til dig, fordi du sad ved vores bord til borgermødet i Kulturhuset i september og sagde, at man altid kunne skrive, hvis noget gik i stå. Nu går det i stå, og jeg ved ikke, hvem andre jeg skal spørge.

Min kone Birgitte og jeg har boet på Ishøj Søvej 41 i 31 år. Vi købte huset i 1994, da børnene var små, og vi har selv bygget udestuen og lagt nyt tag i 2009. Huset har været godt for os, men haven er for stor nu, og trapperne er for mange. Derfor satte vi huset til salg hos Home i Ishøj Bycenter i august. Vi fik hurtigt et bud fra en ung familie, Sandra og Mikkel Overgaard, og vi blev enige om en pris. Købsaftalen er underskrevet, men den er betinget af, at kommunen godkender udestuen, fordi køberens advokat har fundet ud af, at der aldrig er givet byggetilladelse til den.

Det var ikke noget, vi vidste. Vi troede, tømreren havde ordnet det dengang. Vi sendte en ansøgning om lovliggørelse den 3. oktober gennem Byg og Miljø, sagsnummer 2025-11892, og har fået en automatisk kvittering, men ellers intet. Købernes advokat har givet os frist til den 1. december. Hvis der ikke foreligger en godkendelse, kan de træde tilbage fra handlen, og så mister vi den lejlighed i Vejleå, som vi selv har givet bud på og som er betinget af, at vores hus bliver solgt.

Jeg forstår godt, at I har mange sager, og jeg beder ikke om særbehandling. Men jeg vil gerne vide, om sagen overhovedet er blevet fordelt til en sagsbehandler, og om der mangler noget fra os. Vi har sendt tegninger, fotos og en erklæring fra tømreren.

Hvis det er nemmere at ringe, er mit nummer 22 45 19 03. Jeg er hjemme det meste af dagen.

Venlig hilsen
Ove Kristensen
Ishøj Søvej 41
2635 Ishøj
""")

M("he", """Til borgerrådgiveren

Jeg har fået at vide af en veninde, at man kan skrive til jer, når man ikke kan finde ud af, hvem i kommunen der har ansvaret. Undskyld hvis det bliver langt, men jeg vil gerne have det hele med, så I ikke skal spørge om det samme som alle de andre.

Jeg hedder Lene Mortensen og bor på Tranegilde Strandvej 17, st. tv. Jeg er 54 år og har arbejdet som kassedame i Netto i Ishøj Bycenter i 19 år. I februar faldt jeg på isen ved stationen og brækkede håndleddet, og det er ikke helet rigtigt. Jeg er blevet opereret to gange på Hvidovre, og lægen siger nu, at jeg skal have en skinne resten af livet og ikke kan løfte mere end et par kilo med højre hånd.

Siden februar har jeg været på sygedagpenge. I august fik jeg et brev om, at sygedagpengene stopper efter revurderingen, og at jeg skal i jobafklaringsforløb. Det er fint nok, jeg vil gerne arbejde igen, men ingen har fortalt mig, hvad det betyder for min økonomi. Jeg ringede til Ydelsescentret tre gange. Første gang blev jeg sat over til Jobcentret, der sagde, at det var Ydelsescentret. Anden gang var der 45 minutters ventetid, og jeg lagde på, fordi jeg skulle hente mit barnebarn. Tredje gang fik jeg at vide, at min sagsbehandler Tina var holdt op, og at sagen ville blive fordelt.

Nu har jeg fået et brev om et møde i rehabiliteringsteamet den 14. november, men brevet er sendt til min gamle adresse på Vildtbanevej, og jeg fik det først i går, fordi min søn tilfældigvis kom forbi der.

Jeg vil gerne klage over, at jeg ikke kan komme igennem, og over at brevet kom til den forkerte adresse, selvom jeg meldte flytning i juni. Jeg vil også gerne vide, hvem der nu er min sagsbehandler.

Jeg kan træffes på 31 90 44 12 efter kl. 10.

Med venlig hilsen
Lene Mortensen
""")

M("ts", """Kære Aisha Khalid

Jeg har fulgt dig i byrådet, siden du talte om ensomhed blandt unge, og jeg tænkte, at du måske forstår, hvad jeg skriver om, uden at jeg skal forklare det hele fra bunden.

Jeg er 23 år og bor hos min moster i Vildtbanegård, fordi jeg ikke kan bo hjemme mere. Min familie er fra Pakistan, og da jeg sidste år fortalte dem, at jeg er homoseksuel, blev det meget svært derhjemme. Jeg vil ikke skrive mere om det her, men jeg er okay, og min moster er god ved mig.

Grunden til at jeg skriver, er egentlig noget mere praktisk. Jeg læser til tømrer på TEC i Hvidovre og har fået en læreplads hos et firma i Greve, men jeg skal have kørekort for at kunne tage med ud på pladserne. Jeg har sparet op selv, men jeg kan ikke få en køretime før om fem måneder hos de to køreskoler i Ishøj, og det rækker ikke, for læremesteren siger, at han så må tage en anden.

Jeg har spurgt i Ungdommens Uddannelsesvejledning, om kommunen har en aftale med en køreskole for elever, men de vidste det ikke. Findes der noget? Og hvis ikke, kunne byrådet så ikke overveje det, for jeg er sikker på, at jeg ikke er den eneste.

Jeg vil også gerne sige, at jeg synes, det var flot, at I hejste regnbueflaget i sommer. Det betød mere for mig, end I tror.

Venlig hilsen
Bilal (efternavn vil jeg helst ikke skrive)
""")

M("bu", """Kære udvalgsformand Jens Brandt

Jeg skriver på vegne af mig selv, men som du ved, er jeg også tillidsrepræsentant for FOA på Ishøj Plejecenter, og jeg har talt med mange kolleger, før jeg skrev det her.

Det handler om vagtplanerne for december. Vi har fået dem så sent, at det er umuligt for forældre at planlægge juleferien. Ledelsen siger, at det skyldes det nye planlægningssystem, og at det bliver bedre næste år, men det sagde de også sidste år. Vi er syv medarbejdere i min gruppe med børn under ti år, og fire af os har endnu ikke fået svar på ønsket om fri den 24.

Jeg ved godt, at udvalget ikke blander sig i vagtplaner, og jeg beder heller ikke om det. Men jeg vil gerne have, at udvalget ved, at det er en af grundene til, at vi mister folk. Tre er stoppet siden sommer, og to af dem sagde direkte, at det var på grund af planlægningen.

Personligt vil jeg også godt sige, at jeg er medlem af Socialdemokratiet og har stemt på dig, og derfor skuffer det mig, at vi ikke har hørt noget fra jer siden budgetforhandlingerne. Jeg håber, du vil tage det op med direktøren.

Vi arrangerer et personalemøde den 2. december kl. 14.30 i kantinen, og du er meget velkommen til at komme og lytte. Der bliver kaffe og kage.

Venlig hilsen
Dorte Friis
Social- og sundhedsassistent, FOA-TR
Ishøj Plejecenter
""")

M("the", """Til borgerrådgiver Susanne Holm

Jeg hedder Olena Kovalenko og kom til Danmark i marts 2022 fra Kharkiv i Ukraine sammen med min søn Maksym, som nu er 11 år. Vi bor i Ishøj, på Ishøj Strandvej 120, 2. th. Jeg skriver på dansk, som jeg har lært på sprogskolen, så undskyld fejl.

Jeg vil klage over, hvordan min sag om hjælp til min søns briller blev behandlet. Maksym har dårligt syn, og optikeren siger, han skal have nye briller hvert år. Jeg har søgt om enkeltydelse to gange, fordi jeg får integrationsydelse og ikke har penge til det. Første gang fik jeg afslag, fordi jeg ikke havde vedlagt tilbud fra optikeren. Det forstod jeg. Anden gang sendte jeg tilbuddet, men fik afslag igen med den begrundelse, at jeg ikke havde vedlagt tilbud. Jeg ringede og fik at vide, at tilbuddet var kommet, men til en anden afdeling.

Jeg synes ikke, det er rimeligt, at jeg skal vente i fire måneder, fordi papirerne ligger det forkerte sted. Maksym kan ikke se tavlen i skolen, og hans lærer på Strandgårdskolen har skrevet til mig om det.

Jeg har også spurgt efter en tolk til et møde i Ydelsescentret, men fik at vide, at jeg talte godt nok dansk. Til daglig gør jeg, men når det er ord som 'hjemmel' og 'partshøring', forstår jeg det ikke. Jeg vil gerne have tolk næste gang.

Mit telefonnummer er 52 18 77 09.

Med venlig hilsen
Olena Kovalenko
""")

M("es", """Kære borgmester

Jeg har tænkt længe over, om jeg skulle skrive, for jeg er ikke typen, der klager. Men nu har jeg prøvet alt andet.

Min mand Torben og jeg har været gift i 12 år og har boet i Ishøj i 8. Vi har en plejesøn, Elias, på 9 år, som har boet hos os siden han var to. Han er anbragt hos os af Københavns Kommune, men han går i skole her i Ishøj, på Vejleåskolen, og det er det, jeg skriver om.

Elias har brug for en støttepædagog nogle timer om ugen. Det har han haft i tre år, og det har virket. Nu har skolen sagt, at timerne bliver skåret fra nytår, fordi der er ændret på, hvordan pengene fordeles. Vi har spurgt skolen, hvem der har besluttet det, og fået at vide, at det er en politisk beslutning. Vi har spurgt Københavns Kommune, som siger, at det er Ishøjs ansvar, fordi han går i skole her.

Jeg forstår ikke, hvem der skal betale, og jeg vil bare gerne have, at nogen tager en beslutning. Det er ikke rimeligt, at en dreng på 9 år skal være den, der betaler for, at to kommuner ikke kan finde ud af det.

Jeg vil også sige, at vi er blevet mødt rigtig godt af lærerne. Det er ikke dem, der er problemet. Det er systemet.

Kan du hjælpe med at finde ud af, hvem der har ansvaret? Vi vil gerne have et møde.

Venlig hilsen
Rasmus Egholm
Gildbrovej 8
2635 Ishøj
""")

M("pt", """Kære Henrik Madsen

Jeg skriver til dig som formand for Teknik- og Miljøudvalget, fordi vi er gået i stå med en sag, og jeg er bange for, at vi mister et hus, vi har drømt om i mange år.

Min mand Ahmet og jeg er begge født i Danmark, men vores forældre kom fra Tyrkiet i 1970'erne og arbejdede på fabrikkerne i Albertslund. Vi har altid boet til leje i Vildtbanegård, og nu har vi endelig sparet op til en udbetaling. Vi har givet bud på et rækkehus på Tranegilde Strandvej 55, og sælgeren har accepteret, men handlen er ikke på plads endnu, fordi banken venter på en ting fra kommunen.

Problemet er, at der i tingbogen står en deklaration om, at der ikke må være erhverv i huset, og min mand har et lille regnskabsfirma, som han driver hjemmefra. Banken vil vide, om kommunen vil give dispensation, før de giver endeligt lånetilsagn. Vi har skrevet til kommunen den 10. oktober og igen den 28. oktober, men har ikke fået andet end automatisk svar.

Jeg vil sige, at vi har fået en sætning fra en medarbejder i telefonen, der gjorde mig ked af det: 'Folk som jer plejer at bo i lejlighederne.' Jeg ved ikke, om det var ment, som det lød, men det har siddet i mig. Jeg vil ikke klage over personen lige nu, jeg vil bare have svar på sagen.

Fristen i købsaftalen er den 15. december. Hvis vi ikke har svar inden, kan sælger vælge en anden køber.

Venlig hilsen
Elif Yılmaz
Vildtbanegård 12, 3. tv.
""")

M("hb", """Til byrådsmedlem Per Sørensen

Jeg skriver om parkeringsforholdene ved Ishøj Sundhedshus, for det er blevet umuligt, og jeg har fået at vide, at du har været med til at beslutte den nye ordning.

Jeg er 71 år og kører selv, men jeg har dårlige knæ og venter på ny knæ i højre side. Jeg skal til genoptræning to gange om ugen hos fysioterapeuten i Sundhedshuset, og siden I lavede de fire handicappladser om til el-ladepladser, har jeg ikke kunnet parkere nærmere end ved Bycentret. Det er 400 meter, og det kan jeg ikke gå uden pauser.

Jeg har talt med andre i venteværelset, og det er ikke kun mig. Der sidder folk med krykker og rollator, der skal gå hele vejen. Det kan ikke være meningen.

Jeg er ikke typen, der skriver til politikere. Men jeg har været medlem af Det Konservative Folkeparti i 40 år, og jeg har altid stemt konservativt her i Ishøj, så jeg synes, jeg kan forvente, at I lytter til os ældre.

Kan I ikke bare lave to af pladserne om igen? Det er da ikke så svært.

Venlig hilsen
Erling Kjær
Ishøj Landsby 14
""")

M("eu", """Hej Camilla

Vi mødtes til vælgermødet på biblioteket, og du sagde, at jeg bare kunne skrive. Det gør jeg så nu.

Jeg blev fyret fra lageret i Brøndby i august sammen med 40 andre, da firmaet flyttede til Polen. Jeg har været i 3F i 20 år og deres a-kasse, så dagpengene kom hurtigt nok, men nu er problemet Jobcentret. Jeg har været til samtale to gange, og begge gange er jeg blevet sat til at søge jobs som kontorassistent, som jeg aldrig har lavet og ikke kan. Jeg er truckfører. Jeg har certifikat og 22 års erfaring.

Jeg spurgte, om jeg kunne få et kursus i de nye lagersystemer, for det er det, de fleste firmaer beder om nu. Svaret var, at det ikke var 'i min plan'. Når jeg spørger, hvem der laver planen, er svaret, at det gør vi sammen. Men vi har ikke lavet den sammen.

Min 3F-konsulent Jesper siger, at andre kommuner godt giver kurset. Jeg forstår ikke, hvorfor Ishøj ikke gør.

Jeg vil ikke klage over min sagsbehandler, hun er sød nok, men jeg tror, hun har for mange sager. Jeg vil gerne have, at nogen i byrådet ser på, om der er noget galt med, hvordan Jobcentret laver planerne.

Min næste samtale er den 19. november kl. 9.

Mvh
Kenneth Brandt
Ishøj Strandvej 88, 1. mf.
Tlf. 28 41 55 63
""")

M("s", """Kære Maria Holm, borgerrådgiver

Jeg vil gerne klage over en oplevelse i borgerservice i sidste uge. Jeg ved ikke, om det hører under jer, men jeg fik at vide af receptionen på rådhuset, at det gjorde.

Min kone Signe og jeg kom for at få pas til vores datter, Alma, som er 3 år. Vi havde bestilt tid og havde alle papirer med: fødselsattest, den gamle pas og billeder fra fotografen. Medarbejderen bad om at tale med 'faderen', og da vi sagde, at Signe er medmor og står på fødselsattesten, sagde hun, at det skulle hun lige undersøge. Hun gik ud i 20 minutter, og da hun kom tilbage, sagde hun, at det var i orden, men at hun 'ikke var vant til sådan noget'.

Jeg ved godt, at det sikkert ikke var ondt ment. Men vi blev stående ved skranken med en træt treårig og folk bag os i køen, der kunne høre det hele. Det var ydmygende, og det er ikke første gang, vi har oplevet det i Ishøj.

Jeg vil gerne have, at I tager det op med borgerservice, så de ved, hvordan man behandler regnbuefamilier. Vi er ikke de eneste i kommunen.

Jeg vil ikke have, at medarbejderen får en advarsel. Jeg vil bare have, at det ikke sker for andre.

Venlig hilsen
Katrine Lund
Strandparksvej 9
""")
