"""The five control questions on valorisation (the Swedish agency's "After the project").

The Swedish wording is the source document's own and always printed as it stands; the
others are faithful translations kept here so a workshop poster is right even before the
catalogues carry them (for them a catalogue translation, when there is one, wins).
"""

from __future__ import annotations

from desktop.documents.common import Words
from desktop.domain.text import QT_TRANSLATE_NOOP

QUESTIONS = (
    QT_TRANSLATE_NOOP("Documents", "What end result do we expect from the activity or project?"),
    QT_TRANSLATE_NOOP("Documents", "Which training or learning needs does it answer?"),
    QT_TRANSLATE_NOOP("Documents",
                      "Who is the user and/or final beneficiary of the project's results?"),
    QT_TRANSLATE_NOOP("Documents", "Which activities will we use to spread the results and "
                                   "make sure they are used?"),
    QT_TRANSLATE_NOOP("Documents", "Timetable, means and available resources?"),
)

# Which rubrics of the planning poster each question feeds.
RUBRICS = ((1,), (3,), (2,), (4,), (5, 6))

_BUILT_IN = {
    "sv": (
        "Vilket slutresultat av aktiviteten/projektet förväntar vi oss?",
        "Vilka utbildningsbehov/lärbehov svarar de mot?",
        "Vem är användare och/eller slutgiltig mottagare av projektresultaten?",
        "Vilka aktiviteter ska vi använda för att sprida och säkerställa tillvaratagande av "
        "projektresultaten?",
        "Tidsschema, medel och tillgängliga resurser?",
    ),
    "nb": (
        "Hvilket sluttresultat av aktiviteten/prosjektet forventer vi?",
        "Hvilke opplærings- og læringsbehov svarer de på?",
        "Hvem er bruker og/eller endelig mottaker av prosjektresultatene?",
        "Hvilke aktiviteter skal vi bruke for å spre prosjektresultatene og sikre at de blir "
        "tatt i bruk?",
        "Tidsplan, midler og tilgjengelige ressurser?",
    ),
    "pl": (
        "Jakiego rezultatu końcowego działania lub projektu oczekujemy?",
        "Na jakie potrzeby szkoleniowe lub edukacyjne odpowiadają rezultaty?",
        "Kto jest użytkownikiem lub ostatecznym odbiorcą rezultatów projektu?",
        "Jakie działania wykorzystamy, aby upowszechnić rezultaty projektu i zapewnić ich "
        "wykorzystanie?",
        "Harmonogram, środki i dostępne zasoby?",
    ),
}


def control_questions(words: Words) -> list[str]:
    """The five questions in the document's language."""
    built_in = _BUILT_IN.get(words.language)
    found = []
    for i, source in enumerate(QUESTIONS):
        translated = words.tr(source)
        own = words.language == "sv" or translated == source
        found.append(built_in[i] if built_in and own else translated)
    return found
