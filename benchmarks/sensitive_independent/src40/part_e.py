"""Part E: mixed mails with several categories, details hidden in quoted parts, P.S. lines and signatures; many CPR numbers."""
from common import M

M("se", """
Hej

Jeg søger boligstøtte og skal vide om min kæreste tæller med i husstanden. Han hedder Martin og vi bor sammen, men jeg er selv en mand, så vi er ikke gift. Min cpr er [[240292-1975]].

Mvh Simon Hald
""")

M("ts", """
Kære Kulturudvalg

Tak for jeres støtte til Ishøj Pride. Som brun, queer kvinde med pakistanske rødder betød det meget for mig at se flaget på Rådhuset.

Varme hilsner
Ayesha
""")

M("", """
Kære Kulturudvalg

Tak for jeres støtte til Ishøj Pride. Det var en dejlig dag med over 400 deltagere. Vi håber I støtter igen næste år.

Varme hilsner
Arrangørgruppen
""")

M("b", """
Hej Hovedpostkassen

Vedhæftet min ansøgning om lokaletilskud til vores humanistiske studiekreds, som jeg er formand for.

Mvh Bjørn Ellegaard

P.S. vi mødes hver anden tirsdag i Kulturhuset.
""")

M("h", """
Hej Hovedpostkassen

Vedhæftet min ansøgning om lokaletilskud til vores strikkeklub.

Mvh Bjørn Ellegaard

P.S. jeg ringer ikke, da jeg er døv – skriv gerne.
""")

M("t", """
Kære Henrik

Jeg sender lige et svar videre, som jeg fik fra kommunen. Jeg synes selv, det lyder som om de ikke tror på mig fordi jeg er sort.

Venlig hilsen
Joseph Okoye

-----Oprindelig meddelelse-----
Fra: Borgerservice
Emne: Dit pas
Vi kan ikke udstede pas, før dit navn er rettet i CPR-registret.
""")

M("", """
Kære Henrik

Jeg sender lige et svar videre, som jeg fik fra kommunen om mit pas. Er det rimeligt at jeg skal vente 6 uger?

Venlig hilsen
Joseph Okoye

-----Oprindelig meddelelse-----
Fra: Borgerservice
Emne: Dit pas
Vi kan ikke udstede pas, før dit navn er rettet i CPR-registret.
""")

M("s", """
Tak for svaret om parkering. 

Med venlig hilsen
Jonas Frost og hans mand Peter Frost
Ishøj Landsby 4
""")

M("b", """
Tak for svaret om parkering. 

Med venlig hilsen
Jonas Frost
Formand, Konservative Ishøj
""")

M("", """
Tak for svaret om parkering.

Med venlig hilsen
Jonas Frost
Ishøj Landsby 4
""")

M("sp", """
Hej

Min mand Thomas og jeg (Niels) har lagt bud på rækkehuset i Vejledalen 22 og venter på svar fra sælger. Kan I fortælle om der er planer for legepladsen bag husene?

Mvh Niels Damgaard
""")

M("tb", """
Navn: Abdirahman Yusuf
Emne: bedrum
Besked: Jeg er muslim og somalier og arbejder i Ishøj Kommunes materielgård. Vi vil gerne have et lille rum til bøn. Hvem spørger jeg?
""")

M("", """
Navn: Abdirahman Yusuf
Emne: omklædning
Besked: Materielgården mangler et ordentligt omklædningsrum til os der arbejder der. Hvem spørger jeg?
""")

M("s", """
Emne: Re: Fuldmagt

Her er fuldmagten fra min kone, Trine. Jeg, Lise, må gerne svare på hendes vegne om affaldsordningen.

Mvh Lise Bjerg

> Vi skal have fuldmagt for at tale med dig om din ægtefælles sag.
""")

M("", """
Emne: Re: Fuldmagt

Her er fuldmagten fra min mand, Ole. Jeg må gerne svare på hans vegne om affaldsordningen.

Mvh Lise Bjerg

> Vi skal have fuldmagt for at tale med dig om din ægtefælles sag.
""")

M("t", """
Hej, mine forældre er fra Marokko og har ikke lært at bruge MitID. Kan de få en tid i Borgerservice så de kan få hjælp? Mvh Yasmin
""")

