"""Which language the app speaks, and loading its translations.

The language is ``--lang`` when given, else the Preferences choice, else the system's.
English needs a translation too, for the plural forms ("1 lesson", "3 lessons"):
``course_studio_en.qm`` holds only those and is always loaded first.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def available_languages() -> list[str]:
    """English and every language with a compiled translation, e.g. ['en', 'de']."""
    found = {p.stem.rsplit("_", 1)[-1] for p in TRANSLATIONS.glob("course_studio_*.qm")}
    return ["en", *sorted(found - {"en"})]


def install_translations(app: QCoreApplication, lang: str | None) -> QLocale:
    """Use ``lang`` ('' or None: the system's language) for texts, dates and numbers.

    Returns the locale now in use. Safe to call again: earlier translators are removed.
    """
    for old in app.findChildren(QTranslator, "courseStudioTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(lang) if lang else QLocale.system()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        locale = QLocale("en_US")
    QLocale.setDefault(locale)
    plurals = QTranslator(app)
    if plurals.load(str(TRANSLATIONS / "course_studio_en.qm")):
        _install(app, plurals)
    if locale.language() != QLocale.Language.English:
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", folder):
            _install(app, qt_own)
        ours = QTranslator(app)
        if ours.load(locale, "course_studio", "_", str(TRANSLATIONS)):
            _install(app, ours)
    return locale


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    translator.setObjectName("courseStudioTranslator")
    app.installTranslator(translator)


class Labels(Mapping[str, str]):
    """Names for stored values ('draft' → 'Draft'), translated whenever they are read.

    Write the names with ``QT_TRANSLATE_NOOP(context, ...)`` so the translators see them.
    """

    def __init__(self, context: str, names: Mapping[str, object]) -> None:
        self._context = context
        self._names = {key: str(name) for key, name in names.items()}

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate(self._context, self._names[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


#: what the notifier and the Activity panel call a kind of action (keys of the commands)
ACTIONS = Labels(
    "Action",
    {
        "create": QT_TRANSLATE_NOOP("Action", "create"),
        "update": QT_TRANSLATE_NOOP("Action", "update"),
        "delete": QT_TRANSLATE_NOOP("Action", "delete"),
        "restore": QT_TRANSLATE_NOOP("Action", "restore"),
        "undo": QT_TRANSLATE_NOOP("Action", "undo"),
        "redo": QT_TRANSLATE_NOOP("Action", "redo"),
    },
)


def action_label(action: str) -> str:
    """``action`` as shown: a command's key translated, any other text as it is."""
    return ACTIONS.get(action, action)
