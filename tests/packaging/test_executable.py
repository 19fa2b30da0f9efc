"""The one file a school downloads: built from a clean copy of the repository, then used.

Everything here runs the built executable, never the source: the self-test, a Polish
poster, the demo school and its health check, portable mode from a "USB stick" folder,
what is (and is not) inside, and its size. One build per test session (about a minute
here, a few on CI). Set VIDARE_KEEP_BUILD=<folder> to keep the tested file (CI uploads it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_MB = 80
POLISH_STATEMENT = "Współfinansowane przez Unię Europejską"

pytestmark = pytest.mark.slow


class Built:
    """The build's outputs: the executable to run and the file a user would download."""

    def __init__(self, dist: Path, work: Path):
        self.dist, self.work = dist, work
        if sys.platform == "darwin":
            self.app = dist / "Vidare.app"
            self.executable = self.app / "Contents" / "MacOS" / "Vidare"
        else:
            self.app = None
            self.executable = dist / ("Vidare.exe" if sys.platform == "win32" else "vidare")

    def download(self) -> Path:
        """What is offered for download: the executable, or on macOS the zipped .app."""
        if self.app is None:
            return self.executable
        archive = self.dist / "Vidare-macos.zip"
        if not archive.exists():  # ditto keeps the bundle's symlinks, modes and signature
            subprocess.run(["ditto", "-c", "-k", "--keepParent", str(self.app), str(archive)],
                           check=True)
        return archive

    def contents(self) -> list[str]:
        """Paths inside the bundle, "/"-separated: the one-file archive's table of
        contents, or the files of the .app."""
        if self.app is not None:
            return [p.relative_to(self.app).as_posix() for p in self.app.rglob("*")]
        from PyInstaller.archive.readers import CArchiveReader

        return [name.replace("\\", "/") for name in CArchiveReader(str(self.executable)).toc]


def _clean_copy(target: Path) -> Path:
    """The git-tracked files only, as a fresh checkout would have them."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode("utf-8").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # tracked but deleted in this working tree: not in a checkout
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed; it comes with the test extra: "
                    "pip install -e '.[test]'")
    base = tmp_path_factory.mktemp("package")
    source = _clean_copy(base / "source")
    dist, work = base / "dist", base / "work"
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=source, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-4000:]}"
    outputs = Built(dist, work)
    assert outputs.executable.is_file(), f"no executable in {sorted(os.listdir(dist))}"
    keep = os.environ.get("VIDARE_KEEP_BUILD")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy2(outputs.download(), Path(keep) / outputs.download().name)
    return outputs


@pytest.fixture
def user_env(tmp_path) -> dict[str, str]:
    """Offscreen Qt, and a home of its own so nothing lands in the real user folder."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "VIDARE_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), USERPROFILE=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               LOCALAPPDATA=str(home / "local"), APPDATA=str(home / "roaming"),
               LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    return env


def run(executable: Path, *args: str, env: dict[str, str], cwd: Path,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(executable), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout)


def test_the_download_is_one_file_of_at_most_80_mb(built):
    size_mb = built.download().stat().st_size / 1e6
    assert size_mb <= MAX_MB, f"{built.download().name} weighs {size_mb:.1f} MB"


