"""The demo databases the benchmark measures: built once per scale, cached outside the repo.

A cached database is keyed by a hash of the code that writes it (the demo generator and the
migrations), so a change there builds a fresh one. Every run measures a private copy, so
saves, backups and migrations never touch the cache.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vidare-benchmark"


def _code_key() -> str:
    digest = hashlib.sha256()
    demo = REPO / "desktop" / "demo"
    for path in sorted(demo.glob("*.py")) + [REPO / "desktop" / "store" / "migrations.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def media_dir(db: Path) -> Path:
    return db.parent / f"{db.stem}-media"


def cached_demo(scale: int, cache: Path, log=print) -> tuple[Path, float | None]:  # noqa: ANN001
    """The demo database at `scale`, and the seconds its build took (None: it was cached)."""
    folder = cache / _code_key()
    db = folder / f"demo-{scale}.db"
    if db.exists():
        return db, None
    folder.mkdir(parents=True, exist_ok=True)
    building = folder / f"building-{scale}-{os.getpid()}.db"
    log(f"building the demo school at --scale {scale} (once; cached in {folder})")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(building),
                    "--scale", str(scale)], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    conn = sqlite3.connect(building)
    try:  # one self-contained file, so that a plain copy is a whole database
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    if media_dir(building).exists():
        shutil.rmtree(media_dir(db), ignore_errors=True)
        media_dir(building).rename(media_dir(db))
    building.rename(db)
    for extra in ("-wal", "-shm"):
        Path(f"{building}{extra}").unlink(missing_ok=True)
    log(f"built in {seconds:.1f} s")
    return db, seconds


def working_copy(db: Path) -> tuple[Path, tempfile.TemporaryDirectory]:
    """A private copy of the database and its media; remove it with the returned folder."""
    folder = tempfile.TemporaryDirectory(prefix="vidare-bench-")
    target = Path(folder.name) / db.name
    shutil.copyfile(db, target)
    if media_dir(db).exists():
        shutil.copytree(media_dir(db), media_dir(target))
    return target, folder
