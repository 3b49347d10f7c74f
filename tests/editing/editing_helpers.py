# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared pieces of the editing suite: generated images, a full film, comparisons.

Every image is made here with Pillow, so the suite carries no binary fixtures and each
case says exactly what it is (size, orientation, alpha, frames, damage).
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from dataclasses import dataclass, field, fields, replace

from PIL import Image, ImageDraw
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow

ORIENTATION = 0x0112  # the EXIF tag saying how the camera was held
MAKE = 0x010F  # camera maker: any metadata that must not reach the catalogue
RED = (220, 20, 20)
BLUE = (40, 60, 200)


# --- images ---------------------------------------------------------------------------------


def jpeg_bytes(
    width: int, height: int, *, orientation: int | None = None, quality: int = 85
) -> bytes:
    """A JPEG with a red band along its top edge, EXIF metadata and a comment."""
    image = Image.new("RGB", (width, height), BLUE)
    # The band shows which way the picture was turned once the orientation is applied.
    ImageDraw.Draw(image).rectangle((0, 0, width - 1, height // 5), fill=RED)
    exif = Image.Exif()
    exif[MAKE] = "Filmdesk Test Camera"
    if orientation is not None:
        exif[ORIENTATION] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif.tobytes(), comment=b"private note")
    return out.getvalue()


def png_with_alpha(width: int = 200, height: int = 300) -> bytes:
    """Left half fully transparent, right half opaque green."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((width // 2, 0, width - 1, height - 1), fill=(0, 160, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def animated_gif(width: int = 120, height: int = 180) -> bytes:
    """Three frames: red, green, blue. Only the red one may become the poster."""
    frames = [Image.new("RGB", (width, height), c) for c in (RED, (0, 200, 0), BLUE)]
    out = io.BytesIO()
    frames[0].save(
        out, "GIF", save_all=True, append_images=frames[1:], duration=120, loop=0
    )
    return out.getvalue()


def bomb_png(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny, well-formed PNG whose header claims ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# --- films ----------------------------------------------------------------------------------

BOOKKEEPING = ("id", "uuid", "version", "added_at", "updated_at")


def full_record() -> FilmRecord:
    """A film with every field filled, including the awkward values editors lose."""
    return FilmRecord(
        title="Paris, Texas",
        original_title="Paris, Texas (Director's Cut)",
        year=1984,
        runtime=147,
        certification="R",
        languages=("English", "Spanish"),
        directors=("Wim Wenders",),
        genres=("Drama", "Road Movie"),
        countries=("West Germany", "France"),
        synopsis="A drifter walks out of the desert.\n\nHis brother drives him home.",
        plot="Travis finds his son.\nThey drive to Houston together.",
        ending="Travis reunites Hunter with Jane and leaves.",
        timeline=(
            TimelineEvent("Travis walks out of the desert", "Day 1"),
            TimelineEvent("Walt collects him", "Day 2"),
            TimelineEvent("The peep-show booth", "Day 9", spoiler=True),
        ),
        characters=(
            Character("Travis Henderson", "Harry Dean Stanton", "Silent wanderer"),
            Character("Jane", "Nastassja Kinski", "Works in a booth", spoiler=True),
        ),
        settings=(NamedNote("Mojave Desert", "Where it starts"), NamedNote("Houston", "")),
        themes=(NamedNote("Memory", "What Travis cannot say"),),
        cast=(
            CastCredit("Harry Dean Stanton", "Travis Henderson"),
            CastCredit("Nastassja Kinski", "Jane"),
            CastCredit("Dean Stockwell"),  # a credit without a role
        ),
        crew=(CrewCredit("Robby Müller", "Cinematographer"), CrewCredit("Ry Cooder", "Music")),
        budget=1_800_000,
        gross=2_923_706_026,  # more than a 32-bit spin box can hold
        currency="EUR",
        studios=("Road Movies Filmproduktion", "Argos Films, Paris"),
        filming_locations=("Terlingua, Texas", "Houston, Texas"),
        release_date=dt.date(1984, 5, 19),
        post_credits="None: the credits roll over the freeway.",
        links=(
            Link("Wikipedia", "https://en.wikipedia.org/wiki/Paris,_Texas_(film)"),
            Link("Criterion", "http://www.criterion.com/films/202"),
        ),
        imdb_id="tt0087884",
        tmdb_id="655",
        similar=(SimilarFilm("Leaving Las Vegas", 1995), SimilarFilm("Alice in the Cities", 1974)),
        rating=4.5,
        watched=True,
        viewings=(dt.date(2019, 3, 2), dt.date(2023, 11, 30)),
        tags=("criterion", "road trip"),  # "criterion" is already a sample tag
        notes="Seen at the Ritz.\nBring tissues.",
    )


def unfilled_fields(film: FilmRecord) -> list[str]:
    """Fields of ``film`` still at their default (bookkeeping aside)."""
    blank = FilmRecord(title="")
    return [
        f.name
        for f in fields(FilmRecord)
        if f.name not in BOOKKEEPING and getattr(film, f.name) == getattr(blank, f.name)
    ]


def content(film: FilmRecord) -> FilmRecord:
    """The film without its bookkeeping, to compare what the person entered."""
    return replace(film, id=None, uuid=None, version=None, added_at=None, updated_at=None)


def unlinked(film: FilmRecord) -> FilmRecord:
    """Content with similar films reduced to title and year (links are the catalogue's)."""
    return replace(
        content(film), similar=tuple(SimilarFilm(s.title, s.year) for s in film.similar)
    )


# --- message boxes ------------------------------------------------------------------------


@dataclass
class Asked:
    """One message box that would have been shown."""

    kind: str  # "question", "warning", "information", "critical" or "box"
    title: str
    text: str


@dataclass
class FakeDialogs:
    """What the patched message boxes answer, and what they were asked.

    ``answer`` is returned by ``QMessageBox.question`` (and friends); ``click`` is the
    text of the button pressed in a hand-built ``QMessageBox`` shown with ``exec()``;
    ``open_file`` is what the file chooser returns.
    """

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    click: str = ""
    open_file: str = ""
    asked: list[Asked] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [a.kind for a in self.asked]

    def last(self) -> Asked:
        assert self.asked, "no message box was shown"
        return self.asked[-1]


# --- the window -----------------------------------------------------------------------------


def select(window: MainWindow, service: CatalogueService, *titles: str) -> list[FilmRecord]:
    """Select the films named ``titles`` in the list (the first one current)."""
    films = [service.find(t) for t in titles]
    browser = window.browser
    assert films[0].id is not None and browser.select_film(films[0].id)
    selection = browser.table.selectionModel()
    model = browser.model
    for film in films[1:]:
        row = model.row_of(film.id or 0)
        assert row is not None
        selection.select(
            model.index(row, 1),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(browser.selected_films()) == sorted(f.id for f in films)
    return films


def undo_text(window: MainWindow) -> str:
    return window.undo_action.text().replace("&", "")


def redo_text(window: MainWindow) -> str:
    return window.redo_action.text().replace("&", "")
