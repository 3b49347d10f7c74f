# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed access to QSettings: every key, its type and default declared once, here.

User data never goes here (it lives in the catalogue); only how the window looks and
behaves. ``SETTINGS_VERSION`` drives ordered upgrades of older settings files.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

SETTINGS_VERSION = 1


class SpoilerMode(StrEnum):
    UNWATCHED = "unwatched"  # hide spoilers for films not marked watched (the default)
    ALWAYS = "always"
    NEVER = "never"


class ColorScheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Density(StrEnum):
    COMPACT = "compact"
    COMFORTABLE = "comfortable"


class PosterSize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class ViewMode(StrEnum):
    LIST = "list"
    GRID = "grid"


# key: (type, default)
_KEYS: dict[str, tuple[type, Any]] = {
    "settings_version": (int, SETTINGS_VERSION),
    "spoilers/mode": (SpoilerMode, SpoilerMode.UNWATCHED),
    "view/mode": (ViewMode, ViewMode.LIST),
    "view/sort_key": (str, "title"),
    "view/sort_descending": (bool, False),
    "view/detail_tab": (int, 0),
    "view/show_posters_in_list": (bool, False),
    "view/last_film_uuid": (str, ""),
    "window/geometry": (QByteArray, QByteArray()),
    "window/state": (QByteArray, QByteArray()),
    "window/splitter": (QByteArray, QByteArray()),
    "window/header": (QByteArray, QByteArray()),
    "catalogue/recent": (list, []),
    "catalogue/path": (str, ""),  # empty: the default catalogue in the data folder
    "backups/keep": (int, 7),
    "shared/host": (str, ""),
    "shared/port": (int, 5432),
    "shared/database": (str, ""),
    "shared/user": (str, ""),
    "appearance/color_scheme": (ColorScheme, ColorScheme.SYSTEM),
    "appearance/density": (Density, Density.COMFORTABLE),
    "appearance/poster_size": (PosterSize, PosterSize.MEDIUM),
    "appearance/language": (str, ""),  # empty: follow the system locale
}


class Settings(QObject):
    """One typed settings object, handed to whoever needs it through constructors."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = qsettings or QSettings()
        self._upgrade()

    @classmethod
    def from_file(cls, path: str) -> Settings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def get(self, key: str) -> Any:
        kind, default = _KEYS[key]
        raw: Any = self._store.value(key, None)  # whatever the file holds
        if raw is None:
            return default
        try:
            # INI files give strings back; convert to the declared type.
            if kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            if kind is int:
                return int(raw)
            if kind is list:
                return list(raw) if isinstance(raw, list | tuple) else [raw] if raw else []
            if kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)
            return kind(raw)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value: Any) -> None:
        if key not in _KEYS:
            raise KeyError(key)
        stored = value.value if isinstance(value, StrEnum) else value
        if self._store.value(key, None) != stored:
            self._store.setValue(key, stored)
            self.changed.emit(key)

    def sync(self) -> None:
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()

    def _upgrade(self) -> None:
        version = self.get("settings_version")
        # Future upgrades: `if version < 2: ...`, each step bumping the version.
        if version != SETTINGS_VERSION:
            self._store.setValue("settings_version", SETTINGS_VERSION)
