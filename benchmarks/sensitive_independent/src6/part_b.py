"""corpus6, part B: forwarded mails, quoted replies, relatives and formal writers."""
from common import M

M("", """
Hvornår tømmes glascontaineren på Ishøj Torv? Den er fuld igen.
""")

M("e", """
Videresendes til rette afdeling.

Venlig hilsen
Susanne Lind, byrådsmedlem

---------- Videresendt besked ----------
Fra: Per Vestergaard <perv1958@hotmail.com>
Dato: 3. februar 2025 kl. 21:47
Emne: hjælp
Til: Susanne Lind <sli@ishoj.dk>

Hej Susanne. Du kender mig fra fodboldklubben. Jeg er kommet i store problemer, gælden hos Gældsstyrelsen er vokset til 140.000 og de trækker nu i min løn så jeg ikke kan betale husleje. Kan kommunen lave en afdragsordning eller hjælpe på anden måde? Per
""")

M("tbe", """
Hej

Jeg er kurder fra Irak og jeg er yezidi. Når jeg kommer på jobcenter min kontaktperson spørger altid om jeg beder fem gange om dagen og siger det er derfor jeg ikke kan arbejde på slagteri. Jeg er ikke muslim og jeg vil gerne arbejde, hvad som helst. Jeg vil klage over det.

Khalil
""")

M("", """
FYI - kan vi få det på Facebook-siden?

---------- Forwarded message ---------
From: Ishøj Havnefestival <info@havnefestival-ishoj.dk>
Date: man. 7. apr. 2025 09:12
Subject: Program 2025

Kære samarbejdspartnere
Vedhæftet er programmet for årets havnefestival 14.-15. juni. Der er koncert på Lille Scene lørdag kl. 20 og loppemarked søndag fra kl. 10. Frivillige kan melde sig via hjemmesiden.
Festivalgruppen
""")

M("u", """
Kære Anne-Mette

Jeg er pædagog i Børnehuset Stjernen og medlem af BUPL. Jeg vil bare sige at vi ikke kan løfte opgaven med de normeringer I har vedtaget. Det er ikke brok, det er en bekymring for børnene. Kom gerne forbi en eftermiddag.

Med venlig hilsen
Line Kofoed
""")

M("p", """
Ishøj Kommune
Center for Byudvikling og Natur

Vedr.: Ejendommen matr.nr. 12ab Ishøj By, Ishøj Landevej 203

På vegne af min klient, der har indgået en betinget købsaftale om ovennævnte ejendom, skal jeg anmode om oplysning om, hvorvidt der er verserende påbud eller sager om ulovligt byggeri på ejendommen. Købsaftalen er betinget af kommunens svar, og fristen for opfyldelse af betingelsen udløber den 15. april d.å.

Med venlig hilsen
Henrik Krogh
Advokat
""")

M("h", """
Hej Kommune. Jeg er gravid i uge 30 og vi bor på 4. sal uden elevator. Lægen siger jeg skal undgå trapper pga bækkenløsning. Er der nogen mulighed for at bytte til en stuelejlighed i samme afdeling? Vi har spurgt boligselskabet men de henviser til jer. Mvh Jasmin
""")

M("he", """
Til Center for Voksne og Velfærd

Ansøgning om støtte til handicapbil

Jeg er 43 år og har siden en ulykke i 2019 været kørestolsbruger (inkomplet rygmarvsskade). Min nuværende bil er 14 år gammel og kan ikke længere klare kørestolsliften. Jeg ansøger hermed om støtte til ny bil efter servicelovens § 114. Lægeerklæring vedlægges.

Navn: Martin Skov
CPR: [[120481-1935]]
Adresse: Vildtbanegårdsvej 23, 2635 Ishøj
Telefon: 26 48 11 90
""")

M("", """
Hej

Vandregningen fra Ishøj Forsyning er på 9.800 kr for et kvartal, og vi er to personer i en lejlighed. Det kan ikke passe. Kundenr. 0811792231. Jeg ved godt Forsyningen er et selskab, men kommunen ejer det jo. Kan I få nogen til at kigge på det?

Mvh Helle Brix
""")

