"""Norwegian (Bokmål) demo texts: Sjøsiden videregående skole in Ålesund, its trips and stories."""

from __future__ import annotations

from desktop.demo.content import (
    ActionText,
    Content,
    MobilityText,
    ProjectText,
    ResultText,
    StoryText,
)

_SCHOOL = "Sjøsiden videregående skole"
_KRAKOW = "Liceum Ogólnokształcące nr 9 im. Wisławy Szymborskiej"

_ACCREDITED = ProjectText(
    action="KA121-SCH", months=24,
    title="Sjøsiden i Europa – vurdering for læring og gjennomføring",
    needs_analysis=(
        "Skolens kvalitetsmelding viser at for mange elever på yrkesfaglige utdanningsprogram "
        "ikke fullfører, og at elevene opplever lite underveisvurdering. Lærerne ønsker "
        "kompetanseheving i vurdering for læring, klasseledelse og tilpasset opplæring for "
        "minoritetsspråklige elever. Få elever har erfaring fra skole eller arbeidsliv i andre "
        "land, og nesten ingen av dem som har færre muligheter."),
    objectives=(
        "1. Alle faggrupper tar i bruk minst tre metoder for underveisvurdering som lærere har "
        "sett "
        "i praksis hos europeiske kolleger.\n"
        "2. Minst 40 elever, hvorav en firedel med færre muligheter, deltar i en mobilitet i "
        "akkrediteringsperioden.\n"
        "3. Skolen bygger varige relasjoner til skoler i minst fem land."),
    management_involvement=(
        "Rektor leder Erasmus-gruppen og følger opp prosjektet i ledermøtene. Spredningen er "
        "forankret i skolens utviklingsplan, og erfaringsdeling etter hver mobilitet står fast på "
        "planleggingsdagene."),
    partners=(
        ("Centro Europeo de Formación Docente", "ES", "Sevilla", "host"),
        ("Harjun lukio", "FI", "Jyväskylä", "host"),
        (_KRAKOW, "PL", "Kraków", "host"),
        ("Göta älv gymnasium", "SE", "Göteborg", "host"),
    ),
    results=(
        ResultText(
            title="Metodebanken – undervisningsopplegg fra mobilitetene", kind="tangible",
            description=(
                "En åpen samling undervisningsopplegg, exit tickets og vurderingsverktøy som "
                "lærerne har laget etter kurs og jobbskygging. Hvert opplegg er prøvd ut i minst "
                "to "
                "klasser og beskrevet slik at en kollega kan bruke det direkte."),
            open_licence="CC BY 4.0",
            message=(
                "Du trenger ikke reise selv for å bruke det vi har lært: her finner du ferdige "
                "opplegg som fungerer i en vanlig time."),
            sustainability=(
                "Metodebanken ligger på skolens nettside og på Erasmus+ Project Results Platform. "
                "Faggruppelederne legger inn nye opplegg hvert semester, også etter "
                "prosjektslutt."),
            indicator="Opplegg i metodebanken og kolleger som har brukt minst ett",
            indicator_target="30 opplegg; 25 kolleger",
            evaluation_notes=(
                "Spørreundersøkelse blant de ansatte i juni og besøksstatistikk for nettsiden. Så "
                "langt 19 opplegg og 14 kolleger."),
            groups=(
                ("own_staff", "primary",
                 "Faggruppelederne i norsk, engelsk, matematikk og programfagene"),
                ("other_schools", "secondary",
                 "De videregående skolene i Møre og Romsdal gjennom fylkets vurderingsnettverk"),
                ("teacher_education", "secondary", "Lærerutdanningen ved Høgskulen i Volda"),
            )),
        ResultText(
            title="Vurdering for læring i alle faggrupper", kind="intangible",
            description=(
                "Lærere som har vært på kurs og jobbskygging, har endret hvordan de gir "
                "tilbakemeldinger: tydelige læringsmål, hverandrevurdering og exit tickets brukes "
                "nå i de fleste fag."),
            message=(
                "Tilbakemeldinger underveis gjør at flere elever når målene – og det tar ikke mer "
                "tid når arbeidsmåtene først er på plass."),
            sustainability=(
                "Arbeidsmåtene er en del av skolens plan for kollektiv kompetanseutvikling; nye "
                "lærere får en innføring av en kollega som har deltatt i en mobilitet."),
            indicator="Andel elever som i Elevundersøkelsen svarer at de vet hvordan de kan bli "
                      "bedre",
            indicator_target="Fra 55 % til 75 %",
            evaluation_notes=(
                "Klasseromsobservasjon ved rektor og lærerspesialister to ganger i året; "
                "Elevundersøkelsen sammenlignes år for år. I fjor 64 %."),
            groups=(
                ("own_staff", "primary", "Alle lærere, gjennom faggruppene og teamlederne"),
                ("pupils", "primary", "Elevrådet"),
                ("school_leaders", "secondary", "Rektor og avdelingslederne"),
            )),
        ResultText(
            title="Elevenes selvtillit og interkulturelle kompetanse", kind="intangible",
            description=(
                "Elever som har vært på utveksling, forteller at de tør å snakke engelsk, klarer "
                "seg selv i nye omgivelser og forstår hvordan skole og arbeidsliv fungerer i andre "
                "land. De blir ambassadører for neste gruppe."),
            message="Erasmus+ er for alle elever – også for deg som aldri har reist utenlands.",
            sustainability=(
                "Tidligere deltakere blir faddere for neste gruppe og forteller om erfaringene "
                "sine på åpen dag og foreldremøter."),
            indicator="Søkere til utvekslingene og andelen søkere med færre muligheter",
            indicator_target="Flere søkere enn plasser; minst 25 % med færre muligheter",
            evaluation_notes="Samtaler med elevene før og etter reisen; søkertall.",
            groups=(
                ("pupils", "primary", "Elever på Vg1 og Vg2, gjennom kontaktlærerne"),
                ("parents", "secondary", "Foreldrekontaktene"),
                ("local_community", "secondary",
                 "Lokalavisa og bedriftene i Ålesund som tar imot lærlinger"),
            )),
    ),
)

