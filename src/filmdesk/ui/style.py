# SPDX-License-Identifier: GPL-3.0-or-later
"""A light touch of style on top of the system palette (light and dark both follow it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """Follow the system, or force light or dark (Qt 6.8+ does the palette work)."""
    wanted = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(str(scheme), Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    apply_style(app)  # the veil and chips take their colours from the palette


def apply_style(app: QApplication) -> None:
    palette = app.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    veil_bg = "rgba(20,20,24,0.82)" if not dark else "rgba(240,240,245,0.9)"
    veil_fg = "#ffffff" if not dark else "#111111"
    app.setStyleSheet(
        f"""
        QLineEdit#searchBar {{
            padding: 5px 10px; border-radius: 6px; min-width: 420px;
            border: 1px solid palette(mid); font-size: 11pt;
        }}
        QLineEdit#searchBar:focus {{ border: 1px solid {highlight.name()}; }}
        QLineEdit#searchBar[error="true"] {{ border: 1px solid #d9534f; }}
        QLabel#spoilerVeil {{
            background: {veil_bg}; color: {veil_fg}; border-radius: 12px;
            padding: 4px 14px; font-weight: 600;
        }}
        QLabel#emptyTitle {{ font-size: 18pt; font-weight: 600; }}
        QTableView#filmTable {{ border: none; }}
        QListView#posterGrid {{ border: none; }}
        QTabWidget#filmDetail QTabBar::tab {{ padding: 6px 14px; }}
        """
    )
