# SPDX-License-Identifier: GPL-3.0-or-later
"""Spoiler blur: which films hide what, the toggle, revealing one section, persistence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QGraphicsBlurEffect, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.actions import ActionId
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import SpoilerMode
from filmdesk.ui.widgets.spoiler_blur import SpoilerSection, SpoilerVeil

PLOT_TAB = 1

BLUE_VALENTINE = "Blue Valentine"  # unwatched, with every kind of spoiler a film page has


def select(window: MainWindow, service: CatalogueService, title: str) -> FilmRecord:
    film = service.find(title)
    assert film.id is not None and window.browser.select_film(film.id)
    assert window.film is not None and window.film.id == film.id
    return film


def veil(section: SpoilerSection) -> SpoilerVeil:
    found = section.findChild(SpoilerVeil)
    assert found is not None
    return found


def blurred(section: SpoilerSection) -> bool:
    """Hidden as the person sees it: flagged, blurred, and not clickable through."""
    effect = section.content.graphicsEffect()
    return (
        section.is_hidden()
        and isinstance(effect, QGraphicsBlurEffect)
        and effect.blurRadius() > 0
        and section.content.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        and not veil(section).isHidden()
    )


def shown(section: SpoilerSection) -> bool:
    return (
        not section.is_hidden()
        and section.content.graphicsEffect() is None
        and veil(section).isHidden()
    )


def sections(window: MainWindow) -> dict[str, SpoilerSection]:
    # The page is rebuilt for every film and every mode change: always ask afresh.
    return window.detail.spoiler_sections


def section_text(section: SpoilerSection) -> str:
    """The plain text under one section's blur."""
    content = section.content
    labels = ([content] if isinstance(content, QLabel) else []) + content.findChildren(QLabel)
    return "\n".join(QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in labels)


def first_paragraph(text: str) -> str:
    return text.split("\n\n")[0].strip()[:60]


def test_unwatched_film_hides_every_spoiler(window: MainWindow, service: CatalogueService) -> None:
    assert window.spoiler_mode() == SpoilerMode.UNWATCHED  # the default
    film = select(window, service, BLUE_VALENTINE)
    assert not film.watched
    assert {"plot", "ending", "post_credits"} <= set(sections(window))
    assert all(blurred(s) for s in sections(window).values())
    assert set(window.detail.hidden_sections()) == set(sections(window))
    assert window.actions_[ActionId.HIDE_SPOILERS].isChecked()

    # Every spoiler is under a blur, and nothing that is not a spoiler is.
    hidden = "\n".join(section_text(s) for s in sections(window).values())
    for text in (film.plot, film.ending, film.post_credits):
        assert first_paragraph(text) in hidden
    assert any(e.spoiler for e in film.timeline) and any(not e.spoiler for e in film.timeline)
    for event in film.timeline:
        assert (event.text in hidden) == event.spoiler, event
    assert any(c.spoiler for c in film.characters)
    for character in film.characters:
        if character.description:
            assert (character.description in hidden) == character.spoiler, character
    assert film.synopsis[:40] not in hidden


def test_other_unwatched_films_are_hidden_too(
    window: MainWindow, service: CatalogueService
) -> None:
    for title in ("Crazy Heart", "Days of Wine and Roses"):
        select(window, service, title)
        assert {"plot", "ending"} <= set(sections(window))
        assert all(blurred(s) for s in sections(window).values()), title


def test_watched_film_shows_its_spoilers(window: MainWindow, service: CatalogueService) -> None:
    film = select(window, service, "Leaving Las Vegas")
    assert film.watched
    keys = set(sections(window))
    assert {"plot", "ending"} <= keys
    assert any(k.startswith("timeline:") for k in keys)
    assert any(k.startswith("character:") for k in keys)
    assert all(shown(s) for s in sections(window).values())
    assert window.detail.hidden_sections() == []
    assert not window.actions_[ActionId.HIDE_SPOILERS].isChecked()


def test_hide_spoilers_action_applies_and_removes_the_blur(
    window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, "Leaving Las Vegas")
    toggle = window.actions_[ActionId.HIDE_SPOILERS]
    toggle.trigger()
    assert toggle.isChecked()
    assert window.spoiler_mode() == SpoilerMode.ALWAYS
    assert all(blurred(s) for s in sections(window).values())
    toggle.trigger()
    assert not toggle.isChecked()
    assert window.spoiler_mode() == SpoilerMode.NEVER
    assert all(shown(s) for s in sections(window).values())
    # "Never" shows unwatched films' spoilers as well.
    select(window, service, BLUE_VALENTINE)
    assert all(shown(s) for s in sections(window).values())
    assert not toggle.isChecked()


