"""corpus59 part e: English and mixed Danish-English mails, and mails with automatic
signatures full of phone, CVR, EAN and reference numbers."""
from common import M

M("", """
Hi there,

We are a Swedish company delivering playground equipment. Please find our invoice no.
2811931456 for the delivery to Ishøj Strandpark. Payment terms 30 days.

Kind regards
Lena Ström
Accounts Receivable
Lekland AB · Org.nr 556712-3456 · VAT SE556712345601
Phone +46 8 123 45 67
""")

M("ps", """
Hi,

My husband Tobias and I (two guys, married in Berlin) are buying a house in Ishøj – the
one on Vejlebrovej 9 – but the sale isn't final yet. The bank wants a statement from the
municipality about the sewer. Who do we ask? The estate agent said "kommunen" which
doesn't help much.

Cheers
Ben Schulz
""")

M("", """
Kære hovedpostkasse

Vi indsender hermed vores høringssvar til lokalplan 2.48.

Med venlig hilsen

Ishøj Grundejerforening
Formand Hans Ravn
Tlf.: 43 73 22 11 | Mobil: 2014 8871
CVR: 17883421 | Foreningsnr. 0412197822
Bank: Reg. 4440 Konto 3210778899
""")

M("ht", """
Dear Councillor,

I am British and have lived in Ishøj for two years. My daughter Emily, aged 6, was
diagnosed with type 1 diabetes last month. The school says they cannot help her with
insulin at lunch. Is this really the policy? Who should I contact?

Regards,
Rebecca Thornton
""")

M("u", """
Hej

Jeg sender hermed min ansøgning om orlov. Se vedhæftet.

Med venlig hilsen

Jesper Kold
Pædagog, Børnehuset Vibeholm
BUPL-tillidsrepræsentant
Cpr: [[240583-1179]]
Mobil 2233 4455
""")

M("", """
Hello,

I'm an exchange student at DTU living in Ishøj. How do I get a yellow health card? I
have a CPR number already. Also, where is the nearest doctor?

Thanks!
Giulia
""")

M("et", """
Hej, I hope you can answer in English.

I came to Denmark as a refugee from Ukraine in 2022 and got kontanthjælp until June. Now
the jobcenter says I must go to a samtale every week but I work part-time in
a bakery. My boss is angry when I leave. What can I do?

Olena Kovalenko
""")

M("", """
Kære Center for Byudvikling og Natur

Vedr. jeres ordre 3010851234 på vejsalt. Leveringen er udskudt til uge 47.

Med venlig hilsen
Kundeservice
Nordic Salt A/S
CVR 21 45 67 89 · EAN 5790000123458
Tlf. 70 10 20 30 · Ordrenr. 3010851234 · Kundenr. 1502647788
""")

M("sb", """
Hi Mona,

Quick one: my wife Hannah and I are both women and we want to baptise our son in Ishøj
Church next spring. The priest was lovely but the form only has "mor" and "far". Who
changes the forms – you or the church?

Thanks
Sarah Jensen-Blake
""")

M("", """
Dear Sir/Madam,

Please note our new bank details for all future payments:
Danske Bank, reg. 3409, account 1205884433
IBAN DK50 3000 3409 1205 8844 33

Best regards
CleanTeam ApS (CVR 39880011)
Customer no. at Ishøj Kommune: 0112772209
""")

M("t", """
Hey,

I'm half Nigerian half Danish and I got stopped twice by the parking guards at the
station who asked me if I "even lived here". The other people weren't asked anything.
Is that normal? I'd like to complain.

/Tobi
""")

M("b", """
Hej borgerservice

Jeg skal have ny sundhedskort. Det gamle er væk.

Venlig hilsen
Erik Thorsen
Sognepræst, Ishøj Sogn
Cpr.nr. [[171158-1603]]
""")

M("hep", """
Hi,

Sorry for my Danish, I write English. My father lives alone in his house on
Ishøj Landevej. He has Parkinson and now home care (hjemmepleje) come twice daily. We
want to sell the house and find him a plejebolig. An agent has a buyer but nothing
signed. Can the plejebolig be ready before the sale?

Best, Nikos Papadakis
""")

M("", """
Til Center for Borger, Økonomi og IT

Vedlagt kreditnota til faktura 1712891001.

Venlig hilsen
IT-Hjælpen ApS
Fakturanr. 1712891001 · Kreditnr. 1712891002 · P-nr. 1004567890
CVR 33445566 · EAN 5798001122334
Support: 70 70 12 12
""")

M("s", """
Hi Lars,

Thank you for the rainbow flag at the town hall. As a gay man who grew up in Ishøj,
it meant a lot. Keep it up!

Best
Morten
""")

M("u", """
Hej Kirsten

Just a quick follow-up: som jeg sagde, I'm a member of IDA og min union siger at
kommunens ingeniører får mindre end i nabokommunerne. Can we meet?

Rasmus Bang
Ingeniør, Ishøj Kommune
""")

M("", """
Hej

Kan I bekræfte modtagelsen af vores tilbud?

Med venlig hilsen
Byg & Anlæg ApS
Tilbudsnr. 2302951188
Tlf. 4012 3456 | CVR 40112233
Policenr. hos Tryg: 6401233445
""")

M("bt", """
Hi,

I am Jewish and I wonder whether the municipality's canteen can provide kosher meals at
the staff party. I know it's a big ask. I just started in Center for Børn og
Forebyggelse.

Best, Noa Levi
""")

