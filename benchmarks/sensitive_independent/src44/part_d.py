"""Part D: chronologies with CPR numbers, and look-alike numbers (case, journal, invoice) in negatives."""
from common import M

M("e", """
Til Ydelsescentret / kopi til borgerrådgiveren

Sagsforløb:
- 3. januar: søgte om boligstøtte (ansøgning via borger.dk)
- 17. februar: fik brev om manglende lønsedler
- 20. februar: sendte lønsedler
- 2. april: fik afslag, "manglende dokumentation"

Jeg har kvittering for alt. Mit personnummer er [[170692-1845]].

Venlig hilsen
Jonas Kvist, Ishøj Park 3, 2. th.
""")

M("", """
Til Borgerservice

Jeg har modtaget en faktura med nr. 1503241187 for en vandregning, jeg allerede har betalt den 15.03.2024. Kan I se på det? Kundenummer 0801914422.

Venlig hilsen
Jesper Holbech
""")

M("h", """
Hej

Jeg skal have ny sygesikring fordi jeg er flyttet. Jeg er gravid i 7. måned og skal have lægen til at følge mig herude. cpr [[230398 2210]]

Mvh Amalie Thorup
""")

M("", """
Hej

Jeg skal have nyt sundhedskort, fordi jeg er flyttet til Ishøj Strandpark 44. Hvordan gør jeg? Mit kundenr. i DSB er 210588-4411, hvis det er relevant, ha ha.

Mvh Oscar
""")

M("e", """
Kære borgerrådgiver

Den 8. marts fik jeg en opkrævning fra Udbetaling Danmark på tilbagebetaling af 23.400 kr i boligstøtte. Den 12. marts fik jeg at vide fra kommunen, at det var "fordi I havde registreret min søn som udeboende". Han bor hjemme. Jeg har skrevet tre gange.

Mit CPR-nr. er [[050571–3127]], min søns er [[250103–4019]].

Med venlig hilsen
Helle Bak
""")

M("", """
Til Teknik og Miljø

Vedr. jeres j.nr. 2024-011573 og byggetilladelse af 21.06.2024: I har skrevet forkert matrikelnummer (2cf i stedet for 2cg, Ishøj By, Ishøj). Kan I rette det?

Mvh Flemming Ulriksen
""")

M("he", """
Til Jobcentret

Jeg er blevet indkaldt til samtale den 14. november. Jeg er indlagt på Hvidovre Hospital med blodprop i lungen og kan ikke komme. Mit cpr er [[1809781233]]. Venligst flyt samtalen.

Mvh Rune Søgaard
""")

M("", """
Til Borgerservice

Mit pas nr. 208844516 udløber 3.12.2025. Kan jeg bestille tid til fornyelse online?

Med venlig hilsen
Laila Frisk
""")

M("ht", """
Til borgerrådgiveren

Den 2. september var jeg i Borgerservice for at få tolk til min mors lægebesøg. Min mor taler kun kurdisk og har brystkræft. Medarbejderen sagde at "det må I selv ordne". Jeg mener at det er forkert efter sundhedsloven § 50.

Min mors cpr: [[120453-1822]]

Venlig hilsen
Dilan Aksoy
""")

M("", """
Hej borgerrådgiver

Sundhedsloven § 50 om tolkebistand – gælder den også hos tandlægen? Jeg spørger generelt, vi diskuterede det i vores forening.

Hilsen Asim
""")

M("e", """
Til Borgerservice

Jeg har fået en rykker for betaling af daginstitution, nr. 4103-55912, men min søn Oliver har friplads efter afgørelse af 1.8. Jeg er arbejdsløs. Personnr. [[071289-2561]].

Mvh Nanna Ibsen
""")

M("", """
Til Borgerservice

Jeg har fået en rykker på daginstitutionsbetaling (opkrævningsnr. 1108230911), men jeg har betalt via PBS. Kan I tjekke det?

Mvh Christian Lyng
""")

M("eh", """
Kære Social- og Sundhedsudvalg

Min far, Erling Dam, cpr [[030238-1149]], har ventet på en plejehjemsplads i 14 uger, selv om der står i serviceloven § 192a at der er pladsgaranti på to måneder. Han har Alzheimer og går ud om natten. Vi pårørende kan ikke mere.

Med venlig hilsen
Tove Dam (datter, fuldmagt vedlagt)
""")

M("", """
Til Social- og Sundhedsudvalget

Er pladsgarantien i serviceloven § 192a overholdt i Ishøj? Hvor lang er ventetiden i gennemsnit? Jeg så i avisen, at nogle kommuner overskrider den.

Hilsen
Kirsten Vognsen
""")

