"""Nothing in Vidare opens a network connection (the guard in tests/conftest_network.py)."""

import re
import socket
from pathlib import Path

import pytest

from tests import conftest_network as guard

ROOT = Path(__file__).resolve().parents[1]
guard.install()  # already done at start-up when tests/conftest.py loads the plugin


def test_the_guard_watches_the_whole_session(request):
    """tests/conftest.py must load the plugin, so that every test runs under the guard."""
    assert request.config.pluginmanager.hasplugin("tests.conftest_network")
    assert "no_network" in request.fixturenames  # the autouse session fixture


def test_the_guard_is_installed_and_refuses_connections():
    before = len(guard.ATTEMPTS)
    with pytest.raises(guard.NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(guard.NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(guard.NetworkBlocked):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(guard.NetworkBlocked):
            sock.connect_ex(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(guard.NetworkBlocked):
            sock.sendto(b"x", ("127.0.0.1", 9))
    assert len(guard.ATTEMPTS) == before + 5
    del guard.ATTEMPTS[before:]  # these were ours, on purpose


def test_local_socketpairs_still_work():
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"wake")
        assert b.recv(4) == b"wake"


def test_a_whole_working_session_touches_no_network(tmp_path):
    """Demo school, check, backup, export, import, restore, Qt window pieces: no socket."""
    from desktop.cli import run

    before = len(guard.ATTEMPTS)
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert run(["demo", "--db", str(a), "--country", "SE"]) == 0
    assert run(["check", "--db", str(a)]) == 0
    assert run(["backup", "--db", str(a)]) == 0
    assert run(["export", "--db", str(a), "--out", str(tmp_path / "a.zip")]) == 0
    from desktop.store import Store

    Store(b, create=True).close()
    assert run(["import", "--db", str(b), str(tmp_path / "a.zip")]) == 0
    backup = next((tmp_path / "a-backups").iterdir())
    assert run(["restore", "--db", str(a), "--from", str(backup)]) == 0
    assert guard.ATTEMPTS[before:] == []


def test_no_network_module_is_used_anywhere_in_vidare():
    forbidden = re.compile(r"^\s*(from|import)\s+(urllib|http|requests|httpx|ftplib|smtplib|"
                           r"xmlrpc|ssl|PySide6\.QtNetwork|PySide6\.QtWebEngine)", re.M)
    socket_use = re.compile(r"\bsocket\.(?!gethostname\b)\w+")
    for source in (ROOT / "desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not forbidden.search(text), source
        assert not socket_use.search(text), f"{source}: only socket.gethostname() is allowed"
    import sys

    assert "PySide6.QtNetwork" not in sys.modules