_PARTNERSHIP = ProjectText(
    action="KA210-SCH", months=24,
    title="Havet som klasserom",
    needs_analysis=(
        "Ålesund lever av havet, men elevene kjenner lite til havmiljøet og næringene som har "
        "bygd byen. Lærerne i naturfag, geografi og programfagene vil jobbe mer tverrfaglig og "
        "ute, men mangler felles opplegg. Partnerskolene i Peniche og Húsavík har samme behov og "
        "utfyller oss: Peniche med fiskeri og marin forskning, Húsavík med hvalforskning."),
    objectives=(
        "Utvikle et felles undervisningsopplegg om havmiljø og marine næringer; la elever fra tre "
        "land samle inn og sammenligne data om plast i strandsonen; gjøre feltarbeid ved sjøen "
        "til en fast del av undervisningen i minst fire fag."),
    management_involvement=(
        "Rektorene ved de tre skolene møtes digitalt hvert semester. På Sjøsiden er prosjektet en "
        "del av skolens bærekraftsplan, og fylkeskommunens rådgiver for internasjonalisering "
        "sitter "
        "i referansegruppen."),
    partners=(
        (_SCHOOL, "NO", "Ålesund", "coordinator"),
        ("Escola Secundária do Mar", "PT", "Peniche", "partner"),
        ("Hafnarskólinn", "IS", "Húsavík", "partner"),
    ),
    results=(
        ResultText(
            title="Undervisningsopplegget «Havet som klasserom» på fire språk", kind="tangible",
            description=(
                "Ti feltøvelser med lærerveiledning, registreringsskjema og elevarbeider, på "
                "norsk, "
                "portugisisk, islandsk og engelsk. Alle øvelsene er prøvd ut i de tre landene."),
            open_licence="CC BY-SA 4.0",
            message=(
                "Havet begynner i fjæra nedenfor skolen: med enkle registreringer kan elevene "
                "sammenligne sin kyst med skoler i andre land."),
            sustainability=(
                "Opplegget publiseres på Project Results Platform og eTwinning og holdes oppdatert "
                "av naturfaglærerne ved partnerskolene; registreringene fortsetter hver høst."),
            indicator="Nedlastinger og skoler utenfor partnerskapet som bruker øvelsene",
            indicator_target="400 nedlastinger; 8 skoler",
            evaluation_notes="Nedlastingsstatistikk, spørreundersøkelse og tilbakemeldinger fra "
                             "lærerstudenter.",
            groups=(
                ("other_schools", "primary",
                 "Naturfaglærere i videregående skoler langs kysten, gjennom fagnettverkene"),
                ("pupils", "primary", "Elevene på naturbruk og studiespesialisering"),
                ("local_community", "secondary", "Fiskeri- og havbruksnæringen i Ålesund"),
            )),
        ResultText(
            title="Uteskole ved sjøen som arbeidsmåte", kind="intangible",
            description=(
                "Lærere i fire fag planlegger felles undervisning i fjæra og på kaia og bruker "
                "nærmiljøet som læremiddel."),
            message=(
                "Undervisning ute gir elevene sammenheng og bevegelse – og krever mindre "
                "planlegging enn man tror."),
            sustainability=(
                "Feltdager er lagt inn i årsplanen, og fylkeskommunen har lovet å beholde båthuset "
                "som uteklasserom."),
            indicator="Undervisningstimer ute per semester i de deltakende fagene",
            indicator_target="Minst 40",
            evaluation_notes="Lærernes logg og elevenes evaluering etter hver feltdag.",
            groups=(
                ("own_staff", "primary",
                 "Faggruppene i naturfag, geografi, kroppsøving og naturbruk"),
                ("school_owner", "secondary",
                 "Møre og Romsdal fylkeskommune, avdeling for videregående opplæring"),
                ("parents", "secondary", "Foreldrekontaktene"),
            )),
    ),
)

