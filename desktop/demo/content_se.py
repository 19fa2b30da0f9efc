"""Swedish demo texts: Lövåsgymnasiet in Östersund, its projects, trips, people and stories."""

from __future__ import annotations

from desktop.demo.content import (
    ActionText,
    Content,
    MobilityText,
    ProjectText,
    ResultText,
    StoryText,
)

_SCHOOL = "Lövåsgymnasiet"

_ACCREDITED = ProjectText(
    action="KA121-SCH", months=24,
    title="Lövåsgymnasiet i Europa – bedömning, språk och inkludering",
    needs_analysis=(
        "Skolans kvalitetsarbete visar att eleverna får för lite återkoppling under kursens gång "
        "och att fler elever än tidigare inte fullföljer gymnasiet på yrkesprogrammen. Lärarna "
        "efterfrågar kompetensutveckling i formativ bedömning och i språkutvecklande arbetssätt, "
        "eftersom allt fler elever läser på sitt andra eller tredje språk. Få elever har "
        "erfarenhet "
        "av att studera eller resa utomlands, och nästan ingen av dem som har sämre "
        "förutsättningar."),
    objectives=(
        "1. Alla ämneslag använder minst tre formativa arbetssätt som lärare sett i praktiken hos "
        "europeiska kollegor.\n"
        "2. Minst 40 elever, varav en fjärdedel med sämre förutsättningar, deltar i en mobilitet "
        "under ackrediteringsperioden.\n"
        "3. Skolan bygger långsiktiga kontakter med skolor i minst fem länder."),
    management_involvement=(
        "Rektor sitter i Erasmusgruppen och följer upp projektet på varje ledningsgruppsmöte. "
        "Spridningen är inskriven i skolans systematiska kvalitetsarbete och i planen för "
        "kompetensutveckling; kollegialt lärande efter varje mobilitet är schemalagt på "
        "studiedagarna."),
    partners=(
        ("Centro de Formación del Profesorado Mediterráneo", "ES", "Valencia", "host"),
        ("Pyynikin lukio", "FI", "Tampere", "host"),
        ("Liceum Ogólnokształcące nr 9 im. Wisławy Szymborskiej", "PL", "Kraków", "host"),
        ("Liceo Porta Saragozza", "IT", "Bologna", "host"),
    ),
    results=(
        ResultText(
            title="Metodbanken – lektionsupplägg från våra mobiliteter", kind="tangible",
            description=(
                "En öppen samling lektionsupplägg, exit tickets och bedömningsstöd som lärarna "
                "tagit "
                "fram efter sina kurser och jobbskuggningar. Varje upplägg är prövat i minst två "
                "klasser och beskrivet så att en kollega kan använda det direkt."),
            open_licence="CC BY 4.0",
            message=(
                "Du behöver inte resa själv för att använda det vi lärt oss: här finns färdiga "
                "upplägg som fungerar på en vanlig lektion."),
            sustainability=(
                "Metodbanken ligger på skolans webbplats och på Erasmus+ Project Results Platform. "
                "Ämneslagsledarna lägger till nya upplägg varje termin, också när projektet är "
                "slut."),
            indicator="Upplägg i metodbanken och kollegor som använt minst ett",
            indicator_target="30 upplägg; 25 kollegor",
            evaluation_notes=(
                "Enkät till personalen i juni och besöksstatistik för webbsidan. Hittills 22 "
                "upplägg och 17 kollegor som använt dem."),
            groups=(
                ("own_staff", "primary",
                 "Ämneslagsledarna i svenska, engelska, matematik och samhällskunskap"),
                ("other_schools", "secondary",
                 "Gymnasieskolorna i Jämtlands län genom det regionala nätverket för "
                 "skolutveckling"),
                ("teacher_education", "secondary", "Ämneslärarutbildningen vid Mittuniversitetet"),
            )),
        ResultText(
            title="Formativ bedömning i alla ämneslag", kind="intangible",
            description=(
                "Lärare som jobbskuggat och gått kurs har ändrat hur de ger återkoppling: tydliga "
                "lärandemål, kamratrespons och exit tickets används nu i de flesta kurser."),
            message=(
                "Återkoppling under kursens gång gör att fler elever når målen – och det tar inte "
                "mer tid när arbetssätten väl är på plats."),
            sustainability=(
                "Arbetssätten ingår i skolans plan för kollegialt lärande; nya lärare får en "
                "introduktion av en kollega som deltagit i en mobilitet."),
            indicator="Andel elever som i skolenkäten svarar att de vet hur de ska bli bättre",
            indicator_target="Från 58 % till 75 %",
            evaluation_notes=(
                "Lektionsbesök av rektor och förstelärare två gånger per läsår; skolenkäten "
                "jämförs "
                "år för år. Förra året 66 %."),
            groups=(
                ("own_staff", "primary", "Alla lärare, genom arbetslagen och förstelärarna"),
                ("pupils", "primary", "Elevrådet och klassråden"),
                ("school_leaders", "secondary", "Rektor och de biträdande rektorerna"),
            )),
        ResultText(
            title="Elevernas självförtroende och interkulturella kompetens", kind="intangible",
            description=(
                "Elever som varit på utbyte berättar att de vågar tala engelska, klarar sig själva "
                "i "
                "en ny miljö och förstår hur skolan fungerar i andra länder. De blir ambassadörer "
                "för nästa grupp."),
            message="Erasmus+ är till för alla elever – också för dig som aldrig har rest "
                    "utomlands.",
            sustainability=(
                "Tidigare deltagare blir faddrar för nästa grupp och berättar om sina erfarenheter "
                "på öppet hus och föräldramöten."),
            indicator="Sökande till utbytena och andelen sökande med sämre förutsättningar",
            indicator_target="Fler sökande än platser; minst 25 % med sämre förutsättningar",
            evaluation_notes="Samtal med eleverna före och efter resan; ansökningsstatistik.",
            groups=(
                ("pupils", "primary", "Elever i årskurs 1 och 2, genom mentorerna"),
                ("parents", "secondary", "Föräldrarådet"),
                ("local_community", "secondary",
                 "Lokaltidningen och företagen i Östersund som tar emot praktikanter"),
            )),
    ),
)

