"""Refreshing the catalogues: lupdate over desktop/, plural fix-up, lrelease to .qm.

    python3 -m tools.i18n.refresh           extract, merge, compile (translations/)
    python3 -m tools.i18n.refresh --check   report stale or unfinished catalogues, exit 1

Domain text is marked with `QT_TRANSLATE_NOOP`, which lupdate never treats as a plural
message; any source holding `%n` is therefore turned into a plural message here, keeping
the forms already translated (lupdate itself would fold them into one).
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.i18n.tsfile import (
    PLURAL_FORMS,
    TS_LANGUAGES,
    Catalogue,
    Message,
    accelerator_problems,
    placeholder_problems,
    read_qm,
    read_ts,
    write_ts,
)

RELEASE_LANGUAGES = ("sv", "nb", "pl")
# Qt's own strings that Qt 6 ships no Bokmål catalogue for (see translations/qtbase_nb.ts).
OWN_QT_CATALOGUES = ("qtbase_nb",)


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease, or the binaries inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def catalogue_path(language: str, root: Path | None = None) -> Path:
    return (root or project_root()) / "translations" / f"vidare_{language}.ts"


def sources(root: Path | None = None) -> list[Path]:
    """Every Python file of the program (lupdate is given the list, in a stable order)."""
    base = (root or project_root()) / "desktop"
    return sorted(p for p in base.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_path: Path, root: Path | None = None, no_obsolete: bool = True) -> None:
    root = root or project_root()
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False,
                                     encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in sources(root)))
    try:
        # `N = QT_TRANSLATE_NOOP` is a common short alias in the documents.
        command = [tool("lupdate"), "-silent", "-source-language", "en",
                   "-tr-function-alias", "QT_TRANSLATE_NOOP+=N",
                   f"@{listing.name}", "-ts", str(ts_path)]
        if no_obsolete:
            command.insert(2, "-no-obsolete")
        subprocess.run(command, check=True, capture_output=True, text=True)
    finally:
        Path(listing.name).unlink(missing_ok=True)


def _alias_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate" and isinstance(node.value.value, ast.Name)
                and node.value.value.id == "QCoreApplication"):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _string_constants(tree: ast.AST) -> dict[str, str]:
    """NAME = "text" assignments (a context kept in a constant); ambiguous names left out."""
    values: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, set()).add(node.value.value)
    return {name: next(iter(found)) for name, found in values.items() if len(found) == 1}


def _wrappers(tree: ast.AST, constants: dict[str, str]) -> dict[str, str]:
    """`def tr(text): return QCoreApplication.translate(C, text)` (or a Translator's
    `.tr(C, text)`): one-argument helpers that fix the context; name → context."""
    found = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.FunctionDef) and node.args.args
                and len(node.body) == 1 and isinstance(node.body[0], ast.Return)):
            continue
        call = node.body[0].value
        while isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                and isinstance(call.func.value, ast.Call) and call.func.attr != "translate":
            call = call.func.value  # translate(...).replace(...)
        if not (isinstance(call, ast.Call) and len(call.args) >= 2
                and _marking_call(call, set())
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            continue
        context = call.args[0]
        if isinstance(context, ast.Constant) and isinstance(context.value, str):
            found[node.name] = context.value
        elif isinstance(context, ast.Name) and context.id in constants:
            found[node.name] = constants[context.id]
    return found


def _translator_call(node: ast.Call) -> bool:
    """`tr.tr("Ctx", text[, n])` or `tr.fill(…)` on a desktop.i18n.Translator (named `tr`
    or `translator`, or made in place), as the command line translates: the same arguments
    as QCoreApplication.translate."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in ("tr", "fill") and node.args
            and isinstance(node.args[0], (ast.Constant, ast.Name))):
        return False
    owner = func.value
    return (isinstance(owner, ast.Name) and owner.id in ("tr", "translator")) or (
        isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name)
        and owner.func.id == "Translator")


