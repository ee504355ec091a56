"""corpus35 part C: ethnic origin said indirectly (a parent's country, a mother
tongue, a nationality background, a minority, refugee background, a name the writer
calls foreign), many in learner Danish or English, several with other categories."""
from common import M

M("t", """Hej

Min mor er fra Vietnam og min far er dansk. Min datter Mai taler vietnamesisk med sin mormor og jeg vil gerne høre om hun kan få modersmålsundervisning på Gildbroskolen.

Mvh
Henriette Tran Nielsen""")

M("t", """hej jeg hedder Mohammed og jeg søger job i kommunen men jeg får aldrig svar. jeg tror det er fordi mit navn er udenlandsk. jeg er født i Danmark men mine forældre kom fra Libanon. er det lovligt at sortere sådan? """)

M("te", """Til jobcentret

Jeg kom til Danmark som flygtning fra Syrien i 2015 og jeg er på selvforsørgelses- og hjemrejseydelse. Jeg har lært dansk på modul 3 og vil gerne have et sprogkursus mere så jeg kan tage SOSU-uddannelsen.

Venlig hilsen
Rania Al-Khatib
CPR: [[050187–3424]]""")

M("t", """Hej skole. Vores søn Kacper taler polsk derhjemme – polsk er hans modersmål, vi er polske begge to. Han har svært ved at forstå lektierne, kan han få hjælp i lektiecaféen? Mvh Katarzyna Wójcik""")

M("t", """Dear Ishøj Kommune. I am from Ghana and my English is better than my Danish. Can I receive the letters about my son's school in English please? His name is Kwame Mensah and he is in 4.C at Vibeholmskolen. Thank you, Abena Mensah""")

M("t", """Til borgerrådgiveren

Jeg vil klage over en medarbejder i Ydelsesservice som sagde til mig at "jer fra Somalia forstår jo ikke reglerne". Jeg har boet i Ishøj i 22 år. Jeg kræver en undskyldning.

Venlig hilsen
Hodan Warsame""")

M("t", """Hej, min kone er filippinsk og vil gerne melde sig til danskuddannelse. Hun har fået opholdstilladelse i maj. Hvor skal hun henvende sig? mvh Jan Kirkegaard""")

M("t", """hej hej. jeg er grønlænder og har boet i Ishøj i 2 år. jeg vil gerne vide om der er en forening for grønlændere her eller i nærheden. tak, Naja""")

M("th", """Til Sundhedsplejen

Vi er romaer, og vi har svært ved at finde en læge der vil tage os. Min lille søn Denis har haft feber i tre dage og hoster meget. Hvem kan vi kontakte?

Zoran Stojanović
tlf 52 11 08 96""")

M("t", """Hej. Mit navn er Ngozi Okafor. I dagtilbuddet udtaler de mit navn forkert hele tiden og kalder mig "mor til den nigerianske pige". Min datter hedder Adaeze og er født på Hvidovre Hospital. Det gør hende ked af det. Hilsen Ngozi""")

M("t", """Kære Sofie. Jeg er kurder fra Tyrkiet og formand for en lille kulturforening i Vejleåparken. Vi vil gerne holde Newroz-fest i Strandparken den 21. marts. Hvordan søger vi tilladelse? – Serhat Demir""")

M("te", """Til Ydelsesservice

jeg forstår ikke brevet. jeg er fra Eritrea og jeg læser ikke godt dansk. der står jeg skal betale 14.300 kr tilbage af boligstøtte. hvorfor? jeg har ikke så mange penge, jeg arbejder kun 15 timer.

Tesfay Gebremedhin
Ishøj Strandvej 55, 2.tv
cpr [[120390 1987]]""")

M("t", """Hi, my father is Pakistani and my mother is Danish. My grandfather is coming from Lahore to visit for three months and I want to know if he can use the local doctor if he gets ill. – Omar Nielsen""")

M("t", """Hej Borgerservice. Jeg har fået dansk statsborgerskab, men mit pas er stadig tyrkisk. Jeg er født i Ankara. Skal jeg aflevere det gamle pas til jer eller til ambassaden? Mvh Elif Kaya""")

M("t", """Hej, vores datter er adopteret fra Colombia og er den eneste mørke pige i klassen. I frikvarteret har hun fået at vide at hun skal "vaske sig ren". Vi vil gerne have et møde med skolelederen. mvh Tine og Søren Aagaard""")

M("t", """Til Center for Børn og Forebyggelse. Jeg er tysk mindretal fra Sønderjylland og vil gerne have at min søn lærer tysk i skolen fra 3. klasse. Tilbyder Ishøj det? Mit modersmål er tysk. Hilsen Hauke Petersen""")

M("te", """Hej

Jeg hedder Olena og jeg er ukrainer, flygtet med min søn i 2022. Jeg er nu i job på Ishøj Bycenter, men jeg har stadig brug for at vide hvornår min integrationsydelse stopper. Min søn Artem går i 5. klasse.

Takk,
Olena Kovalenko""")

M("t", """hej jeg er lidt sur. på Ishøj Bibliotek siger vagten "ud med jer arabere" til mig og mine venner. vi sad bare og lavede lektier. jeg er 14 og min familie er fra Irak. hvad kan man gøre? Ali""")

