"""corpus68 part e: mails in English and in mixed Danish/English."""
from common import M

M("s", """
Hi Tina,

My husband Peter and I are two dads with a 4-year-old, and we just moved to Ishøj from Copenhagen. We need to register our son for daycare, but the online form only accepts one parent's MitID and then asks for "the mother". Who can we talk to?

My CPR is [[080885-1377]], in case you need it for the case.

Thanks,
Tom Gallagher
""")

M("", """
Dear Council Member,

I am a journalist with The Local Denmark writing a piece on how suburban municipalities are handling the housing shortage. Could you give me a short comment on Ishøj's plans for new social housing in Vejleå? Deadline Thursday.

Kind regards,
Hannah Fiske
""")

M("t", """
Hello Mr. Ørum,

I'm an American living in Ishøj since 2019. My kids go to Strandgårdsskolen. I'd like to volunteer as an English reading buddy at the library, but the volunteer sign-up page is only in Danish and asks for a "børneattest". What is that and how do I get one?

Best,
Jennifer Walsh
""")

M("p", """
Hi Per,

Sorry for writing in English, my Danish is not good enough for this. We signed a conditional purchase agreement for the house at Ishøj Landsbygade 31 last week. The sale depends on the municipality confirming that the annex can be used as a home office. Our lawyer has written to the building department, but we have not heard back and the deadline is 10 April.

Any help with who to contact would be appreciated.

Kind regards,
Mark and Sophie Jansen
""")

M("u", """
hej Morten, quick one – jeg er i IDA og vi holder et medlemsmøde om grøn omstilling på Vestegnen d. 2. juni. Would you be up for a 10 min talk about Ishøj's climate plan? Vh Jakob
""")

M("", """
Dear all,

Please find attached the programme for the twin-city visit from Lüdinghausen, 14-16 May. Council members are invited to the dinner on Thursday at 19:00 at Ishøj Havn. Please RSVP to the mayor's office by 5 May.

Best regards,
International Office, Ishøj Kommune
""")

M("he", """
Hi,

I'm writing about my mother, Ruth Cohen-Levy (she's 81). She had a fall in February and broke her hip, and since coming home from Hvidovre she gets home care twice a day. Last week the visits were cut to once a day without any letter. She can't get dressed alone.

I live in London and can't be there. Could someone explain the decision?

Thank you,
Daniel Levy
""")

M("tb", """
Hej Ayse!

We are a Jewish family from Israel and moved to Ishøj in January (min mand arbejder i Kastrup). Our daughter starts in 1st grade in August. Is there any school in Ishøj where she can get kosher food or bring her own lunch on school trips? Undskyld mit danske, det er kun lidt.

Tak, Noa
""")

M("", """
Hi there, what time does the city council meeting start on Tuesday, and is it streamed online? Thanks.
""")

M("s", """
Dear Malene Krogh,

I saw your speech at Copenhagen Pride. I am a lesbian from Ishøj and I wanted to say thank you. It's not always easy to be out in a small community.

Cheers,
Kim R.
""")

M("e", """
Hi Sanne,

I lost my job at the airport in March and now I receive unemployment benefits (dagpenge). The jobcenter wants me to do a 6-week course in Danish, but I already have a job interview in Malmö. Can I skip the course? Who decides this?

Regards,
Luis Fernández
""")

M("p", """
hej Jesper, sorry, mix af sprog her 🙂

Vi har lagt bud ind på 3.1 mio på lejligheden Ishøj Strandvej 60, 2. th., og sælger har sagt ok, MEN køberrådgiveren siger at der er en gammel sag om ulovlig inddragelse af altan. Kan kommunen tjekke om sagen er lukket? We need to know before Friday.

Thanks, Oliver
""")

M("b", """
Dear Mr. Ali,

As a practising Sikh I wear a turban every day. I have been offered a job as a bus driver, and the company says the municipality's contract requires a uniform cap. Is that true? I would like to understand the rules before I reply.

Respectfully,
Harpreet Singh
""")

M("", """
Hello,

Are there any statistics on how many foreign-born residents in Ishøj are in employment? I'm writing a master's thesis at RUC on integration policy in Vestegnen municipalities.

Kind regards,
Ingrid Solheim
""")

M("hu", """
Hi Annette,

I'm a nurse at Ishøj Plejecenter and a member of DSR. I injured my back lifting a resident in January (arbejdsskade, it is reported) and I've been on sick leave since. My manager now wants a "fraværssamtale". The union says I should ask a politician why there are still no lifts in wing C.

Best,
Grace
""")

