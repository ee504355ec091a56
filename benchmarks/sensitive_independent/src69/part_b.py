"""corpus69, part b: carers, plejeorlov, folkepension, ældrecheck, pension schemes, unions."""
from common import M

M("he", """Kære Center for Voksne og Velfærd

Jeg vil gerne søge om plejeorlov for at passe min far i hans sidste tid. Han har kræft i bugspytkirtlen, og lægerne regner med uger, ikke måneder. Han ønsker at dø hjemme i sin lejlighed i Ishøj Landsby. Hvordan søger jeg plejevederlag, og hvor hurtigt kan det bevilges?

Med venlig hilsen
Camilla Rask
cpr-nr. [[110784-2290]]""")

M("eu", """Hej

Jeg har været medlem af Dansk Metal i 42 år og gik på folkepension i foråret. Nu har jeg fået et brev om at min ældrecheck bliver modregnet fordi jeg har en lille opsparing fra en ulykkesforsikring. Kan det passe? Jeg troede ældrechecken var for os med lidt.

Venlig hilsen
Arne Kristensen""")

M("", """Til borgerrådgiveren

Jeg vil gerne have en generel vejledning: hvor mange penge må man have i formue, før man ikke kan få ældrecheck? Jeg skriver for Pensionistforeningen i Ishøj, vi har fået mange spørgsmål om det.

Med venlig hilsen
Jørgen Holck, kasserer""")

M("hu", """Hej Sanne

Jeg er sosu-assistent og har været i FOA i hele mit arbejdsliv. Nu er jeg selv blevet syg, jeg har fået en diskusprolaps og er sygemeldt. Det er meget mærkeligt at ligge på den anden side. Jeg vil bare sige at jeres hjemmesygeplejersker har været fantastiske ved mig.

Kh. Lotte""")

M("heu", """Kære borgmester

Min kone har Alzheimers, og jeg passer hende hjemme. Jeg er 71 og gammel HK'er, og jeg havde aldrig troet at jeg skulle lære at skifte ble på min egen kone. Vi får hjemmehjælp morgen og aften, men dagene er lange. Kan I ikke give os en plads i aflastning bare en weekend om måneden? Jeg er ved at gå i stykker.

Venlig hilsen
Orla Berg""")

M("e", """Til Beskæftigelsesudvalget

Hvilke fagforeninger og a-kasser deltager i seniorjobmessen i Ishøj Hallen i november? Vi er en gruppe fra et netværk for ledige over 60, som gerne vil forberede os.

Mvh
Netværket 60+""")

M("he", """hej

jeg søgte tabt arbejdsfortjeneste for at passe min mor som er døende men fik afslag fordi det kun er til børn. hvad kan jeg så søge? jeg har brugt al min ferie. jeg arbejder i Føtex og kan ikke bare gå hjem

Natasja""")

M("u", """Kære Jan

Som formand for 3F Ishøj-Vallensbæks seniorklub vil jeg gerne invitere byrådet til vores årlige sommerfest. Jeg har selv været medlem siden 1968, og vi er 140 pensionister der mødes hver torsdag. Det ville glæde os meget at se nogle politikere.

Venlig hilsen
Ib Laursen""")

M("", """Til direktionen

Vi er tre faglige konsulenter fra FOA Storkøbenhavn, som gerne vil mødes med kommunen om arbejdsmiljøet i hjemmeplejen. Kan vi finde en dato i oktober? Vi skriver på forbundets vegne.

Med venlig hilsen
Trine Hauge, faglig konsulent""")

M("heu", """Hej

Jeg har været i BUPL i 38 år og var pædagog i Strandgårdens vuggestue til jeg gik på pension. Min mand Preben fik konstateret Lewy body demens i vinter, og nu søger vi om plads i et dagtilbud til ham. Sagsbehandleren siger han ikke er "dårlig nok" endnu. Han faldt tre gange i sidste uge. Hvem afgør det?

Hilsen Birthe""")

M("e", """Til Ydelsesservice

Jeg har modtaget folkepension siden 2019 og boligstøtte til min lejlighed i Vejleåparken. Nu står der i min e-boks at jeg skal betale 7.400 kr. tilbage i boligstøtte. Jeg forstår ikke hvorfor. Jeg har ikke fået flere penge.

Hilsen
Kaj Rosenberg
Tlf. 22 41 87 33""")

