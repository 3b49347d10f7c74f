# SPDX-License-Identifier: GPL-3.0-or-later
"""Translators for the interface: filmdesk's own strings and Qt's standard dialogs.

The compiled ``filmdesk_<language>.qm`` files are built from the Qt Linguist sources in
``resources/translations`` (``scripts/translations.sh build``), never committed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def resolve_language(language: str) -> str:
    """The language to show: the ``appearance/language`` setting, else the system's."""
    return language or QLocale.system().name().split("_")[0]


def install_translations(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Install the translations for ``language`` (empty: the system's) that exist.

    Qt's own ``qtbase_<language>.qm`` (standard buttons, file dialogs) goes in first and
    filmdesk's ``filmdesk_<language>.qm`` from ``folder`` (default: the resources'
    translations folder) last, so filmdesk's wins where both translate a text. Returns
    the installed translators, children of ``app``; remove them with
    ``app.removeTranslator``.
    """
    if folder is None:
        from filmdesk.app import resources_dir

        folder = resources_dir() / "translations"
    code = resolve_language(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, directory in ((f"qtbase_{code}", qt_folder), (f"filmdesk_{code}", str(folder))):
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
