"""corpus79 part H: CPR numbers in every format, look-alike numbers, mixed categories."""
from common import M

M("", """Emne: cpr [[060789-1113]] - adresseændring, flytter til Ishøj Strandvej 78 pr. 1. jan""")

M("", """hej jeg skal bruge et nyt sygesikringskort mit personnr er [[2102912239]] tak""")

M("s", """Hej, jeg og min mand Kasper skal registreres på samme adresse. Mig: Nikolaj Bech [[141189-1017]], ham: Kasper Bech [[300587-2271]]. Vi flytter ind 1/12.""")

M("p", """Vedr. salg af Vejleåvej 44 - køber har trukket sit bud tilbage og vi har en ny på vej. Jeg skal bruge restanceopgørelse på ejendomsskat. Ejer: Svend Aage Lind, [[270352 1043]]""")

M("t", """jeg er fra Afghanistan og har fået nyt cpr nummer [[011002-4417]] efter familiesammenføring. hvornår kan jeg få MitID? Zahra""")

M("b", """Jeg vil gerne melde mig ud af folkekirken, jeg er blevet buddhist. Cpr: [[190474-1836]]. Mvh Signe Kragh""")

M("u", """Til HR: Jeg er kommet i Dansk Metal og vil have trukket kontingent over lønnen. Lønnr 40213, cpr [[2308801445]].""")

M("h", """hej det er Jytte cpr nummer [[120455 0328]] jeg har fået ny hofte og kan ikke komme ned på borgerservice kan i sende pasansøgningen hjem til mig""")

M("he", """Ansøgning om enkeltydelse til tandbehandling. Navn: Gülsen Kaya, cpr [[091081\u00a01426]]. Jeg er på kontanthjælp og tandlægen siger to tænder skal trækkes.""")

M("", """Kan I sende en kopi af min parkeringsafgift? Afgiftsnr. 1011221234, bil AB 12 345""")

M("", """Hej. Betalingen for SFO er trukket to gange i november. Reg.nr. 9570 kontonr. 0012345678. Kan I føre den ene tilbage? Mvh Anders""")

M("", """Ang. faktura 2011245567 fra Ishøj Kommune, EAN 5798006123456. Vi skal bruge jeres CVR til bogføringen. Mvh Bogholderiet, Strandkiosken ApS""")

M("", """Vores p-nummer er 1003425671 og CVR 29188834 – kan I opdatere leverandøroplysningerne? Hilsen Ishøj Blomster""")

M("", """Policenr. 0512871190 – forsikringen på foreningens trailer. Skal kommunen have kopi før vi må parkere den ved hallen?""")

M("", """Journalnr. 27.12.04-P20-3-25 - hvor langt er I med min klage over vejbelysningen? mvh Gert""")

M("", """ring venligst på 43 57 70 00 eller 23 11 08 76, jeg er hjemme efter 16. det handler om rotter i skuret""")

M("", """Måler nr 3110951204 viser forkert forbrug i kolonihavehuset. Haveforeningen Strandgården, have 41""")

M("", """Hej, ordrenummer 1204990387 på storskrald er ikke hentet. Adresse Ishøj Søvej 12. Tak""")

M("", """Mit barn er født 14.03.2019 og skal starte i skole næste år. Hvornår er indskrivningen? mvh""")

M("", """Reference: 0306881029 - det står på min opkrævning for vinterbadning. Er det det jeg skal skrive i MobilePay?""")

M("", """Kundenummer 1508784412 – jeg har ikke fået den nye affaldskalender. Kan den sendes? Gerda, Vejleåparken""")

M("", """ka i sige hvornår rådhuset har åbent fredag? skal aflevere en blanket om hjemmeside til foreningen""")

M("sp", """Min mand Jakob og jeg har budt på et rækkehus i Vejleå Park. Sælger vil vide om kommunen har forkøbsret. Mvh Simon""")

M("sp", """Vi (Anne og hendes kone Sif) sælger vores lejlighed, og køber vil have kopi af ejererklæringen. Anne Thorsen [[220679–2015]]""")

M("s", """hej har i fået min ansøgning om navneændring? jeg tager min mands efternavn, vi blev gift i lørdags /Mathias [[0309901123]]""")

M("pe", """Vi har solgt huset men køber er endnu ikke godkendt i banken og imens har vi ikke råd til både husleje og terminer. Kan vi få udsættelse med ejendomsskatten? Mvh Connie""")

M("pt", """Jeg er fra Bosnien og har sat min lejlighed til salg. Mægleren siger jeg skal have en byggeattest på altanen. Hvordan? Emir""")

