"""The look: calm colours, room to breathe, and clear marks for errors, warnings and badges."""

from desktop.paths import resource

ACCENT = "#2f6db5"

STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QWidget#sideColumn { background: #e9edf3; border-right: 1px solid #d5dbe4; }
QLabel#brand { font-size: 20pt; font-weight: 600; color: #2f6db5; padding: 18px 18px 2px 18px; }
QLabel#schoolName { color: #56657c; padding: 0 18px 14px 18px; }
QLabel#readOnly { background: #fff3cd; color: #6b4e00; padding: 10px; margin: 8px; }
QListWidget#sidebar { background: transparent; border: none; outline: none; padding: 4px 8px; }
QListWidget#sidebar::item { padding: 6px 10px; border-radius: 6px; color: #24324a; }
QListWidget#sidebar::item:selected { background: #cfdcef; color: #10294d; }
QListWidget#sidebar::item:hover:!selected { background: #dde4ee; }
QLabel#pageHeading { font-size: 17pt; font-weight: 600; color: #1f2a3d; }
QLabel#editorTitle { font-size: 13pt; font-weight: 600; color: #1f2a3d; padding-bottom: 2px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #33435c; padding-top: 6px; }
QLabel#fieldError { color: #b3261e; }
QLabel#fieldError[warning="true"] { color: #8a5a00; }
QLabel#formStatus { color: #56657c; }
QLabel#formStatus[state="invalid"] { color: #b3261e; font-weight: 600; }
QLabel#formStatus[state="saved"] { color: #2e7d32; }
QLabel#hint, QLabel#countLabel { color: #5f6c80; }
QLabel#greenBadge { color: #8a5a00; }
QLabel#greenBadge[green="true"] { color: #2e7d32; font-weight: 600; }
QLabel#badge { background: #eef3fa; border: 1px solid #c9d6ea; border-radius: 6px;
               padding: 8px 10px; color: #1f2a3d; }
QLabel#badge[level="never"] { background: #fdecea; border-color: #f1b8b3; color: #7f1d17; }
QLabel#badge[level="some"] { background: #fff6e0; border-color: #ecd18f; color: #5c4200; }
QLabel#badge[level="all"] { background: #e8f5e9; border-color: #a5d6a7; color: #1b4d1f; }
QLabel#plainMessage { font-size: 11pt; color: #33435c; }
QWidget#onlyBanner { background: #fff6e0; border: 1px solid #ecd18f; border-radius: 6px; }
QScrollArea#editorArea, QWidget#editorPanel { background: #ffffff; }
QWidget#editorPanel { border-left: 1px solid #dde3eb; }
QFrame#card { background: #ffffff; border: 1px solid #dde3eb; border-radius: 8px; }
QLabel#cardValue { font-size: 20pt; font-weight: 600; color: #2f6db5; }
QLabel#cardCaption { color: #56657c; }
QPushButton#warningLink { text-align: left; border: 1px solid #ecd18f; background: #fff8e6;
                          border-radius: 6px; padding: 7px 10px; color: #4a3500; }
QPushButton#warningLink:hover { background: #ffefc2; }
QTableView { background: #ffffff; alternate-background-color: #f5f8fc;
             selection-background-color: #cfdcef; selection-color: #10294d;
             gridline-color: #e6eaf0; border: 1px solid #d5dbe4; }
QHeaderView::section { background: #eef1f5; border: none; border-right: 1px solid #dde3eb;
                       border-bottom: 1px solid #d5dbe4; padding: 5px 6px; color: #33435c; }
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox {
    border: 1px solid #c5cdd8; border-radius: 4px; padding: 4px 6px; background: #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {
    border-color: #2f6db5; }
QPushButton { border: 1px solid #b9c3d1; border-radius: 5px; padding: 5px 14px;
              background: #ffffff; color: #1f2a3d; }
QPushButton:hover { background: #eef3fa; }
QPushButton#newButton { background: #2f6db5; color: #ffffff; border-color: #2a62a3; }
QPushButton#newButton:hover { background: #2a62a3; }
QGroupBox { font-weight: 600; border: 1px solid #dde3eb; border-radius: 6px; margin-top: 12px;
            padding: 12px 8px 8px 8px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #33435c; }
QTabWidget::pane { border: 1px solid #dde3eb; background: #ffffff; }
QComboBox::drop-down, QDateEdit::drop-down { border: none; width: 22px; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(@DOWN@); width: 12px; height: 12px; }
QSpinBox::up-button, QSpinBox::down-button { border: none; width: 18px; }
QSpinBox::up-arrow { image: url(@UP@); width: 10px; height: 10px; }
QSpinBox::down-arrow { image: url(@DOWN@); width: 10px; height: 10px; }
"""


def style_sheet() -> str:
    """The sheet with the bundled arrow icons' paths filled in (they differ when frozen)."""
    down = resource("icons", "chevron-down.svg").as_posix()
    up = resource("icons", "chevron-up.svg").as_posix()
    return STYLE_SHEET.replace("@DOWN@", down).replace("@UP@", up)
