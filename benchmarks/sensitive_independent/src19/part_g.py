"""Part G: long narratives across several administrations, forwarded chains with
disclaimers and HTML leftovers; mostly positives with several categories."""
from common import M

M("tpe", """
Fra: Borgerrådgiveren
Til: Center for Byudvikling og Natur
Emne: VS: Klage - sagsforløb vedr. Ishøj Centervej 8

Til orientering og med anmodning om redegørelse inden for 14 dage.

-----Oprindelig meddelelse-----
Fra: Ayşe Kaya
Sendt: 28. februar 2025 19:20
Til: Borgerrådgiveren

Kære borgerrådgiver

Jeg ejer en lille frisørsalon, og min mand og jeg er kurdere fra Tyrkiet. For et år siden fik vi et tilbud om at købe lokalet, og vi har en betinget købsaftale, som udløber 1. april. Betingelsen er at kommunen godkender skiltning og ombygning.

Forløbet:
• Maj 2024: ansøgning sendt til Byggesag
• August 2024: svar om at sagen var overført til Plan
• Oktober 2024: Plan siger at Erhverv skal udtale sig
• December 2024: Erhverv siger at de aldrig har fået sagen
• Februar 2025: ny sagsbehandler i Byggesag beder om de samme tegninger igen

Vi har lånt penge af familien for at holde forretningen kørende, fordi vi har haft en restance til udlejeren siden efteråret. Hvis handlen falder, mister vi alt.

Med venlig hilsen
Ayşe Kaya
""")

M("hes", """
Til Borgerrådgiveren

Jeg vil gerne fortælle hele forløbet, fordi jeg føler at ingen har overblikket.

I 2022 fik min mand Anders en hjerneskade efter et fald på cyklen. Vi har været gift i 11 år – ja, vi er to mænd – og jeg har været hans primære pårørende hele vejen.

Efter genoptræningen i Glostrup blev han udskrevet til hjemmet med hjemmepleje fire gange dagligt. Efter et halvt år blev det skåret ned til to gange uden at nogen havde besøgt os. Jeg klagede, og Ankestyrelsen gav os medhold. Men kommunen har ikke genoptaget sagen.

Samtidig har jeg selv måttet gå ned i tid, og vi har søgt om tabt arbejdsfortjeneste efter servicelovens § 118. Den ansøgning har ligget i Ydelsescenteret i syv måneder. Jeg er nu sygemeldt med stress.

Jeg har fået svar fra seks forskellige medarbejdere. Ingen ved, hvad de andre har sagt.

Venlig hilsen
Christian Mølgaard
Ishøj Landsby 12
Tlf. 29 33 17 05
""")

M("", """
Fra: Hovedpostkassen
Til: Center for Borger, Økonomi og IT
Emne: VS: VS: VS: Fejl på faktura

Vi har modtaget denne for tredje gang. Kan I svare borgeren direkte?

Fra: Leif Vinther
Sendt: 12. maj 2025

Jeg skriver for TREDJE gang. Faktura nr. 1104250077 for leje af festlokalet i Vildtbanegården er på 3.400 kr, men aftalen var 2.400 kr. Jeg har vedhæftet aftalen igen.

Fra: Leif Vinther
Sendt: 28. april 2025

Se nedenfor.

Fra: Leif Vinther
Sendt: 10. april 2025

Hej. Faktura 1104250077 er forkert. Mvh Leif
""")

M("bu", """
Kære byrådsmedlem

Tak for din tale på 1. maj. Jeg er tillidsrepræsentant i HK Kommunal og medlem af Socialdemokratiet, og jeg vil gerne tage fat i det du sagde om bemandingen i Borgerservice. Jeg kan fortælle at vi er ved at knække nakken.

Kan vi mødes en dag?

Mvh
Anette Juhl
""")

M("ht", """
Fra: Hovedpostkassen <hovedpostkassen@ishoj.dk>
Til: Center for Voksne og Velfærd
Emne: VS: Tolk til lægesamtale

Videresendes til rette afdeling.

Venlig hilsen
Hovedpostkassen

>>> Hej. Min far Ahmad er fra Libanon og taler kun arabisk. Han har fået konstateret prostatakræft og skal have en samtale med kommunens rehabiliteringsteam. Hospitalet havde tolk, men kommunen siger at vi selv skal oversætte. Jeg er 16 og det er ret svært for mig at oversætte om kræft til min far.
>>> Yousef
""")

M("e", """
Til Borgerrådgiveren

Historien er lang. I 2021 blev jeg skilt. Vi aftalte delt bopæl for vores to drenge. I 2023 flyttede min eks til Køge, og drengene flyttede med, men Ishøj Kommune fortsatte med at opkræve mig for SFO, og Køge opkrævede hende. Jeg har betalt dobbelt i 14 måneder.

Da jeg klagede, fik jeg at vide at det var "en sag mellem forældrene". Min eks har nu indgivet sag i Familieretshuset om fuld forældremyndighed, og hun bruger det mod mig, at jeg er i restance til Ishøj Kommune.

Jeg vil have pengene tilbage og en forklaring.

Mvh
Martin Stenkjær
""")