M("se", """
Hej

Min eksmand Rasmus og jeg er ved at blive skilt, og vi er uenige om hvor vores søn skal gå i skole. Vi bor nu i hver sin ende af kommunen. Hvem bestemmer det, når vi har fælles forældremyndighed?

Mvh Jonas Friis
""")

M("b", """
Hej Bente

Jeg har været medlem af Liberal Alliance i mange år og synes egentlig godt om din linje i skattepolitikken, men jeg forstår ikke hvorfor I stemte for at hæve dækningsafgiften for erhverv. Kan du forklare det?

Mvh Søren Ravn, selvstændig tømrer
""")

M("t", """
Hej

Min kone er fra Thailand og kom hertil for tre år siden. Hun går på sprogskole, men holdet er flyttet til Glostrup om aftenen og hun kan ikke komme hjem med bus efter kl. 21. Kan det ikke blive i Ishøj igen?

Mvh Ole Kragh
""")

M("", """
Hvor meget kan man få i boligstøtte, hvis man er pensionist og bor alene i en 2-værelses til 7.500 om måneden? Jeg kan ikke finde ud af beregneren på borger.dk.
""")

M("hu", """
Kære Hanne

Jeg er sygeplejerske på plejecentret og har været sygemeldt med diskusprolaps siden jul. Min faglige fra Dansk Sygeplejeråd var med til et møde med min leder, hvor jeg blev bedt om at komme tilbage på fuld tid med det samme. Jeg har det ikke godt med den måde det bliver håndteret på. Kan man klage over sin egen arbejdsplads til byrådet?

Hilsen Mette Dahl
""")

M("", """
Til Økonomiudvalget

Høringssvar vedrørende forslag til helhedsplan for Ishøj Havn

Grundejerforeningen Havnevejen har drøftet forslaget på et ekstraordinært medlemsmøde den 2. april, hvor 46 husstande var repræsenteret. Vi har følgende bemærkninger:

1. Vi hilser en opgradering af havneområdet velkommen, herunder nye toiletfaciliteter og bedre belysning ved bådebroerne.

2. Vi er imod den foreslåede bebyggelse i fem etager på den nordlige mole. Den vil skygge for de eksisterende rækkehuse om eftermiddagen og ændre områdets karakter markant.

3. Trafikken til havnen i sommerhalvåret er allerede i dag et problem. Der mangler en parkeringsstrategi, og vi foreslår at man undersøger en P-løsning ved Strandparkvej med en sti ned til havnen.

4. Vi opfordrer til at der afholdes et borgermøde, inden planen sendes i endelig høring, så alle berørte kan få svar på deres spørgsmål.

Vi står gerne til rådighed for en dialog og deltager gerne i en arbejdsgruppe.

Med venlig hilsen
På bestyrelsens vegne
Knud Aagaard, formand
""")

M("pe", """
Hej Lars

Min kone og jeg skal skilles, og huset på Bredekærs Vænge skal sælges. Vi har fået et bud, men køberen vil have at kommunen bekræfter at carporten er lovligt opført, før han skriver under. Jeg har ringet tre gange uden at komme igennem. Kan du skubbe lidt på?

Mvh Torben
""")

M("", """
Tak for hurtigt svar, det var lige det jeg havde brug for. Så venter vi til efter fuglenes yngletid med at fælde poplen.

Venlig hilsen
Aase Winther

-----Oprindelig meddelelse-----
Fra: Center for Byudvikling og Natur
Sendt: 11. marts 2025 13:40
Emne: SV: fældning af træ

Kære Aase Winther
Du må gerne fælde træet på din egen grund, men vi anbefaler at vente til efter 1. august af hensyn til ynglende fugle.
Med venlig hilsen
Natur og Miljø
""")

