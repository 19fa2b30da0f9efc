"""Polish demo texts: LXI Liceum Ogólnokształcące im. Ireny Sendlerowej in Łódź, its stories."""

from __future__ import annotations

from desktop.demo.content import (
    ActionText,
    Content,
    MobilityText,
    ProjectText,
    ResultText,
    StoryText,
)

_SCHOOL = "LXI Liceum Ogólnokształcące im. Ireny Sendlerowej"
_GOTEBORG = "Göta älv gymnasium"

_ACCREDITED = ProjectText(
    action="KA121-SCH", months=24,
    title="Szkoła otwarta na Europę – ocenianie kształtujące i włączanie",
    needs_analysis=(
        "Z ewaluacji wewnętrznej wynika, że uczniowie otrzymują zbyt mało informacji zwrotnej w "
        "trakcie nauki, a nauczyciele rzadko stosują ocenianie kształtujące. Coraz więcej uczniów "
        "uczy się po polsku jako w drugim języku, a kadra chce lepiej wspierać ich na lekcjach "
        "wszystkich przedmiotów. Niewielu uczniów, zwłaszcza tych z mniejszymi szansami, miało "
        "okazję uczyć się lub podróżować za granicą."),
    objectives=(
        "1. Wszystkie zespoły przedmiotowe stosują co najmniej trzy metody oceniania "
        "kształtującego, które nauczyciele poznali u europejskich kolegów.\n"
        "2. Co najmniej 40 uczniów, w tym jedna czwarta z mniejszymi szansami, bierze udział w "
        "mobilności w okresie akredytacji.\n"
        "3. Szkoła nawiązuje trwałą współpracę ze szkołami w co najmniej pięciu krajach."),
    management_involvement=(
        "Dyrektor kieruje zespołem Erasmus+ i omawia postępy projektu na każdym posiedzeniu rady "
        "pedagogicznej. Upowszechnianie jest częścią planu doskonalenia zawodowego, a dzielenie "
        "się wiedzą po każdej mobilności odbywa się na szkoleniowych radach pedagogicznych."),
    partners=(
        ("Lee Valley Teacher Centre", "IE", "Cork", "host"),
        ("Töölön rantalukio", "FI", "Helsinki", "host"),
        (_GOTEBORG, "SE", "Göteborg", "host"),
        ("Gymnázium Špilberk", "CZ", "Brno", "host"),
    ),
    results=(
        ResultText(
            title="Bank metod – scenariusze lekcji z naszych mobilności", kind="tangible",
            description=(
                "Otwarty zbiór scenariuszy lekcji, kart wyjścia i narzędzi oceniania, które "
                "nauczyciele opracowali po kursach i job shadowingu. Każdy scenariusz sprawdzono w "
                "co najmniej dwóch klasach i opisano tak, by inny nauczyciel mógł od razu z niego "
                "skorzystać."),
            open_licence="CC BY 4.0",
            message=(
                "Nie musisz wyjeżdżać, żeby skorzystać z tego, czego się nauczyliśmy: tu "
                "znajdziesz "
                "gotowe scenariusze na zwykłą lekcję."),
            sustainability=(
                "Bank metod jest dostępny na stronie szkoły i na Erasmus+ Project Results "
                "Platform. "
                "Przewodniczący zespołów przedmiotowych uzupełniają go co semestr, także po "
                "zakończeniu projektu."),
            indicator="Scenariusze w banku metod i nauczyciele, którzy skorzystali z co najmniej "
                      "jednego",
            indicator_target="30 scenariuszy; 25 nauczycieli",
            evaluation_notes=(
                "Ankieta wśród nauczycieli w czerwcu i statystyki odwiedzin strony. Do tej pory 21 "
                "scenariuszy i 16 nauczycieli."),
            groups=(
                ("own_staff", "primary",
                 "Przewodniczący zespołów: humanistycznego, językowego, matematycznego i "
                 "przyrodniczego"),
                ("other_schools", "secondary",
                 "Licea w Łodzi poprzez sieć współpracy przy ośrodku doskonalenia nauczycieli"),
                ("teacher_education", "secondary",
                 "Wydział Nauk o Wychowaniu Uniwersytetu Łódzkiego"),
            )),
        ResultText(
            title="Ocenianie kształtujące we wszystkich zespołach przedmiotowych",
            kind="intangible",
            description=(
                "Nauczyciele po kursach i job shadowingu zmienili sposób udzielania informacji "
                "zwrotnej: jasne cele lekcji, ocena koleżeńska i karty wyjścia są dziś stosowane "
                "na "
                "większości przedmiotów."),
            message=(
                "Informacja zwrotna w trakcie nauki sprawia, że więcej uczniów osiąga cele – i nie "
                "zabiera więcej czasu, gdy metody wejdą w nawyk."),
            sustainability=(
                "Metody są częścią szkolnego planu doskonalenia; nowi nauczyciele poznają je od "
                "kolegi lub koleżanki, którzy uczestniczyli w mobilności."),
            indicator="Odsetek uczniów, którzy w ankiecie szkolnej wiedzą, jak mogą się poprawić",
            indicator_target="Z 52 % do 75 %",
            evaluation_notes=(
                "Obserwacje lekcji prowadzone przez dyrektora i liderów zespołów dwa razy w roku; "
                "porównanie wyników ankiety rok do roku. W zeszłym roku 63 %."),
            groups=(
                ("own_staff", "primary", "Wszyscy nauczyciele, poprzez zespoły przedmiotowe"),
                ("pupils", "primary", "Samorząd uczniowski"),
                ("school_leaders", "secondary", "Dyrektor i wicedyrektorzy"),
            )),
        ResultText(
            title="Pewność siebie i kompetencje międzykulturowe uczniów", kind="intangible",
            description=(
                "Uczniowie po wymianach mówią, że odważniej posługują się angielskim, radzą sobie "
                "w "
                "nowym otoczeniu i rozumieją, jak działa szkoła w innych krajach. Stają się "
                "ambasadorami programu dla kolejnej grupy."),
            message="Erasmus+ jest dla wszystkich uczniów – także dla tych, którzy nigdy nie byli "
                    "za granicą.",
            sustainability=(
                "Byli uczestnicy zostają opiekunami kolejnej grupy i opowiadają o swoich "
                "doświadczeniach podczas dni otwartych i zebrań z rodzicami."),
            indicator="Kandydaci na wyjazdy i odsetek kandydatów z mniejszymi szansami",
            indicator_target="Więcej chętnych niż miejsc; co najmniej 25 % z mniejszymi szansami",
            evaluation_notes="Rozmowy z uczniami przed wyjazdem i po powrocie; statystyki "
                             "rekrutacji.",
            groups=(
                ("pupils", "primary", "Uczniowie klas pierwszych i drugich, poprzez wychowawców"),
                ("parents", "secondary", "Rada rodziców"),
                ("local_community", "secondary",
                 "Lokalne media i łódzkie firmy przyjmujące praktykantów"),
            )),
    ),
)

