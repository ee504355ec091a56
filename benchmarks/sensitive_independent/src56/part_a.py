"""corpus56 part A: health, mostly short phone mails."""
from common import M

M("h", """Emne: sygemelding

hej Lone er syg igen (migræne) så jeg kommer ikke til borgermødet i aften om skolevejen. Jens""")

M("h", """til borgmesteren
har fået konstateret kræft i tyktarmen og kan ikke komme til jeres møde om stien ved strandparken d 14. sorry
Birgit""")

M("he", """min mor har diabetis og fik afslag på madordning hvorfor?? hun kan jo ikke selv stå ved komfuret mere""")

M("h", """hej min søn Noah er indlagt på hvidovre med lungebetændelse så han kommer ikke i skole resten af ugen kan i sige det til hans lærer i 2.b""")

M("h", """Er gravid i 5 md og kan ikke tåle støvet fra byggepladsen ved Ishøj Søpark, kan i ikke vande den??""")

M("", """hvornår har sundhedshuset åbent i julen""")

M("he", """Emne: sygedagpenge

hvornår kommer mine penge, har været sygemeldt siden 3/9 med diskusprolaps og har ikke fået en krone endnu""")

M("h", """hi, my daughter has asthma and the smoke from the bonfire at Ishøj strand every friday is terrible for her lungs. can you ban it?? thx Sarah""")

M("h", """min nabo i nr 14 er dement og går rundt ude om natten i bare tæer, jeg er bange for hun kommer til skade. hvem skal jeg ringe til""")

M("h", """Fra min søster (sms):
> Mor er faldet og har brækket hoften, hun er på Glostrup nu

kan nogen fra kommunen ringe til os? vi ved ikke hvad der sker når hun bliver udskrevet
/Hanne""")

M("h", """er ramt af depression og kan ikke overskue at svare på jeres brev om affaldsspandene før i december. er det ok""")

M("", """hvor kan man blive vaccineret mod influenza i ishøj, er det på apoteket eller hos lægen""")

M("he", """min far får hjemmesygepleje hver dag for sit sår på benet og nu vil i også stoppe hans rengøringshjælp?? han er 89 og kan knap stå op""")

M("h", """Kære Hanne

jeg har sclerose og sidder i kørestol, og fortovet på Vejlebrovej er umuligt – der holder altid biler. kan udvalget ikke se på det?

mvh Susanne""")

M("h", """Emne: ADHD

vores søn fik diagnosen i går. hvem på skolen skal vi snakke med om det""")

M("h", """vi mistede vores barn i uge 11 og min kone har brug for ro, kan vi flytte mødet om carporten til januar
Mads""")

M("", """er der stadig gratis tandpleje for børn op til 18 i ishøj eller er det ændret""")

M("h", """er alkoholiker (tør i 2 år nu 💪) og vil gerne være frivillig i jeres nye værested, hvem skal jeg skrive til""")

M("h", """hej, har angst og kan ikke tage telefonen. kan i skrive til mig i stedet om sagen med skraldet. mvh A.""")

M("h", """min veninde Fatma har fået en blodprop i hjernen og kan ikke tale ordenligt lige nu, jeg skriver for hende ang hendes parkeringsbøde fra d 2. hun har givet mig fuldmagt""")

M("he", """jeg har PTSD efter Afghanistan og er på førtidspension og jeg vil klage over naboens hund der gør hele natten, jeg får ikke sovet""")

M("h", """vores dagplejer Lotte har været syg i 3 uger nu og vi får ingen besked om gæstepleje!! er det meningen""")

M("", """hvor ligger den nye lægeklinik i bycentret og tager de nye patienter?""")

M("h", """Hello, I broke my leg skiing and can't bring the bins to the road for 6 weeks. Can the garbage men take them from the garage? Tom, Gildbrovej""")

M("he", """Emne: genoptræning

min mand er lige kommet hjem efter hofteoperation og vi søgte om toiletforhøjer for 2 uger siden men har intet hørt""")

M("h", """hej Kim du skal vide at min bror Jesper har det rigtig skidt, han har skizofreni og ingen fra psykiatrien ringer tilbage!!! kan byrådet ikke gøre noget""")

M("", """hvornår kommer bloddonorbussen på rådhuspladsen igen""")

M("h", """er lige blevet opereret for grå stær og må ikke køre bil i en mdr, kan jeg få lov at parkere tæt på indgangen ved hallen til mit barnebarns kamp? /Poul""")

M("h", """syg i dag, kommer ikke til vagten på genbrugspladsen. /Ib (frivillig)""")

M("h", """min svigermor har parkinson og ryster så meget at hun ikke kan skrive under. kan hendes datter skrive under på byggeansøgningen i stedet""")

M("", """kan i sende mig telefonnummeret til hjemmeplejen? skal bruge det til en opgave på sosu skolen""")

M("he", """mit barn har autisme og fik afslag på specialskole!!! vi klager. hvem skal klagen sendes til""")

M("h", """jeg er blind på venstre øje og kunne slet ikke se det skilt i har sat op ved cykelstien, det sidder alt for lavt""")

M("h", """så det her på facebook i gruppen Ishøj Borgere: "Min mor ligger på hospice og kan ikke komme til valgstedet, kan hun brevstemme derfra?" – det er min mor det handler om, hvad gør vi""")

M("", """er det rigtigt at kommunen lukker sundhedsplejen om fredagen?? det er for dårligt""")

M("h", """hej! mit nr er 22 33 44 55. jeg har høreapparat og hører ikke altid telefonen, så skriv sms pls""")

M("he", """har været sygemeldt med stress i 4 mdr og nu siger jobcentret jeg skal i praktik?? jeg har ikke kræfter til det""")

M("", """Emne: sygefravær

hvor kan jeg finde tal for sygefraværet i kommunens daginstitutioner 2025? skriver opgave på RUC""")

M("h", """borgmester, min datter på 15 har en spiseforstyrrelse og ventetiden i børnepsyk er 9 mdr. hvad vil i gøre ved det""")

M("h", """jeg har epilepsi og det blinkende lys i den nye tunnel under stationsvej giver mig anfald. sluk det venligst""")

M("", """hvad koster et nyt sundhedskort hvis man har mistet sit gule kort""")

M("h", """hej, jeg er pregnant og due date er i marts, så jeg kan ikke stille op til borgerpanelet i foråret. sorry!! Julie""")

M("h", """Emne: Re: gadelys Køgevej

> Den 3. nov. skrev Center for Byudvikling og Natur:
> Vi vender tilbage hurtigst muligt.

det sagde i også for 3 uger siden. lampen er stadig død. min far har KOL og går med ilt, han kan ikke se kantstenen i mørket""")
