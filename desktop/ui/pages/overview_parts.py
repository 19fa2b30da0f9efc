"""Pieces of the Overview: a figure card, a warning that opens its records, the first steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from desktop.domain.validation import fill
from desktop.store.overview import Warning
from desktop.ui.forms import make_label
from desktop.ui.labels import LinkLabel, PlainLabel
from desktop.ui.style import restyle
from desktop.ui.text import QT_TRANSLATE_NOOP, one_line

C = "OverviewPage"


def warning_text(warning: Warning) -> str:
    """A warning in the interface language: %n counts, %1 names its subject (shortened:
    a title from outside can be any length)."""
    if "%n" in warning.message:
        count = int(warning.params[0]) if warning.params else 0
        return QCoreApplication.translate("Overview", warning.message, None, count)
    return fill(QCoreApplication.translate("Overview", warning.message),
                [one_line(p, 80) for p in warning.params])


class Card(QFrame):
    """A figure: its heading above, the number, and a line of detail in plural messages."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.caption = make_label(object_name="cardCaption")
        self.value = PlainLabel(objectName="cardValue")
        self.detail = make_label(object_name="hint")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(2)
        box.addWidget(self.caption)
        box.addWidget(self.value)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set(self, value: str, caption: str, detail: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(one_line(detail, 160))
        self.detail.setVisible(bool(detail))


# The first evening, step by step: (page, English source, the figure that says it is done)
STEPS = (
    ("projects", QT_TRANSLATE_NOOP(C, "Record the project: its title, first and last day, "
                                      "and its results."), "project"),
    ("people", QT_TRANSLATE_NOOP(C, "Add the people who travel, with their consent for "
                                    "photos and stories."), "participant"),
    ("mobilities", QT_TRANSLATE_NOOP(C, "Record the trips: where, when and who goes."),
     "mobility"),
    ("stories", QT_TRANSLATE_NOOP(C, "Collect the stories and photos after each trip."),
     "story"),
    ("dissemination", QT_TRANSLATE_NOOP(C, "Plan how the results are shared, and log what "
                                           "was done."), "dissemination_action"),
)


class FirstSteps(QFrame):
    """What to do first, while the database is still (nearly) empty; each step a link."""

    open_page = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = PlainLabel(objectName="sectionTitle")
        self.intro = make_label(object_name="hint")
        self.marks: list[PlainLabel] = []
        self.links: list[LinkLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, (page, _text, _table) in enumerate(STEPS):
            mark = PlainLabel()
            link = LinkLabel(objectName="stepLink")
            link.clicked.connect(lambda p=page: self.open_page.emit(p))
            restyle(link)
            grid.addWidget(mark, row, 0)
            grid.addWidget(link, row, 1)
            self.marks.append(mark)
            self.links.append(link)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.intro)
        box.addLayout(grid)

    def show_counts(self, counts: dict[str, int]) -> None:
        """Tick the steps done; hide the card once every step has something in it."""
        tr = QCoreApplication.translate
        self.title.setText(tr(C, "Your first evening with Vidare"))
        self.intro.setText(tr(C, "Five steps, in any order; each link opens its page."))
        done = 0
        for number, (_page, text, table) in enumerate(STEPS):
            finished = counts.get(table, 0) > 0
            done += finished
            self.marks[number].setText("✓" if finished else f"{number + 1}.")
            self.links[number].setText(tr(C, text))
        self.setVisible(done < len(STEPS))
