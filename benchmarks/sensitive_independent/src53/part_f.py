"""corpus53 part F: English and mixed-language writers, SMS and Facebook pastes."""
from common import M

M("ts", """Hi Councillor,

My name is Diego, I'm from Colombia and I moved to Ishøj with my husband Thomas last year. We would like to join a local sports club but we were told at one club that "they don't do that kind of couples" when we asked about a family membership. Is this legal in Denmark? Who can we complain to?

Thanks
Diego""")

M("", """Hello,

When is the Pride event in Ishøj this year, and is it possible for a company to have a stand? We sell ice cream.

Best regards
Ishøj Is & Kaffe""")

M("bt", """Hej kommune, sorry my Danish is not so good. I am a Hindu from Nepal and we would like to celebrate Diwali with our family and friends in the community hall at Vejleåparken in November. Can we rent it? How much does it cost? We are about 60 persons.

Thank you
Ramesh Thapa""")

M("u", """Indsat fra SMS af medarbejder i Borgerservice (borgeren har bedt om svar på mail):

"Hej det er Kenneth. Er i 3F og skal bruge papir på at jeg har boet i Ishøj siden 2019 til min a-kasse. Kan i sende det? Tak"
""")

M("ht", """Dear Mayor,

I am writing as a Syrian Kurd who came to Denmark as a refugee in 2016. My daughter (6) has cerebral palsy and uses a wheelchair. Her school in Ishøj does not have a lift to the second floor where her class is. She has to be carried. Please help.

Respectfully,
Rojin Ali""")

M("", """Hi,

I'm a researcher at the University of Copenhagen studying how Danish municipalities handle citizen inquiries in English. Could you tell me whether Ishøj Kommune has a policy on answering in English? No personal data is needed.

Kind regards
Dr. Emma Clarke""")

M("s", """fra facebook, Ishøj Borgergruppe, indsat af byrådsmedlemmets sekretær:

"jeg er bi og har en kæreste der er kvinde, og vi blev råbt efter ved busstoppestedet på Ishøj Strandvej af nogle drenge. det sker hver uge. kan kommunen ikke sætte lys og kameraer op??" – Sofie M.

Borgeren har givet lov til at vi bruger opslaget.""")

M("bu", """Hello,

I am a member of Dansk Metal and also active in the Socialist People's Party (SF) locally. I want to organise a meeting for international workers in Ishøj about their rights. Can we book a room at the library for free as a political event?

Sincerely,
Andrzej Kowal""")

M("he", """Hi

My mother (82) lives alone in Ishøj and has just been diagnosed with dementia. I live in London. How do we apply for home care (hjemmehjælp) for her? She doesn't want to move. Is there anyone who speaks English I can call?

Many thanks,
Sarah Jensen""")

M("", """Dear Ishøj Kommune,

Could you please tell me the opening hours of the citizen service desk during the summer? I need to renew my driving licence but I cannot find the times on the website in English.

Regards
Wei""")

M("tb", """Hej Borgmester

Jeg er jøde og min familie kom fra Ungarn efter krigen. I skolen har min søn hørt at Ishøj Kommune vil fjerne mindedagen for Holocaust fra kalenderen. Er det rigtigt? Det ville gøre mig meget ked af det.

Med venlig hilsen
Daniel Weiss""")

M("e", """SMS indsat af receptionen på rådhuset, afsender kendt:

"hej jeg kan ikke betale min husleje denne måned og de har sagt de vil opsige mig. jeg har snakket med min sagsbehandler om kontanthjælp men hun svarer ik. kan nogen ringe?? Mona"
""")

M("sh", """Hi there,

I'm a gay man living in Ishøj and I have HIV. I'm very well treated and healthy, but my home care nurse told my neighbour about my diagnosis. I want to complain. Is it the citizen advisor I should contact?

Regards,
M.""")

M("", """Facebook-besked modtaget på kommunens side (videresendt til hovedpostkassen):

"Hvornår åbner den nye moské på Industrivej? Der er meget trafik om fredagen og vi vil gerne vide om der kommer flere parkeringspladser." – en nabo""")

M("tu", """Dear Committee Chair,

I'm from the Philippines and work as a nurse assistant at a private nursing home in Ishøj. I'm a member of FOA. We are several Filipino colleagues who have been told we cannot speak Tagalog in the break room. Is this allowed? The union says we should also inform the municipality as it pays for the places.

Maria Santos""")

M("es", """hej fra mig. I'm writing in both languages because my wife Ana doesn't read Danish. Vi er to kvinder, gift, og vi har ansøgt om friplads i vuggestuen til vores søn fordi jeg er arbejdsløs. Vi har ikke fået svar. Can you please answer in English so she can read it too?

Camilla""")

