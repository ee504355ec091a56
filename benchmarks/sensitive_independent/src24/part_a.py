"""corpus24 part A: one-liners and text-message style mail, no capitals, little punctuation."""
from common import M

M("h", """hej kan i ringe mig min mor har fået demens og hun bor alene på vildtbanevej 14 hun har glemt komfuret 2 gange nu""")

M("", """hvornår kommer skraldebilen på gildbrohaven den var her ikke i går og spandene flyder over""")

M("e", """hej jeg er på kontanten og har ikke råd til at betale tandlæge regningen til min søn kan kommunen hjælpe?? mvh jannie""")

M("", """hvem skal jeg skrive til om hullet i vejen ved ishøj stationsvej, min cykel er næsten knækket""")

M("u", """er meldt ind i 3F nu så i kan bare ringe til min tillids mand hvis der er noget ift min sag. bh kenneth""")

M("", """tlf nr til borgerservice virker ikke ringer hele tiden ud i ingenting""")

M("h", """hej christina, det er mig fra legestuen. kan ikke komme torsdag pga kemo, starter kræft behandling på herlev onsdag. knus lotte""")

M("e", """min husleje er 3 mdr bagud og udlejer siger vi bliver sat ud 1 dec hvad gør jeg nu hjælp""")

M("", """parkering i strandager er helt umulig om aftenen kan i ikke lave flere p pladser""")

M("s", """hej mig og min kæreste mikkel vil gerne gifte os på rådhuset til sommer, jeg hedder jonas. hvordan booker man""")

M("", """kan man få en ny sundhedskort på biblioteket eller skal man på rådhuset""")

M("e", """kan jeg søge boligstøtte nu hvor jeg er blevet skilt og bor alene m børnene? har ingen indtægt udover børnepenge""")

M("he", """ej undskyld jeg ikke kom til mødet i jobcentret, var indlagt m blindtarm. er stadig sygemeldt og får sygedagpengene ikke? mvh sanne""")

M("", """virker selvbetjeningen til flytning ikke? den hænger på side 3""")

M("b", """jeg er muslim og min datter må ikke spise svinekød i vuggestuen. kan i sørge for det. mvh fatima""")

M("", """halal mad i kommunens institutioner hvad er jeres politik på det?? spørger bare generelt""")

M("t", """hej vi er en kurdisk familie og vores søn bliver drillet i skolen fordi han er kurder. læreren gør ingenting""")

M("", """hvornår åbner genbrugspladsen igen efter jul""")

M("p", """vi har fået et bud på huset på ishøj søvej men køber vil ha lokalplanen først. kan i sende den hurtigt, handlen er ikke underskrevet endnu""")

M("", """fakturanr 1203241456 står der på min regning fra ishøj forsyning men jeg har betalt den, hvorfor rykker i""")

M("", """min måler nr er 0507891234 og den har ikke været aflæst siden marts""")

M("", """ring lige tlf 43 57 12 09 når i har tid ang. bænken i parken""")

M("e", """hej. søn har fået friplads i sfo men nu siger i vi skal betale fuld pris?? vi har samme lille indkomst som sidste år""")

M("he", """min far faldt i går og brækkede hoften. han ligger på hvidovre. kan hjemmeplejen ikke se til ham når han kommer hjem""")

M("", """er det rigtigt at kommunen lukker sundhedshuset om fredagen fra nytår""")

M("b", """jeg har meldt mig ind i enhedslisten og vil gerne hjælpe med valgkampen i ishøj, hvem skriver jeg til""")

M("", """hvilke partier stiller op til kommunalvalget i ishøj? skal lave en opgave i skolen""")

M("u", """min TR i FOA siger at kommunen ikke må ændre min vagtplan uden varsel. passer det?""")

M("", """hvilke fagforeninger er med på jobmessen i ishøj hallen""")

M("he", """cpr [[120584-2213]] ang min ansøgning om førtidspension. har sendt papirer fra psykiater om min skizofreni. hvornår hører jeg noget""")

M("", """glemte at skrive mit cpr i formularen: [[0309911457]] mvh ahmed""")

M("", """sag nr 26-04-1123 hvornår får jeg svar på min byggetilladelse til carport""")

M("e", """har fået rykker fra skat og restance til kommunen på over 40.000 kan jeg lave en afdragsordning. ring 28 11 93 40""")

M("s", """hey jeg er lesbisk og vil gerne i kontakt med andre unge i ishøj der er lgbt, findes der en gruppe i ungdomsklubben? /mia 16""")

M("", """findes der en lgbt gruppe i ungdomsklubben eller skal man til kbh for det""")

M("ht", """min søster er fra somalia og kan ikke dansk, hun er gravid i 7 mdr og har brug for tolk til jordemoderen""")

M("", """kan man få tolk til lægen gratis hvis man ikke taler dansk? spørger for en veninde af min mor""")

M("p", """naboen i nr 22 har sat huset til salg og køberne spørger os om hækken, hvem ejer egentlig den""")

M("", """hvornår sælger kommunen de nye grunde ved tranegilde""")

M("e", """min søn er blevet anbragt og jeg får ikke lov at se ham mere end 1 gang om mdr det er ikke fair""")

M("b", """hej jeg er jehovas vidne og vil ik have at min datter deltager i fødselsdags fejring i børnehaven""")

M("", """gudstjeneste tider i ishøj kirke juleaften?""")

M("t", """vi er polske og min mand får ikke svar fra jeres sagsbehandler, hun siger bare at hun ikke forstår ham""")

M("hu", """jeg er sygemeldt m stress og min fagforening HK vil gerne være med til samtalen. ok?""")

M("", """kan man tage sin fagforening med til en samtale på jobcentret, generelt spørgsmål""")

M("e", """skal vi betale tilbage?? fik brev om at vi har fået for meget boligstøtte i 2025 - 11.400 kr - har ikke pengene""")

M("", """cpr nr [[2811740349]] husk at opdatere adressen til vejlebrovej 88, 2 th""")

M("", """kundenummer 0701851234 hos ishøj varme. kan i ændre betalingsdato""")

M("h", """kan min datter få ekstra hjælp i skolen hun har lige fået diagnosen ADHD""")

M("", """hvad gør skolerne for børn med adhd generelt, jeg sidder i skolebestyrelsen""")

M("se", """min mand thomas og jeg (morten) er blevet godkendt som plejefamilie men vi hører ikke mere fra jer""")

M("bt", """er det ok at min søn går med kippa i skolen? vi er jøder og han er blevet råbt efter""")

M("", """skraldespanden på hjørnet af ishøj bygade er væltet igen, 3. gang denne måned""")

M("u", """jeg er TR for de pædagogiske assistenter i BUPL i ishøj og vil gerne mødes med udvalgsformanden""")

M("e", """min bror er lige kommet ud fra fængsel og har ingen bolig. kan han få en akut bolig hos jer""")

M("", """hvor mange hjemløse er der i ishøj? læste noget i avisen""")

M("e", """hej min mors cpr er [[150241-1188]] hun har fået afslag på hjemmehjælp til rengøring. hvorfor?""")

M("", """ok tak for svaret""")

M("h", """mit barn har astma og kan ikke tåle røgen fra naboens brændeovn. kan i gøre noget""")

M("", """brændeovne i boligområdet hvad er reglerne""")

M("t", """min kone er fra thailand og hun har brug for at lære dansk, hvor er sprogskolen""")
