"""Part C: associations, religious communities, political groups and union representatives."""
from common import M

M("b", """
Til Kultur- og Fritidsudvalget

Islamisk Kulturcenter Ishøj søger om lov til at bruge Idrætscentrets hal til fredagsbøn i ramadanen, da vores egen bedesal er for lille. Som formand og selv praktiserende muslim vil jeg gerne mødes med udvalget.

Med venlig hilsen
Tariq Mahmood, formand
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvilke regler gælder for at låne kommunale lokaler til religiøse foreninger? Vi har hørt forskellige svar fra Fritidsafdelingen.

Venlig hilsen
Foreningsrådet i Ishøj
""")

M("u", """
Kære udvalgsformand

Jeg skriver som FOA-tillidsrepræsentant på Ishøj Plejecenter på vegne af mine kolleger. Vagtplanen for december er lagt så sent, at ingen kan planlægge jul. Det strider mod overenskomsten. Vi har bedt om et møde med centerchefen flere gange.

Med venlig hilsen
Dorte Vinther, TR, FOA
""")

M("", """
Til Økonomiudvalget

HK Kommunal Hovedstaden inviterer byrådet til debatmøde om arbejdsmiljø i borgerservice den 14. marts. Vi håber, at flere byrådsmedlemmer vil deltage.

Venlig hilsen
Maria Holst, faglig konsulent, HK Kommunal
""")

M("u", """
Hej Anja

Jeg er medlem af 3F og har været det i 30 år. Jeg synes det er forkert, at kommunen bruger et vikarbureau uden overenskomst til vejarbejdet på Tranegilde Strandvej. Det går ud over os, der er ansat ordentligt.

Mvh Poul Erik
""")

M("", """
Til byrådet

Vi vil gerne gøre opmærksom på, at kommunens udbud af rengøring i skolerne ikke indeholder en arbejdsklausul. Det er et generelt problem i mange kommuner.

Fagbevægelsens Hovedorganisation, lokalafdeling Vestegnen
""")

M("ub", """
Kære Cecilie

Vi er nogle stykker fra forskellige forbund – 3F, FOA og Dansk Metal – som også er medlemmer af Enhedslisten her i Ishøj. Vi vil gerne have et møde om kommunens brug af social dumping-klausuler.

Venlig hilsen
Netværket "Fagligt Ishøj"
""")

M("bt", """
Til borgmesteren

Mosaisk Trossamfund har bedt mig, som jødisk forælder i Ishøj, om at skrive: Min søn Daniel blev i sidste uge kaldt "jødesvin" i skolegården på Gildbroskolen. Skolen har ikke reageret. Vi vil gerne vide, hvad kommunen gør.

Med venlig hilsen
Rebecca Adler
""")

M("", """
Kære borgmester

Kirkerne i Ishøj inviterer til økumenisk gudstjeneste på rådhuspladsen den 4. maj. Vil du holde en kort tale?

Venlig hilsen
Menighedsrådet ved Ishøj Kirke
""")

M("b", """
Til Kultur- og Fritidsudvalget

Jeg er katolik og har i 20 år gået i Sankt Mikaels Kirke i Brøndby, men vi er mange katolikker i Ishøj, især polakker og filippinere, som gerne vil have en messe lokalt. Vi søger om at låne Ishøj Kulturhus søndag eftermiddag.

Venlig hilsen
Agnieszka? Nej, undskyld – venlig hilsen Marta Kowalczyk
""")

M("bt", """
Kære udvalgsformand

Som sikh går jeg med turban, og jeg er blevet afvist som frivillig træner i Ishøj Cricketklub, fordi "hovedbeklædning ikke er tilladt i hallen". Klubben får tilskud fra kommunen. Jeg er født i Punjab og har spillet cricket hele mit liv.

Med venlig hilsen
Harpreet Singh Gill
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvor mange foreninger i Ishøj får tilskud efter folkeoplysningsloven, og er der regler om, at de ikke må være religiøse? Jeg vil gerne se listen.

Hilsen
Gustav Hein
""")

M("b", """
Hej Mikkel

Jeg er medlem af Dansk Folkeparti og vil bare lige sige, at jeg synes, det er godt, du stemte imod flere flygtningeboliger. Det er det, vi blev valgt på.

Jørn Rasmussen
""")

M("", """
Hej Mikkel. Tak fordi du stemte imod flere flygtningeboliger. Godt gået.
""")

M("bs", """
Til Kultur- og Fritidsudvalget

Vi er en lille gruppe kristne LGBT+ personer i Ishøj, og jeg er selv lesbisk og frivillig i kirken. Vi vil gerne søge om et lokale til et månedligt fællesskab for troende regnbuefolk.

Kærlig hilsen
Anne-Mette Krog
""")

M("", """
Til Kultur- og Fritidsudvalget

Kan foreninger for LGBT+ unge søge om tilskud fra puljen til aktiviteter for unge? Vi er ikke en forening endnu, men vi overvejer det.

Mvh Ungdomsskolens elevråd
""")

M("u", """
Kære Lars (formand for Børne- og Skoleudvalget)

Som BUPL-tillidsrepræsentant i Børnehuset Solsikken skriver jeg på vegne af personalet: Vi har været underbemandet i 11 uger. Ledelsen svarer ikke. Vi beder udvalget se på normeringen.

Venlig hilsen
Signe Paludan, TR
""")