_PARTNERSHIP = ProjectText(
    action="KA220-SCH", months=36,
    title="Ukryte rzeki – woda w mieście a zmiana klimatu",
    needs_analysis=(
        "Łódź zbudowano na kilkunastu rzekach, które dziś płyną ukryte w kanałach. Uczniowie "
        "niewiele wiedzą o wodzie w mieście i o skutkach zmiany klimatu – ulewach, suszy i "
        "upałach. Nauczyciele przyrody, geografii i WOS-u chcą pracować bardziej "
        "interdyscyplinarnie "
        "i w terenie. Partnerzy z Bolonii, Tromsø i Lizbony mają podobne potrzeby i wnoszą własne "
        "doświadczenia: Bolonia to także miasto ukrytych kanałów, Tromsø – badania polarne, "
        "Lizbona – ochrona wybrzeża."),
    objectives=(
        "Opracować wspólny zasób edukacyjny z ćwiczeniami terenowymi o wodzie w mieście; "
        "umożliwić uczniom z czterech krajów zbieranie i porównywanie danych pomiarowych; uczynić "
        "zajęcia w terenie stałym elementem nauczania co najmniej czterech przedmiotów."),
    management_involvement=(
        "Dyrektorzy czterech szkół spotykają się online raz w semestrze. W naszym liceum projekt "
        "wpisano do planu pracy szkoły, a przedstawiciel wydziału edukacji urzędu miasta "
        "uczestniczy w grupie sterującej."),
    partners=(
        ("Liceo Porta Saragozza", "IT", "Bologna", "coordinator"),
        (_SCHOOL, "PL", "Łódź", "partner"),
        ("Ishavsbyen videregående skole", "NO", "Tromsø", "partner"),
        ("Escola Secundária de Belém-Tejo", "PT", "Lisboa", "partner"),
    ),
    results=(
        ResultText(
            title="Zasób edukacyjny „Ukryte rzeki” w pięciu językach", kind="tangible",
            description=(
                "Dwanaście ćwiczeń terenowych z przewodnikiem dla nauczyciela, kartami pomiarów i "
                "przykładami prac uczniów, po polsku, włosku, norwesku, portugalsku i angielsku. "
                "Każde ćwiczenie sprawdzono we wszystkich czterech krajach."),
            open_licence="CC BY-SA 4.0",
            message=(
                "Zmiana klimatu zaczyna się za progiem szkoły: dzięki prostym pomiarom uczniowie "
                "mogą porównać swoje miasto z miastami w innych krajach."),
            sustainability=(
                "Zasób zostanie opublikowany na Project Results Platform i w eTwinning; "
                "aktualizują "
                "go nauczyciele przyrody ze szkół partnerskich, a pomiary powtarzamy każdej "
                "jesieni."),
            indicator="Pobrania i szkoły spoza partnerstwa, które korzystają z ćwiczeń",
            indicator_target="500 pobrań; 10 szkół",
            evaluation_notes="Statystyki pobrań, ankieta dla użytkowników i opinie studentów.",
            groups=(
                ("other_schools", "primary",
                 "Nauczyciele przyrody i geografii w liceach, poprzez sieci przedmiotowe"),
                ("pupils", "primary", "Uczniowie klas z rozszerzoną biologią i geografią"),
                ("teacher_education", "secondary", "Studenci geografii Uniwersytetu Łódzkiego"),
            )),
        ResultText(
            title="Lekcje w terenie jako stała metoda pracy", kind="intangible",
            description=(
                "Nauczyciele czterech przedmiotów wspólnie planują zajęcia w terenie i "
                "wykorzystują "
                "okolicę szkoły jako pomoc dydaktyczną."),
            message=(
                "Lekcje w terenie dają uczniom kontekst i ruch – i wymagają mniej przygotowań, niż "
                "się wydaje."),
            sustainability=(
                "Dni terenowe wpisano do kalendarza roku szkolnego, a miasto zobowiązało się "
                "utrzymać szkolny ogród deszczowy."),
            indicator="Lekcje w terenie w semestrze w przedmiotach objętych projektem",
            indicator_target="Co najmniej 40",
            evaluation_notes="Dziennik nauczycieli i ankieta uczniów po każdym dniu terenowym.",
            groups=(
                ("own_staff", "primary",
                 "Nauczyciele biologii, geografii, WOS-u i wychowania fizycznego"),
                ("school_owner", "secondary", "Wydział Edukacji Urzędu Miasta Łodzi"),
                ("parents", "secondary", "Rada rodziców"),
            )),
    ),
)

