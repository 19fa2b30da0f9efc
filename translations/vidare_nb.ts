<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
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
        <translation>Skolens egen oversikt over Erasmus+-mobiliteter, historier og spredning – uten internett, med plakater og rapporter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="79"/>
        <source>Your data stays on this computer. Vidare never connects to the internet.</source>
        <translation>Dataene dine blir på denne datamaskinen. Vidare kobler seg aldri til internett.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="76"/>
        <source>Vidare %1</source>
        <translation>Vidare %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="81"/>
        <source>Licence: EUPL-1.2. Qt %1, Python %2.</source>
        <translation>Lisens: EUPL-1.2. Qt %1, Python %2.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="108"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="109"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
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
        <translation>Målgruppe</translation>
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
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="121"/>
        <source>Planned for</source>
        <translation>Planlagt til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="122"/>
        <source>Done on</source>
        <translation>Gjennomført den</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="123"/>
        <source>People reached</source>
        <translation>Antall personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="125"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="126"/>
        <source>Evidence (link or file)</source>
        <translation>Dokumentasjon (lenke eller fil)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="128"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="230"/>
        <source>New dissemination action</source>
        <translation>Ny spredningsaktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="181"/>
        <source>(no particular result)</source>
        <translation>(ikke knyttet til et bestemt resultat)</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="46"/>
        <source>Reached</source>
        <translation>Personer nådd</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../desktop/ui/media.py" line="88"/>
        <source>Attach a file</source>
        <translation>Legg ved en fil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="128"/>
        <source>Attach file…</source>
        <translation>Legg ved fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="129"/>
        <source>A link, or attach a file</source>
        <translation>En lenke, eller legg ved en fil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="120"/>
        <source>Copy link</source>
        <translation>Kopier lenken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="123"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="130"/>
        <source>No file attached</source>
        <translation>Ingen fil lagt ved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="96"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunne ikke kopieres: %1</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="42"/>
        <source>When Vidare started</source>
        <translation>Da Vidare startet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="43"/>
        <source>After the day&apos;s work</source>
        <translation>Etter dagens arbeid</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="44"/>
        <source>Backed up by hand</source>
        <translation>Tatt manuelt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="45"/>
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="46"/>
        <source>Before an import</source>
        <translation>Før en import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="49"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="49"/>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="50"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="98"/>
        <source>%1 projects, %2 trips, %3 people, %4 stories, %5 photos</source>
        <translation>Prosjekter: %1, reiser: %2, personer: %3, historier: %4, bilder: %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="190"/>
        <source>Backed up and verified: %1.</source>
        <translation>Sikkerhetskopiert og kontrollert: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="243"/>
        <source>The archive was written to %1.</source>
        <translation>Arkivet ble lagret i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="296"/>
        <source>This backup holds another school&apos;s data.</source>
        <translation>Denne sikkerhetskopien inneholder dataene til en annen skole.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="297"/>
        <source>Restoring it replaces everything in Vidare now with that school&apos;s data. What is here now is backed up first.</source>
        <translation>Hvis du gjenoppretter den, blir alt som er i Vidare nå, erstattet med dataene til den skolen. Det som er her nå, sikkerhetskopieres først.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="299"/>
        <source>Restore anyway</source>
        <translation>Gjenopprett likevel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="301"/>
        <source>This archive holds another school&apos;s data.</source>
        <translation>Dette arkivet inneholder dataene til en annen skole.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="302"/>
        <source>Importing it adds that school&apos;s projects, trips, people and stories to yours. Do it only if the two schools share their work on purpose.</source>
        <translation>Hvis du importerer det, blir prosjektene, reisene, personene og historiene til den skolen lagt til sammen med dine egne. Gjør det bare hvis de to skolene har avtalt å dele arbeidet sitt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="305"/>
        <source>Import anyway</source>
        <translation>Importer likevel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="310"/>
        <source>Another school&apos;s data</source>
        <translation>En annen skoles data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="342"/>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="343"/>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="344"/>
        <source>Export archive…</source>
        <translation>Eksporter arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="345"/>
        <source>Import archive…</source>
        <translation>Importer arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <location filename="../desktop/ui/backups_panel.py" line="201"/>
        <location filename="../desktop/ui/backups_panel.py" line="211"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="200"/>
        <source>What is in Vidare now is backed up first, so nothing is lost.</source>
        <translation>Det som er i Vidare nå, sikkerhetskopieres først, så ingenting går tapt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="215"/>
        <source>Nothing was restored.</source>
        <translation>Ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="219"/>
        <source>Restored the backup of %1. What it replaced is kept in the backup of %2.</source>
        <translation>Sikkerhetskopien fra %1 er gjenopprettet. Det den erstattet, er tatt vare på i sikkerhetskopien fra %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="223"/>
        <source>Restored the backup of %1.</source>
        <translation>Sikkerhetskopien fra %1 er gjenopprettet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="232"/>
        <location filename="../desktop/ui/backups_panel.py" line="240"/>
        <source>Export archive</source>
        <translation>Eksporter arkiv</translation>
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
        <translation>Importer arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="268"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="338"/>
        <source>Vidare backs up the database and its photos when it starts and after a day&apos;s work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1.</source>
        <translation>Vidare sikkerhetskopierer databasen og bildene når programmet starter og etter dagens arbeid, og beholder de siste 7 dagene, 4 ukene og 12 månedene. Sikkerhetskopiene ligger i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <source>Put back the data as it was on %1?</source>
        <translation>Gjenopprette dataene slik de var per %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="306"/>
        <source>In the file: %1</source>
        <translation>I filen: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="307"/>
        <source>Here in Vidare: %1</source>
        <translation>Her i Vidare: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="187"/>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="211"/>
        <source>Nothing was restored: %1</source>
        <translation>Ingenting ble gjenopprettet: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="187"/>
        <source>No backup was made: %1</source>
        <translation>Ingen sikkerhetskopi ble tatt: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="240"/>
        <source>The archive was not written: %1</source>
        <translation>Arkivet ble ikke lagret: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="32"/>
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n oppføring lagt til</numerusform>
            <numerusform>%n oppføringer lagt til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="33"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n oppdatert</numerusform>
            <numerusform>%n oppdatert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="34"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n slettet</numerusform>
            <numerusform>%n slettet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_words.py" line="35"/>
        <source>Imported: %1. The data as it was before is kept in a backup.</source>
        <translation>Importert: %1. Dataene slik de var før, er tatt vare på i en sikkerhetskopi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="38"/>
        <source>%n record(s) were changed both here and in the archive&apos;s copy: this computer&apos;s version is kept, and the other waits for your choice under Import.</source>
        <translation>
            <numerusform>%n oppføring er endret både her og i arkivets kopi: versjonen på denne datamaskinen beholdes, og den andre venter på valget ditt under Import.</numerusform>
            <numerusform>%n oppføringer er endret både her og i arkivets kopi: versjonene på denne datamaskinen beholdes, og de andre venter på valget ditt under Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="43"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>%n person som er slettet for godt i arkivets kopi, er slettet for godt her også.</numerusform>
            <numerusform>%n personer som er slettet for godt i arkivets kopi, er slettet for godt her også.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="48"/>
        <source>Group mobility of pupils</source>
        <translation>Gruppemobilitet for elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="51"/>
        <source>Short-term learning mobility of pupils</source>
        <translation>Kortvarig læringsmobilitet for elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="54"/>
        <source>Long-term learning mobility of pupils</source>
        <translation>Langvarig læringsmobilitet for elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="56"/>
        <source>Job shadowing</source>
        <translation>Jobbskygging</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="57"/>
        <source>Teaching assignment</source>
        <translation>Undervisningsoppdrag</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="58"/>
        <source>Course or training</source>
        <translation>Kurs eller opplæring</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="60"/>
        <source>Invited expert</source>
        <translation>Invitert ekspert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="63"/>
        <source>Hosting teachers and educators in training</source>
        <translation>Mottak av lærere og lærerstudenter</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="65"/>
        <source>Preparatory visit</source>
        <translation>Forberedende besøk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="72"/>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="73"/>
        <source>Other staff</source>
        <translation>Andre ansatte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="74"/>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="78"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="79"/>
        <source>Accompanying person</source>
        <translation>Ledsager</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="80"/>
        <source>Lead accompanying person</source>
        <translation>Hovedledsager</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="84"/>
        <location filename="../desktop/domain/catalogues.py" line="173"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="85"/>
        <location filename="../desktop/domain/catalogues.py" line="174"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="86"/>
        <location filename="../desktop/domain/catalogues.py" line="175"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="90"/>
        <source>Not sent</source>
        <translation>Ikke sendt ut</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="91"/>
        <source>Sent</source>
        <translation>Sendt ut</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="92"/>
        <source>Submitted</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="96"/>
        <source>Train</source>
        <translation>Tog</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="97"/>
        <source>Bus or coach</source>
        <translation>Buss</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="98"/>
        <source>Shared car</source>
        <translation>Samkjøring</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="99"/>
        <source>Bicycle or on foot</source>
        <translation>Sykkel eller til fots</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="100"/>
        <source>Other sustainable means</source>
        <translation>Annet bærekraftig transportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="102"/>
        <source>Ferry</source>
        <translation>Ferje</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="103"/>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="104"/>
        <source>Plane</source>
        <translation>Fly</translation>
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
        <translation>Lokalpresse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="112"/>
        <source>Specialist press or report</source>
        <translation>Fagpresse eller rapport</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="113"/>
        <source>Seminar or meeting</source>
        <translation>Seminar eller møte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="114"/>
        <source>Staff meeting</source>
        <translation>Personalmøte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="115"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="116"/>
        <source>Exhibition</source>
        <translation>Utstilling</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="117"/>
        <source>Website</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="118"/>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="119"/>
        <source>Open event</source>
        <translation>Åpent arrangement</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="120"/>
        <source>Parents&apos; meeting</source>
        <translation>Foreldremøte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="121"/>
        <source>Visit to or from another school or municipality</source>
        <translation>Besøk til eller fra en annen skole eller kommune</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="123"/>
        <source>Networks</source>
        <translation>Nettverk</translation>
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
        <translation>Plakat på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="127"/>
        <location filename="../desktop/domain/catalogues.py" line="142"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="131"/>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="132"/>
        <source>Parents and guardians</source>
        <translation>Foreldre og foresatte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="133"/>
        <source>Colleagues at our school</source>
        <translation>Kolleger ved egen skole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="134"/>
        <source>Teachers at other schools</source>
        <translation>Lærere ved andre skoler</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="135"/>
        <source>School leaders</source>
        <translation>Skoleledere</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="136"/>
        <source>Municipality or school owner</source>
        <translation>Kommune eller skoleeier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="137"/>
        <source>Policy makers</source>
        <translation>Beslutningstakere</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="138"/>
        <source>Local community</source>
        <translation>Lokalsamfunnet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="139"/>
        <source>Media</source>
        <translation>Medier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="140"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisasjoner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="141"/>
        <source>Teacher education</source>
        <translation>Lærerutdanningen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="146"/>
        <source>Primary</source>
        <translation>Primær</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="147"/>
        <source>Secondary</source>
        <translation>Sekundær</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="151"/>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="152"/>
        <source>Regional</source>
        <translation>Regionalt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="153"/>
        <source>National</source>
        <translation>Nasjonalt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="154"/>
        <source>European</source>
        <translation>Europeisk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="158"/>
        <source>Sharing within the school</source>
        <translation>Deling internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="160"/>
        <source>Sharing with other organisations and the public</source>
        <translation>Deling med andre organisasjoner og allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="161"/>
        <source>Acknowledging EU funding</source>
        <translation>Synliggjøring av EU-støtten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="165"/>
        <source>Spread knowledge</source>
        <translation>Spre kunnskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="166"/>
        <source>Widen the school&apos;s influence</source>
        <translation>Øke skolens innflytelse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="167"/>
        <source>Influence policy and practice</source>
        <translation>Påvirke politikk og praksis</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="168"/>
        <source>Build partnerships</source>
        <translation>Bygge partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="169"/>
        <source>Raise the school&apos;s profile</source>
        <translation>Styrke skolens omdømme</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="179"/>
        <source>New pedagogical ideas</source>
        <translation>Nye pedagogiske ideer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="180"/>
        <source>International competence</source>
        <translation>Internasjonal kompetanse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="181"/>
        <source>Motivation</source>
        <translation>Motivasjon</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="182"/>
        <source>Subject knowledge</source>
        <translation>Fagkunnskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="183"/>
        <source>Intercultural skills</source>
        <translation>Interkulturell kompetanse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="184"/>
        <source>Language skills</source>
        <translation>Språkferdigheter</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="185"/>
        <source>Professional networks</source>
        <translation>Faglige nettverk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="186"/>
        <source>Self-confidence</source>
        <translation>Selvtillit</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="190"/>
        <source>Tangible</source>
        <translation>Materielt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="191"/>
        <source>Intangible</source>
        <translation>Immaterielt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="195"/>
        <source>KA121-SCH Accredited mobility</source>
        <translation>KA121-SCH Akkreditert mobilitetsprosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="196"/>
        <source>KA122-SCH Short-term mobility project</source>
        <translation>KA122-SCH Enkeltstående mobilitetsprosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="197"/>
        <source>KA210-SCH Small-scale partnership</source>
        <translation>KA210-SCH Småskalapartnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="198"/>
        <source>KA220-SCH Cooperation partnership</source>
        <translation>KA220-SCH Samarbeidspartnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="199"/>
        <source>eTwinning project</source>
        <translation>eTwinning-prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="200"/>
        <source>Other project</source>
        <translation>Annet prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="204"/>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="205"/>
        <source>FERS on Erasmus+ rules (Poland)</source>
        <translation>FERS etter Erasmus+-reglene (Polen)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="206"/>
        <source>Other funding</source>
        <translation>Annen finansiering</translation>
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
        <translation>Vertsorganisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="216"/>
        <source>The person</source>
        <translation>Personen selv</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="217"/>
        <source>A guardian</source>
        <translation>En foresatt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="221"/>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="222"/>
        <source>First name only</source>
        <translation>Bare fornavn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="223"/>
        <source>No name</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="227"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="228"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="233"/>
        <source>Print inside the school</source>
        <translation>På papir, internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="234"/>
        <source>Print for the public</source>
        <translation>På papir, for allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="235"/>
        <source>Online</source>
        <translation>På nett</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="238"/>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="239"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