M("", """
Hej, kan man få hjælp til MitID i Borgerservice uden tid? Mine forældre er ældre og ikke så gode til it. Mvh Yasmin
""")

M("b", """
Hello,

We are Jehovah's Witnesses and we would like permission to set up a literature cart outside Ishøj Station on Saturdays. Who do we ask?

Regards, Samuel (congregation elder)
""")

M("", """
Hello,

Do we need a permit to set up a stand with leaflets outside Ishøj Station on Saturdays? We're a local book club.

Regards, Samuel
""")

M("ste", """
Kære borgerrådgiver

Min søn er bøsse og kommer fra en tyrkisk familie, og han er blevet smidt ud hjemmefra af sin far. Han bor hos mig nu. Hvem kan hjælpe ham?

Mvh hans moster, Elif
""".replace("Min søn er", "Min nevø Emre er").replace("Han bor hos mig nu. ", "Han bor hos mig nu og har ingen indtægt. "))

M("s", """
Hej

P.S. til min tidligere mail: det er mig og min kæreste Sofie (vi er begge kvinder) der skal stå på lejekontrakten.

Kh Nina
""")

M("", """
Hej

P.S. til min tidligere mail: det er mig og min kæreste der skal stå på lejekontrakten til kolonihaven.

Kh Nina
""")

M("b", """
Kære Børne- og Skoleudvalg

Vores datter Aisha bærer tørklæde pga. sin tro, og idrætslæreren har sagt hun ikke må have det på i svømning. Vi ønsker at udvalget tager stilling.

Mvh familien Hassan
""")

M("", """
Kære Børne- og Skoleudvalg

Hvilke regler gælder for hovedbeklædning i svømmeundervisning på kommunens skoler? Vi er et forældreråd der gerne vil vide det.

Mvh forældrerådet 5.A
""")

M("t", """
Kære dagsordensamler

Jeg er grønlænder og har boet i Ishøj i 12 år. Jeg er træt af at blive spurgt om jeg drikker, hver gang jeg er på biblioteket. Jeg vil gerne have det på udvalgets dagsorden.

Mvh Aviaja
""")

M("", """
Kære dagsordensamler

Hvor mange grønlændere bor i Ishøj? Vi vil starte en forening og søge tilskud.

Mvh Aviaja
""")

M("s", """
Hej

Jeg er imam og er blevet kontaktet af et ungt par, to kvinder, der ikke kan finde et sted at blive gift. Kan kommunen vie dem?

Mvh
""".replace("Jeg er imam og er", "Jeg er").replace("et ungt par, to kvinder,", "to unge kvinder, Sara og Leila, der er kærester og").replace("der ikke kan finde", "som ikke kan finde"))

M("p", """
Emne: Fwd: fra naboen

Hej, min nabo bad mig sende dette videre, hun har ikke e-mail:

"Jeg, Karen Holm, Brohusvej 11, vil sælge mit hus til min nabo Bo for 2,2 mio, men vi er ikke enige endnu om skellet. Kan kommunen give os kortet?"

Hilsen Bo Larsen, Brohusvej 13
""")

M("", """
Emne: Fwd: fra naboen

Hej, min nabo bad mig sende dette videre, hun har ikke e-mail:

"Jeg, Karen Holm, Brohusvej 11, vil gerne have et kort over mit matrikel. Kan kommunen sende det med post?"

Hilsen Bo Larsen, Brohusvej 13
""")

M("tp", """
Hej

Vi er en tamilsk familie fra Sri Lanka. Vi har fået accepteret vores bud på et hus på Vejlebrovej, men banken vil have en vurdering fra kommunen af grunden. Hvem laver det?

Mvh Suresh Kumar
""")

M("b", """
Kære byrådsmedlem

Jeg er medlem af Venstre og vil bare sige at I gør det godt med erhvervsområdet.

Mvh Hans
""")

M("", """
Kære byrådsmedlem

Jeg synes I gør det godt med erhvervsområdet. Fortsæt det gode arbejde.

Mvh Hans
""")

M("s", """
hej!! vi er to fædre med en datter i Troldehøjen og vil gerne vide om vi begge kan få adgang til Aula. kun den ene af os kan logge ind
mvh Mikkel & Anders
""")