M("t", """
Good evening Councillor,

My wife is from Kenya and has been in Denmark for two years. She wants to take the Danish test but the language school in Ishøj has a waiting list until autumn. Is there any faster option in the municipality? She wants to work as soon as possible.

Regards,
Anders Kibet Holm
""")

M("", """
Hi Kasper! Loved the beach cleanup on Saturday. Any chance the municipality can put up more bins by the dunes? See you around. /Marie
""")

M("s", """
Dear Birgitte,

I am writing on behalf of myself and my wife Anne. We are both women in our 70s and have lived in Ishøj for 30 years. At the senior centre activities, the coordinator keeps asking about "our husbands". It's a small thing but it makes us feel invisible.

With kind regards,
Lis Mogensen
""")

M("u", """
Hi Morten,

Just to let you know: I'm the shop steward (tillidsrepræsentant) for the warehouse workers at the DHL hub in Brøndby, many of whom live in Ishøj. We would like to invite you to our morning meeting to discuss the night bus to Ishøj.

Kind regards,
Ibrahim Diallo
""")

M("pt", """
Dear Ishøj City Council,

We are a Dutch family in the middle of buying a plot in the new Ishøj Landsby Øst development from the municipality. The deed is not signed yet, and the price depends on the final size after the road is moved. Could you tell us when the committee decides on the road layout?

Kind regards,
Pieter and Marloes de Vries
""")

M("", """
Hej Hassan, great meeting at the library yesterday about the youth club. Attached the slides. Let's meet again in May? Cheers, Jonas (Ishøj Ungdomsskole)
""")

M("tb", """
Dear Sir,

I am a Muslim convert, originally from Scotland, living in Vejleå. I want to ask whether the cemetery in Ishøj has a section where Muslims can be buried facing Mecca, as I want to make arrangements for myself. I'm 68 and want it sorted.

Yours sincerely,
Alasdair Reid
""")

M("e", """
Hello,

my girlfriend and me we have a baby of 6 months and we are both students. We have applied for boligstøtte and børnetilskud but it is 8 weeks and nothing. Rent is due. Can you tell somebody to look?

Thank you
Kwame and Lise
""")

M("h", """
Hi Tina,

Quick one: I'm diabetic and I noticed the new benches at Ishøj Station have been removed. I need to sit down when my blood sugar drops. Please put them back.

Best,
Jonas Frey
""")

M("s", """
Hej Malene,

Jeg skriver på dansk og engelsk, because my partner reads this too. Min kæreste Ahmed og jeg (I'm Jonas) would like to sign up as volunteers for the LGBT+ youth evenings at Ungdomsskolen. Do we need to show a børneattest?

Jonas & Ahmed
""")

M("", """
Dear Council,

The English translation of the municipality's waste sorting guide has several mistakes, e.g. "madaffald" is translated as "mad waste". I'd be happy to proofread it for free.

Regards,
Clare Dunn
""")

M("tu", """
Hi Sanne,

I am from Romania and work in the cleaning company that has the contract for the schools. I joined 3F last year. We were told that our hours will be cut because of the new contract with the municipality. Is that correct? We are 12 workers.

Thank you,
Ioana Popescu
""")

M("b", """
Dear Ms. Holm,

I voted for the Green party (SF) last November because of your promise on the bike path. I know you're not in SF, but your group agreed to the deal. Please don't let it slip.

Regards,
Erik Lindahl
""")

M("p", """
Hi Per,

Our neighbours at Vildtbanegårdsvej 9 are selling their house and a buyer has made an offer. The buyer wants to cut down the big oak on the property line. We'd like to know if the tree is protected before the sale goes through.

Best wishes,
Sarah and Michael Tate
""")

M("", """
Dear Councillors,

Newsletter from the Danish-British Society, Vestegnen branch: our spring quiz night is on 4 April at Ishøj Kulturhus. Tickets 50 kr. Everyone welcome, including councillors (we promise not to ask about the budget!).
""")

M("hs", """
Hello Mr. Ali,

My husband Carlos and I (we're two men, married in Spain) came to Ishøj last year. Carlos has HIV, which is well treated, but his medicine card from Spain isn't accepted at the pharmacy, and we don't know if it's the municipality or the region that can help.

Thank you,
Javier Moreno
""")

