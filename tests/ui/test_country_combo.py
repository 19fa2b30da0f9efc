"""The country field finds a country the way a teacher types it."""

from desktop.ui.choosers import CountryCombo


def test_typed_without_accents_or_in_english_finds_the_country(qtbot):
    combo = CountryCombo("sv")
    qtbot.addWidget(combo)
    for typed, code in (("Österrike", "AT"), ("osterrike", "AT"), ("polen", "PL"),
                        ("NO", "NO")):
        combo.setEditText(typed)
        assert combo.code() == code, typed
    combo.setEditText("Atlantis")
    assert combo.code() == "Atlantis"  # not a country: validation says so next to the field


def test_the_completer_offers_accented_names_for_plain_letters(qtbot):
    combo = CountryCombo("nb")
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("osterr")
    offered = [completer.completionModel().index(row, 0).data()
               for row in range(completer.completionCount())]
    assert offered == ["Østerrike"]
