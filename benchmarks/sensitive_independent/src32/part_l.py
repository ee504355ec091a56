"""corpus32 part L: hard negatives – procedure, general questions, staff signatures, look-alike numbers."""
from common import M

M("", """Hej. Jeg har fået en kvittering med teksten "Din henvendelse er registreret under nr. 1703242209". Hvornår kan jeg forvente svar? Mvh Hans""")

M("", """Kære borgerrådgiver. Hvad er forskellen på en klage og en henvendelse om vejledning i din statistik? Jeg undrer mig over, at kun 23 ud af 58 var klager i 2023. Mvh Benny, pensionist og nysgerrig""")

M("", """Til direktionsassistenten

Jeg vil gerne klage over, at jeg ikke har fået en kvittering for min henvendelse til direktøren af 1. oktober. Jeg har læst, at I skal sende kvittering med det samme. Det er ikke sket.

Mvh Gitte Holm""")

M("", """hej. kan man klage over at ens kommune ikke har svaret på en klage over at den ikke har svaret? spørger for en ven :) /Kim""")

M("", """Hej, hvilke dokumenter skal jeg vedlægge, når jeg giver fuldmagt til min søn, så han kan tale med kommunen på mine vegne? Skal det være på en særlig blanket? Mvh Aase""")

M("", """Kære direktør. Jeg synes det er en skandale, at der ikke er flere p-pladser ved Ishøj Station. Jeg kommer for sent til toget hver uge. Gør noget! Mvh Benny Graa""")

M("", """Med venlig hilsen

Jannik Roed
Jurist, Sekretariatet
Borger, Økonomi og IT
Ishøj Kommune
Ishøj Store Torv 20, 2635 Ishøj
Tlf. 43 57 70 48 · Mobil 25 30 18 61
EAN 5798000207411

Bemærk: Sender du personfølsomme oplysninger, skal du bruge kommunens sikre postkasse via borger.dk.""")

M("", """Hej borgerrådgiver. Min klage er mere end et år gammel, men jeg har først opdaget fejlen nu. Kan du så alligevel se på den? Det drejer sig om en forkert regning for vinterbeskæring. Mvh Jens-Ole""")

M("", """Til: hovedpostkassen@ishoj
Fra: Skattestyrelsen, Inddrivelse

Vi skal venligst bede kommunen oplyse, hvilken medarbejder der er kontaktperson for fordringer overdraget til inddrivelse i 2024. Henvendelsen indeholder ikke oplysninger om enkeltpersoner. Ref.: SKST-2024-0919-33.

Med venlig hilsen
Skattestyrelsen""")

M("", """Hej. Er det rigtigt, at man ikke kan få en kopi af et lydoptaget møde med kommunen? Jeg vil gerne vide, om man må optage mødet selv. Mvh Freddy""")

M("", """Kære borgerrådgiver

Jeg vil klage over, at kommunens breve er skrevet i et sprog, som ingen forstår. "Du er hermed partshørt i henhold til forvaltningslovens § 19" – hvad betyder det? Kan I ikke skrive almindeligt dansk?

Mvh Lone Kirkegaard""")

M("", """Hej, jeg har fået et sms-link fra "Ishoj-Kommune" om en tilbagebetaling på 1.248 kr. Det ligner svindel. Skal jeg melde det? Telefonnummeret var +45 91 22 03 47. Mvh Hanne""")

M("", """Til borgmesterens PA

Jeg sendte en mail til borgmesteren den 3. september og fik en kvittering den 4. med løfte om svar inden 10 hverdage. I dag er det 14. oktober. Hvad sker der?

Mvh Bjørn Dalgaard, Ishøj Strandpark""")

M("", """Hej! Jeg er nyvalgt formand for Ishøj Ældreråd og vil gerne høre, om borgerrådgiveren vil komme og fortælle om sit arbejde på vores møde i februar. Mvh Ellen Vig""")

M("", """Hej. Hvor mange dage har kommunen til at svare på en anmodning om aktindsigt? Jeg har ventet 12 hverdage. Mvh Morten""")

M("", """Kære borgerrådgiver

Jeg vil gerne klage over, at Ishøj Bibliotek har fjernet de daglige aviser. Mange ældre kommer for at læse avis, og det er en social ting. Det er vel en politisk beslutning, men nu ved I det.

Mvh Oda Krarup""")

M("", """hej jeg kan ikke logge ind på min digitale post fra kommunen og har derfor ikke set mine breve i 2 måneder. hvem hjælper med det? /Lærke""")

M("", """Til direktionsassistenten for Center for Voksne og Velfærd

Er det muligt at få oplyst, hvor mange pladser der er på kommunens plejecentre, og hvor lang ventetiden er i gennemsnit? Jeg er journaliststuderende og skriver om ældreplejen på Vestegnen.

Mvh Anton Kjær""")

M("", """Hej. Ordrenr. 0209801122 fra jeres webshop med affaldssække er ikke leveret. Betalt 2/9. Mvh Birgitte""")

M("", """Kære Ishøj Kommune. Min mors gamle nummer 43 73 11 08 står stadig som kontakt i jeres system, selvom hun er flyttet fra kommunen for et år siden. Kan det slettes? Vh Lene""")