M("", """Hello,

Is there a Catholic or English-language church in or near Ishøj? Our company is relocating staff to the area, and we want a list of international congregations for the welcome pack.

Thanks,
Rebecca""")

M("b", """Messenger-besked indsat af byrådsmedlem (borgeren har selv skrevet til ishoj-mail bagefter):

"Hej Per. Jeg stemte på dig ved valget og er selv medlem af Venstre, men jeg er skuffet over at I stemte for lukningen af Ishøj Bibliotek om lørdagen. Det var ikke det vi talte om. Hilsen Anne-Mette"
""")

M("ht", """Dear Sir,

I am a Pakistani student at DTU living in Ishøj. I was injured in a bicycle accident on Ishøj Strandvej and broke my arm. The path was not lit. Can I get compensation from the municipality?

Yours faithfully,
Usman Qureshi""")

M("", """Hi,

Our company would like to donate Christmas trees to nursing homes in Ishøj. Who should we contact? We can deliver on 1 December.

Best
Nordic Trees ApS""")

M("s", """hej, skriver for min søn Mikkel 16 der er homoseksuel og har haft det svært i klubben. de andre kalder ham ting. han vil ikke selv skrive. vi vil gerne have et møde med klubbens leder. tak. mor""")

M("u", """Hello,

I'm the shop steward (tillidsrepræsentant) for HK at the Ishøj town hall IT department. A colleague asked me to check whether the municipality will pay for English-language Danish courses for new hires. Could you point me to the right person?

Kind regards
Ravi Menon""")

M("", """Hi,

I saw a notice about a public hearing on the new local plan for Ishøj Strand. Will there be an English translation? Many residents in my building don't read Danish.

Thank you
Peter, Strandparken""")

M("eht", """Fra Facebook-opslag, kopieret af borgmesterens PA til sagen:

"Jeg er fra Irak og har været her i 20 år. Min mand har kræft og jeg er blevet fyret fordi jeg skulle være hjemme med ham. Jobcentret siger jeg skal søge 20 jobs om ugen. Hvordan kan det være rimeligt?" – Suad""")

M("bs", """Dear Councillor,

I'm a Lutheran pastor's wife – well, husband, actually. My husband is the pastor at one of the churches in the area, and we both attend services there every Sunday. We were refused a couples' membership at the tennis club "because it is for man and wife". Could you look into whether the club receives municipal funding?

Best,
John""")

M("", """Kære kommune, kære byråd

Jeg synes det er flot, at kommunen hejser regnbueflaget under Pride. Bliv ved med det! Det betyder meget for mange unge i byen.

Venlig hilsen
En glad borger""")

M("p", """Hi,

I live in Spain these days, and I own a house on Ishøj Søvej which I have put up for sale. A buyer has made an offer but wants to know if the municipality has any plans for the empty land behind it. Can you tell me? I'm not in a rush but he is.

Kind regards
Niels Ravn""")

M("eb", """Hej fra en pensionist

Jeg er katolik og går i kirke hver søndag i Taastrup, men bussen kører ikke mere om søndagen. Jeg har fået afslag på kørsel fra kommunen. Skal jeg virkelig tage en taxa til 300 kr.?

Venlig hilsen
Wanda""")

M("", """Indsat fra SMS: "hvornår kommer skraldebilen på Gildbro? den kom ikke i går" – sendt til Borgerservice, videresendt til Affald""")

M("st", """Hi Borgerrådgiver,

I am a trans woman from Brazil and I'm married to a woman, Julia. At the municipal swimming pool I was told to use the men's changing room. I felt humiliated. I want to complain about how the staff treated me.

Luana""")

M("h", """Hej, er det her jeg kan skrive om min søn? han har fået konstateret diabetes og skal have insulin i skolen. skolen siger de ikke må give den. Sorry for bad Danish, I'm learning. Mother of Leo, 2.c Vibeholm""")

M("", """Hi,

My name is Tom, and I'm organizing a football tournament for international residents in Ishøj. Are there any municipal grants for multicultural sports events? We expect teams from many nationalities.

Cheers
Tom""")

M("tb", """Kære borgmester,

we are a Somali family, very religious, and my daughter wants to wear her hijab in the swimming lessons at school. The teacher said no. Vi beder om at hun må bære en burkini. Hun er 11.

Abdi Warsame""")

M("ue", """Hej Jobcenter

I'm a member of IDA (engineers' union) and got laid off from my job in Hvidovre last week. IDA's a-kasse says I need to register at the jobcenter in my municipality. Do I need to show up in person or can I do it online? I don't have MitID yet.

Thanks
Kenji Watanabe""")

M("", """Hej

Er der nogen i kommunen, der taler ukrainsk og kan hjælpe vores forening med at lave en plakat til sommerfesten? Det er ikke en sag, bare en hjælp.

Mvh
Ishøj Venskabsforening""")