M("p", """Emne: Kommunens forkøbsret på Tranegildevej 3 - vi har et købstilbud, svar ønskes senest 1/12""")

M("p", """hej det er Jørgen vi skal til at underskrive købsaftalen på huset i Torslunde men naboen siger der er fredning på træerne kan i tjekke det""")

M("p", """tilbuddet på kolonihavehuset er 180.000 og foreningen vil vide om kommunen har indsigelser. Have nr. 22, Ishøj Haveby""")

M("pu", """Er i HK og skal sælge min lejlighed fordi jeg flytter efter job. Køber spørger til altanprojektet. Mvh Susanne""")

M("ts", """We're a lesbian couple from Brazil, just moved to Ishøj. Where can we register with a doctor? Bia & Carol""")

M("tu", """Jeg er polak og medlem af BJMF. Kan kommunen oversætte sikkerhedsreglerne på byggepladsen til polsk? Paweł""")

M("tb", """Asc. Jeg er somalisk og muslim. Jeg vil gerne have en begravelsesplads på den muslimske del af kirkegården til min far, han døde i går. Min fars cpr var [[010143-1279]]. Abdirahman""")

M("bs", """Jeg er præst og lever med min mand Tobias. Vi vil gerne stå på sognets hjemmeside som kontaktpersoner for nye tilflyttere. Mvh Kristian, sognepræst""")

M("be", """min mormor er katolik og vil gerne have besøg af en præst på plejecentret, hun bor på stue 4 – kan I ordne det? /Laura""")

M("bu", """Som formand for Ishøj Socialdemokraterne og mangeårigt medlem af FOA vil jeg gerne invitere til debat om ældreplejen. Henning""")

M("uhe", """Min TR fra 3F sagde jeg skulle skrive: jeg har været på sygedagpenge i 22 uger efter en arbejdsulykke og nu vil jobcentret stoppe dem. Hilsen Bent""")

M("se", """Ansøgning om boligstøtte. Jeg bor med min kone Emma Lind. Mit cpr: [[120595-2820]]. Vi har kun min SU og hendes dagpenge. Mvh Josefine Lind""")

M("ht", """Min svigermor Fatma, [[030449 1036]], taler kun kurdisk og skal til øjenoperation. Kan hun få tolk til forundersøgelsen? Mvh Ali""")

M("b", """Jeg er Jehovas Vidne og ønsker ikke at være tilforordnet ved valget. Kan I fjerne mig fra listen? [[151263-1190]] Mvh Hanne""")

M("u", """hej jeg er lige kommet i Det Faglige Hus og de skal bruge et stk lønseddel fra kommunen.. cpr [[2511961537]] mvh Niklas""")

M("h", """Vores søn Mathias [[080317-4433]] har fået konstateret type 1-diabetes. Skolen skal have en handleplan. Mvh Julie og Thomas""")

M("e", """Kære borgmester

Jeg har boet i Ishøj siden byen næsten kun var marker, og jeg har set den vokse. Jeg vil gerne rose jer for den nye bænk ved søen, den bruger jeg hver dag når jeg går tur. Men der mangler altså et offentligt toilet ved stranden, og stien ned til vandet er alt for stejl. Jeg er 84 og har hjemmehjælp to gange om ugen, og hjælperen og jeg har talt om at det ville være rart at kunne gå derned sammen om sommeren. Mit personnummer er [[221040-0812]] hvis I skal finde mig i systemet. Jeg håber I vil se på det.

Venlig hilsen
Edith Larsen""")

M("", """Hi, I'm trying to book a time at Borgerservice for my residence card. My CPR is [[170585-3061]]. Thanks, Anna Kowalski""")

M("", """Hej
Se nedenfor.

Den 4. nov. 2025 kl. 09.12 skrev Borgerservice:
> Vi mangler personnumre på begge børn til pasansøgningen.

Selma [[140516-4021]] og Aksel [[221218-4139]].
Mvh mor""")

M("s", """Til Borgerrådgiveren. Jeg vil klage over Borgerservice: min mand og jeg blev behandlet nedladende da vi ville melde flytning sammen. Peter Holm [[040472-1955]]""")

M("s", """er bøsse og min nye nabo har hængt en plakat op i opgangen om 'naturlige familier' med mit navn på. må han det? Vejleåparken 9""")

M("sh", """Jeg (Rikke) er gravid med vores første barn, og min kone Tanja og jeg glæder os. Hvornår kommer sundhedsplejersken første gang? Mvh Rikke""")

M("p", """naboen har sat sit hus til salg og ejendomsmægleren har sat et skilt op på vores græs. må han det?? Strandager 14""")
