<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BackupsPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="32"/>
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="33"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="34"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="38"/>
        <source>%n record(s) were changed both here and in the archive&apos;s copy: this computer&apos;s version is kept, and the other waits for your choice under Import.</source>
        <translation>
            <numerusform>%n record was changed both here and in the archive&apos;s copy: this computer&apos;s version is kept, and the other waits for your choice under Import.</numerusform>
            <numerusform>%n records were changed both here and in the archive&apos;s copy: this computer&apos;s version is kept, and the others wait for your choice under Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="43"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>%n person erased in the archive&apos;s copy was erased here too.</numerusform>
            <numerusform>%n people erased in the archive&apos;s copy were erased here too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>%n backup(s) kept in %1, the newest from %2, the oldest from %3.</source>
        <translation>
            <numerusform>%n backup kept in %1, the newest from %2, the oldest from %3.</numerusform>
            <numerusform>%n backups kept in %1, the newest from %2, the oldest from %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="44"/>
        <source>%n person(s) erased since that backup was made were erased again.</source>
        <translation>
            <numerusform>%n person erased since that backup was made was erased again.</numerusform>
            <numerusform>%n people erased since that backup was made were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="48"/>
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform>
            <numerusform>%n records added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="49"/>
        <source>%n record(s) updated (changed in the archive&apos;s copy).</source>
        <translation>
            <numerusform>%n record updated (changed in the archive&apos;s copy).</numerusform>
            <numerusform>%n records updated (changed in the archive&apos;s copy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="50"/>
        <source>%n record(s) deleted (deleted in the archive&apos;s copy).</source>
        <translation>
            <numerusform>%n record deleted (deleted in the archive&apos;s copy).</numerusform>
            <numerusform>%n records deleted (deleted in the archive&apos;s copy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="51"/>
        <source>%n record(s) left out (deleted or erased here).</source>
        <translation>
            <numerusform>%n record left out (deleted or erased here).</numerusform>
            <numerusform>%n records left out (deleted or erased here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="52"/>
        <source>%n media file(s) added.</source>
        <translation>
            <numerusform>%n media file added.</numerusform>
            <numerusform>%n media files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="55"/>
        <source>%n record(s) changed in both copies: this computer&apos;s version is kept, the other waits in Settings → Import.</source>
        <translation>
            <numerusform>%n record changed in both copies: this computer&apos;s version is kept, the other waits in Settings → Import.</numerusform>
            <numerusform>%n records changed in both copies: this computer&apos;s versions are kept, the others wait in Settings → Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="58"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>%n person erased in the archive&apos;s copy was erased here too.</numerusform>
            <numerusform>%n people erased in the archive&apos;s copy were erased here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="62"/>
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n media file</numerusform>
            <numerusform>%n media files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli.py" line="300"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="92"/>
        <source>%1: wrote %n row(s) to %2</source>
        <translation>
            <numerusform>%1: wrote %n row to %2</numerusform>
            <numerusform>%1: wrote %n rows to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="191"/>
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n row was not imported:</numerusform>
            <numerusform>%n rows were not imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="95"/>
        <source>%n person(s) whose consent does not cover use inside the school are shown by role and initials only.</source>
        <translation>
            <numerusform>%n person whose consent does not cover use inside the school is shown by role and initials only.</numerusform>
            <numerusform>%n people whose consent does not cover use inside the school are shown by role and initials only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="178"/>
        <source>%1: imported %2 — %n row(s) added</source>
        <translation>
            <numerusform>%1: imported %2 — %n row added</numerusform>
            <numerusform>%1: imported %2 — %n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="184"/>
        <source>%n row(s) were already in Vidare and added nothing.</source>
        <translation>
            <numerusform>%n row was already in Vidare and added nothing.</numerusform>
            <numerusform>%n rows were already in Vidare and added nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/conflicts_panel.py" line="187"/>
        <source>%n record(s) wait for your choice.</source>
        <translation>
            <numerusform>%n record waits for your choice.</numerusform>
            <numerusform>%n records wait for your choice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message numerus="yes">
        <location filename="../desktop/ui/consent_badge.py" line="129"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="24"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n teacher</numerusform>
            <numerusform>%n teachers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="25"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n other staff member</numerusform>
            <numerusform>%n other staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="26"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="30"/>
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="31"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n accompanying person</numerusform>
            <numerusform>%n accompanying persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n lead accompanying person</numerusform>
            <numerusform>%n lead accompanying persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobility</numerusform>
            <numerusform>%n mobilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>%n day abroad in all</numerusform>
            <numerusform>%n days abroad in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n dissemination action</numerusform>
            <numerusform>%n dissemination actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n still planned</numerusform>
            <numerusform>%n still planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="46"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n person reached</numerusform>
            <numerusform>%n people reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="47"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="48"/>
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
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobility</numerusform>
            <numerusform>%n mobilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n dissemination action</numerusform>
            <numerusform>%n dissemination actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n participant link</numerusform>
            <numerusform>%n participant links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n photo tag</numerusform>
            <numerusform>%n photo tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n consent form</numerusform>
            <numerusform>%n consent forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="26"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="27"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n place on a trip</numerusform>
            <numerusform>%n places on trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="28"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n story authorship</numerusform>
            <numerusform>%n story authorships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="225"/>
        <source>%n visit(s) to the school (invited experts, hosted teachers) are listed with the mobilities but are not trips abroad.</source>
        <translation>
            <numerusform>%n visit to the school (invited experts, hosted teachers) is listed with the mobilities but is not a trip abroad.</numerusform>
            <numerusform>%n visits to the school (invited experts, hosted teachers) are listed with the mobilities but are not trips abroad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="364"/>
        <source>%1 of %n trip(s)</source>
        <translation>
            <numerusform>%1 of %n trip</numerusform>
            <numerusform>%1 of %n trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="381"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="417"/>
        <source>%n action(s) (%1): %2.</source>
        <translation>
            <numerusform>%n action (%1): %2.</numerusform>
            <numerusform>%n actions (%1): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="29"/>
        <source>Other (%n)</source>
        <translation>
            <numerusform>Other (%n)</numerusform>
            <numerusform>Other (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="161"/>
        <source>Besides the participants, %n accompanying person(s) went.</source>
        <translation>
            <numerusform>Besides the participants, %n accompanying person went.</numerusform>
            <numerusform>Besides the participants, %n accompanying persons went.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="173"/>
        <source>%n story(ies) written by participants</source>
        <translation>
            <numerusform>%n story written by participants</numerusform>
            <numerusform>%n stories written by participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="177"/>
        <source>The widest reach: %1, %n person(s) reached.</source>
        <translation>
            <numerusform>The widest reach: %1, %n person reached.</numerusform>
            <numerusform>The widest reach: %1, %n people reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message numerus="yes">
        <location filename="../desktop/ui/fields.py" line="39"/>
        <source>This text is too long to edit here (%n characters); it is kept as it is.</source>
        <translation>
            <numerusform>This text is too long to edit here (%n character); it is kept as it is.</numerusform>
            <numerusform>This text is too long to edit here (%n characters); it is kept as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message numerus="yes">
        <location filename="../desktop/ui/list_export.py" line="128"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="337"/>
        <source>%n record(s) changed in both copies wait for your choice in Settings, under Import.</source>
        <translation>
            <numerusform>%n record changed in both copies waits for your choice in Settings, under Import.</numerusform>
            <numerusform>%n records changed in both copies wait for your choice in Settings, under Import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityEditor</name>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/mobilities_page.py" line="180"/>
        <source>%n day(s) abroad; usual for this activity: %1–%2 days.</source>
        <translation>
            <numerusform>%n day abroad; usual for this activity: %1–%2 days.</numerusform>
            <numerusform>%n days abroad; usual for this activity: %1–%2 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="185"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n result has no target group.</numerusform>
            <numerusform>%n results have no target group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="189"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n trip done without a story.</numerusform>
            <numerusform>%n trips done without a story.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="194"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n planned dissemination action is overdue.</numerusform>
            <numerusform>%n planned dissemination actions are overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="198"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n dissemination action done without evidence.</numerusform>
            <numerusform>%n dissemination actions done without evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="204"/>
        <source>%n upcoming trip(s) have participants without consent.</source>
        <translation>
            <numerusform>%n upcoming trip has participants without consent.</numerusform>
            <numerusform>%n upcoming trips have participants without consent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="216"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n person has withdrawn consent: check the take-down list.</numerusform>
            <numerusform>%n people have withdrawn consent: check the take-down list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="220"/>
        <source>%n consent(s) have expired or expire within 30 days.</source>
        <translation>
            <numerusform>%n consent has expired or expires within 30 days.</numerusform>
            <numerusform>%n consents have expired or expire within 30 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="221"/>
        <source>%n trip(s) by green travel</source>
        <translation>
            <numerusform>%n trip by green travel</numerusform>
            <numerusform>%n trips by green travel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="199"/>
        <source>%1: %n trip(s)</source>
        <comment>an activity type and its number of trips</comment>
        <translation>
            <numerusform>%1: %n trip</numerusform>
            <numerusform>%1: %n trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="233"/>
        <source>%1: %n person(s)</source>
        <comment>a dissemination channel and the people it reached</comment>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="304"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n page. Print it or save it as PDF.</numerusform>
            <numerusform>%n pages. Print them or save them as PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="241"/>
        <source>%n consent record(s) with the scanned forms</source>
        <translation>
            <numerusform>%n consent record with the scanned forms</numerusform>
            <numerusform>%n consent records with the scanned forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="243"/>
        <source>%n photo(s) showing the person</source>
        <translation>
            <numerusform>%n photo showing the person</numerusform>
            <numerusform>%n photos showing the person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="244"/>
        <source>%n story(ies) only this person wrote</source>
        <translation>
            <numerusform>%n story only this person wrote</numerusform>
            <numerusform>%n stories only this person wrote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="206"/>
        <source>Backups that Vidare made before now still hold this person. They go one by one as new backups replace the old ones; the last of them about %n month(s) from now (%1), as long as Vidare goes on making backups.</source>
        <translation>
            <numerusform>Backups that Vidare made before now still hold this person. They go one by one as new backups replace the old ones; the last of them about %n month from now (%1), as long as Vidare goes on making backups.</numerusform>
            <numerusform>Backups that Vidare made before now still hold this person. They go one by one as new backups replace the old ones; the last of them about %n months from now (%1), as long as Vidare goes on making backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="247"/>
        <source>%n place(s) on trips stay, as an anonymous person, so that the figures stay right.</source>
        <translation>
            <numerusform>%n place on a trip stays, as an anonymous person, so that the figures stay right.</numerusform>
            <numerusform>%n places on trips stay, as an anonymous person, so that the figures stay right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="435"/>
        <source>%n row(s) added.</source>
        <translation>
            <numerusform>%n row added.</numerusform>
            <numerusform>%n rows added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="436"/>
        <source>%n row(s) were already in Vidare.</source>
        <translation>
            <numerusform>%n row was already in Vidare.</numerusform>
            <numerusform>%n rows were already in Vidare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="438"/>
        <source>%n person(s) put on the trip.</source>
        <translation>
            <numerusform>%n person put on the trip.</numerusform>
            <numerusform>%n people put on the trip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="337"/>
        <source>%n row(s) will be added.</source>
        <translation>
            <numerusform>%n row will be added.</numerusform>
            <numerusform>%n rows will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="338"/>
        <source>%n row(s) are already in Vidare and add nothing.</source>
        <translation>
            <numerusform>%n row is already in Vidare and adds nothing.</numerusform>
            <numerusform>%n rows are already in Vidare and add nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="340"/>
        <source>%n row(s) cannot be imported; they will be listed in a file to fix.</source>
        <translation>
            <numerusform>%n row cannot be imported; it will be listed in a file to fix.</numerusform>
            <numerusform>%n rows cannot be imported; they will be listed in a file to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="440"/>
        <source>%n row(s) were not imported. They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>
            <numerusform>%n row was not imported. It is listed, with what is wrong, in %1; fix it there and import that file.</numerusform>
            <numerusform>%n rows were not imported. They are listed, with what is wrong, in %1; fix them there and import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="140"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="145"/>
        <source>%n person(s) are shown by role and initials only, as their consent asks.</source>
        <translation>
            <numerusform>%n person is shown by role and initials only, as their consent asks.</numerusform>
            <numerusform>%n people are shown by role and initials only, as their consent asks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="547"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Showing only the record the warning is about (%n).</numerusform>
            <numerusform>Showing only the %n records the warning is about.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>%n draft(s) not saved yet</source>
        <translation>
            <numerusform>%n draft not saved yet</numerusform>
            <numerusform>%n drafts not saved yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <location filename="../desktop/domain/validation.py" line="196"/>
        <source>This trip lasts %n day(s), outside the usual %1–%2 days for this activity.</source>
        <translation>
            <numerusform>This trip lasts %n day, outside the usual %1–%2 days for this activity.</numerusform>
            <numerusform>This trip lasts %n days, outside the usual %1–%2 days for this activity.</numerusform>
        </translation>
    </message>
</context>
</TS>
