"""corpus59 part g: case workers, PAs and assistants forwarding a citizen's mail
internally with a line of their own; receipts and closing notes."""
from common import M

M("u", """
Til Personale og HR – kan I tage denne? /Helle, direktionsassistent

-----Oprindelig meddelelse-----
Fra: Stig Nyholm
Sendt: 4. november 2026 07:55
Til: Direktør for Teknik og Miljø
Emne: Overarbejde på vejafdelingen

Hej. Jeg er TR for 3F'erne på vejafdelingen. Vi har kørt saltvagter i 14 dage uden at
overarbejdet er registreret. Vi vil gerne have et møde i denne uge.
Stig
""")

M("", """
Til hovedpostkassen – til journalisering, ingen følsomme oplysninger. /Anja, PA

Fra: Birger Holm
Emne: Bænke ved Ishøj Strand
Kære borgmester. Kan der komme flere bænke langs stranden? Mange ældre går tur der.
""")

M("s", """
Til Center for Børn og Forebyggelse, med direktør i cc.
Kvittering sendt. Svarfrist 18/11. /Dorte, dagsordensamler

> Fra: Thomas Winther
> Emne: Forældreintra
> Kære udvalgsformand. Min mand Kasper og jeg har adopteret Noah. I dagplejens system
> kan man kun skrive én far og én mor, så Kasper står som "mor". Det er ydmygende.
> Thomas
""")

M("he", """
Hej Bo – borgeren har sendt nedenstående til byrådsmedlem Hanne Møller, som har bedt os
tage over. Sagen hører til jer. /Lise, hovedpostkassen

---------- Videresendt meddelelse ----------
Fra: Connie Bro
Hej Hanne. Min mand har fået demens og kan ikke være alene mere. Jeg har søgt om
dagcenter til ham i august, men ikke fået svar. Jeg kan ikke mere.
Connie
""")

M("", """
Hej Peter

Kan du svare på denne? Den handler om vinterrydning generelt, ikke en konkret sag.
/Mette

> Hvorfor bliver cykelstierne ved Ishøj Strandvej ikke saltet før kl. 8?
""")

M("t", """
Til Borgerservice – borgeren har sendt sit cpr direkte til byrådsmedlemmet. Jeg har
slettet hans mail i min indbakke. /Sune, byrådsmedlem

"Hej Sune. Jeg er fra Eritrea og har fået opholdstilladelse. Jeg kan ikke få
NemID/MitID fordi Borgerservice siger mit pas ikke er godkendt. Mit cpr er
[[150396-3321]]. Tesfay"
""")

M("b", """
Til Kultur og Fritid, til besvarelse. /Direktionsassistenten

Fra: Sanjay Patel
Emne: Lokaler til Diwali
Hej. Vi er en gruppe hinduer i Ishøj, og min familie og jeg fejrer Diwali hvert år.
I år er vi for mange til vores stue. Kan vi leje medborgerhuset 8. november?
Sanjay
""")

M("", """
Til orientering: Svaret er sendt via Digital Post, sagen er journaliseret på
00.01.00-A00-14-26, og den kan lukkes i styringsreolen.
/Peter, Center for Byudvikling og Natur

> Emne: Ukrudt på fortovet, Gildbrovej
""")

M("hu", """
Hej HR – denne kom til udvalgsformanden. Hun beder jer om at tage den. /Rikke

Fra: Jan Sørensen
Til: Formand for Økonomiudvalget
Hej. Jeg er buschauffør og medlem af 3F, og jeg har fået en arbejdsskade i skulderen
da en passager skubbede mig. Min arbejdsgiver siger at kommunen skal lave en
risikovurdering af ruten. Hvem gør det?
Jan
""")

M("e", """
Internt: borgeren har ringet flere gange. Kan I prioritere? /Kim, Borgerservice

Hej. Jeg fik at vide at min kontanthjælp stopper fordi jeg ikke har været til
samtale. Men indkaldelsen kom aldrig i min e-Boks. Jeg har kun 212 kr. til resten af
måneden. Ali Hassan
""")

M("bte", """
Til Center for Voksne og Velfærd, til besvarelse. Kvittering sendt 3/11. /Anja

> Fra: Miriam Cohen
> Kære borgmester. Min far er jøde og bor på Ishøj Plejecenter. Han vil gerne have
> lidt jødisk mad på helligdagene, især Pesach. Køkkenet siger at det ikke er muligt.
> Kan I hjælpe?
""")

