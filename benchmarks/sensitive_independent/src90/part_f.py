"""corpus90 part F: belief in money, housing and business matters (faith, practice,
religious office, party membership, convictions); church times, policy opinions and
faith bodies writing as such as negatives."""
from common import M

M("be", """
Til Borgerservice

Jeg er muslim og må ikke betale renter. Kan jeg få en afdragsordning på min restskat
uden renter, eller er der en anden løsning? Jeg vil gerne betale, men jeg vil ikke
bryde min tro. Beløbet er 9.700 kr.

Med venlig hilsen
Omar Haddad
""")

M("", """
Hej

Hvornår er der gudstjeneste i Ishøj Kirke juleaften? Og er der parkering ved kirken?

Mvh Inge
""")

M("bpt", """
Til Center for Byudvikling og Natur

Vi er en familie, der har budt på huset på Tranegilde Strandvej 14. Vi er ortodokse
jøder og skal kunne gå til synagoge om lørdagen, så vi har brug for at vide om der
kommer en cykelsti langs vejen, så vi kan gå sikkert med børnene. Vores bud udløber
på fredag.

Med venlig hilsen
David og Miriam Levin
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi er menighedsrådet ved Torslunde Kirke og søger om tilskud til udskiftning af
kirkens varmeanlæg, da udgiften er 480.000 kr.

Med venlig hilsen
Menighedsrådet, formand Karen Lykke
""")

M("be", """
hej jeg er Jehovas Vidne og har fået afslag på kontanthjælp fordi jeg ikke ville tage
et job i en butik der sælger julepynt og pynter til jul. jeg vil gerne arbejde bare ikke
med jul. er det rimeligt?
Sarah
""")

M("b", """
Kære Jonas

Som medlem af Enhedslisten i Ishøj vil jeg gerne opfordre dig til at stemme imod
salget af kommunens grunde ved havnen til private investorer. Det er fællesskabets
jord.

Kammeratlig hilsen
Troels Vinther
""")

M("", """
Kære Jonas

Jeg synes det er forkert at sælge grundene ved havnen. Ishøj har brug for grønne
områder, ikke flere hoteller. Stem imod.

Mvh Birthe Holm
""")

M("be", """
Til Center for Borger, Økonomi og IT

Min søn skal konfirmeres i maj, og jeg har ikke råd til tøj og fest. Jeg er på
kontanthjælp. Kan jeg søge om enkeltydelse til konfirmationen?

Med venlig hilsen
Louise Frandsen
""")

M("b", """
Subject: Prayer room at work - municipal job

Hello,

I am a practising Muslim and I will start as a cleaner at the town hall in January. Is
there a quiet room where I can pray during my break? I would like to ask before I start.

Kind regards,
Abdirahman Yusuf
""")

M("", """
Til Center for Borger, Økonomi og IT

Hvordan melder man sig ud af folkekirken, og sparer man så kirkeskatten fra næste
måned? Jeg spørger for min svigerfar, som overvejer det.

Mvh Jens
""")

M("bp", """
Kære borgmester

Jeg er imam i Ishøj Moské og skriver om vores andelsbolig på Ishøj Strandvej, som jeg
skal sælge, fordi jeg flytter til Odense. Andelsforeningen siger at kommunen skal
godkende prisen. Der er en køber. Kan I fremskynde det?

Med venlig hilsen
Imam Mustafa Karaca
""")

M("", """
Hej

Serverer kantinen på rådhuset halalmad? Vi er et firma der skal holde møde der for
30 personer og vil gerne bestille frokost.

Mvh Lotte, Nordic Events
""")

M("b", """
Til Teknik- og Miljøudvalget

Jeg er veganer af etiske grunde og vil gerne spørge, om kommunens udlejning af jord
til kvægdrift ved Tranegilde kan stoppes, når kontrakten udløber. Jeg synes ikke
kommunen skal tjene penge på dyrehold.

Med venlig hilsen
Anna Mikkelsen
""")

M("be", """
Kære Ulla

Jeg er aktiv i Socialdemokratiet og har altid troet på at man skal klare sig selv.
Men nu er jeg selv blevet ledig og har fået at vide at jeg skal på et kursus om at
skrive CV. Jeg har arbejdet i 30 år. Er det virkelig nødvendigt?

Hilsen
Bent Rasmussen
""")

