"""corpus89 part C: language school, interpreters for a named person, writers in
simple Danish with errors; interpreter services in general and course timetables as
negatives."""
from common import M

M("", """
Hej

Hvornår starter næste hold på Danskuddannelse 2, modul 3, om aftenen? Jeg arbejder
til kl. 16 og kan kun komme efter kl. 17.

Mvh Irina
""")

M("ht", """
Til Sundhedsplejen

Min mor Gülsen skal til samtale om sin sukkersyge hos jeres diætist på torsdag. Hun
taler kun tyrkisk. Jeg kan ikke tage fri fra arbejde for at tolke. Kan I bestille en
tolk til hende?

Mvh Elif Yıldız
""")

M("", """
Hvordan bestiller en skole en tolk til en forældresamtale? Er det kommunens
tolkeservice eller et privat firma? Vi har flere forældre der skal bruge arabisk og
somali.

Venlig hilsen
Pia Holt, afdelingsleder, Vibeholmskolen
""")

M("e", """
hej mit navn er Rahel. jeg går på sprogskole og jobcenter siger jeg skal også
praktik i børnehave 20 timer. jeg kan ikke begge. sprogskole er 4 dage. hvad
gør jeg. min sagsbehandler er på ferie.
tak
""")

M("", """
Dear language school,

Is there a Danish course for English speakers on Saturdays? I work full time. What is
the price for people who are not from the EU?

Regards,
Michael
""")

M("het", """
Hej kommune

jeg er Yusuf jeg har ondt i ryggen meget og læge siger diskus prolaps. jeg er sygemeldt
fra mit arbejde som rengøring. jeg har fået brev om samtale på jobcenter om
sygedagpenge men jeg forstår ikke brevet. kan jeg få tolk til samtalen? jeg taler
dari.

Yusuf Ahmadi
""")

M("", """
Hej

Jeg har set at sprogcentret holder lukket i uge 52 og 1. Gælder det også
online-undervisningen?

Venlig hilsen
Olga
""")

M("t", """
Kære Kultur- og Fritidsudvalget

Min svigermor Fatma er 74 og taler kun kurdisk. Hun sidder alene derhjemme hele dagen.
Findes der et sted i Ishøj, hvor ældre kvinder der taler kurdisk mødes?

Venlig hilsen
Dilan Aydin
""")

M("", """
Til tolkeservicen

Hvad koster en fremmødetolk i en time, og hvor lang tid før skal man bestille? Vi er
en privat tandlægeklinik i Ishøj.

Mvh
Klinikken ved Ishøj Torv
""")

M("et", """
Hej Jobcenter

jeg kan ikke komme til mødet i morgen kl 10 fordi der er ikke tolk. I sagde der
kommer tolk på tigrinya. Kan vi flytte mødet?

Senait
""")

M("", """
Hej

Jeg underviser på sprogskolen og mine kursister spørger, om der findes gratis
lektiehjælp i dansk på biblioteket om eftermiddagen. Ved I det?

Venlig hilsen
Karen Lind
""")

M("t", """
Til Ishøj Bibliotek

Har I bøger på tagalog til børn? Min datter Bea er 6 og taler tagalog derhjemme med
mig og min mand, og vi vil gerne låne nogle. Vi er fra Cebu.

Salamat,
Rowena Santos
""")

M("h", """
hej
jeg skal føde i januar, det er mit første barn. hvor er fødselsforberedelse? jeg
forstår ikke dansk godt. kan jeg gå på hold på engelsk?
Hilsen Zainab
""")

M("", """
Til Integrationsteamet

Kan I sende mig skemaet for modul 1 på Danskuddannelse 1 fra januar? Jeg er
frivillig mentor for en familie og vil gerne planlægge lektiehjælpen.

Tak
Søren Krog
""")

M("te", """
Kære borgerrådgiver

Jeg vil klage. Min far Abdi Nur har været til møde om sin førtidspension, og der var
ingen tolk selvom vi bad om somalisk tolk to gange. Han taler kun somali. Han sad der
i en time og forstod ikke noget, og nu har han fået afslag.

Med venlig hilsen
Hodan Nur
""")