M("", """
Hej alle

Vedhæftet oversigt over borgerhenvendelser i oktober: 34 i alt, 12 til Voksne og
Velfærd, 8 til Børn og Forebyggelse, 6 til Beskæftigelse. Ingen personoplysninger i
arket.

/Helle, direktionsassistent
""")

M("sh", """
Til Sundhed – ang. henvendelse til Social- og Sundhedsudvalget. /Dorte

"Kære udvalg. Jeg er lesbisk og 67 år og bliver fulgt på Herlev for brystkræft. Jeg
har hørt at der er en samtalegruppe for kræftramte i Ishøj, men den er kun for 'ægtepar'.
Min kone kan så ikke komme med. Er det virkelig sådan? Hilsen Birthe"
""")

M("", """
Hej Lars

Borgeren spørger bare til hvordan man får tildelt et sygesikringskort gruppe 2.
Ingen sag. Kan du svare ham direkte? /Ulla

> Hej, hvad er forskellen på gruppe 1 og 2?
""")

M("ue", """
Til Jobcenter Ishøj. /Hovedpostkassen

Fra: Bashir Rahimi
Jeg er ledig og er medlem af Krifa. Krifa siger at jeg skal have en jobsamtale
inden for 3 uger efter at jeg meldte mig, men jeg har ikke hørt fra jer i 6 uger.
""")

M("p", """
Til Byggesag – denne hører til jer. /Rikke, hovedpostkassen

Fra: Mona Thrane
Emne: Hastesag – salg af Gildbrovej 62
Vores købere har givet os frist til mandag. De vil have papir på at udestuen er
lovlig. Vi søgte om det i 2014 og fik ja, men vi kan ikke finde brevet.
""")

M("tb", """
Til Børn og Forebyggelse, med direktør i cc. /Anja, borgmesterens PA

Kære borgmester. Vores søn går i 1. klasse og under ramadanen faster han ikke, men
vi gør. Vi er fra Irak. Skolen har givet ham en "fastebesked" til Aula som om han
fastede. Vi vil ikke have at han bliver sat i bås. Zainab og Ahmad
""")

M("", """
Hej Bettina – borgeren har skrevet cpr i klar tekst i en almindelig mail. Jeg har
videresendt til dig internt. Husk at slette i dit svar. /Kim

> Hej, mit nye kørekort er ikke kommet. Personnr. [[101001-4178]]. Mvh Simon Rye
""")

M("", """
Hej Ulla

Fra udvalgsformanden: Kan administrationen lave et notat om, hvor mange borgere der
har søgt om boligstøtte i 2026, fordelt på alder? Det skal bruges til budgetmødet.

/Dorte, dagsordensamler
""")

M("s", """
Til Kultur og Fritid – borgeren ønsker svar fra udvalgsformanden selv. /Rikke

"Hej Morten. Jeg og min kæreste Emil spiller begge i Ishøj IF's herrehold, og vi blev
kaldt 'bøssekarle' af en træner fra et andet hold. Klubben gør ingenting. Kan
kommunen ikke stille krav til klubberne? Jonas"
""")

M("he", """
Hej Maja – se venligst denne. Borgeren er ved at blive sat ud. /Borgerrådgiveren

"Til borgerrådgiveren. Jeg har bipolar lidelse og har været indlagt på psykiatrisk
i september. I mens er huslejen ikke blevet betalt, og nu vil boligselskabet sætte
mig ud. Min bostøtte har ikke hjulpet. Cpr [[240467-1332]]. Venlig hilsen Jesper Lyng"
""")

M("", """
Hej

Jeg videresender lige til Center for Byudvikling og Natur, da henvendelsen drejer sig
om nye lygtepæle i Ishøj Landsby. Kvittering er sendt. /Helle

> Hej, hvorfor er der slukket for lyset i stien? Hilsen Grethe
""")

M("bu", """
Til HR, med direktøren i cc. /Direktionsassistenten

Fra: Rasmus Elkjær
Jeg er tillidsrepræsentant for HK og medlem af Socialdemokratiet. En kollega har sagt
at jeg ikke må bære partiets pin på arbejde. Er det rigtigt at det er forbudt?
""")

