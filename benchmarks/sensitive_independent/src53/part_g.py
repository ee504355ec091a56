"""corpus53 part G: families, partners and identity, often with money or housing."""
from common import M

M("se", """Til Center for Børn og Forebyggelse

Min kone Mette og jeg (Line) er en regnbuefamilie med to drenge. Vi er lige gået fra hinanden, og vi kan ikke blive enige om samværet. Familieretshuset har sendt os til kommunens børnesagkyndige. Hvornår kan vi få en tid?

Line Kristensen""")

M("sp", """Hej

Jeg og min mand Rasmus har solgt vores lejlighed på Nørrebro og er ved at købe et rækkehus på Ishøj Landevej, men banken venter på at kommunen bekræfter at der ikke er planlagt støjværn der skærer i grunden. Købsaftalen er betinget af det. Hvem kan svare?

Jakob Thygesen""")

M("s", """Kære byrådsmedlem

Jeg er 71, enkemand efter min mand Poul, som døde sidste år. Vi var sammen i 44 år. Jeg vil gerne starte en samtalegruppe for ældre homoseksuelle mænd i Ishøj. Har kommunen et lokale?

Venlig hilsen
Verner""")

M("sh", """Hej Borgerservice

Skal jeg som medmor selv anmelde faderskab/medmoderskab, eller gør hospitalet det? Min kone fødte i går på Hvidovre. Vi er gift.

Trine""")

M("s", """Til Borgerservice

Vedr. navneændring: Min mand og jeg har fået fælles efternavn efter brylluppet. Vi er begge mænd, så jeg ved ikke om jeres skema virker, der står "hustru". Mit cpr er [[211086-1573]], og min mand Anders Holm Vang har [[040388-1931]].

Mads Holm Vang""")

M("", """Til Kultur og Fritid

Vi er en forening der holder Pride-fest i Ishøj Bypark i august. Skal vi søge om tilladelse til musikanlæg, og hvor tidligt skal vi søge?

Mvh Ishøj Pride""")

M("su", """Hej udvalgsformand

Jeg er lærer på en skole i Ishøj og TR for DLF. En kollega har skrevet på Facebook at jeg ikke bør undervise i seksualundervisning "når man selv er lesbisk". Ledelsen gør intet. Jeg har brug for at det bliver taget alvorligt af kommunen som arbejdsgiver.

Camilla N.""")

M("se", """Hej

Vores plejesøn Oliver er 15 og har lige fortalt os at han er homoseksuel. Han er bange for hvad hans biologiske forældre vil sige ved næste samvær. Kan vi få en snak med hans sagsbehandler i kommunen før samværet?

Plejeforældre Hanne og Jesper""")

M("she", """fra sms til borgerrådgiveren, indsat:

"hej. er transmand og har en kæreste der også er mand. min læge har henvist til kønsidentitetsklinikken men kommunen vil ikke betale transport. er det rigtigt? /Noah"
""")

M("s", """Kære borgmester

Tak for at I hejste regnbueflaget. Som en ældre lesbisk kvinde, der har boet her i 50 år, betød det mere, end du tror.

Kærlig hilsen
Inge""")

M("es", """-----Oprindelig meddelelse-----
Fra: Peter Holm
Til: Hovedpostkassen
Emne: Samvær

Min eksmand Kasper og jeg har delt forældremyndighed over vores datter Ella. Han er flyttet til Ishøj og har søgt om at få hende boende hos sig. Kommunen har sendt en indkaldelse til børnesamtale. Jeg er bekymret for at hun ikke bliver hørt ordentligt.
Peter""")

M("s", """Hej

Jeg vil gerne vide om kommunens seniorbofællesskab på Vejlebrovej også er for par af samme køn. Min kæreste Lone og jeg (Susanne) vil gerne skrive os op.

Susanne Møller""")

M("sb", """Hej byrådsmedlem

Jeg er præst i folkekirken og har selv viet homoseksuelle par i mange år. Nu er jeg selv gift med min mand Ulrik. Jeg vil spørge om kommunen vil holde fast i at støtte Ishøj Pride, også hvis byrådets sammensætning ændrer sig.

Venlig hilsen
Jens Ole, sognepræst""")

M("", """Til Center for Børn og Forebyggelse

Har kommunens skoler en fast politik om seksualundervisning om LGBT+? Jeg er med i skolebestyrelsen og vi vil gerne vide hvad der er besluttet centralt.

Mvh
Lise, skolebestyrelsen""")

M("sh", """Hej

Jeg er asexual og lever i et parforhold uden sex. Min sexolog siger at jeg har en angstlidelse, og jeg er nu i behandling. Jeg skriver fordi kommunens psykolog i Ungeenheden sagde "det går nok over". Jeg vil klage over den kommentar.

Freja, 20""")

M("sp", """Hej Henrik

Jeg skriver til dig som byrådsmedlem fordi du er min nabo. Min kone Annika og jeg (Rikke) har fået et bud på huset. Vi skal flytte til Aarhus hvor Annika har fået job. Køberen vil gerne have at kommunen bekræfter at den nye sti ikke kommer gennem haven. Kan du spørge?

Rikke""")

M("st", """Kære borgerrådgiver

Jeg er homoseksuel og fra Iran, hvor jeg flygtede fra. I asylcentret var det forfærdeligt. Nu bor jeg i Ishøj og har fået opholdstilladelse. Min danskunderviser spurgte foran hele holdet, om jeg havde "en kone hjemme". Jeg vil gerne klage.

Reza""")

