"""corpus23 part I: odd formats – English mails, HTML left-overs, auto-replies, one-liners."""
from common import M

M("te", """Dear Mayor

I am a Ukrainian refugee living in Ishøj since 2022. My temporary residence permit expires in March and the jobcentre has stopped my integration allowance. I have two children and no income now. Please help.

Kind regards
Iryna Kovalenko""")

M("", """Dear Sir/Madam

I am a PhD student at Lund University studying how Danish municipalities handle citizen e-mails to politicians. Could you share your guideline on confidential information? No personal data needed.

Best regards
Johan Lindqvist""")

M("hs", """<p>Hej Tanja,</p><p>Min kæreste Sofie og jeg (vi er begge kvinder) venter vores første barn i august. Jordemoderen siger at vi skal tilmelde os sundhedsplejen via kommunen, men formularen har kun felt til "far". Kan det rettes?</p><p>Mvh Julie Kragh</p>""")

M("", """<html><body><p>Automatisk svar: Jeg er på ferie til og med 18. juli og læser ikke mails. Henvendelser om borgersager sendes til hovedpostkassen@ishoj.dk.</p><p>Pernille Dam, Byrådsmedlem</p></body></html>""")

M("", """Automatisk svar: Tak for din henvendelse til Borgerrådgiveren. Vi besvarer den hurtigst muligt og senest inden for en arbejdsdag.""")

M("u", """Hi, I work at the harbour and I'm a member of 3F. The new parking rules mean I have to pay 40 kr a day. Can the council make an exception for workers? Thanks, Marek""")

M("", """ok tak""")

M("", """Hej, jeg kan ikke åbne vedhæftningen i jeres svar. Kan I sende den igen som pdf? Mvh Henning""")

M("e", """Jeg er nødt til at aflyse mødet på jobcentret i morgen, min bus er aflyst. Jeg er stadig ledig og vil gerne have en ny tid. Mvh Lone Krag""")

M("h", """jeg kan ikke komme til mødet torsdag, jeg er indlagt på Glostrup med en lungebetændelse. /Jan Møller""")

M("", """Jeg kan ikke komme til borgermødet torsdag pga. arbejde. Kan man se det online? Mvh Jan""")

M("bt", """Til Kultur- og Fritidsudvalget

Vi er en gruppe kristne eritreere, der mødes til gudstjeneste på tigrinya hver søndag. Vores lejemål i Hundige er opsagt. Jeg er menighedens formand og beder om hjælp til at finde et lokale i Ishøj.

Mvh
Yonas Haile""")

M("", """Hvilke trossamfund har lokaler i Ishøj? Vi er en kulturformidler fra Nationalmuseet der laver en udstilling om religion på Vestegnen. Mvh""")

M("p", """Kort spm: vi har et køb af naboens garagegrund på vej, sælger vil kun skrive under hvis vi betaler vejbidraget. hvem afgør det? /Lasse Rye""")

M("ue", """Hej Bo, min svoger Allan er 3F-medlem og er lige blevet ledig efter konkursen hos Vestegnens Byg. Han har aldrig prøvet at være arbejdsløs og er helt væk. Kan du sige hvem på jobcentret han skal tale med? Mvh Søren""")

M("", """Hvordan hjælper jobcentret ansatte i en virksomhed der går konkurs? Vi er revisorer for et boet og vil informere medarbejderne. Mvh Kurator""")

M("hbe", """Til Social- og Sundhedsudvalget

Jeg er katolsk nonne og passer min søster, der har Alzheimers. Vi har søgt om aflastning to dage om ugen, men har fået afslag. Vi bor på Ishøj Landsby 3.

Med venlig hilsen
Søster Maria Theresa""")

M("", """Til Social- og Sundhedsudvalget. Kan udvalget oplyse antallet af ansøgninger om aflastning til pårørende i 2024? Spørgsmål fra Ældre Sagen Ishøj. Mvh""")

M("eh", """Hej, bare en opfølgning: jeg har stadig ikke fået mine sygedagpenge for januar. Min sagsbehandler er syg. Mvh Pia Holst""")

M("s", """Hej Line! Min kone Eva og jeg flytter til Ishøj i august. Vi er to mødre til tvillinger. Er der en dagpleje der har erfaring med regnbuefamilier? Mvh Karen Boesen""")

M("", """Har Ishøj dagplejere med erfaring med tvillinger? Vi flytter til kommunen i august og vil gerne høre om mulighederne. Mvh familien Toft""")

M("t", """til kommunen: min nabo i opgangen kalder mig "perker" hver gang vi mødes. jeg er kurder. boligselskabet gør intet. kan i gøre noget? Hilsen Dilan, Ishøj Bycenter""")
