<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="84"/>
        <source>About Vidare</source>
        <translation>O programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="77"/>
        <source>An offline record of a school&apos;s Erasmus+ mobilities, stories and dissemination, with posters and reports.</source>
        <translation>Szkolny rejestr mobilności Erasmus+, historii uczestników i upowszechniania rezultatów – bez internetu, z plakatami i raportami.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="79"/>
        <source>Your data stays on this computer. Vidare never connects to the internet.</source>
        <translation>Twoje dane pozostają na tym komputerze. Vidare nigdy nie łączy się z internetem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="76"/>
        <source>Vidare %1</source>
        <translation>Vidare %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="81"/>
        <source>Licence: EUPL-1.2. Qt %1, Python %2.</source>
        <translation>Licencja: EUPL-1.2. Qt %1, Python %2.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="108"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="109"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="111"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="112"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="113"/>
        <source>Target group</source>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="115"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="116"/>
        <source>Quality standard</source>
        <translation>Standard jakości</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="118"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="121"/>
        <source>Planned for</source>
        <translation>Planowana data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="122"/>
        <source>Done on</source>
        <translation>Data realizacji</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="123"/>
        <source>People reached</source>
        <translation>Liczba odbiorców</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="125"/>
        <source>Responsible</source>
        <translation>Osoba odpowiedzialna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="126"/>
        <source>Evidence (link or file)</source>
        <translation>Potwierdzenie (link lub plik)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="128"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="230"/>
        <source>New dissemination action</source>
        <translation>Nowe działanie upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="181"/>
        <source>(no particular result)</source>
        <translation>(bez konkretnego rezultatu)</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="36"/>
        <source>Action</source>
        <comment>a dissemination action (a talk, an article…), not the project&apos;s key action</comment>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="39"/>
        <source>Channel</source>
        <translation>Kanał</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="46"/>
        <source>Reached</source>
        <translation>Odbiorcy</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../desktop/ui/media.py" line="88"/>
        <source>Attach a file</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="128"/>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="129"/>
        <source>A link, or attach a file</source>
        <translation>Wklej link albo dołącz plik</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="120"/>
        <source>Copy link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="123"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="130"/>
        <source>No file attached</source>
        <translation>Nie dołączono pliku</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media.py" line="96"/>
        <source>The file could not be copied: %1</source>
        <translation>Nie udało się skopiować pliku: %1</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="42"/>
        <source>When Vidare started</source>
        <translation>Przy uruchomieniu programu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="43"/>
        <source>After the day&apos;s work</source>
        <translation>Po dniu pracy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="44"/>
        <source>Backed up by hand</source>
        <translation>Wykonana ręcznie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="45"/>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="46"/>
        <source>Before an import</source>
        <translation>Przed importem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="47"/>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="49"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="49"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="50"/>
        <source>Contents</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="98"/>
        <source>%1 projects, %2 trips, %3 people, %4 stories, %5 photos</source>
        <translation>projekty: %1, wyjazdy: %2, osoby: %3, historie: %4, zdjęcia: %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="190"/>
        <source>Backed up and verified: %1.</source>
        <translation>Kopię zapasową utworzono i sprawdzono: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="243"/>
        <source>The archive was written to %1.</source>
        <translation>Archiwum zapisano w pliku %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="296"/>
        <source>This backup holds another school&apos;s data.</source>
        <translation>Ta kopia zapasowa zawiera dane innej szkoły.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="297"/>
        <source>Restoring it replaces everything in Vidare now with that school&apos;s data. What is here now is backed up first.</source>
        <translation>Jej przywrócenie zastąpi wszystkie obecne dane w programie Vidare danymi tamtej szkoły. Najpierw zostanie utworzona kopia obecnych danych.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="299"/>
        <source>Restore anyway</source>
        <translation>Przywróć mimo to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="301"/>
        <source>This archive holds another school&apos;s data.</source>
        <translation>To archiwum zawiera dane innej szkoły.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="302"/>
        <source>Importing it adds that school&apos;s projects, trips, people and stories to yours. Do it only if the two schools share their work on purpose.</source>
        <translation>Import doda projekty, wyjazdy, osoby i historie tamtej szkoły do Twoich danych. Zrób to tylko wtedy, gdy obie szkoły świadomie dzielą się swoimi danymi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="305"/>
        <source>Import anyway</source>
        <translation>Importuj mimo to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="310"/>
        <source>Another school&apos;s data</source>
        <translation>Dane innej szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="342"/>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="343"/>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="344"/>
        <source>Export archive…</source>
        <translation>Eksportuj archiwum…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="345"/>
        <source>Import archive…</source>
        <translation>Importuj archiwum…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <location filename="../desktop/ui/backups_panel.py" line="201"/>
        <location filename="../desktop/ui/backups_panel.py" line="211"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="200"/>
        <source>What is in Vidare now is backed up first, so nothing is lost.</source>
        <translation>Najpierw zostanie utworzona kopia obecnych danych, więc nic nie zginie.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="215"/>
        <source>Nothing was restored.</source>
        <translation>Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="219"/>
        <source>Restored the backup of %1. What it replaced is kept in the backup of %2.</source>
        <translation>Przywrócono kopię z %1. Zastąpione dane są zachowane w kopii z %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="223"/>
        <source>Restored the backup of %1.</source>
        <translation>Przywrócono kopię z %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="232"/>
        <location filename="../desktop/ui/backups_panel.py" line="240"/>
        <source>Export archive</source>
        <translation>Eksportuj archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="233"/>
        <location filename="../desktop/ui/backups_panel.py" line="252"/>
        <source>Vidare archive (*.zip)</source>
        <translation>Archiwum Vidare (*.zip)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="251"/>
        <location filename="../desktop/ui/backups_panel.py" line="261"/>
        <location filename="../desktop/ui/backups_panel.py" line="265"/>
        <source>Import archive</source>
        <translation>Importuj archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="268"/>
        <source>Nothing was imported.</source>
        <translation>Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="338"/>
        <source>Vidare backs up the database and its photos when it starts and after a day&apos;s work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1.</source>
        <translation>Vidare tworzy kopię zapasową bazy danych i zdjęć przy uruchomieniu i po dniu pracy oraz przechowuje kopie z ostatnich 7 dni, 4 tygodni i 12 miesięcy. Kopie znajdują się w %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="199"/>
        <source>Put back the data as it was on %1?</source>
        <translation>Przywrócić dane do stanu z %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="306"/>
        <source>In the file: %1</source>
        <translation>W pliku: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="307"/>
        <source>Here in Vidare: %1</source>
        <translation>Obecnie w programie Vidare: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="187"/>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="211"/>
        <source>Nothing was restored: %1</source>
        <translation>Niczego nie przywrócono: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="187"/>
        <source>No backup was made: %1</source>
        <translation>Nie utworzono kopii zapasowej: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backups_panel.py" line="240"/>
        <source>The archive was not written: %1</source>
        <translation>Nie zapisano archiwum: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="32"/>
        <source>%n record(s) added</source>
        <translation>
            <numerusform>dodano %n wpis</numerusform>
            <numerusform>dodano %n wpisy</numerusform>
            <numerusform>dodano %n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="33"/>
        <source>%n updated</source>
        <translation>
            <numerusform>zaktualizowano %n</numerusform>
            <numerusform>zaktualizowano %n</numerusform>
            <numerusform>zaktualizowano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="34"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>usunięto %n</numerusform>
            <numerusform>usunięto %n</numerusform>
            <numerusform>usunięto %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_words.py" line="35"/>
        <source>Imported: %1. The data as it was before is kept in a backup.</source>
        <translation>Zaimportowano archiwum: %1. Dane sprzed importu zachowano w kopii zapasowej.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="38"/>
        <source>%n record(s) were changed both here and in the archive&apos;s copy: this computer&apos;s version is kept, and the other waits for your choice under Import.</source>
        <translation>
            <numerusform>Zarówno tutaj, jak i w kopii z archiwum zmieniono %n wpis: zachowano wersję z tego komputera, a wersja z archiwum czeka na Twoją decyzję w sekcji Import.</numerusform>
            <numerusform>Zarówno tutaj, jak i w kopii z archiwum zmieniono %n wpisy: zachowano wersje z tego komputera, a wersje z archiwum czekają na Twoją decyzję w sekcji Import.</numerusform>
            <numerusform>Zarówno tutaj, jak i w kopii z archiwum zmieniono %n wpisów: zachowano wersje z tego komputera, a wersje z archiwum czekają na Twoją decyzję w sekcji Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_words.py" line="43"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>W kopii z archiwum trwale usunięto dane %n osoby, więc usunięto je również tutaj.</numerusform>
            <numerusform>W kopii z archiwum trwale usunięto dane %n osób, więc usunięto je również tutaj.</numerusform>
            <numerusform>W kopii z archiwum trwale usunięto dane %n osób, więc usunięto je również tutaj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="48"/>
        <source>Group mobility of pupils</source>
        <translation>Grupowa mobilność uczniów</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="51"/>
        <source>Short-term learning mobility of pupils</source>
        <translation>Krótkoterminowa mobilność edukacyjna uczniów</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="54"/>
        <source>Long-term learning mobility of pupils</source>
        <translation>Długoterminowa mobilność edukacyjna uczniów</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="56"/>
        <source>Job shadowing</source>
        <translation>Job shadowing (obserwacja pracy)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="57"/>
        <source>Teaching assignment</source>
        <translation>Zadanie dydaktyczne</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="58"/>
        <source>Course or training</source>
        <translation>Kurs lub szkolenie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="60"/>
        <source>Invited expert</source>
        <translation>Zaproszony ekspert</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="63"/>
        <source>Hosting teachers and educators in training</source>
        <translation>Przyjmowanie nauczycieli i edukatorów odbywających szkolenie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="65"/>
        <source>Preparatory visit</source>
        <translation>Wizyta przygotowawcza</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="72"/>
        <source>Teacher</source>
        <translation>Nauczyciel</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="73"/>
        <source>Other staff</source>
        <translation>Inny pracownik</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="74"/>
        <source>Pupil</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="78"/>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="79"/>
        <source>Accompanying person</source>
        <translation>Osoba towarzysząca</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="80"/>
        <source>Lead accompanying person</source>
        <translation>Kierownik grupy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="84"/>
        <location filename="../desktop/domain/catalogues.py" line="173"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="85"/>
        <location filename="../desktop/domain/catalogues.py" line="174"/>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="86"/>
        <location filename="../desktop/domain/catalogues.py" line="175"/>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="90"/>
        <source>Not sent</source>
        <translation>Niewysłane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="91"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="92"/>
        <source>Submitted</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="96"/>
        <source>Train</source>
        <translation>Pociąg</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="97"/>
        <source>Bus or coach</source>
        <translation>Autobus lub autokar</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="98"/>
        <source>Shared car</source>
        <translation>Wspólny przejazd samochodem</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="99"/>
        <source>Bicycle or on foot</source>
        <translation>Rower lub pieszo</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="100"/>
        <source>Other sustainable means</source>
        <translation>Inny zrównoważony środek transportu</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="102"/>
        <source>Ferry</source>
        <translation>Prom</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="103"/>
        <source>Car</source>
        <translation>Samochód</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="104"/>
        <source>Plane</source>
        <translation>Samolot</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="109"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="110"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="111"/>
        <source>Local press</source>
        <translation>Prasa lokalna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="112"/>
        <source>Specialist press or report</source>
        <translation>Prasa specjalistyczna lub raport</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="113"/>
        <source>Seminar or meeting</source>
        <translation>Seminarium lub spotkanie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="114"/>
        <source>Staff meeting</source>
        <translation>Rada pedagogiczna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="115"/>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="116"/>
        <source>Exhibition</source>
        <translation>Wystawa</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="117"/>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="118"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="119"/>
        <source>Open event</source>
        <translation>Wydarzenie otwarte</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="120"/>
        <source>Parents&apos; meeting</source>
        <translation>Zebranie z rodzicami</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="121"/>
        <source>Visit to or from another school or municipality</source>
        <translation>Wizyta studyjna w innej szkole lub gminie albo gości u nas</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="123"/>
        <source>Networks</source>
        <translation>Sieci współpracy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="124"/>
        <source>Project Results Platform</source>
        <translation>Platforma Rezultatów Projektów Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="125"/>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="126"/>
        <source>Poster in school</source>
        <translation>Plakat w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="127"/>
        <location filename="../desktop/domain/catalogues.py" line="142"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="131"/>
        <source>Pupils</source>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="132"/>
        <source>Parents and guardians</source>
        <translation>Rodzice i opiekunowie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="133"/>
        <source>Colleagues at our school</source>
        <translation>Pracownicy naszej szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="134"/>
        <source>Teachers at other schools</source>
        <translation>Nauczyciele z innych szkół</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="135"/>
        <source>School leaders</source>
        <translation>Dyrektorzy szkół</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="136"/>
        <source>Municipality or school owner</source>
        <translation>Organ prowadzący szkołę</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="137"/>
        <source>Policy makers</source>
        <translation>Decydenci</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="138"/>
        <source>Local community</source>
        <translation>Społeczność lokalna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="139"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="140"/>
        <source>Partner organisations</source>
        <translation>Organizacje partnerskie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="141"/>
        <source>Teacher education</source>
        <translation>Uczelnie kształcące nauczycieli</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="146"/>
        <source>Primary</source>
        <translation>Główna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="147"/>
        <source>Secondary</source>
        <translation>Drugorzędna</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="151"/>
        <source>Local</source>
        <translation>Lokalny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="152"/>
        <source>Regional</source>
        <translation>Regionalny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="153"/>
        <source>National</source>
        <translation>Krajowy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="154"/>
        <source>European</source>
        <translation>Europejski</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="158"/>
        <source>Sharing within the school</source>
        <translation>Dzielenie się rezultatami w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="160"/>
        <source>Sharing with other organisations and the public</source>
        <translation>Dzielenie się rezultatami z innymi organizacjami i opinią publiczną</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="161"/>
        <source>Acknowledging EU funding</source>
        <translation>Informowanie o finansowaniu z UE</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="165"/>
        <source>Spread knowledge</source>
        <translation>Upowszechnianie wiedzy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="166"/>
        <source>Widen the school&apos;s influence</source>
        <translation>Rozszerzanie wpływu szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="167"/>
        <source>Influence policy and practice</source>
        <translation>Wywieranie wpływu na politykę i praktykę</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="168"/>
        <source>Build partnerships</source>
        <translation>Rozwijanie nowych partnerstw</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="169"/>
        <source>Raise the school&apos;s profile</source>
        <translation>Podnoszenie prestiżu szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="179"/>
        <source>New pedagogical ideas</source>
        <translation>Nowe pomysły pedagogiczne</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="180"/>
        <source>International competence</source>
        <translation>Kompetencje międzynarodowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="181"/>
        <source>Motivation</source>
        <translation>Motywacja</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="182"/>
        <source>Subject knowledge</source>
        <translation>Wiedza przedmiotowa</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="183"/>
        <source>Intercultural skills</source>
        <translation>Umiejętności międzykulturowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="184"/>
        <source>Language skills</source>
        <translation>Umiejętności językowe</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="185"/>
        <source>Professional networks</source>
        <translation>Sieci kontaktów zawodowych</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="186"/>
        <source>Self-confidence</source>
        <translation>Pewność siebie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="190"/>
        <source>Tangible</source>
        <translation>Materialny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="191"/>
        <source>Intangible</source>
        <translation>Niematerialny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="195"/>
        <source>KA121-SCH Accredited mobility</source>
        <translation>KA121-SCH Projekt akredytowany</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="196"/>
        <source>KA122-SCH Short-term mobility project</source>
        <translation>KA122-SCH Projekt krótkoterminowy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="197"/>
        <source>KA210-SCH Small-scale partnership</source>
        <translation>KA210-SCH Partnerstwo na małą skalę</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="198"/>
        <source>KA220-SCH Cooperation partnership</source>
        <translation>KA220-SCH Partnerstwo współpracy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="199"/>
        <source>eTwinning project</source>
        <translation>Projekt eTwinning</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="200"/>
        <source>Other project</source>
        <translation>Inny projekt</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="204"/>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="205"/>
        <source>FERS on Erasmus+ rules (Poland)</source>
        <translation>FERS na zasadach programu Erasmus+</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="206"/>
        <source>Other funding</source>
        <translation>Inne finansowanie</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="210"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="211"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="212"/>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="216"/>
        <source>The person</source>
        <translation>Osoba, której dotyczy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="217"/>
        <source>A guardian</source>
        <translation>Opiekun prawny</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="221"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="222"/>
        <source>First name only</source>
        <translation>Tylko imię</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="223"/>
        <source>No name</source>
        <translation>Bez imienia i nazwiska</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="227"/>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="228"/>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="233"/>
        <source>Print inside the school</source>
        <translation>Wydruki do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="234"/>
        <source>Print for the public</source>
        <translation>Wydruki dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="235"/>
        <source>Online</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="238"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../desktop/domain/catalogues.py" line="239"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>CheckPeopleList</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="338"/>
        <source>Find a person…</source>
        <translation>Znajdź osobę…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli.py" line="166"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="167"/>
        <source>DIR</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="168"/>
        <source>REF</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="169"/>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="170"/>
        <source>BACKUP</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="171"/>
        <source>ARCHIVE</source>
        <translation>ARCHIWUM</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="172"/>
        <source>COMMAND</source>
        <translation>POLECENIE</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="173"/>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="174"/>
        <source>AREA</source>
        <translation>OBSZAR</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="260"/>
        <source>Give the new database with %1.</source>
        <translation>Podaj nową bazę danych w opcji %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="263"/>
        <source>--scale must be a whole number from 1 to 10000.</source>
        <translation>--scale musi być liczbą całkowitą od 1 do 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="270"/>
        <source>%1 is not empty; the demo school is only written into an empty database.</source>
        <translation>Baza %1 nie jest pusta; szkołę demonstracyjną można zapisać tylko w pustej bazie danych.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="274"/>
        <source>%1: demo school (%2) with %3</source>
        <translation>%1: szkoła demonstracyjna (%2): %3</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="292"/>
        <source>%1 was saved by a newer Vidare (data version %2); install the newer Vidare to use it.</source>
        <translation>Bazę %1 zapisano w nowszej wersji programu Vidare (wersja danych %2); aby z niej korzystać, zainstaluj nowszą wersję programu.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="303"/>
        <source>%1: healthy — %2 (data version %3)</source>
        <translation>%1: baza w dobrym stanie — %2 (wersja danych %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="17"/>
        <source>Planning poster</source>
        <translation>Plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="18"/>
        <source>Blank planning poster</source>
        <translation>Pusty plakat do planowania</translation>
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
        <location filename="../desktop/cli_print.py" line="59"/>
        <source>--from must not be after --to.</source>
        <translation>Data --from nie może być późniejsza niż data --to.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="93"/>
        <source>Give the project with %1.</source>
        <translation>Podaj projekt w opcji %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="118"/>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 nie jest datą; podaj ją w formacie %2.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="126"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 to folder; podaj nazwę pliku PDF do zapisania.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="129"/>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="80"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="102"/>
        <source>More than one project&apos;s grant agreement number or title starts with &quot;%1&quot;: give more of it, or the whole number (%2).</source>
        <translation>Numer umowy lub tytuł więcej niż jednego projektu zaczyna się od „%1”: podaj dłuższy fragment albo pełny numer (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="106"/>
        <source>No project has the id %1, or a grant agreement number or title starting with it.</source>
        <translation>Nie ma projektu o identyfikatorze %1 ani projektu, którego numer umowy lub tytuł zaczyna się od tych znaków.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="141"/>
        <source>%1 cannot be written.</source>
        <translation>Nie można zapisać pliku %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="32"/>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>Nie udało się sprawdzić kopii zapasowej, więc jej nie zachowano: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="31"/>
        <source>%1 is not a Vidare backup folder.</source>
        <translation>%1 nie jest folderem kopii zapasowych programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="20"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4); if it no longer runs there, take it over with “vidare unlock --db %1”.</source>
        <translation>Plik %1 jest już otwarty w programie Vidare (użytkownik %2 na komputerze %3, od %4); jeśli program już tam nie działa, przejmij plik poleceniem „vidare unlock --db %1”.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="23"/>
        <source>%1 is open in a Vidare running right now (%2 on %3, since %4); close it there first.</source>
        <translation>Plik %1 jest otwarty w programie Vidare, który właśnie działa (użytkownik %2 na komputerze %3, od %4); najpierw zamknij go tam.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="26"/>
        <source>%1 holds the data of another school (%2), not of %3; to take it in anyway, add --other-school.</source>
        <translation>%1 zawiera dane innej szkoły (%2), a nie tej szkoły (%3); aby mimo to je przyjąć, dodaj --other-school.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="29"/>
        <source>The folder %1 does not exist, so nothing was written.</source>
        <translation>Folder %1 nie istnieje, więc nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="34"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Kopia zapasowa jest uszkodzona i nie została przywrócona: %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="37"/>
        <source>%1: backed up to %2 (%3) and checked against the database table by table: %4.</source>
        <translation>%1: utworzono kopię zapasową w folderze %2 (%3) i porównano ją z bazą danych tabela po tabeli: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="39"/>
        <source>%n backup(s) kept in %1, the newest from %2, the oldest from %3.</source>
        <translation>
            <numerusform>W folderze %1 przechowywana jest %n kopia zapasowa, najnowsza z %2, najstarsza z %3.</numerusform>
            <numerusform>W folderze %1 przechowywane są %n kopie zapasowe, najnowsza z %2, najstarsza z %3.</numerusform>
            <numerusform>W folderze %1 przechowywanych jest %n kopii zapasowych, najnowsza z %2, najstarsza z %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="41"/>
        <source>%1: restored the backup of %2: %3.</source>
        <translation>%1: przywrócono kopię zapasową z %2: %3.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="42"/>
        <source>What it replaced is kept in the backup %1.</source>
        <translation>Zastąpione dane zachowano w kopii zapasowej %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="43"/>
        <source>The damaged database was kept as %1.</source>
        <translation>Uszkodzoną bazę danych zachowano jako %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="44"/>
        <source>%n person(s) erased since that backup was made were erased again.</source>
        <translation>
            <numerusform>Ponownie usunięto dane %n osoby usuniętej trwale po utworzeniu tej kopii.</numerusform>
            <numerusform>Ponownie usunięto dane %n osób usuniętych trwale po utworzeniu tej kopii.</numerusform>
            <numerusform>Ponownie usunięto dane %n osób usuniętych trwale po utworzeniu tej kopii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="46"/>
        <source>%1: exported to %2 (%3): %4.</source>
        <translation>%1: wyeksportowano do pliku %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="47"/>
        <source>%1: imported %2.</source>
        <translation>%1: zaimportowano %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="48"/>
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>Dodano %n wpis.</numerusform>
            <numerusform>Dodano %n wpisy.</numerusform>
            <numerusform>Dodano %n wpisów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="49"/>
        <source>%n record(s) updated (changed in the archive&apos;s copy).</source>
        <translation>
            <numerusform>Zaktualizowano %n wpis (zmieniony w kopii z archiwum).</numerusform>
            <numerusform>Zaktualizowano %n wpisy (zmienione w kopii z archiwum).</numerusform>
            <numerusform>Zaktualizowano %n wpisów (zmienionych w kopii z archiwum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="50"/>
        <source>%n record(s) deleted (deleted in the archive&apos;s copy).</source>
        <translation>
            <numerusform>Usunięto %n wpis (usunięty w kopii z archiwum).</numerusform>
            <numerusform>Usunięto %n wpisy (usunięte w kopii z archiwum).</numerusform>
            <numerusform>Usunięto %n wpisów (usuniętych w kopii z archiwum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="51"/>
        <source>%n record(s) left out (deleted or erased here).</source>
        <translation>
            <numerusform>Pominięto %n wpis (usunięty lub trwale usunięty na tym komputerze).</numerusform>
            <numerusform>Pominięto %n wpisy (usunięte lub trwale usunięte na tym komputerze).</numerusform>
            <numerusform>Pominięto %n wpisów (usuniętych lub trwale usuniętych na tym komputerze).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="52"/>
        <source>%n media file(s) added.</source>
        <translation>
            <numerusform>Dodano %n plik multimedialny.</numerusform>
            <numerusform>Dodano %n pliki multimedialne.</numerusform>
            <numerusform>Dodano %n plików multimedialnych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="53"/>
        <source>Nothing in it was new to this database.</source>
        <translation>Archiwum nie wniosło do tej bazy danych niczego nowego.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="54"/>
        <source>It is the only backup kept in %1 so far.</source>
        <translation>To na razie jedyna kopia zapasowa w folderze %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="55"/>
        <source>%n record(s) changed in both copies: this computer&apos;s version is kept, the other waits in Settings → Import.</source>
        <translation>
            <numerusform>%n wpis zmieniono w obu kopiach: zachowano wersję z tego komputera, a wersja z drugiej kopii czeka na stronie Ustawienia → Import.</numerusform>
            <numerusform>%n wpisy zmieniono w obu kopiach: zachowano wersje z tego komputera, a wersje z drugiej kopii czekają na stronie Ustawienia → Import.</numerusform>
            <numerusform>%n wpisów zmieniono w obu kopiach: zachowano wersje z tego komputera, a wersje z drugiej kopii czekają na stronie Ustawienia → Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="58"/>
        <source>%n person(s) erased in the archive&apos;s copy were erased here too.</source>
        <translation>
            <numerusform>W kopii z archiwum trwale usunięto dane %n osoby, więc usunięto je również tutaj.</numerusform>
            <numerusform>W kopii z archiwum trwale usunięto dane %n osób, więc usunięto je również tutaj.</numerusform>
            <numerusform>W kopii z archiwum trwale usunięto dane %n osób, więc usunięto je również tutaj.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="60"/>
        <source>The data as it was before the import is kept in the backup %1.</source>
        <translation>Dane sprzed importu zachowano w kopii zapasowej %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_safety.py" line="62"/>
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n plik multimedialny</numerusform>
            <numerusform>%n pliki multimedialne</numerusform>
            <numerusform>%n plików multimedialnych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="63"/>
        <source>%1 was not locked.</source>
        <translation>Plik %1 nie był zablokowany.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="64"/>
        <source>%1 was locked by %2 on %3 (since %4); that lock is now removed.</source>
        <translation>Plik %1 był zablokowany przez użytkownika %2 na komputerze %3 (od %4); tę blokadę właśnie zdjęto.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="30"/>
        <source>%1 is a folder; give a file name for the archive.</source>
        <translation>%1 to folder; podaj nazwę pliku archiwum.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_safety.py" line="35"/>
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
        <source>the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-000123456) or its first part, its id, or the first words of its title</source>
        <translation>projekt: numer umowy (np. 2025-1-PL01-KA122-SCH-000123456) lub jego początek, identyfikator albo początek tytułu</translation>
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
        <translation>kto będzie to oglądać: public – odbiorcy zewnętrzni (domyślnie dla plakatów) albo internal – tylko szkoła (domyślnie dla raportów); zdjęcie, historia lub imię i nazwisko pojawia się tylko wtedy, gdy zgoda tej osoby obejmuje dziś takie wykorzystanie</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="109"/>
        <source>%1, as %2 (default: %3)</source>
        <translation>%1 w formacie %2 (domyślnie: %3)</translation>
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
        <translation>kraj szkoły demonstracyjnej: SE, NO lub PL (domyślnie: kraj odpowiadający językowi)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="83"/>
        <source>repeat the school&apos;s history N times, each copy a school year earlier, to try Vidare with a large database (1 to 10000; default 1)</source>
        <translation>powtórz historię szkoły N razy, przesuwając każdą kopię o rok szkolny wstecz, aby wypróbować Vidare na dużej bazie danych (od 1 do 10000; domyślnie 1)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="89"/>
        <source>posters</source>
        <translation>plakaty</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="90"/>
        <source>the planning poster: each result&apos;s target groups, channels, timing and indicators</source>
        <translation>plakat do planowania: grupy docelowe, kanały, terminy i wskaźniki każdego rezultatu</translation>
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
        <translation>raport z projektu – materiał do raportu końcowego dla Narodowej Agencji</translation>
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
        <source>write the database and its photos and files to one archive file, or its lists to spreadsheets</source>
        <translation>zapisz bazę danych wraz ze zdjęciami i plikami w jednym pliku archiwum albo jej listy w arkuszach kalkulacyjnych</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="135"/>
        <source>the archive or spreadsheet file to write (a folder for CSV files of every area)</source>
        <translation>plik archiwum lub arkusza do zapisania (albo folder na pliki CSV wszystkich obszarów)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="137"/>
        <source>merge an archive from another computer, or a spreadsheet, into the database</source>
        <translation>scal z bazą danych archiwum z innego komputera albo arkusz kalkulacyjny</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="140"/>
        <source>the archive, Vidare workbook, XLSX or CSV list to take in</source>
        <translation>archiwum, skoroszyt Vidare albo lista XLSX lub CSV do zaimportowania</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="144"/>
        <source>take over a lock left by another computer, after saying whose it is</source>
        <translation>przejmij blokadę pozostawioną przez inny komputer (najpierw pokazuje, czyja jest)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="150"/>
        <source>open every page and build every document, timing each, then exit</source>
        <translation>otwórz każdą stronę i utwórz każdy dokument, mierząc czas, a potem zakończ</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="152"/>
        <source>the database to try (default: a new demo school)</source>
        <translation>baza danych do sprawdzenia (domyślnie: nowa szkoła demonstracyjna)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="154"/>
        <source>save a picture of every page and document in this folder</source>
        <translation>zapisz obraz każdej strony i każdego dokumentu w tym folderze</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="156"/>
        <source>type a new coordinator&apos;s first evening into the window, with real key presses, and check every value in the database</source>
        <translation>odtwórz w oknie, klawisz po klawiszu, pierwszy wieczór pracy nowego koordynatora i sprawdź każdą wartość w bazie danych</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="299"/>
        <source>%1: %2 (the first: %3)</source>
        <translation>%1: %2 (pierwszy: %3)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="143"/>
        <source>take in another school&apos;s data (refused without it)</source>
        <translation>przyjmij dane innej szkoły (bez tej opcji są odrzucane)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <source>the first day</source>
        <translation>pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="111"/>
        <location filename="../desktop/cli.py" line="113"/>
        <location filename="../desktop/cli_print.py" line="119"/>
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
        <location filename="../desktop/cli.py" line="300"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>znaleziono %n problem</numerusform>
            <numerusform>znaleziono %n problemy</numerusform>
            <numerusform>znaleziono %n problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_print.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_print.py" line="146"/>
        <source>%1: %2, %3, written to %4</source>
        <translation>%1: %2, %3, zapisano w pliku %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="92"/>
        <source>%1: wrote %n row(s) to %2</source>
        <translation>
            <numerusform>%1: zapisano %n wiersz w %2</numerusform>
            <numerusform>%1: zapisano %n wiersze w %2</numerusform>
            <numerusform>%1: zapisano %n wierszy w %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="191"/>
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>Nie zaimportowano %n wiersza:</numerusform>
            <numerusform>Nie zaimportowano %n wierszy:</numerusform>
            <numerusform>Nie zaimportowano %n wierszy:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="30"/>
        <source>write spreadsheets instead of an archive</source>
        <translation>zapisz arkusze kalkulacyjne zamiast archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="32"/>
        <source>only this area (for example mobility)</source>
        <translation>tylko ten obszar (na przykład mobility)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="34"/>
        <source>name everyone, whatever their consent (for the data protection officer)</source>
        <translation>uwzględnij imiona i nazwiska wszystkich osób niezależnie od ich zgody (dla inspektora ochrony danych)</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="37"/>
        <source>what a list that is not a Vidare workbook holds</source>
        <translation>co zawiera lista, która nie jest skoroszytem Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="39"/>
        <source>the project of rows that name none</source>
        <translation>projekt dla wierszy, w których go nie podano</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="67"/>
        <source>%1 is not an area Vidare exports; choose one of %2.</source>
        <translation>Vidare nie eksportuje obszaru %1; wybierz jeden z obszarów: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="95"/>
        <source>%n person(s) whose consent does not cover use inside the school are shown by role and initials only.</source>
        <translation>
            <numerusform>%n osoba, której zgoda nie obejmuje użytku w szkole, występuje tylko z rolą i inicjałami.</numerusform>
            <numerusform>%n osoby, których zgoda nie obejmuje użytku w szkole, występują tylko z rolą i inicjałami.</numerusform>
            <numerusform>%n osób, których zgoda nie obejmuje użytku w szkole, występuje tylko z rolą i inicjałami.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="149"/>
        <source>No column of %1 could be matched to %2; import it in the window, where you can match the columns yourself.</source>
        <translation>Żadnej kolumny pliku %1 nie udało się dopasować do pól: %2; zaimportuj go w oknie programu, gdzie kolumny można dopasować ręcznie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="178"/>
        <source>%1: imported %2 — %n row(s) added</source>
        <translation>
            <numerusform>%1: zaimportowano %2 — dodano %n wiersz</numerusform>
            <numerusform>%1: zaimportowano %2 — dodano %n wiersze</numerusform>
            <numerusform>%1: zaimportowano %2 — dodano %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="181"/>
        <source>%1: nothing from %2 was added.</source>
        <translation>%1: z pliku %2 nic nie dodano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/cli_sheets.py" line="184"/>
        <source>%n row(s) were already in Vidare and added nothing.</source>
        <translation>
            <numerusform>%n wiersz był już w programie Vidare, więc nic z niego nie dodano.</numerusform>
            <numerusform>%n wiersze były już w programie Vidare, więc nic z nich nie dodano.</numerusform>
            <numerusform>%n wierszy było już w programie Vidare, więc nic z nich nie dodano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="187"/>
        <source>The state before the import is kept in the backup %1</source>
        <translation>Stan sprzed importu zachowano w kopii zapasowej %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="193"/>
        <source>row %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="198"/>
        <source>They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>Zapisano je wraz z opisem błędów w pliku %1; popraw je tam i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="57"/>
        <source>--table and --for-dpo need --format xlsx or --format csv.</source>
        <translation>--table i --for-dpo wymagają opcji --format xlsx lub --format csv.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="160"/>
        <source>There is no project %1.</source>
        <translation>Nie ma projektu %1.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_sheets.py" line="74"/>
        <source>%1 is a folder; give a file name for the workbook.</source>
        <translation>%1 to folder; podaj nazwę pliku skoroszytu.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="49"/>
        <location filename="../desktop/ui/dialogs.py" line="57"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="56"/>
        <source>Nothing else is deleted with it.</source>
        <translation>Nic więcej nie zostanie usunięte.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Delete “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="53"/>
        <source>These are deleted with it: %1.</source>
        <translation>Zostaną usunięte również: %1.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="23"/>
        <source>School</source>
        <translation>Szkoła</translation>
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
        <translation>Organizacja partnerska</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="26"/>
        <source>Result</source>
        <comment>a result of a project</comment>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="27"/>
        <source>Target group</source>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="28"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="29"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="30"/>
        <source>Mobility</source>
        <translation>Mobilność</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="31"/>
        <source>Place on a trip</source>
        <translation>Udział w wyjeździe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="32"/>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="33"/>
        <source>Story author</source>
        <translation>Autor historii</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="34"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="35"/>
        <source>Person in a photo</source>
        <translation>Osoba na zdjęciu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="36"/>
        <source>Dissemination action</source>
        <comment>a talk, an article…, not the project&apos;s key action</comment>
        <translation>Działanie upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="38"/>
        <source>Responsible person</source>
        <translation>Osoba odpowiedzialna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="42"/>
        <source>Scanned form</source>
        <translation>Zeskanowany formularz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="43"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="44"/>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="45"/>
        <source>Picture file</source>
        <translation>Plik zdjęcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="46"/>
        <source>Order</source>
        <comment>the position in a list, not a command</comment>
        <translation>Kolejność</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="47"/>
        <source>FERS marking</source>
        <translation>Oznakowanie FERS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="48"/>
        <source>School year starts in</source>
        <translation>Początek roku szkolnego</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="111"/>
        <source>a file that is not on this computer</source>
        <translation>plik, którego nie ma na tym komputerze</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="113"/>
        <source>%1 file, %2</source>
        <comment>the value of a field that holds a file: %1 is its type (PDF, PNG, JPEG), %2 its size (32 kB)</comment>
        <translation>plik %1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="122"/>
        <source>As usual in the school&apos;s country</source>
        <translation>Jak przyjęto w kraju szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="124"/>
        <location filename="../desktop/ui/conflict_words.py" line="154"/>
        <source>(empty)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="104"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="133"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflict_words.py" line="133"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="206"/>
        <source>Field</source>
        <comment>one field of a record: its title, a date…</comment>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="208"/>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="208"/>
        <source>The other copy</source>
        <translation>Druga kopia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="286"/>
        <source>Decided: %1.</source>
        <translation>Rozstrzygnięto: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="304"/>
        <source>When an imported archive and this computer have both changed the same record, Vidare keeps this computer&apos;s version and the other waits here. Choose field by field what to keep; fields not listed are the same in both.</source>
        <translation>Gdy ten sam wpis zmieniono zarówno w zaimportowanym archiwum, jak i na tym komputerze, Vidare zachowuje wersję z tego komputera, a druga wersja czeka tutaj. Dla każdego pola wybierz, którą wartość zachować; pola, których tu nie ma, są w obu wersjach takie same.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="315"/>
        <source>Nothing changes until you press the button below.</source>
        <translation>Nic się nie zmieni, dopóki nie klikniesz przycisku poniżej.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="316"/>
        <source>All from this computer</source>
        <translation>Wszystko z tego komputera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="317"/>
        <source>All from the other copy</source>
        <translation>Wszystko z drugiej kopii</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="318"/>
        <source>Keep what is chosen</source>
        <translation>Zachowaj wybrane</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/conflicts_panel.py" line="187"/>
        <source>%n record(s) wait for your choice.</source>
        <translation>
            <numerusform>%n wpis czeka na Twoją decyzję.</numerusform>
            <numerusform>%n wpisy czekają na Twoją decyzję.</numerusform>
            <numerusform>%n wpisów czeka na Twoją decyzję.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="188"/>
        <source>No record waits for a choice.</source>
        <translation>Żaden wpis nie czeka na decyzję.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="309"/>
        <source>Record</source>
        <comment>a stored record (a project, a person, a trip…), not the verb</comment>
        <translation>Wpis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="311"/>
        <source>From the archive</source>
        <comment>a column: the file name of the imported archive</comment>
        <translation>Archiwum</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conflicts_panel.py" line="313"/>
        <source>Found on</source>
        <comment>a column: the day the import found the two versions</comment>
        <translation>Data wykrycia</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="65"/>
        <source>Printing inside the school is blocked. Without consent: %1.</source>
        <translation>Wydruki do użytku w szkole są zablokowane. Brak zgody: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="67"/>
        <source>Printing for the public is blocked. Without consent: %1.</source>
        <translation>Wydruki dla odbiorców zewnętrznych są zablokowane. Brak zgody: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="68"/>
        <source>Online use is blocked. Without consent: %1.</source>
        <translation>Publikacja w internecie jest zablokowana. Brak zgody: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="71"/>
        <source>Printed inside the school without some photos. Without consent: %1.</source>
        <translation>Wydruki do użytku w szkole – bez niektórych zdjęć. Brak zgody: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="73"/>
        <source>Printed for the public without some photos. Without consent: %1.</source>
        <translation>Wydruki dla odbiorców zewnętrznych – bez niektórych zdjęć. Brak zgody: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="75"/>
        <source>Online without some photos. Without consent: %1.</source>
        <translation>Internet – bez niektórych zdjęć. Brak zgody: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/consent_badge.py" line="129"/>
        <source>%n more</source>
        <translation>
            <numerusform>jeszcze %n osoba</numerusform>
            <numerusform>jeszcze %n osoby</numerusform>
            <numerusform>jeszcze %n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="36"/>
        <source>Protected identity: this person&apos;s name, photos and stories never appear anywhere.</source>
        <translation>Chroniona tożsamość: imię i nazwisko, zdjęcia i historie tej osoby nigdy nigdzie się nie pojawiają.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="39"/>
        <source>No consent recorded: this person&apos;s photos and stories may not be used anywhere.</source>
        <translation>Brak zapisanej zgody: zdjęć i historii tej osoby nie wolno nigdzie wykorzystywać.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="43"/>
        <source>Consent withdrawn: take this person&apos;s photos and stories down wherever they appear.</source>
        <translation>Zgoda wycofana: usuń zdjęcia i historie tej osoby wszędzie, gdzie się pojawiają.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="49"/>
        <source>Photos may appear: %1.</source>
        <translation>Zgoda na zdjęcia: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="49"/>
        <source>Photos may not appear anywhere.</source>
        <translation>Brak zgody na zdjęcia: nie mogą się nigdzie pojawić.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="50"/>
        <source>Stories may appear: %1.</source>
        <translation>Zgoda na historie: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="50"/>
        <source>Stories may not appear anywhere.</source>
        <translation>Brak zgody na historie: nie mogą się nigdzie pojawić.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="97"/>
        <source>No authors or people in its photos are recorded yet; add them so that consent can be checked.</source>
        <translation>Nie zapisano jeszcze autorów ani osób na zdjęciach; dodaj ich, aby można było sprawdzić zgody.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="117"/>
        <source>May appear everywhere: inside the school, in print for the public and online.</source>
        <translation>Może się pojawić wszędzie: na wydrukach do użytku w szkole i dla odbiorców zewnętrznych oraz w internecie.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="46"/>
        <source>Consent expired: ask for a new one.</source>
        <translation>Zgoda wygasła: poproś o nową.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="56"/>
        <source>Name shown as: %1.</source>
        <translation>Podpis w materiałach: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="93"/>
        <source>This story never appears anywhere: an author has a protected identity. Author: %1.</source>
        <translation>Ta historia nigdzie się nie pojawi, bo chronioną tożsamość ma ktoś z jej autorów: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/consent_badge.py" line="100"/>
        <source>Photos showing a protected identity are always left out. Person: %1.</source>
        <translation>Zdjęcia, na których jest osoba z chronioną tożsamością, są zawsze pomijane. Osoba: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="96"/>
        <source>Given by</source>
        <translation>Kto udzielił zgody</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="98"/>
        <source>May appear</source>
        <translation>Zakres zgody</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="100"/>
        <source>Given on</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="101"/>
        <source>Name shown as</source>
        <translation>Podpis w materiałach</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="103"/>
        <source>Expires on</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="104"/>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="105"/>
        <source>Scanned form</source>
        <translation>Zeskanowany formularz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="191"/>
        <source>Consent withdrawn</source>
        <translation>Wycofanie zgody</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="195"/>
        <source>From today this person&apos;s photos, stories and name are left out of every document, and the take-down list shows where they have appeared.</source>
        <translation>Od dziś zdjęcia, historie oraz imię i nazwisko tej osoby są pomijane we wszystkich dokumentach, a lista materiałów do usunięcia pokazuje, gdzie już się pojawiły.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="198"/>
        <source>Record the withdrawal</source>
        <translation>Zapisz wycofanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="228"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="229"/>
        <source>Record a new consent</source>
        <translation>Zapisz nową zgodę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="230"/>
        <source>Withdrawn today…</source>
        <translation>Zapisz wycofanie zgody…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="231"/>
        <source>Undo the withdrawal</source>
        <translation>Cofnij wycofanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/consent_editor.py" line="193"/>
        <source>Record that this consent was withdrawn today? Person: %1</source>
        <translation>Zapisać, że ta zgoda została dziś wycofana? Osoba: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="24"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n nauczyciel</numerusform>
            <numerusform>%n nauczycieli</numerusform>
            <numerusform>%n nauczycieli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="25"/>
        <source>%n other staff member(s)</source>
        <translation>
            <numerusform>%n inny pracownik</numerusform>
            <numerusform>%n innych pracowników</numerusform>
            <numerusform>%n innych pracowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="26"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n uczeń</numerusform>
            <numerusform>%n uczniów</numerusform>
            <numerusform>%n uczniów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="30"/>
        <location filename="../desktop/i18n/counts.py" line="37"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="31"/>
        <source>%n accompanying person(s)</source>
        <translation>
            <numerusform>%n osoba towarzysząca</numerusform>
            <numerusform>%n osoby towarzyszące</numerusform>
            <numerusform>%n osób towarzyszących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="32"/>
        <source>%n lead accompanying person(s)</source>
        <translation>
            <numerusform>%n kierownik grupy</numerusform>
            <numerusform>%n kierowników grup</numerusform>
            <numerusform>%n kierowników grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="35"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilność</numerusform>
            <numerusform>%n mobilności</numerusform>
            <numerusform>%n mobilności</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="36"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n wyjazd</numerusform>
            <numerusform>%n wyjazdy</numerusform>
            <numerusform>%n wyjazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="38"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n kraj</numerusform>
            <numerusform>%n kraje</numerusform>
            <numerusform>%n krajów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="39"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="40"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="41"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="42"/>
        <source>%n day(s) abroad in all</source>
        <translation>
            <numerusform>łącznie %n dzień za granicą</numerusform>
            <numerusform>łącznie %n dni za granicą</numerusform>
            <numerusform>łącznie %n dni za granicą</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="43"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n działanie upowszechniające</numerusform>
            <numerusform>%n działania upowszechniające</numerusform>
            <numerusform>%n działań upowszechniających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="44"/>
        <source>%n still planned</source>
        <translation>
            <numerusform>%n do realizacji</numerusform>
            <numerusform>%n do realizacji</numerusform>
            <numerusform>%n do realizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="45"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n zrealizowane</numerusform>
            <numerusform>%n zrealizowane</numerusform>
            <numerusform>%n zrealizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="46"/>
        <source>%n person(s) reached</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="47"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultaty</numerusform>
            <numerusform>%n rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/i18n/counts.py" line="48"/>
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
        <location filename="../desktop/ui/dialogs.py" line="18"/>
        <source>%n mobility(ies)</source>
        <translation>
            <numerusform>%n mobilność</numerusform>
            <numerusform>%n mobilności</numerusform>
            <numerusform>%n mobilności</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="19"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultaty</numerusform>
            <numerusform>%n rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="20"/>
        <source>%n dissemination action(s)</source>
        <translation>
            <numerusform>%n działanie upowszechniające</numerusform>
            <numerusform>%n działania upowszechniające</numerusform>
            <numerusform>%n działań upowszechniających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="21"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnerów</numerusform>
            <numerusform>%n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="22"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n powiązanie z uczestnikiem</numerusform>
            <numerusform>%n powiązania z uczestnikami</numerusform>
            <numerusform>%n powiązań z uczestnikami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="23"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>%n photo tag(s)</source>
        <translation>
            <numerusform>%n oznaczenie osoby na zdjęciu</numerusform>
            <numerusform>%n oznaczenia osób na zdjęciach</numerusform>
            <numerusform>%n oznaczeń osób na zdjęciach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="25"/>
        <source>%n consent form(s)</source>
        <translation>
            <numerusform>%n formularz zgody</numerusform>
            <numerusform>%n formularze zgody</numerusform>
            <numerusform>%n formularzy zgody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="26"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="27"/>
        <source>%n place(s) on a trip</source>
        <translation>
            <numerusform>udział w %n wyjeździe</numerusform>
            <numerusform>udział w %n wyjazdach</numerusform>
            <numerusform>udział w %n wyjazdach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/dialogs.py" line="28"/>
        <source>%n story authorship(s)</source>
        <translation>
            <numerusform>%n przypisanie autorstwa historii</numerusform>
            <numerusform>%n przypisania autorstwa historii</numerusform>
            <numerusform>%n przypisań autorstwa historii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisseminationPage</name>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="327"/>
        <source>Dissemination</source>
        <translation>Upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="328"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="328"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="329"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="329"/>
        <source>Quality standard</source>
        <translation>Standard jakości</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="333"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="249"/>
        <source>No dissemination action yet. Press New and type what you will do and when: a talk at a staff meeting, an article, an open lesson.</source>
        <translation>Nie ma jeszcze żadnego działania upowszechniającego. Kliknij Nowy i wpisz, co i kiedy zrobisz: wystąpienie na radzie pedagogicznej, artykuł, lekcja otwarta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="240"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="241"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="242"/>
        <source>All levels</source>
        <translation>Wszystkie poziomy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="243"/>
        <source>All parts of the standard</source>
        <translation>Wszystkie części standardu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="309"/>
        <source>Record the project first, on the Projects page: everything here belongs to a project.</source>
        <translation>Najpierw dodaj projekt na stronie Projekty – wszystko tutaj należy do projektu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/dissemination_page.py" line="288"/>
        <source>All results</source>
        <translation>Wszystkie rezultaty</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop/documents/common.py" line="38"/>
        <source>…continued in the project report</source>
        <translation>…ciąg dalszy w raporcie z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="31"/>
        <source>Printed on %1 with Vidare</source>
        <translation>Utworzono %1 w programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/documents/page.py" line="32"/>
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
        <location filename="../desktop/documents/plan_poster.py" line="53"/>
        <source>Plan and disseminate the project&apos;s results</source>
        <translation>Planuj i upowszechniaj rezultaty projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="54"/>
        <source>Each lane is one result of the project: read it from left to right.</source>
        <translation>Każdy wiersz to jeden rezultat projektu – czytaj go od lewej do prawej.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="55"/>
        <source>One lane for each result: fill it in together, from left to right.</source>
        <translation>Jeden wiersz na każdy rezultat – wypełniajcie go wspólnie, od lewej do prawej.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="23"/>
        <source>what</source>
        <translation>co?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="24"/>
        <source>Target groups and their representatives</source>
        <translation>Grupy docelowe i ich przedstawiciele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="24"/>
        <source>to whom</source>
        <translation>dla kogo?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="26"/>
        <source>Message and purpose</source>
        <translation>Przekaz i cel</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="26"/>
        <source>why</source>
        <translation>po co?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="27"/>
        <source>Tools and channels</source>
        <translation>Narzędzia i kanały</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="27"/>
        <source>how</source>
        <translation>jak?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="28"/>
        <source>When</source>
        <translation>Kiedy?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="28"/>
        <source>during and after the project</source>
        <translation>w trakcie projektu i po jego zakończeniu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="29"/>
        <source>Who is responsible</source>
        <translation>Kto odpowiada?</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_grid.py" line="31"/>
        <source>Evaluation and indicators</source>
        <translation>Ewaluacja i wskaźniki</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="148"/>
        <source>No results are recorded for this project yet.</source>
        <translation>Dla tego projektu nie zapisano jeszcze żadnych rezultatów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="259"/>
        <source>During the project</source>
        <translation>W trakcie projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="260"/>
        <source>After the project</source>
        <translation>Po zakończeniu projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_poster.py" line="273"/>
        <location filename="../desktop/documents/project_report.py" line="267"/>
        <source>Target</source>
        <comment>an indicator&apos;s target value</comment>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/documents/plan_blank.py" line="85"/>
        <source>Five questions to answer together</source>
        <translation>Pięć pytań, na które odpowiadamy wspólnie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="49"/>
        <source>What we learnt abroad, in our own words.</source>
        <translation>Czego nauczyliśmy się za granicą – własnymi słowami.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="175"/>
        <source>Where we went</source>
        <translation>Dokąd pojechaliśmy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/stories_poster.py" line="178"/>
        <source>No trips are done yet.</source>
        <translation>Nie zrealizowano jeszcze żadnego wyjazdu.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="191"/>
        <source>Project data</source>
        <translation>Dane projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="184"/>
        <source>Reference</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="196"/>
        <source>How the school&apos;s management takes part</source>
        <translation>Udział dyrekcji szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="215"/>
        <source>No partners recorded.</source>
        <translation>Nie zapisano partnerów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="359"/>
        <source>Accompanying persons</source>
        <translation>Osoby towarzyszące</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="365"/>
        <source>Days abroad</source>
        <translation>Dni za granicą</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="221"/>
        <source>Mobilities done; days abroad count each person&apos;s days with travel.</source>
        <translation>Zrealizowane mobilności; dni za granicą liczone dla każdej osoby, łącznie z dniami podróży.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="233"/>
        <location filename="../desktop/documents/project_report.py" line="389"/>
        <source>Where</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="243"/>
        <source>No mobilities recorded.</source>
        <translation>Nie zapisano mobilności.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="260"/>
        <source>No results recorded.</source>
        <translation>Nie zapisano rezultatów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="312"/>
        <source>None recorded.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="125"/>
        <source>(in full below the table)</source>
        <translation>(pełna treść pod tabelą)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="185"/>
        <source>Action</source>
        <comment>the project&apos;s key action (KA121, KA122…): a row label</comment>
        <translation>Akcja kluczowa</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="225"/>
        <source>%n visit(s) to the school (invited experts, hosted teachers) are listed with the mobilities but are not trips abroad.</source>
        <translation>
            <numerusform>%n wizyta gości w szkole (zaproszeni eksperci, nauczyciele z innych krajów) jest na liście mobilności, ale nie jest wyjazdem za granicę.</numerusform>
            <numerusform>%n wizyty gości w szkole (zaproszeni eksperci, nauczyciele z innych krajów) są na liście mobilności, ale nie są wyjazdami za granicę.</numerusform>
            <numerusform>%n wizyt gości w szkole (zaproszeni eksperci, nauczyciele z innych krajów) jest na liście mobilności, ale nie są to wyjazdy za granicę.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="232"/>
        <source>Activity</source>
        <comment>a mobility&apos;s activity type: column header</comment>
        <translation>Rodzaj mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="284"/>
        <source>Activity</source>
        <comment>a dissemination action: the report&apos;s column header (not the project&apos;s key action)</comment>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="291"/>
        <location filename="../desktop/documents/project_report.py" line="302"/>
        <source>Evidence</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="320"/>
        <source>From the participants&apos; stories</source>
        <translation>Z historii uczestników</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="322"/>
        <location filename="../desktop/documents/stories_poster.py" line="90"/>
        <source>No story may be printed for this audience yet.</source>
        <translation>Żadnej historii nie można jeszcze wydrukować dla tych odbiorców.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="332"/>
        <source>Valorisation: the five control questions</source>
        <translation>Waloryzacja: pięć pytań kontrolnych</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="364"/>
        <source>%1 of %n trip(s)</source>
        <translation>
            <numerusform>%1 z %n wyjazdu</numerusform>
            <numerusform>%1 z %n wyjazdów</numerusform>
            <numerusform>%1 z %n wyjazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="381"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n osoba</numerusform>
            <numerusform>i jeszcze %n osoby</numerusform>
            <numerusform>i jeszcze %n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="396"/>
        <source>Not recorded yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/project_report.py" line="417"/>
        <source>%n action(s) (%1): %2.</source>
        <translation>
            <numerusform>%n działanie upowszechniające (%1): %2.</numerusform>
            <numerusform>%n działania upowszechniające (%1): %2.</numerusform>
            <numerusform>%n działań upowszechniających (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="422"/>
        <source>Dissemination from %1 to %2.</source>
        <translation>Upowszechnianie od %1 do %2.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/project_report.py" line="426"/>
        <source>Responsible: %1.</source>
        <translation>Osoby odpowiedzialne: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="30"/>
        <source>Summary for the principal</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="229"/>
        <source>green travel</source>
        <translation>zielonych podróży</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="231"/>
        <source>with fewer opportunities</source>
        <translation>z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="146"/>
        <source>Nothing in this period.</source>
        <translation>Brak danych za ten okres.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="93"/>
        <source>Mobilities by type</source>
        <translation>Mobilności według rodzaju</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="29"/>
        <source>Other (%n)</source>
        <translation>
            <numerusform>Inne (%n)</numerusform>
            <numerusform>Inne (%n)</numerusform>
            <numerusform>Inne (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="74"/>
        <source>Teachers</source>
        <comment>printed: a chart bar for the teachers who went</comment>
        <translation>Nauczyciele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="75"/>
        <source>Other staff</source>
        <comment>printed: a chart bar for other staff who went</comment>
        <translation>Inni pracownicy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="76"/>
        <source>Pupils</source>
        <comment>printed: a chart bar for the pupils who went</comment>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="95"/>
        <source>Mobilities by country</source>
        <translation>Mobilności według krajów</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="97"/>
        <source>Participants by role</source>
        <translation>Uczestnicy według ról</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="99"/>
        <source>People reached by channel</source>
        <translation>Odbiorcy według kanałów</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="161"/>
        <source>Besides the participants, %n accompanying person(s) went.</source>
        <translation>
            <numerusform>Oprócz uczestników wyjechała %n osoba towarzysząca.</numerusform>
            <numerusform>Oprócz uczestników wyjechały %n osoby towarzyszące.</numerusform>
            <numerusform>Oprócz uczestników wyjechało %n osób towarzyszących.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="173"/>
        <source>%n story(ies) written by participants</source>
        <translation>
            <numerusform>%n historia napisana przez uczestników</numerusform>
            <numerusform>%n historie napisane przez uczestników</numerusform>
            <numerusform>%n historii napisanych przez uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/documents/summary.py" line="177"/>
        <source>The widest reach: %1, %n person(s) reached.</source>
        <translation>
            <numerusform>Największy zasięg: %1, %n odbiorca.</numerusform>
            <numerusform>Największy zasięg: %1, %n odbiorców.</numerusform>
            <numerusform>Największy zasięg: %1, %n odbiorców.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="165"/>
        <source>Dissemination actions done and planned</source>
        <translation>Zrealizowane i zaplanowane działania upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="181"/>
        <source>Project: %1 (%2)</source>
        <translation>Projekt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="183"/>
        <source>Highlights</source>
        <translation>Najważniejsze informacje</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="188"/>
        <source>Open warnings</source>
        <translation>Sprawy wymagające uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/documents/summary.py" line="190"/>
        <source>No open warnings.</source>
        <translation>Brak spraw wymagających uwagi.</translation>
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
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="11"/>
        <source>Channel</source>
        <comment>printed: the channel of a dissemination action (blog, press…)</comment>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="13"/>
        <source>Target group</source>
        <comment>printed: the group a dissemination action is for</comment>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="15"/>
        <source>Purpose</source>
        <comment>printed: why a dissemination action is done</comment>
        <translation>Cel</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="21"/>
        <source>Reached</source>
        <comment>printed: number of people a dissemination action reached</comment>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="23"/>
        <source>Project report</source>
        <comment>printed: title of the report for the national agency</comment>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="25"/>
        <source>Dissemination</source>
        <comment>printed: heading of the dissemination log</comment>
        <translation>Upowszechnianie rezultatów</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="27"/>
        <source>Sustainability</source>
        <comment>printed: how a result lives on after the grant</comment>
        <translation>Trwałość rezultatów</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="29"/>
        <source>School</source>
        <comment>printed: the school (organisation) that runs the project</comment>
        <translation>Szkoła</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="31"/>
        <source>Period</source>
        <comment>printed: the project&apos;s or report&apos;s dates, from–to</comment>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="33"/>
        <source>Indicator</source>
        <comment>printed: what number or sign shows a result&apos;s success</comment>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="35"/>
        <source>Evaluation</source>
        <comment>printed: notes on how a result was evaluated</comment>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="37"/>
        <source>Funding</source>
        <comment>printed: the programme that funds the project (Erasmus+, FERS…)</comment>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="39"/>
        <source>Needs analysis</source>
        <comment>printed: the school&apos;s needs the project answers</comment>
        <translation>Analiza potrzeb</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="41"/>
        <source>Objectives</source>
        <comment>printed: what the project sets out to achieve, not an indicator&apos;s target</comment>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="43"/>
        <source>Partners</source>
        <comment>printed: heading of the partner organisations</comment>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="45"/>
        <source>Organisation</source>
        <comment>printed: a partner organisation&apos;s name (column head)</comment>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="47"/>
        <source>City</source>
        <comment>printed: the city of a trip or partner (column head)</comment>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="49"/>
        <source>Country</source>
        <comment>printed: the country of a partner (column head)</comment>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="51"/>
        <source>Role</source>
        <comment>printed: a partner&apos;s role in the project (coordinator, partner)</comment>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="53"/>
        <source>Participants</source>
        <comment>printed: the people who went on the trips</comment>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="55"/>
        <source>Fewer opportunities</source>
        <comment>printed: participants with fewer opportunities (a figure)</comment>
        <translation>Z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="57"/>
        <source>Green travel</source>
        <comment>printed: trips made by sustainable means (a figure)</comment>
        <translation>Zielone podróże</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="59"/>
        <source>Mobilities</source>
        <comment>printed: heading of the trips abroad</comment>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="61"/>
        <source>Dates</source>
        <comment>printed: first and last day of a trip (column head)</comment>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="63"/>
        <source>People</source>
        <comment>printed: how many people went on a trip (column head)</comment>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="65"/>
        <source>Learning outcomes</source>
        <comment>printed: what a trip&apos;s participants learnt</comment>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="67"/>
        <source>Passed on to colleagues</source>
        <comment>printed: what was shared with colleagues after a trip</comment>
        <translation>Przekazane współpracownikom</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="69"/>
        <source>Results</source>
        <comment>printed: heading of the project results</comment>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="71"/>
        <source>Description</source>
        <comment>printed: a result&apos;s description</comment>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="73"/>
        <source>Message</source>
        <comment>printed: the message for a result&apos;s target group</comment>
        <translation>Przekaz</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="75"/>
        <source>Open licence</source>
        <comment>printed: the open licence of published material</comment>
        <translation>Otwarta licencja</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="77"/>
        <source>Priority</source>
        <comment>printed: a target group is primary or secondary</comment>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="79"/>
        <source>Representatives</source>
        <comment>printed: named representatives of a target group</comment>
        <translation>Przedstawiciele</translation>
    </message>
    <message>
        <location filename="../desktop/documents/labels.py" line="81"/>
        <source>Topic</source>
        <comment>printed: a trip&apos;s topic (column head)</comment>
        <translation>Temat</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="96"/>
        <source>Choose from a calendar</source>
        <translation>Wybierz z kalendarza</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/fields.py" line="39"/>
        <source>This text is too long to edit here (%n characters); it is kept as it is.</source>
        <translation>
            <numerusform>Ten tekst jest za długi, aby go tu edytować (%n znak); pozostaje bez zmian.</numerusform>
            <numerusform>Ten tekst jest za długi, aby go tu edytować (%n znaki); pozostaje bez zmian.</numerusform>
            <numerusform>Ten tekst jest za długi, aby go tu edytować (%n znaków); pozostaje bez zmian.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="118"/>
        <location filename="../desktop/ui/first_start.py" line="119"/>
        <source>Welcome to Vidare</source>
        <translation>Witamy w programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="120"/>
        <source>Vidare keeps your school&apos;s Erasmus+ trips, stories and dissemination on this computer. Tell it which school it is for.</source>
        <translation>Vidare przechowuje na tym komputerze wyjazdy Erasmus+, historie uczestników i działania upowszechniające Twojej szkoły. Podaj, o jaką szkołę chodzi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="123"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="124"/>
        <source>School name</source>
        <translation>Nazwa szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="125"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="126"/>
        <source>Start</source>
        <comment>button: begin using Vidare</comment>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="127"/>
        <source>Look at the demo school first</source>
        <translation>Najpierw obejrzyj szkołę demonstracyjną</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="103"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Podaj nazwę szkoły.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="105"/>
        <source>Choose the school&apos;s country.</source>
        <translation>Wybierz kraj szkoły.</translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message>
        <location filename="../desktop/ui/list_export.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="38"/>
        <source>CSV, for any spreadsheet program (*.csv)</source>
        <translation>CSV dla dowolnego arkusza kalkulacyjnego (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="140"/>
        <source>Export list…</source>
        <translation>Eksportuj listę…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="141"/>
        <source>Write the list as shown here, filtered and sorted, to an Excel or CSV file</source>
        <translation>Zapisz listę w obecnym widoku (z filtrami i sortowaniem) w pliku Excel lub CSV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="117"/>
        <location filename="../desktop/ui/list_export.py" line="125"/>
        <source>Export list</source>
        <translation>Eksportuj listę</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/list_export.py" line="128"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %n wiersz w pliku %1.</numerusform>
            <numerusform>Zapisano %n wiersze w pliku %1.</numerusform>
            <numerusform>Zapisano %n wierszy w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="144"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importuj z arkusza kalkulacyjnego…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_export.py" line="126"/>
        <source>The list was not written: %1</source>
        <translation>Nie zapisano listy: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="102"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="104"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="106"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="108"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="110"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112"/>
        <source>Dissemination</source>
        <translation>Upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="114"/>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="337"/>
        <source>%n record(s) changed in both copies wait for your choice in Settings, under Import.</source>
        <translation>
            <numerusform>%n wpis zmieniony w obu kopiach czeka na Twoją decyzję w Ustawieniach, w sekcji Import.</numerusform>
            <numerusform>%n wpisy zmienione w obu kopiach czekają na Twoją decyzję w Ustawieniach, w sekcji Import.</numerusform>
            <numerusform>%n wpisów zmienionych w obu kopiach czeka na Twoją decyzję w Ustawieniach, w sekcji Import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="315"/>
        <source>About Vidare…</source>
        <translation>O programie Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="348"/>
        <source>Vidare</source>
        <translation>Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="352"/>
        <source>Read-only: this database was saved by a newer Vidare; changes cannot be saved.</source>
        <translation>Tylko do odczytu: bazę zapisano w nowszej wersji programu Vidare; nie można zapisać zmian.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="303"/>
        <source>Ctrl+N: new record on this page</source>
        <translation>Ctrl+N: nowy wpis na tej stronie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="304"/>
        <source>Ctrl+F: filter the table</source>
        <translation>Ctrl+F: filtruj tabelę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="305"/>
        <source>Delete: delete the chosen record (Vidare asks first)</source>
        <translation>Delete: usuń wybrany wpis (Vidare najpierw zapyta)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="306"/>
        <source>Ctrl+1 … Ctrl+8: go to a page</source>
        <translation>Ctrl+1 … Ctrl+8: przejdź do strony</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="308"/>
        <source>Every change is saved at once. Fields with a problem are marked, and nothing invalid is saved.</source>
        <translation>Każda zmiana jest zapisywana od razu. Pola z błędami są zaznaczane, a błędne dane nie są zapisywane.</translation>
    </message>
</context>
<context>
    <name>MobilitiesPage</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="207"/>
        <source>No trip yet. Press New and type where and when: the people can be added later.</source>
        <translation>Nie ma jeszcze żadnego wyjazdu. Kliknij Nowy i wpisz, dokąd i kiedy – osoby można dodać później.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="235"/>
        <source>Record the project first, on the Projects page: everything here belongs to a project.</source>
        <translation>Najpierw dodaj projekt na stronie Projekty – wszystko tutaj należy do projektu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="255"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
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
        <translation>Rodzaj mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="84"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="85"/>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="87"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="88"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="90"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="92"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="94"/>
        <source>Travel days</source>
        <translation>Dni podróży</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="95"/>
        <source>Main transport</source>
        <translation>Główny środek transportu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="97"/>
        <source>Sustainable means, described</source>
        <translation>Opis zrównoważonego środka transportu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="101"/>
        <source>Learning outcomes</source>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="103"/>
        <source>Passed on to colleagues</source>
        <translation>Przekazane współpracownikom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="105"/>
        <source>Participant reports</source>
        <translation>Raporty uczestników</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="107"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="171"/>
        <source>Choose the main transport once it is known.</source>
        <translation>Wybierz główny środek transportu, gdy będzie już znany.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="167"/>
        <source>Green travel</source>
        <comment>this trip&apos;s transport is sustainable</comment>
        <translation>Zielona podróż</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="168"/>
        <source>Not green travel</source>
        <translation>Nie jest to zielona podróż</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="193"/>
        <source>New mobility</source>
        <translation>Nowa mobilność</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/mobilities_page.py" line="180"/>
        <source>%n day(s) abroad; usual for this activity: %1–%2 days.</source>
        <translation>
            <numerusform>%n dzień za granicą; zwykle przy tym rodzaju mobilności: %1–%2 dni.</numerusform>
            <numerusform>%n dni za granicą; zwykle przy tym rodzaju mobilności: %1–%2 dni.</numerusform>
            <numerusform>%n dni za granicą; zwykle przy tym rodzaju mobilności: %1–%2 dni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityModel</name>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="36"/>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="38"/>
        <source>Destination</source>
        <translation>Miejsce docelowe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="40"/>
        <source>Activity</source>
        <comment>the kind of mobility (job shadowing, a course…), not a dissemination action</comment>
        <translation>Rodzaj mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/mobilities_page.py" line="45"/>
        <source>People</source>
        <translation>Osoby</translation>
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
        <translation>Najpierw zamknij tam program Vidare. Otwórz mimo to tylko wtedy, gdy masz pewność, że już tam nie działa; jeśli dwa okna Vidare zapisują dane w jednej bazie, część zmian może zostać utracona.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="75"/>
        <source>Vidare can move the database to its own folder on this computer (%1). To share the data, use Export archive in Settings instead.</source>
        <translation>Vidare może przenieść bazę danych do swojego folderu na tym komputerze (%1). Aby udostępnić dane, użyj zamiast tego opcji Eksportuj archiwum w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="79"/>
        <source>Vidare will not overwrite the damaged file: it is kept beside the database. The newest good backup is from %1.</source>
        <translation>Vidare nie nadpisze uszkodzonego pliku: zostanie on zachowany obok bazy danych. Najnowsza poprawna kopia zapasowa pochodzi z %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="82"/>
        <source>No good backup was found. Keep the file: do not delete it. Choose another database or a backup folder.</source>
        <translation>Nie znaleziono poprawnej kopii zapasowej. Zachowaj plik – nie usuwaj go. Wybierz inną bazę danych lub folder z kopiami zapasowymi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="93"/>
        <source>Opening the database</source>
        <translation>Otwieranie bazy danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="148"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="113"/>
        <location filename="../desktop/ui/open_problems.py" line="134"/>
        <location filename="../desktop/ui/open_problems.py" line="138"/>
        <location filename="../desktop/ui/open_problems.py" line="145"/>
        <source>Choose another file…</source>
        <translation>Wybierz inny plik…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="161"/>
        <source>Choose a Vidare database</source>
        <translation>Wybierz bazę danych Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="162"/>
        <source>Vidare database (*.db);;All files (*)</source>
        <translation>Baza danych Vidare (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="119"/>
        <source>Move it to this computer</source>
        <translation>Przenieś ją na ten komputer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="121"/>
        <source>Keep it where it is</source>
        <translation>Zostaw ją tam, gdzie jest</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="108"/>
        <source>Restore the backup of %1</source>
        <translation>Przywróć kopię z %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="124"/>
        <location filename="../desktop/ui/open_problems.py" line="132"/>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="127"/>
        <source>Open anyway</source>
        <translation>Otwórz mimo to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/open_problems.py" line="140"/>
        <source>Start a new database</source>
        <translation>Utwórz nową bazę danych</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop/store/overview.py" line="170"/>
        <source>Most dissemination in “%1” is bunched at the end of the project.</source>
        <translation>Większość działań upowszechniających w projekcie „%1” przypada na sam koniec projektu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="174"/>
        <source>“%1” has no dissemination that shares results within the school.</source>
        <translation>W projekcie „%1” brak działań upowszechniających rezultaty w szkole.</translation>
    </message>
    <message>
        <location filename="../desktop/store/overview.py" line="176"/>
        <source>“%1” has no dissemination that acknowledges EU funding.</source>
        <translation>W projekcie „%1” żadne działanie upowszechniające nie informuje o finansowaniu z UE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="185"/>
        <source>%n result(s) have no target group.</source>
        <translation>
            <numerusform>%n rezultat nie ma grupy docelowej.</numerusform>
            <numerusform>%n rezultaty nie mają grupy docelowej.</numerusform>
            <numerusform>%n rezultatów nie ma grupy docelowej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="189"/>
        <source>%n trip(s) done without a story.</source>
        <translation>
            <numerusform>%n zrealizowany wyjazd nie ma historii.</numerusform>
            <numerusform>%n zrealizowane wyjazdy nie mają historii.</numerusform>
            <numerusform>%n zrealizowanych wyjazdów nie ma historii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="194"/>
        <source>%n planned dissemination action(s) are overdue.</source>
        <translation>
            <numerusform>%n zaplanowane działanie upowszechniające jest opóźnione.</numerusform>
            <numerusform>%n zaplanowane działania upowszechniające są opóźnione.</numerusform>
            <numerusform>%n zaplanowanych działań upowszechniających jest opóźnionych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="198"/>
        <source>%n dissemination action(s) done without evidence.</source>
        <translation>
            <numerusform>%n zrealizowane działanie upowszechniające nie ma potwierdzenia.</numerusform>
            <numerusform>%n zrealizowane działania upowszechniające nie mają potwierdzenia.</numerusform>
            <numerusform>%n zrealizowanych działań upowszechniających nie ma potwierdzenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="204"/>
        <source>%n upcoming trip(s) have participants without consent.</source>
        <translation>
            <numerusform>%n nadchodzący wyjazd ma uczestników bez zapisanej zgody.</numerusform>
            <numerusform>%n nadchodzące wyjazdy mają uczestników bez zapisanej zgody.</numerusform>
            <numerusform>%n nadchodzących wyjazdów ma uczestników bez zapisanej zgody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="216"/>
        <source>%n person(s) have withdrawn consent: check the take-down list.</source>
        <translation>
            <numerusform>%n osoba wycofała zgodę: sprawdź listę materiałów do usunięcia.</numerusform>
            <numerusform>%n osoby wycofały zgodę: sprawdź listę materiałów do usunięcia.</numerusform>
            <numerusform>%n osób wycofało zgodę: sprawdź listę materiałów do usunięcia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/store/overview.py" line="220"/>
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
        <location filename="../desktop/ui/pages/overview_page.py" line="176"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="177"/>
        <source>Needs attention</source>
        <translation>Sprawy wymagające uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="178"/>
        <source>Coming up</source>
        <translation>Najbliższe terminy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="179"/>
        <source>Dissemination across the project</source>
        <translation>Upowszechnianie w trakcie projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="215"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="217"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="218"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="183"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="220"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Green travel</source>
        <translation>Zielone podróże</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="224"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="184"/>
        <source>Fewer opportunities</source>
        <translation>Z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="228"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="185"/>
        <source>Dissemination done</source>
        <translation>Zrealizowane działania upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="232"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="186"/>
        <source>People reached</source>
        <comment>caption under the figure</comment>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="237"/>
        <location filename="../desktop/ui/pages/overview_page.py" line="186"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="258"/>
        <source>Nothing planned yet.</source>
        <translation>Nic jeszcze nie zaplanowano.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_page.py" line="268"/>
        <source>Nothing needs attention.</source>
        <translation>Nic nie wymaga uwagi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="221"/>
        <source>%n trip(s) by green travel</source>
        <translation>
            <numerusform>%n zielona podróż</numerusform>
            <numerusform>%n zielone podróże</numerusform>
            <numerusform>%n zielonych podróży</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="199"/>
        <source>%1: %n trip(s)</source>
        <comment>an activity type and its number of trips</comment>
        <translation>
            <numerusform>%1: %n wyjazd</numerusform>
            <numerusform>%1: %n wyjazdy</numerusform>
            <numerusform>%1: %n wyjazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/overview_page.py" line="233"/>
        <source>%1: %n person(s)</source>
        <comment>a dissemination channel and the people it reached</comment>
        <translation>
            <numerusform>%1: %n osoba</numerusform>
            <numerusform>%1: %n osoby</numerusform>
            <numerusform>%1: %n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="54"/>
        <source>Record the project: its title, first and last day, and its results.</source>
        <translation>Zapisz projekt: tytuł, datę rozpoczęcia i zakończenia oraz rezultaty.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="56"/>
        <source>Add the people who travel, with their consent for photos and stories.</source>
        <translation>Dodaj osoby, które wyjeżdżają, wraz z ich zgodami na zdjęcia i historie.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="58"/>
        <source>Record the trips: where, when and who goes.</source>
        <translation>Zapisz wyjazdy: dokąd, kiedy i kto jedzie.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="60"/>
        <source>Collect the stories and photos after each trip.</source>
        <translation>Po każdym wyjeździe zbierz historie i zdjęcia.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="62"/>
        <source>Plan how the results are shared, and log what was done.</source>
        <translation>Zaplanuj upowszechnianie rezultatów i zapisuj, co już zrobiono.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="99"/>
        <source>Your first evening with Vidare</source>
        <translation>Pierwszy wieczór z programem Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_parts.py" line="100"/>
        <source>Five steps, in any order; each link opens its page.</source>
        <translation>Pięć kroków w dowolnej kolejności; każdy link otwiera odpowiednią stronę.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../desktop/ui/models.py" line="407"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="37"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="39"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="41"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="42"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="75"/>
        <source>given</source>
        <translation>udzielona</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="60"/>
        <source>never shown (protected)</source>
        <translation>chroniona tożsamość – nie pokazywać</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="66"/>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="68"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="70"/>
        <source>expired</source>
        <translation>wygasła</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="34"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="35"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="37"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="38"/>
        <source>Trips</source>
        <translation>Wyjazdy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="39"/>
        <source>Fewer opportunities</source>
        <comment>column: the person has fewer opportunities (yes)</comment>
        <translation>Z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="73"/>
        <source>expires %1</source>
        <translation>wygasa %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="122"/>
        <source>No one yet. Press New and type a name; record the consent for photos and stories below it. People can also be added from a trip.</source>
        <translation>Nie ma jeszcze nikogo. Kliknij Nowy i wpisz imię i nazwisko, a poniżej zapisz zgodę na zdjęcia i historie. Osoby można też dodawać z poziomu wyjazdu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="244"/>
        <source>Consent can be recorded once the person is saved.</source>
        <translation>Zgodę można dodać po zapisaniu osoby.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="265"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="266"/>
        <source>Take-down list…</source>
        <translation>Lista materiałów do usunięcia…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="267"/>
        <source>Where this person&apos;s photos, stories or name have been printed</source>
        <translation>Gdzie wydrukowano zdjęcia, historie lub nazwisko tej osoby</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="269"/>
        <source>Export their data…</source>
        <translation>Eksportuj dane tej osoby…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="270"/>
        <source>Erase…</source>
        <translation>Usuń trwale…</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="83"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="84"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="86"/>
        <source>Fewer opportunities</source>
        <translation>Z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="88"/>
        <source>Protected identity</source>
        <translation>Chroniona tożsamość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="90"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="114"/>
        <source>Nothing about this person is ever printed or published, whatever the consent says.</source>
        <translation>Żadne informacje o tej osobie nie są drukowane ani publikowane, niezależnie od zgody.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="87"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="89"/>
        <source>Never shown anywhere</source>
        <translation>Nigdy nigdzie nie pokazywać</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/people_page.py" line="110"/>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="169"/>
        <source>Add photos</source>
        <translation>Dodaj zdjęcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="170"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="219"/>
        <source>Add photos…</source>
        <translation>Dodaj zdjęcia…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="220"/>
        <source>Remove photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="221"/>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="222"/>
        <source>People shown</source>
        <translation>Osoby na zdjęciu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="224"/>
        <source>Photos can be added once the story has a title.</source>
        <translation>Zdjęcia można dodać, gdy historia ma już tytuł.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="226"/>
        <source>No photos yet: drop image files here or use Add photos.</source>
        <translation>Brak zdjęć: upuść tu pliki obrazów lub użyj przycisku Dodaj zdjęcia.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/photo_strip.py" line="228"/>
        <source>Drop more image files on the strip to add them.</source>
        <translation>Upuść kolejne pliki obrazów na pasek, aby je dodać.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../desktop/documents/jobs.py" line="97"/>
        <source>Reading the database…</source>
        <translation>Odczytywanie bazy danych…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="100"/>
        <source>Ready.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="99"/>
        <source>Drawing the preview…</source>
        <translation>Generowanie podglądu…</translation>
    </message>
    <message>
        <location filename="../desktop/documents/jobs.py" line="98"/>
        <source>Laying out the pages…</source>
        <translation>Układanie stron…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="54"/>
        <source>Planning poster</source>
        <translation>Plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="55"/>
        <source>Blank planning poster (workshop)</source>
        <translation>Pusty plakat do planowania (warsztaty)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="56"/>
        <source>Stories poster</source>
        <translation>Plakat z historiami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="57"/>
        <source>Principal&apos;s summary</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="58"/>
        <source>Project report</source>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="61"/>
        <source>Inside the school</source>
        <translation>Do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="62"/>
        <source>For the public</source>
        <translation>Dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="244"/>
        <source>No project yet: record one under Projects first.</source>
        <translation>Nie ma jeszcze projektu: najpierw zapisz go na stronie Projekty.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="339"/>
        <location filename="../desktop/ui/pages/print_page.py" line="350"/>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="340"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="369"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="421"/>
        <location filename="../desktop/ui/pages/print_page.py" line="416"/>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="431"/>
        <source>In English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="436"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="437"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="438"/>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="439"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="440"/>
        <source>Preview shows the document before it is printed or saved. Photos, stories and names appear only where consent allows.</source>
        <translation>Podgląd pokazuje dokument przed wydrukowaniem lub zapisaniem. Zdjęcia, historie oraz imiona i nazwiska pojawiają się tylko tam, gdzie pozwala na to zgoda.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="234"/>
        <source>Choices changed: press Preview to see the document.</source>
        <translation>Zmieniono ustawienia: kliknij Podgląd, aby zobaczyć dokument.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="247"/>
        <source>No results yet: add them under Projects → Results and target groups. Each result is one lane of the poster.</source>
        <translation>Brak rezultatów: dodaj je na stronie Projekty → Rezultaty i grupy docelowe. Każdy rezultat to jeden wiersz plakatu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="261"/>
        <source>Choose a project first.</source>
        <translation>Najpierw wybierz projekt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="265"/>
        <source>The period ends before it starts.</source>
        <translation>Data końcowa okresu jest wcześniejsza niż data początkowa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="286"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="309"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
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
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="425"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="426"/>
        <source>Language of the document</source>
        <translation>Język dokumentu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="427"/>
        <source>Paper size</source>
        <translation>Format papieru</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="428"/>
        <source>Printed for</source>
        <translation>Przeznaczenie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="429"/>
        <source>EU statement</source>
        <translation>Informacja o finansowaniu z UE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="252"/>
        <source>No story prints yet: only approved stories with a quote appear on the poster, and only where consent allows. Approve them under Stories.</source>
        <translation>Nie ma jeszcze historii do druku: na plakacie pojawiają się tylko zatwierdzone historie z cytatem i tylko tam, gdzie pozwala na to zgoda. Zatwierdź je na stronie Historie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/pages/print_page.py" line="304"/>
        <source>%n page(s). Print it or save it as PDF.</source>
        <translation>
            <numerusform>%n strona. Wydrukuj ją lub zapisz jako PDF.</numerusform>
            <numerusform>%n strony. Wydrukuj je lub zapisz jako PDF.</numerusform>
            <numerusform>%n stron. Wydrukuj je lub zapisz jako PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="311"/>
        <source>The document could not be made: %1</source>
        <translation>Nie udało się utworzyć dokumentu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="354"/>
        <source>Saved as %1.</source>
        <translation>Zapisano jako %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/print_page.py" line="351"/>
        <source>%1 cannot be written.</source>
        <translation>Nie można zapisać pliku %1.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../desktop/store/privacy.py" line="148"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="149"/>
        <source>Trips</source>
        <translation>Wyjazdy</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="150"/>
        <source>Stories written</source>
        <translation>Historie napisane przez tę osobę</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="151"/>
        <source>Photos showing this person</source>
        <translation>Zdjęcia, na których jest ta osoba</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="152"/>
        <source>Printed documents</source>
        <translation>Wydrukowane dokumenty</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="154"/>
        <source>Everything Vidare holds about this person, exported %1.</source>
        <translation>Wszystkie dane tej osoby zapisane w programie Vidare, wyeksportowane %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="36"/>
        <source>Planning poster</source>
        <translation>Plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="37"/>
        <source>Blank planning poster</source>
        <translation>Pusty plakat do planowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="38"/>
        <source>Stories poster</source>
        <translation>Plakat z historiami</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="39"/>
        <source>Principal&apos;s summary</source>
        <translation>Podsumowanie dla dyrektora</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Project report</source>
        <translation>Raport z projektu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="43"/>
        <source>Inside the school</source>
        <translation>Do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="44"/>
        <source>For the public</source>
        <translation>Dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="168"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../desktop/store/privacy.py" line="173"/>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="211"/>
        <source>Copies that Vidare does not look after keep this person until someone deletes them: backup folders made with “vidare backup --to”, copies on USB sticks, exported archives and spreadsheets.</source>
        <translation>Kopie, którymi Vidare nie zarządza, zawierają dane tej osoby, dopóki ktoś ich nie usunie: foldery kopii zapasowych utworzone poleceniem „vidare backup --to”, kopie na pendrive’ach, wyeksportowane archiwa i arkusze kalkulacyjne.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="214"/>
        <source>Restoring such a backup, or importing such an archive or a workbook exported from Vidare, never brings back the person, their consents or their photos.</source>
        <translation>Ani przywrócenie takiej kopii zapasowej, ani zaimportowanie takiego archiwum lub skoroszytu wyeksportowanego z programu Vidare nie przywróci tej osoby, jej zgód ani zdjęć.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="216"/>
        <source>A list from another spreadsheet (a class list, a Beneficiary Module export) is new to Vidare: if it names this person, importing it adds them again.</source>
        <translation>Lista z innego arkusza kalkulacyjnego (lista klasy, eksport z Beneficiary Module) to dla programu Vidare nowe dane: jeśli jest na niej ta osoba, import doda ją ponownie.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="235"/>
        <source>Erase this person</source>
        <translation>Trwałe usunięcie danych osoby</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="241"/>
        <source>%n consent record(s) with the scanned forms</source>
        <translation>
            <numerusform>%n zgoda wraz ze zeskanowanym formularzem</numerusform>
            <numerusform>%n zgody wraz ze zeskanowanymi formularzami</numerusform>
            <numerusform>%n zgód wraz ze zeskanowanymi formularzami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="243"/>
        <source>%n photo(s) showing the person</source>
        <translation>
            <numerusform>%n zdjęcie przedstawiające tę osobę</numerusform>
            <numerusform>%n zdjęcia przedstawiające tę osobę</numerusform>
            <numerusform>%n zdjęć przedstawiających tę osobę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="244"/>
        <source>%n story(ies) only this person wrote</source>
        <translation>
            <numerusform>%n historia napisana tylko przez tę osobę</numerusform>
            <numerusform>%n historie napisane tylko przez tę osobę</numerusform>
            <numerusform>%n historii napisanych tylko przez tę osobę</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="250"/>
        <source>Erase</source>
        <translation>Usuń trwale</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="73"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="145"/>
        <source>Take-down list</source>
        <translation>Lista materiałów do usunięcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="156"/>
        <source>Copy list</source>
        <translation>Kopiuj listę</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="179"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="190"/>
        <location filename="../desktop/ui/privacy_dialogs.py" line="186"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksportuj dane tej osoby</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="206"/>
        <source>Backups that Vidare made before now still hold this person. They go one by one as new backups replace the old ones; the last of them about %n month(s) from now (%1), as long as Vidare goes on making backups.</source>
        <translation>
            <numerusform>Kopie zapasowe utworzone wcześniej przez Vidare nadal zawierają dane tej osoby. Każda z nich zniknie, gdy zastąpią ją nowsze kopie; ostatnia – za około %n miesiąc (%1), o ile Vidare będzie nadal tworzyć kopie zapasowe.</numerusform>
            <numerusform>Kopie zapasowe utworzone wcześniej przez Vidare nadal zawierają dane tej osoby. Każda z nich zniknie, gdy zastąpią ją nowsze kopie; ostatnia – za około %n miesiące (%1), o ile Vidare będzie nadal tworzyć kopie zapasowe.</numerusform>
            <numerusform>Kopie zapasowe utworzone wcześniej przez Vidare nadal zawierają dane tej osoby. Każda z nich zniknie, gdy zastąpią ją nowsze kopie; ostatnia – za około %n miesięcy (%1), o ile Vidare będzie nadal tworzyć kopie zapasowe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="236"/>
        <source>Erase from Vidare for good all data about this person: %1?</source>
        <translation>Trwale usunąć z programu Vidare wszystkie dane osoby: %1?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="114"/>
        <source>Dissemination actions</source>
        <translation>Działania upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="118"/>
        <source>Stories showing this person</source>
        <translation>Historie, w których występuje ta osoba</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="147"/>
        <source>Take-down list. Person: %1</source>
        <translation>Lista materiałów do usunięcia. Osoba: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="149"/>
        <source>No printed document or dissemination action is recorded with this person&apos;s photos or stories.</source>
        <translation>Nie zapisano żadnego wydrukowanego dokumentu ani działania upowszechniającego ze zdjęciami lub historiami tej osoby.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="152"/>
        <source>Remove this person&apos;s photos and stories from what is listed here: take posters down, edit web pages and posts, and do not reprint these documents.</source>
        <translation>Usuń zdjęcia i historie tej osoby z wymienionych tu miejsc: zdejmij plakaty, popraw strony internetowe i wpisy, nie drukuj ponownie tych dokumentów.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>When or where</source>
        <translation>Kiedy lub gdzie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="191"/>
        <source>Written to %1 and %2.</source>
        <translation>Zapisano pliki: %1 i %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/privacy_dialogs.py" line="247"/>
        <source>%n place(s) on trips stay, as an anonymous person, so that the figures stay right.</source>
        <translation>
            <numerusform>Udział tej osoby w %n wyjeździe zostanie zachowany anonimowo, aby zgadzały się liczby w zestawieniach.</numerusform>
            <numerusform>Udział tej osoby w %n wyjazdach zostanie zachowany anonimowo, aby zgadzały się liczby w zestawieniach.</numerusform>
            <numerusform>Udział tej osoby w %n wyjazdach zostanie zachowany anonimowo, aby zgadzały się liczby w zestawieniach.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="187"/>
        <source>The data could not be written: %1</source>
        <translation>Nie udało się zapisać danych: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/privacy_dialogs.py" line="246"/>
        <source>To be erased: the person and %1.</source>
        <translation>Zostaną usunięte: dane osoby oraz %1.</translation>
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
        <translation>Rezultaty i grupy docelowe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="173"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="170"/>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="55"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="56"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement (2025-1-SE01-KA122-SCH-000123456), in the agency&apos;s own word: projektnummer, prosjektnummer, numer umowy</comment>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="62"/>
        <source>Key action</source>
        <comment>the Erasmus+ key action of the project (KA121, KA122…), not a dissemination action</comment>
        <translation>Akcja kluczowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="66"/>
        <source>Start</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="67"/>
        <source>End</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="68"/>
        <source>Funding</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="70"/>
        <source>Needs analysis</source>
        <translation>Analiza potrzeb</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="72"/>
        <source>Objectives</source>
        <comment>what the project sets out to achieve, not an indicator&apos;s target</comment>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="75"/>
        <source>How management is involved</source>
        <translation>Zaangażowanie dyrekcji</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="31"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="32"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement (2025-1-SE01-KA122-SCH-000123456), in the agency&apos;s own word: projektnummer, prosjektnummer, numer umowy</comment>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="37"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="182"/>
        <source>No project yet. Press New and type the project&apos;s title and its first and last day: trips, results and dissemination belong to it.</source>
        <translation>Nie ma jeszcze żadnego projektu. Kliknij Nowy i wpisz tytuł projektu oraz daty rozpoczęcia i zakończenia – to do projektu należą wyjazdy, rezultaty i działania upowszechniające.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="235"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/forms.py" line="540"/>
        <source>Discard draft</source>
        <translation>Odrzuć szkic</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="493"/>
        <source>draft, not saved yet</source>
        <translation>szkic, jeszcze niezapisany</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="505"/>
        <source>New: it is saved as soon as the fields marked * are filled in.</source>
        <translation>Nowy wpis: zostanie zapisany, gdy tylko wypełnisz pola oznaczone *.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="512"/>
        <source>Kept as a draft, not saved yet: correct the marked fields.</source>
        <translation>Wpis pozostaje szkicem i nie został jeszcze zapisany: popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="515"/>
        <source>Changes not saved yet.</source>
        <translation>Zmiany nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="517"/>
        <source>All changes saved.</source>
        <translation>Wszystkie zmiany zapisane.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="491"/>
        <source>draft, still needed: %1</source>
        <translation>szkic, brakuje: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/forms.py" line="510"/>
        <source>Kept as a draft, not saved yet. Still needed: %1.</source>
        <translation>Wpis pozostaje szkicem i nie został jeszcze zapisany. Brakuje: %1.</translation>
    </message>
</context>
<context>
    <name>ResponsiblePicker</name>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="225"/>
        <source>Type a name, or choose from the people…</source>
        <translation>Wpisz imię i nazwisko albo wybierz z listy osób…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="226"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="227"/>
        <source>People chosen here are linked to their record: if one of them is erased, their name goes from this action too.</source>
        <translation>Osoby wybrane tutaj są powiązane ze swoimi wpisami: jeśli dane którejś z nich zostaną trwale usunięte, jej imię i nazwisko zniknie też z tego działania.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="221"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="218"/>
        <source>Add as a name only: “%1”</source>
        <translation>Dodaj samo imię i nazwisko: „%1”</translation>
    </message>
    <message>
        <location filename="../desktop/ui/responsible_picker.py" line="199"/>
        <source>%1 (a name only, not one of the people in Vidare)</source>
        <translation>%1 (samo imię i nazwisko, bez powiązania z osobą w programie Vidare)</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="64"/>
        <source>1 Result</source>
        <translation>1 Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="66"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="67"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="69"/>
        <source>Open licence of published material</source>
        <translation>Otwarta licencja opublikowanych materiałów</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="71"/>
        <source>3 Message and purpose</source>
        <translation>3 Przekaz i cel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="73"/>
        <source>7 Sustainability</source>
        <translation>7 Trwałość rezultatów</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="75"/>
        <source>8 Indicator</source>
        <translation>8 Wskaźnik</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="76"/>
        <source>Target</source>
        <comment>the value the indicator should reach (12 classes, 80 %), not the project&apos;s objectives</comment>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="80"/>
        <source>Evaluation</source>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="95"/>
        <source>2 Target groups</source>
        <translation>2 Grupy docelowe</translation>
    </message>
</context>
<context>
    <name>RolePeopleEditor</name>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="233"/>
        <source>Type a name…</source>
        <translation>Wpisz imię i nazwisko…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="234"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="220"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="231"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="231"/>
        <source>Is a</source>
        <translation>Funkcja w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="232"/>
        <source>Role on the trip</source>
        <translation>Rola podczas wyjazdu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/people_picker.py" line="217"/>
        <source>Add as a new person: “%1”</source>
        <translation>Dodaj jako nową osobę: „%1”</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="50"/>
        <source>Choose the school&apos;s logo</source>
        <translation>Wybierz logo szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="51"/>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="52"/>
        <source>This file cannot be used as a logo.</source>
        <translation>Tego pliku nie można użyć jako logo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="155"/>
        <source>Choose the official FERS artwork</source>
        <translation>Wybierz oficjalne zestawienie znaków FERS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="156"/>
        <source>No artwork</source>
        <translation>Nie dodano pliku</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="157"/>
        <source>This file cannot be used as the FERS artwork.</source>
        <translation>Tego pliku nie można użyć jako zestawienia znaków FERS.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="175"/>
        <source>As usual in %1 (%2)</source>
        <comment>the school year starts in the month usual in the school&apos;s country: %1 is the country&apos;s name, %2 the month; rephrase so the name needs no case ending (&quot;Jak zwykle w kraju: %1 (%2)&quot;)</comment>
        <translation>Jak przyjęto w kraju: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="103"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="146"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="147"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="181"/>
        <source>As usual in the school&apos;s country</source>
        <translation>Jak przyjęto w kraju szkoły</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="191"/>
        <source>Name</source>
        <comment>the school&apos;s name</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="193"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="195"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="196"/>
        <source>Erasmus+ organisation ID (OID)</source>
        <translation>Identyfikator organizacji Erasmus+ (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="198"/>
        <source>Language of documents</source>
        <translation>Język dokumentów</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="200"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="201"/>
        <source>School year starts in</source>
        <translation>Początek roku szkolnego</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="203"/>
        <source>FERS marking</source>
        <translation>Oznakowanie FERS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="260"/>
        <source>For projects funded through FERS: the programme&apos;s official set of signs, as a PNG or JPEG picture. Vidare cannot include it; add it once here.</source>
        <translation>Dla projektów finansowanych z FERS: oficjalne zestawienie znaków programu jako obraz PNG lub JPEG. Nie jest ono dołączone do programu Vidare – wystarczy raz dodać je tutaj.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="263"/>
        <source>The school has a FERS project: until the official artwork is added here, its documents carry the EU emblem and the funding statement alone.</source>
        <translation>Szkoła realizuje projekt FERS: dopóki nie dodasz tutaj oficjalnego zestawienia znaków, dokumenty projektu będą zawierać tylko emblemat UE i informację o dofinansowaniu.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="354"/>
        <source>Open another database</source>
        <translation>Otwórz inną bazę danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="356"/>
        <source>Vidare databases (*.db)</source>
        <translation>Bazy danych Vidare (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="380"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="381"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="382"/>
        <source>The window changes language at once. Each document chooses its own language when it is printed.</source>
        <translation>Język okna zmienia się od razu. Każdy dokument ma własny język, wybierany przy drukowaniu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="387"/>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="388"/>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="394"/>
        <source>Open the data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="395"/>
        <source>Open another database…</source>
        <translation>Otwórz inną bazę danych…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="396"/>
        <source>About Vidare…</source>
        <translation>O programie Vidare…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="397"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
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
        <translation>Arkusze kalkulacyjne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="359"/>
        <source>Another database</source>
        <translation>Inna baza danych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="360"/>
        <source>Vidare opens %1 the next time it starts.</source>
        <translation>Przy następnym uruchomieniu Vidare otworzy %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="390"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="391"/>
        <source>Photos and attached files: %1</source>
        <translation>Zdjęcia i załączone pliki: %1</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="45"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="46"/>
        <source>Already in Vidare</source>
        <translation>Już jest w programie Vidare</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="47"/>
        <source>Cannot be imported</source>
        <translation>Nie można zaimportować</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="141"/>
        <source>Choose a spreadsheet</source>
        <translation>Wybierz arkusz kalkulacyjny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="142"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="435"/>
        <source>%n row(s) added.</source>
        <translation>
            <numerusform>Dodano %n wiersz.</numerusform>
            <numerusform>Dodano %n wiersze.</numerusform>
            <numerusform>Dodano %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="436"/>
        <source>%n row(s) were already in Vidare.</source>
        <translation>
            <numerusform>%n wiersz był już w programie Vidare.</numerusform>
            <numerusform>%n wiersze były już w programie Vidare.</numerusform>
            <numerusform>%n wierszy było już w programie Vidare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="451"/>
        <source>Import a spreadsheet</source>
        <translation>Import arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="461"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="462"/>
        <source>Vidare has matched what it recognised. Choose a field for each column you want, or leave it not imported.</source>
        <translation>Vidare dopasował to, co rozpoznał. Dla każdej kolumny, której potrzebujesz, wybierz pole; pozostałe zostaw jako „(nie importuj)”.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="466"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="467"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="468"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="162"/>
        <source>The project each row names</source>
        <translation>Projekt podany w danym wierszu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="163"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="199"/>
        <source>Choose a file first.</source>
        <translation>Najpierw wybierz plik.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="265"/>
        <source>(not imported)</source>
        <translation>(nie importuj)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="304"/>
        <location filename="../desktop/ui/sheet_import.py" line="312"/>
        <source>Row</source>
        <translation>Wiersz</translation>
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
        <translation>Co wymaga poprawy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="348"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="348"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="388"/>
        <location filename="../desktop/ui/sheet_import.py" line="469"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="388"/>
        <location filename="../desktop/ui/sheet_import.py" line="470"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="438"/>
        <source>%n person(s) put on the trip.</source>
        <translation>
            <numerusform>Dopisano %n osobę do wyjazdu.</numerusform>
            <numerusform>Dopisano %n osoby do wyjazdu.</numerusform>
            <numerusform>Dopisano %n osób do wyjazdu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="444"/>
        <source>The state before the import is kept in a backup.</source>
        <translation>Stan sprzed importu zachowano w kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="453"/>
        <source>1. Choose the file and what it holds</source>
        <translation>1. Wybierz plik i określ, co zawiera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="453"/>
        <source>2. Match the columns</source>
        <translation>2. Dopasuj kolumny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="454"/>
        <source>3. Check each row as it will be stored</source>
        <translation>3. Sprawdź każdy wiersz w postaci, w jakiej zostanie zapisany</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="454"/>
        <source>4. Imported</source>
        <translation>4. Zaimportowano</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>File (XLSX or CSV)</source>
        <translation>Plik (XLSX lub CSV)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="457"/>
        <source>It holds</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="458"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="458"/>
        <source>Role, when the list gives none</source>
        <translation>Rola, gdy lista jej nie podaje</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="459"/>
        <source>Put everyone on the trip</source>
        <translation>Dopisz wszystkich do wyjazdu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="464"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="464"/>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="465"/>
        <source>Goes into</source>
        <translation>Trafia do pola</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="337"/>
        <source>%n row(s) will be added.</source>
        <translation>
            <numerusform>Zostanie dodany %n wiersz.</numerusform>
            <numerusform>Zostaną dodane %n wiersze.</numerusform>
            <numerusform>Zostanie dodanych %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="338"/>
        <source>%n row(s) are already in Vidare and add nothing.</source>
        <translation>
            <numerusform>%n wiersz jest już w programie Vidare, więc nic z niego nie zostanie dodane.</numerusform>
            <numerusform>%n wiersze są już w programie Vidare, więc nic z nich nie zostanie dodane.</numerusform>
            <numerusform>%n wierszy jest już w programie Vidare, więc nic z nich nie zostanie dodane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="340"/>
        <source>%n row(s) cannot be imported; they will be listed in a file to fix.</source>
        <translation>
            <numerusform>Nie można zaimportować %n wiersza; zostanie on zapisany w osobnym pliku, w którym można go poprawić.</numerusform>
            <numerusform>Nie można zaimportować %n wierszy; zostaną one zapisane w osobnym pliku, w którym można je poprawić.</numerusform>
            <numerusform>Nie można zaimportować %n wierszy; zostaną one zapisane w osobnym pliku, w którym można je poprawić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheet_import.py" line="440"/>
        <source>%n row(s) were not imported. They are listed, with what is wrong, in %1; fix them there and import that file.</source>
        <translation>
            <numerusform>Nie zaimportowano %n wiersza. Zapisano go wraz z opisem błędu w pliku %1; popraw go tam i zaimportuj ten plik.</numerusform>
            <numerusform>Nie zaimportowano %n wierszy. Zapisano je wraz z opisem błędów w pliku %1; popraw je tam i zaimportuj ten plik.</numerusform>
            <numerusform>Nie zaimportowano %n wierszy. Zapisano je wraz z opisem błędów w pliku %1; popraw je tam i zaimportuj ten plik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheet_import.py" line="412"/>
        <source>Match a column to: %1</source>
        <translation>Dopasuj kolumny do pól: %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../desktop/sheets/fields.py" line="169"/>
        <source>What is wrong</source>
        <translation>Co wymaga poprawy</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="45"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="49"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="52"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="55"/>
        <location filename="../desktop/sheets/layout.py" line="107"/>
        <source>Fewer opportunities</source>
        <translation>Z mniejszymi szansami</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="60"/>
        <location filename="../desktop/sheets/layout.py" line="109"/>
        <location filename="../desktop/sheets/layout.py" line="175"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
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
        <translation>Klasa lub grupa (zapisywana w uwagach)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="70"/>
        <location filename="../desktop/sheets/layout.py" line="104"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="82"/>
        <location filename="../desktop/sheets/layout.py" line="123"/>
        <source>Mobilities</source>
        <translation>Mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="134"/>
        <source>Dissemination actions</source>
        <translation>Działania upowszechniające</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="72"/>
        <location filename="../desktop/sheets/layout.py" line="86"/>
        <location filename="../desktop/sheets/layout.py" line="106"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="76"/>
        <location filename="../desktop/sheets/layout.py" line="108"/>
        <source>Protected identity</source>
        <translation>Chroniona tożsamość</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="83"/>
        <location filename="../desktop/sheets/layout.py" line="125"/>
        <source>Beneficiary Module ID</source>
        <translation>Identyfikator w Beneficiary Module</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="87"/>
        <location filename="../desktop/sheets/layout.py" line="126"/>
        <source>Activity type</source>
        <translation>Rodzaj mobilności</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="90"/>
        <location filename="../desktop/sheets/layout.py" line="127"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="93"/>
        <location filename="../desktop/sheets/layout.py" line="128"/>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="99"/>
        <source>Host organisation&apos;s OID (used when no name)</source>
        <translation>OID organizacji przyjmującej (gdy brak nazwy)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="102"/>
        <location filename="../desktop/sheets/layout.py" line="64"/>
        <location filename="../desktop/sheets/layout.py" line="85"/>
        <location filename="../desktop/sheets/layout.py" line="129"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="105"/>
        <location filename="../desktop/sheets/layout.py" line="63"/>
        <location filename="../desktop/sheets/layout.py" line="84"/>
        <location filename="../desktop/sheets/layout.py" line="130"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="108"/>
        <location filename="../desktop/sheets/layout.py" line="131"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="113"/>
        <location filename="../desktop/sheets/layout.py" line="132"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="117"/>
        <location filename="../desktop/sheets/layout.py" line="133"/>
        <source>Travel days</source>
        <translation>Dni podróży</translation>
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
        <translation>Imię i nazwisko uczestnika</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="124"/>
        <source>Participant&apos;s first name</source>
        <translation>Imię uczestnika</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="126"/>
        <source>Participant&apos;s last name</source>
        <translation>Nazwisko uczestnika</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="128"/>
        <source>Accompanying person</source>
        <translation>Osoba towarzysząca</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="136"/>
        <location filename="../desktop/sheets/layout.py" line="71"/>
        <location filename="../desktop/sheets/layout.py" line="89"/>
        <location filename="../desktop/sheets/layout.py" line="148"/>
        <location filename="../desktop/sheets/layout.py" line="162"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="139"/>
        <location filename="../desktop/sheets/layout.py" line="163"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="141"/>
        <location filename="../desktop/sheets/layout.py" line="101"/>
        <location filename="../desktop/sheets/layout.py" line="164"/>
        <source>Target group</source>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="143"/>
        <location filename="../desktop/sheets/layout.py" line="165"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="144"/>
        <location filename="../desktop/sheets/layout.py" line="166"/>
        <source>Quality standard</source>
        <translation>Standard jakości</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="146"/>
        <location filename="../desktop/sheets/layout.py" line="168"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="147"/>
        <location filename="../desktop/sheets/layout.py" line="169"/>
        <source>Planned for</source>
        <translation>Planowana data</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="150"/>
        <location filename="../desktop/sheets/layout.py" line="170"/>
        <source>Done on</source>
        <translation>Data realizacji</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="154"/>
        <location filename="../desktop/sheets/layout.py" line="172"/>
        <source>People reached</source>
        <translation>Liczba odbiorców</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="158"/>
        <location filename="../desktop/sheets/layout.py" line="173"/>
        <source>Responsible</source>
        <translation>Osoba odpowiedzialna</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/fields.py" line="161"/>
        <location filename="../desktop/sheets/layout.py" line="174"/>
        <source>Evidence (link or file)</source>
        <translation>Potwierdzenie (link lub plik)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="49"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="61"/>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="67"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="81"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="87"/>
        <source>Results</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="99"/>
        <source>Target groups</source>
        <translation>Grupy docelowe</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="110"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="141"/>
        <source>Who went</source>
        <translation>Uczestnicy wyjazdów</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="146"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="155"/>
        <source>Story authors</source>
        <translation>Autorzy historii</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="158"/>
        <source>Dissemination</source>
        <translation>Upowszechnianie</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="62"/>
        <source>Name</source>
        <comment>the school&apos;s name</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="65"/>
        <source>Organisation ID (OID)</source>
        <translation>Identyfikator organizacji (OID)</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="66"/>
        <location filename="../desktop/sheets/layout.py" line="151"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="68"/>
        <source>Project number</source>
        <comment>the number the national agency gives the project, as on the grant agreement</comment>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="72"/>
        <source>Key action</source>
        <comment>the Erasmus+ key action of the project (KA121, KA122…)</comment>
        <translation>Akcja kluczowa</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="75"/>
        <source>Start</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="76"/>
        <source>End</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="77"/>
        <source>Funding</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="78"/>
        <source>Needs analysis</source>
        <translation>Analiza potrzeb</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="79"/>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="80"/>
        <source>How management is involved</source>
        <translation>Zaangażowanie dyrekcji</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="83"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="90"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="91"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="92"/>
        <source>Open licence</source>
        <translation>Otwarta licencja</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="93"/>
        <source>Message</source>
        <translation>Przekaz</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="94"/>
        <source>Sustainability</source>
        <translation>Trwałość rezultatów</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="95"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="96"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="97"/>
        <source>Evaluation notes</source>
        <translation>Uwagi z ewaluacji</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="98"/>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="100"/>
        <location filename="../desktop/sheets/layout.py" line="161"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="102"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="103"/>
        <source>Representatives</source>
        <translation>Przedstawiciele</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="105"/>
        <source>Name</source>
        <comment>a person&apos;s full name</comment>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="111"/>
        <location filename="../desktop/sheets/layout.py" line="143"/>
        <location filename="../desktop/sheets/layout.py" line="157"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="112"/>
        <source>Given by</source>
        <translation>Kto udzielił zgody</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="113"/>
        <source>Given on</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="114"/>
        <source>Photos inside the school</source>
        <translation>Zdjęcia: wydruki do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="115"/>
        <source>Photos in print for the public</source>
        <translation>Zdjęcia: wydruki dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="116"/>
        <source>Photos online</source>
        <translation>Zdjęcia: internet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="117"/>
        <source>Stories inside the school</source>
        <translation>Historie: wydruki do użytku w szkole</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="118"/>
        <source>Stories in print for the public</source>
        <translation>Historie: wydruki dla odbiorców zewnętrznych</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="119"/>
        <source>Stories online</source>
        <translation>Historie: internet</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="120"/>
        <source>Name shown as</source>
        <translation>Podpis w materiałach</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="121"/>
        <source>Expires on</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="122"/>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="134"/>
        <source>Main transport</source>
        <translation>Główny środek transportu</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="135"/>
        <source>Sustainable means, described</source>
        <translation>Opis zrównoważonego środka transportu</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="137"/>
        <source>Learning outcomes</source>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="138"/>
        <source>Passed on to colleagues</source>
        <translation>Przekazane współpracownikom</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="139"/>
        <source>Participant reports</source>
        <translation>Raporty uczestników</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="142"/>
        <location filename="../desktop/sheets/layout.py" line="147"/>
        <source>Mobility</source>
        <translation>Mobilność</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="144"/>
        <source>Role on the trip</source>
        <translation>Rola podczas wyjazdu</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="149"/>
        <location filename="../desktop/sheets/layout.py" line="156"/>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="150"/>
        <source>Quote</source>
        <translation>Cytat</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/layout.py" line="152"/>
        <source>What it brought</source>
        <translation>Korzyści z wyjazdu</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="36"/>
        <source>The spreadsheet %1 was not imported: %2</source>
        <translation>Nie zaimportowano pliku %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="37"/>
        <source>it is larger than %1 MB, far more than a list needs.</source>
        <translation>jest większy niż %1 MB – to znacznie więcej, niż potrzeba na listę.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="38"/>
        <source>it has more than %1 rows.</source>
        <translation>liczba wierszy przekracza %1.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="39"/>
        <source>it has more than %1 columns.</source>
        <translation>liczba kolumn przekracza %1.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="40"/>
        <source>it would unpack to far more data than it holds, as a decompression bomb does.</source>
        <translation>po rozpakowaniu zająłby znacznie więcej miejsca, niż zajmuje – jak tzw. bomba dekompresyjna.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="42"/>
        <source>it links to other files or data sources (%1); save a copy without links and import that.</source>
        <translation>zawiera łącza do innych plików lub źródeł danych (%1); zapisz kopię bez łączy i zaimportuj ją.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="44"/>
        <source>it is not an XLSX or CSV file that can be read.</source>
        <translation>nie jest czytelnym plikiem XLSX ani CSV.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="45"/>
        <source>it is damaged and cannot be read.</source>
        <translation>jest uszkodzony i nie da się go odczytać.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="46"/>
        <source>it holds no rows.</source>
        <translation>nie zawiera żadnych wierszy.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/reading.py" line="47"/>
        <source>its text is in an encoding Vidare does not know; save it as CSV UTF-8 and try again.</source>
        <translation>używa kodowania znaków, którego Vidare nie obsługuje; zapisz go jako CSV UTF-8 i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="132"/>
        <location filename="../desktop/ui/sheets_panel.py" line="112"/>
        <source>Export everything</source>
        <translation>Eksportuj wszystko</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="167"/>
        <source>Write everything in Vidare to one Excel workbook, one sheet per area, or bring in a list from a spreadsheet: the pupils of a trip, the staff, a Beneficiary Module export.</source>
        <translation>Zapisz wszystkie dane z programu Vidare w jednym skoroszycie Excel (każdy obszar w osobnym arkuszu) albo zaimportuj dane z arkusza kalkulacyjnego, np. listę uczniów jadących na wyjazd, listę kadry lub eksport z Beneficiary Module.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="170"/>
        <source>For the data protection officer: with everyone&apos;s name</source>
        <translation>Dla inspektora ochrony danych: z imionami i nazwiskami wszystkich osób</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="172"/>
        <source>Export everything…</source>
        <translation>Eksportuj wszystko…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="173"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importuj z arkusza kalkulacyjnego…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="121"/>
        <source>Writing %1…</source>
        <translation>Zapisywanie pliku %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="133"/>
        <source>The workbook was not written: %1</source>
        <translation>Nie zapisano skoroszytu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="161"/>
        <source>Everyone is named, whatever their consent says. Keep the file as safely as the database.</source>
        <translation>Wszystkie osoby będą wymienione z imienia i nazwiska, niezależnie od ich zgód. Przechowuj plik tak samo bezpiecznie jak bazę danych.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="163"/>
        <source>Off: people whose consent does not cover use inside the school appear by role and initials only.</source>
        <translation>Opcja wyłączona: osoby, których zgoda nie obejmuje użytku w szkole, występują tylko z rolą i inicjałami.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="140"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %n wiersz w pliku %1.</numerusform>
            <numerusform>Zapisano %n wiersze w pliku %1.</numerusform>
            <numerusform>Zapisano %n wierszy w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="142"/>
        <source>Everyone is named in it: keep it as safely as the database, and delete it when it is no longer needed.</source>
        <translation>Wszystkie osoby są w nim wymienione z imienia i nazwiska: przechowuj go tak samo bezpiecznie jak bazę danych i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sheets_panel.py" line="113"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sheets_panel.py" line="145"/>
        <source>%n person(s) are shown by role and initials only, as their consent asks.</source>
        <translation>
            <numerusform>%n osoba występuje tylko z rolą i inicjałami, jak przewiduje jej zgoda.</numerusform>
            <numerusform>%n osoby występują tylko z rolą i inicjałami, jak przewidują ich zgody.</numerusform>
            <numerusform>%n osób występuje tylko z rolą i inicjałami, jak przewidują ich zgody.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/errors.py" line="27"/>
        <source>There is no database at %1.</source>
        <translation>W lokalizacji %1 nie ma bazy danych.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="31"/>
        <source>%1 is not a Vidare database.</source>
        <translation>%1 nie jest bazą danych programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="35"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 to folder, a nie plik bazy danych.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="39"/>
        <source>%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.</source>
        <translation>Plik %1 zapisano w nowszej wersji programu Vidare (wersja danych: %2); ta wersja obsługuje dane najwyżej w wersji %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="46"/>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>Plik %1 jest uszkodzony i nie można go otworzyć.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="80"/>
        <source>%1 holds the data of another school (%2), not of %3.</source>
        <translation>%1 zawiera dane innej szkoły (%2), a nie tej szkoły (%3).</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="91"/>
        <source>%1 can only be read here, so this document, which shows people, could not be recorded for the take-down list.</source>
        <translation>Plik %1 można tu tylko odczytać, więc tego dokumentu, w którym występują osoby, nie udało się odnotować na potrzeby listy materiałów do usunięcia.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="55"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Nie można zapisywać w folderze %1.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="61"/>
        <source>%1 can only be read here, so Vidare changes nothing in it.</source>
        <translation>Plik %1 można tu tylko odczytać, więc Vidare niczego w nim nie zmienia.</translation>
    </message>
    <message>
        <location filename="../desktop/store/errors.py" line="68"/>
        <source>%1 is in a folder kept in step by %2; two computers writing it at once can damage it.</source>
        <translation>Plik %1 znajduje się w folderze synchronizowanym przez %2; jednoczesny zapis z dwóch komputerów może go uszkodzić.</translation>
    </message>
    <message>
        <location filename="../desktop/store/lock.py" line="41"/>
        <source>%1 is already open in another Vidare (%2 on %3, since %4).</source>
        <translation>Plik %1 jest już otwarty w programie Vidare (użytkownik %2 na komputerze %3, od %4).</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="64"/>
        <source>The backup in %1 could not be made or verified: %2</source>
        <translation>Nie udało się utworzyć lub sprawdzić kopii zapasowej w folderze %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="68"/>
        <source>%1 is not a Vidare backup.</source>
        <translation>%1 nie jest kopią zapasową programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/backups.py" line="72"/>
        <source>%1 is a file; give a folder to keep the backups in.</source>
        <translation>%1 to plik; podaj folder, w którym mają być kopie zapasowe.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="70"/>
        <source>it holds a file that no record uses (%1).</source>
        <translation>zawiera plik, którego nie używa żaden wpis (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="71"/>
        <source>the file %1 does not hold what its name says.</source>
        <translation>plik %1 nie zawiera tego, na co wskazuje jego nazwa.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="72"/>
        <source>the picture %1 cannot be used: %2</source>
        <translation>nie można użyć obrazu %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="73"/>
        <source>it holds far more data than its records need.</source>
        <translation>zawiera znacznie więcej danych, niż potrzeba na zapisane w nim wpisy.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive.py" line="78"/>
        <source>The archive %1 was not imported: %2</source>
        <translation>Nie zaimportowano archiwum %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="31"/>
        <source>it is not a readable zip file.</source>
        <translation>nie jest to czytelny plik zip.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="32"/>
        <source>it holds a file that would land outside the media folder (%1).</source>
        <translation>zawiera plik, który trafiłby poza folder multimediów (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="34"/>
        <source>it holds a link (%1) instead of a file.</source>
        <translation>zawiera dowiązanie (%1) zamiast pliku.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="35"/>
        <source>it holds too many files.</source>
        <translation>zawiera zbyt wiele plików.</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="36"/>
        <source>it would unpack to more data than a Vidare archive can hold (%1).</source>
        <translation>po rozpakowaniu zajęłoby więcej miejsca, niż może pomieścić archiwum Vidare (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="38"/>
        <source>it holds no Vidare database.</source>
        <translation>nie zawiera bazy danych programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="37"/>
        <source>the database inside is not a Vidare database.</source>
        <translation>baza danych w archiwum nie pochodzi z programu Vidare.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="38"/>
        <source>the database inside is damaged.</source>
        <translation>baza danych w archiwum jest uszkodzona.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="39"/>
        <source>it was made by a newer Vidare; install the newer Vidare first.</source>
        <translation>utworzono je w nowszej wersji programu Vidare; najpierw zainstaluj nowszą wersję.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="43"/>
        <source>the database inside holds a view that Vidare did not make (%1).</source>
        <translation>baza danych w archiwum zawiera widok, którego nie utworzył program Vidare (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="45"/>
        <source>the database inside holds a trigger that Vidare did not make (%1).</source>
        <translation>baza danych w archiwum zawiera wyzwalacz, którego nie utworzył program Vidare (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="47"/>
        <source>the database inside holds a table that Vidare did not make (%1).</source>
        <translation>baza danych w archiwum zawiera tabelę, której nie utworzył program Vidare (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="49"/>
        <source>the database inside holds an index that Vidare did not make (%1).</source>
        <translation>baza danych w archiwum zawiera indeks, którego nie utworzył program Vidare (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="53"/>
        <source>the database inside has a changed or missing table (%1).</source>
        <translation>w bazie danych w archiwum brakuje tabeli albo jest ona zmieniona (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="55"/>
        <source>reading the database inside took too long.</source>
        <translation>odczyt bazy danych z archiwum trwał zbyt długo.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="56"/>
        <source>the record %1 in %2 has a value of the wrong kind in %3.</source>
        <translation>wpis %1 w tabeli %2 ma wartość niewłaściwego typu w kolumnie %3.</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="58"/>
        <source>the record %1 in %2 holds text that is not valid UTF-8 (in %3).</source>
        <translation>wpis %1 w tabeli %2 zawiera tekst, który nie jest poprawnym UTF-8 (w kolumnie %3).</translation>
    </message>
    <message>
        <location filename="../desktop/store/incoming.py" line="60"/>
        <source>the record %1 in %2 breaks a rule (%3: %4)</source>
        <translation>wpis %1 w tabeli %2 narusza regułę (%3: %4)</translation>
    </message>
    <message>
        <location filename="../desktop/store/archive_files.py" line="39"/>
        <source>it holds the file %1 twice.</source>
        <translation>zawiera dwukrotnie plik %1.</translation>
    </message>
    <message>
        <location filename="../desktop/demo/generator.py" line="47"/>
        <source>The database is not empty; the demo school is only written into an empty database.</source>
        <translation>Baza danych nie jest pusta; szkołę demonstracyjną można zapisać tylko w pustej bazie.</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="163"/>
        <source>No story yet. Press New: a story can be started before its trip is over, and photos added once it has a title.</source>
        <translation>Nie ma jeszcze żadnej historii. Kliknij Nowy: historię można zacząć pisać jeszcze przed końcem wyjazdu, a zdjęcia dodać, gdy będzie miała tytuł.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="275"/>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="276"/>
        <source>Search all stories…</source>
        <translation>Szukaj we wszystkich historiach…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="277"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="60"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="61"/>
        <source>Trip</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="63"/>
        <source>Written in</source>
        <translation>Język historii</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="66"/>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="67"/>
        <source>Quote for posters</source>
        <translation>Cytat na plakat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="69"/>
        <source>What it brought</source>
        <translation>Korzyści z wyjazdu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="71"/>
        <source>Authors</source>
        <translation>Autorzy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="102"/>
        <source>(no trip)</source>
        <translation>(bez wyjazdu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="136"/>
        <source>New story</source>
        <translation>Nowa historia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="141"/>
        <source>%1 of %2 characters</source>
        <translation>Liczba znaków: %1 z %2</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="34"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="35"/>
        <source>Authors</source>
        <translation>Autorzy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="36"/>
        <source>Trip</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/stories_page.py" line="39"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
</context>
<context>
    <name>SubListPanel</name>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="112"/>
        <source>Add a partner</source>
        <translation>Dodaj partnera</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/projects_page.py" line="118"/>
        <source>Add a result</source>
        <translation>Dodaj rezultat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sub_list.py" line="178"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="308"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="472"/>
        <source>Delete this draft?</source>
        <translation>Usunąć ten szkic?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="512"/>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="513"/>
        <location filename="../desktop/ui/table_page.py" line="518"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="514"/>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Dodaj nowy wpis (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="515"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="516"/>
        <source>Delete the chosen record (Delete)</source>
        <translation>Usuń wybrany wpis (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="517"/>
        <source>Show all</source>
        <translation>Pokaż wszystkie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="533"/>
        <source>Choose a row in the list to see it here, or press New.</source>
        <translation>Wybierz wiersz z listy, aby go tu zobaczyć, albo kliknij Nowy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="547"/>
        <source>Showing only the %n record(s) the warning is about.</source>
        <translation>
            <numerusform>Pokazano tylko %n wpis, którego dotyczy ostrzeżenie.</numerusform>
            <numerusform>Pokazano tylko %n wpisy, których dotyczy ostrzeżenie.</numerusform>
            <numerusform>Pokazano tylko %n wpisów, których dotyczy ostrzeżenie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="303"/>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="306"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/table_page.py" line="311"/>
        <source>%n draft(s) not saved yet</source>
        <translation>
            <numerusform>%n niezapisany szkic</numerusform>
            <numerusform>%n niezapisane szkice</numerusform>
            <numerusform>%n niezapisanych szkiców</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_page.py" line="535"/>
        <source>Nothing matches. Clear the filter to see everything.</source>
        <translation>Brak pasujących wpisów. Wyczyść filtr, aby zobaczyć wszystkie.</translation>
    </message>
</context>
<context>
    <name>TargetGroupsEditor</name>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="228"/>
        <source>Add a target group</source>
        <translation>Dodaj grupę docelową</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="224"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="224"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="225"/>
        <source>Representatives, by name</source>
        <translation>Przedstawiciele (imiona i nazwiska)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/project_parts.py" line="229"/>
        <source>No target group yet: to whom does this result matter?</source>
        <translation>Brak grupy docelowej: dla kogo ten rezultat jest ważny?</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../desktop/ui/timeline.py" line="86"/>
        <source>last fifth</source>
        <translation>ostatnia 1/5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="126"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="72"/>
        <source>Choose a project to see its dissemination.</source>
        <translation>Wybierz projekt, aby zobaczyć jego działania upowszechniające.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="133"/>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="134"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../desktop/ui/timeline.py" line="135"/>
        <source>Last fifth of the project</source>
        <translation>Ostatnia 1/5 czasu projektu</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="77"/>
        <source>Enter a date.</source>
        <translation>Podaj datę.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="80"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1” nie jest datą; wpisz ją w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="89"/>
        <source>The end date is before the start date.</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="95"/>
        <source>Choose a project (record it on the Projects page first).</source>
        <translation>Wybierz projekt (najpierw zapisz go na stronie Projekty).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="103"/>
        <source>“%1” is not a known country.</source>
        <translation>Nieznany kraj: „%1”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="112"/>
        <location filename="../desktop/domain/validation.py" line="212"/>
        <location filename="../desktop/store/row_rules.py" line="50"/>
        <source>“%1” is not one of the choices.</source>
        <translation>„%1” nie należy do dostępnych opcji.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="124"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Tekst jest za długi (limit znaków: %1).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="127"/>
        <source>This text contains invisible control characters.</source>
        <translation>Tekst zawiera niewidoczne znaki sterujące.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="135"/>
        <location filename="../desktop/domain/validation.py" line="206"/>
        <location filename="../desktop/domain/validation.py" line="243"/>
        <location filename="../desktop/store/row_rules.py" line="49"/>
        <source>Enter a title.</source>
        <translation>Podaj tytuł.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="176"/>
        <source>Travel days must be between 0 and 14.</source>
        <translation>Liczba dni podróży musi wynosić od 0 do 14.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="181"/>
        <source>Describe the sustainable means of transport.</source>
        <translation>Opisz zrównoważony środek transportu.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="184"/>
        <source>The description may be at most %1 characters.</source>
        <translation>Opis jest za długi (limit znaków: %1).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="191"/>
        <source>No pupils on this pupil mobility yet: add them when you know who goes.</source>
        <translation>Do tej mobilności uczniów nie dopisano jeszcze nikogo: dodaj uczniów, gdy będzie wiadomo, kto jedzie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/domain/validation.py" line="196"/>
        <source>This trip lasts %n day(s), outside the usual %1–%2 days for this activity.</source>
        <translation>
            <numerusform>Ten wyjazd trwa %n dzień – poza zakresem typowym dla tego rodzaju mobilności (%1–%2 dni).</numerusform>
            <numerusform>Ten wyjazd trwa %n dni – poza zakresem typowym dla tego rodzaju mobilności (%1–%2 dni).</numerusform>
            <numerusform>Ten wyjazd trwa %n dni – poza zakresem typowym dla tego rodzaju mobilności (%1–%2 dni).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="208"/>
        <source>The quote is %1 characters long; a poster has room for %2.</source>
        <translation>Cytat jest za długi (liczba znaków: %1); na plakacie mieści się najwyżej %2.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="229"/>
        <source>The consent expires before it was given.</source>
        <translation>Zgoda wygasa przed datą jej udzielenia.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="254"/>
        <source>Enter the date the action was done.</source>
        <translation>Podaj datę realizacji działania.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/validation.py" line="258"/>
        <source>Enter the number of people reached (0 or more).</source>
        <translation>Podaj liczbę odbiorców (0 lub więcej).</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="48"/>
        <source>Enter a name.</source>
        <translation>Podaj nazwę lub imię i nazwisko.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="51"/>
        <source>“%1” is not a record id.</source>
        <translation>„%1” nie jest identyfikatorem wpisu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="52"/>
        <source>“%1” is not a time.</source>
        <translation>„%1” nie jest poprawnym znacznikiem czasu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="53"/>
        <source>The time %1 lies in the future.</source>
        <translation>Znacznik czasu %1 wskazuje datę w przyszłości.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="54"/>
        <source>“%1” is not a file of the media folder.</source>
        <translation>„%1” nie jest plikiem z folderu multimediów.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="55"/>
        <source>This is not a list of records.</source>
        <translation>To nie jest lista wpisów.</translation>
    </message>
    <message>
        <location filename="../desktop/store/row_rules.py" line="56"/>
        <source>This is not a whole number in range.</source>
        <translation>To nie jest liczba całkowita z dozwolonego zakresu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="96"/>
        <source>The file cannot be found.</source>
        <translation>Nie można znaleźć pliku.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="98"/>
        <source>The photo is too large.</source>
        <translation>Zdjęcie jest za duże.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="105"/>
        <location filename="../desktop/store/media.py" line="115"/>
        <source>The photo has too many pixels to be used safely.</source>
        <translation>Zdjęcie ma zbyt wiele pikseli, by można go było bezpiecznie użyć.</translation>
    </message>
    <message>
        <location filename="../desktop/store/media.py" line="109"/>
        <location filename="../desktop/store/media.py" line="121"/>
        <location filename="../desktop/store/media.py" line="124"/>
        <source>This file is not an image.</source>
        <translation>Ten plik nie jest obrazem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="79"/>
        <source>“%1” is not a date Vidare can read; write it like %2.</source>
        <translation>„%1” nie jest datą, którą Vidare potrafi odczytać; wpisz ją tak: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="41"/>
        <source>Choose the project these rows belong to.</source>
        <translation>Wybierz projekt, do którego należą te wiersze.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="42"/>
        <source>There is no project “%1” in Vidare.</source>
        <translation>W programie Vidare nie ma projektu „%1”.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="43"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1” to ani „tak”, ani „nie”.</translation>
    </message>
    <message>
        <location filename="../desktop/sheets/importing.py" line="45"/>
        <source>It refers to something that is not in Vidare.</source>
        <translation>Odwołuje się do czegoś, czego nie ma w programie Vidare.</translation>
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
