"""Giving the command line its console back in the windowed Windows executable.

Vidare.exe is built without a console so that a double-click opens only the window. Windows
then starts it with no standard output at all: `Vidare.exe check --db x.db` typed in a
Command Prompt would print nothing. When arguments are given, this attaches the process to
the console of whoever started it and points sys.stdout/sys.stderr there. Output that is
already redirected (a pipe, a file: scripts, scheduled tasks, the tests) is left alone.
"""

from __future__ import annotations

import sys

ATTACH_PARENT_PROCESS = -1


def attach_parent_console(argv: list[str]) -> bool:
    """On Windows, with arguments, print to the starting console. True if it attached."""
    if sys.platform != "win32" or not argv:
        return False
    if _usable(sys.stdout) and _usable(sys.stderr):
        return False
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer or a shortcut: there is no console to use
    # Opening CONOUT$ gives Python's console writer, which prints any character (å, ł, ø)
    # whatever the console's code page.
    if not _usable(sys.stdout):
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    if not _usable(sys.stderr):
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    if sys.stdin is None:
        sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115
    return True


def _usable(stream: object) -> bool:
    """A stream that leads somewhere: not None (no handle) and not a closed file."""
    if stream is None:
        return False
    try:
        return stream.fileno() >= 0  # type: ignore[attr-defined, no-any-return]
    except (OSError, ValueError, AttributeError):
        return False
