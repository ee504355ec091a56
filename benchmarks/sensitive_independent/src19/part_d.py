"""Part D: ethnicity and belief in complaints and forwarded mails; hard negatives about
interpreters, churches, mosques, integration policy and statistics."""
from common import M

M("t", """
Til Borgerrådgiveren

Jeg er kurder fra Syrien og kom til Danmark i 2015. Jeg har fået afslag på at få min ægtefælle med på min lejekontrakt hos boligselskabet, og de siger det er kommunens regler. Ingen i kommunen vil forklare mig hvilke regler. Jeg har skrevet tre gange.

Med venlig hilsen
Rashid Hamo
Vejleåparken 48
""")

M("", """
Hej

Tilbyder kommunen tolk på arabisk og tigrinya ved forældremøder på skolerne? Vi er en forening der hjælper nyankomne familier, og det kunne være rart at vide.

Mvh Ishøj Frivilligcenter
""")

M("b", """
Kære udvalgsformand

Som katolik vil jeg gerne spørge, hvorfor kommunens begravelsesplads ikke har et område med mulighed for katolske ceremonier. Min mor døde i vinter og vi måtte køre til Roskilde. Vi var mange der syntes det var hårdt.

Med venlig hilsen
Teresa Kowalczyk-Jensen
""")

M("", """
Hej. Hvornår åbner den nye moske på Industrivej? Jeg har hørt forskellige datoer.
Mvh Ahmed
""")

M("tb", """
Fra: Hovedpostkassen
Til: Center for Børn og Forebyggelse
Emne: VS: Svømmeundervisning

> Kære Ishøj Kommune
> Min datter Amina (9) er muslim, og vi er fra Somalia. Hun vil gerne gå til svømning med klassen, men hun vil have burkini på. Læreren har sagt at det "ikke er hygiejnisk". Er det en regel fra kommunen?
> Mvh Hodan Abdi, mor
""")

M("", """
Til byrådet

Jeg synes ikke at kommunen skal bruge penge på en integrationskonsulent mere. Jeg har læst at der er kommet færre flygtninge til Ishøj de sidste tre år. Brug pengene på ældreplejen.

Mvh
Svend Jørgensen
""")

M("bhe", """
Til Center for Voksne og Velfærd

Min far, Gurbachan Singh, er 84 og bor på Plejecenter Ishøjgården. Han er amritdhari sikh og må ikke få klippet sit hår eller skæg. I sidste uge kom en ny medarbejder og klippede hans skæg mens han var forvirret efter sin lungebetændelse. Han græd da vi kom på besøg.

Jeg forventer en forklaring og en plan for at det ikke sker igen.

Manjit Kaur
""")

M("t", """
hej kommune jeg er rumæner og har fået et brev på dansk som jeg ikke forstår. det handler om affald og bøde. kan i sende det på engelsk? adressen er Ishøj Strandvej 156 st tv
Ionut Popescu
""")

M("", """
Hej

Er der nogen regel om at medarbejdere i Borgerservice ikke må bære religiøse symboler? Jeg spørger fordi vi diskuterede det i min læsegruppe.

Venlig hilsen
Birthe Kold
""")

M("b", """
Til borgmesteren

Jeg er medlem af Socialdemokratiet og har været det i 40 år, men jeg er dybt skuffet over at partiets gruppe i byrådet har stemt for at lukke Torslunde Bibliotek. Jeg melder mig ud hvis det ikke bliver genovervejet.

Med venlig hilsen
Gunnar Wiberg
""")

M("t", """
Til Borgerrådgiveren

Jeg er af romaoprindelse og bor i Vejleåparken. Min søn blev på sin første dag i 7. klasse sat ved et bord for sig selv, og læreren sagde højt at "han nok ikke bliver her så længe alligevel". Vi har boet i Ishøj i 6 år.

Hvis I kan hjælpe, vil jeg gerne tale med nogen.

Mvh
Florin Dumitru
""")

