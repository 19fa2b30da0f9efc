<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../desktop/cli.py" line="286"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="21"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n teacher</numerusform>
            <numerusform>%n teachers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="22"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n other staff member</numerusform>
            <numerusform>%n other staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="23"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="27"/>
        <location filename="../desktop/i18n/counts.py" line="34"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="28"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n accompanying person</numerusform>
            <numerusform>%n accompanying persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="29"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n lead accompanying person</numerusform>
            <numerusform>%n lead accompanying persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobility</numerusform>
            <numerusform>%n mobilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="33"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>%n day abroad in all</numerusform>
            <numerusform>%n days abroad in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n dissemination action</numerusform>
            <numerusform>%n dissemination actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n still planned</numerusform>
            <numerusform>%n still planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n person reached</numerusform>
            <numerusform>%n people reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="15"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobility</numerusform>
            <numerusform>%n mobilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="16"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="17"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n dissemination action</numerusform>
            <numerusform>%n dissemination actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n participant link</numerusform>
            <numerusform>%n participant links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n photo tag</numerusform>
            <numerusform>%n photo tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n consent form</numerusform>
            <numerusform>%n consent forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n place on a trip</numerusform>
            <numerusform>%n places on trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n story authorship</numerusform>
            <numerusform>%n story authorships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="159"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n result has no target group.</numerusform>
            <numerusform>%n results have no target group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="163"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n trip done without a story.</numerusform>
            <numerusform>%n trips done without a story.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="168"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n planned dissemination action is overdue.</numerusform>
            <numerusform>%n planned dissemination actions are overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="172"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n dissemination action done without evidence.</numerusform>
            <numerusform>%n dissemination actions done without evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="178"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n person has withdrawn consent: check the take-down list.</numerusform>
            <numerusform>%n people have withdrawn consent: check the take-down list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="182"/>
        <source>%n consent(s) have expired or expire within 30 days.</source>
        <translation>
            <numerusform>%n consent has expired or expires within 30 days.</numerusform>
            <numerusform>%n consents have expired or expire within 30 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="267"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n page. Print it or save it as PDF.</numerusform>
            <numerusform>%n pages. Print them or save them as PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="320"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Showing only the record the warning is about (%n).</numerusform>
            <numerusform>Showing only the %n records the warning is about.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="193"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