M("b", """
Til Ishøj Kommune

Jeg er pacifist og vil ikke have at min søn deltager i skolens besøg på kasernen. Kan han fritages?

Venlig hilsen
Lone Sand
""")

M("", """
Til Ishøj Kommune

Kan elever fritages fra ekskursioner? Skolen skal på besøg på en kaserne, og jeg vil bare kende reglerne.

Venlig hilsen
Lone Sand
""")

M("t", """
Hej

I jeres brev kalder I min far for "indvandrer fra Iran". Han er dansk statsborger siden 1994. Han er kurder, ikke perser. Kan I rette det?

Mvh Sara Karimi
""")

M("s", """
Kære Social- og Sundhedsudvalg

Jeg er 81 og lesbisk. På plejecentret, hvor jeg søger plads, er der ingen der forstår mit liv. Jeg vil gerne have at personalet får undervisning.

Venlig hilsen
Gudrun Møller
""".replace("Jeg er 81 og lesbisk. På plejecentret, hvor jeg søger plads,", "Jeg er 81 og lesbisk. På plejecentret, hvor jeg besøger min veninde,"))

M("b", """
Kære udvalgsformand

Jeg er medlem af Mosaisk Trossamfund og undrer mig over at der ikke er en eneste kosher-mulighed i kommunens ældremad.

Mvh Benjamin Levin
""")

M("", """
Kære udvalgsformand

Tilbyder kommunens madservice kosher eller halal? Jeg skriver en artikel om ældremad.

Mvh Benjamin Levin, freelancejournalist
""")

M("t", """
Hej

jeg hedder Wei og kommer fra Kina. min søn blev kaldt "corona-kineser" på skolen. læreren grinte. jeg er meget ked af det.

Wei Zhang
""")

M("s", """
Emne: SV: Aftale om lejlighedsvis barnepasning

Fint med torsdag. Min mand Kasper henter vores søn, jeg (Jakob) er på arbejde.

Jakob Holm-Poulsen
""")

M("", """
Emne: SV: Aftale om lejlighedsvis barnepasning

Fint med torsdag. Min mand Kasper henter vores søn.

Maria Holm-Poulsen
""")

M("b", """
Kære Kulturudvalg

Vi er en gruppe kristne fra pinsemenigheden, og jeg er pastor. Vi vil gerne holde friluftsgudstjeneste på Ishøj Strand i juli.

Mvh Daniel Ibsen
""")

M("", """
Kære Kulturudvalg

Skal man have tilladelse for at holde et arrangement med 100 mennesker på Ishøj Strand i juli?

Mvh Daniel Ibsen
""")

M("t", """
Navn: Mustafa Öztürk
Emne: Klage over sagsbehandler
Besked: Sagsbehandleren sagde "I tyrkere kommer altid for sent". Jeg er tyrker og jeg kom til tiden. Jeg vil klage.
""")

M("sh", """
Hej

Min kone Louise og jeg er lesbiske og venter vores første barn i oktober. Hun er gravid i 5. måned. Vi vil gerne skrive os op til vuggestue.

Mvh Rikke
""")

M("", """
Hej

Hvornår skal man skrive sig op til vuggestue i Ishøj? Vi venter barn i oktober.

Mvh Rikke og Mads
""".replace("Vi venter barn i oktober.", "Spørger for min bror."))

M("tb", """
Kære borgmester

Mine bedsteforældre kom fra Bosnien som flygtninge, og jeg er muslim. Jeg er glad for at kommunen har givet os lov til at bruge Kulturhuset til eid.

Mvh Amra
""")

M("s", """
Hej, jeg er aseksuel og vil bare sige at jeres spørgeskema om "trivsel og kærlighed" i 8. klasse var stødende. Der var ingen mulighed for at svare at man ikke interesserer sig for nogen. /Freja, 8.B
""")

M("", """
Hej, jeres spørgeskema om trivsel i 8. klasse var alt for langt. /Freja, 8.B
""")

M("b", """
Hej

Jeg er konverteret til islam og ønsker at min datters navneændring i CPR-registret bliver godkendt. Hun skal hedde Maryam.

Mvh Mette
""")

M("t", """
Kære dagsordensamler

Som dansk-afghaner vil jeg gerne sige til udvalget, at det er svært at få tolk til min mor i jeres Sundhedshus. Hun taler kun dari.

Mvh Farid Ahmadi
""")