_PARTNERSHIP = ProjectText(
    action="KA220-SCH", months=36,
    title="Klimatet i vår närmiljö – elever forskar över gränserna",
    needs_analysis=(
        "Eleverna möter klimatfrågan mest som en global abstraktion. Lärarna vill arbeta mer "
        "ämnesövergripande och utomhus men saknar gemensamma metoder. Partnerskolorna i Tromsø och "
        "Tartu har samma behov och kompletterar oss: Tromsø med arktisk fältforskning, Tartu med "
        "digitala verktyg för mätdata."),
    objectives=(
        "Ta fram en gemensam digital lärresurs med fältövningar om klimatet i närmiljön; låta "
        "elever från tre länder samla in och jämföra mätdata; göra utomhuspedagogik till ett "
        "naturligt arbetssätt i minst fyra ämnen."),
    management_involvement=(
        "Rektorerna på de tre skolorna möts digitalt varje termin. På Lövåsgymnasiet ingår "
        "projektet i skolans hållbarhetsplan, och kommunens miljöstrateg sitter i "
        "referensgruppen."),
    partners=(
        (_SCHOOL, "SE", "Östersund", "coordinator"),
        ("Ishavsbyen videregående skole", "NO", "Tromsø", "partner"),
        ("Tartu Emajõe Gümnaasium", "EE", "Tartu", "partner"),
    ),
    results=(
        ResultText(
            title="Lärresursen ”Klimat i närmiljön” på fyra språk", kind="tangible",
            description=(
                "Tolv fältövningar med lärarhandledning, mätprotokoll och elevexempel, på svenska, "
                "norska, estniska och engelska. Varje övning är prövad i alla tre länderna."),
            open_licence="CC BY-SA 4.0",
            message=(
                "Klimatfrågan börjar utanför skolans dörr: med enkla mätningar kan era elever "
                "jämföra sin närmiljö med skolor i andra länder."),
            sustainability=(
                "Resursen publiceras på Project Results Platform och eTwinning och hålls "
                "uppdaterad "
                "av partnerskolornas NO-lärare; mätningarna fortsätter varje höst."),
            indicator="Nedladdningar och skolor utanför partnerskapet som använder övningarna",
            indicator_target="500 nedladdningar; 10 skolor",
            evaluation_notes="Nedladdningsstatistik, enkät till användarna och återkoppling från "
                             "lärarstudenter.",
            groups=(
                ("other_schools", "primary",
                 "NO-lärare på gymnasieskolor i Sverige, Norge och Estland genom ämnesnätverken"),
                ("pupils", "primary", "Eleverna på naturvetenskapsprogrammet"),
                ("teacher_education", "secondary", "Ämneslärarutbildningen vid Mittuniversitetet"),
            )),
        ResultText(
            title="Utomhuspedagogik som arbetssätt", kind="intangible",
            description=(
                "Lärare i fyra ämnen planerar gemensamma lektioner utomhus och använder närmiljön "
                "som läromedel."),
            message=(
                "Lektioner utomhus ger eleverna sammanhang och rörelse – och kräver mindre "
                "planering än man tror."),
            sustainability=(
                "Utomhusdagar är inlagda i läsårsplaneringen, och kommunen har lovat att behålla "
                "skolans uteklassrum."),
            indicator="Lektioner utomhus per termin i de deltagande ämnena",
            indicator_target="Minst 40",
            evaluation_notes="Lärarnas loggbok och elevernas utvärdering efter varje fältdag.",
            groups=(
                ("own_staff", "primary",
                 "Ämneslagen i biologi, geografi, samhällskunskap och idrott och hälsa"),
                ("school_owner", "secondary", "Barn- och utbildningsnämnden i Östersunds kommun"),
                ("parents", "secondary", "Föräldrarådet"),
            )),
    ),
)

