"""corpus79 part E: sexual orientation, short and messy."""
from common import M

M("s", """Emne: Min kone og jeg (to kvinder) vil gerne være aflastningsfamilie - hvem kontakter vi?""")

M("s", """hej jeg er Jonas og min mand Mikkel og jeg skal giftes på rådhuset i maj, er der ledige tider om fredagen? mvh""")

M("s", """Jeg er lesbisk og bliver chikaneret af naboerne i opgangen. De råber ting når jeg går forbi med min kæreste Sofie. Vejleåparken 18. Hjælp. Mie""")

M("s", """hej det er Thomas jeg og min kæreste Anders vi har lige fået nøglerne til lejligheden på Ishøj Strand og vi mangler en p-licens til hans bil tak""")

M("s", """Jeg er medmor til Alma som er født i juni, og jeg skal have registreret fælles forældremyndighed. Kan Borgerservice hjælpe? Mvh Line""")

M("s", """Hi! My husband and I (two dads) just moved to Ishøj with our daughter. Is there a rainbow family group in the area? Best, Kevin""")

M("s", """jeg er biseksuel og vil gerne starte en ungdomsklub for LGBT+ unge i Ishøj. Kan vi låne et lokale? Frederik 17 år""")

M("s", """min søn Emil er bøsse og bliver råbt efter på vej hjem fra gymnasiet ved Ishøj St. Kan kommunen sætte mere lys op ved stien?""")

M("s", """Hej. Jeg er homoseksuel og min familie ved det ikke. Jeg er bange. Kan jeg tale med nogen i kommunen anonymt? Please ikke ring til min telefon.""")

M("s", """Merhaba. Jeg er Murat. Min kæreste er også mand, han hedder Kenan. Vi vil bo sammen, kan vi begge stå på kontrakten i boligforeningen?""")

M("s", """min kone og jeg er begge kvinder lol og vi får spørgsmålet 'hvem er mor' HVER gang i vuggestuen. ka i lave et kursus for personalet? /Trine""")

M("s", """Hej borgmester

Jeg er 14 år og jeg går på Ishøj Skole. Jeg vil gerne sige at legepladsen ved Tranegilde er meget gammel og gyngen er knækket. Mine små søskende kan ikke lege der. Der kører også mange biler for hurtigt på vejen, og en dag blev min lillebror næsten kørt ned. Jeg bor med mine to fædre på Tranegilde og de siger jeg selv skal skrive fordi det er min idé. Vi vil gerne have bump på vejen og en ny gynge.

Hilsen Oliver""")

M("s", """Jeg er aseksuel og synes kommunens nye sundhedsfolder om 'sex og parforhold' glemmer os helt. Kan I tage det med næste gang? Venlig hilsen Nanna""")

M("s", """I'm pansexual and I work as a volunteer at the youth club in Vejleå. A colleague keeps making jokes about it. Who do I talk to? – Alex""")

M("s", """vi er en regnbuefamilie med to mødre og tre børn. Vores ældste, Noah, skal starte i 0.A på Gildbroskolen. Vi vil gerne have begge navne på forældreintra. Maja & Sara""")

M("s", """Jeg skal have opdateret adressen for min hustru Karen Holm, [[090156-1422]], hun er flyttet ind hos mig på Ishøj Bygade. Mvh Birthe Holm""")

M("sh", """Min mand Ole er indlagt med hjertestop på Rigshospitalet. Jeg kan ikke komme til mødet i Ældrerådet. Venlig hilsen Erik Nørgaard""")

M("se", """hej. jeg vil sige noget hemmeligt. min bror er gay og min familie har smidt ham ud. han sover i parken nu. kan kommunen hjælpe? ikke sige mit navn""")

M("s", """Dzien dobry. Jeg og min partner Ewa vi er to kvinder og vil gerne adoptere. Hvor starter man? Katarzyna""")

M("s", """Emne: Vi er to mænd der vil være plejefamilie - må vi det i Ishøj?""")