_MOBILITIES = (
    MobilityText(
        "ES", "Sevilla", "Centro Europeo de Formación Docente",
        "Kurs: klasseledelse og vurdering for læring", "plane",
        "Vi lærte å formulere læringsmål sammen med elevene, bruke exit tickets og "
        "hverandrevurdering og planlegge neste time ut fra hva elevene faktisk har vist. Kurset "
        "samlet lærere fra ni land, og vi fikk kontakter i Spania, Italia og Slovenia.",
        "Presentasjon for hele personalet på planleggingsdagen; verksted for faggruppen i engelsk; "
        "fem opplegg i metodebanken."),
    MobilityText(
        "FI", "Jyväskylä", "Harjun lukio",
        "Jobbskygging: tilbakemeldinger og studieplanlegging i finsk videregående", "plane",
        "Jeg fulgte tre lærere i fem dager. Finske lærere gir korte, hyppige tilbakemeldinger og "
        "lar elevene selv planlegge studiene sine i perioder. Elevtjenesten er midt i skolen og "
        "møter elevene tidlig.",
        "Fortalte om det på teammøtet og skrev i Erasmus-bloggen; to fag prøver nå "
        "periodeplanlegging."),
    MobilityText(
        "PL", "Kraków", _KRAKOW, "Forberedende besøk før langtidsutvekslingen", "plane",
        "Vi møtte rektor og kontaktlærere, så vertsfamilienes hjem og ble enige om studieplan, "
        "kontaktpersoner og hvordan elevene skal vurderes under oppholdet.",
        "Informasjonsmøte for elever som vil søke, og for foresatte."),
    MobilityText(
        "SE", "Göteborg", "Göta älv gymnasium",
        "Gruppeutveksling: bærekraftig byutvikling langs elva", "bus",
        "Elevene jobbet i blandede grupper med svenske elever, intervjuet innbyggere om hvordan "
        "byen har endret seg, og la fram på engelsk og svensk. Mange opplevde at nabospråket var "
        "lettere enn de trodde.",
        "Elevene holdt en presentasjon for Vg1 og stilte ut bilder på biblioteket; lærerne la "
        "opplegget i metodebanken."),
    MobilityText(
        "IE", "Dublin", "Liffey Education Centre",
        "Invitert ekspert: lesing og skriving i yrkesfagene", "plane",
        "Ciarán O'Brien holdt verksteder for tre faggrupper og besøkte timer. Modellen hans for "
        "språklig stillas – ordlister, setningsstartere og modelltekster – brukes nå i flere fag, "
        "særlig i klasser med mange minoritetsspråklige elever.",
        "Verkstedmateriellet ligger i metodebanken; lærerspesialistene følger opp i "
        "faggruppemøtene."),
    MobilityText(
        "PL", "Kraków", _KRAKOW, "Langtidsutveksling: to måneder i polsk videregående skole",
        "plane",
        "To elever studerte i to måneder i Kraków, bodde i vertsfamilier og fulgte undervisningen "
        "på engelsk og polsk. De har blitt selvstendige, lært grunnleggende polsk og fått venner "
        "de fortsatt har kontakt med.",
        "Elevene fortalte om utvekslingen på åpen dag og i en film som vises for nye søkere."),
    MobilityText(
        "DE", "Leipzig", "Berufsschulzentrum am Auenwald",
        "Undervisningsoppdrag: norsk arbeidsliv og lærlingordningen", "other_green",
        "Jeg underviste sju timer om norsk arbeidsliv og fagopplæring og så hvordan tyske "
        "yrkesskoler samarbeider tett med bedriftene. Måten de lar elevene løse oppdrag for ekte "
        "oppdragsgivere på, vil jeg prøve hjemme.",
        "Presentasjon i faggruppemøtet for programfagene; to klasser jobber nå med oppdrag fra "
        "lokale bedrifter.",
        "Kombinasjon av tog og elektrisk buss: Raumabanen og nattog via Oslo og Hamburg, siste "
        "etappe med elektrisk regionbuss."),
    MobilityText(
        "PT", "Lisboa", "Escola Superior de Educação do Tejo",
        "Vi tar imot en lærerstudent fra Lisboa i fire uker", "plane",
        "Inês Carvalho underviste i naturfag og engelsk under veiledning. Elevene fikk et "
        "portugisisk forbilde, og veilederne fikk nye ideer til utforskende arbeidsmåter i "
        "naturfag.",
        "Veilederne fortalte om erfaringene på personalmøtet."),
    MobilityText("IT", "Firenze", "Formazione Europa Firenze",
                 "Kurs: digitale verktøy i vurderingsarbeidet", "plane"),
    MobilityText(
        "FR", "Lyon", "Lycée des Pentes",
        "Kortere utveksling: to uker i fransk videregående skole", "plane",
        "Elevene fulgte undervisningen i en klasse på tilsvarende utdanningsprogram, jobbet med et "
        "prosjekt om byens elvebredder og bodde i vertsfamilier. De sier at de har blitt tryggere "
        "på å snakke fransk og engelsk og på å ta ansvar for egen læring.",
        "Elevene holdt en time for klassen sin om fransk skole og byutvikling."),
    MobilityText(
        "PT", "Peniche", "Escola Secundária do Mar",
        "Elevutveksling: fiskeri, bærekraft og plast i havet", "plane",
        "Elever fra tre land registrerte plast i strandsonen, sammenlignet dataene og la fram "
        "resultatene sammen. De lærte å bruke registreringsskjemaene og å forklare funnene sine "
        "på engelsk.",
        "Resultatene ble presentert for naturfagklassene og publisert på prosjektets nettside."),
    MobilityText(
        "IS", "Húsavík", "Hafnarskólinn",
        "Felles lærersamling: marint feltarbeid i Nord-Atlanteren", "plane",
        "Lærere fra de tre skolene planla feltøvelsene i undervisningsopplegget og prøvde dem ut "
        "i fjæra og på en forskningsbåt, med en innføring fra hvalforskere i Húsavík.",
        "Gjennomgang for faggruppene i naturfag og geografi; tre øvelser er allerede i bruk i "
        "naturfag på Vg1."),
    MobilityText("EE", "Tartu", "Tartu Emajõe Gümnaasium",
                 "Jobbskygging: inkludering og rådgivning", "plane"),
    MobilityText("IS", "Húsavík", "Hafnarskólinn",
                 "Elevutveksling: hval, turisme og klima i nord", "ferry"),
    MobilityText("SE", "Göteborg", "Göta älv gymnasium",
                 "Kortere utveksling: to uker i svensk videregående skole", "train"),
    MobilityText("IE", "Dublin", "Liffey Education Centre",
                 "Forberedende besøk før neste elevutveksling", "plane"),
)

