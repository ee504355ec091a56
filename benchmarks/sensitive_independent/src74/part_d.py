"""Part D: web contact forms, expats writing in English, mixed-language mails."""
from common import M

M("", """
Kontaktformular – ishoj.dk

Navn: Jakob Thorsen
Adresse: Ishøj Strandvej 112, 2635 Ishøj
E-mail: jthorsen@live.dk
Telefon: 40 55 21 87
Emne: (intet emne)
Besked:
""")

M("", """
Hi,

I moved to Ishøj in September and I'm a bit confused about the recycling bins. What goes in the one with the grey lid, and when are the bulky items (storskrald) collected on Vejleåvej? I couldn't find an English version of the calendar.

Thanks a lot,
Mark
""")

M("", """
Hello

Is it allowed to park a camper van on the street in Ishøj Landsby for more than 24 hours? My neighbour says there is a rule but I can't find it. Also, do I need a parking permit near the station?

Best, Lena
""")

M("ts", """
Dear Councillor Hansen

My husband Daniel and I are a gay couple from Canada and moved to Ishøj last spring. We are trying to register our marriage from Toronto in the CPR system, but Borgerservice told us the certificate needs an apostille. Canada doesn't do apostilles. Can you point us to someone who knows how to handle this? We have been waiting four months.

Kind regards
Ryan O'Neill
""")

M("p", """
Kontaktformular

Navn: Simone Kastrup
Emne: Køb af kommunal byggegrund
Besked: Vi har budt på parcel nr. 7 i Vejleå Syd og fået at vide at vi er nr. 2 i køen, fordi den første køber har fået udsat fristen for finansiering. Hvornår ved vi om vi kan købe grunden? Vi har allerede et lånetilbud.
Telefon: 26 47 11 39
""")

M("p", """
Hi

We have made an offer on the house at Tranegildevej 8 and the seller has accepted, but our lawyer says we must check for any municipal plans for the field behind it. The deadline for the lawyer's approval (advokatforbehold) is next Friday. Where can we see the local plan in English?

Thanks
Tom & Aisling Murphy
""")

M("", """
Hej

Kan man se i et skema hvornår kommunen næste gang sælger byggegrunde i Ishøj Landsby? Vi har ikke travlt, det er bare til orientering.

mvh Rasmus
""")

M("eht", """
Kontaktformular – Center for Voksne og Velfærd

Navn: Eva Lindqvist
E-mail: eva.lindqvist@gmail.com
Emne: Min mor
Besked: Hej. Min mor er svensk og har boet i Ishøj siden 1970, men efter sin hjerneblødning taler hun næsten kun svensk igen. Plejehjemmet siger de ikke kan forstå hende. Kan I finde en medarbejder der taler svensk, eller en svensk tolk?
""")

M("s", """
Hi there,

I'm a trans woman and bisexual, and I'd like to join one of the sports clubs in Ishøj. Does the municipality have any LGBT-friendly list? I saw a rainbow flag at the town hall and thought I'd ask.

Cheers
Jo Harding
""")

M("", """
Kontaktformular

Navn: Kenneth Bo
Emne: Storskrald
Besked: hvornår kommer i og henter storskrald på Baldersbækvej? har stået der en uge
""")

M("bt", """
Dear Sir/Madam

I am an American citizen living in Ishøj with my Danish wife. I am a practising Mormon (Church of Jesus Christ of Latter-day Saints) and I would like to know if the municipality has any rules against holding small religious meetings in a rented community room in our housing association.

Sincerely
Brandon Walker
""")

M("", """
Hello,

Quick question: are dogs allowed on the beach at Ishøj Strand in summer? And is there a fine if they are off the leash?

Regards
Paolo
""")

M("hse", """
Kontaktformular – Jobcenter Ishøj

Navn: Frederik Lund
Emne: Opfølgningssamtale
Besked: Jeg er sygemeldt efter et benbrud og har fået indkaldelse til samtale den 4/12. Min mand, Christian, kører mig altid, men han arbejder den dag. Kan samtalen holdes over telefon?
""")

M("u", """
Hi,

I'm a member of IDA (the Danish engineers' union) and they told me the municipality hosts meetings for international engineers. I work at a company in Ishøj Erhvervspark. Is there an international network in Ishøj?

Thanks
Priya
""")