M("", """
Til kulturudvalget

Kirkegårdene i Ishøj bliver ikke passet ordentligt. Der er ukrudt overalt ved Ishøj Kirke. Det må kunne gøres bedre.

Venlig hilsen
Annelise Brandt
""")

M("b", """
Hej

Jeg er humanist og medlem af Humanistisk Samfund. Min søn skal konfirmeres med en nonfirmation i Kulturhuset, og vi vil gerne leje salen en lørdag i maj. Kan man det?

Mvh
Allan Friis
""")

M("t", """
Kære Borgerservice

Jeg er ukrainsk og kom hertil i marts 2022 under særloven. Min opholdstilladelse er forlænget, men mit sundhedskort viser stadig den gamle adresse. Mit cpr er [[150388-4019]].

Дякую / Tak
Olena Shevchenko
""")

M("", """
Hej

Hvor mange af kommunens ansatte har anden etnisk baggrund end dansk? Jeg har set at Københavns Kommune offentliggør det. Gør Ishøj også?

Med venlig hilsen
Torben Rask
""")

M("b", """
Kære byrådsmedlem Maja Storm

Jeg har stemt på dig ved sidste valg, fordi du lovede at arbejde for cykelstien langs Ishøj Landevej. Nu kan jeg læse at den er udskudt til 2028. Hvad er der sket?

Mvh
Ebbe Christoffersen
""")

M("", """
Til Ishøj Kommune

Vi er en kristen menighed der gerne vil leje en skolegymnastiksal om søndagen. Hvad koster det og hvem skal vi kontakte?

Med venlig hilsen
Ishøj Frikirke, v/ sekretær
""")

M("the", """
Fra: Lars Kehlet (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: VS: Hjælp

Videresendes. Jeg har svaret kort uden at citere.

>> Hej Lars. Jeg hedder Zainab og er fra Afghanistan. Jeg har to børn og er alene. Jeg har fået at vide at min integrationsydelse bliver sat ned fordi jeg ikke har bestået dansk prøve 2. Men jeg har været syg... nej, jeg mener mit barn har været syg. Hvad kan jeg gøre?
>> Zainab Haidari
""")

M("", """
Til borgmesteren

Jeg synes det er forkert at kommunen har hejst Palæstinas flag på rådhuset. Kommunen skal være neutral.

Hilsen
Erik H.
""")

M("bt", """
Til Center for Børn og Forebyggelse

Jeg er jøde, og min søn skal starte i børnehave. Jeg vil bare sikre mig at han kan få mad uden svinekød, og om personalet kender til vores helligdage, så han kan holde fri til Jom Kippur.

Venlig hilsen
Rebecca Adler
""")

M("e", """
Hej,

Hvordan kan jeg få en tolk til en samtale i Jobcentret? Det er til min nabo, der taler urdu. Jeg har ikke fuldmagt, jeg vil bare give hende informationen.

Mvh Kirsten
""")

M("b", """
hej byrådet
jeg er med i Extinction Rebellion og vi vil gerne lave en fredelig demonstration foran rådhuset d. 22. april. skal vi søge om tilladelse?
mvh Emma Rask
""")

M("t", """
Til Ishøj Kommune

Jeg vil klage over en skolebuschauffør, som råbte "skrid hjem til Pakistan" til min søn Ali på 11 år, da han kom for sent til bussen. Vi er fra Pakistan oprindeligt, men Ali er født i Glostrup. Chaufføren kører rute 3.

Jeg forventer at I følger op.

Mvh
Imran Qureshi
""")

M("", """
Kære byråd

Jeg er imod at Ishøj skal have en ny moske ved motorvejen. Det skaber trafik.

Mvh en bekymret borger
""")

M("bs", """
Til Borgerrådgiveren

Jeg er frikirkepræst og homoseksuel, og jeg blev udsat for trusler af en mand i Borgerservice den 3. maj. Medarbejderne så det og gjorde intet. Jeg har anmeldt det til politiet, men jeg vil også klage over at personalet ikke greb ind.

Mvh
Pastor Jonas Bech
""")

