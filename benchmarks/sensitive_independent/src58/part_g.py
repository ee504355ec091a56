"""corpus58 part G: trades not yet concluded, partners and origin in passing; reply chains."""
from common import M

M("p", """Fra: Louise Berthelsen, EDC Ishøj
Sendt: 9. november 2026 11:02
Til: Byggesag
Emne: VS: Spørgsmål til lokalplan, Gadekærvej 31

Hej Byggesag. Jeg videresender min købers spørgsmål nedenfor. Sælger har accepteret buddet,
men det er med forbehold for svaret, så vi vil meget gerne høre fra jer i denne uge.

-----Oprindelig meddelelse-----
Fra: Henrik Stald
Sendt: 8. november 2026 20:15

Må man bygge en carport i skel mod stien på Gadekærvej 31 ifølge lokalplan 2.14? Vi skriver kun
under, hvis det kan lade sig gøre.

Med venlig hilsen
Louise Berthelsen, ejendomsmægler""")

M("sp", """Hej A/B Ishøj Strandpark / kommunens boligkontor

Min kone Ditte og jeg har budt på lejlighed 4.th i andelsboligforeningen, og bestyrelsen har sagt
god for os, men vi mangler kommunens godkendelse af vores ansøgning om at bruge det ekstra rum
til klinik. Hvornår kan vi forvente svar? Andelen går til næste på listen, hvis vi ikke når det.

Camilla Fjord""")

M("pt", """Til Borgerservice

Min svigerfar Hassan, der er fra Marokko, vil sælge sin ejerlejlighed på Ishøj Strandvej og flytte
hjem til Tanger. Han har en køber, men køber vil have en attest om, at der ikke er restancer på
lejligheden til kommunen. Kan I udstede det?

Med venlig hilsen
Peter Nielsen""")

M("pe", """Til Ydelseskontoret

Jeg er på kontanthjælp og har arvet et lille sommerhus i Odsherred efter min mor. Jeg har sat det
til salg, og der er en køber, der har budt 650.000. Hvad sker der med min kontanthjælp, når handlen
går igennem? Må jeg beholde noget af pengene?

Venlig hilsen
Jannik Bech""")

M("ph", """Til Teknik og Miljø, BBR

Jeg har fået Parkinsons, og vi sælger derfor huset og flytter i lejlighed. Ejendomsmægleren siger, at
BBR viser 118 m², men det rigtige er 132 m² med den godkendte tilbygning. Køberen venter på rettelsen,
før de underskriver. Kan I rette det hurtigt?

Venlig hilsen
Ove Mikkelsen""")

M("p", """Hello,

we were about to buy the semi-detached house at Vejledalen 9, but we have pulled out after the survey
found damp in the basement and the seller refused to lower the price. Our lawyer says the municipality
might have old drainage plans for the plot. Could we still see them? We might bid again if the
problem can be fixed.

Regards,
Anders & Sophie Kent""")

M("pb", """Til Byggesagsafdelingen

Jeg er sognepræst og flytter til et nyt embede i Jylland til foråret, så vi har sat vores private
hus på Torslundevej til salg. En køber har budt, men vil gerne have bekræftet, at skuret på grunden
er lovligt opført. Kan I se det i jeres arkiv?

Med venlig hilsen
Jens Ole Bak""")

M("p", """Til Center for Byudvikling og Natur

Huset ved siden af os, Vibeholms Allé 5, er til salg. Vi vil gerne købe en strimmel af deres grund,
ca. 3 meter, før en ny ejer overtager, og sælgeren er positiv. Skal kommunen godkende en
arealoverførsel, og hvor lang tid tager det?

Venlig hilsen
Birgitte og Ole Friis""")

M("p", """Til Ejendomsafdelingen

Vi er i forhandling med kommunen om at købe det lille grønne areal bag vores hus på Lærkevej, som I
har tilbudt for 85.000 kr. Vi har budt 60.000 kr., da der står en stor transformerkasse. Hvornår
kan vi få et modbud?

Mvh
Lotte og Jens Haar""")

M("p", """Hej Teknik,

sælger mit kolonihavehus i H/F Vejlegården, har en køber der er klar men foreningen siger at der skal
være en godkendt vurdering fra kommunens vurderingsmand. when can he come? köberen venter og
kan trække sig inden 1. dec.

Vh Lars""")

M("pe", """Til Borgerrådgiveren

Min nabo, Helle i nr. 8, har fået tvangsauktion over sit hus på grund af gæld til kommunen og SKAT.
Auktionen er om tre uger, og hun har en interesseret køber, der kan betale mere end auktionen vil give.
Hun har bedt mig skrive, fordi hun ikke selv kan overskue det. Kan I hjælpe hende med at få udsat den?

Venlig hilsen
Kirsten Brandt""")

