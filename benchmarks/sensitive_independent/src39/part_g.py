"""corpus39 part G: spring house sales, andelsboliger, garden-colony houses and building plots; look-alike numbers."""
from common import M

M("p", """Hej

Vi har fået et bud på vores andelsbolig i A/B Strandlyst, men køberen vil have at vi først får godkendt den nye altan. Buddet udløber om 14 dage. Kan byggesag nå det?

Mvh Lene og Kim Thorsen""")

M("", """Hej. Hvordan beregnes andelsværdien i en andelsboligforening – er det noget kommunen blander sig i? Mvh""")

M("p", """Hej Ishøj Kommune

Jeg vil gerne købe den kommunale byggegrund på Ishøj Landsby matr. 7k, som var annonceret i foråret. Jeg har sendt et bud på 1,45 mio., men har ikke hørt noget. Er grunden stadig til salg? Mit cpr er [[221066-3017]].

Venlig hilsen
Ulrik Brandt""")

M("", """Hej. Hvornår sætter kommunen de nye byggegrunde i Vejleå Syd til salg? Vi er flere der venter. Mvh Jesper""")

M("pe", """Hej

Jeg er nødt til at sælge mit rækkehus på Strandager, fordi jeg er kommet bagud med afdragene efter min mand forlod mig. Ejendomsmægleren har fundet en køber, men handlen afventer at kommunen frigiver pantet for lånet til betaling af ejendomsskat. Kan I gøre det hurtigt? Cpr [[180374-2266]].

Mvh Gitte Bach""")

M("p", """Hej

Jeg har en kolonihave i H/F Solsikken og har aftalt med min nabo at han køber mit hus for 95.000, når han har solgt sit eget. Bestyrelsen skal godkende handlen i juli. Skal kommunen vide det allerede nu?

Mvh Erik Dalby""")

M("", """Hej. Hvordan fastsættes maksimalprisen på et kolonihavehus? Er det kommunen eller Kolonihaveforbundet? Mvh Helle""")

M("p", """Hej byrådsmedlem Jonas

Min nabo i nr. 15 sælger sit hus, og køberen er en investor der vil rive det ned og bygge tre rækkehuse. Skødet er ikke underskrevet endnu. Vi er mange på vejen der er bekymrede. Kan du fortælle os hvad lokalplanen tillader?

Mvh Vibeke, Kirkebjerg Allé 13""")

M("", """Hej. Hvad siger lokalplanen for Kirkebjerg Allé om rækkehuse? Vi har hørt rygter. Mvh beboerne""")

M("phe", """Hej

Vi sælger vores hus på Ishøj Søvej fordi min mand har fået ALS og vi skal have en bolig i ét plan. Vi har fået et bud, men vi har ikke accepteret det. Kan vi få en boligtildeling fra kommunen i mellemtiden? Mit cpr: [[0503571220]].

Mvh Hanne Rasmussen""")

M("p", """Hej. Jeg har budt på Gildbro Allé 22, som kommunen har sat til salg efter dødsboet. Mit bud er 2,4 mio. Hvornår afgør I hvem der får lov at købe? Mvh Karsten""")

M("", """Hej. Hvad skete der med salget af den gamle børnehave på Gildbro Allé? Er den solgt? Jeg har hørt at handlen gik i orden i foråret. Mvh Inge""")

M("p", """Hej

Jeg står til at købe kolonihavehuset i have 88 i H/F Engen, men sælger har trukket sig to dage før bestyrelsesmødet. Han siger at han har fået et højere bud, hvilket ikke er lovligt efter vurderingen. Kan kommunen gribe ind?

Mvh Tanja Holm""")

M("pu", """Hej

Jeg er tømrer, medlem af 3F, og jeg er ved at købe et gammelt hus på Tranegildevej 40 som jeg vil sætte i stand. Købsaftalen er betinget af at jeg må lave en tagterrasse. Hvor hurtigt kan I svare på en forespørgsel?

Mvh Brian""")

M("", """Hej. Hvornår må man lave tagterrasse i Ishøj uden lokalplan? Generelt spørgsmål. Mvh Brian""")

M("pt", """Hej

Min kone og jeg er fra Marokko og vil gerne købe den lille forretning på Ishøj Torv, der er sat til salg. Lejekontrakten er kommunal. Vi har lagt et bud. Skal vi have en ny kontrakt med kommunen, når vi overtager butikken?

Mvh Youssef Benali""")

M("", """Hej. Er der ledige erhvervslejemål på Ishøj Torv, og hvordan søger man? Mvh Kiosk-ejer""")

M("psh", """Hej

Min mand Frank og jeg (Bent) har solgt vores lejlighed i Brøndby og er ved at købe Ishøj Strandvej 90. Købet er betinget af at vi kan få en tilladelse til en ny kørestolsrampe. Den er ikke til os, men til Franks søster der besøger os. Kan det gå hurtigt?

Mvh Bent""")

M("", """Hej. Jeg har et fakturanr. 3004891277 fra jer vedrørende ejendomsskat. Hvornår er betalingsfristen? Mvh Henning""")

M("", """Hej, på min ejendomsvurdering står der "vurderingsnr. 1207 910 042". Er det det samme som ejendomsnummeret? Mvh Charlotte""")

M("p", """Hej

Vi har sat vores hus på Ishøj Landsby 32 til salg, men en køber har fortrudt inden for fortrydelsesfristen, fordi hun fandt ud af at der er rotter i kloakken. Er det kommunens ansvar at få dem fjernet?

Mvh Jørgen og Ulla""")

M("", """Hej. Er det kommunen der bekæmper rotter i kloakken, eller skal jeg selv ringe til en skadedyrsfirma? Mvh""")

M("pe", """Hej

Mit hus skal på tvangsauktion den 12. august. Jeg har fået et tilbud fra en privat køber, der vil købe det inden, men banken skal godkende. Jeg er på dagpenge og kan ikke betale restskatten. Kan kommunen stoppe inddrivelsen i mellemtiden? Cpr [[071177–2315]].

Mvh Morten Skov""")

M("", """Hej. Hvor mange tvangsauktioner har der været i Ishøj i 2025? Jeg skriver for lokalavisen. Tak""")

M("p", """hej vi vil sælge vores andel i A/B Vejleå og har en køber. men foreningen siger at kommunen skal godkende at vi har lavet et nyt køkken først? passer det? mvh Sanne""")

M("phe", """Hej

Min far har Alzheimers og er flyttet på plejehjem i Brøndby. Vi sælger hans kolonihavehus i H/F Birkely, og vi har en køber. Foreningen kræver at min far selv skriver under, men det kan han ikke længere. Jeg har fremtidsfuldmagt. Er det nok?

Mvh Susanne""")

M("", """Hej. Skal kommunen godkende salg af et kolonihavehus i en haveforening på kommunal jord? Vi er bestyrelsen og vil gerne vide det generelt. Mvh H/F Tranegården""")

M("pb", """Hej

Vi er katolikker og vil gerne købe den gamle præstebolig ved Ishøj Landsby, som kommunen har sat til salg, og lave den til et lille fællesskab for katolske familier. Vi har sendt et bud. Må man bruge bygningen til religiøse samlinger?

Med venlig hilsen
Teresa og Paulo Costa""")

M("", """Hej. Hvornår er der åbent hus i den gamle præstebolig som kommunen sælger? Mvh Kirsten""")
