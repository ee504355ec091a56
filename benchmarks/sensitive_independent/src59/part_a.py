"""corpus59 part a: forwarded chains with Fra/Sendt/Til/Emne headers, mostly to the
main mailbox and the mayor's PA."""
from common import M

M("p", """
Fra: Jannik Holm <jannik.holm77@gmail.com>
Sendt: 3. november 2026 21:14
Til: Hovedpostkassen <ishoj@ishoj.dk>
Emne: VS: Køber til Vejlebrovej 41 - mangler svar fra jer

Hej

Jeg videresender lige mailen fra ejendomsmægleren, for ellers går der for lang tid.
Vi har en køber på huset, men han vil ikke skrive under før kommunen har svaret om
carporten er lovlig. Køberen har givet os frist til fredag.

Mvh Jannik

---------- Videresendt meddelelse ---------
Fra: Sofie Lind, home Ishøj <sl@home.dk>
Dato: man. 2. nov. 2026 kl. 16.02
Emne: Vejlebrovej 41 - betinget købsaftale
Til: Jannik Holm <jannik.holm77@gmail.com>

Kære Jannik
Købers advokat har taget forbehold for at der foreligger byggetilladelse på
carporten. Kan du få kommunen til at bekræfte det? Ellers kan han træde tilbage.
Venlig hilsen
Sofie Lind, ejendomsmægler MDE
Tlf. 43 54 10 20 | CVR 25123456
""")

M("", """
Fra: Lise Kragh <lkr@ishoj.dk>
Sendt: 4. november 2026 08:31
Til: Center for Byudvikling og Natur
Emne: SV: Møde om trafiksikkerhed på Vejledalen

Hej alle

Mødet flyttes til torsdag d. 12/11 kl. 13.00 i mødelokale 2.07. Dagsorden følger.
Journalnr. 05.01.00-P20-14-26 – husk at lægge jeres noter ind i SBSYS.

/Lise

> Fra: Tom Bech
> Sendt: 3. november 2026 15:12
> Kan vi rykke mødet? Jeg er på kursus onsdag.
""")

M("he", """
Til hovedpostkassen – til orientering og journalisering.
Borgeren har skrevet direkte til mig, jeg har ikke svaret. /Maja, sagsbehandler

-----Oprindelig meddelelse-----
Fra: Tina Sørensen <tinasoer@hotmail.com>
Sendt: 2. november 2026 19:40
Til: Maja Friis <mfr@ishoj.dk>
Emne: sygedagpenge

hej maja. har stadig ikke fået mine sygedagpenge for oktober. er stadig sygemeldt efter
operationen i ryggen og kan ikke gå uden krykker. hvornår kommer pengene? jeg skal
betale husleje den 1.
tina
""")

M("", """
Kære borgmester

Tak for et godt borgermøde i Ishøj Bycenter i går. Jeg vil bare sige at det var rart at
høre om de nye planer for stationsområdet. Vi håber der kommer flere bænke.

Venlig hilsen
Gurli Mikkelsen
Tlf. 2245 0918
""")

M("p", """
Fra: Preben Ottesen
Sendt: 28. oktober 2026 10:05
Til: Borgmesterens PA
Emne: Vores sommerhus i Tranegilde – forkøbsret?

Kære Anja

Min kone og jeg er ved at sælge vores lille fritidshus på Tranegildevej. Køberen har
budt 1.150.000 kr., men advokaten siger at kommunen måske har forkøbsret fordi grunden
ligger i et område med lokalplan. Kan du finde ud af hvem der skal spørges? Vi vil nødig
miste køberen.

Med venlig hilsen
Preben Ottesen
""")

M("p", """
Emne: Ejendomsskat ved salg

Vi er i gang med at sælge rækkehuset i Strandparken, og køber vil vide om der er
restance på ejendomsskatten. Vi har ikke skrevet under endnu.
Mit personnummer er [[150671-2213]] hvis I skal slå mig op.

Hilsen Bent Kjær
""")

M("", """
Fra: Kundeservice Ishøj Forsyning <kundeservice@ishojforsyning.dk>
Sendt: 30. oktober 2026 07:12
Til: Hovedpostkassen
Emne: VS: Aflæsning af vandmåler

Hej, vi sender denne videre da den var sendt til os ved en fejl.

> Hej. Jeg kan ikke finde min målernr. Står der 1304851122 på den gamle regning, er
> det så måleren? Kundenummer er 0705921178. Forbrug 86 m3.
> Mvh Ole

Med venlig hilsen
Ishøj Forsyning · CVR 32287701 · EAN 5798000560021
""")