M("p", """Til Kommunens juridiske afdeling

Vores køb af Tranegilde Mølle er underskrevet af begge parter, men tinglysningen af skødet er afvist,
fordi der ligger en servitut fra 1962 til fordel for kommunen om vejadgang. Køber har ikke betalt
resten af købesummen endnu. Kan kommunen aflyse servitutten?

Venlig hilsen
Advokat Pia Elkjær på vegne af køberne""")

M("psu", """Til Preben Vind

Min mand Karsten og jeg er begge i 3F og har arbejdet i byggeriet hele livet. Nu vil vi sælge vores
hus i Ishøj Landsby, og mægleren siger, at kommunen har en forkøbsret på grunden pga. den
gamle bevaringsdeklaration. Køberen venter. Er det rigtigt?

Hilsen
Allan Bruun""")

M("pt", """Til Erhvervsservice

Jeg er født i Tyrkiet og har haft min grillbar på Ishøj Bygade i 19 år. Nu sælger jeg lokalet, og
køberen vil bruge det til bageri. Købet er betinget af, at kommunen godkender ny ventilation. Kan I
prioritere sagen?

Med venlig hilsen
Erdal Aksoy""")

M("p", """Til Boligkontoret

Køberen af min andel i A/B Rosengården har trukket sig to dage før overtagelsen, fordi han ikke fik
lån. Nu er den næste på ventelisten en kommunalt anvist borger. Skal jeg kontakte jer, eller gør
foreningen det?

Venlig hilsen
Tove Lynggaard""")

M("s", """Hej Kulturhuset

Jeg er queer og vil gerne være frivillig til Ishøj Pride i år, men jeg vil ikke have mit navn og
billede på jeres side, fordi min arbejdsplads ikke ved det. Kan man være med uden at stå på
frivilliglisten offentligt?

Kh Robin""")

M("se", """Til Ydelseskontoret

Min kone Nadja og jeg har søgt boligstøtte sammen, men I har kun regnet på min indkomst og ikke på
hendes dagpenge, så beløbet er forkert. Skal vi sende en ny ansøgning?

Venlig hilsen
Rebekka Lindholm""")

M("st", """Til Borgerrådgiveren

Jeg er grønlænder og lesbisk, og jeg føler mig dårligt behandlet af en medarbejder i Borgerservice,
som grinede, da jeg sagde, at min kone også skulle have adressen ændret, og spurgte, om vi
"gør sådan i Grønland". Jeg vil gerne klage.

Venlig hilsen
Pipaluk Heilmann""")

M("sb", """Til Center for Byudvikling og Natur

Vi er to kvinder, der skal giftes i Torslunde Kirke i august, og vi vil gerne have lov at pynte
kirkegårdslågen og vejen op til kirken med blomster. Er det kommunens eller menighedsrådets område?

Venlig hilsen
Lærke og Johanne""")

M("s", """Den 12. okt. 2026 skrev Borgerservice <borgerservice@ishoj.dk>:
> Vi kan desværre ikke finde en tidligere registrering af Deres ægtefælle.

Hej igen

Min mand Kasper er flyttet ind hos mig på Strandgårdsvej 3 fra 1. oktober, og vi blev gift på
Københavns Rådhus i juni. Han har da et personnummer. Prøv at søge på hans navn, Kasper Lind.

Jonas Lind""")

M("sh", """Til Socialpsykiatrien

Min kæreste Mads er indlagt på psykiatrisk afdeling i Glostrup efter et selvmordsforsøg. Han
kommer hjem til mig om en uge. Jeg vil gerne vide, hvem jeg kan ringe til, hvis det går galt igen
en nat.

Venlig hilsen
Oskar Hviid""")

M("s", """Til Ungdomsklubben

Vores søn Malte (15) har fået en kæreste, Lukas, som går i klubben. Malte er blevet nervøs for at
komme, fordi nogle af de store drenge har kommenteret det. Vil I holde lidt øje, uden at gøre det
til en stor sag?

Venlig hilsen
Henriette og Jesper""")

M("se", """Til Pladsanvisningen

Vi er to mødre til Liv og har fået afslag på søskendetilskud og friplads, fordi systemet kun har
registreret den ene af os som forælder. Medmoren er registreret i CPR. Kan I rette det og tage
sagen op igen?

Venlig hilsen
Katrine og Stine Holm""")