M("", """
Kontaktformular

Navn: Ulla Rygaard
Telefon: 60 22 18 45
E-mail: urygaard@mail.dk
Emne: Ring mig op
Besked: Ring venligst efter kl. 15.
""")

M("he", """
Dear Ishøj Kommune,

I'm writing on behalf of my neighbour, an elderly Danish man called Jørgen, who does not use email. He fell on the ice last week and broke his wrist and cannot cook. The hospital said the kommune could give him meals delivered (madservice). He asked me to apply for him. How do I do this?

Kind regards
Sophie Turner
""")

M("p", """
Hej

Jeg er ejendomsmægler og har en køber til kolonihavehuset i Haveforeningen Solsikken, have 42. Bestyrelsen siger at kommunen skal godkende prisen inden overdragelse. Køberen har betalt depositum og venter. Kan I skynde på vurderingen?

Med venlig hilsen
Jesper Noes, Home Ishøj
""")

M("t", """
Hi

My grandmother is Chinese and only speaks Cantonese. She lives alone in Ishøj and wants to vote in the municipal election but can't read the ballot. Can someone help her at the polling station in her language?

Thanks
Kevin Wong
""")

M("", """
Hello,

Could you tell me when the Ishøj town hall (rådhus) is open on Saturdays? I need a new health insurance card (sundhedskort).

Thank you
Ana
""")

M("ps", """
Kontaktformular

Navn: Mikkel og Jonas Hvid
Emne: Spørgsmål om lokalplan
Besked: Vi (et homopar) er ved at købe Ishøj Landsby 27. Vi har underskrevet med advokatforbehold, og vores advokat vil gerne vide om der er planer om at udstykke marken bag huset. Svar hurtigt, forbeholdet udløber på mandag.
""")

M("", """
Hej

Jeg hedder Marie og skal flytte til Ishøj. Hvordan får jeg min lægeordning flyttet, og kan jeg vælge en læge i Vejleå?

Tak
""")

M("te", """
Dear Citizen Advisor,

I am from Nigeria and have lived in Ishøj for 6 years. Last month I was refused help with my rent (boligstøtte) and the caseworker said "people like you always lie on forms". I want to complain about this comment. I have a recording.

Respectfully
Chinedu Okafor
""")

M("", """
Kontaktformular

Navn: Helle Storm
Emne: Forkert adresse
Besked: Jeres breve om vejarbejde kommer til Ishøj Søvej 4, men jeg bor nr. 14. Mit kundenr. hos forsyningen er 1104885120 hvis det hjælper.
""")

M("s", """
Hey,

My wife and I (we're both women) just had a baby and we don't know how to register me as the second parent. The hospital said "talk to the kommune". I'm not the one who gave birth.

Thank you!!
Kate Andersen
""")

M("", """
Hi, I'd like to report a broken streetlight at the corner of Ishøj Stationsvej and Ishøj Boulevard. It's been dark for two weeks. Thanks, Rob
""")

M("hp", """
Kontaktformular

Navn: Lone Frandsen
Emne: Salg af hus – tilgængelighed
Besked: Vi er ved at sælge vores hus på Vibeholmsvej, fordi min mand efter sin blodprop ikke kan klare trapper. Køberne vil vide om den tilbygning vi lavede i 2019 er lovlig. Der er underskrevet købsaftale, men den er betinget af at byggesagen er i orden. Haster.
""")

M("", """
Hello

I am a student at DTU and I am writing a project on sustainable housing in Ishøj. Could I interview someone from the planning department? My email is lin.yang@student.dtu.dk.

Thank you
Lin
""")

M("eu", """
Dear Jobcenter,

I was laid off from my job at the warehouse in Greve two weeks ago. I'm a member of 3F and their a-kasse. 3F told me I must register at the jobcenter first. I don't understand the Danish forms. Is there any help in English?

Thank you
Oksana Melnyk
""")

M("", """
Kontaktformular

Navn: Dorte Vinge
E-mail: dortev@hotmail.com
Adresse: Tranegildevej 2
Emne: Kontakt
Besked: Ring på 21 44 36 90
""")

