"""Qt's own strings (buttons, context menus, file dialog) in Vidare's languages."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from desktop.i18n.qt import LanguageSwitcher, load_qt_catalogue, qt_translations_dir
from desktop.i18n.refresh import project_root
from desktop.i18n.tsfile import read_ts

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a compiled Qt catalogue."""
    data = path.read_bytes()
    assert data[:16] == QM_MAGIC
    position, messages = 16, b""
    while position < len(data):
        tag, length = data[position], struct.unpack(">I", data[position + 1:position + 5])[0]
        if tag == 0x69:
            messages = data[position + 5:position + 5 + length]
        position += 5 + length
    found, current, i = set(), {}, 0
    while i < len(messages):
        tag = messages[i]
        i += 1
        if tag == 1:  # end of one message
            found.add((current.get(7, ""), current.get(6, "")))
            current = {}
            continue
        length = struct.unpack(">I", messages[i:i + 4])[0]
        i += 4
        if length == 0xFFFFFFFF:
            continue
        if tag in (6, 7):
            current[tag] = messages[i:i + length].decode("utf-8")
        i += length
    return found


def test_our_bokmal_catalogue_answers_what_qt_asks():
    """Every context and source in qtbase_nb.ts is one Qt itself looks up (it is in
    Qt's Swedish catalogue under the same context)."""
    qt_swedish = qm_messages(Path(qt_translations_dir()) / "qtbase_sv.qm")
    ours = read_ts(project_root() / "translations" / "qtbase_nb.ts")
    assert ours.messages
    unknown = [(m.context, m.source) for m in ours.messages
               if (m.context, m.source) not in qt_swedish]
    assert not unknown


@pytest.mark.parametrize("context", ["QPlatformTheme", "QLineEdit", "QWidgetTextControl",
                                     "QFileDialog", "QMessageBox"])
def test_bokmal_covers_the_contexts_a_user_sees(context):
    ours = read_ts(project_root() / "translations" / "qtbase_nb.ts")
    assert any(m.context == context and m.finished() for m in ours.messages)


@pytest.mark.parametrize("language", ["sv", "nb", "pl"])
def test_qt_catalogue_found_for_each_language(qapp, language):
    assert load_qt_catalogue(language) is not None


def test_file_dialog_labels_in_bokmal(qapp, qtbot, monkeypatch):
    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.set_language("nb")
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert "&Se i:" in labels and "Fil&navn:" in labels
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                                   | QDialogButtonBox.StandardButton.No
                                   | QDialogButtonBox.StandardButton.Close)
        assert {b.text() for b in buttons.buttons()} == {"&Ja", "&Nei", "Lukk"}
        assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Forkast"
    finally:
        switcher.set_language("en")
