"""Every table model passes Qt's model checks, and filters and sorts in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.pages.dissemination_page import ActionModel
from desktop.ui.pages.mobilities_page import MobilityModel
from desktop.ui.pages.people_page import PeopleModel
from desktop.ui.pages.projects_page import ProjectModel
from desktop.ui.pages.stories_page import StoryModel

MODELS = [MobilityModel, PeopleModel, StoryModel, ActionModel, ProjectModel]


@pytest.mark.parametrize("model_class", MODELS)
def test_every_table_model_passes_the_model_tester(qtmodeltester, ctx, school, model_class):
    model = model_class(ctx)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_mobility_model_filters_and_sorts_in_sql(ctx, school):
    model = MobilityModel(ctx)
    model.refresh()
    assert model.rowCount() == 3
    model.set_search("tampere")
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["Tampere"]
    model.set_search("")
    city = [c.key for c in model.columns].index("city")
    model.sort(city, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, city).data() for r in range(3)] == ["Aarhus", "Kraków", "Tampere"]
    model.sort(city, Qt.SortOrder.DescendingOrder)
    assert model.index(0, city).data() == "Tampere"


def test_model_fetches_rows_in_pages(ctx, store, school):
    from desktop.domain.models import Participant

    for number in range(450):
        store.people.save(Participant(name=f"Person {number:03d}"))
    model = PeopleModel(ctx)
    model.refresh()
    assert model.total == 455
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 455
    assert not model.canFetchMore()


def test_headers_change_with_the_language(qtbot, ctx, school):
    model = StoryModel(ctx)
    model.refresh()
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"


def test_catalogue_codes_show_as_words(ctx, school):
    model = ActionModel(ctx)
    model.refresh()
    channel = [c.key for c in model.columns].index("channel")
    shown = {model.index(r, channel).data() for r in range(model.rowCount())}
    assert shown == {"Staff meeting", "Local press"}