M("", """
Til byrådet

Som borger i Ishøj mener jeg, at ejendomsskatten er alt for høj i forhold til
nabokommunerne. Sænk den, så flere har råd til at bo her.

Med venlig hilsen
Palle Winkel
""")

M("b", """
Til Center for Byudvikling og Natur

Jeg er buddhist og vil gerne bygge et lille meditationshus i haven (ca. 10 m2). Kræver
det byggetilladelse?

Mvh Henrik Dahl, Ishøj Landsby
""")

M("b", """
Kære Kirsten

Jeg stemte på dig sidst, og jeg er skuffet over at du stemte for højere
renovationsgebyr. Jeg er pensionist og hver krone tæller. Næste gang må jeg nok stemme
på en anden.

Mvh Jytte Lund
""")

M("", """
Til Kultur- og Fritidsudvalget

Kan moskeen i Ishøj få lov at holde eid-fest i idrætshallen til sommer, som den gjorde
sidste år? Jeg skriver for foreningen.

Venlig hilsen
Bestyrelsen for Ishøj Muslimske Kulturforening
""")

M("be", """
Til Jobcenter Ishøj

Jeg er på dagpenge og har fået tilbudt et job i et slagteri. Jeg er hindu og
vegetar af religiøse grunde og kan ikke arbejde med oksekød. Kan jeg sige nej uden at
miste mine dagpenge?

Med venlig hilsen
Rajesh Kumar
""")

M("", """
Hej

Hvad koster det at leje festsalen på Ishøj Rådhus til en konfirmation? Vi er 60
personer.

Mvh Birgit
""")

M("bu", """
Til Social- og Arbejdsmarkedsudvalget

Vi er en gruppe sygeplejersker i DSR, flere af os er medlemmer af Alternativet, og vi vil
gerne have at udvalget drøfter, om kommunen kan støtte en boligordning for nyuddannede
sundhedspersoner. Vi kan ikke finde boliger vi har råd til.

Med venlig hilsen
Karoline Moesgaard på vegne af gruppen
""")

M("b", """
Kære Jens

Tak for svaret på mit spørgsmål om skatteprocenten. Jeg er selv medlem af Venstre, men
jeg synes faktisk jeres forslag om at sænke dækningsafgiften for erhverv er for dyrt.

Mvh Kurt Brandt
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har fået en faktura fra kommunen for leje af Ishøj Kirkes parkeringsplads til et
arrangement? Vi har aldrig lejet den. Fakturanr. 0903122250.

Mvh Tove
""")

M("be", """
Til Center for Voksne og Velfærd

Min far er katolik og bor på plejecentret Ishøjhus. Han vil meget gerne have besøg af
en katolsk præst til jul, men personalet siger, at de ikke kan hjælpe med det. Han
kan ikke selv ringe. Kan I hjælpe?

Venlig hilsen
Maria Kowalczyk
""")

M("b", """
hej jeg har tørklæde og har været til jobsamtale hos en butik i bycentret. de sagde
direkte at de ikke ansætter med tørklæde. kan kommunen gøre noget, de er jo lejere i
jeres center??
Aisha
""")

M("", """
Til borgerrådgiveren

Hvordan klager man over kirkeskat? Jeg er blevet opkrævet, selvom jeg har meldt mig
ud i juni.

Mvh Lars
""")

M("bp", """
Til Økonomiudvalget

På vegne af Ishøj Baptistmenighed, hvor jeg er forstander og har været medlem i 25 år,
bekræfter jeg vores bud på 1,2 mio. kr. for den tidligere børnehave på Kirkebjerg
Allé. Vi vil bruge bygningen til kirke.

Med venlig hilsen
Peter Krogh, forstander
""")

M("bt", """
Subject: Election - can I vote?

Hi,

I'm a member of the Danish Social Liberal Party (Radikale) although I'm a German
citizen. Can I vote in the municipal election and can I stand as a candidate in Ishøj?

Thanks,
Katharina Vogel
""")


M("be", """
Kære borgerrådgiver

Jeg er pacifist og nægtede at tage et job hos en virksomhed der laver dele til
militærfly. Jobcentret har nu sanktioneret min kontanthjælp. Jeg synes ikke man skal
straffes for sin samvittighed.

Med venlig hilsen
Mikkel Sand
""")

