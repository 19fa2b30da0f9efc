"""The no-network guard for the whole test run: any socket Vidare opens is refused and recorded.

Loaded from tests/conftest.py (`pytest_plugins = ["tests.conftest_network"]`). It is
installed when pytest starts, before any test module is imported; the session fails at
the end if anything tried to reach a network. Local AF_UNIX sockets (the socketpairs Qt
and asyncio use to wake themselves) are allowed.
"""

from __future__ import annotations

import socket
import sys
import traceback

import pytest

ATTEMPTS: list[str] = []
_ORIGINAL: dict[str, object] = {}


class NetworkBlocked(OSError):
    """Raised instead of a network connection while the tests run."""


def _record(what: str, target: object) -> NetworkBlocked:
    where = "".join(traceback.format_stack(limit=8)[:-2])
    ATTEMPTS.append(f"{what} {target!r}\n{where}")
    return NetworkBlocked(f"Vidare must not use the network ({what} {target!r})")


def _is_unix(sock: socket.socket) -> bool:
    return hasattr(socket, "AF_UNIX") and sock.family == socket.AF_UNIX


def _inside_socketpair() -> bool:
    """On Windows, socket.socketpair() is two loopback sockets joined by connect()."""
    frame = sys._getframe(2)
    return frame.f_code.co_name == "socketpair" and frame.f_globals.get("__name__") == "socket"


def _connect(self: socket.socket, address: object) -> None:
    if _is_unix(self) or _inside_socketpair():
        return _ORIGINAL["connect"](self, address)  # type: ignore[operator, no-any-return]
    raise _record("connect", address)


def _connect_ex(self: socket.socket, address: object) -> int:
    if _is_unix(self):
        return _ORIGINAL["connect_ex"](self, address)  # type: ignore[operator, no-any-return]
    raise _record("connect_ex", address)


def _sendto(self: socket.socket, *args: object) -> int:
    if _is_unix(self):
        return _ORIGINAL["sendto"](self, *args)  # type: ignore[operator, no-any-return]
    raise _record("sendto", args[-1])


def _create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
    raise _record("create_connection", address)


def _getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
    raise _record("getaddrinfo", host)


def install() -> None:
    if _ORIGINAL:
        return
    _ORIGINAL.update(connect=socket.socket.connect, connect_ex=socket.socket.connect_ex,
                     sendto=socket.socket.sendto, create_connection=socket.create_connection,
                     getaddrinfo=socket.getaddrinfo)
    socket.socket.connect = _connect  # type: ignore[method-assign, assignment]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign, assignment]
    socket.socket.sendto = _sendto  # type: ignore[method-assign, assignment]
    socket.create_connection = _create_connection  # type: ignore[assignment]
    socket.getaddrinfo = _getaddrinfo  # type: ignore[assignment]


def report() -> str:
    return "\n".join(ATTEMPTS)


def pytest_configure(config: pytest.Config) -> None:
    install()


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """Autouse for the whole session: fails the run if anything reached for the network."""
    install()
    yield ATTEMPTS
    if ATTEMPTS:
        pytest.fail("Something in Vidare tried to use the network:\n" + report(), pytrace=False)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if ATTEMPTS:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print("\nSomething in Vidare tried to use the network:\n" + report())