M("e", """
Til Familieafdelingen

Jeg klager over, at min ekskone har fået bopælen over vores datter uden at jeg er hørt. Statsforvaltningen (nu Familieretshuset) har sagsnr. 22-041192. Min cpr: [[2612820937]].

Torben Isaksen
""")

M("", """
Til Borgerservice

Jeg skal bruge en navneattest til vores bryllup den 12.06.2025. Sagsnummer fra vielseskontoret: 120625-0003. Hvornår kan den hentes?

Mvh Jeppe
""")

M("he", """
Hej

Min datter Alberte cpr [[090712 4428]] har fået afslag på støtte til merudgifter (serviceloven § 41). Hun har cystisk fibrose og skal have særlig kost. Afgørelsen siger at "udgiften ikke overstiger bagatelgrænsen". Vi regner med at klage. Hvem skal klagen sendes til?

Mvh Rikke Fjord
""")

M("", """
Til Børne- og Familierådgivningen

Jeg har et spørgsmål om, hvad bagatelgrænsen for merudgifter efter serviceloven § 41 er for 2025. Jeg er studerende og skriver opgave om emnet.

Hilsen Maja
""")

M("u", """
Til Borgerservice

Jeg skal skifte a-kasse fra Det Faglige Hus til HK's a-kasse og fagforening. Skal kommunen have besked? Mit personnummer er [[130194 1528]].

Mvh Simone Ager
""")

M("", """
Til Borgerservice

Skal kommunen have besked, hvis man skifter a-kasse? Jeg kan ikke finde svaret på jeres hjemmeside.

Mvh Malene
""")

M("e", """
Borgerrådgiveren

Jeg har siddet i fængsel i Vestre i 8 måneder og blev løsladt den 2. oktober. Jeg har ingen bolig og sover hos en ven. Den 4. oktober søgte jeg om kontanthjælp og hjælp til at finde bolig. Det er nu den 9. november, og jeg har ikke hørt noget. Cpr: [[100796-1723]].

Kim Lykke
""")

M("", """
Hej

Vi har i avisen læst, at hver fjerde løsladte i Danmark ender som hjemløs. Hvad gør Ishøj for at hjælpe? Det må være et problem.

Hilsen Lis og Frank
""")

M("pe", """
Kære udvalgsformand

Vi er ved at blive skilt, og huset på Strandgårdsvej 60 skal sælges. Vi har fået et bud fra en køber, men kommunen har tinglyst en deklaration om tilbagekøbsret fra 1977, som skræmmer køberen. Kan I aflyse den? Min cpr: [[280564-0319]], min (snart) eksmands: [[160261-1225]].

Venlig hilsen
Gurli Jessen
""")

M("", """
Til Teknik og Miljø

Er der en tilbagekøbsret på husene i Strandgårdskvarteret fra dengang kommunen solgte grundene i 70'erne? Jeg har set tinglysningsnr. 19770516-901234-01 i min tingbog og forstår ikke hvad det betyder. Vi købte huset i 2011.

Mvh Bent
""")

M("h", """
Til Jobcentret

Lægeerklæring vedhæftet. Jeg er sygemeldt med stress til 1.12. cpr [[150991 2643]]
""")

M("", """
Til Jobcentret

Vedhæftet CV. Jeg søger stillingen som administrativ medarbejder, jeres ref. 1509-2024-HR.
""")

M("e", """
Hej Ishøj Kommune

jeg skylder jer 4.600 for en fejlbetaling af kontanthjælp siger i. jeg har fået en betalingsaftale men nu har i trukket 1500 i min udbetaling på én gang. det var ikke aftalen!! jeg har ikke penge til mad. [[040402-4117]]

Daniel
""")

M("", """
Hej Ishøj Kommune. Hvorfor koster det 500 kr. at få en afgørelse om byggetilladelse? Det er et gebyr efter byggeloven, men det burde være gratis.
""")

M("s", """
Til Borgerservice

Min mand og jeg skal registreres som forældre til vores søn, som er født ved surrogati i Canada. Vi er to mænd. Hvad skal vi aflevere? Mit personnummer: [[011080 2125]]

Venlig hilsen
Morten Skjold
""")

M("", """
Til Borgerservice

Hvordan registrerer man et barn, der er født i udlandet? Vi er ikke selv i den situation, men vores forening får ofte spørgsmålet.

Mvh Ishøj Forældrenetværk
""")

M("", """
Til Borgerrådgiveren

Kommunen har givet mig en P-bøde nr. 0105221234 for at holde ved Ishøj Station. Skiltningen er helt utydelig. Jeg klager.

Mvh Amir
""")
