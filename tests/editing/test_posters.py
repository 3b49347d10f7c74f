# SPDX-License-Identifier: GPL-3.0-or-later
"""Posters: the Pillow pipeline itself, then the editor's poster well and the film page's
poster, fed by a file chooser, real drops (QMimeData) and the real clipboard."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from editing_helpers import (
    BLUE,
    MAKE,
    ORIENTATION,
    RED,
    FakeDialogs,
    animated_gif,
    bomb_png,
    decoded,
    jpeg_bytes,
    png_with_alpha,
    select,
    undo_text,
)
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import Poster
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import ImageError
from filmdesk.posters import MAX_SIDE, THUMBNAIL_BOX, poster_from_bytes
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.tasks import SyncTaskRunner, TaskRunner
from filmdesk.ui.widgets.poster_well import PosterWell


def close_to(colour: tuple[int, ...], expected: tuple[int, int, int], slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour[:3], expected, strict=True))


# --- filmdesk.posters -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "stored"),
    [
        ((400, 600), (600, 400)),  # portrait as saved, landscape as held: turned
        ((4000, 3000), (900, 1200)),  # a large photo: turned, then bounded to 1,200 px
    ],
)
def test_exif_orientation_is_applied_and_metadata_stripped(
    size: tuple[int, int], stored: tuple[int, int]
) -> None:
    data = jpeg_bytes(*size, orientation=6)
    assert decoded(data).getexif()[ORIENTATION] == 6  # the input really carries it

    poster = poster_from_bytes(data, source="camera.jpg")

    assert (poster.width, poster.height) == stored
    image = decoded(poster.image)
    assert image.format == "JPEG" and image.size == stored and poster.mime_type == "image/jpeg"
    # Orientation 6 means "turn 90° clockwise to view": the red top edge ends up on the right.
    width, height = image.size
    assert close_to(image.getpixel((width - 3, height // 2)), RED)
    assert close_to(image.getpixel((3, height // 2)), BLUE)
    # Nothing of the camera's metadata is kept: no EXIF (orientation, maker), no comment.
    assert len(image.getexif()) == 0
    assert MAKE not in image.getexif() and "exif" not in image.info
    assert "comment" not in image.info


def test_the_stored_poster_and_thumbnail_are_bounded() -> None:
    poster = poster_from_bytes(jpeg_bytes(1500, 2400), source="tall.jpg")
    assert max(poster.width, poster.height) == MAX_SIDE
    thumbnail = decoded(poster.thumbnail)
    assert thumbnail.width <= THUMBNAIL_BOX[0] and thumbnail.height <= THUMBNAIL_BOX[1]
    assert max(thumbnail.size) >= 150  # sharp enough for the list at 2x
    small = poster_from_bytes(jpeg_bytes(300, 450), source="small.jpg")
    assert (small.width, small.height) == (300, 450)  # never enlarged


def test_a_png_keeps_its_transparency() -> None:
    poster = poster_from_bytes(png_with_alpha(200, 300), source="cut-out.png")
    assert poster.mime_type == "image/png"
    image = decoded(poster.image)
    assert image.format == "PNG" and image.mode == "RGBA"
    assert image.getpixel((10, 150))[3] == 0  # the clear half is still clear
    assert image.getpixel((190, 150)) == (0, 160, 0, 255)
    assert decoded(poster.thumbnail).mode == "RGBA"


def test_an_animated_gif_gives_its_first_frame() -> None:
    data = animated_gif()
    assert getattr(Image.open(io.BytesIO(data)), "n_frames", 1) == 3
    poster = poster_from_bytes(data, source="loop.gif")
    image = decoded(poster.image)
    assert (poster.width, poster.height) == (120, 180)
    assert close_to(image.convert("RGB").getpixel((60, 90)), RED)


def test_webp_is_accepted() -> None:
    out = io.BytesIO()
    Image.new("RGB", (200, 300), BLUE).save(out, "WEBP")
    poster = poster_from_bytes(out.getvalue(), source="poster.webp")
    assert (poster.width, poster.height) == (200, 300)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("half.jpg", jpeg_bytes(800, 1200)[:6000], "half.jpg is damaged or truncated"),
        ("notes.jpg", b"These are my notes, not a picture.\n" * 20, "notes.jpg is not an image"),
        ("empty.png", b"", "empty.png is empty"),
        ("bomb.png", bomb_png(), "bomb.png is too large to be a poster"),
    ],
)
def test_bad_images_are_refused_with_a_clear_message(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ImageError, match=message):
        poster_from_bytes(data, source=name)


def test_other_formats_are_refused_by_name() -> None:
    out = io.BytesIO()
    Image.new("RGB", (20, 30)).save(out, "BMP")
    with pytest.raises(ImageError, match="is a BMP image; posters can be JPEG, PNG, WebP or GIF"):
        poster_from_bytes(out.getvalue(), source="old.bmp")


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    data = bomb_png()
    assert len(data) < 200  # a tiny file that claims 2.5 billion pixels
    started = time.perf_counter()
    with pytest.raises(ImageError, match="too large"):
        poster_from_bytes(data, source="bomb.png")
    assert time.perf_counter() - started < 0.5  # refused from the header, not after decoding
    # Just over the limit is refused too, with the size spelled out.
    with pytest.raises(ImageError, match="too large"):
        poster_from_bytes(bomb_png(10_000, 9_000), source="wide.png")


# --- the editor's poster well ---------------------------------------------------------------


@pytest.fixture
def well(qtbot: QtBot) -> PosterWell:
    widget = PosterWell(SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def drop(widget: object, mime: QMimeData) -> QDropEvent:
    """Send a drag-enter and a drop carrying ``mime`` the way Qt would deliver them."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    try:  # PySide6 6.12 wants a QPointF (QPoint is deprecated); earlier ones a QPoint
        enter = QDragEnterEvent(QPointF(5, 5), *args)
    except TypeError:
        enter = QDragEnterEvent(QPoint(5, 5), *args)
    widget.dragEnterEvent(enter)  # type: ignore[attr-defined]
    assert enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), *args)
    widget.dropEvent(event)  # type: ignore[attr-defined]
    return event


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def image_mime(width: int = 100, height: int = 150) -> QMimeData:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(*RED))
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def test_the_well_loads_a_chosen_file(
    qtbot: QtBot, well: PosterWell, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    path = tmp_path / "held sideways.jpg"
    path.write_bytes(jpeg_bytes(400, 600, orientation=6))
    dialogs.open_file = str(path)
    with qtbot.waitSignal(well.poster_changed):
        well.choose_button.click()
    poster = well.poster()
    assert poster is not None and (poster.width, poster.height) == (600, 400)
    assert not well.preview.pixmap().isNull()
    assert well.status.text() == "600 × 400"
    assert well.remove_button.isEnabled()


def test_choosing_nothing_changes_nothing(well: PosterWell, dialogs: FakeDialogs) -> None:
    dialogs.open_file = ""  # the chooser was cancelled
    well.choose_button.click()
    assert well.poster() is None


def test_a_file_dropped_on_the_well_becomes_the_poster(
    qtbot: QtBot, well: PosterWell, tmp_path: Path
) -> None:
    path = tmp_path / "loop.gif"
    path.write_bytes(animated_gif())
    with qtbot.waitSignal(well.poster_changed):
        event = drop(well, file_mime(path))
    assert event.isAccepted()
    poster = well.poster()
    assert poster is not None and (poster.width, poster.height) == (120, 180)


def test_image_data_dropped_on_the_well_becomes_the_poster(
    qtbot: QtBot, well: PosterWell
) -> None:
    with qtbot.waitSignal(well.poster_changed):
        drop(well, image_mime(100, 150))
    poster = well.poster()
    assert poster is not None and (poster.width, poster.height) == (100, 150)
    assert close_to(decoded(poster.image).convert("RGB").getpixel((50, 75)), RED)


def test_an_image_pasted_from_the_clipboard_becomes_the_poster(
    qtbot: QtBot, well: PosterWell
) -> None:
    image = QImage(120, 180, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 255, 255))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(well.poster_changed):
        well.paste_button.click()
    poster = well.poster()
    assert poster is not None and (poster.width, poster.height) == (120, 180)


