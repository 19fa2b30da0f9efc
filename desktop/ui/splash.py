"""Closing the executable's start-up splash once Vidare's first window is on screen.

The single executable (Windows, Linux) shows a small picture while it unpacks itself;
it stays until the program says the window is there. From the source, there is none.
"""

from __future__ import annotations

import os
import sys


def close_boot_splash() -> None:
    """Close the start-up splash if this process has one; safe to call more than once."""
    # The bootloader passes "_PYI_SPLASH_IPC" only when its splash came up; without it,
    # importing pyi_splash would complain on stderr.
    if "pyi_splash" not in sys.modules and "_PYI_SPLASH_IPC" not in os.environ:
        return
    try:
        import pyi_splash  # type: ignore[import-not-found]  # exists only in the executable
    except ImportError:
        return
    try:
        if pyi_splash.is_alive():
            pyi_splash.close()
    except (RuntimeError, ConnectionError):
        pass  # already closed, or the splash never came up
