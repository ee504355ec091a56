"""Part B: letters to council members and committee chairs about building, property and neighbours."""
from common import M

M("p", """
Kære Jens Peter Holm (Teknik- og Miljøudvalget)

Jeg skriver, fordi vores hussalg på Vildtbanevej 14 er gået i stå. Vi har en køber, der har skrevet under på en betinget købsaftale, men betingelsen er, at kommunen godkender carporten, som er opført for 11 år siden. Byggesagen (sagsnr. 02.34.02-P19-1123-24) har ligget hos jer siden 3. august. Køberen truer med at træde tilbage den 1. december.

Kan du gøre noget for at skubbe på?

Med venlig hilsen
Torben og Lisbeth Malmgren
""")

M("", """
Til formanden for Teknik- og Miljøudvalget

Vi klager over, at lokalplan 1.88 for området ved Ishøj Landsby tillader byggeri i tre etager. Planloven § 19 giver mulighed for dispensation, men det er ikke meningen at den skal bruges hver gang. Vi mener, landsbyens karakter bliver ødelagt.

På vegne af Grundejerforeningen Landsbyen
Kurt Winther, formand
""")

M("p", """
Hej Sanne

Du kender mig fra fodboldklubben. Min nabo i nr. 22 har sat sit hus til salg, og der har været åbent hus to gange. Jeg er nervøs for, at det bliver købt af en udlejer og lavet om til værelser. Kan kommunen stille krav til det?

Hilsen Bo Frederiksen, Tjørneparken 20
""")

M("", """
Til byrådsmedlem Mikkel Dahl

Hvorfor må man ikke bygge et udhus over 10 m2 uden byggetilladelse, når man må i nabokommunen? Det virker urimeligt. Jeg forstår ikke reglerne i bygningsreglementet.

Venlig hilsen
Finn Sørensen
""")

M("pe", """
Kære udvalgsformand

Jeg skriver i desperation. Vi er nødt til at sælge vores rækkehus på Ishøj Søpark 71, fordi min mand er gået konkurs med sit firma og banken kræver det. Huset har været til salg i fem måneder. Nu har vi et bud på 1,9 mio., men køberen vil kun købe, hvis kommunen giver lov til at lukke altanen ind. Hvis vi ikke får solgt inden februar, ender det med tvangsauktion.

Med venlig hilsen
Lise Tang
""")

M("", """
Kære Teknik- og Miljøudvalg

Vi vil klage over, at vejen ved Ishøj Stationsvej har huller, der er så store, at cyklister må køre ud i kørebanen. Vi har meldt det via "Giv et praj" fire gange siden august.

Venlig hilsen
Beboerforeningen Vejlebro
""")

M("pb", """
Til Cecilie Brandt (SF)

Jeg er selv medlem af SF og har stemt på dig. Jeg skriver, fordi min kone og jeg er ved at købe en parcelgrund på Torslunde-udstykningen. Vi har fået tilsagn, men skødet er ikke underskrevet, og nu hører vi at kommunen vil ændre lokalplanen. Kan vi risikere, at handlen falder?

Hilsen
Mads Kjeldsen
""")

M("", """
Til udvalgsformanden for Teknik og Miljø

Jeg vil gerne vide, hvornår kommunen sætter de resterende grunde i Ishøj Nord til salg. Jeg har fulgt med siden 2022.

Mvh Henning Rask
""")

M("", """
Kære Helle (byrådet)

Naboen i nr. 9 har bygget en 2,2 meter høj mur i skellet uden at spørge. Den tager al eftermiddagssol fra vores terrasse. Kommunen siger, at det er en privatretlig sag, men vi mener at det er et byggeretligt forhold efter BR18 § 177. Kan du hjælpe os?

Venlig hilsen
Yvonne og Carl Ryberg, Gadekærvej 11
""")

M("t", """
Kære Søren Vind

Jeg vil klage over min nabo, som gennem et år har kaldt min familie for "perkere" og sagt at vi skal "tage hjem til Irak". I går skrev han det med kridt på vores fliser. Politiet siger at det er en sag for boligforeningen, og boligforeningen siger at det er kommunens. Hvem hjælper os?

Med venlig hilsen
Haider Al-Sudani, Vejlebrovej 104
""")

M("", """
Hej Søren

Vi er flere i opgangen, som er trætte af at kommunen ikke reagerer på rotter i gården ved Strandgårdsparken 18. Det har stået på siden juni. Kan du tage det op i udvalget?

Hilsen Connie
""")

M("s", """
Til byrådsmedlem Jonas Elkjær

Min mand Kasper og jeg bor i Ishøj Bycenter-området, og vi har i et halvt år fået breve i postkassen med "bøsser skal ud af Ishøj". I sidste uge blev vores bil ridset. Vi har anmeldt det til politiet, men vi savner at kommunen siger højt, at det ikke er i orden.

Venlig hilsen
Thomas Hjort
""")

M("", """
Kære Jonas Elkjær

Vil du være med til at arrangere en regnbuedag på biblioteket i juni? Vi er en gruppe borgere, der synes Ishøj mangler synlighed for LGBT+ personer, ligesom mange andre kommuner har det.

Venlig hilsen
Arbejdsgruppen for Ishøj Pride
""")

M("p", """
Til Teknik og Miljø / formanden

Den 2. maj fik vi afslag på dispensation til en tilbygning. Den 9. maj satte vi huset til salg i stedet. Nu har vi en køber, men han vil have garanti for, at han kan få dispensationen. Ejendomsmægleren siger at handlen er betinget af det. Kan I sige noget om det?

Med venlig hilsen
Preben Hjelm, Klintevej 7
""")