M("", """Hej Lars

Hvad er partiets holdning til at hæve ældrechecken? Jeg er ældre og vil gerne vide hvem jeg skal stemme på til næste valg. Jeg har ikke bestemt mig endnu.

Hilsen Solvej""")

M("u", """Dear Mayor,

I retired last year after 30 years as a steward (tillidsrepræsentant) for the Danish Metalworkers' Union at a factory in Hvidovre. I would like to volunteer with the elderly in Ishøj. Who should I contact? My Danish is fine but I write faster in English.

Best regards,
Michael O'Brien""")

M("hue", """Kære formand for Social- og Seniorudvalget

Jeg er 66 og sygeplejerske, medlem af DSR. Jeg har gået ned i tid for at passe min mand der har haft et slagtilfælde. Nu har min arbejdsgiver sagt at jeg skal vælge: fuld tid eller opsigelse. Jeg har søgt om plejeorlov, men jeg hører ikke noget fra kommunen. Tiden løber fra mig.

Med venlig hilsen
Hanne Dybdal""")

M("", """Til hovedpostkassen

Jeg har et spørgsmål om reglerne: Hvis man er gift og den ene kommer på plejehjem, bliver den anden så beskattet som enlig i forhold til pensionen? Jeg vil bare gerne forstå reglerne, det er ikke aktuelt for os.

Venlig hilsen
Svend""")

M("e", """Hej,

Min mor på 80 har fået brev om at hun ikke længere kan få personligt tillæg til tandlæge. Hun lever kun af folkepension og kan ikke betale 11.000 kr for en ny protese. Hvad kan hun gøre?

Venlig hilsen
Stine Ravn, datter""")

M("eu", """Hej Bente

Tak for i aftes. Som lovet: jeg er medlem af Lederne, og jeg blev fyret i august efter 27 år, to år før jeg kan gå på efterløn. Jeg er på dagpenge nu og skal til samtale i jobcentret på tirsdag. Det er ikke let at være 62 og arbejdsløs. Hvis du kender nogen der mangler en erfaren lagerchef, så sig til.

Venlig hilsen
Per""")

M("", """Hej

Må man være tillidsrepræsentant på et plejecenter, hvis man er ansat i flexjob? Vi er i tvivl på vores arbejdsplads og vil gerne have det afklaret. Vi har spurgt HR men ikke fået svar.

Mvh personalegruppen, Strandhaven""")

M("ue", """Kære borgerrådgiver

Jeg er pensioneret tømrer og har været i 3F siden jeg var 16. Jeg fik folkepension fra 1. januar, men der står at jeg får fradrag for min arbejdsmarkedspension fra PensionDanmark. Fagforeningen siger at det er Udbetaling Danmark, Udbetaling Danmark siger kommunen. Hvem har ret?

Med venlig hilsen
Flemming Jensen
personnummer [[170358-1743]]""")

M("he", """hej

min morfar er blevet indlagt på Glostrup med lungebetændelse og de siger det ser skidt ud. vi vil gerne tage ham hjem til at dø. hvem skal vi snakke med om en plejeseng? de siger på hospitalet at det er kommunen

Oliver""")

M("u", """Hej

Som gammel DLF'er og pensioneret lærer fra Vibeholmskolen vil jeg høre om der er mulighed for at læse højt for beboerne på plejecentrene. Jeg har haft det som hobby i mange år.

Mvh Gunnar""")

M("eu", """Til Center for Beskæftigelse og Erhverv

Jeg har fået en indkaldelse til en samtale om seniorjob. Jeg er 64 og medlem af Krifa, og jeg har ikke fået svar på mit spørgsmål om jeg kan tage min sagsbehandler fra Krifa med. Mødet er 14. maj.

Venlig hilsen
Leif Dahl""")

M("", """Hej,

Jeg er konsulent i Ældre Sagen og holder foredrag om folkepension og ældrecheck for pensionistforeninger. Vil kommunen låne os et lokale på rådhuset i januar? Der kommer cirka 40.

Mvh
Lise Bak""")