M("", """
Til Børne- og Skoleudvalget

BUPL Storkøbenhavn har lavet en undersøgelse af normeringer på Vestegnen. Ishøj ligger i bunden. Vi vedlægger rapporten og håber, at udvalget vil drøfte den.

Med venlig hilsen
Henrik Toft, faglig sekretær, BUPL Storkøbenhavn
""")

M("ub", """
Hej Cecilie

Jeg er DLF-medlem og lærer på Vibeholmskolen og er også aktiv i Alternativet. Jeg vil gerne høre, om du vil støtte vores forslag om mindre klasser på næste byrådsmøde.

Hilsen Kristian Bøgh
""")

M("b", """
Til borgmesteren

Vi er Jehovas Vidner i Ishøj og vil gerne høre, om vi må stå med vores bogvogn på torvet foran Ishøj Bycenter. Jeg har selv været forkynder i 35 år.

Venlig hilsen
Bent Laursen
""")

M("", """
Til Teknik- og Miljøudvalget

Gælder reglerne om standpladser på torvet også for politiske partier og religiøse grupper, eller kun for handlende?

Mvh Knud
""")

M("bthe", """
Kære Social- og Sundhedsudvalg

Jeg er muslim og kom som flygtning fra Syrien i 2015. Min mor bor på Ishøj Plejecenter, og hun får svinekød i maden, selv om vi har sagt det mange gange. Hun kan ikke selv sige fra, fordi hun har demens.

Med venlig hilsen
Rania Haddad
""")

M("", """
Til Social- og Sundhedsudvalget

Tilbyder kommunens plejecentre halal-mad? Vi spørger generelt, fordi vores forening får mange spørgsmål om det.

Venlig hilsen
Ishøj Integrationsråd
""")

M("u", """
Til Teknik og Miljø

Jeg er 3F'er og arbejder på en byggeplads på Ishøj Havn. Der er ingen toiletvogn, og vi har meldt det til Arbejdstilsynet. Nu spørger jeg jer, om kommunen som bygherre gør noget.

Hilsen Ronni Thomsen
""")

M("b", """
Kære byrådsmedlem

Vi i Ishøj Humanistiske Forening, hvor jeg er næstformand, mener at byrådsmøderne ikke bør starte med en salme ved juleafslutningen. Det er ikke neutralt. Jeg er selv ateist og føler mig udenfor.

Med venlig hilsen
Sara Lykkegaard
""")

M("", """
Til byrådet

Hvorfor synges der salmer ved byrådets juleafslutning? Er det en tradition eller en beslutning? Jeg spørger bare.

Mvh Asger
""")

M("bu", """
Hej Jens Peter

Jeg har været medlem af Socialdemokratiet i 40 år og var i mange år tillidsmand i Dansk Metal på skibsværftet. Nu er jeg pensionist og vil bare sige: Fjern ikke bussen til Torslunde!

Venlig hilsen
Kaj Nyborg
""")

M("", """
Hej Jens Peter. Lad være med at fjerne bus 128 til Torslunde. Mange ældre bruger den.
""")

M("u", """
Til Borgerrådgiveren

Jeg er HK-medlem og arbejder i kommunens lønkontor. Min klage handler ikke om min sag som ansat, men om at jeg som borger fik min parkeringsbøde udskrevet forkert. Men min fagforening sagde at jeg skulle gå til jer.

Med venlig hilsen
Lotte Sand
""")

M("", """
Til udvalget

Dansk Sygeplejeråd kreds Hovedstaden opfordrer Social- og Sundhedsudvalget til at sikre flere uddannelsespladser til social- og sundhedsassistenter.

Med venlig hilsen
Charlotte Frank, kredsnæstformand
""")

M("ub", """
Til Økonomiudvalget

Vi er en gruppe medlemmer af Krifa – den kristelige fagbevægelse – og også aktive i Kristendemokraterne, der vil klage over at kommunen kun forhandler med LO-forbundene om lokalaftaler.

Venlig hilsen
På vegne af gruppen: Esther Clausen
""")

M("", """
Kære byråd

Vi i Ishøj Grønne Forening opfordrer til at kommunen plantet flere træer langs Ishøj Boulevard. Vedlagt underskrifter fra 312 borgere.

Venlig hilsen
Bestyrelsen
""")

M("b", """
Til Teknik- og Miljøudvalget

Jeg er aktivist i Extinction Rebellion og har deltaget i blokaden ved motorvejen. Jeg skriver for at klage over at kommunen har fjernet vores bannere fra cykelbroen uden varsel.

Hilsen Ida Kvist
""")

M("b", """
Kære Anja

Som veganer af etiske grunde (jeg tror ikke på at vi har ret til at dræbe dyr) er jeg ked af, at min datters skole ikke har et vegansk alternativ i madordningen. Kan det tages op?

Hilsen Louise Thorsen
""")

M("", """
Kære Anja

Kunne skolemaden få et vegetarisk alternativ? Mange børn spiser ikke kød i dag.

Hilsen en forælder
""")

M("tb", """
Til borgmesteren

Jeg er tamil og hindu, og vores forening vil gerne holde Pongal-festival på Ishøj Rådhusplads i januar. Vi var 200 sidste år i et lånt lokale. Hvordan søger vi?

Med venlig hilsen
Rajan Sivakumar, Tamilsk Kulturforening Ishøj
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvordan søger man om at holde en kulturfestival på Rådhuspladsen? Vi er en flerkulturel forening med ca. 60 medlemmer.

Mvh Ishøj Kulturnetværk
""")
