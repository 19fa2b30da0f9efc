<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
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
        <translation>Skolens oversikt over Erasmus+-mobiliteter, historier og spredning, uten nett – med plakater og rapporter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="65"/>
        <source>Your data stays on this computer. Vidare never connects to the internet.</source>
        <translation>Dataene dine blir på denne datamaskinen. Vidare kobler seg aldri til internett.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="62"/>
        <source>Vidare %1</source>
        <translation>Vidare %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="67"/>
        <source>Licence: EUPL-1.2. Qt %1, Python %2.</source>
        <translation>Lisens: EUPL-1.2. Qt %1, Python %2.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="71"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="72"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
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
        <translation>Målgruppe</translation>
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
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="85"/>
        <source>Planned for</source>
        <translation>Planlagt til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="87"/>
        <source>Done on</source>
        <translation>Gjennomført dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="91"/>
        <source>People reached</source>
        <translation>Personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="93"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="107"/>
        <source>Evidence (link or file)</source>
        <translation>Dokumentasjon (lenke eller fil)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="109"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="163"/>
        <source>Choose the evidence file</source>
        <translation>Velg fil med dokumentasjon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="203"/>
        <source>Attach file…</source>
        <translation>Legg ved fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="204"/>
        <source>A link, or attach a file</source>
        <translation>En lenke, eller legg ved en fil</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="194"/>
        <source>Copy link</source>
        <translation>Kopier lenke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="197"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="208"/>
        <source>No action chosen</source>
        <translation>Ingen aktivitet valgt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="171"/>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="210"/>
        <source>New dissemination action</source>
        <translation>Ny spredningsaktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="121"/>
        <source>(no particular result)</source>
        <translation>(ikke knyttet til et bestemt resultat)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="172"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunne ikke kopieres: %1</translation>
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
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="44"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="45"/>
        <source>Reached</source>
        <translation>Nådd</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="53"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="40"/>
        <source>When Vidare started</source>
        <translation>Da Vidare startet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="41"/>
        <source>After the day&apos;s work</source>
        <translation>Etter dagens arbeid</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="42"/>
        <source>Backed up by hand</source>
        <translation>Tatt manuelt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="43"/>
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="44"/>
        <source>Before an import</source>
        <translation>Før en import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="45"/>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="48"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="96"/>
        <source>%1 projects, %2 trips, %3 people, %4 stories, %5 photos</source>
        <translation>prosjekter: %1, reiser: %2, personer: %3, historier: %4, bilder: %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="188"/>
        <source>Backed up and verified: %1.</source>
        <translation>Sikkerhetskopiert og kontrollert: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="236"/>
        <source>The archive was written to %1.</source>
        <translation>Arkivet ble skrevet til %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="261"/>
        <source>Imported: %1 added, %2 updated, %3 deleted. The data as it was before is kept in a backup.</source>
        <translation>Importert: %1 lagt til, %2 oppdatert, %3 slettet. Dataene slik de var før, er tatt vare på i en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="296"/>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="297"/>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="298"/>
        <source>Export archive…</source>
        <translation>Eksporter arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="299"/>
        <source>Import archive…</source>
        <translation>Importer arkiv…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="197"/>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <location filename="../desktop/ui/backups_panel.py" line="208"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="198"/>
        <source>What is in Vidare now is backed up first, so nothing is lost.</source>
        <translation>Det som er i Vidare nå, sikkerhetskopieres først, så ingenting går tapt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="212"/>
        <source>Restored the backup of %1. What it replaced is kept in the backup of %2.</source>
        <translation>Sikkerhetskopien fra %1 er gjenopprettet. Det den erstattet, er tatt vare på i sikkerhetskopien fra %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="216"/>
        <source>Restored the backup of %1.</source>
        <translation>Sikkerhetskopien fra %1 er gjenopprettet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="225"/>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <source>Export archive</source>
        <translation>Eksporter arkiv</translation>
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
        <translation>Importer arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="292"/>
        <source>Vidare backs up the database and its photos when it starts and after a day&apos;s work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1.</source>
        <translation>Vidare sikkerhetskopierer databasen og bildene når programmet starter og etter dagens arbeid, og beholder de siste 7 dagene, 4 ukene og 12 månedene. Sikkerhetskopiene ligger i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="197"/>
        <source>Put back the data as it was on %1?</source>
        <translation>Gjenopprette dataene slik de var %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="185"/>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="185"/>
        <source>No backup was made: %1</source>
        <translation>Ingen sikkerhetskopi ble tatt: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="208"/>
        <source>Nothing was restored: %1</source>
        <translation>Ingenting ble gjenopprettet: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <source>The archive was not written: %1</source>
        <translation>Arkivet ble ikke skrevet: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="47"/>
        <source>Group mobility of pupils</source>
        <translation>Gruppemobilitet for elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="50"/>
        <source>Short-term learning mobility of pupils</source>
        <translation>Kortvarig læringsmobilitet for elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="53"/>
        <source>Long-term learning mobility of pupils</source>
        <translation>Langvarig læringsmobilitet for elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="55"/>
        <source>Job shadowing</source>
        <translation>Jobbskygging</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="56"/>
        <source>Teaching assignment</source>
        <translation>Undervisningsoppdrag</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="57"/>
        <source>Course or training</source>
        <translation>Kurs eller etterutdanning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="59"/>
        <source>Invited expert</source>
        <translation>Invitert ekspert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="61"/>
        <source>Hosting teachers and educators in training</source>
        <translation>Mottak av lærere og lærerstudenter</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="63"/>
        <source>Preparatory visit</source>
        <translation>Forberedende besøk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="67"/>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="68"/>
        <source>Other staff</source>
        <translation>Annet personale</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="69"/>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="73"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="74"/>
        <source>Accompanying person</source>
        <translation>Ledsager</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="75"/>
        <source>Lead accompanying person</source>
        <translation>Hovedledsager</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="79"/>
        <location filename="../desktop/domain/catalogues.py" line="168"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="80"/>
        <location filename="../desktop/domain/catalogues.py" line="169"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="81"/>
        <location filename="../desktop/domain/catalogues.py" line="170"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="85"/>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="86"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="87"/>
        <source>Submitted</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="91"/>
        <source>Train</source>
        <translation>Tog</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="92"/>
        <source>Bus or coach</source>
        <translation>Buss</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="93"/>
        <source>Shared car</source>
        <translation>Samkjøring</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="94"/>
        <source>Bicycle or on foot</source>
        <translation>Sykkel eller til fots</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="95"/>
        <source>Other sustainable means</source>
        <translation>Annet bærekraftig transportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="97"/>
        <source>Ferry</source>
        <translation>Ferje</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="98"/>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="99"/>
        <source>Plane</source>
        <translation>Fly</translation>
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
        <translation>Lokalpresse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="107"/>
        <source>Specialist press or report</source>
        <translation>Fagpresse eller rapport</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="108"/>
        <source>Seminar or meeting</source>
        <translation>Seminar eller møte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="109"/>
        <source>Staff meeting</source>
        <translation>Personalmøte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="110"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="111"/>
        <source>Exhibition</source>
        <translation>Utstilling</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="112"/>
        <source>Website</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="113"/>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="114"/>
        <source>Open event</source>
        <translation>Åpent arrangement</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="115"/>
        <source>Parents&apos; meeting</source>
        <translation>Foreldremøte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="116"/>
        <source>Visit to or from another school or municipality</source>
        <translation>Besøk til eller fra en annen skole eller kommune</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="118"/>
        <source>Networks</source>
        <translation>Nettverk</translation>
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
        <translation>Plakat på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="122"/>
        <location filename="../desktop/domain/catalogues.py" line="137"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="126"/>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="127"/>
        <source>Parents and guardians</source>
        <translation>Foreldre og foresatte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="128"/>
        <source>Colleagues at our school</source>
        <translation>Kolleger ved vår skole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="129"/>
        <source>Teachers at other schools</source>
        <translation>Lærere ved andre skoler</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="130"/>
        <source>School leaders</source>
        <translation>Skoleledere</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="131"/>
        <source>Municipality or school owner</source>
        <translation>Kommune eller skoleeier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="132"/>
        <source>Policy makers</source>
        <translation>Beslutningstakere</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="133"/>
        <source>Local community</source>
        <translation>Lokalsamfunnet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="134"/>
        <source>Media</source>
        <translation>Medier</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="135"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisasjoner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="136"/>
        <source>Teacher education</source>
        <translation>Lærerutdanning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="141"/>
        <source>Primary</source>
        <translation>Primær</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="142"/>
        <source>Secondary</source>
        <translation>Sekundær</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="146"/>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="147"/>
        <source>Regional</source>
        <translation>Regionalt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="148"/>
        <source>National</source>
        <translation>Nasjonalt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="149"/>
        <source>European</source>
        <translation>Europeisk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="153"/>
        <source>Sharing within the school</source>
        <translation>Deling internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="155"/>
        <source>Sharing with other organisations and the public</source>
        <translation>Deling med andre organisasjoner og allmennheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="156"/>
        <source>Acknowledging EU funding</source>
        <translation>Synliggjøring av EU-støtten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="160"/>
        <source>Spread knowledge</source>
        <translation>Spre kunnskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="161"/>
        <source>Widen the school&apos;s influence</source>
        <translation>Øke skolens innflytelse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="162"/>
        <source>Influence policy and practice</source>
        <translation>Påvirke politikk og praksis</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="163"/>
        <source>Build partnerships</source>
        <translation>Bygge partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="164"/>
        <source>Raise the school&apos;s profile</source>
        <translation>Styrke skolens omdømme</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="174"/>
        <source>New pedagogical ideas</source>
        <translation>Nye pedagogiske ideer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="175"/>
        <source>International competence</source>
        <translation>Internasjonal kompetanse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="176"/>
        <source>Motivation</source>
        <translation>Motivasjon</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="177"/>
        <source>Subject knowledge</source>
        <translation>Fagkunnskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="178"/>
        <source>Intercultural skills</source>
        <translation>Interkulturell kompetanse</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="179"/>
        <source>Language skills</source>
        <translation>Språkferdigheter</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="180"/>
        <source>Professional networks</source>
        <translation>Faglige nettverk</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="181"/>
        <source>Self-confidence</source>
        <translation>Selvtillit</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="185"/>
        <source>Tangible</source>
        <translation>Materielt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="186"/>
        <source>Intangible</source>
        <translation>Immaterielt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="190"/>
        <source>KA121-SCH Accredited mobility</source>
        <translation>KA121-SCH Akkreditert mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="191"/>
        <source>KA122-SCH Short-term mobility project</source>
        <translation>KA122-SCH Kortvarig mobilitetsprosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="192"/>
        <source>KA210-SCH Small-scale partnership</source>
        <translation>KA210-SCH Småskala partnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="193"/>
        <source>KA220-SCH Cooperation partnership</source>
        <translation>KA220-SCH Samarbeidspartnerskap</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="194"/>
        <source>eTwinning project</source>
        <translation>eTwinning-prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="195"/>
        <source>Other project</source>
        <translation>Annet prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="199"/>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="200"/>
        <source>FERS on Erasmus+ rules (Poland)</source>
        <translation>FERS etter Erasmus+-reglene (Polen)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="201"/>
        <source>Other funding</source>
        <translation>Annen finansiering</translation>
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
        <translation>Vertsorganisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="211"/>
        <source>The person</source>
        <translation>Personen selv</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="212"/>
        <source>A guardian</source>
        <translation>En foresatt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="216"/>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="217"/>
        <source>First name only</source>
        <translation>Bare fornavn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="218"/>
        <source>No name</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="222"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="223"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="228"/>
        <source>Print inside the school</source>
        <translation>Trykk internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="229"/>
        <source>Print for the public</source>
        <translation>Trykk for offentligheten</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="230"/>
        <source>Online</source>
        <translation>På nett</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="233"/>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="234"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