_MOBILITIES = (
    MobilityText(
        "ES", "Valencia", "Centro de Formación del Profesorado Mediterráneo",
        "Kurs: formativ bedömning och aktivt lärande", "plane",
        "Vi lärde oss formulera lärandemål tillsammans med eleverna, använda exit tickets och "
        "kamratrespons och planera nästa lektion utifrån vad eleverna faktiskt visat. Kursen hade "
        "lärare från åtta länder, vilket gav oss kontakter i Spanien, Portugal och Slovenien.",
        "Presentation på studiedagen i oktober för hela personalen; workshop för ämneslaget i "
        "engelska; fem upplägg i metodbanken."),
    MobilityText(
        "FI", "Tampere", "Pyynikin lukio",
        "Jobbskuggning: återkoppling och studieplanering i finsk gymnasieskola", "ferry",
        "Jag följde tre lärare i fem dagar. Finska lärare ger korta, täta återkopplingar och "
        "låter eleverna själva planera sina studier i perioder. Elevhälsan finns mitt i skolan och "
        "möter eleverna tidigt.",
        "Berättade på arbetslagsmötet och skrev i Erasmusbloggen; två kurser provar nu "
        "periodplanering."),
    MobilityText(
        "PL", "Kraków", "Liceum Ogólnokształcące nr 9 im. Wisławy Szymborskiej",
        "Förberedande besök inför långtidsutbytet", "plane",
        "Vi träffade rektor och mentorer, såg värdfamiljernas boende och kom överens om "
        "studieplan, kontaktpersoner och hur eleverna bedöms under vistelsen.",
        "Informationsmöte för sökande elever och deras vårdnadshavare."),
    MobilityText(
        "IT", "Bologna", "Liceo Porta Saragozza",
        "Gruppmobilitet: stadens historia och hållbar stadsplanering", "train",
        "Eleverna arbetade i blandade grupper med italienska elever, intervjuade invånare om hur "
        "staden har förändrats och redovisade på engelska. Många vågade för första gången tala "
        "engelska inför publik.",
        "Eleverna höll en presentation för årskurs 1 och ställde ut foton i biblioteket; lärarna "
        "lade upplägget i metodbanken."),
    MobilityText(
        "IE", "Cork", "Lee Valley Teacher Centre",
        "Inbjuden expert: språkutvecklande undervisning i alla ämnen", "plane",
        "Siobhán Murphy höll workshops för tre arbetslag och besökte lektioner. Hennes modell för "
        "språklig stöttning – ordlistor, meningsstartare och modelltexter – används nu i flera "
        "ämnen, särskilt i klasser med många nyanlända elever.",
        "Workshopmaterialet ligger i metodbanken; förstelärarna följer upp på ämneslagsmötena."),
    MobilityText(
        "PL", "Kraków", "Liceum Ogólnokształcące nr 9 im. Wisławy Szymborskiej",
        "Långtidsutbyte: två månader i polsk gymnasieskola", "train",
        "Två elever studerade i två månader i Kraków, bodde i värdfamiljer och följde "
        "undervisningen på engelska och polska. De har blivit självständiga, lärt sig grunderna i "
        "polska och fått vänner som de fortfarande håller kontakten med.",
        "Eleverna berättade om utbytet på öppet hus och i en film som visas för nya sökande."),
    MobilityText(
        "FI", "Mariehamn", "Sjökvarterets gymnasieskola",
        "Undervisningsuppdrag: svenska och samhällskunskap i skärgårdsmiljö", "other_green",
        "Jag undervisade sju lektioner och såg hur en liten skola samarbetar med sjöfarten och "
        "företagen på orten. Deras sätt att låta eleverna skriva för verkliga mottagare vill jag "
        "pröva hemma.",
        "Presentation på ämneslagsmötet i svenska; två klasser skriver nu insändare till "
        "lokaltidningen.",
        "Seglade med en ideell seglarförening från Grisslehamn över Ålands hav; resten av vägen "
        "med tåg och cykel."),
    MobilityText(
        "DE", "Leipzig", "Universität Leipzig, lärarutbildningen",
        "Vi tar emot en lärarstudent från Leipzig i fyra veckor", "train",
        "Lena Hoffmann undervisade i tyska och historia under handledning. Eleverna fick en "
        "tyskspråkig förebild, och handledarna fick nya idéer om källkritik i "
        "historieundervisningen.",
        "Handledarna berättade om erfarenheten på personalmötet."),
    MobilityText(
        "FR", "Lyon", "Formation Europe Lyon", "Kurs: digitala verktyg för bedömning", "plane"),
    MobilityText(
        "NL", "Utrecht", "Stedelijk Lyceum Oudwijk",
        "Kortare utbyte: två veckor i nederländsk gymnasieskola", "train",
        "Eleverna följde undervisningen i en klass på liknande program, arbetade med ett projekt "
        "om cykelstaden Utrecht och bodde i värdfamiljer. De säger att de blivit tryggare i att "
        "tala engelska och att ta ansvar för sina studier.",
        "Eleverna höll en lektion för sin klass om nederländsk skola och trafikplanering."),
    MobilityText(
        "EE", "Tartu", "Tartu Emajõe Gümnaasium",
        "Elevutbyte: vattenkvalitet i Emajõgi och Storsjön", "ferry",
        "Elever från tre länder mätte vattenkvalitet, jämförde sina data och redovisade "
        "tillsammans. De lärde sig använda mätutrustningen och förklara resultaten på engelska.",
        "Resultaten presenterades för NA-klasserna och publicerades på projektets webbplats."),
    MobilityText(
        "NO", "Tromsø", "Ishavsbyen videregående skole",
        "Fortbildning i partnerskapet: fältarbete i arktisk miljö", "car_shared",
        "Lärare från de tre skolorna planerade fältövningarna till lärresursen och provade dem i "
        "snö och mörker, med en introduktion av forskare i Tromsø.",
        "Genomgång för ämneslagen i biologi och geografi; tre övningar används redan i kursen "
        "naturkunskap 2."),
    MobilityText(
        "IS", "Reykjavík", "Fjölbrautaskólinn í Laugardal",
        "Jobbskuggning: inkludering och studievägledning", "plane"),
    MobilityText("NO", "Tromsø", "Ishavsbyen videregående skole",
                 "Elevutbyte: klimatet i Arktis", "bus"),
    MobilityText(
        "PL", "Kraków", "Liceum Ogólnokształcące nr 9 im. Wisławy Szymborskiej",
        "Kortare utbyte: historia och minnesplatser i Kraków", "train"),
    MobilityText("FR", "Lyon", "Lycée des Pentes",
                 "Förberedande besök inför nästa elevutbyte", "train"),
)