M("t", """
Hej

Vi er fra Syrien og vores datter Lana, cpr [[050612 4418]], vil gerne have modersmålsundervisning i arabisk. Skolen siger det ikke findes i Ishøj længere. Er det rigtigt? Hvor kan vi søge?

Med venlig hilsen
Omar og Rasha Haddad
""")

M("u", """
jeg er i 3F, kan de hjælpe mig med at læse min kontrakt som vikar i kommunens vejafdeling eller skal jeg gå til jer først? mvh Ronni
""")

M("h", """
Til Center for Børn og Forebyggelse

Vores datter på 15 har anoreksi og har været indlagt på børne- og ungdomspsykiatrien i seks uger. Nu skal hun udskrives og tilbage i skole, og vi vil gerne have en plan på plads inden, så hun ikke skal sidde i kantinen med alle de andre. Hvem tager ansvar for det?

Med venlig hilsen
Karin og Steen Bjerre
""")

M("", """
Hvad tid er julekoncerten i Ishøj Kirke i år, og skal man have billet? Mvh Birthe
""")

M("", """
Hej

Jeg har fået juridisk kønsskifte i efteråret og har fået nyt personnummer. Det gamle nummer står stadig i bibliotekets system og på mit lånerkort, så jeg kan ikke låne bøger. Hvem kan rette det?

Mvh Noa
""")

M("b", """
Kære kirkegårdskontor / kommune

Jeg er praktiserende katolik og vil gerne sikre mig at jeg kan få et gravsted på Ishøj Kirkegård, selvom jeg ikke er medlem af folkekirken. Kan man købe et gravsted på forhånd? Jeg er 77 og vil gerne have styr på tingene.

Venlig hilsen
Agnes Wójcik
""")

M("", """
Hej. Vi har booket multisalen i Ishøj Idrætscenter til en fødselsdag den 9. november, bookingnr. 2105901122. Vi vil gerne ændre tidspunktet fra kl. 14 til kl. 15. Kan det lade sig gøre? Mvh Jesper
""")

M("te", """
Goddag. Jeg er fra Ukraine og har midlertidig opholdstilladelse. Jeg får selvforsørgelsesydelse, men i marts kom der ingenting ind på kontoen. Min søn skal have nye sko og jeg har ikke penge til mad. Hvem skal jeg kontakte? Olena
""")

M("p", """
Hej

Jeg har et kolonihavehus i Haveforeningen Strandlyst og har fået et bud på 185.000 kr fra et ungt par. Bestyrelsen siger at prisen skal godkendes af kommunen, fordi det er kommunens jord. Hvor lang tid tager det? Parret vil gerne ind inden sommerferien.

Mvh Gitte Lauritsen
""")

M("", """
Hej jeg vil spørge hvornår svømmehal åbner igen efter reparation, min børn spørger hver dag. tak Nour
""")

M("he", """
hej jeg ved ikke om det er dig jeg skal skrive til men jeg er 23 og har en borderline diagnose og er på kontanten og min sagsbehandler er blevet skiftet ud fem gange på et år og hver gang skal jeg fortælle det hele igen fra starten og det gør mig så dårlig at jeg ikke kan sove i flere dage bagefter kan man ikke få lov at beholde den samme hilsen Mathilde
""")

M("", """
Hej Rune

Jeg er imod at der bygges en moské på den gamle grund på Industrivej. Ikke på grund af religionen, men fordi vejen slet ikke kan klare trafikken fredag eftermiddag. Der er i forvejen kø fra lastbilerne. Hvad siger trafikanalysen?

Mvh Gunnar
""")

M("u", """
Hej igen Kasper

Tak for svaret. Jeg er stadig ikke helt tilfreds. Som FOA-medlem gennem 30 år ved jeg godt hvad en overenskomst er, og det er ikke sådan en I har lavet med vikarbureauet.

Mvh Hanne Bruun

Den 12. mar. 2025 kl. 14.02 skrev Kasper Lund <kal@ishoj.dk>:
> Kære Hanne
> Tak for din mail. Kommunen følger de gældende regler for udbud, og jeg har bedt administrationen om at se på dine spørgsmål.
> Venlig hilsen
> Kasper Lund, byrådsmedlem
""")

