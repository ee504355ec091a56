"""Part C: mails where the subject line carries the sensitive part."""
from common import M

M("e", """
Emne: Min fars plejebolig
Hej. Hvornår kan vi forvente svar? Det er 6 uger siden vi søgte.
Mvh Henrik Bach
""")

M("", """
Emne: Plejeboliger i Ishøj
Hvad koster en plads på plejehjem i Ishøj pr. måned? Og er der venteliste?
""")

M("h", """
Emne: Min demens – kørekort
Hej, min læge siger at jeg ikke må køre mere. Skal jeg selv aflevere kørekortet i Borgerservice?
Aage Nielsen
""")

M("", """
Emne: Kørekort
Hvornår har Borgerservice åbent for fornyelse af kørekort? Jeg fylder 75 i juni.
""")

M("ep", """
Emne: Tvangsauktion Ishøj Bygade 41
Kære Jesper. Vores hus kommer på tvangsauktion den 14. november. Vi har en køber der vil give 2,1 mio. hvis vi kan nå at sælge frivilligt inden. Kan kommunen udsætte inddrivelsen af ejendomsskatten?
Mvh Claus og Pia Wendt
""")

M("", """
Emne: Tvangsauktioner
Hvor kan man se hvilke ejendomme i Ishøj der kommer på tvangsauktion? Jeg er ejendomsmægler.
""")

M("s", """
Emne: Vielse – to brude
Hej, min forlovede Maria og jeg skal giftes på rådhuset i august. Skal vi begge udfylde ægteskabserklæringen?
Mvh Julie Brandt
""")

M("", """
Emne: Vielser på rådhuset
Hvilke lørdage kan man blive viet på Ishøj Rådhus i august?
""")

M("h", """
Emne: Abort – fravær fra praktik
Jeg har haft en abort i sidste uge og har været hjemme. Jeg er i praktik i en børnehave hos jer. Skal jeg sende en lægeerklæring?
Emma
""")

M("t", """
Emne: Racisme i SFO'en
Min datter er sort og en voksen i SFO'en har sagt noget om hendes hår der gjorde hende meget ked af det. Vi vil gerne have et møde.
Mvh Grace Mensah
""")

M("", """
Emne: Antiracisme-undervisning
Har kommunens skoler en plan for undervisning mod racisme? Vi er et forældreråd der gerne vil høre mere.
""")

M("be", """
Emne: Jehovas Vidne – blodtransfusion på plejecenteret
Min mor er Jehovas Vidne og bor på Ishøjgård. Vi vil sikre at personalet kender hendes ønsker. Hvem taler vi med?
Mvh Ruth Jakobsen
""")

M("eh", """
Emne: Førtidspension – afslag
Jeg har fået afslag på førtidspension selvom jeg har haft 3 operationer i nakken. Jeg vil klage.
Mvh Kim Lauritsen, [[110466-1939]]
""")

M("", """
Emne: Klagevejledning
Hvor lang tid har man til at klage over en afgørelse fra Ydelsescenteret? Sagsnr. 2024-11-0387.
""")

M("u", """
Emne: TR-valg i Pilegården
Hej, jeg er lige valgt som FOA-tillidsrepræsentant og vil gerne vide, hvem på rådhuset jeg skal melde det til.
Bettina
""")

M("", """
Emne: Pilegården
Hvornår er der åbent hus på Pilegården? Vores frivilliggruppe vil gerne se stedet.
""")

M("e", """
Emne: Skilsmisse og samvær
Min eksmand overholder ikke samværsaftalen. Kan Familieretshuset eller kommunen hjælpe?
Mvh Charlotte Dahl
""")

M("", """
Emne: Familieretshuset
Hvor ligger Familieretshuset nærmest Ishøj?
""")

M("h", """
Emne: Kræft – min søns eksamen
Min søn Oliver på 16 har leukæmi og er i behandling på Rigshospitalet. Kan han få udsat afgangsprøven?
Mvh Jette Olsen
""")

M("", """
Emne: Indsamling til Børnecancerfonden
Må vi stå med indsamlingsbøsser ved Ishøj Bycenter lørdag den 3. maj?
""")

