"""The look: a calm palette for the whole application, and roles for particular widgets.

No application-wide style sheet: Qt re-polishes every widget against such a sheet when
it is added to a window, which doubled the time a page took to open. Widgets with a
role (their objectName) get fonts and colours directly, and the few that need a
border or a background (badges, cards, the sidebar) get a small sheet of their own.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

INK = "#1f2a3d"
MUTED = "#5f6c80"
ACCENT = "#2f6db5"
ERROR = "#b3261e"
WARNING = "#8a5a00"
GOOD = "#2e7d32"


def apply_palette(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f6f7f9", QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f3f6fa",
        QPalette.ColorRole.Text: INK, QPalette.ColorRole.Button: "#fbfcfd",
        QPalette.ColorRole.ButtonText: INK, QPalette.ColorRole.Highlight: "#cfdcef",
        QPalette.ColorRole.HighlightedText: "#10294d", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: INK, QPalette.ColorRole.PlaceholderText: "#8a94a6",
        QPalette.ColorRole.Link: ACCENT, QPalette.ColorRole.Mid: "#c5cdd8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


# Text roles: (point size relative to the default, bold, colour)
TEXT_ROLES: dict[str, tuple[float, bool, str]] = {
    "pageHeading": (1.55, True, INK),
    "editorTitle": (1.2, True, INK),
    "sectionTitle": (1.05, True, "#33435c"),
    "brand": (1.9, True, ACCENT),
    "schoolName": (1.0, False, "#56657c"),
    "hint": (1.0, False, MUTED),
    "countLabel": (1.0, False, MUTED),
    "cardValue": (1.8, True, ACCENT),
    "cardCaption": (1.0, False, "#33435c"),
    "plainMessage": (1.1, False, "#33435c"),
    "formStatus": (1.0, False, MUTED),
    "fieldError": (1.0, False, ERROR),
    "greenBadge": (1.0, False, WARNING),
    "warningLink": (1.0, False, ACCENT),
    "stepLink": (1.0, False, ACCENT),
}
LINKS = {"warningLink", "stepLink"}

BOX_SHEETS: dict[str, str] = {
    "badge": "QLabel { background: #eef3fa; border: 1px solid #c9d6ea; border-radius: 6px; "
             "padding: 8px 10px; color: #1f2a3d; }",
    "badge:never": "QLabel { background: #fdecea; border: 1px solid #f1b8b3; border-radius: 6px;"
                   " padding: 8px 10px; color: #7f1d17; }",
    "badge:some": "QLabel { background: #fff6e0; border: 1px solid #ecd18f; border-radius: 6px;"
                  " padding: 8px 10px; color: #5c4200; }",
    "badge:all": "QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 6px; "
                 "padding: 8px 10px; color: #1b4d1f; }",
    "card": "QFrame#card { background: #ffffff; border: 1px solid #dde3eb; "
            "border-radius: 8px; }",
    "onlyBanner": "QWidget#onlyBanner { background: #fff6e0; border: 1px solid #ecd18f; "
                  "border-radius: 6px; }",
    "readOnly": "QLabel { background: #fff3cd; color: #6b4e00; padding: 10px; margin: 8px; }",
    "newButton": "QPushButton { background: #2f6db5; color: #ffffff; border: 1px solid #2a62a3;"
                 " border-radius: 5px; padding: 5px 16px; } "
                 "QPushButton:hover { background: #2a62a3; }",
    "primaryButton": "QPushButton { background: #2f6db5; color: #ffffff; border: 1px solid "
                     "#2a62a3; border-radius: 5px; padding: 8px 18px; font-weight: bold; } "
                     "QPushButton:hover { background: #2a62a3; } "
                     "QPushButton:disabled { background: #9bb5d8; border-color: #9bb5d8; }",
    "emptyPanel": "QWidget#emptyPanel { background: #ffffff; }",
    "sideColumn": "QWidget#sideColumn { background: #e9edf3; border-right: 1px solid #d5dbe4; }",
    "sidebar": "QListWidget { background: transparent; border: none; outline: none; "
               "padding: 4px 8px; } QListWidget::item { padding: 6px 10px; border-radius: 6px; "
               "color: #24324a; } QListWidget::item:selected { background: #cfdcef; "
               "color: #10294d; } QListWidget::item:hover:!selected { background: #dde4ee; }",
}


ROLES = {*TEXT_ROLES, *BOX_SHEETS, "editorPanel"}


def _state_colour(widget: QWidget, name: str) -> str | None:
    if name == "fieldError" and widget.property("warning"):
        return WARNING
    if name == "formStatus":
        state = widget.property("state")
        return {"invalid": ERROR, "saved": GOOD}.get(str(state))
    if name == "greenBadge" and widget.property("green"):
        return GOOD
    return None


def restyle(widget: QWidget) -> None:
    """Give a widget the look of its role; call again after changing its state property."""
    name = widget.objectName()
    if name in TEXT_ROLES:
        scale, bold, colour = TEXT_ROLES[name]
        colour = _state_colour(widget, name) or colour
        font = QFont(QApplication.font())
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        bold = bold or (name == "formStatus" and widget.property("state") == "invalid") or (
            name == "greenBadge" and bool(widget.property("green")))
        font.setBold(bold)
        font.setUnderline(name in LINKS)
        widget.setFont(font)
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        widget.setPalette(palette)
        if name == "brand":
            widget.setContentsMargins(16, 16, 16, 0)
        elif name == "schoolName":
            widget.setContentsMargins(18, 0, 18, 12)
    elif name == "badge":
        level = widget.property("level")
        widget.setStyleSheet(BOX_SHEETS.get(f"badge:{level}", BOX_SHEETS["badge"]))
    elif name == "editorPanel":
        # A palette, not a sheet: a sheet here would re-polish the whole editor.
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        widget.setPalette(palette)
        widget.setAutoFillBackground(True)
    elif name in BOX_SHEETS:
        widget.setStyleSheet(BOX_SHEETS[name])


def style_tree(root: QWidget) -> None:
    """Style a newly built window or page and everything in it that has a role."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in ROLES:
            restyle(widget)
