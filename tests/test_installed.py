"""What a user installs is what works: the wheel carries every file the program loads, and
the programs the tests start run the installed package too (see tests/conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CHECKOUT, FROM_SOURCE

pytestmark = pytest.mark.smoke

# Loads every catalogue and builds a document in each language, and prints the files it
# opened: fonts through Python (an audit hook sees them), catalogues through Qt (each
# QTranslator knows its file).
LOADED_FILES = r"""
import json, sys
opened = set()
sys.addaudithook(lambda event, args: opened.add(args[0]) if event == "open"
                 and isinstance(args[0], str) else None)
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop import paths
from desktop.documents.plan_poster import build_plan_poster
from desktop.i18n import Translator
from desktop.i18n.qt import load_qt_catalogue
for language in ("en", "sv", "nb", "pl"):
    opened.add(Translator(language).qt.filePath())
    own = load_qt_catalogue(language)
    if own is not None:
        opened.add(own.filePath())
    build_plan_poster(None, language, "A4")
ours = {folder: paths.package_data(folder).resolve() for folder in ("resources", "translations")}
loaded = []
for name in sorted(filter(None, opened)):
    path = __import__("pathlib").Path(name).resolve()
    for folder, root in ours.items():
        if path.suffix in (".ttf", ".qm") and root in path.parents:
            loaded.append([folder, path.relative_to(root).as_posix(), str(path)])
print(json.dumps(loaded))
"""


def loaded_files() -> list[tuple[str, str, str]]:
    done = subprocess.run([sys.executable, "-c", LOADED_FILES], capture_output=True,
                          text=True, timeout=300, cwd=CHECKOUT)
    assert done.returncode == 0, done.stderr[-3000:]
    return [tuple(entry) for entry in json.loads(done.stdout)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel under test (tools/run_tests.py names it), or one built here."""
    given = os.environ.get("VIDARE_WHEEL")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(out), str(CHECKOUT)], check=True, timeout=600)
    return next(out.glob("vidare-*.whl"))


def test_the_wheel_holds_every_font_and_catalogue_the_program_loads(wheel):
    listed = set(zipfile.ZipFile(wheel).namelist())
    loaded = loaded_files()
    kinds = {Path(relative).suffix for _, relative, _ in loaded}
    assert kinds == {".ttf", ".qm"}, loaded
    for language in ("sv", "nb", "pl"):
        assert ("translations", f"vidare_{language}.qm") in {(f, r) for f, r, _ in loaded}
    missing = [f"desktop/{folder}/{relative}" for folder, relative, _ in loaded
               if f"desktop/{folder}/{relative}" not in listed]
    assert missing == []


def test_the_program_loads_its_files_from_the_installed_package():
    if FROM_SOURCE:
        pytest.skip("VIDARE_TEST_SOURCE=1: this run tests the source tree")
    outside = [path for _, _, path in loaded_files() if CHECKOUT in Path(path).parents]
    assert outside == []


def test_programs_started_by_the_tests_run_the_installed_package():
    if FROM_SOURCE:
        pytest.skip("VIDARE_TEST_SOURCE=1: this run tests the source tree")
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=CHECKOUT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    where = subprocess.run([sys.executable, "-c", "import desktop; print(desktop.__file__)"],
                           cwd=CHECKOUT, capture_output=True, text=True, timeout=120)
    assert CHECKOUT not in Path(where.stdout.strip()).resolve().parents
