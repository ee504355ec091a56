"""Part A: learner Danish from newcomers, and expats writing in English or a Danish-English mix."""
from common import M

M("e", """
Hej kommune

jeg har ikke penge for husleje i denne maned. jobcenter stop min kontanthjalp fordi jeg ikke kom til mode, men jeg var pa sprogskole den dag. hvad kan jeg gore? udlejer sige jeg skal ud hvis ikke betale til 1.

Venlig hilsen
Abdirahman Yusuf
Vildtbanevej 31, 2 th
""")

M("eh", """
Goddag

Min navn er Olena Kravets. Jeg bor i Ishøj siden marts. Min søn Maksym er 7 år og han har astma, han bruger pumpe hver dag. Skolen siger at de ikke kan give ham medicin. Kan kommunen hjælpe? Jeg har også søgt om enkeltydelse for briller til ham men jeg har ikke hørt noget svar.

Tak for hjælp
Olena
Sendt fra min iPhone
""")

M("t", """
Hej

Vi er en familie fra Eritrea, vi kom til Danmark for 2 år siden. Mine børn bliver kaldt grimme ting i skolegården fordi de er sorte. Læreren siger det er bare leg. Det er ikke leg. Jeg vil have møde med skoleleder.

Med venlig hilsen
Senait Tesfay
""")

M("", """
Hello,

I just moved to Ishøj with work. Which bin is for the pizza boxes, the paper or the residual waste? The stickers on the bins are only in Danish and Google Translate is not helping much.

Cheers,
Ciarán
""")

M("", """
Hej

jeg vil gerne vide hvor kan jeg lære dansk om aftenen. jeg arbejder på lager om dagen. findes der sprogskole i Ishøj efter kl 17?

mvh Piotr
""")

M("eh", """
hej sagsbehandler

Jeg skriver for min mand Tariq han kan ikke skrive dansk godt. han har ondt i ryg siden ulykke på arbejde og læge sige han må ikke løfte. nu han er sygemeldt 8 uge og vi får ikke sygedagpenge endnu. vi har 3 børn. hvornår kommer pengene?

Samira
tlf 42 71 08 93
""")

M("b", """
Goddag,

Jeg er muslim og jeg vil gerne spørge om min datter kan få mad uden svinekød i vuggestue Gadekæret. Hun hedder Aya og hun er 2 år. Personalet sige de ikke er sikker.

Venlig hilsen
Hanan El-Sayed
""")

M("", """
Hej, hvornår har moskeen på Industrivej åbent for besøg fra skoler? Min klasse på sprogcenteret vil gerne komme på tur. Vi er 14 elever og en lærer.

Mvh Dorota (lærer, modul 3)
""")

M("et", """
Hello / Hej

Sorry for my english. I am from Syria and I come to Ishøj by family reunification with my wife. Now my wife left and we are divorced, she say I must move out of apartment. Where do I live? I have no job yet and the integration ydelse is very small. Can somebody from kommune call me please. +45 50 12 63 48

Khaled
""")

M("", """
Hi there,

Quick question: is there an English-speaking parents' group at any of the schools in Ishøj? We are relocating in August with two kids (8 and 11) and would like to know what options exist before we decide which area to rent in.

Best regards,
Megan Foster
Sent from my iPhone
""")

M("ht", """
Kære kommune

Jeg er Romani og mine naboer kalder mig "sigøjner" hver dag på trappen. Jeg har fået angst og min læge har givet mig piller for at sove. Jeg vil flytte men boligforeningen sige der er ventelist. Hjælp

Mirela Stoica
""")

M("e", """
hej
jeg har faaet brev om tilbagebetaling 14.300 kr for boligstøtte. jeg forstaar ikke hvorfor. jeg har ikke faet mere loen. kan jeg betale lidt hver maaned?
hilsen Nguyen Van Hoa
""")

M("ut", """
Hej

Jeg er ny i Danmark fra Polen og arbejde på byggeplads. Jeg har meldt mig ind i 3F i sidste uge. 3F sige jeg skal spørge kommunen om jeg kan få tolk til kursus om sikkerhed. Er det rigtigt?

Pozdrawiam / hilsen
Tomasz Wiśniewski
""")

