# SPDX-License-Identifier: GPL-3.0-or-later
"""The film list model: Qt's model contract, and rows fetched lazily from the catalogue."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord, FilmRow
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.models.film_table_model import LIST_POSTER, PAGE
from filmdesk.ui.models.roles import FilmRole
from filmdesk.ui.widgets.film_views import RatingDelegate
from filmdesk.ui.widgets.star_rating import GOLD

GENERATED = 2000


def test_model_contract_with_the_sample(window: MainWindow, qtmodeltester: ModelTester) -> None:
    model = window.browser.model
    assert model.rowCount() == 14
    # Qt's own tester first; it stays attached and keeps checking the signals below.
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)  # the Python tester also checks role types
    model.invalidate()  # a write elsewhere: dataChanged over every row
    model.invalidate([model.ids[3]])
    window.browser.model.sort(2, Qt.SortOrder.DescendingOrder)  # a new search in SQL
    assert model.rowCount() == 14
    qtmodeltester.check(model, force_py=True)


def test_model_contract_with_an_empty_result(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    model = window.browser.model
    qtmodeltester.check(model)
    window.browser.search_now("title:nosuchfilmanywhere")
    assert model.rowCount() == 0
    assert model.film_row(0) is None and model.film_id(0) is None
    assert model.data(model.index(0, 1)) is None
    qtmodeltester.check(model, force_py=True)
    window.browser.search_now("")
    assert model.rowCount() == 14


def test_model_roles_describe_one_film(window: MainWindow) -> None:
    model = window.browser.model
    row = model.row_of(window.browser.model.ids[0])
    assert row == 0
    title = model.index(0, 1)
    film_row = title.data(FilmRole.ROW)
    assert isinstance(film_row, FilmRow)
    assert title.data() == film_row.title
    assert title.data(FilmRole.FILM_ID) == film_row.id
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(title) == 0  # a flat table: no children anywhere
    assert model.index(0, 0, QModelIndex()).isValid()


def test_a_film_without_a_poster_gets_a_stand_in_in_the_poster_column(
    window: MainWindow,
) -> None:
    model = window.browser.model
    assert not model.index(0, 1).data(FilmRole.ROW).has_poster  # the sample has no posters
    stand_in = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(stand_in, QPixmap) and not stand_in.isNull()
    assert stand_in.deviceIndependentSize().toSize() == LIST_POSTER
    again = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert again.cacheKey() == stand_in.cacheKey()  # drawn once, then kept
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None  # poster column only


# --- lazy loading on a generated catalogue --------------------------------------------------


@pytest.fixture(scope="module")
def generated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built once per module: two thousand generated films take a few seconds to write.
    path = tmp_path_factory.mktemp("generated") / "generated.sqlite"
    service = CatalogueService.open(path)
    try:
        ids = service.add_films(generate_films(GENERATED, seed=1), total=GENERATED)
        assert len(ids) == GENERATED
    finally:
        service.close()
    return path


@pytest.fixture
def generated(generated_template: Path) -> Iterator[CatalogueService]:
    service = CatalogueService.open(generated_template, create=False)
    yield service
    service.close()


class _Recorder:
    """Wraps a service method and remembers how many ids each call asked for."""

    def __init__(self, method: Callable[..., Any]) -> None:
        self._method = method
        self.calls: list[int] = []

    def __call__(self, film_ids: Sequence[int], *args: Any, **kwargs: Any) -> Any:
        self.calls.append(len(film_ids))
        return self._method(film_ids, *args, **kwargs)


def _paint(qtbot: QtBot, window: MainWindow) -> None:
    viewport = window.browser.table.viewport()
    viewport.repaint()  # synchronous: the delegate asks the model for every visible cell
    qtbot.wait(20)


def test_only_a_screenful_of_rows_is_fetched(
    qtbot: QtBot,
    generated: CatalogueService,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _Recorder(generated.rows)
    films = _Recorder(generated.films)
    monkeypatch.setattr(generated, "rows", rows)
    monkeypatch.setattr(generated, "films", films)

    window = make_window(generated)
    _paint(qtbot, window)
    model = window.browser.model
    assert model.rowCount() == GENERATED
    assert window.count_label.text() == f"{GENERATED:,} films"
    visible = window.browser.table.viewport().height() // window.browser.table.rowHeight(0) + 1
    assert visible < PAGE
    # One page of rows around the screen, nowhere near the whole result.
    assert 0 < len(model._rows) <= PAGE
    assert sum(rows.calls) <= PAGE
    # Whole films are read only for the film page: exactly one film, the selected one.
    assert films.calls and max(films.calls) == 1
    assert window.film is not None and window.film.id == model.ids[0]

    # Scrolling to the end fetches the rest of the ids (the first screen had only the
    # first few), then the last page of rows, and still leaves the middle alone.
    window.browser.table.scrollToBottom()
    _paint(qtbot, window)
    qtbot.waitUntil(lambda: model.is_complete, timeout=3000)
    _paint(qtbot, window)
    assert model.ids[-1] in model._rows
    assert model.ids[GENERATED // 2] not in model._rows
    assert len(model._rows) <= 3 * PAGE
    assert sum(rows.calls) <= 3 * PAGE
    assert max(films.calls) == 1


def test_rows_are_fetched_again_after_a_write(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    model = window.browser.model
    _paint(qtbot, window)
    film_id = model.ids[0]
    before = model.film_row(0)
    assert before is not None and before.rating != 1.0
    service.set_rating([film_id], 1.0)
    assert model.film_row(0) == before  # cached until told otherwise
    model.invalidate([film_id])
    assert film_id not in model._rows
    after = model.film_row(0)
    assert after is not None and after.rating == 1.0
    assert model.index(0, 6).data() == "★☆☆☆☆"


def test_an_added_film_appears_after_refresh(window: MainWindow, service: CatalogueService) -> None:
    film = service.add_film(FilmRecord(title="Aaa First In Line", year=2024))
    window.browser.refresh()
    assert window.browser.model.rowCount() == 15
    assert window.browser.model.row_of(film.id or 0) == 0
    assert window.count_label.text() == "15 films"


def test_my_rating_is_drawn_as_stars(qtbot: QtBot, window: MainWindow) -> None:
    table = window.browser.table
    model = window.browser.model
    rating = next(i for i, c in enumerate(model.columns) if c.key == "rating")
    assert isinstance(table.itemDelegateForColumn(rating), RatingDelegate)
    rated = next(r for r in range(model.rowCount()) if model.index(r, 1).data(FilmRole.ROW).rating)
    table.clearSelection()  # the gold must show on an ordinary row, not only a selected one
    qtbot.waitUntil(lambda: table.visualRect(model.index(rated, rating)).isValid())
    cell = table.visualRect(model.index(rated, rating))
    image = table.viewport().grab(cell).toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert GOLD.name() in colours


def test_a_renamed_film_gets_a_new_stand_in(window: MainWindow, service: CatalogueService) -> None:
    model = window.browser.model
    amelie = service.find("Amélie")
    before = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    service.update_film(replace(service.film(amelie.id or 0), title="Zazie"))
    model.invalidate([amelie.id or 0])
    row = model.row_of(amelie.id or 0)
    assert row is not None
    after = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    assert after.cacheKey() != before.cacheKey()