</context>
<context>
    <name>CheckPeopleList</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="238"/>
        <source>Find a person…</source>
        <translation>Finn en person…</translation>
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
        <translation>MAPPE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="155"/>
        <source>REF</source>
        <translation>PROSJEKT</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="156"/>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="157"/>
        <source>BACKUP</source>
        <translation>KOPI</translation>
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
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="247"/>
        <source>Give the new database with %1.</source>
        <translation>Oppgi den nye databasen med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="250"/>
        <source>--scale must be a whole number from 1 to 10000.</source>
        <translation>--scale må være et heltall fra 1 til 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="257"/>
        <source>%1 is not empty; the demo school is only written into an empty database.</source>
        <translation>%1 er ikke tom; demoskolen skrives bare inn i en tom database.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="261"/>
        <source>%1: demo school (%2) with %3</source>
        <translation>%1: demoskole (%2) med %3</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="278"/>
        <source>%1 was saved by a newer Vidare (data version %2); install the newer Vidare to use it.</source>
        <translation>%1 ble lagret av en nyere Vidare (dataversjon %2); installer den nyere versjonen for å bruke den.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="289"/>
        <source>%1: healthy — %2 (data version %3)</source>
        <translation>%1: i god stand — %2 (dataversjon %3)</translation>
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
        <translation>Historieplakat</translation>
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
        <location filename="../desktop/cli_print.py" line="57"/>
        <source>--from must not be after --to.</source>
        <translation>--from kan ikke være etter --to.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="78"/>
        <source>Give the project with %1.</source>
        <translation>Oppgi prosjektet med %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="87"/>
        <source>More than one project&apos;s title starts with &quot;%1&quot;: give more of the title, or the grant agreement number (%2).</source>
        <translation>Flere prosjekter har en tittel som begynner med «%1»: skriv mer av tittelen, eller prosjektnummeret (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="91"/>
        <source>No project has the grant agreement number or id %1, or a title starting with it.</source>
        <translation>Ingen prosjekter har prosjektnummeret eller ID-en %1 eller en tittel som begynner slik.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="103"/>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 er ikke en dato; skriv den som %2.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="111"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 er en mappe; oppgi navnet på PDF-filen som skal skrives.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="114"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="71"/>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="126"/>
        <source>%1 cannot be written.</source>
        <translation>Kan ikke skrive %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>Sikkerhetskopien kunne ikke kontrolleres og ble ikke beholdt: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="55"/>
        <location filename="../desktop/cli_safety.py" line="60"/>
        <source>%1 is not a Vidare backup folder.</source>
        <translation>%1 er ikke en mappe med sikkerhetskopier fra Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="73"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Sikkerhetskopien er skadet og ble ikke gjenopprettet: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="91"/>
        <source>%1 is a folder; give a file name for the archive.</source>
        <translation>%1 er en mappe; oppgi et filnavn for arkivet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="122"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 ble ikke importert: %2</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="42"/>
        <source>the database file (default: the one in your user data folder)</source>
        <translation>databasefilen (standard: den i brukermappen din for Vidare)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="43"/>
        <source>the language for messages and documents (default: the system&apos;s)</source>
        <translation>språket for meldinger og dokumenter (standard: systemets)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="44"/>
        <source>the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-000123456), its id, or the first words of its title</source>
        <translation>prosjektet: prosjektnummeret (f.eks. 2025-1-NO01-KA122-SCH-000123456), ID-en eller de første ordene i tittelen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="46"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen som skal skrives</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="47"/>
        <source>paper size (default: A3)</source>
        <translation>papirstørrelse (standard: A3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="48"/>
        <source>who will see it: public (the default for posters) or internal (the default for reports); a photo, story or name appears only where that person&apos;s consent covers that use today</source>
        <translation>hvem som skal se den: public, offentligheten (standard for plakater), eller internal, internt på skolen (standard for rapporter); et bilde, en historie eller et navn vises bare der personens samtykke dekker den bruken i dag</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="109"/>
        <source>%1, as %2 (default: %3)</source>
        <translation>%1, som %2 (standard: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="87"/>
        <source>print a poster to a PDF file</source>
        <translation>skriv ut en plakat til en PDF-fil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="105"/>
        <source>print a report to a PDF file</source>
        <translation>skriv ut en rapport til en PDF-fil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="65"/>
        <source>Vidare: a school&apos;s Erasmus+ mobilities, stories and dissemination, offline. Without a command, the window opens.</source>
        <translation>Vidare: skolens Erasmus+-mobiliteter, historier og spredning, uten nett. Uten kommando åpnes vinduet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="69"/>
        <source>show Vidare&apos;s version and exit</source>
        <translation>vis hvilken versjon av Vidare dette er, og avslutt</translation>
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
        <translation>gjenta skolens historikk N ganger, hver kopi ett skoleår tidligere, for å prøve Vidare med en stor database (1 til 10000; standard 1)</translation>
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
        <translation>en tom plakat med skriveplass, for en workshop med de ansatte (trenger ingen database)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="95"/>
        <source>the stories poster: figures, countries and participants&apos; stories</source>
        <translation>historieplakaten: tall, land og deltakernes historier</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="107"/>
        <source>reports</source>
        <translation>rapporter</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="108"/>
        <source>the principal&apos;s summary of a period</source>
        <translation>sammendraget for rektor for en periode</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="114"/>
        <source>the project report for the national agency&apos;s final report</source>
        <translation>prosjektrapporten til sluttrapporten til det nasjonale kontoret</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="123"/>
        <source>check a database&apos;s health</source>
        <translation>kontroller at en database er i god stand</translation>
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
        <source>write the database and its photos and files to one archive file</source>
        <translation>skriv databasen med bildene og filene til én arkivfil</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="135"/>
        <source>the archive file to write</source>
        <translation>arkivfilen som skal skrives</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="136"/>
        <source>merge an archive from another computer into the database</source>
        <translation>slå sammen et arkiv fra en annen datamaskin med databasen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="139"/>
        <source>the archive file to merge</source>
        <translation>arkivfilen som skal slås sammen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="141"/>
        <source>open every page and build every document, timing each, then exit</source>
        <translation>åpne hver side og lag hvert dokument, med tidtaking, og avslutt</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="143"/>
        <source>the database to try (default: a new demo school)</source>
        <translation>databasen som skal prøves (standard: en ny demoskole)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="145"/>
        <source>save a picture of every page and document in this folder</source>
        <translation>lagre et bilde av hver side og hvert dokument i denne mappen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="285"/>
        <source>%1: %2 (the first: %3)</source>
        <translation>%1: %2 (det første: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the first day</source>
        <translation>første dag</translation>
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
        <location filename="../desktop/cli.py" line="286"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem funnet</numerusform>
            <numerusform>%n problemer funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="131"/>
        <source>%1: %2, %3, written to %4</source>
        <translation>%1: %2, %3, lagret i %4</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="43"/>
        <location filename="../desktop/ui/dialogs.py" line="51"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Ingenting annet blir slettet samtidig.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="44"/>
        <source>Delete “%1”?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="47"/>
        <source>These are deleted with it: %1.</source>
        <translation>Dette blir også slettet: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="31"/>
        <source>Protected identity: this person&apos;s name, photos and stories never appear anywhere.</source>
        <translation>Beskyttet identitet: personens navn, bilder og historier vises aldri noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="34"/>
        <source>No consent recorded: this person&apos;s photos and stories may not be used anywhere.</source>
        <translation>Ingen samtykke registrert: personens bilder og historier kan ikke brukes noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="38"/>
        <source>Consent withdrawn: take this person&apos;s photos and stories down wherever they appear.</source>
        <translation>Samtykket er trukket tilbake: fjern personens bilder og historier overalt der de vises.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="44"/>
        <source>Photos may appear: %1.</source>
        <translation>Bilder kan vises: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="44"/>
        <source>Photos may not appear anywhere.</source>
        <translation>Bilder kan ikke vises noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="45"/>
        <source>Stories may appear: %1.</source>
        <translation>Historier kan vises: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="45"/>
        <source>Stories may not appear anywhere.</source>
        <translation>Historier kan ikke vises noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="63"/>
        <source>No authors or people shown are recorded yet; add them so that consent can be checked.</source>
        <translation>Ingen forfattere eller personer på bildene er registrert ennå; legg dem til slik at samtykket kan kontrolleres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="68"/>
        <source>This story may not appear anywhere: someone&apos;s consent does not cover it.</source>
        <translation>Historien kan ikke vises noe sted: noens samtykke dekker den ikke.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="41"/>
        <source>Consent expired: ask for a new one.</source>
        <translation>Samtykket har utløpt: be om et nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="75"/>
        <source>Its photos may not appear anywhere.</source>
        <translation>Bildene kan ikke vises noe sted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="51"/>
        <source>Name shown as: %1.</source>
        <translation>Navnet vises som: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="66"/>
        <source>This story may appear: %1.</source>
        <translation>Historien kan vises: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="77"/>
        <source>Consent to check: %1.</source>
        <translation>Samtykke som må kontrolleres: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="72"/>
        <source>Its photos may appear: %1.</source>
        <translation>Bildene kan vises: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="38"/>
        <source>Given by</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="40"/>
        <source>Given on</source>
        <translation>Gitt dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="64"/>
        <source>Name shown as</source>
        <translation>Navnet vises som</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="67"/>
        <source>Expires on</source>
        <translation>Utløper dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="69"/>
        <source>Withdrawn on</source>
        <translation>Trukket tilbake dato</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="81"/>
        <location filename="../desktop/ui/pages/consent_editor.py" line="143"/>
        <source>Scanned form</source>
        <translation>Skannet skjema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="135"/>
        <source>Choose the scanned consent form</source>
        <translation>Velg det skannede samtykkeskjemaet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="164"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="165"/>
        <source>May appear</source>
        <translation>Kan vises</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="168"/>
        <source>Attach…</source>
        <translation>Legg ved…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="169"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="170"/>
        <source>Record a new consent</source>
        <translation>Registrer et nytt samtykke</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="171"/>
        <source>Withdrawn today</source>
        <translation>Trukket tilbake i dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="157"/>
        <source>No scanned form attached</source>
        <translation>Ikke noe skannet skjema vedlagt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="144"/>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunne ikke kopieres: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="21"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n lærer</numerusform>
            <numerusform>%n lærere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="22"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n annen ansatt</numerusform>
            <numerusform>%n andre ansatte</numerusform>
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
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="28"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n ledsager</numerusform>
            <numerusform>%n ledsagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="29"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n hovedledsager</numerusform>
            <numerusform>%n hovedledsagere</numerusform>
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
            <numerusform>%n reise</numerusform>
            <numerusform>%n reiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n land</numerusform>
            <numerusform>%n land</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n bilde</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>%n dag i utlandet totalt</numerusform>
            <numerusform>%n dager i utlandet totalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spredningsaktivitet</numerusform>
            <numerusform>%n spredningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n fortsatt planlagt</numerusform>
            <numerusform>%n fortsatt planlagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n gjennomført</numerusform>
            <numerusform>%n gjennomført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n person nådd</numerusform>
            <numerusform>%n personer nådd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
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
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="17"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n spredningsaktivitet</numerusform>
            <numerusform>%n spredningsaktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n deltakerkobling</numerusform>
            <numerusform>%n deltakerkoblinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n personmerking på bilde</numerusform>
            <numerusform>%n personmerkinger på bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n samtykkeskjema</numerusform>
            <numerusform>%n samtykkeskjemaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n bilde</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n plass på en reise</numerusform>
            <numerusform>%n plasser på reiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n forfatterskap til en historie</numerusform>
            <numerusform>%n forfatterskap til historier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisseminationPage</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="305"/>
        <source>Dissemination</source>
        <translation>Spredning</translation>
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
        <translation>Alle resultater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="215"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="216"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="217"/>
        <source>All levels</source>
        <translation>Alle nivåer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="218"/>
        <source>All parts of the standard</source>
        <translation>Alle deler av standarden</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop/documents/common.py" line="31"/>
        <source>(shortened: %1 characters in all)</source>
        <translation>(forkortet: %1 tegn totalt)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/common.py" line="32"/>
        <source>…continued in the project report</source>
        <translation>…fortsetter i prosjektrapporten</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="23"/>
        <source>Printed on %1 with Vidare</source>
        <translation>Skrevet ut %1 med Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="24"/>
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
        <location filename="../desktop/documents/plan_poster.py" line="33"/>
        <source>Plan and disseminate the project&apos;s results</source>
        <translation>Planlegg og spre prosjektets resultater</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="34"/>
        <source>Each lane is one result of the project: read it from left to right.</source>
        <translation>Hver rad er ett av prosjektets resultater: les den fra venstre mot høyre.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="35"/>
        <source>One lane for each result: fill it in together, from left to right.</source>
        <translation>Én rad for hvert resultat: fyll den ut sammen, fra venstre mot høyre.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="39"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="39"/>
        <source>what</source>
        <translation>hva</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="40"/>
        <source>Target groups and their representatives</source>
        <translation>Målgrupper og deres representanter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="40"/>
        <source>to whom</source>
        <translation>til hvem</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="42"/>
        <source>Message and purpose</source>
        <translation>Budskap og formål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="42"/>
        <source>why</source>
        <translation>hvorfor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="43"/>
        <source>Tools and channels</source>
        <translation>Verktøy og kanaler</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="43"/>
        <source>how</source>
        <translation>hvordan</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="44"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="44"/>
        <source>during and after the project</source>
        <translation>under og etter prosjektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="45"/>
        <source>Who is responsible</source>
        <translation>Hvem har ansvaret</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="46"/>
        <location filename="../desktop/documents/project_report.py" line="211"/>
        <source>Sustainability</source>
        <translation>Bærekraft</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="47"/>
        <source>Evaluation and indicators</source>
        <translation>Evaluering og indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <location filename="../desktop/documents/project_report.py" line="125"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <location filename="../desktop/documents/project_report.py" line="128"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="181"/>
        <source>No results are recorded for this project yet.</source>
        <translation>Ingen resultater er registrert for prosjektet ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="263"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="267"/>
        <source>During the project</source>
        <translation>Under prosjektet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="268"/>
        <source>After the project</source>
        <translation>Etter prosjektet</translation>
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
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="295"/>
        <source>Five questions to answer together</source>
        <translation>Fem spørsmål å svare på sammen</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="34"/>
        <source>What we learnt abroad, in our own words.</source>
        <translation>Det vi lærte i utlandet, med egne ord.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="36"/>
        <source>trips abroad</source>
        <translation>utenlandsreiser</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="37"/>
        <location filename="../desktop/documents/summary.py" line="66"/>
        <source>participants</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="38"/>
        <source>days of learning abroad</source>
        <translation>læringsdager i utlandet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="39"/>
        <location filename="../desktop/documents/summary.py" line="67"/>
        <source>countries</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="40"/>
        <source>people reached by our dissemination</source>
        <translation>personer nådd gjennom spredningen vår</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="92"/>
        <source>Where we went</source>
        <translation>Dit vi reiste</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="96"/>
        <source>No trips are done yet.</source>
        <translation>Ingen reiser er gjennomført ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="118"/>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="123"/>
        <source>Project data</source>
        <translation>Prosjektopplysninger</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="126"/>
        <source>Reference</source>
        <translation>Referansenummer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="127"/>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Action</source>
        <translation>Prosjekttype</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="129"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="132"/>
        <source>Needs analysis</source>
        <translation>Behovsanalyse</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="133"/>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="134"/>
        <source>How the school&apos;s management takes part</source>
        <translation>Hvordan skoleledelsen deltar</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="140"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="141"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="141"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="142"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="142"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="146"/>
        <source>No partners recorded.</source>
        <translation>Ingen partnere registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="150"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="156"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
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
        <translation>Ledsagere</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="157"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="158"/>
        <source>Green travel</source>
        <translation>Grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="158"/>
        <source>Days abroad</source>
        <translation>Dager i utlandet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="164"/>
        <source>Mobilities done; days abroad count each person&apos;s days with travel.</source>
        <translation>Gjennomførte mobiliteter; dager i utlandet telles per person, medregnet reisedager.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="168"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Where</source>
        <translation>Hvor</translation>
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
        <translation>ansatte: %1, elever: %2, ledsagere: %3</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="178"/>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="189"/>
        <source>No mobilities recorded.</source>
        <translation>Ingen mobiliteter registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="195"/>
        <source>Learning outcomes</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="198"/>
        <source>Passed on to colleagues</source>
        <translation>Delt med kolleger</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="202"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="204"/>
        <source>No results recorded.</source>
        <translation>Ingen resultater registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="209"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="210"/>
        <source>Message</source>
        <translation>Budskap</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="215"/>
        <source>Open licence</source>
        <translation>Åpen lisens</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="219"/>
        <source>Target group</source>
        <translation>Målgruppe</translation>
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
        <translation>Spredning</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="232"/>
        <source>None recorded.</source>
        <translation>Ingenting registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="235"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="235"/>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="248"/>
        <source>From the participants&apos; stories</source>
        <translation>Fra deltakernes historier</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="250"/>
        <location filename="../desktop/documents/stories_poster.py" line="110"/>
        <source>No story may be printed for this audience yet.</source>
        <translation>Ingen historie kan ennå skrives ut for dette publikummet.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="259"/>
        <source>Valorisation: the five control questions</source>
        <translation>Verdiskaping: de fem kontrollspørsmålene</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="270"/>
        <source>Not recorded yet.</source>
        <translation>Ikke registrert ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="289"/>
        <source>%1 actions (%2 done): %3.</source>
        <translation>Spredningsaktiviteter: %1 (gjennomført: %2): %3.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="294"/>
        <source>Dissemination from %1 to %2.</source>
        <translation>Spredning fra %1 til %2.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="298"/>
        <source>Responsible: %1.</source>
        <translation>Ansvarlig: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="59"/>
        <source>Summary for the principal</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="65"/>
        <source>mobilities</source>
        <translation>mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="68"/>
        <source>green travel</source>
        <translation>grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="69"/>
        <source>with fewer opportunities</source>
        <translation>med færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="70"/>
        <source>people reached</source>
        <translation>personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="83"/>
        <source>Nothing in this period.</source>
        <translation>Ingenting i denne perioden.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="96"/>
        <source>Mobilities by type</source>
        <translation>Mobiliteter etter type</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="97"/>
        <source>Mobilities by country</source>
        <translation>Mobiliteter etter land</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="98"/>
        <source>Participants by role</source>
        <translation>Deltakere etter rolle</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="99"/>
        <source>Dissemination by channel (actions · people reached)</source>
        <translation>Spredning etter kanal (aktiviteter · personer nådd)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="109"/>
        <source>Dissemination actions done and planned</source>
        <translation>Gjennomførte og planlagte spredningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="111"/>
        <source>%1 done</source>
        <translation>%1 gjennomført</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="112"/>
        <source>%1 planned</source>
        <translation>%1 planlagt</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="115"/>
        <source>%1 days of learning abroad in all.</source>
        <translation>Til sammen %1 læringsdager i utlandet.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="117"/>
        <source>%1 stories written by participants.</source>
        <translation>Deltakerne har skrevet %1 historier.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="122"/>
        <source>The widest reach: %1 (%2 people).</source>
        <translation>Størst rekkevidde: %1 (%2 personer).</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="125"/>
        <source>Project: %1 (%2)</source>
        <translation>Prosjekt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="127"/>
        <source>Highlights</source>
        <translation>Høydepunkter</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="131"/>
        <source>Open warnings</source>
        <translation>Åpne varsler</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="133"/>
        <source>No open warnings.</source>
        <translation>Ingen åpne varsler.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="102"/>
        <location filename="../desktop/ui/first_start.py" line="103"/>
        <source>Welcome to Vidare</source>
        <translation>Velkommen til Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="104"/>
        <source>Vidare keeps your school&apos;s Erasmus+ trips, stories and dissemination on this computer. Tell it which school it is for.</source>
        <translation>Vidare lagrer skolens Erasmus+-reiser, historier og spredning på denne datamaskinen. Oppgi hvilken skole det gjelder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="107"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="108"/>
        <source>School name</source>
        <translation>Skolens navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="109"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="110"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="111"/>
        <source>Look at the demo school first</source>
        <translation>Se på demoskolen først</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="87"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Skriv inn skolens navn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="89"/>
        <source>Choose the school&apos;s country.</source>
        <translation>Velg skolens land.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="30"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <source>Projects</source>
        <translation>Prosjekter</translation>
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
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="35"/>
        <source>Dissemination</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="36"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="37"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223"/>
        <source>Help</source>
        <translation>Hjelp</translation>
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
        <translation>Skrivebeskyttet: databasen ble lagret av en nyere Vidare; endringer kan ikke lagres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="214"/>
        <source>Ctrl+N: new record on this page</source>
        <translation>Ctrl+N: ny oppføring på denne siden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="215"/>
        <source>Ctrl+F: filter the table</source>
        <translation>Ctrl+F: filtrer tabellen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216"/>
        <source>Delete: delete the chosen record (Vidare asks first)</source>
        <translation>Delete: slett valgt oppføring (Vidare spør først)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="217"/>
        <source>Ctrl+1 … Ctrl+8: go to a page</source>
        <translation>Ctrl+1 … Ctrl+8: gå til en side</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219"/>
        <source>Every change is saved at once. Fields with a problem are marked, and nothing invalid is saved.</source>
        <translation>Hver endring lagres med en gang. Felt med feil blir markert, og ingenting ugyldig lagres.</translation>
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
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="55"/>
        <source>Activity type</source>
        <translation>Aktivitetstype</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="57"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="58"/>
        <source>Host organisation</source>
        <translation>Vertsorganisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="60"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="61"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="63"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="65"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="71"/>
        <source>Travel days</source>
        <translation>Reisedager</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="72"/>
        <source>Main transport</source>
        <translation>Viktigste transportmiddel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="77"/>
        <source>Sustainable means, described</source>
        <translation>Bærekraftig transportmiddel, beskrivelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="82"/>
        <source>Learning outcomes</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="84"/>
        <source>Passed on to colleagues</source>
        <translation>Delt med kolleger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="86"/>
        <source>Participant reports</source>
        <translation>Deltakerrapporter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="89"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="143"/>
        <source>Green travel</source>
        <translation>Grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="143"/>
        <source>Not green travel</source>
        <translation>Ikke grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="164"/>
        <source>No mobility chosen</source>
        <translation>Ingen mobilitet valgt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="166"/>
        <source>New mobility</source>
        <translation>Ny mobilitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="153"/>
        <source>%1 days abroad; usual for this activity: %2–%3 days.</source>
        <translation>%1 dager i utlandet; vanlig for denne aktiviteten: %2–%3 dager.</translation>
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
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="33"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="34"/>
        <source>Host</source>
        <translation>Vert</translation>
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
        <translation>Prosjekt</translation>
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
        <translation>Du kan se på alt og skrive ut, men ikke gjøre endringer. Installer den nyere Vidare for å arbeide med denne databasen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="69"/>
        <source>You can open it read-only. To make changes, ask for permission to write in that folder, or copy the database to a folder of your own.</source>
        <translation>Du kan åpne den skrivebeskyttet. For å gjøre endringer må du be om skrivetilgang til mappen, eller kopiere databasen til en egen mappe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="72"/>
        <source>Close Vidare there first. Open anyway only if you are sure it is no longer running there; two Vidare windows writing one database can lose work.</source>
        <translation>Lukk Vidare der først. Åpne likevel bare hvis du er sikker på at programmet ikke lenger kjører der; to Vidare-vinduer som skriver til samme database, kan miste arbeid.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="75"/>
        <source>Vidare can move the database to its own folder on this computer (%1). To share the data, use Export archive in Settings instead.</source>
        <translation>Vidare kan flytte databasen til sin egen mappe på denne datamaskinen (%1). For å dele dataene, bruk heller Eksporter arkiv under Innstillinger.</translation>
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
        <location filename="../desktop/ui/open_problems.py" line="92"/>
        <source>Opening the database</source>
        <translation>Åpne databasen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="145"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="112"/>
        <location filename="../desktop/ui/open_problems.py" line="131"/>
        <location filename="../desktop/ui/open_problems.py" line="135"/>
        <location filename="../desktop/ui/open_problems.py" line="142"/>
        <source>Choose another file…</source>
        <translation>Velg en annen fil…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="158"/>
        <source>Choose a Vidare database</source>
        <translation>Velg en Vidare-database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="159"/>
        <source>Vidare database (*.db);;All files (*)</source>
        <translation>Vidare-database (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="118"/>
        <source>Move it to this computer</source>
        <translation>Flytt den til denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="120"/>
        <source>Keep it where it is</source>
        <translation>La den ligge der den er</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="107"/>
        <source>Restore the backup of %1</source>
        <translation>Gjenopprett sikkerhetskopien fra %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="123"/>
        <location filename="../desktop/ui/open_problems.py" line="129"/>
        <source>Open read-only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="125"/>
        <source>Open anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="137"/>
        <source>Start a new database</source>
        <translation>Start en ny database</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop/store/overview.py" line="144"/>
        <source>Most dissemination in “%1” is bunched at the end of the project.</source>
        <translation>Mesteparten av spredningen i «%1» er samlet mot slutten av prosjektet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="148"/>
        <source>“%1” has no dissemination that shares results within the school.</source>
        <translation>«%1» har ingen spredning som deler resultatene internt på skolen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="150"/>
        <source>“%1” has no dissemination that acknowledges EU funding.</source>
        <translation>«%1» har ingen spredning som synliggjør EU-støtten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="159"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n resultat har ingen målgruppe.</numerusform>
            <numerusform>%n resultater har ingen målgruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="163"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n gjennomført reise mangler historie.</numerusform>
            <numerusform>%n gjennomførte reiser mangler historie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="168"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n planlagt spredningsaktivitet er forsinket.</numerusform>
            <numerusform>%n planlagte spredningsaktiviteter er forsinket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="172"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n gjennomført spredningsaktivitet mangler dokumentasjon.</numerusform>
            <numerusform>%n gjennomførte spredningsaktiviteter mangler dokumentasjon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="178"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n person har trukket tilbake samtykket: se listen over hva som må fjernes.</numerusform>
            <numerusform>%n personer har trukket tilbake samtykket: se listen over hva som må fjernes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="182"/>
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
        <location filename="../desktop/ui/pages/overview_page.py" line="163"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="178"/>
        <source>Mobilities</source>
        <translation>Mobiliteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="179"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="180"/>
        <source>Countries</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="181"/>
        <source>Green travel</source>
        <translation>Grønn reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="182"/>
        <source>of the trips</source>
        <translation>av reisene</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="187"/>
        <source>Dissemination done</source>
        <translation>Gjennomført spredning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="189"/>
        <source>People reached</source>
        <translation>Personer nådd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="192"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="194"/>
        <source>Needs attention</source>
        <translation>Trenger oppmerksomhet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="196"/>
        <source>Coming up</source>
        <translation>Kommer snart</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="215"/>
        <source>Dissemination across the project</source>
        <translation>Spredning gjennom prosjektet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="212"/>
        <source>Nothing planned yet.</source>
        <translation>Ingenting planlagt ennå.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="224"/>
        <source>Nothing needs attention.</source>
        <translation>Ingenting trenger oppmerksomhet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="185"/>
        <source>%1 participants</source>
        <translation>deltakere: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="187"/>
        <source>%1 still planned</source>
        <translation>fortsatt planlagt: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="193"/>
        <source>%1 days abroad in all</source>
        <translation>%1 dager i utlandet totalt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="175"/>
        <source>%1 accompanying</source>
        <translation>ledsagere: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="164"/>
        <source>School year %1 to %2</source>
        <translation>Skoleåret %1 til %2</translation>
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
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="36"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="38"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="39"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="36"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="37"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="39"/>
        <source>Trips</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="40"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="42"/>
        <source>Protected</source>
        <translation>Beskyttet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="44"/>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="217"/>
        <source>Consent can be recorded once the person is saved.</source>
        <translation>Samtykke kan registreres når personen er lagret.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="249"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="251"/>
        <source>Take-down list…</source>
        <translation>Liste over hva som må fjernes…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="252"/>
        <source>Where this person&apos;s photos, stories or name have been printed</source>
        <translation>Hvor personens bilder, historier eller navn er skrevet ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="254"/>
        <source>Export their data…</source>
        <translation>Eksporter personens data…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="255"/>
        <source>Erase…</source>
        <translation>Slett…</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="60"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="61"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="64"/>
        <source>Fewer opportunities</source>
        <translation>Færre muligheter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="66"/>
        <source>Protected identity</source>
        <translation>Beskyttet identitet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="67"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="101"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="102"/>
        <source>Never shown anywhere</source>
        <translation>Vises aldri noe sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="103"/>
        <source>Nothing about this person is ever printed or published, whatever the consent says.</source>
        <translation>Ingenting om denne personen blir noen gang skrevet ut eller publisert, uansett samtykke.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="98"/>
        <source>No person chosen</source>
        <translation>Ingen person valgt</translation>
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
        <translation>Legg til bilder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="167"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="216"/>
        <source>Add photos…</source>
        <translation>Legg til bilder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="217"/>
        <source>Remove photo</source>
        <translation>Fjern bilde</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="218"/>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="219"/>
        <source>People shown</source>
        <translation>Personer på bildet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="221"/>
        <source>Photos can be added once the story has a title.</source>
        <translation>Bilder kan legges til når historien har en tittel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="223"/>
        <source>No photos yet: drop image files here or use Add photos.</source>
        <translation>Ingen bilder ennå: slipp bildefiler her eller bruk Legg til bilder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="225"/>
        <source>Drop more image files on the strip to add them.</source>
        <translation>Slipp flere bildefiler på stripen for å legge dem til.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../desktop/documents/jobs.py" line="78"/>
        <source>Reading the database…</source>
        <translation>Leser databasen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="81"/>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="80"/>
        <source>Drawing the preview…</source>
        <translation>Tegner forhåndsvisningen…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="79"/>
        <source>Laying out the pages…</source>
        <translation>Setter opp sidene…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="44"/>
        <source>Planning poster</source>
        <translation>Planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="45"/>
        <source>Blank planning poster (workshop)</source>
        <translation>Tom planleggingsplakat (workshop)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="46"/>
        <source>Stories poster</source>
        <translation>Plakat med historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="47"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="48"/>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="51"/>
        <source>Inside the school</source>
        <translation>Internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="52"/>
        <source>For the public</source>
        <translation>For offentligheten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="305"/>
        <location filename="../desktop/ui/pages/print_page.py" line="316"/>
        <source>Save PDF</source>
        <translation>Lagre PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="306"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="335"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="383"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="384"/>
        <source>Posters and reports in any of the four languages. Photos, stories and names appear only where consent allows.</source>
        <translation>Plakater og rapporter på hvilket som helst av de fire språkene. Bilder, historier og navn vises bare der samtykket tillater det.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="395"/>
        <source>In English</source>
        <translation>På engelsk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="400"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="401"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="402"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="403"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="404"/>
        <source>Press Preview to see the document before printing.</source>
        <translation>Trykk Forhåndsvis for å se dokumentet før du skriver ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="213"/>
        <source>Choices changed: press Preview to see the document.</source>
        <translation>Valgene er endret: trykk Forhåndsvis for å se dokumentet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="220"/>
        <source>Choose a project first.</source>
        <translation>Velg et prosjekt først.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="224"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="245"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="272"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="386"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="387"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="388"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="389"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="390"/>
        <source>Language of the document</source>
        <translation>Språk i dokumentet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="391"/>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="392"/>
        <source>Printed for</source>
        <translation>Skrives ut for</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="393"/>
        <source>EU statement</source>
        <translation>EU-erklæring</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="267"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n side. Skriv den ut eller lagre den som PDF.</numerusform>
            <numerusform>%n sider. Skriv dem ut eller lagre dem som PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="274"/>
        <source>The document could not be made: %1</source>
        <translation>Dokumentet kunne ikke lages: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="320"/>
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="317"/>
        <source>%1 cannot be written.</source>
        <translation>Kan ikke skrive %1.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../desktop/store/privacy.py" line="146"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="147"/>
        <source>Trips</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="148"/>
        <source>Stories written</source>
        <translation>Skrevne historier</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="149"/>
        <source>Photos showing this person</source>
        <translation>Bilder der personen vises</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="150"/>
        <source>Printed documents</source>
        <translation>Utskrevne dokumenter</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="152"/>
        <source>Everything Vidare holds about this person, exported %1.</source>
        <translation>Alt Vidare har om denne personen, eksportert %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="33"/>
        <source>Planning poster</source>
        <translation>Planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="34"/>
        <source>Blank planning poster</source>
        <translation>Tom planleggingsplakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="35"/>
        <source>Stories poster</source>
        <translation>Plakat med historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="36"/>
        <source>Principal&apos;s summary</source>
        <translation>Sammendrag for rektor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="37"/>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Inside the school</source>
        <translation>Internt på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="41"/>
        <source>For the public</source>
        <translation>For offentligheten</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="166"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="171"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="202"/>
        <source>Erase this person</source>
        <translation>Slett personen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="211"/>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="70"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="144"/>
        <source>Take-down list</source>
        <translation>Liste over hva som må fjernes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="154"/>
        <source>Copy list</source>
        <translation>Kopier listen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="177"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="188"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="184"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksporter personens data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="203"/>
        <source>Erase %1 from Vidare for good?</source>
        <translation>Slette %1 fra Vidare for godt?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="204"/>
        <source>Removed: the person, %1 consent record(s) with their scanned forms, %2 photo(s) showing them and %3 story(ies) only they wrote. Their %4 place(s) on trips are kept as an anonymous person so that the figures stay right. Backups made before today still hold this person until they are rotated away (at most 12 months).</source>
        <translation>Slettet: personen, samtykkene med skannede skjemaer (%1), bilder der personen vises (%2) og historier bare personen skrev (%3). Personens plasser på reiser (%4) beholdes som en anonym person, slik at tallene stemmer. Sikkerhetskopier tatt før i dag inneholder personen til de roteres bort (høyst 12 måneder).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="113"/>
        <source>Dissemination actions</source>
        <translation>Spredningsaktiviteter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="117"/>
        <source>Stories showing this person</source>
        <translation>Historier der personen er med</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="145"/>
        <source>Take-down list for %1</source>
        <translation>Liste over hva som må fjernes for %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="147"/>
        <source>No printed document or dissemination action is recorded with this person&apos;s photos or stories.</source>
        <translation>Ingen utskrevne dokumenter eller spredningsaktiviteter med personens bilder eller historier er registrert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="150"/>
        <source>Remove this person&apos;s photos and stories from what is listed here: take posters down, edit web pages and posts, and do not reprint these documents.</source>
        <translation>Fjern personens bilder og historier fra det som er oppført her: ta ned plakater, rediger nettsider og innlegg, og ikke skriv ut disse dokumentene på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>When or where</source>
        <translation>Når eller hvor</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="189"/>
        <source>Written to %1 and %2.</source>
        <translation>Skrevet til %1 og %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="185"/>
        <source>The data could not be written: %1</source>
        <translation>Dataene kunne ikke skrives: %1</translation>
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
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="163"/>
        <source>Results and target groups</source>
        <translation>Resultater og målgrupper</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="164"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="159"/>
        <source>No project chosen</source>
        <translation>Ingen prosjekt valgt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="161"/>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="45"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="46"/>
        <source>Grant reference</source>
        <translation>Avtalenummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="49"/>
        <source>Action</source>
        <translation>Prosjekttype</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="51"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="52"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="53"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="55"/>
        <source>Needs analysis</source>
        <translation>Behovsanalyse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="57"/>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="60"/>
        <source>How management is involved</source>
        <translation>Hvordan ledelsen er involvert</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="28"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="29"/>
        <source>Reference</source>
        <translation>Referansenummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="30"/>
        <source>Action</source>
        <translation>Prosjekttype</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="31"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="32"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="222"/>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/forms.py" line="232"/>
        <source>New: it is saved as soon as the required fields are filled in.</source>
        <translation>Ny: lagres så snart de obligatoriske feltene er fylt ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="235"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Ikke lagret: rett opp de markerte feltene.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="237"/>
        <source>All changes saved.</source>
        <translation>Alle endringer er lagret.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="71"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="74"/>
        <source>Open licence of published material</source>
        <translation>Åpen lisens for publisert materiale</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="79"/>
        <source>3 Message and purpose</source>
        <translation>3 Budskap og formål</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="82"/>
        <source>7 Sustainability</source>
        <translation>7 Bærekraft</translation>
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
        <translation>Evaluering</translation>
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
        <translation>Skriv et navn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="163"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="164"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="159"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="160"/>
        <source>Is a</source>
        <translation>Rolle på skolen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="161"/>
        <source>Role on the trip</source>
        <translation>Rolle på reisen</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="43"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="44"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="46"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="47"/>
        <source>Erasmus+ organisation ID (OID)</source>
        <translation>Erasmus+ organisasjons-ID (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="51"/>
        <source>Language of documents</source>
        <translation>Språk i dokumentene</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="64"/>
        <location filename="../desktop/ui/pages/settings_page.py" line="105"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="92"/>
        <source>Choose the school&apos;s logo</source>
        <translation>Velg skolens logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="127"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="116"/>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="106"/>
        <source>This file cannot be used as a logo.</source>
        <translation>Filen kan ikke brukes som logo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="208"/>
        <source>Open another database</source>
        <translation>Åpne en annen database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="210"/>
        <source>Vidare databases (*.db)</source>
        <translation>Vidare-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="223"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="224"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="225"/>
        <source>The window changes language at once. Each document chooses its own language when it is printed.</source>
        <translation>Vinduet bytter språk med en gang. Hvert dokument får sitt eget språk når det skrives ut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="230"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="231"/>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="237"/>
        <source>Open the data folder</source>
        <translation>Åpne datamappen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="238"/>
        <source>Open another database…</source>
        <translation>Åpne en annen database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="239"/>
        <source>About Vidare…</source>
        <translation>Om Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="240"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="213"/>
        <source>Another database</source>
        <translation>En annen database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="214"/>
        <source>Vidare opens %1 the next time it starts.</source>
        <translation>Vidare åpner %1 neste gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="233"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="234"/>
        <source>Photos and attached files: %1</source>
        <translation>Bilder og vedlagte filer: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/database.py" line="35"/>
        <source>There is no database at %1.</source>
        <translation>Det finnes ingen database i %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="39"/>
        <source>%1 is not a Vidare database.</source>
        <translation>%1 er ikke en Vidare-database.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="43"/>
        <source>%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.</source>
        <translation>%1 ble lagret av en nyere Vidare (dataversjon %2); denne versjonen kan bare åpne til og med %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="48"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 er skadet: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="53"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Kan ikke skrive til mappen %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="59"/>
        <source>%1 is in a folder kept in step by %2; two computers writing it at once can damage it.</source>
        <translation>%1 ligger i en mappe som synkroniseres av %2; hvis to datamaskiner skriver til den samtidig, kan den bli skadet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/lock.py" line="35"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4).</source>
        <translation>%1 er allerede åpen i en annen Vidare (%2 på %3, siden %4).</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="40"/>
        <source>The backup in %1 could not be made or verified: %2</source>
        <translation>Sikkerhetskopien i %1 kunne ikke lages eller kontrolleres: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="44"/>
        <source>%1 is not a Vidare backup.</source>
        <translation>%1 er ikke en sikkerhetskopi fra Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="52"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Arkivet %1 ble ikke importert: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="58"/>
        <source>it is not a readable zip file.</source>
        <translation>det er ikke en lesbar zip-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="59"/>
        <source>it holds a file that would land outside the media folder (%1).</source>
        <translation>det inneholder en fil som ville havnet utenfor mediemappen (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="61"/>
        <source>it holds a link (%1) instead of a file.</source>
        <translation>det inneholder en lenke (%1) i stedet for en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="62"/>
        <source>it holds too many files.</source>
        <translation>det inneholder for mange filer.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="63"/>
        <source>it would unpack to more data than a Vidare archive can hold (%1).</source>
        <translation>det ville pakkes ut til mer data enn et Vidare-arkiv kan inneholde (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="65"/>
        <source>it holds no Vidare database.</source>
        <translation>det inneholder ingen Vidare-database.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="66"/>
        <source>the database inside is not a Vidare database.</source>
        <translation>databasen i arkivet er ikke en Vidare-database.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="67"/>
        <source>the database inside is damaged.</source>
        <translation>databasen i arkivet er skadet.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="68"/>
        <source>it was made by a newer Vidare; install the newer Vidare first.</source>
        <translation>det ble laget av en nyere Vidare; installer den nyere versjonen først.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="70"/>
        <source>it holds the file %1 twice.</source>
        <translation>det inneholder filen %1 to ganger.</translation>
    </message>
    <message>
        <location filename="../desktop/store/demo.py" line="47"/>
        <source>The database is not empty; the demo school is only written into an empty database.</source>
        <translation>Databasen er ikke tom; demoskolen skrives bare inn i en tom database.</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="292"/>
        <source>Stories</source>
        <translation>Historier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="293"/>
        <source>Search all stories…</source>
        <translation>Søk i alle historier…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="295"/>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="62"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="63"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="65"/>
        <source>Written in</source>
        <translation>Skrevet på</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="69"/>
        <source>Story</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="70"/>
        <source>Quote for posters</source>
        <translation>Sitat til plakater</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="84"/>
        <source>What it brought</source>
        <translation>Hva det ga</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="87"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="164"/>
        <source>No story chosen</source>
        <translation>Ingen historie valgt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="103"/>
        <source>(no trip)</source>
        <translation>(ingen reise)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="166"/>
        <source>New story</source>
        <translation>Ny historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="140"/>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tegn</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="37"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="38"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="39"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="42"/>
        <source>Photos</source>
        <translation>Bilder</translation>
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
        <translation>Legg til en partner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="112"/>
        <source>Add a result</source>
        <translation>Legg til et resultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sub_list.py" line="121"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="320"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Viser bare oppføringen varselet gjelder (%n).</numerusform>
            <numerusform>Viser bare de %n oppføringene varselet gjelder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="307"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="309"/>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Legg til en ny oppføring (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="310"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>Delete the chosen record (Delete)</source>
        <translation>Slett valgt oppføring (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="312"/>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="193"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetGroupsEditor</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="233"/>
        <source>Add a target group</source>
        <translation>Legg til en målgruppe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="230"/>
        <source>Representatives, by name</source>
        <translation>Representanter, med navn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="234"/>
        <source>No target group yet: to whom does this result matter?</source>
        <translation>Ingen målgruppe ennå: hvem er resultatet viktig for?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../desktop/ui/timeline.py" line="72"/>
        <source>Choose a project to see its dissemination.</source>
        <translation>Velg et prosjekt for å se spredningen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="123"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="124"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="125"/>
        <source>Last fifth of the project</source>
        <translation>Siste femtedel av prosjektet</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="74"/>
        <source>Enter a date.</source>
        <translation>Skriv inn en dato.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="77"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="86"/>
        <source>The end date is before the start date.</source>
        <translation>Sluttdatoen er før startdatoen.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="94"/>
        <source>“%1” is not a known country.</source>
        <translation>«%1» er ikke et kjent land.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="103"/>
        <location filename="../desktop/domain/validation.py" line="199"/>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» er ikke blant valgene.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="115"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Teksten er for lang (høyst %1 tegn).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="118"/>
        <source>This text contains invisible control characters.</source>
        <translation>Teksten inneholder usynlige kontrolltegn.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="126"/>
        <location filename="../desktop/domain/validation.py" line="193"/>
        <location filename="../desktop/domain/validation.py" line="223"/>
        <location filename="../desktop/store/projects.py" line="127"/>
        <source>Enter a title.</source>
        <translation>Skriv inn en tittel.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="166"/>
        <source>Travel days must be between 0 and 14.</source>
        <translation>Antall reisedager må være mellom 0 og 14.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="171"/>
        <source>Describe the sustainable means of transport.</source>
        <translation>Beskriv det bærekraftige transportmiddelet.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="174"/>
        <source>The description may be at most %1 characters.</source>
        <translation>Beskrivelsen kan være på høyst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="180"/>
        <source>A pupil mobility needs at least one pupil among its participants.</source>
        <translation>En elevmobilitet må ha minst én elev blant deltakerne.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="184"/>
        <source>%1 days is outside the usual %2–%3 days for this activity.</source>
        <translation>%1 dager er utenfor de vanlige %2–%3 dagene for denne aktiviteten.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="195"/>
        <source>The quote is %1 characters long; a poster has room for %2.</source>
        <translation>Sitatet er på %1 tegn; en plakat har plass til %2.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="215"/>
        <source>The consent expires before it was given.</source>
        <translation>Samtykket utløper før det ble gitt.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="233"/>
        <source>Enter the date the action was done.</source>
        <translation>Skriv inn datoen da aktiviteten ble gjennomført.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="237"/>
        <source>Enter the number of people reached (0 or more).</source>
        <translation>Skriv inn antall personer som ble nådd (0 eller flere).</translation>
    </message>
    <message>
        <location filename="../desktop/store/people.py" line="57"/>
        <location filename="../desktop/store/projects.py" line="27"/>
        <location filename="../desktop/store/projects.py" line="105"/>
        <source>Enter a name.</source>
        <translation>Skriv inn et navn.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="29"/>
        <source>The file cannot be found.</source>
        <translation>Finner ikke filen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="31"/>
        <source>The photo is too large.</source>
        <translation>Bildet er for stort.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="36"/>
        <source>The photo has too many pixels to be used safely.</source>
        <translation>Bildet har for mange piksler til å kunne brukes trygt.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="41"/>
        <location filename="../desktop/store/stories.py" line="44"/>
        <source>This file is not an image.</source>
        <translation>Filen er ikke et bilde.</translation>
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