_STORIES = (
    StoryText(
        "Exit tickets i Sevilla – og i Ålesund",
        ("Vi var to lærere fra Sjøsiden blant tjuefem kursdeltakere fra ni land. Den første "
         "morgenen skrev vi ned hva vi ønsket å lære, og kurslederen samlet inn lappene. Det var "
         "vår første exit ticket, selv om vi ikke visste det da.",
         "Gjennom uka prøvde vi hverandrevurdering, tydelige læringsmål og ulike måter å finne ut "
         "hva elevene faktisk har forstått. Mye var ikke nytt i teorien, men vi hadde aldri sett "
         "det brukt så konsekvent.",
         "Hjemme i Ålesund har vi lagt om timene våre i engelsk og norsk. Hver time slutter med et "
         "spørsmål elevene svarer på før de går, og neste time begynner med det de svarte. "
         "Elevene merker at vi lytter.",
         "Vi delte opplegget med kollegene på planleggingsdagen, og nå ligger det i metodebanken."),
        "Vi reiste for å lære nye metoder og kom hjem med en ny måte å tenke tilbakemelding på.",
        ("pedagogical_ideas", "networks", "international_competence"),
        (("street", "Kursdeltakerne ved elva i Sevilla"),
         ("classroom", "Verksted om hverandrevurdering på kurset"))),
    StoryText(
        "Fem dager i en finsk lukio",
        ("Jeg hadde lest mye om finsk skole, men aldri sett den. I Jyväskylä fulgte jeg tre lærere "
         "i samfunnsfag og historie i en hel uke.",
         "Det som slo meg, var roen. Timene var ikke spesielle, men elevene visste alltid hva de "
         "skulle gjøre og hvorfor. Tilbakemeldingene var korte og kom ofte, muntlig, i timen.",
         "Elevene planlegger studiene sine i perioder sammen med en studieveileder. Vi prøver nå "
         "noe lignende i to fag, og jeg har fortalt om det på teammøtet."),
        "Tilbakemeldingene var korte og kom ofte – det var hele hemmeligheten.",
        ("pedagogical_ideas", "subject_knowledge"),
        (("classroom", "Samfunnsfagtime ved Harjun lukio"),)),
    StoryText(
        "Forberedelser i Kraków",
        ("Før langtidsutvekslingen reiste rektor og jeg til Kraków for å møte skolen som skulle ta "
         "imot elevene våre. Vi ville se hvor de skulle bo, møte kontaktlærerne og bli enige om "
         "vurderingen.",
         "Skolen ligger en kort gåtur fra gamlebyen. Vi fikk være med på to timer og spise lunsj "
         "med elevene, som var nysgjerrige på Norge og på fjordene.",
         "Teksten er ikke ferdig: jeg vil legge til hva vi ble enige om når det gjelder forsikring "
         "og kontaktinformasjon."),
        "En god utveksling begynner med at man har møttes.",
        ("networks",),
        (("oldtown", "Torget i Kraków en tidlig morgen"),)),
    StoryText(
        "Vår uke i Göteborg",
        ("Vi var ni elever og to lærere som tok buss fra Ålesund til Göteborg. Turen tok en hel "
         "dag, men det var en del av opplevelsen: vi spilte kort, sang og så fjellene bli til "
         "skog.",
         "I Göteborg jobbet vi i grupper med svenske elever. Gruppen vår intervjuet folk langs "
         "elva om hvordan byen har forandret seg. Det var skummelt å spørre fremmede, men svensk "
         "var mye lettere enn vi trodde.",
         "Den siste dagen la vi fram for begge skolene. Jeg hadde aldri snakket foran så mange "
         "mennesker før, og det gikk bra.",
         "Nå har vi fortalt om turen for Vg1, og flere av dem vil søke neste år."),
        "Jeg hadde aldri snakket foran så mange mennesker før – og det gikk bra!",
        ("intercultural_skills", "language_skills", "self_confidence", "motivation"),
        (("harbour", "Gruppen vår ved havna i Göteborg"),
         ("street", "Intervjuer med innbyggere langs elva"),
         ("classroom", "Presentasjonen den siste dagen"))),
    StoryText(
        "Å lede en elevgruppe på tur",
        ("Å reise med ni elever i en uke er et stort ansvar, og forberedelsene begynte et halvt år "
         "før. Vi hadde foreldremøte, gikk gjennom forsikringer og samtykker og lot elevene selv "
         "planlegge deler av programmet.",
         "Det beste var å se elever som vanligvis ikke tar plass i klasserommet, vokse. En elev "
         "som nesten aldri sier noe i timene, ledet intervjuene i gruppen sin.",
         "Mitt råd til kolleger: la elevene ta ansvar, og sett av tid til hvile."),
        "Elevene som vanligvis ikke tar plass i klasserommet, var de som vokste mest.",
        ("motivation", "international_competence"),
        (("street", "Lærerne planlegger dagen i Göteborg"),)),
    StoryText(
        "Språket er nøkkelen – besøk fra Dublin",
        ("I fire dager hadde vi besøk av Ciarán O'Brien fra Dublin, som arbeider med lesing og "
         "skriving i yrkesfagene. Han holdt verksteder for tre faggrupper og besøkte timene våre.",
         "Budskapet hans var enkelt: alle lærere er språklærere. Med ordlister, setningsstartere "
         "og "
         "modelltekster kan elevene vise hva de kan i faget, også når norsken ikke strekker til.",
         "Etter besøket har vi samlet materiellet hans i metodebanken, og lærerspesialistene "
         "følger opp i faggruppemøtene."),
        "Alle lærere er språklærere – det var den viktigste lærdommen.",
        ("pedagogical_ideas", "language_skills"),
        (("classroom", "Verksted om språklig stillas"),
         ("classroom", "Ciarán O'Brien på klasseromsbesøk på Vg1"))),
    StoryText(
        "To måneder i Kraków",
        ("Vi var to elever fra Sjøsiden som bodde i Kraków i to måneder, i hver vår vertsfamilie. "
         "Den første uka forsto vi ingenting av polsken, men alle i klassen hjalp oss.",
         "Vi fulgte timene på engelsk og hadde polsk tre timer i uka. Vi besøkte Wawel, det "
         "jødiske kvarteret Kazimierz og minnestedet Auschwitz-Birkenau, som vi aldri kommer til "
         "å glemme.",
         "Det vanskeligste var å klare seg selv. Det beste var også å klare seg selv. Vi har "
         "fortsatt kontakt med klassekameratene i Kraków hver uke.",
         "Til deg som lurer på om du skal søke: gjør det!"),
        "Det vanskeligste var å klare seg selv. Det beste var også å klare seg selv.",
        ("self_confidence", "intercultural_skills", "language_skills"),
        (("oldtown", "Wawel i Kraków"),
         ("street", "Med klassekameratene i Kazimierz"),
         ("harbour", "Kveld ved Wisła"))),
    StoryText(
        "Å undervise i Leipzig – uten fly",
        ("Undervisningsoppdraget mitt var ved en yrkesskole i Leipzig. Jeg valgte å reise med tog "
         "og elektrisk buss i stedet for å fly, og brukte to dager på turen.",
         "På skolen underviste jeg sju timer om norsk arbeidsliv og lærlingordningen. De tyske "
         "elevene løser ofte oppdrag for ekte bedrifter, og lærerne samarbeider tett med "
         "arbeidslivet.",
         "Hjemme jobber to av klassene mine nå med oppdrag fra lokale bedrifter i Ålesund."),
        "Når elevene løser oppdrag for ekte oppdragsgivere, blir arbeidet bedre.",
        ("pedagogical_ideas", "networks"),
        (("street", "Ankomst til Leipzig etter to dager på tog og buss"),
         ("classroom", "Time om lærlingordningen i Leipzig"))),
    StoryText(
        "To uker i Lyon",
        ("Vi var to elever som fikk gå på skole i Lyon i to uker. Det første vi lærte, var at "
         "franske skoledager er lange – og at lunsjen er hellig.",
         "På skolen jobbet vi med et prosjekt om elvebreddene i byen. Vi sammenlignet Lyon med "
         "Ålesund og la fram forslagene våre for klassen.",
         "Vi har blitt modigere. Nå vet vi at vi klarer å begynne i en ny klasse i et nytt land."),
        "Nå vet vi at vi klarer å begynne i en ny klasse i et nytt land.",
        ("language_skills", "self_confidence", "intercultural_skills"),
        (("oldtown", "Gamlebyen i Lyon"),
         ("classroom", "Prosjektarbeid med de franske klassekameratene"))),
    StoryText(
        "Plast i fjæra i Peniche",
        ("Klassen vår reiste til Peniche i Portugal for å møte elevene i partnerskapet. Vi hadde "
         "med oss registreringer av plast fra fjæra i Ålesund.",
         "Sammen med portugisiske og islandske elever registrerte vi plast på stranda og "
         "sammenlignet funnene med våre egne. Det var spennende å se at samme metode fungerer "
         "overalt.",
         "Den siste dagen la vi fram resultatene på engelsk for alle tre skolene. Nå ligger de på "
         "prosjektets nettside."),
        "Samme metode i tre land – og plutselig ble havet noe vi kunne sammenligne.",
        ("subject_knowledge", "intercultural_skills", "motivation"),
        (("coast", "Registrering av plast på stranda i Peniche"),
         ("harbour", "Fiskehavna i Peniche"),
         ("classroom", "Resultatene legges fram for alle tre skolene"))),
    StoryText(
        "Feltarbeid ved Skjálfandi",
        ("Fire dager i Húsavík med lærere fra alle tre skolene. Vi prøvde feltøvelsene i fjæra og "
         "på en forskningsbåt ute i bukta.",
         "Vi justerte øvelsene slik at de fungerer både i nordisk vinterlys og i portugisisk sol.",
         "Utkast: bilder og sitater fra de islandske kollegene kommer."),
        "Å telle hval fra en gyngende båt lærer man fort.",
        ("subject_knowledge", "networks"),
        (("mountains", "Feltøvelse i fjæra utenfor Húsavík"),)),
)