M("", """
Hej

Min nabo siger at kommunen kun giver boliger til flygtninge og ikke til danskere. Passer det? Jeg står selv på venteliste hos boligselskabet.

Mvh
Morten
""")

M("etb", """
Fra: Hiba Mansour
Til: Ishøj Kommune, Center for Beskæftigelse og Erhverv
Emne: Klage over praktiksted

Hej

Jeg er palæstinenser og muslim og bærer tørklæde. Jobcentret sendte mig i praktik i en butik i Ishøj Centret, og butikschefen sagde første dag at jeg skulle tage tørklædet af "for kundernes skyld". Da jeg nægtede, sendte han mig hjem. Jobcentret har skrevet i min sag at jeg "ikke ville samarbejde".

Det er ikke sandt, og jeg vil have det rettet.

Hiba Mansour
""")

M("", """
Hej. Bliver der holdt julegudstjeneste for plejehjemsbeboerne i år igen? Jeg vil gerne hjælpe som frivillig.
Venlig hilsen Ruth
""")

M("b", """
Kære borgmester

Jeg har været medlem af Venstre i Ishøj i 25 år og sidder i bestyrelsen for lokalforeningen. Jeg vil gerne invitere dig til vores generalforsamling, selvom vi ikke deler parti. Vi synes det er vigtigt at tale sammen på tværs.

Venlig hilsen
Poul Birkedal
""")

M("t", """
Til Center for Borger, Økonomi og IT

Jeg er tysk statsborger og bor i Ishøj. Jeg forstår ikke hvorfor jeg får brev om at mit EU-opholdsbevis skal fornyes, når jeg har haft det i 12 år.

Mit kundenummer i jeres system er 0701851234 hvis det hjælper.

Mit Grüßen,
Katrin Meier
""")

M("", """
Hej

Holder kommunen Ramadan-arrangement på biblioteket igen? Vi var der sidste år med skolen og det var rigtig hyggeligt.

Mvh Lærer Anja S.
""")

M("bu", """
Kære udvalgsformand

Jeg er lærer, medlem af DLF og derudover medlem af SF. Jeg skriver som privatperson, fordi jeg er bekymret for inklusionsbesparelserne på skoleområdet. Jeg ved at du ikke deler mit parti, men jeg håber du vil lytte.

Med venlig hilsen
Marianne Ask
""")

M("", """
Hej Ishøj Kommune

Er det rigtigt at man kan få tilskud til en kulturforening for en etnisk minoritet? Vi vil starte en tamilsk danseforening.

Mvh
Kumar
""")

M("te", """
Hej

Jeg er eritreer og bor på Ishøj Strandvej. Jeg modtager kontanthjælp og har fået at vide at jeg skal betale 3.200 kr tilbage, fordi jeg havde 2 dages arbejde i december som ikke var indberettet. Jeg troede at arbejdsgiveren indberettede det. Kan jeg betale af på det?

Tesfaye Gebremariam
""")

M("", """
Til byrådet

Jeg skriver for at sige at jeg er uenig i jeres beslutning om at flytte valgstedet fra Ishøj Skole til Rådhuset. Det er langt for de ældre.

Mvh
Kaj Ottesen
""")

M("b", """
Hej

Jeg er veganer af etiske grunde og vil gerne søge om at mit barn kan få vegansk mad i vuggestuen. Er det muligt?

Mvh
Ida Ravnholt
""")

M("tb", """
Kære Borgerrådgiver

Jeg er tyrkisk alevit og min datter er blevet drillet i skolen af andre børn, der kalder hende "vantro". Skolen siger at det er "en familiesag" og ikke vil gøre noget. Jeg synes skolen svigter.

Med venlig hilsen
Ali Demir
""")

M("", """
Kære kommune

Kan I sende mig en liste over trossamfund, der har lokaler i Ishøj? Jeg laver en opgave på seminariet.

Mvh
Freja Holm
""")