_STORIES = (
    StoryText(
        "Exit tickets i Valencia – och i Östersund",
        ("Vi var två lärare från Lövåsgymnasiet bland tjugofyra kursdeltagare från åtta länder. "
         "Första morgonen fick vi skriva ner vad vi ville lära oss, och kursledaren samlade in "
         "lapparna. Det var vår första exit ticket, fast vi inte visste det då.",
         "Under veckan prövade vi kamratrespons, tydliga lärandemål och olika sätt att ta reda på "
         "vad eleverna faktiskt har förstått. Det mesta var inte nytt i teorin, men vi hade aldrig "
         "sett det användas så konsekvent.",
         "Hemma i Östersund har vi gjort om våra lektioner i engelska och svenska. Varje lektion "
         "slutar med en fråga som eleverna svarar på innan de går, och nästa lektion börjar med "
         "det de svarade. Eleverna märker att vi lyssnar.",
         "Vi delade upplägget med kollegorna på studiedagen, och nu finns det i metodbanken."),
        "Vi åkte för att lära oss nya metoder och kom hem med ett nytt sätt att tänka på "
        "återkoppling.",
        ("pedagogical_ideas", "networks", "international_competence"),
        (("coast", "Kursdeltagarna vid havet i Valencia"),
         ("classroom", "Workshop om kamratrespons på kursen"))),
    StoryText(
        "Fem dagar i en finsk lukio",
        ("Jag hade läst mycket om finsk skola men aldrig sett den. I Tampere följde jag tre lärare "
         "i samhällskunskap och historia under en hel vecka.",
         "Det som slog mig var lugnet. Lektionerna var inte märkvärdiga, men eleverna visste "
         "alltid "
         "vad de skulle göra och varför. Återkopplingen var kort och kom ofta, muntligt, under "
         "lektionen.",
         "Eleverna planerar själva sina studier i perioder med hjälp av en studiehandledare. Vi "
         "provar nu något liknande i två kurser, och jag har berättat om det på arbetslagsmötet."),
        "Återkopplingen var kort och kom ofta – det var hela hemligheten.",
        ("pedagogical_ideas", "subject_knowledge"),
        (("classroom", "Lektion i samhällskunskap på Pyynikin lukio"),)),
    StoryText(
        "Förberedelser i Kraków",
        ("Inför långtidsutbytet åkte rektor och jag till Kraków för att träffa skolan som skulle "
         "ta emot våra elever. Vi ville se boendet, träffa mentorerna och komma överens om hur "
         "eleverna ska bedömas.",
         "Skolan ligger en kort promenad från gamla stan. Vi fick sitta med på två lektioner och "
         "äta lunch med eleverna, som var nyfikna på Sverige och på snön i Jämtland.",
         "Texten är inte färdig: jag vill lägga till vad vi kom överens om om försäkringar och "
         "kontaktvägar."),
        "Ett bra utbyte börjar med att man har träffats.",
        ("networks",),
        (("oldtown", "Torget i Kraków en tidig morgon"),)),
    StoryText(
        "Vår vecka i Bologna",
        ("Vi var nio elever och två lärare som åkte tåg hela vägen till Bologna. Resan tog nästan "
         "två dagar, men det var en del av äventyret: vi spelade kort, sov i liggvagn och såg "
         "Alperna från fönstret.",
         "I Bologna arbetade vi i grupper med italienska elever. Vår grupp intervjuade människor "
         "under arkaderna om hur staden har förändrats. Det var läskigt att fråga främlingar på "
         "engelska, men de flesta var jättesnälla.",
         "Sista dagen redovisade vi för båda skolorna. Jag hade aldrig pratat engelska inför så "
         "många människor förut, och det gick bra.",
         "Nu har vi berättat om resan för ettorna, och några av dem vill söka nästa år."),
        "Jag hade aldrig pratat engelska inför så många människor förut – och det gick bra!",
        ("intercultural_skills", "language_skills", "self_confidence", "motivation"),
        (("oldtown", "Vår grupp framför tornen i Bologna"),
         ("street", "Intervjuer med invånare i Bologna"),
         ("classroom", "Redovisningen på engelska sista dagen"))),
    StoryText(
        "Att leda en elevgrupp i Europa",
        ("Att resa med nio elever i en vecka är ett stort ansvar, och förberedelserna började ett "
         "halvår innan. Vi hade föräldramöte, gick igenom försäkringar och samtycken och lät "
         "eleverna själva planera en del av programmet.",
         "Det bästa var att se elever som inte brukar ta plats i klassrummet växa. En elev som "
         "nästan aldrig säger något på lektionerna ledde sin grupps intervjuer.",
         "Mitt råd till kollegor: låt eleverna ta ansvar, och planera in tid för vila."),
        "Eleverna som inte brukar ta plats i klassrummet var de som växte mest.",
        ("motivation", "international_competence"),
        (("street", "Lärarna planerar dagen i Bologna"),)),
    StoryText(
        "Språket är nyckeln – besök från Cork",
        ("Under fyra dagar hade vi besök av Siobhán Murphy från Cork, som arbetar med "
         "språkutvecklande undervisning. Hon höll workshops för tre arbetslag och besökte våra "
         "lektioner.",
         "Hennes budskap var enkelt: varje lärare är språklärare. Med ordlistor, meningsstartare "
         "och modelltexter kan eleverna visa vad de kan i ämnet, även när svenskan inte räcker "
         "till.",
         "Efter besöket har vi samlat hennes material i metodbanken, och förstelärarna följer upp "
         "på ämneslagsmötena."),
        "Varje lärare är språklärare – det var vår viktigaste lärdom.",
        ("pedagogical_ideas", "language_skills"),
        (("classroom", "Workshop om språklig stöttning"),
         ("classroom", "Siobhán Murphy på lektionsbesök i årskurs 1"))),
    StoryText(
        "Två månader i Kraków",
        ("Vi var två elever från Lövåsgymnasiet som bodde i Kraków i två månader, i var sin "
         "värdfamilj. Första veckan förstod vi ingenting av polskan, men alla i klassen hjälpte "
         "oss.",
         "Vi följde lektionerna på engelska och läste polska tre timmar i veckan. Vi var på Wawel, "
         "i judiska kvarteren i Kazimierz och på ett minnesbesök i Auschwitz-Birkenau, som vi "
         "aldrig kommer att glömma.",
         "Det svåraste var att klara sig själv. Det bästa var också att klara sig själv. Vi har "
         "fortfarande kontakt med våra klasskamrater i Kraków varje vecka.",
         "Till dig som funderar på att söka: gör det!"),
        "Det svåraste var att klara sig själv. Det bästa var också att klara sig själv.",
        ("self_confidence", "intercultural_skills", "language_skills"),
        (("oldtown", "Wawel i Kraków"),
         ("street", "Med klasskamraterna i Kazimierz"),
         ("harbour", "Kväll vid Wisła"))),
    StoryText(
        "Undervisa i Mariehamn – och segla dit",
        ("Mitt undervisningsuppdrag gick till en liten gymnasieskola i Mariehamn. Jag valde att "
         "segla över Ålands hav med en seglarförening i stället för att flyga, och resten av vägen "
         "tog jag tåg och cykel.",
         "På skolan undervisade jag sju lektioner i svenska och samhällskunskap. Eleverna skriver "
         "ofta för riktiga mottagare: insändare, brev till kommunen och texter till rederierna.",
         "Hemma har två av mina klasser nu skrivit insändare till lokaltidningen, och en av dem "
         "blev publicerad."),
        "När eleverna skriver för riktiga mottagare blir texterna bättre.",
        ("pedagogical_ideas", "networks"),
        (("harbour", "Ankomst till Mariehamn efter seglingen"),
         ("classroom", "Lektion i svenska i Mariehamn"))),
    StoryText(
        "Två veckor i cykelstaden Utrecht",
        ("Vi var två elever som fick gå i skolan i Utrecht i två veckor. Det första vi lärde oss "
         "var att cykla som nederländare – det är svårare än det låter.",
         "I skolan arbetade vi med ett projekt om trafikplanering. Vi jämförde Utrecht med "
         "Östersund och presenterade våra förslag för klassen.",
         "Vi har blivit modigare. Nu vet vi att vi klarar att gå in i en ny klass i ett nytt "
         "land."),
        "Nu vet vi att vi klarar att gå in i en ny klass i ett nytt land.",
        ("language_skills", "self_confidence", "intercultural_skills"),
        (("street", "Cykelparkeringen vid stationen i Utrecht"),
         ("classroom", "Projektarbete med våra nederländska klasskamrater"))),
    StoryText(
        "Vattenprover i Emajõgi",
        ("Vår klass åkte färja till Tallinn och buss vidare till Tartu för att träffa eleverna i "
         "partnerskapet. Vi hade med oss mätdata från Storsjön.",
         "Tillsammans med estniska och norska elever tog vi vattenprover i floden Emajõgi och "
         "jämförde dem med våra egna mätningar. Det var roligt att se att samma metod fungerar "
         "överallt.",
         "Sista dagen redovisade vi resultaten på engelska för alla tre skolorna. Nu ligger de på "
         "projektets webbplats."),
        "Samma mätmetod i tre länder – och plötsligt blev klimatet något vi kunde jämföra.",
        ("subject_knowledge", "intercultural_skills", "motivation"),
        (("forest", "Provtagning vid Emajõgi"),
         ("harbour", "På färjan mellan Stockholm och Tallinn"),
         ("classroom", "Resultaten redovisas för alla tre skolorna"))),
    StoryText(
        "Fältarbete i polarnatten",
        ("Fyra dagar i Tromsø mitt i mörkertiden, med lärare från alla tre skolorna. Vi samåkte "
         "över fjällen i två bilar.",
         "Vi provade fältövningarna till lärresursen i snö och mörker och justerade dem så att de "
         "fungerar också där det är ljust hela dagen.",
         "Utkast: bilder och citat från de norska kollegorna kommer."),
        "Att mäta snödjup i mörker lär man sig fort.",
        ("subject_knowledge", "networks"),
        (("mountains", "Fältövning i snön utanför Tromsø"),)),
)