_ACTIONS = (
    ActionText("Oppstart: Erasmus-planen på personalmøtet",
               "Rektor og Erasmus-gruppen la fram målene og hvordan alle kan bidra.",
               "erasmus/personalmote-oppstart"),
    ActionText("Erasmus+-plakat med EU-emblemet i vestibylen",
               "Plakaten viser målene våre og teksten «Delfinansiert av Den europeiske union».",
               "erasmus/plakat"),
    ActionText("Prosjektside på skolens nettside",
               "Med EU-emblem og finansieringstekst; oppdateres etter hver mobilitet.", "erasmus"),
    ActionText("Blogg fra kurset i Sevilla", "Daglige innlegg om hva vi lærte.",
               "erasmus/blogg/sevilla"),
    ActionText("Verksted: exit tickets og hverandrevurdering",
               "For faggruppene i norsk og engelsk.",
               "erasmus/verksted-vurdering"),
    ActionText("Foreldremøte før turen til Göteborg", "Program, forsikring og samtykke til bilder.",
               "erasmus/foreldremote-goteborg"),
    ActionText("Instagram-historier fra Göteborg",
               "Elevene hadde ansvar for kontoen i en uke; alle innlegg med EU-emblemet.",
               "erasmus/instagram-goteborg"),
    ActionText("Artikkel i lokalavisa om elevutvekslingen",
               "Pressemelding sendt; reportasjen viser bare elever med samtykke.",
               "presse/lokalavisa-goteborg"),
    ActionText("Regionalt seminar for de videregående skolene i Møre og Romsdal",
               "Om vurdering for læring og om hvordan man søker akkreditering.",
               "erasmus/seminar-fylket"),
    ActionText("Film: elevene forteller om Göteborg",
               "Filmet og klippet av elever på medier og kommunikasjon.", "erasmus/film-goteborg"),
    ActionText("Besøk fra hovedutvalget for utdanning i fylkeskommunen",
               "Politikerne så metodebanken og møtte elever som har reist.",
               "erasmus/politikerbesok"),
    ActionText("Artikkel i fagblad for lærere",
               "Om hvordan vi jobber med vurdering for læring etter mobilitetene.",
               "erasmus/artikkel-fagblad"),
    ActionText("eTwinning-prosjekt med skolen i Kraków", "Felles arbeid før langtidsutvekslingen.",
               "erasmus/etwinning-krakow"),
    ActionText("Fotoutstilling på skolebiblioteket",
               "Bilder og sitater fra reisene; bare personer med samtykke."),
    ActionText("Presentasjon i nettverket for akkrediterte skoler",
               "Digitalt nettverksmøte; vi delte spredningsplanen vår.", "erasmus/nettverk"),
    ActionText("Erasmus-hjørne på åpen dag",
               "Tidligere deltakere fortalte kommende elever og foresatte om reisene.",
               "erasmus/apen-dag"),
    ActionText("Metodebanken publisert på Project Results Platform", "", "erasmus/metodebanken"),
    ActionText("Oppfølging på personalmøtet: språklig stillas i alle fag",
               "Lærerspesialistene fulgte opp verkstedene fra besøket fra Dublin.",
               "erasmus/personalmote-sprak"),
    ActionText("Verksted for lærerstudenter ved Høgskulen i Volda",
               "Utsatt to ganger; ny dato mangler."),
    ActionText("Kronikk om internasjonalisering i videregående skole", "Avlyst: avisa takket nei."),
    ActionText("Erasmus-dag for skolene i fylket",
               "Sammen med fylkeskommunens rådgiver for internasjonalisering."),
    ActionText("Artikkel på European School Education Platform",
               "Metodebanken presenteres på engelsk."),
    ActionText("Felles prosjektnettside med EU-emblem",
               "Alle tre skolene publiserer data og bilder her.", "havet/nettside"),
    ActionText("Foreldremøte før elevutvekslingen til Peniche", "", "havet/foreldremote-peniche"),
    ActionText("Elevene viser registreringene sine for Vg1",
               "Utstilling og korte foredrag i kantina.", "havet/utstilling"),
    ActionText("Pressemelding: elever forsker på havet med skoler i Portugal og på Island",
               "Med finansieringsteksten og EU-emblemet.", "havet/pressemelding"),
    ActionText("Møte med fylkeskommunens rådgiver for bærekraft",
               "Vi vil at båthuset skal være uteklasserom også etter prosjektet."),
    ActionText("Undervisningsopplegget publiseres på Project Results Platform", ""),
    ActionText("Film om feltøvelsene",
               "Avlyst: erstattes av bildeserier i undervisningsopplegget."),
    ActionText("Studiebesøk fra en skole i Kristiansund som vil starte et partnerskap", ""),
)

