"""Part F: hard negatives - same subjects, no sensitive data about an identifiable person; numbers that look like CPR numbers."""
from common import M

M("", """hej, min klage over skolebussen har journalnr. 240501-0087 står der i brevet. er det jer eller uddannelsesstøtte jeg skal ringe til? /Alberte""")

M("", """Hej. Fakturanr. 0104061938 fra Ishøj Bibliotek for en bog jeg har afleveret. Kan I slette den? Mvh Viggo""")

M("", """hej, min pakke til rådhuset (track-nr 2811993344) er ikke nået frem. den indeholder en ansøgning om skolebestyrelse. kan I tjekke? /Isabella""")

M("", """hej! jeg har et gavekort til svømmehallen med koden 1506011999 men det virker ik. hvem ringer jeg til? 😅""")

M("", """Hej. Licensnr. på min fiskekort til Ishøj Havn er 3008051122. Er det gyldigt til sommer? Mvh Lukas""")

M("", """hej, mit kontonr til udbetaling af feriepenge fra sommerjobbet er 5479 0210873311. er det rigtigt skrevet i jeres system? /Jakob""")

M("", """Hej. Vores bestillingsnr. på lejetøj til skolefesten er 071203-5561 ifølge kvitteringen fra Ishøj Kulturhus. Vi mangler 20 stole. Mvh festudvalget 9.b""")

M("", """hey, hvorfor står der "0902042210" på mit lånerkort fra biblioteket? det er ik mit cpr, men det ligner. mega creepy design lol""")

M("", """Hej. P-nummer 1012345678 hører til vores lille café ved havnen. Skal vi søge om udeservering hos jer? Mvh Omar og Sofia""")

M("", """hej, hvad er telefonnummeret til PPR? 43 57 75 00? eller er det et andet?""")

M("", """hej byrådet. jeg synes ik det er fair at unge under 25 får mindre i kontanthjælp end andre. det burde laves om. /Mathias 22""")

M("", """Hej. Jeg mener kommunen skal bruge flere penge på psykiatrien for unge. Der er alt for lang ventetid. Mvh Henriette""")

M("", """Hej. Hvor mange børn i Ishøj er anbragt uden for hjemmet? Jeg læste et tal i Politiken, men det virkede højt. Mvh""")

M("", """hej, findes der et sted hvor unge kan få gratis hjælp til at lave budget? flytter hjemmefra til sommer 🏠""")

M("", """Hej. Hvornår er der informationsmøde om de nye ungdomsboliger på Ishøj Boulevard? Mvh Sofie""")

M("", """hej, er det rigtigt at kommunen har lukket misbrugsbehandlingen for unge i Vallensbæk? min klasse diskuterede det""")

M("", """Hej. Jeg skriver en bachelor om boligsociale indsatser i Vejleåparken. Må jeg interviewe en medarbejder? Mvh Line, KU""")

M("", """Hej. Hvordan får man en tolk til et møde på skolen? Er det gratis? Vi skal holde forældremøde med flere sprog.""")

M("", """hej, hvornår er der Pride i Ishøj i år? og må man gå med hvis man er under 18? 🏳️‍🌈""")

M("", """Hej. Hvilke trossamfund har lokaler i Ishøj? Vi laver et projekt i religion om mangfoldighed. Mvh 9.c""")

M("", """hej, jeg har set at der ligger en synagoge i kbh, har ishøj noget lignende eller bare moskeer og kirker?""")

M("", """Hej. Hvorfor er der ikke flere frivillige fra fagforeningerne med i ungdomsjobmessen? Det ville være godt for os unge. Mvh""")

M("", """hej, jeg er 16 og har fået sommerjob. skal jeg betale til en fagforening? og hvad er forskellen på dem?""")

M("", """Hej. Jeg er ikke medlem af nogen a-kasse og er studerende. Kan jeg melde mig ind når jeg er færdig? Mvh Viktor""")

M("", """Hej. Jeg synes det er dumt at kommunen sælger grunden bag skolen til boliger. Brug den til en legeplads i stedet. Mvh en far fra Vibeholm""")

M("", """Hej. Hvornår sælger kommunen de sidste grunde på Ishøj Landsby? Vi er nogle stykker der følger med. Mvh""")

M("", """hej, min farfar købte sit hus i 1978 og det er stadig hans 😂 er der noget fredning på de gamle huse i landsbyen?""")

M("", """Hej. Vi har købt hus på Torslundevej i 2022 og handlen er for længst på plads. Nu vil vi gerne bygge en garage – skal vi søge? Mvh Karsten""")

M("", """hej, hvordan foregår det når kommunen sælger en kolonihave? er der lodtrækning?""")

M("", """Hej. Er der en ordning hvor unge kan få hjælp til første bolig, fx en boliggaranti? Mvh""")

M("", """hej!! jeg vil gerne være vikar i en børnehave. skal jeg have børneattest? hvor lang tid tager den? 🧸""")

M("", """Hej. Vi er forældrerådet i Regnbuen og vil gerne vide hvornår den nye legeplads er færdig. Mvh Maja""")

M("", """hej, hvad koster det at få en fast plads i fritidsklubben? mvh mor til 2""")

M("", """Hej. Kan man som forælder være med til at vælge skolemad-leverandøren? Mvh""")

M("", """hej, jeg leder efter info om ADHD-foreningens lokalafdeling. holder de møder i Ishøj? (spørger for et skoleprojekt)""")

M("", """Hej. Hvor kan man få gratis kondomer i kommunen? Ungdomsklubben har ingen. Mvh""")

M("", """hej, har i nogle tal på hvor mange unge der ryger i Ishøj? vi laver kampagne i 2.g""")

M("", """Hej. Hvorfor har sundhedsplejen ikke åbent rådgivning om aftenen? Mange forældre arbejder. Mvh""")

M("", """Hej. Jeg er journalist på Ishøj Lokalavis og vil gerne høre om kommunens plan for mere inklusion i folkeskolen. Mvh Tina Lund""")

M("", """hej, jeg er lærer og søger info om kommunens politik for elever med diagnoser i almenklasser. /Kenneth""")

M("", """Hej. Tak for den fine juleafslutning i rådhushallen. Mine børn elskede det! Mvh Katja""")

M("", """hej. bussen 300S stopper ik ved Ishøj St efter kl 23 i weekenden. det er helt vildt når man har været i byen. plz fix""")

M("", """Hej. Mit barn har fået et elevnummer 2205154401 i Aula. Er det det samme som hendes cpr? Ser sådan ud. Mvh Jens (det var det ikke, skolen har svaret, bare fyi)""")

M("", """hej, jeg har en sag hos Borgerservice med nr. 2025-0417-0031 om nyt pas til min søn. hvornår kan vi hente det? 🙂""")

M("", """Hej. Hvem i kommunen kan give børneattest til en fodboldtræner? Vi er en ny klub. Mvh formanden""")

M("", """hej! vores klasse vil gerne samle ind til Børns Vilkår. må vi stå foran Bilka? 🙏""")