_MOBILITIES = (
    MobilityText(
        "IE", "Cork", "Lee Valley Teacher Centre", "Kurs: ocenianie kształtujące i nauczanie CLIL",
        "plane",
        "Nauczyliśmy się formułować cele lekcji razem z uczniami, stosować karty wyjścia i ocenę "
        "koleżeńską oraz planować kolejną lekcję na podstawie tego, co uczniowie naprawdę "
        "pokazali. "
        "W kursie uczestniczyli nauczyciele z ośmiu krajów, dzięki czemu mamy kontakty w "
        "Hiszpanii, Portugalii i Słowenii.",
        "Prezentacja na szkoleniowej radzie pedagogicznej; warsztaty dla zespołu językowego; pięć "
        "scenariuszy w banku metod."),
    MobilityText(
        "FI", "Helsinki", "Töölön rantalukio",
        "Job shadowing: informacja zwrotna i planowanie nauki w fińskim liceum", "plane",
        "Przez pięć dni obserwowałam pracę trzech nauczycieli. Fińscy nauczyciele udzielają "
        "krótkiej, częstej informacji zwrotnej, a uczniowie sami planują naukę w okresach. Pomoc "
        "psychologiczno-pedagogiczna jest w centrum szkoły i dociera do uczniów wcześnie.",
        "Opowiedziałam o tym na spotkaniu zespołu i napisałam wpis na blogu Erasmusa; dwa "
        "przedmioty testują teraz planowanie w okresach."),
    MobilityText(
        "SE", "Göteborg", _GOTEBORG,
        "Wizyta przygotowawcza przed długoterminową mobilnością uczniów", "plane",
        "Spotkaliśmy się z dyrektorem i wychowawcami, zobaczyliśmy domy rodzin goszczących i "
        "uzgodniliśmy program nauki, osoby kontaktowe oraz sposób oceniania uczniów podczas "
        "pobytu.",
        "Spotkanie informacyjne dla kandydatów i ich rodziców."),
    MobilityText(
        "CZ", "Brno", "Gymnázium Špilberk",
        "Wymiana grup uczniów: przemysłowe dziedzictwo Łodzi i Brna", "bus",
        "Uczniowie pracowali w mieszanych grupach z czeskimi rówieśnikami, rozmawiali z "
        "mieszkańcami o dawnych fabrykach włókienniczych i prezentowali wyniki po angielsku. Wielu "
        "z nich po raz pierwszy przemawiało po angielsku przed publicznością.",
        "Uczniowie przedstawili prezentację klasom pierwszym i przygotowali wystawę zdjęć w "
        "bibliotece; nauczyciele dodali scenariusz do banku metod."),
    MobilityText(
        "NO", "Tromsø", "Ishavsbyen videregående skole",
        "Zaproszona ekspertka: edukacja na świeżym powietrzu", "plane",
        "Ingrid Solheim poprowadziła warsztaty dla trzech zespołów przedmiotowych i zajęcia "
        "terenowe w parku na Zdrowiu. Pokazała, jak przez cały rok prowadzić na zewnątrz lekcje "
        "przyrody, matematyki i języków.",
        "Materiały z warsztatów są w banku metod; liderzy zespołów omawiają je na spotkaniach "
        "przedmiotowych."),
    MobilityText(
        "SE", "Göteborg", _GOTEBORG,
        "Długoterminowa mobilność uczniów: dwa miesiące w szwedzkim liceum", "ferry",
        "Dwie uczennice uczyły się przez dwa miesiące w Göteborgu, mieszkały u rodzin goszczących "
        "i uczestniczyły w lekcjach po angielsku i szwedzku. Stały się samodzielne, poznały "
        "podstawy szwedzkiego i zyskały przyjaciół, z którymi nadal są w kontakcie.",
        "Uczennice opowiedziały o wymianie podczas dnia otwartego i w filmie pokazywanym "
        "kandydatom."),
    MobilityText(
        "LT", "Vilnius", "Vilniaus Neries gimnazija",
        "Zadanie dydaktyczne: wspólne dziedzictwo Polski i Litwy", "other_green",
        "Poprowadziłem siedem lekcji historii i języka polskiego dla uczniów z polskiej "
        "mniejszości "
        "i ich litewskich kolegów. Zobaczyłem, jak szkoła uczy dwóch perspektyw na tę samą "
        "historię – chcę spróbować tego u nas.",
        "Prezentacja na spotkaniu zespołu humanistycznego; dwie klasy przygotowują wspólny projekt "
        "z uczniami z Wilna.",
        "Podróż łączona: pociągiem z Łodzi przez Warszawę do Wilna, na miejscu rowerem miejskim."),
    MobilityText(
        "FR", "Nantes", "INSPÉ de l'académie de Nantes",
        "Przyjmujemy studentkę kierunku nauczycielskiego z Nantes na cztery tygodnie", "train",
        "Camille Moreau prowadziła lekcje francuskiego i historii pod opieką mentorów. Uczniowie "
        "zyskali francuskojęzyczną rozmówczynię, a mentorzy nowe pomysły na pracę ze źródłami "
        "historycznymi.",
        "Mentorzy opowiedzieli o swoich doświadczeniach na radzie pedagogicznej."),
    MobilityText("ES", "Valencia", "Centro de Formación del Profesorado Mediterráneo",
                 "Kurs: narzędzia cyfrowe w ocenianiu", "plane"),
    MobilityText(
        "DE", "Berlin", "Gymnasium am Spreebogen",
        "Krótkoterminowa mobilność uczniów: dwa tygodnie w berlińskim liceum", "train",
        "Uczniowie uczestniczyli w lekcjach w klasie o podobnym profilu, pracowali nad projektem o "
        "transporcie w Berlinie i mieszkali u rodzin goszczących. Mówią, że pewniej posługują się "
        "niemieckim i angielskim i lepiej organizują własną naukę.",
        "Uczniowie poprowadzili dla swojej klasy lekcję o niemieckiej szkole i transporcie "
        "miejskim."),
    MobilityText(
        "IT", "Bologna", "Liceo Porta Saragozza",
        "Wymiana uczniów: ukryte kanały Bolonii i rzeki Łodzi", "plane",
        "Uczniowie z czterech krajów badali jakość wody w kanałach Bolonii, porównywali dane z "
        "pomiarami z Łodzi i wspólnie przedstawili wyniki. Nauczyli się obsługiwać sprzęt "
        "pomiarowy i wyjaśniać wyniki po angielsku.",
        "Wyniki przedstawiono klasom o profilu przyrodniczym i opublikowano na stronie projektu."),
    MobilityText(
        "PT", "Lisboa", "Escola Secundária de Belém-Tejo",
        "Szkolenie nauczycieli w partnerstwie: zajęcia terenowe nad Tagiem", "plane",
        "Nauczyciele z czterech szkół zaplanowali ćwiczenia terenowe do wspólnego zasobu i "
        "przetestowali je nad ujściem Tagu, z udziałem naukowców z Lizbony.",
        "Omówienie na spotkaniach zespołów biologii i geografii; trzy ćwiczenia są już "
        "wykorzystywane na lekcjach."),
    MobilityText("EE", "Tartu", "Tartu Emajõe Gümnaasium",
                 "Job shadowing: włączanie i doradztwo zawodowe", "bus"),
    MobilityText("NO", "Tromsø", "Ishavsbyen videregående skole",
                 "Wymiana uczniów: klimat w Arktyce", "plane"),
    MobilityText("SE", "Göteborg", _GOTEBORG,
                 "Krótkoterminowa mobilność uczniów: dwa tygodnie w Göteborgu", "ferry"),
    MobilityText("FR", "Nantes", "Lycée de l'Erdre",
                 "Wizyta przygotowawcza przed kolejną wymianą uczniów", "train"),
)

