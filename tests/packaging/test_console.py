"""desktop.console: the command line keeps its output; nothing changes off Windows."""

from __future__ import annotations

import io
import os
import sys

import pytest

from desktop import console


def test_nothing_changes_outside_windows_or_without_arguments(monkeypatch):
    out, err = sys.stdout, sys.stderr
    assert console.attach_parent_console([]) is False
    monkeypatch.setattr(sys, "platform", "linux")
    assert console.attach_parent_console(["check", "--db", "x.db"]) is False
    assert (sys.stdout, sys.stderr) == (out, err)


def test_redirected_output_is_left_alone_on_windows(monkeypatch, tmp_path):
    # A script or scheduled task that redirects output: already usable, so no console.
    with open(tmp_path / "out.txt", "w") as out, open(tmp_path / "err.txt", "w") as err:
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        monkeypatch.setattr(sys, "platform", "win32")
        assert console.attach_parent_console(["check", "--db", "x.db"]) is False
        assert sys.stdout is out and sys.stderr is err


def test_a_missing_or_closed_stream_is_not_usable():
    closed = io.StringIO()
    closed.close()
    assert not console._usable(None)
    assert not console._usable(closed)
    assert not console._usable(io.StringIO())  # no file descriptor: goes nowhere visible


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' process snapshot")
def test_the_process_snapshot_knows_our_parent():
    # what finds the Command Prompt behind the one-file exe's child process
    assert console.parent_pid(os.getpid()) == os.getppid()