M("se", """hej det er Per jeg skriver fordi min mand og jeg er blevet skilt og nu skal lejligheden deles op hvem kan hjælpe med det""")

M("s", """Den 12. okt. 2025 skrev Hovedpostkassen:
> Hvem skal stå som kontaktperson for jeres haveforening?

Det skal min kone Louise, jeg er selv på kursus hele november. Hilsen Marianne""")

M("", """Hvornår er Ishøj Pride i år og må man gå med i optoget med hund? :)""")

M("", """Har biblioteket bøger om regnbuefamilier til børn? Jeg er pædagog og vil læse højt i børnehaven. Mvh Lise""")

M("", """min kæreste og jeg søger lejlighed i ishøj, står man på venteliste hos kommunen eller boligforeningen?""")

M("", """Jeg er gift med min mand Torben og vi vil gerne have en ny affaldsspand til papir. Toftegården 4. Mvh Hanne""")

M("", """Hvad gør kommunen for at forebygge homofobi i skolerne? Spørgsmål fra en bekymret bedstemor""")

M("", """Hej! Jeg skal holde bryllup i august og vil gerne låne Ishøj Rådhus' have til billeder. Er det muligt? Mvh Mads""")

M("", """Er der et LGBT+ netværk for kommunens ansatte? Tænker på at foreslå det i MED-udvalget. /HR-medarbejder""")

M("", """kan jeg parkere foran rådhuset lørdag for at se Pride-paraden? hvor længe må man holde der""")

M("", """Hvordan skifter man efternavn efter brylluppet? Vi skal giftes på rådhuset 6. juni. Mvh Laura""")

M("", """Til Børne- og Skoleudvalget: vil I overveje kønsneutrale toiletter på skolerne? Venlig hilsen, en forælder""")

M("su", """Jeg er FOA-tillidsrepræsentant på plejecentret og min kone Susanne arbejder samme sted. Må vi begge sidde i MED-udvalget? Venlig hilsen Gitte""")

M("st", """Jeg er gay og kommer fra Iran. Jeg har fået asyl og bor nu i Ishøj. Er der en forening for LGBT flygtninge her? Reza""")

M("sb", """Vi er to mænd og vil gerne vies i Ishøj Kirke til sommer. Præsten siger ja, men hvad siger menighedsrådet? Mvh Jens og Ahmad""")

M("s", """er lesbisk og vil melde mig som frivillig til ungdomsrådgivningen, er det et problem?""")

M("s", """hey Siri skriv til kommunen hej jeg er Lasse jeg bor sammen med min kæreste Magnus og vi har fået en rotte i kælderen ring til mig""")

M("s", """hej! mig og min kone Fie skal skifte læge samtidig. mit cpr er [[1103932044]] og hendes er [[2907951638]] mvh Ida""")

M("s", """Hej, my boyfriend Lucas and I (we're both guys) want to open a café in Ishøj Bycenter. Hvem giver tilladelse til udeservering? Cheers, Oscar""")

M("s", """Kære Anne Marie

Jeg har fulgt med i debatten om cykelstierne i Ishøj Landsby, og jeg må sige at jeg er skuffet over at projektet er udskudt igen. Min mand Bo og jeg (vi er to gamle bøsser, der har boet på Landsbygaden i 30 år) cykler stadig til indkøb hver dag, men det er blevet farligt med lastbilerne til byggeriet. Der er ikke engang afmærkning i svinget ved kirken. Kunne du ikke presse på i udvalget, så vi i det mindste får en midlertidig løsning inden vinteren?

Venlig hilsen
Gunnar""")

M("s", """Fwd: klage

Hej, se vores klage nedenfor, vi har ikke hørt noget.

---------- Forwarded message ---------
Fra: Rikke Dahl
Til: Gildbroskolen

Vores søn har to mødre, og hans lærer sagde foran klassen at 'det er ikke en rigtig familie'. Det kan ikke passe.
Rikke og Mette""")