_STORIES = (
    StoryText(
        "Karty wyjścia w Cork – i w Łodzi",
        ("Byliśmy dwojgiem nauczycieli z naszego liceum wśród dwudziestu czterech uczestników "
         "kursu z ośmiu krajów. Pierwszego ranka zapisaliśmy na kartkach, czego chcemy się "
         "nauczyć, a prowadząca je zebrała. To była nasza pierwsza karta wyjścia, choć wtedy "
         "jeszcze o tym nie wiedzieliśmy.",
         "Przez cały tydzień ćwiczyliśmy ocenę koleżeńską, formułowanie celów lekcji i różne "
         "sposoby sprawdzania, co uczniowie naprawdę zrozumieli. W teorii wiele z tego znaliśmy, "
         "ale nigdy nie widzieliśmy, żeby stosowano to tak konsekwentnie.",
         "W Łodzi zmieniliśmy nasze lekcje angielskiego i polskiego. Każda lekcja kończy się "
         "pytaniem, na które uczniowie odpowiadają przed wyjściem, a następna zaczyna się od ich "
         "odpowiedzi. Uczniowie widzą, że ich słuchamy.",
         "Podzieliliśmy się tym na szkoleniowej radzie pedagogicznej, a scenariusz jest już w "
         "banku metod."),
        "Pojechaliśmy po nowe metody, a wróciliśmy z nowym sposobem myślenia o informacji "
        "zwrotnej.",
        ("pedagogical_ideas", "networks", "international_competence"),
        (("harbour", "Uczestnicy kursu nad rzeką Lee w Cork"),
         ("classroom", "Warsztaty z oceny koleżeńskiej"))),
    StoryText(
        "Pięć dni w fińskim liceum",
        ("Dużo czytałam o fińskiej szkole, ale nigdy jej nie widziałam. W Helsinkach przez cały "
         "tydzień obserwowałam lekcje trzech nauczycieli historii i wiedzy o społeczeństwie.",
         "Najbardziej uderzył mnie spokój. Lekcje nie były niezwykłe, ale uczniowie zawsze "
         "wiedzieli, co mają robić i po co. Informacja zwrotna była krótka, częsta i ustna, "
         "udzielana w trakcie lekcji.",
         "Uczniowie sami planują naukę w okresach, z pomocą opiekuna. Próbujemy teraz czegoś "
         "podobnego na dwóch przedmiotach; opowiedziałam o tym na spotkaniu zespołu."),
        "Informacja zwrotna była krótka i częsta – w tym tkwiła cała tajemnica.",
        ("pedagogical_ideas", "subject_knowledge"),
        (("classroom", "Lekcja wiedzy o społeczeństwie w Töölön rantalukio"),)),
    StoryText(
        "Przygotowania w Göteborgu",
        ("Przed długoterminową mobilnością pojechałem z panią dyrektor do Göteborga, żeby poznać "
         "szkołę, która miała przyjąć nasze uczennice. Chcieliśmy zobaczyć, gdzie będą mieszkać, "
         "poznać wychowawców i ustalić zasady oceniania.",
         "Szkoła leży niedaleko portu. Byliśmy na dwóch lekcjach i zjedliśmy obiad z uczniami, "
         "którzy bardzo chcieli wiedzieć, jak wygląda szkoła w Łodzi.",
         "Tekst nie jest gotowy: chcę jeszcze dopisać, co ustaliliśmy w sprawie ubezpieczenia i "
         "kontaktu z rodzicami."),
        "Dobra wymiana zaczyna się od osobistego spotkania.",
        ("networks",),
        (("harbour", "Port w Göteborgu wczesnym rankiem"),)),
    StoryText(
        "Nasz tydzień w Brnie",
        ("Pojechaliśmy autokarem do Brna: dziewięcioro uczniów i dwoje nauczycieli. Podróż trwała "
         "cały dzień, ale była częścią przygody – graliśmy w karty, śpiewaliśmy i oglądaliśmy "
         "zmieniający się krajobraz.",
         "W Brnie pracowaliśmy w grupach z czeskimi uczniami. Nasza grupa rozmawiała z "
         "mieszkańcami o dawnych fabrykach włókienniczych – Brno, tak jak Łódź, nazywano kiedyś "
         "Manchesterem. Zaczepianie nieznajomych po angielsku było stresujące, ale prawie wszyscy "
         "byli bardzo mili.",
         "Ostatniego dnia przedstawiliśmy wyniki obu szkołom. Nigdy wcześniej nie mówiłam po "
         "angielsku przed tyloma osobami – i poszło dobrze.",
         "Opowiedzieliśmy już o wyjeździe klasom pierwszym i kilka osób chce się zgłosić w "
         "przyszłym roku."),
        "Nigdy wcześniej nie mówiłam po angielsku przed tyloma osobami – i poszło dobrze!",
        ("intercultural_skills", "language_skills", "self_confidence", "motivation"),
        (("oldtown", "Nasza grupa na tle wież w Brnie"),
         ("street", "Rozmowy z mieszkańcami przy dawnej fabryce"),
         ("classroom", "Prezentacja po angielsku ostatniego dnia"))),
    StoryText(
        "Z grupą uczniów w podróży",
        ("Wyjazd z dziewięciorgiem uczniów na tydzień to duża odpowiedzialność, a przygotowania "
         "zaczęliśmy pół roku wcześniej. Odbyło się zebranie z rodzicami, sprawdziliśmy "
         "ubezpieczenia i zgody, a uczniowie sami zaplanowali część programu.",
         "Najpiękniejsze było patrzeć, jak rozwijają się uczniowie, którzy na lekcjach zwykle "
         "siedzą cicho. Jeden z nich poprowadził wszystkie wywiady swojej grupy.",
         "Moja rada dla koleżanek i kolegów: dajcie uczniom odpowiedzialność i zaplanujcie czas "
         "na odpoczynek."),
        "Najbardziej rozwinęli się ci uczniowie, którzy na lekcjach zwykle siedzą cicho.",
        ("motivation", "international_competence"),
        (("street", "Nauczyciele planują dzień w Brnie"),)),
    StoryText(
        "Lekcje pod chmurką – gość z Tromsø",
        ("Przez cztery dni gościliśmy Ingrid Solheim z Tromsø, która uczy w szkole za kołem "
         "podbiegunowym i prowadzi lekcje na zewnątrz przez cały rok, także w nocy polarnej.",
         "Poprowadziła warsztaty dla trzech zespołów i zajęcia w parku na Zdrowiu. Jej przesłanie "
         "było proste: nie ma złej pogody, jest tylko złe ubranie – i źle zaplanowana lekcja.",
         "Po wizycie zebraliśmy jej materiały w banku metod, a liderzy zespołów omawiają je na "
         "spotkaniach przedmiotowych."),
        "Nie ma złej pogody na lekcję w terenie – jest tylko źle zaplanowana lekcja.",
        ("pedagogical_ideas", "subject_knowledge"),
        (("forest", "Zajęcia terenowe w parku na Zdrowiu"),
         ("classroom", "Ingrid Solheim podczas warsztatów dla nauczycieli"))),
    StoryText(
        "Dwa miesiące w Göteborgu",
        ("Byłyśmy dwiema uczennicami z Łodzi, które przez dwa miesiące mieszkały w Göteborgu, "
         "każda u innej rodziny goszczącej. Popłynęłyśmy promem z Gdyni do Karlskrony, a dalej "
         "pojechałyśmy pociągiem.",
         "Chodziłyśmy na lekcje po angielsku i trzy godziny tygodniowo uczyłyśmy się szwedzkiego. "
         "Najpierw nic nie rozumiałyśmy, ale cała klasa nam pomagała. Zwiedziłyśmy dzielnicę Haga, "
         "wyspy archipelagu i muzeum morskie.",
         "Najtrudniejsze było radzić sobie samej. Najlepsze – też radzić sobie samej. Nadal co "
         "tydzień piszemy z koleżankami i kolegami z Göteborga.",
         "Jeśli zastanawiasz się, czy się zgłosić: zgłoś się!"),
        "Najtrudniejsze było radzić sobie samej. Najlepsze – też radzić sobie samej.",
        ("self_confidence", "intercultural_skills", "language_skills"),
        (("harbour", "Port w Göteborgu"),
         ("street", "Z koleżankami i kolegami z klasy w dzielnicy Haga"),
         ("coast", "Wieczór na szkierach"))),
    StoryText(
        "Uczyć w Wilnie – bez samolotu",
        ("Moje zadanie dydaktyczne prowadziło do gimnazjum w Wilnie. Pojechałem pociągiem przez "
         "Warszawę, a po mieście poruszałem się rowerem miejskim.",
         "Poprowadziłem siedem lekcji historii i języka polskiego. Szkoła uczy dwóch perspektyw "
         "na wspólną historię Polski i Litwy, a uczniowie z obu grup naprawdę ze sobą rozmawiają.",
         "Po powrocie dwie moje klasy przygotowują wspólny projekt z uczniami z Wilna."),
        "Historia jest ciekawsza, kiedy słyszy się ją z dwóch stron.",
        ("pedagogical_ideas", "networks"),
        (("oldtown", "Stare Miasto w Wilnie"),
         ("classroom", "Lekcja historii w Wilnie"))),
    StoryText(
        "Dwa tygodnie w Berlinie",
        ("Przez dwa tygodnie chodziliśmy do szkoły w Berlinie. Pierwsza lekcja: w Berlinie "
         "wszyscy jeżdżą rowerami, nawet zimą.",
         "W szkole pracowaliśmy nad projektem o transporcie miejskim. Porównaliśmy Berlin z Łodzią "
         "i przedstawiliśmy klasie nasze propozycje.",
         "Jesteśmy odważniejsi. Teraz wiemy, że damy radę wejść do nowej klasy w nowym kraju."),
        "Teraz wiemy, że damy radę wejść do nowej klasy w nowym kraju.",
        ("language_skills", "self_confidence", "intercultural_skills"),
        (("street", "Rowery przed dworcem w Berlinie"),
         ("classroom", "Praca projektowa z niemieckimi kolegami"))),
    StoryText(
        "Ukryte kanały Bolonii",
        ("Nasza klasa poleciała do Bolonii na spotkanie uczniów z czterech szkół partnerskich. "
         "Zabraliśmy ze sobą wyniki pomiarów wody z łódzkich rzek.",
         "Razem z uczniami z Włoch, Norwegii i Portugalii pobieraliśmy próbki wody z kanałów, "
         "które – tak jak rzeki w Łodzi – płyną ukryte pod miastem. Okazało się, że ta sama "
         "metoda działa wszędzie.",
         "Ostatniego dnia przedstawiliśmy wyniki po angielsku wszystkim czterem szkołom. Teraz są "
         "na stronie projektu."),
        "Ta sama metoda w czterech krajach – i nagle klimat stał się czymś, co można porównać.",
        ("subject_knowledge", "intercultural_skills", "motivation"),
        (("oldtown", "Wieże Bolonii"),
         ("forest", "Pobieranie próbek wody"),
         ("classroom", "Wyniki przedstawione wszystkim czterem szkołom"))),
    StoryText(
        "Zajęcia terenowe nad Tagiem",
        ("Cztery dni w Lizbonie z nauczycielami ze wszystkich szkół partnerskich. Testowaliśmy "
         "ćwiczenia terenowe nad ujściem Tagu.",
         "Poprawiliśmy ćwiczenia tak, żeby działały zarówno w portugalskim słońcu, jak i w "
         "polarnej nocy w Tromsø.",
         "Szkic: zdjęcia i wypowiedzi kolegów z Portugalii dopiszę później."),
        "Pomiar pływów w słońcu to przyjemność – w deszczu też da się go zrobić.",
        ("subject_knowledge", "networks"),
        (("coast", "Ćwiczenia terenowe nad ujściem Tagu"),)),
)