def test_the_built_file_passes_its_selftest(built, user_env, tmp_path):
    result = run(built.executable, "selftest", env=user_env, cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "selftest: ok" in result.stdout
    assert re.search(r'"step":\s*"startup"', result.stdout), result.stdout[-2000:]


def test_the_built_file_prints_a_polish_blank_planning_poster(built, user_env, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "x.pdf"
    result = run(built.executable, "poster", "plan", "--blank", "--lang", "pl",
                 "--out", str(out), env=user_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert POLISH_STATEMENT in " ".join(text.split())


def test_the_built_file_makes_a_demo_school_that_checks_healthy(built, user_env, tmp_path):
    db = tmp_path / "d.db"
    made = run(built.executable, "demo", "--db", str(db), env=user_env, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    checked = run(built.executable, "check", "--db", str(db), env=user_env, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "healthy" in checked.stdout


def test_the_built_file_speaks_polish(built, user_env, tmp_path):
    """The compiled catalogues are inside: the same error reads differently in Polish."""
    missing = str(tmp_path / "missing.db")
    english = run(built.executable, "--lang", "en", "check", "--db", missing,
                  env=user_env, cwd=tmp_path)
    polish = run(built.executable, "--lang", "pl", "check", "--db", missing,
                 env=user_env, cwd=tmp_path)
    assert english.returncode == polish.returncode == 2
    assert missing in polish.stderr and missing in english.stderr
    assert polish.stderr != english.stderr, polish.stderr


def test_a_vidare_data_folder_beside_the_file_keeps_the_data_there(built, user_env, tmp_path):
    """Portable mode, as on a USB stick: the window's demo school is created in the folder
    beside the program, and nothing in the user's own data folder."""
    stick = tmp_path / "stick"
    stick.mkdir()
    if built.app is not None:
        shutil.copytree(built.app, stick / built.app.name, symlinks=True)
        executable = stick / built.app.name / "Contents" / "MacOS" / built.executable.name
    else:
        executable = stick / built.executable.name
        shutil.copy2(built.executable, executable)
    data = stick / "vidare-data"
    data.mkdir()
    log = tmp_path / "window.log"
    with open(log, "wb") as output:  # a file, not a pipe: nothing can block on it
        window = subprocess.Popen([str(executable), "--demo", "--lang", "en"], env=user_env,
                                  cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and window.poll() is None:
                if (data / "demo.db").is_file() and (data / "settings.ini").is_file():
                    break
                time.sleep(0.25)
        finally:
            window.terminate()
            try:
                window.wait(timeout=30)
            except subprocess.TimeoutExpired:
                window.kill()
                window.wait(timeout=30)
    said = log.read_text(encoding="utf-8", errors="replace")[-2000:]
    assert (data / "demo.db").is_file(), f"nothing in vidare-data: {said}"
    assert (data / "settings.ini").is_file()
    home = Path(user_env["HOME"])
    assert not [p for p in home.rglob("*") if p.name in ("demo.db", "settings.ini")]


def test_inside_are_our_files_and_not_the_dead_weight(built):
    contents = built.contents()
    joined = "\n".join(contents)
    for wanted in ("desktop/translations/vidare_pl.qm", "desktop/translations/vidare_sv.qm",
                   "desktop/translations/vidare_nb.qm", "desktop/translations/qtbase_nb.qm",
                   "desktop/translations/qt/qtbase_pl.qm",
                   "desktop/translations/qt/qtbase_sv.qm",
                   "desktop/resources/app-icon/vidare-256.png",
                   "desktop/resources/fonts/Lato-Regular.ttf"):
        assert wanted in joined, f"{wanted} is missing from the bundle"
    # Vidare opens no network connection: Qt's network module is not even inside.
    assert not re.search(r"Qt6?Network|QtNetwork", joined)
    for unwanted in (r"Qt6?Qml", r"Qt6?Quick", r"Qt6?OpenGL", r"Qt6?Designer", r"Qt6?Sql",
                     r"Qt6?Test\b", r"tkinter", r"opengl32sw", r"qtbase_de\.qm",
                     r"plugins/sqldrivers", r"plugins/tls", r"plugins/networkinformation",
                     r"babel/locale-data/de\.dat"):
        assert not re.search(unwanted, joined), f"{unwanted} should have been left out"


def test_the_windows_version_resource_carries_the_package_version(built):
    from desktop import __version__

    numbers = ([int(n) for n in re.findall(r"\d+", __version__)[:3]] + [0, 0, 0])[:4]
    described = next(built.work.rglob("vidare-version.txt")).read_text(encoding="utf-8")
    assert f"filevers={tuple(numbers)}" in described
    assert f"StringStruct('FileVersion', '{__version__}')" in described
    assert f"StringStruct('ProductVersion', '{__version__}')" in described
    if sys.platform == "win32":  # and what Explorer reads from the built file
        from PyInstaller.utils.win32.versioninfo import read_version_info_from_executable

        info = read_version_info_from_executable(str(built.executable))
        ms, ls = info.ffi.fileVersionMS, info.ffi.fileVersionLS
        assert [ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF] == numbers
        assert f"StringStruct('FileVersion', '{__version__}')" in str(info)


def test_a_command_prints_only_its_answer(built, user_env, tmp_path):
    """No start-up splash, Qt or bootloader chatter around a command's output (scripts and
    scheduled backups read it)."""
    from desktop import __version__

    result = run(built.executable, "--version", env=user_env, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Vidare {__version__}"
    assert result.stderr == ""
