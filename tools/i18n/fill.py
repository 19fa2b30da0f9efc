"""Put translations into the catalogues from a JSON file, then compile them.

    python3 -m tools.i18n.fill TRANSLATIONS.json [--dry-run]
    python3 -m tools.i18n.fill --todo LANG [--context C]   list unfinished messages as JSON

The JSON file maps a language to a list of entries, each
`{"context": …, "source": …, "comment": "" (optional), "translation": "…"}` or, for a
plural message, `"forms": ["…", "…"(, "…")]` (Polish has three). An entry whose message
is not in the catalogue, or whose placeholders differ from the source's, is reported and
not applied. Applied messages are marked finished; the .qm files are then compiled.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tools.i18n.refresh import catalogue_path, run_lrelease
from tools.i18n.tsfile import PLURAL_FORMS, Message, placeholder_problems, read_ts, write_ts


def apply(language: str, entries: list[dict], dry_run: bool = False) -> list[str]:
    path = catalogue_path(language)
    catalogue = read_ts(path)
    by_key = {m.key: m for m in catalogue.active()}
    problems = []
    for entry in entries:
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        message = by_key.get(key)
        if message is None:
            problems.append(f"{language}: no such message {key!r}")
            continue
        trial = Message(*key, numerus=message.numerus)
        if message.numerus:
            forms = entry.get("forms") or []
            if len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{language}: {key!r} needs {PLURAL_FORMS[language]} forms")
                continue
            trial.forms = list(forms)
        else:
            if not entry.get("translation"):
                problems.append(f"{language}: {key!r} has no translation")
                continue
            trial.translation = entry["translation"]
        found = placeholder_problems(trial)
        if found:
            problems.append(f"{language}: {key!r}: {'; '.join(found)}")
            continue
        message.forms, message.translation, message.type = trial.forms, trial.translation, ""
    if not dry_run:
        write_ts(catalogue, path)
        run_lrelease(path, path.with_suffix(".qm"))
    return problems


def todo(language: str, context: str | None) -> list[dict]:
    return [{"context": m.context, "source": m.source, "comment": m.comment,
             **({"forms": []} if m.numerus else {"translation": ""})}
            for m in read_ts(catalogue_path(language)).active()
            if not m.finished() and (context is None or m.context == context)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tools.i18n.fill")
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--todo", metavar="LANG")
    parser.add_argument("--context")
    args = parser.parse_args(argv)
    if args.todo:
        print(json.dumps(todo(args.todo, args.context), ensure_ascii=False, indent=1))
        return 0
    if args.file is None:
        parser.error("give a JSON file, or --todo LANG")
    data = json.loads(args.file.read_text(encoding="utf-8"))
    problems = [p for language, entries in data.items()
                for p in apply(language, entries, args.dry_run)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