M("t", """
Hej

Jeg er fra Eritrea og har boet i Ishøj i 6 år. Min nabo siger hele tiden grimme ting om
min hudfarve når vi mødes ved skraldespandene. Hvem kan jeg tale med?

Hilsen Ruta
""")

M("s", """
Til Borgerrådgiveren

Min mand Jesper og jeg (vi er to mænd, gift siden 2019) fik et brev fra
folkeregisteret hvor der stod "hustru" ved Jesper. Det er ikke første gang. Kan I
sørge for at jeres systemer kan håndtere det?

Venlig hilsen
Mikkel Dahl
""")

M("u", """
Fra: Henning Lauridsen
Til: Formand for Beskæftigelsesudvalget
Emne: Praktik på materielgården

Hej Kim

Jeg er tillidsrepræsentant for 3F på materielgården. Vi har fået tre nye i praktik uden
at nogen har talt med os først. Kan udvalget tage det op?

Henning Lauridsen
Materielgården, Ishøj
""")

M("b", """
Hej byrådsmedlem Rasmus

Jeg er selv medlem af Alternativet her i Ishøj og vil gerne invitere dig til vores
debataften om cykelstier d. 19. november. Det er ikke et partiarrangement, alle kan komme.

Mvh Signe Rahbek
""")

M("", """
Emne: Faktura 1108732245 – betalt to gange?

Hej, vi har betalt faktura nr. 1108732245 på 4.312,50 kr. for leje af Ishøj
Idrætscenter to gange. Kan I tilbagebetale til reg. 2211 konto 0745612398?

Venlig hilsen
Kasserer, Ishøj Petanqueklub
CVR 36512244
""")

M("he", """
Til: borgerraadgiver@ishoj.dk
Emne: klage over hjemmeplejen

Jeg skriver for min mor Gerda på 88. Hun har hjemmepleje morgen og aften, men de sidste
tre uger er de kommet alt for sent med hendes insulin. Hun har sukkersyge og bliver
dårlig hvis hun ikke får den til tiden. Jeg har ringet til visitationen flere gange uden
at nogen ringer tilbage.

Vh Karen Ibsen
""")

M("p", """
Fra: Advokatfirmaet Krogh & Lund <post@kroghlund.dk>
Sendt: 5. november 2026 09:02
Til: Hovedpostkassen
Emne: Anmodning om ejendomsoplysninger – Ishøj Strandvej 112

Til Ishøj Kommune

Vi repræsenterer sælger, Erik Steen Madsen, cpr.nr. [[030549-1187]], i forbindelse med
salg af ejendommen matr.nr. 14aq Ishøj By. Købsaftalen er betinget af købers advokats
godkendelse, og vi beder derfor om ejendomsoplysninger, herunder oplysning om eventuelle
påbud.

Med venlig hilsen
Advokatfirmaet Krogh & Lund
Sagsnr. 21045-118 · CVR 29871234 · Tlf. 33 12 45 67
""")

M("", """
Kære hovedpostkasse

Kan I oplyse hvornår kommunen sætter de nye byggegrunde ved Ishøj Landsby til salg? Vi
overvejer at bygge, men vil gerne kende prisniveauet først.

Venlig hilsen
Familien Rask
""")

M("e", """
Fra: Nanna Vestergaard
Sendt: 1. november 2026 22:48
Til: Borgerrådgiveren
Emne: fogedretten

Jeg har fået brev om at jeg bliver sat ud af lejligheden d. 1. december pga
huslejerestance på 23.000 kr. Jeg har to børn. Jeg har søgt om hjælp i kommunen i
august og har ikke fået svar. Hvad gør jeg?
Nanna
""")

M("t", """
Hello,

I'm writing on behalf of my parents who are Tamil from Sri Lanka and speak very little
Danish. They got a letter about property tax they don't understand. Can someone call
them in English or send it in simple words? My mother said the woman at the desk was
rude and asked "where are you really from".

Best regards
Priya Ramanathan
""")