M("b", """
Til Center for Byudvikling og Natur

Vi fejrer Diwali med familien den 1. november og vil gerne have lov at tænde lys og
lidt fyrværkeri i haven. Kræver det tilladelse i Ishøj?

Mvh Priya Shah
""")

M("", """
Hej

Kan kommunens erhvervsråd hjælpe et kristent forlag med at finde lokaler? Vi er et ApS
med 5 ansatte.

Mvh Jonathan Holm, direktør, Lys Forlag ApS
""")

M("be", """
Kære Center for Borger, Økonomi og IT

Min mor, som er ateist, døde i oktober og ønskede ingen kirkelig begravelse. Hun havde
ingen penge, og vi har søgt om begravelseshjælp. Nu siger I at vi skal betale
urnenedsættelsen selv. Hun ville ikke have en præst, så ceremonien var borgerlig. Hvorfor
dækker hjælpen ikke det?

Med venlig hilsen
Kim Stenholt
""")

M("", """
Til Kultur- og Fritidsudvalget

Jeg mener at kommunen skal lade være med at støtte religiøse foreninger med lokaler.
Religion er en privatsag.

Mvh Lis Mogensen
""")

M("b", """
Til Erhvervsservice

Jeg driver en kosher-cateringforretning fra mit hjem og holder selv kosher. Må jeg
have en lille skiltning ved indkørslen? Jeg har CVR.

Mvh Ruth Salomonsen
""")

M("bt", """
Hej

Jeg er jøde og har en lille guldsmedebutik i Ishøj Bycenter. I sidste uge blev der
malet hagekors på min dør. Politiet er orienteret. Kan kommunen betale for
rengøringen, eller skal jeg selv?

Mvh Benjamin Adler
""")


M("be", """
Til borgmesteren

Jeg er sikh og bærer turban. Jeg har kørt taxa i 15 år, men har mistet min
tilladelse, fordi jeg fik en bøde for at køre for hurtigt tre gange. Nu har jeg ingen
indkomst. Er der noget kommunen kan gøre?

Mvh Harpreet Singh
""")

M("b", """
Kære Ole

Jeg er medlem af Dansk Folkeparti i Ishøj og vil gerne klage over at kommunen har købt
boliger til flygtninge i Vejleå. Hvorfor informerede I ikke borgerne?

Mvh Jørgen Bech
""")

M("", """
Hej

Sælger kommunen præstegården i Torslunde? Jeg har set den står tom.

Mvh Annelise
""")

M("b", """
Kære Lise

Vi fejrer eid med hele familien og har brug for et stort lokale til 120 personer. Kan
vi leje gymnastiksalen på Vejleå Skole?

Mvh Fatima Ali
""")

M("b", """
Til Center for Borger, Økonomi og IT

Jeg er medlem af Humanistisk Samfund og ønsker ikke at betale kirkeskat. Jeg har meldt
mig ud af folkekirken i 2024. Hvorfor står der stadig kirkeskat på min forskudsopgørelse?

Mvh Anders Friis
""")

M("bh", """
Kære Lise

Jeg er Jehovas Vidne og tager ikke imod blodtransfusioner. Jeg skal opereres i
januar, og jeg er bekymret for, om kommunens hjemmesygepleje respekterer det bagefter.

Venlig hilsen
Ruth Mikkelsen
""")

M("bu", """
Til byrådet

Som aktiv i Enhedslisten og medlem af 3F vil jeg protestere mod udliciteringen af
kommunens vejarbejde. Jeg har selv arbejdet i branchen i 20 år.

Mvh Kim Sandberg
""")

M("b", """
Hej

Jeg er katolsk præst i Sankt Mariæ Menighed og vil gerne vide, om vi kan leje
rådhushallen til en koncert med vores kor i marts.

Mvh Pater Jan Nowicki
""")

M("bt", """
Til Kultur- og Fritidsudvalget

Jeg er jødisk og har en datter, der skal have bat mitzva til foråret. Vi vil gerne leje
Ishøj Kulturhus til festen. Kan vi få lov at have vores egen kosher-catering?

Mvh Sara Melchior
""")

M("b", """
Kære Kirsten

Jeg har stemt på Konservative hele mit liv, men jeres forslag om at hæve
dækningsafgiften for erhverv får mig til at tænke mig om. Jeg driver selv en lille
bilforhandler.

Mvh Ole Fisker
""")