M("s", """Hi,

My daughter Ava (15) is bisexual and was outed in a class chat last week by another student at
Vibeholmskolen. She has not been at school since. The teacher has been kind, but I would like the
school leadership to contact me. I'm writing in English because my Danish is not good enough for
this.

Thank you,
Rachel Evans""")

M("tb", """Til kommunens kontakt for boligsociale sager

Vi er en romafamilie og er medlemmer af pinsemenigheden i Brøndby. Hver søndag holder menigheden
møde i vores stue, fordi vi ikke har et lokale, og naboen har klaget over larm. Kan kommunen
hjælpe os med at leje et lokale billigt?

Venlig hilsen
Josef Nicolić""")

M("th", """Til Hvidovre Hospitals socialrådgiver og kommunens sygeplejerske

Min mor Naja er grønlænder og indlagt med et brækket lår. Hun taler næsten kun grønlandsk, og hun
har ikke fået tolk til stuegang. Hun bliver udskrevet til Ishøj om ti dage. Kan kommunen sørge for
en grønlandsktalende tolk, når hjemmesygeplejen kommer første gang?

Venlig hilsen
Else Mathiassen""")

M("te", """Til Ydelseskontoret

Jeg er statsløs palæstinenser og har boet i Danmark siden 1991. Jeg har fået afslag på boligstøtte,
fordi jeg ikke har sendt kopi af mit pas, men jeg har ikke noget pas, kun fremmedpas. Hvad skal jeg
sende?

Med venlig hilsen
Mahmoud Odeh""")

M("t", """Til Ungdomsklubben og kommunens forebyggelseskonsulent

Min datter Zara, som er mørk i huden, blev afvist ved døren til klubbens fredagsfest. Vagten sagde,
at "der var fyldt", men hendes to lyse veninder kom ind lige efter. Jeg vil gerne vide, hvad
klubben gør ved det.

Venlig hilsen
Andreas Holm""")

M("b", """Til Kørselskontoret

Min far Gunnar er 92 og har gået i Ishøj Kirke hver søndag, så længe jeg kan huske. Han kan ikke
længere gå derhen, og bussen kører ikke om søndagen fra Landsbyen. Hvad kan han få af hjælp til at
komme i kirke?

Venlig hilsen
Hanne Gunnarsen""")

M("be", """Til lederen af Ishøj Plejecenter

Min mor, der bor på afdeling C, vil så gerne fejre eid med familien på fredag. Kan vi hente hende
kl. 10 og aflevere hende igen til aftensmaden?

Venlig hilsen
Nour El-Khatib""")

M("b", """Til Borgerservice

Jeg er aktiv i Alternativet i Ishøj og vil samle underskrifter for en ny sti langs Store Vejleå foran
Bycentret lørdag formiddag. Skal jeg have tilladelse til at stå med et lille bord på fortovet?

Venlig hilsen
Maja Kirkegaard""")

M("b", """Til Kørselskontoret

Min mand og jeg går i synagogen i Krystalgade til alle højtiderne, men nu kan han ikke længere tage
toget. Kan vi få Flextur ind til København på en lørdag formiddag, eller kører den kun i kommunen?

Med venlig hilsen
Judith Adler""")

M("bu", """Til Jesper Holm

Jeg er tillidsrepræsentant i FOA på Ishøj Plejecenter og samtidig aktiv i Socialdemokratiet i
Ishøj. Jeg vil gerne invitere dig til vores personalemøde, men først sikre mig, at det ikke
bliver set som partipolitik på arbejdspladsen. Hvad siger du?

Hilsen
Rita Sørensen""")

M("u", """hej

stod i blokade med de andre 3F'ere ved pizzeriaet på Ishøj Bygade i går. der blev kastet med æg fra
en bil og politiet kom først efter en time. kan kommunen ikke sætte kamera op der

Kim""")

M("ut", """Til Personalekontoret

Min mand Emir, der er fra Bosnien, arbejder som rengøringsassistent på rådhuset og er medlem af
Serviceforbundet. Han har fået en advarsel for at tale bosnisk med en kollega. Er det en regel hos
jer? Han har bedt mig skrive, fordi han skriver dårligt dansk.

Venlig hilsen
Amra Hadžić""")

M("uhe", """Til Jobcentret

Jeg er i jobafklaringsforløb efter to års sygemelding med rygsmerter. Min fagforening, 3F, vil gerne
have en kopi af min rehabiliteringsplan før mødet i rehabiliteringsteamet den 3. Kan I sende den til
mig på e-Boks?

Venlig hilsen
Lene Hjort
[[190471-2308]]""")

