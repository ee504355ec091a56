"""corpus39 part I: last few – union in passing, partners, and hard negatives with look-alike numbers."""
from common import M

M("u", """Hej

Vi er et par stykker fra FOA og BUPL, der vil holde en sommerfest for ansatte i daginstitutionerne i Ishøj Strandpark den 27. juni. Skal vi søge om tilladelse til musik? Vi er ca. 70.

Mvh Heidi""")

M("us", """Hej Lise (byrådsmedlem)

Jeg er kontaktperson i HK for de administrative i Center for Voksne og Velfærd. Min mand Kasper og jeg har et spørgsmål uden for fagligt: må vi bruge rådhusets have til vores 10-års bryllupsdag i august? Vi er to mænd, og det var der vi blev gift.

Mvh Jesper Dahl""")

M("u", """hej. jeg er i 3F og kører skraldebil for kommunens entreprenør. skal vi virkelig køre i 32 grader uden aircondition i bilerne? hvem sætter kravene? mvh Ronni""")

M("", """Hej. Stiller kommunen krav om aircondition i skraldebiler i sit udbud? Vi er en lokal gruppe der interesserer sig for arbejdsmiljø. Mvh""")

M("s", """Hej. Min kone Lærke og jeg (Sofie) har fået en kolonihave i H/F Strandhaven og vil gerne bygge et legehus til vores søn. Skal vi søge? Mvh Sofie Ravn""")

M("", """Hej. Jeg har et abonnementsnummer 1811 7544 32 hos Ishøj Forsyning. Hvordan ændrer jeg til månedlig betaling? Mvh Gert""")

M("", """Hej kommunen. Skal sommerhuse i kolonihaver have separat affaldsordning, eller følger det grundejerforeningen? Mvh""")

M("", """Hej. Jeg er formand for Ishøj Seniorklub og vil gerne bestille bussen til vores sommerudflugt til Stevns den 18. august. Hvem skal jeg kontakte? Mvh Bodil""")

M("u", """Hej

Jeg er pædagogmedhjælper og medlem af FOA, og jeg er blevet bedt om at arbejde i en anden SFO hele sommerferien uden varsel. Min TR er på ferie. Hvem i kommunen kan svare mig? Mit cpr er [[2707980316]].

Mvh Mads""")

M("", """Hej. Hvornår lukker Ishøj Svømmehal for sommerrengøring, og hvor kan man svømme i mellemtiden? Mvh Hans""")

M("t", """Hej

Min mor er fra Filippinerne og kommer på besøg hele sommeren. Hun vil gerne gå med i seniorklubbens gåture ved Ishøj Sø, men hun taler kun engelsk og tagalog. Må hun deltage selvom hun ikke bor i kommunen? Mit cpr er [[190977\u00a02310]].

Mvh Carina Nielsen""")

M("te", """hej jeg er afghaner og er lige flyttet til Ishøj med min lillebror. vi får begge integrationsydelse. han skal starte i 8. klasse i august, men vi ved ikke hvilken skole. kan nogen ringe til mig? mvh Omid""")