M("", """
Fra: Jens Mørk <jens.mork@ishoj.dk>
Sendt: 2. november 2026 14:10
Til: Direktionsassistent Helle Bang
Emne: SV: SV: Henvendelse om parkering i Vejleåparken

Hej Helle

Jeg har talt med borgeren i telefonen. Sagen er lukket, svaret er sendt via Digital
Post i dag. Kvittering var sendt 22/10.

Jens

> Den 28. okt. 2026 kl. 11.03 skrev Helle Bang <hba@ishoj.dk>:
> Hej Jens, kan du tage denne? Borgeren spørger om p-tilladelse til gæster.
> Helle
""")

M("peh", """
Emne: Salg af fars hus - rampen

Hej

Min far flyttede på plejehjem i sommer efter sin blodprop, og vi har sat hans hus på
Vildtbanevej til salg. En køber har budt, men vil have fjernet den rampe kommunen satte
op. Må vi det selv, eller skal kommunen komme og tage den?

Mvh Torben, søn af Ejnar Kristiansen
""")

M("bt", """
Hej Sofie (byrådsmedlem)

Jeg er jøde og bor i Vejleåparken. I sidste uge blev der skrevet noget meget grimt på
min dør. Politiet ved det. Jeg vil bare have at I i byrådet ved, at det sker her også.

Mvh Daniel
""")

M("u", """
Til direktionsassistenten

jeg er i HK og min fagforening siger at jeg skal skrive til jer om at jeg ikke har fået
svar på min klage over lønsedlen fra jobcenteret hvor jeg arbejder. Det er 7 uger siden.

Maria Jessen
""")

M("", """
Emne: Ordrebekræftelse 2407925513

Hej Ishøj Kommune

Vi bekræfter ordre nr. 2407925513 på 40 stk. borde til Ishøj Bibliotek. Levering uge 48.
Ved spørgsmål, kontakt os på 70 20 30 40.

Venlig hilsen
Kontormøbler ApS
CVR 18452297 · EAN-nr. 5790001234563
""")

M("s", """
Hej,

jeg er lesbisk og vil gerne vide om kommunens sundhedspleje også besøger familier hvor
der er to mødre. Vi venter ikke barn endnu, men overvejer insemination næste år.

Hilsen Louise
""")

M("ep", """
Til Center for Borger, Økonomi og IT

Jeg har ansøgt om lån til indskud, men nu er det sådan at jeg er ved at sælge min
andelslejlighed på Ishøj Boulevard, da jeg er blevet skilt. Der er en interesseret
køber men intet underskrevet. Skal jeg så trække ansøgningen tilbage?

Cpr [[220385 1402]]
Helle Bøgh
""")

M("h", """
Hej Anja

Min bror Kurt blev indlagt på Hvidovre i går med lungebetændelse, og han kan ikke komme
til mødet i ældrerådet på fredag. Han bad mig skrive.

Venlig hilsen
Else Marie
""")

M("", """
Fra: Borgmesterens PA
Sendt: 5. november 2026 10:15
Til: Center for Voksne og Velfærd; Direktør Social og Sundhed (cc)
Emne: Borgerhenvendelse vedr. åbningstider i Sundhedshuset

Kære centerchef

Vedhæftet henvendelse og kvittering. Borgeren spørger generelt om Sundhedshusets
åbningstider i julen. Svarfrist 19. november.

Venlig hilsen
Anja Thorsen, PA for borgmesteren
Ishøj Rådhus · Tlf. 43 57 75 75
""")

M("b", """
Kære udvalgsformand

Som praktiserende katolik synes jeg det er ærgerligt at kirkegården ikke har et område
for katolske begravelser. Min mand og jeg vil gerne begraves sammen efter vores tro.

Mvh Teresa Nowak
""")

M("tp", """
Hej

Vi er en polsk familie og vi vil gerne sælge vores hus i Ishøj Landsby og flytte tilbage
til Krakow. Mægleren siger der er en køber, men han venter på svar om kloak. Hvem i
kommunen ved noget om kloakken på vores vej?

Agnieszka Wiśniewska
""")

M("", """
Hej

Hvor mange borgere i Ishøj får i dag kontanthjælp, og hvor mange af dem er under 30?
Jeg skriver en opgave på HF.

Hilsen Sara, 2.g
""")

