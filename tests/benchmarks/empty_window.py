"""The floor of start-up: a process that shows an empty PySide6 window and says how long it took.

Run by path (`python3 tests/benchmarks/empty_window.py`), so nothing of Vidare is imported.
Prints one JSON line: milliseconds from the process's start to the window shown, and the
peak resident memory in MB.
"""

import json
import os
import sys
import time

_IMPORTED = time.monotonic()


def _process_age() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


_AGE = _process_age()


def main() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    shown = _AGE + time.monotonic() - _IMPORTED
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except ImportError:
        peak_mb = 0.0
    print(json.dumps({"startup": round(shown * 1000, 1), "peak_rss_mb": round(peak_mb, 1)}),
          flush=True)
    window.close()


if __name__ == "__main__":
    main()
