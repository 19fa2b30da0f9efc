<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="84"/>
        <source>About Vidare</source>
        <translation>Om Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="77"/>
        <source>An offline record of a school&apos;s Erasmus+ mobilities, stories and dissemination, with posters and reports.</source>
        <translation>Ett register över skolans Erasmus+-mobiliteter, berättelser och spridning, med affischer och rapporter. Fungerar utan internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="79"/>
        <source>Your data stays on this computer. Vidare never connects to the internet.</source>
        <translation>Dina uppgifter stannar på den här datorn. Vidare ansluter aldrig till internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="76"/>
        <source>Vidare %1</source>
        <translation>Vidare %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="81"/>
        <source>Licence: EUPL-1.2. Qt %1, Python %2.</source>
        <translation>Licens: EUPL-1.2. Qt %1, Python %2.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="108"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="109"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="111"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="112"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="113"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="115"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="116"/>
        <source>Quality standard</source>
        <translation>Kvalitetsstandard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="118"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="121"/>
        <source>Planned for</source>
        <translation>Planerad till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="122"/>
        <source>Done on</source>
        <translation>Genomförd den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="123"/>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="125"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="126"/>
        <source>Evidence (link or file)</source>
        <translation>Dokumentation (länk eller fil)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="128"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="230"/>
        <source>New dissemination action</source>
        <translation>Ny spridningsaktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="181"/>
        <source>(no particular result)</source>
        <translation>(inget särskilt resultat)</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="36"/>
        <source>Action</source>
        <comment>a dissemination action (a talk, an article…), not the project&apos;s key action</comment>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="39"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="43"/>
        <source>Date</source>
        <comment>a dissemination action&apos;s date: the day it was done, else the day planned</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="46"/>
        <source>Reached</source>
        <translation>Nådda</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../desktop/ui/media.py" line="88"/>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="128"/>
        <source>Attach file…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="129"/>
        <source>A link, or attach a file</source>
        <translation>Ange en länk eller bifoga en fil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="120"/>
        <source>Copy link</source>
        <translation>Kopiera länk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="123"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="130"/>
        <source>No file attached</source>
        <translation>Ingen fil bifogad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="96"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunde inte kopieras: %1</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="42"/>
        <source>When Vidare started</source>
        <translation>När Vidare startade</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="43"/>
        <source>After the day&apos;s work</source>
        <translation>Efter dagens arbete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="44"/>
        <source>Backed up by hand</source>
        <translation>Manuell säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="45"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="46"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="49"/>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="50"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="98"/>
        <source>%1 projects, %2 trips, %3 people, %4 stories, %5 photos</source>
        <translation>projekt: %1, resor: %2, personer: %3, berättelser: %4, foton: %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="190"/>
        <source>Backed up and verified: %1.</source>
        <translation>Säkerhetskopierat och kontrollerat: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="243"/>
        <source>The archive was written to %1.</source>
        <translation>Arkivet sparades i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="296"/>
        <source>This backup holds another school&apos;s data.</source>
        <translation>Den här säkerhetskopian innehåller uppgifter från en annan skola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="297"/>
        <source>Restoring it replaces everything in Vidare now with that school&apos;s data. What is here now is backed up first.</source>
        <translation>Om du återställer den ersätts allt som finns i Vidare nu med den skolans uppgifter. Det som finns här nu säkerhetskopieras först.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="299"/>
        <source>Restore anyway</source>
        <translation>Återställ ändå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="301"/>
        <source>This archive holds another school&apos;s data.</source>
        <translation>Det här arkivet innehåller uppgifter från en annan skola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="302"/>
        <source>Importing it adds that school&apos;s projects, trips, people and stories to yours. Do it only if the two schools share their work on purpose.</source>
        <translation>Om du importerar det läggs den skolans projekt, resor, personer och berättelser till bland dina egna. Gör det bara om de två skolorna har kommit överens om att dela sitt arbete.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="305"/>
        <source>Import anyway</source>
        <translation>Importera ändå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="310"/>
        <source>Another school&apos;s data</source>
        <translation>Uppgifter från en annan skola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="342"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="343"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="344"/>
        <source>Export archive…</source>
        <translation>Exportera arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="345"/>
        <source>Import archive…</source>
        <translation>Importera arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <location filename="../desktop/ui/backups_panel.py" line="201"/>
        <location filename="../desktop/ui/backups_panel.py" line="211"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="200"/>
        <source>What is in Vidare now is backed up first, so nothing is lost.</source>
        <translation>Det som finns i Vidare nu säkerhetskopieras först, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="215"/>
        <source>Nothing was restored.</source>
        <translation>Inget återställdes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="219"/>
        <source>Restored the backup of %1. What it replaced is kept in the backup of %2.</source>
        <translation>Säkerhetskopian från %1 är återställd. Det som ersattes finns kvar i säkerhetskopian från %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="223"/>
        <source>Restored the backup of %1.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="232"/>
        <location filename="../desktop/ui/backups_panel.py" line="240"/>
        <source>Export archive</source>
        <translation>Exportera arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <location filename="../desktop/ui/backups_panel.py" line="252"/>
        <source>Vidare archive (*.zip)</source>
        <translation>Vidare-arkiv (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="251"/>
        <location filename="../desktop/ui/backups_panel.py" line="261"/>
        <location filename="../desktop/ui/backups_panel.py" line="265"/>
        <source>Import archive</source>
        <translation>Importera arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="268"/>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="338"/>
        <source>Vidare backs up the database and its photos when it starts and after a day&apos;s work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1.</source>
        <translation>Vidare säkerhetskopierar databasen och dess foton när programmet startar och efter dagens arbete, och sparar kopior från de senaste 7 dagarna, 4 veckorna och 12 månaderna. Säkerhetskopiorna finns i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <source>Put back the data as it was on %1?</source>
        <translation>Vill du återställa uppgifterna som de var den %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="306"/>
        <source>In the file: %1</source>
        <translation>I filen: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="307"/>
        <source>Here in Vidare: %1</source>
        <translation>Här i Vidare: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="187"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="211"/>
        <source>Nothing was restored: %1</source>
        <translation>Inget återställdes: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="187"/>
        <source>No backup was made: %1</source>
        <translation>Ingen säkerhetskopia gjordes: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="240"/>
        <source>The archive was not written: %1</source>
        <translation>Arkivet kunde inte sparas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="32"/>
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n post tillagd</numerusform>
            <numerusform>%n poster tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="33"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="34"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_words.py" line="35"/>
        <source>Imported: %1. The data as it was before is kept in a backup.</source>
        <translation>Importerat: %1. Uppgifterna som de var före importen finns kvar i en säkerhetskopia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="38"/>
        <source>%n record(s) were changed both here and in the archive&apos;s copy: this computer&apos;s version is kept, and the other waits for your choice under Import.</source>
        <translation>
            <numerusform>%n post har ändrats både här och i arkivets kopia: den här datorns version behålls, och den andra väntar på ditt val under Import.</numerusform>
            <numerusform>%n poster har ändrats både här och i arkivets kopia: den här datorns versioner behålls, och de andra väntar på ditt val under Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="43"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>%n person som raderats i arkivets kopia har raderats här också.</numerusform>
            <numerusform>%n personer som raderats i arkivets kopia har raderats här också.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="48"/>
        <source>Group mobility of pupils</source>
        <translation>Gruppmobilitet för elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="51"/>
        <source>Short-term learning mobility of pupils</source>
        <translation>Kortvarig utbildningsmobilitet för elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="54"/>
        <source>Long-term learning mobility of pupils</source>
        <translation>Långvarig utbildningsmobilitet för elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="56"/>
        <source>Job shadowing</source>
        <translation>Jobbskuggning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="57"/>
        <source>Teaching assignment</source>
        <translation>Undervisningsuppdrag</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="58"/>
        <source>Course or training</source>
        <translation>Kurs eller fortbildning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="60"/>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="63"/>
        <source>Hosting teachers and educators in training</source>
        <translation>Mottagande av lärare och lärarstudenter</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="65"/>
        <source>Preparatory visit</source>
        <translation>Förberedande besök</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="72"/>
        <source>Teacher</source>
        <translation>Lärare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="73"/>
        <source>Other staff</source>
        <translation>Övrig personal</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="74"/>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="78"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="79"/>
        <source>Accompanying person</source>
        <translation>Medföljande person</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="80"/>
        <source>Lead accompanying person</source>
        <translation>Gruppledare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="84"/>
        <location filename="../desktop/domain/catalogues.py" line="173"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="85"/>
        <location filename="../desktop/domain/catalogues.py" line="174"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="86"/>
        <location filename="../desktop/domain/catalogues.py" line="175"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="90"/>
        <source>Not sent</source>
        <translation>Ej skickade</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="91"/>
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="92"/>
        <source>Submitted</source>
        <translation>Inlämnade</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="96"/>
        <source>Train</source>
        <translation>Tåg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="97"/>
        <source>Bus or coach</source>
        <translation>Buss</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="98"/>
        <source>Shared car</source>
        <translation>Samåkning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="99"/>
        <source>Bicycle or on foot</source>
        <translation>Cykel eller till fots</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="100"/>
        <source>Other sustainable means</source>
        <translation>Annat hållbart färdsätt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="102"/>
        <source>Ferry</source>
        <translation>Färja</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="103"/>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="104"/>
        <source>Plane</source>
        <translation>Flyg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="109"/>
        <source>Blog</source>
        <translation>Blogg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="110"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="111"/>
        <source>Local press</source>
        <translation>Lokalpress</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="112"/>
        <source>Specialist press or report</source>
        <translation>Facktidskrift eller rapport</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="113"/>
        <source>Seminar or meeting</source>
        <translation>Seminarium eller möte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="114"/>
        <source>Staff meeting</source>
        <translation>Personalmöte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="115"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="116"/>
        <source>Exhibition</source>
        <translation>Utställning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="117"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="118"/>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="119"/>
        <source>Open event</source>
        <translation>Öppet evenemang</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="120"/>
        <source>Parents&apos; meeting</source>
        <translation>Föräldramöte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="121"/>
        <source>Visit to or from another school or municipality</source>
        <translation>Besök till eller från en annan skola eller kommun</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="123"/>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="124"/>
        <source>Project Results Platform</source>
        <translation>Project Results Platform</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="125"/>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="126"/>
        <source>Poster in school</source>
        <translation>Affisch i skolan</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="127"/>
        <location filename="../desktop/domain/catalogues.py" line="142"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="131"/>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="132"/>
        <source>Parents and guardians</source>
        <translation>Föräldrar och vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="133"/>
        <source>Colleagues at our school</source>
        <translation>Kollegor på vår skola</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="134"/>
        <source>Teachers at other schools</source>
        <translation>Lärare på andra skolor</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="135"/>
        <source>School leaders</source>
        <translation>Skolledare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="136"/>
        <source>Municipality or school owner</source>
        <translation>Kommun eller huvudman</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="137"/>
        <source>Policy makers</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="138"/>
        <source>Local community</source>
        <translation>Lokalsamhället</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="139"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="140"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="141"/>
        <source>Teacher education</source>
        <translation>Lärarutbildningen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="146"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="147"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="151"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="152"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="153"/>
        <source>National</source>
        <translation>Nationell</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="154"/>
        <source>European</source>
        <translation>Europeisk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="158"/>
        <source>Sharing within the school</source>
        <translation>Spridning inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="160"/>
        <source>Sharing with other organisations and the public</source>
        <translation>Spridning till andra organisationer och allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="161"/>
        <source>Acknowledging EU funding</source>
        <translation>Synliggörande av EU-finansieringen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="165"/>
        <source>Spread knowledge</source>
        <translation>Sprida kunskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="166"/>
        <source>Widen the school&apos;s influence</source>
        <translation>Öka skolans inflytande</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="167"/>
        <source>Influence policy and practice</source>
        <translation>Påverka politik och praxis</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="168"/>
        <source>Build partnerships</source>
        <translation>Bygga partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="169"/>
        <source>Raise the school&apos;s profile</source>
        <translation>Stärka skolans profil</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="179"/>
        <source>New pedagogical ideas</source>
        <translation>Nya pedagogiska idéer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="180"/>
        <source>International competence</source>
        <translation>Internationell kompetens</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="181"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="182"/>
        <source>Subject knowledge</source>
        <translation>Ämneskunskaper</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="183"/>
        <source>Intercultural skills</source>
        <translation>Interkulturell kompetens</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="184"/>
        <source>Language skills</source>
        <translation>Språkkunskaper</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="185"/>
        <source>Professional networks</source>
        <translation>Yrkesnätverk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="186"/>
        <source>Self-confidence</source>
        <translation>Självförtroende</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="190"/>
        <source>Tangible</source>
        <translation>Materiellt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="191"/>
        <source>Intangible</source>
        <translation>Immateriellt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="195"/>
        <source>KA121-SCH Accredited mobility</source>
        <translation>KA121-SCH Ackrediterat projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="196"/>
        <source>KA122-SCH Short-term mobility project</source>
        <translation>KA122-SCH Korttidsprojekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="197"/>
        <source>KA210-SCH Small-scale partnership</source>
        <translation>KA210-SCH Småskaligt partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="198"/>
        <source>KA220-SCH Cooperation partnership</source>
        <translation>KA220-SCH Samarbetspartnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="199"/>
        <source>eTwinning project</source>
        <translation>eTwinning-projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="200"/>
        <source>Other project</source>
        <translation>Annat projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="204"/>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="205"/>
        <source>FERS on Erasmus+ rules (Poland)</source>
        <translation>FERS enligt Erasmus+-regler (Polen)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="206"/>
        <source>Other funding</source>
        <translation>Annan finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="210"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="211"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="212"/>
        <source>Host organisation</source>
        <translation>Värdorganisation</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="216"/>
        <source>The person</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="217"/>
        <source>A guardian</source>
        <translation>En vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="221"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="222"/>
        <source>First name only</source>
        <translation>Endast förnamn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="223"/>
        <source>No name</source>
        <translation>Inget namn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="227"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="228"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="233"/>
        <source>Print inside the school</source>
        <translation>Utskrifter inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="234"/>
        <source>Print for the public</source>
        <translation>Utskrifter för allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="235"/>
        <source>Online</source>
        <translation>På nätet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="238"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="239"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
</context>
<context>
    <name>CheckPeopleList</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="338"/>
        <source>Find a person…</source>
        <translation>Sök efter en person…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli.py" line="166"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="167"/>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="168"/>
        <source>REF</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="169"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="170"/>
        <source>BACKUP</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="171"/>
        <source>ARCHIVE</source>
        <translation>ARKIV</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="172"/>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="173"/>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="174"/>
        <source>AREA</source>
        <translation>OMRÅDE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="260"/>
        <source>Give the new database with %1.</source>
        <translation>Ange den nya databasen med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="263"/>
        <source>--scale must be a whole number from 1 to 10000.</source>
        <translation>--scale måste vara ett heltal från 1 till 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="270"/>
        <source>%1 is not empty; the demo school is only written into an empty database.</source>
        <translation>%1 är inte tom; demoskolan kan bara läggas in i en tom databas.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="274"/>
        <source>%1: demo school (%2) with %3</source>
        <translation>%1: demoskola (%2) med %3</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="292"/>
        <source>%1 was saved by a newer Vidare (data version %2); install the newer Vidare to use it.</source>
        <translation>%1 sparades av en nyare version av Vidare (dataversion %2); installera den nyare versionen för att använda den.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="303"/>
        <source>%1: healthy — %2 (data version %3)</source>
        <translation>%1: i gott skick — %2 (dataversion %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="17"/>
        <source>Planning poster</source>
        <translation>Planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="18"/>
        <source>Blank planning poster</source>
        <translation>Tom planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="19"/>
        <source>Stories poster</source>
        <translation>Berättelseaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="20"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="21"/>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="59"/>
        <source>--from must not be after --to.</source>
        <translation>--from får inte vara senare än --to.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="93"/>
        <source>Give the project with %1.</source>
        <translation>Ange projektet med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="118"/>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 är inget datum; skriv det som %2.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="126"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 är en mapp; ange namnet på PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="80"/>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="102"/>
        <source>More than one project&apos;s grant agreement number or title starts with &quot;%1&quot;: give more of it, or the whole number (%2).</source>
        <translation>Flera projekt har ett projektnummer eller en titel som börjar med ”%1”: skriv fler tecken eller hela projektnumret (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="106"/>
        <source>No project has the id %1, or a grant agreement number or title starting with it.</source>
        <translation>Inget projekt har id:t %1 eller ett projektnummer eller en titel som börjar med det.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="141"/>
        <source>%1 cannot be written.</source>
        <translation>Det går inte att skriva till %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="32"/>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>Säkerhetskopian kunde inte kontrolleras och sparades inte: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="31"/>
        <source>%1 is not a Vidare backup folder.</source>
        <translation>%1 är ingen mapp med säkerhetskopior från Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="20"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4); if it no longer runs there, take it over with “vidare unlock --db %1”.</source>
        <translation>%1 är redan öppen i Vidare någon annanstans (%2 på %3, sedan %4); om programmet inte längre körs där kan du ta över databasen med ”vidare unlock --db %1”.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="23"/>
        <source>%1 is open in a Vidare running right now (%2 on %3, since %4); close it there first.</source>
        <translation>%1 är öppen i Vidare just nu (%2 på %3, sedan %4); stäng den där först.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="26"/>
        <source>%1 holds the data of another school (%2), not of %3; to take it in anyway, add --other-school.</source>
        <translation>%1 innehåller uppgifter från en annan skola (%2), inte från %3; lägg till --other-school för att ta in dem ändå.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="29"/>
        <source>The folder %1 does not exist, so nothing was written.</source>
        <translation>Mappen %1 finns inte, så inget skrevs.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="34"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Säkerhetskopian är skadad och återställdes inte: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="37"/>
        <source>%1: backed up to %2 (%3) and checked against the database table by table: %4.</source>
        <translation>%1: säkerhetskopierad till %2 (%3) och kontrollerad mot databasen tabell för tabell: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>%n backup(s) kept in %1, the newest from %2, the oldest from %3.</source>
        <translation>
            <numerusform>%n säkerhetskopia sparad i %1, den nyaste från %2, den äldsta från %3.</numerusform>
            <numerusform>%n säkerhetskopior sparade i %1, den nyaste från %2, den äldsta från %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="41"/>
        <source>%1: restored the backup of %2: %3.</source>
        <translation>%1: säkerhetskopian från %2 är återställd: %3.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="42"/>
        <source>What it replaced is kept in the backup %1.</source>
        <translation>Det som ersattes finns kvar i säkerhetskopian %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="43"/>
        <source>The damaged database was kept as %1.</source>
        <translation>Den skadade databasen sparades som %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="44"/>
        <source>%n person(s) erased since that backup was made were erased again.</source>
        <translation>
            <numerusform>%n person som raderats sedan säkerhetskopian gjordes har raderats igen.</numerusform>
            <numerusform>%n personer som raderats sedan säkerhetskopian gjordes har raderats igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="46"/>
        <source>%1: exported to %2 (%3): %4.</source>
        <translation>%1: exporterad till %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="47"/>
        <source>%1: imported %2.</source>
        <translation>%1: %2 har importerats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="48"/>
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n post tillagd.</numerusform>
            <numerusform>%n poster tillagda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="49"/>
        <source>%n record(s) updated (changed in the archive&apos;s copy).</source>
        <translation>
            <numerusform>%n post uppdaterad (ändrad i arkivets kopia).</numerusform>
            <numerusform>%n poster uppdaterade (ändrade i arkivets kopia).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="50"/>
        <source>%n record(s) deleted (deleted in the archive&apos;s copy).</source>
        <translation>
            <numerusform>%n post borttagen (borttagen i arkivets kopia).</numerusform>
            <numerusform>%n poster borttagna (borttagna i arkivets kopia).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="51"/>
        <source>%n record(s) left out (deleted or erased here).</source>
        <translation>
            <numerusform>%n post utelämnad (borttagen eller raderad här).</numerusform>
            <numerusform>%n poster utelämnade (borttagna eller raderade här).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="52"/>
        <source>%n media file(s) added.</source>
        <translation>
            <numerusform>%n mediefil tillagd.</numerusform>
            <numerusform>%n mediefiler tillagda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="53"/>
        <source>Nothing in it was new to this database.</source>
        <translation>Inget i arkivet var nytt för den här databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="54"/>
        <source>It is the only backup kept in %1 so far.</source>
        <translation>Det är hittills den enda säkerhetskopian i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="55"/>
        <source>%n record(s) changed in both copies: this computer&apos;s version is kept, the other waits in Settings → Import.</source>
        <translation>
            <numerusform>%n post ändrad i båda kopiorna: den här datorns version behålls, den andra väntar under Inställningar → Import.</numerusform>
            <numerusform>%n poster ändrade i båda kopiorna: den här datorns versioner behålls, de andra väntar under Inställningar → Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="58"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>%n person som raderats i arkivets kopia har raderats här också.</numerusform>
            <numerusform>%n personer som raderats i arkivets kopia har raderats här också.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="60"/>
        <source>The data as it was before the import is kept in the backup %1.</source>
        <translation>Uppgifterna som de var före importen finns kvar i säkerhetskopian %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="62"/>
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n mediefil</numerusform>
            <numerusform>%n mediefiler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="63"/>
        <source>%1 was not locked.</source>
        <translation>%1 var inte låst.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="64"/>
        <source>%1 was locked by %2 on %3 (since %4); that lock is now removed.</source>
        <translation>%1 var låst av %2 på %3 (sedan %4); låset är nu borttaget.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="30"/>
        <source>%1 is a folder; give a file name for the archive.</source>
        <translation>%1 är en mapp; ange ett filnamn för arkivet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="35"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 importerades inte: %2</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="42"/>
        <source>the database file (default: the one in your user data folder)</source>
        <translation>databasfilen (standard: den i din användarmapp för Vidare)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="43"/>
        <source>the language for messages and documents (default: the system&apos;s)</source>
        <translation>språket för meddelanden och dokument (standard: systemets)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="44"/>
        <source>the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-000123456) or its first part, its id, or the first words of its title</source>
        <translation>projektet: projektnumret (t.ex. 2025-1-SE01-KA122-SCH-000123456) eller början av det, projektets id eller de första orden i titeln</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="46"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="47"/>
        <source>paper size (default: A3)</source>
        <translation>pappersstorlek (standard: A3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="48"/>
        <source>who will see it: public (the default for posters) or internal (the default for reports); a photo, story or name appears only where that person&apos;s consent covers that use today</source>
        <translation>vem som ska se den: public (allmänheten; standard för affischer) eller internal (inom skolan; standard för rapporter); ett foto, en berättelse eller ett namn visas bara där personens samtycke omfattar den användningen i dag</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="109"/>
        <source>%1, as %2 (default: %3)</source>
        <translation>%1, i formatet %2 (standard: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="87"/>
        <source>print a poster to a PDF file</source>
        <translation>skriv ut en affisch till en PDF-fil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="105"/>
        <source>print a report to a PDF file</source>
        <translation>skriv ut en rapport till en PDF-fil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="65"/>
        <source>Vidare: a school&apos;s Erasmus+ mobilities, stories and dissemination, offline. Without a command, the window opens.</source>
        <translation>Vidare: skolans Erasmus+-mobiliteter, berättelser och spridning, utan internet. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="69"/>
        <source>show Vidare&apos;s version and exit</source>
        <translation>visa vilken version av Vidare det är och avsluta</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="73"/>
        <source>open the demo school (created on first use)</source>
        <translation>öppna demoskolan (skapas första gången)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="75"/>
        <source>commands</source>
        <translation>kommandon</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="77"/>
        <source>create a demo school in an empty database</source>
        <translation>skapa en demoskola i en tom databas</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="78"/>
        <source>the new database file (required; it must be empty or not exist)</source>
        <translation>den nya databasfilen (krävs; den måste vara tom eller inte finnas)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="80"/>
        <source>the demo school&apos;s country: SE, NO or PL (default: the country of the language)</source>
        <translation>demoskolans land: SE, NO eller PL (standard: språkets land)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="83"/>
        <source>repeat the school&apos;s history N times, each copy a school year earlier, to try Vidare with a large database (1 to 10000; default 1)</source>
        <translation>upprepa skolans historik N gånger, där varje kopia ligger ett läsår tidigare, för att pröva Vidare med en stor databas (1 till 10000; standard 1)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="89"/>
        <source>posters</source>
        <translation>affischer</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="90"/>
        <source>the planning poster: each result&apos;s target groups, channels, timing and indicators</source>
        <translation>planeringsaffischen: varje resultats målgrupper, kanaler, tidpunkter och indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="93"/>
        <source>an empty poster with writing space, for a staff workshop (needs no database)</source>
        <translation>en tom affisch med skrivutrymme, för en workshop med personalen (behöver ingen databas)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="95"/>
        <source>the stories poster: figures, countries and participants&apos; stories</source>
        <translation>berättelseaffischen: siffror, länder och deltagarnas berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="107"/>
        <source>reports</source>
        <translation>rapporter</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="108"/>
        <source>the principal&apos;s summary of a period</source>
        <translation>sammanfattningen för rektor över en period</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="114"/>
        <source>the project report for the national agency&apos;s final report</source>
        <translation>projektrapporten inför slutrapporten till det nationella programkontoret</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="123"/>
        <source>check a database&apos;s health</source>
        <translation>kontrollera att en databas är i gott skick</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="124"/>
        <source>back up the database and its photos and files</source>
        <translation>säkerhetskopiera databasen med dess foton och filer</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="126"/>
        <source>the folder for the backup (default: the backups folder beside the database)</source>
        <translation>mappen för säkerhetskopian (standard: mappen för säkerhetskopior bredvid databasen)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="128"/>
        <source>restore a backup; what it replaces is kept in a backup first</source>
        <translation>återställ en säkerhetskopia; det som ersätts sparas först i en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="131"/>
        <source>the backup folder to restore</source>
        <translation>mappen med säkerhetskopian som ska återställas</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="132"/>
        <source>write the database and its photos and files to one archive file, or its lists to spreadsheets</source>
        <translation>skriv databasen med dess foton och filer till en arkivfil, eller dess listor till kalkylblad</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="135"/>
        <source>the archive or spreadsheet file to write (a folder for CSV files of every area)</source>
        <translation>arkivfilen eller kalkylbladsfilen som ska skrivas (en mapp när alla områden skrivs som CSV-filer)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="137"/>
        <source>merge an archive from another computer, or a spreadsheet, into the database</source>
        <translation>slå samman ett arkiv från en annan dator eller ett kalkylblad med databasen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="140"/>
        <source>the archive, Vidare workbook, XLSX or CSV list to take in</source>
        <translation>arkivet, Vidare-arbetsboken eller XLSX- eller CSV-listan som ska läsas in</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="144"/>
        <source>take over a lock left by another computer, after saying whose it is</source>
        <translation>ta över ett lås som en annan dator har lämnat kvar, efter att ha visat vems det är</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="150"/>
        <source>open every page and build every document, timing each, then exit</source>
        <translation>öppna varje sida och skapa varje dokument med tidtagning, och avsluta sedan</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="152"/>
        <source>the database to try (default: a new demo school)</source>
        <translation>databasen som ska prövas (standard: en ny demoskola)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="154"/>
        <source>save a picture of every page and document in this folder</source>
        <translation>spara en bild av varje sida och varje dokument i den här mappen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="156"/>
        <source>type a new coordinator&apos;s first evening into the window, with real key presses, and check every value in the database</source>
        <translation>spela upp en ny koordinators första kväll i fönstret med riktiga tangenttryckningar och kontrollera varje värde i databasen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="299"/>
        <source>%1: %2 (the first: %3)</source>
        <translation>%1: %2 (det första: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="143"/>
        <source>take in another school&apos;s data (refused without it)</source>
        <translation>ta in en annan skolas uppgifter (nekas utan det här alternativet)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the first day</source>
        <translation>första dagen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <location filename="../desktop/cli.py" line="113"/>
        <location filename="../desktop/cli_print.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the start of this school year</source>
        <translation>början av det här läsåret</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>the last day</source>
        <translation>sista dagen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>the end of this school year</source>
        <translation>slutet av det här läsåret</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli.py" line="300"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem hittades</numerusform>
            <numerusform>%n problem hittades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="146"/>
        <source>%1: %2, %3, written to %4</source>
        <translation>%1: %2, %3, sparad i %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="92"/>
        <source>%1: wrote %n row(s) to %2</source>
        <translation>
            <numerusform>%1: %n rad sparad i %2</numerusform>
            <numerusform>%1: %n rader sparade i %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="191"/>
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n rad importerades inte:</numerusform>
            <numerusform>%n rader importerades inte:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="30"/>
        <source>write spreadsheets instead of an archive</source>
        <translation>skriv kalkylblad i stället för ett arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="32"/>
        <source>only this area (for example mobility)</source>
        <translation>bara det här området (till exempel mobility)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="34"/>
        <source>name everyone, whatever their consent (for the data protection officer)</source>
        <translation>visa allas namn, oavsett samtycke (för dataskyddsombudet)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="37"/>
        <source>what a list that is not a Vidare workbook holds</source>
        <translation>vad en lista som inte är en Vidare-arbetsbok innehåller</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="39"/>
        <source>the project of rows that name none</source>
        <translation>projektet för rader som inte anger något projekt</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="67"/>
        <source>%1 is not an area Vidare exports; choose one of %2.</source>
        <translation>%1 är inget område som Vidare exporterar; välj ett av %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="95"/>
        <source>%n person(s) whose consent does not cover use inside the school are shown by role and initials only.</source>
        <translation>
            <numerusform>%n person vars samtycke inte omfattar användning inom skolan visas bara med roll och initialer.</numerusform>
            <numerusform>%n personer vars samtycke inte omfattar användning inom skolan visas bara med roll och initialer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="149"/>
        <source>No column of %1 could be matched to %2; import it in the window, where you can match the columns yourself.</source>
        <translation>Ingen kolumn i %1 kunde kopplas till %2; importera filen i fönstret, där du kan koppla kolumnerna själv.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="178"/>
        <source>%1: imported %2 — %n row(s) added</source>
        <translation>
            <numerusform>%1: %2 importerad — %n rad tillagd</numerusform>
            <numerusform>%1: %2 importerad — %n rader tillagda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="181"/>
        <source>%1: nothing from %2 was added.</source>
        <translation>%1: inget från %2 lades till.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="184"/>
        <source>%n row(s) were already in Vidare and added nothing.</source>
        <translation>
            <numerusform>%n rad fanns redan i Vidare och tillförde inget.</numerusform>
            <numerusform>%n rader fanns redan i Vidare och tillförde inget.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="187"/>
        <source>The state before the import is kept in the backup %1</source>
        <translation>Läget före importen finns kvar i säkerhetskopian %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="193"/>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="198"/>
        <source>They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>De finns i %1 med en förklaring av vad som är fel; rätta dem där och importera sedan filen.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="57"/>
        <source>--table and --for-dpo need --format xlsx or --format csv.</source>
        <translation>--table och --for-dpo kräver --format xlsx eller --format csv.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="160"/>
        <source>There is no project %1.</source>
        <translation>Det finns inget projekt %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="74"/>
        <source>%1 is a folder; give a file name for the workbook.</source>
        <translation>%1 är en mapp; ange ett filnamn för arbetsboken.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="49"/>
        <location filename="../desktop/ui/dialogs.py" line="57"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="56"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Inget annat tas bort samtidigt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="53"/>
        <source>These are deleted with it: %1.</source>
        <translation>Detta tas också bort: %1.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="23"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="24"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="25"/>
        <source>Partner</source>
        <comment>a partner organisation of a project</comment>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="26"/>
        <source>Result</source>
        <comment>a result of a project</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="27"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="28"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="29"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="30"/>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="31"/>
        <source>Place on a trip</source>
        <translation>Plats på en resa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="32"/>
        <source>Story</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="33"/>
        <source>Story author</source>
        <translation>Berättelseförfattare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="34"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="35"/>
        <source>Person in a photo</source>
        <translation>Person på ett foto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="36"/>
        <source>Dissemination action</source>
        <comment>a talk, an article…, not the project&apos;s key action</comment>
        <translation>Spridningsaktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="38"/>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="42"/>
        <source>Scanned form</source>
        <translation>Inskannad blankett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="43"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="44"/>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="45"/>
        <source>Picture file</source>
        <translation>Bildfil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="46"/>
        <source>Order</source>
        <comment>the position in a list, not a command</comment>
        <translation>Ordning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="47"/>
        <source>FERS marking</source>
        <translation>FERS-märkning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="48"/>
        <source>School year starts in</source>
        <translation>Läsåret börjar i</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="111"/>
        <source>a file that is not on this computer</source>
        <translation>en fil som inte finns på den här datorn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="113"/>
        <source>%1 file, %2</source>
        <comment>the value of a field that holds a file: %1 is its type (PDF, PNG, JPEG), %2 its size (32 kB)</comment>
        <translation>%1-fil, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="122"/>
        <source>As usual in the school&apos;s country</source>
        <translation>Som vanligt i skolans land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="124"/>
        <location filename="../desktop/ui/conflict_words.py" line="154"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="104"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="133"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="133"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="206"/>
        <source>Field</source>
        <comment>one field of a record: its title, a date…</comment>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="208"/>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="208"/>
        <source>The other copy</source>
        <translation>Den andra kopian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="286"/>
        <source>Decided: %1.</source>
        <translation>Klart: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="304"/>
        <source>When an imported archive and this computer have both changed the same record, Vidare keeps this computer&apos;s version and the other waits here. Choose field by field what to keep; fields not listed are the same in both.</source>
        <translation>När både ett importerat arkiv och den här datorn har ändrat samma post behåller Vidare den här datorns version, och den andra väntar här. Välj fält för fält vad som ska behållas; fält som inte visas är likadana i båda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="315"/>
        <source>Nothing changes until you press the button below.</source>
        <translation>Inget ändras förrän du trycker på knappen nedanför.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="316"/>
        <source>All from this computer</source>
        <translation>Allt från den här datorn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="317"/>
        <source>All from the other copy</source>
        <translation>Allt från den andra kopian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="318"/>
        <source>Keep what is chosen</source>
        <translation>Behåll det valda</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/conflicts_panel.py" line="187"/>
        <source>%n record(s) wait for your choice.</source>
        <translation>
            <numerusform>%n post väntar på ditt val.</numerusform>
            <numerusform>%n poster väntar på ditt val.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="188"/>
        <source>No record waits for a choice.</source>
        <translation>Inga poster väntar på ett val.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="309"/>
        <source>Record</source>
        <comment>a stored record (a project, a person, a trip…), not the verb</comment>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="311"/>
        <source>From the archive</source>
        <comment>a column: the file name of the imported archive</comment>
        <translation>Från arkivet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="313"/>
        <source>Found on</source>
        <comment>a column: the day the import found the two versions</comment>
        <translation>Hittad den</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="65"/>
        <source>Printing inside the school is blocked. Without consent: %1.</source>
        <translation>Får inte skrivas ut inom skolan. Samtycke saknas för: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="67"/>
        <source>Printing for the public is blocked. Without consent: %1.</source>
        <translation>Får inte skrivas ut för allmänheten. Samtycke saknas för: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="68"/>
        <source>Online use is blocked. Without consent: %1.</source>
        <translation>Får inte publiceras på nätet. Samtycke saknas för: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="71"/>
        <source>Printed inside the school without some photos. Without consent: %1.</source>
        <translation>Skrivs ut inom skolan utan vissa foton. Samtycke saknas för: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="73"/>
        <source>Printed for the public without some photos. Without consent: %1.</source>
        <translation>Skrivs ut för allmänheten utan vissa foton. Samtycke saknas för: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="75"/>
        <source>Online without some photos. Without consent: %1.</source>
        <translation>Publiceras på nätet utan vissa foton. Samtycke saknas för: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/consent_badge.py" line="129"/>
        <source>%n more</source>
        <translation>
            <numerusform>ytterligare %n</numerusform>
            <numerusform>ytterligare %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="36"/>
        <source>Protected identity: this person&apos;s name, photos and stories never appear anywhere.</source>
        <translation>Skyddad identitet: personens namn, foton och berättelser visas aldrig någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="39"/>
        <source>No consent recorded: this person&apos;s photos and stories may not be used anywhere.</source>
        <translation>Inget samtycke registrerat: personens foton och berättelser får inte användas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="43"/>
        <source>Consent withdrawn: take this person&apos;s photos and stories down wherever they appear.</source>
        <translation>Samtycket återkallat: ta bort personens foton och berättelser överallt där de finns.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="49"/>
        <source>Photos may appear: %1.</source>
        <translation>Foton får visas: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="49"/>
        <source>Photos may not appear anywhere.</source>
        <translation>Foton får inte visas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="50"/>
        <source>Stories may appear: %1.</source>
        <translation>Berättelser får visas: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="50"/>
        <source>Stories may not appear anywhere.</source>
        <translation>Berättelser får inte visas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="97"/>
        <source>No authors or people in its photos are recorded yet; add them so that consent can be checked.</source>
        <translation>Inga författare eller personer på bilderna är registrerade ännu; lägg till dem så att samtycket kan kontrolleras.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="117"/>
        <source>May appear everywhere: inside the school, in print for the public and online.</source>
        <translation>Får visas överallt: inom skolan, i utskrifter för allmänheten och på nätet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="46"/>
        <source>Consent expired: ask for a new one.</source>
        <translation>Samtycket har gått ut: be om ett nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="56"/>
        <source>Name shown as: %1.</source>
        <translation>Namnet visas som: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="93"/>
        <source>This story never appears anywhere: an author has a protected identity. Author: %1.</source>
        <translation>Berättelsen visas aldrig någonstans: en författare har skyddad identitet. Författare: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="100"/>
        <source>Photos showing a protected identity are always left out. Person: %1.</source>
        <translation>Foton som visar en person med skyddad identitet utelämnas alltid. Person: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="96"/>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="98"/>
        <source>May appear</source>
        <translation>Får visas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="100"/>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="101"/>
        <source>Name shown as</source>
        <translation>Namnet visas som</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="103"/>
        <source>Expires on</source>
        <translation>Upphör den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="104"/>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="105"/>
        <source>Scanned form</source>
        <translation>Inskannad blankett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="191"/>
        <source>Consent withdrawn</source>
        <translation>Återkallat samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="195"/>
        <source>From today this person&apos;s photos, stories and name are left out of every document, and the take-down list shows where they have appeared.</source>
        <translation>Från och med i dag utelämnas personens foton, berättelser och namn i alla dokument, och listan över vad som ska tas bort visar var de har förekommit.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="198"/>
        <source>Record the withdrawal</source>
        <translation>Registrera återkallelsen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="228"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="229"/>
        <source>Record a new consent</source>
        <translation>Registrera ett nytt samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="230"/>
        <source>Withdrawn today…</source>
        <translation>Återkallat i dag…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="231"/>
        <source>Undo the withdrawal</source>
        <translation>Ångra återkallelsen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="193"/>
        <source>Record that this consent was withdrawn today? Person: %1</source>
        <translation>Registrera att samtycket återkallades i dag? Person: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="24"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n lärare</numerusform>
            <numerusform>%n lärare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="25"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n övrig personal</numerusform>
            <numerusform>%n övrig personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="26"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="30"/>
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="31"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n medföljande person</numerusform>
            <numerusform>%n medföljande personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n gruppledare</numerusform>
            <numerusform>%n gruppledare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilitet</numerusform>
            <numerusform>%n mobiliteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n resa</numerusform>
            <numerusform>%n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n land</numerusform>
            <numerusform>%n länder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n berättelse</numerusform>
            <numerusform>%n berättelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>%n dag utomlands totalt</numerusform>
            <numerusform>%n dagar utomlands totalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spridningsaktivitet</numerusform>
            <numerusform>%n spridningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n planerad</numerusform>
            <numerusform>%n planerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n genomförd</numerusform>
            <numerusform>%n genomförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="46"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n nådd person</numerusform>
            <numerusform>%n nådda personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="47"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="48"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projekt</numerusform>
            <numerusform>%n projekt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="60"/>
        <source>Vidare met an error</source>
        <translation>Ett fel uppstod i Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="61"/>
        <source>Something went wrong inside Vidare. Everything you saved before is safe in the database.</source>
        <translation>Något gick fel i Vidare. Allt du har sparat tidigare finns kvar i databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="64"/>
        <source>A report was saved as %1. Send it to whoever helps you with Vidare; it holds no data beyond the error itself.</source>
        <translation>En rapport sparades som %1. Skicka den till den som hjälper dig med Vidare; den innehåller inga uppgifter utöver själva felet.</translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilitet</numerusform>
            <numerusform>%n mobiliteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spridningsaktivitet</numerusform>
            <numerusform>%n spridningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>kopplingen till %n deltagare</numerusform>
            <numerusform>kopplingarna till %n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n berättelse</numerusform>
            <numerusform>%n berättelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n personmarkering på ett foto</numerusform>
            <numerusform>%n personmarkeringar på foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n samtyckesblankett</numerusform>
            <numerusform>%n samtyckesblanketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="26"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="27"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n plats på en resa</numerusform>
            <numerusform>%n platser på resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="28"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n författarskap till en berättelse</numerusform>
            <numerusform>%n författarskap till berättelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisseminationPage</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="327"/>
        <source>Dissemination</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="328"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="328"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="329"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="329"/>
        <source>Quality standard</source>
        <translation>Kvalitetsstandard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="333"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="249"/>
        <source>No dissemination action yet. Press New and type what you will do and when: a talk at a staff meeting, an article, an open lesson.</source>
        <translation>Ingen spridningsaktivitet ännu. Tryck på Ny och skriv vad du ska göra och när: en dragning på ett personalmöte, en artikel, en öppen lektion.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="240"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="241"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="242"/>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="243"/>
        <source>All parts of the standard</source>
        <translation>Alla delar av standarden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="309"/>
        <source>Record the project first, on the Projects page: everything here belongs to a project.</source>
        <translation>Registrera först projektet på sidan Projekt: allt här hör till ett projekt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="288"/>
        <source>All results</source>
        <translation>Alla resultat</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop/documents/common.py" line="38"/>
        <source>…continued in the project report</source>
        <translation>…fortsätter i projektrapporten</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="31"/>
        <source>Printed on %1 with Vidare</source>
        <translation>Utskrivet den %1 med Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="32"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="14"/>
        <source>What end result do we expect from the activity or project?</source>
        <translation>Vilket slutresultat av aktiviteten/projektet förväntar vi oss?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="15"/>
        <source>Which training or learning needs does it answer?</source>
        <translation>Vilka utbildningsbehov/lärbehov svarar de mot?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="16"/>
        <source>Who is the user and/or final beneficiary of the project&apos;s results?</source>
        <translation>Vem är användare och/eller slutgiltig mottagare av projektresultaten?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="18"/>
        <source>Which activities will we use to spread the results and make sure they are used?</source>
        <translation>Vilka aktiviteter ska vi använda för att sprida och säkerställa tillvaratagande av projektresultaten?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="20"/>
        <source>Timetable, means and available resources?</source>
        <translation>Tidsschema, medel och tillgängliga resurser?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="53"/>
        <source>Plan and disseminate the project&apos;s results</source>
        <translation>Planera och sprid projektets resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="54"/>
        <source>Each lane is one result of the project: read it from left to right.</source>
        <translation>Varje rad är ett av projektets resultat: läs den från vänster till höger.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="55"/>
        <source>One lane for each result: fill it in together, from left to right.</source>
        <translation>En rad för varje resultat: fyll i den tillsammans, från vänster till höger.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="23"/>
        <source>what</source>
        <translation>vad</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="24"/>
        <source>Target groups and their representatives</source>
        <translation>Målgrupper och deras representanter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="24"/>
        <source>to whom</source>
        <translation>till vem</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="26"/>
        <source>Message and purpose</source>
        <translation>Budskap och syfte</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="26"/>
        <source>why</source>
        <translation>varför</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="27"/>
        <source>Tools and channels</source>
        <translation>Verktyg och kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="27"/>
        <source>how</source>
        <translation>hur</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="28"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="28"/>
        <source>during and after the project</source>
        <translation>under och efter projektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="29"/>
        <source>Who is responsible</source>
        <translation>Ansvariga</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="31"/>
        <source>Evaluation and indicators</source>
        <translation>Utvärdering och indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="148"/>
        <source>No results are recorded for this project yet.</source>
        <translation>Inga resultat är registrerade för projektet ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="259"/>
        <source>During the project</source>
        <translation>Under projektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="260"/>
        <source>After the project</source>
        <translation>Efter projektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="273"/>
        <location filename="../desktop/documents/project_report.py" line="267"/>
        <source>Target</source>
        <comment>an indicator&apos;s target value</comment>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_blank.py" line="85"/>
        <source>Five questions to answer together</source>
        <translation>Fem frågor att besvara tillsammans</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="49"/>
        <source>What we learnt abroad, in our own words.</source>
        <translation>Det vi lärde oss utomlands, med egna ord.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="175"/>
        <source>Where we went</source>
        <translation>Dit vi reste</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="178"/>
        <source>No trips are done yet.</source>
        <translation>Inga resor är genomförda ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="191"/>
        <source>Project data</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="184"/>
        <source>Reference</source>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="196"/>
        <source>How the school&apos;s management takes part</source>
        <translation>Hur skolledningen deltar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="215"/>
        <source>No partners recorded.</source>
        <translation>Inga partnerorganisationer registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="359"/>
        <source>Accompanying persons</source>
        <translation>Medföljande personer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="365"/>
        <source>Days abroad</source>
        <translation>Dagar utomlands</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="221"/>
        <source>Mobilities done; days abroad count each person&apos;s days with travel.</source>
        <translation>Genomförda mobiliteter; dagar utomlands räknas per person, inklusive resdagar.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="233"/>
        <location filename="../desktop/documents/project_report.py" line="389"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="243"/>
        <source>No mobilities recorded.</source>
        <translation>Inga mobiliteter registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="260"/>
        <source>No results recorded.</source>
        <translation>Inga resultat registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="312"/>
        <source>None recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="125"/>
        <source>(in full below the table)</source>
        <translation>(i sin helhet under tabellen)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="185"/>
        <source>Action</source>
        <comment>the project&apos;s key action (KA121, KA122…): a row label</comment>
        <translation>Nyckelåtgärd</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="225"/>
        <source>%n visit(s) to the school (invited experts, hosted teachers) are listed with the mobilities but are not trips abroad.</source>
        <translation>
            <numerusform>%n besök på skolan (inbjudna experter, lärare som tagits emot) finns med bland mobiliteterna men är ingen resa utomlands.</numerusform>
            <numerusform>%n besök på skolan (inbjudna experter, lärare som tagits emot) finns med bland mobiliteterna men är inga resor utomlands.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="232"/>
        <source>Activity</source>
        <comment>a mobility&apos;s activity type: column header</comment>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="284"/>
        <source>Activity</source>
        <comment>a dissemination action: the report&apos;s column header (not the project&apos;s key action)</comment>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="291"/>
        <location filename="../desktop/documents/project_report.py" line="302"/>
        <source>Evidence</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="320"/>
        <source>From the participants&apos; stories</source>
        <translation>Ur deltagarnas berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="322"/>
        <location filename="../desktop/documents/stories_poster.py" line="90"/>
        <source>No story may be printed for this audience yet.</source>
        <translation>Ingen berättelse får ännu visas i den här utskriften.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="332"/>
        <source>Valorisation: the five control questions</source>
        <translation>Valorisation: de fem kontrollfrågorna</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="364"/>
        <source>%1 of %n trip(s)</source>
        <translation>
            <numerusform>%1 av %n resa</numerusform>
            <numerusform>%1 av %n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="381"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="396"/>
        <source>Not recorded yet.</source>
        <translation>Inte registrerat ännu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="417"/>
        <source>%n action(s) (%1): %2.</source>
        <translation>
            <numerusform>%n spridningsaktivitet (%1): %2.</numerusform>
            <numerusform>%n spridningsaktiviteter (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="422"/>
        <source>Dissemination from %1 to %2.</source>
        <translation>Spridning från %1 till %2.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="426"/>
        <source>Responsible: %1.</source>
        <translation>Ansvariga: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="30"/>
        <source>Summary for the principal</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="229"/>
        <source>green travel</source>
        <translation>grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="231"/>
        <source>with fewer opportunities</source>
        <translation>med begränsade möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="146"/>
        <source>Nothing in this period.</source>
        <translation>Inget under den här perioden.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="93"/>
        <source>Mobilities by type</source>
        <translation>Mobiliteter per typ</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="29"/>
        <source>Other (%n)</source>
        <translation>
            <numerusform>Övriga (%n)</numerusform>
            <numerusform>Övriga (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="74"/>
        <source>Teachers</source>
        <comment>printed: a chart bar for the teachers who went</comment>
        <translation>Lärare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="75"/>
        <source>Other staff</source>
        <comment>printed: a chart bar for other staff who went</comment>
        <translation>Övrig personal</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="76"/>
        <source>Pupils</source>
        <comment>printed: a chart bar for the pupils who went</comment>
        <translation>Elever</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="95"/>
        <source>Mobilities by country</source>
        <translation>Mobiliteter per land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="97"/>
        <source>Participants by role</source>
        <translation>Deltagare per roll</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="99"/>
        <source>People reached by channel</source>
        <translation>Nådda personer per kanal</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="161"/>
        <source>Besides the participants, %n accompanying person(s) went.</source>
        <translation>
            <numerusform>Utöver deltagarna reste %n medföljande person.</numerusform>
            <numerusform>Utöver deltagarna reste %n medföljande personer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="173"/>
        <source>%n story(ies) written by participants</source>
        <translation>
            <numerusform>%n berättelse skriven av deltagare</numerusform>
            <numerusform>%n berättelser skrivna av deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="177"/>
        <source>The widest reach: %1, %n person(s) reached.</source>
        <translation>
            <numerusform>Störst räckvidd: %1, %n nådd person.</numerusform>
            <numerusform>Störst räckvidd: %1, %n nådda personer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="165"/>
        <source>Dissemination actions done and planned</source>
        <translation>Genomförda och planerade spridningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="181"/>
        <source>Project: %1 (%2)</source>
        <translation>Projekt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="183"/>
        <source>Highlights</source>
        <translation>Höjdpunkter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="188"/>
        <source>Open warnings</source>
        <translation>Aktuella varningar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="190"/>
        <source>No open warnings.</source>
        <translation>Inga aktuella varningar.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="7"/>
        <source>Project</source>
        <comment>printed: the Erasmus+ project an action belongs to</comment>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="9"/>
        <source>Result</source>
        <comment>printed: a project result (what the project produces)</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="11"/>
        <source>Channel</source>
        <comment>printed: the channel of a dissemination action (blog, press…)</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="13"/>
        <source>Target group</source>
        <comment>printed: the group a dissemination action is for</comment>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="15"/>
        <source>Purpose</source>
        <comment>printed: why a dissemination action is done</comment>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="17"/>
        <source>Status</source>
        <comment>printed: planned, done or cancelled</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="19"/>
        <source>Date</source>
        <comment>printed: the day a dissemination action was done or is planned</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="21"/>
        <source>Reached</source>
        <comment>printed: number of people a dissemination action reached</comment>
        <translation>Nådda</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="23"/>
        <source>Project report</source>
        <comment>printed: title of the report for the national agency</comment>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="25"/>
        <source>Dissemination</source>
        <comment>printed: heading of the dissemination log</comment>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="27"/>
        <source>Sustainability</source>
        <comment>printed: how a result lives on after the grant</comment>
        <translation>Hållbarhet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="29"/>
        <source>School</source>
        <comment>printed: the school (organisation) that runs the project</comment>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="31"/>
        <source>Period</source>
        <comment>printed: the project&apos;s or report&apos;s dates, from–to</comment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="33"/>
        <source>Indicator</source>
        <comment>printed: what number or sign shows a result&apos;s success</comment>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="35"/>
        <source>Evaluation</source>
        <comment>printed: notes on how a result was evaluated</comment>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="37"/>
        <source>Funding</source>
        <comment>printed: the programme that funds the project (Erasmus+, FERS…)</comment>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="39"/>
        <source>Needs analysis</source>
        <comment>printed: the school&apos;s needs the project answers</comment>
        <translation>Behovsanalys</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="41"/>
        <source>Objectives</source>
        <comment>printed: what the project sets out to achieve, not an indicator&apos;s target</comment>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="43"/>
        <source>Partners</source>
        <comment>printed: heading of the partner organisations</comment>
        <translation>Partnerorganisationer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="45"/>
        <source>Organisation</source>
        <comment>printed: a partner organisation&apos;s name (column head)</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="47"/>
        <source>City</source>
        <comment>printed: the city of a trip or partner (column head)</comment>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="49"/>
        <source>Country</source>
        <comment>printed: the country of a partner (column head)</comment>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="51"/>
        <source>Role</source>
        <comment>printed: a partner&apos;s role in the project (coordinator, partner)</comment>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="53"/>
        <source>Participants</source>
        <comment>printed: the people who went on the trips</comment>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="55"/>
        <source>Fewer opportunities</source>
        <comment>printed: participants with fewer opportunities (a figure)</comment>
        <translation>Deltagare med begränsade möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="57"/>
        <source>Green travel</source>
        <comment>printed: trips made by sustainable means (a figure)</comment>
        <translation>Grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="59"/>
        <source>Mobilities</source>
        <comment>printed: heading of the trips abroad</comment>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="61"/>
        <source>Dates</source>
        <comment>printed: first and last day of a trip (column head)</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="63"/>
        <source>People</source>
        <comment>printed: how many people went on a trip (column head)</comment>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="65"/>
        <source>Learning outcomes</source>
        <comment>printed: what a trip&apos;s participants learnt</comment>
        <translation>Läranderesultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="67"/>
        <source>Passed on to colleagues</source>
        <comment>printed: what was shared with colleagues after a trip</comment>
        <translation>Vidareförmedlat till kollegor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="69"/>
        <source>Results</source>
        <comment>printed: heading of the project results</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="71"/>
        <source>Description</source>
        <comment>printed: a result&apos;s description</comment>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="73"/>
        <source>Message</source>
        <comment>printed: the message for a result&apos;s target group</comment>
        <translation>Budskap</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="75"/>
        <source>Open licence</source>
        <comment>printed: the open licence of published material</comment>
        <translation>Öppen licens</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="77"/>
        <source>Priority</source>
        <comment>printed: a target group is primary or secondary</comment>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="79"/>
        <source>Representatives</source>
        <comment>printed: named representatives of a target group</comment>
        <translation>Representanter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="81"/>
        <source>Topic</source>
        <comment>printed: a trip&apos;s topic (column head)</comment>
        <translation>Ämne</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="96"/>
        <source>Choose from a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/fields.py" line="39"/>
        <source>This text is too long to edit here (%n characters); it is kept as it is.</source>
        <translation>
            <numerusform>Texten är för lång för att redigeras här (%n tecken); den sparas oförändrad.</numerusform>
            <numerusform>Texten är för lång för att redigeras här (%n tecken); den sparas oförändrad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="118"/>
        <location filename="../desktop/ui/first_start.py" line="119"/>
        <source>Welcome to Vidare</source>
        <translation>Välkommen till Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="120"/>
        <source>Vidare keeps your school&apos;s Erasmus+ trips, stories and dissemination on this computer. Tell it which school it is for.</source>
        <translation>Vidare sparar skolans Erasmus+-resor, berättelser och spridning på den här datorn. Ange vilken skola det gäller.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="123"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="124"/>
        <source>School name</source>
        <translation>Skolans namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="125"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="126"/>
        <source>Start</source>
        <comment>button: begin using Vidare</comment>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="127"/>
        <source>Look at the demo school first</source>
        <translation>Titta på demoskolan först</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="103"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Ange skolans namn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="105"/>
        <source>Choose the school&apos;s country.</source>
        <translation>Välj skolans land.</translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message>
        <location filename="../desktop/ui/list_export.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="38"/>
        <source>CSV, for any spreadsheet program (*.csv)</source>
        <translation>CSV, för alla kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="140"/>
        <source>Export list…</source>
        <translation>Exportera listan…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="141"/>
        <source>Write the list as shown here, filtered and sorted, to an Excel or CSV file</source>
        <translation>Spara listan i en Excel- eller CSV-fil, filtrerad och sorterad som den visas här</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="117"/>
        <location filename="../desktop/ui/list_export.py" line="125"/>
        <source>Export list</source>
        <translation>Exportera listan</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/list_export.py" line="128"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rad sparad i %1.</numerusform>
            <numerusform>%n rader sparade i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="144"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importera från ett kalkylblad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="126"/>
        <source>The list was not written: %1</source>
        <translation>Listan kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="102"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="104"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="106"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="108"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="110"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112"/>
        <source>Dissemination</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="114"/>
        <source>Print</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="337"/>
        <source>%n record(s) changed in both copies wait for your choice in Settings, under Import.</source>
        <translation>
            <numerusform>%n post som har ändrats i båda kopiorna väntar på ditt val under Inställningar → Import.</numerusform>
            <numerusform>%n poster som har ändrats i båda kopiorna väntar på ditt val under Inställningar → Import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="315"/>
        <source>About Vidare…</source>
        <translation>Om Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="348"/>
        <source>Vidare</source>
        <translation>Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="352"/>
        <source>Read-only: this database was saved by a newer Vidare; changes cannot be saved.</source>
        <translation>Skrivskyddad: databasen sparades av en nyare version av Vidare; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="303"/>
        <source>Ctrl+N: new record on this page</source>
        <translation>Ctrl+N: ny post på den här sidan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="304"/>
        <source>Ctrl+F: filter the table</source>
        <translation>Ctrl+F: filtrera tabellen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="305"/>
        <source>Delete: delete the chosen record (Vidare asks first)</source>
        <translation>Delete: ta bort vald post (Vidare frågar först)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="306"/>
        <source>Ctrl+1 … Ctrl+8: go to a page</source>
        <translation>Ctrl+1 … Ctrl+8: gå till en sida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="308"/>
        <source>Every change is saved at once. Fields with a problem are marked, and nothing invalid is saved.</source>
        <translation>Varje ändring sparas direkt. Fält med problem markeras, och inget ogiltigt sparas.</translation>
    </message>
</context>
<context>
    <name>MobilitiesPage</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="207"/>
        <source>No trip yet. Press New and type where and when: the people can be added later.</source>
        <translation>Ingen resa ännu. Tryck på Ny och skriv vart och när: deltagarna kan läggas till senare.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="235"/>
        <source>Record the project first, on the Projects page: everything here belongs to a project.</source>
        <translation>Registrera först projektet på sidan Projekt: allt här hör till ett projekt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="255"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
</context>
<context>
    <name>MobilityEditor</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="78"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="80"/>
        <source>Activity type</source>
        <comment>the kind of mobility (job shadowing, a course…), not a dissemination action</comment>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="84"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="85"/>
        <source>Host organisation</source>
        <translation>Värdorganisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="87"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="88"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="90"/>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="92"/>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="94"/>
        <source>Travel days</source>
        <translation>Resdagar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="95"/>
        <source>Main transport</source>
        <translation>Huvudsakligt färdsätt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="97"/>
        <source>Sustainable means, described</source>
        <translation>Hållbart färdsätt, beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="101"/>
        <source>Learning outcomes</source>
        <translation>Läranderesultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="103"/>
        <source>Passed on to colleagues</source>
        <translation>Vidareförmedlat till kollegor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="105"/>
        <source>Participant reports</source>
        <translation>Deltagarrapporter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="107"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="171"/>
        <source>Choose the main transport once it is known.</source>
        <translation>Välj huvudsakligt färdsätt när det är bestämt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="167"/>
        <source>Green travel</source>
        <comment>this trip&apos;s transport is sustainable</comment>
        <translation>Grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="168"/>
        <source>Not green travel</source>
        <translation>Inte grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="193"/>
        <source>New mobility</source>
        <translation>Ny mobilitet</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/mobilities_page.py" line="180"/>
        <source>%n day(s) abroad; usual for this activity: %1–%2 days.</source>
        <translation>
            <numerusform>%n dag utomlands; den här aktiviteten brukar vara %1–%2 dagar.</numerusform>
            <numerusform>%n dagar utomlands; den här aktiviteten brukar vara %1–%2 dagar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityModel</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="36"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="38"/>
        <source>Destination</source>
        <translation>Resmål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="40"/>
        <source>Activity</source>
        <comment>the kind of mobility (job shadowing, a course…), not a dissemination action</comment>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="45"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="61"/>
        <source>Choose the Vidare database you use, or start a new one.</source>
        <translation>Välj den Vidare-databas du använder, eller skapa en ny.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="63"/>
        <source>Vidare has not changed this file. Choose the Vidare database instead (it is usually called vidare.db).</source>
        <translation>Vidare har inte ändrat filen. Välj Vidare-databasen i stället (den heter oftast vidare.db).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="66"/>
        <source>You can look at everything and print, but not make changes. Install the newer Vidare to work with this database.</source>
        <translation>Du kan titta på allt och skriva ut, men inte göra ändringar. Installera den nyare versionen av Vidare för att arbeta med databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="69"/>
        <source>You can open it read-only. To make changes, ask for permission to write in that folder, or copy the database to a folder of your own.</source>
        <translation>Du kan öppna den skrivskyddad. Om du vill göra ändringar kan du be om skrivbehörighet till mappen eller kopiera databasen till en egen mapp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="72"/>
        <source>Close Vidare there first. Open anyway only if you are sure it is no longer running there; two Vidare windows writing one database can lose work.</source>
        <translation>Stäng Vidare där först. Öppna ändå bara om du är säker på att programmet inte längre körs där; om två Vidare-fönster skriver i samma databas kan arbete gå förlorat.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="75"/>
        <source>Vidare can move the database to its own folder on this computer (%1). To share the data, use Export archive in Settings instead.</source>
        <translation>Vidare kan flytta databasen till sin egen mapp på den här datorn (%1). Använd i stället Exportera arkiv under Inställningar för att dela uppgifterna.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="79"/>
        <source>Vidare will not overwrite the damaged file: it is kept beside the database. The newest good backup is from %1.</source>
        <translation>Vidare skriver inte över den skadade filen: den sparas bredvid databasen. Den senaste felfria säkerhetskopian är från %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="82"/>
        <source>No good backup was found. Keep the file: do not delete it. Choose another database or a backup folder.</source>
        <translation>Ingen felfri säkerhetskopia hittades. Behåll filen: ta inte bort den. Välj en annan databas eller en mapp med säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="93"/>
        <source>Opening the database</source>
        <translation>Öppna databasen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="148"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="113"/>
        <location filename="../desktop/ui/open_problems.py" line="134"/>
        <location filename="../desktop/ui/open_problems.py" line="138"/>
        <location filename="../desktop/ui/open_problems.py" line="145"/>
        <source>Choose another file…</source>
        <translation>Välj en annan fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="161"/>
        <source>Choose a Vidare database</source>
        <translation>Välj en Vidare-databas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="162"/>
        <source>Vidare database (*.db);;All files (*)</source>
        <translation>Vidare-databas (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="119"/>
        <source>Move it to this computer</source>
        <translation>Flytta den till den här datorn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="121"/>
        <source>Keep it where it is</source>
        <translation>Låt den ligga kvar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="108"/>
        <source>Restore the backup of %1</source>
        <translation>Återställ säkerhetskopian från %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="124"/>
        <location filename="../desktop/ui/open_problems.py" line="132"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="127"/>
        <source>Open anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="140"/>
        <source>Start a new database</source>
        <translation>Skapa en ny databas</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop/store/overview.py" line="170"/>
        <source>Most dissemination in “%1” is bunched at the end of the project.</source>
        <translation>Det mesta av spridningen i ”%1” ligger samlat i slutet av projektet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="174"/>
        <source>“%1” has no dissemination that shares results within the school.</source>
        <translation>”%1” saknar spridning av resultaten inom skolan.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="176"/>
        <source>“%1” has no dissemination that acknowledges EU funding.</source>
        <translation>”%1” saknar spridning som synliggör EU-finansieringen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="185"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n resultat saknar målgrupp.</numerusform>
            <numerusform>%n resultat saknar målgrupp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="189"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n genomförd resa saknar berättelse.</numerusform>
            <numerusform>%n genomförda resor saknar berättelse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="194"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n planerad spridningsaktivitet är försenad.</numerusform>
            <numerusform>%n planerade spridningsaktiviteter är försenade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="198"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n genomförd spridningsaktivitet saknar dokumentation.</numerusform>
            <numerusform>%n genomförda spridningsaktiviteter saknar dokumentation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="204"/>
        <source>%n upcoming trip(s) have participants without consent.</source>
        <translation>
            <numerusform>%n kommande resa har deltagare utan samtycke.</numerusform>
            <numerusform>%n kommande resor har deltagare utan samtycke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="216"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n person har återkallat sitt samtycke: se listan över vad som ska tas bort.</numerusform>
            <numerusform>%n personer har återkallat sitt samtycke: se listan över vad som ska tas bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="220"/>
        <source>%n consent(s) have expired or expire within 30 days.</source>
        <translation>
            <numerusform>%n samtycke har gått ut eller går ut inom 30 dagar.</numerusform>
            <numerusform>%n samtycken har gått ut eller går ut inom 30 dagar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="176"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="177"/>
        <source>Needs attention</source>
        <translation>Att åtgärda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="178"/>
        <source>Coming up</source>
        <translation>På gång</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="179"/>
        <source>Dissemination across the project</source>
        <translation>Spridning under projektets gång</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="215"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="217"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="218"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="220"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Green travel</source>
        <translation>Grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="224"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Fewer opportunities</source>
        <translation>Begränsade möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="228"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="185"/>
        <source>Dissemination done</source>
        <translation>Genomförd spridning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="232"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="186"/>
        <source>People reached</source>
        <comment>caption under the figure</comment>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="237"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="186"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="258"/>
        <source>Nothing planned yet.</source>
        <translation>Inget planerat ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="268"/>
        <source>Nothing needs attention.</source>
        <translation>Inget att åtgärda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="221"/>
        <source>%n trip(s) by green travel</source>
        <translation>
            <numerusform>%n grön resa</numerusform>
            <numerusform>%n gröna resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="199"/>
        <source>%1: %n trip(s)</source>
        <comment>an activity type and its number of trips</comment>
        <translation>
            <numerusform>%1: %n resa</numerusform>
            <numerusform>%1: %n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="233"/>
        <source>%1: %n person(s)</source>
        <comment>a dissemination channel and the people it reached</comment>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="54"/>
        <source>Record the project: its title, first and last day, and its results.</source>
        <translation>Registrera projektet: titel, första och sista dag samt resultat.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="56"/>
        <source>Add the people who travel, with their consent for photos and stories.</source>
        <translation>Lägg till dem som reser och registrera deras samtycke till foton och berättelser.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="58"/>
        <source>Record the trips: where, when and who goes.</source>
        <translation>Registrera resorna: vart, när och vilka som åker.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="60"/>
        <source>Collect the stories and photos after each trip.</source>
        <translation>Samla in berättelser och foton efter varje resa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="62"/>
        <source>Plan how the results are shared, and log what was done.</source>
        <translation>Planera hur resultaten ska spridas och registrera det som har gjorts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="99"/>
        <source>Your first evening with Vidare</source>
        <translation>Din första kväll med Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="100"/>
        <source>Five steps, in any order; each link opens its page.</source>
        <translation>Fem steg, i valfri ordning; varje länk öppnar rätt sida.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../desktop/ui/models.py" line="407"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="39"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="41"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="42"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="75"/>
        <source>given</source>
        <translation>lämnat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="60"/>
        <source>never shown (protected)</source>
        <translation>visas aldrig (skyddad)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="66"/>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="68"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="70"/>
        <source>expired</source>
        <translation>har gått ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="34"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="35"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="37"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="38"/>
        <source>Trips</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="39"/>
        <source>Fewer opportunities</source>
        <comment>column: the person has fewer opportunities (yes)</comment>
        <translation>Begränsade möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="73"/>
        <source>expires %1</source>
        <translation>går ut %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="122"/>
        <source>No one yet. Press New and type a name; record the consent for photos and stories below it. People can also be added from a trip.</source>
        <translation>Inga personer ännu. Tryck på Ny och skriv ett namn; registrera sedan samtycket till foton och berättelser längre ner. Personer kan också läggas till från en resa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="244"/>
        <source>Consent can be recorded once the person is saved.</source>
        <translation>Samtycke kan registreras när personen har sparats.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="265"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="266"/>
        <source>Take-down list…</source>
        <translation>Lista över vad som ska tas bort…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="267"/>
        <source>Where this person&apos;s photos, stories or name have been printed</source>
        <translation>Var personens foton, berättelser eller namn har förekommit i utskrifter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="269"/>
        <source>Export their data…</source>
        <translation>Exportera personens uppgifter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="270"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="83"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="84"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="86"/>
        <source>Fewer opportunities</source>
        <translation>Begränsade möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="88"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="90"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="114"/>
        <source>Nothing about this person is ever printed or published, whatever the consent says.</source>
        <translation>Inget om den här personen skrivs någonsin ut eller publiceras, oavsett samtycke.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="87"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="89"/>
        <source>Never shown anywhere</source>
        <translation>Visas aldrig någonstans</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="110"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="169"/>
        <source>Add photos</source>
        <translation>Lägg till foton</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="170"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="219"/>
        <source>Add photos…</source>
        <translation>Lägg till foton…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="220"/>
        <source>Remove photo</source>
        <translation>Ta bort foto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="221"/>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="222"/>
        <source>People shown</source>
        <translation>Personer på bilden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="224"/>
        <source>Photos can be added once the story has a title.</source>
        <translation>Foton kan läggas till när berättelsen har en titel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="226"/>
        <source>No photos yet: drop image files here or use Add photos.</source>
        <translation>Inga foton ännu: släpp bildfiler här eller använd Lägg till foton.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="228"/>
        <source>Drop more image files on the strip to add them.</source>
        <translation>Släpp fler bildfiler på remsan för att lägga till dem.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../desktop/documents/jobs.py" line="97"/>
        <source>Reading the database…</source>
        <translation>Läser databasen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="100"/>
        <source>Ready.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="99"/>
        <source>Drawing the preview…</source>
        <translation>Skapar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="98"/>
        <source>Laying out the pages…</source>
        <translation>Ordnar sidorna…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="54"/>
        <source>Planning poster</source>
        <translation>Planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="55"/>
        <source>Blank planning poster (workshop)</source>
        <translation>Tom planeringsaffisch (workshop)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="56"/>
        <source>Stories poster</source>
        <translation>Berättelseaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="57"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="58"/>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="61"/>
        <source>Inside the school</source>
        <translation>Inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="62"/>
        <source>For the public</source>
        <translation>För allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="244"/>
        <source>No project yet: record one under Projects first.</source>
        <translation>Inget projekt ännu: registrera ett under Projekt först.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="339"/>
        <location filename="../desktop/ui/pages/print_page.py" line="350"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="340"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="369"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="421"/>
        <location filename="../desktop/ui/pages/print_page.py" line="416"/>
        <source>Print</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="431"/>
        <source>In English</source>
        <translation>På engelska</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="436"/>
        <source>Preview</source>
        <translation>Förhandsvisa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="437"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="438"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="439"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="440"/>
        <source>Preview shows the document before it is printed or saved. Photos, stories and names appear only where consent allows.</source>
        <translation>Förhandsvisningen visar dokumentet innan det skrivs ut eller sparas. Foton, berättelser och namn visas bara där samtycket tillåter det.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="234"/>
        <source>Choices changed: press Preview to see the document.</source>
        <translation>Valen har ändrats: tryck på Förhandsvisa för att se dokumentet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="247"/>
        <source>No results yet: add them under Projects → Results and target groups. Each result is one lane of the poster.</source>
        <translation>Inga resultat ännu: lägg till dem under Projekt → Resultat och målgrupper. Varje resultat blir en rad på affischen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="261"/>
        <source>Choose a project first.</source>
        <translation>Välj ett projekt först.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="265"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="286"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="309"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="422"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="423"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="424"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="425"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="426"/>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="427"/>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="428"/>
        <source>Printed for</source>
        <translation>Användning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="429"/>
        <source>EU statement</source>
        <translation>Text om EU-finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="252"/>
        <source>No story prints yet: only approved stories with a quote appear on the poster, and only where consent allows. Approve them under Stories.</source>
        <translation>Ingen berättelse kommer med ännu: bara godkända berättelser med citat visas på affischen, och bara där samtycket tillåter det. Godkänn dem under Berättelser.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="304"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n sida. Skriv ut den eller spara den som PDF.</numerusform>
            <numerusform>%n sidor. Skriv ut dem eller spara dem som PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="311"/>
        <source>The document could not be made: %1</source>
        <translation>Dokumentet kunde inte skapas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="354"/>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="351"/>
        <source>%1 cannot be written.</source>
        <translation>Det går inte att skriva till %1.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../desktop/store/privacy.py" line="148"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="149"/>
        <source>Trips</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="150"/>
        <source>Stories written</source>
        <translation>Skrivna berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="151"/>
        <source>Photos showing this person</source>
        <translation>Foton där personen syns</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="152"/>
        <source>Printed documents</source>
        <translation>Utskrivna dokument</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="154"/>
        <source>Everything Vidare holds about this person, exported %1.</source>
        <translation>Allt som Vidare har om den här personen, exporterat %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="36"/>
        <source>Planning poster</source>
        <translation>Planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="37"/>
        <source>Blank planning poster</source>
        <translation>Tom planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="38"/>
        <source>Stories poster</source>
        <translation>Berättelseaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="39"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="43"/>
        <source>Inside the school</source>
        <translation>Inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="44"/>
        <source>For the public</source>
        <translation>För allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="168"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="173"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="211"/>
        <source>Copies that Vidare does not look after keep this person until someone deletes them: backup folders made with “vidare backup --to”, copies on USB sticks, exported archives and spreadsheets.</source>
        <translation>Kopior som Vidare inte hanterar innehåller uppgifter om personen tills någon tar bort dem: mappar med säkerhetskopior som gjorts med ”vidare backup --to”, kopior på USB-minnen, exporterade arkiv och kalkylblad.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="214"/>
        <source>Restoring such a backup, or importing such an archive or a workbook exported from Vidare, never brings back the person, their consents or their photos.</source>
        <translation>Om du återställer en sådan säkerhetskopia eller importerar ett sådant arkiv eller en arbetsbok som har exporterats från Vidare, kommer personen, personens samtycken och foton aldrig tillbaka.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="216"/>
        <source>A list from another spreadsheet (a class list, a Beneficiary Module export) is new to Vidare: if it names this person, importing it adds them again.</source>
        <translation>En lista från ett annat kalkylblad (en klasslista, en export från Beneficiary Module) är ny för Vidare: står personen med i listan läggs personen till igen när listan importeras.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="235"/>
        <source>Erase this person</source>
        <translation>Radera personen</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="241"/>
        <source>%n consent record(s) with the scanned forms</source>
        <translation>
            <numerusform>%n registrerat samtycke med inskannad blankett</numerusform>
            <numerusform>%n registrerade samtycken med inskannade blanketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="243"/>
        <source>%n photo(s) showing the person</source>
        <translation>
            <numerusform>%n foto där personen syns</numerusform>
            <numerusform>%n foton där personen syns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="244"/>
        <source>%n story(ies) only this person wrote</source>
        <translation>
            <numerusform>%n berättelse som bara personen har skrivit</numerusform>
            <numerusform>%n berättelser som bara personen har skrivit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="250"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="73"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="145"/>
        <source>Take-down list</source>
        <translation>Lista över vad som ska tas bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="156"/>
        <source>Copy list</source>
        <translation>Kopiera listan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="179"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="190"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="186"/>
        <source>Export this person&apos;s data</source>
        <translation>Exportera personens uppgifter</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="206"/>
        <source>Backups that Vidare made before now still hold this person. They go one by one as new backups replace the old ones; the last of them about %n month(s) from now (%1), as long as Vidare goes on making backups.</source>
        <translation>
            <numerusform>Säkerhetskopior som Vidare har gjort tidigare innehåller fortfarande uppgifter om personen. De försvinner en efter en när nya säkerhetskopior ersätter de gamla; den sista om ungefär %n månad (%1), så länge Vidare fortsätter att göra säkerhetskopior.</numerusform>
            <numerusform>Säkerhetskopior som Vidare har gjort tidigare innehåller fortfarande uppgifter om personen. De försvinner en efter en när nya säkerhetskopior ersätter de gamla; den sista om ungefär %n månader (%1), så länge Vidare fortsätter att göra säkerhetskopior.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="236"/>
        <source>Erase from Vidare for good all data about this person: %1?</source>
        <translation>Radera permanent alla uppgifter om den här personen från Vidare: %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="114"/>
        <source>Dissemination actions</source>
        <translation>Spridningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="118"/>
        <source>Stories showing this person</source>
        <translation>Berättelser där personen förekommer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="147"/>
        <source>Take-down list. Person: %1</source>
        <translation>Lista över vad som ska tas bort. Person: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="149"/>
        <source>No printed document or dissemination action is recorded with this person&apos;s photos or stories.</source>
        <translation>Inga utskrivna dokument eller spridningsaktiviteter med personens foton eller berättelser är registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="152"/>
        <source>Remove this person&apos;s photos and stories from what is listed here: take posters down, edit web pages and posts, and do not reprint these documents.</source>
        <translation>Ta bort personens foton och berättelser från det som listas här: ta ner affischer, redigera webbsidor och inlägg, och skriv inte ut dokumenten igen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>When or where</source>
        <translation>När eller var</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="191"/>
        <source>Written to %1 and %2.</source>
        <translation>Sparat i %1 och %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="247"/>
        <source>%n place(s) on trips stay, as an anonymous person, so that the figures stay right.</source>
        <translation>
            <numerusform>%n plats på en resa behålls som anonym deltagare så att siffrorna stämmer.</numerusform>
            <numerusform>%n platser på resor behålls som anonym deltagare så att siffrorna stämmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="187"/>
        <source>The data could not be written: %1</source>
        <translation>Uppgifterna kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="246"/>
        <source>To be erased: the person and %1.</source>
        <translation>Raderas: personen och %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="122"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="171"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="172"/>
        <source>Results and target groups</source>
        <translation>Resultat och målgrupper</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="173"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="170"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="56"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement (2025-1-SE01-KA122-SCH-000123456), in the agency&apos;s own word: projektnummer, prosjektnummer, numer umowy</comment>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="62"/>
        <source>Key action</source>
        <comment>the Erasmus+ key action of the project (KA121, KA122…), not a dissemination action</comment>
        <translation>Nyckelåtgärd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="66"/>
        <source>Start</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="67"/>
        <source>End</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="68"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="70"/>
        <source>Needs analysis</source>
        <translation>Behovsanalys</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="72"/>
        <source>Objectives</source>
        <comment>what the project sets out to achieve, not an indicator&apos;s target</comment>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="75"/>
        <source>How management is involved</source>
        <translation>Hur ledningen är delaktig</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="32"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement (2025-1-SE01-KA122-SCH-000123456), in the agency&apos;s own word: projektnummer, prosjektnummer, numer umowy</comment>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="37"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="182"/>
        <source>No project yet. Press New and type the project&apos;s title and its first and last day: trips, results and dissemination belong to it.</source>
        <translation>Inget projekt ännu. Tryck på Ny och skriv projektets titel och dess första och sista dag: resor, resultat och spridning hör till projektet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="235"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/forms.py" line="540"/>
        <source>Discard draft</source>
        <translation>Kasta utkastet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="493"/>
        <source>draft, not saved yet</source>
        <translation>utkast, inte sparat ännu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="505"/>
        <source>New: it is saved as soon as the fields marked * are filled in.</source>
        <translation>Ny: sparas så snart fälten markerade med * är ifyllda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="512"/>
        <source>Kept as a draft, not saved yet: correct the marked fields.</source>
        <translation>Behålls som utkast och har inte sparats ännu: rätta de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="515"/>
        <source>Changes not saved yet.</source>
        <translation>Ändringarna är inte sparade ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="517"/>
        <source>All changes saved.</source>
        <translation>Alla ändringar är sparade.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="491"/>
        <source>draft, still needed: %1</source>
        <translation>utkast, saknas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="510"/>
        <source>Kept as a draft, not saved yet. Still needed: %1.</source>
        <translation>Behålls som utkast och har inte sparats ännu. Saknas: %1.</translation>
    </message>
</context>
<context>
    <name>ResponsiblePicker</name>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="225"/>
        <source>Type a name, or choose from the people…</source>
        <translation>Skriv ett namn eller välj bland personerna…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="226"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="227"/>
        <source>People chosen here are linked to their record: if one of them is erased, their name goes from this action too.</source>
        <translation>Personer som väljs här är kopplade till sina poster: om någon av dem raderas försvinner namnet också från den här aktiviteten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="221"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="218"/>
        <source>Add as a name only: “%1”</source>
        <translation>Lägg till bara som namn: ”%1”</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="199"/>
        <source>%1 (a name only, not one of the people in Vidare)</source>
        <translation>%1 (bara ett namn, inte en av personerna i Vidare)</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="64"/>
        <source>1 Result</source>
        <translation>1 Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="66"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="67"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="69"/>
        <source>Open licence of published material</source>
        <translation>Öppen licens för publicerat material</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="71"/>
        <source>3 Message and purpose</source>
        <translation>3 Budskap och syfte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="73"/>
        <source>7 Sustainability</source>
        <translation>7 Hållbarhet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="75"/>
        <source>8 Indicator</source>
        <translation>8 Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="76"/>
        <source>Target</source>
        <comment>the value the indicator should reach (12 classes, 80 %), not the project&apos;s objectives</comment>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="80"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="95"/>
        <source>2 Target groups</source>
        <translation>2 Målgrupper</translation>
    </message>
</context>
<context>
    <name>RolePeopleEditor</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="233"/>
        <source>Type a name…</source>
        <translation>Skriv ett namn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="234"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="220"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="231"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="231"/>
        <source>Is a</source>
        <translation>Roll i skolan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="232"/>
        <source>Role on the trip</source>
        <translation>Roll på resan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="217"/>
        <source>Add as a new person: “%1”</source>
        <translation>Lägg till som ny person: ”%1”</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="50"/>
        <source>Choose the school&apos;s logo</source>
        <translation>Välj skolans logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="51"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="52"/>
        <source>This file cannot be used as a logo.</source>
        <translation>Filen kan inte användas som logotyp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="155"/>
        <source>Choose the official FERS artwork</source>
        <translation>Välj FERS-programmets officiella bildfil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="156"/>
        <source>No artwork</source>
        <translation>Ingen bildfil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="157"/>
        <source>This file cannot be used as the FERS artwork.</source>
        <translation>Den här filen kan inte användas som FERS-märkning.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="175"/>
        <source>As usual in %1 (%2)</source>
        <comment>the school year starts in the month usual in the school&apos;s country: %1 is the country&apos;s name, %2 the month; rephrase so the name needs no case ending (&quot;Jak zwykle w kraju: %1 (%2)&quot;)</comment>
        <translation>Som vanligt i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="103"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="146"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="147"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="181"/>
        <source>As usual in the school&apos;s country</source>
        <translation>Som vanligt i skolans land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="191"/>
        <source>Name</source>
        <comment>the school&apos;s name</comment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="193"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="195"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="196"/>
        <source>Erasmus+ organisation ID (OID)</source>
        <translation>Organisations-ID i Erasmus+ (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="198"/>
        <source>Language of documents</source>
        <translation>Dokumentens språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="200"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="201"/>
        <source>School year starts in</source>
        <translation>Läsåret börjar i</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="203"/>
        <source>FERS marking</source>
        <translation>FERS-märkning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="260"/>
        <source>For projects funded through FERS: the programme&apos;s official set of signs, as a PNG or JPEG picture. Vidare cannot include it; add it once here.</source>
        <translation>För projekt som finansieras genom FERS: programmets officiella märkning som en PNG- eller JPEG-bild. Den kan inte följa med Vidare, så lägg till den här en gång.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="263"/>
        <source>The school has a FERS project: until the official artwork is added here, its documents carry the EU emblem and the funding statement alone.</source>
        <translation>Skolan har ett FERS-projekt: tills den officiella märkningen har lagts till här har projektets dokument bara EU-emblemet och texten om EU-finansiering.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="354"/>
        <source>Open another database</source>
        <translation>Öppna en annan databas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="356"/>
        <source>Vidare databases (*.db)</source>
        <translation>Vidare-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="380"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="381"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="382"/>
        <source>The window changes language at once. Each document chooses its own language when it is printed.</source>
        <translation>Programmets språk ändras direkt. Dokumentens språk väljer du när du skriver ut dem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="387"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="388"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="394"/>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="395"/>
        <source>Open another database…</source>
        <translation>Öppna en annan databas…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="396"/>
        <source>About Vidare…</source>
        <translation>Om Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="397"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="398"/>
        <source>Import</source>
        <comment>the group of settings where an imported archive&apos;s changes are chosen</comment>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="401"/>
        <source>Spreadsheets</source>
        <translation>Kalkylblad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="359"/>
        <source>Another database</source>
        <translation>En annan databas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="360"/>
        <source>Vidare opens %1 the next time it starts.</source>
        <translation>Vidare öppnar %1 nästa gång programmet startar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="390"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="391"/>
        <source>Photos and attached files: %1</source>
        <translation>Foton och bifogade filer: %1</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="45"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="46"/>
        <source>Already in Vidare</source>
        <translation>Finns redan i Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="47"/>
        <source>Cannot be imported</source>
        <translation>Kan inte importeras</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="141"/>
        <source>Choose a spreadsheet</source>
        <translation>Välj ett kalkylblad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="142"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylblad (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="435"/>
        <source>%n row(s) added.</source>
        <translation>
            <numerusform>%n rad tillagd.</numerusform>
            <numerusform>%n rader tillagda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="436"/>
        <source>%n row(s) were already in Vidare.</source>
        <translation>
            <numerusform>%n rad fanns redan i Vidare.</numerusform>
            <numerusform>%n rader fanns redan i Vidare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="451"/>
        <source>Import a spreadsheet</source>
        <translation>Importera ett kalkylblad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="461"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="462"/>
        <source>Vidare has matched what it recognised. Choose a field for each column you want, or leave it not imported.</source>
        <translation>Vidare har kopplat det som programmet kände igen. Välj ett fält för varje kolumn du vill ha med, eller låt bli att importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="466"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="467"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="468"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="162"/>
        <source>The project each row names</source>
        <translation>Projektet som varje rad anger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="163"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="199"/>
        <source>Choose a file first.</source>
        <translation>Välj en fil först.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="265"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="312"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="312"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="312"/>
        <source>What is wrong</source>
        <translation>Vad som är fel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="348"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="348"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="388"/>
        <location filename="../desktop/ui/sheet_import.py" line="469"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="388"/>
        <location filename="../desktop/ui/sheet_import.py" line="470"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="438"/>
        <source>%n person(s) put on the trip.</source>
        <translation>
            <numerusform>%n person tillagd på resan.</numerusform>
            <numerusform>%n personer tillagda på resan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="444"/>
        <source>The state before the import is kept in a backup.</source>
        <translation>Läget före importen finns kvar i en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="453"/>
        <source>1. Choose the file and what it holds</source>
        <translation>1. Välj filen och vad den innehåller</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="453"/>
        <source>2. Match the columns</source>
        <translation>2. Koppla kolumnerna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="454"/>
        <source>3. Check each row as it will be stored</source>
        <translation>3. Granska varje rad så som den kommer att sparas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="454"/>
        <source>4. Imported</source>
        <translation>4. Importerat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>File (XLSX or CSV)</source>
        <translation>Fil (XLSX eller CSV)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>It holds</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="458"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="458"/>
        <source>Role, when the list gives none</source>
        <translation>Roll, när listan inte anger någon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="459"/>
        <source>Put everyone on the trip</source>
        <translation>Lägg till alla på resan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="464"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="464"/>
        <source>First values</source>
        <translation>Första värdena</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="465"/>
        <source>Goes into</source>
        <translation>Hamnar i</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="337"/>
        <source>%n row(s) will be added.</source>
        <translation>
            <numerusform>%n rad läggs till.</numerusform>
            <numerusform>%n rader läggs till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="338"/>
        <source>%n row(s) are already in Vidare and add nothing.</source>
        <translation>
            <numerusform>%n rad finns redan i Vidare och tillför inget.</numerusform>
            <numerusform>%n rader finns redan i Vidare och tillför inget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="340"/>
        <source>%n row(s) cannot be imported; they will be listed in a file to fix.</source>
        <translation>
            <numerusform>%n rad kan inte importeras; den listas i en fil som du kan rätta.</numerusform>
            <numerusform>%n rader kan inte importeras; de listas i en fil som du kan rätta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="440"/>
        <source>%n row(s) were not imported. They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>
            <numerusform>%n rad importerades inte. Den finns i %1 med en förklaring av vad som är fel; rätta den där och importera sedan filen.</numerusform>
            <numerusform>%n rader importerades inte. De finns i %1 med en förklaring av vad som är fel; rätta dem där och importera sedan filen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="412"/>
        <source>Match a column to: %1</source>
        <translation>Koppla en kolumn till: %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../desktop/sheets/fields.py" line="169"/>
        <source>What is wrong</source>
        <translation>Vad som är fel</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="45"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="49"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="52"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="55"/>
        <location filename="../desktop/sheets/layout.py" line="107"/>
        <source>Fewer opportunities</source>
        <translation>Begränsade möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="60"/>
        <location filename="../desktop/sheets/layout.py" line="109"/>
        <location filename="../desktop/sheets/layout.py" line="175"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="63"/>
        <location filename="../desktop/sheets/layout.py" line="82"/>
        <location filename="../desktop/sheets/layout.py" line="88"/>
        <location filename="../desktop/sheets/layout.py" line="124"/>
        <location filename="../desktop/sheets/layout.py" line="160"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="67"/>
        <source>Class or group (kept in the notes)</source>
        <translation>Klass eller grupp (sparas i anteckningarna)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="70"/>
        <location filename="../desktop/sheets/layout.py" line="104"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="82"/>
        <location filename="../desktop/sheets/layout.py" line="123"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="134"/>
        <source>Dissemination actions</source>
        <translation>Spridningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="72"/>
        <location filename="../desktop/sheets/layout.py" line="86"/>
        <location filename="../desktop/sheets/layout.py" line="106"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="76"/>
        <location filename="../desktop/sheets/layout.py" line="108"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="83"/>
        <location filename="../desktop/sheets/layout.py" line="125"/>
        <source>Beneficiary Module ID</source>
        <translation>ID i Beneficiary Module</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="87"/>
        <location filename="../desktop/sheets/layout.py" line="126"/>
        <source>Activity type</source>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="90"/>
        <location filename="../desktop/sheets/layout.py" line="127"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="93"/>
        <location filename="../desktop/sheets/layout.py" line="128"/>
        <source>Host organisation</source>
        <translation>Värdorganisation</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="99"/>
        <source>Host organisation&apos;s OID (used when no name)</source>
        <translation>Värdorganisationens OID (används när namn saknas)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="102"/>
        <location filename="../desktop/sheets/layout.py" line="64"/>
        <location filename="../desktop/sheets/layout.py" line="85"/>
        <location filename="../desktop/sheets/layout.py" line="129"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="105"/>
        <location filename="../desktop/sheets/layout.py" line="63"/>
        <location filename="../desktop/sheets/layout.py" line="84"/>
        <location filename="../desktop/sheets/layout.py" line="130"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="108"/>
        <location filename="../desktop/sheets/layout.py" line="131"/>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="113"/>
        <location filename="../desktop/sheets/layout.py" line="132"/>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="117"/>
        <location filename="../desktop/sheets/layout.py" line="133"/>
        <source>Travel days</source>
        <translation>Resdagar</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="120"/>
        <location filename="../desktop/sheets/fields.py" line="153"/>
        <location filename="../desktop/sheets/layout.py" line="136"/>
        <location filename="../desktop/sheets/layout.py" line="154"/>
        <location filename="../desktop/sheets/layout.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="121"/>
        <source>Participant&apos;s full name</source>
        <translation>Deltagarens fullständiga namn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="124"/>
        <source>Participant&apos;s first name</source>
        <translation>Deltagarens förnamn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="126"/>
        <source>Participant&apos;s last name</source>
        <translation>Deltagarens efternamn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="128"/>
        <source>Accompanying person</source>
        <translation>Medföljande person</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="136"/>
        <location filename="../desktop/sheets/layout.py" line="71"/>
        <location filename="../desktop/sheets/layout.py" line="89"/>
        <location filename="../desktop/sheets/layout.py" line="148"/>
        <location filename="../desktop/sheets/layout.py" line="162"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="139"/>
        <location filename="../desktop/sheets/layout.py" line="163"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="141"/>
        <location filename="../desktop/sheets/layout.py" line="101"/>
        <location filename="../desktop/sheets/layout.py" line="164"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="143"/>
        <location filename="../desktop/sheets/layout.py" line="165"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="144"/>
        <location filename="../desktop/sheets/layout.py" line="166"/>
        <source>Quality standard</source>
        <translation>Kvalitetsstandard</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="146"/>
        <location filename="../desktop/sheets/layout.py" line="168"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="147"/>
        <location filename="../desktop/sheets/layout.py" line="169"/>
        <source>Planned for</source>
        <translation>Planerad till</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="150"/>
        <location filename="../desktop/sheets/layout.py" line="170"/>
        <source>Done on</source>
        <translation>Genomförd den</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="154"/>
        <location filename="../desktop/sheets/layout.py" line="172"/>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="158"/>
        <location filename="../desktop/sheets/layout.py" line="173"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="161"/>
        <location filename="../desktop/sheets/layout.py" line="174"/>
        <source>Evidence (link or file)</source>
        <translation>Dokumentation (länk eller fil)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="49"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="61"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="67"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="81"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="87"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="99"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="110"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="141"/>
        <source>Who went</source>
        <translation>Vilka som reste</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="146"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="155"/>
        <source>Story authors</source>
        <translation>Berättelsernas författare</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="158"/>
        <source>Dissemination</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="62"/>
        <source>Name</source>
        <comment>the school&apos;s name</comment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="65"/>
        <source>Organisation ID (OID)</source>
        <translation>Organisations-ID (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="66"/>
        <location filename="../desktop/sheets/layout.py" line="151"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="68"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement</comment>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="72"/>
        <source>Key action</source>
        <comment>the Erasmus+ key action of the project (KA121, KA122…)</comment>
        <translation>Nyckelåtgärd</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="75"/>
        <source>Start</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="76"/>
        <source>End</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="77"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="78"/>
        <source>Needs analysis</source>
        <translation>Behovsanalys</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="79"/>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="80"/>
        <source>How management is involved</source>
        <translation>Hur ledningen är delaktig</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="90"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="91"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="92"/>
        <source>Open licence</source>
        <translation>Öppen licens</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="93"/>
        <source>Message</source>
        <translation>Budskap</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="94"/>
        <source>Sustainability</source>
        <translation>Hållbarhet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="95"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="96"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="97"/>
        <source>Evaluation notes</source>
        <translation>Anteckningar om utvärderingen</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="98"/>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="100"/>
        <location filename="../desktop/sheets/layout.py" line="161"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="102"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="103"/>
        <source>Representatives</source>
        <translation>Representanter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="105"/>
        <source>Name</source>
        <comment>a person&apos;s full name</comment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="111"/>
        <location filename="../desktop/sheets/layout.py" line="143"/>
        <location filename="../desktop/sheets/layout.py" line="157"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="112"/>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="113"/>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="114"/>
        <source>Photos inside the school</source>
        <translation>Foton i utskrifter inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="115"/>
        <source>Photos in print for the public</source>
        <translation>Foton i utskrifter för allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="116"/>
        <source>Photos online</source>
        <translation>Foton på nätet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="117"/>
        <source>Stories inside the school</source>
        <translation>Berättelser i utskrifter inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="118"/>
        <source>Stories in print for the public</source>
        <translation>Berättelser i utskrifter för allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="119"/>
        <source>Stories online</source>
        <translation>Berättelser på nätet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="120"/>
        <source>Name shown as</source>
        <translation>Namnet visas som</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="121"/>
        <source>Expires on</source>
        <translation>Upphör den</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="122"/>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="134"/>
        <source>Main transport</source>
        <translation>Huvudsakligt färdsätt</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="135"/>
        <source>Sustainable means, described</source>
        <translation>Hållbart färdsätt, beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="137"/>
        <source>Learning outcomes</source>
        <translation>Läranderesultat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="138"/>
        <source>Passed on to colleagues</source>
        <translation>Vidareförmedlat till kollegor</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="139"/>
        <source>Participant reports</source>
        <translation>Deltagarrapporter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="142"/>
        <location filename="../desktop/sheets/layout.py" line="147"/>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="144"/>
        <source>Role on the trip</source>
        <translation>Roll på resan</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="149"/>
        <location filename="../desktop/sheets/layout.py" line="156"/>
        <source>Story</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="150"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="152"/>
        <source>What it brought</source>
        <translation>Vad det gav</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="36"/>
        <source>The spreadsheet %1 was not imported: %2</source>
        <translation>Kalkylbladet %1 importerades inte: %2</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="37"/>
        <source>it is larger than %1 MB, far more than a list needs.</source>
        <translation>det är större än %1 MB, långt mer än en lista behöver.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="38"/>
        <source>it has more than %1 rows.</source>
        <translation>det har fler än %1 rader.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="39"/>
        <source>it has more than %1 columns.</source>
        <translation>det har fler än %1 kolumner.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="40"/>
        <source>it would unpack to far more data than it holds, as a decompression bomb does.</source>
        <translation>det skulle packas upp till långt mer data än det innehåller, som en dekomprimeringsbomb gör.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="42"/>
        <source>it links to other files or data sources (%1); save a copy without links and import that.</source>
        <translation>det länkar till andra filer eller datakällor (%1); spara en kopia utan länkar och importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="44"/>
        <source>it is not an XLSX or CSV file that can be read.</source>
        <translation>det är ingen läsbar XLSX- eller CSV-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="45"/>
        <source>it is damaged and cannot be read.</source>
        <translation>det är skadat och kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="46"/>
        <source>it holds no rows.</source>
        <translation>det innehåller inga rader.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="47"/>
        <source>its text is in an encoding Vidare does not know; save it as CSV UTF-8 and try again.</source>
        <translation>texten har en teckenkodning som Vidare inte känner till; spara filen som CSV UTF-8 och försök igen.</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="132"/>
        <location filename="../desktop/ui/sheets_panel.py" line="112"/>
        <source>Export everything</source>
        <translation>Exportera allt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="167"/>
        <source>Write everything in Vidare to one Excel workbook, one sheet per area, or bring in a list from a spreadsheet: the pupils of a trip, the staff, a Beneficiary Module export.</source>
        <translation>Spara allt i Vidare i en enda Excel-arbetsbok med ett blad per område, eller hämta in en lista från ett kalkylblad: eleverna på en resa, personalen, en export från Beneficiary Module.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="170"/>
        <source>For the data protection officer: with everyone&apos;s name</source>
        <translation>För dataskyddsombudet: visa allas namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="172"/>
        <source>Export everything…</source>
        <translation>Exportera allt…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="173"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importera från ett kalkylblad…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="121"/>
        <source>Writing %1…</source>
        <translation>Sparar %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="133"/>
        <source>The workbook was not written: %1</source>
        <translation>Arbetsboken kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="161"/>
        <source>Everyone is named, whatever their consent says. Keep the file as safely as the database.</source>
        <translation>Alla visas med namn, oavsett vad samtycket säger. Förvara filen lika säkert som databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="163"/>
        <source>Off: people whose consent does not cover use inside the school appear by role and initials only.</source>
        <translation>Av: personer vars samtycke inte omfattar användning inom skolan visas bara med roll och initialer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="140"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rad sparad i %1.</numerusform>
            <numerusform>%n rader sparade i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="142"/>
        <source>Everyone is named in it: keep it as safely as the database, and delete it when it is no longer needed.</source>
        <translation>Alla visas med namn i filen: förvara den lika säkert som databasen, och ta bort den när den inte längre behövs.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="113"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="145"/>
        <source>%n person(s) are shown by role and initials only, as their consent asks.</source>
        <translation>
            <numerusform>%n person visas bara med roll och initialer, som samtycket kräver.</numerusform>
            <numerusform>%n personer visas bara med roll och initialer, som deras samtycken kräver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/errors.py" line="27"/>
        <source>There is no database at %1.</source>
        <translation>Det finns ingen databas på %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="31"/>
        <source>%1 is not a Vidare database.</source>
        <translation>%1 är ingen Vidare-databas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="35"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="39"/>
        <source>%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.</source>
        <translation>%1 sparades av en nyare version av Vidare (dataversion %2); den här versionen hanterar högst %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="46"/>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="80"/>
        <source>%1 holds the data of another school (%2), not of %3.</source>
        <translation>%1 innehåller uppgifter från en annan skola (%2), inte från %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="91"/>
        <source>%1 can only be read here, so this document, which shows people, could not be recorded for the take-down list.</source>
        <translation>Dokumentet visar personer men kunde inte registreras i listan över vad som ska tas bort, eftersom %1 bara kan läsas här.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="55"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Det går inte att skriva i mappen %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="61"/>
        <source>%1 can only be read here, so Vidare changes nothing in it.</source>
        <translation>%1 kan bara läsas här, så Vidare ändrar inget i den.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="68"/>
        <source>%1 is in a folder kept in step by %2; two computers writing it at once can damage it.</source>
        <translation>%1 ligger i en mapp som synkroniseras av %2; om två datorer skriver till databasen samtidigt kan den skadas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/lock.py" line="41"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4).</source>
        <translation>%1 är redan öppen i Vidare någon annanstans (%2 på %3, sedan %4).</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="64"/>
        <source>The backup in %1 could not be made or verified: %2</source>
        <translation>Säkerhetskopian i %1 kunde inte skapas eller kontrolleras: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="68"/>
        <source>%1 is not a Vidare backup.</source>
        <translation>%1 är ingen säkerhetskopia från Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="72"/>
        <source>%1 is a file; give a folder to keep the backups in.</source>
        <translation>%1 är en fil; ange en mapp att spara säkerhetskopiorna i.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="70"/>
        <source>it holds a file that no record uses (%1).</source>
        <translation>det innehåller en fil som ingen post använder (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="71"/>
        <source>the file %1 does not hold what its name says.</source>
        <translation>filen %1 innehåller inte det som namnet anger.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="72"/>
        <source>the picture %1 cannot be used: %2</source>
        <translation>bilden %1 kan inte användas: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="73"/>
        <source>it holds far more data than its records need.</source>
        <translation>det innehåller långt mer data än posterna behöver.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="78"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 importerades inte: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="31"/>
        <source>it is not a readable zip file.</source>
        <translation>det är ingen läsbar zip-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="32"/>
        <source>it holds a file that would land outside the media folder (%1).</source>
        <translation>det innehåller en fil som skulle hamna utanför mediemappen (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="34"/>
        <source>it holds a link (%1) instead of a file.</source>
        <translation>det innehåller en länk (%1) i stället för en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="35"/>
        <source>it holds too many files.</source>
        <translation>det innehåller för många filer.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="36"/>
        <source>it would unpack to more data than a Vidare archive can hold (%1).</source>
        <translation>det skulle packas upp till mer data än ett Vidare-arkiv kan innehålla (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="38"/>
        <source>it holds no Vidare database.</source>
        <translation>det innehåller ingen Vidare-databas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="37"/>
        <source>the database inside is not a Vidare database.</source>
        <translation>databasen i arkivet är ingen Vidare-databas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="38"/>
        <source>the database inside is damaged.</source>
        <translation>databasen i arkivet är skadad.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="39"/>
        <source>it was made by a newer Vidare; install the newer Vidare first.</source>
        <translation>det skapades av en nyare version av Vidare; installera den nyare versionen först.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="43"/>
        <source>the database inside holds a view that Vidare did not make (%1).</source>
        <translation>databasen i arkivet innehåller en vy som Vidare inte har skapat (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="45"/>
        <source>the database inside holds a trigger that Vidare did not make (%1).</source>
        <translation>databasen i arkivet innehåller en trigger som Vidare inte har skapat (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="47"/>
        <source>the database inside holds a table that Vidare did not make (%1).</source>
        <translation>databasen i arkivet innehåller en tabell som Vidare inte har skapat (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="49"/>
        <source>the database inside holds an index that Vidare did not make (%1).</source>
        <translation>databasen i arkivet innehåller ett index som Vidare inte har skapat (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="53"/>
        <source>the database inside has a changed or missing table (%1).</source>
        <translation>databasen i arkivet har en tabell som har ändrats eller saknas (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="55"/>
        <source>reading the database inside took too long.</source>
        <translation>det tog för lång tid att läsa databasen i arkivet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="56"/>
        <source>the record %1 in %2 has a value of the wrong kind in %3.</source>
        <translation>posten %1 i %2 har ett värde av fel typ i %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="58"/>
        <source>the record %1 in %2 holds text that is not valid UTF-8 (in %3).</source>
        <translation>posten %1 i %2 innehåller text som inte är giltig UTF-8 (i %3).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="60"/>
        <source>the record %1 in %2 breaks a rule (%3: %4)</source>
        <translation>posten %1 i %2 bryter mot en regel (%3: %4)</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="39"/>
        <source>it holds the file %1 twice.</source>
        <translation>det innehåller filen %1 två gånger.</translation>
    </message>
    <message>
        <location filename="../desktop/demo/generator.py" line="47"/>
        <source>The database is not empty; the demo school is only written into an empty database.</source>
        <translation>Databasen är inte tom; demoskolan kan bara läggas in i en tom databas.</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="163"/>
        <source>No story yet. Press New: a story can be started before its trip is over, and photos added once it has a title.</source>
        <translation>Ingen berättelse ännu. Tryck på Ny: en berättelse kan påbörjas innan resan är slut, och foton kan läggas till när den har en titel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="275"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="276"/>
        <source>Search all stories…</source>
        <translation>Sök i alla berättelser…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="277"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="61"/>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="63"/>
        <source>Written in</source>
        <translation>Skriven på</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="66"/>
        <source>Story</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="67"/>
        <source>Quote for posters</source>
        <translation>Citat för affischer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="69"/>
        <source>What it brought</source>
        <translation>Vad det gav</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="71"/>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="102"/>
        <source>(no trip)</source>
        <translation>(ingen resa)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="136"/>
        <source>New story</source>
        <translation>Ny berättelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="141"/>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="34"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="35"/>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="36"/>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="39"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
</context>
<context>
    <name>SubListPanel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="112"/>
        <source>Add a partner</source>
        <translation>Lägg till en partner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="118"/>
        <source>Add a result</source>
        <translation>Lägg till ett resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sub_list.py" line="178"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="472"/>
        <source>Delete this draft?</source>
        <translation>Ta bort det här utkastet?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="512"/>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="513"/>
        <location filename="../desktop/ui/table_page.py" line="518"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="514"/>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Lägg till en ny post (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="515"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="516"/>
        <source>Delete the chosen record (Delete)</source>
        <translation>Ta bort vald post (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="517"/>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="533"/>
        <source>Choose a row in the list to see it here, or press New.</source>
        <translation>Välj en rad i listan för att se den här, eller tryck på Ny.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="547"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Visar bara %n post som varningen gäller.</numerusform>
            <numerusform>Visar bara de %n poster som varningen gäller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="303"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="306"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>%n draft(s) not saved yet</source>
        <translation>
            <numerusform>%n utkast som inte har sparats ännu</numerusform>
            <numerusform>%n utkast som inte har sparats ännu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="535"/>
        <source>Nothing matches. Clear the filter to see everything.</source>
        <translation>Inget matchar. Rensa filtret för att se allt.</translation>
    </message>
</context>
<context>
    <name>TargetGroupsEditor</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="228"/>
        <source>Add a target group</source>
        <translation>Lägg till en målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="224"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="224"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="225"/>
        <source>Representatives, by name</source>
        <translation>Representanter (namn)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>No target group yet: to whom does this result matter?</source>
        <translation>Ingen målgrupp ännu: för vem är resultatet viktigt?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../desktop/ui/timeline.py" line="86"/>
        <source>last fifth</source>
        <translation>sista femtedelen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="126"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="72"/>
        <source>Choose a project to see its dissemination.</source>
        <translation>Välj ett projekt för att se dess spridning.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="133"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="134"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="135"/>
        <source>Last fifth of the project</source>
        <translation>Projektets sista femtedel</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="77"/>
        <source>Enter a date.</source>
        <translation>Ange ett datum.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="80"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>”%1” är inget datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="89"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="95"/>
        <source>Choose a project (record it on the Projects page first).</source>
        <translation>Välj ett projekt (registrera det först på sidan Projekt).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="103"/>
        <source>“%1” is not a known country.</source>
        <translation>”%1” är inget känt land.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="112"/>
        <location filename="../desktop/domain/validation.py" line="212"/>
        <location filename="../desktop/store/row_rules.py" line="50"/>
        <source>“%1” is not one of the choices.</source>
        <translation>”%1” finns inte bland alternativen.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="124"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Texten är för lång (högst %1 tecken).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="127"/>
        <source>This text contains invisible control characters.</source>
        <translation>Texten innehåller osynliga styrtecken.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="135"/>
        <location filename="../desktop/domain/validation.py" line="206"/>
        <location filename="../desktop/domain/validation.py" line="243"/>
        <location filename="../desktop/store/row_rules.py" line="49"/>
        <source>Enter a title.</source>
        <translation>Ange en titel.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="176"/>
        <source>Travel days must be between 0 and 14.</source>
        <translation>Antalet resdagar måste vara mellan 0 och 14.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="181"/>
        <source>Describe the sustainable means of transport.</source>
        <translation>Beskriv det hållbara färdsättet.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="184"/>
        <source>The description may be at most %1 characters.</source>
        <translation>Beskrivningen får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="191"/>
        <source>No pupils on this pupil mobility yet: add them when you know who goes.</source>
        <translation>Inga elever på den här elevmobiliteten ännu: lägg till dem när du vet vilka som åker.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/domain/validation.py" line="196"/>
        <source>This trip lasts %n day(s), outside the usual %1–%2 days for this activity.</source>
        <translation>
            <numerusform>Resan varar %n dag, men den här aktiviteten brukar vara %1–%2 dagar.</numerusform>
            <numerusform>Resan varar %n dagar, men den här aktiviteten brukar vara %1–%2 dagar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="208"/>
        <source>The quote is %1 characters long; a poster has room for %2.</source>
        <translation>Citatet är %1 tecken långt; en affisch har plats för %2.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="229"/>
        <source>The consent expires before it was given.</source>
        <translation>Samtycket upphör innan det har lämnats.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="254"/>
        <source>Enter the date the action was done.</source>
        <translation>Ange datumet då aktiviteten genomfördes.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="258"/>
        <source>Enter the number of people reached (0 or more).</source>
        <translation>Ange antal nådda personer (0 eller fler).</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="48"/>
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="51"/>
        <source>“%1” is not a record id.</source>
        <translation>”%1” är inget post-id.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="52"/>
        <source>“%1” is not a time.</source>
        <translation>”%1” är ingen tidpunkt.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="53"/>
        <source>The time %1 lies in the future.</source>
        <translation>Tidpunkten %1 ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="54"/>
        <source>“%1” is not a file of the media folder.</source>
        <translation>”%1” är ingen fil i mediemappen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="55"/>
        <source>This is not a list of records.</source>
        <translation>Det här är ingen lista med poster.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="56"/>
        <source>This is not a whole number in range.</source>
        <translation>Det här är inget heltal inom tillåtet intervall.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="96"/>
        <source>The file cannot be found.</source>
        <translation>Filen hittades inte.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="98"/>
        <source>The photo is too large.</source>
        <translation>Fotot är för stort.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="105"/>
        <location filename="../desktop/store/media.py" line="115"/>
        <source>The photo has too many pixels to be used safely.</source>
        <translation>Fotot har för många pixlar för att kunna användas säkert.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="109"/>
        <location filename="../desktop/store/media.py" line="121"/>
        <location filename="../desktop/store/media.py" line="124"/>
        <source>This file is not an image.</source>
        <translation>Filen är ingen bild.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="79"/>
        <source>“%1” is not a date Vidare can read; write it like %2.</source>
        <translation>”%1” är inget datum som Vidare kan läsa; skriv det som %2.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="41"/>
        <source>Choose the project these rows belong to.</source>
        <translation>Välj vilket projekt raderna hör till.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="42"/>
        <source>There is no project “%1” in Vidare.</source>
        <translation>Det finns inget projekt ”%1” i Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="43"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>”%1” är varken ja eller nej.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="45"/>
        <source>It refers to something that is not in Vidare.</source>
        <translation>Raden hänvisar till något som inte finns i Vidare.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/cli_text.py" line="23"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="24"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="25"/>
        <source>options</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="26"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="27"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="28"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="30"/>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="32"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="33"/>
        <source>expected one argument</source>
        <translation>ett värde krävs</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="34"/>
        <source>expected at most one argument</source>
        <translation>högst ett värde är tillåtet</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="35"/>
        <source>expected at least one argument</source>
        <translation>minst ett värde krävs</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt alternativ: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="37"/>
        <source>not allowed with argument %s</source>
        <translation>får inte användas tillsammans med %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="38"/>
        <source>ignored explicit argument %r</source>
        <translation>värdet %r ignorerades</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
</context>
</TS>