M("", """Hej borgerrådgiver. Vi er en klasse på Ishøj Skole, der skal lave et projekt om demokrati. Må vi interviewe dig om hvad en borgerrådgiver laver? Mvh 8.A og deres lærer Pia""")

M("", """Til hovedpostkassen

Fra Region Hovedstaden, Center for Patientrettigheder: Vi modtager jævnligt henvendelser, der vedrører kommunale ydelser. Vi vil gerne have en kontaktperson i kommunen, som vi kan henvise til. Mailen indeholder ingen personoplysninger.

Med venlig hilsen
Mette Krogsgaard, Patientkontoret, tlf. 38 64 99 00""")

M("", """Hej. Skal man henvende sig til borgerrådgiveren eller til Ankestyrelsen, hvis man er uenig i en afgørelse om handicapbil? Det er et generelt spørgsmål – vi diskuterede det i min pensionistforening. Mvh Kenneth""")

M("", """Kære borgerrådgiver. Hvorfor står der i din årsberetning, at centre med få henvendelser ikke bliver beskrevet? Betyder det at man ikke kan se, om de gør det godt eller dårligt? Mvh Aksel""")

M("", """Hej, min henvendelse har fået nummeret 2906-88-0412 og status "lukket", men jeg har aldrig fået et svar. Hvordan genåbner man en henvendelse? Mvh Torben""")

M("", """Hej. Jeg bliver ved med at få breve fra kommunen om fjernvarme til en adresse, jeg har solgt i 2021. Handlen er for længst på plads. Hvordan stopper jeg det? Mvh Poul Haugaard""")

M("", """Til: Borgerrådgiveren
Emne: Tak

Jeg vil bare sige tak for din hjælp i sommer. Sagen blev løst, og jeg er meget taknemmelig. Du var den første, der lyttede.

Venlig hilsen
Birthe""")

M("", """Kære direktør

Det er tredje gang i år, at kommunens hjemmeside er nede, når jeg skal betale for daginstitution. Betalingsfristen er i dag. Jeg vil ikke have rykkergebyr, fordi jeres system ikke virker. Kvitteringsnr. for mit forsøg: 011124-0859.

Mvh Martin Egebjerg""")

M("", """hej jeg har ringet til jer 4 gange i dag og hver gang bliver jeg stillet videre til en telefonsvarer der siger at kontoret er lukket. klokken er 10.30 på en tirsdag. hvad sker der? mvh Hussein""")

M("", """Hej borgerrådgiver. Jeg er tillidsvalgt i min boligforening og vil spørge, om du også hjælper foreninger eller kun enkeltpersoner. Mvh Rita Ebbesen""")

M("", """Kære Ishøj Kommune

Jeg har fået et brev med en dato, der er skrevet 07/08/24 – er det 7. august eller 8. juli? Det er vigtigt, fordi det handler om en frist. Jeg foreslår, at I skriver datoen med bogstaver.

Mvh Svend Aagaard""")

M("", """Hej. Jeg vil gerne klage over, at skolebusserne holder med motoren i tomgang foran Gildbroskolen hver morgen i 20 minutter. Det lugter og larmer. Mvh forældre i 2.B""")

M("", """Til direktionsassistenten

Hvornår bliver referatet fra Social- og Sundhedsudvalgets møde den 5. november lagt på hjemmesiden? Der står "afventer godkendelse" stadig.

Mvh Lars Bach""")

M("", """Kære borgerrådgiver. Hvad gør jeg, hvis jeg vil klage over borgerrådgiveren selv? Det er ikke fordi jeg vil, jeg spørger bare. Mvh Nils""")

M("", """Hej. Jeg har fået en regning fra kommunen på 24 kr. med et gebyr på 100 kr. for at betale via indbetalingskort. Det er da vanvittigt. Mvh Inger""")

M("", """Til borgerrådgiveren

Jeg er frustreret over, at der ikke findes et sted i kommunen, hvor man kan få hjælp til at udfylde digitale blanketter, hvis man ikke har MitID-app. Biblioteket henviser til Borgerservice, og Borgerservice henviser til biblioteket.

Mvh Edith Kjær, 81 år""")

M("", """Hej, jeg har modtaget et brev fra "Ishøj Kommune, Center for Borger, Økonomi og IT" om mit skattekort, men det er vel Skattestyrelsen? Kan det passe? Journalnr 17.01.02-A26-4410-24. Mvh Leo""")

M("", """Kære direktør for By og Natur. Jeg vil gerne opfordre til, at kommunen planter flere træer langs Ishøj Boulevard. Det vil gøre byen grønnere og køligere om sommeren. Mvh Birgitte Moos""")

M("", """Hej. Hvad er reglerne for, hvornår man kan få hjemmehjælp i Ishøj? Min nabo spørger, og hun har ikke internet, så jeg vil gerne printe noget til hende. Mvh Kirsten""")

M("", """Til Borgerrådgiveren

Fra KL, Kontor for Jura og Forvaltning: Vi udsender hermed en spørgeskemaundersøgelse om kommunale borgerrådgiverordninger. Besvarelsen tager ca. 15 minutter og er anonym. Frist: 20. december. Link følger i særskilt mail.

Med venlig hilsen
KL""")
