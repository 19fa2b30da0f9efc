"""No document formats a number next to a translated label outside a plural message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.number_labels import findings

ROOT = Path(__file__).resolve().parents[2]
# Every module that puts numbers on paper, and the Overview page's cards.
CHECKED = sorted([*(str(p.relative_to(ROOT))
                    for p in (ROOT / "desktop" / "documents").glob("*.py")),
                  "desktop/ui/pages/overview_page.py"])


@pytest.mark.parametrize("relative", CHECKED)
def test_no_number_is_joined_to_a_label_outside_a_plural_message(relative):
    problems = findings(ROOT / relative, ROOT)
    assert not problems, "\n".join(str(p) for p in problems)


BAD = {
    "filled": 'words.fill(N("Documents", "%1 done"), words.number(done))',
    "replaced": 'tr(C, "%1 days abroad in all").replace("%1", num(f.days_abroad))',
    "f-string": 'f"{words.number(n)} {words.tr(label)}"',
    "f-string with a word": 'f"{len(rows)} participants"',
    "added": 'words.number(n) + " " + words.tr(LABEL)',
    "joined": '" ".join([words.number(n), words.label(cat.ROLES, code)])',
    "str of len": 'words.fill(PEOPLE, str(len(people)))',
}
GOOD = {
    "counted": 'words.count(phrase("figure", "participants"), n, context="Counts")',
    "translated with n": 'QCoreApplication.translate(C, "%n participant(s)", "", n)',
    "a number alone in a table cell": 'w.cell(words.number(a.people_reached))',
    "page numbers": 'words.fill(PAGE_OF, page, pages)',
    "a share": 'f"{words.share(f.green_share)}"',
    "layout": 'x = margin + 2 * gap',
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_the_check_finds_each_kind_of_join(tmp_path, name):
    source = tmp_path / "bad.py"
    source.write_text(f"value = {BAD[name]}\n", encoding="utf-8")
    assert findings(source), name


@pytest.mark.parametrize("name", sorted(GOOD))
def test_the_check_leaves_plural_messages_and_bare_numbers_alone(tmp_path, name):
    source = tmp_path / "good.py"
    source.write_text(f"value = {GOOD[name]}\n", encoding="utf-8")
    assert not findings(source), name
