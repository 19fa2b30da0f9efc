"""The command line a user meets: options where a person puts them, every line in their
language, one sentence instead of a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.demo import create_demo
from desktop.store import Store
from tests.conftest import CHILD_PATH

pytestmark = pytest.mark.smoke


def vidare(*args, lang="en_GB.UTF-8"):
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=300,
                          env={"LANG": lang, "QT_QPA_PLATFORM": "offscreen",
                               "PATH": "/usr/bin:/bin", "HOME": "/nonexistent",
                               **CHILD_PATH})


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    db = tmp_path_factory.mktemp("school") / "szkola.db"
    with Store(db, create=True) as store:
        create_demo(store, "PL", 1)
    return db


@pytest.mark.parametrize("args", [
    ("--lang", "pl", "check", "--db"), ("check", "--lang", "pl", "--db"),
    ("--LANG", "PL", "check", "--db"), ("check", "--Lang=Pl", "--DB"),
])
def test_lang_and_db_stand_before_or_after_the_command_in_any_case(school, args):
    done = vidare(*args, school)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{school}: baza w dobrym stanie — 2 projekty, "
                                  "16 mobilności, 48 uczestników")


@pytest.mark.parametrize("lang,expected", [
    ("en", "Planning poster: 1 page, A2, written to {out}"),
    ("pl", "Plakat do planowania: 1 strona, A2, zapisano w pliku {out}"),
    ("sv", "Planeringsaffisch: 1 sida, A2, sparad i {out}"),
])
def test_a_poster_says_what_it_wrote(school, tmp_path, lang, expected):
    out = tmp_path / "plan.pdf"
    done = vidare("poster", "plan", "--db", school, "--project", "Szkoła otwarta",
                  "--size", "a2", "--out", out, "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected.format(out=out) + "\n"
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("lang,expected", [
    ("en", "Project report: {pages} pages, A4, written to {out}"),
    ("nb", "Prosjektrapport: {pages} sider, A4, lagret i {out}"),
])
def test_a_report_says_how_many_pages_it_wrote(school, tmp_path, lang, expected):
    from pypdf import PdfReader

    out = tmp_path / "report.pdf"
    done = vidare("--lang", lang, "--db", school, "report", "project", "--project",
                  "2025-1-PL01-KA220-SCH-000198765", "--out", out)
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(out).pages)
    assert pages > 1
    assert done.stdout == expected.format(pages=pages, out=out) + "\n"


@pytest.mark.parametrize("lang,expected", [
    ("en", "vidare: The folder {folder} does not exist."),
    ("pl", "vidare: Folder {folder} nie istnieje."),
])
def test_a_pdf_into_a_missing_folder_is_one_sentence(school, tmp_path, lang, expected):
    folder = tmp_path / "nowhere"
    done = vidare("--lang", lang, "report", "summary", "--db", school,
                  "--out", folder / "summary.pdf")
    assert done.returncode == 2
    assert done.stderr == expected.format(folder=folder) + "\n"
    assert not folder.exists()


@pytest.mark.parametrize("lang,expected", [
    ("en", "vidare: {out} is a folder; give the name of the PDF file to write."),
    ("sv", "vidare: {out} är en mapp; ange namnet på PDF-filen som ska skrivas."),
])
def test_a_pdf_onto_a_folder_is_one_sentence(tmp_path, lang, expected):
    done = vidare("--lang", lang, "poster", "plan", "--blank", "--out", tmp_path)
    assert done.returncode == 2
    assert done.stderr == expected.format(out=tmp_path) + "\n"


@pytest.mark.parametrize("lang,expected", [
    ("en", "vidare: No project has the id Zzz, or a grant agreement number or title "
           "starting with it."),
    ("pl", "vidare: Nie ma projektu o identyfikatorze Zzz ani projektu, którego numer umowy "
           "lub tytuł zaczyna się od tych znaków."),
])
def test_an_unknown_project_is_one_sentence(school, tmp_path, lang, expected):
    done = vidare("--lang", lang, "poster", "stories", "--db", school, "--project", "Zzz",
                  "--out", tmp_path / "x.pdf")
    assert done.returncode == 2
    assert done.stderr == expected + "\n"


def test_a_project_is_found_by_the_start_of_its_title_in_any_case(school, tmp_path):
    done = vidare("poster", "stories", "--db", school, "--project", "ukryte RZEKI",
                  "--out", tmp_path / "x.pdf")
    assert done.returncode == 0, done.stderr


def test_a_project_is_found_by_the_first_part_of_its_number(school, tmp_path):
    done = vidare("--lang", "pl", "report", "project", "--db", school, "--project",
                  "2025-1-pl01-KA220", "--out", tmp_path / "x.pdf")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Raport z projektu: ")
    from pypdf import PdfReader

    assert "Ukryte rzeki" in PdfReader(tmp_path / "x.pdf").metadata.title


def test_a_number_two_projects_start_with_names_both(school, tmp_path):
    done = vidare("--lang", "sv", "poster", "plan", "--db", school, "--project", "2025-1-PL01",
                  "--out", tmp_path / "x.pdf")
    assert done.returncode == 2
    assert done.stderr == (
        "vidare: Flera projekt har ett projektnummer eller en titel som börjar med "
        "”2025-1-PL01”: skriv fler tecken eller hela projektnumret "
        "(2025-1-PL01-KA220-SCH-000198765, 2025-1-PL01-KA121-SCH-000234567).\n")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("lang,expected", [
    ("en", "vidare: error: unrecognized arguments: --bogus"),
    ("pl", "vidare: błąd: nieznane argumenty: --bogus"),
])
def test_argparse_speaks_the_language_too(lang, expected):
    done = vidare("--lang", lang, "check", "--bogus")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == expected
    assert done.stderr.startswith({"en": "usage: vidare", "pl": "użycie: vidare"}[lang])


def test_the_language_of_the_system_is_used_without_lang(tmp_path):
    done = vidare("poster", "plan", "--blank", "--out", tmp_path / "x.pdf", lang="nb_NO.UTF-8")
    assert done.stdout.startswith("Tom planleggingsplakat: 1 side, A3, lagret i ")


@pytest.mark.parametrize("lang,words", [
    ("en", ["grant agreement number", "first words of its title", "public", "internal",
            "consent", "{A4,A3,A2,A1}"]),
    ("pl", ["numer umowy", "początek tytułu", "zgoda", "format papieru", "PROJEKT"]),
])
def test_poster_help_explains_its_options(lang, words):
    done = vidare("--lang", lang, "poster", "stories", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    for word in words:
        assert word in text, (word, text)


@pytest.mark.parametrize("lang,words", [
    ("en", ["YYYY-MM-DD", "the start of this school year"]),
    ("sv", ["ÅÅÅÅ-MM-DD", "början av det här läsåret", "användning: vidare report summary"]),
])
def test_summary_help_gives_the_date_format(lang, words):
    text = " ".join(vidare("--lang", lang, "report", "summary", "--help").stdout.split())
    for word in words:
        assert word in text, (word, text)


def test_demo_help_explains_scale_and_the_demo_defaults_to_the_language(tmp_path):
    text = " ".join(vidare("--lang", "en", "demo", "--help").stdout.split())
    assert "repeat the school's history N times" in text
    done = vidare("--lang", "nb", "demo", "--db", tmp_path / "skole.db")
    assert done.returncode == 0, done.stderr
    assert "demoskole (Norge)" in done.stdout


def test_backup_in_swedish_prints_no_english(tmp_path):
    import re
    import shutil

    db = tmp_path / "skolan.db"
    with Store(db, create=True) as store:
        create_demo(store, "SE", 1)

    def words(lang: str) -> set[str]:
        done = vidare("--lang", lang, "backup", "--db", db)
        assert done.returncode == 0, done.stderr
        text = re.sub(r"\S*/\S*", " ", done.stdout + done.stderr)  # paths are no language
        return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}

    english, swedish = words("en"), words("sv")
    assert {"säkerhetskopierad", "kontrollerad", "berättelser"} <= swedish
    assert not english & swedish, english & swedish
    shutil.rmtree(db.parent / "skolan-backups")
