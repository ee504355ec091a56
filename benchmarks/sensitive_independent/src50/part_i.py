"""corpus50 part I: a last handful: pending trades, short notes, look-alike numbers."""
from common import M

M("p", """hej Tommy, det er Bjørn fra Vejleå Fiskeri. jeg har solgt båden og mangler bare at sælge havnepladsen og skuret, der er en køber men havnefogeden skal godkende. kan kommunen skynde lidt på? mvh B""")

M("", """Hej. Lønnr. 1808921145 står på min kontrakt med kommunen som sommerferieafløser. Skal jeg oplyse det til min a-kasse, eller er det nok med min arbejdsgivers CVR?""")

M("ep", """Kære Heidi

Efter min skilsmisse sidder jeg med huset på Ishøj Søvej alene. Jeg er 66 og på folkepension og kan ikke betale afdragene. Vi har fået et bud på 2,6 mio., men min eks skal også skrive under og svarer ikke. Kan kommunen hjælpe med et lån til ejendomsskatten til handlen er på plads?

Med venlig hilsen
Jørgen Vind
[[190759–1031]]""")

M("", """Til Ishøj Kommune

Vi er et advokatfirma og repræsenterer en køber af en erhvervsejendom i Ishøj. Vi ønsker generelt at høre, hvor lang sagsbehandlingstiden er for en landzonetilladelse. Vi oplyser ikke parterne på nuværende tidspunkt.""")

M("pu", """Hej Jakob

Jeg er medlem af HK og vil gerne købe den lille kommunale grund bag min have på Rosenvænget. Jeg har budt 120.000 kr. og venter på jeres svar. Jeg nævner HK fordi de har tilbudt at hjælpe mig med kontrakten via deres juridiske rådgivning.

Mvh Sanne Thygesen""")

M("", """hej hvad er mit kundenummer hos jer? det står på affaldsregningen som 0211693455 men affaldsselskabet siger det er forkert. tak""")

M("ps", """Hej,

Min mand og jeg – to mænd på Ishøj Strandvej – er ved at købe en lejlighed i nybyggeriet ved havnen. Vi har skrevet betinget under, men vi venter på at kommunen godkender ibrugtagningen. Hvornår forventes den?

Mvh Ulrik Dam""")

M("", """Kære Økonomiudvalg

Hvorfor skal kommunen sælge sine grunde til højeste bud? Det betyder at kun store firmaer kan købe. Jeg synes der skal være plads til små erhvervsdrivende.

Venlig hilsen
Ishøj Håndværkerforening""")

M("e", """hej, kort spm: jeg har fået en SMS fra jobcentret om at min samtale på fredag er aflyst. skal jeg selv booke en ny eller kommer der et nyt brev? /Mads P.""")

M("", """Hej. Hvad er telefonnummeret til jobcentret? Jeg skal ringe for en kollega, der har mistet sin mobil, men han skal bare spørge om åbningstider.""")