M("t", """
Til Borgerservice, til orientering. /Borgmesterens PA

Kære borgmester. Jeg er samisk fra Nordnorge og bor nu i Ishøj. I folkeregisteret står
jeg som "norsk". Det er ikke forkert, men kan man skrive at jeg er same? Det betyder
meget for mig. Áilu
""")

M("", """
Til: Hovedpostkassen
Cc: Direktør for Social og Sundhed
Emne: Henvendelse til borgmester om ventetid på genoptræning

Borgeren spørger generelt om ventetiden på genoptræning i Ishøj. Kvittering sendt, svar
inden 10 hverdage. /Anja, PA
""")

M("u", """
Til: Løn og Personale
Fra: Direktionsassistent
Videresendt fra en medarbejder:
"Jeg har meldt mig ud af FOA i sommer og ind i Det Faglige Hus. Mit kontingent bliver
stadig trukket til FOA over lønnen. Kan I stoppe det? Pia Lund, Køkkenet"
""")

M("ep", """
Hej Tom – kan du tage den? Borgeren er i gang med et salg og har brug for hurtigt svar.
/Lise, hovedpostkassen

Fra: Rita Jensen
Jeg får boligydelse, og nu sælger jeg mit rækkehus og skal bo til leje. Der er en køber
men vi har ikke skrevet under. Skal jeg søge boligydelse igen?
""")

M("", """
Hej Mads

Vedr. borgerhenvendelse om skolebusser: jeg har talt med borgeren og det var et
generelt spørgsmål om køreplanen. Sagen er lukket. Journalnr. 17.01.10-G01-5-26.
/Pernille
""")

M("h", """
Til Sundhedsplejen. /Hovedpostkassen

"Hej. Jeg er gravid i 28. uge og har fået at vide at jeg har svangerskabsforgiftning.
Jeg kan ikke komme til mødregruppen på torsdag. Kan sundhedsplejersken komme hjem?
Hilsen Louise"
""")

M("", """
Til Borgerservice, til besvarelse. /Rikke

Fra: Ole Kjær
Jeg har glemt min pinkode til borger.dk. Mit personnummer er [[030352 1449]] og
min kones er [[120755–1728]].
""")

M("", """
Hej

Borgmesterens PA har bedt om en liste over de henvendelser der er over 10 hverdage. Jeg
har lavet den, men der er en fejl i SBSYS så datoerne står forkert. Hvem skal jeg spørge?

/Stine, Center for Borger, Økonomi og IT
""")

M("tb", """
Videresendt til Børn og Forebyggelse. Bemærk at forælderen ønsker svar på engelsk. /Anja

> Dear Mayor, we are Eritrean Orthodox Christians and my daughter fasts on Wednesdays
> and Fridays. The SFO gives meat every Friday. Can she bring her own food? Yonas
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Jeg videresender en henvendelse fra en virksomhed, der spørger om løntilskud generelt.
De har ikke en konkret kandidat endnu. CVR 38124477, p-nr. 1020304050. /Helle
""")

M("s", """
Til Ældrerådet, til orientering. /Dorte

"Kære formand. Min afdøde kone Grete og jeg var gift i 12 år, og jeg savner at der er
arrangementer for ældre lesbiske i Ishøj. Kunne ældrerådet tage det op? Venlig hilsen
Inger Lind"
""")

M("e", """
Til Ydelseskontoret. /Hovedpostkassen

"Jeg har fået kontanthjælp og nu sagt op fordi jeg ikke kan klare jobbet. Jeg skal
vide om jeg får karantæne. Cpr: [[190600-4119]]. Hilsen Mikkel"
""")

M("b", """
Til Kultur og Fritid. /Direktionsassistenten

"Hej. Jeg er sognepræst i Tranegilde og vil gerne spørge om kirken kan låne
scenen på Ishøj Torv til en julekoncert. Venlig hilsen Karina Dalsgaard"
""")

M("", """
Hej Kim

Vi har modtaget en henvendelse om hvordan man søger om hjælpemidler, uden navn eller
konkret sag. Jeg har sendt link til kommunens side. Lukket.

/Ulla, Voksne og Velfærd
""")
