"""Shared test set-up: offscreen Qt, and a fresh database per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.store import Store  # noqa: E402

# Fails the run if anything in Vidare opens a network socket.
pytest_plugins = ["tests.conftest_network"]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "vidare.db", create=True) as opened:
        yield opened