M("h", """
Kære Sundhedshuset

Jeg hedder Jakub. Jeg har fået at vide af min læge at jeg har sukkersyge type 2.
Der er et kursus om kost, men det er kun på dansk og mit dansk er ikke så god.
Er der hold på engelsk eller polsk?

Tak
Jakub
""")

M("", """
Til Center for Borger, Økonomi og IT

Hvad er reglerne for, hvornår kommunen betaler for tolk ved lægebesøg? Jeg har læst
at der kom et gebyr i 2018. Gælder det stadig?

Venlig hilsen
Per Dalsgaard
""")

M("te", """
Til borgmesteren

jeg er fra afganistan, jeg er 17 år og kom alene til danmark for 2 år siden. jeg bor på
et opholdssted i Ishøj. jeg går i 8 klasse og vil gerne gå på sprog skole om aften
også for at lære hurtig. men de siger jeg er for ung. hvorfor?

Ali Reza
""")

M("e", """
Hej

Min kone Li Na og jeg har været gift 3 år. Hun har
boet her i 2 år. Hun har fået brev fra sprogskolen om at hun skal
betale depositum på 2.000 kr. Vi har det svært økonomisk fordi jeg er på dagpenge.
Kan det betales i rater?

Mvh Bo Kristensen
""")

M("", """
Til Skoleafdelingen

Hvor mange børn går i modtagelsesklasserne i Ishøj i år, fordelt på skoler? Jeg sidder
i skolebestyrelsen på Strandgårdskolen og vi skal drøfte det på næste møde.

Vh
Martin Øst
""")

M("t", """
Hej

Mine forældre er fra Vietnam og taler kun vietnamesisk. Min far Tran Van Minh skal
underskrive papirerne til lejekontrakten på kommunens ungdomsbolig for min lillebror.
Må jeg skrive under for ham med fuldmagt?

Vh
Linh Tran
""")

M("", """
Hej

Jeg skal starte som tolk for kommunen (polsk) og vil gerne vide, hvornår jeg får
adgang til bookingsystemet.

Mvh
Marta Kowalczyk
""")

M("e", """
hej hej

jeg har fået sprogskole brev at jeg er smidt ud fordi for meget fravær, men jeg var hos
jobcenter aktivering i de dage. min kontaktperson har sendt mig derhen. hvad skal
jeg gøre nu? jeg vil gerne fortsæt.

Hilsen Nadia
""")

M("h", """
Til Ishøj Tandpleje

Min søn Amir på 8 år har meget ondt i en tand og skal have den trukket. Han er bange.
Hans dansk er ikke stærkt nok til at forstå det hele, så kan tandlægen forklare det langsomt?

Mvh
Shirin Tehrani
""")

M("e", """
Subject: Danish course and job

Hello,

I was fired from my job at the warehouse in Hvidovre last week. The jobcenter says I
should now take Danish lessons every day instead. My English is good but my Danish is
bad. Can I choose evening classes so I can look for work in the daytime?

Regards,
Sandeep
""")

M("", """
Hej

Hvorfor er alle kommunens breve om affald kun på dansk? Mange af mine naboer i
Vejleåparken forstår dem ikke. Kunne I sende dem på flere sprog?

Mvh
Anne Poulsen
""")

M("the", """
Kære Ældrerådet

Min far Wiesław er polak og har boet i Ishøj i 40 år. Efter sit slagtilfælde har han
glemt sit danske og taler nu kun polsk. Hvordan kan personalet på plejecentret tale med
ham? Han er lige flyttet ind.

Venlig hilsen
Beata Lindberg
""")

M("e", """
Til Ydelsescentret

Jeg har fået min første integrationsydelse i dag, men der mangler dansktillæg. Jeg bestod
PD2 i juni. Kan I se på det?

Med venlig hilsen
Halima Farah
CPR-nr.: [[041095\u20132846]]
""")

