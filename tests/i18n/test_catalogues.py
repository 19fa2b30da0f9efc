"""The catalogues are complete, fresh, finished, with the source's placeholders and plurals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tools.i18n import refresh
from tools.i18n.lint import translation_errors
from tools.i18n.tsfile import PLURAL_FORMS, placeholder_problems, read_qm, read_ts

ROOT = refresh.project_root()
LANGS = refresh.RELEASE_LANGUAGES


@pytest.fixture(scope="module")
def in_code() -> set[tuple[str, str, str]]:
    return refresh.extracted_keys(ROOT)


@pytest.mark.parametrize("language", LANGS)
def test_catalogue_holds_every_string_in_the_code(language, in_code):
    catalogue = read_ts(refresh.catalogue_path(language))
    active = {m.key for m in catalogue.active()}
    missing = sorted(in_code - active)
    gone = sorted(active - in_code)
    assert not missing, f"run python3 -m tools.i18n.refresh; not in {language}: {missing[:10]}"
    assert not gone, f"run python3 -m tools.i18n.refresh; no longer in the code: {gone[:10]}"


def test_domain_strings_are_found_through_qt_translate_noop(in_code):
    # desktop/domain/text.py defines QT_TRANSLATE_NOOP so that lupdate finds these.
    assert ("Catalogue", "Job shadowing", "") in in_code
    assert ("Validation", "The end date is before the start date.", "") in in_code
    assert ("Overview", "%n trip(s) done without a story.", "") in in_code


@pytest.mark.parametrize("language", (*LANGS, "en"))
def test_every_message_is_translated(language):
    catalogue = read_ts(refresh.catalogue_path(language))
    unfinished = [f"{m.context}: {m.source}" for m in catalogue.active() if not m.finished()]
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:10]}"


@pytest.mark.parametrize("language", (*LANGS, "en"))
def test_placeholders_match_the_source(language):
    catalogue = read_ts(refresh.catalogue_path(language))
    problems = [p for m in catalogue.active() for p in placeholder_problems(m)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", (*LANGS, "en"))
def test_every_count_message_has_all_plural_forms(language):
    catalogue = read_ts(refresh.catalogue_path(language))
    counted = [m for m in catalogue.active() if "%n" in m.source]
    assert counted, "the catalogue should hold messages with %n"
    for message in counted:
        assert message.numerus, f"{message.source} is not a plural message"
        assert len(message.forms) == PLURAL_FORMS[language], message.source
        assert all("%n" in form for form in message.forms), message.forms


def test_english_catalogue_holds_every_plural_message_and_nothing_else():
    english = read_ts(refresh.catalogue_path("en"))
    polish = read_ts(refresh.catalogue_path("pl"))
    assert refresh.plural_keys(english) == refresh.plural_keys(polish)
    assert all(m.numerus for m in english.messages)
    pupils = next(m for m in english.messages if m.source == "%n pupil(s)")
    assert pupils.forms == ["%n pupil", "%n pupils"]


def test_polish_has_three_different_plural_forms():
    catalogue = read_ts(refresh.catalogue_path("pl"))
    message = next(m for m in catalogue.active()
                   if m.source == "%n result(s) have no target group.")
    assert len(set(message.forms)) == 3


@pytest.mark.parametrize("ts_path", sorted((ROOT / "translations").glob("*.ts")),
                         ids=lambda p: p.name)
def test_compiled_catalogue_matches_its_source(ts_path: Path, tmp_path):
    qm_path = ts_path.with_suffix(".qm")
    assert qm_path.exists(), f"{qm_path.name} is missing; run the refresh"
    compiled = tmp_path / qm_path.name
    output = refresh.run_lrelease(ts_path, compiled)
    assert "unfinished" not in output.replace("0 unfinished", ""), output
    # Same messages and translations (not bytes: lrelease versions lay files out differently)
    assert read_qm(compiled) == read_qm(qm_path), \
        f"{qm_path.name} is older than {ts_path.name}; run python3 -m tools.i18n.refresh"
    assert len(read_qm(qm_path)) == sum(
        1 for m in read_ts(ts_path).active() if m.finished()), qm_path.name


def test_lrelease_reports_nothing_unfinished():
    for language in LANGS:
        done = subprocess.run([refresh.tool("lrelease"), str(refresh.catalogue_path(language)),
                               "-qm", "/dev/null"], capture_output=True, text=True, check=True)
        assert " 0 unfinished" in done.stdout, done.stdout
        assert "untranslated" not in done.stdout, done.stdout


def test_no_translation_is_built_from_pieces():
    errors = []
    for path in refresh.sources(ROOT):
        errors += translation_errors(path)
    assert not errors, "\n".join(errors)


def test_the_lint_finds_an_f_string_and_html_in_a_translation(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('name = "x"\n'
                      'a = self.tr(f"Hello {name}")\n'
                      'b = QCoreApplication.translate("Ctx", "<b>Bold</b> text")\n'
                      'c = QT_TRANSLATE_NOOP("Ctx", "Saved %s records")\n'
                      'd = self.tr("Fine %1")\n', encoding="utf-8")
    found = translation_errors(sample)
    assert len(found) == 3
    assert ":2:" in found[0] and "f-string" in found[0]


def test_marking_mistakes_never_enter_the_catalogues():
    for language in LANGS:
        for message in read_ts(refresh.catalogue_path(language)).messages:
            assert message.context and "." not in message.context, message


def test_glossary_terms_are_used_consistently():
    """The key terms of translations/GLOSSARY.md, where the English term appears."""
    terms = {"sv": ("spridning", "Spridning"), "nb": ("spredning", "Spredning"),
             "pl": ("upowszechnia", "Upowszechnia")}
    for language, words in terms.items():
        catalogue = read_ts(refresh.catalogue_path(language))
        for message in catalogue.active():
            if "dissemination" in message.source.lower() and message.context != "Catalogue":
                text = " ".join(message.texts())
                assert any(w in text for w in words), (language, message.source, text)


def test_strings_lupdate_cannot_see_are_extracted_too(tmp_path):
    """Contexts in constants, `tr = QCoreApplication.translate`, and one-argument helpers."""
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "page.py").write_text(
        'from PySide6.QtCore import QCoreApplication\n'
        'C = "OverviewPage"\n'
        'def tr(text):\n'
        '    return QCoreApplication.translate("PrintPage", text)\n'
        'def labels(n):\n'
        '    t = QCoreApplication.translate\n'
        '    return [QCoreApplication.translate(C, "Coming up"), t(C, "Needs attention"),\n'
        '            t("Dependents", "%n photo(s)", None, n), tr("Preview"),\n'
        '            QT_TRANSLATE_NOOP(C, "Countries"),\n'
        '            QCoreApplication.translate("TablePage", "%n record(s)", None, len(n))]\n',
        encoding="utf-8")
    found = {(m.context, m.source, m.numerus)
             for m in refresh.supplementary_messages(tmp_path)}
    assert found == {("OverviewPage", "Coming up", False),
                     ("OverviewPage", "Needs attention", False),
                     ("Dependents", "%n photo(s)", True), ("PrintPage", "Preview", False),
                     ("OverviewPage", "Countries", False),
                     ("TablePage", "%n record(s)", True)}


def test_a_stale_compiled_catalogue_is_noticed(tmp_path):
    ts_path = refresh.catalogue_path("pl")
    catalogue = read_ts(ts_path)
    message = next(m for m in catalogue.active() if m.source == "Job shadowing")
    message.translation = "Cień pracy"
    changed = tmp_path / "vidare_pl.ts"
    from tools.i18n.tsfile import write_ts

    write_ts(catalogue, changed)
    refresh.run_lrelease(changed, tmp_path / "vidare_pl.qm")
    assert read_qm(tmp_path / "vidare_pl.qm") != read_qm(ts_path.with_suffix(".qm"))
    assert read_qm(tmp_path / "vidare_pl.qm")[("Catalogue", "Job shadowing", "")] == (
        "Cień pracy",)
