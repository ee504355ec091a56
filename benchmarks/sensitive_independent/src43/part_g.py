"""Part G: mixed quick mails to top up - home sales not concluded, CPR in every form, identity in passing."""
from common import M

M("p", """hej!! vores lejlighed på Ishøj Strandvej er til salg og køberen vil gerne have at vi fjerner altanen før overtagelse lol. skal det søges hos jer? aftalen er ikke underskrevet endnu. /Freja""")

M("p", """Hej. Vi er ved at sælge vores rækkehus på Tranehaven, og køberen har taget forbehold for at kommunen godkender den inddragede carport. Sagsnr. 24-88102. Hvornår svarer I? Mvh Rune""")

M("p", """hey. vi har et bud liggende på et hus i Torslunde og sælger vil vide om vi overtager hans kolonihave også. kan man det?? 😂 /Silje & Mark""")

M("p", """Hej. Min mor har sat sit hus på Vejlebrovej til salg fordi hun flytter til Jylland. Der er en køber, men de vil have byggetilladelsen til tilbygningen fra 1998 først. Hvor finder vi den? Mvh Mikkel""")

M("p", """hej, min bror vil sælge sin andel i Strandparken til mig og min kæreste, men foreningen har ikke godkendt det endnu. kan vi allerede melde flytning? /Olivia""")

M("pe", """hej. vi har fået at vide at vi skal sælge huset fordi vi er bagud med 4 afdrag og banken truer med tvangsauktion. vi har 3 børn i ishøj skoler. kan kommunen hjælpe med noget boligstøtte hvis vi flytter til leje? /Sandra, Bredekærs Vænge""")

M("p", """hej, naboens hus i nr. 3 på Gildbrovej er til salg og de har fældet to store træer i skel for at gøre det pænere. må de det? /Kasper""")

M("p", """Hej. Jeg har fået en betinget købsaftale på en erhvervsgrund til mit lille tømrerfirma på Industribuen. Betingelsen er at I giver dispensation til skiltningen. Mvh Hasse Nielsen, 27 år""")

M("p", """hej, vi havde et hus i handel på Ishøj Landsbygade, men køberen trak sig i går pga. jordforurening på grunden. kan kommunen sige om der er forurening? 😩 /Emilie""")

M("pu", """Hej. Jeg er FOA-tillidsrepræsentant på plejecentret og min kæreste og jeg er ved at købe vores første hus i Ishøj. Vi har givet et bud og venter svar. Er der nogen ordning for medarbejdere der flytter til kommunen? Mvh Jannik""")

M("", """hej, hvad er forskellen på et betinget og et ubetinget skøde? forstår det ik 😵""")

M("", """Hej. Hvordan ser jeg, om der er jordforurening på en grund i Ishøj? Mvh""")

M("e", """hej jeg er 18 og har lige søgt kontanthjælp fordi jeg er stoppet på gymnasiet. mit cpr er [[220807 4534]] tror jeg skal ha det med. /Malthe""")

M("e", """Hej. Jeg har fået afslag på friplads i fritidsklubben til min søn. Min løn er lige over grænsen. Cpr [[120498–1127]]. Mvh Nadia""")

M("", """Hej. Hvad er indkomstgrænsen for friplads i fritidsklubben i 2027? Mvh""")

M("e", """hej, jeg har ikke fået min boligstøtte for november. cpr [[0511021339]]. jeg er studerende og bor på Ishøj Boulevard. /Karl""")

M("h", """Hej. Min datter er født for tidligt (uge 29) og er stadig indlagt på Hvidovre. Hun skal have vuggestueplads fra april men vi ved ikke om hun er klar. Hendes cpr er [[030925 4127]]. Mvh Line og Mads""")

M("e", """hej, mig og min eks har delt forældremyndighed over vores søn men hun flytter til Aalborg med ham uden at spørge. hvad gør jeg?? [[270195-2833]] /Patrick""")

M("", """Hej. Kan man flytte med sit barn til en anden by hvis man har fælles forældremyndighed? Spørger generelt. Mvh""")

M("h", """hej, jeg er gravid og har fået en tid hos jordemoderen i sundhedshuset men kan ik finde vej 😅 er det bygningen ved biblioteket? cpr [[1410032210]] hvis i skal bruge det /Mille""")

M("", """hej, hvor ligger jordemoderkonsultationen i Ishøj? 🙂""")