_ACTIONS = (
    ActionText("Inauguracja: plan Erasmus+ na radzie pedagogicznej",
               "Dyrektor i zespół Erasmus+ przedstawili cele i to, jak każdy może się włączyć.",
               "erasmus/rada-inauguracja"),
    ActionText("Plakat Erasmus+ z flagą UE w holu szkoły",
               "Plakat przedstawia nasze cele i napis „Współfinansowane przez Unię Europejską”.",
               "erasmus/plakat"),
    ActionText("Zakładka projektu na stronie szkoły",
               "Z flagą UE i informacją o finansowaniu; aktualizowana po każdej mobilności.",
               "erasmus"),
    ActionText("Blog z kursu w Cork", "Codzienne wpisy o tym, czego się nauczyliśmy.",
               "erasmus/blog/cork"),
    ActionText("Warsztaty: karty wyjścia i ocena koleżeńska",
               "Dla zespołów humanistycznego i językowego.", "erasmus/warsztaty-ok"),
    ActionText("Zebranie z rodzicami przed wyjazdem do Brna",
               "Program, ubezpieczenie i zgody na publikację zdjęć.", "erasmus/zebranie-brno"),
    ActionText("Relacje na Instagramie z Brna",
               "Uczniowie prowadzili konto przez tydzień; każdy wpis z flagą UE.",
               "erasmus/instagram-brno"),
    ActionText("Artykuł w lokalnej gazecie o wymianie uczniów",
               "Wysłaliśmy informację prasową; w reportażu tylko uczniowie, którzy wyrazili zgodę.",
               "prasa/gazeta-brno"),
    ActionText("Konferencja regionalna dla liceów województwa łódzkiego",
               "O ocenianiu kształtującym i o tym, jak ubiegać się o akredytację.",
               "erasmus/konferencja-region"),
    ActionText("Film: uczniowie opowiadają o Brnie",
               "Nakręcony i zmontowany przez szkolne koło filmowe.", "erasmus/film-brno"),
    ActionText("Wizyta radnych z komisji edukacji rady miejskiej",
               "Radni obejrzeli bank metod i spotkali się z uczniami po wyjazdach.",
               "erasmus/wizyta-radnych"),
    ActionText("Artykuł w czasopiśmie dla nauczycieli",
               "O tym, jak po mobilnościach pracujemy z ocenianiem kształtującym.",
               "erasmus/artykul-czasopismo"),
    ActionText("Projekt eTwinning ze szkołą w Göteborgu",
               "Wspólna praca przed długoterminową mobilnością.", "erasmus/etwinning-goteborg"),
    ActionText("Wystawa zdjęć w bibliotece szkolnej",
               "Zdjęcia i cytaty z wyjazdów; tylko osoby, które wyraziły zgodę."),
    ActionText("Prezentacja w sieci szkół z akredytacją Erasmusa",
               "Spotkanie online; podzieliliśmy się naszym planem upowszechniania.",
               "erasmus/siec"),
    ActionText("Kącik Erasmusa na dniu otwartym",
               "Byli uczestnicy opowiadali kandydatom i rodzicom o wyjazdach.",
               "erasmus/dzien-otwarty"),
    ActionText("Bank metod opublikowany na Project Results Platform", "", "erasmus/bank-metod"),
    ActionText("Rada pedagogiczna: lekcje w terenie na każdym przedmiocie",
               "Liderzy zespołów podsumowali warsztaty gościa z Tromsø.",
               "erasmus/rada-lekcje-w-terenie"),
    ActionText("Warsztaty dla studentów Uniwersytetu Łódzkiego",
               "Dwukrotnie przełożone; brak nowego terminu."),
    ActionText("Artykuł publicystyczny o umiędzynarodowieniu szkół",
               "Odwołany: redakcja odmówiła publikacji."),
    ActionText("Dzień Erasmusa dla szkół z regionu",
               "Razem z koordynatorem współpracy międzynarodowej w urzędzie miasta."),
    ActionText("Artykuł na European School Education Platform",
               "Prezentacja banku metod po angielsku."),
    ActionText("Wspólna strona projektu z flagą UE",
               "Cztery szkoły publikują tu dane i zdjęcia.", "rzeki/strona"),
    ActionText("Zebranie z rodzicami przed wymianą w Bolonii", "", "rzeki/zebranie-bolonia"),
    ActionText("Uczniowie pokazują swoje pomiary klasom pierwszym",
               "Wystawa i krótkie wystąpienia w auli.", "rzeki/wystawa"),
    ActionText("Informacja prasowa: uczniowie badają wodę w mieście ze szkołami z Włoch, "
               "Norwegii i Portugalii", "Z informacją o współfinansowaniu i flagą UE.",
               "rzeki/informacja-prasowa"),
    ActionText("Spotkanie w wydziale edukacji w sprawie ogrodu deszczowego",
               "Chcemy, by szkolny ogród deszczowy działał także po zakończeniu projektu."),
    ActionText("Publikacja zasobu na Project Results Platform", ""),
    ActionText("Film o ćwiczeniach terenowych", "Odwołany: zastąpiony fotoreportażami w zasobie."),
    ActionText("Wizyta szkoły z Piotrkowa Trybunalskiego, która chce założyć partnerstwo", ""),
)