_ACTIONS = (
    ActionText("Uppstart: Erasmusplanen på personalmötet",
               "Rektor och Erasmusgruppen presenterade målen och hur alla kan bidra.",
               "erasmus/personalmote-uppstart"),
    ActionText("Erasmus+-affisch med EU-emblemet i entrén",
               "Affischen visar våra mål och texten ”Medfinansieras av Europeiska unionen”.",
               "erasmus/affisch"),
    ActionText("Projektsida på skolans webbplats",
               "Med EU-emblem och finansieringstext; uppdateras efter varje mobilitet.", "erasmus"),
    ActionText("Blogg från kursen i Valencia", "Dagliga inlägg om vad vi lärde oss.",
               "erasmus/blogg/valencia"),
    ActionText("Workshop: exit tickets och kamratrespons",
               "För ämneslagen i svenska och engelska.", "erasmus/workshop-formativ-bedomning"),
    ActionText("Föräldramöte inför resan till Bologna",
               "Program, försäkringar och samtycke till foton.", "erasmus/foraldramote-bologna"),
    ActionText("Instagram-berättelser från Bologna",
               "Eleverna skötte kontot under veckan; alla inlägg med EU-emblemet.",
               "erasmus/instagram-bologna"),
    ActionText("Artikel i lokaltidningen om elevutbytet",
               "Pressmeddelande skickat; reportaget visar bara elever med samtycke.",
               "press/lokaltidningen-bologna"),
    ActionText("Regionalt seminarium för gymnasieskolorna i Jämtlands län",
               "Om formativ bedömning och om hur man söker ackreditering.",
               "erasmus/seminarium-lanet"),
    ActionText("Film: eleverna berättar om Bologna", "Filmad och klippt av elever på "
               "estetiska programmet.", "erasmus/film-bologna"),
    ActionText("Besök av barn- och utbildningsnämnden",
               "Nämnden såg metodbanken och träffade elever som rest.", "erasmus/namndbesok"),
    ActionText("Artikel i facktidning för lärare",
               "Om hur vi arbetar med formativ bedömning efter mobiliteterna.",
               "erasmus/artikel-facktidning"),
    ActionText("eTwinning-projekt med skolan i Kraków", "Gemensamt arbete inför långtidsutbytet.",
               "erasmus/etwinning-krakow"),
    ActionText("Fotoutställning i skolbiblioteket",
               "Bilder och citat från resorna; bara personer med samtycke."),
    ActionText("Presentation i nätverket för ackrediterade skolor",
               "Digitalt nätverksmöte; vi delade vår spridningsplan.", "erasmus/natverk"),
    ActionText("Erasmushörna på öppet hus",
               "Tidigare deltagare berättade för blivande elever och föräldrar.",
               "erasmus/oppet-hus"),
    ActionText("Metodbanken publicerad på Project Results Platform", "",
               "erasmus/metodbanken"),
    ActionText("Uppföljning på personalmötet: språkutvecklande undervisning",
               "Förstelärarna följde upp workshoparna från besöket från Cork.",
               "erasmus/personalmote-sprak"),
    ActionText("Workshop för lärarstudenter vid Mittuniversitetet",
               "Flyttad två gånger; nytt datum saknas."),
    ActionText("Debattartikel om internationalisering i gymnasieskolan",
               "Inställd: tidningen tackade nej."),
    ActionText("Erasmusdag för skolorna i länet",
               "Tillsammans med kommunens internationella samordnare."),
    ActionText("Artikel på European School Education Platform",
               "Metodbanken presenteras på engelska."),
    ActionText("Gemensam projektwebbplats med EU-emblem",
               "Alla tre skolorna publicerar mätdata och bilder här.", "klimat/webbplats"),
    ActionText("Föräldramöte inför elevutbytet i Tartu", "", "klimat/foraldramote-tartu"),
    ActionText("Eleverna visar sina mätningar för årskurs 1",
               "Utställning och korta föredrag i aulan.", "klimat/utstallning"),
    ActionText("Pressmeddelande: elever forskar om klimatet med skolor i Norge och Estland",
               "Med finansieringstexten och EU-emblemet.", "klimat/pressmeddelande"),
    ActionText("Möte med kommunens miljöstrateg",
               "Vi vill att uteklassrummet finns kvar efter projektet."),
    ActionText("Lärresursen publiceras på Project Results Platform", ""),
    ActionText("Film om fältövningarna", "Inställd: ersätts av bildserier i lärresursen."),
    ActionText("Studiebesök från en skola i Sundsvall som vill starta ett partnerskap", ""),
)

