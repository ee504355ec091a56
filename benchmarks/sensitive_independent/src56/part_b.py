"""corpus56 part B: economy and social circumstances, short and messy."""
from common import M

M("e", """Emne: kontant hjælp

hvorfor er min kontant hjælp ikke kommet ind, den skulle komme d. 1. har 2 børn og intet i køleskabet""")

M("e", """er ledig siden august, skal jeg selv melde mig på jobnet eller gør i det""")

M("e", """har fået brev om at jeg skylder 4.300 i huslejerestance og boligselskabet truer med udsættelse. kan kommunen hjælpe??""")

M("e", """min nabo i nr. 7 er blevet smidt ud og sover i sin bil nu med hunden 😢 kan i ikke hjælpe ham""")

M("e", """ansøgning om enkeltydelse til ny vaskemaskine den gamle brændte sammen i går
mvh Kenneth""")

M("", """hvad er satsen for boligstøtte i 2027 for en 2 værelses""")

M("e", """er lige blevet skilt og min eks vil ikke lade mig se børnene. hvad gør jeg""")

M("e", """vi har fået en underretning fra skolen om vores søn og skal nu til møde i familieafdelingen. hvad betyder det???""")

M("e", """min far bor på Ishøj plejecenter og han får ikke sit bad 2 gange om ugen som lovet. skuffende""")

M("e", """sidder i Vestre til marts og vil vide om jeg kan beholde min lejlighed i Ishøj Landsby imens, min mor betaler huslejen""")

M("e", """hi, I lost my job at the airport last week. do I go to jobcenter or can I do it online? Kasia""")

M("", """hvornår åbner jobcentret igen efter ombygningen""")

M("e", """Til borgerrådgiveren

min sagsbehandler har ikke svaret i 6 uger på min ansøgning om boligstøtte. er det ok?

Venlig hilsen
Gitte""")

M("e", """vores plejebarn Amalie skal skifte skole og vi har ikke fået besked fra kommunen om hvem der betaler bussen""")

M("e", """fik friplads i vuggestuen men nu kræver i alligevel betaling?? forstår det ikke""")

M("", """kan man søge om friplads online eller skal det være på papir? spørger til min opgave på pædagoguddannelsen""")

M("e", """hejsa min mormor er begyndt i dagcentret og er glad for det men bussen kommer altid for sent om morgenen""")

M("e", """er på folkepension og kan ikke betale den nye p-afgift ved stranden, det er for dyrt for en som mig""")

M("e", """Emne: gæld

skylder 28.000 til kommunen for daginstitution kan jeg få en afdragsordning""")

M("e", """min bror har ingen bolig og har sovet på min sofa siden sommer, kan han skrives op til en akutbolig""")

M("he", """er på sygedagpenge pga min ryg og nu vil de ha mig til opfølgningssamtale torsdag kl 8, det kan jeg ikke""")

M("e", """Emne: samvær

far til Oliver 6 år. mor overholder ikke samværsaftalen, har ikke set ham i 2 mdr""")

M("", """hvem sidder i beskæftigelsesudvalget og hvornår holder i møde næste gang""")

M("e", """har været i virksomhedspraktik i netto i 13 uger og de vil ikke ansætte mig. hvad nu""")

M("e", """vi har fået afslag på ledsageordning til vores søn. hvorfor?? han kan ikke tage bussen alene""")

M("e", """min mor har hjemmehjælp men de kommer på forskellige tider hver dag og det gør hende utryg""")

M("", """er det rigtigt at kontanthjælpen bliver sat ned til nytår? synes det er helt forkert af regeringen""")

M("e", """tjener kun 14.000 om måneden som rengøringsassistent og kan ikke betale varmeregningen, hjælp""")

M("e", """yo er på kontanten og de har trukket mig 3000 fordi jeg ikke kom til et møde jeg aldrig fik besked om wtf""")

M("e", """vil gerne på efterløn fra januar, hvem er det der tager sig af det""")

M("e", """min nabo sendte mig det her:
"de har lukket for strømmen hos mig, har ikke betalt i 3 mdr"
hun har 2 små børn, kan kommunen gøre noget?""")

M("", """hvornår udbetales boligstøtte normalt, den 1. eller sidste hverdag i måneden""")

M("e", """Emne: anbringelse

min søsters to drenge er blevet anbragt og hun må kun se dem hver 14. dag. er det lovligt""")

M("e", """min mand er pensionist og jeg får seniorpension, vi vil søge om varmehjælp. hvor""")

M("e", """Dear citizen advisor, my landlord is evicting me 1 December and the kommune says they can't help. I have nowhere to go with my son. Please. Ana""")

M("e", """min faster har fået bevilget plejebolig men der er 8 mdr ventetid?? hun kan ikke være alene så længe""")

M("e", """har en plettet straffeattest pga noget jeg lavede som 19-årig og nu vil kommunen ikke ansætte mig som chauffør. fair?""")

M("", """hvordan bliver man plejefamilie i ishøj, vi har snakket om det længe min kone og jeg""")

M("e", """har fået brev fra ydelseskontoret om at betale 11.000 tilbage i boligstøtte. det har jeg ikke råd til""")

M("e", """hej Mette, vi har brug for bostøtte til vores datter der er flyttet hjemmefra, hun kan ikke styre sine regninger""")

M("", """tlf 43 57 70 00 virker ikke, er borgerservice lukket i dag?""")

M("e", """Emne: skilsmisse

skal vi selv dele ungernes fritidspas eller gør i det""")

M("e", """ups min a-kasse har stoppet mine dagpenge fordi jeg ikke søgte nok jobs. kan jobcentret hjælpe mig??""")

M("", """Emne: Re: hjemmehjælp

> hvordan visiteres man til hjemmehjælp i Ishøj?

tak for svaret, det var til vores tema i ældrerådet, ikke til mig selv""")
