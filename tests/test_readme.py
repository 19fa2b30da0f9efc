"""The README's two set-up commands, as a newcomer pastes them: from a clone, in a fresh
environment. When the README and what works drift apart, this fails."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CHECKOUT

README = (CHECKOUT / "README.md").read_text(encoding="utf-8")
pytestmark = pytest.mark.slow


def setup_commands() -> list[str]:
    """The code blocks of the Set-up section: the program's command, then the tests'."""
    section = README.split("\n## Set-up\n", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```\n(.*?)```", section, re.S)]


def ci_packages() -> set[str]:
    script = (CHECKOUT / ".ci" / "run").read_text(encoding="utf-8")
    install = re.search(r"apt-get install ([^>]*?)(?:>|\n\n)", script, re.S)
    assert install, "no apt-get install in .ci/run"
    return {word for word in install.group(1).replace("\\", " ").split()
            if not word.startswith("-")}


def readme_packages() -> set[str]:
    section = README.split("\n## Set-up\n", 1)[1].split("\n## ", 1)[0]
    prose = re.sub(r"```.*?```", "", section, flags=re.S)
    spans = [span.split() for span in re.findall(r"`([^`]+)`", prose)]
    listed = [words for words in spans if len(words) > 3 and "libegl1" in words]
    assert len(listed) == 1, "the README's Set-up names no list of system packages"
    return set(listed[0])


def test_the_readme_has_exactly_two_one_line_set_up_commands():
    commands = setup_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert "vidare" in commands[0]


def test_ci_runs_the_readme_test_command_as_written():
    script = (CHECKOUT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup_commands()[1] in [line.strip() for line in script]


def test_the_readme_lists_exactly_the_system_packages_ci_installs():
    assert readme_packages() == ci_packages()


def _shell(command: str, cwd: Path, env: dict[str, str], timeout: int = 1800):
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def clone(tmp_path_factory) -> Path:
    """A clone of this checkout's commit, as a newcomer gets it."""
    target = tmp_path_factory.mktemp("newcomer") / "vidare"
    subprocess.run(["git", "clone", "--quiet", str(CHECKOUT), str(target)], check=True,
                   timeout=300)
    return target


def _newcomer_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("VIDARE_", "PYTHON", "PYTEST_")) and key != "VIRTUAL_ENV"}
    env.update(HOME=str(home), VIDARE_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen")
    # `python3` is the machine's own, not the test environment's.
    env["PATH"] = os.pathsep.join(
        part for part in env.get("PATH", "").split(os.pathsep)
        if Path(part).resolve() != Path(sys.executable).parent.resolve())
    return env


def test_the_program_command_works_and_keeps_working_without_the_source(clone, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = _newcomer_env(home)
    command = setup_commands()[0]
    assert command.endswith("vidare --demo")
    # The window cannot be looked at here: the same start, checking itself instead.
    done = _shell(command + " selftest", clone, env)
    assert done.returncode == 0, (done.stdout[-2000:], done.stderr[-3000:])
    assert "selftest: ok" in done.stdout

    # Everything but the environment the command made goes: the source tree is deleted.
    venv = re.search(r"(\S+)/bin/vidare", command).group(1)
    for item in clone.iterdir():
        if item.name != venv:
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    vidare = f"{venv}/bin/vidare"
    db = tmp_path / "szkola.db"
    done = _shell(f"{vidare} --lang pl demo --db {db}", clone, env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "48 uczestników" in done.stdout and "Polska" in done.stdout
    for document in (f"poster plan --project Szkoła --size A2 --out {tmp_path}/plan.pdf",
                     f"poster stories --project Szkoła --out {tmp_path}/stories.pdf",
                     f"report project --project Szkoła --out {tmp_path}/report.pdf",
                     f"report summary --out {tmp_path}/summary.pdf"):
        done = _shell(f"{vidare} --lang pl --db {db} {document}", clone, env, timeout=600)
        assert done.returncode == 0, (document, done.stderr)
        assert "zapisano" in done.stdout, done.stdout
    done = _shell(f"{vidare} --lang pl selftest --db {db}", clone, env)
    assert done.returncode == 0 and "selftest: ok" in done.stdout, done.stderr[-3000:]


def test_the_test_command_works_from_a_fresh_clone(clone, tmp_path):
    """The README's test command, as written; only its quick smoke tests are selected."""
    home = tmp_path / "home"
    home.mkdir()
    env = _newcomer_env(home)
    env["PYTEST_ADDOPTS"] = "-m smoke -p no:cacheprovider"
    done = _shell(setup_commands()[1], clone, env, timeout=3000)
    assert done.returncode == 0, (done.stdout[-4000:], done.stderr[-3000:])
    assert "installed wheel passed, lowest versions passed" in done.stdout
