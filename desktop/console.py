"""Giving the command line its console back in the windowed Windows executable.

Vidare.exe is built without a console so that a double-click opens only the window. Windows
then starts it with no standard output at all: `Vidare.exe check --db x.db` typed in a
Command Prompt would print nothing. When arguments are given, this attaches the process to
the console of whoever started it and points sys.stdout/sys.stderr there. Output that is
already redirected (a pipe, a file: scripts, scheduled tasks, the tests) is left alone.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

ATTACH_PARENT_PROCESS = -1


def attach_parent_console(argv: list[str]) -> bool:
    """On Windows, with arguments, print to the starting console. True if it attached."""
    if sys.platform != "win32" or not argv:
        return False
    if _usable(sys.stdout) and _usable(sys.stderr):
        return False
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    # The one-file Vidare.exe runs the program in a child of itself: the console then
    # belongs to the grandparent (the Command Prompt), not to the parent.
    if not any(kernel32.AttachConsole(pid) for pid in _console_owners()):
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


def _console_owners() -> Iterator[int]:
    """Whose console to try: the parent's, then the grandparent's."""
    import os

    yield ATTACH_PARENT_PROCESS
    grandparent = parent_pid(os.getppid())
    if grandparent:
        yield grandparent


def parent_pid(pid: int) -> int | None:
    """The parent of process `pid`, from Windows' process snapshot; None if not found."""
    import ctypes
    from ctypes import wintypes

    class ProcessEntry(ctypes.Structure):  # PROCESSENTRY32W
        _fields_ = [("dwSize", wintypes.DWORD), ("cntUsage", wintypes.DWORD),
                    ("th32ProcessID", wintypes.DWORD), ("th32DefaultHeapID", ctypes.c_size_t),
                    ("th32ModuleID", wintypes.DWORD), ("cntThreads", wintypes.DWORD),
                    ("th32ParentProcessID", wintypes.DWORD), ("pcPriClassBase", ctypes.c_long),
                    ("dwFlags", wintypes.DWORD), ("szExeFile", ctypes.c_wchar * 260)]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    kernel32.CreateToolhelp32Snapshot.argtypes = [wintypes.DWORD, wintypes.DWORD]
    kernel32.Process32FirstW.argtypes = [wintypes.HANDLE, ctypes.POINTER(ProcessEntry)]
    kernel32.Process32NextW.argtypes = [wintypes.HANDLE, ctypes.POINTER(ProcessEntry)]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    snapshot = kernel32.CreateToolhelp32Snapshot(0x2, 0)  # TH32CS_SNAPPROCESS
    if not snapshot or snapshot == wintypes.HANDLE(-1).value:
        return None
    try:
        entry = ProcessEntry()
        entry.dwSize = ctypes.sizeof(ProcessEntry)
        found = kernel32.Process32FirstW(snapshot, ctypes.byref(entry))
        while found:
            if entry.th32ProcessID == pid:
                return int(entry.th32ParentProcessID)
            found = kernel32.Process32NextW(snapshot, ctypes.byref(entry))
        return None
    finally:
        kernel32.CloseHandle(snapshot)


def _usable(stream: object) -> bool:
    """A stream that leads somewhere: not None (no handle) and not a closed file."""
    if stream is None:
        return False
    try:
        return stream.fileno() >= 0  # type: ignore[attr-defined, no-any-return]
    except (OSError, ValueError, AttributeError):
        return False
