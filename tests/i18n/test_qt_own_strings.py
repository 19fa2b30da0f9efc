"""Qt's own strings (buttons, context menus, file dialog) in Vidare's languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from desktop.i18n.qt import LanguageSwitcher, load_qt_catalogue, qt_translations_dir
from tools.i18n.refresh import project_root
from tools.i18n.tsfile import read_qm, read_ts


def test_our_bokmal_catalogue_answers_what_qt_asks():
    """Every context and source in qtbase_nb.ts is one Qt itself looks up (it is in
    Qt's Swedish catalogue under the same context). Qt 6.11 added accelerators to some
    file-dialog labels ("&Look in:"); ours has both spellings, for every Qt we allow."""
    qt_swedish = {(context, source.replace("&", "")) for context, source, _ in
                  read_qm(Path(qt_translations_dir()) / "qtbase_sv.qm")}
    ours = read_ts(project_root() / "translations" / "qtbase_nb.ts")
    assert ours.messages
    unknown = [(m.context, m.source) for m in ours.messages
               if (m.context, m.source.replace("&", "")) not in qt_swedish]
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
        assert labels & {"&Se i:", "Se i:"} and "Fil&navn:" in labels
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                                   | QDialogButtonBox.StandardButton.No
                                   | QDialogButtonBox.StandardButton.Close)
        assert {b.text() for b in buttons.buttons()} == {"&Ja", "&Nei", "Lukk"}
        assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Forkast"
    finally:
        switcher.set_language("en")
