# SPDX-License-Identifier: GPL-3.0-or-later
"""A long result shows its first screen first; the rest of its ids follow from a worker.

The sample catalogue has 14 films; the first screen is lowered to 4 so every search is
"long". A task runner that holds tasks until told shows the list between the two steps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import Settings
from filmdesk.ui.tasks import TaskRunner
from filmdesk.ui.widgets import film_browser


class HeldTaskRunner(TaskRunner):
    """Keeps every task until ``run_held`` runs them, in order, on the calling thread."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(self, fn, on_done=None, on_error=None, *, write: bool = False) -> None:  # type: ignore[no-untyped-def, override]
        self.held.append((fn, on_done, on_error))

    def run_held(self, qtbot: QtBot | None = None) -> None:
        if qtbot is not None:  # the browser asks for the rest of a result after a pause
            qtbot.waitUntil(lambda: bool(self.held), timeout=2000)
        while self.held:
            fn, on_done, on_error = self.held.pop(0)
            try:
                result = fn()
            except Exception as exc:  # the browser's own error callback decides
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_done is not None:
                    on_done(result)


@pytest.fixture
def held() -> HeldTaskRunner:
    return HeldTaskRunner()


@pytest.fixture
def window(
    qtbot: QtBot,
    service: CatalogueService,
    settings: Settings,
    held: HeldTaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    monkeypatch.setattr(film_browser, "FIRST_SCREEN", 4)
    monkeypatch.setattr(film_browser, "COMPLETE_DELAY_MS", 5)
    main = MainWindow(service, settings, held)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _all_titles(service: CatalogueService, query: str = "") -> list[str]:
    return [row.title for row in service.rows(service.search(query).ids)]


def test_first_screen_then_the_rest(
    qtbot: QtBot,
    qtmodeltester: Any,
    window: MainWindow,
    service: CatalogueService,
    held: HeldTaskRunner,
) -> None:
    model = window.browser.model
    qtmodeltester.check(model)  # a sound model with rows whose ids are still to come
    # Start-up searched on the GUI thread: four ids, fourteen rows, the count is right.
    assert model.rowCount() == 14 and not model.is_complete
    assert window.count_label.text() == "14 films"
    assert [model.index(r, 1).data() for r in range(4)] == _all_titles(service)[:4]
    assert model.index(10, 1).data() is None  # its id is still on its way
    held.run_held(qtbot)
    assert model.is_complete
    assert [model.index(r, 1).data() for r in range(14)] == _all_titles(service)
    qtmodeltester.check(model)


def test_selection_further_down_survives_a_refresh(
    qtbot: QtBot, window: MainWindow, held: HeldTaskRunner
) -> None:
    held.run_held(qtbot)
    browser = window.browser
    last = browser.model.film_id(13)
    assert last is not None and browser.select_film(last)
    browser.refresh()  # a first screen that does not hold the current film
    assert browser.current_film() == last  # not switched to the first film meanwhile
    held.run_held(qtbot)
    assert browser.current_film() == last
    assert browser.table.selectionModel().currentIndex().row() == 13


def test_selecting_a_film_fetches_the_rest_at_once(
    window: MainWindow, held: HeldTaskRunner, service: CatalogueService
) -> None:
    browser = window.browser
    last_id = service.search("").ids[-1]
    assert browser.select_film(last_id)  # with the background task still held
    assert browser.model.is_complete and browser.current_film() == last_id
    held.run_held()  # the held completion changes nothing
    assert browser.current_film() == last_id


def test_a_newer_search_drops_the_older_completion(
    window: MainWindow, held: HeldTaskRunner, service: CatalogueService
) -> None:
    browser = window.browser
    held.held.clear()  # start-up's completion never arrives
    browser.search("vegas")
    held.run_held()
    assert browser.model.rowCount() == service.search("vegas").count
    assert [browser.model.film_id(r) for r in range(browser.model.rowCount())] == (
        service.search("vegas").ids
    )


def test_scrolling_during_a_newer_search_fetches_nothing_for_the_old_one(
    qtbot: QtBot, window: MainWindow, held: HeldTaskRunner, service: CatalogueService
) -> None:
    browser = window.browser
    held.held.clear()  # start-up's completion never arrives
    browser.search("e")  # held: still on its way
    browser.model.ids_wanted.emit()  # someone scrolls the old list meanwhile
    qtbot.wait(50)  # the queued request and the pause before fetching the rest
    assert len(held.held) == 1  # only the new search, no fetch for the old list
    held.run_held()  # the new search's first screen
    assert service.search("e").count > 4 and not browser.model.is_complete
    held.run_held(qtbot)  # then the rest of its ids
    assert browser.shown_query == "e"
    assert browser.model.ids == service.search("e").ids
    assert window.count_label.text() == f"{service.search('e').count} of 14 films"