M("s", """hej! min kæreste Oskar og jeg (jeg er Adam) flytter sammen i en ungdomsbolig 🥰 skal vi begge skrive under på lejekontrakten? /Adam""")

M("s", """Hej. Jeg er 15 og har lige fortalt min klasse at jeg er bi. En dreng har lavet en snap-gruppe hvor de griner af mig. Hvad kan skolen gøre? /Emma""")

M("s", """hej. mig og min kone (vi er begge kvinder) har to børn i Ishøj Skole. skolens nyhedsbrev skriver altid "kære mor og far". kan i ændre det? 🙏 /Rikke""")

M("u", """hej. jeg er med i 3F Ungdom og vi vil gerne lave en stand om studiejobs ved Ishøj Gymnasium. skal vi søge om det? /Viktor""")

M("u", """Hej. Jeg er lige blevet udlært frisør og meldt ind i Fødevareforbundet NNF – nej, det var HK Handel. Kan kommunen ansætte frisører på plejecentrene? Mvh Celina""")

M("u", """hej, jeg er BUPL-tillidsrepræsentant i SFO'en og skriver fordi vi mangler varme i lokalet. ungerne sidder med jakker på. /Mette""")

M("tb", """Hej. Vi er tamiler fra Sri Lanka og vores datter skal konfirmeres i hinduistisk stil – nej, det hedder noget andet, men vi vil gerne låne kulturhuset. Mvh Kumar""")

M("t", """hej, jeg er sort og blev stoppet af en vagt i Ishøj Centret der ville se i min taske. mine hvide venner blev ikke stoppet. det er centeret, men kan kommunen sige noget? /Malik 16""")

M("t", """hej. min mor er fra Thailand og kan ikke læse brevene fra skolen om min lillesøster. kan de sendes på engelsk? /Nok""")

M("b", """hej. jeg er konservativ og medlem af KU, og vi vil gerne lave en debat om skattetryk for unge på gymnasiet. må vi det? /Carl""")

M("b", """Hej. Jeg er pacifist og vil ikke have at min søn skal til "Forsvarets dag" med skolen. Kan han få fri? Mvh Ulrik""")

M("b", """hej, jeg er humanist og vil gerne have en navnefest for min baby i rådhussalen i stedet for dåb. kan det lade sig gøre? /Sara""")

M("", """Hej. Kan man leje rådhussalen til private fester som fx navnefest eller bryllup? Mvh""")

M("hb", """Hej. Jeg er muslim og gravid i 5. måned. Kan jeg få en kvindelig læge eller jordemoder i sundhedshuset? Mvh Aisha""")

M("se", """hej. mig og min mand Rasmus (jeg er Kristian) er blevet skilt og vi skal finde ud af samvær med vores datter. han vil ik svare mig. /K""")

M("", """Hej. Hvad koster det at blive skilt og hvor søger man? Mvh""")

M("", """hey. mit sygesikringsbevis siger "gruppe 1" – hvad betyder det? 🤔""")

M("", """Hej. Hvornår er der næste gang vaccination mod HPV for drenge på skolerne? Mvh""")

M("", """hej, jeg har kodenummer 3110990418 til min digitale skolebog, men siden siger ugyldig. hvem kan hjælpe?? /Anton""")

M("", """Hej. Hvorfor bliver mange unge i Ishøj smidt ud hjemmefra? Er der nogle tal? Skal bruge det i dansk""")

M("e", """hej 👋 har søgt om hjælp til depositum til min første lejlighed (jeg er på kontanthjælp). har ik hørt noget i 3 uger. cpr [[080601 2273]] /Selma""")

M("he", """Hej. Min søn Theo (7) har fået bevilget et høreapparat og en FM-sender til skolen, men skolen har ikke fået senderen endnu. Hans cpr: [[2104184519]]. Mvh Jonas Friis""")

M("e", """hej, jeg er 23 og har lige fået et brev om at min huslejerestance er sendt til inkasso. jeg har 9.800 i restance. kan kommunen hjælpe?? [[300901 2241]] 😭 /Nicolai""")

M("bs", """Hej. Min mand Jamal og jeg (Peter) er begge aktive i SF og vil gerne give et oplæg om regnbuefamilier på byrådets temadag. Hvem skal vi skrive til? [[251090-1387]] – hvis I skal registrere os. Mvh Peter""")