M("t", """
Hej, I am Afghan and live in Ishøj since 2016 (jeg kom som uledsaget mindreårig). Jeg vil gerne starte en fodboldklub for unge fra Vejleå. Hvor søger man penge? I can write better in English. Best, Farid
""")

M("", """
Dear Mr. Ørum,

Thank you for the tour of the harbour on Friday. As promised, here are the figures from our marina association: 340 berths, 90 % occupancy, 62 % of owners living in Ishøj.

Kind regards,
Ishøj Havn Bådelaug
""")

M("hue", """
Hi Annette, just FYI – jeg er medlem af FOA og har været det i 12 år, but I'm writing as a citizen. The new shift system at the plejecenter means my mother gets a different carer every day. Not good for someone with dementia. Best, Charlotte
""")

M("h", """
Hi Kasper,

Short version: I'm pregnant (due in August) and the bus stop at Ishøj Strandvej has no shelter. Standing in the rain at 7 am for 20 minutes is awful. Can the municipality put one up?

Thanks, Emily
""")

M("p", """
Good morning,

We are interested buyers for the commercial unit at Ishøj Bycenter, unit 112. The agent says the municipality must approve a change of use from shop to clinic before we can sign. Could you please tell us the expected processing time?

Kind regards,
Dr. Anita Rao, Vestegnens Fysioterapi ApS
""")

M("", """
Hi, is the Ishøj Kommune citizen service open on Saturday? I need a new health card (sundhedskort). Thx
""")

M("s", """
Hi Bent,

I'm a trans woman and I'm married to a woman, so yes, we're a lesbian couple – just so you have the full picture for the letter I'm sending you about the changing rooms at Ishøj Svømmehal.

Best regards,
Alex Mørch
""")

M("b", """
Dear Mr. Ørum,

As an active member of the Danish Social Liberal Party (Radikale) for 20 years I find it disappointing that the council has not debated the climate plan in public. I hope you'll raise it.

Best wishes,
Helle Berg-Jensen
""")

M("e", """
Hi,

I'm writing on behalf of my brother, Tobias, who has been homeless since February and sleeps in the shelter in Copenhagen. He used to live in Ishøj. He wants to come back but has no address. Can he get help from Ishøj to find a room? I have his power of attorney.

Best,
Sofie Kragh
""")

M("tp", """
Dear Ms. Lund,

I'm Nigerian and have run my catering business in Ishøj for 9 years. I've just made an offer on the small warehouse at Industrivej 12 to expand, and the seller has accepted subject to zoning approval for a commercial kitchen. Could you tell me if the committee has this on its agenda soon?

Regards,
Chidi Okafor
""")

M("", """
Dear Councillor,

Our book club at Ishøj Library read "Det forsømte forår" this month and would like to invite a council member to talk about local democracy at our next meeting. We're eight retired women. Coffee's on us!

Best,
The Tuesday Book Club
""")

M("hbe", """
Hi Hassan,

I'm Catholic and my husband and I married in the Catholic church here in 2010. He has had a stroke and is now in a plejebolig at Torsbo. I would like a priest to visit him there, but the staff says there are rules about "religious visitors". Are there?

Kind regards,
Maria Kowalczyk
""")

M("u", """
Hi Sanne, as a member of Djøf I got a survey about working conditions for public lawyers. Our union says Ishøj has the highest turnover among lawyers on Vestegnen. Is the council aware? Regards, Simon
""")

M("t", """
Hi Jesper, my father is Chinese and only speaks Cantonese. He got a letter about his property tax and we don't understand it. Can someone from Borgerservice call me so I can translate for him? Li Na Hansen, 28 91 44 06
""")

M("", """
Hello,

Could the council please publish the agenda in English as well? Many of us in Ishøj don't read Danish well enough to follow local politics. Thank you, a resident of Strandgårdsparken.
""")

M("p", """
Hi Anne-Grethe, my dad is selling his garden-colony house in Ishøj Sø (have 44). The buyer backed out because of the rumour about the new path. The association has another buyer waiting, but they want a yes from the municipality first. Could you clarify? /Mads Ebbesen
""")

M("s", """
Hi Tina,

My girlfriend Louise and I (I'm Camilla) are organising a Pride picnic for queer women in Ishøj in June. We would like to borrow tables from the municipality. Who do we ask?

Love,
Camilla
""")
