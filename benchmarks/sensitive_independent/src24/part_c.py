"""corpus24 part C: Danish mixed with English, and some mails in English only."""
from common import M

M("s", """Hi, my husband Daniel and I (I'm Mark) just moved to Ishøj from London. Do we need to register anything at Borgerservice as a married couple? Cheers""")

M("", """Hi, I just moved to Ishøj for work. How do I get a yellow health card and a CPR number? Thanks, Laura""")

M("p", """hej, vi har sat vores rækkehus på Strandhøjen til salg og der er en buyer der er interesseret, men han vil vide om der kommer en ny letbane station tæt på. any news? /Rikke""")

M("", """when is the light rail to Ishøj actually opening? the dates keep changing lol""")

M("u", """Hey, I'm a member of 3F and my union rep says the municipality owes me two weeks holiday pay from my job at the depot. Who do I talk to? - Jason""")

M("", """Does the municipality have any English-speaking staff at Jobcenter? asking for a colleague""")

M("e", """hej, sorry for the english. I lost my job in September and now I'm on dagpenge but it's not enough for rent. can I apply for boligstøtte as well? Anna, Vejleåvænget""")

M("hs", """Hi Sofie (council), I'm a trans woman and lesbian, living in Ishøj with my girlfriend. My GP refuses to refer me to the gender clinic. Can the municipality do anything? Thanks, Alex""")

M("", """ok so den nye cykelsti langs ishøj strandvej is super nice men lyset virker ikke om aftenen. pls fix""")

M("b", """Dear mayor, as a practising Sikh I wear a turban and the swimming pool staff told me I can't swim with my head covered. I'd like a meeting about this. Regards, Harpreet Singh""")

M("", """Dear mayor, what is the policy on religious headwear in municipal swimming pools? I'm writing an article for the local paper. Best, Tom""")

M("", """Hi again, forgot the CPR in my last email, here it is: [[270692-1845]]. Re: parking permit application for Pilemølle Allé 9. Br, Chris""")

M("t", """Hi. I'm British-Nigerian and my kids are the only Black kids in their class at Gildbroskolen. Last week another parent called my son the n-word at pick-up. The school did nothing. - Grace""")

M("", """Hi, is there an international school anywhere near Ishøj? We're relocating in August. Kind regards""")

M("p", """hej kommune, we have an offer on our grund at Torslunde but the buyer wants a soil report before signing. har I en jordforureningsattest? thx""")

M("e", """hi, my ex won't let me see my daughter and the statsforvaltning thing is taking forever. can the municipality help with samvær? I'm her dad. Kevin""")

M("ue", """Hello, I'm in HK and was just laid off from my office job. HK a-kasse says I should contact jobcenter Ishøj to sign on. Is that online or do I come in? Best, Priya""")

M("", """Hello, what documents do I need to register as a job seeker at Jobcenter Ishøj? General question""")

M("h", """Hey, my wife is pregnant with twins and has been put on bed rest. Can we get any help at home from the municipality? Ravi""")

M("", """Hi, is the Sundhedshuset open on Saturdays for blood tests? Thx""")

M("b", """hej hej, jeg er vegan af etiske grunde og min søn er også. daginstitutionen vil ikke lave vegansk mad. is that even legal? /Freja""")

M("", """is there vegan food option in the school canteen at Ishøj Skole? just curious""")

M("st", """Hi, we're two dads (Ali and Jakob) adopting a little girl from Colombia. The adoption agency needs a letter from the municipality. Who handles that?""")

M("", """CPR: [[310377 1129]] — please send the forms to my new address, Ishøj Bygade 41. thank you""")

M("hu", """hej, I work as a nurse at the plejecenter, member of DSR. I got burnout and I'm on sick leave since August. Can you explain the rules for the opfølgningssamtale? thx Maja""")

M("", """quick q: er der åbent på rådhuset mellem jul og nytår? need to renew my passport""")

M("t", """Dear council, my mother is Inuit from Greenland and moved to Ishøj last year. She is lonely and doesn't speak much Danish. Are there any Greenlandic associations locally? Best, Pipaluk""")

M("", """Are there any Greenlandic associations in Ishøj? Writing a school project on minorities.""")

M("pe", """Hi, my father's house on Vildtbaneparken is going to tvangsauktion next month. Is there anything the kommune can do before the sale? Thanks, Sandra""")

M("e", """hello - I rent a room on Ishøj Strandvej and my landlord is evicting me by the 1st, I have nowhere to go. can kommunen help me with a place? Mikkel""")

M("bs", """Hi, I'm Lars, I'm gay and a member of the Social Democrats in Ishøj. I'd like to propose a rainbow crossing at the town hall square. Who should I talk to?""")

M("", """Hi, would it be possible to get a rainbow crossing at the town hall square for Pride month? What's the process?""")

M("u", """Hey, I'm the shop steward (tillidsrepræsentant) for Dansk El-Forbund at the construction site on Vejlebrovej. The site has no toilets for workers. Can the municipality check? Jonas""")

M("", """There are no public toilets at Ishøj Strand near the harbour. Can you put some up? Thanks""")

M("he", """hej, min kæreste er alkoholiker og nu har han mistet sit job. vi har 2 børn. er der hjælp til misbrugsbehandling i ishøj? and can we get økonomisk hjælp? sorry for the mess. Louise""")

M("", """Hi, this is my CPR [[140601-4472]] for the bike registration thing my mom asked me to do. /Noah""")

M("t", """hi I'm adopted from South Korea and trying to get my adoption papers from the municipality archives. who handles that? Hanne Lee Jensen""")

M("", """Hi, how long does the municipality keep old archive documents? General question for my studies.""")

M("b", """Dear Councillor Hansen, I voted for you and your party last election because of your climate promises. Now you voted for the new motorway ramp. I'm disappointed. Regards, Emil""")

M("", """Dear Councillor Hansen, when will the committee vote on the motorway ramp? Thanks""")

M("pe", """Hi - we have to sell our andelslejlighed because of our divorce, there's a buyer but he pulled out yesterday. Now the bank is pressuring me. Can I get help from kommunen with the rent meanwhile? Tina""")

M("s", """my boyfriend and I are both guys and we'd like to become foster parents someday, is that even possible in ishøj? no stress, just curious about the process. /Rasmus""")

M("", """foster parents - is there a shortage in Ishøj? saw something in the news""")

M("uh", """hej, I'm a teacher at Vibeholmskolen and member of DLF. I injured my back lifting tables at work. The school says it's not an arbejdsskade. What do I do? Anders""")

M("", """What is an arbejdsskade exactly and who decides? Just asking generally, thanks""")

M("", """Re: housing support application. CPR [[0810854113]] — I think you have the wrong income for 2025, please check. Regards Kenneth""")

M("et", """hi, I came as a refugee from Syria in 2015 and now I'm getting kontanthjælp while I study. the sagsbehandler says I must stop studying. is that right? Rami""")

M("", """Hi, are there any free Danish courses for refugees in Ishøj? Asking for our volunteer group.""")

M("b", """hi im buddhist and we are a small meditation group. can we use the park by the lake on sundays mornings for meditation? no noise ofc. Lin""")

M("", """hi can we use the park by the lake for yoga on sunday mornings? no noise, small group""")

M("p", """hej, jeg har et kolonihavehus i Ishøj Kolonihaveforening som jeg vil sælge, buyer is lined up but the forening says the kommune has to approve the price. How long does it take? Birthe""")