M("", """Hej

Er det rigtigt at kommunen giver tilskud til regnbuefamilier til fertilitetsbehandling? Jeg har hørt det fra en kollega og vil gerne vide om det er en generel ordning. Det er til et foredrag jeg holder.

Mvh Kirsten, jordemoder""")

M("she", """Til Center for Voksne og Velfærd

Min mand Bjarne har fået en blodprop i hjernen og ligger på Glostrup. Vi har boet sammen i 30 år. Hvornår taler vi om hjemmepleje og hjælpemidler? Jeg vil gerne kunne passe ham hjemme.

Torben Lauridsen""")

M("su", """Hej

Jeg er tillidsrepræsentant for FOA i daginstitution Bøgen og skriver fordi min leder har sagt til en forælder at jeg er "lesbisk og derfor ikke skal skifte bleer på drengene". Jeg er faktisk lesbisk, men det har intet med mit arbejde at gøre. Hvad gør kommunen?

Karin""")

M("s", """hey borgmester, jeg er 17 og bøsse og vil bare sige at ungdomsklubben er et fedt sted og at pædagogerne er super. bare lige det. keep up ❤️""")

M("s", """Til Familieafdelingen

Vi vil gerne søge om at blive plejefamilie. Vi er to mænd, gift, og bor i Ishøj Landsby. Vedlagt ansøgningsskema. Vores personnumre: Carsten [[030672-0785]], Lars [[181169 1120]].

Venlig hilsen
Carsten og Lars""")

M("", """Til: Ishøj Bibliotek

Vil I have flere bøger om LGBT+ til unge? Jeg er skolebibliotekar og har lavet en liste. Skal jeg sende den?

Mvh Astrid""")

M("s", """Kære udvalgsformand for Kultur- og Fritidsudvalget

Min kæreste Emma og jeg er begge piger på 16 og blev bedt om at forlade skolebal på et lejet kommunalt lokale fordi vi dansede sammen. Arrangøren er en privat forening. Må de det i et kommunalt lokale?

Olivia""")

M("es", """Re: Re: Boligstøtte – husstand

Ja, jeg bor sammen med min kæreste Morten, men vi deler ikke økonomi. Vi er begge mænd, hvis det betyder noget for jer. I har skrevet at hans indkomst tæller med i min boligstøtte. Hvorfor?

> Den 10. mar. skrev Ydelsesservice:
> Ifølge folkeregistret bor der to voksne på adressen.

Kim""")

M("s", """Hej

Jeg er pansexual og har været med i kommunens ungeråd. Jeg vil gerne foreslå at ungerådet holder et møde om at gøre skolerne mere trygge for queer unge. Hvem skal jeg kontakte?

Alex, 18""")

M("sp", """Hej Byudvikling

Min mand Rune og jeg (Søren) ejer et kolonihavehus i H/F Strandhaven, som vi har sat til salg. En køber har budt, men foreningen siger kommunen skal godkende et nyt skur først. Kan vi få det hurtigt?

Søren""")

M("", """Hej Kommunen

Vi er en gruppe forældre der vil lave en legegruppe for alle slags familier, også regnbuefamilier. Har I et lokale vi kan låne om lørdagen?

Mvh Legegruppen Ishøj""")

M("sb", """Til udvalgsformanden

Jeg er muslim og homoseksuel og har svært ved at finde et fællesskab. Kunne kommunen støtte en forening for unge som mig? I København findes der nogle, men ikke på Vestegnen.

Venlig hilsen
Yusuf""")

M("se", """Kære borgerrådgiver

Min kone Hanne og jeg (Gitte) har været plejeforældre for vores barnebarn Sofie i to år, fordi hendes mor er i fængsel. Nu vil kommunen flytte Sofie. Vi har ikke fået nogen begrundelse.

Gitte""")

M("sb", """Hej borgmester

Min mand Ahmed og jeg (Tariq) blev gift på rådhuset sidste år. Nu vil en imam i vores moské gerne velsigne ægteskabet, selvom mange siger nej. Vi beder begge fem gange om dagen. Må vi låne et lokale i Kulturhuset til en lille fest bagefter?

Tariq""")

M("suh", """Til HR

Jeg er medlem af Dansk Socialrådgiverforening og ansat i familieafdelingen. Min kone Sanne skal føde i juni, og jeg vil gerne vide om jeg som medmor har samme ret til orlov som en far efter overenskomsten.

Mvh
Lærke""")

M("sht", """Kære borgerrådgiver

Jeg er fra Uganda og kom hertil som flygtning, fordi jeg er lesbisk. Jeg har PTSD og går til psykolog. Min sagsbehandler i integrationen spurgte mig foran min tolk om jeg "virkelig var lesbisk eller bare ville have asyl". Det var krænkende.

Prossy""")

M("s", """Re: Tilmelding til seniordans

Tak for svaret. Så tilmelder jeg mig og min kæreste Helmer. Vi er to herrer på 76 og 80, så vi danser gerne sammen, hvis det er i orden med holdet.

> Den 2. sep. skrev Ishøj Seniorcenter:
> Holdet er for par og singler.

Arne""")

M("sp", """Hej Byudvikling

Min kone Birgitte og jeg (Hanne) vil købe grunden ved siden af vores hus i Torslunde af naboen. Vi er enige om prisen, men vil først vide om vi må sammenlægge grundene. Kan I svare inden vi skriver under?

Hanne Kjær""")

M("se", """Kære udvalgsformand

Jeg er biseksuel og mor til to. Min ekskæreste truer med at fortælle vores børns skole om min seksualitet, og han bruger det i vores sag om samvær i Familieretshuset. Kan kommunens familierådgivning støtte mig?

Anonym mor fra Ishøj Strand""")