M("e", """
Til hovedpostkassen

Min nevø Mikkel Strand (cpr [[010299–3815]]) har været hjemløs siden nytår og sover skiftevis hos venner og i en bil. Han har ingen indtægt og har ikke fået søgt om noget. Jeg har hans fuldmagt. Hvad kan kommunen tilbyde ham?

Venlig hilsen
Birthe Strand
""")

M("t", """
Hej

Vores nabo i opgangen råber "perker" efter min mand hver gang de mødes på trappen, og i går skrev han det på vores postkasse. Min mand er født i Danmark, men hans forældre er fra Libanon. Boligselskabet siger det er en privat sag. Kan kommunen gøre noget?

Mvh Louise Hamdan
""")

M("", """
Må man grille i Byparken den 1. maj? Vi er en flok naboer der gerne vil mødes, ca. 20 personer. Skal vi søge om noget? Hilsen Tove
""")

M("hs", """
Hej

Min kone og jeg har været i fertilitetsbehandling i to år, og hun er nu endelig gravid. Vi vil gerne vide hvordan man skriver sig op til vuggestue, og om jeg som medmor skal gøre noget særligt for at stå som forælder i kommunens systemer.

Kh Maja Lind
""")

M("", """
Kære skolebestyrelse og forvaltning

Har kommunen en fast aftale om arabisktalende tolke til forældremøder, eller skal den enkelte skole selv bestille dem? Vi drøfter det på næste bestyrelsesmøde.

Venlig hilsen
Skolebestyrelsen, Vibeholmskolen
""")

M("b", """
Hej

Jeg er veganer af etiske grunde, og det er min datter også. Børnehaven siger at de ikke kan lave en vegansk ret, kun vegetar. Andre kommuner kan godt. Hvad er reglerne i Ishøj?

Mvh Frederikke Nøhr
""")

M("e", """
Jeg vil gerne være anonym. Familien i nr. 7 på Ishøj Søpark har tre små børn, og de går ofte rundt alene ude sent om aftenen og spørger naboerne om mad. Forældrene råber meget og der har været politi der to gange. Jeg tror nogen burde se på det. Dette er en underretning.
""")

M("p", """
Hej

Vi har fået tilbudt at købe ca. 300 m2 af naboens grund, så vi kan udvide haven. Handlen er ikke på plads endnu, for vi ved ikke om kommunen skal godkende en udstykning. Hvordan gør man, og hvad koster det?

Mvh Jens og Inger Dam
""")

M("", """
Hej

Jeg har modtaget jeres brev med sagsnr. 230415-0031 om påbud vedr. hækken mod fortovet. Hækken er klippet i weekenden, så sagen må kunne lukkes. Jeg vedhæfter billeder.

Venlig hilsen
Bjarne Hald
""")

M("bu", """
Kære borgmester

Som mangeårigt medlem af Socialdemokratiet og tidligere tillidsmand i Dansk Metal må jeg sige at jeg er skuffet over at kommunen nu vil udlicitere vejvedligeholdelsen. Det var ikke det vi gik til valg på.

Med venlig hilsen
Finn Lorentzen
""")

M("h", """
Jeg har fået ny hofte og må ikke køre bil i 6 uger. Kan jeg få flextur til kontrollerne på Hvidovre? Mvh Inga
""")

M("", """
Hej

Jeg har to spørgsmål om Sundhedshuset:
- Hvad er åbningstiderne for blodprøvetagning om fredagen?
- Kan man parkere ved bagindgangen, eller er det kun for personale?
Min nabo sagde at man skal bestille tid nu, men det står ikke nogen steder.

Tak
Vibeke
""")

M("t", """
hej jeg er halvt grønlænder og vil gerne vide om der er en grønlandsk forening i ishøj eller i nærheden. min mor er fra Nuuk og jeg har aldrig rigtig lært noget om det. mvh Malik 17 år
""")