M("hb", """
Hi,

I'm writing for my daughter Noor (8), who started at Vejleåskolen. She has a nut allergy (she carries an EpiPen) and she also eats only halal. Could the school confirm that her lunch in the SFO kitchen will take both into account?

Best regards
Samir Haddad
""")

M("", """
Hello Ishøj Kommune

Where do I throw away old paint and batteries? The recycling station in Industrivej? Do I need a permit for a trailer?

Best
Julia
""")

M("e", """
Kontaktformular

Navn: Anonym
Emne: Hjælp
Besked: jeg er 19 og min mor har smidt mig ud i går. jeg sover i en opgang. hvad gør jeg. jeg har ikke nogen penge
""")

M("et", """
Hello

My name is Mehmet, I'm Kurdish from Turkey and I live in Ishøj with my wife and kids. The kommune wants to pay back the børnepenge money for 2025 — they say we lived abroad. We were in Turkey only 5 weeks in summer. I need help to understand the letter.

Mehmet Aydın
[[030284-3117]]
""")

M("", """
Kontaktformular

Navn: Thomas Hjort
Emne: Parkering
Besked: Må man parkere på græsset ved Ishøj Arena når der er håndboldkamp? Der kommer parkeringsvagter nogle gange.
""")

M("ht", """
Hi there

My mum is from Vietnam and has been diagnosed with breast cancer. She's being treated at Herlev. She's scared and only speaks Vietnamese. Can the kommune's cancer rehab centre offer anything in Vietnamese?

Thanks,
Anh Tran
""")

M("", """
Hi,

Does the kommune still give a welcome package for new citizens? We just bought a flat in Ishøj Strand (the deal closed in August) and would love some info about local clubs.

Cheers, Finn & Maya
""")

M("b", """
Kontaktformular

Navn: Louise Madsen
Emne: Valgplakater
Besked: Jeg er kandidat for Alternativet til regionsrådet og vil gerne vide hvor i Ishøj man må hænge valgplakater op.
""")

M("u", """
Hej

Jeg er TR i HK Kommunal på Ishøj Rådhus og vil gerne booke et mødelokale den 12. december til klubmøde. Hvem står for lokalebooking nu?

/Dorte
""")

M("hes", """
Dear Ishøj

My partner Sam (he) and I (he) have been together 10 years. Sam has MS and has just been given a wheelchair by the kommune. The ramp at our building is too steep. Who do we ask about a better ramp?

Thanks
Liam Byrne
""")

M("", """
Kontaktformular

Navn: Kim Nyborg
Emne: Faktura
Besked: Faktura nr. 0907881234 fra jer om rottebekæmpelse forstår jeg ikke. Jeg har ikke bestilt noget.
""")

M("p", """
Kontaktformular

Navn: Henrik Schou
Emne: Forkøbsret
Besked: Jeg vil sælge min lille erhvervsgrund på Industrivej 19 til naboen, vi har aftalt prisen men ikke skrevet under. Har kommunen forkøbsret?
""")

M("", """
Hello,

Is there an English-speaking doctor in Ishøj? I just moved to Vejleå.

Thanks
Grace
""")

M("hs", """
Kære Mette,

Jeg skriver for min kæreste Simon, som ligger på Hvidovre med en alvorlig lungebetændelse. Han skulle have holdt sin tale om cykelstier på borgermødet på tirsdag, og jeg (hans kæreste, Anders) vil gerne holde den for ham, hvis det er okay.

Anders Friis
""")

M("", """
Kontaktformular

Navn: Maja Vestergaard
Telefon: 28 19 72 40
Emne: Vejnavn
Besked: Hvad er den historiske baggrund for vejnavnet Tranegilde? Spørger for en skoleopgave.
""")

M("tbe", """
Hi,

My father is Jewish and came from Israel in 1982. He now lives at a care home in Ishøj and would like to celebrate Hanukkah with a menorah in his room. The staff say open flames are not allowed. Is there a solution, e.g. an electric menorah?

Best regards
David Levin
""")

M("", """
Hi,

I run a small company that makes multilingual signs. Would the municipality be interested in signs in English and Arabic at the recycling station? CVR 41027753.

Regards
Omar
""")
