<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="70"/>
        <source>About Vidare</source>
        <translation>O programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="63"/>
        <source>An offline record of a school&apos;s Erasmus+ mobilities, stories and dissemination, with posters and reports.</source>
        <translation>Szkolny rejestr mobilności Erasmus+, historii uczestników i upowszechniania rezultatów – bez internetu, z plakatami i raportami.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="65"/>
        <source>Your data stays on this computer. Vidare never connects to the internet.</source>
        <translation>Twoje dane pozostają na tym komputerze. Vidare nigdy nie łączy się z internetem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="62"/>
        <source>Vidare %1</source>
        <translation>Vidare %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="67"/>
        <source>Licence: EUPL-1.2. Qt %1, Python %2.</source>
        <translation>Licencja: EUPL-1.2. Qt %1, Python %2.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="71"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="72"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="73"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="74"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="76"/>
        <source>Target group</source>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="78"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="79"/>
        <source>Quality standard</source>
        <translation>Standard jakości</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="81"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="85"/>
        <source>Planned for</source>
        <translation>Planowana data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="87"/>
        <source>Done on</source>
        <translation>Data realizacji</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="91"/>
        <source>People reached</source>
        <translation>Liczba odbiorców</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="93"/>
        <source>Responsible</source>
        <translation>Osoba odpowiedzialna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="107"/>
        <source>Evidence (link or file)</source>
        <translation>Potwierdzenie (link lub plik)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="109"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="163"/>
        <source>Choose the evidence file</source>
        <translation>Wybierz plik z potwierdzeniem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="203"/>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="204"/>
        <source>A link, or attach a file</source>
        <translation>Link albo dołączony plik</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="194"/>
        <source>Copy link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="197"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="208"/>
        <source>No action chosen</source>
        <translation>Nie wybrano działania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="171"/>
        <source>Evidence</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="210"/>
        <source>New dissemination action</source>
        <translation>Nowe działanie upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="121"/>
        <source>(no particular result)</source>
        <translation>(bez konkretnego rezultatu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="172"/>
        <source>The file could not be copied: %1</source>
        <translation>Nie udało się skopiować pliku: %1</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="37"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="38"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="42"/>
        <source>Planned</source>
        <translation>Planowana data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="44"/>
        <source>Done</source>
        <translation>Data realizacji</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="45"/>
        <source>Reached</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="47"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="49"/>
        <source>Quality standard</source>
        <translation>Standard jakości</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="51"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="52"/>
        <source>Responsible</source>
        <translation>Osoba odpowiedzialna</translation>
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
        <translation>Przy uruchomieniu programu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="41"/>
        <source>After the day&apos;s work</source>
        <translation>Po dniu pracy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="42"/>
        <source>Backed up by hand</source>
        <translation>Wykonana ręcznie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="43"/>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="44"/>
        <source>Before an import</source>
        <translation>Przed importem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="45"/>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="48"/>
        <source>Contents</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="96"/>
        <source>%1 projects, %2 trips, %3 people, %4 stories, %5 photos</source>
        <translation>projekty: %1, wyjazdy: %2, osoby: %3, historie: %4, zdjęcia: %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="188"/>
        <source>Backed up and verified: %1.</source>
        <translation>Kopię zapasową utworzono i sprawdzono: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="236"/>
        <source>The archive was written to %1.</source>
        <translation>Archiwum zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="261"/>
        <source>Imported: %1 added, %2 updated, %3 deleted. The data as it was before is kept in a backup.</source>
        <translation>Zaimportowano – dodane: %1, zaktualizowane: %2, usunięte: %3. Dane sprzed importu są zachowane w kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="296"/>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="297"/>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="298"/>
        <source>Export archive…</source>
        <translation>Eksportuj archiwum…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="299"/>
        <source>Import archive…</source>
        <translation>Importuj archiwum…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="197"/>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <location filename="../desktop/ui/backups_panel.py" line="208"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="198"/>
        <source>What is in Vidare now is backed up first, so nothing is lost.</source>
        <translation>Najpierw zostanie utworzona kopia obecnych danych, więc nic nie zginie.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="212"/>
        <source>Restored the backup of %1. What it replaced is kept in the backup of %2.</source>
        <translation>Przywrócono kopię z %1. Zastąpione dane są zachowane w kopii z %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="216"/>
        <source>Restored the backup of %1.</source>
        <translation>Przywrócono kopię z %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="225"/>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <source>Export archive</source>
        <translation>Eksportuj archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="226"/>
        <location filename="../desktop/ui/backups_panel.py" line="245"/>
        <source>Vidare archive (*.zip)</source>
        <translation>Archiwum Vidare (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="244"/>
        <location filename="../desktop/ui/backups_panel.py" line="254"/>
        <location filename="../desktop/ui/backups_panel.py" line="258"/>
        <source>Import archive</source>
        <translation>Importuj archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="292"/>
        <source>Vidare backs up the database and its photos when it starts and after a day&apos;s work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1.</source>
        <translation>Vidare tworzy kopię zapasową bazy danych i zdjęć przy uruchomieniu i po dniu pracy oraz przechowuje kopie z ostatnich 7 dni, 4 tygodni i 12 miesięcy. Kopie znajdują się w %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="197"/>
        <source>Put back the data as it was on %1?</source>
        <translation>Przywrócić dane w stanie z %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="185"/>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="185"/>
        <source>No backup was made: %1</source>
        <translation>Nie utworzono kopii zapasowej: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="208"/>
        <source>Nothing was restored: %1</source>
        <translation>Niczego nie przywrócono: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <source>The archive was not written: %1</source>
        <translation>Nie zapisano archiwum: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="47"/>
        <source>Group mobility of pupils</source>
        <translation>Grupowa mobilność uczniów</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="50"/>
        <source>Short-term learning mobility of pupils</source>
        <translation>Krótkoterminowa mobilność edukacyjna uczniów</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="53"/>
        <source>Long-term learning mobility of pupils</source>
        <translation>Długoterminowa mobilność edukacyjna uczniów</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="55"/>
        <source>Job shadowing</source>
        <translation>Job shadowing (obserwacja pracy)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="56"/>
        <source>Teaching assignment</source>
        <translation>Prowadzenie zajęć za granicą</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="57"/>
        <source>Course or training</source>
        <translation>Kurs lub szkolenie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="59"/>
        <source>Invited expert</source>
        <translation>Zaproszony ekspert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="61"/>
        <source>Hosting teachers and educators in training</source>
        <translation>Przyjmowanie nauczycieli i przyszłych nauczycieli</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="63"/>
        <source>Preparatory visit</source>
        <translation>Wizyta przygotowawcza</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="67"/>
        <source>Teacher</source>
        <translation>Nauczyciel</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="68"/>
        <source>Other staff</source>
        <translation>Inny personel</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="69"/>
        <source>Pupil</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="73"/>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="74"/>
        <source>Accompanying person</source>
        <translation>Osoba towarzysząca</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="75"/>
        <source>Lead accompanying person</source>
        <translation>Kierownik grupy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="79"/>
        <location filename="../desktop/domain/catalogues.py" line="168"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="80"/>
        <location filename="../desktop/domain/catalogues.py" line="169"/>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="81"/>
        <location filename="../desktop/domain/catalogues.py" line="170"/>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="85"/>
        <source>Not sent</source>
        <translation>Niewysłany</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="86"/>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="87"/>
        <source>Submitted</source>
        <translation>Złożony</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="91"/>
        <source>Train</source>
        <translation>Pociąg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="92"/>
        <source>Bus or coach</source>
        <translation>Autobus lub autokar</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="93"/>
        <source>Shared car</source>
        <translation>Wspólny przejazd samochodem</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="94"/>
        <source>Bicycle or on foot</source>
        <translation>Rower lub pieszo</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="95"/>
        <source>Other sustainable means</source>
        <translation>Inny zrównoważony środek transportu</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="97"/>
        <source>Ferry</source>
        <translation>Prom</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="98"/>
        <source>Car</source>
        <translation>Samochód</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="99"/>
        <source>Plane</source>
        <translation>Samolot</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="104"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="105"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="106"/>
        <source>Local press</source>
        <translation>Prasa lokalna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="107"/>
        <source>Specialist press or report</source>
        <translation>Prasa specjalistyczna lub raport</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="108"/>
        <source>Seminar or meeting</source>
        <translation>Seminarium lub spotkanie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="109"/>
        <source>Staff meeting</source>
        <translation>Rada pedagogiczna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="110"/>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="111"/>
        <source>Exhibition</source>
        <translation>Wystawa</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="112"/>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="113"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="114"/>
        <source>Open event</source>
        <translation>Wydarzenie otwarte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="115"/>
        <source>Parents&apos; meeting</source>
        <translation>Zebranie z rodzicami</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="116"/>
        <source>Visit to or from another school or municipality</source>
        <translation>Wizyta w innej szkole lub gminie albo ich wizyta u nas</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="118"/>
        <source>Networks</source>
        <translation>Sieci współpracy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="119"/>
        <source>Project Results Platform</source>
        <translation>Platforma Rezultatów Projektów Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="120"/>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="121"/>
        <source>Poster in school</source>
        <translation>Plakat w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="122"/>
        <location filename="../desktop/domain/catalogues.py" line="137"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="126"/>
        <source>Pupils</source>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="127"/>
        <source>Parents and guardians</source>
        <translation>Rodzice i opiekunowie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="128"/>
        <source>Colleagues at our school</source>
        <translation>Pracownicy naszej szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="129"/>
        <source>Teachers at other schools</source>
        <translation>Nauczyciele z innych szkół</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="130"/>
        <source>School leaders</source>
        <translation>Dyrektorzy szkół</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="131"/>
        <source>Municipality or school owner</source>
        <translation>Organ prowadzący szkołę</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="132"/>
        <source>Policy makers</source>
        <translation>Decydenci</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="133"/>
        <source>Local community</source>
        <translation>Społeczność lokalna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="134"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="135"/>
        <source>Partner organisations</source>
        <translation>Organizacje partnerskie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="136"/>
        <source>Teacher education</source>
        <translation>Uczelnie kształcące nauczycieli</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="141"/>
        <source>Primary</source>
        <translation>Główna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="142"/>
        <source>Secondary</source>
        <translation>Drugorzędna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="146"/>
        <source>Local</source>
        <translation>Lokalny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="147"/>
        <source>Regional</source>
        <translation>Regionalny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="148"/>
        <source>National</source>
        <translation>Krajowy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="149"/>
        <source>European</source>
        <translation>Europejski</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="153"/>
        <source>Sharing within the school</source>
        <translation>Dzielenie się w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="155"/>
        <source>Sharing with other organisations and the public</source>
        <translation>Dzielenie się z innymi organizacjami i społeczeństwem</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="156"/>
        <source>Acknowledging EU funding</source>
        <translation>Informowanie o finansowaniu z UE</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="160"/>
        <source>Spread knowledge</source>
        <translation>Upowszechnianie wiedzy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="161"/>
        <source>Widen the school&apos;s influence</source>
        <translation>Poszerzanie wpływu szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="162"/>
        <source>Influence policy and practice</source>
        <translation>Wpływanie na politykę i praktykę</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="163"/>
        <source>Build partnerships</source>
        <translation>Rozwijanie partnerstw</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="164"/>
        <source>Raise the school&apos;s profile</source>
        <translation>Podnoszenie prestiżu szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="174"/>
        <source>New pedagogical ideas</source>
        <translation>Nowe pomysły pedagogiczne</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="175"/>
        <source>International competence</source>
        <translation>Kompetencje międzynarodowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="176"/>
        <source>Motivation</source>
        <translation>Motywacja</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="177"/>
        <source>Subject knowledge</source>
        <translation>Wiedza przedmiotowa</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="178"/>
        <source>Intercultural skills</source>
        <translation>Umiejętności międzykulturowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="179"/>
        <source>Language skills</source>
        <translation>Umiejętności językowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="180"/>
        <source>Professional networks</source>
        <translation>Sieci kontaktów zawodowych</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="181"/>
        <source>Self-confidence</source>
        <translation>Pewność siebie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="185"/>
        <source>Tangible</source>
        <translation>Materialny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="186"/>
        <source>Intangible</source>
        <translation>Niematerialny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="190"/>
        <source>KA121-SCH Accredited mobility</source>
        <translation>KA121-SCH Mobilność akredytowana</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="191"/>
        <source>KA122-SCH Short-term mobility project</source>
        <translation>KA122-SCH Krótkoterminowy projekt mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="192"/>
        <source>KA210-SCH Small-scale partnership</source>
        <translation>KA210-SCH Partnerstwo na małą skalę</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="193"/>
        <source>KA220-SCH Cooperation partnership</source>
        <translation>KA220-SCH Partnerstwo współpracy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="194"/>
        <source>eTwinning project</source>
        <translation>Projekt eTwinning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="195"/>
        <source>Other project</source>
        <translation>Inny projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="199"/>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="200"/>
        <source>FERS on Erasmus+ rules (Poland)</source>
        <translation>FERS na zasadach programu Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="201"/>
        <source>Other funding</source>
        <translation>Inne finansowanie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="205"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="206"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="207"/>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="211"/>
        <source>The person</source>
        <translation>Sama osoba</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="212"/>
        <source>A guardian</source>
        <translation>Opiekun prawny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="216"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="217"/>
        <source>First name only</source>
        <translation>Tylko imię</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="218"/>
        <source>No name</source>
        <translation>Bez imienia i nazwiska</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="222"/>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="223"/>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="228"/>
        <source>Print inside the school</source>
        <translation>Druk do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="229"/>
        <source>Print for the public</source>
        <translation>Druk dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="230"/>
        <source>Online</source>
        <translation>W internecie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="233"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="234"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>CheckPeopleList</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="238"/>
        <source>Find a person…</source>
        <translation>Znajdź osobę…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli.py" line="153"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="154"/>
        <source>DIR</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="155"/>
        <source>REF</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="156"/>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="157"/>
        <source>BACKUP</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="158"/>
        <source>ARCHIVE</source>
        <translation>ARCHIWUM</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="159"/>
        <source>COMMAND</source>
        <translation>POLECENIE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="160"/>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="247"/>
        <source>Give the new database with %1.</source>
        <translation>Podaj nową bazę danych: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="250"/>
        <source>--scale must be a whole number from 1 to 10000.</source>
        <translation>--scale musi być liczbą całkowitą od 1 do 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="257"/>
        <source>%1 is not empty; the demo school is only written into an empty database.</source>
        <translation>Baza %1 nie jest pusta; szkołę demonstracyjną można zapisać tylko w pustej bazie danych.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="261"/>
        <source>%1: demo school (%2) with %3</source>
        <translation>%1: szkoła demonstracyjna (%2): %3</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="278"/>
        <source>%1 was saved by a newer Vidare (data version %2); install the newer Vidare to use it.</source>
        <translation>%1 zapisano w nowszej wersji programu Vidare (wersja danych %2); zainstaluj nowszą wersję, aby z niej korzystać.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="289"/>
        <source>%1: healthy — %2 (data version %3)</source>
        <translation>%1: baza w dobrym stanie — %2 (wersja danych %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="17"/>
        <source>Planning poster</source>
        <translation>Plakat planowania</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="18"/>
        <source>Blank planning poster</source>
        <translation>Pusty plakat planowania</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="19"/>
        <source>Stories poster</source>
        <translation>Plakat z historiami</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="20"/>
        <source>Principal&apos;s summary</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="21"/>
        <source>Project report</source>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="57"/>
        <source>--from must not be after --to.</source>
        <translation>--from nie może być późniejsze niż --to.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="78"/>
        <source>Give the project with %1.</source>
        <translation>Podaj projekt: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="87"/>
        <source>More than one project&apos;s title starts with &quot;%1&quot;: give more of the title, or the grant agreement number (%2).</source>
        <translation>Tytuł więcej niż jednego projektu zaczyna się od „%1”: podaj dłuższy fragment tytułu albo numer umowy (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="91"/>
        <source>No project has the grant agreement number or id %1, or a title starting with it.</source>
        <translation>Żaden projekt nie ma numeru umowy ani identyfikatora %1, ani tytułu, który tak się zaczyna.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="103"/>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 nie jest datą; zapisz ją jako %2.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="111"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 jest folderem; podaj nazwę pliku PDF do zapisania.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="114"/>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="71"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="126"/>
        <source>%1 cannot be written.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>Nie udało się sprawdzić kopii zapasowej, więc jej nie zachowano: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="55"/>
        <location filename="../desktop/cli_safety.py" line="60"/>
        <source>%1 is not a Vidare backup folder.</source>
        <translation>%1 nie jest folderem kopii zapasowych programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="73"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Kopia zapasowa jest uszkodzona i nie została przywrócona: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="91"/>
        <source>%1 is a folder; give a file name for the archive.</source>
        <translation>%1 jest folderem; podaj nazwę pliku archiwum.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="122"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Nie zaimportowano archiwum %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="42"/>
        <source>the database file (default: the one in your user data folder)</source>
        <translation>plik bazy danych (domyślnie: ten w Twoim folderze danych programu Vidare)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="43"/>
        <source>the language for messages and documents (default: the system&apos;s)</source>
        <translation>język komunikatów i dokumentów (domyślnie: język systemu)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="44"/>
        <source>the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-000123456), its id, or the first words of its title</source>
        <translation>projekt: numer umowy (np. 2025-1-PL01-KA122-SCH-000123456), identyfikator albo początek tytułu</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="46"/>
        <source>the PDF file to write</source>
        <translation>plik PDF do zapisania</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="47"/>
        <source>paper size (default: A3)</source>
        <translation>format papieru (domyślnie: A3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="48"/>
        <source>who will see it: public (the default for posters) or internal (the default for reports); a photo, story or name appears only where that person&apos;s consent covers that use today</source>
        <translation>kto będzie to oglądać: public, odbiorcy zewnętrzni (domyślnie dla plakatów), albo internal, tylko w szkole (domyślnie dla raportów); zdjęcie, historia lub imię i nazwisko pojawia się tylko wtedy, gdy zgoda tej osoby obejmuje dziś takie wykorzystanie</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="109"/>
        <source>%1, as %2 (default: %3)</source>
        <translation>%1, w postaci %2 (domyślnie: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="87"/>
        <source>print a poster to a PDF file</source>
        <translation>zapisz plakat do pliku PDF</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="105"/>
        <source>print a report to a PDF file</source>
        <translation>zapisz raport do pliku PDF</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="65"/>
        <source>Vidare: a school&apos;s Erasmus+ mobilities, stories and dissemination, offline. Without a command, the window opens.</source>
        <translation>Vidare: mobilności, historie i upowszechnianie rezultatów Erasmus+ w szkole, bez internetu. Bez polecenia otwiera się okno programu.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="69"/>
        <source>show Vidare&apos;s version and exit</source>
        <translation>pokaż wersję programu Vidare i zakończ</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="73"/>
        <source>open the demo school (created on first use)</source>
        <translation>otwórz szkołę demonstracyjną (tworzoną przy pierwszym użyciu)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="75"/>
        <source>commands</source>
        <translation>polecenia</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="77"/>
        <source>create a demo school in an empty database</source>
        <translation>utwórz szkołę demonstracyjną w pustej bazie danych</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="78"/>
        <source>the new database file (required; it must be empty or not exist)</source>
        <translation>plik nowej bazy danych (wymagany; musi być pusty albo jeszcze nie istnieć)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="80"/>
        <source>the demo school&apos;s country: SE, NO or PL (default: the country of the language)</source>
        <translation>kraj szkoły demonstracyjnej: SE, NO lub PL (domyślnie: kraj języka)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="83"/>
        <source>repeat the school&apos;s history N times, each copy a school year earlier, to try Vidare with a large database (1 to 10000; default 1)</source>
        <translation>powtórz historię szkoły N razy, każdą kopię o rok szkolny wcześniej, aby wypróbować Vidare na dużej bazie danych (od 1 do 10000; domyślnie 1)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="89"/>
        <source>posters</source>
        <translation>plakaty</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="90"/>
        <source>the planning poster: each result&apos;s target groups, channels, timing and indicators</source>
        <translation>plakat planowania: grupy docelowe, kanały, terminy i wskaźniki każdego rezultatu</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="93"/>
        <source>an empty poster with writing space, for a staff workshop (needs no database)</source>
        <translation>pusty plakat z miejscem do pisania, na warsztaty z nauczycielami (nie wymaga bazy danych)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="95"/>
        <source>the stories poster: figures, countries and participants&apos; stories</source>
        <translation>plakat z historiami: liczby, kraje i historie uczestników</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="107"/>
        <source>reports</source>
        <translation>raporty</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="108"/>
        <source>the principal&apos;s summary of a period</source>
        <translation>podsumowanie okresu dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="114"/>
        <source>the project report for the national agency&apos;s final report</source>
        <translation>raport z projektu do sprawozdania końcowego dla Narodowej Agencji</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="123"/>
        <source>check a database&apos;s health</source>
        <translation>sprawdź stan bazy danych</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="124"/>
        <source>back up the database and its photos and files</source>
        <translation>utwórz kopię zapasową bazy danych wraz ze zdjęciami i plikami</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="126"/>
        <source>the folder for the backup (default: the backups folder beside the database)</source>
        <translation>folder na kopię zapasową (domyślnie: folder kopii zapasowych obok bazy danych)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="128"/>
        <source>restore a backup; what it replaces is kept in a backup first</source>
        <translation>przywróć kopię zapasową; zastępowane dane najpierw trafiają do kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="131"/>
        <source>the backup folder to restore</source>
        <translation>folder kopii zapasowej do przywrócenia</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="132"/>
        <source>write the database and its photos and files to one archive file</source>
        <translation>zapisz bazę danych wraz ze zdjęciami i plikami w jednym pliku archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="135"/>
        <source>the archive file to write</source>
        <translation>plik archiwum do zapisania</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="136"/>
        <source>merge an archive from another computer into the database</source>
        <translation>scal z bazą danych archiwum z innego komputera</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="139"/>
        <source>the archive file to merge</source>
        <translation>plik archiwum do scalenia</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="141"/>
        <source>open every page and build every document, timing each, then exit</source>
        <translation>otwórz każdą stronę i utwórz każdy dokument, mierząc czas, a potem zakończ</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="143"/>
        <source>the database to try (default: a new demo school)</source>
        <translation>baza danych do sprawdzenia (domyślnie: nowa szkoła demonstracyjna)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="145"/>
        <source>save a picture of every page and document in this folder</source>
        <translation>zapisz obraz każdej strony i każdego dokumentu w tym folderze</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="285"/>
        <source>%1: %2 (the first: %3)</source>
        <translation>%1: %2 (pierwszy: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the first day</source>
        <translation>pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <location filename="../desktop/cli.py" line="113"/>
        <location filename="../desktop/cli_print.py" line="104"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the start of this school year</source>
        <translation>początek bieżącego roku szkolnego</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>the last day</source>
        <translation>ostatni dzień</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="113"/>
        <source>the end of this school year</source>
        <translation>koniec bieżącego roku szkolnego</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli.py" line="286"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>znaleziono %n problem</numerusform>
            <numerusform>znaleziono %n problemy</numerusform>
            <numerusform>znaleziono %n problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="131"/>
        <source>%1: %2, %3, written to %4</source>
        <translation>%1: %2, %3, zapisano w pliku %4</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="43"/>
        <location filename="../desktop/ui/dialogs.py" line="51"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Nic więcej nie zostanie usunięte.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="44"/>
        <source>Delete “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="47"/>
        <source>These are deleted with it: %1.</source>
        <translation>Zostaną usunięte również: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="31"/>
        <source>Protected identity: this person&apos;s name, photos and stories never appear anywhere.</source>
        <translation>Chroniona tożsamość: imię i nazwisko, zdjęcia i historie tej osoby nigdy nigdzie się nie pojawiają.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="34"/>
        <source>No consent recorded: this person&apos;s photos and stories may not be used anywhere.</source>
        <translation>Brak zapisanej zgody: zdjęć i historii tej osoby nie wolno nigdzie wykorzystywać.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="38"/>
        <source>Consent withdrawn: take this person&apos;s photos and stories down wherever they appear.</source>
        <translation>Zgoda wycofana: usuń zdjęcia i historie tej osoby wszędzie, gdzie się pojawiają.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="44"/>
        <source>Photos may appear: %1.</source>
        <translation>Zdjęcia mogą się pojawić: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="44"/>
        <source>Photos may not appear anywhere.</source>
        <translation>Zdjęcia nie mogą się nigdzie pojawić.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="45"/>
        <source>Stories may appear: %1.</source>
        <translation>Historie mogą się pojawić: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="45"/>
        <source>Stories may not appear anywhere.</source>
        <translation>Historie nie mogą się nigdzie pojawić.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="63"/>
        <source>No authors or people shown are recorded yet; add them so that consent can be checked.</source>
        <translation>Nie zapisano jeszcze autorów ani osób widocznych na zdjęciach; dodaj je, aby można było sprawdzić zgody.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="68"/>
        <source>This story may not appear anywhere: someone&apos;s consent does not cover it.</source>
        <translation>Ta historia nie może się nigdzie pojawić: czyjaś zgoda jej nie obejmuje.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="41"/>
        <source>Consent expired: ask for a new one.</source>
        <translation>Zgoda wygasła: poproś o nową.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="75"/>
        <source>Its photos may not appear anywhere.</source>
        <translation>Jej zdjęcia nie mogą się nigdzie pojawić.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="51"/>
        <source>Name shown as: %1.</source>
        <translation>Podpis: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="66"/>
        <source>This story may appear: %1.</source>
        <translation>Ta historia może się pojawić: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="77"/>
        <source>Consent to check: %1.</source>
        <translation>Zgody do sprawdzenia: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="72"/>
        <source>Its photos may appear: %1.</source>
        <translation>Jej zdjęcia mogą się pojawić: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="38"/>
        <source>Given by</source>
        <translation>Udzielona przez</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="40"/>
        <source>Given on</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="64"/>
        <source>Name shown as</source>
        <translation>Sposób podpisu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="67"/>
        <source>Expires on</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="69"/>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="81"/>
        <location filename="../desktop/ui/pages/consent_editor.py" line="143"/>
        <source>Scanned form</source>
        <translation>Zeskanowany formularz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="135"/>
        <source>Choose the scanned consent form</source>
        <translation>Wybierz zeskanowany formularz zgody</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="164"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="165"/>
        <source>May appear</source>
        <translation>Może się pojawić</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="168"/>
        <source>Attach…</source>
        <translation>Dołącz…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="169"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="170"/>
        <source>Record a new consent</source>
        <translation>Zapisz nową zgodę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="171"/>
        <source>Withdrawn today</source>
        <translation>Wycofana dzisiaj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="157"/>
        <source>No scanned form attached</source>
        <translation>Nie dołączono zeskanowanego formularza</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="144"/>
        <source>The file could not be copied: %1</source>
        <translation>Nie udało się skopiować pliku: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="21"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n nauczyciel</numerusform>
            <numerusform>%n nauczycieli</numerusform>
            <numerusform>%n nauczycieli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="22"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n inny pracownik</numerusform>
            <numerusform>%n innych pracowników</numerusform>
            <numerusform>%n innych pracowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="23"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n uczeń</numerusform>
            <numerusform>%n uczniów</numerusform>
            <numerusform>%n uczniów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="27"/>
        <location filename="../desktop/i18n/counts.py" line="34"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="28"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n osoba towarzysząca</numerusform>
            <numerusform>%n osoby towarzyszące</numerusform>
            <numerusform>%n osób towarzyszących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="29"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n kierownik grupy</numerusform>
            <numerusform>%n kierowników grup</numerusform>
            <numerusform>%n kierowników grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilność</numerusform>
            <numerusform>%n mobilności</numerusform>
            <numerusform>%n mobilności</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="33"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n wyjazd</numerusform>
            <numerusform>%n wyjazdy</numerusform>
            <numerusform>%n wyjazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n kraj</numerusform>
            <numerusform>%n kraje</numerusform>
            <numerusform>%n krajów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>łącznie %n dzień za granicą</numerusform>
            <numerusform>łącznie %n dni za granicą</numerusform>
            <numerusform>łącznie %n dni za granicą</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n działanie upowszechniające</numerusform>
            <numerusform>%n działania upowszechniające</numerusform>
            <numerusform>%n działań upowszechniających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n wciąż zaplanowane</numerusform>
            <numerusform>%n wciąż zaplanowane</numerusform>
            <numerusform>%n wciąż zaplanowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n zrealizowane</numerusform>
            <numerusform>%n zrealizowane</numerusform>
            <numerusform>%n zrealizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultaty</numerusform>
            <numerusform>%n rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projekt</numerusform>
            <numerusform>%n projekty</numerusform>
            <numerusform>%n projektów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="60"/>
        <source>Vidare met an error</source>
        <translation>W programie Vidare wystąpił błąd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="61"/>
        <source>Something went wrong inside Vidare. Everything you saved before is safe in the database.</source>
        <translation>Coś poszło nie tak w programie Vidare. Wszystko, co zapisano wcześniej, jest bezpieczne w bazie danych.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="64"/>
        <source>A report was saved as %1. Send it to whoever helps you with Vidare; it holds no data beyond the error itself.</source>
        <translation>Raport zapisano jako %1. Wyślij go osobie, która pomaga Ci w obsłudze programu Vidare; zawiera wyłącznie informacje o błędzie.</translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="15"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilność</numerusform>
            <numerusform>%n mobilności</numerusform>
            <numerusform>%n mobilności</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="16"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultaty</numerusform>
            <numerusform>%n rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="17"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n działanie upowszechniające</numerusform>
            <numerusform>%n działania upowszechniające</numerusform>
            <numerusform>%n działań upowszechniających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnerów</numerusform>
            <numerusform>%n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n powiązanie z uczestnikiem</numerusform>
            <numerusform>%n powiązania z uczestnikami</numerusform>
            <numerusform>%n powiązań z uczestnikami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n oznaczenie osoby na zdjęciu</numerusform>
            <numerusform>%n oznaczenia osób na zdjęciach</numerusform>
            <numerusform>%n oznaczeń osób na zdjęciach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n formularz zgody</numerusform>
            <numerusform>%n formularze zgody</numerusform>
            <numerusform>%n formularzy zgody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>%n miejsce na wyjeździe</numerusform>
            <numerusform>%n miejsca na wyjazdach</numerusform>
            <numerusform>%n miejsc na wyjazdach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n autorstwo historii</numerusform>
            <numerusform>%n autorstwa historii</numerusform>
            <numerusform>%n autorstw historii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisseminationPage</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="305"/>
        <source>Dissemination</source>
        <translation>Upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="306"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="306"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="307"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="307"/>
        <source>Quality standard</source>
        <translation>Standard jakości</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="311"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="252"/>
        <source>All results</source>
        <translation>Wszystkie rezultaty</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="215"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="216"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="217"/>
        <source>All levels</source>
        <translation>Wszystkie poziomy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="218"/>
        <source>All parts of the standard</source>
        <translation>Wszystkie części standardu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop/documents/common.py" line="31"/>
        <source>(shortened: %1 characters in all)</source>
        <translation>(skrócono; znaków łącznie: %1)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/common.py" line="32"/>
        <source>…continued in the project report</source>
        <translation>…ciąg dalszy w raporcie z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="23"/>
        <source>Printed on %1 with Vidare</source>
        <translation>Wydrukowano %1 w programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="24"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="14"/>
        <source>What end result do we expect from the activity or project?</source>
        <translation>Jakiego rezultatu końcowego oczekujemy od działania lub projektu?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="15"/>
        <source>Which training or learning needs does it answer?</source>
        <translation>Na jakie potrzeby szkoleniowe lub edukacyjne odpowiada?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="16"/>
        <source>Who is the user and/or final beneficiary of the project&apos;s results?</source>
        <translation>Kto jest użytkownikiem i/lub końcowym odbiorcą rezultatów projektu?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="18"/>
        <source>Which activities will we use to spread the results and make sure they are used?</source>
        <translation>Jakie działania podejmiemy, aby upowszechnić rezultaty i zapewnić ich wykorzystanie?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/questions.py" line="20"/>
        <source>Timetable, means and available resources?</source>
        <translation>Harmonogram, środki i dostępne zasoby?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="33"/>
        <source>Plan and disseminate the project&apos;s results</source>
        <translation>Planuj i upowszechniaj rezultaty projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="34"/>
        <source>Each lane is one result of the project: read it from left to right.</source>
        <translation>Każdy pas to jeden rezultat projektu: czytaj go od lewej do prawej.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="35"/>
        <source>One lane for each result: fill it in together, from left to right.</source>
        <translation>Jeden pas na każdy rezultat: wypełniajcie go wspólnie, od lewej do prawej.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="39"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="39"/>
        <source>what</source>
        <translation>co</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="40"/>
        <source>Target groups and their representatives</source>
        <translation>Grupy docelowe i ich przedstawiciele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="40"/>
        <source>to whom</source>
        <translation>do kogo</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="42"/>
        <source>Message and purpose</source>
        <translation>Przekaz i cel</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="42"/>
        <source>why</source>
        <translation>dlaczego</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="43"/>
        <source>Tools and channels</source>
        <translation>Narzędzia i kanały</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="43"/>
        <source>how</source>
        <translation>jak</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="44"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="44"/>
        <source>during and after the project</source>
        <translation>w trakcie i po zakończeniu projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="45"/>
        <source>Who is responsible</source>
        <translation>Kto odpowiada</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="46"/>
        <location filename="../desktop/documents/project_report.py" line="211"/>
        <source>Sustainability</source>
        <translation>Trwałość rezultatów</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="47"/>
        <source>Evaluation and indicators</source>
        <translation>Ewaluacja i wskaźniki</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="139"/>
        <location filename="../desktop/documents/project_report.py" line="125"/>
        <source>School</source>
        <translation>Szkoła</translation>
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
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="181"/>
        <source>No results are recorded for this project yet.</source>
        <translation>Dla tego projektu nie zapisano jeszcze żadnych rezultatów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="263"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="267"/>
        <source>During the project</source>
        <translation>W trakcie projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="268"/>
        <source>After the project</source>
        <translation>Po zakończeniu projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="277"/>
        <location filename="../desktop/documents/project_report.py" line="212"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="280"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="283"/>
        <location filename="../desktop/documents/project_report.py" line="214"/>
        <source>Evaluation</source>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="295"/>
        <source>Five questions to answer together</source>
        <translation>Pięć pytań, na które odpowiadamy wspólnie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="34"/>
        <source>What we learnt abroad, in our own words.</source>
        <translation>Czego nauczyliśmy się za granicą – naszymi słowami.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="36"/>
        <source>trips abroad</source>
        <translation>wyjazdy zagraniczne</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="37"/>
        <location filename="../desktop/documents/summary.py" line="66"/>
        <source>participants</source>
        <translation>uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="38"/>
        <source>days of learning abroad</source>
        <translation>dni nauki za granicą</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="39"/>
        <location filename="../desktop/documents/summary.py" line="67"/>
        <source>countries</source>
        <translation>kraje</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="40"/>
        <source>people reached by our dissemination</source>
        <translation>odbiorcy naszych działań upowszechniających</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="92"/>
        <source>Where we went</source>
        <translation>Dokąd pojechaliśmy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="96"/>
        <source>No trips are done yet.</source>
        <translation>Nie zrealizowano jeszcze żadnych wyjazdów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="118"/>
        <source>Project report</source>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="123"/>
        <source>Project data</source>
        <translation>Dane projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="126"/>
        <source>Reference</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="127"/>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Action</source>
        <translation>Typ projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="129"/>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="132"/>
        <source>Needs analysis</source>
        <translation>Analiza potrzeb</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="133"/>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="134"/>
        <source>How the school&apos;s management takes part</source>
        <translation>Udział dyrekcji szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="140"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="141"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="141"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="142"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="142"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="146"/>
        <source>No partners recorded.</source>
        <translation>Nie zapisano partnerów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="150"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="156"/>
        <source>Staff</source>
        <translation>Kadra</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="156"/>
        <source>Pupils</source>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="157"/>
        <location filename="../desktop/documents/summary.py" line="90"/>
        <source>Accompanying persons</source>
        <translation>Osoby towarzyszące</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="157"/>
        <source>Fewer opportunities</source>
        <translation>Mniejsze szanse</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="158"/>
        <source>Green travel</source>
        <translation>Zielone podróże</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="158"/>
        <source>Days abroad</source>
        <translation>Dni za granicą</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="164"/>
        <source>Mobilities done; days abroad count each person&apos;s days with travel.</source>
        <translation>Zrealizowane mobilności; dni za granicą liczone dla każdej osoby, łącznie z dniami podróży.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="168"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Activity</source>
        <translation>Rodzaj działania</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="169"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="170"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="170"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="173"/>
        <source>%1 staff, %2 pupils, %3 accompanying</source>
        <translation>kadra: %1, uczniowie: %2, osoby towarzyszące: %3</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="178"/>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="189"/>
        <source>No mobilities recorded.</source>
        <translation>Nie zapisano mobilności.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="195"/>
        <source>Learning outcomes</source>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="198"/>
        <source>Passed on to colleagues</source>
        <translation>Przekazane innym nauczycielom</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="202"/>
        <source>Results</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="204"/>
        <source>No results recorded.</source>
        <translation>Nie zapisano rezultatów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="209"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="210"/>
        <source>Message</source>
        <translation>Przekaz</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="215"/>
        <source>Open licence</source>
        <translation>Otwarta licencja</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="219"/>
        <source>Target group</source>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="219"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="220"/>
        <source>Representatives</source>
        <translation>Przedstawiciele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="227"/>
        <source>Dissemination</source>
        <translation>Upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="232"/>
        <source>None recorded.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="234"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="235"/>
        <source>Reached</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="235"/>
        <source>Evidence</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="248"/>
        <source>From the participants&apos; stories</source>
        <translation>Z historii uczestników</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="250"/>
        <location filename="../desktop/documents/stories_poster.py" line="110"/>
        <source>No story may be printed for this audience yet.</source>
        <translation>Żadnej historii nie można jeszcze wydrukować dla tych odbiorców.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="259"/>
        <source>Valorisation: the five control questions</source>
        <translation>Waloryzacja: pięć pytań kontrolnych</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="270"/>
        <source>Not recorded yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="289"/>
        <source>%1 actions (%2 done): %3.</source>
        <translation>Działania upowszechniające: %1 (zrealizowane: %2): %3.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="294"/>
        <source>Dissemination from %1 to %2.</source>
        <translation>Upowszechnianie od %1 do %2.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="298"/>
        <source>Responsible: %1.</source>
        <translation>Odpowiedzialni: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="59"/>
        <source>Summary for the principal</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="65"/>
        <source>mobilities</source>
        <translation>mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="68"/>
        <source>green travel</source>
        <translation>zielone podróże</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="69"/>
        <source>with fewer opportunities</source>
        <translation>z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="70"/>
        <source>people reached</source>
        <translation>odbiorcy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="83"/>
        <source>Nothing in this period.</source>
        <translation>Brak danych w tym okresie.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="96"/>
        <source>Mobilities by type</source>
        <translation>Mobilności według rodzaju</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="97"/>
        <source>Mobilities by country</source>
        <translation>Mobilności według kraju</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="98"/>
        <source>Participants by role</source>
        <translation>Uczestnicy według roli</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="99"/>
        <source>Dissemination by channel (actions · people reached)</source>
        <translation>Upowszechnianie według kanału (działania · odbiorcy)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="109"/>
        <source>Dissemination actions done and planned</source>
        <translation>Działania upowszechniające zrealizowane i zaplanowane</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="111"/>
        <source>%1 done</source>
        <translation>zrealizowane: %1</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="112"/>
        <source>%1 planned</source>
        <translation>zaplanowane: %1</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="115"/>
        <source>%1 days of learning abroad in all.</source>
        <translation>Łącznie dni nauki za granicą: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="117"/>
        <source>%1 stories written by participants.</source>
        <translation>Historie napisane przez uczestników: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="122"/>
        <source>The widest reach: %1 (%2 people).</source>
        <translation>Największy zasięg: %1 (odbiorcy: %2).</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="125"/>
        <source>Project: %1 (%2)</source>
        <translation>Projekt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="127"/>
        <source>Highlights</source>
        <translation>Najważniejsze osiągnięcia</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="131"/>
        <source>Open warnings</source>
        <translation>Otwarte ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="133"/>
        <source>No open warnings.</source>
        <translation>Brak otwartych ostrzeżeń.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="102"/>
        <location filename="../desktop/ui/first_start.py" line="103"/>
        <source>Welcome to Vidare</source>
        <translation>Witamy w programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="104"/>
        <source>Vidare keeps your school&apos;s Erasmus+ trips, stories and dissemination on this computer. Tell it which school it is for.</source>
        <translation>Vidare przechowuje na tym komputerze wyjazdy Erasmus+, historie uczestników i działania upowszechniające Twojej szkoły. Podaj, której szkoły dotyczą.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="107"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="108"/>
        <source>School name</source>
        <translation>Nazwa szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="109"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="110"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="111"/>
        <source>Look at the demo school first</source>
        <translation>Najpierw obejrzyj szkołę demonstracyjną</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="87"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Podaj nazwę szkoły.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="89"/>
        <source>Choose the school&apos;s country.</source>
        <translation>Wybierz kraj szkoły.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="30"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="32"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="33"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="34"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="35"/>
        <source>Dissemination</source>
        <translation>Upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="36"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="37"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="225"/>
        <source>About Vidare…</source>
        <translation>O programie Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="238"/>
        <source>Vidare</source>
        <translation>Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="241"/>
        <source>Read-only: this database was saved by a newer Vidare; changes cannot be saved.</source>
        <translation>Tylko do odczytu: bazę zapisano w nowszej wersji programu Vidare; nie można zapisać zmian.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="214"/>
        <source>Ctrl+N: new record on this page</source>
        <translation>Ctrl+N: nowy wpis na tej stronie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="215"/>
        <source>Ctrl+F: filter the table</source>
        <translation>Ctrl+F: filtruj tabelę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216"/>
        <source>Delete: delete the chosen record (Vidare asks first)</source>
        <translation>Delete: usuń wybrany wpis (Vidare najpierw zapyta)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="217"/>
        <source>Ctrl+1 … Ctrl+8: go to a page</source>
        <translation>Ctrl+1 … Ctrl+8: przejdź do strony</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219"/>
        <source>Every change is saved at once. Fields with a problem are marked, and nothing invalid is saved.</source>
        <translation>Każda zmiana jest zapisywana od razu. Pola z błędami są zaznaczane, a błędne dane nie są zapisywane.</translation>
    </message>
</context>
<context>
    <name>MobilitiesPage</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="221"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
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
        <translation>Rodzaj działania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="57"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="58"/>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="60"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="61"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="63"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="65"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="71"/>
        <source>Travel days</source>
        <translation>Dni podróży</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="72"/>
        <source>Main transport</source>
        <translation>Główny środek transportu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="77"/>
        <source>Sustainable means, described</source>
        <translation>Opis zrównoważonego środka transportu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="82"/>
        <source>Learning outcomes</source>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="84"/>
        <source>Passed on to colleagues</source>
        <translation>Przekazane innym nauczycielom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="86"/>
        <source>Participant reports</source>
        <translation>Raporty uczestników</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="89"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="143"/>
        <source>Green travel</source>
        <translation>Zielona podróż</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="143"/>
        <source>Not green travel</source>
        <translation>To nie jest zielona podróż</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="164"/>
        <source>No mobility chosen</source>
        <translation>Nie wybrano mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="166"/>
        <source>New mobility</source>
        <translation>Nowa mobilność</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="153"/>
        <source>%1 days abroad; usual for this activity: %2–%3 days.</source>
        <translation>Dni za granicą: %1; typowo dla tego działania: %2–%3 dni.</translation>
    </message>
</context>
<context>
    <name>MobilityModel</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="29"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="30"/>
        <source>Activity</source>
        <translation>Rodzaj działania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="32"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="33"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="34"/>
        <source>Host</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="36"/>
        <source>People</source>
        <translation>Osoby</translation>
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
        <translation>Wybierz bazę danych Vidare, z której korzystasz, albo utwórz nową.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="63"/>
        <source>Vidare has not changed this file. Choose the Vidare database instead (it is usually called vidare.db).</source>
        <translation>Vidare nie zmienił tego pliku. Wybierz zamiast niego bazę danych Vidare (zwykle nazywa się vidare.db).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="66"/>
        <source>You can look at everything and print, but not make changes. Install the newer Vidare to work with this database.</source>
        <translation>Możesz wszystko przeglądać i drukować, ale nie możesz wprowadzać zmian. Aby pracować z tą bazą, zainstaluj nowszą wersję programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="69"/>
        <source>You can open it read-only. To make changes, ask for permission to write in that folder, or copy the database to a folder of your own.</source>
        <translation>Możesz ją otworzyć tylko do odczytu. Aby wprowadzać zmiany, poproś o prawo zapisu w tym folderze albo skopiuj bazę do własnego folderu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="72"/>
        <source>Close Vidare there first. Open anyway only if you are sure it is no longer running there; two Vidare windows writing one database can lose work.</source>
        <translation>Najpierw zamknij tam program Vidare. Otwórz mimo to tylko wtedy, gdy masz pewność, że już tam nie działa; dwa okna Vidare zapisujące jedną bazę mogą spowodować utratę pracy.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="75"/>
        <source>Vidare can move the database to its own folder on this computer (%1). To share the data, use Export archive in Settings instead.</source>
        <translation>Vidare może przenieść bazę danych do własnego folderu na tym komputerze (%1). Aby udostępnić dane, użyj raczej opcji Eksportuj archiwum w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="79"/>
        <source>Vidare will not overwrite the damaged file: it is kept beside the database. The newest good backup is from %1.</source>
        <translation>Vidare nie nadpisze uszkodzonego pliku: zostaje on obok bazy danych. Najnowsza poprawna kopia zapasowa pochodzi z %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="82"/>
        <source>No good backup was found. Keep the file: do not delete it. Choose another database or a backup folder.</source>
        <translation>Nie znaleziono poprawnej kopii zapasowej. Zachowaj plik – nie usuwaj go. Wybierz inną bazę danych lub folder z kopiami zapasowymi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="92"/>
        <source>Opening the database</source>
        <translation>Otwieranie bazy danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="145"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="112"/>
        <location filename="../desktop/ui/open_problems.py" line="131"/>
        <location filename="../desktop/ui/open_problems.py" line="135"/>
        <location filename="../desktop/ui/open_problems.py" line="142"/>
        <source>Choose another file…</source>
        <translation>Wybierz inny plik…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="158"/>
        <source>Choose a Vidare database</source>
        <translation>Wybierz bazę danych Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="159"/>
        <source>Vidare database (*.db);;All files (*)</source>
        <translation>Baza danych Vidare (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="118"/>
        <source>Move it to this computer</source>
        <translation>Przenieś ją na ten komputer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="120"/>
        <source>Keep it where it is</source>
        <translation>Zostaw ją tam, gdzie jest</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="107"/>
        <source>Restore the backup of %1</source>
        <translation>Przywróć kopię z %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="123"/>
        <location filename="../desktop/ui/open_problems.py" line="129"/>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="125"/>
        <source>Open anyway</source>
        <translation>Otwórz mimo to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="137"/>
        <source>Start a new database</source>
        <translation>Utwórz nową bazę danych</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop/store/overview.py" line="144"/>
        <source>Most dissemination in “%1” is bunched at the end of the project.</source>
        <translation>Większość działań upowszechniających w projekcie „%1” skupia się pod jego koniec.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="148"/>
        <source>“%1” has no dissemination that shares results within the school.</source>
        <translation>W projekcie „%1” brak działań upowszechniających rezultaty w szkole.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="150"/>
        <source>“%1” has no dissemination that acknowledges EU funding.</source>
        <translation>W projekcie „%1” żadne działanie upowszechniające nie informuje o finansowaniu z UE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="159"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n rezultat nie ma grupy docelowej.</numerusform>
            <numerusform>%n rezultaty nie mają grupy docelowej.</numerusform>
            <numerusform>%n rezultatów nie ma grupy docelowej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="163"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n zrealizowany wyjazd nie ma historii.</numerusform>
            <numerusform>%n zrealizowane wyjazdy nie mają historii.</numerusform>
            <numerusform>%n zrealizowanych wyjazdów nie ma historii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="168"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n zaplanowane działanie upowszechniające jest opóźnione.</numerusform>
            <numerusform>%n zaplanowane działania upowszechniające są opóźnione.</numerusform>
            <numerusform>%n zaplanowanych działań upowszechniających jest opóźnionych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="172"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n zrealizowane działanie upowszechniające nie ma potwierdzenia.</numerusform>
            <numerusform>%n zrealizowane działania upowszechniające nie mają potwierdzenia.</numerusform>
            <numerusform>%n zrealizowanych działań upowszechniających nie ma potwierdzenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="178"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n osoba wycofała zgodę: sprawdź listę materiałów do usunięcia.</numerusform>
            <numerusform>%n osoby wycofały zgodę: sprawdź listę materiałów do usunięcia.</numerusform>
            <numerusform>%n osób wycofało zgodę: sprawdź listę materiałów do usunięcia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="182"/>
        <source>%n consent(s) have expired or expire within 30 days.</source>
        <translation>
            <numerusform>%n zgoda wygasła lub wygaśnie w ciągu 30 dni.</numerusform>
            <numerusform>%n zgody wygasły lub wygasną w ciągu 30 dni.</numerusform>
            <numerusform>%n zgód wygasło lub wygaśnie w ciągu 30 dni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="163"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="178"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="179"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="180"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="181"/>
        <source>Green travel</source>
        <translation>Zielone podróże</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="182"/>
        <source>of the trips</source>
        <translation>wyjazdów</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Fewer opportunities</source>
        <translation>Mniejsze szanse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="187"/>
        <source>Dissemination done</source>
        <translation>Zrealizowane upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="189"/>
        <source>People reached</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="192"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="194"/>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="196"/>
        <source>Coming up</source>
        <translation>Wkrótce</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="215"/>
        <source>Dissemination across the project</source>
        <translation>Upowszechnianie w trakcie projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="212"/>
        <source>Nothing planned yet.</source>
        <translation>Nic jeszcze nie zaplanowano.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="224"/>
        <source>Nothing needs attention.</source>
        <translation>Nic nie wymaga uwagi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="185"/>
        <source>%1 participants</source>
        <translation>uczestnicy: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="187"/>
        <source>%1 still planned</source>
        <translation>zaplanowane: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="193"/>
        <source>%1 days abroad in all</source>
        <translation>dni za granicą łącznie: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="175"/>
        <source>%1 accompanying</source>
        <translation>osoby towarzyszące: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="164"/>
        <source>School year %1 to %2</source>
        <translation>Rok szkolny od %1 do %2</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../desktop/ui/models.py" line="161"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="35"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="36"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="38"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="39"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="36"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="37"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="39"/>
        <source>Trips</source>
        <translation>Wyjazdy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="40"/>
        <source>Fewer opportunities</source>
        <translation>Mniejsze szanse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="42"/>
        <source>Protected</source>
        <translation>Chroniona tożsamość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="44"/>
        <source>Consent given</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="217"/>
        <source>Consent can be recorded once the person is saved.</source>
        <translation>Zgodę można zapisać po zapisaniu osoby.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="249"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="251"/>
        <source>Take-down list…</source>
        <translation>Lista materiałów do usunięcia…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="252"/>
        <source>Where this person&apos;s photos, stories or name have been printed</source>
        <translation>Gdzie wydrukowano zdjęcia, historie lub nazwisko tej osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="254"/>
        <source>Export their data…</source>
        <translation>Eksportuj dane tej osoby…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="255"/>
        <source>Erase…</source>
        <translation>Usuń…</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="60"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="61"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="64"/>
        <source>Fewer opportunities</source>
        <translation>Mniejsze szanse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="66"/>
        <source>Protected identity</source>
        <translation>Chroniona tożsamość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="67"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="101"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="102"/>
        <source>Never shown anywhere</source>
        <translation>Nigdy nigdzie nie pokazywać</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="103"/>
        <source>Nothing about this person is ever printed or published, whatever the consent says.</source>
        <translation>Żadne informacje o tej osobie nie są drukowane ani publikowane, niezależnie od zgody.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="98"/>
        <source>No person chosen</source>
        <translation>Nie wybrano osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="100"/>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="166"/>
        <source>Add photos</source>
        <translation>Dodaj zdjęcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="167"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="216"/>
        <source>Add photos…</source>
        <translation>Dodaj zdjęcia…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="217"/>
        <source>Remove photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="218"/>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="219"/>
        <source>People shown</source>
        <translation>Osoby na zdjęciu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="221"/>
        <source>Photos can be added once the story has a title.</source>
        <translation>Zdjęcia można dodać, gdy historia ma już tytuł.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="223"/>
        <source>No photos yet: drop image files here or use Add photos.</source>
        <translation>Brak zdjęć: upuść tu pliki obrazów lub użyj przycisku Dodaj zdjęcia.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="225"/>
        <source>Drop more image files on the strip to add them.</source>
        <translation>Upuść kolejne pliki obrazów na pasek, aby je dodać.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../desktop/documents/jobs.py" line="78"/>
        <source>Reading the database…</source>
        <translation>Odczytywanie bazy danych…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="81"/>
        <source>Ready.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="80"/>
        <source>Drawing the preview…</source>
        <translation>Rysowanie podglądu…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="79"/>
        <source>Laying out the pages…</source>
        <translation>Układanie stron…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="44"/>
        <source>Planning poster</source>
        <translation>Plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="45"/>
        <source>Blank planning poster (workshop)</source>
        <translation>Pusty plakat do planowania (warsztaty)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="46"/>
        <source>Stories poster</source>
        <translation>Plakat z historiami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="47"/>
        <source>Principal&apos;s summary</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="48"/>
        <source>Project report</source>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="51"/>
        <source>Inside the school</source>
        <translation>Do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="52"/>
        <source>For the public</source>
        <translation>Dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="305"/>
        <location filename="../desktop/ui/pages/print_page.py" line="316"/>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="306"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="335"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="383"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="384"/>
        <source>Posters and reports in any of the four languages. Photos, stories and names appear only where consent allows.</source>
        <translation>Plakaty i raporty w każdym z czterech języków. Zdjęcia, historie i nazwiska pojawiają się tylko tam, gdzie pozwala na to zgoda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="395"/>
        <source>In English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="400"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="401"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="402"/>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="403"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="404"/>
        <source>Press Preview to see the document before printing.</source>
        <translation>Kliknij Podgląd, aby zobaczyć dokument przed wydrukowaniem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="213"/>
        <source>Choices changed: press Preview to see the document.</source>
        <translation>Zmieniono ustawienia: kliknij Podgląd, aby zobaczyć dokument.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="220"/>
        <source>Choose a project first.</source>
        <translation>Najpierw wybierz projekt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="224"/>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="245"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="272"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
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
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="389"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="390"/>
        <source>Language of the document</source>
        <translation>Język dokumentu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="391"/>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="392"/>
        <source>Printed for</source>
        <translation>Przeznaczenie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="393"/>
        <source>EU statement</source>
        <translation>Informacja o finansowaniu z UE</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="267"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n strona. Wydrukuj ją lub zapisz jako PDF.</numerusform>
            <numerusform>%n strony. Wydrukuj je lub zapisz jako PDF.</numerusform>
            <numerusform>%n stron. Wydrukuj je lub zapisz jako PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="274"/>
        <source>The document could not be made: %1</source>
        <translation>Nie udało się utworzyć dokumentu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="320"/>
        <source>Saved as %1.</source>
        <translation>Zapisano jako %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="317"/>
        <source>%1 cannot be written.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../desktop/store/privacy.py" line="146"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="147"/>
        <source>Trips</source>
        <translation>Wyjazdy</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="148"/>
        <source>Stories written</source>
        <translation>Napisane historie</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="149"/>
        <source>Photos showing this person</source>
        <translation>Zdjęcia, na których jest ta osoba</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="150"/>
        <source>Printed documents</source>
        <translation>Wydrukowane dokumenty</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="152"/>
        <source>Everything Vidare holds about this person, exported %1.</source>
        <translation>Wszystkie dane tej osoby zapisane w programie Vidare, wyeksportowane %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="33"/>
        <source>Planning poster</source>
        <translation>Plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="34"/>
        <source>Blank planning poster</source>
        <translation>Pusty plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="35"/>
        <source>Stories poster</source>
        <translation>Plakat z historiami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="36"/>
        <source>Principal&apos;s summary</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="37"/>
        <source>Project report</source>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Inside the school</source>
        <translation>Do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="41"/>
        <source>For the public</source>
        <translation>Dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="166"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="171"/>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="202"/>
        <source>Erase this person</source>
        <translation>Usuń tę osobę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="211"/>
        <source>Erase</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="70"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="144"/>
        <source>Take-down list</source>
        <translation>Lista materiałów do usunięcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="154"/>
        <source>Copy list</source>
        <translation>Kopiuj listę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="177"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="188"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="184"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksportuj dane tej osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="203"/>
        <source>Erase %1 from Vidare for good?</source>
        <translation>Trwale usunąć %1 z programu Vidare?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="204"/>
        <source>Removed: the person, %1 consent record(s) with their scanned forms, %2 photo(s) showing them and %3 story(ies) only they wrote. Their %4 place(s) on trips are kept as an anonymous person so that the figures stay right. Backups made before today still hold this person until they are rotated away (at most 12 months).</source>
        <translation>Usunięto: osobę, zapisy zgód ze skanami formularzy (%1), zdjęcia, na których występuje (%2), i historie napisane tylko przez nią (%3). Jej miejsca na wyjazdach (%4) zachowano jako osobę anonimową, aby zestawienia liczbowe się zgadzały. Kopie zapasowe sprzed dzisiaj nadal zawierają tę osobę, dopóki nie zostaną usunięte w ramach rotacji (najwyżej 12 miesięcy).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="113"/>
        <source>Dissemination actions</source>
        <translation>Działania upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="117"/>
        <source>Stories showing this person</source>
        <translation>Historie, w których występuje ta osoba</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="145"/>
        <source>Take-down list for %1</source>
        <translation>Lista materiałów do usunięcia: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="147"/>
        <source>No printed document or dissemination action is recorded with this person&apos;s photos or stories.</source>
        <translation>Nie zapisano żadnego wydrukowanego dokumentu ani działania upowszechniającego ze zdjęciami lub historiami tej osoby.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="150"/>
        <source>Remove this person&apos;s photos and stories from what is listed here: take posters down, edit web pages and posts, and do not reprint these documents.</source>
        <translation>Usuń zdjęcia i historie tej osoby z wymienionych tu miejsc: zdejmij plakaty, popraw strony internetowe i wpisy, nie drukuj ponownie tych dokumentów.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>When or where</source>
        <translation>Kiedy lub gdzie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="189"/>
        <source>Written to %1 and %2.</source>
        <translation>Zapisano w %1 i %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="185"/>
        <source>The data could not be written: %1</source>
        <translation>Nie udało się zapisać danych: %1</translation>
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
        <translation>Rezultaty i grupy docelowe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="164"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="159"/>
        <source>No project chosen</source>
        <translation>Nie wybrano projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="161"/>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="45"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="46"/>
        <source>Grant reference</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="49"/>
        <source>Action</source>
        <translation>Typ projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="51"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="52"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="53"/>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="55"/>
        <source>Needs analysis</source>
        <translation>Analiza potrzeb</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="57"/>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="60"/>
        <source>How management is involved</source>
        <translation>Zaangażowanie dyrekcji</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="28"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="29"/>
        <source>Reference</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="30"/>
        <source>Action</source>
        <translation>Typ projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="31"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="32"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="222"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/forms.py" line="232"/>
        <source>New: it is saved as soon as the required fields are filled in.</source>
        <translation>Nowy wpis: zostanie zapisany, gdy tylko wypełnisz wymagane pola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="235"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nie zapisano: popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="237"/>
        <source>All changes saved.</source>
        <translation>Wszystkie zmiany zapisane.</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="69"/>
        <source>1 Result</source>
        <translation>1 Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="70"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="71"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="74"/>
        <source>Open licence of published material</source>
        <translation>Otwarta licencja opublikowanych materiałów</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="79"/>
        <source>3 Message and purpose</source>
        <translation>3 Przekaz i cel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="82"/>
        <source>7 Sustainability</source>
        <translation>7 Trwałość rezultatów</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="83"/>
        <source>8 Indicator</source>
        <translation>8 Wskaźnik</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="85"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="87"/>
        <source>Evaluation</source>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="119"/>
        <source>2 Target groups</source>
        <translation>2 Grupy docelowe</translation>
    </message>
</context>
<context>
    <name>RolePeopleEditor</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="162"/>
        <source>Type a name…</source>
        <translation>Wpisz imię i nazwisko…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="163"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="164"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="159"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="160"/>
        <source>Is a</source>
        <translation>Funkcja w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="161"/>
        <source>Role on the trip</source>
        <translation>Rola podczas wyjazdu</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="43"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="44"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="46"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="47"/>
        <source>Erasmus+ organisation ID (OID)</source>
        <translation>Identyfikator organizacji Erasmus+ (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="51"/>
        <source>Language of documents</source>
        <translation>Język dokumentów</translation>
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
        <translation>Wybierz logo szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="127"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="116"/>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="106"/>
        <source>This file cannot be used as a logo.</source>
        <translation>Tego pliku nie można użyć jako logo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="208"/>
        <source>Open another database</source>
        <translation>Otwórz inną bazę danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="210"/>
        <source>Vidare databases (*.db)</source>
        <translation>Bazy danych Vidare (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="223"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="224"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="225"/>
        <source>The window changes language at once. Each document chooses its own language when it is printed.</source>
        <translation>Okno od razu zmienia język. Każdy dokument ma własny język, wybierany przy drukowaniu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="230"/>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="231"/>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="237"/>
        <source>Open the data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="238"/>
        <source>Open another database…</source>
        <translation>Otwórz inną bazę danych…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="239"/>
        <source>About Vidare…</source>
        <translation>O programie Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="240"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="213"/>
        <source>Another database</source>
        <translation>Inna baza danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="214"/>
        <source>Vidare opens %1 the next time it starts.</source>
        <translation>Przy następnym uruchomieniu Vidare otworzy %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="233"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="234"/>
        <source>Photos and attached files: %1</source>
        <translation>Zdjęcia i załączone pliki: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/database.py" line="35"/>
        <source>There is no database at %1.</source>
        <translation>W lokalizacji %1 nie ma bazy danych.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="39"/>
        <source>%1 is not a Vidare database.</source>
        <translation>%1 nie jest bazą danych programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="43"/>
        <source>%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.</source>
        <translation>%1 zapisano w nowszej wersji programu Vidare (wersja danych %2); ta wersja obsługuje najwyżej %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="48"/>
        <source>%1 is damaged: %2</source>
        <translation>Plik %1 jest uszkodzony: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="53"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Nie można zapisywać w folderze %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/database.py" line="59"/>
        <source>%1 is in a folder kept in step by %2; two computers writing it at once can damage it.</source>
        <translation>Plik %1 leży w folderze synchronizowanym przez %2; jednoczesny zapis z dwóch komputerów może go uszkodzić.</translation>
    </message>
    <message>
        <location filename="../desktop/store/lock.py" line="35"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4).</source>
        <translation>Plik %1 jest już otwarty w innym oknie programu Vidare (%2 na %3, od %4).</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="40"/>
        <source>The backup in %1 could not be made or verified: %2</source>
        <translation>Nie udało się utworzyć ani sprawdzić kopii zapasowej w %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="44"/>
        <source>%1 is not a Vidare backup.</source>
        <translation>%1 nie jest kopią zapasową programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="52"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Nie zaimportowano archiwum %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="58"/>
        <source>it is not a readable zip file.</source>
        <translation>nie jest to czytelny plik zip.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="59"/>
        <source>it holds a file that would land outside the media folder (%1).</source>
        <translation>zawiera plik, który trafiłby poza folder multimediów (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="61"/>
        <source>it holds a link (%1) instead of a file.</source>
        <translation>zawiera dowiązanie (%1) zamiast pliku.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="62"/>
        <source>it holds too many files.</source>
        <translation>zawiera zbyt wiele plików.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="63"/>
        <source>it would unpack to more data than a Vidare archive can hold (%1).</source>
        <translation>po rozpakowaniu zajęłoby więcej, niż może zawierać archiwum Vidare (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="65"/>
        <source>it holds no Vidare database.</source>
        <translation>nie zawiera bazy danych programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="66"/>
        <source>the database inside is not a Vidare database.</source>
        <translation>baza danych w archiwum nie pochodzi z programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="67"/>
        <source>the database inside is damaged.</source>
        <translation>baza danych w archiwum jest uszkodzona.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="68"/>
        <source>it was made by a newer Vidare; install the newer Vidare first.</source>
        <translation>utworzono je w nowszej wersji programu Vidare; najpierw zainstaluj nowszą wersję.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="70"/>
        <source>it holds the file %1 twice.</source>
        <translation>zawiera dwukrotnie plik %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/demo.py" line="47"/>
        <source>The database is not empty; the demo school is only written into an empty database.</source>
        <translation>Baza danych nie jest pusta; szkołę demonstracyjną można zapisać tylko w pustej bazie.</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="292"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="293"/>
        <source>Search all stories…</source>
        <translation>Szukaj we wszystkich historiach…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="295"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="62"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="63"/>
        <source>Trip</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="65"/>
        <source>Written in</source>
        <translation>Język historii</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="69"/>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="70"/>
        <source>Quote for posters</source>
        <translation>Cytat na plakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="84"/>
        <source>What it brought</source>
        <translation>Co to dało</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="87"/>
        <source>Authors</source>
        <translation>Autorzy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="164"/>
        <source>No story chosen</source>
        <translation>Nie wybrano historii</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="103"/>
        <source>(no trip)</source>
        <translation>(bez wyjazdu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="166"/>
        <source>New story</source>
        <translation>Nowa historia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="140"/>
        <source>%1 of %2 characters</source>
        <translation>znaki: %1 z %2</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="37"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="38"/>
        <source>Authors</source>
        <translation>Autorzy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="39"/>
        <source>Trip</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="42"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="43"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>SubListPanel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="106"/>
        <source>Add a partner</source>
        <translation>Dodaj partnera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="112"/>
        <source>Add a result</source>
        <translation>Dodaj rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sub_list.py" line="121"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="320"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Pokazano tylko %n wpis, którego dotyczy ostrzeżenie.</numerusform>
            <numerusform>Pokazano tylko %n wpisy, których dotyczy ostrzeżenie.</numerusform>
            <numerusform>Pokazano tylko %n wpisów, których dotyczy ostrzeżenie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="307"/>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="309"/>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Dodaj nowy wpis (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="310"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>Delete the chosen record (Delete)</source>
        <translation>Usuń wybrany wpis (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="312"/>
        <source>Show all</source>
        <translation>Pokaż wszystkie</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="193"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetGroupsEditor</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="233"/>
        <source>Add a target group</source>
        <translation>Dodaj grupę docelową</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="230"/>
        <source>Representatives, by name</source>
        <translation>Przedstawiciele (imiona i nazwiska)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="234"/>
        <source>No target group yet: to whom does this result matter?</source>
        <translation>Brak grupy docelowej: dla kogo ten rezultat jest ważny?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../desktop/ui/timeline.py" line="72"/>
        <source>Choose a project to see its dissemination.</source>
        <translation>Wybierz projekt, aby zobaczyć jego działania upowszechniające.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="123"/>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="124"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="125"/>
        <source>Last fifth of the project</source>
        <translation>Ostatnia piąta część projektu</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="74"/>
        <source>Enter a date.</source>
        <translation>Podaj datę.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="77"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1” nie jest datą; wpisz ją w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="86"/>
        <source>The end date is before the start date.</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="94"/>
        <source>“%1” is not a known country.</source>
        <translation>„%1” nie jest znanym krajem.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="103"/>
        <location filename="../desktop/domain/validation.py" line="199"/>
        <source>“%1” is not one of the choices.</source>
        <translation>„%1” nie należy do dostępnych opcji.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="115"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Tekst jest za długi (limit znaków: %1).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="118"/>
        <source>This text contains invisible control characters.</source>
        <translation>Tekst zawiera niewidoczne znaki sterujące.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="126"/>
        <location filename="../desktop/domain/validation.py" line="193"/>
        <location filename="../desktop/domain/validation.py" line="223"/>
        <location filename="../desktop/store/projects.py" line="127"/>
        <source>Enter a title.</source>
        <translation>Podaj tytuł.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="166"/>
        <source>Travel days must be between 0 and 14.</source>
        <translation>Liczba dni podróży musi wynosić od 0 do 14.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="171"/>
        <source>Describe the sustainable means of transport.</source>
        <translation>Opisz zrównoważony środek transportu.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="174"/>
        <source>The description may be at most %1 characters.</source>
        <translation>Opis może mieć najwyżej tyle znaków: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="180"/>
        <source>A pupil mobility needs at least one pupil among its participants.</source>
        <translation>Mobilność uczniów wymaga co najmniej jednego ucznia wśród uczestników.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="184"/>
        <source>%1 days is outside the usual %2–%3 days for this activity.</source>
        <translation>Czas trwania (dni: %1) wykracza poza typowy dla tego działania zakres %2–%3 dni.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="195"/>
        <source>The quote is %1 characters long; a poster has room for %2.</source>
        <translation>Cytat jest za długi (liczba znaków: %1); na plakacie mieści się najwyżej %2.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="215"/>
        <source>The consent expires before it was given.</source>
        <translation>Zgoda wygasa przed datą jej udzielenia.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="233"/>
        <source>Enter the date the action was done.</source>
        <translation>Podaj datę realizacji działania.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="237"/>
        <source>Enter the number of people reached (0 or more).</source>
        <translation>Podaj liczbę osób, do których dotarto (0 lub więcej).</translation>
    </message>
    <message>
        <location filename="../desktop/store/people.py" line="57"/>
        <location filename="../desktop/store/projects.py" line="27"/>
        <location filename="../desktop/store/projects.py" line="105"/>
        <source>Enter a name.</source>
        <translation>Podaj nazwę lub imię i nazwisko.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="29"/>
        <source>The file cannot be found.</source>
        <translation>Nie można znaleźć pliku.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="31"/>
        <source>The photo is too large.</source>
        <translation>Zdjęcie jest za duże.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="36"/>
        <source>The photo has too many pixels to be used safely.</source>
        <translation>Zdjęcie ma zbyt wiele pikseli, by można go było bezpiecznie użyć.</translation>
    </message>
    <message>
        <location filename="../desktop/store/stories.py" line="41"/>
        <location filename="../desktop/store/stories.py" line="44"/>
        <source>This file is not an image.</source>
        <translation>Ten plik nie jest obrazem.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/cli_text.py" line="23"/>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="24"/>
        <source>positional arguments</source>
        <translation>argumenty</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="25"/>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="26"/>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="27"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
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
        <translation>wymagane są argumenty: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="30"/>
        <source>unrecognized arguments: %s</source>
        <translation>nieznane argumenty: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>niedozwolona wartość: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="32"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>niepoprawna wartość (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="33"/>
        <source>expected one argument</source>
        <translation>wymagana jest jedna wartość</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="34"/>
        <source>expected at most one argument</source>
        <translation>dozwolona jest najwyżej jedna wartość</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="35"/>
        <source>expected at least one argument</source>
        <translation>wymagana jest co najmniej jedna wartość</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="37"/>
        <source>not allowed with argument %s</source>
        <translation>nie można użyć razem z %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="38"/>
        <source>ignored explicit argument %r</source>
        <translation>pominięto wartość %r</translation>
    </message>
    <message>
        <location filename="../desktop/cli_text.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
</context>
</TS>