M("", """
Hej! Hvor kan man få hjælp til at udfylde papirer til 3F? Vi er nogle kollegaer fra byggepladsen der gerne vil være med, men vi forstår ikke formularen. Findes der noget frivillig rådgivning i Ishøj?
""")

M("tb", """
Goddag

Vi er kurdere fra Tyrkiet og vi er alevi. I den nye fritidsklub siger nogen drenge til min søn at han er ikke rigtig muslim. Han vil ikke gå der mere. Jeg vil gerne at pædagogerne snakker med drengene.

Venlig hilsen
Hüseyin Demir
Gildbro Vænge 9
""")

M("h", """
Hi,

I'm writing in English because my Danish is still at "en kop kaffe, tak" level. I was diagnosed with type 1 diabetes last month and my GP says I can get free test strips through the kommune. Who do I contact? My CPR is [[140791-2283]].

Thanks a lot,
Jonas Weber
""")

M("", """
Hi,

Do you know if the kommune offers free Danish lessons for EU citizens who are working full time? I've read conflicting info online. Also, is there a waiting list?

Thanks
Lucía
""")

M("eh", """
Hej

Jeg hedder Fatuma. Jeg er gravid i 6 måned og jeg bor på krisecenter nu. Jeg har brug for lejlighed før baby kommer. Jeg har kun kontanthjælp. Min sagsbehandler er på ferie. Hvem skal jeg tale med?

Fatuma Hassan
cpr [[030898-1416]]
""")

M("p", """
Hello,

My wife and I have made an offer on a house in Vejleåparken area (Vejlebrovej 88) but the sale is not final yet – the seller's agent says there's another bidder. Can you tell us if there are plans for building on the green area behind the house before we sign anything? We have until Friday.

Regards,
Daniel & Priya Mehta
""")

M("", """
Hello,

Is it true that the kommune is selling building plots near Ishøj Strand? Where can I see prices and the process? We are just curious for the future, nothing concrete yet.

Marco
""")

M("ts", """
Hej

Jeg er fra Iran og jeg er homoseksuel. Jeg fik asyl fordi det. Nu jeg bor i kommunens bolig i Ishøj og en mand i opgangen har fundet ud af det og han truer mig. Jeg tør ikke gå ud om aftenen. Hvad kan jeg gøre? Kan jeg få anden bolig?

Navid
""")

M("e", """
Hej

Jeg har fået job som rengøring 20 timer men nu jobcenter skriver at min kontanthjælp bliver mindre. Jeg forstå ikke regnestykke. jeg har løn 9.800 og de trækker 7.000. Kan nogen forklare på enkelt dansk?

mvh Amina Warsame
""")

M("", """
Hej, findes der et sted i Ishøj hvor man kan få forklaret kontanthjælpsreglerne på let dansk eller arabisk? Vi er en gruppe kvinder på sprogskolen som gerne vil forstå systemet bedre.
""")

M("b", """
Dear Sir/Madam,

I am a practising Sikh and I wear a turban. I applied for a job as a substitute (vikar) at the school in Ishøj Landsby and the interviewer asked me if I could "take it off for the children". I don't think this is acceptable and I would like to complain.

Yours faithfully,
Harpreet Singh
""")

M("", """
Hi, where is the nearest gurdwara or Sikh temple to Ishøj? Just moved here. Thanks!
""")

M("eht", """
hej

min mor hun er fra pakistan, hun snakke ikke dansk. hun har sukkersyge og hun har faldet i badeværelse 2 gang. vi vil søge hjemmehjælp til hende. hun bor Ishøj Strandvej 54, 1 tv. hendes cpr [[120448 1937]]. jeg er hendes søn og jeg kan oversætte.

Imran Chaudhry
""")

M("ut", """
Hej Jobcenter,

I'm an engineer from India, member of IDA since January. IDA told me I can get a mentor through the kommune's program for foreign academics. Could you send me info in English? 

Best,
Rahul Iyer
""")

M("", """
Hello,

Which unions in Denmark are for engineers? A colleague said IDA but others said Ingeniørforeningen. Is it the same thing? Sorry if this is not a question for the kommune.

Kind regards
Wei Zhang
""")

