"""corpus54 part E: coming out, rainbow families, confirmation and naming ceremonies."""
from common import M

M("s", """Kære Birgit Holm

Vores søn Viktor på 15 fortalte os i sommer, at han er homoseksuel. Vi er glade for, at
han tør. Men på skolen bliver han kaldt "bøsserøv" hver dag, og lærerne griner med. Vi
vil gerne vide, om skolerne i Ishøj har en antimobbestrategi, der også gælder LGBT+-elever.

Venlig hilsen
Marianne og Torben Aagaard""")

M("", """Hej

Hvornår er Copenhagen Pride i år, og skal Ishøj Ungdomsskole deltage med en vogn? Jeg
har hørt, at nogle elever har foreslået det.

Mvh Pia""")

M("s", """Til Borgerservice

Vi skal registrere medmoderskab til vores datter, der blev født den 3. oktober. Jeg er
hendes medmor. Vi er gift.

Mor: Line Winther [[091290-2162]]
Medmor: Sofie Winther [[220791-2731]]
Barn: Ellen Winther [[031026-5242]]

Hvad mangler I fra os?

Line og Sofie""")

M("b", """Til Ishøj Kirke (kopi til kommunen, kultur)

Min datter Asta skal konfirmeres i maj. Vi skal bruge Ishøj Kulturhus' store sal til
festen bagefter. Kan man booke den allerede nu?

Venlig hilsen
Mette Hviid""")

M("", """Til Kultur- og Fritidsudvalget

Må kommunens lokaler i Kulturhuset lejes ud til konfirmationsfester om søndagen? Og hvad
koster det? Jeg har et lille cateringfirma og får mange spørgsmål fra kunder.

Venlig hilsen
Birgitte Laursen, Birgittes Køkken""")

M("s", """hej lone. min datter på 14 er lige sprunget ud som lesbisk og hun er så bange for at
gå i skole. er der en ungdomsklub eller gruppe i Ishøj for unge LGBT? hun har ingen at
snakke med. mvh en mor""")

M("sh", """Hej Ahmad Zaki

Jeg er 16 og trans og bi. Jeg har det svært, og jeg har fået en tid i Sexologisk Klinik,
men ventetiden er et år. Jeg har også fået depression. Skolepsykologen siger,
kommunen ikke kan gøre noget. Er det rigtigt?

Alex (jeg vil ikke skrive mit efternavn)""")

M("", """Til Børne- og Skoleudvalget

Jeg er imod, at skolerne i Ishøj skal undervise i kønsidentitet i 3. klasse. Det er
forældrenes opgave. Jeg har børn på Gildbroskolen og synes, det er gået for vidt.

Mvh
Henning Poulsen""")

M("b", """Hej

Vores søn Magnus skal ikke konfirmeres, men holder nonfirmation gennem Humanistisk
Samfund. Skolen har planlagt en heldagsekskursion samme dag som ceremonien. Kan han få fri?

Venlig hilsen
Jeanette og Morten Kirk""")

M("st", """Til borgmesteren

Vi er to fædre, Kristian og Jakob, og vi fik vores søn gennem adoption fra Colombia
sidste år. Børnehaven sender alle breve til "mor". Vi vil gerne, at kommunens
skabeloner ændres, så de passer til alle familier. Vores søn er helt dansk nu.

Hilsen
Kristian og Jakob Lund-Hansen""")

M("", """Kære udvalg

Jeg savner en regnbueflag-politik. Må skoler hejse regnbueflag i Pride-ugen, eller skal
det besluttes centralt? Som skoleleder vil jeg gerne vide, hvad rammerne er.

Venlig hilsen
Lars Eriksen, skoleleder""")

M("b", """Hej Ishøj Kirkekontor og kommunen

Vi vil gerne have vores datter døbt i Ishøj Kirke den 7. december. Her er hendes
oplysninger: Frida Olsen, [[200826-5570]]. Mor er Katrine Olsen, far er Nikolaj Olsen.

Hvilke papirer skal vi aflevere?

Mvh Katrine""")

M("", """Hej. Kommer der nogen regnbuefamilier til Familiedagen i Bypark i juni? Vi er
arrangører og vil gerne have et bredt udvalg af stande. Mvh Ishøj Familienetværk""")