M("", """
[cid:image001.jpg@01DBA93C.1C4F8E70]

Hej

Vi, beboerne i opgang 7 i Gildbroparken, vil gerne klage over at byggeriet ved siden af starter kl. 6 om morgenen. Det står ikke i tilladelsen.

Venligst
Beboerrådet

Ishøj Boligselskab | Gildbroparken 7 | www.ishojbolig.dk
Denne e-mail er scannet for virus.
""")

M("up", """
Fra: Mette Hjorth <mette@hjorth-advokat.dk>
Sendt: 6. maj 2025 10:05
Til: Center for Byudvikling og Natur
Cc: Borgerrådgiveren
Emne: Sag om udstykning - Gildbrovej 28

Kære Center

Jeg repræsenterer min klient, Jens Aagaard, som sælger en del af sin grund på Gildbrovej 28 til naboen. Købsaftalen er underskrevet med forbehold for udstykningstilladelse. Min klient oplyser i øvrigt, at han har søgt juridisk bistand gennem sin fagforening Dansk Metal, som betaler mit honorar, så sagen har været længe undervejs.

Vi anmoder om svar inden 1. juni.

Med venlig hilsen
Mette Hjorth
Advokat (L)

FORTROLIGHED: Denne e-mail er kun til modtageren. Har du modtaget den ved en fejl, bedes du slette den.
""")

M("", """
Hej borgerrådgiveren

Jeg har nu prøvet at komme i kontakt med Center for Voksne og Velfærd i 6 uger om en simpel ting: at få en blanket om ledsagerkort til en bus. Jeg skal bare vide hvor blanketten ligger. Ingen svarer.

Mvh
Ole Borup
""")

M("hb", """
Kære Center for Voksne og Velfærd

Jeg er Jehovas Vidne og har et lægeligt behandlingsønske om ikke at modtage blod. Nu skal jeg opereres for en hoftefraktur, og kommunens genoptræningsplan nævner at "patienten kan have behov for transfusion" – det er ikke jeres beslutning, men jeg vil bare sikre mig at mit ønske står i papirerne.

Venlig hilsen
Grethe Svane
""")

M("te", """
Fra: Elif Şahin
Til: Borgerrådgiveren
Emne: Klage – tolk, boligstøtte, og uhøflighed

Hej

Jeg vil klage over tre ting:

1. Da jeg søgte om boligstøtte i januar, blev jeg bedt om at "tage en dansker med næste gang", fordi medarbejderen ikke gad tale langsomt. Jeg er tyrkisk-født men har boet her i 20 år.
2. Min ansøgning blev afvist uden begrundelse.
3. Da jeg klagede, fik jeg et svar på dårligt engelsk, selvom jeg har skrevet på dansk.

Jeg håber I vil se på det.

Elif Şahin
""")

M("", """
Til byrådet

Jeg har fulgt debatten om borgerrådgiverens årsberetning. Det er bekymrende, at hver tredje henvendelse handler om sagsbehandlingstid. Hvad vil byrådet gøre ved det?

Mvh
Karen Lindstrøm, Ishøj Ældreråd
""")

M("sbhe", """
Kære Lise Dam

Jeg skriver til dig fordi du er den eneste i byrådet der har talt om LGBT+-ældre. Jeg er 78, homoseksuel, og min partner gennem 40 år, Arne, er lige kommet på plejehjem med Alzheimers. Personalet kalder ham "din ven", og jeg får ikke lov at være med til møderne om hans pleje fordi "du er ikke familie". Vi blev registreret partnere i 1990.

Jeg har været medlem af SF siden 70'erne, og jeg har altid stemt på dig.

Med venlig hilsen
Holger Brink
""")

M("eh", """
Til Borgerrådgiveren
Vedr.: Sag om min svigerfar

Svigerfar, Henning Poulsen, cpr [[180133-0115]], bor alene i et hus i Torslunde. Han har KOL og begyndende demens. I efteråret fik han bevilget madservice og rengøring hver anden uge. I december stoppede rengøringen uden varsel. Vi ringede til visitationen, som sagde at den var flyttet til en privat leverandør, men leverandøren kendte ikke noget til ham.

Derudover har han fået et brev om at hans pension skal modregnes, fordi han ikke har oplyst at han har lejet et værelse ud. Det har han aldrig gjort.

Med venlig hilsen
Susanne Poulsen (svigerdatter, fuldmagt vedlagt)
""")

M("", """
Kære Borgerrådgiver

Jeg har et spørgsmål om anonymitet: Hvis jeg klager over en medarbejder, får medarbejderen så at vide at det er mig? Jeg er bange for at det går ud over min sag senere.

Mvh
(vil gerne være anonym)
""")

M("ub", """
Hej Maja Storm

Jeg er kommunalt ansat pædagog, BUPL-medlem og medlem af Enhedslisten ligesom dig. Jeg skriver privat for at fortælle at forældrene i min institution er meget bekymrede over nedskæringerne. Jeg vil gerne invitere dig forbi.

Mvh
Jesper Mørch
""")