M("he", """Til PPR

Vores søn Victor har autisme og er visiteret til specialklassen på Ishøj Skole fra januar. Vi er
glade, men bussen til skolen er endnu ikke bevilget. Hvem skal vi søge kørsel hos?

Venlig hilsen
Camilla og Nikolaj Brask""")

M("he", """Til Visitationen

Efter min behandling for brystkræft har jeg fået bevilget praktisk hjælp hver anden uge. Hjælperen
kom ikke i sidste uge, og ingen ringede. Kan I se, hvad der er sket?

Venlig hilsen
Birthe Ravn
[[061158\u00a02042]]""")

M("e", """Til Ydelseskontoret

Vi vil gerne søge boligstøtte, da min mand er gået på efterløn. Vi bor på Ishøj Strandvej 100, 3.tv.

Ejnar Kragh, [[140860-1117]]
Ruth Kragh, [[220362\u20132046]]

Venlig hilsen
Ruth""")

M("h", """Til Dagplejen

Vores dagplejer Birgit har brækket armen og er sygemeldt i seks uger. Gæstedagplejen er fyldt, siger
de. Hvad gør vi med Alfred de næste uger? Vi arbejder begge fuld tid.

Mvh
Lærke og Simon""")

M("e", """Til Borgerrådgiveren

Jeg er ved at blive skilt og flytter fra min mand om en måned. Jeg har ikke noget sted at bo endnu og
har to børn. Kan kommunen anvise en bolig akut, eller skal jeg selv finde noget?

Hilsen
Nadia""")

M("t", """Hello,

jeg er halvt iransk, my mum is from Shiraz, og jeg vil gerne have min mors pigenavn som mellemnavn.
Is that possible in Denmark, og hvad koster det?

Thanks
Leyla Hansen""")

M("bt", """Til Strandskolens ledelse

Jeg er jøde og bærer kippa. På skolens forældremøde bad en lærer mig om at tage den af, fordi
"skolen er neutral". Jeg synes ikke, en forælder kan pålægges det, og vil gerne vide, om det er
skolens politik.

Venlig hilsen
Benjamin Salomon""")

M("", """Til Kultur- og Fritidsudvalget

Hvor meget støtter kommunen Ishøj Pride med i år, og hvem har bevilget det? Jeg synes, der burde
være lige så mange penge til andre foreninger, f.eks. sportsklubberne.

Mvh
Per Andersen""")

M("", """Fra: Kirkekontoret
Til: Vejafdelingen

> Kan kommunen hjælpe med ekstra parkering til konfirmationerne den 2. og 3. maj?

Hej, vi videresender dette fra menighedsrådet. Der er 6 konfirmationshold, og sidste år holdt bilerne
på græsset ved legepladsen. Kan I sætte midlertidige skilte op?

Med venlig hilsen
Ishøj Kirkekontor""")

M("sh", """Til Hjemmesygeplejen

Min kone Birgitte er kommet hjem fra Herlev efter sin hjerteoperation. Hun skal have skiftet
forbinding og tjekket blodtryk hver dag den første uge. Lægen siger, at hjemmesygeplejen kommer, men
vi har ikke hørt noget. Birgittes cpr: [[300156-0836]]

Venlig hilsen
Anette Rask""")

M("p", """Til Ejendomsafdelingen

Kommunen har sat grunden ved siden af vores på Ishøj Landevej til salg, og vi har budt som nabo.
Vi har ikke fået svar på, om buddet er modtaget. Tilbudsfristen var 1. november.

Venlig hilsen
Helle og Bjarne Tang""")

M("pe", """Hej

Min eks og jeg er blevet skilt, og hun vil købe mig ud af rækkehuset, men vi er uenige om prisen med
næsten 200.000. Kan kommunen lave en uvildig vurdering, eller skal vi have en mægler?

Mvh
Steffen""")

M("te", """Til Borgerservice

Min nabo Kwame, der kommer fra Ghana, har lige mistet sit job på lageret og ved ikke, hvordan han
skal melde sig ledig. Han har givet mig lov at skrive. Hvor skal han henvende sig, og skal han have
MitID først?

Venlig hilsen
Tina Juhl""")

M("p", """Til Erhvervsservice

Mit firma er medlem af Dansk Byggeri, og vi har givet et betinget bud på den kommunale erhvervsgrund
Industribuen 14. Vi venter på jeres svar om jordforurening, før vi kan gøre buddet endeligt.

Med venlig hilsen
Søren Kjærgaard, direktør, SK Tømrer ApS""")
