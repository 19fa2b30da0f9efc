"""`vidare selftest`: open the window, visit every page, build every document, print timings.

One JSON object per line on stdout, then `selftest: ok` (exit 0) or the failing step
(exit 1). Start-up is measured from the process's start where the system says when that
was (Linux), otherwise from the moment this module was imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_IMPORTED = time.monotonic()


def _process_age() -> float:
    """Seconds since this process started, from /proc on Linux; 0 elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return max(0.0, uptime - int(fields[19]) / ticks)
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


_AGE_AT_IMPORT = _process_age()


def since_process_start() -> float:
    return _AGE_AT_IMPORT + (time.monotonic() - _IMPORTED)


def peak_rss_mb() -> float:
    # On Linux ru_maxrss can carry the peak of the process that started us (across exec),
    # so read our own high-water mark where the kernel gives it.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except ImportError:  # Windows
        try:
            import ctypes
            from ctypes import wintypes

            class Counters(ctypes.Structure):
                _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                            ("PeakWorkingSetSize", ctypes.c_size_t),
                            ("WorkingSetSize", ctypes.c_size_t),
                            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                            ("QuotaPagedPoolUsage", ctypes.c_size_t),
                            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                            ("PagefileUsage", ctypes.c_size_t),
                            ("PeakPagefileUsage", ctypes.c_size_t)]

            counters = Counters()
            counters.cb = ctypes.sizeof(counters)
            process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
            ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
                process, ctypes.byref(counters), counters.cb)
            return counters.PeakWorkingSetSize / (1024 * 1024)
        except (AttributeError, OSError):
            return 0.0


class StepFailed(Exception):
    def __init__(self, step: str, error: BaseException | str):
        self.step, self.error = step, error
        super().__init__(f"{step}: {error}")


class Report:
    def __init__(self) -> None:
        self.slot_errors: list[str] = []

    def line(self, **values: Any) -> None:
        print(json.dumps(values, ensure_ascii=False), flush=True)

    def timed(self, step: str, action: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        try:
            result = action()
        except Exception as error:  # noqa: BLE001 - any failure is the step's failure
            raise StepFailed(step, error) from error
        self.check(step)
        self.line(step=step, ms=round((time.perf_counter() - started) * 1000, 1))
        return result

    def check(self, step: str) -> None:
        """Errors inside Qt slots do not propagate; they are collected and fail the step."""
        if self.slot_errors:
            raise StepFailed(step, self.slot_errors[0])


def _screen_or_offscreen() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_selftest(args: argparse.Namespace) -> int:
    _screen_or_offscreen()
    if getattr(args, "walkthrough", False):
        from desktop.ui.walkthrough import run_walkthrough

        return run_walkthrough(args.lang or "en",
                               Path(args.screenshots) if args.screenshots else None)
    report = Report()
    previous_hook = sys.excepthook

    def collect(kind, error, trace) -> None:  # noqa: ANN001
        import traceback

        report.slot_errors.append("".join(traceback.format_exception_only(kind, error)).strip())
        traceback.print_exception(kind, error, trace, file=sys.stderr)

    sys.excepthook = collect
    workdir = tempfile.TemporaryDirectory(prefix="vidare-selftest-")
    try:
        _run(args, report, Path(workdir.name))
    except StepFailed as failure:
        report.line(step=failure.step, error=str(failure.error))
        print(f"selftest: failed at {failure.step}: {failure.error}")
        return 1
    finally:
        sys.excepthook = previous_hook
        workdir.cleanup()
    print("selftest: ok")
    return 0


def _open_store(args: argparse.Namespace, language: str, workdir: Path, report: Report):  # noqa: ANN202
    from desktop.store import Store

    if args.db:
        if not Path(args.db).exists():
            raise StepFailed("open", f"there is no database at {args.db}")
        from desktop.cli_safety import open_for_writing

        # A real database is written (publications): the lock is held while it runs. Its
        # integrity is checked beside the window, as when the window starts.
        return report.timed("open", lambda: open_for_writing(
            Path(args.db), read_only_ok=True, check_later=True)), 0.0
    from desktop.ui.app import DEMO_COUNTRY

    started = time.monotonic()

    def build() -> Store:
        store = Store(workdir / "demo.db", create=True)
        try:
            from desktop.demo import create_demo
        except ModuleNotFoundError:
            return store
        create_demo(store, DEMO_COUNTRY.get(language, "SE"), 1)
        return store

    store = report.timed("demo", build)
    return store, time.monotonic() - started


def _run(args: argparse.Namespace, report: Report, workdir: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.i18n.qt import LanguageSwitcher
    from desktop.ui.app import make_application
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import PAGE_NAMES, MainWindow

    language = args.lang or "en"
    shots: Path | None = Path(args.screenshots) if args.screenshots else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    app = make_application()
    switcher = LanguageSwitcher(app)
    switcher.set_language(language)
    store, demo_seconds = _open_store(args, language, workdir, report)
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/page", "overview")
    ctx = AppContext(store=store, settings=settings, switcher=switcher)
    try:
        def show() -> MainWindow:
            window = MainWindow(ctx)
            window.resize(1280, 800)
            window.show()
            QApplication.processEvents()
            return window

        window = report.timed("window", show)
        # Process start to window shown, without the demo school's creation (test set-up).
        report.line(step="startup", ms=round((since_process_start() - demo_seconds) * 1000, 1))
        if store.start_check is not None:
            problem = report.timed("check", store.start_check.wait)
            if problem is not None:
                store.stop_writing()
                raise StepFailed("check", problem)
        # What the window does by itself in its first idle moment, timed on its own.
        report.timed("preload", window.preload)
        for name in PAGE_NAMES[1:] + PAGE_NAMES[:1]:
            def visit(page_name: str = name) -> None:
                window.show_page(page_name)
                QApplication.processEvents()

            report.timed(f"page:{name}", visit)
            if shots is not None:
                if not window.grab().save(str(shots / f"page-{name}.png")):
                    raise StepFailed(f"page:{name}", "the screenshot could not be saved")
        for name in ("mobilities", "people", "stories", "dissemination", "projects"):
            page = window.page(name)
            window.show_page(name)
            # What one filter costs: the query on the worker and the table's update.
            for text in ("a", "an", ""):
                def filtered(p=page, t: str = text) -> None:  # noqa: ANN001
                    p._filter(t)
                    while not p.settled():
                        QApplication.processEvents()

                report.timed(f"filter:{name}:{text or 'clear'}", filtered)
        _documents(store, language, shots, report)
        window.close()
    finally:
        store.close()
    report.line(step="peak_rss_mb", value=round(peak_rss_mb(), 1))


def _documents(store, language: str, shots: Path | None, report: Report) -> None:  # noqa: ANN001
    try:
        from desktop.documents.samples import sample_documents
    except ModuleNotFoundError:
        report.line(step="documents", note="no documents in this build")
        return
    try:
        from desktop.documents.preview import render_page_png
    except ModuleNotFoundError:
        render_page_png = None  # type: ignore[assignment]
    for name, build in sample_documents(store, language):
        pdf = report.timed(f"doc:{name}", build)
        if shots is not None and render_page_png is not None:
            png = render_page_png(pdf, 0, 50)
            (shots / f"doc-{name}.png").write_bytes(png)