CONTENT = Content(
    country="PL", language="pl", school=_SCHOOL, city="Łódź", oid="E10456789",
    web="https://lo61-lodz.example", reference_office="PL01",
    names=(
        "Anna Kowalska", "Piotr Nowak", "Katarzyna Wiśniewska", "Tomasz Wójcik",
        "Magdalena Kamińska", "Paweł Lewandowski", "Agnieszka Zielińska", "Marcin Szymański",
        "Joanna Woźniak", "Krzysztof Dąbrowski", "Ewa Kozłowska", "Michał Jankowski",
        "Barbara Mazur", "Grzegorz Kwiatkowski", "Małgorzata Krawczyk", "Dorota Piotrowska",
        "Zuzanna Grabowska", "Jakub Nowakowski", "Julia Pawłowska", "Antoni Michalski",
        "Maja Król", "Szymon Wieczorek", "Lena Jabłońska", "Filip Wróbel", "Hanna Majewska",
        "Jan Olszewski", "Oliwia Stępień", "Kacper Malinowski", "Alicja Jaworska",
        "Franciszek Adamczyk", "Natalia Dudek", "Wojciech Nowicki", "Amelia Pawlak",
        "Mikołaj Górski", "Wiktoria Witkowska", "Igor Walczak", "Pola Sikora", "Aleksander Baran",
        "Gabriela Rutkowska", "Bartosz Michalak", "Nikola Szewczyk", "Oskar Ostrowski",
        "Laura Tomaszewska", "Dawid Pietrzak", "Emilia Marciniak", "Adrian Zalewski",
        "Ingrid Solheim", "Camille Moreau",
    ),
    notes={
        "t1": "Koordynatorka Erasmus+; język angielski i polski", "t2": "Język angielski",
        "t3": "Wiedza o społeczeństwie", "t4": "Język niemiecki", "t5": "Historia",
        "t6": "Plastyka i koło filmowe", "t7": "Biologia", "t8": "Historia i język polski",
        "t9": "Matematyka", "t10": "Geografia", "t11": "Chemia", "t12": "Wychowanie fizyczne",
        "s1": "Dyrektor szkoły", "s2": "Kierownik gospodarczy", "s3": "Nauczycielka bibliotekarka",
        "s4": "Pedagog szkolny i doradca zawodowy",
        "p17": "Dane chronione: imię, nazwisko i wizerunek nigdy nie są publikowane.",
        "p9": "Rodzice wycofali zgodę.",
        "e1": "Zaproszona ekspertka, Ishavsbyen videregående skole, Tromsø",
        "e2": "Studentka, INSPÉ de l'académie de Nantes",
    },
    projects=(_ACCREDITED, _PARTNERSHIP),
    mobilities=_MOBILITIES,
    stories=_STORIES,
    actions=_ACTIONS,
)
