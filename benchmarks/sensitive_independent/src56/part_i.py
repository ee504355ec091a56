"""corpus56 part I: hard negatives of the same phone-mail shape (look-alike numbers,
the sensitive words about services and people in general)."""
from common import M

M("", """hej har betalt faktura 1203241456 men får stadig rykker?? kan i tjekke""")

M("", """kundenummer 0701851234, min grønne container er ikke tømt i 3 uger""")

M("", """ordrenr 2811904417 på ny skraldespand, hvornår kommer den""")

M("", """bilag nr. 300125-0042 mangler i min refusion for kørsel som frivillig i ældreklubben""")

M("", """ring lige på 28 91 04 77 når i har tid, det gælder hullet i vejen""")

M("", """hej kan i overføre depositum for festlokalet tilbage til reg 9570 konto 0012345678""")

M("", """vores CVR er 31445872, vi vil byde på jeres udbud af snerydning""")

M("", """EAN 5798000416093 skal stå på fakturaen til skolen, ellers kan vi ikke betale den""")

M("", """jeres sagsnr 27.12.06-P20-4-25 – hvornår får vi svar om vejbumpet""")

M("", """journalnr. 2025-041103, ansøgning om tilskud til vores foreningsjulefrokost""")

M("", """vores p-nr 1012345678 er forkert i jeres system, kan i rette det""")

M("", """policenr 1506891122 hos forsikringen, de vil have kommunens rapport om stormskaden på skolen""")

M("", """målernr 2407833165 – vandmåleren blinker rødt, hvem ringer jeg til""")

M("", """mødet d. 12.03.2026 kl 10 er det stadig i lokale 2?""")

M("", """hvornår er der åbent i sundhedshuset på lørdage""")

M("", """kan man stadig få gratis influenzavaccine hvis man er over 65 eller er den ordning stoppet""")

M("", """hvor ligger jobcentret nu efter de er flyttet? skal aflevere en pakke til en der arbejder der""")

M("", """synes kontanthjælpsreglerne er for stramme, det burde byrådet sige højt""")

M("", """hvornår holder moskéen åbent hus i år, vil gerne tage min klasse med""")

M("", """er der plads til flere kolonihaver i Tranegilde, og hvornår åbner ventelisten""")

M("", """hej! hvor mange i ishøj er på førtidspension? har brug for tallet til en præsentation""")

M("", """kan fagforeningerne låne rådhushallen til et fælles møde om arbejdsmiljø?""")

M("", """Emne: kræft

vi samler ind til Kræftens Bekæmpelse lørdag, må vi stå foran Ishøj Bycenter""")

M("", """jeg er sygeplejerske og vil gerne søge jobbet i hjemmesygeplejen, er det stadig opslået""")

M("", """tlf 4357 7000 eller 43 57 75 00 hvilket nr er det til borgerservice""")

M("", """kan man få en tolk på tyrkisk til forældremødet i 0.a? spørger for skolebestyrelsen""")

M("", """min kæreste har mistet sit pas, hvor bestiller man et nyt""")

M("", """Emne: sygemelding

hvem skal man sygemelde sig til hvis man er frivillig i bibliotekets lektiecafé? bare så jeg ved det""")

M("", """er halal på menuen i alle kommunens børnehaver eller kun nogle? spørger som journalist""")

M("", """hvornår er der valg til byrådet næste gang""")

M("", """må man fiske ved Ishøj havn uden fisketegn""")

M("", """Hvad er prisen pr m2 for jeres byggegrunde i Vejleåparken? bare generelt""")

M("", """bus 128 kører ikke til Hvidovre hospital om søndagen mere, hvorfor""")

M("", """hvor søger vores forening om § 18 midler til vores sociale café""")

M("", """lol jeg har fået en sms fra "kommunen" med et link om tilbagebetaling af skat, er det svindel?? nr var +45 71 82 90 63""")

M("", """Emne: Re: fakturanr. 0512843307

> Den 4. nov. skrev Ishøj Kommune, Kreditor:
> Fakturaen er afvist, mangler EAN.

nu med EAN, sendt igen. mvh Bo, Bo's Maler ApS""")

M("", """vil bare lige sige tak til ham i vejafdelingen der hjalp mig med bilen i går 👍""")

M("", """hvornår åbner svømmehallen igen efter renoveringen, og er der stadig seniorsvømning""")
