#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the real main window on the sample catalogue (and a large one).

Runs under Xvfb when it is installed (`make screenshots` installs it), else offscreen.
PNGs go to screenshots/. Usage: scripts/screenshots.py [--large PATH_TO_BIG_CATALOGUE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=Path, help="a generated catalogue to show as well")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--dark", action="store_true", help="use a dark Fusion palette")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 2 for 200 %%")
    args = parser.parse_args()
    if (
        "DISPLAY" not in os.environ
        and shutil.which("Xvfb")
        and not os.environ.get("FILMDESK_NO_XVFB")
    ):
        # Re-run ourselves inside a private X server.
        env = {**os.environ, "FILMDESK_NO_XVFB": "1"}
        return subprocess.call(
            ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, *sys.argv], env=env
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if "DISPLAY" in os.environ else "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    work = Path(tempfile.mkdtemp(prefix="filmdesk-shots-"))
    os.environ["FILMDESK_DATA_DIR"] = str(work / "data")
    os.environ["FILMDESK_CONFIG_DIR"] = str(work / "config")
    os.environ["FILMDESK_LOG_DIR"] = str(work / "log")

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from filmdesk.catalogue.service import CatalogueService
    from filmdesk.ui.main_window import MainWindow
    from filmdesk.ui.settings import Settings, ViewMode
    from filmdesk.ui.style import apply_style
    from filmdesk.ui.tasks import SyncTaskRunner

    app = QApplication([sys.argv[0]])
    if args.dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#1f2124"),
            (QPalette.ColorRole.WindowText, "#e8e8ea"),
            (QPalette.ColorRole.Base, "#18191b"),
            (QPalette.ColorRole.AlternateBase, "#222427"),
            (QPalette.ColorRole.Text, "#e8e8ea"),
            (QPalette.ColorRole.Button, "#2a2c30"),
            (QPalette.ColorRole.ButtonText, "#e8e8ea"),
            (QPalette.ColorRole.Highlight, "#3d7bd9"),
            (QPalette.ColorRole.PlaceholderText, "#9a9ca3"),
            (QPalette.ColorRole.Link, "#79a8ff"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    apply_style(app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"-{args.scale}x" if args.scale != "1" else "")

    def shoot(window: MainWindow, name: str) -> None:
        for _ in range(12):
            app.processEvents()
            time.sleep(0.03)
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    service = CatalogueService.open(work / "sample.sqlite")
    service.load_sample()
    settings = Settings(QSettings(str(work / "shots.ini"), QSettings.Format.IniFormat))
    window = MainWindow(service, settings, SyncTaskRunner())
    window.resize(1440, 900)
    window.show()
    window.browser.select_film(service.find("Leaving Las Vegas").id or 0)
    window.set_view_mode(ViewMode.LIST)
    names = ("overview", "plot", "timeline", "characters", "more", "similar")
    for number, name in enumerate(names):
        window.detail.tabs.setCurrentIndex(number)
        shoot(window, f"tab-{number + 1}-{name}")
    requiem = service.find("Crazy Heart")  # unwatched, so its spoilers start hidden
    window.browser.select_film(requiem.id or 0)
    window.detail.tabs.setCurrentIndex(1)
    shoot(window, "spoilers-hidden")
    for section in list(window.detail.spoiler_sections.values())[:1]:
        section.reveal()
    shoot(window, "spoilers-one-revealed")
    window.detail.set_spoilers_hidden(False)
    shoot(window, "spoilers-revealed")
    window.detail.tabs.setCurrentIndex(2)
    window.detail.set_spoilers_hidden(True)
    shoot(window, "timeline-hidden")
    window.search_bar.setText("director:figgis OR genre:roman")
    window.browser.search_now("director:figgis OR genre:roman")
    shoot(window, "search")
    window.search_bar.setText("")
    window.browser.search_now("")
    window.set_view_mode(ViewMode.GRID)
    window.detail.tabs.setCurrentIndex(0)
    shoot(window, "poster-grid")
    window.set_view_mode(ViewMode.LIST)
    window.close()

    if args.large and args.large.exists():
        big = CatalogueService.open(args.large)
        settings = Settings(QSettings(str(work / "big.ini"), QSettings.Format.IniFormat))
        window = MainWindow(big, settings, SyncTaskRunner())
        window.resize(1440, 900)
        window.show()
        window.detail.tabs.setCurrentIndex(0)
        shoot(window, "large-catalogue")
        window.set_view_mode(ViewMode.GRID)
        shoot(window, "large-catalogue-grid")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
