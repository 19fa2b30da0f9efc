"""A filter word found in many rows is answered by walking the list in its order instead of
by looking up every match (desktop/store/search.py): both ways give the same page."""

import pytest

from desktop.demo import create_demo
from desktop.store import Store
from desktop.store import search as search_module


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("demo") / "vidare.db", create=True) as store:
        create_demo(store, "SE", scale=3)
        yield store


def pages(store, monkeypatch, many):  # noqa: ANN001
    monkeypatch.setattr(search_module, "MANY", many)
    found = {}
    for name in ("projects", "mobilities", "people", "stories", "dissemination"):
        repository = getattr(store, name)
        for sort in repository.SORTABLE:
            for descending in (False, True):
                for typed in ("a", "e", "s", "sk", "an", "ele", "anna lind", "ö"):
                    for offset in (0, 7):
                        page = repository.page(typed, sort=sort, descending=descending,
                                               limit=7, offset=offset)
                        found[name, sort, descending, typed, offset] = (
                            [row["id"] for row in page.rows], page.total)
    return found


def test_walking_in_order_gives_the_same_pages_as_looking_up_the_matches(demo, monkeypatch):
    looked_up = pages(demo, monkeypatch, many=10**9)
    walked = pages(demo, monkeypatch, many=1)
    assert walked == looked_up
    assert sum(1 for ids, _total in looked_up.values() if ids) > 500  # most found rows


def test_only_words_found_often_enough_walk_in_order(demo, monkeypatch):
    monkeypatch.setattr(search_module, "MANY", 5)
    haystack = (("participant", "id"),)
    assert search_module.many_match(demo.db, "a", haystack)
    assert not search_module.many_match(demo.db, "qqqq", haystack)
    assert not search_module.many_match(demo.db, "a qqqq", haystack)  # every word must be
    assert not search_module.many_match(demo.db, "", haystack)