M("t", """Kære borgmester

Som dansk-tyrkisk mor i Ishøj oplever jeg, at vores børn bliver set som problemer. Min søn Emir fik at vide af en pædagog at "han nok har det fra hjemmet". Vi er lige så danske som alle andre.

Med venlig hilsen
Sevgi Aydın""")

M("tb", """Hej. Jeg er tamil og hindu fra Sri Lanka og skal tolke for min mor til et møde i Borgerservice i næste uge. Min mor taler kun tamil. Kan kommunen betale for en professionel tolk i stedet? Jeg skal på arbejde. Hilsen Kumaran Sivarajah""")

M("t", """Til Borgerservice. Jeg er amerikaner og gift med en dansker. Jeg skal have nyt sundhedskort efter flytning til Ishøj Landsby 8. Hvor lang tid tager det? /Jennifer Thorsen""")

M("t", """Min far kommer fra Marokko og min mor fra Odense. Jeg er lige blevet valgt til elevrådet på Ishøj Skole og vil foreslå, at skolen fejrer en international dag. Hvem skal jeg skrive til? Mvh Yasmin, 8.B""")

M("te", """Hej

Jeg skriver for min nabo, fru Nguyen i nr. 22, som er vietnamesisk og ikke taler dansk. Hun har fået en rykker på huslejen fra boligselskabet og forstår ikke brevet. Hun har givet mig fuldmagt. Kan I ringe til mig?

Venlig hilsen
Bodil Hansen, Ishøj Strandvej 20""")

M("t", """hello my name is Tomasz i am from Poland and work in Ishøj on building site. my daughter start in daycare next month. we speak not danish at home only polish. is there a polish speaking pedagog? thank you""")

M("t", """Til jobcentret. Jeg er af somalisk oprindelse og har en uddannelse som sygeplejerske fra Mogadishu. Jeg vil gerne have min uddannelse vurderet. Hvordan gør jeg? Mvh Faadumo Ali""")

M("the", """Hej Hjemmeplejen

Min far er 88, han er fra Pakistan og taler kun punjabi og lidt urdu. Han har fået konstateret Parkinsons og kan ikke forklare sig overfor hjemmehjælperne. Kan I sende en hjælper der taler urdu, eller skaffe en tolk?

Venlig hilsen
Nabeela Iqbal
[[271236-2018]]""")

M("t", """Til Kultur- og Fritidsforvaltningen

Jeg er same fra Nordnorge og vil gerne vise joik-koncert på biblioteket under Nordisk Uge. Jeg bor i Ishøj nu.

Hilsen Ánde Somby Larsen""")

M("t", """Hej. Vores søn hedder Mustafa og vi er bekymrede for om han bliver behandlet forskelligt i tilbud til 10. klasse, fordi vi er kurdere. Hans kammerater med danske navne fik plads, han fik ikke. Hilsen familien Yilmaz, Ishøj Boulevard""")

M("tb", """Hej Borgerrådgiver. Jeg er af palæstinensisk baggrund og muslim. Min chef i kommunens rengøring kalder mig "terroristen" som en spøg. Jeg tør ikke klage til ham direkte. Kan jeg være anonym? Venlig hilsen K.""")

M("t", """Hej Lone. Jeg er født i Bosnien og kom til Danmark som barn under krigen. Jeg er i dag selvstændig frisør i Ishøj Bycenter og vil gerne stille op til integrationsrådet. Hvordan gør man? Mvh Amra Hodžić""")

M("t", """Til skolen. Min søn Jamal er sort og er den eneste som vagten i svømmehallen beder om at vise medlemskort. Det er sket fire gange. Jeg vil have det stoppet. Hilsen Marianne Bech""")

M("te", """Til Center for Børn og Forebyggelse

Vi er en afghansk familie med fem børn og vi bor i en 2-værelses lejlighed i Vejleåparken. Min mand er arbejdsløs og vi har fået afslag på en større bolig. Børnene sover på gulvet. Kan I hjælpe?

Hilsen
Mariam Ahmadi
Cpr. [[010180-4412]]""")

M("t", """Hej, jeg er halvt japansk, min mor er fra Osaka. Jeg vil gerne være frivillig mentor for nye børn med asiatisk baggrund på Ishøj Skole. Er der et program? Mvh Kenji Madsen""")

M("t", """Hej jeg er fra Rumænien. Jeg vil registrere mig i Ishøj, jeg har arbejde på lager i Taastrup. Hvad skal jeg have med til Borgerservice? Mvh Ionuț Popescu""")

M("tb", """Hej. Jeg er jøde af fødsel men ikke troende. Min datter på 9 spørger om der kommer noget om jødisk historie i skolen omkring 9. april. Hun er den eneste i klassen med jødisk familie. Mvh Miriam Katz""")

M("t", """Kære Integrationsråd

Jeg har inuit-baggrund, min mor er fra Nuuk, og jeg oplever at mine børn ikke får tilbudt grønlandsk modersmålsundervisning, selvom det er et rigsfællesskabssprog.

Venlig hilsen
Aviaja Lynge""")