M("e", """
Hej

Jeg er alene med to børn og tjener 18.400 kr om måneden før skat som kassemedarbejder. Jeg har søgt økonomisk friplads til børnehaven, men fået afslag fordi jeg tjener "for meget". Det hænger ikke sammen. Kan nogen forklare beregningen?

Mvh Nicoline
""")

M("ph", """
Kære Ishøj Kommune

Vi er nødt til at sælge vores hus, fordi min mand har fået ALS og ikke længere kan klare trapperne. Vi har en køber der har budt, men han vil have en tilstandserklæring for kloakken fra kommunen først. Hvor hurtigt kan I lave det? Vi har allerede fundet en lejlighed med elevator.

Venlig hilsen
Hanne Sørensen
""")

M("b", """
Til Borgerservice

Jeg er trådt ud af folkekirken, fordi jeg er konverteret til islam, men på min forskudsopgørelse står jeg stadig med kirkeskat. Mit personnummer er [[2711902523]]. Kan I rette det?

Med venlig hilsen
Jonas Bech
""")

M("", """
Hej. Jeg har købt billetter til teaterforestillingen i Ishøj Kulturhus, men har fået to ens mails. Billetnr. 2510881207. Er jeg blevet trukket to gange? Mvh Lisbeth
""")

M("s", """
Kære byrådsmedlem

Jeg mistede min mand Ole i november efter 38 år sammen. Nu har jeg fået at vide at gravstedets vedligeholdelse skal fornyes, og at jeg skal underskrive som "nærmeste pårørende". Bliver det godkendt uden vielsesattest? Vi blev registreret partnere i 1992.

Med venlig hilsen
Erik Holm
""")

M("u", """
Hej

Jeg er tillidsmand i 3F for chaufførerne på linje 128, og vi får mange klager over at stoppestedet ved Ishøj Station er flyttet så langt væk. Både passagerer og chauffører synes det er farligt i mørke. Kan kommunen tage det op med Movia?

Mvh Kenneth
""")

M("", """
Hej

Jeg arbejder som sagsbehandler i FOA's a-kasse i Taastrup, og vi får tit spørgsmål om hvem der er kontaktperson på Ishøj Jobcenter for jobmesser. Kan I give mig et navn, så vi kan henvise korrekt?

Mvh Susanne Krag
""")

M("he", """
Hej

Min bror Finn bor alene i en lejlighed i Strandparken og drikker meget, og det er blevet værre siden han mistede jobbet. Nu har boligselskabet skrevet at han bliver sat ud pga manglende husleje. Han vil ikke selv tage kontakt. Jeg er bange for at han ender på gaden. Hvad kan jeg gøre?

Hilsen Lotte
""")

M("", """
Kære borgmester

Tak for blomsterne og den flotte hilsen på min 92-års fødselsdag. Jeg har boet i Ishøj siden 1968 og har aldrig fået så pæn en buket.

Venlig hilsen
Gudrun Poulsen
""")

M("sb", """
Hej

Min forlovede Kasper og jeg vil gerne vies på rådhuset i september. Ingen af os er troende, så kirken kommer ikke på tale. Hvilke lørdage er ledige, og skal vi begge møde op for at bestille?

Mvh Jakob Winther
""")

M("", """
Bliver borgermødet om den nye bydel tegnsprogstolket? Det bør det være, og det bør stå i invitationen.
""")

M("s", """
hej Martin, jeg er aseksuel og synes ikke seksualundervisningen på min skole tager højde for at ikke alle vil have sex eller kærester. vi har snakket om det i elevrådet. kan byrådet sige noget til skolerne om det? mvh Ida 9.b
""")

M("p", """
Hej

Vores bud på ejerlejligheden på Ishøj Strandvej 40 er accepteret, men vi har stadig fortrydelsesret til fredag. Kan vi få at vide, om der er planlagt ny bebyggelse på grunden foran, så vi mister havudsigten? Det afgør om vi går videre.

Mvh Camilla og Rasmus Thygesen
""")
