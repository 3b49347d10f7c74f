# SPDX-License-Identifier: GPL-3.0-or-later
"""Every window action declared once: id, text, shortcut, icon, checkability."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(Enum):
    ADD_FILM = auto()
    EDIT_FILM = auto()
    DUPLICATE_FILM = auto()
    DELETE_FILMS = auto()
    BULK_EDIT = auto()
    LOAD_SAMPLE = auto()
    NEW_CATALOGUE = auto()
    OPEN_CATALOGUE = auto()
    CONNECT_SHARED = auto()
    SAVE_COPY = auto()
    RESTORE_BACKUP = auto()
    IMPORT = auto()
    EXPORT = auto()
    PREFERENCES = auto()
    QUIT = auto()
    FIND = auto()
    VIEW_LIST = auto()
    VIEW_GRID = auto()
    HIDE_SPOILERS = auto()
    SPOILERS_UNWATCHED = auto()
    SPOILERS_ALWAYS = auto()
    SPOILERS_NEVER = auto()
    SHOW_POSTERS_IN_LIST = auto()
    MARK_WATCHED = auto()
    MARK_UNWATCHED = auto()
    RATE_0 = auto()
    RATE_1 = auto()
    RATE_2 = auto()
    RATE_3 = auto()
    RATE_4 = auto()
    RATE_5 = auto()
    TAB_1 = auto()
    TAB_2 = auto()
    TAB_3 = auto()
    TAB_4 = auto()
    TAB_5 = auto()
    TAB_6 = auto()
    SEARCH_HELP = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class _Spec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: QIcon.ThemeIcon | str | None = None
    checkable: bool = False
    tip: str = ""


def _specs() -> dict[ActionId, _Spec]:
    tabs = (
        QCoreApplication.translate("Actions", "Overview"),
        QCoreApplication.translate("Actions", "Plot"),
        QCoreApplication.translate("Actions", "Timeline"),
        QCoreApplication.translate("Actions", "Characters && Themes"),
        QCoreApplication.translate("Actions", "More"),
        QCoreApplication.translate("Actions", "Similar"),
    )
    specs = {
        ActionId.ADD_FILM: _Spec(
            QCoreApplication.translate("Actions", "&Add Film…"),
            QKeySequence.StandardKey.New,
            QIcon.ThemeIcon.ListAdd,
            tip=QCoreApplication.translate("Actions", "Add a film by hand"),
        ),
        ActionId.EDIT_FILM: _Spec(
            QCoreApplication.translate("Actions", "&Edit Film…"),
            "Ctrl+E",
            QIcon.ThemeIcon.DocumentProperties,
            tip=QCoreApplication.translate("Actions", "Edit every field of the selected film"),
        ),
        ActionId.DUPLICATE_FILM: _Spec(
            QCoreApplication.translate("Actions", "D&uplicate Film"), "Ctrl+D"
        ),
        ActionId.DELETE_FILMS: _Spec(
            QCoreApplication.translate("Actions", "&Delete…"),
            QKeySequence.StandardKey.Delete,
            QIcon.ThemeIcon.EditDelete,
        ),
        ActionId.BULK_EDIT: _Spec(
            QCoreApplication.translate("Actions", "Edit &Several Films…"),
            "Ctrl+Shift+E",
            tip=QCoreApplication.translate(
                "Actions", "Change tags, genres, rating … of the selected films"
            ),
        ),
        ActionId.LOAD_SAMPLE: _Spec(
            QCoreApplication.translate("Actions", "Load Sample Films"),
            tip=QCoreApplication.translate("Actions", "Add the 14 sample films"),
        ),
        ActionId.NEW_CATALOGUE: _Spec(
            QCoreApplication.translate("Actions", "&New Catalogue…"), "Ctrl+Shift+N"
        ),
        ActionId.OPEN_CATALOGUE: _Spec(
            QCoreApplication.translate("Actions", "&Open Catalogue…"),
            QKeySequence.StandardKey.Open,
            QIcon.ThemeIcon.DocumentOpen,
        ),
        ActionId.CONNECT_SHARED: _Spec(
            QCoreApplication.translate("Actions", "Connect to &Shared Catalogue…")
        ),
        ActionId.SAVE_COPY: _Spec(
            QCoreApplication.translate("Actions", "Save a &Copy As…"),
            QKeySequence.StandardKey.SaveAs,
        ),
        ActionId.RESTORE_BACKUP: _Spec(
            QCoreApplication.translate("Actions", "&Restore from Backup…")
        ),
        ActionId.IMPORT: _Spec(
            QCoreApplication.translate("Actions", "&Import…"),
            "Ctrl+I",
            tip=QCoreApplication.translate("Actions", "Import a collection"),
        ),
        ActionId.EXPORT: _Spec(
            QCoreApplication.translate("Actions", "&Export…"),
            "Ctrl+Shift+X",
            tip=QCoreApplication.translate("Actions", "Export films"),
        ),
        ActionId.PREFERENCES: _Spec(
            QCoreApplication.translate("Actions", "&Preferences…"),
            QKeySequence.StandardKey.Preferences,
            QIcon.ThemeIcon.DocumentProperties,
        ),
        ActionId.QUIT: _Spec(
            QCoreApplication.translate("Actions", "&Quit"),
            QKeySequence.StandardKey.Quit,
            QIcon.ThemeIcon.ApplicationExit,
        ),
        ActionId.FIND: _Spec(
            QCoreApplication.translate("Actions", "&Find…"),
            QKeySequence.StandardKey.Find,
            QIcon.ThemeIcon.EditFind,
        ),
        ActionId.VIEW_LIST: _Spec(
            QCoreApplication.translate("Actions", "As &List"),
            "Ctrl+Shift+L",
            "view-list-details",
            True,
            QCoreApplication.translate("Actions", "Show films as a list"),
        ),
        ActionId.VIEW_GRID: _Spec(
            QCoreApplication.translate("Actions", "As &Posters"),
            "Ctrl+Shift+P",
            "view-list-icons",
            True,
            QCoreApplication.translate("Actions", "Show films as a poster grid"),
        ),
        ActionId.HIDE_SPOILERS: _Spec(
            QCoreApplication.translate("Actions", "Hide &Spoilers"),
            "Ctrl+Shift+S",
            "view-hidden",
            True,
            QCoreApplication.translate(
                "Actions", "Blur plot, ending, spoiler timeline events and post-credit scenes"
            ),
        ),
        ActionId.SPOILERS_UNWATCHED: _Spec(
            QCoreApplication.translate("Actions", "Hide for Films I Haven't Watched"),
            checkable=True,
        ),
        ActionId.SPOILERS_ALWAYS: _Spec(
            QCoreApplication.translate("Actions", "Always Hide"), checkable=True
        ),
        ActionId.SPOILERS_NEVER: _Spec(
            QCoreApplication.translate("Actions", "Never Hide"), checkable=True
        ),
        ActionId.SHOW_POSTERS_IN_LIST: _Spec(
            QCoreApplication.translate("Actions", "Posters in the List"), checkable=True
        ),
        ActionId.MARK_WATCHED: _Spec(
            QCoreApplication.translate("Actions", "Mark &Watched"),
            "Ctrl+W",
            "object-select",
            tip=QCoreApplication.translate("Actions", "Mark watched and record today as a viewing"),
        ),
        ActionId.MARK_UNWATCHED: _Spec(
            QCoreApplication.translate("Actions", "Mark &Unwatched"), "Ctrl+Shift+W"
        ),
        ActionId.SEARCH_HELP: _Spec(
            QCoreApplication.translate("Actions", "Search &Syntax"),
            QKeySequence.StandardKey.HelpContents,
            QIcon.ThemeIcon.HelpAbout,
        ),
        ActionId.ABOUT: _Spec(QCoreApplication.translate("Actions", "&About filmdesk")),
    }
    for stars in range(6):
        text = (
            QCoreApplication.translate("Actions", "Remove Rating")
            if stars == 0
            else QCoreApplication.translate("Actions", "Rate %n Star(s)").replace("%n", str(stars))
        )
        # Ctrl+1…6 belong to the detail tabs, so ratings take Ctrl+Alt+0…5.
        specs[ActionId[f"RATE_{stars}"]] = _Spec(text, f"Ctrl+Alt+{stars}")
    for number, name in enumerate(tabs, start=1):
        specs[ActionId[f"TAB_{number}"]] = _Spec(name, f"Ctrl+{number}")
    return specs


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, spec in _specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(action_id.name.lower())
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon is not None:
            action.setIcon(QIcon.fromTheme(spec.icon))
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        actions[action_id] = action
    return actions