M("pe", """
Emne: Salg af rækkehus pga. gæld
Vi er nødt til at sælge rækkehuset på Ishøj Søvej fordi vi har 400.000 i forbrugslån. Mægleren har fået et bud. Skal vi betale tilbage på vores indskudslån til kommunen først?
Kh Dennis
""")

M("", """
Emne: Indskudslån
Hvordan tilbagebetales et kommunalt indskudslån når man fraflytter?
""")

M("ts", """
Emne: Kvinder fra Iran – LGBT-gruppe
Jeg er iransk og lesbisk og vil høre om kommunen kender til en støttegruppe for queer flygtninge. Jeg er ny i Ishøj.
Shirin
""")

M("", """
Emne: Støttegrupper
Har kommunen en oversigt over støttegrupper for pårørende til demente?
""")

M("ue", """
Emne: Fyret – HK hjælper mig
Hej, jeg blev fyret fra Borgerservice i mandags. HK er inde over. Jeg vil bare have mine feriepenge opgjort.
/Nicolai
""")

M("h", """
Emne: Alkoholbehandling
hej jeg drikker for meget og vil gerne have hjælp men vil ikke have at min arbejdsplads finder ud af det. er det anonymt?
""")

M("", """
Emne: Alkoholbehandling
Hvor ligger kommunens alkoholbehandling, og er der åben rådgivning uden tidsbestilling?
""")

M("b", """
Emne: Udtræden af folkekirken
Jeg er konverteret til islam og vil melde mig ud af folkekirken. Er det kirkekontoret eller kommunen?
Mvh Mathias
""")

M("", """
Emne: Folkekirken
Hvordan melder man sig ind i folkekirken igen? Er det sognepræsten?
""")

M("e", """
Emne: Udsættelse af fogedforretning
Fogeden kommer torsdag. Jeg skylder 28.000 kr. Kan kommunen hjælpe??
Ronni, [[070793-3518]]
""")

M("", """
Emne: Fogedret
Hvor ligger fogedretten for Ishøj? Jeg skal være vidne i en sag.
""")

M("hs", """
Emne: Hiv – min mand
Min mand Ali og jeg har været gift i 4 år. Han har hiv og skal have hjemmesygepleje efter en operation. Kan I sikre at det bliver diskret?
Mvh Jonas
""")

M("t", """
Emne: Roma-familie – skolestart
Vi er romaer fra Rumænien og vores to drenge skal starte i skole. Hvilken skole hører vi til?
Familien Stoica
""")

M("", """
Emne: Skoledistrikt
Hvilken skole hører Tranegilde Strandvej til? Vi flytter i juli.
""")

M("pe", """
Emne: Kolonihavehus til salg – dødsbo
Min mor døde i marts, og vi skal sælge hendes kolonihavehus i H/F Vejledalen. Der er en køber, men foreningen kræver en vurdering fra kommunen. Hun boede der fast, fik hjemmehjælp, og vi er usikre på om det var lovligt.
Mvh Tina og Bo
""")

M("", """
Emne: Helårsbeboelse i kolonihaver
Må man bo fast i en kolonihave i Ishøj? Jeg har hørt forskellige ting.
""")

M("u", """
Emne: Lærer – DLF – nedskæringer
Jeg er lærer på Strandgårdskolen og medlem af DLF. Jeg vil gerne vide om byrådet har tænkt sig at beskære undervisningstimerne.
Mvh Kasper
""")

M("", """
Emne: Undervisningstimer
Hvor mange timer om ugen har 5. klasse på Strandgårdskolen?
""")

M("hb", """
Emne: Sikh – hjelm og turban ved genoptræning
Hej, jeg er sikh og bærer turban. Efter mit fald skal jeg cykle til genoptræning, må jeg køre uden cykelhjelm?
Gurpreet
""")

M("e", """
Emne: Min søns plejefamilie
Vi har haft Malthe i pleje siden januar. Vi mangler stadig at få refunderet udgifterne til briller.
Mvh plejefamilien Kofoed
""")

M("", """
Emne: Briller til børn
Giver kommunen tilskud til briller til børn? Generelt spørgsmål.
""")