def _marking_call(node: ast.Call, aliases: set[str]) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in aliases or func.id in ("QT_TRANSLATE_NOOP", "N")
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"
            ) or _translator_call(node)


def supplementary_messages(root: Path | None = None,
                           relative_to: Path | None = None) -> list[Message]:
    """Marked strings that lupdate cannot see, yet the running program asks for.

    lupdate drops `QCoreApplication.translate("Ctx", "%n x", None, len(rows))` (any count
    that is an expression), misreads `tr = QCoreApplication.translate; tr("Ctx", "Text")`
    (as a source "Ctx" in no context) and skips any context held in a constant (`C = "Ctx";
    QCoreApplication.translate(C, "Text")`, `QT_TRANSLATE_NOOP(C, "Text")`). Both
    translate correctly at run time, so they are extracted here with the same
    (context, text) the program looks up.
    """
    root = root or project_root()
    base = relative_to or root / "translations"
    found: dict[tuple[str, str, str], Message] = {}
    for path in sources(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        aliases = _alias_names(tree)
        constants = _string_constants(tree)
        wrappers = _wrappers(tree, constants)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id in wrappers and node.args:
                context, text = ast.Constant(wrappers[node.func.id]), node.args[0]
                node_args = [context, *node.args]
            elif len(node.args) >= 2 and _marking_call(node, aliases):
                context, text = node.args[0], node.args[1]
                node_args = node.args
            else:
                continue
            if isinstance(node.func, ast.Name) and node.func.id in wrappers:
                context_text = wrappers[node.func.id]
            elif isinstance(context, ast.Name) and context.id in constants:
                context_text = constants[context.id]
            elif isinstance(context, ast.Constant) and isinstance(context.value, str):
                # Also in full-name calls: lupdate 6.x drops QCoreApplication.translate(
                # "Ctx", "%n x", None, self.total) when the count is an expression.
                context_text = context.value
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            comment = ""
            if len(node_args) > 2 and isinstance(node_args[2], ast.Constant):
                comment = node_args[2].value or ""
            key = (context_text, text.value, comment)
            message = found.setdefault(key, Message(
                context_text, text.value, comment, numerus=len(node_args) > 3,
                type="unfinished"))
            message.locations.append((os.path.relpath(path, base), str(node.lineno)))
            # lupdate may place a call that spans lines on any of them
            for line in range(node.lineno + 1, (node.end_lineno or node.lineno) + 1):
                _SPANS.setdefault((str(path), str(node.lineno)), set()).add(str(line))
    return list(found.values())


_SPANS: dict[tuple[str, str], set[str]] = {}


def misread(message: Message) -> bool:
    """lupdate's guesses that no lookup will ever ask for.

    `obj.tr("A", b)` on something that is not a Qt object (our Translator) becomes context
    "obj", and `tr = QCoreApplication.translate; tr("Ctx", "Text")` becomes source "Ctx"
    in an empty context: both are marking mistakes, reported by the refresh, never kept.
    """
    return not message.context or "." in message.context


def run_lrelease(ts_path: Path, qm_path: Path) -> str:
    done = subprocess.run([tool("lrelease"), str(ts_path), "-qm", str(qm_path)],
                          check=True, capture_output=True, text=True)
    return done.stdout + done.stderr


def _memory(previous: Catalogue) -> dict[str, Message]:
    """Finished translations by English text, to offer for the same text in a new context."""
    return {m.source: m for m in previous.messages if m.finished()}


def fix_up(fresh: Catalogue, previous: Catalogue, language: str,
           extra: list[Message] = ()) -> Catalogue:  # type: ignore[assignment]
    """Plural forms for every %n message; earlier translations kept; reuse offered."""
    forms = PLURAL_FORMS[language]
    before = previous.by_key()
    memory = _memory(previous)
    fresh.messages = [m for m in fresh.messages if not misread(m)]
    have = {m.key for m in fresh.messages}
    fresh.messages += [copy.deepcopy(m) for m in extra if m.key not in have]
    fresh.messages.sort(key=lambda m: m.context)  # stable: keeps lupdate's order inside
    fresh.language = TS_LANGUAGES[language]
    fresh.source_language = "en"
    for message in fresh.messages:
        old = before.get(message.key)
        if (old is not None and old.finished() and old.numerus == message.numerus
                and not message.finished()):
            message.translation, message.forms, message.type = (
                old.translation, list(old.forms), old.type)
        if "%n" in message.source:
            if not message.numerus:
                message.numerus = True
                message.forms = [message.translation] if message.translation else []
                message.translation = ""
            if old is not None and old.numerus and any(old.forms):
                message.forms, message.type = list(old.forms), old.type
            message.forms = (message.forms + [""] * forms)[:forms]
            if not all(f.strip() for f in message.forms):
                message.type = message.type or "unfinished"
        if message.type == "unfinished" and not any(t.strip() for t in message.texts()):
            offer = memory.get(message.source)
            if offer is not None and offer.numerus == message.numerus:
                # Same English text elsewhere: offered, but a translator confirms it.
                message.translation, message.forms = offer.translation, list(offer.forms)
    return fresh


def refresh_language(language: str, root: Path | None = None) -> Catalogue:
    path = catalogue_path(language, root)
    previous = read_ts(path) if path.exists() else Catalogue()
    run_lupdate(path, root)
    catalogue = fix_up(read_ts(path), previous, language, supplementary_messages(root))
    write_ts(catalogue, path)
    return catalogue


def extracted_keys(root: Path | None = None) -> set[tuple[str, str, str]]:
    """The (context, source, disambiguation) of every message in the code now."""
    with tempfile.TemporaryDirectory() as tmp:
        ts_path = Path(tmp) / "vidare_pl.ts"
        run_lupdate(ts_path, root)
        keys = {m.key for m in read_ts(ts_path).active() if not misread(m)}
    return keys | {m.key for m in supplementary_messages(root)}


def misread_messages(root: Path | None = None) -> list[str]:
    """Marked strings that neither lupdate nor the supplementary extraction understood."""
    root = root or project_root()
    covered = set()
    for m in supplementary_messages(root):
        for f, line in m.locations:
            where = str((root / "translations" / f).resolve())
            covered |= {(where, other) for other in _SPANS.get((where, line), set()) | {line}}
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        ts_path = Path(tmp) / "vidare_pl.ts"
        run_lupdate(ts_path, root)
        messages = read_ts(ts_path).active()
        contexts = {m.context for m in messages} | {m.context for m in
                                                    supplementary_messages(root)}
        for m in messages:
            places = [(str((Path(tmp) / f).resolve()), line) for f, line in m.locations]
            if m.source in contexts:
                continue  # tr("Ctx", variable): the text is marked where it is defined
            if misread(m) and not all(place in covered for place in places):
                where = ", ".join(f"{os.path.relpath(f, root)}:{line}" for f, line in places)
                found.append(f"{where}: lupdate reads this as context “{m.context}”, text "
                             f"“{m.source}”; call self.tr() or QCoreApplication.translate() "
                             "with a literal context, or a helper the refresh knows")
    return found


def problems(root: Path | None = None) -> list[str]:
    """Everything that makes a catalogue not ready for release, one line each."""
    root = root or project_root()
    found: list[str] = []
    in_code = extracted_keys(root)
    for language in RELEASE_LANGUAGES:
        path = catalogue_path(language, root)
        if not path.exists():
            found.append(f"{path.name}: missing")
            continue
        catalogue = read_ts(path)
        active = {m.key for m in catalogue.active()}
        for key in sorted(in_code - active):
            found.append(f"{path.name}: not extracted yet: {key[0]}: “{key[1]}”")
        for key in sorted(active - in_code):
            found.append(f"{path.name}: no longer in the code: {key[0]}: “{key[1]}”")
        for m in catalogue.active():
            if not m.finished():
                found.append(f"{path.name}: unfinished: {m.context}: “{m.source}”")
            elif "%n" in m.source and (not m.numerus
                                       or len(m.forms) != PLURAL_FORMS[language]):
                found.append(f"{path.name}: plural forms missing: {m.context}: “{m.source}”")
            found += [f"{path.name}: {p}" for p in placeholder_problems(m)]
            found += [f"{path.name}: {p}" for p in accelerator_problems(m)]
    english_path = catalogue_path("en", root)
    if english_path.exists():
        english = read_ts(english_path)
        polish = read_ts(catalogue_path("pl", root)) if catalogue_path("pl", root).exists() \
            else Catalogue()
        if plural_keys(english) != plural_keys(polish):
            found.append("vidare_en.ts: plural messages out of step; run the refresh")
        for m in english.active():
            if not m.finished() or len(m.forms) != PLURAL_FORMS["en"]:
                found.append(f"vidare_en.ts: unfinished: {m.context}: “{m.source}”")
            found += [f"vidare_en.ts: {p}" for p in placeholder_problems(m)]
    else:
        found.append("vidare_en.ts: missing")
    for ts_path in sorted((root / "translations").glob("*.ts")):
        qm_path = ts_path.with_suffix(".qm")
        if not qm_path.exists():
            found.append(f"{qm_path.name}: missing; run the refresh")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            compiled = Path(tmp) / qm_path.name
            run_lrelease(ts_path, compiled)
            if read_qm(compiled) != read_qm(qm_path):
                found.append(f"{qm_path.name}: older than {ts_path.name}; run the refresh")
    return found


def refresh_english(source: Catalogue, root: Path | None = None) -> Catalogue:
    """English is the source, but "%n record(s)" still needs its two English forms:
    vidare_en.ts holds the plural messages only, kept in step with the others."""
    path = catalogue_path("en", root)
    before = read_ts(path).by_key() if path.exists() else {}
    english = Catalogue(TS_LANGUAGES["en"], "en")
    for message in source.active():
        if not message.numerus:
            continue
        old = before.get(message.key)
        forms = list(old.forms) if old is not None and old.numerus else ["", ""]
        forms = (forms + ["", ""])[:PLURAL_FORMS["en"]]
        done = old is not None and old.finished() and all(f.strip() for f in forms)
        english.messages.append(Message(
            message.context, message.source, message.comment, list(message.locations),
            numerus=True, forms=forms, type="" if done else "unfinished"))
    write_ts(english, path)
    return english


def plural_keys(catalogue: Catalogue) -> set[tuple[str, str, str]]:
    return {m.key for m in catalogue.active() if m.numerus}


def refresh(root: Path | None = None) -> list[str]:
    root = root or project_root()
    report = []
    for language in RELEASE_LANGUAGES:
        catalogue = refresh_language(language, root)
        active = catalogue.active()
        unfinished = sum(not m.finished() for m in active)
        report.append(f"vidare_{language}.ts: {len(active)} messages, {unfinished} unfinished")
    english = refresh_english(catalogue, root)
    unfinished = sum(not m.finished() for m in english.messages)
    report.append(f"vidare_en.ts: {len(english.messages)} plural messages, "
                  f"{unfinished} unfinished")
    for ts_path in sorted((root / "translations").glob("*.ts")):
        run_lrelease(ts_path, ts_path.with_suffix(".qm"))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tools.i18n.refresh",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what is stale or unfinished")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)" if found else "catalogues complete and fresh")
        return 1 if found else 0
    for line in refresh():
        print(line)
    from tools.i18n.lint import lint

    for line in misread_messages() + lint(project_root() / "desktop"):
        print(f"lint: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