def test_the_toolbar_button_offers_the_three_modes(
    window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, BLUE_VALENTINE)  # not watched yet, so its spoilers are hidden
    window.actions_[ActionId.HIDE_SPOILERS].trigger()  # show them: for every film from now
    assert window.spoiler_mode() == SpoilerMode.NEVER
    button = window.toolbar.widgetForAction(window.actions_[ActionId.HIDE_SPOILERS])
    assert isinstance(button, QToolButton) and button.menu() is window.spoiler_menu
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
    menu = button.menu()
    assert menu is not None
    back = window.actions_[ActionId.SPOILERS_UNWATCHED]
    assert back in menu.actions()
    back.trigger()  # what picking it from the button's menu does
    assert window.spoiler_mode() == SpoilerMode.UNWATCHED
    assert all(blurred(s) for s in sections(window).values())


def test_hide_spoilers_shortcut(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, BLUE_VALENTINE)
    window.browser.table.setFocus()
    qtbot.keyClick(
        window.browser.table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.spoiler_mode() == SpoilerMode.NEVER
    assert all(shown(s) for s in sections(window).values())


def test_revealing_one_section_keeps_the_others_hidden(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, BLUE_VALENTINE)
    plot = sections(window)["plot"]
    with qtbot.waitSignal(window.detail.spoiler_revealed) as revealed:
        plot.reveal()
    assert revealed.args == ["plot"]
    assert not plot.is_hidden()
    # The blur fades out, then the effect is dropped.
    qtbot.waitUntil(lambda: plot.content.graphicsEffect() is None, timeout=2000)
    assert shown(plot)
    others = {k: s for k, s in sections(window).items() if k != "plot"}
    assert others and all(blurred(s) for s in others.values())
    assert set(window.detail.hidden_sections()) == set(sections(window)) - {"plot"}


def test_clicking_the_veil_reveals_that_section(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, BLUE_VALENTINE)
    window.detail.tabs.setCurrentIndex(PLOT_TAB)
    ending = sections(window)["ending"]
    qtbot.waitUntil(ending.isVisible)
    badge = veil(ending)
    assert badge.isVisible()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(ending), timeout=2000)
    assert blurred(sections(window)["plot"])
    # A click on the blurred text itself (not the badge) reveals too.
    plot = sections(window)["plot"]
    qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=plot.rect().bottomLeft() + QPoint(4, -4))
    qtbot.waitUntil(lambda: shown(plot), timeout=2000)


def test_another_film_and_back_hides_again(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, BLUE_VALENTINE)
    sections(window)["plot"].reveal()
    assert not sections(window)["plot"].is_hidden()
    select(window, service, "Crazy Heart")
    assert all(blurred(s) for s in sections(window).values())
    select(window, service, BLUE_VALENTINE)
    assert blurred(sections(window)["plot"])
    assert set(window.detail.hidden_sections()) == set(sections(window))


def test_marking_watched_shows_the_spoilers(window: MainWindow, service: CatalogueService) -> None:
    select(window, service, BLUE_VALENTINE)
    window.actions_[ActionId.MARK_WATCHED].trigger()
    assert window.film is not None and window.film.watched
    assert all(shown(s) for s in sections(window).values())
    window.undo_action.trigger()
    assert all(blurred(s) for s in sections(window).values())


def test_spoiler_mode_persists_across_a_restart(
    window: MainWindow, service: CatalogueService, make_window: Callable[..., MainWindow]
) -> None:
    window.actions_[ActionId.SPOILERS_ALWAYS].trigger()
    assert window.spoiler_mode() == SpoilerMode.ALWAYS
    window.close()

    again = make_window()
    assert again.spoiler_mode() == SpoilerMode.ALWAYS
    assert again.actions_[ActionId.SPOILERS_ALWAYS].isChecked()
    assert not again.actions_[ActionId.SPOILERS_UNWATCHED].isChecked()
    select(again, service, "Leaving Las Vegas")  # watched, yet hidden under "always"
    assert again.actions_[ActionId.HIDE_SPOILERS].isChecked()
    assert all(blurred(s) for s in sections(again).values())

    again.actions_[ActionId.SPOILERS_NEVER].trigger()
    again.close()
    third = make_window()
    assert third.spoiler_mode() == SpoilerMode.NEVER
    select(third, service, BLUE_VALENTINE)
    assert all(shown(s) for s in sections(third).values())


def test_a_revealed_section_survives_rating_the_film(
    window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, BLUE_VALENTINE)
    sections(window)["plot"].reveal()
    window.actions_[ActionId.RATE_3].trigger()  # the page is rebuilt for the same film
    assert window.film is not None and window.film.rating == 3.0
    assert not sections(window)["plot"].is_hidden()
    assert blurred(sections(window)["ending"])