M("e", """
Hej

Jeg er meget ked af det. Min udlejer har sendt brev at jeg skal flytte ud 1. oktober fordi jeg skylder 3 måned husleje. Jeg har 2 små børn. Hvor skal vi bo? Vi har ingen familie her.

Venlig hilsen
Leyla Omar
Ishøj Centret 2, 3 mf
""")

M("t", """
Hi

I'm British with Nigerian parents. At the Borgerservice desk yesterday the man behind me in the queue told the staff I "should go back to Africa" and no one said anything. I would like the kommune to have a policy for this. I'm not asking for anything else.

Tolu Adeyemi
""")

M("", """
Hi,

I would like to suggest that the kommune's website has more information in English. Many of us expats in Ishøj struggle with basic things like parking permits and bulky waste pickup (storskrald). Thank you for considering it.

Sent from Outlook for Android
""")

M("hst", """
Hej

Jeg er fra Brasilien, jeg bor med min mand Rafael i Ishøj. Rafael har fået kræft i tarm og skal have kemo i Herlev. Jeg kan ikke køre bil. Kan kommune hjælpe med transport? Vi er gift siden 2019. 

Obrigado / tak
Lucas Almeida
""")

M("ept", """
Hej

Vi er en familie fra Bosnien, vi har boet i Ishøj 25 år. Vi skal sælge vores rækkehus på Tranegilde Strandvej fordi min mand mistede sit arbejde og banken siger vi kan ikke betale lån mere. Der er en køber som har givet bud, men han venter på sin bank. Kan vi få hjælp fra kommunen til at betale huslejen i ny lejlighed?

Amra Hodžić
""")

M("", """
Hej. Jeg vil spørge om kommunen har tolk på bosnisk når man skal til møde i Borgerservice? Det er ikke for mig men for vores forening, vi skal lave en vejledning til ældre medlemmer.

mvh Bosnisk Kulturforening Ishøj
""")

M("b", """
Hello,

We are Jehovah's Witnesses and our son (Elias, 4th grade, Strandgårdskolen) does not celebrate birthdays or Christmas. His teacher has asked him to make a Christmas decoration in class every day this week. Could someone speak with the teacher? We don't want a conflict.

Anna & Mikael Ström
""")

M("e", """
hej jeg har spørgsmål. jeg er flygtning og jeg får integrationsydelse. min bror i Tyskland vil sende mig 5000 kr til at købe seng og skab. skal jeg sige det til jobcenter? jeg vil ikke have problemer

Mohammed
""")

M("", """
Hi,

I'm a journalist student writing about integration in the Copenhagen suburbs. How many refugees did Ishøj receive in 2024 and how many are in jobs now? Only aggregated numbers, of course.

Best,
Sofie Lindqvist
""")

M("ht", """
Hej

Min datter Zahra (9 år) har autisme. Vi er afghansk familie og ingen i skolen forstår vores kultur og hendes diagnose sammen. Vi vil have en PPR-møde med tolk på dari. Hendes cpr er [[050315–4482]].

Venlig hilsen
Farid Ahmadi
""")

M("", """
hej
hvor kan jeg få ny sundhedskort jeg har tabt min. skal jeg komme til borgerservice eller kan det gøres på nettet?
mvh Jamal
""")

M("eu", """
Hej

Jeg er medlem af Krifa og jeg har været ledig 10 måned. Krifa siger at kommune har sendt forkert papir om min aktivering. Nu jeg får ikke dagpenge for maj. Jeg hedder Andrzej Nowak, født [[220685-3101]].

Hilsen Andrzej
""")

M("s", """
Hi!

Me and my wife Sarah are moving to Ishøj next month. We are two women, and we wanted to ask if there are any LGBT+ friendly daycare options, or if it's generally not an issue here. Our daughter is 3.

Best, Jess
""")

M("", """
Hey, does Ishøj have any Pride events or a rainbow association? Would love to get involved as a newcomer. Thanks
""")