M("peh", """
Til Borgerrådgiveren

Vi fik bevilget en ombygning af vores badeværelse, fordi min mand er svært handicappet. Håndværkeren har nu fået at vide af kommunen, at arbejdet skal vente, fordi vi "måske sælger". Men vi har sat huset til salg netop fordi vi ikke kan vente længere – vi har en køber, men hun vil kun købe hvis badeværelset er færdigt eller prisen sættes ned med 150.000. Hvad gør vi?

Min mand har fået tilkendt invalidepension i 2019, og vi har ikke råd til at vente.

Venlig hilsen
Kirsten Damsgaard
""")

M("", """
Hej

Jeg har lige fået besked om at jeres hjemmeside har været nede i weekenden. Jeg prøvede at booke tid i Borgerservice og fik fejl. Har I en anden måde at booke på?

Venlig hilsen
Vibeke
""")

M("st", """
Til Center for Børn og Forebyggelse

Vi er to mødre, Hanne og Fatou, og vores søn Issa på 8 år er den eneste mørke dreng i sin klasse. Han har fået at vide af andre børn at han "ikke kan have to mødre" og at han skal "tage hjem til Afrika". Fatou er fra Senegal. Skolen siger at de arbejder med trivsel, men det bliver ikke bedre.

Vi har fået et skoleskifte anbefalet af PPR. Hvordan søger vi?

Mvh
Hanne Lindqvist
""")

M("", """
Til Ishøj Kommune

Vedr. jeres brev af 14. marts, journalnr. 27.45.12-K09-19-25.

Jeg har ikke modtaget det brev I henviser til. Kan I sende det igen, fysisk, til Ishøj Bygade 71?

Med venlig hilsen
Poul Henningsen
""")

M("uh", """
Hej

Jeg var ansat som SOSU-hjælper i kommunen indtil 2023, hvor jeg fik en arbejdsskade (ryg). Min fagforening FOA hjalp mig med sagen, og Arbejdsmarkedets Erhvervssikring har anerkendt den. Nu skal jeg bruge nogle dokumenter fra kommunen som tidligere arbejdsgiver. Hvor skriver jeg til?

Mvh
Tina Kastberg
""")

M("", """
Fra: Hovedpostkassen
Til: Direktionssekretariatet
Emne: VS: Klage over parkering ved rådhuset

Borger klager over manglende handicapparkering ved rådhusets hovedindgang. Ingen personoplysninger udover navn.

> Der er kun to handicappladser og de er altid optaget af biler uden kort. Hvorfor håndhæver I det ikke?
> Mvh Kim Lysgaard
""")

M("be", """
Til Borgerrådgiveren

Jeg har fået afslag på enkeltydelse til en ny komfur. Sagsbehandleren skrev at jeg "kunne søge hjælp i moskeen, da borgeren er aktiv muslim". Jeg har aldrig talt med hende om min religion. Hun må have set det på min Facebook.

Mvh
Omar Al-Khatib
""")

M("", """
Hej

Kan jeg få en kopi af referatet fra mødet i Social- og Sundhedsudvalget i april? Det er ikke lagt på hjemmesiden endnu.

Mvh
Lisbeth Rahbek
""")

M("hse", """
hey

skriver til jer fordi min kæreste Jonas og jeg (vi er 2 drenge på 19) er flyttet sammen i en ungdomsbolig. han har diabetes type 1 og hans insulinpumpe er gået i stykker og hospitalet siger kommunen skal betale det nye. men vi har ingen penge, vi er begge på uddannelseshjælp.

hvem skal vi ringe til?
Malte
""")

M("", """
Hej

Tak for jeres svar. Jeg vil bare lige rette en misforståelse: jeg bor ikke på Ishøj Stationsvej 12 men 21. Sagsnummeret er 2025-0431.

Mvh
Henrik Dalby
""")

M("tu", """
Til Borgerservice

Jeg er polsk statsborger og elektriker. Jeg er medlem af Dansk El-Forbund, og de siger jeg skal have et bopælsbevis fra kommunen til en sag om min løn. Hvordan får jeg det?

Pozdrawiam,
Paweł Zieliński
""")

M("", """
Til hovedpostkassen

Jeres autosvar siger "vi vender tilbage inden for 10 hverdage". Men hvad sker der i sommerferien? Er det så stadig 10 hverdage?

Venlig hilsen
Jonna
""")

M("bp", """
Kære udvalgsformand

Vi er en lille buddhistisk forening (jeg er selv buddhist og formand) og har en betinget aftale om at købe en nedlagt børnehave på Kærgårdsvej af en privat ejer. Købet afhænger af om lokalplanen tillader at bruge bygningen til meditation og undervisning. Hvornår tager udvalget stilling?

Venlig hilsen
Thomas Dahl
""")

M("", """
Hej

Jeg undrer mig over at jeres brev om fjernvarmeregning kom med posten, når jeg har Digital Post. Det var dobbelt. Det er spild af penge.

Mvh
Erik Steen
""")
