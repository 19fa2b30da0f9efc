"""Long, hostile or missing input: documents still build, fast, and nothing vanishes silently."""

from __future__ import annotations

import io
import time

import pytest
from pypdf import PdfReader

from desktop.cli import run
from desktop.documents.common import CONTINUED, Words
from desktop.documents.gather import gather_plan, gather_stories
from desktop.documents.plan_poster import build_plan_poster
from desktop.documents.project_report import build_project_report, gather_report
from desktop.documents.stories_poster import build_stories_poster
from desktop.domain.models import DisseminationAction
from desktop.store import Store
from tests.documents.pdfread import text_of
from tests.documents.school import build_school, days

LONG = ("Ett mycket långt stycke om lärande och spridning, żółć i ærlig øl. " * 1500)[:100_000]
UNBROKEN = "ż" * 100_000


@pytest.fixture(scope="module")
def long_school(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    with Store(folder / "vidare.db", create=True) as store:
        built = build_school(store, folder, long_text=LONG[:20_000])  # the store's limit
        for i in range(60):
            store.dissemination.save(DisseminationAction(
                project_id=built.project.id, channel="blog", title=f"Blog post {i}",
                quality_part="others_public", planned_date=days(i), status="planned"))
        yield store, built


@pytest.mark.parametrize(("size", "pages"), [("A4", 2), ("A1", 1)])
def test_a_very_long_result_still_gives_every_lane(long_school, size, pages):
    store, built = long_school
    data = gather_plan(store, built.project)
    assert len(data.lanes[1].description) == 20_000
    data.lanes[2].description = LONG  # documents take longer text than the store keeps
    started = time.perf_counter()
    pdf = build_plan_poster(data, "sv", size)
    assert time.perf_counter() - started < 5
    text = text_of(pdf)
    for lane in data.lanes:
        assert lane.title in text
    assert Words("sv").tr(CONTINUED) in text  # cut, and says so
    # Four results: three lanes a page on A4 (so two and two), four on A1.
    assert len(PdfReader(io.BytesIO(pdf)).pages) == pages


def test_an_unbroken_100000_character_text_cannot_hang_a_poster(long_school):
    store, built = long_school
    data = gather_plan(store, built.project)
    for lane in data.lanes:
        lane.description = UNBROKEN
        lane.sustainability = UNBROKEN
    started = time.perf_counter()
    pdf = build_plan_poster(data, "pl", "A3")
    assert time.perf_counter() - started < 5
    assert all(lane.title in text_of(pdf) for lane in data.lanes)


def test_long_texts_in_the_project_report_build_and_repeat_table_headers(long_school):
    store, built = long_school
    data = gather_report(store, built.project)
    data.project.objectives = UNBROKEN
    started = time.perf_counter()
    pdf = build_project_report(data, "en")
    assert time.perf_counter() - started < 10
    reader = PdfReader(io.BytesIO(pdf))
    headers = sum(" ".join(p.extract_text().split()).count("Date Activity Channel Reached Evidence")
                  for p in reader.pages)
    # Three quality-standard parts, and the long one runs over more than one page.
    assert headers > 3
    assert "Blog post 59" in text_of(pdf)


def test_a_long_quote_fits_its_card(long_school):
    store, built = long_school
    data = gather_stories(store, built.project, "public")
    data.cards[0].quote = LONG[:200]
    data.cards[0].excerpt = LONG
    pdf = build_stories_poster(data, "nb", "A4")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_blank_poster_needs_no_database(tmp_path):
    pdf = build_plan_poster(None, "nb", "A1")
    assert PdfReader(io.BytesIO(pdf)).pages
    out = tmp_path / "blank.pdf"
    assert run(["poster", "plan", "--blank", "--lang", "pl", "--size", "A2",
                "--out", str(out)]) == 0
    assert "Harmonogram, środki i dostępne zasoby?" in text_of(out.read_bytes())
    assert not list(tmp_path.glob("*.db"))


def test_commands_write_documents_and_record_who_they_show(tmp_path):
    db = tmp_path / "school.db"
    with Store(db, create=True) as store:
        built = build_school(store, tmp_path)
    ref = built.project.reference
    for argv in (["poster", "plan", "--db", str(db), "--project", ref, "--lang", "sv"],
                 ["poster", "stories", "--db", str(db), "--project", ref, "--lang", "nb",
                  "--size", "A2", "--audience", "public"],
                 ["report", "summary", "--db", str(db), "--lang", "pl", "--from", days(-400)],
                 ["report", "project", "--db", str(db), "--project", ref, "--lang", "en"]):
        out = tmp_path / f"{argv[1]}.pdf"
        assert run([*argv, "--out", str(out)]) == 0, argv
        assert built.project.title in text_of(out.read_bytes())
    with Store(db) as store:
        records = store.publications.all()
    kinds = {r.kind for r in records}
    assert kinds == {"stories_poster", "project_report"}
    shown = {pid for r in records for pid in r.participant_ids}
    assert shown == {p.id for p in built.shown}
    assert all(r.created_on and r.language in ("nb", "en") for r in records)


@pytest.mark.parametrize("argv", [
    ["report", "project", "--project", "NOPE", "--lang", "en"],
    ["poster", "stories", "--project", "NOPE", "--lang", "en"],
    ["report", "summary", "--from", "2026-02-30", "--lang", "en"],
    ["report", "summary", "--from", "2026-05-01", "--to", "2026-01-01", "--lang", "en"],
])
def test_bad_input_is_one_sentence_and_exit_2(tmp_path, capsys, argv):
    db = tmp_path / "school.db"
    with Store(db, create=True):
        pass
    assert run([*argv, "--db", str(db), "--out", str(tmp_path / "x.pdf")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("vidare: ") and error.count("\n") == 0
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_database_is_named(tmp_path, capsys):
    assert run(["report", "summary", "--db", str(tmp_path / "none.db"), "--lang", "en",
                "--out", str(tmp_path / "x.pdf")]) == 2
    assert "none.db does not exist" in capsys.readouterr().err


def test_cutting_text_with_line_breaks_keeps_valid_markup():
    from desktop.documents.common import fit_blocks, paragraph_text, style

    text = paragraph_text("Första raden.\nAndra raden med <b> och & tecken.\n" * 200)
    fitted = fit_blocks([(text, style("t", 9))], 120, 80, min_scale=1.0, overflow="…")
    assert not fitted.complete
    assert 0 < sum(p.wrap(120, 80)[1] for p in fitted.paragraphs) <= 80 + 1
