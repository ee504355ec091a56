"""corpus33 part I: short everyday mail, slang and typos; more of the rarer categories."""
from common import M

M("u", """hej er tillidsmand for 3f på genbrugspladsen. folk klager over at der ingen toiletvogn er. kan i sætte en op?? /Micki""")

M("", """hey hvornår åbner skøjtebanen på torvet?? 🙂""")

M("s", """Hej. Min kæreste Mads og jeg (jeg hedder Emil) flytter sammen på Vejleåparken 1. juni. Skal vi begge melde flytning eller kun mig? Mvh Emil""")

M("", """Hej, min kæreste og jeg flytter sammen 1. juni. Skal vi begge melde flytning? Mvh Kim""")

M("t", """hej jeg er halvt marokkaner og min datter blev kaldt "perker" af en pædagog i fritidsklubben. det er sgu ikke ok. Jamal""")

M("p", """Hej

Vi har budt på huset Gildbrovej 44 og sælger har givet os en frist til mandag. Vi vil lige høre om der er planlagt støjskærm mod motorvejen?

Mvh Cecilie og Nick""")

M("b", """Jeg er Jehovas vidne og vil ikke have at min datter skal have blodtransfusion hvis der sker noget på lejrskolen. Hvem skal jeg sige det til? Hilsen Ruth Olsen""")

M("", """hvad koster et nyt sygesikringskort hvis man har mistet det? ;( /Lea""")

M("hu", """Hej Hovedpostkassen

Jeg er medlem af FOA og sygemeldt med slidgigt i skulderen. Min leder på plejecentret siger at jeg skal til "omsorgssamtale" næste uge. Må jeg tage min fagforening med?

Mvh Ulla Bjerre""")

M("s", """hey, jeg er pan og non-binær og ville høre om der er kønsneutrale toiletter på Ishøj Gymnasium (ved godt det er regionens men måske ved I det). thx, Kai""")

M("", """Hej. Hvordan er reglerne for kønsneutrale toiletter på kommunens skoler? Mvh elevrådet""")

M("b", """Kære byrådsmedlem

Jeg er pacifist og har været det hele mit liv. Jeg synes ikke kommunen skal have reklamer for Forsvaret på busstoppestederne.

Venlig hilsen
Åse Lindbjerg""")

M("", """Kære byrådsmedlem. Må kommunen have reklamer for Forsvaret på busstoppestederne? Hvem bestemmer? Mvh Ove""")

M("t", """Goddag

Jeg er af tamilsk herkomst og min mor er 79. Hun vil gerne deltage i seniorklubben på Ishøj Bibliotek, men der er ingen der taler tamilsk. Kan man få en frivillig tolk?

Mvh Sivakumar Rajan""")

M("", """Hej, findes der seniorklubber i Ishøj for folk der ikke taler dansk? Hvilke sprog? Hilsen frivilligcentret""")

M("p", """hej skal sælge min lejlighed på Strandgårdsparken (ejer). køber har bedt om at se energimærket men det er udløbet. hvem laver det? nogen i kommunen? -Rasmus""")

M("u", """Til hovedpostkassen

Jeg er BUPL-medlem og ansat i Børnehuset Solsikken. Min leder siger at jeg ikke må bruge arbejdstid på at deltage i faglig klub. Er det korrekt?

Mvh Line Sandberg""")

M("s", """hej, er der nogen homo-venlige læger i Ishøj? jeg er bøsse og min gamle læge var vildt grænseoverskridende. /Tobias""")

M("", """hej, hvordan skifter man læge i Ishøj? tak /Tobias H""")

M("bt", """Hej

Jeg er ortodoks jøde og spiser kun koscher mad. Min søn skal på lejrskole med 6.b fra Ishøj Skole. Skolen siger de ikke kan tage hensyn. Hvem kan jeg tale med?

Venlig hilsen
Benjamin Stern""")

M("", """Til Kultur og Fritid. Hvornår er der jule-/hanukkah-arrangement på biblioteket? Mvh Judith""")

M("b", """Hej

Jeg har meldt mig ud af folkekirken og vil ikke betale kirkeskat. Den står stadig på min forskudsopgørelse. Kan kommunen rette det?

Mvh Peter Kjær""")

M("", """Hej. Hvordan melder man sig ud af folkekirken, er det kommunen eller kirkekontoret? /Jens""")

M("u", """Kære direktør

Vi er fire medarbejdere i IT-afdelingen, alle medlemmer af Prosa, og vi ønsker at vælge en tillidsrepræsentant. Hvordan gør vi det i Ishøj Kommune?

Mvh Kenneth, Liv, Jannik og Said""")

M("t", """Hej. Jeg er inuit fra Østgrønland og bor på Ishøjgårdsvej. Jeg savner kontakt med andre grønlændere i kommunen. Er der en forening? Mvh Aviaja""")

M("p", """Hej Byudvikling

Vores nabo i nr. 15 på Brushanevej har sat huset til salg, og ejendomsmægleren har sat et skilt op på vores fælles græsrabat. Må han det? Hilsen Lone, nr. 13""")

M("s", """Hej kommune

Jeg er mor til en dreng på 15 der lige er sprunget ud som homoseksuel. Han bliver mobbet på Gildbroskolen. Hvad gør skolen ved det?

Mvh Henriette""")

M("", """Hej. Har Gildbroskolen en antimobbestrategi? Kan jeg få den tilsendt? Tak, formand for skolebestyrelsen""")

M("u", """Hej, jeg er nyansat pædagogmedhjælper og er meldt ind i FOA. Lønsedlen trækker ikke kontingentet. Hvem kontakter jeg? /Sandra""")

M("b", """Kære borgmester

Som medlem af Radikale Venstre i Ishøj gennem 30 år vil jeg gerne takke for samarbejdet på tværs om den nye skolestruktur.

Venlig hilsen
Inge-Lise Holm""")

M("s", """Hej

Vi er to fædre med en datter på 2 og har søgt vuggestueplads. På ansøgningsskemaet skal man skrive "mor" og "far". Vi skrev begge som far, men systemet accepterede det ikke.

Mvh Christian og Frederik Lind""")

M("", """Hej Ishøj Kommune. Hvordan ansøger man om vuggestueplads og hvor lang er ventetiden i Ishøj Landsby? Mvh Nanna""")

M("t", """Hej

Jeg er dansker af pakistansk oprindelse og blev i Borgerservice spurgt om jeg "forstod dansk". Jeg er født på Hvidovre Hospital og har en kandidatgrad. Jeg ønsker en undskyldning.

Venlig hilsen
Zainab Qureshi""")
