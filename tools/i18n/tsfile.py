"""Reading and writing Qt Linguist .ts catalogues, and checking their messages.

Used by the refresh command and the tests; the running program reads only the compiled
.qm files. The writer follows lupdate's own layout so that a refresh after lupdate keeps
the diff small.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

# Plural forms Qt uses for each language (Polish: 1 / 2-4, 22-24… / 5-21, 25…).
PLURAL_FORMS = {"sv": 2, "nb": 2, "pl": 3, "en": 2}
TS_LANGUAGES = {"sv": "sv_SE", "nb": "nb_NO", "pl": "pl_PL", "en": "en_GB"}
PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, str]] = field(default_factory=list)
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    type: str = ""  # "", "unfinished", "vanished" or "obsolete"
    extracomment: str = ""
    translatorcomment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def active(self) -> bool:
        return self.type not in ("vanished", "obsolete")

    def texts(self) -> list[str]:
        """The translated text(s): every plural form, or the one translation."""
        return list(self.forms) if self.numerus else [self.translation]

    def finished(self) -> bool:
        return self.type == "" and all(text.strip() for text in self.texts()) and bool(
            self.texts())


@dataclass
class Catalogue:
    language: str = ""
    source_language: str = ""
    messages: list[Message] = field(default_factory=list)

    def active(self) -> list[Message]:
        return [m for m in self.messages if m.active]

    def by_key(self) -> dict[tuple[str, str, str], Message]:
        return {m.key: m for m in self.messages}


def read_ts(path: Path | str) -> Catalogue:
    root = ET.parse(str(path)).getroot()
    catalogue = Catalogue(root.get("language", ""), root.get("sourcelanguage", ""))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                locations=[(loc.get("filename", ""), loc.get("line", ""))
                           for loc in element.iter("location")],
                numerus=element.get("numerus") == "yes",
                extracomment=element.findtext("extracomment") or "",
                translatorcomment=element.findtext("translatorcomment") or "",
            )
            if translation is not None:
                message.type = translation.get("type", "")
                if message.numerus:
                    message.forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    message.translation = translation.text or ""
            catalogue.messages.append(message)
    return catalogue


def _protect(text: str) -> str:
    out = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace('"', "&quot;").replace("'", "&apos;"))
    return "".join(f"&#x{ord(ch):x};" if ord(ch) < 32 and ch not in "\n\t" else ch
                   for ch in out)


def write_ts(catalogue: Catalogue, path: Path | str) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attributes = ' version="2.1"'
    if catalogue.language:
        attributes += f' language="{catalogue.language}"'
    if catalogue.source_language:
        attributes += f' sourcelanguage="{catalogue.source_language}"'
    lines.append(f"<TS{attributes}>")
    contexts: dict[str, list[Message]] = {}
    for message in catalogue.messages:
        contexts.setdefault(message.context, []).append(message)
    for name, messages in contexts.items():
        lines += ["<context>", f"    <name>{_protect(name)}</name>"]
        for m in messages:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                extra = f' line="{line}"' if line else ""
                lines.append(f'        <location filename="{_protect(filename)}"{extra}/>')
            lines.append(f"        <source>{_protect(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_protect(m.comment)}</comment>")
            if m.extracomment:
                lines.append(f"        <extracomment>{_protect(m.extracomment)}</extracomment>")
            if m.translatorcomment:
                lines.append(f"        <translatorcomment>{_protect(m.translatorcomment)}"
                             "</translatorcomment>")
            kind = f' type="{m.type}"' if m.type else ""
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                for form in m.forms:
                    lines.append(f"            <numerusform>{_protect(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_protect(m.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def placeholders(text: str) -> set[str]:
    """%1…%9 and %n (with or without Qt's L for localised numbers)."""
    return {p.replace("%L", "%") for p in PLACEHOLDER.findall(text)}


def placeholder_problems(message: Message) -> list[str]:
    """Each translated text must carry exactly the source's placeholders."""
    expected = placeholders(message.source)
    problems = []
    for text in message.texts():
        if text and placeholders(text) != expected:
            problems.append(f"{message.context}: “{message.source}” → “{text}”: placeholders "
                            f"{sorted(placeholders(text))} instead of {sorted(expected)}")
    return problems


def accelerator_problems(message: Message) -> list[str]:
    """A source with an &-accelerator needs one in the translation, and vice versa."""
    def has(text: str) -> bool:
        return bool(re.search(r"&[^&\s]", text.replace("&&", "")))
    problems = []
    for text in message.texts():
        if text and has(text) != has(message.source):
            problems.append(f"{message.context}: “{message.source}” → “{text}”: accelerator")
    return problems


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_qm(path: Path | str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """A compiled catalogue's messages: (context, source, comment) → translation(s).

    Compared with a fresh lrelease of the .ts this tells whether a .qm is current, whatever
    the lrelease version's byte layout (hash table, padding) looks like.
    """
    data = Path(path).read_bytes()
    if data[:16] != QM_MAGIC:
        raise ValueError(f"{path} is not a Qt .qm file")
    position, block = 16, b""
    while position + 5 <= len(data):
        tag = data[position]
        length = struct.unpack(">I", data[position + 1:position + 5])[0]
        if tag == 0x69:  # the messages block
            block = data[position + 5:position + 5 + length]
        position += 5 + length
    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    fields: dict[int, str] = {}
    translations: list[str] = []
    i = 0
    while i < len(block):
        tag = block[i]
        i += 1
        if tag == 1:  # end of one message
            key = (fields.get(7, ""), fields.get(6, ""), fields.get(8, ""))
            messages[key] = tuple(translations)
            fields, translations = {}, []
            continue
        length = struct.unpack(">I", block[i:i + 4])[0]
        i += 4
        if tag == 3:
            if length == 0xFFFFFFFF:
                translations.append("")
                continue
            translations.append(block[i:i + length].decode("utf-16-be"))
        elif tag in (6, 7, 8):
            fields[tag] = block[i:i + length].decode("utf-8")
        i += length
    return messages