def test_a_file_copied_to_the_clipboard_can_be_pasted(
    qtbot: QtBot, well: PosterWell, tmp_path: Path
) -> None:
    path = tmp_path / "cut-out.png"
    path.write_bytes(png_with_alpha())
    QGuiApplication.clipboard().setMimeData(file_mime(path))
    with qtbot.waitSignal(well.poster_changed):
        well.paste()
    poster = well.poster()
    assert poster is not None and poster.mime_type == "image/png"


def test_pasting_without_an_image_says_so(qtbot: QtBot, well: PosterWell) -> None:
    QGuiApplication.clipboard().setText("just words")
    with qtbot.waitSignal(well.failed) as failed:
        well.paste_button.click()
    assert failed.args == ["There is no image to paste."]
    assert well.poster() is None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("half.jpg", jpeg_bytes(800, 1200)[:6000], "half.jpg is damaged or truncated"),
        ("notes.jpg", b"Not a picture at all.\n" * 20, "notes.jpg is not an image"),
        ("bomb.png", bomb_png(), "bomb.png is too large to be a poster"),
    ],
)
def test_a_bad_file_leaves_the_old_poster_and_says_why(
    qtbot: QtBot, well: PosterWell, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    good = poster_from_bytes(jpeg_bytes(200, 300))
    well.set_poster(good)
    path = tmp_path / name
    path.write_bytes(data)
    with qtbot.waitSignal(well.failed) as failed:
        drop(well, file_mime(path))
    assert str(failed.args[0]).startswith(message)
    assert well.poster() is good
    assert well.status.text().startswith(message)


def test_an_unreadable_dropped_file_says_why(
    qtbot: QtBot, well: PosterWell, tmp_path: Path
) -> None:
    with qtbot.waitSignal(well.failed) as failed:
        drop(well, file_mime(tmp_path / "gone.jpg"))
    assert "gone.jpg cannot be read" in failed.args[0]


def test_remove_clears_the_poster(qtbot: QtBot, well: PosterWell) -> None:
    well.set_poster(poster_from_bytes(jpeg_bytes(200, 300)))
    with qtbot.waitSignal(well.poster_changed):
        well.remove_button.click()
    assert well.poster() is None and not well.remove_button.isEnabled()


def test_the_work_runs_off_the_gui_thread_and_the_newest_request_wins(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    import filmdesk.posters as posters_module  # the well imports it when first needed

    real = posters_module.poster_from_bytes

    def spy(data: bytes, *, source: str = "image") -> Poster:
        threads.append(threading.current_thread())
        return real(data, source=source)

    monkeypatch.setattr(posters_module, "poster_from_bytes", spy)
    tasks = TaskRunner()
    well = PosterWell(tasks)
    qtbot.addWidget(well)
    well.load_bytes(jpeg_bytes(3000, 4500), "big.jpg")  # slower, and superseded
    well.load_bytes(jpeg_bytes(200, 300), "small.jpg")
    qtbot.waitUntil(lambda: len(threads) == 2 and well.poster() is not None)
    tasks.wait()
    qtbot.wait(50)  # let the slower result arrive too: it must be dropped
    poster = well.poster()
    assert poster is not None and (poster.width, poster.height) == (200, 300)
    assert all(t is not threading.main_thread() for t in threads)


# --- the editor and the film page -----------------------------------------------------------


def test_a_poster_dropped_in_the_editor_is_saved_with_the_film(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, tmp_path: Path
) -> None:
    film = service.find("Her")
    assert film.poster is None
    path = tmp_path / "her.png"
    path.write_bytes(png_with_alpha())
    dialog = window.editing.edit_film(film.id)
    assert dialog is not None
    drop(dialog.poster_well, file_mime(path))
    assert dialog.is_modified()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = service.film(film.id or 0).poster
    assert stored is not None and stored.mime_type == "image/png"
    assert service.thumbnails([film.id or 0])[film.id or 0] == stored.thumbnail


def test_a_bad_poster_in_the_editor_shows_the_reason(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, tmp_path: Path
) -> None:
    film = service.find("Her")
    path = tmp_path / "cover.jpg"
    path.write_bytes(b"GIF89a but not really")
    dialog = window.editing.edit_film(film.id)
    assert dialog is not None
    drop(dialog.poster_well, file_mime(path))
    assert "cover.jpg" in dialog.message.text()
    assert not dialog.is_modified()


def test_a_poster_dropped_on_the_film_page_is_saved_and_undoable(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, tmp_path: Path
) -> None:
    (film,) = select(window, service, "Leaving Las Vegas")
    assert film.poster is None
    path = tmp_path / "lv.jpg"
    path.write_bytes(jpeg_bytes(4000, 3000, orientation=6))
    label = window.detail.poster_label
    event = drop(label, file_mime(path))
    assert event.isAccepted()
    poster = service.film(film.id or 0).poster
    assert poster is not None and (poster.width, poster.height) == (900, 1200)
    assert undo_text(window) == "Undo Change Poster of ‘Leaving Las Vegas’"
    # The page shows the new poster (a fresh label: the page was rebuilt).
    assert window.film is not None and window.film.poster == poster

    window.undo_action.trigger()
    assert service.film(film.id or 0).poster is None
    window.redo_action.trigger()
    assert service.film(film.id or 0).poster == poster


def test_pasted_image_data_on_the_film_page(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (film,) = select(window, service, "Her")
    drop(window.detail.poster_label, image_mime(100, 150))
    poster = service.film(film.id or 0).poster
    assert poster is not None and (poster.width, poster.height) == (100, 150)


def test_bad_files_on_the_film_page_are_refused_with_a_message(
    qtbot: QtBot,
    window: MainWindow,
    service: CatalogueService,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    (film,) = select(window, service, "Crazy Heart")
    for name, data, message in (
        ("notes.jpg", b"Not a picture at all.\n" * 20, "notes.jpg is not an image"),
        ("bomb.png", bomb_png(), "bomb.png is too large to be a poster"),
        ("half.jpg", jpeg_bytes(800, 1200)[:6000], "half.jpg is damaged or truncated"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        drop(window.detail.poster_label, file_mime(path))
        assert dialogs.last().kind == "warning"
        assert dialogs.last().text.startswith(message)
        assert service.film(film.id or 0) == film  # nothing changed
        assert not window.undo_action.isEnabled()


def test_an_unreadable_file_on_the_film_page_is_reported(
    qtbot: QtBot,
    window: MainWindow,
    service: CatalogueService,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    select(window, service, "Crazy Heart")
    drop(window.detail.poster_label, file_mime(tmp_path / "gone.jpg"))
    assert dialogs.last().kind == "warning"
    assert "gone.jpg cannot be read" in dialogs.last().text