M("se", """kære borgerrådgiver,
min søn på 17 har fortalt sin far at han er bøsse, og nu vil hans far ikke have ham på
weekend. jeg har fuld forældremyndighed. søn er helt knust. kan kommunen tale med
faren? Vi har aldrig været i kontakt med familieafdelingen før.
/Anita""")

M("sb", """Kære Ishøj Kommune

Min kone Hanna og jeg skal giftes i Ishøj Kirke til sommer, og vores sønner på 6 og 9
skal være brudesvende. Vi har søgt om at låne kommunens festtelt til bagefter. Hvem
skal vi tale med?

Venlig hilsen
Mia Kjærsgaard""")

M("", """Hej Ishøj Kommune

Hvilken dato er konfirmationerne i Ishøj Kirke i 2027? Vi har et firma, der udlejer
festtøj, og vil gerne planlægge kampagnen.

Med venlig hilsen
Marie Holm, Festtøj ApS""")

M("s", """Til hovedpostkassen

Jeg er en mand, og min mand og jeg har fået plejebarn-godkendelse. Vi vil gerne høre,
hvornår vi kan forvente at få et barn. Vi har ventet i otte måneder.

Hilsen
Jesper Clausen""")

M("bs", """Hej Lone

Min søn Oskar er lige kommet ud som bøsse og skal konfirmeres om to måneder. Præsten er
sød, men en anden konfirmand har sagt til ham, at "Gud hader bøsser". Kan skolen
tage en snak med klassen om det? De går i samme klasse.

Kh Lisbeth""")

M("", """Til Ishøj Ungdomsskole

Tilbyder I kurser i seksualundervisning for forældre? Det er ikke til mig, men vi har
talt om det i skolebestyrelsen. Vi vil gerne invitere en oplægsholder fra Sex & Samfund.

Venlig hilsen
Jonas Rahbek""")

M("s", """Hi,

My daughter (13) came out as bisexual to us last week. She asked me to write to her
school because a teacher said in class that "being bi is just a phase". We think that is
not OK. Who should we contact in the municipality?

Thanks,
Emily Jørgensen""")

M("b", """Til Borgmester

Min søn Adam skal til sin bar mitzvah i synagogen i København i marts. Skolen vil ikke
give ham fri om fredagen til forberedelsen, fordi de siger, det ikke er en "helligdag".
Hvad er kommunens regler?

Venlig hilsen
Miriam Nathan""")

M("", """Hej! Jeg vil høre, om skolerne i Ishøj giver fri til konfirmandundervisning, eller om
det ligger efter skoletid. Vi er nye i kommunen og har ikke selv børn i 7. klasse endnu.
Mvh Anne""")

M("se", """Til Familieafdelingen

Jeg er lesbisk og har et barn med en kendt donor, Martin. Nu vil Martin pludselig have
samvær, selvom vi aftalte noget andet. Min kone og jeg er enige om, at han kan få lidt
kontakt, men ikke weekender. Hvem afgør det?

Mig: Nadia Storm [[1203880194]]
Barn: Lukas Storm [[1707195118]]

Nadia""")

M("e", """Kære borgerrådgiver

Min søn på 18 er blevet smidt ud hjemmefra af sin far efter en skænderi. Han sover hos
venner. Han har ingen indkomst. Kan han få et værelse gennem kommunen? Han er stadig i
gymnasiet.

Mvh Bitten""")

M("", """Kære Ahmad Zaki

Jeg vil gerne opfordre dig til at stemme for, at kommunen får en LGBT+-handleplan. Der er
mange unge, der har brug for at føle sig set. Jeg har ikke selv børn, men arbejder med unge.

Venlig hilsen
Sune Nygaard""")

M("sb", """Hej igen

> Den 4. nov. skrev Dorte Bak (Kultur):
> Vi kan desværre ikke love lokalet til en navnefest den 30.

Det er ikke "bare en fest". Vi er to mødre, og vores datter får en humanistisk
navneceremoni i stedet for dåb. Vi har booket en celebrant fra Humanistisk Samfund og
har inviteret 40 gæster. Kan vi få et svar på, hvorfor vi ikke kan få lokalet?

Hilsen
Julie og Mathilde Krog""")

M("", """Hej. Må vi bruge skolens aula til en navnefest for en nabo? Det er ikke vores barn,
men vi har nøglen fordi jeg er pedel. Jeg vil bare lige spørge først. Jørgen""")