M("", """
Kære byråd

Jeg har købt mit hus på Skovvej i 2019. Handlen gik fint. Men jeg opdager nu, at der aldrig er givet ibrugtagningstilladelse til kælderen. Er det mig eller den forrige ejer, der hæfter?

Mvh
Arne Lykke
""")

M("", """
Til formanden for Økonomiudvalget

Hvordan kan det være, at ejendomsskatten i Ishøj er steget så meget? Jeg har set den nye vurdering på 3.200.000, og jeg forstår ikke, hvordan grundskylden er beregnet. Er det kommunen eller staten, der bestemmer?

Hilsen Leo Møller
""")

M("hep", """
Kære Anja (S)

Jeg har 87.000 kr i restance til kommunen for ejendomsskat og vand, og nu har Gældsstyrelsen sagt, at de vil begære tvangsauktion over mit hus på Ishøj Landevej 188. Jeg har været syg... nej, det vil jeg ikke ind på. Men jeg har prøvet at sælge frivilligt, og der er en køber, der vil give 2,1 mio. Kan kommunen vente med auktionen?

Mvh Kenneth
""")

M("", """
Til Borgmesteren

Det er en skandale, at kommunen sælger grunden ved Ishøj Strand til en investor. Den burde være park. Jeg forventer at byrådet stemmer imod.

Venlig hilsen
Else Brink
""")

M("b", """
Kære Hans (Venstre)

Som mangeårigt Venstre-medlem og formand for vores lokale vælgerforening vil jeg udtrykke stor skuffelse over gruppens stemme om cykelstien. Vi havde aftalt noget andet på generalforsamlingen.

Venlig hilsen
Ejnar Bonde
""")

M("", """
Kære Hans

Jeg er skuffet over byrådets beslutning om cykelstien langs Vejlebrovej. Den bliver alt for smal. Jeg kører på cykel til arbejde hver dag.

Hilsen Lene Birch
""")

M("pt", """
Hej Sanne,

Vi er en polsk familie, der har boet i Ishøj i 10 år. Vi har givet et bud på et hus på Kirkebjerg Allé, men sælgerens datter siger til ejendomsmægleren, at hun "ikke vil sælge til østeuropæere". Buddet er ikke accepteret endnu. Kan kommunen gøre noget?

Pozdrawiam,
Marek Nowak
""")

M("", """
Til udvalgsformand for Teknik & Miljø

Vores grundejerforening har behandlet et forslag om at lave et fælles hegn mod Ishøj Boulevard. Kræver det en landzonetilladelse efter planloven § 35, eller er vi i byzone?

Med venlig hilsen
Grundejerforeningen Skovgården, v/ sekretær Aase Ring
""")

M("", """
Kære byrådsmedlemmer

Vi har i foreningen talt om at huspriserne i Ishøj ligger lavere end i Greve og Vallensbæk. Hvad gør kommunen for at tiltrække flere boligkøbere? Der står 47 huse til salg i byen lige nu ifølge Boligsiden.

Venlig hilsen
Ishøj Erhvervsforum
""")

M("hp", """
Kære Mikkel

Jeg skal sælge min afdøde fars hus på Torslundevej 33 og har en køber, der har underskrevet med forbehold for byggeteknisk gennemgang. Samtidig er min egen kræftbehandling startet igen, så jeg kan ikke følge op på byggesagen. Min svoger har fuldmagt. Må han kontakte jer på mine vegne?

Venlig hilsen
Rasmus Tolstrup
""")

M("", """
Til udvalgsformanden

Den 14. august fik jeg et påbud om at fjerne en container i min indkørsel, og der står "jf. byggelovens § 16 C". Containeren står der kun mens vi renoverer badeværelset. Påbuddet har j.nr. 130824-0017. Kan man klage?

Mvh Jan Albrechtsen
""")

M("e", """
Kære formand for Social- og Sundhedsudvalget

Min nabo, Grete i nr. 5, er 91 og har fået inddraget sin madordning, fordi kommunen har skiftet leverandør og hun "ikke har svaret på brevet". Hun har ikke engang en computer. Hun har ikke fået mad i fire dage. Jeg har hendes accept til at skrive.

Med venlig hilsen
Birgit Haahr
""")

M("", """
Til formanden for Social- og Sundhedsudvalget

Jeg har læst, at kommunen vil skifte leverandør af madordningen til de ældre. Vi er nogle pensionister i Ishøj Seniorklub, der synes maden fra det gamle køkken var bedre. Kan udvalget ikke genoverveje?

Venlig hilsen
Ishøj Seniorklub, Ellen Schou
""")

M("s", """
Kære Jonas

Min kone Louise og jeg har fået afslag på at leje en af kommunens seniorboliger, fordi man skal være "et par, der har været gift i mindst to år". Vi blev gift i juni. Er det ikke diskrimination, når et par af to kvinder ikke har kunnet gifte sig i kirken før 2012?

Hilsen Birgitte Lund
""")

M("", """
Hej Lars

Bare en hurtig en: bliver der lavet fartbump på Bækkeskovvej? Børnene fra Ishøjgård Skole løber over vejen, og bilerne kører stærkt.

Hilsen Pia
""")

M("p", """
Til byrådsmedlem Per Lund

Jeg vil gøre dig opmærksom på, at min andelsbolig i Andelsboligforeningen Vejledalen er til salg, og at foreningens bestyrelse nægter at godkende køberen, fordi hun har en hund. Vi har aftalt pris (845.000) og overtagelse 1. januar. Kan kommunen blande sig?

Mvh Rikke Sommer
""")

M("", """
Til Per Lund

Hvordan er reglerne for andelsboliger i kommunen egentlig? Bestemmer kommunen noget om prisen? Jeg har hørt forskellige ting.

Mvh Svend
""")
