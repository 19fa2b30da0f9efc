"""Remembered mappings: the columns a person matched once are matched the same way next time.

Kept in a small JSON file in the user data folder, beside the settings, one entry per
file layout (the normalised headers in order, see `fields.layout_key`): no schema change,
and the same memory whichever database is open.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.sheets.fields import BY_KEY, layout_key

log = logging.getLogger(__name__)
FILE_NAME = "sheet-mappings.json"
MAX_REMEMBERED = 200


@dataclass
class Remembered:
    holds: str
    mapping: list[str]


def default_file() -> Path:
    from desktop.paths import user_data_dir

    return user_data_dir() / FILE_NAME


class Mappings:
    def __init__(self, path: Path | None = None):
        self.path = path or default_file()

    def _load(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("the remembered mappings in %s cannot be read; starting afresh",
                        self.path, exc_info=True)
            return {}
        return data if isinstance(data, dict) else {}

    def recall(self, headers: list) -> Remembered | None:
        entry = self._load().get(layout_key(headers))
        if not isinstance(entry, dict) or entry.get("holds") not in BY_KEY:
            return None
        fields = {f.key for f in BY_KEY[entry["holds"]].fields}
        mapping = [m if isinstance(m, str) and m in fields else ""
                   for m in entry.get("mapping", [])][:len(headers)]
        mapping += [""] * (len(headers) - len(mapping))
        return Remembered(entry["holds"], mapping)

    def remember(self, headers: list, holds: str, mapping: list[str]) -> None:
        data = self._load()
        key = layout_key(headers)
        data.pop(key, None)
        data[key] = {"holds": holds, "mapping": list(mapping)}
        while len(data) > MAX_REMEMBERED:  # the oldest go first (insertion order)
            data.pop(next(iter(data)))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.partial")
            partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError:
            log.warning("could not remember the mapping in %s", self.path, exc_info=True)
