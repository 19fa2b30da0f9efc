"""Where a database's files live beside it, and keeping them private.

Beside `vidare.db`: `vidare-media/` (photos, scanned forms, evidence, named by their
content's hash), `vidare-backups/`, `vidare-temp/` (work copies of an import, an export
or a restore while it runs; removed when done, or at the next start if Vidare was
stopped), `vidare.db.lock` and `vidare.db.erased` (the ids of people erased).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path


def media_dir_for(db_path: Path | str) -> Path:
    """Photos, scanned forms and evidence live in a folder beside the database."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-media"


def work_dir_for(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-temp"


def lock_path_for(db_path: Path | str) -> Path:
    return Path(f"{db_path}.lock")


def erasure_register(db_path: Path | str) -> Path:
    """The ids (never names) of people erased, so that restoring an older backup cannot
    bring them back."""
    return Path(f"{db_path}.erased")


def folder_of(path: Path | str) -> Path:
    path = Path(path)
    return path.parent if str(path.parent) else Path(".")


def file_stamp() -> str:
    """A UTC time for file names: sorts in time order, holds no characters Windows refuses."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def host_name() -> str:
    return socket.gethostname()  # the machine's own name; no network is involved


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def private_folder(path: Path) -> Path:
    """Create a folder readable by its owner only (0700 where the OS has such modes)."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:
        pass
    return path


def private_file(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass


def restrict_permissions(path: Path) -> None:
    """The database holds pupils' data: nobody but its owner may read it.

    Only the group's and others' bits are taken away: a file the user made read-only
    stays read-only.
    """
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        try:
            mode = candidate.stat().st_mode & 0o777
            if mode & 0o077:
                candidate.chmod(mode & 0o700)
        except OSError:
            pass


def set_aside(path: Path | str, label: str = "damaged") -> Path:
    """Rename a database (and its -wal/-shm) to `<name>.<label>-<time>`: kept, never overwritten."""
    path = Path(path)
    target = Path(f"{path}.{label}-{file_stamp()}")
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.replace(Path(f"{target}{suffix}"))
    if path.exists():
        path.replace(target)
    return target


def keep_aside(path: Path | str, label: str = "damaged") -> Path:
    """Keep a database's bytes under `<name>.<label>-<time>` while it stays where it is
    (a hard link, or a copy where links are not possible); its -wal/-shm move with the
    kept name. The caller then renames a new file over `path` in one step."""
    path = Path(path)
    target = Path(f"{path}.{label}-{file_stamp()}")
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.replace(Path(f"{target}{suffix}"))
    return target


def system_temp_dir(kind: str) -> Path:
    """A private folder in the system's temporary folder, for when the data folder may
    not be written; named with this process, so that `clean_system_temp` can tell one
    left behind by a stopped Vidare."""
    return Path(tempfile.mkdtemp(prefix=f"vidare-{kind}-{_safe(host_name())}-{os.getpid()}-"))


def clean_system_temp() -> list[Path]:
    """Remove Vidare's folders in the system's temporary folder whose process is gone."""
    removed: list[Path] = []
    for folder in Path(tempfile.gettempdir()).glob("vidare-*-*-*-*"):
        parts = folder.name.split("-")
        if len(parts) < 5 or parts[2] != _safe(host_name()) or not parts[3].isdigit():
            continue
        if folder.is_dir() and not pid_alive(int(parts[3])):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def new_work_dir(db_path: Path | str, kind: str) -> Path:
    """A private folder in the data folder for one import, export or restore.

    Its name carries this process's id and computer, so that `clean_work_dirs` knows a
    folder whose process is gone (stopped or killed) from one still in use.
    """
    base = private_folder(work_dir_for(db_path))
    folder = base / f"{kind}-{_safe(host_name())}-{os.getpid()}-{file_stamp()}"
    folder.mkdir(mode=0o700)
    return folder


def remove_work_dir(folder: Path) -> None:
    """Remove a work folder when its job is done (and the temp folder once it is empty)."""
    shutil.rmtree(folder, ignore_errors=True)
    if not folder.parent.name.endswith("-temp"):
        return  # a folder of the system's temporary folder: nothing of ours around it
    try:
        folder.parent.rmdir()
    except OSError:
        pass  # another job's folder is still in it


def clean_work_dirs(db_path: Path | str) -> list[Path]:
    """Remove work folders left behind by a Vidare that was stopped; returns them."""
    removed: list[Path] = []
    base = work_dir_for(db_path)
    if not base.is_dir():
        return removed
    for folder in base.iterdir():
        parts = folder.name.split("-")
        try:
            host, pid = parts[1], int(parts[2])
        except (IndexError, ValueError):
            host, pid = "", 0
        if host and host != _safe(host_name()):
            continue  # another computer's (a shared folder): it knows whether it still runs
        if not pid_alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    try:
        base.rmdir()  # only when empty
    except OSError:
        pass
    return removed


def _safe(text: str) -> str:
    return "".join(c for c in text if c.isalnum())[:40] or "host"


# Folder names that the usual sync clients create; matched case-insensitively on a path part.
_SYNCED_NAMES = (
    ("onedrive", "OneDrive"), ("dropbox", "Dropbox"), ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"), ("my drive", "Google Drive"),
    ("icloud drive", "iCloud"), ("iclouddrive", "iCloud"), ("mobile documents", "iCloud"),
    ("box sync", "Box"), ("nextcloud", "Nextcloud"), ("owncloud", "ownCloud"),
)
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "afpfs",
                        "webdav", "davfs", "fuse.rclone"}


def synced_folder(path: Path | str) -> str | None:
    """The cloud service or network share that holds `path`, or None for a local folder."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "a network share"
    for part in Path(text).parts:
        lowered = part.lower()
        for needle, service in _SYNCED_NAMES:
            if lowered == needle or lowered.startswith(needle + " ") \
                    or lowered.startswith(needle + "-"):
                return service
        if lowered == "cloudstorage":  # macOS File Provider: ~/Library/CloudStorage/<service>
            return "a cloud service"
    return _network_drive(Path(text))


def _network_drive(path: Path) -> str | None:
    """A mapped Windows network drive, or a network file system mounted on Linux."""
    try:
        resolved = path.resolve()
    except OSError:
        return None
    if os.name == "nt":
        import ctypes

        drive = resolved.drive
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # type: ignore
            return "a network share"
        return None
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    best, kind = "", ""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (str(resolved) == point or str(resolved).startswith(point.rstrip("/") + "/")) \
                and len(point) >= len(best):
            best, kind = point, fields[2]
    return "a network share" if kind in _NETWORK_FILESYSTEMS else None
