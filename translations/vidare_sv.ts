<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="70"/>
        <source>About Vidare</source>
        <translation>Om Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="63"/>
        <source>An offline record of a school&apos;s Erasmus+ mobilities, stories and dissemination, with posters and reports.</source>
        <translation>Skolans register över Erasmus+-mobiliteter, berättelser och spridning, utan internet – med affischer och rapporter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="65"/>
        <source>Your data stays on this computer. Vidare never connects to the internet.</source>
        <translation>Dina uppgifter stannar på den här datorn. Vidare ansluter aldrig till internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="62"/>
        <source>Vidare %1</source>
        <translation>Vidare %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="67"/>
        <source>Licence: EUPL-1.2. Qt %1, Python %2.</source>
        <translation>Licens: EUPL-1.2. Qt %1, Python %2.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="71"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="72"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="73"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="74"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="76"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="78"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="79"/>
        <source>Quality standard</source>
        <translation>Kvalitetsstandard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="81"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="85"/>
        <source>Planned for</source>
        <translation>Planerad till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="87"/>
        <source>Done on</source>
        <translation>Genomförd den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="91"/>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="93"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="107"/>
        <source>Evidence (link or file)</source>
        <translation>Dokumentation (länk eller fil)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="109"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="163"/>
        <source>Choose the evidence file</source>
        <translation>Välj fil med dokumentation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="203"/>
        <source>Attach file…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="204"/>
        <source>A link, or attach a file</source>
        <translation>En länk, eller bifoga en fil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="194"/>
        <source>Copy link</source>
        <translation>Kopiera länk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="197"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="208"/>
        <source>No action chosen</source>
        <translation>Ingen aktivitet vald</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="171"/>
        <source>Evidence</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="210"/>
        <source>New dissemination action</source>
        <translation>Ny spridningsaktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="121"/>
        <source>(no particular result)</source>
        <translation>(inget särskilt resultat)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="172"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunde inte kopieras: %1</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="37"/>
        <source>Action</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="38"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="42"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="44"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="45"/>
        <source>Reached</source>
        <translation>Nådda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="47"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="49"/>
        <source>Quality standard</source>
        <translation>Kvalitetsstandard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="51"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="52"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="53"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="40"/>
        <source>When Vidare started</source>
        <translation>När Vidare startade</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="41"/>
        <source>After the day&apos;s work</source>
        <translation>Efter dagens arbete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="42"/>
        <source>Backed up by hand</source>
        <translation>Manuell säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="43"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="44"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="45"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="48"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="96"/>
        <source>%1 projects, %2 trips, %3 people, %4 stories, %5 photos</source>
        <translation>projekt: %1, resor: %2, personer: %3, berättelser: %4, foton: %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="188"/>
        <source>Backed up and verified: %1.</source>
        <translation>Säkerhetskopierat och kontrollerat: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="236"/>
        <source>The archive was written to %1.</source>
        <translation>Arkivet skrevs till %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="261"/>
        <source>Imported: %1 added, %2 updated, %3 deleted. The data as it was before is kept in a backup.</source>
        <translation>Importerat: %1 tillagda, %2 uppdaterade, %3 borttagna. Uppgifterna som de var innan finns kvar i en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="296"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="297"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="298"/>
        <source>Export archive…</source>
        <translation>Exportera arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="299"/>
        <source>Import archive…</source>
        <translation>Importera arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="197"/>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <location filename="../desktop/ui/backups_panel.py" line="208"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="198"/>
        <source>What is in Vidare now is backed up first, so nothing is lost.</source>
        <translation>Det som finns i Vidare nu säkerhetskopieras först, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="212"/>
        <source>Restored the backup of %1. What it replaced is kept in the backup of %2.</source>
        <translation>Säkerhetskopian från %1 är återställd. Det den ersatte finns kvar i säkerhetskopian från %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="216"/>
        <source>Restored the backup of %1.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="225"/>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <source>Export archive</source>
        <translation>Exportera arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="226"/>
        <location filename="../desktop/ui/backups_panel.py" line="245"/>
        <source>Vidare archive (*.zip)</source>
        <translation>Vidare-arkiv (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="244"/>
        <location filename="../desktop/ui/backups_panel.py" line="254"/>
        <location filename="../desktop/ui/backups_panel.py" line="258"/>
        <source>Import archive</source>
        <translation>Importera arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="292"/>
        <source>Vidare backs up the database and its photos when it starts and after a day&apos;s work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1.</source>
        <translation>Vidare säkerhetskopierar databasen och dess foton när programmet startar och efter dagens arbete, och sparar de senaste 7 dagarna, 4 veckorna och 12 månaderna. Säkerhetskopiorna finns i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="197"/>
        <source>Put back the data as it was on %1?</source>
        <translation>Återställa uppgifterna som de var %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="185"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="185"/>
        <source>No backup was made: %1</source>
        <translation>Ingen säkerhetskopia gjordes: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="208"/>
        <source>Nothing was restored: %1</source>
        <translation>Inget återställdes: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <source>The archive was not written: %1</source>
        <translation>Arkivet skrevs inte: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="47"/>
        <source>Group mobility of pupils</source>
        <translation>Gruppmobilitet för elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="50"/>
        <source>Short-term learning mobility of pupils</source>
        <translation>Kortvarig utbildningsmobilitet för elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="53"/>
        <source>Long-term learning mobility of pupils</source>
        <translation>Långvarig utbildningsmobilitet för elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="55"/>
        <source>Job shadowing</source>
        <translation>Jobbskuggning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="56"/>
        <source>Teaching assignment</source>
        <translation>Undervisningsuppdrag</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="57"/>
        <source>Course or training</source>
        <translation>Kurs eller fortbildning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="59"/>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="61"/>
        <source>Hosting teachers and educators in training</source>
        <translation>Mottagande av lärare och lärarstudenter</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="63"/>
        <source>Preparatory visit</source>
        <translation>Förberedande besök</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="67"/>
        <source>Teacher</source>
        <translation>Lärare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="68"/>
        <source>Other staff</source>
        <translation>Övrig personal</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="69"/>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="73"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="74"/>
        <source>Accompanying person</source>
        <translation>Ledsagare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="75"/>
        <source>Lead accompanying person</source>
        <translation>Ansvarig ledsagare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="79"/>
        <location filename="../desktop/domain/catalogues.py" line="168"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="80"/>
        <location filename="../desktop/domain/catalogues.py" line="169"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="81"/>
        <location filename="../desktop/domain/catalogues.py" line="170"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="85"/>
        <source>Not sent</source>
        <translation>Ej skickad</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="86"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="87"/>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="91"/>
        <source>Train</source>
        <translation>Tåg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="92"/>
        <source>Bus or coach</source>
        <translation>Buss</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="93"/>
        <source>Shared car</source>
        <translation>Samåkning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="94"/>
        <source>Bicycle or on foot</source>
        <translation>Cykel eller till fots</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="95"/>
        <source>Other sustainable means</source>
        <translation>Annat hållbart färdsätt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="97"/>
        <source>Ferry</source>
        <translation>Färja</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="98"/>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="99"/>
        <source>Plane</source>
        <translation>Flyg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="104"/>
        <source>Blog</source>
        <translation>Blogg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="105"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="106"/>
        <source>Local press</source>
        <translation>Lokalpress</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="107"/>
        <source>Specialist press or report</source>
        <translation>Facktidskrift eller rapport</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="108"/>
        <source>Seminar or meeting</source>
        <translation>Seminarium eller möte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="109"/>
        <source>Staff meeting</source>
        <translation>Personalmöte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="110"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="111"/>
        <source>Exhibition</source>
        <translation>Utställning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="112"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="113"/>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="114"/>
        <source>Open event</source>
        <translation>Öppet evenemang</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="115"/>
        <source>Parents&apos; meeting</source>
        <translation>Föräldramöte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="116"/>
        <source>Visit to or from another school or municipality</source>
        <translation>Besök till eller från en annan skola eller kommun</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="118"/>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="119"/>
        <source>Project Results Platform</source>
        <translation>Project Results Platform</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="120"/>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="121"/>
        <source>Poster in school</source>
        <translation>Affisch i skolan</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="122"/>
        <location filename="../desktop/domain/catalogues.py" line="137"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="126"/>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="127"/>
        <source>Parents and guardians</source>
        <translation>Föräldrar och vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="128"/>
        <source>Colleagues at our school</source>
        <translation>Kollegor på vår skola</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="129"/>
        <source>Teachers at other schools</source>
        <translation>Lärare på andra skolor</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="130"/>
        <source>School leaders</source>
        <translation>Skolledare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="131"/>
        <source>Municipality or school owner</source>
        <translation>Kommun eller huvudman</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="132"/>
        <source>Policy makers</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="133"/>
        <source>Local community</source>
        <translation>Lokalsamhället</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="134"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="135"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="136"/>
        <source>Teacher education</source>
        <translation>Lärarutbildning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="141"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="142"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="146"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="147"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="148"/>
        <source>National</source>
        <translation>Nationell</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="149"/>
        <source>European</source>
        <translation>Europeisk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="153"/>
        <source>Sharing within the school</source>
        <translation>Dela inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="155"/>
        <source>Sharing with other organisations and the public</source>
        <translation>Dela med andra organisationer och allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="156"/>
        <source>Acknowledging EU funding</source>
        <translation>Synliggöra EU:s finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="160"/>
        <source>Spread knowledge</source>
        <translation>Sprida kunskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="161"/>
        <source>Widen the school&apos;s influence</source>
        <translation>Öka skolans inflytande</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="162"/>
        <source>Influence policy and practice</source>
        <translation>Påverka policy och praktik</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="163"/>
        <source>Build partnerships</source>
        <translation>Bygga partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="164"/>
        <source>Raise the school&apos;s profile</source>
        <translation>Stärka skolans profil</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="174"/>
        <source>New pedagogical ideas</source>
        <translation>Nya pedagogiska idéer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="175"/>
        <source>International competence</source>
        <translation>Internationell kompetens</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="176"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="177"/>
        <source>Subject knowledge</source>
        <translation>Ämneskunskaper</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="178"/>
        <source>Intercultural skills</source>
        <translation>Interkulturell kompetens</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="179"/>
        <source>Language skills</source>
        <translation>Språkkunskaper</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="180"/>
        <source>Professional networks</source>
        <translation>Professionella nätverk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="181"/>
        <source>Self-confidence</source>
        <translation>Självförtroende</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="185"/>
        <source>Tangible</source>
        <translation>Materiellt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="186"/>
        <source>Intangible</source>
        <translation>Immateriellt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="190"/>
        <source>KA121-SCH Accredited mobility</source>
        <translation>KA121-SCH Ackrediterad mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="191"/>
        <source>KA122-SCH Short-term mobility project</source>
        <translation>KA122-SCH Kortvarigt mobilitetsprojekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="192"/>
        <source>KA210-SCH Small-scale partnership</source>
        <translation>KA210-SCH Småskaligt partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="193"/>
        <source>KA220-SCH Cooperation partnership</source>
        <translation>KA220-SCH Samarbetspartnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="194"/>
        <source>eTwinning project</source>
        <translation>eTwinning-projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="195"/>
        <source>Other project</source>
        <translation>Annat projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="199"/>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="200"/>
        <source>FERS on Erasmus+ rules (Poland)</source>
        <translation>FERS enligt Erasmus+-regler (Polen)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="201"/>
        <source>Other funding</source>
        <translation>Annan finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="205"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="206"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="207"/>
        <source>Host organisation</source>
        <translation>Värdorganisation</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="211"/>
        <source>The person</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="212"/>
        <source>A guardian</source>
        <translation>En vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="216"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="217"/>
        <source>First name only</source>
        <translation>Endast förnamn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="218"/>
        <source>No name</source>
        <translation>Inget namn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="222"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="223"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="228"/>
        <source>Print inside the school</source>
        <translation>Tryck inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="229"/>
        <source>Print for the public</source>
        <translation>Tryck för allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="230"/>
        <source>Online</source>
        <translation>På nätet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="233"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="234"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
</context>
<context>
    <name>CheckPeopleList</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="238"/>
        <source>Find a person…</source>
        <translation>Sök en person…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli.py" line="153"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="154"/>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="155"/>
        <source>REF</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="156"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="157"/>
        <source>BACKUP</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="158"/>
        <source>ARCHIVE</source>
        <translation>ARKIV</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="159"/>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="160"/>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="247"/>
        <source>Give the new database with %1.</source>
        <translation>Ange den nya databasen med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="250"/>
        <source>--scale must be a whole number from 1 to 10000.</source>
        <translation>--scale måste vara ett heltal från 1 till 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="257"/>
        <source>%1 is not empty; the demo school is only written into an empty database.</source>
        <translation>%1 är inte tom; demoskolan skrivs bara in i en tom databas.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="261"/>
        <source>%1: demo school (%2) with %3</source>
        <translation>%1: demoskola (%2) med %3</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="278"/>
        <source>%1 was saved by a newer Vidare (data version %2); install the newer Vidare to use it.</source>
        <translation>%1 sparades av en nyare version av Vidare (dataversion %2); installera den nyare versionen för att använda den.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="289"/>
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
        <location filename="../desktop/cli_print.py" line="57"/>
        <source>--from must not be after --to.</source>
        <translation>--from får inte vara senare än --to.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="78"/>
        <source>Give the project with %1.</source>
        <translation>Ange projektet med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="87"/>
        <source>More than one project&apos;s title starts with &quot;%1&quot;: give more of the title, or the grant agreement number (%2).</source>
        <translation>Flera projekt har en titel som börjar med ”%1”: skriv mer av titeln, eller projektnumret (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="91"/>
        <source>No project has the grant agreement number or id %1, or a title starting with it.</source>
        <translation>Inget projekt har projektnumret eller id:t %1 eller en titel som börjar så.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="103"/>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 är inget datum; skriv det som %2.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="111"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 är en mapp; ange namnet på PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="114"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="71"/>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="126"/>
        <source>%1 cannot be written.</source>
        <translation>Det går inte att skriva %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>Säkerhetskopian kunde inte kontrolleras och sparades inte: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="55"/>
        <location filename="../desktop/cli_safety.py" line="60"/>
        <source>%1 is not a Vidare backup folder.</source>
        <translation>%1 är ingen mapp med säkerhetskopior från Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="73"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Säkerhetskopian är skadad och återställdes inte: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="91"/>
        <source>%1 is a folder; give a file name for the archive.</source>
        <translation>%1 är en mapp; ange ett filnamn för arkivet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="122"/>
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
        <source>the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-000123456), its id, or the first words of its title</source>
        <translation>projektet: dess projektnummer (t.ex. 2025-1-SE01-KA122-SCH-000123456), dess id eller de första orden i titeln</translation>
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
        <translation>vem som ska se den: public, allmänheten (standard för affischer), eller internal, inom skolan (standard för rapporter); ett foto, en berättelse eller ett namn visas bara där personens samtycke täcker den användningen i dag</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="109"/>
        <source>%1, as %2 (default: %3)</source>
        <translation>%1, som %2 (standard: %3)</translation>
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
        <translation>upprepa skolans historik N gånger, varje kopia ett läsår tidigare, för att pröva Vidare med en stor databas (1 till 10000; standard 1)</translation>
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
        <source>write the database and its photos and files to one archive file</source>
        <translation>skriv databasen med dess foton och filer till en enda arkivfil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="135"/>
        <source>the archive file to write</source>
        <translation>arkivfilen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="136"/>
        <source>merge an archive from another computer into the database</source>
        <translation>slå ihop ett arkiv från en annan dator med databasen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="139"/>
        <source>the archive file to merge</source>
        <translation>arkivfilen som ska slås ihop</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="141"/>
        <source>open every page and build every document, timing each, then exit</source>
        <translation>öppna varje sida och skapa varje dokument, med tidtagning, och avsluta sedan</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="143"/>
        <source>the database to try (default: a new demo school)</source>
        <translation>databasen som ska prövas (standard: en ny demoskola)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="145"/>
        <source>save a picture of every page and document in this folder</source>
        <translation>spara en bild av varje sida och varje dokument i den här mappen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="285"/>
        <source>%1: %2 (the first: %3)</source>
        <translation>%1: %2 (det första: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the first day</source>
        <translation>första dagen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <location filename="../desktop/cli.py" line="113"/>
        <location filename="../desktop/cli_print.py" line="104"/>
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
        <location filename="../desktop/cli.py" line="286"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem hittades</numerusform>
            <numerusform>%n problem hittades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="131"/>
        <source>%1: %2, %3, written to %4</source>
        <translation>%1: %2, %3, sparad i %4</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="43"/>
        <location filename="../desktop/ui/dialogs.py" line="51"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Inget annat tas bort samtidigt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="44"/>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="47"/>
        <source>These are deleted with it: %1.</source>
        <translation>Detta tas också bort: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="31"/>
        <source>Protected identity: this person&apos;s name, photos and stories never appear anywhere.</source>
        <translation>Skyddad identitet: personens namn, foton och berättelser visas aldrig någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="34"/>
        <source>No consent recorded: this person&apos;s photos and stories may not be used anywhere.</source>
        <translation>Inget samtycke registrerat: personens foton och berättelser får inte användas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="38"/>
        <source>Consent withdrawn: take this person&apos;s photos and stories down wherever they appear.</source>
        <translation>Samtycket återkallat: ta bort personens foton och berättelser överallt där de finns.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="44"/>
        <source>Photos may appear: %1.</source>
        <translation>Foton får visas: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="44"/>
        <source>Photos may not appear anywhere.</source>
        <translation>Foton får inte visas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="45"/>
        <source>Stories may appear: %1.</source>
        <translation>Berättelser får visas: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="45"/>
        <source>Stories may not appear anywhere.</source>
        <translation>Berättelser får inte visas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="63"/>
        <source>No authors or people shown are recorded yet; add them so that consent can be checked.</source>
        <translation>Inga författare eller personer på bilderna är registrerade ännu; lägg till dem så att samtycket kan kontrolleras.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="68"/>
        <source>This story may not appear anywhere: someone&apos;s consent does not cover it.</source>
        <translation>Berättelsen får inte visas någonstans: någons samtycke täcker den inte.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="41"/>
        <source>Consent expired: ask for a new one.</source>
        <translation>Samtycket har gått ut: be om ett nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="75"/>
        <source>Its photos may not appear anywhere.</source>
        <translation>Dess foton får inte visas någonstans.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="51"/>
        <source>Name shown as: %1.</source>
        <translation>Namnet visas som: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="66"/>
        <source>This story may appear: %1.</source>
        <translation>Berättelsen får visas: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="77"/>
        <source>Consent to check: %1.</source>
        <translation>Samtycke att kontrollera: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="72"/>
        <source>Its photos may appear: %1.</source>
        <translation>Dess foton får visas: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="38"/>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="40"/>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="64"/>
        <source>Name shown as</source>
        <translation>Namnet visas som</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="67"/>
        <source>Expires on</source>
        <translation>Upphör den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="69"/>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="81"/>
        <location filename="../desktop/ui/pages/consent_editor.py" line="143"/>
        <source>Scanned form</source>
        <translation>Inskannad blankett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="135"/>
        <source>Choose the scanned consent form</source>
        <translation>Välj den inskannade samtyckesblanketten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="164"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="165"/>
        <source>May appear</source>
        <translation>Får visas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="168"/>
        <source>Attach…</source>
        <translation>Bifoga…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="169"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="170"/>
        <source>Record a new consent</source>
        <translation>Registrera ett nytt samtycke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="171"/>
        <source>Withdrawn today</source>
        <translation>Återkallat i dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="157"/>
        <source>No scanned form attached</source>
        <translation>Ingen inskannad blankett bifogad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="144"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunde inte kopieras: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="21"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n lärare</numerusform>
            <numerusform>%n lärare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="22"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n person i övrig personal</numerusform>
            <numerusform>%n personer i övrig personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="23"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="27"/>
        <location filename="../desktop/i18n/counts.py" line="34"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="28"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n ledsagare</numerusform>
            <numerusform>%n ledsagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="29"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n ansvarig ledsagare</numerusform>
            <numerusform>%n ansvariga ledsagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilitet</numerusform>
            <numerusform>%n mobiliteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="33"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n resa</numerusform>
            <numerusform>%n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n land</numerusform>
            <numerusform>%n länder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n berättelse</numerusform>
            <numerusform>%n berättelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>%n dag utomlands totalt</numerusform>
            <numerusform>%n dagar utomlands totalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spridningsaktivitet</numerusform>
            <numerusform>%n spridningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n fortfarande planerad</numerusform>
            <numerusform>%n fortfarande planerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n genomförd</numerusform>
            <numerusform>%n genomförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n nådd person</numerusform>
            <numerusform>%n nådda personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
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
        <location filename="../desktop/ui/dialogs.py" line="15"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilitet</numerusform>
            <numerusform>%n mobiliteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="16"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="17"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spridningsaktivitet</numerusform>
            <numerusform>%n spridningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n deltagarkoppling</numerusform>
            <numerusform>%n deltagarkopplingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n berättelse</numerusform>
            <numerusform>%n berättelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n personmarkering i foto</numerusform>
            <numerusform>%n personmarkeringar i foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n samtyckesblankett</numerusform>
            <numerusform>%n samtyckesblanketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n plats på en resa</numerusform>
            <numerusform>%n platser på resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
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
        <location filename="../desktop/ui/pages/dissemination_page.py" line="305"/>
        <source>Dissemination</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="306"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="306"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="307"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="307"/>
        <source>Quality standard</source>
        <translation>Kvalitetsstandard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="311"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="252"/>
        <source>All results</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="215"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="216"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="217"/>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="218"/>
        <source>All parts of the standard</source>
        <translation>Alla delar av standarden</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop/documents/common.py" line="31"/>
        <source>(shortened: %1 characters in all)</source>
        <translation>(förkortad: %1 tecken totalt)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/common.py" line="32"/>
        <source>…continued in the project report</source>
        <translation>…fortsätter i projektrapporten</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="23"/>
        <source>Printed on %1 with Vidare</source>
        <translation>Utskriven %1 med Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="24"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="14"/>
        <source>What end result do we expect from the activity or project?</source>
        <translation>Vilket slutresultat förväntar vi oss av aktiviteten eller projektet?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="15"/>
        <source>Which training or learning needs does it answer?</source>
        <translation>Vilka utbildningsbehov eller lärbehov svarar det mot?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="16"/>
        <source>Who is the user and/or final beneficiary of the project&apos;s results?</source>
        <translation>Vem är användare och/eller slutlig mottagare av projektresultaten?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="18"/>
        <source>Which activities will we use to spread the results and make sure they are used?</source>
        <translation>Vilka aktiviteter ska vi använda för att sprida resultaten och säkerställa att de tas tillvara?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="20"/>
        <source>Timetable, means and available resources?</source>
        <translation>Tidsplan, medel och tillgängliga resurser?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="33"/>
        <source>Plan and disseminate the project&apos;s results</source>
        <translation>Planera och sprid projektets resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="34"/>
        <source>Each lane is one result of the project: read it from left to right.</source>
        <translation>Varje rad är ett av projektets resultat: läs den från vänster till höger.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="35"/>
        <source>One lane for each result: fill it in together, from left to right.</source>
        <translation>En rad för varje resultat: fyll i den tillsammans, från vänster till höger.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="39"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="39"/>
        <source>what</source>
        <translation>vad</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="40"/>
        <source>Target groups and their representatives</source>
        <translation>Målgrupper och deras representanter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="40"/>
        <source>to whom</source>
        <translation>till vem</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="42"/>
        <source>Message and purpose</source>
        <translation>Budskap och syfte</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="42"/>
        <source>why</source>
        <translation>varför</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="43"/>
        <source>Tools and channels</source>
        <translation>Verktyg och kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="43"/>
        <source>how</source>
        <translation>hur</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="44"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="44"/>
        <source>during and after the project</source>
        <translation>under och efter projektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="45"/>
        <source>Who is responsible</source>
        <translation>Vem ansvarar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="46"/>
        <location filename="../desktop/documents/project_report.py" line="211"/>
        <source>Sustainability</source>
        <translation>Hållbarhet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="47"/>
        <source>Evaluation and indicators</source>
        <translation>Utvärdering och indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <location filename="../desktop/documents/project_report.py" line="125"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <location filename="../desktop/documents/project_report.py" line="128"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="181"/>
        <source>No results are recorded for this project yet.</source>
        <translation>Inga resultat är registrerade för projektet ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="263"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="267"/>
        <source>During the project</source>
        <translation>Under projektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="268"/>
        <source>After the project</source>
        <translation>Efter projektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="277"/>
        <location filename="../desktop/documents/project_report.py" line="212"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="280"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="283"/>
        <location filename="../desktop/documents/project_report.py" line="214"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="295"/>
        <source>Five questions to answer together</source>
        <translation>Fem frågor att besvara tillsammans</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="34"/>
        <source>What we learnt abroad, in our own words.</source>
        <translation>Det vi lärde oss utomlands, med egna ord.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="36"/>
        <source>trips abroad</source>
        <translation>resor utomlands</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="37"/>
        <location filename="../desktop/documents/summary.py" line="66"/>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="38"/>
        <source>days of learning abroad</source>
        <translation>lärdagar utomlands</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="39"/>
        <location filename="../desktop/documents/summary.py" line="67"/>
        <source>countries</source>
        <translation>länder</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="40"/>
        <source>people reached by our dissemination</source>
        <translation>personer nådda av vår spridning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="92"/>
        <source>Where we went</source>
        <translation>Dit vi reste</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="96"/>
        <source>No trips are done yet.</source>
        <translation>Inga resor är genomförda ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="118"/>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="123"/>
        <source>Project data</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="126"/>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="127"/>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Action</source>
        <translation>Projekttyp</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="129"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="132"/>
        <source>Needs analysis</source>
        <translation>Behovsanalys</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="133"/>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="134"/>
        <source>How the school&apos;s management takes part</source>
        <translation>Hur skolledningen deltar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="140"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="141"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="141"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="142"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="142"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="146"/>
        <source>No partners recorded.</source>
        <translation>Inga partner registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="150"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="156"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="156"/>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="157"/>
        <location filename="../desktop/documents/summary.py" line="90"/>
        <source>Accompanying persons</source>
        <translation>Ledsagare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="157"/>
        <source>Fewer opportunities</source>
        <translation>Färre möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="158"/>
        <source>Green travel</source>
        <translation>Grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="158"/>
        <source>Days abroad</source>
        <translation>Dagar utomlands</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="164"/>
        <source>Mobilities done; days abroad count each person&apos;s days with travel.</source>
        <translation>Genomförda mobiliteter; dagar utomlands räknas per person, inklusive resdagar.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="168"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="170"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="170"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="173"/>
        <source>%1 staff, %2 pupils, %3 accompanying</source>
        <translation>personal: %1, elever: %2, ledsagare: %3</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="178"/>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="189"/>
        <source>No mobilities recorded.</source>
        <translation>Inga mobiliteter registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="195"/>
        <source>Learning outcomes</source>
        <translation>Läranderesultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="198"/>
        <source>Passed on to colleagues</source>
        <translation>Vidareförmedlat till kollegor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="202"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="204"/>
        <source>No results recorded.</source>
        <translation>Inga resultat registrerade.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="209"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="210"/>
        <source>Message</source>
        <translation>Budskap</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="215"/>
        <source>Open licence</source>
        <translation>Öppen licens</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="219"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="219"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="220"/>
        <source>Representatives</source>
        <translation>Representanter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="227"/>
        <source>Dissemination</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="232"/>
        <source>None recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="235"/>
        <source>Reached</source>
        <translation>Nådda</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="235"/>
        <source>Evidence</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="248"/>
        <source>From the participants&apos; stories</source>
        <translation>Ur deltagarnas berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="250"/>
        <location filename="../desktop/documents/stories_poster.py" line="110"/>
        <source>No story may be printed for this audience yet.</source>
        <translation>Ingen berättelse får ännu skrivas ut för den här publiken.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="259"/>
        <source>Valorisation: the five control questions</source>
        <translation>Valorisering: de fem kontrollfrågorna</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="270"/>
        <source>Not recorded yet.</source>
        <translation>Inte registrerat ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="289"/>
        <source>%1 actions (%2 done): %3.</source>
        <translation>Spridningsaktiviteter: %1 (genomförda: %2): %3.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="294"/>
        <source>Dissemination from %1 to %2.</source>
        <translation>Spridning från %1 till %2.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="298"/>
        <source>Responsible: %1.</source>
        <translation>Ansvarig: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="59"/>
        <source>Summary for the principal</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="65"/>
        <source>mobilities</source>
        <translation>mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="68"/>
        <source>green travel</source>
        <translation>grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="69"/>
        <source>with fewer opportunities</source>
        <translation>med färre möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="70"/>
        <source>people reached</source>
        <translation>nådda personer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="83"/>
        <source>Nothing in this period.</source>
        <translation>Inget under den här perioden.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="96"/>
        <source>Mobilities by type</source>
        <translation>Mobiliteter per typ</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="97"/>
        <source>Mobilities by country</source>
        <translation>Mobiliteter per land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="98"/>
        <source>Participants by role</source>
        <translation>Deltagare per roll</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="99"/>
        <source>Dissemination by channel (actions · people reached)</source>
        <translation>Spridning per kanal (aktiviteter · nådda personer)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="109"/>
        <source>Dissemination actions done and planned</source>
        <translation>Genomförda och planerade spridningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="111"/>
        <source>%1 done</source>
        <translation>%1 genomförda</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="112"/>
        <source>%1 planned</source>
        <translation>%1 planerade</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="115"/>
        <source>%1 days of learning abroad in all.</source>
        <translation>Sammanlagt %1 lärdagar utomlands.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="117"/>
        <source>%1 stories written by participants.</source>
        <translation>Deltagarna har skrivit %1 berättelser.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="122"/>
        <source>The widest reach: %1 (%2 people).</source>
        <translation>Störst räckvidd: %1 (%2 personer).</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="125"/>
        <source>Project: %1 (%2)</source>
        <translation>Projekt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="127"/>
        <source>Highlights</source>
        <translation>Höjdpunkter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="131"/>
        <source>Open warnings</source>
        <translation>Öppna varningar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="133"/>
        <source>No open warnings.</source>
        <translation>Inga öppna varningar.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="102"/>
        <location filename="../desktop/ui/first_start.py" line="103"/>
        <source>Welcome to Vidare</source>
        <translation>Välkommen till Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="104"/>
        <source>Vidare keeps your school&apos;s Erasmus+ trips, stories and dissemination on this computer. Tell it which school it is for.</source>
        <translation>Vidare sparar skolans Erasmus+-resor, berättelser och spridning på den här datorn. Ange vilken skola det gäller.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="107"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="108"/>
        <source>School name</source>
        <translation>Skolans namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="109"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="110"/>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="111"/>
        <source>Look at the demo school first</source>
        <translation>Titta på demoskolan först</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="87"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Ange skolans namn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="89"/>
        <source>Choose the school&apos;s country.</source>
        <translation>Välj skolans land.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="30"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="32"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="33"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="34"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="35"/>
        <source>Dissemination</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="36"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="37"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="225"/>
        <source>About Vidare…</source>
        <translation>Om Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="238"/>
        <source>Vidare</source>
        <translation>Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="241"/>
        <source>Read-only: this database was saved by a newer Vidare; changes cannot be saved.</source>
        <translation>Skrivskyddad: databasen sparades av en nyare version av Vidare; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="214"/>
        <source>Ctrl+N: new record on this page</source>
        <translation>Ctrl+N: ny post på den här sidan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="215"/>
        <source>Ctrl+F: filter the table</source>
        <translation>Ctrl+F: filtrera tabellen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216"/>
        <source>Delete: delete the chosen record (Vidare asks first)</source>
        <translation>Delete: ta bort vald post (Vidare frågar först)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="217"/>
        <source>Ctrl+1 … Ctrl+8: go to a page</source>
        <translation>Ctrl+1 … Ctrl+8: gå till en sida</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219"/>
        <source>Every change is saved at once. Fields with a problem are marked, and nothing invalid is saved.</source>
        <translation>Varje ändring sparas direkt. Fält med problem markeras, och inget ogiltigt sparas.</translation>
    </message>
</context>
<context>
    <name>MobilitiesPage</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="221"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
</context>
<context>
    <name>MobilityEditor</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="54"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="55"/>
        <source>Activity type</source>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="57"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="58"/>
        <source>Host organisation</source>
        <translation>Värdorganisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="60"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="61"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="63"/>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="65"/>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="71"/>
        <source>Travel days</source>
        <translation>Resdagar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="72"/>
        <source>Main transport</source>
        <translation>Huvudsakligt färdsätt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="77"/>
        <source>Sustainable means, described</source>
        <translation>Hållbart färdsätt, beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="82"/>
        <source>Learning outcomes</source>
        <translation>Läranderesultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="84"/>
        <source>Passed on to colleagues</source>
        <translation>Vidareförmedlat till kollegor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="86"/>
        <source>Participant reports</source>
        <translation>Deltagarrapporter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="89"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="143"/>
        <source>Green travel</source>
        <translation>Grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="143"/>
        <source>Not green travel</source>
        <translation>Inte grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="164"/>
        <source>No mobility chosen</source>
        <translation>Ingen mobilitet vald</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="166"/>
        <source>New mobility</source>
        <translation>Ny mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="153"/>
        <source>%1 days abroad; usual for this activity: %2–%3 days.</source>
        <translation>%1 dagar utomlands; vanligt för den här aktiviteten: %2–%3 dagar.</translation>
    </message>
</context>
<context>
    <name>MobilityModel</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="29"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="30"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="32"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="33"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="34"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="36"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="40"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="61"/>
        <source>Choose the Vidare database you use, or start a new one.</source>
        <translation>Välj den Vidare-databas du använder, eller börja en ny.</translation>
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
        <translation>Du kan öppna den skrivskyddad. För att göra ändringar behöver du skrivbehörighet till mappen, eller kopiera databasen till en egen mapp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="72"/>
        <source>Close Vidare there first. Open anyway only if you are sure it is no longer running there; two Vidare windows writing one database can lose work.</source>
        <translation>Stäng Vidare där först. Öppna ändå bara om du är säker på att programmet inte längre körs där; två Vidare-fönster som skriver i samma databas kan förlora arbete.</translation>
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
        <location filename="../desktop/ui/open_problems.py" line="92"/>
        <source>Opening the database</source>
        <translation>Öppna databasen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="145"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="112"/>
        <location filename="../desktop/ui/open_problems.py" line="131"/>
        <location filename="../desktop/ui/open_problems.py" line="135"/>
        <location filename="../desktop/ui/open_problems.py" line="142"/>
        <source>Choose another file…</source>
        <translation>Välj en annan fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="158"/>
        <source>Choose a Vidare database</source>
        <translation>Välj en Vidare-databas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="159"/>
        <source>Vidare database (*.db);;All files (*)</source>
        <translation>Vidare-databas (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="118"/>
        <source>Move it to this computer</source>
        <translation>Flytta den till den här datorn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="120"/>
        <source>Keep it where it is</source>
        <translation>Låt den ligga kvar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="107"/>
        <source>Restore the backup of %1</source>
        <translation>Återställ säkerhetskopian från %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="123"/>
        <location filename="../desktop/ui/open_problems.py" line="129"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="125"/>
        <source>Open anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="137"/>
        <source>Start a new database</source>
        <translation>Börja en ny databas</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop/store/overview.py" line="144"/>
        <source>Most dissemination in “%1” is bunched at the end of the project.</source>
        <translation>Det mesta av spridningen i ”%1” är samlad i slutet av projektet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="148"/>
        <source>“%1” has no dissemination that shares results within the school.</source>
        <translation>”%1” saknar spridning som delar resultaten inom skolan.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="150"/>
        <source>“%1” has no dissemination that acknowledges EU funding.</source>
        <translation>”%1” saknar spridning som synliggör EU:s finansiering.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="159"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n resultat saknar målgrupp.</numerusform>
            <numerusform>%n resultat saknar målgrupp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="163"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n genomförd resa saknar berättelse.</numerusform>
            <numerusform>%n genomförda resor saknar berättelse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="168"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n planerad spridningsaktivitet är försenad.</numerusform>
            <numerusform>%n planerade spridningsaktiviteter är försenade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="172"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n genomförd spridningsaktivitet saknar dokumentation.</numerusform>
            <numerusform>%n genomförda spridningsaktiviteter saknar dokumentation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="178"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n person har återkallat sitt samtycke: se listan över vad som ska tas bort.</numerusform>
            <numerusform>%n personer har återkallat sitt samtycke: se listan över vad som ska tas bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="182"/>
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
        <location filename="../desktop/ui/pages/overview_page.py" line="163"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="178"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="179"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="180"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="181"/>
        <source>Green travel</source>
        <translation>Grönt resande</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="182"/>
        <source>of the trips</source>
        <translation>av resorna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Fewer opportunities</source>
        <translation>Färre möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="187"/>
        <source>Dissemination done</source>
        <translation>Genomförd spridning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="189"/>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="192"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="194"/>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="196"/>
        <source>Coming up</source>
        <translation>På gång</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="215"/>
        <source>Dissemination across the project</source>
        <translation>Spridning under projektets gång</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="212"/>
        <source>Nothing planned yet.</source>
        <translation>Inget planerat ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="224"/>
        <source>Nothing needs attention.</source>
        <translation>Inget behöver åtgärdas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="185"/>
        <source>%1 participants</source>
        <translation>%1 deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="187"/>
        <source>%1 still planned</source>
        <translation>%1 fortfarande planerade</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="193"/>
        <source>%1 days abroad in all</source>
        <translation>%1 dagar utomlands totalt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="175"/>
        <source>%1 accompanying</source>
        <translation>%1 ledsagare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="164"/>
        <source>School year %1 to %2</source>
        <translation>Läsåret %1 till %2</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../desktop/ui/models.py" line="161"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="35"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="36"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="38"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="39"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="36"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="37"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="39"/>
        <source>Trips</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="40"/>
        <source>Fewer opportunities</source>
        <translation>Färre möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="42"/>
        <source>Protected</source>
        <translation>Skyddad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="44"/>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="217"/>
        <source>Consent can be recorded once the person is saved.</source>
        <translation>Samtycke kan registreras när personen har sparats.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="249"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="251"/>
        <source>Take-down list…</source>
        <translation>Lista över vad som ska tas bort…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="252"/>
        <source>Where this person&apos;s photos, stories or name have been printed</source>
        <translation>Var personens foton, berättelser eller namn har skrivits ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="254"/>
        <source>Export their data…</source>
        <translation>Exportera personens uppgifter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="255"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="60"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="61"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="64"/>
        <source>Fewer opportunities</source>
        <translation>Färre möjligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="66"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="67"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="101"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="102"/>
        <source>Never shown anywhere</source>
        <translation>Visas aldrig någonstans</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="103"/>
        <source>Nothing about this person is ever printed or published, whatever the consent says.</source>
        <translation>Inget om den här personen skrivs någonsin ut eller publiceras, oavsett samtycke.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="98"/>
        <source>No person chosen</source>
        <translation>Ingen person vald</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="100"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="166"/>
        <source>Add photos</source>
        <translation>Lägg till foton</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="167"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="216"/>
        <source>Add photos…</source>
        <translation>Lägg till foton…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="217"/>
        <source>Remove photo</source>
        <translation>Ta bort foto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="218"/>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="219"/>
        <source>People shown</source>
        <translation>Personer på bilden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="221"/>
        <source>Photos can be added once the story has a title.</source>
        <translation>Foton kan läggas till när berättelsen har en titel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="223"/>
        <source>No photos yet: drop image files here or use Add photos.</source>
        <translation>Inga foton ännu: släpp bildfiler här eller använd Lägg till foton.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="225"/>
        <source>Drop more image files on the strip to add them.</source>
        <translation>Släpp fler bildfiler på remsan för att lägga till dem.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../desktop/documents/jobs.py" line="78"/>
        <source>Reading the database…</source>
        <translation>Läser databasen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="81"/>
        <source>Ready.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="80"/>
        <source>Drawing the preview…</source>
        <translation>Ritar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="79"/>
        <source>Laying out the pages…</source>
        <translation>Ordnar sidorna…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="44"/>
        <source>Planning poster</source>
        <translation>Planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="45"/>
        <source>Blank planning poster (workshop)</source>
        <translation>Tom planeringsaffisch (workshop)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="46"/>
        <source>Stories poster</source>
        <translation>Berättelseaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="47"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="48"/>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="51"/>
        <source>Inside the school</source>
        <translation>Inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="52"/>
        <source>For the public</source>
        <translation>För allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="305"/>
        <location filename="../desktop/ui/pages/print_page.py" line="316"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="306"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="335"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="383"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="384"/>
        <source>Posters and reports in any of the four languages. Photos, stories and names appear only where consent allows.</source>
        <translation>Affischer och rapporter på vilket som helst av de fyra språken. Foton, berättelser och namn visas bara där samtycket tillåter det.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="395"/>
        <source>In English</source>
        <translation>På engelska</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="400"/>
        <source>Preview</source>
        <translation>Förhandsvisa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="401"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="402"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="403"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="404"/>
        <source>Press Preview to see the document before printing.</source>
        <translation>Tryck på Förhandsvisa för att se dokumentet innan du skriver ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="213"/>
        <source>Choices changed: press Preview to see the document.</source>
        <translation>Valen har ändrats: tryck på Förhandsvisa för att se dokumentet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="220"/>
        <source>Choose a project first.</source>
        <translation>Välj ett projekt först.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="224"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="245"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="272"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="386"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="387"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="388"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="389"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="390"/>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="391"/>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="392"/>
        <source>Printed for</source>
        <translation>Utskrift för</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="393"/>
        <source>EU statement</source>
        <translation>EU-text</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="267"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n sida. Skriv ut den eller spara den som PDF.</numerusform>
            <numerusform>%n sidor. Skriv ut dem eller spara dem som PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="274"/>
        <source>The document could not be made: %1</source>
        <translation>Dokumentet kunde inte skapas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="320"/>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="317"/>
        <source>%1 cannot be written.</source>
        <translation>Det går inte att skriva %1.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../desktop/store/privacy.py" line="146"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="147"/>
        <source>Trips</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="148"/>
        <source>Stories written</source>
        <translation>Skrivna berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="149"/>
        <source>Photos showing this person</source>
        <translation>Foton där personen syns</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="150"/>
        <source>Printed documents</source>
        <translation>Utskrivna dokument</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="152"/>
        <source>Everything Vidare holds about this person, exported %1.</source>
        <translation>Allt som Vidare har om den här personen, exporterat %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="33"/>
        <source>Planning poster</source>
        <translation>Planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="34"/>
        <source>Blank planning poster</source>
        <translation>Tom planeringsaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="35"/>
        <source>Stories poster</source>
        <translation>Berättelseaffisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="36"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammanfattning för rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="37"/>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Inside the school</source>
        <translation>Inom skolan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="41"/>
        <source>For the public</source>
        <translation>För allmänheten</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="166"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="171"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="202"/>
        <source>Erase this person</source>
        <translation>Radera personen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="211"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="70"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="144"/>
        <source>Take-down list</source>
        <translation>Lista över vad som ska tas bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="154"/>
        <source>Copy list</source>
        <translation>Kopiera listan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="177"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="188"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="184"/>
        <source>Export this person&apos;s data</source>
        <translation>Exportera personens uppgifter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="203"/>
        <source>Erase %1 from Vidare for good?</source>
        <translation>Radera %1 från Vidare för gott?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="204"/>
        <source>Removed: the person, %1 consent record(s) with their scanned forms, %2 photo(s) showing them and %3 story(ies) only they wrote. Their %4 place(s) on trips are kept as an anonymous person so that the figures stay right. Backups made before today still hold this person until they are rotated away (at most 12 months).</source>
        <translation>Borttaget: personen, samtyckena med inskannade blanketter (%1), foton där personen syns (%2) och berättelser som bara personen skrev (%3). Personens platser på resor (%4) behålls som en anonym person så att siffrorna stämmer. Säkerhetskopior från före i dag innehåller personen tills de roteras bort (högst 12 månader).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="113"/>
        <source>Dissemination actions</source>
        <translation>Spridningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="117"/>
        <source>Stories showing this person</source>
        <translation>Berättelser där personen förekommer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="145"/>
        <source>Take-down list for %1</source>
        <translation>Lista över vad som ska tas bort för %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="147"/>
        <source>No printed document or dissemination action is recorded with this person&apos;s photos or stories.</source>
        <translation>Inget utskrivet dokument och ingen spridningsaktivitet med personens foton eller berättelser är registrerad.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="150"/>
        <source>Remove this person&apos;s photos and stories from what is listed here: take posters down, edit web pages and posts, and do not reprint these documents.</source>
        <translation>Ta bort personens foton och berättelser från det som listas här: ta ner affischer, redigera webbsidor och inlägg, och skriv inte ut dokumenten igen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>When or where</source>
        <translation>När eller var</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="189"/>
        <source>Written to %1 and %2.</source>
        <translation>Skrivet till %1 och %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="185"/>
        <source>The data could not be written: %1</source>
        <translation>Uppgifterna kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="162"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="163"/>
        <source>Results and target groups</source>
        <translation>Resultat och målgrupper</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="164"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="159"/>
        <source>No project chosen</source>
        <translation>Inget projekt valt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="161"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="45"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="46"/>
        <source>Grant reference</source>
        <translation>Avtalsnummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="49"/>
        <source>Action</source>
        <translation>Projekttyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="51"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="52"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="53"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="55"/>
        <source>Needs analysis</source>
        <translation>Behovsanalys</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="57"/>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="60"/>
        <source>How management is involved</source>
        <translation>Hur ledningen är delaktig</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="29"/>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="30"/>
        <source>Action</source>
        <translation>Projekttyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="31"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="32"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="222"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/forms.py" line="232"/>
        <source>New: it is saved as soon as the required fields are filled in.</source>
        <translation>Ny: sparas så snart de obligatoriska fälten är ifyllda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="235"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Inte sparat: rätta de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="237"/>
        <source>All changes saved.</source>
        <translation>Alla ändringar är sparade.</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="69"/>
        <source>1 Result</source>
        <translation>1 Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="70"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="71"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="74"/>
        <source>Open licence of published material</source>
        <translation>Öppen licens för publicerat material</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="79"/>
        <source>3 Message and purpose</source>
        <translation>3 Budskap och syfte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="82"/>
        <source>7 Sustainability</source>
        <translation>7 Hållbarhet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="83"/>
        <source>8 Indicator</source>
        <translation>8 Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="85"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="87"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="119"/>
        <source>2 Target groups</source>
        <translation>2 Målgrupper</translation>
    </message>
</context>
<context>
    <name>RolePeopleEditor</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="162"/>
        <source>Type a name…</source>
        <translation>Skriv ett namn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="163"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="164"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="159"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="160"/>
        <source>Is a</source>
        <translation>Roll i skolan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="161"/>
        <source>Role on the trip</source>
        <translation>Roll på resan</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="43"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="44"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="46"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="47"/>
        <source>Erasmus+ organisation ID (OID)</source>
        <translation>Erasmus+ organisations-ID (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="51"/>
        <source>Language of documents</source>
        <translation>Dokumentens språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="64"/>
        <location filename="../desktop/ui/pages/settings_page.py" line="105"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="92"/>
        <source>Choose the school&apos;s logo</source>
        <translation>Välj skolans logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="127"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="116"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="106"/>
        <source>This file cannot be used as a logo.</source>
        <translation>Filen kan inte användas som logotyp.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="208"/>
        <source>Open another database</source>
        <translation>Öppna en annan databas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="210"/>
        <source>Vidare databases (*.db)</source>
        <translation>Vidare-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="223"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="224"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="225"/>
        <source>The window changes language at once. Each document chooses its own language when it is printed.</source>
        <translation>Fönstret byter språk direkt. Varje dokument får sitt eget språk när det skrivs ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="230"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="231"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="237"/>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="238"/>
        <source>Open another database…</source>
        <translation>Öppna en annan databas…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="239"/>
        <source>About Vidare…</source>
        <translation>Om Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="240"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="213"/>
        <source>Another database</source>
        <translation>En annan databas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="214"/>
        <source>Vidare opens %1 the next time it starts.</source>
        <translation>Vidare öppnar %1 nästa gång programmet startar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="233"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="234"/>
        <source>Photos and attached files: %1</source>
        <translation>Foton och bifogade filer: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/database.py" line="35"/>
        <source>There is no database at %1.</source>
        <translation>Det finns ingen databas i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="39"/>
        <source>%1 is not a Vidare database.</source>
        <translation>%1 är ingen Vidare-databas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="43"/>
        <source>%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.</source>
        <translation>%1 sparades av en nyare version av Vidare (dataversion %2); den här versionen hanterar högst %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="48"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="53"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Det går inte att skriva i mappen %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="59"/>
        <source>%1 is in a folder kept in step by %2; two computers writing it at once can damage it.</source>
        <translation>%1 ligger i en mapp som synkroniseras av %2; om två datorer skriver i den samtidigt kan den skadas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/lock.py" line="35"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4).</source>
        <translation>%1 är redan öppen i en annan Vidare (%2 på %3, sedan %4).</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="40"/>
        <source>The backup in %1 could not be made or verified: %2</source>
        <translation>Säkerhetskopian i %1 kunde inte skapas eller kontrolleras: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="44"/>
        <source>%1 is not a Vidare backup.</source>
        <translation>%1 är ingen säkerhetskopia från Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="52"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 importerades inte: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="58"/>
        <source>it is not a readable zip file.</source>
        <translation>det är ingen läsbar zip-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="59"/>
        <source>it holds a file that would land outside the media folder (%1).</source>
        <translation>det innehåller en fil som skulle hamna utanför mediemappen (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="61"/>
        <source>it holds a link (%1) instead of a file.</source>
        <translation>det innehåller en länk (%1) i stället för en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="62"/>
        <source>it holds too many files.</source>
        <translation>det innehåller för många filer.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="63"/>
        <source>it would unpack to more data than a Vidare archive can hold (%1).</source>
        <translation>det skulle packas upp till mer data än ett Vidare-arkiv kan innehålla (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="65"/>
        <source>it holds no Vidare database.</source>
        <translation>det innehåller ingen Vidare-databas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="66"/>
        <source>the database inside is not a Vidare database.</source>
        <translation>databasen i arkivet är ingen Vidare-databas.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="67"/>
        <source>the database inside is damaged.</source>
        <translation>databasen i arkivet är skadad.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="68"/>
        <source>it was made by a newer Vidare; install the newer Vidare first.</source>
        <translation>det skapades av en nyare version av Vidare; installera den nyare versionen först.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="70"/>
        <source>it holds the file %1 twice.</source>
        <translation>det innehåller filen %1 två gånger.</translation>
    </message>
    <message>
        <location filename="../desktop/store/demo.py" line="47"/>
        <source>The database is not empty; the demo school is only written into an empty database.</source>
        <translation>Databasen är inte tom; demoskolan skrivs bara in i en tom databas.</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="292"/>
        <source>Stories</source>
        <translation>Berättelser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="293"/>
        <source>Search all stories…</source>
        <translation>Sök i alla berättelser…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="295"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="62"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="63"/>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="65"/>
        <source>Written in</source>
        <translation>Skriven på</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="69"/>
        <source>Story</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="70"/>
        <source>Quote for posters</source>
        <translation>Citat för affischer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="84"/>
        <source>What it brought</source>
        <translation>Vad det gav</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="87"/>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="164"/>
        <source>No story chosen</source>
        <translation>Ingen berättelse vald</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="103"/>
        <source>(no trip)</source>
        <translation>(ingen resa)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="166"/>
        <source>New story</source>
        <translation>Ny berättelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="140"/>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="37"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="38"/>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="39"/>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="42"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="43"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>SubListPanel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="106"/>
        <source>Add a partner</source>
        <translation>Lägg till en partner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="112"/>
        <source>Add a result</source>
        <translation>Lägg till ett resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sub_list.py" line="121"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="320"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Visar bara den post som varningen gäller (%n).</numerusform>
            <numerusform>Visar bara de %n poster som varningen gäller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="307"/>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="309"/>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Lägg till en ny post (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="310"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>Delete the chosen record (Delete)</source>
        <translation>Ta bort vald post (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="312"/>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="193"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetGroupsEditor</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="233"/>
        <source>Add a target group</source>
        <translation>Lägg till en målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="230"/>
        <source>Representatives, by name</source>
        <translation>Representanter, med namn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="234"/>
        <source>No target group yet: to whom does this result matter?</source>
        <translation>Ingen målgrupp ännu: för vem är resultatet viktigt?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../desktop/ui/timeline.py" line="72"/>
        <source>Choose a project to see its dissemination.</source>
        <translation>Välj ett projekt för att se dess spridning.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="123"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="124"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="125"/>
        <source>Last fifth of the project</source>
        <translation>Projektets sista femtedel</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="74"/>
        <source>Enter a date.</source>
        <translation>Ange ett datum.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="77"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>”%1” är inget datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="86"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="94"/>
        <source>“%1” is not a known country.</source>
        <translation>”%1” är inget känt land.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="103"/>
        <location filename="../desktop/domain/validation.py" line="199"/>
        <source>“%1” is not one of the choices.</source>
        <translation>”%1” finns inte bland valen.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="115"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Texten är för lång (högst %1 tecken).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="118"/>
        <source>This text contains invisible control characters.</source>
        <translation>Texten innehåller osynliga styrtecken.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="126"/>
        <location filename="../desktop/domain/validation.py" line="193"/>
        <location filename="../desktop/domain/validation.py" line="223"/>
        <location filename="../desktop/store/projects.py" line="127"/>
        <source>Enter a title.</source>
        <translation>Ange en titel.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="166"/>
        <source>Travel days must be between 0 and 14.</source>
        <translation>Antalet resdagar måste vara mellan 0 och 14.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="171"/>
        <source>Describe the sustainable means of transport.</source>
        <translation>Beskriv det hållbara färdsättet.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="174"/>
        <source>The description may be at most %1 characters.</source>
        <translation>Beskrivningen får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="180"/>
        <source>A pupil mobility needs at least one pupil among its participants.</source>
        <translation>En elevmobilitet behöver minst en elev bland deltagarna.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="184"/>
        <source>%1 days is outside the usual %2–%3 days for this activity.</source>
        <translation>%1 dagar ligger utanför de vanliga %2–%3 dagarna för den här aktiviteten.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="195"/>
        <source>The quote is %1 characters long; a poster has room for %2.</source>
        <translation>Citatet är %1 tecken långt; en affisch har plats för %2.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="215"/>
        <source>The consent expires before it was given.</source>
        <translation>Samtycket upphör innan det lämnades.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="233"/>
        <source>Enter the date the action was done.</source>
        <translation>Ange datum då aktiviteten genomfördes.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="237"/>
        <source>Enter the number of people reached (0 or more).</source>
        <translation>Ange antal nådda personer (0 eller fler).</translation>
    </message>
    <message>
        <location filename="../desktop/store/people.py" line="57"/>
        <location filename="../desktop/store/projects.py" line="27"/>
        <location filename="../desktop/store/projects.py" line="105"/>
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="29"/>
        <source>The file cannot be found.</source>
        <translation>Filen hittades inte.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="31"/>
        <source>The photo is too large.</source>
        <translation>Fotot är för stort.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="36"/>
        <source>The photo has too many pixels to be used safely.</source>
        <translation>Fotot har för många pixlar för att kunna användas säkert.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="41"/>
        <location filename="../desktop/store/stories.py" line="44"/>
        <source>This file is not an image.</source>
        <translation>Filen är ingen bild.</translation>
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
