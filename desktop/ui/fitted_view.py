"""A table that fits its width: columns sized to their content, one taking the rest.

No list scrolls sideways: each column gets the width its header and its first rows
need, up to a cap; the column marked `stretch` takes what is left; when the room is too
small, the widest columns give up room first, and long text is cut with "…".
Widths are measured again when rows first arrive (not on the empty table), when the
language changes, and when the view is resized.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

SAMPLE_ROWS = 25
PADDING = 22


def fair_cap(widths: list[int], room: int) -> int:
    """The widest a column may be so that all fit in `room`: the narrow ones (dates,
    numbers, a status) keep their width, the widest give up room first."""
    if sum(widths) <= room or not widths:
        return max(widths, default=0)
    low, high = 40, max(widths)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(min(w, middle) for w in widths) <= room:
            low = middle
        else:
            high = middle - 1
    return low


class FittedTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._wanted: list[int] = []
        self._measured_rows = 0
        self.stretch: int | None = None

    def stretch_column(self) -> int:
        """The column that takes the room left: `self.stretch`, else the last one."""
        if self.stretch is not None:
            return self.stretch
        model = self.model()
        return max(0, (model.columnCount() if model else 1) - 1)

    def measure(self) -> None:
        """The width each column's header and first rows ask for."""
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        rows = min(SAMPLE_ROWS, model.rowCount())
        cap = metrics.averageCharWidth() * 30
        self._wanted = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = header_metrics.horizontalAdvance(title) + PADDING + 14
            for row in range(rows):
                text = str(model.index(row, column).data() or "")
                width = max(width, metrics.horizontalAdvance(text[:200]) + PADDING)
            self._wanted.append(min(max(width, 48), cap))
        self._measured_rows = rows
        self.fit()

    def rows_arrived(self) -> None:
        """Measure again when the rows were read again: while a list is short its few rows
        change what it needs (a new record, a status now "Approved"); a long list keeps
        its widths once it has enough rows to judge by, and so does a list being filtered
        by what is typed."""
        model = self.model()
        if model is None or (bool(getattr(model, "search", None)) and self._measured_rows):
            return  # the rows of what is being typed: widths stay, so typing stays quick
        if model.rowCount() <= SAMPLE_ROWS or self._measured_rows < SAMPLE_ROWS:
            self.measure()

    def fit(self) -> None:
        model = self.model()
        if model is None or not self._wanted:
            return
        header = self.horizontalHeader()
        stretch = self.stretch_column()
        # The view's own width, less its frame and a scroll bar (asking for the viewport
        # would cost a first-use delay on the page's first show).
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = max(100, self.width() - 2 * self.frameWidth() - bar)
        others = [w for c, w in enumerate(self._wanted) if c != stretch]
        least_for_stretch = min(self._wanted[stretch], max(120, room // 4))
        cap = fair_cap(others, room - least_for_stretch)
        for column, wanted in enumerate(self._wanted):
            if column == stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, max(40, min(wanted, cap)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
