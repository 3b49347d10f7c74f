# SPDX-License-Identifier: GPL-3.0-or-later
"""The German translation: complete, compiled without complaint, and what the window shows.

The .qm is compiled from the committed .ts into a temporary folder (it is never committed),
installed for one test at a time and removed again, so the rest of the suite stays English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from filmdesk.ui.actions import ActionId
from filmdesk.ui.i18n import install_translations, resolve_language
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
GERMAN_TS = ROOT / "resources" / "translations" / "filmdesk_de.ts"
QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is missing (it comes with PySide6)"
    return found


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding filmdesk_de.qm, compiled from the .ts for this session."""
    folder = tmp_path_factory.mktemp("translations")
    result = subprocess.run(
        [_lrelease(), str(GERMAN_TS), "-qm", str(folder / "filmdesk_de.qm")],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    assert re.search(r"Generated (\d+) translation\(s\) \(\1 finished and 0 unfinished\)", output)
    return folder


@pytest.fixture
def german(qapp: QApplication, translations_dir: Path) -> Iterator[list[QTranslator]]:
    """The German translation installed in the running application, for one test."""
    installed = install_translations(qapp, "de", translations_dir)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(GERMAN_TS).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_is_translated() -> None:
    messages = _messages()
    assert messages
    unfinished = [
        (context, message.findtext("source"))
        for context, message in messages
        if message.find("translation[@type='unfinished']") is not None
    ]
    assert unfinished == []
    for context, message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == 2 and all(forms), (context, message.findtext("source"))
        else:
            assert translation.text, (context, message.findtext("source"))


def test_translations_keep_placeholders_accelerators_and_markup() -> None:
    def shape(text: str) -> tuple[object, ...]:
        return (
            sorted(re.findall(r"%\w", text)),
            text.count("&&"),
            len(re.findall(r"&\w", text.replace("&&", ""))),
            re.findall(r"</?\w+>", text),
            text.endswith("…"),
            text.count("\n"),
        )

    for context, message in _messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for text in [form.text or "" for form in translation.findall("numerusform")] or [
            translation.text or ""
        ]:
            assert shape(text) == shape(source), (context, source, text)


def test_main_window_speaks_german(
    german: list[QTranslator], make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Film", "&Hilfe"]
    assert window.detail.tabs.tabText(1) == "Handlung"
    assert window.detail.tabs.tabText(3) == "Figuren && Themen"
    assert window.actions_[ActionId.HIDE_SPOILERS].text() == "&Spoiler ausblenden"
    assert window.undo_action.text() == "&Rückgängig"
    title = window.browser.model.headerData(1, Qt.Orientation.Horizontal)
    assert title == "Titel"


def test_language_setting_chooses_the_translation(
    qapp: QApplication, settings: Settings, translations_dir: Path
) -> None:
    settings.set("appearance/language", "de")
    installed = install_translations(qapp, settings.get("appearance/language"), translations_dir)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        if (QT_TRANSLATIONS / "qtbase_de.qm").exists():
            # Qt's standard buttons come along in the same language.
            assert len(installed) == 2
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        else:
            assert len(installed) == 1
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_english_and_unknown_languages_install_no_filmdesk_translation(
    qapp: QApplication, translations_dir: Path
) -> None:
    for language in ("en", "xx"):
        installed = install_translations(qapp, language, translations_dir)
        try:
            assert QCoreApplication.translate("MainWindow", "&File") == "&File"
            assert not any(t.language().startswith("de") for t in installed)
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_empty_language_follows_the_system() -> None:
    assert resolve_language("de") == "de"
    assert resolve_language("") == QLocale.system().name().split("_")[0]