M("e", """
Dobrý den / Goddag

Min søn (17) er blevet anholdt for tyveri i Ishøj Bycenter. Politiet sige kommunen skal komme til møde. Vi er meget bange. Vi taler ikke dansk godt. Hvad sker nu? Kan han komme i fængsel?

Jana Horváthová
""")

M("t", """
Hej Borgmester

Jeg er dansker men min far er fra Tunesien. Hver gang jeg søger job gennem jobcentret, får jeg ingen svar på mine ansøgninger. Min kollega med et dansk navn og samme CV bliver kaldt til samtale. Jeg mener det er diskrimination.

Med venlig hilsen
Yassine Ben Ali
""")

M("", """
Kære borgmester, vil kommunen lave en kampagne mod diskrimination på arbejdsmarkedet? Jeg har læst i avisen at mange med anden etnisk baggrund har svært ved at få job. Det synes jeg er en skam.
Mvh Lone
""")

M("hut", """
Hej

Jeg er lærer fra Ungarn, medlem af DLF, og nu sygemeldt med stress siden april. DLF siger at jeg skal have en samtale med kommunen om delvis raskmelding. Jeg forstår ikke "§ 56" – hvad er det?

Venlig hilsen
Réka Szabó
""")

M("", """
hey kommune

what is the difference between "storskrald" and "haveaffald"? and when do you collect on Vildtbanevej? the paper calendar I got is confusing

thx
""")

M("et", """
Hej

Jeg er enlig mor fra Filippinerne. Min ex-mand vil have at børnene bor hos ham og har sendt sag til Familieretshuset. Jeg har ikke råd til advokat. Kan kommunen give mig fri proces eller hjælp?

Maricel Santos-Jensen
Ishøj Søvej 12
""")

M("tb", """
Hej

Vi er en jødisk familie oprindeligt fra Ukraine. Vores søn går i 5.b på Vibeholmskolen. I sidste uge malede nogen hagekors på hans skab. Vi er medlem af Mosaisk Trossamfund og vil gerne have at skolen tager det alvorligt.

Venlig hilsen
Igor og Marina Feldman
""")

M("", """
Hej. Er der nogle regler for hvornår man må grille på altanen i almene boliger? Vi er nye i landet og vil ikke gøre noget forkert. Mvh Familien Kowalczyk, blok 7
""")

M("h", """
Hej, jeg har bestilt tid til tandlæge for min søn på kommunens tandpleje men han har stadig meget smerte i tand og hævet kind. Han hedder Ali Reza og er 11. Kan vi komme før den 14.? Han kan ikke spise.
Mvh Nasrin
""")

M("", """
Hello, are the Ishøj municipal dental services free for children up to 18, also for those with EU residence? Thanks in advance, Greta
""")

M("et", """
hello

i am from Lithuania and work in warehouse. my boss didnt pay me salary for 2 month and now i have no money for food or rent. i went to jobcenter but they say i am not unemployed. where can i get help?? my name Darius Kazlauskas, tlf 71 44 90 21
""")

M("et", """
Hej

Jeg skriver for min nabo i nr. 14, familien Said. De er somaliske og snakker ikke så meget dansk. Deres strøm er blevet lukket fordi de ikke har betalt regningen, og de har tre små børn. Kan kommunen gøre noget hurtigt? Jeg har lovet at skrive for dem.

Venlig hilsen
Bente Mortensen
Vibeholms Allé 12
""")

M("ubt", """
Hej

Jeg er fra Chile og er aktiv i Enhedslisten her i Ishøj, og jeg er også medlem af HK. Jeg vil gerne have et møde med udvalgsformanden om forholdene for rengøringsfolk i kommunen. Vi er en gruppe der har samlet underskrifter.

Mvh
Carolina Fuentes
""")

M("", """
Hi, I saw a poster about a citizens' meeting on the new light rail stop. Will there be interpretation into English? I'd like to attend but my Danish isn't good enough for a long discussion.
""")

M("h", """
Hej

Jeg har været i Danmark 3 uge og min baby på 4 måned har feber og hoste. Vi har ikke fået læge endnu fordi gult kort ikke kommet. Hvad gør vi? Hun hedder Mila, født [[100226-4172]].

Ana Petrović
""")