CONTENT = Content(
    country="NO", language="nb", school=_SCHOOL, city="Ålesund", oid="E10345678",
    web="https://sjosiden-vgs.example", reference_office="NO01",
    names=(
        "Solveig Aasen", "Trond Eide", "Hilde Myklebust", "Geir Vik", "Marianne Brekke",
        "Øystein Haugland", "Randi Tveit", "Kjetil Aarseth", "Siri Hjelle", "Bjørn Sætre",
        "Anne Lise Ulstein", "Håkon Remøy",
        "Eli Rønneberg", "Arne Hovden", "Gunn Vatne", "Torill Sandvik",
        "Nora Hansen", "Jakob Johansen", "Emma Olsen", "Filip Larsen", "Ingrid Andersen",
        "Lukas Pedersen", "Sofie Nilsen", "Aksel Kristiansen", "Ella Jensen", "Magnus Karlsen",
        "Thea Johnsen", "Oliver Pettersen", "Maja Eriksen", "Emil Berg", "Leah Haugen",
        "Henrik Hagen", "Frida Johannessen", "Mathias Andreassen", "Amalie Jacobsen",
        "Sander Dahl", "Ida Jørgensen", "Tobias Halvorsen", "Vilde Lund", "Elias Solberg",
        "Hedda Moen", "Ali Hussein", "Selma Strand", "Isak Bakken", "Tiril Lie", "Yusuf Ahmed",
        "Ciarán O'Brien", "Inês Carvalho",
    ),
    notes={
        "t1": "Erasmus-koordinator; engelsk og norsk", "t2": "Engelsk", "t3": "Samfunnsfag",
        "t4": "Fremmedspråk", "t5": "Historie", "t6": "Medier og kommunikasjon",
        "t7": "Grunnleggende norsk", "t8": "Teknologi- og industrifag", "t9": "Matematikk",
        "t10": "Naturfag og biologi", "t11": "Geografi", "t12": "Kroppsøving",
        "s1": "Rektor", "s2": "Konsulent, økonomi", "s3": "Skolebibliotekar", "s4": "Rådgiver",
        "p17": "Fortrolig adresse: navn og bilde vises aldri.",
        "p9": "Foresatte har trukket tilbake samtykket.",
        "e1": "Invitert ekspert, Liffey Education Centre, Dublin",
        "e2": "Lærerstudent, Escola Superior de Educação do Tejo, Lisboa",
    },
    projects=(_ACCREDITED, _PARTNERSHIP),
    mobilities=_MOBILITIES,
    stories=_STORIES,
    actions=_ACTIONS,
)