M("s", """Til skoleleder på Vibeholmskolen (cc borgerrådgiveren)

Jeg er far til Ida i 5.a. Ida har to fædre, min mand Thomas og mig. I sidste uge lavede
klassen et familietræ, og læreren sagde til Ida, at hun skulle "tegne en mor ind". Ida
kom grædende hjem. Jeg forventer en undskyldning.

Venlig hilsen
Peter Dam""")

M("b", """hej
min datter er jehovas vidne ligesom os og må ikke holde fødselsdag eller være med til
jul i klassen. lærerne bliver ved med at presse hende. hun er 8. vi har prøvet at
forklare, men de forstår det ikke. kan kommunen sige til skolen at de skal respektere det
Hilsen Ruth""")

M("", """Til Center for Børn og Forebyggelse

Har I materialer om regnbuefamilier til brug i dagtilbud? Jeg er pædagog i en
børnehave og vil lave et tema om forskellige familier. Tak!

Venlig hilsen
Maja Friis""")

M("sh", """Til udvalgsformanden

Jeg er en ung mand på 19 og bor sammen med min kæreste Emil. Jeg har haft en svær tid med
depression efter at være sprunget ud, og jeg vil gerne være frivillig i ungdomsklubben
for at hjælpe andre unge LGBT. Hvordan søger man?

Mvh
Sebastian Holt""")

M("bs", """Til Ishøj Kommune, Kultur

Vores søn Nicolai skal konfirmeres i Torslunde Kirke. Jeg er hans mor, og min kone
Signe er hans anden mor. Præsten har spurgt, om vi begge vil stå som forældre i
kirkebogen. Er det noget kommunen har noget med at gøre, eller kun kirken?

Mvh Pernille Brink""")

M("", """Hej

Hvor mange unge har henvendt sig til kommunens ungerådgivning om kønsidentitet i
2026? Jeg skriver speciale om LGBT+-unge i forstæderne.

Venlig hilsen
Ida Nørby, Københavns Universitet""")

M("bt", """Kære borgmester

Vi er armeniske og ortodokse kristne. Vores søn skal døbes i den armenske kirke i
København, og vi vil gerne holde dåbsfesten i Ishøj Kulturhus. Vi har hørt, at man
ikke må servere alkohol. Gælder det også dåbsfester?

Venlig hilsen
Ani og Aram Petrosyan""")

M("s", """Kære Birgit

Jeg er pansexual, er 17 og går på Ishøj Gymnasium. Min klasse skal på studietur, og
læreren har sagt, at jeg skal sove på værelse med pigerne, fordi jeg er pige, men jeg
har en kæreste, der også er pige, og det bliver akavet. Kan skolen finde en løsning?

Anonym""")

M("b", """Til hovedpostkassen

Kan kommunen oplyse, hvor mange elever der meldte sig ud af konfirmationsforberedelsen
i 2025? Jeg er præst og vil gerne sammenligne med tidligere år.

Med venlig hilsen
Sognepræst Hans Ulrik""")

M("sb", """Hej

Vi er et par, to mænd, og skal have vores søn Noah døbt i Ishøj Kirke. Kirken beder om
hans cpr, og vi har skrevet det her også til kommunen, fordi han har fået forkert
forældreregistrering: [[150526-5371]]. Far 1: Kasper Dahl, far 2: Morten Dahl.

Mvh Kasper""")

M("", """Til Kultur

Vi er en forening for unge muslimer i Ishøj og vil gerne holde en stor Eid-fest for alle
borgere i Ishøj Kulturhus. Hvordan søger man om lokalet?

Med venlig hilsen
Bestyrelsen, Ishøj Unge Muslimer""")

M("s", """Hej Lone

Jeg har boet sammen med min veninde Karin i 30 år, og nu skal vi endelig giftes. Jeg er
67 og hun er 70. Mine børnebørn skal være brudepiger. Kan vi blive viet på rådhuset en
lørdag?

Kh Inger""")

M("b", """Hej,

Vores datter Hiba skal holde sin første ramadan i år. Hun er 11. Skolen har spurgt os,
om hun skal have frokost i klassen eller i et andet lokale. Vi ved ikke, hvad der er
bedst. Har kommunen en anbefaling?

Mvh
Said og Leila""")

M("", """Til Ishøj Kommune

Er der forskel på, hvordan skolerne i Ishøj håndterer børn, der faster i ramadanen?
Jeg er forælder og medlem af skolebestyrelsen og vil gerne have det på næste møde.

Mvh Dorthe Bjerre""")