M("e", """
Hej,

I got a letter saying I have "restance" on my daginstitution payment. I didn't know
because I can't read Danish well. Now it's 8.400 kr. Can I pay in rates? I lost my job
in August.

Mvh Carlos Ruiz
""")

M("", """
Til Ishøj Kommune

Med henvisning til jeres mail af 2. november fremsender vi hermed revideret tidsplan.

Med venlig hilsen

Tina Larsen
Projektleder
Rambøll Danmark A/S
Hannemanns Allé 53 · 2300 København S
T +45 5161 1000 · D +45 5161 2233
CVR 35128417 · Sag 1100050012
""")

M("h", """
Hej Anne

Can we move my meeting with the integration council to next week? I'm pregnant and had
bleeding yesterday, the doctor says I should rest for a few days.

Sorry!
Ayesha
""")

M("s", """
Hi,

I'm a trans man and gay, and I'd like to know if the municipality's health centre has
a counsellor with experience in LGBT+ issues. Not for anything urgent.

Thanks
Sam
""")

M("p", """
Hej

Vi er ved at købe grunden Tranegildevej 44 og kommunen har forkøbsret til en
del af den. Kan I bekræfte om I vil gøre den gældende? Købsaftalen er betinget af jeres
svar.

Med venlig hilsen
Peter Juhl
CPR [[280575 1901]]
Mobil: 2045 6789
""")

M("", """
Hej,

Jeg fik en faktura med nr. 0211863344 fra jer. Jeg har aldrig brugt jeres tandpleje.
Kan I tjekke om den er sendt til den forkerte?

Mvh Martin
Tlf. 5012 3344
""")

M("ub", """
Hi,

I'm a member of both Lederne and the Liberal Alliance local branch, and I'm organising a
debate on business parking in Ishøj Erhvervsområde. Would the council chair of Business
want to take part?

Regards
Christian Ahl
""")

M("", """
To whom it may concern

Please see our updated certificate of insurance, policy number 0403942211, covering
the event at Ishøj Strand on 15 August.

Regards,
Nordic Events ApS
CVR 41223344 · EAN 5790002233445
""")

M("t", """
Hej Borgerservice

My mother is Chinese and she needs help to renew her residence card. She only speaks
Mandarin. Is there someone who speaks Mandarin, or can I come with her?

Thanks a lot
Wei Chen-Andersen
""")

M("he", """
Hello,

I'm writing about my brother Patrick. He has schizophrenia and lives in a bostøtte
apartment. His support worker has been changed four times this year and he is getting
worse. Can you help us make a complaint?

Best regards
Fiona Murphy
""")

M("", """
Hej

Tak for mødet i dag. Jeg vedhæfter referatet.

Med venlig hilsen
Jonas Brandt
Konsulent, KL
Weidekampsgade 10 · 2300 København S
Direkte: 3370 3456 · Mobil 2934 5566
Journalnr. 26-10-1234
""")

M("b", """
Hi,

I'm a vegan for ethical reasons and my son is too. Can the school canteen give him a
plant-based option? We've asked the teacher but she said it's up to the kitchen.

Thanks
Ida Schmidt
""")

M("u", """
Hej

Vedhæftet mine lønsedler for september og oktober.

Mvh
Bettina Holm
Medlem af 3F Køge Bugt
Personnummer: [[050994-4012]]
""")

M("", """
Dear Ishøj Kommune,

We are organising a Pride-themed football tournament for youth clubs across the region.
Can we book the pitches at Ishøj Stadion on 14 June? Team registration no. 1406261200.

Kind regards
Copenhagen Youth Sport
""")

M("ht", """
Hi,

I am originally from Syria and came to Denmark in 2016. I was at Ishøj Sundhedshus for
rehabilitation after my stroke. The physiotherapist said I should go to the pool, but I
don't know how to swim. Is there a course?

Regards
Mahmoud
""")

M("", """
Hej

Jeg har fået et girokort med reference 0509753322. Hvad er det for?

Venlig hilsen
Knud Jessen
Bryggergården 14
""")

M("sp", """
Hej,

Kort: my girlfriend Emma and I (two women) are selling the andelslejlighed in Ishøj
Bycenter. The buyer's bank needs the andelsbolig approval from kommunen. Vi har ikke
skrevet under endnu. Who handles this?

Tak!
Julie Mortensen
""")

M("", """
Hej

Vi holder stiftende generalforsamling i Ishøj Cykelklub den 3/12. Kan vi låne lokale 4
på rådhuset?

Med venlig hilsen
Peter
Mobil 2010 1993
CVR (kommende): ansøgt
Bank reg. 1551 konto 0012345678
""")

M("e", """
Hi,

My divorce was finalised last week. My ex-husband and I share custody of our daughter,
but he stopped paying børnebidrag. Is it the kommune or Familieretshuset?

Thanks, Maria
""")

M("t", """
Hej Sune,

thank you for the chat at the market. As I said, we are a Roma family and our kids get
picked on at school every day. The teachers say "they are just kids". I don't accept
that.

Best
Dragan
""")

M("b", """
Hej

Min søn skal konfirmeres i Ishøj Kirke i maj, og præsten skal bruge hans dåbsattest.
Kan I finde den? Han hedder Magnus og har personnummer [[130512–4433]].

Venlig hilsen
Camilla Søndergaard
""")
