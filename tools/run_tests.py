"""Run the test suite against what a user installs, not against this checkout.

    python3 tools/run_tests.py [pytest options]

1. Builds the sdist and, from it, the wheel (`python -m build`), in a fresh virtual
   environment in the system's temporary folder, outside the checkout.
2. Installs the wheel with its `test` and `dev` extras into that environment and runs the
   whole suite there; tests/conftest.py stops the run if `desktop` was imported from the
   checkout instead of the installed package.
3. Installs the wheel into a second environment resolved to the lowest versions that
   pyproject.toml allows (uv's `--resolution lowest-direct`) and runs the suite again
   (without the single-executable build, which needs the `dev` extra, and the README's
   commands, which install the newest versions anyway), so that every floor is one the
   suite passes with.

Options after the script's name go to pytest in both runs (PYTEST_ADDOPTS works too).
The exit status is pytest's first failing one, else 0.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def _step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def _run(command: list[str | Path], **kwargs) -> int:  # type: ignore[no-untyped-def]
    return subprocess.run([str(part) for part in command], **kwargs).returncode


def _must(command: list[str | Path], **kwargs) -> None:  # type: ignore[no-untyped-def]
    status = _run(command, **kwargs)
    if status != 0:
        sys.exit(f"run_tests: failed ({status}): {' '.join(map(str, command))}")


def _test_env(wheel: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIDARE_TEST_SOURCE", "VIRTUAL_ENV")}
    env["VIDARE_WHEEL"] = str(wheel)
    return env


def main(pytest_args: list[str]) -> int:
    work = Path(tempfile.mkdtemp(prefix="vidare-tests-"))
    started = time.monotonic()
    try:
        _step(f"building the sdist and the wheel in {work}")
        venv = work / "installed"
        _must([sys.executable, "-m", "venv", venv])
        python = _bin(venv, "python")
        _must([python, "-m", "pip", "install", "--quiet", "build", "uv"])
        _must([python, "-m", "build", "--outdir", work / "dist", ROOT],
              stdout=subprocess.DEVNULL)
        wheel = next((work / "dist").glob("vidare-*.whl"))
        print(f"built {wheel.name} and {next((work / 'dist').glob('vidare-*.tar.gz')).name}")

        _step("installing the wheel with its test and dev extras")
        _must([python, "-m", "pip", "install", "--quiet", f"{wheel}[test,dev]"])
        _step("the suite, against the installed wheel")
        status = _run([_bin(venv, "pytest"), *pytest_args], cwd=ROOT, env=_test_env(wheel))

        _step("the suite, against the lowest versions pyproject.toml allows")
        lowest = work / "lowest"
        uv = _bin(venv, "uv")
        _must([uv, "venv", "--quiet", "--python", sys.executable, lowest])
        # The package's own requirements are the direct ones: resolved from pyproject.toml
        # (what the wheel's metadata says), then the wheel itself without dependencies.
        pins = work / "lowest.txt"
        _must([uv, "pip", "compile", "--quiet", ROOT / "pyproject.toml", "--extra", "test",
               "--resolution", "lowest-direct", "--python", _bin(lowest, "python"),
               "-o", pins])
        _must([uv, "pip", "install", "--quiet", "--python", _bin(lowest, "python"),
               "-r", pins])
        _must([uv, "pip", "install", "--quiet", "--python", _bin(lowest, "python"),
               "--no-deps", wheel])
        _run([uv, "pip", "list", "--python", _bin(lowest, "python")])
        lowest_status = _run([_bin(lowest, "pytest"), "--ignore=tests/packaging",
                              "--ignore=tests/test_readme.py",
                              *pytest_args], cwd=ROOT, env=_test_env(wheel))
        print(f"\nrun_tests: installed wheel {'passed' if status == 0 else 'FAILED'}, "
              f"lowest versions {'passed' if lowest_status == 0 else 'FAILED'}, "
              f"in {time.monotonic() - started:.0f} s")
        return status or lowest_status
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