</context>
<context>
    <name>CheckPeopleList</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="338"/>
        <source>Find a person…</source>
        <translation>Søk etter en person…</translation>
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
        <translation>MAPPE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="168"/>
        <source>REF</source>
        <translation>PROSJEKT</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="169"/>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="170"/>
        <source>BACKUP</source>
        <translation>KOPI</translation>
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
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="174"/>
        <source>AREA</source>
        <translation>OMRÅDE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="260"/>
        <source>Give the new database with %1.</source>
        <translation>Oppgi den nye databasen med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="263"/>
        <source>--scale must be a whole number from 1 to 10000.</source>
        <translation>--scale må være et heltall fra 1 til 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="270"/>
        <source>%1 is not empty; the demo school is only written into an empty database.</source>
        <translation>%1 er ikke tom; demoskolen kan bare legges inn i en tom database.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="274"/>
        <source>%1: demo school (%2) with %3</source>
        <translation>%1: demoskole (%2) med %3</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="292"/>
        <source>%1 was saved by a newer Vidare (data version %2); install the newer Vidare to use it.</source>
        <translation>%1 ble lagret av en nyere versjon av Vidare (dataversjon %2); installer den nyere versjonen for å bruke den.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="303"/>
        <source>%1: healthy — %2 (data version %3)</source>
        <translation>%1: i orden — %2 (dataversjon %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="17"/>
        <source>Planning poster</source>
        <translation>Planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="18"/>
        <source>Blank planning poster</source>
        <translation>Tom planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="19"/>
        <source>Stories poster</source>
        <translation>Plakat med historier</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="20"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="21"/>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="59"/>
        <source>--from must not be after --to.</source>
        <translation>--from kan ikke være etter --to.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="93"/>
        <source>Give the project with %1.</source>
        <translation>Oppgi prosjektet med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="118"/>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 er ikke en dato; skriv den som %2.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="126"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 er en mappe; oppgi navnet på PDF-filen som skal lagres.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="80"/>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="102"/>
        <source>More than one project&apos;s grant agreement number or title starts with &quot;%1&quot;: give more of it, or the whole number (%2).</source>
        <translation>Flere prosjekter har et prosjektnummer eller en tittel som begynner med «%1»: skriv inn mer av det, eller hele nummeret (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="106"/>
        <source>No project has the id %1, or a grant agreement number or title starting with it.</source>
        <translation>Finner ikke noe prosjekt med ID-en %1, og ingen prosjektnumre eller titler begynner med det.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="141"/>
        <source>%1 cannot be written.</source>
        <translation>Kan ikke lagre %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="32"/>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>Sikkerhetskopien kunne ikke kontrolleres og ble ikke beholdt: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="31"/>
        <source>%1 is not a Vidare backup folder.</source>
        <translation>%1 er ikke en mappe med sikkerhetskopier fra Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="20"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4); if it no longer runs there, take it over with “vidare unlock --db %1”.</source>
        <translation>%1 er allerede åpnet i Vidare et annet sted (%2 på %3, siden %4); hvis Vidare ikke lenger kjører der, kan du overta den med «vidare unlock --db %1».</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="23"/>
        <source>%1 is open in a Vidare running right now (%2 on %3, since %4); close it there first.</source>
        <translation>%1 er åpnet i Vidare akkurat nå (%2 på %3, siden %4); lukk den der først.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="26"/>
        <source>%1 holds the data of another school (%2), not of %3; to take it in anyway, add --other-school.</source>
        <translation>%1 inneholder dataene til en annen skole (%2), ikke til %3; legg til --other-school for å ta dem inn likevel.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="29"/>
        <source>The folder %1 does not exist, so nothing was written.</source>
        <translation>Mappen %1 finnes ikke, så ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="34"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Sikkerhetskopien er skadet og ble ikke gjenopprettet: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="37"/>
        <source>%1: backed up to %2 (%3) and checked against the database table by table: %4.</source>
        <translation>%1: sikkerhetskopiert til %2 (%3) og kontrollert mot databasen tabell for tabell: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>%n backup(s) kept in %1, the newest from %2, the oldest from %3.</source>
        <translation>
            <numerusform>%n sikkerhetskopi er lagret i %1, den nyeste fra %2, den eldste fra %3.</numerusform>
            <numerusform>%n sikkerhetskopier er lagret i %1, den nyeste fra %2, den eldste fra %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="41"/>
        <source>%1: restored the backup of %2: %3.</source>
        <translation>%1: sikkerhetskopien fra %2 er gjenopprettet: %3.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="42"/>
        <source>What it replaced is kept in the backup %1.</source>
        <translation>Det den erstattet, er tatt vare på i sikkerhetskopien %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="43"/>
        <source>The damaged database was kept as %1.</source>
        <translation>Den skadede databasen er tatt vare på som %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="44"/>
        <source>%n person(s) erased since that backup was made were erased again.</source>
        <translation>
            <numerusform>%n person som er slettet for godt etter at sikkerhetskopien ble tatt, er slettet på nytt.</numerusform>
            <numerusform>%n personer som er slettet for godt etter at sikkerhetskopien ble tatt, er slettet på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="46"/>
        <source>%1: exported to %2 (%3): %4.</source>
        <translation>%1: eksportert til %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="47"/>
        <source>%1: imported %2.</source>
        <translation>%1: %2 er importert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="48"/>
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n oppføring lagt til.</numerusform>
            <numerusform>%n oppføringer lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="49"/>
        <source>%n record(s) updated (changed in the archive&apos;s copy).</source>
        <translation>
            <numerusform>%n oppføring oppdatert (endret i arkivets kopi).</numerusform>
            <numerusform>%n oppføringer oppdatert (endret i arkivets kopi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="50"/>
        <source>%n record(s) deleted (deleted in the archive&apos;s copy).</source>
        <translation>
            <numerusform>%n oppføring slettet (slettet i arkivets kopi).</numerusform>
            <numerusform>%n oppføringer slettet (slettet i arkivets kopi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="51"/>
        <source>%n record(s) left out (deleted or erased here).</source>
        <translation>
            <numerusform>%n oppføring utelatt (slettet eller slettet for godt her).</numerusform>
            <numerusform>%n oppføringer utelatt (slettet eller slettet for godt her).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="52"/>
        <source>%n media file(s) added.</source>
        <translation>
            <numerusform>%n mediefil lagt til.</numerusform>
            <numerusform>%n mediefiler lagt til.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="53"/>
        <source>Nothing in it was new to this database.</source>
        <translation>Arkivet inneholdt ikke noe nytt for denne databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="54"/>
        <source>It is the only backup kept in %1 so far.</source>
        <translation>Foreløpig er dette den eneste sikkerhetskopien i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="55"/>
        <source>%n record(s) changed in both copies: this computer&apos;s version is kept, the other waits in Settings → Import.</source>
        <translation>
            <numerusform>%n oppføring er endret i begge kopiene: versjonen på denne datamaskinen beholdes, den andre venter under Innstillinger → Import.</numerusform>
            <numerusform>%n oppføringer er endret i begge kopiene: versjonene på denne datamaskinen beholdes, de andre venter under Innstillinger → Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="58"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>%n person som er slettet for godt i arkivets kopi, er slettet for godt her også.</numerusform>
            <numerusform>%n personer som er slettet for godt i arkivets kopi, er slettet for godt her også.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="60"/>
        <source>The data as it was before the import is kept in the backup %1.</source>
        <translation>Dataene slik de var før importen, er tatt vare på i sikkerhetskopien %1.</translation>
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
        <translation>%1 var ikke låst.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="64"/>
        <source>%1 was locked by %2 on %3 (since %4); that lock is now removed.</source>
        <translation>%1 var låst av %2 på %3 (siden %4); den låsen er nå fjernet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="30"/>
        <source>%1 is a folder; give a file name for the archive.</source>
        <translation>%1 er en mappe; oppgi et filnavn for arkivet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="35"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 ble ikke importert: %2</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="42"/>
        <source>the database file (default: the one in your user data folder)</source>
        <translation>databasefilen (standard: den i brukerdatamappen din)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="43"/>
        <source>the language for messages and documents (default: the system&apos;s)</source>
        <translation>språket for meldinger og dokumenter (standard: systemets)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="44"/>
        <source>the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-000123456) or its first part, its id, or the first words of its title</source>
        <translation>prosjektet: prosjektnummeret (f.eks. 2025-1-NO01-KA122-SCH-000123456) eller begynnelsen av det, ID-en eller de første ordene i tittelen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="46"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen som skal lagres</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="47"/>
        <source>paper size (default: A3)</source>
        <translation>papirstørrelse (standard: A3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="48"/>
        <source>who will see it: public (the default for posters) or internal (the default for reports); a photo, story or name appears only where that person&apos;s consent covers that use today</source>
        <translation>hvem som skal se den: public (allmennheten, standard for plakater) eller internal (internt på skolen, standard for rapporter); et bilde, en historie eller et navn kommer bare med der personens samtykke dekker den bruken i dag</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="109"/>
        <source>%1, as %2 (default: %3)</source>
        <translation>%1, som %2 (standard: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="87"/>
        <source>print a poster to a PDF file</source>
        <translation>lag en plakat som PDF-fil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="105"/>
        <source>print a report to a PDF file</source>
        <translation>lag en rapport som PDF-fil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="65"/>
        <source>Vidare: a school&apos;s Erasmus+ mobilities, stories and dissemination, offline. Without a command, the window opens.</source>
        <translation>Vidare: skolens Erasmus+-mobiliteter, historier og spredning – uten internett. Uten kommando åpnes programvinduet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="69"/>
        <source>show Vidare&apos;s version and exit</source>
        <translation>vis versjonen av Vidare og avslutt</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="73"/>
        <source>open the demo school (created on first use)</source>
        <translation>åpne demoskolen (opprettes første gang)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="75"/>
        <source>commands</source>
        <translation>kommandoer</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="77"/>
        <source>create a demo school in an empty database</source>
        <translation>opprett en demoskole i en tom database</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="78"/>
        <source>the new database file (required; it must be empty or not exist)</source>
        <translation>den nye databasefilen (påkrevd; den må være tom eller ikke finnes)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="80"/>
        <source>the demo school&apos;s country: SE, NO or PL (default: the country of the language)</source>
        <translation>demoskolens land: SE, NO eller PL (standard: språkets land)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="83"/>
        <source>repeat the school&apos;s history N times, each copy a school year earlier, to try Vidare with a large database (1 to 10000; default 1)</source>
        <translation>prøv Vidare med en stor database: gjenta skolens historikk N ganger, hver gang ett skoleår tidligere (1 til 10000; standard 1)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="89"/>
        <source>posters</source>
        <translation>plakater</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="90"/>
        <source>the planning poster: each result&apos;s target groups, channels, timing and indicators</source>
        <translation>planleggingsplakaten: målgrupper, kanaler, tidspunkter og indikatorer for hvert resultat</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="93"/>
        <source>an empty poster with writing space, for a staff workshop (needs no database)</source>
        <translation>en tom plakat med skriveplass, til en workshop med personalet (trenger ingen database)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="95"/>
        <source>the stories poster: figures, countries and participants&apos; stories</source>
        <translation>plakaten med historier: tall, land og deltakernes historier</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="107"/>
        <source>reports</source>
        <translation>rapporter</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="108"/>
        <source>the principal&apos;s summary of a period</source>
        <translation>sammendrag for rektor over en periode</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="114"/>
        <source>the project report for the national agency&apos;s final report</source>
        <translation>prosjektrapporten, som grunnlag for sluttrapporten til nasjonalkontoret</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="123"/>
        <source>check a database&apos;s health</source>
        <translation>kontroller at en database er i orden</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="124"/>
        <source>back up the database and its photos and files</source>
        <translation>ta sikkerhetskopi av databasen med bildene og filene</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="126"/>
        <source>the folder for the backup (default: the backups folder beside the database)</source>
        <translation>mappen for sikkerhetskopien (standard: mappen for sikkerhetskopier ved siden av databasen)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="128"/>
        <source>restore a backup; what it replaces is kept in a backup first</source>
        <translation>gjenopprett en sikkerhetskopi; det som erstattes, tas vare på i en sikkerhetskopi først</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="131"/>
        <source>the backup folder to restore</source>
        <translation>mappen med sikkerhetskopien som skal gjenopprettes</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="132"/>
        <source>write the database and its photos and files to one archive file, or its lists to spreadsheets</source>
        <translation>lagre databasen med bildene og filene i én arkivfil, eller listene som regneark</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="135"/>
        <source>the archive or spreadsheet file to write (a folder for CSV files of every area)</source>
        <translation>arkivet eller regnearket som skal lagres (en mappe for CSV-filer fra alle områder)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="137"/>
        <source>merge an archive from another computer, or a spreadsheet, into the database</source>
        <translation>slå sammen databasen med et arkiv fra en annen datamaskin eller et regneark</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="140"/>
        <source>the archive, Vidare workbook, XLSX or CSV list to take in</source>
        <translation>arkivet, Vidare-arbeidsboken eller XLSX- eller CSV-listen som skal tas inn</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="144"/>
        <source>take over a lock left by another computer, after saying whose it is</source>
        <translation>overta en lås som en annen datamaskin har latt stå igjen, etter å ha vist hvem den tilhører</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="150"/>
        <source>open every page and build every document, timing each, then exit</source>
        <translation>åpne hver side og lag hvert dokument med tidtaking, og avslutt deretter</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="152"/>
        <source>the database to try (default: a new demo school)</source>
        <translation>databasen som skal prøves (standard: en ny demoskole)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="154"/>
        <source>save a picture of every page and document in this folder</source>
        <translation>lagre et bilde av hver side og hvert dokument i denne mappen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="156"/>
        <source>type a new coordinator&apos;s first evening into the window, with real key presses, and check every value in the database</source>
        <translation>spill av en ny koordinators første kveld i vinduet, med ekte tastetrykk, og kontroller hver verdi i databasen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="299"/>
        <source>%1: %2 (the first: %3)</source>
        <translation>%1: %2 (det første: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="143"/>
        <source>take in another school&apos;s data (refused without it)</source>
        <translation>ta inn en annen skoles data (avvises uten dette valget)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the first day</source>
        <translation>første dag</translation>
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
        <translation>starten av dette skoleåret</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>the last day</source>
        <translation>siste dag</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>the end of this school year</source>
        <translation>slutten av dette skoleåret</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli.py" line="300"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem funnet</numerusform>
            <numerusform>%n problemer funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="146"/>
        <source>%1: %2, %3, written to %4</source>
        <translation>%1: %2, %3, lagret i %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="92"/>
        <source>%1: wrote %n row(s) to %2</source>
        <translation>
            <numerusform>%1: %n rad lagret i %2</numerusform>
            <numerusform>%1: %n rader lagret i %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="191"/>
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n rad ble ikke importert:</numerusform>
            <numerusform>%n rader ble ikke importert:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="30"/>
        <source>write spreadsheets instead of an archive</source>
        <translation>lagre som regneark i stedet for som arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="32"/>
        <source>only this area (for example mobility)</source>
        <translation>bare dette området (for eksempel mobility)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="34"/>
        <source>name everyone, whatever their consent (for the data protection officer)</source>
        <translation>vis alle navn, uansett samtykke (for personvernombudet)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="37"/>
        <source>what a list that is not a Vidare workbook holds</source>
        <translation>hva en liste som ikke er en Vidare-arbeidsbok, inneholder</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="39"/>
        <source>the project of rows that name none</source>
        <translation>prosjektet for rader som ikke oppgir noe prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="67"/>
        <source>%1 is not an area Vidare exports; choose one of %2.</source>
        <translation>%1 er ikke et område Vidare eksporterer; velg blant %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="95"/>
        <source>%n person(s) whose consent does not cover use inside the school are shown by role and initials only.</source>
        <translation>
            <numerusform>%n person med samtykke som ikke dekker bruk internt på skolen, vises bare med rolle og initialer.</numerusform>
            <numerusform>%n personer med samtykke som ikke dekker bruk internt på skolen, vises bare med rolle og initialer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="149"/>
        <source>No column of %1 could be matched to %2; import it in the window, where you can match the columns yourself.</source>
        <translation>Ingen kolonne i %1 kunne kobles til %2; importer filen i programvinduet, der du kan koble kolonnene selv.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="178"/>
        <source>%1: imported %2 — %n row(s) added</source>
        <translation>
            <numerusform>%1: %2 er importert — %n rad lagt til</numerusform>
            <numerusform>%1: %2 er importert — %n rader lagt til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="181"/>
        <source>%1: nothing from %2 was added.</source>
        <translation>%1: ingenting fra %2 ble lagt til.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="184"/>
        <source>%n row(s) were already in Vidare and added nothing.</source>
        <translation>
            <numerusform>%n rad fantes allerede i Vidare og ble ikke lagt til på nytt.</numerusform>
            <numerusform>%n rader fantes allerede i Vidare og ble ikke lagt til på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="187"/>
        <source>The state before the import is kept in the backup %1</source>
        <translation>Dataene slik de var før importen, er tatt vare på i sikkerhetskopien %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="193"/>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="198"/>
        <source>They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>De står oppført i %1 sammen med hva som er feil. Rett dem der, og importer den filen.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="57"/>
        <source>--table and --for-dpo need --format xlsx or --format csv.</source>
        <translation>--table og --for-dpo krever --format xlsx eller --format csv.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="160"/>
        <source>There is no project %1.</source>
        <translation>Finner ikke prosjektet %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="74"/>
        <source>%1 is a folder; give a file name for the workbook.</source>
        <translation>%1 er en mappe; oppgi et filnavn for arbeidsboken.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="49"/>
        <location filename="../desktop/ui/dialogs.py" line="57"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="56"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Ingenting annet blir slettet samtidig.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Delete “%1”?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="53"/>
        <source>These are deleted with it: %1.</source>
        <translation>Dette blir også slettet: %1.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="23"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="24"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="25"/>
        <source>Partner</source>
        <comment>a partner organisation of a project</comment>
        <translation>Partner</translation>
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
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="28"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="29"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="30"/>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="31"/>
        <source>Place on a trip</source>
        <translation>Plass på en reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="32"/>
        <source>Story</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="33"/>
        <source>Story author</source>
        <translation>Forfatter av en historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="34"/>
        <source>Photo</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="35"/>
        <source>Person in a photo</source>
        <translation>Person på et bilde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="36"/>
        <source>Dissemination action</source>
        <comment>a talk, an article…, not the project&apos;s key action</comment>
        <translation>Spredningsaktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="38"/>
        <source>Responsible person</source>
        <translation>Ansvarlig person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="42"/>
        <source>Scanned form</source>
        <translation>Skannet skjema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="43"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="44"/>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="45"/>
        <source>Picture file</source>
        <translation>Bildefil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="46"/>
        <source>Order</source>
        <comment>the position in a list, not a command</comment>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="47"/>
        <source>FERS marking</source>
        <translation>FERS-merking</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="48"/>
        <source>School year starts in</source>
        <translation>Skoleåret starter i</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="111"/>
        <source>a file that is not on this computer</source>
        <translation>en fil som ikke finnes på denne datamaskinen</translation>
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
        <translation>Som vanlig i skolens land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="124"/>
        <location filename="../desktop/ui/conflict_words.py" line="154"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="206"/>
        <source>Field</source>
        <comment>one field of a record: its title, a date…</comment>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="208"/>
        <source>This computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="208"/>
        <source>The other copy</source>
        <translation>Den andre kopien</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="286"/>
        <source>Decided: %1.</source>
        <translation>Avgjort: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="304"/>
        <source>When an imported archive and this computer have both changed the same record, Vidare keeps this computer&apos;s version and the other waits here. Choose field by field what to keep; fields not listed are the same in both.</source>
        <translation>Når et importert arkiv og denne datamaskinen begge har endret samme oppføring, beholder Vidare versjonen på denne datamaskinen, og den andre venter her. Velg felt for felt hva som skal beholdes; felt som ikke står her, er like i begge.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="315"/>
        <source>Nothing changes until you press the button below.</source>
        <translation>Ingenting endres før du trykker på knappen nedenfor.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="316"/>
        <source>All from this computer</source>
        <translation>Alt fra denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="317"/>
        <source>All from the other copy</source>
        <translation>Alt fra den andre kopien</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="318"/>
        <source>Keep what is chosen</source>
        <translation>Behold det som er valgt</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/conflicts_panel.py" line="187"/>
        <source>%n record(s) wait for your choice.</source>
        <translation>
            <numerusform>%n oppføring venter på valget ditt.</numerusform>
            <numerusform>%n oppføringer venter på valget ditt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="188"/>
        <source>No record waits for a choice.</source>
        <translation>Ingen oppføringer venter på et valg.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="309"/>
        <source>Record</source>
        <comment>a stored record (a project, a person, a trip…), not the verb</comment>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="311"/>
        <source>From the archive</source>
        <comment>a column: the file name of the imported archive</comment>
        <translation>Fra arkivet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="313"/>
        <source>Found on</source>
        <comment>a column: the day the import found the two versions</comment>
        <translation>Funnet</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="65"/>
        <source>Printing inside the school is blocked. Without consent: %1.</source>
        <translation>Kan ikke skrives ut internt på skolen. Mangler samtykke: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="67"/>
        <source>Printing for the public is blocked. Without consent: %1.</source>
        <translation>Kan ikke skrives ut for allmennheten. Mangler samtykke: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="68"/>
        <source>Online use is blocked. Without consent: %1.</source>
        <translation>Kan ikke brukes på nett. Mangler samtykke: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="71"/>
        <source>Printed inside the school without some photos. Without consent: %1.</source>
        <translation>Skrives ut internt på skolen uten enkelte bilder. Mangler samtykke: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="73"/>
        <source>Printed for the public without some photos. Without consent: %1.</source>
        <translation>Skrives ut for allmennheten uten enkelte bilder. Mangler samtykke: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="75"/>
        <source>Online without some photos. Without consent: %1.</source>
        <translation>Vises på nett uten enkelte bilder. Mangler samtykke: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/consent_badge.py" line="129"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n annen</numerusform>
            <numerusform>%n andre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="36"/>
        <source>Protected identity: this person&apos;s name, photos and stories never appear anywhere.</source>
        <translation>Beskyttet identitet: personens navn, bilder og historier vises aldri noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="39"/>
        <source>No consent recorded: this person&apos;s photos and stories may not be used anywhere.</source>
        <translation>Ikke noe samtykke registrert: personens bilder og historier kan ikke brukes noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="43"/>
        <source>Consent withdrawn: take this person&apos;s photos and stories down wherever they appear.</source>
        <translation>Samtykket er trukket tilbake: fjern personens bilder og historier overalt der de vises.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="49"/>
        <source>Photos may appear: %1.</source>
        <translation>Bilder kan vises: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="49"/>
        <source>Photos may not appear anywhere.</source>
        <translation>Bilder kan ikke vises noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="50"/>
        <source>Stories may appear: %1.</source>
        <translation>Historier kan vises: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="50"/>
        <source>Stories may not appear anywhere.</source>
        <translation>Historier kan ikke vises noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="97"/>
        <source>No authors or people in its photos are recorded yet; add them so that consent can be checked.</source>
        <translation>Ingen forfattere eller personer på bildene er registrert ennå; legg dem til, så samtykket kan kontrolleres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="117"/>
        <source>May appear everywhere: inside the school, in print for the public and online.</source>
        <translation>Kan vises overalt: internt på skolen, på papir for allmennheten og på nett.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="46"/>
        <source>Consent expired: ask for a new one.</source>
        <translation>Samtykket er utløpt: be om et nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="56"/>
        <source>Name shown as: %1.</source>
        <translation>Navnevisning: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="93"/>
        <source>This story never appears anywhere: an author has a protected identity. Author: %1.</source>
        <translation>Denne historien vises aldri noe sted: en forfatter har beskyttet identitet. Forfatter: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="100"/>
        <source>Photos showing a protected identity are always left out. Person: %1.</source>
        <translation>Bilder av en person med beskyttet identitet blir alltid utelatt. Person: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="96"/>
        <source>Given by</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="98"/>
        <source>May appear</source>
        <translation>Kan vises</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="100"/>
        <source>Given on</source>
        <translation>Dato gitt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="101"/>
        <source>Name shown as</source>
        <translation>Navnevisning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="103"/>
        <source>Expires on</source>
        <translation>Utløpsdato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="104"/>
        <source>Withdrawn on</source>
        <translation>Dato trukket tilbake</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="105"/>
        <source>Scanned form</source>
        <translation>Skannet skjema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="191"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="195"/>
        <source>From today this person&apos;s photos, stories and name are left out of every document, and the take-down list shows where they have appeared.</source>
        <translation>Fra i dag utelates personens bilder, historier og navn fra alle dokumenter, og listen over hva som må fjernes, viser hvor de har vært brukt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="198"/>
        <source>Record the withdrawal</source>
        <translation>Registrer tilbaketrekkingen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="228"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="229"/>
        <source>Record a new consent</source>
        <translation>Registrer et nytt samtykke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="230"/>
        <source>Withdrawn today…</source>
        <translation>Trukket tilbake i dag…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="231"/>
        <source>Undo the withdrawal</source>
        <translation>Angre tilbaketrekkingen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="193"/>
        <source>Record that this consent was withdrawn today? Person: %1</source>
        <translation>Registrere at dette samtykket ble trukket tilbake i dag? Person: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="24"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n lærer</numerusform>
            <numerusform>%n lærere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="25"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n annen ansatt</numerusform>
            <numerusform>%n andre ansatte</numerusform>
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
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="31"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n ledsager</numerusform>
            <numerusform>%n ledsagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n hovedledsager</numerusform>
            <numerusform>%n hovedledsagere</numerusform>
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
            <numerusform>%n reise</numerusform>
            <numerusform>%n reiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n land</numerusform>
            <numerusform>%n land</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n bilde</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>%n dag i utlandet til sammen</numerusform>
            <numerusform>%n dager i utlandet til sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spredningsaktivitet</numerusform>
            <numerusform>%n spredningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n fortsatt planlagt</numerusform>
            <numerusform>%n fortsatt planlagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n gjennomført</numerusform>
            <numerusform>%n gjennomført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="46"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n person nådd</numerusform>
            <numerusform>%n personer nådd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="47"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="48"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n prosjekt</numerusform>
            <numerusform>%n prosjekter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="60"/>
        <source>Vidare met an error</source>
        <translation>Det oppstod en feil i Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="61"/>
        <source>Something went wrong inside Vidare. Everything you saved before is safe in the database.</source>
        <translation>Noe gikk galt i Vidare. Alt du har lagret tidligere, er trygt i databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="64"/>
        <source>A report was saved as %1. Send it to whoever helps you with Vidare; it holds no data beyond the error itself.</source>
        <translation>En rapport ble lagret som %1. Send den til den som hjelper deg med Vidare; den inneholder ingen data utover selve feilen.</translation>
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
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spredningsaktivitet</numerusform>
            <numerusform>%n spredningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n deltakerplass</numerusform>
            <numerusform>%n deltakerplasser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n personmerking på et bilde</numerusform>
            <numerusform>%n personmerkinger på bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n samtykkeskjema</numerusform>
            <numerusform>%n samtykkeskjemaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="26"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n bilde</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="27"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n plass på en reise</numerusform>
            <numerusform>%n plasser på reiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="28"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n oppføring som forfatter av en historie</numerusform>
            <numerusform>%n oppføringer som forfatter av historier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisseminationPage</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="327"/>
        <source>Dissemination</source>
        <translation>Spredning</translation>
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
        <translation>Ingen spredningsaktiviteter ennå. Trykk Ny og skriv hva du skal gjøre og når: et innlegg på et personalmøte, en artikkel, en åpen time.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="240"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="241"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="242"/>
        <source>All levels</source>
        <translation>Alle nivåer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="243"/>
        <source>All parts of the standard</source>
        <translation>Alle deler av standarden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="309"/>
        <source>Record the project first, on the Projects page: everything here belongs to a project.</source>
        <translation>Registrer prosjektet på siden Prosjekter først: alt her hører til et prosjekt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="288"/>
        <source>All results</source>
        <translation>Alle resultater</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop/documents/common.py" line="38"/>
        <source>…continued in the project report</source>
        <translation>…fortsetter i prosjektrapporten</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="31"/>
        <source>Printed on %1 with Vidare</source>
        <translation>Skrevet ut %1 med Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="32"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="14"/>
        <source>What end result do we expect from the activity or project?</source>
        <translation>Hvilket sluttresultat forventer vi av aktiviteten eller prosjektet?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="15"/>
        <source>Which training or learning needs does it answer?</source>
        <translation>Hvilke opplærings- eller læringsbehov svarer det på?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="16"/>
        <source>Who is the user and/or final beneficiary of the project&apos;s results?</source>
        <translation>Hvem er bruker og/eller endelig mottaker av prosjektresultatene?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="18"/>
        <source>Which activities will we use to spread the results and make sure they are used?</source>
        <translation>Hvilke aktiviteter skal vi bruke for å spre resultatene og sikre at de blir tatt i bruk?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="20"/>
        <source>Timetable, means and available resources?</source>
        <translation>Tidsplan, midler og tilgjengelige ressurser?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="53"/>
        <source>Plan and disseminate the project&apos;s results</source>
        <translation>Planlegg og spre prosjektets resultater</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="54"/>
        <source>Each lane is one result of the project: read it from left to right.</source>
        <translation>Hver rad er ett av prosjektets resultater: les den fra venstre mot høyre.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="55"/>
        <source>One lane for each result: fill it in together, from left to right.</source>
        <translation>Én rad for hvert resultat: fyll den ut sammen, fra venstre mot høyre.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="23"/>
        <source>what</source>
        <translation>hva?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="24"/>
        <source>Target groups and their representatives</source>
        <translation>Målgrupper og deres representanter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="24"/>
        <source>to whom</source>
        <translation>for hvem?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="26"/>
        <source>Message and purpose</source>
        <translation>Budskap og formål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="26"/>
        <source>why</source>
        <translation>hvorfor?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="27"/>
        <source>Tools and channels</source>
        <translation>Verktøy og kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="27"/>
        <source>how</source>
        <translation>hvordan?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="28"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="28"/>
        <source>during and after the project</source>
        <translation>under og etter prosjektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="29"/>
        <source>Who is responsible</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="31"/>
        <source>Evaluation and indicators</source>
        <translation>Evaluering og indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="148"/>
        <source>No results are recorded for this project yet.</source>
        <translation>Ingen resultater er registrert for prosjektet ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="259"/>
        <source>During the project</source>
        <translation>Under prosjektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="260"/>
        <source>After the project</source>
        <translation>Etter prosjektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="273"/>
        <location filename="../desktop/documents/project_report.py" line="267"/>
        <source>Target</source>
        <comment>an indicator&apos;s target value</comment>
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_blank.py" line="85"/>
        <source>Five questions to answer together</source>
        <translation>Fem spørsmål å svare på sammen</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="49"/>
        <source>What we learnt abroad, in our own words.</source>
        <translation>Det vi lærte i utlandet, med egne ord.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="175"/>
        <source>Where we went</source>
        <translation>Dit vi reiste</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="178"/>
        <source>No trips are done yet.</source>
        <translation>Ingen reiser er gjennomført ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="191"/>
        <source>Project data</source>
        <translation>Prosjektopplysninger</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="184"/>
        <source>Reference</source>
        <translation>Prosjektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="196"/>
        <source>How the school&apos;s management takes part</source>
        <translation>Hvordan skoleledelsen deltar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="215"/>
        <source>No partners recorded.</source>
        <translation>Ingen partnere registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="359"/>
        <source>Accompanying persons</source>
        <translation>Ledsagere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="365"/>
        <source>Days abroad</source>
        <translation>Dager i utlandet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="221"/>
        <source>Mobilities done; days abroad count each person&apos;s days with travel.</source>
        <translation>Gjennomførte mobiliteter; dager i utlandet telles per person, inkludert reisedager.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="233"/>
        <location filename="../desktop/documents/project_report.py" line="389"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="243"/>
        <source>No mobilities recorded.</source>
        <translation>Ingen mobiliteter registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="260"/>
        <source>No results recorded.</source>
        <translation>Ingen resultater registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="312"/>
        <source>None recorded.</source>
        <translation>Ingenting registrert.</translation>
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
        <translation>Tiltak</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="225"/>
        <source>%n visit(s) to the school (invited experts, hosted teachers) are listed with the mobilities but are not trips abroad.</source>
        <translation>
            <numerusform>%n besøk på skolen (inviterte eksperter, lærere vi har tatt imot) står blant mobilitetene, men er ikke en reise til utlandet.</numerusform>
            <numerusform>%n besøk på skolen (inviterte eksperter, lærere vi har tatt imot) står blant mobilitetene, men er ikke reiser til utlandet.</numerusform>
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
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="320"/>
        <source>From the participants&apos; stories</source>
        <translation>Fra deltakernes historier</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="322"/>
        <location filename="../desktop/documents/stories_poster.py" line="90"/>
        <source>No story may be printed for this audience yet.</source>
        <translation>Ingen historier kan skrives ut her ennå: samtykkene dekker ikke denne bruken.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="332"/>
        <source>Valorisation: the five control questions</source>
        <translation>Bruk av resultatene: de fem kontrollspørsmålene</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="364"/>
        <source>%1 of %n trip(s)</source>
        <translation>
            <numerusform>%1 av %n reise</numerusform>
            <numerusform>%1 av %n reiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="381"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="396"/>
        <source>Not recorded yet.</source>
        <translation>Ikke registrert ennå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="417"/>
        <source>%n action(s) (%1): %2.</source>
        <translation>
            <numerusform>%n spredningsaktivitet (%1): %2.</numerusform>
            <numerusform>%n spredningsaktiviteter (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="422"/>
        <source>Dissemination from %1 to %2.</source>
        <translation>Spredning fra %1 til %2.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="426"/>
        <source>Responsible: %1.</source>
        <translation>Ansvar: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="30"/>
        <source>Summary for the principal</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="229"/>
        <source>green travel</source>
        <translation>grønne reiser</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="231"/>
        <source>with fewer opportunities</source>
        <translation>med færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="146"/>
        <source>Nothing in this period.</source>
        <translation>Ingenting i denne perioden.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="93"/>
        <source>Mobilities by type</source>
        <translation>Mobiliteter etter type</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="29"/>
        <source>Other (%n)</source>
        <translation>
            <numerusform>Andre (%n)</numerusform>
            <numerusform>Andre (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="74"/>
        <source>Teachers</source>
        <comment>printed: a chart bar for the teachers who went</comment>
        <translation>Lærere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="75"/>
        <source>Other staff</source>
        <comment>printed: a chart bar for other staff who went</comment>
        <translation>Andre ansatte</translation>
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
        <translation>Mobiliteter etter land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="97"/>
        <source>Participants by role</source>
        <translation>Deltakere etter rolle</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="99"/>
        <source>People reached by channel</source>
        <translation>Personer nådd etter kanal</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="161"/>
        <source>Besides the participants, %n accompanying person(s) went.</source>
        <translation>
            <numerusform>I tillegg til deltakerne reiste %n ledsager.</numerusform>
            <numerusform>I tillegg til deltakerne reiste %n ledsagere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="173"/>
        <source>%n story(ies) written by participants</source>
        <translation>
            <numerusform>%n historie skrevet av deltakerne</numerusform>
            <numerusform>%n historier skrevet av deltakerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="177"/>
        <source>The widest reach: %1, %n person(s) reached.</source>
        <translation>
            <numerusform>Størst rekkevidde: %1, %n person nådd.</numerusform>
            <numerusform>Størst rekkevidde: %1, %n personer nådd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="165"/>
        <source>Dissemination actions done and planned</source>
        <translation>Gjennomførte og planlagte spredningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="181"/>
        <source>Project: %1 (%2)</source>
        <translation>Prosjekt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="183"/>
        <source>Highlights</source>
        <translation>Høydepunkter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="188"/>
        <source>Open warnings</source>
        <translation>Bør følges opp</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="190"/>
        <source>No open warnings.</source>
        <translation>Ingenting som bør følges opp.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="7"/>
        <source>Project</source>
        <comment>printed: the Erasmus+ project an action belongs to</comment>
        <translation>Prosjekt</translation>
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
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="15"/>
        <source>Purpose</source>
        <comment>printed: why a dissemination action is done</comment>
        <translation>Formål</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="21"/>
        <source>Reached</source>
        <comment>printed: number of people a dissemination action reached</comment>
        <translation>Personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="23"/>
        <source>Project report</source>
        <comment>printed: title of the report for the national agency</comment>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="25"/>
        <source>Dissemination</source>
        <comment>printed: heading of the dissemination log</comment>
        <translation>Spredning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="27"/>
        <source>Sustainability</source>
        <comment>printed: how a result lives on after the grant</comment>
        <translation>Videreføring</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="29"/>
        <source>School</source>
        <comment>printed: the school (organisation) that runs the project</comment>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="31"/>
        <source>Period</source>
        <comment>printed: the project&apos;s or report&apos;s dates, from–to</comment>
        <translation>Periode</translation>
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
        <translation>Evaluering</translation>
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
        <translation>Behovsanalyse</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="41"/>
        <source>Objectives</source>
        <comment>printed: what the project sets out to achieve, not an indicator&apos;s target</comment>
        <translation>Målsettinger</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="43"/>
        <source>Partners</source>
        <comment>printed: heading of the partner organisations</comment>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="45"/>
        <source>Organisation</source>
        <comment>printed: a partner organisation&apos;s name (column head)</comment>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="47"/>
        <source>City</source>
        <comment>printed: the city of a trip or partner (column head)</comment>
        <translation>Sted</translation>
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
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="53"/>
        <source>Participants</source>
        <comment>printed: the people who went on the trips</comment>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="55"/>
        <source>Fewer opportunities</source>
        <comment>printed: participants with fewer opportunities (a figure)</comment>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="57"/>
        <source>Green travel</source>
        <comment>printed: trips made by sustainable means (a figure)</comment>
        <translation>Grønn reise</translation>
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
        <translation>Datoer</translation>
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
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="67"/>
        <source>Passed on to colleagues</source>
        <comment>printed: what was shared with colleagues after a trip</comment>
        <translation>Delt med kolleger</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="69"/>
        <source>Results</source>
        <comment>printed: heading of the project results</comment>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="71"/>
        <source>Description</source>
        <comment>printed: a result&apos;s description</comment>
        <translation>Beskrivelse</translation>
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
        <translation>Åpen lisens</translation>
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
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="96"/>
        <source>Choose from a calendar</source>
        <translation>Velg i kalenderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/fields.py" line="39"/>
        <source>This text is too long to edit here (%n characters); it is kept as it is.</source>
        <translation>
            <numerusform>Teksten er for lang til å redigeres her (%n tegn); den beholdes som den er.</numerusform>
            <numerusform>Teksten er for lang til å redigeres her (%n tegn); den beholdes som den er.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="118"/>
        <location filename="../desktop/ui/first_start.py" line="119"/>
        <source>Welcome to Vidare</source>
        <translation>Velkommen til Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="120"/>
        <source>Vidare keeps your school&apos;s Erasmus+ trips, stories and dissemination on this computer. Tell it which school it is for.</source>
        <translation>Vidare lagrer skolens Erasmus+-reiser, historier og spredning på denne datamaskinen. Oppgi hvilken skole det gjelder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="123"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="124"/>
        <source>School name</source>
        <translation>Skolens navn</translation>
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
        <translation>Kom i gang</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="127"/>
        <source>Look at the demo school first</source>
        <translation>Se på demoskolen først</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="103"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Skriv inn skolens navn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="105"/>
        <source>Choose the school&apos;s country.</source>
        <translation>Velg skolens land.</translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message>
        <location filename="../desktop/ui/list_export.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="38"/>
        <source>CSV, for any spreadsheet program (*.csv)</source>
        <translation>CSV, for alle regnearkprogrammer (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="140"/>
        <source>Export list…</source>
        <translation>Eksporter listen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="141"/>
        <source>Write the list as shown here, filtered and sorted, to an Excel or CSV file</source>
        <translation>Lagre listen som Excel- eller CSV-fil, filtrert og sortert slik den vises her</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="117"/>
        <location filename="../desktop/ui/list_export.py" line="125"/>
        <source>Export list</source>
        <translation>Eksporter listen</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/list_export.py" line="128"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rad lagret i %1.</numerusform>
            <numerusform>%n rader lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="144"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importer fra et regneark…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="126"/>
        <source>The list was not written: %1</source>
        <translation>Listen kunne ikke lagres: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="102"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="104"/>
        <source>Projects</source>
        <translation>Prosjekter</translation>
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
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112"/>
        <source>Dissemination</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="114"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="337"/>
        <source>%n record(s) changed in both copies wait for your choice in Settings, under Import.</source>
        <translation>
            <numerusform>%n oppføring som er endret i begge kopiene, venter på valget ditt under Import i Innstillinger.</numerusform>
            <numerusform>%n oppføringer som er endret i begge kopiene, venter på valget ditt under Import i Innstillinger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Help</source>
        <translation>Hjelp</translation>
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
        <translation>Skrivebeskyttet: databasen ble lagret av en nyere versjon av Vidare; endringer kan ikke lagres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="303"/>
        <source>Ctrl+N: new record on this page</source>
        <translation>Ctrl+N: ny oppføring på denne siden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="304"/>
        <source>Ctrl+F: filter the table</source>
        <translation>Ctrl+F: filtrer tabellen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="305"/>
        <source>Delete: delete the chosen record (Vidare asks first)</source>
        <translation>Delete: slett valgt oppføring (Vidare spør først)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="306"/>
        <source>Ctrl+1 … Ctrl+8: go to a page</source>
        <translation>Ctrl+1 … Ctrl+8: gå til en side</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="308"/>
        <source>Every change is saved at once. Fields with a problem are marked, and nothing invalid is saved.</source>
        <translation>Hver endring lagres med en gang. Felt med feil blir markert, og ingenting ugyldig lagres.</translation>
    </message>
</context>
<context>
    <name>MobilitiesPage</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="207"/>
        <source>No trip yet. Press New and type where and when: the people can be added later.</source>
        <translation>Ingen reiser ennå. Trykk Ny og skriv hvor og når: personene kan legges til senere.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="235"/>
        <source>Record the project first, on the Projects page: everything here belongs to a project.</source>
        <translation>Registrer prosjektet på siden Prosjekter først: alt her hører til et prosjekt.</translation>
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
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="80"/>
        <source>Activity type</source>
        <comment>the kind of mobility (job shadowing, a course…), not a dissemination action</comment>
        <translation>Aktivitetstype</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="84"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="85"/>
        <source>Host organisation</source>
        <translation>Vertsorganisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="87"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="88"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="90"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="92"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="94"/>
        <source>Travel days</source>
        <translation>Reisedager</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="95"/>
        <source>Main transport</source>
        <translation>Hovedtransportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="97"/>
        <source>Sustainable means, described</source>
        <translation>Beskrivelse av bærekraftig transportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="101"/>
        <source>Learning outcomes</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="103"/>
        <source>Passed on to colleagues</source>
        <translation>Delt med kolleger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="105"/>
        <source>Participant reports</source>
        <translation>Deltakerrapporter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="107"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="171"/>
        <source>Choose the main transport once it is known.</source>
        <translation>Velg hovedtransportmiddel når det er kjent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="167"/>
        <source>Green travel</source>
        <comment>this trip&apos;s transport is sustainable</comment>
        <translation>Grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="168"/>
        <source>Not green travel</source>
        <translation>Ikke grønn reise</translation>
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
            <numerusform>%n dag i utlandet; vanlig for denne aktivitetstypen: %1–%2 dager.</numerusform>
            <numerusform>%n dager i utlandet; vanlig for denne aktivitetstypen: %1–%2 dager.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityModel</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="36"/>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="38"/>
        <source>Destination</source>
        <translation>Reisemål</translation>
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
        <translation>Velg Vidare-databasen du bruker, eller start en ny.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="63"/>
        <source>Vidare has not changed this file. Choose the Vidare database instead (it is usually called vidare.db).</source>
        <translation>Vidare har ikke endret denne filen. Velg Vidare-databasen i stedet (den heter vanligvis vidare.db).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="66"/>
        <source>You can look at everything and print, but not make changes. Install the newer Vidare to work with this database.</source>
        <translation>Du kan se på alt og skrive ut, men ikke gjøre endringer. Installer den nyere versjonen av Vidare for å arbeide med denne databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="69"/>
        <source>You can open it read-only. To make changes, ask for permission to write in that folder, or copy the database to a folder of your own.</source>
        <translation>Du kan åpne den skrivebeskyttet. For å gjøre endringer må du be om skrivetilgang til mappen, eller kopiere databasen til en egen mappe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="72"/>
        <source>Close Vidare there first. Open anyway only if you are sure it is no longer running there; two Vidare windows writing one database can lose work.</source>
        <translation>Lukk Vidare der først. Åpne likevel bare hvis du er sikker på at programmet ikke lenger kjører der; hvis to Vidare-vinduer skriver til samme database, kan arbeid gå tapt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="75"/>
        <source>Vidare can move the database to its own folder on this computer (%1). To share the data, use Export archive in Settings instead.</source>
        <translation>Vidare kan flytte databasen til sin egen mappe på denne datamaskinen (%1). Hvis du vil dele dataene, bruker du heller Eksporter arkiv under Innstillinger.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="79"/>
        <source>Vidare will not overwrite the damaged file: it is kept beside the database. The newest good backup is from %1.</source>
        <translation>Vidare overskriver ikke den skadede filen: den blir liggende ved siden av databasen. Den nyeste feilfrie sikkerhetskopien er fra %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="82"/>
        <source>No good backup was found. Keep the file: do not delete it. Choose another database or a backup folder.</source>
        <translation>Fant ingen feilfri sikkerhetskopi. Behold filen: ikke slett den. Velg en annen database eller en mappe med sikkerhetskopier.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="93"/>
        <source>Opening the database</source>
        <translation>Åpne databasen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="148"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="113"/>
        <location filename="../desktop/ui/open_problems.py" line="134"/>
        <location filename="../desktop/ui/open_problems.py" line="138"/>
        <location filename="../desktop/ui/open_problems.py" line="145"/>
        <source>Choose another file…</source>
        <translation>Velg en annen fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="161"/>
        <source>Choose a Vidare database</source>
        <translation>Velg en Vidare-database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="162"/>
        <source>Vidare database (*.db);;All files (*)</source>
        <translation>Vidare-database (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="119"/>
        <source>Move it to this computer</source>
        <translation>Flytt den til denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="121"/>
        <source>Keep it where it is</source>
        <translation>La den ligge der den er</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="108"/>
        <source>Restore the backup of %1</source>
        <translation>Gjenopprett sikkerhetskopien fra %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="124"/>
        <location filename="../desktop/ui/open_problems.py" line="132"/>
        <source>Open read-only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="127"/>
        <source>Open anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="140"/>
        <source>Start a new database</source>
        <translation>Start en ny database</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop/store/overview.py" line="170"/>
        <source>Most dissemination in “%1” is bunched at the end of the project.</source>
        <translation>Mesteparten av spredningen i «%1» er samlet mot slutten av prosjektet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="174"/>
        <source>“%1” has no dissemination that shares results within the school.</source>
        <translation>«%1» har ingen spredningsaktiviteter for deling internt på skolen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="176"/>
        <source>“%1” has no dissemination that acknowledges EU funding.</source>
        <translation>«%1» har ingen spredningsaktiviteter for synliggjøring av EU-støtten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="185"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n resultat har ingen målgruppe.</numerusform>
            <numerusform>%n resultater har ingen målgruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="189"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n gjennomført reise mangler historie.</numerusform>
            <numerusform>%n gjennomførte reiser mangler historie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="194"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n planlagt spredningsaktivitet er forsinket.</numerusform>
            <numerusform>%n planlagte spredningsaktiviteter er forsinket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="198"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n gjennomført spredningsaktivitet mangler dokumentasjon.</numerusform>
            <numerusform>%n gjennomførte spredningsaktiviteter mangler dokumentasjon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="204"/>
        <source>%n upcoming trip(s) have participants without consent.</source>
        <translation>
            <numerusform>%n kommende reise har deltakere uten samtykke.</numerusform>
            <numerusform>%n kommende reiser har deltakere uten samtykke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="216"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n person har trukket tilbake samtykket: se listen over hva som må fjernes.</numerusform>
            <numerusform>%n personer har trukket tilbake samtykket: se listen over hva som må fjernes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="220"/>
        <source>%n consent(s) have expired or expire within 30 days.</source>
        <translation>
            <numerusform>%n samtykke har utløpt eller utløper innen 30 dager.</numerusform>
            <numerusform>%n samtykker har utløpt eller utløper innen 30 dager.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="176"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="177"/>
        <source>Needs attention</source>
        <translation>Bør følges opp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="178"/>
        <source>Coming up</source>
        <translation>Det som kommer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="179"/>
        <source>Dissemination across the project</source>
        <translation>Spredning gjennom prosjektperioden</translation>
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
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="218"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Countries</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="220"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Green travel</source>
        <translation>Grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="224"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="228"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="185"/>
        <source>Dissemination done</source>
        <translation>Gjennomført spredning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="232"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="186"/>
        <source>People reached</source>
        <comment>caption under the figure</comment>
        <translation>Personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="237"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="186"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="258"/>
        <source>Nothing planned yet.</source>
        <translation>Ingenting planlagt ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="268"/>
        <source>Nothing needs attention.</source>
        <translation>Ingenting som bør følges opp.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="221"/>
        <source>%n trip(s) by green travel</source>
        <translation>
            <numerusform>%n grønn reise</numerusform>
            <numerusform>%n grønne reiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="199"/>
        <source>%1: %n trip(s)</source>
        <comment>an activity type and its number of trips</comment>
        <translation>
            <numerusform>%1: %n reise</numerusform>
            <numerusform>%1: %n reiser</numerusform>
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
        <translation>Registrer prosjektet: tittel, første og siste dag og resultatene.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="56"/>
        <source>Add the people who travel, with their consent for photos and stories.</source>
        <translation>Legg til personene som skal reise, og registrer samtykket deres til bilder og historier.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="58"/>
        <source>Record the trips: where, when and who goes.</source>
        <translation>Registrer reisene: hvor, når og hvem som skal reise.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="60"/>
        <source>Collect the stories and photos after each trip.</source>
        <translation>Samle inn historier og bilder etter hver reise.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="62"/>
        <source>Plan how the results are shared, and log what was done.</source>
        <translation>Planlegg hvordan resultatene skal spres, og loggfør det som er gjort.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="99"/>
        <source>Your first evening with Vidare</source>
        <translation>Din første kveld med Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="100"/>
        <source>Five steps, in any order; each link opens its page.</source>
        <translation>Fem steg, i valgfri rekkefølge; hver lenke åpner den aktuelle siden.</translation>
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
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="39"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="41"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="42"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="75"/>
        <source>given</source>
        <translation>gitt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="60"/>
        <source>never shown (protected)</source>
        <translation>vises aldri (beskyttet)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="66"/>
        <source>withdrawn</source>
        <translation>trukket tilbake</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="68"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="70"/>
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="34"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="35"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="37"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="38"/>
        <source>Trips</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="39"/>
        <source>Fewer opportunities</source>
        <comment>column: the person has fewer opportunities (yes)</comment>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="73"/>
        <source>expires %1</source>
        <translation>utløper %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="122"/>
        <source>No one yet. Press New and type a name; record the consent for photos and stories below it. People can also be added from a trip.</source>
        <translation>Ingen personer ennå. Trykk Ny og skriv et navn; registrer samtykket til bilder og historier under det. Personer kan også legges til fra en reise.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="244"/>
        <source>Consent can be recorded once the person is saved.</source>
        <translation>Samtykke kan registreres når personen er lagret.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="265"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="266"/>
        <source>Take-down list…</source>
        <translation>Liste over hva som må fjernes…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="267"/>
        <source>Where this person&apos;s photos, stories or name have been printed</source>
        <translation>Hvor personens bilder, historier eller navn er skrevet ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="269"/>
        <source>Export their data…</source>
        <translation>Eksporter personens data…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="270"/>
        <source>Erase…</source>
        <translation>Slett for godt…</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="83"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="84"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="86"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="88"/>
        <source>Protected identity</source>
        <translation>Beskyttet identitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="90"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="114"/>
        <source>Nothing about this person is ever printed or published, whatever the consent says.</source>
        <translation>Ingenting om denne personen blir noen gang skrevet ut eller publisert, uansett samtykke.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="87"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="89"/>
        <source>Never shown anywhere</source>
        <translation>Vises aldri noe sted</translation>
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
        <translation>Legg til bilder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="170"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="219"/>
        <source>Add photos…</source>
        <translation>Legg til bilder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="220"/>
        <source>Remove photo</source>
        <translation>Fjern bilde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="221"/>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="222"/>
        <source>People shown</source>
        <translation>Personer på bildet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="224"/>
        <source>Photos can be added once the story has a title.</source>
        <translation>Bilder kan legges til når historien har en tittel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="226"/>
        <source>No photos yet: drop image files here or use Add photos.</source>
        <translation>Ingen bilder ennå: slipp bildefiler her eller bruk Legg til bilder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="228"/>
        <source>Drop more image files on the strip to add them.</source>
        <translation>Slipp flere bildefiler her for å legge dem til.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../desktop/documents/jobs.py" line="97"/>
        <source>Reading the database…</source>
        <translation>Leser databasen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="100"/>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="99"/>
        <source>Drawing the preview…</source>
        <translation>Tegner forhåndsvisningen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="98"/>
        <source>Laying out the pages…</source>
        <translation>Setter opp sidene…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="54"/>
        <source>Planning poster</source>
        <translation>Planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="55"/>
        <source>Blank planning poster (workshop)</source>
        <translation>Tom planleggingsplakat (workshop)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="56"/>
        <source>Stories poster</source>
        <translation>Plakat med historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="57"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="58"/>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="61"/>
        <source>Inside the school</source>
        <translation>Internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="62"/>
        <source>For the public</source>
        <translation>For allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="244"/>
        <source>No project yet: record one under Projects first.</source>
        <translation>Ingen prosjekter ennå: registrer et under Prosjekter først.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="339"/>
        <location filename="../desktop/ui/pages/print_page.py" line="350"/>
        <source>Save PDF</source>
        <translation>Lagre PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="340"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="369"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="421"/>
        <location filename="../desktop/ui/pages/print_page.py" line="416"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="431"/>
        <source>In English</source>
        <translation>På engelsk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="436"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="437"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="438"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="439"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="440"/>
        <source>Preview shows the document before it is printed or saved. Photos, stories and names appear only where consent allows.</source>
        <translation>Forhåndsvisningen viser dokumentet før det skrives ut eller lagres. Bilder, historier og navn vises bare der samtykket tillater det.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="234"/>
        <source>Choices changed: press Preview to see the document.</source>
        <translation>Valgene er endret: trykk Forhåndsvis for å se dokumentet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="247"/>
        <source>No results yet: add them under Projects → Results and target groups. Each result is one lane of the poster.</source>
        <translation>Ingen resultater ennå: legg dem til under Prosjekter → Resultater og målgrupper. Hvert resultat blir én rad på plakaten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="261"/>
        <source>Choose a project first.</source>
        <translation>Velg et prosjekt først.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="265"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="286"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="309"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="422"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="423"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="424"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="425"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="426"/>
        <source>Language of the document</source>
        <translation>Språk i dokumentet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="427"/>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="428"/>
        <source>Printed for</source>
        <translation>Til bruk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="429"/>
        <source>EU statement</source>
        <translation>Tekst om EU-støtte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="252"/>
        <source>No story prints yet: only approved stories with a quote appear on the poster, and only where consent allows. Approve them under Stories.</source>
        <translation>Ingen historier kan skrives ut ennå: bare godkjente historier med sitat kommer med på plakaten, og bare der samtykket tillater det. Godkjenn dem under Historier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="304"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n side. Skriv den ut eller lagre den som PDF.</numerusform>
            <numerusform>%n sider. Skriv dem ut eller lagre dem som PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="311"/>
        <source>The document could not be made: %1</source>
        <translation>Dokumentet kunne ikke lages: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="354"/>
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="351"/>
        <source>%1 cannot be written.</source>
        <translation>Kan ikke lagre %1.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../desktop/store/privacy.py" line="148"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="149"/>
        <source>Trips</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="150"/>
        <source>Stories written</source>
        <translation>Historier personen har skrevet</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="151"/>
        <source>Photos showing this person</source>
        <translation>Bilder der personen vises</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="152"/>
        <source>Printed documents</source>
        <translation>Utskrevne dokumenter</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="154"/>
        <source>Everything Vidare holds about this person, exported %1.</source>
        <translation>Alt Vidare har om denne personen, eksportert %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="36"/>
        <source>Planning poster</source>
        <translation>Planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="37"/>
        <source>Blank planning poster</source>
        <translation>Tom planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="38"/>
        <source>Stories poster</source>
        <translation>Plakat med historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="39"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="43"/>
        <source>Inside the school</source>
        <translation>Internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="44"/>
        <source>For the public</source>
        <translation>For allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="168"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="173"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="211"/>
        <source>Copies that Vidare does not look after keep this person until someone deletes them: backup folders made with “vidare backup --to”, copies on USB sticks, exported archives and spreadsheets.</source>
        <translation>Kopier som Vidare ikke holder styr på, inneholder personen helt til noen sletter dem: mapper med sikkerhetskopier laget med «vidare backup --to», kopier på minnepinner, eksporterte arkiver og regneark.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="214"/>
        <source>Restoring such a backup, or importing such an archive or a workbook exported from Vidare, never brings back the person, their consents or their photos.</source>
        <translation>Gjenoppretter du en slik sikkerhetskopi, eller importerer du et slikt arkiv eller en arbeidsbok eksportert fra Vidare, kommer verken personen, samtykkene eller bildene av personen tilbake.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="216"/>
        <source>A list from another spreadsheet (a class list, a Beneficiary Module export) is new to Vidare: if it names this person, importing it adds them again.</source>
        <translation>En liste fra et annet regneark (en klasseliste, en eksport fra Beneficiary Module) er ny for Vidare: står personen i den, blir personen lagt til på nytt når du importerer den.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="235"/>
        <source>Erase this person</source>
        <translation>Slett personen for godt</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="241"/>
        <source>%n consent record(s) with the scanned forms</source>
        <translation>
            <numerusform>%n samtykke med skannet skjema</numerusform>
            <numerusform>%n samtykker med skannede skjemaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="243"/>
        <source>%n photo(s) showing the person</source>
        <translation>
            <numerusform>%n bilde av personen</numerusform>
            <numerusform>%n bilder av personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="244"/>
        <source>%n story(ies) only this person wrote</source>
        <translation>
            <numerusform>%n historie som bare denne personen har skrevet</numerusform>
            <numerusform>%n historier som bare denne personen har skrevet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="250"/>
        <source>Erase</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="73"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="145"/>
        <source>Take-down list</source>
        <translation>Liste over hva som må fjernes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="156"/>
        <source>Copy list</source>
        <translation>Kopier listen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="179"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="190"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="186"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksporter personens data</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="206"/>
        <source>Backups that Vidare made before now still hold this person. They go one by one as new backups replace the old ones; the last of them about %n month(s) from now (%1), as long as Vidare goes on making backups.</source>
        <translation>
            <numerusform>Sikkerhetskopier som Vidare allerede har tatt, inneholder fortsatt personen. De slettes én etter én etter hvert som nye sikkerhetskopier erstatter de gamle; den siste om omtrent %n måned (%1), så lenge Vidare fortsetter å ta sikkerhetskopier.</numerusform>
            <numerusform>Sikkerhetskopier som Vidare allerede har tatt, inneholder fortsatt personen. De slettes én etter én etter hvert som nye sikkerhetskopier erstatter de gamle; den siste om omtrent %n måneder (%1), så lenge Vidare fortsetter å ta sikkerhetskopier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="236"/>
        <source>Erase from Vidare for good all data about this person: %1?</source>
        <translation>Slette alle opplysninger om denne personen fra Vidare for godt: %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="114"/>
        <source>Dissemination actions</source>
        <translation>Spredningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="118"/>
        <source>Stories showing this person</source>
        <translation>Historier der personen er med</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="147"/>
        <source>Take-down list. Person: %1</source>
        <translation>Liste over hva som må fjernes. Person: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="149"/>
        <source>No printed document or dissemination action is recorded with this person&apos;s photos or stories.</source>
        <translation>Ingen utskrevne dokumenter eller spredningsaktiviteter med personens bilder eller historier er registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="152"/>
        <source>Remove this person&apos;s photos and stories from what is listed here: take posters down, edit web pages and posts, and do not reprint these documents.</source>
        <translation>Fjern personens bilder og historier fra det som er oppført her: ta ned plakater, rediger nettsider og innlegg, og ikke skriv ut disse dokumentene på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>When or where</source>
        <translation>Når eller hvor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="191"/>
        <source>Written to %1 and %2.</source>
        <translation>Lagret i %1 og %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="247"/>
        <source>%n place(s) on trips stay, as an anonymous person, so that the figures stay right.</source>
        <translation>
            <numerusform>Personen blir stående som anonym på %n reise, slik at tallene fortsatt stemmer.</numerusform>
            <numerusform>Personen blir stående som anonym på %n reiser, slik at tallene fortsatt stemmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="187"/>
        <source>The data could not be written: %1</source>
        <translation>Dataene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="246"/>
        <source>To be erased: the person and %1.</source>
        <translation>Dette fjernes: personen og %1.</translation>
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
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="172"/>
        <source>Results and target groups</source>
        <translation>Resultater og målgrupper</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="173"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="170"/>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="55"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="56"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement (2025-1-SE01-KA122-SCH-000123456), in the agency&apos;s own word: projektnummer, prosjektnummer, numer umowy</comment>
        <translation>Prosjektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="62"/>
        <source>Key action</source>
        <comment>the Erasmus+ key action of the project (KA121, KA122…), not a dissemination action</comment>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="66"/>
        <source>Start</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="67"/>
        <source>End</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="68"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="70"/>
        <source>Needs analysis</source>
        <translation>Behovsanalyse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="72"/>
        <source>Objectives</source>
        <comment>what the project sets out to achieve, not an indicator&apos;s target</comment>
        <translation>Målsettinger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="75"/>
        <source>How management is involved</source>
        <translation>Hvordan ledelsen er involvert</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="31"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="32"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement (2025-1-SE01-KA122-SCH-000123456), in the agency&apos;s own word: projektnummer, prosjektnummer, numer umowy</comment>
        <translation>Prosjektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="37"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="182"/>
        <source>No project yet. Press New and type the project&apos;s title and its first and last day: trips, results and dissemination belong to it.</source>
        <translation>Ingen prosjekter ennå. Trykk Ny og skriv prosjektets tittel og første og siste dag: reiser, resultater og spredning hører til prosjektet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="235"/>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/forms.py" line="540"/>
        <source>Discard draft</source>
        <translation>Forkast utkastet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="493"/>
        <source>draft, not saved yet</source>
        <translation>utkast, ikke lagret ennå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="505"/>
        <source>New: it is saved as soon as the fields marked * are filled in.</source>
        <translation>Ny: lagres så snart feltene merket * er fylt ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="512"/>
        <source>Kept as a draft, not saved yet: correct the marked fields.</source>
        <translation>Beholdt som utkast, ikke lagret ennå: rett de merkede feltene.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="515"/>
        <source>Changes not saved yet.</source>
        <translation>Endringene er ikke lagret ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="517"/>
        <source>All changes saved.</source>
        <translation>Alle endringer er lagret.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="491"/>
        <source>draft, still needed: %1</source>
        <translation>utkast, mangler: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="510"/>
        <source>Kept as a draft, not saved yet. Still needed: %1.</source>
        <translation>Beholdt som utkast, ikke lagret ennå. Mangler: %1.</translation>
    </message>
</context>
<context>
    <name>ResponsiblePicker</name>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="225"/>
        <source>Type a name, or choose from the people…</source>
        <translation>Skriv et navn, eller velg blant personene…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="226"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="227"/>
        <source>People chosen here are linked to their record: if one of them is erased, their name goes from this action too.</source>
        <translation>Personer som velges her, er koblet til oppføringen sin: hvis en av dem slettes for godt, forsvinner navnet fra denne aktiviteten også.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="221"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="218"/>
        <source>Add as a name only: “%1”</source>
        <translation>Legg til bare som navn: «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="199"/>
        <source>%1 (a name only, not one of the people in Vidare)</source>
        <translation>%1 (bare et navn, ikke en av personene i Vidare)</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="67"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="69"/>
        <source>Open licence of published material</source>
        <translation>Åpen lisens for publisert materiale</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="71"/>
        <source>3 Message and purpose</source>
        <translation>3 Budskap og formål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="73"/>
        <source>7 Sustainability</source>
        <translation>7 Videreføring</translation>
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
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="80"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
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
        <translation>Skriv et navn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="234"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="220"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="231"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="231"/>
        <source>Is a</source>
        <translation>Rolle på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="232"/>
        <source>Role on the trip</source>
        <translation>Rolle på reisen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="217"/>
        <source>Add as a new person: “%1”</source>
        <translation>Legg til som ny person: «%1»</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="50"/>
        <source>Choose the school&apos;s logo</source>
        <translation>Velg skolens logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="51"/>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="52"/>
        <source>This file cannot be used as a logo.</source>
        <translation>Filen kan ikke brukes som logo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="155"/>
        <source>Choose the official FERS artwork</source>
        <translation>Velg den offisielle bildefilen for FERS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="156"/>
        <source>No artwork</source>
        <translation>Ingen bildefil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="157"/>
        <source>This file cannot be used as the FERS artwork.</source>
        <translation>Denne filen kan ikke brukes som FERS-merking.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="175"/>
        <source>As usual in %1 (%2)</source>
        <comment>the school year starts in the month usual in the school&apos;s country: %1 is the country&apos;s name, %2 the month; rephrase so the name needs no case ending (&quot;Jak zwykle w kraju: %1 (%2)&quot;)</comment>
        <translation>Som vanlig i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="103"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="146"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="147"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="181"/>
        <source>As usual in the school&apos;s country</source>
        <translation>Som vanlig i skolens land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="191"/>
        <source>Name</source>
        <comment>the school&apos;s name</comment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="193"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="195"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="196"/>
        <source>Erasmus+ organisation ID (OID)</source>
        <translation>Organisasjons-ID i Erasmus+ (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="198"/>
        <source>Language of documents</source>
        <translation>Språk i dokumentene</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="200"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="201"/>
        <source>School year starts in</source>
        <translation>Skoleåret starter i</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="203"/>
        <source>FERS marking</source>
        <translation>FERS-merking</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="260"/>
        <source>For projects funded through FERS: the programme&apos;s official set of signs, as a PNG or JPEG picture. Vidare cannot include it; add it once here.</source>
        <translation>For prosjekter finansiert gjennom FERS: programmets offisielle merking som et PNG- eller JPEG-bilde. Den kan ikke følge med Vidare, så legg den til her én gang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="263"/>
        <source>The school has a FERS project: until the official artwork is added here, its documents carry the EU emblem and the funding statement alone.</source>
        <translation>Skolen har et FERS-prosjekt: til den offisielle merkingen er lagt til her, har prosjektets dokumenter bare EU-emblemet og teksten om EU-støtte.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="354"/>
        <source>Open another database</source>
        <translation>Åpne en annen database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="356"/>
        <source>Vidare databases (*.db)</source>
        <translation>Vidare-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="380"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="381"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="382"/>
        <source>The window changes language at once. Each document chooses its own language when it is printed.</source>
        <translation>Språket i vinduet endres med en gang. Språket i hvert dokument velger du når du skriver det ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="387"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="388"/>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="394"/>
        <source>Open the data folder</source>
        <translation>Åpne datamappen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="395"/>
        <source>Open another database…</source>
        <translation>Åpne en annen database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="396"/>
        <source>About Vidare…</source>
        <translation>Om Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="397"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
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
        <translation>Regneark</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="359"/>
        <source>Another database</source>
        <translation>En annen database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="360"/>
        <source>Vidare opens %1 the next time it starts.</source>
        <translation>Vidare åpner %1 neste gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="390"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="391"/>
        <source>Photos and attached files: %1</source>
        <translation>Bilder og vedlagte filer: %1</translation>
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
        <translation>Finnes allerede i Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="47"/>
        <source>Cannot be imported</source>
        <translation>Kan ikke importeres</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="141"/>
        <source>Choose a spreadsheet</source>
        <translation>Velg et regneark</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="142"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="435"/>
        <source>%n row(s) added.</source>
        <translation>
            <numerusform>%n rad lagt til.</numerusform>
            <numerusform>%n rader lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="436"/>
        <source>%n row(s) were already in Vidare.</source>
        <translation>
            <numerusform>%n rad fantes allerede i Vidare.</numerusform>
            <numerusform>%n rader fantes allerede i Vidare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="451"/>
        <source>Import a spreadsheet</source>
        <translation>Importer et regneark</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="461"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="462"/>
        <source>Vidare has matched what it recognised. Choose a field for each column you want, or leave it not imported.</source>
        <translation>Kolonnene Vidare kjente igjen, er allerede koblet. Velg et felt for hver kolonne du vil ha med, eller la den stå på «importeres ikke».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="466"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="467"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="468"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="162"/>
        <source>The project each row names</source>
        <translation>Prosjektet som står på hver rad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="163"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="199"/>
        <source>Choose a file first.</source>
        <translation>Velg en fil først.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="265"/>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>Sheet</source>
        <translation>Ark</translation>
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
        <translation>Hva som er feil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="348"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="348"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="388"/>
        <location filename="../desktop/ui/sheet_import.py" line="469"/>
        <source>Close</source>
        <translation>Lukk</translation>
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
            <numerusform>%n person lagt til på reisen.</numerusform>
            <numerusform>%n personer lagt til på reisen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="444"/>
        <source>The state before the import is kept in a backup.</source>
        <translation>Dataene slik de var før importen, er tatt vare på i en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="453"/>
        <source>1. Choose the file and what it holds</source>
        <translation>1. Velg filen og hva den inneholder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="453"/>
        <source>2. Match the columns</source>
        <translation>2. Koble kolonnene</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="454"/>
        <source>3. Check each row as it will be stored</source>
        <translation>3. Kontroller hver rad slik den blir lagret</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="454"/>
        <source>4. Imported</source>
        <translation>4. Importert</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>File (XLSX or CSV)</source>
        <translation>Fil (XLSX eller CSV)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>It holds</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="458"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="458"/>
        <source>Role, when the list gives none</source>
        <translation>Rolle når listen ikke oppgir noen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="459"/>
        <source>Put everyone on the trip</source>
        <translation>Legg alle til på reisen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="464"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="464"/>
        <source>First values</source>
        <translation>De første verdiene</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="465"/>
        <source>Goes into</source>
        <translation>Legges i</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="337"/>
        <source>%n row(s) will be added.</source>
        <translation>
            <numerusform>%n rad blir lagt til.</numerusform>
            <numerusform>%n rader blir lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="338"/>
        <source>%n row(s) are already in Vidare and add nothing.</source>
        <translation>
            <numerusform>%n rad finnes allerede i Vidare og blir ikke lagt til.</numerusform>
            <numerusform>%n rader finnes allerede i Vidare og blir ikke lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="340"/>
        <source>%n row(s) cannot be imported; they will be listed in a file to fix.</source>
        <translation>
            <numerusform>%n rad kan ikke importeres; den blir oppført i en fil du kan rette.</numerusform>
            <numerusform>%n rader kan ikke importeres; de blir oppført i en fil du kan rette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="440"/>
        <source>%n row(s) were not imported. They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>
            <numerusform>%n rad ble ikke importert. Den står oppført i %1 sammen med hva som er feil. Rett den der, og importer den filen.</numerusform>
            <numerusform>%n rader ble ikke importert. De står oppført i %1 sammen med hva som er feil. Rett dem der, og importer den filen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="412"/>
        <source>Match a column to: %1</source>
        <translation>Koble en kolonne til: %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../desktop/sheets/fields.py" line="169"/>
        <source>What is wrong</source>
        <translation>Hva som er feil</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="45"/>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="49"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="52"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="55"/>
        <location filename="../desktop/sheets/layout.py" line="107"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="60"/>
        <location filename="../desktop/sheets/layout.py" line="109"/>
        <location filename="../desktop/sheets/layout.py" line="175"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="63"/>
        <location filename="../desktop/sheets/layout.py" line="82"/>
        <location filename="../desktop/sheets/layout.py" line="88"/>
        <location filename="../desktop/sheets/layout.py" line="124"/>
        <location filename="../desktop/sheets/layout.py" line="160"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="67"/>
        <source>Class or group (kept in the notes)</source>
        <translation>Klasse eller gruppe (lagres i notatene)</translation>
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
        <translation>Spredningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="72"/>
        <location filename="../desktop/sheets/layout.py" line="86"/>
        <location filename="../desktop/sheets/layout.py" line="106"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="76"/>
        <location filename="../desktop/sheets/layout.py" line="108"/>
        <source>Protected identity</source>
        <translation>Beskyttet identitet</translation>
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
        <translation>Aktivitetstype</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="90"/>
        <location filename="../desktop/sheets/layout.py" line="127"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="93"/>
        <location filename="../desktop/sheets/layout.py" line="128"/>
        <source>Host organisation</source>
        <translation>Vertsorganisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="99"/>
        <source>Host organisation&apos;s OID (used when no name)</source>
        <translation>Vertsorganisasjonens OID (brukes når navnet mangler)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="102"/>
        <location filename="../desktop/sheets/layout.py" line="64"/>
        <location filename="../desktop/sheets/layout.py" line="85"/>
        <location filename="../desktop/sheets/layout.py" line="129"/>
        <source>City</source>
        <translation>Sted</translation>
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
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="113"/>
        <location filename="../desktop/sheets/layout.py" line="132"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="117"/>
        <location filename="../desktop/sheets/layout.py" line="133"/>
        <source>Travel days</source>
        <translation>Reisedager</translation>
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
        <translation>Deltakerens fulle navn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="124"/>
        <source>Participant&apos;s first name</source>
        <translation>Deltakerens fornavn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="126"/>
        <source>Participant&apos;s last name</source>
        <translation>Deltakerens etternavn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="128"/>
        <source>Accompanying person</source>
        <translation>Ledsager</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="136"/>
        <location filename="../desktop/sheets/layout.py" line="71"/>
        <location filename="../desktop/sheets/layout.py" line="89"/>
        <location filename="../desktop/sheets/layout.py" line="148"/>
        <location filename="../desktop/sheets/layout.py" line="162"/>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Målgruppe</translation>
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
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="147"/>
        <location filename="../desktop/sheets/layout.py" line="169"/>
        <source>Planned for</source>
        <translation>Planlagt til</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="150"/>
        <location filename="../desktop/sheets/layout.py" line="170"/>
        <source>Done on</source>
        <translation>Gjennomført den</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="154"/>
        <location filename="../desktop/sheets/layout.py" line="172"/>
        <source>People reached</source>
        <translation>Antall personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="158"/>
        <location filename="../desktop/sheets/layout.py" line="173"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="161"/>
        <location filename="../desktop/sheets/layout.py" line="174"/>
        <source>Evidence (link or file)</source>
        <translation>Dokumentasjon (lenke eller fil)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="49"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="61"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="67"/>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="81"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="87"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="99"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="110"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="141"/>
        <source>Who went</source>
        <translation>Hvem som reiste</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="146"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="155"/>
        <source>Story authors</source>
        <translation>Forfattere av historier</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="158"/>
        <source>Dissemination</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="62"/>
        <source>Name</source>
        <comment>the school&apos;s name</comment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="65"/>
        <source>Organisation ID (OID)</source>
        <translation>Organisasjons-ID (OID)</translation>
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
        <translation>Prosjektnummer</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="72"/>
        <source>Key action</source>
        <comment>the Erasmus+ key action of the project (KA121, KA122…)</comment>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="75"/>
        <source>Start</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="76"/>
        <source>End</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="77"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="78"/>
        <source>Needs analysis</source>
        <translation>Behovsanalyse</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="79"/>
        <source>Objectives</source>
        <translation>Målsettinger</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="80"/>
        <source>How management is involved</source>
        <translation>Hvordan ledelsen er involvert</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="90"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="91"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="92"/>
        <source>Open licence</source>
        <translation>Åpen lisens</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="93"/>
        <source>Message</source>
        <translation>Budskap</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="94"/>
        <source>Sustainability</source>
        <translation>Videreføring</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="95"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="96"/>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="97"/>
        <source>Evaluation notes</source>
        <translation>Evalueringsnotater</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="98"/>
        <source>Order</source>
        <translation>Rekkefølge</translation>
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
        <translation>Navn</translation>
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
        <translation>Gitt av</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="113"/>
        <source>Given on</source>
        <translation>Dato gitt</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="114"/>
        <source>Photos inside the school</source>
        <translation>Bilder internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="115"/>
        <source>Photos in print for the public</source>
        <translation>Bilder på papir for allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="116"/>
        <source>Photos online</source>
        <translation>Bilder på nett</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="117"/>
        <source>Stories inside the school</source>
        <translation>Historier internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="118"/>
        <source>Stories in print for the public</source>
        <translation>Historier på papir for allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="119"/>
        <source>Stories online</source>
        <translation>Historier på nett</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="120"/>
        <source>Name shown as</source>
        <translation>Navnevisning</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="121"/>
        <source>Expires on</source>
        <translation>Utløpsdato</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="122"/>
        <source>Withdrawn on</source>
        <translation>Dato trukket tilbake</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="134"/>
        <source>Main transport</source>
        <translation>Hovedtransportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="135"/>
        <source>Sustainable means, described</source>
        <translation>Beskrivelse av bærekraftig transportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="137"/>
        <source>Learning outcomes</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="138"/>
        <source>Passed on to colleagues</source>
        <translation>Delt med kolleger</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="139"/>
        <source>Participant reports</source>
        <translation>Deltakerrapporter</translation>
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
        <translation>Rolle på reisen</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="149"/>
        <location filename="../desktop/sheets/layout.py" line="156"/>
        <source>Story</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="150"/>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="152"/>
        <source>What it brought</source>
        <translation>Utbytte</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="36"/>
        <source>The spreadsheet %1 was not imported: %2</source>
        <translation>Regnearket %1 ble ikke importert: %2</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="37"/>
        <source>it is larger than %1 MB, far more than a list needs.</source>
        <translation>det er større enn %1 MB, langt mer enn en liste trenger.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="38"/>
        <source>it has more than %1 rows.</source>
        <translation>det har flere enn %1 rader.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="39"/>
        <source>it has more than %1 columns.</source>
        <translation>det har flere enn %1 kolonner.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="40"/>
        <source>it would unpack to far more data than it holds, as a decompression bomb does.</source>
        <translation>det ville pakkes ut til langt mer data enn det inneholder, slik en dekomprimeringsbombe gjør.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="42"/>
        <source>it links to other files or data sources (%1); save a copy without links and import that.</source>
        <translation>det lenker til andre filer eller datakilder (%1); lagre en kopi uten lenker og importer den.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="44"/>
        <source>it is not an XLSX or CSV file that can be read.</source>
        <translation>det er ikke en lesbar XLSX- eller CSV-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="45"/>
        <source>it is damaged and cannot be read.</source>
        <translation>det er skadet og kan ikke leses.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="46"/>
        <source>it holds no rows.</source>
        <translation>det inneholder ingen rader.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="47"/>
        <source>its text is in an encoding Vidare does not know; save it as CSV UTF-8 and try again.</source>
        <translation>teksten har en tegnkoding Vidare ikke kjenner; lagre det som CSV UTF-8 og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="132"/>
        <location filename="../desktop/ui/sheets_panel.py" line="112"/>
        <source>Export everything</source>
        <translation>Eksporter alt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="167"/>
        <source>Write everything in Vidare to one Excel workbook, one sheet per area, or bring in a list from a spreadsheet: the pupils of a trip, the staff, a Beneficiary Module export.</source>
        <translation>Eksporter alt fra Vidare til én Excel-arbeidsbok, med ett ark per område, eller hent inn en liste fra et regneark: elevene på en reise, de ansatte, en eksport fra Beneficiary Module.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="170"/>
        <source>For the data protection officer: with everyone&apos;s name</source>
        <translation>For personvernombudet: vis alle navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="172"/>
        <source>Export everything…</source>
        <translation>Eksporter alt…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="173"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importer fra et regneark…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="121"/>
        <source>Writing %1…</source>
        <translation>Lagrer %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="133"/>
        <source>The workbook was not written: %1</source>
        <translation>Arbeidsboken ble ikke lagret: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="161"/>
        <source>Everyone is named, whatever their consent says. Keep the file as safely as the database.</source>
        <translation>Alle vises med navn, uansett hva samtykket sier. Oppbevar filen like trygt som databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="163"/>
        <source>Off: people whose consent does not cover use inside the school appear by role and initials only.</source>
        <translation>Av: personer med samtykke som ikke dekker bruk internt på skolen, vises bare med rolle og initialer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="140"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rad lagret i %1.</numerusform>
            <numerusform>%n rader lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="142"/>
        <source>Everyone is named in it: keep it as safely as the database, and delete it when it is no longer needed.</source>
        <translation>Alle vises med navn i den: oppbevar den like trygt som databasen, og slett den når den ikke lenger trengs.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="113"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="145"/>
        <source>%n person(s) are shown by role and initials only, as their consent asks.</source>
        <translation>
            <numerusform>%n person vises bare med rolle og initialer, slik samtykket tilsier.</numerusform>
            <numerusform>%n personer vises bare med rolle og initialer, slik samtykket deres tilsier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/errors.py" line="27"/>
        <source>There is no database at %1.</source>
        <translation>Det finnes ingen database i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="31"/>
        <source>%1 is not a Vidare database.</source>
        <translation>%1 er ikke en Vidare-database.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="35"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="39"/>
        <source>%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.</source>
        <translation>%1 ble lagret av en nyere versjon av Vidare (dataversjon %2); denne versjonen kan bare åpne til og med dataversjon %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="46"/>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 er skadet og kan ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="80"/>
        <source>%1 holds the data of another school (%2), not of %3.</source>
        <translation>%1 inneholder dataene til en annen skole (%2), ikke til %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="91"/>
        <source>%1 can only be read here, so this document, which shows people, could not be recorded for the take-down list.</source>
        <translation>Dokumentet viser personer, men kunne ikke føres opp i listen over hva som må fjernes, fordi %1 bare kan leses her.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="55"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Kan ikke skrive til mappen %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="61"/>
        <source>%1 can only be read here, so Vidare changes nothing in it.</source>
        <translation>%1 kan bare leses her, så Vidare endrer ingenting i den.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="68"/>
        <source>%1 is in a folder kept in step by %2; two computers writing it at once can damage it.</source>
        <translation>%1 ligger i en mappe som synkroniseres av %2; hvis to datamaskiner skriver til den samtidig, kan den bli skadet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/lock.py" line="41"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4).</source>
        <translation>%1 er allerede åpnet i Vidare et annet sted (%2 på %3, siden %4).</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="64"/>
        <source>The backup in %1 could not be made or verified: %2</source>
        <translation>Sikkerhetskopien i %1 kunne ikke lages eller kontrolleres: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="68"/>
        <source>%1 is not a Vidare backup.</source>
        <translation>%1 er ikke en sikkerhetskopi fra Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="72"/>
        <source>%1 is a file; give a folder to keep the backups in.</source>
        <translation>%1 er en fil; oppgi en mappe sikkerhetskopiene skal ligge i.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="70"/>
        <source>it holds a file that no record uses (%1).</source>
        <translation>det inneholder en fil som ingen oppføring bruker (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="71"/>
        <source>the file %1 does not hold what its name says.</source>
        <translation>filen %1 inneholder ikke det navnet tilsier.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="72"/>
        <source>the picture %1 cannot be used: %2</source>
        <translation>bildet %1 kan ikke brukes: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="73"/>
        <source>it holds far more data than its records need.</source>
        <translation>det inneholder langt mer data enn oppføringene trenger.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="78"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 ble ikke importert: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="31"/>
        <source>it is not a readable zip file.</source>
        <translation>det er ikke en lesbar zip-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="32"/>
        <source>it holds a file that would land outside the media folder (%1).</source>
        <translation>det inneholder en fil som ville havnet utenfor mediemappen (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="34"/>
        <source>it holds a link (%1) instead of a file.</source>
        <translation>det inneholder en lenke (%1) i stedet for en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="35"/>
        <source>it holds too many files.</source>
        <translation>det inneholder for mange filer.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="36"/>
        <source>it would unpack to more data than a Vidare archive can hold (%1).</source>
        <translation>det ville pakkes ut til mer data enn et Vidare-arkiv kan inneholde (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="38"/>
        <source>it holds no Vidare database.</source>
        <translation>det inneholder ingen Vidare-database.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="37"/>
        <source>the database inside is not a Vidare database.</source>
        <translation>databasen i arkivet er ikke en Vidare-database.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="38"/>
        <source>the database inside is damaged.</source>
        <translation>databasen i arkivet er skadet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="39"/>
        <source>it was made by a newer Vidare; install the newer Vidare first.</source>
        <translation>det ble laget av en nyere versjon av Vidare; installer den nyere versjonen først.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="43"/>
        <source>the database inside holds a view that Vidare did not make (%1).</source>
        <translation>databasen i arkivet inneholder en visning som Vidare ikke har laget (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="45"/>
        <source>the database inside holds a trigger that Vidare did not make (%1).</source>
        <translation>databasen i arkivet inneholder en trigger som Vidare ikke har laget (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="47"/>
        <source>the database inside holds a table that Vidare did not make (%1).</source>
        <translation>databasen i arkivet inneholder en tabell som Vidare ikke har laget (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="49"/>
        <source>the database inside holds an index that Vidare did not make (%1).</source>
        <translation>databasen i arkivet inneholder en indeks som Vidare ikke har laget (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="53"/>
        <source>the database inside has a changed or missing table (%1).</source>
        <translation>databasen i arkivet har en endret eller manglende tabell (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="55"/>
        <source>reading the database inside took too long.</source>
        <translation>det tok for lang tid å lese databasen i arkivet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="56"/>
        <source>the record %1 in %2 has a value of the wrong kind in %3.</source>
        <translation>oppføringen %1 i %2 har en verdi av feil type i %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="58"/>
        <source>the record %1 in %2 holds text that is not valid UTF-8 (in %3).</source>
        <translation>oppføringen %1 i %2 inneholder tekst som ikke er gyldig UTF-8 (i %3).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="60"/>
        <source>the record %1 in %2 breaks a rule (%3: %4)</source>
        <translation>oppføringen %1 i %2 bryter en regel (%3: %4)</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="39"/>
        <source>it holds the file %1 twice.</source>
        <translation>det inneholder filen %1 to ganger.</translation>
    </message>
    <message>
        <location filename="../desktop/demo/generator.py" line="47"/>
        <source>The database is not empty; the demo school is only written into an empty database.</source>
        <translation>Databasen er ikke tom; demoskolen kan bare legges inn i en tom database.</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="163"/>
        <source>No story yet. Press New: a story can be started before its trip is over, and photos added once it has a title.</source>
        <translation>Ingen historier ennå. Trykk Ny: en historie kan påbegynnes før reisen er over, og bilder kan legges til når den har fått en tittel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="275"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="276"/>
        <source>Search all stories…</source>
        <translation>Søk i alle historier…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="277"/>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="60"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="61"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="63"/>
        <source>Written in</source>
        <translation>Skrevet på</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="66"/>
        <source>Story</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="67"/>
        <source>Quote for posters</source>
        <translation>Sitat til plakater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="69"/>
        <source>What it brought</source>
        <translation>Utbytte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="71"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="102"/>
        <source>(no trip)</source>
        <translation>(ingen reise)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="136"/>
        <source>New story</source>
        <translation>Ny historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="141"/>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tegn</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="34"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="35"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="36"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="39"/>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>SubListPanel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="112"/>
        <source>Add a partner</source>
        <translation>Legg til en partner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="118"/>
        <source>Add a result</source>
        <translation>Legg til et resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sub_list.py" line="178"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="472"/>
        <source>Delete this draft?</source>
        <translation>Slette dette utkastet?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="512"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
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
        <translation>Legg til en ny oppføring (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="515"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="516"/>
        <source>Delete the chosen record (Delete)</source>
        <translation>Slett valgt oppføring (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="517"/>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="533"/>
        <source>Choose a row in the list to see it here, or press New.</source>
        <translation>Velg en rad i listen for å se den her, eller trykk Ny.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="547"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Varselet gjelder %n oppføring, og bare den vises.</numerusform>
            <numerusform>Varselet gjelder %n oppføringer, og bare de vises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="303"/>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="306"/>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>%n draft(s) not saved yet</source>
        <translation>
            <numerusform>%n utkast ikke lagret ennå</numerusform>
            <numerusform>%n utkast ikke lagret ennå</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="535"/>
        <source>Nothing matches. Clear the filter to see everything.</source>
        <translation>Ingen treff. Tøm filteret for å se alt.</translation>
    </message>
</context>
<context>
    <name>TargetGroupsEditor</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="228"/>
        <source>Add a target group</source>
        <translation>Legg til en målgruppe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="224"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="224"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="225"/>
        <source>Representatives, by name</source>
        <translation>Navn på representanter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>No target group yet: to whom does this result matter?</source>
        <translation>Ingen målgruppe ennå: hvem er resultatet viktig for?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../desktop/ui/timeline.py" line="86"/>
        <source>last fifth</source>
        <translation>siste femtedel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="126"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="72"/>
        <source>Choose a project to see its dissemination.</source>
        <translation>Velg et prosjekt for å se spredningen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="133"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="134"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="135"/>
        <source>Last fifth of the project</source>
        <translation>Siste femtedel av prosjektet</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="77"/>
        <source>Enter a date.</source>
        <translation>Skriv inn en dato.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="80"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="89"/>
        <source>The end date is before the start date.</source>
        <translation>Sluttdatoen er før startdatoen.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="95"/>
        <source>Choose a project (record it on the Projects page first).</source>
        <translation>Velg et prosjekt (registrer det på siden Prosjekter først).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="103"/>
        <source>“%1” is not a known country.</source>
        <translation>«%1» er ikke et kjent land.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="112"/>
        <location filename="../desktop/domain/validation.py" line="212"/>
        <location filename="../desktop/store/row_rules.py" line="50"/>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» er ikke blant valgene.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="124"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Teksten er for lang (høyst %1 tegn).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="127"/>
        <source>This text contains invisible control characters.</source>
        <translation>Teksten inneholder usynlige kontrolltegn.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="135"/>
        <location filename="../desktop/domain/validation.py" line="206"/>
        <location filename="../desktop/domain/validation.py" line="243"/>
        <location filename="../desktop/store/row_rules.py" line="49"/>
        <source>Enter a title.</source>
        <translation>Skriv inn en tittel.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="176"/>
        <source>Travel days must be between 0 and 14.</source>
        <translation>Antall reisedager må være mellom 0 og 14.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="181"/>
        <source>Describe the sustainable means of transport.</source>
        <translation>Beskriv det bærekraftige transportmiddelet.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="184"/>
        <source>The description may be at most %1 characters.</source>
        <translation>Beskrivelsen kan være på høyst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="191"/>
        <source>No pupils on this pupil mobility yet: add them when you know who goes.</source>
        <translation>Ingen elever på denne elevmobiliteten ennå: legg dem til når du vet hvem som skal reise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/domain/validation.py" line="196"/>
        <source>This trip lasts %n day(s), outside the usual %1–%2 days for this activity.</source>
        <translation>
            <numerusform>Reisen varer %n dag, utenfor det som er vanlig for denne aktivitetstypen (%1–%2 dager).</numerusform>
            <numerusform>Reisen varer %n dager, utenfor det som er vanlig for denne aktivitetstypen (%1–%2 dager).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="208"/>
        <source>The quote is %1 characters long; a poster has room for %2.</source>
        <translation>Sitatet er på %1 tegn; en plakat har plass til %2.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="229"/>
        <source>The consent expires before it was given.</source>
        <translation>Utløpsdatoen er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="254"/>
        <source>Enter the date the action was done.</source>
        <translation>Skriv inn datoen da aktiviteten ble gjennomført.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="258"/>
        <source>Enter the number of people reached (0 or more).</source>
        <translation>Skriv inn antall personer som ble nådd (0 eller flere).</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="48"/>
        <source>Enter a name.</source>
        <translation>Skriv inn et navn.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="51"/>
        <source>“%1” is not a record id.</source>
        <translation>«%1» er ikke en gyldig ID.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="52"/>
        <source>“%1” is not a time.</source>
        <translation>«%1» er ikke et gyldig tidspunkt.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="53"/>
        <source>The time %1 lies in the future.</source>
        <translation>Tidspunktet %1 ligger i fremtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="54"/>
        <source>“%1” is not a file of the media folder.</source>
        <translation>«%1» er ikke en fil i mediemappen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="55"/>
        <source>This is not a list of records.</source>
        <translation>Dette er ikke en liste over oppføringer.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="56"/>
        <source>This is not a whole number in range.</source>
        <translation>Dette er ikke et heltall innenfor det tillatte området.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="96"/>
        <source>The file cannot be found.</source>
        <translation>Finner ikke filen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="98"/>
        <source>The photo is too large.</source>
        <translation>Bildet er for stort.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="105"/>
        <location filename="../desktop/store/media.py" line="115"/>
        <source>The photo has too many pixels to be used safely.</source>
        <translation>Bildet har for mange piksler til å kunne brukes trygt.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="109"/>
        <location filename="../desktop/store/media.py" line="121"/>
        <location filename="../desktop/store/media.py" line="124"/>
        <source>This file is not an image.</source>
        <translation>Filen er ikke et bilde.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="79"/>
        <source>“%1” is not a date Vidare can read; write it like %2.</source>
        <translation>«%1» er ikke en dato Vidare kan lese; skriv den som %2.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="41"/>
        <source>Choose the project these rows belong to.</source>
        <translation>Velg prosjektet disse radene hører til.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="42"/>
        <source>There is no project “%1” in Vidare.</source>
        <translation>Det finnes ikke noe prosjekt «%1» i Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="43"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» er verken ja eller nei.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="45"/>
        <source>It refers to something that is not in Vidare.</source>
        <translation>Raden viser til noe som ikke finnes i Vidare.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/cli_text.py" line="23"/>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="24"/>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="25"/>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="26"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="27"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: feil: %(message)s
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
        <translation>disse argumentene må oppgis: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="30"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="32"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig verdi (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="33"/>
        <source>expected one argument</source>
        <translation>en verdi må oppgis</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="34"/>
        <source>expected at most one argument</source>
        <translation>høyst én verdi er tillatt</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="35"/>
        <source>expected at least one argument</source>
        <translation>minst én verdi må oppgis</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan bety %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="37"/>
        <source>not allowed with argument %s</source>
        <translation>kan ikke brukes sammen med %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="38"/>
        <source>ignored explicit argument %r</source>
        <translation>verdien %r ble ignorert</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumentene %s må oppgis</translation>
    </message>
</context>
</TS>