M("", """
Dear Sir or Madam,

Please find attached my application for the job as Ukrainian-speaking teaching
assistant at Ishøj Skole (your ref. 2026-0417). I hold a Master's degree in education.

Sincerely,
Kateryna Hnatiuk
""")

M("the", """
Hej Karin (byrådsmedlem)

Jeg er tolk og arbejder for et bureau, men skriver privat. Min egen mor er fra Irak og
får hjemmehjælp i Ishøj. Hjemmehjælperne bruger Google Translate på telefonen, og det
går galt hver gang. Forleden gav de hende forkerte piller. Kan det virkelig være rigtigt?

Mvh
Zainab Al-Sayed
""")

M("e", """
Kære jobcenter

hej jeg er Mohammed og jeg har samtale hos Lise 24/11 kl. 13. jeg forstår ikke brevet.
hvad skal jeg tage med? pas? lønsedler?

tak
Mohammed Jaber
cpr [[3005922417]]
""")

M("", """
Hej

Vi er fire venner der ikke snakker dansk så godt endnu. Vil gerne spille fodbold i
en klub. Hvilke klubber i Ishøj tager nye spillere om vinteren?

Hilsen Vitalii og vennerne
""")

M("t", """
Goddag

Jeg er opvokset i Tórshavn og har boet i Ishøj siden 2010. Min søn taler færøsk
derhjemme. Er der færøsk modersmålsundervisning i kommunen, eller ved I om det findes
i København?

Venlig hilsen
Rannvá Joensen
""")

M("", """
Hej

Er der en liste over kommunens tolke, og på hvilke sprog? Vi har brug for en tolk på
ukrainsk til et forældremøde i vuggestuen.

Mvh
Lisbeth, Vuggestuen Troldehøj
""")

M("eh", """
Til Jobcentret i Ishøj

jeg er gravid i 7. måned og læge siger jeg må ikke stå mere. jeg er i praktik
i kantinen via jer. må jeg stoppe praktikken?

Roza
""")

M("", """
Til Kommunikation

I kunne overveje at lave jeres kommunale nyhedsbrev på "let dansk" også. Det ville
hjælpe både nydanskere og ordblinde.

Venlig hilsen
Torben Friis
""")

M("t", """
Hi,

My son Mateo (10) is Spanish and speaks no Danish yet. We moved here from Valencia in
October. Does Ishøj have a reception class, or will he go directly into 4th grade?

Best regards,
Lucía Moreno
""")

M("u", """
Hej Sprogcentret

Jeg er medlem af HK og vil gerne tage danskundervisning om aftenen. Min fagforening
siger, de betaler en del. Skal jeg tilmelde mig hos jer først?

Mvh
Kristina
""")

M("s", """
Hej

Jeg går på sprogskolen modul 4. Min kæreste er også en kvinde, og vi vil gerne skrive
om vores liv som par i den mundtlige prøve. Er det ok, eller skal emnet godkendes?

Hilsen
Noor
""")

M("hu", """
Til Jobcentret

jeg er medlem i FOA og har arbejde i plejehjem. jeg har sukkersyge og min læge siger jeg
skal have fri til kontrol hver 3 måned. min leder siger nej. kan i hjælpe eller skal jeg
snakke med fagforening?

Ana
""")

M("pb", """
Hej

Jeg er præst i den ortodokse kirke i København og bor i Ishøj. Jeg er ved at købe en
lejlighed i Ishøj Landsby, og sælger spørger, om kommunen har noget imod at jeg holder
små bønnemøder hjemme. Gælder der regler?

Fader Nikolai
""")

M("s", """
Hej biblioteket

Har I børnebøger om at have to fædre? Min mand og jeg har adopteret en pige på 4, og
hun spørger. Gerne på dansk og engelsk.

Vh
Jens og Martin
""")

M("ub", """
Kære Lise (SF)

Som medlem af SF og af FOA vil jeg gerne takke dig for din tale om bedre sprogundervisning
til sosu-elever. Jeg underviser selv frivilligt i dansk i min fritid.

Venlig hilsen
Gitte Skov
""")
