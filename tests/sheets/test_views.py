"""Each list page's export holds exactly what the page shows: its filter, its sort, its words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.sheets.privacy import NameMask
from desktop.sheets.reading import read_spreadsheet
from desktop.sheets.views import write_model
from desktop.ui import models as ui_models
from desktop.ui.pages.dissemination_page import DisseminationPage
from desktop.ui.pages.mobilities_page import MobilitiesPage
from desktop.ui.pages.people_page import PeoplePage
from desktop.ui.pages.projects_page import ProjectsPage
from desktop.ui.pages.stories_page import StoriesPage
from tests.ui.helpers import wait_for_rows

# (page, what to type into its filter, the column to sort by with a click)
PAGES = [(ProjectsPage, "", 0), (MobilitiesPage, "a", 2), (PeoplePage, "", 0),
         (StoriesPage, "", 0), (DisseminationPage, "", 0), (PeoplePage, "lind", 1)]


def shown(page):
    """What the page's table shows: headers and every row it lets through, as text."""
    model = page.view.model()
    while model.canFetchMore():
        model.fetchMore()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    rows = [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    return headers, rows


def open_page(qtbot, ctx, cls, search, sort_column, clicks=2):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    if search:
        qtbot.keyClicks(page.filter_edit, search)
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(sort_column) + header.sectionSize(sort_column) // 2
    from PySide6.QtCore import QPoint

    for _ in range(clicks):  # each click on the sorted column turns the order round
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
    wait_for_rows(qtbot, page)  # the sorted rows come from the query worker
    return page


@pytest.mark.parametrize("cls,search,sort_column", PAGES)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_each_page_export_equals_what_the_page_shows(qtbot, ctx, store, school, tmp_path,
                                                     monkeypatch, cls, search, sort_column,
                                                     suffix):
    monkeypatch.setattr(ui_models, "PAGE_SIZE", 2)  # the export must fetch past the first page
    page = open_page(qtbot, ctx, cls, search, sort_column)
    out = tmp_path / f"list{suffix}"
    mask = NameMask(store, for_dpo=True)
    written = write_model(page.view.model(), out, title=page.heading.text(), mask=mask.text)
    headers, rows = shown(page)
    back = read_spreadsheet(out).sheets[0].rows
    assert written == len(rows) and len(rows) > 0
    assert back[0] == headers
    as_text = [["" if c is None else str(c) for c in row] for row in back[1:]]
    assert [row + [""] * (len(headers) - len(row)) for row in as_text] == rows


def test_a_list_export_hides_names_consent_does_not_allow(qtbot, ctx, store, school, tmp_path):
    page = open_page(qtbot, ctx, PeoplePage, "", 0)
    out = tmp_path / "people.xlsx"
    write_model(page.view.model(), out, mask=NameMask(store).text)
    names = [row[0] for row in read_spreadsheet(out).sheets[0].rows[1:]]
    _, rows = shown(page)
    assert "Eva Sund" in [row[0] for row in rows]
    assert "Eva Sund" not in names and "E. S." in names and "Pupil" in names
    assert "Anna Lind" in names


def test_the_sort_the_page_shows_is_the_order_written(qtbot, ctx, store, school, tmp_path):
    page = open_page(qtbot, ctx, PeoplePage, "", 0, clicks=1)
    _, rows = shown(page)
    ordered = [row[0] for row in rows]
    assert ordered == sorted(ordered, reverse=True)  # sorted A to Z; one click: Z to A
    out = tmp_path / "people.csv"
    write_model(page.view.model(), out, mask=NameMask(store, for_dpo=True).text)
    assert [row[0] for row in read_spreadsheet(out).sheets[0].rows[1:]] == ordered
