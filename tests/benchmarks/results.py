"""Samples, budgets and the printed table of the benchmark: metric, budget, median, floor."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Metric:
    """One measured thing: its samples, its budget (None: DESIGN.md sets none) and its floor.

    The floor is the bare work underneath (the SQL alone, an empty window, a one-page PDF),
    measured in the same run, so that `median / floor` is the overhead of our own code.
    """

    name: str
    budget: float | None
    unit: str = "ms"
    floor_name: str = ""
    samples: list[float] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def floor(self) -> float | None:
        return statistics.median(self.floors) if self.floors else None

    @property
    def met(self) -> bool | None:
        if self.budget is None or not self.samples:
            return None
        return self.median <= self.budget


class Results:
    """Metrics in the order they were first measured."""

    def __init__(self) -> None:
        self.metrics: dict[str, Metric] = {}

    def metric(self, name: str, budget: float | None, unit: str = "ms",
               floor_name: str = "", note: str = "") -> Metric:
        if name not in self.metrics:
            self.metrics[name] = Metric(name, budget, unit, floor_name, note=note)
        return self.metrics[name]

    def add(self, name: str, value: float, budget: float | None, unit: str = "ms",
            floor: float | None = None, floor_name: str = "", note: str = "") -> None:
        metric = self.metric(name, budget, unit, floor_name, note)
        metric.samples.append(value)
        if floor is not None:
            metric.floors.append(floor)

    def table(self) -> str:
        head = ("metric", "budget", "median", "min", "max", "/budget", "floor", "/floor",
                "floor is")
        rows = [head]
        for m in self.metrics.values():
            if not m.samples:
                continue
            unit = " MB" if m.unit == "MB" else ""
            floor = m.floor
            rows.append((
                m.name,
                "-" if m.budget is None else f"{m.budget:g}{unit}",
                f"{m.median:.1f}{unit}",
                f"{min(m.samples):.1f}",
                f"{max(m.samples):.1f}",
                "-" if m.budget is None else
                f"{m.median / m.budget:.2f}{' MISS' if not m.met else ''}",
                "-" if floor is None else f"{floor:.1f}",
                "-" if not floor or floor < 0.05 else f"{m.median / floor:.1f}x",
                m.floor_name + (f" ({m.note})" if m.note else ""),
            ))
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(head))]
        lines = []
        for number, row in enumerate(rows):
            cells = [str(c).ljust(w) if i in (0, 8) else str(c).rjust(w)
                     for i, (c, w) in enumerate(zip(row, widths, strict=True))]
            lines.append("  ".join(cells).rstrip())
            if number == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def as_json(self) -> list[dict[str, Any]]:
        return [{"metric": m.name, "budget": m.budget, "unit": m.unit, "median": m.median,
                 "min": min(m.samples), "max": max(m.samples), "floor": m.floor,
                 "floor_is": m.floor_name, "samples": m.samples}
                for m in self.metrics.values() if m.samples]


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    """Milliseconds the action took, and what it returned."""
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result