M("eh", """
Emne: VS: Ansøgning om kørestol

Hej, jeg har sendt det her til jer før men intet svar.

-----Oprindelig meddelelse-----
Fra: Arne Bille
Sendt: 14. oktober 2026 08:40
Til: Hjælpemidler Ishøj
Emne: Ansøgning om kørestol

Jeg har sklerose og kan ikke længere gå mere end 20 meter. Jeg søger om en el-kørestol.
Vedhæftet lægeerklæring fra neurologisk afd.
CPR-nr.: [[110762-1543]]
Arne Bille, Gadekæret 12
""")

M("u", """
Hi

I am a nurse at the plejecenter and a member of DSR. I would like to know if the
municipality will allow union meetings during work hours on Thursdays. I asked my
manager but she said to write to the committee chair.

Thanks, Karolina
""")

M("", """
Emne: Kvittering for din henvendelse – sagsnr. 26/14203

Kære borger

Tak for din henvendelse til Ishøj Kommune. Center for Byudvikling og Natur vil besvare
den inden 10 hverdage. Du vil høre fra sagsbehandler Kasper Ravn.

Med venlig hilsen
Hovedpostkassen, Ishøj Kommune
""")

M("p", """
Til borgmesteren

Naboen i nr. 18 har sat sit hus til salg, og på salgsopstillingen står der at grunden
kan udstykkes. Det er da ikke rigtigt? Der er jo lokalplan. Jeg synes kommunen skal
rette mægleren før nogen køber på et forkert grundlag.

Venlig hilsen
Ib Kofoed, Brandholm 20
""")

M("tb", """
Kære borgerrådgiver

Min datter på 15 går med tørklæde fordi hun er muslim, og idrætslæreren har sagt til
hende at hun skal tage det af til svømning. Vi er kurdere fra Tyrkiet og hun har aldrig
haft problemer før. Jeg vil klage.

Leyla Aydın
""")

M("", """
Fra: Pia Worm (Center for Børn og Forebyggelse)
Sendt: 6. november 2026 12:00
Til: Hovedpostkassen
Emne: Sagen er afsluttet

Til orientering: svar er sendt til borgeren ang. ventelister til vuggestuer generelt.
Henvendelsen og svaret er journaliseret på sag 28.03.00-G01-3-26. Sagen kan lukkes.

Pia
""")

M("sh", """
hej borgerrådgiveren

min kæreste Thomas og jeg har boet sammen i 3 år og jeg er selv mand hvis det ikke var
tydeligt. han er lige blevet opereret for testikelkræft og hjemmesygeplejen kommer ikke
til de aftalte tider. kan i hjælpe med at klage?

/Ali
""")

M("p", """
Emne: Kolonihave i Ishøj Nordre - salg

Hej

Jeg skal sælge min kolonihave nr. 47 og foreningen siger at kommunen skal godkende
prisen. Der er en på ventelisten som vil købe, men han har ikke sagt ja endnu. Hvor
lang tid tager godkendelsen?

Mvh Kirsten Dam
""")

M("", """
Hej,

jeg skriver fra Ishøj Jagtforening. Vi har fået faktura 0103941256 på lokaleleje, men vi
brugte ikke lokalet d. 1. marts. Kan den krediteres? Vores kontonr er 9570-0012345678.

Hilsen Flemming, kasserer
""")

M("ue", """
Til formanden for Beskæftigelsesudvalget

Jeg blev fyret fra lageret i Hundige i september og min a-kasse i Dansk Metal siger, at
jobcenteret har glemt at registrere mig. Nu har jeg ikke fået dagpenge i to måneder.

Vh Steffen Brix
""")

M("b", """
Emne: Udmeldelse af folkekirken for min søn

Hej. Min søn Oliver, [[020914-4417]], er døbt, men vi er blevet buddhister som familie
og vil have ham meldt ud. Er det kirkekontoret eller jer?

Hilsen Lærke Holt
""")

M("", """
Kære alle i Ældrerådet

Husk mødet d. 17/11 kl. 10 i Ishøj Rådhus, lokale 1.12. Vi skal drøfte rapporten om
kræftrehabilitering i kommunerne og budgettet for hjemmeplejen. Kaffe og kage.

Venlig hilsen
Ældrerådets sekretær
""")

M("t", """
Hej Mona (byrådet)

Jeg er grønlænder og flyttede til Ishøj i sommer. Jeg synes det er svært at finde ud af
hvordan man tilmelder sig læge her. Kan du sende mig et link?

Hilsen Aviaja
""")