CONTENT = Content(
    country="SE", language="sv", school=_SCHOOL, city="Östersund", oid="E10234567",
    web="https://lovasgymnasiet.example", reference_office="SE01",
    names=(
        "Karin Lindqvist", "Johan Bergström", "Maria Nyström", "Erik Sandberg", "Sara Holm",
        "Anders Forsberg", "Lena Åkesson", "Mikael Ek", "Elin Strand", "Per Wallin",
        "Annika Sjöberg", "Fredrik Lund",
        "Ingrid Hägglund", "Björn Dahl", "Helena Ljung", "Jonas Öberg",
        "Alva Karlsson", "Elias Johansson", "Maja Andersson", "Omar Hassan", "Wilma Nilsson",
        "Noah Eriksson", "Ebba Larsson", "Liam Olsson", "Selma Persson", "Hugo Svensson",
        "Alice Gustafsson", "William Jonsson", "Saga Pettersson", "Lucas Berg", "Ella Lindberg",
        "Adam Mohammed", "Freja Axelsson", "Leo Jakobsson", "Agnes Hansson", "Isak Bengtsson",
        "Tilda Fredriksson", "Viktor Magnusson", "Nora Lindström", "Amir Ahmadi",
        "Stella Lundgren", "Oskar Mattsson", "Klara Falk", "Melvin Holmberg", "Astrid Sundberg",
        "Yasmin Ali",
        "Siobhán Murphy", "Lena Hoffmann",
    ),
    notes={
        "t1": "Erasmussamordnare; engelska och svenska", "t2": "Engelska", "t3": "Samhällskunskap",
        "t4": "Moderna språk", "t5": "Historia", "t6": "Bild", "t7": "Svenska som andraspråk",
        "t8": "Svenska", "t9": "Matematik", "t10": "Biologi", "t11": "Geografi",
        "t12": "Idrott och hälsa",
        "s1": "Rektor", "s2": "Skoladministratör", "s3": "Skolbibliotekarie",
        "s4": "Studie- och yrkesvägledare",
        "p17": "Skyddade personuppgifter: namn och bild visas aldrig.",
        "p9": "Vårdnadshavaren har återkallat samtycket.",
        "e1": "Inbjuden expert, Lee Valley Teacher Centre, Cork",
        "e2": "Lärarstudent, Universität Leipzig",
    },
    projects=(_ACCREDITED, _PARTNERSHIP),
    mobilities=_MOBILITIES,
    stories=_STORIES,
    actions=_ACTIONS,
)