M("heu", """Kære Helle,

Min kone har været syg med Parkinson i 12 år og nu er hun kommet på plejehjem. Vi har fået at vide at jeg skal betale for hendes tøjvask og at hun mister pensionstillæg. Jeg er selv gammel HK-tillidsmand og har kæmpet for folks rettigheder hele livet, men dette kan jeg ikke gennemskue. Må jeg komme til et møde?

Hilsen
Villy""")

M("", """Hej,

Er der fagforeningsrepræsentanter i Ældrerådet? Min nabo mener at 3F har en fast plads. Det lyder forkert. Hvordan er Ældrerådet sammensat?

Vh
Johannes""")

M("e", """Til hjemmeplejen

Jeg er 91 og har fået ny hjælper om morgenen. Hun er meget sød, men hun kommer først kvart over ti og jeg kan ikke komme på toilettet selv. Jeg vil gerne tilbage til den gamle tid kl 8.

Med venlig hilsen
Rigmor Vestergaard
Ishøj Strandvej 112, st. tv.""")

M("hu", """Hej Anne

Jeg er TR for SOSU-assistenterne på Plejecentret Strandhaven, og min kollega er blevet langtidssygemeldt med stress efter at have løbet for stærkt i et år. Det er tredje i år. Jeg synes byrådet skal vide det.

Hilsen Tina""")

M("", """Kære udvalgssekretær

Hvordan beregnes plejevederlag i Ishøj, og er det det samme som i Brøndby? Jeg underviser i socialret på professionshøjskolen og vil gerne bruge et eksempel fra en kommune.

Venlig hilsen
Lektor Ida Brix""")

M("eu", """hej

min far er pensioneret murer og var i murernes fagforening altid. han har nu fået en opkrævning fra kommunen for mad han ikke har bestilt. han får madordning 4 dage om ugen, ikke 7. kan nogen tjekke det? hans kundenr. hos madservice er 448812

mvh Dennis""")

M("", """Hej

Jeg vil bare sige tak for ældrecheck-beregneren på hjemmesiden. Det var nemt at regne ud. Måske kunne man lave den på arabisk og tyrkisk også, der er mange ældre i Ishøj der kunne bruge den.

Mvh Hatice""")

M("he", """Kære borgerrådgiver

Jeg var min mors eneste pårørende og passede hende i tre år, indtil hun døde af hjertesvigt i juni. Jeg fik plejevederlag i de sidste otte uger. Nu har kommunen sendt et krav om at jeg skal betale 12.000 kr. tilbage fordi jeg "arbejdede ved siden af". Jeg tog én vagt. Jeg vil klage.

Med venlig hilsen
Susanne Krogh""")

M("u", """Hej,

Kunne I lave et kursus i at bruge MitID for pensionister? Vi i Dansk Metals seniorklub har mange medlemmer der ikke kan finde ud af det. Jeg er selv medlem og har svært ved det.

Mvh
Erling""")

M("", """Til Center for Borger, Økonomi og IT

Hvorfor står der at jeg skal betale ejendomsskat med skattenr. 0302581937 når jeg har solgt min lejlighed for tre år siden? Jeg har vedhæftet skødet. Venligst ret det.

Mvh
Birger""")

M("ue", """Til Social- og Seniorudvalget

Jeg har været aktiv i Djøf gennem hele mit arbejdsliv og er nu pensionist og enkemand. Jeg har i fem år boet i ældrebolig på Tranegilde Strandvej, som jeg fik tildelt efter min kones død. Nu skal boligen renoveres og vi skal genhuses. Er der nogen plan for de ældre beboere?

Med venlig hilsen
Henrik Aagaard""")

M("t", """Hi,

I am a British pensioner who has lived in Denmark for 12 years. Can you explain how the Danish folkepension is calculated for people who have not lived here their whole life? I want to understand the general principle before I write to Udbetaling Danmark.

Thanks,
George""")

M("he", """Kære Kim

Jeg har været pårørende til min demente svigermor i tre år og har netop fået at vide at jeg ikke kan få mere aflastning end 12 døgn om året. Hun bor hos os. Jeg er ikke sikker på at I politikere ved hvad det koster at være pårørende.

Hilsen
Michelle""")
